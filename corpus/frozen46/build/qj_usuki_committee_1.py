"""qj_usuki_committee_1: 令和６年度第１回臼杵市債権管理委員会 資料（主要債権の状況・取組個票）.

Tool chain: openpyxl (one sheet per page, fit to page) → LibreOffice (soffice --headless --convert-to pdf).
Run from corpus/frozen46.
"""
from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from qj_lib import PDF_DIR, WORK, Gold, comma, fsigned, gen_debt, rate, sen, signed, soffice_pdf

STEM = "qj_usuki_committee_1"
CITY = "臼杵市"
rng = random.Random(4604)
YEARS = [2019, 2020, 2021, 2022, 2023]
# name, short, 会計, 所管課, cur0, growth, cur rates, arr rates, wo, arrears0
DEBTS = [
    ("市税", "市税", "一般会計", "税務課", 4_020_000_000, 0.004, [98.41, 98.52, 98.66, 98.79, 98.90], [25.2, 26.4, 27.1, 28.6, 29.8], [0.069, 0.066, 0.063, 0.060, 0.057], 196_000_000),
    ("保育所保育料", "保育料", "一般会計", "子ども子育て課", 96_000_000, -0.03, [98.12, 98.20, 98.33, 98.41, 98.52], [12.1, 12.8, 13.5, 14.2, 14.8], [0.040, 0.038, 0.037, 0.036, 0.034], 7_400_000),
    ("市営住宅使用料", "住宅使用料", "一般会計", "都市デザイン課", 152_000_000, -0.006, [95.62, 95.74, 95.81, 95.97, 96.08], [9.8, 10.4, 10.9, 11.6, 12.3], [0.018, 0.017, 0.019, 0.016, 0.015], 51_600_000),
    ("国民健康保険税", "国保税", "国民健康保険特別会計", "税務課", 852_000_000, -0.016, [93.48, 93.77, 94.05, 94.30, 94.52], [20.1, 21.0, 22.2, 23.0, 24.1], [0.097, 0.093, 0.090, 0.087, 0.083], 231_000_000),
    ("介護保険料", "介護料", "介護保険特別会計", "高齢者支援課", 811_000_000, 0.010, [98.61, 98.66, 98.72, 98.79, 98.83], [17.8, 18.6, 19.3, 20.2, 20.9], [0.128, 0.124, 0.120, 0.116, 0.112], 22_900_000),
    ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療特別会計", "保険健康課", 356_000_000, 0.022, [99.33, 99.37, 99.40, 99.44, 99.47], [34.6, 35.9, 37.2, 38.1, 39.4], [0.060, 0.059, 0.058, 0.057, 0.056], 4_300_000),
    ("水道料金", "水道料金", "水道事業会計", "上下水道課", 712_000_000, -0.005, [98.71, 98.78, 98.84, 98.90, 98.95], [40.3, 41.6, 42.8, 43.5, 44.7], [0.035, 0.034, 0.033, 0.031, 0.030], 18_800_000),
]
DATA = {}
for name, short, kai, ka, cur0, g, cr, ar, wo, a0 in DEBTS:
    DATA[name] = gen_debt(rng, YEARS, cur0, g, cr, ar, wo, a0)
NAMES = [d[0] for d in DEBTS]
SHORT = {d[0]: d[1] for d in DEBTS}

G = Gold(STEM, "committee_material", "committee", CITY, "令和６年度第１回臼杵市債権管理委員会 資料", "2024-07-25", "令和６年７月２５日")

FONT = "IPAexGothic"
thin = Side(style="thin", color="000000")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
SUB = PatternFill("solid", fgColor="F2F2F2")
KAI = PatternFill("solid", fgColor="EDEDED")

wb = Workbook()
wb.remove(wb.active)


def put(ws, r, c, v, size=10, bold=False, fill=None, h="left", vert="center", wrap=False, border=True, merge=None):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=h, vertical=vert, wrap_text=wrap)
    if fill:
        cell.fill = fill
    if merge:
        r2, c2 = merge
        ws.merge_cells(start_row=r, start_column=c, end_row=r2, end_column=c2)
        for rr in range(r, r2 + 1):
            for cc in range(c, c2 + 1):
                x = ws.cell(row=rr, column=cc)
                if border:
                    x.border = BORDER
                if fill:
                    x.fill = fill
    elif border:
        cell.border = BORDER
    return cell


def setup(ws, widths, landscape=False):
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.5
    ws.print_options.horizontalCentered = True
    ws.sheet_view.showGridLines = False


def rh(ws, r, h):
    ws.row_dimensions[r].height = h


# =========================================================================== sheet 1 (page 1)
def sheet1():
    pg = 1
    ws = wb.create_sheet("資料1")
    setup(ws, [17, 11, 14, 12, 12, 11, 12, 9, 10, 28], landscape=True)
    put(ws, 1, 1, "令和６年度第１回臼杵市債権管理委員会", 10, border=False)
    put(ws, 1, 10, "令和６年７月２５日", 10, border=False, h="right")
    put(ws, 2, 1, "資料１　主要債権の状況（令和５年度決算）", 14, bold=True, border=False)
    rh(ws, 2, 24)
    hdr = ["会計", "債権名", "所管課", "調定額\n（千円）", "収入済額\n（千円）", "不納欠損額\n（千円）", "収入未済額\n（千円）", "収納率\n（％）", "前年度比\n（ポイント）", "備考"]
    for c, t in enumerate(hdr, 1):
        put(ws, 4, c, t, 9.5, bold=True, fill=HEAD, h="center", wrap=True)
    rh(ws, 4, 36)
    r = 5
    kai_rows = {}
    tot = {k: 0 for k in ("assessed", "collected", "written_off", "outstanding")}
    tot22 = {k: 0 for k in ("assessed", "collected")}
    for name, short, kai, ka, *_ in DEBTS:
        d = DATA[name][2023]["total"]
        d22 = DATA[name][2022]["total"]
        for key in tot:
            tot[key] += d[key]
        for key in tot22:
            tot22[key] += d22[key]
        kai_rows.setdefault(kai, []).append(r)
        put(ws, r, 2, short, 10)
        put(ws, r, 3, ka, 9.5)
        for c, key in zip((4, 5, 6, 7), ("assessed", "collected", "written_off", "outstanding")):
            put(ws, r, c, comma(sen(d[key])), 10, h="right")
            G.fact(pg, name, short, 2023, "令和５年度決算", "total", key, "actual", sen(d[key]) * 1000, "yen", comma(sen(d[key])))
        rr = rate(d["collected"], d["assessed"])
        r22 = rate(d22["collected"], d22["assessed"])
        dd = round(rr - r22, 2)
        put(ws, r, 8, f"{rr:.2f}", 10, h="right")
        put(ws, r, 9, fsigned(dd, 2, "▲"), 10, h="right")
        G.fact(pg, name, short, 2023, "令和５年度決算", "total", "collection_rate", "actual", rr, "percent", f"{rr:.2f}")
        G.fact(pg, name, short, 2023, "前年度比", "total", "difference", "actual", dd, "points", fsigned(dd, 2, "▲"))
        note = ""
        if name in ("市税", "国民健康保険税", "介護保険料"):
            ao = sen(DATA[name][2023]["arrears"]["outstanding"])
            note = f"うち滞納繰越分 {comma(ao)}千円"
            G.fact(pg, name, short, 2023, "令和５年度決算", "arrears", "outstanding", "actual", ao * 1000, "yen", f"{comma(ao)}千円")
        elif name == "市営住宅使用料":
            note = "退去者分を含む。法的措置３件"
        elif name == "水道料金":
            cw = sen(DATA[name][2023]["current"]["outstanding"])
            note = f"うち現年度分 {comma(cw)}千円（３月検針分を含む）"
            G.fact(pg, name, short, 2023, "令和５年度決算", "current", "outstanding", "actual", cw * 1000, "yen", f"{comma(cw)}千円")
        put(ws, r, 10, note, 9, wrap=True)
        rh(ws, r, 30)
        r += 1
    for kai, rows in kai_rows.items():
        put(ws, rows[0], 1, kai, 9.5, fill=KAI, h="center", wrap=True, merge=(rows[-1], 1))
    put(ws, r, 1, "合計", 10, bold=True, fill=SUB, h="center", merge=(r, 3))
    for c, key in zip((4, 5, 6, 7), ("assessed", "collected", "written_off", "outstanding")):
        put(ws, r, c, comma(sen(tot[key])), 10, bold=True, fill=SUB, h="right")
        G.fact(pg, None, "合計", 2023, "令和５年度決算", "total", key, "actual", sen(tot[key]) * 1000, "yen", comma(sen(tot[key])))
    rr = rate(tot["collected"], tot["assessed"])
    dd = round(rr - rate(tot22["collected"], tot22["assessed"]), 2)
    put(ws, r, 8, f"{rr:.2f}", 10, bold=True, fill=SUB, h="right")
    put(ws, r, 9, fsigned(dd, 2, "▲"), 10, bold=True, fill=SUB, h="right")
    put(ws, r, 10, "", fill=SUB)
    G.fact(pg, None, "合計", 2023, "令和５年度決算", "total", "collection_rate", "actual", rr, "percent", f"{rr:.2f}")
    G.fact(pg, None, "合計", 2023, "前年度比", "total", "difference", "actual", dd, "points", fsigned(dd, 2, "▲"))
    rh(ws, r, 30)
    r += 1
    put(ws, r, 1, "注１）債権名の略称　国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、保育料：保育所保育料、住宅使用料：市営住宅使用料", 9, border=False)
    r += 1
    put(ws, r, 1, "注２）前年度比は令和４年度決算の収納率との差。▲は低下を示す。", 9, border=False)
    # reference table in 円, years descending
    r += 2
    put(ws, r, 1, "（参考）主要債権全体の収入未済額と不納欠損額の推移", 10.5, bold=True, border=False)
    put(ws, r, 5, "（単位：円）", 9, border=False, h="right")
    r += 1
    for c, t in enumerate(["区分", "令和５年度", "令和４年度", "令和３年度"], 1):
        put(ws, r, c if c == 1 else c + 1, t, 9.5, bold=True, fill=HEAD, h="center", merge=(r, 2) if c == 1 else None)
    r += 1
    for key, lab in (("outstanding", "収入未済額"), ("written_off", "不納欠損額")):
        put(ws, r, 1, lab, 10, merge=(r, 2))
        for i, fy in enumerate((2023, 2022, 2021)):
            v = sum(DATA[n][fy]["total"][key] for n in NAMES)
            put(ws, r, 3 + i, comma(v), 10, h="right")
            G.fact(pg, None, None, fy, f"令和{fy - 2018}年度".replace("5", "５").replace("4", "４").replace("3", "３"), "total", key, "actual", v, "yen", comma(v))
        rh(ws, r, 26)
        r += 1


# =========================================================================== 個票 sheets
SHEETS = [
    dict(name="市税", no="１", kubun="強制徴収公債権", strip="labels", years="令和", order="asc", stacked=False),
    dict(name="国民健康保険税", no="２", kubun="強制徴収公債権", strip="combined", years="R", order="asc", stacked=False),
    dict(name="介護保険料", no="３", kubun="強制徴収公債権", strip="labels", years="西暦", order="asc", stacked=True),
    dict(name="市営住宅使用料", no="４", kubun="私債権", strip="labels", years="令和", order="desc", stacked=False),
]
TGT = {"市税": (99.00, 31.0), "国民健康保険税": (94.70, 25.0), "介護保険料": (98.90, 21.5), "市営住宅使用料": (96.20, 13.0)}
PREV_TGT = {"市税": [98.60, 98.75, 98.85], "国民健康保険税": [94.00, 94.20, 94.50], "介護保険料": [98.70, 98.75, 98.80],
            "市営住宅使用料": [95.90, 96.00, 96.10]}
OUT_TGT = {"市税": 0.94, "国民健康保険税": 0.95, "介護保険料": 0.96, "市営住宅使用料": 0.97}
KA = {d[0]: d[3] for d in DEBTS}

STATUS = {
    "市税": [("納期限後20日以内の督促状発送と、その後の文書・電話による早期催告", "◎"),
             ("預貯金・給与等の差押えの実施と、差押財産の速やかな換価", "◎"),
             ("大分県と連携した共同滞納整理の実施", "○")],
    "国民健康保険税": [("資格喪失届の受理時における未納分の納付勧奨", "◎"),
                 ("口座振替の勧奨（新規加入世帯）", "○"),
                 ("分納誓約不履行者への一斉催告", "△")],
    "介護保険料": [("普通徴収未納者への電話催告（月1回）", "◎"),
              ("給付制限の事前通知を活用した納付相談", "○")],
    "市営住宅使用料": [("滞納３か月以上の入居者への連帯保証人通知", "◎"),
                ("退去者の未納分に係る支払督促の申立て", "○"),
                ("入居時の口座振替原則化", "△")],
}
PLAN = {
    "市税": [("①", "現年度分の未納者には、納期限後速やかに督促状を送付し、その後１か月以内に文書催告を行う。", "継続"),
             ("②", "財産調査を滞納の初期段階から実施し、差押えを速やかに執行する。", "拡充"),
             ("③", "スマートフォン決済の利用促進により、納付機会を拡大する。", "新規")],
    "国民健康保険税": [("①", "資格喪失の手続時に未納分の納付相談を行い、分納計画を作成する。", "継続"),
                 ("②", "口座振替の利用を新規加入時の原則とし、申込みを窓口で受け付ける。", "拡充"),
                 ("③", "短期被保険者証の更新時に、生活状況に応じた納付指導を行う。", "継続")],
    "介護保険料": [("①", "普通徴収の未納者への電話催告を月１回実施し、初期滞納を解消する。", "継続"),
              ("②", "時効が近い債権を毎月抽出し、催告による時効の更新を確実に行う。", "新規")],
    "市営住宅使用料": [("①", "滞納１か月の段階で電話連絡を行い、滞納３か月で連帯保証人に通知する。", "継続"),
                ("②", "退去者の未納分は、所在調査のうえ支払督促を申し立てる。", "拡充"),
                ("③", "入居者説明会で口座振替の利用を勧奨する。", "新規")],
}


def ylab(style, fy):
    if style == "令和":
        return "令和元年度" if fy == 2019 else f"令和{fy - 2018}年度"
    if style == "R":
        return f"R{fy - 2018}" if fy != 2019 else "R元"
    return f"{fy}年度"


def kohyo(spec, pg):
    name = spec["name"]
    short = SHORT[name]
    ws = wb.create_sheet(f"個票{spec['no']}")
    setup(ws, [12, 12, 12, 12, 12, 12, 12, 12, 12])
    put(ws, 1, 1, f"資料２　取組個票（{spec['no']}）", 12, bold=True, border=False)
    put(ws, 1, 7, "令和６年度第１回 債権管理委員会", 9, border=False, h="right", merge=(1, 9))
    rh(ws, 1, 20)
    r = 3
    if spec["strip"] == "labels":
        put(ws, r, 1, "債権名", 10, bold=True, fill=HEAD, h="center")
        put(ws, r, 2, name, 10, merge=(r, 3))
        put(ws, r, 4, "所管課", 10, bold=True, fill=HEAD, h="center")
        put(ws, r, 5, KA[name], 10, merge=(r, 6))
        put(ws, r, 7, "債権区分", 10, bold=True, fill=HEAD, h="center")
        put(ws, r, 8, spec["kubun"], 10, merge=(r, 9))
    else:
        put(ws, r, 1, f"債権名　{name}", 10.5, bold=True, fill=HEAD, merge=(r, 4))
        put(ws, r, 5, f"所管課　{KA[name]}", 10.5, fill=HEAD, merge=(r, 7))
        put(ws, r, 8, f"区分　{spec['kubun'][:2]}", 10.5, fill=HEAD, merge=(r, 9))
    rh(ws, r, 22)
    d = DATA[name]
    # ------------------------------------------------------------ 1 収納状況の推移
    r = 5
    put(ws, r, 1, "１　収納状況の推移", 11, bold=True, border=False)
    r += 1
    yrs = YEARS if spec["order"] == "asc" else list(reversed(YEARS))
    if spec["order"] == "desc":
        cols = ["区分", "令和６年度目標"] + [ylab(spec["years"], fy) for fy in yrs]
    else:
        cols = ["区分"] + [ylab(spec["years"], fy) for fy in yrs] + [("R6目標" if spec["years"] == "R" else "令和６年度目標" if spec["years"] == "令和" else "2024年度目標")]
    put(ws, r, 1, cols[0], 9.5, bold=True, fill=HEAD, h="center", merge=(r, 3))
    for i, t in enumerate(cols[1:]):
        put(ws, r, 4 + i, t, 9, bold=True, fill=HEAD, h="center", wrap=True)
    rh(ws, r, 26)
    tcol = 4 if spec["order"] == "desc" else 4 + len(yrs)
    ycol = {fy: (5 + i if spec["order"] == "desc" else 4 + i) for i, fy in enumerate(yrs)}
    out_t = int(round(d[2023]["total"]["outstanding"] * OUT_TGT[name], -3))
    r += 1
    if not spec["stacked"]:
        rows = [("調定額（千円）", "total", "assessed"), ("収入済額（千円）", "total", "collected"),
                ("不納欠損額（千円）", "total", "written_off"), ("収入未済額（千円）", "total", "outstanding"),
                ("収納率（％）現年分", "current", "rate"), ("収納率（％）滞納繰越分", "arrears", "rate"), ("収納率（％）計", "total", "rate")]
        for lab, seg, key in rows:
            put(ws, r, 1, lab, 9.5, merge=(r, 3))
            for fy in yrs:
                x = d[fy][seg]
                if key == "rate":
                    nd = 1 if seg == "arrears" else 2
                    v = rate(x["collected"], x["assessed"], nd)
                    txt = f"{v:.{nd}f}"
                    G.fact(pg, name, name, fy, ylab(spec["years"], fy), seg, "collection_rate", "actual", v, "percent", txt)
                else:
                    v = sen(x[key])
                    txt = comma(v)
                    G.fact(pg, name, name, fy, ylab(spec["years"], fy), seg, key, "actual", v * 1000, "yen", txt)
                put(ws, r, ycol[fy], txt, 9.5, h="right")
            # target column
            tl = cols[1] if spec["order"] == "desc" else cols[-1]
            if key == "rate" and seg != "total":
                tv = TGT[name][0 if seg == "current" else 1]
                nd = 2 if seg == "current" else 1
                put(ws, r, tcol, f"{tv:.{nd}f}", 9.5, h="right", fill=SUB)
                G.fact(pg, name, name, 2024, tl, seg, "collection_rate", "target", tv, "percent", f"{tv:.{nd}f}")
            elif key == "outstanding":
                put(ws, r, tcol, comma(out_t // 1000), 9.5, h="right", fill=SUB)
                G.fact(pg, name, name, 2024, tl, "total", "outstanding", "target", out_t, "yen", comma(out_t // 1000))
            else:
                put(ws, r, tcol, "－", 9.5, h="center", fill=SUB)
            rh(ws, r, 23)
            r += 1
        note = "※ 各年度の決算額。千円未満四捨五入。"
    else:
        # stacked cells: amount (収入済額, 千円) over rate (収納率, ％)
        for seg, lab in (("current", "現年分"), ("arrears", "滞納繰越分"), ("total", "計")):
            put(ws, r, 1, lab, 9.5, merge=(r, 3), vert="center")
            for fy in yrs:
                x = d[fy][seg]
                nd = 1 if seg == "arrears" else 2
                v = rate(x["collected"], x["assessed"], nd)
                a = sen(x["collected"])
                put(ws, r, ycol[fy], f"{comma(a)}\n{v:.{nd}f}", 9.5, h="right", wrap=True)
                G.fact(pg, name, name, fy, ylab(spec["years"], fy), seg, "collected", "actual", a * 1000, "yen", comma(a))
                G.fact(pg, name, name, fy, ylab(spec["years"], fy), seg, "collection_rate", "actual", v, "percent", f"{v:.{nd}f}")
            if seg == "total":
                put(ws, r, tcol, "－", 9.5, h="center", fill=SUB)
            else:
                tv = TGT[name][0 if seg == "current" else 1]
                nd = 2 if seg == "current" else 1
                put(ws, r, tcol, f"{tv:.{nd}f}", 9.5, h="right", fill=SUB)
                G.fact(pg, name, name, 2024, cols[-1], seg, "collection_rate", "target", tv, "percent", f"{tv:.{nd}f}")
            rh(ws, r, 38)
            r += 1
        put(ws, r, 1, "収入未済額（千円）", 9.5, merge=(r, 3))
        for fy in yrs:
            v = sen(d[fy]["total"]["outstanding"])
            put(ws, r, ycol[fy], comma(v), 9.5, h="right")
            G.fact(pg, name, name, fy, ylab(spec["years"], fy), "total", "outstanding", "actual", v * 1000, "yen", comma(v))
        put(ws, r, tcol, comma(out_t // 1000), 9.5, h="right", fill=SUB)
        G.fact(pg, name, name, 2024, cols[-1], "total", "outstanding", "target", out_t, "yen", comma(out_t // 1000))
        rh(ws, r, 23)
        r += 1
        note = "※ 上段：収入済額（千円）、下段：収納率（％）。各年度の決算額。"
    put(ws, r, 1, note, 8.5, border=False)
    # ------------------------------------------------------------ 2 目標と実績 (現年分)
    r += 2
    put(ws, r, 1, "２　現年分収納率の目標と実績", 11, bold=True, border=False)
    r += 1
    for c, t in zip((1, 4, 6, 8), ("年度", "目標（％）", "実績（％）", "達成率（％）")):
        put(ws, r, c, t, 9.5, bold=True, fill=HEAD, h="center", merge=(r, c + (2 if c == 1 else 1)))
    r += 1
    for i, fy in enumerate((2021, 2022, 2023)):
        tg = PREV_TGT[name][i]
        x = d[fy]["current"]
        v = rate(x["collected"], x["assessed"])
        lab = ylab("令和", fy)
        put(ws, r, 1, lab, 9.5, h="center", merge=(r, 3))
        put(ws, r, 4, f"{tg:.2f}", 9.5, h="right", merge=(r, 5))
        put(ws, r, 6, f"{v:.2f}", 9.5, h="right", merge=(r, 7))
        put(ws, r, 8, f"{v / tg * 100:.1f}", 9.5, h="right", merge=(r, 9))
        G.fact(pg, name, name, fy, lab, "current", "collection_rate", "target", tg, "percent", f"{tg:.2f}")
        G.fact(pg, name, name, fy, lab, "current", "collection_rate", "actual", v, "percent", f"{v:.2f}")
        rh(ws, r, 22)
        r += 1
    # ------------------------------------------------------------ 3 現状と課題 (paragraph in a cell, beside plain figures)
    r += 1
    put(ws, r, 1, "３　現状と課題", 11, bold=True, border=False)
    r += 1
    o23, o22 = sen(d[2023]["total"]["outstanding"]), sen(d[2022]["total"]["outstanding"])
    diff = o23 - o22
    ar23 = rate(d[2023]["arrears"]["collected"], d[2023]["arrears"]["assessed"], 1)
    ar22 = rate(d[2022]["arrears"]["collected"], d[2022]["arrears"]["assessed"], 1)
    ard = round(ar23 - ar22, 1)
    txt = (f"令和５年度末の収入未済額は{comma(o23)}千円で、前年度より{comma(abs(diff))}千円{'減少' if diff < 0 else '増加'}した。"
           f"滞納繰越分の収納率は{ar23:.1f}％で、前年度と比べ{abs(ard):.1f}ポイント{'改善' if ard >= 0 else '低下'}している。"
           + {"市税": "高額滞納案件の処理は進んだが、少額・多数の滞納者への初期対応に人員を要している。",
              "国民健康保険税": "被保険者の減少により調定額は減少傾向にあるが、低所得世帯の滞納が長期化しやすい。",
              "介護保険料": "普通徴収の対象者は年金額が少ない方が多く、分割納付が中心となっている。",
              "市営住宅使用料": "退去者に係る未納分が全体の約４割を占め、所在不明の案件の整理が課題である。"}[name])
    G.fact(pg, name, name, 2023, "令和５年度末", "total", "outstanding", "actual", o23 * 1000, "yen", f"{comma(o23)}千円")
    G.fact(pg, name, name, 2023, "令和５年度末", "total", "difference", "actual", diff * 1000, "yen", f"{comma(abs(diff))}千円")
    G.fact(pg, name, name, 2023, "令和５年度", "arrears", "collection_rate", "actual", ar23, "percent", f"{ar23:.1f}％")
    G.fact(pg, name, name, 2023, "令和５年度", "arrears", "difference", "actual", ard, "points", f"{abs(ard):.1f}ポイント")
    put(ws, r, 1, txt, 9.5, wrap=True, vert="top", merge=(r + 2, 6))
    put(ws, r, 7, "収入未済額\n（令和５年度末）", 8.5, bold=True, fill=HEAD, h="center", wrap=True, merge=(r, 8))
    put(ws, r, 9, "千円", 8.5, fill=HEAD, h="center")
    put(ws, r + 1, 7, comma(o23), 10, h="right", merge=(r + 1, 8))
    put(ws, r + 1, 9, "", 9)
    put(ws, r + 2, 7, "前年度比", 8.5, fill=HEAD, h="center", merge=(r + 2, 8))
    put(ws, r + 2, 9, signed(diff, "▲"), 9.5, h="right")
    G.fact(pg, name, name, 2023, "令和５年度末", "total", "outstanding", "actual", o23 * 1000, "yen", comma(o23))
    G.fact(pg, name, name, 2023, "前年度比", "total", "difference", "actual", diff * 1000, "yen", signed(diff, "▲"))
    rh(ws, r, 34)
    rh(ws, r + 1, 26)
    rh(ws, r + 2, 26)
    r += 4
    # ------------------------------------------------------------ 4 令和５年度の取組状況 (status column with blank header)
    put(ws, r, 1, "４　令和５年度の取組状況", 11, bold=True, border=False)
    r += 1
    put(ws, r, 1, "No.", 9.5, bold=True, fill=HEAD, h="center")
    put(ws, r, 2, "取組内容", 9.5, bold=True, fill=HEAD, h="center", merge=(r, 8))
    put(ws, r, 9, "", 9.5, fill=HEAD)
    r += 1
    for i, (t, mark) in enumerate(STATUS[name], 1):
        put(ws, r, 1, str(i), 9.5, h="center")
        put(ws, r, 2, t, 9.5, wrap=True, merge=(r, 8))
        put(ws, r, 9, mark, 11, h="center")
        G.init(pg, name, 2023, "４　令和５年度の取組状況", str(i), t, None)
        rh(ws, r, 24)
        r += 1
    put(ws, r, 1, "◎：実施済　○：実施中　△：未実施・検討中", 8.5, border=False)
    # ------------------------------------------------------------ 5 令和６年度の取組 (several numbered items in one cell)
    r += 2
    put(ws, r, 1, "５　令和６年度の取組", 11, bold=True, border=False)
    r += 1
    items = PLAN[name]
    cell_txt = "\n".join(f"{lab}{t}【{st}】" for lab, t, st in items)
    for lab, t, st in items:
        G.init(pg, name, 2024, "５　令和６年度の取組", lab, t, st)
    put(ws, r, 1, cell_txt, 9.5, wrap=True, vert="top", merge=(r, 9))
    rh(ws, r, 26 * len(items) + 10)


def main():
    sheet1()
    for i, spec in enumerate(SHEETS):
        kohyo(spec, 2 + i)
    src = WORK / f"{STEM}.xlsx"
    wb.save(src)
    pdf = soffice_pdf(src, WORK / "lo_out")
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    out = PDF_DIR / f"{STEM}.pdf"
    shutil.copy(pdf, out)
    G.write(out)


if __name__ == "__main__":
    main()
