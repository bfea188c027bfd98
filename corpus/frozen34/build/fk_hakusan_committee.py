"""fk_hakusan_committee_1: 債権管理委員会の資料と取組個票 (openpyxl -> LibreOffice).

One worksheet per printed page (fit to one page each); the chart reads a hidden sheet.
Run from corpus/frozen34:  python3 build/fk_hakusan_committee.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fk_common import Gold, PDF_DIR, WORK, c, fr, rate, rnd, soffice_pdf, tri, zen  # noqa: E402

from openpyxl import Workbook  # noqa: E402
from openpyxl.chart import BarChart, Reference  # noqa: E402
from openpyxl.chart.label import DataLabelList  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402
from openpyxl.utils import get_column_letter, range_boundaries  # noqa: E402
from openpyxl.worksheet.pagebreak import Break  # noqa: E402,F401

STEM = "fk_hakusan_committee_1"
CITY = "白山市"
G = Gold(STEM, "committee_material", "committee", CITY,
         "令和７年度第１回白山市債権管理委員会 資料", "2025-07-15", "令和７年７月１５日")

# ------------------------------------------------------------------ data
YEARS = [2020, 2021, 2022, 2023, 2024]


def series(arr0, rows, years=YEARS):
    """rows: (cur_a, cur_rate, arr_rate, written_off); 滞納繰越分調定額 = 前年度収入未済額."""
    out, arr_a = {}, arr0
    for y, (ca, crt, art, wo) in zip(years, rows):
        cc = round(ca * crt)
        ac = round(arr_a * art)
        ta, tc = ca + arr_a, cc + ac
        o = ta - tc - wo
        out[y] = dict(ca=ca, cc=cc, aa=arr_a, ac=ac, ta=ta, tc=tc, wo=wo, out=o, cur_out=ca - cc,
                      cr=rate(cc, ca), ar=rate(ac, arr_a), tr=rate(tc, ta))
        arr_a = o
    return out


SHIZEI = series(702318, [(16842110, .9889, .2798, 41230), (17010254, .9899, .2905, 36880),
                         (17215806, .9907, .3010, 31402), (17402335, .9912, .3120, 27115),
                         (17588912, .9921, .3235, 24630)])
SHIZEI_DEL = dict(zip(YEARS, [3912, 3640, 3402, 3188, 2955]))
KOKUHO = series(612440, [(3412806, .9512, .2015, 52310), (3356120, .9538, .2104, 48770),
                         (3290415, .9561, .2188, 44215), (3214560, .9583, .2276, 40902),
                         (3168332, .9604, .2361, 37450)])
KOKUHO_DEL = dict(zip(YEARS, [1905, 1812, 1726, 1641, 1570]))
KAIGO = series(52310, [(2140225, .9935, .2105, 8912), (2168410, .9938, .2180, 8120),
                       (2195877, .9941, .2236, 7655), (2214306, .9944, .2302, 7010),
                       (2236950, .9946, .2377, 6480)])
HOIKU_Y = series(9845300, [(318412600, .9912, .1850, 1204500), (305118200, .9921, .1925, 1093800),
                           (296730400, .9930, .2010, 988200)], years=[2022, 2023, 2024])  # 円
CLUB = series(1312, [(98420, .9955, .3510, 120), (101335, .9958, .3620, 95),
                     (103870, .9961, .3705, 88)], years=[2022, 2023, 2024])  # 千円
KOUKI = series(8120, [(1310455, .9978, .4120, 1210), (1342610, .9979, .4205, 1105)], years=[2023, 2024])
JUTAKU = series(61230, [(188405, .9712, .1480, 4120), (185930, .9725, .1552, 3860)], years=[2023, 2024])
SUIDO = series(48310, [(2612840, .9951, .4410, 3105), (2630115, .9953, .4490, 2880)], years=[2023, 2024])


def hoiku_sen(y):
    """保育料 in 千円 for the summary sheet (rounded from yen)."""
    d = HOIKU_Y[y]
    k = {key: round(d[key] / 1000) for key in ("ca", "cc", "aa", "ac", "wo")}
    k["ta"], k["tc"] = k["ca"] + k["aa"], k["cc"] + k["ac"]
    k["out"] = k["ta"] - k["tc"] - k["wo"]
    k["cr"], k["ar"], k["tr"] = rate(k["cc"], k["ca"]), rate(k["ac"], k["aa"]), rate(k["tc"], k["ta"])
    return k


# summary debts: (printed name, canonical, data for 2023/2024 in 千円)
SUMMARY = [
    ("市税", "市税", SHIZEI),
    ("国民健康保険税", "国民健康保険料", KOKUHO),
    ("介護保険料", "介護保険料", KAIGO),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", KOUKI),
    ("保育料", "保育料", {2023: hoiku_sen(2023), 2024: hoiku_sen(2024)}),
    ("放課後児童クラブ利用料", "放課後児童クラブ利用料", CLUB),
    ("市営住宅使用料", "市営住宅使用料", JUTAKU),
    ("水道料金", "水道料金", SUIDO),
]


def totals(y):
    t = dict(ca=0, cc=0, aa=0, ac=0, wo=0, out=0)
    for _, _, d in SUMMARY:
        for k in t:
            t[k] += d[y][k]
    t["ta"], t["tc"] = t["ca"] + t["aa"], t["cc"] + t["ac"]
    assert t["out"] == t["ta"] - t["tc"] - t["wo"]
    t["cr"], t["ar"], t["tr"] = rate(t["cc"], t["ca"]), rate(t["ac"], t["aa"]), rate(t["tc"], t["ta"])
    return t


TOT = {2023: totals(2023), 2024: totals(2024)}

# ------------------------------------------------------------------ workbook helpers
wb = Workbook()
FONT = "IPAexGothic"
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="EEF3F8")
PALE = PatternFill("solid", fgColor="F2F2F2")


def setup(ws, widths, landscape=False):
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.5
    ws.page_margins.bottom = 0.4
    ws.sheet_view.showGridLines = False


def W(ws, ref, val, bold=False, size=9, h="center", v="center", fill=None, border=True, rot=None,
      wrap=True, height=None):
    cell = ws[ref]
    cell.value = val
    cell.font = Font(name=FONT, bold=bold, size=size)
    cell.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap,
                               text_rotation=rot if rot is not None else 0)
    if fill:
        cell.fill = fill
    if border:
        cell.border = BOX
    if height:
        ws.row_dimensions[cell.row].height = height
    return cell


def M(ws, rng, val, **kw):
    ws.merge_cells(rng)
    first = rng.split(":")[0]
    W(ws, first, val, **kw)
    if kw.get("border", True):
        c1, r1, c2, r2 = range_boundaries(rng)
        for r in range(r1, r2 + 1):
            for col in range(c1, c2 + 1):
                ws.cell(r, col).border = BOX
                if kw.get("fill"):
                    ws.cell(r, col).fill = kw["fill"]


def H(ws, row, h):
    ws.row_dimensions[row].height = h


def footer(ws, row, ncols, page):
    M(ws, f"A{row}:{get_column_letter(ncols)}{row}", f"－ {page} －", border=False, size=9)


# ------------------------------------------------------------------ page 1: cover + 目次
ws = wb.active
ws.title = "表紙"
setup(ws, [6, 14, 14, 14, 14, 14, 10])
for r in range(1, 60):
    H(ws, r, 15)
M(ws, "A6:G6", "令和７年度　第１回", size=16, border=False, height=28)
M(ws, "A7:G7", "白山市債権管理委員会　資料", size=22, bold=True, border=False, height=40)
M(ws, "A10:G10", "令和７年７月１５日（火）", size=13, border=False, height=22)
M(ws, "A11:G11", "白山市　財務部　納税課（債権管理担当）", size=12, border=False, height=20)
M(ws, "B16:F16", "目　　次", size=13, bold=True, border=False, height=24)
TOC = [("１　次第・委員名簿", "2"), ("２　【参考】主要債権の状況", "2"),
       ("３　取組個票", ""), ("　（１）市税", "3"), ("　（２）国民健康保険税", "4"),
       ("　（３）介護保険料", "5"), ("　（４）保育料・放課後児童クラブ利用料", "6"),
       ("４　主要債権の収納状況一覧（令和５年度・令和６年度）", "7")]
r = 18
for t, pg in TOC:
    M(ws, f"B{r}:E{r}", t, h="left", border=False, size=11, height=22)
    W(ws, f"F{r}", ("……… " + pg) if pg else "", h="right", border=False, size=11)
    r += 1
footer(ws, 45, 7, 1)

# ------------------------------------------------------------------ page 2: 次第・名簿・参考
ws = wb.create_sheet("次第")
setup(ws, [4, 16, 14, 14, 14, 14, 14])
PAGE = 2
M(ws, "A1:G1", "令和７年度第１回白山市債権管理委員会　次第", bold=True, size=13, border=False, height=26)
M(ws, "A2:G2", "日時：令和７年７月１５日（火）午後２時から　　場所：市役所本庁舎５階 ５０２会議室",
  border=False, h="left", height=18)
items = ["１　開会", "２　報告", "　（１）令和６年度決算における主要債権の収納状況について",
         "　（２）主要債権の取組個票について", "３　協議　令和７年度の取組方針について", "４　閉会"]
r = 3
for t in items:
    M(ws, f"A{r}:G{r}", t, border=False, h="left", height=16)
    r += 1
r += 1
M(ws, f"A{r}:G{r}", "白山市債権管理委員会　委員名簿（令和７年４月１日現在）", bold=True, border=False, h="left", height=20)
r += 1
W(ws, f"B{r}", "区分", fill=GRAY, bold=True)
M(ws, f"C{r}:E{r}", "職名", fill=GRAY, bold=True)
H(ws, r, 16)
MEMBERS = [("委員長", "副市長"), ("委員", "総務部長"), ("委員", "財務部長"), ("委員", "健康福祉部長"),
           ("委員", "こども子育て部長"), ("委員", "建設部長"), ("委員", "上下水道部長"), ("事務局", "納税課")]
for role, title in MEMBERS:
    r += 1
    W(ws, f"B{r}", role)
    M(ws, f"C{r}:E{r}", title, h="left")
    H(ws, r, 15)
r += 2
ref_top = r
t24, t23 = TOT[2024], TOT[2023]
d_rate = rnd(t24["tr"] - t23["tr"], 2)
oku24 = rnd(t24["out"] / 100000, 1)        # 千円 -> 億円
d_oku = rnd((t23["out"] - t24["out"]) / 100000, 1)
lines = ["【参考】主要債権（８債権）の状況",
         "・主要債権の収納率（計）　令和６年度："
         + G.f(PAGE, fr(t24["tr"]) + "％", t24["tr"], "percent", "collection_rate", "actual", "total", 2024,
               "令和６年度", None, "主要債権")
         + "（令和５年度："
         + G.f(PAGE, fr(t23["tr"]) + "％", t23["tr"], "percent", "collection_rate", "actual", "total", 2023,
               "令和５年度", None, "主要債権") + "）",
         "・前年度比："
         + G.f(PAGE, fr(d_rate) + "ポイント", d_rate, "points", "difference", "actual", "total", 2024,
               "令和６年度", None, "主要債権") + ("上昇" if d_rate > 0 else "低下"),
         "・収入未済額（主要債権計）："
         + G.f(PAGE, f"約{oku24}億円", int(round(oku24 * 1e8)), "yen", "outstanding", "actual", "total", 2024,
               "令和６年度", None, "主要債権計", approx=True),
         "・前年度比：" + G.f(PAGE, f"約{d_oku}億円", -int(round(d_oku * 1e8)), "yen", "difference", "actual",
                            "total", 2024, "令和６年度", None, "主要債権計", approx=True) + "減"]
M(ws, f"B{r}:G{r + len(lines) - 1}", "\n".join(lines), h="left", v="top", size=10)
for i in range(len(lines)):
    H(ws, r + i, 18)
r += len(lines) + 1
M(ws, f"A{r}:G{r}", "市税の収入未済額の推移（単位：百万円）", bold=True, border=False, height=18)
chart_row = r + 1
for i in range(chart_row, chart_row + 16):
    H(ws, i, 15)
footer(ws, chart_row + 17, 7, 2)

data = wb.create_sheet("data")
data.append(["年度", "市税収入未済額"])
labels = ["R2", "R3", "R4", "R5", "R6"]
for lab, y in zip(labels, YEARS):
    mil = rnd(SHIZEI[y]["out"] / 1000, 1)
    assert abs(mil - round(mil)) > 0.04, mil
    data.append([lab, mil])
    G.f(PAGE, fr(mil, 1), int(round(mil * 1e6)), "yen", "outstanding", "actual", "total", y, lab,
        "市税", "市税")
data.sheet_state = "hidden"
ch = BarChart()
ch.add_data(Reference(data, min_col=2, min_row=1, max_row=6), titles_from_data=True)
ch.set_categories(Reference(data, min_col=1, min_row=2, max_row=6))
ch.dataLabels = DataLabelList()
ch.dataLabels.showVal = True
for a in ("showCatName", "showSerName", "showLegendKey", "showPercent"):
    setattr(ch.dataLabels, a, False)
ch.legend = None
ch.width, ch.height = 15, 7
ch.y_axis.majorGridlines = None
ws.add_chart(ch, f"B{chart_row}")

# ------------------------------------------------------------------ page 3: 市税
ws = wb.create_sheet("市税")
wb.move_sheet("data", offset=10)
setup(ws, [4, 17, 12, 12, 12, 12, 12])
PAGE = 3
M(ws, "A1:E1", "取組個票　（１）", h="left", border=False, bold=True, size=12, height=22)
M(ws, "F1:G1", "資料２", border=True, size=10)
W(ws, "A2", "債権名", fill=GRAY, bold=True)
ws.merge_cells("A2:B2")
W(ws, "C2", "市税", bold=True)
W(ws, "D2", "所管課", fill=GRAY, bold=True)
W(ws, "E2", "納税課")
W(ws, "F2", "債権区分", fill=GRAY, bold=True)
W(ws, "G2", "強制徴収公債権", size=8)
H(ws, 2, 20)
M(ws, "A4:E4", "１　収納状況の推移", h="left", border=False, bold=True, height=18)
M(ws, "F4:G4", "（単位：千円）", h="right", border=False, size=8)
M(ws, "A5:B5", "区分", fill=GRAY, bold=True, height=18)
YLAB = {2020: "R2決算", 2021: "R3決算", 2022: "R4決算", 2023: "R5決算", 2024: "R6決算"}
for j, y in enumerate(YEARS):
    W(ws, f"{get_column_letter(3 + j)}5", YLAB[y], fill=GRAY, bold=True)
r = 6
for seg, seglabel, keys in (("current", "現年度分", ("ca", "cc", "cr")), ("arrears", "滞納繰越分", ("aa", "ac", "ar")),
                            ("total", "合計", ("ta", "tc", "tr"))):
    M(ws, f"A{r}:A{r + 2}", seglabel, rot=255, size=8, fill=PALE)
    for i, (k, lab, metric) in enumerate(zip(keys, ("調定額", "収入済額", "収納率（％）"),
                                            ("assessed", "collected", "collection_rate"))):
        W(ws, f"B{r + i}", lab, h="left")
        for j, y in enumerate(YEARS):
            d = SHIZEI[y]
            if metric == "collection_rate":
                raw, val, unit = fr(d[k]), d[k], "percent"
            else:
                raw, val, unit = c(d[k]), d[k] * 1000, "yen"
            W(ws, f"{get_column_letter(3 + j)}{r + i}", raw, h="right")
            G.f(PAGE, raw, val, unit, metric, "actual", seg, y, YLAB[y], "市税", "市税")
        H(ws, r + i, 16)
    r += 3
for lab, k, metric, unit in (("不納欠損額", "wo", "written_off", "yen"), ("収入未済額", "out", "outstanding", "yen"),
                             ("滞納者数（人）", None, "delinquents", "persons")):
    M(ws, f"A{r}:B{r}", lab, h="left")
    for j, y in enumerate(YEARS):
        if k:
            raw, val = c(SHIZEI[y][k]), SHIZEI[y][k] * 1000
        else:
            raw, val = c(SHIZEI_DEL[y]), SHIZEI_DEL[y]
        W(ws, f"{get_column_letter(3 + j)}{r}", raw, h="right")
        G.f(PAGE, raw, val, unit, metric, "actual", "total", y, YLAB[y], "市税", "市税")
    H(ws, r, 16)
    r += 1

r += 1
M(ws, f"A{r}:G{r}", "２　目標と実績", h="left", border=False, bold=True, height=18)
r += 1
M(ws, f"A{r}:B{r + 1}", "項目", fill=GRAY, bold=True)
M(ws, f"C{r}:E{r}", "令和６年度", fill=GRAY, bold=True)
M(ws, f"F{r}:G{r}", "令和７年度", fill=GRAY, bold=True)
H(ws, r, 16)
for col, t in zip("CDEFG", ("目標", "実績", "達成率（％）", "目標", "設定の考え方")):
    W(ws, f"{col}{r + 1}", t, fill=GRAY, bold=True, size=8)
H(ws, r + 1, 16)
r += 2
d24 = SHIZEI[2024]
TGT = [("現年度分収納率（％）", "current", "collection_rate", 99.15, d24["cr"], 99.25, "前年度実績＋0.04"),
       ("滞納繰越分収納率（％）", "arrears", "collection_rate", 32.00, d24["ar"], 33.50, "R6実績を踏まえ設定"),
       ("収入未済額（千円）", "total", "outstanding", 545000, d24["out"], 500000, "5年間で3割縮減")]
for lab, seg, metric, t6, a6, t7, note in TGT:
    M(ws, f"A{r}:B{r}", lab, h="left", size=8)
    if metric == "outstanding":
        vals = [(c(t6), t6 * 1000, "yen", "target", 2024, "令和６年度"), (c(a6), a6 * 1000, "yen", "actual", 2024, "令和６年度"),
                (c(t7), t7 * 1000, "yen", "target", 2025, "令和７年度")]
        ach = rnd(t6 / a6 * 100, 1)          # 縮減目標: 目標÷実績
    else:
        vals = [(fr(t6), t6, "percent", "target", 2024, "令和６年度"), (fr(a6), a6, "percent", "actual", 2024, "令和６年度"),
                (fr(t7), t7, "percent", "target", 2025, "令和７年度")]
        ach = rnd(a6 / t6 * 100, 1)
    for col, (raw, val, unit, basis, y, yr) in zip("CDF", vals):
        W(ws, f"{col}{r}", raw, h="right")
        G.f(PAGE, raw, val, unit, metric, basis, seg, y, yr, "市税", "市税")
    W(ws, f"E{r}", fr(ach, 1), h="right")
    W(ws, f"G{r}", note, size=7)
    H(ws, r, 16)
    r += 1

r += 1
M(ws, f"A{r}:G{r}", "３　地域別の滞納繰越分の状況（令和６年度）", h="left", border=False, bold=True, height=18)
r += 1
AREAS = [("松任地域", 262310, .3198, 1496), ("美川地域", 61845, .3285, 402),
         ("鶴来地域", 98420, .3311, 611)]
rest_a = d24["aa"] - sum(a for _, a, _, _ in AREAS)
rest_c = d24["ac"] - sum(round(a * t) for _, a, t, _ in AREAS)
rest_p = SHIZEI_DEL[2024] - sum(p for _, _, _, p in AREAS)
M(ws, f"A{r}:B{r}", "地域", fill=GRAY, bold=True)
for col, t in zip("CDEF", ("調定額（千円）", "収入済額（千円）", "収納率（％）", "滞納者数（人）")):
    W(ws, f"{col}{r}", t, fill=GRAY, bold=True, size=8)
W(ws, f"G{r}", "備考", fill=GRAY, bold=True, size=8)
H(ws, r, 18)
rows = [(n, a, round(a * t), p) for n, a, t, p in AREAS] + [("白山ろく地域", rest_a, rest_c, rest_p)]
assert 0 < rest_c < rest_a
for n, a, col_, p in rows + [("計", d24["aa"], d24["ac"], SHIZEI_DEL[2024])]:
    r += 1
    area = None if n == "計" else n
    M(ws, f"A{r}:B{r}", n, h="left" if area else "center", bold=not area)
    rt = rate(col_, a)
    for colL, raw, val, unit, metric in (("C", c(a), a * 1000, "yen", "assessed"), ("D", c(col_), col_ * 1000, "yen", "collected"),
                                         ("E", fr(rt), rt, "percent", "collection_rate"),
                                         ("F", c(p), p, "persons", "delinquents")):
        W(ws, f"{colL}{r}", raw, h="right", bold=not area)
        seg = "total" if metric == "delinquents" else "arrears"
        G.f(PAGE, raw, val, unit, metric, "actual", seg, 2024, "令和６年度", "市税", "市税", area=area)
    W(ws, f"G{r}", "白峰・尾口等" if n == "白山ろく地域" else "", size=7)
    H(ws, r, 15)
r += 2
M(ws, f"A{r}:G{r}", "４　令和７年度の主な取組", h="left", border=False, bold=True, height=18)
INIT = [("①", "現年度分の滞納初期に電話催告とＳＭＳ催告を集中的に実施し、新たな滞納繰越の発生を抑制する。", "継続", False),
        ("②", "預貯金照会・給与照会の電子化を進め、財産調査から差押えまでの期間を短縮する。", "拡充", False),
        ("③", "高額・困難案件は石川県地方税滞納整理機構への移管を積極的に行い、早期の処理を図る。", "継続", False),
        ("④", "地方税統一ＱＲコードを活用したスマートフォン決済の周知を、納税通知書の同封チラシ等で強化する。", "新規", True)]
for lab, text, stt, alone in INIT:
    r += 1
    W(ws, f"A{r}", lab, v="top")
    body = text + ("\n【" + stt + "】" if alone else "【" + stt + "】")
    M(ws, f"B{r}:G{r}", body, h="left", v="top", size=9)
    H(ws, r, 30 if alone else 28)
    G.init(PAGE, "市税", 2025, "令和７年度の主な取組", lab, text, stt)
footer(ws, r + 2, 7, 3)

# ------------------------------------------------------------------ page 4: 国民健康保険税
ws = wb.create_sheet("国保")
setup(ws, [4, 17, 11, 11, 11, 11, 11, 16])
PAGE = 4
DK, DR = "国民健康保険料", "国民健康保険税"
M(ws, "A1:F1", "取組個票　（２）", h="left", border=False, bold=True, size=12, height=22)
M(ws, "G1:H1", "資料２", size=10)
M(ws, "A2:D2", "債権名　国民健康保険税", h="left", bold=True, fill=PALE, height=20)
M(ws, "E2:F2", "所管課　保険年金課", h="left", fill=PALE)
M(ws, "G2:H2", "債権区分　強制徴収公債権", h="left", fill=PALE, size=8)
M(ws, "A4:F4", "１　収納状況の推移", h="left", border=False, bold=True, height=18)
M(ws, "G4:H4", "（単位：千円）", h="right", border=False, size=8)
M(ws, "A5:B5", "区分", fill=GRAY, bold=True, height=18)
WY = {y: f"{y}年度" for y in YEARS}
for j, y in enumerate(YEARS):
    W(ws, f"{get_column_letter(3 + j)}5", WY[y], fill=GRAY, bold=True, size=8)
W(ws, "H5", "備考", fill=GRAY, bold=True)
r = 6
for seg, seglabel, keys in (("current", "現年度分", ("ca", "cc", "cr")), ("arrears", "滞納繰越分", ("aa", "ac", "ar")),
                            ("total", "合計", ("ta", "tc", "tr"))):
    M(ws, f"A{r}:A{r + 2}", seglabel, rot=255, size=8, fill=PALE)
    for i, (k, lab, metric) in enumerate(zip(keys, ("調定額", "収入済額", "収納率（％）"),
                                            ("assessed", "collected", "collection_rate"))):
        W(ws, f"B{r + i}", lab, h="left")
        for j, y in enumerate(YEARS):
            d = KOKUHO[y]
            raw, val, unit = (fr(d[k]), d[k], "percent") if metric == "collection_rate" else (c(d[k]), d[k] * 1000, "yen")
            W(ws, f"{get_column_letter(3 + j)}{r + i}", raw, h="right")
            G.f(PAGE, raw, val, unit, metric, "actual", seg, y, WY[y], DK, DR)
        W(ws, f"H{r + i}", "", size=7)
        H(ws, r + i, 16)
    r += 3
k24 = KOKUHO[2024]
notes = {"不納欠損額": "", "収入未済額": None, "滞納世帯数（世帯）": "2024年度は6月1日現在"}
for lab, k, metric, unit in (("不納欠損額", "wo", "written_off", "yen"), ("収入未済額", "out", "outstanding", "yen"),
                             ("滞納世帯数（世帯）", None, "delinquents", "households")):
    M(ws, f"A{r}:B{r}", lab, h="left")
    for j, y in enumerate(YEARS):
        raw, val = (c(KOKUHO[y][k]), KOKUHO[y][k] * 1000) if k else (c(KOKUHO_DEL[y]), KOKUHO_DEL[y])
        W(ws, f"{get_column_letter(3 + j)}{r}", raw, h="right")
        G.f(PAGE, raw, val, unit, metric, "actual", "total", y, WY[y], DK, DR)
    if notes[lab] is None:
        raw = c(k24["cur_out"]) + "千円"
        W(ws, f"H{r}", "うち現年度分\n" + raw, size=7, h="left")
        G.f(PAGE, raw, k24["cur_out"] * 1000, "yen", "outstanding", "actual", "current", 2024, "2024年度", DK, DR)
    else:
        W(ws, f"H{r}", notes[lab], size=7, h="left")
    H(ws, r, 22 if notes[lab] is None else 16)
    r += 1
r += 1
M(ws, f"A{r}:H{r}", "２　目標（年度別）", h="left", border=False, bold=True, height=18)
r += 1
M(ws, f"A{r}:C{r}", "年度", fill=GRAY, bold=True)
M(ws, f"D{r}:E{r}", "現年度分収納率（％）", fill=GRAY, bold=True, size=8)
M(ws, f"F{r}:G{r}", "滞納繰越分収納率（％）", fill=GRAY, bold=True, size=8)
W(ws, f"H{r}", "収入未済額（千円）", fill=GRAY, bold=True, size=8)
H(ws, r, 18)
TG = [(2024, "2024年度（実績）", "actual", k24["cr"], k24["ar"], k24["out"]),
      (2025, "2025年度（目標）", "target", 96.20, 24.50, 455000),
      (2026, "2026年度（目標）", "target", 96.40, 25.50, 430000)]
for y, lab, basis, cr_, ar_, out_ in TG:
    r += 1
    M(ws, f"A{r}:C{r}", lab, h="left")
    M(ws, f"D{r}:E{r}", fr(cr_), h="right")
    M(ws, f"F{r}:G{r}", fr(ar_), h="right")
    W(ws, f"H{r}", c(out_), h="right")
    G.f(PAGE, fr(cr_), cr_, "percent", "collection_rate", basis, "current", y, lab, DK, DR)
    G.f(PAGE, fr(ar_), ar_, "percent", "collection_rate", basis, "arrears", y, lab, DK, DR)
    G.f(PAGE, c(out_), out_ * 1000, "yen", "outstanding", basis, "total", y, lab, DK, DR)
    H(ws, r, 16)
r += 2
k23 = KOKUHO[2023]
dcr = rnd(k24["cr"] - k23["cr"], 2)
dar = rnd(k24["ar"] - k23["ar"], 2)
out_mil = rnd(k24["out"] / 1000, 1)
dout_mil = rnd((k23["out"] - k24["out"]) / 1000, 1)
M(ws, f"A{r}:H{r}", "３　現状と課題", h="left", border=False, bold=True, height=18)
r += 1
prose = ("2024年度の現年度分収納率は" + G.f(PAGE, fr(k24["cr"]) + "％", k24["cr"], "percent", "collection_rate", "actual", "current", 2024, "2024年度", DK, DR)
         + "で、前年度比" + G.f(PAGE, fr(dcr) + "ポイント", dcr, "points", "difference", "actual", "current", 2024, "2024年度", DK, DR)
         + "の上昇となった。滞納繰越分も" + G.f(PAGE, fr(dar) + "ポイント", dar, "points", "difference", "actual", "arrears", 2024, "2024年度", DK, DR)
         + "改善し、収入未済額は" + G.f(PAGE, fr(out_mil, 1) + "百万円", int(round(out_mil * 1e6)), "yen", "outstanding", "actual", "total", 2024, "2024年度", DK, DR)
         + "と前年度から" + G.f(PAGE, fr(dout_mil, 1) + "百万円", -int(round(dout_mil * 1e6)), "yen", "difference", "actual", "total", 2024, "2024年度", DK, DR)
         + "減少した。一方で、被保険者の減少により調定額が縮小しており、所得の低い世帯の割合が高まっているため、"
           "滞納の早期把握と納付相談の充実が課題である。")
M(ws, f"A{r}:H{r + 2}", prose, h="left", v="top", size=9)
for i in range(3):
    H(ws, r + i, 17)
r += 4
M(ws, f"A{r}:H{r}", "４　取組内容", h="left", border=False, bold=True, height=18)
r += 1
KI = [("①", "口座振替の原則化を進め、加入時の口座登録を徹底する。", "継続"),
      ("②", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を毎月確認する。", "継続"),
      ("③", "財産調査の結果、差押可能な財産がある世帯は速やかに滞納処分を行う。", "拡充"),
      ("④", "資格喪失後の未納者に対し、納付案内と電話催告を組み合わせて早期に接触する。", "新規")]
M(ws, f"A{r}:H{r + 3}", "".join(f"{lab}{t}【{s}】" for lab, t, s in KI), h="left", v="top", size=9)
for i in range(4):
    H(ws, r + i, 17)
for lab, t, s in KI:
    G.init(PAGE, DK, 2025, "取組内容", lab, t, s, debt_raw=DR)
footer(ws, r + 5, 8, 4)

# ------------------------------------------------------------------ page 5: 介護保険料
ws = wb.create_sheet("介護")
setup(ws, [4, 12, 14, 14, 14, 2, 6, 11, 11, 11, 11])
PAGE = 5
M(ws, "A1:I1", "取組個票　（３）", h="left", border=False, bold=True, size=12, height=22)
M(ws, "J1:K1", "資料２", size=10)
M(ws, "A2:B2", "債権名", fill=GRAY, bold=True, height=20)
M(ws, "C2:E2", "介護保険料", bold=True)
W(ws, "G2", "所管課", fill=GRAY, bold=True)
M(ws, "H2:I2", "介護保険課")
W(ws, "J2", "債権区分", fill=GRAY, bold=True, size=8)
W(ws, "K2", "強制徴収公債権", size=7)
M(ws, "A4:K4", "１　収納状況（令和４年度～令和６年度決算）", h="left", border=False, bold=True, height=18)
Y3 = [2022, 2023, 2024]
EY = {2022: "令和4（2022）年度", 2023: "令和5（2023）年度", 2024: "令和6（2024）年度"}
RY = {2022: "R4", 2023: "R5", 2024: "R6"}
# left: metric in the row header, years as columns
M(ws, "A5:B5", "区分", fill=GRAY, bold=True, height=30)
for j, y in enumerate(Y3):
    W(ws, f"{get_column_letter(3 + j)}5", EY[y], fill=GRAY, bold=True, size=8)
M(ws, "A6:A7", "収納率", rot=255, size=7, fill=PALE)
for i, (seg, lab, k) in enumerate((("current", "現年度分", "cr"), ("arrears", "滞納繰越分", "ar"))):
    W(ws, f"B{6 + i}", lab, h="left")
    for j, y in enumerate(Y3):
        raw = fr(KAIGO[y][k])
        W(ws, f"{get_column_letter(3 + j)}{6 + i}", raw, h="right")
        G.f(PAGE, raw, KAIGO[y][k], "percent", "collection_rate", "actual", seg, y, EY[y], "介護保険料", "介護保険料")
    H(ws, 6 + i, 30)
# right: years as rows, metrics as columns (計)
W(ws, "G5", "年度", fill=GRAY, bold=True)
for col, t in zip("HIJK", ("調定額\n（千円）", "収入済額\n（千円）", "不納欠損額\n（千円）", "収入未済額\n（千円）")):
    W(ws, f"{col}5", t, fill=GRAY, bold=True, size=8)
for i, y in enumerate(Y3):
    rr = 6 + i
    W(ws, f"G{rr}", RY[y])
    d = KAIGO[y]
    for col, k, metric in zip("HIJK", ("ta", "tc", "wo", "out"), ("assessed", "collected", "written_off", "outstanding")):
        W(ws, f"{col}{rr}", c(d[k]), h="right")
        G.f(PAGE, c(d[k]), d[k] * 1000, "yen", metric, "actual", "total", y, RY[y], "介護保険料", "介護保険料")
    H(ws, rr, 30 if rr < 8 else 20)
M(ws, "A8:E8", "（単位：％）", h="right", border=False, size=7)
M(ws, "G9:K9", "※ 現年度分と滞納繰越分の合計", h="left", border=False, size=7)
r = 11
M(ws, f"A{r}:K{r}", "２　滞納段階別の対応", h="left", border=False, bold=True, height=18)
r += 1
M(ws, f"A{r}:C{r}", "段階", fill=GRAY, bold=True, height=18)
M(ws, f"D{r}:K{r}", "対応内容", fill=GRAY, bold=True)
STEPS = [("納期限後", "納期限後20日以内に督促状を送付し、未納が続く場合は翌月に文書催告を行う。"),
         ("滞納初期", "普通徴収の未納者に電話で納付を勧奨し、年金からの特別徴収に切り替わるまでの間の口座振替を勧める。"),
         ("滞納累積", "２期以上未納の被保険者に対し預貯金等の財産調査を行い、資力のある者には差押えを実施する。"),
         ("時効前", "時効が近い債権を毎月抽出し、給付制限の説明を添えて納付相談を呼びかける。")]
for lab, t in STEPS:
    r += 1
    M(ws, f"A{r}:C{r}", lab)
    M(ws, f"D{r}:K{r}", t, h="left", size=9)
    H(ws, r, 30)
    G.init(PAGE, "介護保険料", 2025, "滞納段階別の対応", lab, t, None)
r += 2
M(ws, f"A{r}:K{r}", "３　令和７年度の目標", h="left", border=False, bold=True, height=18)
tg = [("現年度分収納率", "current", 99.48), ("滞納繰越分収納率", "arrears", 24.50)]
for lab, seg, v in tg:
    r += 1
    M(ws, f"B{r}:K{r}", f"・{lab}　" + G.f(PAGE, fr(v) + "％", v, "percent", "collection_rate", "target", seg, 2025,
                                          "令和７年度", "介護保険料", "介護保険料"), h="left", border=False, height=18)
r += 1
k24 = KAIGO[2024]
M(ws, f"B{r}:K{r}", "・収入未済額　" + G.f(PAGE, c(58000) + "千円以下", 58000000, "yen", "outstanding", "target", "total", 2025,
                                         "令和７年度", "介護保険料", "介護保険料")
  + "（令和６年度 " + G.f(PAGE, c(k24["out"]) + "千円", k24["out"] * 1000, "yen", "outstanding", "actual", "total", 2024,
                        "令和６年度", "介護保険料", "介護保険料") + "）", h="left", border=False, height=18)
r += 2
k23 = KAIGO[2023]
M(ws, f"A{r}:K{r}", "４　現状分析", h="left", border=False, bold=True, height=18)
r += 1
dd = k24["out"] - k23["out"]
txt = ("令和６年度の収入未済額は" + G.f(PAGE, c(k24["out"]) + "千円", k24["out"] * 1000, "yen", "outstanding", "actual", "total", 2024, "令和６年度", "介護保険料", "介護保険料")
       + "で、前年度から" + G.f(PAGE, c(-dd) + "千円", dd * 1000, "yen", "difference", "actual", "total", 2024, "令和６年度", "介護保険料", "介護保険料")
       + "減少した。滞納繰越分の収納率は" + G.f(PAGE, fr(k24["ar"]) + "％", k24["ar"], "percent", "collection_rate", "actual", "arrears", 2024, "令和６年度", "介護保険料", "介護保険料")
       + "と３年連続で上昇したが、普通徴収の被保険者のうち、年金額が少なく特別徴収とならない方の未納が多く、"
         "給付制限の対象となる方も増えていることから、早期の納付相談が課題である。")
M(ws, f"A{r}:K{r + 2}", txt, h="left", v="top", size=9)
for i in range(3):
    H(ws, r + i, 17)
footer(ws, r + 4, 11, 5)

# ------------------------------------------------------------------ page 6: 保育料 + 児童クラブ
ws = wb.create_sheet("保育料")
setup(ws, [11, 11, 15, 15, 10, 15])
PAGE = 6
M(ws, "A1:F1", "取組個票（保育料）", h="left", border=False, bold=True, size=12, height=22)
W(ws, "A2", "債権名", fill=GRAY, bold=True, height=20)
W(ws, "B2", "保育料")
W(ws, "C2", "所管課", fill=GRAY, bold=True)
W(ws, "D2", "こども保育課")
W(ws, "E2", "債権区分", fill=GRAY, bold=True, size=8)
W(ws, "F2", "強制徴収公債権", size=8)
M(ws, "A4:F4", "１　保育料の収納状況", h="left", border=False, bold=True, height=18)
r = 5
for col, t in zip("ABCDEF", ("年度", "区分", "調定額（円）", "収入済額（円）", "収納率（％）", "収入未済額（円）")):
    W(ws, f"{col}{r}", t, fill=GRAY, bold=True, size=8)
H(ws, r, 18)
HY = {2022: "令和４年度", 2023: "令和５年度", 2024: "令和６年度"}
zebra = False
for y in (2022, 2023, 2024):
    d = HOIKU_Y[y]
    for seg, lab, ka, kc, kr in (("current", "現年度分", "ca", "cc", "cr"), ("arrears", "滞納繰越分", "aa", "ac", "ar")):
        r += 1
        fill = LIGHT if zebra else None
        zebra = not zebra
        out_seg = d["cur_out"] if seg == "current" else d["aa"] - d["ac"] - d["wo"]
        W(ws, f"A{r}", HY[y], fill=fill, border=False)
        W(ws, f"B{r}", lab, fill=fill, border=False)
        for col, raw, val, unit, metric in (("C", c(d[ka]), d[ka], "yen", "assessed"), ("D", c(d[kc]), d[kc], "yen", "collected"),
                                            ("E", fr(d[kr]), d[kr], "percent", "collection_rate"),
                                            ("F", c(out_seg), out_seg, "yen", "outstanding")):
            W(ws, f"{col}{r}", raw, h="right", fill=fill, border=False)
            G.f(PAGE, raw, val, unit, metric, "actual", seg, y, HY[y], "保育料", "保育料")
        H(ws, r, 17)
M(ws, f"A{r + 1}:F{r + 1}", "※ 滞納繰越分の収入未済額は不納欠損額を控除した額", h="left", border=False, size=7)
r += 3
M(ws, f"A{r}:F{r}", "【参考】放課後児童クラブ利用料の収納状況", h="left", border=False, bold=True, height=18)
r += 1
for col, t in zip("ABCDEF", ("年度", "区分", "調定額（千円）", "収入済額（千円）", "収納率（％）", "不納欠損額（千円）")):
    W(ws, f"{col}{r}", t, fill=GRAY, bold=True, size=8)
H(ws, r, 18)
zebra = False
CK, CR = "放課後児童クラブ利用料", "放課後児童クラブ利用料"
for y in (2023, 2024):
    d = CLUB[y]
    for seg, lab, ka, kc, kr in (("current", "現年度分", "ca", "cc", "cr"), ("arrears", "滞納繰越分", "aa", "ac", "ar")):
        r += 1
        fill = LIGHT if zebra else None
        zebra = not zebra
        W(ws, f"A{r}", HY[y], fill=fill, border=False)
        W(ws, f"B{r}", lab, fill=fill, border=False)
        cells = [("C", c(d[ka]), d[ka] * 1000, "yen", "assessed"), ("D", c(d[kc]), d[kc] * 1000, "yen", "collected"),
                 ("E", fr(d[kr]), d[kr], "percent", "collection_rate")]
        if seg == "arrears":
            cells.append(("F", c(d["wo"]), d["wo"] * 1000, "yen", "written_off"))
        else:
            W(ws, f"F{r}", "－", fill=fill, border=False)
        for col, raw, val, unit, metric in cells:
            W(ws, f"{col}{r}", raw, h="right", fill=fill, border=False)
            G.f(PAGE, raw, val, unit, metric, "actual", seg if metric != "written_off" else "arrears", y, HY[y], CK, CR)
        H(ws, r, 17)
r += 2
M(ws, f"A{r}:F{r}", "２　今後の対応", h="left", border=False, bold=True, height=18)
HI = ["入園手続の際に口座振替の登録を必須とし、振替不能者には翌月の保育料と併せた納付を案内する。",
      "児童手当からの特別徴収について、滞納がある世帯に申出の同意を求める。",
      "退園後の滞納者には、勤務先の把握と財産調査を行い、必要に応じて滞納処分を行う。",
      "児童クラブ利用料は、未納が２か月続いた時点で保護者面談を行い、利用継続の条件として分納計画を確認する。"]
for i, t in enumerate(HI):
    r += 1
    M(ws, f"A{r}:F{r}", "・" + t, h="left", border=False, size=9, v="top")
    H(ws, r, 28)
    if i < 3:
        G.init(PAGE, "保育料", 2025, "今後の対応", "・", t, None)
    else:
        G.init(PAGE, CK, 2025, "今後の対応", "・", t, None, debt_raw=CR)
footer(ws, r + 2, 6, 6)

# ------------------------------------------------------------------ page 7: landscape summary
ws = wb.create_sheet("一覧")
setup(ws, [22, 13, 13, 13, 13, 13, 13, 13], landscape=True)
PAGE = 7
M(ws, "A1:H1", "表　主要債権の収納状況一覧（令和５年度・令和６年度決算）", h="left", border=False, bold=True, size=12, height=24)
M(ws, "A2:H2", "（各欄上段：収入済額（千円）、下段：収納率）", h="right", border=False, size=8, height=14)
M(ws, "A3:A4", "債権名", fill=GRAY, bold=True)
M(ws, "B3:D3", "令和５年度", fill=GRAY, bold=True)
M(ws, "E3:G3", "令和６年度", fill=GRAY, bold=True)
M(ws, "H3:H4", "収入未済額の\n前年度比\n（千円）", fill=GRAY, bold=True, size=8)
H(ws, 3, 18)
for col, t in zip("BCDEFG", ("現年度分", "滞納繰越分", "収入未済額\n（千円）") * 2):
    W(ws, f"{col}4", t, fill=GRAY, bold=True, size=8)
H(ws, 4, 26)
r = 4
zebra = False
for name, canon, dd in SUMMARY + [("合計", None, TOT)]:
    r += 1
    fill = LIGHT if zebra else None
    zebra = not zebra
    bold = canon is None and name == "合計"
    W(ws, f"A{r}", name, h="left" if not bold else "center", fill=fill, bold=bold, size=9)
    for y, cols in ((2023, "BCD"), (2024, "EFG")):
        d = dd[y]
        for col, seg, kc, kr in ((cols[0], "current", "cc", "cr"), (cols[1], "arrears", "ac", "ar")):
            W(ws, f"{col}{r}", c(d[kc]) + "\n" + fr(d[kr]), h="right", fill=fill, bold=bold)
            G.f(PAGE, c(d[kc]), d[kc] * 1000, "yen", "collected", "actual", seg, y, f"令和{y - 2018}年度", canon, name)
            G.f(PAGE, fr(d[kr]), d[kr], "percent", "collection_rate", "actual", seg, y, f"令和{y - 2018}年度", canon, name)
        W(ws, f"{cols[2]}{r}", c(d["out"]), h="right", fill=fill, bold=bold)
        G.f(PAGE, c(d["out"]), d["out"] * 1000, "yen", "outstanding", "actual", "total", y, f"令和{y - 2018}年度", canon, name)
    diff = dd[2024]["out"] - dd[2023]["out"]
    raw = tri(diff, mark="▲")
    W(ws, f"H{r}", raw, h="right", fill=fill, bold=bold)
    G.f(PAGE, raw, diff * 1000, "yen", "difference", "actual", "total", 2024, "前年度比", canon, name)
    H(ws, r, 28)
M(ws, f"A{r + 1}:H{r + 1}", "※ 保育料は円単位の決算額を千円未満四捨五入。▲は減少。収納率は小数点以下第３位を四捨五入。",
  h="left", border=False, size=8, height=14)
M(ws, f"A{r + 2}:H{r + 2}", "出典：白山市各会計歳入歳出決算書、各所管課の収納状況報告（令和５年度・令和６年度）",
  h="left", border=False, size=8, height=14)
footer(ws, r + 4, 8, 7)

# ------------------------------------------------------------------ build
WORK.mkdir(parents=True, exist_ok=True)
xlsx = WORK / f"{STEM}.xlsx"
wb.save(xlsx)
pdf = soffice_pdf(xlsx, WORK)
PDF_DIR.mkdir(parents=True, exist_ok=True)
(PDF_DIR / f"{STEM}.pdf").write_bytes(pdf.read_bytes())
G.write()
