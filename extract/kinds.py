"""What kind of document a PDF is, told from its title in any city's wording (extract/lexicon.yaml `kinds`).

The title is the largest print among the first lines of the first page; when it names no kind, the first lines
together are read. Minutes words win over progress words, progress over committee, committee over plan:
「債権回収・整理計画（中間報告）」 is a progress report, 「債権管理委員会 会議録」 minutes.
"""
from __future__ import annotations

import re

from saiken.extract.layout import Line, Page
from saiken.extract.lexicon import LEXICON
from saiken.extract.records import Kind
from saiken.normalize.text import despace

HEAD_LINES = 10


def head_lines(pages: list[Page]) -> list[Line]:
    """The first lines of the first page that has text (running headers removed)."""
    for p in pages[:2]:
        if p.lines:
            return p.lines[:HEAD_LINES]
    return []


def title_lines(pages: list[Page]) -> list[Line]:
    """The lines printed in the largest size among the head lines (the title, possibly over two lines)."""
    head = [ln for ln in head_lines(pages) if len(despace(ln.text)) >= 4
            and len(re.sub(r"[0-9０-９,.，．%％億万千円ポイント\s]", "", ln.text)) >= 2]  # (not a panel's big 93.42%)
    if not head:
        return []
    top = max(ln.size for ln in head)
    return [ln for ln in head if ln.size >= top - 0.5]


def kind_of(text: str) -> Kind | None:
    """The kind a title names, or None."""
    t = despace(text)
    for kind, pattern in LEXICON.kinds:
        if pattern.search(t):
            return kind  # type: ignore[return-value]
    return None


COLLECTION_STATE = re.compile(r"(?:収納|徴収|収入)状況|年度末(?:の)?見込")  # what a report of a month end is about
DATED_REPORT = re.compile(r"[0-9０-９]+月末(?:現在|時点)|中間報告|上半期|下半期")
SECTION_NUMBER = re.compile(r"^\s*(?:[0-9０-９]{1,2}[\s.．、]|[(（][0-9０-９]{1,2}[)）])")  # 1 市税等の収納状況について: a part's
AGENDA = re.compile(r"(?:会議)?次第")  # the order of business heading a meeting's papers
MATERIAL = re.compile(r"(?:委員会|会議|本部会|部会|協議会)\s*資料|^資料\s*[0-9０-９]")


COUNCIL_SPEAKER = re.compile(r"^\s*[○◯〇◎]\s*(?:[^\s【〔\[(（]{1,6}\s)?([^\s【〔\[(（]{1,12}?(?:長|委員|議員|部長|課長|局長|参事|次長|主幹|君))"
                             r"(?:[\s【(（]|$)")  # ○委員長, ◯税務課長【…】, ◎坂本由美 債権管理課長


def council_record(pages: list[Page]) -> bool:
    """True for a council committee record: three lines or more open with a marked speaker (○委員長, ◯税務課長【…】)."""
    lines = [ln.text for p in pages[:4] for ln in p.lines]
    return sum(1 for t in lines if COUNCIL_SPEAKER.match(t)) >= 3


def title_kind(pages: list[Page]) -> Kind | None:
    """The kind the document's title names; else the kind its first lines name; None when neither does. Minutes
    words in the title win; then a title reporting a month end (取組状況（11月末現在）, 中間報告) stays a progress
    report; then a head line marking the paper as a committee's material (経済総務委員会資料, 資料1) makes it
    committee_material whatever report it carries (債権管理の取組状況について)."""
    title = " ".join(ln.text for ln in title_lines(pages))
    kind = kind_of(title)
    if kind == "minutes":
        return kind
    head = head_lines(pages)[:5]
    if kind in (None, "committee_material") and any(AGENDA.fullmatch(despace(ln.text)) or despace(ln.text).endswith(
            "次第") for ln in head):
        return "committee_material"  # 「…債権管理対策会議」 over 「次　第」: the meeting's papers, whatever record they carry
    if kind in (None, "committee_material") and (kind_of(" ".join(ln.text for ln in head[:2])) == "minutes"
                                                 or council_record(pages)):
        return "minutes"  # 「町税等徴収対策強化特別委員会」 over ○委員長 … ○税務課長 …: the record of the meeting
    if kind == "progress_report" and not SECTION_NUMBER.match(title) and (
            DATED_REPORT.search(despace(title)) or _stamped(pages)):
        return kind  # 「未収金対策の取組状況（11月末現在）」 under 「…推進会議資料」: a report of a month end, wherever shown
        # (also with the month end on a line of its own under the title: （令和６年２月末現在）)
    if any(MATERIAL.search(despace(ln.text)) and not despace(ln.text).startswith(("配付資料", "配布資料"))
           for ln in head):
        return "committee_material"
    if kind is None and not SECTION_NUMBER.match(title) and COLLECTION_STATE.search(despace(title)) and _stamped(pages):
        return "progress_report"  # 「令和7年度 市税等の収納状況及び年度末見込みについて」 over 「令和7年12月末現在」
    return kind or kind_of(" ".join(ln.text for ln in head_lines(pages)[:5]))


def _stamped(pages: list[Page]) -> bool:
    """True when the document states the month end it is as of near its title (see docinfo.document_stamp)."""
    from saiken.extract.docinfo import document_stamp
    return document_stamp(pages) is not None


def running_kind(pages: list[Page]) -> Kind | None:
    """committee_material when the running header marks the pages as a committee's material (「総務消防委員会協議会
    資料」 repeated on every page); for a document neither its title nor a family's layout tells."""
    running = [ln for p in pages[:1] for ln in p.running]
    return "committee_material" if any(MATERIAL.search(despace(ln.text)) for ln in running) else None
