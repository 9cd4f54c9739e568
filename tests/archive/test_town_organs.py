"""A town's or a street's own organs named relatively (镇政府, 街道党工委) are bodies of the town or the
street the article is in: one record per real town, named with the division above it and shown with
its jurisdiction, as 市委组织部 is per city. Articles written for this test."""

from __future__ import annotations

import pytest

from archive.models import Organization
from tests.conftest import import_texts

ARTICLES = {
    "jiangchang.txt": "卡点的灯\n天门市蒋场镇的卡点一直亮着灯。镇政府连夜调来帐篷，"
    "镇党委书记韦晓岚说，大家都很辛苦。\n",
    "fujiaqiao.txt": "送菜的人\n永州市零陵区富家桥镇的志愿者挨家送菜。镇政府安排了两辆货车，"
    "司机韦晓光说，路不好走。\n",
    "zhijiang.txt": "楼道里的夜\n静安区芷江西路街道的居民区里，街道党工委派出二十名干部，"
    "居民区书记韦青松说，干部们很拼。\n",
}


@pytest.fixture
def imported(db, tmp_path):
    import_texts(tmp_path, ARTICLES)


def test_a_town_s_government_named_relatively_is_one_record_per_town(imported):
    governments = sorted(
        (o for o in Organization.objects.all() if "镇政府" in o.aliases), key=lambda o: o.name
    )
    assert [(o.name, o.jurisdiction.path) for o in governments] == [
        ("天门市蒋场镇政府", ["湖北省", "天门市", "蒋场镇"]),
        ("永州市零陵区富家桥镇政府", ["湖南省", "永州市", "零陵区", "富家桥镇"]),
    ]
    assert not Organization.objects.filter(name="镇政府").exists()


def test_a_street_s_party_working_committee_belongs_to_the_street(imported):
    (body,) = [o for o in Organization.objects.all() if "街道党工委" in o.aliases]
    assert body.name == "静安区芷江西路街道党工委"  # named with the level above, as 天门市委组织部 is
    assert body.jurisdiction.path == ["上海市", "静安区", "芷江西路街道"]
