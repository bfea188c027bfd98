"""fw_komatsu_committee_1: 債権管理推進本部会議 資料 with 取組個票 (openpyxl -> LibreOffice)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fw_common import Gold, WORK, PDF_DIR, c, p1, sgn, rate, series, soffice, subset  # noqa: E402

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties

STEM = "fw_komatsu_committee_1"
CITY = "小松市"
TITLE = "令和7年度第1回小松市債権管理推進本部会議 資料"
g = Gold(STEM, "committee_material", "committee", CITY, TITLE, "2025-07-24", "令和7年7月24日")

YEARS = [2020, 2021, 2022, 2023, 2024]
# key, full name, label in summary, 所管課, 区分, 会計, series params, target (cur rate, arr rate, outstanding 千円)
DEBTS = [
    dict(key="tax", name="市税", short="市税", dept="納税課", kind="強制徴収公債権", acct="一般",
         s=series(YEARS, 14321550, 0.008, [98.62, 98.71, 98.85, 98.94, 99.02], 512340, [24.1, 25.3, 26.8, 27.4, 28.9],
                  [6.2, 5.8, 5.1, 4.9, 4.6]), tgt=(99.10, 30.0, 250000), years="R", delinq=[2412, 2318, 2251, 2190, 2104]),
    dict(key="nhi", name="国民健康保険税", short="国民健康保険税", dept="納税課", kind="強制徴収公債権", acct="特別",
         s=series(YEARS, 2854120, -0.012, [94.10, 94.35, 94.62, 94.80, 95.04], 498760, [19.8, 20.6, 21.4, 22.1, 23.0],
                  [7.5, 7.1, 6.8, 6.4, 6.0]), tgt=(95.20, 24.0, 255000), years="E", delinq=[1642, 1588, 1521, 1463, 1402]),
    dict(key="ltc", name="介護保険料", short="介護保険料", dept="長寿介護課", kind="強制徴収公債権", acct="特別",
         s=series(YEARS, 2213400, 0.015, [99.12, 99.18, 99.20, 99.26, 99.31], 38420, [16.2, 17.0, 17.9, 18.4, 19.6],
                  [21.0, 20.4, 19.8, 19.1, 18.5]), tgt=(99.35, 20.0, 30000), years="W", delinq=[512, 498, 481, 466, 450]),
    dict(key="nursery", name="保育所保育料", short="保育所保育料", dept="こども家庭課", kind="強制徴収公債権", acct="一般",
         s=series(YEARS, 312450, -0.03, [98.80, 98.92, 99.05, 99.10, 99.21], 21340, [22.4, 23.1, 24.6, 25.2, 26.7],
                  [8.1, 7.6, 7.2, 6.8, 6.5]), tgt=(99.30, 28.0, 11000), years="R", delinq=[96, 91, 85, 80, 74]),
    dict(key="housing", name="市営住宅使用料", short="市営住宅使用料", dept="建築住宅課", kind="私債権", acct="一般",
         s=series(YEARS, 286340, -0.01, [97.62, 97.70, 97.85, 97.91, 98.02], 41230, [14.8, 15.6, 16.3, 17.1, 17.8],
                  [3.2, 3.0, 2.9, 2.6, 2.4]), tgt=(98.10, 19.0, 36000), years="E", delinq=[138, 131, 127, 122, 118]),
]
# 一般会計 extra row in summary only
EXTRA = dict(key="welfare", name="生活保護費返還金", short="生活保護費返還金", acct="一般",
             s=series(YEARS, 48210, 0.02, [62.4, 63.1, 63.8, 64.2, 65.0], 98450, [3.1, 3.4, 3.2, 3.6, 3.8],
                      [2.0, 1.8, 2.1, 1.9, 2.2]))

INITS = {
    "tax": ["納期限後20日以内に督促状を送付し、督促後1か月を経過した案件は速やかに財産調査に着手する。【継続】",
            "預貯金・給与の電子照会を拡大し、差押えまでの期間を短縮する。【拡充】",
            "高額・困難案件は滞納整理担当に引き継ぎ、捜索及びインターネット公売を実施する。【継続】",
            "納付書にQRコードを付し、スマートフォン決済による納付を案内する。【新規】"],
    "nhi": ["資格喪失の届出時に未納額を案内し、その場で納付相談を行う。【継続】",
            "短期被保険者証の更新時に分納誓約の履行状況を確認し、不履行者には差押予告を送付する。【継続】",
            "口座振替の原則化に向け、加入手続時のキャッシュカードによる口座振替受付を行う。【拡充】"],
    "ltc": ["普通徴収となる新規65歳到達者に口座振替の勧奨文書を送付する。【継続】",
            "滞納者には給付制限の内容を説明し、早期の納付を促す。【継続】",
            "年金の支給月に合わせた催告書の送付時期の見直しを行う。【新規】"],
    "nursery": ["入所手続時に児童手当からの徴収について同意を得る。【継続】",
            "現年分の未納が2か月続いた世帯に電話連絡の上、催告書を送付する。【拡充】",
            "退所者の未納分は納税担当と連携し財産調査を行う。【継続】"],
    "housing": ["家賃を3か月以上滞納した入居者に明渡し請求の予告を行う。【継続】",
            "連帯保証人に滞納状況を通知し、履行を求める。【継続】",
            "退去者の滞納分について支払督促の申立てを行う。【拡充】",
            "指定管理者と月次で滞納者の状況を共有する。【新規】"],
}

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD = PatternFill("solid", fgColor="DDE5F0")
SEC = PatternFill("solid", fgColor="F2F2F2")
FONT = "IPAexゴシック"


def put(ws, r, col, v, bold=False, fill=None, h="left", v_="center", wrap=True, size=10, rot=0, border=True):
    cell = ws.cell(row=r, column=col, value=v)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap, text_rotation=rot)
    if border:
        cell.border = BORDER
    if fill:
        cell.fill = fill
    return cell


def box(ws, r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for cc in range(c1, c2 + 1):
            ws.cell(row=r, column=cc).border = BORDER


def setup(ws, landscape, widths):
    ws.page_setup.paperSize = 9
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w


def yl(d, y, target=False):
    """year label per 個票 style"""
    r = y - 2018
    if d["years"] == "R":
        return f"R{r}" + ("目標" if target else "")
    if d["years"] == "E":
        return f"{r}年度" + ("目標" if target else "")
    return f"{y}年度" + ("目標" if target else "")


def summary_sheet(wb):
    ws = wb.active
    ws.title = "資料1"
    setup(ws, True, [22, 12, 12, 10, 12, 8, 12, 12, 10, 12, 8, 12])
    put(ws, 1, 1, "資料１", border=False, size=10)
    ws.merge_cells("A2:L2")
    put(ws, 2, 1, "主要債権の収納状況（令和5年度・令和6年度決算）", bold=True, size=14, border=False, h="center")
    put(ws, 3, 12, "（単位：千円、％）", border=False, h="right", size=9)
    r = 4
    put(ws, r, 1, "債権名", fill=HEAD, h="center")
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
    put(ws, r, 2, "令和5年度決算", fill=HEAD, h="center")
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    put(ws, r, 7, "令和6年度決算", fill=HEAD, h="center")
    ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=11)
    put(ws, r, 12, "収入未済額の増減", fill=HEAD, h="center")
    ws.merge_cells(start_row=r, start_column=12, end_row=r + 1, end_column=12)
    for k, h in enumerate(["調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"] * 2):
        put(ws, r + 1, 2 + k, h, fill=HEAD, h="center", size=9)
    box(ws, r, 1, r + 1, 12)
    r += 2
    sections = [("【一般会計】", [d for d in DEBTS if d["acct"] == "一般"] + [EXTRA], "一般会計 小計"),
                ("【特別会計】", [d for d in DEBTS if d["acct"] == "特別"], "特別会計 小計")]
    grand = {y: dict(ta=0, tc=0, wo=0, out=0) for y in (2023, 2024)}
    P = 1
    for head, ds, sub in sections:
        put(ws, r, 1, head, bold=True, fill=SEC)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        box(ws, r, 1, r, 12)
        r += 1
        subt = {y: dict(ta=0, tc=0, wo=0, out=0) for y in (2023, 2024)}
        for d in ds:
            rows = [(d["name"], d["name"], d["s"])]
            _row(ws, r, d["short"], d["s"])
            for y in (2023, 2024):
                s = d["s"][y]
                for k in subt[y]:
                    subt[y][k] += s[k]
                _facts_row(P, d["name"], d["short"], y, s)
            dv = d["s"][2024]["out"] - d["s"][2023]["out"]
            g.fact(P, d["name"], d["short"], 2024, "令和6年度決算", "total", "difference", "actual", dv * 1000,
                   "yen", c(dv))
            r += 1
        for y in (2023, 2024):
            subt[y]["tr"] = rate(subt[y]["tc"], subt[y]["ta"])
            for k in ("ta", "tc", "wo", "out"):
                grand[y][k] += subt[y][k]
        _row(ws, r, sub, subt, fill=SEC)
        for y in (2023, 2024):
            _facts_row(P, None, sub, y, subt[y])
        dv = subt[2024]["out"] - subt[2023]["out"]
        g.fact(P, None, sub, 2024, "令和6年度決算", "total", "difference", "actual", dv * 1000, "yen", c(dv))
        r += 1
    for y in (2023, 2024):
        grand[y]["tr"] = rate(grand[y]["tc"], grand[y]["ta"])
    _row(ws, r, "合計", grand, fill=HEAD)
    for y in (2023, 2024):
        _facts_row(P, None, "合計", y, grand[y])
    dv = grand[2024]["out"] - grand[2023]["out"]
    g.fact(P, None, "合計", 2024, "令和6年度決算", "total", "difference", "actual", dv * 1000, "yen", c(dv))
    r += 1
    put(ws, r, 1, "※調定額・収入済額等は現年度分と滞納繰越分の合計。収納率＝収入済額÷調定額。△は減少。", border=False, size=9,
        wrap=False)
    r += 2
    # 【参考】 box with label：value bullets
    tax = DEBTS[0]["s"][2024]
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 4, end_column=6)
    txt = ("【参考】令和6年度 市税の状況\n"
           f"・現年課税分 収納率：{p2s(tax['cr'])}％\n"
           f"・滞納繰越分 収納率：{p2s(tax['ar'])}％\n"
           f"・不納欠損額：{c(tax['wo'])}千円\n"
           f"・滞納者数：{DEBTS[0]['delinq'][-1]:,}人")
    put(ws, r, 1, txt, v_="top", size=10)
    box(ws, r, 1, r + 4, 6)
    for i in range(5):
        ws.row_dimensions[r + i].height = 18
    g.fact(P, "市税", "市税", 2024, "令和6年度", "current", "collection_rate", "actual", tax["cr"], "percent",
           p2s(tax["cr"]) + "％")
    g.fact(P, "市税", "市税", 2024, "令和6年度", "arrears", "collection_rate", "actual", tax["ar"], "percent",
           p2s(tax["ar"]) + "％")
    g.fact(P, "市税", "市税", 2024, "令和6年度", "total", "written_off", "actual", tax["wo"] * 1000, "yen",
           c(tax["wo"]) + "千円")
    g.fact(P, "市税", "市税", 2024, "令和6年度", "total", "delinquents", "actual", DEBTS[0]["delinq"][-1], "persons",
           f"{DEBTS[0]['delinq'][-1]:,}人")
    ws.print_area = f"A1:L{r + 4}"


def p2s(x):
    return f"{x:.1f}"


def _row(ws, r, label, s, fill=None):
    put(ws, r, 1, label, fill=fill)
    k = 2
    for y in (2023, 2024):
        v = s[y]
        for x in (c(v["ta"]), c(v["tc"]), c(v["wo"]), c(v["out"]), p1(v["tr"])):
            put(ws, r, k, x, h="right", fill=fill)
            k += 1
    put(ws, r, 12, c(s[2024]["out"] - s[2023]["out"]), h="right", fill=fill)


def _facts_row(P, debt, raw, y, v):
    fr = f"令和{y - 2018}年度決算"
    g.fact(P, debt, raw, y, fr, "total", "assessed", "actual", v["ta"] * 1000, "yen", c(v["ta"]))
    g.fact(P, debt, raw, y, fr, "total", "collected", "actual", v["tc"] * 1000, "yen", c(v["tc"]))
    g.fact(P, debt, raw, y, fr, "total", "written_off", "actual", v["wo"] * 1000, "yen", c(v["wo"]))
    g.fact(P, debt, raw, y, fr, "total", "outstanding", "actual", v["out"] * 1000, "yen", c(v["out"]))
    g.fact(P, debt, raw, y, fr, "total", "collection_rate", "actual", v["tr"], "percent", p1(v["tr"]))


def sheet(wb, no, d):
    P = no + 1
    ws = wb.create_sheet(f"個票{no}")
    setup(ws, False, [6, 17, 12, 12, 12, 12, 12, 13])
    s = d["s"]
    ws.merge_cells("A1:H1")
    put(ws, 1, 1, f"資料２　取組個票　No.{no}", bold=True, size=12, border=False)
    # label/value strip
    put(ws, 2, 1, "債権名", fill=HEAD, h="center")
    ws.merge_cells("A2:B2")
    put(ws, 2, 3, d["name"])
    ws.merge_cells("C2:D2")
    put(ws, 2, 5, "所管課", fill=HEAD, h="center")
    put(ws, 2, 6, d["dept"])
    put(ws, 2, 7, "債権区分", fill=HEAD, h="center")
    put(ws, 2, 8, d["kind"])
    box(ws, 2, 1, 2, 8)
    put(ws, 4, 1, "１　収納状況の推移（単位：千円、％）", bold=True, border=False, wrap=False)
    r = 5
    put(ws, r, 1, "区分", fill=HEAD, h="center")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for k, y in enumerate(YEARS):
        put(ws, r, 3 + k, yl(d, y), fill=HEAD, h="center")
    put(ws, r, 8, yl(d, 2025, True), fill=HEAD, h="center")
    box(ws, r, 1, r, 8)
    r += 1
    groups = [("現年度分", "current", [("調定額", "ca", "assessed"), ("収入済額", "cc", "collected"),
                                      ("収納率", "cr", "collection_rate")]),
              ("滞納繰越分", "arrears", [("調定額", "aa", "assessed"), ("収入済額", "ac", "collected"),
                                        ("収納率", "ar", "collection_rate")]),
              ("計", "total", [("調定額", "ta", "assessed"), ("収入済額", "tc", "collected"),
                               ("収納率", "tr", "collection_rate")])]
    tcur, tarr, tout = d["tgt"]
    for glabel, seg, items in groups:
        put(ws, r, 1, glabel, fill=SEC, h="center", rot=255 if glabel != "計" else 0)
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=1)
        for i, (lab, k, metric) in enumerate(items):
            ws.row_dimensions[r + i].height = 19
            put(ws, r + i, 2, lab)
            for j, y in enumerate(YEARS):
                v = s[y][k]
                raw = p1(v) if metric == "collection_rate" else c(v)
                if metric == "collection_rate" and d["key"] in ("tax", "nhi", "ltc", "nursery", "housing"):
                    raw = f"{v:.1f}"
                put(ws, r + i, 3 + j, raw, h="right")
                g.fact(P, d["name"], d["name"], y, yl(d, y), seg, metric, "actual",
                       v * 1000 if metric != "collection_rate" else v, "yen" if metric != "collection_rate" else "percent",
                       raw)
            tv = {"current": tcur, "arrears": tarr}.get(seg)
            if metric == "collection_rate" and tv is not None:
                put(ws, r + i, 8, p1(tv), h="right")
                g.fact(P, d["name"], d["name"], 2025, yl(d, 2025, True), seg, "collection_rate", "target", tv,
                       "percent", p1(tv))
            else:
                put(ws, r + i, 8, "－", h="center")
        box(ws, r, 1, r + 2, 8)
        r += 3
    for lab, k, metric in (("不納欠損額", "wo", "written_off"), ("収入未済額", "out", "outstanding")):
        put(ws, r, 1, lab, fill=SEC)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        for j, y in enumerate(YEARS):
            put(ws, r, 3 + j, c(s[y][k]), h="right")
            seg = "total"  # no segment printed on the row
            g.fact(P, d["name"], d["name"], y, yl(d, y), seg, metric, "actual", s[y][k] * 1000, "yen", c(s[y][k]))
        if metric == "outstanding":
            put(ws, r, 8, c(tout), h="right")
            g.fact(P, d["name"], d["name"], 2025, yl(d, 2025, True), "total", "outstanding", "target", tout * 1000,
                   "yen", c(tout))
        else:
            put(ws, r, 8, "－", h="center")
        box(ws, r, 1, r, 8)
        r += 1
    put(ws, r, 1, "滞納者数（人）", fill=SEC)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for j, y in enumerate(YEARS):
        put(ws, r, 3 + j, f"{d['delinq'][j]:,}", h="right")
        g.fact(P, d["name"], d["name"], y, yl(d, y), "total", "delinquents", "actual", d["delinq"][j], "persons",
               f"{d['delinq'][j]:,}")
    put(ws, r, 8, "－", h="center")
    box(ws, r, 1, r, 8)
    r += 1
    put(ws, r, 1, "差押件数（件）", fill=SEC)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for j, y in enumerate(YEARS):
        put(ws, r, 3 + j, f"{round(d['delinq'][j] * (0.21 + 0.012 * j)):,}", h="right")
    put(ws, r, 8, "－", h="center")
    box(ws, r, 1, r, 8)
    r += 1
    put(ws, r, 1, "※滞納者数は各年度末の実人数。差押件数は年度中に執行した件数（交付要求・参加差押えを含む）。", border=False,
        size=8.5, wrap=False)
    r += 2

    # 2 target vs actual (R6)
    put(ws, r, 1, "２　令和6年度の目標と実績（（　）内は令和5年度実績）", bold=True, border=False, wrap=False)
    r += 1
    for k, h in enumerate(["区分", None, "目標", "実績", "達成率（％）", "備考"]):
        if h:
            put(ws, r, [1, 1, 3, 4, 5, 6][k], h, fill=HEAD, h="center")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=8)
    box(ws, r, 1, r, 8)
    r += 1
    y6, y5 = s[2024], s[2023]
    tg6 = d["tg6"]
    rows = [("現年度分収納率（％）", "current", "collection_rate", tg6[0], y6["cr"], y5["cr"]),
            ("滞納繰越分収納率（％）", "arrears", "collection_rate", tg6[1], y6["ar"], y5["ar"])]
    for lab, seg, metric, tv, av, pv in rows:
        put(ws, r, 1, lab)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        put(ws, r, 3, p1(tv), h="right")
        put(ws, r, 4, f"{p1(av)}（{p1(pv)}）", h="right")
        put(ws, r, 5, p1(av / tv * 100), h="right")
        put(ws, r, 6, "")
        ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=8)
        box(ws, r, 1, r, 8)
        g.fact(P, d["name"], d["name"], 2024, "令和6年度", seg, metric, "target", tv, "percent", p1(tv))
        g.fact(P, d["name"], d["name"], 2024, "令和6年度", seg, metric, "actual", av, "percent", p1(av))
        g.fact(P, d["name"], d["name"], 2023, "令和5年度", seg, metric, "actual", pv, "percent", p1(pv))
        r += 1
    # 計 row: amount over rate stacked in one cell
    put(ws, r, 1, "計　上段：収入未済額（千円）\n　　下段：収納率（％）", size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    put(ws, r, 3, f"{c(tg6[2])}\n{p1(tg6[3])}", h="right")
    put(ws, r, 4, f"{c(y6['out'])}\n{p1(y6['tr'])}", h="right")
    put(ws, r, 5, p1(tg6[2] / y6["out"] * 100) if y6["out"] else "－", h="right")
    note = f"うち滞納繰越分の不納欠損額 {c(y6['wo'])}千円"
    put(ws, r, 6, note, size=9)
    ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=8)
    ws.row_dimensions[r].height = 30
    box(ws, r, 1, r, 8)
    g.fact(P, d["name"], d["name"], 2024, "令和6年度", "total", "outstanding", "target", tg6[2] * 1000, "yen", c(tg6[2]))
    g.fact(P, d["name"], d["name"], 2024, "令和6年度", "total", "collection_rate", "target", tg6[3], "percent", p1(tg6[3]))
    g.fact(P, d["name"], d["name"], 2024, "令和6年度", "total", "outstanding", "actual", y6["out"] * 1000, "yen", c(y6["out"]))
    g.fact(P, d["name"], d["name"], 2024, "令和6年度", "total", "collection_rate", "actual", y6["tr"], "percent", p1(y6["tr"]))
    g.fact(P, d["name"], d["name"], 2024, "令和6年度", "arrears", "written_off", "actual", y6["wo"] * 1000, "yen",
           f"{c(y6['wo'])}千円")
    r += 2

    # 3 現状と課題 (figures inside a paragraph in a cell)
    put(ws, r, 1, "３　現状と課題", bold=True, border=False, wrap=False)
    r += 1
    dv = y6["out"] - y5["out"]
    dr = round(y6["ar"] - y5["ar"], 1)
    txt = (f"令和6年度末の収入未済額は{c(y6['out'])}千円で、前年度より{c(abs(dv))}千円{'減少' if dv < 0 else '増加'}した。"
           f"滞納繰越分の収納率は{p1(y6['ar'])}％で前年度比{p1(abs(dr))}ポイント{'上昇' if dr >= 0 else '低下'}したが、"
           "長期・少額の滞納案件が残っており、早期の接触と財産調査による処理の見極めが課題である。")
    put(ws, r, 1, txt, v_="top")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.row_dimensions[r].height = 48
    box(ws, r, 1, r, 8)
    g.fact(P, d["name"], d["name"], 2024, "令和6年度", "total", "outstanding", "actual", y6["out"] * 1000, "yen",
           f"{c(y6['out'])}千円")
    g.fact(P, d["name"], d["name"], 2024, "令和6年度", "total", "difference", "actual", dv * 1000, "yen",
           f"{c(abs(dv))}千円")
    g.fact(P, d["name"], d["name"], 2024, "令和6年度", "arrears", "collection_rate", "actual", y6["ar"], "percent",
           f"{p1(y6['ar'])}％")
    g.fact(P, d["name"], d["name"], 2024, "令和6年度", "arrears", "difference", "actual", dr, "points",
           f"{p1(abs(dr))}ポイント")
    r += 2
    # 4 取組 (numbered several per cell, tags after 。)
    put(ws, r, 1, "４　令和7年度の主な取組", bold=True, border=False, wrap=False)
    r += 1
    nums = "①②③④⑤"
    items = INITS[d["key"]]
    txt = "\n".join(f"{nums[i]}{t}" for i, t in enumerate(items))
    put(ws, r, 1, txt, v_="top")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.row_dimensions[r].height = 20 * len(items) + 16
    box(ws, r, 1, r, 8)
    for i, t in enumerate(items):
        tag = t[t.rindex("【") + 1:-1]
        g.init(P, d["name"], 2025, "令和7年度の主な取組", nums[i], t[:t.rindex("【")], tag)
    ws.print_area = f"A1:H{r}"


def main():
    # R6 targets (cur rate, arr rate, outstanding 千円, total rate)
    for d in DEBTS:
        s6 = d["s"][2024]
        d["tg6"] = (round(s6["cr"] + 0.1, 1), round(s6["ar"] + 1.5, 1), round(s6["out"] * 0.93, -3),
                    round(s6["tr"] + 0.1, 1))
    wb = Workbook()
    summary_sheet(wb)
    for no, d in enumerate(DEBTS, 1):
        sheet(wb, no, d)
    xlsx = WORK / f"{STEM}.xlsx"
    wb.save(xlsx)
    pdf = soffice(xlsx)
    out = PDF_DIR / f"{STEM}.pdf"
    subset(pdf, out)
    g.write(out)


if __name__ == "__main__":
    main()
