"""g_musashino_progress_1: 令和5年度 市税等徴収率向上対策の取組状況（中間報告） (progress_report),
openpyxl -> LibreOffice, A4 landscape.

Wording modelled on 武蔵野市 (決算特別委員会 record, https://gikai.click/detail/令和４年度決算特別委員会/９月２１日（木曜日）/3620:
「滞納繰越分の徴収率の目標」, 徴収率 rather than 収納率, 処分停止). The municipality is printed with an invented
kana name (むさしの市). Interim figures as of 令和6年2月29日 (leap day) with the same month of the previous year.
"""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break

from g_common import OUT, PDF_DIR, fact, init, rate, soffice_pdf, write_gold

STEM = "g_musashino_progress_1"
MUNI = "むさしの市"
GOT, MIN = "IPAexゴシック", "IPAex明朝"
AS_OF, AS_OF_PREV = "2024-02-29", "2023-02-28"

# 主な債権 (千円): name, cur 調定, cur 収入, arr 調定, arr 収入, prev cur rate, prev arr rate
DEBTS = [
    ("市税", 30_512_644, 27_299_663, 2_011_720, 687_606, "89.02", "31.90"),
    ("国民健康保険税", 3_884_215, 3_016_532, 905_338, 262_318, "76.91", "27.40"),
    ("介護保険料", 2_716_904, 2_520_118, 96_415, 17_902, "92.55", "17.20"),
    ("後期高齢者医療保険料", 1_802_377, 1_731_045, 21_660, 8_915, "95.87", "39.66"),
    ("保育料", 498_120, 452_007, 31_284, 6_330, "90.12", "19.08"),
    ("学童クラブ育成料", 88_460, 81_702, 4_122, 1_017, "92.04", "22.51"),
    ("市営住宅使用料", 61_935, 58_190, 12_804, 2_249, "93.70", "16.88"),
    ("下水道使用料", 1_905_230, 1_763_410, 58_702, 24_113, "92.31", "40.12"),
]
SPLIT = 4  # rows printed on the first page of the table
PREV_TOTAL_CITY_TAX = "85.37"

# (3) 目標値と見込み: debt, segment, printed segment, target, estimate
OUTLOOK = [
    ("市税", "current", "現年課税分", "99.20", "99.25"),
    ("市税", "arrears", "滞納繰越分", "38.50", "40.10"),
    ("市税", "total", "合計", "97.60", "97.72"),
    ("国民健康保険税", "current", "現年課税分", "94.50", "94.62"),
    ("国民健康保険税", "arrears", "滞納繰越分", "30.00", "31.35"),
    ("国民健康保険税", "total", "合計", "88.20", "88.51"),
]

ACTIONS = [  # debt, [(label, text, status, wrap_tag)], 実施状況
    ("市税", [("①", "納期限後20日を経過しても納付のない方に、督促状に加えてSMSによる納付案内を送信した。", "継続", False),
             ("②", "金融機関への預貯金照会を電子化し、財産調査に要する期間を短縮した。", "新規", False),
             ("③", "滞納繰越分の高額事案は、専任班による集中処理を行った。", "継続", False)],
     "SMS送信 4,812件\n差押え 1,036件"),
    ("国民健康保険税", [("①", "資格取得の届出の際に、窓口で口座振替の申込みを勧めた。", "継続", False),
                    ("②", "短期被保険者証の更新時に納付相談を行い、分納計画を見直した。", "拡充", True)],
     "口座振替新規 612件\n納付相談 1,248件"),
    ("保育料", [("①", "児童手当からの徴収（申出による徴収）を保護者に勧めた。", "継続", False),
              ("②", "退園者の未納分は、所管課から納税課へ徴収を引き継いだ。", "新規", False)],
     "引継ぎ 23件"),
]
NEXT = [
    ("ア", "出納整理期間中に、現年課税分の未納者へ一斉催告を行う。"),
    ("イ", "滞納繰越分のうち時効が近い案件は、承認書の取得や差押えにより時効の更新を図る。"),
    ("ウ", "令和6年度の徴収率の目標を設定し、債権管理推進会議に報告する。"),
]

thin = Side(style="thin", color="000000")
GRID = Border(left=thin, right=thin, top=thin, bottom=thin)


def put(ws, ref, value, *, font=MIN, size=10, bold=False, h="left", v="center", wrap=False, border=None):
    c = ws[ref]
    c.value = value
    c.font = Font(name=font, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border:
        c.border = border
    return c


def line(ws, r, text, *, size=10, font=MIN, bold=False, height=None, h="left", last="I", wrap=False):
    ws.merge_cells(f"A{r}:{last}{r}")
    put(ws, f"A{r}", text, font=font, size=size, bold=bold, h=h, wrap=wrap, v="top" if wrap else "center")
    if height:
        ws.row_dimensions[r].height = height


def build():
    facts, inits = [], []
    wb = Workbook()
    ws = wb.active
    ws.title = "中間報告"
    widths = {"A": 24, "B": 14, "C": 14, "D": 9, "E": 13, "F": 13, "G": 9, "H": 12, "I": 12}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = ws.page_margins.bottom = 0.7
    ws.oddHeader.right.text = f"{MUNI}　財務部納税課"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "&P"
    ws.oddFooter.center.size = 9

    # ---------------- page 1
    r = 1
    line(ws, r, "令和5年度　市税等徴収率向上対策の取組状況（中間報告）", size=15, font=GOT, bold=True, h="center", height=28)
    r += 1
    line(ws, r, f"令和6年3月　{MUNI} 財務部 納税課", h="right", height=18)
    r += 2
    line(ws, r, "１　趣旨", font=GOT, bold=True, size=11)
    r += 1
    line(ws, r, "　本市では、市税等の徴収率の目標を定め、負担の公平性と自主財源の確保に向けて取り組んでいる。"
                "令和5年度の取組の実施状況と、令和6年2月末現在の徴収状況を中間報告として取りまとめた。", wrap=True, height=34)
    r += 2
    line(ws, r, "２　徴収率の状況", font=GOT, bold=True, size=11)
    r += 1
    line(ws, r, "（1）市税", font=GOT, bold=True)
    r += 1
    line(ws, r, "【徴収率】令和6年2月29日現在", font=GOT, bold=True)
    name, ca, cc, aa, ac, pc, pa = DEBTS[0]
    cur_r, arr_r, tot_r = rate(cc, ca, 2), rate(ac, aa, 2), rate(cc + ac, ca + aa, 2)
    for seg, lab, v, prev in (("current", "現年課税分", cur_r, pc), ("arrears", "滞納繰越分", arr_r, pa),
                              ("total", "合　　計", tot_r, PREV_TOTAL_CITY_TAX)):
        r += 1
        raw, praw = f"{v:.2f}％", f"{prev}％"
        line(ws, r, f"　・{lab}　{raw}（前年同月 {praw}）")
        facts.append(fact("市税", 2023, "令和6年2月29日", seg, "collection_rate", "interim", v, "percent", raw, 1, as_of=AS_OF))
        facts.append(fact("市税", 2022, "前年同月", seg, "collection_rate", "interim", float(prev), "percent", praw, 1,
                          as_of=AS_OF_PREV))
    r += 2
    line(ws, r, "（2）主な債権の徴収状況（令和6年2月末現在）", font=GOT, bold=True, last="F")
    ws.merge_cells(f"G{r}:I{r}")
    put(ws, f"G{r}", "（単位：千円、％）", size=9, h="right")

    def header(r0):
        ws.merge_cells(f"A{r0}:A{r0 + 1}")
        put(ws, f"A{r0}", "債権名", font=GOT, h="center", border=GRID)
        for c0, c1, t in (("B", "D", "現年課税分"), ("E", "G", "滞納繰越分"), ("H", "I", "前年同月の徴収率")):
            ws.merge_cells(f"{c0}{r0}:{c1}{r0}")
            put(ws, f"{c0}{r0}", t, font=GOT, h="center", border=GRID)
        for col, t in zip("BCDEFGHI", ["調定額", "収入済額", "徴収率", "調定額", "収入済額", "徴収率", "現年課税分", "滞納繰越分"]):
            put(ws, f"{col}{r0 + 1}", t, font=GOT, size=9, h="center", border=GRID)
        for rr in (r0, r0 + 1):
            for col in "ABCDEFGHI":
                ws[f"{col}{rr}"].border = GRID
            ws.row_dimensions[rr].height = 18

    def row(r0, name, ca, cc, aa, ac, pc, pa, page, debt):
        vals = [f"{ca:,}", f"{cc:,}", f"{rate(cc, ca, 2):.2f}", f"{aa:,}", f"{ac:,}", f"{rate(ac, aa, 2):.2f}", pc, pa]
        put(ws, f"A{r0}", name, border=GRID)
        for col, v in zip("BCDEFGHI", vals):
            put(ws, f"{col}{r0}", v, h="right", border=GRID)
        ws.row_dimensions[r0].height = 20
        fy, fyr = 2023, "令和6年2月末"
        for seg, a, c in (("current", ca, cc), ("arrears", aa, ac)):
            facts.append(fact(debt, fy, fyr, seg, "assessed", "interim", a * 1000, "yen", f"{a:,}", page, debt_raw=name, as_of=AS_OF))
            facts.append(fact(debt, fy, fyr, seg, "collected", "interim", c * 1000, "yen", f"{c:,}", page, debt_raw=name, as_of=AS_OF))
            rv = rate(c, a, 2)
            facts.append(fact(debt, fy, fyr, seg, "collection_rate", "interim", rv, "percent", f"{rv:.2f}", page,
                              debt_raw=name, as_of=AS_OF))
        if pc is not None:
            facts.append(fact(debt, 2022, "前年同月", "current", "collection_rate", "interim", float(pc), "percent", pc,
                              page, debt_raw=name, as_of=AS_OF_PREV))
            facts.append(fact(debt, 2022, "前年同月", "arrears", "collection_rate", "interim", float(pa), "percent", pa,
                              page, debt_raw=name, as_of=AS_OF_PREV))

    r += 1
    header(r)
    r += 2
    for d in DEBTS[:SPLIT]:
        row(r, *d, page=1, debt=d[0])
        r += 1
    ws.row_breaks.append(Break(id=r - 1))

    # ---------------- page 2
    header(r)
    r += 2
    for d in DEBTS[SPLIT:]:
        row(r, *d, page=2, debt=d[0])
        r += 1
    tca = sum(d[1] for d in DEBTS)
    tcc = sum(d[2] for d in DEBTS)
    taa = sum(d[3] for d in DEBTS)
    tac = sum(d[4] for d in DEBTS)
    # 合計 row: no previous-year column values printed
    vals = [f"{tca:,}", f"{tcc:,}", f"{rate(tcc, tca, 2):.2f}", f"{taa:,}", f"{tac:,}", f"{rate(tac, taa, 2):.2f}", "―", "―"]
    put(ws, f"A{r}", "合計", font=GOT, h="center", border=GRID)
    for col, v in zip("BCDEFGHI", vals):
        put(ws, f"{col}{r}", v, h="right", border=GRID)
    ws.row_dimensions[r].height = 20
    for seg, a, c in (("current", tca, tcc), ("arrears", taa, tac)):
        facts.append(fact(None, 2023, "令和6年2月末", seg, "assessed", "interim", a * 1000, "yen", f"{a:,}", 2, debt_raw="合計", as_of=AS_OF))
        facts.append(fact(None, 2023, "令和6年2月末", seg, "collected", "interim", c * 1000, "yen", f"{c:,}", 2, debt_raw="合計", as_of=AS_OF))
        rv = rate(c, a, 2)
        facts.append(fact(None, 2023, "令和6年2月末", seg, "collection_rate", "interim", rv, "percent", f"{rv:.2f}", 2,
                          debt_raw="合計", as_of=AS_OF))
    r += 1
    line(ws, r, "※ 徴収率＝収入済額÷調定額。調定額・収入済額は千円未満を四捨五入しているため、合計が一致しない場合がある。", size=8.5)
    r += 1
    line(ws, r, "※ 前年同月の徴収率は、令和5年2月28日現在の数値である。", size=8.5)
    r += 2
    line(ws, r, "（3）令和5年度の徴収率の目標値と年度末の見込み", font=GOT, bold=True)
    r += 1
    line(ws, r, "単位：％", size=9, h="right", last="F")
    r += 1
    heads = [("A", "債権名"), ("B", "区分"), ("C", "目標値"), ("D", "見込み"), ("E", "差")]
    for col, t in heads:
        put(ws, f"{col}{r}", t, font=GOT, h="center" if col != "A" else "left")
    for i, (debt, seg, seglab, tgt, est) in enumerate(OUTLOOK):
        r += 1
        first = i == 0 or OUTLOOK[i - 1][0] != debt
        put(ws, f"A{r}", debt if first else "")
        put(ws, f"B{r}", seglab, h="center")
        put(ws, f"C{r}", tgt, h="right")
        put(ws, f"D{r}", est, h="right")
        diff = round(float(est) - float(tgt), 2)
        put(ws, f"E{r}", ("△" if diff < 0 else "+") + f"{abs(diff):.2f}", h="right")
        facts.append(fact(debt, 2023, "令和5年度", seg, "collection_rate", "target", float(tgt), "percent", tgt, 2))
        facts.append(fact(debt, 2023, "令和5年度", seg, "collection_rate", "estimate", float(est), "percent", est, 2))
    r += 2
    line(ws, r, "　年度末の市税の収入未済額は約4億2,000万円となる見込みであり、令和4年度決算の4億7,312万円から"
                "縮減する見通しである。", wrap=True, height=32)
    facts.append(fact("市税", 2023, "令和5年度", "total", "outstanding", "estimate", 420_000_000, "yen", "約4億2,000万円", 2, approx=True))
    facts.append(fact("市税", 2022, "令和4年度", "total", "outstanding", "actual", 473_120_000, "yen", "4億7,312万円", 2))
    ws.row_breaks.append(Break(id=r))

    # ---------------- page 3
    r += 1
    line(ws, r, "３　取組状況", font=GOT, bold=True, size=11)
    r += 1
    ws.merge_cells(f"B{r}:G{r}")
    ws.merge_cells(f"H{r}:I{r}")
    put(ws, f"A{r}", "債権名", font=GOT, h="center", border=GRID)
    put(ws, f"B{r}", "内容", font=GOT, h="center", border=GRID)
    put(ws, f"H{r}", "実施状況（2月末）", font=GOT, h="center", border=GRID)
    for col in "ABCDEFGHI":
        ws[f"{col}{r}"].border = GRID
    for debt, items, status in ACTIONS:
        r += 1
        lines = []
        for lab, text, st, wrap_tag in items:
            lines.append(f"{lab}{text}" + (f"\n【{st}】" if wrap_tag else f"【{st}】"))
            inits.append(init(debt, 2023, "取組状況", lab, text, st, 3))
        ws.merge_cells(f"B{r}:G{r}")
        ws.merge_cells(f"H{r}:I{r}")
        put(ws, f"A{r}", debt, border=GRID, v="top")
        put(ws, f"B{r}", "\n".join(lines), wrap=True, v="top", border=GRID)
        put(ws, f"H{r}", status, wrap=True, v="top", border=GRID)
        for col in "ABCDEFGHI":
            ws[f"{col}{r}"].border = GRID
        nlines = sum(1 + (1 if w else 0) + (1 if len(t) > 44 else 0) for _, t, _, w in items)
        ws.row_dimensions[r].height = 15 * nlines + 6
    r += 2
    line(ws, r, "４　今後の取組（令和6年3月～5月）", font=GOT, bold=True, size=11)
    for lab, text in NEXT:
        r += 1
        line(ws, r, f"　{lab}　{text}")
        inits.append(init(None, 2023, "今後の取組", lab, text, None, 3))

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = soffice_pdf(src, PDF_DIR / f"{STEM}.pdf", "g_musashino")
    document = {"kind": "progress_report", "municipality": MUNI,
                "title": "令和5年度　市税等徴収率向上対策の取組状況（中間報告）",
                "date": "2024-03-01", "date_raw": "令和6年3月"}
    write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
