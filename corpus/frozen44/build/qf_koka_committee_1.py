"""qf_koka_committee_1: 債権管理推進本部会議 資料（取組個票）, PyMuPDF drawing directly.
Run from corpus/frozen44:  python3 build/qf_koka_committee_1.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pymupdf  # noqa: E402
from qf_common import Gold, SET_DIR, rate  # noqa: E402
from qf_pdfdraw import Pg  # noqa: E402

STEM = "qf_koka_committee_1"
CITY = "甲賀市"
TITLE = "令和７年度第１回甲賀市債権管理推進本部会議 資料"
g = Gold(STEM, "committee_material", "kobetsu", CITY, TITLE, "2025-07-24", "令和７年７月２４日")
doc = pymupdf.open()
GRAY, ZEBRA, HEAD = (0.85, 0.85, 0.85), (0.94, 0.96, 0.99), (0.80, 0.86, 0.93)
YR = {2021: "令和３年度", 2022: "令和４年度", 2023: "令和５年度", 2024: "令和６年度", 2025: "令和７年度"}
SEC = "令和７年度の取組内容"


def F(page, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, approx=False, debt_raw=None):
    return g.fact(page, debt, debt_raw or debt, fy, fy_raw, seg, metric, basis, value, unit, raw, approx=approx)


def k(n):
    return f"{n:,}"


# yearly totals in 千円: (assessed, collected, written_off)
D = {
    "市税": {2021: (11_204_330, 10_902_118, 21_402), 2022: (11_356_812, 11_071_540, 18_336),
           2023: (11_498_205, 11_232_660, 15_880), 2024: (11_630_417, 11_383_902, 14_215)},
    "国民健康保険税": {2022: (2_418_660, 2_041_207, 30_112), 2023: (2_352_118, 2_001_476, 27_650),
                2024: (2_287_403, 1_958_812, 25_118)},
    "介護保険料": {2023: (2_105_776, 2_081_337, 5_120), 2024: (2_148_390, 2_125_716, 4_882)},
    "市営住宅使用料": {2022: (198_402, 176_033, 1_840), 2023: (195_117, 174_880, 2_210), 2024: (193_260, 175_102, 1_506)},
}


def vals(debt, fy):
    a, cc, w = D[debt][fy]
    return a, cc, w, a - cc - w, rate(cc, a)


def header(pg, no, debt_label):
    pg.text(555, 40, f"取組個票　No.{no}", 9, "g", "r")
    pg.text(40, 40, "資料２", 9, "g")


def items(pg, page, debt, x, y, w, its, size=8.6, boxed=True, title=None, label_fmt=None):
    """its: list of (label, text, status, cont) ; prints label + text + tag; returns y"""
    y0 = y
    if title:
        pg.text(x, y + 9, title, 9.5, "g"); y += 16
    for lab, txt, st in its:
        tag = f"【{st}】" if st else ""
        full = f"{lab}{txt}{tag}"
        y = pg.para(x + 6, y + size, w - 12, full, size, hang=pg.tw(lab, size), lh=1.4) - size + 3
        g.init(page, debt, 2025, SEC, lab.strip(), txt, st)
    if boxed:
        pg.rect(x, y0 - 2, x + w, y + 4, width=0.7)
    return y + 10


# ================================================================= page 1: summary + chart
P = 1
pg = Pg(doc)
pg.text(555, 40, "令和７年７月２４日", 9, "m", "r")
pg.text(555, 53, "総務部税務課（債権管理推進本部事務局）", 9, "m", "r")
pg.text(297, 90, TITLE, 14, "g", "c")
pg.text(50, 130, "１　全債権の収入未済額の推移", 11, "g")
hist = [(2020, 1_132.6), (2021, 1_078.4), (2022, 1_011.9), (2023, 968.3), (2024, 941.2)]
x0, ybase, bw = 110, 360, 52
pg.text(60, 152, "（単位：百万円）", 8.5)
pg.line(90, ybase, 520, ybase, 0.8)
pg.line(90, 160, 90, ybase, 0.6)
for i, (fy, v) in enumerate(hist):
    h = v / 1200 * 190
    xx = x0 + i * 82
    pg.rect(xx, ybase - h, xx + bw, ybase, fill=(0.33, 0.52, 0.75), width=0.3, color=(0.33, 0.52, 0.75))
    pg.text(xx + bw / 2, ybase - h - 4, F(P, None, fy, YR.get(fy, "令和２年度"), "total", "outstanding", "actual",
                                            round(v * 1_000_000), "yen", f"{v:,.1f}"), 8.5, "g", "c")
    pg.text(xx + bw / 2, ybase + 12, YR.get(fy, "令和２年度").replace("年度", ""), 8.5, "m", "c")
for t in (0, 400, 800, 1200):
    yy = ybase - t / 1200 * 190
    pg.text(86, yy + 3, f"{t:,}", 7.5, "m", "r")
pg.text(297, ybase + 28, "図１　収入未済額（一般会計・特別会計の全債権）の推移", 8.5, "m", "c")
y = 410
s = ("令和６年度末の全債権の収入未済額は"
     + F(P, None, 2024, "令和６年度", "total", "outstanding", "actual", 941_200_000, "yen", "約9億4,120万円", True)
     + "となり、前年度末から" + F(P, None, 2024, "令和６年度", "total", "difference", "actual", -27_100_000, "yen",
                                 "約2,710万円", True)
     + "減少した。令和２年度末と比べると" + F(P, None, 2024, "令和６年度", "total", "difference", "actual", -191_400_000, "yen", "約１億9,140万円", True)
     + "の縮減であり、５年連続で減少している。")
y = pg.para(50, y, 495, s, 9.5, indent=9.5)
s = ("一方で、国民健康保険税及び市営住宅使用料は、滞納繰越分の比率が高く、長期化・高額化した案件の整理が課題となっている。"
     "本日の会議では、主要４債権の取組個票により、令和６年度の実績と令和７年度の取組内容を確認する。")
y = pg.para(50, y + 4, 495, s, 9.5, indent=9.5)
pg.text(50, y + 24, "２　取組個票の構成", 11, "g")
lst = ["No.1　市税（税務課）", "No.2　国民健康保険税（保険年金課）", "No.3　介護保険料（長寿福祉課）",
       "No.4　市営住宅使用料（住宅建築課）"]
for i, l in enumerate(lst):
    pg.text(70, y + 44 + i * 15, l, 9.5)
pg.text(297, 815, "- 1 -", 9, "m", "c")

# ================================================================= page 2: 市税 (label/value strip)
P = 2
pg = Pg(doc)
header(pg, 1, "市税")
# label/value strip
xs = [40, 100, 200, 260, 380, 440, 555]
labs = ["債権名", "市税", "所管課", "総務部税務課", "債権区分", "強制徴収公債権"]
for i in range(6):
    pg.cell(xs[i], 52, xs[i + 1], 70, labs[i], 9, "c", fill=GRAY if i % 2 == 0 else None, font="g" if i % 2 == 0 else "m")
pg.text(40, 92, "１　収納状況の推移", 10.5, "g")
pg.text(555, 92, "（単位：千円、％）", 8, "m", "r")
cols = [40, 62, 140, 223, 306, 389, 472, 555]
hdr = ["", "区　分", "令和３年度決算", "令和４年度決算", "令和５年度決算", "令和６年度決算", "増減（R6－R5）"]
y = 98
for i in range(7):
    pg.cell(cols[i], y, cols[i + 1], y + 18, hdr[i], 8.5, "c", fill=HEAD, font="g")
rows = [("調定額", "assessed"), ("収入済額", "collected"), ("不納欠損額", "written_off"), ("収入未済額", "outstanding"),
        ("収納率", "collection_rate")]
y += 18
for j, (lab, met) in enumerate(rows):
    fill = ZEBRA if j % 2 else None
    pg.cell(cols[1], y, cols[2], y + 17, lab, 8.5, "l", fill=fill, border=False)
    v = {}
    for i, fy in enumerate((2021, 2022, 2023, 2024)):
        a, cc, w, o, r = vals("市税", fy)
        v[fy] = {"assessed": a, "collected": cc, "written_off": w, "outstanding": o, "collection_rate": r}[met]
        if met == "collection_rate":
            raw = F(P, "市税", fy, YR[fy], "total", met, "actual", v[fy], "percent", f"{v[fy]:.2f}")
        else:
            raw = F(P, "市税", fy, YR[fy], "total", met, "actual", v[fy] * 1000, "yen", k(v[fy]))
        pg.cell(cols[2 + i], y, cols[3 + i], y + 17, raw, 8.5, "r", fill=fill, border=False)
    dlt = v[2024] - v[2023]
    if met == "collection_rate":
        dlt = round(dlt, 2)
        raw = F(P, "市税", 2024, "R6", "total", "difference", "actual", dlt, "points", ("▲" if dlt < 0 else "") + f"{abs(dlt):.2f}")
    else:
        raw = F(P, "市税", 2024, "R6", "total", "difference", "actual", dlt * 1000, "yen", ("▲" if dlt < 0 else "") + k(abs(dlt)))
    pg.cell(cols[6], y, cols[7], y + 17, raw, 8.5, "r", fill=fill, border=False)
    y += 17
# vertical label cell spanning rows
pg.cell(cols[0], 116, cols[1], y, "決算状況", 8.5, "c", fill=GRAY, font="g", vertical=True)
pg.line(cols[0], y, cols[7], y, 0.8)
pg.line(cols[1], 116, cols[7], 116, 0.8)
pg.text(40, y + 11, "※ 調定額・収入済額は現年課税分と滞納繰越分の合計。収入未済額＝調定額－収入済額－不納欠損額。", 7.5)

# 2 数値目標 (targets vs results, 達成率, previous target in brackets, footnote markers)
y += 34
pg.text(40, y, "２　数値目標と達成状況", 10.5, "g")
pg.text(555, y, "（単位：％）", 8, "m", "r")
y += 6
c2 = [40, 150, 235, 320, 405, 555]
h2 = ["区　分", "令和６年度目標", "令和６年度実績", "達成率", "令和７年度目標\n（前年度目標）"]
for i in range(5):
    pg.cell(c2[i], y, c2[i + 1], y + 26, h2[i], 8.5, "c", fill=HEAD, font="g")
y += 26
T = [("現年課税分収納率", "current", 99.30, 99.34, 99.40), ("滞納繰越分収納率", "arrears", 27.50, 28.21, 28.50),
     ("全体収納率", "total", 97.80, None, 98.00)]
tot_r = vals("市税", 2024)[4]
for lab, sg, t6, a6, t7 in T:
    if a6 is None:
        a6 = tot_r
    ach = round(a6 / t6 * 100, 1)
    pg.cell(c2[0], y, c2[1], y + 18, lab, 8.5, "l")
    pg.cell(c2[1], y, c2[2], y + 18, F(P, "市税", 2024, "令和６年度", sg, "collection_rate", "target", t6, "percent", f"{t6:.2f}"), 8.5, "r")
    raw_a = F(P, "市税", 2024, "令和６年度", sg, "collection_rate", "actual", a6, "percent", f"{a6:.2f}")
    pg.cell(c2[2], y, c2[3], y + 18, raw_a + ("※1" if sg == "arrears" else ""), 8.5, "r")
    pg.cell(c2[3], y, c2[4], y + 18, F(P, "市税", 2024, "令和６年度", sg, "achievement_rate", "actual", ach, "percent", f"{ach:.1f}"), 8.5, "r")
    t7r = F(P, "市税", 2025, "令和７年度", sg, "collection_rate", "target", t7, "percent", f"{t7:.2f}")
    t6r = F(P, "市税", 2024, "前年度", sg, "collection_rate", "target", t6, "percent", f"{t6:.2f}")
    pg.cell(c2[4], y, c2[5], y + 18, f"{t7r}（{t6r}）", 8.5, "r")
    y += 18
pg.text(40, y + 10, "※1 京都・滋賀… ではなく、滋賀県地方税滞納整理機構への引継分を含む。".replace("京都・滋賀… ではなく、", ""), 7.5)
pg.text(40, y + 20, "※ 達成率＝実績÷目標×100", 7.5)

# 3 現状と課題 (prose in a cell beside plain figures)
y += 40
pg.text(40, y, "３　現状と課題", 10.5, "g")
y += 6
o24, o23 = vals("市税", 2024)[3], vals("市税", 2023)[3]
prose = ("令和６年度末の収入未済額は" + F(P, "市税", 2024, "令和６年度", "total", "outstanding", "actual", o24 * 1000, "yen", f"{o24:,}千円")
         + "で、前年度より" + F(P, "市税", 2024, "令和６年度", "total", "difference", "actual", (o24 - o23) * 1000, "yen", f"{o23 - o24:,}千円")
         + "減少した。現年課税分の収納率は目標を上回ったが、個人住民税の普通徴収分で少額・多件数の滞納が続いており、"
         "納期限後の早期対応と、滞納繰越分の高額案件の処分が課題である。")
pg.cell(40, y, 400, y + 78, prose, 8.5, "l", valign="t", lh=1.45)
pg.cell(400, y, 470, y + 26, "滞納者数", 8.5, "c", fill=GRAY, font="g")
pg.cell(470, y, 555, y + 26, F(P, "市税", 2024, "令和６年度末", "total", "delinquents", "actual", 2_318, "persons", "2,318人"), 8.5, "r")
pg.cell(400, y + 26, 470, y + 52, "差押件数", 8.5, "c", fill=GRAY, font="g")
g.fact(P, "市税", "市税", 2024, "令和６年度", "total", "seizures", "actual", 412, "cases", "412件")
pg.cell(470, y + 26, 555, y + 52, "412件", 8.5, "r")
pg.cell(400, y + 52, 470, y + 78, "執行停止", 8.5, "c", fill=GRAY, font="g")
g.fact(P, "市税", "市税", 2024, "令和６年度", "total", "suspensions", "actual", 186, "cases", "186件")
pg.cell(470, y + 52, 555, y + 78, "186件", 8.5, "r")
y += 96
pg.text(40, y, "４　令和７年度の取組内容", 10.5, "g")
y += 10
its = [("①", "納期限後２０日以内の督促状発送と、発送後１か月を目途とした文書・電話・SMSによる早期催告を徹底する。", "継続"),
       ("②", "滞納繰越分の高額案件（５０万円以上）について、財産調査を年度前半に完了させ、差押え等の滞納処分を速やかに執行する。", "拡充"),
       ("③", "スマートフォン決済アプリ及び地方税統一QRコードによる納付の周知を図り、納期内納付を促進する。", "継続"),
       ("④", "滋賀県地方税滞納整理機構への引継ぎ対象を見直し、困難案件の早期解決を図る。", "新規")]
y = items(pg, P, "市税", 40, y, 515, its)
pg.text(297, 815, "- 2 -", 9, "m", "c")

# ================================================================= page 3: 国保 (header cell label+value, stacked cells)
P = 3
pg = Pg(doc)
header(pg, 2, "国民健康保険税")
pg.cell(40, 52, 330, 72, "債権名　国民健康保険税", 10, "l", fill=GRAY, font="g")
pg.cell(330, 52, 555, 72, "所管課　健康福祉部保険年金課", 9, "l")
pg.text(40, 95, "１　区分別の収納状況", 10.5, "g")
pg.text(555, 95, "上段：収入済額（千円）　下段：収納率（％）", 8, "m", "r")
SEGD = {  # seg -> fy -> (assessed, collected) 千円 ; totals agree with D
    "current": {2022: (2_052_330, 1_920_118), 2023: (1_998_402, 1_880_665), 2024: (1_950_870, 1_838_902)},
}
for fy in (2022, 2023, 2024):
    a, cc, w = D["国民健康保険税"][fy]
    ca, ccol = SEGD["current"][fy]
    SEGD.setdefault("arrears", {})[fy] = (a - ca, cc - ccol)
    SEGD.setdefault("total", {})[fy] = (a, cc)
c3 = [40, 140, 278, 416, 555]
y = 101
for i, h in enumerate(["区　分", "令和４年度", "令和５年度", "令和６年度"]):
    pg.cell(c3[i], y, c3[i + 1], y + 18, h, 8.5, "c", fill=HEAD, font="g")
y += 18
for sg, lab in (("current", "現年課税分"), ("arrears", "滞納繰越分"), ("total", "計")):
    pg.cell(c3[0], y, c3[1], y + 30, lab, 8.5, "c", fill=ZEBRA if sg == "total" else None)
    for i, fy in enumerate((2022, 2023, 2024)):
        a, cc = SEGD[sg][fy]
        r = rate(cc, a)
        s1 = F(P, "国民健康保険税", fy, YR[fy], sg, "collected", "actual", cc * 1000, "yen", k(cc))
        s2 = F(P, "国民健康保険税", fy, YR[fy], sg, "collection_rate", "actual", r, "percent", f"{r:.2f}")
        pg.cell(c3[1 + i], y, c3[2 + i], y + 30, f"{s1}\n{s2}", 8.5, "r", fill=ZEBRA if sg == "total" else None)
    y += 30
y += 22
pg.text(40, y, "２　数値目標", 10.5, "g")
y += 6
c4 = [40, 160, 255, 350, 445, 555]
for i, h in enumerate(["指　標", "R6目標", "R6実績", "R7目標", "備　考"]):
    pg.cell(c4[i], y, c4[i + 1], y + 18, h, 8.5, "c", fill=HEAD, font="g")
y += 18
cr24 = rate(SEGD["current"][2024][1], SEGD["current"][2024][0])
ar24 = rate(SEGD["arrears"][2024][1], SEGD["arrears"][2024][0])
o24 = vals("国民健康保険税", 2024)[3]
TT = [("現年課税分収納率（％）", "current", "collection_rate", 94.20, cr24, 94.50, "percent"),
      ("滞納繰越分収納率（％）", "arrears", "collection_rate", 34.50, ar24, 36.00, "percent"),
      ("収入未済額（千円）", "total", "outstanding", 300_000, o24, 280_000, "yen")]
for lab, sg, met, t6, a6, t7, unit in TT:
    pg.cell(c4[0], y, c4[1], y + 18, lab, 8.5, "l")
    for i, (fy, fr, basis, vv) in enumerate(((2024, "R6", "target", t6), (2024, "R6", "actual", a6), (2025, "R7", "target", t7))):
        if unit == "yen":
            raw = F(P, "国民健康保険税", fy, fr, sg, met, basis, vv * 1000, "yen", k(vv))
        else:
            raw = F(P, "国民健康保険税", fy, fr, sg, met, basis, vv, "percent", f"{vv:.2f}")
        pg.cell(c4[1 + i], y, c4[2 + i], y + 18, raw, 8.5, "r")
    pg.cell(c4[4], y, c4[5], y + 18, "", 8.5)
    y += 18
pg.text(40, y + 10, "R6＝令和６年度、R7＝令和７年度", 7.5)
y += 34
pg.text(40, y, "３　令和７年度の取組内容", 10.5, "g")
y += 12
its3 = [("(1)", "現年課税分の早期納付の促進", None),
        ("ア", "納税通知書発送時に口座振替依頼書を同封し、申込みをWEB口座振替受付サービスでも受け付ける。", "継続"),
        ("イ", "納期限後の未納者に対し、コールセンターから電話による納付勧奨を行う。", "継続"),
        ("(2)", "滞納繰越分の整理促進", None),
        ("ア", "資格喪失後の未納者について、税務課と連携して財産調査を行い、滞納処分を執行する。", "拡充"),
        ("イ", "納付相談の際に生活状況を聴取し、生活困窮が認められる場合は生活支援の窓口につなぐ。", "新規")]
x = 40
y0 = y
for lab, txt, st in its3:
    if st is None:
        pg.text(x + 6, y + 8.6, lab + txt, 9, "g")
        y += 16
        cur = lab
        continue
    full = f"{lab}　{txt}【{st}】"
    y = pg.para(x + 20, y + 8.6, 490, full, 8.6, hang=pg.tw(lab + "　", 8.6), lh=1.4) - 8.6 + 3
    g.init(P, "国民健康保険税", 2025, SEC, f"{cur}{lab}", txt, st)
pg.rect(40, y0 - 4, 555, y + 4, width=0.7)
pg.text(297, 815, "- 3 -", 9, "m", "c")

# ================================================================= page 4: 介護保険料 (debt in parentheses in heading; 備考 with figures)
P = 4
pg = Pg(doc)
header(pg, 3, "介護保険料")
pg.text(40, 66, "１　収納状況の推移（介護保険料）", 10.5, "g")
pg.text(555, 66, "所管：健康福祉部長寿福祉課", 8.5, "m", "r")
pg.text(555, 80, "（単位：千円、％）", 8, "m", "r")
c5 = [40, 120, 200, 280, 355, 420, 555]
y = 86
for i, h in enumerate(["区　分", "令和５年度", "令和６年度", "増減", "増減率", "備　考"]):
    pg.cell(c5[i], y, c5[i + 1], y + 18, h, 8.5, "c", fill=HEAD, font="g")
y += 18
arrears_out = {2024: 12_406}
notes = {"outstanding": f"うち滞納繰越分　{k(arrears_out[2024])}千円", "written_off": "時効完成による欠損",
         "collection_rate": "県内１３市平均　98.79"}
for j, (lab, met) in enumerate(rows):
    fill = ZEBRA if j % 2 else None
    pg.cell(c5[0], y, c5[1], y + 18, lab, 8.5, "l", fill=fill)
    v = {}
    for i, fy in enumerate((2023, 2024)):
        a, cc, w, o, r = vals("介護保険料", fy)
        v[fy] = {"assessed": a, "collected": cc, "written_off": w, "outstanding": o, "collection_rate": r}[met]
        if met == "collection_rate":
            raw = F(P, "介護保険料", fy, YR[fy], "total", met, "actual", v[fy], "percent", f"{v[fy]:.2f}")
        else:
            raw = F(P, "介護保険料", fy, YR[fy], "total", met, "actual", v[fy] * 1000, "yen", k(v[fy]))
        pg.cell(c5[1 + i], y, c5[2 + i], y + 18, raw, 8.5, "r", fill=fill)
    dlt = v[2024] - v[2023]
    if met == "collection_rate":
        dlt = round(dlt, 2)
        raw = F(P, "介護保険料", 2024, "令和６年度", "total", "difference", "actual", dlt, "points", ("▲" if dlt < 0 else "") + f"{abs(dlt):.2f}")
        pg.cell(c5[3], y, c5[4], y + 18, raw, 8.5, "r", fill=fill)
        pg.cell(c5[4], y, c5[5], y + 18, "－", 8.5, "c", fill=fill)
    else:
        raw = F(P, "介護保険料", 2024, "令和６年度", "total", "difference", "actual", dlt * 1000, "yen", ("▲" if dlt < 0 else "") + k(abs(dlt)))
        pg.cell(c5[3], y, c5[4], y + 18, raw, 8.5, "r", fill=fill)
        cr = round(dlt / v[2023] * 100, 1)
        raw = F(P, "介護保険料", 2024, "令和６年度", "total", "change_rate", "actual", cr, "percent", ("▲" if cr < 0 else "") + f"{abs(cr):.1f}")
        pg.cell(c5[4], y, c5[5], y + 18, raw, 8.5, "r", fill=fill)
    note = notes.get(met, "")
    pg.cell(c5[5], y, c5[6], y + 18, note, 8, "l", fill=fill)
    y += 18
F(P, "介護保険料", 2024, "令和６年度", "arrears", "outstanding", "actual", arrears_out[2024] * 1000, "yen", f"{k(arrears_out[2024])}千円")
y += 26
pg.text(40, y, "２　目標（介護保険料）", 10.5, "g")
y += 8
box_lines = [("現年度分収納率", "current", 99.45, 99.50), ("滞納繰越分収納率", "arrears", 18.20, 19.00)]
pg.rect(40, y, 555, y + 46, width=0.7)
yy = y + 16
for lab, sg, a6, t7 in box_lines:
    s1 = F(P, "介護保険料", 2024, "令和６年度", sg, "collection_rate", "actual", a6, "percent", f"{a6:.2f}％")
    s2 = F(P, "介護保険料", 2025, "令和７年度", sg, "collection_rate", "target", t7, "percent", f"{t7:.2f}％")
    pg.text(56, yy, f"◇ {lab}　令和６年度実績 {s1}　→　令和７年度目標 {s2}", 9)
    yy += 16
y += 70
pg.text(40, y, "３　現状の分析と今後の方向性", 10.5, "g")
y += 14
s = ("第１号被保険者の増加に伴い調定額は増加しているが、特別徴収の割合が高く、現年度分の収納率は高い水準で推移している。"
     "普通徴収の未納者には、給付制限の説明を含めた納付相談を行い、滞納の長期化を防ぐ必要がある。")
y = pg.para(40, y, 515, s, 9, indent=9)
y += 16
# items in a table without a 取組 header
c6 = [40, 150, 555]
its4 = [("納付勧奨", "普通徴収への切替え時に、納付方法の案内と口座振替の勧奨を行う。", "継続"),
        ("滞納処分", "２年以上の滞納がある者のうち資力がある者について、預貯金の差押えを行う。", "継続"),
        ("給付制限", "要介護認定の申請時に滞納状況を確認し、給付制限の事前説明と分納相談を実施する。", "拡充")]
for lab, txt, st in its4:
    h = 30
    pg.cell(c6[0], y, c6[1], y + h, lab, 8.6, "c", fill=GRAY, font="g")
    pg.cell(c6[1], y, c6[2], y + h, f"{txt}【{st}】", 8.6, "l")
    g.init(P, "介護保険料", 2025, SEC, lab, txt, st)
    y += h
pg.text(297, 815, "- 4 -", 9, "m", "c")

# ================================================================= page 5: 市営住宅使用料 (plain-title items, counts)
P = 5
pg = Pg(doc)
header(pg, 4, "市営住宅使用料")
xs = [40, 100, 215, 275, 395, 455, 555]
labs = ["債権名", "市営住宅使用料", "所管課", "建設部住宅建築課", "債権区分", "私債権"]
for i in range(6):
    pg.cell(xs[i], 52, xs[i + 1], 70, labs[i], 9, "c", fill=GRAY if i % 2 == 0 else None, font="g" if i % 2 == 0 else "m")
pg.text(40, 92, "１　収納状況", 10.5, "g")
pg.text(555, 92, "（単位：円）", 8, "m", "r")
c7 = [40, 170, 298, 426, 555]
y = 98
for i, h in enumerate(["区　分", "令和４年度", "令和５年度", "令和６年度"]):
    pg.cell(c7[i], y, c7[i + 1], y + 18, h, 8.5, "c", fill=HEAD, font="g")
y += 18
yen_extra = {2022: 412, 2023: 655, 2024: 238}  # 円 below the 千円 figures
for j, (lab, met) in enumerate(rows):
    fill = ZEBRA if j % 2 else None
    pg.cell(c7[0], y, c7[1], y + 18, lab, 8.5, "l", fill=fill)
    for i, fy in enumerate((2022, 2023, 2024)):
        a, cc, w, o, r = vals("市営住宅使用料", fy)
        if met == "collection_rate":
            raw = F(P, "市営住宅使用料", fy, YR[fy], "total", met, "actual", r, "percent", f"{r:.2f}％")
        else:
            vv = {"assessed": a, "collected": cc, "written_off": w, "outstanding": o}[met] * 1000
            if met in ("assessed", "outstanding"):
                vv += yen_extra[fy]
            raw = F(P, "市営住宅使用料", fy, YR[fy], "total", met, "actual", vv, "yen", k(vv))
        pg.cell(c7[1 + i], y, c7[2 + i], y + 18, raw, 8.5, "r", fill=fill)
    y += 18
y += 16
pg.text(40, y, "２　滞納の状況（各年度末）", 10.5, "g")
y += 6
for i, h in enumerate(["区　分", "令和４年度", "令和５年度", "令和６年度"]):
    pg.cell(c7[i], y, c7[i + 1], y + 18, h, 8.5, "c", fill=HEAD, font="g")
y += 18
cnt = [("滞納者数（人）", "delinquents", "persons", [96, 88, 81]), ("うち退去者（人）", None, None, [41, 39, 37]),
       ("法的措置件数（件）", "legal_actions", "cases", [5, 7, 6])]
for lab, met, unit, vs in cnt:
    pg.cell(c7[0], y, c7[1], y + 18, lab, 8.5, "l")
    for i, fy in enumerate((2022, 2023, 2024)):
        if met == "delinquents":
            F(P, "市営住宅使用料", fy, YR[fy], "total", met, "actual", vs[i], unit, str(vs[i]))
        elif met:
            g.fact(P, "市営住宅使用料", "市営住宅使用料", fy, YR[fy], "total", met, "actual", vs[i], unit, str(vs[i]))
        pg.cell(c7[1 + i], y, c7[2 + i], y + 18, str(vs[i]), 8.5, "r")
    y += 18
y += 26
pg.text(40, y, "３　令和７年度の取組内容", 10.5, "g")
y += 16
groups = [("入居者（現年分）", [("・", "家賃の口座振替を入居時の原則とし、振替不能者には翌月中に電話で連絡する。", "継続"),
                            ("・", "３か月以上滞納した入居者に連帯保証人への通知を行い、納付指導を行う。", "継続")]),
          ("退去者（滞納繰越分）", [("・", "退去者の転居先を住民票等で調査し、文書及び訪問による催告を行う。", "継続"),
                              ("・", "分納誓約の不履行者で資力がある者に対し、支払督促の申立てを行う。", "拡充"),
                              ("・", "回収の見込みがない債権は、債権管理条例に基づき放棄を検討する。", "新規")])]
for title, its5 in groups:
    pg.text(52, y, title, 9.5, "g")
    y += 14
    for lab, txt, st in its5:
        y = pg.para(60, y, 480, f"{lab}{txt}【{st}】", 8.8, hang=pg.tw("・", 8.8), lh=1.4) + 2
        g.init(P, "市営住宅使用料", 2025, title, "・", txt, st)
    y += 8
pg.text(297, 815, "- 5 -", 9, "m", "c")

out = SET_DIR / "pdf" / f"{STEM}.pdf"
doc.subset_fonts()
doc.save(str(out), garbage=4, deflate=True)
g.write(out)
