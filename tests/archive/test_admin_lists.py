"""The admin's lists on a large archive (QA): the article list counts mentions without grouping every
article column (its text too), and the mention list does not read the articles' text."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.models import Article, Mention

pytestmark = pytest.mark.django_db


def test_the_article_list_counts_mentions_without_grouping_the_text(curator, imported_samples):
    with CaptureQueriesContext(connection) as queries:
        page = curator.get("/admin/archive/article/", HTTP_ACCEPT_LANGUAGE="en")
    assert page.status_code == 200
    sql = [q["sql"] for q in queries]
    assert not any(re.search(r'GROUP BY [^()]*"archive_article"\."body"', s) for s in sql)
    assert not any('"archive_article"."body"' in s for s in sql)  # a list shows no text
    # the counts it shows are each article's own
    listed = {a.pk: (a.n_mentions, a.n_pending) for a in page.context["cl"].result_list}
    for article in Article.objects.all():
        mentions = Mention.objects.filter(article=article)
        expected = (mentions.count(), mentions.filter(status=Mention.Status.EXTRACTED).count())
        assert listed[article.pk] == expected
    ordered = curator.get("/admin/archive/article/", {"o": "-6"})  # by mentions to review
    assert ordered.status_code == 200


def test_the_mention_list_does_not_read_the_articles_text(curator, imported_samples):
    with CaptureQueriesContext(connection) as queries:
        page = curator.get("/admin/archive/mention/", HTTP_ACCEPT_LANGUAGE="en")
    rows = len(page.context["cl"].result_list)
    assert page.status_code == 200 and rows > 10
    assert not any('"archive_article"."body"' in q["sql"] for q in queries)
    assert len(queries) < 20  # not a query per row for its person, organisation or place (QA)
