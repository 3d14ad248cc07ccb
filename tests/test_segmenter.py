"""rjieba must cut Chinese like jieba 0.42.1 does, proven on the seed corpus."""
from __future__ import annotations

import logging
import re
import warnings

import pytest

from search.text import segmenter
from search.text.cjk import HAN

CJK_RUN = re.compile(rf"[{HAN}]+")


@pytest.fixture(scope="module")
def stock_jieba():
    # jieba 0.42.1 has invalid escape sequences (a SyntaxWarning when its files
    # are compiled afresh) and imports pkg_resources (a DeprecationWarning):
    # silenced here only, for the import of that one reference package.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SyntaxWarning)
        warnings.simplefilter("ignore", DeprecationWarning)
        import jieba
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def test_rjieba_cuts_every_seed_run_like_jieba(seeds_dir, stock_jieba):
    import rjieba  # the same dictionary as jieba, without our domain words
    runs = [run for page in sorted(seeds_dir.glob("*.txt"))
            for run in CJK_RUN.findall(page.read_text("utf-8"))]
    assert len(runs) > 1000
    differ = [run for run in runs if list(stock_jieba.cut(run)) != rjieba.cut(run)]
    assert differ == []


def test_domain_dictionary_is_loaded_once():
    assert segmenter.load() is segmenter.load()
    assert segmenter.cut("专精特新企业帮代办") == ["专精特新", "企业", "帮代办"]
