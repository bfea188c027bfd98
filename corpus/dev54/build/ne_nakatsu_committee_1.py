"""ne_nakatsu_committee_1: 中津市債権管理対策会議 資料 (committee_material), drawn with PyMuPDF.

Run from corpus/dev54:  python3 build/ne_nakatsu_committee_1.py
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf as fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ne_common import Gold, PDF_DIR, comma, tri, rate, pct, zen, check  # noqa: E402
from ne_draw import text, para, rect, line, table, wrap, width, GREY, LIGHT, BLUE  # noqa: E402

STEM = "ne_nakatsu_committee_1"
CITY = "中津市"
G = Gold(STEM, "committee_material", "committee", CITY, "令和７年度第２回中津市債権管理対策会議",
         "2025-11-18", "令和7年11月18日（火）")

YEARS = [2022, 2023, 2024]
# all amounts in 千円; arrears 調定額 of a year = 収入未済額 of the year before
DEBTS = {
    "市税": dict(office="税務課", cls="強制徴収公債権", out2021=402118,
               cur=[11842315, 11967402, 12105688], cr=[98.91, 99.02, 99.13],
               ar=[24.8, 26.1, 27.5], wo=[21504, 19877, 18342],
               t_cur=99.20, t_arr=28.50, t_out=375000, sep=(52.18, 51.74), sep_a=(14.02, 13.55),
               ref=[("滞納者数", 3412, "人", "delinquents", "persons"), ("差押件数", 1128, "件", None, None)]),
    "国民健康保険税": dict(office="保険年金課", cls="強制徴収公債権", out2021=598774,
                    cur=[1712440, 1688905, 1654372], cr=[94.12, 94.58, 95.03],
                    ar=[20.4, 21.8, 23.1], wo=[48221, 45306, 41870],
                    t_cur=95.30, t_arr=24.00, t_out=420000, sep=(41.36, 40.92), sep_a=(10.84, 10.21),
                    ref=[("滞納世帯数", 1905, "世帯", "delinquents", "households"),
                         ("差押件数", 402, "件", None, None)]),
    "介護保険料": dict(office="介護長寿課", cls="強制徴収公債権", out2021=48560,
                  cur=[1398112, 1421560, 1437904], cr=[99.05, 99.12, 99.18],
                  ar=[17.2, 18.4, 19.6], wo=[9844, 9120, 8736],
                  t_cur=99.22, t_arr=20.50, t_out=33000, sep=(53.07, 52.96), sep_a=(9.48, 9.12),
                  ref=[("滞納者数", 611, "人", "delinquents", "persons")]),
    "後期高齢者医療保険料": dict(office="保険年金課", cls="強制徴収公債権", out2021=7214,
                       cur=[862331, 889107, 915482], cr=[99.61, 99.65, 99.70],
                       ar=[38.5, 40.2, 41.9], wo=[812, 745, 690],
                       t_cur=99.72, t_arr=43.00, t_out=5300, sep=(55.41, 55.18), sep_a=(21.66, 20.87),
                       ref=[("滞納者数", 138, "人", "delinquents", "persons")]),
    "市営住宅使用料": dict(office="建築住宅課", cls="私債権", out2021=71305,
                    cur=[318740, 315226, 311958], cr=[96.85, 97.02, 97.24],
                    ar=[14.6, 15.9, 17.3], wo=[3512, 4108, 3877],
                    t_cur=97.40, t_arr=18.00, t_out=48000, sep=(46.93, 46.60), sep_a=(8.35, 7.96),
                    ref=[("滞納世帯数", 96, "世帯", "delinquents", "households"),
                         ("明渡請求訴訟件数", 3, "件", None, None)]),
}


def compute():
    for name, d in DEBTS.items():
        d["y"] = {}
        arr = d["out2021"]
        for i, y in enumerate(YEARS):
            ca = d["cur"][i]
            cc = round(ca * d["cr"][i] / 100)
            aa = arr
            ac = round(aa * d["ar"][i] / 100)
            wo = d["wo"][i]
            ta, tc = ca + aa, cc + ac
            out = ta - tc - wo
            d["y"][y] = dict(ca=ca, cc=cc, cr=pct(cc, ca), aa=aa, ac=ac, ar=pct(ac, aa),
                             ta=ta, tc=tc, tr=pct(tc, ta), wo=wo, out=out)
            arr = out


compute()
K = 1000  # 千円 -> 円
ERA_FORMS = {  # how each sheet prints its three year columns
    "市税": ["R4決算", "R5決算", "R6決算"],
    "国民健康保険税": ["令和４年度", "令和５年度", "令和６年度"],
    "介護保険料": ["4年度", "5年度", "6年度"],
    "後期高齢者医療保険料": ["2022年度", "2023年度", "2024年度"],
    "市営住宅使用料": ["令和4年度決算", "令和5年度決算", "令和6年度決算"],
}

doc = fitz.open()


def portrait():
    return doc.new_page(width=595, height=842)


def landscape():
    return doc.new_page(width=842, height=595)


def pno():
    return len(doc)


# ---------------------------------------------------------------- page 1: 次第・目次
p = portrait()
text(p, 545, 50, "令和7年11月18日", 10, "m", "r")
text(p, 297, 110, "令和７年度第２回", 16, "g", "c")
text(p, 297, 136, "中津市債権管理対策会議", 18, "g", "c")
text(p, 297, 170, "次　　第", 14, "g", "c")
y = 215
for lab, val in [("日　時", "令和7年11月18日（火）午後2時～午後3時30分"),
                 ("場　所", "中津市役所 本庁舎5階 第1会議室")]:
    text(p, 110, y, lab, 11, "m")
    text(p, 175, y, val, 11, "m")
    y += 24
y += 14
for s in ["１　開　会", "２　議　事",
          "　（１）令和６年度決算における対象債権の収納状況について（資料１）",
          "　（２）主要債権の取組状況及び令和７年度の目標について（資料２）",
          "　（３）その他", "３　閉　会"]:
    text(p, 110, y, s, 11, "m")
    y += 24
y += 30
text(p, 297, y, "配付資料", 12, "g", "c")
y += 24
toc = [("資料１", "令和６年度 対象債権の収納状況", "2"),
       ("資料２", "主要債権の取組個票", ""),
       ("　2-1", "市税", "3"), ("　2-2", "国民健康保険税", "4"), ("　2-3", "介護保険料", "5"),
       ("　2-4", "後期高齢者医療保険料", "6"), ("　2-5", "市営住宅使用料", "7"),
       ("参　考", "令和７年度第１回会議（書面開催）の概要", "8")]
for a, b, n in toc:
    text(p, 120, y, a, 10.5, "m")
    text(p, 175, y, b, 10.5, "m")
    if n:
        w = width(b, 10.5, "m")
        dots = "・" * int((480 - 14 - (175 + w + 4)) / 10.5)
        text(p, 175 + w + 4, y, dots, 10.5, "m")
        text(p, 480, y, n, 10.5, "m", "r")
    y += 21
rect(p, 100, y + 10, 495, y + 60, lw=0.6)
text(p, 112, y + 30, "※ 資料中の金額は千円未満を四捨五入しているため、合計が一致しない場合があります。", 8.5, "m")
text(p, 112, y + 46, "※ 収納率は、収入済額を調定額で除したものです。", 8.5, "m")

# ---------------------------------------------------------------- page 2: 資料１ (landscape)
p = landscape()
P = pno()
text(p, 800, 40, "資料１", 11, "g", "r")
rect(p, 755, 27, 805, 45, lw=0.8)
text(p, 421, 60, "令和６年度 対象債権の収納状況（決算）", 15, "g", "c")
tot = {y: {k: sum(DEBTS[n]["y"][y][k] for n in DEBTS) for k in ("ca", "cc", "aa", "ac", "ta", "tc", "wo", "out")}
       for y in YEARS}
for y in YEARS:
    t = tot[y]
    t["cr"], t["ar"], t["tr"] = pct(t["cc"], t["ca"]), pct(t["ac"], t["aa"]), pct(t["tc"], t["ta"])
# key-figure panels
panels = []
r6, r5 = tot[2024], tot[2023]
d_tr = round(r6["tr"] - r5["tr"], 2)
d_ar = round(r6["ar"] - r5["ar"], 2)
oku6, oku5 = round(r6["out"] * K / 1e8, 1), round(r5["out"] * K / 1e8, 1)
d_oku = round(oku6 - oku5, 1)
px = 40
for title, big, sub in [("収納率（対象５債権全体）", (rate(r6["tr"]) + "％", r6["tr"], "total", "collection_rate", "percent", r6["tr"]),
                         ("前年度比＋" + rate(d_tr) + "ポイント", d_tr)),
                        ("滞納繰越分収納率", (rate(r6["ar"]) + "％", r6["ar"], "arrears", "collection_rate", "percent", r6["ar"]),
                         ("前年度比＋" + rate(d_ar) + "ポイント", d_ar)),
                        ("収入未済額（対象５債権全体）", (f"{oku6:.1f}億円", oku6 * 1e8, "total", "outstanding", "yen", None),
                         (f"前年度比△{abs(d_oku):.1f}億円", d_oku * 1e8))]:
    rect(p, px, 75, px + 245, 150, fill=BLUE, lw=0.8)
    text(p, px + 10, 92, title, 10, "g")
    text(p, px + 200, 92, "令和6年度", 9, "g", "r")
    text(p, px + 122, 122, big[0], 20, "g", "c")
    text(p, px + 122, 142, sub[0], 10, "g", "c")
    G.fact(P, None, None, 2024, "令和6年度", big[2], big[3], "actual", big[1], big[4], big[0])
    G.fact(P, None, None, 2024, "令和6年度", big[2], "difference", "actual", sub[1],
           "points" if big[4] == "percent" else "yen", sub[0].replace("前年度比", ""))
    px += 260
assert d_tr > 0 and d_ar > 0 and d_oku < 0
# summary table: debts as rows, segment x metric column groups
text(p, 40, 172, "（１）債権別収納状況", 11, "g")
text(p, 802, 172, "（単位：千円、％）", 9, "m", "r")
colw = [104] + [66, 66, 44] * 3 + [64, 66]
cells = [dict(r=0, c=0, rs=2, t="債権名", fill=GREY),
         dict(r=0, c=1, cs=3, t="現年度分", fill=GREY), dict(r=0, c=4, cs=3, t="滞納繰越分", fill=GREY),
         dict(r=0, c=7, cs=3, t="計", fill=GREY), dict(r=0, c=10, rs=2, t="不納欠損額", fill=GREY),
         dict(r=0, c=11, rs=2, t="収入未済額", fill=GREY)]
for i in range(3):
    for j, h in enumerate(["調定額", "収入済額", "収納率"]):
        cells.append(dict(r=1, c=1 + 3 * i + j, t=h, fill=GREY))
rows = list(DEBTS.items()) + [("合計", {"y": tot})]
for ri, (name, d) in enumerate(rows):
    r = 2 + ri
    v = d["y"][2024]
    debt = None if name == "合計" else name
    fill = LIGHT if name == "合計" else None
    cells.append(dict(r=r, c=0, t=name, a="l" if name != "合計" else "c", fill=fill))
    for i, (seg, a, c_, rr) in enumerate([("current", "ca", "cc", "cr"), ("arrears", "aa", "ac", "ar"),
                                           ("total", "ta", "tc", "tr")]):
        for j, (key, metric) in enumerate([(a, "assessed"), (c_, "collected"), (rr, "collection_rate")]):
            if metric == "collection_rate":
                s = rate(v[key])
                G.fact(P, debt, name, 2024, "令和６年度", seg, metric, "actual", v[key], "percent", s)
            else:
                s = comma(v[key])
                G.fact(P, debt, name, 2024, "令和６年度", seg, metric, "actual", v[key] * K, "yen", s)
            cells.append(dict(r=r, c=1 + 3 * i + j, t=s, a="r", fill=fill))
    for c, key, metric in [(10, "wo", "written_off"), (11, "out", "outstanding")]:
        s = comma(v[key])
        G.fact(P, debt, name, 2024, "令和６年度", "total", metric, "actual", v[key] * K, "yen", s)
        cells.append(dict(r=r, c=c, t=s, a="r", fill=fill))
yb = table(p, 40, 180, colw, [18, 18] + [19] * len(rows), cells, fs=8.5)
text(p, 40, yb + 13, "※ 対象５債権：市税、国民健康保険税、介護保険料、後期高齢者医療保険料、市営住宅使用料", 8, "m")
# bar chart of 収入未済額 (百万円)
text(p, 40, yb + 40, "（２）収入未済額の推移（対象５債権、単位：百万円）", 11, "g")
chart = [(2020, "R2", 1182), (2021, "R3", round(sum(d["out2021"] for d in DEBTS.values()) / 1000))] + \
        [(y, f"R{y - 2018}", round(tot[y]["out"] / 1000)) for y in YEARS]
cx0, cy0, cy1 = 70, yb + 60, 540
rect(p, cx0 - 10, cy0 - 8, 470, cy1 + 22, lw=0.4)
line(p, cx0, cy1, 455, cy1, 0.8)
vmax = 1300
for i, (y, lab, v) in enumerate(chart):
    bx = cx0 + 20 + i * 76
    h = (cy1 - cy0 - 20) * v / vmax
    p.draw_rect(fitz.Rect(bx, cy1 - h, bx + 40, cy1), color=None, fill=(0.35, 0.5, 0.75))
    s = comma(v)
    text(p, bx + 20, cy1 - h - 4, s, 9, "g", "c")
    text(p, bx + 20, cy1 + 13, lab, 9, "g", "c")
    G.fact(P, None, None, y, lab, "total", "outstanding", "actual", v * 1_000_000, "yen", s)
# prose beside the chart
out6, out5 = r6["out"] * K, r5["out"] * K
man6 = round(out6 / 1e6) * 1e6  # 約x億x,xxx万円 to 100万円
man_d = round((out6 - out5) / 1e6) * 1e6


def oku_man(v):
    v = int(v)
    oku, man = divmod(v // 10000, 10000)
    return (f"{oku}億" if oku else "") + (f"{man:,}万円" if man else "円")


s1 = "約" + oku_man(man6)
s2 = "約" + oku_man(abs(man_d))
s3 = rate(r6["cr"])
G.fact(P, None, None, 2024, "令和6年度", "total", "outstanding", "actual", man6, "yen", s1, approx=True)
G.fact(P, None, None, 2024, "令和6年度", "total", "difference", "actual", man_d, "yen", s2 + "減少", approx=True)
G.fact(P, None, None, 2024, "令和6年度", "current", "collection_rate", "actual", r6["cr"], "percent", s3 + "％")
para(p, 490, yb + 70,
     f"　令和6年度の対象５債権の収入未済額は{s1}で、前年度から{s2}減少しました。"
     f"現年度分の収納率は{s3}％となり、各債権とも前年度を上回っています。", 310, 10, "m", 1.7)
para(p, 490, yb + 150,
     "　滞納繰越分は、財産調査の早期着手と滞納整理機構への移管により縮減が進んでいますが、"
     "国民健康保険税の収入未済額が全体の約半分を占めており、引き続き重点的な対応が必要です。", 310, 10, "m", 1.7)


# ---------------------------------------------------------------- pages 3-7: 取組個票
def strip(p, y, pairs, widths):
    cells = []
    for i, (a, b) in enumerate(pairs):
        cells.append(dict(r=0, c=2 * i, t=a, fill=GREY, fs=9))
        cells.append(dict(r=0, c=2 * i + 1, t=b, a="l", fs=9.5))
    return table(p, 50, y, widths, [22], cells)


SEC3 = "令和７年度の主な取組"
INITS = {
    "市税": [("①", "納期限後20日以内の督促状発送を徹底し、未納の初期段階で電話及びSMSによる催告を行う。", "継続"),
           ("②", "滞納繰越分は財産調査に早期に着手し、預貯金・給与等の差押えを速やかに行う。", "継続"),
           ("③", "大分県地方税滞納整理機構への移管対象を拡大し、高額・困難事案の整理を進める。", "拡充"),
           ("④", "スマートフォン決済アプリによる納付を広報紙と納税通知書で周知し、納付機会を広げる。", "新規"),
           ("⑤", "差押財産のインターネット公売を年2回実施する。", "継続")],
    "国民健康保険税": [("(1)", "短期被保険者証の交付時に納付相談を行い、分納計画の履行状況を毎月確認する。", "継続"),
                ("(2)", "加入手続の窓口で口座振替の申込みを勧奨し、口座振替率の向上を図る。", "拡充"),
                ("(3)", "税務課と滞納者情報を共有し、市税と一体的に滞納整理を行う。", "継続"),
                ("(4)", "資格喪失世帯に対して四半期ごとに文書催告を行う。", "新規")],
    "介護保険料": [("ア", "年金からの特別徴収への切替えを早期に行い、普通徴収の未納発生を抑える。", "継続"),
              ("イ", "未納者には給付制限の内容を記載した通知を送付し、納付を促す。", "継続"),
              ("ウ", "居宅介護支援事業所と連携し、未納者の生活状況を把握したうえで納付相談につなげる。", "新規")],
    "後期高齢者医療保険料": [("①", "被保険者資格の取得時に口座振替の手続を案内する。", "継続"),
                    ("②", "督促状の発送後、未納者に電話催告を行う。", "継続"),
                    ("③", "大分県後期高齢者医療広域連合と滞納状況を共有し、短期証の交付を適切に行う。", "拡充")],
    "市営住宅使用料": [("(1)", "4月～6月", "滞納月数が3か月以上の入居者について、連帯保証人へ通知する。", "継続"),
                ("(2)", "通年", "指定管理者と毎月滞納状況を確認し、初期滞納者に訪問催告を行う。", "継続"),
                ("(3)", "10月～", "退去者の滞納債権について、弁護士への委任により回収を図る。", "新規"),
                ("(4)", "随時", "長期・高額滞納者に対し、明渡請求訴訟の提起を検討する。", "拡充")],
}


ISSUES = {
    "市税": "現年度分の収納率は上昇傾向にあるが、個人市民税（普通徴収）の未納が滞納繰越分の発生原因となっている。"
          "納期限後の早期催告と、給与照会等の財産調査を前倒しで実施し、滞納の長期化を防ぐ。",
    "国民健康保険税": "被保険者の高齢化と低所得世帯の増加により、滞納繰越分の縮減が進みにくい状況にある。"
                "分納誓約の履行管理を徹底するとともに、納付資力のない世帯については執行停止を適正に判断する。",
    "介護保険料": "普通徴収の対象者（年金額が年18万円未満の方等）に未納が集中している。"
             "給付制限の周知と、関係機関と連携した早期の納付相談を進める。",
    "後期高齢者医療保険料": "収納率は高い水準にあるが、資格取得直後の普通徴収期間の未納が見られる。"
                   "口座振替の案内を資格取得時に確実に行う。",
    "市営住宅使用料": "退去者の滞納債権が収入未済額の多くを占めている。連帯保証人への請求と法的措置を計画的に行い、"
                "回収の見込みがない債権は、債権管理条例に基づく放棄を検討する。",
}


def sheet(idx, name):
    d = DEBTS[name]
    p = portrait()
    P = pno()
    text(p, 545, 38, f"資料２－{idx}", 10, "g", "r")
    # heading / label-value strip, varied per debt
    if name == "介護保険料":
        text(p, 50, 62, "２－３　債権ごとの取組（介護保険料）", 13, "g")
        text(p, 545, 62, "所管課：介護長寿課", 9.5, "m", "r")
        y = 80
    elif name == "後期高齢者医療保険料":
        text(p, 297, 58, "取 組 個 票", 13, "g", "c")
        y = table(p, 50, 68, [300, 195], [22],
                  [dict(r=0, c=0, t="債権名　後期高齢者医療保険料", a="l", fill=GREY, fs=10),
                   dict(r=0, c=1, t="所管課　保険年金課", a="l", fill=GREY, fs=10)]) + 10
    else:
        text(p, 297, 58, "取 組 個 票", 13, "g", "c")
        y = strip(p, 68, [("債権名", name), ("所管課", d["office"]), ("債権区分", d["cls"])],
                  [52, 118, 52, 100, 60, 113]) + 10
    yr = ERA_FORMS[name]
    cap = "１ 収納状況の推移（単位：千円、％）"
    if name == "介護保険料":
        cap = "１ 収納状況の推移（令和4年度～6年度決算、単位：千円、％）"
    text(p, 50, y + 12, cap, 11, "g")
    y += 20
    zebra = name in ("国民健康保険税", "介護保険料")
    colw = [26, 84, 92, 92, 92, 109]
    hdr_fill = GREY
    cells = [dict(r=0, c=0, cs=2, t="区分", fill=hdr_fill)] + \
        [dict(r=0, c=2 + i, t=yr[i], fill=hdr_fill) for i in range(3)] + \
        [dict(r=0, c=5, t="前年度比", fill=hdr_fill)]
    groups = [("現年度分", "current", [("調定額", "ca", "assessed"), ("収入済額", "cc", "collected"), ("収納率", "cr", "collection_rate")]),
              ("滞納繰越分", "arrears", [("調定額", "aa", "assessed"), ("収入済額", "ac", "collected"), ("収納率", "ar", "collection_rate")]),
              ("合計", "total", [("調定額", "ta", "assessed"), ("収入済額", "tc", "collected"), ("収納率", "tr", "collection_rate")])]
    r = 1
    for gl, seg, items in groups:
        cells.append(dict(r=r, c=0, rs=3, t=gl, v=True, fs=8.5))
        for lab, key, metric in items:
            fill = LIGHT if (zebra and r % 2 == 0) else None
            cells.append(dict(r=r, c=1, t=lab, a="l", fill=fill))
            for i, y_ in enumerate(YEARS):
                v = d["y"][y_][key]
                if metric == "collection_rate":
                    s = rate(v)
                    G.fact(P, name, name, y_, yr[i], seg, metric, "actual", v, "percent", s)
                else:
                    s = comma(v)
                    G.fact(P, name, name, y_, yr[i], seg, metric, "actual", v * K, "yen", s)
                cells.append(dict(r=r, c=2 + i, t=s, a="r", fill=fill))
            dv = d["y"][2024][key] - d["y"][2023][key]
            if metric == "collection_rate":
                dv = round(dv, 2)
                s = tri(dv, 2)
                G.fact(P, name, name, 2024, yr[2], seg, "difference", "actual", dv, "points", s)
            else:
                s = tri(dv)
                G.fact(P, name, name, 2024, yr[2], seg, "difference", "actual", dv * K, "yen", s)
            cells.append(dict(r=r, c=5, t=s, a="r", fill=fill))
            r += 1
    for lab, key, metric in [("不納欠損額", "wo", "written_off"), ("収入未済額※", "out", "outstanding")]:
        fill = LIGHT if (zebra and r % 2 == 0) else None
        cells.append(dict(r=r, c=0, cs=2, t=lab, a="l", fill=fill))
        for i, y_ in enumerate(YEARS):
            v = d["y"][y_][key]
            s = comma(v)
            G.fact(P, name, name, y_, yr[i], "total", metric, "actual", v * K, "yen", s)
            cells.append(dict(r=r, c=2 + i, t=s, a="r", fill=fill))
        dv = d["y"][2024][key] - d["y"][2023][key]
        s = tri(dv)
        G.fact(P, name, name, 2024, yr[2], "total", "difference", "actual", dv * K, "yen", s)
        cells.append(dict(r=r, c=5, t=s, a="r", fill=fill))
        r += 1
    rh = [20] + [16] * (r - 1)
    yb = table(p, 50, y, colw, rh, cells, fs=8.5, grid=not zebra)
    if zebra:
        line(p, 50, y, 545, y, 1.0)
        line(p, 50, y + 20, 545, y + 20, 0.6)
        line(p, 50, yb, 545, yb, 1.0)
    text(p, 50, yb + 11, "※ 収入未済額＝調定額－収入済額－不納欠損額", 8, "m")
    y = yb + 30
    # 2: 決算 | 目標 blocks side by side, headings on one line
    text(p, 50, y, "２ 令和７年度の目標と進捗", 11, "g")
    y += 8
    v6 = d["y"][2024]
    text(p, 172, y + 12, "令和６年度 決算", 10, "g", "c")
    text(p, 422, y + 12, "令和７年度 目標", 10, "g", "c")
    y += 18
    left = [("現年度分収納率（％）", rate(v6["cr"]), v6["cr"], "current", "collection_rate", "percent"),
            ("滞納繰越分収納率（％）", rate(v6["ar"]), v6["ar"], "arrears", "collection_rate", "percent"),
            ("収入未済額（千円）", comma(v6["out"]), v6["out"] * K, "total", "outstanding", "yen")]
    right = [("現年度分収納率（％）", rate(d["t_cur"]), d["t_cur"], "current", "collection_rate", "percent"),
             ("滞納繰越分収納率（％）", rate(d["t_arr"]), d["t_arr"], "arrears", "collection_rate", "percent"),
             ("収入未済額（千円）", comma(d["t_out"]), d["t_out"] * K, "total", "outstanding", "yen")]
    for x0, rows, fy, fyr, basis in [(50, left, 2024, "令和６年度", "actual"), (300, right, 2025, "令和７年度", "target")]:
        cells = []
        for i, (lab, s, v, seg, metric, unit) in enumerate(rows):
            cells.append(dict(r=i, c=0, t=lab, a="l", fill=LIGHT))
            cells.append(dict(r=i, c=1, t=s, a="r"))
            G.fact(P, name, name, fy, fyr, seg, metric, basis, v, unit, s)
        table(p, x0, y, [150, 95], [17, 17, 17], cells, fs=8.5)
    y += 51 + 10
    # 9月末: previous value in brackets in the same cell
    cells = [dict(r=0, c=0, t="令和7年9月末の収納率（％）", fill=GREY, rs=2),
             dict(r=0, c=1, t="現年度分", fill=GREY), dict(r=0, c=2, t="滞納繰越分", fill=GREY)]
    for c, (seg, pair) in enumerate([("current", d["sep"]), ("arrears", d["sep_a"])]):
        s_now, s_prev = rate(pair[0]), rate(pair[1])
        cells.append(dict(r=1, c=1 + c, t=f"{s_now}（{s_prev}）"))
        G.fact(P, name, name, 2025, "令和7年9月末", seg, "collection_rate", "interim", pair[0], "percent", s_now,
               as_of="2025-09-30")
        G.fact(P, name, name, 2024, "前年同月", seg, "collection_rate", "interim", pair[1], "percent", s_prev,
               as_of="2024-09-30")
    yb = table(p, 50, y, [170, 162, 163], [16, 17], cells, fs=9)
    text(p, 545, yb + 11, "（　）内は前年同月", 8, "m", "r")
    y = yb + 30
    # 3: initiatives
    text(p, 50, y, "３ " + SEC3, 11, "g")
    y += 8
    items = INITS[name]
    if name == "市営住宅使用料":
        # items in a table whose header does not say 取組
        cells = [dict(r=0, c=0, t="No.", fill=GREY), dict(r=0, c=1, t="実施時期", fill=GREY),
                 dict(r=0, c=2, t="内　容", fill=GREY)]
        for i, (lab, when, body, st) in enumerate(items):
            cells += [dict(r=1 + i, c=0, t=lab), dict(r=1 + i, c=1, t=when),
                      dict(r=1 + i, c=2, t=body + f"【{st}】", a="l", fs=8.5)]
            G.init(P, name, name, 2025, SEC3, lab, body, st)
        y = table(p, 50, y + 4, [34, 70, 391], [17] + [20] * len(items), cells, fs=8.5) + 12
    else:
        box = name == "国民健康保険税"
        y0 = y
        y += 16 if box else 12
        for lab, body, st in items:
            tag = f"【{st}】"
            full = body + tag
            xw = 470 if box else 480
            lines = wrap(full, xw - 24, 9.5, "m")
            if name == "市税" and lab == "④":
                lines = wrap(body, xw - 24, 9.5, "m") + [tag]   # tag alone on its own line
            text(p, 62, y, lab, 9.5, "m")
            for ln in lines:
                text(p, 84, y, ln, 9.5, "m")
                y += 14.5
            y += 2
            G.init(P, name, name, 2025, SEC3, lab, body, st)
        if box:
            rect(p, 54, y0 + 2, 545, y - 4, lw=0.8)
        y += 6
    text(p, 50, y + 4, "４ 課題及び今後の方向性", 11, "g")
    y = para(p, 50, y + 24, "　" + ISSUES[name], 495, 9.5, "m", 1.65) + 6
    # 【参考】 box with label：value bullets
    refs = d["ref"]
    h = 22 + 15 * len(refs)
    rect(p, 50, y, 545, y + h, lw=0.8, fill=(0.98, 0.98, 0.93))
    text(p, 60, y + 15, "【参考】令和６年度末の滞納状況", 9.5, "g")
    yy = y + 31
    for lab, n, unit, metric, u in refs:
        s = f"{comma(n)}{unit}"
        text(p, 70, yy, f"・{lab}：{s}", 9.5, "m")
        if metric:
            G.fact(P, name, name, 2024, "令和６年度末", "total", metric, "actual", n, u, s)
        yy += 15
    assert y + h < 815, (name, y + h)
    text(p, 297, 825, f"- {P} -", 9, "m", "c")


for i, n in enumerate(DEBTS, 1):
    sheet(i, n)

# ---------------------------------------------------------------- page 8: 前回会議（書面開催）の概要
p = portrait()
P = pno()
text(p, 545, 38, "参考", 10, "g", "r")
text(p, 297, 70, "令和７年度第１回中津市債権管理対策会議（書面開催）の概要", 13, "g", "c")
y = 105
text(p, 50, y, "１　開催方法", 11, "g")
y = para(p, 50, y + 20, "　令和７年度第１回会議は、令和7年6月13日付けで各委員あて資料を送付し、書面により開催した。"
         "意見等の提出期限は令和7年6月27日とした。", 495, 10, "m", 1.7)
y += 8
text(p, 50, y, "２　構成員", 11, "g")
y += 20
for s in ["委員長　副市長", "委　員　総務部長、企画観光部長、福祉部長、子ども・若者部長、建設部長、",
          "　　　　上下水道部長、教育次長",
          "事務局　税務課長、税務課収納対策係長、税務課主査", "（委員８名、事務局３名）"]:
    text(p, 62, y, s, 10, "m")
    y += 17
y += 8
text(p, 50, y, "３　議　題", 11, "g")
y += 20
for s in ["（１）令和６年度 対象債権の収納状況（速報）について", "（２）令和７年度 債権管理の取組方針について"]:
    text(p, 62, y, s, 10, "m")
    y += 17
y += 8
text(p, 50, y, "４　主な意見及び回答", 11, "g")
y += 20
hoiku = 98.72
hoiku_d = 0.41
sz_ar = DEBTS["市税"]["y"][2024]["ar"]
s_h, s_hd, s_sz = zen(f"{hoiku:.2f}") + "％", zen(f"{hoiku_d:.2f}") + "ポイント", rate(sz_ar) + "％"
G.fact(P, "保育料", "保育料", 2024, "令和6年度", "current", "collection_rate", "actual", hoiku, "percent", s_h)
G.fact(P, "保育料", "保育料", 2024, "令和6年度", "current", "difference", "actual", hoiku_d, "points", s_hd)
G.fact(P, "市税", "市税", 2024, "令和6年度", "arrears", "collection_rate", "actual", sz_ar, "percent", s_sz)
G.fact(P, "学校給食費", "学校給食費", 2024, "令和6年度末", "total", "outstanding", "actual", 12_400_000, "yen",
       "約1,240万円", approx=True)
qa = [("○子ども・若者部長", f"保育料は、令和6年度の現年度分収納率が{s_h}となり、前年度から{s_hd}上昇した。"
       "児童手当からの特別徴収を引き続き活用したい。"),
      ("○総務部長", f"市税の令和6年度の滞納繰越分収納率が{s_sz}に改善した要因は何か。"),
      ("○税務課長（事務局）", "大分県地方税滞納整理機構への移管と、預貯金の早期差押えの効果と考えている。"
       "今年度も移管対象を拡大する予定である。"),
      ("○教育次長", "学校給食費の令和6年度末の収入未済額は約1,240万円ある。公会計化後の督促の手順を整理し、"
       "学校と連携して早期の納付勧奨を行いたい。"),
      ("○委員長（副市長）", "各課とも、取組の状況を10月末までに事務局へ報告すること。")]
for who, s in qa:
    text(p, 62, y, who, 10, "g")
    y += 17
    y = para(p, 62, y, "　" + s, 480, 10, "m", 1.7)
    y += 6
text(p, 297, 825, f"- {P} -", 9, "m", "c")
# page numbers on pages 1-2
text(doc[1], 421, 585, "- 2 -", 9, "m", "c")

doc.subset_fonts()
PDF_DIR.mkdir(parents=True, exist_ok=True)
out = PDF_DIR / f"{STEM}.pdf"
doc.save(out, garbage=4, deflate=True)
gp = G.write(out)
bad = check(out, gp)
print(out, len(doc), "pages", len(G.facts), "facts", len(G.initiatives), "initiatives", out.stat().st_size, "bytes")
print("\n".join(bad) or "all raws found")
