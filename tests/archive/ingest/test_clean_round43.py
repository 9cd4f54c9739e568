"""Page chrome and metadata (issue 12, forty-third round). Pages written for these tests."""

from __future__ import annotations

from archive.ingest.clean import clean_page


def test_a_source_that_reads_like_a_name_but_the_story_writes_it_as_a_title():
    """来源 :柳风窗 | 被引量 …, and 《柳风窗》记者 in the story: a periodical, not a person."""
    page = clean_page(
        "社区里的守门人\n来源 :柳风窗 | 被引量 : 0次 | 上传用户:qinghe\n"
        "《柳风窗》记者走访了青禾几个社区。\n社区书记陈明每天工作十六个小时。\n"
    )
    assert page.source == "柳风窗"
    person = clean_page("社区里的守门人\n来源:韦晓岚\n社区书记陈明每天工作十六个小时。\n")
    assert person.source == ""


def test_a_dateline_with_the_day_and_the_place_before_its_xun():
    """某某网4月9日某地讯 在…: the outlet opens the dateline, the day and the place before 讯."""
    page = clean_page(
        "检察干警下沉社区\n青禾网4月9日东坡讯 在东坡县城沿街商铺前,有一群忙碌的身影。\n"
        "为了应对疫情,东坡县检察院十多名志愿者放弃了休息。\n"
    )
    assert page.source == "青禾网"
