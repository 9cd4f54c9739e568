"""The page's writers and editors are never people of its story, wherever the body names them too
(the writers following the volunteers they write about), on import and on re-extraction (issue 12)."""

from __future__ import annotations

import pytest

from archive import curation
from archive.models import Article, Mention
from tests.conftest import run_import

pytestmark = pytest.mark.django_db

PAGE = (
    "青松社区的抗疫日记\n"
    "来源:清河日报 作者:韦晓岚 李小青 2022-05-05\n"
    "封控第一天，青松社区党委书记骆志平带着志愿者挨家挨户送菜。骆志平说，大家辛苦了。\n"
    "第二天，网格员张大海一早就守在小区门口，登记往来车辆。韦晓岚和李小青跟着他走了一整天。\n"
)


def _people(article) -> set[str]:
    return set(Mention.objects.filter(article=article, person__isnull=False).values_list("text", flat=True))


def test_credited_writers_are_no_people_of_the_story(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    code, _out, err = run_import(tmp_path / "a.txt")
    assert code == 0, err
    article = Article.objects.get()
    assert {"韦晓岚", "李小青"} <= set(article.authors)
    assert _people(article) == {"骆志平", "张大海"}
    curation.reextract([article])
    assert _people(article) == {"骆志平", "张大海"}
