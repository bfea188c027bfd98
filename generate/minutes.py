"""`draft_minutes`: a 議事要旨 draft from a meeting description (YAML), in the さいたま市 outline.

The YAML holds what the secretariat knows after a meeting (see corpus/meetings/ and README.md):
title or body + meeting_number, date (ISO or 和暦), method and method_text, attendees (role, title, name),
agenda, materials, statements (speaker, section, text; blank lines in text start new paragraphs).
What the YAML leaves out becomes a highlighted 「（要入力）」 in the draft and a gap in the list.
"""
from __future__ import annotations

import datetime as dt
import re
from itertools import groupby
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError, field_validator

from extract.records import Minutes
from generate.jpformat import wadate
from generate.render import Draft, render
from generate.slots import Slot
from normalize import wareki

TEMPLATE = Path(__file__).resolve().parent.parent / "templates" / "minutes.docx"


class MeetingError(ValueError):
    """The meeting file cannot be read (not YAML, unknown field, bad date)."""


class Meeting(Minutes):
    """A meeting description: the minutes record plus what only the secretariat knows before extraction."""

    body: str | None = None  # 債権回収対策本部会, 債権管理委員会…
    method_text: str | None = None  # the 開催方法 paragraph as it should read

    @field_validator("date", mode="before")
    @classmethod
    def _iso_date(cls, v: object) -> object:
        """Dates may be written 2022-01-14 or 令和4年1月14日; stored as ISO."""
        if isinstance(v, dt.date):
            return v.isoformat()
        if isinstance(v, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v.strip()):
            d = wareki.parse_date(v)
            if d.iso is None:
                raise ValueError(f"日付 '{v}' に日がありません")
            return d.iso
        return v


def load_meeting(path: Path) -> Meeting:
    """The meeting described in a YAML file; raises MeetingError with the file name and the problem."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise MeetingError(f"{path}: 読めません（{e}）") from e
    if not isinstance(data, dict):
        raise MeetingError(f"{path}: 会議の内容（title, date, attendees…）が書かれていません")
    try:
        return Meeting.model_validate(data)
    except (ValidationError, ValueError) as e:
        first = e.errors()[0] if isinstance(e, ValidationError) else {"loc": (), "msg": str(e)}
        where = ".".join(str(x) for x in first["loc"])
        raise MeetingError(f"{path}: {where or '内容'} が正しくありません（{first['msg']}）") from e


def _paragraphs(text: str) -> list[str]:
    """A statement's paragraphs: split at blank lines; single line breaks inside a paragraph are joined."""
    return [re.sub(r"\s*\n\s*", "", p).strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


def _attendees(m: Meeting) -> tuple[str, list[dict[str, str]]]:
    """('本部長・本部員10名・事務局2名', groups of titles per role, in the order roles first appear)."""
    groups: dict[str, list[str]] = {}
    for a in m.attendees:
        groups.setdefault(a.role or "出席者", []).append(a.title + (f"（{a.name}）" if a.name else ""))
    summary = "・".join(role if len(t) == 1 else f"{role}{len(t)}名" for role, t in groups.items())
    return summary, [{"role": role, "titles": "・".join(t)} for role, t in groups.items()]


def _title(m: Meeting) -> Slot:
    if m.title:
        return Slot(m.title, "表題")
    if m.body and m.meeting_number:
        return Slot(f"第{m.meeting_number}回{m.body} 議事要旨", "表題")
    return Slot(None, "表題（第N回・会議名）")


def _method_text(m: Meeting) -> Slot:
    if m.method_text:
        return Slot(m.method_text.strip(), "開催方法")
    if m.method and m.date:
        return Slot(f"{wadate(m.date)}　{m.method}", "開催方法")
    return Slot(None, "開催方法（開催日・方法）")


def _listed(items: list[str], label: str) -> list[Slot]:
    return [Slot(x, label) for x in items] or [Slot(None, label)]


def minutes_context(m: Meeting) -> dict[str, Any]:
    """The template context for a meeting: title, 開催方法, 出席者, 議題, 資料, and statements by section."""
    summary, groups = _attendees(m)
    sections = [{"title": title or "",
                 "statements": [{"speaker": s.speaker, "paragraphs": _paragraphs(s.text)} for s in stmts]}
                for title, stmts in groupby(m.statements, key=lambda s: s.section)]
    return {
        "title": _title(m), "method_text": _method_text(m),
        "date": m.date or "", "meeting_number": m.meeting_number, "body": m.body or "",
        "attendee_summary": summary, "attendee_groups": groups,
        "attendees_missing": Slot(None, "出席者") if not groups else None,
        "agenda": _listed(m.agenda, "議題"), "materials": _listed(m.materials, "資料"),
        "sections": sections,
        "statements_missing": Slot(None, "意見及び質問") if not sections else None,
    }


def draft_minutes(meeting: Path | Meeting, out: Path, template: Path | None = None) -> Draft:
    """Write the minutes draft for a meeting (YAML path or Meeting) to `out`; returns it with its gaps."""
    m = meeting if isinstance(meeting, Meeting) else load_meeting(meeting)
    return render(template or TEMPLATE, minutes_context(m), out)
