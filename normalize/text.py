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


def despace(text: str) -> str:
    """The text without any white space (labels printed with alignment spaces: 合　計, 区 分)."""
    return re.sub(r"\s+", "", text)


def squeeze(text: str) -> str:
    """Runs of spaces, tabs and ideographic spaces become one space; ends trimmed; newlines kept."""
    return "\n".join(_WS.sub(" ", ln).strip() for ln in text.split("\n")).strip()


def fold(text: str) -> str:
    """Folded text for parsing and matching; ①〜⑳, 〜, △, ▲ and ㈱ are kept (see module docstring)."""
    if text.isascii():
        return squeeze(text)
    out = "".join(fold_char(c) for c in text)
    # half-width katakana voiced marks combine after NFKC of the pair
    if any(0xFF61 <= ord(c) <= 0xFF9F for c in text):
        out = unicodedata.normalize("NFC", out)
    return squeeze(out)
