"""Attendee lists of minutes: 「本部員：総務局長・財政局長…」 or 「委員長 山田 太郎（副市長）」 lines.

Two printed shapes are read:
- role groups: ``ROLE：TITLE・TITLE・…`` (a group may wrap onto following lines);
- one person per line: ``ROLE NAME（TITLE）`` or ``TITLE NAME``, under a heading or table label that itself
  may be the role (事務局).
"""
from __future__ import annotations

import re

from extract.families.minutes_text import Part
from extract.records import Attendee

ROLE_WORD = re.compile(r"^(?:副?(?:委員長|会長|本部長|部会長|議長)|本部員|委員|構成員|事務局|幹事|オブザーバー)$")
TITLE_END = re.compile(r"(?:長|監|官|員|理事|顧問|参与|参事|主幹|主査|次長|担当)$")
GROUP = re.compile(r"^([^：:]{1,8})[：:]\s*(.*)$")
SEPARATORS = re.compile(r"[・、，,]")


def person(text: str, role: str | None) -> Attendee | None:
    """One attendee from ``TITLE``, ``TITLE NAME``, ``NAME（TITLE）`` or ``TITLE（NAME）``; None for empty text."""
    text = text.strip()
    if not text:
        return None
    m = re.match(r"^(.+?)\s*[(（]([^()（）]+)[)）]$", text)
    if m:
        left, inner = m.group(1).strip(), m.group(2).strip()
        if TITLE_END.search(inner):
            return Attendee(role=role, title=inner, name=left)
        return Attendee(role=role, title=left, name=inner)
    tokens = text.split()
    if len(tokens) >= 2 and TITLE_END.search(tokens[0]):
        return Attendee(role=role, title=tokens[0], name=" ".join(tokens[1:]))
    return Attendee(role=role, title=re.sub(r"\s+", "", text))


def split_outside_parens(text: str) -> list[str]:
    """Pieces of a ・/、 separated list; separators inside parentheses do not split."""
    pieces, depth, cur = [], 0, ""
    for ch in text:
        depth += ch in "(（"
        depth -= ch in ")）" and depth > 0
        if depth == 0 and SEPARATORS.match(ch):
            pieces.append(cur)
            cur = ""
        else:
            cur += ch
    return [p for p in pieces + [cur] if p.strip()]


def _groups(lines: list[str], default_role: str | None) -> list[tuple[str | None, str]]:
    """(role, text) per role group or per person line; wrapped group lines are joined to their group."""
    out: list[tuple[str | None, str]] = []
    for line in lines:
        m = GROUP.match(line)
        if m:
            out.append((m.group(1).strip(), m.group(2)))
            continue
        first = line.split()[0] if line.split() else ""
        if ROLE_WORD.match(first) and len(line.split()) > 1:
            out.append((first, line[len(first):].strip()))
        elif out and out[-1][1].rstrip().endswith(("・", "、", ",")):
            out[-1] = (out[-1][0], out[-1][1] + line)
        else:
            out.append((default_role, line))
    return out


def attendees(part: Part) -> list[Attendee]:
    """Every person listed in an attendee part, in printed order, each with role and title (and name)."""
    label = re.sub(r"[(（].*$", "", re.sub(r"\s+", "", part.heading))
    default_role = label if ROLE_WORD.match(label) else None
    out: list[Attendee] = []
    for role, text in _groups([ln.text for ln in part.lines], default_role):
        for piece in split_outside_parens(text):
            a = person(piece, role)
            if a is not None:
                out.append(a)
    return out
