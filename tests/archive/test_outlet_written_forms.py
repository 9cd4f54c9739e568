"""One outlet however its name is written: a page in traditional script credits 人民網, another
人民网 — one record, one facet value, one filter (QA: 網絡 and 网络 were two outlets). Records made
before keys existed are merged by `resolve_entities`, by a curator in the admin; old links follow.
Articles written for this test."""

from __future__ import annotations

import re
from io import StringIO

import pytest
from django.core.management import call_command

from archive.models import Article, EntityMerge, Outlet, Site, source_key
from tests.conftest import import_text as _import

pytestmark = pytest.mark.django_db(transaction=True)

TRADITIONAL = (
    "社區志願者守護獨居長者\n來源：晨光日報\n2022年3月5日\n"
    "　　社區志願者每天為獨居長者送菜上門，網格員逐戶登記需求。\n"
)
SIMPLIFIED = "楼栋长连夜分装爱心菜\n来源：晨光日报\n2022年3月6日\n　　楼栋长和志愿者连夜把爱心菜分装到户。\n"
OTHER = "核酸采样点前的微笑\n来源：晨光晚报\n2022年3月7日\n　　采样点的医护人员从清晨忙到深夜。\n"


def test_the_key_folds_script_width_case_and_spaces():
    assert source_key("晨光日報") == source_key("晨光日报") == source_key("晨光 日报")
    assert source_key("ＣＣＴＶ新聞") == source_key("cctv新闻")
    assert source_key("晨光日报") != source_key("晨光晚报")


def test_a_name_written_in_either_script_is_one_outlet_named_as_first_imported(tmp_path):
    first = _import(tmp_path, "a.txt", TRADITIONAL)
    second = _import(tmp_path, "b.txt", SIMPLIFIED)
    other = _import(tmp_path, "c.txt", OTHER)
    assert first.outlet_id == second.outlet_id != other.outlet_id
    assert list(Outlet.objects.order_by("pk").values_list("name", flat=True)) == ["晨光日報", "晨光晚报"]


@pytest.fixture
def legacy(tmp_path):
    """An archive imported before outlets had keys: the second form got a record of its own."""
    first = _import(tmp_path, "a.txt", TRADITIONAL)
    second = _import(tmp_path, "b.txt", SIMPLIFIED)
    apart = Outlet.objects.create(name="晨光日报")
    Article.objects.filter(pk=second.pk).update(outlet=apart)
    call_command("update_index", "--remove", verbosity=0)  # the index as that archive had it
    return first.outlet, apart


def test_resolve_entities_merges_records_of_one_name_and_the_index_follows(client, legacy):
    kept, apart = legacy
    dry = StringIO()
    call_command("resolve_entities", "--dry-run", stdout=dry)
    assert "would merge: outlet 晨光日報" in dry.getvalue() and Outlet.objects.count() == 2
    out = StringIO()
    call_command("resolve_entities", stdout=out)
    assert "merged: outlet 晨光日報" in out.getvalue() and "晨光日报" in out.getvalue()
    assert list(Outlet.objects.values_list("pk", flat=True)) == [kept.pk]
    assert set(Article.objects.values_list("outlet", flat=True)) == {kept.pk}
    row = EntityMerge.objects.get(kind=EntityMerge.Kind.OUTLET)
    assert (row.source_id, row.target_id, row.mentions_moved) == (apart.pk, kept.pk, 1)
    moved = Article.objects.get(title="楼栋长连夜分装爱心菜")
    assert "by a merge" in moved.history.first().history_change_reason
    # the search's outlet facet counts both articles under the one record …
    data = client.get("/search/", {"q": "志愿者", "format": "json"}).json()
    assert data["total"] == 2
    facet = {f["value"]: f["count"] for f in data["facets"]["outlet"]}
    assert facet == {str(kept.pk): 2}
    # … and an old link with the merged-away id follows to it, with a notice
    old = client.get(
        "/search/", {"q": "志愿者", "outlet": apart.pk, "format": "json"}, HTTP_ACCEPT_LANGUAGE="en"
    ).json()
    assert old["total"] == 2 and any(f"merged into {kept.pk}" in n for n in old["notices"]), old["notices"]
    listed = client.get("/articles/", {"outlet": apart.pk})
    assert listed.status_code == 301 and f"outlet={kept.pk}" in listed["Location"]
    again = StringIO()
    call_command("resolve_entities", stdout=again)
    assert "merged: outlet" not in again.getvalue()


def test_an_outlet_id_that_names_nothing_is_dropped_with_a_notice_not_an_error(client, legacy):
    data = client.get(
        "/search/", {"q": "志愿者", "outlet": 99999, "format": "json"}, HTTP_ACCEPT_LANGUAGE="en"
    ).json()
    assert data["total"] == 2 and any("99999" in n for n in data["notices"])


def test_a_curator_merges_outlets_in_the_admin_and_the_busier_record_survives(curator, legacy, tmp_path):
    kept, apart = legacy
    evening = _import(tmp_path, "c.txt", OTHER).outlet
    selected = {"action": "merge", "_selected_action": [apart.pk, evening.pk]}
    # first a preview: each record with its articles, the one to keep chosen; nothing merged yet
    preview = curator.post("/admin/archive/outlet/", selected, HTTP_ACCEPT_LANGUAGE="en")
    page = preview.content.decode()
    assert preview.status_code == 200 and "Latest articles" in page and "核酸采样点前的微笑" in page
    assert f'value="{apart.pk}" id="survivor-{apart.pk}" checked' in page
    assert Outlet.objects.filter(pk=evening.pk).exists() and not EntityMerge.objects.exists()
    response = curator.post(
        "/admin/archive/outlet/",
        {**selected, "confirm": "yes", "survivor": apart.pk, "reason": ""},
        follow=True,
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200
    assert "晨光晚报" in response.content.decode() and "merged" in response.content.decode()
    # equal counts (one article each): the older record keeps its name
    assert not Outlet.objects.filter(pk=evening.pk).exists()
    assert Article.objects.filter(outlet=apart).count() == 2
    row = EntityMerge.objects.get(kind=EntityMerge.Kind.OUTLET)
    assert row.user.username == "curator" and row.target_id == apart.pk
    one = curator.post(
        "/admin/archive/outlet/",
        {"action": "merge", "_selected_action": [kept.pk]},
        follow=True,
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert "at least two" in one.content.decode() and Outlet.objects.count() == 2


def test_sites_share_the_rule(db):
    first = Site.objects.create(name="晨光網")
    from archive.sources import named

    assert named(Site, "晨光网", reason="test") == first
    assert named(Site, "暮色网", reason="test") != first


def test_a_merged_name_printed_again_names_the_survivor_and_is_searchable(client, curator, legacy, tmp_path):
    kept, apart = legacy
    evening = _import(tmp_path, "c.txt", OTHER)
    before = Article.objects.get(pk=evening.pk).updated_at
    curator.post(
        "/admin/archive/outlet/",
        {
            "action": "merge",
            "_selected_action": [apart.pk, evening.outlet_id],
            "confirm": "yes",
            "survivor": apart.pk,
        },
    )
    survivor = Outlet.objects.get(pk=apart.pk)
    assert survivor.aliases == ["晨光晚报"]
    # the moved article is re-dated: OAI harvesters fetch its new publisher
    assert Article.objects.get(pk=evening.pk).updated_at > before
    # a later page printing the merged-away name (in either script) joins the survivor
    night = "夜班采样点的灯光\n來源：晨光晚報\n2022年3月8日\n　　夜班的医护人员守着采样点直到天亮。\n"
    later = _import(tmp_path, "d.txt", night)
    assert later.outlet_id == survivor.pk and Outlet.objects.count() == 2
    # and `source:` finds the articles under the survivor by the merged name
    data = client.get("/search/", {"q": "source:晨光晚报", "format": "json"}).json()
    assert data["total"] == 3


def test_resolve_entities_counts_the_outlets_it_merged(legacy):
    out = StringIO()
    call_command("resolve_entities", stdout=out)
    assert "records merged: outlet 1" in out.getvalue()


def test_the_curator_chooses_the_record_to_keep_and_says_why(curator, legacy, tmp_path):
    kept, apart = legacy
    evening = _import(tmp_path, "c.txt", OTHER).outlet
    curator.post(
        "/admin/archive/outlet/",
        {
            "action": "merge",
            "_selected_action": [apart.pk, evening.pk],
            "confirm": "yes",
            "survivor": evening.pk,
            "reason": "the evening edition's masthead (test)",
        },
    )
    assert not Outlet.objects.filter(pk=apart.pk).exists()
    assert Outlet.objects.get(pk=evening.pk).aliases == ["晨光日报"]
    assert EntityMerge.objects.get().reason == "the evening edition's masthead (test)"
    cancelled = curator.post(
        "/admin/archive/outlet/", {"action": "merge", "_selected_action": [kept.pk, evening.pk]}
    )
    assert cancelled.status_code == 200 and Outlet.objects.count() == 2  # a preview merges nothing


def _evening_merged_into_apart(curator, legacy, tmp_path):
    """A curator merges the evening paper's record into the older one: (kept, moved article, gone id)."""
    _kept, apart = legacy
    evening = _import(tmp_path, "c.txt", OTHER)
    gone = evening.outlet_id
    curator.post(
        "/admin/archive/outlet/",
        {"action": "merge", "_selected_action": [apart.pk, gone], "confirm": "yes", "survivor": apart.pk},
    )
    return apart, evening, gone


def test_the_moved_articles_history_names_the_record_merged_away(curator, legacy, tmp_path):
    apart, evening, gone = _evening_merged_into_apart(curator, legacy, tmp_path)
    page = curator.get(f"/admin/archive/article/{evening.pk}/history/", HTTP_ACCEPT_LANGUAGE="en")
    text = page.content.decode()
    assert page.status_code == 200
    assert f"晨光晚报 (#{gone}, merged into 晨光日报)" in text and "Deleted" not in text


def test_restoring_a_version_from_before_the_merge_keeps_an_outlet(curator, legacy, tmp_path):
    """QA: the old version's outlet was merged away, so the restore form showed no outlet and saved
    the article without one; it shows the record the outlet went into."""
    apart, evening, gone = _evening_merged_into_apart(curator, legacy, tmp_path)
    first = evening.history.earliest()
    assert first.outlet_id == gone
    page = curator.get(f"/admin/archive/article/{evening.pk}/history/{first.history_id}/").content.decode()
    assert re.search(rf'<option value="{apart.pk}" selected>', page)
