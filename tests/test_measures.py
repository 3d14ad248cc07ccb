"""Each measure rule of search.text.measures has a fixture: a sentence, the
figure in it, and the phrase the rule must attach to it."""
from __future__ import annotations

import pytest

from search.text.figures import in_sentence
from search.text.measures import RULES

# rule -> (sentence, the figure as printed, the measure it must find)
FIXTURES = {
    "label-colon": ("项目总投资：12亿元。", "12亿元", "项目总投资"),
    "list-shared-noun": ("按通过数量从高到低给予5万元、3万元、2万元奖励。", "5万元", "奖励"),
    "object-of-verb": ("对新引进的博士给予每人每年5万元生活补贴。", "5万元", "生活补贴"),
    "counted-noun-after": ("按计划5年内将在襄阳地区培育200家现代服务业企业。", "200家", "现代服务业企业"),
    "share-of-following": ("服务国内80%以上的核心生物医药园区。", "80%以上", "核心生物医药园区"),
    "share-of-whole": ("战略性新兴产业产值占规上工业总产值比重达35%。", "35%",
                       "战略性新兴产业产值占规上工业总产值比重"),
    "noun-before": ("发放各类青年人才补贴9000多万元，以政策活力吸引人才。", "9000多万元", "青年人才补贴"),
    "noun-after": ("约5亿元的新建项目陆续开工。", "5亿元", "新建项目"),
}
# More cases each rule must get right (and the rule that must take them).
MORE = [
    ("计划总投资84.1亿元。", "84.1亿元", "计划总投资", "noun-before"),
    ("截至目前，全区认定高新技术企业326家。", "326家", "高新技术企业", "noun-before"),
    ("营业收入同比增长12%。", "12%", "营业收入", "noun-before"),
    ("带动2500家以上数字市场主体落户。", "2500家以上", "数字市场主体", "counted-noun-after"),
    ("提供1000个就业岗位。", "1000个", "就业岗位", "object-of-verb"),
    ("走访了3家企业。", "3家", "企业", "counted-noun-after"),
    ("收集困难问题、技术需求等20余项。", "20余项", "技术需求", "noun-before"),
    ("银行营业网点68个，证券公司8家。", "8家", "证券公司", "noun-before"),
    ("获得500万元贷款。", "500万元", "贷款", "object-of-verb"),
    ("为入驻人才提供最高100万元的创业补贴。", "100万元", "创业补贴", "object-of-verb"),
    ("占园区总立项数的40%。", "40%", "占园区总立项数", "share-of-whole"),
    ("累计清零“三无”企业13家。", "13家", "清零“三无”企业", "noun-before"),
    ("收集规模以上企业110余家共五大类200多条问题及建议。", "200多条", "问题及建议", "counted-noun-after"),
    ("上海京颐科技股份有限公司注资2000万元。", "2000万元", "注资", "noun-before"),
    ("外贸进出口预计完成44480万美元。", "44480万美元", "外贸进出口", "noun-before"),
]


def test_every_rule_has_a_fixture():
    assert [rule.name for rule in RULES] == list(FIXTURES)
    assert all(rule.doc for rule in RULES)


@pytest.mark.parametrize("rule", list(FIXTURES))
def test_rule_finds_its_fixture_measure(rule):
    sentence, text, measure = FIXTURES[rule]
    (figure,) = [f for f in in_sentence(sentence) if f.text == text]
    assert (figure.measure, figure.rule) == (measure, rule)


@pytest.mark.parametrize("sentence, text, measure, rule", MORE)
def test_measures_of_common_sentences(sentence, text, measure, rule):
    (figure,) = [f for f in in_sentence(sentence) if f.text == text]
    assert (figure.measure, figure.rule) == (measure, rule)


def test_measures_come_out_in_the_page_script():
    (figure,) = in_sentence("發放各類青年人才補貼9000多萬元。")
    assert figure.measure == "青年人才補貼"
