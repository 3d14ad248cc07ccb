"""Split one decoded newspaper page into articles. Pure: text in, articles out.

A page comes in one of three markups: `#` headlines with `##` sub-headings,
`##` for both, or bare short lines. The parser types every line (heading
candidate, byline, author names, photo credit, paragraph), decides which
heading candidates are headlines, kickers or sub-headings from their neighbours,
resolves photo captions (embedded in an article or standalone photo news), and
assembles articles, rejoining sentences broken across columns and captions.
See README, "Page format", for the rules in prose.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources

from indexer import dates
from search import gazetteer

# Paragraph endings after which a sentence is complete; anything else means the
# paragraph was cut by a column break (or a photo) and continues in the next.
TERMINAL = tuple("。！？!?…”」』）)；;")
BYLINE_MARK = re.compile(r"^[►▶▸]\s*")
ROLE = re.compile(r"本报|记者|通讯员|特约|实习生|摄影|编辑|报道")
SOURCE_CREDIT = re.compile(r"^图片来源\s*[:：]\s*(.+)$")
SHOT_CREDIT = re.compile(r"^([^\s/。,，]{1,20}?)\s*/\s*摄$")
REPORTER_CREDIT = re.compile(r"^([\u4e00-\u9fff]{0,10}记者)\s*/\s*([\u4e00-\u9fff]{2,4})$")
GLUED_CREDIT = re.compile(r"^(.*[。！？!?”])\s+(\S+?\s*/\s*\S+)$")
LEAD_IN = re.compile(r"^本报讯?\s*(?:[(（]\s*([^)）]{0,30})[)）])?\s*")
POLICY = re.compile(r"《([^《》\n]{2,80})》")
QUOTED = re.compile(r"“[^”]*”|「[^」]*」|‘[^’]*’")
HEADING_PUNCT = re.compile(r"[。；;，,、！!？?]")
ZONE_COLON = re.compile(r"\s(\S*?" + gazetteer.ZONE_SUFFIX + r"(?:[(（][^)）]*[)）])?\s*[:：])")
HEADLINE_ZONE = re.compile(r"^([\u4e00-\u9fff]{2,8}?" + gazetteer.ZONE_SUFFIX + r")(?:[(（][^)）]*[)）])?\s*[:：]")
DATE_PREFIX = re.compile(r"^(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?[,，]|^(?:近日|日前|近期)(?:获悉)?[,，]")
MAX_BARE_HEADING = 36
PHOTO_TITLE_LENGTH = 30


@dataclass
class Section:
    """A run of paragraphs under one sub-heading (None before the first)."""
    heading: str | None
    paragraphs: list[str] = field(default_factory=list)

    def text(self) -> str:
        """The section's paragraphs, one a line."""
        return "\n".join(self.paragraphs)


@dataclass
class Caption:
    """A photo caption and its credit (either may be empty)."""
    text: str
    credit: str | None


@dataclass
class Article:
    """One article as the parser found it; `to_json()` gives the public form."""
    source: str
    title: str
    kicker: str | None = None
    kind: str = "brief"
    authors: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    date: dt.date | None = None
    date_inferred: bool = False
    zone: str | None = None
    zones: list[str] = field(default_factory=list)
    policies: list[str] = field(default_factory=list)
    id: str = ""

    @property
    def text(self) -> str:
        """The body: every paragraph, one a line, without headings or captions."""
        return "\n".join(p for s in self.sections for p in s.paragraphs)

    def to_json(self) -> dict:
        """The article as the keys of `python -m indexer parse --json`."""
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "kicker": self.kicker,
            "zone": self.zone,
            "zones": self.zones,
            "date": self.date.isoformat() if self.date else None,
            "date_inferred": self.date_inferred,
            "kind": self.kind,
            "authors": self.authors,
            "sections": [{"heading": s.heading, "text": s.text()} for s in self.sections],
            "captions": [{"text": c.text, "credit": c.credit} for c in self.captions],
            "policies": self.policies,
            "text": self.text,
        }


@dataclass
class ParseResult:
    """The articles of a page, and notes on text that belongs to none."""
    articles: list[Article]
    notes: list[str]


# --- line typing --------------------------------------------------------------

@dataclass
class Block:
    """One non-empty line, typed. `gap` counts the blank lines before it."""
    kind: str            # head, byline, authors, credit, para
    text: str
    gap: int
    level: int = 0       # 1 for '#', 2 for '##', 0 for a bare line
    role: str = ""       # head: headline|kicker|subhead; credit: prefix|suffix; para: caption|photo
    names: list[str] = field(default_factory=list)
    caption: int | None = None  # credit: the index of its caption paragraph, if any


@functools.cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """Single-character and compound surnames, from data/surnames.txt."""
    text = resources.files("indexer").joinpath("data", "surnames.txt").read_text("utf-8")
    single: set[str] = set()
    compound: set[str] = set()
    in_compound = False
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("#"):
            in_compound = in_compound or line.lstrip("# ").startswith("compound")
            continue
        if line:
            (compound.add(line) if in_compound else single.update(line))
    return frozenset(single), frozenset(compound)


def is_name(word: str) -> bool:
    """A plausible Chinese personal name: a surname and one or two more characters."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", word):
        return False
    single, compound = surnames()
    if word[:2] in compound:
        return len(word) >= 3
    return word[0] in single and len(word) <= 3


def names_in(line: str) -> list[str] | None:
    """The names on a line that holds only names (space-separated), else None."""
    words = line.split()
    if not words or len(line) > 24 or not all(is_name(w) for w in words):
        return None
    return words


def byline_names(text: str) -> list[str]:
    """Author names from a byline or lead-in, dropping roles such as 本报记者."""
    names = []
    for word in re.split(r"[\s、,，]+", text):
        word = ROLE.sub("", word)
        if word and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", word):
            names.append(word)
    return names


def credit_of(line: str) -> tuple[str, str] | None:
    """(credit, 'prefix'|'suffix') when a line is a photo credit, else None."""
    m = SOURCE_CREDIT.match(line)
    if m:
        return m.group(1).strip(), "prefix"
    m = SHOT_CREDIT.match(line)
    if m:
        return m.group(1).strip(), "suffix"
    m = REPORTER_CREDIT.match(line)
    if m:
        return f"{m.group(1)}/{m.group(2)}", "suffix"
    return None


def could_be_bare_heading(line: str) -> bool:
    """A short line with no sentence punctuation outside quotation marks."""
    if len(line) > MAX_BARE_HEADING or line.endswith((":", "：")):
        return False
    return not HEADING_PUNCT.search(QUOTED.sub("", line))


def type_lines(text: str) -> list[Block]:
    """Type every non-empty line of a page."""
    lines = text.split("\n")
    uses_hashes = any(line.lstrip().startswith("#") for line in lines)
    blocks: list[Block] = []
    gap = 0
    for raw in lines:
        line = re.sub(r"\s+", " ", raw).strip()
        if not line:
            gap += 1
            continue
        blocks.extend(_type_line(line, gap, uses_hashes))
        gap = 0
    return blocks


def _type_line(line: str, gap: int, uses_hashes: bool) -> list[Block]:
    m = re.match(r"^(#{1,6})\s*(.*)$", line)
    if m and m.group(2):
        return [Block("head", m.group(2).strip(), gap, level=min(len(m.group(1)), 2))]
    if BYLINE_MARK.match(line):
        body = BYLINE_MARK.sub("", line)
        return [Block("byline", body, gap, names=byline_names(body))]
    credit = credit_of(line)
    if credit:
        return [Block("credit", credit[0], gap, role=credit[1])]
    names = names_in(line)
    if names:
        return [Block("authors", line, gap, names=names)]
    glued = GLUED_CREDIT.match(line)
    if glued and credit_of(glued.group(2).strip()):
        text, role = credit_of(glued.group(2).strip())
        return [Block("para", glued.group(1), gap), Block("credit", text, 0, role=role)]
    if not uses_hashes and could_be_bare_heading(line):
        return [Block("head", line, gap, level=0)]
    return [Block("para", line, gap)]


# --- heading roles --------------------------------------------------------------

def _next_content(blocks: list[Block], i: int) -> Block | None:
    """The first block after i that is not a heading or a photo credit."""
    for block in blocks[i + 1:]:
        if block.kind not in ("head", "credit"):
            return block
    return None


def _opens_article(block: Block | None) -> bool:
    return block is not None and (
        block.kind in ("byline", "authors") or (block.kind == "para" and LEAD_IN.match(block.text) is not None))


def assign_heading_roles(blocks: list[Block]) -> None:
    """Decide for each heading candidate: headline, kicker, sub-heading or paragraph."""
    has_level1 = any(b.kind == "head" and b.level == 1 for b in blocks)
    in_article = False
    prev: Block | None = None
    for i, block in enumerate(blocks):
        if block.kind != "head":
            if block.kind in ("para", "byline"):
                in_article = in_article or block.kind == "para" or prev is not None
            prev = block
            continue
        after_head = prev is not None and prev.kind == "head"
        names_zone = bool(gazetteer.find_mentions(block.text))
        if has_level1 and block.level:
            role = "headline" if block.level == 1 else "subhead"
        elif block.level == 0 and after_head and prev.role == "subhead" and len(prev.text) > 4:
            role = "para"  # a column fragment right under a sub-heading
        elif not in_article or names_zone or _opens_article(_next_content(blocks, i)):
            role = "headline"
        elif after_head and prev.role in ("headline", "kicker"):
            role = "headline"
        elif block.level == 0 and not _in_feature(blocks, i):
            role = "para"
        else:
            role = "subhead"
        if role == "headline" and after_head and prev.role == "headline" and not (has_level1 and block.level == 1):
            prev.role = "kicker"
        if role == "para":
            block.kind, role = "para", ""
        block.role = role
        if role == "headline":
            in_article = True
        prev = block


def _in_feature(blocks: list[Block], i: int) -> bool:
    """Whether the article that block i stands in has a byline or sub-headings."""
    for block in reversed(blocks[:i]):
        if block.kind == "byline" or block.role == "subhead":
            return True
        if block.role == "headline":
            return False
    return False


# --- photos -----------------------------------------------------------------------

def _ends_article(block: Block | None) -> bool:
    """Whether the content before a photo closes an article (so the photo stands alone)."""
    if block is None:
        return True
    if block.kind == "authors" or block.role == "photo":
        return True
    if block.kind == "credit":
        return True
    return block.kind == "para" and (block.text.endswith(TERMINAL) or _split_glued_names(block.text)[1] != [])


def _is_boundary(block: Block | None) -> bool:
    return block is None or block.role in ("headline", "kicker") or block.gap >= 2


def resolve_photos(blocks: list[Block]) -> None:
    """Mark caption paragraphs: role 'caption' (in an article) or 'photo' (standalone).

    A credit line's caption is the paragraph before it for a suffix credit
    (`陈敏/摄`), and for a `图片来源` credit either the paragraph before it (when
    that stands after a gap) or the one after it (when that is standalone photo
    news). A photo stands alone when the text before it closes an article and a
    headline, a gap or the end of the page follows it.
    """
    for c, credit in enumerate(blocks):
        if credit.kind != "credit":
            continue
        before = blocks[c - 1] if c > 0 else None
        after = blocks[c + 1] if c + 1 < len(blocks) else None
        caption_index = None
        if credit.role == "suffix" or (before is not None and before.kind == "para" and before.gap >= 2
                                       and credit.gap < 2 and before.role == ""):
            if before is not None and before.kind == "para" and before.role == "":
                caption_index = c - 1
            follows = after
        elif after is not None and after.kind == "para" and credit.gap >= 2:
            caption_index = c + 1
            follows = blocks[c + 2] if c + 2 < len(blocks) else None
            if not (_ends_article(before) and _is_boundary(follows)):
                caption_index = None  # a credit with no caption text; the body goes on
        else:
            follows = after
        if caption_index is None:
            continue
        credit.caption = caption_index
        caption = blocks[caption_index]
        lead = blocks[caption_index - 1] if caption_index > 0 and caption_index - 1 != c else None
        if caption_index == c + 1:
            lead = before
        standalone = (caption.gap >= 2 or credit.gap >= 2) and _ends_article(lead) and _is_boundary(follows)
        caption.role = "photo" if standalone else "caption"


# --- assembly -----------------------------------------------------------------------

def _split_glued_names(paragraph: str) -> tuple[str, list[str]]:
    """Take author names glued to the end of a last paragraph (`…保障。 金晓`)."""
    m = re.match(r"^(.*[。！？!?”」])\s*((?:[\u4e00-\u9fff]{2,4}\s*){1,4})$", paragraph)
    if not m:
        return paragraph, []
    names = m.group(2).split()
    if names and all(is_name(n) for n in names):
        return m.group(1), names
    return paragraph, []


def _split_kicker(title: str) -> tuple[str | None, str]:
    """`“链”上聚力 … 襄阳高新区：…` -> (kicker, title) when a zone headline follows a phrase."""
    m = ZONE_COLON.search(title)
    if m and m.start() > 0 and not gazetteer.find_mentions(title[: m.start()]):
        return title[: m.start()].strip(), title[m.start():].strip()
    return None, title


def _photo_title(text: str) -> str:
    """A title for photo news that has none: its first sentence, shortened."""
    first = re.split(r"[。！？]", text, maxsplit=1)[0]
    first = DATE_PREFIX.sub("", first).strip() or first
    return first if len(first) <= PHOTO_TITLE_LENGTH else first[:PHOTO_TITLE_LENGTH] + "…"


class _Builder:
    """Collects blocks into articles, in page order."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.articles: list[Article] = []
        self.current: Article | None = None
        self.kicker: str | None = None
        self.orphans: list[str] = []

    def headline(self, text: str) -> None:
        self.close()
        kicker, title = _split_kicker(text)
        self.current = Article(self.source, title, kicker=self.kicker or kicker)
        self.current.sections.append(Section(None))
        self.kicker = None

    def subhead(self, text: str, joins_previous: bool) -> None:
        article = self.current
        if article is None:
            self.orphans.append(text)
            return
        last = article.sections[-1]
        if joins_previous and last.heading and not last.paragraphs:
            last.heading = f"{last.heading} {text}"
        else:
            article.sections.append(Section(text))

    def paragraph(self, text: str) -> None:
        article = self.current
        if article is None:
            self.orphans.append(text)
            return
        section = article.sections[-1]
        if not any(s.paragraphs for s in article.sections):
            m = LEAD_IN.match(text)
            if m:
                article.authors.extend(byline_names(m.group(1) or ""))
                text = text[m.end():]
        if not text:
            return
        if section.paragraphs and not section.paragraphs[-1].endswith(TERMINAL):
            section.paragraphs[-1] += text  # a sentence broken by a column or a photo
        else:
            section.paragraphs.append(text)

    def caption(self, text: str, credit: str | None) -> None:
        if self.current is None:
            self.orphans.append(text)
            return
        self.current.captions.append(Caption(text, credit))

    def photo(self, text: str, credit: str | None, photographer: str | None) -> None:
        self.close()
        article = Article(self.source, _photo_title(text), kind="photo")
        article.sections.append(Section(None, [text]))
        article.captions.append(Caption(text, credit))
        if photographer:
            article.authors.append(photographer)
        self.articles.append(article)

    def authors(self, names: list[str], byline: bool = False) -> None:
        if self.current is None:  # names before any headline: said in a note, not dropped silently
            self.orphans.append(" ".join(names))
            return
        self.current.authors.extend(n for n in names if n not in self.current.authors)
        if byline:
            self.current.kind = "feature"

    def close(self) -> None:
        article = self.current
        if article is None:
            return
        for section in reversed(article.sections):
            if section.paragraphs:
                section.paragraphs[-1], names = _split_glued_names(section.paragraphs[-1])
                article.authors.extend(n for n in names if n not in article.authors)
                break
        article.sections = [s for s in article.sections if s.heading or s.paragraphs]
        if any(s.heading for s in article.sections) or article.kind == "feature":
            article.kind = "feature"
        self.articles.append(article)
        self.current = None


def _photographer(credit: str) -> str | None:
    """The person in a credit (`陈敏` of `陈敏/摄`, `龙跃梅` of `…记者/龙跃梅`)."""
    person = credit.rsplit("/", 1)[-1]
    return person if is_name(person) else None


def parse_page(text: str, source: str, issue_date: dt.date | None = None) -> ParseResult:
    """Split a decoded page into articles with all their fields filled in."""
    header_date, text = dates.split_header(text)
    issue_date = header_date or issue_date
    blocks = type_lines(text)
    assign_heading_roles(blocks)
    resolve_photos(blocks)
    builder = _Builder(source)
    for i, block in enumerate(blocks):
        if block.kind == "head":
            if block.role == "kicker":
                builder.close()
                builder.kicker = f"{builder.kicker} {block.text}" if builder.kicker else block.text
            elif block.role == "headline":
                builder.headline(block.text)
            else:
                prev = blocks[i - 1] if i else None
                builder.subhead(block.text, prev is not None and prev.role == "subhead")
        elif block.kind == "byline":
            builder.authors(block.names, byline=True)
        elif block.kind == "authors":
            builder.authors(block.names)
        elif block.kind == "para" and block.role == "":
            builder.paragraph(block.text)
        elif block.kind == "credit":
            _credit(builder, blocks, block)
    builder.close()
    articles = [a for a in builder.articles if a.title or a.text]
    notes = []
    if builder.orphans:
        chars = sum(len(t) for t in builder.orphans)
        notes.append(f"{source}: {chars} characters before the first headline belong to no article")
    for article in articles:
        if not article.title:
            article.title = _photo_title(article.text)
        _fill_metadata(article, issue_date)
    if not issue_date:
        # One page is one issue: an article that names no full date of its own
        # takes the page's (approximate, still marked inferred), so that every
        # article can be sorted and filtered by date.
        page_date = dates.infer(text)
        for article in articles:
            if article.date is None and page_date is not None:
                article.date, article.date_inferred = page_date, True
    _assign_ids(articles)
    return ParseResult(articles, notes)


def _credit(builder: _Builder, blocks: list[Block], credit: Block) -> None:
    """Attach a credit and its caption paragraph to the page's articles."""
    if credit.caption is None:
        builder.caption("", credit.text)
        return
    caption = blocks[credit.caption]
    if caption.role == "photo":
        builder.photo(caption.text, credit.text, _photographer(credit.text))
    else:
        builder.caption(caption.text, credit.text)


def _fill_metadata(article: Article, issue_date: dt.date | None) -> None:
    """Zones, policies and date, from the article's own words."""
    headings = [s.heading for s in article.sections if s.heading]
    everything = "\n".join([article.kicker or "", article.title, *headings, article.text,
                            *(c.text for c in article.captions)])
    mentions = gazetteer.find_mentions(everything)
    article.zones = list(dict.fromkeys(m.zone for m in mentions))
    title_zones = gazetteer.find_mentions(article.title) or gazetteer.find_mentions(article.kicker or "")
    headline_zone = HEADLINE_ZONE.match(article.title)
    if title_zones:
        article.zone = title_zones[0].zone
    elif headline_zone:  # `XX高新区：…` names its zone even when XX is no known place
        article.zone = gazetteer.canonical(headline_zone.group(1))
        if article.zone not in article.zones:
            article.zones.insert(0, article.zone)
    else:
        body = gazetteer.find_mentions(article.text + "\n" + "\n".join(c.text for c in article.captions))
        counts = Counter(m.zone for m in body)
        if counts:
            first = {z: n for n, z in reversed(list(enumerate(m.zone for m in body)))}
            article.zone = max(counts, key=lambda z: (counts[z], -first[z]))
    article.policies = list(dict.fromkeys(m.group(1).strip() for m in POLICY.finditer(everything)))
    if issue_date:
        article.date, article.date_inferred = issue_date, False
    else:
        article.date = dates.infer(article.text + "\n" + "\n".join(c.text for c in article.captions))
        article.date_inferred = article.date is not None


def _assign_ids(articles: list[Article]) -> None:
    """Stable ids from source file and title (and order among equal titles).

    They survive rebuilds and other pages being added; editing a headline
    gives the article a new id, as it should.
    """
    seen: Counter[str] = Counter()
    for article in articles:
        key = f"{article.source}\n{article.title}"
        seen[key] += 1
        digest = hashlib.sha1(f"{key}\n{seen[key]}".encode()).hexdigest()
        article.id = digest[:12]
