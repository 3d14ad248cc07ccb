"""Figures about the live index, for `python -m indexer stats`."""
from __future__ import annotations

from pathlib import Path

from search.index.store import open_index


def index_stats(root: Path) -> dict:
    """Pages, articles, distinct zones, date range, undated count and size."""
    ix, meta, generation = open_index(root)
    zones: set[str] = set()
    dates = []
    undated = 0
    with ix.searcher() as searcher:
        articles = searcher.doc_count()
        for fields in searcher.all_stored_fields():
            if fields.get("zone"):
                zones.add(fields["zone"])
            if fields.get("date"):
                dates.append(fields["date"].date().isoformat())
            else:
                undated += 1
    ix.close()
    size = sum(p.stat().st_size for p in generation.iterdir() if p.is_file())
    return {
        "index": str(generation),
        "pages": len(meta.pages),
        "articles": articles,
        "zones": len(zones),
        "date_range": [min(dates) if dates else None, max(dates) if dates else None],
        "undated": undated,
        "size_bytes": size,
    }
