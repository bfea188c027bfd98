"""e_asahikawa_plan_1: 旭川市行財政改革推進プログラム2024 取組項目（市税等の収納率向上・未収金の縮減）.

Modelled on 旭川市「行財政改革推進プログラム2016（平成28年度～平成31年度）」 (収納率向上の目標値, 取組項目ごとの記載)
and the 行政評価懇談会会議録 discussing it. python-docx → LibreOffice, A4 portrait. Figures invented."""
from __future__ import annotations

from e_common import OUT, PDF, F, I, comma, rate, to_pdf, write_gold
from e_docx import box, header_footer, new_doc, page_break, para, table

STEM = "e_asahikawa_plan_1"
MUNI = "旭川市"
TITLE = "旭川市行財政改革推進プログラム2024　取組項目別計画（市税等の収納率向上・未収金の縮減）"

DEBTS = ["市税", "国民健康保険料", "介護保険料", "保育料", "市営住宅使用料"]
YEARS = [("令和４年度実績", 2022, "actual"), ("５年度見込", 2023, "estimate"),
         ("７年度目標", 2025, "target"), ("９年度目標", 2027, "target")]
RATES = {  # segment -> debt -> four values (printed strings)
    "現年度": {"市税": ["99.12", "99.18", "99.25", "99.35"], "国民健康保険料": ["94.05", "94.20", "94.50", "94.80"],
            "介護保険料": ["99.02", "99.05", "99.10", "99.20"], "保育料": ["98.46", "98.60", "98.80", "99.00"],
            "市営住宅使用料": ["97.83", "97.90", "98.10", "98.30"]},
    "過年度": {"市税": ["24.36", "25.10", "26.50", "28.00"], "国民健康保険料": ["21.84", "22.40", "23.50", "25.00"],
            "介護保険料": ["18.77", "19.30", "20.00", "21.00"], "保育料": ["15.92", "16.40", "18.00", "20.00"],
            "市営住宅使用料": ["12.05", "12.60", "14.00", "15.50"]},
}
SEG = {"現年度": "current", "過年度": "arrears", "計": "total"}
OUTST = [("市税", 1426318, 1150000), ("国民健康保険料", 1958442, 1700000), ("介護保険料", 182905, 150000),
         ("保育料", 96417, 80000), ("市営住宅使用料", 214630, 190000), ("その他", 304288, 280000)]

# per-debt 決算 detail: (debt, 所管課, 現年度調定額, 過年度不納欠損額, R9 計 target rate)
DETAIL = [("市税", "税務部納税課", 38415220, 120512, "98.60"),
          ("国民健康保険料", "福祉保険部国民健康保険課", 9874310, 286540, "89.70"),
          ("市営住宅使用料", "建築部市営住宅課", 1623480, 18220, "90.40")]

INITS = {
    "市税": [("①", "納期限を過ぎた案件には早期に催告を行い、滞納の初期段階での自主納付を促す。", "継続", False),
           ("②", "預貯金・給与等の財産調査を早期に実施し、納付資力がありながら納付しない者には差押えを執行する。", "継続", False),
           ("③", "スマートフォン決済アプリによる納付の対象税目を拡大し、納付機会の充実を図る。", "拡充", False),
           ("④", "徴収の見込みがない滞納繰越案件については、滞納処分の執行停止を適正に行い整理を進める。", "新規", True)],
    "国民健康保険料": [("①", "資格喪失の届出時に未納額を確認し、喪失時点での一括納付を案内する。", "継続", False),
                 ("②", "加入手続の窓口で口座振替を勧奨し、口座振替率の向上を図る。", "拡充", False),
                 ("③", "市税と重複する滞納案件は、納税課と共同で財産調査と滞納整理を行う。", "新規", True)],
    "市営住宅使用料": [("①", "滞納３か月の時点で入居者及び連帯保証人への通知と面談を行う。", "継続", False),
                 ("②", "高額・長期の滞納者に対しては、明渡し請求訴訟を含む法的措置を講じる。", "継続", False),
                 ("③", "退去者の未納分について、債権回収業務の民間委託を試行する。", "新規", False)],
}


def detail_numbers(debt, a_c, w_a, outstanding):
    rc = RATES["現年度"][debt][0]
    ra = RATES["過年度"][debt][0]
    c_c = round(a_c * float(rc) / 100)
    assert str(rate(c_c, a_c)) == rc
    need = outstanding - (a_c - c_c) + w_a  # = A_a - C_a
    a_a = int(need / (1 - float(ra) / 100)) - 50
    while True:
        c_a = round(a_a * float(ra) / 100)
        if a_a - c_a == need and str(rate(c_a, a_a)) == ra:
            break
        a_a += 1
    return dict(a_c=a_c, c_c=c_c, a_a=a_a, c_a=c_a, w_a=w_a, o_c=a_c - c_c, o_a=a_a - c_a - w_a)


def build():
    facts, inits = [], []
    d = new_doc(size=10.5)
    header_footer(d, "旭川市行財政改革推進プログラム2024")
    para(d, "旭川市行財政改革推進プログラム2024", bold=True, size=15, align="center")
    para(d, "取組項目別計画", bold=True, size=13, align="center")
    para(d, "（市税等の収納率向上・未収金の縮減）", size=12, align="center", space_after=4)
    para(d, "令和6年(2024年)5月", align="right")
    para(d, "旭 川 市", align="right", space_after=8)

    para(d, "Ⅰ　取組の背景", bold=True, size=11.5, space_after=3)
    total_o = sum(o for _, o, _ in OUTST)
    assert total_o == 4183000
    s1 = "約41億8,300万円"
    s2, s3 = "約14億2,600万円", "約19億5,800万円"
    para(d, "　本市では、これまでの行財政改革推進プログラムに基づき、市税をはじめとする各債権の収納率向上に取り組んで"
            "きました。令和４年度決算における市税等の収入未済額は" + s1 + "であり、うち市税が" + s2 + "、国民健康保険料が"
            + s3 + "となっています。現年度債権の収納率は高い水準を維持しているものの、現年度で徴収しきれずに累積した"
            "過年度債権の影響により、全体の収納率は伸び悩んでいます。", space_after=4)
    facts += [F(None, 2022, "令和４年度", "total", "outstanding", "actual", 4183000000, "yen", s1, approx=True,
                debt_raw=None),
              F("市税", 2022, "令和４年度", "total", "outstanding", "actual", 1426000000, "yen", s2, approx=True),
              F("国民健康保険料", 2022, "令和４年度", "total", "outstanding", "actual", 1958000000, "yen", s3,
                approx=True)]
    para(d, "　このため、本計画では債権ごとに収納率と収入未済額の目標値を定め、所管課が取組を進めるとともに、"
            "行財政改革推進本部において毎年度進捗を確認します。", space_after=6)
    table(d, [["取組項目", "市税等の収納率向上・未収金の縮減", "取組期間", "令和６年度～令和９年度"]],
          [25, 75, 22, 48], size=9.5, header_rows=0)
    para(d, "", space_after=6)

    para(d, "Ⅱ　目標値", bold=True, size=11.5, space_after=3)
    para(d, "１　収納率の目標値（単位：％）", bold=True, space_after=2)
    rows = [["区分", "年度"] + DEBTS]
    merges = []
    for seg in ("現年度", "過年度"):
        r0 = len(rows)
        for k, (ylab, fy, basis) in enumerate(YEARS):
            row = [seg if k == 0 else None, ylab]
            for debt in DEBTS:
                v = RATES[seg][debt][k]
                row.append(v)
                facts.append(F(debt, fy, ylab, SEG[seg], "collection_rate", basis, float(v), "percent", v))
            rows.append(row)
        merges.append((r0, 0, r0 + 3, 0))
    for r in rows:
        for j in range(len(r)):
            if r[j] is None:
                r[j] = None
    rows2 = [[c if c is not None else None for c in r] for r in rows]
    # merged cells need a value only in the first cell
    for (r0, c0, r1, c1) in merges:
        for rr in range(r0 + 1, r1 + 1):
            rows2[rr][0] = None
    table(d, [[c if c is not None else "" for c in r] for r in rows2], [16, 26, 24, 30, 24, 22, 30], size=9,
          merges=merges)
    para(d, "※ 現年度は現年度分、過年度は滞納繰越分の収納率です。５年度は決算見込みの数値です。", size=8.5,
         space_after=6)

    para(d, "２　収入未済額の目標（単位：千円）", bold=True, space_after=2)
    rows = [["債権名", "令和４年度決算", "令和９年度目標", "増減"]]
    for debt, o, t in OUTST:
        rows.append([debt, comma(o), comma(t), comma(t - o)])
        dn, dr = (None, "その他") if debt == "その他" else (debt, debt)
        facts.append(F(dn, 2022, "令和４年度決算", "total", "outstanding", "actual", o * 1000, "yen", comma(o),
                       debt_raw=dr))
        facts.append(F(dn, 2027, "令和９年度目標", "total", "outstanding", "target", t * 1000, "yen", comma(t),
                       debt_raw=dr))
    tt = sum(t for _, _, t in OUTST)
    rows.append(["合計", comma(total_o), comma(tt), comma(tt - total_o)])
    facts.append(F(None, 2022, "令和４年度決算", "total", "outstanding", "actual", total_o * 1000, "yen",
                   comma(total_o), debt_raw="合計"))
    facts.append(F(None, 2027, "令和９年度目標", "total", "outstanding", "target", tt * 1000, "yen", comma(tt),
                   debt_raw="合計"))
    table(d, rows, [50, 38, 38, 34], size=9.5)
    para(d, "※ その他は、下水道使用料、児童扶養手当返還金、生活保護費返還金等の合計です。", size=8.5)
    page_break(d)

    para(d, "Ⅲ　債権ごとの取組", bold=True, size=11.5, space_after=4)
    outst = dict((a, b) for a, b, _ in OUTST)
    for n, (debt, ka, a_c, w_a, t_total) in enumerate(DETAIL, start=1):
        x = detail_numbers(debt, a_c, w_a, outst[debt])
        para(d, f"{n}　債権ごとの取組（{debt}）", bold=True, space_before=4, space_after=3)
        table(d, [["債権名", debt, "所管課", ka]], [22, 58, 22, 68], size=9.5, header_rows=0)
        para(d, "（単位：千円、％）", size=8.5, align="right")
        hdr1 = ["区分", "令和４年度決算", "", "", "", "", "令和９年度目標"]
        hdr2 = ["", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率", "収納率"]
        A, C, W = x["a_c"] + x["a_a"], x["c_c"] + x["c_a"], x["w_a"]
        tot_rate = str(rate(C, A))
        assert A - C - W == outst[debt]
        t9 = {"現年度": RATES["現年度"][debt][3], "過年度": RATES["過年度"][debt][3], "計": t_total}
        body = [("現年度", x["a_c"], x["c_c"], None, x["o_c"], RATES["現年度"][debt][0]),
                ("過年度", x["a_a"], x["c_a"], x["w_a"], x["o_a"], RATES["過年度"][debt][0]),
                ("計", A, C, W, A - C - W, tot_rate)]
        rows = [hdr1, hdr2]
        for seg, a, c, w, o, r in body:
            rows.append([seg, comma(a), comma(c), "－" if w is None else comma(w), comma(o), r, t9[seg]])
            sg = SEG[seg]
            fy, fr = 2022, "令和４年度決算"
            facts.append(F(debt, fy, fr, sg, "assessed", "actual", a * 1000, "yen", comma(a)))
            facts.append(F(debt, fy, fr, sg, "collected", "actual", c * 1000, "yen", comma(c)))
            if w is not None:
                facts.append(F(debt, fy, fr, sg, "written_off", "actual", w * 1000, "yen", comma(w)))
            facts.append(F(debt, fy, fr, sg, "outstanding", "actual", o * 1000, "yen", comma(o)))
            facts.append(F(debt, fy, fr, sg, "collection_rate", "actual", float(r), "percent", r))
            facts.append(F(debt, 2027, "令和９年度目標", sg, "collection_rate", "target", float(t9[seg]), "percent",
                           t9[seg]))
        table(d, rows, [18, 28, 28, 24, 26, 20, 26], size=9, header_rows=2,
              merges=[(0, 0, 1, 0), (0, 1, 0, 5)])
        if debt == "市税":
            para(d, "　令和４年度末の市税の滞納者数は12,486人であり、令和９年度末までに10,000人まで減少させることを"
                    "目標とします。", space_before=3)
            facts.append(F("市税", 2022, "令和４年度", "total", "delinquents", "actual", 12486, "persons",
                           "12,486人"))
            facts.append(F("市税", 2027, "令和９年度", "total", "delinquents", "target", 10000, "persons",
                           "10,000人"))
        para(d, "", space_after=2)
        lines = []
        for lab, text, tag, wrap in INITS[debt]:
            if wrap:
                lines.append((f"{lab}　{text}", {"indent": 5, "hang": 5}))
                lines.append((f"【{tag}】", {"indent": 5}))
            else:
                lines.append((f"{lab}　{text}【{tag}】", {"indent": 5, "hang": 5}))
            inits.append(I(debt, 2024, "主な取組", lab, text, tag))
        box(d, lines, title="主な取組", size=9.5)
        if n == 2:
            page_break(d)
    para(d, "", space_after=4)
    para(d, "Ⅳ　進捗管理", bold=True, size=11.5, space_after=3)
    para(d, "　各所管課は、毎年度の決算確定後に目標値に対する実績を取りまとめ、行財政改革推進本部に報告します。"
            "目標の達成が困難な債権については、取組内容を見直し、翌年度の取組に反映させます。")

    docx = OUT / f"{STEM}.docx"
    d.save(docx)
    pdf = to_pdf(docx, PDF / f"{STEM}.pdf", "asa")
    document = {"kind": "plan", "municipality": MUNI, "title": TITLE, "date": "2024-05-01",
                "date_raw": "令和6年(2024年)5月"}
    return write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
