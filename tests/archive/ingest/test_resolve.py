"""Pure tests of the gazetteer and of resolution (no database): sentences written for these tests."""

from __future__ import annotations

from archive.ingest.extract import Entity, Extraction, Occurrence
from archive.ingest.gazetteer import candidates, gazetteer
from archive.ingest.resolve import resolve


def _extraction(text: str, places: dict[str, str], orgs: tuple[str, ...] = ()) -> Extraction:
    """Entities at every place they occur in `text` (written forms → kind)."""

    def entity(name: str, kind: str) -> Entity:
        starts, at = [], text.find(name)
        while at >= 0:
            starts.append(at)
            at = text.find(name, at + len(name))
        assert starts, name
        return Entity(name, kind, [Occurrence(s, s + len(name)) for s in starts])

    return Extraction(
        people=[],
        organizations=[entity(o, "government") for o in orgs],
        places=[entity(n, k) for n, k in places.items()],
    )


def test_the_gazetteer_knows_codes_levels_short_forms_and_parent_chains():
    street = candidates("芷江西路街道")[0]
    assert (street.code, street.kind) == ("310106022", "subdistrict")
    assert [d.name for d in gazetteer().chain(street)] == ["上海市", "静安区", "芷江西路街道"]
    assert [d.code for d in candidates("零陵")] == ["431102"]
    assert [d.code for d in candidates("松江")] == ["310117"]
    assert [d.code for d in candidates("上海市静安区")] == ["310106"]


def test_placeholder_rows_are_skipped_so_county_level_cities_hang_under_their_province():
    tianmen = candidates("天门市")[0]
    assert [d.name for d in gazetteer().chain(tianmen)] == ["湖北省", "天门市"]
    assert [d.name for d in gazetteer().chain(candidates("芷江西路街道")[0])][0] == "上海市"  # no 市辖区


def test_short_forms_that_are_common_words_are_not_places():
    assert candidates("和平") == ()  # 和平区 exists, but 和平 is "peace"
    assert candidates("新华") == ()  # 新华区: 新华 is first of all 新华社
    assert candidates("光明") == ()


def test_shanghai_written_three_ways_is_one_place_and_jingan_too():
    text = "上海市静安区的志愿者来了。上海的静安，静安区的居民都说好。"
    res = resolve(_extraction(text, {"上海市静安区": "district", "上海": "province", "静安": "district"}))
    assert res.places["上海市静安区"] is res.places["静安"]
    assert res.places["静安"].code == "310106" and sorted(res.places["静安"].forms) == [
        "上海市静安区",
        "静安",
    ]
    assert res.places["上海"].code == "31"


def test_an_ambiguous_town_is_resolved_by_the_articles_other_places():
    text = "天津市武清区城关镇的党员们连夜值守。城关镇的居民送来了热水。"
    res = resolve(_extraction(text, {"武清区": "district", "城关镇": "subdistrict"}))
    assert res.places["城关镇"].code == "120114110"
    assert res.places["城关镇"].path == ["天津市", "武清区", "城关镇"]


def test_an_ambiguous_town_no_other_place_decides_stays_without_a_code():
    res = resolve(_extraction("城关镇的党员们连夜值守。", {"城关镇": "subdistrict"}))
    assert res.places["城关镇"].code == "" and res.ambiguous == ["城关镇"]


def test_the_region_is_what_the_places_share_not_the_most_named_city():
    text = (
        "蒋场镇和佛子山镇的卡点一直亮着灯。刚从武汉回来的青年主动报名；他说武汉的朋友也在帮忙，"
        "武汉的物资已经送到。蒋场镇的村医每天巡诊。"
    )
    res = resolve(_extraction(text, {"蒋场镇": "subdistrict", "佛子山镇": "subdistrict", "武汉": "city"}))
    assert res.region.path == ["湖北省", "天门市"]


def test_communities_hang_under_the_nearest_street_before_them():
    text = "芷江西路街道普善路居民区的志愿者，和临汾路街道阳光社区的居民一起忙碌。"
    places = {
        "芷江西路街道": "subdistrict",
        "普善路居民区": "community",
        "临汾路街道": "subdistrict",
        "阳光社区": "community",
    }
    res = resolve(_extraction(text, places))
    assert res.places["普善路居民区"].path == ["上海市", "静安区", "芷江西路街道", "普善路居民区"]
    assert res.places["阳光社区"].path == ["上海市", "静安区", "临汾路街道", "阳光社区"]
    assert res.places["阳光社区"].code == ""


def test_a_neighbourhood_and_its_residents_committee_area_are_one_place():
    text = "四平路街道同济新村居民区的老人说，同济新村的楼道很干净。"
    places = {"四平路街道": "subdistrict", "同济新村居民区": "community", "同济新村": "community"}
    res = resolve(_extraction(text, places))
    assert res.places["同济新村"] is res.places["同济新村居民区"]
    assert res.places["同济新村"].name == "同济新村居民区"


def test_relative_organisations_belong_to_the_articles_city_or_district():
    tianmen = resolve(
        _extraction(
            "天门市蒋场镇的卡点前，市委组织部的干部在值班。",
            {"天门市": "district", "蒋场镇": "subdistrict"},
            ("市委组织部",),
        )
    )
    yongzhou = resolve(
        _extraction(
            "永州市零陵区的社区里，市委组织部和区委的干部下沉一线。",
            {"永州市": "city", "零陵区": "district"},
            ("市委组织部", "区委"),
        )
    )
    assert tianmen.organizations["市委组织部"].name == "天门市委组织部"
    assert yongzhou.organizations["市委组织部"].name == "永州市委组织部"
    assert yongzhou.organizations["市委组织部"].jurisdiction.path == ["湖南省", "永州市"]
    assert yongzhou.organizations["区委"].name == "零陵区委"


def test_a_relative_organisation_without_a_place_to_belong_to_keeps_its_written_name():
    res = resolve(_extraction("市委组织部的干部在值班。", {}, ("市委组织部",)))
    assert res.organizations["市委组织部"].name == "市委组织部"
    assert res.organizations["市委组织部"].jurisdiction is None
