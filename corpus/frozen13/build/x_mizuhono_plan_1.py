"""みずほ野市債権管理計画（債権別シート）-- openpyxl -> LibreOffice, A4 portrait, one sheet per page."""
import shutil

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.page import PageMargins

from x_common import Facts, Inits, OUT, PDF, soffice, write_gold, check, rate

STEM = "x_mizuhono_plan_1"
CITY = "みずほ野市"
TITLE = "みずほ野市債権管理計画（令和７年度～令和11年度）"
F = Facts()
I = Inits()
FN = "IPAexGothic"
thin = Side(style="thin")
ALL = Border(left=thin, right=thin, top=thin, bottom=thin)
YEARS = [2019, 2020, 2021, 2022, 2023]
YLAB = ["令和元年度", "２年度", "３年度", "４年度", "５年度"]
TYEARS = [2025, 2026, 2027, 2028, 2029]
TLAB = ["令和７年度", "８年度", "９年度", "10年度", "11年度"]


def series(c0, cgrow, crates, a0, arates, krates, dl):
    """Amounts in 千円. Arrears 調定 of each year = 収入未済額 of the year before."""
    rows = []
    a = a0
    c = c0
    for i, y in enumerate(YEARS):
        r = round(c * crates[i] / 100)
        ra = round(a * arates[i] / 100)
        k = round(a * krates[i] / 100)
        u = c + a - r - ra - k
        rows.append(dict(y=y, c=c, r=r, cr=rate(r, c), a=a, ra=ra, ar=rate(ra, a), k=k, u=u, dl=dl[i]))
        a = u
        c = round(c * cgrow[i])
    return rows


DEBTS = [
    dict(name="市税", ka="税務課・納税課", kind="強制徴収公債権", dl_label="滞納者数（人）", dl_unit="persons",
         rows=series(18_452_310, [1.012, 0.985, 1.021, 1.008, 1.0], [98.62, 98.71, 98.85, 98.93, 99.02],
                     1_254_880, [27.4, 28.6, 29.9, 31.2, 32.5], [6.1, 5.8, 5.2, 4.9, 4.6],
                     [9_842, 9_310, 8_875, 8_402, 8_015]),
         inits=[("(1)", "納期限後20日を経過した滞納者へSMSと電話で早期に催告し、現年課税分の滞納を年度内に解消する。", "継続", False),
                ("(2)", "預貯金・給与等の財産調査を電子照会で行い、判明した財産は速やかに差し押さえる。", "拡充", True),
                ("(3)", "徴収が困難な高額事案は県の地方税徴収機構へ移管し、滞納処分を進める。", "継続", False)]),
    dict(name="国民健康保険税", ka="保険年金課", kind="強制徴収公債権", dl_label="滞納世帯数（世帯）", dl_unit="households",
         rows=series(4_218_760, [0.976, 0.982, 0.968, 0.99, 1.0], [92.10, 92.65, 93.12, 93.58, 93.96],
                     1_486_200, [17.2, 18.1, 19.0, 19.8, 20.7], [9.5, 8.8, 8.1, 7.6, 7.0],
                     [4_120, 3_986, 3_790, 3_602, 3_455]),
         inits=[("(1)", "加入手続の窓口で口座振替の申込みを原則とし、Web口座振替受付サービスを案内する。", "継続", False),
                ("(2)", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を毎月確認する。", None, False),
                ("(3)", "滞納繰越分について、財産のない世帯は執行停止を、財産のある世帯は差押えを行い、滞納の整理を進める。", "新規", True)]),
    dict(name="学校給食費", ka="学校給食課", kind="私債権", dl_label="滞納者数（人）", dl_unit="persons",
         rows=series(812_430, [0.991, 0.984, 0.979, 0.988, 1.0], [99.12, 99.20, 99.31, 99.35, 99.42],
                     46_850, [18.5, 19.2, 20.4, 21.1, 22.3], [3.2, 3.5, 2.9, 3.1, 2.8],
                     [412, 398, 371, 355, 338]),
         inits=[("(1)", "児童手当からの申出徴収を入学時に案内し、同意書の提出を促す。", "拡充", False),
                ("(2)", "卒業後も未納が残る世帯には、支払督促の申立てを含む法的措置を検討する。", "継続", False)]),
]

OTHERS = [  # name, 区分, outstanding R1..R5 (千円)
    ("介護保険料", "強制徴収公債権", [98_420, 95_310, 91_870, 88_650, 85_120]),
    ("後期高齢者医療保険料", "強制徴収公債権", [21_540, 20_980, 22_310, 21_760, 20_430]),
    ("下水道使用料", "強制徴収公債権", [33_870, 32_150, 30_440, 29_870, 28_310]),
    ("市営住宅使用料", "私債権", [64_210, 61_880, 59_430, 57_120, 55_960]),
]


def okunen(v_yen):
    m = round(v_yen / 1_000_000)
    oku, man = divmod(m, 100)
    s = f"約{oku}億{man * 100:,}万円" if oku else f"約{man * 100:,}万円"
    return s, m * 1_000_000


def style(c, bold=False, size=9, h="center", wrap=False, border=True, fmt=None):
    c.font = Font(name=FN, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if border:
        c.border = ALL
    if fmt:
        c.number_format = fmt


def setup(ws, title_right):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.7, bottom=0.7, header=0.3, footer=0.3)
    ws.oddHeader.right.text = title_right
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.size = 9


def sheet_overview(wb):
    ws = wb.active
    ws.title = "概要"
    setup(ws, "みずほ野市債権管理計画")
    widths = [16, 22, 12, 12, 12, 12, 12, 12]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = TITLE
    style(ws["A1"], bold=True, size=14, h="left", border=False)
    ws["A2"] = "令和７年３月　みずほ野市 財政部 債権管理課"
    style(ws["A2"], size=9, h="left", border=False)
    ws["A4"] = "１ 計画の対象債権と収入未済額の推移"
    style(ws["A4"], bold=True, size=11, h="left", border=False)
    ws["A5"] = ("本計画は、令和５年度決算において収入未済額が2,000万円以上ある債権を対象とし、債権ごとに"
                "令和11年度までの目標と取組を定める。")
    style(ws["A5"], size=9, h="left", border=False, wrap=True)
    ws.merge_cells("A5:H5")
    ws.row_dimensions[5].height = 28
    ws["H6"] = "（単位：千円）"
    style(ws["H6"], size=8, h="right", border=False)
    hdr = ["区分", "債権名"] + YLAB + ["差（５年度－元年度）"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=7, column=i + 1, value=h)
        style(c, bold=True, wrap=True)
    ws.row_dimensions[7].height = 30
    det = {d["name"]: (d["kind"], [r["u"] for r in d["rows"]]) for d in DEBTS}
    order = [("市税", *det["市税"]), ("国民健康保険税", *det["国民健康保険税"])]
    order += [(n, k, v) for n, k, v in OTHERS if k == "強制徴収公債権"]
    order += [("学校給食費", *det["学校給食費"])] + [(n, k, v) for n, k, v in OTHERS if k == "私債権"]
    r = 8
    start = {}
    for name, kind, vals in order:
        start.setdefault(kind, [r, r])
        start[kind][1] = r
        ws.cell(row=r, column=1, value=kind)
        ws.cell(row=r, column=2, value=name)
        style(ws.cell(row=r, column=1), wrap=True)
        style(ws.cell(row=r, column=2), h="left")
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=3 + j, value=v)
            style(c, h="right", fmt="#,##0")
            F.add(debt=name, fy=YEARS[j], fy_raw=YLAB[j], seg="total", metric="outstanding", basis="actual",
                  value=v * 1000, unit="yen", raw=f"{v:,}", anchor="１計画の対象債権と収入未済額の推移")
        c = ws.cell(row=r, column=8, value=vals[-1] - vals[0])
        style(c, h="right", fmt='#,##0;"△"#,##0')
        r += 1
    for kind, (a, b) in start.items():
        ws.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
    ws.cell(row=r, column=1, value="合計")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    style(ws.cell(row=r, column=1), bold=True)
    style(ws.cell(row=r, column=2))
    tots = [sum(v[j] for _, _, v in order) for j in range(5)]
    for j, v in enumerate(tots):
        c = ws.cell(row=r, column=3 + j, value=v)
        style(c, h="right", fmt="#,##0", bold=True)
        F.add(debt=None, debt_raw="合計", fy=YEARS[j], fy_raw=YLAB[j], seg="total", metric="outstanding",
              basis="actual", value=v * 1000, unit="yen", raw=f"{v:,}", anchor="１計画の対象債権と収入未済額の推移")
    c = ws.cell(row=r, column=8, value=tots[-1] - tots[0])
    style(c, h="right", fmt='#,##0;"△"#,##0', bold=True)
    r += 2
    s, val = okunen(tots[-1] * 1000)
    s0, val0 = okunen(tots[0] * 1000)
    txt = (f"対象債権の収入未済額は、令和元年度の{s0}から令和５年度には{s}となり、"
           "市税及び国民健康保険税の滞納整理の進展により着実に減少している。")
    ws.cell(row=r, column=1, value=txt)
    style(ws.cell(row=r, column=1), size=9.5, h="left", wrap=True, border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.row_dimensions[r].height = 30
    F.add(debt=None, debt_raw=None, fy=2019, fy_raw="令和元年度", seg="total", metric="outstanding", basis="actual",
          value=val0, unit="yen", approx=True, raw=s0, anchor="１計画の対象債権と収入未済額の推移")
    F.add(debt=None, debt_raw=None, fy=2023, fy_raw="令和５年度", seg="total", metric="outstanding", basis="actual",
          value=val, unit="yen", approx=True, raw=s, anchor="１計画の対象債権と収入未済額の推移")
    r += 2
    ws.cell(row=r, column=1, value="２ 計画期間　令和７年度から令和11年度までの５年間")
    style(ws.cell(row=r, column=1), bold=True, size=10, h="left", border=False)
    r += 1
    ws.cell(row=r, column=1, value="３ 進行管理　毎年度、債権管理推進本部において債権別シートの目標の達成状況を確認し、取組を見直す。")
    style(ws.cell(row=r, column=1), size=9.5, h="left", border=False)


def sheet_debt(wb, no, d):
    n = d["name"]
    ws = wb.create_sheet(n)
    setup(ws, "みずほ野市債権管理計画　債権別シート")
    widths = [11, 12, 12, 8, 11, 11, 8, 11, 11, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    head = f"５ 債権ごとの取組（{n}）"
    ws["A1"] = head
    style(ws["A1"], bold=True, size=13, h="left", border=False)
    ws["A2"] = f"所管課：{d['ka']}　　債権の区分：{d['kind']}"
    style(ws["A2"], size=9, h="left", border=False)
    ws["A4"] = "（1）収納状況の推移"
    style(ws["A4"], bold=True, size=10.5, h="left", border=False)
    ws["J4"] = "各年度決算"
    style(ws["J4"], size=8, h="right", border=False)
    # three-row header
    ws.cell(row=5, column=1, value="年度")
    ws.merge_cells("A5:A7")
    ws.cell(row=5, column=2, value="現年度分")
    ws.merge_cells("B5:D5")
    ws.cell(row=5, column=5, value="滞納繰越分")
    ws.merge_cells("E5:G5")
    ws.cell(row=5, column=8, value="不納欠損額")
    ws.merge_cells("H5:H6")
    ws.cell(row=5, column=9, value="収入未済額")
    ws.merge_cells("I5:I6")
    ws.cell(row=5, column=10, value=d["dl_label"].split("（")[0])
    ws.merge_cells("J5:J6")
    for j, h in enumerate(["調定額", "収入額", "徴収率", "調定額", "収入額", "徴収率"]):
        ws.cell(row=6, column=2 + j, value=h)
    unit_dl = d["dl_label"].split("（")[1].rstrip("）")
    for j, h in enumerate(["千円", "千円", "％", "千円", "千円", "％", "千円", "千円", unit_dl]):
        ws.cell(row=7, column=2 + j, value=f"（{h}）")
    for rr in (5, 6, 7):
        for cc in range(1, 11):
            style(ws.cell(row=rr, column=cc), bold=(rr < 7), size=8.5)
    anchor = head
    for i, row in enumerate(d["rows"]):
        r = 8 + i
        ws.cell(row=r, column=1, value=YLAB[i])
        style(ws.cell(row=r, column=1), size=9)
        vals = [(row["c"], "#,##0", "current", "assessed"), (row["r"], "#,##0", "current", "collected"),
                (row["cr"], "0.00", "current", "collection_rate"),
                (row["a"], "#,##0", "arrears", "assessed"), (row["ra"], "#,##0", "arrears", "collected"),
                (row["ar"], "0.00", "arrears", "collection_rate"),
                (row["k"], "#,##0", "total", "written_off"), (row["u"], "#,##0", "total", "outstanding"),
                (row["dl"], "#,##0", "total", "delinquents")]
        for j, (v, fmt, seg, met) in enumerate(vals):
            c = ws.cell(row=r, column=2 + j, value=v)
            style(c, h="right", fmt=fmt, size=9)
            if met == "collection_rate":
                F.add(debt=n, fy=row["y"], fy_raw=YLAB[i], seg=seg, metric=met, basis="actual", value=v,
                      unit="percent", raw=f"{v:.2f}", anchor=anchor)
            elif met == "delinquents":
                F.add(debt=n, fy=row["y"], fy_raw=YLAB[i], seg=seg, metric=met, basis="actual", value=v,
                      unit=d["dl_unit"], raw=f"{v:,}", anchor=anchor)
            else:
                F.add(debt=n, fy=row["y"], fy_raw=YLAB[i], seg=seg, metric=met, basis="actual", value=v * 1000,
                      unit="yen", raw=f"{v:,}", anchor=anchor)
    r = 14
    last, first = d["rows"][-1], d["rows"][0]
    s, val = okunen(last["u"] * 1000)
    txt = (f"令和５年度の収入未済額は{s}で、現年度分の徴収率は{last['cr']:.2f}％と５年連続で上昇した。"
           f"滞納繰越分の徴収率も{first['ar']:.2f}％（令和元年度）から{last['ar']:.2f}％に改善している。")
    ws.cell(row=r, column=1, value=txt)
    style(ws.cell(row=r, column=1), size=9.5, h="left", wrap=True, border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    ws.row_dimensions[r].height = 30
    F.add(debt=n, fy=2023, fy_raw="令和５年度", seg="total", metric="outstanding", basis="actual", value=val,
          unit="yen", approx=True, raw=s, anchor=anchor)
    F.add(debt=n, fy=2023, fy_raw="令和５年度", seg="current", metric="collection_rate", basis="actual",
          value=last["cr"], unit="percent", raw=f"{last['cr']:.2f}％", anchor=anchor)
    F.add(debt=n, fy=2019, fy_raw="令和元年度", seg="arrears", metric="collection_rate", basis="actual",
          value=first["ar"], unit="percent", raw=f"{first['ar']:.2f}％", anchor=anchor)
    F.add(debt=n, fy=2023, fy_raw="令和５年度", seg="arrears", metric="collection_rate", basis="actual",
          value=last["ar"], unit="percent", raw=f"{last['ar']:.2f}％", anchor=anchor)
    r = 16
    ws.cell(row=r, column=1, value="（2）目標")
    style(ws.cell(row=r, column=1), bold=True, size=10.5, h="left", border=False)
    r += 1
    ws.cell(row=r, column=1, value="区分")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for j, lab in enumerate(TLAB):
        ws.cell(row=r, column=3 + j, value=lab)
    for cc in range(1, 8):
        style(ws.cell(row=r, column=cc), bold=True, size=9)
    rows_t = [("現年度分 徴収率（％）", 0, "current", "0.00"), ("滞納繰越分 徴収率（％）", 1, "arrears", "0.00"),
              ("収入未済額（千円）", 2, "total", "#,##0")]
    for k, (lab, idx, seg, fmt) in enumerate(rows_t):
        rr = r + 1 + k
        ws.cell(row=rr, column=1, value=lab)
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=2)
        style(ws.cell(row=rr, column=1), h="left", size=9)
        style(ws.cell(row=rr, column=2), size=9)
        for j, t in enumerate(d["tgt"]):
            v = t[idx]
            c = ws.cell(row=rr, column=3 + j, value=v)
            style(c, h="right", fmt=fmt, size=9)
            if idx < 2:
                F.add(debt=n, fy=TYEARS[j], fy_raw=TLAB[j], seg=seg, metric="collection_rate", basis="target",
                      value=v, unit="percent", raw=f"{v:.2f}", anchor=anchor)
            else:
                F.add(debt=n, fy=TYEARS[j], fy_raw=TLAB[j], seg=seg, metric="outstanding", basis="target",
                      value=v * 1000, unit="yen", raw=f"{v:,}", anchor=anchor)
    r = r + 5
    ws.cell(row=r, column=1, value="（3）目標達成に向けた取組")
    style(ws.cell(row=r, column=1), bold=True, size=10.5, h="left", border=False)
    r += 1
    lines = []
    for lab, text, st, wrap in d["inits"]:
        tag = f"【{st}】" if st else ""
        lines.append(f"{lab} {text}" + ("\n　　" if wrap and tag else "") + tag)
        I.add(debt=n, fy=2025, section="目標達成に向けた取組", label=lab, text=text, status=st, anchor=anchor)
    c = ws.cell(row=r, column=1, value="\n".join(lines))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    c.font = Font(name=FN, size=9.5)
    c.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    for cc in range(1, 11):
        ws.cell(row=r, column=cc).border = Border(top=thin, bottom=thin, left=thin if cc == 1 else None,
                                                  right=thin if cc == 10 else None)
    ws.row_dimensions[r].height = 26 * len(d["inits"]) + 14


def targets(d, dc, da, dk):
    last = d["rows"][-1]
    d["tgt"] = [(round(last["cr"] + dc * (k + 1), 2), round(last["ar"] + da * (k + 1), 2),
                 int(round(last["u"] * (1 - dk * (k + 1)), -3))) for k in range(5)]


targets(DEBTS[0], 0.03, 0.60, 0.04)
targets(DEBTS[1], 0.20, 0.80, 0.05)
targets(DEBTS[2], 0.04, 1.00, 0.05)


def main():
    wb = Workbook()
    sheet_overview(wb)
    for i, d in enumerate(DEBTS):
        sheet_debt(wb, i + 2, d)
    x = OUT / f"{STEM}.xlsx"
    wb.save(x)
    pdf = soffice(x)
    shutil.copy(pdf, PDF / f"{STEM}.pdf")
    out = PDF / f"{STEM}.pdf"
    meta = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2025-03-01", "date_raw": "令和７年３月"}
    write_gold(STEM, out, meta, F, I)
    check(STEM)


if __name__ == "__main__":
    main()
