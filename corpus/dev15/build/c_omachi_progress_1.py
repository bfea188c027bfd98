"""大町市 令和5年度 債権管理の取組状況（中間報告）: openpyxl -> LibreOffice (landscape workbook)."""
from __future__ import annotations

import random
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break

sys.path.insert(0, str(Path(__file__).parent))
from c_common import OUT, ROOT, Gold, rate, to_pdf, write_gold  # noqa: E402

STEM = "c_omachi_progress_1"
MUNI = "大町市"
AS_OF, AS_OF_PREV = "2024-02-29", "2023-02-28"
FY, FY_PREV = 2023, 2022

# debt, 所管課, cur assessed (千円), feb cur rate, arr assessed, feb arr rate, prev deltas, R4 final rates
BASE = [
    ("市税", "税務課", 3_412_600, 0.8874, 61_300, 0.1912),
    ("国民健康保険税", "税務課", 812_400, 0.8291, 118_700, 0.1463),
    ("介護保険料", "福祉課", 701_900, 0.9186, 14_800, 0.1525),
    ("後期高齢者医療保険料", "市民課", 298_300, 0.9312, 2_640, 0.2804),
    ("保育料", "子ども支援課", 61_200, 0.9047, 5_130, 0.1388),
    ("市営住宅使用料", "建設課", 121_800, 0.9105, 18_900, 0.0917),
]
rnd = random.Random(2024)
D = {}
for name, ka, ac, rc, aa, ra in BASE:
    c_c = round(ac * rc)
    c_a = round(aa * ra)
    prev_c = round(rc * 100 - rnd.uniform(-0.6, 0.9), 2)
    prev_a = round(ra * 100 - rnd.uniform(-1.5, 2.0), 2)
    fin_c = {"市税": 98.94, "国民健康保険税": 95.62, "介護保険料": 99.31, "後期高齢者医療保険料": 99.64,
             "保育料": 98.83, "市営住宅使用料": 97.86}[name]
    fin_a = round(ra * 100 + 6 + rnd.uniform(0, 3), 2)
    D[name] = dict(ka=ka, a_c=ac, c_c=c_c, a_a=aa, c_a=c_a, r_c=rate(c_c, ac), r_a=rate(c_a, aa),
                   a=ac + aa, c=c_c + c_a, r=rate(c_c + c_a, ac + aa), prev_c=prev_c, prev_a=prev_a,
                   fin_c=fin_c, fin_a=fin_a, tgt_c=round(min(99.95, fin_c + 0.15), 2), tgt_a=round(fin_a + 1.5, 1))
TA = {k: sum(D[n][k] for n in D) for k in ("a_c", "c_c", "a_a", "c_a", "a", "c")}
TA["r_c"], TA["r_a"], TA["r"] = rate(TA["c_c"], TA["a_c"]), rate(TA["c_a"], TA["a_a"]), rate(TA["c"], TA["a"])

g = Gold()
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
F = "IPAexGothic"


def font(size=10, bold=False):
    return Font(name=F, size=size, bold=bold)


def n(k):
    return f"{k:,}"


def pt(x):
    return f"△{abs(x):.2f}" if x < 0 else f"{x:.2f}"


def setup(ws, title):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.7
    ws.oddHeader.right.text = "令和５年度 債権管理の取組状況（中間報告）"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "&P / &N"
    ws.oddFooter.center.size = 9
    ws.title = title


def put(ws, r, c, v, size=10, bold=False, border=True, h="center", wrap=True):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if border:
        cell.border = BOX
    return cell


wb = Workbook()
# ---------------- sheet 1 ----------------
ws = wb.active
setup(ws, "収納状況")
widths = [12, 16] + [15] * 6 + [15]
for i, w in enumerate(widths):
    ws.column_dimensions[chr(65 + i)].width = w
put(ws, 1, 1, "令和５年度　債権管理の取組状況（中間報告）", 16, True, False, "left", False)
put(ws, 2, 1, "令和６年３月　大町市債権管理対策会議（事務局：総務部税務課）", 10, False, False, "left", False)
put(ws, 4, 1, "１　主要債権の収納状況（令和６年２月末現在）", 12, True, False, "left", False)
put(ws, 5, 9, "単位：千円、％", 9, False, False, "right", False)
hdr = ["区分", "項目"] + [b[0] for b in BASE] + ["合計"]
for j, v in enumerate(hdr):
    put(ws, 6, j + 1, v, 10, True)
ws.row_dimensions[6].height = 30
row = 7
fyraw = "令和６年２月末"


def kw(name, seg, basis="interim", prev=False):
    return dict(debt=name if name else None, debt_raw=name if name else "合計", fy=FY_PREV if prev else FY,
                fy_raw="前年同月" if prev else fyraw, segment=seg, basis=basis,
                as_of=AS_OF_PREV if prev else AS_OF)


for seg, segname, ka, kc, kr, kp in (("current", "現年度分", "a_c", "c_c", "r_c", "prev_c"),
                                     ("arrears", "滞納繰越分", "a_a", "c_a", "r_a", "prev_a")):
    ws.merge_cells(start_row=row, start_column=1, end_row=row + 4, end_column=1)
    put(ws, row, 1, segname, 10, True)
    for k in range(5):
        ws.cell(row=row + k, column=1).border = BOX
    labels = ["調定額", "収入済額", "収納率", "前年同月収納率", "差（ポイント）"]
    for k, lab in enumerate(labels):
        put(ws, row + k, 2, lab, 10)
    for k, (key, met) in enumerate(((ka, "assessed"), (kc, "collected"), (kr, "collection_rate"), (kp, "prev"), (None, "diff"))):
        for j, (name, *_) in enumerate(BASE):
            v = D[name]
            col = 3 + j
            if met in ("assessed", "collected"):
                txt = g.fact(n(v[key]), metric=met, value=v[key] * 1000, unit="yen", **kw(name, seg))
            elif met == "collection_rate":
                txt = g.fact(f"{v[key]}", metric=met, value=float(v[key]), unit="percent", **kw(name, seg))
            elif met == "prev":
                txt = g.fact(f"{v[key]:.2f}", metric="collection_rate", value=v[key], unit="percent", **kw(name, seg, prev=True))
            else:
                txt = pt(float(v[kr]) - v[kp])
            put(ws, row + k, col, txt, h="right")
        colT = 3 + len(BASE)
        if met in ("assessed", "collected"):
            put(ws, row + k, colT, g.fact(n(TA[key]), metric=met, value=TA[key] * 1000, unit="yen", **kw(None, seg)), h="right")
        elif met == "collection_rate":
            put(ws, row + k, colT, g.fact(f"{TA[key]}", metric=met, value=float(TA[key]), unit="percent", **kw(None, seg)), h="right")
        else:
            put(ws, row + k, colT, "－", h="right")
    row += 5
ws.merge_cells(start_row=row, start_column=1, end_row=row + 2, end_column=1)
put(ws, row, 1, "計", 10, True)
for k in range(3):
    ws.cell(row=row + k, column=1).border = BOX
for k, lab in enumerate(["調定額", "収入済額", "収納率"]):
    put(ws, row + k, 2, lab)
for k, (key, met) in enumerate((("a", "assessed"), ("c", "collected"), ("r", "collection_rate"))):
    for j, name in enumerate(list(D) + [None]):
        v = D[name] if name else TA
        txt = g.fact(n(v[key]) if met != "collection_rate" else f"{v[key]}", metric=met,
                     value=v[key] * 1000 if met != "collection_rate" else float(v[key]),
                     unit="yen" if met != "collection_rate" else "percent", **kw(name, "total"))
        put(ws, row + k, 3 + j, txt, h="right")
row += 4
put(ws, row, 1, "※収納率＝収入済額÷調定額×100。前年同月収納率は令和５年２月末現在の数値です。", 9, False, False, "left", False)
row += 2

put(ws, row, 1, "２　令和４年度決算と令和５年度目標", 12, True, False, "left", False)
row += 1
put(ws, row, 9, "単位：％", 9, False, False, "right", False)
row += 1
ws.merge_cells(start_row=row, start_column=1, end_row=row + 1, end_column=2)
put(ws, row, 1, "債権名", 10, True)
ws.cell(row=row + 1, column=1).border = BOX; ws.cell(row=row, column=2).border = BOX; ws.cell(row=row + 1, column=2).border = BOX
ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=5)
put(ws, row, 3, "令和４年度決算", 10, True)
ws.merge_cells(start_row=row, start_column=6, end_row=row, end_column=8)
put(ws, row, 6, "令和５年度目標", 10, True)
for c in (4, 5, 7, 8):
    ws.cell(row=row, column=c).border = BOX
for j, lab in enumerate(["現年度分", "滞納繰越分", "備考", "現年度分", "滞納繰越分", "備考"]):
    put(ws, row + 1, 3 + j, lab, 10, True)
row += 2
for name in D:
    v = D[name]
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    put(ws, row, 1, name, h="left"); ws.cell(row=row, column=2).border = BOX
    k4 = dict(debt=name, fy=2022, fy_raw="令和４年度", as_of=None)
    k5 = dict(debt=name, fy=2023, fy_raw="令和５年度", as_of=None)
    put(ws, row, 3, g.fact(f"{v['fin_c']:.2f}%", segment="current", metric="collection_rate", basis="actual", value=v["fin_c"], unit="percent", **k4), h="right")
    put(ws, row, 4, g.fact(f"{v['fin_a']:.2f}%", segment="arrears", metric="collection_rate", basis="actual", value=v["fin_a"], unit="percent", **k4), h="right")
    put(ws, row, 5, "")
    put(ws, row, 6, g.fact(f"{v['tgt_c']:.2f}%", segment="current", metric="collection_rate", basis="target", value=v["tgt_c"], unit="percent", **k5), h="right")
    put(ws, row, 7, g.fact(f"{v['tgt_a']:.1f}%", segment="arrears", metric="collection_rate", basis="target", value=v["tgt_a"], unit="percent", **k5), h="right")
    put(ws, row, 8, "過去最高" if name == "後期高齢者医療保険料" else "")
    row += 1
ws.print_area = f"A1:I{row}"

# ---------------- sheet 2 ----------------
ws2 = wb.create_sheet()
setup(ws2, "債権別")
for i, w in enumerate([14, 30, 14, 30, 14, 30]):
    ws2.column_dimensions[chr(65 + i)].width = w
put(ws2, 1, 1, "３　債権別の状況と取組", 12, True, False, "left", False)
MEAS = {
    "市税": [("ア", "年末調整時期に合わせて事業所訪問を行い、特別徴収の徹底と未納分の納付を指導した。", "継続"),
             ("イ", "滞納繰越分の高額案件について、長野県地方税滞納整理機構へ１８件を移管した。", "継続"),
             ("ウ", "令和５年４月からスマートフォン決済アプリによる納付を開始した。", "新規")],
    "国民健康保険税": [("ア", "納期限後の早い段階で電話催告を行うため、会計年度任用職員による催告体制を整えた。", "拡充"),
                 ("イ", "所得の申告がない世帯に申告を勧奨し、軽減措置の適用漏れを防いだ。", "継続")],
    "市営住宅使用料": [("ア", "３か月以上滞納している入居者と面談し、分納誓約を取り交わした。", "継続"),
                 ("イ", "退去者の滞納分について、弁護士に回収を委託した。", "新規"),
                 ("ウ", "入居時の口座振替手続を原則とした。", "拡充")],
}
row = 3
for name in ("市税", "国民健康保険税", "市営住宅使用料"):
    v = D[name]
    for j, val in enumerate(["債権名", name, "所管課", v["ka"]]):
        put(ws2, row, 1 + j, val, 10, j % 2 == 0, h="center" if j % 2 == 0 else "left")
    row += 1
    put(ws2, row, 1, "【収納率】令和６年２月末時点", 10, True, False, "left", False)
    row += 1
    kc = dict(debt=name, fy=FY, fy_raw="令和６年２月末時点", basis="interim", as_of=AS_OF, metric="collection_rate", unit="percent")
    kp = dict(debt=name, fy=FY_PREV, fy_raw="前年同月", basis="interim", as_of=AS_OF_PREV, metric="collection_rate", unit="percent")
    r1 = g.fact(f"{v['r_c']}％", segment="current", value=float(v["r_c"]), **kc)
    r1p = g.fact(f"{v['prev_c']:.2f}％", segment="current", value=v["prev_c"], **kp)
    put(ws2, row, 1, f"　・現年分　{r1}（前年同月 {r1p}）", 10, False, False, "left", False); row += 1
    r2 = g.fact(f"{v['r_a']}％", segment="arrears", value=float(v["r_a"]), **kc)
    r2p = g.fact(f"{v['prev_a']:.2f}％", segment="arrears", value=v["prev_a"], **kp)
    put(ws2, row, 1, f"　・滞納繰越分　{r2}（前年同月 {r2p}）", 10, False, False, "left", False); row += 1
    o_a = v["a_a"] - v["c_a"]
    man = round(o_a / 10)
    raw = f"約{man:,}万円"
    g.fact(raw, debt=name, fy=FY, fy_raw="２月末", segment="arrears", metric="outstanding", basis="interim",
           as_of=AS_OF, value=man * 10000, unit="yen", approx=True)
    put(ws2, row, 1, f"　・滞納繰越分の未済額は{raw}（２月末）で、年度末までに目標収納率の達成を目指す。", 10, False, False, "left", False)
    row += 2
    put(ws2, row, 1, "今年度の実施内容", 10, True, False, "left", False)
    row += 1
    for lab, txt, tag in MEAS[name]:
        g.init(txt, debt=name, fy=FY, section="今年度の実施内容", label=lab, status=tag)
        ws2.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        put(ws2, row, 1, f"{lab}　{txt}\n【{tag}】", 10, False, True, "left")
        for c in range(2, 7):
            ws2.cell(row=row, column=c).border = BOX
        ws2.row_dimensions[row].height = 30
        row += 1
    row += 2
    if name == "国民健康保険税":
        ws2.row_breaks.append(Break(id=row - 1))

# 参考 box
put(ws2, row, 1, "４　その他", 12, True, False, "left", False)
row += 1
ot = sum(D[n]["a"] for n in D)  # not printed; box values are 令和４年度決算 (invented, consistent within box)
o4, w4 = 236_480, 12_840  # 千円
lines = ["【参考】令和４年度決算（対象６債権の合計）",
         f"　・収入未済額：{g.fact('約2億3,600万円', debt=None, fy=2022, fy_raw='令和４年度決算', segment='total', metric='outstanding', basis='actual', value=236_000_000, unit='yen', approx=True)}",
         f"　・不納欠損額：{g.fact('約1,280万円', debt=None, fy=2022, fy_raw='令和４年度決算', segment='total', metric='written_off', basis='actual', value=12_800_000, unit='yen', approx=True)}",
         "　・差押件数：４１２件（うち預貯金３０６件）",
         "　・長野県地方税滞納整理機構への移管：２１件"]
ws2.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
put(ws2, row, 1, "\n".join(lines), 10, False, True, "left")
for c in range(2, 7):
    ws2.cell(row=row, column=c).border = BOX
ws2.row_dimensions[row].height = 95
ws2.print_area = f"A1:F{row}"

OUT.mkdir(parents=True, exist_ok=True)
src = OUT / f"{STEM}.xlsx"
wb.save(src)
to_pdf(src, ROOT / "pdf" / f"{STEM}.pdf", "c_omachi")
write_gold(STEM, g, {"kind": "progress_report", "municipality": MUNI,
                     "title": "令和５年度　債権管理の取組状況（中間報告）", "date": "2024-03-01", "date_raw": "令和６年３月"})
