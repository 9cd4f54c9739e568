"""Names jieba cuts inside: a given name's last character read as a word of its own, and a doubled
given name read as a state word. Pure; no database. Every sentence and name is invented here.
"""

from __future__ import annotations

import pytest

from archive.ingest.extract import extract


def _names(text: str) -> set[str]:
    return {p.name for p in extract(text).people}


@pytest.mark.parametrize(
    "text, name",
    [
        ("老党员骆根来今年七十岁。骆根来说：“我是党员，应该上。”", "骆根来"),
        ("社区党员骆建和志愿者一起守卡点。骆建和说，他不累。", "骆建和"),
        ("楼栋长韦福来带着口罩挨家敲门。韦福来告诉记者，楼里没有漏掉一户。", "韦福来"),
    ],
)
def test_a_character_every_mention_puts_after_a_short_name_is_its_last(text, name):
    assert name in _names(text)
    assert name[:2] not in _names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("志愿者韦娟正在分发物资。韦娟说，大家排好队。", "韦娟"),  # 正在 is a word
        ("志愿者韦娟说，韦娟说完就走了。", "韦娟"),  # 说 never ends a given name
        ("对志愿者韦华来说，这是第一次。对韦华来说，这很难。", "韦华"),  # 对…来说
        ("网格员骆平又来了。骆平又说，没事。", "骆平"),  # an adverb
    ],
)
def test_a_word_or_a_function_character_after_the_name_stays_outside_it(text, name):
    assert _names(text) == {name}


@pytest.mark.parametrize("given", ["婷婷", "冰冰"])
def test_a_doubled_given_name_jieba_reads_as_a_state_word(given):
    assert _names(f"社区主任郜{given}主动报名参加值守。") == {f"郜{given}"}
    assert _names(f"在社区，党员郜{given}每天都来卡点帮忙。") == {f"郜{given}"}
