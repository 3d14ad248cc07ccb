"""Article -> index document: the fields of search.index.schema, filled in."""
from __future__ import annotations

import datetime as dt
import json

from indexer.parse import Article
from search.index.schema import GRAMS_FIELD, TEXT_FIELDS, author_value, policy_value
from search.text import figures, gazetteer


def to_document(article: Article, page_sha: str) -> dict:
    """The Whoosh document for one parsed article."""
    data = article.to_json()
    doc = {
        "id": article.id,
        "source": article.source,
        "page_sha": page_sha,
        "title": article.title,
        # the subtitle (副题) and the dateline are searched with the kicker: they frame the article
        "kicker": " ".join(filter(None, [article.kicker, article.subtitle, article.dateline])),
        "headings": "\n".join(s.heading for s in article.sections if s.heading),
        "text": article.text,
        "captions": "\n".join(c.text for c in article.captions if c.text),
        "policies": "\n".join(article.policies),
        "zones": ",".join(article.zones),
        "authors": ",".join(filter(None, (author_value(a) for a in article.authors))),
        "policy": ",".join(policy_value(p) for p in article.policies),
        "kind": str(article.kind),
        "date_inferred": article.date_inferred,
        "article": json.dumps(data, ensure_ascii=False),
        "figures": json.dumps([f.to_json() for f in figures.in_sections(data["sections"])], ensure_ascii=False),
    }
    doc[GRAMS_FIELD] = "\n".join(doc[name] for name in TEXT_FIELDS if doc[name])
    if article.zone:
        doc["zone"] = article.zone
        province = gazetteer.province_of(article.zone)
        if province:
            doc["province"] = province
    if article.page.newspaper:
        doc["newspaper"] = article.page.newspaper
    if article.page.page_name:
        doc["page_name"] = article.page.page_name
    if article.date:
        doc["date"] = dt.datetime.combine(article.date, dt.time())
        doc["year"] = article.date.year
        doc["month"] = article.date.year * 100 + article.date.month
    return doc
