"""qm_koganei_committee_1: 債権管理対策会議 資料 with 取組個票 (openpyxl -> LibreOffice)."""
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qm_lib import Gold, PDF_DIR, WORK, comma, era, rate  # noqa: E402

from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402

STEM = "qm_koganei_committee_1"
G = Gold(STEM, "committee_material", "kobetsu", "小金井市", "令和7年度第1回小金井市債権管理対策会議 資料",
         "2025-07-15", "令和7年7月15日")

random.seed(4817)
# (会計, canonical debt, short name, 所管課, 区分, cur assessed 2024 千円, cur rate, arr assessed, arr rate, write-off)
DEBTS = [
    ("一般会計", "市税", "市税", "納税課", "強制徴収公債権", 20345678, 99.21, 412345, 31.62, 45678),
    ("一般会計", "保育所保育料", "保育料", "保育課", "強制徴収公債権", 312456, 99.02, 18765, 24.51, 1234),
    ("一般会計", "市営住宅使用料", "住宅使用料", "まちづくり推進課", "私債権", 98765, 97.83, 23456, 12.34, 2345),
    ("一般会計", "生活保護費返還金", "生保返還金", "生活福祉課", "非強制徴収公債権", 45678, 62.48, 187654, 4.21, 8765),
    ("国民健康保険事業特別会計", "国民健康保険税", "国保税", "保険年金課", "強制徴収公債権", 2987654, 94.77, 612345, 28.66, 54321),
    ("介護保険特別会計", "介護保険料", "介護料", "介護福祉課", "強制徴収公債権", 3123456, 99.28, 78901, 21.37, 19876),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢", "保険年金課", "強制徴収公債権", 1876543, 99.61, 23456, 38.92, 3210),
]
YEARS = [2020, 2021, 2022, 2023, 2024]

# data[debt][fy] = dict(ca, cc, aa, ac, wo)  (千円)
DATA = {}
for acct, debt, short, ka, kubun, ca, cr, aa, ar, wo in DEBTS:
    DATA[debt] = {}
    for k, fy in enumerate(reversed(YEARS)):
        f = 1 - 0.013 * k + random.uniform(-0.004, 0.004)
        a1 = int(ca * f) + random.randint(-999, 999)
        r1 = cr - 0.11 * k + random.uniform(-0.06, 0.06)
        a2 = int(aa * (1 + 0.045 * k)) + random.randint(-99, 99)
        r2 = ar - 0.6 * k + random.uniform(-0.3, 0.3)
        w = int(wo * (1 + 0.05 * k)) + random.randint(-50, 50)
        DATA[debt][fy] = dict(ca=a1, cc=int(a1 * r1 / 100), aa=a2, ac=int(a2 * r2 / 100), wo=w)


def vals(debt, fy):
    d = DATA[debt][fy]
    out = dict(d)
    out["ta"] = d["ca"] + d["aa"]
    out["tc"] = d["cc"] + d["ac"]
    out["cr"] = rate(d["cc"], d["ca"])
    out["ar"] = rate(d["ac"], d["aa"])
    out["tr"] = rate(out["tc"], out["ta"])
    out["out"] = out["ta"] - out["tc"] - d["wo"]
    return out


thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HFILL = PatternFill("solid", fgColor="D9E1F2")
ZFILL = PatternFill("solid", fgColor="EEF3F8")
F = "IPAexGothic"


def setup(ws, landscape=False):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.right.text = "令和7年度 第1回小金井市債権管理対策会議"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5


def put(ws, r, c, v, bold=False, fill=None, border=True, align="center", size=9, wrap=True, valign="center",
        rot=0):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name=F, bold=bold, size=size)
    cell.alignment = Alignment(horizontal=align, vertical=valign, wrap_text=wrap, text_rotation=rot)
    if border:
        cell.border = BOX
    if fill:
        cell.fill = fill
    return cell


def merge(ws, r1, c1, r2, c2, v, **kw):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            put(ws, r, c, None, **{k: x for k, x in kw.items() if k in ("border", "fill")})
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    return put(ws, r1, c1, v, **kw)


wb = Workbook()
# ---------------------------------------------------------------- page 1: summary
ws = wb.active
ws.title = "資料1"
setup(ws, landscape=True)
ws.column_dimensions["A"].width = 16
ws.column_dimensions["B"].width = 11
ws.column_dimensions["C"].width = 15
for col in "DEFGHIJKL":
    ws.column_dimensions[col].width = 12.5
put(ws, 1, 1, "令和7年度第1回小金井市債権管理対策会議 資料", bold=True, border=False, align="left", size=14, wrap=False)
put(ws, 2, 1, "令和7年7月15日　財務部納税課（事務局）", border=False, align="left", size=9, wrap=False)
put(ws, 4, 1, "資料１　令和6年度 債権別収納状況（決算）", bold=True, border=False, align="left", size=11, wrap=False)
put(ws, 5, 12, "（単位：千円、％）", border=False, align="right", size=9, wrap=False)
merge(ws, 6, 1, 7, 1, "会計", bold=True, fill=HFILL)
merge(ws, 6, 2, 7, 2, "債権", bold=True, fill=HFILL)
merge(ws, 6, 3, 7, 3, "所管課", bold=True, fill=HFILL)
for j, seg in enumerate(["現年度分", "滞納繰越分", "計"]):
    merge(ws, 6, 4 + 3 * j, 6, 6 + 3 * j, seg, bold=True, fill=HFILL)
    for k, h in enumerate(["調定額", "収入済額", "収納率"]):
        put(ws, 7, 4 + 3 * j + k, h, bold=True, fill=HFILL)
r = 8
P = 1
tot = dict(ca=0, cc=0, aa=0, ac=0)
acct_rows = {}
for acct, debt, short, ka, kubun, *_ in DEBTS:
    acct_rows.setdefault(acct, []).append((debt, short, ka))
for acct, items in acct_rows.items():
    if len(items) > 1:
        merge(ws, r, 1, r + len(items) - 1, 1, acct, size=8)
    else:
        put(ws, r, 1, acct, size=8)
    for debt, short, ka in items:
        v = vals(debt, 2024)
        put(ws, r, 2, short)
        put(ws, r, 3, ka, size=8)
        cells = [("ca", "current", "assessed"), ("cc", "current", "collected"), ("cr", "current", "collection_rate"),
                 ("aa", "arrears", "assessed"), ("ac", "arrears", "collected"), ("ar", "arrears", "collection_rate"),
                 ("ta", "total", "assessed"), ("tc", "total", "collected"), ("tr", "total", "collection_rate")]
        for k, (key, seg, met) in enumerate(cells):
            if met == "collection_rate":
                raw = f"{v[key]:.2f}"
                G.fact(P, debt, short, 2024, "令和6年度", seg, met, "actual", v[key], "percent", raw)
            else:
                raw = comma(v[key])
                G.fact(P, debt, short, 2024, "令和6年度", seg, met, "actual", v[key] * 1000, "yen", raw)
            put(ws, r, 4 + k, raw, align="right")
        for key in tot:
            tot[key] += v[key]
        r += 1
merge(ws, r, 1, r, 3, "合計", bold=True, fill=HFILL)
T = dict(tot)
T["ta"], T["tc"] = T["ca"] + T["aa"], T["cc"] + T["ac"]
T["cr"], T["ar"], T["tr"] = rate(T["cc"], T["ca"]), rate(T["ac"], T["aa"]), rate(T["tc"], T["ta"])
for k, (key, seg, met) in enumerate([("ca", "current", "assessed"), ("cc", "current", "collected"),
                                     ("cr", "current", "collection_rate"), ("aa", "arrears", "assessed"),
                                     ("ac", "arrears", "collected"), ("ar", "arrears", "collection_rate"),
                                     ("ta", "total", "assessed"), ("tc", "total", "collected"),
                                     ("tr", "total", "collection_rate")]):
    if met == "collection_rate":
        raw = f"{T[key]:.2f}"
        G.fact(P, None, "合計", 2024, "令和6年度", seg, met, "actual", T[key], "percent", raw)
    else:
        raw = comma(T[key])
        G.fact(P, None, "合計", 2024, "令和6年度", seg, met, "actual", T[key] * 1000, "yen", raw)
    put(ws, r, 4 + k, raw, align="right", bold=True, fill=HFILL)
r += 1
notes = ["（注１）債権名の略称　国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、",
         "　　　　保育料：保育所保育料、住宅使用料：市営住宅使用料、生保返還金：生活保護費返還金",
         "（注２）収納率＝収入済額÷調定額×100（小数点以下第3位を四捨五入）。金額は千円未満切捨てのため、計が一致しない場合がある。"]
for n in notes:
    put(ws, r, 1, n, border=False, align="left", size=8, wrap=False)
    r += 1

# ---------------------------------------------------------------- page 2: trends
ws = wb.create_sheet("資料2")
setup(ws, landscape=True)
P = 2
widths = [11, 10, 10, 10, 10, 10, 3, 13, 13, 13, 12, 11]
for i, w in enumerate(widths):
    ws.column_dimensions[chr(65 + i)].width = w
put(ws, 1, 1, "資料２　収納率・収入未済額の推移", bold=True, border=False, align="left", size=12, wrap=False)
put(ws, 3, 1, "(1) 収納率の推移（現年度分＋滞納繰越分）　単位：％", bold=True, border=False, align="left", wrap=False)
SHOW = ["国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育所保育料", "市営住宅使用料"]
SHORT = {d[1]: d[2] for d in DEBTS}
put(ws, 4, 1, "年度", bold=True, fill=HFILL)
for j, debt in enumerate(SHOW):
    put(ws, 4, 2 + j, SHORT[debt], bold=True, fill=HFILL)
YLAB = {2020: "令和２年度", 2021: "3年度", 2022: "4年度", 2023: "5年度", 2024: "6年度"}
for i, fy in enumerate(YEARS):
    put(ws, 5 + i, 1, YLAB[fy], fill=ZFILL if i % 2 else None)
    for j, debt in enumerate(SHOW):
        v = vals(debt, fy)
        raw = f"{v['tr']:.2f}"
        put(ws, 5 + i, 2 + j, raw, align="right", fill=ZFILL if i % 2 else None)
        G.fact(P, debt, SHORT[debt], fy, YLAB[fy], "total", "collection_rate", "actual", v["tr"], "percent", raw)
# table (2) beside: debts as rows, 前年度 / 本年度, shaded header, no rules
put(ws, 3, 8, "(2) 収入未済額の比較（令和5年度・令和6年度決算）", bold=True, border=False, align="left", wrap=False)
for k, h in enumerate(["債権", "前年度（千円）", "本年度（千円）", "増減（千円）", "前年度比（％）"]):
    put(ws, 4, 8 + k, h, bold=True, fill=HFILL, border=False)
rr = 5
for acct, debt, short, *_ in DEBTS:
    v0, v1 = vals(debt, 2023), vals(debt, 2024)
    diff = v1["out"] - v0["out"]
    ratio = round(v1["out"] / v0["out"] * 100 + 1e-9, 1)
    row = [short, comma(v0["out"]), comma(v1["out"]), comma(diff), f"{ratio:.1f}"]
    for k, x in enumerate(row):
        put(ws, rr, 8 + k, x, border=False, align="left" if k == 0 else "right")
    G.fact(P, debt, short, 2023, "前年度", "total", "outstanding", "actual", v0["out"] * 1000, "yen", row[1])
    G.fact(P, debt, short, 2024, "本年度", "total", "outstanding", "actual", v1["out"] * 1000, "yen", row[2])
    G.fact(P, debt, short, 2024, "本年度", "total", "difference", "actual", diff * 1000, "yen", row[3])
    G.fact(P, debt, short, 2024, "本年度", "total", "ratio_to_previous", "actual", ratio, "percent", row[4])
    rr += 1
put(ws, rr, 8, "※増減の△は減少を示す。", border=False, align="left", size=8, wrap=False)

# table (3): two lines per debt, explained only by the note
put(ws, 12, 1, "(3) 現年度分収納率と不納欠損額", bold=True, border=False, align="left", wrap=False)
put(ws, 13, 1, "債権", bold=True, fill=HFILL)
merge(ws, 13, 2, 13, 3, "現年度分収納率（％）", bold=True, fill=HFILL)
merge(ws, 13, 4, 13, 5, "不納欠損額（千円）", bold=True, fill=HFILL)
rr = 14
for debt in ["市税", "国民健康保険税", "介護保険料", "保育所保育料"]:
    merge(ws, rr, 1, rr + 1, 1, SHORT[debt])
    for off, fy in enumerate([2024, 2023]):
        v = vals(debt, fy)
        merge(ws, rr + off, 2, rr + off, 3, f"{v['cr']:.2f}", align="right")
        merge(ws, rr + off, 4, rr + off, 5, comma(v["wo"]), align="right")
        G.fact(P, debt, SHORT[debt], fy, None, "current", "collection_rate", "actual", v["cr"], "percent",
               f"{v['cr']:.2f}")
        G.fact(P, debt, SHORT[debt], fy, None, "total", "written_off", "actual", v["wo"] * 1000, "yen",
               comma(v["wo"]))
    rr += 2
put(ws, rr, 1, "上段：令和6年度、下段：令和5年度", border=False, align="left", size=8, wrap=False)

# ---------------------------------------------------------------- pages 3-6: 取組個票
SHEETS = [
    ("市税", "納税課", "強制徴収公債権",
     ["納期内納付の勧奨と口座振替・スマートフォン決済の利用促進", "差押え等の滞納処分の早期着手", "高額・困難事案の進行管理会議の開催（毎月）"],
     ["◎", "○", "◎"],
     [("①", "滞納繰越1年目の事案について、年度前半に財産調査を集中的に行い、早期に処分へ移行する。", "継続"),
      ("②", "SMS催告を現年度分の未納者にも拡大し、督促後2週間以内に一斉送信する。", "拡充"),
      ("③", "地方税共通納税システムの利用案内を納税通知書に同封する。", "新規")]),
    ("国民健康保険税", "保険年金課", "強制徴収公債権",
     ["資格確認時の納付相談の実施", "口座振替原則化の案内", "短期被保険者証の交付に合わせた納付折衝"],
     ["○", "◎", "△"],
     [("①", "加入手続の窓口で口座振替の申込みをその場で受け付ける。", "継続"),
      ("②", "納税課との合同催告を年2回実施し、高額滞納者の財産調査を共同で行う。", "拡充"),
      ("③", "所得未申告世帯に申告勧奨を行い、軽減判定の漏れを防ぐ。", None)]),
    ("介護保険料", "介護福祉課", "強制徴収公債権",
     ["普通徴収対象者への口座振替勧奨", "給付制限の事前周知", "ケアマネジャーとの連携による納付相談"],
     ["◎", "○", "○"],
     [("①", "年金受給開始前の65歳到達者に、普通徴収期間の納付方法を個別に案内する。", "継続"),
      ("②", "滞納2年を経過する前に給付制限の予告通知を送付する。", "継続"),
      ("③", "預貯金調査の電子照会を導入し、調査期間を短縮する。", "新規")]),
    ("保育所保育料", "保育課", "強制徴収公債権",
     ["児童手当からの特別徴収（申出徴収）の勧奨", "退園者への文書・電話催告", "滞納処分の実施"],
     ["○", "△", "○"],
     [("①", "入園説明会で口座振替と児童手当からの徴収の申出を案内する。", "継続"),
      ("②", "退園後の未納者について、転出先の照会を行い催告を継続する。", "継続"),
      ("③", "納税課の徴収指導員による滞納処分の研修を受講し、差押えを実施する。", "拡充")]),
]
for si, (debt, ka, kubun, prev_items, marks, items) in enumerate(SHEETS):
    P = 3 + si
    short = SHORT[debt]
    ws = wb.create_sheet(f"個票{si + 1}")
    setup(ws, landscape=False)
    for i, w in enumerate([5, 14, 13, 13, 13, 13, 13]):
        ws.column_dimensions[chr(65 + i)].width = w
    put(ws, 1, 1, f"取組個票（{si + 1}）", bold=True, border=False, align="left", size=12, wrap=False)
    if si == 1:  # header cells holding label and value together
        merge(ws, 2, 1, 2, 3, f"債権名　{debt}", bold=True, align="left")
        merge(ws, 2, 4, 2, 5, f"所管課　{ka}", align="left")
        merge(ws, 2, 6, 2, 7, f"区分　{kubun}", align="left", size=8)
    else:  # label / value strip
        merge(ws, 2, 1, 2, 2, "債権名", bold=True, fill=HFILL)
        put(ws, 2, 3, debt, size=8 if len(debt) > 6 else 9)
        put(ws, 2, 4, "所管課", bold=True, fill=HFILL)
        put(ws, 2, 5, ka)
        put(ws, 2, 6, "区分", bold=True, fill=HFILL)
        put(ws, 2, 7, kubun, size=8)
    put(ws, 4, 1, "１　収納状況の推移（単位：千円、％）", bold=True, border=False, align="left", wrap=False)
    # header: 決算 over 3 years | 目標 over 1 year (side by side, one line)
    merge(ws, 5, 1, 6, 3, "区分", bold=True, fill=HFILL)
    merge(ws, 5, 4, 5, 6, "決算", bold=True, fill=HFILL)
    put(ws, 5, 7, "目標", bold=True, fill=HFILL)
    for k, fy in enumerate([2022, 2023, 2024, 2025]):
        put(ws, 6, 4 + k, era(fy), bold=True, fill=HFILL)
    # vertical header cells over the segment groups
    merge(ws, 7, 1, 8, 1, "現年度分", bold=True, fill=HFILL, rot=255)
    merge(ws, 9, 1, 10, 1, "滞納繰越分", bold=True, fill=HFILL, rot=255)
    merge(ws, 7, 2, 7, 3, "調定額")
    merge(ws, 8, 2, 8, 3, "収入済額\n収納率")
    merge(ws, 9, 2, 9, 3, "調定額")
    merge(ws, 10, 2, 10, 3, "収入済額\n収納率")
    merge(ws, 11, 1, 11, 3, "不納欠損額")
    merge(ws, 12, 1, 12, 3, "収入未済額")
    ws.row_dimensions[8].height = 28
    ws.row_dimensions[10].height = 28
    ws.row_dimensions[7].height = ws.row_dimensions[9].height = 34
    for k, fy in enumerate([2022, 2023, 2024]):
        v = vals(debt, fy)
        c = 4 + k
        er = era(fy)
        put(ws, 7, c, comma(v["ca"]), align="right")
        put(ws, 8, c, f"{comma(v['cc'])}\n{v['cr']:.2f}", align="right")
        put(ws, 9, c, comma(v["aa"]), align="right")
        put(ws, 10, c, f"{comma(v['ac'])}\n{v['ar']:.2f}", align="right")
        put(ws, 11, c, comma(v["wo"]), align="right")
        put(ws, 12, c, comma(v["out"]), align="right")
        G.fact(P, debt, debt, fy, er, "current", "assessed", "actual", v["ca"] * 1000, "yen", comma(v["ca"]))
        G.fact(P, debt, debt, fy, er, "current", "collected", "actual", v["cc"] * 1000, "yen", comma(v["cc"]))
        G.fact(P, debt, debt, fy, er, "current", "collection_rate", "actual", v["cr"], "percent", f"{v['cr']:.2f}")
        G.fact(P, debt, debt, fy, er, "arrears", "assessed", "actual", v["aa"] * 1000, "yen", comma(v["aa"]))
        G.fact(P, debt, debt, fy, er, "arrears", "collected", "actual", v["ac"] * 1000, "yen", comma(v["ac"]))
        G.fact(P, debt, debt, fy, er, "arrears", "collection_rate", "actual", v["ar"], "percent", f"{v['ar']:.2f}")
        G.fact(P, debt, debt, fy, er, "total", "written_off", "actual", v["wo"] * 1000, "yen", comma(v["wo"]))
        G.fact(P, debt, debt, fy, er, "total", "outstanding", "actual", v["out"] * 1000, "yen", comma(v["out"]))
    v24 = vals(debt, 2024)
    tcr = round(min(v24["cr"] + 0.15, 99.8), 2)
    tar = round(v24["ar"] + 1.5, 2)
    tout = int(round(v24["out"] * 0.95, -3))
    put(ws, 7, 7, "－", align="center")
    put(ws, 8, 7, f"{tcr:.2f}（{v24['cr']:.2f}）", align="right")
    put(ws, 9, 7, "－", align="center")
    put(ws, 10, 7, f"{tar:.2f}（{v24['ar']:.2f}）", align="right")
    put(ws, 11, 7, "－", align="center")
    put(ws, 12, 7, comma(tout), align="right")
    G.fact(P, debt, debt, 2025, "令和7年度", "current", "collection_rate", "target", tcr, "percent", f"{tcr:.2f}")
    G.fact(P, debt, debt, 2024, None, "current", "collection_rate", "actual", v24["cr"], "percent",
           f"（{v24['cr']:.2f}）")
    G.fact(P, debt, debt, 2025, "令和7年度", "arrears", "collection_rate", "target", tar, "percent", f"{tar:.2f}")
    G.fact(P, debt, debt, 2024, None, "arrears", "collection_rate", "actual", v24["ar"], "percent",
           f"（{v24['ar']:.2f}）")
    G.fact(P, debt, debt, 2025, "令和7年度", "total", "outstanding", "target", tout * 1000, "yen", comma(tout))
    put(ws, 13, 1, "※目標欄の括弧内は令和6年度決算の収納率", border=False, align="left", size=8, wrap=False)

    # 2 目標と実績 (years head rows; targets and results side by side)
    put(ws, 15, 1, "２　現年度分収納率の目標と実績", bold=True, border=False, align="left", wrap=False)
    merge(ws, 16, 1, 16, 2, "年度", bold=True, fill=HFILL)
    for k, h in enumerate(["目標（％）", "実績（％）", "達成率（％）", "前年度差（ポイント）"]):
        merge(ws, 16, 3 + k, 16, 3 + k, h, bold=True, fill=HFILL, size=8)
    for i, fy in enumerate([2023, 2024]):
        v = vals(debt, fy)
        vp = vals(debt, fy - 1)
        tg = round(v["cr"] + (0.1 if i == 0 else -0.05), 2)
        ach = round(v["cr"] / tg * 100 + 1e-9, 1)
        dpt = round(v["cr"] - vp["cr"], 2)
        merge(ws, 17 + i, 1, 17 + i, 2, era(fy))
        put(ws, 17 + i, 3, f"{tg:.2f}", align="right")
        put(ws, 17 + i, 4, f"{v['cr']:.2f}", align="right")
        put(ws, 17 + i, 5, f"{ach:.1f}", align="right")
        put(ws, 17 + i, 6, ("△" if dpt < 0 else "") + f"{abs(dpt):.2f}", align="right")
        G.fact(P, debt, debt, fy, era(fy), "current", "collection_rate", "target", tg, "percent", f"{tg:.2f}")
        G.fact(P, debt, debt, fy, era(fy), "current", "collection_rate", "actual", v["cr"], "percent",
               f"{v['cr']:.2f}")
        G.fact(P, debt, debt, fy, era(fy), "current", "difference", "actual", dpt, "points",
               ("△" if dpt < 0 else "") + f"{abs(dpt):.2f}")
    # 3 現状と課題: a paragraph in one cell
    put(ws, 20, 1, "３　現状と課題", bold=True, border=False, align="left", wrap=False)
    v23 = vals(debt, 2023)
    dout = v24["out"] - v23["out"]
    dcr = round(v24["cr"] - v23["cr"], 2)
    word = "減少" if dout < 0 else "増加"
    pword = "上昇" if dcr >= 0 else "低下"
    para = (f"令和6年度末の収入未済額は{comma(v24['out'])}千円で、前年度より{comma(abs(dout))}千円{word}した。"
            f"現年度分の収納率は{v24['cr']:.2f}％となり、前年度比{abs(dcr):.2f}ポイント{pword}している。"
            "滞納繰越分は少額多件数の事案が多く、早期の接触と納付約束の履行管理が課題である。")
    merge(ws, 21, 1, 23, 7, para, align="left", valign="top")
    ws.row_dimensions[21].height = ws.row_dimensions[22].height = ws.row_dimensions[23].height = 20
    G.fact(P, debt, debt, 2024, "令和6年度", "total", "outstanding", "actual", v24["out"] * 1000, "yen",
           f"{comma(v24['out'])}千円")
    G.fact(P, debt, debt, 2024, "令和6年度", "total", "difference", "actual", dout * 1000, "yen",
           f"{comma(abs(dout))}千円{word}")
    G.fact(P, debt, debt, 2024, "令和6年度", "current", "collection_rate", "actual", v24["cr"], "percent",
           f"{v24['cr']:.2f}％")
    G.fact(P, debt, debt, 2024, "令和6年度", "current", "difference", "actual", dcr, "points",
           f"{abs(dcr):.2f}ポイント{pword}")
    # 4 令和6年度の取組 with a progress column whose header is blank
    put(ws, 25, 1, "４　令和6年度の取組の実施状況", bold=True, border=False, align="left", wrap=False)
    put(ws, 26, 1, "No.", bold=True, fill=HFILL)
    merge(ws, 26, 2, 26, 6, "内容", bold=True, fill=HFILL)
    put(ws, 26, 7, "", fill=HFILL)
    for i, (t, m) in enumerate(zip(prev_items, marks)):
        put(ws, 27 + i, 1, f"({i + 1})")
        merge(ws, 27 + i, 2, 27 + i, 6, t, align="left")
        put(ws, 27 + i, 7, m)
        G.init(P, debt, debt, 2024, "令和6年度の取組の実施状況", f"({i + 1})", t, None)
    put(ws, 30, 1, "◎：実施済　○：実施中　△：一部未実施", border=False, align="left", size=8, wrap=False)
    # 5 令和7年度 items in one cell, numbered, tags after 。
    put(ws, 32, 1, "５　令和7年度に実施する取組", bold=True, border=False, align="left", wrap=False)
    lines = []
    for lab, t, st in items:
        lines.append(f"{lab}{t}" + (f"【{st}】" if st else ""))
        G.init(P, debt, debt, 2025, "令和7年度に実施する取組", lab, t, st)
    merge(ws, 33, 1, 36, 7, "\n".join(lines), align="left", valign="top")
    for rr in range(33, 37):
        ws.row_dimensions[rr].height = 22

xlsx = os.path.join(WORK, STEM + ".xlsx")
wb.save(xlsx)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", WORK, xlsx], check=True,
               capture_output=True)
pdf = os.path.join(PDF_DIR, STEM + ".pdf")
os.replace(os.path.join(WORK, STEM + ".pdf"), pdf)
print(G.write(pdf), len(G.facts), len(G.inits))
