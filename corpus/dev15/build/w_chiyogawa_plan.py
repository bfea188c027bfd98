"""w_chiyogawa_plan_1: 税以外の債権の回収計画 (plan), openpyxl -> LibreOffice.

Modelled on the 鳥取県 page「税以外の債権の回収計画等の公表」(《要旨》《概要》 with the total of 税外未収金,
the 達成率 of the year's 債権回収計画 and the next year's 回収目標) and its attached 達成状況/計画 tables.
Municipality invented (kana name). Figures invented and consistent.
"""
from __future__ import annotations

import sys
from pathlib import Path

import fitz
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from w_common import OUT, PDF, check, fact, initiative, nows, to_pdf, write_gold  # noqa: E402

STEM = "w_chiyogawa_plan_1"
CITY = "ちよがわ市"
TITLE = "令和6年度債権回収計画達成状況及び令和7年度債権回収計画"

# debt, 所管課, 現年度分, 過年度分, R6目標, R6実績, R7目標  (千円)
DEBTS = [
    ("住宅使用料", "建築住宅課", 8412, 96318, 18500, 16204, 17600),
    ("住宅新築資金等貸付金", "人権推進課", 0, 612455, 22000, 19870, 20500),
    ("保育料", "こども家庭課", 3106, 41287, 9800, 9312, 9900),
    ("学校給食費", "学校給食センター", 2245, 18932, 4200, 3951, 4300),
    ("下水道使用料", "下水道課", 11830, 35604, 12600, 11728, 12400),
    ("生活保護費返還金", "福祉課", 9774, 268409, 7900, 5846, 5900),
    ("奨学金貸付金", "教育総務課", 1528, 88810, 4912, 3891, 3600),
]
# 収納率（単位：％）: years x debts, per segment
RATE_DEBTS = ["住宅使用料", "保育料", "学校給食費", "下水道使用料", "奨学金貸付金"]
RATE_YEARS = [("令和4年度", 2022, "actual"), ("5年度", 2023, "actual"), ("6年度", 2024, "actual"),
              ("7年度（目標）", 2025, "target")]
RATES = {
    "現年度分": [[97.84, 99.12, 99.40, 98.87, 92.15], [98.02, 99.20, 99.47, 98.95, 92.60],
                 [98.11, 99.31, 99.52, 99.03, 93.04], [98.30, 99.40, 99.60, 99.10, 93.50]],
    "過年度分": [[12.46, 18.90, 15.33, 21.75, 4.12], [13.05, 19.42, 16.80, 22.31, 4.37],
                 [14.38, 20.15, 17.26, 23.08, 4.19], [15.00, 21.00, 18.00, 24.00, 4.50]],
}
SEGS = {"現年度分": "current", "過年度分": "arrears"}

# 令和7年度の主な回収方策: debt -> list of (label, text, status)
MEASURES = [
    ("住宅使用料", [("①", "滞納1か月の時点で電話と文書による催告を行い、早期の納付を促す。", "継続"),
                 ("②", "3か月以上滞納した入居者には、連帯保証人にも納付指導への協力を依頼する。", "継続"),
                 ("③", "退去者の未納分は、支払督促の申立てを計画的に行う。", "拡充")]),
    ("住宅新築資金等貸付金", [("①", "償還が滞っている借受人と面談し、生活状況に応じた償還計画を再設定する。", "継続"),
                        ("②", "担保物件の現況を調査し、競売による回収の可否を判断する。", "新規")]),
    ("保育料", [("・", "児童手当からの徴収の申出を入園時に案内する。", "継続"),
              ("・", "卒園・退園した世帯の未納分を債権管理課へ移管し、滞納処分を行う。", "継続")]),
    ("生活保護費返還金", [("ア", "保護受給中の返還金は、保護費との調整により確実に回収する。", "継続"),
                     ("イ", "保護廃止後の返還者には、納付案内を年2回送付する。", "新規")]),
    ("奨学金貸付金", [("①", "返還猶予の申請要件を見直し、返還困難者の状況を把握する。", "拡充"),
                  ("②", "長期滞納者の連帯保証人へ文書で請求する。", "継続")]),
]
MEASURE_SECTION = "３　令和７年度の主な回収方策"

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
F = "IPAexMincho"
G = "IPAexGothic"


def setup(ws, landscape: bool, header: str):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.right.text = header
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = ws.page_margins.bottom = 0.8


def cell(ws, r, c, v, font=F, bold=False, size=10.5, border=False, h="left", wrap=False, fmt=None):
    x = ws.cell(row=r, column=c, value=v)
    x.font = Font(name=font, size=size, bold=bold)
    x.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if border:
        x.border = BOX
    if fmt:
        x.number_format = fmt
    return x


def man(v_thousand: int) -> str:
    """千円 -> 「11億9,871万円」 style (rounded to 万円)."""
    man = round(v_thousand / 10)
    oku, rest = divmod(man, 10000)
    return (f"{oku}億" if oku else "") + (f"{rest:,}万円" if rest else "円")


def build_workbook(path: Path):
    wb = Workbook()
    tot_out = sum(d[2] + d[3] for d in DEBTS)
    prev_out = 1243660
    dec = prev_out - tot_out
    tgt6, act6, tgt7 = (sum(d[i] for d in DEBTS) for i in (4, 5, 6))

    # --- sheet 1: 要旨・概要 (portrait)
    ws = wb.active
    ws.title = "概要"
    setup(ws, False, "ちよがわ市 総務部 債権管理課")
    ws.column_dimensions["A"].width = 3
    ws.column_dimensions["B"].width = 92
    r = 2
    cell(ws, r, 2, TITLE, font=G, bold=True, size=13, h="center"); r += 1
    cell(ws, r, 2, "令和7年8月　ちよがわ市", h="right"); r += 2
    cell(ws, r, 2, "《要旨》", font=G, bold=True); r += 1
    para = ("ちよがわ市債権の管理に関する条例第8条の規定により、税以外の債権について令和6年度の債権回収計画の"
            "達成状況をとりまとめるとともに、令和7年度の債権回収計画を策定したので公表する。")
    cell(ws, r, 2, para, wrap=True); ws.row_dimensions[r].height = 48; r += 2
    cell(ws, r, 2, "《概要》", font=G, bold=True); r += 1
    lines = [
        f"・税外未収金の総額は、令和5年度末の{man(prev_out)}が、令和6年度末には{man(tot_out)}になり、"
        f"{man(dec)}（対前年度{dec / prev_out * 100:.1f}%）減少した。",
        "　※減少額のうち約1,200万円は、住宅新築資金等貸付金の債権放棄（議会議決）によるものである。",
        f"・令和6年度の債権回収計画の市全体での達成率は{act6 / tgt6 * 100:.1f}%であった。",
        f"・令和7年度は、{man(tgt7)}（6年度回収実績の{(tgt7 / act6 - 1) * 100:.1f}%増）の回収を目標としている。",
        "・計画の対象は、令和6年度末に収入未済額がある税以外の債権のうち、主な7債権とする。",
    ]
    for ln in lines:
        cell(ws, r, 2, ln, wrap=True); ws.row_dimensions[r].height = 34; r += 1
    r += 1
    cell(ws, r, 2, "【参考】", font=G, bold=True, border=True); r += 1
    box = ("・計画的回収債権：納付交渉等により回収を見込む債権\n"
           "・整理債権：時効の援用、執行停止等により整理を進める債権\n"
           "・担当：総務部債権管理課（内線2417）")
    cell(ws, r, 2, box, wrap=True, border=True); ws.row_dimensions[r].height = 60

    # --- sheet 2: 達成状況・計画 (landscape), one debt per row
    ws = wb.create_sheet("達成状況")
    setup(ws, True, "ちよがわ市 総務部 債権管理課")
    widths = [22, 16, 13, 13, 13, 13, 13, 10, 14]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    cell(ws, 1, 1, "１　令和６年度債権回収計画の達成状況及び令和７年度の回収目標", font=G, bold=True, size=12)
    cell(ws, 2, 9, "（単位：千円）", h="right", size=9)
    hdr = [(3, 1, 4, 1, "債権名"), (3, 2, 4, 2, "所管課"), (3, 3, 3, 5, "令和６年度末 収入未済額"),
           (3, 6, 3, 8, "令和６年度 回収計画"), (3, 9, 4, 9, "令和７年度\n回収目標額")]
    for r1, c1, r2, c2, t in hdr:
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        cell(ws, r1, c1, t, font=G, border=True, h="center", wrap=True, size=10)
    for c, t in zip(range(3, 9), ["現年度分", "過年度分", "計", "回収目標額", "回収実績額", "達成率"]):
        cell(ws, 4, c, t, font=G, border=True, h="center", size=10)
    for c in range(1, 10):
        for rr in (3, 4):
            ws.cell(row=rr, column=c).border = BOX
    ws.row_dimensions[3].height = 30
    r = 5
    for name, ka, cur, arr, t6, a6, t7 in DEBTS:
        vals = [name, ka, cur if cur else "－", arr, cur + arr, t6, a6, f"{a6 / t6 * 100:.1f}%", t7]
        for c, v in enumerate(vals, 1):
            cell(ws, r, c, v, border=True, h="left" if c <= 2 else "right", fmt="#,##0" if isinstance(v, int) else None)
        r += 1
    tots = ["合計", "", sum(d[2] for d in DEBTS), sum(d[3] for d in DEBTS), tot_out, tgt6, act6,
            f"{act6 / tgt6 * 100:.1f}%", tgt7]
    for c, v in enumerate(tots, 1):
        cell(ws, r, c, v, font=G, border=True, h="center" if c <= 2 else "right",
             fmt="#,##0" if isinstance(v, int) else None)
    r += 2
    cell(ws, r, 1, "※達成率＝回収実績額÷回収目標額。回収実績額は、過年度分の収入済額に債権放棄以外の整理額を含まない。", size=9)
    cell(ws, r + 1, 1, "※令和７年度回収目標額は、令和６年度末の過年度分収入未済額のうち計画的回収債権に係るもの。", size=9)

    # --- sheet 3: 収納率 (debts as columns, no % sign)
    ws = wb.create_sheet("収納率")
    setup(ws, True, "ちよがわ市 総務部 債権管理課")
    for i, w in enumerate([12, 16] + [16] * len(RATE_DEBTS), 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    cell(ws, 1, 1, "２　主な債権の収納率の推移（単位：％）", font=G, bold=True, size=12)
    cell(ws, 3, 1, "区分", font=G, border=True, h="center")
    cell(ws, 3, 2, "年度", font=G, border=True, h="center")
    for j, d in enumerate(RATE_DEBTS):
        cell(ws, 3, 3 + j, d, font=G, border=True, h="center", wrap=True)
    r = 4
    for seg, table in RATES.items():
        ws.merge_cells(start_row=r, start_column=1, end_row=r + len(RATE_YEARS) - 1, end_column=1)
        cell(ws, r, 1, seg, font=G, border=True, h="center")
        for k, (yl, _, _) in enumerate(RATE_YEARS):
            ws.cell(row=r + k, column=1).border = BOX
            cell(ws, r + k, 2, yl, border=True, h="center")
            for j, v in enumerate(table[k]):
                cell(ws, r + k, 3 + j, v, border=True, h="right", fmt="0.00")
        r += len(RATE_YEARS)
    cell(ws, r + 1, 1, "※収納率＝収入済額÷調定額。７年度は目標値。", size=9)

    # --- sheet 4: 主な回収方策 (portrait), boxed measures per debt
    ws = wb.create_sheet("回収方策")
    setup(ws, False, "ちよがわ市 総務部 債権管理課")
    ws.column_dimensions["A"].width = 92
    cell(ws, 1, 1, MEASURE_SECTION, font=G, bold=True, size=12)
    r = 3
    for debt, items in MEASURES:
        cell(ws, r, 1, f"債権名　{debt}", font=G, border=True); r += 1
        txt = "\n".join(f"{lab}{'　' if lab != '・' else ''}{t}【{st}】" for lab, t, st in items)
        cell(ws, r, 1, txt, border=True, wrap=True)
        ws.row_dimensions[r].height = 18 * len(items) + 8
        r += 2
    wb.save(path)
    return tot_out, prev_out, dec, tgt6, act6, tgt7


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    xlsx = OUT / f"{STEM}.xlsx"
    tot_out, prev_out, dec, tgt6, act6, tgt7 = build_workbook(xlsx)
    dest = PDF / f"{STEM}.pdf"
    to_pdf(xlsx, dest, "w_chiyogawa")
    with fitz.open(dest) as d:
        texts = [nows(p.get_text()) for p in d]

    def page_of(marker, start=1):
        for i in range(start - 1, len(texts)):
            if nows(marker) in texts[i]:
                return i + 1
        raise SystemExit(f"marker not found: {marker}")

    facts, inits = [], []
    p1 = page_of("《概要》")
    facts += [
        fact(None, 2023, "令和5年度末", "total", "outstanding", "actual", prev_out * 1000, "yen", man(prev_out), p1,
             debt_raw="税外未収金"),
        fact(None, 2024, "令和6年度末", "total", "outstanding", "actual", tot_out * 1000, "yen", man(tot_out), p1,
             debt_raw="税外未収金"),
        fact(None, 2025, "令和7年度", "total", "collected", "target", tgt7 * 1000, "yen", man(tgt7), p1),
    ]
    p2 = page_of("令和６年度債権回収計画の達成状況")
    for name, ka, cur, arr, t6, a6, t7 in DEBTS + [("合計", None, sum(d[2] for d in DEBTS), sum(d[3] for d in DEBTS),
                                                   tgt6, act6, tgt7)]:
        debt = None if name == "合計" else name
        pg = p2 if nows(name) in texts[p2 - 1] else page_of(name, p2)
        fy6 = "令和６年度末"
        if cur:
            facts.append(fact(debt, 2024, fy6, "current", "outstanding", "actual", cur * 1000, "yen", f"{cur:,}", pg, debt_raw=name))
        facts.append(fact(debt, 2024, fy6, "arrears", "outstanding", "actual", arr * 1000, "yen", f"{arr:,}", pg, debt_raw=name))
        facts.append(fact(debt, 2024, fy6, "total", "outstanding", "actual", (cur + arr) * 1000, "yen", f"{cur + arr:,}", pg, debt_raw=name))
        facts.append(fact(debt, 2024, "令和６年度", "total", "collected", "target", t6 * 1000, "yen", f"{t6:,}", pg, debt_raw=name))
        facts.append(fact(debt, 2024, "令和６年度", "total", "collected", "actual", a6 * 1000, "yen", f"{a6:,}", pg, debt_raw=name))
        facts.append(fact(debt, 2025, "令和７年度", "total", "collected", "target", t7 * 1000, "yen", f"{t7:,}", pg, debt_raw=name))
    p3 = page_of("主な債権の収納率の推移")
    for seg, table in RATES.items():
        for k, (yl, fy, basis) in enumerate(RATE_YEARS):
            for j, d in enumerate(RATE_DEBTS):
                v = table[k][j]
                facts.append(fact(d, fy, yl, SEGS[seg], "collection_rate", basis, v, "percent", f"{v:.2f}", p3))
    p4 = page_of(MEASURE_SECTION)
    for debt, items in MEASURES:
        pg = page_of(f"債権名　{debt}", p4)
        for lab, t, st in items:
            inits.append(initiative(debt, 2025, MEASURE_SECTION.replace("３　", ""), lab, t, st, pg))
    document = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2025-08-01",
                "date_raw": "令和7年8月"}
    write_gold(STEM, document, facts, inits)
    print(STEM, check(STEM))


if __name__ == "__main__":
    main()
