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

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from search.text import segmenter

# Where a clause ends, for the phrase next to a figure (quotation marks do
# not: “三无”企业 is one phrase).
CLAUSE_BREAK = re.compile(r"[,，。;；!！?？、()（）《》【】:：●■◆★▲•]")
# Words that join a measure to its figure (补贴达9000万元, 投资完成113亿元):
# skipped between the two.
LINKS = frozenset((
    "达 达到 为 是 有 约 共 共有 累计 突破 超过 超 近 逾 已达 高达 多达 "
    "总计 合计 共计 同比 分别 比上年 较上年 比去年 较去年 年均 已 将 就 都 "
    "均 再 又 至 到 了 在 分别为 达到了 完成 实现 预计 预计完成 可 可以 能 "
    "有望 已经 提高 增长 下降 提升 近日 目前 拟 增加 名义 大概 大约 约为 "
    "正在 先后 已有 升至 降至 达至 约占 比增 占"
).split())
# Words a measure never reaches back past: the verb that does something
# with it (发放 补贴), when and where (去年, 全区), the subject (该园区).
STOPS = frozenset((
    "发放 完成 实现 带动 入驻 认定 走访 收集 引进 新增 提供 获得 拥有 吸引 "
    "集聚 聚集 兑现 落实 引入 拓展 帮助 推动 支持 促进 建成 建设 打造 开展 "
    "举办 组织 召开 服务 惠及 覆盖 吸纳 招引 引育 落地 落户 参加 参与 达成 "
    "争取 申报 申请 评选 入选 入围 入库 认证 备案 培训 举行 推出 设立 成立 "
    "设置 安排 用于 投放 减免 减税 降费 节约 节省 去年 今年 前年 上半年 "
    "下半年 目前 截至 当年 同期 获批 获评 推送 促成 解决 增设 筹集 推广 "
    "转化 产出 现有 平均 招收 选出 签订 组建 来自 具有 送上 现场 投入 注资 "
    "融资 共计 总计 合计 累计 这座 这 成为 以来 工作日 创立 贡献 宣布 正在 "
    "一片 一方 等 这里 那里 此 这些 我们 他们 成功 联合 决定 坐拥 进行 "
    "至此 其中 此外 同时 以及 并 且 而 还 也 共 该 其 全区 全市 全省 "
    "该园区 该区 公司 有限公司 集团 团队 股份 记者 了解 据 据悉 显示 统计 "
    "表示 介绍 的 以 对 为 向 从 由 给 让 使 将 把 被 后 前 内 里 中 上"
).split())
# Of those, the ones that may be a measure themselves, next to the figure
# (研发投入3亿元, 注资2000万元).
MAY_MEASURE = frozenset("投入 注资 融资 投资".split())
# Verbs whose object is the figure and what follows it (给予30万元奖励,
# 获得500万元贷款, 设立10亿元海洋产业基金, 完成20万平方米的标准化厂房建设).
OBJECT_VERBS = frozenset((
    "给予 获得 设立 贡献 提供 发放 安排 完成 筹集 奖励 补贴 补助 资助 兑现 "
    "拨付 争取"
).split())
OBJECT_VERB = re.compile("|".join(sorted(OBJECT_VERBS, key=len, reverse=True)))
# Words between such a verb and the figure (给予每人每年5万元).
PER = frozenset((
    "每人每年 每家每年 每人 每年 每家 每个 每项 每 一次性 最高 最低 不超过 "
    "不低于 至少"
).split())
# Descriptors dropped from a measure's start (各类青年人才补贴 -> 青年人才补贴).
DROP = frozenset((
    "各类 各项 各级 各种 各 等 已 共 再 全部 所有 一批 全年 我国 我省 我市 "
    "我区 的"
).split())
# Left over from a date before a measure (2020年|高新技术企业突破100家).
DATE_PARTS = frozenset("年 月 日 年度".split())
# Who states a figure, dropped from a measure's start when enough is left
# (国家高新区规模以上工业企业营业收入 -> 规模以上工业企业营业收入, but 国家高新区数量 stays).
SUBJECTS = frozenset("国家高新区 高新区 该园区 该区 全区 全市 全省".split())
NUMERAL_START = "一二两三四五六七八九十几数每"
# Verbs jieba tags as such that name things when a noun follows (创新中心,
# 推介官, 研发平台, 孵化器).
NOMINAL_VERBS = frozenset((
    "创新 推介 研发 孵化 发展 服务 管理 就业 培训 生产 制造 检测 交易 转移 "
    "示范 创业 实验"
).split())
# Never a reason to end a noun phrase after a figure (四个国家级高新区).
NOT_STOPS_AFTER = SUBJECTS | frozenset("公司 有限公司 集团 团队 股份".split())
# Words dropped from its end (技术需求等 -> 技术需求, 数量占全市的 -> 数量占全市).
TRAILING = frozenset("等 的 之 和 及 与".split())
# Words inside a noun phrase after a figure that its part of speech would
# end (157家规模以上企业, 200多条问题及建议).
INSIDE = frozenset("以上 以下 和 及 与".split())
# Parts of speech that end a noun phrase after a figure (新建项目|陆续开工).
NOT_NOUN = ("v", "d", "p", "c", "f", "u")
LONGEST = 18        # characters of a measure phrase
LONGEST_SHARE = 24  # 战略性新兴产业产值占规上工业总产值比重: a share names its whole
MOST_WORDS = 8


@dataclass(frozen=True)
class Place:
    """A figure in its sentence, as the rules see it."""
    sentence: str     # as printed
    folded: str       # searchable form, same length
    start: int        # the figure's span (its qualifiers included)
    end: int
    kind: str         # search.text.figures.Kind value
    taken: list[tuple[int, int]]  # every figure's span in the sentence

    @functools.cached_property
    def clause_before(self) -> int:
        """Where the figure's clause starts: after a clause break or another figure."""
        start = max((m.end() for m in CLAUSE_BREAK.finditer(self.folded, 0, self.start)), default=0)
        return max([start] + [e for s, e in self.taken if e <= self.start])

    def clause_after(self, start: int | None = None) -> int:
        """Where the clause that goes on at `start` (the figure's end) ends."""
        start = self.end if start is None else start
        found = CLAUSE_BREAK.search(self.folded, start)
        end = found.start() if found else len(self.folded)
        return min([end] + [s for s, e in self.taken if s >= start])


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
    for word, tag in _tagged(text):
        out.append((word, at, at + len(word), tag))
        at += len(word)
    return out


@functools.lru_cache(maxsize=4096)  # several rules read the same clause
def _tagged(text: str) -> tuple[tuple[str, str], ...]:
    return tuple(segmenter.tag(text))


def _phrase_before(place: Place, end: int, longest: int = LONGEST, most_words: int = MOST_WORDS,
                   through_de: bool = False) -> tuple[int, int] | None:
    """The noun phrase that ends at `end`, read backwards over jieba's words:
    link words at its end skipped, stopped by a stop word, a numeral, a
    pronoun or the length (`through_de`: 的 does not stop it)."""
    words = _words(place.folded[place.clause_before:end], place.clause_before)
    while words and (words[-1][0] in LINKS or words[-1][0] in TRAILING):
        words.pop()
    kept: list[tuple[str, int, int, str]] = []
    for word in reversed(words):
        if word[0] in STOPS and (kept or word[0] not in MAY_MEASURE) and not (through_de and word[0] == "的"):
            break
        if len(kept) >= most_words or kept and kept[-1][2] - word[1] > longest:
            break
        if not word[0].strip() or word[0][0].isdigit() or (word[3] == "m" and word[0][0] in NUMERAL_START) \
                or word[0].startswith("每"):
            if kept and kept[0][0] in DATE_PARTS:
                kept.pop(0)
            break  # 有一片|总面积: a numeral word is no part of it
        kept.insert(0, word)
    return _trimmed(kept, subject=True)


def _trimmed(kept: list[tuple[str, int, int, str]], subject: bool = False) -> tuple[int, int] | None:
    """A phrase's span, its descriptors, subject, leading verbs and trailing
    particles left out, and its quotation marks balanced."""
    while kept and kept[0][0] in DROP:
        kept.pop(0)
    while kept and kept[-1][0] in TRAILING:
        kept.pop()
    if subject and len(kept) > 2 and kept[0][3] == "ns" and kept[1][0] in SUBJECTS:
        kept.pop(0)  # 无锡|高新区|…: the zone's place name goes with it
    if subject and len(kept) > 1 and kept[0][0] in SUBJECTS and kept[-1][2] - kept[1][1] >= 3:
        kept.pop(0)
    if len(kept) == 1 and len(kept[0][0]) > 3 and kept[0][0][:2] in STOPS:
        kept = [(kept[0][0][2:], kept[0][1] + 2, kept[0][2], kept[0][3])]  # 申请专利 -> 专利, 现有企业 -> 企业
    while kept and kept[0][0] in "“”" and "”" not in "".join(w[0] for w in kept[1:]):
        kept.pop(0)
    while kept and kept[-1][0] in "“”" and "“" not in "".join(w[0] for w in kept[:-1]):
        kept.pop()
    if not kept or kept[-1][2] - kept[0][1] < 2:
        return None
    return kept[0][1], kept[-1][2]


def _phrase_after(place: Place, start: int) -> tuple[int, int] | None:
    """The noun phrase that starts at `start` (after a 的), up to a stop
    word, a link or a verb."""
    if place.folded.startswith("的", start):
        start += 1
    words = _words(place.folded[start:place.clause_after(start)], start)
    kept: list[tuple[str, int, int, str]] = []
    for i, word in enumerate(words):
        stop = word[0] in STOPS and word[0] not in NOT_STOPS_AFTER
        if stop or word[0] in LINKS or not word[0].strip() or len(kept) >= MOST_WORDS:
            break
        when = word[3] == "t" and word[0][-1] in "日天年月时"
        if not kept and (word[3] in ("c", "p", "d", "u", "r", "f", "m") or when):
            return None  # 5家以上|且通过率, 二十人|前日赴东莞: no noun follows the figure
        if not kept and word[3] == "v" and word[0] not in NOMINAL_VERBS:
            return None  # 7.5平方公里|扩大到…: a verb follows it, what it measures is before
        # 新建项目|陆续开工: a verb or adverb ends the noun, unless a noun
        # follows the verb (创新|中心, 推介|官)
        nominal = word[0] in NOMINAL_VERBS and i + 1 < len(words) and words[i + 1][3].startswith("n")
        if kept and word[3] != "vn" and word[3].startswith(NOT_NOUN) and word[0] not in INSIDE and not nominal:
            break
        kept.append(word)
    span = _trimmed(kept)
    if span is None or span[1] - span[0] > LONGEST:
        return None
    return span


def _verb_before(place: Place) -> str:
    """The verb that takes the figure as its object (给予, 完成…), or '':
    the word before it, link words and 每人/最高… skipped."""
    if not OBJECT_VERB.search(place.folded, place.clause_before, place.start):
        return ""  # most clauses have none: no need to cut them
    words = _words(place.folded[place.clause_before:place.start], place.clause_before)
    for word, *_ in reversed(words):
        if word in OBJECT_VERBS:
            return word
        if word not in LINKS and word not in PER:
            return ""
    return ""


LABEL = re.compile(r"([^,，。;；:：、()（）\d]{2,16})[:：]\s*$")


def _label(place: Place) -> tuple[int, int] | None:
    found = LABEL.search(place.folded, 0, place.start)
    return found.span(1) if found else None


def _list_shared_noun(place: Place) -> tuple[int, int] | None:
    end = place.end
    following = {s: e for s, e in place.taken}
    if end + 1 not in following or place.folded[end] != "、":
        return None
    if not _verb_before(place) and _phrase_before(place, place.start):
        return None  # 国家级研发机构4个、4个院士专家工作站: each has its own noun
    while end + 1 in following and place.folded[end] == "、":
        end = following[end + 1]
    return _phrase_after(place, end)


def _object_of_verb(place: Place) -> tuple[int, int] | None:
    if not _verb_before(place):
        return None
    return _phrase_after(place, place.end)


def _counted_noun_after(place: Place) -> tuple[int, int] | None:
    if place.kind not in ("count", "area"):
        return None
    return _phrase_after(place, place.end)


def _share_of_following(place: Place) -> tuple[int, int] | None:
    if place.kind != "share" or not place.folded.startswith("的", place.end):
        return None
    return _phrase_after(place, place.end)


SHARE_OF = re.compile(r"占|比重|占比")


def _share_of_whole(place: Place) -> tuple[int, int] | None:
    found = list(SHARE_OF.finditer(place.folded, place.clause_before, place.start)) if place.kind == "share" else []
    if not found:
        return None
    span = _phrase_before(place, place.start, LONGEST_SHARE, 2 * MOST_WORDS, through_de=True)
    if span is None:
        return None
    # 占园区总立项数的40%: the share names what it is part of, from 占 on at least
    return min(span[0], found[0].start()), span[1]


def _noun_before(place: Place) -> tuple[int, int] | None:
    return _phrase_before(place, place.start)


def _noun_after(place: Place) -> tuple[int, int] | None:
    return _phrase_after(place, place.end)


RULES: tuple[Rule, ...] = (
    Rule("label-colon", "总投资：5亿元: the label before a colon", _label),
    Rule("list-shared-noun", "给予5万元、3万元、2万元奖励: figures listed before the noun they share",
         _list_shared_noun),
    Rule("object-of-verb", "给予30万元奖励, 获得500万元贷款, 提供最高100万元的创业补贴: the noun after a "
         "figure that a verb gives or gets", _object_of_verb),
    Rule("counted-noun-after", "培育200家现代服务业企业, 坐拥3000亩白云湖: the noun a count or an area measures",
         _counted_noun_after),
    Rule("share-of-following", "国内80%以上的核心生物医药园区: the noun a share is of, after it",
         _share_of_following),
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
