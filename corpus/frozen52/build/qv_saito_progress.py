"""qv_saito_progress_1: 西都市 令和5年度 債権管理の取組状況（中間報告・2月末）, openpyxl -> LibreOffice.

Run from corpus/frozen52:  python3 build/qv_saito_progress.py
"""
import shutil
import subprocess
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qv_common import Gold, SET, c, r2, rate, check  # noqa: E402

STEM = "qv_saito_progress_1"
TITLE = "令和5年度 債権管理の取組状況（中間報告）"
G = Gold(STEM, "progress_report", "progress", "西都市", TITLE, "2024-03-15", "令和6年3月15日")
K = 1000
AS_OF, AS_OF_PREV = "2024-02-29", "2023-02-28"
WORK = Path("/tmp/qv_work")

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HFILL = PatternFill("solid", fgColor="D9E1F2")
SFILL = PatternFill("solid", fgColor="F2F2F2")
TFILL = PatternFill("solid", fgColor="E2E2E2")
FONT = "IPAexGothic"
NUM = '#,##0;"△"#,##0'
PCT = '0.00;"△"0.00'


def w(ws, ref, v, size=9, bold=False, fill=None, border=True, align="center", fmt=None, wrap=False):
    cl = ws[ref]
    cl.value = v
    cl.font = Font(name=FONT, size=size, bold=bold)
    cl.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    if border:
        cl.border = BOX
    if fill:
        cl.fill = fill
    if fmt:
        cl.number_format = fmt
    return cl


def box_range(ws, rng, fill=None):
    for row in ws[rng]:
        for cl in row:
            cl.border = BOX
            if fill:
                cl.fill = fill


def setup(ws, landscape=False, scale=100, titles=None, title_cols=None):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.scale = scale
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = ws.page_margins.bottom = 0.7
    ws.sheet_view.showGridLines = False
    ws.oddHeader.right.text = "令和5年度 債権管理の取組状況"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    if not landscape:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    if titles:
        ws.print_title_rows = titles
    if title_cols:
        ws.print_title_cols = title_cols


wb = Workbook()

# ------------------------------------------------------------------ sheet 1 (p1): 今年度/前年度 table + 決算見込 table
# debt -> (今年度 調定, 今年度 収入, 前年度 調定, 前年度 収入) 2月末 (千円)
GEN = [("市税", (3215408, 2842115, 3198220, 2813406)), ("市営住宅使用料", (88412, 72305, 89930, 72816)),
       ("保育所保育料", (21318, 19040, 24115, 21308))]
SPE = [("国民健康保険税", (842316, 566920, 861052, 571233)), ("介護保険料", (702118, 656402, 698330, 651107)),
       ("後期高齢者医療保険料", (318604, 296221, 311882, 289400))]
ws = wb.active
ws.title = "収納状況"
setup(ws, scale=92)
for col, wd in zip("ABCDEFGH", (22, 14, 14, 11, 11, 12, 3, 3)):
    ws.column_dimensions[col].width = wd
P = 1
w(ws, "E1", "令和6年2月末現在", 10, True)
ws.merge_cells("E1:F1")
box_range(ws, "E1:F1")
w(ws, "A3", TITLE, 15, True, border=False, align="left")
w(ws, "A4", "西都市債権管理推進本部　令和6年3月15日", 9, border=False, align="left")
w(ws, "A6", "１　主要債権の収納状況（現年度分＋滞納繰越分）", 11, True, border=False, align="left")
hdr = ["債権名", "調定額（千円）", "収入済額（千円）", "収納率（％）", "収納率（％）", "増減（ポイント）"]
w(ws, "A7", "債権名", fill=HFILL)
ws.merge_cells("A7:A8")
w(ws, "B7", "今年度", fill=HFILL)
ws.merge_cells("B7:D7")
w(ws, "E7", "前年度", fill=HFILL)
w(ws, "F7", "差", fill=HFILL)
for i, h in enumerate(hdr[1:]):
    w(ws, f"{'BCDEF'[i]}8", h, 8, fill=HFILL, wrap=True)
box_range(ws, "A7:F8")
row = 9


def line(label, vals, fill=None, debt=None, raw_label=None):
    global row
    a, cc, pa, pc = vals
    r, pr = rate(cc, a), rate(pc, pa)
    dp = round(r - pr, 2)
    w(ws, f"A{row}", label, fill=fill, align="left")
    w(ws, f"B{row}", a, fill=fill, align="right", fmt=NUM)
    w(ws, f"C{row}", cc, fill=fill, align="right", fmt=NUM)
    w(ws, f"D{row}", r, fill=fill, align="right", fmt="0.00")
    w(ws, f"E{row}", pr, fill=fill, align="right", fmt="0.00")
    w(ws, f"F{row}", dp, fill=fill, align="right", fmt=PCT)
    dr = raw_label or label
    G.fact(P, c(a), a * K, "yen", "assessed", "interim", 2023, None, "total", debt, dr, as_of=AS_OF)
    G.fact(P, c(cc), cc * K, "yen", "collected", "interim", 2023, None, "total", debt, dr, as_of=AS_OF)
    G.fact(P, r2(r), r, "percent", "collection_rate", "interim", 2023, None, "total", debt, dr, as_of=AS_OF)
    G.fact(P, r2(pr), pr, "percent", "collection_rate", "interim", 2022, None, "total", debt, dr, as_of=AS_OF_PREV)
    G.fact(P, c(dp).replace(",", "") if dp < 0 else r2(dp), dp, "points", "difference", "interim", 2023, None,
           "total", debt, dr, as_of=AS_OF)
    row += 1


def add(lst):
    return tuple(sum(v[1][i] for v in lst) for i in range(4))


for sec, lst in (("【一般会計】", GEN), ("【特別会計】", SPE)):
    w(ws, f"A{row}", sec, fill=SFILL, align="left")
    ws.merge_cells(f"A{row}:F{row}")
    box_range(ws, f"A{row}:F{row}", SFILL)
    row += 1
    for n, v in lst:
        line("　" + n, v, debt=n, raw_label=n)
    line("小計", add(lst), fill=SFILL, raw_label="小計")
line("合計", add(GEN + SPE), fill=TFILL, raw_label="合計")
# fix the raw of negative differences (△ + two decimals)
for f in G.facts:
    if f["metric"] == "difference" and f["value"] < 0:
        f["raw"] = "△" + r2(abs(f["value"]))
w(ws, f"A{row}", "※ 今年度・前年度とも2月末現在の累計。増減は収納率の差。", 8, border=False, align="left")
row += 2
w(ws, f"A{row}", "２　令和5年度の決算見込", 11, True, border=False, align="left")
row += 1
EST = {"市税": (96.20, 96.00, 95.85), "国保税": (80.10, 80.50, 79.64), "介護料": (98.52, 98.50, 98.41),
       "後期高齢": (99.30, 99.20, 99.18), "住宅使用料": (86.90, 87.50, 86.12), "保育料": (95.30, 95.00, 94.77)}
FULL = {"市税": "市税", "国保税": "国民健康保険税", "介護料": "介護保険料", "後期高齢": "後期高齢者医療保険料",
        "住宅使用料": "市営住宅使用料", "保育料": "保育所保育料"}
w(ws, f"A{row}", "区分（％）", fill=HFILL)
cols = "BCDEF"
names = list(EST)[:5]
for i, n in enumerate(names):
    w(ws, f"{cols[i]}{row}", n, fill=HFILL)
row += 1
for j, (lab, basis, fy) in enumerate((("収納率（決算見込）", "estimate", 2023), ("収納率（目標）", "target", 2023),
                                      ("収納率（前年度決算）", "actual", 2022))):
    w(ws, f"A{row}", lab, 8.5, align="left")
    for i, n in enumerate(names):
        v = EST[n][j]
        w(ws, f"{cols[i]}{row}", v, align="right", fmt="0.00")
        G.fact(P, r2(v), v, "percent", "collection_rate", basis, fy, None, "total", FULL[n], n)
    row += 1
w(ws, f"A{row}", "国保税：国民健康保険税　介護料：介護保険料　後期高齢：後期高齢者医療保険料　住宅使用料：市営住宅使用料",
  7.5, border=False, align="left")

# ------------------------------------------------------------------ sheet 2 (p2): monthly tables, 円 and 千円
ws2 = wb.create_sheet("月別")
setup(ws2, scale=80)
for col, wd in zip("ABCDEFGH", (9, 17, 17, 9, 17, 17, 9, 10)):
    ws2.column_dimensions[col].width = wd
P = 2
w(ws2, "A1", "３　月別収納状況（累計）", 11, True, border=False, align="left")
w(ws2, "A2", "（１）市税　現年度分", 10, True, border=False, align="left")
MON = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末"]
ENDS = ["04-30", "05-31", "06-30", "07-31", "08-31", "09-30", "10-31", "11-30", "12-31", "01-31", "02-"]
FRAC = [0.112, 0.205, 0.318, 0.402, 0.487, 0.561, 0.648, 0.722, 0.803, 0.861, 0.912]
FRAC_P = [0.108, 0.201, 0.311, 0.399, 0.481, 0.556, 0.641, 0.717, 0.797, 0.856, 0.907]
ADJ = [0.93, 0.95, 0.99, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]


def asof(i, fy):
    m = ENDS[i]
    y = fy + 1 if m.startswith(("01", "02", "03")) else fy
    if m == "02-":
        m = "02-29" if y % 4 == 0 else "02-28"
    return f"{y}-{m}"


def monthly(ws_, top, unit_yen, base, base_p, debt, unit_label):
    hd = ["月", f"調定額（{unit_label}）", f"収入済額（{unit_label}）", "収納率（％）",
          f"調定額（{unit_label}）", f"収入済額（{unit_label}）", "収納率（％）", "差（ポイント）"]
    w(ws_, f"A{top}", "月", fill=HFILL)
    ws_.merge_cells(f"A{top}:A{top + 1}")
    w(ws_, f"B{top}", "今年度", fill=HFILL)
    ws_.merge_cells(f"B{top}:D{top}")
    w(ws_, f"E{top}", "前年度", fill=HFILL)
    ws_.merge_cells(f"E{top}:G{top}")
    w(ws_, f"H{top}", "", fill=HFILL)
    for i, h in enumerate(hd[1:]):
        w(ws_, f"{'BCDEFGH'[i]}{top + 1}", h, 8, fill=HFILL, wrap=True)
    box_range(ws_, f"A{top}:H{top + 1}")
    ws_.row_dimensions[top + 1].height = 26
    r_ = top + 2
    mult = 1 if unit_yen else K
    for i, mname in enumerate(MON):
        a = round(base * ADJ[i])
        cc = round(base * FRAC[i])
        pa = round(base_p * ADJ[i])
        pc = round(base_p * FRAC_P[i])
        rr, pr = rate(cc, a), rate(pc, pa)
        dp = round(rr - pr, 2)
        for col, v, fmt in (("A", mname, None), ("B", a, NUM), ("C", cc, NUM), ("D", rr, "0.00"), ("E", pa, NUM),
                            ("F", pc, NUM), ("G", pr, "0.00"), ("H", dp, PCT)):
            w(ws_, f"{col}{r_}", v, 8.5, align="center" if col == "A" else "right", fmt=fmt)
        for v, raw, fy, met, unit in ((a * mult, c(a), 2023, "assessed", "yen"), (cc * mult, c(cc), 2023, "collected", "yen"),
                                      (rr, r2(rr), 2023, "collection_rate", "percent"),
                                      (pa * mult, c(pa), 2022, "assessed", "yen"), (pc * mult, c(pc), 2022, "collected", "yen"),
                                      (pr, r2(pr), 2022, "collection_rate", "percent")):
            G.fact(P, raw, v, unit, met, "interim", fy, mname, "current", debt[0], debt[1], as_of=asof(i, fy))
        G.fact(P, ("△" if dp < 0 else "") + r2(abs(dp)), dp, "points", "difference", "interim", 2023, mname,
               "current", debt[0], debt[1], as_of=asof(i, 2023))
        r_ += 1
    return r_


end = monthly(ws2, 3, True, 3102541870, 3085206140, ("市税", "市税"), "円")
w(ws2, f"A{end}", "※ 市税は円単位、国民健康保険税は千円単位で表示している。", 8, border=False, align="left")
w(ws2, f"A{end + 2}", "（２）国民健康保険税　現年度分", 10, True, border=False, align="left")
end2 = monthly(ws2, end + 3, False, 693418, 712406, ("国民健康保険税", "国民健康保険税"), "千円")

# ------------------------------------------------------------------ sheet 3 (landscape, p3-p4): 地区別 wide table
ws3 = wb.create_sheet("地区別")
setup(ws3, landscape=True, scale=100, title_cols="A:A")
ws3.column_dimensions["A"].width = 11
for col in "BCDEFGHIJKLM":
    ws3.column_dimensions[col].width = 11
w(ws3, "B1", "４　地区別の収納状況（個人市民税・現年度分、2月末現在）", 11, True, border=False, align="left")
DIST = [("妻", 412306, 371204, 405118, 362540, 182, 195), ("上穂北", 98412, 88210, 97305, 86944, 41, 47),
        ("穂北", 121540, 109812, 119872, 107420, 58, 61), ("三納", 88215, 80112, 89004, 80215, 33, 36),
        ("都於郡", 105336, 95018, 104218, 93412, 47, 52), ("三財", 92118, 83806, 93015, 83940, 39, 37),
        ("東米良", 6120, 5698, 6388, 5912, 3, 4)]
w(ws3, "A2", "地区", fill=HFILL)
ws3.merge_cells("A2:A3")
groups = [("B", "D", "今年度"), ("E", "G", "前年度"), ("H", "I", "差"), ("J", "L", "滞納者数（人）")]
for a_, b_, lab in groups:
    w(ws3, f"{a_}2", lab, fill=HFILL)
    ws3.merge_cells(f"{a_}2:{b_}2")
subs = ["調定額（千円）", "収入済額（千円）", "収納率（％）", "調定額（千円）", "収入済額（千円）", "収納率（％）",
        "収入済額（千円）", "収納率（ポイント）", "今年度", "前年度", "増減"]
for i, s in enumerate(subs):
    w(ws3, f"{'BCDEFGHIJKL'[i]}3", s, 8.5, fill=HFILL, wrap=True)
box_range(ws3, "A2:L3")
ws3.row_dimensions[3].height = 28
P = 3
r_ = 4
DN = ("市税", "個人市民税")
tot = [0] * 6
for name, a, cc, pa, pc, dl, pdl in DIST + [("計", None, None, None, None, None, None)]:
    if name == "計":
        a, cc, pa, pc, dl, pdl = tot
    else:
        for i, v in enumerate((a, cc, pa, pc, dl, pdl)):
            tot[i] += v
    area = None if name == "計" else name
    rr, pr = rate(cc, a), rate(pc, pa)
    vals = [(name, None), (a, NUM), (cc, NUM), (rr, "0.00"), (pa, NUM), (pc, NUM), (pr, "0.00"),
            (cc - pc, NUM), (round(rr - pr, 2), PCT), (dl, NUM), (pdl, NUM), (dl - pdl, NUM)]
    fill = SFILL if name == "計" else None
    for i, (v, fmt) in enumerate(vals):
        w(ws3, f"{'ABCDEFGHIJKL'[i]}{r_}", v, 9, fill=fill, align="center" if i == 0 else "right", fmt=fmt)
    dr = DN[1] if name != "計" else "計"
    G.fact(P, c(a), a * K, "yen", "assessed", "interim", 2023, None, "current", DN[0], dr, as_of=AS_OF, area=area)
    G.fact(P, c(cc), cc * K, "yen", "collected", "interim", 2023, None, "current", DN[0], dr, as_of=AS_OF, area=area)
    G.fact(P, r2(rr), rr, "percent", "collection_rate", "interim", 2023, None, "current", DN[0], dr, as_of=AS_OF,
           area=area)
    G.fact(P, c(pa), pa * K, "yen", "assessed", "interim", 2022, None, "current", DN[0], dr, as_of=AS_OF_PREV,
           area=area)
    G.fact(P, c(pc), pc * K, "yen", "collected", "interim", 2022, None, "current", DN[0], dr, as_of=AS_OF_PREV,
           area=area)
    G.fact(P, r2(pr), pr, "percent", "collection_rate", "interim", 2022, None, "current", DN[0], dr,
           as_of=AS_OF_PREV, area=area)
    G.fact(P, c(cc - pc), (cc - pc) * K, "yen", "difference", "interim", 2023, None, "current", DN[0], dr,
           as_of=AS_OF, area=area)
    dp = round(rr - pr, 2)
    G.fact(P, ("△" if dp < 0 else "") + r2(abs(dp)), dp, "points", "difference", "interim", 2023, None, "current",
           DN[0], dr, as_of=AS_OF, area=area)
    # right-hand columns (滞納者数) continue on the next page
    G.fact(P + 1, c(dl), dl, "persons", "delinquents", "interim", 2023, None, "current", DN[0], dr, as_of=AS_OF,
           area=area)
    G.fact(P + 1, c(pdl), pdl, "persons", "delinquents", "interim", 2022, None, "current", DN[0], dr,
           as_of=AS_OF_PREV, area=area)
    r_ += 1
w(ws3, f"B{r_}", "※ 地区は納税義務者の住所による。東米良地区は令和5年4月から支所での収納を休止。", 8, border=False,
  align="left")
ws3.col_breaks.append(Break(id=9))  # columns J.. on the next page

# ------------------------------------------------------------------ sheet 4 (p5-p6): 取組 table, header repeated
ws4 = wb.create_sheet("取組状況")
setup(ws4, scale=100, titles="2:2")
for col, wd in zip("ABCD", (16, 52, 9, 14)):
    ws4.column_dimensions[col].width = wd
P = 5
w(ws4, "A1", "５　債権別の取組状況（令和6年2月末現在）", 11, True, border=False, align="left")
for i, h in enumerate(["債権名", "内容", "進捗", "2月末実績"]):
    w(ws4, f"{'ABCD'[i]}2", h, 9, fill=HFILL)
ROWS = [
    ("市税", [("(1)", "督促状発送後の早期電話催告を徹底し、現年度分の新規滞納を抑制する。", "継続"),
             ("(2)", "預貯金・給与の一斉照会を年3回実施し、差押えを計画的に執行する。", "拡充")],
     "実施中", "差押件数\n214件"),
    ("国民健康保険税", [("(1)", "口座振替の勧奨を加入手続時に全件行う。", "継続"),
                   ("(2)", "短期証の交付時に納付相談を行い、分納の履行を管理する。", "継続"),
                   ("(3)", "宮崎県地方税滞納整理推進機構へ困難案件を移管する。", "新規")],
     "実施中", "移管件数\n12件"),
    ("介護保険料", [("(1)", "普通徴収の新規滞納者へ文書と電話で催告する。", "継続")], "実施済", "－"),
    ("後期高齢者医療保険料", [("(1)", "被保険者証の更新時に未納者への納付勧奨を行う。", "継続")], "実施済", "－"),
    ("市営住宅使用料", [("(1)", "滞納3か月以上の入居者と連帯保証人に面談を行う。", "継続"),
                    ("(2)", "退去滞納者への支払督促を申し立てる。", "新規")],
     "実施中", "支払督促\n3件"),
    ("保育所保育料", [("(1)", "児童手当からの特別徴収を保護者の同意に基づき実施する。", "継続"),
                  ("(2)", "卒園児の滞納分について、卒園前に分納計画を定める。", "拡充")],
     "実施中", "－"),
]
r_ = 3
for i, (debt, its, prog, res) in enumerate(ROWS):
    if i == 4:
        ws4.row_breaks.append(Break(id=r_ - 1))
        P = 6
    text = "\n".join(f"{lab}{tx}【{st}】" for lab, tx, st in its)
    w(ws4, f"A{r_}", debt, 9, align="left")
    w(ws4, f"B{r_}", text, 9, align="left", wrap=True)
    w(ws4, f"C{r_}", prog, 9)
    w(ws4, f"D{r_}", res, 9, wrap=True)
    ws4.row_dimensions[r_].height = 15 + 24 * len(its)
    for lab, tx, st in its:
        G.init(P, tx, debt, 2023, "債権別の取組状況", lab, st)
    r_ += 1
# padding rows so the first part fills page 5: a 見込 summary per debt under the table on page 6
r_ += 1
w(ws4, f"A{r_}", "６　年度末の見込み", 11, True, border=False, align="left")
r_ += 1
for n in ("市税", "国保税", "介護料"):
    e, t, p_ = EST[n]
    diff = round(e - t, 2)
    txt = (f"{FULL[n]}の決算見込収納率は{r2(e)}％で、目標（{r2(t)}％）を"
           f"{'上回る' if diff >= 0 else '下回る'}見込みである（{'＋' if diff >= 0 else '▲'}{r2(abs(diff))}ポイント）。")
    w(ws4, f"A{r_}", txt, 9, border=False, align="left")
    ws4.merge_cells(f"A{r_}:D{r_}")
    G.fact(P, f"{r2(e)}％", e, "percent", "collection_rate", "estimate", 2023, None, "total", FULL[n])
    G.fact(P, f"{r2(t)}％", t, "percent", "collection_rate", "target", 2023, None, "total", FULL[n])
    G.fact(P, f"{'＋' if diff >= 0 else '▲'}{r2(abs(diff))}ポイント", diff, "points", "difference", "estimate", 2023,
           None, "total", FULL[n])
    r_ += 1
ws4.print_area = f"A1:D{r_}"

WORK.mkdir(exist_ok=True)
xp = WORK / f"{STEM}.xlsx"
wb.save(xp)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(xp)], check=True,
               capture_output=True)
out = SET / "pdf" / f"{STEM}.pdf"
shutil.copy(WORK / f"{STEM}.pdf", out)
gp = G.write(out)
bad = check(out, gp)
import pymupdf  # noqa: E402
print(STEM, "pages", pymupdf.open(out).page_count, "facts", len(G.facts), "inits", len(G.initiatives), "bad", len(bad))
for b in bad[:30]:
    print("  ", b)
