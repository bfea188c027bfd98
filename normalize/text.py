"""Number-safe text folding for Japanese documents.

Plain NFKC is not safe on these documents: it turns ①1,234 into 11,234 and rewrites 〜, ㈱ and ▲.
`fold` changes only what must change for matching and parsing:
full-width ASCII (digits, letters, punctuation, the ideographic space) to ASCII, the half-width
katakana long mark ｰ to ー, Kangxi radicals and CJK Radicals Supplement characters that PDF text layers
emit for ordinary ideographs (⽬ → 目, ⾦ → 金) to the unified ideographs, and runs of white space to
one space. ①〜⑳, 〜, ～, △, ▲, ㈱, 【】 and all other characters are kept as printed.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["despace", "fold", "fold_char", "is_radical", "squeeze"]

_KEEP = set("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳〜～△▲㈱【】〔〕「」『』・：；")
_WS = re.compile(r"[ \t\u3000\u00a0\r\f\v]+")


def is_radical(ch: str) -> bool:
    """True for Kangxi radicals (U+2F00–2FDF) and CJK Radicals Supplement (U+2E80–2EFF)."""
    o = ord(ch)
    return 0x2E80 <= o <= 0x2FDF


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """The folded form of one character (see the module docstring)."""
    if ch in _KEEP:
        return ch
    o = ord(ch)
    if 0xFF01 <= o <= 0xFF5E:  # full-width ASCII block
        return chr(o - 0xFEE0)
    if ch == "\u3000":
        return " "
    if ch == "ｰ":
        return "ー"
    if ch == "−":  # U+2212 MINUS SIGN
        return "-"
    if is_radical(ch):
        n = unicodedata.normalize("NFKC", ch)
        return n if len(n) == 1 else ch
    if 0xFF61 <= o <= 0xFF9F:  # half-width katakana: NFKC is safe here
        return unicodedata.normalize("NFKC", ch)
    return ch


def _fold_table() -> dict[int, str]:
    """str.translate table of every character fold_char changes (full-width ASCII, ideographic space, radicals,
    half-width katakana, minus sign)."""
    chars = [0x3000, ord("ｰ"), 0x2212, *range(0xFF01, 0xFF5F), *range(0x2E80, 0x2FE0), *range(0xFF61, 0xFFA0)]
    return {o: fold_char(chr(o)) for o in chars if fold_char(chr(o)) != chr(o)}


_FOLD_TABLE = _fold_table()
_HALFWIDTH_KANA = re.compile("[\uff61-\uff9f]")


def despace(text: str) -> str:
    """The text without any white space (labels printed with alignment spaces: 合　計, 区 分)."""
    return "".join(text.split())  # (str.split and re's \s agree on what is white space; this is faster)


def squeeze(text: str) -> str:
    """Runs of spaces, tabs and ideographic spaces become one space; ends trimmed; newlines kept."""
    return "\n".join(_WS.sub(" ", ln).strip() for ln in text.split("\n")).strip()


@lru_cache(maxsize=32768)
def fold(text: str) -> str:
    """Folded text for parsing and matching; ①〜⑳, 〜, △, ▲ and ㈱ are kept (see module docstring). Cached: the
    same labels and page texts are folded many times over a conversion."""
    if text.isascii():
        return squeeze(text)
    out = text.translate(_FOLD_TABLE)
    # half-width katakana voiced marks combine after NFKC of the pair
    if _HALFWIDTH_KANA.search(text):
        out = unicodedata.normalize("NFC", out)
    return squeeze(out)
