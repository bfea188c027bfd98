"""千歳川市 令和５年度 債権回収・整理計画（中間報告）: openpyxl workbook -> LibreOffice PDF (A4 landscape).

Modelled on the 債権回収・整理計画（中間報告） published twice a year by an Osaka-prefecture city (上半期実績と中間計画)
and on the per-debt 中間 progress sheets; city and figures invented.
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

sys.path.insert(0, str(Path(__file__).resolve().parent))
from q_common import OUT, PDF_DIR, fact, init, to_pdf, write_gold  # noqa: E402

STEM = "q_chitosegawa_progress_1"
FONT = "IPAexGothic"
THIN = Side(style="thin")
MED = Side(style="medium")

# debt -> data. rates: (R5 9月末, R4 9月末) per segment; year end: 決算見込, 目標, 前年度決算
DEBTS = [
    dict(name="市税", ka="総務部納税課", kubun="強制徴収公債権",
         cur=("52.84", "52.41"), arr=("18.6", "17.9"),
         end_cur=("99.05", "99.10", "99.02"), end_arr=("27.5", "28.0", "26.9"),
         bal=("約14億2,600万円", 1426000000, "約15億800万円", 1508000000),
         feb_cur=("91.47", "91.20"), feb_arr=("24.3", "23.6"),
         style="rows",
         items=[("(1)", "滞納繰越分のうち高額事案（100万円以上）は、財産調査を前倒しして12月末までに処分方針を決定する。", "継続", False),
                ("(2)", "現年課税分の未納者には、SMS催告を第3期・第4期納期後に実施し、年度内の完納を促す。", "新規", True),
                ("(3)", "執行停止の要件に該当する事案を精査し、滞納処分の停止を適正に行う。", "継続", False)]),
    dict(name="国民健康保険税", ka="市民部保険年金課", kubun="強制徴収公債権",
         cur=("45.12", "44.70"), arr=("11.8", "11.2"),
         end_cur=("92.40", "92.80", "92.18"), end_arr=("21.0", "22.0", "20.6"),
         bal=("約6億1,200万円", 612000000, "約6億4,900万円", 649000000),
         feb_cur=("80.95", "80.31"), feb_arr=("17.2", "16.5"),
         style="seg",
         items=[("①", "資格喪失後も未納が残る世帯に対し、喪失届の受付時に納付相談を行う。", "継続", False),
                ("②", "短期被保険者証の更新時に分納誓約の履行状況を確認し、不履行者には差押予告を送付する。", "拡充", False),
                ("③", "滞納繰越分の預貯金調査を電子照会に切り替え、調査から処分までの期間を短縮する。", "新規", True)]),
    dict(name="介護保険料", ka="健康福祉部介護保険課", kubun="強制徴収公債権",
         cur=("57.63", "57.21"), arr=("9.4", "10.1"),
         end_cur=("98.60", "98.70", "98.55"), end_arr=("18.5", "20.0", "19.2"),
         bal=("約7,480万円", 74800000, "約7,910万円", 79100000),
         feb_cur=("92.88", "92.70"), feb_arr=("15.1", "15.8"),
         style="onecell",
         items=[("ア", "普通徴収の新規対象者（65歳到達者）へ口座振替依頼書を同封し、初回から口座振替とする。", "継続", False),
                ("イ", "滞納が1年を超える者に給付制限の事前通知を送り、納付相談の機会を設ける。", "継続", True)]),
    dict(name="市営住宅使用料", ka="都市整備部住宅課", kubun="私債権",
         cur=("49.85", "49.90"), arr=("6.2", "5.7"),
         end_cur=("97.80", "98.00", "97.86"), end_arr=("12.0", "13.5", "11.4"),
         bal=("約3,950万円", 39500000, "約4,120万円", 41200000),
         feb_cur=("89.74", "89.61"), feb_arr=("10.3", "9.8"),
         style="dots",
         items=[("・", "3か月以上滞納した入居者に連帯保証人への通知を行い、早期の解消を図る。", "継続", False),
                ("・", "退去者の滞納分は、法的措置の対象を50万円以上から30万円以上に広げる。", "拡充", False)]),
]
EXTRA = dict(name="学校給食費", cur=("50.20", "49.75"), arr=("8.9", "9.6"))
SEC = "下半期に向けた主な取組"


def diff(a, b):
    d = float(a) - float(b)
    nd = max(len(a.split(".")[1]), len(b.split(".")[1]))
    s = f"{abs(d):.{nd}f}"
    return ("△" + s) if d < -1e-9 else s


def box(ws, rng, side=THIN):
    rows = list(ws[rng])
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            cell.border = Border(top=side if i == 0 else None, bottom=side if i == len(rows) - 1 else None,
                                 left=side if j == 0 else None, right=side if j == len(row) - 1 else None)


def grid(ws, rng):
    for row in ws[rng]:
        for cell in row:
            cell.border = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)


def put(ws, ref, v, size=10.5, bold=False, h="left", wrap=False, v_="center"):
    c = ws[ref]
    c.value = v
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap)
    return c


def setup(ws, widths):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.print_options.horizontalCentered = True
    ws.oddHeader.right.text = "令和５年度 債権回収・整理計画（中間報告）"
    ws.oddHeader.right.font = FONT
    ws.oddFooter.center.text = "千歳川市総務部債権管理課"
    ws.oddFooter.center.font = FONT
    for col, wd in widths.items():
        ws.column_dimensions[col].width = wd


def summary(wb):
    ws = wb.active
    ws.title = "総括"
    setup(ws, {"A": 3, "B": 22, "C": 12, "D": 12, "E": 10, "F": 12, "G": 12, "H": 10, "I": 20})
    put(ws, "B1", "令和５年度 債権回収・整理計画（中間報告）", size=16, bold=True)
    put(ws, "B2", "令和６年３月　千歳川市総務部債権管理課", size=10.5)
    ws.merge_cells("B4:I5")
    put(ws, "B4", "債権の主管課ごとに年度当初に定めた回収・整理の目標について、上半期（９月末）の実績を取りまとめ、"
        "下半期の取組方針とあわせて中間報告とする。主要４債権の未収金残高は、９月末で約21億5,200万円となり、"
        "前年同期の約22億7,700万円から縮減している。", wrap=True, v_="top")
    ws.row_dimensions[4].height = 24
    ws.row_dimensions[5].height = 24
    put(ws, "B7", "１　主要債権の徴収率（上半期）", size=12, bold=True)
    put(ws, "I7", "（単位：％、ポイント）", h="right", size=9)
    # 3-row header, horizontal rules only
    ws.merge_cells("B8:B10")
    put(ws, "B8", "債権名", h="center")
    ws.merge_cells("C8:E8"); put(ws, "C8", "現年度分", h="center")
    ws.merge_cells("F8:H8"); put(ws, "F8", "滞繰分", h="center")
    ws.merge_cells("C9:E9"); put(ws, "C9", "徴収率", h="center")
    ws.merge_cells("F9:H9"); put(ws, "F9", "徴収率", h="center")
    for col0 in ("C", "F"):
        i = ord(col0)
        put(ws, f"{chr(i)}10", "R5.9末", h="center")
        put(ws, f"{chr(i + 1)}10", "R4.9末", h="center")
        put(ws, f"{chr(i + 2)}10", "増減", h="center")
    put(ws, "I8", "主管課", h="center")
    rows = [(d["name"], d["cur"], d["arr"], d.get("ka", "")) for d in DEBTS] + \
           [(EXTRA["name"], EXTRA["cur"], EXTRA["arr"], "教育委員会学校給食課")]
    r = 11
    for name, cur, arr, ka in rows:
        put(ws, f"B{r}", name)
        for col0, (a, b) in (("C", cur), ("F", arr)):
            i = ord(col0)
            put(ws, f"{chr(i)}{r}", a, h="right")
            put(ws, f"{chr(i + 1)}{r}", b, h="right")
            put(ws, f"{chr(i + 2)}{r}", diff(a, b), h="right")
        put(ws, f"I{r}", ka, size=9, h="center")
        r += 1
    last = r - 1
    for row in ws[f"B8:I{last}"]:
        for cell in row:
            rr = cell.row
            cell.border = Border(top=MED if rr == 8 else (THIN if rr == 11 else None),
                                 bottom=MED if rr == last else None)
    put(ws, f"B{last + 2}", "※ 徴収率＝収入済額÷調定額。R5.9末は令和５年９月末、R4.9末は前年同期（令和４年９月末）の数値。", size=9)
    put(ws, f"B{last + 3}", "※ 増減は前年同期との差（ポイント）。△は減。", size=9)
    return ws


def debt_sheet(wb, d):
    ws = wb.create_sheet(d["name"])
    setup(ws, {"A": 3, "B": 16, "C": 14, "D": 14, "E": 11, "F": 14, "G": 12, "H": 14, "I": 26})
    put(ws, "B1", "令和５年度 債権回収・整理計画（中間報告）", size=13, bold=True)
    # one-row label/value box
    for ref, v in (("B3", "債権名"), ("C3", d["name"]), ("E3", "主管課"), ("F3", d["ka"]),
                   ("H3", "債権区分"), ("I3", d["kubun"])):
        put(ws, ref, v, bold=ref in ("B3", "E3", "H3"), h="center")
    ws.merge_cells("C3:D3"); ws.merge_cells("F3:G3")
    grid(ws, "B3:I3")
    put(ws, "B5", "１　徴収率の状況", size=11, bold=True)
    put(ws, "H5", "単位：％", h="right", size=9)
    ws.merge_cells("B6:B7"); put(ws, "B6", "区分", h="center")
    ws.merge_cells("C6:E6"); put(ws, "C6", "上半期（９月末）", h="center")
    ws.merge_cells("F6:H6"); put(ws, "F6", "年度末", h="center")
    for ref, v in (("C7", "令和５年度"), ("D7", "前年同期"), ("E7", "増減"), ("F7", "決算見込"), ("G7", "目標"),
                   ("H7", "前年度決算")):
        put(ws, ref, v, h="center", size=10)
    for r, lab, (a, b), ends in ((8, "現年度分", d["cur"], d["end_cur"]), (9, "滞繰分", d["arr"], d["end_arr"])):
        put(ws, f"B{r}", lab, h="center")
        put(ws, f"C{r}", a, h="right"); put(ws, f"D{r}", b, h="right"); put(ws, f"E{r}", diff(a, b), h="right")
        for col, v in zip("FGH", ends):
            put(ws, f"{col}{r}", v, h="right")
    grid(ws, "B6:H9")
    put(ws, "B11", "２　未収金残高（９月末）", size=11, bold=True)
    put(ws, "C12", f"{d['bal'][0]}（前年同期　{d['bal'][2]}）")
    put(ws, "B14", "【徴収率】令和６年２月29日時点", size=11, bold=True)
    put(ws, "C15", f"・現年度分　{d['feb_cur'][0]}％（前年同期　{d['feb_cur'][1]}％）")
    put(ws, "C16", f"・滞繰分　{d['feb_arr'][0]}％（前年同期　{d['feb_arr'][1]}％）")
    put(ws, "B18", "３　" + SEC, size=11, bold=True)
    items = d["items"]

    def txt(lab, t, st, wrapnext):
        sep = "" if lab == "・" else "　"
        return f"{lab}{sep}{t}" + ("\n" if wrapnext else "") + f"【{st}】"

    if d["style"] == "rows":   # each item in its own bordered row, label in its own column, no 取組 header
        r = 19
        for lab, t, st, wn in items:
            put(ws, f"B{r}", lab, h="center", v_="top")
            ws.merge_cells(f"C{r}:I{r}")
            put(ws, f"C{r}", t + ("\n" if wn else "") + f"【{st}】", wrap=True, v_="top")
            ws.row_dimensions[r].height = 34 if wn else 20
            r += 1
        grid(ws, f"B19:I{r - 1}")
    elif d["style"] == "seg":  # 現年度分 / 滞繰分 two-column table, several items in one cell
        put(ws, "B19", "現年度分", h="center")
        put(ws, "B20", "滞繰分", h="center")
        ws.merge_cells("C19:I19"); ws.merge_cells("C20:I20")
        put(ws, "C19", "\n".join(txt(*it) for it in items[:2]), wrap=True, v_="top")
        put(ws, "C20", txt(*items[2]), wrap=True, v_="top")
        ws.row_dimensions[19].height = 40
        ws.row_dimensions[20].height = 34
        grid(ws, "B19:I20")
    elif d["style"] == "onecell":  # one bordered box holding all items
        ws.merge_cells("B19:I21")
        put(ws, "B19", "\n".join(txt(*it) for it in items), wrap=True, v_="top")
        for r in (19, 20, 21):
            ws.row_dimensions[r].height = 20
        box(ws, "B19:I21")
    else:  # bullets, no box
        r = 19
        for it in items:
            ws.merge_cells(f"B{r}:I{r}")
            put(ws, f"B{r}", txt(*it), wrap=True)
            r += 1
    return ws


def build():
    wb = Workbook()
    summary(wb)
    for d in DEBTS:
        debt_sheet(wb, d)
    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    to_pdf(src, PDF_DIR / f"{STEM}.pdf", "chitose")


def gold():
    F = []
    I = []
    # page 1 summary
    p = 1
    for name, cur, arr in [(d["name"], d["cur"], d["arr"]) for d in DEBTS] + [(EXTRA["name"], EXTRA["cur"], EXTRA["arr"])]:
        for seg, (a, b) in (("current", cur), ("arrears", arr)):
            F.append(fact(name, 2023, "R5.9末", seg, "collection_rate", "interim", float(a), "percent", a, p, as_of="2023-09-30"))
            F.append(fact(name, 2022, "R4.9末", seg, "collection_rate", "interim", float(b), "percent", b, p, as_of="2022-09-30"))
    F.append(fact(None, 2023, "９月末", "total", "outstanding", "interim", 2152000000, "yen", "約21億5,200万円", p,
                  as_of="2023-09-30", approx=True, debt_raw="主要４債権"))
    F.append(fact(None, 2022, "前年同期", "total", "outstanding", "interim", 2277000000, "yen", "約22億7,700万円", p,
                  as_of="2022-09-30", approx=True, debt_raw="主要４債権"))
    for k, d in enumerate(DEBTS):
        p = k + 2
        n = d["name"]
        for seg, (a, b), (est, tgt, prev) in (("current", d["cur"], d["end_cur"]), ("arrears", d["arr"], d["end_arr"])):
            F.append(fact(n, 2023, "令和５年度", seg, "collection_rate", "interim", float(a), "percent", a, p, as_of="2023-09-30"))
            F.append(fact(n, 2022, "前年同期", seg, "collection_rate", "interim", float(b), "percent", b, p, as_of="2022-09-30"))
            F.append(fact(n, 2023, "令和５年度", seg, "collection_rate", "estimate", float(est), "percent", est, p))
            F.append(fact(n, 2023, "令和５年度", seg, "collection_rate", "target", float(tgt), "percent", tgt, p))
            F.append(fact(n, 2022, "前年度決算", seg, "collection_rate", "actual", float(prev), "percent", prev, p))
        b = d["bal"]
        F.append(fact(n, 2023, "９月末", "total", "outstanding", "interim", b[1], "yen", b[0], p, as_of="2023-09-30", approx=True))
        F.append(fact(n, 2022, "前年同期", "total", "outstanding", "interim", b[3], "yen", b[2], p, as_of="2022-09-30", approx=True))
        for seg, (a, bb) in (("current", d["feb_cur"]), ("arrears", d["feb_arr"])):
            F.append(fact(n, 2023, "令和６年２月29日", seg, "collection_rate", "interim", float(a), "percent", a + "％", p, as_of="2024-02-29"))
            F.append(fact(n, 2022, "前年同期", seg, "collection_rate", "interim", float(bb), "percent", bb + "％", p, as_of="2023-02-28"))
        for lab, t, st, _ in d["items"]:
            I.append(init(n, 2023, SEC, lab, t, st, p))
    document = {"kind": "progress_report", "municipality": "千歳川市",
                "title": "令和５年度 債権回収・整理計画（中間報告）", "date": "2024-03-01", "date_raw": "令和６年３月"}
    write_gold(STEM, document, F, I, None, expect_pages=5)


if __name__ == "__main__":
    build()
    gold()
