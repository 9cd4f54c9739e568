"""Extraction and metadata (issue 12, thirty-third round). Sentences written for these tests."""

from __future__ import annotations

from archive.ingest.clean import clean_page


def test_a_photo_caption_glued_before_the_dateline_leaves_the_outlet_and_writers_readable():
    """志愿者测体温。甲 摄 某某网1月29日讯（记者 乙 通讯员 甲）…: the caption and its credit run on into the
    story's dateline on one line; the outlet and the writers are the dateline's."""
    page = clean_page(
        "志愿者在青禾小区门口为居民测体温。柯小岚 摄 青禾网1月29日讯(本网记者 蒲德安 通讯员 柯小岚)"
        "“大家排好队,一个一个来。”1月28日,青禾镇文化站的志愿者们早早来到了卡点。"
    )
    assert page.source == "青禾网"
    assert {"蒲德安", "柯小岚"} <= set(page.authors)


def test_a_caption_without_a_dateline_after_it_stays_the_story():
    page = clean_page("志愿者在青禾小区门口为居民测体温。柯小岚 摄 大家排好队,一个一个来,谁也不落下。")
    assert page.source == "" and page.authors == []


def test_a_media_brand_before_its_place_is_the_outlet():
    """今日某地讯, 掌上某地讯: the brand's word (今日, 掌上, 云上) and the place are the outlet's name."""
    page = clean_page("今日泰兴讯 正月初五一早,青禾社区的志愿者们就守在了路口,给过往车辆登记。")
    assert page.source == "今日泰兴"


def test_an_edition_of_a_paper_is_its_own_outlet():
    """某某日报农村版讯: the edition is part of the outlet's name (某某晚报掌上某地讯 is the paper)."""
    page = clean_page("青禾日报农村版讯(记者 蒲德安)正月里,青禾村的喇叭每天都在播防疫知识。")
    assert page.source == "青禾日报农村版"
