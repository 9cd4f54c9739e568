"""Round eleven of people and roles (issue 12): one test per class, invented sentences only."""

from archive.ingest.extract import extract


def _roles(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in extract(text).people}


def test_a_name_the_story_marks_as_made_up_is_no_person():
    assert _roles("高兴旺（化名）一直在家隔离。高兴旺说,他不着急。") == {}
    assert _roles("家住新区的韦晓岚(化名)没有在意,直到下午,韦晓岚才接到通知。") == {}
    assert _roles("社区居民骆志平（系化名）主动报告了行程。") == {}
    # the limit: a caption's position mark is still evidence of a person
    assert _roles("高兴旺（左）一直在家隔离。") == {"高兴旺": []}
