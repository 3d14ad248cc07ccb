"""Page furniture: what a newspaper page prints that is not news.

导读 boxes (entries pointing to other pages, `▶2版`), weather, 广告, 更正 /
声明 / 启事 notices, reader services (`扫码阅读`, `本版邮箱`, hotlines), the
colophon (刊号, 邮发代号, 社址). None of it is an article, a title or article
text; it is kept as the page's furniture and `--explain` names the kind.

Functions read *folded* text (simplified script) of one line and return the
kind of furniture it is, or None. A kind marked `opens_block` also takes the
lines under it (an 更正 heading and its notice, a 广告 label and the ad) up to
the next headline.
"""
from __future__ import annotations

import enum
import functools
import re

from search.text.cjk import has_han


class Furniture(enum.StrEnum):
    """Kinds of page furniture, as `--explain` names them."""
    NAVIGATION = "navigation"    # a web page copied as text: breadcrumbs, menus, 上一篇/下一篇, 相关新闻
    DIGEST = "digest"            # 导读 / 要闻提示 and its entries (▶2版)
    WEATHER = "weather"
    ADVERT = "advert"            # 广告 and what it labels
    NOTICE = "notice"            # 更正, 声明, 启事, 公告 (of the paper, not news)
    SERVICE = "service"          # 扫码阅读, 本版邮箱, 新闻热线
    COLOPHON = "colophon"        # 国内统一刊号, 邮发代号, 社址, 定价
    DEBRIS = "debris"            # column rules, page numbers, OCR noise: no word in it


# A page of the paper, a screen or episode of an app's topic (见第4屏, 见视频第2集)
PAGE = r"(?:第\s*)?(?:[A-Za-z]\s*)?\d{1,2}\s*(?:版|页|屏|集)"
# Pages pointed to, each with its name: ▶4版　姚江·民生　▶5版　四明·文化
PAGE_POINTERS = re.compile(rf"(?:\s*[▶►→]\s*{PAGE}\s*[^▶►→\s][^▶►→]{{0,15}}){{1,6}}\s*")
# An entry of a 导读 box: a headline and the page it is on (▶2版, →A3版, 详见第3版, …… 4版).
POINTER = re.compile(rf"(?:[▶►→>»]+\s*|(?:详见|见|转)\s*(?:视频|图表|图)?\s*|[…\.·]{{2,}}\s*|\s){PAGE}\s*$"
                     rf"|[(（]\s*(?:详见|见)?\s*{PAGE}\s*[)）]\s*$|^\s*[▶►→]\s*{PAGE}"
                     r"|^\s*[▶►→]\s*[A-Za-z]\d{1,2}\s+\S"  # ▶A05 科创板企业…: the page, then its headline
                     r"|^\s*[▶►→]\s*\S.*\s[A-Za-z]\d{1,2}\s*$"  # ▶“两湖”创新区项目巡礼 A6
                     r"|(?:…{2,}|\.{4,}|·{4,})\s*\d{1,3}\s*$"  # 景德镇高新区打造千亿航空产业 ………… 1: a contents' entry
                     r"|(?:>{2,}|》{2,}|»{2,})\s*[A-Za-z]?\d{1,2}\s*$"  # …习近平主持会议>>>02: the page it is on
                     r"|^[^。！？，]{2,16}\s+P\.?\s*\d{1,3}\s*$")  # 特别专题　　　P.18: a magazine's contents
# 1.jpg, 图片1.png: a picture's file name left in a web copy
PICTURE_FILE = re.compile(r"^[^\s。！？，]{1,16}\.(?:jpe?g|png|gif|webp|bmp)$", re.IGNORECASE)
WEIBO_TIME = r"^\d{2,4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s+来自\s*\S+"  # 23-2-17 12:41 来自 微博网页版: a post's time
# A government site's record of the article (政府信息公开): 索引号, 发布机构, 信息来源
GOV_RECORD = re.compile(r"^(?:索\s*引\s*号|发布机构|信息来源|主题分类|成文日期|发文日期|发文机关|文\s*号|公开方式"
                        r"|公开范围|有效性|体裁分类|组配分类|主\s*题\s*词)\s*[:：]")
WEB_TOOL = (r"\d*条?评论|立即评论|发表评论|分享(?:到)?|收藏|点赞|在看|转发|打印(?:本页)?|关闭(?:窗口)?|返回顶部"
            r"|字号|大|中|小|放大|缩小|默认|意见反馈|新闻爆料|进入论坛|纠错|举报|人工智能朗读|朗读|听新闻|复制链接"
            r"|微信|微博|前一版|下一版|上一篇|下一篇|上一期|下一期|本篇共\s*\d+\s*字|阅读\s*[:：]?"
            r"|分享到\s*[:：]?|无障碍|长者模式|适老化|关怀版|English|繁体|简体|登录|注册|手机版|网站地图"
            r"|赞|给我留言|留言|检举|没有更多了|\S{0,8}更多\s*>>|详情\s*>>"
            # an e-paper reader's tools: 上一版 下一版 ｜ 版面导航 ｜ 返回目录
            # a portal's own links (設為首頁 加至最愛, 回上頁 列印, 網站首頁 | 網站地圖 | RSS)
            r"|设为首页|加入最爱|加至最爱|加入收藏|网站首页|RSS|回上页|回首页|列印|友善列印|会员|登入|上一页|下一页"
            r"|略过巡览连结|跳到主要内容(?:区块)?|附件下载|打印版"
            r"|往期杂志查阅\s*[:：]?|按总期数|按年份期数|上一版|后一版|返回目录|版面导航|本版目录|标题导航|返回首页|PDF版?|查看PDF|下载PDF"
            # an e-paper's article page: 点击数：1462　分享到：微信　微博　QQ空间
            r"|点击数?\s*[:：]|QQ空间|QQ好友|朋友圈")
# An e-paper article page's font sizes, maybe with its count of readers: 【字号 大 中 小】　点击数：318
FONT_SIZES = re.compile(r"^【?\s*字号\s*[:：]?\s*大\s*中\s*小\s*】?"
                        r"(?:\s+(?:点击数?|浏览(?:次数)?|阅读)\s*[:：]\s*\d+)?$")
# A box of links to other articles under a web copy
RELATED_WORDS = (r"相关新闻|相关报道|相关报导|相关阅读|相关链接|相关推荐|为你推荐|热门推荐|延伸阅读|推荐阅读|热点推荐"
                 r"|猜你喜欢|更多新闻|推荐内容|推荐文章"
                 r"|往期推荐|往期回顾|往期精选")
COUNTED_TOOL = rf"(?:{WEB_TOOL})(?:\s*[\d.]+万?\+?)?"  # 阅读 2.3万, 在看 56
# A web page copied as text: menus (`首页 | 新闻 | 济南`), breadcrumbs (`您现在的位置：首页 > …`,
# `首页 Home > 双语 Bilingual > …`),
# page tools (`【打印本页】`), neighbours (`上一篇：…`), related links (`相关新闻`, `· …`).
# (three short sections between bars are a menu too: 政情 ｜ 社會新聞 ｜ 河套專題)
NAVIGATION = re.compile(r"(?:[^|｜\s][^|｜]{0,12}\s*[|｜]\s*){3,}"
                        r"|^[^|｜\s，。！？]{2,6}(?:\s*[|｜]\s*[^|｜\s，。！？]{2,6}){2,}$"
                        r"|^(?:您)?(?:现在|当前|目前)?(?:的|所在)?位置\s*[:：]"
                        r"|^[^\s>＞»›]{2,8}\s+[>＞»›]\s+[^\s>＞»›]{2,8}$"  # 新闻中心 > 青岛新闻: a breadcrumb
                        r"|^第\s*\d{1,3}\s*页\s*共\s*\d{1,3}\s*页$|今天是\s*\d{4}\s*年"  # 第1页 共1页, 您好！今天是…
                        r"|(?:[\w]{2,8}(?: [A-Za-z]{2,12})?\s+[>＞»›]\s+){2,}[\w]{2,8}"
                        r"|【(?:纠错|打印本页|打印|关闭窗口|关闭|收藏|推荐给朋友)】"
                        r"|(?:(?:打印本页|关闭窗口|返回顶部|收藏本页|推荐给朋友)\s*){2,}$"
                        r"|^(?:上一篇|下一篇|上一条|下一条)\s*[:：]|^上一篇\s+下一篇"
                        # an e-paper's article page: 【字号 大 中 小】　点击数：318; its export's head
                        rf"|{FONT_SIZES.pattern}"
                        r"|(?:版面)?文章导出"
                        rf"|^(?:{RELATED_WORDS})\s*[:：]?$"
                        r"|ICP备|网安备|Copyright|©|版权所有|^Source:\s*\S.*(?:Editor|Time)\s*:"
                        # a WeChat article copied as text: its buttons, its account line, its pager
                        r"|点击(?:上方)?蓝字|关注我们$|^(?:(?:欢迎分享|分享|收藏|点赞|在看|转发|阅读原文|写留言|阅读|跟贴|跟帖|参与|评论)\s*[\d.]*万?\+?\s*)+$"
                        # a portal's buttons alone on a line: 分享至, 展开全文, 举报, 返回网易首页 …
                        r"|^(?:分享至|展开全文|展开剩余\s*\d*\s*%?|阅读全文|查看全文|点击查看全文|收起|举报)$|^返回\S{0,8}首页"
                        r"|^关注公众号|尚未登(?:入|录)|^热门\s*[:：]|^read more$|较旧文章|较新文章"
                        r"|^【本版其他稿件】|^(?:【(?:语音播报|新闻评论\d*)】\s*)+$|^当前报纸名称\s*[:：]|^(?:人气|点击数?|浏览量?|阅读量)\s*[:：]?\s*\d+(?:次)?$"
                        r"|^(?:标签|tags)\s*[:：]|^下载\S{0,12}\s*app|^[<‹《]?\s*上一版\s+下一版\s*[>›》]?$"
                        r"|^阅读\s*[\d.]+万?\+?$|^上一页.*下一页$|^共\s*\d+\s*(?:篇|条|则)(?:\s|$)"
                        # a site's search head: 财经 ＞ 两岸 ｜ 关键字：园区
                        r"|(?:关键字|关键词)\s*[:：]|(?:搜索|搜寻)\s*[:：]"
                        r"|(?:^|\s)共\s*\d+\s*(?:篇|条|则)$"  # 园区频道 共4条
                        # a Weibo timeline: a post's time and client, its topics, a repost's mark, the account
                        rf"|{WEIBO_TIME}|^(?:#[^#\s]{{1,30}}#\s*)+(?:网页链接)?\s*(?:收起)?$"
                        r"|^//@[^:：\s]{1,20}[:：]|^微博认证\s*[:：]|(?:^|\s)(?:详情|阅读全文)\s*>>$"
                        r"|继续往下阅读|[|｜]\s*广告$"  # 我是广告 请继续往下阅读: an ad's break in a web copy
                        # `原创 合肥高新发布 2020-12-17 18:30 安徽`: the account, the time it posted, its province
                        r"|^(?:原创\s+)?(?:\S{2,16}\s+)?\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)\s+\d{1,2}:\d{2}"
                        r"(?:\s+\S{2,3})?$"
                        r"|文章合集$"
                        # a web page's tools side by side: 字号 意见反馈 新闻爆料 打印 关闭, 条评论 立即评论 分享
                        # (an e-paper's between bars, with the date: 前一版 下一版 2024年07月26日)
                        rf"|^(?:{COUNTED_TOOL}(?:\s*[|｜]\s*|\s+|(?<=[:：]))){{1,}}{COUNTED_TOOL}"
                        r"(?:\s+\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?)?$|^本篇共\s*\d+\s*字"
                        # a search export's own head: 检索词：高新区 结果：4篇, 桂林日报数字报 检索结果导出
                        r"|^检索词\s*[:：]|检索结果|^(?:站内检索|检索条件|检索时间|导出时间|下载时间)\s*[:：]"
                        r"|^首页(?:\s+[^\s，。]{2,6}){2,}$"  # 首页 政务公开 走进高新 投资高新: a site's menu
                        rf"|{GOV_RECORD.pattern}"
                        # a script's or wire record's facts: 【时长】2分10秒, 【播出时间】…, 【栏目】…
                        r"|^【\s*(?:时长|播出时间|发稿时间|栏目|字数|图片数|稿件编号|编号|关键词)\s*】", re.IGNORECASE)
RELATED = re.compile(rf"^(?:{RELATED_WORDS})")
LINK_ENTRY = re.compile(r"^\s*[·•▶►]\s*\S")  # `· 章丘新年首签20个项目108亿元` under 相关新闻
# An entry of a 导读 box led by its page: `A1 宏观｜支持…政策出台`, `第3版 …`.
LEADING_PAGE = re.compile(r"^\s*(?:[A-Za-z]\d{1,2}|第?\s*\d{1,2}\s*版)\s*\S")
# 01版：要闻 02版：要闻 03版：综合, under its title (版面导航：…) on an e-paper
# or one a line (04-05版:青岛啤酒节 醉美西海岸)
PAGE_LIST = re.compile(r"(?:(?:版面导航|版面目录|本版导航|版面)\s*[:：]\s*)?"
                       r"(?:[A-Za-z]?\d{1,2}\s*版\s*[:：]\s*\S+\s*){2,}"
                       r"|[A-Za-z]?\d{1,2}(?:\s*[-—]\s*\d{1,2})?\s*版\s*[:：]\s*[^\s。！？，][^。！？，]{0,20}")
# A 导读 box's title, with its marks: 今日导读, ▶今日导读, 【本期导读】
DIGEST_TITLE = re.compile(r"^[▶►■□●◆◇▲△◎★☆\s]*[【\[]?(?:今日|本期|本版|本报)?"
                          r"(?:导读|要闻提示|内容提要|今日看点|要目|目\s*录)[】\]]?"
                          r"(?:[:：].*|\s+\S.*[▶►→]\s*\S.*|\s*[▶►→]\s*\S.*"  # 导读▶A07 吴中·太湖: glued
                          # ■导读　A07版　天际汽车：…, ■導讀　第八版　…: an entry after the title, led by its page
                          r"|\s+第?[A-Za-z]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*版(?:\s*[:：]\s*|\s+)\S.*)?$")
# A line pointing at what follows on a web page (`一起来看双语新闻速递→`, `点击阅读👇`).
TEASER = re.compile(r"(?:看|戳|点击|阅读|了解|收听|观看)[^。！？]{0,16}[→↓👇⬇]+\s*$")
WEATHER = re.compile(r"\d\s*(?:℃|°C)|天气\s*[:：]|气温\s*\d|天气预报|空气质量\s*[:：]|AQI\s*\d|气温\s+降雨"
                     r"|(?:东|南|西|北|偏)+风\s*\d|风力\s*\d"
                     r"|^(?:晴|多云|阴|小雨|中雨|大雨|阵雨|雷阵雨|小雪|雨夹雪)(?:转|到|间|$)")
ADVERT = re.compile(r"^[(（【\[]?\s*(?:广告|广而告之|公益广告|商业广告|分类广告|ADVERTISEMENT|AD)\s*[)）】\]]?$"
                    r"|^(?:[■□●◆◇]\s*)?(?:广告\S{0,4}\s*[:：]|广告\s+\S|广告经营许可证|招商热线)"  # ■广告　诚招…
                    r"|^[(（【\[]\s*广告\s*[)）】\]]\s*\S"  # （广告）麓谷·智造港 …
                    # 节水护水　人人有责（公益广告）: an ad's words, then what they are
                    r"|^[^。！？]{2,40}[(（【\[]\s*(?:公益|商业|分类)?广告\s*[)）】\]]$", re.IGNORECASE)
# The label of a run of adverts or notices (【招聘】, 【拍卖公告】, ■遗失声明): what follows it, up to the next headline
AD_LABEL = re.compile(r"^[(（【\[■□●◆◇]?\s*(?:招聘|诚聘|招租|招商|招标|招标公告|拍卖|拍卖公告|遗失|遗失声明|声明|启事"
                      r"|培训|招生|分类广告|分类信息|出租|出售|转让|求购)\s*[)）】\]]?$")
# A recruiting or letting ad's lines (岗位：…, 待遇：…, …简历投至…, 面积…可分割 租金…): an ad, heading no block
AD_TERMS = re.compile(r"^(?:岗位|待遇|薪资|福利|招聘岗位|应聘方式)\s*[:：]|简历(?:投|发)至|本报所登广告"
                      r"|刊登\S{0,4}广告|广告内容由刊登者负责"
                      r"|^招商(?:咨询|电话)"
                      # (terms set side by side, no sentence: 待遇面议　缴纳五险一金, 可分割　租金优惠, 精装现房
                      # 火热认购中, 研发办公楼宇整层招租, 亲子研学　周末特惠)
                      r"|^(?=\S+\s+\S)[^。，,]*(?:五险一金|租金(?:优惠|面议)|火热认购|认购中|招租|团购|特惠|让利|酬宾|售楼)"
                      r"[^。，,]*$")
NOTICE_TITLE = re.compile(r"^(?:[■□●◆◇▲△◎★☆▶►]\s*)?"  # ■公示: a box's mark before its title
                          r"[(（【\[]?\s*(?:\S{2,12}(?:报社|杂志社|编辑部))?"  # 淮南日报社严正声明
                          r"(?:更正|更正启事|更正声明|声明|郑重声明|严正声明|启事|遗失声明|作废声明"
                          r"|招聘启事"
                          r"|寻人启事|公告|致歉|致歉声明|致读者|勘误|订阅启事|征订启事|征稿启事|征文启事|读者来信须知"
                          r"|公示|通知|告示|温馨提示|本版声明|本报声明|版权声明)\s*[)）】\]]?$")  # a notice box
NOTICE_TEXT = re.compile(r"^(?:更正|勘误|声明|致歉|启事|征订启事|征稿启事|公告)\s*[:：]|不代表.{0,12}观点"
                         r"|务经书面授权|版权所有|版权归|^版权声明\s*[:：]|^NB:|^[(（]?本版(?:稿件|文字|图片|照片|图文)(?:除署名外)?(?:均由|由|均摘自|摘自|均据|据|均为|均系|为|系)"
                         r"|转载请注明(?:出处|来源)"
                         r"|^本(?:版|栏|期)(?:稿件|文字|内容)?综合|^本文来源\s*[:：]|^读者来信\s*[:：]"
                         r"|未经(?:书面)?授权|^特别声明\s*[:：]|仅提供信息存储服务|(?:客户端|日报|晚报|网)原创$|风险自担|投资有风险|入市需谨慎|^风险提示\s*[:：]|不构成投资建议|观点仅代表|特此(?:更正|声明|致歉|公告)[。！]?$|遗失.{0,40}(?:作废|声明)")
# The paper speaking of its page or column (本版今起推出“…”专栏，…敬请关注; 本版由…协办; 本版文章转载自…;
# “读者来信”栏目今起开通; 下期预告：…): an editor's note to the reader, no article's text. (本报推出… is
# the paper telling of its reports: a piece introducing a series says so in its own text.)
EDITORS_NOTE = re.compile(r"本(?:版|期|栏目?|刊|专版)(?:今起|即日起|今日起|从今天起|特|将)?[，,]?"
                          r"(?:推出|开设|开通|集纳|撷取|选取|带您|刊发|重刊)"
                          r"|敬请(?:关注|期待|垂注)[。！!]?$|^本(?:专)?版由\S{2,30}(?:协办|支持)"
                          r"|^本[版期](?:部分)?(?:文章|稿件|内容|图片)?(?:均)?(?:转载?自|选自)|栏目(?:今起|即日起|今日起)(?:开通|开设)"
                          r"|^(?:[■□●◆▲▶►]\s*)?下期(?:预告|导读)(?:\s*[:：]|\s+\S)"
                          # 限于篇幅，本报摘要刊发…: the paper saying what it cut
                          r"|^[^。！？]{0,20}限于篇幅[，,]\s*(?:本报|本版|本刊|有删节|仅|摘要|摘编)"
                          # 征稿　本版常年征集散文…: the page asking for contributions
                          r"|^(?:[■□●◆▲【]\s*)?征(?:稿|文)(?:启事)?[】\s:：]+\S[^。！？]{0,60}(?:征集|来稿|投稿|稿件)"
                          # （5—10条见明日本版）, （未完待续）: the rest of a list or a serial, in another issue
                          r"|^[(（][^()（）]{0,12}(?:见明日|明日续|待续)[^()（）]{0,6}[)）]$"
                          # 本版文件…以正式文本为准, 本版发言摘登据会议报道整理, 本版新闻由…汇整: the page's own note
                          r"|^本[版报][^。！？]{0,24}?(?:以[^。！？]{2,16}为准|据[^。！？]{2,20}整理|由[^。！？]{2,20}"
                          r"(?:整理|汇整|编辑|提供))")
SERVICE = re.compile(r"相关阅读|阅读链接|字号\s*[:：]|数字版|电子报|热线\s*[:：]|投稿|订阅|邮箱\s*[:：]"
                     r"|^新闻查询\s*[:：]"
                     r"|^(?:地址|联系地址|联系电话|传真|网址|邮编|分享到)\s*[:：]"
                     r"|(?:专线|订报|订阅)\s*[:：]"
                     r"|电话\s*[:：]\s*\d|扫码\S{0,4}"
                     r"|扫描二维码|扫一扫|长按识别|长按二维码|本版邮箱|投稿邮箱|新闻热线|更多\S{0,8}请(?:上|登录|访问|关注)"
                     r"|(?:下载|打开)\S{0,10}客户端|举报电话"
                     r"|报料热线|读者热线|服务热线|订阅热线|发行热线|投诉电话|读者服务")
COLOPHON = re.compile(r"国内统一(?:连续出版物号|刊号)|邮发代号|"
                      # an export's own notes: ——导出完毕——, 本导出件仅供内部编校使用, 相關稿件：無, 【备注】…
                      r"导出(?:完毕|结束|说明)|导出件|仅供内部|^相关稿件\s*[:：]|^【备注】|"
                      # a journal's apparatus: 作者简介, 中图分类号, DOI, an affiliation with its postcode
                      r"^(?:作者简介|收稿日期|基金项目|中图分类号|文献标识码|文章编号|DOI|doi)\s*[:：]"
                      r"|^[(（]?[^。！？]{4,40}\s\d{6}[)）]?$|^\S{2,20}\s+主办$|CN\s*\d{2}\s*[-—]\s*\d{4}|ISSN|MCI\s*\(P\)"
                      r"|社\s*址|零售价|(?<!\d)\d{4}\s*年\s*第\s*\d{1,2}\s*期"  # a magazine's issue: 2020年第12期
                      r"|^[A-Z][A-Z0-9 ,.'&/-]{5,}\s*\((?:CN|XINHUA)\)$"  # an agency's slug: CHINA-HIGH-TECH ZONES (CN)
                      r"|^[^\s，。]{2,14}(?:制作|出品|监制|联合出品)$"  # 新华社音视频部制作
                      r"|(?:本报)?(?:常年)?法律顾问\s*[:：]|^(?:本版)?(?:数据来源|资料来源)\s*[:：][^。！？]{0,30}$|^本版(?:图片|照片)(?:来源|提供)\s*[:：][^。！？]{0,30}$|^(?:制表|制图|图表制作|图表设计|图表)\s*[:：]"
                      r"|定\s*价\s*[:：]|有效刊物|登记证号|准印证|内部资料|免费交流|(?:报社|日报社|杂志社)主办"
                      r"|\S主管\s+\S{2,16}主办$|^[^\s\d]{2,8}\s*[|｜]\s*\d{1,3}$"  # …主管 …主办; 封面故事 | 39
                      # a gazette's foot (简报, 工作动态): who gets it, when it was printed, how many copies
                      r"|^(?:报送|抄送|分送|主送|发送)\s*[:：]|(?:^|\s)\S{0,12}印发$|^[(（]?共印\s*\d+\s*份[)）]?$"
                      r"|^\S{2,16}(?:办公室|管委会|编辑部|秘书处)编印?(?:\s+\S.*)?$"
                      r"|^\S{2,12}报出版\s+\S{0,4}地址\s*[:：]"  # 澳门力报出版　地址：…: a paper's foot
                      # 中共柳城县委机关报　柳城县融媒体中心出版: whose organ the paper is and who prints it
                      r"|^中共\S{2,16}委机关报(?:\s|$)|^\S{2,16}(?:融媒体中心|报社|日报社|传媒集团)出版$"
                      r"|(?:报社|杂志社|本刊|本报|编辑部)\s*(?:出版\s*)?(?:地址|社址)|邮编\s*[:：]?\s*\d{6}"
                      r"|\S主办\s+\S*\d|(?<!\d)第\s*\d{3,5}\s*期|\d{1,2}:\d{2}(?::\d{2})?\s+来源\s*[:：]"
                      r"|(?:主管主办|主管|主办)(?:$|\s)|编辑部\s*出版$|^\S{2,16}(?:中心|集团|报社)出版(?:$|\s)|^(?:主办|承办|协办|主管|出品|指导|发布时间|发布日期|来源|出版)(?:单位)?\s*[:：]|(?:报社|出版社)\s*出版(?:$|\s)|印\s*刷\s*[:：]|总第\s*\d+\s*期|今日\s*\d+\s*版|本报(?:地址|网址)|(?:社长|总编辑)\s*[:：]")
# Where a box's figures or a page's pictures came from (数据来源：遵义高新技术产业开发区): no say whose page it is
CREDITED_SOURCE = re.compile(r"^\s*(?:本版)?(?:数据|资料|图片|照片)来源")
MAX_LINE = 60        # furniture lines are short; a paragraph that mentions 扫码 is still text
MAX_FOOT_LINE = 160  # ... but a paper's foot runs its fields on one line (社址, 热线, 邮箱)
MIN_FOOT_FIELDS = 2
MAX_NOTICE_LINE = 160
# An English page's furniture: its foot, its post line (Source: Xinhua | 2018-06-08), its editor, its search
ENGLISH_FOOT = re.compile(r"^Copyright\b|All Rights Reserved|^E-?mail\s*:|^Tel\s*:"
                          r"|^Source\s*:\s*[^|]{2,40}\|\s*\d{4}-\d{2}-\d{2}"
                          r"|^(?:Editor|Editors|Page editor|Copy editor)\s*:\s*[^:]{2,40}$"
                          # Editor: Zhao Hongyi   Designer: Wang Ling: a page's staff side by side
                          # (…bars between them, the page's number after: Editor: X | Designer: Y | Page 14)
                          r"|^(?:(?:Editor|Designer|Page editor|Copy editor|Photo editor|Proofreader)s?\s*:"
                          r"\s*[A-Z][\w'’. -]{1,30}?\s*[|｜]?\s*){2,4}(?:Page\s+\d{1,3})?$"
                          r"|^To subscribe\b|\bFollow us on\b"
                          r"|^[A-Z][A-Z &]{2,20}\s+\d{1,2}$"  # CHINA  14: the page's section and number
                          r"|^INSIDE\s*:"  # INSIDE: Startup street map, Page 5 | …: an English 导读
                          r"|^Search\s*:|^Scan the (?:QR )?code"
                          # Page 5 | BUSINESS: the page's head
                          r"|^Page\s+[A-Z]?\d{1,2}(?:\s*[|｜]\s*[A-Z][A-Z &·•-]{1,40})?$"
                          r"|^(?:[\w .-]{0,30}:\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$", re.IGNORECASE)  # a writer's e-mail
MAX_SERVICE_TEXT = 40
# … · Call (010) 6259 0000, … — book at 021-5888 0000: an English ad's call to act, a number last
ENGLISH_AD = re.compile(r"\b(?:Call|Tel|Book at|Hotline)\b[^.!?]{0,12}\(?\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{4}\s*$",
                        re.IGNORECASE)


# What a rule, a frame or OCR noise is made of: box drawing, blocks, shapes, punctuation.
DECORATION = re.compile(r"[\u2500-\u25ff\s\W_]+")
DECORATION_EDGES = re.compile(r"^[\u2500-\u259f\s]+|[\u2500-\u259f\s]+$")
MAX_DEBRIS_LETTERS = 3  # `- 3 -`, `l l i`: a page number or OCR specks, not a word


def is_debris(folded: str) -> bool:
    """A line with no word in it: a column rule (━━━, │), a page number
    (`- 3 -`), OCR specks (`、 ，。 l l i ■■`)."""
    if re.fullmatch(r"\s*[。！？!?”’）)…]+\s*", folded) or re.search(r"[。！？；…]\s*$", folded):
        return False  # the end of a sentence a hard wrap put on a line of its own (…增长17 / .8%。)
    rest = DECORATION.sub("", folded)
    if re.fullmatch(r"\s*\d+(?:\.\d+)?\s*[%‰]\s*", folded):
        return False  # 41%: a figure a headline may be made of (a page's number has no per cent)
    return bool(folded.strip()) and len(rest) <= MAX_DEBRIS_LETTERS and not has_han(rest)


# An e-paper's pager with the date: 前一版　下一版　2024年07月26日
PAGER = re.compile(r"^(?:(?:上一版|下一版|前一版|后一版|返回目录|版面导航)\s*[|｜]?\s*)+"
                   r"\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?$")


def is_pager(folded: str) -> bool:
    """Whether a line is an e-paper's pager giving the issue's date (the page's, read with its header)."""
    return PAGER.match(folded.strip()) is not None


# A rule printed between two pieces: ——————, ＊＊＊, ■■■■■■
# ——————, ＊ ＊ ＊, or one mark alone on its line (◎, ▲): a rule between pieces or a column's items
SEPARATOR = re.compile(r"\s*(?:[—\-－─━_=＝~～]{3,}|(?:[*＊※☆★·■□◆◇●○—\-－─]\s*){5,}|(?:[*＊※☆★·■□◆◇●○]\s*){3,}"
                       r"|[◎▲△◆◇●○■□★☆※])\s*")


# A web address standing as a word of its own (not inside a sentence of text)
SITE_ADDRESS = re.compile(r"(?:^|\s)(?:https?://|www\.)[\w./-]+(?:\s|$)", re.IGNORECASE)


# A content system's leftovers in an export, however long the line: content_430431.html, <!-- … -->
CMS_LEFTOVER = re.compile(r"content_\d+\.s?html?|<!--|-->", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)  # the masthead and the furniture rules both ask it of a line
def kind(folded: str) -> Furniture | None:
    """The furniture a line is, or None for a line of news."""
    line = folded.strip()
    if CMS_LEFTOVER.search(line) and not re.search(r"[。！？]", line):  # a sentence around it is text
        return Furniture.DEBRIS
    if line and len(line) <= MAX_NOTICE_LINE and ENGLISH_AD.search(line) and not has_han(line):
        return Furniture.ADVERT  # Z-PARK CO-WORKING · Desks from 1,500 yuan a month · Call (010) 6259 0000
    if line and len(line) <= MAX_NOTICE_LINE and ENGLISH_FOOT.search(line):
        return Furniture.COLOPHON  # Copyright © …, E-mail: … Tel: …: an English site's foot
    if line and len(line) > MAX_LINE and LONG_MENU.fullmatch(line):
        return Furniture.NAVIGATION  # 首页| 兰州| 新闻| 政务| 房产| …: a site's menu of any length
    if MAX_LINE < len(line) <= MAX_FOOT_LINE and COLOPHON.search(line) and not re.search(r"[。！？]", line) \
            and len(re.findall(r"[：:]", line)) >= MIN_FOOT_FIELDS:
        return Furniture.COLOPHON  # 益阳城市报社出版　地址：…　新闻热线：…　本版邮箱：…: a foot of fields, however long
    if line and len(line) <= MAX_FOOT_LINE and CLASSIFIED_AD.search(line) and AD_WORDS.search(line):
        return Furniture.ADVERT  # …诚聘普工20名，包吃住，月薪2500元起。电话：138…: a classified ad, ending on its phone
    if line and len(line) <= MAX_FOOT_LINE and _papers_foot(line):
        return Furniture.COLOPHON  # 台灣時報社　高雄市苓雅區　本版諮詢：(07)…, 地址：…　热线：…: how to reach the paper
    if not line or len(line) > MAX_LINE:
        return None
    if is_debris(line) or PICTURE_FILE.match(line):
        return Furniture.DEBRIS
    line = DECORATION_EDGES.sub("", line) or line  # ▌▌ A03 ▌▌ 2023.7.26: the frame is no part of it
    if DIGEST_TITLE.match(line) or (POINTER.search(line) and not re.search(r"[。！？]", line)) or TEASER.search(line) \
            or PAGE_LIST.fullmatch(line) or PAGE_POINTERS.fullmatch(line):
        return Furniture.DIGEST
    if NAVIGATION.search(line) or _menu(line):
        return Furniture.NAVIGATION
    if ADVERT.search(line) or AD_TERMS.search(line) or AD_LABEL.match(line):
        return Furniture.ADVERT
    if NOTICE_TITLE.match(line) or NOTICE_TEXT.search(line) or EDITORS_NOTE.search(line):
        return Furniture.NOTICE
    if COLOPHON.search(line) or (POSTED.search(line) and not re.search(r"[。！？]|(?:\.{3}|…)\s*\d{4}-", line)):
        return Furniture.COLOPHON  # China Daily | Updated: 2024-06-03 09:12: when a web copy was posted
    if GUIDE_TITLE.match(line) or len(GUIDE_KEY.findall(line)) >= MIN_GUIDE_KEYS or (
            GUIDE_KEY.match(line) and GUIDE_STEPS.search(line)):
        return Furniture.SERVICE  # ■办事指南, 办理地点：…　所需材料：…　咨询电话：…: how to do it, no news
    if SERVICE.search(line) and (len(line) <= MAX_SERVICE_TEXT or SERVICE.match(line) or (
            len(SERVICE.findall(line)) >= 2 and not re.search(r"[。！？]", line))):
        return Furniture.SERVICE  # 新闻线索热线：66810110 … 扫码下载客户端: services side by side
    if WEATHER.search(line) and not re.search(r"[。！？]", line) and len(line) <= 40:
        return Furniture.WEATHER
    if SITE_ADDRESS.search(line) and not re.search(r"[。！？]", line):
        return Furniture.SERVICE  # 深圳宝安网 www.iBaoan.com ｜ 读特客户端: where else to read the paper
    return None


# A service guide's box: its title (■办事指南　企业开办“一件事”, ■侨务指南), and its fields side by side
# (办理地点：…　所需材料：…　咨询电话：…) or its steps (办理流程：1.登录…　2.在线填报…)
GUIDE_TITLE = re.compile(r"^(?:[■□●◆◇▶►【]\s*)?"
                         r"(?:办事|侨务|政务|服务|便民|出行|就医|生活|办税|申报)指南")
# A classified ad's end: the phone to call, nothing after it (…月租1600元。电话：15887012345)
CLASSIFIED_AD = re.compile(r"(?:电话|電話|联系电话|手机|热线|联系人[^\s:：]{0,4})\s*[:：]?\s*[\d\s\-—－()（）]{7,20}$")
# What classified ads offer or seek: jobs, rooms, goods, services
AD_WORDS = re.compile(r"诚聘|招聘[^，。,]{0,8}\d+名|聘请|出租|招租|出售|转让|求购|急售|一口价|月薪|月租|包吃住|包住宿"
                      r"|持证上岗|刊登")
# How to reach a paper, a field of its foot: 地址：, 新闻热线：, 本版邮箱：, 客服專線：, 讀者來函：
CONTACT_FIELD = re.compile(r"(?:地址|地點|热线|熱線|电话|電話|邮箱|郵箱|信箱|投稿|咨询|諮詢|专线|專線|传真|傳真"
                           r"|网址|網址|邮编|郵編|来函|來函|来信请寄|來信請寄|电邮|電郵)\s*[:：]")
# Who prints it (都市日報有限公司出版, 中国教育报刊社出版, 台灣時報社 …) or what it says of itself (本報言論不代表…)
PRINTED_BY = re.compile(r"(?:报社|報社|刊社|有限公司|集团|集團|中心|日报|日報|晚报|晚報)\s*出版"
                        r"|^\S{2,12}(?:报社|報社)(?:\s|$)|本[报報](?:言论|言論)不代表")


def _papers_foot(line: str) -> bool:
    """A line of the paper's foot: two fields on how to reach it, or one with who prints it, set
    apart by spaces (no sentence, no clause: …办公地址:…;电话:… is an article's), and not a
    service guide's fields (办理地点：…　咨询电话：…: its own furniture)."""
    fields = len(CONTACT_FIELD.findall(line))
    return (fields >= MIN_FOOT_FIELDS or (fields and PRINTED_BY.search(line) is not None)) \
        and not re.search(r"[。！？；;，,]", line) and len(GUIDE_KEY.findall(line)) < MIN_GUIDE_KEYS


GUIDE_KEY = re.compile(r"(?:办理流程|办理地点|办理渠道|办理时限|办理时间|所需材料|申请材料|申报材料"
                       r"|咨询电话|咨询热线|兑付方式|受理地点|受理时间|办公时间|开放时间|门票|服务时间)\s*[:：]")
GUIDE_STEPS = re.compile(r"1\s*[.、．]\S.*2\s*[.、．]\S")
MIN_GUIDE_KEYS = 2


# A long row of a site's sections between bars, no sentence in it
MENU_WORD = r"[^|｜\s，。！？][^|｜，。！？]{0,8}"
LONG_MENU = re.compile(rf"\s*{MENU_WORD}(?:\s*[|｜]\s*{MENU_WORD}){{5,}}\s*[|｜]?\s*")
TOOL_WORD = re.compile(rf"(?:{WEB_TOOL})")
MENU_ITEM = re.compile(r"[^\s，。！？、；：:]{1,6}")
MENU_STOP = re.compile(r"[，。！？、；：:]")  # what no MENU_ITEM holds
MIN_MENU_TOOLS = 2


def _menu(line: str) -> bool:
    """A row of a site's short links, some of them its tools (設為首頁 加至最愛
    檢視信箱 進入商場): a menu; a line that is one tool alone (略過巡覽連結) too."""
    if MENU_STOP.search(line):
        return False  # a sentence's mark: no link's words
    words = [w for w in re.split(r"\s*[|｜/]\s*|\s+", line) if w]  # | 大 | | 中 | | 小 |: empty cells are none
    if not all(MENU_ITEM.fullmatch(w) for w in words):
        return False
    tools = sum(1 for w in words if TOOL_WORD.fullmatch(w))
    return tools >= MIN_MENU_TOOLS or (len(words) == 1 and tools == 1 and len(words[0]) >= 4)


POSTED = re.compile(r"\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?\s+(?:上午|下午|AM|PM)?\s*\d{1,2}:\d{2}"
                    # (a bilingual site adds the English: 发布时间 Pub Date：2018-05-03)
                    # (a topic page puts the story's section first: 社会新闻 出版：2025-11-20)
                    r"|^(?:[^\s:：]{2,6}\s+)?[【\[]?(?:发布时间|发布日期|发表时间|更新时间|更新日期|原文日期|出版时间|出版)"
                    r"(?:\s+[A-Za-z][A-Za-z ]{1,14})?[】\]]?"
                    r"\s*[:：]?"
                    r"\s*\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}"
                    # 2017年09月24日 来源：浙江在线: the day, then where it came from
                    r"|^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?\s+(?:来源|稿源)\s*[:：]"
                    # 2017-12-01 1718: a site's list of news, each item's day and how often it was read
                    r"|^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,6}$"
                    # [ 信息发布：本站 | 发布时间：2023-09-10 | 浏览：492次 ]: a portal's record of the post
                    r"|^[【\[][^】\]]{0,40}?(?:发布时间|发布日期)\s*[:：]\s*\d{4}\s*[-./年]\s*\d{1,2}"
                    # 来源：兰州日报 2017-09-25, Source: Xinhua | 2018-06-08: a repost's source and the day it ran
                    r"|^(?:来源|稿源)\s*[:：]\s*\S{2,16}\s+\d{4}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}(?!\d)"
                    r"|^Source\s*:\s*[^|]{2,40}\|\s*\d{4}-\d{2}-\d{2}"
                    # an e-paper article's record: 作者：张珊　稿件来源：直播日照　点击数：326, 稿件来源：湖南日报
                    r"|^(?:作者|稿件来源)\s*[:：].*?\s(?:稿件来源|点击数?|浏览次数|发布时间)\s*[:：]"
                    r"|^稿件来源\s*[:：]\s*\S{2,20}$"
                    # 【原载2018年4月7日 …】: where and when a clip first ran
                    r"|^[【(（]\s*原载\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                    rf"|{WEIBO_TIME}"
                    # 2020-08-24 中央社: the day and the wire
                    r"|^\d{4}-\d{1,2}-\d{1,2}\s+[^\s\d]{2,12}$", re.IGNORECASE)


def records_its_article(folded: str) -> bool:
    """A web copy's line saying when and where its article was posted
    (`发布日期：…`, `索 引 号：…`): it stands right under the headline."""
    return posted(folded) or bool(GOV_RECORD.match(folded.strip()))


def posted(folded: str) -> bool:
    """A line that says when a web or app article was posted: a date and a
    time (`2019-09-14 16:53 来源：中国新闻网`, `合肥晚报 2024-07-08 07:45 安徽`)."""
    return bool(POSTED.search(folded))


def long_notice(folded: str) -> bool:
    """A paragraph of any length that is a notice of the paper: `更正：本报6月1日
    第3版…特此更正。`, a lost-certificate notice (`…遗失，声明作废。`)."""
    line = folded.strip()
    return bool(NOTICE_TEXT.search(line) or EDITORS_NOTE.search(line)) and not line.startswith(("据", "记者"))


def opens_block(found: Furniture | None, folded: str) -> bool:
    """Whether a furniture line heads a block: the lines under it, up to the
    next headline, are furniture too (an ad under 广告, a notice under 更正,
    the entries of a 导读 box)."""
    line = folded.strip()
    return (found == Furniture.ADVERT and bool(ADVERT.match(line) or AD_LABEL.match(line)) and len(line) <= 12) or (
        found == Furniture.NOTICE and bool(NOTICE_TITLE.match(line))) or (
        found == Furniture.DIGEST and bool(DIGEST_TITLE.match(line))) or (
        found == Furniture.NAVIGATION and bool(RELATED.match(line)))
