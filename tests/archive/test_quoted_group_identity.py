"""A group named in quotes (“青禾巡护队”) keeps its quotes as the article writes it, and is one record with
the same group written bare in another article. Articles written for this test."""

from __future__ import annotations

import pytest

from archive.models import Mention, Organization
from tests.conftest import import_text

pytestmark = pytest.mark.django_db

QUOTED = "老党员守村口\n\n村里的老党员组成了“青禾巡护队”，每晚沿着村道巡逻，村党支部书记韦晓光说。\n"
BARE = "巡护队员送菜上门\n\n网格员邵明说，青禾巡护队的队员们每天为隔离户送菜。\n"


def test_a_quoted_group_and_the_same_group_written_bare_are_one_record(tmp_path):
    first = import_text(tmp_path, "quoted.txt", QUOTED)
    second = import_text(tmp_path, "bare.txt", BARE)
    groups = Organization.objects.filter(name__contains="青禾巡护队")
    assert [g.name for g in groups] == ["青禾巡护队"]
    group = groups.get()
    assert set(Mention.objects.filter(organization=group).values_list("article_id", flat=True)) == {
        first.pk,
        second.pk,
    }
    assert group.kind == "volunteer"
