"""Residents' committees of one name in two cities are two bodies, and resolve_entities keeps what
curators decided about organisations and places (a split, a merge, a region). Articles written for
this test."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from archive import curation
from archive.models import EntityMerge, Mention, Organization, Person, Place
from tests.conftest import import_text

pytestmark = pytest.mark.django_db(transaction=True)

ZHENGZHOU = (
    "金水区的核酸检测\n2022年4月2日\n"
    "　　河南省郑州市金水区长青社区居民委员会组织居民做核酸。"
    "长青社区居民委员会主任李春华说，队伍排得很整齐。\n"
)
XIAMEN = (
    "思明区的志愿者\n2022年4月3日\n"
    "　　福建省厦门市思明区长青社区居民委员会的志愿者给老人送菜。"
    "长青社区居民委员会副主任杨秋菊说，菜是早上采购的。\n"
)
XIAMEN_LATER = (
    "思明区的早市\n2022年4月9日\n"
    "　　福建省厦门市思明区长青社区的早市恢复了，长青社区居民委员会的志愿者帮老人买菜。\n"
)
ZHENGZHOU_BODY = "郑州市金水区长青社区居民委员会"
XIAMEN_BODY = "厦门市思明区长青社区居民委员会"


def _resolve() -> str:
    out = StringIO()
    call_command("resolve_entities", stdout=out)
    return out.getvalue()


def _bodies() -> dict[str, Organization]:
    return {o.name: o for o in Organization.objects.filter(name__contains="长青社区")}


@pytest.fixture
def imported(tmp_path):
    return {
        "zhengzhou": import_text(tmp_path, "zz.txt", ZHENGZHOU),
        "xiamen": import_text(tmp_path, "xm.txt", XIAMEN),
        "folder": tmp_path,
    }


@pytest.fixture
def old_archive(imported):
    """As an import before bodies below the county were told apart made it: one 长青社区居民委员会."""
    one = Organization.objects.create(name="长青社区居民委员会", kind="community")
    Mention.objects.filter(organization__name__contains="长青社区").update(organization=one)
    Organization.objects.filter(name__in=[ZHENGZHOU_BODY, XIAMEN_BODY]).delete()
    return {**imported, "one": one}


def test_one_name_in_two_cities_is_two_bodies(imported):
    bodies = _bodies()
    assert set(bodies) == {ZHENGZHOU_BODY, XIAMEN_BODY}
    zhengzhou = bodies[ZHENGZHOU_BODY]
    assert zhengzhou.aliases == ["长青社区居民委员会"]
    assert zhengzhou.jurisdiction.path == ["河南省", "郑州市", "金水区", "长青社区"]
    assert {m.article_id for m in zhengzhou.mentions.all()} == {imported["zhengzhou"].pk}


def test_resolve_entities_divides_an_old_record_among_its_bodies(old_archive):
    models = (Organization, Place, Person)
    before = {model: model.history.order_by("-history_id").first().history_id for model in models}
    out = _resolve()
    bodies = _bodies()
    assert {m.article_id for m in bodies[ZHENGZHOU_BODY].mentions.all()} == {old_archive["zhengzhou"].pk}
    assert {m.article_id for m in bodies[XIAMEN_BODY].mentions.all()} == {old_archive["xiamen"].pk}
    one = Organization.objects.get(pk=old_archive["one"].pk)
    assert one.needs_review and not one.mentions.exists()
    assert f"needs review: organisation #{one.pk} 长青社区居民委员会" in out
    for model in models:  # every history record it wrote says why
        written = model.history.filter(history_id__gt=before[model])
        assert written.exists() or model in (Place, Person)  # (no person's region changes here)
        assert not written.filter(history_change_reason__isnull=True).exists()
        assert not written.filter(history_change_reason="created by import").exists()
    assert "records merged: none" in _resolve()  # a second run changes nothing


def test_a_curators_split_and_merge_hold_through_import_and_resolve_entities(client, old_archive):
    curator = User.objects.create_user("archivist", password="not-a-real-password-42")
    one, zhengzhou = old_archive["one"], old_archive["zhengzhou"]
    split = curation.split(
        Organization,
        one,
        list(one.mentions.filter(article=zhengzhou).values_list("pk", flat=True)),
        name="金水区长青社区居民委员会",
        user=curator,
        reason="两个城市的居委会",
    )
    places = list(Place.objects.filter(name="长青社区").order_by("pk"))
    curation.merge(Place, places[1], [places[0]], user=curator, reason="测试：当成一个地点")
    li, yang = Person.objects.get(name="李春华"), Person.objects.get(name="杨秋菊")
    curation.merge(Person, li, [yang], user=curator, reason="测试：同一人")
    li.refresh_from_db()
    region = li.region

    import_text(old_archive["folder"], "later.txt", XIAMEN_LATER)
    out = _resolve()

    split.refresh_from_db()  # the split record keeps its name and its mentions, and gets a jurisdiction
    assert split.name == "金水区长青社区居民委员会" and split.mentions.count() == 2
    assert {m.article_id for m in split.mentions.all()} == {zhengzhou.pk}
    assert split.jurisdiction == places[1]  # its 长青社区, which the curator merged into 思明区's
    assert client.get(split.get_absolute_url()).status_code == 200
    assert not Organization.objects.filter(name=ZHENGZHOU_BODY).exists()
    assert ZHENGZHOU_BODY in split.aliases  # a later article's 长青社区居民委员会 of 金水区 is this one
    kept = places[1]  # the merge holds: no 长青社区 is made again, every mention stays on the one kept
    assert list(Place.objects.filter(name="长青社区")) == [kept]
    assert set(Mention.objects.filter(text="长青社区").values_list("place", flat=True)) == {kept.pk}
    assert not EntityMerge.objects.filter(kind="place", action="split").exists()
    li.refresh_from_db()  # a curated person's region is never cleared; it is listed instead
    assert li.region == region != "" and li.needs_review
    assert f"needs review: person #{li.pk}" in out
    assert "records merged: none" in _resolve()


def test_a_curators_merge_of_two_bodies_holds_for_a_later_article(imported):
    bodies = _bodies()
    kept = bodies[ZHENGZHOU_BODY]
    curation.merge(Organization, kept, [bodies[XIAMEN_BODY]], reason="测试：同一个居委会")
    later = import_text(imported["folder"], "later.txt", XIAMEN_LATER)
    assert not Organization.objects.filter(name=XIAMEN_BODY).exists()
    assert set(later.mentions.filter(organization__isnull=False).values_list("organization", flat=True)) == {
        kept.pk
    }
    assert "records merged: none" in _resolve()
