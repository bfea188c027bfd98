"""八尾市-style 債権回収・整理計画（中間報告）: openpyxl → LibreOffice, one landscape sheet per debt.

Family: mid-year progress sheets (osaka seed). Layout modelled on 大阪府「債権回収・整理計画（目標達成状況）」
and the 「未収債権の目標及び具体処理策」 sheets (debts as pages, 未収金残高 / 徴収率, years down the rows).
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

sys.path.insert(0, str(Path(__file__).resolve().parent))
from g_common import F, I, OUT, ROOT, c, kyen, to_pdf, write_gold, zen  # noqa: E402

STEM = "g_yao_chukan_1"
MUNI = "八尾市"
TITLE = "令和７年度 債権回収・整理計画（中間報告）"
ASOF, ASOF_PREV = "2025-09-30", "2024-09-30"

# per debt: (name, 所管課, 区分, R6 決算 current (A,C,W), arrears (A,C,W), R7 見込 current, arrears,
#            R7 目標率 current, arrears, 9月末 R7 current (A,C), arrears (A,C), 9月末 R6 current, arrears) — 千円
DEBTS = [
    dict(name="市税", ka="納税課", kubun="強制徴収公債権",
         r6c=(31_482_615, 31_164_230, 0), r6a=(1_146_820, 392_514, 61_208),
         r7c=(31_905_400, 31_590_600, 0), r7a=(1_030_100, 365_700, 55_000),
         tc=99.1, ta=35.5,
         i7c=(31_020_480, 17_341_910), i7a=(1_012_306, 191_337),
         i6c=(30_611_072, 16_958_534), i6a=(1_140_377, 200_706)),
    dict(name="国民健康保険料", ka="保険年金課", kubun="強制徴収公債権",
         r6c=(6_813_540, 6_427_372, 0), r6a=(1_264_009, 282_106, 148_533),
         r7c=(6_702_000, 6_340_100, 0), r7a=(1_201_800, 276_400, 141_000),
         tc=94.8, ta=23.0,
         i7c=(6_655_118, 2_595_496), i7a=(1_195_412, 136_277),
         i6c=(6_790_233, 2_573_498), i6a=(1_259_774, 130_012)),
    dict(name="介護保険料", ka="高齢介護課", kubun="強制徴収公債権",
         r6c=(7_204_336, 7_114_281, 0), r6a=(214_706, 38_418, 52_107),
         r7c=(7_288_000, 7_199_100, 0), r7a=(205_400, 37_900, 50_500),
         tc=98.8, ta=18.5,
         i7c=(7_145_982, 3_722_056), i7a=(203_558, 19_541),
         i6c=(7_068_417, 3_660_039), i6a=(213_861, 18_177)),
    dict(name="市営住宅使用料", ka="住宅管理課", kubun="私債権",
         r6c=(1_082_455, 1_061_906, 0), r6a=(118_342, 16_810, 9_225),
         r7c=(1_075_000, 1_055_200, 0), r7a=(112_800, 16_900, 8_000),
         tc=98.2, ta=15.0,
         i7c=(537_212, 520_866), i7a=(112_644, 8_101),
         i6c=(540_988, 522_453), i6a=(118_040, 7_495)),
]


def r1(a, b):
    return round(b / a * 100 + 1e-9, 1)


def r2(a, b):
    return round(b / a * 100 + 1e-9, 2)


THIN = Side(style="thin")
HAIR = Side(style="hair")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GREY = PatternFill("solid", fgColor="D9D9D9")
FONT = "IPAexGothic"


def cell(ws, ref, v, bold=False, size=10, fill=None, border=BOX, h="center", wrap=False, v_="center"):
    ce = ws[ref]
    ce.value = v
    ce.font = Font(name=FONT, size=size, bold=bold)
    ce.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap)
    if border:
        ce.border = border
    if fill:
        ce.fill = fill
    return ce


def box_range(ws, rng, border=BOX):
    for row in ws[rng]:
        for ce in row:
            ce.border = border


def setup(ws, header_right):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddHeader.left.text = "八尾市 債権回収・整理計画（中間報告）"
    ws.oddHeader.left.size = 8
    ws.oddHeader.right.text = header_right
    ws.oddHeader.right.size = 9
    ws.oddFooter.center.text = "－ &P －"
    ws.oddFooter.center.size = 9


def build():
    facts, inits = [], []
    wb = Workbook()
    # ---------------- page 1: summary ----------------
    ws = wb.active
    ws.title = "総括"
    setup(ws, "資料１")
    for col, w in zip("ABCDEFGHI", [22, 13, 13, 10, 13, 13, 10, 4, 4]):
        ws.column_dimensions[col].width = w
    cell(ws, "A1", TITLE, bold=True, size=15, border=None, h="left")
    cell(ws, "A2", "― 主要債権の徴収状況（令和７年９月末現在） ―", size=11, border=None, h="left")
    cell(ws, "F2", "令和７年１１月　財政部債権管理課", size=9, border=None, h="right")
    ws.merge_cells("F2:G2")
    cell(ws, "A4", "表１　主要債権の徴収率（９月末時点）", bold=True, size=11, border=None, h="left")
    cell(ws, "G4", "（単位：％）", size=9, border=None, h="right")
    # three-row header
    cell(ws, "A5", "債　権　名", fill=GREY); ws.merge_cells("A5:A7")
    cell(ws, "B5", "現年度分", fill=GREY); ws.merge_cells("B5:D5")
    cell(ws, "E5", "過年度分", fill=GREY); ws.merge_cells("E5:G5")
    for col, lab in zip("BCDEFG", ["R7.9月末", "R6.9月末", "増減"] * 2):
        cell(ws, f"{col}6", lab, fill=GREY)
    for col, lab in zip("BCDEFG", ["(A)", "(B)", "(A)-(B)", "(C)", "(D)", "(C)-(D)"]):
        cell(ws, f"{col}7", lab, fill=GREY, size=8)
    box_range(ws, "A5:G7")
    rows = [("合　　計", None)] + [(d["name"], d) for d in DEBTS]
    tot = {k: [sum(d[k][i] for d in DEBTS) for i in range(2)] for k in ("i7c", "i7a", "i6c", "i6a")}
    r = 8
    for lab, d in rows:
        src = d if d else tot
        v = [r1(*src["i7c"]), r1(*src["i6c"]), r1(*src["i7a"]), r1(*src["i6a"])]
        dc, da = round(v[0] - v[1], 1), round(v[2] - v[3], 1)
        fmt = lambda x: f"{x:.1f}"
        dfmt = lambda x: ("△" if x < 0 else "") + f"{abs(x):.1f}"
        cell(ws, f"A{r}", lab, h="left", bold=d is None)
        for col, s in zip("BCDEFG", [fmt(v[0]), fmt(v[1]), dfmt(dc), fmt(v[2]), fmt(v[3]), dfmt(da)]):
            cell(ws, f"{col}{r}", s, h="right", bold=d is None)
        debt = d["name"] if d else None
        draw = d["name"] if d else "合計"
        facts += [
            F(debt, 2025, "R7.9月末", "current", "collection_rate", "interim", v[0], "percent", fmt(v[0]), 1, as_of=ASOF, debt_raw=draw),
            F(debt, 2024, "R6.9月末", "current", "collection_rate", "interim", v[1], "percent", fmt(v[1]), 1, as_of=ASOF_PREV, debt_raw=draw),
            F(debt, 2025, "R7.9月末", "arrears", "collection_rate", "interim", v[2], "percent", fmt(v[2]), 1, as_of=ASOF, debt_raw=draw),
            F(debt, 2024, "R6.9月末", "arrears", "collection_rate", "interim", v[3], "percent", fmt(v[3]), 1, as_of=ASOF_PREV, debt_raw=draw),
        ]
        r += 1
    cell(ws, f"A{r}", "※ 徴収率＝収入済額÷調定額（９月末時点の累計）。増減の△は前年同期を下回ったもの。", size=8, border=None, h="left")
    r += 2
    # table 2: 未収金残高 — debt per row, 決算 | 9月末 | 見込 | 目標
    cell(ws, f"A{r}", "表２　過年度分の未収金残高の状況", bold=True, size=11, border=None, h="left")
    cell(ws, f"G{r}", "（単位：千円）", size=9, border=None, h="right")
    r += 1
    hdr = r
    cell(ws, f"A{r}", "債　権　名", fill=GREY); ws.merge_cells(f"A{r}:A{r+1}")
    cell(ws, f"B{r}", "令和６年度", fill=GREY)
    cell(ws, f"C{r}", "令和７年度", fill=GREY); ws.merge_cells(f"C{r}:E{r}")
    cell(ws, f"F{r}", "前年同期", fill=GREY); ws.merge_cells(f"F{r}:F{r+1}")
    cell(ws, f"G{r}", "", fill=GREY); ws.merge_cells(f"G{r}:G{r+1}")
    cell(ws, f"B{r+1}", "決算", fill=GREY)
    cell(ws, f"C{r+1}", "９月末", fill=GREY)
    cell(ws, f"D{r+1}", "決算見込", fill=GREY)
    cell(ws, f"E{r+1}", "目標", fill=GREY)
    box_range(ws, f"A{hdr}:G{hdr+1}")
    ws[f"F{hdr}"].value = "R6.9月末"
    ws[f"G{hdr}"].value = "増減"
    r += 2
    sums = [0, 0, 0, 0, 0]
    for d in DEBTS:
        o6 = d["r6a"][0] - d["r6a"][1] - d["r6a"][2]
        oi7 = d["i7a"][0] - d["i7a"][1]
        o7e = d["r7a"][0] - d["r7a"][1] - d["r7a"][2]
        o7t = d["otarget"] = round(o7e * 0.97 / 100) * 100
        oi6 = d["i6a"][0] - d["i6a"][1]
        vals = [o6, oi7, o7e, o7t, oi6]
        for i, x in enumerate(vals):
            sums[i] += x
        diff = oi7 - oi6
        cell(ws, f"A{r}", d["name"], h="left")
        for col, x in zip("BCDEF", vals):
            cell(ws, f"{col}{r}", c(x), h="right")
        cell(ws, f"G{r}", ("▲" if diff < 0 else "") + c(abs(diff)), h="right")
        n = d["name"]
        facts += [
            F(n, 2024, "令和６年度決算", "arrears", "outstanding", "actual", kyen(o6), "yen", c(o6), 1),
            F(n, 2025, "令和７年度９月末", "arrears", "outstanding", "interim", kyen(oi7), "yen", c(oi7), 1, as_of=ASOF),
            F(n, 2025, "令和７年度決算見込", "arrears", "outstanding", "estimate", kyen(o7e), "yen", c(o7e), 1),
            F(n, 2025, "令和７年度目標", "arrears", "outstanding", "target", kyen(o7t), "yen", c(o7t), 1),
            F(n, 2024, "R6.9月末", "arrears", "outstanding", "interim", kyen(oi6), "yen", c(oi6), 1, as_of=ASOF_PREV),
        ]
        r += 1
    diff = sums[1] - sums[4]
    cell(ws, f"A{r}", "計", bold=True)
    for col, x in zip("BCDEF", sums):
        cell(ws, f"{col}{r}", c(x), h="right", bold=True)
    cell(ws, f"G{r}", ("▲" if diff < 0 else "") + c(abs(diff)), h="right", bold=True)
    for fy, fyr, basis, x, aso in [(2024, "令和６年度決算", "actual", sums[0], None), (2025, "令和７年度９月末", "interim", sums[1], ASOF),
                                   (2025, "令和７年度決算見込", "estimate", sums[2], None), (2025, "令和７年度目標", "target", sums[3], None),
                                   (2024, "R6.9月末", "interim", sums[4], ASOF_PREV)]:
        facts.append(F(None, fy, fyr, "arrears", "outstanding", basis, kyen(x), "yen", c(x), 1, as_of=aso, debt_raw="計"))
    r += 1
    cell(ws, f"A{r}", "※ 未収金残高＝調定額－収入済額－不納欠損額。▲は減少。", size=8, border=None, h="left")

    # ---------------- pages 2-5: one sheet per debt ----------------
    status_cycle = ["継続", "拡充", "新規", "継続", "継続", "新規"]
    for k, d in enumerate(DEBTS):
        page = k + 2
        n = d["name"]
        ws = wb.create_sheet(n)
        header_only = (n == "市営住宅使用料")
        setup(ws, f"債権名：{n}" if header_only else f"整理番号 {k+1:02d}")
        for col, w in zip("ABCDEFGH", [12, 20, 15, 15, 13, 15, 11, 11]):
            ws.column_dimensions[col].width = w
        cell(ws, "A1", "令和７年度　未収債権の徴収状況と後半の取組（９月末）", bold=True, size=13, border=None, h="left")
        if not header_only:
            cell(ws, "A3", "債権名", fill=GREY); cell(ws, "B3", n, bold=True); ws.merge_cells("B3:C3")
            cell(ws, "D3", "所管課", fill=GREY); cell(ws, "E3", d["ka"])
            cell(ws, "F3", "債権区分", fill=GREY); cell(ws, "G3", d["kubun"]); ws.merge_cells("G3:H3")
            box_range(ws, "A3:H3")
        else:
            cell(ws, "A3", f"所管：{d['ka']}（{d['kubun']}）", size=10, border=None, h="left")
        # bracket heading + bullets
        rc7, rc6 = r2(*d["i7c"]), r2(*d["i6c"])
        ra7, ra6 = r2(*d["i7a"]), r2(*d["i6a"])
        use_zen = k % 2 == 1
        pct = (lambda x: zen(f"{x:.2f}%")) if use_zen else (lambda x: f"{x:.2f}％")
        cell(ws, "A5", "【徴収率】令和７年９月末時点", bold=True, border=None, h="left")
        pc = round(rc7 - rc6, 2)
        pa = round(ra7 - ra6, 2)
        sgn = lambda x: ("＋" if x >= 0 else "△") + f"{abs(x):.2f}ポイント"
        cell(ws, "A6", f"　・現年度分　{pct(rc7)}（前年同期　{pct(rc6)}、{sgn(pc)}）", border=None, h="left")
        cell(ws, "A7", f"　・過年度分　{pct(ra7)}（前年同期　{pct(ra6)}、{sgn(pa)}）", border=None, h="left")
        facts += [
            F(n, 2025, "令和７年９月末", "current", "collection_rate", "interim", rc7, "percent", pct(rc7), page, as_of=ASOF),
            F(n, 2024, "前年同期", "current", "collection_rate", "interim", rc6, "percent", pct(rc6), page, as_of=ASOF_PREV),
            F(n, 2025, "令和７年９月末", "arrears", "collection_rate", "interim", ra7, "percent", pct(ra7), page, as_of=ASOF),
            F(n, 2024, "前年同期", "arrears", "collection_rate", "interim", ra6, "percent", pct(ra6), page, as_of=ASOF_PREV),
        ]
        # years-down-the-rows table
        cell(ws, "A9", "【年間見通し】", bold=True, border=None, h="left")
        cell(ws, "G9", "（単位：千円、徴収率は％）", size=8, border=None, h="right"); ws.merge_cells("G9:H9")
        heads = ["区分", "年度", "調定額", "収入済額", "不納欠損額", "未収金残高", "徴収率", "備考"]
        for col, hname in zip("ABCDEFGH", heads):
            cell(ws, f"{col}10", hname, fill=GREY)
        r = 11
        for seg, segl, yk6, yk7, tk in [("current", "現年度分", "r6c", "r7c", "tc"), ("arrears", "過年度分", "r6a", "r7a", "ta")]:
            cell(ws, f"A{r}", segl, wrap=True)
            ws.merge_cells(f"A{r}:A{r+2}")
            lines = [("令和６年度決算", 2024, "actual", d[yk6]), ("令和７年度決算見込", 2025, "estimate", d[yk7]),
                     ("令和７年度目標", 2025, "target", None)]
            for fyr, fy, basis, trip in lines:
                cell(ws, f"B{r}", fyr, h="left")
                if trip:
                    A, C, W = trip
                    O = A - C - W
                    rate = r2(A, C)
                    vals = [c(A), c(C), c(W) if W else "－", c(O), f"{rate:.2f}", ""]
                    facts += [F(n, fy, fyr, seg, "assessed", basis, kyen(A), "yen", c(A), page),
                              F(n, fy, fyr, seg, "collected", basis, kyen(C), "yen", c(C), page),
                              F(n, fy, fyr, seg, "outstanding", basis, kyen(O), "yen", c(O), page),
                              F(n, fy, fyr, seg, "collection_rate", basis, rate, "percent", f"{rate:.2f}", page)]
                    if W:
                        facts.append(F(n, fy, fyr, seg, "written_off", basis, kyen(W), "yen", c(W), page))
                else:
                    t = d[tk]
                    vals = ["－", "－", "－", "－", f"{t:.1f}以上", "計画値"]
                    facts.append(F(n, 2025, fyr, seg, "collection_rate", "target", t, "percent", f"{t:.1f}以上", page))
                for col, s in zip("CDEFGH", vals):
                    cell(ws, f"{col}{r}", s, h="right" if col != "H" else "center")
                r += 1
        box_range(ws, f"A11:H{r-1}")
        # prose with interim outstanding
        oi7 = d["i7a"][0] - d["i7a"][1]
        oi6 = d["i6a"][0] - d["i6a"][1]
        r += 1
        cell(ws, f"A{r}", "取組状況（９月末）", bold=True, border=None, h="left")
        r += 1
        txt = (f"９月末の過年度分の未収金残高は{c(oi7)}千円で、前年同期の{c(oi6)}千円と比べ"
               f"{c(abs(oi7-oi6))}千円{'減少' if oi7 < oi6 else '増加'}した。年度後半は下記の取組により決算見込の達成をめざす。")
        cell(ws, f"A{r}", txt, border=None, h="left", wrap=True, v_="top", size=10)
        ws.merge_cells(f"A{r}:H{r}")
        ws.row_dimensions[r].height = 32
        facts += [F(n, 2025, "９月末", "arrears", "outstanding", "interim", kyen(oi7), "yen", f"{c(oi7)}千円", page, as_of=ASOF),
                  F(n, 2024, "前年同期", "arrears", "outstanding", "interim", kyen(oi6), "yen", f"{c(oi6)}千円", page, as_of=ASOF_PREV)]
        r += 2
        items = ITEMS[n]
        sec = "年度後半の主な取組"
        if k in (0, 2):
            # items as a table 取組項目 | 内容 | 実施時期 | 区分
            cell(ws, f"A{r}", sec, bold=True, border=None, h="left")
            r += 1
            for col, hname in zip("ABEG", ["取組項目", "内容", "実施時期", "区分"]):
                cell(ws, f"{col}{r}", hname, fill=GREY)
            ws.merge_cells(f"B{r}:D{r}"); ws.merge_cells(f"E{r}:F{r}"); ws.merge_cells(f"G{r}:H{r}")
            box_range(ws, f"A{r}:H{r}")
            r += 1
            for j, (head, text, when, st) in enumerate(items):
                lab = f"({'ｱｲｳｴｵｶ'[j]})"
                cell(ws, f"A{r}", f"{lab}{head}", h="left", wrap=True, size=9)
                cell(ws, f"B{r}", text, h="left", wrap=True, size=9)
                ws.merge_cells(f"B{r}:D{r}")
                cell(ws, f"E{r}", when, size=9); ws.merge_cells(f"E{r}:F{r}")
                cell(ws, f"G{r}", st, size=9); ws.merge_cells(f"G{r}:H{r}")
                box_range(ws, f"A{r}:H{r}")
                ws.row_dimensions[r].height = 30
                inits.append(I(n, 2025, sec, lab, text, st, page))
                r += 1
        else:
            # several numbered items in one bordered cell, tags after the 。
            cell(ws, f"A{r}", "●" + sec, bold=True, border=None, h="left")
            r += 1
            lines = []
            for j, (head, text, when, st) in enumerate(items):
                lab = "①②③④⑤"[j]
                lines.append(f"{lab}{text}【{st}】")
                inits.append(I(n, 2025, sec, lab, text, st, page))
            cell(ws, f"A{r}", "\n".join(lines), h="left", wrap=True, v_="top", size=10)
            ws.merge_cells(f"A{r}:H{r}")
            box_range(ws, f"A{r}:H{r}")
            ws.row_dimensions[r].height = 16 * len(lines) + 14
    xlsx = OUT / f"{STEM}.xlsx"
    OUT.mkdir(exist_ok=True)
    wb.save(xlsx)
    to_pdf(xlsx, ROOT / "pdf" / f"{STEM}.pdf", "yao")
    document = {"kind": "progress_report", "municipality": MUNI, "title": TITLE,
                "date": "2025-11-01", "date_raw": "令和７年１１月"}
    write_gold(STEM, document, facts, inits)


ITEMS = {
    "市税": [
        ("早期の催告", "納期限後30日以内の未納者に、SMSと文書による一斉催告を行う。", "10月～12月", "継続"),
        ("財産調査の徹底", "過年度分の滞納者全件について預貯金・給与の調査を行い、判明した財産は速やかに差し押さえる。", "通年", "継続"),
        ("捜索・公売", "高額・長期の滞納案件を対象に捜索を実施し、差押物件はインターネット公売に付す。", "1月～2月", "拡充"),
        ("納付手段の周知", "スマートフォン決済と口座振替の案内を納税通知書とホームページで周知する。", "通年", "新規"),
    ],
    "国民健康保険料": [
        ("", "資格喪失世帯の未納保険料について、文書と電話で納付を督励する。", "", "継続"),
        ("", "短期被保険者証の更新時に納付相談を行い、分納誓約を結ぶ。", "", "継続"),
        ("", "財産が判明した世帯に差押予告書を送付し、納付がない場合は滞納処分を行う。", "", "拡充"),
    ],
    "介護保険料": [
        ("普通徴収者への勧奨", "65歳到達者に口座振替の申込書を同封し、普通徴収者の口座振替加入を促す。", "通年", "継続"),
        ("給付制限の周知", "給付制限の対象となる滞納者に、制限内容を記した通知を送付する。", "11月", "新規"),
        ("滞納処分", "預貯金調査により財産が判明した滞納者に対し、差押えを行う。", "12月～3月", "継続"),
    ],
    "市営住宅使用料": [
        ("", "滞納３か月以上の入居者に対し、連帯保証人へも同時に納付を請求する。", "", "継続"),
        ("", "退去者の滞納分について、支払督促の申立てを行う。", "", "拡充"),
        ("", "入居時説明会で口座振替の利用を案内し、新規入居者の加入率を高める。", "", "新規"),
    ],
}

if __name__ == "__main__":
    build()
