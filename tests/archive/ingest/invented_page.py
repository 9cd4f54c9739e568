"""An invented page for the page-cleaning tests: its headline, dateline and three story lines (an
invented community, 青松社区, in an invented town, 清河)."""

HEAD = ["青松社区的志愿者们守护小区的第十四天", "2022-04-09 10:20 来源：清河日报"]
STORY = [
    "三月初，青松社区的志愿者们开始在小区门口轮流值守，每天登记进出车辆，风雨无阻。",
    "社区书记说，这两周里志愿者们一共送出了三百多份生活物资，没有一个人叫苦。",
    "截至4月8日，社区已完成第12轮核酸检测，累计检测2.3万人次。",
]
