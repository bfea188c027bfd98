"""阿武川市 令和７年度 債権回収・整理計画（中間報告） — openpyxl -> LibreOffice (landscape sheets).
Family: progress (大阪市-style mid-year sheets, printed as another city's template)."""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.page import PageMargins

sys.path.insert(0, str(Path(__file__).resolve().parent))
from i_common import OUT, PDF, Facts, assign_pages, comma, rate, to_pdf, write_gold, zen  # noqa: E402

STEM = "i_abukawa_chukan_1"
CITY = "阿武川市"
TITLE = "令和７年度 債権回収・整理計画（中間報告）"
FN = "IPAexGothic"
AS_OF, AS_OF_PY = "2025-12-31", "2024-12-31"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GREY = PatternFill("solid", fgColor="D9D9D9")

# debt -> sheet data.  amounts in 千円 (12月末現在): (調定額, 収入済額) for 現年度分 / 滞納繰越分
D = {
    "市税": dict(dept="納税課", kind="強制徴収公債権",
               cur=(36842115, 27513904), arr=(1126480, 241305), py=(74.12, 19.86),
               tgt6=(98.90, 28.00, 96.10), act6=(98.96, 29.41, 96.12), tgt7=(99.00, 30.00, 96.40), est7=(99.02, 30.15, 96.45),
               py_out=(9614204, 918331)),
    "国民健康保険税": dict(dept="国民健康保険課", kind="強制徴収公債権",
                    cur=(6912408, 4722117), arr=(2108644, 402615), py=(67.95, 17.44),
                    tgt6=(94.00, 22.00, 75.50), act6=(94.18, 22.63, 75.92), tgt7=(94.30, 23.00, 77.00), est7=(94.35, 23.40, 77.25),
                    py_out=(2287512, 1805406)),
    "介護保険料": dict(dept="長寿福祉課", kind="強制徴収公債権",
                  cur=(5218940, 4007116), arr=(118205, 21884), py=(76.48, 17.02),
                  tgt6=(99.20, 20.00, 97.10), act6=(99.24, 20.37, 97.15), tgt7=(99.25, 21.00, 97.20), est7=(99.26, 20.80, 97.18),
                  py_out=(1252377, 99012)),
    "後期高齢者医療保険料": dict(dept="国民健康保険課", kind="強制徴収公債権",
                       cur=(3561277, 2747930), arr=(31554, 10402), py=(76.91, 30.25),
                       tgt6=(99.60, 40.00, 99.20), act6=(99.58, 41.12, 99.21), tgt7=(99.60, 42.00, 99.25), est7=(99.61, 42.50, 99.27),
                       py_out=(851120, 23347)),
    "市営住宅使用料": dict(dept="住宅政策課", kind="私債権",
                    cur=(1045320, 768541), arr=(164218, 21377), py=(72.84, 12.95),
                    tgt6=(97.50, 15.00), act6=(97.41, 14.62), tgt7=(97.60, 15.50), est7=(97.55, 15.20),
                    py_out=(289441, 146990)),
    "保育所保育料": dict(dept="こども育成課", kind="強制徴収公債権",
                   cur=(812406, 604577), arr=(38871, 8012), py=(73.60, 19.33),
                   tgt6=(99.00, 25.00), act6=(99.08, 24.17), tgt7=(99.10, 25.00), est7=(99.12, 24.90),
                   py_out=(215033, 31206)),
}
INITS = {
    "市税": [("滞納処分の早期着手", "年末の滞納整理強化期間（１２月～１月）に、財産調査で判明した預貯金・給与の差押えを集中して執行する。", "12月～1月", "継続"),
           ("高額・困難事案の進行管理", "滞納額１００万円以上の事案を特別整理係へ移管し、月１回の進行管理会議で処理方針を確認する。", "通年", "拡充"),
           ("スマートフォン決済の周知", "納税通知書の同封チラシ及び市ホームページでスマートフォン決済とeLTAX納付の利用を案内する。", "1月～3月", "新規")],
    "国民健康保険税": [("口座振替の勧奨", "加入手続の窓口で口座振替の申込みを受け付け、未登録世帯には勧奨文書を送付する。", "通年", "継続"),
                 ("短期被保険者証更新時の納付相談", "短期被保険者証の更新時に面談を行い、分納誓約の履行状況を確認する。", "2月～3月", "継続"),
                 ("資格喪失世帯への催告", "社会保険加入等により資格を喪失した世帯に、未納額を記載した催告書を送付する。", "1月", "新規")],
    "介護保険料": [("普通徴収者への電話催告", "督促状送付後も未納の第１号被保険者に対し、会計年度任用職員が電話で納付を促す。", "通年", "継続"),
              ("給付制限の事前通知", "滞納期間が１年を超える被保険者に給付制限の予告通知を送付し、納付相談につなげる。", "1月～2月", "拡充")],
}
INITS_CELL = {  # several numbered items in one cell, tags after the 。
    "後期高齢者医療保険料": ["①年金からの特別徴収へ切り替わるまでの間、普通徴収分の納付案内を送付する。【継続】",
                       "②督促状の指定期限後３０日以内に文書催告を行う。【継続】",
                       "③広域連合と連携し、高額滞納者の財産調査を実施する。【新規】"],
}
SIDE = {
    "市営住宅使用料": ["・３か月以上の滞納者に対し、連帯保証人への通知を行う。【継続】",
                "・明渡し請求訴訟の対象者を選定し、法的措置を進める。【拡充】"],
    "保育所保育料": ["・児童手当からの徴収について保護者の同意取得を進める。【継続】",
               "・卒園児の未納者に対し、滞納処分に向けた財産調査を行う。【新規】"],
}


def f(size=10, bold=False):
    return Font(name=FN, size=size, bold=bold)


def put(ws, ref, v, size=10, bold=False, h="left", v_="center", border=True, fmt=None, fill=None, wrap=False):
    c = ws[ref]
    c.value = v
    c.font = f(size, bold)
    c.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap)
    if border:
        c.border = BOX
    if fmt:
        c.number_format = fmt
    if fill:
        c.fill = fill
    return c


def box_range(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def setup(ws, fit=True):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.7, bottom=0.6, header=0.3, footer=0.3)
    if fit:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    ws.oddHeader.right.text = TITLE
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "－ &P －"
    ws.oddFooter.center.size = 8


RATE = "0.00"
AMT = "#,##0"
PT = '+0.00;"△"0.00'
DIFF = '#,##0;"△"#,##0'


def build():
    F = Facts()
    inits = []
    wb = Workbook()

    # ---------------- 総括 ----------------
    ws = wb.active
    ws.title = "総括"
    setup(ws)
    widths = [3, 22, 11, 11, 9, 11, 11, 9, 3]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    put(ws, "B1", TITLE, 14, True, border=False)
    put(ws, "E2", "令和８年２月　阿武川市財務部債権管理課", 9, border=False, h="right")
    ws.merge_cells("E2:H2")
    ws.row_dimensions[4].height = 42
    cur_tot = sum(d["cur"][0] - d["cur"][1] + d["arr"][0] - d["arr"][1] for d in D.values())
    py_tot = sum(sum(d["py_out"]) for d in D.values())
    man = round(cur_tot / 100) * 10  # 万円, rounded to 10万
    oku, rest = divmod(man, 10000)
    tot_s = f"{oku}億{rest:,}万円"
    diff_oku = round((py_tot - cur_tot) / 100000, 1)
    txt = (f"　本計画は、阿武川市債権管理条例に基づき債権の所管課ごとに定めた年度内の徴収・整理目標について、上半期（令和７年１２月末まで）の"
           f"進捗を取りまとめたものです。１２月末現在の主要６債権の収入未済額は、合計で約{tot_s}となり、前年同期と比べ約{diff_oku}億円減少しています。")
    put(ws, "B4", txt, 10, border=False, wrap=True, v_="top")
    ws.merge_cells("B4:H4")
    F.add("本計画は、阿武川市債権管理条例", None, 2025, "令和７年１２月末", "total", "outstanding", "interim",
          man * 10000, "yen", f"約{tot_s}", approx=True, as_of=AS_OF, debt_raw="主要６債権")

    put(ws, "B6", "１　主要債権の徴収率（令和７年１２月末現在）", 11, True, border=False)
    put(ws, "F7", "（単位：％、ポイント）", 8, border=False, h="right")
    ws.merge_cells("F7:H7")
    # three-row header
    put(ws, "B8", "債権名", 9, True, h="center", fill=GREY)
    ws.merge_cells("B8:B10")
    put(ws, "C8", "徴　収　率", 9, True, h="center", fill=GREY)
    ws.merge_cells("C8:H8")
    put(ws, "C9", "現年度分", 9, True, h="center", fill=GREY)
    ws.merge_cells("C9:E9")
    put(ws, "F9", "滞納繰越分", 9, True, h="center", fill=GREY)
    ws.merge_cells("F9:H9")
    for col, lab in zip("CDEFGH", ["R7.12末", "R6.12末", "差", "R7.12末", "R6.12末", "差"]):
        put(ws, f"{col}10", lab, 9, True, h="center", fill=GREY)
    box_range(ws, "B8:H10")
    r = 11
    anchor1 = "１　主要債権の徴収率（令和７年１２月末現在）"
    for name, d in D.items():
        rc, ra = rate(d["cur"][1], d["cur"][0]), rate(d["arr"][1], d["arr"][0])
        put(ws, f"B{r}", name, 9)
        put(ws, f"C{r}", rc, 9, h="right", fmt=RATE)
        put(ws, f"D{r}", d["py"][0], 9, h="right", fmt=RATE)
        put(ws, f"E{r}", round(rc - d["py"][0], 2), 9, h="right", fmt=PT)
        put(ws, f"F{r}", ra, 9, h="right", fmt=RATE)
        put(ws, f"G{r}", d["py"][1], 9, h="right", fmt=RATE)
        put(ws, f"H{r}", round(ra - d["py"][1], 2), 9, h="right", fmt=PT)
        F.add(anchor1, name, 2025, "R7.12末", "current", "collection_rate", "interim", rc, "percent", f"{rc:.2f}", as_of=AS_OF)
        F.add(anchor1, name, 2024, "R6.12末", "current", "collection_rate", "interim", d["py"][0], "percent", f"{d['py'][0]:.2f}", as_of=AS_OF_PY)
        F.add(anchor1, name, 2025, "R7.12末", "arrears", "collection_rate", "interim", ra, "percent", f"{ra:.2f}", as_of=AS_OF)
        F.add(anchor1, name, 2024, "R6.12末", "arrears", "collection_rate", "interim", d["py"][1], "percent", f"{d['py'][1]:.2f}", as_of=AS_OF_PY)
        r += 1

    r += 1
    put(ws, f"B{r}", "２　主要債権の収入未済額（各年１２月末現在）", 11, True, border=False)
    anchor2 = "２　主要債権の収入未済額（各年１２月末現在）"
    r += 1
    put(ws, f"F{r}", "（単位：千円）", 8, border=False, h="right")
    ws.merge_cells(f"F{r}:H{r}")
    r += 1
    for col, lab in zip("BCDE", ["債権名", "令和７年１２月末", "令和６年１２月末", "増減"]):
        put(ws, f"{col}{r}", lab, 9, True, h="center", fill=GREY)
    r += 1
    sum7 = sum6 = 0
    for name, d in D.items():
        o7 = d["cur"][0] - d["cur"][1] + d["arr"][0] - d["arr"][1]
        o6 = sum(d["py_out"])
        sum7 += o7
        sum6 += o6
        put(ws, f"B{r}", name, 9)
        put(ws, f"C{r}", o7, 9, h="right", fmt=AMT)
        put(ws, f"D{r}", o6, 9, h="right", fmt=AMT)
        put(ws, f"E{r}", o7 - o6, 9, h="right", fmt=DIFF)
        F.add(anchor2, name, 2025, "令和７年１２月末", "total", "outstanding", "interim", o7 * 1000, "yen", comma(o7), as_of=AS_OF)
        F.add(anchor2, name, 2024, "令和６年１２月末", "total", "outstanding", "interim", o6 * 1000, "yen", comma(o6), as_of=AS_OF_PY)
        r += 1
    put(ws, f"B{r}", "合計", 9, True, h="center")
    put(ws, f"C{r}", sum7, 9, True, h="right", fmt=AMT)
    put(ws, f"D{r}", sum6, 9, True, h="right", fmt=AMT)
    put(ws, f"E{r}", sum7 - sum6, 9, True, h="right", fmt=DIFF)
    F.add(anchor2, None, 2025, "令和７年１２月末", "total", "outstanding", "interim", sum7 * 1000, "yen", comma(sum7), as_of=AS_OF, debt_raw="合計")
    F.add(anchor2, None, 2024, "令和６年１２月末", "total", "outstanding", "interim", sum6 * 1000, "yen", comma(sum6), as_of=AS_OF_PY, debt_raw="合計")
    r += 1
    put(ws, f"B{r}", "※収入未済額は、調定額から収入済額を差し引いた額（不納欠損処分前）。", 8, border=False)

    # ---------------- per-debt sheets ----------------
    for name in ("市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料"):
        d = D[name]
        ws = wb.create_sheet(name)
        setup(ws)
        for i, w in enumerate([2, 16, 16, 14, 14, 14, 14, 12]):
            ws.column_dimensions[chr(65 + i)].width = w
        # label / value box
        put(ws, "B1", "債権名", 10, True, h="center", fill=GREY)
        put(ws, "C1", name, 11, True)
        ws.merge_cells("C1:D1")
        put(ws, "E1", "所管課", 10, True, h="center", fill=GREY)
        put(ws, "F1", d["dept"], 10)
        put(ws, "G1", "債権区分", 10, True, h="center", fill=GREY)
        put(ws, "H1", d["kind"], 9)
        box_range(ws, "B1:H1")
        rc, ra = rate(d["cur"][1], d["cur"][0]), rate(d["arr"][1], d["arr"][0])
        put(ws, "B3", "【徴収率】令和７年１２月末時点", 11, True, border=False)
        put(ws, "B4", f"　・現年度分　　{rc:.2f}％（前年同期 {d['py'][0]:.2f}％）", 10, border=False)
        put(ws, "B5", f"　・滞納繰越分　{ra:.2f}％（前年同期 {d['py'][1]:.2f}％）", 10, border=False)
        a0 = f"【徴収率】令和７年１２月末時点"
        sa = f"債権名{name}"
        # anchor: box + heading (name makes it unique per sheet)
        anc = name + "所管課" + d["dept"]
        F.add(anc, name, 2025, "令和７年１２月末", "current", "collection_rate", "interim", rc, "percent", f"{rc:.2f}％", as_of=AS_OF)
        F.add(anc, name, 2024, "前年同期", "current", "collection_rate", "interim", d["py"][0], "percent", f"{d['py'][0]:.2f}％", as_of=AS_OF_PY)
        F.add(anc, name, 2025, "令和７年１２月末", "arrears", "collection_rate", "interim", ra, "percent", f"{ra:.2f}％", as_of=AS_OF)
        F.add(anc, name, 2024, "前年同期", "arrears", "collection_rate", "interim", d["py"][1], "percent", f"{d['py'][1]:.2f}％", as_of=AS_OF_PY)

        put(ws, "B7", "１　目標徴収率と決算見込", 11, True, border=False)
        put(ws, "F7", "単位：％", 8, border=False, h="right")
        put(ws, "B8", "区分", 9, True, h="center", fill=GREY)
        ws.merge_cells("B8:B9")
        put(ws, "C8", "令和６年度", 9, True, h="center", fill=GREY)
        ws.merge_cells("C8:D8")
        put(ws, "E8", "令和７年度", 9, True, h="center", fill=GREY)
        ws.merge_cells("E8:F8")
        for col, lab in zip("CDEF", ["目標", "決算", "目標", "決算見込"]):
            put(ws, f"{col}9", lab, 9, True, h="center", fill=GREY)
        box_range(ws, "B8:F9")
        for i, (seg, sg) in enumerate((("現年度分", "current"), ("滞納繰越分", "arrears"), ("合計", "total"))):
            rr = 10 + i
            put(ws, f"B{rr}", seg, 9, h="center")
            for col, key, fy, basis in (("C", "tgt6", 2024, "target"), ("D", "act6", 2024, "actual"),
                                        ("E", "tgt7", 2025, "target"), ("F", "est7", 2025, "estimate")):
                v = d[key][i]
                put(ws, f"{col}{rr}", v, 9, h="right", fmt=RATE)
                F.add(anc, name, fy, "令和６年度" if fy == 2024 else "令和７年度", sg, "collection_rate", basis, v, "percent", f"{v:.2f}")

        put(ws, "B14", "２　収入状況（令和７年１２月末現在）", 11, True, border=False)
        put(ws, "G14", "単位：千円・％", 8, border=False, h="right")
        for col, lab in zip("BCDEFG", ["区分", "調定額", "収入済額", "収入未済額", "徴収率", "前年同期徴収率"]):
            put(ws, f"{col}15", lab, 9, True, h="center", fill=GREY, wrap=True)
        rows = []
        for seg, sg, key in (("現年度分", "current", "cur"), ("滞納繰越分", "arrears", "arr")):
            a, c = d[key]
            rows.append((seg, sg, a, c, d["py"][0 if key == "cur" else 1]))
        ta, tc = sum(x[2] for x in rows), sum(x[3] for x in rows)
        for i, (seg, sg, a, c, py) in enumerate(rows + [("計", "total", ta, tc, None)]):
            rr = 16 + i
            rt = rate(c, a)
            put(ws, f"B{rr}", seg, 9, h="center")
            put(ws, f"C{rr}", a, 9, h="right", fmt=AMT)
            put(ws, f"D{rr}", c, 9, h="right", fmt=AMT)
            put(ws, f"E{rr}", a - c, 9, h="right", fmt=AMT)
            put(ws, f"F{rr}", rt, 9, h="right", fmt=RATE)
            put(ws, f"G{rr}", py if py is not None else "－", 9, h="right", fmt=RATE)
            F.add(anc, name, 2025, "令和７年１２月末", sg, "assessed", "interim", a * 1000, "yen", comma(a), as_of=AS_OF)
            F.add(anc, name, 2025, "令和７年１２月末", sg, "collected", "interim", c * 1000, "yen", comma(c), as_of=AS_OF)
            F.add(anc, name, 2025, "令和７年１２月末", sg, "outstanding", "interim", (a - c) * 1000, "yen", comma(a - c), as_of=AS_OF)
            F.add(anc, name, 2025, "令和７年１２月末", sg, "collection_rate", "interim", rt, "percent", f"{rt:.2f}", as_of=AS_OF)
            if py is not None:
                F.add(anc, name, 2024, "前年同期", sg, "collection_rate", "interim", py, "percent", f"{py:.2f}", as_of=AS_OF_PY)

        put(ws, "B20", "３　下半期の主な取組", 11, True, border=False)
        if name in INITS:
            for col, lab in zip("BCEGH", ["No.", "取組項目", "内容", "実施時期", "区分"]):
                put(ws, f"{col}21", lab, 9, True, h="center", fill=GREY)
            ws.merge_cells("C21:D21")
            ws.merge_cells("E21:F21")
            box_range(ws, "B21:H21")
            kana = "ｱｲｳｴｵ"
            for i, (item, body, when, st) in enumerate(INITS[name]):
                rr = 22 + i
                ws.row_dimensions[rr].height = 44
                put(ws, f"B{rr}", f"({kana[i]})", 9, h="center")
                put(ws, f"C{rr}", item, 9, wrap=True)
                ws.merge_cells(f"C{rr}:D{rr}")
                put(ws, f"E{rr}", body, 9, wrap=True)
                ws.merge_cells(f"E{rr}:F{rr}")
                put(ws, f"G{rr}", when, 9, h="center")
                put(ws, f"H{rr}", st, 9, h="center")
                box_range(ws, f"B{rr}:H{rr}")
                inits.append(dict(_anchor=anc, debt=name, debt_raw=name, fiscal_year=2025, section="下半期の主な取組",
                                  label=f"({kana[i]})", text=body, status=st, page=None))
        else:
            items = INITS_CELL[name]
            ws.row_dimensions[21].height = 20 * len(items)
            put(ws, "B21", "\n".join(items), 9, wrap=True, v_="top")
            ws.merge_cells("B21:H21")
            box_range(ws, "B21:H21")
            for it in items:
                st = it[-3:-1]
                body = it[1:-4]
                inits.append(dict(_anchor=anc, debt=name, debt_raw=name, fiscal_year=2025, section="下半期の主な取組",
                                  label=it[0], text=body, status=st, page=None))

    # ---------------- two debts side by side ----------------
    ws = wb.create_sheet("住宅・保育")
    setup(ws)
    for i, w in enumerate([2, 14, 11, 11, 11, 3, 14, 11, 11, 11]):
        ws.column_dimensions[chr(65 + i)].width = w
    for (name, c0) in (("市営住宅使用料", 0), ("保育所保育料", 5)):
        d = D[name]
        col = lambda k: chr(66 + c0 + k)  # noqa: E731
        put(ws, f"{col(0)}1", "債権名", 9, True, h="center", fill=GREY)
        put(ws, f"{col(1)}1", name, 10, True)
        ws.merge_cells(f"{col(1)}1:{col(3)}1")
        box_range(ws, f"{col(0)}1:{col(3)}1")
        put(ws, f"{col(0)}2", "所管課", 9, True, h="center", fill=GREY)
        put(ws, f"{col(1)}2", d["dept"], 9)
        put(ws, f"{col(2)}2", "区分", 9, True, h="center", fill=GREY)
        put(ws, f"{col(3)}2", d["kind"], 8)
        anc = "所管課" + d["dept"]
        put(ws, f"{col(0)}4", "徴収率の状況", 10, True, border=False)
        put(ws, f"{col(3)}4", "（％）", 8, border=False, h="right")
        for k, lab in enumerate(["区分", "R7.12末", "前年同期", "R7目標"]):
            put(ws, f"{col(k)}5", lab, 9, True, h="center", fill=GREY)
        for i, (seg, sg, key) in enumerate((("現年度分", "current", "cur"), ("滞納繰越分", "arrears", "arr"))):
            rr = 6 + i
            a, c = d[key]
            rt = rate(c, a)
            py = d["py"][i]
            tg = d["tgt7"][i]
            put(ws, f"{col(0)}{rr}", seg, 9, h="center")
            put(ws, f"{col(1)}{rr}", rt, 9, h="right", fmt=RATE)
            put(ws, f"{col(2)}{rr}", py, 9, h="right", fmt=RATE)
            put(ws, f"{col(3)}{rr}", tg, 9, h="right", fmt=RATE)
            F.add(anc, name, 2025, "R7.12末", sg, "collection_rate", "interim", rt, "percent", f"{rt:.2f}", as_of=AS_OF)
            F.add(anc, name, 2024, "前年同期", sg, "collection_rate", "interim", py, "percent", f"{py:.2f}", as_of=AS_OF_PY)
            F.add(anc, name, 2025, "R7目標", sg, "collection_rate", "target", tg, "percent", f"{tg:.2f}")
        put(ws, f"{col(0)}9", "令和６年度決算", 9, border=False)
        for i, (seg, sg) in enumerate((("現年度分", "current"), ("滞納繰越分", "arrears"))):
            v = d["act6"][i]
            put(ws, f"{col(1 + i)}9", f"{seg} {v:.2f}％", 9, border=False)
            F.add(anc, name, 2024, "令和６年度決算", sg, "collection_rate", "actual", v, "percent", f"{v:.2f}％")
        put(ws, f"{col(0)}11", "下半期の主な取組", 10, True, border=False)
        ws.row_dimensions[12].height = 60
        put(ws, f"{col(0)}12", "\n".join(SIDE[name]), 9, wrap=True, v_="top")
        ws.merge_cells(f"{col(0)}12:{col(3)}12")
        box_range(ws, f"{col(0)}12:{col(3)}12")
        for it in SIDE[name]:
            inits.append(dict(_anchor=anc, debt=name, debt_raw=name, fiscal_year=2025, section="下半期の主な取組",
                              label="・", text=it[1:-4], status=it[-3:-1], page=None))

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf", "abukawa")
    facts = F.items
    errs = assign_pages(pdf, facts, inits, mode="page")
    document = {"kind": "progress_report", "municipality": CITY, "title": TITLE,
                "date": "2026-02-01", "date_raw": "令和８年２月"}
    gold, e2 = write_gold(STEM, pdf, document, facts, inits, None)
    return gold, errs + e2


if __name__ == "__main__":
    g, errs = build()
    print(STEM, "pages", g["source"]["pages"], "facts", len(g["facts"]), "inits", len(g["initiatives"]))
    for e in errs:
        print("  ERR", e)
