"""Organisation words: the suffixes that make a unit's name and its kind, and bare words that name no body.

General facts of PRC administrative, Party and civic structure, never names from particular articles.
"""

from __future__ import annotations

# Organisation suffixes → kind. Checked longest first.
# the State Council's ministries, named whole (部 alone opens too many phrases, 部分, 部署, to be a suffix)
MINISTRIES = frozenset(
    "外交部 国防部 教育部 科技部 科学技术部 工业和信息化部 工信部 公安部 民政部 司法部 财政部 人社部 "
    "人力资源和社会保障部 自然资源部 生态环境部 住房和城乡建设部 住建部 交通运输部 水利部 农业农村部 商务部 "
    "文化和旅游部 文旅部 退役军人事务部 应急管理部".split()
)
# The local governments' bureaus whose names join two fields with 和 (某县文化和旅游局): one name,
# never cut at the conjunction (a ministry's counterpart at each level, as MINISTRIES are at the top)
BUREAUS_WITH_AND = tuple(
    f"{fields}{level}"
    for fields in (
        "人力资源和社会保障",
        "住房和城乡建设",
        "自然资源和规划",
        "文化和旅游",
        "文化广电和旅游",
        "工业和信息化",
        "发展和改革",
        "城市管理和综合执法",
        "科学技术和工业信息化",
        "农业和农村",
    )
    for level in ("局", "委员会", "委", "厅")
)
# A party committee's general office, named relatively as the committee is (县委办, 市委办).
COMMITTEE_OFFICES = ("市委办", "县委办", "区委办", "州委办", "旗委办")

# A firm's legal forms, longest first, and with the words of a group (集团, 控股) a firm's words
FIRM_FORMS = ("股份有限公司", "有限责任公司", "有限公司", "分公司", "公司")
FIRM_WORDS = (*FIRM_FORMS, "集团", "控股")

ORG_SUFFIXES: dict[str, str] = {
    # party
    "临时党支部": "party",
    "临时联合党支部": "party",  # a branch several units form together (某村临时联合党支部)
    "联合党支部": "party",
    "临时党小组": "party",
    "党小组": "party",  # the smallest unit of a branch (某小区党小组, 某楼栋临时党小组)
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
    "统一战线工作部": "party",  # 统战部 written in full (中共某县委统一战线工作部)
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
    "共青团": "other",  # the Communist Youth League named bare beside 妇联, 总工会
    "妇联": "other",
    "总工会": "other",
    "工会": "other",
    "妇委会": "other",  # a unit's women's committee (某局妇委会)
    "理事会": "other",  # a compound's or a village's council (某小区理事会)
    "红十字会": "other",
    "红十字会总会": "other",  # the national society's head office (中国红十字会总会)
    "关工委": "other",
    # mass organisations by their standard short names, like 妇联 (老年协会 → 老协)
    "老协": "other",
    "老体协": "other",  # 老年人体育协会
    "宗亲会": "other",  # a clan association (某氏宗亲会), abroad or at home
    "残联": "other",
    "侨联": "other",
    "文联": "other",
    "科协": "other",
    "贸促会": "government",  # the council for the promotion of international trade (市贸促会)
    "工商联": "other",
    "义工联": "other",  # a county's or city's volunteers' federation (某县义工联), by its short name
    "律协": "other",  # a city's lawyers' association (市律协), by its standard short name
    "侨办": "government",  # a province's or city's overseas Chinese affairs office (某省侨办)
    "公会": "other",  # an association of natives or a trade abroad (某国某县公会)
    "互助团": "volunteer",  # a mutual-aid group (某某青年爱心互助团)
    "侨青联": "other",  # a city's young overseas Chinese federation (某市侨青联)
    "青委会": "other",  # a federation's youth committee (某区侨联青委会, 工商联青委会)
    # the Party's and the League's central bodies, by the names the stories give them
    "党中央": "party",
    "国务院": "government",  # the State Council, named bare beside 党中央
    "供销总社": "government",  # the national supply and marketing cooperative (全国供销总社)
    "团中央": "other",
    "支部": "party",  # a branch of a party: 民建锦江支部, 村支部
    "总支": "party",  # a general branch: 民进某某总支 (a democratic party's, under its city committee)
    "支社": "party",  # a democratic party's branch (九三学社某某支社)
    # a democratic party's committee at a level: 民盟某某市委会, 致公党某某省委会
    "省委会": "party",
    "市委会": "party",
    "县委会": "party",
    "区委会": "party",
    "新联会": "other",  # 新的社会阶层人士联合会, by its standard short name like 侨联
    "知联会": "other",  # 党外知识分子联谊会, by its standard short name like 新联会
    "联谊会": "other",
    "工委": "party",
    "政法委": "party",
    # a government's commissions by their standard short names in 委, like 卫健委 (…委员会 → …委)
    "卫生健康委": "government",
    "国资委": "government",
    "市场监管委": "government",
    "住建委": "government",
    "城管委": "government",
    "教委": "government",
    "经信委": "government",
    "农业农村委": "government",
    "民宗委": "government",
    "卫计委": "government",  # 卫生和计划生育委员会 (2013–2018), by its standard short name
    "编办": "government",
    # offices of a committee by their standard short names in 办, like 编办 (文明委办公室 → 文明办)
    "文明办": "government",
    "综治办": "government",
    "改革办": "government",  # a committee's office for reform (省改革办, 区委改革办)
    "深改办": "government",
    "政研室": "party",  # a committee's policy research office (省委政研室)
    "防控办": "government",
    "扶贫办": "government",
    "振兴办": "government",  # the rural revitalisation office (某乡振兴办, 乡村振兴办), as 扶贫办 before it
    "信访办": "government",
    "网信办": "government",
    "爱卫办": "government",
    "创城办": "government",
    "卫健办": "government",  # a township's health office (某镇卫健办)
    "驻村办": "government",  # the office for cadres stationed in villages (某市驻村办, 市派驻村办)
    "党政办": "government",
    **dict.fromkeys(COMMITTEE_OFFICES, "party"),
    "应急办": "government",
    "人大常委会": "government",
    "人大": "government",  # 县人大: the people's congress by its short name (人大代表 is a title)
    # government
    "人民政府": "government",
    "政府": "government",
    "办事处": "government",
    "街办": "government",  # a street office by its short form (某某街办 for 某某街道办事处)
    "管委会": "government",
    "委员会": "government",
    "领导小组": "government",
    "指挥部": "government",
    "专班": "government",  # a task force (某街道331专班, 疫情防控工作专班)
    "工作组": "government",  # 某村疫情防控工作组
    "服务站": "government",  # 某镇退役军人服务站
    "服务所": "government",  # 就业服务所, 法律服务所: a service office (某镇法律服务所)
    "保护站": "government",  # a nature reserve's station
    "局": "government",
    "总署": "government",  # a general administration of the State Council (海关总署)
    # the joint prevention and control mechanism a government sets up (国务院联防联控机制): a body that issues
    # notices; bare or after words of the work only (疫情联防联控机制) it stays a kind (see is_generic)
    "联防联控机制": "government",
    "联防联控工作机制": "government",
    **dict.fromkeys(MINISTRIES, "government"),
    **dict.fromkeys(BUREAUS_WITH_AND, "government"),
    "厅": "government",
    "法院": "government",
    "中院": "government",
    "法庭": "government",  # a court's local tribunal (某法院某某法庭, 某某人民法庭)
    # religious bodies, which donate and keep their sites closed in the genre: temples and mosques, the
    # Islamic association by its standard short name (某市伊协, as 侨联)
    "清真寺": "other",
    "禅寺": "other",
    "城隍庙": "other",
    "伊协": "other",
    # Taiwan's local bodies: a township's or district's office, its council, its farmers' association
    "公所": "government",
    "代表会": "government",
    "农会": "other",
    "分院": "other",  # a hospital's, a court's or an academy's branch: 某某口腔医院某某分院
    "检察院": "government",
    "派出所": "government",
    "看守所": "government",  # custody and justice: 县看守所, 某某司法所
    "拘留所": "government",
    "戒毒所": "government",
    "司法所": "government",
    "监狱": "government",
    "警务站": "government",  # a police post (某某便民警务站), like 派出所
    "管理所": "government",  # a field office (某某公路管理所), like 管理处
    "管理站": "government",  # 某县公路管理站
    "公安局": "government",
    "总队": "government",  # a city's or province's corps (某市城管执法总队, 某省消防救援总队)
    "支队": "government",
    "大队": "government",
    "中队": "government",
    "执法队": "government",
    "办公室": "government",
    "政治部": "government",
    "检察部": "government",  # a procuratorate's numbered department (某区检察院第一检察部)
    # a development zone's departments, which its management committee names in 部 (某区行政审批部)
    "审批部": "government",
    "发展部": "government",
    "促进部": "government",
    "创新部": "government",
    "环保部": "government",  # a bureau's or a corps' political department (某市公安局政治部)
    "应急管理局": "government",
    "卫健委": "government",
    "发改委": "government",
    "教育局": "government",
    # community
    "居委会": "community",
    "村委会": "community",
    "业委会": "community",
    "居委": "community",  # 某某居委: the residents' committee by its short name
    "村委": "community",  # 某某村委: the village committee by its short name (村委会)
    "村两委": "community",  # 某某村两委: the village's Party branch and committee as one body
    "村支两委": "community",
    "居民委员会": "community",
    "村民委员会": "community",
    "物业公司": "company",
    "物业": "company",
    # medical
    "医院": "medical",
    "卫生院": "medical",
    "附院": "medical",  # 某大一附院: a university's affiliated hospital by its short name
    "卫生服务中心": "medical",
    "养老服务中心": "other",  # care bodies, named from their community as the clinic is (某社区养老服务中心)
    "日间照料中心": "other",
    "卫生服务站": "medical",
    "疾控中心": "medical",
    "疾控": "medical",  # 市疾控, 区疾控: the CDC by its short name
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
    "艺术馆": "other",  # 某市群众艺术馆: a city's public arts centre
    "地质队": "government",
    # the military's local organs, which the genre names beside the Party's and the government's
    "军区": "government",
    "军分区": "government",
    "警备区": "government",
    "人民武装部": "government",
    "人武部": "government",
    "武装部": "government",
    "检查站": "government",  # 某某公安检查站, 某高速检查站
    "边检站": "government",  # a border inspection station (某某边检站), by its short name
    "检查总站": "government",  # 某某出入境边防检查总站: the stations' head office
    "捐赠站": "other",  # 市捐赠站: where a city's donations are received
    "财政所": "government",  # a town's or street's finance office (某街道办事处财政所)
    "市场所": "government",  # 某市场监督管理局某某市场所: the bureau's office in a town
    "社治委": "party",  # 某区委社治委: the Party committee's community-governance commission
    "科委": "government",  # 区科委: the science and technology commission
    "村建站": "government",  # 某乡村建站: a township's village-building office
    "文化站": "government",  # a township's culture station (某镇文化站, 某镇综合文化站)
    "林业站": "government",  # a township's forestry station (某乡林业站)
    "环卫站": "government",  # a township's sanitation station (某镇环卫站), as 林业站
    "环卫所": "government",
    # a county's or township's technical stations for farming and water (某县农机推广站, 某镇农技站)
    "推广站": "government",
    "农技站": "government",
    "农机站": "government",
    "畜牧站": "government",
    "兽医站": "government",
    "植保站": "government",
    "水利站": "government",
    "水管站": "government",
    "排灌站": "government",
    "排灌所": "government",
    "林业局": "government",
    "林场": "government",  # a state forest farm as a body (某某林场), beside its place (farms.py)
    "专卖局": "government",  # 某县烟草专卖局
    "筹备组": "other",  # a committee being set up (某社区居委筹备组)
    "学会": "other",  # a learned society (某学会), as 研究会
    "研习会": "other",  # a students' society (某大学某某文化研习会)
    "救援站": "government",  # 某某消防救援站: a fire brigade's station
    # company
    "股份有限公司": "company",
    "有限责任公司": "company",
    "有限公司": "company",
    "营业部": "company",
    "营业点": "company",  # a courier's or a bank's outlet (某某快递某小区营业点)
    "营业厅": "company",  # a firm's branch office (某某物流某地营业部)
    "车行": "company",  # a taxi or car firm (某某出租机动车车行)
    "总公司": "company",
    "分公司": "company",
    "公司": "company",
    "集团": "company",
    "实业": "company",
    "置业": "company",  # a property developer's trade name (某某置业), like 实业
    "控股": "company",  # a holding company's trade name (某某控股)
    "煤矿": "company",  # a colliery by its name (某某煤矿), and a mining firm (某某矿业)
    "矿业": "company",
    "客运站": "company",  # a coach station (某某汽车客运站)
    "银行": "company",
    "国际机场": "company",  # an airport as the body that runs it (某某国际机场通报…)
    "超市": "company",
    "商城": "company",  # a shopping mall (某某商城, 某某商厦)
    "商厦": "company",
    "酒店": "company",
    # school
    "大学": "school",
    "学院": "school",
    "师大": "school",  # a normal university by its short name (某某师大, for 某某师范大学)
    "中学": "school",
    "小学": "school",
    "幼儿园": "school",
    "学校": "school",
    "驾校": "school",  # a driving school (某某驾校)
    "技校": "school",
    "卫校": "school",  # a health school (卫生学校)
    "职校": "school",
    "党校": "school",
    "高中": "school",
    "初中": "school",
    # arts bodies: 某某画院, 某某芭蕾舞团, 某某艺术团
    "画院": "other",
    "书画院": "other",
    "艺术团": "other",
    "歌舞团": "other",
    "舞团": "other",
    "剧团": "other",
    "乐团": "other",
    "建校": "school",
    # media
    "日报": "media",
    "日报社": "media",
    "晚报": "media",
    "电视台": "media",
    "广播电视总台": "media",  # the national broadcaster (中央广播电视总台, 中央广电总台)
    "广电总台": "media",
    "广播电台": "media",
    "融媒体中心": "media",
    "报社": "media",
    "新闻网": "media",
    # volunteer
    "志愿服务队": "volunteer",
    "志愿者服务队": "volunteer",
    "志愿队": "volunteer",
    "志工团": "volunteer",  # 志工, the volunteer of Taiwan and South-East Asia (某某志工团, 某某志工队)
    "志工队": "volunteer",
    "志愿者协会": "volunteer",
    "志愿者联合会": "volunteer",
    "志愿服务站": "volunteer",
    "志愿站": "volunteer",  # 某市学雷锋志愿站
    "文明实践站": "volunteer",  # 新时代文明实践中心/所/站, the nationwide volunteer network
    "文明实践所": "volunteer",
    "青年突击队": "volunteer",
    # other bodies typical of the genre
    "工作队": "other",
    "扶贫工作队": "other",  # a unit's team sent to a village against poverty (某县纪委扶贫工作队)
    "突击队": "other",
    "医疗队": "medical",  # a medical team sent somewhere (某省支援某市医疗队)
    "服务队": "volunteer",
    "服务团": "volunteer",  # 某某志愿服务团, 某某应急服务团: a team by its larger name
    "分队": "volunteer",  # a team's detachment (某某服务分队, 某某支援一分队)
    "督查队": "volunteer",
    "先锋队": "other",
    "小分队": "other",
    "巡逻队": "volunteer",
    "巡护队": "volunteer",
    "宣传队": "volunteer",  # 某乡流动党员宣传队: teams named by what they do, led by their place
    "代购队": "volunteer",
    "防控小组": "other",  # 某村疫情防控小组
    "救援队": "volunteer",  # civil rescue teams (某某蓝天救援队) disinfecting and delivering
    "联防队": "volunteer",
    "协会": "other",
    "商会": "other",
    "侨商总会": "other",  # overseas Chinese bodies, which donate in the genre (某市侨商总会, 某某同乡会)
    "联合总会": "other",
    "同乡会": "other",
    "同乡总会": "other",  # 某国某省同乡总会: a home-town association abroad and its federation
    "校友会": "other",
    "服务总队": "volunteer",  # 某市义工服务总队
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
    "社工站": "other",  # a township's or street's social work station (某街道社工站)
    "互助会": "other",  # a mutual-aid association (某某公益互助会)
    "服务社": "other",  # 社工服务社, 社会工作服务社: the agencies that run social work in communities
    "联合社": "company",
    "供销社": "company",  # the supply and marketing co-operatives (某县供销社, 某区供销联社)
    "供销联社": "company",
    "信用社": "company",
    "事务所": "company",  # 某某律师事务所, 会计师事务所: a firm of a profession
    "分所": "company",  # a firm's office in another city, named by its brand and the city (某某广州分所)
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
    # shops and lodgings of the genre (quarantine hotels, a noodle shop feeding the volunteers)
    "宾馆": "company",
    "旅馆": "company",
    "招待所": "company",
    "民宿": "company",  # a guesthouse (某某民宿), like 宾馆
    "面馆": "company",
    "饭馆": "company",
    "书店": "company",
    "商店": "company",
    "商行": "company",
    "加油站": "company",
    "项目部": "company",  # a builder's site office (某某项目部)
    "供电所": "company",
    # the railway's sections, each a unit of a bureau (某某工务段, 某某供电段, 某某客运段)
    "工务段": "company",
    "电务段": "company",
    "车务段": "company",
    "机务段": "company",
    "供电段": "company",
    "车辆段": "company",
    "客运段": "company",
    # factories by what they make (某某制衣厂): a bare 厂 ends too many words (出厂, 厂区) to be a suffix
    **dict.fromkeys(
        "制衣厂 服装厂 食品厂 加工厂 纺织厂 机械厂 水泥厂 制药厂 化工厂 印刷厂 造纸厂 家具厂 电器厂 "
        "塑料厂 玩具厂 鞋厂 砖厂 酒厂 面粉厂 饲料厂 包装厂 五金厂 电子厂 织布厂 制鞋厂".split(),
        "company",
    ),
    "管理处": "government",
    "促进会": "other",
    "文学社": "other",  # 某某文学社: a literary society, among the groups that donate and volunteer
    "诗社": "other",
    "书社": "other",  # a village's reading society (某村农家书社)
    "专家组": "other",  # 某卫健委高级别专家组: a named panel (a bare or descriptive one is a kind)
    "研究会": "other",
}
ORG_SUFFIXES_BY_LENGTH = tuple(sorted(ORG_SUFFIXES, key=len, reverse=True))
# Bodies that places are named for (某林场社区, 某煤矿路, 清真寺街): before a unit or a street word, a place
PLACES_ARE_NAMED_FOR = ("林场", "煤矿", "清真寺", "禅寺", "城隍庙", "师大")  # (师大新村)

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
    "活动中心",  # a hall of a kind (文化活动中心, 老年活动中心), none named
    "文化活动中心",
    "老年活动中心",
    "党群活动中心",
    "群众活动中心",
    "政府",
    "办公室",
    "指挥部",
    "工作队",
    "突击队",
    "医疗队",
    "方舱医院",  # (the kind: 在方舱医院当志愿者; 某某方舱医院 is one)
    "服务队",
    "服务分队",
    "居委会",
    "村委会",
    "业委会",
    "居委",
    "专家组",
    "物业",
    "物业公司",
    "大队",
    "支队",
    "总队",
    "志愿服务队",
    "临时党支部",
    "党小组",
    "临时党小组",
    "街办",
    "警务站",
    "管理所",
    "管理站",
    "志愿站",
    "置业",
    "控股",
    "林场",
    "林业站",
    "林业局",
    "学会",
    "筹备组",
    "煤矿",
    "矿业",
    "客运站",
    "汽车客运站",
    "领导小组",
    "委员会",
    "实业",
    "大学",
    "中学",
    "小学",
    "协会",
    "商协会",  # chambers and trade associations together (某工商联所属商协会): kinds, none named
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
    "人民政协",  # the institution in general (人民政协网), no body
    "高中",
    "初中",
    # schools of all levels (各中小学校, 全市大中小学校): a kind, no school named
    "中小学校",
    "大中小学校",
    "中小学",
    "大中小学",
    "总支",
    "支社",
    # the Party and the government as a pair (把党和政府的关怀送到家中): no particular body
    "党和政府",
    # the centre of a town, a place and no body (位于市中心的小区), like 中心城区
    "市中心",
    "城市中心",
    "县城中心",
    "城区中心",
    "城中心",
    "镇中心",
}

# The eight democratic parties by the names the press uses for them (民进临川总支, 展现民进的担当): a
# national body named without a suffix. Their committees and branches are found by suffix (民盟某某市委).
DEMOCRATIC_PARTIES = ("民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟")

# 构建联防联控|格局, 有序|排队: a word of the language that a body's one-character word (局, 厅, 队) closes
WORDS_ON_A_SUFFIX = frozenset(
    "格局 布局 大局 结局 出局 全局 开局 时局 变局 骗局 僵局 饭局 棋局 残局 终局 定局".split()
    + "餐厅 客厅 大厅 展厅 舞厅 门厅 前厅".split()
    + "排队 站队 插队 列队 归队 入队 结队 整队 成队".split()  # “一米距离”依次|排队: a verb, no team
    + "部分 充分 十分 万分 划分 区分 过分 评分 积分".split()  # 部分|院领导: the word, then 院 (no 分院)
)
