"""いすみ市-style 債権回収・整理計画（中間報告）: a summary sheet and one sheet per debt, openpyxl -> LibreOffice.

Layout modelled on published 債権回収・整理計画 (中間報告 / 目標達成状況) pages: a label/value box for the debt,
a 徴収率 table with two side-by-side headings (12月末時点 | 年度見込・目標), an 未収金残高 row with years as columns,
下半期の取組 as ア/イ/ウ items inside one cell. Figures are invented and internally consistent.
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.page import PageMargins

sys.path.insert(0, str(Path(__file__).resolve().parent))
from j_common import OUT, PDF_DIR, fact, to_pdf, write_gold  # noqa: E402

STEM = "j_isumi_progress_1"
CITY = "いすみ市"
TITLE = "令和６年度　債権回収・整理計画（中間報告）"
FY, PREV = 2024, 2023
ASOF, ASOF_PREV = "2024-12-31", "2023-12-31"

# per debt: interim amounts (千円) current/arrears for R6.12末, prev-year interim rates, year-end rates, balances
DEBTS = [
    dict(name="市税", ka="税務課　収納班", kubun="強制徴収公債権",
         cur=(4312456, 3398214), arr=(268540, 52118), prev=(78.3, 18.7, 74.6),
         est=(99.1, 27.5, 95.0), tgt=(99.2, 28.0, 95.1), last=(99.0, 26.8, 94.8),
         bal=(271350, 268540, 240000, 245300),
         items=[("ア", "高額・困難案件（滞納額100万円以上）を担当者ごとに割り当て、財産調査から差押えまでを年度内に完了させる。", "継続"),
                ("イ", "12月・3月を滞納整理強化月間とし、預貯金・給与の差押えを集中的に実施する。", "継続"),
                ("ウ", "スマートフォン決済アプリによる納付を周知し、納期内納付の割合を高める。", "拡充")]),
    dict(name="国民健康保険税", ka="税務課　収納班（保険年金課）", kubun="強制徴収公債権",
         cur=(812300, 520118), arr=(198770, 31220), prev=(63.1, 16.2, 53.9),
         est=(93.8, 22.0, 80.1), tgt=(94.0, 23.0, 80.5), last=(93.5, 21.6, 79.6),
         bal=(205410, 198770, 185000, 190200),
         items=[("ア", "資格喪失者のうち未納がある世帯に対し、喪失手続の窓口で納付相談を行う。", "継続"),
                ("イ", "短期被保険者証の更新時に分納誓約の履行状況を確認し、不履行者へ早期に催告する。", "継続"),
                ("ウ", "電話催告を夜間にも実施し、就労世帯との接触機会を増やす。", "新規")]),
    dict(name="介護保険料", ka="高齢者支援課", kubun="強制徴収公債権",
         cur=(1020880, 835211), arr=(24650, 3905), prev=(81.5, 17.0, 79.9),
         est=(99.0, 18.0, 97.2), tgt=(99.1, 19.0, 97.3), last=(98.9, 17.6, 97.1),
         bal=(26880, 24650, 22000, 23100),
         items=[("ア", "普通徴収の新規対象者に口座振替依頼書を同封し、初回から口座振替へ誘導する。", "継続"),
                ("イ", "滞納が2期以上続く者に対し、給付制限の内容を記載した催告書を送付する。", "継続")]),
    dict(name="市営住宅使用料", ka="建設課　住宅班", kubun="私債権",
         cur=(98400, 71530), arr=(35210, 2410), prev=(73.4, 6.1, 55.0),
         est=(96.5, 8.5, 72.9), tgt=(97.0, 10.0, 73.5), last=(96.3, 7.9, 71.8),
         bal=(37020, 35210, 32000, 33800),
         items=[("ア", "3か月以上の滞納者に対して連帯保証人へ通知し、納付への協力を求める。", "継続"),
                ("イ", "6か月以上の滞納者で納付誓約に応じない者について、明渡請求訴訟を提起する。", "継続"),
                ("ウ", "退去者の滞納家賃について、債権回収を弁護士へ委託する。", "新規")]),
]
PREV_ALL = (76.9, 16.6, 72.0)   # 全体の前年同期


def rate(c, a):
    return round(c / a * 100 + 1e-9, 1)


def d_rates(d):
    (ca, cc), (aa, ac) = d["cur"], d["arr"]
    return rate(cc, ca), rate(ac, aa), rate(cc + ac, ca + aa)


thin = Side(style="thin")
hair = Side(style="hair")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
F = "IPAexGothic"


def style(ws, rng, *, border=True, bold=False, size=10, align="center", wrap=False, valign="center"):
    for row in ws[rng]:
        for c in row:
            c.font = Font(name=F, size=size, bold=bold)
            c.alignment = Alignment(horizontal=align, vertical=valign, wrap_text=wrap)
            if border:
                c.border = BOX


def setup(ws, title):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.7, bottom=0.6)
    ws.oddHeader.right.text = "いすみ市　総務部財政課"
    ws.oddHeader.right.font = F
    ws.oddFooter.center.text = "－ &P －"
    ws.sheet_view.showGridLines = False
    ws.title = title


def fmt_k(v):
    return f"{v:,}"


def build():
    wb = Workbook()
    facts, inits = [], []

    # ---------------- page 1: summary ----------------
    ws = wb.active
    setup(ws, "総括")
    for col, w in zip("ABCDEFGHIJ", (20, 10, 10, 9, 10, 10, 9, 10, 10, 9)):
        ws.column_dimensions[col].width = w
    ws["A1"] = TITLE
    style(ws, "A1:A1", border=False, bold=True, size=14, align="left")
    ws["A2"] = "（令和６年12月末現在）"
    style(ws, "A2:A2", border=False, align="left")
    ws["A4"] = "１　主要債権の徴収率（単位：％）"
    style(ws, "A4:A4", border=False, bold=True, align="left", size=11)
    # header over three rows
    ws.merge_cells("A5:A7")
    ws["A5"] = "債権名"
    for i, seg in enumerate(("現年度分", "滞納繰越分", "合計")):
        c0 = 2 + 3 * i
        ws.merge_cells(start_row=5, start_column=c0, end_row=5, end_column=c0 + 2)
        ws.cell(5, c0, seg)
        ws.cell(6, c0, "令和６年度")
        ws.cell(6, c0 + 1, "令和５年度")
        ws.cell(6, c0 + 2, "増減")
        ws.cell(7, c0, "12月末(A)")
        ws.cell(7, c0 + 1, "12月末(B)")
        ws.cell(7, c0 + 2, "(A)-(B)")
    r = 8
    for d in DEBTS:
        now = d_rates(d)
        ws.cell(r, 1, d["name"])
        for i in range(3):
            a, b = now[i], d["prev"][i]
            ws.cell(r, 2 + 3 * i, f"{a:.1f}")
            ws.cell(r, 3 + 3 * i, f"{b:.1f}")
            diff = round(a - b, 1)
            ws.cell(r, 4 + 3 * i, ("△" if diff < 0 else "") + f"{abs(diff):.1f}")
            seg = ("current", "arrears", "total")[i]
            facts.append(fact(d["name"], FY, "令和６年度 12月末(A)", seg, "collection_rate", "interim", a,
                              "percent", f"{a:.1f}", 1, as_of=ASOF))
            facts.append(fact(d["name"], PREV, "令和５年度 12月末(B)", seg, "collection_rate", "interim", b,
                              "percent", f"{b:.1f}", 1, as_of=ASOF_PREV))
        r += 1
    style(ws, f"A5:J{r - 1}")
    style(ws, f"B8:J{r - 1}", align="right")
    style(ws, f"A8:A{r - 1}", align="left")
    ws.cell(r, 1, "※徴収率は、収入額÷調定額で算出し、小数点第2位を四捨五入している。")
    style(ws, f"A{r}:A{r}", border=False, align="left", size=9)

    # bracketed heading over bullets labelled only by segment (all four debts together)
    r += 2
    tot_ca = sum(d["cur"][0] for d in DEBTS)
    tot_cc = sum(d["cur"][1] for d in DEBTS)
    tot_aa = sum(d["arr"][0] for d in DEBTS)
    tot_ac = sum(d["arr"][1] for d in DEBTS)
    alls = (rate(tot_cc, tot_ca), rate(tot_ac, tot_aa), rate(tot_cc + tot_ac, tot_ca + tot_aa))
    ws.cell(r, 1, "【主要４債権全体の徴収率】令和６年12月末時点")
    style(ws, f"A{r}:A{r}", border=False, bold=True, align="left", size=11)
    for i, lab in enumerate(("現年度分", "滞納繰越分", "合計")):
        r += 1
        txt = f"・{lab}　{alls[i]:.1f}％（前年同期　{PREV_ALL[i]:.1f}％）"
        ws.cell(r, 1, txt)
        style(ws, f"A{r}:A{r}", border=False, align="left")
        seg = ("current", "arrears", "total")[i]
        facts.append(fact(None, FY, "令和６年12月末", seg, "collection_rate", "interim", alls[i], "percent",
                          f"{alls[i]:.1f}％", 1, as_of=ASOF, debt_raw=None))
        facts.append(fact(None, PREV, "前年同期", seg, "collection_rate", "interim", PREV_ALL[i], "percent",
                          f"{PREV_ALL[i]:.1f}％", 1, as_of=ASOF_PREV, debt_raw=None))

    # 未収金残高 summary (debt per row, 合計 row)
    r += 2
    ws.cell(r, 1, "２　未収金残高（収入未済額）の見込み")
    style(ws, f"A{r}:A{r}", border=False, bold=True, align="left", size=11)
    ws.cell(r, 8, "単位：千円")
    style(ws, f"H{r}:H{r}", border=False, align="left", size=9)
    r += 1
    hdr = r
    ws.cell(r, 1, "債権名")
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.cell(r, 2, "令和５年度決算")
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
    ws.cell(r, 4, "令和６年度目標")
    ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=7)
    ws.cell(r, 6, "令和６年度見込")
    ws.merge_cells(start_row=r, start_column=8, end_row=r, end_column=9)
    ws.cell(r, 8, "見込－目標")
    sums = [0, 0, 0]
    for d in DEBTS + [None]:
        r += 1
        if d is None:
            name, vals = "合計", sums
        else:
            name, vals = d["name"], (d["bal"][1], d["bal"][2], d["bal"][3])
            for k in range(3):
                sums[k] += vals[k]
        ws.cell(r, 1, name)
        for k, (v, c0) in enumerate(zip(vals, (2, 4, 6))):
            ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c0 + 1)
            ws.cell(r, c0, fmt_k(v))
            fy_raw = ("令和５年度決算", "令和６年度目標", "令和６年度見込")[k]
            fy = (PREV, FY, FY)[k]
            basis = ("actual", "target", "estimate")[k]
            facts.append(fact(d["name"] if d else None, fy, fy_raw, "total", "outstanding", basis, v * 1000, "yen",
                              fmt_k(v), 1, debt_raw=name))
        ws.merge_cells(start_row=r, start_column=8, end_row=r, end_column=9)
        diff = vals[2] - vals[1]
        ws.cell(r, 8, ("△" if diff < 0 else "") + fmt_k(abs(diff)))
    style(ws, f"A{hdr}:I{r}")
    style(ws, f"B{hdr + 1}:I{r}", align="right")
    style(ws, f"A{hdr + 1}:A{r}", align="left")

    # ---------------- pages 2..: one sheet per debt ----------------
    for idx, d in enumerate(DEBTS):
        page = 2 + idx
        ws = wb.create_sheet()
        setup(ws, d["name"][:10])
        for col, w in zip("ABCDEFGH", (16, 14, 14, 14, 14, 14, 14, 6)):
            ws.column_dimensions[col].width = w
        ws["A1"] = TITLE
        style(ws, "A1:A1", border=False, bold=True, size=13, align="left")
        ws["G1"] = f"整理番号　{idx + 1:02d}"
        style(ws, "G1:G1", border=False, align="right", size=9)
        # label / value box
        ws["A3"], ws["B3"], ws["D3"], ws["E3"], ws["F3"], ws["G3"] = "債権名", d["name"], "所管課", d["ka"], "区分", d["kubun"]
        ws.merge_cells("B3:C3")
        style(ws, "A3:G3", bold=False)
        ws.row_dimensions[3].height = 22

        now = d_rates(d)
        ws["A5"] = "１．徴収率の状況"
        style(ws, "A5:A5", border=False, bold=True, align="left", size=11)
        ws.merge_cells("A6:A7")
        ws["A6"] = "区分"
        ws.merge_cells("B6:C6")
        ws["B6"] = "12月末時点"
        ws.merge_cells("D6:F6")
        ws["D6"] = "年度見込・目標"
        ws["B7"], ws["C7"] = "令和６年度", "前年同期"
        ws["D7"], ws["E7"], ws["F7"] = "決算見込", "目標", "前年度決算"
        for i, seg in enumerate(("現年度分", "滞納繰越分", "計")):
            rr = 8 + i
            sk = ("current", "arrears", "total")[i]
            ws.cell(rr, 1, seg)
            cells = [(now[i], FY, "令和６年度 12月末", "interim", ASOF),
                     (d["prev"][i], PREV, "前年同期", "interim", ASOF_PREV),
                     (d["est"][i], FY, "令和６年度 決算見込", "estimate", None),
                     (d["tgt"][i], FY, "令和６年度 目標", "target", None),
                     (d["last"][i], PREV, "前年度決算", "actual", None)]
            for j, (v, fy, fyr, basis, aso) in enumerate(cells):
                ws.cell(rr, 2 + j, f"{v:.1f}%")
                facts.append(fact(d["name"], fy, fyr, sk, "collection_rate", basis, v, "percent", f"{v:.1f}%",
                                  page, as_of=aso))
        style(ws, "A6:F10")
        style(ws, "B8:F10", align="right")

        ws["A12"] = "２．未収金残高の推移"
        style(ws, "A12:A12", border=False, bold=True, align="left", size=11)
        ws["F12"] = "（単位：千円）"
        style(ws, "F12:F12", border=False, align="right", size=9)
        heads = ("令和４年度決算", "令和５年度決算", "令和６年度目標", "令和６年度見込")
        ws["A13"] = "年度"
        for j, h in enumerate(heads):
            ws.cell(13, 2 + j, h)
        ws["A14"] = "未収金残高"
        for j, v in enumerate(d["bal"]):
            ws.cell(14, 2 + j, fmt_k(v))
            fy = (2022, 2023, 2024, 2024)[j]
            basis = ("actual", "actual", "target", "estimate")[j]
            facts.append(fact(d["name"], fy, heads[j], "total", "outstanding", basis, v * 1000, "yen", fmt_k(v), page))
        style(ws, "A13:E14")
        style(ws, "B14:E14", align="right")

        ws["A16"] = "３．12月末の収納状況"
        style(ws, "A16:A16", border=False, bold=True, align="left", size=11)
        (ca, cc), (aa, ac) = d["cur"], d["arr"]
        prose = (f"現年度分は、調定額{fmt_k(ca)}千円に対し収入額{fmt_k(cc)}千円で、徴収率は{now[0]:.1f}％"
                 f"（前年同期{d['prev'][0]:.1f}％）となった。滞納繰越分は、調定額{fmt_k(aa)}千円に対し収入額"
                 f"{fmt_k(ac)}千円で、徴収率は{now[1]:.1f}％となっている。")
        ws.merge_cells("A17:F19")
        ws["A17"] = prose
        style(ws, "A17:F19", align="left", wrap=True, valign="top")
        for seg, a, c, rr in (("current", ca, cc, now[0]), ("arrears", aa, ac, now[1])):
            facts.append(fact(d["name"], FY, "12月末", seg, "assessed", "interim", a * 1000, "yen", f"{fmt_k(a)}千円",
                              page, as_of=ASOF))
            facts.append(fact(d["name"], FY, "12月末", seg, "collected", "interim", c * 1000, "yen", f"{fmt_k(c)}千円",
                              page, as_of=ASOF))
            facts.append(fact(d["name"], FY, "12月末", seg, "collection_rate", "interim", rr, "percent", f"{rr:.1f}％",
                              page, as_of=ASOF))
        facts.append(fact(d["name"], PREV, "前年同期", "current", "collection_rate", "interim", d["prev"][0], "percent",
                          f"{d['prev'][0]:.1f}％", page, as_of=ASOF_PREV))

        ws["A21"] = "４．下半期の主な取組"
        style(ws, "A21:A21", border=False, bold=True, align="left", size=11)
        lines = []
        for lab, text, st in d["items"]:
            lines.append(f"{lab}　{text}【{st}】")
            inits.append({"debt": d["name"], "fiscal_year": FY, "section": "下半期の主な取組", "label": lab,
                          "text": text, "status": st, "page": page})
        ws.merge_cells("A22:F26")
        ws["A22"] = "\n".join(lines)
        style(ws, "A22:F26", align="left", wrap=True, valign="top")
        for rr in range(17, 20):
            ws.row_dimensions[rr].height = 20
        for rr in range(22, 27):
            ws.row_dimensions[rr].height = 24

    OUT.mkdir(parents=True, exist_ok=True)
    xlsx = OUT / f"{STEM}.xlsx"
    wb.save(xlsx)
    pdf = to_pdf(xlsx, PDF_DIR / f"{STEM}.pdf", "j_isumi")
    document = {"kind": "progress_report", "municipality": CITY, "title": TITLE,
                "date": "2024-12-31", "date_raw": "令和６年12月末現在"}
    write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
