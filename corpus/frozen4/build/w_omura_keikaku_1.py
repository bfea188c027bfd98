"""大村市債権管理計画（令和7年度～令和9年度） — plan, python-docx -> LibreOffice.

Modelled on 大村市「市債権の管理に関する基本方針」(基本方針1 一元化 / 基本方針2 現年度収納率の向上による
滞納債権の発生の抑制). Figures invented, internally consistent.
"""
from __future__ import annotations

from w_common import Doc, OUT, PDF_DIR, finish, k, soffice_pdf, zen
from w_docx_util import GOTHIC, box, header_footer, new_doc, page_break, para, table

STEM = "w_omura_keikaku_1"
doc = Doc(STEM, "plan", "大村市", "大村市債権管理計画（令和7年度～令和9年度）", "2025-03-01", "令和7年3月")

DEBTS = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育所保育料", "市営住宅使用料"]
RATE_CUR = {  # 令和元..5年度 現年度分収納率
    "市税": [98.62, 98.71, 98.95, 99.04, 99.12],
    "国民健康保険税": [93.10, 93.84, 94.27, 94.50, 94.81],
    "介護保険料": [98.80, 98.91, 99.02, 99.05, 99.11],
    "後期高齢者医療保険料": [99.40, 99.46, 99.52, 99.55, 99.58],
    "保育所保育料": [97.85, 98.10, 98.36, 98.21, 98.47],
    "市営住宅使用料": [96.40, 96.72, 97.05, 97.18, 97.33],
}
OUTST = {  # 千円 令和3,4,5年度
    "市税": [612345, 575210, 541876],
    "国民健康保険税": [498120, 472905, 455630],
    "介護保険料": [41230, 39870, 38115],
    "後期高齢者医療保険料": [8915, 8402, 8110],
    "保育所保育料": [22480, 21390, 20765],
    "市営住宅使用料": [61250, 59880, 58420],
}
ARR_R5 = {"市税": 28.40, "国民健康保険税": 24.15, "介護保険料": 18.60, "後期高齢者医療保険料": 35.20,
          "保育所保育料": 20.35, "市営住宅使用料": 15.80}
TARGET = {"市税": (99.30, 32.00), "国民健康保険税": (95.50, 27.00), "介護保険料": (99.20, 21.00),
          "後期高齢者医療保険料": (99.60, 38.00), "保育所保育料": (98.70, 24.00), "市営住宅使用料": (97.80, 19.00)}
TOT = [sum(v[i] for v in OUTST.values()) for i in range(3)]
assert TOT[2] == 1122916

d = new_doc()
header_footer(d, None, "- {} -")

para(d, "大村市債権管理計画", font=GOTHIC, size=18, align="center", space_before=60)
para(d, "（令和７年度～令和９年度）", font=GOTHIC, size=13, align="center", space_after=30)
para(d, "令和７年３月", size=12, align="center")
para(d, "大　村　市", size=12, align="center", space_after=40)

para(d, "１　計画策定の趣旨", font=GOTHIC, size=12, space_before=10)
para(d, "　本市は、財政の健全化を図るとともに、行政サービスの受益者負担の公平性を確保するため、市税や各種使用料など"
        "市債権の収納率の向上に取り組んできました。平成28年１月に「市債権の管理に関する基本方針」を策定し、滞納債権の"
        "回収と発生の抑制に努めてきたところです。")
txt = ("　しかしながら、令和５年度末の収入未済額は、本計画の対象とする６債権の合計で約11億2,300万円となっており、"
       "依然として多額の債権が過年度分として次年度以降に繰り越されています。")
para(d, txt)
doc.fact(None, 2023, "令和５年度末", "total", "outstanding", "actual", 1123000000, "yen", "約11億2,300万円",
         approx=True, debt_raw=None)
para(d, "　このため、基本方針の考え方を引き継ぎ、令和７年度から令和９年度までの３か年を計画期間とする「大村市債権管理"
        "計画」を策定し、債権ごとの目標と具体的な取組を定めて、全庁的に債権管理の適正化を進めます。")

page_break(d)
para(d, "２　市債権の現状", font=GOTHIC, size=12)
para(d, "（１）収納率の推移", font=GOTHIC, size=11)
para(d, "　対象債権の現年度分の収納率は、次表のとおり概ね上昇傾向にありますが、国民健康保険税及び市営住宅使用料は"
        "他の債権に比べ低い水準にとどまっています。")
para(d, "表１　対象債権の現年度分収納率の推移（単位：％）", font=GOTHIC, size=10, space_before=4)
yrs = ["令和元年度", "２年度", "３年度", "４年度", "５年度"]
rows = [["債権名"] + yrs]
for debt in DEBTS:
    rows.append([debt] + [f"{v:.2f}" for v in RATE_CUR[debt]])
table(d, rows, widths_mm=[48, 24, 24, 24, 24, 24])
for debt in DEBTS:
    for i, v in enumerate(RATE_CUR[debt]):
        doc.fact(debt, 2019 + i, yrs[i], "current", "collection_rate", "actual", v, "percent", f"{v:.2f}",
                 anchor=debt if i == 0 else None)
para(d, "※調定額に対する収入済額の割合（現年度分）。出納整理期間を含む決算数値。", size=8.5)

para(d, "（２）収入未済額の推移", font=GOTHIC, size=11, space_before=8)
para(d, "　収入未済額は、対象６債権の合計で令和３年度の" + f"{k(TOT[0])}千円から令和５年度には{k(TOT[2])}千円へと"
        "減少しています。")
doc.fact(None, 2021, "令和３年度", "total", "outstanding", "actual", TOT[0] * 1000, "yen", f"{k(TOT[0])}千円",
         debt_raw=None)
doc.fact(None, 2023, "令和５年度", "total", "outstanding", "actual", TOT[2] * 1000, "yen", f"{k(TOT[2])}千円",
         debt_raw=None)
para(d, "表２　収入未済額の推移", font=GOTHIC, size=10, space_before=4)
para(d, "（単位：千円）", size=8.5, align="right", space_after=0)
rows = [["債権名", "令和３年度", "令和４年度", "令和５年度", "増減（５年度－４年度）"]]
ycols = ["令和３年度", "令和４年度", "令和５年度"]
for debt in DEBTS + ["合計"]:
    v = OUTST[debt] if debt != "合計" else TOT
    diff = v[2] - v[1]
    rows.append([debt] + [k(x) for x in v] + [("△" + k(-diff)) if diff < 0 else k(diff)])
    for i in range(3):
        doc.fact(None if debt == "合計" else debt, 2021 + i, ycols[i], "total", "outstanding", "actual",
                 v[i] * 1000, "yen", k(v[i]), anchor=debt if i == 0 else None,
                 debt_raw="合計" if debt == "合計" else "same")
table(d, rows, widths_mm=[48, 28, 28, 28, 36])
para(d, "※収入未済額は現年度分と滞納繰越分の合計。千円未満切捨てのため合計が一致しない場合がある。", size=8.5)

para(d, "", space_after=4)
BOX = ["【参考】対象６債権の状況（令和５年度決算）",
       "・調定額：約215億4,800万円",
       "・収入済額：約203億6,700万円",
       "・不納欠損額：約5,800万円",
       "・収入未済額：約11億2,300万円",
       "・収納率（現年度分・滞納繰越分の計）：94.52％"]
box(d, BOX)
for metric, val, raw, unit, appr in (("assessed", 21548000000, "約215億4,800万円", "yen", True),
                                      ("collected", 20367000000, "約203億6,700万円", "yen", True),
                                      ("written_off", 58000000, "約5,800万円", "yen", True),
                                      ("outstanding", 1123000000, "約11億2,300万円", "yen", True),
                                      ("collection_rate", 94.52, "94.52％", "percent", False)):
    doc.fact(None, 2023, "令和５年度決算", "total", metric, "actual", val, unit, raw, approx=appr, debt_raw=None,
             anchor="【参考】対象６債権の状況" if metric == "assessed" else None)
assert round(20367 / 21548 * 100, 2) == 94.52 and 21548 - 20367 - 58 == 1123

page_break(d)
para(d, "３　計画の目標", font=GOTHIC, size=12)
para(d, "　計画期間の最終年度である令和９年度における目標収納率を、債権ごとに次のとおり設定します。")
para(d, "表３　目標収納率", font=GOTHIC, size=10, space_before=4)
rows = [["債権名", "令和５年度決算", "", "目標（令和９年度）", ""],
        ["", "現年度分", "滞納繰越分", "現年度分", "滞納繰越分"]]
for debt in DEBTS:
    a = RATE_CUR[debt][4]
    b = ARR_R5[debt]
    tc, ta = TARGET[debt]
    rows.append([debt, f"{a:.2f}%", f"{b:.2f}%", f"{tc:.2f}%", f"{ta:.2f}%"])
    doc.fact(debt, 2023, "令和５年度決算", "current", "collection_rate", "actual", a, "percent", f"{a:.2f}%",
             anchor=debt)
    doc.fact(debt, 2023, "令和５年度決算", "arrears", "collection_rate", "actual", b, "percent", f"{b:.2f}%")
    doc.fact(debt, 2027, "目標（令和９年度）", "current", "collection_rate", "target", tc, "percent", f"{tc:.2f}%")
    doc.fact(debt, 2027, "目標（令和９年度）", "arrears", "collection_rate", "target", ta, "percent", f"{ta:.2f}%")
table(d, rows, widths_mm=[48, 30, 30, 30, 30], header_rows=2,
      merges=((0, 1, 0, 2), (0, 3, 0, 4), (0, 0, 1, 0)))

para(d, "４　目標達成に向けた取組", font=GOTHIC, size=12, space_before=10)
SECTIONS = [
    ("基本方針１　市債権管理の一元化", [
        ("(1)", "市税及び市税以外の滞納債権の回収・処分を専門に担当する債権管理課を新設し、徴収事務の一元化を図ります。", "新規", "after"),
        ("(2)", "複数の債権を滞納している重複滞納者の情報を関係課で共有し、納付相談の窓口を一本化します。", "新規", "after"),
        ("(3)", "債権管理課と各担当課の合同研修を年２回開催し、滞納整理に関する知識と技術の向上を図ります。", "継続", "after"),
    ]),
    ("基本方針２　現年度収納率の向上による滞納債権の発生の抑制", [
        ("(1)", "口座振替の勧奨を強化するとともに、スマートフォン決済等の納付手段を拡充します。", "拡充", "after"),
        ("(2)", "納期限後20日以内の督促状の発付を徹底し、早期の電話催告につなげます。", "継続", "after"),
        ("(3)", "新たに滞納となった方には初期段階で納付相談を行い、分納となる場合も現年度内の完納を目指します。", None, None),
    ]),
    ("基本方針３　滞納債権の適正な処理", [
        ("(1)", "預貯金や給与等の財産調査を徹底し、納付資力があるにもかかわらず納付しない滞納者には差押え等の滞納処分を実施します。", "継続", "after"),
        ("(2)", "私債権については、催告に応じない債務者に対し支払督促の申立て等の法的措置を計画的に行います。", "拡充", "wrap"),
        ("(3)", "回収の見込みがない債権は、債権管理条例に基づき債権放棄の手続を行い、不納欠損処理を適正に行います。", "新規", "after"),
    ]),
]
for sec, items in SECTIONS:
    para(d, sec, font=GOTHIC, size=10.5, space_before=4)
    for lab, text, tag, where in items:
        if where == "after":
            para(d, f"{lab}　{text}【{tag}】", indent_mm=8, first_mm=-6)
        elif where == "wrap":
            para(d, f"{lab}　{text}", indent_mm=8, first_mm=-6, space_after=0)
            para(d, f"【{tag}】", indent_mm=8, space_after=2)
        else:
            para(d, f"{lab}　{text}", indent_mm=8, first_mm=-6)
        doc.init(None, None, sec.split("　", 1)[1], lab, text, tag)

page_break(d)
para(d, "５　債権ごとの取組", font=GOTHIC, size=12)
PER = {
    "市税": {
        "title": "５－１　債権ごとの取組（市税）",
        "outst": [541876, 520000, 500000, 480000],
        "items": [("①", "滞納額が100万円以上の高額案件は担当者ごとに進行管理表を作成し、月１回の進捗確認を行います。", "継続"),
                  ("②", "長崎県地方税回収機構への移管対象を見直し、困難案件の早期解決を図ります。", "拡充"),
                  ("③", "個人住民税の特別徴収義務者の指定を徹底し、普通徴収分の滞納発生を抑制します。", "継続")],
    },
    "国民健康保険税": {
        "title": "５－２　債権ごとの取組（国民健康保険税）",
        "outst": [455630, 440000, 425000, 410000],
        "items": [("①", "資格喪失後も未納がある世帯には、喪失届出時に納付相談を行い、分納誓約を取り付けます。", "新規"),
                  ("②", "短期被保険者証の更新時に窓口での納付相談を行い、世帯の状況に応じた納付計画を作成します。", "継続")],
    },
}
for debt, spec in PER.items():
    para(d, spec["title"], font=GOTHIC, size=11, space_before=6)
    para(d, "（１）収入未済額の目標", size=10.5)
    para(d, "（単位：千円）", size=8.5, align="right", space_after=0)
    cols = ["令和５年度（実績）", "令和７年度", "令和８年度", "令和９年度"]
    table(d, [["区分"] + cols, ["収入未済額"] + [k(x) for x in spec["outst"]]], widths_mm=[34, 34, 30, 30, 30])
    for i, v in enumerate(spec["outst"]):
        yr = [2023, 2025, 2026, 2027][i]
        doc.fact(debt, yr, cols[i], "total", "outstanding", "actual" if i == 0 else "target", v * 1000, "yen", k(v),
                 anchor=spec["title"] if i == 0 else None)
    para(d, "（２）主な取組", size=10.5, space_before=4)
    for lab, text, tag in spec["items"]:
        para(d, f"{lab}　{text}【{tag}】", indent_mm=8, first_mm=-6)
        doc.init(debt, None, "主な取組", lab, text, tag)

para(d, "６　計画の進行管理", font=GOTHIC, size=12, space_before=10)
para(d, "　各担当課は毎年度、前年度の取組実績と目標の達成状況を債権管理課に報告し、債権管理課はこれを取りまとめて"
        "庁内の債権管理推進会議に報告します。達成状況は市のホームページで公表します。")

OUT.mkdir(parents=True, exist_ok=True)
src = OUT / f"{STEM}.docx"
d.save(src)
pdf = soffice_pdf(src, PDF_DIR / f"{STEM}.pdf")
finish(doc, pdf)
