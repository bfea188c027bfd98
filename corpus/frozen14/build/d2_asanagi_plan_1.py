"""あさなぎ市 令和7年度 徴収計画 (openpyxl -> LibreOffice), landscape, one debt per row."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break
from d2_common import Gold, OUT, ROOT, fmt, to_pdf

STEM = "d2_asanagi_plan_1"
# name, rate R5, rate 6年度見込, rate R7目標, outstanding R5, 見込, 目標 (千円), items
ROWS = [
 ("市税", "98.94", "99.02", "99.10", 1183406, 1121950, 1080000,
  [("①", "高額・困難案件は県併任職員と共同で着手し、捜索・公売まで一貫して処理する。", "継続"),
   ("②", "膠着した案件は財産調査を再実施し、執行停止の要否を判断する。", "継続")]),
 ("国民健康保険税", "93.18", "93.40", "93.75", 1864217, 1790300, 1720000,
  [("①", "納期限後20日以内に催告書を送付し、反応のない世帯は財産調査に移行する。", "継続"),
   ("②", "短期被保険者証の交付時に納付相談を必ず実施する。", "拡充")]),
 ("介護保険料", "98.71", "98.80", "98.90", 108344, 104100, 100000,
  [("①", "普通徴収の新規該当者に口座振替の勧奨文書を同封する。", "新規")]),
 ("後期高齢者医療保険料", "99.52", "99.55", "99.60", 21806, None, None,
  [("①", "広域連合と連携し、滞納初期の電話催告を行う。", "継続")]),
 ("保育料", "98.45", "98.90", "99.20", 54218, 51200, 48500,
  [("①", "児童手当からの特別徴収の申出を入所時に案内する。", "継続"),
   ("②", "コールセンターを活用し、夜間の納付案内を行う。", "新規")]),
 ("下水道使用料", "99.12", "99.15", "99.18", 30442, 30100, 29800,
  [("①", "検針時納付書の即時発行により早期の収納を図る。", "拡充")]),
 ("下水道事業受益者負担金", "97.70", "97.72", "97.80", 7215, None, None,
  [("①", "分割納付の不履行者へ文書催告を年2回行う。", "継続")]),
 ("市営住宅使用料", "98.16", "98.20", "98.30", 96830, 94000, 91000,
  [("①", "3か月以上の滞納者には連帯保証人への通知を行う。", "継続"),
   ("②", "明渡し請求訴訟の対象基準を見直す。", "新規")]),
 ("学校給食費", "99.85", "99.88", "99.90", 1312, 1280, 1200,
  [("①", "就学援助の申請案内を滞納者に個別送付する。", "継続")]),
 ("水道料金", "99.33", "99.35", "99.38", 38911, 38500, 38000,
  [("①", "給水停止予告の前に訪問催告を実施する。", "継続")]),
 ("生活保護費返還金", "72.40", "74.00", "76.50", 318662, 316000, 312000,
  [("①", "保護継続中の返還は実態に応じた分割納付を推進する。", "継続"),
   ("②", "新規の滞納や分納不履行には早期に納付指導を行う。", "拡充")]),
 ("母子父子寡婦福祉資金貸付金", "11.05", "12.80", "14.50", 187320, 185100, 182000,
  [("①", "連帯借受人・保証人への請求を並行して行う。", "継続")]),
 ("奨学資金貸付金", "85.30", "86.10", "87.00", 19866, 18900, 17500,
  [("①", "卒業前の返還説明会で口座振替の登録を求める。", "新規")]),
]

def main():
    g = Gold(STEM, "plan", "あさなぎ市", "令和7年度 徴収計画", "2025-04-01", "令和7年4月")
    wb = Workbook(); ws = wb.active; ws.title = "徴収計画"
    thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
    f = Font(name="IPAexGothic", size=10)
    widths = {"A": 22, "B": 9, "C": 9, "D": 9, "E": 12, "F": 12, "G": 12, "H": 62}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "令和7年度　徴収計画"; ws["A1"].font = Font(name="IPAexGothic", size=14, bold=True)
    ws["A2"] = "あさなぎ市債権管理対策会議　令和7年4月"; ws["A2"].font = f
    ws.merge_cells("B3:D3"); ws.merge_cells("E3:G3"); ws.merge_cells("A3:A4"); ws.merge_cells("H3:H4")
    hdr3 = {"A3": "債権名", "B3": "現年度分収納率（％）", "E3": "収入未済額（千円）", "H3": "令和7年度取組目標"}
    hdr4 = {"B4": "R5実績", "C4": "6年度見込", "D4": "R7目標", "E4": "R5実績", "F4": "6年度見込", "G4": "R7目標"}
    for c, v in {**hdr3, **hdr4}.items():
        ws[c] = v
    for r in (3, 4):
        for col in "ABCDEFGH":
            cell = ws[f"{col}{r}"]; cell.border = box; cell.font = Font(name="IPAexGothic", size=10, bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 5
    tot = [0, 0, 0]
    for i, (name, r5, est, tgt, o5, oe, ot, items) in enumerate(ROWS):
        text = "\n".join(f"{lab}{t}【{s}】" for lab, t, s in items)
        vals = [name, r5, est, tgt, fmt(o5), fmt(oe) if oe else "－", fmt(ot) if ot else "－", text]
        for col, v in zip("ABCDEFGH", vals):
            cell = ws[f"{col}{r}"]; cell.value = v; cell.border = box; cell.font = f
            cell.alignment = Alignment(horizontal="left" if col in "AH" else "right", vertical="center", wrap_text=True)
        ws.row_dimensions[r].height = 16 + 15 * len(items)
        for raw, fy, fyr, basis in ((r5, 2023, "R5実績", "actual"), (est, 2024, "6年度見込", "estimate"), (tgt, 2025, "R7目標", "target")):
            g.fact(name, fy, fyr, "current", "collection_rate", basis, float(raw), "percent", raw, ctx=name)
        for v, fy, fyr, basis, k in ((o5, 2023, "R5実績", "actual", 0), (oe, 2024, "6年度見込", "estimate", 1), (ot, 2025, "R7目標", "target", 2)):
            if v:
                g.fact(name, fy, fyr, "total", "outstanding", basis, v * 1000, "yen", fmt(v), ctx=name)
        for lab, t, s in items:
            g.init(name, 2025, "令和7年度取組目標", lab, t, s)
        if i == 6:
            ws.row_breaks.append(Break(id=r))
        r += 1
    # total row
    s5 = sum(x[4] for x in ROWS)
    vals = ["合計", "", "", "", fmt(s5), "", "", "※合計は収入未済額（R5実績）の合計。見込・目標は全債権がそろわないため掲げない。"]
    for col, v in zip("ABCDEFGH", vals):
        cell = ws[f"{col}{r}"]; cell.value = v; cell.border = box; cell.font = f
        cell.alignment = Alignment(horizontal="left" if col in "AH" else "right", vertical="center", wrap_text=True)
    ws.row_dimensions[r].height = 30
    g.fact(None, 2023, "R5実績", "total", "outstanding", "actual", s5 * 1000, "yen", fmt(s5), ctx="合計", debt_raw="合計")
    r += 2
    ws[f"A{r}"] = "注）収納率は現年度分のみ。滞納繰越分の状況は次頁の表による。「－」は目標を設定していないもの。"; ws[f"A{r}"].font = f
    ws.print_title_rows = "3:4"
    main_ws = ws
    ws = wb.create_sheet("参考")
    for k, v in widths.items():
        ws.column_dimensions[k].width = v if k != "A" else 22
    # page 3: arrears rates, one debt per column, no % sign
    r = 2
    ws[f"A{r}"] = "【参考】滞納繰越分収納率の推移　（単位：％）"; ws[f"A{r}"].font = Font(name="IPAexGothic", size=12, bold=True)
    r += 1
    debts = ["市税", "国民健康保険税", "介護保険料", "保育料", "市営住宅使用料"]
    data = {"R4実績": ["28.41", "19.62", "21.35", "24.10", "14.82"],
            "R5実績": ["30.05", "20.48", "22.07", "25.36", "15.40"],
            "R7目標": ["32.00", "22.00", "23.50", "27.00", "17.00"]}
    cols = "ABCDEF"
    for col, v in zip(cols, ["区分"] + debts):
        cell = ws[f"{col}{r}"]; cell.value = v; cell.border = box; cell.font = Font(name="IPAexGothic", size=10, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[r].height = 30
    r += 1
    for lab, vs in data.items():
        fy = {"R4実績": 2022, "R5実績": 2023, "R7目標": 2025}[lab]
        basis = "target" if "目標" in lab else "actual"
        for col, v in zip(cols, [lab] + vs):
            cell = ws[f"{col}{r}"]; cell.value = v; cell.border = box; cell.font = f
            cell.alignment = Alignment(horizontal="center" if col == "A" else "right")
        for d, v in zip(debts, vs):
            g.fact(d, fy, lab, "arrears", "collection_rate", basis, float(v), "percent", v, ctx="滞納繰越分収納率の推移")
        r += 1
    for ws in (main_ws, ws):
     ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
     ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
     ws.sheet_properties.pageSetUpPr.fitToPage = True
     ws.oddFooter.center.text = "- &P -"; ws.oddHeader.right.text = "あさなぎ市"
    xlsx = OUT / f"{STEM}.xlsx"; wb.save(xlsx)
    pdf = ROOT / "pdf" / f"{STEM}.pdf"; to_pdf(xlsx, pdf, "b")
    return g.resolve_and_write(pdf)

if __name__ == "__main__":
    main()
