"""かすみがうら市 令和5年度 債権管理の取組状況（中間報告） — openpyxl -> LibreOffice (one sheet per page).

Osaka-style mid-year progress sheets (one sheet per debt, interim rates with 前年同期, 決算見込, 目標, 後期の取組),
as another city prints them: label/value box row for the debt, rates without % sign under a 単位 note,
a summary table with one debt per column, a 【収納率】令和6年2月29日時点 bullet block, several numbered items in
one cell with tags after the 。.  Figures invented, internally consistent.
"""
from __future__ import annotations

import shutil

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from e_common import F, I, OUT, PDF, comma, rate, soffice, write_gold, zen

STEM = "e_kasumigaura_progress_1"
CITY = "かすみがうら市"
TITLE = "令和５年度 債権管理の取組状況（中間報告）"
FY = 2023
AS_NOW, AS_PREV = "2023-12-31", "2022-12-31"
AS_FEB = "2024-02-29"

# debt: (label printed, 所管課, seg labels, {seg: (a_now, c_now, a_prev, c_prev, est, target, feb)}, initiatives, 課題)
DEBTS = [
    ("市税", "税務課", ("現年度分", "滞納繰越分"),
     {"cur": (3_812_406, 2_988_315, 3_768_114, 2_941_072, 98.90, 98.95, 93.41, 98.87, 98.90),
      "arr": (402_118, 88_640, 436_902, 90_215, 27.50, 28.00, 25.87, 26.44, 27.00)},
     [("①", "差押予告書を発送した未納者のうち、反応のない者について預貯金及び給与の差押えを１月中に集中して実施する。", "継続"),
      ("②", "茨城租税債権管理機構への移管予定事案について、移管前の財産調査と納付折衝を行う。", "継続"),
      ("③", "２月の確定申告期に合わせて納税相談窓口を延長開設し、分納誓約の見直しを行う。", "新規")],
     "現年度分、滞納繰越分ともに前年同期を上回っているが、高額滞納者の分納が長期化しており、滞納繰越分の目標達成には一層の滞納処分が必要である。"),
    ("国民健康保険税", "保険年金課", ("現年度分", "滞納繰越分"),
     {"cur": (1_046_228, 702_315, 1_081_540, 719_204, 93.10, 93.50, 84.06, 93.32, 93.50),
      "arr": (318_446, 51_204, 342_110, 49_877, 18.20, 19.00, 17.35, 17.61, 19.00)},
     [("①", "短期被保険者証の更新時に来庁した世帯に対し、収入状況を聴取の上、納付計画を作成する。", "継続"),
      ("②", "資格喪失後も未納が残る世帯について、転出先への居所調査と文書催告を行う。", "拡充"),
      ("③", "ペイジー口座振替受付サービスの周知を国保税納税通知書に同封して行う。", "新規")],
     "被保険者の減少に伴い調定額が減少する中、滞納繰越分の収納額は前年同期を上回っている。"),
    ("介護保険料", "長寿福祉課", ("現年度分", "滞納繰越分"),
     {"cur": (1_102_557, 838_612, 1_088_230, 831_409, 98.60, 98.70, 92.18, 98.64, 98.70),
      "arr": (24_806, 3_911, 26_114, 4_307, 17.80, 20.00, 16.02, 18.35, 20.00)},
     [("①", "普通徴収の未納者に対し、納期限後２０日以内に電話による納付勧奨を行う。", "継続"),
      ("②", "滞納期間に応じた給付制限の事前通知を送付し、納付相談につなげる。", "継続")],
     "滞納繰越分は少額の滞納者が多く、時効による不納欠損が生じやすい。"),
    ("市営住宅使用料", "都市整備課", ("現年度分", "過年度分"),
     {"cur": (98_420, 71_566, 97_115, 71_380, 95.20, 96.00, 87.37, 95.08, 96.00),
      "arr": (31_208, 2_804, 33_560, 2_614, 9.80, 12.00, 9.66, 9.12, 12.00)},
     [("①", "３か月以上滞納している入居者に対し、連帯保証人と同席の上で面談を行い、納付誓約を取り付ける。", "継続"),
      ("②", "退去者の滞納分について、弁護士への回収委託を試行する。", "新規")],
     "過年度分は退去者の滞納が大半を占め、居所不明の者も多い。"),
]

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
FONT = "IPAexGothic"


def put(ws, ref, v, size=10, bold=False, h="center", wrap=True, border=True):
    c = ws[ref]
    c.value = v
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if border:
        c.border = BOX
    return c


def merge(ws, rng, v, **kw):
    ws.merge_cells(rng)
    first = rng.split(":")[0]
    put(ws, first, v, **kw)
    from openpyxl.utils.cell import range_boundaries
    c0, r0, c1, r1 = range_boundaries(rng)
    if kw.get("border", True):
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                ws.cell(r, c).border = BOX


def setup(ws, widths):
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.oddHeader.right.text = "かすみがうら市 債権管理の取組状況（中間報告）"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "&P"
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.8
    ws.page_margins.header = ws.page_margins.footer = 0.3


def rates(v):
    a, c, ap, cp = v[:4]
    return rate(c, a, 1), rate(cp, ap, 1)


def build():
    facts, inits = [], []
    wb = Workbook()
    ws = wb.active
    ws.title = "総括"
    setup(ws, [16] + [18] * len(DEBTS))
    ncol = 1 + len(DEBTS)
    last = get_column_letter(ncol)
    merge(ws, f"A1:{last}1", TITLE, size=15, bold=True, border=False)
    merge(ws, f"A2:{last}2", "令和６年３月１５日　かすみがうら市債権管理推進本部", size=10, h="right", border=False)
    merge(ws, f"A4:{last}4", "１　主要債権の収納率（１２月末現在）", size=11, bold=True, h="left", border=False)
    merge(ws, f"A5:{last}5", "単位：％", size=9, h="right", border=False)
    put(ws, "A6", "区分")
    for j, d in enumerate(DEBTS, 2):
        put(ws, f"{get_column_letter(j)}6", d[0], bold=True)
    labels = [("現年度分", "cur", "R5.12末", True), ("現年度分", "cur", "R4.12末", False),
              ("滞納繰越分", "arr", "R5.12末", True), ("滞納繰越分", "arr", "R4.12末", False)]
    page = 1
    for i, (sl, sk, pl, now) in enumerate(labels, 7):
        put(ws, f"A{i}", f"{sl}（{pl}）", h="left")
        for j, d in enumerate(DEBTS, 2):
            rn, rp = rates(d[3][sk])
            v = rn if now else rp
            put(ws, f"{get_column_letter(j)}{i}", f"{v:.1f}", h="right")
            fyraw = "R5.12末" if now else "R4.12末"
            facts.append(F(d[0], FY if now else FY - 1, fyraw, "current" if sk == "cur" else "arrears", "collection_rate",
                           "interim", v, "percent", f"{v:.1f}", page, as_of=AS_NOW if now else AS_PREV))
    merge(ws, f"A11:{last}11", "※市営住宅使用料の滞納繰越分欄は過年度分の収納率を示す。", size=9, h="left", border=False)
    merge(ws, f"A13:{last}13", "２　中間報告の構成", size=11, bold=True, h="left", border=False)
    merge(ws, f"A14:{last}14", "債権ごとに、１２月末現在の収納状況、令和６年２月２９日時点の収納率、課題及び後期（１月～３月）の取組を"
          "１枚にまとめた。決算見込は１２月末までの収納実績と前年度の月別収納率の推移から算出している。", size=10, h="left", border=False)
    ws.row_dimensions[14].height = 36
    for r in range(6, 11):
        ws.row_dimensions[r].height = 20

    for k, (dname, dept, seglab, vals, items, issue) in enumerate(DEBTS):
        page = k + 2
        ws = wb.create_sheet(dname)
        setup(ws, [16, 13, 13, 13, 13, 12, 13, 13])
        merge(ws, "A1:H1", f"{zen(str(k + 1))}　{TITLE}", size=12, bold=True, h="left", border=False)
        put(ws, "A3", "債権名", bold=True)
        merge(ws, "B3:D3", dname, h="left")
        put(ws, "E3", "所管課", bold=True)
        merge(ws, "F3:H3", dept, h="left")
        merge(ws, "A5:H5", "１　収納状況（１２月末現在）", size=11, bold=True, h="left", border=False)
        # amounts table
        merge(ws, "A6:H6", "（１）調定額・収入済額　単位：千円", size=9, h="right", border=False)
        merge(ws, "A7:A8", "区分")
        merge(ws, "B7:D7", "令和５年１２月末")
        merge(ws, "E7:G7", "令和４年１２月末（前年同期）")
        for col, t in zip("BCDEFG", ["調定額", "収入済額", "未収額", "調定額", "収入済額", "未収額"]):
            put(ws, f"{col}8", t)
        merge(ws, "H7:H8", "備考")
        row = 9
        tot = [0, 0, 0, 0]
        for sl, sk in zip(seglab, ("cur", "arr")):
            a, c, ap, cp = vals[sk][:4]
            tot = [tot[0] + a, tot[1] + c, tot[2] + ap, tot[3] + cp]
            seg = "current" if sk == "cur" else "arrears"
            put(ws, f"A{row}", sl)
            for col, v in zip("BCDEFG", [a, c, a - c, ap, cp, ap - cp]):
                put(ws, f"{col}{row}", comma(v), h="right")
            put(ws, f"H{row}", "")
            for fy_, asof, raw_fy, aa, cc in ((FY, AS_NOW, "令和５年１２月末", a, c), (FY - 1, AS_PREV, "令和４年１２月末", ap, cp)):
                facts.append(F(dname, fy_, raw_fy, seg, "assessed", "interim", aa * 1000, "yen", comma(aa), page, as_of=asof))
                facts.append(F(dname, fy_, raw_fy, seg, "collected", "interim", cc * 1000, "yen", comma(cc), page, as_of=asof))
                facts.append(F(dname, fy_, raw_fy, seg, "outstanding", "interim", (aa - cc) * 1000, "yen", comma(aa - cc), page, as_of=asof))
            row += 1
        put(ws, f"A{row}", "合計")
        a, c, ap, cp = tot
        for col, v in zip("BCDEFG", [a, c, a - c, ap, cp, ap - cp]):
            put(ws, f"{col}{row}", comma(v), h="right")
        put(ws, f"H{row}", "")
        for fy_, asof, raw_fy, aa, cc in ((FY, AS_NOW, "令和５年１２月末", a, c), (FY - 1, AS_PREV, "令和４年１２月末", ap, cp)):
            facts.append(F(dname, fy_, raw_fy, "total", "assessed", "interim", aa * 1000, "yen", comma(aa), page, as_of=asof))
            facts.append(F(dname, fy_, raw_fy, "total", "collected", "interim", cc * 1000, "yen", comma(cc), page, as_of=asof))
            facts.append(F(dname, fy_, raw_fy, "total", "outstanding", "interim", (aa - cc) * 1000, "yen", comma(aa - cc), page, as_of=asof))
        tot_now, tot_prev = rate(c, a, 1), rate(cp, ap, 1)
        # rates table
        row += 2
        merge(ws, f"A{row}:H{row}", "（２）収納率　単位：％", size=9, h="right", border=False)
        row += 1
        merge(ws, f"A{row}:A{row + 1}", "区分")
        merge(ws, f"B{row}:D{row}", "１２月末現在")
        merge(ws, f"E{row}:F{row}", "令和５年度")
        merge(ws, f"G{row}:H{row}", "参考")
        for col, t in zip("BCDEFGH", ["令和５年度", "前年同期", "増減", "決算見込", "目標", "前年度決算", "前年度目標"]):
            put(ws, f"{col}{row + 1}", t)
        row += 2
        for sl, sk in zip(seglab, ("cur", "arr")):
            v = vals[sk]
            rn, rp = rates(v)
            seg = "current" if sk == "cur" else "arrears"
            diff = round(rn - rp, 1)
            put(ws, f"A{row}", sl)
            put(ws, f"B{row}", f"{rn:.1f}", h="right")
            put(ws, f"C{row}", f"{rp:.1f}", h="right")
            put(ws, f"D{row}", ("△" if diff < 0 else "") + f"{abs(diff):.1f}", h="right")
            put(ws, f"E{row}", f"{v[4]:.2f}", h="right")
            put(ws, f"F{row}", f"{v[5]:.2f}", h="right")
            put(ws, f"G{row}", f"{v[7]:.2f}", h="right")
            put(ws, f"H{row}", f"{v[8]:.2f}", h="right")
            facts += [
                F(dname, FY, "令和５年度", seg, "collection_rate", "interim", rn, "percent", f"{rn:.1f}", page, as_of=AS_NOW),
                F(dname, FY - 1, "前年同期", seg, "collection_rate", "interim", rp, "percent", f"{rp:.1f}", page, as_of=AS_PREV),
                F(dname, FY, "令和５年度", seg, "collection_rate", "estimate", v[4], "percent", f"{v[4]:.2f}", page),
                F(dname, FY, "令和５年度", seg, "collection_rate", "target", v[5], "percent", f"{v[5]:.2f}", page),
                F(dname, FY - 1, "前年度決算", seg, "collection_rate", "actual", v[7], "percent", f"{v[7]:.2f}", page),
                F(dname, FY - 1, "前年度目標", seg, "collection_rate", "target", v[8], "percent", f"{v[8]:.2f}", page),
            ]
            row += 1
        put(ws, f"A{row}", "合計")
        diff = round(tot_now - tot_prev, 1)
        put(ws, f"B{row}", f"{tot_now:.1f}", h="right")
        put(ws, f"C{row}", f"{tot_prev:.1f}", h="right")
        put(ws, f"D{row}", ("△" if diff < 0 else "") + f"{abs(diff):.1f}", h="right")
        for col in "EFGH":
            put(ws, f"{col}{row}", "－")
        facts += [
            F(dname, FY, "令和５年度", "total", "collection_rate", "interim", tot_now, "percent", f"{tot_now:.1f}", page, as_of=AS_NOW),
            F(dname, FY - 1, "前年同期", "total", "collection_rate", "interim", tot_prev, "percent", f"{tot_prev:.1f}", page, as_of=AS_PREV),
        ]
        row += 2
        # 【収納率】 bullets
        merge(ws, f"A{row}:D{row}", "【収納率】令和６年２月２９日時点", size=10, bold=True, h="left", border=False)
        merge(ws, f"E{row}:H{row}", "課　題", size=10, bold=True, h="left", border=False)
        row += 1
        for j, (sl, sk) in enumerate(zip(seglab, ("cur", "arr"))):
            fv = vals[sk][6]
            merge(ws, f"A{row + j}:D{row + j}", f"・{sl}　{zen(f'{fv:.2f}')}％", size=10, h="left", border=False)
            facts.append(F(dname, FY, "令和６年２月２９日", "current" if sk == "cur" else "arrears", "collection_rate",
                           "interim", fv, "percent", f"{zen(f'{fv:.2f}')}％", page, as_of=AS_FEB))
        merge(ws, f"E{row}:H{row + 2}", issue, size=10, h="left")
        ws.row_dimensions[row + 2].height = 22
        row += 4
        merge(ws, f"A{row}:H{row}", "２　後期（１月～３月）の主な取組", size=11, bold=True, h="left", border=False)
        row += 1
        cell_text = "\n".join(f"{lab}{txt}【{st}】" for lab, txt, st in items)
        merge(ws, f"A{row}:H{row + 3}", cell_text, size=10, h="left")
        for r in range(row, row + 4):
            ws.row_dimensions[r].height = 19
        for lab, txt, st in items:
            inits.append(I(dname, FY, "後期（１月～３月）の主な取組", lab, txt, st, page))

    xlsx = OUT / f"{STEM}.xlsx"
    wb.save(xlsx)
    pdf = soffice(xlsx)
    dst = PDF / f"{STEM}.pdf"
    shutil.copy(pdf, dst)
    document = {"kind": "progress_report", "municipality": CITY, "title": TITLE, "date": "2024-03-15",
                "date_raw": "令和６年３月１５日"}
    write_gold(STEM, dst, document, facts, inits)


if __name__ == "__main__":
    build()
