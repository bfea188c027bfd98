"""東湊市 令和６年度 債権回収・整理計画（中間報告）: openpyxl -> LibreOffice, one sheet (= one page) per debt.

Modelled on the 債権回収・整理計画（中間報告） that 豊中市 / 吹田市 publish twice a year (上半期実績と中間計画,
現年度分・滞納繰越分の目標徴収率, 未収金残高), with the 区別 table of a designated city. City invented.
"""
from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.page import PageMargins

sys.path.insert(0, str(Path(__file__).resolve().parent))
from h_common import F, OUT, ROOT, check, page_texts, to_pdf, write_gold  # noqa: E402

STEM = "h_higashiminato_progress_1"
CITY = "東湊市"
ASOF, ASOF_PREV = "2024-09-30", "2023-09-30"
FY, FYP = 2024, 2023

# amounts in 千円 (Decimal for the one sheet printed with one decimal)
D = Decimal
DEBTS = [
    dict(name="市税", canon="市税", dept="財政局税務部納税課", kind="強制徴収公債権", dec=0,
         amt={"current": (D(42318560), D(23512904)), "arrears": (D(2145870), D(498733))},
         prev9={"current": 55.12, "arrears": 22.05, "total": 52.98},
         est={"current": 99.05, "arrears": 31.00, "total": 96.40}, tgt={"current": 99.10, "arrears": 32.00, "total": 96.55},
         prevfin={"current": 98.96, "arrears": 30.12, "total": 96.21},
         end_prev={"current": D(443755), "arrears": D(1702115)}, end_tgt={"current": D(425000), "arrears": D(1555000)},
         wards={"中央区": (56.9, 55.8, 25.1, 23.0), "東区": (55.2, 54.9, 22.7, 21.9), "西区": (54.8, 55.0, 21.4, 22.6),
                "南区": (55.9, 55.3, 23.8, 21.2), "北区": (55.0, 54.6, 22.9, 21.7)}),
    dict(name="国民健康保険料", canon="国民健康保険料", dept="健康福祉局保険年金課", kind="強制徴収公債権", dec=0,
         amt={"current": (D(9856240), D(4212735)), "arrears": (D(3215408), D(512339))},
         prev9={"current": 41.90, "arrears": 16.85, "total": 35.10},
         est={"current": 93.20, "arrears": 21.50, "total": 77.30}, tgt={"current": 93.50, "arrears": 22.00, "total": 77.80},
         prevfin={"current": 92.88, "arrears": 20.75, "total": 76.92},
         end_prev={"current": D(701852), "arrears": D(2513556)}, end_tgt={"current": D(690000), "arrears": D(2360000)},
         wards={"中央区": (44.1, 42.6, 17.2, 18.0), "東区": (42.3, 41.7, 15.0, 16.9), "西区": (41.8, 41.2, 16.4, 17.1),
                "南区": (43.0, 42.2, 15.6, 16.3), "北区": (42.9, 41.5, 15.1, 16.2)}),
    dict(name="介護保険料", canon="介護保険料", dept="健康福祉局介護保険課", kind="強制徴収公債権", dec=0,
         amt={"current": (D(7125300), D(4480115)), "arrears": (D(185640), D(21455))},
         prev9={"current": 62.70, "arrears": 11.02, "total": 60.80},
         est={"current": 98.90, "arrears": 15.20, "total": 96.70}, tgt={"current": 99.00, "arrears": 16.00, "total": 96.85},
         prevfin={"current": 98.84, "arrears": 14.71, "total": 96.55},
         end_prev={"current": D(82110), "arrears": D(103530)}, end_tgt={"current": D(80000), "arrears": D(98000)}),
    dict(name="市営住宅使用料", canon="市営住宅使用料", dept="都市整備局住宅管理課", kind="私債権", dec=1,
         amt={"current": (D("1254380.4"), D("1082115.9")), "arrears": (D("268412.7"), D("30871.3"))},
         prev9={"current": 85.95, "arrears": 10.88, "total": 72.40},
         est={"current": 97.60, "arrears": 14.00, "total": 83.10}, tgt={"current": 98.00, "arrears": 15.00, "total": 83.70},
         prevfin={"current": 97.45, "arrears": 13.62, "total": 82.65},
         end_prev={"current": D("31502.8"), "arrears": D("236909.9")}, end_tgt={"current": D("30000.0"), "arrears": D("225000.0")}),
]
INIT = {  # (section, [(label, text, status)], style)
    "市税": [
        ("上半期の取組状況", "box", [
            ("①", "納期限後２０日以内に督促状を発送し、督促後も未納の方には文書及び電話による催告を集中的に行った。", "継続"),
            ("②", "携帯電話番号が判明している滞納者に対し、ＳＭＳによる催告を年４回実施した。", "拡充"),
            ("③", "滞納繰越分のうち高額事案について、預貯金及び給与の調査を前倒しして実施した。", "継続"),
        ]),
        ("下半期の取組", "two", [
            ("(1)", "１２月の一斉催告にあわせて夜間及び休日の納付相談窓口を開設する。", "継続"),
            ("(2)", "納付書にスマートフォン決済用のコードを印字し、期限内納付を促す。", "新規"),
            ("(1)", "財産が判明した事案は速やかに差押えを行い、換価を進める。", "継続"),
            ("(2)", "執行停止の要件に該当する事案は、調査の上で適正に処理する。", "継続"),
        ]),
    ],
    "国民健康保険料": [
        ("上半期の取組状況", "box", [
            ("ア", "資格取得時に口座振替の原則化を案内し、窓口での口座登録を勧奨した。", "継続"),
            ("イ", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を確認した。", "継続"),
            ("ウ", "区役所の収納担当職員を対象に、滞納処分の実務研修を実施した。", "新規"),
        ]),
        ("下半期の取組", "two", [
            ("・", "１０月から１２月を催告強化期間とし、各区で一斉催告と電話催告を行う。", "継続"),
            ("・", "資格喪失世帯に対する納付督励を文書で行う。", "継続"),
            ("・", "財産調査により資力が判明した世帯に差押予告書を送付する。", "拡充"),
        ]),
    ],
    "介護保険料": [
        ("上半期の取組状況", "box", [
            ("(1)", "普通徴収の初期滞納者に対して、納期限の翌月に催告書を送付した。", "継続"),
            ("(2)", "給付制限の対象となる方には事前に通知し、納付相談を行った。", "継続"),
        ]),
    ],
    "市営住宅使用料": [
        ("上半期の取組状況", "box", [
            ("・", "滞納３か月以上の入居者に対して、連帯保証人への通知を行った。", "継続"),
            ("・", "退去者の滞納分について、債権回収業者への委託を開始した。", "新規"),
            ("・", "長期滞納者との分納誓約を見直し、履行を確認した。", "継続"),
        ]),
    ],
}
SEGS = [("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "合計")]
thin = Side(style="thin")
GRID = Border(left=thin, right=thin, top=thin, bottom=thin)
FONT = "IPAexゴシック"


def rate(c: Decimal, a: Decimal) -> float:
    return float((c * 100 / a).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP"))


def amt_str(v: Decimal, dec: int) -> str:
    return f"{v:,.{dec}f}"


def yen(v: Decimal) -> int:
    return int(v * 1000)


def setc(ws, ref, val, bold=False, size=9, h="center", wrap=True, border=True, v="center"):
    c = ws[ref]
    c.value = val
    c.font = Font(name=FONT, bold=bold, size=size)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border:
        c.border = GRID
    return c


def merge(ws, rng, val, **kw):
    ws.merge_cells(rng)
    first = rng.split(":")[0]
    setc(ws, first, val, **kw)
    if kw.get("border", True):
        for row in ws[rng]:
            for c in row:
                c.border = GRID


def page_setup(ws, landscape=True):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.85, bottom=0.6, header=0.3)
    ws.oddHeader.right.text = "東湊市債権管理推進会議資料"
    ws.oddFooter.center.text = "&P / &N"


def figures(d):
    a = d["amt"]
    tot = (a["current"][0] + a["arrears"][0], a["current"][1] + a["arrears"][1])
    allamt = {**a, "total": tot}
    now = {s: rate(allamt[s][1], allamt[s][0]) for s, _ in SEGS}
    return allamt, now


def build_summary(wb, facts):
    ws = wb.active
    ws.title = "総括"
    page_setup(ws, landscape=False)
    for col, w in zip("ABCDEFG", [24, 16, 16, 10, 12, 10, 4]):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:F1", "令和６年度　債権回収・整理計画（中間報告）", bold=True, size=14, border=False)
    merge(ws, "A2:F2", "令和６年１２月　東湊市財政局", size=10, border=False, h="right")
    merge(ws, "A4:F4", "１　主要債権の上半期徴収状況（令和６年９月末現在・現年度分と滞納繰越分の計）", bold=True, size=10.5,
          border=False, h="left")
    merge(ws, "A5:F5", "（単位：千円、％）", size=9, border=False, h="right")
    hdr = ["債権名", "調定額", "収入額", "徴収率", "前年同期\n徴収率", "対前年\n同期"]
    for j, h in enumerate(hdr):
        setc(ws, f"{'ABCDEF'[j]}6", h, bold=True)
    rows = []
    for d in DEBTS:
        allamt, now = figures(d)
        rows.append((d, allamt["total"], now["total"], d["prev9"]["total"]))
    ta = sum(r[1][0] for r in rows)
    tc = sum(r[1][1] for r in rows)
    trate = rate(tc, ta)
    tprev = 50.93
    lines = [("合計", None, (ta, tc), trate, tprev)] + [(r[0]["name"], r[0], r[1], r[2], r[3]) for r in rows]
    rr = 7
    for label, d, (a, c), rt, pv in lines:
        a0, c0 = a.quantize(D(1), rounding="ROUND_HALF_UP"), c.quantize(D(1), rounding="ROUND_HALF_UP")
        diff = rt - pv
        vals = [label, f"{a0:,}", f"{c0:,}", f"{rt:.2f}", f"{pv:.2f}", ("+" if diff >= 0 else "△") + f"{abs(diff):.2f}"]
        for j, v in enumerate(vals):
            setc(ws, f"{'ABCDEF'[j]}{rr}", v, h="left" if j == 0 else "right", bold=(label == "合計"))
        canon = d["canon"] if d else None
        draw = label
        facts += [
            F(canon, FY, "令和６年９月末", "total", "assessed", "interim", int(a0) * 1000, "yen", f"{a0:,}", 1, as_of=ASOF, debt_raw=draw),
            F(canon, FY, "令和６年９月末", "total", "collected", "interim", int(c0) * 1000, "yen", f"{c0:,}", 1, as_of=ASOF, debt_raw=draw),
            F(canon, FY, "令和６年９月末", "total", "collection_rate", "interim", rt, "percent", f"{rt:.2f}", 1, as_of=ASOF, debt_raw=draw),
            F(canon, FYP, "前年同期", "total", "collection_rate", "interim", pv, "percent", f"{pv:.2f}", 1, as_of=ASOF_PREV, debt_raw=draw),
        ]
        rr += 1
    rr += 1
    notes = ["注１　「前年同期」は令和５年９月末現在の数値である。",
             "注２　市営住宅使用料の調定額・収入額は千円未満を四捨五入している。",
             "注３　対前年同期欄の単位はポイント。",
             "２　債権別の状況は次ページ以降の個票のとおり。"]
    for n in notes:
        merge(ws, f"A{rr}:F{rr}", n, size=9, border=False, h="left")
        rr += 1


def build_sheet(wb, d, page, facts, inits):
    ws = wb.create_sheet(d["name"])
    page_setup(ws)
    widths = [14, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13]
    cols = "ABCDEFGHIJK"
    for col, w in zip(cols, widths):
        ws.column_dimensions[col].width = w
    dec = d["dec"]
    merge(ws, "A1:H1", "令和６年度　債権回収・整理計画（中間報告）", bold=True, size=13, border=False, h="left")
    merge(ws, "I1:K1", "上半期（令和６年９月末）", size=10, border=False, h="right")
    # label/value box
    setc(ws, "A3", "債権名", bold=True)
    merge(ws, "B3:D3", d["name"], size=11, bold=True)
    setc(ws, "E3", "所管課", bold=True)
    merge(ws, "F3:H3", d["dept"])
    setc(ws, "I3", "債権区分", bold=True)
    merge(ws, "J3:K3", d["kind"])
    allamt, now = figures(d)
    # 1 徴収率 (header over three rows; two year headings side by side)
    merge(ws, "A5:I5", "１　徴収率の状況", bold=True, size=10.5, border=False, h="left")
    merge(ws, "J5:K5", "単位：％", size=9, border=False, h="right")
    merge(ws, "A6:A8", "区分", bold=True)
    merge(ws, "B6:D6", "令和６年度", bold=True)
    merge(ws, "E6:F6", "令和５年度", bold=True)
    merge(ws, "G6:G8", "前年同期\nとの差", bold=True)
    setc(ws, "B7", "上半期実績", bold=True)
    merge(ws, "C7:D7", "見込み・目標", bold=True)
    setc(ws, "E7", "上半期実績", bold=True)
    setc(ws, "F7", "実績", bold=True)
    for ref, t in (("B8", "９月末"), ("C8", "決算見込"), ("D8", "目標"), ("E8", "９月末"), ("F8", "決算")):
        setc(ws, ref, t, bold=True)
    r = 9
    name, canon = d["name"], d["canon"]
    for seg, lab in SEGS:
        diff = now[seg] - d["prev9"][seg]
        vals = [lab, f"{now[seg]:.2f}", f"{d['est'][seg]:.2f}", f"{d['tgt'][seg]:.2f}", f"{d['prev9'][seg]:.2f}",
                f"{d['prevfin'][seg]:.2f}", ("+" if diff >= 0 else "△") + f"{abs(diff):.2f}"]
        for j, v in enumerate(vals):
            setc(ws, f"{cols[j]}{r}", v, h="center" if j == 0 else "right")
        facts += [
            F(canon, FY, "令和６年度 ９月末", seg, "collection_rate", "interim", now[seg], "percent", f"{now[seg]:.2f}", page, as_of=ASOF, debt_raw=name),
            F(canon, FY, "令和６年度 決算見込", seg, "collection_rate", "estimate", d["est"][seg], "percent", f"{d['est'][seg]:.2f}", page, debt_raw=name),
            F(canon, FY, "令和６年度 目標", seg, "collection_rate", "target", d["tgt"][seg], "percent", f"{d['tgt'][seg]:.2f}", page, debt_raw=name),
            F(canon, FYP, "令和５年度 ９月末", seg, "collection_rate", "interim", d["prev9"][seg], "percent", f"{d['prev9'][seg]:.2f}", page, as_of=ASOF_PREV, debt_raw=name),
            F(canon, FYP, "令和５年度 決算", seg, "collection_rate", "actual", d["prevfin"][seg], "percent", f"{d['prevfin'][seg]:.2f}", page, debt_raw=name),
        ]
        r += 1
    # 2 未収金残高
    r += 1
    merge(ws, f"A{r}:I{r}", "２　調定額・収入額及び未収金残高", bold=True, size=10.5, border=False, h="left")
    unit = "単位：千円（千円未満小数点第１位まで）" if dec else "単位：千円"
    merge(ws, f"J{r}:K{r}", unit, size=8 if dec else 9, border=False, h="right")
    r += 1
    merge(ws, f"A{r}:A{r+1}", "区分", bold=True)
    merge(ws, f"B{r}:D{r}", "令和６年９月末現在", bold=True)
    setc(ws, f"E{r}", "令和５年度末", bold=True)
    setc(ws, f"F{r}", "令和６年度末", bold=True)
    for ref, t in ((f"B{r+1}", "調定額"), (f"C{r+1}", "収入額"), (f"D{r+1}", "未収金残高"), (f"E{r+1}", "未収金残高\n（実績）"),
                   (f"F{r+1}", "未収金残高\n（目標）")):
        setc(ws, ref, t, bold=True)
    r += 2
    endp = {**d["end_prev"], "total": d["end_prev"]["current"] + d["end_prev"]["arrears"]}
    endt = {**d["end_tgt"], "total": d["end_tgt"]["current"] + d["end_tgt"]["arrears"]}
    for seg, lab in SEGS:
        a, c = allamt[seg]
        o = a - c
        vals = [lab, amt_str(a, dec), amt_str(c, dec), amt_str(o, dec), amt_str(endp[seg], dec), amt_str(endt[seg], dec)]
        for j, v in enumerate(vals):
            setc(ws, f"{cols[j]}{r}", v, h="center" if j == 0 else "right")
        facts += [
            F(canon, FY, "令和６年９月末", seg, "assessed", "interim", yen(a), "yen", amt_str(a, dec), page, as_of=ASOF, debt_raw=name),
            F(canon, FY, "令和６年９月末", seg, "collected", "interim", yen(c), "yen", amt_str(c, dec), page, as_of=ASOF, debt_raw=name),
            F(canon, FY, "令和６年９月末", seg, "outstanding", "interim", yen(o), "yen", amt_str(o, dec), page, as_of=ASOF, debt_raw=name),
            F(canon, FYP, "令和５年度末", seg, "outstanding", "actual", yen(endp[seg]), "yen", amt_str(endp[seg], dec), page, debt_raw=name),
            F(canon, FY, "令和６年度末", seg, "outstanding", "target", yen(endt[seg]), "yen", amt_str(endt[seg], dec), page, debt_raw=name),
        ]
        r += 1
    # 3 initiatives
    for sec_no, (section, style, items) in enumerate(INIT[d["name"]], 3):
        r += 1
        merge(ws, f"A{r}:K{r}", f"{sec_no}　{section}", bold=True, size=10.5, border=False, h="left")
        r += 1
        if style == "box":
            text = "\n".join(f"{lab}{'　' if lab in ('・', 'ア', 'イ', 'ウ') else ''}{t}【{st}】" for lab, t, st in items)
            merge(ws, f"A{r}:K{r+len(items)-1}", text, h="left", v="top", size=9.5)
            for i in range(len(items)):
                ws.row_dimensions[r + i].height = 17
            r += len(items)
        else:  # two cells side by side, tags wrapped to the next line, no 取組 heading inside the table
            setc(ws, f"A{r}", "区分", bold=True)
            if d["name"] == "市税":
                merge(ws, f"B{r}:F{r}", "現年度分", bold=True)
                merge(ws, f"G{r}:K{r}", "滞納繰越分", bold=True)
                left, right = items[:2], items[2:]
            else:
                merge(ws, f"B{r}:F{r}", "現年度分・滞納繰越分共通", bold=True)
                merge(ws, f"G{r}:K{r}", "区役所との連携", bold=True)
                left, right = items[:2], items[2:]
            r += 1
            setc(ws, f"A{r}", "下半期\n重点事項", bold=True)
            lt = "\n".join(f"{lab}{t}\n【{st}】" for lab, t, st in left)
            rt_ = "\n".join(f"{lab}{t}\n【{st}】" for lab, t, st in right)
            merge(ws, f"B{r}:F{r}", lt, h="left", v="top")
            merge(ws, f"G{r}:K{r}", rt_, h="left", v="top")
            ws.row_dimensions[r].height = 15 * max(len(left), len(right)) * 3
            r += 1
        for lab, t, st in items:
            inits.append({"debt": canon, "debt_raw": name, "fiscal_year": FY, "section": section, "label": lab,
                          "text": t, "status": st, "page": page})
    # ward table
    if "wards" in d:
        r += 1
        merge(ws, f"A{r}:I{r}", f"{3 + len(INIT[d['name']])}　区別徴収率（令和６年９月末現在）", bold=True, size=10.5,
              border=False, h="left")
        r += 1
        merge(ws, f"A{r}:A{r+1}", "区", bold=True)
        merge(ws, f"B{r}:D{r}", "現年度分", bold=True)
        merge(ws, f"E{r}:G{r}", "滞納繰越分", bold=True)
        for j, t in enumerate(["R6.9末", "R5.9末", "差"] * 2):
            setc(ws, f"{cols[1 + j]}{r+1}", t, bold=True)
        r += 2
        wards = [("全市", (now["current"], d["prev9"]["current"], now["arrears"], d["prev9"]["arrears"]))]
        wards += [(k, (v[0], v[1], v[2], v[3])) for k, v in d["wards"].items()]
        for ward, (c6, c5, a6, a5) in wards:
            c6, c5, a6, a5 = (round(x, 1) for x in (c6, c5, a6, a5))
            vals = [ward, f"{c6:.1f}%", f"{c5:.1f}%", f"{c6 - c5:+.1f}", f"{a6:.1f}%", f"{a5:.1f}%", f"{a6 - a5:+.1f}"]
            for j, v in enumerate(vals):
                setc(ws, f"{cols[j]}{r}", v, h="center" if j == 0 else "right")
            area = None if ward == "全市" else ward
            facts += [
                F(canon, FY, "R6.9末", "current", "collection_rate", "interim", c6, "percent", f"{c6:.1f}%", page, as_of=ASOF, area=area, debt_raw=name),
                F(canon, FYP, "R5.9末", "current", "collection_rate", "interim", c5, "percent", f"{c5:.1f}%", page, as_of=ASOF_PREV, area=area, debt_raw=name),
                F(canon, FY, "R6.9末", "arrears", "collection_rate", "interim", a6, "percent", f"{a6:.1f}%", page, as_of=ASOF, area=area, debt_raw=name),
                F(canon, FYP, "R5.9末", "arrears", "collection_rate", "interim", a5, "percent", f"{a5:.1f}%", page, as_of=ASOF_PREV, area=area, debt_raw=name),
            ]
            r += 1
        merge(ws, f"A{r}:K{r}", "※差はポイント。全市の値は１の表の９月末徴収率を小数点第１位に丸めたもの。", size=8.5, border=False, h="left")


def main():
    wb = Workbook()
    facts, inits = [], []
    build_summary(wb, facts)
    for i, d in enumerate(DEBTS, 2):
        build_sheet(wb, d, i, facts, inits)
    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = to_pdf(src, ROOT / "pdf" / f"{STEM}.pdf", "higashiminato")
    texts = page_texts(pdf)
    document = {"kind": "progress_report", "municipality": CITY, "title": "令和６年度　債権回収・整理計画（中間報告）",
                "date": "2024-12-01", "date_raw": "令和６年１２月"}
    gold = write_gold(STEM, pdf, document, facts, inits)
    errs = check(gold, pdf)
    print(STEM, "pages", len(texts), "facts", len(facts), "initiatives", len(inits), "errors", len(errs))
    for e in errs[:20]:
        print("  ", e)


if __name__ == "__main__":
    main()
