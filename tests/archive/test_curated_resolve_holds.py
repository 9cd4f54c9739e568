"""resolve_entities keeps what curators set: a merge of places of two levels is never divided again, a
person's region set in the admin is never overwritten, and a run that changes nothing writes no
history. Articles written for this test."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from archive import curation
from archive.models import EntityMerge, Mention, Organization, Person, Place
from tests.conftest import import_text, run_import

pytestmark = pytest.mark.django_db(transaction=True)

JINGAN = (
    "静安区的旧改\n2023年5月6日\n"
    "　　上海市静安区天目西路街道和芷江西路街道今年一起推进旧改。"
    "芷江西路街道光华社区党总支部书记孙立新说，居民大多已经签约。"
    "光华社区的老房子明年拆除。\n"
)
YUELU = "岳麓区的早市\n2023年5月8日\n　　湖南省长沙市岳麓区望月湖街道的早市恢复了，摊主周晓雯说生意不错。\n"


def _resolve() -> str:
    out = StringIO()
    call_command("resolve_entities", stdout=out)
    return out.getvalue()


def _history_rows() -> dict:
    return {model: model.history.count() for model in (Person, Organization, Place, Mention)}


@pytest.fixture
def curator():
    return User.objects.create_user("archivist", password="not-a-real-password-42")


def test_a_curators_merge_of_a_community_into_a_street_holds(tmp_path, curator):
    article = import_text(tmp_path, "jingan.txt", JINGAN)
    community = Place.objects.get(name="光华社区")
    street = Place.objects.get(name="天目西路街道")  # another street, a level above: the curator's call
    body = Organization.objects.get(name__endswith="光华社区党总支部")
    curation.merge(Place, street, [community], user=curator, reason="测试：同一个地方")
    places = set(Place.objects.values_list("pk", flat=True))
    assert run_import(tmp_path / "jingan.txt")[0] == 0  # imported again: a duplicate
    rows = _history_rows()

    out = _resolve()

    assert "needs review: place" not in out and "records merged: none" in out
    assert set(Place.objects.values_list("pk", flat=True)) == places  # no 光华社区 made again
    assert not EntityMerge.objects.filter(kind="place", action="split").exists()
    on_street = article.mentions.filter(place=street)
    assert set(on_street.values_list("text", flat=True)) == {"天目西路街道", "光华社区"}
    assert set(Organization.objects.values_list("pk", flat=True)) == {body.pk}
    body.refresh_from_db()
    assert body.jurisdiction == street  # where the curator's merge put it
    assert _history_rows() == rows  # nothing changed, nothing written
    assert "records merged: none" in _resolve() and _history_rows() == rows


def test_a_record_a_curator_merged_into_is_listed_not_divided(tmp_path, curator):
    article = import_text(tmp_path, "jingan.txt", JINGAN)
    one, other = Place.objects.get(name="天目西路街道"), Place.objects.get(name="芷江西路街道")
    local = Place.objects.create(name="天目西路", kind="subdistrict")  # a curator's own record
    curation.merge(Place, local, [one, other], user=curator, reason="测试：合在一起")
    assert article.mentions.filter(place=local).count() == 3

    out = _resolve()

    assert f"needs review: place #{local.pk} 天目西路: a curator merged records into it" in out
    assert article.mentions.filter(place=local).count() == 3  # its mentions all stay
    assert not EntityMerge.objects.filter(kind="place", action="split").exists()
    assert Place.objects.get(pk=local.pk).needs_review
    rows = _history_rows()
    _resolve()
    assert _history_rows() == rows


def test_a_region_a_curator_set_is_kept(tmp_path, client, curator):
    import_text(tmp_path, "jingan.txt", JINGAN)
    import_text(tmp_path, "yuelu.txt", YUELU)
    sun = Person.objects.get(name="孙立新")
    yuelu = Place.objects.get(name="岳麓区")
    client.force_login(User.objects.create_superuser("admin", password="not-a-real-password-43"))
    form = client.get(f"/admin/archive/person/{sun.pk}/change/").context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and not isinstance(v, list)}
    # the curator picks the place; the region text follows it (a typed text that disagrees is refused)
    data.update(name=sun.name, region_place=yuelu.pk, aliases="[]", _continue="1")
    response = client.post(f"/admin/archive/person/{sun.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    sun.refresh_from_db()
    assert sun.region_place == yuelu and "岳麓区" in sun.region
    placed, region = sun.region_place, sun.region
    zhou = Person.objects.get(name="周晓雯")  # set in the shell, with the curator's reason
    zhou.region, zhou._change_reason = "湖南省长沙市", "测试：只知道城市"
    zhou.save()

    out = _resolve()

    sun.refresh_from_db()
    zhou.refresh_from_db()
    assert sun.region == region and sun.region_place == placed
    assert zhou.region == "湖南省长沙市"
    assert sun.mentions.count() == 1 and zhou.mentions.count() == 1
    assert not sun.history.filter(history_change_reason__startswith="resolve_entities").exists()
    assert "records merged: none" in out


def test_a_run_that_changes_nothing_writes_no_history(tmp_path):
    import_text(tmp_path, "jingan.txt", JINGAN)
    import_text(tmp_path, "yuelu.txt", YUELU)
    _resolve()
    rows = _history_rows()
    out = _resolve()
    assert "records merged: none" in out and "mentions moved: none" in out
    assert _history_rows() == rows
