"""Photo credits as Chinese papers print them.

A credit names who shot or supplied a photo: `陈敏/摄`, `新华社记者 张三 摄`,
`本报记者 李四摄`, `王五摄(影像中国)`, `图/记者 某某攝`, `摄影：张三`,
`图片来源:XX`, `XX供图`, `（XX网发 XX供图）`, `资料图片`. It stands on a line of
its own, in parentheses or not, or at the end of its caption
(`…车间一角。赵六 摄`). Functions read folded text and return spans.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from indexer import names
from indexer.model import CreditPlace
from search.text.cjk import HAN

# Each form: a pattern whose group "who" is the credited party, and where the
# caption stands. "who" of a 摄 form must read as a byline (names, roles,
# outlets), which keeps ordinary sentences ending in 拍摄 out.
SOURCE_FORM = re.compile(r"^(?:图片来源|图片提供|图片|图源|原图|来源|照片|图)\s*[:：/／|｜]\s*"
                         r"(?P<who>.+?)\s*(?:摄|供图)?$")
# 图自国际科技创新中心网站: where a picture was taken from
FROM_FORM = re.compile(r"^(?:图自|图片来自|图片源自|图源自|图片取自)\s*(?P<who>[^。！？，,]{2,30}?)$")
SHOT_BY_FORM = re.compile(r"^(?:摄影|摄)\s*[:：/／|｜]\s*(?P<who>.+)$")
SHOT_SPACED_FORM = re.compile(r"^摄影\s+(?P<who>\S{2,4}(?:\s+\S{2,4}){0,2})$")  # 摄影 王斌: names only
SHOT_FORM = re.compile(r"^(?P<who>.{1,40}?)\s*[/／]?\s*摄(?:影)?(?:报道)?\s*(?:[(（](?P<agency>[^)）]{1,12})[)）])?$")
# 供图　长春新区新闻中心, 图片提供 某某公司: the word first, then who supplied the picture
SUPPLIED_FIRST_FORM = re.compile(r"^(?:供图|图片提供)\s*[:：/／|｜]?\s*(?P<who>[^。！？，,\s][^。！？，,]{1,29})$")
SUPPLIED_FORM = re.compile(r"^(?P<who>[^。！？，,]{1,30}?)\s*(?:供图|供稿|提供图片|提供)$")
SUPPLIED_BY_FORM = re.compile(r"^图片由(?P<who>[^。！？]{1,30}?)提供$")
AGENCY_FORM = re.compile(rf"^(?P<who>[{HAN}]{{1,10}}(?:社|网|报|台))发(?:\s+(?P<rest>.+))?$")
# `自贡高新区/摄`, `XX公司／摄`: a slash before 摄 makes any party a credit.
SLASH_SHOT_FORM = re.compile(r"^(?P<who>[^。！？，,；;]{2,24}?)\s*[/／]\s*(?:摄(?:影)?|照片)$")  # 付伟/照片 too
# 资料图片, 本报资料图, 资料图片 摄于2020年5月: a picture from the archive
# (本版图片均为资料图, 以上图片均为资料图片: the page's note on its pictures)
STOCK_FORM = re.compile(rf"^(?P<who>(?:本报|本刊|本网|相关|{names.OUTLET}"
                        r"|(?:本版|本组|本文|文中|以上|上述)?(?:图片|照片)(?:均为|均系|为|系))?资料(?:图片|图|照片|照)"
                        rf"(?:\s+摄于[^。！？]{{2,12}})?"
                        r"|视觉中国|东方IC|图虫创意|人民图片|人民视觉|中新图片|新华社图片)$")
REPORTER_FORM = re.compile(rf"^(?P<who>[{HAN}]{{0,10}}记者\s*[/／]\s*[{HAN}]{{2,4}})$")
# English credits: `Photos provided to China Daily`, `Photo by Zhang San`, `[Photo/Xinhua]`.
ENGLISH_FORM = re.compile(r"^\[?(?:[Pp]hotos?|[Pp]hotograph)\s*"
                          r"(?:(?:[Pp]rovided\s+(?:to|by)|by|courtesy\s+of)\s+|/\s*|:\s*)"
                          r"(?P<who>[A-Z][\w'’. -]{1,40}?|[a-z][\w.-]{2,40}\.(?:com|cn|org|net)(?:\.cn)?)\.?\]?$")
# (Xinhua/Xiao Yijiu), [Photo/Xinhua]: an agency's photographer after a caption
AGENCY_SLASH_FORM = re.compile(r"^(?:Xinhua|CNS|China\s+Daily|VCG|IC|AFP|Reuters|AP)\s*/\s*"
                               r"(?P<who>[A-Z][\w'’. -]{1,40}?)$")
ENGLISH_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")  # Du Zixuan, Xiao Yijiu
BRACKETED_SHOT = re.compile(rf"^(?P<who>[{HAN}][{HAN}\s]{{1,11}}?)\s*摄(?:影)?$")
# （科技園公司圖片）: in brackets, a body's picture
BRACKETED_PICTURE = re.compile(rf"^(?P<who>[{HAN}]{{2,16}}?)\s*(?:图片|照片)$")
PARENS = re.compile(r"^[(（【\[](?P<inner>.*)[)）】\]]$")
SENTENCE = re.compile(r"[。！？!?；;]")
SPLIT_POINT = re.compile(r"(?<=[。！？!?”\s，,])|(?=[(（【·•])")  # …新铁路桥，张维涛摄影: after a comma too
# A credit set between dots as some papers print it: ·记者 徐斌摄·
DOTTED = re.compile(r"^[·•]\s*(?P<inner>[^·•]+?)\s*[·•]$")
MAX_TRAILING = 40


@dataclass(frozen=True)
class Credit:
    """A recognised credit: the credited party's span, the photographers'
    name spans, and where its caption stands."""
    who: tuple[int, int]
    photographers: list[tuple[int, int]]
    place: CreditPlace


SHOT_ON = re.compile(r"(?<=\s)(?:\d{4}年)?\d{1,2}月\d{1,2}日(?=\s*摄[)）]?\s*$)")


def credit(folded: str) -> Credit | None:
    """The credit a whole text is, or None."""
    # 新华社记者 杨世尧 4月1日摄: the day it was shot, blanked (same length: spans stay where they are)
    folded = SHOT_ON.sub(lambda m: " " * len(m.group()), folded)
    text = folded.strip()
    offset = folded.find(text) if text else 0
    dotted = DOTTED.match(text)
    if dotted:
        found = credit(dotted.group("inner"))
        return _shift(found, offset + dotted.start("inner")) if found else None
    m = PARENS.match(text)
    if m:
        found = credit(m.group("inner"))
        if found:
            return _shift(found, offset + m.start("inner"))
        shot = BRACKETED_SHOT.match(m.group("inner"))
        if shot:  # （新宣 摄）, （陈小阳黄耿煌摄）: in brackets any party shot it
            start = offset + m.start("inner")
            who = shot.group("who")
            people = names.byline(who, need_role=False, strict=True) or names.glued_pair(who) or []
            return Credit((start, start + shot.end("who")), [(start + s, start + e) for s, e in people],
                          CreditPlace.SUFFIX)
        picture = BRACKETED_PICTURE.match(m.group("inner"))
        if picture and (names.ORGANISATION.fullmatch(picture.group("who"))
                        or names.OUTLET_ONLY.fullmatch(picture.group("who"))):
            start = offset + m.start("inner")
            return Credit((start, start + picture.end("who")), [], CreditPlace.SUFFIX)
        return None
    if not text or len(text) > 50:
        return None
    return _shift(_credit_forms(text), offset) if _credit_forms(text) else None


# 新华网 达娃 摄, 人民网 张三 李四 摄: an outlet stands for the role, the names after it are people
OUTLET_THEN_NAMES = re.compile(rf"^{names.OUTLET}\s+(?P<names>[{HAN}]{{2,4}}(?:[\s、][{HAN}]{{2,4}}){{0,2}})$")


def _after_outlet(who: str) -> list[tuple[int, int]] | None:
    """The names after an outlet in a credit (`新华网 达娃`), any 2-4 characters
    each: after an outlet, as after a role, no surname is needed."""
    m = OUTLET_THEN_NAMES.match(who)
    if m is None:
        return None
    return [(m.start("names") + k.start(), m.start("names") + k.end())
            for k in re.finditer(rf"[{HAN}]{{2,4}}", m.group("names"))]


def _credit_forms(text: str) -> Credit | None:
    for form, place in ((SOURCE_FORM, CreditPlace.PREFIX), (SHOT_BY_FORM, CreditPlace.SUFFIX),
                        (ENGLISH_FORM, CreditPlace.SUFFIX),
                        (SUPPLIED_BY_FORM, CreditPlace.SUFFIX), (STOCK_FORM, CreditPlace.SUFFIX),
                        (REPORTER_FORM, CreditPlace.SUFFIX), (FROM_FORM, CreditPlace.SUFFIX),
                        (AGENCY_SLASH_FORM, CreditPlace.SUFFIX)):
        m = form.match(text)
        if m and not SENTENCE.search(m.group("who")):
            who = m.span("who")
            if form is SOURCE_FORM and text.endswith("摄"):
                place = CreditPlace.SUFFIX  # （图/记者 某某摄） follows its caption, as 摄 credits do
            if form in (ENGLISH_FORM, AGENCY_SLASH_FORM) and ENGLISH_NAME.fullmatch(m.group("who")):
                return Credit(who, [who], place)  # (Xinhua/Du Zixuan): a photographer's name
            return Credit(who, _people(text, who), place)
    m = SHOT_SPACED_FORM.match(text)
    if m and names.byline(m.group("who"), need_role=False, strict=True):
        return Credit(m.span("who"), _people(text, m.span("who")), CreditPlace.SUFFIX)
    m = AGENCY_FORM.match(text)
    if m:
        end = len(text)
        rest = m.group("rest")
        if rest and not credit(rest):
            return None
        return Credit((m.start("who"), end), _people(text, (m.end("who") + 1, end)), CreditPlace.SUFFIX)
    m = SHOT_FORM.match(text)
    slash = SLASH_SHOT_FORM.match(text)
    if m is None and slash is not None:  # 付伟/照片: who, a slash and what they made, no 摄
        people = names.byline(slash.group("who"), need_role=False, strict=True) or []
        return Credit(slash.span("who"), list(people), CreditPlace.SUFFIX)
    if m and slash and names.byline(m.group("who").rstrip("/／ "), need_role=False, strict=True) is None:
        return Credit(slash.span("who"), [], CreditPlace.SUFFIX)  # 自贡高新区/摄: no person, still a credit
    if m:
        who = m.group("who").rstrip("/／ ")
        # after a role any 2-4 characters are a name (西藏日报记者 洛桑 摄, 记者 白玛泽旺 摄): no surname needed
        # (符超军李细华摄: two names the OCR glued, six characters, before 摄)
        people = names.byline(who, need_role=False, strict=True) or names.byline(who, need_role=True) \
            or _after_outlet(who) or (names.glued_pair(who) if len(who) == names.GLUED_PAIR_LENGTH else None)
        if people is not None:
            start = m.start("who")
            return Credit((start, start + len(who)), [(start + s, start + e) for s, e in people],
                          CreditPlace.SUFFIX)
        return None
    m = SUPPLIED_FORM.match(text) or SUPPLIED_FIRST_FORM.match(text)
    if m and len(m.group("who").split()) <= 3:
        return Credit(m.span("who"), [], CreditPlace.SUFFIX)
    return None


def _people(text: str, who: tuple[int, int]) -> list[tuple[int, int]]:
    """Photographers' names inside a credited party (`记者 某某` of `图/记者 某某摄`)."""
    part = text[who[0]:who[1]]
    part_clean = re.sub(r"\s*摄$", "", part)
    spans = names.byline(part_clean, need_role=False, strict=True) or []
    return [(who[0] + s, who[0] + e) for s, e in spans]


def shifted(found: Credit | None, offset: int) -> Credit | None:
    """A credit found in a text's tail, its spans in the whole text."""
    return _shift(found, offset) if found else None


def _shift(found: Credit, offset: int) -> Credit:
    def move(span: tuple[int, int]) -> tuple[int, int]:
        return (span[0] + offset, span[1] + offset)
    return Credit(move(found.who), [move(s) for s in found.photographers], found.place)


def trailing(folded: str) -> tuple[int, Credit] | None:
    """(where the credit starts, the credit) when a caption line ends with one
    (`…车间一角。赵六 摄`, `△…正在调试设备 陈七 摄`, `…合影。（XX供图）`).

    The credit must start after a sentence end, a space or an opening
    bracket, and what comes before it must be text of its own.
    """
    text = folded.rstrip()
    # a credit is at most MAX_TRAILING characters: only the line's end can hold one
    for m in SPLIT_POINT.finditer(text, max(0, len(text) - MAX_TRAILING - 1)):
        start = m.start()
        if start == 0 or start >= len(text) - 1:
            continue
        candidate = text[start:]
        if len(candidate.strip()) > MAX_TRAILING:
            continue
        found = credit(candidate)
        if found and text[:start].strip():
            return start, _shift(found, start)
    return None
