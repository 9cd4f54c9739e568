"""A mention written by hand, as the import would store it (for tests of pages and curation)."""

from __future__ import annotations

import re

from archive.ingest.store import sentence_at
from archive.models import Article, Mention


def mention(article: Article, text: str, nth: int = 0, **entity) -> Mention:
    """The nth occurrence of text in the article's body as a mention of the entity given."""
    start = [m.start() for m in re.finditer(re.escape(text), article.body)][nth]
    return Mention.objects.create(
        article=article,
        start=start,
        end=start + len(text),
        text=text,
        sentence=sentence_at(article.body, start, start + len(text)),
        **entity,
    )
