"""ふじのみや市 令和5年度 未収金対策の取組状況（中間報告）: openpyxl -> LibreOffice, one sheet = one page.

Modelled on the mid-year progress sheets of 大阪府「債権回収・整理計画」 and 明石市「債権徴収計画（達成状況）」:
one sheet per debt with a 債権名|所管課 box, interim 徴収率 (12月末・2月末, 前年同期, 差) without % signs
(単位：％ note), a 決算見込み | 目標 two-column block, and a boxed list of 主な取組.
"""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.page import PageMargins

from y_common import OUT, ROOT, fact, kyen, soffice_pdf, write_gold

STEM = "y_fujinomiya_progress_1"
CITY = "ふじのみや市"
TITLE = "令和5年度 未収金対策の取組状況（中間報告）"
AS12, AS12P = "2023-12-31", "2022-12-31"
AS02, AS02P = "2024-02-29", "2023-02-28"

# rates: (12月末 R5, 12月末 R4, 2月末 R5, 2月末 R4) per segment; est/target rates; outstanding (千円) est/target
DEBTS = [
    dict(name="国民健康保険税", ka="保険年金課", kubun="強制徴収公債権",
         cur=("71.84", "70.92", "86.57", "85.73"), arr=("17.36", "18.05", "23.90", "24.41"),
         est=("94.10%", "28.50%", "386,420"), tgt=("94.30%", "29.00%", "380,000"),
         items=[("①", "納期限後20日を経過した未納者へＳＭＳによる催告を送信し、早期の自主納付を促す。", "継続"),
                ("②", "財産調査で預貯金等が判明した滞納者は、差押予告を経ずに速やかに差押えを執行する。", "拡充"),
                ("③", "国保資格喪失後の未納者に、転出先の住所を調査して文書催告を行う。", "新規")]),
    dict(name="介護保険料", ka="介護保険課", kubun="強制徴収公債権",
         cur=("85.12", "84.96", "93.48", "93.30"), arr=("12.70", "11.85", "17.24", "16.38"),
         est=("99.05%", "20.10%", "61,870"), tgt=("99.10%", "21.00%", "60,000"),
         items=[("①", "普通徴収の未納者に、地域包括支援センターと連携して納付相談の機会を設ける。", "継続"),
                ("②", "口座振替の申込みを窓口でキャッシュカードにより受け付ける。", "新規")]),
    dict(name="市営住宅使用料", ka="住宅政策課", kubun="私債権",
         cur=("88.02", "87.45", "95.66", "95.01"), arr=("8.93", "9.40", "12.05", "12.38"),
         est=("98.60%", "15.20%", "48,350"), tgt=("98.80%", "16.00%", "47,000"),
         items=[("①", "3か月以上の滞納者には連帯保証人への通知を行い、分納誓約を取り付ける。", "継続"),
                ("②", "6か月以上の滞納者で誠意のない者は、明渡請求訴訟の対象として法的措置を進める。", "継続"),
                ("③", "退去者の滞納分は弁護士へ回収を委託する。", "拡充")]),
    dict(name="保育所保育料", ka="こども保育課", kubun="強制徴収公債権",
         cur=("90.48", "89.77", "96.31", "95.94"), arr=("21.56", "20.14", "28.83", "27.62"),
         est=("99.20%", "33.40%", "9,840"), tgt=("99.30%", "34.00%", "9,500"),
         items=[("①", "在園児の保護者には園長から納付を呼びかけ、児童手当からの特別徴収の申出を勧める。", "継続"),
                ("②", "卒園児の滞納分は財産調査のうえ、滞納処分を行う。", "継続")]),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
FONT = "IPAexGothic"


def style(ws, rng, *, border=True, bold=False, size=10, h="center", wrap=True):
    cells = ws[rng if ":" in rng else f"{rng}:{rng}"]
    for row in cells:
        for c in row:
            c.font = Font(name=FONT, size=size, bold=bold)
            c.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
            if border:
                c.border = box


def setup(ws, page):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.7, bottom=0.7)
    ws.oddHeader.right.text = "ふじのみや市財務部収納課"
    ws.oddFooter.center.text = f"- {page} -"


def diff(a, b):
    d = round(float(a) - float(b), 2)
    return f"{d:.2f}" if d >= 0 else f"△{-d:.2f}"


def build():
    wb = Workbook()
    facts, inits = [], []
    # ---- page 1: 一覧 (one debt per row, segment x period groups, header over three rows)
    ws = wb.active
    ws.title = "一覧"
    setup(ws, 1)
    for col, w in zip("ABCDEFGH", (22, 11, 11, 11, 11, 11, 11, 2)):
        ws.column_dimensions[col].width = w
    ws["A1"] = TITLE
    style(ws, "A1:G1", border=False, bold=True, size=14, h="left", wrap=False)
    ws["A2"] = "１　主要４債権の徴収率（令和5年12月末現在）"
    style(ws, "A2:G2", border=False, bold=True, size=11, h="left", wrap=False)
    ws["G3"] = "（単位：％）"
    style(ws, "G3", border=False, size=9, h="right", wrap=False)
    ws["A4"], ws["B4"] = "債権名", "徴収率（12月末）"
    ws["B5"], ws["E5"] = "現年分", "滞繰分"
    for c, t in zip("BCDEFG", ("R5", "R4", "差", "R5", "R4", "差")):
        ws[f"{c}6"] = t
    ws.merge_cells("A4:A6"); ws.merge_cells("B4:G4"); ws.merge_cells("B5:D5"); ws.merge_cells("E5:G5")
    style(ws, "A4:G6", bold=True)
    r = 7
    for d in DEBTS:
        c, a = d["cur"], d["arr"]
        ws[f"A{r}"] = d["name"]
        for col, v in zip("BCDEFG", (c[0], c[1], diff(c[0], c[1]), a[0], a[1], diff(a[0], a[1]))):
            ws[f"{col}{r}"] = v
        style(ws, f"A{r}:G{r}")
        ws[f"A{r}"].alignment = Alignment(horizontal="left", vertical="center")
        for seg, vals in (("current", c), ("arrears", a)):
            facts.append(fact(d["name"], 2023, "R5", seg, "collection_rate", "interim", float(vals[0]), "percent", vals[0], 1, as_of=AS12))
            facts.append(fact(d["name"], 2022, "R4", seg, "collection_rate", "interim", float(vals[1]), "percent", vals[1], 1, as_of=AS12P))
        ws.row_dimensions[r].height = 22
        r += 1
    r += 1
    notes = ["※ 徴収率＝収入済額÷調定額。12月末は令和5年12月31日、前年同期は令和4年12月31日時点の集計。",
             "※ 差は、令和5年度から令和4年度を差し引いたポイント（△は低下）。",
             "※ 各債権の2月末時点の状況、決算見込み及び取組は次ページ以降の個票のとおり。"]
    for n in notes:
        ws[f"A{r}"] = n
        style(ws, f"A{r}", border=False, size=9, h="left", wrap=False)
        r += 1
    # ---- one sheet per debt
    for i, d in enumerate(DEBTS, start=2):
        ws = wb.create_sheet(d["name"])
        setup(ws, i)
        for col, w in zip("ABCDEFGH", (16, 13, 13, 10, 14, 14, 15, 2)):
            ws.column_dimensions[col].width = w
        ws["A1"] = f"{TITLE}　個票{i - 1}"
        style(ws, "A1:G1", border=False, bold=True, size=12, h="left", wrap=False)
        ws["A3"], ws["B3"], ws["D3"], ws["E3"], ws["F3"], ws["G3"] = "債権名", d["name"], "所管課", d["ka"], "区分", d["kubun"]
        ws.merge_cells("B3:C3")
        style(ws, "A3:G3")
        for cc in ("A3", "D3", "F3"):
            ws[cc].font = Font(name=FONT, size=10, bold=True)
        ws["A5"] = "【徴収率】令和5年12月末及び令和6年2月末時点"
        style(ws, "A5:F5", border=False, bold=True, size=11, h="left", wrap=False)
        ws["G5"] = "単位：％"
        style(ws, "G5", border=False, size=9, h="right", wrap=False)
        hdr = ("区分", "12月末", "前年同期", "差", "2月29日現在", "前年同期(2/28)", "差")
        for col, t in zip("ABCDEFG", hdr):
            ws[f"{col}6"] = t
        style(ws, "A6:G6", bold=True)
        for rr, (lab, seg, v) in zip((7, 8), (("現年分", "current", d["cur"]), ("滞繰分", "arrears", d["arr"]))):
            row = (lab, v[0], v[1], diff(v[0], v[1]), v[2], v[3], diff(v[2], v[3]))
            for col, t in zip("ABCDEFG", row):
                ws[f"{col}{rr}"] = t
            style(ws, f"A{rr}:G{rr}")
            ws.row_dimensions[rr].height = 20
            for val, fy, raw_fy, aso in ((v[0], 2023, "12月末", AS12), (v[1], 2022, "前年同期", AS12P),
                                         (v[2], 2023, "2月29日現在", AS02), (v[3], 2022, "前年同期(2/28)", AS02P)):
                facts.append(fact(d["name"], fy, raw_fy, seg, "collection_rate", "interim", float(val), "percent", val, i, as_of=aso))
        # two headings side by side: 決算見込み | 目標
        ws["A10"] = "【年度末の見通し】"
        style(ws, "A10:C10", border=False, bold=True, size=11, h="left", wrap=False)
        ws["A11"], ws["B11"], ws["E11"] = "項目", "令和5年度 決算見込み", "令和5年度 目標"
        ws.merge_cells("B11:D11"); ws.merge_cells("E11:G11")
        style(ws, "A11:G11", bold=True)
        labels = (("現年分徴収率", "current", "collection_rate", 0), ("滞繰分徴収率", "arrears", "collection_rate", 1),
                  ("未収金残高（千円）", "total", "outstanding", 2))
        for rr, (lab, seg, met, k) in zip((12, 13, 14), labels):
            ws[f"A{rr}"], ws[f"B{rr}"], ws[f"E{rr}"] = lab, d["est"][k], d["tgt"][k]
            ws.merge_cells(f"B{rr}:D{rr}"); ws.merge_cells(f"E{rr}:G{rr}")
            style(ws, f"A{rr}:G{rr}")
            ws.row_dimensions[rr].height = 20
            for val, basis in ((d["est"][k], "estimate"), (d["tgt"][k], "target")):
                if met == "outstanding":
                    facts.append(fact(d["name"], 2023, "令和5年度", seg, met, basis, kyen(val), "yen", val, i))
                else:
                    facts.append(fact(d["name"], 2023, "令和5年度", seg, met, basis, float(val.rstrip("%")), "percent", val, i))
        ws["A16"] = "主な取組（令和5年度下半期）"
        style(ws, "A16:D16", border=False, bold=True, size=11, h="left", wrap=False)
        text = "\n".join(f"{lab}{t}【{st}】" for lab, t, st in d["items"])
        ws["A17"] = text
        ws.merge_cells("A17:G17")
        style(ws, "A17:G17", h="left")
        ws["A17"].alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        ws.row_dimensions[17].height = 26 * len(d["items"]) + 10
        for lab, t, st in d["items"]:
            inits.append({"debt": d["name"], "fiscal_year": 2023, "section": "主な取組（令和5年度下半期）",
                          "label": lab, "text": t, "status": st, "page": i})
    OUT.mkdir(parents=True, exist_ok=True)
    xlsx = OUT / f"{STEM}.xlsx"
    wb.save(xlsx)
    soffice_pdf(xlsx, ROOT / "pdf" / f"{STEM}.pdf", "fuji")
    document = {"kind": "progress_report", "municipality": CITY, "title": TITLE,
                "date": "2024-02-29", "date_raw": "令和6年2月末"}
    write_gold(STEM, document, facts, inits)


if __name__ == "__main__":
    build()
