"""pb_kodaira_committee_1: 令和7年度第2回 小平市債権管理対策会議 資料 (取組個票), drawn with PyMuPDF.
Run from corpus/dev55:  python3 build/pb_kodaira_committee_1.py"""
import random
import sys

import pymupdf as fitz

sys.path.insert(0, "build")
from pb_common import Gold, comma, oku_man, rate, series, zen  # noqa: E402
from pb_fitz import cell, hline, para, text, vcell  # noqa: E402

STEM = "pb_kodaira_committee_1"
rng = random.Random(5501)
g = Gold()
SH = (0.86, 0.86, 0.86)
LT = (0.94, 0.94, 0.94)
YRS = [2020, 2021, 2022, 2023, 2024]
RW = {2017: "平成29年度", 2020: "令和2年度", 2021: "令和3年度", 2022: "令和4年度", 2023: "令和5年度",
      2024: "令和6年度", 2025: "令和7年度", 2026: "令和8年度"}

# canonical debt, printed name, short name, 所管課, 区分, series parameters
DEBTS = [
    ("市税", "市税", "市税", "市民部納税課", "強制徴収公債権", (28_900_000, 99.05, 560_000, 31.0)),
    ("国民健康保険料", "国民健康保険税", "国保税", "健康福祉部保険年金課", "強制徴収公債権",
     (4_310_000, 93.20, 1_180_000, 24.0)),
    ("介護保険料", "介護保険料", "介護保険料", "健康福祉部高齢者支援課", "強制徴収公債権",
     (4_080_000, 98.70, 132_000, 17.5)),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "後期高齢", "健康福祉部保険年金課",
     "強制徴収公債権", (2_610_000, 99.45, 21_000, 41.0)),
    ("保育所保育料", "保育料", "保育料", "子ども家庭部保育課", "強制徴収公債権",
     (262_000, 98.80, 31_500, 14.0)),
    ("住宅使用料", "市営住宅使用料", "住宅使用料", "都市開発部住宅課", "私債権",
     (96_400, 97.40, 27_800, 19.5)),
]
D = {}
for d in DEBTS:
    a, b, c, e = d[5]
    D[d[0]] = series(rng, YRS, a, b, c, e)


def tot(y, seg, k):
    return sum(D[d[0]][y][seg][k] for d in DEBTS)


TOTAL = {y: {seg: {k: tot(y, seg, k) for k in ("assessed", "collected", "written_off", "outstanding")}
             for seg in ("current", "arrears", "total")} for y in YRS}
for y in YRS:
    for seg in TOTAL[y]:
        t = TOTAL[y][seg]
        t["rate"] = round(t["collected"] / t["assessed"] * 100, 2)

METRIC = {"assessed": "調定額", "collected": "収入済額", "written_off": "不納欠損額",
          "outstanding": "収入未済額", "rate": "収納率"}


def F(v, metric, debt, raw_name, y, seg, basis="actual", fy_raw=None, unit_k=True, pct=False,
      as_of=None, approx=False):
    """print a 千円 amount or a rate (no % sign) and record it"""
    if metric == "rate":
        s = rate(v)
        return g.fact(s, v, "collection_rate", "percent", debt=debt, debt_raw=raw_name, fy=y,
                      fy_raw=fy_raw or RW[y], segment=seg, basis=basis, as_of=as_of)
    s = comma(v)
    return g.fact(s, v * 1000, metric, "yen", debt=debt, debt_raw=raw_name, fy=y,
                  fy_raw=fy_raw or RW[y], segment=seg, basis=basis, as_of=as_of, approx=approx)


doc = fitz.open()
W, H = 595, 842
L, R = 50, 545


def new_page(landscape=False, folio=True):
    p = doc.new_page(width=H if landscape else W, height=W if landscape else H)
    g.page = len(doc)
    if folio:
        pw = p.rect.width
        text(p, 0, p.rect.height - 25, f"- {g.page} -", 8, "g", "c", pw)
    return p


def strip(p, y, pairs, widths):
    """one-row label/value box"""
    x = L
    for i, (lab, val) in enumerate(pairs):
        cell(p, (x, y, x + widths[2 * i], y + 20), lab, 8.5, fill=SH)
        x += widths[2 * i]
        cell(p, (x, y, x + widths[2 * i + 1], y + 20), val, 9, align="l")
        x += widths[2 * i + 1]
    return y + 20


# ---------------------------------------------------------------- page 1
p = new_page()
cell(p, (R - 50, 35, R, 52), "資料１", 10)
text(p, 0, 80, "令和７年度 第２回小平市債権管理対策会議", 15, "g", "c", W)
text(p, L, 104, "", 9)
text(p, 0, 104, "主要債権の収納状況及び取組個票", 12, "g", "c", W)
text(p, L, 128, "令和７年11月20日", 9, "g", "r", R - L)
text(p, L, 141, "総務部 債権管理課", 9, "g", "r", R - L)

text(p, L, 170, "１　主要債権の収納状況（令和６年度決算）", 11)
text(p, L, 186, "（単位：千円、％）", 8, "g", "r", R - L)
y0 = 190
cw = (R - L - 70) / 7
heads = [d[1] for d in DEBTS] + ["計"]
cell(p, (L, y0, L + 70, y0 + 30), "区分", 8.5, fill=SH)
for i, hname in enumerate(heads):
    cell(p, (L + 70 + i * cw, y0, L + 70 + (i + 1) * cw, y0 + 30), hname, 8, fill=SH)
yy = y0 + 30
for k in ("assessed", "collected", "written_off", "outstanding", "rate"):
    cell(p, (L, yy, L + 70, yy + 18), METRIC[k], 8.5, fill=LT)
    for i, d in enumerate(DEBTS + [None]):
        if d is None:
            v = TOTAL[2024]["total"][k]
            s = F(v, k, None, "計", 2024, "total")
        else:
            v = D[d[0]][2024]["total"][k]
            s = F(v, k, d[0], d[1], 2024, "total")
        cell(p, (L + 70 + i * cw, yy, L + 70 + (i + 1) * cw, yy + 18), s, 7.8, align="r")
    yy += 18
text(p, L, yy + 12, "※ 収納率＝収入済額÷調定額。現年分と滞納繰越分の合計である。", 7.5)

# counts table (debts as rows) beside a 参考 box
yb = yy + 40
text(p, L, yb, "２　滞納者数及び差押件数（令和６年度末）", 11)
yb += 8
DEL = {}
SEI = {}
for d in DEBTS:
    base = D[d[0]][2024]["total"]["outstanding"]
    DEL[d[0]] = int(base / rng.uniform(95, 140))
    SEI[d[0]] = int(DEL[d[0]] * rng.uniform(0.05, 0.3)) if d[4] != "私債権" else 0
cols = [110, 70, 70]
x = L
for c, hname in zip(cols, ["債権名", "滞納者数（人）", "差押件数（件）"]):
    cell(p, (x, yb, x + c, yb + 20), hname, 8, fill=SH)
    x += c
yr = yb + 20
for d in DEBTS:
    x = L
    cell(p, (x, yr, x + 110, yr + 17), d[1], 8, align="l")
    s = g.fact(comma(DEL[d[0]]), DEL[d[0]], "delinquents", "persons", debt=d[0], debt_raw=d[1],
               fy=2024, fy_raw="令和６年度末", segment="total", basis="actual")
    cell(p, (x + 110, yr, x + 180, yr + 17), s, 8, align="r")
    if SEI[d[0]]:
        s2 = g.fact(comma(SEI[d[0]]), SEI[d[0]], "seizures", "cases", debt=d[0], debt_raw=d[1],
                    fy=2024, fy_raw="令和６年度末", segment="total", basis="actual")
    else:
        s2 = "－"
    cell(p, (x + 180, yr, x + 250, yr + 17), s2, 8, align="r")
    yr += 17

# 参考 box
bx0, bx1 = L + 270, R
cell(p, (bx0, yb, bx1, yr), "", border=0.8)
text(p, bx0 + 8, yb + 16, "【参考】市の全債権の状況", 9.5)
ALL_OUT24 = 1_734_000_000
ALL_OUT23 = 1_795_000_000
ALL_R24, ALL_R23 = 96.02, 95.87
lines = [
    "・収入未済額：約" + g.fact("17億3,400万円", ALL_OUT24, "outstanding", "yen", fy=2024,
                          fy_raw="令和６年度末", approx=True) + "（令和６年度末）",
    "・前年度からの減少額：約" + g.fact("6,100万円", ALL_OUT24 - ALL_OUT23, "difference", "yen",
                               fy=2024, fy_raw="令和６年度末", approx=True),
    "・全債権の収納率：" + g.fact("96.02％", ALL_R24, "collection_rate", "percent", fy=2024,
                            fy_raw="令和６年度") ,
    "　（前年度比" + g.fact("0.15ポイント", 0.15, "difference", "points", fy=2024,
                         fy_raw="令和６年度") + "上昇）",
    "・対象債権数：42債権（うち私債権11）",
]
ty = yb + 22
for ln in lines:
    ty = para(p, bx0 + 8, ty, ln, bx1 - bx0 - 16, 8.5, lead=1.6)

text(p, L, yr + 40, "３　本日の資料", 11)
ty = yr + 46
for ln in ["取組個票 No.1　市税 ……………………………………………… ２頁",
           "取組個票 No.2　国民健康保険税 ……………………………………… ３頁",
           "取組個票 No.3　介護保険料 …………………………………………… ４頁",
           "取組個票 No.4・5　保育料、市営住宅使用料 ……………………… ５頁",
           "参考資料１　主要債権の決算状況 …………………………………… ６頁",
           "参考資料２　債権別・年度別の収入未済額の推移 ………………… ７頁"]:
    ty = para(p, L + 12, ty, ln, 450, 9)

# ---------------------------------------------------------------- page 2: 市税
TARGETS = {}
for d in DEBTS:
    b = D[d[0]][2024]
    t = {}
    for j, y in enumerate((2025, 2026)):
        t[y] = {}
        for seg, step in (("current", 0.08), ("arrears", 1.2)):
            r_ = round(b[seg]["rate"] + step * (j + 1), 2)
            a_ = int(b[seg]["assessed"] * (1.01 if seg == "current" else 0.96) ** (j + 1))
            t[y][seg] = {"assessed": a_, "collected": int(a_ * r_ / 100), "rate": r_}
        cu, ar = t[y]["current"], t[y]["arrears"]
        ta = cu["assessed"] + ar["assessed"]
        tc = cu["collected"] + ar["collected"]
        t[y]["total"] = {"assessed": ta, "collected": tc, "rate": round(tc / ta * 100, 2)}
    TARGETS[d[0]] = t

SEGN = {"current": "現年分", "arrears": "滞繰分", "total": "合計"}


def initiatives(p, y, debt, raw, items, section="取組内容", fy=2025, width=R - L - 20, size=8.8):
    """items: (label, text, status, tag_alone)"""
    for lab, body, st, alone in items:
        g.init(body, debt=debt, debt_raw=raw, fy=fy, section=section, label=lab, status=st)
        tag = f"【{st}】" if st else ""
        s = f"{lab}　{body}" + ("" if alone else tag)
        y = para(p, L + 10, y, s, width, size, indent2=size * (len(lab) + 1))
        if alone and tag:
            y = para(p, R - 60, y, tag, 60, size)
    return y


p = new_page()
text(p, L, 45, "取組個票 No.1", 9, "g", "r", R - L)
text(p, L, 62, "債権管理の取組個票（令和７年度）", 13)
strip(p, 72, [("債権名", "市税"), ("所管課", "市民部納税課"), ("債権区分", "強制徴収公債権")],
      [52, 80, 52, 120, 60, 131])
text(p, L, 118, "１　収納状況の推移", 10.5)
text(p, L, 118, "（単位：千円、％）", 8, "g", "r", R - L)
d0 = DEBTS[0]
y0 = 124
lw = 45
cw = (R - L - lw) / 9
cell(p, (L, y0, L + lw, y0 + 32), "区分", 8, fill=SH)
for j, y in enumerate((2022, 2023, 2024)):
    x = L + lw + 3 * j * cw
    cell(p, (x, y0, x + 3 * cw, y0 + 16), RW[y] + "決算", 8, fill=SH)
    for k, m in enumerate(("調定額", "収入済額", "収納率")):
        cell(p, (x + k * cw, y0 + 16, x + (k + 1) * cw, y0 + 32), m, 7.5, fill=SH)
yy = y0 + 32
for seg in ("current", "arrears", "total"):
    cell(p, (L, yy, L + lw, yy + 17), SEGN[seg], 8, fill=LT)
    for j, y in enumerate((2022, 2023, 2024)):
        x = L + lw + 3 * j * cw
        for k, m in enumerate(("assessed", "collected", "rate")):
            s = F(D[d0[0]][y][seg][m], m, d0[0], d0[1], y, seg)
            cell(p, (x + k * cw, yy, x + (k + 1) * cw, yy + 17), s, 7.2, align="r")
    yy += 17

text(p, L, yy + 24, "２　数値目標", 10.5)
text(p, L, yy + 24, "上段：収入済額（千円）／下段：収納率（％）", 7.5, "g", "r", R - L)
y0 = yy + 30
vcell(p, (L, y0, L + 22, y0 + 18 + 3 * 30), "数値目標", 8, fill=SH)
cell(p, (L + 22, y0, L + 110, y0 + 18), "区分", 8, fill=SH)
cell(p, (L + 110, y0, L + 270, y0 + 18), "令和７年度", 8, fill=SH)
cell(p, (L + 270, y0, L + 430, y0 + 18), "令和８年度", 8, fill=SH)
cell(p, (L + 430, y0, R, y0 + 18), "備考", 8, fill=SH)
yy = y0 + 18
for seg in ("current", "arrears", "total"):
    cell(p, (L + 22, yy, L + 110, yy + 30), SEGN[seg], 8)
    for j, y in enumerate((2025, 2026)):
        t = TARGETS[d0[0]][y][seg]
        a = F(t["collected"], "collected", d0[0], d0[1], y, seg, "target")
        b = F(t["rate"], "rate", d0[0], d0[1], y, seg, "target")
        cell(p, (L + 110 + 160 * j, yy, L + 270 + 160 * j, yy + 30), a + "\n" + b, 8, align="r")
    cell(p, (L + 430, yy, R, yy + 30), "", 8)
    yy += 30

text(p, L, yy + 24, "３　現状と課題", 10.5)
y0 = yy + 30
o24 = D[d0[0]][2024]["arrears"]["outstanding"]
o23 = D[d0[0]][2023]["arrears"]["outstanding"]
ptxt = ("令和６年度末の滞納繰越分の収入未済額は" +
        g.fact(f"{comma(o24)}千円", o24 * 1000, "outstanding", "yen", debt="市税", debt_raw="市税",
               fy=2024, fy_raw="令和６年度末", segment="arrears") +
        "で、前年度より" +
        g.fact(f"{comma(abs(o24 - o23))}千円", (o24 - o23) * 1000, "difference", "yen", debt="市税",
               debt_raw="市税", fy=2024, fy_raw="令和６年度末", segment="arrears") +
        ("減少" if o24 < o23 else "増加") +
        "した。一方、少額の滞納案件が増えており、納期限後の早期の催告と、滞納が累積する前の"
        "財産調査が課題となっている。")
cell(p, (L, y0, L + 330, y0 + 78), "", border=0.6)
para(p, L + 5, y0 + 2, ptxt, 320, 8.5)
cell(p, (L + 330, y0, R, y0 + 16), "主な数値（令和６年度）", 8, fill=SH)
s1 = g.fact(comma(DEL["市税"]), DEL["市税"], "delinquents", "persons", debt="市税", debt_raw="市税",
            fy=2024, fy_raw="令和６年度")
s2 = g.fact(comma(SEI["市税"]), SEI["市税"], "seizures", "cases", debt="市税", debt_raw="市税",
            fy=2024, fy_raw="令和６年度")
cell(p, (L + 330, y0 + 16, R, y0 + 78), f"滞納者数　{s1}人\n差押件数　{s2}件\n不納欠損額　" +
     F(D["市税"][2024]["total"]["written_off"], "written_off", "市税", "市税", 2024, "total") + "千円",
     8.5, align="l")

text(p, L, y0 + 104, "４　取組内容", 10.5)
y = initiatives(p, y0 + 108, "市税", "市税", [
    ("(1)", "納期限後20日以内の督促状発送と、その後の電話催告を徹底し、現年分の滞納の早期解消を図る。", "継続", False),
    ("(2)ア", "預貯金・給与等の財産調査をシステムで一括照会し、調査から差押えまでの期間を短縮する。", "拡充", False),
    ("(2)イ", "滞納額10万円以上の事案を高額案件として班長が進行管理し、滞納処分を計画的に行う。", "継続", True),
    ("(3)", "スマートフォン決済アプリによる納付の周知を強化し、納期内納付率を高める。", "新規", False),
    ("(4)", "東京都主税局との共同催告及び職員の実務研修を実施し、徴収技術を向上させる。", "継続", False),
])

# ---------------------------------------------------------------- page 3: 国民健康保険税
p = new_page()
d1 = DEBTS[1]
text(p, L, 45, "取組個票 No.2", 9, "g", "r", R - L)
text(p, L, 62, "債権管理の取組個票（令和７年度）", 13)
cell(p, (L, 72, L + 230, 92), "債権名　国民健康保険税", 9.5, align="l", fill=LT)
cell(p, (L + 230, 72, R, 92), "所管課　健康福祉部保険年金課", 9.5, align="l")
text(p, L, 118, "１　収納状況の推移（単位：千円、％）", 10.5)
text(p, L, 130, "※ 右側の列（不納欠損額・収入未済額・合計）は次頁に続く。", 7.5)
y0 = 136
cols = [60] + [72.5] * 6
hd2 = ["収納率", "調定額", "収入済額"]
cell(p, (L, y0, L + 60, y0 + 32), "年度", 8, fill=SH)
cell(p, (L + 60, y0, L + 60 + 217.5, y0 + 16), "現年分", 8, fill=SH)
cell(p, (L + 277.5, y0, R, y0 + 16), "滞納繰越分", 8, fill=SH)
for k in range(6):
    x = L + 60 + k * 72.5
    cell(p, (x, y0 + 16, x + 72.5, y0 + 32), hd2[k % 3], 7.8, fill=SH)
yy = y0 + 32
for y in reversed(YRS):
    cell(p, (L, yy, L + 60, yy + 17), RW[y], 8, fill=LT)
    for k, (seg, m) in enumerate([("current", "rate"), ("current", "assessed"), ("current", "collected"),
                                  ("arrears", "rate"), ("arrears", "assessed"), ("arrears", "collected")]):
        x = L + 60 + k * 72.5
        s = F(D[d1[0]][y][seg][m], m, d1[0], d1[1], y, seg)
        cell(p, (x, yy, x + 72.5, yy + 17), s, 7.8, align="r")
    yy += 17

text(p, L, yy + 26, "２　数値目標（収納率）", 10.5)
text(p, L, yy + 26, "単位：％　（　）内は令和６年度実績", 7.5, "g", "r", R - L)
y0 = yy + 32
for j, hname in enumerate(["区分", "令和７年度目標", "令和８年度目標"]):
    cell(p, (L + j * 150, y0, L + (j + 1) * 150, y0 + 18), hname, 8, fill=SH)
yy = y0 + 18
for seg in ("current", "arrears", "total"):
    cell(p, (L, yy, L + 150, yy + 18), SEGN[seg], 8)
    a = F(TARGETS[d1[0]][2025][seg]["rate"], "rate", d1[0], d1[1], 2025, seg, "target")
    b = F(D[d1[0]][2024][seg]["rate"], "rate", d1[0], d1[1], 2024, seg, "actual")
    c = F(TARGETS[d1[0]][2026][seg]["rate"], "rate", d1[0], d1[1], 2026, seg, "target")
    cell(p, (L + 150, yy, L + 300, yy + 18), f"{a}（{b}）", 8.5, align="r")
    cell(p, (L + 300, yy, L + 450, yy + 18), c, 8.5, align="r")
    yy += 18

text(p, L, yy + 26, "３　取組内容", 10.5)
y = initiatives(p, yy + 30, d1[0], d1[1], [
    ("①", "口座振替の原則化を進め、国保加入手続の窓口で口座振替の申込みを受け付ける。", "継続", False),
    ("②", "資格喪失者に対する未納税額の通知と納付勧奨を、喪失届の受理後速やかに行う。", "継続", False),
    ("③", "短期被保険者証の更新時に納税相談を行い、分割納付の履行状況を確認する。", "継続", False),
    ("④", "コールセンターによる現年分の電話催告を毎月実施し、初期滞納の早期解消を図る。", "拡充", True),
    ("⑤", "納税課と合同で財産調査及び滞納処分を行う一元化事案の対象を拡大する。", "新規", False),
])

# ---------------------------------------------------------------- page 4: 国保 continued + 介護
p = new_page()
text(p, L, 50, "（取組個票 No.2　国民健康保険税　収納状況の推移　続き）", 9.5)
text(p, L, 64, "（単位：千円、％）", 8, "g", "r", R - L)
y0 = 68
cell(p, (L, y0, L + 60, y0 + 32), "年度", 8, fill=SH)
cell(p, (L + 60, y0, L + 60 + 87, y0 + 32), "不納欠損額", 7.8, fill=SH)
cell(p, (L + 147, y0, L + 234, y0 + 32), "収入未済額", 7.8, fill=SH)
cell(p, (L + 234, y0, R, y0 + 16), "合計", 8, fill=SH)
for k, hname in enumerate(["調定額", "収入済額", "収納率"]):
    x = L + 234 + k * 87
    cell(p, (x, y0 + 16, x + 87, y0 + 32), hname, 7.8, fill=SH)
yy = y0 + 32
for y in reversed(YRS):
    cell(p, (L, yy, L + 60, yy + 17), RW[y], 8, fill=LT)
    vals = [("total", "written_off"), ("total", "outstanding"), ("total", "assessed"),
            ("total", "collected"), ("total", "rate")]
    for k, (seg, m) in enumerate(vals):
        x = L + 60 + k * 87
        s = F(D[d1[0]][y][seg][m], m, d1[0], d1[1], y, seg)
        cell(p, (x, yy, x + 87, yy + 17), s, 7.8, align="r")
    yy += 17

d2 = DEBTS[2]
y0 = yy + 40
hline(p, L, R, y0 - 14, 1.2)
text(p, L, y0 + 4, "取組個票 No.3", 9, "g", "r", R - L)
text(p, L, y0 + 4, "債権管理の取組個票（令和７年度）", 13)
strip(p, y0 + 14, [("債権名", "介護保険料"), ("所管課", "健康福祉部高齢者支援課"), ("区分", "強制徴収公債権")],
      [52, 90, 52, 140, 40, 121])
y0 += 52
text(p, L, y0 + 8, "１　収納率の推移と目標", 10.5)
y0 += 14
hd = ["区分", "令和５年度決算", "令和６年度決算", "令和７年度目標"]
for j, hname in enumerate(hd):
    cell(p, (L + j * 110, y0, L + (j + 1) * 110, y0 + 28), hname + ("" if j == 0 else "\n収納率（％）"),
         7.5, fill=SH)
y0 += 28
for seg in ("current", "arrears", "total"):
    cell(p, (L, y0, L + 110, y0 + 17), SEGN[seg], 8)
    s1 = F(D[d2[0]][2023][seg]["rate"], "rate", d2[0], d2[1], 2023, seg)
    s2 = F(D[d2[0]][2024][seg]["rate"], "rate", d2[0], d2[1], 2024, seg)
    s3 = F(TARGETS[d2[0]][2025][seg]["rate"], "rate", d2[0], d2[1], 2025, seg, "target")
    for j, s in enumerate((s1, s2, s3)):
        cell(p, (L + 110 * (j + 1), y0, L + 110 * (j + 2), y0 + 17), s, 8, align="r")
    y0 += 17
text(p, L, y0 + 26, "２　取組内容", 10.5)
y = initiatives(p, y0 + 30, d2[0], d2[1], [
    ("ア", "年金からの特別徴収に切り替わるまでの普通徴収期間に、納付書とあわせて口座振替の案内を送付する。", "継続", False),
    ("イ", "滞納期間に応じた給付制限の内容を周知し、自主納付を促す。", "継続", False),
    ("ウ", "２年を経過する前の未納分について、時効管理を徹底し、催告書を送付する。", "新規", True),
])

# ---------------------------------------------------------------- page 5: 保育料 / 住宅
p = new_page()
d4 = DEBTS[4]
text(p, L, 45, "取組個票 No.4", 9, "g", "r", R - L)
text(p, L, 62, "債権管理の取組個票（令和７年度）", 13)
strip(p, 72, [("債権名", "保育料"), ("所管課", "子ども家庭部保育課"), ("区分", "強制徴収公債権")],
      [52, 80, 52, 150, 40, 121])
text(p, L, 118, "１　収入未済額及び収納率（合計）", 10.5)
y0 = 124
hd = ["項目", "令和５年度決算", "令和６年度決算", "令和７年度目標"]
for j, hname in enumerate(hd):
    cell(p, (L + j * 120, y0, L + (j + 1) * 120, y0 + 18), hname, 8, fill=SH)
y0 += 18
t25 = TARGETS[d4[0]][2025]["total"]
o25 = int(D[d4[0]][2024]["total"]["outstanding"] * 0.92)
cell(p, (L, y0, L + 120, y0 + 17), "収入未済額（千円）", 8, fill=LT)
for j, y in enumerate((2023, 2024)):
    cell(p, (L + 120 * (j + 1), y0, L + 120 * (j + 2), y0 + 17),
         F(D[d4[0]][y]["total"]["outstanding"], "outstanding", d4[0], d4[1], y, "total"), 8, align="r")
cell(p, (L + 360, y0, L + 480, y0 + 17), F(o25, "outstanding", d4[0], d4[1], 2025, "total", "target"),
     8, align="r")
y0 += 17
cell(p, (L, y0, L + 120, y0 + 17), "収納率（％）", 8, fill=LT)
for j, y in enumerate((2023, 2024)):
    cell(p, (L + 120 * (j + 1), y0, L + 120 * (j + 2), y0 + 17),
         F(D[d4[0]][y]["total"]["rate"], "rate", d4[0], d4[1], y, "total"), 8, align="r")
cell(p, (L + 360, y0, L + 480, y0 + 17), F(t25["rate"], "rate", d4[0], d4[1], 2025, "total", "target"),
     8, align="r")
y0 += 17
text(p, L, y0 + 26, "２　取組内容", 10.5)
y = initiatives(p, y0 + 30, d4[0], d4[1], [
    ("(1)", "入所時の面談で口座振替の手続を案内し、原則として口座振替による納付とする。", "継続", False),
    ("(2)", "児童手当からの特別徴収（申出による徴収）を活用し、滞納額の累積を防ぐ。", "継続", False),
    ("(3)", "卒園・退所により接触が少なくなる世帯に対し、退所前に納付相談を行う。", "拡充", False),
])

d5 = DEBTS[5]
y0 = y + 30
hline(p, L, R, y0 - 14, 1.2)
text(p, L, y0 + 4, "取組個票 No.5", 9, "g", "r", R - L)
text(p, L, y0 + 4, "債権管理の取組個票（令和７年度）", 13)
strip(p, y0 + 14, [("債権名", "市営住宅使用料"), ("所管課", "都市開発部住宅課"), ("区分", "私債権")],
      [52, 110, 52, 130, 40, 111])
y0 += 52
text(p, L, y0 + 8, "１　収納状況（令和６年度決算）", 10.5)
text(p, L, y0 + 8, "（単位：千円、％）", 8, "g", "r", R - L)
y0 += 14
hd = ["調定額", "収入済額", "収納率", "収入未済額", "備考"]
wd = [80, 80, 60, 80, 195]
x = L
for hname, w_ in zip(hd, wd):
    cell(p, (x, y0, x + w_, y0 + 18), hname, 8, fill=SH)
    x += w_
y0 += 18
tt = D[d5[0]][2024]["total"]
ar = D[d5[0]][2024]["arrears"]
vals = [F(tt["assessed"], "assessed", d5[0], d5[1], 2024, "total"),
        F(tt["collected"], "collected", d5[0], d5[1], 2024, "total"),
        F(tt["rate"], "rate", d5[0], d5[1], 2024, "total"),
        F(tt["outstanding"], "outstanding", d5[0], d5[1], 2024, "total")]
note = "うち滞納繰越分 " + F(ar["outstanding"], "outstanding", d5[0], d5[1], 2024, "arrears") + \
       "千円\n（退去者分を含む）"
x = L
for s, w_ in zip(vals + [note], wd):
    cell(p, (x, y0, x + w_, y0 + 30), s, 8, align="r" if w_ < 100 else "l")
    x += w_
y0 += 30
text(p, L, y0 + 26, "２　取組内容", 10.5)
bx = (L, y0 + 32, R, y0 + 32 + 96)
cell(p, bx, "", border=0.9)
y = initiatives(p, y0 + 34, d5[0], d5[1], [
    ("・", "滞納３か月以上の入居者と連帯保証人に対し、納付指導と分納誓約を行う。", "継続", False),
    ("・", "明渡請求後も納付のない退去者分は、支払督促の申立てなど法的措置を検討する。", "継続", False),
    ("・", "回収の見込みのない退去者分の債権は、債権放棄の要件に照らして整理を進める。", "新規", False),
], width=R - L - 30)

# ---------------------------------------------------------------- page 6 (landscape)
p = new_page(landscape=True)
PW, PH = H, W
LL, RR = 40, PW - 40
text(p, LL, 50, "参考資料１　主要債権の決算状況（令和５年度・令和６年度）", 12)
text(p, LL, 68, "表　債権別の調定額、収入済額及び収納率", 9.5, "g", "c", RR - LL)
text(p, LL, 68, "（単位：千円、％）", 8, "g", "r", RR - LL)
y0 = 74
lw = 96
cw = (RR - LL - lw) / 12
cell(p, (LL, y0, LL + lw, y0 + 48), "債権名", 8.5, fill=SH)
for j, y in enumerate((2023, 2024)):
    x = LL + lw + 6 * j * cw
    cell(p, (x, y0, x + 6 * cw, y0 + 16), RW[y], 8.5, fill=SH)
    for s_, segname in enumerate(("現年分", "滞納繰越分")):
        xs = x + 3 * s_ * cw
        cell(p, (xs, y0 + 16, xs + 3 * cw, y0 + 32), segname, 8, fill=SH)
        for k, m in enumerate(("調定額", "収入済額", "収納率")):
            cell(p, (xs + k * cw, y0 + 32, xs + (k + 1) * cw, y0 + 48), m, 7.5, fill=SH)
yy = y0 + 48
for d in DEBTS + [None]:
    name = d[1] if d else "合計"
    cell(p, (LL, yy, LL + lw, yy + 20), name, 8, align="l", fill=LT if d is None else None)
    for j, y in enumerate((2023, 2024)):
        for s_, seg in enumerate(("current", "arrears")):
            for k, m in enumerate(("assessed", "collected", "rate")):
                x = LL + lw + (6 * j + 3 * s_ + k) * cw
                v = (D[d[0]] if d else TOTAL)[y][seg][m]
                s = F(v, m, d[0] if d else None, name, y, seg)
                cell(p, (x, yy, x + cw, yy + 20), s, 7.6, align="r", fill=LT if d is None else None)
    yy += 20
text(p, LL, yy + 14, "出典：小平市各会計歳入歳出決算書（令和５年度・令和６年度）をもとに債権管理課で作成", 7.5)
text(p, LL, yy + 28, "注）滞納繰越分の調定額は、前年度末の収入未済額から調定の更正等を加減した額である。", 7.5)

# ---------------------------------------------------------------- page 7/8 long table
p = new_page()
text(p, L, 55, "参考資料２　債権別・年度別の収入未済額の推移", 12)
o24 = TOTAL[2024]["total"]["outstanding"]
o20 = TOTAL[2020]["total"]["outstanding"]
peak = int(round(o20 * 1.31 / 1000)) * 1_000_000
y = para(p, L, 66,
         "　主要６債権の収入未済額は、平成29年度（2017年度）の約" +
         g.fact(oku_man(peak), peak, "outstanding", "yen", fy=2017, fy_raw="平成29年度（2017年度）",
                approx=True) +
         "をピークに減少を続けている。令和６年度末は" +
         g.fact(f"{comma(o24)}千円", o24 * 1000, "outstanding", "yen", debt_raw="主要６債権", fy=2024,
                fy_raw="令和６年度末") +
         "で、令和２年度末と比べて約" +
         g.fact(oku_man((o20 - o24) * 1000), -round((o20 - o24) / 10) * 10000, "difference",
                "yen", debt_raw="主要６債権", fy=2024, fy_raw="令和２年度末", approx=True) +
         "の減少となった。", R - L, 9.5, "m", lead=1.7)
text(p, L, y + 22, "（単位：千円、％）", 8, "g", "r", R - L)
HD = ["債権名", "年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
WD = [115, 50, 76, 76, 62, 66, 50]


def long_head(p, y0):
    x = L
    for hname, w_ in zip(HD, WD):
        cell(p, (x, y0, x + w_, y0 + 18), hname, 8, fill=SH)
        x += w_
    return y0 + 18


yy = long_head(p, y + 26)
rows = [(d, y_) for d in DEBTS for y_ in YRS]
for i, (d, y_) in enumerate(rows):
    if i == 20:
        p = new_page()
        text(p, L, 50, "参考資料２　債権別・年度別の収入未済額の推移（続き）", 10)
        text(p, L, 64, "（単位：千円、％）", 8, "g", "r", R - L)
        yy = long_head(p, 68)
    x = L
    fill = LT if i % 2 else None
    vals = [d[1], f"R{y_ - 2018}"]
    rec = D[d[0]][y_]["total"]
    for m in ("assessed", "collected", "written_off", "outstanding", "rate"):
        vals.append(F(rec[m], m, d[0], d[1], y_, "total", fy_raw=f"R{y_ - 2018}"))
    for k, (s, w_) in enumerate(zip(vals, WD)):
        cell(p, (x, yy, x + w_, yy + 16), s, 7.8, align="l" if k == 0 else ("c" if k == 1 else "r"),
             fill=fill, border=0.4)
        x += w_
    yy += 16
text(p, L, yy + 14, "※ 合計欄の収納率は、現年分と滞納繰越分を合わせた率である。", 7.5)

out = f"pdf/{STEM}.pdf"
doc.subset_fonts()
doc.set_metadata({"title": "令和7年度第2回小平市債権管理対策会議 資料", "author": "小平市"})
doc.save(out, garbage=4, deflate=True)
n = len(doc)
doc.close()
g.save(STEM, out, {"kind": "committee_material", "family": "kobetsu", "municipality": "小平市",
                   "title": "令和７年度 第２回小平市債権管理対策会議 資料",
                   "date": "2025-11-20", "date_raw": "令和７年11月20日"}, n)
