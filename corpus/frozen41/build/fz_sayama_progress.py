"""fz_sayama_progress_1: 狭山市 令和５年度 債権管理の取組状況（中間報告・２月末） — openpyxl -> LibreOffice.

Run from corpus/frozen41:  python3 build/fz_sayama_progress.py
"""
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fz_common import Gold, WORK, PDF_DIR, rate  # noqa: E402

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break, ColBreak

STEM = "fz_sayama_progress_1"
TITLE = "令和５年度 債権管理の取組状況（中間報告）"
G = Gold(STEM, "progress_report", "狭山市", TITLE, "2024-03-15", "令和６年３月１５日", "chukan")
NOW, PREV = "2024-02-29", "2023-02-28"

FN = "IPAexGothic"
thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
SECT = PatternFill("solid", fgColor="F2F2F2")
SUB = PatternFill("solid", fgColor="FFF2CC")

wb = Workbook()


def setup(ws, landscape=False, scale=None, widths=None, fit=False):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    if fit:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 1
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    if scale:
        ws.page_setup.scale = scale
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.font = FN
    ws.sheet_view.showGridLines = False
    for col, w in (widths or {}).items():
        ws.column_dimensions[col].width = w


def put(ws, r, c, v, bold=False, size=9, fill=None, border=True, h=None, wrap=False, v_="center"):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name=FN, size=size, bold=bold)
    if fill:
        cell.fill = fill
    if border:
        cell.border = B
    if h is None:
        h = "right" if isinstance(v, str) and v[:1].isdigit() or (isinstance(v, str) and v[:1] in "▲△－") else "left"
    cell.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap)
    return cell


def merge(ws, r0, c0, r1, c1, v, **kw):
    put(ws, r0, c0, v, **kw)
    for rr in range(r0, r1 + 1):
        for cc in range(c0, c1 + 1):
            if (rr, cc) != (r0, c0) and kw.get("border", True):
                ws.cell(row=rr, column=cc).border = B
    ws.merge_cells(start_row=r0, start_column=c0, end_row=r1, end_column=c1)


# ---------------------------------------------------------------- data (千円): prev A, prev C, now A, now C, est A, est C, target rate, prev-year final rate
DEBTS = {
    "一般会計": [("市税", "市税", (23_184_560, 22_575_318, 23_402_170, 22_836_894, 23_455_000, 23_011_000, 98.10, 97.84)),
             ("保育所保育料", "保育料", (198_420, 186_911, 190_360, 179_836, 212_000, 207_800, 98.00, 97.62)),
             ("市営住宅使用料", "住宅使用料", (64_870, 58_156, 62_910, 56_745, 69_500, 65_000, 94.00, 93.48))],
    "特別会計": [("国民健康保険税", "国保税", (4_126_340, 3_273_720, 3_984_610, 3_182_125, 4_402_000, 3_980_500, 90.50, 90.12)),
             ("介護保険料", "介護保険料", (3_412_880, 3_161_540, 3_460_220, 3_210_740, 3_505_000, 3_461_300, 98.80, 98.71)),
             ("後期高齢者医療保険料", "後期高齢", (1_904_150, 1_792_520, 1_985_430, 1_871_215, 2_030_000, 2_017_400, 99.40, 99.36))],
}

# ================================================================= sheet 1 (pages 1-2)
ws = wb.active
ws.title = "総括"
setup(ws, scale=72, widths={"A": 20, "B": 12.5, "C": 12.5, "D": 8.5, "E": 12.5, "F": 12.5, "G": 8.5, "H": 8.5,
                              "I": 13, "J": 13, "K": 9, "L": 9, "M": 10})
ws.print_title_cols = "A:A"
G.page = 1
merge(ws, 1, 2, 1, 8, TITLE, bold=True, size=14, border=False, h="center")
merge(ws, 2, 2, 2, 8, "令和６年３月　狭山市 財務部 収税課", size=9, border=False, h="right")
# panels
TAX = DEBTS["一般会計"][0][2]
KOK = DEBTS["特別会計"][0][2]
t_now, t_prev = rate(TAX[3], TAX[2]), rate(TAX[1], TAX[0])
k_now, k_prev = rate(KOK[3], KOK[2]), rate(KOK[1], KOK[0])
TD = dict(debt="市税", debt_raw="市税")
KD = dict(debt="国民健康保険税", debt_raw="国保税")
u_tax = (TAX[2] - TAX[3]) * 1000
panels = [
    (2, 3, "市税　収納率（令和６年２月末）",
     G.fact(f"{t_now:.2f}％", t_now, "collection_rate", fy=2023, fy_raw="令和６年２月末", basis="interim", as_of=NOW, **TD),
     "前年同月比 ＋" + G.fact(f"{t_now - t_prev:.2f}ポイント", round(t_now - t_prev, 2), "difference", fy=2023,
                            fy_raw="令和６年２月末", basis="interim", as_of=NOW, unit="points", **TD)),
    (4, 6, "市税　収入未済額（令和６年２月末）",
     G.fact(f"{u_tax / 1e8:.1f}億円", int(round(u_tax / 1e7)) * 10**7, "outstanding", fy=2023, fy_raw="令和６年２月末",
            basis="interim", as_of=NOW, approx=False, **TD), "現年課税分と滞納繰越分の計"),
    (7, 8, "国保税　収納率（２月末）",
     G.fact(f"{k_now:.2f}％", k_now, "collection_rate", fy=2023, fy_raw="２月末", basis="interim", as_of=NOW, **KD),
     "前年同月比 ＋" + G.fact(f"{k_now - k_prev:.2f}ポイント", round(k_now - k_prev, 2), "difference", fy=2023,
                            fy_raw="２月末", basis="interim", as_of=NOW, unit="points", **KD)),
]
for c0, c1, lab, big, small in panels:
    merge(ws, 4, c0, 4, c1, lab, size=8.5, fill=HEAD, h="center")
    merge(ws, 5, c0, 5, c1, big, bold=True, size=16, h="center")
    merge(ws, 6, c0, 6, c1, small, size=8.5, h="center")
ws.row_dimensions[5].height = 30
put(ws, 8, 1, "表１　主要債権の収納状況（令和６年２月末現在・前年同月比較）", bold=True, size=10, border=False)
put(ws, 8, 8, "（単位：千円、％）", size=8, border=False, h="right")
put(ws, 8, 13, "（単位：千円、％）", size=8, border=False, h="right")
put(ws, 8, 9, "表１（続き）決算見込み", bold=True, size=10, border=False)
# header rows 9-10
merge(ws, 9, 1, 10, 1, "債権名", fill=HEAD, h="center", bold=True)
merge(ws, 9, 2, 9, 4, "前年度", fill=HEAD, h="center", bold=True)
merge(ws, 9, 5, 9, 7, "本年度", fill=HEAD, h="center", bold=True)
merge(ws, 9, 8, 10, 8, "差\n（ポイント）", fill=HEAD, h="center", bold=True, wrap=True)
merge(ws, 9, 9, 9, 11, "本年度 決算見込", fill=HEAD, h="center", bold=True)
merge(ws, 9, 12, 10, 12, "目標\n収納率", fill=HEAD, h="center", bold=True, wrap=True)
merge(ws, 9, 13, 10, 13, "前年度決算\n収納率", fill=HEAD, h="center", bold=True, wrap=True)
for c, t in zip([2, 3, 4, 5, 6, 7, 9, 10, 11], ["調定額", "収入済額", "収納率"] * 3):
    put(ws, 10, c, t, fill=HEAD, h="center", bold=True)
ws.row_dimensions[10].height = 26
ws.print_title_rows = "9:10"
r = 11
P2 = 2  # right-hand columns are printed on page 2
gtot = [0] * 6


def fact_row(r, label, canon, raw, vals, fill=None, bold=False):
    pa, pc, na, nc, ea, ec = vals[:6]
    prr, nrr, err = rate(pc, pa), rate(nc, na), rate(ec, ea)
    d = round(nrr - prr, 2)
    kp = dict(debt=canon, debt_raw=raw, fy=2022, fy_raw="前年度", basis="interim", as_of=PREV, page=1)
    kn = dict(debt=canon, debt_raw=raw, fy=2023, fy_raw="本年度", basis="interim", as_of=NOW, page=1)
    ke = dict(debt=canon, debt_raw=raw, fy=2023, fy_raw="本年度", basis="estimate", page=P2)
    cells = [label,
             G.fact(f"{pa:,}", pa * 1000, "assessed", **kp), G.fact(f"{pc:,}", pc * 1000, "collected", **kp),
             G.fact(f"{prr:.2f}", prr, "collection_rate", **kp),
             G.fact(f"{na:,}", na * 1000, "assessed", **kn), G.fact(f"{nc:,}", nc * 1000, "collected", **kn),
             G.fact(f"{nrr:.2f}", nrr, "collection_rate", **kn),
             G.fact(f"▲{-d:.2f}" if d < 0 else f"{d:.2f}", d, "difference", unit="points", **kn),
             G.fact(f"{ea:,}", ea * 1000, "assessed", **ke), G.fact(f"{ec:,}", ec * 1000, "collected", **ke),
             G.fact(f"{err:.2f}", err, "collection_rate", **ke)]
    if len(vals) > 6:
        cells.append(G.fact(f"{vals[6]:.2f}", vals[6], "collection_rate", debt=canon, debt_raw=raw, fy=2023,
                            fy_raw="本年度", basis="target", page=P2))
        cells.append(G.fact(f"{vals[7]:.2f}", vals[7], "collection_rate", debt=canon, debt_raw=raw, fy=2022,
                            fy_raw="前年度決算", basis="actual", page=P2))
    else:
        cells += ["－", "－"]
    for c, v in enumerate(cells, 1):
        put(ws, r, c, v, fill=fill, bold=bold)


for sect, debts in DEBTS.items():
    merge(ws, r, 1, r, 8, f"【{sect}】", fill=SECT, bold=True)
    merge(ws, r, 9, r, 13, "", fill=SECT)
    r += 1
    sub = [0] * 6
    for canon, raw, vals in debts:
        fact_row(r, "　" + raw, canon, raw, vals)
        sub = [a + b for a, b in zip(sub, vals[:6])]
        r += 1
    fact_row(r, "　小計", None, "小計", sub, fill=SUB, bold=True)
    gtot = [a + b for a, b in zip(gtot, sub)]
    r += 1
fact_row(r, "合計", None, "合計", gtot, fill=HEAD, bold=True)
r += 1
put(ws, r, 1, "（注）保育料＝保育所保育料、住宅使用料＝市営住宅使用料、国保税＝国民健康保険税、後期高齢＝後期高齢者医療保険料。", size=8, border=False)
r += 1
put(ws, r, 1, "　　　各債権とも現年度分と滞納繰越分の計。差は本年度収納率－前年度収納率（▲は低下）。", size=8, border=False)
r += 1
put(ws, r, 1, "※ 市税の本年度調定額のうち滞納繰越分　"
    + G.fact("612,480千円", 612_480_000, "assessed", fy=2023, fy_raw="本年度", seg="arrears", basis="interim",
             as_of=NOW, page=1, **TD), size=8, border=False)
ws.col_breaks.append(Break(id=8))

# ================================================================= sheet 2 (page 3): monthly table
ws2 = wb.create_sheet("月別")
setup(ws2, fit=True, widths={"A": 11, "B": 14, "C": 14, "D": 10, "E": 12, "F": 12})
G.page = 3
merge(ws2, 1, 1, 1, 6, "表２　市税（現年課税分）月別収納状況（累計）", bold=True, size=12, border=False)
put(ws2, 2, 6, "（単位：％、人、件）", size=8, border=False, h="right")
hdr = ["月末", "本年度（R5）\n収納率", "前年度（R4）\n収納率", "差", "滞納者数\n（本年度）", "差押件数\n（本年度累計）"]
for c, t in enumerate(hdr, 1):
    put(ws2, 3, c, t, fill=HEAD, h="center", bold=True, wrap=True)
ws2.row_dimensions[3].height = 30
months = [(4, 30), (5, 31), (6, 30), (7, 31), (8, 31), (9, 30), (10, 31), (11, 30), (12, 31), (1, 31), (2, None)]
now_r = [8.12, 17.45, 26.38, 35.02, 43.86, 52.41, 61.27, 69.85, 78.63, 87.10, 92.74]
prev_r = [8.05, 17.31, 26.12, 34.88, 43.70, 52.36, 61.02, 69.71, 78.40, 86.85, 92.58]
dlq = [None, None, 4_812, None, None, 4_655, None, None, 4_431, None, 4_298]
seiz = [42, 95, 160, 231, 298, 372, 441, 509, 580, 652, 718]
CT = dict(debt="市税", debt_raw="市税", seg="current")
for i, (m, last) in enumerate(months):
    y_now = 2023 if m >= 4 else 2024
    y_prev = y_now - 1
    d_now = f"{y_now}-{m:02d}-{(last or 29):02d}"
    d_prev = f"{y_prev}-{m:02d}-{(last or 28):02d}"
    lab = f"{m}月末"
    rr = 4 + i
    put(ws2, rr, 1, lab, h="center")
    put(ws2, rr, 2, G.fact(f"{now_r[i]:.2f}", now_r[i], "collection_rate", fy=2023, fy_raw="本年度（R5）", basis="interim",
                           as_of=d_now, **CT))
    put(ws2, rr, 3, G.fact(f"{prev_r[i]:.2f}", prev_r[i], "collection_rate", fy=2022, fy_raw="前年度（R4）",
                           basis="interim", as_of=d_prev, **CT))
    d = round(now_r[i] - prev_r[i], 2)
    put(ws2, rr, 4, G.fact(f"▲{-d:.2f}" if d < 0 else f"{d:.2f}", d, "difference", fy=2023, fy_raw="本年度（R5）",
                           basis="interim", as_of=d_now, unit="points", **CT))
    put(ws2, rr, 5, G.fact(f"{dlq[i]:,}", dlq[i], "delinquents", fy=2023, fy_raw="本年度（R5）", basis="interim",
                           as_of=d_now, unit="persons", **CT) if dlq[i] else "－")
    put(ws2, rr, 6, G.fact(f"{seiz[i]:,}", seiz[i], "seizures", fy=2023, fy_raw="本年度（R5）", basis="interim",
                           as_of=d_now, unit="cases", **CT))
    if i % 2:
        for c in range(1, 7):
            ws2.cell(row=rr, column=c).fill = SECT
rr = 4 + len(months) + 1
notes = ["※１　収納率＝収入済額÷調定額×１００。各月末時点の累計。",
         "※２　滞納者数は四半期末のみ集計。令和６年２月末は２月２９日現在。",
         "※３　年度末（３月末）の現年課税分収納率は "
         + G.fact("99.32％", 99.32, "collection_rate", fy=2023, fy_raw="年度末", basis="estimate", **CT)
         + " を見込む（前年度決算 " + G.fact("99.28％", 99.28, "collection_rate", fy=2022, fy_raw="前年度決算", **CT) + "）。"]
for n in notes:
    put(ws2, rr, 1, n, size=8.5, border=False)
    rr += 1

# ================================================================= sheet 3 (page 4): long-format history
ws3 = wb.create_sheet("推移")
setup(ws3, fit=True, widths={"A": 16, "B": 11, "C": 10, "D": 14, "E": 14, "F": 14, "G": 12, "H": 10})
G.page = 4
merge(ws3, 1, 1, 1, 8, "表３　決算の推移（債権別・年度別）", bold=True, size=12, border=False)
put(ws3, 2, 8, "（単位：千円、％）", size=8, border=False, h="right")
hdr = ["債権名", "年度", "収納率", "調定額", "収入済額", "収入未済額", "増減額", "増減率"]
for c, t in enumerate(hdr, 1):
    put(ws3, 3, c, t, fill=HEAD, h="center", bold=True)
HIST = [("市税", "市税", [(2019, "令和元年度", 23_512_400, 97.02, 112_350), (2020, "R2", 23_048_900, 97.11, 98_410),
                          (2021, "令和３年度", 23_296_300, 97.45, 90_220), (2022, "2022年度", 23_405_800, 97.84, 84_530)]),
        ("国民健康保険税", "国民健康保険税", [(2019, "令和元年度", 4_712_600, 87.64, 71_240), (2020, "R2", 4_598_300, 88.41, 65_880),
                                      (2021, "令和３年度", 4_486_900, 89.37, 58_310), (2022, "2022年度", 4_395_700, 90.12, 52_460)])]
rr = 4
for canon, raw, years in HIST:
    prev_u = None
    rates = []
    for fy, fyr, a, rt, w in years:
        c = int(round(a * rt / 100))
        rt_ = rate(c, a)
        u = a - c - w
        kw = dict(debt=canon, debt_raw=raw, fy=fy, fy_raw=fyr)
        put(ws3, rr, 1, raw)
        put(ws3, rr, 2, fyr, h="center")
        put(ws3, rr, 3, G.fact(f"{rt_:.2f}", rt_, "collection_rate", **kw))
        put(ws3, rr, 4, G.fact(f"{a:,}", a * 1000, "assessed", **kw))
        put(ws3, rr, 5, G.fact(f"{c:,}", c * 1000, "collected", **kw))
        put(ws3, rr, 6, G.fact(f"{u:,}", u * 1000, "outstanding", **kw))
        if prev_u is None:
            put(ws3, rr, 7, "－", h="right"); put(ws3, rr, 8, "－", h="right")
        else:
            du = u - prev_u
            pr = round(du / prev_u * 100, 1)
            put(ws3, rr, 7, G.fact(f"▲{-du:,}" if du < 0 else f"{du:,}", du * 1000, "difference", **kw))
            put(ws3, rr, 8, G.fact(f"▲{-pr:.1f}" if pr < 0 else f"{pr:.1f}", pr, "change_rate", unit="percent", **kw))
        prev_u = u
        rates.append(rt_)
        rr += 1
    avg = round(sum(rates) / len(rates), 2)
    put(ws3, rr, 1, raw, fill=SECT)
    put(ws3, rr, 2, "４年平均", h="center", fill=SECT)
    put(ws3, rr, 3, G.fact(f"{avg:.2f}", avg, "average_collection_rate", debt=canon, debt_raw=raw, fy=None,
                           fy_raw="４年平均", unit="percent"), fill=SECT)
    for c in range(4, 9):
        put(ws3, rr, c, "", fill=SECT)
    rr += 1
put(ws3, rr, 1, "※ 収入未済額＝調定額－収入済額－不納欠損額。増減額・増減率は収入未済額の対前年度比較（▲は減少）。", size=8, border=False)
rr += 1
put(ws3, rr, 1, "※ 年度は決算年度。令和元年度は平成31年度を含む。", size=8, border=False)

# ================================================================= sheet 4 (page 5): 取組状況
ws4 = wb.create_sheet("取組状況")
setup(ws4, fit=True, widths={"A": 13, "B": 62, "C": 24})
G.page = 5
merge(ws4, 1, 1, 1, 3, "表４　債権別の取組状況（令和６年２月末現在）", bold=True, size=12, border=False)
for c, t in enumerate(["債権名", "上半期（４月～９月）の実施状況と下半期の対応", "年度末の見込み"], 1):
    put(ws4, 2, c, t, fill=HEAD, h="center", bold=True)
ROWS4 = [
    ("市税", "市税", [("①", "納期限後２０日以内の督促状発送と、翌月の文書催告を徹底した。", "継続"),
                     ("②", "高額滞納案件は埼玉県との共同徴収により捜索・差押えを実施した。", "拡充"),
                     ("③", "スマートフォン決済アプリによる納付を全税目に広げた。", "新規")],
     "現年課税分の収納率は前年度を上回る見込み。"),
    ("国民健康保険税", "国民健康保険税", [("(1)", "資格取得時に口座振替の申込みを窓口で受け付けた。", "継続"),
                                  ("(2)", "滞納世帯への納税相談を夜間・休日にも実施した。", "継続"),
                                  ("(3)", "財産調査の電子照会を導入し、調査期間を短縮した。", "新規")],
     "調定額の減少が続くが、収納率は０．５ポイント程度の改善を見込む。"),
    ("保育料", "保育所保育料", [("ア", "退所予定者について、退所前の納付相談を行った。", "継続"),
                             ("イ", "児童手当からの徴収の同意を入所時に取得した。", "拡充")],
     "前年度並みを見込む。"),
    ("住宅使用料", "市営住宅使用料", [("ア", "滞納３か月以上の入居者に連帯保証人と連名の催告書を送付した。", "継続"),
                                 ("イ", "長期滞納の退去者２件について支払督促を申し立てた。", "拡充")],
     "目標収納率の達成は困難な見込み。"),
]
rr = 3
for raw, canon, items, outlook in ROWS4:
    txt = ""
    for lab, t, stt in items:
        G.init(t, debt=canon, debt_raw=raw, fy=2023, section="上半期（４月～９月）の実施状況と下半期の対応", label=lab, status=stt)
        if stt == "新規":
            txt += f"{lab}{t}\n【{stt}】\n"  # tag alone on the next line
        else:
            txt += f"{lab}{t}【{stt}】\n"
    put(ws4, rr, 1, raw, v_="top")
    put(ws4, rr, 2, txt.strip(), wrap=True, v_="top", h="left")
    put(ws4, rr, 3, outlook, wrap=True, v_="top", h="left")
    ws4.row_dimensions[rr].height = 13 * (len(items) + 1 + (1 if any(s == "新規" for _, _, s in items) else 0)) + 4
    rr += 1
put(ws4, rr, 1, "※ 【継続】前年度からの継続、【拡充】内容を拡充、【新規】本年度からの新たな取組", size=8, border=False)

xp = WORK / f"{STEM}.xlsx"
wb.save(xp)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(xp)],
               check=True, capture_output=True)
pdf = PDF_DIR / f"{STEM}.pdf"
pdf.write_bytes((WORK / f"{STEM}.pdf").read_bytes())
G.write(pdf)
