#!/usr/bin/env python3
"""mc_ginowan_committee_1: 宜野湾市 令和7年度第1回債権管理対策会議（書面開催）資料 — one 取組個票 per debt.

Tool chain: PyMuPDF drawing directly (IPAex fonts, subset on save).
Run from corpus/dev51:  python3 build/mc_ginowan_committee.py
All figures are invented; layout and wording modelled on real municipal committee papers.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fitz  # noqa: E402

from mc_common import Gold, SET, comma, k, rate, r2, zen, oku_man, signed, check_pdf  # noqa: E402
from mc_draw import Page, bar_chart, tlen  # noqa: E402

STEM = "mc_ginowan_committee_1"
G = Gold(STEM, "committee_material", "kobetsu", "宜野湾市",
         "令和７年度 第１回 宜野湾市債権管理対策会議（書面開催）資料", "2025-07-14", "令和７年７月１４日")

YEARS = [2020, 2021, 2022, 2023, 2024]       # R2..R6 (R6 = 決算見込)
EST = 2024
SHORT = {2020: "R2", 2021: "R3", 2022: "R4", 2023: "R5", 2024: "R6見込"}
LONG = {2021: "令和３年度", 2022: "令和４年度", 2023: "令和５年度", 2024: "令和６年度（見込）"}

rng = random.Random(5107)

# key, full, short, canonical, dept, class, delinquent unit
DEBTS = [
    ("shizei", "市税", "市税", "市税", "納税課", "強制徴収公債権", "persons"),
    ("kokuho", "国民健康保険税", "国保税", "国民健康保険料", "国民健康保険課", "強制徴収公債権", "households"),
    ("kaigo", "介護保険料", "介護料", "介護保険料", "介護長寿課", "強制徴収公債権", "persons"),
    ("gesui", "下水道使用料", "下水道", "下水道使用料", "上下水道局 料金課", "強制徴収公債権", "persons"),
    ("kyushoku", "学校給食費", "給食費", "学校給食費", "教育委員会 学校給食課", "私債権", "persons"),
]
D = {d[0]: d for d in DEBTS}
# current assessed (millions, start), growth, current rates by year, arrears assessed 2020 (millions), arrears rates, write-off share
PARAM = {
    "shizei": (12850, [1.0, 1.013, 1.030, 1.023, 1.017], [98.12, 98.35, 98.51, 98.62, 98.74], 612, [25.3, 27.1, 28.4, 29.6, 30.2], [0.060, 0.055, 0.050, 0.050, 0.045]),
    "kokuho": (2985, [1.0, 0.986, 0.979, 0.977, 0.980], [93.02, 93.40, 93.65, 93.88, 94.05], 905, [18.4, 19.2, 20.1, 20.8, 21.5], [0.090, 0.085, 0.080, 0.080, 0.075]),
    "kaigo": (2410, [1.0, 1.021, 1.018, 1.024, 1.019], [98.90, 98.95, 99.02, 99.08, 99.12], 58, [15.2, 16.0, 16.8, 17.5, 18.1], [0.12, 0.12, 0.11, 0.11, 0.10]),
    "gesui": (1020, [1.0, 1.006, 1.012, 1.004, 1.009], [97.80, 97.90, 98.00, 98.10, 98.20], 45, [30.5, 31.2, 32.0, 32.8, 33.4], [0.04, 0.04, 0.04, 0.04, 0.04]),
    "kyushoku": (480, [1.0, 1.008, 1.015, 1.021, 0.996], [98.20, 98.40, 98.50, 98.60, 98.70], 38, [12.5, 13.4, 14.1, 14.8, 15.5], [0.03, 0.03, 0.03, 0.03, 0.03]),
}
DELINQ = {"shizei": [8412, 8103, 7850, 7512, 7286], "kokuho": [4812, 4655, 4498, 4371, 4230],
          "kaigo": [1230, 1198, 1176, 1152, 1120], "gesui": [1105, 1082, 1051, 1030, 1012], "kyushoku": [610, 596, 584, 571, 552]}
SEIZE = {"shizei": [1210, 1305, 1388, 1452, 1510], "kokuho": [402, 431, 455, 470, 488], "kaigo": [35, 41, 46, 52, 57],
         "gesui": [28, 30, 33, 35, 38], "kyushoku": [0, 0, 0, 2, 4]}
# 目標 (収納率): R6 target and R7 target per segment (current, arrears, total)
TGT = {"shizei": ((98.70, 30.00, None), (98.80, 31.00, None)), "kokuho": ((94.20, 21.00, None), (94.30, 22.00, None)),
       "kaigo": ((99.10, 18.50, None), (99.15, 19.00, None)), "gesui": ((98.20, 33.00, None), (98.25, 34.00, None)),
       "kyushoku": ((98.80, 16.00, None), (98.80, 17.00, None))}

DATA = {}  # key -> year -> dict
for kk, (a0, gr, rc, arr0, ra, wo) in PARAM.items():
    DATA[kk] = {}
    ca = a0 * 1_000_000 + rng.randint(100, 999) * 1000 + rng.randint(0, 9) * 100
    prev_out = None
    for i, y in enumerate(YEARS):
        if i:
            ca = int(ca * gr[i]) // 100 * 100 + rng.randint(0, 9) * 100
        cc = round(ca * rc[i] / 100) - rng.randint(0, 3000)
        if rate(cc, ca) != rc[i]:
            cc = round(ca * rc[i] / 100)
        aa = arr0 * 1_000_000 + rng.randint(100, 999) * 1000 if prev_out is None else prev_out
        ac = round(aa * ra[i] / 100)
        w = round(aa * wo[i])
        out = ca + aa - cc - ac - w
        DATA[kk][y] = dict(ca=ca, cc=cc, aa=aa, ac=ac, wo=w, out=out, dq=DELINQ[kk][i], sz=SEIZE[kk][i])
        prev_out = out

# all debts (the five + others) for the 【参考】 box and the chart
OTHERS = {2020: (1980e6, 92.10, 8.1e6), 2021: (1995e6, 92.50, 8.4e6), 2022: (2010e6, 92.80, 7.9e6),
          2023: (2030e6, 93.00, 8.2e6), 2024: (2050e6, 93.30, 7.6e6)}
ALLD = {}
for y in YEARS:
    oa, orate, owo = OTHERS[y]
    oa = int(oa) + 412300
    oc = round(oa * orate / 100)
    ow = int(owo)
    A = oa + sum(DATA[x][y]["ca"] + DATA[x][y]["aa"] for x in D)
    C = oc + sum(DATA[x][y]["cc"] + DATA[x][y]["ac"] for x in D)
    W = ow + sum(DATA[x][y]["wo"] for x in D)
    ALLD[y] = dict(A=A, C=C, W=W, O=A - C - W, R=rate(C, A))


def basis(y):
    return "estimate" if y == EST else "actual"


doc = fitz.open()
ML, MR = 40, 555  # margins
WID = MR - ML
BLUE = (0.85, 0.89, 0.95)
GRAY = (0.92, 0.92, 0.92)


def footer(pg, n):
    pg.text(0, 815, f"- {n} -", 9, "G", align="center", width=pg.w)


# ================================================================= page 1
P = 1
pg = Page(doc)
pg.text(ML, 40, "令和７年７月１４日", 10, "M", align="right", width=WID)
pg.text(ML, 56, "宜野湾市債権管理対策会議 事務局（総務部納税課）", 10, "M", align="right", width=WID)
pg.text(ML, 88, "令和７年度 第１回 宜野湾市債権管理対策会議（書面開催）", 15, "G", align="center", width=WID)
pg.text(ML, 110, "次　　第", 13, "G", align="center", width=WID)
y = 140
y = pg.para(ML, y, WID, "令和７年度第１回会議は、新型コロナウイルス感染症対策として導入した書面による開催の例により、令和７年７月１４日付けで本資料を各委員へ送付し、書面により開催する。"
            "御意見等は、令和７年７月２５日（金）までに事務局へ提出願います。", 10)
y += 6
agenda = [("１　報告事項", None), ("（１）令和６年度 主要債権の収納状況について", "資料１"), ("（２）債権別取組個票について", "資料２"),
          ("２　協議事項", None), ("（１）令和６年度 目標収納率の達成状況及び令和７年度の目標について", "資料３"), ("３　その他", None)]
for t, m in agenda:
    pg.text(ML + (20 if t.startswith("（") else 8), y, t, 10.5, "G")
    if m:
        pg.text(ML, y, m, 10.5, "G", align="right", width=WID - 10)
    y += 19
y += 8
pg.text(ML, y, "宜野湾市債権管理対策会議 委員名簿", 11, "G")
pg.text(ML, y, "（委員８名、事務局３名）", 10, "G", align="right", width=WID)
y += 18
roster = [("委員長", "副市長"), ("委員", "総務部長"), ("委員", "企画部長"), ("委員", "市民経済部長"), ("委員", "福祉推進部長"),
          ("委員", "健康推進部長"), ("委員", "こども・若者未来部長"), ("委員", "上下水道局長"),
          ("事務局", "総務部納税課長"), ("事務局", "総務部納税課 債権管理係長"), ("事務局", "総務部納税課 主査")]
cells = [{"r": 0, "c": 0, "t": "区分", "fill": BLUE}, {"r": 0, "c": 1, "t": "職名", "fill": BLUE}, {"r": 0, "c": 2, "t": "備考", "fill": BLUE}]
for i, (a, b) in enumerate(roster):
    cells += [{"r": i + 1, "c": 0, "t": a}, {"r": i + 1, "c": 1, "t": b, "align": "left"},
              {"r": i + 1, "c": 2, "t": "会議の総括" if i == 0 else ("" if a != "事務局" else "庶務")}]
_, y = pg.grid(ML + 40, y, [70, 240, 120], [16] * (len(roster) + 1), cells, size=9.5)
y += 16
# 【参考】 box
a6 = ALLD[EST]
at, av = oku_man(a6["A"], 100)
ct, cv = oku_man(a6["C"], 100)
ot, ov = oku_man(a6["O"], 100)
wt, wv = oku_man(a6["W"], 10)
dr = r2(a6["R"] - ALLD[2023]["R"])
assert ALLD[2023]["O"] > a6["O"] and dr > 0
dot, dov = oku_man(ALLD[2023]["O"] - a6["O"], 10)
box_lines = [
    f"・調定額：約{G.fact(P, None, '全債権', EST, '令和６年度', 'total', 'assessed', 'estimate', av, 'yen', zen(at), None, True)}",
    f"・収入済額：約{G.fact(P, None, '全債権', EST, '令和６年度', 'total', 'collected', 'estimate', cv, 'yen', zen(ct), None, True)}",
    f"・不納欠損額：約{G.fact(P, None, '全債権', EST, '令和６年度', 'total', 'written_off', 'estimate', wv, 'yen', zen(wt), None, True)}",
    f"・収入未済額：約{G.fact(P, None, '全債権', EST, '令和６年度', 'total', 'outstanding', 'estimate', ov, 'yen', zen(ot), None, True)}"
    f"（前年度比 約{G.fact(P, None, '全債権', EST, '令和６年度', 'total', 'difference', 'estimate', -dov, 'yen', zen(dot), None, True)}減）",
    f"・収納率：{G.fact(P, None, '全債権', EST, '令和６年度', 'total', 'collection_rate', 'estimate', a6['R'], 'percent', zen(f'{a6[chr(82)]:.2f}%'))}"
    f"（前年度比 {G.fact(P, None, '全債権', EST, '令和６年度', 'total', 'difference', 'estimate', dr, 'points', zen(f'{dr:.2f}ポイント'))}上昇）",
]
bh = 22 + 17 * len(box_lines)
pg.rect((ML + 20, y, MR - 20, y + bh), width=1.0)
pg.text(ML + 30, y + 7, "【参考】令和６年度 全債権の収納状況（決算見込）", 10.5, "G")
yy = y + 26
for ln in box_lines:
    pg.text(ML + 40, yy, ln, 10, "M")
    yy += 17
footer(pg, 1)

# ================================================================= pages 2-3: long-format table (years head rows)
HEAD = ["債権名", "年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率", "滞納者数"]
COLW = [78, 78, 74, 74, 62, 66, 42, 41]


def long_table(pg, P, y, keys, title, cont=False):
    pg.text(ML, y, title, 11.5, "G")
    pg.text(ML, y + 2, "（単位：千円、％、人・世帯）", 8.5, "G", align="right", width=WID)
    y += 20
    cells = [{"r": 0, "c": i, "t": h, "fill": BLUE} for i, h in enumerate(HEAD)]
    r = 1
    for kk in keys:
        _, full, short, canon, *_ = D[kk]
        yrs = [2021, 2022, 2023, 2024]
        cells.append({"r": r, "c": 0, "rs": len(yrs), "t": full})
        for y_ in yrs:
            d = DATA[kk][y_]
            A, C = d["ca"] + d["aa"], d["cc"] + d["ac"]
            b = basis(y_)
            fr = LONG[y_]
            vals = [
                G.fact(P, canon, full, y_, fr, 'total', 'assessed', b, k(A) * 1000, 'yen', comma(k(A))),
                G.fact(P, canon, full, y_, fr, 'total', 'collected', b, k(C) * 1000, 'yen', comma(k(C))),
                G.fact(P, canon, full, y_, fr, 'total', 'written_off', b, k(d['wo']) * 1000, 'yen', comma(k(d['wo']))),
                G.fact(P, canon, full, y_, fr, 'total', 'outstanding', b, k(d['out']) * 1000, 'yen', comma(k(d['out']))),
                G.fact(P, canon, full, y_, fr, 'total', 'collection_rate', b, rate(C, A), 'percent', f"{rate(C, A):.2f}"),
                G.fact(P, canon, full, y_, fr, 'total', 'delinquents', b, d['dq'], D[kk][6], comma(d['dq'])),
            ]
            cells.append({"r": r, "c": 1, "t": fr, "size": 8})
            for j, v in enumerate(vals):
                cells.append({"r": r, "c": 2 + j, "t": v, "align": "right"})
            r += 1
    x1, y1 = pg.grid(ML, y, COLW, [18] + [16] * (r - 1), cells, size=8.6)
    return y1


P = 2
pg = Page(doc)
pg.text(ML, 36, "資料１", 11, "G", align="right", width=WID)
pg.text(ML, 52, "令和６年度 主要債権の収納状況について", 14, "G", align="center", width=WID)
y = 78
y = pg.para(ML, y, WID, "主要５債権（市税、国民健康保険税、介護保険料、下水道使用料及び学校給食費）の令和３年度から令和６年度までの収納状況（現年度分と滞納繰越分の計）は、次のとおりである。令和６年度は、出納閉鎖後の決算見込額である。", 10)
y += 4
y = long_table(pg, P, y, ["shizei", "kokuho", "kaigo"], "表１ 主要債権の収納状況の推移（計）")
y += 4
pg.text(ML, y, "（注）滞納者数は各年度末の実人数（国民健康保険税は滞納世帯数）。収納率は収入済額÷調定額。", 8.5, "M")
pg.text(ML, y + 14, "（次頁へ続く）", 8.5, "M", align="right", width=WID)
footer(pg, 2)

P = 3
pg = Page(doc)
y = 40
y = long_table(pg, P, y, ["gesui", "kyushoku"], "表１ 主要債権の収納状況の推移（計）（続き）", cont=True)
y += 4
pg.text(ML, y, "（注）下水道使用料は上下水道局、学校給食費は教育委員会の所管。", 8.5, "M")
y += 24
# chart: all debts collection rate R2..R6
pg.text(ML, y, "図１ 全債権の収納率の推移（現年度分・滞納繰越分の計）", 11, "G")
pg.text(ML, y + 2, "（単位：％）", 8.5, "G", align="right", width=WID)
y += 18
labels, vals, texts = [], [], []
for y_ in YEARS:
    rr = ALLD[y_]["R"]
    labels.append(SHORT[y_])
    vals.append(rr)
    texts.append(G.fact(P, None, '全債権', y_, SHORT[y_], 'total', 'collection_rate', basis(y_), rr, 'percent', f"{rr:.2f}"))
bar_chart(pg, ML + 40, y, WID - 80, 170, labels, vals, texts, size=9, est_last=True, ymin=90.0, ymax=max(vals) + 0.6)
y += 200
# prose with 令和二年度
o2 = ALLD[2020]["O"]
o2t, o2v = oku_man(o2, 10)
o6t, o6v = oku_man(ALLD[EST]["O"], 10)
assert o2 > ALLD[EST]["O"]
ddt, ddv = oku_man(o2 - ALLD[EST]["O"], 10)
five6 = sum(DATA[x][EST]["out"] for x in D)
five5 = sum(DATA[x][2023]["out"] for x in D)
f6t, f6v = oku_man(five6, 10)
assert five5 > five6 and ALLD[2023]["O"] > a6["O"] if False else five5 > five6
fdt, fdv = oku_man(five5 - five6, 10)
txt = (f"全債権の収入未済額は、令和６年度（見込）で約{G.fact(P, None, '全債権', EST, '令和６年度（見込）', 'total', 'outstanding', 'estimate', o6v, 'yen', o6t, None, True)}となり、"
       f"令和二年度の約{G.fact(P, None, '全債権', 2020, '令和二年度', 'total', 'outstanding', 'actual', o2v, 'yen', o2t, None, True)}と比べて"
       f"約{G.fact(P, None, '全債権', EST, '令和６年度（見込）', 'total', 'difference', 'estimate', -ddv, 'yen', ddt, None, True)}縮減した。"
       f"このうち主要５債権の収入未済額は約{G.fact(P, None, '主要５債権', EST, '令和６年度（見込）', 'total', 'outstanding', 'estimate', f6v, 'yen', f6t, None, True)}で、"
       f"前年度から約{G.fact(P, None, '主要５債権', EST, '令和６年度（見込）', 'total', 'difference', 'estimate', -fdv, 'yen', fdt, None, True)}減少しており、"
       "令和元年度に本会議を設置して以降、各債権所管課が連携した滞納整理の効果が表れている。")
y = pg.para(ML, y, WID, txt, 10)
footer(pg, 3)

# ================================================================= pages 4-7: 取組個票
ROWS = [("current", "現年度分", [("調定額", "ca", "assessed"), ("収入済額", "cc", "collected"), ("収納率", None, "collection_rate")]),
        ("arrears", "滞納繰越分", [("調定額", "aa", "assessed"), ("収入済額", "ac", "collected"), ("収納率", None, "collection_rate")]),
        ("total", "計", [("調定額", None, "assessed"), ("収入済額", None, "collected"), ("不納欠損額", "wo", "written_off"),
                         ("収入未済額", "out", "outstanding"), ("収納率", None, "collection_rate")])]


def seg_vals(d, seg):
    if seg == "current":
        return d["ca"], d["cc"]
    if seg == "arrears":
        return d["aa"], d["ac"]
    return d["ca"] + d["aa"], d["cc"] + d["ac"]


ITEMS = {
    "shizei": [
        ("(1)", "現年度分の早期着手", [
            ("ア", "納期限後２０日以内に督促状を発送し、発送後１０日を経過しても納付がない者へＳＭＳによる催告を行う。", "継続"),
            ("イ", "新規滞納者のうち滞納額１０万円以上の案件は、担当者を固定して早期に財産調査に着手する。", "新規")]),
        ("(2)", "滞納繰越分の整理", [
            ("ア", "給与、年金及び預貯金の差押えを優先し、不動産のみを有する案件は公売の可否を早期に判断する。", "継続"),
            ("イ", "財産調査の結果、滞納処分をすることができる財産がない案件は、滞納処分の執行停止を適正に行う。", "継続")]),
        ("(3)", "納付環境の整備", [
            (None, "地方税統一ＱＲコードを活用したスマートフォン決済の利用について、市報ぎのわん及び市ホームページで周知する。", "拡充")]),
    ],
    "kokuho": [
        ("①", "国保資格の適正化のため、他の医療保険への加入が判明した世帯に資格喪失の届出を勧奨し、届出がない場合は職権による喪失処理を行う。", "継続"),
        ("②", "夜間納付相談窓口（第２・第４水曜日）を開設し、納付が困難な世帯との接触機会を確保する。", "継続"),
        ("③", "滞納繰越分のうち納税課と重複する滞納者の案件を納税課へ移管し、一体的に滞納整理を行う。", "拡充"),
        ("④", "未申告世帯に申告勧奨通知を送付し、所得の把握による軽減判定と適正な賦課を進める。", "新規"),
    ],
    "kaigo": [
        ("①", "普通徴収の新規滞納者へ、納期限後１か月以内に電話及び文書で納付を勧奨する。", "継続"),
        ("②", "２年以上の滞納者に対し、給付制限の内容を説明した通知書を送付する。", "継続"),
        ("③", "財産調査を年２回実施し、預貯金等の差押えを行う。", "拡充"),
    ],
    "kyushoku": [
        ("・", "児童手当からの申出による徴収の利用を、入学説明会及び文書で保護者に案内する。", "継続"),
        ("・", "３か月以上の滞納者に対し、学校と連携して面談による納付指導を行う。", "継続"),
        ("・", "再三の催告に応じない滞納者に対し、支払督促の申立てを行う。", "新規"),
    ],
}
REVIEW = {
    "shizei": "滞納繰越分は高額案件の整理が進み",
    "kokuho": "資格の適正化により不要な賦課が減少し",
    "kaigo": "財産調査の拡充により差押件数が増加し",
    "kyushoku": "児童手当からの徴収の利用が増え",
}


def sheet(pno, kk, n, mode):
    global y
    P = pno
    pg = Page(doc)
    _, full, short, canon, dept, cls, dqu = D[kk]
    pg.text(ML, 30, "資料２", 11, "G", align="right", width=WID)
    pg.text(ML, 44, f"債権別取組個票（{n}／４）", 13, "G", align="center", width=WID)
    y = 66
    # label/value strip
    strip = [{"r": 0, "c": 0, "t": "債権名", "fill": BLUE}, {"r": 0, "c": 1, "t": full, "align": "left"},
             {"r": 0, "c": 2, "t": "所管課", "fill": BLUE}, {"r": 0, "c": 3, "t": dept, "align": "left"},
             {"r": 0, "c": 4, "t": "債権区分", "fill": BLUE}, {"r": 0, "c": 5, "t": cls, "align": "left"}]
    _, y = pg.grid(ML, y, [55, 110, 55, 120, 55, 120], [20], strip, size=9.5)
    y += 10
    pg.text(ML, y, "１ 収納状況の推移", 11, "G")
    pg.text(ML, y + 2, "（単位：千円、％）", 8.5, "G", align="right", width=WID)
    y += 16
    colw = [24, 72] + [83.8] * 5
    cells = [{"r": 0, "c": 0, "cs": 2, "t": "区分", "fill": BLUE}]
    for j, yy in enumerate(YEARS):
        cells.append({"r": 0, "c": 2 + j, "t": SHORT[yy], "fill": BLUE})
    r = 1
    for seg, seglab, mets in ROWS:
        cells.append({"r": r, "c": 0, "rs": len(mets), "t": seglab, "vert": True, "fill": GRAY, "size": 8.5})
        for lab, key, met in mets:
            cells.append({"r": r, "c": 1, "t": lab, "align": "left", "fill": GRAY})
            for j, yy in enumerate(YEARS):
                d = DATA[kk][yy]
                a, c = seg_vals(d, seg)
                b = basis(yy)
                if met == "collection_rate":
                    v = rate(c, a)
                    t = G.fact(P, canon, full, yy, SHORT[yy], seg, met, b, v, 'percent', f"{v:.2f}")
                else:
                    val = {"assessed": a, "collected": c}.get(met, d.get(key))
                    t = G.fact(P, canon, full, yy, SHORT[yy], seg, met, b, k(val) * 1000, 'yen', comma(k(val)))
                cells.append({"r": r, "c": 2 + j, "t": t, "align": "right"})
            r += 1
    dql = "滞納世帯数（世帯）" if dqu == "households" else "滞納者数（人）"
    for lab, key in ((dql, "dq"), ("差押件数（件）", "sz")):
        cells.append({"r": r, "c": 0, "cs": 2, "t": lab, "align": "left", "fill": GRAY, "size": 8})
        for j, yy in enumerate(YEARS):
            v = DATA[kk][yy][key]
            if key == "dq":
                t = G.fact(P, canon, full, yy, SHORT[yy], 'total', 'delinquents', basis(yy), v, dqu, comma(v))
            else:
                t = comma(v)
            cells.append({"r": r, "c": 2 + j, "t": t, "align": "right"})
        r += 1
    _, y = pg.grid(ML, y, colw, [16] * r, cells, size=8.6)
    pg.text(ML, y + 3, "※R2～R5は決算額、R6見込は出納閉鎖後の決算見込額。", 8, "M")
    y += 20
    # targets
    pg.text(ML, y, "２ 目標収納率の達成状況と令和７年度の目標", 11, "G")
    pg.text(ML, y + 2, "（単位：％、ポイント）", 8.5, "G", align="right", width=WID)
    y += 16
    t6, t7 = TGT[kk]
    d6 = DATA[kk][EST]
    tc = [{"r": 0, "c": 0, "t": "区分", "fill": BLUE}, {"r": 0, "c": 1, "t": "令和６年度目標", "fill": BLUE},
          {"r": 0, "c": 2, "t": "令和６年度実績見込", "fill": BLUE}, {"r": 0, "c": 3, "t": "差（見込－目標）", "fill": BLUE},
          {"r": 0, "c": 4, "t": "令和７年度目標", "fill": BLUE}]
    for i, (seg, lab) in enumerate((("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計"))):
        a, c = seg_vals(d6, seg)
        est = rate(c, a)
        if seg == "total":  # the total target follows from the segment targets on this year's amounts
            tg6 = rate(round(d6["ca"] * t6[0] / 100) + round(d6["aa"] * t6[1] / 100), a)
            tg7 = r2(tg6 + 0.20)
        else:
            tg6, tg7 = t6[i], t7[i]
        dif = r2(est - tg6)
        tc += [{"r": i + 1, "c": 0, "t": lab},
               {"r": i + 1, "c": 1, "t": G.fact(P, canon, full, EST, '令和６年度目標', seg, 'collection_rate', 'target', tg6, 'percent', f"{tg6:.2f}"), "align": "right"},
               {"r": i + 1, "c": 2, "t": G.fact(P, canon, full, EST, '令和６年度実績見込', seg, 'collection_rate', 'estimate', est, 'percent', f"{est:.2f}"), "align": "right"},
               {"r": i + 1, "c": 3, "t": G.fact(P, canon, full, EST, '令和６年度', seg, 'difference', 'estimate', dif, 'points', signed(dif, 2, '▲')), "align": "right"},
               {"r": i + 1, "c": 4, "t": G.fact(P, canon, full, 2025, '令和７年度目標', seg, 'collection_rate', 'target', tg7, 'percent', f"{tg7:.2f}"), "align": "right"}]
    _, y = pg.grid(ML, y, [100, 103, 104, 104, 104], [18, 16, 16, 16], tc, size=9)
    y += 12
    # initiatives
    pg.text(ML, y, "３ 令和７年度の主な取組", 11, "G")
    y += 18
    SEC = "令和７年度の主な取組"
    if mode == "nested":
        for lab, title, subs in ITEMS[kk]:
            if subs[0][0] is None:
                _, body, st = subs[0]
                pg.text(ML + 6, y, f"{lab}　{title}", 9.8, "G")
                y += 14
                y = pg.para(ML + 24, y, WID - 30, body + f"【{st}】", 9.5, "M", 1.45, indent=False)
                G.init(P, canon, full, 2025, SEC, lab, title + body, st)
                continue
            pg.text(ML + 6, y, f"{lab}　{title}", 9.8, "G")
            y += 14
            for sl, body, st in subs:
                y = pg.para(ML + 18, y, WID - 24, f"{sl}　{body}【{st}】", 9.5, "M", 1.45, indent=False, hang=1.5)
                G.init(P, canon, full, 2025, SEC, f"{lab}{sl}", body, st)
            y += 2
    elif mode == "lines":
        for lab, body, st in ITEMS[kk]:
            if lab == "③":  # the tag alone on the next line
                y = pg.para(ML + 6, y, WID - 12, f"{lab}　{body}", 9.5, "M", 1.45, indent=False, hang=1.5)
                pg.text(ML + 6 + 1.5 * 9.5, y, f"【{st}】", 9.5, "M")
                y += 9.5 * 1.45
            else:
                y = pg.para(ML + 6, y, WID - 12, f"{lab}　{body}【{st}】", 9.5, "M", 1.45, indent=False, hang=1.5)
            G.init(P, canon, full, 2025, SEC, lab, body, st)
    elif mode == "table":  # items in a table without a 取組 header
        tc = [{"r": 0, "c": 0, "t": "No.", "fill": BLUE}, {"r": 0, "c": 1, "t": "実施内容", "fill": BLUE},
              {"r": 0, "c": 2, "t": "実施時期", "fill": BLUE}, {"r": 0, "c": 3, "t": "区分", "fill": BLUE}]
        when = ["通年", "５月・１１月", "７月・１月"]
        for i, (lab, body, st) in enumerate(ITEMS[kk]):
            tc += [{"r": i + 1, "c": 0, "t": lab}, {"r": i + 1, "c": 1, "t": body, "align": "left", "font": "M"},
                   {"r": i + 1, "c": 2, "t": when[i]}, {"r": i + 1, "c": 3, "t": f"【{st}】"}]
            G.init(P, canon, full, 2025, "実施内容", lab, body, st)
        _, y = pg.grid(ML, y - 4, [30, 330, 85, 70], [18] + [30] * len(ITEMS[kk]), tc, size=9)
        y += 8
    elif mode == "box":
        lines_y = y
        y0 = y
        y += 8
        for lab, body, st in ITEMS[kk]:
            y = pg.para(ML + 14, y, WID - 28, f"{lab}　{body}【{st}】", 9.5, "M", 1.45, indent=False, hang=1.0)
            G.init(P, canon, full, 2025, SEC, None, body, st)
        y += 4
        pg.rect((ML + 6, y0, MR - 6, y), width=0.8, dashes="[2 2] 0")
        y += 8
    y += 6
    # review in prose
    pg.text(ML, y, "４ 令和６年度の取組結果", 11, "G")
    y += 18
    d5 = DATA[kk][2023]
    c6, c5 = rate(d6["cc"], d6["ca"]), rate(d5["cc"], d5["ca"])
    o6t_, o6v_ = oku_man(d6["out"], 10)
    delta = d6["out"] - d5["out"]
    dot_, dov_ = oku_man(abs(delta), 10)
    dov_ = dov_ if delta >= 0 else -dov_
    oword = "増加" if delta >= 0 else "減少"
    dc = r2(c6 - c5)
    word = "上昇" if dc >= 0 else "低下"
    txt = (f"現年度分の収納率は{G.fact(P, canon, full, EST, '令和６年度', 'current', 'collection_rate', 'estimate', c6, 'percent', f'{c6:.2f}％')}（見込）となり、"
           f"前年度から{G.fact(P, canon, full, EST, '令和６年度', 'current', 'difference', 'estimate', dc, 'points', f'{abs(dc):.2f}ポイント')}{word}した。"
           f"{REVIEW[kk]}、年度末の収入未済額は約{G.fact(P, canon, full, EST, '令和６年度', 'total', 'outstanding', 'estimate', o6v_, 'yen', o6t_, None, True)}と、"
           f"前年度末から約{G.fact(P, canon, full, EST, '令和６年度', 'total', 'difference', 'estimate', dov_, 'yen', dot_, None, True)}{oword}する見込みである。")
    y = pg.para(ML, y, WID, txt, 9.8)
    footer(pg, pno)
    assert y < 800, (kk, y)


sheet(4, "shizei", 1, "nested")
sheet(5, "kokuho", 2, "lines")
sheet(6, "kaigo", 3, "table")
sheet(7, "kyushoku", 4, "box")

# ================================================================= page 8: 資料３ + 参考
P = 8
pg = Page(doc)
pg.text(ML, 30, "資料３", 11, "G", align="right", width=WID)
pg.text(ML, 44, "令和６年度 目標収納率の達成状況及び令和７年度の目標について", 13, "G", align="center", width=WID)
y = 70
pg.text(ML, y, "表１ 目標収納率（計）の達成状況", 11, "G")
pg.text(ML, y + 2, "（単位：％、ポイント）", 8.5, "G", align="right", width=WID)
y += 16
tc = [{"r": 0, "c": 0, "t": "債権名", "fill": BLUE}, {"r": 0, "c": 1, "t": "令和６年度実績見込", "fill": BLUE},
      {"r": 0, "c": 2, "t": "令和６年度目標", "fill": BLUE}, {"r": 0, "c": 3, "t": "差", "fill": BLUE},
      {"r": 0, "c": 4, "t": "達成状況", "fill": BLUE}, {"r": 0, "c": 5, "t": "令和７年度目標", "fill": BLUE}]
for i, (kk, full, short, canon, *_r) in enumerate(DEBTS):
    d6 = DATA[kk][EST]
    a, c = seg_vals(d6, "total")
    est = rate(c, a)
    t6 = TGT[kk][0]
    tg6 = rate(round(d6["ca"] * t6[0] / 100) + round(d6["aa"] * t6[1] / 100), a)
    tg7 = r2(tg6 + 0.20)
    dif = r2(est - tg6)
    tc += [{"r": i + 1, "c": 0, "t": short},
           {"r": i + 1, "c": 1, "t": G.fact(P, canon, short, EST, '令和６年度実績見込', 'total', 'collection_rate', 'estimate', est, 'percent', f"{est:.2f}"), "align": "right"},
           {"r": i + 1, "c": 2, "t": G.fact(P, canon, short, EST, '令和６年度目標', 'total', 'collection_rate', 'target', tg6, 'percent', f"{tg6:.2f}"), "align": "right"},
           {"r": i + 1, "c": 3, "t": G.fact(P, canon, short, EST, '令和６年度', 'total', 'difference', 'estimate', dif, 'points', signed(dif, 2, '▲')), "align": "right"},
           {"r": i + 1, "c": 4, "t": "達成" if dif >= 0 else "未達成"},
           {"r": i + 1, "c": 5, "t": G.fact(P, canon, short, 2025, '令和７年度目標', 'total', 'collection_rate', 'target', tg7, 'percent', f"{tg7:.2f}"), "align": "right"}]
_, y = pg.grid(ML, y, [90, 90, 85, 70, 80, 100], [18] + [16] * len(DEBTS), tc, size=9)
y += 14
pg.text(ML, y, "表２ 収入未済額の状況", 11, "G")
pg.text(ML, y + 2, "（単位：千円）", 8.5, "G", align="right", width=WID)
y += 16
tc = [{"r": 0, "c": 0, "t": "区分", "fill": BLUE}]
for j, (kk, full, short, *_r) in enumerate(DEBTS):
    tc.append({"r": 0, "c": 1 + j, "t": short, "fill": BLUE})
tc.append({"r": 0, "c": 6, "t": "合計", "fill": BLUE})
rowdefs = [("収入未済額（令和５年度決算）", 2023), ("収入未済額（令和６年度見込）", 2024), ("増減", None)]
for i, (lab, yy) in enumerate(rowdefs):
    tc.append({"r": i + 1, "c": 0, "t": lab, "align": "left", "size": 8.2})
    tot = 0
    for j, (kk, full, short, canon, *_r) in enumerate(DEBTS):
        if yy:
            v = k(DATA[kk][yy]["out"])
            t = G.fact(P, canon, short, yy, lab, 'total', 'outstanding', basis(yy), v * 1000, 'yen', comma(v))
        else:
            v = k(DATA[kk][2024]["out"]) - k(DATA[kk][2023]["out"])
            t = G.fact(P, canon, short, 2024, '増減', 'total', 'difference', 'estimate', v * 1000, 'yen', signed(v, None, '▲'))
        tot += v
        tc.append({"r": i + 1, "c": 1 + j, "t": t, "align": "right"})
    if yy:
        t = G.fact(P, None, '合計', yy, lab, 'total', 'outstanding', basis(yy), tot * 1000, 'yen', comma(tot))
    else:
        t = G.fact(P, None, '合計', 2024, '増減', 'total', 'difference', 'estimate', tot * 1000, 'yen', signed(tot, None, '▲'))
    tc.append({"r": i + 1, "c": 6, "t": t, "align": "right"})
_, y = pg.grid(ML, y, [125, 66, 66, 62, 62, 62, 72], [18, 18, 18, 18], tc, size=8.8)
y += 4
pg.text(ML, y, "（注）国保税＝国民健康保険税、介護料＝介護保険料、下水道＝下水道使用料、給食費＝学校給食費。▲は減少。", 8.3, "M")
y += 22
pg.text(ML, y, "【参考】令和６年度第３回会議（令和７年２月１０日付け書面開催）における主な意見と回答", 10.5, "G")
y += 18
qa = [("○委員（健康推進部長）", "国民健康保険税の滞納繰越分の収納率が伸び悩んでいる要因は何か。"),
      ("○事務局（納税課長）", "滞納繰越分には、資格喪失後に市外へ転出した世帯の案件が多く含まれており、居所の把握に時間を要していることが主な要因である。令和７年度からは納税課との重複案件の移管を拡大し、一体的に滞納整理を行う。"),
      ("○委員（上下水道局長）", "下水道使用料についても、市税と同様に電子預貯金照会を活用できないか。"),
      ("○事務局（納税課長）", "強制徴収公債権であるため活用は可能であり、令和７年度中の導入に向けて上下水道局と調整を進める。")]
for sp, t in qa:
    pg.text(ML + 6, y, sp, 9.5, "G")
    y += 13
    y = pg.para(ML + 20, y, WID - 26, t, 9.5, "M", 1.45, indent=True)
    y += 3
footer(pg, 8)
assert y < 800, y

pdf = SET / "pdf" / f"{STEM}.pdf"
doc.subset_fonts()
doc.set_metadata({"title": G.document["title"], "author": "宜野湾市", "creator": "mc build (PyMuPDF)"})
doc.save(pdf, garbage=4, deflate=True)
gp, n = G.write(pdf)
errs = check_pdf(pdf, gp)
print(f"{STEM}: {n} pages, {len(G.facts)} facts, {len(G.initiatives)} initiatives, {len(errs)} check errors")
for e in errs[:30]:
    print("  ", e)
