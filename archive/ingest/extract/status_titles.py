"""Statuses and posts that stand before a name as its title, beyond lexicon.TITLES (role_scope.py
reads them with those)."""

from __future__ import annotations

# Statuses the genre states as roles (大学生邹雨桐, 民兵张三, 是一名退役军人), beyond lexicon.TITLES.
EXTRA_TITLES = (
    "在读大学生 在校大学生 研究生 博士生 硕士生 博士研究生 硕士研究生 本科生 高中生 中学生 "
    "民兵 退役军人 退伍军人 退伍兵 退役兵 军人 老兵 华侨 侨胞 侨眷 归侨 侨商 企业家 "
    "团购团长 门卫 保洁员 护工 村医 乡村医生 社区医生 心理咨询师 律师 教练 厨师 店长 文书 村文书 会计 出纳 "
    # the crews of ships and trains, as on fishing coasts and in transport stories (渔运船长, 列车长)
    "船长 船员 列车长 "
    # the 人员 of a trade (医务人员是…); the 人员 of a category (返乡人员, 外来人员) are no titles
    "医务人员 防疫人员 执法人员 管理人员 技术人员 服务人员 安保人员 保洁人员 值守人员 值班人员 检测人员 "
    "采样人员 执勤人员 巡逻人员 从业人员 物业人员 物业工作人员 医护人员 社区工作人员 "
    # a qualified 领导 is a post (联村领导, 包村领导, 带班领导); bare 领导 and 群众 are as generic as 居民
    "领导 群众 快递小哥 外卖小哥 "
    # trades named by a worker suffix (工/工人/骑手/管家/户/农) that stand before a name as its title
    "环卫工人 环卫工 清洁工 保洁工 农民工 农民 工人 骑手 外卖骑手 快递骑手 管家 物业管家 个体户 菜农 果农 "
    "牧民 渔民 群主 团购群主 摊主 店员 电工 水电工 理发师 药师 工程师 房东 "
    # who founded, gathers or heads an undertaking or a group (活动发起人, 楼栋志愿者召集人, 社区当家人)
    "创始人 联合创始人 创办人 合伙人 主理人 发起人 召集人 联络人 牵头人 当家人 "
    # ranks of the militia and the army, the police by branch, and posts the lists above lack
    "连长 排长 班长 营长 老战士 片警 交警 警察 武警 特警 户长 中心户长 河长 支委 顾问 园长 "
    "义工 乡医 药剂师 摄影师 设计师 会计师 工作者 志愿服务者 保姆 月嫂 商户 大夫 护师 技师 "
    # northern compounds' door and stair heads, stages of joining the Party, a village's 两委 (村两委)
    "楼门长 门长 发展对象 入党积极分子 积极分子 两委 "
    # posts of PRC bodies the lists above lack: a police bureau's or a unit's political commissar, a
    # government's or a body's spokesman, the head of a command post (防控指挥部总指挥)
    "政委 副政委 政治委员 发言人 新闻发言人 总指挥 副总指挥 "
    # writers and artists, who answer the epidemic with their works (知名作家甲创作的…, 书法家乙); a
    # qualified 艺术家 is read as a noun for people (剪纸艺术家甲: person_noun), and stays so
    "作家 诗人 画家 书法家 歌唱家 作曲家 词作家 摄影家 曲艺家 演员 主持人 民间艺人 "
    # a village's worthies living elsewhere who give to it, and its well-to-do (乡贤甲、乙 捐赠…)
    "乡贤 新乡贤 能人 致富能人 "
    # a farm's scale as its grower's standing (种植大户甲)
    "种植大户 养殖大户 种粮大户 种养大户 "
    # a full-time cadre of one task (扶贫专干, 计生专干), and a household's standing on the rolls of poverty
    # relief, written as a person's title (脱贫户甲, 建档立卡贫困户乙)
    "专干 扶贫专干 计生专干 脱贫户 贫困户 建档立卡贫困户 低保户 五保户 搬迁户 困难户"
).split()
