"""jieba.posseg's tagger with a faster Viterbi that gives exactly its output.

jieba.posseg spends almost all its time in `jieba/posseg/viterbi.py::viterbi`, run on every run of
characters the dictionary does not cover: for each character and each candidate state y it takes

    max((V[t-1][y0] + trans_p[y0].get(y, MIN_INF) + emit_p[y].get(obs[t], MIN_FLOAT), y0)
        for y0 in prev_states)

in Python, over all the previous character's states. `viterbi` below computes the same table with
NumPy, one array operation per character, and is exact because:

- the candidates are the same IEEE double additions in the same order, (V + trans) + emit, element by
  element (NumPy adds float64 as Python does), so the values are bit for bit jieba's. The model's
  -3.14e100 "impossible" emissions make many exact ties, so this matters;
- a missing transition is -inf in the dense table, as `trans_p[y0].get(y, MIN_INF)` is (the model
  holds no infinities of its own, so "has a transition" is "is finite");
- ties are broken as jieba's tuple `max` breaks them, by the larger state tuple y0: states are
  numbered in Python's tuple order and the previous states are laid out in descending order, so
  `argmax`, which returns the first maximum, picks the largest y0 (also when all are -inf);
- the candidate states of each character (obs_states) and the previous states (prev_states) are
  chosen by jieba's rules (the character's states that follow a previous state with a transition, or
  all that follow when none does); when no previous state has a transition, jieba's own function runs,
  so that whatever it does (it raises ValueError) happens here too (with jieba's model this cannot
  happen: the 93 states without transitions follow no state, and every character has another);
- the last state is jieba's `max((V, y))`: the largest value, ties to the larger state.

`FastPOSTokenizer` is a `jieba.posseg.POSTokenizer` whose private per-run cut uses this `viterbi`
(and keeps the words of short runs it has read: the route is a function of the run alone);
everything else (the dictionary route, the tags, Latin and digits) is jieba's own code. It changes no
module state of jieba. tests/archive/ingest/test_fastpos.py compares it with stock jieba.posseg (the
oracle) on written sentences, random character runs and the sample pages.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import jieba.posseg
import numpy as np
from jieba.posseg import char_state_tab_P as _CHAR_STATES
from jieba.posseg import emit_P as _EMIT
from jieba.posseg import pair
from jieba.posseg import start_P as _START
from jieba.posseg import trans_P as _TRANS
from jieba.posseg.viterbi import MIN_FLOAT, MIN_INF
from jieba.posseg.viterbi import viterbi as _stock_viterbi

State = tuple[str, str]

_STATES: list[State] = sorted(_TRANS)  # numbered in tuple order, the order jieba's max breaks ties by
_INDEX = {s: i for i, s in enumerate(_STATES)}
_N = len(_STATES)
_TR = np.full((_N, _N), MIN_INF)  # _TR[y0, y] = log P(y | y0), -inf where jieba has no transition
for _y0, _nxt in _TRANS.items():
    for _y, _p in _nxt.items():
        _TR[_INDEX[_y0], _INDEX[_y]] = _p
_HAS = _TR > MIN_INF
_LIVE = _HAS.any(axis=1)  # states with at least one transition (jieba's prev_states filter)
_START_V = np.array([_START[s] for s in _STATES])
_EVERY = np.ones(_N, dtype=bool)
_by_char: dict[str, tuple[np.ndarray, np.ndarray]] = {}
_CHAR_CACHE = 20_000


def _char(ch: str) -> tuple[np.ndarray, np.ndarray]:
    """The emission log-probabilities of ch in every state, and the states it may take."""
    found = _by_char.get(ch)
    if found is None:
        emit = np.array([_EMIT[s].get(ch, MIN_FLOAT) for s in _STATES])
        tab = _CHAR_STATES.get(ch)
        if tab is None:
            mask = _EVERY
        else:
            mask = np.zeros(_N, dtype=bool)
            mask[[_INDEX[s] for s in tab]] = True
        if len(_by_char) >= _CHAR_CACHE:  # about 2 KB a character: bounded in a long-lived process
            _by_char.clear()
        found = _by_char[ch] = (emit, mask)
    return found


def viterbi(obs: str) -> tuple[float, list[State]]:
    """The same (probability, state route) as jieba.posseg.viterbi.viterbi(obs, *jieba's model)."""
    emit, mask = _char(obs[0])
    cur = np.flatnonzero(mask)
    v = _START_V[cur] + emit[cur]
    steps: list[tuple[np.ndarray, np.ndarray]] = []
    for t in range(1, len(obs)):
        emit, mask = _char(obs[t])
        live = _LIVE[cur]
        prev = cur[live][::-1]  # descending, so argmax's first maximum is the largest previous state
        if not len(prev):
            return _stock_viterbi(obs, _CHAR_STATES, _START, _TRANS, _EMIT)
        expect = _HAS[prev].any(axis=0)
        states = expect & mask
        if not states.any():
            states = expect
        st = np.flatnonzero(states)
        cand = (v[live][::-1][:, None] + _TR[prev[:, None], st]) + emit[st]
        arg = cand.argmax(axis=0)
        v = cand[arg, np.arange(len(st))]
        steps.append((st, prev[arg]))
        cur = st
    last = len(v) - 1 - int(np.argmax(v[::-1]))  # max((V, y)): the largest value, ties to larger y
    prob, state = float(v[last]), int(cur[last])
    route = [0] * len(obs)
    for i in range(len(obs) - 1, 0, -1):
        route[i] = state
        st, came = steps[i - 1]
        state = int(came[np.searchsorted(st, state)])
    route[0] = state
    return prob, [_STATES[i] for i in route]


def _hmm_words(sentence: str) -> list[tuple[str, str]]:
    """jieba's private __cut of a run the dictionary does not cover: (word, tag) by the Viterbi route."""
    _prob, pos_list = viterbi(sentence)
    out = []
    begin, nexti = 0, 0
    for i, char in enumerate(sentence):
        pos = pos_list[i][0]
        if pos == "B":
            begin = i
        elif pos == "E":
            out.append((sentence[begin : i + 1], pos_list[i][1]))
            nexti = i + 1
        elif pos == "S":
            out.append((char, pos_list[i][1]))
            nexti = i + 1
    if nexti < len(sentence):
        out.append((sentence[nexti:], pos_list[nexti][1]))
    return out


# The words of runs read already: the route depends on the run alone (jieba's model is fixed), and the
# same runs come back often (a name the dictionary lacks, named again and again). Runs up to
# _RUN_LONGEST characters, the last 50,000 of them: a few MB at most.
_RUN_LONGEST = 24


@lru_cache(maxsize=50_000)
def _short_run_words(sentence: str) -> tuple[tuple[str, str], ...]:
    return tuple(_hmm_words(sentence))


class FastPOSTokenizer(jieba.posseg.POSTokenizer):
    """jieba.posseg.POSTokenizer with the exact, faster `viterbi` above for unknown runs."""

    def _POSTokenizer__cut(self, sentence: str) -> Iterator[pair]:  # jieba's private __cut, same output
        words = _short_run_words(sentence) if len(sentence) <= _RUN_LONGEST else _hmm_words(sentence)
        for word, tag in words:
            yield pair(word, tag)
