"""仙台市 財政市民委員会資料（財政局）型の committee_material（openpyxl → LibreOffice、A4横、3シート）。"""
from decimal import Decimal as D

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from e_common import OUT, PDF, c, fact, init, rate, to_pdf, write_gold

STEM = "e_sendai_committee_2"
CITY = "仙台市"
TITLE = "市税等の収納状況と徴収の取り組みについて"
FONT = "IPAexGothic"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="E7E6E6")

facts, inits = [], []


def F(*a, **k):
    facts.append(fact(*a, **k))


# 市税 収納率の推移（％）: 平成25〜29年度
HIST = {"現年課税分": ["98.91", "99.02", "99.11", "99.20", "99.27"],
        "滞納繰越分": ["22.35", "24.80", "27.12", "29.46", "31.05"],
        "合計": ["97.61", "97.88", "98.13", "98.36", "98.56"]}
YEARS = [(2013, "平成25年度"), (2014, "26年度"), (2015, "27年度"), (2016, "28年度"), (2017, "29年度")]
# 平成29年度決算（千円）: 調定, 収入済, 不納欠損
H29 = {"市税": (195_432_118, 192_619_384, 581_205),
       "国民健康保険料": (21_684_310, 19_102_577, 402_118),
       "介護保険料": (18_512_940, 18_231_066, 61_204),
       "後期高齢者医療保険料": (9_845_122, 9_801_340, 8_115)}
assert str(rate(H29["市税"][1], H29["市税"][0])) == HIST["合計"][-1]
# 7月末（千円）: (調定, 収入済) 前年同期 / 今年度
INT = {"市税": {"現年課税分": ((182_640_512, 73_095_410), (186_204_377, 75_121_019)),
                "滞納繰越分": ((2_615_009, 501_322), (2_394_126, 498_557))},
       "国民健康保険料": {"現年課税分": ((18_950_220, 4_410_063), (18_702_551, 4_452_317)),
                   "滞納繰越分": ((3_011_408, 402_151), (2_781_522, 389_904))}}


def st(ws, ref, v, *, bold=False, size=10, al=None, wrap=False, border=False, fill=None, valign="center"):
    cell = ws[ref]
    cell.value = v
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=al, vertical=valign, wrap_text=wrap)
    if border:
        cell.border = BOX
    if fill:
        cell.fill = fill
    return cell


def grid(ws, rng):
    for row in ws[rng]:
        for cl in row:
            cl.border = BOX


def page_setup(ws, title):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = 0.8
    ws.page_margins.bottom = 0.7
    ws.oddHeader.right.text = "財政市民委員会資料"
    ws.oddHeader.right.size = 9
    ws.oddFooter.center.text = "&P"
    ws.oddFooter.center.size = 9
    ws.sheet_view.showGridLines = False


def sheet1(wb):
    ws = wb.active
    ws.title = "1収納状況"
    page_setup(ws, "1")
    for col, w in zip("ABCDEFGHI", (16, 14, 15, 15, 15, 15, 15, 15, 4)):
        ws.column_dimensions[col].width = w
    st(ws, "A1", TITLE, bold=True, size=15)
    st(ws, "G1", "平成30年８月21日", al="right")
    st(ws, "G2", "財　政　局", al="right")
    st(ws, "A4", "１　市税の収納状況", bold=True, size=12)
    st(ws, "A5", "(1)　収納率の推移（単位：％）", size=11)
    ws.merge_cells("A6:H6")
    st(ws, "A6", "債権名　市税", bold=True, border=True, fill=GRAY, al="left")
    grid(ws, "A6:H6")
    hdr = ["区分"] + [y for _, y in YEARS] + ["増減\n（29－28）"]
    for j, h in enumerate(hdr):
        st(ws, f"{'ABCDEFG'[j]}7", h, al="center", border=True, fill=GRAY, wrap=True)
    ws.merge_cells("G7:H7"); grid(ws, "G7:H7")
    ws.row_dimensions[7].height = 30
    segmap = {"現年課税分": "current", "滞納繰越分": "arrears", "合計": "total"}
    for i, seg in enumerate(("現年課税分", "滞納繰越分", "合計")):
        r = 8 + i
        st(ws, f"A{r}", seg, border=True)
        for j, v in enumerate(HIST[seg]):
            st(ws, f"{'BCDEF'[j]}{r}", v, al="right", border=True)
            fy, fyr = YEARS[j]
            F("市税", fy, fyr, segmap[seg], "collection_rate", "actual", D(v), "percent", v, 1)
        diff = D(HIST[seg][4]) - D(HIST[seg][3])
        ws.merge_cells(f"G{r}:H{r}")
        st(ws, f"G{r}", f"{diff}", al="right", border=True); grid(ws, f"G{r}:H{r}")
    # prose
    a, col, wo = H29["市税"]
    out = a - col - wo
    oku, man = divmod(out * 1000, 100_000_000)
    man = round(man / 10_000, -2)
    apx = f"約{oku}億{int(man):,}万円"
    ws.merge_cells("A12:H13")
    st(ws, "A12", f"　平成29年度の市税の収納率は、現年課税分{HIST['現年課税分'][4]}％、滞納繰越分{HIST['滞納繰越分'][4]}％、"
                   f"合計{HIST['合計'][4]}％となり、いずれも前年度を上回りました。収入未済額は{apx}で、5年連続で減少しています。",
       wrap=True, valign="top")
    ws.row_dimensions[12].height = 18; ws.row_dimensions[13].height = 18
    for seg, sg in (("現年課税分", "current"), ("滞納繰越分", "arrears"), ("合計", "total")):
        F("市税", 2017, "平成29年度", sg, "collection_rate", "actual", D(HIST[seg][4]), "percent", f"{HIST[seg][4]}％", 1)
    F("市税", 2017, "平成29年度", "total", "outstanding", "actual", int(oku * 100_000_000 + man * 10_000), "yen", apx, 1,
      approx=True)

    st(ws, "A15", "(2)　平成29年度決算の状況（市税等）", size=11)
    st(ws, "H15", "（単位：千円、％）", al="right", size=9)
    names = list(H29) + ["計"]
    cols = "BCDEF"
    st(ws, "A16", "区分", al="center", border=True, fill=GRAY)
    for j, n in enumerate(names):
        ref = f"{cols[j]}16"
        st(ws, ref, n, al="center", border=True, fill=GRAY, wrap=True)
    ws.merge_cells("F16:G16"); grid(ws, "F16:G16")
    ws.row_dimensions[16].height = 30
    tot = [sum(H29[n][k] for n in H29) for k in range(3)]
    data = {n: H29[n] for n in H29}
    data["計"] = tuple(tot)
    labels = [("調定額", "assessed"), ("収入済額", "collected"), ("不納欠損額", "written_off"),
              ("収入未済額", "outstanding"), ("収納率", "collection_rate")]
    for i, (lab, m) in enumerate(labels):
        r = 17 + i
        st(ws, f"A{r}", lab, border=True)
        for j, n in enumerate(names):
            a, col, wo = data[n]
            vals = {"assessed": a, "collected": col, "written_off": wo, "outstanding": a - col - wo}
            ref = f"{cols[j]}{r}"
            debt = None if n == "計" else n
            if m == "collection_rate":
                v = rate(col, a)
                st(ws, ref, f"{v}", al="right", border=True)
                F(debt, 2017, "平成29年度", "total", m, "actual", v, "percent", f"{v}", 1, debt_raw=n)
            else:
                st(ws, ref, c(vals[m]), al="right", border=True)
                F(debt, 2017, "平成29年度", "total", m, "actual", vals[m] * 1000, "yen", c(vals[m]), 1, debt_raw=n)
        ws.merge_cells(f"F{r}:G{r}"); grid(ws, f"F{r}:G{r}")
    st(ws, "A23", "※国民健康保険料・介護保険料・後期高齢者医療保険料は健康福祉局所管。収納率は収入済額÷調定額。", size=9)


def sheet2(wb):
    ws = wb.create_sheet("2今年度")
    page_setup(ws, "2")
    for col, w in zip("ABCDEFGHIJ", (18, 13, 15, 15, 10, 15, 15, 10, 12, 3)):
        ws.column_dimensions[col].width = w
    st(ws, "A1", "２　今年度の収納状況（平成30年７月末現在）", bold=True, size=12)
    st(ws, "I2", "（単位：千円、％）", al="right", size=9)
    ws.merge_cells("A3:B4"); st(ws, "A3", "区分", al="center", border=True, fill=GRAY)
    ws.merge_cells("C3:E3"); st(ws, "C3", "前年同期（平成29年７月末）", al="center", border=True, fill=GRAY)
    ws.merge_cells("F3:H3"); st(ws, "F3", "今年度（平成30年７月末）", al="center", border=True, fill=GRAY)
    ws.merge_cells("I3:I4"); st(ws, "I3", "収納率の差\n（ポイント）", al="center", border=True, fill=GRAY, wrap=True)
    for j, h in enumerate(["調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"]):
        st(ws, f"{'CDEFGH'[j]}4", h, al="center", border=True, fill=GRAY)
    grid(ws, "A3:I4")
    ws.row_dimensions[4].height = 20
    r = 5
    segmap = {"現年課税分": "current", "滞納繰越分": "arrears", "計": "total"}
    for debt, d in INT.items():
        ws.merge_cells(f"A{r}:A{r + 2}")
        st(ws, f"A{r}", debt, border=True, wrap=True)
        cur, arr = d["現年課税分"], d["滞納繰越分"]
        tot = tuple(tuple(x + y for x, y in zip(cur[k], arr[k])) for k in range(2))
        for i, (seg, v) in enumerate((("現年課税分", cur), ("滞納繰越分", arr), ("計", tot))):
            rr = r + i
            st(ws, f"B{rr}", seg, border=True)
            (pa, pc), (na, nc) = v
            pr, nr = rate(pc, pa), rate(nc, na)
            for col, val in zip("CDEFGH", (c(pa), c(pc), f"{pr}", c(na), c(nc), f"{nr}")):
                st(ws, f"{col}{rr}", val, al="right", border=True)
            diff = nr - pr
            st(ws, f"I{rr}", ("△" if diff < 0 else "") + f"{abs(diff)}", al="right", border=True)
            sg = segmap[seg]
            for fy, fyr, asof, aa, cc, rt in ((2017, "平成29年７月末", "2017-07-31", pa, pc, pr),
                                              (2018, "平成30年７月末", "2018-07-31", na, nc, nr)):
                F(debt, fy, fyr, sg, "assessed", "interim", aa * 1000, "yen", c(aa), 2, as_of=asof)
                F(debt, fy, fyr, sg, "collected", "interim", cc * 1000, "yen", c(cc), 2, as_of=asof)
                F(debt, fy, fyr, sg, "collection_rate", "interim", rt, "percent", f"{rt}", 2, as_of=asof)
        grid(ws, f"A{r}:A{r + 2}")
        r += 3
    cur = INT["市税"]["現年課税分"]
    pr, nr = rate(cur[0][1], cur[0][0]), rate(cur[1][1], cur[1][0])
    ws.merge_cells(f"A{r + 1}:I{r + 3}")
    st(ws, f"A{r + 1}", f"　７月末現在の市税現年課税分の収納率は{nr}％で、前年同期（{pr}％）を{nr - pr}ポイント上回っています。"
                       "滞納繰越分は調定額の減少により収入済額が前年同期をやや下回っていますが、収納率は前年同期を上回っています。",
       wrap=True, valign="top")
    F("市税", 2018, "平成30年７月末", "current", "collection_rate", "interim", nr, "percent", f"{nr}％", 2, as_of="2018-07-31")
    F("市税", 2017, "平成29年７月末", "current", "collection_rate", "interim", pr, "percent", f"{pr}％", 2, as_of="2017-07-31")
    for k in range(r + 1, r + 4):
        ws.row_dimensions[k].height = 17
    st(ws, f"A{r + 5}", "※収納率の差は、今年度の収納率から前年同期の収納率を差し引いたもの。", size=9)


def sheet3(wb):
    ws = wb.create_sheet("3取組")
    page_setup(ws, "3")
    for col, w in zip("ABCDEF", (8, 30, 30, 30, 20, 3)):
        ws.column_dimensions[col].width = w
    st(ws, "A1", "３　徴収の取り組み", bold=True, size=12)
    sec1 = "(1)　市税徴収の主な取り組み事例"
    st(ws, "A2", sec1, size=11)
    items = [("①", "高額困難事案について、四半期ごとに検討会を開催し、処理方針を組織的に決定しています。", "継続"),
             ("②", "財産の隠匿が疑われる事案について、自宅や事業所の捜索を実施しています。", "継続"),
             ("③", "差し押さえた動産・不動産は、インターネット公売により早期に換価しています。", "拡充"),
             ("④", "毎年12月を滞納整理強化期間とし、区役所と納税部が一体となって集中的に滞納整理を行っています。", "継続")]
    ws.merge_cells("A3:E8")
    txt = "\n".join(f"{lab}{t}【{s}】" for lab, t, s in items)
    st(ws, "A3", txt, wrap=True, valign="top", border=True)
    grid(ws, "A3:E8")
    for k in range(3, 9):
        ws.row_dimensions[k].height = 19
    for lab, t, s in items:
        inits.append(init("市税", 2018, sec1, lab, t, s, 3))

    st(ws, "A10", "(2)　納付しやすい環境の整備", size=11)
    rows = [("平成17年度", "コンビニエンスストアでの納付を開始"), ("平成21年度", "インターネットバンキング・ATMによる電子納付を開始"),
            ("平成26年度", "モバイル端末によるキャッシュカードでの口座振替受付を開始"), ("平成30年度", "クレジットカード納付を開始（４月）")]
    st(ws, "A11", "導入年度", al="center", border=True, fill=GRAY)
    ws.merge_cells("B11:E11"); st(ws, "B11", "内容", al="center", border=True, fill=GRAY); grid(ws, "B11:E11")
    for i, (y, t) in enumerate(rows):
        rr = 12 + i
        st(ws, f"A{rr}", y, border=True, al="center")
        ws.merge_cells(f"B{rr}:E{rr}"); st(ws, f"B{rr}", t, border=True); grid(ws, f"B{rr}:E{rr}")
    ws.column_dimensions["A"].width = 12

    sec3 = "(3)　今後の取り組み"
    st(ws, "A17", sec3, size=11)
    fut = [("ア", "滞納初期の納税者に対し、電話催告センターからの架電を早期に行い、滞納繰越分の発生を抑制する。", "新規", False),
           ("イ", "給与・預金等の債権を中心とした差押えを徹底し、滞納繰越分の収納率向上を図る。", "継続", False),
           ("ウ", "クレジットカード納付の対象税目の拡大について検討し、納付機会の拡充を図る。", "拡充", True)]
    for i, (lab, t, s, wrap_tag) in enumerate(fut):
        rr = 18 + i
        st(ws, f"A{rr}", lab, border=True, al="center", valign="top")
        ws.merge_cells(f"B{rr}:E{rr}")
        st(ws, f"B{rr}", f"{t}\n【{s}】" if wrap_tag else f"{t}【{s}】", border=True, wrap=True, valign="top")
        grid(ws, f"B{rr}:E{rr}")
        ws.row_dimensions[rr].height = 32 if wrap_tag else 18
        inits.append(init("市税", 2018, sec3, lab, t, s, 3))


def build():
    wb = Workbook()
    sheet1(wb)
    sheet2(wb)
    sheet3(wb)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "sendai")
    return write_gold(STEM, "committee_material", CITY, TITLE, "2018-08-21", "平成30年８月21日", facts, inits)


if __name__ == "__main__":
    build()
