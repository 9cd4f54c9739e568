"""People on pages nobody tuned to (round 9): one test per class of miss or false person, each with
its limit beside it. Pure; no database. Every sentence and name is invented for these tests.
"""

from __future__ import annotations

from archive.ingest.extract import extract
from archive.ingest.extract.glued import AFTER_A_GIVEN_NAME, AFTER_A_NAME, BEFORE_A_NAME, glued_for


def _roles(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in extract(text).people}


def _names(text: str) -> set[str]:
    return {p.name for p in extract(text).people}


def test_the_table_of_glued_function_characters_names_each_use():
    assert glued_for(BEFORE_A_NAME) >= set("经由在向从")
    assert glued_for(AFTER_A_GIVEN_NAME) >= set("向在给对把")
    assert glued_for(AFTER_A_NAME) == set("在是说也都就还忙")
    assert "把" not in glued_for(BEFORE_A_NAME)


def test_a_conjunction_before_a_name_jieba_tagged_whole_is_no_part_of_it():
    assert _names("组长韦晓岚和骆春、唐丽娟、钱立芬等人轮流值班。") == {"韦晓岚", "骆春", "唐丽娟", "钱立芬"}
    assert _names("社区副书记韦晓岚和贺松、骆平、钱立芬等同事日夜值守。") == {
        "韦晓岚",
        "贺松",
        "骆平",
        "钱立芬",
    }
    assert _names("居民骆志平与韦晓岚每天值守。") == {"骆志平", "韦晓岚"}


def test_a_conjunction_glued_to_a_given_names_last_character_before_the_next_name_ends_the_name():
    assert _roles("志愿者韦晓岚、骆平和唐国梁每天值守。") == {
        "韦晓岚": ["志愿者"],
        "骆平": ["志愿者"],
        "唐国梁": ["志愿者"],
    }
    assert _names("志愿者有韦晓岚，骆平和唐国梁。") == {"韦晓岚", "骆平", "唐国梁"}
    assert _names("网格员骆平和居民一起清理楼道。") == {"骆平"}
    assert _names("网格员骆平和妻子一起清理楼道。") == {"骆平"}
    assert _names("网格员骆平和每天巡查。") == {"骆平和"}  # a given name that ends in 和


def test_a_title_and_the_word_after_it_make_no_name():
    assert _names("图上的小红旗代表党员之家。") == set()
    assert _names("地图上红色圆点代表党员之家，蓝色代表卫生站。") == set()


def test_a_verb_and_its_complement_after_a_person_noun_make_no_name():
    assert _names("门口写着“非本小区居民谢绝入内”。") == set()
    assert _roles("小区居民韦晓岚谢绝了大家的好意。") == {"韦晓岚": ["小区居民"]}


def test_a_given_name_opening_with_a_stop_character_after_a_surname_jieba_tagged_alone_and_a_title():
    assert _names("打电话的是82岁的独居老人韦正东。") == {"韦正东"}
    assert _names("书记韦正在开会。") == set()  # 正在 is the verb's adverb


def test_a_post_in_quotation_marks_right_before_a_name_is_evidence():
    assert _roles("每天清早，“老骆书记”骆志煊就骑上三轮车出门。") == {"骆志煊": ["老骆书记"]}
    assert _names("大家都叫他“楼长”，韦晓岚笑着摆摆手。") == {"韦晓岚"}  # a comma between: the subject rule


def test_a_village_named_after_a_family_is_no_person():
    assert _names("东坡县韦家屯、骆家坪的村民出行都要经过这里。") == set()
    assert _names("网格员韦家明每天巡查。") == {"韦家明"}


def test_a_word_opening_with_the_stem_of_a_title_is_no_name():
    assert _names("小区楼栋门对着大街，出入的人很多。") == set()


def test_a_one_character_verb_between_two_pieces_of_a_transliterated_name_is_part_of_it():
    text = "东坡社区党支部书记玛尔江·吐尔提亚尔正和物业负责人检查。"
    assert _roles(text) == {"玛尔江·吐尔提亚尔": ["东坡社区党支部书记"]}


def test_one_comma_between_two_tagged_words_makes_no_row_of_names():
    assert "阴冷" not in _names("窗外阴冷，韦晓岚仍坚持上门。")
    assert _names("志愿者有韦晓岚，骆平和唐国梁。") == {"韦晓岚", "骆平", "唐国梁"}  # an opener makes a row


def test_a_noun_of_the_dictionary_is_no_name_in_a_row():
    assert _names("网格员逐一走访街边的楼宇和商铺。") == set()


def test_a_name_jieba_found_opening_a_clause_before_a_predicate_is_a_person():
    assert _names("韦晓岚每天上门为独居老人送菜。") == {"韦晓岚"}
    assert _names("骆志平二话不说，扛起物资就走。") == {"骆志平"}
    assert _names("随后，钱立芬把物资送到了楼下。") == {"钱立芬"}
    # limits: a word of the dictionary jieba tags a name; a name inside a clause with nothing around it
    assert _names("金银花开满了山坡。") == set()
    assert _names("丁香花开了，居民都来拍照。") == set()


def test_a_name_right_after_a_unit_or_place_is_a_person_of_that_unit():
    assert _names("来自区委宣传部韦晓岚和市纪委骆志平的两名干部住在社区。") == {"韦晓岚", "骆志平"}
    assert _names("东坡社区的韦晓岚也在一线值守。") == {"韦晓岚"}


def test_a_name_after_at_in_a_chat_is_a_member():
    assert _names("群里，@韦晓岚 回复说马上到。") == {"韦晓岚"}
    assert _names("“@骆志平 明天早上八点集合，记得戴好口罩。”") == {"骆志平"}


def test_a_name_between_a_pivot_verb_and_its_predicate_is_a_person():
    assert _names("她让骆志平先回家休息。") == {"骆志平"}
    assert _names("大家给韦晓岚送去了锦旗。") == {"韦晓岚"}
    assert _names("她让大家先回家休息。") == set()


def test_a_two_character_name_jieba_found_opening_a_clause_before_an_adverb_or_a_time_is_a_person():
    assert _names("韦晓每天上门测温。") == {"韦晓"}
    assert _names("骆平今年已经68岁了。") == {"骆平"}
    assert _names("窗外阴冷，大家每天坚持上岗。") == set()  # a word of the dictionary jieba tags a name
    assert _names("居民骆平主动请缨。") == set()  # after a generic noun a two-character word needs more


def test_a_name_opening_a_clause_before_a_word_of_place_is_its_subject():
    assert _names("骆广哲怀里揣着刚刚得来的钱，笑得合不拢嘴。") == {"骆广哲"}


def test_a_given_name_that_is_a_word_after_a_surname_jieba_tagged_alone_is_placed_like_a_whole_name():
    assert _names("韦秀英每天上门为老人送菜。") == {"韦秀英"}
    assert _names("她让骆新民先回家休息。") == {"骆新民"}
    assert _names("东坡社区的韦海燕也在一线值守。") == {"韦海燕"}
    assert _names("韦喇叭每天都在小区里喊话。") == set()  # a common noun after the surname: a nickname
    assert _names("钱红梅每天上门为老人送菜。") == {"钱红梅"}  # 钱/n|红梅/nr: the given name tagged
    assert _names("钱包每天都带着。") == set()


def test_a_given_name_that_is_a_places_name_after_a_unit_and_its_de_is_a_person():
    assert _names("东坡村的骆平江也在一线值守。") == {"骆平江"}
    assert _names("东坡社区的金华山也很美。") == set()  # a famous place after the unit: a sight
