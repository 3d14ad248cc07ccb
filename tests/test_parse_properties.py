"""Property tests: the parser never crashes and every character of a page is
accounted for: in an article (title, kicker, subtitle, headings, text,
captions, credits, authors, or the markup taken off its lines), in the page's
masthead, or in the text reported as left out."""
from __future__ import annotations

from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from indexer.parse import parse_page

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80)
WORD = st.text(CJK, min_size=1, max_size=12)
PUNCT = st.sampled_from(["。", "，", ",", "：", "”", "“", "、", "", "", "", "！", "？"])
SENTENCE = st.builds(lambda a, p, b, e: a + p + b + e, WORD, PUNCT, WORD, st.sampled_from(["。", "", "！"]))
NAMES = st.lists(st.sampled_from(["张三", "李四", "王小明", "陳志明", "欧阳晓明"]), min_size=1, max_size=3, unique=True)
FIXED = st.sampled_from([
    "王帅", "图片来源:某某高新区", "陈敏/摄", "科技日报记者/龙跃梅", "本报讯 (记者 戈清平)近日。",
    "新华社记者 张三 摄", "本报记者 李四摄", "王五摄(影像中国)", "（某某网发 某某供图）", "资料图片",
    "（圖/記者 陳志明攝）", "本报记者 张三 北京报道", "文/张三", "（记者 张三 实习生 李四）", "责任编辑：王芳",
    "（下转第3版）", "（上接第1版）", "科技日报 2023年8月15日 星期二 第3版", "好消息！某某高新區獲批",
    "新华社北京9月12日电（记者 张三）近日，甲乙高新区召开会议。", "【某某网讯】近日。", "——某某高新区纪实",
    "【高新区动态】", "■ 园区快讯",
    "【正文】", "【日期】2023-05-08", "【作者】张三;李四", "标题：某某高新区", "原标题：某某高新区",
    "本报综合报道 近日。",
    "（苏州讯）近日。", "天津12月18日（记者 张三）近日。", "（综合央视网、荆楚网）", "▶今日导读", "■领导考察项目。",
    # the copies' and print forms of the fourth session: a Weibo post, a government site's record, a
    # digest's writer, a script's marks, a wire's editor code, a posted line, a marked credit
    "#某某高新区# 网页链接", "23-2-17 12:41 来自 微博网页版", "索 引 号：11610500MB1566012X",
    "（摘自5月24日《人民日报》　张三/文）", "【同期声】某某高新区 张三：今年大有可为。", "【记者】张三",
    "近日，某某成立。（编辑：李四）1090824", "2020-08-24 中央社",
    "■记者 张三 摄", "◎ 某某高新区管委会", "口述：张三　采访：李四", "1.jpg", "| 1 | 某某 | 98 |",
])
LINE = st.one_of(
    SENTENCE,
    FIXED,
    st.builds(lambda w: "# " + w, WORD),
    st.builds(lambda w: "## " + w, WORD),
    st.builds(lambda w: w + "高新区：" + w, WORD),
    st.builds(lambda w: w + "高新區：" + w, WORD),
    st.builds(lambda n: "► " + " ".join(n), NAMES),
    st.builds(lambda n: " ".join(n), NAMES),
    st.builds(lambda s: s + " 金晓", SENTENCE),
    st.builds(lambda s, n: s + "。" + n + " 摄", SENTENCE, st.sampled_from(["赵六", "陈七"])),
    st.builds(lambda s: "△" + s, SENTENCE),
    st.builds(lambda s: "\u3000\u3000" + s, SENTENCE),  # an indented paragraph
    st.builds(lambda w: "**" + w + "**", WORD),           # a bold heading
    st.builds(lambda w: "【标题】" + w, WORD),             # a database export's field
    st.builds(lambda w: "▲" + w, WORD),
    st.builds(lambda w, s: "【" + w + w + w + "】" + s + s, WORD, SENTENCE),  # a post's title run into its text
    st.builds(lambda w: "〔" + w + "〕" + w, WORD),   # a category's tag before a headline
    st.builds(lambda w: "◎" + w, WORD),              # a headline's mark
    st.builds(lambda s: s + "（新宣 摄）", SENTENCE),  # a bracketed credit of any party
    st.builds(lambda s: "①" + s, SENTENCE),          # a numbered caption
    st.builds(lambda s: s + "... 2020-08-17 15:50:29", SENTENCE),  # a list's summary and its time
    st.builds(lambda s: s + "〔台灣網〕", SENTENCE),   # a source note at a text's end
)
PAGE = st.lists(st.tuples(LINE, st.integers(1, 4)), max_size=25).map(
    lambda lines: "".join(line + "\n" * gap for line, gap in lines))
IGNORED = set(" \u3000\n\t#*")  # white space and heading markup (`#`, `**…**`) carry no text


def chars(text: str) -> Counter:
    return Counter(ch for ch in text if ch not in IGNORED)


def accounted(result) -> Counter:
    """Every character the parser put somewhere a reader or a report sees."""
    parts = list(result.masthead) + [item.text for item in result.left_out]
    for a in result.articles:
        parts += [a.title, a.kicker or "", a.subtitle or "", a.text, *a.authors, *a.markup]
        parts += [s.heading or "" for s in a.sections]
        for c in a.captions:
            parts += [c.text, c.credit or ""]
    return chars("".join(parts))


@settings(max_examples=400, deadline=None)
@given(PAGE)
@example("△一。一。\n1.jpg\n")  # a marked caption over a picture's file name: no site's name over its menu
@example("一高新区：一\n一。一。\n◎一\n一。一。（新宣 摄）\n一。一。（新宣 摄）\n")  # a series heading's ◎
@example("一。一。\n一，一〔台灣網〕\n〔上丧〕上丧\n")  # a tag's brackets after a source note
@example("一高新区：一\n一“一 金晓\n一高新区：一\n")  # a kicker over a headline opening with a phrase of its own
def test_every_character_is_in_an_article_or_reported(page):
    result = parse_page(page, "page.txt")
    lost = chars(page) - accounted(result)
    assert not lost, (lost, page, result.left_out)


@settings(max_examples=200, deadline=None)
@given(PAGE)
def test_left_out_text_is_said_in_a_note(page):
    result = parse_page(page, "page.txt")
    if result.left_out:
        assert any(f"{result.left_out_chars} characters belong to no article" in n for n in result.notes)
    else:
        assert not any("belong to no article" in n for n in result.notes)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
@example("版次:\x1c")  # a header key over a control character str.split() takes for white space
def test_parser_survives_any_text(text):
    result = parse_page(text, "junk.txt")
    for article in result.articles:
        assert article.id and article.to_json()["title"] is not None
