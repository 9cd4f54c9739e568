"""Rows of names and the posts that head them (issue 12), one test per construction. Pure; no database.

Every sentence and name is invented for these tests. Where a limit keeps a post or a name from
spreading where it should not, both sides are tested.
"""

from __future__ import annotations

from archive.ingest.extract import extract
from archive.ingest.extract.name_lists import name_lists
from archive.ingest.extract.tokens import Doc
from archive.ingest.lexicon import Lexicon


def _roles(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in extract(text).people}


def test_names_after_there_are_with_commas_are_people_with_the_post_before_it():
    roles = _roles("今天参加核酸检测的志愿者有韦立新,秦建国,邵雨桐,柯蓝溪。")
    assert roles == {n: ["志愿者"] for n in ("韦立新", "秦建国", "邵雨桐", "柯蓝溪")}


def test_names_after_there_are_joined_by_and_are_people_with_the_post():
    roles = _roles("东坡社区的网格员有韦立新、秦建国和邵雨桐。")
    assert roles == {n: ["网格员"] for n in ("韦立新", "秦建国", "邵雨桐")}


def test_names_after_the_ones_who_took_part_are_people_without_a_post():
    roles = _roles("昨天参与的有韦立新,秦建国,邵雨桐。")
    assert roles == {"韦立新": [], "秦建国": [], "邵雨桐": []}


def test_a_trade_we_do_not_list_heading_a_row_of_names_is_the_post_of_each():
    roles = _roles("搬运工韦立新、秦建国、邵雨桐每天凌晨就来到仓库。")
    assert roles == {n: ["搬运工"] for n in ("韦立新", "秦建国", "邵雨桐")}


def test_the_post_after_a_row_and_a_count_is_the_post_of_each():
    roles = _roles("韦立新、秦建国等5名网格员挨家挨户上门登记。")
    assert roles == {"韦立新": ["网格员"], "秦建国": ["网格员"]}


def test_each_name_of_a_row_with_its_own_title_keeps_that_title_and_the_last_name_is_whole():
    roles = _roles("书记韦立新、社区主任秦建国、网格员邵雨桐分头入户。")
    assert roles == {"韦立新": ["书记"], "秦建国": ["社区主任"], "邵雨桐": ["网格员"]}


def test_a_clause_after_a_comma_is_no_title_of_the_name_after_it():
    rows = name_lists(Doc("天没亮柯蓝溪就披上志愿者马甲,赶到东坡社区向社区干部秦建国报到。", Lexicon()))
    assert all("马甲" not in [n for _, n in row.names] for row in rows)


def test_a_row_of_names_with_commas_needs_an_opener_or_names_jieba_knows():
    doc = Doc("这几天小区里任务重,柯蓝溪和别的楼栋长一起,白天黑夜轮流守着。", Lexicon())
    assert name_lists(doc) == []


def test_names_that_are_part_of_a_longer_list_of_other_things_are_no_row():
    doc = Doc("干部分到东坡街道东坡、西岭、文明、文新、向阳共6个社区。", Lexicon())
    assert name_lists(doc) == []


def test_a_name_before_et_cetera_does_not_take_the_et_cetera():
    roles = _roles("党员韦立新、秦建国、邵雨桐等,都第一时间报了名。")
    assert set(roles) == {"韦立新", "秦建国", "邵雨桐"}


def test_a_title_in_quotes_before_a_name_is_the_role():
    assert _roles("东坡村驻村“第一书记”邵春梅每天都守在村口。") == {"邵春梅": ["东坡村驻村“第一书记”"]}


def test_a_run_of_quoted_honours_stays_a_run_of_labels():
    roles = _roles("在东湖社区,“最美邻居”“优秀志愿者”柯蓝溪每天守在门口。")
    assert roles == {"柯蓝溪": ["最美邻居", "优秀志愿者"]}


def test_called_name_then_a_title_then_a_verb_gives_the_title():
    assert _roles("昨天村里有个叫邵春梅的老党员送来两箱口罩。") == {"邵春梅": ["老党员"]}


def test_a_grandchild_named_after_the_kin_word_is_a_person():
    roles = _roles("卫生室的柯蓝溪医生和孙子邵明轩一早就挨家上门量体温。")
    assert set(roles) == {"柯蓝溪", "邵明轩"}


def test_a_surname_character_inside_a_place_name_is_no_wearing_verb():
    assert _roles("东坡社区邵戴小区党员柯蓝溪正在登记。") == {"柯蓝溪": ["东坡社区邵戴小区党员"]}


def test_the_head_of_a_title_is_no_verb_of_stating_a_post():
    roles = _roles("书记韦立新、社区主任秦建国分头入户。")
    assert roles["韦立新"] == ["书记"]


def test_a_place_word_after_a_surname_character_is_no_given_name():
    assert _roles("“小学门口路路口车多,大家要慢行。”") == {}


def test_a_given_name_ending_with_a_character_that_stops_names_elsewhere_is_whole_before_a_verb():
    assert _roles("小区党员邵国全正在给门店消毒。") == {"邵国全": ["小区党员"]}


def test_the_kind_after_a_count_closing_a_row_is_the_post_of_each_even_unlisted():
    roles = _roles("村口搭起帐篷,邵春梅、柯蓝溪、林晓峰三位脱贫户轮流值守。")
    assert roles == {n: ["脱贫户"] for n in ("邵春梅", "柯蓝溪", "林晓峰")}


def test_what_a_counted_row_does_next_is_no_post():
    roles = _roles("韦立新、邵雨桐两名同志到岗。")
    assert roles == {"韦立新": [], "邵雨桐": []}


def test_a_generic_person_noun_after_a_counted_row_is_no_post():
    assert _roles("秦建国、邵雨桐两名热心居民来了。") == {"秦建国": [], "邵雨桐": []}


def test_members_and_chairs_of_parties_and_associations_are_posts():
    assert _roles("区工委主委柯蓝溪每周都去东坡社区帮忙。") == {"柯蓝溪": ["区工委主委"]}
    assert _roles("会员邵春梅下班后还去小区值守。")["邵春梅"][0] == "会员"


def test_a_title_addressing_an_earlier_name_is_not_given_to_the_row_after_it():
    roles = _roles("柯蓝溪主委及支部党员邵春梅、林晓峰都到了东坡社区。")
    assert roles == {"柯蓝溪": ["主委"], "邵春梅": ["支部党员"], "林晓峰": ["支部党员"]}


def test_a_post_stated_after_a_comma_and_is_reaches_the_name_before_it():
    assert _roles("邵春梅,是东坡社区的网格员,每天到岗。") == {"邵春梅": ["网格员"]}
    assert _roles("邵春梅,现任东坡村党支部书记。") == {"邵春梅": ["东坡村党支部书记"]}


def test_a_post_in_the_clause_before_an_age_and_the_name_is_the_role():
    assert _roles("东坡社区党委书记,今年52岁的邵春梅每天到岗。") == {"邵春梅": ["东坡社区党委书记"]}


def test_a_post_does_not_cross_a_sentence_to_the_name_before_it():
    roles = _roles("邵春梅来了。东坡社区党委书记韦立新说。")
    assert roles.get("邵春梅", []) == [] and roles["韦立新"] == ["东坡社区党委书记"]


def test_an_unlisted_trade_glued_before_a_single_name_is_its_role():
    assert _roles("核酸采样师邵春梅说,今天很忙。") == {"邵春梅": ["核酸采样师"]}


def test_a_place_noun_glued_before_a_single_name_is_no_role():
    assert _roles("在老家邵春梅说,今天很忙。") == {"邵春梅": []}


def test_a_verb_of_seeing_cuts_the_title_phrase():
    assert _roles("来到门口看见医生邵春梅。") == {"邵春梅": ["医生"]}


def test_a_post_held_now_stated_after_the_age_reaches_the_name():
    assert _roles("邵春梅今年52岁,现为东坡社区网格员。") == {"邵春梅": ["东坡社区网格员"]}


def test_a_post_held_now_that_runs_into_the_next_name_is_that_name_s():
    roles = _roles("邵春梅来了,现任东坡村党支部书记韦立新说。")
    assert roles.get("邵春梅", []) == [] and roles["韦立新"] == ["东坡村党支部书记"]


def test_a_colon_after_there_are_still_opens_the_row_under_the_post():
    roles = _roles("志愿者有:邵春梅、柯蓝溪、林晓峰。")
    assert roles == {n: ["志愿者"] for n in ("邵春梅", "柯蓝溪", "林晓峰")}


def test_a_noun_for_people_ending_in_jia_heads_a_row_but_a_business_does_not():
    assert _roles("民营企业家邵春梅、柯蓝溪捐款。") == {"邵春梅": ["民营企业家"], "柯蓝溪": ["民营企业家"]}
    assert _roles("各商家邵春梅、柯蓝溪捐款。") == {"邵春梅": [], "柯蓝溪": []}


def test_a_name_jieba_cuts_apart_inside_a_long_row_keeps_the_row_and_its_post_going():
    names = ("孙一鸣", "韦立新", "吴三林", "郑四海", "王五洲", "冯六顺", "陈七星", "褚八方")
    roles = _roles("参加活动的网格员有" + "、".join(names) + "，他们连续值守。")
    assert roles == {n: ["网格员"] for n in names}


def test_a_street_or_a_common_word_after_two_names_in_a_row_is_no_name():
    assert _roles("网格员韦立新、秦建国、黄山路、白云街的居民都来了。") == {
        "韦立新": ["网格员"],
        "秦建国": ["网格员"],
    }
    assert _roles("志愿者有韦立新、秦建国、老人、小孩等。") == {"韦立新": ["志愿者"], "秦建国": ["志愿者"]}


def test_a_row_opened_by_among_them_takes_the_post_of_the_counted_group_named_before_in_its_sentence():
    text = "东坡医院团支部派出8名志愿者,其中有团员和护士,其中韦立新、秦建国、邵雨桐3人去社区做核酸采样。"
    assert _roles(text) == {n: ["志愿者"] for n in ("韦立新", "秦建国", "邵雨桐")}


def test_a_counted_group_in_the_sentence_before_gives_no_post_to_a_row_opened_by_among_them():
    assert _roles("东坡医院派出8名志愿者到社区。其中韦立新、秦建国负责登记。") == {"韦立新": [], "秦建国": []}
