"""The extraction's tagger (fastpos) gives exactly stock jieba.posseg's words and flags: a differential
test with jieba's own POSTokenizer and Viterbi as the oracle."""

from __future__ import annotations

import random
from pathlib import Path

import jieba.posseg
import pytest
from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P
from jieba.posseg.viterbi import viterbi as stock_viterbi

from archive.ingest.clean import clean_page
from archive.ingest.extract import fastpos
from archive.ingest.extract.tokens import GENRE_WORDS, tokenizer_for
from archive.ingest.lexicon import Lexicon

SAMPLES = sorted((Path(__file__).resolve().parents[3] / "samples").glob("*.txt"))

SENTENCES = [
    "",
    "。",
    "   \n\t",
    "居民区党总支书记韩小川今年33岁,他说:“名单对上了。”",
    "岳晴岚、柯蓝溪和甄一苇一起到芷江西路街道普善路居民区核酸检测点帮忙。",
    "湖北省天门市岳口镇双井子镇永收村的村民于2022年3月15日09:30完成第3轮筛查。",
    "陕西同泰实业有限公司向曲江新区捐赠N95口罩5000只、KN95口罩1.5万只和COVID-19抗原试剂。",
    "Wi-Fi密码是abc123,请扫码登记(APP版本v2.0.1)!",
    "疫情期间,“兰花热心小组”每天为独居老人送菜……您辛苦了~~",
    "甄荦翯龘靐齉爩鱻麤龖龘厵灥",  # a long run of rare characters the dictionary does not hold
    "韩小川韩小川韩小川韩小川韩小川韩小川韩小川韩小川韩小川韩小川",
    "魑魅魍魉饕餮犇猋骉羴瞐鑫淼焱垚",
    "丨新闻丨东海社区丨2020-02-03丨",
    "ＡＢＣ全角字母和１２３全角数字,以及㐀㐁㐂扩展区汉字。",
]


@pytest.fixture(scope="module")
def taggers() -> tuple[jieba.posseg.POSTokenizer, jieba.posseg.POSTokenizer]:
    """The extraction's tagger, and stock jieba.posseg over the same word dictionary (with the genre's
    words the extraction adds to jieba's, tagged as it tags them)."""
    fast = tokenizer_for(Lexicon())
    assert isinstance(fast, fastpos.FastPOSTokenizer)
    stock = jieba.posseg.POSTokenizer(fast.tokenizer)
    stock.word_tag_tab.update(dict(GENRE_WORDS))
    return fast, stock


def _pairs(tagger: jieba.posseg.POSTokenizer, text: str) -> list[tuple[str, str]]:
    return [(p.word, p.flag) for p in tagger.cut(text)]


@pytest.mark.parametrize("text", SENTENCES)
def test_written_sentences_get_the_same_words_and_flags_as_stock_posseg(taggers, text):
    fast, stock = taggers
    assert _pairs(fast, text) == _pairs(stock, text)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_the_sample_pages_get_the_same_words_and_flags_as_stock_posseg(taggers, sample):
    fast, stock = taggers
    raw = sample.read_text(encoding="utf-8")
    for text in (raw, clean_page(raw).body):
        assert len(_pairs(fast, text)) > 100
        assert _pairs(fast, text) == _pairs(stock, text)


def test_viterbi_gives_the_same_probability_and_route_as_jieba_on_random_character_runs():
    rng = random.Random(13)
    known = sorted(char_state_tab_P)
    unknown = [chr(c) for c in range(0x3400, 0x3500)]  # not in jieba's table: every state is possible
    for _ in range(400):
        pool = known if rng.random() < 0.8 else known[:50] + unknown
        run = "".join(rng.choice(pool) for _ in range(rng.randint(1, 30)))
        assert fastpos.viterbi(run) == stock_viterbi(run, char_state_tab_P, start_P, trans_P, emit_P), run


def test_the_tagger_with_curated_names_matches_stock_posseg_given_the_same_names(taggers):
    lexicon = Lexicon(people={"甄一苇"}, places={"苇塘新村": "compound"})
    fast = tokenizer_for(lexicon)
    stock = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    stock.tokenizer, stock.word_tag_tab = fast.tokenizer, fast.word_tag_tab
    text = "甄一苇住在苇塘新村,邻居魑魅说甄一苇是志愿者。"
    assert ("甄一苇", "nr") in _pairs(fast, text)
    assert _pairs(fast, text) == _pairs(stock, text)


def test_the_process_wide_posseg_still_uses_jiebas_own_viterbi():
    assert jieba.posseg.viterbi is stock_viterbi
    assert type(jieba.posseg.dt) is jieba.posseg.POSTokenizer
