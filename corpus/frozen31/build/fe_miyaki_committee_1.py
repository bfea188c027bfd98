#!/usr/bin/env python3
"""みやき町 債権管理対策本部会議 資料 (取組個票) — PyMuPDF drawing.  Run from corpus/frozen31."""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf as fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fe_common import Gold, PDF_DIR, comma, era, oku_man, rate, signed, zen  # noqa: E402
from fe_draw import Canvas  # noqa: E402

STEM = "fe_miyaki_committee_1"
TOWN = "みやき町"
TITLE = "令和７年度 第１回みやき町債権管理対策本部会議 資料"
YEARS = [2020, 2021, 2022, 2023, 2024]
TY = 2025
HEAD = (0.85, 0.89, 0.95)
ZEBRA = (0.94, 0.96, 0.99)

# ------------------------------------------------------------------ data (千円)
# name, 現年調定2020, growth, 現年率 by year, 滞繰調定2020, 滞繰率 by year, 不納欠損 by year, 滞納者数 by year
SPEC = {
    "町税": (2480000, 0.010, [98.62, 98.81, 98.95, 99.02, 99.10], 96500, [22.4, 24.1, 25.3, 26.2, 27.5],
             [6200, 5400, 4900, 4100, 3800], [612, 575, 541, 509, 478]),
    "国民健康保険税": (520000, -0.020, [93.10, 93.55, 94.02, 94.40, 94.71], 168000, [17.8, 18.9, 19.6, 20.4, 21.3],
                 [9800, 8600, 7900, 7200, 6500], [488, 462, 431, 405, 386]),
    "介護保険料": (498000, 0.015, [98.95, 99.05, 99.12, 99.20, 99.26], 9800, [14.2, 15.1, 16.3, 17.0, 18.2],
              [1900, 1700, 1600, 1500, 1400], [221, 214, 203, 197, 188]),
    "後期高齢者医療保険料": (236000, 0.030, [99.48, 99.52, 99.55, 99.60, 99.63], 2100, [38.0, 40.2, 41.5, 42.8, 44.1],
                   [150, 120, 110, 100, 90], [41, 38, 36, 33, 31]),
    "町営住宅使用料": (142000, -0.010, [96.10, 96.42, 96.80, 97.05, 97.31], 38600, [10.2, 11.0, 11.8, 12.5, 13.4],
                [1200, 900, 1500, 800, 700], [64, 61, 58, 55, 52]),
    "保育所保育料": (68000, -0.030, [98.40, 98.55, 98.70, 98.81, 98.92], 8200, [12.1, 13.0, 13.8, 14.5, 15.2],
               [600, 500, 450, 400, 380], [29, 27, 25, 24, 22]),
    "住宅新築資金等貸付金": (12500, -0.080, [61.5, 62.8, 63.9, 64.6, 65.3], 118000, [2.1, 2.3, 2.4, 2.6, 2.8],
                   [3500, 2800, 4100, 3000, 2500], [37, 35, 33, 31, 29]),
}
TARGETS_2025 = {  # 現年率, 滞繰率, 収入未済額(千円)
    "町税": (99.15, 28.50, None), "国民健康保険税": (94.90, 22.00, None), "介護保険料": (99.30, 19.00, None),
    "後期高齢者医療保険料": (99.65, 45.00, None), "町営住宅使用料": (97.50, 14.00, None),
    "保育所保育料": (99.00, 16.00, None), "住宅新築資金等貸付金": (66.00, 3.00, None),
}
PAST_TARGETS = {  # 合計収納率の目標 2022-2024
    "町税": [95.40, 95.80, 96.10], "国民健康保険税": [78.50, 79.50, 80.20], "介護保険料": [98.40, 98.50, 98.60],
    "町営住宅使用料": [80.00, 81.00, 82.50],
}


def series():
    data = {}
    for name, (cas0, g, crs, aas0, ars, wos, dls) in SPEC.items():
        rows = {}
        aas = aas0
        for i, y in enumerate(YEARS):
            cas = round(cas0 * (1 + g) ** i)
            ccol = round(cas * crs[i] / 100)
            acol = round(aas * ars[i] / 100)
            wo = wos[i]
            out_c = cas - ccol
            out_a = aas - acol - wo
            rows[y] = dict(cas=cas, ccol=ccol, cr=rate(ccol, cas), aas=aas, acol=acol, ar=rate(acol, aas),
                           tas=cas + aas, tcol=ccol + acol, tr=rate(ccol + acol, cas + aas), wo=wo,
                           out=out_c + out_a, out_a=out_a, dl=dls[i])
            aas = out_c + out_a + round(cas * 0.0004)      # 翌年度の滞納繰越調定（調定更正を含む）
        data[name] = rows
    return data


D = series()
TOTAL = {}
for y in YEARS:
    t = {k: sum(D[n][y][k] for n in D) for k in ("cas", "ccol", "aas", "acol", "tas", "tcol", "wo", "out")}
    t["tr"] = rate(t["tcol"], t["tas"])
    TOTAL[y] = t
# 収入未済額の目標（令和７年度）: 決算の見込みから縮減
for n in TARGETS_2025:
    cr, ar, _ = TARGETS_2025[n]
    last = D[n][2024]
    TARGETS_2025[n] = (cr, ar, round(last["out"] * 0.95, -2))


def build():
    g = Gold(STEM, {"kind": "committee_material", "family": "committee", "municipality": TOWN, "title": TITLE,
                    "date": "2025-06-26", "date_raw": "令和７年６月２６日"})
    F = g.fact
    doc = fitz.open()

    # ================================================================== p1 cover + 目次
    p = 1
    cv = Canvas(doc)
    cv.text(421, 110, "令和７年度　第１回", 18, "G", "center")
    cv.text(421, 145, "みやき町債権管理対策本部会議", 22, "G", "center")
    cv.text(421, 190, "日時　令和７年６月２６日（木）　午後２時～午後３時３０分", 12, "M", "center")
    cv.text(421, 212, "場所　みやき町役場　中原庁舎　２階大会議室", 12, "M", "center")
    cv.rect(250, 240, 592, 250 + 22 * 6, color=(0, 0, 0), width=0.8)
    cv.text(421, 262, "次　　第", 13, "G", "center")
    agenda = ["１　開会", "２　本部長あいさつ", "３　報告　令和６年度決算における町の債権の状況",
              "４　協議　令和７年度の取組個票及び数値目標について", "５　閉会"]
    for i, a in enumerate(agenda):
        cv.text(275, 286 + i * 20, a, 11, "M")
    cv.text(421, 420, "目　　次", 13, "G", "center")
    toc = [("資料１　町の債権の状況（令和６年度決算）", "2"), ("資料２　取組個票（町税ほか３債権）", "3～6"),
           ("資料３　令和７年度　債権ごとの数値目標一覧", "7")]
    for i, (t, pg) in enumerate(toc):
        y = 446 + i * 22
        cv.text(240, y, t, 11, "M")
        w = cv.width(t, 11, "M")
        cv.line(240 + w + 6, y - 3, 590, y - 3, color=(0.4, 0.4, 0.4), width=0.6, dashes="[1 2] 0")
        cv.text(602, y, pg, 11, "M", "right")
    cv.text(780, 570, "みやき町　総務部　税務課", 9, "M", "right")

    # ================================================================== p2 資料1
    p = 2
    cv = Canvas(doc)
    cv.text(40, 42, "資料１　町の債権の状況（令和６年度決算）", 14, "G")
    cv.line(40, 50, 802, 50, width=1.2)
    # -- bar chart
    cv.text(40, 78, "■ 収入未済額（全債権）の推移", 11, "G")
    cv.text(470, 78, "（単位：百万円）", 9, "M", "right")
    bx0, by0, bw, bh = 70, 95, 400, 190
    cv.line(bx0, by0 + bh, bx0 + bw, by0 + bh, width=0.8)
    vals = [round(TOTAL[y]["out"] / 1000, 1) for y in YEARS]
    vmax = max(vals) * 1.15
    slot = bw / len(YEARS)
    for i, (y, v) in enumerate(zip(YEARS, vals)):
        h = bh * v / vmax
        x = bx0 + slot * i + slot * 0.22
        cv.rect(x, by0 + bh - h, x + slot * 0.56, by0 + bh, fill=(0.36, 0.55, 0.78), color=None, width=0)
        lab = f"{v:,.1f}"
        F(p, lab, round(v * 1_000_000), fy=y, fy_raw=era(y, zen_digits=True), metric="outstanding",
          basis="actual", unit="yen")
        cv.text(x + slot * 0.28, by0 + bh - h - 4, lab, 9, "G", "center")
        cv.text(x + slot * 0.28, by0 + bh + 14, era(y, zen_digits=True).replace("年度", "年度"), 8.5, "M", "center")
    cv.text(40, by0 + bh + 34, "※ 収入未済額は各年度末（出納整理期間経過後）の額。表の債権の合計。", 8, "M")
    # -- 参考 box
    t24, t23 = TOTAL[2024], TOTAL[2023]
    cv.rect(520, 88, 802, 250, color=(0, 0, 0), width=0.8)
    cv.text(530, 106, "【参考】令和６年度の全債権の状況", 10.5, "G")
    otxt, oval = oku_man(t24["out"] * 1000, 100_000)
    diff = round(t24["tr"] - t23["tr"], 2)
    items = [
        ("・収納率（全債権計）：", F(p, f"{t24['tr']:.2f}％", t24["tr"], fy=2024, fy_raw="令和６年度",
                                    metric="collection_rate", basis="actual", unit="percent")),
        ("・前年度比：", F(p, f"{signed(diff, plus='＋')}ポイント", diff, fy=2024, metric="difference",
                            basis="actual", unit="points")),
        ("・収入未済額：", F(p, "約" + otxt, oval, fy=2024, metric="outstanding", basis="actual", unit="yen",
                             approx=True)),
        ("・不納欠損額：", F(p, f"{comma(t24['wo'])}千円", t24["wo"] * 1000, fy=2024, metric="written_off",
                             basis="actual", unit="yen")),
        ("・滞納繰越分の収納率：", F(p, f"{rate(t24['acol'], t24['aas']):.2f}％", rate(t24["acol"], t24["aas"]),
                                    fy=2024, segment="arrears", metric="collection_rate", basis="actual",
                                    unit="percent")),
    ]
    for i, (a, b) in enumerate(items):
        cv.text(534, 132 + i * 22, a + b, 10, "M")
    # -- summary table (zebra)
    cv.text(40, 345, "■ 主要債権の決算状況（令和６年度）", 11, "G")
    cv.text(802, 345, "（単位：千円）", 9, "M", "right")
    hdr = ["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率（％）", "前年度収納率（％）"]
    colw = [190, 105, 105, 90, 100, 80, 92]
    cells = [dict(r=0, c=j, text=h, align="center", font="G", fill=HEAD) for j, h in enumerate(hdr)]
    names = list(D)
    for i, n in enumerate(names + ["合計"]):
        r = i + 1
        row = D[n][2024] if n != "合計" else dict(TOTAL[2024], tr=TOTAL[2024]["tr"])
        prev = D[n][2023]["tr"] if n != "合計" else TOTAL[2023]["tr"]
        debt = None if n == "合計" else n
        fill = ZEBRA if i % 2 == 1 else None
        if n == "合計":
            fill = HEAD
        kw = dict(debt=debt, debt_raw=n, fy=2024, fy_raw="令和６年度", basis="actual")
        cells.append(dict(r=r, c=0, text=n, fill=fill))
        for j, (v, met) in enumerate([(row["tas"], "assessed"), (row["tcol"], "collected"), (row["wo"], "written_off"),
                                      (row["out"], "outstanding")], 1):
            cells.append(dict(r=r, c=j, text=F(p, comma(v), v * 1000, metric=met, unit="yen", **kw), align="right",
                              fill=fill))
        cells.append(dict(r=r, c=5, text=F(p, f"{row['tr']:.2f}", row["tr"], metric="collection_rate",
                                           unit="percent", **kw), align="right", fill=fill))
        cells.append(dict(r=r, c=6, text=F(p, f"{prev:.2f}", prev, metric="collection_rate", unit="percent",
                                           **dict(kw, fy=2023, fy_raw="前年度")), align="right", fill=fill))
    cv.table(40, 355, colw, [20] * (len(names) + 2), cells, size=9, grid_color=(0.6, 0.6, 0.6))
    cv.text(40, 355 + 20 * (len(names) + 2) + 14,
            "※ 調定額・収入済額・収納率は現年度分と滞納繰越分の合計。住宅新築資金等貸付金は貸付金元利収入。", 8, "M")
    cv.text(421, 580, "－ ２ －", 9, "M", "center")

    # ================================================================== p3-p6 取組個票
    sheets = [
        dict(name="町税", dept="税務課（収納係）", kind="強制徴収公債権", limit="５年",
             yfmt=lambda y: era(y, zen_digits=True), tfmt="令和７年度目標", strip="box",
             ref=[("・滞納繰越分の収入未済額（令和６年度末）：", "out_a"), ("・差押件数（令和６年度）：４２件", None)],
             items=[("①", "納期限後20日以内に督促状を送付し、督促後も未納の方には翌月に文書催告を行う。", "継続", "same"),
                    ("②", "現年度分の滞納者に対し、夏季と冬季に電話催告の集中期間を設け、早期の自主納付につなげる。", "継続", "wrap"),
                    ("③", "預貯金の電子照会（ｐｉｐｉｔ）を導入し、財産調査に要する期間を短縮して滞納処分を迅速化する。", "新規", "alone"),
                    ("④", "佐賀県と共同で個人住民税の特別徴収の一斉指定を徹底し、普通徴収からの切替えを進める。", "拡充", "same")]),
        dict(name="国民健康保険税", dept="税務課（収納係）・健康増進課", kind="強制徴収公債権", limit="５年",
             yfmt=lambda y: f"R{y - 2018}", tfmt="R7目標", strip="box",
             ref=[("・滞納繰越分の収入未済額（R6年度末）：", "out_a")],
             cellitems=True,
             items=[("(1)", "資格確認書の交付時に窓口で納付相談を行い、分納誓約を確実に取り付ける。", "継続", None),
                    ("(2)", "口座振替の新規加入者を増やすため、加入手続の際に口座振替依頼書を同封する。", "拡充", None),
                    ("(3)", "滞納繰越分のうち、時効が近い案件を優先して財産調査と差押えを行う。", "継続", None),
                    ("(4)", "執行停止の要件を満たす案件は、調査結果を整理して速やかに停止処分を行う。", "新規", None)]),
        dict(name="介護保険料", dept="福祉課（介護保険係）", kind="強制徴収公債権", limit="２年",
             yfmt=lambda y: f"{y}年度", tfmt="2025年度目標", strip="combined",
             ref=[("・滞納繰越分の収入未済額（2024年度末）：", "out_a")],
             items=[("①", "普通徴収の被保険者に口座振替を勧奨し、年金からの特別徴収への移行時期を個別に案内する。", "継続", "wrap"),
                    ("②", "２年の時効を迎える前に、給付制限の内容を記載した催告書を送付する。", "新規", "same"),
                    ("③", "滞納者の世帯状況を地域包括支援センターと共有し、納付が困難な方を生活支援につなぐ。", "継続", "alone")]),
        dict(name="町営住宅使用料", dept="建設課（住宅係）", kind="私債権", limit="５年",
             yfmt=lambda y: era(y, zen_digits=True), tfmt="令和７年度目標", strip="box",
             ref=[("・滞納繰越分の収入未済額（令和６年度末）：", "out_a"), ("・明渡請求訴訟（令和６年度）：２件", None)],
             items=[("①", "滞納３か月の時点で連帯保証人に通知し、本人と保証人の双方に納付を求める。", "継続", "same"),
                    ("②", "退去者の未納分は、転居先を調査したうえで支払督促の申立てを行う。", "拡充", "wrap"),
                    ("③", "入居時説明会で口座振替の利用を原則とし、家賃の減免制度もあわせて案内する。", "継続", "same")]),
    ]
    for k, sh in enumerate(sheets):
        p = 3 + k
        cv = Canvas(doc)
        n = sh["name"]
        rows = D[n]
        cv.text(40, 36, f"資料２　取組個票（{zen(str(k + 1))}／４）", 13, "G")
        cv.text(802, 36, "令和７年６月　本部会議資料", 9, "M", "right")
        # strip
        if sh["strip"] == "box":
            strip = [("債権名", 60), (n, 150), ("所管課", 60), (sh["dept"], 190), ("債権区分", 70), (sh["kind"], 110),
                     ("時効", 45), (sh["limit"], 77)]
        else:
            strip = [(f"債権名　{n}", 210), ("所管課", 60), (sh["dept"], 190), ("債権区分", 70), (sh["kind"], 110),
                     ("時効", 45), (sh["limit"], 77)]
        cells = []
        for j, (t, w) in enumerate(strip):
            is_label = t in ("債権名", "所管課", "債権区分", "時効")
            cells.append(dict(r=0, c=j, text=t, align="center", font="G",
                              fill=HEAD if (is_label or t.startswith("債権名　")) else None,
                              size=10 if not is_label else 9))
        cv.table(40, 46, [w for _, w in strip], [22], cells)

        # -- 1 収納状況の推移
        cv.text(40, 88, "１　収納状況の推移", 11, "G")
        cv.text(520, 88, "（単位：千円、％）", 8.5, "M", "right")
        colw = [26, 62] + [62] * 5 + [70]
        head = [dict(r=0, c=0, cs=2, text="区　分", align="center", font="G", fill=HEAD)]
        for j, y in enumerate(YEARS):
            head.append(dict(r=0, c=2 + j, text=sh["yfmt"](y), align="center", font="G", fill=HEAD, size=8))
        head.append(dict(r=0, c=7, text=sh["tfmt"], align="center", font="G", fill=(0.98, 0.90, 0.80), size=8))
        cells = head
        tgt = TARGETS_2025[n]
        groups = [("現年度分", "current", ("cas", "ccol", "cr")), ("滞納繰越分", "arrears", ("aas", "acol", "ar")),
                  ("合計", "total", ("tas", "tcol", "tr"))]
        r = 1
        for gname, seg, keys in groups:
            cells.append(dict(r=r, c=0, rs=3, text=gname, vertical=True, font="G", size=8, fill=HEAD))
            for lab, key, met in zip(("調定額", "収入済額", "収納率"), keys, ("assessed", "collected", "collection_rate")):
                cells.append(dict(r=r, c=1, text=lab, font="G", size=8))
                for j, y in enumerate(YEARS):
                    v = rows[y][key]
                    kw = dict(debt=n, fy=y, fy_raw=sh["yfmt"](y), segment=seg, basis="actual")
                    if met == "collection_rate":
                        txt = F(p, f"{v:.2f}", v, metric=met, unit="percent", **kw)
                    else:
                        txt = F(p, comma(v), v * 1000, metric=met, unit="yen", **kw)
                    cells.append(dict(r=r, c=2 + j, text=txt, align="right", size=8))
                tv = "－"
                if met == "collection_rate" and seg in ("current", "arrears"):
                    tr_ = tgt[0] if seg == "current" else tgt[1]
                    tv = F(p, f"{tr_:.2f}", tr_, debt=n, fy=TY, fy_raw=sh["tfmt"], segment=seg,
                           metric="collection_rate", basis="target", unit="percent")
                cells.append(dict(r=r, c=7, text=tv, align="right" if tv != "－" else "center", size=8))
                r += 1
        for lab, key, met, unit in (("不納欠損額", "wo", "written_off", "yen"), ("収入未済額", "out", "outstanding", "yen"),
                                    ("滞納者数（人）", "dl", "delinquents", "persons")):
            cells.append(dict(r=r, c=0, cs=2, text=lab, font="G", size=8))
            for j, y in enumerate(YEARS):
                v = rows[y][key]
                kw = dict(debt=n, fy=y, fy_raw=sh["yfmt"](y), segment="total", basis="actual")
                txt = F(p, comma(v), v * 1000 if unit == "yen" else v, metric=met, unit=unit, **kw)
                cells.append(dict(r=r, c=2 + j, text=txt, align="right", size=8))
            tv = "－"
            if key == "out":
                tv = F(p, comma(int(tgt[2])), int(tgt[2]) * 1000, debt=n, fy=TY, fy_raw=sh["tfmt"], metric="outstanding",
                       basis="target", unit="yen")
            cells.append(dict(r=r, c=7, text=tv, align="right" if tv != "－" else "center", size=8))
            r += 1
        bottom = cv.table(40, 96, colw, [17] * r, cells, size=8)

        # -- 2 目標と実績 (right)
        x2 = 548
        cv.text(x2, 88, "２　目標と実績（合計収納率）", 11, "G")
        cv.text(802, 100, "（単位：％）", 8, "M", "right")
        if n in PAST_TARGETS:
            cells = [dict(r=0, c=j, text=h, align="center", font="G", fill=HEAD)
                     for j, h in enumerate(["年度", "目標", "実績", "達成率"])]
            for i, y in enumerate([2022, 2023, 2024]):
                tg = PAST_TARGETS[n][i]
                ac = rows[y]["tr"]
                ach = round(ac / tg * 100, 2)
                yl = sh["yfmt"](y)
                kw = dict(debt=n, fy=y, fy_raw=yl, segment="total")
                cells += [dict(r=i + 1, c=0, text=yl, align="center"),
                          dict(r=i + 1, c=1, text=F(p, f"{tg:.2f}", tg, metric="collection_rate", basis="target",
                                                    unit="percent", **kw), align="right"),
                          dict(r=i + 1, c=2, text=F(p, f"{ac:.2f}", ac, metric="collection_rate", basis="actual",
                                                    unit="percent", **kw), align="right"),
                          dict(r=i + 1, c=3, text=F(p, f"{ach:.2f}", ach, metric="achievement_rate", basis="actual",
                                                    unit="percent", **kw), align="right")]
            yb = cv.table(x2, 106, [70, 58, 58, 68], [19] * 4, cells, size=9)
            cv.text(x2, yb + 12, "※ 達成率＝実績÷目標×100", 8, "M")
        else:
            cv.text(x2, 118, "（本債権は令和６年度まで個別目標を設定していない。）", 9, "M")
            yb = 110
        # 参考 box
        ry = yb + 26
        cv.rect(x2, ry, 802, ry + 18 + 18 * len(sh["ref"]), width=0.8)
        cv.text(x2 + 8, ry + 14, "【参考】", 9.5, "G")
        for i, (lab, key) in enumerate(sh["ref"]):
            if key:
                v = rows[2024][key]
                lab = lab + F(p, f"{comma(v)}千円", v * 1000, debt=n, fy=2024, segment="arrears",
                              metric="outstanding", basis="actual", unit="yen")
            cv.text(x2 + 10, ry + 32 + i * 18, lab, 9, "M")

        # -- 3 取組
        y3 = max(bottom, ry + 18 + 18 * len(sh["ref"])) + 24
        cv.text(40, y3, "３　令和７年度の取組", 11, "G")
        sec = "令和７年度の取組"
        if sh.get("cellitems"):
            # items numbered several per cell, in a table
            cells = [dict(r=0, c=0, text="区分", align="center", font="G", fill=HEAD),
                     dict(r=0, c=1, text="取組内容", align="center", font="G", fill=HEAD)]
            groups = [("現年度分", sh["items"][:2]), ("滞納繰越分", sh["items"][2:])]
            for i, (gl, its) in enumerate(groups):
                txt = "\n".join(f"{lab}{t}【{st}】" for lab, t, st, _ in its)
                cells += [dict(r=i + 1, c=0, text=gl, align="center", font="G"),
                          dict(r=i + 1, c=1, text=txt, size=9)]
                for lab, t, st, _ in its:
                    g.init(p, t, debt=n, fy=TY, section=sec + "（" + gl + "）", label=lab, status=st)
            cv.table(40, y3 + 8, [90, 672], [18, 34, 34], cells, size=9)
        else:
            y = y3 + 20
            maxw = 740
            for lab, t, st, mode in sh["items"]:
                g.init(p, t, debt=n, fy=TY, section=sec, label=lab, status=st)
                tag = f"【{st}】"
                if mode == "alone":
                    y = cv.para(52, y, lab + t, maxw, 9.5, "M", indent2=12)
                    cv.text(64, y, tag, 9.5, "M")
                    y += 9.5 * 1.45
                elif mode == "wrap":
                    # the tag falls at the start of the next line
                    lines = cv.wrap(lab + t, maxw, 9.5, "M")
                    for i2, ln in enumerate(lines):
                        cv.text(52 + (12 if i2 else 0), y, ln, 9.5, "M")
                        y += 9.5 * 1.45
                    cv.text(64, y, tag, 9.5, "M")
                    y += 9.5 * 1.45
                else:
                    y = cv.para(52, y, lab + t + tag, maxw, 9.5, "M", indent2=12)
                y += 3
        cv.text(421, 580, f"－ {zen(str(p))} －", 9, "M", "center")

    # ================================================================== p7 資料3
    p = 7
    cv = Canvas(doc)
    cv.text(40, 42, "資料３　令和７年度　債権ごとの数値目標一覧", 14, "G")
    cv.line(40, 50, 802, 50, width=1.2)
    cv.text(802, 70, "（単位：千円、％）", 9, "M", "right")
    colw = [150, 92, 92, 100, 84, 84, 92, 80]
    cells = [dict(r=0, c=0, rs=2, text="債権名", align="center", font="G", fill=HEAD),
             dict(r=0, c=1, cs=3, text="令和６年度決算", align="center", font="G", fill=HEAD),
             dict(r=0, c=4, cs=3, text="令和７年度目標", align="center", font="G", fill=(0.98, 0.90, 0.80)),
             dict(r=0, c=7, rs=2, text="増減\n（目標－決算）", align="center", font="G", fill=HEAD, size=8)]
    subs = ["現年度分\n収納率※１", "滞納繰越分\n収納率※１", "合計\n上段：収入未済額\n下段：収納率", "現年度分\n収納率",
            "滞納繰越分\n収納率", "収入未済額"]
    for j, s in enumerate(subs):
        cells.append(dict(r=1, c=1 + j, text=s, align="center", font="G", size=7.5,
                          fill=HEAD if j < 3 else (0.98, 0.90, 0.80)))
    for i, n in enumerate(D):
        r = i + 2
        a, b = D[n][2024], D[n][2023]
        cr, ar, tout = TARGETS_2025[n]
        tout = int(tout)
        kw24 = dict(debt=n, fy=2024, fy_raw="令和６年度決算", basis="actual")
        kw23 = dict(debt=n, fy=2023, fy_raw="（前年度）", basis="actual")
        c1 = (F(p, f"{a['cr']:.2f}", a["cr"], segment="current", metric="collection_rate", unit="percent", **kw24)
              + "（" + F(p, f"{b['cr']:.2f}", b["cr"], segment="current", metric="collection_rate", unit="percent", **kw23) + "）")
        mark = "※２" if n == "住宅新築資金等貸付金" else ""
        c2 = (F(p, f"{a['ar']:.2f}", a["ar"], segment="arrears", metric="collection_rate", unit="percent", **kw24) + mark
              + "（" + F(p, f"{b['ar']:.2f}", b["ar"], segment="arrears", metric="collection_rate", unit="percent", **kw23) + "）")
        c3 = (F(p, comma(a["out"]), a["out"] * 1000, segment="total", metric="outstanding", unit="yen", **kw24) + "\n"
              + F(p, f"{a['tr']:.2f}", a["tr"], segment="total", metric="collection_rate", unit="percent", **kw24))
        kwt = dict(debt=n, fy=TY, fy_raw="令和７年度目標", basis="target")
        c4 = F(p, f"{cr:.2f}", cr, segment="current", metric="collection_rate", unit="percent", **kwt)
        c5 = F(p, f"{ar:.2f}", ar, segment="arrears", metric="collection_rate", unit="percent", **kwt)
        c6 = F(p, comma(tout), tout * 1000, segment="total", metric="outstanding", unit="yen", **kwt)
        d = tout - a["out"]
        c7 = F(p, comma(d), d * 1000, debt=n, fy=TY, segment="total", metric="difference", basis="target", unit="yen")
        fill = ZEBRA if i % 2 else None
        cells += [dict(r=r, c=0, text=n, fill=fill, size=8.5),
                  dict(r=r, c=1, text=c1, align="right", fill=fill, size=8),
                  dict(r=r, c=2, text=c2, align="right", fill=fill, size=8),
                  dict(r=r, c=3, text=c3, align="right", fill=fill, size=8),
                  dict(r=r, c=4, text=c4, align="right", fill=fill, size=8),
                  dict(r=r, c=5, text=c5, align="right", fill=fill, size=8),
                  dict(r=r, c=6, text=c6, align="right", fill=fill, size=8),
                  dict(r=r, c=7, text=c7, align="right", fill=fill, size=8)]
    yb = cv.table(40, 78, colw, [22, 40] + [30] * len(D), cells, size=8.5)
    cv.text(40, yb + 16, "※１　（　）内は令和５年度決算の収納率。収納率＝収入済額÷調定額×100。", 8.5, "M")
    cv.text(40, yb + 30, "※２　住宅新築資金等貸付金は、償還が長期化している債権が大半を占めるため、滞納繰越分の収納率が低い水準にとどまる。", 8.5, "M")
    cv.text(40, yb + 44, "※３　増減の△は収入未済額の縮減を示す。", 8.5, "M")
    cv.text(421, 580, "－ ７ －", 9, "M", "center")

    doc.subset_fonts()
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    dest = PDF_DIR / f"{STEM}.pdf"
    doc.save(dest, garbage=4, deflate=True)
    pages = doc.page_count
    doc.close()
    g.write(dest, pages)
    print(dest, pages, len(g.facts), "facts", len(g.initiatives), "initiatives")


if __name__ == "__main__":
    build()
