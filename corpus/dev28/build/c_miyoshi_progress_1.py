"""みよし市-style 未収債権 回収・整理計画 取組状況（２月末）: openpyxl -> LibreOffice, one sheet per debt.

Family: progress (大阪市-style mid-year sheets), as another city's template would print them:
a summary sheet with one debt per row and segment x period column groups (values without %),
then one landscape sheet per debt with a 債権名 label/value box, a 【徴収率】 bracketed heading over
segment-only bullets, a 前年度 | 今年度 side-by-side heading table, and a boxed 主な取組 list.
"""
from __future__ import annotations

import math
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.properties import PageSetupProperties

sys.path.insert(0, str(Path(__file__).resolve().parent))
from c_common import OUT, PDF, comma, fact, init, rate, to_pdf, write_gold, zen  # noqa: E402

STEM = "c_miyoshi_progress_1"
CITY = "みよし市"
FONT = "IPAexGothic"
NOW, PREV = "2024-02-29", "2023-02-28"   # 令和6年2月末 (leap year) and 前年同期

# name, 所管課, 区分, 現年 調定(千円) now, 収入 now, 調定 prev, 収入 prev,
# 滞繰 rate now, prev, [前年度決算 cur, arr, 前年度目標 cur, arr, 決算見込 cur, arr, 目標 cur, arr],
# 未収金残高 [前年度決算, 前年度目標, 決算見込, 目標]
DEBTS = [
    ("市税", "収納課", "強制徴収公債権", 14382615, 13974210, 14105337, 13679544, 28.4, 26.9,
     [98.9, 29.2, 98.9, 30.0, 99.0, 30.5, 99.1, 31.0], [612480, 600000, 571300, 560000]),
    ("国民健康保険税", "保険年金課", "強制徴収公債権", 2415870, 2110552, 2468214, 2139910, 21.8, 20.6,
     [94.2, 22.7, 94.5, 23.0, 94.6, 23.5, 95.0, 24.0], [498215, 480000, 462900, 450000]),
    ("介護保険料", "長寿介護課", "強制徴収公債権", 1621448, 1592706, 1598320, 1568101, 17.3, 15.9,
     [99.2, 17.6, 99.3, 18.0, 99.3, 18.5, 99.4, 19.0], [41902, 40000, 38600, 37000]),
    ("後期高齢者医療保険料", "保険年金課", "強制徴収公債権", 712905, 701233, 688412, 676150, 36.2, 34.8,
     [99.5, 38.7, 99.5, 39.0, 99.6, 40.1, 99.6, 40.0], [9815, 9500, 8900, 8500]),
    ("保育所保育料", "子育て支援課", "強制徴収公債権", 318760, 309381, 325118, 314202, 12.4, 11.0,
     [98.4, 12.9, 98.5, 14.0, 98.6, 14.0, 98.8, 15.0], [22317, 21500, 20800, 20000]),
    ("市営住宅使用料", "都市計画課", "私債権", 162304, 155108, 160927, 153412, 9.8, 8.7,
     [97.4, 10.6, 97.5, 11.0, 97.5, 11.2, 97.8, 12.0], [38114, 37000, 36050, 35000]),
    ("下水道使用料", "下水道課", "強制徴収公債権", 1104560, 1049887, 1087331, 1030280, 42.5, 40.3,
     [98.8, 44.1, 98.8, 44.0, 98.9, 45.0, 99.0, 45.0], [27640, 27000, 25900, 25000]),
]

INITS = {
    "市税": [
        ("①", "納期限後20日で督促状を発送し、その後の未納者へは電話催告とSMSによる納付案内を同時に行い、少額のうちに完納へ結びつける。", "継続"),
        ("②", "給与・預貯金の電子照会を活用して財産調査の期間を短縮し、納付に応じない滞納者には速やかに差押えを執行する。", "拡充"),
        ("③", "高額・困難案件は愛知県地方税滞納整理機構へ引き継ぎ、県と共同で滞納処分を進める。", "継続"),
    ],
    "国民健康保険税": [
        ("①", "資格喪失後も未納のある世帯を毎月抽出し、文書と電話で納付を督励する。", "継続"),
        ("②", "口座振替の原則化を進め、新規加入世帯にはWeb口座振替受付サービスの利用を窓口で案内する。", "新規"),
        ("③", "納付誓約の不履行世帯には差押予告書を送付し、応答がない場合は滞納処分を行う。", "継続"),
    ],
    "介護保険料": [
        ("①", "普通徴収の未納者に対し、年金からの特別徴収へ切り替わるまでの期間に集中して納付勧奨を行う。", "継続"),
        ("②", "長期未納者には給付制限の内容を個別に説明し、分納を含めた納付計画を立てる。", "継続"),
    ],
    "後期高齢者医療保険料": [
        ("①", "75歳到達者へ納付方法の案内を送付する際に口座振替依頼書を同封し、加入を促す。", "継続"),
        ("②", "滞納者の預貯金調査を年2回実施し、資力のある滞納者への滞納処分を強化する。", "拡充"),
    ],
    "保育所保育料": [
        ("①", "在園児の保護者には園を通じて納付案内を手渡しし、退園児の保護者には文書と電話で催告する。", "継続"),
        ("②", "児童手当からの特別徴収（申出徴収）を保護者に案内し、未納額の累積を防ぐ。", "新規"),
    ],
    "市営住宅使用料": [
        ("①", "滞納3か月以上の入居者と連帯保証人に催告書を送付し、面談で分納計画を取り決める。", "継続"),
        ("②", "退去者の滞納家賃は弁護士への回収委託を行い、支払督促等の法的措置を検討する。", "拡充"),
        ("③", "明渡請求訴訟の対象となる長期高額滞納者を四半期ごとに選定する。", "継続"),
    ],
    "下水道使用料": [
        ("①", "水道料金と一体で督促・催告を行い、給水停止予告と合わせて納付を求める。", "継続"),
        ("②", "スマートフォン決済による納付の周知を強化する。", "新規"),
    ],
}

STATUS_TEXT = {
    "市税": "２月末の現年度分徴収率は前年同期を上回っており、年度末の目標達成に向けて３月の集中催告を実施する。",
    "国民健康保険税": "現年度分・滞納繰越分とも前年同期を上回った。引き続き資格喪失世帯への督励を徹底する。",
    "介護保険料": "普通徴収の未納者が減少し、徴収率は前年同期を上回っている。",
    "後期高齢者医療保険料": "被保険者数の増加により調定額は増えたが、徴収率は前年同期並みで推移している。",
    "保育所保育料": "退園児に係る滞納繰越分の回収が進み、前年同期を上回っている。",
    "市営住宅使用料": "連帯保証人への催告を強化した結果、滞納繰越分の徴収率が改善した。",
    "下水道使用料": "水道料金との一体的な催告により、前年同期を上回る水準で推移している。",
}

thin = Side(style="thin")
hair = Side(style="hair")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def cell(ws, ref, value, *, bold=False, size=10, align="left", border=True, wrap=True, valign="center"):
    c = ws[ref]
    c.value = value
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=align, vertical=valign, wrap_text=wrap)
    if border:
        c.border = BOX
    return c


def boxrange(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def setup(ws, landscape=True):
    ws.page_setup.paperSize = 9
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.8
    ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.oddHeader.right.text = "みよし市 財務部収納課"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"


def build():
    wb = Workbook()
    facts, inits = [], []

    # ---- page 1: summary ----
    ws = wb.active
    ws.title = "総括"
    setup(ws)
    widths = [22, 14, 11, 11, 9, 11, 11, 9]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    cell(ws, "A1", "令和５年度　未収債権 回収・整理計画 取組状況報告（２月末）", bold=True, size=14, border=False)
    ws.merge_cells("A1:H1")
    cell(ws, "F2", "令和６年３月15日", align="right", border=False)
    ws.merge_cells("F2:H2")
    cell(ws, "A3", "１　主要債権の徴収率（２月末現在）", bold=True, size=11, border=False)
    ws.merge_cells("A3:E3")
    cell(ws, "G3", "（単位：％）", align="right", border=False)
    ws.merge_cells("G3:H3")
    cell(ws, "A4", "債権名", align="center"); ws.merge_cells("A4:A5")
    cell(ws, "B4", "所管課", align="center"); ws.merge_cells("B4:B5")
    cell(ws, "C4", "現年度分", align="center"); ws.merge_cells("C4:E4")
    cell(ws, "F4", "滞納繰越分", align="center"); ws.merge_cells("F4:H4")
    for col, t in zip("CDEFGH", ["R6.2月末", "前年同期", "差", "R6.2月末", "前年同期", "差"]):
        cell(ws, f"{col}5", t, align="center")
    boxrange(ws, "A4:H5")
    r = 6
    for d in DEBTS:
        name, ka = d[0], d[1]
        cn, cp = rate(d[4], d[3]), rate(d[6], d[5])
        an, ap = d[7], d[8]
        cell(ws, f"A{r}", name)
        cell(ws, f"B{r}", ka, align="center")
        vals = [f"{cn:.1f}", f"{cp:.1f}", f"{cn - cp:+.1f}", f"{an:.1f}", f"{ap:.1f}", f"{an - ap:+.1f}"]
        for col, v in zip("CDEFGH", vals):
            cell(ws, f"{col}{r}", v, align="right")
        facts += [
            fact(name, 2023, "R6.2月末", "current", "collection_rate", "interim", cn, "percent", f"{cn:.1f}", 1, as_of=NOW),
            fact(name, 2022, "前年同期", "current", "collection_rate", "interim", cp, "percent", f"{cp:.1f}", 1, as_of=PREV),
            fact(name, 2023, "R6.2月末", "arrears", "collection_rate", "interim", an, "percent", f"{an:.1f}", 1, as_of=NOW),
            fact(name, 2022, "前年同期", "arrears", "collection_rate", "interim", ap, "percent", f"{ap:.1f}", 1, as_of=PREV),
        ]
        r += 1
    cell(ws, f"A{r}", "※R6.2月末は令和６年２月29日現在、前年同期は令和５年２月28日現在の数値。差はポイント。",
         size=9, border=False)
    ws.merge_cells(f"A{r}:H{r}")
    r += 2
    cell(ws, f"A{r}", "２　未収金残高の見込み", bold=True, size=11, border=False)
    ws.merge_cells(f"A{r}:E{r}")
    cell(ws, f"G{r}", "（単位：千円）", align="right", border=False)
    ws.merge_cells(f"G{r}:H{r}")
    r += 1
    heads = ["債権名", "R4決算", "R5決算見込", "R5目標", "見込－目標"]
    cols = ["A", "B", "C", "D", "E"]
    for col, t in zip(cols, heads):
        cell(ws, f"{col}{r}", t, align="center")
    r += 1
    tot = [0, 0, 0]
    for d in DEBTS:
        name = d[0]
        o = d[10]
        act, est, tgt = o[0], o[2], o[3]
        tot = [tot[0] + act, tot[1] + est, tot[2] + tgt]
        cell(ws, f"A{r}", name)
        for col, v in zip("BCDE", [comma(act), comma(est), comma(tgt), f"{est - tgt:,}"]):
            cell(ws, f"{col}{r}", v, align="right")
        facts += [
            fact(name, 2022, "R4決算", "total", "outstanding", "actual", act * 1000, "yen", comma(act), 1),
            fact(name, 2023, "R5決算見込", "total", "outstanding", "estimate", est * 1000, "yen", comma(est), 1),
            fact(name, 2023, "R5目標", "total", "outstanding", "target", tgt * 1000, "yen", comma(tgt), 1),
        ]
        r += 1
    cell(ws, f"A{r}", "合計", align="center", bold=True)
    for col, v in zip("BCDE", [comma(tot[0]), comma(tot[1]), comma(tot[2]), f"{tot[1] - tot[2]:,}"]):
        cell(ws, f"{col}{r}", v, align="right", bold=True)
    facts += [
        fact(None, 2022, "R4決算", "total", "outstanding", "actual", tot[0] * 1000, "yen", comma(tot[0]), 1, debt_raw="合計"),
        fact(None, 2023, "R5決算見込", "total", "outstanding", "estimate", tot[1] * 1000, "yen", comma(tot[1]), 1, debt_raw="合計"),
        fact(None, 2023, "R5目標", "total", "outstanding", "target", tot[2] * 1000, "yen", comma(tot[2]), 1, debt_raw="合計"),
    ]

    # ---- one sheet per debt ----
    for k, d in enumerate(DEBTS):
        page = k + 2
        name, ka, kubun = d[0], d[1], d[2]
        an_n, cl_n, an_p, cl_p = d[3], d[4], d[5], d[6]
        cn, cp = rate(cl_n, an_n), rate(cl_p, an_p)
        arn, arp = d[7], d[8]
        rr, o = d[9], d[10]
        ws = wb.create_sheet(f"{k + 1:02d}")
        setup(ws)
        for i, w in enumerate([16, 14, 14, 14, 14, 14, 14, 14]):
            ws.column_dimensions["ABCDEFGH"[i]].width = w
        cell(ws, "A1", "令和５年度　未収債権の取組状況（２月末）", bold=True, size=13, border=False)
        ws.merge_cells("A1:F1")
        cell(ws, "H1", f"No.{k + 1}", align="right", border=False)
        # label/value box
        for col, t, b in zip("ABCDEF", ["債権名", name, "所管課", ka, "債権区分", kubun], [1, 0, 1, 0, 1, 0]):
            cell(ws, f"{col}3", t, bold=bool(b), align="center" if b else "left")
        ws.merge_cells("F3:H3")
        boxrange(ws, "F3:H3")
        ws.row_dimensions[3].height = 22
        # bracketed heading over segment-only bullets
        cell(ws, "A5", "【徴収率】令和６年２月末時点", bold=True, border=False)
        ws.merge_cells("A5:D5")
        cell(ws, "A6", f"・現年度分　{cn:.1f}％（前年同期　{cp:.1f}％）", border=False)
        ws.merge_cells("A6:E6")
        cell(ws, "A7", f"・滞納繰越分　{arn:.1f}％（前年同期　{arp:.1f}％）", border=False)
        ws.merge_cells("A7:E7")
        facts += [
            fact(name, 2023, "令和６年２月末", "current", "collection_rate", "interim", cn, "percent", f"{cn:.1f}％", page, as_of=NOW),
            fact(name, 2022, "前年同期", "current", "collection_rate", "interim", cp, "percent", f"{cp:.1f}％", page, as_of=PREV),
            fact(name, 2023, "令和６年２月末", "arrears", "collection_rate", "interim", arn, "percent", f"{arn:.1f}％", page, as_of=NOW),
            fact(name, 2022, "前年同期", "arrears", "collection_rate", "interim", arp, "percent", f"{arp:.1f}％", page, as_of=PREV),
        ]
        # 前年度 | 今年度 table
        cell(ws, "A9", "区分", align="center"); ws.merge_cells("A9:B10")
        boxrange(ws, "A9:B10")
        cell(ws, "C9", "前年度（令和４年度）", align="center"); ws.merge_cells("C9:D9")
        cell(ws, "E9", "今年度（令和５年度）", align="center"); ws.merge_cells("E9:F9")
        boxrange(ws, "C9:F9")
        for col, t in zip("CDEF", ["決算", "目標", "決算見込", "目標"]):
            cell(ws, f"{col}10", t, align="center")
        rows = [("現年度分徴収率", "current", 0), ("滞納繰越分徴収率", "arrears", 1)]
        r = 11
        for lab, seg, off in rows:
            cell(ws, f"A{r}", lab); ws.merge_cells(f"A{r}:B{r}"); boxrange(ws, f"A{r}:B{r}")
            vals = [rr[off], rr[2 + off], rr[4 + off], rr[6 + off]]
            specs = [(2022, "令和４年度", "actual"), (2022, "令和４年度", "target"),
                     (2023, "令和５年度", "estimate"), (2023, "令和５年度", "target")]
            for col, v, (fy, fyr, basis) in zip("CDEF", vals, specs):
                cell(ws, f"{col}{r}", f"{v:.1f}%", align="right")
                facts.append(fact(name, fy, fyr, seg, "collection_rate", basis, v, "percent", f"{v:.1f}%", page))
            r += 1
        cell(ws, f"A{r}", "未収金残高（千円）"); ws.merge_cells(f"A{r}:B{r}"); boxrange(ws, f"A{r}:B{r}")
        specs = [(2022, "令和４年度", "actual"), (2022, "令和４年度", "target"),
                 (2023, "令和５年度", "estimate"), (2023, "令和５年度", "target")]
        for col, v, (fy, fyr, basis) in zip("CDEF", o, specs):
            cell(ws, f"{col}{r}", comma(v), align="right")
            facts.append(fact(name, fy, fyr, "total", "outstanding", basis, v * 1000, "yen", comma(v), page))
        r += 2
        # 参考: 2月末 現年度分
        cell(ws, f"A{r}", "（参考）現年度分の収納状況", bold=True, border=False)
        ws.merge_cells(f"A{r}:D{r}")
        cell(ws, f"F{r}", "単位：千円、％", align="right", border=False)
        ws.merge_cells(f"F{r}:G{r}")
        r += 1
        for col, t in zip("ABCD", ["", "調定額", "収入済額", "徴収率"]):
            cell(ws, f"{col}{r}", t, align="center")
        r += 1
        for lab, a, c, rt, fy, fyr, asof in [("令和６年２月末", an_n, cl_n, cn, 2023, "令和６年２月末", NOW),
                                             ("前年同期", an_p, cl_p, cp, 2022, "前年同期", PREV)]:
            cell(ws, f"A{r}", lab, align="center")
            cell(ws, f"B{r}", comma(a), align="right")
            cell(ws, f"C{r}", comma(c), align="right")
            cell(ws, f"D{r}", f"{rt:.1f}", align="right")
            facts += [
                fact(name, fy, fyr, "current", "assessed", "interim", a * 1000, "yen", comma(a), page, as_of=asof),
                fact(name, fy, fyr, "current", "collected", "interim", c * 1000, "yen", comma(c), page, as_of=asof),
                fact(name, fy, fyr, "current", "collection_rate", "interim", rt, "percent", f"{rt:.1f}", page, as_of=asof),
            ]
            r += 1
        r += 1
        # 主な取組 box (one merged cell, several numbered items, tag after 。)
        cell(ws, f"A{r}", "●主な取組", bold=True, border=False)
        r += 1
        lines = []
        wrap_tag = k % 2 == 1
        for lab, text, st in INITS[name]:
            lines.append(f"{lab}{text}" + ("\n" if wrap_tag else "") + f"【{st}】")
            inits.append(init(name, 2023, "主な取組", lab, text, st, page))
        body = "\n".join(lines)
        cell(ws, f"A{r}", body, valign="top")
        ws.merge_cells(f"A{r}:H{r}")
        boxrange(ws, f"A{r}:H{r}")
        nlines = sum(math.ceil(len(x) / 50) + (1 if wrap_tag else 0) for _, x, _ in INITS[name])
        ws.row_dimensions[r].height = 15 * nlines + 10
        r += 2
        cell(ws, f"A{r}", "取組状況", align="center")
        cell(ws, f"B{r}", STATUS_TEXT[name], valign="top")
        ws.merge_cells(f"B{r}:H{r}")
        boxrange(ws, f"B{r}:H{r}")
        ws.row_dimensions[r].height = 36

    OUT.mkdir(parents=True, exist_ok=True)
    xlsx = OUT / f"{STEM}.xlsx"
    wb.save(xlsx)
    to_pdf(xlsx, PDF / f"{STEM}.pdf", "miyoshi")
    document = {"kind": "progress_report", "municipality": CITY,
                "title": "令和５年度 未収債権 回収・整理計画 取組状況報告（２月末）",
                "date": "2024-03-15", "date_raw": "令和６年３月15日"}
    return write_gold(STEM, document, facts, inits)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
