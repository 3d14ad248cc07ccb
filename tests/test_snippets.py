"""Highlighting and fragments: exactly the matched strings are marked, the
text around them is escaped, and fragments are cut at sentence boundaries."""
from __future__ import annotations

from search.web import snippets


def test_marks_exactly_the_matched_string_in_the_original_text():
    m = snippets.matcher(["高新"])
    assert str(snippets.highlight("襄阳高新區的企業", m)) == "襄阳<mark>高新</mark>區的企業"


def test_latin_terms_match_whole_tokens_only():
    m = snippets.matcher(["5g"])
    assert str(snippets.highlight("5G通信和15g", m)) == "<mark>5G</mark>通信和15g"


def test_longer_terms_win_over_their_parts():
    m = snippets.matcher(["人才", "青年人才"])
    assert str(snippets.highlight("青年人才和人才", m)) == "<mark>青年人才</mark>和<mark>人才</mark>"


def test_markup_around_and_inside_matches_is_escaped():
    m = snippets.matcher(["<b>"])
    out = str(snippets.highlight("<script>x</script><b>", m))
    assert "<script>" not in out and out.endswith("<mark>&lt;b&gt;</mark>")


def test_fragments_are_short_cut_at_sentences_and_at_most_three():
    text = "。".join(f"第{i}句没有关键词，只是填充文字而已" for i in range(30)) + "。人才在这里。" + "填充。" * 50
    frags = snippets.fragments(text, snippets.matcher(["人才"]))
    assert len(frags) == 1
    assert str(frags[0]).startswith("<mark>人才</mark>在这里。")
    assert len(frags[0].striptags()) <= snippets.FRAGMENT_CHARS * 1.3
    many = ("人才。" + "。".join("填充" * 30 for _ in range(10)) + "人才。" + "填充" * 200 + "。人才。"
            + "填充" * 200 + "。人才")
    assert len(snippets.fragments(many, snippets.matcher(["人才"]))) == 3


def test_no_match_gives_no_fragment_and_a_lead_is_cut():
    assert snippets.fragments("没有", snippets.matcher(["人才"])) == []
    assert snippets.lead("一句话。" * 60).endswith("…")


def test_a_hit_matching_only_by_parts_marks_them_and_says_so(client):
    """人才补贴 finds the 赣州 article through 人才 … 补贴 far apart."""
    data = client.get("/api/search?q=人才补贴").json
    exact = [h for h in data["hits"] if not h["partial"]]
    partial = [h for h in data["hits"] if h["partial"]]
    assert exact and partial, "the seeds hold both kinds"
    assert all("<mark>人才补贴</mark>" in h["snippet"] for h in exact)
    for hit in partial:
        assert set(hit["partial"]) <= {"人才", "补贴"}
        assert all(f"<mark>{p}</mark>" in hit["snippet"] for p in hit["partial"]), "fragments hold the parts"
    order = [bool(h["partial"]) for h in data["hits"]]
    assert order == sorted(order), "exact matches rank first"
    html = client.get("/search?q=人才补贴").get_data(as_text=True)
    assert html.count('role="separator"') == 1 and "以下为部分匹配" in html
    assert "部分匹配：" + " · ".join(partial[0]["partial"]) in html


def test_terms_in_most_articles_are_not_marked_beside_rarer_ones(client):
    hits = client.get("/api/search?q=高新区 人才").json["hits"]
    assert hits and all("<mark>高新区</mark>" not in h["snippet"] and "<mark>人才</mark>" in h["snippet"] for h in hits)
    alone = client.get("/api/search?q=高新区").json["hits"]
    assert any("<mark>高新区</mark>" in h["snippet"] for h in alone), "alone, the common term is still marked"


def test_a_fragment_cut_mid_sentence_says_so_even_at_a_line_break():
    from search.web.snippets import fragments, matcher
    # OCR breaks paragraphs mid-sentence: a line break is no sentence end
    text = ("前文很长。" * 30 + "建立主要领导亲自抓、分管领导具体抓、挂点\n为解决传统人才问题，高新区推出新办法。"
            + "后文。" * 40)
    shown = [str(f) for f in fragments(text, matcher(["人才"]))]
    assert shown and all(f.startswith("…") or f.startswith("为解决") for f in shown)
    around = [str(f) for f in fragments(text, matcher(["挂点"]))]
    assert around and all(f.endswith("…") or f.rstrip().endswith("。") for f in around), around
    from search.web.snippets import ends_sentence, starts_sentence
    quoted = "他说：“这是好办法。”\n后来"
    assert ends_sentence(quoted, quoted.index("\n")) and starts_sentence(quoted, quoted.index("后")), "。” ends one"
    assert not ends_sentence(text, text.index("\n")) and not starts_sentence(text, text.index("为解决"))
