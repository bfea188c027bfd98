"""fu_tendo_plan_1: 天童市債権回収・整理計画（令和6年度～令和8年度）(openpyxl -> LibreOffice). Run from corpus/frozen39.
One worksheet prints as one page (fit to page)."""
import json
import shutil
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fu_common import Gold, ROOT, WORK, c, r2, rate, check, soffice_pdf  # noqa: E402

STEM = "fu_tendo_plan_1"
G = Gold(STEM, "plan", "plan", "天童市", "天童市債権回収・整理計画（令和6年度～令和8年度）", "2024-04-01", "令和6年4月1日")
FONT = "IPAexGothic"
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
ZEB = PatternFill("solid", fgColor="F2F2F2")


def seg(a, r, wo=0):
    col = round(a * r / 100)
    return {"a": a, "c": col, "w": wo, "o": a - col - wo}


def tot(*ss):
    return {k: sum(s[k] for s in ss) for k in "acwo"}


def rt(s):
    return rate(s["c"], s["a"])


YRS = [2017, 2018, 2019, 2020, 2021, 2022]
YR_LABEL = {2017: "H29（2017年度）", 2018: "H30", 2019: "令和元年度", 2020: "令和二年度", 2021: "3年度", 2022: "4年度"}
# canonical, printed ; 2022 base (yen): cur a, cur r, arr a, arr r, wo
DEBTS = [("市税", "市税", (8123456780, 99.18, 398765430, 24.60, 18765430)),
         ("国民健康保険税", "国民健康保険税", (1532145670, 94.31, 512345670, 22.80, 31234560)),
         ("介護保険料", "介護保険料", (1456789010, 99.02, 23456780, 21.30, 4567890)),
         ("後期高齢者医療保険料", "後期高齢者医療保険料", (712345670, 99.48, 4567890, 38.20, 345670)),
         ("下水道使用料", "下水道使用料", (1234567890, 98.85, 45678900, 30.10, 2345670))]
D = {}
for name, raw, (ca, cr, aa, ar, wo) in DEBTS:
    D[name] = {}
    for y in YRS:
        back = 2022 - y
        cu = seg(round(ca * (1 - 0.007 * back)), round(cr - 0.12 * back, 2))
        arr = seg(round(aa * (1 + 0.06 * back)), round(ar - 0.7 * back, 2), round(wo * (1 + 0.05 * back)))
        D[name][y] = {"current": cu, "arrears": arr, "total": tot(cu, arr)}

wb = Workbook()
wb.remove(wb.active)


def sheet(title, widths, landscape=False):
    ws = wb.create_sheet(title)
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = ws.page_margins.bottom = 0.7
    ws.oddFooter.center.text = "- &P -"
    ws.sheet_view.showGridLines = False
    return ws


def put(ws, ref, val, size=10, bold=False, box=False, fill=None, h=None, v="center", wrap=False, rot=None):
    cl = ws[ref]
    cl.value = val
    cl.font = Font(name=FONT, size=size, bold=bold)
    cl.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap, textRotation=rot or 0)
    if box:
        cl.border = BOX
    if fill:
        cl.fill = fill
    return cl


def boxrange(ws, rng):
    for row in ws[rng]:
        for cl in row:
            cl.border = BOX


COLS = "ABCDEFGHIJKLMN"
# ================= page 1: 総括 =================
G.page = 1
ws = sheet("総括", [16, 15, 15, 15, 15, 15, 15])
put(ws, "A1", "天童市債権回収・整理計画（令和6年度～令和8年度）", 15, True)
put(ws, "G2", "令和6年4月1日", 10, h="right")
put(ws, "G3", "天童市 総務部 収納課", 10, h="right")
put(ws, "A5", "１　計画の目的", 11, True)
ws.merge_cells("A6:G8")
put(ws, "A6", "市税及び税外収入の収入未済額の縮減と負担の公平性の確保を図るため、債権ごとの回収目標と整理の方針を定め、"
    "全庁で計画的に滞納整理を進めるものである。計画期間は令和6年度から令和8年度までの3年間とする。", 10, wrap=True, v="top")
put(ws, "A10", "２　主要債権の状況", 11, True)
put(ws, "A11", "表1　主要債権の状況（令和4年度決算、単位：円）", 10)
r0 = 12
put(ws, f"A{r0}", "区分", 9, True, True, HEAD, "center")
for j, (name, raw, _) in enumerate(DEBTS):
    put(ws, f"{COLS[j + 1]}{r0}", raw, 9, True, True, HEAD, "center", wrap=True)
ws.row_dimensions[r0].height = 30
for i, (k, m, lab) in enumerate((("a", "assessed", "調定額"), ("c", "collected", "収入済額"), ("w", "written_off", "不納欠損額"),
                                 ("o", "outstanding", "収入未済額"), (None, "collection_rate", "収納率"))):
    rr = r0 + 1 + i
    fill = ZEB if i % 2 else None
    put(ws, f"A{rr}", lab, 9, box=True, fill=fill)
    for j, (name, raw, _) in enumerate(DEBTS):
        s = D[name][2022]["total"]
        if k:
            val = G.f(c(s[k]), s[k], m, debt=name, debt_raw=raw, fy=2022, fy_raw="令和4年度")
        else:
            v_ = rt(s)
            val = G.f(r2(v_) + "%", v_, m, debt=name, debt_raw=raw, fy=2022, fy_raw="令和4年度")
        put(ws, f"{COLS[j + 1]}{rr}", val, 9, box=True, fill=fill, h="right")
put(ws, "A18", "※ 現年度分と滞納繰越分の合計。収納率＝収入済額÷調定額。", 8.5)
put(ws, "A20", "表2　収納率の推移（決算）", 10)
put(ws, "A21", "収納率（％）", 9, True, True, HEAD, "center")
for j, y in enumerate(YRS):
    put(ws, f"{COLS[j + 1]}21", YR_LABEL[y], 8.5, True, True, HEAD, "center", wrap=True)
ws.row_dimensions[21].height = 28
for i, (name, raw, _) in enumerate(DEBTS):
    rr = 22 + i
    fill = ZEB if i % 2 else None
    put(ws, f"A{rr}", raw, 8.5, box=True, fill=fill, wrap=True)
    ws.row_dimensions[rr].height = 26 if len(raw) > 8 else 16
    for j, y in enumerate(YRS):
        v_ = rt(D[name][y]["total"])
        put(ws, f"{COLS[j + 1]}{rr}", G.f(r2(v_), v_, "collection_rate", debt=name, debt_raw=raw, fy=y, fy_raw=YR_LABEL[y]), 9, box=True, fill=fill, h="right")
put(ws, "A27", "※ 3年度・4年度は令和3年度・令和4年度。平成29年度から令和4年度までの決算値。", 8.5)
put(ws, "A29", "３　計画の基本方針", 11, True)
ws.merge_cells("A30:G32")
put(ws, "A30", "現年度分の早期徴収を最優先とし、滞納繰越分は財産調査に基づく滞納処分と執行停止の判断を徹底する。"
    "私債権については法的措置を含めた回収手段を計画的に講じる。", 10, wrap=True, v="top")

# ================= page 2 & 3: wide table split by columns =================
OUT = {name: {y: D[name][y]["total"]["o"] for y in YRS} for name, _, _ in DEBTS}
EST = {name: round(OUT[name][2022] * 0.965) for name, _, _ in DEBTS}
TGT = {name: [round(OUT[name][2022] * f) for f in (0.93, 0.895, 0.86)] for name, _, _ in DEBTS}

G.page = 2
ws = sheet("推移1", [22, 14, 14, 14, 14, 14])
put(ws, "A1", "４　収入未済額の推移と目標", 12, True)
put(ws, "A2", "表3　債権別収入未済額の推移（単位：千円）", 10)
put(ws, "A3", "債権名", 9, True, True, HEAD, "center")
for j, y in enumerate(YRS[:5]):
    put(ws, f"{COLS[j + 1]}3", YR_LABEL[y] + "\n決算", 8.5, True, True, HEAD, "center", wrap=True)
ws.row_dimensions[3].height = 30
for i, (name, raw, _) in enumerate(DEBTS):
    rr = 4 + i
    put(ws, f"A{rr}", raw, 9, box=True)
    for j, y in enumerate(YRS[:5]):
        v_ = round(OUT[name][y] / 1000)
        put(ws, f"{COLS[j + 1]}{rr}", G.f(c(v_), v_ * 1000, "outstanding", debt=name, debt_raw=raw, fy=y, fy_raw=YR_LABEL[y]), 9, box=True, h="right")
rr = 4 + len(DEBTS)
put(ws, f"A{rr}", "合計", 9, True, True, ZEB)
for j, y in enumerate(YRS[:5]):
    v_ = sum(round(OUT[n][y] / 1000) for n, _, _ in DEBTS)
    put(ws, f"{COLS[j + 1]}{rr}", G.f(c(v_), v_ * 1000, "outstanding", debt_raw="合計", fy=y, fy_raw=YR_LABEL[y]), 9, True, True, ZEB, "right")
put(ws, f"A{rr + 1}", "（次ページへ続く）", 9)
put(ws, f"A{rr + 3}", "※ 千円未満を四捨五入しているため、合計と内訳の計が一致しない場合がある。", 8.5)
put(ws, f"A{rr + 5}", "市税の収入未済額は平成29年度以降減少を続けている一方、国民健康保険税は被保険者数の減少に伴い", 9.5)
put(ws, f"A{rr + 6}", "調定額が縮小する中で、滞納繰越分の比率が高い状態が続いている。", 9.5)

G.page = 3
ws = sheet("推移2", [22, 14, 14, 14, 14, 14, 16])
put(ws, "A1", "表3　債権別収入未済額の推移（単位：千円）（前ページからの続き）", 10)
heads = ["債権名", "4年度\n決算", "5年度\n決算見込", "6年度\n目標", "7年度\n目標", "8年度\n目標", "差（8年度目標\n－4年度決算）"]
for j, hd in enumerate(heads):
    put(ws, f"{COLS[j]}2", hd, 8.5, True, True, HEAD, "center", wrap=True)
ws.row_dimensions[2].height = 32
for i, (name, raw, _) in enumerate(DEBTS):
    rr = 3 + i
    put(ws, f"A{rr}", raw, 9, box=True)
    v4 = round(OUT[name][2022] / 1000)
    vals = [(v4, "actual", 2022, "4年度"), (round(EST[name] / 1000), "estimate", 2023, "5年度"),
            (round(TGT[name][0] / 1000), "target", 2024, "6年度"), (round(TGT[name][1] / 1000), "target", 2025, "7年度"),
            (round(TGT[name][2] / 1000), "target", 2026, "8年度")]
    for j, (v_, b, y, yr) in enumerate(vals):
        put(ws, f"{COLS[j + 1]}{rr}", G.f(c(v_), v_ * 1000, "outstanding", debt=name, debt_raw=raw, fy=y, fy_raw=yr, basis=b), 9, box=True, h="right")
    d = vals[4][0] - v4
    put(ws, f"G{rr}", G.f("▲" + f"{abs(d):,}", d * 1000, "difference", debt=name, debt_raw=raw, fy=2026, fy_raw="8年度", basis="target"), 9, box=True, h="right")
put(ws, "A9", "※ 5年度は令和5年度決算見込、6～8年度は本計画の目標値。▲は減少。", 8.5)
# boxed table with caption and source
put(ws, "A11", "表4　滞納整理の状況（市税・国民健康保険税）", 10, True)
heads = ["区分", "令和3年度", "令和4年度", "前年度比"]
for j, hd in enumerate(heads):
    put(ws, f"{COLS[j]}12", hd, 9, True, True, HEAD, "center")
rows4 = [("滞納者数（人）", 2615, 2488, "delinquents"), ("差押件数（件）", 1032, 1108, None), ("執行停止件数（件）", 214, 236, None)]
for i, (lab, a_, b_, m) in enumerate(rows4):
    rr = 13 + i
    put(ws, f"A{rr}", lab, 9, box=True)
    if m:
        put(ws, f"B{rr}", G.f(f"{a_:,}", a_, m, fy=2021, fy_raw="令和3年度", unit="persons"), 9, box=True, h="right")
        put(ws, f"C{rr}", G.f(f"{b_:,}", b_, m, fy=2022, fy_raw="令和4年度", unit="persons"), 9, box=True, h="right")
    else:
        put(ws, f"B{rr}", f"{a_:,}", 9, box=True, h="right")
        put(ws, f"C{rr}", f"{b_:,}", 9, box=True, h="right")
    d = b_ - a_
    ds = (f"{d:,}" if d >= 0 else f"▲{abs(d):,}")
    if m:
        ds = G.f(ds, d, "difference", fy=2022, fy_raw="令和4年度", unit="persons")
    put(ws, f"D{rr}", ds, 9, box=True, h="right")
thick = Side(style="medium", color="000000")
for rr in range(12, 16):
    ws[f"A{rr}"].border = Border(left=thick, right=thin, top=thick if rr == 12 else thin, bottom=thick if rr == 15 else thin)
    ws[f"D{rr}"].border = Border(right=thick, left=thin, top=thick if rr == 12 else thin, bottom=thick if rr == 15 else thin)
    for col in "BC":
        ws[f"{col}{rr}"].border = Border(left=thin, right=thin, top=thick if rr == 12 else thin, bottom=thick if rr == 15 else thin)
put(ws, "A16", "出典：天童市収納課 滞納整理実績報告（各年度末現在）", 8.5)

# ================= pages 4-6: 推進シート =================
SHEETS = [
    ("市税", "市税", "総務部 収納課", [
        "①現年度分の未納者に対し、納期限後1か月以内に文書と電話による催告を行う。【継続】",
        "②預貯金・給与の差押えを中心に、財産調査から処分までの期間を短縮する。【継続】",
        "③山形県滞納整理推進機構への引継ぎ案件を拡大し、高額滞納の圧縮を図る。【拡充】",
        "④納付書へのQRコード印字によるキャッシュレス納付を周知する。【新規】"]),
    ("国民健康保険税", "国民健康保険税", "市民部 保険給付課・総務部 収納課", [
        "①資格取得の届出時に口座振替の申込みを勧奨する。【継続】",
        "②短期被保険者証の交付時に納付相談を行い、分納計画を作成する。【継続】",
        "③財産のない生活困窮世帯は執行停止とし、滞納繰越額の適正化を図る。【拡充】"]),
    ("下水道使用料", "下水道使用料", "建設部 上下水道課", [
        "①水道料金と一括で督促し、給水停止予告と連動した催告を行う。【継続】",
        "②転出者の未納分について、住所調査のうえ支払督促を申し立てる。【新規】",
        "③時効期間（5年）を経過する債権を毎年度抽出し、放棄の要否を判断する。"]),
]
for si, (name, raw, div, items) in enumerate(SHEETS):
    G.page = 4 + si
    ws = sheet(f"推進シート{si + 1}", [6, 16, 13, 13, 13, 13, 13])
    put(ws, "A1", f"５　推進シート（{si + 1}）", 12, True)
    ws.merge_cells("A2:D2")
    put(ws, "A2", f"債権名　{raw}", 11, True, True, HEAD)
    boxrange(ws, "A2:D2")
    ws.merge_cells("E2:G2")
    put(ws, "E2", f"所管課　{div}", 9.5, False, True)
    boxrange(ws, "E2:G2")
    # two headings side by side: 決算 | 目標
    ws.merge_cells("C4:D4")
    put(ws, "C4", "決算", 9.5, True, True, HEAD, "center")
    ws.merge_cells("E4:G4")
    put(ws, "E4", "目標", 9.5, True, True, HEAD, "center")
    boxrange(ws, "C4:G4")
    ws.merge_cells("A4:B5")
    put(ws, "A4", "区分", 9, True, True, HEAD, "center")
    boxrange(ws, "A4:B5")
    for j, (y, lab) in enumerate(((2021, "令和3年度"), (2022, "令和4年度"), (2024, "令和6年度"), (2025, "令和7年度"), (2026, "令和8年度"))):
        put(ws, f"{COLS[j + 2]}5", lab, 9, True, True, HEAD, "center")
    ws.merge_cells("A6:A8")
    put(ws, "A6", "収納率", 9.5, True, True, HEAD, "center", rot=255)
    boxrange(ws, "A6:A8")
    base = D[name][2022]
    tg = {"current": [round(rt(base["current"]) + d, 2) for d in (0.04, 0.08, 0.12)],
          "arrears": [round(rt(base["arrears"]) + d, 2) for d in (0.6, 1.2, 1.8)]}
    for sg in ("total",):
        tg[sg] = []
    for i, (sg, lab) in enumerate((("current", "現年分（％）"), ("arrears", "滞繰分（％）"), ("total", "計（％）"))):
        rr = 6 + i
        put(ws, f"B{rr}", lab, 9, box=True)
        for j, y in enumerate((2021, 2022)):
            v_ = rt(D[name][y][sg])
            put(ws, f"{COLS[j + 2]}{rr}", G.f(r2(v_), v_, "collection_rate", debt=name, debt_raw=raw, fy=y, fy_raw=f"令和{y - 2018}年度", seg=sg), 9, box=True, h="right")
        for j, y in enumerate((2024, 2025, 2026)):
            if sg == "total":
                put(ws, f"{COLS[j + 4]}{rr}", "－", 9, box=True, h="center")
                continue
            v_ = tg[sg][j]
            put(ws, f"{COLS[j + 4]}{rr}", G.f(r2(v_), v_, "collection_rate", debt=name, debt_raw=raw, fy=y, fy_raw=f"令和{y - 2018}年度", seg=sg, basis="target"), 9, box=True, h="right")
    rr = 9
    ws.merge_cells(f"A{rr}:B{rr}")
    put(ws, f"A{rr}", "収入未済額（千円）", 8.5, box=True)
    boxrange(ws, f"A{rr}:B{rr}")
    for j, y in enumerate((2021, 2022)):
        v_ = round(OUT[name][y] / 1000)
        put(ws, f"{COLS[j + 2]}{rr}", G.f(c(v_), v_ * 1000, "outstanding", debt=name, debt_raw=raw, fy=y, fy_raw=f"令和{y - 2018}年度"), 9, box=True, h="right")
    for j, y in enumerate((2024, 2025, 2026)):
        v_ = round(TGT[name][j] / 1000)
        put(ws, f"{COLS[j + 4]}{rr}", G.f(c(v_), v_ * 1000, "outstanding", debt=name, debt_raw=raw, fy=y, fy_raw=f"令和{y - 2018}年度", basis="target"), 9, box=True, h="right")
    # 現状 cell with prose figures
    ws.merge_cells("A11:B13")
    put(ws, "A11", "現状", 9.5, True, True, HEAD, "center")
    boxrange(ws, "A11:B13")
    ws.merge_cells("C11:G13")
    ar_o = round(base["arrears"]["o"] / 1000)
    o4 = round(OUT[name][2022] / 1000)
    o3 = round(OUT[name][2021] / 1000)
    put(ws, "C11", "令和4年度末の収入未済額は" + G.f(f"{o4:,}千円", o4 * 1000, "outstanding", debt=name, debt_raw=raw, fy=2022, fy_raw="令和4年度")
        + "で、前年度より" + G.f(f"{abs(o4 - o3):,}千円減少", (o4 - o3) * 1000, "difference", debt=name, debt_raw=raw, fy=2022, fy_raw="令和4年度")
        + "した。うち滞納繰越分は" + G.f(f"{ar_o:,}千円", ar_o * 1000, "outstanding", debt=name, debt_raw=raw, fy=2022, fy_raw="令和4年度", seg="arrears") + "である。",
        9, wrap=True, v="top")
    boxrange(ws, "C11:G13")
    for rr in (11, 12, 13):
        ws.row_dimensions[rr].height = 18
    # items in a table with no 取組 header
    ws.merge_cells("A15:B19")
    put(ws, "A15", "重点事項", 9.5, True, True, HEAD, "center")
    boxrange(ws, "A15:B19")
    ws.merge_cells("C15:G19")
    put(ws, "C15", "\n".join(items), 9, wrap=True, v="top")
    boxrange(ws, "C15:G19")
    for rr in range(15, 20):
        ws.row_dimensions[rr].height = 22
    for it in items:
        st = None
        body = it[1:]
        for tag in ("継続", "新規", "拡充"):
            if body.endswith(f"【{tag}】"):
                st = tag
                body = body[: -len(tag) - 2]
        G.init(body, debt=name, fy=2024, section="重点事項", label=it[0], status=st)
    ws.merge_cells("A21:G22")
    put(ws, "A21", "※ 目標の収納率は現年分・滞繰分ごとに設定し、計の目標は設定していない。収入未済額の目標は現年分と滞繰分の合計。", 8.5, wrap=True, v="top")

xp = WORK / f"{STEM}.xlsx"
wb.save(xp)
out = soffice_pdf(xp, WORK)
pdf = ROOT / "pdf" / f"{STEM}.pdf"
shutil.copy(out, pdf)
gp = G.write(pdf)
errs = check(pdf, json.loads(gp.read_text()))
print(STEM, len(G.facts), "facts", len(G.inits), "inits", "errors:", len(errs))
for e in errs[:20]:
    print(" ", e)
