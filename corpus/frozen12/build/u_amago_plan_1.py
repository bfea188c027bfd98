"""あまご市債権回収計画（令和７年度）: openpyxl -> LibreOffice (A4 landscape, 3 sheets)."""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.properties import PageSetupProperties

from u_common import OUT, PDF_DIR, fact, rate, resolve_pages, to_pdf, write_gold

STEM = "u_amago_plan_1"
TITLE = "令和７年度 あまご市債権回収計画"
G, M = "IPAexゴシック", "IPAex明朝"
THIN = Side(style="thin")
MED = Side(style="medium")
NUM = '#,##0;"△"#,##0'

YEARS = [(2018, "H30"), (2019, "R元"), (2020, "R2"), (2021, "R3"), (2022, "R4"), (2023, "R5"), (2024, "R6")]
MAIN = [  # 表1の主な債権: 各年度末 収入未済額（千円）
    ("市営住宅使用料", "住宅課", [98412, 95120, 93877, 90215, 86540, 84102, 80315]),
    ("保育所保育料", "こども家庭課", [41230, 40118, 37902, 35066, 33410, 31925, 30288]),
    ("学校給食費", "学校教育課", [22514, 23106, 22874, 21903, 20766, 19842, 18470]),
    ("生活保護費返還金", "福祉課", [60218, 63440, 66105, 68990, 70412, 71830, 69904]),
    ("母子父子寡婦福祉資金貸付金", "こども家庭課", [38760, 37225, 35840, 34412, 33090, 31684, 30352]),
    ("下水道事業受益者負担金", "下水道課", [25120, 23874, 22466, 21305, 20110, 18947, 17615]),
]
# 表2にだけ個別に出る債権（表1では「その他」）: (名称, 所管課, 区分, R6末未済額)
REST = [
    ("市営住宅駐車場使用料", "住宅課", "私", 3214),
    ("放課後児童クラブ利用料", "こども家庭課", "公", 2886),
    ("奨学金貸付金", "教育総務課", "私", 24650),
    ("住宅新築資金等貸付金", "人権推進課", "私", 31208),
    ("児童扶養手当返還金", "こども家庭課", "公", 4122),
    ("行政財産使用料", "管財課", "公", 1357),
    ("道路占用料", "建設課", "公", 968),
    ("農業集落排水施設使用料", "下水道課", "公", 13731),
]
OTHER_HIST = [77210, 79034, 80512, 82660, 84915, 86790, None]  # R6 is the sum of REST
KUBUN = {"市営住宅使用料": "私", "保育所保育料": "公", "学校給食費": "私", "生活保護費返還金": "公",
         "母子父子寡婦福祉資金貸付金": "私", "下水道事業受益者負担金": "公"}
# 収納率（％）: R6実績 現年・過年度, R7目標 現年・過年度
RATES = {
    "市営住宅使用料": ("97.84", "14.22", "98.00", "15.00"),
    "保育所保育料": ("98.91", "18.37", "99.00", "20.00"),
    "学校給食費": ("99.12", "21.06", "99.20", "22.00"),
    "生活保護費返還金": ("62.48", "3.05", "65.00", "3.50"),
    "母子父子寡婦福祉資金貸付金": ("71.30", "6.48", "72.00", "7.00"),
    "下水道事業受益者負担金": ("95.22", "12.84", "96.00", "13.00"),
    "市営住宅駐車場使用料": ("98.40", "20.11", "98.50", "21.00"),
    "放課後児童クラブ利用料": ("99.05", "30.92", "99.10", "32.00"),
    "奨学金貸付金": ("83.67", "9.15", "85.00", "10.00"),
    "住宅新築資金等貸付金": ("40.26", "1.84", "42.00", "2.00"),
    "児童扶養手当返還金": ("55.00", "8.72", "60.00", "9.00"),
    "行政財産使用料": ("99.60", "45.00", "99.70", "50.00"),
    "道路占用料": ("99.81", "52.40", "99.90", "55.00"),
    "農業集落排水施設使用料": ("96.35", "16.90", "97.00", "18.00"),
}
INITS = [
    ("市営住宅使用料", "住宅課", [
        ("(1)", "滞納２か月で連帯保証人への通知を行い、早期の納付を求める。", "継続", False),
        ("(2)", "長期滞納者には明渡し請求訴訟を視野に入れた法的措置を講じる。", "拡充", True),
        ("(3)", "退去者の滞納分は、債権回収会社への委託を検討する。", "新規", False),
    ]),
    ("生活保護費返還金", "福祉課", [
        ("(1)", "保護費からの調整による返還を、受給者の同意を得て進める。", "継続", False),
        ("(2)", "保護廃止者の所在調査を行い、分割納付の誓約を求める。", "継続", True),
    ]),
    ("奨学金貸付金", "教育総務課", [
        ("(1)", "返還開始前の説明会で返還方法と猶予制度を周知する。", "新規", False),
        ("(2)", "３か月以上の滞納者の連帯保証人に対し、文書による請求を行う。", "継続", False),
        ("(3)", "支払督促の申立てを年２回の計画で実施する。", "拡充", True),
    ]),
    ("住宅新築資金等貸付金", "人権推進課", [
        ("(1)", "償還が困難な借受人とは面談のうえ、少額分納の計画を見直す。", "継続", False),
        ("(2)", "回収の見込みがない債権は、債権管理条例に基づく放棄を検討する。", "新規", True),
    ]),
]


def style(c, f=M, size=10, bold=False, h="center", border=True, wrap=True, fmt=None):
    c.font = Font(name=f, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if border:
        c.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
    if fmt:
        c.number_format = fmt


def setup(ws, title_rows=None):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.6
    ws.oddHeader.right.text = "あまご市債権回収計画"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    if title_rows:
        ws.print_title_rows = title_rows


def build():
    facts, inits = [], []
    wb = Workbook()
    # ---------------- sheet 1: 表紙・状況・表1
    ws = wb.active
    ws.title = "状況"
    setup(ws)
    widths = [24, 14] + [11] * 7 + [11]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.merge_cells("A1:J1")
    ws["A1"] = TITLE
    style(ws["A1"], G, 16, border=False)
    ws.row_dimensions[1].height = 30
    ws.merge_cells("A2:J2")
    ws["A2"] = "（令和６年度債権回収計画の達成状況を含む）"
    style(ws["A2"], M, 11, border=False)
    ws.merge_cells("A3:J3")
    ws["A3"] = "令和７年６月　あまご市総務部税務課"
    style(ws["A3"], M, 10, border=False, h="right")
    ws.merge_cells("A5:J5")
    ws["A5"] = "１　税外未収金の状況"
    style(ws["A5"], G, 12, border=False, h="left")
    r5 = sum(h[5] for _, _, h in MAIN) + OTHER_HIST[5]
    r6_rest = sum(x[3] for x in REST)
    r6 = sum(h[6] for _, _, h in MAIN) + r6_rest
    t5 = f"{r5 // 100000}億{r5 % 100000 // 10:,}万円"
    t6 = f"{r6 // 100000}億{r6 % 100000 // 10:,}万円"
    assert r5 % 10 == 0 and r6 % 10 == 0, (r5, r6)
    dd = (r5 - r6) // 10
    pct = rate(r5 - r6, r5, 1)
    ws.merge_cells("A6:J7")
    ws["A6"] = (f"　税外未収金の総額は、令和５年度末の{t5}が、令和６年度末には{t6}となり、"
                f"{dd:,}万円（対前年度{pct}％）減少した。生活保護費返還金は前年度から減少に転じたものの、"
                "依然として残高の大きい債権であり、計画的な回収に取り組む必要がある。")
    style(ws["A6"], M, 10.5, border=False, h="left")
    ws.row_dimensions[6].height = 24
    ws.row_dimensions[7].height = 24
    facts += [
        fact(None, 2023, "令和５年度末", "total", "outstanding", "actual", r5 * 1000, "yen", t5, page=1, debt_raw=None),
        fact(None, 2024, "令和６年度末", "total", "outstanding", "actual", r6 * 1000, "yen", t6, page=1, debt_raw=None),
    ]
    ws.merge_cells("A9:H9")
    ws["A9"] = "表１　債権別 収入未済額の推移（各年度末）"
    style(ws["A9"], G, 10.5, border=False, h="left")
    ws.merge_cells("I9:J9")
    ws["I9"] = "単位：千円"
    style(ws["I9"], M, 9, border=False, h="right")
    hdr = ["債権名", "所管課"] + [y for _, y in YEARS] + ["増減"]
    for k, h in enumerate(hdr):
        c = ws.cell(row=10, column=k + 1, value=h)
        style(c, G, 10)
    row = 11
    hist_rows = [(n, dept, h) for n, dept, h in MAIN] + [("その他", "－", OTHER_HIST[:6] + [r6_rest])]
    tot = [sum(h[i] for _, _, h in hist_rows) for i in range(7)]
    hist_rows.append(("合計", "", tot))
    for n, dept, h in hist_rows:
        style(ws.cell(row=row, column=1, value=n), G if n == "合計" else M, 10, h="left")
        style(ws.cell(row=row, column=2, value=dept), M, 9)
        for i, v in enumerate(h):
            style(ws.cell(row=row, column=3 + i, value=v), M, 10, h="right", fmt=NUM)
            debt = None if n in ("その他", "合計") else n
            facts.append(fact(debt, YEARS[i][0], YEARS[i][1], "total", "outstanding", "actual", v * 1000, "yen",
                              f"{v:,}", page=1, debt_raw=n))
        style(ws.cell(row=row, column=10, value=h[6] - h[5]), M, 10, h="right", fmt=NUM)
        if n == "合計":
            for col in range(1, 11):
                ws.cell(row=row, column=col).border = Border(left=THIN, right=THIN, top=MED, bottom=THIN)
        row += 1
    ws.merge_cells(start_row=row + 1, start_column=1, end_row=row + 1, end_column=10)
    ws.cell(row=row + 1, column=1, value="※ 市税、国民健康保険税、介護保険料、後期高齢者医療保険料及び上水道料金は除く。")
    style(ws.cell(row=row + 1, column=1), M, 9, border=False, h="left")
    ws.print_area = f"A1:J{row + 1}"

    # ---------------- sheet 2: 表2 債権別回収計画（改ページで分割、見出し行を繰返し）
    ws2 = wb.create_sheet("計画")
    setup(ws2, "3:4")
    w2 = [5, 26, 14, 6, 14, 11, 11, 11, 11]
    for i, w in enumerate(w2):
        ws2.column_dimensions[chr(65 + i)].width = w
    ws2.merge_cells("A1:I1")
    ws2["A1"] = "２　令和７年度 債権別回収計画"
    style(ws2["A1"], G, 12, border=False, h="left")
    ws2.merge_cells("A2:I2")
    ws2["A2"] = "単位：千円、％"
    style(ws2["A2"], M, 9, border=False, h="right")
    heads3 = ["No", "債権名", "所管課", "区分", "令和６年度末\n収入未済額", "令和６年度 実績", None, "令和７年度 目標", None]
    for k, h in enumerate(heads3):
        if h is not None:
            ws2.cell(row=3, column=k + 1, value=h)
    for col in (1, 2, 3, 4, 5):
        ws2.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    ws2.merge_cells("F3:G3")
    ws2.merge_cells("H3:I3")
    for k, h in enumerate(["現年度分", "過年度分", "現年度分", "過年度分"]):
        ws2.cell(row=4, column=6 + k, value=h)
    for r_ in (3, 4):
        for col in range(1, 10):
            style(ws2.cell(row=r_, column=col), G, 10)
    ws2.row_dimensions[3].height = 22
    ws2.row_dimensions[4].height = 20
    all_debts = [(n, dept, KUBUN[n], h[6]) for n, dept, h in MAIN] + REST
    row = 5
    for i, (n, dept, kb, out) in enumerate(all_debts, start=1):
        vals = [i, n, dept, kb, out]
        for k, v in enumerate(vals):
            style(ws2.cell(row=row, column=k + 1, value=v), M, 10, h=("right" if k == 4 else "left" if k == 1 else "center"),
                  fmt=NUM if k == 4 else None)
        rr = RATES[n]
        for k, v in enumerate(rr):
            style(ws2.cell(row=row, column=6 + k, value=float(v)), M, 10, h="right", fmt="0.00")
        ws2.row_dimensions[row].height = 34
        anc = ["目標", n]
        facts.append(fact(n, 2024, "令和６年度末", "total", "outstanding", "actual", out * 1000, "yen", f"{out:,}",
                          anchors=anc))
        for k, (fy, fyr, seg, basis) in enumerate([(2024, "令和６年度", "current", "actual"),
                                                  (2024, "令和６年度", "arrears", "actual"),
                                                  (2025, "令和７年度", "current", "target"),
                                                  (2025, "令和７年度", "arrears", "target")]):
            facts.append(fact(n, fy, fyr, seg, "collection_rate", basis, float(rr[k]), "percent", rr[k],
                              anchors=anc + [f"{out:,}"]))
        row += 1
    ws2.cell(row=row, column=2, value="合計")
    total_out = sum(x[3] for x in all_debts)
    assert total_out == r6
    ws2.cell(row=row, column=5, value=total_out)
    for col in range(1, 10):
        style(ws2.cell(row=row, column=col), G if col == 2 else M, 10, h="right" if col == 5 else "left",
              fmt=NUM if col == 5 else None)
        ws2.cell(row=row, column=col).border = Border(left=THIN, right=THIN, top=MED, bottom=THIN)
    ws2.row_dimensions[row].height = 24
    facts.append(fact(None, 2024, "令和６年度末", "total", "outstanding", "actual", total_out * 1000, "yen",
                      f"{total_out:,}", debt_raw="合計", anchors=["目標", "合計"]))
    ws2.cell(row=row + 1, column=2, value="※ 区分欄の「公」は公債権、「私」は私債権。目標は各所管課の設定による。")
    style(ws2.cell(row=row + 1, column=2), M, 9, border=False, h="left", wrap=False)
    ws2.print_area = f"A1:I{row + 1}"

    # ---------------- sheet 3: 取組（表題に「取組」の語はない）
    ws3 = wb.create_sheet("対応")
    setup(ws3)
    for col, w in zip("ABC", (24, 45, 70)):
        ws3.column_dimensions[col].width = w
    ws3.merge_cells("A1:C1")
    ws3["A1"] = "３　主な債権の回収に向けて"
    style(ws3["A1"], G, 12, border=False, h="left")
    for k, h in enumerate(["債権名（所管課）", "令和６年度の検証", "令和７年度の対応"]):
        style(ws3.cell(row=2, column=k + 1, value=h), G, 10)
    ws3.row_dimensions[2].height = 20
    checks = {
        "市営住宅使用料": "現年度分の収納率は前年度並みを維持したが、退去者分の回収が進んでいない。",
        "生活保護費返還金": "返還金の発生件数が増加し、過年度分の収納率が低迷している。",
        "奨学金貸付金": "返還開始直後の滞納が多く、初期対応が遅れる傾向がある。",
        "住宅新築資金等貸付金": "借受人の高齢化により、回収が困難な債権が増えている。",
    }
    row = 3
    for n, dept, items in INITS:
        style(ws3.cell(row=row, column=1, value=f"{n}\n（{dept}）"), M, 10, h="left")
        style(ws3.cell(row=row, column=2, value=checks[n]), M, 10, h="left")
        lines = []
        for lab, txt, tag, wrap_tag in items:
            lines.append(f"{lab}{txt}" + ("" if wrap_tag else f"【{tag}】"))
            if wrap_tag:
                lines.append(f"【{tag}】")
            inits.append({"debt": n, "fiscal_year": 2025, "section": "令和７年度の対応", "label": lab, "text": txt,
                          "status": tag, "page": None, "_anchors": [n]})
        c = ws3.cell(row=row, column=3, value="\n".join(lines))
        style(c, M, 10, h="left")
        c.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        ws3.row_dimensions[row].height = 18 * len(lines) + 14
        row += 1
    ws3.print_area = f"A1:C{row - 1}"

    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = to_pdf(src, PDF_DIR / f"{STEM}.pdf", "amago")
    resolve_pages(pdf, facts)
    resolve_pages(pdf, inits, "text")
    document = {"kind": "plan", "municipality": "あまご市", "title": TITLE, "date": "2025-06-01",
                "date_raw": "令和７年６月"}
    write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
