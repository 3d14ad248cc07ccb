"""The seeds folder's page manifest, `dates.tsv`: what each page file is.

One page a line, tab-separated, `#` comments allowed:

    file-name  date  [newspaper  [page  [page name]]]
    003.txt    2023-08-15    科技日报    3    高新区

Only the name is required with one more column; the date may be empty when
a later column is given (`004.txt<TAB><TAB>科技日报`). The old two-column form
(`file-name<TAB>YYYY-MM-DD`) is this with the rest left out. What a page states
itself in its header lines (indexer.header) wins over the manifest, field by
field; the manifest fills what the page leaves open.
"""
from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from indexer.dates import parse_iso
from indexer.header import PageHeader, page_number

MANIFEST = "dates.tsv"


def read_manifest(folder: Path, problems: list[str] | None = None) -> dict[str, PageHeader]:
    """The folder's manifest, file name -> what it declares; {} when absent.

    Read leniently: undecodable bytes and lines that declare nothing usable
    (no real date, nothing else) are left out, each said in `problems`."""
    path = folder / MANIFEST
    if not path.is_file():
        return {}
    said = problems if problems is not None else []
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        said.append(f"{MANIFEST}: not valid UTF-8 at byte {exc.start}; the bad bytes are ignored")
        text = raw.decode("utf-8-sig", errors="replace")
    declared = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, *columns = (c.strip() for c in line.split("\t"))
        page = _declared(columns)
        if page is not None and name and "\ufffd" not in name:
            declared[name] = page
        else:
            said.append(f"{MANIFEST} line {number}: not `file-name<TAB>YYYY-MM-DD` with a real date "
                        f"(then, optionally, newspaper, page, page name): {line.strip()[:60]!r}")
    return declared


def _declared(columns: list[str]) -> PageHeader | None:
    """The page facts of a line's columns after the name; None when a date
    is given but not real, or nothing at all is given."""
    date_text, newspaper, page, page_name = (columns + ["", "", "", ""])[:4]
    date = parse_iso(date_text) if date_text else None
    if date_text and date is None:
        return None
    found = PageHeader(date, newspaper or None, (page_number(page) or page) if page else None, page_name or None)
    return found if any(getattr(found, f.name) for f in fields(found)) else None


def merged(stated: PageHeader, declared: PageHeader | None) -> PageHeader:
    """The page's own header, its gaps filled from the manifest."""
    if declared is not None:
        for f in fields(stated):
            if getattr(stated, f.name) is None:
                setattr(stated, f.name, getattr(declared, f.name))
    return stated
