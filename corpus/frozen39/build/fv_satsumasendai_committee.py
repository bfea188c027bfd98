"""fv: 薩摩川内市 債権管理対策会議資料 (取組個票) -- openpyxl -> LibreOffice.
Run from corpus/frozen39:  python3 build/fv_satsumasendai_committee.py"""
import os, subprocess, sys, shutil
sys.path.insert(0, os.path.dirname(__file__))
from fv_common import Gold, c, r, rate, fr, zen
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.page import PageMargins

STEM = "fv_satsumasendai_committee_1"
WORK = "/tmp/fv_work/" + STEM
os.makedirs(WORK, exist_ok=True)
YEARS = [2020, 2021, 2022, 2023, 2024]

# ---------------- data (千円) ----------------
# name, debt, account, section, cur0, growth, cur_rates, arr0, arr_rates, wo_frac
SPEC = [
    ("市税", "市税", "一般会計", "税務課", 11050000, 0.012, [98.91, 99.02, 99.08, 99.17, 99.26], 520000, [24.1, 25.6, 27.2, 28.4, 30.1], 0.062),
    ("保育所保育料", "保育料", "一般会計", "子育て支援課", 168000, -0.03, [98.02, 98.15, 98.31, 98.40, 98.56], 41000, [11.2, 12.0, 12.9, 13.5, 14.1], 0.10),
    ("市営住宅使用料", "市営住宅使用料", "一般会計", "建築住宅課", 395000, -0.006, [97.21, 97.36, 97.52, 97.60, 97.81], 64000, [13.0, 13.8, 14.6, 15.3, 16.2], 0.05),
    ("生活保護費返還金", "生活保護費返還金", "一般会計", "社会福祉課", 52000, 0.02, [55.3, 56.8, 57.9, 58.6, 60.2], 148000, [4.1, 4.3, 4.6, 4.8, 5.1], 0.03),
    ("国民健康保険税", "国民健康保険税", "国民健康保険事業特別会計", "税務課", 1820000, -0.015, [93.52, 93.96, 94.31, 94.70, 95.12], 610000, [17.1, 18.0, 19.2, 20.1, 21.3], 0.09),
    ("介護保険料", "介護保険料", "介護保険事業特別会計", "介護保険課", 1950000, 0.011, [98.61, 98.70, 98.79, 98.88, 99.01], 68000, [18.2, 19.0, 19.9, 21.0, 22.3], 0.15),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "後期高齢者医療事業特別会計", "市民課", 840000, 0.02, [99.48, 99.51, 99.53, 99.56, 99.60], 9800, [33.0, 34.2, 35.1, 35.9, 36.8], 0.08),
]
D = {}
for k, (name, debt, acc, sec, cur0, g, cr, arr0, ar, wo) in enumerate(SPEC):
    rows = {}
    arr = arr0
    for i, y in enumerate(YEARS):
        ca = int(round(cur0 * (1 + g) ** i + (k * 37 + i * 911) % 997))
        cc = int(round(ca * cr[i] / 100))
        aa = arr
        ac = int(round(aa * ar[i] / 100))
        w = int(round(aa * wo * (1 + 0.05 * ((i + k) % 3))))
        ta, tc = ca + aa, cc + ac
        out = ta - tc - w
        rows[y] = dict(ca=ca, cc=cc, aa=aa, ac=ac, ta=ta, tc=tc, wo=w, out=out,
                       aout=aa - ac - w, cout=ca - cc)
        arr = out
    D[name] = dict(debt=debt, acc=acc, sec=sec, y=rows)
TOT = {}
for y in YEARS:
    t = {k: sum(D[n]["y"][y][k] for n in D) for k in ("ca", "cc", "aa", "ac", "ta", "tc", "wo", "out")}
    TOT[y] = t

G = Gold("committee_material", "薩摩川内市", "令和７年度 第１回薩摩川内市債権管理対策会議",
         "2025-07-10", "令和７年７月１０日（木）", family="kobetsu")
thin = Side(style="thin")
med = Side(style="medium")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
GREY = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
F = lambda sz=10, b=False: Font(name="IPAexGothic", size=sz, bold=b)
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="center")
LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)

wb = Workbook()


def put(ws, ref, val, font=None, al=None, fill=None, border=True):
    cell = ws[ref]
    cell.value = val
    cell.font = font or F()
    if al:
        cell.alignment = al
    if fill:
        cell.fill = fill
    if border:
        cell.border = B
    return cell


def box(ws, rng, val, font=None, al=None, fill=None):
    ws.merge_cells(rng)
    first = rng.split(":")[0]
    put(ws, first, val, font, al, fill)
    from openpyxl.utils import range_boundaries
    c1, r1, c2, r2 = range_boundaries(rng)
    for rr in range(r1, r2 + 1):
        for cc in range(c1, c2 + 1):
            ws.cell(rr, cc).border = B


def setup(ws, landscape=False, widths=None):
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.6)
    ws.print_options.horizontalCentered = True
    for col, w in (widths or {}).items():
        ws.column_dimensions[col].width = w

# ---------------- page 1: 次第 + panels + 参考 ----------------
ws = wb.active
ws.title = "次第"
setup(ws, widths={"A": 4, "B": 22, "C": 22, "D": 22, "E": 22})
PG = 1
put(ws, "A1", "令和７年度 第１回薩摩川内市債権管理対策会議", F(15, True), border=False)
ws.merge_cells("A1:E1"); ws["A1"].alignment = CEN
put(ws, "A3", "日時　令和７年７月１０日（木）　午後２時００分から", F(11), border=False)
put(ws, "A4", "場所　本庁舎５階　第２委員会室", F(11), border=False)
put(ws, "A6", "次　　第", F(13, True), border=False)
ws.merge_cells("A6:E6"); ws["A6"].alignment = CEN
lines = ["１　開　会", "２　会長あいさつ", "３　議　題",
         "　（１）令和６年度決算における市債権の状況について　…… 資料１",
         "　（２）主要債権の取組個票について　…… 資料２",
         "　（３）令和７年度滞納整理強化期間の実施について",
         "４　その他", "５　閉　会"]
for i, t in enumerate(lines):
    put(ws, f"A{8 + i}", t, F(11), border=False)
put(ws, "A18", "■ 令和６年度決算の主な指標（全会計）", F(11, True), border=False)
t5, t6 = TOT[2023], TOT[2024]
rt5, rt6 = rate(t5["tc"], t5["ta"]), rate(t6["tc"], t6["ta"])
dpt = r(rt6 - rt5)
oku6 = r(t6["out"] / 100000, 1)
oku5 = r(t5["out"] / 100000, 1)
dok = r(oku6 - oku5, 1)
man_wo = int(round(t6["wo"] / 10))
panels = [("B", "収納率（令和６年度）", f"{rt6:.2f}％", f"前年度比＋{dpt:.2f}ポイント"),
          ("C", "収入未済額（令和６年度末）", f"約{oku6:.1f}億円", f"前年度比▲{abs(dok):.1f}億円"),
          ("D", "不納欠損額（令和６年度）", f"{man_wo:,}万円", "執行停止後の時効完成分等"),
          ("E", "現年度分収納率（令和６年度）", f"{rate(t6['cc'], t6['ca']):.2f}％", f"令和５年度 {rate(t5['cc'], t5['ca']):.2f}％")]
for col, lab, val, sub in panels:
    put(ws, f"{col}19", lab, F(9, True), CEN, GREY)
    put(ws, f"{col}20", val, F(16, True), CEN)
    put(ws, f"{col}21", sub, F(9), CEN)
    ws.row_dimensions[20].height = 34
G.fact(PG, None, None, 2024, "令和６年度", "total", "collection_rate", "actual", rt6, "percent", f"{rt6:.2f}％")
G.fact(PG, None, None, 2024, "令和６年度", "total", "difference", "actual", dpt, "points", f"＋{dpt:.2f}ポイント")
G.fact(PG, None, None, 2024, "令和６年度末", "total", "outstanding", "actual", oku6 * 1e8, "yen", f"約{oku6:.1f}億円", approx=True)
G.fact(PG, None, None, 2024, "令和６年度末", "total", "difference", "actual", dok * 1e8, "yen", f"▲{abs(dok):.1f}億円")
G.fact(PG, None, None, 2024, "令和６年度", "total", "written_off", "actual", man_wo * 10000, "yen", f"{man_wo:,}万円")
G.fact(PG, None, None, 2024, "令和６年度", "current", "collection_rate", "actual", rate(t6['cc'], t6['ca']), "percent", f"{rate(t6['cc'], t6['ca']):.2f}％")
G.fact(PG, None, None, 2023, "令和５年度", "current", "collection_rate", "actual", rate(t5['cc'], t5['ca']), "percent", f"{rate(t5['cc'], t5['ca']):.2f}％")
# 参考 box
DELQ = 3412
ref = ("【参考】令和６年度　滞納整理の状況\n"
       "・差押件数：１，２８６件（前年度 １，１９４件）\n"
       f"・市税の滞納者数：{zen(format(DELQ, ','))}人\n"
       f"・不納欠損額（全会計）：{c(t6['wo'])}千円\n"
       f"・滞納繰越分収納率（全会計）：{rate(t6['ac'], t6['aa']):.2f}％\n"
       "・執行停止件数：４０２件")
box(ws, "B23:E29", ref, F(10), LEFT)
G.fact(PG, None, None, 2024, "令和６年度", "total", "seizures", "actual", 1286, "cases", "１，２８６件")
G.fact(PG, None, None, 2023, "前年度", "total", "seizures", "actual", 1194, "cases", "１，１９４件")
G.fact(PG, "市税", "市税", 2024, "令和６年度", "total", "delinquents", "actual", DELQ, "persons", f"{zen(format(DELQ, ','))}人")
G.fact(PG, None, "全会計", 2024, "令和６年度", "total", "written_off", "actual", t6["wo"] * 1000, "yen", f"{c(t6['wo'])}千円")
G.fact(PG, None, "全会計", 2024, "令和６年度", "arrears", "collection_rate", "actual", rate(t6['ac'], t6['aa']), "percent", f"{rate(t6['ac'], t6['aa']):.2f}％")
put(ws, "A31", "※ 金額は千円未満を四捨五入しています。", F(9), border=False)

# ---------------- page 2: 総括表 (landscape) ----------------
ws = wb.create_sheet("総括表")
PG = 2
widths = {"A": 10, "B": 17, "C": 11}
from openpyxl.utils import get_column_letter as L
for j in range(4, 22):
    widths[L(j)] = 10.5 if (j - 4) % 3 != 2 else 6.5
setup(ws, landscape=True, widths=widths)
put(ws, "A1", "資料１　令和６年度決算における市債権の状況（総括表）", F(13, True), border=False)
put(ws, "U2", "（単位：千円、％）", F(9), RIGHT, border=False)
box(ws, "A3:A5", "会\n計", F(9, True), Alignment(horizontal="center", vertical="center", text_rotation=255), GREY)
box(ws, "B3:B5", "債権名", F(9, True), CEN, GREY)
box(ws, "C3:C5", "所管課", F(9, True), CEN, GREY)
for yi, (fy, lab) in enumerate([(2023, "令和５年度決算"), (2024, "令和６年度決算")]):
    c0 = 4 + yi * 9
    box(ws, f"{L(c0)}3:{L(c0 + 8)}3", lab, F(9, True), CEN, GREY)
    for si, s in enumerate(["現年度分", "滞納繰越分", "計"]):
        cs = c0 + si * 3
        box(ws, f"{L(cs)}4:{L(cs + 2)}4", s, F(9, True), CEN, GREY)
        for mi, m in enumerate(["調定額", "収入済額", "収納率"]):
            put(ws, f"{L(cs + mi)}5", m, F(8, True), CEN, GREY)
row = 6
ACCS = []
for n in D:
    if D[n]["acc"] not in ACCS:
        ACCS.append(D[n]["acc"])
ACC_SHORT = {"一般会計": "一般会計", "国民健康保険事業特別会計": "国民健康保険事業特別会計",
             "介護保険事業特別会計": "介護保険事業特別会計", "後期高齢者医療事業特別会計": "後期高齢者医療事業特別会計"}


def rowvals(dd, debt, raw, fy, ws, row, c0):
    vals = [(dd["ca"], dd["cc"], "current"), (dd["aa"], dd["ac"], "arrears"), (dd["ta"], dd["tc"], "total")]
    for si, (a, cl, seg) in enumerate(vals):
        cs = c0 + si * 3
        rt = rate(cl, a)
        put(ws, f"{L(cs)}{row}", c(a), F(9), RIGHT)
        put(ws, f"{L(cs + 1)}{row}", c(cl), F(9), RIGHT)
        put(ws, f"{L(cs + 2)}{row}", f"{rt:.2f}", F(9), RIGHT)
        fyr = "令和５年度" if fy == 2023 else "令和６年度"
        G.fact(PG, debt, raw, fy, fyr, seg, "assessed", "actual", a * 1000, "yen", c(a))
        G.fact(PG, debt, raw, fy, fyr, seg, "collected", "actual", cl * 1000, "yen", c(cl))
        G.fact(PG, debt, raw, fy, fyr, seg, "collection_rate", "actual", rt, "percent", f"{rt:.2f}")


for acc in ACCS:
    names = [n for n in D if D[n]["acc"] == acc]
    start = row
    for n in names:
        put(ws, f"B{row}", n, F(9), Alignment(vertical="center", wrap_text=True))
        put(ws, f"C{row}", D[n]["sec"], F(8), CEN)
        for yi, fy in enumerate([2023, 2024]):
            rowvals(D[n]["y"][fy], D[n]["debt"], n, fy, ws, row, 4 + yi * 9)
        ws.row_dimensions[row].height = 34
        row += 1
    box(ws, f"A{start}:A{row - 1}", acc, F(8), Alignment(horizontal="center", vertical="center", wrap_text=True, text_rotation=255 if len(names) > 1 else 0))
box(ws, f"A{row}:C{row}", "合　計", F(9, True), CEN, LIGHT)
for yi, fy in enumerate([2023, 2024]):
    rowvals(TOT[fy], None, "合計", fy, ws, row, 4 + yi * 9)
for j in range(4, 22):
    ws.cell(row, j).fill = LIGHT
    ws.cell(row, j).font = F(9, True)
ws.row_dimensions[row].height = 34
for hr in (3, 4, 5):
    ws.row_dimensions[hr].height = 26
put(ws, f"A{row + 2}", "※ 会計欄の「特別会計」は、国民健康保険事業・介護保険事業・後期高齢者医療事業の各特別会計をいう。収納率＝収入済額÷調定額（小数点第３位を四捨五入）。", F(8), border=False)
put(ws, f"A{row + 3}", "※ 上記のほか、水道事業会計（水道料金）は公営企業会計のため本表に含めていない。", F(8), border=False)

# ---------------- pages 3-6: 取組個票 ----------------
KOHYO = [
    dict(name="市税", no=1, kubun="強制徴収公債権", yearhdr=["令和２年度", "３年度", "４年度", "５年度", "６年度"], avg=True,
         target=(99.35, 31.50, 380000),
         issue="令和６年度末の収入未済額は{out}千円で、前年度より{dout}千円減少した。現年度分収納率は{cr}％と５年連続で上昇しているが、滞納繰越分は高額・困難事案の割合が高く、財産調査から差押えまでの期間短縮が課題である。",
         items=[("①", "納期限後２０日以内の督促状発送と、夜間・休日の電話催告を組み合わせ、早期の自主納付を促す。", "継続"),
                ("②", "預貯金・給与等の財産調査を電子照会で一括実施し、調査開始から差押えまでを３か月以内とする。", "拡充"),
                ("③", "スマートフォン決済に加え、令和７年１０月からeLTAX（地方税統一QRコード）による納付を周知する。", "新規"),
                ("④", "鹿児島県地方税特別滞納整理室との共同催告により、高額事案の滞納整理を進める。", "継続")]),
    dict(name="国民健康保険税", no=2, kubun="強制徴収公債権", yearhdr=["R2", "R3", "R4", "R5", "R6"], avg=False,
         target=(95.40, 22.50, 520000),
         issue="令和６年度末の収入未済額は{out}千円となり、前年度より{dout}千円減少した。資格異動の多い若年世帯の滞納が多く、短期被保険者証の更新時の納付相談の実効性を高める必要がある。",
         items=[("①", "口座振替の原則化を進め、新規加入時に口座振替の申込みを受け付ける。", "継続"),
                ("②", "市税と一体的に滞納整理を行い、重複滞納者は税務課収納対策室で一元的に対応する。", "継続"),
                ("③", "納付相談時に生活困窮者自立相談支援機関への案内を行い、分納・執行停止の判断を適正化する。", "拡充")]),
    dict(name="介護保険料", no=3, kubun="強制徴収公債権", yearhdr=["令和2年度", "令和3年度", "令和4年度", "令和5年度", "令和6年度"], avg=False,
         target=(99.10, 23.00, 60000),
         issue="普通徴収の滞納が中心で、令和６年度末の収入未済額は{out}千円（前年度比{dout}千円減）である。給付制限の対象となる被保険者への事前周知が十分でない。",
         items=[("①", "特別徴収への切替え時期を把握し、切替え前の普通徴収期間に重点的に納付勧奨を行う。", "継続"),
                ("②", "要介護認定申請時に滞納の有無を確認し、給付制限の内容を説明したうえで納付相談につなげる。", "新規")]),
    dict(name="市営住宅使用料", no=4, kubun="私債権", yearhdr=["R2", "R3", "R4", "R5", "R6"], avg=False,
         target=(97.90, 17.00, 105000),
         issue="令和６年度末の収入未済額は{out}千円で、前年度より{dout}千円減少した。退去者の滞納分が収入未済額の過半を占め、連帯保証人への請求と法的措置の判断基準の明確化が必要である。",
         items=[("①", "滞納３か月で連帯保証人への通知、６か月で明渡し請求の予告を行う段階的な対応を徹底する。", "継続"),
                ("②", "退去者滞納分のうち少額のものは支払督促の申立てを行い、回収見込みのないものは債権放棄の手続を進める。", "拡充"),
                ("③", "入居時説明会で口座振替の申込みを必須とする。", "新規")]),
]
for k in KOHYO:
    n = k["name"]
    PG += 1
    dd = D[n]
    debt = dd["debt"]
    ws = wb.create_sheet(f"個票{k['no']}")
    setup(ws, widths={"A": 14, "B": 11, "C": 11, "D": 11, "E": 11, "F": 11, "G": 11, "H": 11, "I": 9})
    put(ws, "I1", "資料２", F(9), RIGHT)
    put(ws, "A1", f"取組個票（No.{k['no']}）", F(14, True), border=False)
    if k["no"] == 2:
        box(ws, "A3:E3", f"債権名　{n}", F(11, True), Alignment(vertical="center"))
        box(ws, "F3:I3", f"所管課　{dd['sec']}（収納対策室）", F(10), Alignment(vertical="center"))
    else:
        put(ws, "A3", "債権名", F(10, True), CEN, GREY)
        box(ws, "B3:D3", n, F(11, True), Alignment(horizontal="center", vertical="center"))
        put(ws, "E3", "所管課", F(10, True), CEN, GREY)
        box(ws, "F3:G3", dd["sec"], F(10), CEN)
        put(ws, "H3", "債権区分", F(9, True), CEN, GREY)
        put(ws, "I3", k["kubun"], F(8), CEN)
    ws.row_dimensions[3].height = 26
    put(ws, "A5", "１　収納状況の推移（各年度決算）", F(11, True), border=False)
    put(ws, "I5", "（単位：千円、％）", F(8), RIGHT, border=False)
    hdr = ["区　分"] + k["yearhdr"]
    if k["avg"]:
        hdr += ["５年平均", "増減額", "増減率（％）"]
    else:
        hdr += ["増減（R6-R5）"]
    for j, h in enumerate(hdr):
        put(ws, f"{L(1 + j)}6", h, F(9, True), CEN, GREY)
    ys = dd["y"]
    mets = [("調定額", "assessed", "ta"), ("収入済額", "collected", "tc"), ("不納欠損額", "written_off", "wo"),
            ("収入未済額", "outstanding", "out"), ("収納率", "collection_rate", None)]
    for i, (lab, met, key) in enumerate(mets):
        rr = 7 + i
        put(ws, f"A{rr}", lab, F(9, True), CEN, LIGHT)
        vals = []
        for j, fy in enumerate(YEARS):
            if key:
                v = ys[fy][key]
                s = c(v)
                G.fact(PG, debt, n, fy, k["yearhdr"][j], "total", met, "actual", v * 1000, "yen", s)
            else:
                v = rate(ys[fy]["tc"], ys[fy]["ta"])
                s = f"{v:.2f}"
                G.fact(PG, debt, n, fy, k["yearhdr"][j], "total", met, "actual", v, "percent", s)
            vals.append(v)
            put(ws, f"{L(2 + j)}{rr}", s, F(9), RIGHT)
        d = vals[-1] - vals[-2]
        if k["avg"]:
            if key:
                av = int(round(sum(vals) / 5))
                put(ws, f"G{rr}", c(av), F(9), RIGHT)
                G.fact(PG, debt, n, 2024, "５年平均", "total", met + "_average", "actual", av * 1000, "yen", c(av))
                put(ws, f"H{rr}", c(d), F(9), RIGHT)
                G.fact(PG, debt, n, 2024, "６年度", "total", "difference", "actual", d * 1000, "yen", c(d))
                dr = r(d * 100 / vals[-2], 1)
                put(ws, f"I{rr}", fr(dr, 1), F(9), RIGHT)
                G.fact(PG, debt, n, 2024, "６年度", "total", "change_rate", "actual", dr, "percent", fr(dr, 1))
            else:
                av = r(sum(vals) / 5)
                put(ws, f"G{rr}", f"{av:.2f}", F(9), RIGHT)
                G.fact(PG, debt, n, 2024, "５年平均", "total", "collection_rate_average", "actual", av, "percent", f"{av:.2f}")
                d = r(d)
                put(ws, f"H{rr}", fr(d), F(9), RIGHT)
                G.fact(PG, debt, n, 2024, "６年度", "total", "difference", "actual", d, "points", fr(d))
                put(ws, f"I{rr}", "－", F(9), CEN)
        else:
            if key:
                put(ws, f"G{rr}", c(d), F(9), RIGHT)
                G.fact(PG, debt, n, 2024, "R6-R5", "total", "difference", "actual", d * 1000, "yen", c(d))
            else:
                d = r(d)
                put(ws, f"G{rr}", fr(d), F(9), RIGHT)
                G.fact(PG, debt, n, 2024, "R6-R5", "total", "difference", "actual", d, "points", fr(d))
    # 2 目標と実績 (years head rows)
    put(ws, "A13", "２　目標と実績", F(11, True), border=False)
    put(ws, "I13", "（単位：％）", F(8), RIGHT, border=False)
    box(ws, "A14:A15", "年　度", F(9, True), CEN, GREY)
    box(ws, "B14:D14", "現年度分収納率", F(9, True), CEN, GREY)
    box(ws, "E14:G14", "滞納繰越分収納率", F(9, True), CEN, GREY)
    for j, h in enumerate(["目標", "実績", "達成率"] * 2):
        put(ws, f"{L(2 + j)}15", h, F(9, True), CEN, GREY)
    for i, fy in enumerate([2022, 2023, 2024]):
        rr = 16 + i
        fyr = f"令和{fy - 2018}年度"
        put(ws, f"A{rr}", zen(fyr), F(9), CEN, LIGHT)
        y = ys[fy]
        for si, (seg, a, cl, off) in enumerate([("current", y["ca"], y["cc"], 0.12), ("arrears", y["aa"], y["ac"], -0.8)]):
            act = rate(cl, a)
            tgt = r(act + off + 0.05 * i, 2) if seg == "current" else r(act + off + 0.3 * i, 1)
            ach = r(act * 100 / tgt, 1)
            cs = 2 + si * 3
            put(ws, f"{L(cs)}{rr}", f"{tgt:.2f}", F(9), RIGHT)
            put(ws, f"{L(cs + 1)}{rr}", f"{act:.2f}", F(9), RIGHT)
            put(ws, f"{L(cs + 2)}{rr}", f"{ach:.1f}", F(9), RIGHT)
            G.fact(PG, debt, n, fy, zen(fyr), seg, "collection_rate", "target", tgt, "percent", f"{tgt:.2f}")
            G.fact(PG, debt, n, fy, zen(fyr), seg, "collection_rate", "actual", act, "percent", f"{act:.2f}")
            G.fact(PG, debt, n, fy, zen(fyr), seg, "achievement_rate", "actual", ach, "percent", f"{ach:.1f}")
    # 3 R7 target
    put(ws, "A20", "３　令和７年度の目標", F(11, True), border=False)
    tc_, ta_, to_ = k["target"]
    labs = [("現年度分収納率", f"{tc_:.2f}％", "current", "collection_rate", tc_, "percent"),
            ("滞納繰越分収納率", f"{ta_:.2f}％", "arrears", "collection_rate", ta_, "percent"),
            ("収入未済額", f"{c(to_)}千円以下", "total", "outstanding", to_ * 1000, "yen")]
    for j, (lab, s, seg, met, v, u) in enumerate(labs):
        cs = 1 + j * 3
        box(ws, f"{L(cs)}21:{L(cs + (2 if j < 2 else 2))}21", lab, F(9, True), CEN, GREY)
        box(ws, f"{L(cs)}22:{L(cs + 2)}22", s, F(11, True), CEN)
        G.fact(PG, debt, n, 2025, "令和７年度", seg, met, "target", v, u, s.replace("以下", ""))
    # 4 現状と課題 + 備考
    y6, y5 = ys[2024], ys[2023]
    dout = y5["out"] - y6["out"]
    txt = k["issue"].format(out=c(y6["out"]), dout=c(dout), cr=f"{rate(y6['ca'] and y6['cc'], y6['ca']):.2f}")
    put(ws, "A24", "４　現状と課題", F(11, True), border=False)
    put(ws, "A25", "現状と課題", F(9, True), CEN, GREY)
    box(ws, "B25:G25", txt, F(9), LEFT)
    ws.row_dimensions[25].height = 64
    put(ws, "H25", "備考", F(9, True), CEN, GREY)
    put(ws, "I25", f"うち滞納繰越分 {c(y6['aout'])}千円", F(8), LEFT)
    G.fact(PG, debt, n, 2024, "令和６年度末", "total", "outstanding", "actual", y6["out"] * 1000, "yen", f"{c(y6['out'])}千円")
    G.fact(PG, debt, n, 2024, "令和６年度末", "total", "difference", "actual", -dout * 1000, "yen", f"{c(dout)}千円減")
    if n == "市税":
        G.fact(PG, debt, n, 2024, "令和６年度", "current", "collection_rate", "actual", rate(y6['cc'], y6['ca']), "percent", f"{rate(y6['cc'], y6['ca']):.2f}％")
    G.fact(PG, debt, n, 2024, "令和６年度末", "arrears", "outstanding", "actual", y6["aout"] * 1000, "yen", f"{c(y6['aout'])}千円")
    # 5 取組
    put(ws, "A27", "５　令和７年度の取組", F(11, True), border=False)
    put(ws, "A28", "取組内容", F(9, True), CEN, GREY)
    body = "\n".join(f"{lab}{t}【{st}】" for lab, t, st in k["items"])
    box(ws, "B28:I28", body, F(9), LEFT)
    ws.row_dimensions[28].height = 17 * len(k["items"]) * 1.6 + 10
    for lab, t, st in k["items"]:
        G.init(PG, debt, 2025, "令和７年度の取組", lab, t, st, debt_raw=n)
    if n == "市税":
        put(ws, "A30", "６　地区別の滞納状況（令和６年度末）", F(11, True), border=False)
        for j, h in enumerate(["地　区", "滞納者数（人）", "収入未済額（千円）"]):
            put(ws, f"{L(1 + j)}31", h, F(9, True), CEN, GREY)
        areas = [("本庁管内", 0.52), ("樋脇", 0.07), ("入来", 0.06), ("東郷", 0.06), ("祁答院", 0.05),
                 ("里", 0.02), ("上甑", 0.02), ("下甑", 0.03), ("鹿島", 0.01)]
        tot = y6["out"]
        rest = tot - sum(int(tot * f) for a, f in areas[1:])
        pers_rest = DELQ - sum(int(DELQ * f * 1.03) for a, f in areas[1:])
        for i, (a, f) in enumerate(areas):
            v = rest if i == 0 else int(tot * f)
            p = pers_rest if i == 0 else int(DELQ * f * 1.03)
            rr = 32 + i
            put(ws, f"A{rr}", a, F(9), CEN)
            put(ws, f"B{rr}", c(p), F(9), RIGHT)
            put(ws, f"C{rr}", c(v), F(9), RIGHT)
            G.fact(PG, debt, n, 2024, "令和６年度末", "total", "delinquents", "actual", p, "persons", c(p), area=a)
            G.fact(PG, debt, n, 2024, "令和６年度末", "total", "outstanding", "actual", v * 1000, "yen", c(v), area=a)
        rr = 32 + len(areas)
        put(ws, f"A{rr}", "計", F(9, True), CEN, LIGHT)
        put(ws, f"B{rr}", c(DELQ), F(9, True), RIGHT, LIGHT)
        put(ws, f"C{rr}", c(tot), F(9, True), RIGHT, LIGHT)
        G.fact(PG, debt, n, 2024, "令和６年度末", "total", "delinquents", "actual", DELQ, "persons", c(DELQ))
        G.fact(PG, debt, n, 2024, "令和６年度末", "total", "outstanding", "actual", tot * 1000, "yen", c(tot))
        put(ws, f"E32", "※ 地区は納税義務者の住所地による。", F(8), border=False)
        put(ws, f"E33", "※ 本庁管内には市外転出者分を含む。", F(8), border=False)

xlsx = os.path.join(WORK, STEM + ".xlsx")
wb.save(xlsx)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", WORK, xlsx], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(WORK, STEM + ".pdf"), f"pdf/{STEM}.pdf")
out = G.write(STEM, f"pdf/{STEM}.pdf")
print(STEM, out["source"]["pages"], "pages", len(G.facts), "facts", len(G.inits), "initiatives")
