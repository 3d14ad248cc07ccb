"""The 30 benchmark queries: what zone officials and researchers type, as URL
parameters of /search. Words, several words, phrases, traditional characters,
OR and exclusions, zone/province and date filters, newest first, browsing."""
from __future__ import annotations

QUERIES: list[dict[str, str]] = [
    {"q": "人才"},
    {"q": "专精特新"},
    {"q": "招商引资"},
    {"q": "帮代办"},
    {"q": "科技创新"},
    {"q": "营商环境"},
    {"q": "产业链"},
    {"q": "孵化器"},
    {"q": "知识产权"},
    {"q": "企业"},
    {"q": "人才 补贴"},
    {"q": "企业 上市 培育"},
    {"q": "新能源 汽车 项目"},
    {"q": '"招商引资"'},
    {"q": '"专精特新小巨人"'},
    {"q": '"高新技术企业"'},
    {"q": "專精特新"},
    {"q": "人才補貼"},
    {"q": "高新區 招商"},
    {"q": "瞪羚企业 OR 独角兽"},
    {"q": "招商 -上海"},
    {"q": "人才", "zone": "襄阳高新区"},
    {"q": "项目", "zone": "无锡高新区"},
    {"q": "创新", "province": "江苏"},
    {"q": "人才", "from": "2020-01-01", "to": "2020-12-31"},
    {"q": "服务", "from": "2016-01-01", "to": "2017-06-30"},
    {"q": "高新区", "sort": "newest"},
    {"q": "帮代办", "sort": "newest"},
    {"zone": "东湖高新区"},
    {"q": "发展", "province": "湖北", "sort": "newest"},
]
assert len(QUERIES) == 30

# What a worker has served before (ours-warm in bench.query): other queries of
# the same kind, none of them a benchmark query, that leave the postings of
# common terms in the term cache.
PRIMING: list[dict[str, str]] = [
    {"q": q} for q in ("高新区 人才", "国家高新区", "高新技术", "企业 服务", "招商", "项目 投资", "产业园",
                       "技术创新", "科技企业", "研发", "政策", "人才引进", "创业", "专精特新企业",
                       "小巨人", "数字经济", "政务服务", "高质量发展", "开发区", "产业 升级")
]
assert not {p["q"] for p in PRIMING} & {p.get("q") for p in QUERIES}
