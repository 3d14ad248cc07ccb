"""A folder of pages, read and parsed together: the step between files and
the index. Stories continued across pages are joined here (indexer.continuations),
so pages of one issue are parsed as a set.
"""
from __future__ import annotations

import datetime as dt
import stat
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from indexer import continuations, furniture, header
from indexer.header import PageHeader
from indexer.manifest import MANIFEST, merged, read_manifest
from indexer.lines import type_lines
from indexer.parse import header_lines
from indexer.model import ParseResult
from indexer.pages import PageError, read_page
from indexer.parse import parse_page
from indexer.text import fold
from search.index.store import StoreError



@dataclass
class ParsedPage:
    """One page file: its content hash and what the parser made of it."""
    name: str
    sha256: str
    result: ParseResult
    empty: bool = False
    decoding: list[str] = field(default_factory=list)  # what reading the file had to mend

    @property
    def notes(self) -> list[str]:
        """What reading and parsing this page have to say."""
        return self.decoding + self.result.notes + ([f"{self.name}: empty page, no articles"] if self.empty else [])


@dataclass
class Parsed:
    """Pages parsed as a set, those skipped with the reason, and the pairs of
    pages joined by a continued story."""
    pages: list[ParsedPage] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    joined: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Folder:
    """A seeds folder as read: its page files, what was skipped and why, the
    date manifest and what was wrong with it."""
    files: list[Path] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    manifest: dict[str, PageHeader] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def shown(name: str) -> str:
    """A file name as it can be printed and stored: undecodable bytes as \\xNN."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def read_folder(seeds: Path) -> Folder:
    """The page files of a seeds folder (not the manifest, not dot files).
    Entries that cannot be pages are skipped with the reason: names that are
    not UTF-8, directories, FIFOs and other special files, broken or looping
    links."""
    if not seeds.is_dir():
        raise StoreError(f"seeds folder {seeds} does not exist")
    folder = Folder()
    for path in sorted(seeds.iterdir()):
        name = path.name
        if name.startswith(".") or name == MANIFEST:
            continue
        reason = _not_a_page(path)
        if reason:
            folder.skipped.append((shown(name), reason))
        else:
            folder.files.append(path)
    folder.manifest = read_manifest(seeds, folder.notes)
    return folder


def _not_a_page(path: Path) -> str | None:
    try:
        path.name.encode("utf-8")
    except UnicodeEncodeError:
        return "file name is not valid UTF-8; rename the file"
    try:
        mode = path.stat().st_mode
    except OSError as exc:  # a broken link, a link loop
        return f"cannot be read: {exc.strerror or exc}"
    if stat.S_ISDIR(mode):
        return "a directory, not a page file"
    if not stat.S_ISREG(mode):
        return "not a regular file (a FIFO, socket or device)"
    return None


def page_files(seeds: Path) -> list[Path]:
    """Every readable page file in the seeds folder (see read_folder)."""
    return read_folder(seeds).files


def parse_file(path: Path, manifest: dict[str, PageHeader]) -> ParsedPage:
    """Read and parse one page; PageError if unreadable."""
    page = read_page(path)
    result = parse_page(page.text, page.name, manifest.get(page.name))
    return ParsedPage(page.name, page.sha256, result, empty=not page.text.strip(), decoding=list(page.notes))


def progress(items: Iterable, label: str, total: int, unit: str = "issue", position: int = 0,
             shown: bool = True) -> Iterable:
    """A progress bar on a terminal (on line `position`: building processes
    show one each); nothing at all when stderr is not one or not `shown`."""
    return tqdm(items, desc=label, total=total, unit=unit, disable=not shown or not sys.stderr.isatty(),
                leave=False, position=position)


def parse_files(files: list[Path], manifest: dict[str, PageHeader], label: str = "parse",
                position: int = 0, shown: bool = True) -> Parsed:
    """Parse pages as one set: unreadable ones skipped with the reason,
    continued stories joined across the pages given (`shown`: with a
    progress bar on a terminal)."""
    parsed = Parsed()
    for path in progress(files, label, len(files), "page", position, shown):
        try:
            parsed.pages.append(parse_file(path, manifest))
        except PageError as exc:
            parsed.skipped.append((path.name, str(exc)))
    parsed.joined = continuations.join([p.result for p in parsed.pages])
    return parsed


def has_jumps(result: ParseResult) -> bool:
    """Whether a page continues a story on another page or from one."""
    return any(a.continues_on for a in result.articles) or any(i.continued_from for i in result.left_out) or any(
        a.continued_from for a in result.articles)


def issue_of(path: Path, manifest: dict[str, PageHeader]) -> tuple[str, dt.date] | None:
    """The issue (newspaper, date) a page file belongs to, read from its header
    and masthead only (cheap: the page is not parsed); None when unknown or unreadable."""
    try:
        text = read_page(path).text
    except PageError:
        return None
    found, rest = header.split(text)
    found = merged(found, manifest.get(path.name))
    # the page's header block read by the parser's own line rules, from its
    # first lines, and its last (a colophon may print the year: `中山日报社出版
    # 2005年 第152期`): the same issue as a full parse gives, at a fraction of it
    lines = rest.split("\n")
    ends = "\n".join(lines[:header.HEADER_LINES] + [""] + lines[header.HEADER_LINES:][-header.HEADER_LINES:])
    # a list of posts dates each by its own line, never the page (see parse.header_lines)
    posts = sum(1 for line in map(fold, lines) if furniture.posted(line) and furniture.kind(line))
    header.from_masthead(header_lines(type_lines(ends), posts=posts), found)
    return found.issue()
