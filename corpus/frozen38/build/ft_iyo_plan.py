"""ft_iyo_plan_1: 伊予市 市税等徴収計画 (openpyxl -> LibreOffice). Run from corpus/frozen38."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402
from openpyxl.worksheet.pagebreak import Break, ColBreak, RowBreak  # noqa: E402

from ft_common import PDF_DIR, WORK, Gold, c, check, zen  # noqa: E402
from ft_data import series, total  # noqa: E402
from ft_docx import to_pdf  # noqa: E402

STEM = "ft_iyo_plan_1"
CITY = "伊予市"
g = Gold(STEM, "plan", "suishin", CITY, "伊予市市税等徴収計画（令和6年度～令和8年度）", "2024-04-01", "令和6年4月")
YEARS = list(range(2017, 2024))
DEBTS = [
    ("市税", "市税", "税務課", dict(seed=41, ca0=3810000, cr=98.4, aa0=236000, ar=17.0, wr=0.06)),
    ("国民健康保険税", "国保税", "税務課", dict(seed=42, ca0=905000, cr=92.8, aa0=262000, ar=15.0, wr=0.07, growth=-0.02)),
    ("介護保険料", "介護保険料", "長寿介護課", dict(seed=43, ca0=702000, cr=98.6, aa0=17200, ar=14.0, wr=0.18)),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "市民課", dict(seed=44, ca0=362000, cr=99.2, aa0=4600, ar=30.0, wr=0.10)),
    ("保育料", "保育料", "子育て支援課", dict(seed=45, ca0=118000, cr=97.9, aa0=10400, ar=14.0, wr=0.06, growth=-0.10)),
    ("市営住宅使用料", "市営住宅使用料", "都市住宅課", dict(seed=46, ca0=88000, cr=95.9, aa0=24600, ar=10.0, wr=0.03, growth=-0.01)),
]
S = {n: series(years=YEARS, **p) for n, s, dep, p in DEBTS}
NAMES = [n for n, *_ in DEBTS]
SHORT = {n: s for n, s, *_ in DEBTS}
DEP = {n: dep for n, s, dep, _ in DEBTS}
T = {y: total([S[n][y] for n in NAMES]) for y in YEARS}

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HFILL = PatternFill("solid", fgColor="DCE6F1")
SFILL = PatternFill("solid", fgColor="F2F2F2")


def put(ws, ref, v, size=9, bold=False, h="left", v_="center", fill=None, border=True, wrap=False, rot=0):
    cl = ws[ref]
    cl.value = v
    cl.font = Font(name="IPAexGothic", size=size, bold=bold)
    cl.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap, text_rotation=rot)
    if fill:
        cl.fill = fill
    if border:
        cl.border = BOX
    return cl


def merge(ws, rng, v, **kw):
    ws.merge_cells(rng)
    first = rng.split(":")[0]
    put(ws, first, v, **kw)
    if kw.get("border", True):
        from openpyxl.utils.cell import range_boundaries
        c1, r1, c2, r2 = range_boundaries(rng)
        for r in range(r1, r2 + 1):
            for cc in range(c1, c2 + 1):
                ws.cell(r, cc).border = BOX


def colw(ws, widths):
    from openpyxl.utils import get_column_letter
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def setup(ws, landscape=False, scale=100, fit=False):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.scale = scale
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.6
    ws.sheet_view.showGridLines = False
    if fit:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0


def pct(v):
    return f"{v:.2f}"


wb = Workbook()
# ------------------------------------------------------------------ sheet 1: 総括 (page 1)
PG = 1
ws = wb.active
ws.title = "総括"
setup(ws, fit=True)
colw(ws, [16, 13, 13, 13, 13, 13, 13])
merge(ws, "A1:G1", "伊予市市税等徴収計画（令和６年度～令和８年度）", size=14, bold=True, h="center", border=False)
merge(ws, "A2:G2", "令和６年４月　伊予市総務部税務課", size=9.5, h="right", border=False)
merge(ws, "A4:G4", "１　計画の趣旨", size=11, bold=True, border=False)
merge(ws, "A5:G8", "　本市では、平成29年度（2017年度）から市税等の徴収計画を定め、税務課と各債権所管課が連携して収納率の向上と"
      "収入未済額の縮減に取り組んできました。令和二年度以降は新型コロナウイルス感染症の影響による徴収猶予もありましたが、"
      "令和４年度決算では市税全体の収納率が計画策定以来最も高い水準となりました。本計画は、これまでの取組を継続しつつ、"
      "令和６年度から令和８年度までの３年間の目標と方策を定めるものです。", size=9.5, wrap=True, v_="top", border=False)
for r in range(5, 9):
    ws.row_dimensions[r].height = 22
merge(ws, "A10:G10", "２　主要債権の収納率（令和４年度決算・全角表示）", size=11, bold=True, border=False)
put(ws, "G11", "（単位：％）", size=8.5, h="right", border=False)
hdrs = ["債権名", "現年度分", "滞納繰越分", "合計", "前年度合計", "差", "備考"]
for j, h in enumerate(hdrs):
    put(ws, f"{'ABCDEFG'[j]}12", h, 9, True, "center", fill=HFILL)
r = 13
for n in NAMES:
    d4, d3 = S[n][2022], S[n][2021]
    put(ws, f"A{r}", SHORT[n], 9)
    for col, seg, k, yr, fyr in [("B", "current", "cr", 2022, "令和４年度"), ("C", "arrears", "ar", 2022, "令和４年度"),
                                 ("D", "total", "tr", 2022, "令和４年度"), ("E", "total", "tr", 2021, "前年度")]:
        v = (d4 if yr == 2022 else d3)[k]
        s = zen(pct(v))
        put(ws, f"{col}{r}", s, 9, h="right")
        g.fact(PG, n, SHORT[n], yr, fyr, seg, "collection_rate", "actual", v, "percent", s)
    df = round(d4["tr"] - d3["tr"], 2)
    s = ("▲" if df < 0 else "") + zen(f"{abs(df):.2f}")
    put(ws, f"F{r}", s, 9, h="right")
    g.fact(PG, n, SHORT[n], 2022, "令和４年度", "total", "difference", "actual", df, "points", s)
    put(ws, f"G{r}", "－" if n != "市税" else "※", 9, h="center")
    r += 1
put(ws, f"A{r}", "※ 市税は法人市民税の大口滞納案件を含む。差の▲は低下を示す。", 8.5, border=False)
r += 2
t4, t3 = T[2022], T[2021]
oku = round(t4["to"] / 100000, 1)
box = (f"【参考】令和４年度決算（全債権）\n・収入未済額：約{oku}億円\n・不納欠損額：{c(t4['tw'])}千円\n"
       f"・前年度の収入未済額：{c(t3['to'])}千円")
merge(ws, f"A{r}:G{r + 4}", box, size=9.5, wrap=True, v_="top")
g.fact(PG, None, "全債権", 2022, "令和４年度", "total", "outstanding", "actual", round(oku * 100000000), "yen", f"約{oku}億円", approx=True)
g.fact(PG, None, "全債権", 2022, "令和４年度", "total", "written_off", "actual", t4["tw"] * 1000, "yen", f"{c(t4['tw'])}千円")
g.fact(PG, None, "全債権", 2021, "前年度", "total", "outstanding", "actual", t3["to"] * 1000, "yen", f"{c(t3['to'])}千円")
for rr in range(r, r + 5):
    ws.row_dimensions[rr].height = 16
r += 6
merge(ws, f"A{r}:G{r}", "３　計画の構成", size=11, bold=True, border=False)
merge(ws, f"A{r + 1}:G{r + 3}", "　債権別の収納状況の推移（２頁）、市税の地域別収納状況（４頁）及び債権ごとの推進シート（５頁以降）で構成する。"
      "推進シートでは、令和５年度の目標に対する見込みと達成率を示した上で、各年度の目標と具体的な方策を定める。",
      size=9.5, wrap=True, v_="top", border=False)
for rr in range(r + 1, r + 4):
    ws.row_dimensions[rr].height = 18

# ------------------------------------------------------------------ sheet 2: wide multi-year table (pages 2-3)
ws = wb.create_sheet("推移")
setup(ws, landscape=True, scale=78)
YL = [(2017, "H29"), (2018, "H30"), (2019, "令和元年度"), (2020, "令和二年度"), (2021, "3年度"), (2022, "R4"), (2023, "R5見込")]
colw(ws, [17, 6] + [9, 9, 7] * 7)
put(ws, "C1", "４　債権別収納状況の推移（平成29年度～令和５年度）", size=12, bold=True, border=False)
put(ws, "K2", "（単位：百万円、％）", 8.5, h="right", border=False)
put(ws, "T2", "（単位：百万円、％）", 8.5, h="right", border=False)
merge(ws, "A3:A4", "債権名", size=9, bold=True, h="center", fill=HFILL)
merge(ws, "B3:B4", "区分", size=9, bold=True, h="center", fill=HFILL)
from openpyxl.utils import get_column_letter as L  # noqa: E402
for i, (y, lab) in enumerate(YL):
    c0 = 3 + i * 3
    merge(ws, f"{L(c0)}3:{L(c0 + 2)}3", lab, size=9, bold=True, h="center", fill=HFILL)
    for k, h in enumerate(["調定額", "収入済額", "収納率"]):
        put(ws, f"{L(c0 + k)}4", h, 8.5, True, "center", fill=HFILL)
row = 5
pages_for_year = {}
for i, (y, lab) in enumerate(YL):
    pages_for_year[y] = 2 if i < 4 else 3
for n in NAMES:
    merge(ws, f"A{row}:A{row + 2}", SHORT[n], size=9, h="center")
    for s_i, (seg_lab, seg, ks) in enumerate([("現年", "current", ("ca", "cc", "cr")), ("滞繰", "arrears", ("aa", "ac", "ar")),
                                               ("計", "total", ("ta", "tc", "tr"))]):
        rr = row + s_i
        put(ws, f"B{rr}", seg_lab, 9, h="center", fill=SFILL if seg == "total" else None)
        for i, (y, lab) in enumerate(YL):
            dd = S[n][y]
            basis = "estimate" if y == 2023 else "actual"
            for k, key in enumerate(ks):
                v = dd[key]
                if k == 2:
                    s, val, unit, met = pct(v), v, "percent", "collection_rate"
                else:
                    s = f"{v / 1000:,.1f}"
                    val, unit, met = round(round(v / 1000, 1) * 1000000), "yen", ["assessed", "collected"][k]
                put(ws, f"{L(3 + i * 3 + k)}{rr}", s, 8.5, h="right", fill=SFILL if seg == "total" else None)
                g.fact(pages_for_year[y], n, SHORT[n], y, lab, seg, met, basis, val, unit, s)
    row += 3
put(ws, f"C{row}", "※ 区分の「滞繰」は滞納繰越分。令和５年度は令和６年２月末実績に基づく見込。", 8.5, border=False)
ws.print_title_cols = "A:B"
ws.col_breaks.append(Break(id=14))  # after column N (4 years on the first page)

# ------------------------------------------------------------------ sheet 3: 地域別 + other orientation (page 4)
PG = 4
ws = wb.create_sheet("地域別")
setup(ws, landscape=True, fit=True)
colw(ws, [14, 13, 13, 9, 13, 13, 9, 3, 16, 13, 13, 13])
merge(ws, "A1:L1", "５　市税の地域別収納状況（令和４年度決算）", size=12, bold=True, border=False)
put(ws, "G2", "（単位：千円、％）", 8.5, h="right", border=False)
merge(ws, "A3:A4", "地域", size=9, bold=True, h="center", fill=HFILL)
merge(ws, "B3:D3", "現年度分", size=9, bold=True, h="center", fill=HFILL)
merge(ws, "E3:G3", "滞納繰越分", size=9, bold=True, h="center", fill=HFILL)
for j, h in enumerate(["調定額", "収入済額", "収納率"] * 2):
    put(ws, f"{'BCDEFG'[j]}4", h, 8.5, True, "center", fill=HFILL)
tax = S["市税"][2022]
SHARE = [("伊予地域", 0.782, 0.004, -1.2), ("中山地域", 0.121, -0.05, 2.6), ("双海地域", None, None, None)]
parts = []
acc = {"ca": 0, "cc": 0, "aa": 0, "ac": 0}
for i, (area, sh, dc, da) in enumerate(SHARE):
    if sh is None:
        p = {k: tax[k] - acc[k] for k in acc}
    else:
        ca = round(tax["ca"] * sh)
        aa = round(tax["aa"] * (sh - 0.03 if i == 0 else sh + 0.02))
        p = {"ca": ca, "cc": round(ca * (tax["cr"] + dc) / 100), "aa": aa, "ac": round(aa * (tax["ar"] + da) / 100)}
        for k in acc:
            acc[k] += p[k]
    p["cr"] = round(p["cc"] * 100 / p["ca"], 2)
    p["ar"] = round(p["ac"] * 100 / p["aa"], 2)
    parts.append((area, p))
parts.append(("計", dict(ca=tax["ca"], cc=tax["cc"], aa=tax["aa"], ac=tax["ac"], cr=tax["cr"], ar=tax["ar"])))
for i, (area, p) in enumerate(parts):
    rr = 5 + i
    put(ws, f"A{rr}", area, 9, h="center", fill=SFILL if area == "計" else None)
    for j, (seg, met, k) in enumerate([("current", "assessed", "ca"), ("current", "collected", "cc"), ("current", "collection_rate", "cr"),
                                        ("arrears", "assessed", "aa"), ("arrears", "collected", "ac"), ("arrears", "collection_rate", "ar")]):
        v = p[k]
        s = pct(v) if met == "collection_rate" else c(v)
        put(ws, f"{'BCDEFG'[j]}{rr}", s, 9, h="right", fill=SFILL if area == "計" else None)
        g.fact(PG, "市税", "市税", 2022, "令和４年度", seg, met, "actual", v if met == "collection_rate" else v * 1000,
               "percent" if met == "collection_rate" else "yen", s, area=None if area == "計" else area)
put(ws, "A9", "※ 地域は納税義務者の住所地による（中山・双海は各地域事務所で収納）。", 8.5, border=False)
# right: 国保税 with metrics as row headers, years as columns
merge(ws, "I3:L3", "国民健康保険税（現年度分）", size=9, bold=True, h="center", fill=HFILL)
put(ws, "I4", "項目", 8.5, True, "center", fill=HFILL)
for j, (y, lab) in enumerate([(2020, "令和２年度"), (2021, "令和３年度"), (2022, "令和４年度")]):
    put(ws, f"{'JKL'[j]}4", lab, 8.5, True, "center", fill=HFILL)
for i, (lab, met, k) in enumerate([("調定額（千円）", "assessed", "ca"), ("収入済額（千円）", "collected", "cc"),
                                    ("収入未済額（千円）", "outstanding", "co"), ("収納率（％）", "collection_rate", "cr")]):
    rr = 5 + i
    put(ws, f"I{rr}", lab, 8.5)
    for j, (y, fyr) in enumerate([(2020, "令和２年度"), (2021, "令和３年度"), (2022, "令和４年度")]):
        v = S["国民健康保険税"][y][k]
        s = pct(v) if met == "collection_rate" else c(v)
        put(ws, f"{'JKL'[j]}{rr}", s, 9, h="right")
        g.fact(PG, "国民健康保険税", "国民健康保険税", y, fyr, "current", met, "actual",
               v if met == "collection_rate" else v * 1000, "percent" if met == "collection_rate" else "yen", s)
merge(ws, "A11:L13", "　中山・双海地域は高齢化率が高く、年金からの特別徴収の割合が高いため現年度分の収納率は伊予地域と大きな差はない。"
      "一方、滞納繰越分は少額の長期案件が多く、地域事務所と連携した臨戸訪問を継続する。", size=9.5, wrap=True, v_="top", border=False)

# ------------------------------------------------------------------ sheet 4: 推進シート (pages 5-6)
ws = wb.create_sheet("推進シート")
setup(ws, landscape=False, fit=True)
colw(ws, [5, 11, 10, 7.5, 7.5, 7, 7.5, 7.5, 7.5, 7.5, 36])
merge(ws, "A1:K1", "６　推進シート（債権別の目標と方策）", size=12, bold=True, border=False)
put(ws, "K2", "収納率（％）", 8.5, h="right", border=False)
heads = [("A3:B4", "債権名"), ("C3:C4", "区分"), ("D3:F3", "令和５年度"), ("G3:G4", "R4実績"),
         ("H3:J3", "目標"), ("K3:K4", "具体的な方策")]
for rng, h in heads:
    merge(ws, rng, h, size=8.5, bold=True, h="center", fill=HFILL, wrap=True)
for j, h in enumerate(["目標", "見込", "達成率"]):
    put(ws, f"{'DEF'[j]}4", h, 8.5, True, "center", fill=HFILL)
for j, h in enumerate(["R6", "R7", "R8"]):
    put(ws, f"{'HIJ'[j]}4", h, 8.5, True, "center", fill=HFILL)
ws.print_title_rows = "3:4"
TG = {  # (R5 target cur, arr), R6-8 cur, R6-8 arr
    "市税": ((99.10, 24.00), (99.15, 99.20, 99.25), (25.00, 26.00, 27.00)),
    "国民健康保険税": ((94.20, 20.00), (94.40, 94.60, 94.80), (20.50, 21.00, 21.50)),
    "介護保険料": ((99.10, 19.00), (99.15, 99.20, 99.25), (19.50, 20.00, 20.50)),
    "後期高齢者医療保険料": ((99.50, 36.00), (99.55, 99.60, 99.65), (36.50, 37.00, 37.50)),
    "保育料": ((98.90, 19.00), (99.00, 99.10, 99.20), (20.00, 21.00, 22.00)),
    "市営住宅使用料": ((97.00, 15.00), (97.20, 97.40, 97.60), (15.50, 16.00, 16.50)),
}
MEAS = {
    "市税": ["①納期限後の早期督促と電話催告の徹底", "②預貯金調査の電子化による差押えの迅速化", "③えひめ滞納整理機構への高額案件の移管"],
    "国民健康保険税": ["①加入時の口座振替勧奨", "②短期証更新時の納付相談の実施", "③市税と一体の滞納処分"],
    "介護保険料": ["①普通徴収者への口座振替勧奨", "②時効到来前の個別催告"],
    "後期高齢者医療保険料": ["①年金特別徴収への切替え案内", "②督促状発送後１か月以内の電話催告"],
    "保育料": ["①児童手当からの申出徴収の案内", "②退所時の納付計画の確認"],
    "市営住宅使用料": ["①連帯保証人への履行請求", "②退去者に対する支払督促の申立て"],
}
row = 5
PAGE_OF = {"市税": 5, "国民健康保険税": 5, "介護保険料": 5, "後期高齢者医療保険料": 6, "保育料": 6, "市営住宅使用料": 6}
for n in NAMES:
    pg = PAGE_OF[n]
    (t5c, t5a), tc, ta = TG[n]
    d5, d4 = S[n][2023], S[n][2022]
    merge(ws, f"A{row}:A{row + 1}", SHORT[n], size=9, h="center", v_="center", wrap=True, rot=255)
    merge(ws, f"B{row}:B{row + 1}", DEP[n], size=8.5, h="center", wrap=True)
    for s_i, (seg, lab, k, t5, tl) in enumerate([("current", "現年度分", "cr", t5c, tc), ("arrears", "滞納繰越分", "ar", t5a, ta)]):
        rr = row + s_i
        put(ws, f"C{rr}", lab, 8.5, h="center")
        est = d5[k]
        ach = round(est / t5 * 100, 1)
        put(ws, f"D{rr}", pct(t5), 10, h="right")
        put(ws, f"E{rr}", pct(est), 10, h="right")
        put(ws, f"F{rr}", f"{ach:.1f}", 10, h="right")
        put(ws, f"G{rr}", pct(d4[k]), 10, h="right")
        g.fact(pg, n, SHORT[n], 2023, "令和５年度", seg, "collection_rate", "target", t5, "percent", pct(t5))
        g.fact(pg, n, SHORT[n], 2023, "令和５年度", seg, "collection_rate", "estimate", est, "percent", pct(est))
        g.fact(pg, n, SHORT[n], 2022, "R4", seg, "collection_rate", "actual", d4[k], "percent", pct(d4[k]))
        for j, v in enumerate(tl):
            put(ws, f"{'HIJ'[j]}{rr}", pct(v), 10, h="right")
            g.fact(pg, n, SHORT[n], 2024 + j, f"R{6 + j}", seg, "collection_rate", "target", v, "percent", pct(v))
    items = MEAS[n]
    merge(ws, f"K{row}:K{row + 1}", "\n".join(items), size=9.5, wrap=True, v_="top")
    for it in items:
        g.init(pg, n, 2024, "推進シート", it[0], it[1:], None)
    ws.row_dimensions[row].height = 44 + 10 * len(items)
    ws.row_dimensions[row + 1].height = 44 + 10 * len(items)
    row += 2
    if n == "介護保険料":
        ws.row_breaks.append(Break(id=row - 1))
put(ws, f"A{row}", "※ 達成率は見込÷目標×100。R4実績は決算値。", 8.5, border=False)

xp = WORK / f"{STEM}.xlsx"
wb.save(xp)
out = to_pdf(xp, PDF_DIR / f"{STEM}.pdf")
gp = g.write(out)
sys.exit(1 if check(out, gp) else 0)
