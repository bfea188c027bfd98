"""鳴沢市 債権回収・整理計画 進捗状況（２月末） (progress family, 大阪市-style sheets per debt) — openpyxl -> LibreOffice."""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

sys.path.insert(0, str(Path(__file__).resolve().parent))
from p_common import F, OUT, ROOT, comma, soffice_pdf, write_gold  # noqa: E402

STEM = "p_narusawa_shinchoku_1"
CITY = "鳴沢市"
TITLE = "令和５年度 鳴沢市債権回収・整理計画 進捗状況（令和６年２月末現在）"
AS_OF, AS_OF_PREV = "2024-02-29", "2023-02-28"
FY, FYP = 2023, 2022

# rates: segment -> (2月末, 前年同期, 決算見込, 目標, 前年度決算)
DEBTS = [
    {"no": "01", "name": "市税", "ka": "納税課", "kubun": "強制徴収公債権",
     "rates": {"current": (88.62, 88.20, 99.05, 99.10, 98.98), "arrears": (34.15, 32.80, 38.20, 38.00, 36.74),
               "total": (85.91, 85.30, 96.80, 96.85, 96.52)},
     "out": {"current": (214530, 198400, 190000), "arrears": (402118, 365200, 370000)},
     "acts": [("滞納繰越分の高額案件について、２月末までに財産調査を完了し、預貯金・給与等の差押えを実施する。", "継続"),
              ("３月の出納整理期間に向け、現年度分の未納者へＳＭＳによる一斉催告を行う。", "新規"),
              ("捜索及びインターネット公売を実施し、換価による充当を進める。", "継続")]},
    {"no": "02", "name": "国民健康保険料", "ka": "保険年金課", "kubun": "強制徴収公債権",
     "rates": {"current": (78.34, 77.95, 94.10, 94.30, 93.87), "arrears": (21.66, 20.85, 25.40, 26.00, 24.91),
               "total": (66.12, 65.40, 79.85, 80.10, 78.64)},
     "out": {"current": (185220, 176900, 170000), "arrears": (498760, 452300, 440000)},
     "wards": [("北区", 79.02, 78.40), ("中央区", 77.15, 76.88), ("南区", 78.91, 78.55)],
     "acts": [("短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を確認する。", "継続"),
              ("資格喪失後の未納世帯に対し、文書及び電話による納付勧奨を行う。", "継続"),
              ("口座振替が未登録の世帯へ、ペイジー口座振替受付サービスの案内を送付する。", "拡充")]},
    {"no": "03", "name": "介護保険料", "ka": "介護保険課", "kubun": "強制徴収公債権",
     "rates": {"current": (91.20, 91.35, 98.60, 98.70, 98.52), "arrears": (15.42, 14.98, 18.80, 20.00, 17.96),
               "total": (88.75, 88.64, 95.90, 96.10, 95.71)},
     "out": {"current": (28410, 27100, 26000), "arrears": (61270, 58900, 56000)},
     "acts": [("普通徴収の未納者に対し、督促状の発送後１か月以内に催告書を送付する。", "継続"),
              ("滞納が長期化している者について、給付制限の事前通知を行い納付を促す。", "継続")]},
    {"no": "04", "name": "市営住宅使用料", "ka": "住宅政策課", "kubun": "私債権",
     "rates": {"current": (90.05, 89.62, 97.20, 97.50, 97.01), "arrears": (12.48, 11.90, 16.50, 18.00, 15.33),
               "total": (72.33, 71.20, 80.40, 81.00, 79.52)},
     "out": {"current": (9840, 9320, 9000), "arrears": (52660, 49870, 48000)},
     "acts": [("滞納３か月以上の入居者に対し、連帯保証人への通知と面談を行う。", "継続"),
              ("退去者の滞納分について、簡易裁判所への支払督促の申立てを行う。", "拡充"),
              ("新規入居時に家賃の口座振替による納付を原則とする。", "新規")]},
    {"no": "05", "name": "奨学金貸付金返還金", "ka": "教育総務課", "kubun": "私債権",
     "rates": {"current": (84.70, 85.12, 92.30, 93.00, 92.06), "arrears": (8.25, 7.90, 10.40, 12.00, 9.88),
               "total": (48.10, 47.56, 55.20, 56.00, 54.37)},
     "out": {"current": (3125, 2980, 2800), "arrears": (21450, 20330, 19500)},
     "acts": [("返還期日を経過した未返還者に対し、電話による早期の接触を図る。", "継続"),
              ("長期滞納者の連帯保証人に対し、請求書を送付する。", "新規")]},
]
SEG = {"current": "現年度分", "arrears": "過年度分", "total": "計"}
thin = Side(style="thin")
hair = Side(style="hair")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
FONT = "IPAexGothic"


def f2(x):
    return f"{x:.2f}"


def diff(a, b):
    d = round(a - b, 2)
    return f"{d:.2f}" if d >= 0 else f"△{-d:.2f}"


def put(ws, ref, text, size=9, bold=False, h="center", v="center", wrap=True, border=True):
    c = ws[ref]
    c.value = text
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border:
        c.border = BOX
    return c


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def setup(ws, title_right):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.7
    ws.oddHeader.right.text = title_right
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "&P / &N"
    ws.oddFooter.center.size = 8
    for col, w in zip("ABCDEFGHIJK", [4, 14, 13, 13, 11, 13, 13, 11, 13, 13, 12]):
        ws.column_dimensions[col].width = w


def build():
    facts, inits = [], []
    wb = Workbook()
    # ---------------- page 1: 総括表
    ws = wb.active
    ws.title = "総括"
    setup(ws, "鳴沢市財務部債権管理課")
    ws.merge_cells("A1:K1")
    put(ws, "A1", TITLE, size=13, bold=True, border=False)
    ws.merge_cells("A3:K3")
    put(ws, "A3", "１　主要債権の徴収率（２月末現在）", size=10, bold=True, h="left", border=False)
    put(ws, "K4", "（単位：％）", size=8, h="right", border=False)
    ws.merge_cells("A5:A6"); put(ws, "A5", "No")
    ws.merge_cells("B5:C6"); put(ws, "B5", "債権名")
    ws.merge_cells("D5:D6"); put(ws, "D5", "所管課")
    ws.merge_cells("E5:G5"); put(ws, "E5", "現年度分")
    ws.merge_cells("H5:J5"); put(ws, "H5", "過年度分")
    ws.merge_cells("K5:K6"); put(ws, "K5", "債権区分")
    for col, lbl in zip("EFGHIJ", ["R6.2月末", "前年同期", "増減"] * 2):
        put(ws, f"{col}6", lbl)
    r = 7
    for d in DEBTS:
        ws.merge_cells(f"B{r}:C{r}")
        put(ws, f"A{r}", d["no"]); put(ws, f"B{r}", d["name"], h="left"); put(ws, f"D{r}", d["ka"])
        box(ws, f"B{r}:C{r}")
        for seg, cols in (("current", "EFG"), ("arrears", "HIJ")):
            a, p = d["rates"][seg][0], d["rates"][seg][1]
            put(ws, f"{cols[0]}{r}", f2(a), h="right"); put(ws, f"{cols[1]}{r}", f2(p), h="right")
            put(ws, f"{cols[2]}{r}", diff(a, p), h="right")
            facts.append(F(d["name"], FY, "R6.2月末", seg, "collection_rate", "interim", a, "percent", f2(a), 1, AS_OF))
            facts.append(F(d["name"], FYP, "前年同期", seg, "collection_rate", "interim", p, "percent", f2(p), 1, AS_OF_PREV))
        put(ws, f"K{r}", d["kubun"], size=8)
        r += 1
    ws.merge_cells(f"A{r+1}:K{r+1}")
    put(ws, f"A{r+1}", "※　過年度分は滞納繰越分をいう。増減は前年同期（令和５年２月末）との差で、単位はポイント。△は減少。",
        size=8, h="left", border=False)
    ws.merge_cells(f"A{r+3}:K{r+3}")
    put(ws, f"A{r+3}", "２　債権ごとの状況は、次ページ以降の個票のとおり。", size=10, bold=True, h="left", border=False)
    ws.merge_cells(f"A{r+4}:K{r+6}")
    put(ws, f"A{r+4}", "【個票の見方】\n・「決算見込み」は２月末までの収納実績と３月の収納見込みによる推計値\n"
        "・「目標値」は令和５年度債権回収・整理計画において定めた値", size=9, h="left", v="top")
    box(ws, f"A{r+4}:K{r+6}")

    # ---------------- one sheet per debt
    for k, d in enumerate(DEBTS):
        page = k + 2
        name = d["name"]
        ws = wb.create_sheet(f"個票{d['no']}")
        setup(ws, "鳴沢市財務部債権管理課")
        ws.merge_cells("A1:K1")
        put(ws, "A1", "令和５年度 債権回収・整理計画 進捗状況（個票）", size=12, bold=True, border=False)
        # label/value box
        put(ws, "A3", "No"); put(ws, "B3", d["no"])
        put(ws, "C3", "債権名"); ws.merge_cells("D3:F3"); put(ws, "D3", name, size=11, bold=True); box(ws, "D3:F3")
        put(ws, "G3", "所管課"); put(ws, "H3", d["ka"])
        put(ws, "I3", "債権区分"); ws.merge_cells("J3:K3"); put(ws, "J3", d["kubun"]); box(ws, "J3:K3")
        # 1 rates
        ws.merge_cells("A5:K5")
        put(ws, "A5", "１　徴収率の状況（単位：％）", size=10, bold=True, h="left", border=False)
        ws.merge_cells("A6:C7"); put(ws, "A6", "区分"); box(ws, "A6:C7")
        ws.merge_cells("D6:E6"); put(ws, "D6", "２月末実績"); box(ws, "D6:E6")
        put(ws, "D7", "R6.2月末"); put(ws, "E7", "前年同期\n(R5.2月末)")
        ws.merge_cells("F6:F7"); put(ws, "F6", "増減"); box(ws, "F6:F7")
        ws.merge_cells("G6:G7"); put(ws, "G6", "R5年度\n決算見込み"); box(ws, "G6:G7")
        ws.merge_cells("H6:H7"); put(ws, "H6", "R5年度\n目標値"); box(ws, "H6:H7")
        ws.merge_cells("I6:I7"); put(ws, "I6", "R4年度\n決算"); box(ws, "I6:I7")
        r = 8
        for seg in ("current", "arrears", "total"):
            feb, prev, est, tgt, pact = d["rates"][seg]
            ws.merge_cells(f"A{r}:C{r}"); put(ws, f"A{r}", SEG[seg]); box(ws, f"A{r}:C{r}")
            for col, v in zip("DEGHI", (feb, prev, est, tgt, pact)):
                put(ws, f"{col}{r}", f2(v), h="right")
            put(ws, f"F{r}", diff(feb, prev), h="right")
            facts += [F(name, FY, "R6.2月末", seg, "collection_rate", "interim", feb, "percent", f2(feb), page, AS_OF),
                      F(name, FYP, "前年同期(R5.2月末)", seg, "collection_rate", "interim", prev, "percent", f2(prev), page, AS_OF_PREV),
                      F(name, FY, "R5年度", seg, "collection_rate", "estimate", est, "percent", f2(est), page),
                      F(name, FY, "R5年度", seg, "collection_rate", "target", tgt, "percent", f2(tgt), page),
                      F(name, FYP, "R4年度", seg, "collection_rate", "actual", pact, "percent", f2(pact), page)]
            r += 1
        # 2 outstanding
        r += 1
        ws.merge_cells(f"A{r}:K{r}")
        put(ws, f"A{r}", "２　未収金残高（収入未済額）の状況", size=10, bold=True, h="left", border=False)
        put(ws, f"I{r+1}", "（単位：千円）", size=8, h="right", border=False)
        r += 2
        ws.merge_cells(f"A{r}:C{r}"); put(ws, f"A{r}", "区分"); box(ws, f"A{r}:C{r}")
        for col, lbl in zip("DEFGHI", ["R4年度決算", "R5年度\n決算見込み", "R5年度\n目標値", "差\n(見込み－目標)"]):
            pass
        heads = [("D", "R4年度決算"), ("E", "R5年度\n決算見込み"), ("F", "R5年度\n目標値"), ("G", "差\n(見込み－目標)")]
        for col, lbl in heads:
            put(ws, f"{col}{r}", lbl)
        r += 1
        tot = [0, 0, 0]
        for seg in ("current", "arrears", "total"):
            vals = d["out"][seg] if seg != "total" else tuple(tot)
            if seg != "total":
                tot = [a + b for a, b in zip(tot, vals)]
                vals = d["out"][seg]
            ws.merge_cells(f"A{r}:C{r}"); put(ws, f"A{r}", SEG[seg]); box(ws, f"A{r}:C{r}")
            act, est, tgt = vals
            put(ws, f"D{r}", comma(act), h="right"); put(ws, f"E{r}", comma(est), h="right")
            put(ws, f"F{r}", comma(tgt), h="right")
            dd = est - tgt
            put(ws, f"G{r}", comma(dd) if dd >= 0 else "△" + comma(-dd), h="right")
            facts += [F(name, FYP, "R4年度", seg, "outstanding", "actual", act * 1000, "yen", comma(act), page),
                      F(name, FY, "R5年度", seg, "outstanding", "estimate", est * 1000, "yen", comma(est), page),
                      F(name, FY, "R5年度", seg, "outstanding", "target", tgt * 1000, "yen", comma(tgt), page)]
            r += 1
        # extra for 国保: sequence cell + ward table
        if "wards" in d:
            r += 1
            ws.merge_cells(f"A{r}:K{r}")
            put(ws, f"A{r}", "３　区別の徴収率（現年度分）", size=10, bold=True, h="left", border=False)
            r += 1
            ws.merge_cells(f"A{r}:C{r}"); put(ws, f"A{r}", "区"); box(ws, f"A{r}:C{r}")
            put(ws, f"D{r}", "R6.2月末"); put(ws, f"E{r}", "前年同期"); put(ws, f"F{r}", "増減")
            ws.merge_cells(f"G{r}:K{r}"); put(ws, f"G{r}", "前年同期との比較（過年度分・全市）"); box(ws, f"G{r}:K{r}")
            r0 = r + 1
            for w, a, p in d["wards"]:
                r += 1
                ws.merge_cells(f"A{r}:C{r}"); put(ws, f"A{r}", w); box(ws, f"A{r}:C{r}")
                put(ws, f"D{r}", f2(a), h="right"); put(ws, f"E{r}", f2(p), h="right"); put(ws, f"F{r}", diff(a, p), h="right")
                facts += [F(name, FY, "R6.2月末", "current", "collection_rate", "interim", a, "percent", f2(a), page, AS_OF, area=w),
                          F(name, FYP, "前年同期", "current", "collection_rate", "interim", p, "percent", f2(p), page, AS_OF_PREV, area=w)]
            ws.merge_cells(f"G{r0}:K{r}")
            feb, prev = d["rates"]["arrears"][0], d["rates"]["arrears"][1]
            put(ws, f"G{r0}", f"R5.2月末 {f2(prev)}％ → R6.2月末 {f2(feb)}％\n（{diff(feb, prev)}ポイント）", size=10)
            box(ws, f"G{r0}:K{r}")
            facts += [F(name, FYP, "R5.2月末", "arrears", "collection_rate", "interim", prev, "percent", f"{f2(prev)}％", page, AS_OF_PREV),
                      F(name, FY, "R6.2月末", "arrears", "collection_rate", "interim", feb, "percent", f"{f2(feb)}％", page, AS_OF)]
            sec_no = "４"
        else:
            sec_no = "３"
        # 主な取組 box
        r += 2
        ws.merge_cells(f"A{r}:K{r}")
        sect = "主な取組（令和５年度後半）"
        put(ws, f"A{r}", f"{sec_no}　{sect}", size=10, bold=True, h="left", border=False)
        r += 1
        lines = []
        circ = "①②③④⑤"
        for i, (t, st) in enumerate(d["acts"]):
            if st == "拡充":
                lines.append(f"{circ[i]}　{t}\n　　【{st}】")
            else:
                lines.append(f"{circ[i]}　{t}【{st}】")
            inits.append({"debt": name, "fiscal_year": FY, "section": sect, "label": circ[i], "text": t,
                          "status": st, "page": page})
        ws.merge_cells(f"A{r}:K{r + 4}")
        put(ws, f"A{r}", "\n".join(lines), size=9, h="left", v="top")
        box(ws, f"A{r}:K{r + 4}")
        for rr in range(r, r + 5):
            ws.row_dimensions[rr].height = 22

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    soffice_pdf(src, ROOT / "pdf" / f"{STEM}.pdf", "p_xlsx")
    document = {"kind": "progress_report", "municipality": CITY, "title": TITLE, "date": "2024-02-29",
                "date_raw": "令和６年２月末現在"}
    write_gold(STEM, document, facts, inits)


if __name__ == "__main__":
    build()
