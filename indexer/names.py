"""People on a page: personal names, and the bylines that carry them.

Every function here reads *folded* text (simplified script, same length as the
original; see indexer.lines) and returns spans, so that the caller takes the
names from the page's own script. A byline is a run of tokens, each an outlet,
a role, a name or a place (`科技日报记者 张三 通讯员 李四 南京报道`); authors are
the names alone.
"""
from __future__ import annotations

import functools
import itertools
import re
from importlib import resources
from search.text.cjk import HAN

Span = tuple[int, int]

CJK_NAME = re.compile(rf"[{HAN}]{{2,4}}")
OUTLET_ENDS = "网报社台版"  # 丰城台: a county station, 海外版: an edition, no person
# Outlets as bylines and credits name them: 科技日报, 新华社, 人民网, 央视新闻.
# A paper may be named in its title marks (《欧洲侨报》讯) and an app by its Latin brand too (看看新闻Knews记者).
# (a Latin brand may come first: CNEWS匯流新聞網; a station's name: 新唐人亞太電視)
OUTLET = (rf"(?:本报|本刊|本网|本台|《?(?:[A-Za-z]{{2,10}})?[{HAN}]{{1,10}}?"
          r"(?:日报社|日报|晚报|早报|晨报|商报|时报|导报|周报|报社|报|新闻社|通讯社|杂志社|杂志|周刊|社|网|台|客户端|新闻|在线"
          r"|电视)"
          r"(?:》|[A-Za-z]{2,12}(?![A-Za-z]))?)")
# Roles of people who wrote or shot an article. 驻XX (a bureau) may precede any; a bureau's 海曙记者站 is one.
ROLE = (rf"(?:[{HAN}]{{0,4}}?记者站"
        rf"|(?:驻[{HAN}]{{1,4}}?)?(?:特约|首席|主任|高级|见习|实习|融媒体?|全媒体|特派|摄影|视频)?"
        r"(?:记者|通讯员|报道员|评论员|撰稿人|撰写人|撰稿|实习生|见习生|摄影师|主持人|采访人员)|作者|采写|供稿|摄影|文字|撰文|文图|图文"
        r"|图片|文|图|整理|采访|摄"
        r"|视频摄制|视频制作|视频拍摄|摄像|剪辑)")
# An outlet's editor named after its reporters (每经编辑, 潮新闻编辑)
OUTLETS_EDITOR = re.compile(rf"[{HAN}]{{1,4}}(?:编辑|责编)")
# Who was interviewed, not who wrote: 口述：沈伟国 采访：郭继 整理：刘捷 (an oral history's credits)
SUBJECT_ROLE = re.compile(r"^(?:口述|受访者?|嘉宾|主讲)$")
# Any short name of an outlet may stand right before a reporter's role (央视记者, 中央社记者).
ANY_OUTLET = (rf"(?:[{HAN}]{{2,8}}?(?=(?:特约|首席|主任|高级|见习|实习|融媒体?|全媒体|特派|摄影|视频)?"
              r"(?:记者|通讯员|采访人员)))")
# Outlets may be joined before the role: 天山网-新疆日报记者, 中青报·中青网记者
# and a paper's local bureau may follow it unseparated: 大众日报淄博融媒体中心记者
# (a paper's Latin initials may stand for it: YMG记者刘洁, 烟台日报传媒集团 YMG)
ROLES = re.compile(rf"^(?:(?:{OUTLET}\s*[-－—/／·]\s*)*"
                   rf"(?:{OUTLET}{ANY_OUTLET}|{OUTLET}|{ANY_OUTLET}|[A-Z]{{2,6}})?{ROLE})+")
# What follows a name in a bracketed credit line: （本报记者 李四参与采写）
CONTRIBUTED = re.compile(r"(?:参与)?(?:采写|采访|整理|供稿)$")
REPORTED = re.compile(r"报[道导]$")  # 記者李純君報導: the name, then 报导 glued on
EDITOR_ROLE = re.compile(r"^(?:本版|本期|本栏)?(?:责任编辑|责编|编辑|编审|校对|审核|审校|值班编辑|美术编辑|美编"
                         r"|版式设计|版式"
                         r"|(?:执行|副)?主编"
                         r"|制图"
                         r"|统筹|(?:文案)?策划|文案|监制|出品人?"
                         r"|航拍|摄像|剪辑|后期|配音|包装|视频制作"  # a video's crew, no authors
                         r"|[一二三]审|初审|复审|终审"  # 一审：… 二审：… 三审：…: a site's review, no authors
                         r"|首席编辑|视觉设计|视觉|设计|排版"
                         r"|总值班|值班主任|值班总编)")  # the night's editors on duty
REPORTER = re.compile(r"^(?:本报|特约|全媒体)?(?:记者|通讯员|撰文|文\s*[/／:：])")
MAX_EDITOR_CONTACT = 60  # 本版责编：刘峣 邮箱：…: an editor line with an address
EDITOR_INSIDE = re.compile(r"\s(?:本版)?(?:责任编辑|责编|编辑|美编|校对|版式)\s*[:：]")
# Place words of a byline: 北京报道, 发自北京, a lone 报道.
PLACE = re.compile(rf"^(?:[{HAN}]{{0,8}}报[道导]|发自[{HAN}]{{1,8}}|[{HAN}]{{1,8}}电)$")
# How place names end (南京, 石家庄, 黄石, 宿迁): a three-character word before 报道 that ends
# otherwise, after names, is one more name, not where they reported from
PLACE_ENDINGS = set("州京口庄山江阳安城海门沙原宁川林昌都南北东西兴泉岛石台湾源德定坊港溪湖化迁乡镇县区市")
# 天山网-新疆日报记者: outlets joined by a hyphen; 丨 (a Han character) serves as a bar too
TOKEN = re.compile(r"[^\s、,，;；/／|｜丨:：·•\-－—]+")
# An outlet with its reporter's name glued on, no role between (海外网姜舒译; three characters:
# 中新网甘肃 is a place; 网易新闻, 网易许昌: the portal 网易, no 网 and a 易 surname)
OUTLET_THEN_NAME = re.compile(rf"(?:本报|本刊|本网|[{HAN}]{{1,6}}?(?:日报|晚报|报|网(?!易)|新闻|客户端))"
                              rf"(?P<name>[{HAN}]{{3}})")
# An outlet standing alone in a byline (`青报全媒体/观海新闻记者 王萌`): no name, no role.
OUTLET_ONLY = re.compile(rf"{OUTLET}(?:全媒体|融媒体)?"
                         rf"|[{HAN}]{{1,8}}(?:全媒体|融媒体中心|融媒中心|融媒体|新闻中心|传媒中心|传媒集团|客户端|记者站|中心站)")
# An organisation whose people a byline names next (`襄阳市融媒体中心 李四 王五`): no person itself.
ORGANISATION = re.compile(rf"[{HAN}]{{1,12}}(?:融媒体中心|新闻中心|传媒中心|宣传部|报道组|办公室|管委会|工委|委员会"
                          rf"|中心|局|公司|集团|研究会|研究院|研究所|课题组|协会|学会)")
CONNECTOR = {"和", "与", "及", "等"}
JOINERS = {"·", "•", "-", "－", "—", "/", "／"}  # what joins two outlets printed as one
NAMES_LINE = re.compile(rf"[{HAN}\s、，,]+")


@functools.cache
def _surname_file() -> tuple[str, tuple[str, ...]]:
    """data/surnames.txt read once: the single-character surnames in the file's
    order (most common first: 王李张刘陈…) and the compound ones."""
    text = resources.files("indexer").joinpath("data", "surnames.txt").read_text("utf-8")
    single: list[str] = []
    compound: list[str] = []
    in_compound = False
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("#"):
            in_compound = in_compound or line.lstrip("# ").startswith("compound")
            continue
        if line:
            (compound.append(line) if in_compound else single.append(line))
    return "".join(single), tuple(compound)


@functools.cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """Single-character and compound surnames, from data/surnames.txt."""
    single, compound = _surname_file()
    return frozenset(single), frozenset(compound)


@functools.cache
def surname_ranks() -> dict[str, int]:
    """Single-character surnames by how common they are (0 the commonest)."""
    ranks: dict[str, int] = {}
    for char in _surname_file()[0]:
        ranks.setdefault(char, len(ranks))
    return ranks


# Words that a surname starts but no person bears: 实录, 综合, 通讯 …
NOT_NAMES = frozenset("房产 实录 综合 整理 编译 报道 通讯 新闻 时评 快评 短评 述评 视频 图片 图文 专访 特稿 "
                      "评论 观察 本报 记者 作者 来源 编辑 责编 摄影 全文 详情 原标题 张江 高新 园区 管委 "
                      "万元 亿元 方面 上午 下午 全媒体 融媒体 全媒 融媒 首席 特约 见习 实习 "
                      # 记者提问, 记者手记: what the reporter does; ■公示: a notice's title; no name
                      "提问 追问 连线 手记 问答 公示 公告 通知 告示".split())
# words a surname opens that are no names, however they go on (代表说, 凤凰山)
NOT_NAME_OPENINGS = ("代表", "代理", "代号", "代价", "代码", "代替", "凤凰")


# What ends a body's short name, never a person's (区政协, 市人大)
BODY_ENDS = ("政协", "人大", "党委", "政府", "法院", "高新")  # 余高新: 新余高新区's desk, no person


def is_name(word: str) -> bool:
    """A plausible Chinese personal name: a surname and one or two more characters."""
    word = unspaced(word)
    if not CJK_NAME.fullmatch(word) or word in NOT_NAMES or (len(word) == 3 and word[-1] in OUTLET_ENDS) \
            or word.endswith(BODY_ENDS) or word.startswith(NOT_NAME_OPENINGS):
        return False  # 荆楚网, 齐鲁报: an outlet, not a person; 区政协: a body
    single, compound = surnames()
    if word[:2] in compound:
        return len(word) >= 3
    return word[0] in single and len(word) <= 3


def tokens(text: str) -> list[tuple[str, Span]]:
    """The words of a byline-like text with their spans. A two-character
    name printed with a space to line up with three-character ones
    (`记者 王 巍`) is one word."""
    found = []
    for m in TOKEN.finditer(text):
        found.extend(_unglued(m.group(), m.start()))
    merged: list[tuple[str, Span]] = []
    k = 0
    while k < len(found):
        word, (start, end) = found[k]
        if k + 1 < len(found) and len(word) == 1 and len(found[k + 1][0]) == 1 \
                and SPACED_NAME_GAP.fullmatch(text[end:found[k + 1][1][0]]) and is_name(word + found[k + 1][0]):
            merged.append((text[start:found[k + 1][1][1]], (start, found[k + 1][1][1])))
            k += 2
            continue
        merged.append(found[k])
        k += 1
    return merged


# (never a bureau's 记者站: 海曙记者站张黎升 is one role and its name)
GLUED_ROLE = re.compile(r"(?<=[^\s])(?:(?:见习|实习|特约|首席)?(?:记者(?!站)|通讯员)|实习生|见习生)(?=[^\s])")


def _unglued(word: str, start: int) -> list[tuple[str, Span]]:
    """A byline the OCR printed without spaces (`记者陆增安通讯员欧阳钢桥`) cut
    before each role inside it that follows a name."""
    cuts = [m.start() for m in GLUED_ROLE.finditer(word) if is_name(word[:m.start()][-4:]) or
            is_name(word[:m.start()][-3:]) or is_name(word[:m.start()][-2:])]
    bounds = [0, *cuts, len(word)]
    return [(word[a:b], (start + a, start + b)) for a, b in itertools.pairwise(bounds) if a < b]


SPACED_NAME_GAP = re.compile(r"[ \u3000]{1,2}")


def unspaced(name: str) -> str:
    """A name as one word: `王 巍` (spaced to line up) is 王巍."""
    return re.sub(rf"(?<=[{HAN}])[ \u3000]+(?=[{HAN}])", "", name)  # not Zhang Zhihao


SIGNED = re.compile(r"^\s*(?:[—－-]{1,2}|[(（])\s*")
POSITION = re.compile(r"(?:审判长|院长|主任|书记|教授|研究员|主席|会长|局长|总经理|董事长|所长|区长|市长|委员|代表"
                      r"|专家|"
                      r"博士|讲师|部长|处长|社长|总编辑|首席[^\s]{0,4}|分析师|经济学家|学者)$")


def signature(folded: str) -> list[Span] | None:
    """The author of a signed piece at its end: `——杨学明`, or a position and a
    name (`最高人民法院知识产权法庭审判长 岑宏宇`)."""
    dash = SIGNED.match(folded)
    dashed = bool(dash) and dash.group().strip() in ("——", "—", "－－", "--", "-")
    if dashed and names_only(folded[dash.end():]):
        return [(dash.end() + s, dash.end() + e) for s, e in names_only(folded[dash.end():])]
    rest = folded[dash.end():] if dashed else folded
    if dashed and PEN_NAME.fullmatch(rest) and rest not in NOT_NAMES and not GENRE_WORD.search(rest):
        return [(dash.end(), len(folded))]  # ——希扬: a pen name signs an opinion piece, whatever its surname
    offset = len(folded) - len(rest)
    # 最高人民法院知识产权法庭审判长 岑宏宇, ——浙江日报报业集团社长、党委书记 姜军: a position and a name
    position = rf"[{HAN}、]" if dashed else f"[{HAN}]"  # a dash may sign several posts (社长、党委书记)
    m = re.fullmatch(rf"({position}{{2,26}}?)[\s　]+([{HAN}]{{2,3}})\s*", rest)
    if m and len(rest) <= 36 and POSITION.search(m.group(1)) and is_name(m.group(2)):
        return [(offset + m.start(2), offset + m.end(2))]
    if (posted := _posts_and_names(rest)) is not None:
        return [(offset + s, offset + e) for s, e in posted]
    # ——王胜光（中国科学院…研究员）: a name, then the writer's post in brackets
    m = re.fullmatch(rf"([{HAN}]{{2,3}})\s*[(（][^()（）]{{2,40}}[)）]\s*", rest)
    if dashed and m and is_name(m.group(1)) and POSITION.search(rest.rstrip(")） ")):
        return [(offset + m.start(1), offset + m.end(1))]
    # 湖北监利县 郑东平: a reader's letter signed with where the writer lives and the name
    m = PLACE_SIGNED.fullmatch(rest)
    if m and is_name(m.group("name")):
        return [(offset + m.start("name"), offset + m.end("name"))]
    return None


def _posts_and_names(folded: str) -> list[Span] | None:
    """The names of a line of posts, each followed by its holder's name, set apart by spaces: `市委书记 许峰
    市长 包鸣` under a New Year's address, `中共河源市高新区工委　书记　孙锋` under a signed one (a body, its
    post, the name)."""
    words = list(re.finditer(r"\S+", folded))
    if len(folded) > MAX_POSTS_LINE or len(words) < 2:
        return None
    found: list[Span] = []
    post = ""
    for word in words:
        if post and POSITION.search(post) and is_name(word.group()):
            found.append(word.span())
            post = ""
        elif re.fullmatch(rf"[{HAN}]{{1,26}}", word.group()):
            post += word.group()
        else:
            return None
    return found if found and not post else None


MAX_POSTS_LINE = 40  # characters of a line of posts and names


PLACE_SIGNED = re.compile(rf"[{HAN}]{{2,12}}?(?:省|市|县|区|州|旗|镇|乡|村)[\s　]+(?P<name>[{HAN}]{{2,3}})\s*")


PEN_NAME = re.compile(rf"[{HAN}]{{2,3}}")
# what a subtitle after a dash says the piece is (——纪实, ——访谈录), never a pen name
GENRE_WORD = re.compile(r"纪实|访谈|专访|特写|侧记|手记|述评|综述|调查|解读|实录|随笔|札记|巡礼|回眸|见闻|报道"
                        r"|故事|启示|观察|笔记")


def names_only(folded: str) -> list[Span] | None:
    """Spans of the names on a line that holds only names (`王帅`, `徐浩 赵斯亮`,
    `张三、李四`), else None."""
    words = tokens(folded)
    if not words or len(folded) > 24 or not NAMES_LINE.fullmatch(folded):
        return None
    found = [span for word, span in words if is_name(word)]
    return found if len(found) == len(words) else None


INNER_MARK = re.compile(r"(?<=\s)[□■◇◆●○](?=\s)")  # a mark set between a byline's people
# A mark before a byline or a credit (□记者 王世宁, ■记者 刘建新 摄, ＼大公報記者黃洋港攝); one list for both
BYLINE_MARK = re.compile(r"^\s*[□■◇◆●○▲△▶►▸◎☉⊙★☆＼\\▍▌┃](?=\s*\S)\s*")
# an outlet's or app's name of any form (大河财立方, 红网时刻), not a caption's (…鸟瞰图, …园区)
APP_NAME = re.compile(rf"[{HAN}]{{1,5}}[^图照摄区\W]")


PRESS_TEAM = "报道组"  # an organisation's team of reporters (区委报道组): it stands for their role
SPACED_ROLE = re.compile(r"记\s+者|通\s*讯\s*员(?<!通讯员)|实\s+习\s*生")
GLUED_CLOSING_ROLE = re.compile(rf"(?<=[{HAN}])(?P<role>文\s*[/／]\s*图|图\s*[/／]\s*文)$")


def byline(folded: str, need_role: bool = True, strict: bool = False) -> list[Span] | None:
    """Spans of the author names in a byline, or None when the text is not one.

    Each token must be an outlet/role run (`本报记者`), a role run followed by
    a name (`记者张三`), a name, a place (`南京报道`) or a connector; at least one
    name. With `need_role`, a text of names alone is not a byline (that is an
    author line, told apart by the caller). A word after a role counts as a
    name when it has a known surname, or, unless `strict`, any 2-4 characters.
    """
    if len(folded) > 60 or re.search(r"[。！？!?；;“”\d]", folded):
        return None
    folded = BYLINE_MARK.sub(" ", folded)  # □记者 王世宁: a mark before the byline, a space in its place
    folded = INNER_MARK.sub(" ", folded)  # 记者 刘晓磊 □ 马 翔: a mark between two people, a space too
    # 记 者 沈宏臣: a role set letter-spaced, read whole (its spaces after it: the names keep their places)
    folded = SPACED_ROLE.sub(lambda m: re.sub(r"\s", "", m.group()).ljust(len(m.group())), folded)
    # 本报记者王晓宁崔正博文/图: the closing role glued to the last name, set apart (after every name:
    # the names' places do not move)
    folded = GLUED_CLOSING_ROLE.sub(r" \g<role>", folded)
    names: list[Span] = []
    has_role = False
    after_role = False  # the token before was a role alone: `记者 仪博文`
    words = tokens(folded)
    platform = -1  # the word that is an outlet's app or site (齐鲁晚报·齐鲁壹点 杜晓丹)
    subject = False  # the names after 口述 are the speaker's, no author's
    for i, (word, (start, _)) in enumerate(words):
        if i == platform:
            continue
        if SUBJECT_ROLE.match(word):
            subject = has_role = True
            continue
        if subject and not ROLES.match(word):
            continue
        subject = False
        if (EDITOR_ROLE.match(word) or OUTLETS_EDITOR.fullmatch(word)) and names:
            break  # 记者：何曼 编辑：琪琪, 每经编辑：杨欢: editors are no authors
        # 文涛 is a name, not 文 + 涛; 文图 is a role whole, not a name
        role = ROLES.fullmatch(word) or (None if is_name(word) else ROLES.match(word))
        rest = word[role.end():] if role else word
        if role and role.group() in GLUED_WORD_ROLES and rest and not is_name(rest):
            return None  # 文化进工地: a word (文化…), not the role 文 glued to a name
        offset = start + (role.end() if role else 0)
        if role:
            has_role = True
        named_by_role = bool(role) or after_role
        after_role = bool(role) and not rest
        if not rest or rest in CONNECTOR:
            continue
        if not role and i + 1 < len(words) and folded[words[i][1][1]:words[i + 1][1][0]] in JOINERS \
                and not is_name(rest) and _outlet_role(words[i + 1][0]):
            continue  # 草原云•内蒙古新闻网记者: a platform joined to the outlet before the role
        if not role and i == 0 and i + 1 < len(words) and ROLES.match(words[1][0]) and not is_name(rest) \
                and APP_NAME.fullmatch(rest) and not folded.rstrip().endswith("摄"):  # 奠基仪式现场 记者 姚卡/摄
            continue  # 红网时刻 通讯员 易建军…, 大河财立方 记者 陈诗昂: an outlet or app before the first role
        if not role and OUTLET_ONLY.fullmatch(rest) and i + 1 < len(words):
            # 中青报·中青网记者 王海涵: the outlets before the role; 今日重庆杂志 高维微: the
            # outlet stands for the role (the names after it must read as names)
            spaced = folded[words[i][1][1]:words[i + 1][1][0]].strip() == ""  # not 长城网 · 冀云 (a brand)
            if not spaced and i == 0 and i + 2 < len(words) and not is_name(words[i + 1][0]):
                platform, spaced = i + 1, True  # the outlet and its app, then the names
            has_role = has_role or (i == 0 and spaced)  # 今日重庆杂志 高维微, 昌吉州融媒体中心 刘茜
            continue
        press_team = i == 0 and rest.endswith(PRESS_TEAM)  # 区委报道组 周大正 黄日聪: a team of reporters, a role
        if not role and ORGANISATION.fullmatch(rest) and (names or named_by_role or (i == 0 and not need_role)
                                                          or press_team) and i + 1 < len(words):
            # 记者 张三 某某融媒体中心 李四 王五, （区委报道组 周大正 黄日聪）: the names after it are its people
            after_role = True
            has_role = has_role or press_team
            continue
        contributed = CONTRIBUTED.search(rest)  # 李四参与采写
        if contributed and is_name(rest[:contributed.start()]):
            rest = rest[:contributed.start()]
        reported = REPORTED.search(rest)  # 記者李純君報導 (not 衡阳报道: a place)
        if reported and _named_not_placed(rest[:reported.start()]):
            rest = rest[:reported.start()]
        elif role and (filed := _name_then_place(rest)):
            rest = filed  # 大紀元記者方惠萱台灣報導, 記者歸鴻亭台北特稿: the name, where from, what it is
        if (named_by_role and not role and not strict and len(rest) <= 3
                and CJK_NAME.fullmatch(rest) and rest not in NOT_NAMES):
            names.append((offset, offset + len(rest)))  # 记者 仪博文 报道: a role, then its name
            continue
        slashed = i == len(words) - 1 and names and folded[words[i - 1][1][1]:start].strip() in ("/", "／")
        # □魏东 李广寅 报道, （姚荃茂 报道）: a name before 报道 (南京 报道: a place)
        before_report = i + 1 < len(words) and words[i + 1][0] in ("报道", "电") and not _named_not_placed(rest)
        if PLACE.match(rest) or before_report or (
                slashed and len(rest) <= 3):  # 记者张韶雯／台北: the place after a slash
            has_role = True  # a place only stands in a byline
            continue
        if names and has_role and not role and i == len(words) - 1 and re.fullmatch(OUTLET, rest) \
                and not is_name(rest) and not re.search(r"[:：（(]", folded):
            continue  # 记者 尹哲 太原晚报: the reporter's paper after the name, no name itself
        # 记者 夏继锋 向光 笑薇 丁阳: a pen name among the names a role heads counts as one of them
        in_run = bool(names) and has_role and names[-1][1] == start - 1 and folded[start - 1] == " "
        # (图文/新华社发: the agency that sent the pictures out, no name)
        if is_name(rest) or ((named_by_role or in_run) and not strict and CJK_NAME.fullmatch(rest)
                             and rest not in NOT_NAMES and not re.fullmatch(rf"{OUTLET}发?", rest)):
            names.append((offset, offset + len(rest)))
            continue
        glued = OUTLET_THEN_NAME.fullmatch(rest)
        if glued and is_name(glued.group("name")):  # 海外网姜舒译 摄: an outlet glued to its reporter
            names.append((offset + glued.start("name"), offset + glued.end("name")))
            has_role = True
            continue
        if (has_role or named_by_role) and (pair := glued_pair(rest)):
            names.extend((offset + s, offset + e) for s, e in pair)  # 秦楼王进文: two names the OCR glued
            continue
        return None
    if not names or (need_role and not has_role):
        return None
    return names


# Where a story was filed from and what it is, glued after its reporter's name (台湾报导, 台北特稿)
FILED_FROM = re.compile(rf"[{HAN}]{{1,3}}[{''.join(sorted(PLACE_ENDINGS))}](?:报[道导]|特稿|专电|电)")


def _name_then_place(word: str) -> str | None:
    """The name of `方惠萱台湾报导`, `归鸿亭台北特稿` (a name, where from, what), else None."""
    for cut in (3, 2):
        if is_name(word[:cut]) and FILED_FROM.fullmatch(word[cut:]):
            return word[:cut]
    return None


# Roles that open common words too (文化, 图片来源, 摄制): glued to what follows, only a known name makes them one
GLUED_WORD_ROLES = frozenset((*"文图摄", "图片"))


def _named_not_placed(word: str) -> bool:
    """A two- or three-character word with a known surname that does not end
    like a place's name (李广寅, 陶刚; not 石家庄, 南京): before 报道 a name, not where from."""
    return len(word) in (2, 3) and is_name(word) and word[-1] not in PLACE_ENDINGS


GLUED_PAIR_LENGTH = 6  # characters of two three-character names printed without a space


def glued_pair(word: str) -> list[Span] | None:
    """Two known names a lost space glued into one word (`秦楼王进文`,
    `陈小阳黄耿煌`): their spans, else None."""
    cuts = [cut for cut in (2, 3, 4)  # 欧阳钢桥甘晓旭: a compound surname makes four
            if 2 <= len(word) - cut <= 4 and is_name(word[:cut]) and is_name(word[cut:])]
    if not cuts:
        return None
    # 谢喜阳陈雅: 谢喜阳 and 陈雅 rather than 谢喜 and 阳陈雅; the second name's surname the more common
    ranks = surname_ranks()
    cut = min(cuts, key=lambda c: ranks.get(word[c], 0))
    return [(0, cut), (cut, len(word))]


def _outlet_role(word: str) -> bool:
    """An outlet and a role in one word (内蒙古新闻网记者), maybe with its name
    glued on (甘肃日报记者李满福), not a role alone (文, 记者)."""
    role = ROLES.match(word)
    return bool(role) and not ROLE_ONLY.fullmatch(word[:role.end()]) and (
        role.end() == len(word) or is_name(word[role.end():]))


ROLE_ONLY = re.compile(ROLE)


EN_NAME = r"[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+){1,3}"
# `By Zhang Zhihao | China Daily`, `By Andrew Moody and Li Lei in Xi'an`: an English byline
ENGLISH_BYLINE = re.compile(rf"^\s*(?:[-–—]\s*)?By\s+(?P<names>{EN_NAME}(?:\s*(?:,|and|&)\s*{EN_NAME})*)"
                            r"\s*(?:(?:[|｜,]|\bin\b)\s*[^。，]{0,40})?$")


def english_byline(text: str) -> list[Span] | None:
    """Spans of the names in an English byline, or None."""
    m = ENGLISH_BYLINE.match(text)
    if not m:
        return None
    start = m.start("names")
    return [(start + n.start(), start + n.end()) for n in re.finditer(EN_NAME, m.group("names"))]


def marked_names(folded: str) -> list[Span]:
    """Spans of whatever reads as a name in a text marked as a byline (`► …`),
    roles taken off: for bylines that `byline` cannot read whole."""
    found = []
    for word, (start, end) in tokens(folded):
        role = None if is_name(word) else ROLES.match(word)
        skip = role.end() if role else 0
        if is_name(word[skip:]) or (role and CJK_NAME.fullmatch(word[skip:]) and word[skip:] not in NOT_NAMES):
            found.append((start + skip, end))
    return found


def editor_line(folded: str) -> bool:
    """`责任编辑：张三`, `（编辑 李四）`: a line naming editors, who are no authors."""
    inner = re.sub(r"(?<=[)）])\d{6,8}$", "", folded.strip())  # （編輯：翟思嘉）1090824: CNA's date code after it
    inner = inner.strip().strip("()（）[]［］【】")
    # a line of several roles with their names (总值班:… 值班主任:… 美编:… 校对:…) runs longer
    roles = len(re.findall(r"[:：]", inner))
    longest = MAX_EDITOR_CONTACT if "@" in inner or "邮箱" in inner or roles >= 3 else 30
    if re.search(r"[。！？]", inner) or len(inner) > longest:
        return False
    inner = re.sub(rf"^{OUTLET}(?=编辑|责编|责任编辑)", "", inner)  # （央广网编辑：赵书琪）
    if REPORTER.match(inner):
        return False  # 记者：何曼 编辑：琪琪: a byline that names the editor too
    # 责任编辑：张三 at the start, or `财经频道 责编：李明旭` after a page's name
    role = EDITOR_ROLE.match(inner)
    if role and not _names_follow(inner[role.end():]):
        role = None  # 审核公告目录》，…, 统筹推进…: a sentence's words, not a role over names
    return bool(role or EDITOR_INSIDE.search(inner))


def _names_follow(rest: str) -> bool:
    """What follows an editor's role: a mark or space before names, names
    glued to it (责任编辑张三), or nothing (the names on the next line)."""
    if not rest.strip() or re.match(r"[\s:：/／|｜丨】\])）]", rest):
        return True
    first = re.split(r"[\s、，,]", rest, maxsplit=1)[0]
    return is_name(first) or not (re.search(r"[，,。《》“”]", rest) or len(rest) > MAX_ROLE_REST)


MAX_ROLE_REST = 12  # characters glued to a role word that can still be more roles or a label (编辑推荐)


def spans_text(text: str, spans: list[Span]) -> list[str]:
    """The strings of spans in text, in order, without repeats."""
    return list(dict.fromkeys(unspaced(text[s:e]) for s, e in spans))
