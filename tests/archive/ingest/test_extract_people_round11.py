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


def test_a_transcript_speaker_after_posts_set_off_by_spaces():
    # the whole stretch between the space and the colon is the name, whatever characters it holds
    assert _roles("某公司工会副主席 党群工作部主任 骆去非:员工们都报名了。") == {
        "骆去非": ["公司工会副主席", "党群工作部主任"]
    }
    assert _roles("街道社区党委书记 居委会主任 韦晓岚:社区共有五千户。") == {
        "韦晓岚": ["街道社区党委书记", "居委会主任"]
    }
    assert _roles("镇党委书记 况再强：要做好部署。") == {"况再强": ["镇党委书记"]}
    # the limits: a phrase before the colon is no name; one post before a name stays one
    assert _roles("社区书记 高兴地说：好。") == {}
    assert _roles("党组书记 局长韦立冬主持会议。") == {"韦立冬": ["党组书记", "局长"]}


def test_a_given_name_jieba_left_as_two_adverbs_after_a_title():
    assert _roles("东坡镇党委书记况再强在会上作了部署。") == {"况再强": ["东坡镇党委书记"]}
    assert _roles("东坡镇党委书记况又猛在会上作了部署。") == {"况又猛": ["东坡镇党委书记"]}
    # the limits: an adverb and a verb, or two adverbs, after a title and a surname are the predicate
    assert _roles("书记王也很忙。") == {}
    assert _roles("书记王还在忙。") == {}
    assert _roles("书记李又到了现场。") == {}


def test_the_partys_leader_the_story_cites_is_no_person_of_it():
    """某某总书记强调…: the leader cited by the title of the office is the source of the words the
    story follows, no person of it (the team's gold since round 42; it kept such names before)."""
    assert _roles("习志远总书记强调,社区是联防联控的前沿。") == {}
    assert _roles("总书记习志远指出,社区是前沿。") == {}
    assert _roles("骆志平总书记指出,要守住防线。社区书记韦明说,我们守好大门。") == {"韦明": ["社区书记"]}
    # the limit: 习 opening an ordinary word is no surname
    assert _roles("书记习惯每天早起。") == {}
    assert _roles("大家养成了好习惯。") == {}


def test_a_doctor_or_nurse_by_grade_is_a_role_and_its_last_character_no_surname():
    assert _roles("韦晓岚是县中医院的一名儿科大夫,下了夜班就来了。") == {"韦晓岚": ["儿科大夫"]}
    assert _roles("主管护师韦琳主动报名去了采样点。") == {"韦琳": ["主管护师"]}
    assert _roles("放射科技师骆明杰每天值守。") == {"骆明杰": ["放射科技师"]}
    # the limit: a title that ends before the surname leaves the name whole
    assert _roles("老师王芳说,她不怕。") == {"王芳": ["老师"]}


def test_a_two_character_name_that_ends_the_excerpt_is_cut_off():
    assert _roles("社区里忙了一天。\n志愿者骆小") == {}
    assert _roles("大家都在值守。\n网格员王春") == {}
    # the limits: a three-character name, a name with a stop after it, a headline ending in a name
    assert _roles("社区里忙了一天。\n志愿者韦晓岚") == {"韦晓岚": ["志愿者"]}
    assert _roles("社区里忙了一天。\n网格员王春。") == {"王春": ["网格员"]}
    assert _roles("致敬社区网格员王春") == {"王春": ["社区网格员"]}


def test_a_name_jieba_found_that_opens_three_clauses_is_the_story_subject():
    text = "做网格员很难,骆青不止一次想放弃。\n骆青清楚,大家压力都大。\n骆青所住的小区在河边。"
    assert _roles(text) == {"骆青": []}
    # the limit: twice is not enough without other evidence
    assert _roles("做网格员很难,骆青不止一次想放弃。\n骆青清楚,大家压力都大。") == {}


def test_a_given_name_glued_to_the_wait_of_a_verb_or_read_as_a_number():
    assert _roles("网格员骆志平等待了很久。") == {"骆志平": ["网格员"]}
    assert _roles("网格员韦建中等候在门口。") == {"韦建中": ["网格员"]}
    assert _roles("社区书记张万里在现场。") == {"张万里": ["社区书记"]}
    assert _roles("网格员张万里每天巡查。") == {"张万里": ["网格员"]}
    assert _roles("党员骆千里说,物资已经送到。") == {"骆千里": ["党员"]}
    # the limits: a number after a title and a surname that the predicate goes on from
    assert _roles("书记王一点也不累。") == {}
    assert _roles("书记王百忙之中赶来。") == {}
    assert _roles("大家平等待人。") == {}


def test_a_status_printed_right_after_the_name_is_a_role():
    assert _roles("县医院检验科医生骆丹丹党员,主动参与采样工作。") == {"骆丹丹": ["县医院检验科医生", "党员"]}
    assert _roles("骆丹丹党员,主动参与采样工作。") == {"骆丹丹": ["党员"]}
    assert _roles("他把物资交给韦晓岚志愿者。") == {"韦晓岚": ["志愿者"]}
    # the limits: a status opening a longer noun (党员先锋岗), or in a clause of its own
    assert _roles("韦晓岚党员先锋岗设在门口。") == {}
    assert _roles("社区书记韦晓岚说,党员,志愿者都来了。") == {"韦晓岚": ["社区书记"]}


def test_a_conjunction_before_a_name_at_a_speech_verb_is_no_surname():
    assert _roles("网格员和韦明说,明天再来。") == {"韦明": []}
    assert _roles("网格员韦明说,明天再来。") == {"韦明": ["网格员"]}
    assert _roles("网格员和骆明杰说,明天再来。") == {"骆明杰": []}
    # the limits: a conjunction and an ordinary word before 说 name nobody
    assert _roles("书记和平说,明天再来。") == {}
    assert _roles("他们都说好。") == {}


def test_a_role_in_own_words_when_the_speaker_says_it_after_a_short_adverbial():
    text = "“我是驻村第一书记,我也有责任投身到一线”县民政局驻东坡村第一书记韦晓岚在采访中说道。"
    assert "驻村第一书记" in _roles(text)["韦晓岚"]
    text = "“作为一名党员,我必须上。”社区书记骆明杰接受记者采访时表示。"
    assert _roles(text) == {"骆明杰": ["社区书记", "党员"]}
    # the limit: a clause of the speaker's own before someone else speaks
    text = "“作为一名党员,我必须上。”社区书记骆明杰带队出发,队员们说好。"
    assert _roles(text) == {"骆明杰": ["社区书记"]}


def test_a_dictionary_word_jieba_tags_a_name_before_an_aspect_particle_is_a_verb():
    assert _roles("社区主任 张贴了通知。") == {}
    assert _roles("社区书记陈述了情况。") == {}
    # the limit: a name before a word that opens with the particle's character
    assert _roles("网格员王芳了解情况后赶来。") == {"王芳": ["网格员"]}
