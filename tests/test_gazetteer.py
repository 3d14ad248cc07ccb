"""Zone mentions (search.text.gazetteer.find_mentions): found line by line,
they are exactly what one scan of the whole text finds."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search.text import gazetteer


def _names() -> dict[str, list[str]]:
    """Every name a rule matches, by the rule: zone forms, bare brands and
    parks, names confused with a zone, places."""
    names: dict[str, set[str]] = {"forms": set(), "brands": set(), "confused": set(), "places": set()}
    for zone in gazetteer.zones().values():
        names["forms"].update([zone.name, zone.full_name, *zone.short_names, *zone.parks])
        names["brands"].update([*zone.brands, *zone.parks])
        names["confused"].update(zone.not_this)
        names["places"].update([zone.city or "", zone.province or "", zone.name[:2]])
    return {rule: sorted(n for n in found if n) for rule, found in names.items()}


# The words and characters that stand around a name and decide whether it is
# a zone's (集团 after a brand, 在 before one, a place before 高新区).
CONTEXT = ["高新区", "国家高新区", "高新技术产业开发区", "高新區", "市", "集团", "大道", "公司", "在", "的",
           "，", "。", "走进", "中电", "该", "助推", "广安", "甲乙", "近日", " "]
PIECE = st.one_of(*(st.sampled_from(names) for names in _names().values()), st.sampled_from(CONTEXT),
                  st.just("\n"))
TEXT = st.lists(PIECE, max_size=30).map("".join)


def _whole_text_mentions(text: str) -> tuple[gazetteer.Mention, ...]:
    # the one-line matcher run once over the whole text, line breaks and all
    return gazetteer._line_mentions.__wrapped__(text).found


@settings(max_examples=600, deadline=None)
@given(TEXT)
def test_line_by_line_is_one_scan_of_the_whole_text(text):
    assert gazetteer.find_mentions(text) == _whole_text_mentions(text)


def test_no_rule_reads_a_zones_surroundings_across_a_line_break():
    # 上海市 ending one line says nothing of 三明高新区 opening the next (another province's park is 上海市三明…)
    assert [m.zone for m in gazetteer.find_mentions("上海市\n三明高新区")] == ["三明高新区"]
    assert gazetteer.find_mentions("上海市\n三明高新区") == _whole_text_mentions("上海市\n三明高新区")


def test_mentions_keep_their_place_in_the_text():
    text = "近日，襄阳高新区召开会议。\n走进光谷，\n中电光谷集团"
    found = gazetteer.find_mentions(text)
    assert [(m.zone, text[m.start:m.end]) for m in found] == [("襄阳高新区", "襄阳高新区"), ("东湖高新区", "光谷")]



def test_brands_look_back_as_far_as_their_longest_place_word():
    # a brand is judged by the place words just before it, never by all the text before
    _, places = gazetteer._brands()
    assert gazetteer._place_reach() == max(len(p) for words in places.values() for p in words)


ZONE_SETS = st.frozensets(st.sampled_from(["甲高新区", "乙高新区"]), min_size=1)
SPANS = st.lists(st.tuples(st.integers(0, 3), st.integers(1, 4), ZONE_SETS), max_size=6).map(
    lambda gaps: [(sum(g + n for g, n, _ in gaps[:i]) + gap, sum(g + n for g, n, _ in gaps[:i]) + gap + size, zs)
                  for i, (gap, size, zs) in enumerate(gaps)])
MENTIONS = st.lists(st.builds(lambda start, size, zone: gazetteer.Mention(zone, start, start + size),
                              st.integers(0, 30), st.integers(1, 5), st.sampled_from(["甲高新区", "乙高新区"])))


@settings(max_examples=600, deadline=None)
@given(MENTIONS, SPANS)
def test_a_mention_inside_a_name_confused_with_its_zone_is_dropped(found, spans):
    kept = [m for m in found if not any(s <= m.start and m.end <= e and m.zone in zs for s, e, zs in spans)]
    assert gazetteer._without_confusions(found, spans) == kept


@pytest.mark.parametrize(("text", "zones"), [
    ("目标是建成东北的“硅谷”、长春的“中关村”。", []),  # a likeness, not the zone
    ("走进“光谷”，感受创新活力。", ["东湖高新区"]),
    ("火炬(翔安)产业区形成了高新技术产业集群。", ["厦门火炬高新区"]),  # half-width brackets as printed
    ("省安全生产督查组莅临火炬区进行检查。", ["中山火炬高新区"]),  # 中山's own name for its zone
    ("高新江海区产业共享展厅举行交流会。", ["江门高新区"]),  # the zone and its district 合署办公
    ("江海区外海街道新建邻里汇。", []),  # the district alone is no zone
    ("Optics Valley in Wuhan has become a hub for startups.", ["东湖高新区"]),  # English papers' brand names
    ("Zhongguancun's high-tech sector grew 14.6 percent.", ["中关村高新区"]),
])
def test_brands_named_as_a_likeness_are_no_zone_and_brackets_are_either_width(text, zones):
    assert [m.zone for m in gazetteer.find_mentions(text)] == zones


@pytest.mark.parametrize(("text", "zone"), [
    ("贵阳高新区", "贵阳高新区"), ("贵阳高新区召开大会", None), ("光谷", "东湖高新区")])
def test_a_text_that_is_a_zones_name_and_nothing_more(text, zone):
    assert gazetteer.whole_name(text) == zone


@pytest.mark.parametrize(("text", "zones"), [
    ("the Zhengzhou High-tech Zone ranked", ["郑州高新区"]),
    ("ZHENGZHOU HI-TECH ZONE", ["郑州高新区"]),
    ("Xi’an Hi-tech Industries Development Zone", ["西安高新区"]),
    ("in Hefei National High-tech Industry Development Zone.", ["合肥高新区"]),
    ("of Wuhan East Lake High-Tech Development Zone", ["东湖高新区"]),
    ("turn Shanghai Zhangjiang Hi-Tech Park into", ["张江高新区"]),
    ("Tianjin Binhai Hi-tech Zone and Harbin High-tech Zone", ["天津滨海高新区", "哈尔滨高新区"]),
    # a city with several zones: the one named after the city alone
    ("Changchun High-tech Zone", ["长春高新区"]),
    ("shows the Suzhou Industrial Park in Suzhou", ["苏州工业园区"]),
    ("Suzhou New and Hi-tech Zone", ["苏州高新区"]),
    # Fuzhou is 福州 and 抚州; Shanghai has two zones, neither named after it
    ("Fuzhou High-tech Zone", []),
    ("Shanghai High-tech Zone", []),
    ("national high-tech zones and a hi-tech park", []),
    ("Torch High Technology Industry Development Center", []),
])
def test_zones_named_in_english(text, zones):
    assert [m.zone for m in gazetteer.find_mentions(text)] == zones


def test_an_english_name_is_canonical_as_a_whole():
    assert gazetteer.canonical("Hefei High-tech Zone") == "合肥高新区"
    assert gazetteer.canonical("Hefei") is None


def test_english_forms_are_derived_from_the_gazetteer():
    # zones_en.tsv is generated from zones.tsv: a zone added there needs its
    # English forms written again (python -m search.text.english_names)
    from search.text import english_names
    assert english_names.main(["--check"]) == 0


def test_a_provincial_zone_of_a_city_is_not_the_national_zone_there():
    # 东营高新技术产业开发区 (provincial, 2016) is not 黄河三角洲农业高新技术产业示范区 (national, in 东营)
    assert [m.zone for m in gazetteer.find_mentions("东营高新技术产业开发区获批")] != ["黄河三角洲农业高新区"]
    assert [m.zone for m in gazetteer.find_mentions("黄三角农高区管委会")] == ["黄河三角洲农业高新区"]


@pytest.mark.parametrize(("text", "zones"), [
    ("参观唐山中关村机器人产业创新中心", []),  # a namesake in another city
    ("天津滨海中关村科技园自2016年挂牌以来", []),  # a city and its district before the brand
    ("位于中关村海淀园秦皇岛分园的企业", []),  # the park's branch in another city
    ("在南宁·中关村创新示范基地", []),
    ("天津滨海—中关村科技园创新生态持续优化", []),  # a namesake joined to its place by a dash
    ("由高新区（新市区）承办的展会", ["乌鲁木齐高新区"]),  # a bare 高新区 and the district tied to one zone
    ("高新区（滨江）要打造全国数字经济最强区", ["杭州高新区"]),
    ("高新区（龙湾区）", []),  # a district the gazetteer ties to no zone
    ("北京中关村的企业", ["中关村高新区"]),  # its own city
    ("走进湖北光谷", ["东湖高新区"]),  # its own province
    ("张江（贵安）高科技产业园建设如火如荼", []),  # another place in brackets after it
    ("张江（上海）科技园", ["张江高新区"]),  # its own city in brackets
])
def test_a_brand_after_another_citys_name_is_a_namesake_there(text, zones):
    assert [m.zone for m in gazetteer.find_mentions(text)] == zones


@pytest.mark.parametrize(("text", "zones"), [
    ("秀水光谷二期奏响开工曲", []),  # a place's own 光谷, a name the brand is part of
    ("海峡光谷项目开工", []),
    ("聚焦光谷", ["东湖高新区"]),  # after a verb: the zone
    ("走进张江", ["张江高新区"]),
])
def test_a_brand_after_a_name_it_is_part_of_is_no_zone(text, zones):
    assert [m.zone for m in gazetteer.find_mentions(text)] == zones


@pytest.mark.parametrize(("text", "zones"), [
    ("营口辽阳高新区揭牌", ["营口高新区", "辽阳高新区"]),  # two cities sharing one zone ending
    ("兰州、白银高新区获批", ["兰州高新区", "白银高新区"]),
    ("长沙株洲湘潭高新区", ["长沙高新区", "株洲高新区", "湘潭高新区"]),
    ("苏州昆山高新区", ["昆山高新区"]),  # the zone's own city: a place
    ("重庆璧山高新区", ["璧山高新区"]),
    ("在辽阳高新区", ["辽阳高新区"]),
])
def test_cities_sharing_a_zones_name_each_name_their_own(text, zones):
    assert [m.zone for m in gazetteer.find_mentions(text)] == zones


@pytest.mark.parametrize(("text", "zones"), [
    ("我市江苏省中关村高新区成功入选", []),  # another province's park named after the zone
    ("湖北省武汉东湖高新区获批", ["东湖高新区"]), ("北京市中关村科技园区管委会", ["中关村高新区"]),
    ("在上海张江张家口高新技术产业园", []),  # 张家口's park named after the brand
    ("张江药谷产业园", ["张江高新区"]), ("光谷科技产业园", ["东湖高新区"]),
])
def test_another_provinces_or_citys_park_named_after_a_zone_is_no_mention_of_it(text, zones):
    assert [m.zone for m in gazetteer.find_mentions(text)] == zones


@pytest.mark.parametrize(("text", "zone"), [
    ("拉美记者探访杨凌特色农业", "杨凌农业高新区"), ("广东顺德高新区打造高质量发展新高地", "佛山高新区"),
    ("浙南科技城首个重大项目启动建设", "温州高新区"),
])
def test_a_zones_place_name_park_and_local_short_name_resolve_to_it(text, zone):
    assert [m.zone for m in gazetteer.find_mentions(text)] == [zone]
