"""Lines that are site chrome wherever they stand on a page: navigation, breadcrumbs, share and print
bars, related-article headers, app prompts, counters, disclaimers and footers.

Pure helpers for clean.py (`is_boilerplate`). The patterns are the words and shapes Chinese news
portals use for their own furniture (当前位置, 分享到, 上一篇, 打开APP, 版权所有, ICP备 …), never a
particular site's strings; footers recognised by their shape live in footer.py, link rows and
contact lines in layout.py.
"""

from __future__ import annotations

import re

from .footer import is_footer
from .furniture import GAMBLING, MASTHEAD, closes_story, is_welcome_banner
from .glossed import plain
from .headline import site_shaped
from .layout import (
    COMPARISON,
    CRUMB_SEPARATORS,
    IMAGE_FILE,
    POSITION_LINE,
    is_action_bar,
    is_contact_line,
    is_link_row,
)

# Lines that are site chrome wherever they appear.
_BOILERPLATE = [
    re.compile(p, re.I)
    for p in (
        POSITION_LINE.pattern,
        r"^((?:您好|你好)[,，!！]?\s*)?(欢迎[您你]?(来到|访问|光临)|请登录|登录\s*[|｜/]?\s*注册|用户名|密码)",
        IMAGE_FILE.pattern,
        # (not on the page's dated 来源 line, whose buttons print beside it: 2022-05-16 来源: 某某 原文链接)
        r"^(?!.*(?:19|20)\d{2}[-/.年].*[来來]源)"
        r".*(?:原创文章|转载请|本文链接|原文链接|相关热词|热词搜索|点击大图|左右可翻页|精彩评论|网友评论|我要评论)",
        # (主管主办: 某某集团 — two of the keys written as one)
        # (• 主管:某某台   主办:某某集团 — a masthead's keys after a list bullet)
        r"^[•·●▪■◆◇▶►\-\s]*(?:主办|承办|协办|主管|技术支持){1,2}(单位)?\s*[:：]",
        # a site's sponsor written with a space (指导 某省文明办, 主办 某某报社); a stray comma on a line
        r"^(?:指导|主办|承办|协办|主管)(?:单位)?\s+[^\s，,。！!？?；;：:]{2,24}$|^[,，;；、]+$",
        r"^[^\s，,。！!？?；;：:]{2,24}\s*(?:主办|承办)\s*[|｜]",  # 某某中心 主办 | 某某网: a site's operator
        r"^[一二三四五六七八九十\d]*[、.]?\s*凡(本站|本网|注明|来源)|免责声明|代表本(网|站)|本(网|站)联系|联系邮箱",
        r"(首页|主页|网站首页)\s*[>＞»›]",
        # a portal's widgets: the weather (11月10日 24.1°C-28.1°C), an exchange rate (澳元 : 人民币=4.73),
        # its app (某某app下载), a teaser link (…,即刻参与 >>)
        r"\d°C\s*[-~～至]\s*-?\d|人民币\s*=\s*\d|^[^，,。！？!?]{0,12}(?:app|APP|App|客户端)\s*下载$"
        r"|^.{0,60}\s>>$",
        # a button to follow the site's account (关注某某网, 订阅某某客户端), alone on its line
        r"^(?:关注|订阅)\s*[\u4e00-\u9fff]{2,12}(?:网|客户端|APP|app|公众号|微博|微信)\s*$",
        # a publisher's family of outlets (某某日报社旗下媒体: 某某网 | 某某日报 | 某某晚报)
        r"^[^\s，,。！？!?]{0,12}旗下(?:媒体|网站|平台|账号|刊物|报刊)\s*[:：]",
        # a breadcrumb whose separators the capture lost to spaces (首页 某某时报国内正文)
        r"^(?:首页|主页|网站首页)(?:\s+[^\s，,。！？!?；;：:“”]{1,14}){1,4}$",
        r"[>＞»›]\s*(正文|详情|内容)\s*$",
        r"copyright|all rights reserved|©(?!\s*原创)|版权所有|版权[声申]明|ICP\s*[备证]|公网安备|网安备",
        r"^[【\[(（]?\s*(免责|特别|郑重)?声明\s*[:：]|仅代表(?:该?作者|发布者)[^，,。；;]{0,8}观点",
        r"本网站?转自|不代表本(网|站)观点|转载请注明|未经(授权|许可).{0,6}(转载|使用)|仅为传递更多信息"
        # (a news agency's reprint notice: 本网站所载… / 稿件,务经书面授权)
        r"|^本网站?所刊载信息|稿件[,，]?\s*务经书面授权",
        # a site's notices: content its users post, rights holders it cannot reach, a login wall
        r"^本(站|网)部分(信息|转载|文章|内容)|无法联系到权利人|权利人与本(网|站)|查看隐藏内容|需先登录",
        r"^[*＊]?本(?:网站|网|站)有权(?:删除|封锁|屏蔽)",  # its rules for readers' comments
        # a list of the site's other stories under the story (更多新闻, 更多资讯), its header alone
        r"^[<>＜＞«»‹›•·●▪■◆◇▶►\-\s【\[]*(?:更多新闻|更多资讯)(?:\s*[】\]>»]?\s*[:：]?\s*)$",
        r"^[<>＜＞«»‹›←↑•·●▪■◆◇▶►\-\s【\[]*(相关链接|相关阅读|相关新闻|相关文章|相关报道|延伸阅读|推荐阅读|频道精选|热点推荐|最火资讯|最新资讯|热门资讯|热点资讯|资讯推荐|热门推荐|热门文章|猜你喜欢|精彩推荐|今日推荐|更多阅读|往期推荐|往期回顾|往期精选|往期阅读|往期查询|标题导航|版面导航|本版导航|本版标题|版面概览|返回目录|上一版|下一版|上一期|下一期|精彩回顾|相关推荐|热门评论|最新评论|发表评论|作者最新文章|友情链接|合作伙伴|合作媒体|最新文章|推荐文章|随机文章|热门标签|网友推荐|精彩图片|本周热点|今日热点|24小时热点|排行榜|点击排行|阅读排行|热点排行|阅读下一篇|阅读上一篇|下一篇|上一篇|上一条|下一条|阅读原文|打印本页|关闭窗口|返回顶部|返回列表|分享到|扫一扫|【纠错】|我要纠错)"
        # the header alone (or 相关文章Related), or a colon and its link
        r"(?:\s*[】\]>»]?\s*[:：]|\s*[】\]>»]|\s|[A-Za-z]+$|$).{0,60}$",
        # a button's word opens a story's sentence too (关闭了两个出口，分享了经验): chrome only as a label
        r"^[>＞»›•·●▪■◆◇▶►\-\s]*(打印|关闭|分享|扫码|收藏|点赞|在看|纠错|字号|字体大小|字体)(?:到|至|[:：\s]|$)[^，,。！!？?；;]{0,30}$",
        r"返回\S{1,12}首页",
        # markup left as text (a mirror's filler tags: <legend id="x"></legend><samp id="x"></samp>)
        r"^[\s•·\-\d.、]*(?:<[A-Za-z/][^<>]{0,200}>\s*)+$",
        # a link the site recommends, labelled so over the story (推荐: 某地正在上演)
        r"^[【\[]?推荐[】\]]?\s*[:：]\s*\S",
        # a link whose words the page cut short with tildes (an e-paper's 标题导航: 某某村:~~~)
        r"[~～]{2,}\s*$|^[~～]{2,}",  # (~~~——某某 the subtitle's link under a title cut away)
        # a footer's units (指导单位：…), a prompt to fetch the app for more, a comment form's field
        r"^(?:指导|建设|运营|主管|主办|承办|协办)单位\s*[:：]|更多(?:内容|精彩|资讯).{0,4}下载.{0,12}(?:客户端|APP)",
        r"^请输入(?:验证码|用户名|密码|手机号|评论内容?|关键[字词]|搜索(?:内容|关键[字词])|检索词)\s*$",
        # an e-paper's masthead (某某报数字报纸, 某某日报电子版), a site's account handle (微信公众平台:AB12)
        MASTHEAD.pattern,
        r"^(?:微信公众平台|微信公众号|公众号|官方微信|微信号|官方微博|抖音号)\s*[:：]\s*[A-Za-z0-9_\-]{3,30}$",
        # media placeholders and players
        r"^[\[【]?(视频链接|视频|图片|本文图片|音频|点击播放|播放视频|听新闻|语音播报|收听本文|朗读本文|智能朗读|语音朗读|点击收听)[\]】]?"
        r"\s*[:：]?\s*(\d{1,2}:\d{2}(\s*/\s*\d{1,2}:\d{2})?|\1)?$",  # a player: 收听本文 00:00/03:25
        r"^\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}$",
        r"^(?:视频|图片|音频)?(?:正在)?加载中\s*(?:\.{2,}|…+|,?请稍候)?$",  # 视频加载中...: a player loading
        # « 点击图片查看 »: an image viewer's button
        r"^[<>＜＞«»\s]*点击(?:图片|大图)?查看(?:大图|原图)?[<>＜＞«»\s]*$",
        r"^(?:!\[[^\]]{0,40}\]\([^)]{0,300}\)\s*)+$",  # Markdown images left by a scrape: ![]() ![图](…)
        # a paper's masthead registration: 邮发代号 1-23, 国内统一刊号 CN 11-0000, ISSN 1000-0000
        r"^(?!.*[。！？!?，,]).{0,24}(邮发代号|(国内(统一)?|国际标准)刊号|ISSN\s*\d{4}-\d{3}[\dX])",
        # a site's search box: 标题  站内高级搜索, 全文检索 (no sentence on the line)
        r"^(?!.*[。！？!?，,]).{0,16}(站内搜索|高级搜索|站内检索|全文检索|全站搜索).{0,8}$",
        # an e-paper's calendar of past issues: 2021-06-01,3070| 2021-05-31,3062| …
        r"^(?:\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*[,，]?\s*\d*\s*[|｜,，]){3}",
        r"^当前(版|版面|期)\s*[:：]",  # an e-paper's navigation: 当前版: 05版 上一版 下一版
        # 上一版/ 08版:某某 /下一版 (a line dating the issue beside them is the page's dateline)
        r"^(?!.*[。！？!?，,])(?!.*(?:19|20)\d{2}\s*[年/.-]).{0,40}上一[版期].{0,40}下一[版期]|查看本版大图",
        # a government site's header buttons: its reporting desk, accessibility and elders' modes
        r"^(?!.*[。！？!?，,]).{0,30}(网上有害信息举报|无障碍(浏览|阅读)|长者模式|关怀模式|关怀版|适老化)",
        # an e-paper's page label: 第A06版：区域新闻, 00003版:要闻
        r"^第\s*[A-Za-z]?\d{1,3}\s*版\s*[:：]?|^0*\d{1,3}\s*版\s*[:：]",
        r"^[【\[]?(原创|转载|独家|置顶|首发)[】\]]?$",  # a post's mark over the story: 原创, 【独家】
        # a pane's label over the story (文章内容, 正文内容)
        r"^[【\[]?(文章内容|正文内容|文章正文|新闻正文|内容详情|文章详情|新闻详情)[】\]]?\s*[:：]?$",
        r"^本文(选|转|摘|来)自",
        # a site's own notices about the page: its address, engine, feeds, disclaimers, follow prompts
        r"^(本文|原文|文章)(地址|链接|网址)\s*[:：]|powered by|xml地图|rss订阅|^本(站|网|文)\S{0,8}仅供参考",
        # a close button, a visitor counter's badge, the site's IPv6 badge
        r"^[Xx×✕]\s*关闭$|流量统计|访问统计|免费统计|支持\s*IPv6",
        r"^(免费)?发布(分类|供求|便民)信息$",  # a classifieds site's button
        r"^更多(精彩|资讯|新闻|内容)\S{0,6}(关注|下载|访问|登录)\S{0,12}$|^本文由\S{2,16}(整理|收集|转载)(发布)?$",
        r"^(今天是)?\s*\d{4}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}日?\s*(星期|周)[一二三四五六日天]\s*(农历\S*)?$",
        # a live clock in JavaScript's zh-CN form (2021/6/3 下午3:05:41 星期四): the reader's time
        r"^\d{4}/\d{1,2}/\d{1,2}\s*(上午|下午|晚上|凌晨)\s*\d{1,2}:\d{2}(:\d{2})?\s*((星期|周)[一二三四五六日天])?$",
        r"^本(篇|文)(文章)?共?\s*\d+\s*字|^(文章)?字数\s*[:：]\s*\d+$|读完(约|需)?\s*\d+\s*分钟|预计阅读|阅读(时间|需要)\s*(约|大约)?\s*\d+\s*分钟",
        r"[\[【](详细|更多|详情|全文|阅读全文)[\]】]\s*$|^(留言|评论)(与评论|与留言)?\s*[（(]",
        r"^点击\S{0,6}(分享|关注|在看|点赞|收藏|蓝字|阅读原文)|(打开|下载|安装)\s*(APP|app|App|客户端)|(阅读|展开|查看)全文|查看原文|^点击(查看|阅读|进入)",
        r"^\S{1,12}(客户端|公众号|官方微博|官方微信|APP)$",
        # a paper's call for news tips under the story (线索征集: 本报热线…), an app's prompt for the pictures
        r"^[【\[]?(线索征集|新闻线索|征集线索|报料热线|爆料热线|报料|爆料)[】\]]?\s*[:：]",
        r"^(打开|下载)\S{2,10}\s*(查看|浏览)更多(图片|精彩|内容|评论|视频)?$",
        # a code to scan for the rest: 扫码阅读全文, 扫描二维码下载
        r"^(扫码|扫描二维码|长按识别二维码)\S{0,6}(全文|阅读|观看|收听|下载|关注|查看)\S{0,4}$"
        r"|^(?!.*[。，,])(?:扫码|扫描二维码)\S{0,2}访问",  # 扫描二维码访问某某网移动版 】 【打 印…
        r"欢迎.{0,10}投稿|网站内容来自|本站动态",
        # a web archive's own date over the page (归档时间: when it was saved, not published), a browser
        # warning's greeting and its message
        r"^(归档|存档|采集|抓取|入库)(时间|日期)\s*[:：]",
        r"^(?:展开|收缩)通版$|^通版阅读",  # an e-paper's buttons for the whole page
        # an e-paper's issue buttons and the notice it pops up at the newest issue (这已经是最后一期了)
        r"^上一期\s*下一期$|^这已经是(?:最后|第)一期了|^我知道了$",
        # advice on opening the page in an app or a browser (点击右上角“…”按钮, 用浏览器打开, 打开某某APP)
        r"^[•·●]?\s*点击(?:屏幕)?右上(?:角|方)|^[•·●]?\s*(?:用|使用|在)\s*(?:手机)?浏览器\S{0,12}打开$",
        r"^\S{0,4}打开\s*\S{0,10}(?:APP|app|App|客户端)$|^手机(?:读报|看报|阅读)|下载(?:掌上|云上|指尖)\S{1,6}$",
        # a related story listed with its tag: - 某某镇|某某来了, · 疫情丨某某
        r"^[-–·•]\s*[^\s|丨｜。，,]{1,8}\s*[|丨｜]\s*\S.{3,60}$",
        r"^尊敬的(?:用户|读者|网友|访客)[，,]?\s*您好[!！。]?$|不支持(?:您|你)?所?(?:使用的|当前的?)浏览器|升级(?:您的)?浏览器",
        r"浏览器版本过低|升级或(?:使用|更换)其他浏览器|切换(?:至|到)?极速模式",  # 当前浏览器版本过低…
        # a government portal's panes around the story (相关信息和服务, 知识图谱, 当前展示…内容 返回)
        r"^(?:相关信息和服务|知识图谱)$|^当前展示\S{0,16}内容\s*(?:返回)?$",
        # the site's own links, on a line with no sentence in it or as links stand (a sentence's 请联系我们。
        # is the story's)
        r"^(?!.*[。！？!?]).*(?:广告报价|广告服务|关于我们|联系我们|网站地图|设为首页|加入收藏)"
        r"|(?:^|[\s|｜/·])(?:广告报价|广告服务|关于我们|联系我们|网站地图|设为首页|加入收藏)(?:[\s|｜/·:：]|$)",
        # a follow button with the site's name (关注某某热线, 关注某某网); a footer's contact link alone
        r"^与我们联系$|^关注[\u4e00-\u9fff]{2,10}(?:网|热线|在线|客户端|公众号|头条|发布)$",
        # (□本报记者某某: a paper's byline; • 来源:某某网: the page's field)
        r"^[•·●▪■◆◇□▶►\-\*]\s*(?!\S*(?:记者|通讯员|来源|作者|编辑)[:：]?)\S{1,14}$",
        r"^(阅读量|浏览量|浏览次数|点击数|点击量|阅读数|访问量|浏览|点击|阅读)\s*[:：]?\s*\d*\s*(次|人次)?\s*$",
        r"^[\x21-\x7e]{1,20}$|^[\x21-\x7e]*\d{12,}[\x21-\x7e]*$",  # scrape junk ("ddj7", a counter, an id)
        r"^[\x21-\x7e]*/[\x21-\x7e]*\.(?:s?html?|php|jsp|aspx?|js|css)$",  # a template path
        r"^(上一页|下一页|首页|尾页|\d+)(\s+(上一页|下一页|首页|尾页|\d+))+$",
        # an image's file name with no extension: a hash, perhaps with an editor's suffix (…_副本, -1)
        r"^(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{16,64}(?:[_-][^\s，,。]{1,6})?$",
        # font-size buttons (A+ A-, A+A-) and the buttons beside them: 打印, 纠错
        r"^[^，,。；;！？!?]{0,12}A\s*[+＋]\s*A\s*[-－−][^，,。；;！？!?]{0,20}$",
        # a writer's profile beside the story (记者简介, then its periods of service: 2005.4至今  某公司)
        r"^(?:记者|作者|编辑)(?:简介|介绍)$"
        r"|^(?:19|20)\d{2}\.\d{1,2}\s*(?:[-—~～至]\s*(?:(?:19|20)\d{2}\.\d{1,2}|今)|至今)\s",
        # a language switch (简体中文, 繁體 | English): the page's versions, no headline
        r"^(?:(?:简体|繁體|繁体)(?:中文|版)?|中文版?|English|EN|英文版?)"
        r"(?:\s*[|｜/·]?\s*(?:(?:简体|繁體|繁体)(?:中文|版)?|中文版?|English|EN|英文版?))*$",
        # a ruler between the story and the page (------分隔线------, ====== 分割线 ======)
        r"^[-—–=_*~·]{3,}\s*[\u4e00-\u9fff]{0,6}\s*[-—–=_*~·]{3,}$",
    )
]
# A footer's licence and report lines (增值电信…许可证, 违法和不良信息举报电话): chrome as a line of labels; a
# story's sentence may name a report hotline (…统一为举报电话的建议。).
_LICENCE = re.compile(
    r"举报电话|增值电信|举报邮箱|违法和不良信息|新闻信息(?:服务)?许可|许可证\s*[:：号]?\s*\d{6,}"
)
# A WeChat copy's own furniture (never a story's words), comment counters and end marks.
_FURNITURE = re.compile(
    r"^(已有|共有)?\s*\d+\s*条(评论|留言)|^返回\S{1,8}[，,]\s*查看更多$|预览时标签不可点|继续滑动看下一个|向上滑动看下一个|轻触阅读原文|喜欢此内容的人还喜欢|请点这里|点个在看|"
    r"戳.{0,4}阅读原文|分享给更多(朋友|人)|微信扫一扫关注|^[（(【\[]?\s*(?:完|全文完)\s*[)）】\]]$|^[-—–_\s]*END[-—–_\s]*$"
)
# Prompts to scan a code or fetch an app, on a short line with no sentence in it.
_PROMPT = re.compile(
    r"(扫一扫|扫描二维码|识别二维码|长按二维码|扫码|下载|打开).{0,12}"
    r"(关注|分享到|APP|客户端|公众号|小程序|手机(上)?(看|阅读|浏览)|查看精彩)|(扫一扫|扫二维码).{0,12}(为好友|看\s*更多)|"
    r"^更多.{0,12}(报道|内容|资讯|精彩).{0,4}详见.{0,12}(APP|客户端|专题)",
    re.I,
)
# Government sites' document table and their error-report links.
_GOV = re.compile(
    r"^(热门搜索|热搜词?|热门标签|热门关键词|搜索热词)\s*[:：]|^(索引号|网站标识码|发文机关|发布机构|主题分类|组配分类|公开方式|公开范围)\s*[:：]|政府网站找错|^共\s*\d+\s*页$"
)
# A publisher's line (某某市人民政府办公室主办, 某某日报社承办): chrome, unless it is the site's name after a
# headline (社区的清晨_某某市卫生健康委员会主办), which the headline keeps and cuts.
_PUBLISHER_END = re.compile(r"(主办|承办|协办|主管|技术支持)(单位)?\s*$")
_HEADLINE_THEN_SITE = re.compile(r"^([^_|｜]{8,60}?)\s*(?:_|\s[-–—|｜]\s)\s*[^_|｜\s]{2,20}$")
_PUBLISHER_WORD = re.compile(r"主办|承办|协办|主管|版权|技术支持|备案|ICP|copyright", re.I)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SITE_HEAD = re.compile(r"(?:网站|网|政府|门户|平台|中心|在线|官网|频道|办公室|委员会)$")
_DATE_ONLY = re.compile(r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")
_NAV_SEPARATORS = re.compile(r"\s*[|｜]\s*")
# a dateline's date and a key after it (http://www.某某.com 2021-09-28 17:33 来源:某某 责任编辑:某某)
_KEYED_DATELINE = re.compile(
    r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}.*(?:来源|來源|责任编辑|責任編輯|作者)\s*[:：]"
)
# A link's address printed as a line (the page's own, or an advert's with its words): no sentence holds it
_URL_LINE = re.compile(r"(?:^|\s)(?:https?://|www\.)[\x21-\x7e]{6,}(?:\s|$)", re.I)


def is_boilerplate(line: str) -> bool:
    """True for navigation, footer, disclaimer, badge and counter lines, in either script and with or
    without a converter's pinyin glosses (相關(guān)閱讀 is 相关阅读).

    >>> is_boilerplate("当前位置: 主页 > 人物 > 正文"), is_boilerplate("居民区有53栋楼。")
    (True, False)
    >>> is_boilerplate("相關(guān)閱讀"), is_boilerplate("社區(qū)有53棟樓。")
    (True, False)
    """
    s = line.strip()
    if len(s) >= 120 and s.count("。") >= 3 and not _is_chrome(s[:-40]):
        return False  # a story's paragraphs on one line with 本文来自:… 免责声明 glued after: the story
    simple = plain(s)
    return _is_chrome(s) or simple != s and _is_chrome(simple)


def _headline_then_publisher(line: str) -> bool:
    """`社区的清晨_某某市卫生健康委员会主办`: a headline (words, no site's or publisher's name) before the
    site's suffix that names its publisher."""
    m = _HEADLINE_THEN_SITE.match(line)
    head = m.group(1).strip() if m else ""
    return (
        len(_CJK.findall(head)) >= 6
        and not _PUBLISHER_WORD.search(head)
        and not _SITE_HEAD.search(head)
        and not site_shaped(head)
    )


def _echoed(s: str) -> bool:
    """The same words printed three times or more, a space apart (an image's alt text or a logo's
    caption the scrape repeats: 某某号首页,某某号logo 某某号首页,某某号logo …), the last copy perhaps cut."""
    parts = s.split()
    return (
        len(parts) >= 3
        and len(parts[0]) >= 4
        and all(p == parts[0] for p in parts[1:-1])
        and (parts[0].startswith(parts[-1]))
    )


def _link_row_between_bars(s: str) -> bool:
    """Three or more links between bars, whatever stands at either end (a label before them, a button
    after them): `某某传媒成员: 甲报 |乙报 |丙网 |丁刊 回到主页`. Items are words: no key, number or
    sentence's punctuation (`来源:…|作者:…|时间:…` is a dateline).

    >>> _link_row_between_bars("清河传媒成员: 清河日报 |清河晚报 |清河网 |清河手机报 |清河台 回到主页")
    True
    >>> _link_row_between_bars("来源: 清河网 | 作者: 韦晓岚 | 时间: 2022-03-05 | 浏览: 12")
    False
    """
    inner = [p.strip() for p in _NAV_SEPARATORS.split(s.strip())][1:-1]
    return (
        len(inner) >= 3
        and all(1 <= len(p) <= 12 and not re.search(r"[:：，,。！？!?\d]", p) for p in inner)
        and not re.search(r"[。，,！？]", s)
    )


# A web template's unfilled placeholder printed as text: {{ pageTitle }}, {{ msg }}, {% csrf_token %}
_PLACEHOLDER = re.compile(r"(?:\{\{[^{}]{1,60}\}\}|\{%[^{}]{1,60}%\}|\$\{[A-Za-z_.]{1,40}\})+")


# Keywords of the pornographic link spam hijacked mirrors print at a page's top (two or more in a line
# make it spam: the story's own words never run so), a page's skip link (Skip to content) and its row of
# popular searches (热门搜索: …).
_SPAM_WORDS = re.compile(
    r"无码|人妻|一区二区|二区三区|久久|精品视频|国产精品|熟女|高潮|中文字幕|午夜|不卡|在线播放|在线观看|"
    r"免费视频|18禁|福利视|伦理片|成人[Aa][Vv]|[Aa][Vv]在线|xxxx|" + GAMBLING.pattern
)
_SKIP_LINK = re.compile(
    r"(?i)^(?:skip to (?:main )?content|跳到主要内容|跳过导航)$|^(?:热门搜索|热搜词?|搜索热词)\s*[:：]"
)


def _is_spam(s: str) -> bool:
    """国产精品…无码…一区二区…: a hijacked mirror's spam line, however it is punctuated.

    >>> _is_spam("青禾无码专区,青禾久久影院"), _is_spam("社区为老人送去午夜的热饭。")
    (True, False)
    """
    return len({m.group(0) for m in _SPAM_WORDS.finditer(s)}) >= 2 or _SKIP_LINK.match(s) is not None


def _is_chrome(s: str) -> bool:
    if _echoed(s) or _PLACEHOLDER.fullmatch(s.replace(" ", "")) or _is_spam(s):
        return True
    letters = s.split()
    if len(letters) >= 6 and all(len(x) == 1 for x in letters):  # 版 权 所 有 …: spaced out letter by letter
        return _is_chrome("".join(letters))
    dated = _DATE_ONLY.fullmatch(s.strip("[]【】()（） "))  # 2022-04-09, [2022-04-09]: a dateline, no junk
    if any(p.search(s) for p in _BOILERPLATE) and not dated:
        return True
    if _PUBLISHER_END.search(s):
        return not _headline_then_publisher(s)
    if _LICENCE.search(s) and "。" not in s and "“" not in s:  # a quoted speaker's words are a story's
        return True
    if is_link_row(s) or is_contact_line(s) or is_footer(s) or is_action_bar(s):
        return True
    if closes_story(s) or is_welcome_banner(s):
        return True
    if _URL_LINE.search(s) and not re.search(r"[，,。；;！？]", s) and not _KEYED_DATELINE.search(s):
        return True  # 某某医院 http://…: a link, not a sentence (http://… 2021-09-28 来源:某某: the dateline)
    if len(s) <= 40 and (_FURNITURE.search(s) or _GOV.search(s)):  # glued to a story, it stays
        return True
    if len(s) <= 30 and not re.search(r"[。；;！？!?]", s) and _PROMPT.search(s):
        return True
    parts = [p for p in _NAV_SEPARATORS.split(s) if p]
    if len(parts) >= 3 and all(len(p) <= 8 for p in parts):
        return True
    if _link_row_between_bars(s):
        return True
    slashed = [p for p in re.split(r"\s*/\s*", s) if p]  # 首页 / 新闻 / 社会: words only, never a date
    if len(slashed) >= 3 and all(len(p) <= 8 and re.fullmatch(r"[\u4e00-\u9fff]+", p) for p in slashed):
        return True
    if len(parts) >= 3 and all(_DATE_ONLY.match(p) for p in parts):
        return True  # an e-paper's issue index: 2025-11-14,12355| 2025-11-13,12343| …
    crumbs = [p for p in CRUMB_SEPARATORS.split(s) if p]  # 河北频道 > 全景河北: a breadcrumb
    return (
        len(crumbs) >= 2
        and all(len(p) <= 12 for p in crumbs)
        and not re.search(r"[，,。！？]", s)
        and not COMPARISON.search(s)
    )
