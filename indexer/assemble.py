"""Typed lines with their roles -> articles, in page order.

Text before the first headline goes into no article: it is kept as left-out
text with the reason, never dropped quietly. Sentences broken by a column or
a photo are rejoined only with evidence (indexer.text.continues).
"""
from __future__ import annotations

import re

from indexer import furniture, items, leads, lines, names, photos, structure
from indexer.model import Article, Caption, Column, Kind, LeftOut, Line, LineKind, Role, Section
from indexer.text import continues, ends_sentence, fold, han_pairs, split_glued_names
from search.text import gazetteer
from search.text.cjk import has_han

PHOTO_TITLE_LENGTH = 30
# 新华社北京7月15日电 题：…: an agency's feature (the dateline is taken off before 题：)
AGENCY_FEATURE = re.compile(r"^\s*题\s*[:：]")
# 摄影 X, 图/X (no 文), ■ 首席摄影记者 X
PHOTOGRAPHER = re.compile(r"^\s*[■□●◆]?\s*[(（]?\s*(?:(?:首席|特约|见习|本报)?摄影记者|摄影|摄|图片|图)"
                          r"(?!\s*[/／]?\s*文)\s*[:：/／]?")
# Characters of text a photo story may run to: a caption and a few lines more
MAX_PHOTO_STORY = 320
# A writer's line as printed over a piece: 张如良/文, 文/张如良 (under a text it is the next piece's)
WRITER_OVER_TEXT = re.compile(r"^\s*(?:文\s*[/／|｜]\s*\S{2,4}|\S{2,4}\s*[/／|｜]\s*文)\s*$")
# A run of unfinished lines is rejoined up to this length, then a new paragraph
# starts (no paragraph runs this long: each join copies the text so far)
MAX_PARAGRAPH = 4000
MIN_REPORT = 60  # characters of text before a lead-in that make it another report's (not a caption's)
MAX_SCENE = 30  # characters of a caption printed as a line of its own
# A box opening a piece: 【核心提示】, 编者按：. 核心提示 and 编者按 frame a commentary.
BOX_MARK = re.compile(r"^\s*(?:【\s*(核心提示|编者按|导语|提要|内容提要)\s*】|(核心提示|编者按)\s*[:：|｜丨])\s*")

ZONE_COLON = re.compile(r"\s(\S*?" + gazetteer.ZONE_SUFFIX + r"(?:[(（][^)）]*[)）])?\s*[:：])")
DATE_PREFIX = re.compile(r"^(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?[,，]|^(?:近日|日前|近期)(?:获悉)?[,，]")


MIN_TITLE_SENTENCE = 6  # characters: less is a sentence's end carried over from another page


def derived_title(text: str, headless: bool = False) -> str:
    """A title for an article that has none (photo news, a page without
    headlines): its first sentence, shortened. The rest of a story from
    another page (`headless`) may open with the end of a sentence begun
    there (发展。…): a stub that short is passed over."""
    sentences = [s for s in re.split(r"[。！？\n]", text.strip()) if s.strip()] or [text.strip()]  # nor past its line
    if headless and len(sentences) > 1 and len(sentences[0].strip()) < MIN_TITLE_SENTENCE:
        sentences = sentences[1:]
    first = sentences[0]
    first = DATE_PREFIX.sub("", first).strip() or first
    return first if len(first) <= PHOTO_TITLE_LENGTH else first[:PHOTO_TITLE_LENGTH] + "…"


TOLD_TEXT = 800  # characters: a two-line headline over fewer is a report's


def _agency_feature(article: Article) -> bool:
    """An agency's feature: a dateline, then 题：its title as the first words."""
    return bool(article.dateline and AGENCY_FEATURE.match(fold(article.text)))


def _captions_only(sections: list[Section], little: bool) -> bool:
    """Whether the paragraphs so far read as photo captions set over a
    report's lead-in: a few short sentences (`厦深铁路坪山站。`), or a run of
    short lines each a sentence of a caption's length or a scene's name with
    no sentence mark (`一站式服务中心`, `美的邯郸工业园`)."""
    paragraphs = [p for s in sections for p in s.paragraphs]
    if little:
        return all(ends_sentence(p) and len(p) <= MAX_SCENE for p in paragraphs)
    return 2 <= len(paragraphs) <= MAX_CAPTION_LINES and all(
        len(p) <= MAX_CAPTION_LINE and (ends_sentence(p) or not re.search(r"[，。！？；：]", p)) for p in paragraphs)


MAX_CAPTION_LINES = 8
MAX_CAPTION_LINE = 40  # characters: a caption's sentence, not a paragraph of text


def _introduced(article: Article) -> bool:
    """A headline over one paragraph and nothing else yet (no lead-in, no
    byline, no sub-heading): an intro (导语) set over the report's 本报讯,
    which goes on with this piece."""
    return bool(article.title) and not article.lead_in and not article.authors and len(article.sections) == 1 \
        and len(article.sections[0].paragraphs) == 1


def _text_length(article: Article, enough: int) -> int:
    """len(article.text), counted only up to `enough` (each paragraph of a
    long page would otherwise join the whole text again: quadratic)."""
    total = -1
    for section in article.sections:
        for paragraph in section.paragraphs:
            total += len(paragraph) + 1
            if total >= enough:
                return total
    return max(total, 0)


# A box's title on a line of its own (lines.PIECE_BOX): the box is the open piece's
PIECE_BOX_LINE = re.compile(rf"\s*(?:{lines.PIECE_BOX})\s*")


def split_kicker(title: str) -> tuple[str | None, str]:
    """`“链”上聚力 … 襄阳高新区：…` -> (kicker, title) when a zone headline follows a phrase."""
    folded = fold(title)
    m = ZONE_COLON.search(folded)
    if m and m.start() > 0 and not gazetteer.find_mentions(folded[: m.start()]):
        return title[: m.start()].strip(), title[m.start():].strip()
    return None, title


class Builder:
    """Collects lines into articles, in page order."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.articles: list[Article] = []
        self.current: Article | None = None
        self.kicker: str | None = None
        self.left_out: list[LeftOut] = []
        self.pending_jump: str | None = None  # a 上接第N版 before the first headline
        self.broken = False  # the last paragraph was a column fragment
        self.furniture: list[str] = []  # page furniture, and editor lines before any article
        self.kicker_markup: list[str] = []
        self.column: Column | None = None   # the column whose headline-less items follow (简讯…)
        self.series: str | None = None      # the heading of a photo series (组图) whose captions follow
        self.kicker_column: Column | None = None  # the column label over the next headline
        self.ended = False  # the open article visibly ended (its byline or authors after its text)
        self.current_column: Column | None = None  # the column the open article stands in
        self.last_table = False  # the last paragraph was a table row
        self.column_items = 0     # items opened under the current column label
        self.column_led = False   # the column's first item opened with a lead-in (…讯)
        self.column_numbered = False  # the column's first item opened with a number or a bullet (1.…, ●…)
        self.column_marked = False  # the column sets its items apart with a mark alone on a line (◎, ▲)
        self.named: set[str] = set()  # zones the open article names so far
        self.replaced: dict[int, list[Article]] = {}  # id of a series heading -> the photos it became
        self.dropped: set[int] = set()  # ids of articles closed with no words (their lines are reported)
        self.photographers: list[str] = []  # names a 摄影 byline of the open article gives
        self.under_lead = False  # the last line was a byline between the lead and the rest of the text
        self.has_text = False  # the open article has a paragraph (kept, not re-derived: pages run long)
        self.records = False  # a database export: an article is a record, opened by its title only
        self.labelled_series = False  # the photo series open came from a column's label (图片新闻), not a headline
        self.photo_run = False  # under a photo column's label (图片新闻): its titled pieces are photos
        self.headline_photos = False  # a photo series' label right under a headline: its captions are the piece's
        self.column_label: str | None = None  # the open news column's label, for its items (都市圈·孝感)
        self.separated = False  # a rule (■■■■) ended the open article: what follows is another's
        self.field_authors: list[str] = []  # the open article's authors its post's record names (作者：杜一川)
        self.credit_above: Line | None = None  # a credit printed over the caption it goes with, under a photo label
        self.series_authors: list[str] = []  # who took the photos of a series under a 图片说明 label, if known
        self.series_markup: list[str] = []  # what the page printed around a series' heading (◎)
        self.byline_above: list[Line] = []  # a byline printed over the page's first headline, held for it
        # a photo's caption (and credit) printed over the page's first headline: held for its piece
        self.captions_above: list[tuple[Line, Line | None]] = []

    # --- what comes before any article ----------------------------------------

    def leave_out(self, line: Line, text: str | None = None) -> None:
        """Keep text that belongs to no article, with the reason."""
        text = line.printed if text is None else text
        if not text:
            return
        backward = [j for j in leads.jumps(fold(text)) if not j.onward]
        if backward:
            self.pending_jump = backward[0].page
        reason = (f"continued from page {self.pending_jump} (上接第{self.pending_jump}版), "
                  "which is not in this page set") if self.pending_jump else "before the first headline"
        self.left_out.append(LeftOut(line.number, text, reason, self.pending_jump))

    def release_held(self) -> None:
        """A byline held for a headline that did not come next: reported, never lost."""
        for held in self.byline_above:
            self.leave_out(held)
        self.byline_above = []
        for caption, credit in self.captions_above:
            self.leave_out(caption)
            if credit is not None and credit is not caption:
                self.leave_out(credit)
        self.captions_above = []

    # --- headings -------------------------------------------------------------

    def kicker_line(self, text: str, markup: str = "") -> None:
        """A kicker (引题) above the next headline (`markup`: what the page
        printed around it, kept with the article)."""
        self.close()
        self.kicker = f"{self.kicker} {text}" if self.kicker else text
        if markup:
            self.kicker_markup.append(markup)

    def headline(self, text: str) -> None:
        """A headline opens an article (and ends a column of untitled items)."""
        self.close()
        kicker, title = split_kicker(text)
        # a kicker line over a headline that opens with a phrase of its own: both are kickers (no word lost)
        kicker = " ".join(k for k in (self.kicker, kicker) if k) or None
        self.current = Article(self.source, title, kicker=kicker)
        self.current.sections.append(Section(None))
        self.named = set()
        self._name_zones(text)
        self.current.markup.extend(self.kicker_markup)
        for held in self.byline_above:  # 经济日报评论员 / 奋力闯出…: the byline over the headline is the piece's
            self._add_authors(self.current, held.names)
            self.current.markup.append(held.printed)
            self.current.bylined = self.current.bylined or held.kind == LineKind.BYLINE
            held.owner = self.current
        self.byline_above = []
        for caption, credit in self.captions_above:  # 图为开工仪式现场 / 柳州客家企业…奠基: the piece's photo
            self.current.captions.append(Caption(caption.text, credit.text if credit else None,
                                                 credit.names if credit else []))
            if credit is not None:
                self.current.markup.append(credit.markup)
            if caption.markup:  # (▲, 图为: what the page printed around the caption)
                self.current.markup.append(caption.markup)
            for held in (caption, credit):
                if held is not None:
                    held.owner = self.current
        self.captions_above = []
        self.current_column = self.kicker_column
        self.kicker, self.kicker_markup, self.kicker_column = None, [], None
        self.column = self.series = None
        self.labelled_series = False
        self.column_items, self.column_led, self.column_marked, self.column_numbered = 0, False, False, False

    def label(self, line: Line, following: Line | None, text_after_captions: bool = False) -> None:
        """A column's name: over a headline it reads as its kicker; over
        untitled items or captions it says what they are (never an article).
        `text_after_captions`: a text of sentences comes after the captions under it."""
        column = Column(line.variety) if line.variety else Column.NEWS
        self.photo_run = column == Column.PHOTOS
        if following is not None and following.role in (Role.HEADLINE, Role.KICKER):
            self.kicker_line(line.text, line.markup)
            self.kicker_column = column
            return
        current = self.current
        if current is not None and not self.ended and PIECE_BOX_LINE.fullmatch(fold(line.text)):
            current.markup.append(line.printed)  # 核心提示, 编者按 inside a piece: its box, the piece goes on
            return
        if current is not None and current.title and column != Column.PHOTOS and (
                not current.text or structure.marks_the_piece(line, len(current.text))):
            # 【核心提示】, 短评 between a headline and its text: what the piece is
            current.markup.append(line.printed)
            self.current_column = column if column != Column.NEWS else self.current_column
            return
        if current is not None and current.title and column == Column.PHOTOS and not current.text \
                and not current.captions and current.kind != Kind.PHOTO and following is not None \
                and following.kind == LineKind.PARAGRAPH and (following.role == Role.NONE or text_after_captions):
            # 构筑呼和浩特新质生产力基石 / ■组图 / its captions / its text: the piece's own photos
            current.markup.append(line.printed)
            self.headline_photos = True
            return
        if current is not None and current.title and column == Column.PHOTOS and current.text and not self.ended \
                and text_after_captions and following is not None and following.role in (Role.CAPTION, Role.PHOTO) \
                and not lines.PHOTO_NEWS.search(fold(line.text)):
            # …its text / 组图 / its captions / its text goes on: the piece's own photos, set among its paragraphs
            # (图片新闻, 图片报道: a column of photo news, its items none of the piece's)
            current.markup.append(line.printed)
            return
        self.close()
        self.furniture.append(line.printed)
        if column == Column.PHOTOS:
            self.series, self.column = line.text, None
            self.labelled_series = True
            last = self.articles[-1] if self.articles else None
            # 本报记者 王晓宁 崔正博 文/图 / its text / 图片说明： / its photos: the reporters took them
            self.series_authors = list(last.authors) if current is not None and last is current and any(
                WORDS_AND_PHOTOS.search(m) for m in last.markup) else []
        else:
            self.column, self.series, self.column_label = column, None, line.text
        self.column_items, self.column_led, self.column_marked, self.column_numbered = 0, False, False, False

    def series_heading(self, line: Line) -> None:
        """A heading over a run of photos: each photo is news of its own, the
        heading their kicker (never an article, never a sub-heading)."""
        self.close()
        self.series, self.column, self.labelled_series = line.text, None, False
        if line.markup.strip("# "):
            self.series_markup.append(line.markup)  # ◎ before it: kept with the series' first photo

    def item(self, line: Line) -> None:
        """Open a headline-less item (its title is made from its text later)."""
        if self.column is not None and not self.column_items:
            self.column_led = leads.lead_in(fold(line.text)) is not None  # the column's style
            self.column_numbered = bool(items.mark(fold(line.text)))
        self.column_items += 1
        self.close()
        self.current = Article(self.source, "")
        self.current.sections.append(Section(None))
        self.current_column = self.column
        self.current.column_label = self.column_label if self.column is not None else None
        self.named = set()

    def tail(self, page: str) -> None:
        """Open the rest of a story from another page (上接第N版) at this page's
        top: an article of its own, without a headline, until that page is in
        the set and the story is joined whole (indexer.continuations)."""
        self.untitled()
        self.current.continued_from, self.current.headless = page, True

    def untitled(self) -> None:
        """An article with no headline (a page where none was recognised)."""
        self.close()
        self.current = Article(self.source, "")
        self.current.sections.append(Section(None))
        self.named = set()

    def subtitle(self, line: Line) -> None:
        """A subtitle (副题) under the headline."""
        if self.current is None:
            self.leave_out(line)
            return
        dashes = line.text[: len(line.text) - len(line.text.lstrip("—─-－ "))]
        text = line.text[len(dashes):].strip() or line.text
        if dashes and text != line.text:
            self.current.markup.append(dashes)
        self.current.subtitle = f"{self.current.subtitle} {text}" if self.current.subtitle else text

    def subhead(self, line: Line, joins_previous: bool) -> None:
        """A sub-heading; two in a row make one two-level heading. A marked one with no piece open
        after a photo series closed the last heads the next piece."""
        article = self.current
        if article is None and self.articles and self.series is not None and line.level:
            self.headline(line.text)  # 组图 / its captions / ## 以“政府跑腿”换“企业减负” / its text
            line.role = Role.HEADLINE
            return
        if article is None:
            self.leave_out(line)
            return
        last = article.sections[-1]
        if joins_previous and last.heading and not last.paragraphs:
            last.heading = f"{last.heading} {line.text}"
        else:
            article.sections.append(Section(line.text))

    # --- text -----------------------------------------------------------------

    def paragraph(self, line: Line) -> None:
        """A body paragraph: lead-in and jump markers off, broken sentences
        rejoined; a paragraph that starts a headline-less item opens one."""
        self.under_lead = False
        if self.headline_photos and self.current is not None and not self.current.text:
            if len(line.text) <= MAX_SERIES_CAPTION and (not ends_sentence(line.text)
                                                         or not re.search(r"[，,；;：:]", line.text)):
                self.current.captions.append(Caption(line.text, None, []))  # a caption of the piece's photos
                return
        self.headline_photos = False
        if self._attributes_pull_quote(line):
            self.current.markup.append(line.printed)  # ——乔宁 under “…”: who said the pull quote, no text
            return
        if self._starts_item(line):
            self.item(line)
        article = self.current
        if article is None and self.series is not None and self.labelled_series \
                and (len(line.text) <= MAX_SERIES_CAPTION or CAPTIONS_KEY.match(fold(self.series))):
            last = self.articles[-1] if self.articles else None
            # (a caption ending on a pause, 当天，, or a long one cut mid-word goes on on the next line)
            if (self.broken or (last is not None and last.captions and _goes_on(last.captions[-1].text)
                                and not items.mark(fold(line.text)))) \
                    and last is not None and last.kind == Kind.PHOTO and last.captions:
                # the rest of a caption a column broke, not another photo
                last.captions[-1].text += line.text
                last.sections[-1].paragraphs[-1] += line.text
            else:  # a short text under a photo column's label: a caption (its number, 1., is no part of it)
                bullet = items.mark(fold(line.text))
                self.photo(line.text[bullet:], None, line.markup + line.text[:bullet])
            self.broken = line.broken
            return
        if article is None and self.series is not None:
            self.untitled()  # text after a headline's photos: the story they head, never a photo a line
            article = self.current
        if article is None and not self.articles:
            backward = [j for j in leads.jumps(fold(line.text)) if not j.onward and j.span[0] == 0]
            if backward:
                # （上接一版②）徐衣显表示，…: the marker glued to the tail's first words, as on its own line
                self.tail(backward[0].page)
                article = self.current
        if article is None:
            self.leave_out(line)
            return
        if line.markup:
            article.markup.append(line.markup)  # 【同期声】 of a script: what the passage is
        text = line.text
        if lines.GUESTS_KEY.match(fold(text)):
            article.markup.append(text)  # 特邀嘉宾： over the guests' names: the talk's key, no text
            return
        bullet = items.mark(fold(text))
        if bullet and line.role != Role.BODY and (self.column or not self.has_text):  # rows stand as printed
            article.markup.append(text[:bullet])  # the item's bullet or number, not its text
            text = text[bullet:]
        text = self._take_markers(article, text)
        if not text:
            return
        section = article.sections[-1]
        table = line.role == Role.BODY  # a table row stands as printed
        if section.paragraphs and not table and not self.last_table and len(section.paragraphs[-1]) < MAX_PARAGRAPH \
                and (self.broken or continues(section.paragraphs[-1], text)):
            section.paragraphs[-1] += text  # a sentence broken by a column or a photo
        else:
            section.paragraphs.append(text)
        self.has_text = True
        self.broken, self.last_table = line.broken, table
        self._name_zones(text)

    def _name_zones(self, text: str) -> None:
        """Keep the zones the open article names (read once a paragraph, not
        once an article per paragraph: long pages stay linear)."""
        self.named |= {m.zone for m in gazetteer.find_mentions(fold(text))}

    def _attributes_pull_quote(self, line: Line) -> bool:
        """Whether a paragraph is a dash and who said it (`——乔宁`, `——首任滨江区委书记 王铁军`) right under
        a quotation set apart inside the open piece (a sub-heading or a paragraph of it alone): the pull
        quote's attribution, kept with the piece but in no text (the words are its text already)."""
        article = self.current
        if article is None or not article.sections:
            return False
        section = article.sections[-1]
        above = section.paragraphs[-1] if section.paragraphs else section.heading
        return above is not None and lines.pull_quote(above, line.text)

    def _starts_item(self, line: Line) -> bool:
        """Whether a paragraph opens a headline-less item: the first under a
        column label, or after an item has finished (see indexer.items); any
        paragraph after an article visibly ended (its byline, its authors)."""
        article = self.current
        if article is None:
            if self.series is not None and self.labelled_series:
                return False  # 组图 / 桂林高新区创意产业园: a caption of the series, whatever it opens on
            # news before the page's first headline (本报讯…, 近日，某某高新区…) is an
            # item of its own; the tail of a story from another page is not
            folded = fold(line.text)
            return self.column is not None or (self.pending_jump is None and not self.articles and (
                leads.lead_in(folded) is not None or items.opens_news(folded)))
        last = next((s.paragraphs[-1] for s in reversed(article.sections) if s.paragraphs), None)
        if last is None or self.broken or line.role == Role.BODY or self.records:
            return False
        if self.ended:
            return True
        if self.column_marked:
            return False  # ◎ / an item / ◎: the marks set the items apart, a paragraph goes on the one open
        folded = fold(line.text)
        lead = leads.lead_in(folded)
        if lead is not None and (lead.drop or lead.dateline) and ends_sentence(last) \
                and _text_length(article, MIN_REPORT) >= MIN_REPORT and not _introduced(article):
            return True  # 本报讯, a dateline: a report's first words, never inside another's text
        bullet = folded[:items.mark(folded)].strip()
        if bullet and self.column != Column.NEWS and _points_under(article, bullet):
            return False  # 一图读懂… / ◆… / ◆… / ◆目前,…: a piece's points, each under the same bullet
        if self.column != Column.NEWS and items.next_point(folded, (p for s in article.sections for p in s.paragraphs)):
            return False  # 1、强化组织领导。… / 2、畅通法企联系。…: the text's numbered points
        if self.column is not None and self.column != Column.INTERVIEW and items.speaker_first(folded) \
                and ends_sentence(last):
            return True  # 刘会武（中科院…副研究员）：“…”: the next voice of a box of them (专家视点, 代表声音)
        # only a news column's items are many; under 评论, 人物 or 访谈 stands one piece
        if items.starts_item(folded, fold(last), self.column == Column.NEWS, self.named, self.column_led,
                             self.column_numbered):
            return True
        # a brief (no sub-headings) followed by news about another zone
        if not any(s.heading for s in article.sections) and len(article.sections) == 1:
            return items.new_zone(folded, self.named)
        return False

    def _take_markers(self, article: Article, text: str) -> str:
        """Take a lead-in (first paragraph), a trailing bracketed byline and
        jump markers off a paragraph; their names go to the authors."""
        box = BOX_MARK.match(fold(text))
        if box:  # the box's label is no text; what it frames says what the piece is
            article.markup.append(text[:box.end()])
            text = text[box.end():]
            if (box.group(1) or box.group(2)) in ("核心提示", "编者按"):
                self.current_column = Column.COMMENTARY
        short = [s for s in article.sections if s.paragraphs]
        if short and not article.lead_in and _captions_only(short, _text_length(article, MIN_REPORT) < MIN_REPORT) \
                and leads.lead_in(fold(text)) is not None:
            # 厦深铁路坪山站。 / 深圳新闻网坪山讯 …: short lines before a report's
            # lead-in are the captions of its photos, not its text
            article.captions.extend(Caption(p, None) for s in short for p in s.paragraphs)
            for section in short:
                section.paragraphs = []
            self.has_text = False
        if not self.has_text or _introduced(article):  # the lead-in under an intro (导语) is the report's too
            lead = leads.lead_in(fold(text))
            skip = 0
            if lead is None and (skip := items.mark(fold(text))):
                lead = leads.lead_in(fold(text[skip:]))  # ②本报讯（记者…）: an item's number, then its news mark
            if lead:
                article.lead_in = True
                self._add_authors(article, [text[skip + s:skip + e] for s, e in lead.names])
                dateline = (skip + lead.dateline[0], skip + lead.dateline[1]) if lead.dateline else None
                if dateline:  # 新华社北京9月12日电: where and when the report was filed, no text
                    article.dateline = text[dateline[0]:dateline[1]].strip()
                spans = [(skip + a, skip + b) for a, b in lead.drop] + ([dateline] if dateline else [])
                text = self._cut(article, text, ([(0, skip)] if skip else []) + spans).lstrip()
        folded = fold(text)
        jumps = leads.jumps(folded)
        for jump in jumps:
            if jump.onward:
                article.continues_on = jump.page
            else:
                article.continued_from = article.continued_from or jump.page
        text = self._cut(article, text, [j.span for j in jumps] + leads.column_jumps(folded))
        source = leads.source_note(fold(text))
        if source:  # …问题。（据《中国工人》）: where the piece came from, then maybe its byline
            named = leads.trailing_byline(fold(text[source[0]:]))  # （来源：经济日报 作者：… 丁飞燕）
            writer = leads.digest_writer(fold(text[source[0]:]))  # （摘自…《人民日报》 姚雪青/文）
            if named:
                self._add_authors(article, [text[source[0] + s:source[0] + e] for s, e in named[1]])
            elif writer:
                self._add_authors(article, [text[source[0] + writer[0]:source[0] + writer[1]]])
            text = self._cut(article, text, [source]).rstrip()
            self.ended = True
        edited = leads.trailing_editor(fold(text))
        if edited is not None:
            text = self._cut(article, text, [(edited, len(text))]).rstrip()
        signed = leads.trailing_signature(fold(text))
        if signed:
            self._add_authors(article, [text[signed[1][0]:signed[1][1]]])
            text = self._cut(article, text, [(signed[0], len(text))])
            self.current_column = self._signed_column()  # a signed opinion
            self.ended = True
        trailing = leads.trailing_byline(fold(text))
        if trailing:
            start, spans = trailing
            self._add_authors(article, [text[s:e] for s, e in spans])
            text = self._cut(article, text, [(start, len(text))])
            self.ended = True  # …发展。（记者 张三）: the article's last words
        return text.strip()

    @staticmethod
    def _cut(article: Article, text: str, spans: list[tuple[int, int]]) -> str:
        for start, end in sorted(spans, reverse=True):
            if text[start:end].strip():
                article.markup.append(text[start:end])
            text = text[:start] + text[end:]
        return text

    @staticmethod
    def _add_authors(article: Article, found: list[str]) -> None:
        for name in map(names.unspaced, found):
            if name not in article.authors:
                article.authors.append(name)

    def caption(self, text: str, credit: Line | None, line: Line) -> None:
        """A caption (and its credit) of a photo inside the current article."""
        if self.current is None and not self.articles and self.column is None and self.series is None:
            self.captions_above.append((line, credit))  # over the page's first headline: held for it
            return
        if self.current is None:
            self.leave_out(line)
            if credit is not None and credit is not line:
                self.leave_out(credit)
            return
        self.current.captions.append(Caption(text, credit.text if credit else None, credit.names if credit else []))
        if credit is not None:
            self.current.markup.append(credit.markup)

    def photo(self, text: str, credit: Line | None, markup: str = "") -> None:
        """Photo news: a captioned photo that stands alone. Under a heading
        with no text of its own (组图, a series title) each photo is news of
        its own, the heading its kicker; under a photo column's label a
        caption without a credit is one too. `markup`: what the caption's
        line printed around it (▲)."""
        current, carried = self.current, None
        above, self.credit_above = (self.credit_above, None) if credit is None else (None, self.credit_above)
        credit = credit or above
        if current is not None and current.title and not current.text and not any(
                s.heading for s in current.sections):
            self.series = " ".join(p for p in (current.kicker, current.title) if p)
            if not current.captions:
                self.current, carried = None, current  # the heading names the series: it is no article
            # else its captions so far are photos of the same series (Builder._series), this one too
        self.close()
        article = Article(self.source, derived_title(text), kind=Kind.PHOTO, kicker=self.series)
        article.markup.extend(self.series_markup)
        self.series_markup = []
        article.sections.append(Section(None, [text]))
        article.captions.append(Caption(text, credit.text if credit else None, credit.names if credit else []))
        if carried is not None:  # the series' subtitle, byline and markup go with its first photo
            self.replaced.setdefault(id(carried), []).append(article)  # and its heading's lines (--explain)
            article.subtitle = carried.subtitle
            article.authors.extend(carried.authors)
            article.markup.extend(carried.markup)
        if above is not None:
            above.owner = article  # 全媒体首席记者 闵勇 摄 over the caption: this photo's (for --explain)
        if credit is not None:
            self._add_authors(article, credit.names)
            article.markup.append(credit.markup)
        elif self.labelled_series:
            self._add_authors(article, self.series_authors)
        if markup:
            article.markup.append(markup)
        self.articles.append(article)

    def people(self, line: Line) -> None:
        """A byline or a line of author names; after the text it ends the
        article; under a column label it opens the next item."""
        last = self.articles[-1] if self.articles else None
        if self.current is None and last is not None and last.kind == Kind.PHOTO and not last.authors \
                and line.names and self.column is None:
            self._add_authors(last, line.names)  # 图片新闻 / …项目顺利推进。 / （刘元平）: who shot it
            last.markup.append(line.printed)
            return
        if self.current is None and self.column is not None:
            self.item(line)
        if self.current is None and not self.articles and line.kind == LineKind.BYLINE:
            self.byline_above.append(line)  # over the first headline: held for it (see headline)
            return
        if self.current is None:
            self.leave_out(line)
            return
        if self.separated and line.kind == LineKind.BYLINE and line.names and self.current.text:
            self.untitled()  # ■■■■ / 随州日报记者 冯家园 / 18年前，…: a piece whose headline is lost
        if line.variety == lines.SPEAKER:
            # 记者 于彬： in an interview: he asks (an author), the piece goes on
            self._add_authors(self.current, line.names)
            self.current.markup.append(line.printed)  # items.kind_of counts the turns
            return
        if PHOTOGRAPHER.match(fold(line.text)) and line.kind == LineKind.BYLINE:
            # 摄影 极目新闻记者 刘中灿 under a headline: who shot the photos; an
            # author only of photo news (see close())
            self.photographers.extend(n for n in line.names if n not in self.photographers)
        else:
            self._add_authors(self.current, line.names)
        self.current.markup.append(line.printed)  # 【作者】 of an export's field too
        if line.variety == "signature":
            self.current_column = self._signed_column()  # a signed opinion
        text = self.current.text
        # 新华社北京10月2日电 题：… is an agency feature's first line, its byline comes after it
        headed = "\n" not in text and _agency_feature(self.current)
        self.under_lead = line.variety == structure.UNDER_LEAD
        if text and line.names and not headed and not self.under_lead:
            self.ended = True
        elif line.kind == LineKind.BYLINE and line.variety != "body":  # a body's name says nothing of the kind
            self.current.bylined = True

    def jump(self, line: Line) -> None:
        """A line that is only a jump marker."""
        jumps = leads.jumps(fold(line.text))
        onward = [j for j in jumps if j.onward]
        backward = [j for j in jumps if not j.onward]
        if self.current is None and backward and not self.articles:
            self.tail(backward[0].page)  # （上接第1版） over the rest of a story from page 1
        if self.current is None:
            self.leave_out(line)
            return
        self.current.markup.append(line.text)
        if onward:
            self.current.continues_on = onward[0].page
            self.ended = bool(self.current.text)
        elif backward and not self.current.text:
            self.current.continued_from = backward[0].page

    def aside(self, line: Line) -> None:
        """A line kept with the article but in none of its fields (an editor
        line, which ends it); before any article it is page furniture."""
        current = self.current
        if current is None or not (current.title or current.text or current.captions):
            self.furniture.append(line.printed)  # before any article's words: the page's
            return
        current.markup.append(line.printed)
        self.field_authors.extend(leads.record_authors(line.folded))  # 来源：都市快报　作者：记者 林建安　编辑：…
        # (an editor's line right under a byline between a lead and the text ends nothing: 界面新闻编辑 | 崔宇)
        self.ended = self.ended or (bool(current.text) and not self.under_lead)

    def page_furniture(self, line: Line) -> None:
        """导读, weather, 广告, 更正: kept with the page, in no article. A rule
        between pieces (■■■■■■) ends the article above: a byline under it is
        the next piece's, even before its text."""
        self.furniture.append(line.printed)
        if self.current is not None and not self.ended:
            self.field_authors.extend(leads.record_authors(line.folded))  # 发布日期：… 来源：… 作者：本报记者 龚友国
        separator = furniture.SEPARATOR.fullmatch(line.text) is not None
        self.column_marked = self.column_marked or (separator and self.column is not None)
        if self.current is not None and self.current.text and separator:
            self.ended = self.separated = True
        elif self.current is not None and self.current.text and furniture.posted(line.folded):
            self.ended = True  # a post's record after a text (2012-01-19 来源：…): the next post follows

    def close(self) -> None:
        """Finish the current article: glued names off its end, its kind."""
        article = self.current
        self.ended, self.broken, self.last_table, self.separated = False, False, False, False
        photographers, self.photographers = self.photographers, []
        field_authors, self.field_authors = self.field_authors, []
        self.has_text = False
        if article is None:
            return
        # the author field of its post's record names its authors (added last: no byline of its own, see _introduced)
        self._add_authors(article, field_authors)
        for section in reversed(article.sections):
            if section.paragraphs:
                section.paragraphs[-1], found = split_glued_names(section.paragraphs[-1])
                self._add_authors(article, found)
                break
        _photos_over_text(article)
        article.sections = [s for s in article.sections if s.heading or s.paragraphs]
        self.current = None
        if not (article.title or article.text or article.captions):
            # names or markers with no article around them: reported, not dropped
            self.dropped.add(id(article))
            pieces = [*article.markup, *(s.heading for s in article.sections if s.heading)]
            self.left_out.extend(LeftOut(0, piece, "names, markers or headings outside any article")
                                 for piece in pieces if piece.strip())
            return
        _short_lines_as_captions(article)
        if article.kind != Kind.PHOTO and not article.text and len(article.captions) > 1 and not any(
                s.heading for s in article.sections):
            self._series(article)  # a heading over several captions: each photo is news of its own
            return
        if _round_up(article):
            self._split_round_up(article)
            return
        # a credit alone under the text (本报记者 张力 摄): its photographers sign the piece (not a
        # report's: 本报讯… with a credit between its paragraphs is news with an uncaptioned photo)
        credited = [] if article.lead_in else [n for c in article.captions if not c.text for n in c.photographers]
        if article.kind != Kind.PHOTO and (photographers or credited) and not article.authors \
                and not any(c.text for c in article.captions) \
                and article.text and len(article.text) <= MAX_PHOTO_STORY \
                and not any(s.heading for s in article.sections):
            # a few lines signed by their photographer alone (■ 首席摄影记者 岳建文): photo news,
            # its first paragraph the photo's caption
            article.kind = Kind.PHOTO
            photographers = photographers or credited
            credits = [c.credit for c in article.captions if c.credit]
            article.captions = [Caption(article.text.split("\n")[0], credits[0] if credits else None,
                                        list(photographers))]
        shot_by = [n for c in article.captions if c.credit for n in c.photographers]
        if self.photo_run and article.kind != Kind.PHOTO and article.title and shot_by and not article.authors \
                and len(article.text) <= MAX_PHOTO_STORY and article.text.count("\n") <= 1 \
                and not any(s.heading for s in article.sections):
            # 图片新闻 / 庆元职工拔河迎“五一” / its lines / its caption and credit: a titled photo, its
            # photographers its authors
            article.kind = Kind.PHOTO
            self._add_authors(article, shot_by)
            if not article.text:  # its caption is all it says: findable as its text, as photo news is
                article.sections = [Section(None, [c.text for c in article.captions if c.text])]
        if article.kind != Kind.PHOTO:
            # a sub-headed piece is a story told in parts (通讯), its lead-in or not (14 of 21 corpus
            # pieces with both); a bylined report (本报讯, a dateline) stays news
            # (an English paper bylines its news too: there a byline says nothing of the kind)
            # (an item printed without a headline is news: its byline says nothing of the kind)
            # a bylined text opening on a time and an event (6月3日，… / 近日，…) is a report (消息), not a story
            bylined = article.bylined and has_han(article.text) and bool(article.title) \
                and not items.reports(fold(article.text.split("\n", 1)[0]))
            # (…12个项目集中开工, …签约: a headline telling an event heads a report, however it is bylined or told)
            event = structure.EVENT_ENDING.search(fold(article.title or "")) is not None
            if any(s.heading for s in article.sections) or (not event and (
                    (not article.lead_in and bylined) or self._told(article) or _agency_feature(article))):
                article.kind = Kind.FEATURE
            elif not article.text and article.captions:
                # a headline over a captioned photo: photo news with a title
                article.kind = Kind.PHOTO
                article.sections = [Section(None, [c.text for c in article.captions if c.text])]
                self._add_authors(article, [n for c in article.captions for n in c.photographers])
            # (a subtitle is a dash's words: ——访鞍山市委书记吴开华 says an interview follows)
            labels = [article.kicker or "", article.title, f"——{article.subtitle}" if article.subtitle else "",
                      *article.markup]
            article.kind = items.kind_of(article.text.split("\n"), labels, article.kind,
                                         str(self.current_column) if self.current_column else None)
        if article.kind == Kind.PHOTO:
            self._add_authors(article, photographers)
        self.articles.append(article)

    def _split_round_up(self, heading: Article) -> None:
        """A round-up: each one-paragraph item is news of its own, the
        headline over them their kicker (like a column label, never an article)."""
        over = " ".join(p for p in (heading.kicker, heading.title) if p)
        for k, paragraph in enumerate(heading.sections[0].paragraphs):
            item = Article(self.source, "", kind=Kind.BRIEF, kicker=over)
            item.sections.append(Section(None, [paragraph]))
            if k == 0:  # the headline's subtitle and markup go with the first item
                item.subtitle = heading.subtitle
                item.markup.extend(heading.markup)
                item.captions.extend(heading.captions)
            self.replaced.setdefault(id(heading), []).append(item)
            self.articles.append(item)

    def _signed_column(self) -> Column:
        """The column of a piece signed at its end (——刘奇洪): a commentary, unless
        a column saying another kind holds it (a news column's label says nothing of it)."""
        return self.current_column if self.current_column not in (None, Column.NEWS) else Column.COMMENTARY

    @staticmethod
    def _told(article: Article) -> bool:
        """A 通讯 (feature) tells rather than reports: no lead-in (本报讯, a
        dateline), a two-line headline (引题 or 副题) over it, and the length
        of a story (a short report carries a 副题 too)."""
        if not article.title or article.lead_in or _text_length(article, TOLD_TEXT) < TOLD_TEXT:
            return False
        # an English line under a headline is its translation, not a 副题
        return bool(article.kicker or (article.subtitle and has_han(article.subtitle)))

    def _series(self, heading: Article) -> None:
        """A heading with captions and no text: one photo article a caption,
        the heading as each one's kicker."""
        series = " ".join(p for p in (heading.kicker, heading.title) if p)
        for k, caption in enumerate(heading.captions):
            article = Article(self.source, derived_title(caption.text or series), kind=Kind.PHOTO, kicker=series)
            self.replaced.setdefault(id(heading), []).append(article)
            article.sections.append(Section(None, [caption.text] if caption.text else []))
            article.captions.append(caption)
            article.authors.extend(caption.photographers)
            if k == 0:  # the heading's subtitle, byline and markup go with the first photo
                article.subtitle = heading.subtitle
                article.markup.extend(heading.markup)
                self._add_authors(article, heading.authors)
            self.articles.append(article)

MIN_ROUND_UP = 3   # one-paragraph items under one headline that make it a round-up
MAX_ROUND_UP_ITEM = 240  # characters of one item of a round-up


PICTURES_AND_WORDS = re.compile(r"图\s*[/／]\s*文|文\s*[/／]\s*图")  # the byline's author shot the photos too
MAX_TOP_CAPTION = 80  # characters of a caption printed as the first lines of its article


def _photos_over_text(article: Article) -> None:
    """The photos of a piece whose byline says its author shot them (`…陈慧玲
    图/文`): the dated one-sentence lines that open it, over its text proper,
    are their captions (`5月28日，俯瞰如火如荼建设的海口国家高新区美安科技新城。`)."""
    if not article.sections or not any(PICTURES_AND_WORDS.search(fold(m)) for m in article.markup):
        return
    first = article.sections[0].paragraphs
    count = 0
    while count < len(first) - 1 and len(first[count]) <= MAX_TOP_CAPTION \
            and len(re.findall(r"[。！？]", first[count])) == 1 and first[count].endswith("。") \
            and photos.DATED_CAPTION.match(fold(first[count])):
        count += 1
    if count and len(first) > count:
        article.captions[:0] = [Caption(p, None) for p in first[:count]]
        del first[:count]


MIN_PHOTO_ROW = 3  # captions in a row that make a headline's photos, not a text


def _short_lines_as_captions(article: Article) -> None:
    """A headline over captioned photos and nothing but more lines like their
    captions (`园区机器人生产线。` / `夕照广西汽车城。` / …, no sub-heading, each
    one short sentence): those lines are captions too, the photos' (printed
    without a credit, a source note under them all)."""
    paragraphs = [p for s in article.sections for p in s.paragraphs]
    if not article.captions or not paragraphs or any(s.heading for s in article.sections) \
            or len(paragraphs) + len(article.captions) < MIN_PHOTO_ROW:
        return
    if article.lead_in or article.dateline or article.authors or article.bylined \
            or any(items.opens_news(fold(p)) for p in paragraphs):
        return  # 本报讯 槟城首长…会见…, a reporter's text: a short report beside its photo
    if not all(len(p) <= MAX_SCENE and len(re.findall(r"[。！？]", p)) <= 1 for p in paragraphs):
        return
    article.captions.extend(Caption(p, None, []) for p in paragraphs)
    for section in article.sections:
        section.paragraphs = []


def _points_under(article: Article, bullet: str) -> bool:
    """Whether a piece's paragraphs so far are points under one bullet (the first one's bullet taken off
    as its mark): `MIN_BULLETED_POINTS` of them or more."""
    paragraphs = [p for section in article.sections for p in section.paragraphs]
    return len(paragraphs) >= MIN_BULLETED_POINTS and all(fold(p).startswith(bullet) for p in paragraphs[1:])


def _round_up(article: Article) -> bool:
    """Whether a headlined piece is a round-up: a headline over one-paragraph
    items each opening like news of its own (`3月27日，…` `日前，高新区企业…`),
    no lead-in, no byline, no sub-heading. A chronological feature has a lead
    of its own, a byline, or paragraphs that go on from each other."""
    if not article.title or article.lead_in or article.bylined or article.authors or len(article.sections) != 1 \
            or article.sections[0].heading or article.captions:
        return False
    if lines.ZONE_HEADLINE.match(fold(article.title)):
        return False  # 济宁高新区：提升产业能级…: one zone's story, its paragraphs opening on it or on a time
    paragraphs = article.sections[0].paragraphs
    if len(paragraphs) < MIN_ROUND_UP or any(
            len(p) > MAX_ROUND_UP_ITEM or not ends_sentence(p) for p in paragraphs):
        return False
    news = sum(1 for p in paragraphs if items.opens_news(fold(p)))
    # one item may open otherwise (天津新闻报道…) once the run is long enough to show the pattern
    return items.opens_news(fold(paragraphs[0])) and news >= len(paragraphs) - (len(paragraphs) > MIN_ROUND_UP) \
        and not _tells_its_headline(article.title, paragraphs)


def _tells_its_headline(title: str, paragraphs: list[str]) -> bool:
    """Whether most paragraphs go on about what the headline names (大源实业西北总部落地丝路科学城 over
    5月16日，随着大源实业… / 4月9日，… / 37天后，大源实业…): one story told by its days, no round-up of
    items, each of which has its own subject."""
    pairs = han_pairs(fold(title))
    if len(pairs) < MIN_HEADLINE_PAIRS:
        return False
    telling = sum(1 for p in paragraphs if len(pairs & han_pairs(fold(p))) >= len(pairs) * HEADLINE_SHARE)
    return telling * 2 > len(paragraphs)


MIN_HEADLINE_PAIRS = 4  # two-character runs a headline needs before its words say what a text goes on about
HEADLINE_SHARE = 0.4  # of them a paragraph printing that many goes on about the headline's subject


def assemble(typed: list[Line], source: str, untitled: bool) -> Builder:
    """Build the articles of a page from its typed lines (`untitled`: the
    page has no headline, so it is one article from its first line)."""
    builder = Builder(source)
    builder.records = any(t.rule == "record-field" for t in typed)
    if untitled:
        builder.untitled()
    credited = {t.caption for t in typed if t.kind == LineKind.CREDIT and t.caption is not None}
    kickers: list[Line] = []
    for i, line in enumerate(typed):
        articles_before, left_before = len(builder.articles), len(builder.left_out) + len(builder.furniture)
        if line.kind == LineKind.MASTHEAD:
            builder.release_held()  # 地方新闻｜苗栗 专题报道 / the date line: the page's header, no byline
        if line.kind == LineKind.HEADING:
            # what the page printed around a heading besides `#` (▲, 【标题】) is kept with its article
            printed = line.markup if line.markup.strip("# ") else ""
            if line.role == Role.KICKER:
                builder.kicker_line(line.text, printed)
                printed = ""
            elif line.role == Role.HEADLINE:
                builder.headline(line.text)
            elif line.role == Role.SUBTITLE:
                builder.subtitle(line)
            elif _heads_series(typed, i, credited):
                builder.series_heading(line)
            else:
                # two sub-headings in a row are one two-level heading; a third starts anew
                pair = i >= 1 and typed[i - 1].role == Role.SUBHEAD and not (
                    i >= 2 and typed[i - 2].role == Role.SUBHEAD)
                builder.subhead(line, pair)
            if printed and builder.current is not None:
                builder.current.markup.append(printed)
        elif line.kind in (LineKind.BYLINE, LineKind.AUTHORS):
            following = typed[i + 1] if i + 1 < len(typed) else None
            if WRITER_OVER_TEXT.match(fold(line.text)) and builder.current is not None and builder.current.text \
                    and following is not None and following.kind == LineKind.PARAGRAPH and following.role == Role.NONE:
                builder.untitled()  # …text / 张如良/文 / 静静的夜晚，…: the writer heads the next piece
            builder.people(line)
        elif line.kind == LineKind.PARAGRAPH and line.role in (Role.NONE, Role.BODY):
            builder.paragraph(line)
        elif line.kind == LineKind.PARAGRAPH and line.role in (Role.CAPTION, Role.PHOTO) and i not in credited:
            shared = _shared_credit(typed, i)  # ① of ①②③ over one credit: alone, photo news too
            if shared is not None and (line.role == Role.PHOTO or builder.current is None):
                builder.photo(line.text, shared, line.markup)
            elif builder.current is None and builder.series is not None:
                builder.photo(line.text, None, line.markup)  # 图片新闻 / 珠峰药业集团包装车间。: a photo of the column
            elif line.rule == "caption-mark" and builder.column == Column.NEWS and builder.series is None \
                    and (builder.current is None or builder.current.column_label is not None) \
                    and _reads_as_item(line):
                # 【园区动态】 / ▲2月9日上午，…举行。…: a bulleted item of the column, not a photo's caption
                line.text, line.markup, line.role = line.markup.strip() + line.text, "", Role.NONE
                builder.paragraph(line)
            elif line.role == Role.CAPTION:
                builder.caption(line.text, None, line)
                if line.markup and builder.current is not None:
                    builder.current.markup.append(line.markup)
            else:
                builder.paragraph(line)
        elif line.kind == LineKind.CREDIT:
            _credit(builder, typed, line)
        elif line.kind == LineKind.CONTINUATION:
            builder.jump(line)
        elif line.kind == LineKind.EDITOR:
            builder.aside(line)
        elif line.kind == LineKind.LABEL:
            builder.label(line, typed[i + 1] if i + 1 < len(typed) else None, _text_after_captions(typed, i))
        elif line.kind == LineKind.FURNITURE:
            builder.page_furniture(line)
        _own(builder, line, kickers, articles_before, left_before)
    builder.close()
    builder.release_held()
    _settle_owners(builder, typed)
    return builder


def _own(builder: Builder, line: Line, kickers: list[Line], articles_before: int, left_before: int) -> None:
    """Record which article a line's content went to (what --explain shows)."""
    if line.role == Role.KICKER or (line.kind == LineKind.LABEL and builder.kicker and builder.current is None):
        kickers.append(line)
        return
    set_aside = len(builder.left_out) + len(builder.furniture) > left_before  # an editor line before any words
    if line.kind in (LineKind.FURNITURE, LineKind.MASTHEAD) or set_aside:
        line.owner = None
    elif len(builder.articles) > articles_before and builder.articles[-1].kind == Kind.PHOTO \
            and (line.kind == LineKind.CREDIT or line.role in (Role.CAPTION, Role.PHOTO)
                 or (line.kind == LineKind.PARAGRAPH and builder.current is None)):
        line.owner = builder.articles[-1]  # a caption, its credit, a short text under a photo column's label
    elif builder.current is None and line.kind == LineKind.PARAGRAPH and builder.articles \
            and builder.articles[-1].kind == Kind.PHOTO and builder.articles[-1].captions \
            and builder.articles[-1].captions[-1].text.endswith(line.text):
        line.owner = builder.articles[-1]  # the rest of a caption the column broke
    else:
        line.owner = builder.current
    if line.role == Role.HEADLINE:
        for kicker in kickers:
            kicker.owner = builder.current
        kickers.clear()


def _settle_owners(builder: Builder, typed: list[Line]) -> None:
    """Captions go with their credits; a series heading's captions each with
    its own photo, its other lines with the first."""
    for line in typed:
        if line.owner is not None and id(line.owner) in builder.dropped:
            line.owner = None  # its article had no words: the line is reported as left out
        if line.kind == LineKind.CREDIT and line.caption is not None:
            typed[line.caption].owner = line.owner
    seen: dict[int, int] = {}
    at_item: dict[int, int] = {}
    for line in typed:
        photos = builder.replaced.get(id(line.owner)) if line.owner is not None else None
        if not photos:
            continue
        if line.kind == LineKind.PARAGRAPH and line.role in (Role.NONE, Role.BODY):
            # a round-up's items, in page order: move on to the item holding this line
            k = at_item.get(id(line.owner), 0)
            # (a line in no item's text, one the round-up kept aside (——某某 under a pull quote): with the
            # item whose markup holds it)
            held = next((j for j in range(k, len(photos)) if line.text in photos[j].text), None)
            if held is None:
                held = next((j for j, item in enumerate(photos) if line.printed in item.markup), k)
            k = held
            at_item[id(line.owner)] = k
            line.owner = photos[k]
        elif line.kind == LineKind.PARAGRAPH and line.role in (Role.CAPTION, Role.PHOTO):
            k = seen.get(id(line.owner), 0)
            seen[id(line.owner)] = k + 1
            line.owner = photos[min(k, len(photos) - 1)]
        elif line.kind == LineKind.CREDIT and line.caption is not None:
            continue  # follows its caption, below
        else:
            line.owner = photos[0]
    for line in typed:
        if line.kind == LineKind.CREDIT and line.caption is not None:
            line.owner = typed[line.caption].owner
MIN_SERIES = 2


def _reads_as_item(line: Line) -> bool:
    """A bulleted line of a report's length, or one the column broke (its
    text goes on), not a photo's caption."""
    return line.broken or len(line.text) > MAX_SERIES_CAPTION


def _goes_on(caption: str) -> bool:
    """Whether a caption's line stops short of its sentence's end: on a pause
    (…当天，) or, long and with a comma, on no mark at all (…升级为国家高)."""
    return caption.endswith(PAUSES) or (not ends_sentence(caption) and "，" in caption
                                        and len(caption) >= photos.MIN_BROKEN_LINE)


PAUSES = ("，", ",", "、", "；", "：")


def _text_after_captions(typed: list[Line], at: int) -> bool:
    """Whether a text of sentences follows the captions, credits and byline
    under line `at` (a photo series' label): ■组图 / two captions / 张三 文/图 /
    the story."""
    k = at + 1
    while k < len(typed) and (typed[k].kind in (LineKind.CREDIT, LineKind.BYLINE) or (
            typed[k].kind == LineKind.PARAGRAPH and typed[k].role in (Role.CAPTION, Role.PHOTO))):
        k += 1
    return k > at + 1 and k < len(typed) and typed[k].kind == LineKind.PARAGRAPH and typed[k].role == Role.NONE \
        and len(typed[k].text) > MAX_CAPTION_LINE and re.search(r"[。！？]", typed[k].text) is not None


def _heads_series(typed: list[Line], at: int, credited: set[int]) -> bool:
    """Whether a sub-heading stands over photos only (两张 or more, each with
    its credit) up to the next heading or the page's end: a photo series."""
    captions = 0
    for k, line in enumerate(typed[at + 1:], start=at + 1):
        if line.kind == LineKind.HEADING or line.kind == LineKind.LABEL:
            break
        if line.kind == LineKind.CREDIT:
            continue
        if line.kind == LineKind.PARAGRAPH and line.role in (Role.CAPTION, Role.PHOTO) and k in credited:
            captions += 1
            continue
        if line.kind in (LineKind.EDITOR, LineKind.FURNITURE):
            break
        return False
    return captions >= MIN_SERIES


REPORTED_IN_PHOTOS = re.compile(r"摄影?报道")
MAX_SERIES_CAPTION = 80  # characters: a text under a photo column's label this short is a caption
MIN_BULLETED_POINTS = 2  # paragraphs under one bullet before a piece reads as a list of its points
WORDS_AND_PHOTOS = re.compile(r"文\s*[/／、]\s*图|图\s*[/／、]\s*文|摄影")  # a byline's 文/图: words and photos
# 以上图片均由…摄, 本组图片由…摄: a credit for every photo of the run it ends
CREDITS_ALL_ABOVE = re.compile(r"^[(（]?(?:以上|上述|本组|组)图片?")
# 图片说明：, 图注： over numbered lines: what the page's photos show, each a caption however long
CAPTIONS_KEY = re.compile(r"^(?:图片说明|图注)")


def _shared_credit(typed: list[Line], at: int) -> Line | None:
    """The credit under a run of numbered photo captions (indexer.photos), for one of them."""
    if not photos.PHOTO_NUMBER.match(fold(typed[at].text)):
        return None
    k = at + 1
    while k < len(typed) and typed[k].kind == LineKind.PARAGRAPH and typed[k].role in (Role.CAPTION, Role.PHOTO):
        k += 1
    return typed[k] if k < len(typed) and typed[k].kind == LineKind.CREDIT else None


def _credit(builder: Builder, typed: list[Line], credit: Line) -> None:
    """Attach a credit and its caption paragraph to the page's articles: photo
    news when the caption stands alone, under a photo series' heading, or
    outside any article; else a caption of the open article."""
    if credit.caption is None and builder.current is None and builder.series is not None and builder.labelled_series:
        builder.credit_above = credit  # ■图说园区 / 全媒体首席记者 闵勇 摄 / its caption: the credit over its photo
        return
    if credit.caption is None:
        builder.caption("", credit, credit)
        if builder.current is not None and REPORTED_IN_PHOTOS.search(fold(credit.markup)):
            builder._add_authors(builder.current, credit.names)  # 本报记者 张三 摄影报道: the report is theirs
        return
    caption = typed[credit.caption]
    alone = caption.role == Role.PHOTO or builder.series is not None or (
        builder.current is None and not builder.pending_jump)
    if alone:
        builder.photo(caption.text, credit, caption.markup)
        if CREDITS_ALL_ABOVE.match(fold(credit.text)):
            for article in reversed(builder.articles[:-1]):  # 以上图片均由本报记者杨俊峰、徐靖摄: the whole run's
                if article.kind != Kind.PHOTO or article.authors:
                    break
                builder._add_authors(article, credit.names)
        return
    builder.caption(caption.text, credit, caption)
    if caption.markup and builder.current is not None:
        builder.current.markup.append(caption.markup)
