"""t_chiba_progress_1: 債権回収・整理計画（中間報告） as of a leap-year 2月29日, openpyxl -> LibreOffice (landscape)."""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

from t_common import OUT, PDF, Gold, lo_pdf

STEM = "t_chiba_progress_1"
G = Gold(STEM, "千葉市")
FY = 2023
ASOF, ASOF_P = "2024-02-29", "2023-02-28"
D12, D12_P = "2023-12-31", "2022-12-31"

thin = Side(style="thin")
hair = Side(style="hair")
GRID = Border(left=thin, right=thin, top=thin, bottom=thin)
HF = PatternFill("solid", fgColor="E2EFDA")
FONT = "IPAexGothic"

# 総括: name, 所管, (2月末 現/滞), (前年同期 現/滞), (目標 現/滞)
SUMMARY = [
    ("市税", "財政局税務部納税管理課", (91.84, 30.12), (91.62, 29.40), (99.10, 33.00)),
    ("国民健康保険料", "保健福祉局健康部健康保険課", (87.62, 27.15), (87.35, 26.02), (94.50, 31.00)),
    ("介護保険料", "保健福祉局高齢障害部介護保険管理課", (93.05, 14.88), (92.91, 14.20), (98.70, 18.00)),
    ("後期高齢者医療保険料", "保健福祉局健康部健康保険課", (95.44, 36.02), (95.50, 35.71), (99.30, 40.00)),
    ("保育所等利用者負担金", "こども未来局幼児教育・保育部幼保運営課", (96.10, 21.45), (95.87, 20.60), (98.80, 25.00)),
    ("市営住宅使用料", "都市局建築部住宅整備課", (95.21, 16.34), (95.02, 15.90), (98.20, 19.00)),
    ("下水道使用料", "建設局下水道営業部下水道営業課", (96.85, 52.40), (96.60, 51.88), (99.20, 58.00)),
    ("生活保護費返還金", "保健福祉局地域福祉推進部保護課", (58.12, 3.05), (56.90, 2.98), (70.00, 4.00)),
    ("母子父子寡婦福祉資金貸付金", "こども未来局こども未来部こども家庭支援課", (72.40, 6.81), (71.95, 6.55), (85.00, 8.00)),
    ("児童扶養手当返還金", "こども未来局こども未来部こども家庭支援課", (41.30, 5.12), (39.88, 4.90), (55.00, 6.00)),
    ("学校給食費", "教育委員会学校教育部保健体育課", (97.62, 24.90), (97.40, 23.10), (99.50, 28.00)),
]

SHEETS = {
    "国民健康保険料": dict(
        ka="保健福祉局健康部健康保険課",
        feb=(87.62, 27.15, 68.40), prev=(87.35, 26.02, 67.71), mikomi=(94.30, 30.50, 79.10),
        tgt=(94.50, 31.00, 79.50), last=(94.12, 29.80, 78.62),
        dec=(77.41, 21.88), dec_prev=(77.05, 20.97),
        mishu=3_412_885,
        inits=[("財産調査の早期着手", "督促状送付後に納付のない世帯に対し、翌月から預貯金等の財産調査を行い、差押えにつなげる。"),
               ("口座振替の原則化", "加入手続の際に口座振替を原則とし、キャッシュカードによるペイジー口座振替受付を区役所全窓口で実施する。"),
               ("短期被保険者証を活用した納付相談", "短期被保険者証の更新時に窓口での納付相談を行い、分割納付の履行を管理する。")],
        wards=[("中央区", 87.02, 86.81), ("花見川区", 87.95, 87.60), ("稲毛区", 87.40, 87.22),
               ("若葉区", 88.11, 87.70), ("緑区", 88.64, 88.45), ("美浜区", 86.91, 86.80)],
    ),
    "介護保険料": dict(
        ka="保健福祉局高齢障害部介護保険管理課",
        feb=(93.05, 14.88, 90.12), prev=(92.91, 14.20, 89.95), mikomi=(98.65, 17.80, 96.40),
        tgt=(98.70, 18.00, 96.50), last=(98.61, 17.12, 96.31),
        mishu=412_506,
        inits=[("普通徴収者への電話催告", "納期限後１か月を経過した普通徴収の第１号被保険者に対し、委託事業者による電話催告を行う。"),
               ("給付制限の周知", "滞納が続いた場合の給付制限について、督促状・催告書に記載して周知する。")],
    ),
    "市営住宅使用料": dict(
        ka="都市局建築部住宅整備課",
        feb=(95.21, 16.34, 82.77), prev=(95.02, 15.90, 82.31), mikomi=(98.10, 18.60, 88.90),
        tgt=(98.20, 19.00, 89.20), last=(98.05, 18.21, 88.64),
        mishu=186_940,
        inits=[("滞納初期の納付指導", "１か月滞納で催告書、２か月で連帯保証人への通知を行う。"),
               ("法的措置の実施", "６か月以上の滞納者で納付に応じない者に対し、明渡し請求訴訟を提起する。"),
               ("退去者滞納分の回収委託", "退去者の滞納使用料について、債権回収会社への委託を継続する。")],
    ),
}


def style(c, bold=False, fill=None, align="center", size=10, border=GRID):
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=border is not None)
    if border:
        c.border = border
    if fill:
        c.fill = fill


def setup(ws, title_rows=None):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.6
    ws.oddHeader.right.text = "令和５年度 債権回収・整理計画（中間報告）"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "&P / &N"
    ws.oddFooter.center.size = 8
    if title_rows:
        ws.print_title_rows = title_rows


def summary(wb):
    ws = wb.active
    ws.title = "総括"
    setup(ws, "4:6")
    widths = [5, 30, 36, 11, 11, 11, 11, 11, 11]
    for k, w in enumerate(widths):
        ws.column_dimensions[chr(65 + k)].width = w
    ws["A1"] = "令和５年度 債権回収・整理計画（中間報告）"
    style(ws["A1"], bold=True, size=15, align="left", border=None)
    ws["A2"] = "令和６年２月２９日現在"
    style(ws["A2"], size=10, align="left", border=None)
    ws["I2"] = "単位：％"
    style(ws["I2"], size=9, align="right", border=None)
    # header over three rows
    ws.merge_cells("A4:A6"); ws["A4"] = "No."
    ws.merge_cells("B4:B6"); ws["B4"] = "債権名"
    ws.merge_cells("C4:C6"); ws["C4"] = "所管課"
    ws.merge_cells("D4:I4"); ws["D4"] = "徴　収　率"
    ws.merge_cells("D5:E5"); ws["D5"] = "２月末"
    ws.merge_cells("F5:G5"); ws["F5"] = "前年同期"
    ws.merge_cells("H5:I5"); ws["H5"] = "年度目標"
    for col in "DFH":
        ws[f"{col}6"] = "現年度分"
    for col in "EGI":
        ws[f"{col}6"] = "滞納繰越分"
    for r in range(4, 7):
        for c in range(1, 10):
            style(ws.cell(r, c), fill=HF, size=9)
    r = 7
    for k, (name, ka, feb, prev, tgt) in enumerate(SUMMARY):
        ws.cell(r, 1, k + 1)
        ws.cell(r, 2, name)
        ws.cell(r, 3, ka)
        vals = []
        for seg_i, seg in enumerate(("current", "arrears")):
            pass
        cells = [
            G.f(f"{feb[0]:.2f}", feb[0], "collection_rate", "interim", FY, "２月末", "current", debt=name, as_of=ASOF),
            G.f(f"{feb[1]:.2f}", feb[1], "collection_rate", "interim", FY, "２月末", "arrears", debt=name, as_of=ASOF),
            G.f(f"{prev[0]:.2f}", prev[0], "collection_rate", "interim", FY - 1, "前年同期", "current", debt=name, as_of=ASOF_P),
            G.f(f"{prev[1]:.2f}", prev[1], "collection_rate", "interim", FY - 1, "前年同期", "arrears", debt=name, as_of=ASOF_P),
            G.f(f"{tgt[0]:.2f}", tgt[0], "collection_rate", "target", FY, "年度目標", "current", debt=name),
            G.f(f"{tgt[1]:.2f}", tgt[1], "collection_rate", "target", FY, "年度目標", "arrears", debt=name),
        ]
        for j, v in enumerate(cells):
            ws.cell(r, 4 + j, v)
        for c in range(1, 10):
            style(ws.cell(r, c), size=9.5, align="right" if c > 3 else ("center" if c == 1 else "left"))
        ws.row_dimensions[r].height = 30
        if k == 6:
            ws.row_breaks.append(Break(id=r))
        r += 1
    ws.cell(r + 1, 2, "※徴収率＝収入済額÷調定額。２月末の数値は出納整理期間前の速報値であり、年度目標は決算（５月末）時点の目標。")
    style(ws.cell(r + 1, 2), size=8.5, align="left", border=None)
    ws.merge_cells(start_row=r + 1, start_column=2, end_row=r + 1, end_column=9)


def debt_sheet(wb, name, d):
    ws = wb.create_sheet(name[:10])
    setup(ws)
    for col, w in zip("ABCDEFGH", [16, 13, 13, 11, 13, 13, 13, 4]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "債権別 中間報告（令和６年２月２９日現在）"
    style(ws["A1"], bold=True, size=13, align="left", border=None)
    ws["A3"] = "債権名"; ws["B3"] = name; ws.merge_cells("B3:C3")
    ws["D3"] = "所管課"; ws["E3"] = d["ka"]; ws.merge_cells("E3:G3")
    for c in "ABCDEFG":
        style(ws[f"{c}3"], fill=HF if c in "AD" else None, align="left" if c in "BE" else "center")
    ws["G5"] = "単位：％"
    style(ws["G5"], size=9, align="right", border=None)
    hdr = ["区分", "２月末", "前年同期", "増減", "決算見込", "目標", "前年度決算"]
    for j, h in enumerate(hdr):
        ws.cell(6, 1 + j, h)
        style(ws.cell(6, 1 + j), fill=HF, size=9.5)
    segs = [("現年度分", "current"), ("滞納繰越分", "arrears"), ("計", "total")]
    for i, (lab, seg) in enumerate(segs):
        r = 7 + i
        diff = round(d["feb"][i] - d["prev"][i], 2)
        row = [lab,
               G.f(f"{d['feb'][i]:.2f}", d["feb"][i], "collection_rate", "interim", FY, "２月末", seg, debt=name, as_of=ASOF),
               G.f(f"{d['prev'][i]:.2f}", d["prev"][i], "collection_rate", "interim", FY - 1, "前年同期", seg, debt=name, as_of=ASOF_P),
               (f"{diff:+.2f}").replace("-", "△").replace("+", ""),
               G.f(f"{d['mikomi'][i]:.2f}", d["mikomi"][i], "collection_rate", "estimate", FY, "決算見込", seg, debt=name),
               G.f(f"{d['tgt'][i]:.2f}", d["tgt"][i], "collection_rate", "target", FY, "目標", seg, debt=name),
               G.f(f"{d['last'][i]:.2f}", d["last"][i], "collection_rate", "actual", FY - 1, "前年度決算", seg, debt=name)]
        for j, v in enumerate(row):
            ws.cell(r, 1 + j, v)
            style(ws.cell(r, 1 + j), align="center" if j == 0 else "right")
    r = 11
    ws.cell(r, 1, "滞納繰越分の未収額（２月末）：" + G.f(f"{d['mishu']:,}千円", d["mishu"] * 1000, "outstanding", "interim", FY,
                                                   "２月末", "arrears", debt=name, as_of=ASOF))
    style(ws.cell(r, 1), align="left", border=None)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    r = 13
    if "dec" in d:
        ws.cell(r, 1, "【徴収率】令和５年１２月末時点")
        style(ws.cell(r, 1), bold=True, align="left", border=None)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        for lab, seg, i in (("現年度分", "current", 0), ("滞納繰越分", "arrears", 1)):
            r += 1
            txt = ("・" + lab + "　" + G.f(f"{d['dec'][i]:.2f}％", d["dec"][i], "collection_rate", "interim", FY, "令和５年１２月末",
                                        seg, debt=name, as_of=D12)
                   + "（前年同期 " + G.f(f"{d['dec_prev'][i]:.2f}％", d["dec_prev"][i], "collection_rate", "interim", FY - 1,
                                      "前年同期", seg, debt=name, as_of=D12_P) + "）")
            ws.cell(r, 1, txt)
            style(ws.cell(r, 1), align="left", border=None)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 2
    ws.cell(r, 1, "●主な取組")
    style(ws.cell(r, 1), bold=True, align="left", border=None)
    for k, (head, body) in enumerate(d["inits"]):
        r += 1
        lab = f"（{k + 1}）"
        G.i(name, FY, "主な取組", lab, head + body)
        ws.cell(r, 1, f"{lab}{head}\n　{body}")
        style(ws.cell(r, 1), align="left", border=None)
        ws.cell(r, 1).alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.row_dimensions[r].height = 34
    if "wards" in d:
        ws.row_breaks.append(Break(id=r))
        r += 2
        ws.cell(r, 1, "区役所で徴収を行っている国民健康保険料の状況（現年度分徴収率）")
        style(ws.cell(r, 1), bold=True, align="left", border=None)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        ws.cell(r, 5, "単位：％")
        style(ws.cell(r, 5), size=9, align="right", border=None)
        r += 1
        for j, h in enumerate(["区", "２月末", "前年同期", "差"]):
            ws.cell(r, 1 + j, h)
            style(ws.cell(r, 1 + j), fill=HF)
        for ward, a, b in d["wards"]:
            r += 1
            diff = round(a - b, 2)
            row = [ward,
                   G.f(f"{a:.2f}", a, "collection_rate", "interim", FY, "２月末", "current", debt=name, as_of=ASOF, area=ward),
                   G.f(f"{b:.2f}", b, "collection_rate", "interim", FY - 1, "前年同期", "current", debt=name, as_of=ASOF_P,
                       area=ward),
                   f"{diff:.2f}" if diff >= 0 else f"△{-diff:.2f}"]
            for j, v in enumerate(row):
                ws.cell(r, 1 + j, v)
                style(ws.cell(r, 1 + j), align="center" if j == 0 else "right")


def build():
    wb = Workbook()
    summary(wb)
    for name, d in SHEETS.items():
        debt_sheet(wb, name, d)
    OUT.mkdir(exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = lo_pdf(src, PDF / f"{STEM}.pdf", "chiba")
    G.finish(pdf, {"kind": "progress_report", "title": "令和５年度 債権回収・整理計画（中間報告）",
                   "date": "2024-02-29", "date_raw": "令和６年２月２９日現在"})


if __name__ == "__main__":
    build()
