"""`draft_minutes`: a 議事要旨 draft from a meeting description (YAML), in the さいたま市 outline.

The YAML holds what the secretariat knows after a meeting (see corpus/meetings/ and README.md):
title or body + meeting_number, date (ISO or 和暦), method and method_text, attendees (role, title, name),
agenda, materials, statements (speaker, section, text; blank lines in text start new paragraphs).
What the YAML leaves out becomes a highlighted 「（要入力）」 in the draft and a gap in the list.

A draft can also start from the previous meeting's converted minutes (`saiken extract` JSON, `previous`): the next
meeting number (第29回 → 第30回; 令和6年度第2回 → 第3回, or 令和7年度第1回 when the YAML's date falls in the next 年度),
the same body and title wording, the attendees (roles, titles, names) as a starting list; agenda, materials,
開催方法 and statements stay placeholders. Every value the YAML gives overrides the previous meeting's.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from itertools import groupby
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError, field_validator

from saiken.extract.records import Document, Minutes
from saiken.generate.jpformat import wadate
from saiken.generate.render import Draft, render
from saiken.generate.slots import Slot
from saiken.templates import template_path
from saiken.normalize import wareki

#: The packaged template's file name (saiken.templates); `templates` (a folder) or `template` (a file) override it.
TEMPLATE = "minutes.docx"


class MeetingError(ValueError):
    """The meeting file cannot be read (not YAML, unknown field, bad date)."""


class Meeting(Minutes):
    """A meeting description: the minutes record plus what only the secretariat knows before extraction."""

    body: str | None = None  # 債権回収対策本部会, 債権管理委員会…
    method_text: str | None = None  # the 開催方法 paragraph as it should read
    fullwidth: bool = True  # digits of the title and body in full width (第２９回, 令和４年１月１４日), as さいたま市 prints

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
               "text": "本文", "page": "ページ", "from": "元の議事要旨", "fullwidth": "全角数字"}
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
        "fullwidth": m.fullwidth,
    }


#: Document kinds in Japanese, for the message when --from names a document that is not minutes.
KIND_LABELS = {"committee_material": "委員会資料", "plan": "計画", "progress_report": "取組状況の報告",
               "minutes": "議事要旨", "unknown": "種類の分からない資料"}
#: The meeting's number in a title, with the year of a per-year numbering: 第29回, 令和6年度第2回, 令和６年 第４回.
_NUMBERING = re.compile(r"(?:(?P<era>令和|平成|昭和)\s*(?P<ey>\d+|元)\s*(?P<unit>年度|年)(?P<gap>[\s　]*))?"
                        r"第\s*(?P<n>\d+)\s*回")
#: What follows the body in a title (議事要旨, 会議録…), with the space before it.
_SUFFIX = re.compile(r"(?P<sep>[\s　]*)(?P<kind>議事要旨|議事録|会議録|会議記録|議事概要|会議概要|記録|要旨)$")
#: A note on how one meeting was held, which the next meeting's title does not carry over: （書面開催）.
_HELD_NOTE = re.compile(r"[（(][^（）()]*(?:開催|書面|オンライン|Web|WEB)[^（）()]*[)）]")
_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}
_NOT_EXTRACT = ("。--from には、前回の議事要旨のPDFを saiken extract で変換したJSON"
                "（例: out/議事要旨_第29回.json）を指定してください")


def load_previous(path: Path) -> Document:
    """The previous meeting's converted minutes (a `saiken extract` JSON); MeetingError in Japanese when the file
    is missing, not a converted document, or not minutes."""
    if not path.is_file():
        raise MeetingError(f"{path}: 前回の議事要旨（--from）が見つかりません")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise MeetingError(f"{path}: JSON ファイルではありません{_NOT_EXTRACT}") from None
    if not isinstance(data, dict) or not {"source", "document"} <= set(data):
        raise MeetingError(f"{path}: saiken extract の出力（変換済みJSON）ではありません{_NOT_EXTRACT}")
    try:
        doc = Document.model_validate(data)
    except ValidationError:
        raise MeetingError(f"{path}: saiken extract の出力として読めません（形式が違います）{_NOT_EXTRACT}") from None
    if doc.document.kind != "minutes" or doc.minutes is None:
        title = doc.document.title or doc.source.file
        kind = KIND_LABELS.get(doc.document.kind, doc.document.kind)
        raise MeetingError(f"{path}: 議事要旨・会議録ではありません（「{title}」は{kind}として変換されています）"
                           f"{_NOT_EXTRACT}")
    return doc


def _year_text(year: int, unit: str) -> str:
    """令和7年度 / 令和7年 for a western (fiscal) year."""
    from saiken.normalize.wareki import format_fiscal_year

    text = format_fiscal_year(year)
    return text if unit == "年度" else text.removesuffix("度")


def _date_year(iso: str, unit: str) -> int:
    day = dt.date.fromisoformat(iso)
    return wareki.fiscal_year_of(day.year, day.month) if unit == "年度" else day.year


def next_title(title: str, number: int | None = None, date: str | None = None,
               body: str | None = None) -> tuple[str, int | None, str | None]:
    """(title, meeting number, body) of the meeting after the one titled `title`: its number plus one (or
    `number`), in the next year's numbering from 第1回 when the year is part of the numbering and `date` falls in
    a later year; the held-how note （書面開催） dropped; `body` replacing the previous body. A title without a
    number stays as it is (the next 総務委員会記録 is titled the same)."""
    title = re.sub(r"\s+", " ", title.strip())
    m = _NUMBERING.search(title)
    rest = _HELD_NOTE.sub("", title[m.end():] if m else title).strip()
    suffix = _SUFFIX.search(rest)
    prev_body = rest[:suffix.start()].strip() if suffix else rest
    tail = f"{suffix.group('sep')}{suffix.group('kind')}" if suffix else ""
    body = body or prev_body or None
    if m is None:
        return f"{body or ''}{tail}".strip() or title, number, body
    n = int(m.group("n")) + 1
    year_text = ""
    if m.group("era"):
        unit = m.group("unit")
        ey = 1 if m.group("ey") == "元" else int(m.group("ey"))
        year = _ERAS[m.group("era")] + ey
        if date and (new := _date_year(date, unit)) > year:
            year, n = new, 1
            year_text = _year_text(year, unit)
        else:
            year_text = f"{m.group('era')}{m.group('ey')}{unit}"
        year_text += m.group("gap") or ""
    n = number if number is not None else n
    return f"{title[:m.start()]}{year_text}第{n}回{body or ''}{tail}", n, body


def next_meeting(previous: Document, meeting: Meeting | None = None) -> Meeting:
    """The next meeting, from the previous one's converted minutes: number, title, body and attendees carried
    over; every field the YAML `meeting` gives overrides them (its attendees replace the list)."""
    prev = previous.minutes or Minutes()
    given = meeting.model_fields_set if meeting is not None else set()
    y = meeting or Meeting()
    title = prev.title or previous.document.title or ""
    if not _NUMBERING.search(title) and prev.meeting_number:
        title = f"第{prev.meeting_number}回{title}"
    new_title, number, body = next_title(title, y.meeting_number if "meeting_number" in given else None,
                                         y.date if "date" in given else None, y.body if "body" in given else None)
    data: dict[str, Any] = {"title": new_title or None, "meeting_number": number, "body": body,
                            "attendees": [a.model_dump() for a in prev.attendees]}
    data.update({k: getattr(y, k) for k in given})
    data["attendees"] = [a if isinstance(a, dict) else a.model_dump() for a in data["attendees"]]
    data["statements"] = [s if isinstance(s, dict) else s.model_dump() for s in data.get("statements", [])]
    return Meeting.model_validate(data)


def draft_minutes(meeting: Path | Meeting | None, out: Path, template: Path | None = None,
                  previous: Path | Document | None = None, templates: Path | None = None) -> Draft:
    """Write the minutes draft to `out` from a meeting (YAML path or Meeting), the previous meeting's converted
    minutes (`previous`: JSON path or Document), or both (the YAML's values win); returns it with its gaps.
    The template is `template`, else minutes.docx in the folder `templates`, else the packaged one."""
    m = meeting if isinstance(meeting, Meeting) or meeting is None else load_meeting(meeting)
    if previous is not None:
        m = next_meeting(previous if isinstance(previous, Document) else load_previous(previous), m)
    if m is None:
        raise MeetingError("会議の記録（MEETING.yaml）か --from（前回の議事要旨を変換したJSON）を指定してください")
    return render(template or template_path(TEMPLATE, templates), minutes_context(m), out)
