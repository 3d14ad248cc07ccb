"""Write the index: full builds into a new generation, swapped in atomically,
and incremental updates by page content hash, both under one lock.

Whoosh has one writer at a time and no crash safety of its own. A build writes
a fresh directory and only then repoints the `current` symlink (os.replace is
atomic), so a crash or kill mid-build leaves the previous index live and
intact. An update changes the live generation through one Whoosh commit, which
only becomes visible when its table of contents is written.
"""
from __future__ import annotations

import ctypes
import datetime as dt
import functools
import hashlib
import multiprocessing
import os
import shutil
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import filelock
from whoosh import index as whoosh_index
from whoosh.query import Term
from whoosh.reading import SegmentReader
from whoosh.writing import MERGE_SMALL

from indexer import health
from indexer.corpus import Parsed, has_jumps, issue_of, parse_files, read_folder
from indexer.documents import to_document
from search.index.whoosh_write import SegmentBuilder, abandon, commit_segments
from search.index.whoosh_read import column_values
from search.index.schema import make_schema
from search.text import segmenter
from search.index.store import (
    CURRENT,
    INDEX_NAME,
    META,
    Meta,
    StoreError,
    current_dir,
    open_index,
    restrict,
    write_meta,
)

LOCK = ".lock"
SHARDS_FILE = "shards.json"  # in a generation of Xapian shards (indexer.xapian_build), not of a Whoosh index
KEEP_GENERATIONS = 2  # the live one and the one before, which open readers may still use
# Updates write through Whoosh's own writer (they delete as well as add).
WRITER_OPTIONS = {"limitmb": 256, "compound": False}  # compound segments are copied whole into memory on open
PARALLEL_FROM_PAGES = 100  # about 700 articles: below this one process is faster
MAX_PROCS = 4


class BusyError(Exception):
    """Another build or update holds the index lock."""


@dataclass
class Report:
    """What a build or update did: counts, and every page it skipped and why."""
    pages: int = 0
    articles: int = 0
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    left_out: dict[str, int] = field(default_factory=dict)  # page -> characters in no article
    pages_health: list[health.PageHealth] = field(default_factory=list)

    @property
    def health(self) -> str:
        """The corpus health summary of the pages this build or update parsed."""
        return health.summary(self.pages_health, len(self.skipped))


class _Locked:
    """Hold the index lock, or raise BusyError at once with a clear message."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True, mode=0o755)  # never group-writable (search.index.store.UNSAFE_BITS)
        self.lock = filelock.FileLock(str(root / LOCK), timeout=0)

    def __enter__(self) -> None:
        try:
            self.lock.acquire()
        except filelock.Timeout:
            raise BusyError(f"another build or update is running on {self.root} "
                            f"(lock {self.root / LOCK}); try again when it has finished") from None

    def __exit__(self, *exc: object) -> None:
        self.lock.release()


def _documents(parsed: Parsed, report: Report, pages: dict[str, str], seen: FirstSeen) -> Iterator[dict]:
    """Index documents of parsed pages, counted into the report, each with
    the time it was first indexed."""
    report.skipped.extend(parsed.skipped)
    for page in parsed.pages:
        report.notes.extend(page.notes)
        if page.result.left_out_chars:
            report.left_out[page.name] = page.result.left_out_chars
        report.pages_health.append(health.page_health(page))
        pages[page.name] = page.sha256
        report.pages += 1
        report.articles += len(page.result.articles)
        for article in page.result.articles:
            doc = to_document(article, page.sha256)
            doc["indexed"] = seen.of(article.id)
            yield doc


_PR_SET_PDEATHSIG = 1


@functools.cache
def _workers_die_with_the_build() -> None:
    # The building processes wait on a queue for the build process; if it
    # is killed (SIGKILL runs no cleanup) they would wait forever. Each forked
    # worker asks Linux to send it SIGTERM when its parent dies.
    parent = os.getpid()

    def in_child() -> None:
        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
        except (OSError, AttributeError):  # not Linux: no such call, nothing to do
            return
        if os.getppid() != parent:  # the build died before the call took effect
            os._exit(1)

    os.register_at_fork(after_in_child=in_child)


def build_procs(pages: int, procs: int | None = None) -> int:
    """Processes for a full build of so many pages: one per core (up to
    MAX_PROCS) for big builds; small ones stay in one process, where starting
    workers would cost more than it saves."""
    if procs is None:
        procs = min(len(os.sched_getaffinity(0)), MAX_PROCS) if pages >= PARALLEL_FROM_PAGES else 1
    return max(1, procs)


@dataclass
class FirstSeen:
    """When each article id was first indexed (naive UTC), carried over from
    the generation before; an id not seen before gets `now`."""
    now: dt.datetime
    before: dict[str, dt.datetime] = field(default_factory=dict)

    def of(self, article_id: str) -> dt.datetime:
        """The first-indexed time of an article."""
        return self.before.get(article_id, self.now)

    @classmethod
    def from_index(cls, ix, now: dt.datetime) -> FirstSeen:
        """The times an index holds (the earliest for an id held twice; none
        for an index built before they were recorded)."""
        before: dict[str, dt.datetime] = {}
        with ix.reader() as reader:
            for segment, _ in reader.leaf_readers():
                if not segment.has_column("indexed"):
                    continue
                ids, times = column_values(segment, "id"), column_values(segment, "indexed")
                for article_id, when in zip(ids, times, strict=True):
                    if isinstance(when, dt.datetime) and (article_id not in before or when < before[article_id]):
                        before[article_id] = when
        return cls(now, before)


def _previous_first_seen(root: Path, now: dt.datetime) -> FirstSeen:
    """The first-seen times of the live generation, if there is one it can read
    (Xapian shards too: a root going back from shards keeps its feeds' order)."""
    live = current_dir(root)
    if live is not None and (live / SHARDS_FILE).is_file():
        from indexer import xapian_build  # the xapian extra: only for a root of shards

        return xapian_build.first_seen_of(root, now)
    try:
        ix, _, _ = open_index(root)
    except StoreError:  # none yet, or another schema version: every article is new
        return FirstSeen(now)
    try:
        return FirstSeen.from_index(ix, now)
    finally:
        ix.close()


@dataclass
class Generation:
    """A generation being built (new_generation): what the build fills in."""
    path: Path
    stamp: dt.datetime
    seen: FirstSeen
    report: Report = field(default_factory=Report)
    pages: dict[str, str] = field(default_factory=dict)  # page name -> SHA-256
    joined: list[tuple[str, str]] = field(default_factory=list)  # continued stories


@contextmanager
def new_generation(root: Path) -> Iterator[Generation]:
    """Under the index lock, a new generation directory for a full build
    (whatever the backend writes into it); when the block ends, its meta.json
    is written and `current` swapped to it atomically, older generations
    pruned; when the block fails, it is deleted and the live one stays.
    The first-indexed times of the live generation are carried over."""
    with _Locked(root):
        _clear_debris(root)
        stamp = dt.datetime.now(dt.UTC)
        seen = _previous_first_seen(root, stamp.replace(tzinfo=None))
        generation = Generation(root / f"gen-{stamp:%Y%m%dT%H%M%S%f}-{os.getpid()}", stamp, seen)
        generation.path.mkdir(parents=True)
        try:
            yield generation
            write_meta(generation.path, Meta(pages=dict(sorted(generation.pages.items())),
                                             built_at=stamp.isoformat(timespec="seconds"),
                                             links=_links(generation.joined)))
            generation.report.added = sorted(generation.pages)
            restrict(generation.path)
            _swap(root, generation.path)
        except BaseException:
            shutil.rmtree(generation.path, ignore_errors=True)
            raise
        _prune(root, generation.path)


def build(seeds: Path, root: Path, procs: int | None = None) -> Report:
    """Full build of every page in seeds into a new generation, then swap it in
    (`procs`: building processes; by default one per core for big builds).

    The pages are shared out among the processes by issue (a story continued
    on another page joins only pages of its own issue), each process parses
    its share and writes its own segments in bulk (search.index.whoosh_write.
    SegmentBuilder), and one table of contents lists them all."""
    segmenter.load()
    with new_generation(root) as generation:
        folder = read_folder(seeds)
        ix = whoosh_index.create_in(str(generation.path), make_schema(), indexname=INDEX_NAME)
        shares = _built_shares(generation.path, folder.files, folder.manifest, generation.seen,
                               build_procs(len(folder.files), procs))
        commit_segments(ix, [segment for share in shares for segment in share.segments])
        ix.close()
        generation.report = Report(skipped=list(folder.skipped), notes=list(folder.notes))
        for share in sorted(shares, key=lambda s: s.order):
            _merge_report(generation.report, share.report)
            generation.pages.update(share.pages)
            generation.joined += share.joined
    return generation.report


# Postings one building process holds before it writes them out as a segment
# and starts another: about 60 bytes each in memory.
POSTINGS_PER_SEGMENT = 4_000_000


@dataclass
class _Share:
    """What one building process did with its share of the pages."""
    order: int  # the share's place in the folder's order
    segments: list
    report: Report
    pages: dict[str, str]
    joined: list[tuple[str, str]]


def _built_shares(generation: Path, files: list[Path], manifest: dict, seen: FirstSeen,
                  procs: int) -> list[_Share]:
    """Parse and write every page, in `procs` processes."""
    if procs <= 1 or len(files) < 2:
        return [_build_share(generation, files, manifest, seen, 0, 1)]
    with processes(procs) as pool:
        shares = _shared_out(files, issues_of(files, manifest, pool), procs)
        futures = [pool.submit(_build_share, generation, share, manifest, seen, n, len(shares))
                   for n, share in enumerate(shares)]
        return [future.result() for future in futures]


@contextmanager
def processes(procs: int) -> Iterator[ProcessPoolExecutor | None]:
    """`procs` forked processes that die with the build, or None for one."""
    if procs <= 1:
        yield None
        return
    _workers_die_with_the_build()
    with ProcessPoolExecutor(max_workers=procs, mp_context=multiprocessing.get_context("fork")) as pool:
        yield pool


def _issue_of(path: Path, manifest: dict) -> tuple | None:
    return issue_of(path, manifest)


def issues_of(files: list[Path], manifest: dict, pool: ProcessPoolExecutor | None = None) -> list:
    """The issue of every file (indexer.corpus.issue_of), in the pool's processes if given."""
    if pool is None:
        return [issue_of(path, manifest) for path in files]
    return list(pool.map(_issue_of, files, [manifest] * len(files), chunksize=16))


def issue_groups(issues: list) -> dict[object, list[int]]:
    """The positions of each issue's files (issues[n] is file n's; a file of
    no known issue alone), in the order of their first file: the sets of
    pages a continued story may join, parsed together."""
    groups: dict = {}
    for n, issue in enumerate(issues):
        groups.setdefault(issue if issue is not None else ("page", n), []).append(n)
    return groups


def _shared_out(files: list[Path], issues: list, procs: int) -> list[list[Path]]:
    """The files in `procs` shares of about equal size, each issue's pages in
    one share, each share in the folder's order."""
    groups = issue_groups(issues)
    sizes = {key: sum(_size(files[n]) for n in members) for key, members in groups.items()}
    shares: list[list[int]] = [[] for _ in range(procs)]
    loads = [0] * procs
    for key in sorted(groups, key=lambda k: -sizes[k]):
        lightest = loads.index(min(loads))
        shares[lightest] += groups[key]
        loads[lightest] += sizes[key]
    return [[files[n] for n in sorted(share)] for share in shares if share]


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _build_share(generation: Path, files: list[Path], manifest: dict, seen: FirstSeen, order: int,
                 shares: int) -> _Share:
    """Parse pages and write their articles as segments of the generation's index."""
    ix = whoosh_index.open_dir(str(generation), indexname=INDEX_NAME)
    label = "build" if shares == 1 else f"build {order + 1}/{shares}"
    parsed = parse_files(files, manifest, label, position=order)
    report, pages, segments = Report(), {}, []
    builder = None
    for doc in _documents(parsed, report, pages, seen):
        if builder is None:
            builder = SegmentBuilder(ix.storage, ix.schema, INDEX_NAME)
        builder.add_document(**doc)
        if builder.postings >= POSTINGS_PER_SEGMENT:
            segments.append(builder.finish())
            builder = None
    if builder is not None:
        segments.append(builder.finish())
    ix.close()
    return _Share(order, segments, report, pages, parsed.joined)


def _merge_report(report: Report, part: Report) -> None:
    report.pages += part.pages
    report.articles += part.articles
    report.skipped += part.skipped
    report.notes += part.notes
    report.left_out.update(part.left_out)
    report.pages_health += part.pages_health


def _swap(root: Path, generation: Path) -> None:
    """Point `current` at a generation in one atomic rename."""
    tmp = root / f".{CURRENT}.{os.getpid()}"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    os.symlink(generation.name, tmp)
    os.replace(tmp, root / CURRENT)
    fd = os.open(root, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _prune(root: Path, live: Path) -> None:
    """Delete old generations and the debris of killed builds: keep the live
    generation and the newest complete ones before it (open readers may still
    use them). A generation without meta.json is a build that was killed (the
    lock is held here, so none is running): it never counts as one to keep."""
    generations = sorted((p for p in root.glob("gen-*") if p.is_dir()), key=lambda p: p.name)
    complete = [p for p in generations if p != live and (p / META).is_file()]
    keep = {live.name, *(p.name for p in complete[-(KEEP_GENERATIONS - 1):])}
    for path in generations:
        if path.name not in keep:
            shutil.rmtree(path, ignore_errors=True)


def _clear_debris(root: Path) -> None:
    """Delete what killed builds left (generations without meta.json, other
    than the live one, and half-made `current` links), before a build or an
    update starts: a disk filled by them would make this one fail too. The
    lock is held, so no build is running."""
    live = current_dir(root)
    for path in root.glob("gen-*"):
        if path.is_dir() and path != live and not (path / META).is_file():
            shutil.rmtree(path, ignore_errors=True)
    for link in root.glob(f".{CURRENT}.*"):
        link.unlink(missing_ok=True)


def update(seeds: Path, root: Path) -> Report:
    """Bring the live index in line with seeds: add new pages, replace changed
    ones, delete removed ones. Builds from scratch when there is no index yet."""
    if current_dir(root) is None:
        return build(seeds, root)
    if (current_dir(root) / SHARDS_FILE).is_file():
        raise StoreError(f"{root} holds Xapian shards: update them with python -m indexer update --backend xapian "
                         f"--index {root}")
    segmenter.load()
    with _Locked(root):
        _clear_debris(root)
        ix, meta, generation = open_index(root)
        seen = FirstSeen.from_index(ix, dt.datetime.now(dt.UTC).replace(tzinfo=None))
        changes = changes_of(seeds, meta, seen)
        # Every page written is first deleted by source, new ones included: an
        # update killed after its commit but before meta.json is written sees
        # those pages as new next time and must not add them twice.
        writer = ix.writer(**WRITER_OPTIONS)
        try:
            for name in changes.deleted:
                writer.delete_by_query(Term("source", name))
            for doc in changes.docs:
                writer.add_document(**doc)
            # Deleted documents stay in their segments until merged; ranking and
            # the common-word cut-off count live documents only (search.index.scoring),
            # so answers equal a fresh build's whatever is left. Merging every
            # deletion away made a one-page update cost more than a full build
            # (bench/update.py): only segments mostly stale are rewritten.
            writer.commit(mergetype=merge_deleted)
        except BaseException:
            abandon(ix, writer)  # no partial segment left to fill the disk
            raise
        finally:
            ix.close()
        changes.write_meta(generation, meta)
        return changes.report


@dataclass
class Changes:
    """What an update writes, whatever the backend: the documents of the
    pages to (re)write, and the pages whose articles go first."""
    report: Report
    pages: dict[str, str]  # page name -> SHA-256 after the update
    docs: list[dict]
    deleted: list[str]  # pages (sources) whose documents are deleted before docs are added
    links: dict[str, list[str]]

    def write_meta(self, generation: Path, meta: Meta) -> None:
        """Record the update in the generation's meta.json."""
        meta.links = self.links
        meta.pages = dict(sorted(self.pages.items()))
        write_meta(generation, meta)
        restrict(generation)
        self.report.pages = len(self.pages)


def changes_of(seeds: Path, meta: Meta, seen: FirstSeen) -> Changes:
    """Compare seeds with the pages an index holds (its meta) and parse what
    changed: new pages, changed ones, and every page tied to them."""
    folder = read_folder(seeds)
    files, manifest = folder.files, folder.manifest
    report = Report(skipped=list(folder.skipped), notes=list(folder.notes))
    present = {p.name: p for p in files}
    changed_files = []
    for name, path in present.items():
        try:
            sha = _sha(path)
        except OSError as exc:
            report.skipped.append((name, f"cannot read: {exc.strerror or exc}"))
            continue
        if name not in meta.pages:
            report.added.append(name)
            changed_files.append(path)
        elif meta.pages[name] != sha:
            report.changed.append(name)
            changed_files.append(path)
    report.removed = sorted(set(meta.pages) - set(present))
    pages = {n: s for n, s in meta.pages.items() if n in present}
    # Parse first, delete after: a changed page that no longer decodes keeps
    # its previous articles (and its old hash, so the next update retries).
    parsed = parse_files(changed_files, manifest, "update")
    touched = _with_linked_pages(parsed, changed_files, report.removed, present, meta, manifest)
    if len(touched) > len(changed_files):  # a continued story ties other pages in: parse them as one set
        parsed = parse_files(touched, manifest, "update")
    docs = list(_documents(parsed, report, pages, seen))
    unreadable = {name for name, _ in report.skipped}
    touched_names = {p.name for p in touched}
    links = _links(parsed.joined, {n: ls for n, ls in meta.links.items() if n in present and n not in touched_names})
    deleted = report.removed + [p.name for p in touched if p.name not in unreadable]
    return Changes(report, pages, docs, deleted, links)


# A segment is rewritten without its deleted documents once they are this
# share of it: below, they cost some disk and reading, not correctness.
DELETED_SHARE_TO_MERGE = 0.25


def merge_deleted(writer, segments: list) -> list:
    """The update's merge policy (a Whoosh `mergetype`): segments whose
    deleted share reached DELETED_SHARE_TO_MERGE are rewritten without them,
    segments without deletions are merged as Whoosh's default merges small
    ones, the rest are kept as they are; returns the segments kept."""
    stale = [s for s in segments if s.doc_count_all() and
             s.deleted_count() >= DELETED_SHARE_TO_MERGE * s.doc_count_all()]
    for segment in stale:
        if segment.doc_count():
            reader = SegmentReader(writer.storage, writer.schema, segment)
            writer.add_reader(reader)  # copies the live documents only
            reader.close()
    rest = [s for s in segments if s not in stale]
    return [s for s in rest if s.has_deletions()] + MERGE_SMALL(writer, [s for s in rest if not s.has_deletions()])


def _links(joined: list[tuple[str, str]], kept: dict[str, list[str]] | None = None) -> dict[str, list[str]]:
    """Pages whose articles hold text of other pages (continued stories), both ways."""
    links = {name: set(others) for name, others in (kept or {}).items()}
    for story, tail in joined:
        links.setdefault(story, set()).add(tail)
        links.setdefault(tail, set()).add(story)
    return {name: sorted(others) for name, others in sorted(links.items())}


def _with_linked_pages(parsed: Parsed, changed: list[Path], removed: list[str], present: dict[str, Path],
                       meta: Meta, manifest: dict[str, dt.date]) -> list[Path]:
    """The changed pages and every page whose articles may change with them:
    pages joined to them by a continued story last time, and, when a changed
    page continues a story, every page of its issue."""
    names = {p.name for p in changed}
    for name in [*names, *removed]:
        names.update(meta.links.get(name, []))
    issues = {page.result.page.issue() for page in parsed.pages
              if has_jumps(page.result) and page.result.page.issue()}
    if issues:
        names.update(name for name, path in present.items()
                     if name not in names and issue_of(path, manifest) in issues)
    return [present[name] for name in sorted(names) if name in present]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
