"""Pieces of the whole-index evaluator that are plain functions."""

import numpy as np

from search.vector import Hits, cheapest_cover, top


def test_cheapest_cover_spans_every_character_at_least_cost():
    assert cheapest_cover([5], 4) == [0]
    assert cheapest_cover([5, 5], 4) == [0, 1]
    assert cheapest_cover([5, 5, 5, 5, 5], 4) == [0, 4]  # characters 0-3 and 4-7
    assert cheapest_cover([9, 1, 1, 9], 4) == [0, 3]  # the ends have one gram each
    assert cheapest_cover([1, 9, 9, 9, 9, 9, 1], 3) == [0, 3, 6]
    assert cheapest_cover([1, 100, 1, 100, 1, 100, 1], 2) == [0, 2, 4, 6]
    for costs in ([3, 1, 4, 1, 5, 9, 2, 6], [1] * 11):
        for size in (2, 3, 4):
            chosen = cheapest_cover(costs, size)
            covered = {c for i in chosen for c in range(i, i + size)}
            assert covered == set(range(len(costs) + size - 1))


def test_top_orders_by_score_then_document_and_pages_agree():
    hits = Hits(np.arange(10, dtype=np.int64), np.array([1, 3, 3, 0, 2, 3, 1, 0, 2, 3], dtype=np.float64))
    everything = top(hits, 0, 10)
    assert [d for d, _ in everything] == [1, 2, 5, 9, 4, 8, 0, 6, 3, 7]
    assert top(hits, 0, 3) + top(hits, 3, 6) + top(hits, 6, 10) == everything
    assert top(hits, 20, 30) == [] and top(Hits(np.empty(0, dtype=np.int64), np.empty(0)), 0, 5) == []
