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


#: Japanese names of the meeting file's fields, for error messages.
FIELD_NAMES = {"title": "表題", "body": "会議名", "meeting_number": "回数", "date": "日付", "method": "開催方法",
               "method_text": "開催方法の文", "attendees": "出席者", "agenda": "議題", "materials": "資料",
               "statements": "発言", "role": "役割", "name": "氏名", "speaker": "発言者", "section": "小見出し",
               "text": "本文", "page": "ページ", "from": "元の議事要旨"}
#: Field names inside a list entry that mean something else there (an attendee's title is a 職名).
ITEM_FIELD_NAMES = {("attendees", "title"): "職名"}
#: pydantic error types in Japanese (what to write instead).
ERROR_TEXTS = {"missing": "がありません", "string_type": "は文字で書いてください", "int_type": "は整数で書いてください",
               "int_parsing": "は整数で書いてください", "int_from_float": "は整数で書いてください",
               "list_type": "は「- 」で始まる行の並び（リスト）で書いてください",
               "dict_type": "は「項目: 値」の形で書いてください", "model_type": "は「項目: 値」の形で書いてください",
               "model_attributes_type": "は「項目: 値」の形で書いてください",
               "extra_forbidden": "は知らない項目です（綴りを確認してください）",
               "bool_type": "は true か false で書いてください"}


def field_label(loc: tuple[int | str, ...]) -> str:
    """'attendees.1.role' → '出席者の2番目の役割（attendees[1].role）'."""
    parts: list[str] = []
    parent = ""
    for key in loc:
        if isinstance(key, int):
            parts.append(f"の{key + 1}番目")
            continue
        name = ITEM_FIELD_NAMES.get((parent, key)) or FIELD_NAMES.get(str(key), str(key))
        parts.append(("の" if parts else "") + name)
        parent = str(key)
    code = "".join(f"[{k}]" if isinstance(k, int) else (f".{k}" if i else str(k)) for i, k in enumerate(loc))
    return f"{''.join(parts)}（{code}）" if parts else "内容"


def yaml_line(text: str, loc: tuple[int | str, ...]) -> int | None:
    """The line (1-based) of the node at `loc` in the YAML text; the nearest existing parent for a missing key."""
    try:
        node = yaml.compose(text)
    except yaml.YAMLError:
        return None
    line = node.start_mark.line + 1 if node is not None else None
    for key in loc:
        nxt = None
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if k.value == key:
                    nxt, line = v, k.start_mark.line + 1
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            nxt = node.value[key]
        if nxt is None:
            break
        if isinstance(node, yaml.SequenceNode):
            line = nxt.start_mark.line + 1
        node = nxt
    return line


def _problem(err: Any) -> str:
    """What is wrong with one field, in Japanese."""
    kind = err.get("type", "")
    if kind in ERROR_TEXTS:
        return ERROR_TEXTS[kind]
    ctx = err.get("ctx") or {}
    if kind == "value_error" and "error" in ctx:
        return f"が正しくありません（{ctx['error']}）"
    return f"が正しくありません（{err.get('msg', '')}）"


def load_meeting(path: Path) -> Meeting:
    """The meeting described in a YAML file; raises MeetingError with the file, the line and the field in Japanese
    ('meeting.yaml 7行目: 出席者の1番目の職名（attendees[0].title）がありません')."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise MeetingError(f"{path}: 文字コードが UTF-8 ではありません（UTF-8 で保存し直してください）") from None
    except OSError as e:
        raise MeetingError(f"{path}: 読めません（{e.strerror or e}）") from e
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" {mark.line + 1}行目" if mark is not None else ""
        raise MeetingError(f"{path}{where}: YAMLの書き方に誤りがあります（字下げ・「:」・引用符を確認してください）") from e
    if not isinstance(data, dict):
        raise MeetingError(f"{path}: 会議の内容（title, date, attendees…）が書かれていません")
    try:
        return Meeting.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        loc = tuple(first["loc"])
        line = yaml_line(text, loc)
        where = f" {line}行目" if line else ""
        if first.get("type") == "extra_forbidden":
            parent = f"{field_label(loc[:-1])}の" if loc[:-1] else ""
            raise MeetingError(f"{path}{where}: {parent}項目「{loc[-1]}」{_problem(first)}") from e
        raise MeetingError(f"{path}{where}: {field_label(loc)}{_problem(first)}") from e


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
