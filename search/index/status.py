"""The engine's state as an operator sees it: what index is live and whether
its postings are read directly or through Whoosh's matchers (the fallback,
and why). `python -m indexer check` prints it, `/health` answers it as JSON
(search.web.health) and the results page shows the fallback in one line."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from search.index import whoosh_read, state
from search.index.store import Meta

DIRECT, FALLBACK = "direct", "fallback"


@dataclass(frozen=True)
class EngineStatus:
    """The live index and how it is read."""
    documents: int
    segments: int
    generation: str
    built_at: str
    schema_version: int
    postings: str  # DIRECT or FALLBACK
    fallback_reason: str | None

    @property
    def fallback(self) -> bool:
        """Whether queries are answered through Whoosh's matchers (slower, same answers)."""
        return self.postings == FALLBACK

    def to_json(self) -> dict:
        """The /health answer."""
        return {"status": "degraded" if self.fallback else "ok", **asdict(self)}

    def lines(self) -> list[str]:
        """The state in words, for the command line."""
        read = ("read directly" if not self.fallback
                else f"FALLBACK: answered through Whoosh's matchers, slower ({self.fallback_reason})")
        return [f"index      {self.generation} (built {self.built_at or 'at an unknown time'}, "
                f"schema {self.schema_version})",
                f"documents  {self.documents} in {self.segments} segments",
                f"postings   {read}"]


def engine_status(reader, generation: Path, meta: Meta) -> EngineStatus:
    """The state of a reader of a generation (runs the reader's self-check
    if it has not run yet)."""
    direct = whoosh_read.trusted(reader)
    return EngineStatus(documents=reader.doc_count(), segments=len(reader.leaf_readers()),
                        generation=generation.name, built_at=meta.built_at, schema_version=meta.schema_version,
                        postings=DIRECT if direct else FALLBACK,
                        fallback_reason=None if direct else state.of(reader).codec_problem or "unknown")
