"""豊橋市-style mid-year progress sheets (2月末, leap year) built with openpyxl → LibreOffice."""
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from a_common import *

STEM = "a_toyohashi_progress_1"
FONT = "IPAexGothic"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
facts, inits = [], []
AS_OF, AS_OF_PREV = "2024-02-29", "2023-02-28"

DEBTS = [
    dict(name="市税", ka="納税課",
         cur=(38215406, 36318211), arr=(1512330, 402118), prev=(94.88, 25.91, 91.40),
         est=(98.90, 30.50, 96.10), tgt=(98.95, 31.00, 96.20), last=(98.84, 29.73, 95.98),
         items=[("(1)", "納期限後２０日以内に督促状を発付し、発付後１０日以内に電話催告を実施する。", "継続"),
                ("(2)", "給与・預貯金調査を電子照会で行い、財産判明後は速やかに差押えを執行する。", "継続"),
                ("(3)", "２月末から出納整理期間にかけて、現年度分の未納者へ臨戸訪問を集中して行う。", "拡充")]),
    dict(name="国民健康保険税", ka="保険年金課",
         cur=(6842115, 5807330), arr=(1602284, 330871), prev=(84.61, 19.87, 72.05),
         est=(94.20, 24.00, 80.90), tgt=(94.30, 24.50, 81.20), last=(93.96, 23.18, 80.02),
         items=[("(1)", "資格喪失世帯の未納分について、喪失手続の際に納付相談を行う。", "継続"),
                ("(2)", "短期被保険者証の更新時に窓口で納付計画を作成する。", "継続"),
                ("(3)", "コンビニ納付・スマホ決済の案内を納付書に同封する。", "新規")]),
    dict(name="後期高齢者医療保険料", ka="保険年金課",
         cur=(5230884, 5121766), arr=(41205, 15118), prev=(97.81, 34.02, 97.25),
         est=(99.60, 40.00, 99.05), tgt=(99.65, 41.00, 99.10), last=(99.58, 38.77, 98.99),
         items=[("(1)", "普通徴収の未納者へ年金からの特別徴収への切替えを案内する。", "継続"),
                ("(2)", "滞納繰越分は時効管理を徹底し、分納誓約の履行状況を毎月確認する。", "継続")]),
]


def setc(ws, ref, v, bold=False, border=True, align=None, size=10):
    cell = ws[ref]
    cell.value = v
    cell.font = Font(name=FONT, size=size, bold=bold)
    if border:
        cell.border = BOX
    cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
    return cell


wb = Workbook()
# ---- summary sheet (page 1)
ws = wb.active
ws.title = "総括"
ws.column_dimensions["A"].width = 24
for col in "BCDEFG":
    ws.column_dimensions[col].width = 11
setc(ws, "A1", "令和５年度 債権徴収・整理計画 中間報告（２月末現在）", bold=True, border=False, size=14)
ws.merge_cells("A1:G1")
setc(ws, "A2", "令和6年3月　豊橋市財務部納税課", border=False, align="right")
ws.merge_cells("A2:G2")
setc(ws, "A4", "１　主要債権の徴収率（２月末）", bold=True, border=False)
setc(ws, "G5", "（単位：％）", border=False, align="right")
setc(ws, "A6", "債権名", align="center")
ws.merge_cells("A6:A7")
setc(ws, "B6", "現年度分", align="center")
ws.merge_cells("B6:D6")
setc(ws, "E6", "滞納繰越分", align="center")
ws.merge_cells("E6:G6")
for col, lab in zip("BCDEFG", ["R6.2.29", "前年同期", "差", "R6.2.29", "前年同期", "差"]):
    setc(ws, f"{col}7", lab, align="center")
r = 8
for d in DEBTS:
    cr = rate(d["cur"][1], d["cur"][0])
    ar = rate(d["arr"][1], d["arr"][0])
    d["cr"], d["ar"] = cr, ar
    setc(ws, f"A{r}", d["name"])
    vals = [cr, d["prev"][0], round(cr - d["prev"][0], 2), ar, d["prev"][1], round(ar - d["prev"][1], 2)]
    for col, v in zip("BCDEFG", vals):
        setc(ws, f"{col}{r}", f"{v:.2f}" if col not in "DG" else (f"{v:.2f}" if v >= 0 else f"△{-v:.2f}"), align="right")
    for seg, v, fy, fyr, aso in (("current", cr, 2023, "R6.2.29", AS_OF), ("current", d["prev"][0], 2022, "前年同期", AS_OF_PREV),
                                  ("arrears", ar, 2023, "R6.2.29", AS_OF), ("arrears", d["prev"][1], 2022, "前年同期", AS_OF_PREV)):
        facts.append(F(d["name"], fy, fyr, seg, "collection_rate", "interim", v, "percent", f"{v:.2f}", 1, as_of=aso))
    r += 1
setc(ws, f"A{r+1}", "※差は前年同期との比較（ポイント）。△は減少。", border=False)
ws.merge_cells(f"A{r+1}:G{r+1}")
txt = ("２月末現在の市税の徴収率は、現年度分・滞納繰越分ともに前年同期を上回っている。国民健康保険税は現年度分で"
       "前年同期を下回っており、出納整理期間に向けて納付督励を強化する。")
setc(ws, f"A{r+3}", "２　概況", bold=True, border=False)
setc(ws, f"A{r+4}", txt, border=False)
ws.merge_cells(f"A{r+4}:G{r+6}")
ws.row_dimensions[r + 4].height = 30

# ---- one sheet per debt
for i, d in enumerate(DEBTS):
    page = i + 2
    nm = d["name"]
    ws = wb.create_sheet(nm)
    ws.column_dimensions["A"].width = 16
    for col in "BCDEF":
        ws.column_dimensions[col].width = 13
    setc(ws, "A1", f"債権名　{nm}　　　所管　{d['ka']}", bold=True, size=12)
    ws.merge_cells("A1:F1")
    setc(ws, "A3", "【徴収率の状況】", bold=True, border=False)
    setc(ws, "F3", "単位：％", border=False, align="right")
    setc(ws, "A4", "区分", align="center")
    ws.merge_cells("A4:A5")
    setc(ws, "B4", "令和５年度", align="center")
    ws.merge_cells("B4:D4")
    setc(ws, "E4", "令和４年度", align="center")
    ws.merge_cells("E4:F4")
    for col, lab in zip("BCDEF", ["2月末", "決算見込", "目標", "2月末", "決算"]):
        setc(ws, f"{col}5", lab, align="center")
    tot = (d["cur"][0] + d["arr"][0], d["cur"][1] + d["arr"][1])
    trt = rate(tot[1], tot[0])
    nowr = (d["cr"], d["ar"], trt)
    for k, (seg, lab) in enumerate((("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "合計"))):
        rr = 6 + k
        setc(ws, f"A{rr}", lab)
        vals = [nowr[k], d["est"][k], d["tgt"][k], d["prev"][k], d["last"][k]]
        for col, v in zip("BCDEF", vals):
            setc(ws, f"{col}{rr}", f"{v:.2f}", align="right")
        facts += [F(nm, 2023, "令和５年度", seg, "collection_rate", "interim", nowr[k], "percent", f"{nowr[k]:.2f}", page, as_of=AS_OF),
                  F(nm, 2023, "令和５年度", seg, "collection_rate", "estimate", d["est"][k], "percent", f"{d['est'][k]:.2f}", page),
                  F(nm, 2023, "令和５年度", seg, "collection_rate", "target", d["tgt"][k], "percent", f"{d['tgt'][k]:.2f}", page),
                  F(nm, 2022, "令和４年度", seg, "collection_rate", "interim", d["prev"][k], "percent", f"{d['prev'][k]:.2f}", page, as_of=AS_OF_PREV),
                  F(nm, 2022, "令和４年度", seg, "collection_rate", "actual", d["last"][k], "percent", f"{d['last'][k]:.2f}", page)]
    setc(ws, "A10", "【調定額・収入額】令和6年2月29日現在", bold=True, border=False)
    ws.merge_cells("A10:E10")
    setc(ws, "F10", "（単位：千円）", border=False, align="right")
    for col, lab in zip("ABCD", ["区分", "調定額", "収入済額", "未収額"]):
        setc(ws, f"{col}11", lab, align="center")
    for k, (seg, lab, pair) in enumerate((("current", "現年度分", d["cur"]), ("arrears", "滞納繰越分", d["arr"]), ("total", "計", tot))):
        rr = 12 + k
        setc(ws, f"A{rr}", lab)
        un = pair[0] - pair[1]
        for col, v in zip("BCD", (pair[0], pair[1], un)):
            setc(ws, f"{col}{rr}", c(v), align="right")
        for met, v in (("assessed", pair[0]), ("collected", pair[1]), ("outstanding", un)):
            facts.append(F(nm, 2023, "令和6年2月29日", seg, met, "interim", v * 1000, "yen", c(v), page, as_of=AS_OF))
    setc(ws, "A16", "【主な取組】", bold=True, border=False)
    rr = 17
    for lab, t, st in d["items"]:
        setc(ws, f"A{rr}", lab, align="center")
        setc(ws, f"B{rr}", f"{t}\n【{st}】")
        ws.merge_cells(f"B{rr}:F{rr}")
        ws.row_dimensions[rr].height = 34
        inits.append(I(nm, 2023, "主な取組", lab, t, st, page))
        rr += 1

for w in wb.worksheets:
    w.page_setup.paperSize = w.PAPERSIZE_A4
    w.page_setup.orientation = "portrait"
    w.sheet_properties.pageSetUpPr.fitToPage = True
    w.page_setup.fitToWidth = 1
    w.page_setup.fitToHeight = 1
    w.oddFooter.center.text = "&P / &N"
    w.oddHeader.right.text = "中間報告（２月末）"

if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    x = OUT / f"{STEM}.xlsx"
    wb.save(x)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_a19", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(x)], check=True, capture_output=True, timeout=300)
        shutil.copyfile(f"{tmp}/{STEM}.pdf", PDF / f"{STEM}.pdf")
    ok = write_gold(STEM, "progress_report", "豊橋市", "令和５年度 債権徴収・整理計画 中間報告（２月末現在）",
                    "2024-03-01", "令和6年3月", facts, inits)
    print("OK" if ok else "FAIL")
