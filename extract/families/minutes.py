"""Family parser for minutes (議事要旨・会議録・議事録) of 債権 committees and 本部会.

Reads the title (第29回…本部会 議事要旨), the labelled parts before the discussion (開催方法/日時, 出席者 by
role, 議題, 資料), whether printed as numbered headings or as a two-column table of label and value, then
every speaker block of the discussion with its section heading. Numbers in ruled statistical tables
printed inside the minutes become facts through the shared table reader (saiken.extract.statables).
"""
from __future__ import annotations

import re

from saiken.extract.docinfo import municipality_of
from saiken.extract.families import minutes_people, minutes_speech
from saiken.extract.statables import is_statistical
from saiken.extract.families.minutes_text import Block, Part, TextLine, blocks, heading_text, items, join_lines, \
    part_key, split_label, split_parts, stream, tidy
from saiken.extract.layout import Grid, Page
from saiken.extract.records import Attendee, Document, DocWarning, Kind, Minutes, Statement
from saiken.normalize.errors import NormalizeError
from saiken.normalize.numerals import read_int
from saiken.normalize.wareki import DateValue, find_dates
from saiken.normalize.text import despace

TITLE_WORDS = re.compile(r"議事要旨|議事録|会議録|議事概要|会議要旨|会議概要|議事要録|会議記録")
_WAY = r"(?:ハイブリッド|書面|オンライン|web|ウェブ|対面|持ち回り|持回り|リモート|テレビ会議|zoom|teams)"
#: How the meeting was held, with what the words around it add: 書面開催, 対面及びオンライン(Web会議)の併用.
METHOD_WORDS = re.compile(rf"{_WAY}(?:(?:及び|および|と|・|並びに){_WAY})*(?:\([^()]{{1,15}}\))?の?"
                          r"(?:開催|会議|形式|審議|方式|併用|による)*", re.IGNORECASE)
SESSION = re.compile(r"\s*(?:定例会|臨時会|定例議会|臨時議会|議会)")
MEETING_NUMBER = re.compile(r"第\s*([0-9]+|[一二三四五六七八九十百〇]+)\s*回")
SPACED = re.compile(r"(?<![^\s])(?:[^\x00-\x7f] ){2,}[^\x00-\x7f](?![^\s])")  # 議 事 要 旨


def _title_lines(head: list[TextLine], page_one: list[TextLine]) -> list[TextLine]:
    """The title: the lines printed at the largest size before the first heading (or on page 1)."""
    pool = head or page_one[:6]
    if not pool:
        return []
    top = max(ln.size for ln in pool)
    lines = [ln for ln in pool if ln.size >= top - 0.5]
    after = pool.index(lines[-1]) + 1
    if after < len(pool) and (re.fullmatch(r"\s*[(（]\s*(?:(?:令和|平成|R)\s*[0-9元]+\s*年度?\s*)?第\s*[0-9]+\s*回\s*[)）]\s*",
                                           pool[after].text) or re.fullmatch(r"\s*第\s*[0-9]+\s*回\s*", pool[after].text)):
        lines.append(pool[after])  # 総務常任委員会記録 over 「（第８回）」 or 「第 ４ 回」 printed smaller: the title's number
    before = pool.index(lines[0]) - 1
    if before >= 0 and (NUMBER_LINE.fullmatch(pool[before].text)
                        or re.fullmatch(r"\s*(?:令和|平成)\s*[0-9元]+\s*年\s*", pool[before].text)):
        lines.insert(0, pool[before])  # 「令和7年度第2回」 (or a council's 「令和６年」) on a line of its own right above
        # the title
    return lines


NUMBER_LINE = re.compile(r"\s*(?:(?:令和|平成|R)\s*[0-9０-９元]+\s*年度\s*)?第\s*[0-9０-９]+\s*回\s*")


def meeting_number(title: str) -> int | None:
    """The meeting's number in its title (第4回); the number of a council session a committee record names
    (令和7年第4回定例会 総務文教常任委員会記録) is not the committee's."""
    m = next((m for m in MEETING_NUMBER.finditer(title)
              if not (SESSION.match(title, m.end()) and "委員会" in title[m.end():])), None)
    return read_int(m.group(1)) if m else None


def _heading_above(g: Grid, page: Page) -> str | None:
    """The part key of the nearest heading printed above a table on its page (None: no heading above)."""
    for ln in sorted((ln for ln in page.lines if ln.bbox[3] <= g.bbox[1] + 1), key=lambda ln: -ln.bbox[1]):
        h = heading_text(ln.text.strip())
        if h is not None:
            return part_key(split_label(h)[0])
    return None


def _table_attendees(pages: list[Page]) -> list[Attendee]:
    """Attendees listed in ruled tables (区分 | 職名 | 氏名) printed under the attendee heading."""
    return [a for p in pages for g in p.grids if _heading_above(g, p) == "attendees"
            for a in minutes_people.table_attendees(g)]


def _grid_parts(pages: list[Page]) -> list[Part]:
    """Parts from label/value tables (開催日時 | 令和6年…): one part per row whose first cell is a known label."""
    parts: list[Part] = []
    for p in pages:
        for g in p.grids:
            parts.extend(_label_rows(g, p.number))
    return parts


def _label_rows(g: Grid, page: int) -> list[Part]:
    """Parts from one label/value table; none from a list of people with column headers, a statistical table
    (収納状況の表, whose row labels may contain part words: 教育委員会) or a 発言者 | 発言要旨 table."""
    if g.ncols < 2 or minutes_people.table_attendees(g) or is_statistical(g) or \
            minutes_speech.is_speech_table(g):
        return []
    out: list[Part] = []
    for r in range(g.nrows):
        label = g.cell(r, 0)
        value = g.cell(r, g.ncols - 1)
        if label is None or value is None or label is value or label.row != r:
            continue
        key = part_key(label.text)
        core = despace(re.sub(r"[(（][^()（）]*[)）]", "", label.text))  # (説明のため出席した者（6名）: its count aside)
        if key is None or key == "discussion" or len(core) > 12:
            continue
        lines = value.lines or [value.text]
        size = 10.0
        out.append(Part(key, label.text, [TextLine(page, t, value.bbox[0], size) for t in lines if t.strip()]))
    return out


def _once(texts: list[str]) -> list[str]:
    """Agenda items, an item printed again inside an earlier one left out (◎所管事務調査 町の債権管理の状況について
    over the discussion repeats 付議事件 1)."""
    out: list[str] = []
    for t in texts:
        if not any(despace(t) in despace(s) for s in out):
            out.append(t)
    return out


def _first(parts: list[Part], *keys: str) -> Part | None:
    return next((p for p in parts if p.key in keys), None)


def _text(part: Part | None) -> str:
    return (part.heading + " " + join_lines(part.lines).replace("\n", "")) if part else ""


def _date(parts: list[Part], fallback: str) -> tuple[str | None, str | None]:
    """ISO date and printed date of the meeting: the first complete date (year, month and day; a 令和7年度第2回
    before it is passed over) of the 日時 part, else of the 方法 part, else of the text before the discussion;
    for a meeting held in writing (書面開催) the date the materials were sent (「令和4年1月14日付けで…送付」).
    (None, None) when no complete date is printed."""
    texts = [_text(_first(parts, "date")), _text(_first(parts, "method")), fallback]
    if any("書面" in (t or "") for t in texts[1:]):
        for text in texts:
            for d in _full_dates(text or ""):
                if re.search(re.escape(d.raw) + r"\s*(?:付|に送付|送付)", text or ""):
                    return d.iso, d.raw
    for text in texts:
        full = [d for d in _full_dates(text or "")  # 「第2回…会議（令和7年11月20日開催）」: another meeting's date
                if not re.search(re.escape(d.raw) + r"\s*開催\s*[)）]", text or "")]
        if full:
            return full[0].iso, full[0].raw
    return None, None


def _full_dates(text: str) -> list[DateValue]:
    """The complete dates printed in a text, in order."""
    try:
        return [d for d in find_dates(text) if d.day is not None and d.iso]
    except (NormalizeError, ValueError):
        return []


def _method(parts: list[Part], fallback: str) -> str | None:
    """How the meeting was held (書面開催, 対面, オンライン…), from the 方法/形式 part, else the other header parts."""
    for text in (_text(_first(parts, "method")), _text(_first(parts, "date", "place")), fallback):
        m = METHOD_WORDS.search(text)
        if m:
            return re.sub(r"(?:の|による)$", "", m.group(0))
    return None


def _statements(found: list[Block], doc: Document) -> list[Statement]:
    out = []
    for b in found:
        text = join_lines(b.lines)
        if b.speaker is None:
            doc.warnings.append(DocWarning(page=b.page, code="unattributed_statement",
                                           message=f"発言者の分からない発言があります: 「{text[:30]}…」"))
            continue
        out.append(Statement(speaker=b.speaker, section=b.section, text=text, page=b.page))
    return out


def municipality(title: str) -> str | None:
    """The municipality a title names (第29回さいたま市債権回収対策本部会 → さいたま市), None when none."""
    return municipality_of(title)


#: A bracketed note of the papers an agenda item was discussed on (（資料：総務常任委員会資料「…」）): no item.
MATERIAL_ASIDE = re.compile(r"^\s*[(（]\s*(?:資料|参考資料|配付資料)\s*[:：]")


class MinutesParser:
    """議事要旨・会議録: title, meeting data, attendees, agenda, materials and statements."""

    name = "minutes"
    kind: Kind = "minutes"

    def score(self, pages: list[Page]) -> float:
        """High when page 1 opens with a minutes title and the usual parts (出席者, 議題, 発言) follow."""
        if not pages:
            return 0.0
        lines = stream(pages[:3])
        top = [ln.text for ln in lines if ln.page == pages[0].number][:8]
        titled = any(TITLE_WORDS.search(t.replace(" ", "")) for t in top)
        head, parts = split_parts(lines)
        keys = {p.key for p in parts} | {p.key for p in _grid_parts(pages[:2])}
        found = sum(k in keys for k in ("attendees", "agenda", "discussion", "date", "method"))
        score = (0.6 if titled else 0.0) + 0.08 * found
        return min(score, 1.0) if titled else min(score, 0.25)

    def parse(self, pages: list[Page], doc: Document) -> None:
        """Fill doc.minutes, doc.document and, for statistical tables in the minutes, doc.facts."""
        lines = stream(pages)
        head, parts = split_parts(lines)
        parts = parts + _grid_parts(pages)
        title_lines = _title_lines(head, [ln for ln in lines if ln.page == 1])
        title = SPACED.sub(lambda m: m.group(0).replace(" ", ""), tidy(" ".join(ln.text for ln in title_lines))) or None
        before = "".join(join_lines(p.lines).replace("\n", "") for p in parts if p.key != "discussion")
        date, date_raw = _date(parts, before + " " + " ".join(ln.text for ln in head))
        discussion = _first(parts, "discussion")
        attendees = [a for p in parts if p.key == "attendees" for a in minutes_people.attendees(p)] + \
            _table_attendees(pages)
        doc.minutes = Minutes(
            title=title,
            meeting_number=meeting_number(title or ""),
            date=date,
            method=_method(parts, before),
            attendees=attendees,
            agenda=_once([t for p in parts if p.key == "agenda" for t in items(p.lines)
                          if not MATERIAL_ASIDE.match(t)]),  # (（資料：…） under 付議事件: what was handed out)
            materials=[t for p in parts if p.key == "materials" for t in items(p.lines)],
            statements=_statements(blocks(discussion.lines) if discussion else [], doc),
        )
        if discussion is None:
            doc.warnings.append(DocWarning(page=None, code="no_discussion",
                                           message="発言（意見及び質問・会議の経過など）の見出しが見つかりません"))
        info = doc.document
        info.kind, info.family = self.kind, self.name
        info.title = title
        info.municipality = municipality(title or "")
        info.date, info.date_raw = date, date_raw
        # statistical tables (別表) are read by the shared table reader (pipeline._unread_tables)


PARSER = MinutesParser()
