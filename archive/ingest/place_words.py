"""Place words: the suffixes of administrative levels and residential units, and words that only
look like places.

General facts of PRC administrative structure and of the language, never names from particular articles.
"""

from __future__ import annotations

import re

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
    "产业集聚区": "district",  # 某某产业集聚区: an industrial zone run like a district (浙江, 河南)
    "生态区": "district",  # 某某生态区: a zone of a city, named like its districts
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
    "校区": "compound",  # a university's campus (某某大学城校区), where students were locked down
}
PLACE_SUFFIXES_BY_LENGTH = tuple(sorted(PLACE_SUFFIXES, key=len, reverse=True))

# Prefixes that make "X社区/X小区/X区" a common noun, not a place name.
PLACE_GENERIC_PREFIX = {
    # online or paired: 线上社区 (a shopping community), 对应社区, 结对社区 (the one assigned), no name
    "线上",
    "网上",
    "云上",
    "对应",
    "相应",
    "对口",
    "结对",
    "南北",  # 南北校区: both campuses, north and south
    "东西",
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
    "隔壁",  # 隔壁小区, 对面社区: the compound next door
    "对面",
    "邻近",
    "相邻",
    "辖区",
    "基层",
    "城乡",
    "村街",  # 各个村街社区: the villages and streets' communities, all of them
    "十里八",  # 十里八村, 十里八乡: the idiom for all the villages around
    "城镇",  # 在|城镇: towns in general
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
    "明星",  # 明星小区: a model compound
    "智慧",  # 智慧社区(技术): the smart community, a kind of system
    "数字",
    "抵边",  # 抵边村, 沿边村: a village on the border, a kind of village
    "沿边",
    "文明",
    "和谐",
    "美丽",
    "重点",
    "重要",  # 重要小区点位: the important ones, no name
    "主要",
    "涉疫",
    "密接",  # 密接小区: the compounds of close contacts
    "次密接",
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
    "回迁",  # kinds of housing: 回迁房小区, 还建小区 are no names
    "还建",
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
    "周围",
    "小封控",
    "疫点",
    "住宅",
    "居住",
    "失管",
    "无物业",
    "三无",  # 三无小区: no property manager, no owner body, no competent department
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
    "关键",  # 防火关键社区: the communities that matter most for something, a kind
    "同一",  # 在同一小区: the same compound as the one just named
    "弄堂",  # 奔走在弄堂小区之间: the alleys' compounds, a kind
    "挂点",  # 挂点社区, 包保小区: the unit a cadre or a body is assigned to, a kind
    "包保",
    "包联",
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
    "楼盘",
    "湿地",
    "森林",
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
    "网格",  # the grid a community is divided into: below any unit, never its name
    "国道",  # 202国道|某某镇卡口: the grades of numbered roads, never a unit's name
    "省道",
    "县道",
    "社区",
    "小区",
    "街道",
    "乡镇",
    "城乡",
    "农村",
    "村庄",  # 一个小村庄|某某村: the kind of place, then its name
    "村子",
    "山村",
    "村落",
    "小镇",
    "基层",
    "一线",
    "前线",
    "静态",  # 静态管理区: a zone of a lockdown (静态管理), no place's name
    # a verb and adverbs jieba tags a noun, a numeral or a distinction (感觉/n|小区, 下|一步/m|小区,
    # 主动/b|站上|某村)
    "一步",
    "主动",
    "积极",
    "感觉",
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
    # the heading the national list gives a city's districts (11个市辖区), no place
    "市辖区",
    # a kind of estate and the unit word, with the estate's own name lost (某|都/d|花园小区)
    "花园小区",
    "家园小区",
    "公寓小区",
    "新村小区",
}


# Quantities, determiners and adverbs that open a phrase, never a place name (多名社区, 所有社区, 很热心社区).
PHRASE_OPENERS = re.compile(
    r"^(?:[一二两三四五六七八九十百千万几多余\d]*[名个位户家栋处座片批群]|万多名|多名|所有|全部|部分|其他|其它|各个|"
    r"不少|许多|很多|一些|有些|哪些|哪个|不同|很|非常|十分|特别|最|更|都|也|还|又|就|已|正在|一起|一同|一道|共同|一并|"
    r"无数|众多|诸多|若干|双双|纷纷|所辖|下辖|所属|各|"
    r"[做抓管守]好|[做抓]实|[做抓]细)"  # (在做好|社区一线…: a verb of doing well before the unit word
)
# Words of time and of going somewhere that end a unit's name walking back (期间|社区, 位于|某某村).
TIME_WORDS = {"时间", "期间", "时候", "时期", "以来", "之际", "当天", "当日", "今天", "目前", "如今"}
TIME_WORDS |= {"隔天", "隔日", "次日", "翌日", "当晚"}  # 得知|隔天|某某社区: the next day, no name
TIME_WORDS |= {
    p + "时分" for p in ("", "凌晨", "清晨", "傍晚", "黄昏", "午夜", "深夜", "晚饭")
}  # 凌晨时分/nr
LOCATION_VERBS = {"地处", "位于", "来到", "前往", "毗邻", "紧邻", "途经", "地跨", "坐落", "面向"}
LOCATION_VERBS |= {"下辖", "所辖", "管辖"}  # 某镇下辖|某村: the unit above holds it, no part of its name

# Countries abroad as Chinese news names them (a story of donations from 华侨 lists them): never a person,
# though jieba tags some names (阿根廷/nr); they are not in the national divisions.
FOREIGN_COUNTRIES = frozenset(
    "美国 英国 法国 德国 意大利 西班牙 葡萄牙 荷兰 比利时 瑞士 瑞典 挪威 丹麦 芬兰 "
    "奥地利 希腊 波兰 俄罗斯 乌克兰 土耳其 以色列 伊朗 伊拉克 埃及 南非 尼日利亚 "
    "肯尼亚 埃塞俄比亚 加拿大 墨西哥 巴西 阿根廷 智利 秘鲁 哥伦比亚 委内瑞拉 古巴 "
    "日本 韩国 朝鲜 蒙古 越南 老挝 柬埔寨 泰国 缅甸 马来西亚 新加坡 印度尼西亚 印尼 "
    "菲律宾 印度 巴基斯坦 孟加拉 尼泊尔 斯里兰卡 哈萨克斯坦 沙特 阿联酋 澳大利亚 "
    "新西兰 爱尔兰 捷克 匈牙利 罗马尼亚 塞尔维亚 阿尔及利亚 安哥拉 坦桑尼亚 赞比亚 "
    "津巴布韦 阿富汗 文莱 卢旺达 乌干达 喀麦隆 加纳 摩洛哥 突尼斯 苏丹 也门 叙利亚 约旦 黎巴嫩 "
    "卡塔尔 科威特 阿曼 巴林 乌兹别克斯坦 吉尔吉斯斯坦 塔吉克斯坦 土库曼斯坦 阿塞拜疆 格鲁吉亚 "
    "亚美尼亚 白俄罗斯 立陶宛 拉脱维亚 爱沙尼亚 斯洛伐克 斯洛文尼亚 克罗地亚 保加利亚 冰岛 卢森堡 "
    "马耳他 塞浦路斯 厄瓜多尔 玻利维亚 巴拉圭 乌拉圭 牙买加 巴拿马 哥斯达黎加 多米尼加 海地 "
    "马达加斯加 莫桑比克 纳米比亚 博茨瓦纳 塞内加尔 马里 刚果 加蓬 几内亚 利比亚 索马里 吉布提 "
    "东帝汶 马尔代夫 不丹 斐济 巴布亚新几内亚 科特迪瓦 贝宁 多哥 尼日尔 乍得 毛里求斯".split()
)


# Districts named by a common word for a part of a town (洛阳's 老城区, 西安's 新城区): a place only where
# the article names the city above.
TOWN_PARTS = frozenset("老城区 新城区 城区 郊区 城中区 城东区 城西区 城北区 城南区 市中区".split())
