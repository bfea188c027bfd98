"""Kanji and Arabic numerals as printed in Japanese documents (令和二年度, 三十一, 二〇二四, 元)."""
from __future__ import annotations

from .errors import NormalizeError

__all__ = ["KANJI_DIGITS", "KANJI_NUMERAL_CHARS", "kanji_to_int", "read_int", "to_fullwidth"]

KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
KANJI_NUMERAL_CHARS = "".join(KANJI_DIGITS) + "".join(_SMALL_UNITS)
_FULLWIDTH = str.maketrans("0123456789()", "０１２３４５６７８９（）")


def kanji_to_int(text: str) -> int:
    """The value of a kanji numeral below 10000: 三十一 → 31, 二〇二四 → 2024, 十 → 10; NormalizeError if unreadable."""
    if not text or any(c not in KANJI_DIGITS and c not in _SMALL_UNITS for c in text):
        raise NormalizeError(f"漢数字として読めません: '{text}'")
    if not any(c in _SMALL_UNITS for c in text):  # positional: 二〇二四
        return int("".join(str(KANJI_DIGITS[c]) for c in text))
    total, digit = 0, None
    last_unit = 10**9
    for c in text:
        if c in KANJI_DIGITS:
            if digit is not None:
                raise NormalizeError(f"漢数字として読めません: '{text}'")
            digit = KANJI_DIGITS[c]
        else:
            unit = _SMALL_UNITS[c]
            if unit >= last_unit:
                raise NormalizeError(f"漢数字として読めません: '{text}'")
            total += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
    return total + (digit or 0)


def read_int(text: str) -> int:
    """An integer printed in Arabic digits, kanji numerals, or 元 (= 1, the first year of an era)."""
    text = text.strip()
    if text == "元":
        return 1
    if text.isascii() and text.isdigit():
        return int(text)
    return kanji_to_int(text)


def to_fullwidth(text: str) -> str:
    """Digits and parentheses as full-width characters (令和9年度 → 令和９年度), for documents printed that way."""
    return text.translate(_FULLWIDTH)
