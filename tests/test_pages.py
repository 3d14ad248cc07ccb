"""Decoding page files: encodings, BOMs, line ends, full-width digits, junk."""
from __future__ import annotations

import codecs

import pytest

from indexer.pages import PageError, read_page
from indexer.parse import parse_page

PAGE = "# 无锡高新区：143个重大项目完成投资\n\n本报讯 6月30日,无锡高新区重大项目开工,2023年上半年完成投资。 张安宇\n"


@pytest.mark.parametrize("encoding, bom", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("gb18030", b""), ("gbk", b""),
    ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
])
def test_encodings_decode_to_the_same_articles(tmp_path, encoding, bom):
    path = tmp_path / "page.txt"
    path.write_bytes(bom + PAGE.encode(encoding))
    page = read_page(path)
    assert page.text == PAGE
    (article,) = parse_page(page.text, page.name).articles
    assert (article.title, article.zone, article.authors) == ("无锡高新区：143个重大项目完成投资", "无锡高新区",
                                                              ["张安宇"])


def test_crlf_and_full_width_digits(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.replace("\n", "\r\n").replace("2023", "２０２３").encode("utf-8"))
    page = read_page(path)
    assert "\r" not in page.text and "2023年上半年" in page.text
    (article,) = parse_page(page.text, page.name).articles
    assert article.date.isoformat() == "2023-06-30"


def test_empty_file_has_no_articles(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert parse_page(read_page(path).text, "empty.txt").articles == []


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    bytes((i * 7919) % 256 for i in range(4096)),
    b"\x7fELF\x02\x01\x01" + b"\x00" * 64,
])
def test_binary_files_are_refused_with_a_reason(tmp_path, data):
    path = tmp_path / "junk.txt"
    path.write_bytes(data)
    with pytest.raises(PageError, match="binary|not text|invalid"):
        read_page(path)


def test_a_page_too_large_to_be_one_is_refused_by_name(tmp_path):
    from indexer.pages import MAX_PAGE_BYTES
    big = tmp_path / "huge.txt"
    big.write_text("# 甲乙高新区：大页\n" + "正文。" * (MAX_PAGE_BYTES // 9 + 1), "utf-8")
    with pytest.raises(PageError, match="too large: 2.0 MB; a page may be at most 2 MB"):
        read_page(big)


def test_utf8_with_one_bad_byte_is_kept_and_said(tmp_path):
    page = tmp_path / "p.txt"
    page.write_bytes("# 甲乙高新区：标题\n\n正文有人才补贴。".encode() + b"\xff" + "后面也在。\n".encode())
    read = read_page(page)
    assert "人才补贴" in read.text and "后面也在" in read.text and "\ufffd" in read.text
    assert read.notes == ("p.txt: 1 invalid UTF-8 byte(s) shown as \ufffd, the rest kept",)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_chinese_utf16_without_bom_is_read(tmp_path, encoding):
    page = tmp_path / "p.txt"
    text = "# 甲乙高新区：标题\n\n本报讯 甲乙高新区发放人才补贴。\n"
    page.write_bytes(text.encode(encoding))
    assert read_page(page).text == text


def test_an_error_behind_a_bom_names_the_files_own_byte_offset(tmp_path):
    import codecs
    page = tmp_path / "p.txt"
    page.write_bytes(codecs.BOM_UTF8 + "# 甲乙高新区".encode("gbk"))
    with pytest.raises(PageError, match=r"invalid utf_8 at byte 5 \(the file starts with a utf_8 byte-order mark"):
        read_page(page)
