"""Kinds of article (体裁): the one list, read by the parser, the query
reader, the filters, the API description and the pages.

Each kind has its URL/JSON value, its Chinese label, and the words a user
may type for it (`kind:图片新闻`, `kind=photo`).
"""
from __future__ import annotations

import enum


class Kind(enum.StrEnum):
    """What an article is."""
    FEATURE = "feature"        # 通讯: sub-headings, or a long bylined piece
    BRIEF = "brief"            # 简讯 / 消息, and short items without a headline
    PHOTO = "photo"            # 图片新闻
    INTERVIEW = "interview"    # 访谈: 记者：… 答：…, 问：… 答：…
    COMMENTARY = "commentary"  # 评论: 评论员文章, 短评, 述评


LABELS: dict[str, str] = {Kind.FEATURE: "通讯", Kind.BRIEF: "简讯", Kind.PHOTO: "图片新闻",
                          Kind.INTERVIEW: "访谈", Kind.COMMENTARY: "评论"}

# What a user may type for a kind (values, labels and common synonyms), lower case.
WORDS: dict[str, str] = {
    **{str(kind): str(kind) for kind in Kind},
    **{label: str(kind) for kind, label in LABELS.items()},
    "特写": Kind.FEATURE, "报道": Kind.FEATURE, "消息": Kind.BRIEF, "快讯": Kind.BRIEF,
    "图片": Kind.PHOTO, "图": Kind.PHOTO, "组图": Kind.PHOTO,
    "专访": Kind.INTERVIEW, "访问": Kind.INTERVIEW, "对话": Kind.INTERVIEW,
    "评论员文章": Kind.COMMENTARY, "短评": Kind.COMMENTARY, "述评": Kind.COMMENTARY, "社论": Kind.COMMENTARY,
    "时评": Kind.COMMENTARY,
}
WORDS = {word: str(kind) for word, kind in WORDS.items()}


def values() -> list[str]:
    """Every kind's URL value, in the order of the enum."""
    return [str(kind) for kind in Kind]


def described() -> str:
    """The kinds for an error message: `feature（通讯）、brief（简讯）…`."""
    return "、".join(f"{kind}（{LABELS[kind]}）" for kind in Kind)
