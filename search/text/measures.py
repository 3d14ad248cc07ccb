"""What a figure measures: one declared table of rules, tried in order, the
first that finds a phrase wins.

Each rule sees the figure's place in its sentence (search.text.figures):
the sentence as printed and its searchable form (same length), and the
figure's span. Rules read the searchable form, cut jieba's words from the
clause around the figure and return the phrase as printed. To teach the
extractor a new way of writing, add a rule (a name, a docstring, a function)
and its fixture in tests/test_measures.py.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from search.text import segmenter

# Where a clause ends, for the phrase next to a figure.
CLAUSE_BREAK = re.compile(r"[,，。;；!！?？、()（）“”\"《》【】:：]")
# Words that join a measure to its figure (发放补贴达9000万元 -> 补贴).
LINKS = frozenset("达 达到 为 是 有 约 共 共有 累计 突破 超过 超 近 逾 已达 高达 多达 总计 合计 共计 同比 分别 比上年 较上年 "
                  "比去年 较去年 年均 已 将 就 都 均 再 又 至 到 了 在 分别为 达到了".split())
# Words a measure never reaches back past: the verb that does something
# with it (发放 补贴), when and where (去年, 全区), the subject (该园区).
STOPS = frozenset("发放 完成 实现 带动 入驻 认定 走访 收集 引进 新增 培育 提供 签约 获得 拥有 吸引 集聚 聚集 兑现 落实 "
                  "引入 拓展 帮助 推动 支持 促进 建成 建设 打造 开展 举办 组织 召开 服务 惠及 覆盖 吸纳 招引 引育 孵化 落地 落户 "
                  "参加 参与 达成 争取 申报 申请 评选 入选 入围 入库 认证 备案 培训 举行 推出 设立 成立 设置 安排 "
                  "用于 投放 减免 减税 降费 节约 节省 节约了 去年 今年 前年 全年 上半年 下半年 目前 截至 当年 同期 "
                  "其中 此外 同时 以及 和 与 及 并 且 而 还 也 共 该 这 其 全区 全市 全省 园区 高新区 该园区 该区 "
                  "记者 了解 据 据悉 显示 统计 表示 介绍 的 等 以 对 为 向 从 由 给 让 使 将 把 被 后 前 内 里 中 上".split())
# Descriptors dropped from a measure's start (各类青年人才补贴 -> 青年人才补贴).
DROP = frozenset("各类 各项 各级 各种 各 相关 等 新 已 共 全部 所有 一批".split())
# Words dropped from its end (技术需求等 -> 技术需求, 数量占全市的 -> 数量占全市).
TRAILING = frozenset("等 的 之".split())
LONGEST = 16        # characters of a measure phrase
LONGEST_SHARE = 24  # 战略性新兴产业产值占规上工业总产值比重: a share names its whole
MOST_WORDS = 6


@dataclass(frozen=True)
class Place:
    """A figure in its sentence, as the rules see it."""
    sentence: str     # as printed
    folded: str       # searchable form, same length
    start: int        # the figure's span (its qualifiers included)
    end: int
    kind: str         # search.text.figures.Kind value
    taken: list[tuple[int, int]]  # every figure's span in the sentence

    def clause_before(self) -> int:
        """Where the figure's clause starts: after a clause break or another figure."""
        start = max((m.end() for m in CLAUSE_BREAK.finditer(self.folded, 0, self.start)), default=0)
        return max([start] + [e for s, e in self.taken if e <= self.start])

    def clause_after(self) -> int:
        """Where the figure's clause ends."""
        found = CLAUSE_BREAK.search(self.folded, self.end)
        end = found.start() if found else len(self.folded)
        return min([end] + [s for s, e in self.taken if s >= self.end])


@dataclass(frozen=True)
class Found:
    """A measure phrase (as printed) and the rule that found it."""
    phrase: str
    rule: str


@dataclass(frozen=True)
class Rule:
    """A measure rule: its name, what it recognises, and a function that
    returns the phrase's span in the sentence or None."""
    name: str
    doc: str
    apply: Callable[[Place], tuple[int, int] | None]


def _words(text: str, offset: int) -> list[tuple[str, int, int, str]]:
    """jieba's words of text with their offsets (text starting at offset) and tags."""
    out, at = [], offset
    for word, tag in segmenter.tag(text):
        out.append((word, at, at + len(word), tag))
        at += len(word)
    return out


def _phrase_before(place: Place, end: int, longest: int = LONGEST, most_words: int = MOST_WORDS
                   ) -> tuple[int, int] | None:
    """The noun phrase that ends at `end`, read backwards over jieba's words:
    link words at its end skipped, stopped by a stop word or the length."""
    words = _words(place.folded[place.clause_before():end], place.clause_before())
    while words and words[-1][0] in LINKS:
        words.pop()
    kept: list[tuple[str, int, int, str]] = []
    for word in reversed(words):
        if (word[0] in STOPS and kept) or len(kept) >= most_words or kept and kept[0][2] - word[1] > longest:
            break
        if not word[0].strip() or word[0].isdigit():
            break
        kept.insert(0, word)
    while kept and kept[0][0] in DROP | LINKS:
        kept.pop(0)
    while kept and kept[-1][0] in TRAILING:
        kept.pop()
    if not kept or kept[-1][2] - kept[0][1] < 2:
        return None
    return kept[0][1], kept[-1][2]


def _phrase_after(place: Place, start: int) -> tuple[int, int] | None:
    """The noun phrase that starts at `start`, up to a stop word or link."""
    words = _words(place.folded[start:place.clause_after()], start)
    kept: list[tuple[str, int, int, str]] = []
    for word in words:
        if word[0] in STOPS or word[0] in LINKS or not word[0].strip() or len(kept) >= MOST_WORDS:
            break
        if not kept and word[3] in ("c", "p", "d", "u", "r", "f", "m"):
            return None  # 5家以上|且通过率: a conjunction, not a noun, follows the figure
        if kept and word[3] in ("v", "d", "p", "c"):  # 新建项目|陆续开工: a verb or adverb ends the noun
            break
        kept.append(word)
    while kept and kept[0][0] in DROP:
        kept.pop(0)
    if not kept or kept[-1][2] - kept[0][1] < 2 or kept[-1][2] - kept[0][1] > LONGEST:
        return None
    return kept[0][1], kept[-1][2]


LABEL = re.compile(r"([^,，。;；:：、()（）]{2,16})[:：]\s*$")


def _label(place: Place) -> tuple[int, int] | None:
    found = LABEL.search(place.folded, 0, place.start)
    return found.span(1) if found else None


def _counted_noun_after(place: Place) -> tuple[int, int] | None:
    if place.kind != "count":
        return None
    return _phrase_after(place, place.end)


SHARE_OF = re.compile(r"占|比重|占比")


def _share_of_whole(place: Place) -> tuple[int, int] | None:
    if place.kind != "share" or not SHARE_OF.search(place.folded, place.clause_before(), place.start):
        return None
    return _phrase_before(place, place.start, LONGEST_SHARE, 2 * MOST_WORDS)


def _noun_before(place: Place) -> tuple[int, int] | None:
    return _phrase_before(place, place.start)




def _noun_after(place: Place) -> tuple[int, int] | None:
    start = place.end + (1 if place.folded.startswith("的", place.end) else 0)
    return _phrase_after(place, start)


RULES: tuple[Rule, ...] = (
    Rule("label-colon", "总投资：5亿元: the label before a colon", _label),
    Rule("counted-noun-after", "培育200家现代服务业企业, 提供1000个就业岗位: the noun a count counts",
         _counted_noun_after),
    Rule("share-of-whole", "新兴产业产值占工业总产值比重达35%: a share with what it is a share of",
         _share_of_whole),
    Rule("noun-before", "发放各类青年人才补贴9000多万元, 高新技术企业6家, 营收同比增长12%: the noun phrase "
         "the figure follows, its verb and link words left out", _noun_before),
    Rule("noun-after", "超三成企业, 5亿元的项目: the noun phrase after the figure", _noun_after),
)


def measure(place: Place) -> Found | None:
    """What the figure at `place` measures, by the first rule that finds a phrase."""
    for rule in RULES:
        span = rule.apply(place)
        if span:
            return Found(place.sentence[span[0]:span[1]].strip(), rule.name)
    return None
