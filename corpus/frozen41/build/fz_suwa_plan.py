"""fz_suwa_plan_1: 諏訪市債権管理計画（令和７年度～令和９年度） — PyMuPDF drawing.

Run from corpus/frozen41:  python3 build/fz_suwa_plan.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fz_common import Gold, Canvas, PDF_DIR  # noqa: E402

STEM = "fz_suwa_plan_1"
TITLE = "諏訪市債権管理計画（令和７年度～令和９年度）"
G = Gold(STEM, "plan", "諏訪市", TITLE, "2025-03-01", "令和７年３月", "keikaku")
C = Canvas(G)
X, W = 62, 471

ABBR = [("市税", "市税"), ("国保税", "国民健康保険税"), ("介護料", "介護保険料"), ("後期高齢", "後期高齢者医療保険料"),
        ("保育料", "保育所保育料"), ("住宅使用料", "市営住宅使用料")]
YEARS = [(2019, "令和元（2019）年度"), (2020, "令和２（2020）年度"), (2021, "令和３（2021）年度"),
         (2022, "令和４（2022）年度"), (2023, "令和５（2023）年度")]
OUT = {  # 収入未済額 百万円
    "市税": [512.4, 486.1, 455.8, 431.2, 402.6], "国保税": [345.8, 338.2, 329.5, 318.7, 312.5],
    "介護料": [41.2, 39.8, 37.5, 36.1, 34.9], "後期高齢": [6.8, 6.5, 6.1, 5.9, 5.6],
    "保育料": [18.4, 17.9, 16.2, 15.8, 14.3], "住宅使用料": [62.1, 60.4, 58.7, 55.3, 52.6]}
TOT = [round(sum(OUT[a][i] for a, _ in ABBR), 1) for i in range(5)]


def m(v):  # 百万円 -> yen
    return int(round(v * 1_000_000))


# ---------------------------------------------------------------- p1 cover + 目次
C.new_page(number=False)
C.text(297, 230, "諏訪市債権管理計画", 26, "g", align="c")
C.text(297, 268, "令和７（2025）年度～令和９（2027）年度", 14, "m", align="c")
C.text(297, 340, "令和７年３月", 13, "m", align="c")
C.text(297, 362, "諏　訪　市", 15, "g", align="c")
C.text(297, 470, "目　　次", 13, "g", align="c")
toc = [("第１章　計画の概要", 2), ("第２章　債権管理の現状", 3), ("第３章　数値目標", 4),
       ("第４章　債権ごとの取組", 5), ("第５章　推進体制", 6)]
y = 500
for t, p in toc:
    C.text(150, y, t, 11)
    dots = "・" * 14
    C.text(330, y, dots, 9)
    C.text(445, y, str(p), 11, align="r")
    y += 22

# ---------------------------------------------------------------- p2 two-column overview
C.new_page()
C.text(X, 60, "第１章　計画の概要", 14, "g")
C.line(X, 66, X + W, 66, 1.2)
colw = (W - 20) / 2
xl, xr = X, X + colw + 20
TD = dict(debt="市税", debt_raw="市税")
KD = dict(debt="国民健康保険税", debt_raw="国民健康保険税")
d_tot = round(TOT[4] - TOT[3], 1)
left = [
    ("１　計画策定の趣旨", "g"),
    ("本市では、平成２９年４月に「諏訪市債権管理条例」を施行し、市の債権の適正な管理に全庁で取り組んできた。"
     "第１次計画（令和４年度～令和６年度）の期間が満了することから、これまでの成果と課題を踏まえ、新たな計画を策定する。", "m"),
    ("２　これまでの成果", "g"),
    ("令和５（2023）年度決算における主要６債権の収入未済額は約"
     + G.fact("8億2,250万円", 822_500_000, "outstanding", fy=2023, fy_raw="令和５（2023）年度", approx=True,
              debt_raw="主要６債権")
     + "で、前年度から約"
     + G.fact("4,050万円", -40_500_000, "difference", fy=2023, fy_raw="令和５（2023）年度", approx=True,
              debt_raw="主要６債権")
     + "減少した。令和元年度と比べると約"
     + G.fact("1億6,420万円", -164_200_000, "difference", fy=2023, fy_raw="令和元年度", approx=True,
              debt_raw="主要６債権")
     + "の縮減となっている。", "m"),
]
right = [
    ("３　主な債権の状況", "g"),
    ("市税の収納率は、令和５年度決算で"
     + G.fact("97.86％", 97.86, "collection_rate", fy=2023, fy_raw="令和５年度", **TD)
     + "となり、前年度の"
     + G.fact("97.44％", 97.44, "collection_rate", fy=2022, fy_raw="前年度", **TD)
     + "から"
     + G.fact("0.42ポイント", 0.42, "difference", fy=2023, fy_raw="令和５年度", unit="points", **TD)
     + "上昇した。国民健康保険税の現年度分収納率は"
     + G.fact("94.12％", 94.12, "collection_rate", fy=2023, fy_raw="令和５年度", seg="current", **KD)
     + "で、県内１９市の平均をやや下回っている。", "m"),
    ("４　計画期間", "g"),
    ("令和７（2025）年度から令和９（2027）年度までの３年間とする。社会経済情勢の変化等により、必要に応じて見直しを行う。", "m"),
    ("５　対象債権", "g"),
    ("令和５年度決算において収入未済額のある２４債権を対象とし、このうち収入未済額の大きい６債権を主要債権として数値目標を定める。", "m"),
]
for xs, blocks in ((xl, left), (xr, right)):
    y = 92
    for txt, font in blocks:
        if font == "g":
            y += 4
            C.text(xs, y, txt, 10.5, "g")
            y += 17
        else:
            y = C.para(xs + 4, y, txt, colw - 4, 9.5, first_indent=9.5, leading=1.65) + 4
C.line(X + colw + 10, 80, X + colw + 10, 470, 0.4, (0.5, 0.5, 0.5))
y = 500
C.text(X, y, "【参考】計画の位置付け", 10, "g")
C.rect(X, y + 6, X + W, y + 70, width=0.7)
C.para(X + 10, y + 24, "本計画は、「第６次諏訪市総合計画」及び「諏訪市行財政改革プラン」の下位計画として、"
                       "債権管理条例第５条に基づき定めるものである。各債権所管課は、本計画に基づき毎年度の取組を進め、"
                       "その結果を債権管理推進会議に報告する。", W - 20, 9.5)

# ---------------------------------------------------------------- p3 現状 tables
C.new_page()
C.text(X, 60, "第２章　債権管理の現状", 14, "g")
C.line(X, 66, X + W, 66, 1.2)
y = 90
C.text(X, y, "表１　主要債権の収入未済額の推移", 10.5, "g")
C.text(X + W, y, "（単位：百万円）", 8.5, align="r")
y += 6
hdr = ["年度"] + [a for a, _ in ABBR] + ["計"]
rows = [hdr]
for i, (fy, fyr) in enumerate(YEARS):
    row = [fyr]
    for a, canon in ABBR:
        v = OUT[a][i]
        row.append(G.fact(f"{v:,.1f}", m(v), "outstanding", debt=canon, debt_raw=a, fy=fy, fy_raw=fyr))
    row.append(G.fact(f"{TOT[i]:,.1f}", m(TOT[i]), "outstanding", debt=None, debt_raw="計", fy=fy, fy_raw=fyr))
    rows.append(row)
avg = ["５年平均"]
for a, canon in ABBR:
    v = round(sum(OUT[a]) / 5, 1)
    avg.append(G.fact(f"{v:,.1f}", m(v), "average_outstanding", debt=canon, debt_raw=a, fy=None, fy_raw="５年平均"))
v = round(sum(TOT) / 5, 1)
avg.append(G.fact(f"{v:,.1f}", m(v), "average_outstanding", debt=None, debt_raw="計", fy=None, fy_raw="５年平均"))
rows.append(avg)
dif, pct = ["増減額（R5－R4）"], ["増減率（％）"]
for a, canon in ABBR + [("計", None)]:
    seq = OUT[a] if a != "計" else TOT
    d = round(seq[4] - seq[3], 1)
    p = round(d / seq[3] * 100, 1)
    dif.append(G.fact(f"△{-d:.1f}" if d < 0 else f"{d:.1f}", m(d), "difference", debt=canon, debt_raw=a,
                      fy=2023, fy_raw="令和５（2023）年度"))
    pct.append(G.fact(f"△{-p:.1f}" if p < 0 else f"{p:.1f}", p, "change_rate", debt=canon, debt_raw=a, fy=2023,
                      fy_raw="令和５（2023）年度", unit="percent"))
rows += [dif, pct]
C.rect(X - 4, y - 2, X + W + 4, y + 18 * len(rows) + 4, width=1.0)
y = C.table(X, y + 2, [98, 58, 55, 52, 52, 52, 56, 48], rows, size=8.2, rh=18, aligns="lrrrrrrr",
            fills={0: (0.87, 0.87, 0.87), 6: (0.95, 0.95, 0.95)}) + 14
C.text(X, y, "（注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、", 8)
C.text(X, y + 11, "　　　住宅使用料＝市営住宅使用料。百万円未満を四捨五入。", 8)
C.text(X, y + 22, "出典：諏訪市「各年度 決算書」及び債権管理台帳（収納課集計）", 8)
y += 56
# Table 2 with no ruling lines: 不納欠損額
C.text(X, y, "表２　不納欠損額の推移", 10.5, "g")
C.text(X + W, y, "（単位：千円）", 8.5, align="r")
y += 20
WO = [("市税", "市税", [18_412, 16_905, 15_230]), ("国保税", "国民健康保険税", [22_847, 21_106, 19_874]),
      ("住宅使用料", "市営住宅使用料", [3_412, 2_980, 4_105])]
cols = [X + 190, X + 290, X + 390]
C.text(X + 10, y, "債権", 9.5, "g")
for cx, (fy, fyr) in zip(cols, ((2021, "令和３年度"), (2022, "令和４年度"), (2023, "令和５年度"))):
    C.text(cx, y, fyr, 9.5, "g", align="r")
y += 18
for a, canon, vals in WO:
    C.text(X + 10, y, a, 9.5)
    for cx, v, (fy, fyr) in zip(cols, vals, ((2021, "令和３年度"), (2022, "令和４年度"), (2023, "令和５年度"))):
        C.text(cx, y, G.fact(f"{v:,}", v * 1000, "written_off", debt=canon, debt_raw=a, fy=fy, fy_raw=fyr), 9.5,
               align="r")
    y += 16
C.text(X, y + 4, "※ 令和５年度の住宅使用料は、退去者の長期滞納分について債権放棄を行ったため増加した。", 8)

# ---------------------------------------------------------------- p4 数値目標
C.new_page()
C.text(X, 60, "第３章　数値目標", 14, "g")
C.line(X, 66, X + W, 66, 1.2)
y = 86
y = C.para(X, y, "各債権の現年度分収納率について、令和５年度決算を基準として、計画期間の各年度の目標を次のとおり定める。"
                 "滞納繰越分については、収入未済額の縮減目標を定める。", W, 10, first_indent=10)
y += 10
C.text(X, y, "表３　目標収納率（現年度分、単位：％）", 10.5, "g")
y += 6
TG = [("市税", 99.21, (99.25, 99.30, 99.35), "滞納繰越分収納率 31.24％（R5）"),
      ("国保税", 94.12, (94.40, 94.70, 95.00), "うち滞納繰越分の収入未済額 228,310千円（R5末）"),
      ("介護料", 99.02, (99.05, 99.10, 99.15), ""),
      ("後期高齢", 99.55, (99.60, 99.62, 99.65), ""),
      ("保育料", 98.74, (98.80, 98.90, 99.00), "児童手当からの徴収分を含む"),
      ("住宅使用料", 96.85, (97.00, 97.20, 97.40), "R5不納欠損額 4,105千円")]
rows = [[("債権", "c"), ("決算", "c"), ("目標", "c"), None, None, ("備考", "c")],
        [None, ("令和５年度", "c"), ("令和７年度", "c"), ("令和８年度", "c"), ("令和９年度", "c"), None]]
canon_of = dict(ABBR)
for a, act, tg, note in TG:
    cn = canon_of[a]
    kw = dict(debt=cn, debt_raw=a, seg="current")
    row = [a, G.fact(f"{act:.2f}", act, "collection_rate", fy=2023, fy_raw="令和５年度", **kw)]
    for fy, t in zip((2025, 2026, 2027), tg):
        row.append(G.fact(f"{t:.2f}", t, "collection_rate", fy=fy, fy_raw=f"令和{fy - 2018}年度".translate(
            str.maketrans("0123456789", "０１２３４５６７８９")), basis="target", **kw))
    if a == "市税":
        note = "滞納繰越分収納率 " + G.fact("31.24％", 31.24, "collection_rate", debt=cn, debt_raw=a, fy=2023,
                                          fy_raw="R5", seg="arrears") + "（R5）"
    elif a == "国保税":
        note = "うち滞納繰越分の収入未済額 " + G.fact("228,310千円", 228_310_000, "outstanding", debt=cn, debt_raw=a,
                                                fy=2023, fy_raw="R5", seg="arrears") + "（R5末）"
    elif a == "住宅使用料":
        note = "R5不納欠損額 " + G.fact("4,105千円", 4_105_000, "written_off", debt=cn, debt_raw=a, fy=2023, fy_raw="R5")
    row.append(note)
    rows.append(row)
y = C.table(X, y, [70, 62, 62, 62, 62, 153], rows, size=8.5, rh=[17, 17] + [24] * len(TG), aligns="lrrrrl",
            spans={(0, 0): (2, 1), (0, 2): (1, 3), (0, 5): (2, 1)}, fills={0: (0.87, 0.87, 0.87), 1: (0.87, 0.87, 0.87)})
y += 26
C.text(X, y, "表４　収入未済額の目標（現年度分＋滞納繰越分）", 10.5, "g")
C.text(X + W, y, "（単位：百万円）", 8.5, align="r")
y += 6
UT = {"市税": (390.0, 378.0, 366.0), "国保税": (300.0, 288.0, 276.0), "介護料": (33.5, 32.0, 30.5),
      "後期高齢": (5.4, 5.2, 5.0), "保育料": (13.5, 12.8, 12.0), "住宅使用料": (50.0, 47.5, 45.0)}
rows = [["区分", "令和５年度\n実績", "令和７年度\n目標", "令和８年度\n目標", "令和９年度\n目標", "縮減額\n（R9－R5）"]]
for a, cn in ABBR:
    kw = dict(debt=cn, debt_raw=a)
    r5 = OUT[a][4]
    row = [a, G.fact(f"{r5:.1f}", m(r5), "outstanding", fy=2023, fy_raw="令和５年度", **kw)]
    for fy, t in zip((2025, 2026, 2027), UT[a]):
        row.append(G.fact(f"{t:.1f}", m(t), "outstanding", fy=fy, fy_raw=f"令和{'７８９'[fy - 2025]}年度", basis="target", **kw))
    d = round(UT[a][2] - r5, 1)
    row.append(G.fact(f"▲{-d:.1f}", m(d), "difference", fy=2027, fy_raw="R9", basis="target", **kw))
    rows.append(row)
y = C.table(X, y, [86, 77, 77, 77, 77, 77], rows, size=8.5, rh=[28] + [18] * len(ABBR), aligns="lrrrrr",
            fills={0: (0.87, 0.87, 0.87)}, hrules_only=True)
C.text(X, y + 14, "※ 縮減額の▲は減少を示す。目標値は過去５年間の縮減実績の平均を基に設定した。", 8)

# ---------------------------------------------------------------- p5-6 推進シート
SHEETS = [
    ("国民健康保険税", "国保税", "保険医療課", [
        ("（１）", "現年度分の収納対策", [
            ("ア", "口座振替の推進", [("(ｱ)", "加入手続の際に、窓口で口座振替の申込みを受け付ける。", "継続"),
                                   ("(ｲ)", "Ｗｅｂ口座振替受付サービスを導入する。", "新規")]),
            ("イ", "早期の催告", [("(ｱ)", "納期限後２０日以内に督促状を発送し、翌月に電話催告を行う。", "継続")])]),
        ("（２）", "滞納繰越分の整理", [
            ("ア", "滞納処分の強化", [("(ｱ)", "財産調査を電子照会で行い、判明した預貯金等を速やかに差し押さえる。", "拡充"),
                                  ("(ｲ)", "生活困窮の世帯は執行停止を適切に判断する。", "継続")])])],
     [("収入未済額", "312,450千円", 312_450_000, "outstanding", "households"),
      ("滞納世帯数", "1,024世帯", 1024, "delinquents", "households")]),
    ("介護保険料", "介護料", "高齢者福祉課", [
        ("（１）", "普通徴収の納付勧奨", [
            ("ア", "新たに６５歳になる方への周知", [("(ｱ)", "誕生月の前月に納付方法の案内と口座振替依頼書を送付する。", "継続")]),
            ("イ", "滞納者への対応", [("(ｱ)", "給付制限の説明を含めた催告書を年２回送付する。", "拡充")])])],
     [("収入未済額", "34,912千円", 34_912_000, "outstanding", None)]),
    ("市営住宅使用料", "住宅使用料", "都市計画課", [
        ("（１）", "入居者の滞納対策", [
            ("ア", "初期対応", [("(ｱ)", "滞納１か月で電話催告、３か月で連帯保証人へ通知する。", "継続")]),
            ("イ", "法的措置", [("(ｱ)", "悪質な長期滞納者には明渡請求訴訟を提起する。", "継続"),
                             ("(ｲ)", "退去者の未納分は支払督促を計画的に申し立てる。", "新規")])])],
     [("収入未済額", "52,614千円", 52_614_000, "outstanding", None),
      ("滞納者数", "63人", 63, "delinquents", "persons")]),
]
C.new_page()
C.text(X, 60, "第４章　債権ごとの取組", 14, "g")
C.line(X, 66, X + W, 66, 1.2)
y = 88
for si, (canon, short, dept, blocks, ref) in enumerate(SHEETS):
    if si == 2:
        C.new_page()
        y = 60
    C.text(X, y, f"{'１２３'[si]}　債権ごとの取組（{canon}）", 11.5, "g")
    C.text(X + W, y, f"所管課：{dept}", 9, align="r")
    y += 8
    C.line(X, y, X + W, y, 0.6)
    y += 16
    for lab1, title1, subs in blocks:
        C.text(X + 8, y, f"{lab1}{title1}", 10.5, "g")
        y += 16
        for lab2, title2, items in subs:
            C.text(X + 22, y, f"{lab2}　{title2}", 10)
            y += 15
            for lab3, t, stt in items:
                G.init(t, debt=canon, debt_raw=canon, fy=2025, section=f"{lab1}{title1}",
                       label=f"{lab1}{lab2}{lab3}", status=stt)
                y = C.para(X + 36, y, f"{lab3}　{t}【{stt}】", W - 40, 9.5, indent_next=22, leading=1.5)
        y += 4
    # 【参考】 box
    C.rect(X + 240, y, X + W, y + 18 + 14 * len(ref), width=0.7)
    C.text(X + 248, y + 13, "【参考】令和５年度末の状況", 9, "g")
    yy = y + 27
    for lab, raw, val, metric, unit in ref:
        kw = dict(debt=canon, debt_raw=canon, fy=2023, fy_raw="令和５年度")
        if metric == "delinquents":
            s = G.fact(raw, val, metric, unit=unit, **kw)
        else:
            s = G.fact(raw, val, metric, **kw)
        C.text(X + 252, yy, f"・{lab}：{s}", 9)
        yy += 14
    y = yy + 18

# 第５章
y += 6
C.text(X, y, "第５章　推進体制", 14, "g")
C.line(X, y + 6, X + W, y + 6, 1.2)
y += 28
y = C.para(X, y, "副市長を会長とする諏訪市債権管理推進会議において、毎年度の取組状況と目標の達成状況を確認する。"
                 "達成が困難な債権については、所管課と収納課が合同で改善策を検討し、必要に応じて徴収事務の引継ぎを行う。",
           W, 10, first_indent=10)
y += 10
y = C.para(X, y, "また、計画の最終年度である令和９年度には、本計画の検証を行い、次期計画の策定に反映する。", W, 10, first_indent=10)

C.save(PDF_DIR / f"{STEM}.pdf")
G.write(PDF_DIR / f"{STEM}.pdf")
