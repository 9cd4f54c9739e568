"""What portals print under a story, by class: each is chrome, and each closes the article.

Pure helpers for chrome.py (these lines are boilerplate wherever they stand) and layout.py (prose after
one of them is another page's teaser or a reader's comment, never the story). The classes are shapes of
Chinese news-site furniture, not one site's strings:

- prompts to read or share on a phone (扫一扫在手机打开当前页, 手机扫码阅读, 微信扫码分享);
- reading and participation counters (本文已被阅读 523 次, 已有0人参与, 浏览次数:358次);
- prompts to fetch the app or follow the account (下载某某新闻APP, 长按识别二维码关注, 扫码关注公众号, a
  code's caption alone: 扫描二维码);
- comment boxes (请文明上网，理性发言, 验证码:, 全部评论, 提交);
- list headers with no link text (热点新闻, 24小时排行, 为您推荐, 编辑推荐, 相关信息, 附件:), a
  channel's entry and back links (进入某某频道…, 返回栏目>>), follow prompts (关注某某网微信);
- topic links (专题: …, 【专题】…, 进入专题>>), tag lines (Tags: …), the site's own links (联系我们);
- rights notices however worded (凡本网注明…, 未经许可不得转载), and a notice's header alone (网站声明);
- platform location lines (发布于:湖南省, IP属地:北京);
- tipping prompts (好文章，需要你的鼓励, 喜欢作者);
- social and app badges (官方微博, APP下载, 回到顶部, 文章纠错, 微信 微博 抖音);
- a forum's furniture (本帖最后由 某某 于 … 编辑, 楼主/沙发/2#, 只看该作者, 回复 举报, 查看: 12|回复: 3); its
  anti-scrape filler (! O6 e# V* w6 K8) is cut from the lines (`strip_jammer`).

A welcome banner naming the site's address (某某网 www.example.com 欢迎您!) is chrome too, but it
opens a page rather than closing a story.
"""

from __future__ import annotations

import re

from .glossed import plain

_SHORT = 40
# A gambling site's words, which hijacked mirrors print as a field's value (来源:某某买球盘口网址app)
GAMBLING = re.compile(r"买球|盘口|博彩|赌场|百家乐|投注|下注|娱乐城|棋牌|赌球|网投")
# A forum post's buttons (Discuz and its kind): 只看该作者, 电梯直达, 回复 举报, 使用道具
_POST_BUTTON = (
    r"(?:只看该作者|只看楼主|倒序浏览|阅读模式|电梯直达|跳转到指定楼层|发新帖|发表回复|回复|引用|举报|使用道具|"
    r"\[?复制链接\]?|返回列表|评分|支持|反对|楼主)"
)

_CLASSES = [
    re.compile(p, re.I)
    for p in (
        # read or share on a phone
        r"^(?:微信|手机)?(?:扫一?扫|扫码|扫描二维码).{0,6}(?:分享|阅读|打开|浏览|看|手机版|当前页)",
        r"^(?:在|用)?手机(?:上|端)?(?:阅读|浏览|观看|看新闻|打开)(?:本文|全文|当前页)?$",
        r"^(?:扫码)?阅读手机版$",
        # a page's label after the site's or channel's name: 某某网福建新闻正文, 某某网移动版,
        # 某某网顶部展示图, 某某网—门户 城事资讯 … 查看内容 (no sentence before it)
        r"^[^，,。！？!?：:“”]{2,40}?(?:正文|移动版|展示图|查看内容|logo|广告位)$",
        # a site's login box: 登录, 注册新账号, 忘记密码?
        r"^(?:忘记密码|找回密码|注册新?(?:账号|用户)|免费注册|立即登录|用户登录|会员登录|登录|注册)\s*[?？]?$|"
        r"^《[^》]{2,12}(?:协议|条款|隐私政策)》$",  # 《某某用户协议》 beside it
        # an ad slot's label: 自动轮播广告(右)横式1栏, 浮动广告
        r"^(?:自[動动])?(?:[輪轮]播|[滾滚][動动]|浮[動动]|通[欄栏]|[橫横]幅)[廣广]告|[廣广]告.{0,8}[橫横直]式.{0,6}[欄栏]$",
        # a switch to another version of the site: 进入移动版，省流量; 电脑版 触屏版
        r"^(?:进入|切换(?:到|至)?|访问)?(?:手机|移动|触屏|电脑|极速|PC|WAP)版(?:[，,、\s][^。]{0,12})?$",
        # counters
        r"^(?:本文|本篇|文章)?(?:已被|已)?(?:阅读|浏览|查看|访问|点击)\s*[:：]?\s*\d[\d,.]*\s*[万wW]?\+?\s*(?:次|人次)?$",
        r"^(?:已有|共有|共)\s*\d+\s*(?:人|位网友)(?:参与|评论|跟帖|阅读|点赞|收藏)",
        r"^(?:阅读量|浏览量|浏览次数|点击数|点击量|阅读数|访问量)\s*[:：]?\s*\d*\s*(?:次|人次)?$",
        # prompts to fetch the app or follow the account
        r"(?:打开|下载|安装)\s*\S{0,8}(?:APP|客户端)|长按(?:识别)?二维码|(?:扫描|识别)二维码.{0,6}关注|扫码下载|"
        r"^(?:扫码|扫一扫)关注|^(?:扫描|识别|扫一扫)?\s*二维码$",
        # comment boxes
        r"文明上网|理性发言|文明发言|理性评论|^(?:验证码|昵称|匿名|用户名)\s*[:：]?$|^(?:全部|查看|最新|热门)评论$|"
        r"^(?:已有|共有)?\s*\d+\s*条(?:评论|留言)|"
        r"^(?:提交|发布|发送)(?:评论)?$|^我来说两句|查看全部评论|^正在加载",
        # list headers alone
        r"^(?:热点新闻|热门新闻|热点资讯|热门资讯|今日头条|头条新闻|热门排行|\d{1,2}小时排行|周排行|月排行|"
        r"为您推荐|为你推荐|推荐|大家都在看|看了又看|相关标签|相关附件|附件|图片新闻|视频新闻|最新动态|"
        r"[\u4e00-\u9fff]{2,4}推荐|推荐(?:内容|阅读|新闻|文章|视频|资讯)|相关(?:信息|内容|文章|报道|阅读)|"
        r"一周热点\S{0,2}|精彩新闻|[^，,。\s]{2,8}\s?频道推荐)\s*[:：>»]*$",
        # a channel's entry link and a back link: 进入图片频道最新图文, 返回栏目>>
        r"^进入\S{1,6}频道|^返回\S{0,6}\s*(?:>>|»)$",
        # follow prompts naming the site's account: 关注某某网微信
        r"^关注[\u4e00-\u9fff]{2,10}(?:网|微信|微博|公众号|客户端)$",
        # a site's notice under its own header: 网站声明, 【免责声明】, 本站声明: (its lines follow)
        r"^[【\[]?\s*(?:网站|本站|本网|版权|免责|法律|特别|郑重)?声明\s*[】\]]?\s*[:：]?$",
        # topic links
        r"^[【\[]\s*专题\s*[】\]]|^专题\s*[:：]|进入专题|^点击进入\S{0,6}专题",
        # tag lines and the site's own links
        r"^tags?\s*[:：]|(?:^|[\s|｜/·])(?:关于我们|联系我们|网站地图|广告服务|设为首页|加入收藏)(?:[\s|｜/·]|$)",
        # rights notices however worded (凡本网注明…, 未经许可不得转载)
        r"^凡本(?:网|站)|未经.{0,6}(?:授权|许可).{0,8}(?:转载|复制|摘编|镜像|转贴|下载|传播)",
        # platform location lines
        r"^(?:发布于|IP属地|ip属地)\s*[:：]?\s*[\u4e00-\u9fff]{2,8}$",
        # tipping prompts
        r"需要你的鼓励|需要您的鼓励|^喜欢作者$|^赞赏(?:作者|支持)?$",
        # social and app badges, back-to-top, error reports
        r"^(?:官方微博|官方微信(?:平台)?|微信平台|官方抖音|微信公众号|APP下载|客户端下载|下载APP|回到顶部|返回顶部|文章纠错|我要纠错|"
        r"我要分享|分享至)$",
        r"^(?:(?:微信|微博|抖音|快手|头条|今日头条|QQ|QQ空间|B站|小红书)[\s\u3000|｜/·]*){2,}$",
        # a forum's furniture: the edit note over a post, floor marks, post buttons, counters, profile stats
        r"^本帖最后由\s*\S{1,20}\s*于\s*\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*编辑$",
        r"^(?:楼主|沙发|板凳|地板|\d{1,4}\s*[#楼])$",
        rf"^{_POST_BUTTON}(?:[\s|｜]+(?:{_POST_BUTTON}|\d+))*$",
        r"^查看\s*[:：]\s*\d+\s*[|｜]\s*回复\s*[:：]\s*\d+$",
        r"^(?:主题|帖子|积分|精华|威望|金钱|贡献|UID|在线时间|注册时间|最后登录)\s*[:：]?\s*\d[\d\-: ]*"
        r"(?:小时)?$",
    )
]
# A host name as a site prints its own address: www.example.com, village.example.cn.
_HOST = re.compile(r"(?<![@\w])(?:[a-z0-9-]+\.)+(?:com|cn|net|org|gov|edu)(?:\.cn)?(?![\w.])", re.I)
_WELCOME = re.compile(r"欢迎(?:您|你|光临|访问|来到)")


# A forum's anti-scrape filler: random pairs of printable characters (# Q3 t& Z* m8), on a line of its own
# or glued to a post's line; at least two of them hold a symbol (never English words: I am a UN officer).
_JAMMER = re.compile(r"(?:^|(?<=\s))(?:[\x21-\x7e]{1,2}[ \t]){3,}[\x21-\x7e]{1,2}(?=\s|$)")


def strip_jammer(line: str) -> str:
    """A line without the anti-scrape filler a forum inserts into posts.

    >>> strip_jammer("# Q3 t& Z* m8 P2"), strip_jammer("大家好。 g5 A' N& r9"), strip_jammer("I am a UN man")
    ('', '大家好。', 'I am a UN man')
    >>> strip_jammer("算式 x = y + 1 成立")
    '算式 x = y + 1 成立'

    """
    for m in reversed(list(_JAMMER.finditer(line))):
        tokens = m.group(0).split()  # mostly pairs (never a formula: x = y + 1)
        if sum(bool(re.search(r"[^A-Za-z0-9]", t)) for t in tokens) >= 2 and sum(
            len(t) == 2 for t in tokens
        ) * 2 >= len(tokens):
            line = line[: m.start()] + line[m.end() :]
    return line.strip()


_POST_STAMP = re.compile(r"显示全部楼层|只看该作者|只看楼主|电梯直达|阅读模式|发表于")


def is_post_stamp(line: str) -> bool:
    """A forum's stamp on a post (2022-5-9 08:02:44 | 显示全部楼层, 发表于 2022-5-9): when the
    post quotes an article with its own 发布时间, that is the article's date.

    >>> is_post_stamp("2022-5-9 08:02:44 | 只看该作者 | 电梯直达"), is_post_stamp("发布时间: 2022-05-07")
    (True, False)
    """
    return _POST_STAMP.search(line) is not None


def closes_story(line: str) -> bool:
    """A line of one of the classes above: chrome, and nothing after it is the story.

    >>> closes_story("扫一扫在手机打开当前页"), closes_story("本文已被阅读 523 次")
    (True, True)
    >>> closes_story("请文明上网，理性发言"), closes_story("发布于：湖南省")
    (True, True)
    >>> closes_story("社区干部扫码登记了进出车辆。"), closes_story("推荐居民下载健康码。")
    (False, False)
    >>> closes_story("有困难请联系我们网格员。"), closes_story("未经许可不得进入小区。")
    (False, False)
    """
    s = line.strip()
    return len(s) <= _SHORT and any(p.search(s) for p in _CLASSES) or _FILED.match(s) is not None


# An aggregator's note, however long, that it filed the article in a topic or column of its own:
# 【导语】:本文收录于某某号某某栏目…
_FILED = re.compile(r"^(?:[【\[]\s*导语\s*[】\]]\s*[:：]?\s*)?本篇?文章?已?被?收录(?:于|在|至)")


def is_welcome_banner(line: str) -> bool:
    """A site's welcome banner with its address (某村网 example.com 欢迎您!), never a sentence.

    >>> is_welcome_banner("青松村网 qingsong.example.com 欢迎您!"), is_welcome_banner("欢迎您回家。")
    (True, False)
    """
    s = line.strip()
    return len(s) <= 60 and bool(_WELCOME.search(s)) and bool(_HOST.search(s)) and "。" not in s


# The header of a list of other articles: 相关新闻, 延伸阅读, 热点推荐, 一周热点新闻, 24小时排行
_LIST_HEADER = re.compile(
    r"^[>＞»›•·●▪■◆◇▶►\-\s【\[]*(?:相关|延伸阅读|推荐阅读|更多阅读|更多新闻|更多资讯|热门|热点|精彩推荐|猜你喜欢|今日推荐|往期|"
    r"最新文章|推荐文章|随机文章|点击排行|阅读排行|排行榜|一周热点|24小时)"
)


def heads_link_list(line: str) -> bool:
    """The header over a list of other articles (in either script): what follows it (titles, their dates,
    their sources) is those articles', never the page's.

    >>> heads_link_list("相關新聞"), heads_link_list("【延伸阅读】")
    (True, True)
    >>> heads_link_list("相关部门表示，将加强管理。")
    False
    """
    s = plain(line.strip())
    return len(s) <= 16 and not re.search(r"[，,。！？!?；;]", s) and bool(_LIST_HEADER.match(s))


_MENU_ITEM = re.compile(r"[^\s，,。：:、！!？?；;\d]{1,6}")
# A longer entry of a menu (白底黑字蓝链接 in an accessibility toolbar): counted only between short ones
_LONG_ITEM = re.compile(r"[^\s，,。：:、！!？?；;\d“”\"'（）()《》]{7,10}")


def _inside_menu(lines: list[str], kinds: list[str], i: int, run: list[int]) -> bool:
    """Line i is a longer entry of the menu in progress: three short entries over it, and after it (and
    any more longer ones) two more short ones."""
    if len(run) < 3 or not _LONG_ITEM.fullmatch(lines[i].strip()):
        return False
    j = i + 1
    while j < len(lines) and kinds[j] != "metadata" and _LONG_ITEM.fullmatch(lines[j].strip()):
        j += 1
    after = lines[j : j + 2] if "metadata" not in kinds[j : j + 2] else []
    return len(after) == 2 and all(_MENU_ITEM.fullmatch(ln.strip()) for ln in after)


def menu_column(lines: list[str], kinds: list[str]) -> list[int]:
    """The lines of a site's menu printed one link a line at the top of the page (首页 / 本地新闻 / 便民服务
    / 天气): a run of three or more short words with no punctuation or number, before the first dateline
    and the first sentence (a longer entry between short ones too: 白底黑字蓝链接 in an accessibility
    toolbar). They are chrome, never headline candidates; when the page's dateline follows the run, its
    last line may be a short headline and is left out.

    >>> menu_column(["首页", "本地新闻", "便民服务", "清河社区的清晨", "居民们排队。"], ["body"] * 5)
    [0, 1, 2]
    >>> menu_column(["值守", "清河社区的清晨", "居民们排队。"], ["body"] * 3)
    []
    """
    found: list[int] = []
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        kind = kinds[i] if i < len(lines) else "metadata"
        if kind != "metadata" and (_MENU_ITEM.fullmatch(line.strip()) or _inside_menu(lines, kinds, i, run)):
            run.append(i)
            continue
        if len(run) >= 3:
            found += run[:-1] if kind == "metadata" and i < len(lines) else run
        run = []
        if (
            kind == "metadata"
            or len(line) >= 40
            or line.rstrip('”"）)').endswith(("。", "！", "？", "!", "?"))
        ):
            break
    return found


# A key with nothing after it: 通版阅读请点击:, 热门搜索:, 分享到: (its value is a widget the text lost).
# Not a speaker before a quotation on the next line (社区书记说:) nor a letter's salutation (各位居民朋友:).
_EMPTY_KEY = re.compile(r"[^\s，,。！!？?；;、“”\"]{1,10}[:：]")
_SPEAKER_OR_SALUTATION = re.compile(
    r"(?:说|道|问|讲|示|出|绍|答|称)[:：]$|们|朋友|同志|同胞|乡亲|尊敬|亲爱|各位|广大"
)


def empty_keys(lines: list[str], kinds: list[str]) -> list[int]:
    """The short keys with no value (`通版阅读请点击:`, `热门搜索:`) standing above the story's first
    sentence: chrome.

    >>> empty_keys(["通版阅读请点击:", "清河社区的清晨", "社区书记说:", "“大家辛苦了。”"], ["body"] * 4)
    [0]
    """
    found = []
    for i, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        s = line.strip()
        if kind == "body" and (len(s) >= 40 or s.rstrip('”"）)').endswith(("。", "！", "？", "!", "?"))):
            break
        if kind == "body" and _EMPTY_KEY.fullmatch(s) and not _SPEAKER_OR_SALUTATION.search(s):
            found.append(i)
    return found


# An e-paper's masthead: the paper's name and its edition's word (某某报数字报纸, 某某日报 电子版).
MASTHEAD = re.compile(r"^([\u4e00-\u9fff]{2,12})\s*(?:数字报纸|数字报|电子版|电子报)$")


def repeated_chrome(lines: list[str], kinds: list[str]) -> list[int]:
    """Lines the page repeats as chrome: the paper's name printed alone again in an e-paper's chrome
    (`某某报数字报纸` … `某某报`; a name alone under the headline stays, the outlet of a reposted story),
    and a site's watermark printed between the story's paragraphs (`某某网(某某)- 某某博物馆` three
    times or more, perhaps after an image's file name): never a headline, never the story.

    >>> repeated_chrome(["清河报数字报纸", "清河报", "青松村的守门人", "清河报"], ["body"] * 4)
    [1]
    >>> mark = "QH清河人网 - 清河文化博物馆"
    >>> page = ["青松村的夫妻", "在青松村，有一对夫妻守着村口。", mark, "好。", mark, "a.jpg" + mark, mark]
    >>> repeated_chrome(page, ["body"] * 7)
    [2, 4, 5, 6]
    """
    from .layout import IMAGE_FILE  # (layout reads this module's classes)

    names = {m[1] for m in map(MASTHEAD.match, lines) if m}
    body = [i for i, k in enumerate(kinds) if k == "body" and len(lines[i]) > 12]
    first_prose = body[0] if body else len(lines)
    above = [i for i, line in enumerate(lines[:first_prose]) if kinds[i] == "body" and line.strip() in names]
    counts: dict[str, int] = {}
    for line in lines:
        counts[line.strip()] = counts.get(line.strip(), 0) + 1
    marks = {
        s
        for s, n in counts.items()
        if n >= 3 and len(s) <= 40 and not re.search(r"[，,。！？!?；;]", s) and s
    }
    marks = {s for s in marks if lines.index(s) > first_prose}  # a headline repeated over the story stays
    stamped = [
        i
        for i, line in enumerate(lines)
        if kinds[i] == "body"
        and (
            line.strip() in marks
            or any(line.endswith(m) and IMAGE_FILE.search(line[: -len(m)]) for m in marks)
        )
    ]
    return above[:1] + stamped


# A breadcrumb trail printed as a numbered list, one link a line (1. 首页 / 2. 专题活动 / 3. 某专题 / 4. 正文)
_NUMBERED_ITEM = re.compile(r"^\s*(\d{1,2})\s*[.、]\s*(\S[^。！？!?]{0,40})$")
# (the trail's own label as its first item: 1. 您所在的位置回到首页)
_HOME = (
    *("首页", "网站首页", "主页", "当前位置", "当前的位置"),
    *("您所在的位置", "您的位置", "您当前的位置", "您现在的位置"),
)


def numbered_crumbs(lines: list[str]) -> list[int]:
    """The lines of a breadcrumb trail an HTML list printed as numbered lines: a run numbered from 1 whose
    first link is the home page (首页). Chrome, never the headline (a topic's name stands in it).

    >>> numbered_crumbs(["欢迎访问", "1. 首页", "2. 专题活动", "3. 党员在一线", "4. 正文", "青松村的一天"])
    [1, 2, 3, 4]
    >>> numbered_crumbs(["1. 您所在的位置回到首页", "2. 人道纪实", "3. 青松村的一天", "青松村的一天"])
    [0, 1, 2]
    >>> numbered_crumbs(["1. 测体温", "2. 登记", "3. 消毒"])
    []
    """
    found: list[int] = []
    for i, line in enumerate(lines):
        m = _NUMBERED_ITEM.match(line)
        if not (m and m[1] == "1" and m[2].strip().startswith(_HOME)):
            continue
        run, k = [i], i + 1
        while k < len(lines) and (item := _NUMBERED_ITEM.match(lines[k])) and int(item[1]) == len(run) + 1:
            run.append(k)
            k += 1
        found += run if len(run) >= 2 else []
    return found
