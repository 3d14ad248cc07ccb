"""What to mark in one article for a query, and whether the article matches
the query as typed or only by parts.

A compound the dictionary knows whole (人才补贴) also matches its parts
apart (人才 … 补贴, search.engine.query._word_query): such an article is a real
match, but with only the whole word marked it shows nothing that explains
it. So per article: a clause whose typed run (or a synonym) is not in the
text has its parts marked instead, and the hit is labelled a partial match
(部分匹配：人才 · 补贴). And a term found in most articles (高新区) is not
marked when the query has rarer ones: marked five times a hit, it hides
what the reader is looking for.
"""
from __future__ import annotations

from dataclasses import dataclass

from search.engine.backends import Backend
from search.engine.query import ParsedQuery
from search.web import snippets

COMMON_SHARE = 0.5  # a term in more than half of the articles is not marked beside rarer ones


@dataclass(frozen=True)
class Marking:
    """How one article is marked."""
    matcher: snippets.Matcher
    partial: tuple[str, ...]  # the parts marked for clauses matched only by parts; () = as typed


def common_terms(backend: Backend, parsed: ParsedQuery) -> frozenset[str]:
    """The marks of the query's clauses found in most articles (高新区 and
    its synonyms), when another clause is rarer; else none (also when the
    backend gives no document frequencies: every clause marked as typed)."""
    if not backend.features.document_frequencies:
        return frozenset()
    total = backend.doc_count()
    clauses = parsed.marked_clauses()
    if len(clauses) < 2 or not total:
        return frozenset()
    common = [any(backend.doc_frequency("text", t) > COMMON_SHARE * total for t in exact)
              for exact, _ in clauses]
    if all(common):
        return frozenset()
    return frozenset(t for (exact, parts), is_common in zip(clauses, common, strict=True) if is_common
                     for t in (*exact, *parts))


def marking(parsed: ParsedQuery, pieces: list[str], common: frozenset[str] = frozenset()) -> Marking:
    """The marks for an article whose text is `pieces` (article_pieces)."""
    terms = set(parsed.highlight_terms()) - common
    partial: list[str] = []
    clauses = [(exact, parts) for exact, parts in parsed.marked_clauses() if parts]
    # each piece folded once and remembered (the body is also searched for fragments)
    folded = "\n".join(snippets.normalized(p) for p in pieces) if clauses else ""
    for exact, parts in clauses:
        if snippets.matcher(sorted(exact)).found_in(folded):
            continue
        found = [p for p in parts if p not in common and snippets.matcher([p]).found_in(folded)]
        partial += found
        terms.update(found)
    return Marking(snippets.matcher(sorted(terms)), tuple(dict.fromkeys(partial)))


def article_pieces(article: dict) -> list[str]:
    """The texts an article can match in: title, kicker, subtitle, headings,
    the body and captions (the stored `article` field, search.engine.results.load_article)."""
    pieces = [article.get("title") or "", article.get("kicker") or "", article.get("subtitle") or ""]
    pieces += [s["heading"] for s in article.get("sections", []) if s.get("heading")]
    pieces.append(article.get("text") or "")
    pieces += [c.get("text") or "" for c in article.get("captions", [])]
    return pieces
