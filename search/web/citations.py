"""Citations of articles, one builder for every format: GB/T 7714-2015 text
(the article page, the CSV, selected hits), RIS and EndNote tagged (`.enw`),
which EndNote, Zotero, NoteExpress and CNKI's E-Study import.

Everything cited is what the article's page declares (README: page format)
or the parser found (title, authors, inferred date): nothing is supplied
that the data does not say. A date the page does not print is marked as
inferred in every format.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from flask import Blueprint, Response, request

from search import urls
from search.engine.results import load_article
from search.errors import BadParameter, NotFound
from search.web.current import library

bp = Blueprint("citations", __name__)

MAX_CITED = 100
UNKNOWN_NEWSPAPER = "[报纸名不详]"
_ID = re.compile(r"[0-9a-f]{12}")
# Line breaks inside a value would start a new tag in RIS and EndNote files.
_BREAKS = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")


@dataclass(frozen=True)
class Reference:
    """What a citation of one article says."""
    id: str
    title: str
    authors: tuple[str, ...]
    newspaper: str | None
    date: str | None  # YYYY-MM-DD: the issue date the page declares, else the article's
    date_inferred: bool  # the date is not printed on the page (inferred from the text)
    page_number: str | None
    page_name: str | None
    zone: str | None
    url: str = ""  # absolute (RIS and EndNote carry it)

    @classmethod
    def of(cls, article: dict, url: str = "") -> Reference:
        """The reference of a stored article (search.engine.results.load_article)."""
        issue_date = article.get("issue_date")
        date = issue_date or article.get("date")
        return cls(article["id"], _line(article["title"]), tuple(_line(a) for a in article.get("authors") or ()),
                   _line(article.get("newspaper") or "") or None, date,
                   bool(date and not issue_date and article.get("date_inferred")),
                   _line(article.get("page_number") or "") or None, _line(article.get("page_name") or "") or None,
                   article.get("zone"), url)


def _line(text: str) -> str:
    return " ".join(_BREAKS.sub(" ", text).split())


def gbt7714(ref: Reference) -> str:
    """GB/T 7714-2015 for a newspaper article: 作者. 题名[N]. 报纸名,
    出版日期(版次). Authors past three become 等; an inferred date is in
    square brackets, as the standard marks what the cataloguer supplies."""
    who = ", ".join(ref.authors[:3]) + (", 等" if len(ref.authors) > 3 else "")
    date = f"[{ref.date}]" if ref.date and ref.date_inferred else ref.date
    where = ", ".join(p for p in (ref.newspaper or UNKNOWN_NEWSPAPER, date) if p)
    if ref.page_number:
        where += f"({ref.page_number})"
    return f"{who + '. ' if who else ''}{ref.title}[N]. {where}."


def gbt7714_list(refs: list[Reference]) -> str:
    """A numbered list, one reference a line ([1] …), as a bibliography has it."""
    return "".join(f"[{n}] {gbt7714(ref)}\r\n" for n, ref in enumerate(refs, 1))


INFERRED_NOTE = "日期由正文推断，版面未印日期"
# What reference managers read, one row a field in the order files write it:
# field -> (RIS tag, EndNote tag; None: not written there).
FILE_TAGS = {"author": ("AU", "A"), "title": ("TI", "T"), "newspaper": ("T2", "J"), "year": ("PY", "D"),
             "date": ("DA", "8"), "page": ("SP", "P"), "section": ("SE", "&"), "keyword": ("KW", "K"),
             "note": ("N1", "Z"), "language": ("LA", "G"), "url": ("UR", "U"), "id": ("ID", None)}


def _file_fields(ref: Reference) -> list[tuple[str, str]]:
    """(field, value) pairs of a reference for RIS and EndNote, in
    FILE_TAGS' order, fields without a value left out."""
    values = {"author": list(ref.authors), "title": [ref.title], "newspaper": [ref.newspaper],
              "year": [ref.date and ref.date[:4]], "date": [ref.date and ref.date.replace("-", "/")],
              "page": [ref.page_number], "section": [ref.page_name], "keyword": [ref.zone],
              "note": [INFERRED_NOTE if ref.date_inferred else None], "language": ["Chinese"], "url": [ref.url],
              "id": [ref.id]}
    return [(name, value) for name in FILE_TAGS for value in values[name] if value]


def ris(refs: list[Reference]) -> str:
    """RIS records (TY NEWS), CRLF line ends as the format asks."""
    lines = []
    for ref in refs:
        lines += [("TY", "NEWS"), *((FILE_TAGS[name][0], value) for name, value in _file_fields(ref)), ("ER", "")]
    return "".join(f"{tag}  - {value}".rstrip() + "\r\n" for tag, value in lines)


def endnote(refs: list[Reference]) -> str:
    """EndNote tagged records (`%0 Newspaper Article`), a blank line between."""
    records = []
    for ref in refs:
        lines = [("0", "Newspaper Article"),
                 *((FILE_TAGS[name][1], value) for name, value in _file_fields(ref) if FILE_TAGS[name][1])]
        records.append("".join(f"%{tag} {value}\r\n" for tag, value in lines))
    return "\r\n".join(records)


# format -> (builder, media type, file extension)
FORMATS = {"gbt": (gbt7714_list, "text/plain", "txt"),
           "ris": (ris, "application/x-research-info-systems", "ris"),
           "enw": (endnote, "application/x-endnote-refer", "enw")}
FORMAT_LABELS = {"gbt": "GB/T 7714", "ris": "RIS", "enw": "EndNote"}


def reference(article: dict) -> Reference:
    """The reference of a stored article, its URL made absolute for this site."""
    return Reference.of(article, urls.absolute(urls.article(article["id"])))


def chosen_ids(args) -> list[str]:
    """The articles a cite request names, in order, once each: the checked
    `id`s, or every `page_id` of the results page when `all` is checked."""
    ids = args.getlist("page_id") if args.get("all") else args.getlist("id")
    ids = list(dict.fromkeys(i.strip() for i in ids if i.strip()))
    if not ids:
        raise BadParameter("没有选中文章：请勾选要引用的文章，或勾选“本页全部”")
    if len(ids) > MAX_CITED:
        raise BadParameter(f"一次最多引用 {MAX_CITED} 篇，选中了 {len(ids)} 篇")
    for i in ids:
        if not _ID.fullmatch(i):
            raise BadParameter(f"文章编号“{i[:40]}”格式不对：应是 12 位十六进制字符")
    return ids


@bp.get("/cite")
def cite():
    """Selected articles as a GB/T 7714 list, RIS or EndNote file (`format`
    gbt, ris or enw; `id` repeated, or `all` with the page's `page_id`s)."""
    kind = request.args.get("format", "gbt")
    if kind not in FORMATS:
        raise BadParameter(f"参数 format 只能是 {'、'.join(FORMATS)}，收到“{kind[:20]}”")
    searcher = library().searcher()
    refs = []
    for article_id in chosen_ids(request.args):
        docnum = searcher.document_number(id=article_id)
        if docnum is None:
            raise NotFound(f"没有编号为 {article_id} 的文章，它可能已从索引中删除")
        refs.append(reference(load_article(searcher.stored_fields(docnum))))
    build, mimetype, extension = FORMATS[kind]
    name = f"高新区报道_引用{len(refs)}篇_{dt.date.today().isoformat()}.{extension}"
    # A BOM: EndNote, NoteExpress and Notepad on Chinese Windows read a file
    # without one as GBK.
    return Response("\ufeff" + build(refs), content_type=f"{mimetype}; charset=utf-8",
                    headers={"Content-Disposition": urls.attachment(name, f"gaoxin-cite.{extension}")})
