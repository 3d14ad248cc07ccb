"""Sentences across lines: where a paragraph ends, and names glued to its end."""
from __future__ import annotations

import functools
import re

from indexer import names
from search.text import segmenter
from search.text.normalize import to_simplified
from search.text.cjk import HAN

# Paragraph endings after which a sentence is complete.
TERMINAL = tuple("。！？!?…”」』）)；;")
ENGLISH_END = re.compile(r"[A-Za-z\"'’”)]\.$")
PROSE = re.compile(r"[，,、；;：:“”「」（）()]")
NOT_A_CONTINUATION = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]"
                                r"|[△▲■●◆►])")
GLUED_NAMES = re.compile(rf"^(.*[。！？!?”」])\s*((?:[{HAN}]{{2,4}}\s*){{1,4}})$")
CJK_PAIR = re.compile(rf"[{HAN}]{{2}}")
MIN_BROKEN = 16  # a shorter line without punctuation is a label, not half a sentence


@functools.lru_cache(maxsize=1 << 14)  # the line rules fold the same lines many times over
def fold(text: str) -> str:
    """The copy of a text that rules read: simplified script, same length as
    the text, so that a span found in it cuts the text as printed."""
    return to_simplified(text)


def ends_sentence(paragraph: str) -> bool:
    """Whether a paragraph ends a sentence (an English one too, on a
    bilingual page; never `3.` of a number the column broke)."""
    stripped = paragraph.rstrip()
    return stripped.endswith(TERMINAL) or bool(ENGLISH_END.search(stripped))


PROSE_TAIL = 200  # characters of a paragraph's end that show it reads as prose


def continues(first: str, second: str) -> bool:
    """Whether `second` is the rest of a sentence that `first` broke off.

    The evidence: `first` ends without a sentence end, `second` does not
    start a new item (一、, （二）, 1., a bullet), and either `first` reads as
    prose (sentence punctuation inside, or a column's length) or a word runs
    across the break (栏|目, 敏|锐). A short unpunctuated line that no rule
    recognised and that no word ties to the next stays a line of its own.
    """
    if ends_sentence(first) or not second or NOT_A_CONTINUATION.match(second):
        return False
    # (the length first, and punctuation in the text's end only: a page's run of
    # unfinished lines would otherwise be scanned whole at every line)
    return len(first) >= MIN_BROKEN or bool(PROSE.search(first[-PROSE_TAIL:])) or word_across(first, second)


def word_across(first: str, second: str) -> bool:
    """Whether a dictionary word of two or more characters runs across the
    join of two texts (the last characters of one, the first of the other)."""
    jieba = segmenter.load()
    head, tail = fold(first[-3:]), fold(second[:3])
    return any(jieba.has_word(head[-i:] + tail[:j]) for i in range(1, len(head) + 1)
               for j in range(1, len(tail) + 1) if CJK_PAIR.fullmatch(head[-1] + tail[0]))


def word_runs_on(first: str, second: str) -> bool:
    """Whether jieba, reading the join of a line and the next as one text, puts a word across it
    (`…在前期敏` / `锐地捕捉到了…`, `…超五` / `成`): the first breaks off inside a word. Stricter than
    `word_across`, which takes any dictionary word the two ends could make."""
    head, tail = first.rstrip()[-RUN_ON_SPAN:], second.strip()[:RUN_ON_SPAN]
    if not re.search(rf"[{HAN}]$", head) or not re.match(rf"[{HAN}]", tail):
        return False
    start = 0
    for word, _tag in segmenter.tag(head + tail):
        if start < len(head) < start + len(word):
            return True
        start += len(word)
    return False


RUN_ON_SPAN = 6  # characters each side of a join that jieba reads for a word across it


def split_glued_names(paragraph: str) -> tuple[str, list[str]]:
    """Take author names glued to the end of a last paragraph (`…保障。 金晓`)."""
    m = GLUED_NAMES.match(paragraph)
    if not m:
        return paragraph, []
    found = m.group(2).split()
    if found and all(names.is_name(fold(n)) for n in found):
        return m.group(1), found
    return paragraph, []


def han_pairs(text: str) -> set[str]:
    """Every run of two Chinese characters in a text (overlapping): what two texts share of these says
    how much of their wording they share, with no segmenter's word boundaries to disagree on."""
    return {m.group(1) for m in re.finditer(rf"(?=([{HAN}]{{2}}))", text)}
