"""Photo captions: which paragraph a credit belongs to, and whether the photo
is part of an article (its caption goes to `captions`) or news of its own.

A credit's caption is the paragraph before it for a suffix credit (`陈敏/摄`)
or the same line (`…车间一角。赵六 摄`); for a prefix credit (`图片来源:…`)
the paragraph before it when that stands after a gap, else the one after it
when that is photo news. A photo is news of its own when the text before it
closes an article (a finished sentence, the authors, another photo) and the
photo stands apart: a headline, a gap or the page end after it, and before
it a gap, the article's authors, or an article that never names the zone
the caption is about.
"""
from __future__ import annotations

import re

from indexer import furniture, leads
from indexer.model import CreditPlace, Line, LineKind, Role, drop_joined
from indexer.text import continues, ends_sentence, fold, split_glued_names
from search.text import gazetteer

CLOSING_KINDS = (LineKind.AUTHORS, LineKind.CREDIT, LineKind.BYLINE, LineKind.EDITOR, LineKind.CONTINUATION,
                 LineKind.FURNITURE, LineKind.LABEL, LineKind.MASTHEAD)
# Photo news opens with when and where: `6月2日，在…`, `近日，…`.
DATED_CAPTION = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日"
                           r"|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
                           r"|近日|日前|当天|\d{1,2}日)")
# The key of an export's caption field that a caption line printed: 【图片】, or 图片： (lines.CAPTION_MARK)
BRACKETED_CAPTION_KEY = r"【(?:图片|图注|图片说明|图说|图)】"
COLON_CAPTION_KEY = r"(?:图片|图注|图片说明)\s*[:：]"
CAPTION_FIELD = re.compile(rf"^(?:{BRACKETED_CAPTION_KEY}|{COLON_CAPTION_KEY})")
MIN_PHOTO_NEWS = 24  # characters: a caption that tells news, not a label under a picture
# A caption printed without a credit: a short scene under a photo (…一角, …全景,
# 位于…的…, 图为…), no sentence punctuation.
SCENE_CAPTION = re.compile(r"(?:一角|全景|外景|夜景|远眺|俯瞰|鸟瞰|景色|风光|掠影|效果图|规划图|示意图|实景|航拍"
                           r"|航拍图|鸟瞰图|实景图|全景图|夜景图"
                           r"|现场|近景|远景)$"
                           r"|^(?:位于|航拍的|俯瞰)")
MAX_SCENE_CAPTION = 30


def _ends_article(line: Line | None) -> bool:
    """Whether the content before a photo closes an article."""
    if line is None or line.kind in CLOSING_KINDS or line.role == Role.PHOTO:
        return True
    return line.kind == LineKind.PARAGRAPH and (ends_sentence(line.text) or bool(split_glued_names(line.text)[1]))


def _signed_off(line: Line | None) -> bool:
    """Whether an article visibly ended before a photo (its authors or byline)."""
    return line is not None and (line.kind in CLOSING_KINDS or line.role == Role.PHOTO or (
        line.kind == LineKind.PARAGRAPH and bool(split_glued_names(line.text)[1])))


NOT_CONTENT = (LineKind.FURNITURE, LineKind.EDITOR, LineKind.MASTHEAD, LineKind.LABEL)


def _is_boundary(line: Line | None) -> bool:
    return line is None or line.role in (Role.HEADLINE, Role.KICKER) or line.gap >= 2 or line.kind in NOT_CONTENT


def _photo_row_after_rule(lead: Line | None, follows: Line | None) -> bool:
    """A photo under a rule between pieces (─────) with another credited photo
    right after it: photos in a row of their own, each news."""
    return lead is not None and lead.kind == LineKind.FURNITURE and furniture.SEPARATOR.fullmatch(lead.text) \
        is not None and follows is not None and follows.kind == LineKind.PARAGRAPH \
        and follows.rule == "caption-with-credit"


def _caption_paragraph(line: Line | None) -> bool:
    """A paragraph that can be a caption: a news report's lead (本报讯…) cannot,
    nor one going on with a text (据了解，…)."""
    return (line is not None and line.kind == LineKind.PARAGRAPH and line.role in (Role.NONE, Role.CAPTION)
            and leads.lead_in(fold(line.text)) is None and not GOES_ON_WITH_TEXT.match(fold(line.text)))


GOES_ON_WITH_TEXT = re.compile(r"^(?:据了解|据介绍|据悉|据统计|此外|同时|另外|与此同时)[，,]")


def _heading_caption(line: Line | None, above: Line | None, follows: Line | None) -> bool:
    """A short bare line read as a heading of its own (no kicker above it)
    that a photo credit follows, with no text after the credit
    (`南车株机地铁生产车间` / `本报记者 郭立亮 摄` / the next photo): the photo's
    caption, not a headline over nothing."""
    return line is not None and line.kind == LineKind.HEADING and line.level == 0 \
        and line.role in (Role.SUBHEAD, Role.HEADLINE) \
        and not (above is not None and above.kind == LineKind.HEADING and above.role == Role.KICKER) \
        and not (follows is not None and follows.kind == LineKind.PARAGRAPH and follows.role == Role.NONE)


def _zones(text: str) -> set[str]:
    return {m.zone for m in gazetteer.find_mentions(fold(text))}


def _other_zone(typed: list[Line], index: int) -> bool:
    """Whether a caption is about a zone that the article before it never names."""
    named = _zones(typed[index].text)
    if not named:
        return False
    seen: set[str] = set()
    for line in reversed(typed[:index]):
        if line.kind in (LineKind.HEADING, LineKind.PARAGRAPH):
            seen |= _zones(line.text)
        if line.role == Role.HEADLINE:
            return bool(seen) and not named & seen
    return False


# Characters of a line a column broke, of a caption or of text: a shorter line is a caption of its own
MIN_BROKEN_LINE = 16
MAX_BROKEN_CAPTION = 240  # characters of a caption rejoined from its broken lines
# ... when its credit is glued to its last piece: a longer run is a paragraph signed by a photographer
MAX_GLUED_CAPTION = 100
PHOTO_CREDIT = re.compile(r"摄|图")


def _join_broken_captions(typed: list[Line]) -> None:
    """A caption a narrow column broke over lines (`2月18日，工人在位于重庆市北碚区的一家`
    / `微电路企业生产线上忙碌。` / `新华社发 秦廷富 摄`) is one line again, as
    the assembler would join its text: a credit then finds all of its caption."""
    merged: set[int] = set()  # lines joined into the one above them: dropped once, at the end (no quadratic del)
    k = len(typed) - 1
    while k > 0:
        credit, last = typed[k], typed[k - 1]
        # a credit glued to its caption's last piece (`夜景。新华社记者 白田田 摄`): that piece is the caption
        # (a photographer's: 新华报业网 after a paragraph's end names a source, not a photo)
        glued = credit.place == CreditPlace.GLUED and PHOTO_CREDIT.search(credit.printed) is not None
        if credit.kind != LineKind.CREDIT or credit.gap >= 2 or (credit.place == CreditPlace.GLUED and not glued) \
                or last.kind != LineKind.PARAGRAPH \
                or last.role != (Role.CAPTION if glued else Role.NONE) or not (glued or ends_sentence(last.text)):
            k -= 1
            continue
        first = k - 1
        while first > 0 and typed[first].gap == 0 and typed[first - 1].kind == LineKind.PARAGRAPH \
                and typed[first - 1].role == Role.NONE and not ends_sentence(typed[first - 1].text) \
                and len(typed[first - 1].text) >= MIN_BROKEN_LINE and (typed[first - 1].broken or not glued):
            first -= 1
        run = typed[first:k]
        if len(run) > 1 and sum(len(t.text) for t in run) <= (MAX_GLUED_CAPTION if glued else MAX_BROKEN_CAPTION):
            run[0].text = "".join(t.text for t in run)
            if glued:  # the caption's first piece carries it now
                run[0].role, run[0].rule = last.role, last.rule
            merged.update(id(t) for t in run[1:])
        k = first
    drop_joined(typed, merged)


# An agency's caption says when the photo was shot: …镇北台（9月11日摄，无人机照片）。
SHOT_ON = re.compile(r"[(（](?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*摄[^()（）]{0,12}[)）]"
                     # …in English: Photo taken on Sept. 19, 2018 shows…, Aerial photo taken on May 3 shows…
                     r"|^(?:[A-Z][a-z]+\s+)?[Pp]hoto\s+taken\s+on\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b")


def _run_on(typed: list[Line], k: int) -> int:
    """The end (exclusive) of the paragraph that starts at typed[k]: the
    lines after it, each after one that ended no sentence, with no gap."""
    end = k + 1
    while end < len(typed) and typed[end].gap == 0 and typed[end].kind == LineKind.PARAGRAPH \
            and typed[end].role == Role.NONE and not ends_sentence(typed[end - 1].text):
        end += 1
    return end


def _dated_shots(typed: list[Line]) -> None:
    """A paragraph saying when its photo was shot (`…参观（9月10日摄，无人机照片）。`,
    the form agencies caption with) is a caption, however a column broke it."""
    merged: set[int] = set()
    k = 0
    while k < len(typed):
        line = typed[k]
        if line.kind != LineKind.PARAGRAPH or line.role != Role.NONE:
            k += 1
            continue
        end = _run_on(typed, k)
        run = typed[k:end]
        if sum(len(t.text) for t in run) > MAX_BROKEN_CAPTION:
            k = end  # a paragraph too long for a caption; the next one starts after it
            continue
        text = "".join(t.text for t in run)
        if SHOT_ON.search(fold(text)):
            line.text, line.role, line.rule = text, Role.CAPTION, "shot-date-caption"
            merged.update(id(t) for t in run[1:])
        k = end  # each line of a paragraph is read once
    drop_joined(typed, merged)


def _join_broken_marked_captions(typed: list[Line]) -> None:
    """A 图为 caption a column broke (`图为中源协和细胞基因工程股份有限公司` /
    `的科研人员在免疫实验室进行实验。`) is one line again: its rest is no text."""
    merged: set[int] = set()
    for k, line in enumerate(typed):
        # (a 图为… caption is a sentence, its end a full stop; ▲项目副经理黄海 may be whole at the column's width)
        if line.role != Role.CAPTION or not line.broken or not line.folded.startswith("图为") or id(line) in merged:
            continue
        run = typed[k:_run_on(typed, k)]
        if len(run) > 1 and sum(len(t.text) for t in run) <= MAX_BROKEN_CAPTION:
            line.text, line.broken = "".join(t.text for t in run), False
            merged.update(id(t) for t in run[1:])
    drop_joined(typed, merged)


def resolve(typed: list[Line]) -> None:
    """Mark caption paragraphs: role CAPTION (in an article) or PHOTO (standalone)."""
    _join_broken_marked_captions(typed)
    _join_broken_captions(typed)
    _dated_shots(typed)

    def at(k: int) -> Line | None:
        return typed[k] if 0 <= k < len(typed) else None
    for c, credit in enumerate(typed):
        if credit.kind != LineKind.CREDIT:
            continue
        before, after = at(c - 1), at(c + 1)
        caption_index = follows = None
        if credit.place == CreditPlace.GLUED:
            caption_index, follows = c - 1, after
        elif credit.place == CreditPlace.SUFFIX and _heading_caption(before, at(c - 2), after) and credit.gap < 2:
            before.kind, before.role = LineKind.PARAGRAPH, Role.CAPTION
            caption_index, follows = c - 1, after
        elif credit.place == CreditPlace.SUFFIX or (
                _caption_paragraph(before) and before.gap >= 2 and credit.gap < 2):
            if _caption_paragraph(before) and before.role != Role.PHOTO:
                caption_index = c - 1
            follows = after
        elif _caption_paragraph(after) and credit.gap >= 2:
            caption_index, follows = c + 1, at(c + 2)
            if not (_ends_article(before) and _is_boundary(follows)):
                caption_index = None  # a credit with no caption text; the body goes on
        if caption_index is None:
            continue
        credit.caption = caption_index
        caption = typed[caption_index]
        lead_at = c - 1 if caption_index == c + 1 else caption_index - 1
        lead = at(lead_at)
        last = follows is None or follows.kind in NOT_CONTENT
        # photo news closing the page: dated, or a caption of a whole sentence or more
        at_end = last and len(caption.text) >= MIN_PHOTO_NEWS and (
            bool(DATED_CAPTION.match(fold(caption.text))) or caption.text.rstrip().endswith(("。", "！"))
            or credit.place == CreditPlace.GLUED)  # …停在远处海面的锚地上（李政葳/摄）: its own line
        # the article's own photo: right under its headline, or in its record's picture field (【图片】)
        begun = _under_headline(typed, lead_at) or CAPTION_FIELD.match(caption.markup) is not None
        apart = caption.gap >= 2 or credit.gap >= 2 or (not begun and (
            _signed_off(lead) or at_end or _other_zone(typed, caption_index)))
        standalone = apart and _ends_article(lead) and (_is_boundary(follows) or _photo_row_after_rule(lead, follows))
        caption.role = Role.PHOTO if standalone else Role.CAPTION
        _numbered_siblings(typed, caption_index)
    _photo_runs(typed)
    _uncredited_captions(typed)


MIN_UNCREDITED_CAPTION = 6   # characters: a caption names what the photo shows
MAX_UNCREDITED_CAPTION = 60
# People at work somewhere, told in one short sentence (工人在…车间内加工零件。): what a photo shows
AT_WORK = re.compile(r"(?:工人|员工|工作人员|技术人员|科研人员|职工|市民|游客|学生)们?[^，。]{0,20}"
                     r"(?:正在|在[^，。]{2,20}(?:车间|现场|生产线|园区|基地|实验室|展厅|码头|工地))")
MAX_SCENE_SENTENCE = 40


def _scene_sentence(text: str) -> bool:
    """One short sentence telling what a photo shows: people at work, or a view (…一角。, 俯瞰…。)."""
    folded = fold(text)
    return len(text) <= MAX_SCENE_SENTENCE and len(re.findall(r"[。！？]", text)) == 1 and text.endswith("。") \
        and (AT_WORK.search(folded) is not None or SCENE_CAPTION.search(folded.removesuffix("。")) is not None)


def _uncredited_captions(typed: list[Line]) -> None:
    """A short line with no sentence end standing between two paragraphs of a text, the one above finished
    and the one below starting afresh (`…领奖。` / `获奖职工上台领奖` / `作为新中国首批…`), or one short sentence
    of a scene there: the caption of a photo printed there without a credit. Body text ends its sentences;
    a line the column broke runs into the next."""
    for k in range(1, len(typed) - 1):
        line, above, below = typed[k], typed[k - 1], typed[k + 1]
        text = line.text.strip()
        if line.kind != LineKind.PARAGRAPH or line.role != Role.NONE or line.rule != "paragraph" or line.broken \
                or not MIN_UNCREDITED_CAPTION <= len(text) <= MAX_UNCREDITED_CAPTION \
                or re.search(r"[，,；;：:、]$", text) or (ends_sentence(text) and not _scene_sentence(text)) \
                or leads.lead_in(fold(text)) is not None:
            continue  # (本报讯 记者… 昨日上午，…: a report's first words, an ad cutting it off)
        if above.kind != LineKind.PARAGRAPH or above.role != Role.NONE or not ends_sentence(above.text) \
                or below.kind != LineKind.PARAGRAPH or below.role != Role.NONE or continues(text, below.text) \
                or leads.lead_in(fold(below.text)) is not None:
            continue
        if not (below.broken or ends_sentence(below.text) or len(below.text) > MAX_UNCREDITED_CAPTION):
            continue  # 一站式服务中心 / 美的邯郸工业园: captions listed one under another, read together
        line.role, line.rule = Role.CAPTION, "uncredited-caption"


def _photo_runs(typed: list[Line]) -> None:
    """A run of captioned photos (each caption with its credit on its line)
    after an article has ended (its byline or credit) and up to a boundary
    (the next headline, the page's foot): photos of their own, each news,
    as the last of them already is."""
    k = 0
    while k < len(typed):
        start = k
        while k + 1 < len(typed) and typed[k].role in (Role.CAPTION, Role.PHOTO) \
                and typed[k].rule == "caption-with-credit" and typed[k + 1].kind == LineKind.CREDIT \
                and typed[k + 1].caption == k:
            k += 2
        if k - start >= 4 and typed[k - 2].role == Role.PHOTO and start > 0 \
                and _signed_off(typed[start - 1]) and (k >= len(typed) or _is_boundary(typed[k])):
            for c in range(start, k, 2):
                typed[c].role = Role.PHOTO
        k = max(k, start + 1)


def _under_headline(typed: list[Line], at: int) -> bool:
    """Whether the line at `at`, before a caption, is the byline right under a
    headline (`品尝甜蜜“幸福味”…` / `记者 闫友明` / the photo): the article has
    only begun, its photo is no news of its own."""
    if at < 0 or typed[at].kind not in (LineKind.BYLINE, LineKind.AUTHORS):
        return False
    k = at - 1
    while k >= 0 and typed[k].kind in (LineKind.BYLINE, LineKind.AUTHORS):
        k -= 1
    return k >= 0 and typed[k].kind == LineKind.HEADING and typed[k].role in (Role.HEADLINE, Role.SUBTITLE)


# A photo's number in a series under one credit: ①…, 图①…, 图1…
PHOTO_NUMBER = re.compile(r"^\s*(?:图\s*)?(?:[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]|\d{1,2}\s*[：:])")


def _numbered_siblings(typed: list[Line], caption_index: int) -> None:
    """Numbered captions printed one above the other over a single credit
    (`①…` `②…` `③…` / `张进刚 摄`): each is a caption like the last, with
    the same credit (assembled by indexer.assemble)."""
    caption = typed[caption_index]
    if not PHOTO_NUMBER.match(fold(caption.text)):
        return
    k = caption_index
    while k > 0 and typed[k].gap < 2:
        above = typed[k - 1]
        if not (above.kind == LineKind.PARAGRAPH and above.role == Role.NONE and PHOTO_NUMBER.match(fold(above.text))):
            break
        above.role = caption.role
        k -= 1
