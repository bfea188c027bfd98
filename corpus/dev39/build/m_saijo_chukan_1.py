"""西条市-style 未収金対策の取組状況（２月末現在）: one Excel sheet per debt, openpyxl → LibreOffice.

Family: 大阪市-style mid-year progress sheets (2月末 rates with 前年同期, 決算見込, 目標, 主な取組).
Written as a small city's Excel workbook: a 総括表 with the 合計 row first, then one sheet per debt
with a label/value 債権名 box (one sheet names its debt only in the page header), rate tables
without % signs under a 単位：％ note, a table whose unit changes by row, 取組 numbered ①② in one
merged cell with tags after the 。. 2月末 of 令和5年度 is 令和6年2月29日 (leap year).
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

sys.path.insert(0, str(Path(__file__).resolve().parent))
from m_common import OUT, PDF_DIR, Gold, check, comma, pct, summary, to_pdf  # noqa: E402

STEM = "m_saijo_chukan_1"
CITY = "西条市"
TITLE = "令和５年度　未収金対策の取組状況（令和６年２月末現在）"
FY, FY0 = 2023, 2022
ASOF, ASOF0 = "2024-02-29", "2023-02-28"

# 債権名, 所管課, 区分, labels (現年, 滞繰), (現年調定, 現年収入, 滞繰調定, 滞繰収入) 千円 at R6.2末,
# 前年同期 rates (現, 滞, 計), 決算見込, 前年度決算, 目標, orientation, 取組 [(text, tag)], extra
DEBTS = [
    dict(name="市税", ka="税務課", kubun="強制徴収公債権", seg=("現年課税分", "滞納繰越分"),
         amt=(13482655, 12316204, 612480, 158337), prev=(90.9, 24.2, 88.3),
         est=(99.1, 30.5, 96.2), last=(99.0, 29.8, 96.0), tgt=(99.2, 31.0, 96.4), orient="landscape",
         inits=[("納期限後２０日以内に督促状を発送し、督促後も未納の者には翌月にＳＭＳ催告を行う。", "継続"),
                ("預貯金照会の電子化（ｐｉｔａｌｉｐ）を活用し、財産調査から差押えまでの期間を短縮する。", "拡充"),
                ("３月を滞納整理強化月間とし、給与・年金の差押えを集中して執行する。", "継続"),
                ("地方税共通納税システムによるスマートフォン決済の周知を、納税通知書の同封チラシで行う。", "新規")]),
    dict(name="国民健康保険税", ka="税務課", kubun="強制徴収公債権", seg=("現年課税分", "滞納繰越分"),
         amt=(2518730, 2043377, 498210, 104872), prev=(80.6, 19.8, 70.9),
         est=(94.3, 24.0, 83.0), last=(94.1, 23.2, 82.4), tgt=(94.5, 25.0, 83.3), orient="landscape",
         inits=[("資格喪失後も未納が残る世帯へ文書催告を行い、納付相談につなげる。", "継続"),
                ("分納誓約の不履行が２回続いた世帯は、速やかに財産調査を行い滞納処分へ移行する。", "継続"),
                ("口座振替の新規申込者に対し、Ｗｅｂ口座振替受付の案内を送付する。", "新規")]),
    dict(name="介護保険料", ka="介護保険課", kubun="強制徴収公債権", seg=("現年度分", "過年度分"),
         amt=(1984522, 1852716, 61045, 9823), prev=(93.1, 15.9, 90.7),
         est=(99.0, 18.4, 96.6), last=(98.9, 17.6, 96.4), tgt=(99.1, 19.0, 96.8), orient="portrait",
         inits=[("普通徴収の未納者に対し、納期限の翌月に電話催告を行う。", "継続"),
                ("２年を超えて未納となると給付制限がかかることを、催告書に明記して周知する。", "継続")]),
    dict(name="後期高齢者医療保険料", ka="保険年金課", kubun="強制徴収公債権", seg=("現年度分", "過年度分"),
         amt=(1203366, 1127558, 18944, 5012), prev=(93.5, 24.1, 92.4),
         est=(99.5, 30.2, 98.4), last=(99.4, 29.5, 98.3), tgt=(99.5, 31.0, 98.5), orient="portrait",
         header_only=True,
         inits=[("被保険者証の更新時に未納者と面談し、分納を含めた納付計画を立てる。", "継続"),
                ("年金からの特別徴収に切り替わるまでの間の納付書払いについて、口座振替を勧奨する。", "拡充")]),
    dict(name="保育所保育料", ka="こども未来課", kubun="強制徴収公債権", seg=("現年度分", "過年度分"),
         amt=(312870, 296114, 24316, 3901), prev=(93.9, 14.2, 87.8),
         est=(99.2, 18.0, 93.4), last=(99.1, 17.4, 93.0), tgt=(99.3, 20.0, 93.8), orient="portrait",
         inits=[("児童手当からの特別徴収について、申出の勧奨を入所説明会で行う。", "継続"),
                ("卒園後も未納が残る世帯には、税務課と連携して財産調査を行う。", "新規")]),
    dict(name="市営住宅使用料", ka="建築住宅課", kubun="私債権", seg=("現年度分", "過年度分"),
         amt=(402588, 381730, 86412, 11244), prev=(94.3, 12.0, 80.6),
         est=(98.4, 15.1, 83.6), last=(98.2, 14.3, 83.1), tgt=(98.5, 16.0, 84.0), orient="landscape",
         households=(118, 131),
         inits=[("滞納３か月で連帯保証人へ通知し、６か月で明渡請求の予告を行う。", "継続"),
                ("退去者の未納については、弁護士委任による回収を進める。", "拡充")]),
]

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GREY = PatternFill("solid", fgColor="D9D9D9")
F9 = Font(name="IPAexGothic", size=9)
F10 = Font(name="IPAexGothic", size=10)
F12B = Font(name="IPAexGothic", size=12, bold=True)
F14B = Font(name="IPAexGothic", size=14, bold=True)
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="center")
LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)


def cell(ws, ref, value, font=F10, align=CEN, border=True, fill=None, fmt=None):
    c = ws[ref]
    c.value = value
    c.font = font
    c.alignment = align
    if border:
        c.border = BOX
    if fill:
        c.fill = fill
    if fmt:
        c.number_format = fmt
    return c


def setup(ws, orient):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = orient
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.oddFooter.center.text = "&P / &N"
    ws.oddFooter.center.font = "IPAexGothic"
    ws.oddHeader.right.text = "西条市 財務部 収納対策室"
    ws.oddHeader.right.font = "IPAexGothic"


def r1(x):
    from decimal import Decimal, ROUND_HALF_UP
    return float(Decimal(str(x)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def build():
    g = Gold(STEM, "progress_report", CITY, TITLE, "2024-03-15", "令和６年３月１５日")
    wb = Workbook()

    # ---- page 1: 総括表, 合計 row first ----
    ws = wb.active
    ws.title = "総括表"
    setup(ws, "landscape")
    g.page = 1
    widths = [4, 22, 14, 14, 14, 14, 11, 11, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.merge_cells("A1:I1")
    cell(ws, "A1", TITLE, F14B, CEN, border=False)
    ws.merge_cells("A2:I2")
    cell(ws, "A2", "令和６年３月１５日　債権管理推進会議資料", F10, RIGHT, border=False)
    tot = [0, 0, 0, 0]
    for d in DEBTS:
        for k in range(4):
            tot[k] += d["amt"][k]
    T_adj, T_col = tot[0] + tot[2], tot[1] + tot[3]
    ws.merge_cells("A3:I3")
    man = (T_adj - T_col) // 10  # 万円 from 千円
    oku, rest = divmod(man, 10000)
    approx_raw = f"約{oku}億{rest // 100 * 100:,}万円"
    lead = (f"　主要６債権の令和６年２月末現在の未収額は{approx_raw}で、徴収率（現年分・過年度分の計）は"
            f"前年同期を上回っている債権が多い。債権ごとの状況は次ページ以降のとおり。")
    g.fact(approx_raw, (oku * 10000 + rest // 100 * 100) * 10000, debt=None, debt_raw="主要６債権",
           metric="outstanding", fy=FY, fy_raw="令和６年２月末", basis="interim", as_of=ASOF, approx=True)
    cell(ws, "A3", lead, F10, LEFT, border=False)
    ws.row_dimensions[3].height = 32
    cell(ws, "I4", "（単位：千円、％）", F9, RIGHT, border=False)
    heads = ["No.", "債権名", "所管課", "調定額", "収入済額", "未収額", "徴収率\nR6.2月末", "前年同期\nR5.2月末", "増減"]
    for i, h in enumerate(heads):
        cell(ws, f"{chr(65 + i)}5", h, F10, CEN, fill=GREY)
    ws.row_dimensions[5].height = 30
    prev_tot_rate = 86.9
    rows = [("", "合計", "", T_adj, T_col, prev_tot_rate)]
    for n, d in enumerate(DEBTS, 1):
        a = d["amt"]
        rows.append((n, d["name"], d["ka"], a[0] + a[2], a[1] + a[3], d["prev"][2]))
    for r, (n, name, ka, adj, col, prev) in enumerate(rows, 6):
        debt = None if name == "合計" else name
        rate = pct(col, adj, 2)
        vals = [n, name, ka, adj, col, adj - col, rate, prev, round(rate - prev, 2)]
        fmts = [None, None, None, "#,##0", "#,##0", "#,##0", "0.00", "0.0", '+0.00;"△"0.00']
        for i, v in enumerate(vals):
            cell(ws, f"{chr(65 + i)}{r}", v, F10, CEN if i < 3 else RIGHT, fmt=fmts[i],
                 fill=GREY if debt is None else None)
        kw = dict(debt=debt, debt_raw=name, fy=FY, fy_raw="R6.2月末", basis="interim", as_of=ASOF)
        g.fact(comma(adj), adj * 1000, metric="assessed", **kw)
        g.fact(comma(col), col * 1000, metric="collected", **kw)
        g.fact(comma(adj - col), (adj - col) * 1000, metric="outstanding", **kw)
        g.fact(f"{rate:.2f}", rate, metric="collection_rate", **kw)
        g.fact(f"{prev:.1f}", prev, metric="collection_rate", debt=debt, debt_raw=name, fy=FY0,
               fy_raw="前年同期R5.2月末", basis="interim", as_of=ASOF0)
    r = 6 + len(rows)
    ws.merge_cells(f"A{r}:I{r}")
    cell(ws, f"A{r}", "注）調定額・収入済額は現年分と過年度分（滞納繰越分）の計。前年同期の合計は主要６債権の計。"
         "増減はポイント。", F9, LEFT, border=False)

    # ---- one sheet per debt ----
    for p, d in enumerate(DEBTS, 2):
        ws = wb.create_sheet(d["name"][:10])
        setup(ws, d["orient"])
        g.page = p
        name = d["name"]
        sc, sa = d["seg"]
        a = d["amt"]
        for col, w in zip("ABCDEFGH", [16, 13, 13, 11, 13, 13, 13, 15]):
            ws.column_dimensions[col].width = w
        ws.merge_cells("A1:H1")
        cell(ws, "A1", "令和５年度　未収金対策の取組状況（２月末）", F12B, CEN, border=False)
        if d.get("header_only"):
            ws.oddHeader.left.text = f"債権名：{name}（{d['ka']}）"
            ws.oddHeader.left.font = "IPAexGothic"
            top = 3
        else:
            cell(ws, "A3", "債権名", F10, CEN, fill=GREY)
            ws.merge_cells("B3:D3")
            cell(ws, "B3", name, F12B, CEN)
            for c in "CD":
                ws[f"{c}3"].border = BOX
            cell(ws, "E3", "所管課", F10, CEN, fill=GREY)
            cell(ws, "F3", d["ka"], F10, CEN)
            cell(ws, "G3", "区分", F10, CEN, fill=GREY)
            cell(ws, "H3", d["kubun"], F9, CEN)
            top = 5
        # block 1: 徴収率 table with side-by-side headings
        cell(ws, f"A{top}", "１　徴収率の状況", F10, Alignment(horizontal="left"), border=False)
        cell(ws, f"H{top}", "単位：％", F9, RIGHT, border=False)
        h1, h2 = top + 1, top + 2
        ws.merge_cells(f"A{h1}:A{h2}")
        cell(ws, f"A{h1}", "区分", F10, CEN, fill=GREY)
        ws[f"A{h2}"].border = BOX
        ws.merge_cells(f"B{h1}:D{h1}")
        cell(ws, f"B{h1}", "２月末時点", F10, CEN, fill=GREY)
        ws.merge_cells(f"E{h1}:H{h1}")
        cell(ws, f"E{h1}", "年度末", F10, CEN, fill=GREY)
        for c in "CDFGH":
            ws[f"{c}{h1}"].border = BOX
        for c, h in zip("BCDEFGH", ["R6.2月末", "前年同期", "差", "R5決算見込", "R4決算", "R5目標", "見込\n達成"]):
            cell(ws, f"{c}{h2}", h, F9, CEN, fill=GREY)
        ws.row_dimensions[h2].height = 28
        adj = (a[0], a[2], a[0] + a[2])
        col = (a[1], a[3], a[1] + a[3])
        segs = [(sc, "current"), (sa, "arrears"), ("計", "total")]
        for i, (lab, seg) in enumerate(segs):
            rr = h2 + 1 + i
            rate = r1(pct(col[i], adj[i], 4))
            prev, est, last, tgt = d["prev"][i], d["est"][i], d["last"][i], d["tgt"][i]
            diff = round(rate - prev, 1)
            vals = [lab, rate, prev, diff, est, last, tgt, "○" if est >= tgt else "×"]
            fm = [None, "0.0", "0.0", '+0.0;"▲"0.0;0.0', "0.0", "0.0", "0.0", None]
            for c, v, f in zip("ABCDEFGH", vals, fm):
                cell(ws, f"{c}{rr}", v, F10, CEN if c in "AH" else RIGHT, fmt=f)
            base = dict(debt=name, segment=seg)
            g.fact(f"{rate:.1f}", rate, metric="collection_rate", fy=FY, fy_raw="R6.2月末", basis="interim",
                   as_of=ASOF, **base)
            g.fact(f"{prev:.1f}", prev, metric="collection_rate", fy=FY0, fy_raw="前年同期", basis="interim",
                   as_of=ASOF0, **base)
            g.fact(f"{est:.1f}", est, metric="collection_rate", fy=FY, fy_raw="R5決算見込", basis="estimate", **base)
            g.fact(f"{last:.1f}", last, metric="collection_rate", fy=FY0, fy_raw="R4決算", basis="actual", **base)
            g.fact(f"{tgt:.1f}", tgt, metric="collection_rate", fy=FY, fy_raw="R5目標", basis="target", **base)
        # block 2: unit changes by row
        b = h2 + 5
        cell(ws, f"A{b}", "２　調定額・収入済額（令和６年２月２９日現在）", F10, Alignment(horizontal="left"),
             border=False)
        cell(ws, f"A{b + 1}", "", F10, CEN, fill=GREY)
        for c, h in zip("BCD", [sc, sa, "計"]):
            cell(ws, f"{c}{b + 1}", h, F9, CEN, fill=GREY)
        lines = [("調定額（千円）", "assessed", adj), ("収入済額（千円）", "collected", col),
                 ("未収額（千円）", "outstanding", tuple(x - y for x, y in zip(adj, col)))]
        for k, (lab, met, vals3) in enumerate(lines):
            rr = b + 2 + k
            cell(ws, f"A{rr}", lab, F9, CEN)
            for c, v, (_, seg) in zip("BCD", vals3, segs):
                cell(ws, f"{c}{rr}", v, F10, RIGHT, fmt="#,##0")
                g.fact(comma(v), v * 1000, debt=name, segment=seg, metric=met, fy=FY, fy_raw="令和６年２月２９日",
                       basis="interim", as_of=ASOF)
        rr = b + 5
        cell(ws, f"A{rr}", "徴収率（％）", F9, CEN)
        for c, (_, seg), i in zip("BCD", segs, range(3)):
            rate2 = pct(col[i], adj[i], 2)
            cell(ws, f"{c}{rr}", rate2, F10, RIGHT, fmt="0.00")
            g.fact(f"{rate2:.2f}", rate2, debt=name, segment=seg, metric="collection_rate", fy=FY,
                   fy_raw="令和６年２月２９日", basis="interim", as_of=ASOF)
        nxt = rr + 1
        if d.get("households"):
            now, before = d["households"]
            cell(ws, f"A{nxt}", "滞納世帯数（世帯）", F9, CEN)
            ws.merge_cells(f"B{nxt}:D{nxt}")
            cell(ws, f"B{nxt}", f"{now}　（前年同期 {before}）", F10, RIGHT)
            for c in "CD":
                ws[f"{c}{nxt}"].border = BOX
            g.fact(str(now), now, debt=name, metric="delinquents", fy=FY, fy_raw="令和６年２月２９日",
                   basis="interim", as_of=ASOF, unit="households")
            g.fact(f"前年同期 {before}", before, debt=name, metric="delinquents", fy=FY0, fy_raw="前年同期",
                   basis="interim", as_of=ASOF0, unit="households")
            nxt += 1
        # block 3: 取組 in one merged cell
        t = nxt + 1
        cell(ws, f"A{t}", "３　後半の主な取組", F10, Alignment(horizontal="left"), border=False)
        ws.merge_cells(f"A{t + 1}:H{t + 1}")
        marks = "①②③④⑤"
        parts = []
        for k, (txt, tag) in enumerate(d["inits"]):
            g.init(txt, debt=name, fy=FY, section="後半の主な取組", label=marks[k], status=tag)
            parts.append(f"{marks[k]}{txt}【{tag}】")
        cell(ws, f"A{t + 1}", "\n".join(parts), F10, LEFT)
        for c in "BCDEFGH":
            ws[f"{c}{t + 1}"].border = BOX
        ws.row_dimensions[t + 1].height = 20 * len(parts) + 8
    xlsx = OUT / f"{STEM}.xlsx"
    OUT.mkdir(parents=True, exist_ok=True)
    wb.save(xlsx)
    pdf = to_pdf(xlsx, PDF_DIR / f"{STEM}.pdf", "m_saijo")
    gold = g.write(pdf)
    errs = check(pdf, gold)
    for e in errs:
        print("ERR", e)
    print(summary(pdf, gold))
    return not errs


if __name__ == "__main__":
    sys.exit(0 if build() else 1)
