"""A headline keeps its place when Chinese typography pads Latin words with spaces or a headline
compares numbers: neither is a row of navigation links nor a breadcrumb. Sentences written for this test."""

from __future__ import annotations

import pytest

from archive.ingest.clean import clean_page
from archive.models import Article
from tests.conftest import run_import

BODY = "2022-05-27 来源：测试日报\n社区书记骆志平说请大家配合核酸检测。志愿者韦晓岚帮助老人取快递。\n"


@pytest.mark.parametrize(
    "headline",
    [
        "社区志愿者 Tom 和 Jerry 的一天",
        "楼组长的 vlog 日记",
        "核酸检测 3 小时 2 次的社区",
        "社区志愿者 3>2 的一天",
        "标题里有 a<b 和 x>y 的比较",
        "年轻人用 AI 帮 80 岁老人报名",
    ],
)
def test_a_headline_with_latin_words_or_a_comparison_is_the_title(headline):
    page = clean_page(f"{headline}\n{BODY}")
    assert page.title == headline
    assert headline not in page.boilerplate


@pytest.mark.parametrize(
    "chrome", ["首页 English 手机版 无障碍", "首页 > 新闻 > 正文", "首页 新闻 体育 财经 图片"]
)
def test_navigation_rows_and_breadcrumbs_stay_boilerplate(chrome):
    page = clean_page(f"{chrome}\n社区志愿者的一天\n{BODY}")
    assert page.title == "社区志愿者的一天"
    assert chrome in page.boilerplate


def test_an_imported_text_file_keeps_its_padded_headline(db, tmp_path):
    (tmp_path / "latin.txt").write_text(f"社区里的 vlog 日记\n{BODY}", encoding="utf-8")
    code, _out, err = run_import(tmp_path)
    assert code == 0, err
    article = Article.objects.get()
    assert article.title == "社区里的 vlog 日记"
