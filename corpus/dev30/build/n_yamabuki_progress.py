"""やまぶき市-style 債権回収・整理計画（中間報告） (openpyxl -> LibreOffice, landscape). Progress family."""
from openpyxl import Workbook
from openpyxl.styles import Border, Side, Alignment, Font
from n_common import OUT, fact, soffice, finish

STEM = "n_yamabuki_progress_1"
TITLE = "令和6年度 債権回収・整理計画（中間報告）"
AS = "2024-09-30"; PREV = "2023-09-30"
thin = Side(style="thin"); hair = Side(style="hair")
FULL = Border(left=thin, right=thin, top=thin, bottom=thin)
HONLY = Border(top=thin, bottom=hair)
F = Font(name="IPAexGothic", size=10)
wb = Workbook(); facts = []; inits = []

def setup(ws, landscape=True):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.right.text = "やまぶき市 財政部 債権管理課"
    ws.oddFooter.center.text = "&P / &N"

def put(ws, r, c, v, border=FULL, wrap=False, h="center", bold=False):
    cell = ws.cell(r, c, v); cell.font = Font(name="IPAexGothic", size=10, bold=bold)
    cell.border = border; cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    return cell

# debt data: name, dept, cur(R6.9, R5.9, R5決算, 目標, 見込), arr(same), outstanding R5決算 千円, R6.9末 千円
D = [("国民健康保険税", "保険年金課", (48.7, 48.1, 94.2, 94.6, 94.5), (21.3, 19.8, 28.4, 30.0, 29.5), 512340, 455102,
      ["①資格喪失世帯に対し、喪失後3か月以内に納付案内を送付する。【継続】",
       "②財産調査の結果、預貯金等が判明した案件は11月末までに差押えを執行する。【拡充】",
       "③スマートフォン決済の周知チラシを納付書に同封する。【新規】"]),
     ("介護保険料", "介護保険課", (55.2, 55.6, 98.9, 99.0, 98.9), (12.4, 13.1, 20.5, 21.0, 20.0), 41877, 39410,
      ["①普通徴収の未納者に対し、年金天引き開始前の期間に電話催告を集中して行う。【継続】",
       "②2年の時効が近い案件を抽出し、給付制限の事前通知を送付する。【継続】"]),
     ("市営住宅使用料", "住宅課", (61.8, 60.2, 97.1, 97.5, 97.3), (8.8, 7.5, 14.9, 16.0, 15.2), 63215, 60822,
      ["①3か月以上滞納の入居者に連帯保証人への通知と面談を実施する。【継続】",
       "②退去者の滞納分は、所在調査のうえ支払督促の申立てを行う。【拡充】"])]

# ---- sheet 1: summary, one debt per row, segment x period groups, no % sign
ws = wb.active; ws.title = "総括"; setup(ws)
ws.cell(1, 1, TITLE).font = Font(name="IPAexGothic", size=14, bold=True)
ws.cell(2, 1, "令和6年12月　やまぶき市").font = F
ws.cell(4, 1, "1　主な債権の徴収率（上半期：9月末時点）").font = Font(name="IPAexGothic", size=11, bold=True)
ws.cell(4, 9, "（単位：％）").font = F
put(ws, 5, 1, "債権名"); ws.merge_cells(start_row=5, start_column=1, end_row=6, end_column=1)
put(ws, 5, 2, "所管課"); ws.merge_cells(start_row=5, start_column=2, end_row=6, end_column=2)
put(ws, 6, 1, None); put(ws, 6, 2, None)
for c0, lab in ((3, "現年度分"), (6, "滞繰分")):
    put(ws, 5, c0, lab); ws.merge_cells(start_row=5, start_column=c0, end_row=5, end_column=c0 + 2)
    for k, h in enumerate(["R6.9末", "R5.9末", "増減"]):
        put(ws, 6, c0 + k, h)
    put(ws, 5, c0 + 1, None); put(ws, 5, c0 + 2, None)
r = 7
for name, dept, cur, arr, *_ in D:
    put(ws, r, 1, name, h="left"); put(ws, r, 2, dept)
    for c0, seg, v in ((3, "current", cur), (6, "arrears", arr)):
        put(ws, r, c0, f"{v[0]:.1f}", h="right"); put(ws, r, c0 + 1, f"{v[1]:.1f}", h="right")
        d = round(v[0] - v[1], 1); put(ws, r, c0 + 2, ("△" if d < 0 else "") + f"{abs(d):.1f}", h="right")
        facts.append(fact(name, 2024, "R6.9末", seg, "collection_rate", "interim", v[0], "percent", f"{v[0]:.1f}", 1, as_of=AS))
        facts.append(fact(name, 2023, "R5.9末", seg, "collection_rate", "interim", v[1], "percent", f"{v[1]:.1f}", 1, as_of=PREV))
    r += 1
ws.cell(r, 1, "※増減は前年同期との差（ポイント）。△は減少。").font = F
r += 2
ws.cell(r, 1, "2　収入未済額の状況").font = Font(name="IPAexGothic", size=11, bold=True)
ws.cell(r, 9, "（単位：千円）").font = F
r += 1
for c, h in enumerate(["債権名", "R5決算", "R6.9末", "差"], 1):
    put(ws, r, c, h, border=HONLY)
r += 1
for name, dept, cur, arr, o5, o6, _ in D:
    put(ws, r, 1, name, border=HONLY, h="left"); put(ws, r, 2, f"{o5:,}", border=HONLY, h="right")
    put(ws, r, 3, f"{o6:,}", border=HONLY, h="right"); put(ws, r, 4, f"△{o5-o6:,}", border=HONLY, h="right")
    facts.append(fact(name, 2023, "R5決算", "total", "outstanding", "actual", o5 * 1000, "yen", f"{o5:,}", 1))
    facts.append(fact(name, 2024, "R6.9末", "total", "outstanding", "interim", o6 * 1000, "yen", f"{o6:,}", 1, as_of=AS))
    r += 1
ws.column_dimensions["A"].width = 22; ws.column_dimensions["B"].width = 14
for col in "CDEFGHI": ws.column_dimensions[col].width = 11

# ---- per-debt sheets
for pg, (name, dept, cur, arr, o5, o6, items) in enumerate(D, 2):
    ws = wb.create_sheet(name); setup(ws)
    ws.cell(1, 1, f"整理番号 {pg-1:02d}").font = F
    put(ws, 2, 1, "債権名", bold=True); put(ws, 2, 2, name); ws.merge_cells("B2:C2"); put(ws, 2, 3, None)
    put(ws, 2, 4, "所管課", bold=True); put(ws, 2, 5, dept); ws.merge_cells("E2:F2"); put(ws, 2, 6, None)
    ws.cell(4, 1, "■ 徴収率の進捗").font = Font(name="IPAexGothic", size=11, bold=True)
    # two side-by-side headings: 前年度 | 今年度
    put(ws, 5, 1, "区　分"); ws.merge_cells("A5:A6"); put(ws, 6, 1, None)
    put(ws, 5, 2, "前年度（令和5年度）"); ws.merge_cells("B5:C5"); put(ws, 5, 3, None)
    put(ws, 5, 4, "今年度（令和6年度）"); ws.merge_cells("D5:F5"); put(ws, 5, 5, None); put(ws, 5, 6, None)
    for k, h in enumerate(["9月末", "決算", "9月末", "目標", "決算見込"], 2):
        put(ws, 6, k, h)
    for rr, (lab, seg, v) in enumerate((("現年度分", "current", cur), ("過年度分", "arrears", arr)), 7):
        put(ws, rr, 1, lab)
        cols = [(v[1], 2023, "令和5年度", "interim", PREV), (v[2], 2023, "令和5年度", "actual", None),
                (v[0], 2024, "令和6年度", "interim", AS), (v[3], 2024, "令和6年度", "target", None),
                (v[4], 2024, "令和6年度", "estimate", None)]
        for k, (val, fy, fyr, basis, asof) in enumerate(cols, 2):
            put(ws, rr, k, f"{val:.1f}%", h="right")
            facts.append(fact(name, fy, fyr, seg, "collection_rate", basis, val, "percent", f"{val:.1f}%", pg, as_of=asof))
    ws.cell(10, 1, f"収入未済額（令和6年9月末）　{o6:,}千円").font = F
    facts.append(fact(name, 2024, "令和6年9月末", "total", "outstanding", "interim", o6 * 1000, "yen", f"{o6:,}千円", pg, as_of=AS))
    ws.cell(12, 1, "■ 下半期に向けた取組").font = Font(name="IPAexGothic", size=11, bold=True)
    put(ws, 13, 1, "\n".join(items), wrap=True, h="left"); ws.merge_cells("A13:F13")
    for c in range(2, 7): put(ws, 13, c, None)
    ws.row_dimensions[13].height = 22 * len(items) + 10
    for it in items:
        tag = it[it.index("【") + 1: it.index("】")]
        inits.append({"debt": name, "fiscal_year": 2024, "section": "下半期に向けた取組", "label": it[0],
                      "text": it[1:it.index("【")], "status": tag, "page": pg})
    ws.column_dimensions["A"].width = 16
    for col in "BCDEF": ws.column_dimensions[col].width = 16
p = OUT / f"{STEM}.xlsx"; wb.save(p)
pdf = soffice(p)
finish(STEM, pdf, {"kind": "progress_report", "municipality": "やまぶき市", "title": TITLE,
                   "date": "2024-12-01", "date_raw": "令和6年12月"}, facts, inits)
