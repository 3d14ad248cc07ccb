"""Property tests: the parser never crashes and never loses a paragraph's words."""
from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.parse import parse_page

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80)
WORD = st.text(CJK, min_size=1, max_size=12)
PUNCT = st.sampled_from(["。", "，", ",", "：", "”", "“", "、", "", "", ""])
SENTENCE = st.builds(lambda a, p, b, e: a + p + b + e, WORD, PUNCT, WORD, st.sampled_from(["。", "", "！"]))
LINE = st.one_of(
    SENTENCE,
    st.builds(lambda w: "# " + w, WORD),
    st.builds(lambda w: "## " + w, WORD),
    st.builds(lambda w: w + "高新区：" + w, WORD),
    st.builds(lambda n: "► " + " ".join(n), st.lists(st.sampled_from(["张三", "李四", "王小明"]), min_size=1, max_size=3, unique=True)),
    st.sampled_from(["王帅", "图片来源:某某高新区", "陈敏/摄", "科技日报记者/龙跃梅", "本报讯 (记者 戈清平)近日。"]),
    st.builds(lambda s: s + " 金晓", SENTENCE),
)
PAGE = st.lists(st.tuples(LINE, st.integers(1, 4)), max_size=25).map(
    lambda lines: "".join(line + "\n" * gap for line, gap in lines))
# Markup and boilerplate the parser is meant to drop (markers, roles, credit words).
DROPPED = set("#►本报讯记者图片来源摄/（）() 　\n:：,，")


def content_chars(text: str) -> Counter:
    return Counter(ch for ch in text if ch not in DROPPED)


def output_chars(result) -> Counter:
    parts = []
    for a in result.articles:
        parts += [a.title, a.kicker or "", a.text, *a.authors]
        parts += [s.heading or "" for s in a.sections]
        for c in a.captions:
            parts += [c.credit or ""] + ([c.text] if a.kind != "photo" else [])
    return content_chars("".join(parts))


@settings(max_examples=300, deadline=None)
@given(PAGE)
def test_parser_never_crashes_and_loses_no_words(page):
    result = parse_page(page, "page.txt")
    lost = content_chars(page) - output_chars(result)
    # A name repeated in bylines is listed once: repetition is not loss.
    author_chars = {ch for a in result.articles for name in a.authors for ch in name}
    lost = Counter({ch: n for ch, n in lost.items() if ch not in author_chars})
    orphan_note = any("belong to no article" in n for n in result.notes)
    # Characters may be missing only when the parser said so (text before the
    # first headline), or when it made up a photo title (which adds, not loses).
    assert not lost or orphan_note, (lost, page)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_parser_survives_any_text(text):
    result = parse_page(text, "junk.txt")
    for article in result.articles:
        assert article.id and article.to_json()["title"] is not None
