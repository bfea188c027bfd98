"""e_otaru_iinkai_1: 議会の予算特別委員会 会議録 (python-docx -> LibreOffice Writer, A4 portrait).

Modelled on 小樽市議会 予算特別委員会 会議録 (○横田委員 / ◎topic headings / ○(財政)中田主幹 answers on the
未収金 of all accounts): http://www.otaru.org/gijiroku/iinkai/yosan/Y1904-1214.htm . Names and figures invented.
"""
from __future__ import annotations

from e_common import F, OUT, PDF_DIR, comma, fmt_rate, pct, to_pdf, write_gold
from e_docx import box, header_footer, new_doc, page_break, para, table

STEM = "e_otaru_iinkai_1"
CITY = "小樽市"
FONT = "IPAex明朝"

MEMBERS = [("委員長", "佐藤正樹"), ("副委員長", "高野美咲"), ("委員", "横田修一"), ("委員", "酒井孝"),
           ("委員", "面野大輔"), ("委員", "小池真由美"), ("委員", "石田健"), ("委員", "松田優子")]
SETSUMEI = ["財政部長", "財政部次長", "（財政）債権管理担当主幹", "（納税）納税課長", "医療保険部長",
            "（医療保険）保険収納担当主幹", "子ども・子育て担当部長", "建設部長", "（建設）住宅課長"]

# 別表: 主な債権の状況（令和５年度決算）（単位：千円、％） -- (調定額, 収入済額, 不納欠損額)
BETTAI = {
    "市税": (14352618, 14058390, 28431),
    "国民健康保険料": (3512840, 3157710, 41260),
    "介護保険料": (2841530, 2801260, 9870),
    "後期高齢者医療保険料": (1102480, 1098120, 1050),
    "保育所保育料": (186320, 179840, 1240),
    "市営住宅使用料": (712460, 668930, 6120),
}


def spaced(name: str) -> str:
    return name[:2] + "　" + name[2:] if len(name) == 4 else name


def build():
    facts, stmts = [], []
    doc = new_doc(FONT, 10.5)
    header_footer(doc, "令和６年12月13日　予算特別委員会会議録（３）", "- {PAGE} -")
    para(doc, "令和６年第４回定例会", size=11, align="center")
    para(doc, "予算特別委員会会議録（３）", size=16, bold=True, align="center", after=8)
    rows = [
        ["日時", "令和６年１２月１３日（金）　午後１時００分"],
        ["場所", "第２委員会室"],
        ["議題", "付託案件"],
        ["出席委員", f"委員長　{spaced(MEMBERS[0][1])}　　副委員長　{spaced(MEMBERS[1][1])}\n委員　" +
         "　".join(spaced(n) for r, n in MEMBERS[2:])],
        ["説明員", "・".join(SETSUMEI) + "　ほか関係理事者"],
        ["提出資料", "主な債権の状況（財政部）"],
    ]
    table(doc, rows, [28, 142], size=10, header_rows=0, aligns=["center", "left"])
    para(doc, "", after=4)

    # ---- statements -----------------------------------------------------------------------------
    A = BETTAI
    def rate(d):
        a, c, w = A[d]
        return pct(c, a)
    shizei_total = rate("市税")
    kokuho_o = A["国民健康保険料"][0] - A["国民健康保険料"][1] - A["国民健康保険料"][2]
    kokuho_o_approx = round(kokuho_o * 1000, -6)  # 約3億1,400万円
    assert kokuho_o_approx == 314000000, kokuho_o_approx

    section = None
    script = [
        ("委員長", None, ["開議いたします。", "本日の会議録署名員に、面野委員、石田委員を御指名いたします。",
                          "付託案件を一括議題とし、質疑を続行いたします。", "自民党。"]),
        ("横田委員", "税外収入を含めた市の未収金の状況について",
         ["財政部に伺います。市税も含めた全会計の未収金、いわゆる収入未済額について、ここ５年ほどの推移を全体的にお知らせください。"]),
        ("（財政）中田主幹", None,
         ["全会計の収入未済額でございますが、企業会計につきましては出納整理期間がございませんので、５月末までの収入も含めて整理した数字で申し上げます。",
          "令和元年度末で、全会計で約18億4,000万円の未収金がございました。その後、全庁的な取組により減少傾向にございまして、令和５年度末では約14億2,300万円となっております。",
          "また、令和５年度の不納欠損額は、全会計で約1億2,600万円でございました。"]),
        ("横田委員", None, ["そのうち、一番大きい市税の収納率はどのようになっていますか。"]),
        ("（納税）佐々木納税課長", None,
         [f"令和５年度決算における市税の収納率は、現年課税分が99.28パーセント、滞納繰越分が31.46パーセント、合計で{fmt_rate(shizei_total)}パーセントとなっております。"]),
        ("横田委員", None, ["今年度の状況はどうでしょうか。"]),
        ("（納税）佐々木納税課長", None,
         ["本年10月末現在の市税現年課税分の収納率は63.85パーセントで、前年同月の63.42パーセントを0.43ポイント上回っております。"]),
        ("横田委員", "国民健康保険料の収納状況について",
         ["国民健康保険料について伺います。収納率と滞納の状況はいかがですか。"]),
        ("（医療保険）高橋主幹", None,
         ["令和５年度の国民健康保険料の収納率は、現年度分が95.12パーセント、滞納繰越分が24.30パーセントでございます。",
          f"収入未済額は約3億1,400万円で、令和５年度末時点の滞納世帯数は2,146世帯となっております。"]),
        ("横田委員", "債権管理の推進体制について",
         ["債権管理条例の施行から５年がたちますが、今後どのように全庁的な取組を進めていくのか、お尋ねいたします。"]),
        ("財政部長", None,
         ["各債権の所管部局が作成する回収計画の進捗につきましては、来年２月に予定しております令和６年度第２回小樽市債権管理推進会議において取組結果を報告し、課題を共有してまいります。",
          "あわせて、私債権の法的措置や債権放棄の判断基準について、所管課向けの研修を充実させてまいりたいと考えております。"]),
        ("横田委員", None, ["ぜひ、負担の公平性の観点からもしっかりと取り組んでいただくよう要望して、質問を終わります。"]),
        ("委員長", None, ["自民党の質疑を終結いたします。", "公明党。"]),
        ("小池委員", "市営住宅使用料の滞納について",
         ["市営住宅使用料の収納率と、長期滞納者への対応について伺います。"]),
        ("（建設）住宅課長", None,
         ["令和５年度の市営住宅使用料の収納率は、現年度分が98.64パーセント、滞納繰越分が18.27パーセントでございます。",
          "６か月以上の長期滞納者につきましては、連帯保証人への通知を行うとともに、改善が見られない場合は明渡し請求訴訟を含めて対応しております。"]),
        ("委員長", None, ["公明党の質疑を終結いたします。", "本日は、これをもって散会いたします。"]),
    ]
    for speaker, topic, paras in script:
        para(doc, "○" + speaker, before=6)
        if topic:
            section = topic
            para(doc, "◎" + topic, bold=True)
        for ptxt in paras:
            para(doc, ptxt, first_mm=3.7)
        stmts.append({"speaker": speaker, "section": section, "text": "\n".join(paras), "page": None})

    # facts in speech (page found from the raw)
    facts += [
        F(None, 2019, "令和元年度末", "total", "outstanding", "actual", 1840000000, "yen", "約18億4,000万円",
          approx=True, debt_raw=None),
        F(None, 2023, "令和５年度末", "total", "outstanding", "actual", 1423000000, "yen", "約14億2,300万円",
          approx=True, debt_raw=None),
        F(None, 2023, "令和５年度", "total", "written_off", "actual", 126000000, "yen", "約1億2,600万円",
          approx=True, debt_raw=None),
        F("市税", 2023, "令和５年度決算", "current", "collection_rate", "actual", 99.28, "percent", "99.28パーセント"),
        F("市税", 2023, "令和５年度決算", "arrears", "collection_rate", "actual", 31.46, "percent", "31.46パーセント"),
        F("市税", 2023, "令和５年度決算", "total", "collection_rate", "actual", shizei_total, "percent",
          f"{fmt_rate(shizei_total)}パーセント"),
        F("市税", 2024, "本年10月末", "current", "collection_rate", "interim", 63.85, "percent", "63.85パーセント",
          as_of="2024-10-31"),
        F("市税", 2023, "前年同月", "current", "collection_rate", "interim", 63.42, "percent", "63.42パーセント",
          as_of="2023-10-31"),
        F("国民健康保険料", 2023, "令和５年度", "current", "collection_rate", "actual", 95.12, "percent",
          "95.12パーセント"),
        F("国民健康保険料", 2023, "令和５年度", "arrears", "collection_rate", "actual", 24.30, "percent",
          "24.30パーセント"),
        F("国民健康保険料", 2023, "令和５年度", "total", "outstanding", "actual", kokuho_o_approx, "yen",
          "約3億1,400万円", approx=True),
        F("国民健康保険料", 2023, "令和５年度末", "total", "delinquents", "actual", 2146, "households", "2,146世帯"),
        F("市営住宅使用料", 2023, "令和５年度", "current", "collection_rate", "actual", 98.64, "percent",
          "98.64パーセント"),
        F("市営住宅使用料", 2023, "令和５年度", "arrears", "collection_rate", "actual", 18.27, "percent",
          "18.27パーセント"),
    ]

    # ---- 別表 ------------------------------------------------------------------------------------
    page_break(doc)
    para(doc, "別表（財政部提出資料）", size=10.5)
    para(doc, "主な債権の状況（令和５年度決算）", size=13, bold=True, align="center", before=4, after=2)
    para(doc, "（単位：千円、％）", size=9, align="right")
    head = ["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    rows = [head]
    tot = [0, 0, 0, 0]
    for d, (a, c, w) in BETTAI.items():
        o = a - c - w
        r = pct(c, a)
        rows.append([d, comma(a), comma(c), comma(w), comma(o), fmt_rate(r)])
        tot = [tot[0] + a, tot[1] + c, tot[2] + w, tot[3] + o]
        for metric, v in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o)):
            facts.append(F(d, 2023, "令和５年度決算", "total", metric, "actual", v * 1000, "yen", comma(v),
                           anchor="別表"))
        facts.append(F(d, 2023, "令和５年度決算", "total", "collection_rate", "actual", r, "percent", fmt_rate(r),
                       anchor="別表"))
    rt = pct(tot[1], tot[0])
    rows.append(["合計", *[comma(v) for v in tot], fmt_rate(rt)])
    for metric, v in zip(("assessed", "collected", "written_off", "outstanding"), tot):
        facts.append(F(None, 2023, "令和５年度決算", "total", metric, "actual", v * 1000, "yen", comma(v),
                       anchor="別表", debt_raw="合計"))
    facts.append(F(None, 2023, "令和５年度決算", "total", "collection_rate", "actual", rt, "percent", fmt_rate(rt),
                   anchor="別表", debt_raw="合計"))
    table(doc, rows, [40, 28, 28, 24, 26, 20], size=9.5, aligns=["left"] + ["right"] * 5)
    para(doc, "※収入未済額＝調定額－収入済額－不納欠損額。収納率は調定額に対する収入済額の割合。", size=8.5, before=3)
    para(doc, "※国民健康保険料、介護保険料及び後期高齢者医療保険料は特別会計。保育所保育料は現年度分と過年度分の計。",
         size=8.5)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, PDF_DIR / f"{STEM}.pdf", "otaru")

    attendees = [{"role": r, "title": None, "name": n} for r, n in MEMBERS] + \
                [{"role": t, "title": t} for t in SETSUMEI]
    minutes = {"title": "予算特別委員会会議録（３）", "meeting_number": None, "date": "2024-12-13",
               "method": None, "attendees": attendees, "agenda": ["付託案件"],
               "materials": ["主な債権の状況（財政部）"], "statements": stmts}
    document = {"kind": "minutes", "municipality": CITY, "title": "予算特別委員会会議録（３）",
                "date": "2024-12-13", "date_raw": "令和６年１２月１３日（金）"}
    return pdf, document, facts, minutes


if __name__ == "__main__":
    pdf, document, facts, minutes = build()
    write_gold(STEM, pdf, document, facts, [], minutes)
