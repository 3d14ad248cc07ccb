"""search.text.figures: numbers, units, ranges and qualifiers read from a sentence."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from search.text.figures import Figure, Kind, in_sections, in_sentence, sentences

# sentence -> (printed text, value, high, unit, qualifiers) of its first figure
CASES = [
    ("发放各类青年人才补贴9000多万元。", ("9000多万元", 9e7, None, "元", ("多",))),
    ("计划总投资84.1亿元。", ("84.1亿元", 8.41e9, None, "元", ())),
    ("引进人才三千人。", ("三千人", 3000, None, "人", ())),
    ("完成产值1.2万元。", ("1.2万元", 12000, None, "元", ())),
    ("争取资金两亿元。", ("两亿元", 2e8, None, "元", ())),
    ("每人补贴10—20万元。", ("10—20万元", 1e5, 2e5, "元", ())),
    ("补贴5万-10万元。", ("5万-10万元", 5e4, 1e5, "元", ())),
    ("营业收入同比增长12.5%。", ("12.5%", 12.5, None, "%", ("同比增长",))),
    ("带动2500家以上市场主体。", ("2500家以上", 2500, None, "家", ("以上",))),
    ("服务企业约1,200家。", ("1,200家", 1200, None, "家", ("约",))),
    ("规划面积3.5平方公里。", ("3.5平方公里", 3.5e6, None, "平方米", ())),
    ("流转土地1500亩。", ("1500亩", 1e6, None, "平方米", ())),
    ("超七成企业有研发活动。", ("七成", 70, None, "%", ("超",))),
    ("占比百分之二十。", ("百分之二十", 20, None, "%", ())),
    ("融资5000万美元。", ("5000万美元", 5e7, None, "美元", ())),
    ("累计培养3.2万人次。", ("3.2万人次", 32000, None, "人次", ("累计",))),
    ("走访企业200余家次。", ("200余家次", 200, None, "家次", ("余",))),
    ("專項資金１２億元。", ("１２億元", 1.2e9, None, "元", ())),
    ("研发投入增长3个百分点。", ("3个百分点", 3, None, "个百分点", ("增长",))),
    ("上缴税收近亿元。", ("近亿元", 1e8, None, "元", ("近",))),
    ("团队成员一半以上具有博士学位。", ("一半以上", 50, None, "%", ("以上",))),
    ("同比增长百分之十二点五。", ("百分之十二点五", 12.5, None, "%", ("同比增长",))),
    ("国资在投基金22只。", ("22只", 22, None, "只", ())),
    ("召开培育会1期。", ("1期", 1, None, "期", ())),
    ("给予最高200万元奖励。", ("200万元", 2e6, None, "元", ("最高",))),
]


@pytest.mark.parametrize("sentence, expected", CASES)
def test_reads_the_first_figure(sentence, expected):
    first = in_sentence(sentence)[0]
    assert (first.text, first.value, first.high, first.unit, first.qualifiers) == expected


@pytest.mark.parametrize("sentence", [
    "进入国家第二批专精特新小巨人企业名单。",  # an ordinal
    "推动5G基站建设。",  # a code, no unit
    "一个都不能少，一项一项抓落实。",  # 一 as an article
    "发行5亿人民币债券。",  # 人 of 人民币 is no head count
    "用时3个月完成。",  # 个月 is time
    "数十家企业参加。",  # vague
    "11家企业成为标杆。",  # 成为 is a verb: only 11家 is a figure
    "排名前3名的机构。",  # a rank
    "出台《支持科技创新八条政策》。",  # inside a title
    "争当“六个示范”。",  # a slogan
    "中航工业直升机设计研究所(景德镇602所)。",  # a name
    "用时57个工作日。",  # time
    "启动二期项目。",  # a phase
])
def test_what_is_not_a_figure(sentence):
    assert [f.text for f in in_sentence(sentence)] in ([], ["11家"])


def test_figures_keep_their_sentence_and_anchor():
    sections = [{"heading": None, "text": "第一段。\n引进企业30家，投资5亿元。发放补贴2000万元。"}]
    found = in_sections(sections)
    assert [(f.text, f.anchor, f.sentence) for f in found] == [
        ("30家", "s0-1-0", "引进企业30家，投资5亿元。"), ("5亿元", "s0-1-0", "引进企业30家，投资5亿元。"),
        ("2000万元", "s0-1-1", "发放补贴2000万元。")]
    assert all(Figure.from_json(f.to_json()) == f for f in found)
    assert found[0].kind is Kind.COUNT and found[1].kind is Kind.MONEY


@given(st.text(alphabet="补贴企业家万亿元0123456789.,，。；！？%三千两十百零〇点成亩多余约近超以上—-《》“”第前/",
               max_size=60))
def test_sentences_give_the_paragraph_back_and_figures_are_in_their_sentence(paragraph):
    assert "".join(sentences(paragraph)) == paragraph
    for sentence in sentences(paragraph):
        for figure in in_sentence(sentence):
            assert figure.text in sentence and figure.measure in sentence
