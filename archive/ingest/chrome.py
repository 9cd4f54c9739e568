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
from .layout import CRUMB_SEPARATORS, POSITION_LINE, is_contact_line, is_link_row

# Lines that are site chrome wherever they appear.
_BOILERPLATE = [
    re.compile(p, re.I)
    for p in (
        POSITION_LINE.pattern,
        r"^(欢迎(来到|访问|光临)|请登录|登录\s*[|｜/]?\s*注册|用户名|密码)",
        r"^\S+\.(png|jpe?g|gif|webp|bmp|svg)$",
        r"原创文章|转载请|本文链接|原文链接|相关热词|热词搜索|点击大图|左右可翻页|精彩评论|网友评论|我要评论",
        r"(主办|承办|协办|主管|技术支持)(单位)?\s*$|^(主办|承办|协办|主管|技术支持)(单位)?\s*[:：]",
        r"^[一二三四五六七八九十\d]*[、.]?\s*凡(本站|本网|注明|来源)|免责声明|代表本(网|站)|本(网|站)联系|联系邮箱",
        r"(首页|主页|网站首页)\s*[>＞»›]",
        r"[>＞»›]\s*(正文|详情|内容)\s*$",
        r"copyright|all rights reserved|©|版权所有|版权声明|ICP\s*[备证]|公网安备|网安备|"
        r"增值电信|违法和不良信息|举报电话|举报邮箱|互联网新闻信息服务许可",
        r"^[【\[(（]?\s*(免责)?声明\s*[:：]",
        r"本网站?转自|不代表本(网|站)观点|转载请注明|未经(授权|许可).{0,6}(转载|使用)|仅为传递更多信息",
        r"^[>＞»›•·●▪■◆◇▶►\-\s]*(相关链接|相关阅读|相关新闻|相关文章|相关报道|延伸阅读|推荐阅读|频道精选|热点推荐|热门推荐|热门文章|猜你喜欢|精彩推荐|今日推荐|更多阅读|阅读下一篇|阅读上一篇|下一篇|上一篇|上一条|下一条|阅读原文|打印本页|打印|关闭窗口|关闭|返回顶部|返回列表|分享到|分享|扫一扫|扫码|收藏|点赞|在看|纠错|【纠错】|我要纠错|字号)\s*[:：]?.{0,60}$",
        r"返回\S{1,12}首页",
        # media placeholders and players
        r"^[\[【]?(视频链接|视频|图片|音频|点击播放|播放视频|听新闻|语音播报|收听本文|朗读本文)[\]】]?$",
        r"^第\s*[A-Za-z]?\d{1,3}\s*版\s*[:：]?",  # an e-paper's page label: 第A06版：区域新闻
        r"^本文(选|转|摘|来)自",
        r"^(今天是)?\s*\d{4}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}日?\s*(星期|周)[一二三四五六日天]\s*(农历\S*)?$",
        r"^本(篇|文)(文章)?共?\s*\d+\s*字|读完(约|需)?\s*\d+\s*分钟|预计阅读|阅读(时间|需要)\s*(约|大约)?\s*\d+\s*分钟",
        r"[\[【](详细|更多|详情|全文|阅读全文)[\]】]\s*$|^(留言|评论)(与评论|与留言)?\s*[（(]",
        r"(打开|下载|安装)\s*(APP|app|App|客户端)|(阅读|展开|查看)全文|查看原文|^点击(查看|阅读|进入)",
        r"^\S{1,12}(客户端|公众号|官方微博|官方微信|APP)$",
        r"欢迎.{0,10}投稿|网站内容来自|本站动态|广告报价|广告服务|关于我们|联系我们|网站地图|设为首页|加入收藏",
        r"^[•·●▪■◆◇□▶►\-\*]\s*\S{1,14}$",
        r"^(阅读量|浏览量|浏览次数|点击数|点击量|阅读数|访问量)\s*[:：]?\s*\d*\s*$",
        r"^[\x21-\x7e]{1,20}$|^[\x21-\x7e]*\d{12,}[\x21-\x7e]*$",  # scrape junk ("ddj7", a counter, an id)
        r"^(上一页|下一页|首页|尾页|\d+)(\s+(上一页|下一页|首页|尾页|\d+))+$",
    )
]
_DATE_ONLY = re.compile(r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")
_NAV_SEPARATORS = re.compile(r"\s*[|｜]\s*")


def is_boilerplate(line: str) -> bool:
    """True for navigation, footer, disclaimer, badge and counter lines.

    >>> is_boilerplate("当前位置: 主页 > 人物 > 正文"), is_boilerplate("居民区有53栋楼。")
    (True, False)
    """
    s = line.strip()
    if any(p.search(s) for p in _BOILERPLATE) and not _DATE_ONLY.fullmatch(s):
        return True
    if is_link_row(s) or is_contact_line(s) or is_footer(s):
        return True
    parts = [p for p in _NAV_SEPARATORS.split(s) if p]
    if len(parts) >= 3 and all(len(p) <= 8 for p in parts):
        return True
    crumbs = [p for p in CRUMB_SEPARATORS.split(s) if p]  # 河北频道 > 全景河北: a breadcrumb
    return len(crumbs) >= 2 and all(len(p) <= 12 for p in crumbs) and not re.search(r"[，,。！？]", s)
