"""Which heading lines open an article, and what each line of a heading does.

Consecutive heading lines form a cluster. A cluster on a `#` page opens an
article when its lines are `#`; `##` lines are sub-headings. On a `##` page
and on a bare page (no markup) a cluster opens an article when there is
evidence for it, any one of:
- no article is open yet;
- a line names a zone (`XX高新区…`, on the folded copy, so 高新區 counts);
- what follows opens an article: a byline, a line of names, a lead-in
  (`本报讯`, `新华社北京9月12日电`);
- the article before has ended: its author names, a bracketed byline, an
  editor line or a jump marker came after its text;
- a line of it is a ——subtitle;
- the article before has no byline line, no sub-heading and is short (a
  brief has no sub-headings, so a heading after one starts the next
  article), unless the heading is a quotation (speech, not a headline), a
  short phrase with no figure (强化科学基础研究: a feature's sub-heading), a
  numbered part (（一）…), a topic over a title (产业振兴 / …), or the text
  under it points back (这股热潮…) or opens with the place its story's
  headline names;
- the heading says a new piece's kind (特写：…, 文字实录 over a title), or
  stands over a post's record (发布日期：…), or is the next of titled photos;
- a source note, a column label, a post's record or the paper's line came
  after the article's text.
Otherwise it is a sub-heading. At a heading with text above and below it (not
on a `#` page), the rules' answer and the evidence they read go to a learned
model (`indexer.heading_model`), fitted on the real-page corpus, which overrules
them when it is sure. On a bare page a short line right after an
unfinished paragraph is the rest of that paragraph (a column break), not a
heading.

Inside an opening cluster: ——lines are subtitles (副题); of the others, the one
that names a zone is the headline when only one does, else the last; lines
above it are kickers (引题), lines below it subtitles.
"""
from __future__ import annotations

import itertools
import re

from indexer import furniture, heading_model, items, leads, lines, names
from indexer.model import Column, CreditPlace, Line, LineKind, Role
from indexer.names import is_name
from indexer.text import ends_sentence, fold, han_pairs, split_glued_names
from search.text import gazetteer, segmenter
from search.text.cjk import HAN, has_han

ENDS_ARTICLE = (LineKind.AUTHORS, LineKind.EDITOR, LineKind.CONTINUATION)
MAX_CLUSTER = 4  # kicker(s), headline, subtitle: more heading lines in a row are a list
# A 数读 box's row: a figure and its unit, then what it counts (`逾60間 簽署租約的企業和機構`)
FIGURE_ROW = re.compile(r"^\s*(?:逾|约|近|超|超过|达)?[\d.,，]+\s*[^\s\d]{0,4}\s+\S"
                        r"|^\s*(?:逾|约|近)?[一二三四五六七八九十百千]+成\s+\S")
LIST_ROW = re.compile(r"^\s*\d{1,3}(?:\s+|[.、．]\s*)\S")
MIN_BLOCK_PARAGRAPHS = 8    # paragraph lines a page needs before its blank lines say how it sets pieces apart
MAX_BLANK_PARAGRAPHS = 0.15  # share of them after a blank line on a page whose blank lines set pieces apart
MIN_BLANK_BREAKS = 3  # blank lines a page of blocks needs before their absence above a heading says it is inside
FEATURE_TEXT = 1200  # an article this long may have sub-headings, byline or not (seed briefs run to 1,030)
# A line saying who attended or went along: a 副题 under the headline, never the headline itself.
ATTENDED = re.compile(r"(?:出席|参加|陪同|参观)(?:活动|会议|仪式|调研|并讲话|并致辞)?$|^一行")
INTERVIEWED = re.compile(r"记者\S{0,4}(?:专访|独家专访|对话|访谈)|^(?:专访|独家专访)\S")
SEPARATED = re.compile(r"[丨|｜]\s*$")  # 文字实录｜ over the rest of its headline: one heading
# Words that carry on what was said before: no piece opens on them
# (not 这是…: a caption under a headline opens on it)
GOES_ON = re.compile(r"^(?:此外|同时|另外|其中|与此同时|截至|截止|不仅如此|除此之外|对此|为此|因此|然而|但是"
                     r"|而且|不过)")
# How a sentence opens, and a headline does not (with items.NEWS_OPENER)
SENTENCE_OPENER = re.compile(r"^(?:近年来|多年来|长期以来|一方面|另一方面|据|此外|同时|另外|其中|截至|目前)")
SPEECH = re.compile(r"^[“「『].*[”」』]$")
SOURCE_OR_POST = re.compile(r"^\s*(?:本文)?(?:来源|稿源|转自|转载自|文章来源|信息来源)\s*[:：]")


def _zones(line: Line) -> set[str]:
    return {m.zone for m in gazetteer.find_mentions(fold(line.text))}


def _goes_on(reading: _Reading, following: Line | None) -> bool:
    """Whether the text under a heading goes on with the open article's
    subject: it names zones, and only zones the article already named (a
    sub-heading of a story about 西安高新区 over `据了解，西安高新区今年…`)."""
    if following is None or following.kind != LineKind.PARAGRAPH:
        return False
    named = _zones(following)
    return bool(named) and named <= reading.zones


# A text that opens by pointing back at what came before (这股招商热潮背后…, 此外, 与此同时)
# goes on with the piece above: no article starts so.
REFERS_BACK = re.compile(r"^(?:这|此外|此前|与此同时|同时，|另外|另一方面|然而|不过|但是|对此|为此|因此|由此|上述)")
PART_NUMBER = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2}|[（(][一二三四五六七八九十\d]{1,3}[）)])\s*")


def _continues(reading: _Reading, following: Line | None) -> bool:
    """Whether the text under a heading goes on with the open article: it
    names only its zones, points back, or opens with its headline's place."""
    return _goes_on(reading, following) or _refers_back(following) or _same_subject(reading, following)


def _refers_back(following: Line | None) -> bool:
    """Whether the text under a heading opens by pointing back (REFERS_BACK)."""
    return following is not None and following.kind == LineKind.PARAGRAPH and bool(
        REFERS_BACK.match(fold(following.text)))


def _same_subject(reading: _Reading, following: Line | None) -> bool:
    """Whether the text under a heading opens with the place or body the open
    article's headline is about (厦门跻身“中国软件特色名城” … 筑巢引凤 完善产业链条 /
    厦门真正意义上…): it goes on with that story."""
    if following is None or following.kind != LineKind.PARAGRAPH or not reading.headline:
        return False
    subject = SUBJECT_OPENING.match(fold(following.text))
    return subject is not None and subject.group() in reading.headline


SUBJECT_OPENING = re.compile(rf"[{HAN}]{{2}}(?=[{HAN}])")


def _names_zone(line: Line) -> bool:
    return bool(gazetteer.find_mentions(fold(line.text)))


def _source_head(line: Line) -> bool:
    """A web article's source under its headline (来源：澎湃新闻): the text follows."""
    return line.kind == LineKind.FURNITURE and SOURCE_OR_POST.match(line.folded) is not None


def _opens_article(line: Line | None) -> bool:
    """Whether a content line is one that starts an article."""
    if line is None:
        return False
    if line.kind in (LineKind.BYLINE, LineKind.AUTHORS):
        return True
    if line.kind == LineKind.FURNITURE:  # 发布日期：2021-03-12 来源：…: a web article's head
        return furniture.posted(line.folded)
    return line.kind == LineKind.PARAGRAPH and leads.lead_in(fold(line.text)) is not None


def _clusters(typed: list[Line]) -> list[tuple[int, int]]:
    """(start, end) index ranges of consecutive heading lines."""
    ranges = []
    i = 0
    while i < len(typed):
        if typed[i].kind != LineKind.HEADING:
            i += 1
            continue
        j = i + 1
        # a weak candidate (commas) stands alone: it is a headline or the start of a text
        while j < len(typed) and typed[j].kind == LineKind.HEADING and (
                not (typed[j].weak or typed[i].weak) or SEPARATED.search(typed[j - 1].text)
                or lines.GENRE_KICKER.match(fold(typed[j - 1].text))  # 文字实录 / 王小彬：聚焦“四个联动”…
                or PART_NUMBER.fullmatch(fold(typed[j - 1].text))  # 一 / 那时，有了一座桥: a part and its title
                or lines.SUBTITLE_DASH.match(typed[j].text)  # 长三角，崛起创新高地 / ——南京江北新区发展解码
                or lines.KICKER_DASH.search(typed[j - 1].text)  # “国”字号园区巡礼—— / 徐州铜山区：这个…，够“卷”
                or lines.SPEECH_KICKER.search(fold(typed[j - 1].text))  # …调研园区发展时要求 / 强化集约集聚…
                or typed[j - 1].rule == "speaker-kicker"  # …马军： / 抓创新不是选择题，而是“生存题”
                # on a page that indents its text, flush lines right under each other are one heading
                or (typed[j].rule == typed[j - 1].rule == "unindented-heading" and not typed[j].gap)):
            j += 1
        if j - i > MAX_CLUSTER:  # a list of short lines, not one heading: each line on its own,
            # and a numbered row of a ranking (`1 中关村科技园`) or a figure's (`181億元 政府注資`) is text
            figures = sum(1 for k in range(i, j) if FIGURE_ROW.match(fold(typed[k].text))) * 2 >= j - i
            for k in range(i, j):
                if LIST_ROW.match(typed[k].text) or (figures and FIGURE_ROW.match(fold(typed[k].text))):
                    typed[k].kind, typed[k].role, typed[k].rule = LineKind.PARAGRAPH, Role.BODY, "list-row"
                else:
                    ranges.append((k, k + 1))
        else:
            ranges.append((i, j))
        i = j
    return ranges


MAX_EPIGRAPH = 150  # characters of text (a quotation and its source) a commentary's column label may follow


# An editor's note set under its own label: 编者按, 编者的话, 编后, or a column's opening note (开栏语, 卷首语)
NOTE_LABEL = re.compile(rf"(?:{lines.EDITORS_NOTE_WORDS}|开栏语|开篇语|卷首语)[:：]?")


def marks_the_piece(label: Line, length: int) -> bool:
    """A commentary column's label after no more than an epigraph (`高新区要做实做好“两篇文章”` / a
    quotation / `——《在辽宁考察时的讲话》` / `学习札记` / the text): the piece's own mark, no new run."""
    return label.variety == Column.COMMENTARY and length <= MAX_EPIGRAPH


class _Reading:
    """What is known about the article open at a point of the page."""

    def __init__(self) -> None:
        self.open = False
        self.feature = False   # a byline line or a sub-heading: sub-headings may follow
        self.bylined = False   # a byline line under the headline (a feature by its own say)
        self.bylined_by: set[str] = set()  # the names that byline gives
        self.declared = False  # its kicker or deck says it is a story (…侧记, 纪实): sub-headings to come
        self.reported = False  # its text opens with a lead-in or a dateline (本报讯, …电)
        self.names_only = False  # its byline is names alone (汪启湖 叶素健), as a signed opinion's may be
        self.ended = False     # the article's end was seen (its authors, a jump marker)
        self.last_text: Line | None = None
        self.length = 0        # characters of text so far
        self.led = False       # its text opens with a lead-in (（苏州讯）, 本报讯): a report, not a story in parts
        self.zones: set[str] = set()  # the zones its text names so far
        self.headline = ""  # its headline, folded
        self.headline_printed = ""  # …as printed, with the number of a list's item (一、…)
        self.headline_line: Line | None = None  # its headline's line
        self.headline_bullet: str | None = None  # the mark its headline opened on (·, ■, ◆), if any
        self.photo_only = False  # only a captioned photo under its headline so far
        self.photo_column = False  # under a photo column's label (图片新闻): each titled photo ends at its credit
        self.subhead = ""  # the piece's first sub-heading, folded: its later ones are set alike
        self.told = ""  # its headline and text so far, folded: the places it has named
        self.listing = False  # it is an item of a list the headline above announced (十大新闻): numbered headings each
        # open the next item
        self.spoken = False  # its headings name a speaker (刘会武（…研究员）): an excerpt of a page of them
        self.blocks = False  # the page sets no blank line between paragraphs: a blank line sets pieces apart
        self.blank_pieces = False  # …and it has blank lines: between its pieces (a page with none has no say)
        self.short = False  # too few paragraph lines to show how the page sets its pieces apart
        self.page_text = False  # any text seen on the page yet (a piece's, a table's, an item's)
        self.noted = False  # the text since the last label is an editor's note (编者按): it leads into what follows

    def see(self, line: Line) -> None:
        """Take a non-heading line into account."""
        self.page_text = self.page_text or line.kind == LineKind.PARAGRAPH
        if line.kind == LineKind.LABEL:
            self.photo_column = line.variety == Column.PHOTOS
        if line.kind == LineKind.CREDIT and self.photo_column and self.last_text is not None:
            self.ended = True  # 庆元职工拔河… / its text / its photo's credit: the next title is the next photo's
            return
        if line.kind in (LineKind.LABEL, LineKind.MASTHEAD) or (line.kind == LineKind.FURNITURE and (
                SOURCE_OR_POST.match(line.folded) or furniture.posted(line.folded))):
            # a column's label starts a new run of items; a source note (来源：人民网－人民日报)
            # or a post's time (发布日期：2021-03-12) stands at a web article's end or head; the
            # paper's line repeated under a text (桂林日报 2024年10月10日 第01版) heads an export's next one
            if line.kind == LineKind.LABEL and self.last_text is not None and not marks_the_piece(line, self.length):
                self.start()  # a column's items follow, each a piece of its own: none is open for sub-headings
                self.open = False
                self.noted = NOTE_LABEL.fullmatch(line.folded) is not None
                return
            self.ended = self.ended or self.last_text is not None
            return
        if line.kind == LineKind.FURNITURE and line.variety == "debris" and furniture.SEPARATOR.fullmatch(line.text):
            self.ended = self.ended or self.last_text is not None  # ——————, ＊ ＊ ＊: a rule between pieces
            return
        if line.kind == LineKind.FURNITURE and line.variety in (furniture.Furniture.ADVERT, furniture.Furniture.NOTICE):
            self.ended = self.ended or self.last_text is not None  # an ad, a notice between pieces: no text runs on
            return
        if line.kind == LineKind.CREDIT and self.open and self.last_text is None and line.place == CreditPlace.GLUED:
            self.photo_only = True  # a headline over a captioned photo and nothing else, so far
            return
        if line.kind == LineKind.BYLINE and (not line.names or line.variety == lines.SPEAKER):
            # 新华社记者 with the names elsewhere, 记者 于彬： asking in an interview: says nothing of
            # where an article ends
            return
        if line.kind == LineKind.CONTINUATION and not any(j.onward for j in leads.jumps(fold(line.text))):
            if not self.open and not self.page_text:
                self.start()  # at the page's top: the story from another page is open, a heading under it its part
            elif self.last_text is not None:
                self.ended = True  # …a text / （上接A01版） / its headline again: the rest of another story
            return  # （上接第1版） opens the rest of a story: its sub-headings follow
        if line.kind == LineKind.BYLINE:
            if self.last_text is not None:
                self.ended = True   # a byline after the text closes the article
            else:
                self.feature = self.bylined = True
                self.bylined_by |= set(line.names)
        elif line.kind == LineKind.AUTHORS and self.open and self.last_text is None and line.names:
            self.feature = self.bylined = self.names_only = True  # 汪启湖 叶素健 under the headline: names alone
            self.bylined_by |= set(line.names)
        elif line.kind in ENDS_ARTICLE and (self.last_text is not None or line.kind == LineKind.CONTINUATION):
            self.ended = self.open  # authors, an editor or a source note under the headline (原标题：…) end nothing
        elif line.kind == LineKind.PARAGRAPH and line.role == Role.NONE:
            folded = fold(line.text)
            if self.last_text is None:  # a news mark (本报讯); a dateline (…电) may head an agency's feature
                lead = leads.lead_in(folded)
                self.led = lead is not None and lead.dateline is None
                self.reported = lead is not None  # 新华社北京11月3日电 too: its reporters are the lead's
                if self.led:
                    self.feature = False  # ○○记者 张三 / 晚报讯 …: a report after all, its byline notwithstanding
                if lead is not None:
                    self.bylined_by |= {folded[a:b] for a, b in lead.names}
            self.last_text = line
            self.zones |= _zones(line)
            self.told += folded
            self.length += len(line.text)
            self.feature = self.feature or self.length >= FEATURE_TEXT
            # (a line the column broke ends on no glued name: …咋有底气了?于恩 / 胜笑答:…)
            self.ended = bool((not line.broken and split_glued_names(line.text)[1]) or leads.trailing_byline(folded)
                              or any(jump.onward for jump in leads.jumps(folded))
                              or leads.source_note(folded))  # …共享单车。〔台湾网〕: where it came from, its end

    def start(self) -> None:
        """A new article opens."""
        self.open, self.feature, self.ended, self.last_text, self.length = True, False, False, None, 0
        self.bylined = self.led = self.photo_only = False
        self.bylined_by = set()
        self.declared = self.reported = self.names_only = False
        self.zones = set()
        self.subhead = ""
        self.told = ""
        self.spoken = False
        self.noted = False


def _bracketed_headlines(typed: list[Line]) -> None:
    """A bracketed line taken for a column's name that reads as a headline
    (`【平罗县党政考察团来卫考察】`: eight characters or more, no column's
    word, no `·` of a series) over a report's first words (本报讯…, 9月14日，…):
    that report's headline."""
    marked_page = any(t.kind == LineKind.HEADING and t.level for t in typed)  # a page that marks its headings
    for k, line in enumerate(typed[:-1]):
        following = typed[k + 1]
        if line.kind != LineKind.LABEL or not line.markup.lstrip().startswith(("【", "[", "〔")) \
                or following.kind != LineKind.PARAGRAPH or following.role != Role.NONE:
            continue
        name = fold(line.text)
        if len(re.sub(r"\s", "", name)) < MIN_BRACKETED_HEADLINE or "·" in name or lines.COLUMN_WORD.match(name) \
                or line.variety != Column.NEWS or any(p.search(name) for _, p in lines.COLUMNS):
            continue
        opening = fold(following.text)
        if leads.lead_in(opening) is not None or items.reports(opening):
            line.kind, line.role, line.rule = LineKind.HEADING, Role.NONE, "bracketed-headline"
        elif _numbered_run(typed, k + 1):
            continue  # 【金融活水 润泽盐碱地】 / 1.… / 2.…: a column's label over its numbered items
        elif k and _inside_text(typed, k) and len(re.sub(r"\s", "", name)) <= MAX_SUBHEAD:
            # …its text / 【经济保持平稳发展】 / 2013年，高新区…: a part of the story told, in brackets
            # (on a page that marks its headings, a sub-heading's level)
            line.kind, line.role, line.rule, line.markup = LineKind.HEADING, Role.NONE, "bracketed-subhead", "【】"
            line.level = 2 if marked_page else 0


FIRST_NUMBER = re.compile(r"^\s*(?:1\s*[.、．]|①)")
SECOND_NUMBER = re.compile(r"^\s*(?:2\s*[.、．]|②)")


def _numbered_run(typed: list[Line], k: int) -> bool:
    """Whether the text at `k` is a run of numbered items (`1.…` then `2.…` before the next heading)."""
    if k >= len(typed) or not FIRST_NUMBER.match(fold(typed[k].text)):
        return False
    run = itertools.takewhile(lambda t: t.kind not in (LineKind.HEADING, LineKind.LABEL), typed[k + 1:])
    return any(t.kind == LineKind.PARAGRAPH and SECOND_NUMBER.match(fold(t.text)) for t in run)


def _numbered_items_under_label(typed: list[Line]) -> None:
    """A news column's items numbered `1.` `2.` `3.` whose first one is short enough to be read as a
    headline (`民声有应·芜湖` / `1.网友咨询:泰山路长江大桥什么时候动工?` / its answer / `2.网友提问:…`): an item
    like the others, its first words its text, never the headline the others fall under."""
    for k in range(len(typed) - 2):
        label, first = typed[k], typed[k + 1]
        if label.kind != LineKind.LABEL or label.variety != Column.NEWS or first.kind != LineKind.HEADING \
                or first.level or not FIRST_NUMBER.match(fold(first.text)):
            continue
        if _numbered_run(typed, k + 1):
            first.kind, first.role, first.rule = LineKind.PARAGRAPH, Role.NONE, "numbered-item"


def _inside_text(typed: list[Line], k: int) -> bool:
    """Whether the line before `k` is a story's text going on (a paragraph or
    a photo's caption and credit, not the end of a piece: no byline, no source)."""
    before = next((t for t in reversed(typed[:k]) if t.kind not in (LineKind.CREDIT,) and t.role != Role.CAPTION),
                  None)
    return before is not None and before.kind == LineKind.PARAGRAPH and before.role == Role.NONE \
        and not leads.source_note(fold(before.text)) and not leads.trailing_byline(fold(before.text))


MIN_BRACKETED_HEADLINE = 8


def _boxed_related(typed: list[Line]) -> None:
    """`延伸阅读`, `相关链接` over a text of sentences (not over a list of
    links): a print page's box with a piece of its own, its label a column's."""
    for k, line in enumerate(typed[:-1]):
        following = typed[k + 1]
        # (or over a headline and its text: 相關閱讀 / 參觀科學園 / …)
        text = next((t for t in typed[k + 1:k + 1 + MAX_CLUSTER] if t.kind != LineKind.HEADING), None) \
            if following.kind == LineKind.HEADING else following
        if line.kind == LineKind.FURNITURE and furniture.RELATED.match(line.folded.lstrip("#■□◆ ")) \
                and text is not None and text.kind == LineKind.PARAGRAPH and text.role == Role.NONE \
                and len(text.text) >= MIN_BOXED_TEXT and ends_sentence(text.text):
            line.kind, line.rule, line.variety = LineKind.LABEL, "boxed-related", Column.NEWS
            line.text = line.text.lstrip("#■□◆ ")


MIN_BOXED_TEXT = 40  # characters: a paragraph, not a link's title


def _marked_series_captions(typed: list[Line]) -> None:
    """Bulleted short lines under a photo series' label (组图 / ■兰州黄河楼 /
    ■兰州湿地公园): its captions, set as headings for the series' rule below,
    not columns' names."""
    series = False
    for line in typed:
        if line.kind == LineKind.LABEL and line.variety == Column.PHOTOS:
            series = True
        elif series and line.kind == LineKind.LABEL and line.variety == Column.NEWS \
                and line.markup.lstrip()[:1] in lines.COLUMN_BULLETS \
                and lines.COLUMN_WORD.match(fold(line.text)) is None:
            line.kind, line.role, line.rule = LineKind.HEADING, Role.NONE, "series-line"
        else:
            series = False


def _sources_under_headlines(typed: list[Line]) -> None:
    """An outlet's name alone right under a headline (`甯漢豪︰…` / `香港電台` /
    its post's time): where the piece came from, no line of its headline."""
    for k in range(1, len(typed)):
        line, above = typed[k], typed[k - 1]
        if line.kind == LineKind.HEADING and above.kind == LineKind.HEADING and not line.level \
                and names.OUTLET_ONLY.fullmatch(line.folded.strip()):
            line.kind, line.role, line.rule = LineKind.EDITOR, Role.NONE, "source-under-headline"


def assign_roles(typed: list[Line]) -> None:
    """Decide for each heading line: headline, kicker, subtitle, sub-heading or paragraph."""
    _sources_under_headlines(typed)
    _numbered_items_under_label(typed)
    _bracketed_headlines(typed)
    _boxed_related(typed)
    _marked_series_captions(typed)
    hashes = any(t.kind == LineKind.HEADING and t.level for t in typed)
    has_level1 = any(t.kind == LineKind.HEADING and t.level == 1 for t in typed)
    reading = _Reading()
    paragraphs = [t for t in typed if t.kind == LineKind.PARAGRAPH]
    reading.blocks = len(paragraphs) >= MIN_BLOCK_PARAGRAPHS \
        and sum(1 for t in paragraphs if t.gap) <= len(paragraphs) * MAX_BLANK_PARAGRAPHS
    reading.blank_pieces = reading.blocks and sum(1 for t in typed if t.gap) >= MIN_BLANK_BREAKS
    reading.short = len(paragraphs) < MIN_BLOCK_PARAGRAPHS
    clusters = _clusters(typed)
    cluster_at = {start: end for start, end in clusters}
    posted_heads = sum(1 for _, end in clusters if _posted_under(typed, end))
    # next_content[k]: the first line at or after k that is neither a heading nor a credit
    next_content = [len(typed)] * (len(typed) + 1)
    for k in range(len(typed) - 1, -1, -1):
        skip = typed[k].kind in (LineKind.HEADING, LineKind.CREDIT) or typed[k].rule == "source-line" \
            or lines.GUESTS_KEY.match(typed[k].folded) is not None  # 对话人： over the names: what follows is theirs
        next_content[k] = next_content[k + 1] if skip else k
    # the page closes its pieces with a source or a byline line (（据…）, （王帅）): where a heading's text does
    closed = _closed_sections(typed, clusters)
    if len(closed) < MIN_CLOSED_SECTIONS:
        closed = set()
    i = 0
    while i < len(typed):
        if i not in cluster_at:
            if typed[i].rule == "list-banner":
                reading.listing = True
            reading.see(typed[i])
            i += 1
            continue
        end = cluster_at[i]
        cluster = typed[i:end]
        following = typed[next_content[end]] if next_content[end] < len(typed) else None
        closed_below = end in closed
        if i > 0 and typed[i - 1].kind == LineKind.LABEL and typed[i - 1].variety == Column.PHOTOS \
                and end - i >= 2 and all(len(t.text) <= MAX_LISTED_CAPTION for t in cluster):
            # 组图：… / 文新茶园品香茗 / “天然氧吧”里散步 / …: short lines under a photo series'
            # label are its captions; the last one over a text is the next piece's headline
            # (or over a byline: 荣昌30个项目集中开工投产 / □重庆日报记者罗芸 / its text)
            headed = following is not None and (
                (following.kind == LineKind.PARAGRAPH and following.role == Role.NONE)
                or (following.kind == LineKind.BYLINE and bool(following.names)))
            for line in cluster[:-1] if headed else cluster:
                line.kind, line.role, line.rule = LineKind.PARAGRAPH, Role.PHOTO, "series-caption"
            if headed:
                cluster_at[end - 1] = end
                i = end - 1
            else:
                i = end
            continue
        if end - i == 1 and _deck_under_record(typed, i):
            for line in cluster:  # 乐山高新区授牌 / 来源：四川日报 2013-01-10 17:03 / 去年四川省…: its deck
                line.role = Role.SUBTITLE
            i = end
            continue
        numbered_next = reading.last_text is not None and _numbered_after(cluster, reading)
        previous_headline = reading.headline_line
        # a short line after an unfinished paragraph is its rest, unless a named byline or a lead-in follows
        if (_is_fragment(cluster, reading, hashes) and not (_opens_article(following) and (
                following.kind != LineKind.BYLINE or following.names))) or (
                all(t.weak for t in cluster) and not _opens(cluster, reading, following, has_level1, closed_below)) or (
                _signs_off(cluster, reading, typed[end] if end < len(typed) else None)) or (
                _pull_quote_inside(cluster, reading)):
            _as_paragraphs(cluster, reading)
        elif (_sibling_item(cluster, reading) or _opens(cluster, reading, following, has_level1, closed_below) or (
                not has_level1 and _signed_by_others(typed, end, reading))) \
                and not _unposted_part(typed, end, reading, following, posted_heads):  # a `#` page's headlines: `#`
            _headline_roles(cluster, has_level1)
            reading.start()
            reading.headline = next((fold(t.text) for t in cluster if t.role == Role.HEADLINE), "")
            reading.headline_printed = reading.headline  # before a list's number comes off it
            reading.headline_bullet = next((_bullet(t) for t in cluster if t.role == Role.HEADLINE), None)
            reading.told = " ".join(fold(t.text) for t in cluster)
            reading.spoken = any(_speaker_line(t) for t in cluster)
            _list_item(cluster, reading)
            reading.headline_line = next((t for t in cluster if t.role == Role.HEADLINE), None)
            if numbered_next:
                # 一、… / 二、…: a newsletter's item numbers, no part of either headline
                for line in (previous_headline, reading.headline_line):
                    _number_off(line)
                reading.headline = fold(reading.headline_line.text) if reading.headline_line else ""
            # ——…现场会侧记 under the headline: a story told in parts, its sub-headings to come
            # (——推动国家高新区高质量发展的几点思考 under an essay's headline: its parts to come)
            reading.feature = reading.declared = any(
                items.FEATURE_WORDS.search(fold(t.text)) or ESSAY_DECK.search(fold(t.text))
                for t in cluster if t.role != Role.HEADLINE)
            if _deck(typed, end):  # 都是绿色科技含量高的新动能项目，预计产值498.6亿元: a 副题 with commas
                typed[end].kind, typed[end].role = LineKind.HEADING, Role.SUBTITLE
                end = cluster_at.get(end, end + 1)
            elif (byline := _lead_over_byline(typed, end)) is not None:
                typed[byline].variety = UNDER_LEAD  # the byline under a lead: the text goes on below it
        else:
            _subhead_roles(cluster, hashes)
            if any(t.role == Role.SUBHEAD for t in cluster):
                reading.feature = True
                reading.subhead = reading.subhead or fold(cluster[0].text)
            for line in cluster:
                if line.kind == LineKind.PARAGRAPH:
                    reading.see(line)
        i = end
    _no_empty_headlines(typed)


def _posted_under(typed: list[Line], end: int) -> bool:
    """Whether a heading stands over its post's record (`发布时间：2022-06-24 14:16:00　来源：新华社`)."""
    return end < len(typed) and typed[end].kind == LineKind.FURNITURE and furniture.posted(typed[end].folded)


MIN_POSTED_HEADS = 2


def _unposted_part(typed: list[Line], end: int, reading: _Reading, following: Line | None, posted_heads: int) -> bool:
    """On a page whose pieces each stand over their post's record, a heading
    without one, over the text going on after a piece's text (no news mark,
    no byline): a sub-heading of that piece, not a post of its own."""
    return posted_heads >= MIN_POSTED_HEADS and not _posted_under(typed, end) and reading.open \
        and reading.last_text is not None and not reading.ended and following is not None \
        and following.kind == LineKind.PARAGRAPH and leads.lead_in(fold(following.text)) is None


def _no_empty_headlines(typed: list[Line]) -> None:
    """A headline right over another (`从“拾荒佬”起步，汨罗做大再生资源产业，…` /
    `一个产业园区的绿色崛起`, nothing between) heads nothing of its own: it is
    the other's kicker. A piece has words under its headline."""
    for k in range(len(typed) - 1):
        line, below = typed[k], typed[k + 1]
        if line.kind == LineKind.HEADING and line.role == Role.HEADLINE and below.kind == LineKind.HEADING \
                and below.role == Role.HEADLINE and below.gap < 2 and line.level == below.level:
            line.role = Role.KICKER


def _signed_by_others(typed: list[Line], at: int, reading: _Reading) -> bool:
    """Whether the text from `at` to the next heading ends with a byline of
    other people than the open article's own, printed under its headline
    (`新华报业记者 徐冠英` … `梅州5G基站累计达1032座` … `（记者方俊鹏 曹优生）`):
    a piece has one byline, so the heading over that text opens another."""
    if not reading.bylined_by and not reading.reported:
        return False  # (a report's lead names its reporters, or none: a byline under a heading is another's)
    text = False
    for line in typed[at:]:
        if line.kind in (LineKind.HEADING, LineKind.LABEL):
            return False
        if line.kind == LineKind.PARAGRAPH and line.role == Role.NONE:
            text = True
        elif line.kind in (LineKind.BYLINE, LineKind.AUTHORS) and line.names and text:
            return not set(line.names) & reading.bylined_by
    return False


def _deck_under_record(typed: list[Line], at: int) -> bool:
    """A bare heading line right under its headline's post record (`来源：四川日报
    2013-01-10 17:03` between them, no text yet): the headline's deck, as a
    portal prints it."""
    if typed[at].level:
        return False  # ## 香港大公报助理总编辑郭震: a marked sub-heading
    k = at - 1
    while k >= 0 and typed[k].kind == LineKind.FURNITURE and furniture.records_its_article(typed[k].folded):
        k -= 1
    return k < at - 1 and k >= 0 and typed[k].role == Role.HEADLINE


def _bullet(line: Line) -> str | None:
    """The bullet a heading opens on, in its markup or its words (`## ·“新谷国际创新中心”主体竣工`, `■…`), or
    the brackets it is printed in (`【湘湖镇：真情服务勇担当】`): a column sets each item's headline alike."""
    markup = line.markup.lstrip("#* ")
    if len(markup) == 2 and markup[0] in "【〔［[":
        return markup
    return lines.headline_bullet(markup + line.text)


def _sibling_item(cluster: list[Line], reading: _Reading) -> bool:
    """A one-line heading opening on the same bullet as the open piece's headline, after its text
    (`## ·“新谷国际创新中心”主体竣工` / its text / `## ·成都高新区妇幼保健院主体封顶`): the column's next item,
    set as its first was, never a sub-heading of it."""
    return len(cluster) == 1 and reading.open and reading.last_text is not None \
        and reading.headline_bullet is not None and _bullet(cluster[0]) == reading.headline_bullet


def _pull_quote_inside(cluster: list[Line], reading: _Reading) -> bool:
    """A quotation and who said it, set apart inside an open piece (`“在光谷,人才是最强的创新要素。”` /
    `——东湖高新区招才局相关负责人`): the piece's pull quote, never the next piece's headline."""
    return len(cluster) == 2 and reading.open and reading.last_text is not None \
        and lines.pull_quote(cluster[0].text, cluster[1].text)


def _signs_off(cluster: list[Line], reading: _Reading, after: Line | None) -> bool:
    """An organisation's name alone under a text, with no text of its own
    under it (`成都高新区新经济发展局` over the notice's date or the next
    column): the notice's signature, not a headline."""
    return (len(cluster) == 1 and cluster[0].level == 0 and reading.last_text is not None
            and SIGNATORY.fullmatch(fold(cluster[0].text)) is not None
            and (after is None or after.kind in (LineKind.LABEL, LineKind.MASTHEAD, LineKind.FURNITURE)))


# A body that signs a notice: 成都高新区新经济发展局, 东湖高新区管委会办公室
SIGNATORY = re.compile(rf"[{HAN}（）()]{{2,24}}"
                       r"(?:局|委员会|管委会|办公室|人民政府|政府|党工委|工委|中心|厅|委|公司|集团)")


def _deck(typed: list[Line], at: int) -> bool:
    """Whether the line right under a headline is its deck: a weak heading
    (a short line with commas), or a short unfinished line, over the report's
    lead-in or its named byline, with only photo captions between them."""
    if at >= len(typed):
        return False
    deck = typed[at]
    short_line = deck.kind == LineKind.PARAGRAPH and deck.role == Role.NONE and len(deck.text) <= MAX_DECK \
        and not ends_sentence(deck.text) and deck.gap < 2 \
        and not lines.GUESTS_KEY.match(deck.folded) and not leads.lead_in_alone(deck.folded)
    # (70余位网媒共鉴大连新图景 on a `#` page; 对话人：, a news mark left alone on its line, 本报讯: no deck)
    if not (deck.kind == LineKind.HEADING and deck.weak) and not short_line:
        return False
    for line in typed[at + 1:]:
        if line.kind == LineKind.CREDIT or line.role == Role.CAPTION:
            continue
        return (line.kind == LineKind.PARAGRAPH and leads.lead_in(fold(line.text)) is not None) or (
            line.kind == LineKind.BYLINE and bool(line.names))
    return False


MAX_DECK = 24  # characters of a deck line printed bare under a headline


UNDER_LEAD = "under-lead"  # a byline's variety: printed between a piece's lead and the rest of its text


def _lead_over_byline(typed: list[Line], at: int) -> int | None:
    """A sentence or two right under a headline, over its named byline, with
    the text going on under the byline (`北京以193家高居榜首…。` / `界面新闻记者 |
    毛盾` / `随着全球化…`): the piece's lead, which the byline does not close.
    Returns the byline's index."""
    byline = lines.byline_under_lead(typed, at) if at < len(typed) else None
    if byline is None or byline + 1 >= len(typed) or typed[byline].gap >= 2:
        return None
    rest = next((t for t in typed[byline + 1:] if t.kind != LineKind.EDITOR), None)
    return byline if rest is not None and rest.kind == LineKind.PARAGRAPH and rest.role == Role.NONE else None


def _as_paragraphs(cluster: list[Line], reading: _Reading) -> None:
    for line in cluster:
        _as_text(line)
        reading.see(line)


def _as_text(line: Line) -> None:
    """A heading line that is text after all: a bullet taken off as a
    heading's (▲) or the brackets of a tag (【地评线】, 〔园区〕) are text again."""
    line.kind, line.role = LineKind.PARAGRAPH, Role.NONE
    if len(line.markup) == 2 and line.markup[0] in "【〔［[":  # a tag's brackets around its text
        line.text, line.markup = f"{line.markup[0]}{line.text}{line.markup[1]}", ""
    elif line.markup.strip("# "):
        line.text, line.markup = line.markup + line.text, ""


def _is_fragment(cluster: list[Line], reading: _Reading, hashes: bool) -> bool:
    """A bare short line right after an unfinished paragraph: a column break."""
    first = cluster[0]
    return (first.level == 0 and not lines.SUBTITLE_DASH.match(first.text) and reading.last_text is not None
            and not reading.ended and not ends_sentence(reading.last_text.text)
            # before any headline, a line with no pause in it is a label (双语 Bilingual ｜ 专栏), no broken sentence
            and (reading.open or re.search(r"[，,、；：]", reading.last_text.text) is not None)
            and not any(t.level for t in cluster)) or (  # a heading with markup is never a column's rest
        hashes and first.level == 0 and not reading.open and not any(t.level for t in cluster))


# A text going on with a story's sequence: 采访的第一站，…, 第二站，…, 随后，…, 最后一站
SEQUENCE_OPENER = re.compile(r"^(?:[^，。]{0,6}第[一二三四五六七八九十\d]{1,2}站"
                             r"|随后|接着|紧接着|之后|最后一站|下一站)")


def _opens(cluster: list[Line], reading: _Reading, following: Line | None, has_level1: bool,
           closed_below: bool = False) -> bool:
    """Whether a heading cluster after what `reading` has seen opens the next piece (`closed_below`: on a
    page that closes its pieces, the text under it ends on its closing line). The rules decide; at a
    heading with text above and below it on a page not marked by levels, they give their answer and
    what they saw to the learned model (`indexer.heading_model`), which weighs it all."""
    if _numbered_after(cluster, reading):
        return True
    said = _rules_open(cluster, reading, following, has_level1, closed_below)
    if has_level1 or following is None or reading.last_text is None or all(t.weak for t in cluster) \
            or reading.noted:
        # `#` marks the headlines; nothing to weigh at a page's top or foot; a line with commas the rules
        # read as a sentence never reaches the corpus's decision points the model learned from; an editor's
        # note leads into the piece under it, whose headline the rules see
        return said
    return heading_model.opens(_decision_features(cluster, reading, following, closed_below, said), cluster[0])


def _decision_features(cluster: list[Line], reading: _Reading, following: Line, closed_below: bool,
                       said: bool) -> dict[str, bool]:
    """What the learned model weighs at a heading after text: the rules' answer and the evidence they
    read (the open piece's state, the heading's shape, the line under it, the rule that set it)."""
    first, text = fold(cluster[0].text), cluster[0].text
    under = fold(following.text) if following.kind == LineKind.PARAGRAPH else ""
    size = len(text)
    shared = _shared_words(cluster, reading, following)
    features = {
        heading_model.RULES_SAY: said,
        # the open piece
        "ended": reading.ended, "feature": reading.feature, "bylined": reading.bylined, "led": reading.led,
        "declared": reading.declared, "names_only": reading.names_only, "photo_only": reading.photo_only,
        "reported": reading.reported, "text_short": reading.length < MAX_STORY_OPENING,
        "text_long": reading.length >= FEATURE_TEXT // 3,
        # the heading
        "one_line": len(cluster) == 1, "two_lines": len(cluster) == 2, "more_lines": len(cluster) > 2,
        "up_to_6": size <= 6, "up_to_10": 6 < size <= 10, "up_to_14": 10 < size <= 14, "up_to_20": 14 < size <= 20,
        "over_20": size > 20, "comma": bool(re.search(r"[，,]", first)), "space": _shape(text)[1],
        "colon": bool(re.search(r"[：:]", first)), "figure": bool(re.search(r"\d", first)),
        "quote": bool(re.search(r"[“”\"「」]", first)), "exclaims": bool(re.search(r"[！？!?]", first)),
        "blank_above": cluster[0].gap > 0, "marked_level": cluster[0].level > 0,
        # a page that sets its pieces apart with blank lines and its paragraphs with none: a heading with no
        # blank line above is inside the piece (a sub-heading), one with a blank line likelier a new piece's
        "unblanked_in_blocks": reading.blank_pieces and cluster[0].gap == 0,
        "blanked_in_blocks": reading.blank_pieces and cluster[0].gap > 0,
        heading_model.SHORT_PAGE: reading.short,
        "bullet": bool(lines.heading_mark(first)),
        "names_zone": any(_names_zone(t) for t in cluster), "zone_first": _names_zone(cluster[0]),
        "names_place": any(_names_place(t) for t in cluster),
        "place_headline": any(_place_headline(t) for t in cluster),
        "english": not has_han(text), "boxed": BOX_TITLE.match(first) is not None,
        "genre": lines.GENRE_PREFIX.match(first) is not None,
        "told": EVENT_ENDING.search(fold(cluster[-1].text)) is not None,
        "asked_or_numbered": bool(ASKED.match(first) or lines.ENUMERATOR.match(first)),
        "echoes_headline": _echoes_headline(cluster[0], reading), "quoted_speaker": _quoted_speaker(cluster),
        "speech": SPEECH.match(text) is not None, "short_phrase": _short_phrase(cluster),
        "subtitle_dash": any(lines.SUBTITLE_DASH.match(t.text) for t in cluster[1:]),
        "kicker_dash": len(cluster) > 1 and lines.KICKER_DASH.search(text) is not None,
        "markup_deck": any(t.rule in ("kicker-over-markup", "deck-under-markup") for t in cluster),
        "bracketed_part": _bracketed_part(cluster, reading, following),
        "set_like_subhead": _set_like_subhead(cluster, reading, following),
        "closed_together": closed_below and _closed_together(cluster, reading, following),
        # what follows
        "under_text": following.kind == LineKind.PARAGRAPH, "under_byline": following.kind == LineKind.BYLINE,
        "under_caption": following.role == Role.CAPTION, "opens_article": _opens_article(following),
        "under_news": bool(under) and items.reports(under),
        "under_lead_in": bool(under) and leads.lead_in(under) is not None,
        "under_goes_on": bool(under) and GOES_ON.match(under) is not None,
        "under_sequence": bool(under) and SEQUENCE_OPENER.match(under) is not None,
        "under_new_zone": bool(under) and bool(_zones(following) - reading.zones),
        "another_zone": _about_another_zone(reading, following),
        "another_place": _about_another_place(cluster, reading, following),
        "same_subject": _same_subject(reading, following), "continues": _continues(reading, following),
        "first_part": _first_part(cluster, reading, following),
        "shares_words": shared >= SHARES_WORDS, "own_words": shared <= OWN_WORDS,
        "quotes_the_text": _quotes_the_text(cluster, reading),
        # what some rules alone decide on: a profile's headline after another's, the next titled photo,
        # a change of script
        "person_after_person": _person_after_person(cluster, reading),
        "titled_photos": reading.photo_only and following.role == Role.CAPTION,
        "script_switched": has_han(text) != has_han(reading.last_text.text),
    }
    # set like the piece's sub-heading and over text that goes on with the piece: the two together, which the
    # model's sum of single weights cannot weigh (a column's items are set alike too, but each brings its own)
    features["alike_going_on"] = features["set_like_subhead"] and features["continues"]
    features[f"rule:{cluster[0].rule}"] = True  # which line rule set the heading (bare-heading, unindented-heading…)
    return features


def _rules_open(cluster: list[Line], reading: _Reading, following: Line | None, has_level1: bool,
                closed_below: bool = False) -> bool:
    """The rules' answer to `_opens`."""
    if _bracketed_part(cluster, reading, following):
        return False  # …its text / 【打造医药产业集群 擦亮“中国北药库”品牌】 / its text: a part, in brackets
    if has_level1 and reading.open and not reading.ended and any(t.level == 1 for t in cluster) and (
            (reading.last_text is None and reading.bylined and not reading.photo_only)
            or (reading.last_text is not None and lines.ENUMERATOR.match(fold(cluster[0].text)))):
        # `# 海口国家高新区…` / its byline / `# 研发开拓新赛道`: under a byline, before any text, the piece's
        # first part; `# A 引培并举…`, `# 一、…` after its text: a numbered part (a `#` page marks both)
        return False
    if has_level1:
        # `# 奔跑，是知重负重、迎难而上的勇毅和担当。` after a text: a sentence set as a commentary's
        # sub-heading (no headline ends on a full stop)
        return any(t.level == 1 for t in cluster) and not (
            reading.last_text is not None and not reading.ended and len(cluster) == 1
            and re.search(r"。\s*$", cluster[0].text) is not None)
    if reading.last_text is not None and not reading.ended and following is not None \
            and following.kind == LineKind.PARAGRAPH and SEQUENCE_OPENER.match(fold(following.text)):
        return False  # 上合示范区：奋力打造五大中心 / 采访的第一站，记者来到了…: a stop of the story told
    if _echoes_headline(cluster[0], reading):
        return False  # 新城 新业 新江 新路 / … / 新城：拓展的空间: a part its headline named
    first = fold(cluster[0].text)
    if reading.listing and lines.LIST_NUMBER.match(first):
        return True  # 十大新闻 / 1.滁州高新区升级… / its text / 2.合肥高新区…: the list's next item
    if reading.open and not reading.ended and reading.last_text is not None \
            and (ASKED.match(first) or lines.ENUMERATOR.match(first) or _ordinal_marked(cluster[0])):
        # 中国网记者：…有什么变化？ (an interviewer's question), 一、聚焦产业升级…, （一）租房补贴 (a numbered
        # part): a part of the text above, never a new piece
        return False
    if all(t.weak for t in cluster):
        # a short line with commas is a headline only when an article follows
        # it, and not right under a headline (there it starts the text)
        return (_opens_article(following) and (not reading.open or reading.last_text is not None
                                                or reading.photo_only)) or (
            (reading.ended or not reading.open) and following is not None and (
                following.kind == LineKind.PARAGRAPH or _source_head(following))
        ) or (  # …融合。 / 产、城、人深度融合,济南高新区…成色足 / 信息来源：…: a copy's source under its headline
            following is not None and _source_head(following) and reading.last_text is not None
            and ends_sentence(reading.last_text.text)
        ) or _stands_apart(cluster, reading, following)
    if _set_like_subhead(cluster, reading, following) or (
            closed_below and _closed_together(cluster, reading, following)):
        return False
    if reading.open and not reading.ended and reading.last_text is not None and _quoted_speaker(cluster):
        return False  # “希望滨江成为现代科技城…” / ——首任滨江区委书记 王铁军: a voice the story quotes
    if reading.open and not reading.ended and reading.last_text is not None and following is not None \
            and following.kind == LineKind.PARAGRAPH and following.role == Role.NONE \
            and GOES_ON.match(fold(following.text)):
        return False  # 绿电引擎驱动千亿产业集群 / 截至2024年，常州已集聚…: no piece opens on words that go on
    # Inside a bare feature a two-line cluster is mostly a sub-heading with a
    # column fragment under it: only its first line can name the new zone.
    judged = cluster[:1] if reading.feature and cluster[0].level == 0 else cluster
    switched = reading.last_text is not None and has_han(cluster[0].text) != has_han(reading.last_text.text)
    # an English heading of a sentence's length is a headline (English sub-headings are a few words)
    english = not has_han(cluster[0].text) and len(cluster[0].text.split()) >= MIN_ENGLISH_HEADLINE_WORDS
    boxed = BOX_TITLE.match(fold(cluster[0].text)) is not None  # 数读河套, 链接: a box, a piece of its own
    # 特写：探访…, 文字实录 over its title: a piece of that kind starts
    genre = lines.GENRE_PREFIX.match(fold(cluster[0].text)) is not None or (
        len(cluster) > 1 and lines.GENRE_KICKER.match(fold(cluster[0].text)) is not None)
    # 新吴区打造靓丽“门户” / its captioned photo / 吴都路提升改造工程完工 / another: titled photos, one by one
    titled_photos = reading.photo_only and reading.last_text is None and following is not None \
        and following.role == Role.CAPTION
    # …系列采访报道启动, …项目集中开工: a heading that tells an event is news of its own, no part of a story
    told = reading.last_text is not None and EVENT_ENDING.search(fold(cluster[-1].text)) is not None
    return (not reading.open or reading.ended or any(_names_zone(t) for t in judged) or switched or english or boxed
            or told
            or _about_another_zone(reading, following)
            or _about_another_place(cluster, reading, following)
            or any(_place_headline(t) for t in cluster)
            or genre or titled_photos
            or _opens_article(following)
            or any(lines.SUBTITLE_DASH.match(t.text) for t in cluster[1:])
            or (reading.last_text is not None and _person_after_person(cluster, reading))  # 宋宁：“…” after 龚昱：“…”
            # 曲建（…副院长） after 刘会武（…研究员）'s excerpt: the next speaker's
            or (reading.last_text is not None and reading.spoken and any(_speaker_line(t) for t in cluster))
            or (len(cluster) > 1 and reading.last_text is not None  # 引题—— over its title, after a text
                and lines.KICKER_DASH.search(cluster[0].text) is not None)
            or any(t.rule in ("kicker-over-markup", "deck-under-markup") for t in cluster)  # a sub-heading has no deck
            or (not reading.feature and reading.last_text is not None and not SPEECH.match(cluster[0].text)
                and ((reading.led and not reading.bylined and not (  # a report has no sub-headings
                    following is not None and following.role == Role.BODY)  # 排名 园区: a table's header
                    and not _same_subject(reading, following)
                    # (a report's opening paragraph of some length may lead into its parts: 604's 生态优先绿色发展)
                    and not (reading.length >= MIN_LED_OPENING and _first_part(cluster, reading, following)))
                     or (not _short_phrase(cluster) and not _continues(reading, following)
                         and not _first_part(cluster, reading, following))))
            or (reading.names_only and len(cluster) == 1 and len(cluster[0].text) > MAX_SUBHEAD)  # a headline's length
            or (reading.feature and not reading.bylined and not reading.declared and reading.length < FEATURE_TEXT
                and len(cluster) == 1
                and reading.last_text is not None and len(cluster[0].text) > MAX_UNBYLINED_SUBHEAD
                and not SPEECH.match(cluster[0].text)))


def _list_item(cluster: list[Line], reading: _Reading) -> None:
    """Under a list's banner (2022年度十大新闻, a label: indexer.lines), and after each of its items, a
    numbered headline is the next item: its number is the list's mark, no part of its title."""
    headline = next((t for t in cluster if t.role == Role.HEADLINE), None)
    if headline is None:
        return
    number = lines.LIST_NUMBER.match(fold(headline.text))
    if reading.listing and number:
        _number_off(headline)
        reading.headline = fold(headline.text)
    reading.listing = (reading.listing and number is not None)


def _number_off(line: Line | None) -> None:
    """Take a list's number off a headline (一、张家胜赴…调研): kept as its markup."""
    number = lines.LIST_NUMBER.match(fold(line.text)) if line is not None else None
    if number:
        line.markup += line.text[:number.end()]
        line.text = line.text[number.end():]


def _numbered_after(cluster: list[Line], reading: _Reading) -> bool:
    """A heading numbered next after the open piece's numbered headline (一、张家胜赴…调研 / its text /
    二、中国共产党…召开): a newsletter's or a list's next item, whatever its sub-headings look like."""
    number = lines.list_number(reading.headline_printed)
    return number is not None and lines.list_number(fold(cluster[0].text)) == number + 1


def _person_after_person(cluster: list[Line], reading: _Reading) -> bool:
    """A profile's headline (宋宁：“…”) under a piece headed the same way (龚昱：“…”): a page of profiles."""
    return PERSON_HEADLINE.match(reading.headline) is not None \
        and PERSON_HEADLINE.match(fold(cluster[-1].text)) is not None


def _ordinal_marked(line: Line) -> bool:
    """Whether the markup taken off a heading ends on its number (`**1 先导激光雷达项目建成投产**`)."""
    return re.search(r"\d[\s\u3000]*$", line.markup) is not None


def _bracketed_part(cluster: list[Line], reading: _Reading, following: Line | None) -> bool:
    """A one-line heading wholly in brackets (`【科技创新与产业布局】`) inside a
    piece's text, over a text that does not open as a report does: one of the
    story's parts (a report's headline in brackets opens on news: 【…考察】 /
    9月14日，…)."""
    if len(cluster) != 1 or not reading.open or reading.ended or reading.last_text is None \
            or following is None or following.kind != LineKind.PARAGRAPH:
        return False
    line = cluster[0]
    bracketed = line.markup.endswith("【】") or lines.BRACKETED_HEADLINE.match(line.text.strip()) is not None
    opening = fold(following.text)
    # (【宁乡：千年古邑焕发璀璨光芒】: a place's headline in brackets, its caption under it: the next piece)
    return bracketed and following.role == Role.NONE and not _own_headline(line) \
        and leads.lead_in(opening) is None and not items.reports(opening)


def _about_another_zone(reading: _Reading, following: Line | None) -> bool:
    """After a text naming zones, a text naming only others (衡水高新区… / its text /
    “中国电谷”逆势上扬 / 保定高新区…): the next piece's."""
    if reading.last_text is None or not reading.zones or following is None \
            or following.kind != LineKind.PARAGRAPH or following.role != Role.NONE:
        return False
    named = _zones(following)
    return bool(named) and not named & reading.zones


def _about_another_place(cluster: list[Line], reading: _Reading, following: Line | None) -> bool:
    """After a text, a heading naming a district or a city the open piece never
    named, over a report's opening (a time and an event: `7月4日上午，…召开…`):
    the next piece, about that place (`莱芜区做强“工业强区”硬支撑` after a piece
    on 枣庄高新区)."""
    if reading.last_text is None or following is None or following.kind != LineKind.PARAGRAPH \
            or following.role != Role.NONE or not items.reports(fold(following.text)):
        return False
    heading = fold(" ".join(t.text for t in cluster))
    places = set(gazetteer.cities_named(heading)) | {m.group(0) for m in DIVISION_NAME.finditer(heading)}
    return bool(places) and not any(place in reading.told for place in places)


def _shared_words(cluster: list[Line], reading: _Reading, following: Line | None) -> float:
    """The share of the two-character runs of a heading and the line under it that the open piece's
    headline and text have already printed: a sub-heading goes on with its piece's words
    (`高新速度:2个月8个项目开工` in a piece on 项目开工), the next piece's headline and lead bring their own."""
    said = " ".join(t.text for t in cluster)
    if following is not None and following.kind == LineKind.PARAGRAPH:
        said += " " + following.text[:SHARED_WORDS_SPAN]
    pairs = han_pairs(fold(said))
    return len(pairs & han_pairs(reading.told)) / len(pairs) if pairs else 0.0


def _quotes_the_text(cluster: list[Line], reading: _Reading) -> bool:
    """A heading quoting a phrase the open piece's text has printed in quotation marks (`“犇星速度”与“高新温度”`
    after `…也充满“高新温度”`): a sub-heading taking up the piece's own words."""
    quoted = {m.group(1) for t in cluster for m in QUOTED_PHRASE.finditer(fold(t.text))}
    return any(f"“{phrase}”" in reading.told for phrase in quoted)


QUOTED_PHRASE = re.compile(r"“([^“”]{2,12})”")
SHARES_WORDS, OWN_WORDS = 0.5, 0.3  # shares of a heading's words the piece printed: a sub-heading's, the next's
SHARED_WORDS_SPAN = 60  # characters of the line under a heading read for its words


def _set_like_subhead(cluster: list[Line], reading: _Reading, following: Line | None) -> bool:
    """A one-line heading inside a piece that has had a sub-heading, set like
    it (both a phrase, a comma and a phrase, or neither; of about its length),
    over no byline or lead-in: the piece's next sub-heading
    (`乘“数”而上，数字经济规模再破千亿` … `追风逐日，新能源产业“风光正好”`)."""
    if not reading.subhead or reading.ended or reading.last_text is None or len(cluster) != 1 \
            or _opens_article(following) or _own_headline(cluster[0]):
        return False
    heading = fold(cluster[0].text)
    return _shape(heading) == _shape(reading.subhead) and abs(len(heading) - len(reading.subhead)) <= SUBHEAD_SLACK


def _own_headline(line: Line) -> bool:
    """A heading shaped as a piece's own headline, never a sub-heading set like
    others: a place and a colon (枣庄高新区：…), a zone named, an event told (…来紫竹国家高新区考察)."""
    heading = fold(line.text)
    # (a colon after a place or a person opens a piece; after a word it divides one: 筑巢：聚智筑高地，…)
    colon = _place_headline(line) or PERSON_HEADLINE.match(heading) is not None \
        or (re.search(r"[:：]", heading) is not None and lines.PLACE_COLON.match(heading) is None)
    return colon or _names_zone(line) or EVENT_ENDING.search(heading) is not None


def _quoted_speaker(cluster: list[Line]) -> bool:
    """A whole quotation over a dash and who said it: a pull quote inside a
    story, never the next piece's headline and subtitle."""
    return len(cluster) == 2 and lines.QUOTATION_LINE.fullmatch(cluster[0].text.strip()) is not None \
        and lines.SUBTITLE_DASH.match(cluster[1].text) is not None \
        and names.signature(fold(cluster[1].text)) is not None


def _closed_together(cluster: list[Line], reading: _Reading, following: Line | None) -> bool:
    """On a page that closes its pieces (`（据陕西农村报）`, `（王帅）` after the
    text), a one-line heading after a text not closed yet, over a text that
    ends on its closing line (the caller knows), naming no zone, place or
    event: a sub-heading of the open piece, whose end is still to come."""
    return not (reading.ended or reading.last_text is None or len(cluster) != 1 or _opens_article(following)
                or _own_headline(cluster[0]) or lines.GENRE_PREFIX.match(fold(cluster[0].text)))


def _closed_sections(typed: list[Line], clusters: list[tuple[int, int]]) -> set[int]:
    """The ends of the heading clusters whose text (up to the next heading or
    label) ends on a closing line: a source note or the authors after the text."""
    closed = set()
    for _, end in clusters:
        k = end
        while k < len(typed) and typed[k].kind not in (LineKind.HEADING, LineKind.LABEL):
            k += 1
        last = typed[k - 1] if k > end else None
        if last is not None and k - end >= 2 and (last.rule == "source-line" or last.kind == LineKind.AUTHORS or (
                last.kind == LineKind.BYLINE and last.names)):
            closed.add(end)
    return closed


MIN_CLOSED_SECTIONS = 2


def _shape(heading: str) -> tuple[bool, bool]:
    """How a heading is set: a comma between phrases, a space between them."""
    return bool(re.search(r"[，,]", heading)), bool(re.search(r"\S\s+\S", heading))


SUBHEAD_SLACK = 6  # characters a piece's sub-headings differ in length by


# An interviewer's question set as a heading: a reporter or an outlet, a colon, a question
ASKED = re.compile(rf"^[{HAN}]{{0,8}}(?:记者|网|报|台|客户端)\s*[:：].*[？?]$")


def _echoes_headline(line: Line, reading: _Reading) -> bool:
    """A heading opening on one of the parts the open piece's headline lists
    and a colon (`新城：拓展的空间` under `新城 新业 新江 新路`), inside its text:
    a sub-heading (never the next piece)."""
    m = lines.PLACE_COLON.match(fold(line.text))
    return bool(m) and reading.open and not reading.ended and reading.last_text is not None \
        and m.group(1) in re.split(r"[\s·、，,]+", reading.headline)


def _stands_apart(cluster: list[Line], reading: _Reading, following: Line | None) -> bool:
    """A comma line set apart by blank lines on both sides, after text that
    ended its sentence and over a paragraph: a headline
    (合肥市产业链集中采访走进高新区，看看媒体记者怎么说), not a sentence; a
    paragraph's first line has its rest right under it, and text always ends
    with punctuation."""
    line = cluster[0]
    folded = fold(line.text)
    if SENTENCE_OPENER.match(folded) or items.NEWS_OPENER.match(folded):
        return False  # 近年来,宁波高新区博士后管 / 理一直注重…: a sentence a blank line broke
    # not indented on a page that indents its text, or wider than the column that broke it: set apart as
    # much as blank lines would
    unindented = line.rule == "unindented-heading" or (line.gap > 0 and (line.wide or reading.blocks))
    return (len(cluster) == 1 and (line.gap > 0 or line.rule == "long-headline" or unindented)
            and following is not None and (following.gap > 0 or unindented)
            and following.kind == LineKind.PARAGRAPH and following.role == Role.NONE
            and reading.last_text is not None and ends_sentence(reading.last_text.text))


MIN_ENGLISH_HEADLINE_WORDS = 6
# A profile's headline: a person's name and words in quotes (龚昱：“孵二代”). A page of
# profiles prints each alike: one such heading after another heads the next profile.
PERSON_HEADLINE = re.compile(rf"^[{HAN}]{{2,4}}\s*[:：]\s*[“「]")
MAX_LISTED_CAPTION = 24  # characters of a short caption under a photo series' label
BOX_TITLE = re.compile(r"^(?:数读|数说|数看|数字看|图说|链接|相关链接|延伸阅读|背景链接|名词解释|小贴士)")


# Sub-headings are short: in a piece with no byline, a longer heading after
# its text is the next headline (外國記者感受“中國速度”點贊中國發展).
MAX_UNBYLINED_SUBHEAD = 14
MAX_SUBHEAD = 18  # characters of a sub-heading under a byline of names alone; a longer heading is the next headline


MAX_SUBHEAD_PHRASE = 8  # 强化科学基础研究, 产业崛起“新”密码: a feature's sub-heading, not news


def _place_headline(line: Line) -> bool:
    """A heading opening on a place and a colon (`山西太谷：念好“三字经”…`,
    `潮州：以传统为底色…`): how a report about a place is headlined, not how a
    story is divided."""
    m = lines.PLACE_COLON.match(fold(line.text))
    if m is None:
        return False
    head = m.group(1)  # the place opens it (宿迁宿豫：…), not a phrase naming one (腾飞信阳：…)
    return bool(_place_words(head, 1)) or head in gazetteer.provinces() \
        or any(head.startswith(city) for city in gazetteer.cities_named(head)) \
        or DIVISION_NAME.fullmatch(head) is not None  # 开封祥符区：…: a district's name, whatever jieba tags


# A district's or a county's name (祥符区, 开封祥符区, 长丰县), not a kind of area (园区, 城区, 片区, 社区)
DIVISION_NAME = re.compile(rf"[{HAN}]{{1,5}}(?<![园城片社景校厂矿小辖全该本街])(?:区|县|旗)")


def _first_part(cluster: list[Line], reading: _Reading, following: Line | None) -> bool:
    """A heading after no more than a story's opening paragraph, naming no
    place, over a text that does not open like news (a time and an event, a
    lead-in, a byline) nor names a zone the story did not: its first part (`产城人融合 广佛副中心` /
    its lead / `招商引资工作提质增效` / `围绕…，该市…`), not the next piece."""
    if reading.length > MAX_STORY_OPENING or following is None or following.kind != LineKind.PARAGRAPH:
        return False
    opening = fold(following.text)
    if items.reports(opening) or leads.lead_in(opening) is not None:
        return False
    if _zones(following) - reading.zones:
        return False  # a text about a zone the story never named: the next piece
    return not any(_names_zone(t) or _names_place(t) for t in cluster)


MAX_STORY_OPENING = 150  # characters: a story's opening paragraph over its first sub-heading
MIN_LED_OPENING = 50  # characters: a report's one short sentence (…昨天在苏州市出席活动。) is the whole report


def _names_place(line: Line) -> bool:
    """Whether a line names a place (a city, a district, a county)."""
    return bool(_place_words(fold(line.text)))


def _place_words(folded: str, shortest: int = 2) -> list[str]:
    """The words of a text jieba tags as places (`ns`), of `shortest` characters or more."""
    return [word for word, pos in segmenter.tag(folded) if pos == "ns" and len(word) >= shortest]


def _short_phrase(cluster: list[Line]) -> bool:
    """A one-line heading of a short phrase with no figure and no zone: with
    nothing else saying an article starts, a sub-heading of the one open
    (a headline this short says what happened with a figure: 逆势增长7%)."""
    if len(cluster) > 1 and lines.SUBTITLE_DASH.match(cluster[-1].text):
        return False  # a ——subtitle is a headline's
    if len(cluster) > 2 and not _topic(cluster[0]):
        return False
    if len(cluster) > 1 and _topic(cluster[0]):
        return True  # 产业振兴 / 从空间破局到产城升级，/ 经济走廊串联“双子星”: a part's topic over its title
    # 护企问需“零距离” / 精准回应发展诉求: two such phrases stacked are a two-level sub-heading
    return all(len(re.sub(r"[“”\"'\s]", "", t.text)) <= MAX_SUBHEAD_PHRASE and not re.search(r"\d", t.text)
               and not _names_zone(t) for t in cluster)


MAX_TOPIC = 4


def _topic(line: Line) -> bool:
    """A part's topic in a word or two (产业振兴, 暖心): no figure, no zone, no
    kind of piece (访谈摘登 over a headline says what the piece is)."""
    bare = re.sub(r"[“”\"'\s]", "", line.text)
    return has_han(bare) and len(bare) <= MAX_TOPIC and not re.search(r"\d", bare) and not _names_zone(line) \
        and not re.match(lines.GENRE, fold(bare))


def _headline_roles(cluster: list[Line], has_level1: bool) -> None:
    # On a '#' page the '#' lines hold the headline; '##' lines above it are
    # kickers, below it subtitles.
    titles = [t for t in cluster if not (t is not cluster[0] and lines.SUBTITLE_DASH.match(t.text))
              and (t.level == 1 or not has_level1)]
    # …研究 / 一、创新的空间集聚与高新区: a numbered line under a title is the piece's first part, never its title
    numbered = [t for t in cluster[1:] if lines.ENUMERATOR.match(fold(t.text))]
    titles = [t for t in titles if t not in numbered] or titles
    # a bare line beside a heading with markup is its kicker or deck, never the headline
    titles = [t for t in titles if t.level] or titles
    chinese = [t for t in titles if has_han(t.text)]
    # `总体情况 / Overview`: an English line under it is its translation; an
    # English headline comes first, its deck under it
    main = titles[0] if not chinese else None
    titles = chinese or titles
    if main is None and len(titles) >= 2 and ATTENDED.search(fold(titles[-1].text)):
        main = titles[-2]  # 李明刘运刘建军参加活动: who attended is the 副题 under the headline
    # 市七届人大四次会议隆重开幕 / 虢正贵主持大会并宣布开幕 / 刘革安作政府工作报告: who presided and who
    # reported are 副题 under the meeting's headline
    titles = [t for t in titles if t is titles[0] or not _who_did_what(t)] or titles
    # …调研园区发展时要求 over 强化集约集聚…: who says the headline's words is its 引题; a series' line
    # (荆门园区“开工季”系列报道之三, 园区的突破（下）) names the series, never the piece
    speakers = [lines.SPEECH_KICKER.search(fold(t.text)) is not None for t in titles]
    spoken = [titles[k + 1] for k, speaker in enumerate(speakers[:-1]) if speaker]
    titles = [t for t, speaker in zip(titles, speakers, strict=True) if not speaker
              and not SERIES_LINE.search(fold(t.text))] or titles
    # …调研时强调 / 加快“中国稀金谷”建设 / 打造…产业集群: what was stressed is the headline, the line
    # right under the speaker; a line under it is its 副题, never the title with the speaker as kicker
    main = main or (spoken[0] if len(spoken) == 1 and spoken[0] in titles else None)
    # “企业是衡量园区的最重要标志” / 刘会武（中科院…副研究员）: the speaker's line under the words is no title
    titles = [t for t in titles if not _speaker_line(t)] or titles
    said = [t for t in titles if not INTERVIEWED.search(fold(t.text))]
    titles = said or titles  # 南都记者专访珠海高新区管委会主任苏虎: what the piece is, its 引题
    if main is None and len(titles) >= 2 and _quoted(titles[-1]) and not _quoted(titles[-2]):
        main = titles[-2]  # 李家超：打造完整创科产业链: a speaker's words under the headline, its 副题
    # 大庆高新区—— / 新兴产业项目引领转型创新: a line ending on a dash leads to the title under it
    titles = [t for t in titles if not (lines.KICKER_DASH.search(t.text) and t is not titles[-1])] or titles
    # 贵阳高新区 / 综合评价排名升至全国第37位: a zone's name alone over the headline is its kicker
    named_only = [t for t in titles if gazetteer.whole_name(fold(t.text))]
    titles = [t for t in titles if t not in named_only] or titles
    zoned = [t for t in titles if _names_zone(t)]
    # the line telling the event (…大会召开, …项目奠基) is the news; the other sets it in context or adds figures
    told = [t for t in titles if EVENT_ENDING.search(fold(t.text))]
    placed = [t for t in titles if _place_headline(t)]  # 宿迁宿豫：项目建设踏“春”提速 / 高质量发展增势赋能
    main = main or (zoned[0] if len(zoned) == 1 else placed[0] if len(placed) == 1
                    else told[0] if len(told) == 1 and len(titles) == 2
                    # 咸宁市壮大军民融合产业 / 已有规模以上企业38家: a line adding the figures is the 副题
                    else titles[0] if len(titles) == 2 and _adds_figures(titles[1], titles[0])
                    # 引题 / 主题 / 副题: of three lines the middle one is the title
                    else titles[1] if len(titles) == 3 else titles[-1])
    below = False
    for line in cluster:
        if line is main:
            line.role, below = Role.HEADLINE, True
        else:
            line.role = Role.SUBHEAD if below and line in numbered else Role.SUBTITLE if below else Role.KICKER


MIN_TITLE_OVER_FIGURES = 10  # characters of a headline with a 副题 of figures under it (a kicker is shorter)


def _adds_figures(line: Line, other: Line) -> bool:
    """Whether a heading line gives figures (a count, a sum, a rate) in fewer words than the line beside
    it, which gives none: what a 副题 adds to the headline (a kicker over a figure headline is shorter,
    or set as two phrases: 培育“企业森林” 壮大“百亿企业”)."""
    if re.search(r"\d", line.text) is None or _shape(other.text)[1] or EVENT_ENDING.search(fold(line.text)) \
            or re.search(r"[!！?？]\s*$", other.text):
        return False  # (a line telling the event is the news: …衡水高新区5个项目集中开工; a kicker may exclaim)
    # 淄博经开区签约27个招商引资项目 / 总投资178.6亿元; 住渝全国政协委员离京返渝 / 共向大会提交…提案105件
    # (a short line over a longer one with figures is its kicker: 项目建设, 改革闯将再出发)
    return len(line.text) < len(other.text) or (
        re.search(r"\d", other.text) is None and len(other.text) >= MIN_TITLE_OVER_FIGURES)


# A person's part at a meeting: 虢正贵主持大会并宣布开幕, 刘革安作政府工作报告, 王五出席并讲话
PRESIDED = re.compile(rf"^[{HAN}]{{2,3}}(?:主持(?:大会|会议|开幕式)?(?:并|$)|出席并|作[^，。\s]{{0,10}}报告$"
                      r"|宣布[^，。\s]{0,4}开幕)")


def _who_did_what(line: Line) -> bool:
    """Whether a heading line tells what one person did at the event (a 副题): a name, then presiding,
    reporting or opening it."""
    return PRESIDED.match(fold(line.text)) is not None  # (虢正贵: a name of any surname, the verb tells it)


# A speaker's line over or under their words: a name and the post in brackets (刘会武（中科院…副研究员）),
# or the post, then the name (国际欧亚科学院院士、第十二届全国政协副主席 王钦敏)
POST_WORD = (r"(?:院士|主席|主任|书记|[市区县省局厅处部所院社校行]长|教授|研究员|董事长|总经理|总裁|经理|代表|委员"
             r"|专家|秘书长)")
SPEAKER_LINE = re.compile(rf"^(?P<named>[{HAN}]{{2,4}})\s*[（(](?=.*{POST_WORD}).{{4,50}}[)）]$"
                          rf"|^.{{2,40}}{POST_WORD}\s+(?P<name>[{HAN}]{{2,3}})$")


def _speaker_line(line: Line) -> bool:
    """Whether a heading line names a speaker and their post (see SPEAKER_LINE)."""
    m = SPEAKER_LINE.match(fold(line.text))
    return m is not None and is_name(m.group("named") or m.group("name"))


# A series' line over a piece's title: …系列报道之三, …巡礼之一, 园区的突破（下）
SERIES_LINE = re.compile(r"(?:系列(?:报道|评论|访谈)?之|巡礼之|观察之)[一二三四五六七八九十\d]{1,3}$"
                         r"|[（(](?:上|中|下|[一二三四五六七八九十]{1,2})[)）]$")


# What an essay's deck says it is: 几点思考, …的实践与探索, …研究, 浅析…: a text in parts
ESSAY_DECK = re.compile(r"^——.*(?:思考|探索|研究|探析|浅析|刍议|浅谈|启示|对策|路径)$|^——\s*(?:浅析|浅谈|试论|论)")


# A headline that tells an event ends on its verb: …大会召开, …产业园昨奠基, …采访团走进深圳
EVENT_ENDING = re.compile(r"(?:举行|召开|举办|开幕|闭幕|成立|奠基|签约|启动|发布|公布|揭牌|落户|开工|竣工|获批|开园"
                          r"|揭晓|出炉|启幕|启程|落幕|开通|投产|授牌|开航|通航|首航|投用|投运|通车|启用"
                          r"|(?:到|赴|来|开展)[^\s，。]{0,12}(?:调研|视察|考察)|走进[^\s，。]{1,6})$")


QUOTED_SPEAKER = re.compile(rf"(?:^|\s)([{HAN}]{{2,3}})[:：]")


def _quoted(line: Line) -> bool:
    """A line giving a person's words (`李家超：…`, `采白名单通关 孙东：…`), not
    a zone's or a place's headline (`襄阳高新区：…`)."""
    m = QUOTED_SPEAKER.search(fold(line.text))
    return bool(m) and is_name(m.group(1)) and not _names_zone(line) \
        and not gazetteer.cities_named(m.group(1)) and m.group(1) not in gazetteer.provinces() \
        and not _place_headline(line)  # 海口：…, 宿城：… (a district)


def _subhead_roles(cluster: list[Line], hashes: bool) -> None:
    for k, line in enumerate(cluster):
        line.role = Role.SUBHEAD
        if hashes and line.level == 0:
            _as_text(line)  # a stray ——line inside the text
        elif not hashes and k == 1 and len(cluster[0].text) > 4:
            # two-level sub-headings have a short first part (暖心 / …); a
            # longer one is a sub-heading with a column fragment under it
            for rest in cluster[1:]:
                _as_text(rest)
                rest.rule, rest.broken = "column-fragment", True
            return
        elif k >= 2:
            _as_text(line)


def fallback_headline(typed: list[Line]) -> bool:
    """A page with text and no headline: its first short line becomes the
    headline. False when there is none (the page then is one untitled article)."""
    if any(t.role == Role.HEADLINE for t in typed):
        return True
    for line in typed:
        if line.kind in (LineKind.HEADING, LineKind.PARAGRAPH) and line.role in (Role.NONE, Role.SUBHEAD):
            if line.kind == LineKind.HEADING or lines.could_be_heading(fold(line.text)):
                line.kind, line.role, line.rule = LineKind.HEADING, Role.HEADLINE, "fallback-first-line"
                return True
            return False
    return False
