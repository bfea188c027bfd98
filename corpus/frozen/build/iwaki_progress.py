"""Frozen set (d): 令和6年度 いわき市 債権管理の取組状況, Excel (openpyxl) → LibreOffice PDF (progress_report).

Modelled on いわき市's 債権管理の取組状況: per-debt column groups (debts as columns), each with era-less year columns
5年度実績 | 6年度実績 | 差; rows 収納率(%) 現年分/滞納繰越分/計, 収入未済額(千円), 滞納者数(人); a second page of
主な取組 bullets per debt. The only era-marked years are the title's 令和6年度 and the prose.

Gold decisions: 5年度 → 2023, 6年度 → 2024 (era of the title); 差 columns are differences (points, 千円, 人) and
left out; 滞納者数 is delinquents/persons; ・ bullets under 主な取組 are initiatives (status null).
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from plan_progress_common import OUT_DIR, PDF_DIR, fact, find_page, init, page_texts, to_pdf, write_gold  # noqa: E402

STEM = "iwaki_progress_r6_torikumi"
CITY = "いわき市"
TITLE = "令和6年度 債権管理の取組状況"
FONT = "IPAexGothic"

# printed, canonical, rates {seg: (r5, r6)}, outstanding (千円 r5, r6), delinquents (r5, r6), items
DEBTS = [
    ("市税", "市税", {"current": (99.12, 99.21), "arrears": (26.84, 28.03), "total": (96.45, 96.78)},
     (1_284_512, 1_196_338), (6_842, 6_511), [
         "滞納初期の段階で電話・文書による催告を集中的に実施し、滞納の長期化を防止した。",
         "福島県と連携した合同滞納整理を行い、高額滞納案件の差押え・換価を進めた。",
         "スマートフォン決済アプリ等による納付を周知し、期限内納付を促進した。",
     ]),
    ("国民健康保険税", "国民健康保険料", {"current": (94.37, 94.62), "arrears": (22.15, 21.48), "total": (78.96, 79.83)},
     (1_642_084, 1_578_906), (7_215, 6_984), [
         "加入手続時に口座振替の申込みを勧奨し、口座振替率の向上に取り組んだ。",
         "財産調査に基づき預貯金・給与等の差押えを実施した。",
     ]),
    ("介護保険料", "介護保険料", {"current": (98.71, 98.80), "arrears": (17.93, 19.06), "total": (96.12, 96.40)},
     (168_425, 160_117), (2_973, 2_845), [
         "普通徴収の未納者へ督促後速やかに催告書を送付した。",
         "長期滞納者に給付制限の内容を説明し、納付相談を行った。",
     ]),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", {"current": (99.48, 99.52), "arrears": (31.60, 30.95), "total": (98.94, 99.01)},
     (38_214, 36_870), (812, 796), [
         "資格取得直後の普通徴収期間に未納となった被保険者へ早期の納付勧奨を行った。",
     ]),
    ("保育所保育料", "保育料", {"current": (98.35, 98.62), "arrears": (13.22, 15.87), "total": (89.74, 91.05)},
     (52_916, 45_288), (338, 297), [
         "児童手当からの申出による徴収を案内し、保育料の納付に充てた。",
         "入所継続の手続時に未納のある保護者と面談し、分納計画を作成した。",
     ]),
    ("市営住宅使用料", "市営住宅使用料", {"current": (97.05, 96.88), "arrears": (12.41, 13.02), "total": (80.22, 80.64)},
     (214_607, 208_433), (1_046, 1_012), [
         "3か月以上の滞納者に連帯保証人への通知と併せて納付指導を行った。",
         "長期滞納者5件について明渡し請求訴訟を提起した。",
         "退去滞納者の債権を債権回収会社へ委託し、回収を進めた。",
     ]),
]
SEGS = (("current", "現年分"), ("arrears", "滞納繰越分"), ("total", "計"))
YEARS = ((2023, "5年度実績"), (2024, "6年度実績"))

thin = Side(style="thin", color="000000")
med = Side(style="medium", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")


def signed(v: float, fmt: str) -> str:
    return ("△" if v < 0 else "") + format(abs(v), fmt)


def cell(ws, r, c, v, bold=False, size=10, align="center", fill=None, wrap=False, border=True):
    x = ws.cell(row=r, column=c, value=v)
    x.font = Font(name=FONT, size=size, bold=bold)
    x.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    if fill:
        x.fill = fill
    if border:
        x.border = BOX
    return x


def oku(k: int) -> tuple[str, int]:
    man = round(k / 1000) * 100
    o, m = divmod(man, 10000)
    return f"約{o}億{m:,}万円", man * 10000


def debt_table(ws, r0: int, debts) -> int:
    """Write one per-debt-column table at row r0; returns the next free row."""
    ws.merge_cells(start_row=r0, start_column=1, end_row=r0 + 1, end_column=2)
    cell(ws, r0, 1, "区　分", bold=True, fill=HEAD_FILL)
    cell(ws, r0 + 1, 1, None, fill=HEAD_FILL)
    cell(ws, r0 + 1, 2, None, fill=HEAD_FILL)
    cell(ws, r0, 2, None, fill=HEAD_FILL)
    for j, d in enumerate(debts):
        c0 = 3 + 3 * j
        ws.merge_cells(start_row=r0, start_column=c0, end_row=r0, end_column=c0 + 2)
        cell(ws, r0, c0, d[0], bold=True, fill=HEAD_FILL)
        for k in range(1, 3):
            cell(ws, r0, c0 + k, None, fill=HEAD_FILL)
        for k, lab in enumerate([y[1] for y in YEARS] + ["差"]):
            cell(ws, r0 + 1, c0 + k, lab, bold=True, fill=HEAD_FILL, size=9.5)
    r = r0 + 2
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=1)
    cell(ws, r, 1, "収納率\n(%)", wrap=True)
    for seg_i, (seg, lab) in enumerate(SEGS):
        if seg_i:
            cell(ws, r + seg_i, 1, None)
        cell(ws, r + seg_i, 2, lab)
        for j, d in enumerate(debts):
            c0 = 3 + 3 * j
            r5, r6 = d[2][seg]
            cell(ws, r + seg_i, c0, f"{r5:.2f}", align="right")
            cell(ws, r + seg_i, c0 + 1, f"{r6:.2f}", align="right")
            cell(ws, r + seg_i, c0 + 2, signed(round(r6 - r5, 2), ".2f"), align="right")
    r += 3
    for label, idx in (("収入未済額(千円)", 3), ("滞納者数(人)", 4)):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        cell(ws, r, 1, label)
        cell(ws, r, 2, None)
        for j, d in enumerate(debts):
            c0 = 3 + 3 * j
            a, b = d[idx]
            cell(ws, r, c0, f"{a:,}", align="right")
            cell(ws, r, c0 + 1, f"{b:,}", align="right")
            cell(ws, r, c0 + 2, signed(b - a, ","), align="right")
        r += 1
    for rr in range(r0, r):
        ws.row_dimensions[rr].height = 24
    ws.row_dimensions[r0 + 2].height = 24
    return r


def build_xlsx() -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "取組状況"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "&P / &N"
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 12
    for c in range(3, 12):
        ws.column_dimensions[get_column_letter(c)].width = 13
    r = 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
    cell(ws, r, 1, TITLE, bold=True, size=16, border=False)
    ws.row_dimensions[r].height = 30
    r += 1
    ws.merge_cells(start_row=r, start_column=8, end_row=r, end_column=11)
    cell(ws, r, 8, "令和7年8月　いわき市 財政部 債権管理課", align="right", border=False)
    r += 2
    total6 = sum(d[3][1] for d in DEBTS)
    total5 = sum(d[3][0] for d in DEBTS)
    s6, _ = oku(total6)
    s5, _ = oku(total5)
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=11)
    cell(ws, r, 1, f"　主要6債権の収入未済額の合計は、令和6年度末で{s6}となり、令和5年度末の{s5}から縮減した。"
                   "収納率は、市税、介護保険料、保育所保育料などで前年度を上回った。", align="left", wrap=True,
         border=False, size=10.5)
    ws.cell(row=r, column=1).alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    ws.row_dimensions[r].height = 20
    ws.row_dimensions[r + 1].height = 20
    r += 3
    cell(ws, r, 1, "１　主要債権の収納状況", bold=True, size=12, align="left", border=False)
    r += 1
    r = debt_table(ws, r, DEBTS[:3]) + 1
    r = debt_table(ws, r, DEBTS[3:]) + 1
    cell(ws, r, 1, "※差は6年度実績から5年度実績を差し引いたもの（収納率はポイント）。△はマイナス。", align="left",
         border=False, size=9)
    r += 1
    ws.row_breaks.append(__import__("openpyxl").worksheet.pagebreak.Break(id=r))
    r += 1
    cell(ws, r, 1, "２　主な取組", bold=True, size=12, align="left", border=False)
    r += 1
    for d in DEBTS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        cell(ws, r, 1, f"【{d[0]}】", bold=True, align="left", border=False, size=10.5)
        ws.row_dimensions[r].height = 20
        r += 1
        for text in d[5]:
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=11)
            cell(ws, r, 2, f"・{text}", align="left", border=False, size=10.5)
            ws.row_dimensions[r].height = 18
            r += 1
    ws.print_area = f"A1:K{r}"
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    src = OUT_DIR / f"{STEM}.xlsx"
    wb.save(src)
    return src


def gold() -> Path:
    pdf = PDF_DIR / f"{STEM}.pdf"
    texts = page_texts(pdf)
    facts, inits = [], []
    p1 = find_page(texts, "主要6債権の収入未済額")
    total6 = sum(d[3][1] for d in DEBTS)
    total5 = sum(d[3][0] for d in DEBTS)
    for k, fy, raw in ((total6, 2024, "令和6年度末"), (total5, 2023, "令和5年度末")):
        s, v = oku(k)
        facts.append(fact(None, None, fy, raw, "total", "outstanding", "actual", v, "yen", s, p1, approx=True))
    p_tab = find_page(texts, "主要債権の収納状況")
    for d in DEBTS:
        name, canon = d[0], d[1]
        for yi, (fy, lab) in enumerate(YEARS):
            for seg, _l in SEGS:
                v = d[2][seg][yi]
                facts.append(fact(canon, name, fy, lab, seg, "collection_rate", "actual", v, "percent", f"{v:.2f}", p_tab))
            o = d[3][yi]
            facts.append(fact(canon, name, fy, lab, "total", "outstanding", "actual", o * 1000, "yen", f"{o:,}", p_tab))
            n = d[4][yi]
            facts.append(fact(canon, name, fy, lab, "total", "delinquents", "actual", n, "persons", f"{n:,}", p_tab))
    p_init = find_page(texts, "主な取組")
    for d in DEBTS:
        for text in d[5]:
            page = find_page(texts, text, start=p_init)
            inits.append(init(d[1], d[0], 2024, "主な取組", "・", text, None, page))
    document = {"kind": "progress_report", "municipality": CITY, "title": TITLE, "date": "2025-08-01",
                "date_raw": "令和7年8月"}
    return write_gold(STEM, document, facts, inits)


if __name__ == "__main__":
    src = build_xlsx()
    print(to_pdf(src, PDF_DIR / f"{STEM}.pdf", profile="frozen_d"))
    print(gold())
