"""大船渡市 債権管理対策会議 資料 (committee_material) drawn directly with PyMuPDF.
Run from corpus/dev66:  python3 build/sa_committee.py"""
import sys, fitz
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from sa_common import Gold, GOTH, MINC, c, r2, rate, zen, check, ROOT

STEM = "sa_ofunato_committee_1"
G = Gold(STEM, "committee_material", "kobetsu", "大船渡市", "令和7年度第2回大船渡市債権管理対策会議 資料",
         "2025-11-20", "令和7年11月20日")
FG = fitz.Font(fontfile=GOTH)
FM = fitz.Font(fontfile=MINC)
doc = fitz.open()


def newpage(land=False):
    p = doc.new_page(width=842 if land else 595, height=595 if land else 842)
    p.insert_font(fontname="G", fontfile=GOTH)
    p.insert_font(fontname="M", fontfile=MINC)
    return p


def T(p, x, y, s, size=9, font="M", color=(0, 0, 0), align="l", w=0):
    f = FG if font == "G" else FM
    tl = f.text_length(s, fontsize=size)
    if align == "r":
        x = x + w - tl
    elif align == "c":
        x = x + (w - tl) / 2
    p.insert_text((x, y), s, fontsize=size, fontname=font, color=color)
    return tl


def wrap(s, width, size, font="M"):
    f = FG if font == "G" else FM
    lines, cur = [], ""
    for ch in s:
        if f.text_length(cur + ch, fontsize=size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def para(p, x, y, s, width, size=9, lead=1.6, font="M"):
    for ln in wrap(s, width, size, font):
        T(p, x, y, ln, size, font)
        y += size * lead
    return y


def grid(p, x0, y0, colw, rowh, cells, size=8, lw=0.6):
    """cells: (r, c, text, {rs, cs, al, fill, font, size, vert})"""
    xs = [x0]
    for w in colw:
        xs.append(xs[-1] + w)
    ys = [y0]
    for h in rowh:
        ys.append(ys[-1] + h)
    for cell in cells:
        r, k, text = cell[:3]
        o = cell[3] if len(cell) > 3 else {}
        rs, cs = o.get("rs", 1), o.get("cs", 1)
        rect = fitz.Rect(xs[k], ys[r], xs[k + cs], ys[r + rs])
        p.draw_rect(rect, color=(0, 0, 0), fill=o.get("fill"), width=lw)
        sz = o.get("size", size)
        font = o.get("font", "M")
        al = o.get("al", "c")
        if o.get("vert"):
            n = len(text)
            yy = rect.y0 + (rect.height - n * sz * 1.15) / 2 + sz
            for ch in text:
                T(p, rect.x0, yy, ch, sz, font, align="c", w=rect.width)
                yy += sz * 1.15
            continue
        lines = []
        for part in text.split("\n"):
            lines += wrap(part, rect.width - 6, sz, font) if o.get("wrap") else [part]
        lh = sz * 1.3
        yy = rect.y0 + (rect.height - len(lines) * lh) / 2 + sz * 0.95
        if o.get("top"):
            yy = rect.y0 + sz + 3
        for ln in lines:
            T(p, rect.x0 + 3, yy, ln, sz, font, align=al, w=rect.width - 6)
            yy += lh
    return ys[-1]


def footer(p, n, land=False):
    w = 842 if land else 595
    h = 595 if land else 842
    T(p, 0, h - 25, f"- {n} -", 9, align="c", w=w)
    T(p, w - 260, 30, "令和7年度第2回 債権管理対策会議資料", 8, color=(0.35, 0.35, 0.35), align="r", w=220)


# ---------------------------------------------------------------- data (千円)
DEBTS = [  # key, full, short, dept, account, kind
    ("tax", "市税", "市税", "税務課", "一般", "強制徴収公債権"),
    ("hoiku", "保育料", "保育料", "子ども課", "一般", "強制徴収公債権"),
    ("jutaku", "市営住宅使用料", "住宅使用料", "住宅公園課", "一般", "私債権"),
    ("kokuho", "国民健康保険税", "国保税", "税務課", "特別", "強制徴収公債権"),
    ("kaigo", "介護保険料", "介護料", "長寿社会課", "特別", "強制徴収公債権"),
    ("kouki", "後期高齢者医療保険料", "後期高齢", "国保年金課", "特別", "強制徴収公債権"),
]
CANON = {"tax": "市税", "hoiku": "保育料", "jutaku": "市営住宅使用料", "kokuho": "国民健康保険料",
         "kaigo": "介護保険料", "kouki": "後期高齢者医療保険料"}
# base (R6) current assessed, current rate, arrears assessed, arrears rate, write-off share of arrears
BASE = {"tax": (4185432, 0.9899, 268914, 0.1946, 0.046),
        "hoiku": (98421, 0.9921, 6238, 0.2213, 0.031),
        "jutaku": (112847, 0.9655, 41206, 0.1187, 0.022),
        "kokuho": (712438, 0.9412, 318765, 0.1633, 0.052),
        "kaigo": (486219, 0.9902, 17342, 0.1412, 0.248),
        "kouki": (301457, 0.9961, 3184, 0.4019, 0.072)}
YEARS = [2020, 2021, 2022, 2023, 2024]
D = {}
for k, (ca, cr, aa, ar, wo) in BASE.items():
    for i, y in enumerate(YEARS):
        back = 4 - i
        ca_y = int(ca * (1 + 0.011 * back) - 1371 * back)
        cr_y = cr - 0.0021 * back + (0.0004 if back % 2 else 0)
        aa_y = int(aa * (1 + 0.045 * back) + 611 * back)
        ar_y = ar - 0.0097 * back + (0.0013 if back == 2 else 0)
        cc = round(ca_y * cr_y)
        ac = round(aa_y * ar_y)
        aw = round(aa_y * wo * (1 + 0.03 * back))
        D[k, y] = {"current": dict(A=ca_y, C=cc, W=0), "arrears": dict(A=aa_y, C=ac, W=aw)}
        t = {m: D[k, y]["current"][m] + D[k, y]["arrears"][m] for m in "ACW"}
        D[k, y]["total"] = t
        for s in ("current", "arrears", "total"):
            v = D[k, y][s]
            v["O"] = v["A"] - v["C"] - v["W"]
            v["R"] = rate(v["C"], v["A"])


def agg(keys, y, s):
    v = {m: sum(D[k, y][s][m] for k in keys) for m in "ACWO"}
    v["R"] = rate(v["C"], v["A"])
    return v


ERA = lambda y: f"令和{y - 2018}年度"
ALL = [d[0] for d in DEBTS]
GEN = [d[0] for d in DEBTS if d[4] == "一般"]
SPE = [d[0] for d in DEBTS if d[4] == "特別"]
MET = {"A": "assessed", "C": "collected", "W": "written_off", "O": "outstanding", "R": "collection_rate"}

# ---------------------------------------------------------------- page 1 cover
p = newpage()
T(p, 0, 150, "令和７年度第２回", 16, "G", align="c", w=595)
T(p, 0, 185, "大船渡市債権管理対策会議　資料", 20, "G", align="c", w=595)
T(p, 0, 225, "令和7年11月20日（木）午後2時から", 11, align="c", w=595)
T(p, 0, 245, "大船渡市役所　本庁舎３階　第１会議室", 11, align="c", w=595)
p.draw_rect(fitz.Rect(120, 320, 475, 560), color=(0, 0, 0), width=0.8)
T(p, 120, 345, "目　　次", 13, "G", align="c", w=355)
toc = [("１　令和6年度決算における債権の状況", 2), ("２　主な指標と決算の概要", 3),
       ("３　取組個票（市税）", 4), ("４　取組個票（国民健康保険税）", 5), ("５　取組個票（市営住宅使用料）", 6)]
y = 385
for s, n in toc:
    T(p, 140, y, s, 10.5)
    T(p, 140, y, "・" * 4 + f"　{n}", 10.5, align="r", w=315)
    y += 32
T(p, 0, 760, "大船渡市債権管理対策会議事務局（税務課収納対策係）", 10, align="c", w=595)

# ---------------------------------------------------------------- page 2 landscape summary
PG = 2
p = newpage(land=True)
footer(p, PG, True)
T(p, 40, 60, "１　令和6年度決算における債権の状況", 13, "G")
T(p, 40, 82, "　債権ごとの現年度分・滞納繰越分の調定額、収入済額及び収納率は次のとおりです。", 9.5)
T(p, 600, 100, "（単位：千円、％）", 8.5, align="r", w=200)
colw = [38, 80] + [66] * 9
rowh = [16, 16, 18] + [17] * 11
cells = [(0, 0, "会計", {"rs": 3, "fill": (0.85, 0.85, 0.85)}), (0, 1, "債権名", {"rs": 3, "fill": (0.85, 0.85, 0.85)}),
         (0, 2, "令和6年度決算", {"cs": 9, "fill": (0.85, 0.85, 0.85)})]
for j, sname in enumerate(["現年度分", "滞納繰越分", "計"]):
    cells.append((1, 2 + 3 * j, sname, {"cs": 3, "fill": (0.92, 0.92, 0.92)}))
    for q, mname in enumerate(["調定額", "収入済額", "収納率"]):
        cells.append((2, 2 + 3 * j + q, mname, {"fill": (0.92, 0.92, 0.92)}))
row = 3
SEGS = ["current", "arrears", "total"]


def datarow(r, label, v3, fill=None, debt=None, draw=None):
    cells.append((r, 1, label, {"al": "l", "fill": fill}))
    for j, s in enumerate(SEGS):
        v = v3[s]
        for q, m in enumerate("ACR"):
            txt = r2(v["R"]) if m == "R" else c(v[m])
            cells.append((r, 2 + 3 * j + q, txt, {"al": "r", "fill": fill}))
            G.f(PG, debt, label, 2024, "令和6年度", s, MET[m], "actual", v[m],
                "percent" if m == "R" else "yen", txt) if m == "R" else \
                G.f(PG, debt, label, 2024, "令和6年度", s, MET[m], "actual", v[m] * 1000, "yen", txt)


for acct, keys, sub in (("一般会計", GEN, "一般会計計"), ("特別会計", SPE, "特別会計計")):
    cells.append((row, 0, acct, {"rs": len(keys) + 1, "vert": True}))
    for k in keys:
        d = [x for x in DEBTS if x[0] == k][0]
        datarow(row, d[2], {s: D[k, 2024][s] for s in SEGS}, debt=CANON[k])
        row += 1
    datarow(row, sub, {s: agg(keys, 2024, s) for s in SEGS}, fill=(0.95, 0.95, 0.95))
    row += 1
cells.append((row, 0, "", {"fill": (0.88, 0.88, 0.88)}))
datarow(row, "総計", {s: agg(ALL, 2024, s) for s in SEGS}, fill=(0.88, 0.88, 0.88))
rowh = rowh[:row + 1]
yb = grid(p, 40, 108, colw, rowh, cells, size=8)
tot = agg(ALL, 2024, "total")
tax_o = D["tax", 2024]["total"]["O"]
y = yb + 16
T(p, 40, y, "（注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料", 8)
y += 13
T(p, 40, y, "※ 収納率＝収入済額÷調定額×100（小数点以下第3位を四捨五入）", 8)
y += 13
s1 = G.f(PG, None, None, 2024, "令和6年度", "total", "outstanding", "actual", tot["O"] * 1000, "yen", c(tot["O"]) + "千円")
s2 = G.f(PG, "市税", "市税", 2024, "令和6年度", "total", "outstanding", "actual", tax_o * 1000, "yen", c(tax_o) + "千円")
T(p, 40, y, f"※ 総計の収入未済額（調定額－収入済額－不納欠損額）{s1}のうち、市税分 {s2}", 8)
y += 13
wo = tot["W"]
s3 = G.f(PG, None, None, 2024, "令和6年度", "total", "written_off", "actual", wo * 1000, "yen", c(wo) + "千円")
T(p, 40, y, f"※ 令和6年度の不納欠損額は全債権で {s3}（すべて滞納繰越分）", 8)
T(p, 40, y + 16, "出典：令和6年度大船渡市歳入歳出決算書及び各課債権管理台帳", 7.5, color=(0.3, 0.3, 0.3))

# ---------------------------------------------------------------- page 3 indicators, 2-column prose, chart
PG = 3
p = newpage()
footer(p, PG)
T(p, 40, 70, "２　主な指標と決算の概要", 13, "G")
tv, tv5 = D["tax", 2024]["total"], D["tax", 2023]["total"]
kv = D["kokuho", 2024]["current"]
dpt = round(tv["R"] - tv5["R"], 2)
panels = [("市税収納率（計）", "令和6年度決算", r2(tv["R"]) + "％", f"前年度比＋{r2(dpt)}ポイント"),
          ("全債権の収入未済額", "令和6年度末", f"約{tot['O'] * 1000 / 1e8:.1f}億円", None),
          ("国保税収納率（現年度分）", "R6決算", r2(kv["R"]) + "％", None)]
x = 40
for i, (lab, yr, val, sub) in enumerate(panels):
    rc = fitz.Rect(x, 90, x + 165, 170)
    p.draw_rect(rc, color=(0.2, 0.3, 0.5), fill=(0.93, 0.95, 0.99), width=1)
    T(p, x, 108, lab, 9.5, "G", align="c", w=165)
    T(p, x, 122, yr, 8, align="c", w=165)
    T(p, x, 146, val, 17, "G", color=(0.1, 0.2, 0.5), align="c", w=165)
    if sub:
        T(p, x, 162, sub, 8, align="c", w=165)
    x += 180
G.f(PG, "市税", "市税", 2024, "令和6年度", "total", "collection_rate", "actual", tv["R"], "percent", r2(tv["R"]) + "％")
G.f(PG, "市税", "市税", 2024, "令和6年度", "total", "difference", "actual", dpt, "points", f"＋{r2(dpt)}ポイント")
G.f(PG, None, None, 2024, "令和6年度", "total", "outstanding", "actual", round(tot["O"] * 1000, -7), "yen",
    f"約{tot['O'] * 1000 / 1e8:.1f}億円", approx=True)
G.f(PG, "国民健康保険料", "国保税", 2024, "R6", "current", "collection_rate", "actual", kv["R"], "percent", r2(kv["R"]) + "％")
# two-column prose
tot5 = agg(ALL, 2023, "total")
o_man = round(tot["O"] * 1000, -6)
d_man = round((tot5["O"] - tot["O"]) * 1000, -6)
man = lambda v: (f"{v // 100000000}億" if v >= 1e8 else "") + (f"{(v % 100000000) // 10000:,}万円")
tc, tc5 = D["tax", 2024]["current"], D["tax", 2023]["current"]
dc = round(tc["R"] - tc5["R"], 2)
ka, ka5 = D["kokuho", 2024]["arrears"], D["kokuho", 2023]["arrears"]
kt, kt5 = D["kokuho", 2024]["total"], D["kokuho", 2023]["total"]
dk = round(kt["R"] - kt5["R"], 1)
left = (f"（１）全体の状況　令和6年度決算における全債権の収入未済額は約{man(o_man)}で、前年度から約{man(d_man)}減少しました。"
        f"不納欠損処分を除いた実質的な縮減は、滞納繰越分の収入済額が前年度を上回ったことによるものです。"
        f"（２）市税　市税の現年度分の収納率は{r2(tc['R'])}％で、前年度比{r2(dc)}ポイント上昇しました。"
        f"口座振替とスマートフォン決済の利用が広がり、納期内納付が定着しつつあります。")
right = (f"（３）国民健康保険税　国保税の収納率（計）は{r2(kt['R'])}％となり、前年度から{dk}ポイント改善しました。"
         f"滞納繰越分の収入未済額は{c(ka['O'])}千円で、前年度末の{c(ka5['O'])}千円から縮減しています。"
         f"（４）今後の課題　少額・長期の滞納案件が残っており、財産調査の早期着手と執行停止の適正な判断を進める必要があります。")
G.f(PG, None, None, 2024, "令和6年度", "total", "outstanding", "actual", o_man, "yen", f"約{man(o_man)}", approx=True)
G.f(PG, None, None, 2024, "令和6年度", "total", "difference", "actual", -d_man, "yen", f"約{man(d_man)}", approx=True)
G.f(PG, "市税", "市税", 2024, "令和6年度", "current", "collection_rate", "actual", tc["R"], "percent", r2(tc["R"]) + "％")
G.f(PG, "市税", "市税", 2024, "令和6年度", "current", "difference", "actual", dc, "points", f"{r2(dc)}ポイント")
G.f(PG, "国民健康保険料", "国保税", 2024, "令和6年度", "total", "collection_rate", "actual", kt["R"], "percent", r2(kt["R"]) + "％")
G.f(PG, "国民健康保険料", "国保税", 2024, "令和6年度", "total", "difference", "actual", dk, "points", f"{dk}ポイント")
G.f(PG, "国民健康保険料", "国保税", 2024, "令和6年度", "arrears", "outstanding", "actual", ka["O"] * 1000, "yen", c(ka["O"]) + "千円")
G.f(PG, "国民健康保険料", "国保税", 2023, "前年度末", "arrears", "outstanding", "actual", ka5["O"] * 1000, "yen", c(ka5["O"]) + "千円")
T(p, 40, 198, "【決算の概要】", 10.5, "G")
ya = para(p, 40, 218, left, 245, 9.2, 1.75)
yb2 = para(p, 310, 218, right, 245, 9.2, 1.75)
p.draw_line((297.5, 210), (297.5, max(ya, yb2)), color=(0.6, 0.6, 0.6), width=0.5)
# bar chart
y0 = max(ya, yb2) + 30
T(p, 40, y0, "市税収納率（計）の推移（単位：％）", 10.5, "G")
labels = ["令和2年度", "R3", "R4", "R5", "R6"]
base_y = y0 + 230
p.draw_line((70, base_y), (540, base_y), width=0.8)
for i, yr in enumerate(YEARS):
    v = D["tax", yr]["total"]["R"]
    hgt = (v - 90) * 18
    bx = 95 + i * 90
    p.draw_rect(fitz.Rect(bx, base_y - hgt, bx + 45, base_y), color=None, fill=(0.35, 0.5, 0.75))
    T(p, bx - 10, base_y - hgt - 5, r2(v), 9, "G", align="c", w=65)
    T(p, bx - 10, base_y + 14, labels[i], 9, align="c", w=65)
    G.f(PG, "市税", "市税", yr, labels[i], "total", "collection_rate", "actual", v, "percent", r2(v))
T(p, 40, base_y + 40, "※ 各年度の決算値。グラフの縦軸は90％を起点としている。", 8)

# ---------------------------------------------------------------- pages 4-6 取組個票
SHEETS = [
    ("tax", "強制徴収公債権", "地方税法", "税務課 収納対策係",
     "令和6年度末の収入未済額は{O}千円で、前年度より{dO}千円減少した。滞納繰越分は高額・長期の案件が中心で、"
     "換価の難しい不動産の差押えが残っている。現年度分は納期内納付の割合が高まっている。",
     [("①", "納期限後20日以内に督促状を発送し、未納が続く場合は電話・SMSによる早期催告を行う。", "継続", "◎"),
      ("②", "預貯金・給与の財産調査を滞納発生から3か月以内に着手し、差押えを速やかに執行する。", "継続", "○"),
      ("③", "岩手県地方税特別滞納整理機構へ高額・困難案件を引き継ぎ、共同で滞納整理を進める。", "拡充", "○"),
      ("④", "スマートフォン決済アプリによる納付を全税目に広げ、納付機会を拡大する。", "新規", "△")]),
    ("kokuho", "強制徴収公債権", "地方税法", "税務課 収納対策係",
     "令和6年度末の収入未済額は{O}千円で、前年度より{dO}千円減少した。資格喪失後の滞納者が多く、"
     "転出者の所在確認に時間を要している。短期被保険者証の交付時の納付相談が接触機会となっている。",
     [("(1)", "短期被保険者証の更新時に納付相談を行い、分納誓約を結んだうえで履行状況を毎月確認する。", "継続", "◎"),
      ("(2)", "資格喪失世帯の一覧を年2回作成し、文書催告と臨戸訪問を集中的に行う。", "拡充", "○"),
      ("(3)", "口座振替の原則化に向け、国保加入の届出時に口座振替の申込みを勧奨する。", "新規", "○")]),
    ("jutaku", "私債権", "民法・大船渡市営住宅条例", "住宅公園課 住宅管理係",
     "令和6年度末の収入未済額は{O}千円で、前年度より{dO}千円減少した。退去者の滞納分が収入未済額の"
     "半分近くを占め、連帯保証人への請求が遅れがちである。",
     [("ア", "家賃を3か月以上滞納した入居者に連帯保証人あての催告書を送付し、面談による納付指導を行う。", "継続", "◎"),
      ("イ", "退去者の滞納分について支払督促の申立てを行い、債務名義を取得する。", "継続", "○"),
      ("ウ", "回収の見込みがない債権は債権管理条例に基づき放棄し、議会に報告する。", "新規", "△")]),
]
for no, (k, kind, law, dept, issue, items) in enumerate(SHEETS, 1):
    PG = 3 + no
    p = newpage()
    footer(p, PG)
    full = [x for x in DEBTS if x[0] == k][0][1]
    T(p, 40, 70, f"{no + 2}　取組個票（{full}）　No.{no}", 13, "G")
    grid(p, 40, 84, [70, 160, 70, 215], [20, 20],
         [(0, 0, "債権名", {"fill": (0.85, 0.85, 0.85)}), (0, 1, full, {"al": "l", "font": "G", "size": 9.5}),
          (0, 2, "所管課", {"fill": (0.85, 0.85, 0.85)}), (0, 3, dept, {"al": "l"}),
          (1, 0, f"債権区分　{kind}", {"cs": 2, "al": "l"}), (1, 2, f"根拠法令　{law}", {"cs": 2, "al": "l"})], size=8.5)
    T(p, 40, 146, "１　収納状況の推移", 10.5, "G")
    T(p, 355, 146, "（単位：千円）", 8, align="r", w=200)
    if k == "tax":
        # merged metric labels over 現年/滞繰/計 rows, vertical group label, 決算|見込 headings
        colw = [22, 58, 52] + [64] * 5 + [60]
        rowh = [16, 16] + [15] * 10
        cells = [(0, 0, "区分", {"rs": 2, "cs": 3, "fill": (0.85, 0.85, 0.85)}),
                 (0, 3, "決算", {"cs": 4, "fill": (0.85, 0.85, 0.85)}), (0, 7, "見込", {"fill": (0.85, 0.85, 0.85)}),
                 (0, 8, "前年度比", {"rs": 2, "fill": (0.85, 0.85, 0.85)})]
        yrs = [(2021, "令和3年度"), (2022, "令和4年度"), (2023, "令和5年度"), (2024, "令和6年度")]
        for j, (yy, yr) in enumerate(yrs):
            cells.append((1, 3 + j, yr, {"fill": (0.92, 0.92, 0.92)}))
        cells.append((1, 7, "令和7年度", {"fill": (0.92, 0.92, 0.92)}))
        cells.append((2, 0, "収納状況", {"rs": 10, "vert": True}))
        est = {"current": dict(A=4201350, C=4163710), "arrears": dict(A=218460, C=45880)}
        est["total"] = {m: est["current"][m] + est["arrears"][m] for m in "AC"}
        for s in est:
            est[s]["R"] = rate(est[s]["C"], est[s]["A"])
        r = 2
        for m, mn in (("A", "調定額"), ("C", "収入済額"), ("R", "収納率（％）")):
            cells.append((r, 1, mn, {"rs": 3}))
            for q, (s, sn) in enumerate((("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計"))):
                cells.append((r + q, 2, sn))
                for j, (yy, yr) in enumerate(yrs):
                    v = D[k, yy][s][m]
                    txt = r2(v) if m == "R" else c(v)
                    cells.append((r + q, 3 + j, txt, {"al": "r"}))
                    G.f(PG, "市税", "市税", yy, yr, s, MET[m], "actual", v if m == "R" else v * 1000,
                        "percent" if m == "R" else "yen", txt)
                v = est[s][m]
                txt = r2(v) if m == "R" else c(v)
                cells.append((r + q, 7, txt, {"al": "r", "fill": (0.96, 0.96, 0.9)}))
                G.f(PG, "市税", "市税", 2025, "令和7年度", s, MET[m], "estimate", v if m == "R" else v * 1000,
                    "percent" if m == "R" else "yen", txt)
                dv = D[k, 2024][s][m] - D[k, 2023][s][m]
                txt = c(round(dv, 2)) if m != "R" else ("△" + r2(-dv) if dv < 0 else r2(dv))
                cells.append((r + q, 8, txt, {"al": "r"}))
                G.f(PG, "市税", "市税", 2024, "令和6年度", s, "difference", "actual",
                    round(dv, 2) if m == "R" else dv * 1000, "points" if m == "R" else "yen", txt)
            r += 3
        cells.append((r, 1, "収入未済額（計）", {"cs": 2}))
        for j, (yy, yr) in enumerate(yrs):
            v = D[k, yy]["total"]["O"]
            cells.append((r, 3 + j, c(v), {"al": "r"}))
            G.f(PG, "市税", "市税", yy, yr, "total", "outstanding", "actual", v * 1000, "yen", c(v))
        cells.append((r, 7, "－", {"al": "c", "fill": (0.96, 0.96, 0.9)}))
        dv = D[k, 2024]["total"]["O"] - D[k, 2023]["total"]["O"]
        cells.append((r, 8, c(dv), {"al": "r"}))
        G.f(PG, "市税", "市税", 2024, "令和6年度", "total", "difference", "actual", dv * 1000, "yen", c(dv))
        yb = grid(p, 40, 154, colw, rowh, cells, size=7.8)
        T(p, 40, yb + 11, "※ 前年度比は令和6年度と令和5年度の差。収納率の前年度比はポイント。", 7.5)
        yb += 14
    elif k == "kokuho":
        # one metric per row, years as columns, 備考 column with a figure in text
        yrs = [(2022, "R4"), (2023, "R5"), (2024, "R6")]
        colw = [90] + [75] * 3 + [185]
        rowh = [18] + [17] * 5
        cells = [(0, 0, "項目（計）", {"fill": (0.85, 0.85, 0.85)})] + \
                [(0, 1 + j, yr + "決算", {"fill": (0.85, 0.85, 0.85)}) for j, (yy, yr) in enumerate(yrs)] + \
                [(0, 4, "備考", {"fill": (0.85, 0.85, 0.85)})]
        notes = {1: "", 2: f"うち滞納繰越分 {c(D[k, 2024]['arrears']['C'])}千円", 3: "時効完成・執行停止によるもの",
                 4: f"うち現年度分 {c(D[k, 2024]['current']['O'])}千円", 5: ""}
        for i, (m, mn) in enumerate((("A", "調定額"), ("C", "収入済額"), ("W", "不納欠損額"), ("O", "収入未済額"), ("R", "収納率（％）")), 1):
            cells.append((i, 0, mn, {"al": "l"}))
            for j, (yy, yr) in enumerate(yrs):
                v = D[k, yy]["total"][m]
                txt = r2(v) if m == "R" else c(v)
                cells.append((i, 1 + j, txt, {"al": "r"}))
                G.f(PG, "国民健康保険料", "国民健康保険税", yy, yr, "total", MET[m], "actual",
                    v if m == "R" else v * 1000, "percent" if m == "R" else "yen", txt)
            cells.append((i, 4, notes[i], {"al": "l", "size": 7.5}))
        G.f(PG, "国民健康保険料", "国民健康保険税", 2024, "R6", "arrears", "collected", "actual",
            D[k, 2024]["arrears"]["C"] * 1000, "yen", c(D[k, 2024]["arrears"]["C"]) + "千円")
        G.f(PG, "国民健康保険料", "国民健康保険税", 2024, "R6", "current", "outstanding", "actual",
            D[k, 2024]["current"]["O"] * 1000, "yen", c(D[k, 2024]["current"]["O"]) + "千円")
        yb = grid(p, 40, 154, colw, rowh, cells, size=8)
        T(p, 40, yb + 11, "※ 収納率＝収入済額÷調定額。不納欠損額はすべて滞納繰越分。", 7.5)
        yb += 14
    else:
        # two lines per cell: 上段 令和6年度, 下段 令和5年度 (explained only by the note)
        colw = [80, 85, 85, 70, 85, 85]
        rowh = [18, 28, 28, 28]
        cells = [(0, q, h, {"fill": (0.85, 0.85, 0.85)}) for q, h in
                 enumerate(["区分", "調定額", "収入済額", "収納率", "不納欠損額", "収入未済額"])]
        for i, (s, sn) in enumerate((("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "合計")), 1):
            cells.append((i, 0, sn))
            for q, m in enumerate("ACRWO", 1):
                vs = []
                for yy, yr in ((2024, "令和6年度"), (2023, "令和5年度")):
                    v = D[k, yy][s][m]
                    txt = r2(v) if m == "R" else c(v)
                    vs.append(txt)
                    G.f(PG, "市営住宅使用料", "市営住宅使用料", yy, yr, s, MET[m], "actual",
                        v if m == "R" else v * 1000, "percent" if m == "R" else "yen", txt)
                cells.append((i, q, vs[0] + "\n" + vs[1], {"al": "r"}))
        yb = grid(p, 40, 154, colw, rowh, cells, size=8)
        T(p, 40, yb + 11, "上段：令和6年度、下段：令和5年度（単位：千円、収納率は％）", 7.5)
        yb += 14
    # targets, side-by-side headings
    y = yb + 24
    T(p, 40, y, "２　数値目標（収納率）", 10.5, "G")
    tg = {"tax": ((99.05, 21.50), (99.10, 22.50)), "kokuho": ((94.40, 17.50), (94.60, 18.50)),
          "jutaku": ((96.80, 13.00), (97.00, 14.00))}[k]
    cells = [(0, 0, "", {"rs": 2, "fill": (0.85, 0.85, 0.85)}), (0, 1, "令和7年度", {"cs": 2, "fill": (0.85, 0.85, 0.85)}),
             (0, 3, "令和8年度", {"cs": 2, "fill": (0.85, 0.85, 0.85)})]
    for j in range(2):
        cells += [(1, 1 + 2 * j, "現年度分", {"fill": (0.92, 0.92, 0.92)}), (1, 2 + 2 * j, "滞納繰越分", {"fill": (0.92, 0.92, 0.92)})]
    cells.append((2, 0, "目標（％）"))
    for j, (fy, fyr) in enumerate(((2025, "令和7年度"), (2026, "令和8年度"))):
        for q, s in enumerate(("current", "arrears")):
            txt = r2(tg[j][q])
            cells.append((2, 1 + 2 * j + q, txt, {"al": "r"}))
            G.f(PG, CANON[k], full, fy, fyr, s, "collection_rate", "target", tg[j][q], "percent", txt)
    y = grid(p, 40, y + 8, [90, 85, 85, 85, 85], [16, 16, 17], cells, size=8)
    # issue paragraph in a cell beside plain figures
    y += 22
    T(p, 40, y, "３　現状と課題", 10.5, "G")
    O, O5 = D[k, 2024]["total"]["O"], D[k, 2023]["total"]["O"]
    txt = issue.format(O=c(O), dO=c(O5 - O))
    G.f(PG, CANON[k], full, 2024, "令和6年度", "total", "outstanding", "actual", O * 1000, "yen", f"{c(O)}千円")
    G.f(PG, CANON[k], full, 2024, "令和6年度", "total", "difference", "actual", -(O5 - O) * 1000, "yen", f"{c(O5 - O)}千円")
    lines = len(wrap(txt, 355 - 6, 8.5))
    h = max(44, lines * 11 + 10)
    ov = D[k, 2024]["arrears"]["O"]
    grid(p, 40, y + 8, [360, 70, 85], [16, h],
         [(0, 0, "現状と課題", {"fill": (0.85, 0.85, 0.85)}), (0, 1, "区分", {"fill": (0.85, 0.85, 0.85)}),
          (0, 2, "滞納繰越分未済額", {"fill": (0.85, 0.85, 0.85), "size": 7.5}),
          (1, 0, txt, {"al": "l", "wrap": True, "top": True, "size": 8.5}), (1, 1, "令和6年度末"),
          (1, 2, c(ov), {"al": "r"})], size=8)
    G.f(PG, CANON[k], full, 2024, "令和6年度", "arrears", "outstanding", "actual", ov * 1000, "yen", c(ov))
    y = y + 8 + 16 + h + 24
    T(p, 40, y, "４　取組内容", 10.5, "G")
    cells = [(0, 0, "No.", {"fill": (0.85, 0.85, 0.85)}), (0, 1, "取組", {"fill": (0.85, 0.85, 0.85)}),
             (0, 2, "", {"fill": (0.85, 0.85, 0.85)})]
    rowh = [16]
    for i, (lab, t, st, prog) in enumerate(items, 1):
        body = f"{t}【{st}】"
        n = len(wrap(body, 400 - 6, 8.5))
        rowh.append(n * 11 + 8)
        cells += [(i, 0, lab), (i, 1, body, {"al": "l", "wrap": True, "size": 8.5}), (i, 2, prog, {"size": 10})]
        G.i(PG, CANON[k], 2025, "取組内容", lab, t, st, debt_raw=full)
    yb = grid(p, 40, y + 8, [40, 400, 75], rowh, cells, size=8)
    T(p, 40, yb + 12, "◎：実施済　○：実施中　△：検討中（令和7年10月末現在）", 7.5)

out = ROOT / "pdf" / f"{STEM}.pdf"
doc.subset_fonts()
doc.save(out, garbage=4, deflate=True)
gp = G.write(out)
check(out, gp)
