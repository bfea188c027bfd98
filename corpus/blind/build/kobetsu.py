"""Build the blind 静岡市債権管理委員会資料 (令和７年度第１回, 取組個票・取組方針) PDF and its hand-written gold.

    python corpus/blind/build/kobetsu.py

Makes corpus/blind/pdf/shizuoka_committee_r7_1_kobetsu.pdf the way the secretariat would: one Excel workbook
(openpyxl), a sheet per page (次第・名簿, 参考, six 取組個票, two 取組方針 sheets), merged header cells, wrapped
multi-line cells, a running header and a page-number footer, full-width digits in headings and in the column
another office typed, converted by LibreOffice. The gold (corpus/blind/gold/<stem>.json) is written from the
figures in kobetsu_data.py following ../shared/spec/records.md. Conventions chosen where the spec is silent:
- the ()-figures of 「令和６年度決算見込 ()内は数値目標」 are basis "target" of 令和6年度; the 決算見込 figures are
  basis "estimate" (見込); 「令和７年度数値目標」 figures are "target" of 令和7年度;
- the 【令和５年度:3位】 rank is not a fact (not one of the six metrics);
- 途中集計 in a 個票 (令和７年２月末時点 …) are basis "interim" of 令和6年度 with `as_of`; their ()-figures
  (前年同期) are "interim" of 令和5年度 as of the same day a year earlier;
- 参考① (city-wide 推移) facts have debt null; the 参考② 合計 row has debt null;
- printed 0 (不納欠損額 現年度分) is a fact with value 0; 前年度比 columns (ポイント) and 完納率・納付率 are not facts;
- 取組 items are the tagged lines of 「数値目標の達成に向けた取組」 (and an untagged line of the same list, status
  null); heading lines that only introduce tagged sub-items (ア) イ) …) are not items; an item's text is the
  text between its label and its tag, a heading and its description joined; the 取組方針 sentence is not an item;
  the 個票's past 取組内容 and ヒアリング lists are not items;
- the 水道料金・下水道使用料 items (one merged cell over both columns) are given once per debt column (the
  parser's documented convention; the spec is silent); labels and the title are given folded ((1), 令和7年度).
"""
from __future__ import annotations

import hashlib
import json
import math
import sys
import tempfile
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pymupdf
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(ROOT), str(HERE)]

from corpus.build.office import to_pdf  # noqa: E402
from kobetsu_data import (  # noqa: E402
    DATE_ISO, DATE_RAW, DEFAULT_SEGMENT_WORDS, FISCAL_YEAR, FULLWIDTH_COLUMNS, JUTAKU_DELINQUENTS, MEASURES,
    MEETING, PEAK_OUTSTANDING_CUT, PEAK_RATE_GAIN, PEAK_YEAR_RAW, PLAN_YEAR, POLICIES, SEGMENT_WORDS, SETTLEMENTS,
    SHEETS, TARGETS, TOTAL_PRIOR_RATES, TREND, Interim, Item, Ledger, Sheet,
)

STEM = "shizuoka_committee_r7_1_kobetsu"
PDF_OUT = ROOT / "corpus" / "blind" / "pdf" / f"{STEM}.pdf"
GOLD_OUT = ROOT / "corpus" / "blind" / "gold" / f"{STEM}.json"
FONT = "IPAexGothic"
ZEN = str.maketrans("0123456789.%()", "０１２３４５６７８９．％（）")
ERA = {2019: "元", 2020: "２", 2021: "３", 2022: "４", 2023: "５", 2024: "６", 2025: "７"}
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SEGMENTS = ("current", "arrears", "total")
POLICY_PAGES = [["市税", "国民健康保険料(税)", "介護保険料"], ["保育料", "市営住宅使用料", "水道料金", "下水道使用料"]]
MERGED_GROUP = {"水道料金": ["水道料金", "下水道使用料"]}
CANONICAL = {s.printed: s.canonical for s in SETTLEMENTS}

# ---------------------------------------------------------------------------------------------- numbers


def half_up(x: Decimal, places: str = "1") -> Decimal:
    """Round half up to the given quantum ('1', '0.01')."""
    return x.quantize(Decimal(places), rounding=ROUND_HALF_UP)


def sen(yen: int) -> int:
    """Yen to 千円 as printed (四捨五入)."""
    return int(half_up(Decimal(yen) / 1000))


def rate(collected: int, assessed: int) -> float:
    """収納率 in percent, two decimals."""
    return float(half_up(Decimal(collected) * 100 / Decimal(assessed), "0.01"))


def comma(n: int) -> str:
    """1234567 → '1,234,567'."""
    return f"{n:,}"


def signed(x: float) -> str:
    """A 前年度比 in points: '0.03', '△0.12'."""
    return ("△" if x < 0 else "") + f"{abs(x):.2f}"


def nendo(year: int) -> str:
    """2024 → '令和６年度'."""
    return f"令和{ERA[year]}年度"


def ledgers(s: Ledger, t: Ledger) -> tuple[Ledger, Ledger, Ledger]:
    """Current, arrears and their total."""
    return s, t, s + t


# ---------------------------------------------------------------------------------------------- sheets


def width_units(text: str) -> float:
    """Printed width of a line in full-width characters."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WFA" else 0.55 for ch in text)


def needed_height(text: str, width: float, size: float) -> float:
    """Row height (pt) that shows `text` wrapped in a cell `width` Excel units wide at font `size`."""
    capacity = max(1.0, ((7 * width + 5) * 0.75 - 6) / size * 0.92)
    lines = sum(max(1, math.ceil(width_units(line) / capacity)) for line in text.split("\n"))
    return lines * size * 1.32 + 6


class SheetWriter:
    """Writes boxed, wrapped, possibly merged cells on one worksheet and sizes the rows to fit."""

    def __init__(self, ws: Worksheet, widths: list[float], size: float = 9.0) -> None:
        self.ws, self.widths, self.size = ws, widths, size
        self.heights: dict[int, float] = {}
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[ws.cell(1, i).column_letter].width = w

    def put(self, row: int, col: int, text: str, span: int = 1, rows: int = 1, box: bool = True,
            bold: bool = False, size: float | None = None, center: bool = False) -> None:
        """Write `text` at (row, col), merged over `span` columns and `rows` rows."""
        size = size or self.size
        cell = self.ws.cell(row, col, text)
        cell.font = Font(name=FONT, size=size, bold=bold)
        cell.alignment = Alignment(wrap_text=True, vertical="center" if center else "top",
                                   horizontal="center" if center else "left")
        if span > 1 or rows > 1:
            self.ws.merge_cells(start_row=row, start_column=col, end_row=row + rows - 1,
                                end_column=col + span - 1)
        if box:
            for r in range(row, row + rows):
                for c in range(col, col + span):
                    self.ws.cell(r, c).border = BOX
        need = needed_height(text, sum(self.widths[col - 1:col - 1 + span]), size) / rows
        for r in range(row, row + rows):
            self.heights[r] = max(self.heights.get(r, 15.0), need)

    def finish(self, header: str, landscape: bool) -> None:
        """Apply row heights, the running header, the page-number footer and fit-to-one-page."""
        for r, h in self.heights.items():
            self.ws.row_dimensions[r].height = h
        ws = self.ws
        ws.oddHeader.left.text = "令和７年度第１回　静岡市債権管理委員会"
        ws.oddHeader.left.size = 8
        ws.oddHeader.right.text = header
        ws.oddHeader.right.size = 10
        ws.oddFooter.center.text = "- &P -"
        ws.page_setup.orientation = "landscape" if landscape else "portrait"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 1
        ws.print_options.horizontalCentered = True


def agenda_sheet(ws: Worksheet) -> None:
    """Page 1: title, date, 次第, schedule and the member list."""
    w = SheetWriter(ws, [6, 14, 16, 16, 16, 16], size=10.5)
    w.put(1, 1, MEETING, span=6, box=False, bold=True, size=15, center=True)
    w.put(2, 1, f"{DATE_RAW}\n１０：００～１１：３０　静岡庁舎　特別会議室", span=6, box=False, center=True)
    w.put(3, 1, "次　第", span=6, box=False, bold=True, size=13, center=True)
    w.put(4, 1, "１　【報　告】　令和６年度　主要債権の収入未済額縮減に向けた取組　…　資料１　P３～P８\n"
          "　〔１．令和６年度　滞納整理強化期間の実施状況\n"
          "　　２．令和６年度　債権管理ヒアリングにおける課題と取組状況〕\n"
          "２　【議　題】　令和７年度　主要債権の管理に関する取組方針　…　資料２　P９～P１０", span=6, box=False)
    w.put(5, 1, "今後のスケジュール（予定）\n"
          "（１）第２回債権管理委員会（令和７年１０月予定）　内容：令和６年度収入未済額の状況、"
          "令和７年度滞納整理強化期間実施計画等\n"
          "（２）第３回債権管理委員会（令和８年１月予定）　内容：令和８年度事業計画、債権放棄に関する審議等",
          span=6, box=False)
    w.put(6, 1, "静岡市債権管理委員会委員名簿　（令和７年４月１日現在）", span=6, box=False, bold=True)
    members = [("委員長", "副市長", "佐野　隆之"), ("委員", "財政局長", "杉山　直樹"), ("同", "葵区長", "望月　和彦"),
               ("同", "駿河区長", "鈴木　良平"), ("同", "清水区長", "小長谷　誠"), ("同", "保健福祉長寿局長", "青島　洋子"),
               ("同", "子ども未来局長", "海野　浩一"), ("同", "都市局長", "渡辺　仁"), ("同", "上下水道局長", "増田　勝")]
    for i, (role, title, name) in enumerate(members):
        w.put(7 + i, 2, role)
        w.put(7 + i, 3, title, span=2)
        w.put(7 + i, 5, name, span=2)
    w.finish("", landscape=False)


def reference_sheet(ws: Worksheet) -> None:
    """Page 2: 参考① city-wide trend (years across) and 参考② 決算見込 table of the main debts (千円)."""
    w = SheetWriter(ws, [22, 12, 16, 16, 13, 16, 11, 12], size=9)
    years = sorted(TREND)
    w.put(1, 1, "【参考①】　静岡市の収入未済額及び収納率の推移", span=8, box=False, bold=True, size=11)
    w.put(2, 1, "年　度", center=True)
    for j, y in enumerate(years):
        w.put(2, 2 + j, nendo(y), center=True)
    w.put(3, 1, "収納率(%)")
    w.put(4, 1, "収入未済額(億円)")
    for j, y in enumerate(years):
        w.put(3, 2 + j, f"{TREND[y][0]:.2f}", center=True)
        w.put(4, 2 + j, TREND[y][1], center=True)
    last, prev = years[-1], years[-2]
    gain = TREND[last][0] - TREND[prev][0]
    cut = Decimal(TREND[prev][1]) - Decimal(TREND[last][1])
    w.put(5, 1, f"収納率\n・{nendo(last)}：{TREND[last][0]:.2f}%\n・①前年度比 {gain:.2f}ポイント増\n"
          f"・②ピーク時({PEAK_YEAR_RAW})から {PEAK_RATE_GAIN}ポイント増", span=4, box=False)
    w.put(5, 5, f"収入未済額\n・{nendo(last)}：約{TREND[last][1]}億円\n・①前年度比 約{cut}億円減\n"
          f"・②ピーク時({PEAK_YEAR_RAW})から 約{PEAK_OUTSTANDING_CUT}億円減", span=4, box=False)
    w.put(6, 1, "【参考②】　主要債権の収入未済額等の状況（令和６年度決算見込）", span=6, box=False, bold=True, size=11)
    w.put(6, 7, "（単位：千円）", span=2, box=False)
    for j, head in enumerate(["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率\n(%)",
                              "前年度比\n(ポイント)"]):
        w.put(7, 1 + j, head, center=True, bold=True)
    row = 8
    total_cur = sum((s.current for s in SETTLEMENTS[1:]), SETTLEMENTS[0].current)
    total_arr = sum((s.arrears for s in SETTLEMENTS[1:]), SETTLEMENTS[0].arrears)
    groups = [(s.printed, s.current, s.arrears, s.prior_rates) for s in SETTLEMENTS]
    groups.append(("合　計", total_cur, total_arr, TOTAL_PRIOR_RATES))
    for name, cur, arr, prior in groups:
        w.put(row, 1, name, rows=3, center=True)
        for k, (label, led) in enumerate(zip(["現年度分", "滞納繰越分", "計"], ledgers(cur, arr))):
            r = rate(led.collected, led.assessed)
            cells = [label, comma(sen(led.assessed)), comma(sen(led.collected)), comma(sen(led.written_off)),
                     comma(sen(led.outstanding)), f"{r:.2f}", signed(r - prior[k])]
            for j, text in enumerate(cells):
                w.put(row + k, 2 + j, text, center=j == 0)
        row += 3
    w.put(row, 1, "※令和７年５月末現在の決算見込額。千円未満を四捨五入しているため、合計が一致しない場合がある。",
          span=8, box=False, size=8)
    w.finish("", landscape=False)


def interim_text(blocks: list[Interim]) -> str:
    """The 途中集計 lines of a 個票's results cell."""
    out = []
    for b in blocks:
        if b.collected and b.outstanding:
            rates = [rate(c, c + o) for c, o in zip(b.collected, b.outstanding)]
            out.append(f"{b.segment_word} {b.as_of_raw}\n"
                       f"・収納額 {comma(b.collected[0])}円 ({comma(b.collected[1])}円)\n"
                       f"・収入未済額 {comma(b.outstanding[0])}円 ({comma(b.outstanding[1])}円)\n"
                       f"・収納率 {rates[0]:.2f}% ({rates[1]:.2f}%)")
        elif b.rate:
            out.append(f"・{b.segment_word}収納率 {b.rate[0]:.2f}%({b.rate[1]:.2f}%)")
    return "\n".join(out)


def results_text(sheet: Sheet) -> str:
    """A 個票's 実績又は効果 cell with its 途中集計 filled in."""
    return sheet.results.format(interim=interim_text(sheet.interim),
                                delinquents=f"{JUTAKU_DELINQUENTS[0]}人({JUTAKU_DELINQUENTS[1]}人)")


def kobetsu_sheet(ws: Worksheet, sheet: Sheet, first: bool) -> None:
    """One 取組個票: header fields, 1. 強化期間 table (merged two-row header), 2. ヒアリング table."""
    w = SheetWriter(ws, [9, 21, 8, 25, 8, 25, 9, 32], size=9)
    row = 1
    if first:
        w.put(row, 1, "令和６年度　主要債権の収入未済額縮減に向けた取組", span=8, box=False, bold=True, size=13,
              center=True)
        row += 1
    for j, text in enumerate(["債権名", sheet.debt, "所属", sheet.bureau, "総括課", sheet.section, "債権区分",
                              sheet.debt_class]):
        w.put(row, 1 + j, text, bold=j % 2 == 0, center=j % 2 == 0)
    row += 1
    w.put(row, 1, "１．令和６年度　滞納整理強化期間の実施状況", span=8, box=False, bold=True, size=10)
    row += 1
    w.put(row, 1, "実施期間", span=2, rows=2, center=True, bold=True)
    w.put(row, 3, "取組内容", span=4, center=True, bold=True)
    w.put(row, 7, "実績又は効果\n（　）内は前年度実績", span=2, rows=2, center=True, bold=True)
    w.put(row + 1, 3, "現年分≪未収債権の早期回収≫", span=2, center=True)
    w.put(row + 1, 5, "滞納繰越分≪未収債権の縮減≫", span=2, center=True)
    row += 2
    w.put(row, 1, "\n".join(sheet.periods), span=2)
    w.put(row, 3, sheet.current_work, span=2)
    w.put(row, 5, sheet.arrears_work, span=2)
    w.put(row, 7, results_text(sheet), span=2)
    row += 1
    w.put(row, 1, "２．令和６年度　債権管理ヒアリングにおける課題と取組状況", span=8, box=False, bold=True, size=10)
    row += 1
    w.put(row, 1, "ヒアリングの結果\n抽出された課題等", span=2, center=True, bold=True)
    w.put(row, 3, sheet.issues, span=6)
    w.put(row + 1, 1, "課題に対する改善点や\n取組状況", span=2, center=True, bold=True)
    w.put(row + 1, 3, sheet.responses, span=6)
    w.finish("資料１", landscape=True)


def rate_lines(name: str, values: tuple[float | None, ...], extra: tuple[float | None, ...] | None = None,
               rank: str | None = None) -> str:
    """The three 収納率 lines of one 取組方針 column, `extra` in () and the rank after 合計."""
    words = SEGMENT_WORDS.get(name, DEFAULT_SEGMENT_WORDS)
    lines = []
    for k, word in enumerate(words):
        v = values[k]
        text = f"{word}　{v:.2f}%" if v is not None else f"{word}　－"
        if extra is not None:
            e = extra[k]
            text += f"({e:.2f}%)" if e is not None else "(－)"
        if rank is not None and k == 2:
            text += f"【{nendo(PLAN_YEAR - 2)}:{rank}】"
        lines.append(text)
    text = "\n".join(lines)
    return text.translate(ZEN) if name in FULLWIDTH_COLUMNS else text


def estimate_rates(name: str) -> tuple[float, float, float]:
    """令和6年度 決算見込 収納率 (current, arrears, total) of a printed debt name."""
    s = next(x for x in SETTLEMENTS if x.printed == name)
    cur, arr, tot = ledgers(s.current, s.arrears)
    return rate(cur.collected, cur.assessed), rate(arr.collected, arr.assessed), rate(tot.collected, tot.assessed)


def measure_text(items: list[Item]) -> str:
    """The 取組 cell: one line per heading or item, tags at the end (or after the label when tag_first)."""
    lines = []
    for it in items:
        body = it.text.replace(" ", "\n", 1) if it.label.startswith(("(", "（")) and it.status else it.text
        tag = f"【{it.status}】" if it.status else ""
        lines.append(f"{it.label}{tag}{body}" if it.tag_first else f"{it.label}{body}{tag}")
    return "\n".join(lines)


def policy_sheet(ws: Worksheet, names: list[str], first: bool) -> None:
    """One 取組方針 sheet: debts across, rows 見込(目標) / 数値目標 / 取組方針 / 取組."""
    col_w = 44 if len(names) == 3 else 34
    w = SheetWriter(ws, [15] + [col_w] * len(names), size=8.5)
    n = len(names) + 1
    row = 1
    if first:
        w.put(row, 1, "令和７年度　主要債権の管理に関する取組方針", span=n, box=False, bold=True, size=13, center=True)
        row += 1
    w.put(row, 1, "債権名", center=True, bold=True)
    w.put(row + 1, 1, "※令和６年度\n決算見込\n(　)内は数値目標", center=True)
    w.put(row + 2, 1, "令和７年度\n数値目標\n※【】は政令市順位", center=True)
    w.put(row + 3, 1, "取組方針", center=True)
    w.put(row + 4, 1, "数値目標の達成\nに向けた取組", center=True)
    c = 2
    while c <= n:
        name = names[c - 2]
        t = TARGETS[name]
        w.put(row, c, "市　税" if name == "市税" else name, center=True, bold=True)
        w.put(row + 1, c, rate_lines(name, estimate_rates(name), t.prior))
        w.put(row + 2, c, rate_lines(name, t.plan, rank=t.rank))
        group = MERGED_GROUP.get(name, [name])
        w.put(row + 3, c, POLICIES[name], span=len(group))
        w.put(row + 4, c, measure_text(MEASURES[name]), span=len(group))
        for extra in group[1:]:
            c += 1
            te = TARGETS[extra]
            w.put(row, c, extra, center=True, bold=True)
            w.put(row + 1, c, rate_lines(extra, estimate_rates(extra), te.prior))
            w.put(row + 2, c, rate_lines(extra, te.plan, rank=te.rank))
        c += 1
    w.put(row + 5, 1, "※令和６年度第３回債権管理委員会（令和７年１月）時点での見込値", span=n, box=False, size=8)
    w.finish("資料２", landscape=True)


def build_xlsx(dest: Path) -> None:
    """The whole workbook, one sheet per printed page."""
    wb = Workbook()
    agenda_sheet(wb.active)
    wb.active.title = "次第"
    reference_sheet(wb.create_sheet("参考"))
    for i, sheet in enumerate(SHEETS):
        kobetsu_sheet(wb.create_sheet(f"個票{i + 1}"), sheet, first=i == 0)
    for i, names in enumerate(POLICY_PAGES):
        policy_sheet(wb.create_sheet(f"取組方針{i + 1}"), names, first=i == 0)
    wb.save(dest)


# ---------------------------------------------------------------------------------------------- gold


def page_of(pdf: pymupdf.Document, *needles: str) -> int:
    """1-based page whose text (whitespace removed, NFKC) holds every needle."""
    want = [unicodedata.normalize("NFKC", x).replace(" ", "") for x in needles]
    for i, page in enumerate(pdf):
        text = unicodedata.normalize("NFKC", page.get_text()).replace(" ", "").replace("\n", "").replace("　", "")
        if all(x.replace("　", "") in text for x in want):
            return i + 1
    raise LookupError(f"{needles} not found in the built PDF")


def fact(debt: str | None, debt_raw: str | None, year: int, year_raw: str | None, segment: str, metric: str,
         basis: str, value: float | int, unit: str, raw: str, page: int, approx: bool = False,
         as_of: str | None = None) -> dict:
    """One gold fact in the contract's shape."""
    return {"debt": debt, "debt_raw": debt_raw, "fiscal_year": year, "fiscal_year_raw": year_raw,
            "segment": segment, "metric": metric, "basis": basis, "as_of": as_of, "value": value, "unit": unit,
            "approx": approx, "raw": raw, "page": page}


def reference_facts(pdf: pymupdf.Document) -> list[dict]:
    """参考① (trend, both the table and the bullets) and 参考② (決算見込, 千円)."""
    page = page_of(pdf, "【参考①】")
    out = []
    for y, (r, oku) in TREND.items():
        out.append(fact(None, None, y, nendo(y), "total", "collection_rate", "actual", r, "percent", f"{r:.2f}",
                        page))
        out.append(fact(None, None, y, nendo(y), "total", "outstanding", "actual",
                        int(Decimal(oku) * 100_000_000), "yen", oku, page))
    last = max(TREND)
    r, oku = TREND[last]
    out.append(fact(None, None, last, nendo(last), "total", "collection_rate", "actual", r, "percent", f"{r:.2f}%",
                    page))
    out.append(fact(None, None, last, nendo(last), "total", "outstanding", "actual", int(Decimal(oku) * 100_000_000),
                    "yen", f"約{oku}億円", page, approx=True))
    groups = [(s.canonical, s.printed, s.current, s.arrears) for s in SETTLEMENTS]
    total_cur = sum((s.current for s in SETTLEMENTS[1:]), SETTLEMENTS[0].current)
    total_arr = sum((s.arrears for s in SETTLEMENTS[1:]), SETTLEMENTS[0].arrears)
    groups.append((None, None, total_cur, total_arr))
    for debt, raw_debt, cur, arr in groups:
        for seg, led in zip(SEGMENTS, ledgers(cur, arr)):
            for metric in ("assessed", "collected", "written_off", "outstanding"):
                printed = sen(getattr(led, metric))
                out.append(fact(debt, raw_debt, FISCAL_YEAR, "令和６年度決算見込", seg, metric, "estimate",
                                printed * 1000, "yen", comma(printed), page))
            r = rate(led.collected, led.assessed)
            out.append(fact(debt, raw_debt, FISCAL_YEAR, "令和６年度決算見込", seg, "collection_rate", "estimate",
                            r, "percent", f"{r:.2f}", page))
    return out


def interim_facts(pdf: pymupdf.Document, sheet: Sheet) -> list[dict]:
    """The 途中集計 of one 個票 (this year and the () last year), plus 滞納者数 where printed."""
    page = page_of(pdf, "債権区分", sheet.debt)
    out = []
    for b in sheet.interim:
        for k, (year, as_of) in enumerate([(FISCAL_YEAR, b.as_of), (FISCAL_YEAR - 1, b.prior_as_of)]):
            if b.collected and b.outstanding:
                c, o = b.collected[k], b.outstanding[k]
                r = rate(c, c + o)
                out.append(fact(sheet.canonical, sheet.debt, year, b.as_of_raw, b.segment, "collected", "interim", c,
                                "yen", f"{comma(c)}円", page, as_of=as_of))
                out.append(fact(sheet.canonical, sheet.debt, year, b.as_of_raw, b.segment, "outstanding", "interim",
                                o, "yen", f"{comma(o)}円", page, as_of=as_of))
            elif b.rate:
                r = b.rate[k]
            else:
                continue
            out.append(fact(sheet.canonical, sheet.debt, year, b.as_of_raw, b.segment, "collection_rate", "interim",
                            r, "percent", f"{r:.2f}%", page, as_of=as_of))
    if "{delinquents}" in sheet.results:
        for k, (year, as_of) in enumerate([(FISCAL_YEAR, "2025-03-31"), (FISCAL_YEAR - 1, "2024-03-31")]):
            v = JUTAKU_DELINQUENTS[k]
            out.append(fact(sheet.canonical, sheet.debt, year, "令和７年３月末時点", "total", "delinquents", "interim",
                            v, "persons", f"{v}人", page, as_of=as_of))
    return out


def policy_facts(pdf: pymupdf.Document) -> list[dict]:
    """取組方針: 令和6年度 決算見込 (estimate) with its () 数値目標, and 令和7年度 数値目標."""
    out = []
    for names in POLICY_PAGES:
        for name in names:
            page = page_of(pdf, "数値目標の達成", name)
            debt = CANONICAL[name]
            t = TARGETS[name]
            rows = [(FISCAL_YEAR, "令和６年度", "estimate", estimate_rates(name)),
                    (FISCAL_YEAR, "令和６年度", "target", t.prior), (PLAN_YEAR, "令和７年度", "target", t.plan)]
            for year, year_raw, basis, values in rows:
                for seg, v in zip(SEGMENTS, values):
                    if v is not None:
                        raw = f"{v:.2f}%"
                        out.append(fact(debt, name, year, year_raw, seg, "collection_rate", basis, v, "percent",
                                        raw.translate(ZEN) if name in FULLWIDTH_COLUMNS else raw, page))
    return out


def label_path(path: dict[int, str], label: str) -> dict[int, str]:
    """The outline path after a line labelled `label`: (1) > ① > ア (bullets add nothing), printed digits folded."""
    level = 1 if label.startswith(("(", "（")) else 2 if label in "①②③④⑤⑥⑦⑧⑨" else 4 if label == "・" else 3
    out = {k: v for k, v in path.items() if k < level}
    if level < 4:
        out[level] = {1: unicodedata.normalize("NFKC", label), 2: label, 3: label.rstrip(")")}[level]
    return out


def initiatives(pdf: pymupdf.Document) -> list[dict]:
    """Every tagged line (and untagged item line) of 「数値目標の達成に向けた取組」, with its label path; a cell
    merged over two debt columns gives each debt its own copy of the items."""
    out = []
    for names in POLICY_PAGES:
        for name in names:
            if name not in MEASURES:
                continue
            page = page_of(pdf, "数値目標の達成", name)
            for debt_raw in MERGED_GROUP.get(name, [name]):
                path: dict[int, str] = {}
                for it in MEASURES[name]:
                    path = label_path(path, it.label)
                    if it.item:
                        out.append({"debt": CANONICAL[debt_raw], "debt_raw": debt_raw, "fiscal_year": PLAN_YEAR,
                                    "section": "数値目標の達成に向けた取組",
                                    "label": "".join(path[k] for k in sorted(path)),
                                    "text": it.text.replace(" ", ""), "status": it.status, "page": page})
    return out


def gold(pdf_path: Path) -> dict:
    """The whole gold document for the built PDF."""
    pdf = pymupdf.open(pdf_path)
    facts = reference_facts(pdf)
    for sheet in SHEETS:
        facts += interim_facts(pdf, sheet)
    facts += policy_facts(pdf)
    return {
        "schema_version": "1",
        "source": {"file": pdf_path.name, "sha256": hashlib.sha256(pdf_path.read_bytes()).hexdigest(),
                   "pages": pdf.page_count},
        "document": {"kind": "committee_material", "municipality": "静岡市",
                     "title": unicodedata.normalize("NFKC", MEETING), "date": DATE_ISO, "date_raw": DATE_RAW},
        "facts": facts,
        "initiatives": initiatives(pdf),
        "minutes": None,
        "tables": [],
        "warnings": [],
    }


def main() -> None:
    """Build the PDF and write the gold beside it."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{STEM}.xlsx"
        build_xlsx(src)
        to_pdf(src, PDF_OUT, profile="kobetsublind")
    data = gold(PDF_OUT)
    from saiken.extract.records import Document

    Document.model_validate(data)
    GOLD_OUT.parent.mkdir(parents=True, exist_ok=True)
    GOLD_OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{PDF_OUT.relative_to(ROOT)}: {data['source']['pages']} pages, {len(data['facts'])} facts, "
          f"{len(data['initiatives'])} initiatives")


if __name__ == "__main__":
    main()
