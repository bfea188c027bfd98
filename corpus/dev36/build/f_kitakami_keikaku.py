"""北上市債権管理計画 (尼崎市-style plan with one sheet per debt), built as an Excel book -> LibreOffice PDF.

Sheet 1: plan outline with a prose total in 百万円 and a long-format table (債権名 only on its first row,
era-less years).  Sheets 2-4: one 個別計画シート per debt: label/value box, a history table with years
running DOWN the rows in 西暦 (segment in parentheses in the headers, rates without %), an estimate row,
a plan-period line over yearly targets with a 単位 column (unit changes by row), and a 取組 table with
columns No.|取組項目|内容|実施時期|区分 (bare 継続/新規/拡充), items numbered 1-1, 1-2, 2-1.
"""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties

from f_common import OUT, PDF, fact, fmt, locate, page_texts, rate, to_pdf, write_gold

STEM = "f_kitakami_keikaku_1"
TITLE = "北上市債権管理計画（令和８年度～令和12年度）"
FN = "IPAexGothic"
thin = Side(style="thin", color="000000")
GRID = Border(left=thin, right=thin, top=thin, bottom=thin)
HOR = Border(top=thin, bottom=thin)
GREYF = PatternFill("solid", fgColor="D9D9D9")

# per debt: history 2020..2024 actual + 2025 estimate:
# (cur assessed, cur rate, arr assessed, arr rate, written off, delinquents) in 千円
DEBTS = [
    dict(name="国民健康保険税", ka="国保医療課", kubun="強制徴収公債権",
         rows=[(2651320, 93.12, 1210455, 18.34, 98412, 3412),
               (2598744, 93.58, 1107310, 19.87, 91207, 3205),
               (2570118, 94.02, 998645, 21.05, 84330, 3018),
               (2532906, 94.47, 887152, 22.61, 70115, 2874),
               (2511480, 94.85, 784023, 24.12, 61248, 2702),
               (2498000, 95.10, 700410, 25.30, 55000, 2590)],
         tgt=[("95.30", "26.00", 560000), ("95.50", "26.80", 520000), ("95.70", "27.60", 485000),
              ("95.90", "28.40", 450000), ("96.10", "29.20", 420000)],
         inits=[("1-1", "口座振替の推進", "加入時の窓口で口座振替を原則とし、Web口座振替受付の案内を納税通知書に同封する。", "令和８年度～", "継続"),
                ("1-2", "早期催告", "納期限後20日以内に電話・SMSによる催告を行い、未納の早期解消を図る。", "通年", "拡充"),
                ("2-1", "滞納処分の強化", "財産調査の結果、差押可能財産が判明した世帯は差押予告を経て速やかに差し押さえる。", "通年", "継続"),
                ("2-2", "執行停止の適正化", "生活困窮等で徴収の見込みがない事案は執行停止を行い、滞納繰越分を圧縮する。", "令和８年度～", "新規")]),
    dict(name="後期高齢者医療保険料", ka="国保医療課", kubun="強制徴収公債権",
         rows=[(1402318, 99.21, 21840, 31.20, 2105, 218),
               (1436502, 99.26, 20115, 33.41, 1987, 204),
               (1471230, 99.30, 18962, 35.02, 1720, 190),
               (1512647, 99.33, 17305, 36.88, 1604, 176),
               (1548903, 99.36, 16248, 38.15, 1490, 169),
               (1580000, 99.38, 15400, 39.00, 1400, 160)],
         tgt=[("99.40", "40.00", 10500), ("99.42", "41.00", 10000), ("99.44", "42.00", 9500),
              ("99.46", "43.00", 9000), ("99.48", "44.00", 8600)],
         inits=[("1-1", "特別徴収への移行", "年金からの特別徴収に切り替わるまでの普通徴収期間に、口座振替を勧奨する。", "通年", "継続"),
                ("1-2", "納付案内", "新たに75歳となる被保険者へ制度と納付方法のリーフレットを送付する。", "毎月", "新規"),
                ("2-1", "滞納繰越分の整理", "滞納繰越分は文書催告と臨戸訪問を組み合わせ、分納誓約の履行を管理する。", "通年", "継続")]),
    dict(name="市営住宅使用料", ka="都市計画課", kubun="私債権",
         rows=[(312450, 96.84, 84120, 12.05, 3120, 96),
               (308712, 97.02, 80455, 12.84, 4215, 91),
               (305330, 97.25, 75108, 13.60, 3870, 87),
               (301884, 97.41, 70210, 14.52, 3412, 82),
               (298640, 97.60, 64987, 15.38, 2985, 77),
               (296000, 97.70, 60100, 16.00, 2800, 72)],
         tgt=[("97.80", "16.50", 55000), ("97.90", "17.00", 52000), ("98.00", "17.50", 49000),
              ("98.10", "18.00", 46000), ("98.20", "18.50", 43000)],
         inits=[("1-1", "入居者への納付指導", "滞納2か月で面談を行い、家計の状況に応じた納付計画を立てる。", "通年", "継続"),
                ("1-2", "連帯保証人への請求", "滞納3か月以上の入居者の連帯保証人に催告書を送付する。", "通年", "拡充"),
                ("2-1", "法的措置", "滞納6か月以上で納付に応じない入居者には明渡請求訴訟を提起する。", "随時", "継続"),
                ("2-2", "退去者債権の回収", "退去滞納者の所在調査を外部委託し、支払督促の申立てを行う。", "令和９年度～", "新規")]),
]
YEARS = [2020, 2021, 2022, 2023, 2024, 2025]


def hist(d):
    """Printed history rows: computed collected amounts, rates and outstanding."""
    out = []
    for y, (ca, cr, aa, ar, wo, dl) in zip(YEARS, d["rows"]):
        cc = round(ca * cr / 100)
        ac = round(aa * ar / 100)
        un = ca + aa - cc - ac - wo
        out.append(dict(y=y, ca=ca, cc=cc, cr=rate(cc, ca), aa=aa, ac=ac, ar=rate(ac, aa), wo=wo, un=un, dl=dl))
    return out


def style(c, bold=False, size=10, h="left", border=GRID, fill=None, wrap=True):
    c.font = Font(name=FN, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if border:
        c.border = border
    if fill:
        c.fill = fill


def page_setup(ws, landscape=True, header=None):
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.font = FN
    if header:
        ws.oddHeader.right.text = header
        ws.oddHeader.right.font = FN
        ws.oddHeader.right.size = 9


def build():
    wb = Workbook()
    facts, inits = [], []

    # ---- sheet 1: outline
    ws = wb.active
    ws.title = "概要"
    page_setup(ws, landscape=False, header="北上市債権管理計画")
    for col, w in zip("ABCDEF", [4, 24, 12, 18, 18, 12]):
        ws.column_dimensions[col].width = w
    ws["B2"] = TITLE
    style(ws["B2"], True, 16, border=None, wrap=False)
    ws["B3"] = "令和８年３月　北上市 財務部 収納課"
    style(ws["B3"], size=10, border=None, wrap=False)
    ws.merge_cells("B5:F5")
    ws["B5"] = "１　計画の趣旨"
    style(ws["B5"], True, 12, border=None)
    hs = [hist(d) for d in DEBTS]
    tot_un = sum(h[4]["un"] for h in hs)
    ws.merge_cells("B6:F9")
    ws["B6"] = ("本市は平成28年に債権管理条例を制定し、全庁的な収納対策に取り組んできた。令和６年度決算における"
                f"対象３債権の収入未済額は合計{tot_un / 1000:,.1f}百万円となり、５年前と比べて縮減が進んだものの、"
                "国民健康保険税の滞納繰越分が依然として大きな割合を占めている。本計画では債権ごとに個別計画シートを"
                "作成し、年度ごとの目標と取組を定める。")
    style(ws["B6"], size=10, border=None)
    ws["B6"].alignment = Alignment(wrap_text=True, vertical="top")
    facts.append(fact(None, 2024, "total", "outstanding", "actual", int(round(round(tot_un / 1000, 1) * 1_000_000)),
                      "yen", f"{tot_un / 1000:,.1f}百万円", 1, debt_raw="対象３債権", fy_raw="令和６年度"))
    ws["B11"] = "２　計画期間"
    style(ws["B11"], True, 12, border=None)
    ws["B12"] = "計画期間：令和８年度～令和12年度（５年間）"
    style(ws["B12"], size=10, border=None, wrap=False)
    ws["B14"] = "３　対象債権の収納状況（直近３か年）"
    style(ws["B14"], True, 12, border=None, wrap=False)
    r = 15
    for j, head in enumerate(["債権名", "年度", "調定額（千円）", "収入済額（千円）", "収納率"]):
        c = ws.cell(r, 2 + j, head)
        style(c, True, 10, "center", fill=GREYF)
    for d, h in zip(DEBTS, hs):
        for k, row in enumerate(h[2:5]):
            r += 1
            y = row["y"]
            label = "令和４年度" if k == 0 else f"{y - 2018}年度"
            ta, tc = row["ca"] + row["aa"], row["cc"] + row["ac"]
            tr = rate(tc, ta)
            vals = [d["name"] if k == 0 else "", label, ta, tc, tr / 100]
            for j, v in enumerate(vals):
                c = ws.cell(r, 2 + j, v)
                style(c, size=10, h="right" if j >= 2 else "left")
                if j in (2, 3):
                    c.number_format = "#,##0"
                if j == 4:
                    c.number_format = "0.00%"
            n = d["name"]
            anc = f"{label}{fmt(ta)}{fmt(tc)}{tr:.2f}%"
            facts += [fact(n, y, "total", "assessed", "actual", ta * 1000, "yen", fmt(ta), 1, fy_raw=label),
                      fact(n, y, "total", "collected", "actual", tc * 1000, "yen", fmt(tc), 1, fy_raw=label),
                      fact(n, y, "total", "collection_rate", "actual", tr, "percent", f"{tr:.2f}%", 1,
                           fy_raw=label)]
    r += 1
    ws.cell(r, 2, "※調定額・収入済額は現年分と滞納繰越分の合計。年度の元号は令和。")
    style(ws.cell(r, 2), size=8, border=None, wrap=False)
    ws.print_area = f"A1:F{r}"

    # ---- sheets 2-4: 個別計画シート
    for no, (d, h) in enumerate(zip(DEBTS, hs), start=1):
        pg = 1 + no
        ws = wb.create_sheet(f"シート{no}")
        page_setup(ws, landscape=True, header=f"個別計画シート{no}　{d['name']}")
        widths = [3, 10, 13, 13, 9, 13, 13, 9, 12, 13, 10]
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w
        ws["B1"] = f"債権別 個別計画シート（{no}）"
        style(ws["B1"], True, 14, border=None, wrap=False)
        # label/value box
        box = [("債権名", "B3", "B3"), (d["name"], "C3", "E3"), ("担当課", "F3", "F3"), (d["ka"], "G3", "H3"),
               ("債権区分", "I3", "I3"), (d["kubun"], "J3", "K3")]
        for i, (v, a, b) in enumerate(box):
            if a != b:
                ws.merge_cells(f"{a}:{b}")
            style(ws[a], i % 2 == 0, 11, "center" if i % 2 == 0 else "left", fill=GREYF if i % 2 == 0 else None)
            ws[a] = v
            for row in ws[f"{a}:{b}"]:
                for c in row:
                    c.border = GRID
        ws["B5"] = "１　収納状況の推移"
        style(ws["B5"], True, 11, border=None, wrap=False)
        ws["K5"] = "（単位：千円・人、率：％）"
        style(ws["K5"], size=9, h="right", border=None, wrap=False)
        heads = ["年度", "調定額(現年)", "収入済額(現年)", "収納率(現年)", "調定額(滞繰)", "収入済額(滞繰)",
                 "収納率(滞繰)", "不納欠損額", "収入未済額", "滞納者数"]
        for j, t in enumerate(heads):
            style(ws.cell(6, 2 + j, t), True, 9.5, "center", fill=GREYF)
        ws.row_dimensions[6].height = 30
        for k, row in enumerate(h):
            rr = 7 + k
            y = row["y"]
            est = y == 2025
            ylab = f"{y}(見込)" if est else str(y)
            vals = [ylab, row["ca"], row["cc"], row["cr"], row["aa"], row["ac"], row["ar"], row["wo"], row["un"],
                    row["dl"]]
            for j, v in enumerate(vals):
                c = ws.cell(rr, 2 + j, v)
                style(c, size=10, h="center" if j == 0 else "right")
                if j in (3, 6):
                    c.number_format = "0.00"
                elif j:
                    c.number_format = "#,##0"
            basis = "estimate" if est else "actual"
            n = d["name"]
            for seg, a, cl, rt in (("current", "ca", "cc", "cr"), ("arrears", "aa", "ac", "ar")):
                facts += [fact(n, y, seg, "assessed", basis, row[a] * 1000, "yen", fmt(row[a]), pg, fy_raw=ylab),
                          fact(n, y, seg, "collected", basis, row[cl] * 1000, "yen", fmt(row[cl]), pg, fy_raw=ylab),
                          fact(n, y, seg, "collection_rate", basis, row[rt], "percent", f"{row[rt]:.2f}", pg,
                               fy_raw=ylab)]
            facts += [fact(n, y, "total", "written_off", basis, row["wo"] * 1000, "yen", fmt(row["wo"]), pg,
                           fy_raw=ylab),
                      fact(n, y, "total", "outstanding", basis, row["un"] * 1000, "yen", fmt(row["un"]), pg,
                           fy_raw=ylab),
                      fact(n, y, "total", "delinquents", basis, row["dl"], "persons", fmt(row["dl"]), pg,
                           fy_raw=ylab)]
        ws.cell(13, 2, "※2025年度は令和８年１月末時点の見込み。収入未済額＝調定額－収入済額－不納欠損額（現年・滞繰の計）。")
        style(ws.cell(13, 2), size=8, border=None, wrap=False)

        ws["B15"] = "２　目標"
        style(ws["B15"], True, 11, border=None, wrap=False)
        ws["B16"] = "計画期間：令和８年度～令和12年度"
        style(ws["B16"], size=10, border=None, wrap=False)
        th = ["項目", "", "単位", "R8", "R9", "R10", "R11", "R12"]
        ws.merge_cells("B17:C17")
        for j, t in enumerate(th):
            if j == 1:
                continue
            style(ws.cell(17, 2 + j, t), True, 10, "center", border=HOR, fill=GREYF)
        ws.cell(17, 3).border = HOR
        ws.cell(17, 3).fill = GREYF
        labels = [("収納率(現年)", "％"), ("収納率(滞繰)", "％"), ("収入未済額", "千円")]
        for i, (lab, unit) in enumerate(labels):
            rr = 18 + i
            ws.merge_cells(f"B{rr}:C{rr}")
            style(ws.cell(rr, 2, lab), size=10, border=HOR)
            ws.cell(rr, 3).border = HOR
            style(ws.cell(rr, 4, unit), size=10, h="center", border=HOR)
            for k, t in enumerate(d["tgt"]):
                fy = 2026 + k
                v = t[i]
                if i < 2:
                    c = ws.cell(rr, 5 + k, v)
                    facts.append(fact(d["name"], fy, "current" if i == 0 else "arrears", "collection_rate",
                                      "target", float(v), "percent", v, pg, fy_raw=f"R{fy - 2018}"))
                else:
                    c = ws.cell(rr, 5 + k, v)
                    c.number_format = "#,##0"
                    facts.append(fact(d["name"], fy, "total", "outstanding", "target", v * 1000, "yen", fmt(v), pg,
                                      fy_raw=f"R{fy - 2018}"))
                style(c, size=10, h="right", border=HOR)

        ws["B22"] = "３　目標達成に向けた取組"
        style(ws["B22"], True, 11, border=None, wrap=False)
        th = [("No.", "B23", "B23"), ("取組項目", "C23", "D23"), ("内容", "E23", "I23"), ("実施時期", "J23", "J23"),
              ("区分", "K23", "K23")]
        for t, a, b in th:
            if a != b:
                ws.merge_cells(f"{a}:{b}")
            ws[a] = t
            style(ws[a], True, 10, "center", border=HOR, fill=GREYF)
            for row in ws[f"{a}:{b}"]:
                for c in row:
                    c.border = HOR
                    c.fill = GREYF
        for i, (lab, item, body, when, st) in enumerate(d["inits"]):
            rr = 24 + i
            ws.row_dimensions[rr].height = 30
            for (a, b), v in zip([("B", "B"), ("C", "D"), ("E", "I"), ("J", "J"), ("K", "K")],
                                 [lab, item, body, when, st]):
                if a != b:
                    ws.merge_cells(f"{a}{rr}:{b}{rr}")
                style(ws[f"{a}{rr}"], size=9.5, h="center" if a in "BJK" else "left", border=HOR)
                ws[f"{a}{rr}"] = v
                for row in ws[f"{a}{rr}:{b}{rr}"]:
                    for c in row:
                        c.border = HOR
            inits.append({"debt": d["name"], "fiscal_year": 2026, "section": "目標達成に向けた取組", "label": lab,
                          "text": body, "status": st, "page": pg})
        ws.print_area = f"A1:K{24 + len(d['inits'])}"

    OUT.mkdir(parents=True, exist_ok=True)
    xlsx = OUT / f"{STEM}.xlsx"
    wb.save(xlsx)
    dest = to_pdf(xlsx, PDF / f"{STEM}.pdf", "kitakami")
    document = {"kind": "plan", "municipality": "北上市", "title": TITLE, "date": "2026-03-01",
                "date_raw": "令和８年３月"}
    write_gold(STEM, dest, document, facts, inits)


if __name__ == "__main__":
    build()
