"""Figures an article states: money, counts, shares and areas, each with its
value normalised to a number and a unit, the qualifiers printed around it
(约, 近, 超, 多, 以上, 累计, 同比增长…), what it measures (search.text.measures),
and the sentence it stands in.

Numbers are read on the searchable form of the text (search.text.normalize:
simplified script, NFKC, same length), so `１２％`, `叁` pages and traditional
pages read alike, and every span cuts the sentence as printed. Chinese and
mixed numerals (`三千`, `1.2万`, `两亿`) are converted by cn2an.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

import cn2an

from search.text import measures
from search.text.normalize import normalize


class Kind(str, Enum):
    """What sort of quantity a figure is."""
    MONEY = "money"
    COUNT = "count"
    SHARE = "share"
    AREA = "area"


KIND_LABELS = {Kind.MONEY: "金额", Kind.COUNT: "数量", Kind.SHARE: "比例", Kind.AREA: "面积"}


@dataclass(frozen=True)
class Unit:
    """A printed unit: its kind, the unit values are kept in, and the factor to it."""
    kind: Kind
    base: str
    factor: float = 1.0


# Printed unit -> how it is normalised. Longest first in the pattern, so that
# 平方公里 wins over 平方米's prefix and 人次 over 人.
UNITS: dict[str, Unit] = {
    "元": Unit(Kind.MONEY, "元"), "美元": Unit(Kind.MONEY, "美元"), "欧元": Unit(Kind.MONEY, "欧元"),
    "港元": Unit(Kind.MONEY, "港元"), "日元": Unit(Kind.MONEY, "日元"), "英镑": Unit(Kind.MONEY, "英镑"),
    "%": Unit(Kind.SHARE, "%"), "成": Unit(Kind.SHARE, "%", 10.0), "个百分点": Unit(Kind.SHARE, "个百分点"),
    "平方公里": Unit(Kind.AREA, "平方米", 1e6), "平方千米": Unit(Kind.AREA, "平方米", 1e6),
    "平方米": Unit(Kind.AREA, "平方米"), "公顷": Unit(Kind.AREA, "平方米", 1e4),
    "亩": Unit(Kind.AREA, "平方米", 10000 / 15), "平米": Unit(Kind.AREA, "平方米"),
    **{u: Unit(Kind.COUNT, u) for u in ("家次", "人次", "家", "个", "项", "人", "名", "件", "户", "台", "套", "批",
                                         "款", "条", "所", "座", "位", "支", "场", "篇", "次", "只", "类", "对", "期",
                                         "单", "层", "班", "集")},
    "大类": Unit(Kind.COUNT, "类"),
}
# Counters read only after Arabic digits: 二期项目 is a phase, 两对 rare,
# 1期 培训会 a count.
ARABIC_ONLY = frozenset("对期单班集")
# What must not follow a unit for it to be one (人民币 is money, 个月 is time,
# 成为 a verb, 条例 a regulation...).
NOT_AFTER = {"人": "民", "个": "月工小", "成": "为功立长本果交员熟型都效绩", "条": "例件", "件": "事",
             "次": "方", "名": "义单字称", "位": "于置数", "场": "景所地", "户": "口外籍", "台": "湾阶",
             "所": "在有属以得", "支": "持撑付出柱", "款": "项", "座": "谈", "项": "目", "只": "是有要能需好",
             "对": "于象应接外话比照", "期": "间刊货权末望待满限", "单": "位元价独项", "类": "似型别",
             "层": "次面级", "班": "子组级车长", "集": "团中成聚群约体"}
MAGNITUDES = {"万亿": 1e12, "亿万": 1e12, "千亿": 1e11, "百亿": 1e10, "千万": 1e7, "百万": 1e6, "亿": 1e8,
              "万": 1e4, "千": 1e3, "百": 1e2}
# Qualifiers kept with a figure, as printed before or after it.
BEFORE = ("同比增长", "同比下降", "同比提高", "年均增长", "累计", "总计", "合计", "共计", "超过",
          "不少于", "不低于", "不超过", "至少", "将近", "接近", "突破", "最高", "最低", "大概", "大约",
          "约", "近", "超", "逾", "共", "增长", "下降", "提高")
AFTER = ("以上", "以下", "左右", "余", "多")

_DIGITS = r"\d+(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
# A Chinese numeral starts with a digit or 十; 百 and 千 only before 余 or 多
# (百余位, 千余家: 百家争鸣 and 千家万户 are no figures).
_CHINESE = r"(?:[一二两三四五六七八九十零〇][一二两三四五六七八九十百千零〇点]*|[百千](?=[余多]))"
_NUMBER = rf"(?:{_DIGITS}|{_CHINESE})"
ARABIC = re.compile(_DIGITS)
DIGIT_READING = re.compile("[十百千点]")
_MAGNITUDE = "|".join(sorted(MAGNITUDES, key=len, reverse=True))
_UNIT = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
_RANGE = r"[-—–~至到]"
# A qualifier is looked for only before a figure found (an optional group at
# the pattern's start made the scan try every qualifier at every character).
QUALIFIER_BEFORE = re.compile(rf"(?:{'|'.join(BEFORE)})$")
FIGURE = re.compile(
    rf"(?P<low>{_NUMBER})(?P<low_mag>{_MAGNITUDE})?"
    rf"(?:{_RANGE}(?P<high>{_NUMBER})(?P<high_mag>{_MAGNITUDE})?)?"
    rf"(?P<inner>多|余)?(?P<mag>{_MAGNITUDE})?(?P<outer>多|余)?"
    rf"(?P<unit>{_UNIT})(?P<after>以上|以下|左右|多|余)?")
# 百分之二十, 百分之12.5: a share written out; 一半 is half.
PER_CENT = re.compile(rf"(?:百分之(?P<low>{_NUMBER})|(?P<half>一半))(?P<after>以上|以下|左右)?")
# 1/3以上, 2/3: a share written as a fraction.
FRACTION = re.compile(r"(?<![\d/])(?P<low>[1-9])/(?P<whole>[2-9]|10)(?![\d/])(?P<after>以上|以下|左右)?")
# 近亿元, 过亿元: a magnitude alone is one of it.
ROUND = re.compile(r"(?P<round>近|过|超|逾|上)(?P<mag>亿|千万|百万)(?P<unit>元|美元)")
# Before a number, these make it something else: an ordinal (第三批), a
# rank (前3名), part of a code (5G, G20, 3.5); before a Chinese numeral, a
# vague amount (数十家, 上百家, 几十家).
NOT_BEFORE = re.compile(r"(?:第|前|[0-9.#]|(?:^|[^a-z])[a-z]{1,2})$")
NOT_BEFORE_CHINESE = re.compile(r"(?:数|上|几|唯)$")
# Inside a title (《…八条政策》) or a short quoted slogan (“六个示范”,
# “三个一批”) a number is a name, not a figure.
TITLE = re.compile(r"《[^》]*》")
SLOGAN = re.compile(r"“[^”]{1,10}”")
# What any figure holds, in any script: a cheap test before the patterns.
NUMERAL = re.compile(r"[0-9０-９一二两兩三四五六七八九十零〇半亿億万萬]")
CUMULATIVE = re.compile(r"累计[^,，。;；、\d]{0,8}$")
SENTENCE = re.compile(r"[^。！？；!?;\n]*(?:[。！？；!?;]+[”’」』)）]*|$)")


@dataclass(frozen=True)
class Figure:
    """One figure of an article, as stored with it in the index."""
    value: float            # in `unit`; the low end of a range
    high: float | None      # the high end of a range (10—20万元), else None
    unit: str               # the normalised unit: 元, 美元, %, 平方米, 家, 人…
    kind: Kind
    text: str               # as printed: 9000多万元
    qualifiers: tuple[str, ...]
    measure: str            # what it measures, as printed (青年人才补贴); '' when no rule found it
    rule: str               # the measure rule that found it (search.text.measures.RULES)
    sentence: str           # the sentence it stands in, as printed
    anchor: str             # the sentence's anchor on the article page (sentence_anchor)

    def to_json(self) -> dict:
        """The figure as stored and as the API gives it."""
        return {"value": self.value, "high": self.high, "unit": self.unit, "kind": self.kind.value,
                "text": self.text, "qualifiers": list(self.qualifiers), "measure": self.measure,
                "rule": self.rule, "sentence": self.sentence, "anchor": self.anchor}

    @classmethod
    def from_json(cls, data: dict) -> Figure:
        """The figure back from its stored form."""
        return cls(data["value"], data["high"], data["unit"], Kind(data["kind"]), data["text"],
                   tuple(data["qualifiers"]), data["measure"], data["rule"], data["sentence"], data["anchor"])


def sentences(paragraph: str) -> list[str]:
    """A paragraph cut into sentences, each with its closing punctuation
    (and quotation mark); joined again they give the paragraph back."""
    return [m.group() for m in SENTENCE.finditer(paragraph) if m.group()]


def sentence_anchor(section: int, paragraph: int, sentence: int) -> str:
    """The id of a sentence on the article page: section, paragraph (its
    non-empty lines) and sentence, counted from 0."""
    return f"s{section}-{paragraph}-{sentence}"


def paragraphs(section_text: str) -> list[str]:
    """A section's paragraphs as the article page shows them."""
    return [p for p in section_text.split("\n") if p]


def in_sections(sections: list[dict]) -> list[Figure]:
    """Every figure of an article's sections (its stored `sections`), in order."""
    found = []
    for i, section in enumerate(sections):
        for j, paragraph in enumerate(paragraphs(section["text"])):
            if not NUMERAL.search(paragraph):
                continue  # most paragraphs state no number: no sentence to read
            folded, at = normalize(paragraph), 0  # one fold a paragraph: the same length, cut per sentence
            for k, sentence in enumerate(sentences(paragraph)):
                if NUMERAL.search(sentence):
                    found += in_sentence(sentence, sentence_anchor(i, j, k), folded[at:at + len(sentence)])
                at += len(sentence)
    return found


@dataclass(frozen=True)
class _Found:
    """A figure found in a sentence's searchable form, before its measure."""
    start: int              # its qualifier included
    first: int              # where the figure as printed starts
    end: int
    value: float
    high: float | None
    unit: Unit
    qualifiers: tuple[str, ...]
    chinese: bool           # written in Chinese numerals


def in_sentence(sentence: str, anchor: str = "", folded: str | None = None) -> list[Figure]:
    """The figures of one sentence (`folded`: its searchable form, when known)."""
    folded = normalize(sentence) if folded is None else folded
    found = [f for m in FIGURE.finditer(folded) if (f := _figure_of(m))]
    if "百分之" in folded or "一半" in folded:
        found += [f for m in PER_CENT.finditer(folded) if (f := _per_cent(m))]
    if "/" in folded:
        found += [f for m in FRACTION.finditer(folded) if (f := _fraction(m))]
    if "亿" in folded or "千万" in folded or "百万" in folded:
        found += [f for m in ROUND.finditer(folded) if (f := _round_figure(m))]
    names = [t.span() for t in TITLE.finditer(folded)]
    slogans = [t.span() for t in SLOGAN.finditer(folded)]
    found = sorted((f for f in found if _stands_alone(folded, f, names, slogans)), key=lambda f: f.start)
    taken = [(f.start, f.end) for f in found]
    out = []
    for f in found:
        measure = measures.measure(measures.Place(sentence, folded, f.start, f.end, f.unit.kind.value, taken))
        out.append(Figure(f.value, f.high, f.unit.base, f.unit.kind, sentence[f.first:f.end], f.qualifiers,
                          measure.phrase if measure else "", measure.rule if measure else "", sentence.strip(),
                          anchor))
    return out


def _qualified(m: re.Match, first: int, value: float, high: float | None, unit: Unit,
               qualifiers: tuple[str | None, ...], chinese: bool) -> _Found:
    """A figure found, with the qualifier printed right before it (约, 超过…)."""
    before = QUALIFIER_BEFORE.search(m.string, max(0, first - 4), first)
    start = before.start() if before else first
    kept = tuple(q for q in ((before.group() if before else None), *qualifiers) if q)
    if "累计" not in kept and CUMULATIVE.search(m.string, max(0, start - 10), start):
        kept = ("累计", *kept)  # 累计培养3.2万人: a total, even a few words away
    return _Found(start, first, m.end(), value, high, unit, kept, chinese)


def _stands_alone(folded: str, f: _Found, names: list[tuple[int, int]], slogans: list[tuple[int, int]]) -> bool:
    """Whether a number found is a figure: not an ordinal, a rank, a code,
    a vague amount, nor part of a title or a slogan."""
    if NOT_BEFORE.search(folded, max(0, f.first - 3), f.first):
        return False
    if f.chinese and NOT_BEFORE_CHINESE.search(folded, max(0, f.first - 1), f.first):
        return False
    inside = names + (slogans if f.chinese else [])
    return not any(s <= f.start and f.end <= e for s, e in inside)


def number(text: str) -> float | None:
    """A number as printed, Arabic, Chinese or mixed (`1.2万`, `两千`), or None."""
    if ARABIC.fullmatch(text):
        return float(text.replace(",", ""))  # most figures: no need for cn2an
    if text in ("百", "千"):
        return 100.0 if text == "百" else 1000.0  # 百余位, 千余家
    try:
        value = cn2an.cn2an(text.replace(",", ""), "smart")
    except (ValueError, KeyError, IndexError):
        return None
    return float(value)


def _magnified(digits: str, magnitude: str | None) -> float | None:
    value = number(digits)
    if value is None:
        return None
    return value * MAGNITUDES[magnitude] if magnitude else value


def _figure_of(m: re.Match) -> _Found | None:
    unit_text = m.group("unit")
    following = m.string[m.end("unit"):m.end("unit") + 1]
    if following and following in NOT_AFTER.get(unit_text, ""):
        return None
    low_text = m.group("low")
    chinese = not low_text[0].isdigit()
    if low_text == "一" and not (m.group("low_mag") or m.group("mag")):
        return None  # 一个, 一项, 一批: an article, not a count
    if unit_text in ARABIC_ONLY and chinese:
        return None
    if chinese and len(low_text) > 1 and not DIGIT_READING.search(low_text):
        return None  # 唯一一个, 三五家: read digit by digit, not a number
    if chinese and unit_text == "次" and following in ("会", "全"):
        return None  # 七次会议, 四次全会: a session's number
    magnitude = m.group("mag")
    # 10—20万元: the magnitude after the range is both ends'
    low = _magnified(low_text, m.group("low_mag") or m.group("high_mag") or magnitude)
    high = _magnified(m.group("high"), m.group("high_mag") or magnitude) if m.group("high") else None
    if low is None or (m.group("high") and high is None):
        return None
    if unit_text == "成" and chinese and low > 10:
        return None
    if unit_text == "所" and not chinese and low >= 100:
        return None  # 景德镇602所: a research institute's name
    unit = UNITS[unit_text]
    return _qualified(m, m.start(), _round(low * unit.factor), _round(high * unit.factor) if high is not None else None,
                      unit, (m.group("inner") or m.group("outer"), m.group("after")), chinese)


def _per_cent(m: re.Match) -> _Found | None:
    value = 50.0 if m.group("half") else number(m.group("low"))
    if value is None:
        return None
    chinese = not (m.group("low") or "一")[0].isdigit()
    return _qualified(m, m.start(), value, None, UNITS["%"], (m.group("after"),), chinese)


def _fraction(m: re.Match) -> _Found | None:
    low, whole = int(m.group("low")), int(m.group("whole"))
    if low >= whole:
        return None
    return _qualified(m, m.start(), _round(100 * low / whole), None, UNITS["%"], (m.group("after"),), False)


def _round_figure(m: re.Match) -> _Found:
    return _Found(m.start(), m.start(), m.end(), MAGNITUDES[m.group("mag")], None, UNITS[m.group("unit")],
                  (m.group("round"),), True)


def _round(value: float) -> float:
    # 84.1 * 1e8 is 8409999999.999999 in binary: six significant decimals
    # are more than any newspaper prints.
    return float(f"{value:.10g}")


AMOUNT = re.compile(rf"(?P<low>{_NUMBER})(?P<mag>{_MAGNITUDE})?(?P<unit>{_UNIT})?")


def amount(text: str) -> tuple[float, str | None] | None:
    """A value as a query writes it (`1000万元`, `30%`, `2亿`, `50家`):
    (the value in its normalised unit, the unit or None), or None."""
    found = AMOUNT.fullmatch(normalize(text.strip()))
    if not found:
        return None
    value = _magnified(found.group("low"), found.group("mag"))
    if value is None:
        return None
    if not found.group("unit"):
        return _round(value), None
    unit = UNITS[found.group("unit")]
    return _round(value * unit.factor), unit.base
