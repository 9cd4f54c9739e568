"""Places and organisations by class, round 18 (issue 12): names as a converter prints them, villages
written right after their township.

Pure; no database. Every sentence is written for these tests: the townships, villages, communities
and people are invented (青禾, 绿柳, 骆志平); real divisions (岳阳市, 疏附县) stand where a name's
start depends on the division before it being known.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _places(text: str) -> list[str]:
    return [p.name for p in extract(text).places]


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract(text).organizations]


# A converter's pinyin gloss after a unit's last character belongs to the name as printed


def test_a_unit_whose_last_character_is_glossed_keeps_the_gloss():
    text = "韦晓岚在岳阳市青禾鎮(zhèn)綠柳社區(qū)值守，每天都來。"
    assert _places(text) == ["岳阳市", "青禾鎮(zhèn)", "綠柳社區(qū)"]


def test_a_glossed_district_and_community_in_a_list_keep_their_glosses():
    places = _places("岳陽(yáng)市青禾區(qū)的望松社區(qū)、晓竹社區(qū)都設了卡口。")
    assert "望松社區(qū)" in places and "晓竹社區(qū)" in places
    assert not any(p.endswith(("區", "鎮")) for p in places)  # never the name without its gloss


def test_a_body_a_gloss_runs_through_is_recorded_as_printed():
    assert "綠柳社區(qū)黨委" in _orgs("綠柳社區(qū)黨委書記騾志平帶隊走訪。")


def test_a_person_keeps_no_gloss_of_the_word_after_the_name():
    people = [p.name for p in extract("村支書(shū)骆志平說(shuō)，大家都辛苦了。").people]
    assert people == ["骆志平"]


# A village written right after its township is named by all that stands between them


def test_a_village_jieba_glued_to_its_townships_last_character():
    assert _places("驻绿柳镇吟松村第一书记骆志平说。") == ["绿柳镇", "吟松村"]


def test_a_village_whose_last_character_jieba_read_as_a_verb_of_motion():
    assert _places("在绿柳乡望进村核酸采样点，居民排起了长队。") == ["绿柳乡", "望进村"]


def test_a_transliterated_village_name_cut_into_verbs_by_jieba():
    places = _places("在疏附县青禾乡买买提滚巴格村，志愿者为村民发放物资。")
    assert "买买提滚巴格村" in places and "巴格村" not in places


def test_no_village_from_the_townships_people_pointers_or_particles():
    text = "青禾镇干部进村入户，青禾镇各村都设了卡口，青禾镇里的村都很安静，青禾镇党委驻村工作。"
    assert _places(text) == ["青禾镇"]


# A list closed by a count of its units names each item (…4个自然湾, …2个居民小区, …3个自然村)


def test_a_list_closed_by_a_count_of_natural_villages_and_estates_names_each_item():
    places = _places(
        "青禾社区位于青松路，辖韦家湾、骆李湾、晓竹湾、刘家坡4个自然湾和青松景苑、绿柳新城2个居民小区。"
    )
    assert {"韦家湾", "骆李湾", "晓竹湾", "刘家坡", "青松景苑", "绿柳新城"} <= set(places)


def test_a_list_of_hamlets_closed_by_a_count_of_natural_villages():
    assert _places("绿柳村辖上庄、王家沟、李家坪3个自然村。") == ["绿柳村", "上庄", "王家沟", "李家坪"]


def test_a_list_of_people_closed_by_a_count_names_no_place():
    assert _places("共有党员、干部、群众3个群体参与，大家都很辛苦。") == []


# The grade of a numbered road before a town is no part of the town's name


def test_a_numbered_road_before_a_town_is_cut_off():
    for text in (
        "驻村干部正在202国道青禾镇卡口值守。",
        "他们在省道绿柳乡检查站值守。",
        "县道望松镇路口设了卡点。",
    ):
        assert not any(p.startswith(("国道", "省道", "县道")) for p in _places(text)), text


# A kind of housing before the unit word names no estate


def test_resettlement_housing_before_the_unit_word_is_no_name():
    assert _places("在这处回迁房小区，保安和志愿者实现了联动，青禾镇的还建小区也设了卡口。") == ["青禾镇"]


def test_a_one_character_adjective_opens_the_first_name_of_a_counted_list():
    places = _places("绿柳社区位于青松路，辖大韦湾、骆李湾、晓竹湾3个自然湾，还有2处小产权房。")
    assert {"大韦湾", "骆李湾", "晓竹湾"} <= set(places) and "韦湾" not in places
