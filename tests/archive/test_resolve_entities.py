"""`manage.py resolve_entities` on an archive made before resolution, with curated decisions:
nothing curated is lost, and what cannot be decided is listed for curators."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from archive import curation
from archive.models import Article, EntityMerge, Mention, Organization, Person, Place
from archive.upgrade import REASON
from tests.archive.test_place_resolution import ARTICLES
from tests.conftest import import_texts

OLD_REGION = {"天门的卡点": "天门市", "零陵区的一天": "永州市", "街道里的守护者": "", "上海的春天": "上海市"}


def _as_before_resolution() -> None:
    """Store the imported articles the way the archive did before issue 12: one place per written
    name (no code, no parent), one organisation per written name, people by name + a city name."""
    for article in Article.objects.all():
        Article.objects.filter(pk=article.pk).update(region=OLD_REGION[article.title], region_place=None)
    for m in Mention.objects.select_related("place", "organization", "person", "article"):
        if m.place_id:
            m.place = Place.objects.get_or_create(
                name=m.text, code="", parent=None, defaults={"kind": m.place.kind}
            )[0]
        elif m.organization_id:
            m.organization = Organization.objects.get_or_create(
                name=m.text, defaults={"kind": m.organization.kind}
            )[0]
        else:  # 王建国 of both articles was one record when neither article had a region
            region = "" if m.person.name == "王建国" else OLD_REGION[m.article.title]
            m.person = Person.objects.get_or_create(name=m.person.name, region=region)[0]
        m.save()
    made = Place.objects.exclude(code="", parent=None)  # the records resolution made, leaves first
    while made.exists():
        made.filter(children__isnull=True).delete()
    Organization.objects.filter(mentions__isnull=True).delete()
    Person.objects.filter(mentions__isnull=True).delete()
    Person.objects.update(region_place=None)
    Organization.objects.update(jurisdiction=None, aliases=[])
    Place.objects.update(aliases=[])


@pytest.fixture
def curated_old_archive(db, tmp_path):
    import_texts(tmp_path, ARTICLES)
    _as_before_resolution()
    curator = User.objects.create_user("archivist", password="not-a-real-password-42")
    jingan_short = Place.objects.get(name="静安").pk
    curation.merge(
        Place,
        Place.objects.get(name="静安区"),
        [Place.objects.get(pk=jingan_short)],
        user=curator,
        reason="同一个区",
    )
    shanghai = Place.objects.get(name="上海")
    shanghai.note = "浦江两岸"
    shanghai.save()
    confirmed = Mention.objects.filter(place__name="上海市").first()
    curation.set_mention_status(
        Mention.objects.filter(pk=confirmed.pk), Mention.Status.CONFIRMED, user=curator
    )
    organ = Organization.objects.get(name="市委组织部")
    organ.aliases = ["组织部"]
    organ.note = "两个城市的组织部被当成了一个"
    organ.save()
    rejected = Mention.objects.filter(organization=organ, article__title="零陵区的一天").first()
    curation.set_mention_status(Mention.objects.filter(pk=rejected.pk), Mention.Status.REJECTED, user=curator)
    chen = Person.objects.get(name="陈立新")
    chen.note = "静安区的老党员"
    chen.save()
    return {
        "jingan_short": jingan_short,
        "shanghai": shanghai.pk,
        "confirmed": confirmed.pk,
        "rejected": rejected.pk,
        "organ": organ.pk,
    }


def _resolve(*args: str) -> str:
    out = StringIO()
    call_command("resolve_entities", *args, stdout=out)
    return out.getvalue()


def test_a_dry_run_reports_and_changes_nothing(curated_old_archive):
    before = (Place.objects.count(), EntityMerge.objects.count(), list(Article.objects.values_list("region")))
    out = _resolve("--dry-run")
    assert "would resolve 4 articles" in out and "needs review" in out
    after = (Place.objects.count(), EntityMerge.objects.count(), list(Article.objects.values_list("region")))
    assert after == before and not Place.objects.exclude(code="").exists()


def test_the_upgrade_keeps_every_curated_decision(client, curated_old_archive):
    ids = curated_old_archive
    out = _resolve()
    assert "resolved 4 articles" in out
    shanghai = Place.objects.get(code="31")
    assert shanghai.note == "浦江两岸" and "上海" in shanghai.aliases
    assert client.get(f"/places/{ids['shanghai']}/").headers["Location"] == shanghai.get_absolute_url()
    # The curators' merge 静安 → 静安区 now leads to the coded 静安区, whose alias 静安 stays.
    jingan = Place.objects.get(code="310106")
    assert "静安" in jingan.aliases
    assert client.get(f"/places/{ids['jingan_short']}/").headers["Location"] == jingan.get_absolute_url()
    assert EntityMerge.objects.filter(kind="place", source_id=ids["jingan_short"], reason="同一个区").exists()
    confirmed = Mention.objects.get(pk=ids["confirmed"])
    assert confirmed.status == Mention.Status.CONFIRMED and confirmed.place == shanghai
    rejected = Mention.objects.get(pk=ids["rejected"])
    assert rejected.status == Mention.Status.REJECTED and rejected.organization.name == "永州市委组织部"
    assert Person.objects.get(name="陈立新").note == "静安区的老党员"


def test_a_record_of_two_real_bodies_is_divided_and_listed_for_curators(curated_old_archive):
    out = _resolve()
    organ = Organization.objects.get(pk=curated_old_archive["organ"])
    assert organ.needs_review and organ.note == "两个城市的组织部被当成了一个" and organ.aliases == ["组织部"]
    assert f"needs review: organisation #{organ.pk} 市委组织部" in out
    assert Organization.objects.get(name="天门市委组织部").jurisdiction.code == "429006"
    assert Organization.objects.get(name="永州市委组织部").mentions.count() == 1
    splits = EntityMerge.objects.filter(kind="organization", action="split", source_id=organ.pk)
    assert splits.count() == 2
    # each split row names its target and counts what moved there; each moved mention's history says why
    targets = Organization.objects.filter(pk__in=[s.target_id for s in splits])
    assert {s.target_name: s.mentions_moved for s in splits} == {t.name: t.mentions.count() for t in targets}
    moved = Mention.objects.get(pk=curated_old_archive["rejected"])
    assert moved.history.first().history_change_reason == f"moved from #{organ.pk}: {REASON}"[:100]


def test_people_get_the_region_record_and_one_name_in_two_regions_becomes_two_people(curated_old_archive):
    _resolve()
    wang = Person.objects.filter(name="王建国").order_by("region")
    assert [p.region for p in wang] == ["湖北省天门市", "湖南省永州市零陵区朝阳街道"]
    assert wang[0].region_place.code == "429006"
    assert Article.objects.get(title="天门的卡点").region_place.code == "429006"


def test_a_second_run_finds_nothing_left_to_do(curated_old_archive):
    _resolve()
    out = _resolve()
    assert "records merged: none; mentions moved: none; 0 to review" in out
    assert _resolve("--if-needed") == ""
