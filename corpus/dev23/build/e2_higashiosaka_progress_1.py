"""東大阪市 未収債権の目標及び具体処理策（中間報告） (progress family) — openpyxl -> LibreOffice + gold."""
import subprocess, sys
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
sys.path.insert(0, str(Path(__file__).parent))
from e2_common import F, resolve_and_write, ROOT

STEM = "e2_higashiosaka_progress_1"
OUT = ROOT / "build" / "out"
PDF = ROOT / "pdf" / f"{STEM}.pdf"
NOW, PREV = "2024-02-29", "2023-02-28"   # 令和6年2月末 (leap year) / 令和5年2月末

# summary: debt -> (cur R6.2末, cur R5.2末, arr R6.2末, arr R5.2末)
SUMMARY = [
    ("市税", (88.4, 88.1, 24.6, 23.9)),
    ("国民健康保険料", (78.2, 77.5, 17.3, 16.8)),
    ("介護保険料", (91.6, 91.9, 12.4, 12.0)),
    ("市営住宅家賃", (93.1, 92.7, 9.8, 10.6)),
    ("保育所保育料", (94.5, 94.0, 21.7, 20.2)),
    ("生活保護費返還金", (41.3, 39.8, 3.1, 2.9)),
]
# detail: debt, 区分, dept, rates {seg: (2月末, 決算見込, 目標, 前年2月末, 前年決算)}, balances 千円 (R3, R4, R6.2末, 見込, 目標), items
DETAIL = [
    ("国民健康保険料", "強制徴収公債権", "健康部保険管理課",
     {"現年度分": (78.2, 93.6, 93.8, 77.5, 93.2), "過年度分": (17.3, 22.5, 23.0, 16.8, 21.9), "合計": (66.0, 79.4, 79.9, 65.1, 78.6)},
     (2_415_330, 2_288_910, 2_530_412, 2_201_870, 2_180_000),
     [("差押予告書の発送後も納付がない世帯に対し、預貯金を中心に差押えを執行した。", "継続"),
      ("資格喪失世帯の一覧を活用し、転出者へ文書催告を行った。", "継続"),
      ("３月に夜間・休日の納付相談窓口を開設する。", "新規")]),
    ("介護保険料", "強制徴収公債権", "福祉部高齢介護課",
     {"現年度分": (91.6, 98.9, 99.0, 91.9, 98.8), "過年度分": (12.4, 16.1, 17.0, 12.0, 15.8), "合計": (87.9, 95.2, 95.5, 88.0, 95.0)},
     (412_550, 398_120, 455_306, 390_400, 385_000),
     [("普通徴収の未納者に対し、納期限後１か月以内に電話催告を行った。", "継続"),
      ("時効が近い案件を抽出し、財産調査の上で滞納処分を行った。", "拡充")]),
    ("市営住宅家賃", "非強制徴収公債権（私債権）", "都市整備部住宅政策課",
     {"現年度分": (93.1, 98.0, 98.2, 92.7, 97.9), "過年度分": (9.8, 13.5, 15.0, 10.6, 14.1), "合計": (76.4, 81.3, 82.0, 76.0, 81.0)},
     (301_882, 289_045, 296_771, 280_300, 275_000),
     [("滞納３か月以上の入居者に対し、連帯保証人への通知と面談を実施した。", "継続"),
      ("明渡請求訴訟を２件提起した。", "継続"),
      ("退去者の未収金について、回収見込みのないものの整理方針を定める。", "新規")]),
    ("保育所保育料", "強制徴収公債権", "子どもすこやか部施設管理課",
     {"現年度分": (94.5, 99.1, 99.2, 94.0, 99.0), "過年度分": (21.7, 28.4, 30.0, 20.2, 27.5), "合計": (89.9, 95.3, 95.6, 89.2, 95.0)},
     (58_204, 52_660, 61_015, 50_100, 49_000),
     [("児童手当からの申出徴収を入所時に案内し、未納の発生を抑えた。", "継続"),
      ("卒園者の未納分について、勤務先照会を行い給与差押えを執行した。", "拡充")]),
]
SEG = {"現年度分": "current", "過年度分": "arrears", "合計": "total"}

thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
FT = Font(name="IPAexGothic", size=10); FB = Font(name="IPAexGothic", size=12, bold=True)
GRAY = PatternFill("solid", fgColor="DDDDDD")
C = Alignment(horizontal="center", vertical="center", wrap_text=True)
R = Alignment(horizontal="right", vertical="center")
L = Alignment(horizontal="left", vertical="top", wrap_text=True)

def setup(ws, title):
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.right.text = "東大阪市　令和５年度債権回収・整理（中間）"
    ws.oddFooter.center.text = "&P"
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.6

def put(ws, cell, v, font=FT, al=None, border=True, fill=None):
    c = ws[cell]; c.value = v; c.font = font
    if al: c.alignment = al
    if border: c.border = BOX
    if fill: c.fill = fill
    return c

def build():
    wb = Workbook(); facts, inits = [], []
    ws = wb.active; ws.title = "総括"; setup(ws, "総括")
    for col, w in zip("ABCDEF", (26, 14, 14, 4, 14, 14)):
        ws.column_dimensions[col].width = w
    put(ws, "A1", "令和５年度　未収債権の目標及び具体処理策（中間報告）", FB, border=False)
    put(ws, "A2", "令和６年２月末現在", FT, border=False)
    put(ws, "A4", "債権別の徴収率（２月末時点の前年同期比較）", FT, border=False)
    put(ws, "A6", "債権名", FT, border=False); put(ws, "B5", "現年度分", FT, C, border=False); put(ws, "E5", "過年度分", FT, C, border=False)
    ws.merge_cells("B5:C5"); ws.merge_cells("E5:F5")
    for cl, t in zip("BCEF", ("R6.2末", "R5.2末", "R6.2末", "R5.2末")):
        put(ws, f"{cl}6", t, FT, C, border=False)
    r = 7
    for d, (c1, c0, a1, a0) in SUMMARY:
        put(ws, f"A{r}", d, FT, border=False)
        for cl, v, seg, fy, raw_fy, asof in (("B", c1, "current", 2023, "R6.2末", NOW), ("C", c0, "current", 2022, "R5.2末", PREV),
                                            ("E", a1, "arrears", 2023, "R6.2末", NOW), ("F", a0, "arrears", 2022, "R5.2末", PREV)):
            put(ws, f"{cl}{r}", f"{v:.1f}%", FT, R, border=False)
            facts.append(F(d, fy, raw_fy, seg, "collection_rate", "interim", v, "percent", f"{v:.1f}%", "債権別の徴収率", as_of=asof))
        r += 1
    put(ws, f"A{r+1}", "※徴収率＝収入済額÷調定額。２月末の収入済額には出納整理期間中の収入を含まない。", Font(name="IPAexGothic", size=8), border=False)
    put(ws, f"A{r+2}", "※各債権の詳細は次ページ以降の個票による。", Font(name="IPAexGothic", size=8), border=False)

    for no, (d, kubun, dept, rates, bal, items) in enumerate(DETAIL, 1):
        ws = wb.create_sheet(f"個票{no}"); setup(ws, d)
        for col, w in zip("ABCDEFGH", (18, 14, 14, 14, 14, 14, 14, 14)):
            ws.column_dimensions[col].width = w
        anchor = f"個票{no}／{len(DETAIL)}"
        put(ws, "A1", f"未収債権の目標及び具体処理策（中間報告）　　{anchor}", FB, border=False)
        put(ws, "A3", "1. 債権名及び(債権区分)", FT, C, fill=GRAY); put(ws, "B3", f"{d}（{kubun}）", FT, L); ws.merge_cells("B3:D3")
        put(ws, "E3", "所属(課又は担当)", FT, C, fill=GRAY); put(ws, "F3", dept, FT, L); ws.merge_cells("F3:H3")
        put(ws, "A5", "2. 徴収率の状況", FT, border=False); put(ws, "H5", "単位：％", FT, R, border=False)
        put(ws, "A6", "区分", FT, C, fill=GRAY); ws.merge_cells("A6:A7")
        put(ws, "B6", "令和5年度", FT, C, fill=GRAY); ws.merge_cells("B6:D6")
        put(ws, "E6", "令和4年度", FT, C, fill=GRAY); ws.merge_cells("E6:F6")
        put(ws, "G6", "前年同期差", FT, C, fill=GRAY); ws.merge_cells("G6:G7")
        for cl, t in zip("BCDEF", ("2月末", "決算見込", "目標", "2月末", "決算")):
            put(ws, f"{cl}7", t, FT, C, fill=GRAY)
        r = 8
        for segname in ("現年度分", "過年度分", "合計"):
            now, est, tgt, prev, pact = rates[segname]
            seg = SEG[segname]
            put(ws, f"A{r}", segname, FT, C)
            for cl, v, basis, fy, fyr, asof in (("B", now, "interim", 2023, "令和5年度", NOW), ("C", est, "estimate", 2023, "令和5年度", None),
                                               ("D", tgt, "target", 2023, "令和5年度", None), ("E", prev, "interim", 2022, "令和4年度", PREV),
                                               ("F", pact, "actual", 2022, "令和4年度", None)):
                put(ws, f"{cl}{r}", f"{v:.1f}", FT, R)
                facts.append(F(d, fy, fyr, seg, "collection_rate", basis, v, "percent", f"{v:.1f}", anchor, as_of=asof))
            diff = round(now - prev, 1)
            put(ws, f"G{r}", ("△" if diff < 0 else "") + f"{abs(diff):.1f}", FT, R)
            r += 1
        r += 1
        put(ws, f"A{r}", "3. 未収金残高の推移（単位：千円）", FT, border=False); r += 1
        hdr = ("令和3年度決算", "令和4年度決算", "令和5年度2月末", "令和5年度決算見込", "令和5年度目標")
        put(ws, f"A{r}", "区分", FT, C, fill=GRAY)
        for cl, t in zip("BCDEF", hdr):
            put(ws, f"{cl}{r}", t, FT, C, fill=GRAY)
        r += 1
        put(ws, f"A{r}", "未収金残高", FT, C)
        for cl, v, basis, fy, fyr, asof in zip("BCDEF", bal, ("actual", "actual", "interim", "estimate", "target"),
                                              (2021, 2022, 2023, 2023, 2023), hdr, (None, None, NOW, None, None)):
            put(ws, f"{cl}{r}", f"{v:,}", FT, R)
            facts.append(F(d, fy, fyr, "total", "outstanding", basis, v * 1000, "yen", f"{v:,}", anchor, as_of=asof))
        r += 2
        put(ws, f"A{r}", "4. 上半期の取組実績及び下半期の取組", FT, border=False); r += 1
        lines = []
        for k, (txt, st) in enumerate(items, 1):
            lines.append(f"({k}) {txt}【{st}】")
            inits.append(dict(debt=d, fiscal_year=2023, section="上半期の取組実績及び下半期の取組", label=f"({k})", text=txt, status=st, page=anchor))
        put(ws, f"A{r}", "\n".join(lines), FT, L); ws.merge_cells(f"A{r}:H{r+3}")
        for rr in range(r, r + 4):
            ws.row_dimensions[rr].height = 22
            for cl in "ABCDEFGH":
                ws[f"{cl}{rr}"].border = BOX
    OUT.mkdir(parents=True, exist_ok=True)
    xlsx = OUT / f"{STEM}.xlsx"; wb.save(xlsx)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(xlsx)], check=True, capture_output=True)
    (OUT / f"{STEM}.pdf").replace(PDF)
    document = {"kind": "progress_report", "municipality": "東大阪市", "title": "令和５年度　未収債権の目標及び具体処理策（中間報告）",
                "date": "2024-02-29", "date_raw": "令和６年２月末現在"}
    return resolve_and_write(STEM, PDF, document, facts, inits)

if __name__ == "__main__":
    build()
