"""n_aobane_plan_1: 「令和７年度　徴収計画」 of an invented あおばね市 (openpyxl -> LibreOffice, landscape).

Layout modelled on a real 「平成28年度　徴収計画」 (one debt per row; 現年度分収納率(%) H27実績/H28目標,
収入未済額(千円) H27実績/H28目標, 取組目標 text per row), https://expydoc.com/doc/10930897/ .
"""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break

from n_common import OUT, PDF, check_and_write, comma, fact, fmt_rate, initiative, rate, to_pdf

STEM = "n_aobane_plan_1"
CITY = "あおばね市"
SEC = "令和７年度取組目標"

# 参考表の4債権: (現年 調定, 収入済, 不納欠損), (滞繰 調定, 収入済, 不納欠損)  単位：千円
REF = {
    "市税": ((18452316, 18297504, 2118), (612480, 198733, 61205)),
    "国民健康保険税": ((3184527, 3009381, 1460), (1152904, 241377, 118345)),
    "介護保険料": ((2961844, 2933906, 512), (96318, 21904, 15873)),
    "住宅使用料": ((412655, 406020, 0), (88412, 9318, 4170)),
}


def seg_vals(t):
    a, c, w = t
    return a, c, w, a - c - w, rate(c, a)


REFV = {}
for d, (cur, arr) in REF.items():
    cv = seg_vals(cur)
    av = seg_vals(arr)
    tot = tuple(cur[i] + arr[i] for i in range(3))
    REFV[d] = {"現年分": cv, "滞繰分": av, "計": seg_vals(tot)}

# rows: 区分, 債権名, R6 rate, R7 target rate, R6 outstanding(千円), R7 target outstanding, 取組目標 items
ROWS = [
    ("強制徴収公債権", "市税", None, 99.25, None, 520000,
     [("①", "県併任職員の助言を受け、高額・困難案件の滞納処分に着手する。", None),
      ("②", "停滞している案件は財産調査を徹底し、執行停止又は不納欠損の判断を行う。", None)]),
    ("強制徴収公債権", "国民健康保険税", None, 94.80, None, 1050000,
     [(None, "納付相談に応じない滞納者には財産調査を行い、その結果を踏まえ差押えを含む滞納整理を進める。", None)]),
    ("強制徴収公債権", "介護保険料", None, 99.10, None, 100000,
     [(None, "特別徴収への切替え時期に未納とならないよう、対象者へ個別に納付案内を送付する。", "新規")]),
    ("強制徴収公債権", "後期高齢者医療保険料", 99.52, 99.60, 21384, 20900,
     [(None, "口座振替不能の通知を早期に送付し、初期滞納の発生を抑える。", None)]),
    ("強制徴収公債権", "保育料", 98.41, 98.80, 48115, 45000,
     [(None, "児童手当からの申出徴収を進めるとともに、コールセンターによる電話催告を活用する。", None)]),
    ("強制徴収公債権", "下水道使用料", 99.08, 99.15, 30962, 30000,
     [(None, "令和７年１０月から検針時に納付書を即時発行し、早期の納付を促す。", "新規")]),
    ("強制徴収公債権", "下水道事業受益者負担金", 97.55, 97.70, 6871, None,
     [(None, "分割納付の履行状況を四半期ごとに確認する。", None)]),
    ("非強制徴収公債権", "生活保護費返還金", 66.84, 70.00, 128406, 125000,
     [(None, "現況届等で来庁した際に納付指導を行い、分納の継続を促す。", None)]),
    ("非強制徴収公債権", "児童扶養手当返還金", 8.92, 12.00, 3215, 3100,
     [(None, "返還計画を見直し、履行のない者には電話と文書で督促する。", None)]),
    ("私債権", "住宅使用料", None, 98.60, None, 85000,
     [("①", "滞納が３か月以上となった入居者について、連帯保証人へ通知する。", None),
      ("②", "明渡し請求を含む法的措置を計画的に実施する。", "拡充")]),
    ("私債権", "学校給食費", 99.81, 99.90, 1388, None,
     [(None, "就学援助制度の案内と併せて口座振替の利用を勧める。", None)]),
    ("私債権", "水道料金", 99.33, 99.40, 39876, 38500,
     [(None, "給水停止予告を徹底するとともに、コンビニ収納の利用を周知する。", None)]),
    ("私債権", "住宅新築資金等貸付金", 11.42, 15.00, 187903, 184000,
     [("①", "連帯保証人を含めた納付交渉を継続する。", None),
      ("②", "回収の見込みがない債権は債権放棄を検討する。", None)]),
    ("私債権", "奨学金貸付金", 72.18, 75.00, 19764, 18900,
     [(None, "卒業後の連絡先を定期的に確認し、分割納付を推進する。", None)]),
]
ROWS = [list(r) for r in ROWS]
for r in ROWS:
    if r[1] in REFV:
        r[2] = REFV[r[1]]["現年分"][4]
        r[4] = REFV[r[1]]["計"][3]

BOX = [("(1)", "市税と国民健康保険税の滞納者情報を共有し、一体的に滞納整理を進める。", "継続"),
       ("(2)", "私債権の担当職員を対象に、支払督促等の法的手続の研修を年２回実施する。", "拡充"),
       ("(3)", "スマートフォン決済の対象を保育料及び学校給食費に広げる。", "新規")]

thin = Side(style="thin")
hair = Side(style="hair")
ALL = Border(left=thin, right=thin, top=thin, bottom=thin)
F = "IPAexGothic"


def cell(ws, ref, value, size=10, bold=False, h="center", v="center", wrap=True, border=ALL):
    c = ws[ref]
    c.value = value
    c.font = Font(name=F, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border is not None:
        c.border = border
    return c


def item_text(items):
    out = []
    for lab, txt, st in items:
        out.append((lab or "") + txt + (f"【{st}】" if st else ""))
    return "\n".join(out)


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = "徴収計画"
    widths = {"A": 10, "B": 20, "C": 8, "D": 8, "E": 7, "F": 12, "G": 12, "H": 11, "I": 62}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    ws.merge_cells("A1:I1")
    cell(ws, "A1", "令和７年度　徴収計画", size=16, bold=True, border=None)
    ws.row_dimensions[1].height = 30
    ws.merge_cells("A2:I2")
    total_out = sum(r[4] for r in ROWS)
    oku = round(total_out / 1000)  # 百万円単位に丸め (千円 -> 百万円)
    approx_yen = oku * 1_000_000
    man = oku * 100  # 万円
    s_oku, s_man = divmod(man, 10000)
    approx_txt = f"約{s_oku}億{s_man:,}万円" if s_oku else f"約{s_man:,}万円"
    intro = ("　あおばね市債権の管理に関する条例施行規則第３条の規定に基づき、債権ごとに令和７年度の徴収目標と取組を定める。"
             f"令和６年度決算における下表債権の収入未済額の合計は{approx_txt}であり、現年度分の収納率の向上による新たな滞納の抑制を最優先とする。")
    cell(ws, "A2", intro, size=10, h="left", v="top", border=None)
    ws.row_dimensions[2].height = 34
    ws.merge_cells("A3:I3")
    cell(ws, "A3", "令和７年６月　あおばね市債権管理推進会議", size=10, h="right", border=None)
    # header (three rows)
    for rng in ("A4:A6", "B4:B6", "C4:E4", "F4:H4", "I4:I6", "E5:E6", "H5:H6"):
        ws.merge_cells(rng)
    cell(ws, "A4", "区分")
    cell(ws, "B4", "債権名")
    cell(ws, "C4", "現年度分収納率（単位：％）")
    cell(ws, "F4", "収入未済額（単位：千円）")
    cell(ws, "I4", "令和７年度取組目標")
    cell(ws, "C5", "実績")
    cell(ws, "D5", "目標")
    cell(ws, "E5", "差")
    cell(ws, "F5", "実績")
    cell(ws, "G5", "目標")
    cell(ws, "H5", "増減")
    cell(ws, "C6", "R6")
    cell(ws, "D6", "R7")
    cell(ws, "F6", "R6")
    cell(ws, "G6", "R7")
    for ref in ("B5", "B6", "A5", "A6", "I5", "I6", "E6", "H6", "D4", "E4", "G4", "H4"):
        ws[ref].border = ALL
    for rr in (4, 5, 6):
        ws.row_dimensions[rr].height = 18
    ws.print_title_rows = "4:6"

    facts, inits = [], []
    row = 7
    first_of_group = {}
    BREAK_AFTER = 7  # first 7 rows on page 1
    for i, (grp, debt, r6, r7, o6, o7, items) in enumerate(ROWS):
        page = 1 if i < BREAK_AFTER else 2
        first_of_group.setdefault(grp, []).append(row)
        cell(ws, f"B{row}", debt, h="left")
        cell(ws, f"C{row}", fmt_rate(r6), h="right")
        cell(ws, f"D{row}", fmt_rate(r7), h="right")
        diff = round(r7 - r6, 2)
        cell(ws, f"E{row}", ("△" if diff < 0 else "") + fmt_rate(abs(diff)), h="right")
        cell(ws, f"F{row}", comma(o6), h="right")
        cell(ws, f"G{row}", comma(o7) if o7 is not None else "―", h="right")
        if o7 is not None:
            d = o7 - o6
            cell(ws, f"H{row}", ("△" if d < 0 else "") + comma(abs(d)), h="right")
        else:
            cell(ws, f"H{row}", "―", h="right")
        cell(ws, f"I{row}", item_text(items), h="left", size=9)
        nlines = sum(1 + len(t) // 36 for _, t, _ in items)
        ws.row_dimensions[row].height = max(30, 14 * nlines + 6)
        facts.append(fact(debt, 2024, "R6", "current", "collection_rate", "actual", r6, "percent", fmt_rate(r6), page))
        facts.append(fact(debt, 2025, "R7", "current", "collection_rate", "target", r7, "percent", fmt_rate(r7), page))
        facts.append(fact(debt, 2024, "R6", "total", "outstanding", "actual", o6 * 1000, "yen", comma(o6), page))
        if o7 is not None:
            facts.append(fact(debt, 2025, "R7", "total", "outstanding", "target", o7 * 1000, "yen", comma(o7), page))
        for lab, txt, st in items:
            inits.append(initiative(debt, 2025, SEC, lab, txt, st, page))
        if i == BREAK_AFTER - 1:
            ws.row_breaks.append(Break(id=row))
        row += 1
    # merged 区分 cells; split at the page break so each page shows its label
    for grp, rows_ in first_of_group.items():
        parts = [[r for r in rows_ if r < 7 + BREAK_AFTER], [r for r in rows_ if r >= 7 + BREAK_AFTER]]
        for part in parts:
            if not part:
                continue
            if len(part) > 1:
                ws.merge_cells(f"A{part[0]}:A{part[-1]}")
            cell(ws, f"A{part[0]}", grp)
            for r in part[1:]:
                ws[f"A{r}"].border = ALL
    # 合計 row
    ws.merge_cells(f"A{row}:B{row}")
    cell(ws, f"A{row}", "合計")
    ws[f"B{row}"].border = ALL
    for col in "CDEGH":
        cell(ws, f"{col}{row}", "―", h="right")
    cell(ws, f"F{row}", comma(total_out), h="right")
    cell(ws, f"I{row}", "", h="left")
    ws.row_dimensions[row].height = 22
    facts.append(fact(None, 2024, "R6", "total", "outstanding", "actual", total_out * 1000, "yen",
                      comma(total_out), 2, debt_raw="合計"))
    row += 1
    ws.merge_cells(f"A{row}:I{row}")
    cell(ws, f"A{row}", "※収納率の差はポイント、収入未済額の増減は目標から実績を差し引いた額。「―」は目標を設定していないもの。",
         size=9, h="left", border=None)
    # intro sentence fact (page 1)
    facts.insert(0, fact(None, 2024, "令和６年度", "total", "outstanding", "actual", approx_yen, "yen",
                         approx_txt, 1, approx=True))

    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = True
    ws.page_margins.top = 0.8
    ws.page_margins.bottom = 0.7
    ws.oddHeader.right.text = "あおばね市　債権管理推進会議"
    ws.oddHeader.right.size = 9
    ws.oddFooter.center.text = "- &P -"

    # --- sheet 2: reference table, one debt per column -----------------------------------
    w2 = wb.create_sheet("参考")
    for k, w in {"A": 12, "B": 14, "C": 15, "D": 15, "E": 15, "F": 15}.items():
        w2.column_dimensions[k].width = w
    w2.merge_cells("A1:F1")
    cell(w2, "A1", "【参考】令和６年度決算　主要債権の収入状況", size=13, bold=True, h="left", border=None)
    w2.merge_cells("A2:F2")
    cell(w2, "A2", "単位：千円、％", size=9, h="right", border=None)
    w2.merge_cells("A3:B3")
    cell(w2, "A3", "区分")
    w2["B3"].border = ALL
    debts = list(REFV)
    for j, d in enumerate(debts):
        cell(w2, f"{'CDEF'[j]}3", d)
    r = 4
    metrics = [("調定額", "assessed"), ("収入済額", "collected"), ("不納欠損額", "written_off"),
               ("収入未済額", "outstanding"), ("収納率", "collection_rate")]
    segmap = {"現年分": "current", "滞繰分": "arrears", "計": "total"}
    for seg, segcode in segmap.items():
        w2.merge_cells(f"A{r}:A{r + 4}")
        cell(w2, f"A{r}", seg)
        for k, (lab, met) in enumerate(metrics):
            cell(w2, f"B{r + k}", lab)
            w2[f"A{r + k}"].border = ALL
            for j, d in enumerate(debts):
                v = REFV[d][seg][k]
                if met == "collection_rate":
                    txt = fmt_rate(v)
                    facts.append(fact(d, 2024, "令和６年度", segcode, met, "actual", v, "percent", txt, 3))
                else:
                    txt = comma(v)
                    facts.append(fact(d, 2024, "令和６年度", segcode, met, "actual", v * 1000, "yen", txt, 3))
                cell(w2, f"{'CDEF'[j]}{r + k}", txt, h="right")
            w2.row_dimensions[r + k].height = 17
        r += 5
    r += 1
    w2.merge_cells(f"A{r}:F{r + 4}")
    box = "【参考】令和７年度の重点取組\n" + "\n".join(f"{lab}　{t}【{st}】" for lab, t, st in BOX)
    c = cell(w2, f"A{r}", box, size=10, h="left", v="top")
    for rr in range(r, r + 5):
        for col in "ABCDEF":
            w2[f"{col}{rr}"].border = ALL
        w2.row_dimensions[rr].height = 18
    for lab, t, st in BOX:
        inits.append(initiative(None, 2025, "令和７年度の重点取組", lab, t, st, 3))
    w2.page_setup.orientation = "landscape"
    w2.page_setup.paperSize = 9
    w2.sheet_properties.pageSetUpPr.fitToPage = True
    w2.page_setup.fitToWidth = 1
    w2.page_setup.fitToHeight = 1
    w2.print_options.horizontalCentered = True
    w2.oddHeader.right.text = "あおばね市　債権管理推進会議"
    w2.oddHeader.right.size = 9
    w2.oddFooter.center.text = "- &P -"
    w2.page_setup.firstPageNumber = 3
    w2.page_setup.useFirstPageNumber = True

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf", "n_plan")
    document = {"kind": "plan", "municipality": CITY, "title": "令和７年度　徴収計画",
                "date": "2025-06-01", "date_raw": "令和７年６月"}
    # title page date line is in the header block
    return check_and_write(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
