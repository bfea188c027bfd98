"""盛岡市「令和７年度市税収納率向上対策」型の plan（python-docx → LibreOffice、A4縦）。"""
from decimal import Decimal as D

from e_common import OUT, PDF, c, fact, init, rate, to_pdf, write_gold, zen
from e_docxutil import box, footer_page, header_text, new_doc, page_break, para, table

STEM = "e_morioka_plan_1"
CITY = "盛岡市"
TITLE = "令和７年度市税収納率向上対策"

# ---- 令和５年度決算（千円）
R5 = {
    "市税": {"現年課税分": (48_912_345, 48_510_221, 1_234),
             "滞納繰越分": (1_612_480, 398_115, 152_300)},
    "国民健康保険税": {"現年課税分": (6_845_210, 6_412_876, 2_140),
                 "滞納繰越分": (2_105_660, 512_340, 301_200)},
}


def seg_rows(d):
    cur, arr = d["現年課税分"], d["滞納繰越分"]
    tot = tuple(a + b for a, b in zip(cur, arr))
    out = {}
    for k, (a, col, wo) in (("現年課税分", cur), ("滞納繰越分", arr), ("合計", tot)):
        out[k] = {"assessed": a, "collected": col, "written_off": wo, "outstanding": a - col - wo,
                  "rate": rate(col, a)}
    return out


S5 = {k: seg_rows(v) for k, v in R5.items()}
# 見込・目標の収納率（％）
EST6 = {"市税": {"現年課税分": D("99.21"), "滞納繰越分": D("26.10"), "合計": D("97.35")},
        "国民健康保険税": {"現年課税分": D("93.90"), "滞納繰越分": D("25.40"), "合計": D("78.55")}}
TGT7 = {"市税": {"現年課税分": D("99.25"), "滞納繰越分": D("27.00"), "合計": D("97.50")},
        "国民健康保険税": {"現年課税分": D("94.10"), "滞納繰越分": D("26.50"), "合計": D("79.20")}}
# 収入未済額（千円）
OUTS = {"市税": (S5["市税"]["合計"]["outstanding"], 1_318_240, 1_250_000),
        "国民健康保険税": (S5["国民健康保険税"]["合計"]["outstanding"], 1_641_905, 1_560_000)}
TOT_OUT = tuple(OUTS["市税"][i] + OUTS["国民健康保険税"][i] for i in range(3))
SEGS = {"現年課税分": "current", "滞納繰越分": "arrears", "合計": "total"}

facts, inits = [], []
FY = 2025


def F(*a, **k):
    facts.append(fact(*a, **k))


def build():
    d = new_doc("IPAexMincho", 10.5)
    header_text(d, "盛岡市財政部納税課")
    footer_page(d, "- {} -")

    # ---------------- page 1
    para(d, TITLE, size=15, bold=True, align="center", after=4)
    para(d, "令和７年５月　盛岡市財政部納税課", align="right", after=8)
    para(d, "基本方針", size=12, bold=True, after=4)
    para(d, "１　基本的な考え方", bold=True)
    est_out = OUTS["市税"][1]
    oku = est_out * 1000 // 100_000_000
    man = round((est_out * 1000 % 100_000_000) / 10_000, -2)
    approx_txt = f"約{oku}億{int(man):,}万円"
    para(d, "　市税は本市の自主財源の根幹であり、納付者の負担の公平性を確保するため、厳正で的確な滞納整理と"
            "効率的な収納態勢の整備をより一層進め、収納率の向上を目指します。"
            f"令和６年度の市税の収納率は、決算見込みで{EST6['市税']['合計']}％と前年度を上回る見込みですが、"
            f"収入未済額は{approx_txt}と依然として多額であり、引き続き滞納額の圧縮に取り組む必要があります。",
         indent_mm=4, after=6)
    F("市税", 2024, "令和６年度", "total", "collection_rate", "estimate", EST6["市税"]["合計"], "percent",
      f"{EST6['市税']['合計']}％", 1)
    F("市税", 2024, "令和６年度", "total", "outstanding", "estimate", int(oku * 100_000_000 + man * 10_000), "yen",
      approx_txt, 1, approx=True)
    para(d, "２　令和７年度収納率向上のための基本方針", bold=True)
    for s in ("市税等の滞納解消及び自主財源の早期確保", "事務等の随時見直しによる収納環境や徴収体制の整備",
              "滞納整理に係る具体的な数値目標の設定"):
        para(d, "・" + s, indent_mm=6)
    para(d, "", after=4)
    para(d, "３　計画期間", bold=True)
    para(d, "　令和７年４月１日から令和８年３月31日まで（令和７年度）", indent_mm=4, after=4)
    para(d, "４　対象とする税目", bold=True)
    para(d, "　市税（個人市県民税、法人市民税、固定資産税、軽自動車税、市たばこ税等）及び国民健康保険税",
         indent_mm=4, after=4)
    para(d, "５　現状と課題", bold=True)
    para(d, "　国民健康保険税は、加入者の高齢化や所得の伸び悩みから滞納繰越分の収納が伸びておらず、"
            f"令和５年度決算の収入未済額は{c(S5['国民健康保険税']['合計']['outstanding'])}千円となっています。"
            "市税と同様に早期の財産調査と滞納処分を進めることが課題です。", indent_mm=4)
    F("国民健康保険税", 2023, "令和５年度", "total", "outstanding", "actual",
      S5["国民健康保険税"]["合計"]["outstanding"] * 1000, "yen",
      f"{c(S5['国民健康保険税']['合計']['outstanding'])}千円", 1)
    page_break(d)

    # ---------------- page 2 : 取組
    para(d, "令和７年度収納率向上のための具体的な取り組みの方向性", size=12, bold=True, after=4)
    sec1 = "１　市税等の滞納解消及び自主財源の早期確保"
    para(d, sec1, bold=True, after=2)
    items = [
        ("(1)", "(1)", "夜間・休日納付相談窓口を毎月定期的に開設するとともに、広報もりおか及び市ホームページでその周知に努めます。", "継続", "inline", 4),
    ]
    for lab, glab, txt, st, mode, ind in items:
        para(d, f"{lab}　{txt}【{st}】", indent_mm=ind)
        inits.append(init("市税", FY, sec1, glab, txt, st, 2))
    para(d, "(2)　適宜適切な滞納整理と納期内納付を推進します。", indent_mm=4)
    groups = [
        ("ア", "適宜適切な滞納整理による滞納額の圧縮に努めます。", [
            ("滞納額20万円未満の少額案件について、早期の財産調査を重点的に行います。", "継続", "inline"),
            ("納税意識が希薄な滞納者には厳正に対処する一方、一時的に納付が困難な方には納税の猶予制度を適用するなど、個別の実情を把握した上で滞納整理を進めます。", "継続", "inline"),
            ("増加傾向にある死亡者課税分の滞納を解消するため、課税担当課と相続人調査の情報を共有します。", "拡充", "inline"),
        ]),
        ("イ", "納期内納付の推進により、効率的な債権回収に努めます。", [
            ("令和７年10月から開始するWeb口座振替受付サービスを周知し、口座振替の利用拡大を図ります。", "新規", "inline"),
            ("納税推進センターにおいて、SMSによる納付勧奨と口座振替の案内を行います。", "拡充", "wrap"),
            ("スマホ決済納付やクレジットカード納付など、多様な納付方法の周知を継続します。", "継続", "inline"),
        ]),
        ("ウ", "困難案件の対応と進捗管理", [
            ("高額・困難案件は担当者ごとに処理計画を作成し、毎月の進捗会議で管理します。", "継続", "inline"),
            ("捜索やインターネット公売を計画的に実施し、換価による滞納解消を進めます。", "継続", "wrap"),
        ]),
    ]
    for g, head, subs in groups:
        para(d, f"{g}　{head}", indent_mm=9)
        for txt, st, mode in subs:
            body = f"・{txt}【{st}】" if mode == "inline" else f"・{txt}\n【{st}】"
            para(d, body, indent_mm=14)
            inits.append(init("市税", FY, sec1, f"(2){g}", txt, st, 2))
    t3 = "「岩手県地方税特別滞納整理機構」へ処理困難案件を引き継ぎ、同機構と連携して滞納整理を行います。"
    para(d, f"(3)　{t3}【継続】", indent_mm=4, after=6)
    inits.append(init("市税", FY, sec1, "(3)", t3, "継続", 2))

    sec2 = "２　事務等の随時見直しによる収納環境や徴収体制の整備"
    para(d, sec2, bold=True, after=2)
    for lab, txt, st in (
        ("(1)", "滞納整理システムの催告データを活用し、催告書の発送時期と対象の見直しを行います。", "拡充"),
        ("(2)", "新任職員を対象とした徴収実務研修を年２回実施し、徴収職員の専門性を高めます。", "継続"),
        ("(3)", "国民健康保険税の担当課と滞納情報を共有し、市税と一体的な滞納整理を行います。", "継続"),
    ):
        para(d, f"{lab}　{txt}【{st}】", indent_mm=4)
        inits.append(init("市税", FY, sec2, lab, txt, st, 2))
    page_break(d)

    # ---------------- page 3 : 数値目標 (1)
    para(d, "３　滞納整理に係る具体的な数値目標の設定", bold=True, after=4)
    para(d, "(1)　収納率の目標", indent_mm=2)
    para(d, "（単位：％）", align="right", size=9)
    rows = [["区分", None, "令和５年度\n実績", "６年度\n見込", "７年度\n目標", "差\n（７年度－６年度）"]]
    for debt in ("市税", "国民健康保険税"):
        for i, seg in enumerate(("現年課税分", "滞納繰越分", "合計")):
            r5 = S5[debt][seg]["rate"]
            e6, t7 = EST6[debt][seg], TGT7[debt][seg]
            diff = t7 - e6
            rows.append([debt if i == 0 else "^", seg, f"{r5}", f"{e6}", f"{t7}", f"{diff:+.2f}".replace("+", "")])
            sg = SEGS[seg]
            F(debt, 2023, "令和５年度", sg, "collection_rate", "actual", r5, "percent", f"{r5}", 3)
            F(debt, 2024, "６年度", sg, "collection_rate", "estimate", e6, "percent", f"{e6}", 3)
            F(debt, 2025, "７年度", sg, "collection_rate", "target", t7, "percent", f"{t7}", 3)
    table(d, rows, widths_mm=[34, 28, 24, 24, 24, 34], size=9.5, aligns=[None, None, "right", "right", "right", "right"])
    para(d, "※令和５年度は決算額による。６年度は令和７年３月末現在の見込みによる。", size=9, after=8)

    para(d, "　市税の現年課税分については、納期内納付の推進により99.25％を目標とし、滞納繰越分については、"
            "財産調査の早期着手と換価の推進により27.00％を目標とします。", indent_mm=2, after=8)
    F("市税", 2025, "令和７年度", "current", "collection_rate", "target", TGT7["市税"]["現年課税分"], "percent", "99.25％", 3)
    F("市税", 2025, "令和７年度", "arrears", "collection_rate", "target", TGT7["市税"]["滞納繰越分"], "percent", "27.00％", 3)

    para(d, "(2)　収入未済額の目標", indent_mm=2)
    para(d, "（単位：千円）", align="right", size=9)
    rows = [["区分", "令和５年度決算", "令和６年度決算見込", "令和７年度目標", "増減\n（７年度－６年度）"]]
    for debt in ("市税", "国民健康保険税"):
        a, b, t = OUTS[debt]
        rows.append([debt, c(a), c(b), c(t), c(t - b)])
        F(debt, 2023, "令和５年度", "total", "outstanding", "actual", a * 1000, "yen", c(a), 3)
        F(debt, 2024, "令和６年度", "total", "outstanding", "estimate", b * 1000, "yen", c(b), 3)
        F(debt, 2025, "令和７年度", "total", "outstanding", "target", t * 1000, "yen", c(t), 3)
    a, b, t = TOT_OUT
    rows.append(["合計", c(a), c(b), c(t), c(t - b)])
    for fy, fyr, bs, v in ((2023, "令和５年度", "actual", a), (2024, "令和６年度", "estimate", b), (2025, "令和７年度", "target", t)):
        F(None, fy, fyr, "total", "outstanding", bs, v * 1000, "yen", c(v), 3, debt_raw="合計")
    table(d, rows, widths_mm=[34, 30, 34, 30, 34], size=9.5, aligns=[None, "right", "right", "right", "right"])
    page_break(d)

    # ---------------- page 4 : (3) + 参考
    para(d, "(3)　滞納者数及び滞納処分の目標", indent_mm=2, after=2)
    rows = [["項目", "単位", "令和６年度末見込", "令和７年度末目標"],
            ["滞納者数（市税）", "人", "4,812", "4,500"],
            ["差押件数", "件", "1,150", "1,200"],
            ["捜索件数", "件", "10", "12"],
            ["インターネット公売出品件数", "件", "24", "30"]]
    table(d, rows, widths_mm=[60, 16, 40, 40], size=9.5, aligns=[None, "center", "right", "right"])
    F("市税", 2024, "令和６年度末", "total", "delinquents", "estimate", 4812, "persons", "4,812", 4)
    F("市税", 2025, "令和７年度末", "total", "delinquents", "target", 4500, "persons", "4,500", 4)
    para(d, "", after=8)

    s = S5["市税"]["合計"]
    box(d, [
        "【参考】令和５年度決算の状況（市税）",
        f"・調定額：{c(s['assessed'])}千円",
        f"・収入済額：{c(s['collected'])}千円",
        f"・不納欠損額：{c(s['written_off'])}千円",
        f"・収入未済額：{c(s['outstanding'])}千円",
        f"・収納率：{s['rate']}％（現年課税分 {S5['市税']['現年課税分']['rate']}％、滞納繰越分 {S5['市税']['滞納繰越分']['rate']}％）",
    ], size=10)
    for m in ("assessed", "collected", "written_off", "outstanding"):
        F("市税", 2023, "令和５年度", "total", m, "actual", s[m] * 1000, "yen", f"{c(s[m])}千円", 4)
    F("市税", 2023, "令和５年度", "total", "collection_rate", "actual", s["rate"], "percent", f"{s['rate']}％", 4)
    F("市税", 2023, "令和５年度", "current", "collection_rate", "actual", S5["市税"]["現年課税分"]["rate"], "percent",
      f"{S5['市税']['現年課税分']['rate']}％", 4)
    F("市税", 2023, "令和５年度", "arrears", "collection_rate", "actual", S5["市税"]["滞納繰越分"]["rate"], "percent",
      f"{S5['市税']['滞納繰越分']['rate']}％", 4)
    para(d, "", after=8)
    para(d, "６　進行管理", bold=True)
    para(d, "　本対策の進捗状況は、四半期ごとに納税課内の収納対策会議で確認し、目標の達成が困難と見込まれる項目については、"
            "取組内容を随時見直します。また、年度終了後に実績を取りまとめ、市ホームページで公表します。", indent_mm=4)

    src = OUT / f"{STEM}.docx"
    d.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "morioka")
    return write_gold(STEM, "plan", CITY, TITLE, "2025-05-01", "令和７年５月", facts, inits)


if __name__ == "__main__":
    build()
