"""Each line rule of indexer.lines has a fixture page (tests/data/rules/<rule>.txt)
and types exactly the lines listed here, in simplified and traditional script."""
from __future__ import annotations

from pathlib import Path

import pytest

from indexer.lines import RULES, type_lines
from indexer.model import LineKind

RULE_PAGES = Path(__file__).resolve().parent / "data" / "rules"

# Rule name -> the lines of its fixture page that it must type, as printed.
TAKES = {
    "markup-heading": ["# 甲乙高新区：标题一", "## 小标题"],
    "script-mark": ["【导语】今年以来，甲乙高新区新增企业三千家。",
                    "【同期声】甲乙高新区管委会主任 张三：我们将继续优化营商环境。", "【记者】杨海灵", "【编辑】张洁"],
    "masthead": ["中国高新技术产业导报 2023年5月8日 星期一 第5版", "二〇二三年五月八日", "2023.05.08",
                 "NO.22-23 2014年1月30日", "甲乙高新区（丙区）专版", "**——丁戊高新区专版**",
                 "2023年5月8日 星期一 第5版"],
    "article-date": ["（2024年12月17日）"],
    "jump-marker": ["（下转第3版）", "（上接第1版）", "（下转P.20）"],
    "editor-line": ["责任编辑：王芳", "（编辑 李强）", "本版责编：张三 美编：李四", "【责任编辑】张 丽"],
    "column-label": ["【高新区动态】", "■ 园区快讯", "■区县·园区", "## 简讯", "要闻简报", "支柱产业名片", "组图",
                     "短评", "## 微点评", "## 政策问答"],
    "furniture": ["今日导读", "甲乙高新区获批国家级孵化器 ▶2版", "丙丁高新区人才新政出台 详见第3版", "扫码阅读全文",
                  "本版邮箱：gxq@example.com", "今天白天 多云转晴 23℃～31℃ 东南风2级",
                  "更正：本报6月1日第3版《某某》一文中“张三”应为“张四”，特此更正。", "广告",
                  "国内统一连续出版物号 CN11-0078", "【提示】▶2版 甲乙高新区获批国家级孵化器",
                  "[ 信息发布：本站 | 发布时间：2023-09-10 | 浏览：492次 ]", "2017-12-01 1718",
                  "——导出完毕——", "发布时间 Pub Date：2018-05-03", "【原载2013年8月23日】",
                  "原文日期: 2006-09-21", "某某日报社主管主办 某某晚报编辑部出版", "■公示", "本版声明",
                  "下期导读：海淀北部“山后”地区产城融合新观察",
                  "九龙坡区融媒体中心出版 地址：重庆市九龙坡区杨家坪 新闻热线：023-68780000", "图表制作：许志明",
                  "本版文件、法规以正式文本为准", "■下期预告 甬江科创区“总部港”探访",
                  "岗位：SMT操作工30名 质检员10名", "待遇面议 缴纳五险一金", "▶4版 姚江·民生 ▶5版 四明·文化",
                  "益阳城市报社出版 地址：益阳市赫山区桃花仑东路 新闻热线：0737-4222110 本版邮箱：yycsb5@163.com"],
    "byline-mark": ["► 杨柳 黄可", "■ 本报记者 张华", "☉文/安娜"],
    "photo-credit": ["新华社记者 张三 摄", "本报记者 李四摄", "王五摄(影像中国)", "（某某网发 某某供图）", "资料图片",
                     "（本报资料图）", "（资料图片 摄于2020年5月）", "（相关资料图）", "人民图片", "摄影 王斌",
                     "（圖/記者 陳志明攝）", "图片来源:甲乙高新区", "陈敏/摄", "记者 张三 摄影报道",
                     "天山网-新疆日报记者 邹懿摄", "Photos provided to China Daily", "供图 长春新区新闻中心",
                     "符超军李细华摄", "（新華社資料照）", "[Photos Provided to China Daily.]"],
    "byline-roles": ["本报记者 张三 北京报道", "科技日报记者 张伟 通讯员 李娜", "文/黄建国",
                     "（记者 孙丽 实习生 周杰）",
                     "（本报记者 李四参与采写）", "央视记者 张华",
                     "本报记者 李丽云 高博（原载2011年7月7日科技日报一版）"],
    "author-names": ["王帅", "徐浩 赵斯亮", "张华、李强", "——杨学明", "最高人民法院知识产权法庭审判长 岑宏宇"],
    "office-note": ["（高邮市人民政府）", "（当地供稿 宝鸡市委宣传部）", "（德州日报新媒体出品）"],
    "source-line": ["据《工人日报》", "（摘自《人民日报》）", "(转载自《南方周末》)", "(文章来源:工业矿物网)", "（完）",
                    "据中国网",
                    "原标题：庚辛高新区发布人才新政",
                    "（中国高邮）", "（作者系随州市人大常委会副主任，随州高新区党工委书记、管委会主任）",
                    "作者单位：中国科学院科技政策与管理科学研究所", "来自:新华网"],
    "caption-with-credit": ["某车间一角。赵六 摄", "△工人正在调试设备 陈七 摄", "大家合影留念。（某某公司供图）",
                            "贯穿松花江的新铁路桥，张维涛摄影", "Signing ceremony (photo by Chen Qi)",
                            "张江药谷大厦。付伟/照片"],
    "caption-mark": ["△园区全景。", "▲企业展厅一角。", "上图：园区夜景。", "图为企业展厅。", "■领导考察青年创业项目。"],
    "position-caption": ["曹观友（左）和周游斌向嘉宾敬酒。", "刘子健（右3起）推介纪念特刊，郑荣兴（左5起）陪同。",
                         "前排左起：张三、李四、王五。"],
    "scene-caption": ["宜昌高新区一角", "位于襄阳高新区的襄阳保税物流中心", "甲乙高新区夜景", "江油市工业园鸟瞰图",
                      "中新苏滁高新区清流路与徽州路交叉口航拍图",
                      "坪山新区生物医药创新产业园。", "（项目效果图）"],
    "bold-run-in": ["**磁谷建设** 记者从甲乙高新区日前召开的工作会议上获悉，今年将新增稀土企业十家。",
                    "**示范基地**3月1日，记者从省工信委获悉，甲乙高新区入选国家新型工业化产业示范基地。",
                    "**3家药城企业跻身研发百强** 《2018中国药品研发综合实力排行榜》近日揭晓。"],
    "thing-caption": ["建园之初的松山湖。", "正在崛起的新区。", "中光原生产线。"],
    "record-field": ["中国重要报纸全文数据库 检索结果导出", "共1条记录", "【标题】甲乙高新区推出人才新政",
                     "【作者】张三;李四", "【报纸名称】甲乙日报", "【日期】2023-05-08", "【版次】A06", "【正文】"],
    "unindented-heading": ["甲乙高新区：科技攀“高”，“新”潮澎湃", "▲丙丁高新区崛起两大千亿级产业集群"],
    "table-row": ["指标 2023年 2024年 增长", "营业收入（亿元） 120 138 15%", "工业产值（亿元） 80 91 13.8%"],
    "headline-byline": ["科技甲乙 百闻不如一见 □记者 王望"],
    "bare-heading": ["甲乙高新区推出人才新政", "如何留住人才？"],
    "paragraph": ["近日，甲乙高新区召开会议，研究部署人才工作。", "会议指出，要持续优化营商环境。"],
}


def _printed_lines(page: str, rule: str) -> list[str]:
    """The page's lines (as printed, white space tidied) that a rule typed."""
    raw = page.split("\n")
    numbers = dict.fromkeys(line.number for line in type_lines(page) if line.rule == rule)
    return [" ".join(raw[n - 1].split()) for n in numbers]


def test_every_rule_has_a_fixture_page_and_a_row():
    assert sorted(rule.name for rule in RULES) == sorted(TAKES)
    assert sorted(p.stem for p in RULE_PAGES.glob("*.txt")) == sorted(TAKES)
    assert all(rule.doc for rule in RULES)


@pytest.mark.parametrize("rule", sorted(TAKES))
def test_rule_types_its_fixture_lines(rule):
    assert _printed_lines((RULE_PAGES / f"{rule}.txt").read_text("utf-8"), rule) == TAKES[rule]


@pytest.mark.parametrize("rule", sorted(TAKES))
def test_rules_read_traditional_script_alike(rule):
    from opencc import OpenCC
    simplified = (RULE_PAGES / f"{rule}.txt").read_text("utf-8")
    traditional = OpenCC("s2t").convert(simplified)
    assert [(t.number, t.rule) for t in type_lines(traditional)] == [(t.number, t.rule) for t in type_lines(simplified)]


def test_names_come_out_in_the_page_script():
    typed = type_lines("# 標題\n\n本報記者 陳志明 北京報道\n\n正文。\n")
    (byline,) = [t for t in typed if t.kind == LineKind.BYLINE]
    assert byline.names == ["陳志明"]


def test_a_column_label_over_a_headline_is_its_kicker():
    from indexer.parse import parse_page
    first, second = parse_page((RULE_PAGES / "column-label.txt").read_text("utf-8"), "p").articles[:2]
    assert (first.kicker, first.title, second.kicker, second.title) == (
        "高新区动态", "甲乙高新区：标题", "园区快讯", "丙丁高新区推出新政")
