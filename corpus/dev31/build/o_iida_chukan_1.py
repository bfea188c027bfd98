"""飯田市 令和6年度 債権回収・整理計画（中間報告）: mid-year progress sheets, openpyxl -> LibreOffice.

Modelled on the 豊中市 「債権回収・整理計画（中間報告）」 series (上半期実績と中間計画, city.toyonaka.osaka.jp
.../saikenkaishu_keikaku.html), the 大阪府 「債権回収・整理計画（目標達成状況）」 tables and the 京都市
経済総務委員会資料 「債権管理の取組状況」 (徴収率 table with a ポイント column). One Excel sheet per page,
landscape, printed fit-to-page. Figures are invented and internally consistent.
"""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from o_common import OUT, PDF, comma, fact, fw, rate, to_pdf, write_gold

STEM = "o_iida_chukan_1"
CITY = "飯田市"
FN = "IPAexゴシック"
AS6, AS5 = "2024-12-31", "2023-12-31"

# 12月末 amounts (千円): cur A6, C6, A5, C5 ; arr A6, C6, A5, C5
SPEC = [
    ("市税", (9842310, .7842, 9715224, .7790), (388540, .2215, 402118, .2088)),
    ("国民健康保険税", (1802466, .7122, 1856301, .7085), (356904, .1940, 371552, .1877)),
    ("介護保険料", (1512870, .8120, 1498332, .8102), (38410, .1605, 40220, .1522)),
    ("後期高齢者医療保険料", (968552, .8065, 951204, .8031), (9874, .3620, 10305, .3488)),
    ("保育所保育料", (312406.3, .7718, 325980.7, .7650), (21560.4, .1422, 23904.2, .1310)),
    ("市営住宅使用料", (198720, .7402, 201338, .7385), (24816, .1215, 26102, .1198)),
    ("水道料金", (2104556, .7920, 2088100, .7913), (42908, .5510, 44016, .5487)),
    ("下水道使用料", (1602310, .7905, 1590884, .7899), (30112, .5302, 31260, .5276)),
]
D = {}
for name, cur, arr in SPEC:
    dec = 1 if name == "保育所保育料" else 0
    d = {}
    for seg, (a6, r6, a5, r5) in (("current", cur), ("arrears", arr)):
        d[(seg, 6)] = (a6, round(a6 * r6, dec))
        d[(seg, 5)] = (a5, round(a5 * r5, dec))
    for y in (5, 6):
        d[("total", y)] = (round(d[("current", y)][0] + d[("arrears", y)][0], dec),
                           round(d[("current", y)][1] + d[("arrears", y)][1], dec))
    D[name] = d
ALL = {}
for seg in ("current", "arrears", "total"):
    for y in (5, 6):
        ALL[(seg, y)] = (sum(D[n][(seg, y)][0] for n in D), sum(D[n][(seg, y)][1] for n in D))
ORDER = [None] + [s[0] for s in SPEC]   # 全債権 first


def R(name, seg, y):
    a, c = (ALL if name is None else D[name])[(seg, y)]
    return rate(c, a)


def yen_k(x):
    return int(round(x * 1000))


def k1(x):  # 千円 with one decimal
    return f"{x:,.1f}"


thin = Side(style="thin", color="000000")
hair = Side(style="hair", color="000000")
FULL = Border(left=thin, right=thin, top=thin, bottom=thin)
HONLY = Border(top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="E7E6E6")


class Sheet:
    def __init__(self, wb, title, header, widths, first=False):
        self.ws = wb.active if first else wb.create_sheet()
        ws = self.ws
        ws.title = title
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ps = ws.page_setup
        ps.orientation = "landscape"
        ps.paperSize = 9
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ps.fitToWidth = 1
        ps.fitToHeight = 1
        ws.page_margins.left = ws.page_margins.right = 0.5
        ws.page_margins.top = ws.page_margins.bottom = 0.6
        ws.oddHeader.right.text = header
        ws.oddHeader.right.size = 8
        ws.oddFooter.center.text = "- &P -"
        ws.oddFooter.center.size = 9

    def put(self, ref, v, size=10, bold=False, h="left", border=None, fill=None, v_="center", wrap=False,
            merge=None):
        ws = self.ws
        c = ws[ref]
        c.value = v
        c.font = Font(name=FN, size=size, bold=bold)
        c.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap)
        if merge:
            ws.merge_cells(f"{ref}:{merge}")
            if border:
                for row in ws[f"{ref}:{merge}"]:
                    for x in row:
                        x.border = border
                        if fill:
                            x.fill = fill
        elif border:
            c.border = border
        if fill:
            c.fill = fill
        return c

    def h(self, row, height):
        self.ws.row_dimensions[row].height = height


FACTS, INITS = [], []


def F(page, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, **kw):
    FACTS.append(fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, **kw))


def I(page, debt, section, label, text, status):
    INITS.append({"debt": debt, "debt_raw": debt, "fiscal_year": 2024, "section": section, "label": label,
                  "text": text, "status": status, "page": page})


def box(sh, row, col1, col2, debt, lines, page, section, height=30, size=10):
    """One initiative per merged row inside a ruled box."""
    for label, text, status, tail in lines:
        sh.put(f"{col1}{row}", f"{label}　{text}{tail}" if label else text, size, wrap=True, v_="top",
               border=Border(left=thin, right=thin, top=thin if row == box.first else None,
                             bottom=None), merge=f"{col2}{row}")
        sh.h(row, height)
        I(page, debt, section, label, text, status)
        row += 1
    return row


def build():
    wb = Workbook()
    hdr = "令和６年度 債権回収・整理計画（中間報告）"

    # ---------------- page 1: 総括 ----------------
    s = Sheet(wb, "総括", hdr, [2, 22, 11, 11, 9, 11, 11, 9, 11, 11], first=True)
    s.put("B1", "令和６年度　債権回収・整理計画（中間報告）", 16, True, merge="J1")
    s.h(1, 28)
    s.put("B2", "令和６年１２月末現在　　飯田市総務部税務課収納対策係", 10, merge="J2")
    s.put("B4", "１　主要債権の収納率（１２月末時点）", 12, True, merge="G4")
    s.put("H4", "（単位：％）", 9, h="right", merge="J4")
    s.put("B5", "債権名", 10, True, "center", border=HONLY, fill=GRAY, merge="B7")
    for col, col2, lab in (("C", "E", "現年度分"), ("F", "H", "滞納繰越分"), ("I", "J", "合　計")):
        s.put(f"{col}5", lab, 10, True, "center", border=HONLY, fill=GRAY, merge=f"{col2}5")
    for cols, labs in ((("C", "D", "E"), ("12月末", "前年同期", "差")), (("F", "G", "H"), ("12月末", "前年同期", "差")),
                       (("I", "J"), ("12月末", "前年同期"))):
        for c, l in zip(cols, labs):
            s.put(f"{c}6", l, 9, True, "center", border=HONLY, fill=GRAY)
    for c, l in zip("CDEFGHIJ", ("R6", "R5", "(ﾎﾟｲﾝﾄ)", "R6", "R5", "(ﾎﾟｲﾝﾄ)", "R6", "R5")):
        s.put(f"{c}7", l, 9, False, "center", border=HONLY, fill=GRAY)
    r = 8
    for name in ORDER:
        lab = "全債権" if name is None else name
        s.put(f"B{r}", lab, 10, name is None, border=HONLY)
        vals = []
        for seg, cols in (("current", "CDE"), ("arrears", "FGH"), ("total", "IJ")):
            r6, r5 = R(name, seg, 6), R(name, seg, 5)
            s.put(f"{cols[0]}{r}", f"{r6:.2f}", 10, h="right", border=HONLY)
            s.put(f"{cols[1]}{r}", f"{r5:.2f}", 10, h="right", border=HONLY)
            if len(cols) == 3:
                d = round(r6 - r5, 2)
                s.put(f"{cols[2]}{r}", ("△" if d < 0 else "") + f"{abs(d):.2f}", 10, h="right", border=HONLY)
            for y, v in ((6, r6), (5, r5)):
                F(1, name, 2018 + y, "R6" if y == 6 else "R5", seg, "collection_rate",
                  "interim", v, "percent", f"{v:.2f}", as_of=AS6 if y == 6 else AS5, debt_raw=lab)
        s.h(r, 18)
        r += 1
    s.put(f"B{r+1}", "※収納率＝収入済額÷調定額。全債権は上記８債権の合計により算出。差は令和６年１２月末と前年同期の差（△は低下）。", 9, merge=f"J{r+1}")
    s.put(f"B{r+2}", "※保育所保育料は、令和６年度から３歳未満児の第２子以降の保育料を軽減している。", 9, merge=f"J{r+2}")

    # ---------------- page 2: 市税 ----------------
    P = 2
    s = Sheet(wb, "市税", hdr, [2, 14, 13, 13, 9, 13, 13, 9, 4, 10, 10, 10])
    s.put("B1", "令和６年度　債権回収・整理計画（中間報告）　個票", 13, True, merge="L1")
    s.put("B3", "債権名", 10, True, "center", FULL, GRAY)
    s.put("C3", "市税", 11, True, "center", FULL, merge="D3")
    s.put("E3", "所管課", 10, True, "center", FULL, GRAY)
    s.put("F3", "税務課", 10, False, "center", FULL, merge="G3")
    s.put("H3", "区分", 10, True, "center", FULL, GRAY)
    s.put("I3", "強制徴収公債権", 10, False, "center", FULL, merge="L3")
    s.put("B5", "１　収納状況（１２月末）", 11, True, merge="H5")
    s.put("J5", "（単位：千円、％）", 9, h="right", merge="L5")
    s.put("B6", "区分", 10, True, "center", FULL, GRAY, merge="B7")
    s.put("C6", "令和６年１２月末", 10, True, "center", FULL, GRAY, merge="E6")
    s.put("F6", "令和５年１２月末（前年同期）", 10, True, "center", FULL, GRAY, merge="H6")
    for cols in ("CDE", "FGH"):
        for c, l in zip(cols, ("調定額", "収入済額", "収納率")):
            s.put(f"{c}7", l, 9, True, "center", FULL, GRAY)
    for r, (seg, lab) in enumerate((("current", "現年課税分"), ("arrears", "滞納繰越分"), ("total", "計")), 8):
        s.put(f"B{r}", lab, 10, border=FULL)
        for y, cols in ((6, "CDE"), (5, "FGH")):
            a, c = D["市税"][(seg, y)]
            rr = rate(c, a)
            s.put(f"{cols[0]}{r}", comma(a), 10, h="right", border=FULL)
            s.put(f"{cols[1]}{r}", comma(c), 10, h="right", border=FULL)
            s.put(f"{cols[2]}{r}", f"{rr:.2f}", 10, h="right", border=FULL)
            asof, fyr = (AS6, "令和６年１２月末") if y == 6 else (AS5, "令和５年１２月末")
            fy = 2024 if y == 6 else 2023
            F(P, "市税", fy, fyr, seg, "assessed", "interim", a * 1000, "yen", comma(a), as_of=asof)
            F(P, "市税", fy, fyr, seg, "collected", "interim", c * 1000, "yen", comma(c), as_of=asof)
            F(P, "市税", fy, fyr, seg, "collection_rate", "interim", rr, "percent", f"{rr:.2f}", as_of=asof)
        s.h(r, 18)
    s.put("B12", "２　年度末の見込みと目標（収納率）", 11, True, merge="H12")
    heads = ("区分", "決算見込（R6）", "前年度決算（R5）", "目標（R6）", "見込－目標")
    for c, l in zip(("B", "C", "D", "F", "G"), heads):
        s.put(f"{c}13", l, 9, True, "center", FULL, GRAY, merge=("E13" if c == "D" else None))
    est = {"current": (99.15, 99.08, 99.20), "arrears": (30.10, 29.55, 31.00), "total": (96.61, 96.42, 96.70)}
    for r, (seg, lab) in enumerate((("current", "現年課税分"), ("arrears", "滞納繰越分"), ("total", "計")), 14):
        e, a5, t = est[seg]
        s.put(f"B{r}", lab, 10, border=FULL)
        s.put(f"C{r}", f"{e:.2f}％", 10, h="right", border=FULL)
        s.put(f"D{r}", f"{a5:.2f}％", 10, h="right", border=FULL, merge=f"E{r}")
        s.put(f"F{r}", f"{t:.2f}％", 10, h="right", border=FULL)
        d = round(e - t, 2)
        s.put(f"G{r}", ("△" if d < 0 else "") + f"{abs(d):.2f}", 10, h="right", border=FULL)
        F(P, "市税", 2024, "R6", seg, "collection_rate", "estimate", e, "percent", f"{e:.2f}％")
        F(P, "市税", 2023, "R5", seg, "collection_rate", "actual", a5, "percent", f"{a5:.2f}％")
        F(P, "市税", 2024, "R6", seg, "collection_rate", "target", t, "percent", f"{t:.2f}％")
        s.h(r, 18)
    s.put("B18", "３　下半期の主な取組", 11, True, merge="H18")
    box.first = 19
    sec = "下半期の主な取組"
    row = box(s, 19, "B", "L", "市税", [
        ("①", "年末調整後の給与照会を１月に集中して行い、差押可能な給与・預貯金の把握を前倒しする。", "継続", "【継続】"),
        ("②", "滞納繰越分の高額案件（５０万円以上）を特別整理班に引き継ぎ、３月末までに処分方針を決定する。", "継続", "【継続】"),
        ("③", "スマートフォン決済の納付書にＱＲコードを付し、現年課税分の納期内納付を促す。", "新規", "【新規】"),
        ("④", "長野県地方税滞納整理機構への移管予告を２月に一斉送付し、自主納付を促す。", "拡充", "【拡充】"),
    ], P, sec, 22)
    s.put(f"B{row}", "", border=Border(top=thin), merge=f"L{row}")

    # ---------------- page 3: 国民健康保険税 ----------------
    P = 3
    n = "国民健康保険税"
    s = Sheet(wb, "国保税", hdr, [2, 18, 14, 14, 14, 4, 12, 12, 12, 12])
    s.put("B1", "令和６年度　債権回収・整理計画（中間報告）　個票", 13, True, merge="J1")
    s.put("B3", "債権名　国民健康保険税　　（所管：保険課　国保税係）", 11, True, border=FULL, merge="J3")
    s.put("B5", "【収納率】令和６年１２月末時点", 11, True, merge="E5")
    row = 6
    for seg, lab in (("current", "現年度分"), ("arrears", "滞納繰越分")):
        r6, r5 = R(n, seg, 6), R(n, seg, 5)
        s.put(f"B{row}", f"・{lab}　{r6:.2f}％（前年同期　{r5:.2f}％）", 10, merge=f"E{row}")
        F(P, n, 2024, "令和６年１２月末", seg, "collection_rate", "interim", r6, "percent", f"{r6:.2f}％", as_of=AS6)
        F(P, n, 2023, "前年同期", seg, "collection_rate", "interim", r5, "percent", f"{r5:.2f}％", as_of=AS5)
        row += 1
    s.put("G5", "【年度末の見込み】", 11, True, merge="J5")
    for i, (seg, lab, e, t) in enumerate((("current", "現年度分", 93.90, 94.20), ("arrears", "滞納繰越分", 24.50, 25.00))):
        s.put(f"G{6+i}", f"・{lab}　見込{e:.2f}％　目標{t:.2f}％", 10, merge=f"J{6+i}")
        F(P, n, 2024, "令和６年度", seg, "collection_rate", "estimate", e, "percent", f"{e:.2f}％")
        F(P, n, 2024, "令和６年度", seg, "collection_rate", "target", t, "percent", f"{t:.2f}％")
    s.put("B9", "調定額・収入済額（令和６年１２月末）", 11, True, merge="E9")
    s.put("G9", "単位：千円", 9, h="right", merge="J9")
    for c, l in zip("BCDE", ("", "調定額", "収入済額", "未収額")):
        s.put(f"{c}10", l, 10, True, "center", FULL, GRAY)
    for r, (seg, lab) in enumerate((("current", "国保税（現年）"), ("arrears", "国保税（滞繰）"), ("total", "国保税（計）")), 11):
        a, c = D[n][(seg, 6)]
        s.put(f"B{r}", lab, 10, border=FULL)
        for col, metric, v in (("C", "assessed", a), ("D", "collected", c), ("E", "outstanding", a - c)):
            s.put(f"{col}{r}", comma(v), 10, h="right", border=FULL)
            F(P, n, 2024, "令和６年１２月末", seg, metric, "interim", v * 1000, "yen", comma(v), as_of=AS6,
              debt_raw=lab)
        s.h(r, 18)
    s.put("G11", "※未収額は、調定額から収入済額を差し引いた額（不納欠損処理前）。", 9, wrap=True, v_="top", merge="J13")
    s.put("B15", "下半期の取組", 11, True, merge="E15")
    box.first = 16
    row = box(s, 16, "B", "J", n, [
        ("(1)", "短期被保険者証の更新時に窓口で納付相談を行い、分割納付の計画を必ず書面で取り交わす。", None, ""),
        ("(2)", "資格喪失の届出があった世帯へ、喪失月の翌月に未納額の通知と口座振替の案内を送付する。", "新規", "【新規】"),
        ("(3)", "滞納繰越分のうち時効完成が近い案件を抽出し、２月末までに財産調査を完了させる。", "継続", "【継続】"),
    ], P, "下半期の取組", 22)
    s.put(f"B{row}", "", border=Border(top=thin), merge=f"J{row}")

    # ---------------- page 4: 保育所保育料 (years down the rows) ----------------
    P = 4
    n = "保育所保育料"
    s = Sheet(wb, "保育料", hdr, [2, 24, 15, 15, 15, 11, 4, 30])
    s.put("B1", "令和６年度　債権回収・整理計画（中間報告）　個票", 13, True, merge="H1")
    s.put("B3", "債権名", 10, True, "center", FULL, GRAY)
    s.put("C3", "保育所保育料", 11, True, "center", FULL, merge="D3")
    s.put("E3", "所管課", 10, True, "center", FULL, GRAY)
    s.put("F3", "保育課", 10, False, "center", FULL, merge="H3")
    s.put("B5", "１　収納状況の推移（現年度分・滞納繰越分の計）", 11, True, merge="E5")
    s.put("F5", "（単位：千円）", 9, h="right")
    for c, l in zip("BCDEF", ("年度", "調定額", "収入済額", "収入未済額", "収納率")):
        s.put(f"{c}6", l, 10, True, "center", FULL, GRAY)
    hist = [("令和４年度　決算", 2022, "actual", None, 371204.6, 353118.2, 1620.5),
            ("令和５年度　決算", 2023, "actual", None, 352641.8, 336985.0, 1408.3)]
    a6, c6 = D[n][("total", 6)]
    rows = [(l, fy, b, None, a, c, w) for l, fy, b, _, a, c, w in hist]
    rows.append(("令和６年度　１２月末", 2024, "interim", AS6, a6, c6, 0.0))
    ea, ec = 333966.7, 318350.2
    rows.append(("令和６年度　見込み", 2024, "estimate", None, ea, ec, 1210.0))
    for r, (lab, fy, basis, asof, a, c, w) in enumerate(rows, 7):
        u = round(a - c - w, 1)
        rr = rate(c, a)
        s.put(f"B{r}", lab, 10, border=FULL)
        for col, metric, v in (("C", "assessed", a), ("D", "collected", c), ("E", "outstanding", u)):
            s.put(f"{col}{r}", k1(v), 10, h="right", border=FULL)
            F(P, n, fy, lab.split("　")[0], "total", metric, basis, yen_k(v), "yen", k1(v), as_of=asof)
        s.put(f"F{r}", f"{rr:.2f}%", 10, h="right", border=FULL)
        F(P, n, fy, lab.split("　")[0], "total", "collection_rate", basis, rr, "percent", f"{rr:.2f}%", as_of=asof)
        s.h(r, 18)
    r = 7 + len(rows)
    s.put(f"B{r}", "令和６年度　目標", 10, border=FULL)
    for col in "CDE":
        s.put(f"{col}{r}", "－", 10, h="center", border=FULL)
    s.put(f"F{r}", "95.50%", 10, h="right", border=FULL)
    F(P, n, 2024, "令和６年度", "total", "collection_rate", "target", 95.5, "percent", "95.50%")
    s.put(f"H7", "※１２月末の収入未済額は、調定額から収入済額を差し引いた額。", 9, wrap=True, v_="top", merge="H9")
    s.put(f"H10", "※令和４・５年度の収入未済額は不納欠損額を控除した額。", 9, wrap=True, v_="top", merge="H11")
    s.put(f"B{r+2}", "２　主な取組", 11, True, merge="F{}".format(r + 2))
    box.first = r + 3
    row = box(s, r + 3, "B", "H", n, [
        ("ア", "入所継続の手続に合わせて口座振替の申込みを受け付け、口座振替率を９割以上に引き上げる。", "継続", "【継続】"),
        ("イ", "児童手当からの特別徴収（申出徴収）を滞納世帯に案内し、同意を得た世帯から順次充当する。", "拡充", "【拡充】"),
        ("ウ", "退所した世帯の滞納分を税務課収納対策係へ引き継ぎ、財産調査と滞納処分を行う。", "新規", "【新規】"),
    ], P, "主な取組", 22)
    s.put(f"B{row}", "", border=Border(top=thin), merge=f"H{row}")

    # ---------------- page 5: 市営住宅使用料 (metrics down the rows, segments across) ----------------
    P = 5
    n = "市営住宅使用料"
    s = Sheet(wb, "住宅", hdr, [2, 16, 15, 15, 15, 4, 40])
    s.put("B1", "令和６年度　債権回収・整理計画（中間報告）　個票", 13, True, merge="G1")
    s.put("B3", "債権名", 10, True, "center", FULL, GRAY)
    s.put("C3", "市営住宅使用料", 11, True, "center", FULL, merge="D3")
    s.put("E3", "所管課", 10, True, "center", FULL, GRAY)
    s.put("F3", "建築課住宅係", 10, False, "center", FULL, merge="G3")
    s.put("B5", "１　令和６年１２月末の状況", 11, True, merge="D5")
    s.put("E5", "（単位：千円）", 9, h="right")
    for c, l in zip("BCDE", ("", "現年度分", "滞納繰越分", "計")):
        s.put(f"{c}6", l, 10, True, "center", FULL, GRAY)
    for r, (lab, metric) in enumerate((("調定額", "assessed"), ("収入済額", "collected"), ("収納率", "collection_rate")), 7):
        s.put(f"B{r}", lab, 10, border=FULL)
        for col, seg in zip("CDE", ("current", "arrears", "total")):
            a, c = D[n][(seg, 6)]
            if metric == "collection_rate":
                v = rate(c, a)
                mark = {"current": "※1", "arrears": "※2", "total": ""}[seg]
                raw = f"{v:.2f}％{mark}"
                s.put(f"{col}{r}", raw, 10, h="right", border=FULL)
                F(P, n, 2024, "令和６年１２月末", seg, metric, "interim", v, "percent", f"{v:.2f}％", as_of=AS6)
            else:
                v = a if metric == "assessed" else c
                s.put(f"{col}{r}", comma(v), 10, h="right", border=FULL)
                F(P, n, 2024, "令和６年１２月末", seg, metric, "interim", v * 1000, "yen", comma(v), as_of=AS6)
        s.h(r, 18)
    p5c, p5a = R(n, "current", 5), R(n, "arrears", 5)
    s.put("B10", f"※1 前年同期（令和５年１２月末）の現年度分収納率は{p5c:.2f}％", 9, merge="E10")
    s.put("B11", f"※2 前年同期の滞納繰越分収納率は{p5a:.2f}％", 9, merge="E11")
    F(P, n, 2023, "令和５年１２月末", "current", "collection_rate", "interim", p5c, "percent", f"{p5c:.2f}％", as_of=AS5)
    F(P, n, 2023, "前年同期", "arrears", "collection_rate", "interim", p5a, "percent", f"{p5a:.2f}％", as_of=AS5)
    s.put("G5", "【収納率の推移（計）】", 11, True)
    s.put("G6", "R4 91.02％ → R5 91.48％ → R6見込 91.80％", 10, border=FULL, wrap=True)
    s.h(6, 20)
    F(P, n, 2022, "R4", "total", "collection_rate", "actual", 91.02, "percent", "91.02％")
    F(P, n, 2023, "R5", "total", "collection_rate", "actual", 91.48, "percent", "91.48％")
    F(P, n, 2024, "R6見込", "total", "collection_rate", "estimate", 91.80, "percent", "91.80％")
    s.put("G7", "令和６年度目標　92.00％", 10, border=FULL)
    F(P, n, 2024, "令和６年度", "total", "collection_rate", "target", 92.0, "percent", "92.00％")
    s.put("B13", "２　下半期の取組", 11, True, merge="E13")
    box.first = 14
    row = box(s, 14, "B", "G", n, [
        ("・", "３か月以上の滞納者には連帯保証人へ同時に通知し、面談による納付計画の見直しを行う。", "継続", "【継続】"),
        ("・", "退去済み滞納者の所在調査を行い、所在が判明した者には支払督促の申立てを進める。", "継続", "【継続】"),
        ("・", "入居時説明会で口座振替の利用を原則とし、新規入居者の初回滞納を防ぐ。", "新規", "【新規】"),
    ], P, "下半期の取組", 22)
    s.put(f"B{row}", "", border=Border(top=thin), merge=f"G{row}")

    # ---------------- page 6: 地区別 ----------------
    P = 6
    s = Sheet(wb, "地区別", hdr, [2, 16, 16, 16, 12, 4, 44])
    s.put("B1", "（参考）地区別の市税収納率", 13, True, merge="G1")
    s.put("B3", "市税（現年課税分）　令和６年１２月末", 11, True, merge="E3")
    s.put("E4", "（単位：％）", 9, h="right")
    for c, l in zip("BCDE", ("地区", "令和６年１２月末", "前年同期", "差")):
        s.put(f"{c}5", l, 10, True, "center", FULL, GRAY)
    areas = [("橋北", 79.12, 78.80), ("橋南", 77.46, 77.91), ("羽場", 78.35, 77.62), ("丸山", 80.04, 79.58),
             ("東野", 76.88, 76.20), ("鼎", 78.91, 78.33)]
    for r, (ar, v6, v5) in enumerate(areas, 6):
        s.put(f"B{r}", ar, 10, border=FULL)
        s.put(f"C{r}", f"{v6:.2f}", 10, h="right", border=FULL)
        s.put(f"D{r}", f"{v5:.2f}", 10, h="right", border=FULL)
        d = round(v6 - v5, 2)
        s.put(f"E{r}", ("△" if d < 0 else "") + f"{abs(d):.2f}", 10, h="right", border=FULL)
        F(P, "市税", 2024, "令和６年１２月末", "current", "collection_rate", "interim", v6, "percent", f"{v6:.2f}",
          as_of=AS6, area=ar)
        F(P, "市税", 2023, "前年同期", "current", "collection_rate", "interim", v5, "percent", f"{v5:.2f}",
          as_of=AS5, area=ar)
        s.h(r, 18)
    s.put("G5", "※地区は、自治振興センターの所管区域による。", 9, wrap=True, v_="top", merge="G6")
    s.put("G7", "※市全体の現年課税分の収納率は、総括表を参照。", 9, wrap=True, v_="top", merge="G8")

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    return to_pdf(src, PDF / f"{STEM}.pdf", "o_iida")


if __name__ == "__main__":
    pdf = build()
    document = {"kind": "progress_report", "municipality": CITY, "title": "令和６年度　債権回収・整理計画（中間報告）",
                "date": "2024-12-31", "date_raw": "令和６年１２月末現在"}
    write_gold(STEM, pdf, document, FACTS, INITS)
