"""あま市 債権管理の取組状況（中間報告・2月末） — openpyxl -> LibreOffice.  (frozen25, helper d)"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.page import PageMargins

sys.path.insert(0, str(Path(__file__).parent))
from d_common import OUT, ROOT, Gold, c, check, pct, to_pdf  # noqa: E402

STEM = "d_ama_chukan_1"
CITY = "あま市"
TITLE = "令和５年度 債権管理の取組状況（中間報告）"
AS_OF, AS_OF_PREV = "2024-02-29", "2023-02-28"

# 千円 at 2月末: (current assessed, current collected, arrears assessed, arrears collected)
DEBTS = [
    dict(name="市税", short="市税", ka="収納課", now=(12684320, 11302115, 702455, 176330),
         prev=(89.05, 23.10), est=(98.90, 27.50), last=(98.82, 26.95), tgt=(98.90, 27.00),
         dl=2105,
         areas=[("七宝地区", 90.12, 89.70), ("美和地区", 89.44, 89.51), ("甚目寺地区", 88.73, 88.20)],
         inits=[("(1)", "納期限後２０日を経過した未納者に対し、ＳＭＳによる催告を行う。", "継続", False),
                ("(2)", "給与照会の回答を基に、３月末までに給与差押えを集中的に実施する。", "拡充", True),
                ("(3)", "愛知県地方税滞納整理機構への引継案件を１月までに選定する。", "継続", False)]),
    dict(name="国民健康保険税", short="国保税", ka="保険医療課", now=(2861540, 2318205, 811230, 160418),
         prev=(80.46, 18.22), est=(93.60, 21.80), last=(93.41, 20.95), tgt=(93.70, 21.00),
         dl=1688,
         areas=[("七宝地区", 81.90, 81.15), ("美和地区", 80.77, 80.42), ("甚目寺地区", 80.35, 79.98)],
         inits=[("(1)", "資格喪失届の受付時に未納額を通知し、納付相談につなげる。", "継続", False),
                ("(2)", "短期被保険者証の更新時期に合わせて、分納誓約の見直しを行う。", "新規", True),
                ("(3)", "財産調査で差押可能財産が判明した世帯は、速やかに滞納処分を行う。", "継続", False)]),
    dict(name="介護保険料", short="介護保険料", ka="高齢福祉課", now=(2035660, 1901844, 92370, 14908),
         prev=(93.22, 15.40), est=(99.05, 17.50), last=(99.01, 17.12), tgt=(99.10, 18.00),
         dl=612, areas=None,
         inits=[("(1)", "普通徴収の滞納者へ給付制限の案内を送付する。", "継続", False),
                ("(2)", "口座振替の勧奨を年金受給開始時に行う。", "拡充", True)]),
    dict(name="後期高齢者医療保険料", short="後期高齢者医療保険料", ka="保険医療課",
         now=(1245880, 1191027, 21640, 6411),
         prev=(95.40, 27.85), est=(99.55, 32.00), last=(99.50, 31.44), tgt=(99.55, 32.00),
         dl=207, areas=None,
         inits=[("(1)", "被保険者証の更新時に、窓口で未納分の納付を案内する。", "継続", False)]),
    dict(name="保育料", short="保育料", ka="子ども政策課", now=(188420, 176013, 10846, 2210),
         prev=(93.02, 19.80), est=(99.20, 22.00), last=(99.12, 21.30), tgt=(99.20, 22.00),
         dl=58, areas=None,
         inits=[("(1)", "児童手当からの申出徴収を保護者に案内する。", "新規", False),
                ("(2)", "退園者の未納分は、文書と電話で早期に催告する。", "継続", True)]),
]

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GREY = PatternFill("solid", fgColor="D9D9D9")
F = "IPAexゴシック"


def put(ws, ref, v, bold=False, size=9, align="left", fill=None, border=True, wrap=False, valign="center"):
    cl = ws[ref]
    cl.value = v
    cl.font = Font(name=F, size=size, bold=bold)
    cl.alignment = Alignment(horizontal=align, vertical=valign, wrap_text=wrap)
    if border:
        cl.border = BOX
    if fill:
        cl.fill = fill
    return cl


def box_range(ws, rng, fill=None):
    for row in ws[rng]:
        for cl in row:
            cl.border = BOX
            if fill:
                cl.fill = fill


def main():
    g = Gold(STEM, "progress_report", CITY, TITLE, "2024-03-01", "令和６年３月")
    wb = Workbook()
    wb.remove(wb.active)

    def setup(ws, landscape=False):
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = "landscape" if landscape else "portrait"
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 1
        ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.7, bottom=0.6)
        ws.oddHeader.right.text = "あま市総務部収納課"
        ws.oddHeader.right.size = 8
        ws.oddFooter.center.text = "- &P -"
        ws.oddFooter.center.size = 8
        ws.print_options.horizontalCentered = True

    # ---- sheet 1: summary
    ws = wb.create_sheet("総括")
    setup(ws)
    for col, w in zip("ABCDE", (30, 16, 16, 13, 13)):
        ws.column_dimensions[col].width = w
    put(ws, "A1", TITLE, bold=True, size=14, border=False)
    put(ws, "A2", "令和６年２月末現在", size=10, border=False)
    put(ws, "A4", "１　主要債権の徴収率（２月末）", bold=True, size=10, border=False)
    put(ws, "E4", "（単位：％）", size=8, align="right", border=False)
    hdr = ["", "令和6年2月末(A)", "令和5年2月末(B)", "(A)-(B)", "備考"]
    for i, h in enumerate(hdr):
        put(ws, f"{'ABCDE'[i]}5", h, bold=True, align="center", fill=GREY, wrap=True)
    r = 6
    for d in DEBTS:
        ca, cc, aa, ac = d["now"]
        rates = (pct(cc, ca), pct(ac, aa))
        for k, (seglab, seg) in enumerate((("現年", "current"), ("滞繰", "arrears"))):
            lab = f"{d['short']}（{seglab}）"
            a_, b_ = rates[k], d["prev"][k]
            put(ws, f"A{r}", lab)
            put(ws, f"B{r}", f"{a_:.2f}", align="right")
            put(ws, f"C{r}", f"{b_:.2f}", align="right")
            put(ws, f"D{r}", f"{a_-b_:+.2f}".replace("-", "△").replace("+", ""), align="right")
            put(ws, f"E{r}", "")
            g.fact(1, d["name"], 2023, "令和6年2月末", seg, "collection_rate", "interim", a_, "percent", f"{a_:.2f}",
                   as_of=AS_OF, debt_raw=lab)
            g.fact(1, d["name"], 2022, "令和5年2月末", seg, "collection_rate", "interim", b_, "percent", f"{b_:.2f}",
                   as_of=AS_OF_PREV, debt_raw=lab)
            r += 1
    put(ws, f"A{r+1}", "※徴収率＝収納額÷調定額。各月末の収納額には、同月末までに指定金融機関から報告のあったものを含む。", size=8, border=False)
    put(ws, f"A{r+3}", "２　各債権の状況及び後半の主な取組は、次ページ以降の個票のとおり。", size=10, border=False)

    # ---- per-debt sheets
    for pi, d in enumerate(DEBTS, start=2):
        ws = wb.create_sheet(d["short"])
        setup(ws)
        for col, w in zip("ABCDEFG", (16, 13, 13, 11, 13, 13, 13)):
            ws.column_dimensions[col].width = w
        name = d["name"]
        put(ws, "A1", TITLE, size=9, border=False)
        ws.merge_cells("A3:D3")
        put(ws, "A3", f"債権名　{name}", bold=True, size=12)
        box_range(ws, "A3:D3")
        ws.merge_cells("E3:G3")
        put(ws, "E3", f"担当課　{d['ka']}", size=10)
        box_range(ws, "E3:G3")
        put(ws, "A5", "１　徴収率の状況", bold=True, size=10, border=False)
        put(ws, "G5", "（単位：％）", size=8, align="right", border=False)
        # header: two rows
        ws.merge_cells("A6:A7"); put(ws, "A6", "区分", bold=True, align="center", fill=GREY); box_range(ws, "A6:A7", GREY)
        ws.merge_cells("B6:D6"); put(ws, "B6", "2月末", bold=True, align="center", fill=GREY); box_range(ws, "B6:D6", GREY)
        for col, h in zip("BCD", ("令和5年度(A)", "前年同期(B)", "差(A-B)")):
            put(ws, f"{col}7", h, bold=True, align="center", fill=GREY, wrap=True)
        for col, h in zip("EFG", ("決算見込", "前年度決算", "目標")):
            ws.merge_cells(f"{col}6:{col}7"); put(ws, f"{col}6", h, bold=True, align="center", fill=GREY)
            box_range(ws, f"{col}6:{col}7", GREY)
        ca, cc, aa, ac = d["now"]
        ta, tc = ca + aa, cc + ac
        rows = [("現年分", "current", pct(cc, ca)), ("滞繰分", "arrears", pct(ac, aa)), ("合計", "total", pct(tc, ta))]
        # totals for prev/est/last/tgt: invent consistent-looking (weighted) values
        def wavg(pair, share=ca / ta):
            return round(pair[0] * share + pair[1] * (1 - share), 2)
        for k, (lab, seg, now) in enumerate(rows, start=8):
            idx = k - 8
            vals = []
            for key in ("prev", "est", "last", "tgt"):
                vals.append(d[key][idx] if idx < 2 else wavg(d[key]))
            prev, est, last, tgt = vals
            put(ws, f"A{k}", lab, align="center")
            put(ws, f"B{k}", f"{now:.2f}", align="right")
            put(ws, f"C{k}", f"{prev:.2f}", align="right")
            put(ws, f"D{k}", f"{now-prev:+.2f}".replace("-", "▲").replace("+", ""), align="right")
            put(ws, f"E{k}", f"{est:.2f}", align="right")
            put(ws, f"F{k}", f"{last:.2f}", align="right")
            put(ws, f"G{k}", f"{tgt:.2f}", align="right")
            g.fact(pi, name, 2023, "令和5年度 2月末", seg, "collection_rate", "interim", now, "percent", f"{now:.2f}", as_of=AS_OF)
            g.fact(pi, name, 2022, "前年同期", seg, "collection_rate", "interim", prev, "percent", f"{prev:.2f}", as_of=AS_OF_PREV)
            g.fact(pi, name, 2023, "決算見込", seg, "collection_rate", "estimate", est, "percent", f"{est:.2f}")
            g.fact(pi, name, 2022, "前年度決算", seg, "collection_rate", "actual", last, "percent", f"{last:.2f}")
            g.fact(pi, name, 2023, "目標", seg, "collection_rate", "target", tgt, "percent", f"{tgt:.2f}")
        put(ws, "A12", "２　収納状況（令和6年2月29日現在）", bold=True, size=10, border=False)
        put(ws, "G12", "（単位：千円）", size=8, align="right", border=False)
        for col, h in zip("ABCD", ("区分", "現年分", "滞繰分", "計")):
            put(ws, f"{col}13", h, bold=True, align="center", fill=GREY)
        for k, (lab, met, vals) in enumerate((("調定額", "assessed", (ca, aa, ta)),
                                               ("収納額", "collected", (cc, ac, tc)),
                                               ("未収額", "outstanding", (ca - cc, aa - ac, ta - tc))), start=14):
            put(ws, f"A{k}", lab, align="center")
            for col, v, seg in zip("BCD", vals, ("current", "arrears", "total")):
                put(ws, f"{col}{k}", c(v), align="right")
                g.fact(pi, name, 2023, "令和6年2月29日現在", seg, met, "interim", v * 1000, "yen", c(v), as_of=AS_OF)
        put(ws, "A17", "滞納者数（人）", align="center")
        put(ws, "B17", "－", align="center"); put(ws, "C17", "－", align="center")
        put(ws, "D17", f"{d['dl']:,}", align="right")
        g.fact(pi, name, 2023, "令和6年2月29日現在", "total", "delinquents", "interim", d["dl"], "persons",
               f"{d['dl']:,}", as_of=AS_OF)
        row = 19
        if d["areas"]:
            put(ws, f"A{row}", "３　地区別徴収率（現年分・2月末）", bold=True, size=10, border=False)
            put(ws, f"G{row}", "（単位：％）", size=8, align="right", border=False)
            for col, h in zip("ABCD", ("地区", "令和5年度", "令和4年度", "差")):
                put(ws, f"{col}{row+1}", h, bold=True, align="center", fill=GREY)
            for k, (area, v5, v4) in enumerate(d["areas"], start=row + 2):
                put(ws, f"A{k}", area, align="center")
                put(ws, f"B{k}", f"{v5:.2f}", align="right")
                put(ws, f"C{k}", f"{v4:.2f}", align="right")
                put(ws, f"D{k}", f"{v5-v4:+.2f}".replace("-", "▲").replace("+", ""), align="right")
                g.fact(pi, name, 2023, "令和5年度", "current", "collection_rate", "interim", v5, "percent", f"{v5:.2f}",
                       as_of=AS_OF, area=area)
                g.fact(pi, name, 2022, "令和4年度", "current", "collection_rate", "interim", v4, "percent", f"{v4:.2f}",
                       as_of=AS_OF_PREV, area=area)
            row += 2 + len(d["areas"]) + 1
        num = "４" if d["areas"] else "３"
        put(ws, f"A{row}", f"{num}　後半の主な取組", bold=True, size=10, border=False)
        row += 1
        for lab, txt, st, wrapnext in d["inits"]:
            ws.merge_cells(f"A{row}:G{row}")
            sep = "\n" if wrapnext else ""
            put(ws, f"A{row}", f"{lab}　{txt}{sep}【{st}】", wrap=True, valign="top")
            box_range(ws, f"A{row}:G{row}")
            ws.row_dimensions[row].height = 30 if wrapnext else 18
            g.init(pi, name, 2023, "後半の主な取組", lab, txt, st)
            row += 1

    OUT.mkdir(exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = to_pdf(src, ROOT / "pdf" / f"{STEM}.pdf", "ama")
    gp = g.write(pdf)
    return check(pdf, gp)


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
