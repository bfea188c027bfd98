"""北見市 未収金対策の取組状況（令和６年２月末現在） -> openpyxl -> LibreOffice."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties

from fb_common import WORK, c, fact, finish, initiative, page_texts, soffice, find_page

STEM = "fb_kitami_progress_1"
CITY = "北見市"
TITLE = "令和５年度　未収金対策の取組状況（令和６年２月末現在）"
ASOF, ASOF_PREV = "2024-02-29", "2023-02-28"
FY = 2023

FONT = "IPAexゴシック"
thin = Side(style="thin", color="000000")
hair = Side(style="hair", color="808080")
GRID = Border(left=thin, right=thin, top=thin, bottom=thin)
HRULE = Border(top=hair, bottom=hair)
GREY = PatternFill("solid", fgColor="D9D9D9")
ZEBRA = PatternFill("solid", fgColor="EEF3F8")
BLUE = PatternFill("solid", fgColor="DCE6F1")

# 2月末: (現年 調定, 現年 収入済, 滞繰 調定, 滞繰 収入済, 前年同月 現年率, 前年同月 滞繰率)
INTERIM = [
    ("市税", "市税", (12846310, 11474118, 1284560, 263412, 88.90, 19.77), None),
    (None, "うち個人市民税", (5912440, 5201876, 702130, 121884, 87.41, 16.02), "sub"),
    (None, "うち固定資産税", (5404210, 4866233, 498770, 118402, 89.37, 22.65), "sub"),
    ("国民健康保険料", "国民健康保険税", (2694380, 2226118, 1102450, 218630, 81.96, 18.84), None),
    ("介護保険料", "介護保険料", (1968220, 1882504, 61370, 12008, 95.31, 18.12), None),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", (1012560, 962184, 8416, 3204, 94.87, 35.90), None),
    ("保育所保育料", "保育所保育料", (188430, 171216, 24610, 4381, 90.12, 16.44), None),
    ("住宅使用料", "市営住宅使用料", (612840, 560127, 88920, 10233, 91.02, 10.97), None),
    ("下水道使用料", "下水道使用料", (1640220, 1486540, 21380, 9114, 90.08, 40.31), None),
]
WELFARE_OUT = 98765  # 千円, footnote figure

# per-debt sheets: (key, 所管課, 整理番号, estimate(cur,arr,tot), target(cur,arr,tot), R4 actual (cur,arr), initiatives)
SHEETS = [
    ("市税", "納税課", "01", (99.18, 24.30, 96.42), (99.20, 25.00, 96.60), (99.11, 23.87),
     {"現年度分": [("納期限後２０日以内に文書催告を行い、反応のない者には電話催告を実施する。", "継続"),
                ("初期滞納者へのＳＭＳ催告を月１回から月２回に拡大する。", "拡充"),
                ("年末年始の夜間・休日納税相談窓口を開設する。", "継続")],
      "滞納繰越分": [("預貯金・給与の差押えを中心に、財産調査から処分までを３か月以内に完了させる。", "継続"),
                 ("高額滞納事案（１００万円以上）を特別整理班へ移管し、集中的に整理する。", "新規"),
                 ("執行停止の判断基準に基づき、回収見込みのない事案を適正に整理する。", None)]}),
    ("国民健康保険料", "国保医療課", "04", (93.02, 22.10, 72.56), (93.50, 23.00, 73.20), (92.74, 21.38),
     {"現年度分": [("資格取得時に口座振替の申込みを原則とし、窓口で手続を案内する。", "継続"),
                ("短期被保険者証の更新時に納付相談を行い、分納計画を作成する。", "継続")],
      "滞納繰越分": [("資格喪失世帯の一覧を用いて、四半期ごとに文書催告を行う。", "新規"),
                 ("財産調査の電子照会を活用し、差押えまでの期間を短縮する。", "拡充")]}),
    ("介護保険料", "介護福祉課", "05", (99.04, 22.80, 97.90), (99.10, 23.50, 98.00), (98.96, 21.74),
     {"現年度分": [("普通徴収の被保険者に対し、年金支給月に合わせて催告書を送付する。", "継続"),
                ("６５歳到達者への通知に口座振替依頼書を同封する。", "継続")],
      "滞納繰越分": [("給付制限の対象となる前に、滞納者へ個別に納付相談を案内する。", "継続")]}),
    ("住宅使用料", "建築住宅課", "09", (98.40, 14.20, 87.60), (98.50, 15.00, 88.00), (98.31, 13.52),
     {"現年度分": [("滞納２か月目で連帯保証人へ通知し、早期の納付を促す。", "継続"),
                ("収入申告の未提出者に対し、家賃の減免制度を改めて案内する。", "新規")],
      "滞納繰越分": [("退去者の滞納について、支払督促の申立てを計画的に行う。", "拡充"),
                 ("長期滞納者（６か月以上）に対し、明渡し請求を含む法的措置を検討する。", "継続")]}),
]

# monthly 現年度分 rates (interim, 4月末..2月末): generated to end at the 2月末 figure
MONTHS = [("4月末", "2023-04-30"), ("5月末", "2023-05-31"), ("6月末", "2023-06-30"), ("7月末", "2023-07-31"),
          ("8月末", "2023-08-31"), ("9月末", "2023-09-30"), ("10月末", "2023-10-31"), ("11月末", "2023-11-30"),
          ("12月末", "2023-12-31"), ("1月末", "2024-01-31"), ("2月末", "2024-02-29")]
SHARE = [0.082, 0.241, 0.352, 0.455, 0.548, 0.641, 0.726, 0.804, 0.875, 0.934, 1.0]

# long-format 決算推移 (total segment): 調定, 収入済, 不納欠損 (千円)
YEARS = [("平成30年度", 2018), ("令和元年度", 2019), ("２年度", 2020), ("３年度", 2021), ("４年度", 2022)]
HIST = {
    "市税": [(14602310, 13841206, 71230), (14688920, 13950114, 66810), (14412880, 13772507, 58930),
             (14790240, 14183416, 49120), (14961870, 14406170, 43810)],
    "国民健康保険料": [(4302160, 2915420, 160880), (4121980, 2851716, 148210), (3988440, 2808101, 131920),
                 (3902760, 2790412, 120080), (3846130, 2788245, 112460)],
    "介護保険料": [(1921860, 1866804, 9810), (1948210, 1895213, 9540), (1962440, 1912130, 8920),
               (1998160, 1951436, 8410), (2018340, 1975028, 7790)],
}
HIST_RAW = {"市税": "市税", "国民健康保険料": "国民健康保険税", "介護保険料": "介護保険料"}


def rate(a, b):
    return round(b / a * 100 + 1e-9, 2)


def style(ws, rng, border=GRID, fill=None, bold=False, size=9, h="center", v="center", wrap=True, num=None):
    cells = ws[rng]
    if not isinstance(cells, tuple):
        cells = ((cells,),)
    elif cells and not isinstance(cells[0], tuple):
        cells = (cells,)
    for row in cells:
        for cl in row:
            cl.border = border
            if fill:
                cl.fill = fill
            cl.font = Font(name=FONT, size=size, bold=bold)
            cl.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)


def put(ws, ref, val, **kw):
    ws[ref] = val
    style(ws, ref, **kw)


def setup(ws, landscape, header_right="北見市　総務部　債権管理課"):
    ws.page_setup.paperSize = 9
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.6
    ws.oddHeader.right.text = header_right
    ws.oddHeader.right.size = 8
    ws.oddHeader.left.text = "令和５年度　未収金対策の取組状況"
    ws.oddHeader.left.size = 8
    ws.oddFooter.center.text = "－ &P －"
    ws.oddFooter.center.size = 9


def build():
    wb = Workbook()
    facts_spec = []     # (sheet index -> page), fact
    inits = []
    # ------------------------------------------------------------ sheet 1: 総括表 (portrait)
    ws = wb.active
    ws.title = "総括表"
    setup(ws, False)
    widths = [22, 12.5, 12.5, 12, 14, 12.5, 12.5, 12, 14]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    put(ws, "A1", TITLE, border=Border(), bold=True, size=13, h="left")
    ws.merge_cells("A1:I1")
    put(ws, "A3", "１　主要債権の収納状況", border=Border(), bold=True, size=11, h="left")
    put(ws, "I4", "（単位：千円、％）", border=Border(), size=8, h="right")
    # 3-row header
    ws.merge_cells("A5:A7"); put(ws, "A5", "債権名", fill=GREY, bold=True)
    ws.merge_cells("B5:E5"); put(ws, "B5", "現年度分", fill=GREY, bold=True)
    ws.merge_cells("F5:I5"); put(ws, "F5", "滞納繰越分", fill=GREY, bold=True)
    for col0 in ("B", "F"):
        i0 = ord(col0)
        for k, (h2, h3) in enumerate([("調定額※", "Ａ"), ("収入済額", "Ｂ"), ("収入未済額", "Ａ－Ｂ"), ("収納率\n（前年同月）", "Ｂ／Ａ")]):
            put(ws, f"{chr(i0 + k)}6", h2, fill=GREY, bold=True)
            put(ws, f"{chr(i0 + k)}7", h3, fill=GREY, size=8)
    style(ws, "B5:I7", fill=GREY, bold=True)
    for r in range(5, 8):
        style(ws, f"A{r}", fill=GREY, bold=True)
    row = 8
    tot = [0, 0, 0, 0]
    sheet1_facts = []
    for debt, raw, (ca, cc, aa, ac, pc, pa), kind in INTERIM:
        if kind != "sub":
            tot[0] += ca; tot[1] += cc; tot[2] += aa; tot[3] += ac
        label = ("　" + raw) if kind == "sub" else raw
        put(ws, f"A{row}", label, h="left", size=9)
        mark = "※1" if raw == "国民健康保険税" else ""
        for col0, (a, b, prev, seg) in (("B", (ca, cc, pc, "current")), ("F", (aa, ac, pa, "arrears"))):
            i0 = ord(col0)
            rt = rate(a, b)
            vals = [c(a) + (mark if seg == "arrears" else ""), c(b), c(a - b), f"{rt:.2f}\n（{prev:.2f}）"]
            for k, v in enumerate(vals):
                put(ws, f"{chr(i0 + k)}{row}", v, h="right")
            for met, val, rw in (("assessed", a * 1000, vals[0]), ("collected", b * 1000, vals[1]),
                                 ("outstanding", (a - b) * 1000, vals[2])):
                sheet1_facts.append(fact(debt, raw, FY, "令和５年度", seg, met, "interim", val, "yen", rw, 1, as_of=ASOF))
            sheet1_facts.append(fact(debt, raw, FY, "令和５年度", seg, "collection_rate", "interim", rt, "percent", f"{rt:.2f}", 1, as_of=ASOF))
            sheet1_facts.append(fact(debt, raw, FY - 1, "前年同月", seg, "collection_rate", "interim", prev, "percent", f"（{prev:.2f}）", 1, as_of=ASOF_PREV))
        ws.row_dimensions[row].height = 30
        row += 1
    # 合計 row
    put(ws, f"A{row}", "合計※2", bold=True)
    for col0, (a, b, seg) in (("B", (tot[0], tot[1], "current")), ("F", (tot[2], tot[3], "arrears"))):
        i0 = ord(col0)
        rt = rate(a, b)
        vals = [c(a), c(b), c(a - b), f"{rt:.2f}"]
        for k, v in enumerate(vals):
            put(ws, f"{chr(i0 + k)}{row}", v, h="right", bold=True, fill=BLUE)
        for met, val, rw in (("assessed", a * 1000, vals[0]), ("collected", b * 1000, vals[1]),
                             ("outstanding", (a - b) * 1000, vals[2])):
            sheet1_facts.append(fact(None, "合計", FY, "令和５年度", seg, met, "interim", val, "yen", rw, 1, as_of=ASOF))
        sheet1_facts.append(fact(None, "合計", FY, "令和５年度", seg, "collection_rate", "interim", rt, "percent", f"{rt:.2f}", 1, as_of=ASOF))
    style(ws, f"A{row}", fill=BLUE, bold=True)
    ws.row_dimensions[row].height = 22
    row += 1
    notes = ["※　調定額は、令和６年２月末日までに調定した額（還付未済額を含まない。）。",
             "※1　国民健康保険税の滞納繰越分調定額は、居所不明により調定を減額した分を除く。",
             f"※2　合計は生活保護費返還金を除く。同返還金の収入未済額は {WELFARE_OUT:,}千円（２月末現在）。",
             "注　収納率欄の（　）内は、前年同月（令和５年２月末）の収納率。"]
    for n in notes:
        put(ws, f"A{row}", n, border=Border(), size=8, h="left", wrap=False)
        row += 1
    sheet1_facts.append(fact("生活保護費返還金", "生活保護費返還金", FY, None, "total", "outstanding", "interim",
                             WELFARE_OUT * 1000, "yen", f"{WELFARE_OUT:,}千円", 1, as_of=ASOF))
    # summary text box (plain statements with figures)
    row += 1
    put(ws, f"A{row}", "２　概況", border=Border(), bold=True, size=11, h="left")
    row += 1
    cur_tot = rate(tot[0], tot[1]); arr_tot = rate(tot[2], tot[3])
    lines = [f"・主要債権の現年度分収納率は {cur_tot:.2f}％ で、市税・国民健康保険税を中心に前年同月を上回っている。",
             "・滞納繰越分は、高額事案の差押えが進み、収入済額が前年同月から約３，８００万円増加した。",
             "・３月は出納整理期間に向けて、各債権とも現年度分の滞納整理に重点を置く。"]
    sheet1_facts.append(fact(None, None, FY, None, "current", "collection_rate", "interim", cur_tot, "percent", f"{cur_tot:.2f}％", 1, as_of=ASOF))
    sheet1_facts.append(fact(None, None, FY, None, "arrears", "difference", "interim", 38000000, "yen", "約３，８００万円", 1, as_of=ASOF, approx=True))
    for ln in lines:
        ws.merge_cells(f"A{row}:I{row}")
        put(ws, f"A{row}", ln, border=Border(), size=9, h="left")
        row += 1
    ws.print_area = f"A1:I{row}"
    facts_spec.extend(sheet1_facts)

    # ------------------------------------------------------------ per-debt sheets (landscape)
    by_key = {d[0]: d for d in INTERIM if d[0]}
    page = 2
    for key, dept, num, est, tgt, r4, items in SHEETS:
        d = by_key[key]
        raw = d[1]
        ca, cc, aa, ac, pc, pa = d[2]
        ws = wb.create_sheet(raw[:10])
        setup(ws, True)
        for col, w in zip("ABCDEFGHIJ", [14, 11, 11, 11, 11, 11, 11, 11, 11, 11]):
            ws.column_dimensions[col].width = w
        put(ws, "A1", "令和５年度後半の取組と収納状況（令和６年２月末現在）", border=Border(), bold=True, size=12, h="left")
        ws.merge_cells("A1:J1")
        ws.merge_cells("A2:E2"); put(ws, "A2", f"債権名　{raw}", bold=True, size=11, h="left", fill=BLUE)
        style(ws, "A2:E2", fill=BLUE, bold=True, size=11, h="left")
        ws.merge_cells("F2:H2"); put(ws, "F2", f"所管課　{dept}", h="left")
        style(ws, "F2:H2", h="left")
        ws.merge_cells("I2:J2"); put(ws, "I2", f"整理番号　{num}", h="left")
        style(ws, "I2:J2", h="left")
        put(ws, "A4", "【収納率】令和６年２月末時点", border=Border(), bold=True, size=10, h="left", wrap=False)
        rc, ra = rate(ca, cc), rate(aa, ac)
        put(ws, "A5", f"・現年度分　　{rc:.2f}％（前年同月 {pc:.2f}％）", border=Border(), h="left", wrap=False)
        put(ws, "A6", f"・滞納繰越分　{ra:.2f}％（前年同月 {pa:.2f}％）", border=Border(), h="left", wrap=False)
        for seg, v, p in (("current", rc, pc), ("arrears", ra, pa)):
            facts_spec.append(fact(key, raw, FY, None, seg, "collection_rate", "interim", v, "percent", f"{v:.2f}％", page, as_of=ASOF))
            facts_spec.append(fact(key, raw, FY - 1, "前年同月", seg, "collection_rate", "interim", p, "percent", f"{p:.2f}％", page, as_of=ASOF_PREV))
        # two/three heading blocks side by side
        put(ws, "J7", "（単位：％）", border=Border(), size=8, h="right")
        ws.merge_cells("B8:D8"); put(ws, "B8", "令和５年度決算見込", fill=GREY, bold=True)
        ws.merge_cells("E8:G8"); put(ws, "E8", "令和５年度目標", fill=GREY, bold=True)
        ws.merge_cells("H8:J8"); put(ws, "H8", "（参考）４年度決算", fill=GREY, bold=True)
        style(ws, "B8:J8", fill=GREY, bold=True)
        ws.merge_cells("A8:A9"); put(ws, "A8", "区分", fill=GREY, bold=True)
        style(ws, "A8:A9", fill=GREY, bold=True)
        for i, h in enumerate(["現年度分", "滞納繰越分", "合計"] * 3):
            put(ws, f"{chr(66 + i)}9", h, fill=GREY, size=8.5)
        put(ws, "A10", "収納率", bold=True)
        r4_tot = rate(HIST[key][4][0], HIST[key][4][1]) if key in HIST else None
        r4_vals = list(r4) + ([r4_tot] if r4_tot is not None else [None])
        blocks = [(est, "estimate", FY, "令和５年度"), (tgt, "target", FY, "令和５年度"), (r4_vals, "actual", 2022, "４年度")]
        col = 66
        for vals, basis, fy, fyr in blocks:
            for seg, v in zip(("current", "arrears", "total"), vals):
                if v is None:
                    put(ws, f"{chr(col)}10", "－", h="center")
                else:
                    put(ws, f"{chr(col)}10", f"{v:.2f}", h="right")
                    facts_spec.append(fact(key, raw, fy, fyr, seg, "collection_rate", basis, v, "percent", f"{v:.2f}", page))
                col += 1
        ws.row_dimensions[10].height = 20
        # plain title + table of measures (no 取組 header)
        sect = "令和５年度後半の取組"
        put(ws, "A12", sect, border=Border(), bold=True, size=10.5, h="left", wrap=False)
        r = 13
        for seg_label, its in items.items():
            parts = []
            for k, (t, tag) in enumerate(its, 1):
                lab = f"({k})"
                if tag and k % 2 == 0:
                    parts.append(f"{lab} {t}\n【{tag}】")        # tag wrapped onto its own line
                elif tag:
                    parts.append(f"{lab} {t}【{tag}】")
                else:
                    parts.append(f"{lab} {t}")
                inits.append(initiative(key, FY, sect, lab, t + (f"【{tag}】" if tag else ""), tag, page))
            put(ws, f"A{r}", seg_label, fill=GREY, bold=True)
            ws.merge_cells(f"B{r}:J{r}")
            put(ws, f"B{r}", "\n".join(parts), h="left", v="top")
            style(ws, f"B{r}:J{r}", h="left", v="top")
            ws.row_dimensions[r].height = 15 * (len(parts) + sum(1 for p in parts if "\n" in p)) + 8
            r += 1
        ws.print_area = f"A1:J{r}"
        page += 1

    # ------------------------------------------------------------ monthly table, split in two pages
    mdebts = [d for d in INTERIM if d[0]]
    for part, rng in ((1, range(0, 6)), (2, range(6, 11))):
        ws = wb.create_sheet(f"月別推移{part}")
        setup(ws, True)
        ws.column_dimensions["A"].width = 24
        for k in range(len(rng)):
            ws.column_dimensions[chr(66 + k)].width = 12
        t = "３　現年度分収納率の月別推移（単位：％）" if part == 1 else "３　現年度分収納率の月別推移（続き）（単位：％）"
        put(ws, "A1", t, border=Border(), bold=True, size=12, h="left", wrap=False)
        put(ws, "A3", "債権名", border=Border(bottom=thin, top=thin), bold=True, fill=GREY)
        for k, mi in enumerate(rng):
            put(ws, f"{chr(66 + k)}3", MONTHS[mi][0], border=Border(bottom=thin, top=thin), bold=True, fill=GREY)
        for j, (debt, raw, vals, _) in enumerate(mdebts):
            ca, cc = vals[0], vals[1]
            final = rate(ca, cc)
            rr = 4 + j
            fill = ZEBRA if j % 2 else None
            put(ws, f"A{rr}", raw, border=HRULE, h="left", fill=fill)
            for k, mi in enumerate(rng):
                v = final if mi == 10 else round(final * SHARE[mi], 2)
                put(ws, f"{chr(66 + k)}{rr}", f"{v:.2f}", border=HRULE, h="right", fill=fill)
                facts_spec.append(fact(debt, raw, FY, "令和５年度", "current", "collection_rate", "interim", v, "percent",
                                       f"{v:.2f}", page, as_of=MONTHS[mi][1]))
            ws.row_dimensions[rr].height = 20
        note_r = 4 + len(mdebts) + 1
        msg = ("注　各月末時点の現年度分収入済額を、同時点の現年度分調定額で除した率。" if part == 1 else
               "注　２月末の率は、１の総括表の現年度分収納率と一致する（令和６年は閏年のため２月２９日時点）。")
        put(ws, f"A{note_r}", msg, border=Border(), size=8, h="left", wrap=False)
        ws.print_area = f"A1:{chr(65 + len(rng))}{note_r}"
        page += 1

    # ------------------------------------------------------------ long-format history (portrait)
    ws = wb.create_sheet("参考")
    setup(ws, False)
    for col, w in zip("ABCDEFG", [18, 13, 14, 14, 12, 14, 10]):
        ws.column_dimensions[col].width = w
    put(ws, "A1", "（参考）主要債権の決算の推移（単位：千円、％）", border=Border(), bold=True, size=12, h="left")
    ws.merge_cells("A1:G1")
    for i, h in enumerate(["債権名", "年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]):
        put(ws, f"{chr(65 + i)}3", h, fill=GREY, bold=True)
    r = 4
    for key, rows in HIST.items():
        raw = HIST_RAW[key]
        ws.merge_cells(f"A{r}:A{r + len(rows) - 1}")
        put(ws, f"A{r}", raw, h="left")
        style(ws, f"A{r}:A{r + len(rows) - 1}", h="left")
        for (yl, fy), (a, b, wo) in zip(YEARS, rows):
            out = a - b - wo
            rt = rate(a, b)
            vals = [yl, c(a), c(b), c(wo), c(out), f"{rt:.2f}"]
            for i, v in enumerate(vals):
                put(ws, f"{chr(66 + i)}{r}", v, h="center" if i == 0 else "right")
            for met, val, rw in (("assessed", a, vals[1]), ("collected", b, vals[2]), ("written_off", wo, vals[3]),
                                 ("outstanding", out, vals[4])):
                facts_spec.append(fact(key, raw, fy, yl, "total", met, "actual", val * 1000, "yen", rw, page))
            facts_spec.append(fact(key, raw, fy, yl, "total", "collection_rate", "actual", rt, "percent", vals[5], page))
            r += 1
    put(ws, f"A{r}", "資料：各年度　北見市歳入歳出決算書及び各特別会計決算書", border=Border(), size=8, h="left", wrap=False)
    ws.print_area = f"A1:G{r}"

    xlsx = WORK / f"{STEM}.xlsx"
    wb.save(xlsx)
    raw_pdf = soffice(xlsx)
    document = {"kind": "progress_report", "municipality": CITY, "title": TITLE, "date": ASOF,
                "date_raw": "令和６年２月末現在"}
    return finish(STEM, raw_pdf, document, facts_spec, inits,
                  meta={"title": TITLE, "author": "北見市総務部債権管理課"})


if __name__ == "__main__":
    build()
