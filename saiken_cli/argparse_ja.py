"""argparse's own words in Japanese: usage, section titles, and every error a user can cause.

argparse looks its messages up through the module-level `_` and `ngettext` (gettext) at call time, so replacing
those two names translates usage lines, help sections and errors (missing option, misspelt subcommand, bad
number) without copying argparse. Messages argparse raises for programming mistakes stay in English.
"""
from __future__ import annotations

import argparse

MESSAGES: dict[str, str] = {
    "usage: ": "使い方: ",
    "positional arguments": "引数",
    "options": "オプション",
    "show this help message and exit": "このヘルプを表示して終了します",
    "show program's version number and exit": "バージョンを表示して終了します",
    "the following arguments are required: %s": "次の指定がありません: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "%(value)r は指定できません（%(choices)s のどれかです）",
    "unrecognized arguments: %s": "知らない指定です: %s",
    "expected one argument": "値を一つ指定してください",
    "expected at most one argument": "値は一つまでです",
    "expected at least one argument": "値を一つ以上指定してください",
    "ambiguous option: %(option)s could match %(matches)s": "%(option)s は %(matches)s のどれか決められません",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "%(value)r は数値として読めません",
    "not allowed with argument %s": "%s と一緒には指定できません",
    "ignored explicit argument %r": "値 %r は指定できません",
    "one of the arguments %s is required": "%s のどれかを指定してください",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "コマンド %(parser_name)r はありません（%(choices)s のどれかです）",
    "can't open '%(filename)s': %(error)s": "'%(filename)s' を開けません: %(error)s",
}

def gettext(message: str) -> str:
    """The Japanese text of an argparse message (the message itself when it has none)."""
    return MESSAGES.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """argparse's counted messages ('expected %s arguments')."""
    if singular == "expected %s argument":
        return "値を %s 個指定してください"
    return singular if n == 1 else plural


def install() -> None:
    """Make argparse speak Japanese (idempotent)."""
    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
