"""The figure extractor against the judged set (tests/quality/figures.tsv):
value + unit at least 95% precise and 85% recalled, measures 85% precise."""
from __future__ import annotations

from tests.quality.figures_score import load, score

JUDGED = load()


def test_the_judged_set_is_large_and_every_sentence_is_on_its_page():
    from tests.quality.figures_score import page_figures
    assert len([j for j in JUDGED if j.text != "-"]) >= 200
    for page in {j.page for j in JUDGED}:
        assert page_figures(page) is not None
    # a sentence judged but not found on its page would be scored as all missed
    assert all(j.sentence.strip() == j.sentence for j in JUDGED)


def test_figures_meet_the_quality_thresholds():
    result = score(JUDGED)
    assert result.precision >= 0.95, result.misses
    assert result.recall >= 0.85, result.misses
    assert result.measure_precision >= 0.85, result.misses
    assert result.measured >= 0.8 * result.matched  # precise because it names most figures, not by naming few
