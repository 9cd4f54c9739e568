"""Word lists for extraction: the structures Chinese community-response reporting is written in.

These are general facts of the language and of PRC administrative and Party structure (surnames,
titles, unit suffixes), never names taken from particular articles. Curated names from the admin
reach extraction through `Lexicon`, not through this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

# The ~300 commonest single-character surnames plus compound ones.
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
    "戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮"
    "柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古"
    "吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫"
    "寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻"
    "位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦"
    "戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但"
    "尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    "洪傅萧赖阎贝钮荀郦竺桓"
)
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
    "第一书记 党委书记 党总支书记 党支部书记 支部书记 副书记 书记 常务副主任 副主任 主任 总队长 副队长 队长 "
    "副科长 科长 副部长 部长 副局长 局长 副处长 处长 副院长 院长 副所长 所长 副站长 站长 副校长 校长 "
    "馆长 副厂长 厂长 副镇长 镇长 乡长 村长 副区长 区长 副市长 市长 省长 县长 副县长 主席 副主席 "
    "委员 常委 组长 副组长 片长 楼组长 楼长 网格员 网格长 总护士长 护士长 护士 医生 医师 主治医师 "
    "主任医师 院士 教授 干事 干部 干警 民警 警官 辅警 所长 教导员 指导员 教师 老师 班主任 辅导员 "
    "志愿者 老党员 党员 预备党员 社工 社区工作者 居民 村民 市民 男孩 女孩 小伙 姑娘 老人 大爷 大妈 阿姨 "
    "学生 大学生 经理 总经理 副总经理 董事长 负责人 专家 劳模 全国劳模 队员 成员 代表 主管 会长 "
    "理事长 秘书长 工作人员 业主 店主 老板 快递员 外卖员 司机 保安 物业经理 楼组长 单元长 "
    "法官 检察官 警长 所长 乡镇长 局长 厅长 副厅长 专员 主任科员 科员 职工 员工 驻村队员 "
    "楼栋长 栋长 块长 团长 信息员 联络员 宣传员 监督员 调解员 巡逻员 安全员 骨干 医护人员 "
    "支书 村支书 副支书 带头人 领头人 交通员 调度员 管理员 网格管理员 采样员 消杀员 配送员"
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

# What follows a surname character when it is no given name: kinship terms and honorifics
# (马先生, 卢老, 岳父母, 汪老板) — the person is real but unnamed, so no record is made.
HONORIFIC_TAILS = (
    "先生 女士 小姐 老板 老板娘 老师 师傅 阿姨 大爷 大妈 大娘 大姐 大哥 大叔 奶奶 爷爷 婆婆 姥姥 "
    "父母 父亲 母亲 妻子 丈夫 爱人 儿子 女儿 孙子 孙女 老 总 姐 哥 叔 婶 伯 嫂 姨 家 氏 某 某某 "
    "老汉 老太 同学 医生 护士 警官 书记 主任 经理 局长 队长 所长 科长 部长 站长 院长 校长 村长 "
    "镇长 组长 楼长 班长 老弟 小妹"
).split()
# Characters that are surnames but, before a dictionary word, are a conjunction or preposition
# (和妻子, 与居民, 同事们) or a measure word after a number or pointer (一段时间, 这阵子).
CONJUNCTION_SURNAMES = set("和与同跟向于从及")
MEASURE_SURNAMES = set("段阵番次回份项届批点")
NUMERALS_AND_POINTERS = set("一二三四五六七八九十两几这那每有某上下整半多")

# A character right after a two-character name that ends the name instead of extending it.
NAME_STOP_CHARS = set(
    "的了和与及或在是说对向为把被从让给将就也都还又再才却但而且等跟同并即已曾正仍每要会能可去来到上下"
    "里中内外前后时年月日个位名人们这那其该此各全本一二三四五六七八九十百千万两几多带领率作任当称自亲"
    "今现总均只便则请问答笑哭看听想觉叫喊"
)

# Organisation suffixes → kind. Checked longest first.
ORG_SUFFIXES: dict[str, str] = {
    # party
    "临时党支部": "party",
    "党总支部": "party",
    "党总支": "party",
    "党支部": "party",
    "党工委": "party",
    "党委": "party",
    "党组织": "party",
    "党组": "party",
    "组织部": "party",
    "宣传部": "party",
    "统战部": "party",
    "纪委": "party",
    "监委": "government",
    "纪委监委": "party",
    "区委": "party",
    "市委": "party",
    "县委": "party",
    "省委": "party",
    "州委": "party",
    "团市委": "other",
    "团区委": "other",
    "团县委": "other",
    "团委": "other",
    "妇联": "other",
    "总工会": "other",
    "工会": "other",
    "红十字会": "other",
    "关工委": "other",
    # mass organisations by their standard short names, like 妇联 (老年协会 → 老协)
    "老协": "other",
    "残联": "other",
    "侨联": "other",
    "文联": "other",
    "科协": "other",
    "工商联": "other",
    "支部": "party",  # a branch of a party: 民建锦江支部, 村支部
    "工委": "party",
    "政法委": "party",
    "编办": "government",
    # offices of a committee by their standard short names in 办, like 编办 (文明委办公室 → 文明办)
    "文明办": "government",
    "综治办": "government",
    "防控办": "government",
    "扶贫办": "government",
    "信访办": "government",
    "网信办": "government",
    "爱卫办": "government",
    "创城办": "government",
    "人大常委会": "government",
    # government
    "人民政府": "government",
    "政府": "government",
    "办事处": "government",
    "管委会": "government",
    "委员会": "government",
    "领导小组": "government",
    "指挥部": "government",
    "局": "government",
    "厅": "government",
    "法院": "government",
    "中院": "government",
    "检察院": "government",
    "派出所": "government",
    "公安局": "government",
    "支队": "government",
    "大队": "government",
    "中队": "government",
    "执法队": "government",
    "办公室": "government",
    "应急管理局": "government",
    "卫健委": "government",
    "发改委": "government",
    "教育局": "government",
    # community
    "居委会": "community",
    "村委会": "community",
    "业委会": "community",
    "居民委员会": "community",
    "村民委员会": "community",
    "物业公司": "company",
    "物业": "company",
    # medical
    "医院": "medical",
    "卫生院": "medical",
    "卫生服务中心": "medical",
    "卫生服务站": "medical",
    "疾控中心": "medical",
    "疾病预防控制中心": "medical",
    "中医院": "medical",
    "妇幼保健院": "medical",
    "急救中心": "medical",
    "血站": "medical",
    "诊所": "medical",
    "卫生室": "medical",
    "门诊部": "medical",
    "大药房": "company",
    "药房": "company",
    "药店": "company",
    "博物馆": "other",
    "图书馆": "other",
    "纪念馆": "other",
    "文化馆": "other",
    "科技馆": "other",
    "美术馆": "other",
    "地质队": "government",
    # company
    "股份有限公司": "company",
    "有限责任公司": "company",
    "有限公司": "company",
    "总公司": "company",
    "分公司": "company",
    "公司": "company",
    "集团": "company",
    "实业": "company",
    "银行": "company",
    "超市": "company",
    "酒店": "company",
    # school
    "大学": "school",
    "学院": "school",
    "中学": "school",
    "小学": "school",
    "幼儿园": "school",
    "学校": "school",
    "技校": "school",
    "职校": "school",
    "党校": "school",
    "建校": "school",
    # media
    "日报": "media",
    "晚报": "media",
    "电视台": "media",
    "广播电台": "media",
    "融媒体中心": "media",
    "报社": "media",
    "新闻网": "media",
    # volunteer
    "志愿服务队": "volunteer",
    "志愿者服务队": "volunteer",
    "志愿队": "volunteer",
    "志愿者协会": "volunteer",
    "志愿者联合会": "volunteer",
    "志愿服务站": "volunteer",
    "文明实践站": "volunteer",  # 新时代文明实践中心/所/站, the nationwide volunteer network
    "文明实践所": "volunteer",
    "青年突击队": "volunteer",
    # other bodies typical of the genre
    "工作队": "other",
    "突击队": "other",
    "服务队": "volunteer",
    "先锋队": "other",
    "小分队": "other",
    "巡逻队": "volunteer",
    "救援队": "volunteer",  # civil rescue teams (某某蓝天救援队) disinfecting and delivering
    "联防队": "volunteer",
    "协会": "other",
    "商会": "other",
    "基金会": "other",
    "联合会": "other",
    "研究院": "school",
    "研究所": "school",
    "中心": "other",
    # generic endings of Chinese organisation names the genre names often: a bank's branches, a
    # charity federation, co-operatives, care homes, customs, the CPPCC, eateries
    "支行": "company",
    "分行": "company",
    "慈善总会": "other",
    "慈善会": "other",
    "合作社": "company",
    "联合社": "company",
    "养老院": "other",
    "敬老院": "other",
    "福利院": "other",
    "光荣院": "other",
    "海关": "government",
    "政协": "government",
    "菜馆": "company",
    "饭店": "company",
    "餐厅": "company",
    "酒家": "company",
    "餐馆": "company",
    "便利店": "company",
    "供电所": "company",
    "管理处": "government",
    "促进会": "other",
    "研究会": "other",
}
ORG_SUFFIXES_BY_LENGTH = tuple(sorted(ORG_SUFFIXES, key=len, reverse=True))

# Bare org words that name no particular body without a qualifier before them.
ORG_GENERIC = {
    "党支部",
    "党委",
    "党总支",
    "党组织",
    "支部",
    "公司",
    "集团",
    "医院",
    "学校",
    "中心",
    "政府",
    "办公室",
    "指挥部",
    "工作队",
    "突击队",
    "服务队",
    "居委会",
    "村委会",
    "业委会",
    "物业",
    "物业公司",
    "大队",
    "支队",
    "志愿服务队",
    "临时党支部",
    "领导小组",
    "委员会",
    "实业",
    "大学",
    "中学",
    "小学",
    "协会",
    "银行",
    "超市",
    "酒店",
    "局",
    "厅",
    "基层党组织",
    "机关党组织",
    "上级党组织",
    "公司党委",
    "燃气公司",
    "各级党组织",
    "大党委",
}

# Place suffixes → kind (PRC administrative levels and residential units).
PLACE_SUFFIXES: dict[str, str] = {
    "特别行政区": "province",
    "自治区": "province",
    "省": "province",
    "自治州": "city",
    "地区": "city",
    "盟": "city",
    "市": "city",
    "新区": "district",
    "经济技术开发区": "district",
    "经开区": "district",  # the standard short form of 经济技术开发区 (武汉经开区)
    "开发区": "district",
    "高新区": "district",
    "工业园区": "district",
    "管理区": "district",
    "区": "district",
    "自治县": "district",
    "县": "district",
    "旗": "district",
    "街道": "subdistrict",
    "镇": "subdistrict",
    "乡": "subdistrict",
    "苏木": "subdistrict",
    "居民区": "community",
    "社区": "community",
    "村": "community",
    "嘎查": "community",
    "小区": "compound",
    "新村": "compound",
    "花园": "compound",
    "家园": "compound",
    "公寓": "compound",
    "苑": "compound",
    "里弄": "compound",
}
PLACE_SUFFIXES_BY_LENGTH = tuple(sorted(PLACE_SUFFIXES, key=len, reverse=True))

# Prefixes that make "X社区/X小区/X区" a common noun, not a place name.
PLACE_GENERIC_PREFIX = {
    "大",
    "小",
    "老",
    "新",
    "各",
    "该",
    "本",
    "全",
    "这",
    "那",
    "每",
    "其",
    "此",
    "所在",
    "整个",
    "周边",
    "附近",
    "辖区",
    "基层",
    "城乡",
    "农村",
    "城市",
    "行政",
    "商品房",
    "居民",
    "老旧",
    "封控",
    "管控",
    "防范",
    "高风险",
    "中风险",
    "低风险",
    "无疫",
    "示范",
    "文明",
    "和谐",
    "美丽",
    "重点",
    "涉疫",
    "疫情",
    "无疫情",
    "隔离",
    "风险",
    "疫",
    "市",
    "城",
    "郊",
    "景",
    "园",
    "片",
    "街",
    "营",
    "军",
    "校",
    "厂",
    "矿",
    "林",
    "牧",
    "渔",
    "开发",
    "经开",
    "高新",
    "保税",
    "工业",
    "产业",
    "试验",
    "中心",
    "核心",
    "老城",
    "主城",
    "城中",
    "静默",
    "闭环",
    "集中",
    "安置",
    "拆迁",
    "保障",
    "廉租",
    "公租",
    "大型",
    "小型",
    "典型",
    "多个",
    "一个",
    "两个",
    "个",
    "的",
    "社",
    "楼",
    "村",
    "镇",
    "乡",
    "县",
    "区",
    "省",
    "我",
    "你",
    "他",
    "她",
    "同",
    "邻近",
    "周围",
    "小封控",
    "疫点",
    "住宅",
    "居住",
    "失管",
    "无物业",
    "封闭式",
    "开放式",
    "经济",
    "经济技术",
    "国家级",
    "省级",
    "市级",
    "县级",
    "综合",
    "物流",
    "农业",
    "科技",
    "自然",
    "普通",
    "一般",
    "贫困",
    "空心",
    "帮扶",
    "结对",
    "边境",
    "先进",
    "试点",
    "移民",
    "搬迁",
    "旅游",
    "民族",
    "薄弱",
    "后进",
    "特色",
    "传统",
    "偏远",
    "山区",
}

# Directional or generic words jieba tags as place names.
PLACE_STOP = {
    "东",
    "南",
    "西",
    "北",
    "中",
    "内",
    "外",
    "全国",
    "中国",
    "国内",
    "国外",
    "海外",
    "各地",
    "当地",
    "本地",
    "外地",
    "异地",
    "两地",
    "城区",
    "市区",
    "郊区",
    "辖区",
    "社区",
    "小区",
    "街道",
    "乡镇",
    "城乡",
    "农村",
    "基层",
    "一线",
    "前线",
    "村居",
    "村组",
    "街镇",
    "省市",
    "市直",
    "区直",
    "县直",
    "全省",
    "全市",
    "全区",
    "全县",
    "全镇",
    "全村",
}


# Division suffixes, longest first: what is left before one is the short form (静安区 → 静安).
DIVISION_SUFFIXES = (
    "特别行政区",
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "自治州",
    "自治县",
    "新区",
    "地区",
    "省",
    "市",
    "区",
    "县",
    "盟",
    "旗",
)


# The peoples named in autonomous divisions' names (石柱土家族自治县, 恩施土家族苗族自治州).
ETHNIC_GROUPS = tuple(
    sorted(
        "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 "
        "水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 "
        "乌孜别克 俄罗斯 "
        "鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺".split(),
        key=len,
        reverse=True,
    )
)


def without_peoples(rest: str) -> str:
    """石柱土家族 → 石柱, 鄂伦春自治 → 鄂伦春: an autonomous division is called by its place name."""
    rest = rest.removesuffix("自治")
    while True:
        people = next((p for p in ETHNIC_GROUPS if rest.endswith((p + "族", p))), "")
        cut = len(people) + 1 if rest.endswith(people + "族") else len(people)
        if not people or len(rest) - cut < 2:
            return rest
        rest = rest[:-cut]


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    level: str  # province | city | district

    @property
    def short(self) -> str:
        """静安区 → 静安, 湖北省 → 湖北, 浦东新区 → 浦东, 石柱土家族自治县 → 石柱; names of two
        characters stay whole."""
        for suffix in DIVISION_SUFFIXES:
            if self.name.endswith(suffix) and len(self.name) - len(suffix) >= 2:
                rest = self.name[: -len(suffix)]
                return without_peoples(rest) if "自治" in self.name else rest
        return self.name

    @property
    def written_with_level(self) -> str:
        """石柱县, 恩施州, 鄂伦春旗: an autonomous division by its place name and its level."""
        for level in ("县", "州", "旗"):
            if self.name.endswith("自治" + level) and self.short != self.name:
                return self.short + level
        return ""


@lru_cache(maxsize=1)
def divisions() -> dict[str, Division]:
    """Every division by full and short name (full names win over short ones)."""
    path = Path(__file__).with_name("data") / "divisions.tsv"
    by_name: dict[str, Division] = {}
    shorts: dict[str, Division] = {}
    rank = {"province": 0, "city": 1, "district": 2}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        code, name, level = line.split("\t")
        div = Division(code, name, level)
        if name not in by_name or rank[level] < rank[by_name[name].level]:
            by_name[name] = div
        short = div.short
        if short != name and (short not in shorts or rank[level] < rank[shorts[short].level]):
            shorts[short] = div
    # Divisions renamed or created since (广德县 → 广德市, 吴江市 → 吴江区), from the 2023 gazetteer:
    # counties, districts and cities only (the zones' long names are found as units by their suffix).
    levels = {2: "province", 4: "city", 6: "district"}
    for line in (Path(__file__).with_name("data") / "gazetteer.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        code, name = line.split("\t")[:2]
        if len(code) not in levels or name in by_name or _ZONE_WORDS.search(name) or len(name) > 6:
            continue
        div = by_name[name] = Division(code.ljust(6, "0"), name, levels[len(code)])
        short = div.short
        if short != name and short not in shorts:
            shorts[short] = div
    for short, div in shorts.items():
        by_name.setdefault(short, div)
    for div in list(by_name.values()):
        if div.written_with_level:
            by_name.setdefault(div.written_with_level, div)
    return by_name


_ZONE_WORDS = re.compile(
    "开发区|园区|示范区|管理区|新区|实验区|聚集区|新城|管委会|食品区|风景名胜区|[^市区县旗]$"
)


def province_of(div: Division) -> Division | None:
    return divisions_by_code().get(div.code[:2] + "0000")


def city_of(div: Division) -> Division | None:
    return divisions_by_code().get(div.code[:4] + "00")


@lru_cache(maxsize=1)
def division_codes() -> dict[str, frozenset[str]]:
    """Every code a full or short name may denote (朝阳 is a city in Liaoning and a district of
    Beijing and of Changchun), down to county level, from both division lists."""
    codes: dict[str, set[str]] = {}
    data = Path(__file__).with_name("data")
    for line in (data / "divisions.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, name, level = line.split("\t")
            div = Division(code, name, level)
            for form in {name, div.short}:
                codes.setdefault(form, set()).add(code)
    for line in (data / "gazetteer.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, name = line.split("\t")[:2]
            if len(code) in (2, 4, 6):
                div = Division(code.ljust(6, "0"), name, "district")
                for form in {name, div.short}:
                    codes.setdefault(form, set()).add(div.code)
    return {form: frozenset(found) for form, found in codes.items()}


@lru_cache(maxsize=1)
def divisions_by_code() -> dict[str, Division]:
    return {d.code: d for d in divisions().values()}


@dataclass
class Lexicon:
    """Curated names that join extraction: confirmed people, organisations, places, and rejects."""

    people: set[str] = field(default_factory=set)
    organizations: dict[str, str] = field(default_factory=dict)  # name → kind
    places: dict[str, str] = field(default_factory=dict)  # name → kind
    rejected: set[str] = field(default_factory=set)  # surface forms curators rejected
