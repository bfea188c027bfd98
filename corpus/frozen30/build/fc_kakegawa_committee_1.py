"""掛川市 債権管理推進本部会議 資料（取組個票） -> openpyxl -> LibreOffice PDF.

Run from corpus/frozen30:  python3 build/fc_kakegawa_committee_1.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fc_common import Gold, WORK, c, tri, trif, rate, soffice_pdf  # noqa: E402

from openpyxl import Workbook  # noqa: E402
from openpyxl.chart import BarChart, Reference  # noqa: E402
from openpyxl.chart.label import DataLabelList  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402
from openpyxl.worksheet.pagebreak import Break  # noqa: E402
from openpyxl.worksheet.properties import PageSetupProperties  # noqa: E402

STEM = "fc_kakegawa_committee_1"
CITY = "掛川市"
TITLE = "令和７年度第１回掛川市債権管理推進本部会議 資料"
g = Gold(STEM, "committee_material", "committee", CITY, TITLE, "2025-07-23", "令和７年７月２３日")

# --------------------------------------------------------------------------- data (千円)
# per debt: start arrears (FY2020 調定), and per FY 2020..2024: (current assessed, current rate %, arrears rate %, write-off share of arrears)
SIM = {
    "市税": (1_312_480, {2020: (17_402_315, 98.62, 21.8, 0.060), 2021: (17_655_904, 98.85, 23.4, 0.058),
                        2022: (17_920_118, 99.02, 25.1, 0.055), 2023: (18_114_562, 99.11, 26.3, 0.052),
                        2024: (18_402_377, 99.24, 27.6, 0.050)}),
    "国民健康保険税": (598_230, {2020: (2_804_511, 93.81, 17.2, 0.082), 2021: (2_751_266, 94.12, 18.0, 0.080),
                           2022: (2_698_730, 94.40, 18.9, 0.078), 2023: (2_640_119, 94.62, 19.5, 0.075),
                           2024: (2_611_584, 94.91, 20.4, 0.072)}),
    "介護保険料": (41_206, {2020: (2_288_412, 99.12, 15.1, 0.190), 2021: (2_310_775, 99.18, 15.8, 0.185),
                       2022: (2_342_018, 99.25, 16.4, 0.180), 2023: (2_370_654, 99.27, 17.0, 0.176),
                       2024: (2_405_311, 99.33, 17.9, 0.170)}),
    "後期高齢者医療保険料": (9_871, {2024: (1_318_446, 99.66, 35.2, 0.100)}),
    "保育所保育料": (14_522, {2024: (148_315, 98.94, 20.6, 0.060)}),
    "市営住宅使用料": (58_902, {2020: (171_204, 96.88, 12.2, 0.030), 2021: (169_830, 97.02, 12.9, 0.028),
                         2022: (168_415, 97.15, 13.6, 0.025), 2023: (167_962, 97.31, 14.4, 0.025),
                         2024: (168_088, 97.42, 15.1, 0.022)}),
    "下水道使用料": (21_603, {2024: (1_012_730, 98.91, 30.3, 0.050)}),
}
DATA = {}   # (debt, fy) -> dict
for debt, (arr0, years) in SIM.items():
    arr = arr0
    for fy in sorted(years):
        ca, cr, ar, wo = years[fy]
        cc = round(ca * cr / 100)
        ac = round(arr * ar / 100)
        w = round(arr * wo)
        d = dict(ca=ca, cc=cc, aa=arr, ac=ac, wo=w)
        d["ta"], d["tc"] = ca + arr, cc + ac
        d["out"] = d["ta"] - d["tc"] - w
        d["out_cur"] = ca - cc
        d["out_arr"] = arr - ac - w
        d["cr"], d["ar"], d["tr"] = rate(cc, ca, 2), rate(ac, arr, 2), rate(d["tc"], d["ta"], 2)
        DATA[(debt, fy)] = d
        arr = d["out"]

# targets (rates %, outstanding 千円) R7..R9, and R5/R6 targets for 目標と実績
TARGET = {
    "市税": {2023: (99.10, 26.00, 95.50), 2024: (99.20, 27.00, 96.20), 2025: (99.25, 28.00, 96.80, 600_000),
            2026: (99.30, 29.00, 97.20, 540_000), 2027: (99.35, 30.00, 97.60, 480_000)},
    "国民健康保険税": {2023: (94.50, 19.00, 80.40), 2024: (94.80, 20.00, 81.00),
                2025: (95.00, 21.00, 82.00, 530_000), 2026: (95.20, 22.00, 82.80, 505_000),
                2027: (95.40, 23.00, 83.60, 480_000)},
    "介護保険料": {2023: (99.25, 16.50, 97.50), 2024: (99.30, 17.50, 97.60),
              2025: (99.35, 18.50, 97.75, 47_000), 2026: (99.40, 19.50, 97.85, 45_500),
              2027: (99.45, 20.50, 97.95, 44_000)},
    "市営住宅使用料": {2023: (97.30, 14.00, 78.50), 2024: (97.40, 15.00, 79.80),
                2025: (97.50, 16.00, 81.00, 38_500), 2026: (97.60, 17.00, 82.00, 36_000),
                2027: (97.70, 18.00, 83.00, 33_500)},
    "後期高齢者医療保険料": {2025: (99.70, 36.00, 99.25, 9_500), 2026: (99.72, 37.00, 99.30, 9_100),
                   2027: (99.75, 38.00, 99.35, 8_700)},
    "保育所保育料": {2025: (99.00, 22.00, 92.50, 11_500), 2026: (99.05, 23.00, 93.00, 10_800),
               2027: (99.10, 24.00, 93.50, 10_100)},
    "下水道使用料": {2025: (98.95, 31.00, 97.60, 24_000), 2026: (99.00, 32.00, 97.75, 23_000),
               2027: (99.05, 33.00, 97.90, 22_000)},
}

SMALL = [  # 円
    ("児童扶養手当返還金", "子ども希望課", 3_482_150, 1_206_400, 0),
    ("災害援護資金貸付金", "福祉課", 5_960_000, 480_000, 600_000),
    ("母子父子寡婦福祉資金貸付金", "子ども希望課", 12_738_800, 3_915_600, 0),
]

# --------------------------------------------------------------------------- styles
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
SUB = PatternFill("solid", fgColor="EDEDED")
TOT = PatternFill("solid", fgColor="FFF2CC")
F = "IPAexGothic"


def put(ws, ref, value, bold=False, size=9, align="center", fill=None, border=True, wrap=True, valign="center"):
    cell = ws[ref]
    cell.value = value
    cell.font = Font(name=F, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align, vertical=valign, wrap_text=wrap)
    if fill:
        cell.fill = fill
    if border:
        cell.border = BOX
    return cell


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    from openpyxl.utils import range_boundaries
    c1, r1, c2, r2 = range_boundaries(rng)
    for r in range(r1, r2 + 1):
        for col in range(c1, c2 + 1):
            ws.cell(row=r, column=col).border = BOX if kw.get("border", True) else Border()
            if kw.get("fill"):
                ws.cell(row=r, column=col).fill = kw["fill"]
    ws.merge_cells(rng)
    return put(ws, first, value, **kw)


def setup(ws, landscape=False, fit_height=1):
    ws.page_setup.paperSize = 9
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = fit_height
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "- &P -"
    ws.sheet_view.showGridLines = False


def widths(ws, ws_list):
    from openpyxl.utils import get_column_letter
    for i, w in enumerate(ws_list, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


wb = Workbook()

# --------------------------------------------------------------------------- p1 表紙・目次
ws = wb.active
ws.title = "表紙"
setup(ws)
widths(ws, [6, 52, 12, 6])
for r in range(1, 45):
    ws.row_dimensions[r].height = 18
ws.row_dimensions[8].height = 36
ws.row_dimensions[9].height = 36
merge(ws, "A8:D8", "令和７年度 第１回", size=20, bold=True, border=False)
merge(ws, "A9:D9", "掛川市債権管理推進本部会議 資料", size=20, bold=True, border=False)
merge(ws, "A12:D12", "令和７年７月２３日（水）　午後２時から", size=12, border=False)
merge(ws, "A13:D13", "市役所４階　大会議室", size=12, border=False)
merge(ws, "A19:D19", "目　次", size=13, bold=True, border=False)
TOC = [("資料１", "主要債権の収納状況（令和６年度決算）", 2),
       ("資料２", "債権別取組個票", 3),
       ("", "（１）市税", 3), ("", "（２）国民健康保険税", 4), ("", "（３）介護保険料", 5),
       ("", "（４）市営住宅使用料", 6),
       ("資料３", "主要債権の数値目標（令和７年度～令和９年度）", 7)]
for i, (a, b, p) in enumerate(TOC):
    r = 21 + i
    put(ws, f"A{r}", a, size=11, border=False, align="left")
    put(ws, f"B{r}", b + " " + "・" * (22 - len(b) if len(b) < 22 else 2), size=11, border=False, align="left")
    put(ws, f"C{r}", f"{p}頁", size=11, border=False, align="right")
merge(ws, "A40:D40", "掛川市 財務部 納税課（債権管理推進本部 事務局）", size=11, border=False)
ws.print_area = "A1:D42"

# --------------------------------------------------------------------------- p2 資料１ (landscape)
PAGE = 2
ws = wb.create_sheet("資料1")
setup(ws, landscape=True)
widths(ws, [19, 12, 12, 8.5, 11, 11, 8.5, 12, 12, 8.5, 11, 11])
merge(ws, "A1:L1", "資料１　主要債権の収納状況（令和６年度決算）", size=13, bold=True, border=False, align="left")
ws.row_dimensions[1].height = 24
merge(ws, "A3:A4", "債権名", bold=True, fill=HEAD)
merge(ws, "B3:D3", "現年度分", bold=True, fill=HEAD)
merge(ws, "E3:G3", "滞納繰越分", bold=True, fill=HEAD)
merge(ws, "H3:L3", "計", bold=True, fill=HEAD)
H4 = ["調定額（千円）", "収入済額（千円）", "収納率（％）"] * 3 + ["不納欠損額（千円）", "収入未済額（千円）"]
for i, h in enumerate(H4):
    put(ws, f"{'BCDEFGHIJKL'[i]}4", h, bold=True, fill=SUB, size=8)
ws.row_dimensions[4].height = 30
SUMMARY = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育所保育料", "市営住宅使用料",
           "下水道使用料"]
r = 5
tot = dict(ca=0, cc=0, aa=0, ac=0, ta=0, tc=0, wo=0, out=0)
FY6 = 2024
for debt in SUMMARY:
    d = DATA[(debt, FY6)]
    vals = [(d["ca"], "assessed", "current"), (d["cc"], "collected", "current"), (d["cr"], "collection_rate", "current"),
            (d["aa"], "assessed", "arrears"), (d["ac"], "collected", "arrears"), (d["ar"], "collection_rate", "arrears"),
            (d["ta"], "assessed", "total"), (d["tc"], "collected", "total"), (d["tr"], "collection_rate", "total"),
            (d["wo"], "written_off", "total"), (d["out"], "outstanding", "total")]
    put(ws, f"A{r}", debt, align="left")
    for i, (v, m, s) in enumerate(vals):
        col = "BCDEFGHIJKL"[i]
        if m == "collection_rate":
            raw = f"{v:.2f}"
            g.fact(PAGE, raw, v, m, "percent", debt, debt, FY6, "令和６年度", s, "actual")
        else:
            raw = c(v)
            g.fact(PAGE, raw, v * 1000, m, "yen", debt, debt, FY6, "令和６年度", s, "actual")
        put(ws, f"{col}{r}", raw, align="right")
    for k in tot:
        tot[k] += d[k]
    ws.row_dimensions[r].height = 20
    r += 1
put(ws, f"A{r}", "計", bold=True, fill=TOT)
tvals = [(tot["ca"], "assessed", "current"), (tot["cc"], "collected", "current"),
         (rate(tot["cc"], tot["ca"], 2), "collection_rate", "current"),
         (tot["aa"], "assessed", "arrears"), (tot["ac"], "collected", "arrears"),
         (rate(tot["ac"], tot["aa"], 2), "collection_rate", "arrears"),
         (tot["ta"], "assessed", "total"), (tot["tc"], "collected", "total"),
         (rate(tot["tc"], tot["ta"], 2), "collection_rate", "total"),
         (tot["wo"], "written_off", "total"), (tot["out"], "outstanding", "total")]
for i, (v, m, s) in enumerate(tvals):
    col = "BCDEFGHIJKL"[i]
    if m == "collection_rate":
        raw = f"{v:.2f}"
        g.fact(PAGE, raw, v, m, "percent", None, "計", FY6, "令和６年度", s, "actual")
    else:
        raw = c(v)
        g.fact(PAGE, raw, v * 1000, m, "yen", None, "計", FY6, "令和６年度", s, "actual")
    put(ws, f"{col}{r}", raw, align="right", bold=True, fill=TOT)
ws.row_dimensions[r].height = 20
r += 2
merge(ws, f"A{r}:H{r}", "参考　少額債権の状況（令和６年度決算）", bold=True, border=False, align="left", size=10)
r += 1
for i, h in enumerate(["債権名", "所管課", "調定額（円）", "収入済額（円）", "不納欠損額（円）", "収入未済額（円）"]):
    col = "ABCDEF"[i] if i < 2 else None
hdr_cells = [("A", "債権名"), ("B", "所管課"), ("C", "調定額（円）"), ("E", "収入済額（円）"),
             ("H", "不納欠損額（円）"), ("I", "収入未済額（円）")]
merge(ws, f"A{r}:A{r}", "債権名", bold=True, fill=HEAD)
put(ws, f"B{r}", "所管課", bold=True, fill=HEAD)
merge(ws, f"C{r}:D{r}", "調定額（円）", bold=True, fill=HEAD)
merge(ws, f"E{r}:F{r}", "収入済額（円）", bold=True, fill=HEAD)
merge(ws, f"G{r}:H{r}", "不納欠損額（円）", bold=True, fill=HEAD)
merge(ws, f"I{r}:J{r}", "収入未済額（円）", bold=True, fill=HEAD)
ws.row_dimensions[r].height = 20
r += 1
for name, ka, a, col_, w in SMALL:
    out = a - col_ - w
    put(ws, f"A{r}", name, align="left", size=8)
    put(ws, f"B{r}", ka, size=8)
    for rng, v, m in [(f"C{r}:D{r}", a, "assessed"), (f"E{r}:F{r}", col_, "collected"),
                      (f"G{r}:H{r}", w, "written_off"), (f"I{r}:J{r}", out, "outstanding")]:
        raw = c(v) if v else "－"
        merge(ws, rng, raw, align="right")
        if v:
            g.fact(PAGE, raw, v, m, "yen", name, name, FY6, "令和６年度", "total", "actual")
    ws.row_dimensions[r].height = 20
    r += 1
merge(ws, f"A{r}:L{r}", "※ 収納率＝収入済額÷調定額×100。調定額は還付未済額を除く。", border=False, align="left", size=8)

# --------------------------------------------------------------------------- p3-p6 取組個票
KOHYO = [
    ("市税", "納税課", "強制徴収公債権", "strip",
     ["納期内納付を促すため、スマートフォン決済とコンビニ納付の周知を納税通知書の同封チラシで行う。【継続】",
      "現年度分の未納者には、納期限後２０日以内に督促状を、その後１か月以内に電話・ＳＭＳ催告を行う。【継続】",
      "滞納繰越分の高額案件は、静岡地方税滞納整理機構への移管を含めて早期に方針を決定する。【拡充】",
      "預貯金照会の電子化（ｐｉｐｉｔＬＩＮＫ）により、財産調査に要する期間を短縮する。【新規】"],
     "高額滞納案件の長期化と、少額多件の滞納繰越分の整理が課題。"),
    ("国民健康保険税", "保険年金課", "強制徴収公債権", "strip",
     ["資格取得時に口座振替の申込みを受け付け、窓口でのキャッシュカードによる登録を勧める。【継続】",
      "短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を確認する。【継続】",
      "納税課との併任職員による財産調査と差押えを、滞納繰越分の上位案件から実施する。【拡充】"],
     "軽減世帯を中心に、分納中の案件が累積している。"),
    ("介護保険料", "長寿推進課", "強制徴収公債権", "strip",
     ["普通徴収の被保険者に対し、年金からの特別徴収への切替時期を個別に案内する。",
      "滞納による給付制限の予告通知を、要介護認定の申請時に併せて送付する。",
      "時効が迫る案件を毎月抽出し、納付相談と財産調査を優先して行う。"],
     "時効による不納欠損が全体の約６割を占めている。"),
    ("市営住宅使用料", "都市政策課", "私債権", "header",
     ["家賃を２か月以上滞納した入居者に、連帯保証人への通知と併せて面談を求める。",
      "６か月以上の滞納者のうち納付誓約に応じない者について、明渡し請求訴訟を提起する。",
      "退去者の未納家賃は、弁護士法人への回収委託を継続する。"],
     "退去者分の滞納繰越が残り、回収に時間を要している。"),
]
YEARS = [2022, 2023, 2024]
YRAW = {2022: "R4", 2023: "R5", 2024: "R6"}

for n, (debt, ka, kubun, style, items, kadai) in enumerate(KOHYO, 1):
    PAGE = 2 + n
    ws = wb.create_sheet(f"個票{n}")
    setup(ws)
    widths(ws, [20, 12.5, 12.5, 12.5, 12.5, 19])
    merge(ws, "A1:F1", f"資料２－（{n}）　債権別取組個票", size=12, bold=True, border=False, align="left")
    ws.row_dimensions[1].height = 22
    if style == "strip":
        put(ws, "A3", "債権名", bold=True, fill=HEAD)
        put(ws, "B3", debt)
        put(ws, "C3", "所管課", bold=True, fill=HEAD)
        put(ws, "D3", ka)
        put(ws, "E3", "債権区分", bold=True, fill=HEAD)
        put(ws, "F3", kubun)
    else:
        merge(ws, "A3:F3", f"債権名　{debt}　　（所管課：{ka}／債権区分：{kubun}）", bold=True, fill=HEAD,
              align="left", size=10)
    ws.row_dimensions[3].height = 22

    merge(ws, "A5:F5", "１　収納状況の推移（各年度決算）", bold=True, border=False, align="left", size=10)
    put(ws, "A6", "区分", bold=True, fill=HEAD)
    for i, fy in enumerate(YEARS):
        put(ws, f"{'BCD'[i]}6", f"{YRAW[fy]}決算", bold=True, fill=HEAD)
    put(ws, "E6", "増減（R6－R5）", bold=True, fill=HEAD, size=8)
    put(ws, "F6", "備考", bold=True, fill=HEAD)
    METRICS = [("調定額（千円）", "ta", "assessed", "total"), ("収入済額（千円）", "tc", "collected", "total"),
               ("不納欠損額（千円）", "wo", "written_off", "total"), ("収入未済額（千円）", "out", "outstanding", "total"),
               ("収納率・現年（％）", "cr", "collection_rate", "current"),
               ("収納率・滞繰（％）", "ar", "collection_rate", "arrears"),
               ("収納率・計（％）", "tr", "collection_rate", "total")]
    rr = 7
    for lab, key, m, seg in METRICS:
        put(ws, f"A{rr}", lab, align="left", size=8.5)
        for i, fy in enumerate(YEARS):
            v = DATA[(debt, fy)][key]
            if m == "collection_rate":
                raw = f"{v:.2f}"
                g.fact(PAGE, raw, v, m, "percent", debt, debt, fy, f"{YRAW[fy]}決算", seg, "actual")
            else:
                raw = c(v)
                g.fact(PAGE, raw, v * 1000, m, "yen", debt, debt, fy, f"{YRAW[fy]}決算", seg, "actual")
            put(ws, f"{'BCD'[i]}{rr}", raw, align="right")
        v6, v5 = DATA[(debt, 2024)][key], DATA[(debt, 2023)][key]
        if m == "collection_rate":
            dv = round(v6 - v5, 2)
            raw = trif(dv, 2)
            g.fact(PAGE, raw, dv, "difference", "points", debt, debt, 2024, "R6－R5", seg, "actual")
        else:
            dv = v6 - v5
            raw = tri(dv)
            g.fact(PAGE, raw, dv * 1000, "difference", "yen", debt, debt, 2024, "R6－R5", seg, "actual")
        put(ws, f"E{rr}", raw, align="right")
        note = ""
        if key == "out":
            oa = DATA[(debt, 2024)]["out_arr"]
            note = f"うち滞納繰越分 {c(oa)}千円"
            g.fact(PAGE, f"{c(oa)}千円", oa * 1000, "outstanding", "yen", debt, debt, 2024, "R6決算", "arrears",
                   "actual")
        if key == "wo" and debt == "介護保険料":
            note = "時効によるもの 約６割"
        put(ws, f"F{rr}", note, align="left", size=8)
        ws.row_dimensions[rr].height = 19
        rr += 1

    # ２ 目標と実績 : two blocks side by side (令和５年度 | 令和６年度)
    rr += 1
    merge(ws, f"A{rr}:F{rr}", "２　収納率の目標と実績（単位：％）", bold=True, border=False, align="left", size=10)
    rr += 1
    put(ws, f"A{rr}", "", fill=HEAD)
    merge(ws, f"B{rr}:C{rr}", "令和５年度", bold=True, fill=HEAD)
    merge(ws, f"D{rr}:F{rr}", "令和６年度", bold=True, fill=HEAD)
    rr += 1
    for col, h in zip("ABCDEF", ["区分", "目標", "実績", "目標", "実績", "達成率"]):
        put(ws, f"{col}{rr}", h, bold=True, fill=SUB)
    rr += 1
    for si, (segn, key, seg) in enumerate([("現年度分", "cr", "current"), ("滞納繰越分", "ar", "arrears"),
                                           ("計", "tr", "total")]):
        put(ws, f"A{rr}", segn)
        for fy, (ct, cact) in ((2023, ("B", "C")), (2024, ("D", "E"))):
            tv = TARGET[debt][fy][si]
            av = DATA[(debt, fy)][key]
            fyr = "令和５年度" if fy == 2023 else "令和６年度"
            put(ws, f"{ct}{rr}", f"{tv:.2f}", align="right")
            g.fact(PAGE, f"{tv:.2f}", tv, "collection_rate", "percent", debt, debt, fy, fyr, seg, "target")
            put(ws, f"{cact}{rr}", f"{av:.2f}", align="right")
            g.fact(PAGE, f"{av:.2f}", av, "collection_rate", "percent", debt, debt, fy, fyr, seg, "actual")
        ach = round(DATA[(debt, 2024)][key] / TARGET[debt][2024][si] * 100, 1)
        put(ws, f"F{rr}", f"{ach:.1f}", align="right")      # 達成率: not one of the contract metrics
        ws.row_dimensions[rr].height = 18
        rr += 1

    rr += 1
    t = TARGET[debt][2025]
    merge(ws, f"A{rr}:F{rr}", "３　令和７年度の数値目標", bold=True, border=False, align="left", size=10)
    rr += 1
    put(ws, f"A{rr}", "現年度分収納率", fill=SUB)
    put(ws, f"B{rr}", f"{t[0]:.2f}％", align="right")
    put(ws, f"C{rr}", "滞納繰越分収納率", fill=SUB, size=8)
    put(ws, f"D{rr}", f"{t[1]:.2f}％", align="right")
    put(ws, f"E{rr}", "収入未済額", fill=SUB)
    put(ws, f"F{rr}", f"{c(t[3])}千円", align="right")
    g.fact(PAGE, f"{t[0]:.2f}％", t[0], "collection_rate", "percent", debt, debt, 2025, "令和７年度", "current", "target")
    g.fact(PAGE, f"{t[1]:.2f}％", t[1], "collection_rate", "percent", debt, debt, 2025, "令和７年度", "arrears", "target")
    g.fact(PAGE, f"{c(t[3])}千円", t[3] * 1000, "outstanding", "yen", debt, debt, 2025, "令和７年度", "total", "target")
    ws.row_dimensions[rr].height = 20

    rr += 2
    merge(ws, f"A{rr}:F{rr}", "４　令和７年度の主な取組", bold=True, border=False, align="left", size=10)
    rr += 1
    put(ws, f"A{rr}", "課題", fill=SUB)
    merge(ws, f"B{rr}:F{rr}", kadai, align="left")
    ws.row_dimensions[rr].height = 22
    rr += 1
    put(ws, f"A{rr}", "取組内容", fill=SUB)
    marks = "①②③④⑤"
    lines = []
    for i, it in enumerate(items):
        status = None
        body = it
        for tag in ("継続", "新規", "拡充"):
            if it.endswith(f"【{tag}】"):
                status, body = tag, it[: -len(tag) - 2]
        lines.append(f"{marks[i]}{it}")
        g.init(PAGE, debt, 2025, "令和７年度の主な取組", marks[i], body, status)
    merge(ws, f"B{rr}:F{rr}", "\n".join(lines), align="left", valign="top", size=10)
    ws.row_dimensions[rr].height = 27 * len(items) + 8

    if debt == "市税":
        # chart: 収入未済額の推移（百万円）
        rr += 2
        merge(ws, f"A{rr}:F{rr}", "５　収入未済額の推移", bold=True, border=False, align="left", size=10)
        rr += 1
        put(ws, f"A{rr}", "年度", fill=SUB, size=8)
        put(ws, f"A{rr+1}", "収入未済額（百万円）", fill=SUB, size=8)
        cy = [2020, 2021, 2022, 2023, 2024]
        cyr = {2020: "R2", 2021: "R3", 2022: "R4", 2023: "R5", 2024: "R6"}
        for i, fy in enumerate(cy):
            col = "BCDEF"[i]
            put(ws, f"{col}{rr}", cyr[fy], size=8)
            mv = round(DATA[("市税", fy)]["out"] / 1000)
            cell = put(ws, f"{col}{rr+1}", mv, align="right", size=8)
            cell.number_format = "#,##0"
            g.fact(PAGE, c(mv), mv * 1_000_000, "outstanding", "yen", "市税", "市税", fy, cyr[fy], "total", "actual")
            g.fact(PAGE, c(mv), mv * 1_000_000, "outstanding", "yen", "市税", "市税", fy, cyr[fy], "total", "actual")
        ch = BarChart()
        ch.title = None
        ch.style = 2
        ch.height, ch.width = 6.0, 17.5
        data = Reference(ws, min_col=2, max_col=6, min_row=rr + 1, max_row=rr + 1)
        cats = Reference(ws, min_col=2, max_col=6, min_row=rr, max_row=rr)
        ch.add_data(data, from_rows=True, titles_from_data=False)
        ch.set_categories(cats)
        ch.dataLabels = DataLabelList()
        ch.dataLabels.showVal = True
        ch.dataLabels.showCatName = False
        ch.dataLabels.showSerName = False
        ch.dataLabels.showLegendKey = False
        ch.dataLabels.showPercent = False
        ch.legend = None
        ch.y_axis.delete = True
        ch.y_axis.majorGridlines = None
        ws.add_chart(ch, f"A{rr+3}")
        for k in range(rr + 3, rr + 15):
            ws.row_dimensions[k].height = 15
        ws.print_area = f"A1:F{rr+15}"

# --------------------------------------------------------------------------- p7-p8 資料３ long format
ws = wb.create_sheet("資料3")
setup(ws, fit_height=0)
ws.page_setup.fitToHeight = 0
widths(ws, [20, 13, 9, 15, 16, 18])
merge(ws, "A1:F1", "資料３　主要債権の数値目標（令和７年度～令和９年度）", size=12, bold=True, border=False, align="left")
ws.row_dimensions[1].height = 22
merge(ws, "A2:F2", "令和６年度は決算額、令和７年度以降は目標値。", border=False, align="left", size=9)
for col, h in zip("ABCDEF", ["債権名", "年度", "区分", "現年度分収納率（％）", "滞納繰越分収納率（％）",
                             "収入未済額（千円）\n全体収納率（％）"]):
    put(ws, f"{col}3", h, bold=True, fill=HEAD, size=8.5)
ws.row_dimensions[3].height = 30
ws.print_title_rows = "3:3"
rr = 4
PAGE = 7
LONG = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育所保育料", "市営住宅使用料",
        "下水道使用料"]
BREAK_AFTER = 4 + 20  # rows 4..23 on page 7
for debt in LONG:
    for fy in (2024, 2025, 2026, 2027):
        if rr == BREAK_AFTER:
            ws.row_breaks.append(Break(id=rr - 1))
            PAGE = 8
        fyr = f"令和{fy - 2018}年度".replace("令和7", "令和７").replace("令和8", "令和８").replace("令和9", "令和９") \
            .replace("令和6", "令和６")
        put(ws, f"A{rr}", debt, align="left", size=8.5)
        put(ws, f"B{rr}", fyr, size=8.5)
        if fy == 2024:
            d = DATA[(debt, fy)]
            basis, kub = "actual", "決算"
            cr_, ar_, out, tr_ = d["cr"], d["ar"], d["out"], d["tr"]
        else:
            t = TARGET[debt][fy]
            basis, kub = "target", "目標"
            cr_, ar_, tr_, out = t
        put(ws, f"C{rr}", kub, size=8.5)
        put(ws, f"D{rr}", f"{cr_:.2f}", align="right")
        put(ws, f"E{rr}", f"{ar_:.2f}", align="right")
        put(ws, f"F{rr}", f"{c(out)}\n{tr_:.2f}", align="right")
        g.fact(PAGE, f"{cr_:.2f}", cr_, "collection_rate", "percent", debt, debt, fy, fyr, "current", basis)
        g.fact(PAGE, f"{ar_:.2f}", ar_, "collection_rate", "percent", debt, debt, fy, fyr, "arrears", basis)
        g.fact(PAGE, c(out), out * 1000, "outstanding", "yen", debt, debt, fy, fyr, "total", basis)
        g.fact(PAGE, f"{tr_:.2f}", tr_, "collection_rate", "percent", debt, debt, fy, fyr, "total", basis)
        ws.row_dimensions[rr].height = 28
        rr += 1

src = WORK / f"{STEM}.xlsx"
wb.save(src)
pdf = soffice_pdf(src, STEM)
g.write(pdf)
