"""A street or town the division codes lack, or know only in another county, hangs under the division
the article writes right before it (某某区|某某街道), with the communities written after it; a name the
codes know there still takes its code (QA: 橘子洲街道 of 岳麓区 stood at the top of the hierarchy).
Sentences written for this test; 青禾街道 is an invented street, 清风街道 a real one of another county."""

from archive.ingest.extract import extract
from archive.ingest.resolve import resolve


def _paths(text: str) -> dict[str, tuple[list[str], str]]:
    return {name: (place.path, place.code) for name, place in resolve(extract(text)).places.items()}


def test_a_street_the_codes_lack_hangs_under_the_district_written_before_it():
    paths = _paths("长沙市岳麓区青禾街道青松社区的志愿者韦晓岚每天值守。")
    assert paths["青禾街道"] == (["湖南省", "长沙市", "岳麓区", "青禾街道"], "")
    assert paths["青松社区"][0] == ["湖南省", "长沙市", "岳麓区", "青禾街道", "青松社区"]


def test_a_street_the_codes_know_only_in_another_county_is_the_one_written_here():
    paths = _paths("长沙市岳麓区清风街道青松社区的志愿者韦晓岚每天值守。")
    assert paths["清风街道"] == (["湖南省", "长沙市", "岳麓区", "清风街道"], "")
    # written under its own county it is that county's division, with its code
    paths = _paths("池州市贵池区清风街道青松社区的志愿者每天值守。")
    assert paths["清风街道"][0] == ["安徽省", "池州市", "贵池区", "清风街道"] and paths["清风街道"][1]
    assert _paths("上海市静安区芷江西路街道的志愿者。")["芷江西路街道"][1] == "310106022"
