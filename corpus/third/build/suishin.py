"""Third-set 推進シート plans: two further editions that differ from the corpus and the second set.

- `nishihama_suishin_h31` (Excel workbook → LibreOffice, as a first edition dated 平成31年2月 would be made): a
  debt list with a two-row header (収入未済額 over 平成28年度 / 平成29年度) and a ▲ 差額 column; sheets whose header
  is a three-row box (債権名 / 所管課 / 債権の種類); 5-year tables with unmerged segment cells (現年度分 printed once,
  blank bordered cells below), 収納済額 / 徴収率 / 過年度分 / 合計, the unit note in the table's corner cell;
  目標 headers that drop the era after the first year (平成31年度(2019年度), 32年度 …); 取組 headers spelt
  取り組み; items numbered ①②, or plain paragraphs without bullets; one 取組 table broken over two pages.
- `minamioka_suishin_r7` (HTML → PyMuPDF Story): a status table by debt whose two-row header puts the years over
  調定額 / 収入済額 / 収納率; 5-year tables turned on their side (years down, 現年分 / 滞繰分 × metrics across)
  with a 12月末 interim row; a one-year 目標 table (令和9年度目標); 債権名 printed as a line, or in a one-row box
  labelled 債権の名称; 取組 tables without years in the header (year in the heading) whose status is a column
  (継続 / 新規 / 拡充), and bullets ○ with 〔新規〕 tags.

Gold is written from the data below (never from extractor output), following ../shared/spec/records.md.

    python corpus/third/build/suishin.py   → corpus/third/pdf/<stem>.pdf + corpus/third/gold/<stem>.json
"""
from __future__ import annotations

import calendar
import hashlib
import html
import sys
from dataclasses import dataclass
from pathlib import Path

import pymupdf
from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from corpus.build.office import BUILD_OUT, to_pdf  # noqa: E402
from corpus.build.suishin import SheetWriter, verify_pages, write_gold  # noqa: E402
from saiken.extract.records import Document, Fact, Initiative, Source  # noqa: E402

PDF_DIR = ROOT / "corpus" / "third" / "pdf"
GOLD_DIR = ROOT / "corpus" / "third" / "gold"
PROFILE = "suishin3"
SEGMENTS = ("current", "arrears", "total")
Rows = list[tuple[str, str, str, str, list[str]]]  # (segment label, metric label, segment, metric, printed values)


# ---------------------------------------------------------------- data model (shared by both editions)

@dataclass
class Series:
    """One debt's figures over the years of a table: 調定額 and 収入済額 by segment (yen), counts and write-offs."""

    assessed: dict[str, list[int]]
    collected: dict[str, list[int]]
    written_off: list[int]
    delinquents: list[int]

    def total(self, metric: str) -> list[int]:
        """現年 + 滞納繰越 for each year."""
        src = self.assessed if metric == "assessed" else self.collected
        return [a + b for a, b in zip(src["current"], src["arrears"])]

    def outstanding(self) -> list[int]:
        """調定額 − 収入済額 − 不納欠損額 of the total, each year."""
        return [a - c - w for a, c, w in zip(self.total("assessed"), self.total("collected"), self.written_off)]


def series(cur: tuple[int, int, float], arr: tuple[int, int, float], n: int, written: int, people: int) -> Series:
    """Deterministic figures: (first assessed, yearly step, collected share) for 現年 and 滞納繰越."""
    assessed = {"current": [cur[0] + cur[1] * k for k in range(n)], "arrears": [arr[0] + arr[1] * k for k in range(n)]}
    collected = {"current": [round(v * (cur[2] + 0.002 * k)) for k, v in enumerate(assessed["current"])],
                 "arrears": [round(v * (arr[2] + 0.011 * k)) for k, v in enumerate(assessed["arrears"])]}
    return Series(assessed, collected, [written - written // 9 * k for k in range(n)],
                  [people - people // 11 * k for k in range(n)])


def rate(collected: int, assessed: int) -> str:
    """A printed 収納率 ('95.33%')."""
    return f"{collected / assessed * 100:.2f}%"


def amount(value: int, scale: int) -> str:
    """A printed amount in units of `scale` yen (▲ for minus)."""
    v = round(value / scale)
    return ("▲" if v < 0 else "") + f"{abs(v):,}"


@dataclass
class Measure:
    """One 取組 item as printed: its text and tag (継続/新規/拡充 or None)."""

    text: str
    status: str | None = None


@dataclass
class Sheet:
    """One debt's 推進シート."""

    debt: str
    dept: str
    kind: str
    years: list[tuple[str, int, str | None]]  # (printed header, fiscal year, as_of of an interim column)
    figures: Series
    targets: list[tuple[str, int]]
    target_rates: dict[str, list[str]]
    target_outstanding: list[int]
    measure_header: list[tuple[str, int]]
    measures: list[tuple[str, list[list[Measure]]]]
    count_label: str = "滞納者数（人）"
    bullet: str = ""  # printed before each 取組 item (not part of its text)


def fact(debt: str | None, year: int, year_raw: str, segment: str, metric: str, basis: str, value: int | float,
         unit: str, raw: str, page: int, as_of: str | None = None) -> Fact:
    """A gold fact (debt null for 合計 rows)."""
    return Fact(debt=None if debt in ("合計", None) else debt, debt_raw=debt, fiscal_year=year,  # type: ignore[arg-type]
                fiscal_year_raw=year_raw, segment=segment, metric=metric, basis=basis, as_of=as_of,
                value=value, unit=unit, raw=raw, page=page)


def value_of(raw: str, unit: str, scale: int) -> int | float:
    """The contract value of a printed figure."""
    if unit == "percent":
        return float(raw.rstrip("%"))
    neg = raw.startswith("▲")
    v = int(raw.lstrip("▲").replace(",", "").replace("円", "").strip()) * (scale if unit == "yen" else 1)
    return -v if neg else v


def printed_rows(s: Sheet, labels: dict[str, str], metric_labels: dict[str, str], scale: int,
                 n: int | None = None) -> Rows:
    """(segment label, metric label, segment, metric, printed values) of a 5-year table, in printed order."""
    f = s.figures
    n = n if n is not None else len(f.written_off)
    rows = []
    for seg in SEGMENTS:
        a = f.assessed[seg] if seg != "total" else f.total("assessed")
        c = f.collected[seg] if seg != "total" else f.total("collected")
        rows.append((labels[seg], metric_labels["assessed"], seg, "assessed", [amount(v, scale) for v in a[:n]]))
        rows.append((labels[seg], metric_labels["collected"], seg, "collected", [amount(v, scale) for v in c[:n]]))
        rows.append((labels[seg], metric_labels["collection_rate"], seg, "collection_rate",
                     [rate(x, y) for x, y in zip(c[:n], a[:n])]))
    rows.append(("", "不納欠損額", "total", "written_off", [amount(v, scale) for v in f.written_off[:n]]))
    rows.append(("", "収入未済額", "total", "outstanding", [amount(v, scale) for v in f.outstanding()[:n]]))
    rows.append(("", s.count_label, "total", "delinquents", [f"{v:,}" for v in f.delinquents[:n]]))
    return rows


def row_facts(s: Sheet, rows: Rows, scale: int, page: int) -> list[Fact]:
    """Gold facts of printed 5-year rows (one per year column; 見込 → estimate, an as_of column → interim)."""
    out = []
    for _, label, seg, metric, raws in rows:
        unit = "percent" if metric == "collection_rate" else ("persons" if metric == "delinquents" else "yen")
        for (header, year, as_of), raw in zip(s.years, raws):
            if raw in ("-", "－"):
                continue
            basis = "interim" if as_of else ("estimate" if "見込" in header else "actual")
            out.append(fact(s.debt, year, header, seg, metric, basis, value_of(raw, unit, scale), unit, raw, page,
                            as_of))
    return out


def target_rows(s: Sheet, labels: dict[str, str], scale: int) -> Rows:
    """(segment label, metric label, segment, metric, printed values) of the 目標 table."""
    rows = [(labels[seg], "徴収率", seg, "collection_rate", s.target_rates[seg]) for seg in ("current", "arrears")]
    rows.append(("", "収入未済額の目標", "total", "outstanding", [amount(v, scale) for v in s.target_outstanding]))
    return rows


def target_facts(s: Sheet, rows: Rows, scale: int, page: int) -> list[Fact]:
    """Gold facts of the 目標 rows."""
    out = []
    for _, _, seg, metric, raws in rows:
        unit = "percent" if metric == "collection_rate" else "yen"
        for (header, year), raw in zip(s.targets, raws):
            out.append(fact(s.debt, year, header, seg, metric, "target", value_of(raw, unit, scale), unit, raw, page))
    return out


def measure_initiatives(s: Sheet, pages: list[int]) -> list[Initiative]:
    """Gold initiatives: every item of every cell; `pages` gives the page of each 取組 row."""
    out = []
    for (label, cells), page in zip(s.measures, pages):
        for (_, year), items in zip(s.measure_header, cells):
            for m in items:
                out.append(Initiative(debt=s.debt, debt_raw=s.debt, fiscal_year=year, section=label, label=None,
                                      text=m.text, status=m.status, page=page))  # type: ignore[arg-type]
    return out


def month_end(year: int, month: int) -> str:
    """ISO date of a month's last day."""
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def new_gold(pdf: Path, municipality: str, title: str, date: str, date_raw: str) -> Document:
    """An empty gold record for a built PDF."""
    doc = Document(source=Source(file=pdf.name, sha256=hashlib.sha256(pdf.read_bytes()).hexdigest(),
                                 pages=pymupdf.open(pdf).page_count))
    doc.document.kind = "plan"
    doc.document.family = "suishin"
    doc.document.municipality = municipality
    doc.document.title = title
    doc.document.date, doc.document.date_raw = date, date_raw
    return doc


def finish(doc: Document, pdf: Path) -> int:
    """Verify that every gold value is printed on its page, write the gold, report; the number of problems."""
    problems = verify_pages(doc, pdf)
    write_gold(doc, GOLD_DIR / f"{pdf.stem}.json")
    print(f"{pdf}: {doc.source.pages} pages, {len(doc.facts)} facts, {len(doc.initiatives)} initiatives")
    for p in problems[:20]:
        print("NG", p)
    return len(problems)


# ---------------------------------------------------------------- edition 1: 西浜市 (Excel, 平成31年2月)

H_YEARS = [("平成25年度", 2013, None), ("平成26年度", 2014, None), ("平成27年度", 2015, None), ("平成28年度", 2016, None),
           ("平成29年度", 2017, None)]
H_TARGETS = [("平成31年度\n(2019年度)", 2019), ("32年度", 2020), ("33年度", 2021), ("34年度", 2022)]
H_MEASURES = [("平成30年度の取り組み", 2018), ("平成31年度以降の取り組み", 2019)]
NISHI_LABELS = {"current": "現年度分", "arrears": "過年度分", "total": "合計"}
NISHI_METRICS = {"assessed": "調定額", "collected": "収納済額", "collection_rate": "徴収率"}

NISHI_SHEETS = [
    Sheet("市税", "納税課", "強制徴収公債権", H_YEARS,
          series((31_200_415_000, 212_300_000, 0.978), (2_410_882_000, -180_250_000, 0.241), 5, 301_220_000, 31_044),
          H_TARGETS, {"current": ["98.60%", "98.70%", "98.80%", "98.90%"],
                      "arrears": ["31.00%", "32.00%", "33.00%", "34.00%"]},
          [2_900_000_000, 2_750_000_000, 2_600_000_000, 2_450_000_000], H_MEASURES,
          [("滞納抑制の方策", [
              [Measure("①納期内納付を促すため、口座振替の加入勧奨を納税通知書の発送時に行い、加入率の向上を図る。"),
               Measure("②現年度分の未納者に対し、納税コールセンターから早期に電話催告を行う。")],
              [Measure("①コンビニ収納に加え、スマートフォン決済による納付を導入し、納付しやすい環境を整える。"),
               Measure("②督促状発送後の初期滞納者に対する文書催告を年2回から年4回に増やす。")]]),
           ("徴収強化の方策", [
               [Measure("①財産調査を徹底し、預貯金・給与等の差押えを早期に執行する。"),
                Measure("②高額・困難事案は特別滞納整理担当へ移管し、捜索等を実施する。")],
               [Measure("①インターネット公売を活用し、差し押さえた動産・不動産の換価を進める。"),
                Measure("②滞納処分の執行停止事案を定期的に見直し、徴収の見込みがないものは速やかに処理する。")]])]),
    Sheet("国民健康保険料", "保険年金課", "強制徴収公債権", H_YEARS,
          series((9_801_333_000, -150_120_000, 0.912), (3_880_410_000, -310_000_000, 0.118), 5, 1_420_330_000, 12_870),
          H_TARGETS, {"current": ["93.20%", "93.60%", "94.00%", "94.40%"],
                      "arrears": ["24.00%", "25.00%", "26.00%", "27.00%"]},
          [1_950_000_000, 1_800_000_000, 1_650_000_000, 1_500_000_000], H_MEASURES,
          [("滞納抑制の方策", [
              [Measure("新たな滞納を発生させないため、加入手続の窓口で口座振替の申込みを受け付けるとともに、"
                       "ペイジー口座振替受付サービスを活用して手続の簡素化を図っている。"),
               Measure("また、納付の相談があった世帯には、分割納付の計画を早期に立て、納付の継続を見守っている。")],
              [Measure("口座振替の原則化を規則に定め、新規加入世帯の口座振替率を高めることで、滞納の発生を抑制する。"),
               Measure("あわせて、短期被保険者証の交付時に納付相談を行い、分割納付の履行を確認する。")]]),
           ("徴収強化の方策", [
               [Measure("収納推進員による戸別訪問に加え、財産調査を行ったうえで差押え等の滞納処分を実施している。")],
               [Measure("預貯金調査を電子照会で行うことにより調査期間を短縮し、滞納処分の件数を増やす。"),
                Measure("他市の取組事例を調査研究し、効果的な施策があれば積極的に取り入れていく。")]])]),
    Sheet("下水道使用料", "下水道課", "強制徴収公債権", H_YEARS,
          series((5_120_400_000, 20_110_000, 0.983), (140_300_000, -9_200_000, 0.301), 5, 8_410_000, 2_310),
          H_TARGETS, {"current": ["99.00%", "99.05%", "99.10%", "99.15%"],
                      "arrears": ["38.00%", "39.00%", "40.00%", "41.00%"]},
          [70_000_000, 65_000_000, 60_000_000, 55_000_000], H_MEASURES,
          [("滞納抑制の方策", [
              [Measure("水道料金と合わせた請求により、納付書1枚での納付を可能としている。"),
               Measure("使用開始の届出時に口座振替を案内している。")],
              [Measure("水道局と連携し、使用中止の届出時に未納額の精算を求める。"),
               Measure("口座振替の申込みをインターネットで受け付ける。")]]),
           ("徴収強化の方策", [
               [Measure("督促状の発送後、未納が続く者に催告書を送付している。"),
                Measure("分納誓約の不履行者に対しては、財産調査を行う。")],
               [Measure("催告に応じない者に対し、差押え等の滞納処分を行う。"),
                Measure("転出者の所在を調査し、文書催告を継続する。")]])], bullet="・"),
]
NISHI_LEDGER = [
    ("1", "市税", 3_620_410, 3_310_882, "強"), ("2", "国民健康保険料", 3_102_334, 2_876_105, "強"),
    ("3", "介護保険料", 201_334, 188_420, "強"), ("4", "保育所保育料", 95_210, 101_884, "強"),
    ("5", "下水道使用料", 92_115, 86_340, "強"), ("6", "市営住宅使用料", 312_556, 290_118, "私"),
    ("7", "母子父子寡婦福祉資金貸付金", 41_903, 40_012, "私"), ("8", "生活保護費返還金", 610_224, 655_301, "強・非"),
]
NISHI_TOTAL = ("", "合計", sum(r[2] for r in NISHI_LEDGER), sum(r[3] for r in NISHI_LEDGER), "")


def _sheet_setup(ws: Worksheet, header: str, printed: int) -> None:
    """A4 portrait, fitted to one page, running header and page number."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = ws.page_setup.fitToHeight = 1
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.oddHeader.center.text = header
    ws.oddHeader.center.size = 10
    ws.oddFooter.center.text = f"- {printed} -"
    ws.oddFooter.center.size = 9
    ws.print_options.horizontalCentered = True


def _plain(w: SheetWriter, text: str, size: float = 10, bold: bool = False) -> None:
    lines = w.put("A", text, to="G", border=False, bold=bold, size=size, wrapped=True)
    w.end_row(lines, size)


def _nishi_rows(w: SheetWriter, corner: str, headers: list[str], rows: Rows) -> None:
    """A table with year columns C..; the segment is printed on the first row of its group only (no merged cells)."""
    w.put("A", corner, to="B", align="center", size=8)
    for k, h in enumerate(headers):
        w.put("CDEFG"[k], h, align="center")
    w.end_row(2)
    last = None
    for seg_label, label, _, _, raws in rows:
        if seg_label:
            w.put("A", seg_label if seg_label != last else "", align="center")
            w.put("B", label, align="center")
        else:
            w.put("A", label, to="B", align="center")
        last = seg_label
        for k, raw in enumerate(raws):
            w.put("CDEFG"[k], raw, align="right")
        w.end_row(1)


def _nishi_measures(w: SheetWriter, s: Sheet, rows: list[tuple[str, list[list[Measure]]]], header: bool) -> None:
    """取組 rows (with the header row when `header`); plain paragraphs are separated by line breaks only."""
    if header:
        w.put("A", "", to="A")
        w.put("B", s.measure_header[0][0], to="D", align="center")
        w.put("E", s.measure_header[1][0], to="G", align="center")
        w.end_row(1)
    for label, cells in rows:
        w.put("A", label, align="center", size=8)
        n = max(w.put(c0, "\n".join(s.bullet + m.text for m in items), to=c1, wrapped=True, size=8)
                for (c0, c1), items in zip((("B", "D"), ("E", "G")), cells))
        w.end_row(max(n + 1, 4), 8)


def build_nishihama(dest: Path) -> Document:
    """西浜市債権管理推進計画 (平成31年2月) as one workbook converted by LibreOffice, and its gold."""
    wb = Workbook()
    wb.remove(wb.active)
    w = SheetWriter(wb.create_sheet("表紙"))
    _sheet_setup(w.ws, "", 1)
    w.ws.oddFooter.center.text = ""
    for _ in range(12):
        w.end_row(2)
    for text, size in (("西浜市債権管理推進計画", 22), ("", 12), ("平成31年2月", 14), ("西浜市", 14)):
        w.put("A", text, to="G", border=False, align="center", size=size, bold=size > 20)
        w.end_row(2.2, size)

    w = SheetWriter(wb.create_sheet("状況"))
    _sheet_setup(w.ws, "西浜市債権管理推進計画", 1)
    _plain(w, "1 本市の収入未済額の状況（平成29年度決算に基づく数値）", 11, True)
    _plain(w, "本市が保有する債権のうち、収入未済額の大きいものは次のとおりである。特定債権は推進シートを作成し、"
              "進捗を管理する。", 9)
    w.put("F", "(単位：千円)", to="G", border=False, align="right", size=8)
    w.end_row(1, 8)
    w.put("A", "No.", rows=2, align="center")
    w.put("B", "債権名", rows=2, align="center")
    w.put("C", "収入未済額", to="D", align="center")
    w.put("E", "差額", align="center")
    w.put("F", "区分", rows=2, align="center")
    w.end_row(1)
    w.put("C", "平成28年度", align="center")
    w.put("D", "平成29年度", align="center")
    w.put("E", "(H29-H28)", align="center")
    w.end_row(1)
    for no, name, h28, h29, kind in NISHI_LEDGER + [NISHI_TOTAL]:
        for col, text, al in (("A", no, "center"), ("B", name, "left"), ("C", f"{h28:,}", "right"),
                              ("D", f"{h29:,}", "right"), ("E", amount(h29 - h28, 1), "right"), ("F", kind, "center")):
            w.put(col, text, align=al, size=8 if col == "B" and len(name) > 9 else None)
        w.end_row(1)
    w.end_row(1)
    _plain(w, "2 計画期間  平成31年度から平成34年度までの4年間とする。", 10)

    pages: dict[str, tuple[int, int, list[int]]] = {}
    page = 3
    for s in NISHI_SHEETS:
        w = SheetWriter(wb.create_sheet(f"{s.debt}1"))
        _sheet_setup(w.ws, "債権管理推進シート", page)
        for label, value in (("債権名", s.debt), ("所管課", s.dept), ("債権の種類", s.kind)):
            w.put("A", label, align="center", bold=True)
            w.put("B", value, to="D")
            w.end_row(1.4)
        w.end_row(0.4)
        _plain(w, "1. 債権の概要", 10, True)
        _plain(w, f"{s.debt}は、{s.dept}が賦課・徴収する{s.kind}である。", 9)
        _plain(w, "3. 直近5か年の収納状況", 10, True)
        _nishi_rows(w, "(単位：千円)", [y for y, _, _ in s.years], printed_rows(s, NISHI_LABELS, NISHI_METRICS, 1000))
        w.end_row(0.4)
        _plain(w, "4. 収納状況に関する説明", 10, True)
        _plain(w, "現年度分の徴収率は年々上昇しているが、過年度分は横ばいで推移している。", 9)

        w = SheetWriter(wb.create_sheet(f"{s.debt}2"))
        _sheet_setup(w.ws, "債権管理推進シート", page + 1)
        _plain(w, "6. 目標", 10, True)
        _nishi_rows(w, "(単位：千円)", [y for y, _ in s.targets], target_rows(s, NISHI_LABELS, 1000))
        w.end_row(0.6)
        _plain(w, "7. 目標実現に向けた取組", 10, True)
        split = s.debt == "下水道使用料"  # this sheet's 取組 table runs over onto a third page
        _nishi_measures(w, s, s.measures[:1] if split else s.measures, True)
        measure_pages = [page + 1] * len(s.measures)
        if split:
            w = SheetWriter(wb.create_sheet(f"{s.debt}3"))
            _sheet_setup(w.ws, "債権管理推進シート", page + 2)
            _nishi_measures(w, s, s.measures[1:], False)
            measure_pages[1:] = [page + 2] * (len(s.measures) - 1)
        pages[s.debt] = (page, page + 1, measure_pages)
        page += 3 if split else 2

    out = BUILD_OUT / "suishin3"
    xlsx = out / f"{dest.stem}.xlsx"
    xlsx.parent.mkdir(parents=True, exist_ok=True)
    wb.save(xlsx)
    pdf = to_pdf(xlsx, dest, PROFILE)

    doc = new_gold(pdf, "西浜市", "西浜市債権管理推進計画", "2019-02-01", "平成31年2月")
    for _, name, h28, h29, _ in NISHI_LEDGER + [NISHI_TOTAL]:
        for year, raw_year, v in ((2016, "平成28年度", h28), (2017, "平成29年度", h29)):
            doc.facts.append(fact(name, year, raw_year, "total", "outstanding", "actual", v * 1000, "yen", f"{v:,}", 2))
        diff = amount(h29 - h28, 1)
        doc.facts.append(fact(name, 2017, "(H29-H28)", "total", "difference", "actual", (h29 - h28) * 1000, "yen",
                              diff, 2))
    for s in NISHI_SHEETS:
        first, second, measure_pages = pages[s.debt]
        doc.facts += row_facts(s, printed_rows(s, NISHI_LABELS, NISHI_METRICS, 1000), 1000, first)
        doc.facts += target_facts(s, target_rows(s, NISHI_LABELS, 1000), 1000, second)
        doc.initiatives += measure_initiatives(s, measure_pages)
    return doc


# ---------------------------------------------------------------- edition 2: 南岡市 (HTML, 令和7年3月)

R_YEARS = [("令和2年度", 2020, None), ("3年度", 2021, None), ("4年度", 2022, None), ("5年度", 2023, None),
           ("令和6年度\n(12月末)", 2024, month_end(2024, 12))]
R_TARGETS = [("令和9年度目標", 2027)]
MINAMI_LABELS = {"current": "現年分", "arrears": "滞繰分", "total": "計"}
MINAMI_METRICS = {"assessed": "調定額", "collected": "収入済額", "collection_rate": "収納率"}

MINAMI_SHEETS = [
    Sheet("介護保険料", "介護保険課", "強制徴収公債権", R_YEARS,
          series((6_120_880_000, 95_400_000, 0.984), (180_220_000, -12_300_000, 0.212), 5, 31_220_000, 2_840),
          R_TARGETS, {"current": ["99.10%"], "arrears": ["30.00%"]}, [85_000_000],
          [("令和7年度以降の取組", 2025)],
          [("滞納抑制", [[Measure("年金からの特別徴収に切り替わるまでの期間に、口座振替の勧奨を行う。", "継続"),
                        Measure("納付書にQRコードを印字し、スマートフォン決済の利用を広げる。", "新規")]]),
           ("徴収強化", [[Measure("給付制限の予告通知を送付し、納付相談につなげる。", "継続"),
                        Measure("財産調査の対象を年金受給者以外にも広げ、差押えを行う。", "拡充")]])],
          count_label="滞納者数(人)"),
    Sheet("後期高齢者医療保険料", "医療年金課", "強制徴収公債権", R_YEARS,
          series((4_002_114_000, 61_800_000, 0.991), (52_330_000, -2_100_000, 0.335), 5, 7_880_000, 910),
          R_TARGETS, {"current": ["99.60%"], "arrears": ["40.00%"]}, [20_000_000],
          [("令和7年度以降の取組", 2025)],
          [("滞納抑制", [[Measure("被保険者証の更新時に口座振替の申込書を同封する。", "継続"),
                        Measure("75歳到達者へ制度と納付方法の案内を送る。", "新規")]]),
           ("徴収強化", [[Measure("督促後も未納の者に電話催告を集中して行う。", "継続"),
                        Measure("滞納処分の執行停止事案を毎年度見直す。", "拡充")]])]),
]
MINAMI_STATUS = [  # (debt, R4 assessed, R4 collected, R5 assessed, R5 collected) in 千円
    ("市税", 41_220_334, 40_310_220, 41_880_102, 41_015_876), ("国民健康保険税", 8_110_450, 7_012_330, 7_902_118, 6_880_455),
    ("介護保険料", 6_476_860, 6_351_119, 6_574_300, 6_452_601), ("後期高齢者医療保険料", 4_168_210, 4_128_440, 4_227_045, 4_189_630),
]
MINAMI_CSS = """
* { font-family: sans-serif; font-size: 8pt; }
h1 { font-size: 16pt; text-align: center; margin: 4pt 0 10pt 0; }
h2 { font-size: 10.5pt; margin: 8pt 0 3pt 0; }
p { margin: 2pt 0; }
p.c { text-align: center; font-size: 13pt; }
p.u { text-align: right; font-size: 7.5pt; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid black; padding: 2pt 2pt; vertical-align: top; }
th { font-weight: normal; background-color: #eeeeee; text-align: center; }
td.n { text-align: right; }
"""


def esc(text: str) -> str:
    """HTML-escaped text with line breaks."""
    return html.escape(text).replace("\n", "<br/>")


def _status_table() -> tuple[str, list[Fact]]:
    """The status table by debt (years over 調定額 / 収入済額 / 収納率, 千円) and its gold facts (page 2)."""
    years = (("令和4年度", 2022), ("令和5年度", 2023))
    head = ('<table><tr><th rowspan="2">債権の名称</th>' + "".join(f'<th colspan="3">{y}</th>' for y, _ in years)
            + "</tr><tr>" + "<th>調定額</th><th>収入済額</th><th>収納率</th>" * 2 + "</tr>")
    body, facts = [], []
    totals = [sum(r[k] for r in MINAMI_STATUS) for k in range(1, 5)]
    for name, *vals in MINAMI_STATUS + [("合計", *totals)]:
        cells = []
        for (y_raw, year), (a, c) in zip(years, ((vals[0], vals[1]), (vals[2], vals[3]))):
            raws = (f"{a:,}", f"{c:,}", rate(c, a))
            for metric, raw in zip(("assessed", "collected", "collection_rate"), raws):
                unit = "percent" if metric == "collection_rate" else "yen"
                value = value_of(raw, unit, 1000)
                facts.append(fact(name, year, y_raw, "total", metric, "actual", value, unit, raw, 2))
            cells += [f'<td class="n">{r}</td>' for r in raws]
        body.append(f"<tr><td>{esc(name)}</td>" + "".join(cells) + "</tr>")
    return head + "".join(body) + "</table>", facts


def _sideways(s: Sheet) -> str:
    """The 5-year table with years down the side: 現年分 / 滞繰分 groups of 調定額・収入済額・収納率 across."""
    rows = minami_rows(s)
    interim = [r for r in rows if r[3] in ("written_off", "outstanding", "delinquents")]
    head = ('<table><tr><th rowspan="2">年度</th>' + "".join(f'<th colspan="3">{MINAMI_LABELS[g]}</th>'
                                                           for g in ("current", "arrears"))
            + "".join(f'<th rowspan="2">{esc(r[1])}</th>' for r in interim) + "</tr><tr>"
            + "".join(f"<th>{MINAMI_METRICS[m]}</th>" for _ in range(2)
                      for m in ("assessed", "collected", "collection_rate")) + "</tr>")
    body = []
    for k, (y, _, _) in enumerate(s.years):
        body.append(f"<tr><td>{esc(y)}</td>" + "".join(f'<td class="n">{r[4][k]}</td>' for r in rows) + "</tr>")
    return head + "".join(body) + "</table>"


def minami_rows(s: Sheet) -> Rows:
    """The printed rows of a sideways table (no 計 group; the interim year has no year-end figures)."""
    rows = printed_rows(s, MINAMI_LABELS, MINAMI_METRICS, 1000)
    rows = [r for r in rows if r[2] != "total" or r[3] not in ("assessed", "collected", "collection_rate")]
    last = len(s.years) - 1
    return [(a, b, c, d, [("－" if k == last and d in ("written_off", "outstanding", "delinquents") else v)
                          for k, v in enumerate(vals)]) for a, b, c, d, vals in rows]


def _minami_target(s: Sheet) -> str:
    """A one-year 目標 table: 項目 | 令和9年度目標."""
    rows = [(f"{MINAMI_LABELS[seg]}収納率", s.target_rates[seg][0]) for seg in ("current", "arrears")]
    rows.append(("収入未済額(千円)", amount(s.target_outstanding[0], 1000)))
    return (f"<table><tr><th>項目</th><th>{s.targets[0][0]}</th></tr>"
            + "".join(f'<tr><td>{esc(a)}</td><td class="n">{b}</td></tr>' for a, b in rows) + "</table>")


def _minami_target_facts(s: Sheet, page: int) -> list[Fact]:
    out = []
    (header, year), = s.targets
    for seg in ("current", "arrears"):
        raw = s.target_rates[seg][0]
        out.append(fact(s.debt, year, header, seg, "collection_rate", "target", float(raw.rstrip("%")), "percent",
                        raw, page))
    raw = amount(s.target_outstanding[0], 1000)
    out.append(fact(s.debt, year, header, "total", "outstanding", "target", value_of(raw, "yen", 1000), "yen", raw,
                    page))
    return out


def _minami_measures(s: Sheet, status_column: bool) -> str:
    """取組 table without years in its header: a status column, or ○ bullets with 〔…〕 tags."""
    if status_column:
        out = ["<table><tr><th>方策</th><th>取組内容</th><th>区分</th></tr>"]
        for label, (items,) in s.measures:
            for k, m in enumerate(items):
                lab = f'<td rowspan="{len(items)}">{esc(label)}</td>' if k == 0 else ""
                out.append(f"<tr>{lab}<td>{esc(m.text)}</td><td>{esc(m.status or '')}</td></tr>")
        return "".join(out) + "</table>"
    out = ["<table><tr><th>方策</th><th>取組内容</th></tr>"]
    for label, (items,) in s.measures:
        text = "<br/>".join(f"○〔{m.status}〕{esc(m.text)}" if m.status else "○" + esc(m.text) for m in items)
        out.append(f"<tr><td>{esc(label)}</td><td>{text}</td></tr>")
    return "".join(out) + "</table>"


def minami_pages() -> tuple[list[str], list[Fact]]:
    """Each printed page's HTML, and the facts of the status table."""
    status, facts = _status_table()
    pages = ["<p style='margin-top:200pt'></p><h1>第3次南岡市債権管理推進計画<br/>推進シート編</h1>"
             "<p class='c'>令和7年3月</p><p class='c'>南岡市</p>",
             "<h2>1 特定債権の収納状況</h2><p>特定債権の直近2か年の収納状況は次のとおりである。</p>"
             "<p class='u'>(単位：千円)</p>" + status]
    for k, s in enumerate(MINAMI_SHEETS):
        box = (f"<p>債権名：{esc(s.debt)}　所管課：{esc(s.dept)}</p>" if k == 0 else
               f"<table><tr><th>債権の名称</th><td>{esc(s.debt)}</td><th>所管課</th><td>{esc(s.dept)}</td></tr></table>")
        pages.append("<h1>債権管理推進シート</h1>" + box
                     + "<h2>1 収納状況の推移</h2><p class='u'>(単位：千円、人)</p>" + _sideways(s)
                     + "<p>令和6年度は12月末時点の数値である。</p>")
        pages.append("<h2>2 目標</h2>" + _minami_target(s) + f"<h2>3 {s.measure_header[0][0]}</h2>"
                     + _minami_measures(s, status_column=k == 0))
    return pages, facts


def build_minamioka(dest: Path) -> Document:
    """第3次南岡市債権管理推進計画 推進シート編 (令和7年3月) rendered with PyMuPDF Story, and its gold."""
    pages, status_facts = minami_pages()
    part = dest.with_suffix(".pdf.part")
    writer = pymupdf.DocumentWriter(str(part))
    box = pymupdf.paper_rect("a4")
    for body in pages:
        story = pymupdf.Story(html=body, user_css=MINAMI_CSS)
        dev = writer.begin_page(box)
        more, _ = story.place(box + (45, 60, -45, -60))
        story.draw(dev)
        writer.end_page()
        if more:
            raise RuntimeError("1ページに収まりません: " + body[:40])
    writer.close()
    pdf = pymupdf.open(part)
    for n, page in enumerate(pdf, 1):
        if n > 1:
            page.insert_text((285, 815), f"{n - 1}", fontsize=9)
            page.insert_text((420, 35), "南岡市債権管理推進計画", fontsize=8, fontname="japan")
    dest.parent.mkdir(parents=True, exist_ok=True)
    pdf.save(dest, garbage=3, deflate=True)
    part.unlink()

    doc = new_gold(dest, "南岡市", "第3次南岡市債権管理推進計画推進シート編", "2025-03-01", "令和7年3月")
    doc.facts += status_facts
    for k, s in enumerate(MINAMI_SHEETS):
        first = 3 + 2 * k
        doc.facts += row_facts(s, minami_rows(s), 1000, first)
        doc.facts += _minami_target_facts(s, first + 1)
        doc.initiatives += measure_initiatives(s, [first + 1] * len(s.measures))
    return doc


def main() -> int:
    """Build both PDFs and their gold; exit 1 when a gold value is not printed on its page."""
    bad = 0
    for stem, build in (("nishihama_suishin_h31", build_nishihama), ("minamioka_suishin_r7", build_minamioka)):
        dest = PDF_DIR / f"{stem}.pdf"
        bad += finish(build(dest), dest)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
