"""An import that gives an existing place or organisation a new written form (an alias) changes the
index documents of articles imported earlier: those naming it, and for a place those naming anything
within it (their documents hold the names of every place above). check_index must find no drift."""

from __future__ import annotations

import pytest

from archive.models import Organization, Place
from search.indexing import index_drift
from search.selectors import result_ids
from tests.conftest import run_import


def _import(folder, name: str, text: str) -> None:
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    code, _out, err = run_import(folder)
    assert code == 0, err


@pytest.mark.django_db
def test_a_place_above_gets_a_new_written_form(tmp_path):
    _import(tmp_path / "a", "street.txt", "街巷的守望\n静安区芷江西路街道的志愿者韦晓岚每天清晨巡查楼道。\n")
    _import(tmp_path / "b", "city.txt", "城市的早晨\n上海的志愿者骆志平和邻居们一起给老人送菜。\n")
    shanghai = Place.objects.get(code="31")
    assert "上海" in shanghai.aliases
    assert index_drift() == {"missing": [], "stale": [], "extra": []}
    street = Place.objects.get(code__startswith="310106", name="芷江西路街道")
    assert street.mentions.exists()  # the first article names only places below 上海市
    assert len(set(result_ids({"q": "place:上海"}))) == 2
    assert shanghai.history.first().history_change_reason == "written form added by import"


@pytest.mark.django_db
def test_an_organisation_gets_a_new_written_form(tmp_path):
    _import(
        tmp_path / "a",
        "one.txt",
        "卡点的夜\n天门市委组织部派出工作队，队员韦晓岚在蒋场镇的卡点值守。\n",
    )
    _import(
        tmp_path / "b",
        "two.txt",
        "返乡的青年\n天门市蒋场镇的青年回到家乡，市委组织部的干部骆志平带着他们值守卡点。\n",
    )
    org = Organization.objects.get(name="天门市委组织部")
    assert "市委组织部" in org.aliases and org.mentions.values("article").distinct().count() == 2
    assert index_drift() == {"missing": [], "stale": [], "extra": []}
