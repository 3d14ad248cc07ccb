"""Line typing: one declared table of rules, tried in order, first match wins.

Every rule sees the line twice: as printed, and folded (traditional script to
simplified, one character to one, so that offsets agree). Rules recognise on
the folded copy and cut the printed one, so a traditional page keeps its own
script in titles, text and names. To understand a new outlet's style, add a
rule (a name, a docstring, a function) and a fixture page in tests/data/.
`python -m indexer parse FILE --explain` shows which rule typed each line.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from indexer import credits, leads, names
from indexer.model import CreditPlace, Line, LineKind, Role
from indexer.text import fold

MAX_BARE_HEADING = 36      # longer lines are paragraphs, whatever they look like
MAX_SUBTITLE = 48          # ——副题 lines run a little longer
MARKUP_HEADING = re.compile(r"^(#{1,6})\s*(.*)$")
COLUMN_LABEL = re.compile(r"^(?:【\s*(?P<name>[^】]{2,12}?)\s*】|[■□●◆◇]\s*(?P<name2>[^\s，。！？]{2,10}))$")
BYLINE_MARK = re.compile(r"^[►▶▸■□●◆◇]\s*")
# What opens a photo caption: △ ▲ ↑, 上图：, 图①：, 图1: (taken off), or 图为 (kept)
CAPTION_MARK = re.compile(r"^(?:[△▲↑↓←→]\s*|(?:[上下左右]图|图\s*[①②③④⑤⑥⑦⑧⑨\d]*)\s*[:：]\s*|(?=图为))")
SUBTITLE_DASH = re.compile(r"^(?:——|—|──|--|－－)")
NO_HEADING_PUNCT = re.compile(r"[。；;]")  # outside quotation marks; ！ and ？ are fine
COMMAS = re.compile(r"[，,、]")
ENUMERATOR = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]\s*)")
MAX_WEAK_HEADING = 24
QUOTED = re.compile(r"“[^”]*”|「[^」]*」|『[^』]*』|‘[^’]*’|《[^》]*》")


@dataclass(frozen=True)
class Candidate:
    """One line of a page as the rules see it."""
    text: str      # as printed (white space folded)
    folded: str    # simplified script, same length
    number: int
    gap: int
    hashes: bool   # whether the page marks headings with '#'
    top: bool      # no heading or paragraph seen yet on the page

    def line(self, kind: LineKind, rule: str, text: str | None = None, **extra) -> Line:
        """A typed line made from this candidate."""
        return Line(kind, self.text if text is None else text, self.number, self.gap, rule, **extra)


@dataclass(frozen=True)
class Rule:
    """A line rule: its name (shown by --explain), what it recognises, and
    a function that returns the typed line(s) or None."""
    name: str
    doc: str
    apply: Callable[[Candidate], list[Line] | None]


def _markup_heading(c: Candidate) -> list[Line] | None:
    m = MARKUP_HEADING.match(c.text)
    if not m or not m.group(2).strip():
        return None
    text = m.group(2).strip()
    return [c.line(LineKind.HEADING, "markup-heading", text, level=min(len(m.group(1)), 2), markup=m.group(1))]


def _masthead(c: Candidate) -> list[Line] | None:
    if c.top and leads.is_masthead(c.folded):
        return [c.line(LineKind.MASTHEAD, "masthead")]
    return None


def _jump_line(c: Candidate) -> list[Line] | None:
    found = leads.jumps(c.folded)
    rest = c.folded
    for jump in found:
        rest = rest.replace(c.folded[jump.span[0]:jump.span[1]], "")
    if found and not rest.strip():
        return [c.line(LineKind.CONTINUATION, "jump-marker", continues=c.text)]
    return None


def _editor(c: Candidate) -> list[Line] | None:
    if names.editor_line(c.folded):
        return [c.line(LineKind.EDITOR, "editor-line")]
    return None


def _marked_byline(c: Candidate) -> list[Line] | None:
    m = BYLINE_MARK.match(c.folded)
    if not m:
        return None
    spans = names.byline(c.folded[m.end():], need_role=False)
    if spans is None:  # a mark says "byline" on its own: take what reads as names
        spans = names.marked_names(c.folded[m.end():])
        if not spans:
            return None  # ■ 园区快讯: a column label, not a byline
    found = names.spans_text(c.text, [(s + m.end(), e + m.end()) for s, e in spans])
    return [c.line(LineKind.BYLINE, "byline-mark", names=found)]


def _column_label(c: Candidate) -> list[Line] | None:
    m = COLUMN_LABEL.match(c.folded)
    if not m:
        return None
    group = "name" if m.group("name") else "name2"
    return [c.line(LineKind.LABEL, "column-label", c.text[m.start(group):m.end(group)], markup=c.text)]


def _credit(c: Candidate) -> list[Line] | None:
    found = credits.credit(c.folded)
    if not found:
        return None
    who = c.text[found.who[0]:found.who[1]].strip()
    return [c.line(LineKind.CREDIT, "photo-credit", who, place=found.place,
                   names=names.spans_text(c.text, found.photographers), markup=c.text)]


def _byline(c: Candidate) -> list[Line] | None:
    inner = c.folded.strip()
    offset = 0
    bracketed = inner[:1] in "(（【[" and inner[-1:] in ")）】]"
    if bracketed:
        inner, offset = inner[1:-1], 1
    spans = names.byline(inner, need_role=not bracketed)  # （张三 李四） closes an article too
    if spans is None:
        return None
    found = names.spans_text(c.text, [(s + offset, e + offset) for s, e in spans])
    return [c.line(LineKind.BYLINE, "byline-roles", names=found)]


def _author_names(c: Candidate) -> list[Line] | None:
    spans = names.names_only(c.folded)
    if spans is None:
        return None
    return [c.line(LineKind.AUTHORS, "author-names", names=names.spans_text(c.text, spans))]


def _caption_with_credit(c: Candidate) -> list[Line] | None:
    found = credits.trailing(c.folded)
    if not found:
        return None
    start, credit = found
    caption = c.text[:start].strip()
    mark = CAPTION_MARK.match(fold(caption))
    if mark:
        caption = caption[mark.end():]
    who = c.text[credit.who[0]:credit.who[1]].strip()
    return [c.line(LineKind.PARAGRAPH, "caption-with-credit", caption, role=Role.CAPTION,
                   markup=c.text.strip()[:mark.end()] if mark else ""),
            Line(LineKind.CREDIT, who, c.number, 0, "caption-with-credit", place=CreditPlace.GLUED,
                 names=names.spans_text(c.text, credit.photographers), markup=c.text[start:])]


def _marked_caption(c: Candidate) -> list[Line] | None:
    m = CAPTION_MARK.match(c.folded)
    if not m or not c.text[m.end():].strip():
        return None
    return [c.line(LineKind.PARAGRAPH, "caption-mark", c.text[m.end():].strip(), role=Role.CAPTION,
                   markup=c.text[:m.end()])]


def heading_shape(folded: str) -> str | None:
    """"strong" for a short line with no sentence punctuation outside
    quotation marks (headlines may ask or exclaim: `如何留住人才？`, `好消息！…`;
    a leading `一、` or `（二）` does not count); "weak" for a shorter one with
    commas (`政策给力，企业有底气`), which is a headline only when an article
    follows it; None for anything else."""
    limit = MAX_SUBTITLE if SUBTITLE_DASH.match(folded) else MAX_BARE_HEADING
    if len(folded) > limit or folded.endswith((":", "：", "，", ",", "、")):
        return None
    bare = QUOTED.sub("", ENUMERATOR.sub("", folded))
    if NO_HEADING_PUNCT.search(bare):
        return None
    if COMMAS.search(bare):
        return "weak" if len(folded) <= MAX_WEAK_HEADING else None
    return "strong"


def could_be_heading(folded: str) -> bool:
    """A line shaped like a headline without doubt (see heading_shape)."""
    return heading_shape(folded) == "strong"


def _bare_heading(c: Candidate) -> list[Line] | None:
    # On a '#' page only a ——subtitle may stand bare; elsewhere any short line may be a heading.
    if c.hashes and not SUBTITLE_DASH.match(c.folded):
        return None
    if leads.lead_in(c.folded):  # 本报讯… opens a text, whatever its length
        return None
    shape = heading_shape(c.folded)
    if shape:
        return [c.line(LineKind.HEADING, "bare-heading", weak=shape == "weak")]
    return None


def _paragraph(c: Candidate) -> list[Line] | None:
    return [c.line(LineKind.PARAGRAPH, "paragraph")]


RULES: tuple[Rule, ...] = (
    Rule("markup-heading", "`# 标题`, `## 小标题`: a heading by markup", _markup_heading),
    Rule("jump-marker", "a line that is only a jump marker: （下转第3版）, （上接第1版）", _jump_line),
    Rule("masthead", "the page's header before any article: paper, date, 星期, 第N版", _masthead),
    Rule("editor-line", "责任编辑：张三, （编辑 李四）: editors, not authors", _editor),
    Rule("byline-mark", "► 杨柳 黄可, ■ 张三: names after a byline mark", _marked_byline),
    Rule("column-label", "【高新区动态】, ■ 园区快讯: a column's name over the articles under it", _column_label),
    Rule("photo-credit", "陈敏/摄, 新华社记者 张三 摄, 图片来源:X, X供图, 资料图片, （图/记者 X摄）", _credit),
    Rule("byline-roles", "本报记者 张三 北京报道, 文/张三, （记者 张三 实习生 李四）", _byline),
    Rule("author-names", "a line of personal names only (known surnames): 王帅, 徐浩 赵斯亮", _author_names),
    Rule("caption-with-credit", "a caption that ends with its credit: …车间一角。赵六 摄", _caption_with_credit),
    Rule("caption-mark", "△ or ▲ before a photo caption", _marked_caption),
    Rule("bare-heading", "a short line without sentence punctuation (no '#' on the page), or a ——subtitle",
         _bare_heading),
    Rule("paragraph", "anything else", _paragraph),
)


def type_lines(text: str) -> list[Line]:
    """Type every non-empty line of a page by the first rule that takes it."""
    raw_lines = text.split("\n")
    hashes = any(line.lstrip().startswith("#") for line in raw_lines)
    typed: list[Line] = []
    gap = 0
    top = True
    for number, raw in enumerate(raw_lines, start=1):
        line = re.sub(r"\s+", " ", raw).strip()
        if not line:
            gap += 1
            continue
        candidate = Candidate(line, fold(line), number, gap, hashes, top)
        found = next(found for rule in RULES if (found := rule.apply(candidate)))
        typed.extend(found)
        top = top and all(t.kind not in (LineKind.HEADING, LineKind.PARAGRAPH) for t in found)
        gap = 0
    return typed
