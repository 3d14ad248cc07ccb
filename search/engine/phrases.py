"""Exact phrases over character bigrams, whatever the backend: which bigrams
of a run to look up (`cover`). Whoosh's matcher for runs is
search.engine.backends.whoosh_phrases; Xapian's is its own phrase query
(search.engine.backends.xapian_query).
"""
from __future__ import annotations


def cover(frequencies: list[int]) -> list[int]:
    """Indices of bigrams that cover every character of a run, with the
    fewest postings in all (frequencies: each bigram's document frequency).

    Bigram i holds characters i and i+1, so a cover takes the first and the
    last bigram and never skips two in a row; any such set pins every
    character in place. Cross-word bigrams (术产 in 高新技术产业开发区) are
    rare, so picking them reads a few thousand postings where every other
    bigram (高新 技术 产业 …) read over a hundred thousand at 50,000 articles.
    """
    last = len(frequencies) - 1
    # best[i]: (cost, picks) of the cheapest cover of characters 0..i+1 ending with bigram i
    best: list[tuple[int, list[int]]] = [(frequencies[0], [0])]
    for i in range(1, last + 1):
        before = [best[j] for j in (i - 1, i - 2) if j >= 0]
        cost, picks = min(before, key=lambda cp: cp[0])
        best.append((cost + frequencies[i], [*picks, i]))
    return best[last][1]
