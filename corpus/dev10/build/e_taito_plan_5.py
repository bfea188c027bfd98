"""台東区債権管理計画 — python-docx → LibreOffice (portrait, Mincho).

Content of the 会計・款・債権 family (収入未済額 by account over years, a 款/債権 table, prose figures, 今後の取組)
in the layout of the ward's own 決算書 歳入 table (款 / 項 / 調定額 / 収入済額 / 不納欠損額 / 収入未済額, 単位：円)
https://chiholog.net/nisalog/gijilog/13106-20161025-9bcbee3/ja , with an increase/decrease column, era-less years
and a boxed 【参考】 list.
"""
from decimal import Decimal, ROUND_HALF_UP

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt

from e_common import OUT, PDF_DIR, Gold, comma, fw, oku_man, oku_man_value, rate, soffice_pdf
from e_docx import (borders, cell_text, col_widths, footer_page, header_text, new_doc, page_break, para, shade)

STEM = "e_taito_plan_5"
CITY = "台東区"
TITLE = "台東区債権管理計画（令和７年度～令和９年度）"

# 表２ rows: (会計, 款, 債権名, 調定額, 収入済額, 不納欠損額)  — 令和５年度, 円
T2 = [
    ("一般会計", "特別区税", "特別区民税", 38214566300, 37402118540, 61224800),
    ("一般会計", "特別区税", "軽自動車税（種別割）", 98412300, 95170100, 512400),
    ("一般会計", "分担金及び負担金", "保育園保育料", 1120438500, 1098204600, 2284100),
    ("一般会計", "分担金及び負担金", "養護老人ホーム入所者負担金", 61208000, 60114300, 0),
    ("一般会計", "使用料及び手数料", "区営住宅使用料", 412830400, 398512600, 1021300),
    ("一般会計", "使用料及び手数料", "学童クラブ利用料", 88416000, 86950200, 84000),
    ("一般会計", "諸収入", "生活保護費返還金", 512604330, 141227810, 38410200),
    ("一般会計", "諸収入", "応急小口資金貸付金返還金", 41206000, 6204100, 3120000),
    ("一般会計", "諸収入", "女性福祉資金貸付金返還金", 30118200, 4512600, 1865000),
    ("国民健康保険事業会計", "国民健康保険料", "国民健康保険料", 10482116700, 8912704300, 312448200),
    ("国民健康保険事業会計", "諸収入", "第三者行為損害賠償金", 42118640, 30214200, 0),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", 2812440600, 2772116500, 6201400),
    ("介護保険特別会計", "保険料", "介護保険料", 4120338400, 3998214100, 28412300),
    ("介護保険特別会計", "諸収入", "介護給付費返納金", 18240500, 9120300, 0),
]
ACCOUNTS = ["一般会計", "国民健康保険事業会計", "後期高齢者医療特別会計", "介護保険特別会計"]
# 表１ 収入未済額 (千円) 令和元年度～４年度; 令和５年度 is computed from 表２
T1_PAST = {
    "一般会計": [2148215, 2060118, 1912454, 1785331],
    "国民健康保険事業会計": [3528411, 3206220, 2904118, 1688412],
    "後期高齢者医療特別会計": [52114, 46820, 41905, 37224],
    "介護保険特別会計": [118422, 109540, 101226, 98105],
}
YEARS_T1 = [("令和元年度", 2019), ("２年度", 2020), ("３年度", 2021), ("４年度", 2022), ("５年度", 2023)]
SANKO = [("特別区民税（現年課税分）の収入率", "特別区民税", "current", "98.7"),
         ("特別区民税（滞納繰越分）の収入率", "特別区民税", "arrears", "34.2"),
         ("国民健康保険料（現年分）の収入率", "国民健康保険料", "current", "91.6"),
         ("介護保険料（現年分）の収入率", "介護保険料", "current", "98.9")]
ITEMS = [
    ("(1)", "債権を所管する全ての課に債権管理台帳の整備を求め、交渉記録と督促・催告の記録を統一の様式で管理する。", "継続"),
    ("(2)", "特別区民税及び国民健康保険料では、SMSによる催告を滞納初期の全件に広げる。", "拡充"),
    ("(3)", "私債権のうち再三の催告に応じない案件は、弁護士への回収委任と支払督促の申立てを計画的に行う。", "継続"),
    ("(4)", "税外債権の滞納繰越分のうち高額な案件を、収納課に集約して一元的に徴収する仕組みを試行する。", "新規"),
    ("(5)", "債権管理研修を年２回から年３回とし、係長級を対象とした実務研修を加える。", "拡充"),
]


def outstanding(r):
    return r[3] - r[4] - r[5]


def kyen(v):
    return int((Decimal(v) / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def main():
    g = Gold(STEM, "plan", CITY, TITLE, "2025-03-01", "令和７年３月")
    t1 = {a: T1_PAST[a] + [kyen(sum(outstanding(r) for r in T2 if r[0] == a))] for a in ACCOUNTS}
    tot = [sum(t1[a][i] for a in ACCOUNTS) for i in range(5)]

    d = new_doc(size=10.5)
    sec = d.sections[0]
    header_text(sec, TITLE)
    footer_page(sec, "", "")
    para(d, TITLE, bold=True, size=15, align="center", space_after=2)
    para(d, "令和７年３月　台東区", align="center", space_after=10)

    para(d, "１　計画策定の趣旨", bold=True, size=11.5)
    para(d, "区はこれまで「台東区債権管理の基本方針」に基づき、特別区民税や国民健康保険料をはじめとする各種債権の"
            "収入未済額の縮減に取り組んできた。", first_mm=4)
    r5 = tot[4] * 1000
    r1 = tot[0] * 1000
    para(d, f"令和５年度決算における区の債権の収入未済額は、全会計で約{fw(oku_man(r5))}であり、令和元年度の約"
            f"{fw(oku_man(r1))}と比べて大きく縮減している。しかし、生活保護費返還金など税外債権の一部では収入未済額が"
            "増えており、所管課ごとの管理の水準にばらつきがみられる。", first_mm=4)
    g.fact(None, 2023, "令和５年度決算", "total", "outstanding", "actual", oku_man_value(r5), "yen", "約" + fw(oku_man(r5)), approx=True)
    g.fact(None, 2019, "令和元年度", "total", "outstanding", "actual", oku_man_value(r1), "yen", "約" + fw(oku_man(r1)), approx=True)
    para(d, "このため、令和７年度から令和９年度までの３か年を計画期間とする本計画を定め、全庁的な債権管理の取組を"
            "進める。", first_mm=4)

    para(d, "")
    para(d, "２　区の債権の状況", bold=True, size=11.5)
    para(d, "（１）会計別の収入未済額の推移", bold=True)
    para(d, "表１　会計別収入未済額の推移（各年度決算）", size=10)
    para(d, "（単位：千円）", align="right", size=9)
    t = d.add_table(rows=1, cols=7)
    borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    heads = ["会計名称"] + [y for y, _ in YEARS_T1] + ["増減\n（５年度－４年度）"]
    for c, hd in zip(t.rows[0].cells, heads):
        cell_text(c, hd, size=9, align="center"); shade(c, "E2E2E2")
    for name, vals in [(a, t1[a]) for a in ACCOUNTS] + [("合計", tot)]:
        c = t.add_row().cells
        cell_text(c[0], name, size=9)
        for i, v in enumerate(vals):
            cell_text(c[i + 1], comma(v), size=9, align="right")
            g.fact(None, YEARS_T1[i][1], YEARS_T1[i][0], "total", "outstanding", "actual", v * 1000, "yen", comma(v),
                   debt_raw=name, hint=["表１"])
        cell_text(c[6], comma(vals[4] - vals[3]), size=9, align="right")
    col_widths(t, [42, 21, 21, 21, 21, 21, 25])
    para(d, "※千円未満を四捨五入しているため、内訳と合計が一致しない場合がある。", size=8.5)

    para(d, "")
    para(d, "〔用語の説明〕", size=10)
    for ln in ["・調定額：法令又は契約に基づき、区が収入すべきものとして調査し決定した金額",
               "・収入済額：調定額のうち、年度末（出納整理期間を含む。）までに実際に収入された金額",
               "・不納欠損額：時効の完成、執行停止の継続又は債権放棄により、回収できないものとして整理した金額",
               "・収入未済額：調定額のうち、収入済額及び不納欠損額を除いた、年度末に回収されていない金額",
               "・収入率：収入済額を調定額で除した割合（本計画では、収納率、徴収率と同じ意味で用いる。）"]:
        para(d, ln, size=9.5, indent_mm=6, first_mm=-3, space_after=0)
    para(d, "")
    para(d, "（２）債権別の状況", bold=True)
    para(d, "表２　令和５年度　債権別の収入状況（決算）", size=10)
    para(d, "（単位：円、％）", align="right", size=9)
    t = d.add_table(rows=1, cols=8)
    borders(t)
    heads = ["会計", "款", "債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収入率"]
    for c, hd in zip(t.rows[0].cells, heads):
        cell_text(c, hd, size=8.5, align="center"); shade(c, "E2E2E2")
    # repeat header row on the next page
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trPr.append(th)
    start = {}
    for r in T2:
        c = t.add_row().cells
        idx = len(t.rows) - 1
        for col, key in ((0, r[0]), (1, (r[0], r[1]))):
            if key in start and start[key][1] == idx - 1:
                start[key] = (start[key][0], idx)
            else:
                start[key] = (idx, idx)
        out = outstanding(r)
        rt = rate(r[4], r[3], 1)
        vals = [r[0], r[1], r[2], comma(r[3]), comma(r[4]), comma(r[5]) if r[5] else "0", comma(out), str(rt)]
        for i, v in enumerate(vals):
            cell_text(c[i], v, size=7.5 if i >= 3 else 8, align="right" if i >= 3 else None)
        h = [r[2]]
        g.fact(r[2], 2023, "令和５年度", "total", "assessed", "actual", r[3], "yen", comma(r[3]), hint=h)
        g.fact(r[2], 2023, "令和５年度", "total", "collected", "actual", r[4], "yen", comma(r[4]), hint=h)
        g.fact(r[2], 2023, "令和５年度", "total", "written_off", "actual", r[5], "yen", comma(r[5]) if r[5] else "0", hint=h)
        g.fact(r[2], 2023, "令和５年度", "total", "outstanding", "actual", out, "yen", comma(out), hint=h)
        g.fact(r[2], 2023, "令和５年度", "total", "collection_rate", "actual", float(rt), "percent", str(rt), hint=h)
    # merge 会計 / 款 cells
    for key, (a, b) in start.items():
        col = 0 if isinstance(key, str) else 1
        if b > a:
            top = t.cell(a, col)
            text = top.text
            m = top.merge(t.cell(b, col))
            cell_text(m, text, size=8.5)
    sums = [sum(r[i] for r in T2) for i in (3, 4, 5)]
    sout = sum(outstanding(r) for r in T2)
    srt = rate(sums[1], sums[0], 1)
    c = t.add_row().cells
    m = c[0].merge(c[2]); cell_text(m, "合　計", size=8.5, align="center")
    for i, v in enumerate([comma(sums[0]), comma(sums[1]), comma(sums[2]), comma(sout), str(srt)]):
        cell_text(c[3 + i], v, size=7.5, align="right")
    h = ["合　計"]
    g.fact(None, 2023, "令和５年度", "total", "assessed", "actual", sums[0], "yen", comma(sums[0]), debt_raw="合計", hint=h)
    g.fact(None, 2023, "令和５年度", "total", "collected", "actual", sums[1], "yen", comma(sums[1]), debt_raw="合計", hint=h)
    g.fact(None, 2023, "令和５年度", "total", "written_off", "actual", sums[2], "yen", comma(sums[2]), debt_raw="合計", hint=h)
    g.fact(None, 2023, "令和５年度", "total", "outstanding", "actual", sout, "yen", comma(sout), debt_raw="合計", hint=h)
    g.fact(None, 2023, "令和５年度", "total", "collection_rate", "actual", float(srt), "percent", str(srt), debt_raw="合計", hint=h)
    col_widths(t, [15, 16, 25, 25, 25, 20, 23, 11])
    para(d, "※収入未済額＝調定額－収入済額－不納欠損額。還付未済額は含まない。収入率＝収入済額÷調定額。", size=8.5)

    # 参考 box
    para(d, "")
    bt = d.add_table(rows=1, cols=1)
    borders(bt, sz=8)
    lines = ["【参考】主な債権の収入率（令和５年度決算）"] + [f"・{lab}：{fw(v)}％" for lab, _, _, v in SANKO]
    cell_text(bt.rows[0].cells[0], "\n".join(lines), size=9.5)
    for lab, debt, seg, v in SANKO:
        g.fact(debt, 2023, "令和５年度決算", seg, "collection_rate", "actual", float(v), "percent", fw(v) + "％", hint=[])

    para(d, "")
    para(d, "３　これまでの取組と課題", bold=True, size=11.5)
    para(d, "強制徴収公債権については、財産調査と差押えを早期に行うことで滞納繰越分の圧縮が進んだ。一方、非強制徴収"
            "公債権及び私債権では、専任の職員がいない所管課が多く、督促後の催告や時効の管理が十分でない例がみられた。"
            "また、生活保護費返還金は保護の廃止後に納付が滞る例が多く、収入率が低い水準にとどまっている。", first_mm=4)

    para(d, "４　今後の取組", bold=True, size=11.5)
    para(d, "計画期間中、次の取組を全庁で進める。", first_mm=4)
    for lab, text, st in ITEMS:
        para(d, f"{lab}　{text}【{st}】", indent_mm=4, first_mm=-4)
        g.init(None, 2025, "今後の取組", lab, text, st)
    para(d, "以上", align="right")

    OUT.mkdir(exist_ok=True)
    src = OUT / f"{STEM}.docx"
    d.save(src)
    pdf = soffice_pdf(src, PDF_DIR / f"{STEM}.pdf", "e")
    g.finish(pdf)


if __name__ == "__main__":
    main()
