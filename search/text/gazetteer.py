"""The zone gazetteer: every national high-tech zone, its province and aliases.

Resolves a zone mention in any of the forms reporters write (`襄阳高新区`,
`襄阳国家高新区`, `襄阳高新技术产业开发区`, aliases such as 光谷) to one canonical
short name. Mentions of zones not in the list are kept, canonicalised the same
way, so that nothing a page says is dropped.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import NamedTuple

from search.text import segmenter
from search.text.alternation import Alternations, Branch
from search.text.cjk import HAN, HAN_CHAR

# The endings that make a place name a zone name, longest first.
ZONE_ENDINGS = ("高新技术产业开发区", "高新技术产业示范区", "高新技术产业园区", "高新技术开发区",
                "新技术产业开发区", "新技术开发区", "高新區", "高新区")
ZONE_SUFFIX = r"(?:国家级?)?(?:" + "|".join(ZONE_ENDINGS) + ")"
HALF_WIDTH_PARENS = str.maketrans("（）", "()")  # 火炬（翔安）产业区 is printed 火炬(翔安)产业区 too
# Words that can stand right before 高新区 without being its name (该高新区).
PROPER_NOUN_TAGS = {"ns", "nr", "nz", "nt", "nrt", "nrfg"}
NOT_A_NAME = {"该", "本", "全", "各", "这", "此", "其", "两", "与", "和", "及",
              "在", "为", "是", "的", "到", "向", "对", "从", "将", "让", "由"}


@dataclass(frozen=True)
class Zone:
    """One national high-tech zone, as data/zones.tsv describes it."""
    name: str
    province: str | None
    full_name: str
    city: str | None = None
    short_names: tuple[str, ...] = field(default=())  # with a zone ending: 武汉东湖高新区, 东湖示范区
    brands: tuple[str, ...] = field(default=())       # bare names that mean the zone: 光谷, 麓谷
    parks: tuple[str, ...] = field(default=())        # its parts: 光谷生物城, 中关村海淀园
    districts: tuple[str, ...] = field(default=())    # tied districts (虎丘区): no alias, a user may type one
    not_this: tuple[str, ...] = field(default=())     # names confused with it: 武汉经开区

    @property
    def aliases(self) -> tuple[str, ...]:
        """Every other name that resolves to the zone when a user types it."""
        return (*self.short_names, *self.brands, *self.parks, *self.districts,
                *((self.full_name,) if self.full_name != self.name else ()))


@dataclass(frozen=True)
class Mention:
    """A zone named in a text: canonical name and where the words stand."""
    zone: str
    start: int
    end: int


@functools.cache
def provinces() -> frozenset[str]:
    """Every province named in the gazetteer."""
    return frozenset(z.province for z in zones().values() if z.province)


@functools.cache
def zones() -> dict[str, Zone]:
    """All known zones by canonical name, read once from data/zones.tsv."""
    text = resources.files("search").joinpath("data", "zones.tsv").read_text("utf-8")
    table: dict[str, Zone] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + [""] * 9)[:9]
        name, province, city, official = cols[0], cols[1], cols[2], cols[3]
        lists = [tuple(a.strip() for a in col.split(",") if a.strip()) for col in cols[4:]]
        full = official or (name[: -len("高新区")] + "高新技术产业开发区" if name.endswith("高新区") else name)
        table[name] = Zone(name, province or None, full, city or None, *lists)
    return table


@functools.cache
def _known_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex for every known form, and a map from matched stem to zone."""
    branches, lookup = _known_branches()
    return re.compile("|".join(regex for _, regex in branches)), lookup


@functools.cache
def _known_branches() -> tuple[list[Branch], dict[str, str]]:
    """Every known form as a branch of one alternation, in the order tried,
    and a map from matched stem to zone."""
    stems: dict[str, str] = {}
    literals: dict[str, str] = {}
    for zone in zones().values():
        for printed in (zone.name, zone.full_name, *zone.short_names, *_named_parks(zone)):
            for form in dict.fromkeys((printed, printed.translate(HALF_WIDTH_PARENS))):
                if form.endswith("高新区"):
                    stems[form[: -len("高新区")]] = zone.name
                else:
                    # Names that say "zone" or "park" are safe to find anywhere in
                    # running text; bare ones (光谷, 张江) are brands, found with
                    # care (_brands); districts (滨江区) never name a zone.
                    literals[form] = zone.name
    lookup = {**literals, **stems}
    branches = []
    for stem in sorted(stems, key=len, reverse=True):
        # 大连市高新区 and 河源市高新区 are the city's zone too
        city = "" if stem.endswith("市") else "市?"
        branches.append((stem, f"(?:{re.escape(stem)}{city}{ZONE_SUFFIX})"))
    for lit in sorted(literals, key=len, reverse=True):
        branches.append((lit, f"(?:{re.escape(lit)})"))
    return branches, lookup


@functools.cache
def _alternations() -> Alternations:
    """Every name and ending the line rules look for, found in one pass:
    known forms, bare endings (after 国家 or not), brands, confused names,
    each alternation tried in the order of its regex."""
    brands, _ = _brands()
    wrong = _confusions()
    return Alternations({
        "known": _known_branches()[0],
        "endings": [(head, ZONE_SUFFIX) for head in ("国家", *ZONE_ENDINGS)],
        "brands": [(b, re.escape(b)) for b in sorted(brands, key=len, reverse=True)],
        "confused": [(f, re.escape(f)) for f in sorted(wrong, key=len, reverse=True)],
    })


@functools.cache
def _brands() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """Bare names that on their own mean a zone (光谷, 麓谷, 松山湖, 中关村),
    the zone of each, and the place words that may stand right before one."""
    brands: dict[str, str] = {}
    places: dict[str, set[str]] = {}
    for zone in zones().values():
        for printed in (*zone.brands, *(p for p in zone.parks if p not in _named_parks(zone))):
            for form in (printed, printed.translate(HALF_WIDTH_PARENS)):
                brands[form] = zone.name  # a bare park name (海淀园) is found with the same care
        places[zone.name] = {p for p in (zone.province, zone.city, "中国", zone.name[:2]) if p}
    return brands, {z: frozenset(p) for z, p in places.items()}


# What turns a brand into a company's, a street's or a building's name:
# 中电光谷集团, 中关村银行, 光谷大道, 张江高科.
NOT_THE_ZONE_AFTER = re.compile(rf"^[{HAN}]{{0,3}}?(?:集团|公司|股份|有限|控股|银行|高科|置业|地产|证券)"
                                r"|^(?:大道|大街|路|街|广场|酒店|宾馆|小区|花园|中学|小学|大学|学院|医院|地铁|站|号|村委|论坛|林)")
# Words that may stand right before a brand that names the zone (在光谷, 和麓谷).
FUNCTION_CHARS = set("在的和与及是到为让将向从对赴至了把被给于、，。；：“”《》（）() ")


def _named_parks(zone: Zone) -> tuple[str, ...]:
    """Parks whose name carries the zone's own (中关村海淀园, 光谷生物城):
    safe anywhere; bare ones (海淀园) are matched like brands."""
    keys = [zone.name[:2], *zone.brands, *(s[:2] for s in zone.short_names)]
    return tuple(p for p in zone.parks if any(k in p for k in keys))


def _after_verb(text: str, at: int) -> bool:
    """Whether the segmenter starts a word at `at` right after a verb (走进|张江,
    聚焦|光谷), not after a name the brand is part of (秀水|光谷, 海峡|光谷)."""
    window_start = max(0, at - 4)
    pos, previous = window_start, None
    for word, tag in segmenter.tag(text[window_start:at + 4]):
        if pos == at:
            return previous is not None and previous.startswith("v")
        if pos > at:
            return False
        previous, pos = tag, pos + len(word)
    return False


def _brand_mentions(text: str, spans: list[tuple[int, int]]) -> list[Mention]:
    """Brands in text (at `spans`) that name their zone, not a company or a street."""
    brands, places = _brands()
    found = []
    for start, end in spans:
        zone = brands[text[start:end]]
        if NOT_THE_ZONE_AFTER.match(text[end:end + 6]):
            continue
        if text[start - 1:start] in "“「" and text[end:end + 1] in "”」" and start > 0 and end < len(text) \
                and text[max(0, start - 2):start - 1] == "的":
            continue  # 建成长春的“中关村”: a likeness, not the zone
        # not all the text before: lines are long; a dot or a dash may join the place (滨海—中关村)
        before = text[max(0, start - _place_reach()):start].rstrip("·•—－- ")
        if _elsewhere(before, places[zone]) or _placed_elsewhere(text[end:end + 10], places[zone]):
            continue  # 唐山中关村机器人产业创新中心, 南宁·中关村创新示范基地, 张江（贵安）: a namesake in another city
        if before and not (before[-1] in FUNCTION_CHARS or not HAN_CHAR.match(before[-1])
                           or any(before.endswith(p) for p in places[zone]) or _after_verb(text, start)):
            continue  # 中电光谷, 秀水光谷: part of another name (走进张江, 聚焦光谷: the zone)
        found.append(Mention(zone, start, end))
    return found


BRACKETED_PLACE = re.compile(r"^[（(]([^（）()]{2,8})[）)]")


def _placed_elsewhere(after: str, own: frozenset[str]) -> bool:
    """Whether a brand is followed by another place in brackets (张江（贵安）高科技产业园,
    not 张江（上海）): the brand's namesake there, not the zone."""
    m = BRACKETED_PLACE.match(after)
    if m is None or any(m.group(1).startswith(place) for place in own):
        return False
    words = segmenter.tag(m.group(1))
    return bool(words) and words[0][1] == "ns"


def _elsewhere(before: str, own: frozenset[str]) -> bool:
    """Whether text ends with the name of a city or province other than a brand's own."""
    return any(before.endswith(place) for place in _places() if place not in own)


# A branch of a park in another city: 中关村海淀园秦皇岛分园
# …秦皇岛分园, 张江张家口高新技术产业园: another city's park named after the zone (a co-built 飞地)
BRANCH_AFTER = re.compile(rf"^([{HAN}]{{2,4}}?)(?:分园|分区|(?:高新技术|科技)?产业园)")


def _branch_elsewhere(after: str, zone: str) -> bool:
    """Whether a zone's park is followed by another city and 分园 (中关村海淀园秦皇岛分园):
    that city's branch, not the zone."""
    m = BRANCH_AFTER.match(after)
    if m is None or m.group(1) in _brands()[1].get(zone, frozenset()):
        return False
    words = segmenter.tag(m.group(1))  # a proper name (the segmenter tags 秦皇岛 a person's: nr)
    return len(words) == 1 and words[0][1] in ("ns", "nr", "nz")


@functools.cache
def _province_before() -> re.Pattern:
    return re.compile("(" + "|".join(sorted(provinces(), key=len, reverse=True)) + ")(?:省|市|自治区)$")


def _province_elsewhere(before: str, zone: str) -> bool:
    """Whether a zone's name follows another province's with 省 or 市 (江苏省中关村高新区, a park of 溧阳 named
    after 中关村): that province's park, not the zone."""
    m = _province_before().search(before)
    home = zones()[zone].province if zone in zones() else None
    return m is not None and bool(home) and not home.startswith(m.group(1))


@functools.cache
def _places() -> frozenset[str]:
    """The cities and provinces of the gazetteer's zones (two characters or more)."""
    return frozenset(p for z in zones().values() for p in (z.city, z.province) if p and len(p) >= 2)


@functools.cache
def _place_reach() -> int:
    """How far before a brand its place words reach (the longest of them)."""
    return max((len(p) for places in _brands()[1].values() for p in places), default=1)


_SUFFIX_RE = re.compile(ZONE_SUFFIX)
_STRIP_SUFFIX_RE = re.compile(ZONE_SUFFIX + "$")
_CJK_RUN_BEFORE = re.compile(rf"[{HAN}]{{1,8}}$")


def canonical(mention: str) -> str | None:
    """Canonical short name for one zone mention, or None if it names no zone.

    `临江高新区(钱塘区)` -> `临江高新区`; `襄阳国家高新区` -> `襄阳高新区`;
    an unknown `广安高新技术产业开发区` -> `广安高新区`.
    """
    mention = re.sub(r"[(（][^)）]*[)）]\s*$", "", mention.strip())
    for zone in zones().values():
        if mention in zone.aliases:
            return zone.name
    pattern, lookup = _known_pattern()
    match = pattern.fullmatch(mention)
    if match:
        stem = _STRIP_SUFFIX_RE.sub("", mention)
        return lookup.get(mention) or lookup.get(stem) or lookup[stem.removesuffix("市")]
    english = _english_mentions(mention)
    if english and english[0].start == 0 and english[0].end == len(mention):
        return english[0].zone
    stem = _STRIP_SUFFIX_RE.sub("", mention)
    if stem != mention and len(stem) >= 2:
        return stem + "高新区"
    return None


def whole_name(text: str) -> str | None:
    """The zone a text names when it is that zone's name and nothing more
    (`贵阳高新区`, a kicker over its headline), else None."""
    text = text.strip()
    found = find_mentions(text)
    return found[0].zone if len(found) == 1 and found[0].start == 0 and found[0].end == len(text) else None


def find_mentions(text: str) -> tuple[Mention, ...]:
    """Every zone mention in text, in order, known zones and unknown ones.

    Found line by line, each line matched once however often the parser asks
    of it (as a paragraph, in its article's text, in all of its article's
    words): no form, ending or context rule reads across a line break (the
    segmenter cuts at one too), but one, kept as it always was: a line opening
    with a bare ending (`高新区…`) takes a place name ending the line before.
    """
    if "\n" not in text:
        return _line_mentions(text).found
    placed: list[tuple[int, _LineMentions]] = []  # each line's offset in the text and mentions
    offset = 0
    for line in text.split("\n"):
        placed.append((offset, _line_mentions(line)))
        offset += len(line) + 1
    wrapped = [m for at, line in placed[1:] if not line.opens_known for m in _wrapped_name(text, at)]
    if not wrapped:  # lines hold disjoint spans: their mentions, line after line, are in order
        return tuple(m for at, line in placed for m in _shifted(line.found, at))
    by_kind = {kind: [m for at, line in placed for m in _shifted(getattr(line, kind), at)]
               for kind in ("known", "unknown", "brands")}
    found = [*by_kind["known"], *by_kind["unknown"], *wrapped, *by_kind["brands"]]
    found.sort(key=lambda x: x.start)  # stable: known, unknown, brand for a shared start, as in a line
    return tuple(found)


def _shifted(mentions: tuple[Mention, ...], offset: int) -> tuple[Mention, ...]:
    """A line's mentions placed in the text the line starts at `offset` of."""
    if not offset or not mentions:
        return mentions
    return tuple(Mention(m.zone, m.start + offset, m.end + offset) for m in mentions)


def _wrapped_name(text: str, at: int) -> list[Mention]:
    """An unknown zone whose ending opens the line at `at` and whose name ends
    the line before: the regex `$` of _CJK_RUN_BEFORE matches before a final
    line break. The span starts one character late, as it always has."""
    ending = _SUFFIX_RE.match(text, at)
    name = _unknown_name(text[max(0, at - 8): at]) if ending else None
    return [Mention(name + "高新区", at - len(name), ending.end())] if name and ending else []


class _LineMentions(NamedTuple):
    """The mentions of one line by kind, each in order, and all in order."""
    known: tuple[Mention, ...]
    unknown: tuple[Mention, ...]
    brands: tuple[Mention, ...]
    found: tuple[Mention, ...]

    @property
    def opens_known(self) -> bool:
        """Whether a known form opens the line (no ending there is a bare one)."""
        return bool(self.known) and self.known[0].start == 0


@functools.lru_cache(maxsize=1 << 14)  # lines, not texts: an article's lines come back in every question of it
def _line_mentions(text: str) -> _LineMentions:
    """The mentions of one line (see find_mentions)."""
    lookup = _known_branches()[1]
    spans = _alternations().finditer(text)
    known: list[Mention] = []
    unknown: list[Mention] = []
    brands: list[Mention] = []
    starts: list[int] = []  # known mentions, in order and never overlapping (finditer)
    ends: list[int] = []
    branches: list[tuple[int, int]] = []  # parks named after a zone elsewhere (…秦皇岛分园, 江苏省中关村高新区)
    for start, end in spans["known"]:
        form = text[start:end]
        stem = _STRIP_SUFFIX_RE.sub("", form)
        zone = lookup.get(form) or lookup.get(stem) or lookup[stem.removesuffix("市")]
        # (the words around a name are read within its line: no rule reads across a line break)
        if not _SUFFIX_RE.search(form) and _branch_elsewhere(text[end:end + 12].split("\n", 1)[0], zone):
            branches.append((start, end))  # nor is the brand inside it (中关村|海淀园秦皇岛分园) the zone
            continue
        if _province_elsewhere(text[max(0, start - 6):start].rsplit("\n", 1)[-1], zone):
            branches.append((start, end))  # 江苏省中关村高新区: another province's park named after the zone
            continue
        known.append(Mention(zone, start, end))
        starts.append(start)
        ends.append(end)
    for english in _english_mentions(text):
        known.append(english)
        starts.append(english.start)
        ends.append(english.end)
    for shared in _sharing_the_name(text, known):
        known.append(shared)
        starts.append(shared.start)
        ends.append(shared.end)
    if known and len(known) > len(spans["known"]):  # English names after Chinese ones, shared names: the order
        order = sorted(range(len(known)), key=lambda i: known[i].start)
        known, starts, ends = [known[i] for i in order], [starts[i] for i in order], [ends[i] for i in order]
    for start, end in spans["endings"]:
        k = bisect.bisect_right(starts, start) - 1  # the known mention starting last before it
        if (k >= 0 and start < ends[k]) or any(s <= start < e for s, e in branches):
            continue  # (an ending inside a park named after a zone elsewhere is no unknown zone either)
        name = _unknown_name(text[max(0, start - 8): start])  # a name is at most 8 characters
        if name:
            unknown.append(Mention(name + "高新区", start - len(name), end))
        elif (district := BRACKETED_DISTRICT.match(text, end)) and (
                zone := _zones_by_district().get(district.group(1).removesuffix("区"))):
            brands.append(Mention(zone, start, district.end()))  # 高新区（新市区）: the zone tied to that district
    for brand in _brand_mentions(text, spans["brands"]):
        k = bisect.bisect_right(starts, brand.start) - 1
        if k >= 0 and brand.start < ends[k]:
            continue  # inside a longer known form (中关村科技园区)
        if any(start <= brand.start < end for start, end in branches) \
                or _branch_elsewhere(text[brand.end:brand.end + 12], brand.zone):
            continue  # (上海张江张家口高新技术产业园: 张家口's park named after the brand)
        brands.append(brand)
    wrong = _confusions()
    confused = [(start, end, wrong[text[start:end]]) for start, end in spans["confused"]]
    known, unknown, brands = (tuple(_without_confusions(kind, confused)) for kind in (known, unknown, brands))
    found = [*known, *unknown, *brands]
    found.sort(key=lambda x: x.start)
    return _LineMentions(known, unknown, brands, tuple(found))


def _sharing_the_name(text: str, known: list[Mention]) -> list[Mention]:
    """Cities printed before another city's zone that share its name (`营口辽阳高新区揭牌`, `兰州白银国家
    高新区`, `营口、辽阳高新区`): each the one zone of its city, named too. A city of the zone's own (`苏州昆山
    高新区`), one with no zone of its own, or one inside a longer word is a place, not a zone."""
    shared = []
    for mention in known:
        at = mention.start
        while (before := _city_before().search(text[max(0, at - 7):at])) is not None:
            city = before.group("city")
            zone = city_zone(city)
            start = at - len(before.group())
            if zone is None or zone == mention.zone or zones()[mention.zone].city == city or not (
                    start == 0 or not re.match(rf"[{HAN}]", text[start - 1])
                    or _city_before().search(text[max(0, start - 6):start])):
                break
            shared.append(Mention(zone, start, start + len(city)))
            at = start
    return shared


BRACKETED_DISTRICT = re.compile(rf"[（(]([{HAN}]{{2,4}}?区?)[)）]")


@functools.cache
def _zones_by_district() -> dict[str, str]:
    """A district's name (without 区) -> the one zone tied to it (新市区 -> 乌鲁木齐高新区)."""
    tied: dict[str, set[str]] = {}
    for zone in zones().values():
        for district in zone.districts:
            tied.setdefault(district.removesuffix("区"), set()).add(zone.name)
    return {d: next(iter(z)) for d, z in tied.items() if len(z) == 1 and len(d) >= 2}


@functools.cache
def _confusions() -> dict[str, frozenset[str]]:
    """Names confused with a zone (武汉经开区 for 东湖高新区) and the zones
    each must not resolve to."""
    wrong: dict[str, set[str]] = {}
    for zone in zones().values():
        for form in zone.not_this:
            wrong.setdefault(form, set()).add(zone.name)
    return {f: frozenset(z) for f, z in wrong.items()}


def _without_confusions(found: list[Mention], spans: list[tuple[int, int, frozenset[str]]]) -> list[Mention]:
    """Drop a mention of a zone that stands inside a name confused with it."""
    if not spans:
        return found
    starts = [start for start, _, _ in spans]
    kept = []
    for m in found:
        k = bisect.bisect_right(starts, m.start) - 1  # the one span that can hold it: spans never overlap
        if k >= 0 and m.end <= spans[k][1] and m.zone in spans[k][2]:
            continue
        kept.append(m)
    return kept


@functools.cache
def _zones_by_city() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for zone in zones().values():
        if zone.city:
            table.setdefault(zone.city, []).append(zone.name)
    return {city: tuple(names) for city, names in table.items()}


def city_zone(place: str) -> str | None:
    """The one national zone of the city a name starts with (`郑州晚报` ->
    郑州高新区), or of several the one named after the city alone (长春高新区,
    not 长春净月高新区); None when the city has none."""
    for city, names in _zones_by_city().items():
        if place.startswith(city) and len(names) == 1:
            return names[0]
        if place.startswith(city) and f"{city}高新区" in names:
            return f"{city}高新区"  # 长春: 长春高新区 is the city's own, 长春净月高新区 has a name of its own
    return None


@functools.cache
def _city_before() -> re.Pattern[str]:
    """A city's name ending a text, an enumeration comma after it or not."""
    return re.compile(rf"(?P<city>{_city_pattern().pattern})、?$")


@functools.cache
def _city_pattern() -> re.Pattern[str]:
    cities = sorted(_zones_by_city(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, cities)))


def cities_named(folded: str) -> set[str]:
    """The cities with a national zone that a (folded) text names."""
    return set(_city_pattern().findall(folded))


def is_known(zone: str | None) -> bool:
    """Whether a canonical name is one of the national zones of the gazetteer."""
    return zone in zones()


# An English zone name: place words, then an ending (Hefei High-tech Zone,
# Haikou National High-Tech Industrial Development Zone, Xi'an Hi-tech
# Industries Development Zone, Zhangjiang Hi-Tech Park). Which of the words
# name the zone, if any, _english_mentions decides (the Zhengzhou …).
_ENGLISH_NAME = re.compile(r"(?<![A-Za-z'’-])((?:[A-Za-z][A-Za-z'’-]* ){1,4}?)(?:National )?(?:New (?:and|&) )?"
                           r"(?:High|Hi)[- ]?Tech(?:nology)? (?:Industr(?:y|ies|ial) )?(?:Development )?"
                           r"(?:Zone|Park)(?![A-Za-z])", re.IGNORECASE)


def _english_key(words: str) -> str:
    """The form an English place name is looked up by: letters only, lower case
    (Xi'an and Xian, Tianjin Binhai and TianjinBinhai are one)."""
    return re.sub(r"[^a-z]", "", words.lower())


@functools.cache
def _english_forms() -> dict[str, str]:
    """English place forms (data/zones_en.tsv, by their key) and the zone each
    names: a form several zones share names the one whose own name it is
    (Changchun: 长春高新区), else none."""
    text = resources.files("search").joinpath("data", "zones_en.tsv").read_text("utf-8")
    claims: dict[str, set[str]] = {}
    own: dict[str, set[str]] = {}  # a city's English name and the zone named after the city alone
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, forms = line.partition("\t")
        keys = [_english_key(form) for form in forms.split(",")]
        for key in keys:
            claims.setdefault(key, set()).add(name)
        zone = zones().get(name)
        if zone and zone.city and name == f"{zone.city}高新区":
            own.setdefault(keys[0], set()).add(name)  # the city's form comes first
    table = {}
    for key, names in claims.items():
        if len(names) == 1:
            table[key] = next(iter(names))
        elif len(own.get(key, ())) == 1:  # Fuzhou is 福州 and 抚州: neither
            table[key] = next(iter(own[key]))
    return table


def _english_mentions(text: str) -> list[Mention]:
    """Zones named in English in a line: the longest run of place words next to
    the ending that is a known form (the Zhengzhou High-tech Zone -> Zhengzhou)."""
    if "ech" not in text and "ECH" not in text:  # no English ending: most lines, at no cost
        return []
    forms = _english_forms()
    found = []
    for match in _ENGLISH_NAME.finditer(text):
        words = list(re.finditer(r"\S+", match.group(1)))
        for first in range(len(words)):  # the longest run ending at the ending first
            zone = forms.get(_english_key("".join(w.group() for w in words[first:])))
            if zone:
                found.append(Mention(zone, match.start(1) + words[first].start(), match.end()))
                break
    return found


def _unknown_name(before: str) -> str | None:
    """The place name just before a 高新区 ending that no gazetteer form matched."""
    run = _CJK_RUN_BEFORE.search(before)
    if not run:
        return None
    tagged = segmenter.tag(run.group())
    if not tagged:
        return None
    name, tag = tagged[-1]
    # Only a proper noun (place, person-like or other name) can name a zone;
    # verbs and phrases before 高新区 (助推高新区, 建有高新区) do not.
    if len(name) < 2 or tag not in PROPER_NOUN_TAGS or name in NOT_A_NAME:
        return None
    return name


def province_of(zone: str | None) -> str | None:
    """The province of a canonical zone name, None when the zone is unknown."""
    known = zones().get(zone or "")
    return known.province if known else None
