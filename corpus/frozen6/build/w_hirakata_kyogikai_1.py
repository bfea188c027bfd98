"""w_hirakata_kyogikai_1: 委員協議会資料「債権管理の取組状況について」 (committee_material), python-docx -> LibreOffice."""
from __future__ import annotations

from docx.enum.text import WD_BREAK

from w_common import OUT, PDF, fact, init, place_pages, rate, to_pdf, write_gold, zen
from w_docx import boxed, header_footer, new_doc, para, table

STEM = "w_hirakata_kyogikai_1"
CITY = "枚方市"
TITLE = "債権管理の取組状況について"
M, G = "IPAexMincho", "IPAexGothic"

# 市税 令和5年度決算 (千円)
TAX = {"current": (59_873_412, 59_412_118), "arrears": (1_624_880, 452_317)}
TAX_T = {"current": 99.25, "arrears": 28.50}
# 国民健康保険料 合計 (千円): assessed, collected, written_off
KOKUHO = {2022: (11_845_320, 10_612_447, 98_512), 2023: (11_502_116, 10_401_953, 87_640)}
# interim 12月末 rates: (R6.12, R5.12)
INTERIM = {
    "市税": [("現年分", "current", 78.42, 78.15), ("滞納繰越分", "arrears", 26.03, 24.88), ("合計", "total", 74.90, 74.31)],
    "国民健康保険料": [("現年分", "current", 69.21, 68.74), ("滞納繰越分", "arrears", 19.55, 18.02)],
}
# 保育所保育料 令和5年度決算 (千円)
HOIKU = {"current": (1_284_650, 1_271_322), "arrears": (38_912, 9_875)}
HOIKU_WO = 4_126
WRITE_OFF = [("市税", 162_418), ("国民健康保険料", 87_640), ("保育所保育料", HOIKU_WO), ("その他", 53_816)]


def bullets_interim(doc, facts, debt):
    para(doc, "【収納率】令和６年１２月末時点", G, 10.5, True, indent_mm=4, space_before=4)
    for lab, seg, now, prev in INTERIM[debt]:
        a, b = zen(f"{now:.2f}") + "％", zen(f"{prev:.2f}") + "％"
        para(doc, f"・{lab}　{a}（前年同月　{b}）", M, 10.5, indent_mm=8)
        facts.append(fact(debt, 2024, "令和６年１２月末", seg, "collection_rate", "interim", now, "percent", a,
                          as_of="2024-12-31"))
        facts.append(fact(debt, 2023, "前年同月", seg, "collection_rate", "interim", prev, "percent", b,
                          as_of="2023-12-31"))


def build():
    facts, inits = [], []
    doc = new_doc(M, 10.5, margins=(22, 20, 22, 22))
    header_footer(doc, "総務委員協議会資料", M)
    para(doc, "令和７年２月１０日", M, 10.5, align="right")
    para(doc, "財務部　債権管理課", M, 10.5, align="right")
    para(doc, TITLE, G, 14, True, align="center", space_before=10, space_after=10)

    # 1 概要 (figures in running text)
    para(doc, "１　概要", G, 11, True, space_before=6, space_after=4)
    total23, total22 = 4_231_000_000, 4_446_000_000
    wo_sum = sum(v for _, v in WRITE_OFF)
    assert wo_sum == 308_000
    t1 = ("本市では、枚方市債権管理条例に基づき、全庁的に債権の適正な管理と収入未済額の縮減に取り組んでいます。"
          "令和５年度決算における収入未済額は、一般会計及び特別会計を合わせて約４２億３，１００万円となり、"
          "令和４年度の約４４億４，６００万円から約２億１，５００万円縮減しました。"
          "また、令和５年度の不納欠損額は約３億８００万円でした。")
    para(doc, t1, M, 10.5, first_mm=4, indent_mm=4)
    facts.append(fact(None, 2023, "令和５年度", "total", "outstanding", "actual", total23, "yen",
                      "約４２億３，１００万円", approx=True, debt_raw=None))
    facts.append(fact(None, 2022, "令和４年度", "total", "outstanding", "actual", total22, "yen",
                      "約４４億４，６００万円", approx=True, debt_raw=None))
    facts.append(fact(None, 2023, "令和５年度", "total", "written_off", "actual", wo_sum * 1000, "yen",
                      "約３億８００万円", approx=True, debt_raw=None))

    # 2 主な債権の状況
    para(doc, "２　主な債権の状況", G, 11, True, space_before=14, space_after=4)
    para(doc, "（１）市税", G, 10.5, True, indent_mm=2, space_before=4, space_after=6)
    table(doc, [["債権名", "市税", "所管課", "納税課"]], [25, 55, 25, 55], G, 10, aligns=["center"] * 4)
    bullets_interim(doc, facts, "市税")
    para(doc, "（単位：千円、％）", M, 9, align="right", space_before=4)
    rows = [["区　分", "令和５年度（決算）", None, "令和６年度（目標）", None],
            ["", "現年分", "滞納繰越分", "現年分", "滞納繰越分"]]
    a_c, c_c = TAX["current"]
    a_a, c_a = TAX["arrears"]
    r_c, r_a = rate(c_c, a_c), rate(c_a, a_a)
    rows.append(["調定額", f"{a_c:,}", f"{a_a:,}", "－", "－"])
    rows.append(["収入済額", f"{c_c:,}", f"{c_a:,}", "－", "－"])
    rows.append(["収納率", f"{r_c:.2f}", f"{r_a:.2f}", f"{TAX_T['current']:.2f}", f"{TAX_T['arrears']:.2f}"])
    table(doc, rows, [30, 32, 32, 32, 32], G, 9, aligns=["center", "right", "right", "right", "right"],
          bold_rows=(0, 1), merges=[(0, 1, 0, 2), (0, 3, 0, 4), (0, 0, 1, 0)])
    for seg, a in (("current", a_c), ("arrears", a_a)):
        facts.append(fact("市税", 2023, "令和５年度", seg, "assessed", "actual", a * 1000, "yen", f"{a:,}"))
    for seg, c in (("current", c_c), ("arrears", c_a)):
        facts.append(fact("市税", 2023, "令和５年度", seg, "collected", "actual", c * 1000, "yen", f"{c:,}"))
    facts.append(fact("市税", 2023, "令和５年度", "current", "collection_rate", "actual", r_c, "percent", f"{r_c:.2f}"))
    facts.append(fact("市税", 2023, "令和５年度", "arrears", "collection_rate", "actual", r_a, "percent", f"{r_a:.2f}"))
    for seg in ("current", "arrears"):
        v = TAX_T[seg]
        facts.append(fact("市税", 2024, "令和６年度", seg, "collection_rate", "target", v, "percent", f"{v:.2f}"))
    para(doc, "", space_before=4)
    tax_items = [("納期限後の早期催告を徹底するため、ＳＭＳによる催告を月２回送信する。", "継続"),
                 ("滞納額１００万円以上の高額案件を債権管理課へ移管し、集中的に滞納処分を行う。", "拡充"),
                 ("給与照会を電子化し、財産調査から差押えまでの期間を短縮する。", "新規")]
    boxed(doc, [f"・{t}【{s}】" for t, s in tax_items], 160, M, 10, title="主な取組")
    for t, s in tax_items:
        inits.append(init("市税", 2024, "主な取組", "・", t, s))

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(doc, "（２）国民健康保険料", G, 10.5, True, indent_mm=2, space_before=4)
    para(doc, "（単位：千円、％）", M, 9, align="right")
    rows = [["債権名　国民健康保険料（所管課：保険収納課）", None, None, None],
            ["区　分", "令和４年度", "令和５年度", "差"]]
    vals = {}
    for y, (a, c, w) in KOKUHO.items():
        vals[y] = (a, c, w, a - c - w, rate(c, a))
    labels = ["調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    metrics = ["assessed", "collected", "written_off", "outstanding", "collection_rate"]
    for k, lab in enumerate(labels):
        v22, v23 = vals[2022][k], vals[2023][k]
        if k < 4:
            d = v23 - v22
            ds = f"{d:,}" if d >= 0 else f"△{-d:,}"
            rows.append([lab, f"{v22:,}", f"{v23:,}", ds])
        else:
            d = round(v23 - v22, 2)
            rows.append([lab, f"{v22:.2f}", f"{v23:.2f}", f"{d:.2f}" if d >= 0 else f"△{-d:.2f}"])
    table(doc, rows, [40, 38, 38, 34], G, 9, aligns=["left", "right", "right", "right"], bold_rows=(0, 1),
          merges=[(0, 0, 0, 3)])
    for k, met in enumerate(metrics):
        for y, yr in ((2022, "令和４年度"), (2023, "令和５年度")):
            v = vals[y][k]
            if met == "collection_rate":
                facts.append(fact("国民健康保険料", y, yr, "total", met, "actual", v, "percent", f"{v:.2f}"))
            else:
                facts.append(fact("国民健康保険料", y, yr, "total", met, "actual", v * 1000, "yen", f"{v:,}"))
    assert vals[2023][2] == dict(WRITE_OFF)["国民健康保険料"]
    bullets_interim(doc, facts, "国民健康保険料")
    para(doc, "", space_before=4)
    kk_items = [("(1) 社会保険加入による資格喪失者を毎月抽出し、喪失後の未納分の納付を案内する。", "継続"),
                ("(2) 短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を確認する。", "継続"),
                ("(3) 滞納整理の一部を債権管理課と共同で行い、差押えの件数を増やす。", "拡充")]
    boxed(doc, [f"{t}【{s}】" for t, s in kk_items], 160, M, 10, title="主な取組")
    for t, s in kk_items:
        inits.append(init("国民健康保険料", 2024, "主な取組", t[:3], t[4:], s))

    # 3 債権ごとの取組（保育所保育料）
    para(doc, "３　債権ごとの取組（保育所保育料）", G, 11, True, space_before=16, space_after=4)
    para(doc, "令和５年度決算の状況は次のとおりです。", M, 10.5, first_mm=4, indent_mm=4)
    hc = HOIKU["current"]
    ha = HOIKU["arrears"]
    rc, ra = rate(hc[1], hc[0]), rate(ha[1], ha[0])
    rows = [["区　分", "調定額", "収入済額", "収納率"],
            ["現年度分", f"{hc[0]:,}千円", f"{hc[1]:,}千円", f"{rc:.2f}%"],
            ["過年度分", f"{ha[0]:,}千円", f"{ha[1]:,}千円", f"{ra:.2f}%"]]
    table(doc, rows, [30, 40, 40, 30], G, 9, aligns=["center", "right", "right", "right"], bold_rows=(0,))
    for seg, (a, c), r in (("current", hc, rc), ("arrears", ha, ra)):
        facts.append(fact("保育所保育料", 2023, "令和５年度", seg, "assessed", "actual", a * 1000, "yen", f"{a:,}千円"))
        facts.append(fact("保育所保育料", 2023, "令和５年度", seg, "collected", "actual", c * 1000, "yen", f"{c:,}千円"))
        facts.append(fact("保育所保育料", 2023, "令和５年度", seg, "collection_rate", "actual", r, "percent", f"{r:.2f}%"))
    para(doc, "", space_before=4)
    hk_items = [("ア　入所申込時に口座振替の利用を原則とし、申込書と同時に手続を受け付ける。", "継続"),
                ("イ　退所者の未納分は、退所月の翌月に文書と電話で納付を求める。", "継続"),
                ("ウ　児童手当からの徴収について保護者の同意を得る取組を進める。", "新規")]
    for t, s in hk_items:
        para(doc, f"{t}【{s}】", M, 10.5, indent_mm=6)
        inits.append(init("保育所保育料", 2024, "債権ごとの取組", t[0], t[2:], s))

    # 4 参考 box
    para(doc, "", space_before=8)
    lines = [f"・{d}：{v:,}千円" for d, v in WRITE_OFF]
    boxed(doc, lines, 120, M, 10, title="【参考】令和５年度 不納欠損額の内訳")
    for d, v in WRITE_OFF:
        dd = None if d == "その他" else d
        facts.append(fact(dd, 2023, "令和５年度", "total", "written_off", "actual", v * 1000, "yen", f"{v:,}千円",
                          debt_raw=d))
    para(doc, "※ 金額は千円未満を切り捨てて表示しています。", M, 9, space_before=4)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf", "w_hirakata")
    place_pages(pdf, facts)
    place_pages(pdf, inits, key="text")
    write_gold(STEM, pdf, "committee_material", CITY, TITLE, "2025-02-10", "令和７年２月１０日", facts, inits)


if __name__ == "__main__":
    build()
