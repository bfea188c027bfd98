"""c_beppu_keikaku_1: 債権管理重点プラン with 会計・款・債権 tables, an A3 overview and a chart (PyMuPDF)."""
from __future__ import annotations

import fitz

from c_common import ROOT, c, fact, init, rate, write_gold
from c_draw import box, finish, line, para, rect, setup, table, text, tlen, wrap

STEM = "c_beppu_keikaku_1"
CITY = "別府市"
Y = [2021, 2022, 2023]
YL = {2021: "令和３年度", 2022: "令和４年度", 2023: "令和５年度"}

# (会計, 款, 債権名, 所管課, 区分, assessed R3..R5 (円), rate-ish collected ratio R3..R5, written_off R3..R5 (円))
D = [
    ("一般会計", "市税", "個人市民税", "市民税課", "強", [6412330418, 6488120334, 6551204880], [0.9712, 0.9735, 0.9751], [21340220, 19880412, 18420330]),
    ("一般会計", "市税", "法人市民税", "市民税課", "強", [1322418300, 1287330100, 1341208800], [0.9931, 0.9940, 0.9944], [2110300, 1820400, 1633200]),
    ("一般会計", "市税", "固定資産税・都市計画税", "資産税課", "強", [8122330456, 8164880212, 8201456330], [0.9645, 0.9668, 0.9690], [31220410, 28840330, 26410220]),
    ("一般会計", "市税", "軽自動車税（種別割）", "市民税課", "強", [412330200, 418880100, 423110300], [0.9602, 0.9631, 0.9655], [1880200, 1720300, 1610100]),
    ("一般会計", "市税", "入湯税", "資産税課", "強", [312450300, 356880150, 398120250], [0.9511, 0.9588, 0.9630], [4120300, 3880100, 2210450]),
    ("一般会計", "分担金及び負担金", "保育所保育料", "子育て支援課", "強", [512330200, 498120100, 487330400], [0.9812, 0.9825, 0.9838], [1220300, 1110200, 980100]),
    ("一般会計", "分担金及び負担金", "老人ホーム入所者負担金", "高齢者福祉課", "非", [88120300, 87330200, 86120100], [0.9921, 0.9918, 0.9930], [0, 120300, 0]),
    ("一般会計", "使用料及び手数料", "市営住宅使用料", "建築住宅課", "私", [712330400, 705120300, 698440200], [0.9231, 0.9255, 0.9280], [4120300, 5230100, 3880200]),
    ("一般会計", "使用料及び手数料", "市営住宅駐車場使用料", "建築住宅課", "私", [41230200, 40880100, 40550300], [0.9412, 0.9433, 0.9451], [210300, 180200, 150100]),
    ("一般会計", "使用料及び手数料", "行政財産使用料", "財産活用課", "非", [63120400, 64330200, 65120300], [0.9905, 0.9911, 0.9920], [0, 0, 0]),
    ("一般会計", "諸収入", "生活保護費返還金", "ひと・くらし支援課", "非", [212330100, 208120400, 214550300], [0.3122, 0.3208, 0.3290], [18220300, 16330400, 15120200]),
    ("一般会計", "諸収入", "児童扶養手当返還金", "子育て支援課", "非", [12330200, 11880100, 11420300], [0.4120, 0.4233, 0.4310], [880200, 720100, 650300]),
    ("一般会計", "諸収入", "母子父子寡婦福祉資金貸付金", "子育て支援課", "私", [45120300, 43880200, 42330100], [0.3511, 0.3620, 0.3702], [1220300, 1120200, 980400]),
    ("一般会計", "諸収入", "住宅新築資金等貸付金", "人権同和教育啓発課", "私", [98120400, 95330200, 92880300], [0.0822, 0.0851, 0.0880], [3120200, 2880100, 2650300]),
    ("一般会計", "諸収入", "奨学金貸付金返還金", "教育政策課", "私", [56330200, 57120400, 58440100], [0.8312, 0.8355, 0.8402], [410300, 380200, 350100]),
    ("一般会計", "諸収入", "学校給食費", "スポーツ健康課", "私", [612330100, 608120300, 603440200], [0.9911, 0.9915, 0.9920], [880300, 720100, 650200]),
    ("国民健康保険事業特別会計", "国民健康保険税", "国民健康保険税", "保険年金課", "強", [3912330200, 3810120400, 3720880100], [0.8612, 0.8680, 0.8741], [78120300, 71330200, 66410400]),
    ("介護保険事業特別会計", "保険料", "介護保険料", "高齢者福祉課", "強", [2912330400, 2955120200, 2988440300], [0.9851, 0.9862, 0.9870], [12330100, 11880200, 11220300]),
    ("後期高齢者医療事業特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", "保険年金課", "強", [1212330200, 1245120100, 1278440400], [0.9931, 0.9938, 0.9942], [1880200, 1720300, 1610100]),
    ("水道事業会計", "営業収益", "水道料金", "上下水道局料金課", "私", [3122330100, 3098120300, 3075440200], [0.9871, 0.9880, 0.9886], [3120300, 2880200, 2650100]),
    ("公共下水道事業会計", "営業収益", "下水道使用料", "上下水道局料金課", "強", [2212330300, 2198120100, 2186440400], [0.9862, 0.9871, 0.9879], [2120300, 1980100, 1850200]),
    ("公共下水道事業会計", "営業外収益", "下水道事業受益者負担金", "上下水道局下水道課", "強", [41230100, 38120300, 35440200], [0.8412, 0.8520, 0.8610], [620300, 580100, 540200]),
]
KUBUN = {"強": "強制徴収公債権", "非": "非強制徴収公債権", "私": "私債権"}


def rows_of():
    out = []
    for acc, kan, name, dept, kb, A, R, WO in D:
        C = [round(a * r) for a, r in zip(A, R)]
        O = [a - col - w for a, col, w in zip(A, C, WO)]
        out.append(dict(acc=acc, kan=kan, name=name, dept=dept, kb=kb, A=A, C=C, WO=WO, O=O,
                        rt=[rate(col, a) for a, col in zip(A, C)]))
    return out


def sen(v):
    """円 -> 千円 rounded."""
    return round(v / 1000)


def oku_man(yen, unit=10000 * 10):
    """約X億Y万円 rounded to 10万円."""
    v = round(yen / unit) * unit
    oku, man = divmod(v // 10000, 10000)
    return v, (f"約{oku}億{man:,}万円" if man else f"約{oku}億円")


def header(p, w, title="別府市債権管理重点プラン（令和７～８年度）"):
    text(p, 30, 24, title, 8, color=(0.35, 0.35, 0.35), align="r", w=w - 60)


def footer(p, w, h, n):
    text(p, 0, h - 20, f"- {n} -", 9, align="c", w=w)


def build():
    facts, inits = [], []
    R = rows_of()
    doc = fitz.open()
    AW, AH = 595, 842

    # ---------- page 1: cover + 趣旨 (two-column prose)
    p = doc.new_page(width=AW, height=AH); setup(p)
    header(p, AW)
    text(p, 0, 110, "別府市債権管理重点プラン", 24, align="c", w=AW)
    text(p, 0, 140, "（令和７～８年度）", 14, align="c", w=AW)
    text(p, 0, 175, "令和７年４月　別府市総務部 債権管理課", 11, align="c", w=AW)
    line(p, (50, 195), (545, 195), 1.2)
    text(p, 50, 225, "１　市民負担の公平性の確保のために", 13)
    tot = {y: (sum(r["A"][i] for r in R), sum(r["C"][i] for r in R), sum(r["WO"][i] for r in R), sum(r["O"][i] for r in R))
           for i, y in enumerate(Y)}
    o5v, o5raw = oku_man(tot[2023][3])
    o4v, o4raw = oku_man(tot[2022][3])
    rt5 = rate(tot[2023][1], tot[2023][0])
    kk = R[16]
    kkv, kkraw = oku_man(kk["O"][2], unit=10000)
    kkraw = kkraw.replace("約", "")
    kkv = kk["O"][2] // 10000 * 10000
    colL = ("本市は、「別府市債権管理条例」に基づき、市税をはじめとする各種債権の適正な管理に取り組んできた。"
            f"令和５年度決算における全会計の収入未済額は{o5raw}で、令和４年度の{o4raw}から減少したものの、"
            "依然として多額の収入未済が残っている。")
    colR = (f"全債権を合わせた収納率は{rt5:.2f}％となった。債権別では、国民健康保険税の収入未済額が{kkraw}と最も多く、"
            "次いで固定資産税・都市計画税、個人市民税の順となっている。本プランでは、令和７年度と令和８年度の２か年について、"
            "債権ごとの目標収納率と取組を定め、収入未済額の縮減を図る。")
    y1 = para(p, 50, 240, 235, colL, 10.5, font="M", lh=1.7)
    y2 = para(p, 310, 240, 235, colR, 10.5, font="M", lh=1.7)
    facts += [fact(None, 2023, "令和５年度", "total", "outstanding", "actual", o5v, "yen", o5raw, page=1, approx=True),
              fact(None, 2022, "令和４年度", "total", "outstanding", "actual", o4v, "yen", o4raw, page=1, approx=True),
              fact(None, 2023, "令和５年度", "total", "collection_rate", "actual", rt5, "percent", f"{rt5:.2f}％", page=1),
              fact("国民健康保険税", 2023, "令和５年度", "total", "outstanding", "actual", kkv, "yen", kkraw, page=1)]
    yb = max(y1, y2) + 20
    text(p, 50, yb, "２　プランの基本方針", 13)
    yb += 10
    pol = [("（１）", "現年度分の徴収を徹底し、新たな滞納の発生を抑える。"),
           ("（２）", "滞納繰越分は、財産調査に基づく滞納処分と執行停止を適切に行う。"),
           ("（３）", "私債権は、支払督促や訴訟などの法的措置を計画的に進める。"),
           ("（４）", "債権管理研修を通じて、職員の知識と技能を高める。")]
    for lab, t in pol:
        yb = para(p, 60, yb, 470, f"{lab}{t}", 10.5, font="M", lh=1.6, indent=22)
        inits.append(init(None, 2025, "プランの基本方針", lab, t, None, page=1))
    footer(p, AW, AH, 1)

    # ---------- page 2: 会計別 table (horizontal rules only) + line chart
    p = doc.new_page(width=AW, height=AH); setup(p)
    header(p, AW)
    text(p, 50, 70, "３　市の債権の状況", 13)
    text(p, 50, 95, "会計別の収入未済額の推移", 11)
    accs = []
    for r in R:
        if r["acc"] not in accs:
            accs.append(r["acc"])
    text(p, 50, 110, "（単位：千円）", 8.5, align="r", w=495)
    rows = [["会計名称", "令和３年度\n(2021年度)", "令和４年度\n(2022年度)", "令和５年度\n(2023年度)", "対前年度"]]
    accsum = {}
    for a in accs:
        v = [sen(sum(r["O"][i] for r in R if r["acc"] == a)) for i in range(3)]
        accsum[a] = v
        rows.append([a] + [c(x) for x in v] + [c(v[2] - v[1])])
    tv = [sum(accsum[a][i] for a in accs) for i in range(3)]
    rows.append(["合計"] + [c(x) for x in tv] + [c(tv[2] - tv[1])])
    yb = table(p, 50, 115, [155, 85, 85, 85, 85], rows, size=9, rules="h", shade=None,
               aligns=["l", "r", "r", "r", "r"])
    for a in accs:
        for i, y in enumerate(Y):
            facts.append(fact(None, y, YL[y], "total", "outstanding", "actual", accsum[a][i] * 1000, "yen", c(accsum[a][i]), page=2, debt_raw=a))
    for i, y in enumerate(Y):
        facts.append(fact(None, y, YL[y], "total", "outstanding", "actual", tv[i] * 1000, "yen", c(tv[i]), page=2, debt_raw="合計"))
    ippan = accsum["一般会計"][2]
    note = f"※一般会計の収入未済額（令和５年度）は{ippan / 1000:,.1f}百万円で、全体の約{round(ippan / tv[2] * 100)}％を占める。"
    para(p, 50, yb + 6, 495, note, 8.5)
    facts.append(fact(None, 2023, "令和５年度", "total", "outstanding", "actual", int(round(round(ippan / 1000, 1) * 1000000)), "yen",
                      f"{ippan / 1000:,.1f}百万円", page=2, debt_raw="一般会計"))
    # line chart 収納率の推移 (全会計)
    series = [("令和元年度", 2019, 94.88), ("令和２年度", 2020, 95.02)] + \
             [(YL[y], y, rate(tot[y][1], tot[y][0])) for y in Y]
    cx, cy, cw, ch = 80, yb + 70, 440, 220
    text(p, 50, cy - 18, "全債権の収納率の推移（％）", 11)
    lo, hi = 94.5, 96.0
    line(p, (cx, cy + ch), (cx + cw, cy + ch), 0.8)
    line(p, (cx, cy), (cx, cy + ch), 0.8)
    for g in (94.5, 94.8, 95.1, 95.4, 95.7, 96.0):
        gy = cy + ch - (g - lo) / (hi - lo) * ch
        line(p, (cx, gy), (cx + cw, gy), 0.3, (0.75, 0.75, 0.75))
        text(p, cx - 34, gy + 3, f"{g:.1f}", 8)
    pts = []
    for i, (lab, fy, v) in enumerate(series):
        px = cx + 45 + i * 88
        py = cy + ch - (v - lo) / (hi - lo) * ch
        pts.append((px, py))
        text(p, px - 30, cy + ch + 14, lab, 8.5, align="c", w=60)
        text(p, px - 25, py - 8, f"{v:.2f}", 9, align="c", w=50)
        facts.append(fact(None, fy, lab, "total", "collection_rate", "actual", v, "percent", f"{v:.2f}", page=2))
    for a, b in zip(pts, pts[1:]):
        line(p, a, b, 1.6, (0.1, 0.3, 0.7))
    for q in pts:
        rect(p, (q[0] - 2.5, q[1] - 2.5, q[0] + 2.5, q[1] + 2.5), 0.5, (0.1, 0.3, 0.7), fill=(0.1, 0.3, 0.7))
    footer(p, AW, AH, 2)

    # ---------- pages 3-4: 内訳 (単位：円), split over the page break, header not repeated
    body = []
    merges_src = []
    for a in accs:
        grp = [r for r in R if r["acc"] == a]
        start = len(body)
        for r in grp:
            body.append([a, r["kan"], r["name"], c(r["O"][2])])
        sub = sum(r["O"][2] for r in grp)
        body.append([a, "", "小計", c(sub)])
        merges_src.append((start, len(body) - start, a, sub))
    grand = sum(r["O"][2] for r in R)
    body.append(["合計", "", "", c(grand)])
    split = 12
    widths = [150, 110, 170, 90]
    for part, (lo_i, hi_i, pg) in enumerate(((0, split, 3), (split, len(body), 4))):
        p = doc.new_page(width=AW, height=AH); setup(p)
        header(p, AW)
        y0 = 60
        if part == 0:
            text(p, 50, 70, "令和５年度（2023年度）全債権に係る収入未済額の内訳", 11)
            text(p, 50, 88, "（単位：円）", 8.5, align="r", w=520)
            y0 = 93
        rows = [["会計名称", "款名称等", "債権名", "収入未済額"]] if part == 0 else []
        hr = 1 if part == 0 else 0
        merges = {}
        seg = body[lo_i:hi_i]
        for k, row in enumerate(seg):
            rows.append(list(row))
        # merge the 会計 cell over its rows within this part
        k = 0
        while k < len(seg):
            a = seg[k][0]
            n = 1
            while k + n < len(seg) and seg[k + n][0] == a and a != "合計":
                n += 1
            for j in range(1, n):
                rows[hr + k + j][0] = None
            if n > 1:
                merges[(hr + k, 0)] = (n, 1)
            if a == "合計":
                merges[(hr + k, 0)] = (1, 3)
                rows[hr + k][1] = None; rows[hr + k][2] = None
            k += n
        table(p, 35, y0, widths, rows, size=9, header_rows=hr, merges=merges, aligns=["l", "l", "l", "r"], min_h=24)
        for row in seg:
            a, kan, name, val = row
            if name == "小計":
                sub = [m[3] for m in merges_src if m[2] == a][0]
                facts.append(fact(None, 2023, "令和５年度", "total", "outstanding", "actual", sub, "yen", val, page=pg, debt_raw=f"{a} 小計"))
            elif a == "合計":
                facts.append(fact(None, 2023, "令和５年度", "total", "outstanding", "actual", grand, "yen", val, page=pg, debt_raw="合計"))
            else:
                r = [x for x in R if x["name"] == name][0]
                facts.append(fact(name, 2023, "令和５年度", "total", "outstanding", "actual", r["O"][2], "yen", val, page=pg))
        footer(p, AW, AH, pg)

    # ---------- page 5: A3 overview, rotated page (/Rotate 90)
    p = doc.new_page(width=842, height=1191)
    p.set_rotation(90)
    setup(p)
    LW, LH = 1191, 842
    text(p, 30, 40, "【別表】債権一覧表（令和３～５年度決算）", 14)
    text(p, 30, 40, "（単位：千円、％）", 9, align="r", w=LW - 60)
    hdr1 = ["No", "債権名", "所管課", "債権区分", "令和３年度", None, None, "令和４年度", None, None, "令和５年度", None, None, None, None]
    hdr2 = [None, None, None, None, "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率",
            "調定額", "収入済額", "収納率", "不納欠損額", "収入未済額"]
    rows = [hdr1, hdr2]
    merges = {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (2, 1), (0, 3): (2, 1), (0, 4): (1, 3), (0, 7): (1, 3), (0, 10): (1, 5)}
    n = 0
    for kb in ("強", "非", "私"):
        grp = [r for r in R if r["kb"] == kb]
        sums = [[0, 0] for _ in Y]
        wo_s = o_s = 0
        for r in grp:
            n += 1
            row = [str(n), r["name"], r["dept"], KUBUN[kb]]
            for i, y in enumerate(Y):
                a, col = sen(r["A"][i]), sen(r["C"][i])
                sums[i][0] += a; sums[i][1] += col
                row += [c(a), c(col), f"{r['rt'][i]:.2f}"]
                facts += [fact(r["name"], y, YL[y], "total", "assessed", "actual", a * 1000, "yen", c(a), page=5),
                          fact(r["name"], y, YL[y], "total", "collected", "actual", col * 1000, "yen", c(col), page=5),
                          fact(r["name"], y, YL[y], "total", "collection_rate", "actual", r["rt"][i], "percent", f"{r['rt'][i]:.2f}", page=5)]
            w, o = sen(r["WO"][2]), sen(r["O"][2])
            wo_s += w; o_s += o
            row += [c(w) if w else "－", c(o)]
            if w:
                facts.append(fact(r["name"], 2023, "令和５年度", "total", "written_off", "actual", w * 1000, "yen", c(w), page=5))
            facts.append(fact(r["name"], 2023, "令和５年度", "total", "outstanding", "actual", o * 1000, "yen", c(o), page=5))
            rows.append(row)
        sub = ["", f"小計（{KUBUN[kb]}）", "", ""]
        for i, y in enumerate(Y):
            rt = rate(sums[i][1], sums[i][0])
            sub += [c(sums[i][0]), c(sums[i][1]), f"{rt:.2f}"]
            lab = f"小計（{KUBUN[kb]}）"
            facts += [fact(None, y, YL[y], "total", "assessed", "actual", sums[i][0] * 1000, "yen", c(sums[i][0]), page=5, debt_raw=lab),
                      fact(None, y, YL[y], "total", "collected", "actual", sums[i][1] * 1000, "yen", c(sums[i][1]), page=5, debt_raw=lab),
                      fact(None, y, YL[y], "total", "collection_rate", "actual", rt, "percent", f"{rt:.2f}", page=5, debt_raw=lab)]
        sub += [c(wo_s), c(o_s)]
        facts += [fact(None, 2023, "令和５年度", "total", "written_off", "actual", wo_s * 1000, "yen", c(wo_s), page=5, debt_raw=f"小計（{KUBUN[kb]}）"),
                  fact(None, 2023, "令和５年度", "total", "outstanding", "actual", o_s * 1000, "yen", c(o_s), page=5, debt_raw=f"小計（{KUBUN[kb]}）")]
        rows.append(sub)
        merges[(len(rows) - 1, 1)] = (1, 3)
        sub[2] = None; sub[3] = None
    widths = [22, 150, 105, 88] + [70, 70, 44] * 3 + [62, 62]
    table(p, 30, 52, widths, rows, size=7, header_rows=2, merges=merges,
          aligns=["c", "l", "l", "l"] + ["r"] * 11, min_h=24)
    text(p, 30, LH - 40, "※収納率は円単位の調定額・収入済額から算出。小計は千円単位の各欄の合計。「－」は該当なし。", 8)
    text(p, 0, LH - 18, "- 5 -", 9, align="c", w=LW)

    # ---------- page 6: targets, zebra rows without rules, うち rows indented
    p = doc.new_page(width=AW, height=AH); setup(p)
    header(p, AW)
    text(p, 50, 70, "４　債権ごとの目標収納率", 13)
    para(p, 50, 80, 495, "令和５年度の実績を基準に、令和７年度及び令和８年度の目標収納率を次のとおり定める。"
                          "目標は現年度分と滞納繰越分を合わせた収納率とする。", 10, font="M", lh=1.6)
    taxes = R[0:5]
    def agg(rs):
        return rate(sum(r["C"][2] for r in rs), sum(r["A"][2] for r in rs))
    trows = [("市税", agg(taxes), 97.40, 97.60, None),
             ("　うち個人市民税", R[0]["rt"][2], 97.70, 97.90, "個人市民税"),
             ("　うち固定資産税・都市計画税", R[2]["rt"][2], 97.10, 97.30, "固定資産税・都市計画税"),
             ("国民健康保険税", R[16]["rt"][2], 87.80, 88.30, None),
             ("介護保険料", R[17]["rt"][2], 98.75, 98.80, None),
             ("後期高齢者医療保険料", R[18]["rt"][2], 99.45, 99.50, None),
             ("保育所保育料", R[5]["rt"][2], 98.45, 98.50, None),
             ("市営住宅使用料", R[7]["rt"][2], 93.00, 93.20, None),
             ("水道料金", R[19]["rt"][2], 98.90, 98.95, None),
             ("下水道使用料", R[20]["rt"][2], 98.85, 98.90, None)]
    rows = [["債権名", "R5実績", "R7目標", "R8目標"]]
    for name, a, t7, t8, dn in trows:
        rows.append([name, f"{a:.2f}", f"{t7:.2f}", f"{t8:.2f}"])
        debt = dn or name.strip("　")
        facts += [fact(debt, 2023, "R5実績", "total", "collection_rate", "actual", a, "percent", f"{a:.2f}", page=6, debt_raw=name.strip("　")),
                  fact(debt, 2025, "R7目標", "total", "collection_rate", "target", t7, "percent", f"{t7:.2f}", page=6, debt_raw=name.strip("　")),
                  fact(debt, 2026, "R8目標", "total", "collection_rate", "target", t8, "percent", f"{t8:.2f}", page=6, debt_raw=name.strip("　"))]
    text(p, 50, 135, "（単位：％）", 8.5, align="r", w=420)
    yb = table(p, 50, 140, [220, 70, 65, 65], rows, size=9.5, rules="none", shade=(0.8, 0.8, 0.8),
               zebra=(0.93, 0.95, 0.98), aligns=["l", "r", "r", "r"], min_h=20)
    text(p, 50, yb + 30, "５　重点的な取組", 13)
    tori = [("ア", "市税", "滞納初期の電話催告と文書催告を組み合わせ、納期限後２か月以内の完納を促す。", "継続"),
            ("イ", "国民健康保険税", "資格喪失の届出時に未納額を案内し、分納誓約の履行を毎月確認する。", "拡充"),
            ("ウ", "市営住宅使用料", "滞納６か月以上の入居者に対し、明渡し請求を含む法的措置を行う。", "継続"),
            ("エ", "学校給食費", "児童手当からの徴収の申出を勧め、滞納の発生を防ぐ。", "新規")]
    yy = yb + 42
    for lab, debt, t, stt in tori:
        yy = para(p, 60, yy, 470, f"{lab}　{debt}：{t}【{stt}】", 10, font="M", lh=1.6, indent=20)
        inits.append(init(debt, 2025, "重点的な取組", lab, t, stt, page=6))
    footer(p, AW, AH, 6)

    pdf = ROOT / "pdf" / f"{STEM}.pdf"
    finish(doc, pdf)
    document = {"kind": "plan", "municipality": CITY, "title": "別府市債権管理重点プラン（令和７～８年度）",
                "date": "2025-04-01", "date_raw": "令和７年４月"}
    write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
