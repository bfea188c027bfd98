"""前橋市債権管理推進計画 推進シート -> openpyxl -> LibreOffice."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break

from l_common import c, fact, init, finish, soffice, OUT, PDF

STEM = "l_maebashi_plan_1"
MUNI = "前橋市"
TITLE = "前橋市債権管理推進計画（令和７年度～令和11年度）"

wb = Workbook()
ws = wb.active
ws.title = "推進シート"
for col, w in zip("ABCDEFGH", (14, 13, 13, 9, 13, 13, 9, 12)):
    ws.column_dimensions[col].width = w
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
F = Font(name="IPAexGothic", size=9)
FB = Font(name="IPAexGothic", size=12, bold=True)
r = 1
facts, inits = [], []
page = 1
breaks = []


def put(row, col, v, border=True, align="left", font=F, wrap=False):
    cell = ws.cell(row=row, column=col, value=v)
    cell.font = font
    cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    if border:
        cell.border = B
    return cell


def title(text):
    global r
    put(r, 1, text, False, font=FB)
    r += 2


def newpage():
    global r, page
    breaks.append(r - 1)
    page += 1


def rate(cn, a):
    return round(cn / a * 100, 2)


YEARS = [(2019, "令和元年度"), (2020, "令和2年度"), (2021, "令和3年度"), (2022, "令和4年度"), (2023, "令和5年度")]

# ---------------------------------------------------------------- page 1: 全体
title(TITLE)
put(r - 1, 6, "令和7年3月　前橋市", False)
put(r, 1, "第３章　市全体の債権の状況", False, font=Font(name="IPAexGothic", size=10, bold=True)); r += 1
put(r, 1, "（１）市債権（一般会計・特別会計）の推移", False); put(r, 8, "（単位：千円）", False, "right"); r += 1
for j, h in enumerate(("年度", "調定額", "収入済額", "収納率(%)", "不納欠損額", "収入未済額"), 1):
    put(r, j, h, align="center")
r += 1
TOT = [(2019, 98_765_432, 96_204_118, 301_442), (2020, 99_120_845, 96_781_003, 287_930),
       (2021, 100_402_337, 98_245_061, 265_108), (2022, 101_238_760, 99_310_452, 241_877),
       (2023, 102_004_115, 100_257_940, 226_513)]
for (fy, raw), (_, a, cn, w) in zip(YEARS, TOT):
    o = a - cn - w
    rt = rate(cn, a)
    vals = (raw, c(a), c(cn), f"{rt:.2f}", c(w), c(o))
    for j, v in enumerate(vals, 1):
        put(r, j, v, align="left" if j == 1 else "right")
    for m, v, rw, u in (("assessed", a * 1000, c(a), "yen"), ("collected", cn * 1000, c(cn), "yen"),
                        ("collection_rate", rt, f"{rt:.2f}", "percent"), ("written_off", w * 1000, c(w), "yen"),
                        ("outstanding", o * 1000, c(o), "yen")):
        facts.append(fact(None, fy, raw, "total", m, "actual", v, u, rw, page, debt_raw=None))
    r += 1
put(r, 1, "※ 公営企業会計（水道事業・下水道事業）を除く。", False); r += 2
put(r, 1, "（２）計画の目標", False); r += 1
put(r, 1, "　令和11年度末の収入未済額を令和5年度末から約15％縮減し、25億円以下とすることを目指す。", False); r += 1
put(r, 1, "　各債権の目標は推進シートに記載する。", False); r += 2
newpage()

# ---------------------------------------------------------------- 推進シート
SHEETS = [
    dict(debt="市税", ka="財務部 収納課",
         cur=[(45_210_330, 44_802_114), (45_901_562, 45_497_210), (46_388_040, 46_010_457),
              (46_990_118, 46_622_780), (47_512_806, 47_161_433)],
         arr=[(2_102_554, 561_880), (1_876_210, 526_005), (1_652_300, 498_771), (1_480_922, 462_015), (1_320_114, 428_730)],
         tgt=[(2025, "令和7年度", 99.30, 33.0), (2026, "令和8年度", 99.32, 33.5), (2027, "令和9年度", 99.35, 34.0),
              (2028, "令和10年度", 99.37, 34.5), (2029, "令和11年度", 99.40, 35.0)],
         tori=[("ア", "納期限後20日以内に督促状を発送し、早期の接触を図る。", "継続"),
               ("イ", "預貯金等の電子照会を活用し、財産調査の迅速化を図る。", "拡充"),
               ("ウ", "地方税共通納税システムの対象税目の周知を行う。", "新規")]),
    dict(debt="国民健康保険税", ka="健康部 国民健康保険課",
         cur=[(6_812_330, 6_420_114), (6_701_562, 6_335_210), (6_590_040, 6_245_457),
              (6_402_118, 6_080_780), (6_210_806, 5_911_433)],
         arr=[(1_802_554, 330_880), (1_716_210, 320_005), (1_602_300, 311_771), (1_520_922, 302_015), (1_440_114, 298_730)],
         tgt=[(2025, "令和7年度", 95.30, 21.0), (2026, "令和8年度", 95.40, 21.5), (2027, "令和9年度", 95.50, 22.0),
              (2028, "令和10年度", 95.60, 22.5), (2029, "令和11年度", 95.70, 23.0)],
         tori=[("ア", "資格喪失者の未納について、喪失届出時に納付相談を行う。", "継続"),
               ("イ", "短期被保険者証の更新時に分納計画を見直す。", "継続")]),
]

for n, sh in enumerate(SHEETS):
    d = sh["debt"]
    put(r, 1, f"推進シート　No.{n + 1}", False, font=FB); r += 1
    put(r, 1, "債権名", align="center"); put(r, 2, d); put(r, 4, "所管課", align="center"); put(r, 5, sh["ka"])
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=7)
    r += 2
    put(r, 1, "１　収納状況の推移", False); put(r, 8, "（単位：千円）", False, "right"); r += 1
    put(r, 1, "年度", align="center"); put(r, 2, "現年度分", align="center"); put(r, 5, "滞納繰越分", align="center")
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=7)
    r += 1
    for j, h in enumerate(("調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"), 2):
        put(r, j, h, align="center")
    r += 1
    for (fy, raw), (ca, cc), (aa, ac) in zip(YEARS, sh["cur"], sh["arr"]):
        yraw = raw if fy == 2019 else raw.replace("令和", "")  # era only on the first row
        rc, ra = rate(cc, ca), round(ac / aa * 100, 1)
        vals = (yraw, c(ca), c(cc), f"{rc:.2f}%", c(aa), c(ac), f"{ra:.1f}%")
        for j, v in enumerate(vals, 1):
            put(r, j, v, align="center" if j == 1 else "right")
        for seg, a, cn, rt, nd in (("current", ca, cc, rc, 2), ("arrears", aa, ac, ra, 1)):
            facts += [fact(d, fy, yraw, seg, "assessed", "actual", a * 1000, "yen", c(a), page),
                      fact(d, fy, yraw, seg, "collected", "actual", cn * 1000, "yen", c(cn), page),
                      fact(d, fy, yraw, seg, "collection_rate", "actual", rt, "percent", f"{rt:.{nd}f}%", page)]
        r += 1
    r += 1
    put(r, 1, "２　目標（収納率）", False); put(r, 8, "（単位：％）", False, "right"); r += 1
    put(r, 1, "区分", align="center")
    for j, (fy, raw, _, _) in enumerate(sh["tgt"], 2):
        put(r, j, raw, align="center")
    r += 1
    for lab, seg, k, nd in (("現年度分", "current", 2, 2), ("滞納繰越分", "arrears", 3, 1)):
        put(r, 1, lab, align="center")
        for j, t in enumerate(sh["tgt"], 2):
            put(r, j, f"{t[k]:.{nd}f}", align="right")
            facts.append(fact(d, t[0], t[1], seg, "collection_rate", "target", t[k], "percent", f"{t[k]:.{nd}f}", page))
        r += 1
    r += 1
    put(r, 1, "３　取組内容", False); r += 1
    txt = "\n".join(f"{lab}　{t}【{s}】" for lab, t, s in sh["tori"])
    put(r, 1, txt, wrap=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.row_dimensions[r].height = 16 * len(sh["tori"]) + 6
    for lab, t, s in sh["tori"]:
        inits.append(init(d, 2025, "取組内容", lab, t, s, page))
    r += 2
    if n < len(SHEETS) - 1:
        newpage()

for b in breaks:
    ws.row_breaks.append(Break(id=b))
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.oddFooter.center.text = "&P"
ws.oddHeader.right.text = "前橋市債権管理推進計画"
src = OUT / f"{STEM}.xlsx"
wb.save(src)
pdf = soffice(src, OUT)
(PDF / f"{STEM}.pdf").write_bytes(pdf.read_bytes())
ok = finish(STEM, "plan", MUNI, TITLE, "2025-03-01", "令和7年3月", facts, inits)
print("OK" if ok else "FAIL")
