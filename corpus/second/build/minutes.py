"""Second set for the minutes family: PDFs made with another tool chain (HTML + CSS laid out by PyMuPDF's Story).

    python corpus/second/build/minutes.py

Makes, with their gold records:
- corpus/second/pdf/minato_minutes_r6_2.pdf: a 会議録 of a fictional city (みなと市) in another style than the
  さいたま市 議事要旨: the meeting data in a two-column label/value table (開催日時 with a Western date,
  出席委員 with names, 欠席委員, 事務局, 議題, 配布資料), ■会議の経過 with ○委員長 / 【財政課長】 speaker labels,
  and a statistical table (R6/R5 columns, 収入率, 滞繰分, 千円, △) that runs over a page break.
- corpus/second/pdf/unknown_bousai_annai.pdf: a 防災訓練 notice with a timetable, of no family (kind unknown).

The figures are generated below from base amounts (rates and differences computed and rounded as printed),
and the same data writes the HTML and the gold. Page numbers in the gold are checked against the built PDF.
"""
from __future__ import annotations

import hashlib
import html
import io
import json
import re
import sys
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from saiken.extract.records import (  # noqa: E402
    Attendee, Document, DocumentInfo, Fact, Minutes, Source, Statement, Table,
)
from saiken.normalize.text import fold  # noqa: E402

SECOND = ROOT / "corpus" / "second"
FONTS = ("/usr/share/fonts/opentype/ipaexfont-mincho", "/usr/share/fonts/opentype/ipaexfont-gothic")
CSS = """
@font-face {font-family: mincho; src: url(ipaexm.ttf);}
@font-face {font-family: gothic; src: url(ipaexg.ttf);}
* {font-family: mincho; font-size: 10.5pt; line-height: 1.4;}
h1 {font-family: gothic; font-size: 14pt; text-align: center; margin: 0 0 10pt 0;}
h2 {font-family: gothic; font-size: 11pt; margin: 10pt 0 4pt 0;}
h3 {font-family: gothic; font-size: 10.5pt; margin: 6pt 0 2pt 8pt;}
p {margin: 0 0 3pt 0;}
p.say {margin-left: 10.5pt; text-indent: -10.5pt;}
p.body {margin-left: 10.5pt; text-indent: 10.5pt;}
p.caption {font-family: gothic; font-size: 9.5pt; margin: 6pt 0 2pt 0;}
p.note {font-size: 9pt; margin: 2pt 0 6pt 0;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.8pt solid black; padding: 1pt 3pt; font-size: 9pt; line-height: 1.2; vertical-align: top;}
th {font-family: gothic; text-align: center; background-color: #e8e8e8;}
th.label {white-space: nowrap;}
td.num {text-align: right;}
.open {border-bottom: none;}
.mid {border-top: none; border-bottom: none;}
.shut {border-top: none;}
"""


def _q(x: float | Decimal, places: str = "0.01") -> Decimal:
    return Decimal(str(x)).quantize(Decimal(places), rounding=ROUND_HALF_UP)


def _signed(d: Decimal) -> str:
    return f"△{-d}" if d < 0 else f"{d}"


# ------------------------------------------------------------------------------------------- data

MUNICIPALITY = "みなと市"
TITLE = "令和6年度 第2回みなと市債権管理委員会 会議録"
RUNNING_HEADER = "みなと市債権管理委員会 会議録"
DATE, DATE_RAW = "2024-11-20", "2024年11月20日(水)"
METHOD = "ハイブリッド開催"
MEETING = (
    ("開催日時", ["２０２４年１１月２０日（水）午後２時００分～午後３時３０分"]),
    ("開催場所", ["みなと市役所本庁舎 7階 第3委員会室"]),
    ("会議形式", ["ハイブリッド開催（対面・オンライン併用）"]),
    ("出席委員", ["委員長　山田 太郎（副市長）", "副委員長　佐藤 花子（財政部長）", "委員　田中 健（市民部長）",
              "委員　伊藤 美咲（健康福祉部長）", "委員　渡辺 誠（こども未来部長）", "委員　中村 剛（都市整備部長）"]),
    ("欠席委員", ["委員　小林 浩（上下水道局長）"]),
    ("事務局", ["財政課長　鈴木 一郎、債権管理係長　高橋 次郎"]),
    ("議題", ["(1) 令和6年度上半期の収納状況について", "(2) 債権管理条例に基づく債権放棄について", "(3) その他"]),
    ("配布資料", ["資料1 主な債権の収納状況（令和6年9月末現在）", "資料2 債権放棄の状況（令和5年度）",
              "参考資料 みなと市債権管理方針"]),
)
ATTENDEES = (
    ("委員長", "副市長", "山田 太郎"), ("副委員長", "財政部長", "佐藤 花子"), ("委員", "市民部長", "田中 健"),
    ("委員", "健康福祉部長", "伊藤 美咲"), ("委員", "こども未来部長", "渡辺 誠"), ("委員", "都市整備部長", "中村 剛"),
    ("事務局", "財政課長", "鈴木 一郎"), ("事務局", "債権管理係長", "高橋 次郎"),
)
AGENDA = ("令和6年度上半期の収納状況について", "債権管理条例に基づく債権放棄について", "その他")
MATERIALS = ("資料1 主な債権の収納状況(令和6年9月末現在)", "資料2 債権放棄の状況(令和5年度)",
             "参考資料 みなと市債権管理方針")


@dataclass(frozen=True)
class Debt:
    """One debt of the table: 現年分 and 滞繰分 (調定額, 収入済額 in 千円) and last year's rates as printed."""

    name: str
    current: tuple[int, int]
    arrears: tuple[int, int]
    prev_rates: tuple[str, str, str]  # R5 9月末 収入率: 現年分, 滞繰分, 計


DEBTS = (
    Debt("市税", (48215330, 27903114), (2104552, 398117), ("57.62", "17.95", "55.31")),
    Debt("国民健康保険税", (9876540, 4412876), (2345678, 301234), ("45.02", "13.64", "38.77")),
    Debt("介護保険料", (6543210, 3480005), (187654, 22019), ("53.71", "12.48", "52.66")),
    Debt("後期高齢者医療保険料", (2987650, 1590321), (45321, 9876), ("53.02", "22.91", "52.60")),
    Debt("保育所保育料", (812345, 401200), (98765, 8765), ("48.85", "10.02", "44.51")),
    Debt("市営住宅使用料", (1234567, 598432), (156789, 12345), ("49.10", "8.87", "44.73")),
)
SEGMENT_LABELS = (("現年分", "current"), ("滞繰分", "arrears"), ("計", "total"))
TABLE_CAPTION = "表1　主な債権の収納状況（令和6年9月末現在）（単位：千円）"
TABLE_NOTE = "※ 収入率は収入済額÷調定額。増減はR5同期の収入率との差（ポイント）。"
SPLIT_AT = 4  # data rows on the first page: the break falls inside 国民健康保険税 (滞繰分 and 計 go over)
PAGE_BREAK = "<!--page-->"
HEADER_ROWS = (
    ["債権名", "区分", "R6（9月末）", "", "", "", "R5（9月末）", "増減"],
    ["", "", "調定額", "収入済額", "収入未済額", "収入率", "収入率", "（ポイント）"],
)


def table_rows() -> list[tuple[str, str, list[str]]]:
    """(debt, segment key, printed cells after the two label columns) for every data row."""
    out = []
    for d in DEBTS:
        total = (d.current[0] + d.arrears[0], d.current[1] + d.arrears[1])
        for (label, seg), (assessed, collected), prev in zip(SEGMENT_LABELS, (d.current, d.arrears, total),
                                                               d.prev_rates):
            rate = _q(Decimal(collected) * 100 / Decimal(assessed))
            diff = rate - Decimal(prev)
            out.append((d.name, seg, [f"{assessed:,}", f"{collected:,}", f"{assessed - collected:,}", f"{rate}",
                                      prev, _signed(diff)]))
    return out


@dataclass(frozen=True)
class Say:
    """One statement: printed label style ('circle' ○委員長 … or 'bracket' 【財政課長】), speaker, paragraphs."""

    style: str
    speaker: str
    paras: tuple[str, ...]
    table_after: bool = False


DISCUSSION: tuple[tuple[str, str, tuple[Say, ...]], ...] = (
    ("h2", "1　開会", (
        Say("circle", "委員長", ("ただいまから、令和６年度第２回みなと市債権管理委員会を開会します。本日は委員７名中６名の"
                               "出席があり、委員会規則第５条の定足数を満たしていることを報告します。",)),
    )),
    ("h2", "2　議事", ()),
    ("h3", "(1) 令和6年度上半期の収納状況について", (
        Say("bracket", "財政課長", (
            "資料１に基づき、主な債権の令和６年９月末現在の収納状況を説明します。市税の現年分の収入率は前年同期を上回って"
            "いますが、国民健康保険税と保育所保育料は前年同期を下回っています。滞繰分は、差押えなどの滞納処分を進めた市税の"
            "収入率が改善しました。表１をご覧ください。",), table_after=True),
        Say("circle", "佐藤副委員長", (
            "国民健康保険税の滞繰分の収入率が前年同期より下がっている理由を教えてください。また、下半期にどのような対策を"
            "考えているかも伺います。",)),
        Say("bracket", "財政課長", (
            "転出者や資格喪失者の滞納が増えていることが主な要因です。下半期は、財産調査を早期に行い、納付資力のある方には"
            "差押えを、資力のない方には執行停止を検討し、滞繰分の圧縮に努めます。",)),
        Say("circle", "田中委員", (
            "保育所保育料の現年分は、口座振替の利用率が下がっているのではないでしょうか。入園時の手続で口座振替を"
            "勧めていただきたい。",)),
        Say("bracket", "債権管理係長", (
            "口座振替の利用率は前年同期から１．２ポイント低下しています。令和７年度の入園案内から、スマートフォンで"
            "申し込めるＷｅｂ口座振替を導入する予定です。",)),
    )),
    ("h3", "(2) 債権管理条例に基づく債権放棄について", (
        Say("bracket", "財政課長", (
            "資料２のとおり、令和５年度は条例第１５条に基づき、時効が完成した私債権など２１５件、１，８４２万円を放棄し、"
            "議会に報告しました。",)),
        Say("circle", "伊藤委員", (
            "放棄に至るまでの調査の記録は、所管課ごとに統一されているのでしょうか。",)),
        Say("bracket", "財政課長", (
            "令和６年度から調査票の様式を統一し、放棄の判断基準を記載したマニュアルを全所管課に配布しています。",)),
        Say("circle", "委員長", (
            "債権放棄は、回収の努力を尽くしたうえでの判断であることを、記録で示せるようにしてください。",)),
    )),
    ("h2", "3　閉会", (
        Say("circle", "委員長", ("以上で本日の議事はすべて終了しました。次回は令和７年２月に開催する予定です。"
                               "これをもちまして閉会します。",)),
    )),
)


# ------------------------------------------------------------------------------------------- HTML

def _cells(row: list[str], tag: str = "td", classes: list[str] | None = None) -> str:
    out = []
    for k, text in enumerate(row):
        cls = (classes or [""] * len(row))[k]
        out.append(f"<{tag}{f' class={cls!r}' if cls else ''}>{html.escape(text)}</{tag}>")
    return "<tr>" + "".join(out) + "</tr>"


def _stat_table(rows: slice) -> str:
    """The statistical table's header and the data rows in `rows` (the part printed on one page)."""
    top, bottom = HEADER_ROWS
    head = ("<tr><th class='open' style='width:78pt'>" + top[0] + "</th><th class='open' style='width:32pt'>" + top[1]
            + f"</th><th colspan='4'>{top[2]}</th><th>{top[6]}</th><th class='open'>{top[7]}</th></tr>"
            + "<tr><th class='shut'></th><th class='shut'></th>"
            + "".join(f"<th style='width:{w}pt'>{t}</th>" for t, w in zip(bottom[2:7], (56, 56, 56, 40, 40)))
            + f"<th class='shut'>{bottom[7]}</th></tr>")
    body = []
    for k, (debt, seg, cells) in list(enumerate(table_rows()))[rows]:
        pos = k % 3
        first = debt if pos == 0 else ""
        label = SEGMENT_LABELS[pos][0]
        body.append(_cells([first, label, *cells], classes=[("open", "mid", "shut")[pos], "",
                                                            *["num"] * 6]))
    return f"<table>{head}{''.join(body)}</table>"


def _say(s: Say) -> str:
    """A statement; after the one that presents the table, the table's first part, a page break (PAGE_BREAK),
    the header printed again and the rest, as Word prints a table whose header rows repeat."""
def _say(s: Say) -> str:
    paras = []
    for k, text in enumerate(s.paras):
        if k == 0 and s.style == "circle":
            paras.append(f"<p class='say'>○{html.escape(s.speaker)}　{html.escape(text)}</p>")
        elif k == 0:
            paras.append(f"<p>【{html.escape(s.speaker)}】</p><p class='body'>{html.escape(text)}</p>")
        else:
            paras.append(f"<p class='body'>{html.escape(text)}</p>")
    if s.table_after:
        paras += [f"<p class='caption'>{html.escape(TABLE_CAPTION)}</p>", _stat_table(slice(0, SPLIT_AT)), PAGE_BREAK,
                  _stat_table(slice(SPLIT_AT, None)), f"<p class='note'>{html.escape(TABLE_NOTE)}</p>"]
    return "".join(paras)


def minutes_html() -> str:
    """The 会議録 as HTML."""
    rows = "".join(f"<tr><th class='label'>{label}</th><td>{'<br/>'.join(html.escape(v) for v in values)}</td></tr>"
                   for label, values in MEETING)
    parts = [f"<h1>{html.escape(TITLE)}</h1>", f"<table>{rows}</table>", "<h2>■ 会議の経過</h2>"]
    for level, heading, says in DISCUSSION:
        parts.append(f"<{level}>{html.escape(heading)}</{level}>")
        parts.extend(_say(s) for s in says)
    return "".join(parts)


# ------------------------------------------------------------------------------------------- PDF

def render(body: str, dest: Path, header: str) -> Path:
    """Lay the HTML out on A4 pages with Story (a new page at each PAGE_BREAK), then print the running header and
    the page numbers."""
    archive = pymupdf.Archive()
    for folder in FONTS:
        archive.add(folder)
    page_rect = pymupdf.paper_rect("a4")
    frame = page_rect + (62, 62, -62, -58)
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    for chunk in body.split(PAGE_BREAK):  # each chunk starts on a new page
        story = pymupdf.Story(html=chunk, user_css=CSS, archive=archive)
        more = 1
        while more:
            device = writer.begin_page(page_rect)
            more, _ = story.place(frame)
            story.draw(device)
            writer.end_page()
    writer.close()
    doc = pymupdf.open("pdf", buffer.getvalue())
    font = pymupdf.Font(fontfile=f"{FONTS[0]}/ipaexm.ttf")
    for page in doc:
        n = page.number + 1
        writer_ = pymupdf.TextWriter(page.rect)
        writer_.append((page.rect.width - 62 - font.text_length(header, 8), 45), header, font=font, fontsize=8)
        label = f"{n} / {doc.page_count}"
        writer_.append(((page.rect.width - font.text_length(label, 9)) / 2, page.rect.height - 36), label,
                       font=font, fontsize=9)
        writer_.write_text(page)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_suffix(".pdf.part")
    doc.subset_fonts()  # whole CJK fonts would make each PDF 15 MB
    doc.save(tmp, garbage=3, deflate=True)
    doc.close()
    tmp.replace(dest)
    return dest


# ------------------------------------------------------------------------------------------- gold

def _plain(text: str) -> str:
    return re.sub(r"\s+", "", fold(text))


class PageFinder:
    """Finds printed texts in a PDF in reading order: each text on the first page, from the last found one on,
    that holds it (white space ignored)."""

    def __init__(self, pdf: Path) -> None:
        with pymupdf.open(pdf) as d:
            self.texts = [_plain(p.get_text()) for p in d]
        self.page, self.pos = 0, 0

    def find(self, text: str) -> int:
        """1-based page of the next occurrence of `text`; raises LookupError when it is not printed."""
        probe = _plain(text)
        for k in range(self.page, len(self.texts)):
            at = self.texts[k].find(probe, self.pos if k == self.page else 0)
            if at >= 0:
                self.page, self.pos = k, at + len(probe)
                return k + 1
        raise LookupError(f"「{text}」が PDF にありません")


def _source(pdf: Path) -> Source:
    with pymupdf.open(pdf) as d:
        pages = d.page_count
    return Source(file=pdf.name, sha256=hashlib.sha256(pdf.read_bytes()).hexdigest(), pages=pages)


def _facts(finder: PageFinder) -> tuple[list[Fact], list[list[str]]]:
    """The table's facts (page of each row looked up in the PDF) and its rows as the gold table."""
    metrics = (("assessed", 2024, "yen"), ("collected", 2024, "yen"), ("outstanding", 2024, "yen"),
               ("collection_rate", 2024, "percent"), ("collection_rate", 2023, "percent"),
               ("difference", 2024, "points"))
    facts: list[Fact] = []
    rows = [[fold(c) for c in r] for r in HEADER_ROWS]
    rows[0][7], rows[1][7] = rows[0][7] + rows[1][7], ""  # 増減 / （ポイント） print in one unruled cell
    for k, (debt, seg, cells) in enumerate(table_rows()):
        label = SEGMENT_LABELS[k % 3][0]
        page = finder.find(cells[0] + cells[1])
        rows.append([debt if k % 3 == 0 else "", label, *[fold(c) for c in cells]])
        for (metric, fy, unit), raw in zip(metrics, cells):
            number = Decimal(raw.replace(",", "").replace("△", "-"))
            value: int | float = int(number) * 1000 if unit == "yen" else float(number)
            facts.append(Fact(debt_raw=debt, fiscal_year=fy, segment=seg, metric=metric, basis="interim",
                              as_of=f"{fy}-09-30", value=value, unit=unit, raw=raw, page=page))
    return facts, rows


def minutes_gold(pdf: Path) -> Document:
    """Gold of the 会議録, statements and table rows paged by looking them up in the built PDF in order."""
    finder = PageFinder(pdf)
    statements: list[Statement] = []
    facts: list[Fact] = []
    table: Table | None = None
    for _, heading, says in DISCUSSION:
        section = re.sub(r"^(?:[0-9]+\s+|\([0-9]+\)\s*)", "", fold(heading))
        finder.find(heading)
        for s in says:
            page = finder.find(("○" if s.style == "circle" else "【") + s.speaker)
            statements.append(Statement(speaker=s.speaker, section=section, page=page,
                                        text="\n".join(fold(p) for p in s.paras)))
            for p in s.paras:
                finder.find(p[-6:])
            if s.table_after:
                start = finder.page + 1
                facts, rows = _facts(finder)
                table = Table(page=start, bbox=(0, 0, 0, 0), rows=rows,
                              pages=list(range(start, finder.page + 2)))
    minutes = Minutes(
        title=TITLE, meeting_number=2, date=DATE, method=METHOD,
        attendees=[Attendee(role=r, title=t, name=n) for r, t, n in ATTENDEES],
        agenda=list(AGENDA), materials=list(MATERIALS), statements=statements)
    return Document(source=_source(pdf), facts=facts, tables=[table] if table else [], minutes=minutes,
                    document=DocumentInfo(kind="minutes", family="minutes", municipality=MUNICIPALITY, title=TITLE,
                                          date=DATE, date_raw=DATE_RAW))


# ------------------------------------------------------------------------------------------- unknown

ANNAI_TITLE = "令和6年度 みなと市総合防災訓練の実施について（ご案内）"
ANNAI_ROWS = (
    ("時間", "内容", "場所"),
    ("9:00～9:15", "開会・訓練説明", "中央公園 多目的広場"),
    ("9:15～10:00", "避難訓練・安否確認訓練", "各自治会集合場所"),
    ("10:00～11:00", "初期消火・応急救護訓練", "中央公園 多目的広場"),
    ("11:00～11:30", "炊き出し訓練・閉会", "中央公園 管理棟前"),
)


def annai_html() -> str:
    """A meeting/event notice of no 債権 family: title, addressee, prose and a timetable."""
    rows = "".join(_cells(list(r), tag="th" if k == 0 else "td") for k, r in enumerate(ANNAI_ROWS))
    return (f"<p style='text-align:right'>令和6年9月2日</p><p>各自治会長 様</p>"
            f"<p style='text-align:right'>みなと市危機管理課長</p><h1>{html.escape(ANNAI_TITLE)}</h1>"
            "<p class='body'>日頃より本市の防災行政にご協力いただき、ありがとうございます。下記のとおり総合防災訓練を"
            "実施しますので、自治会の皆様の参加についてご協力をお願いします。</p>"
            "<h2>1　日時</h2><p class='body'>令和6年10月6日（日）午前9時から午前11時30分まで（雨天中止）</p>"
            "<h2>2　会場</h2><p class='body'>みなと市中央公園ほか各自治会集合場所</p>"
            f"<h2>3　日程</h2><table>{rows}</table>"
            "<h2>4　問合せ先</h2><p class='body'>みなと市危機管理課 防災係（電話 012-345-6789）</p>")


def annai_gold(pdf: Path) -> Document:
    """Gold of the notice: kind unknown, no facts, the timetable as the one table."""
    return Document(source=_source(pdf), document=DocumentInfo(kind="unknown"),
                    tables=[Table(page=1, bbox=(0, 0, 0, 0), rows=[[fold(c) for c in r] for r in ANNAI_ROWS])])


def write_gold(doc: Document, path: Path) -> None:
    """Write a gold JSON validated through the record model, atomically."""
    Document.model_validate(doc.model_dump())
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".json.part")
    tmp.write_text(json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tmp.replace(path)


def main() -> int:
    """Build both PDFs and their gold files."""
    for stem, body, header, make_gold in (
            ("minato_minutes_r6_2", minutes_html(), RUNNING_HEADER, minutes_gold),
            ("unknown_bousai_annai", annai_html(), "みなと市危機管理課", annai_gold)):
        pdf = render(body, SECOND / "pdf" / f"{stem}.pdf", header)
        doc = make_gold(pdf)
        write_gold(doc, SECOND / "gold" / f"{stem}.json")
        print(f"{pdf.relative_to(ROOT)}: {doc.source.pages} ページ, 発言 "
              f"{len(doc.minutes.statements) if doc.minutes else 0}, 事実 {len(doc.facts)}, 表 "
              f"{[t.pages or [t.page] for t in doc.tables]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
