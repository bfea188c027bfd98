"""桐ヶ谷市 令和5年度 債権回収・整理計画 進捗状況（2月末） — openpyxl → LibreOffice.
Modelled on 債権回収・整理計画（中間報告）/ 徴収計画 tables of other cities (豊中市 債権回収・整理計画 page,
大阪府 債権回収・整理計画（目標達成状況）page, expydoc「平成28年度徴収計画」)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from l_common import OUT, PDF, fact, init, locate, locate_text, rate, to_pdf, write_gold

STEM = "l_kirigaya_progress_1"
CITY = "桐ヶ谷市"
ASOF, ASOF_PREV = "2024-02-29", "2023-02-28"
# name, dept, current(R5 2月末, R4同期, 決算見込, 目標), arrears(...)
SUMMARY = [
    ("市税", "財政部納税課", (96.4, 96.1, 99.2, 99.2), (27.9, 26.5, 31.5, 31.0)),
    ("国民健康保険税", "市民部保険年金課", (86.2, 85.7, 93.9, 94.0), (18.8, 18.1, 22.6, 23.0)),
    ("後期高齢者医療保険料", "市民部保険年金課", (97.9, 97.8, 99.5, 99.5), (41.3, 44.0, 46.0, 48.0)),
    ("介護保険料", "福祉部介護保険課", (96.7, 96.5, 99.0, 99.1), (15.2, 14.6, 17.5, 18.0)),
    ("保育所保育料", "こども部保育課", (95.8, 95.1, 98.9, 99.0), (12.7, 13.4, 16.2, 17.0)),
    ("市営住宅使用料", "建設部住宅課", (93.6, 93.9, 97.8, 98.0), (10.9, 9.8, 13.0, 13.0)),
    ("下水道使用料", "上下水道部料金課", (92.5, 92.2, 98.6, 98.7), (48.7, 46.1, 55.2, 55.0)),
    ("生活保護費返還金", "福祉部生活福祉課", (71.4, 69.8, 80.1, 82.0), (3.9, 4.2, 5.0, 5.5)),
]
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9D9D9")
F9 = Font(name="IPAexGothic", size=9)
F9B = Font(name="IPAexGothic", size=9, bold=True)
F12B = Font(name="IPAexGothic", size=13, bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFTW = Alignment(horizontal="left", vertical="top", wrap_text=True)

facts, inits = [], []


def F(*a, **kw):
    facts.append(fact(None, *a, **kw))


def setup(ws, title_cols, landscape=True):
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.7
    ws.oddFooter.center.text = "&P / &N"
    ws.oddHeader.right.text = "令和5年度 債権回収・整理計画 進捗状況（2月末）"
    ws.oddHeader.right.size = 8


def cell(ws, r, c, v, font=F9, align=CENTER, border=True, fill=None, fmt=None):
    x = ws.cell(row=r, column=c, value=v)
    x.font = font
    x.alignment = align
    if border:
        x.border = BOX
    if fill:
        x.fill = fill
    if fmt:
        x.number_format = fmt
    return x


def summary(wb):
    ws = wb.active
    ws.title = "総括表"
    setup(ws, 12)
    widths = [20, 16, 8, 8, 7, 8, 8, 8, 8, 7, 8, 8]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells("A1:L1")
    cell(ws, 1, 1, "令和５年度　債権回収・整理計画の進捗状況（令和６年２月末現在）", F12B, Alignment(horizontal="left"), border=False)
    ws.merge_cells("J2:L2")
    cell(ws, 2, 10, "（単位：％）", F9, Alignment(horizontal="right"), border=False)
    # three header rows
    for r in (3, 4, 5):
        for c in range(1, 13):
            cell(ws, r, c, None, F9B, fill=HEAD)
    ws.merge_cells("A3:A5"); cell(ws, 3, 1, "債権名", F9B, fill=HEAD)
    ws.merge_cells("B3:B5"); cell(ws, 3, 2, "所管課", F9B, fill=HEAD)
    ws.merge_cells("C3:G3"); cell(ws, 3, 3, "現年度分", F9B, fill=HEAD)
    ws.merge_cells("H3:L3"); cell(ws, 3, 8, "過年度分", F9B, fill=HEAD)
    for base in (3, 8):
        ws.merge_cells(start_row=4, start_column=base, end_row=4, end_column=base + 1)
        cell(ws, 4, base, "2月末徴収率", F9B, fill=HEAD)
        ws.merge_cells(start_row=4, start_column=base + 2, end_row=5, end_column=base + 2)
        cell(ws, 4, base + 2, "差", F9B, fill=HEAD)
        ws.merge_cells(start_row=4, start_column=base + 3, end_row=5, end_column=base + 3)
        cell(ws, 4, base + 3, "決算見込", F9B, fill=HEAD)
        ws.merge_cells(start_row=4, start_column=base + 4, end_row=5, end_column=base + 4)
        cell(ws, 4, base + 4, "目標", F9B, fill=HEAD)
        cell(ws, 5, base, "R5", F9B, fill=HEAD)
        cell(ws, 5, base + 1, "R4同期", F9B, fill=HEAD)
    r = 6
    for name, dept, cur, arr in SUMMARY:
        cell(ws, r, 1, name, align=Alignment(horizontal="left", vertical="center", wrap_text=True))
        cell(ws, r, 2, dept, align=Alignment(horizontal="left", vertical="center", wrap_text=True))
        for base, vals, seg in ((3, cur, "current"), (8, arr, "arrears")):
            a, b, e, t = vals
            cell(ws, r, base, a, fmt="0.0", align=Alignment(horizontal="right"))
            cell(ws, r, base + 1, b, fmt="0.0", align=Alignment(horizontal="right"))
            d = round(a - b, 1)
            cell(ws, r, base + 2, f"{d:+.1f}".replace("-", "△").replace("+", "") if d else "0.0",
                 align=Alignment(horizontal="right"))
            cell(ws, r, base + 3, e, fmt="0.0", align=Alignment(horizontal="right"))
            cell(ws, r, base + 4, t, fmt="0.0", align=Alignment(horizontal="right"))
            F(name, 2023, "R5", seg, "collection_rate", "interim", a, "percent", f"{a:.1f}", as_of=ASOF)
            F(name, 2022, "R4同期", seg, "collection_rate", "interim", b, "percent", f"{b:.1f}", as_of=ASOF_PREV)
            F(name, 2023, "決算見込", seg, "collection_rate", "estimate", e, "percent", f"{e:.1f}")
            F(name, 2023, "目標", seg, "collection_rate", "target", t, "percent", f"{t:.1f}")
        ws.row_dimensions[r].height = 22
        r += 1
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=12)
    cell(ws, r + 1, 1, "※差は、R5の2月末徴収率からR4同期の徴収率を差し引いたポイント数（△は低下）。"
         "決算見込は2月末までの収入実績と3月の収入見込額から推計した。", F9, Alignment(horizontal="left", wrap_text=True),
         border=False)
    ws.row_dimensions[r + 1].height = 26


DETAIL = {
    "市税": dict(dept="財政部納税課",
               # 2月末: 調定額(千円), 収入額(千円) current / arrears, prev-year rate
               cur=(24718352, None, 96.4), arr=(1184906, None, 27.9), prev=(96.1, 26.5),
               est=(99.2, 31.5), prev_final=(99.1, 30.2), tgt=(99.2, 31.0),
               area=[("本庁", (96.9, 96.6), (29.4, 27.8)), ("北部支所", (95.8, 95.4), (26.1, 25.2)), ("南部支所", (95.7, 95.5), (25.6, 24.4))],
               items=["(ｱ) 3月の出納整理期間に向け、現年度分の未納者へ一斉催告とSMS催告を実施する。【継続】",
                      "(ｲ) 滞納繰越分のうち納付約束の不履行者について、預貯金・給与の差押えを集中して行う。【継続】",
                      "(ｳ) 執行停止後3年を経過する事案を点検し、不納欠損の処理を適正に行う。【新規】"]),
    "国民健康保険税": dict(dept="市民部保険年金課",
                    cur=(3968214, None, 86.2), arr=(1402337, None, 18.8), prev=(85.7, 18.1),
                    est=(93.9, 22.6), prev_final=(93.6, 21.9), tgt=(94.0, 23.0), area=None,
                    items=["(ｱ) 短期被保険者証の更新時に納付相談を行い、分割納付の履行状況を確認する。【継続】",
                           "(ｲ) 資格喪失世帯の未納分について、文書催告と電話催告を併用する。【拡充】",
                           "(ｳ) 差押可能財産の判明した世帯に差押予告書を送付し、応答のない世帯は速やかに滞納処分を行う。【継続】"]),
    "保育所保育料": dict(dept="こども部保育課",
                   cur=(582116, None, 95.8), arr=(48375, None, 12.7), prev=(95.1, 13.4),
                   est=(98.9, 16.2), prev_final=(98.7, 15.8), tgt=(99.0, 17.0), area=None,
                   items=["(ｱ) 在園児の保護者には園を通じて催告書を手渡しし、面談による納付指導を行う。【継続】",
                          "(ｲ) 児童手当からの申出による徴収を勧め、滞納の累積を防ぐ。【継続】",
                          "(ｳ) 卒園児の過年度分は、所在調査の上で文書催告し、必要に応じて納税課へ徴収を引き継ぐ。【新規】"]),
}


def detail(wb, name):
    d = DETAIL[name]
    ws = wb.create_sheet(name)
    setup(ws, 8, landscape=False)
    for i, w in enumerate([14, 15, 15, 11, 11, 11, 11, 2], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells("A1:D1")
    cell(ws, 1, 1, f"債権名　{name}", F12B, Alignment(horizontal="left", vertical="center"), fill=HEAD)
    ws.merge_cells("E1:G1")
    cell(ws, 1, 5, f"所管：{d['dept']}", F9, Alignment(horizontal="left", vertical="center"))
    ws.row_dimensions[1].height = 24
    cell(ws, 3, 1, "１　２月末の収納状況", F9B, Alignment(horizontal="left"), border=False)
    hdr = ["区分", "調定額（千円）", "収入額（千円）", "徴収率", "前年同期"]
    for i, h in enumerate(hdr, 1):
        cell(ws, 4, i, h, F9B, fill=HEAD)
    tot_a = tot_c = 0
    rows = []
    for lab, seg, (a, _, rr), prev in (("現年度分", "current", d["cur"], d["prev"][0]), ("過年度分", "arrears", d["arr"], d["prev"][1])):
        c = round(a * rr / 100)
        while rate(c, a, 1) != rr:
            c += 1
        rows.append((lab, seg, a, c, rr, prev))
        tot_a += a
        tot_c += c
    r = 5
    for lab, seg, a, c, rr, prev in rows:
        cell(ws, r, 1, lab)
        cell(ws, r, 2, a, fmt="#,##0", align=Alignment(horizontal="right"))
        cell(ws, r, 3, c, fmt="#,##0", align=Alignment(horizontal="right"))
        cell(ws, r, 4, f"{rr:.1f}%", align=Alignment(horizontal="right"))
        cell(ws, r, 5, f"{prev:.1f}%", align=Alignment(horizontal="right"))
        F(name, 2023, "２月末", seg, "assessed", "interim", a * 1000, "yen", f"{a:,}", as_of=ASOF)
        F(name, 2023, "２月末", seg, "collected", "interim", c * 1000, "yen", f"{c:,}", as_of=ASOF)
        F(name, 2023, "２月末", seg, "collection_rate", "interim", rr, "percent", f"{rr:.1f}%", as_of=ASOF)
        F(name, 2022, "前年同期", seg, "collection_rate", "interim", prev, "percent", f"{prev:.1f}%", as_of=ASOF_PREV)
        r += 1
    tr = rate(tot_c, tot_a, 1)
    cell(ws, r, 1, "合計")
    cell(ws, r, 2, tot_a, fmt="#,##0", align=Alignment(horizontal="right"))
    cell(ws, r, 3, tot_c, fmt="#,##0", align=Alignment(horizontal="right"))
    cell(ws, r, 4, f"{tr:.1f}%", align=Alignment(horizontal="right"))
    cell(ws, r, 5, "－", align=Alignment(horizontal="right"))
    F(name, 2023, "２月末", "total", "assessed", "interim", tot_a * 1000, "yen", f"{tot_a:,}", as_of=ASOF)
    F(name, 2023, "２月末", "total", "collected", "interim", tot_c * 1000, "yen", f"{tot_c:,}", as_of=ASOF)
    F(name, 2023, "２月末", "total", "collection_rate", "interim", tr, "percent", f"{tr:.1f}%", as_of=ASOF)
    r += 2
    cell(ws, r, 1, "２　決算見込・目標", F9B, Alignment(horizontal="left"), border=False)
    r += 1
    for lab, seg, i in (("現年度分", "current", 0), ("過年度分", "arrears", 1)):
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        cell(ws, r, 1, lab, F9B, fill=HEAD)
        e, t, pf = d["est"][i], d["tgt"][i], d["prev_final"][i]
        cell(ws, r, 2, f"決算見込 {e:.1f}％ ／ 目標 {t:.1f}％（前年度決算 {pf:.1f}％）", align=Alignment(horizontal="left", vertical="center"))
        F(name, 2023, "決算見込", seg, "collection_rate", "estimate", e, "percent", f"決算見込 {e:.1f}％")
        F(name, 2023, "目標", seg, "collection_rate", "target", t, "percent", f"目標 {t:.1f}％")
        F(name, 2022, "前年度決算", seg, "collection_rate", "actual", pf, "percent", f"前年度決算 {pf:.1f}％")
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    cell(ws, r, 1, "３　年度後半の主な取組", F9B, Alignment(horizontal="left"), border=False)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    cell(ws, r, 1, "\n".join(d["items"]), F9, LEFTW)
    ws.row_dimensions[r].height = 16 * len(d["items"]) + 14
    for it in d["items"]:
        lab, rest = it.split(" ", 1)
        st = rest[-3:-1]
        inits.append(init(None, name, 2023, "年度後半の主な取組", lab, rest[:-4], st))
    r += 2
    if d["area"]:
        cell(ws, r, 1, "４　地区別の２月末徴収率（単位：％）", F9B, Alignment(horizontal="left"), border=False)
        r += 1
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
        cell(ws, r, 1, "地区", F9B, fill=HEAD)
        cell(ws, r, 2, "現年度分", F9B, fill=HEAD); cell(ws, r, 3, None, F9B, fill=HEAD)
        cell(ws, r, 4, "過年度分", F9B, fill=HEAD); cell(ws, r, 5, None, F9B, fill=HEAD)
        r += 1
        cell(ws, r, 1, None, F9B, fill=HEAD)
        for i, h in enumerate(["R5", "R4同期", "R5", "R4同期"], 2):
            cell(ws, r, i, h, F9B, fill=HEAD)
        r += 1
        for area, cur, arr in d["area"]:
            cell(ws, r, 1, area)
            for i, (v, fy, seg, aso) in enumerate(((cur[0], 2023, "current", ASOF), (cur[1], 2022, "current", ASOF_PREV),
                                                    (arr[0], 2023, "arrears", ASOF), (arr[1], 2022, "arrears", ASOF_PREV)), 2):
                cell(ws, r, i, v, fmt="0.0", align=Alignment(horizontal="right"))
                F(name, fy, "R5" if fy == 2023 else "R4同期", seg, "collection_rate", "interim", v, "percent", f"{v:.1f}", as_of=aso, area=area)
            r += 1


def build():
    wb = Workbook()
    summary(wb)
    for nm in DETAIL:
        detail(wb, nm)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    return to_pdf(src, PDF / f"{STEM}.pdf", STEM)


if __name__ == "__main__":
    pdf = build()
    locate(facts, pdf)
    locate_text(inits, pdf)
    document = {"kind": "progress_report", "municipality": CITY,
                "title": "令和５年度　債権回収・整理計画の進捗状況（令和６年２月末現在）",
                "date": "2024-02-29", "date_raw": "令和６年２月末現在"}
    write_gold(STEM, document, facts, inits)
