"""fp_ashiya_committee_1: 債権管理対策会議 資料 with one 取組個票 per debt.

Tool chain: PyMuPDF drawing directly (IPAex fonts, subset on save).
Run from corpus/frozen36:  python3 build/fp_ashiya_committee_1.py
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

import pymupdf as fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fp_common import Gold, PDF_DIR, c, check, rate, sen, tri, trif, zen  # noqa: E402
from fp_pdfdraw import A4, A4L, Canvas, tlen  # noqa: E402

STEM = "fp_ashiya_committee_1"
CITY = "芦屋市"
YEARS = [2019, 2020, 2021, 2022, 2023]
GRAY = (0.85, 0.85, 0.85)
LIGHT = (0.94, 0.94, 0.94)
BLUE = (0.86, 0.91, 0.97)

# ------------------------------------------------------------------ data
rng = random.Random(3607)


def jitter(v, digits=5):
    """make a round number look like a real 調定額 (keeps the order of magnitude)."""
    return int(v) + rng.randrange(0, 10 ** digits)


# canonical, short, account, section, division, class, cur assessed (2019..23), cur rates, arr0, arr rates,
# write-offs, delinquents (unit), targets (2024, 2025), interim 9月末 (this, last)
DEBTS = [
    dict(canon="市税", short="市税", acct="一般会計", ka="税務課（収納係）", cls="強制徴収公債権",
         ca=[18912e6, 18640e6, 18702e6, 19105e6, 19336e6], cr=[99.02, 99.10, 99.18, 99.27, 99.35],
         arr0=642e6, ar=[22.41, 24.06, 25.62, 27.35, 29.08], wo=[52.3e6, 48.1e6, 41.7e6, 38.2e6, 33.9e6],
         dl=[3412, 3298, 3105, 2987, 2841], dl_unit=("滞納者数（人）", "persons"),
         tg={2024: (99.40, 30.50, 250000), 2025: (99.45, 31.50, 235000)},
         it={"cur": (51.42, 51.08), "arr": (16.35, 15.12)}),
    dict(canon="国民健康保険料", short="国保料", acct="特別会計", ka="保険課（保険料係）", cls="強制徴収公債権",
         ca=[2561e6, 2498e6, 2452e6, 2418e6, 2376e6], cr=[93.85, 94.12, 94.40, 94.77, 95.12],
         arr0=468e6, ar=[18.20, 19.35, 20.61, 21.48, 22.30], wo=[61.2e6, 55.4e6, 47.9e6, 44.6e6, 40.8e6],
         dl=[2286, 2190, 2077, 1956, 1874], dl_unit=("滞納世帯数（世帯）", "households"),
         tg={2024: (95.30, 23.00, 300000), 2025: (95.50, 24.00, 285000)},
         it={"cur": (44.81, 44.36), "arr": (12.92, 12.40)}),
    dict(canon="介護保険料", short="介護保険料", acct="特別会計", ka="高齢介護課（介護保険料係）", cls="強制徴収公債権",
         ca=[3302e6, 3335e6, 3368e6, 3421e6, 3466e6], cr=[99.05, 99.08, 99.12, 99.15, 99.21],
         arr0=71e6, ar=[15.40, 16.02, 16.85, 17.30, 18.06], wo=[17.8e6, 16.9e6, 16.2e6, 15.5e6, 14.8e6],
         dl=[1102, 1085, 1041, 1013, 987], dl_unit=("滞納者数（人）", "persons"),
         tg={2024: (99.25, 18.50, 58000), 2025: (99.30, 19.00, 56000)},
         it={"cur": (55.10, 54.96), "arr": (9.84, 9.61)}),
    dict(canon="後期高齢者医療保険料", short="後期高齢者医療保険料", acct="特別会計", ka="保険課（後期高齢医療係）",
         cls="強制徴収公債権",
         ca=[1912e6, 1975e6, 2011e6, 2088e6, 2152e6], cr=[99.50, 99.54, 99.57, 99.60, 99.62],
         arr0=14e6, ar=[36.10, 37.22, 38.05, 39.40, 40.12], wo=[2.1e6, 2.0e6, 1.9e6, 1.8e6, 1.7e6],
         dl=None, dl_unit=None, tg=None, it=None),
    dict(canon="保育所保育料", short="保育所保育料", acct="一般会計", ka="こども園・保育課（入所係）", cls="強制徴収公債権",
         ca=[232e6, 176e6, 181e6, 178e6, 172e6], cr=[98.42, 98.61, 98.70, 98.85, 98.96],
         arr0=19e6, ar=[14.60, 15.85, 17.02, 18.40, 19.75], wo=[2.4e6, 2.2e6, 2.0e6, 1.9e6, 1.7e6],
         dl=[96, 88, 81, 74, 69], dl_unit=("滞納世帯数（世帯）", "households"),
         tg={2024: (99.00, 20.50, 12500000), 2025: (99.10, 21.50, 11800000)},
         it={"cur": (49.63, 49.20), "arr": (8.15, 7.74)}),
    dict(canon="市営住宅使用料", short="市営住宅使用料", acct="一般会計", ka="住宅課（管理係）", cls="私債権",
         ca=[258e6, 256e6, 253e6, 251e6, 249e6], cr=[96.88, 97.02, 97.15, 97.31, 97.46],
         arr0=41e6, ar=[11.20, 11.85, 12.40, 13.12, 13.90], wo=[3.1e6, 2.9e6, 2.7e6, 2.6e6, 2.4e6],
         dl=[142, 136, 129, 121, 116], dl_unit=("滞納者数（人）", "persons"),
         tg={2024: (97.60, 14.50, 40000), 2025: (97.75, 15.20, 38000)},
         it={"cur": (48.02, 47.76), "arr": (6.41, 6.25)}),
]


def series(d):
    out = {}
    arr_a = jitter(d["arr0"], 5)
    for i, fy in enumerate(YEARS):
        ca = jitter(d["ca"][i], 6)
        cc = round(ca * d["cr"][i] / 100)
        assert rate(cc, ca) == d["cr"][i]
        ac = round(arr_a * d["ar"][i] / 100)
        if rate(ac, arr_a) != d["ar"][i]:
            ac += 1 if rate(ac + 1, arr_a) == d["ar"][i] else -1
        assert rate(ac, arr_a) == d["ar"][i], (d["canon"], fy)
        wo = jitter(d["wo"][i], 4)
        o = ca - cc + arr_a - ac - wo
        assert o > 0
        out[fy] = dict(ca=ca, cc=cc, cr=d["cr"][i], aa=arr_a, ac=ac, ar=d["ar"][i], A=ca + arr_a, C=cc + ac,
                       R=rate(cc + ac, ca + arr_a), wo=wo, out=o, out_arr=arr_a - ac - wo,
                       dl=d["dl"][i] if d["dl"] else None)
        arr_a = o  # next year's 滞納繰越分 調定額 = this year's 収入未済額
    return out


for d in DEBTS:
    d["s"] = series(d)

INITS = {
    "市税": [
        ("①", "納期限後２０日以内に督促状を送付し、未納者には電話催告センターから早期に架電する。", "継続", "inline"),
        ("②", "給与照会と預貯金照会を電子化し、財産調査から差押えまでの期間を短縮する。", "拡充", "inline"),
        ("③", "滞納額１００万円以上の案件は係長級で進行管理を行い、捜索・公売を計画的に実施する。", "継続", "inline"),
        ("④", "スマートフォン決済の対象税目に固定資産税を加え、納付しやすい環境を整える。", "新規", "inline"),
    ],
    "国民健康保険料": [
        ("(1)ア", "資格取得時に窓口で口座振替の申込みを受け付け、振替率を高める。", "継続", "inline"),
        ("(1)イ", "納付書にＱＲコードを印字し、スマートフォン決済を案内する。", "新規", "inline"),
        ("(2)ア", "２期以上の未納世帯には財産調査を行い、資力のある世帯は速やかに差し押さえる。", "継続", "inline"),
        ("(2)イ", "短期被保険者証の更新時に納付相談を行い、分納誓約の不履行を防ぐ。", "継続", "inline"),
    ],
    "介護保険料": [
        ("①", "普通徴収の被保険者に対し、年金からの特別徴収へ移行するまでの期間の納付を個別に案内する。", "継続", "alone"),
        ("②", "給付制限の対象となる前に、滞納者へ制度の説明文書を送付し、納付相談につなげる。", "拡充", "alone"),
        ("③", "死亡・転出による未納分は、相続人調査を行い請求先を確定させる。", None, "inline"),
    ],
    "保育所保育料": [
        ("①", "児童手当からの特別徴収を在園児の保護者に勧奨する。", "継続", "inline"),
        ("②", "卒園児の滞納世帯には年２回の一斉催告を行い、応答のない世帯には財産調査を行う。", "継続", "inline"),
        ("③", "入所申込み時に口座振替の申出書の提出を求める。", "新規", "inline"),
    ],
    "市営住宅使用料": [
        ("①", "滞納３か月で連帯保証人に通知し、６か月で明渡し請求の手続に入る。", "継続", "inline"),
        ("②", "退去者の未納分は弁護士法人への回収委託を拡大する。", "拡充", "inline"),
        ("③", "収入申告の際に家賃減免制度を案内し、生活困窮による滞納を未然に防ぐ。", "継続", "inline"),
    ],
}

YEAR_LABELS = {
    "市税": ["令和元年度", "令和２年度", "令和３年度", "令和４年度", "令和５年度"],
    "国民健康保険料": ["R1", "R2", "R3", "R4", "R5"],
    "介護保険料": ["2019年度", "2020年度", "2021年度", "2022年度", "2023年度"],
    "保育所保育料": ["元年度", "２年度", "３年度", "４年度", "５年度"],
    "市営住宅使用料": ["令和元(2019)", "令和２(2020)", "令和３(2021)", "令和４(2022)", "令和５(2023)"],
}


# ------------------------------------------------------------------ pages
def header_footer(cv, n, total_label="芦屋市債権管理対策会議"):
    cv.text(cv.W - 40, 28, f"令和６年度第２回{total_label}", size=7.5, align="r", color=(0.35, 0.35, 0.35))
    cv.text(cv.W / 2, cv.H - 22, f"- {n} -", size=8, align="c")


def page1(doc, g):
    cv = Canvas(doc, A4)
    P = 1
    header_footer(cv, P)
    cv.text(cv.W / 2, 70, "令和６年度第２回芦屋市債権管理対策会議", size=15, align="c")
    cv.text(cv.W / 2, 92, "次　　第", size=13, align="c")
    y = 118
    for a, b in (("日　時", "令和６年１１月２０日（水）午後３時から"), ("場　所", "市役所北館２階　第３会議室")):
        cv.text(300, y, f"{a}　{b}", size=9.5)
        y += 15
    y += 10
    items = ["１　開　会",
             "２　報告事項",
             "　（１）令和５年度決算における主要債権の状況　………………………　資料１",
             "　（２）主要債権の取組個票（令和６年度）　……………………………　資料２",
             "３　協議事項",
             "　（１）滞納整理強化期間（令和６年１２月）の実施について",
             "４　閉　会"]
    for s in items:
        cv.text(70, y, s, size=10.5, font="m")
        y += 19
    y += 14
    cv.text(52, y, "【参考】令和５年度決算のポイント", size=11)
    y += 10
    s = {d["canon"]: d["s"] for d in DEBTS}
    tax23, tax22 = s["市税"][2023], s["市税"][2022]
    kok23, kok22 = s["国民健康保険料"][2023], s["国民健康保険料"][2022]
    tot = {fy: sum(sen(s[k][fy]["out"]) for k in s) for fy in YEARS}  # 千円
    panels = []
    d1 = round(tax23["R"] - tax22["R"], 2)
    panels.append(("市税　収納率（令和５年度）", f"{tax23['R']:.2f}％", f"前年度比　＋{d1:.2f}ポイント"))
    o23 = round(tot[2023] / 10000) / 10  # 千円 -> 億円, one decimal
    o22 = round(tot[2022] / 10000) / 10
    panels.append(("主要６債権　収入未済額（令和５年度末）", f"約{o23:.1f}億円", f"前年度比　{trif(o23 - o22, 1)}億円"))
    d3 = round(kok23["cr"] - kok22["cr"], 2)
    panels.append(("国民健康保険料　現年度分収納率（令和５年度）", f"{kok23['cr']:.2f}％", f"前年度比　＋{d3:.2f}ポイント"))
    pw, gap = 160, 17.6
    x = 52
    for i, (lab, big, sub) in enumerate(panels):
        r = (x, y, x + pw, y + 92)
        cv.rect(r, fill=BLUE, stroke=(0.2, 0.35, 0.6), width=1)
        yy = cv.para(x + 8, y + 2, pw - 16, lab, size=8.5)
        cv.text(x + pw / 2, y + 62, big, size=19, align="c", color=(0.05, 0.2, 0.5))
        cv.text(x + pw / 2, y + 82, sub, size=8.5, align="c")
        x += pw + gap
    g.fact(P, "市税", "市税", 2023, "令和５年度", "total", "collection_rate", "actual", tax23["R"], "percent",
           f"{tax23['R']:.2f}％")
    g.fact(P, "市税", "市税", 2023, "令和５年度", "total", "difference", "actual", d1, "points", f"＋{d1:.2f}ポイント")
    g.fact(P, None, "主要６債権", 2023, "令和５年度末", "total", "outstanding", "actual", round(o23 * 1e8), "yen",
           f"約{o23:.1f}億円", approx=True)
    g.fact(P, None, "主要６債権", 2023, "令和５年度末", "total", "difference", "actual", round((o23 - o22) * 1e8), "yen",
           f"{trif(o23 - o22, 1)}億円")
    g.fact(P, "国民健康保険料", "国民健康保険料", 2023, "令和５年度", "current", "collection_rate", "actual", kok23["cr"],
           "percent", f"{kok23['cr']:.2f}％")
    g.fact(P, "国民健康保険料", "国民健康保険料", 2023, "令和５年度", "current", "difference", "actual", d3, "points",
           f"＋{d3:.2f}ポイント")

    # bar chart: 主要６債権の収入未済額の推移（単位：百万円）
    y += 122
    cv.text(52, y, "主要６債権の収入未済額の推移（各年度末、単位：百万円）", size=10)
    base, top = y + 190, y + 30
    x0, x1 = 90, 540
    cv.line((x0, base), (x1, base), width=0.8)
    cv.line((x0, top - 10), (x0, base), width=0.6)
    vals = [round(tot[fy] / 1000, 1) for fy in YEARS]
    vmax = 1400.0
    for t in range(0, 1401, 200):
        yy = base - (base - top) * t / vmax
        cv.line((x0 - 3, yy), (x1, yy), width=0.2, color=(0.7, 0.7, 0.7))
        cv.text(x0 - 6, yy + 3, c(t), size=7, align="r")
    bw = 46
    labels = ["令和元年度", "令和２年度", "令和３年度", "令和４年度", "令和５年度"]
    for i, (fy, v) in enumerate(zip(YEARS, vals)):
        cx = x0 + (i + 0.5) * (x1 - x0) / 5
        h = (base - top) * v / vmax
        cv.rect((cx - bw / 2, base - h, cx + bw / 2, base), fill=(0.36, 0.52, 0.74), stroke=None)
        lab = f"{v:,.1f}"
        cv.text(cx, base - h - 4, lab, size=8, align="c")
        cv.text(cx, base + 12, labels[i], size=8, align="c")
        g.fact(P, None, "主要６債権", fy, labels[i], "total", "outstanding", "actual", round(v * 1e6), "yen", lab)
    cv.text(52, base + 32, "※ 主要６債権：市税、国民健康保険料、介護保険料、後期高齢者医療保険料、保育所保育料、市営住宅使用料", size=7.5)
    return tot


def page2(doc, g):
    """landscape summary: debts as rows, 現年度分 | 滞納繰越分 | 合計 over 調定額 | 収入済額 | 収納率."""
    cv = Canvas(doc, A4L)
    P = 2
    header_footer(cv, P)
    cv.text(40, 52, "【資料１】令和５年度決算における主要債権の状況", size=13)
    cv.text(cv.W - 40, 70, "（単位：千円、％）", size=8.5, align="r")
    colw = [100] + [62, 62, 38] * 3 + [52, 56, 58]
    rowh = [16, 16, 18] + [17] * 11
    cells = []
    H = dict(fill=GRAY, size=8)
    cells.append(dict(r=0, c=0, rs=3, t="債権名", **H))
    cells.append(dict(r=0, c=1, cs=12, t="令和５年度決算", **H))
    for k, seg in enumerate(["現年度分", "滞納繰越分", "合計"]):
        cells.append(dict(r=1, c=1 + 3 * k, cs=3, t=seg, **H))
        for j, m in enumerate(["調定額", "収入済額", "収納率"]):
            cells.append(dict(r=2, c=1 + 3 * k + j, t=m, **H))
    cells.append(dict(r=1, c=10, rs=2, t="不納欠損額", **H))
    cells.append(dict(r=1, c=11, rs=2, t="収入未済額", **H))
    cells.append(dict(r=1, c=12, rs=2, t="収入未済額\n前年度比", **H))
    s = {d["canon"]: d for d in DEBTS}
    sections = [("【一般会計】", ["市税", "保育所保育料", "市営住宅使用料"]),
                ("【特別会計】", ["国民健康保険料", "介護保険料", "後期高齢者医療保険料"])]
    r = 3
    grand = {k: 0 for k in ("ca", "cc", "aa", "ac", "A", "C", "wo", "out", "out22")}
    fy, fr = 2023, "令和５年度"
    zebra = False
    for title, names in sections:
        cells.append(dict(r=r, c=0, cs=13, t=title, align="l", fill=LIGHT, size=8.5))
        r += 1
        sub = {k: 0 for k in grand}
        for nm in names:
            d = s[nm]
            a, b = d["s"][2023], d["s"][2022]
            vals = {k: sen(a[k]) for k in ("ca", "cc", "aa", "ac", "A", "C", "wo", "out")}
            vals["out22"] = sen(b["out"])
            for k in sub:
                sub[k] += vals[k]
            fill = (0.97, 0.97, 0.97) if zebra else None
            zebra = not zebra
            row = [d["short"], c(vals["ca"]), c(vals["cc"]), f"{a['cr']:.2f}", c(vals["aa"]), c(vals["ac"]),
                   f"{a['ar']:.2f}", c(vals["A"]), c(vals["C"]), f"{a['R']:.2f}", c(vals["wo"]), c(vals["out"]),
                   tri(vals["out"] - vals["out22"])]
            for j, v in enumerate(row):
                cells.append(dict(r=r, c=j, t=v, align="l" if j == 0 else "r", fill=fill))
            dn = (d["canon"], d["short"])
            for seg, ks in (("current", ("ca", "cc", "cr")), ("arrears", ("aa", "ac", "ar")), ("total", ("A", "C", "R"))):
                g.fact(P, *dn, fy, fr, seg, "assessed", "actual", vals[ks[0]] * 1000, "yen", c(vals[ks[0]]))
                g.fact(P, *dn, fy, fr, seg, "collected", "actual", vals[ks[1]] * 1000, "yen", c(vals[ks[1]]))
                g.fact(P, *dn, fy, fr, seg, "collection_rate", "actual", a[ks[2]], "percent", f"{a[ks[2]]:.2f}")
            g.fact(P, *dn, fy, fr, "total", "written_off", "actual", vals["wo"] * 1000, "yen", c(vals["wo"]))
            g.fact(P, *dn, fy, fr, "total", "outstanding", "actual", vals["out"] * 1000, "yen", c(vals["out"]))
            g.fact(P, *dn, fy, fr, "total", "difference", "actual", (vals["out"] - vals["out22"]) * 1000, "yen",
                   tri(vals["out"] - vals["out22"]))
            r += 1
        emit_total(g, cells, r, "小計", sub, P, fy, fr, label_debt="小計")
        r += 1
        for k in grand:
            grand[k] += sub[k]
    emit_total(g, cells, r, "合計", grand, P, fy, fr, label_debt="合計", fill=GRAY)
    cv.grid(40, 80, colw, rowh, cells, size=8)
    ny = 80 + sum(rowh) + 14
    tax = s["市税"]["s"][2023]
    cv.text(40, ny, "※１　国保料＝国民健康保険料。収納率は収入済額÷調定額（小数点以下第３位を四捨五入）。", size=8)
    cv.text(40, ny + 13, f"※２　市税の収入未済額のうち滞納繰越分　{c(sen(tax['out_arr']))}千円", size=8)
    g.fact(P, "市税", "市税", 2023, "令和５年度", "arrears", "outstanding", "actual", sen(tax["out_arr"]) * 1000, "yen",
           f"{c(sen(tax['out_arr']))}千円")
    cv.text(40, ny + 26, "※３　後期高齢者医療保険料は兵庫県後期高齢者医療広域連合からの賦課に基づき市が徴収するもの。", size=8)

    # reference table: years descending, 百万円 with one decimal
    ty = ny + 56
    cv.text(40, ty, "【参考】主要債権の収入未済額の推移（各年度末、単位：百万円）", size=10.5)
    years = list(reversed(YEARS))
    labs = ["令和５年度", "令和４年度", "令和３年度", "令和２年度", "令和元年度"]
    colw = [130] + [78] * 5
    cells = [dict(r=0, c=0, t="債権名", fill=GRAY)] + [dict(r=0, c=1 + j, t=l, fill=GRAY) for j, l in enumerate(labs)]
    order = ["市税", "国民健康保険料", "介護保険料", "後期高齢者医療保険料", "保育所保育料", "市営住宅使用料"]
    tot = {fy: 0 for fy in YEARS}
    for i, nm in enumerate(order, 1):
        d = s[nm]
        cells.append(dict(r=i, c=0, t=d["short"], align="l"))
        for j, fy in enumerate(years):
            k = sen(d["s"][fy]["out"])
            tot[fy] += k
            v = round(k / 1000, 1)
            cells.append(dict(r=i, c=1 + j, t=f"{v:,.1f}", align="r"))
            g.fact(P, d["canon"], d["short"], fy, labs[j], "total", "outstanding", "actual", round(v * 1e6), "yen",
                   f"{v:,.1f}")
    n = len(order) + 1
    cells.append(dict(r=n, c=0, t="合計", fill=LIGHT))
    for j, fy in enumerate(years):
        v = round(tot[fy] / 1000, 1)
        cells.append(dict(r=n, c=1 + j, t=f"{v:,.1f}", align="r", fill=LIGHT))
        g.fact(P, None, "合計", fy, labs[j], "total", "outstanding", "actual", round(v * 1e6), "yen", f"{v:,.1f}")
    cv.grid(40, ty + 8, colw, [16] * (n + 1), cells, size=8)


def emit_total(g, cells, r, label, v, P, fy, fr, label_debt, fill=LIGHT):
    cr, ar, R = rate(v["cc"], v["ca"]), rate(v["ac"], v["aa"]), rate(v["C"], v["A"])
    row = [label, c(v["ca"]), c(v["cc"]), f"{cr:.2f}", c(v["aa"]), c(v["ac"]), f"{ar:.2f}", c(v["A"]), c(v["C"]),
           f"{R:.2f}", c(v["wo"]), c(v["out"]), tri(v["out"] - v["out22"])]
    for j, t in enumerate(row):
        cells.append(dict(r=r, c=j, t=t, align="c" if j == 0 else "r", fill=fill))
    dn = (None, label_debt)
    for seg, ks, rr in (("current", ("ca", "cc"), cr), ("arrears", ("aa", "ac"), ar), ("total", ("A", "C"), R)):
        g.fact(P, *dn, fy, fr, seg, "assessed", "actual", v[ks[0]] * 1000, "yen", c(v[ks[0]]))
        g.fact(P, *dn, fy, fr, seg, "collected", "actual", v[ks[1]] * 1000, "yen", c(v[ks[1]]))
        g.fact(P, *dn, fy, fr, seg, "collection_rate", "actual", rr, "percent", f"{rr:.2f}")
    g.fact(P, *dn, fy, fr, "total", "written_off", "actual", v["wo"] * 1000, "yen", c(v["wo"]))
    g.fact(P, *dn, fy, fr, "total", "outstanding", "actual", v["out"] * 1000, "yen", c(v["out"]))
    g.fact(P, *dn, fy, fr, "total", "difference", "actual", (v["out"] - v["out22"]) * 1000, "yen",
           tri(v["out"] - v["out22"]))


def kohyo(doc, g, P, no, d):
    cv = Canvas(doc, A4)
    header_footer(cv, P)
    canon = d["canon"]
    yen_unit = canon == "保育所保育料"  # this sheet is printed in 円
    cv.text(cv.W - 40, 50, f"【資料２】取組個票　No.{no}", size=9, align="r")
    # label / value strip
    strip = [("債権名", d["canon"]), ("所管課", d["ka"]), ("債権区分", d["cls"])]
    colw = [50, 110, 42, 130, 50, 133]
    cells = []
    for i, (a, b) in enumerate(strip):
        cells.append(dict(r=0, c=2 * i, t=a, fill=GRAY, size=9))
        cells.append(dict(r=0, c=2 * i + 1, t=b, size=9.5 if i == 0 else 8.5, align="l"))
    cv.grid(40, 60, colw, [24], cells)
    dn = (canon, canon)

    # 1 収納状況の推移
    y = 104
    title = "１　収納状況の推移"
    if canon == "保育所保育料":
        title += "（令和元年度～令和５年度）"
    cv.text(40, y, title, size=10.5)
    cv.text(cv.W - 40, y, "（単位：円）" if yen_unit else "（単位：千円）", size=8, align="r")
    labels = YEAR_LABELS[canon]
    colw = [22, 74] + [83.8] * 5
    rowh = [18] + [15.5] * 12
    cells = [dict(r=0, c=0, cs=2, t="区分", fill=GRAY)]
    for j, lab in enumerate(labels):
        cells.append(dict(r=0, c=2 + j, t=lab, fill=GRAY))
    S = d["s"]
    conv = (lambda v: v) if yen_unit else sen
    mult = 1 if yen_unit else 1000
    blocks = [("現年度分", "current", ("ca", "cc", "cr")), ("滞納繰越分", "arrears", ("aa", "ac", "ar")),
              ("計", "total", ("A", "C", "R"))]
    r = 1
    foot = []
    for seg_label, seg, ks in blocks:
        cells.append(dict(r=r, c=0, rs=3, t=seg_label, vertical=True, fill=LIGHT, size=8))
        names = ["調定額", "収入済額", "収納率（％）"]
        if canon == "市税" and seg == "current":
            names[0] = "調定額※2"
        for k, nm in enumerate(names):
            cells.append(dict(r=r + k, c=1, t=nm, align="l", fill=LIGHT))
        for j, fy in enumerate(YEARS):
            a = S[fy]
            for k in range(3):
                key = ks[k]
                if k < 2:
                    txt = c(conv(a[key]))
                    g.fact(P, *dn, fy, labels[j], seg, "assessed" if k == 0 else "collected", "actual",
                           conv(a[key]) * mult, "yen", txt)
                else:
                    txt = f"{a[key]:.2f}"
                    g.fact(P, *dn, fy, labels[j], seg, "collection_rate", "actual", a[key], "percent", txt)
                cells.append(dict(r=r + k, c=2 + j, t=txt, align="r"))
        r += 3
    extra = [("不納欠損額", "wo", "written_off"), ("収入未済額", "out", "outstanding")]
    for nm, key, metric in extra:
        cells.append(dict(r=r, c=0, cs=2, t=nm, align="l", fill=LIGHT))
        for j, fy in enumerate(YEARS):
            v = conv(S[fy][key])
            txt = c(v)
            if canon == "市税" and key == "out" and fy == 2023:
                txt_cell = txt + "※1"
            else:
                txt_cell = txt
            cells.append(dict(r=r, c=2 + j, t=txt_cell, align="r"))
            g.fact(P, *dn, fy, labels[j], "total", metric, "actual", v * mult, "yen", txt)
        r += 1
    lab, unit = d["dl_unit"]
    cells.append(dict(r=r, c=0, cs=2, t=lab, align="l", fill=LIGHT))
    for j, fy in enumerate(YEARS):
        v = S[fy]["dl"]
        cells.append(dict(r=r, c=2 + j, t=c(v), align="r"))
        g.fact(P, *dn, fy, labels[j], "total", "delinquents", "actual", v, unit, c(v))
    y = cv.grid(40, y + 8, colw, rowh, cells, size=8)
    if canon == "市税":
        arr = sen(S[2023]["out_arr"])
        cv.text(40, y + 11, f"※1　令和５年度の収入未済額のうち滞納繰越分　{c(arr)}千円", size=7.5)
        cv.text(40, y + 22, "※2　現年度分の調定額は、還付未済額及び減免額を控除した後の額。", size=7.5)
        g.fact(P, *dn, 2023, "令和５年度", "arrears", "outstanding", "actual", arr * 1000, "yen", f"{c(arr)}千円")
        y += 26
    elif canon == "国民健康保険料":
        cv.text(40, y + 11, "※ 調定額は医療分・後期高齢者支援金分・介護納付金分の合計。", size=7.5)
        y += 15
    elif canon == "保育所保育料":
        cv.text(40, y + 11, "※ 令和元年１０月以降、３歳以上児の保育料は無償化の対象。", size=7.5)
        y += 15

    # 2 目標 (two blocks side by side, headings on one line)
    y += 22
    cv.text(40, y, "２　目標", size=10.5)
    y += 8
    bw = 252
    for k, fy in enumerate((2024, 2025)):
        x = 40 + k * (bw + 11)
        era = "令和６年度" if fy == 2024 else "令和７年度"
        cr_t, ar_t, _ = d["tg"][fy]
        base = S[2023]["out"] * (0.94 if fy == 2024 else 0.885)
        out_t = int(round(base, -3)) if yen_unit else int(round(base / 1000, -3))
        unit_s = "円" if yen_unit else "千円"
        cells = [dict(r=0, c=0, cs=2, t=f"{era}　目標", fill=BLUE, size=9),
                 dict(r=1, c=0, t="現年度分収納率", align="l"), dict(r=1, c=1, t=f"{cr_t:.2f}％", align="r"),
                 dict(r=2, c=0, t="滞納繰越分収納率", align="l"), dict(r=2, c=1, t=f"{ar_t:.2f}％", align="r"),
                 dict(r=3, c=0, t="収入未済額", align="l"), dict(r=3, c=1, t=f"{c(out_t)}{unit_s}", align="r")]
        cv.grid(x, y, [140, bw - 140], [17, 15.5, 15.5, 15.5], cells, size=8.5)
        g.fact(P, *dn, fy, era, "current", "collection_rate", "target", cr_t, "percent", f"{cr_t:.2f}％")
        g.fact(P, *dn, fy, era, "arrears", "collection_rate", "target", ar_t, "percent", f"{ar_t:.2f}％")
        g.fact(P, *dn, fy, era, "total", "outstanding", "target", out_t * (1 if yen_unit else 1000), "yen",
               f"{c(out_t)}{unit_s}")
    y += 17 + 15.5 * 3

    # 3 上半期の状況 (columns 本年度 / 前年同期 only)
    y += 24
    cv.text(40, y, "３　上半期の状況（令和６年９月末現在）", size=10.5)
    y += 8
    cells = [dict(r=0, c=0, t="区分", fill=GRAY), dict(r=0, c=1, t="本年度", fill=GRAY),
             dict(r=0, c=2, t="前年同期", fill=GRAY), dict(r=0, c=3, t="増減（ポイント）", fill=GRAY)]
    for k, (lab, seg, key) in enumerate((("現年度分収納率（％）", "current", "cur"), ("滞納繰越分収納率（％）", "arrears", "arr"))):
        now, last = d["it"][key]
        diff = round(now - last, 2)
        row = [lab, f"{now:.2f}", f"{last:.2f}", trif(diff, 2, plus="＋")]
        for j, t in enumerate(row):
            cells.append(dict(r=k + 1, c=j, t=t, align="l" if j == 0 else "r"))
        g.fact(P, *dn, 2024, "本年度", seg, "collection_rate", "interim", now, "percent", row[1], as_of="2024-09-30")
        g.fact(P, *dn, 2023, "前年同期", seg, "collection_rate", "interim", last, "percent", row[2], as_of="2023-09-30")
        g.fact(P, *dn, 2024, "本年度", seg, "difference", "interim", diff, "points", row[3], as_of="2024-09-30")
    y = cv.grid(40, y, [160, 110, 110, 135], [17, 15.5, 15.5], cells, size=8.5)

    # 4 取組
    y += 24
    cv.text(40, y, "４　令和６年度の主な取組", size=10.5)
    y += 4
    items = INITS[canon]
    box = canon == "市営住宅使用料"
    y_box = y + 4
    if box:
        y += 5
    x_text = 56 if box else 48
    width = 480 if box else 500
    last_head = None
    for lab, txt, st, mode in items:
        if lab.startswith("(1)") and last_head != "(1)":
            y = cv.para(44, y + 2, width, "(1) 滞納の未然防止", size=9.5)
            last_head = "(1)"
        if lab.startswith("(2)") and last_head != "(2)":
            y = cv.para(44, y + 2, width, "(2) 滞納整理の強化", size=9.5)
            last_head = "(2)"
        mark = lab[-1] if lab.startswith("(") else lab
        indent = 14 if lab.startswith("(") else 0
        if mode == "inline":
            body = f"{mark}　{txt}" + (f"【{st}】" if st else "")
            y = cv.para(x_text + indent, y + 2, width - indent, body, size=9, font="m", hang=14)
        else:
            body = f"{mark}　{txt}"
            y = cv.para(x_text + indent, y + 2, width - indent, body, size=9, font="m", hang=14)
            y = cv.para(x_text + indent, y, width - indent, f"【{st}】", size=9, font="m", indent_first=14)
        section = "令和６年度の主な取組"
        g.init(P, canon, canon, 2024, section, lab, txt, st)
    if box:
        cv.rect((48, y_box, 547, y + 8), stroke=(0.2, 0.2, 0.2), width=0.8)
        y += 8
    return cv


def build():
    g = Gold(STEM, "committee_material", "committee", CITY, "令和６年度第２回芦屋市債権管理対策会議 資料",
             "2024-11-20", "令和６年１１月２０日（水）")
    doc = fitz.open()
    page1(doc, g)
    page2(doc, g)
    P = 3
    no = 1
    for d in DEBTS:
        if d["tg"] is None:
            continue
        kohyo(doc, g, P, no, d)
        P += 1
        no += 1
    doc.set_metadata({"title": "令和６年度第２回芦屋市債権管理対策会議 資料", "author": "芦屋市", "creator": "芦屋市"})
    doc.subset_fonts()
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    out = PDF_DIR / f"{STEM}.pdf"
    doc.save(out, garbage=4, deflate=True)
    g.write(out)
    return check(STEM)


if __name__ == "__main__":
    sys.exit(0 if build() else 1)
