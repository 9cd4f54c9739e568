"""The highlighter lives in textnorm.highlight (the archive's pages use it too); search code keeps
importing it from here."""

from textnorm.highlight import (
    Concordance,
    find_spans,
    highlight,
    iter_occurrences,
    iter_spans,
    kwic,
    mark,
    snippets,
)

__all__ = [
    "Concordance",
    "find_spans",
    "highlight",
    "iter_occurrences",
    "iter_spans",
    "kwic",
    "mark",
    "snippets",
]
