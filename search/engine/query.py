"""User query text -> a query plan (search.engine.plan), and an account of how it was read.

Syntax (every malformed piece is read literally or dropped with a note, never
an error):
    人才 补贴          words are ANDed, each matched in any text field
    "高新区助推"        a phrase: exactly that run of characters (“…” too)
    -襄阳 / NOT 襄阳    exclude
    人才 OR 补贴        either (OR binds tighter than the implicit AND)
    zone:襄阳 kind:brief province:湖北 author:杨天卓   filters
    title:招商 section:暖心 policy:条例   words in one field

How a run of Chinese is matched: jieba cuts it into words (query mode: whole
words); each word is looked up in every text field (the index also holds the
dictionary words inside longer words, so 襄阳 finds 襄阳高新区). Single
characters are merged into a neighbour to make "units"; each unit may also be
matched as an exact run through the character-bigram field `grams`, which
finds it wherever jieba cut the article differently. The fallback weighs less,
so word matches rank first; a run whose units stand side by side in the
article gets a bonus. Synonyms (search/text/synonyms.py) widen a unit.
A plain word (not a phrase, not in a field) also finds the articles whose
author it names, at schema.AUTHOR_BOOST: below any match in the text.
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, replace
from dataclasses import field as dc_field

from search.engine import plan
from search.index.fields import AUTHOR_BOOST, GRAMS_FIELD, TEXT_FIELDS, author_value
from search.text import gazetteer, segmenter, synonyms
from search.text.terms import RUNS, bigrams, words
from search.text.normalize import normalize, to_simplified
from search.text import kinds
from search.text.cjk import HAN

MAX_QUERY_CHARS = 500
# Weight of "the words stand side by side as typed" (through the bigram field,
# whose postings carry schema.GRAMS_BOOST).
ADJACENT_BOOST = 4.0
# Weight of a compound's parts found apart (人才 … 补贴 for 人才补贴).
APART_BOOST = 0.5

# Field names users may write -> index field; filters match a stored value.
TEXT_FIELD_NAMES = {"title": "title", "section": "headings", "policy": "policies"}
# Filter names users may write -> the keyword field they look up.
FILTER_FIELDS = {"zone": "zone", "kind": "kind", "province": "province", "author": "authors"}
# Names of the kinds a reader writes among plain words (words like 报道 or 图片 are too common to count).
KIND_WORDS_IN_TEXT = {word: kinds.WORDS[word] for word in (
    "评论", "短评", "述评", "时评", "社论", "评论员文章", "访谈", "专访", "组图", "图片新闻")}
FILTER_FIELD_NAMES = tuple(FILTER_FIELDS)
KINDS = kinds.WORDS
KIND_LABELS = kinds.LABELS
FIELD_LABELS = {"title": "标题", "section": "小标题", "policy": "政策文件", "zone": "高新区",
                "kind": "体裁", "province": "省份", "author": "作者"}

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "＂": '"', "「": '"', "」": '"'})
_TOKEN = re.compile(r'(?P<neg>[-－])?(?:(?P<field>[A-Za-z]+)[:：])?'
                    r'(?:"(?P<phrase>[^"]*)"|(?P<word>[^\s"]*))|(?P<stray>")')
_CJK = re.compile(rf"[{HAN}]")


class QueryTooLong(ValueError):
    """The query is over MAX_QUERY_CHARS; the message is for the user."""


@dataclass
class Clause:
    """One piece of the query as read: words, a phrase or a filter."""
    text: str
    field: str | None = None
    phrase: bool = False
    negated: bool = False
    value: str | None = None  # a filter's resolved value (canonical zone, kind code)
    words: list[str] = dc_field(default_factory=list)
    expansions: list[str] = dc_field(default_factory=list)
    query: plan.Plan | None = None

    def to_json(self) -> dict:
        """How this clause was read, for the JSON API and the results page."""
        data: dict = {"text": self.text, "type": "filter" if self.field in FILTER_FIELD_NAMES
                      else "phrase" if self.phrase else "words"}
        if self.field:
            data["field"] = self.field
        if self.value is not None:
            data["value"] = self.value
        if self.words:
            data["words"] = self.words
        if self.expansions:
            data["expansions"] = self.expansions
        if self.negated:
            data["excluded"] = True
        return data


@dataclass
class ParsedQuery:
    """The query as read: ANDed groups of ORed clauses, exclusions, notes."""
    text: str
    groups: list[list[Clause]] = dc_field(default_factory=list)
    excluded: list[Clause] = dc_field(default_factory=list)
    notes: list[str] = dc_field(default_factory=list)
    at_least: int = 0  # relaxed: this many of the groups of words will do (0: every one; see relax())

    @property
    def is_empty(self) -> bool:
        """True when nothing is searched or excluded (show everything)."""
        return not self.groups and not self.excluded

    def plan(self) -> plan.Plan:
        """The query plan (Every() when there is nothing to search). Relaxed,
        the groups of words are ORed (scores summed: an article holding more
        of them ranks higher); filters typed in the query stay required."""
        must = [q for group in self.groups if not (self.at_least and _words_group(group))
                if (q := plan.either([c.query for c in group if c.query is not None])) is not None]
        if self.at_least:
            words = [q for group in self.groups if _words_group(group)
                     if (q := plan.either([c.query for c in group])) is not None]
            must.append(plan.either([plan.every_one(list(some))
                                     for some in itertools.combinations(words, self.at_least)]))
        positive = plan.every_one(must) if must else plan.Every()
        banned = [c.query for c in self.excluded if c.query is not None]
        if banned:
            return plan.Not(positive, plan.either(banned))
        return positive

    @property
    def relaxed(self) -> bool:
        """Whether fewer than all the groups of words are asked for."""
        return bool(self.at_least)

    def relaxations(self) -> list[ParsedQuery]:
        """Looser forms of a query no article answers whole, tightest first:
        all groups of words but one, then any one (phrases count as words;
        filters and exclusions typed in the query stay as they are). So a
        user who typed one word the articles do not use still finds the
        articles using the rest, those using most of them first."""
        n = sum(1 for group in self.groups if _words_group(group))
        if self.at_least or n < 2:
            return []
        return [replace(self, at_least=k, notes=[*self.notes, RELAXED_NOTE.format(n=n, k=k)])
                for k in dict.fromkeys((n - 1, 1))]

    def highlight_terms(self) -> list[str]:
        """The normalised strings to mark in matching text, longest first."""
        terms: set[str] = set()
        for group in self.groups:
            for clause in group:
                if clause.field in FILTER_FIELD_NAMES:
                    continue
                terms.update(_marks(clause))
        return sorted(terms, key=lambda t: (-len(t), t))

    def marked_clauses(self) -> list[tuple[frozenset[str], tuple[str, ...]]]:
        """For each clause that highlights (no filters, no exclusions):
        (what matches it as typed: its runs and synonyms; its parts: its
        words and the dictionary words inside them, which also match it,
        apart). A phrase has no parts."""
        out = []
        for group in self.groups:
            for clause in group:
                if clause.field in FILTER_FIELD_NAMES or not clause.words:
                    continue
                norm = normalize(clause.text)
                exact = frozenset({run.group() for run in RUNS.finditer(norm)} | set(clause.expansions))
                parts: list[str] = []
                if not clause.phrase:
                    for w in clause.words:
                        parts += [p for p in [w, *split_compound(w)] if len(p) > 1 or not _CJK.match(p)]
                out.append((exact, tuple(dict.fromkeys(p for p in parts if p not in exact))))
        return out

    def to_json(self) -> dict:
        """How the query was read: `all` (ANDed; a list inside is ORed),
        `excluded`, and `notes` on anything read literally or dropped."""
        return {"text": self.text,
                "all": [[c.to_json() for c in group] if len(group) > 1 else group[0].to_json()
                        for group in self.groups],
                "excluded": [c.to_json() for c in self.excluded],
                "notes": self.notes, "relaxed": self.relaxed}


RELAXED_NOTE = "没有同时包含全部 {n} 个检索词的文章，以下是至少包含其中 {k} 个的结果"


def _words_group(group: list[Clause]) -> bool:
    """A group of words or phrases searched in the text (not a filter)."""
    return all(c.field not in FILTER_FIELD_NAMES and c.query is not None for c in group)


def parse(text: str) -> ParsedQuery:
    """Read user query text. Raises QueryTooLong; nothing else."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryTooLong(f"查询太长：{len(text)} 个字符，最多 {MAX_QUERY_CHARS} 个")
    cleaned = _CONTROL.sub(" ", text).translate(_QUOTES).strip()
    parsed = ParsedQuery(cleaned)
    pending_or = negate_next = False
    seen: set[tuple] = set()
    for m in _TOKEN.finditer(cleaned):
        if m.group("stray"):
            parsed.notes.append("引号没有配对，已按普通文字处理")
            continue
        neg, name, phrase, word = m.group("neg"), m.group("field"), m.group("phrase"), m.group("word")
        if not (neg or name or phrase is not None or word):
            continue
        if not name and not neg and phrase is None and word in ("OR", "AND", "NOT"):
            if word == "OR":
                pending_or = bool(parsed.groups)
                if not pending_or:
                    parsed.notes.append("OR 前面没有词语，已忽略")
            elif word == "NOT":
                negate_next = True
            continue
        clause = _clause(neg is not None or negate_next, name, phrase, word or "", parsed.notes)
        negate_next = False
        if clause is None:
            continue
        key = (clause.text, clause.field, clause.phrase, clause.negated)
        if key in seen:
            continue
        seen.add(key)
        if clause.negated:
            parsed.excluded.append(clause)
            pending_or = False
        elif pending_or:
            parsed.groups[-1].append(clause)
            pending_or = False
        else:
            parsed.groups.append([clause])
    if pending_or:
        parsed.notes.append("OR 后面没有词语，已忽略")
    if negate_next:
        parsed.notes.append("NOT 后面没有词语，已忽略")
    return parsed


def field_query(name: str, text: str) -> plan.Plan | None:
    """The words of text in one field a user can name (title, section, policy)."""
    clause = _clause(False, name, None, text, [])
    return clause.query if clause else None


def _clause(negated: bool, name: str | None, phrase: str | None, word: str,
            notes: list[str]) -> Clause | None:
    """Build one clause; None (with a note) when there is nothing to search."""
    value = phrase if phrase is not None else word
    field_name = name.lower() if name else None
    if field_name and field_name not in TEXT_FIELD_NAMES and field_name not in FILTER_FIELD_NAMES:
        value, field_name = f"{name}:{value}", None  # not a field we know: plain text
        phrase = None
    if not value.strip():
        if field_name:
            notes.append(f"{field_name}: 后面没有内容，已忽略")
        elif negated:
            notes.append("减号后面没有词语，已忽略")
        elif phrase is not None:
            notes.append("空的引号，已忽略")
        return None
    clause = Clause(value.strip(), field_name, phrase is not None, negated)
    if field_name in FILTER_FIELD_NAMES:
        clause.value = _filter_value(field_name, clause.text)
        clause.query = plan.Term(FILTER_FIELDS[field_name], clause.value)
        return clause
    fields = [TEXT_FIELD_NAMES[field_name]] if field_name else list(TEXT_FIELDS)
    clause.query = _text_query(clause, fields, fallback=field_name is None)
    if clause.query is not None and field_name is None and not clause.phrase and (name := author_value(clause.text)):
        clause.query = plan.either([clause.query, plan.Term("authors", name, boost=AUTHOR_BOOST)])
    if clause.query is not None and field_name is None and not clause.phrase and (
            kind := KIND_WORDS_IN_TEXT.get(normalize(clause.text))):
        # 光谷 专访, 南山 评论: a kind's name in plain words also finds the pieces of that kind
        clause.query = plan.either([clause.query, plan.Term(FILTER_FIELDS["kind"], kind, boost=AUTHOR_BOOST)])
    if clause.query is None:
        notes.append(f"“{clause.text}”里没有可搜索的文字，已忽略")
        return None
    return clause


def _filter_value(name: str, text: str) -> str:
    """The stored value a filter word stands for (canonical zone, kind code)."""
    if name == "zone":
        return zone_value(text)
    if name == "kind":
        return KINDS.get(text.lower(), text.lower())
    if name == "author":
        return author_value(text)
    return province_value(text)


def zone_value(text: str) -> str:
    """A zone as users write it (襄阳, 襄阳国家高新区, 光谷) -> canonical name."""
    text = to_simplified(unicodedata.normalize("NFKC", text.strip()))
    found = gazetteer.canonical(text)
    if found is None and not text.endswith(("高新区", "开发区", "园区")):
        found = gazetteer.canonical(text + "高新区")
    return found or text


def province_value(text: str) -> str:
    """A province as users write it (湖北, 湖北省) -> the gazetteer's spelling."""
    text = to_simplified(unicodedata.normalize("NFKC", text.strip()))
    known = gazetteer.provinces()
    for candidate in (text, text + "省", text + "市"):
        if candidate in known:
            return candidate
    for province in sorted(known, key=len, reverse=True):
        # 江苏省 / 广西壮族自治区 -> 江苏 / 广西; 黑龙 -> 黑龙江
        if text.startswith(province) or (len(text) >= 2 and province.startswith(text)):
            return province
    return text


def _text_query(clause: Clause, fields: list[str], fallback: bool) -> plan.Plan | None:
    """The query for a words or phrase clause over fields; fills clause.words
    and clause.expansions."""
    parts = []
    for run in RUNS.finditer(normalize(clause.text)):
        run_words = [w for w, _, _, _ in words(run.group(), index_mode=False)]
        clause.words.extend(w for w in run_words if w not in clause.words)
        if clause.phrase:
            parts.append(_phrase_query(run.group(), run_words, fields, fallback))
        else:
            parts.append(_run_query(run.group(), run_words, fields, fallback, clause.expansions))
    parts = [p for p in parts if p is not None]
    if not parts:
        return None
    return plan.every_one(parts)


def _run_query(run: str, run_words: list[str], fields: list[str], fallback: bool,
               expansions: list[str]) -> plan.Plan:
    units = _units(run_words)
    unit_queries = []
    for unit in units:
        text = "".join(unit)
        alternatives = [_words_query(unit, fields, text if fallback else None)]
        for other in _widening(text) if len(units) > 1 or text != run else ():
            expansions.append(other)
            alternatives.append(_synonym_query(other, fields, fallback))
        unit_queries.append(plan.either(alternatives))
    query = plan.every_one(unit_queries)
    whole = []
    for other in _widening(run):
        expansions.append(other)
        whole.append(_synonym_query(other, fields, fallback))
    if whole:
        query = plan.either([query, *whole])
    if fallback and len(units) > 1:
        # Units side by side in the article, as typed, rank higher.
        query = plan.Maybe(query, plan.with_boost(_grams(run), ADJACENT_BOOST))
    return query


def _widening(text: str) -> list[str]:
    """The synonyms that can find more than `text` itself: one that contains
    it (国家高新区 for 高新区) matches only articles its exact run already
    finds, so it would cost a phrase lookup and add nothing."""
    return [other for other in synonyms.expansions(text) if text not in other]


def _synonym_query(text: str, fields: list[str], fallback: bool) -> plan.Plan:
    """A synonym is a fixed term: matched as its exact run, like a phrase,
    never as its words scattered (人才奖励 is not 人才 … 奖励)."""
    found = [w for w, _, _, _ in words(text, index_mode=False)]
    return _phrase_query(text, found, fields, fallback)


def _words_query(unit: list[str], fields: list[str], run: str | None) -> plan.Plan:
    """Every word of a unit in any of fields, or (fallback) the unit's exact
    run of characters through the bigram field."""
    per_word = [_word_query(w, fields) for w in unit]
    query = plan.every_one(per_word)
    grams = _grams(run) if run and (len(run) > 1 or not _CJK.match(run)) else None
    if grams is not None and len(unit) == 1:
        grams = plan.Fallback(grams, unit[0])
    return plan.either([query, grams]) if grams is not None else query


def _word_query(word: str, fields: list[str]) -> plan.Plan:
    """One word in any of fields. A compound the dictionary knows whole
    (人才补贴, 高新技术企业) also matches its parts in any order and place
    (人才…补贴), at a lower weight, since articles often write it apart."""
    whole = plan.either([plan.Term(f, word) for f in fields])
    parts = split_compound(word)
    if len(parts) < 2:
        return whole
    apart = plan.All(tuple(plan.either([plan.Term(f, p) for f in fields]) for p in parts), boost=APART_BOOST)
    return plan.Any((whole, apart))


def split_compound(word: str) -> list[str]:
    """A word cut into dictionary words that cover it exactly, longest first
    from the left ([] when no such cut exists)."""
    if len(word) < 4 or not _CJK.match(word):
        return []
    by_start: dict[int, list[tuple[int, str]]] = {}
    for piece, start, end in segmenter.inner_words(word):
        by_start.setdefault(start, []).append((end, piece))
    parts, pos = [], 0
    while pos < len(word):
        options = sorted(by_start.get(pos, []), reverse=True)
        if not options:
            return []
        pos, piece = options[0]
        parts.append(piece)
    return parts


def _phrase_query(run: str, run_words: list[str], fields: list[str], fallback: bool) -> plan.Plan:
    """Exactly this run: required through the bigrams (character-exact), and
    scored by word phrases in the fields, which carry the field boosts."""
    in_fields = [plan.Run(f, tuple(run_words)) if len(run_words) > 1 else plan.Term(f, run_words[0])
                 for f in fields]
    scored = plan.either(in_fields)
    if not fallback or (len(run) == 1 and _CJK.match(run)):
        return scored
    return plan.Maybe(_grams(run), scored)


def _grams(run: str) -> plan.Plan:
    grams = [g for g, _, _, _ in bigrams(run)]
    return plan.Run(GRAMS_FIELD, tuple(grams), overlapping=True) if len(grams) > 1 else plan.Term(GRAMS_FIELD, grams[0])


def _units(run_words: list[str]) -> list[list[str]]:
    """Words grouped so that no unit is a lone Chinese character: a single
    character joins the word before it (or after it, at the start)."""
    units: list[list[str]] = []
    for w in run_words:
        lone = len(w) == 1 and _CJK.match(w)
        if units and (lone or (len(units[-1]) == 1 and len(units[-1][0]) == 1 and _CJK.match(units[-1][0]))):
            units[-1].append(w)
        else:
            units.append([w])
    return units


def _marks(clause: Clause) -> set[str]:
    """Strings to highlight for a clause: its runs, its words (single
    characters only when typed alone) and its expansions."""
    marks = set()
    norm = normalize(clause.text)
    for run in RUNS.finditer(norm):
        marks.add(run.group())
    for w in clause.words:
        if len(w) > 1 or not _CJK.match(w) or w == norm:
            marks.add(w)
    for other in clause.expansions:
        marks.add(other)
    return marks
