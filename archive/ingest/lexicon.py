"""Person words for extraction (surnames, titles, speech verbs, what ends a name) and the curated `Lexicon`.

These are general facts of the language and of PRC administrative and Party structure, never names taken
from particular articles; the words of units are in `org_words` and `place_words`, the national divisions
in `divisions`. Curated names from the admin
reach extraction through `Lexicon`, not through this module.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The ~300 commonest single-character surnames plus compound ones.
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
    "戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮"
    "柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古"
    "吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫"
    "寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻"
    "位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬扈晁芮都普阙浦"
    "戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但"
    "尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    "洪傅萧赖阎贝钮荀郦竺桓习纵濮代"
    # rare surnames whose characters write no common word (蹇, 逄, 郗)
    "酆贲邴隗宓郗钭逄璩郏殳厍訾乜蒯蹇羿缑郄郇仉禚綦裔谯眭禤琚"
    "贡庹佴"  # (rare, but in the 百家姓 and on the rolls of the genre's provinces)
    "锺"  # 钟 as Taiwan, Hong Kong and South-East Asia print it (锺某某)
)
# Surnames of the north-west and of Hui, Tibetan and Tu families, and others, whose characters write
# common words (纳入, 多次, 百姓, 拜访, 达到, 进一步, 蔚蓝, 来帮忙): taken only on strong evidence around
# the name (`untagged.word_surnamed`).
WORD_SURNAMES = frozenset("纳多百拜撒锁妥虎达步蔚来密应籍占")  # (籍: 户籍, 籍贯; 占: 占用)
COMPOUND_SURNAMES = {
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "长孙",
    "宇文",
    "司徒",
    "夏侯",
    "轩辕",
    "令狐",
    "端木",
    "西门",
    "南宫",
    "独孤",
    "澹台",
    "公冶",
    "宗政",
    "濮阳",
    "太史",
    "申屠",
    "钟离",
}

# Titles and positions, and the generic person nouns that stand right before a name
# ("老党员杨桂云", "市民田健"). Longest first matters only for display; matching uses endswith.
TITLES = (
    "第一书记 党委书记 党总支书记 党支部书记 支部书记 副书记 书记 常务副主任 副主任 主任 "
    "总队长 支队长 大队长 中队长 副支队长 副大队长 副中队长 副队长 队长 "
    "副科长 科长 副部长 部长 副局长 局长 副处长 处长 副院长 院长 副所长 所长 副站长 站长 副校长 校长 "
    "馆长 副厂长 厂长 副镇长 镇长 乡长 村长 副区长 区长 副市长 市长 省长 县长 副县长 主席 副主席 "
    "委员 常委 组长 副组长 片长 楼组长 楼长 网格员 网格长 格长 群主 总护士长 护士长 护士 医生 医师 主治医师 "
    "主任医师 院士 教授 干事 干部 干警 民警 警官 辅警 所长 教导员 指导员 教师 老师 班主任 辅导员 "
    "志愿者 老党员 党员 预备党员 社工 社工师 心理咨询师 社区工作者 "
    "居民 村民 市民 男孩 女孩 小伙 姑娘 老人 大爷 大妈 阿姨 "
    "学生 大学生 新生 经理 总经理 副总经理 董事长 负责人 责任人 联系人 "
    # a company's and a bank's officers (执行董事兼总裁甲, 某支行行长乙, 首席执行官)
    "总裁 副总裁 执行总裁 执行董事 副董事长 总监 副总监 首席执行官 行长 副行长 "
    "专家 劳模 全国劳模 队员 成员 代表 主管 会长 "
    "理事长 秘书长 工作人员 业主 店主 老板 快递员 外卖员 司机 保安 物管 物业经理 楼组长 单元长 "
    "法官 检察官 警长 所长 乡镇长 局长 厅长 副厅长 专员 主任科员 科员 职工 员工 驻村队员 "
    "楼栋长 栋长 块长 团长 信息员 联络员 宣传员 监督员 调解员 巡逻员 安全员 骨干 医护人员 "
    "支书 村支书 副支书 带头人 领头人 交通员 调度员 管理员 网格管理员 采样员 消杀员 配送员 "
    # the members and chairs of the democratic parties and of the Youth League and associations;
    # 团员青年 (a League member of youth age) is the League's own word for its members
    "主委 副主委 盟员 会员 团员 团员青年 "
    # the board and council posts of associations, chambers of commerce and companies
    "理事 常务理事 副理事长 监事 监事长 董事 副会长 常务副会长 执行会长 名誉会长 副秘书长 秘书 执委 "
    # who leads a team out (志愿者服务队领队)
    "领队 副领队 "
    # the clergy, who lead their temples' and mosques' donations (某某法师, 某某道长, 某某阿訇)
    "法师 道长 阿訇 住持 方丈 监院 "
    # an assistant to a post (检察官助理, 法官助理, 总经理助理)
    "助理 "
    # the trades of a works or a railway by their workers' names (信号工, 巡道工, 电工): a post as 司机 is
    "信号工 巡道工 养路工 线路工 电工 焊工 维修工 水电工 环卫工 保洁工 护工 "
    # and a building site's trades (来自某地的木工甲, 钢筋工乙)
    "木工 瓦工 泥瓦工 钢筋工 电焊工 油漆工 架子工 钳工 装卸工 搬运工 砌筑工 水泥工 "
    # an elected member of a council or parliament (区议员, 选区议员: Hong Kong, Macau, Taiwan, abroad)
    "议员 "
    # the professions that volunteered under their own title (某律师事务所甲律师, 乙工程师, 丙大夫)
    "律师 工程师 大夫 "
    # a student by year and major (2021级护理专业甲), as 学生 is
    "专业"
).split()
TITLE_SET = set(TITLES)
TITLES_BY_LENGTH = tuple(
    sorted(TITLE_SET, key=lambda t: (-len(t), t))
)  # a fixed order, whatever the hash seed

# Person nouns that need a name after them to be a role ("居民" alone is not a role of someone).
GENERIC_PERSON_NOUNS = {
    "居民",
    "村民",
    "市民",
    "男孩",
    "女孩",
    "小伙",
    "姑娘",
    "老人",
    "大爷",
    "大妈",
    "阿姨",
    "学生",
    "大学生",
    "业主",
    "职工",
    "员工",
}

SPEECH_VERBS = (
    "说",
    "表示",
    "介绍",
    "告诉",
    "坦言",
    "感慨",
    "回忆",
    "笑着说",
    "解释",
    "强调",
    "指出",
    "透露",
    "回答",
    "答道",
)

# Kin and neighbour words: before a name they name the person and are the role the text gives
# (邹丽萍的丈夫秦保卫, 军属甲); 孙子 and 孙女 open with a surname character and are no names.
KIN_WORDS = tuple(
    "丈夫 妻子 爱人 老伴 老公 老婆 儿子 女儿 父亲 母亲 哥哥 姐姐 弟弟 妹妹 邻居 同事 战友 "
    "孙子 孙女 外孙 外孙女 儿媳 女婿 侄子 侄女 爷爷 奶奶 外公 外婆 姥姥 姥爷 公公 婆婆 "
    "堂哥 堂姐 堂弟 堂妹 表哥 表姐 表弟 表妹 姐夫 妹夫 嫂子 弟媳 媳妇 "
    "伯父 叔父 舅舅 舅妈 姑姑 姑父 婶婶 岳父 岳母 "
    "徒弟 爱徒 "  # a master names his apprentice as kin are named
    # the dependants of a soldier, a martyr or a worker, as the genre names them before a name
    "家属 军属 军嫂 家眷 军眷 烈属".split()
)
# Offices a person is named by when the story gives no post (商会秘书处甲): the office is the role.
OFFICE_WORDS = ("秘书处", "办公室")

# What follows a surname character when it is no given name: kinship terms and honorifics
# (马先生, 卢老, 岳父母, 汪老板) — the person is real but unnamed, so no record is made.
HONORIFIC_TAILS = (
    "先生 女士 小姐 老板 老板娘 老师 师傅 阿姨 大爷 大妈 大娘 大姐 大哥 大叔 奶奶 爷爷 婆婆 姥姥 "
    "父母 父亲 母亲 妻子 丈夫 爱人 儿子 女儿 孙子 孙女 老 总 姐 哥 叔 婶 伯 嫂 姨 家 氏 姓 某 某某 "
    "老汉 老太 同学 医生 护士 社工 警官 书记 主任 经理 局长 队长 所长 科长 部长 站长 院长 校长 村长 "
    "镇长 组长 楼长 班长 老弟 小妹 老伯 老爹 老妈 老奶 老爷子 老太太 大伯 大婶 "
    "阿婆 阿公 阿伯 阿叔 阿婶 阿嫂 阿嬷 阿妈 阿爸 婆 嬷 "  # southern forms of address (符阿婆, 阿婆)
    "爹爹 嬢嬢 孃孃 娭毑 嗲嗲"  # the Hubei, Sichuan and Hunan forms (鲁爹爹, 王嬢嬢)
).split()
# Characters that are surnames but, before a dictionary word, are a conjunction or preposition
# (和妻子, 与居民, 同事们) or a measure word after a number or pointer (一段时间, 这阵子).
CONJUNCTION_SURNAMES = set("和与同跟向于从及由")
MEASURE_SURNAMES = set("段阵番次回份项届批点")
NUMERALS_AND_POINTERS = set("一二三四五六七八九十两几这那每有某上下整半多")

# The characters that end a unit's, a place's or a road's name (某某镇, 某某村, 某某路, 某某局): no
# personal name ends in one (names.NOT_NAME_END adds other words' last characters).
UNIT_END_CHARS = frozenset("镇村区路街巷市县省局院部委会站所队组")

# A character right after a two-character name that ends the name instead of extending it.
NAME_STOP_CHARS = set(
    "的了和与及或在是说对向为把被从让给将就也都还又再才却但而且等跟同并即已曾正仍每要会能可去来到上下"
    "里中内外前后时年月日个位名人们这那其该此各全本一二三四五六七八九十百千万两几多带领率作任当称自亲"
    "今现总均只便则请问答笑哭看听想觉叫喊"
)


@dataclass
class Lexicon:
    """Curated names that join extraction: confirmed people, organisations, places, and rejects."""

    people: set[str] = field(default_factory=set)
    organizations: dict[str, str] = field(default_factory=dict)  # name → kind
    places: dict[str, str] = field(default_factory=dict)  # name → kind
    rejected: set[str] = field(default_factory=set)  # surface forms curators rejected
