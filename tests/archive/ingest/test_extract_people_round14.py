"""Round 14: people and posts on pages nobody tuned to, one test per construction, each with its limit.
Pure; no database.

Every sentence and name is invented for these tests; each stands for a construction, not a page.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _roles(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in extract(text).people}


def test_a_tibetan_name_whose_second_element_ends_in_a_common_final_is_a_name():
    assert _roles("社区党支部书记扎西拉措,第一时间组织队员到岗。") == {"扎西拉措": ["社区党支部书记"]}
    assert _roles("村医格桑吉毛说,药品已经送到。") == {"格桑吉毛": ["村医"]}
    assert _roles("驻村干部达哇才让正在入户走访。") == {"达哇才让": ["驻村干部"]}
    # (a known element before a dictionary word is no name)
    assert _roles("扎西吉祥的歌声在村里响起。") == {}


def test_property_staff_is_a_post_before_the_name():
    assert _roles("物管韦秀英捐了几百个食品袋。") == {"韦秀英": ["物管"]}
    assert _roles("小区物管骆志平连夜分装蔬菜。") == {"骆志平": ["小区物管"]}
    # (物管 as a noun of the trade, no name after it)
    assert _roles("物管人员连夜分装蔬菜。") == {}


def test_a_conjunction_before_the_stem_of_a_title_is_no_name():
    assert _roles("网格员走进各个小区和楼栋里,当好居民身边的联络员。") == {}
    assert "网格" not in "".join(_roles("社区干部与网格一起入户排查。"))
    # (a conjunction surname before a given name stays a name)
    assert "和立新" in _roles("居民和立新说,楼里都打扫好了。")


def test_a_common_word_and_the_complement_good_is_no_name():
    assert _roles("请楼里的居民安顿好家人后再下楼。") == {}
    assert _roles("先帮隔离的居民安顿好、再送菜。") == {}
    # (a given name ending in that character after a surname stays)
    assert _roles("要把返乡人员安置好,居民韦建好说。") == {"韦建好": ["居民"]}
