"""What every document says about itself, read the same way for every family: title, municipality and date.

- title: the largest print among the first lines of the first page (saiken.extract.kinds.title_lines);
- municipality: the name the title begins with once its lead (第2次, 令和6年度, 第29回) is set aside, in kanji or
  kana (尼崎市, 世田谷区, つくば市, いわき市, 東村山市: 市 is looked for before 区, 町 and 村), else the same in the
  running headers and first lines;
- date: the first complete date (year, month and day) printed on the first page that is not a range of a
  period; else the first year and month (令和5年2月 → the 1st).
A family's own reading wins where it has one; these fill what it left empty.
"""
from __future__ import annotations

import calendar
import re

from saiken.extract.kinds import head_lines, title_lines
from saiken.extract.layout import Page
from saiken.extract.records import DocumentInfo
from saiken.normalize.errors import NormalizeError
from saiken.normalize.text import despace
from saiken.normalize.wareki import find_dates

LEAD = re.compile(r"^(?:(?:令和|平成|R|H)\s*(?:[0-9]+|元)\s*年度?|\(?[0-9]{4}年度?\)?|第\s*[0-9]+\s*[次回期]|[【\[(（].{0,8}?[】\])）]|資料\s*[0-9]*|\s|・)+")
NAME = "[一-龥々ぁ-んァ-ヶー]"
SUFFIXES = ("市", "区", "町", "村")
NOT_A_NAME = re.compile(r"^(?:本|全|各|当|同|都|この|その|我が|市|区)")


def municipality_of(text: str) -> str | None:
    """The municipality a title or heading begins with (see module docstring), None when it names none."""
    rest = LEAD.sub("", despace(text))
    pref = re.match(rf"^({NAME}{{2,3}}[都道府県])(?={NAME})", rest)
    head = rest[pref.end():] if pref else rest
    for suffix in SUFFIXES:
        m = re.match(rf"^({NAME}{{1,7}}?{suffix}(?:{suffix}(?![民役長議内立営税政]))?)", head)  # 廿日市市: the name
        # holds its suffix (not 田村市 市民部: the department after the name)
        if m and not NOT_A_NAME.match(m.group(1)) and len(m.group(1)) >= 2:
            return m.group(1)
    return None


def _date(pages: list[Page]) -> tuple[str | None, str | None]:
    """(ISO date, printed text) of the first complete date on the first page, else of its first year and month."""
    if not pages:
        return None, None
    text = "\n".join(ln.text for ln in pages[0].lines)
    try:
        dates = find_dates(text)
    except NormalizeError:
        return None, None
    full = next((d for d in dates if d.day is not None and d.iso), None)
    if full is not None:
        return full.iso, full.raw
    month = next((d for d in dates if d.month is not None and d.era), None)
    if month is not None:
        after = text[text.find(month.raw) + len(month.raw):][:1] if month.raw in text else ""
        end = month.raw.rstrip().endswith("末") or after == "末"
        day = calendar.monthrange(month.year, month.month)[1] if end else 1  # 令和6年2月末（現在）: that month's end
        return f"{month.year:04d}-{month.month:02d}-{day:02d}", month.raw + ("末" if after == "末" else "")
    return None, None


TITLE_STAMP = re.compile(r"[(（]\s*((?:令和|平成|R|H)\s*[0-9元]+\s*年\s*[0-9]{1,2}\s*月\s*(?:[0-9]{1,2}\s*日|末日?)\s*"
                         r"(?:現在|時点))\s*[)）]\s*$")
STAMP = re.compile(r"^\s*[(（]?\s*(?:令和|平成|R|H)\s*[0-9元]+\s*年\s*[0-9]{1,2}\s*月\s*(?:[0-9]{1,2}\s*日|末日?)\s*(?:現在|時点)\s*[)）]?\s*$")


#: the time a report's figures are of, said in its first page's running text (令和６年２月末時点における収納状況)
PROSE_STAMP = re.compile(r"((?:令和|平成|R|H)[0-9元]+年[0-9]{1,2}月末日?)(?:時点|現在)(?:における|での|の)"
                         r"[^。]{0,24}?(?:収納|徴収|収入|回収)(?:の)?(?:状況|実績)")


def document_stamp(pages: list[Page]) -> str | None:
    """The month end (or day) the whole document is as of, printed alone near the title (（令和7年12月末現在）), in
    the title's bracket, or in the first page's running text of what is reported (…、令和６年２月末時点における収納状況
    と…を取りまとめた): ISO date, else None. Read once per document (kept in the first page's views)."""
    if not pages:
        return None
    if "document stamp" not in pages[0].views:
        pages[0].views["document stamp"] = _document_stamp(pages)
    return pages[0].views["document stamp"]


def _document_stamp(pages: list[Page]) -> str | None:
    from saiken.extract.statkeys import key_of
    for ln in head_lines(pages)[:8]:
        if STAMP.match(ln.text):
            return key_of(ln.text).as_of
    running = {key_of(ln.text).as_of for p in pages for ln in p.running if STAMP.match(ln.text)}
    if len(running) == 1:  # 「令和7年12月末現在」 in the running footer, one date however many pages print it: the
        return running.pop()  # whole document's time
    for ln in title_lines(pages):  # 令和5年度 未収金対策の取組状況（令和6年2月末現在）: the title's own bracket
        if (m := TITLE_STAMP.search(ln.text)):
            return key_of(m.group(1)).as_of
    if (m := PROSE_STAMP.search(despace("".join(ln.text for ln in pages[0].lines_outside_grids())))):
        return key_of(m.group(1)).as_of
    return None


def page_stamp(page: Page) -> str | None:
    """The month end (or day) a page is as of, printed alone on a line of its own outside its tables (a slide's
    「令和６年２月末現在」 in its corner) or in the bracket of the page's title (主要債権の収納状況（令和７年９月末現在）)
    among its first lines: ISO date, else None."""
    from saiken.extract.statkeys import key_of
    outside = page.lines_outside_grids()
    for ln in outside:
        if STAMP.match(ln.text):
            return key_of(ln.text).as_of
    for ln in outside[:3]:  # the page's title with its bracket: 主要債権の収納状況（令和７年９月末現在）
        if (m := TITLE_STAMP.search(ln.text)) and len(ln.text) <= 40:
            return key_of(m.group(1)).as_of
    return None


def document_year(pages: list[Page]) -> int | None:
    """The 年度 of the document's date (令和7年2月3日 → 2024): the year of figures nothing else dates."""
    iso, _ = _date(pages)
    if not iso:
        return None
    y, m = int(iso[:4]), int(iso[5:7])
    return y - 1 if m < 4 else y


def fill(info: DocumentInfo, pages: list[Page]) -> None:
    """Fill the title, municipality and date a family left empty."""
    if not info.title:
        title = " ".join(ln.text for ln in title_lines(pages)).strip()
        info.title = title or None
    if not info.municipality:
        sources = [info.title or ""] + [ln.text for p in pages[:3] for ln in p.running] + \
                  [ln.text for ln in head_lines(pages)]
        info.municipality = next((m for t in sources if (m := municipality_of(t))), None)
    if not info.date:
        info.date, info.date_raw = _date(pages)
