"""q_kaizuka_progress_1: 債権管理の取組状況（中間報告） (progress_report), openpyxl -> LibreOffice, A4 landscape.

Layout modelled on 貝塚市の事務事業評価シート
(http://www.city.kaizuka.lg.jp/section/gyoseihyoka/2016/sheet/proj/050201030.html):
label/value boxes (担当課 | 所属長名), a 単位 column, period columns (予算/決算), merged label cells.
Figures invented; 収納率 = 収入済額 ÷ 調定額 (rounded to 0.1).
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

sys.path.insert(0, str(Path(__file__).resolve().parent))
from q_common import OUT, PDF_DIR, Gold, rate, to_pdf  # noqa: E402

STEM = "q_kaizuka_progress_1"
CITY = "貝塚市"
TITLE = "令和6年度　債権管理の取組状況（中間報告）"

# debt -> dict(cur=(R6.12 a,c), (R5.12 a,c), (R5決算 a,c), target; arr=same)
D = {
    "市税": dict(dept="納税課", head="中西　隆",
               cur=((6985420, 5402310), (6873150, 5298760), (6880240, 6805310), "99.0"),
               arr=((312640, 71250), (338910, 72400), (338910, 98770), "30.0")),
    "国民健康保険料": dict(dept="保険年金課", head="北野　千春",
                    cur=((1624380, 1089450), (1688920, 1121740), (1690310, 1593950), "94.8"),
                    arr=((402160, 61830), (431270, 63180), (431270, 94650), "23.0")),
    "保育所保育料": dict(dept="こども未来課", head="岸本　誠",
                   cur=((241870, 178620), (252310, 185230), (252310, 248140), "98.6"),
                   arr=((18420, 2950), (20130, 3010), (20130, 4470), "24.0")),
    "市営住宅使用料": dict(dept="住宅政策課", head="奥野　保",
                    cur=((187540, 138210), (189630, 139870), (189630, 184150), "97.5"),
                    arr=((61280, 5320), (64810, 5140), (64810, 7590), "12.5")),
}
SUMMARY_EXTRA = {  # summary-only debts: cur (R6.12, R5.12), arr (R6.12, R5.12)
    "介護保険料": ((1402310, 1071560), (1389450, 1060280), (28410, 4870), (29960, 4790)),
    "下水道使用料": ((1214560, 905830), (1221380, 909940), (35270, 12460), (37150, 12810)),
}
AS6, AS5 = "2024-12-31", "2023-12-31"

thin = Side(style="thin", color="000000")
FULL = Border(left=thin, right=thin, top=thin, bottom=thin)
NONE = Border()
F = "IPAexGothic"


def font(size=10, bold=False):
    return Font(name=F, size=size, bold=bold)


def fmt_rate(v):
    return f"{v:.1f}"


def build():
    g = Gold(STEM, "progress_report", CITY, TITLE, "2025-01-31", "令和7年1月")
    wb = Workbook()
    ws = wb.active
    ws.title = "中間報告"
    widths = {"A": 3, "B": 16, "C": 16, "D": 16, "E": 16, "F": 16, "G": 16, "H": 16, "I": 16, "J": 3}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = True
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.6
    ws.oddHeader.right.text = "貝塚市　財政部"
    ws.oddHeader.right.font = F
    ws.oddFooter.center.text = "&P / &N"
    ws.oddFooter.center.font = F

    row = 1
    UP, DOWN = [], []
    for name, c6, c5 in [(n, d["cur"][0], d["cur"][1]) for n, d in D.items()] + [(n, v[0], v[1]) for n, v in SUMMARY_EXTRA.items()]:
        (UP if rate(c6[1], c6[0]) >= rate(c5[1], c5[0]) else DOWN).append(name)

    def put(r, c, v, size=10, bold=False, border=None, align=None, fmt=None, fill=None, wrap=False):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = font(size, bold)
        if border is not None:
            cell.border = border
        cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
        if fmt:
            cell.number_format = fmt
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)
        return cell

    put(row, 2, TITLE, 15, True)
    row += 1
    put(row, 2, "（令和6年12月末現在）", 11)
    put(row, 9, "令和7年1月", 10, align="right")
    row += 2
    put(row, 2, "１　概要", 12, True)
    row += 1
    for t in ("令和6年度の債権管理の取組について、12月末時点の収納状況と上半期の取組実績、下半期の取組予定を取りまとめた。",
              "現年度分の収納率は、" + "、".join(UP) + "が前年同月を上回った一方、" + "、".join(DOWN) + "は前年同月を下回っている。",
              "年度末に向けて、各債権の所管課において滞納初期の催告と納付相談を一層強化する。"):
        put(row, 2, "　" + t, 10)
        row += 1
    row += 1
    put(row, 2, "２　主な債権の収納率（12月末時点）　（単位：％、ポイント）", 12, True)
    row += 1
    # three-row header, no rules at all
    hdr1, hdr2, hdr3 = row, row + 1, row + 2
    put(hdr1, 2, "債権名", 10, True)
    put(hdr1, 3, "収納率", 10, True)
    put(hdr2, 3, "現年度分", 10, True)
    put(hdr2, 6, "滞納繰越分", 10, True)
    for i, h in enumerate(("令和6年12月末", "令和5年12月末", "差", "令和6年12月末", "令和5年12月末", "差")):
        put(hdr3, 3 + i, h, 9, True, align="right" if i else "right")
    row += 3
    summary_rows = []
    for name, d in D.items():
        c6, c5 = d["cur"][0], d["cur"][1]
        a6, a5 = d["arr"][0], d["arr"][1]
        summary_rows.append((name, c6, c5, a6, a5))
    for name, (c6, c5, a6, a5) in SUMMARY_EXTRA.items():
        summary_rows.append((name, c6, c5, a6, a5))
    for name, c6, c5, a6, a5 in summary_rows:
        put(row, 2, name, 10)
        vals = []
        for seg, now, prev in (("current", c6, c5), ("arrears", a6, a5)):
            r6, r5 = rate(now[1], now[0]), rate(prev[1], prev[0])
            vals += [(r6, seg, 2024, AS6, "令和6年12月末"), (r5, seg, 2023, AS5, "令和5年12月末"), (round(r6 - r5, 1), None, None, None, None)]
        for i, (v, seg, fy, asof, fyr) in enumerate(vals):
            if seg is None:
                txt = ("△" if v < 0 else "") + f"{abs(v):.1f}"
                put(row, 3 + i, txt, 10, align="right")
                continue
            put(row, 3 + i, v, 10, align="right", fmt="0.0")
            g.fact(fmt_rate(v), debt=name, fy=fy, fy_raw=fyr, seg=seg, metric="collection_rate",
                   basis="interim", as_of=asof, value=v, unit="percent", anchor="２　主な債権の収納率")
        row += 1
    put(row, 2, "※差は、令和6年12月末の収納率から令和5年12月末の収納率を差し引いたもの。", 9)
    row += 1
    ws.row_breaks.append(Break(id=row))
    row += 1

    # detail blocks, two per page
    put(row, 2, "３　債権ごとの収納状況と取組", 12, True)
    row += 1
    marks = {}
    for k, (name, d) in enumerate(D.items()):
        if k == 2:
            ws.row_breaks.append(Break(id=row - 1))
        # label / value box
        put(row, 2, "債権名", 10, True, FULL, "center", fill="D9D9D9")
        put(row, 3, name, 10, False, FULL)
        ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=4)
        put(row, 5, "担当課", 10, True, FULL, "center", fill="D9D9D9")
        put(row, 6, d["dept"], 10, False, FULL)
        put(row, 7, "所属長名", 10, True, FULL, "center", fill="D9D9D9")
        put(row, 8, d["head"], 10, False, FULL)
        ws.merge_cells(start_row=row, start_column=8, end_row=row, end_column=9)
        for c in range(2, 10):
            ws.cell(row=row, column=c).border = FULL
        row += 1
        head = ["区分", "項目", "単位", "令和5年12月末", "令和6年12月末", "増減", "令和5年度決算", "令和6年度目標"]
        for i, h in enumerate(head):
            put(row, 2 + i, h, 9, True, FULL, "center", fill="F2F2F2")
        row += 1
        anchor = f"債権名{name}"
        marks[name] = anchor
        for seg, key, label in (("current", "cur", "現年度分"), ("arrears", "arr", "滞納繰越分")):
            (a6, c6), (a5, c5), (ak, ck), tgt = d[key]
            start = row
            put(row, 2, label, 10, False, FULL, "center")
            items = [("調定額", "千円", "assessed", a5, a6, ak),
                     ("収入済額", "千円", "collected", c5, c6, ck),
                     ("収納率", "％", "collection_rate", rate(c5, a5), rate(c6, a6), rate(ck, ak))]
            for item, unit, metric, v5, v6, vk in items:
                put(row, 3, item, 10, False, FULL)
                put(row, 4, unit, 10, False, FULL, "center")
                is_rate = metric == "collection_rate"
                f = "0.0" if is_rate else "#,##0"
                put(row, 5, v5, 10, False, FULL, "right", f)
                put(row, 6, v6, 10, False, FULL, "right", f)
                diff = round(v6 - v5, 1) if is_rate else v6 - v5
                put(row, 7, ("△" if diff < 0 else "") + (f"{abs(diff):.1f}" if is_rate else f"{abs(diff):,}"),
                    10, False, FULL, "right")
                put(row, 8, vk, 10, False, FULL, "right", f)
                put(row, 9, (tgt if is_rate else "－"), 10, False, FULL, "right")
                for v, fy, basis, asof, fyr in ((v5, 2023, "interim", AS5, "令和5年12月末"),
                                                (v6, 2024, "interim", AS6, "令和6年12月末"),
                                                (vk, 2023, "actual", None, "令和5年度決算")):
                    raw = fmt_rate(v) if is_rate else f"{v:,}"
                    g.fact(raw, debt=name, fy=fy, fy_raw=fyr, seg=seg, metric=metric, basis=basis,
                           as_of=asof, value=v if is_rate else v * 1000,
                           unit="percent" if is_rate else "yen", anchor=anchor)
                if is_rate:
                    g.fact(tgt, debt=name, fy=2024, fy_raw="令和6年度目標", seg=seg, metric=metric,
                           basis="target", value=float(tgt), unit="percent", anchor=anchor)
                row += 1
            ws.merge_cells(start_row=start, start_column=2, end_row=row - 1, end_column=2)
        # 取組: several numbered items in one merged cell, no 取組 header on the table
        put(row, 2, "上半期の実績", 10, False, FULL, "center")
        done, plan = TORI[name]
        put(row, 3, "\n".join(f"({i + 1}) {t}" for i, (t, _) in enumerate(done)), 9, False, FULL, wrap=True)
        ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=9)
        ws.row_dimensions[row].height = 15 * len(done) + 4
        for c in range(2, 10):
            ws.cell(row=row, column=c).border = FULL
        for i, (t, tag) in enumerate(done):
            g.init(t, debt=name, fy=2024, section="上半期の実績", label=f"({i + 1})", status=tag)
        row += 1
        put(row, 2, "下半期の取組", 10, False, FULL, "center")
        lines = []
        for i, (t, tag) in enumerate(plan):
            lines.append(f"({i + 1}) {t}" + (f"【{tag}】" if tag else ""))
            g.init(t, debt=name, fy=2024, section="下半期の取組", label=f"({i + 1})", status=tag)
        put(row, 3, "\n".join(lines), 9, False, FULL, wrap=True)
        ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=9)
        ws.row_dimensions[row].height = 15 * len(plan) + 4
        for c in range(2, 10):
            ws.cell(row=row, column=c).border = FULL
        row += 2
    # fix the label box anchor: the box prints 債権名 | name
    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = to_pdf(src, PDF_DIR / f"{STEM}.pdf", STEM)
    return g.finish(pdf)


TORI = {
    "市税": (
        [("納期限後の文書催告に加え、電話催告センターからの架電を行った。", None),
         ("預貯金・給与の財産調査を行い、納付に応じない者の差押えを執行した。", None)],
        [("年末調整後の給与照会を集中的に行い、差押えを強化する。", "拡充"),
         ("高額滞納案件の進行管理を月1回行う。", None)]),
    "国民健康保険料": (
        [("短期被保険者証の更新時に窓口での納付相談を行った。", None),
         ("口座振替の勧奨を国保加入手続時に行った。", None)],
        [("資格喪失世帯への納付督励を文書と電話で行う。", "新規"),
         ("分納誓約の不履行者に差押予告書を送付する。", None)]),
    "保育所保育料": (
        [("園を通じた納付案内を行い、未納の保護者に面談を行った。", None)],
        [("児童手当からの特別徴収を進める。", "拡充"),
         ("退園者の未納分について催告書を送付する。", None)]),
    "市営住宅使用料": (
        [("指定管理者による滞納者宅への訪問を行った。", None),
         ("滞納6か月以上の入居者の連帯保証人に通知した。", None)],
        [("明渡請求訴訟の対象者を選定し、法的措置を進める。", "新規"),
         ("退去者の未納分を弁護士に委託して回収する。", None)]),
}

if __name__ == "__main__":
    build()
