"""Read one page file and decode it to clean text, or say why it can't be.

Accepts UTF-8 (with or without BOM), UTF-16 (with BOM, or without one when the
NUL pattern shows it), GB18030/GBK and Big5; line ends CRLF, CR or LF.
Encoding detection beyond the BOMs is charset-normalizer's job. Full-width
digits and Latin letters are folded to ASCII so that dates and numbers parse;
punctuation is left as printed.
"""
from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer
from search.text.cjk import HAN

# Encodings a Chinese newspaper page may plausibly come in; charset-normalizer
# is limited to these so that binary noise is not "decoded" as cp1252.
CANDIDATE_ENCODINGS = ["utf_8", "gb18030", "big5", "utf_16"]
# A newspaper page is tens of kilobytes; a file this big is not one, and
# parsing it would hold the index lock for seconds (bench/parse.py).
MAX_PAGE_BYTES = 2 * 10**6
CJK = re.compile(rf"[{HAN}]")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Characters outside the blocks every Chinese page is made of (ASCII, Latin-1,
# general and CJK punctuation, ideographs, full-width forms), or unassigned
# inside them: only these are looked up one by one for being unassigned,
# private-use or surrogates (a lookup per character of every page was a
# tenth of parsing).
_COMMON_BLOCKS = ((0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x3000, 0x303F), (0x4E00, 0x9FFF), (0xFF00, 0xFFEF))


def _uncommon() -> re.Pattern:
    ranges: list[list[int]] = []
    for low, high in _COMMON_BLOCKS:
        for code in range(low, high + 1):
            if unicodedata.category(chr(code)) in ("Cn", "Co", "Cs"):
                continue
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return re.compile("[^\t\n\r" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges) + "]")


UNCOMMON = _uncommon()
NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
FULLWIDTH_ALNUM = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}
FULLWIDTH_ALNUM.update({c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)})
FULLWIDTH_ALNUM.update({c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)})
FULLWIDTH_ALNUM[0x3000] = 0x20


class PageError(Exception):
    """A page file that cannot be read as text; the message says why."""


@dataclass(frozen=True)
class Page:
    """A decoded page: its file name, text, encoding and content hash."""
    name: str
    text: str
    encoding: str
    sha256: str
    notes: tuple[str, ...] = ()  # what decoding had to mend (a few invalid bytes)


def read_page(path: Path) -> Page:
    """Read and decode one page file; raise PageError when it is not text."""
    try:
        size = path.stat().st_size
        if size > MAX_PAGE_BYTES:
            raise PageError(f"too large: {size / 1e6:.1f} MB; a page may be at most {MAX_PAGE_BYTES // 10**6} MB")
        raw = path.read_bytes()
    except OSError as exc:
        raise PageError(f"cannot read: {exc.strerror or exc}") from None
    text, encoding = decode(raw)
    notes = ()
    if encoding.endswith("+replaced"):
        notes = (f"{path.name}: {text.count(chr(0xFFFD))} invalid UTF-8 byte(s) shown as \ufffd, the rest kept",)
    return Page(path.name, clean(text), encoding, hashlib.sha256(raw).hexdigest(), notes)


def decode(raw: bytes) -> tuple[str, str]:
    """Decode bytes to text and name the encoding used; PageError if binary."""
    if not raw.strip():
        return "", "empty"
    for bom, encoding in ((codecs.BOM_UTF8, "utf_8"), (codecs.BOM_UTF16_LE, "utf_16_le"),
                          (codecs.BOM_UTF16_BE, "utf_16_be")):
        if raw.startswith(bom):
            # decoded after the BOM, so that an error names the file's own byte offset
            return _checked(_strict(raw, encoding, skip=len(bom)), encoding + " with BOM")
    if _looks_utf16(raw):
        encoding = "utf_16_le" if raw[1::2].count(0) > raw[0::2].count(0) else "utf_16_be"
        return _checked(_strict(raw, encoding), encoding)
    if b"\x00" in raw:
        found = _utf16_without_bom(raw)
        if found:
            return found
        raise PageError("binary file (contains NUL bytes)")
    try:
        return _checked(raw.decode("utf_8"), "utf_8")
    except UnicodeDecodeError:
        pass
    mended = raw.decode("utf_8", errors="replace")
    if mended.count("\ufffd") <= max(3, len(mended) // 10000) and CJK.search(mended):
        # UTF-8 with a stray bad byte (a transfer error): keep the page, say so
        return _checked(mended, "utf_8+replaced")
    best = charset_normalizer.from_bytes(raw, cp_isolation=CANDIDATE_ENCODINGS).best()
    if best is None:
        raise PageError("not text in any supported encoding (UTF-8, UTF-16, GB18030, Big5)")
    return _checked(str(best), best.encoding)


def _strict(raw: bytes, encoding: str, skip: int = 0) -> str:
    try:
        return raw[skip:].decode(encoding)
    except UnicodeDecodeError as exc:
        behind = f" (the file starts with a {encoding} byte-order mark but is not {encoding})" if skip else ""
        raise PageError(f"invalid {encoding} at byte {exc.start + skip}{behind}") from None


def _utf16_without_bom(raw: bytes) -> tuple[str, str] | None:
    """Chinese UTF-16 without a BOM: NUL bytes are rare in it (only ASCII
    characters have them), so try both byte orders and take the one that
    reads as mostly Chinese text."""
    if len(raw) % 2:
        return None
    for encoding in ("utf_16_le", "utf_16_be"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        # Chinese text, not binary that happens to decode: mostly ideographs,
        # with sentence punctuation and line ends
        if len(CJK.findall(text)) > len(text) // 3 and "\n" in text and ("。" in text or "，" in text):
            try:
                return _checked(text, encoding)
            except PageError:
                continue
    return None


def _looks_utf16(raw: bytes) -> bool:
    """UTF-16 without a BOM: Chinese text has NULs in neither half, so look at
    ASCII-heavy files: NULs in one byte position and almost none in the other."""
    if len(raw) < 4 or len(raw) % 2:
        return False
    even, odd = raw[0::2].count(0), raw[1::2].count(0)
    return max(even, odd) > len(raw) // 8 and min(even, odd) == 0


def _checked(text: str, encoding: str) -> tuple[str, str]:
    """Refuse text that decoded but is not text: control, unassigned or
    private-use characters beyond a trace (binary that happened to decode)."""
    body = text.lstrip("\ufeff")
    junk = len(CONTROL.findall(body)) + sum(
        1 for ch in UNCOMMON.findall(body) if unicodedata.category(ch) in ("Cn", "Co", "Cs"))
    if body and junk > max(2, len(body) // 100):
        raise PageError(f"binary file (not text when decoded as {encoding})")
    return body, encoding


def clean(text: str) -> str:
    """Normalise line ends, drop control characters (a trace of them passes
    the binary test, and XML, feeds included, cannot carry them) and fold
    full-width digits, letters and spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return NOT_TEXT.sub("", text).translate(FULLWIDTH_ALNUM)
