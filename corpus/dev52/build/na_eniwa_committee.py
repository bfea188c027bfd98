"""na_eniwa_committee_1: 令和7年度第2回恵庭市債権管理対策会議 資料（書面開催） — PyMuPDF drawing.
Run from corpus/dev52:  python3 build/na_eniwa_committee.py"""
import sys
from pathlib import Path

import pymupdf as fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from na_common import HERE, Gold, check, comma, f2, pct, tri, zen  # noqa: E402
from na_pdfdraw import Page, save  # noqa: E402

STEM = "na_eniwa_committee_1"
G = Gold(STEM, "committee_material", "shiryo", "恵庭市", "令和7年度第2回恵庭市債権管理対策会議 資料",
         "2025-11-14", "令和7年11月14日")
F = G.fact
SHADE = (0.86, 0.89, 0.93)
ZEBRA = (0.95, 0.96, 0.97)

# ------------------------------------------------------------------ data
# key: (printed name, canonical, 所管課, unit) ; amounts in 千円 except hoiku in 円
DEBTS = {
    "tax": ("市税", "市税", "総務部納税課", 1),
    "kokuho": ("国民健康保険税", "国民健康保険料", "保健福祉部国保医療課", 1),
    "kaigo": ("介護保険料", "介護保険料", "保健福祉部介護福祉課", 1),
    "kouki": ("後期高齢者医療保険料", "後期高齢者医療保険料", "保健福祉部国保医療課", 1),
    "hoiku": ("保育料", "保育料", "子ども・若者部保育課", 1000),
    "jutaku": ("市営住宅使用料", "市営住宅使用料", "建設部住宅課", 1),
}
# per year: (A_cur, cur rate, arr rate, written off); 2022 also A_arr
SPEC = {
    "tax": (412380, [(9812345, 99.02, 25.10, 18230), (9905812, 99.10, 26.40, 16540), (10012470, 99.21, 27.85, 15120)]),
    "kokuho": (365210, [(1685230, 94.64, 18.20, 25110), (1652410, 95.84 - 1.20 + 1.20, 19.35, 22840),
                        (1621884, 95.84, 20.10, 21300)]),
    "kaigo": (31240, [(1205330, 98.92, 16.50, 4120), (1221870, 99.01, 17.20, 3880), (1240118, 99.08, 18.10, 3650)]),
    "kouki": (6820, [(612450, 99.51, 35.20, 610), (628930, 99.55, 36.80, 540), (651204, 99.60, 38.00, 480)]),
    "hoiku": (6812450, [(86412300, 98.45, 22.40, 512300), (81205600, 98.62, 24.10, 486200),
                        (78930400, 98.80, 25.60, 455100)]),
    "jutaku": (24510, [(312840, 97.80, 19.80, 1820), (309552, 98.05, 20.50, 1640), (305118, 98.21, 21.40, 1530)]),
}
SPEC["kokuho"][1][1] = (1652410, 94.64, 19.35, 22840)   # R5 current 94.64
SPEC["kokuho"][1][0] = (1685230, 93.71, 18.20, 25110)   # R4
TGT = {"tax": (99.25, 29.00), "kokuho": (96.20, 21.00), "kaigo": (99.12, 19.00), "kouki": (99.62, 39.00),
       "hoiku": (98.90, 27.00), "jutaku": (98.30, 22.00)}
YRS = [2022, 2023, 2024]
V = {}  # (k, fy) -> dict(ac, cc, aa, ca, w)
for k, (aa0, rows) in SPEC.items():
    aa = aa0
    for fy, (ac, rc, ra, w) in zip(YRS, rows):
        cc = round(ac * rc / 100)
        ca = round(aa * ra / 100)
        if k == "hoiku" and fy == 2024:  # keep 千円 rounding of the summary consistent
            def rk(x):
                return int(x / 1000 + 0.5)
            while rk(ac + aa) - rk(cc + ca) - rk(w) != rk(ac + aa - cc - ca - w):
                w += 137
        v = dict(ac=ac, cc=cc, aa=aa, ca=ca, w=w)
        v["oc"] = ac - cc
        v["oa"] = aa - ca - w
        v["o"] = v["oc"] + v["oa"]
        V[(k, fy)] = v
        aa = v["o"]


def sk(k, x):  # amount in the 千円 summary
    return int(x / 1000 + 0.5) if DEBTS[k][3] == 1000 else x


def Y(fy):
    return f"令和{fy - 2018}年度"


# ------------------------------------------------------------------ p1 次第
doc = fitz.open()
pg = Page(doc)
pn = 1
pg.text(550, 50, "資料送付日　令和7年11月14日", 9.5, "M", "r")
pg.text(297, 110, "令和7年度第2回", 15, "G", "c")
pg.text(297, 138, "恵庭市債権管理対策会議", 20, "G", "c")
pg.text(297, 164, "（書面開催）", 12, "G", "c")
y = 215
pg.text(60, y, "１　開催方法", 11.5, "G")
y = pg.para(80, y + 6, 540, "会議運営の効率化のため、今回は書面開催とし、令和7年11月14日付けで各委員へ資料を送付しました。"
            "御意見等は、令和7年11月28日（金）までに事務局（納税課）へ御提出ください。", 10.5)
y += 16
pg.text(60, y, "２　議題", 11.5, "G")
for s in ["(1)　令和6年度決算に基づく債権の状況について（資料１）",
          "(2)　前回会議における意見と対応について（資料２）",
          "(3)　令和7年度上半期の収納状況について（資料２）",
          "(4)　債権別取組個票について（資料３）"]:
    y += 19
    pg.text(80, y, s, 10.5)
y += 34
pg.text(60, y, "３　構成員（委員８名、事務局３名）", 11.5, "G")
y += 10
members = [("委員長", "副市長"), ("委員", "総務部長"), ("委員", "生活環境部長"), ("委員", "保健福祉部長"),
           ("委員", "子ども・若者部長"), ("委員", "経済部長"), ("委員", "建設部長"), ("委員", "水道部長"),
           ("事務局", "総務部納税課長"), ("事務局", "総務部納税課主幹"), ("事務局", "総務部納税課債権管理係長")]
for i, (r, t) in enumerate(members):
    y0 = y + i * 19
    pg.cell(110, y0, 200, y0 + 19, r, 10, "M", "c", fill=SHADE if r == "委員長" else None)
    pg.cell(200, y0, 420, y0 + 19, t, 10, "M", "l", pad=8)
y += len(members) * 19 + 34
pg.text(60, y, "４　資料", 11.5, "G")
for s in ["資料１　債権の状況（令和6年度決算）", "資料２　前回会議における主な意見と対応／上半期の収納状況",
          "資料３　債権別取組個票（市税ほか５債権）"]:
    y += 19
    pg.text(80, y, s, 10 if len(s) > 40 else 10.5)
pg.text(297, 810, "－ 1 －", 9, "M", "c")

# ------------------------------------------------------------------ p2 資料１ summary
pg = Page(doc)
pn = 2
pg.text(45, 50, "資料１", 10, "G")
pg.text(297, 72, "債権の状況（令和6年度決算）", 15, "G", "c")
# panels
t24 = V[("tax", 2024)]
t23 = V[("tax", 2023)]
r24 = pct(t24["cc"] + t24["ca"], t24["ac"] + t24["aa"])
r23 = pct(t23["cc"] + t23["ca"], t23["ac"] + t23["aa"])
O24 = sum(sk(k, V[(k, 2024)]["o"]) for k in DEBTS)
O23 = sum(sk(k, V[(k, 2023)]["o"]) for k in DEBTS)
o24 = round(O24 / 100000, 1)
o23 = round(O23 / 100000, 1)
k24 = V[("kokuho", 2024)]
k23 = V[("kokuho", 2023)]
kr24 = pct(k24["cc"] + k24["ca"], k24["ac"] + k24["aa"])
kr23 = pct(k23["cc"] + k23["ca"], k23["ac"] + k23["aa"])
panels = [
    ("市税　収納率", "令和6年度", F(pn, "市税", "市税", 2024, "令和6年度", "total", "collection_rate", "actual", r24,
                            "percent", f"{f2(r24)}％"),
     "前年度比＋" + F(pn, "市税", "市税", 2024, "令和6年度", "total", "difference", "actual", round(r24 - r23, 2),
                    "points", f"{f2(r24 - r23)}ポイント")),
    ("収入未済額（6債権合計）", "令和6年度末", F(pn, None, None, 2024, "令和6年度末", "total", "outstanding", "actual",
                                      o24 * 1e8, "yen", f"{o24}億円"),
     "前年度比" + F(pn, None, None, 2024, "令和6年度末", "total", "difference", "actual", round(o24 - o23, 1) * 1e8,
                  "yen", tri(round(o24 - o23, 1), lambda v: f"{v:.1f}") + "億円")),
    ("国民健康保険税　収納率", "令和6年度", F(pn, "国民健康保険料", "国民健康保険税", 2024, "令和6年度", "total",
                                     "collection_rate", "actual", kr24, "percent", f"{f2(kr24)}％"),
     "前年度比＋" + F(pn, "国民健康保険料", "国民健康保険税", 2024, "令和6年度", "total", "difference", "actual",
                    round(kr24 - kr23, 2), "points", f"{f2(kr24 - kr23)}ポイント")),
]
for i, (lab, yr, big, sub) in enumerate(panels):
    x0 = 45 + i * 172
    pg.rect(x0, 90, x0 + 160, 168, fill=(0.97, 0.97, 0.94), color=(0.3, 0.3, 0.3), width=1)
    pg.text(x0 + 80, 108, lab, 9.5, "G", "c")
    pg.text(x0 + 80, 122, f"（{yr}）", 8.5, "M", "c")
    pg.text(x0 + 80, 148, big, 19, "G", "c")
    pg.text(x0 + 80, 162, sub, 8.5, "M", "c")
# summary table: one debt per column, metrics in the row header
pg.text(45, 192, "(1)　債権別の決算状況", 11, "G")
pg.text(550, 192, "（単位：千円）", 8.5, "M", "r")
keys = list(DEBTS)
cx = [45, 128] + [128 + 60 * (i + 1) for i in range(len(keys))] + [128 + 60 * len(keys) + 62]
names = ["市税", "国民健康\n保険税", "介護\n保険料", "後期高齢者\n医療保険料", "保育料", "市営住宅\n使用料", "合計"]
y0 = 198
pg.cell(cx[0], y0, cx[1], y0 + 28, "区分", 8.5, "G", fill=SHADE, border=False)
for i, nm in enumerate(names):
    pg.cell(cx[i + 1], y0, cx[i + 2], y0 + 28, nm, 8.2, "G", fill=SHADE, border=False)
rowsdef = [("調定額※", "assessed", lambda v: v["ac"] + v["aa"]), ("収入済額", "collected", lambda v: v["cc"] + v["ca"]),
           ("不納欠損額", "written_off", lambda v: v["w"]), ("収入未済額", "outstanding", lambda v: v["o"])]
y = y0 + 28
for j, (lab, met, fn) in enumerate(rowsdef + [("収納率（％）※1", "collection_rate", None)]):
    fill = ZEBRA if j % 2 else None
    pg.cell(cx[0], y, cx[1], y + 18, lab, 8.5, "G", "l", fill=fill, border=False)
    tot_a = tot_c = 0
    for i, k in enumerate(keys):
        v = V[(k, 2024)]
        name, canon = DEBTS[k][:2]
        if met == "collection_rate":
            a, c = sk(k, v["ac"] + v["aa"]), sk(k, v["cc"] + v["ca"])
            r = pct(v["cc"] + v["ca"], v["ac"] + v["aa"])
            s = F(pn, canon, name, 2024, "令和6年度", "total", met, "actual", r, "percent", f2(r))
            tot_a += a
            tot_c += c
        else:
            x = sk(k, fn(v))
            s = F(pn, canon, name, 2024, "令和6年度", "total", met, "actual", x * 1000, "yen", comma(x))
        pg.cell(cx[i + 1], y, cx[i + 2], y + 18, s, 8.5, "M", "r", fill=fill, border=False)
    if met == "collection_rate":
        r = pct(tot_c, tot_a)
        s = F(pn, None, "合計", 2024, "令和6年度", "total", met, "actual", r, "percent", f2(r))
    else:
        x = sum(sk(k, fn(V[(k, 2024)])) for k in keys)
        s = F(pn, None, "合計", 2024, "令和6年度", "total", met, "actual", x * 1000, "yen", comma(x))
    pg.cell(cx[-2], y, cx[-1], y + 18, s, 8.5, "G", "r", fill=fill, border=False)
    y += 18
pg.line(45, y, cx[-1], y, 1)
pg.line(45, y0, cx[-1], y0, 1)
oa_tax = V[("tax", 2024)]["oa"]
y += 14
pg.text(50, y, "※　調定額は現年度分と滞納繰越分の合計額です。", 8)
y += 12
pg.text(50, y, "※1　収納率＝収入済額÷調定額×100（小数点以下第3位四捨五入）", 8)
y += 12
pg.text(50, y, "※2　市税の収入未済額のうち滞納繰越分　" +
        F(pn, "市税", "市税", 2024, "令和6年度", "arrears", "outstanding", "actual", oa_tax * 1000, "yen",
          zen(comma(oa_tax)) + "千円"), 8)
# counts table: debts as rows
y += 30
pg.text(45, y, "(2)　滞納者数及び滞納処分の状況（令和6年度末）", 11, "G")
y += 8
cx2 = [45, 175, 265, 355, 550]
for i, h in enumerate(["債権名", "滞納者数（人）", "差押件数（件）", "備考"]):
    pg.cell(cx2[i], y, cx2[i + 1], y + 20, h, 8.8, "G", fill=SHADE)
CNT = {"tax": (1842, 412), "kokuho": (1236, 188), "kaigo": (534, 21), "kouki": (96, 3), "hoiku": (71, 0),
       "jutaku": (58, 0)}
y += 20
for k in keys:
    name, canon = DEBTS[k][:2]
    n, sz = CNT[k]
    if k == "kokuho":
        note = "滞納世帯数 " + F(pn, canon, name, 2024, "令和6年度末", "total", "delinquents", "actual", 1104,
                                "households", "1,104世帯")
    elif k in ("tax", "kaigo", "jutaku"):
        oa = sk(k, V[(k, 2024)]["oa"])
        note = "うち滞納繰越分 " + F(pn, canon, name, 2024, "令和6年度末", "arrears", "outstanding", "actual",
                                   oa * 1000, "yen", f"{comma(oa)}千円") if k != "tax" else "差押えは預貯金が中心"
    else:
        note = "－"
    pg.cell(cx2[0], y, cx2[1], y + 18, name, 8.8, "M", "l")
    pg.cell(cx2[1], y, cx2[2], y + 18, F(pn, canon, name, 2024, "令和6年度末", "total", "delinquents", "actual", n,
                                         "persons", comma(n)), 8.8, "M", "r")
    pg.cell(cx2[2], y, cx2[3], y + 18, comma(sz) if sz else "－", 8.8, "M", "r")
    pg.cell(cx2[3], y, cx2[4], y + 18, note, 8.5, "M", "l")
    y += 18
pg.text(297, 810, "－ 2 －", 9, "M", "c")

# ------------------------------------------------------------------ p3 資料２ Q&A + 9月末
pg = Page(doc)
pn = 3
pg.text(45, 50, "資料２", 10, "G")
pg.text(297, 72, "前回会議（令和7年度第1回）における主な意見と対応", 14, "G", "c")
ka24, ka23 = V[("kokuho", 2024)], V[("kokuho", 2023)]
kc24, kc23 = pct(ka24["cc"], ka24["ac"]), pct(ka23["cc"], ka23["ac"])
oa24, oa23 = ka24["oa"], ka23["oa"]
oa_man = round(oa24 / 10)   # 万円
d_man = round((oa24 - oa23) / 10, -2)
h24, h23 = V[("hoiku", 2024)], V[("hoiku", 2023)]
ha24, ha23 = pct(h24["ca"], h24["aa"]), pct(h23["ca"], h23["aa"])
qa = [
    ("委員（保健福祉部長）", "国民健康保険税の現年度分収納率が前年度比で" +
     F(pn, "国民健康保険料", "国民健康保険税", 2024, "令和6年度", "current", "difference", "actual",
       round(kc24 - kc23, 1), "points", f"{round(kc24 - kc23, 1)}ポイント") + "改善しているが、その要因を伺いたい。"),
    ("事務局（納税課長）", "令和6年度の現年度分収納率は" +
     F(pn, "国民健康保険料", "国民健康保険税", 2024, "令和6年度", "current", "collection_rate", "actual", kc24,
       "percent", f"{f2(kc24)}％") +
     "となりました。口座振替の加入率が上昇したことに加え、納期限後早期の電話催告が効果を上げたものと考えています。"
     "なお、滞納繰越分の収入未済額は" +
     F(pn, "国民健康保険料", "国民健康保険税", 2024, "令和6年度", "arrears", "outstanding", "actual",
       oa_man * 10000, "yen", f"約{oa_man // 10000}億{oa_man % 10000:,}万円", approx=True) +
     "で、前年度から" +
     F(pn, "国民健康保険料", "国民健康保険税", 2024, "令和6年度", "arrears", "difference", "actual",
       int(d_man) * 10000, "yen", f"約{int(-d_man):,}万円", approx=True) + "減少しています。"),
    ("委員（子ども・若者部長）", "保育料の滞納繰越分は、卒園後の回収が難しいと聞いている。現状はどうか。"),
    ("事務局（納税課主幹）", "令和6年度の保育料の滞納繰越分収納率は" +
     F(pn, "保育料", "保育料", 2024, "令和6年度", "arrears", "collection_rate", "actual", ha24, "percent",
       f"{f2(ha24)}％") + "で、前年度から" +
     F(pn, "保育料", "保育料", 2024, "令和6年度", "arrears", "difference", "actual", round(ha24 - ha23, 1), "points",
       f"{round(ha24 - ha23, 1)}ポイント") +
     "上昇しました。卒園前の面談で納付計画を作成する取組を、今年度から全園に広げています。"),
]
y = 92
for sp, tx in qa:
    y = pg.para(50, y, 545, "○" + sp + "　" + tx, 10, "M", 1.55, indent=0) + 6
y += 10
pg.text(45, y, "令和7年度上半期の収納状況", 13, "G")
y += 22
# bracketed heading with bullets labelled only by segment
cur9 = {"tax": (52.38, 51.96), "kokuho": (41.25, 40.12), "kaigo": (55.06, 54.88), "kouki": (56.41, 56.02),
        "hoiku": (48.72, 49.10), "jutaku": (49.85, 49.31)}
pg.text(55, y, "【収納率】令和7年9月末時点（市税）", 10.5, "G")
for seg, lab, v in (("current", "現年分", cur9["tax"][0]), ("arrears", "滞納繰越分", 18.45)):
    y += 17
    pg.text(75, y, "・" + lab + "　" + F(pn, "市税", None, 2025, "令和7年9月末", seg, "collection_rate", "interim", v,
                                          "percent", f"{f2(v)}％", as_of="2025-09-30"), 10)
y += 26
pg.text(55, y, "表　令和7年9月末現在の現年度分収納率（前年同期との比較）", 10, "G")
pg.text(545, y, "（単位：％）", 8.5, "M", "r")
y += 6
cx3 = [55, 230, 335, 440, 545]
for i, h in enumerate(["債権名", "前年同期", "今期", "増減"]):
    pg.cell(cx3[i], y, cx3[i + 1], y + 19, h, 9, "G", fill=SHADE)
y += 19
for k in keys:
    name, canon = DEBTS[k][:2]
    now, prev = cur9[k]
    d = round(now - prev, 2)
    c = [F(pn, canon, name, 2024, "前年同期", "current", "collection_rate", "interim", prev, "percent", f2(prev),
           as_of="2024-09-30"),
         F(pn, canon, name, 2025, "今期", "current", "collection_rate", "interim", now, "percent", f2(now),
           as_of="2025-09-30"),
         F(pn, canon, name, 2025, "今期", "current", "difference", "interim", d, "points", tri(d, f2),
           as_of="2025-09-30")]
    pg.cell(cx3[0], y, cx3[1], y + 18, name, 9, "M", "l")
    for i, s in enumerate(c):
        pg.cell(cx3[i + 1], y, cx3[i + 2], y + 18, s, 9, "M", "r")
    y += 18
pg.text(60, y + 14, "※　今期は令和7年度、前年同期は令和6年度の各9月末時点の累計収納率です。", 8)
pg.text(297, 810, "－ 3 －", 9, "M", "c")


# ------------------------------------------------------------------ 個票 helpers
def strip(pg, y, name, dept, kubun, law):
    cw = [45, 110, 290, 355, 550]
    for r, vals in enumerate([("債権名", name, "所管課", dept), ("債権区分", kubun, "根拠法令", law)]):
        for i, s in enumerate(vals):
            pg.cell(cw[i], y + r * 20, cw[i + 1], y + r * 20 + 20, s, 9.5 if i % 2 else 9,
                    "G" if i % 2 == 0 else "M", "c" if i % 2 == 0 else "l", fill=SHADE if i % 2 == 0 else None)
    return y + 40


def sheet_title(pg, no):
    pg.text(45, 50, "資料３", 10, "G")
    pg.text(550, 50, f"個票 {no}", 9.5, "M", "r")
    pg.text(297, 72, "債権別取組個票（令和7年度）", 14, "G", "c")


def add_items(pg, pn, k, y, section, items, x=60, style="tag_after", width=540, size=9.5):
    name, canon = DEBTS[k][:2]
    for lab, text, st in items:
        G.init(pn, canon, name, 2025, section, lab, text, st)
        if style == "tag_after":
            y = pg.para(x, y, width, f"{lab}　{text}【{st}】", size, "M", 1.5, indent=0)
        else:  # tag alone on the next line
            y = pg.para(x, y, width, f"{lab}　{text}", size, "M", 1.5, indent=0)
            y += size * 1.5
            pg.text(x + 18, y - 4, f"【{st}】", size)
    return y


# ------------------------------------------------------------------ p4 市税 個票 (vertical headers, 決算|目標)
pg = Page(doc)
pn = 4
sheet_title(pg, 1)
k = "tax"
name, canon, dept = DEBTS[k][:3]
y = strip(pg, 86, name, dept, "強制徴収公債権", "地方税法")
y += 22
pg.text(45, y, "１　収納状況の推移", 11, "G")
pg.text(550, y, "（単位：千円、％）", 8.5, "M", "r")
y += 6
cx = [45, 70, 160, 257, 354, 451, 550]
pg.cell(cx[0], y, cx[2], y + 36, "区　分", 9, "G", fill=SHADE)
pg.cell(cx[2], y, cx[5], y + 18, "決算", 9, "G", fill=SHADE)
pg.cell(cx[5], y, cx[6], y + 18, "目標", 9, "G", fill=SHADE)
for i, fy in enumerate(YRS + [2025]):
    pg.cell(cx[2 + i], y + 18, cx[3 + i], y + 36, Y(fy), 9, "G", fill=SHADE)
y += 36
groups = [("現年度分", "current", [("調定額", "assessed"), ("収入済額", "collected"), ("収納率", "collection_rate")]),
          ("滞納繰越分", "arrears", [("調定額", "assessed"), ("収入済額", "collected"), ("収納率", "collection_rate")]),
          ("合計", "total", [("不納欠損額", "written_off"), ("収入未済額", "outstanding"), ("収納率", "collection_rate")])]
RH = 19
for gl, seg, rows in groups:
    pg.cell(cx[0], y, cx[1], y + RH * 3, gl, 9, "G", fill=SHADE, vertical=True)
    for lab, met in rows:
        pg.cell(cx[1], y, cx[2], y + RH, lab, 9, "M", "l")
        for i, fy in enumerate(YRS + [2025]):
            if fy == 2025:
                if met == "collection_rate" and seg != "total":
                    s = F(pn, canon, name, fy, Y(fy), seg, met, "target", TGT[k][0 if seg == "current" else 1],
                          "percent", f2(TGT[k][0 if seg == "current" else 1]))
                else:
                    s = "－"
            else:
                v = V[(k, fy)]
                val = {("current", "assessed"): v["ac"], ("current", "collected"): v["cc"],
                       ("arrears", "assessed"): v["aa"], ("arrears", "collected"): v["ca"],
                       ("total", "written_off"): v["w"], ("total", "outstanding"): v["o"]}.get((seg, met))
                if met == "collection_rate":
                    a, c = {"current": (v["ac"], v["cc"]), "arrears": (v["aa"], v["ca"]),
                            "total": (v["ac"] + v["aa"], v["cc"] + v["ca"])}[seg]
                    s = F(pn, canon, name, fy, Y(fy), seg, met, "actual", pct(c, a), "percent", f2(pct(c, a)))
                else:
                    s = F(pn, canon, name, fy, Y(fy), seg, met, "actual", val * 1000, "yen", comma(val))
            pg.cell(cx[2 + i], y, cx[3 + i], y + RH, s, 9, "M", "r" if s != "－" else "c")
        y += RH
y += 24
pg.text(45, y, "２　令和7年度の重点項目", 11, "G")
y += 8
tcx = [45, 80, 470, 550]
for i, h in enumerate(["No.", "内容", "時期"]):
    pg.cell(tcx[i], y, tcx[i + 1], y + 19, h, 9, "G", fill=SHADE)
y += 19
SEC = "令和7年度の重点項目"
tax_items = [("①", "納期限後20日以内に督促状を発送し、未納者へSMSによる早期催告を行う。", "継続", "4月～"),
             ("②", "滞納繰越1年目の事案を9月までに集中的に処理し、", "継続", "4月～9月"),
             ("③", "給与・年金の差押えに加え、インターネット公売を年2回実施する。", "拡充", "7月・1月"),
             ("④", "滞納整理システムの更新に合わせ、預貯金照会の電子化を導入する。", "新規", "10月～")]
tax_items[1] = ("②", "滞納繰越1年目の事案を9月までに集中的に処理し、翌年度への繰越しを抑制する。", "継続", "4月～9月")
for lab, text, st, when in tax_items:
    G.init(pn, canon, name, 2025, SEC, lab, text, st)
    body = f"{text}【{st}】"
    # wrap inside the cell by width
    lines, cur = [], ""
    for ch in body:
        if pg.tl(cur + ch, 9) > 380:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    h = 8 + 12 * len(lines)
    pg.cell(tcx[0], y, tcx[1], y + h, lab, 9, "M", "c")
    pg.cell(tcx[1], y, tcx[2], y + h, "\n".join(lines), 9, "M", "l")
    pg.cell(tcx[2], y, tcx[3], y + h, when, 9, "M", "c")
    y += h
y += 24
pg.text(45, y, "３　課題", 11, "G")
y = pg.para(55, y + 4, 545, "滞納繰越分の収納率は上昇傾向にあるものの、少額・多数の事案が残っている。"
            "納税相談の機会を確保しつつ、財産調査から滞納処分までの期間を短縮する必要がある。", 9.5)
pg.text(297, 810, "－ 4 －", 9, "M", "c")

# ------------------------------------------------------------------ p5 国保 個票 (label+value header cell, stacked cells)
pg = Page(doc)
pn = 5
sheet_title(pg, 2)
k = "kokuho"
name, canon, dept = DEBTS[k][:3]
pg.cell(45, 86, 300, 108, f"債権名　{name}", 10.5, "G", "l", fill=SHADE, pad=8)
pg.cell(300, 86, 550, 108, f"所管課　{dept}", 9.5, "M", "l", pad=8)
y = 132
pg.text(45, y, "１　収納状況（上段：収入済額（千円）、下段：収納率（％））", 11, "G")
y += 6
cx = [45, 150, 283, 416, 550]
pg.cell(cx[0], y, cx[1], y + 20, "区分", 9, "G", fill=SHADE)
for i, fy in enumerate(YRS):
    pg.cell(cx[1 + i], y, cx[2 + i], y + 20, f"{Y(fy)}決算", 9, "G", fill=SHADE)
y += 20
for seg, lab in (("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "合計")):
    pg.cell(cx[0], y, cx[1], y + 32, lab, 9, "M", "l")
    for i, fy in enumerate(YRS):
        v = V[(k, fy)]
        a, c = {"current": (v["ac"], v["cc"]), "arrears": (v["aa"], v["ca"]),
                "total": (v["ac"] + v["aa"], v["cc"] + v["ca"])}[seg]
        s1 = F(pn, canon, name, fy, f"{Y(fy)}決算", seg, "collected", "actual", c * 1000, "yen", comma(c))
        s2 = F(pn, canon, name, fy, f"{Y(fy)}決算", seg, "collection_rate", "actual", pct(c, a), "percent",
               f2(pct(c, a)))
        pg.cell(cx[1 + i], y, cx[2 + i], y + 32, f"{s1}\n{s2}", 9, "M", "r")
    y += 32
y += 14
pg.text(60, y, "滞納世帯数（令和6年度末）　" + F(pn, canon, name, 2024, "令和6年度末", "total", "delinquents", "actual",
                                          1104, "households", "1,104世帯"), 9.5)
y += 28
pg.text(45, y, "２　目標収納率（　）内は令和6年度実績", 11, "G")
y += 6
cx = [45, 200, 375, 550]
for i, h in enumerate(["区分", "令和7年度目標（実績）", "備考"]):
    pg.cell(cx[i], y, cx[i + 1], y + 20, h, 9, "G", fill=SHADE)
y += 20
for seg, lab, ti, mark in (("current", "現年度分", 0, ""), ("arrears", "滞納繰越分", 1, "※1")):
    v = V[(k, 2024)]
    a, c = (v["ac"], v["cc"]) if seg == "current" else (v["aa"], v["ca"])
    t = F(pn, canon, name, 2025, "令和7年度", seg, "collection_rate", "target", TGT[k][ti], "percent", f2(TGT[k][ti]))
    r = F(pn, canon, name, 2024, "令和6年度", seg, "collection_rate", "actual", pct(c, a), "percent", f2(pct(c, a)))
    pg.cell(cx[0], y, cx[1], y + 19, lab, 9, "M", "l")
    pg.cell(cx[1], y, cx[2], y + 19, f"{t}（{r}）{mark}", 9, "M", "r")
    pg.cell(cx[2], y, cx[3], y + 19, "－" if not mark else "分納誓約の履行管理を強化", 8.5, "M", "l")
    y += 19
pg.text(50, y + 13, "※1　滞納繰越分の目標は、令和7年5月31日現在の滞納繰越調定額に対する率です。", 8)
y += 40
# items in a box, tags alone on the next line
pg.text(45, y, "３　収納率向上のための方策", 11, "G")
y += 8
box_top = y
items5 = [("(1)", "国民健康保険の資格取得の届出時に、窓口で口座振替の申込みを受け付ける。", "継続"),
          ("(2)", "納期限後10日以内に電話催告を行い、初期滞納の段階での納付を促す。", "拡充"),
          ("(3)", "市税と併せて滞納している世帯は、納税課に移管して一体的に滞納整理を行う。", "継続"),
          ("(4)", "短期被保険者証の更新時に納付相談を実施し、生活状況に応じた分納計画を作成する。", "新規")]
y = add_items(pg, pn, k, y + 4, "収納率向上のための方策", items5, x=60, style="tag_alone", width=535, size=9.5)
pg.rect(50, box_top, 545, y + 6, color=(0.2, 0.2, 0.2), width=0.9)
pg.text(297, 810, "－ 5 －", 9, "M", "c")

# ------------------------------------------------------------------ p6 保育料 (円) and 市営住宅使用料 (千円)
pg = Page(doc)
pn = 6
sheet_title(pg, "3・4")


def small_sheet(pg, pn, k, y, unit, desc):
    name, canon, dept = DEBTS[k][:3]
    y = strip(pg, y, name if k != "hoiku" else "保育料", dept, "強制徴収公債権" if k == "hoiku" else "私債権",
              "児童福祉法" if k == "hoiku" else "公営住宅法・民法")
    y += 20
    pg.text(45, y, "１　収納状況の推移（合計）", 10.5, "G")
    y += 6
    cx = [45, 130, 218, 306, 394, 482, 550]
    hd = ["年度", f"調定額（{unit}）", f"収入済額（{unit}）", f"不納欠損額（{unit}）", f"収入未済額（{unit}）", "収納率（％）"]
    for i, h in enumerate(hd):
        pg.cell(cx[i], y, cx[i + 1], y + 20, h, 8.3, "G", fill=SHADE)
    y += 20
    div = 1 if unit == "円" or DEBTS[k][3] == 1 else 1000
    mult = 1 if unit == "円" else 1000
    order = YRS if not desc else list(reversed(YRS))
    for fy in order:
        v = V[(k, fy)]
        vals = [v["ac"] + v["aa"], v["cc"] + v["ca"], v["w"], v["o"]]
        cells = [F(pn, canon, name, fy, f"{Y(fy)}", "total", m, "actual", x // div * mult, "yen", comma(x // div))
                 for m, x in zip(["assessed", "collected", "written_off", "outstanding"], vals)]
        r = pct(vals[1], vals[0])
        cells.append(F(pn, canon, name, fy, Y(fy), "total", "collection_rate", "actual", r, "percent", f2(r)))
        pg.cell(cx[0], y, cx[1], y + 18, Y(fy), 8.8, "M", "c")
        for i, s in enumerate(cells):
            pg.cell(cx[1 + i], y, cx[2 + i], y + 18, s, 8.8, "M", "r")
        y += 18
    return y


y = small_sheet(pg, pn, "hoiku", 86, "円", False)
y += 20
pg.text(45, y, "２　主な取組", 10.5, "G")
y = add_items(pg, pn, "hoiku", y + 2, "主な取組",
              [("ア", "児童手当からの特別徴収を保護者の申出により実施する。", "継続"),
               ("イ", "卒園予定児童の保護者と面談し、未納がある場合は卒園前に納付計画を作成する。", "拡充")],
              x=60, size=9.5)
y += 30
pg.line(45, y - 14, 550, y - 14, 0.8, (0.4, 0.4, 0.4))
y = small_sheet(pg, pn, "jutaku", y, "千円", True)
y += 20
pg.text(45, y, "２　主な取組", 10.5, "G")
y = add_items(pg, pn, "jutaku", y + 2, "主な取組",
              [("ア", "家賃の滞納が3か月に達した入居者に対し、連帯保証人への通知と面談を行う。", "継続"),
               ("イ", "退去者の未納家賃について、支払督促の申立てを計画的に行う。", "継続"),
               ("ウ", "指定管理者と滞納状況を毎月共有し、初期滞納者への訪問催告を行う。", "新規")],
              x=60, size=9.5)
pg.text(60, y + 18, "※　保育料は円単位、市営住宅使用料は千円単位（千円未満切捨て）で表示しています。", 8)
pg.text(297, 810, "－ 6 －", 9, "M", "c")

# ------------------------------------------------------------------ p7 介護・後期 (rates, 前年度/本年度 headers)
pg = Page(doc)
pn = 7
sheet_title(pg, "5・6")
y = 86
for k in ("kaigo", "kouki"):
    name, canon, dept = DEBTS[k][:3]
    y = strip(pg, y, name, dept, "強制徴収公債権", "介護保険法" if k == "kaigo" else "高齢者の医療の確保に関する法律")
    y += 20
    pg.text(45, y, "１　収納率の状況と目標（令和6年度決算・令和7年度目標）", 10.5, "G")
    pg.text(550, y, "（単位：％）", 8.5, "M", "r")
    y += 6
    cx = [45, 160, 260, 360, 450, 550]
    for i, h in enumerate(["区分", "前年度実績", "本年度目標", "差", "(参考)調定額"]):
        pg.cell(cx[i], y, cx[i + 1], y + 20, h, 9, "G", fill=SHADE)
    y += 20
    v = V[(k, 2024)]
    for seg, lab, ti in (("current", "現年度分", 0), ("arrears", "滞納繰越分", 1)):
        a, c = (v["ac"], v["cc"]) if seg == "current" else (v["aa"], v["ca"])
        r = pct(c, a)
        t = TGT[k][ti]
        cells = [F(pn, canon, name, 2024, "前年度", seg, "collection_rate", "actual", r, "percent", f2(r)),
                 F(pn, canon, name, 2025, "本年度", seg, "collection_rate", "target", t, "percent", f2(t)),
                 F(pn, canon, name, 2025, "本年度", seg, "difference", "target", round(t - r, 2), "points",
                   tri(round(t - r, 2), f2)),
                 F(pn, canon, name, 2024, "前年度", seg, "assessed", "actual", a * 1000, "yen", f"{comma(a)}千円")]
        pg.cell(cx[0], y, cx[1], y + 18, lab, 9, "M", "l")
        for i, s in enumerate(cells):
            pg.cell(cx[1 + i], y, cx[2 + i], y + 18, s, 9, "M", "r")
        y += 18
    y += 20
    pg.text(45, y, "２　主な取組", 10.5, "G")
    its = {"kaigo": [("①", "65歳到達時の普通徴収期間中の方に口座振替を案内する。", "継続"),
                     ("②", "滞納による給付制限の内容を、介護認定の申請時に説明する。", "継続"),
                     ("③", "長期滞納者については、市税と合わせて財産調査を実施する。", "新規")],
           "kouki": [("①", "被保険者証の一斉更新時に、口座振替の申込書を同封する。", "継続"),
                     ("②", "北海道後期高齢者医療広域連合と滞納情報を共有し、催告を行う。", "継続")]}[k]
    y = add_items(pg, pn, k, y + 2, "主な取組", its, x=60, size=9.5)
    y += 34
pg.text(60, y - 8, "※　前年度は令和6年度、本年度は令和7年度を指します。", 8)
pg.text(297, 810, "－ 7 －", 9, "M", "c")

pdf = HERE / "pdf" / f"{STEM}.pdf"
save(doc, pdf)
gp = G.write(pdf)
bad = check(pdf, gp)
print(STEM, "facts", len(G.facts), "initiatives", len(G.inits), "problems", len(bad))
for b in bad[:30]:
    print("  ", b)
