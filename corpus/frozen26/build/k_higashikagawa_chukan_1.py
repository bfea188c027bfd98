"""東かがわ市 令和７年度 債権回収・整理計画（中間報告）: openpyxl -> LibreOffice."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from k_common import OUT, PDF, fact, find_page, init, page_texts, to_pdf, write_gold

STEM = "k_higashikagawa_chukan_1"
CITY = "東かがわ市"
TITLE = "令和７年度 債権回収・整理計画（中間報告）"
FN = "IPAexゴシック"
AS7, AS6 = "2025-09-30", "2024-09-30"

# name, 課, r7sep(cur,arr), r6sep, est, target, r6act, r6tgt, out7(cur,arr) 千円, out6
DEBTS = [
    ("市税", "税務課", (52.18, 18.44), (51.90, 17.85), (99.05, 27.50), (99.10, 28.00), (99.01, 26.92), (99.00, 26.00),
     (512_340, 301_225), (540_118, 322_507),
     [("滞納繰越分の高額案件を重点整理対象として抽出し、財産調査から差押えまでを３か月以内に完了させる。", "継続"),
      ("香川県滞納整理推進機構への引継ぎ案件を10件選定し、共同で滞納処分を行う。", "継続"),
      ("現年課税分の未納者に対し、納期限後の早い段階でSMSによる催告を行う。", "新規")],
     ["財産調査件数は前年同期を上回っており、預貯金の差押えを中心に処分を進めている。",
      "SMS催告は８月から開始し、送信者の約４割が１か月以内に納付した。"]),
    ("国民健康保険税", "税務課", (47.62, 15.20), (47.10, 15.33), (94.10, 22.40), (94.30, 23.00), (93.95, 22.71),
     (94.00, 23.00), (301_442, 420_118), (315_006, 451_392),
     [("口座振替の原則化を進め、新規加入世帯に申込書を送付する。", "継続"),
      ("短期被保険者証の交付時に納付相談を行い、分納誓約の履行を管理する。", "継続"),
      ("国保資格を喪失した滞納者に対し、文書と電話による催告を行う。", "拡充")],
     ["口座振替の加入率は前年同期から0.8ポイント上昇した。",
      "過年度分の徴収率は前年同期をわずかに下回っており、下半期に催告を強化する。"]),
    ("介護保険料", "長寿介護課", (55.30, 10.12), (55.02, 9.80), (98.60, 14.00), (98.70, 15.00), (98.55, 13.62),
     (98.60, 14.00), (38_220, 44_910), (39_105, 47_233),
     [("普通徴収の初期滞納者に対し、督促状発送後１か月以内に電話催告を行う。", "継続"),
      ("給付制限の予告通知を送付し、納付相談につなげる。", "継続")],
     ["電話催告の実施件数は312件で、うち約半数が納付又は分納誓約に至った。"]),
    ("下水道使用料", "上下水道課", (50.44, 30.21), (50.10, 29.40), (99.20, 45.00), (99.25, 46.00), (99.18, 44.37),
     (99.20, 45.00), (12_331, 9_874), (12_902, 10_455),
     [("水道料金と合わせた催告を行い、給水停止予告を活用して納付を促す。", "継続"),
      ("転居等で所在が不明な滞納者の住所調査を行う。", "拡充")],
     ["給水停止予告の送付件数は前年同期並みで推移している。"]),
]
OTHERS = [
    ("後期高齢者医療保険料", "保険課", (56.10, 28.40), (55.95, 27.10), (99.50, 40.00), (99.55, 41.00)),
    ("保育所保育料", "子育て支援課", (49.80, 12.30), (49.55, 11.80), (99.30, 18.00), (99.35, 20.00)),
    ("市営住宅使用料", "建設課", (48.70, 6.90), (48.20, 6.10), (97.90, 13.00), (98.00, 14.00)),
    ("水道料金", "上下水道課", (51.25, 35.10), (51.00, 33.80), (99.40, 50.00), (99.45, 52.00)),
]

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
GREY = PatternFill("solid", fgColor="D9D9D9")


def put(ws, ref, v, size=9, bold=False, h="center", wrap=False, border=True, fill=None, num=None):
    c = ws[ref]
    c.value = v
    c.font = Font(name=FN, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if border:
        c.border = B
    if fill:
        c.fill = fill
    if num:
        c.number_format = num
    return c


def setup(ws, landscape):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.right.text = "東かがわ市　債権回収・整理計画（中間報告）"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    ws.page_margins.left = ws.page_margins.right = 0.5


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = "総括"
    setup(ws, True)
    put(ws, "A1", TITLE + "　総括表", 13, True, "left", border=False)
    put(ws, "A2", "令和7年9月末現在", 9, False, "left", border=False)
    put(ws, "L2", "（単位：％）", 8, False, "right", border=False)
    widths = {"A": 4, "B": 22, "C": 13, "D": 9, "E": 9, "F": 9, "G": 9, "H": 9, "I": 9, "J": 9, "K": 9, "L": 9}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    # three-row header
    for r in (4, 5, 6):
        for col in "ABCDEFGHIJKL":
            put(ws, f"{col}{r}", None, fill=GREY)
    ws.merge_cells("A4:A6"); put(ws, "A4", "No", fill=GREY)
    ws.merge_cells("B4:B6"); put(ws, "B4", "債権名", fill=GREY)
    ws.merge_cells("C4:C6"); put(ws, "C4", "所管課", fill=GREY)
    ws.merge_cells("D4:G4"); put(ws, "D4", "9月末徴収率", fill=GREY)
    ws.merge_cells("D5:E5"); put(ws, "D5", "令和7年度", fill=GREY)
    ws.merge_cells("F5:G5"); put(ws, "F5", "令和6年度", fill=GREY)
    ws.merge_cells("H4:I5"); put(ws, "H4", "決算見込", fill=GREY)
    ws.merge_cells("J4:K5"); put(ws, "J4", "目標徴収率", fill=GREY)
    ws.merge_cells("L4:L6"); put(ws, "L4", "達成\n見込", fill=GREY, wrap=True)
    for col, lab in zip("DEFGHIJK", ["現年", "過年", "現年", "過年", "現年", "過年", "現年", "過年"]):
        put(ws, f"{col}6", lab, fill=GREY)
    allrows = [(d[0], d[1], d[2], d[3], d[4], d[5]) for d in DEBTS] + OTHERS
    r = 7
    for i, (name, ka, s7, s6, est, tgt) in enumerate(allrows, 1):
        put(ws, f"A{r}", i)
        put(ws, f"B{r}", name, h="left")
        put(ws, f"C{r}", ka, h="left")
        for col, v in zip("DEFGHIJK", [*s7, *s6, *est, *tgt]):
            put(ws, f"{col}{r}", v, h="right", num="0.00")
        ok = est[0] >= tgt[0] and est[1] >= tgt[1]
        put(ws, f"L{r}", "○" if ok else "×")
        r += 1
    put(ws, f"B{r + 1}", "※「達成見込」は、決算見込が現年・過年とも目標徴収率以上のものを○とした。", 8, h="left", border=False)
    put(ws, f"B{r + 2}", "※過年＝過年度分（滞納繰越分）。9月末徴収率は各年度の9月30日現在の収入済額÷調定額。", 8, h="left",
        border=False)

    for (name, ka, s7, s6, est, tgt, r6a, r6t, o7, o6, items, status) in DEBTS:
        ws = wb.create_sheet(name)
        setup(ws, False)
        for k, v in {"A": 20, "B": 11, "C": 11, "D": 8, "E": 11, "F": 11, "G": 8}.items():
            ws.column_dimensions[k].width = v
        put(ws, "A1", TITLE, 12, True, "left", border=False)
        ws.merge_cells("A2:D2"); put(ws, "A2", f"債権名　{name}", 11, True, "left")
        ws.merge_cells("E2:G2"); put(ws, "E2", f"所管課　{ka}", 10, False, "left")
        put(ws, "A3", "（令和7年9月末現在）", 8, False, "left", border=False)
        ws.merge_cells("B4:D4"); put(ws, "B4", "現年度分", fill=GREY)
        ws.merge_cells("E4:G4"); put(ws, "E4", "過年度分", fill=GREY)
        put(ws, "A4", None, fill=GREY)
        for col, lab in zip("ABCDEFG", ["区分", "令和7年度", "令和6年度", "増減", "令和7年度", "令和6年度", "増減"]):
            put(ws, f"{col}5", lab, fill=GREY)
        rows = [("9月末徴収率", s7, s6), ("決算（見込）", est, r6a), ("目標徴収率", tgt, r6t)]
        rr = 6
        for lab, a, b in rows:
            put(ws, f"A{rr}", lab, h="left")
            for k, (ca, cb, cd) in enumerate([("B", "C", "D"), ("E", "F", "G")]):
                put(ws, f"{ca}{rr}", f"{a[k]:.2f}%", h="right")
                put(ws, f"{cb}{rr}", f"{b[k]:.2f}%", h="right")
                d = a[k] - b[k]
                put(ws, f"{cd}{rr}", f"{'+' if d >= 0 else '△'}{abs(d):.2f}", h="right")
            rr += 1
        put(ws, f"A{rr}", "9月末未収金残高\n（千円）", h="left", wrap=True)
        ws.row_dimensions[rr].height = 26
        for k, (ca, cb, cd) in enumerate([("B", "C", "D"), ("E", "F", "G")]):
            put(ws, f"{ca}{rr}", f"{o7[k]:,}", h="right")
            put(ws, f"{cb}{rr}", f"{o6[k]:,}", h="right")
            d = o7[k] - o6[k]
            put(ws, f"{cd}{rr}", f"{'△' if d < 0 else ''}{abs(d):,}", h="right")
        rr += 1
        put(ws, f"A{rr}", "※「決算（見込）」欄の令和7年度は決算見込、令和6年度は決算。増減はポイント（未収金残高は千円）。", 8, h="left",
            border=False)
        rr += 2
        ws.merge_cells(f"A{rr}:G{rr}"); put(ws, f"A{rr}", "●主な取組（下半期）", 10, True, "left", border=False)
        rr += 1
        body = "\n".join(f"（{k}）{t}【{s}】" for k, (t, s) in enumerate(items, 1))
        ws.merge_cells(f"A{rr}:G{rr}"); put(ws, f"A{rr}", body, 9, False, "left", wrap=True)
        ws[f"A{rr}"].alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        ws.row_dimensions[rr].height = 30 * len(items)
        rr += 2
        ws.merge_cells(f"A{rr}:G{rr}"); put(ws, f"A{rr}", "取組状況（9月末）", 10, True, "left", border=False)
        rr += 1
        ws.merge_cells(f"A{rr}:G{rr}"); put(ws, f"A{rr}", "\n".join("・" + s for s in status), 9, False, "left",
                                             wrap=True)
        ws[f"A{rr}"].alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        ws.row_dimensions[rr].height = 22 * len(status) + 6

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf", STEM)
    texts = page_texts(pdf)

    facts, inits = [], []
    pg = find_page(texts, "総括表")
    for name, ka, s7, s6, est, tgt in allrows:
        for k, seg in enumerate(("current", "arrears")):
            facts += [
                fact(name, 2025, "令和7年度", seg, "collection_rate", "interim", s7[k], "percent", f"{s7[k]:.2f}", pg,
                     as_of=AS7),
                fact(name, 2024, "令和6年度", seg, "collection_rate", "interim", s6[k], "percent", f"{s6[k]:.2f}", pg,
                     as_of=AS6),
                fact(name, 2025, "決算見込", seg, "collection_rate", "estimate", est[k], "percent", f"{est[k]:.2f}",
                     pg),
                fact(name, 2025, "目標徴収率", seg, "collection_rate", "target", tgt[k], "percent", f"{tgt[k]:.2f}", pg),
            ]
    for (name, ka, s7, s6, est, tgt, r6a, r6t, o7, o6, items, status) in DEBTS:
        pg = find_page(texts, f"債権名{name}所管課")
        for k, seg in enumerate(("current", "arrears")):
            facts += [
                fact(name, 2025, "令和7年度", seg, "collection_rate", "interim", s7[k], "percent", f"{s7[k]:.2f}%", pg,
                     as_of=AS7),
                fact(name, 2024, "令和6年度", seg, "collection_rate", "interim", s6[k], "percent", f"{s6[k]:.2f}%", pg,
                     as_of=AS6),
                fact(name, 2025, "令和7年度", seg, "collection_rate", "estimate", est[k], "percent", f"{est[k]:.2f}%",
                     pg),
                fact(name, 2024, "令和6年度", seg, "collection_rate", "actual", r6a[k], "percent", f"{r6a[k]:.2f}%", pg),
                fact(name, 2025, "令和7年度", seg, "collection_rate", "target", tgt[k], "percent", f"{tgt[k]:.2f}%", pg),
                fact(name, 2024, "令和6年度", seg, "collection_rate", "target", r6t[k], "percent", f"{r6t[k]:.2f}%", pg),
                fact(name, 2025, "令和7年度", seg, "outstanding", "interim", o7[k] * 1000, "yen", f"{o7[k]:,}", pg,
                     as_of=AS7),
                fact(name, 2024, "令和6年度", seg, "outstanding", "interim", o6[k] * 1000, "yen", f"{o6[k]:,}", pg,
                     as_of=AS6),
            ]
        for k, (t, s) in enumerate(items, 1):
            inits.append(init(name, 2025, "主な取組（下半期）", f"（{k}）", t, s, pg))
    document = {"kind": "progress_report", "municipality": CITY, "title": TITLE, "date": "2025-09-30",
                "date_raw": "令和7年9月末現在"}
    write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
