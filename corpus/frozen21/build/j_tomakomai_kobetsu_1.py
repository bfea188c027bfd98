"""苫小牧市債権管理対策委員会 資料 (重点債権個票) — openpyxl -> LibreOffice, landscape sheets."""
from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.properties import PageSetupProperties

sys.path.insert(0, str(Path(__file__).parent))
from j_common import OUT, PDF, Gold, c, to_pdf, zen  # noqa: E402

STEM = "j_tomakomai_kobetsu_1"
CITY = "苫小牧市"
FONT = "IPAexGothic"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
W = Alignment(wrap_text=True, vertical="top")
WC = Alignment(wrap_text=True, vertical="center", horizontal="center")
WR = Alignment(wrap_text=True, vertical="center", horizontal="right")

# debt sheets: name, dept, kind, rates (R5 actual, R6 target, R6 actual, R7 target) for current & arrears,
# outstanding 千円 (R5 actual, R6 target, R6 actual, R7 target), campaign rows, hearing, policy items
DEBTS = [
    dict(name="市税", dept="納税課", kind="強制徴収公債権",
         cur=("99.12", "99.20", "99.18", "99.25"), arr=("28.60", "30.00", "31.05", "31.50"),
         out=(842316, 800000, 786904, 750000),
         camp=[("第１期\n（６月）", "・現年度分未納者への一斉電話催告\n・SMSによる納付案内", "電話催告 4,812件（4,390件）\n完納 1,906件（1,744件）"),
               ("第２期\n（１０月）", "・預貯金、給与等の一斉財産調査\n・差押予告書の送付", "財産調査 6,230件（5,918件）\n差押 412件（388件）"),
               ("第３期\n（１月）", "・捜索及びインターネット公売\n・高額滞納事案の進行管理", "捜索 9件（7件）\n公売 14件（11件）")],
         hear=("滞納繰越分のうち、分納中の事案が長期化しており、新たな財産の有無を確認できていない。",
               "分納事案を年２回一斉に見直し、履行状況が悪い事案から順次財産調査を行う。"),
         items=[("滞納処分の早期着手を徹底するため、督促状発付後３か月以内に財産調査を完了する。", "継続", False),
                ("高額・困難事案を特別滞納整理係に集約し、捜索や公売を計画的に実施する。", "拡充", True),
                ("地方税統一ＱＲコードを活用したスマートフォン決済の周知を図る。", "継続", False)]),
    dict(name="国民健康保険税", dept="国民健康保険課", kind="強制徴収公債権",
         cur=("93.48", "93.80", "93.91", "94.00"), arr=("24.10", "25.00", "24.37", "25.50"),
         out=(612450, 580000, 571233, 550000),
         camp=[("第１期\n（７月）", "・納付相談窓口の夜間延長\n・未納世帯への文書催告", "相談 1,024件（968件）\n催告 7,116件（7,402件）"),
               ("第２期\n（１１月）", "・資格喪失世帯への納付督励\n・預貯金調査", "督励 2,318件（2,101件）\n差押 186件（172件）")],
         hear=("社会保険加入による資格喪失後に未納のまま転出する世帯が多い。",
               "資格喪失の届出時に窓口で未納額を案内し、その場で納付相談を行う。"),
         items=[("口座振替の原則化を進め、新規加入世帯には加入時に口座振替依頼書を同封する。", "継続", False),
                ("資格喪失世帯の未納分について、喪失後２か月以内に催告書を送付する。", "新規", False),
                ("短期被保険者証の更新時の納付相談により、分納誓約の履行を確認する。", "継続", False)]),
    dict(name="保育所等利用者負担金", dept="こども育成課", kind="強制徴収公債権",
         cur=("98.70", "98.80", "98.92", "99.00"), arr=("15.20", "18.00", "16.84", "18.00"),
         out=(18240, 16000, 15977, 15000),
         camp=[("第１期\n（９月）", "・園を通じた納付案内の配布\n・電話催告", "催告 318件（296件）\n完納 121件（98件）")],
         hear=("退園後の滞納者と連絡が取れず、滞納繰越分の回収が進んでいない。",
               "児童手当からの特別徴収（申出徴収）を勧奨し、退園前に未納を解消する。"),
         items=[("児童手当からの申出による徴収を在園中の未納世帯に勧奨する。", "継続", False),
                ("退園予定者の未納について、退園の２か月前に面談を行う。", "新規", True)]),
    dict(name="市営住宅使用料", dept="住宅課", kind="私債権",
         cur=("97.85", "98.00", "97.64", "98.00"), arr=("12.30", "14.00", "13.08", "14.00"),
         out=(96512, 90000, 92115, 88000),
         camp=[("第１期\n（８月）", "・３か月以上滞納者への呼出し\n・連帯保証人への通知", "呼出し 142件（155件）\n分納誓約 61件（58件）"),
               ("第２期\n（２月）", "・明渡請求予告の送付\n・退去者への支払督促", "予告 24件（19件）\n支払督促 8件（6件）")],
         hear=("退去者分の未納が滞納繰越分の約７割を占めている。",
               "退去時に未納額の一括又は分割の納付計画を作成し、不履行は支払督促に移行する。"),
         items=[("滞納３か月の時点で呼出しを行い、分納誓約を締結する。", "継続", False),
                ("退去者の未納分について、弁護士への回収委託を試行する。", "新規", False)]),
]


def style(ws, rng, border=True, align=W, font=None):
    for row in ws[rng]:
        for cl in row:
            if border:
                cl.border = B
            cl.alignment = align
            cl.font = font or Font(name=FONT, size=10)


def setup(ws, landscape=True):
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.print_options.horizontalCentered = True
    ws.oddHeader.right.text = "令和７年度第１回債権管理対策委員会"
    ws.oddHeader.right.font = FONT
    ws.oddFooter.center.text = "- &P -"


def main():
    g = Gold(STEM, "committee_material", CITY, "令和７年度 第１回 苫小牧市債権管理対策委員会", "2025-05-28",
             "令和７年５月２８日（水）", "kobetsu")
    wb = Workbook()
    ws = wb.active
    ws.title = "次第"
    setup(ws, landscape=False)
    for col, w in zip("ABCD", (4, 30, 30, 20)):
        ws.column_dimensions[col].width = w
    ws["B2"] = "令和７年度　第１回　苫小牧市債権管理対策委員会"
    ws["B2"].font = Font(name=FONT, size=16, bold=True)
    ws.merge_cells("B2:D2")
    ws["B4"] = "日時：令和７年５月２８日（水）１０時００分～"
    ws["B5"] = "場所：本庁舎９階　第１会議室"
    ws["B7"] = "次　　第"
    ws["B8"] = "１　報告　令和６年度　重点債権の未収金縮減に向けた取組結果　………　資料１"
    ws["B9"] = "２　協議　令和７年度　重点債権の取組方針　………………………………　資料２"
    ws["B10"] = "　　（資料１・２は債権ごとの個票にまとめています。）"
    for r in range(4, 11):
        ws[f"B{r}"].font = Font(name=FONT, size=11)
    ws["B12"] = ("【参考】苫小牧市の未収金の状況\n"
                 "・未収金残高（令和５年度決算）：約２９．４億円（前年度比　約１．７億円減）\n"
                 "・市税の徴収率（令和５年度）：現年分　99.12％／滞納繰越分　28.60％\n"
                 "・国民健康保険税の徴収率（令和５年度）：現年分　93.48％")
    ws.merge_cells("B12:D16")
    style(ws, "B12:D16", align=W, font=Font(name=FONT, size=11))
    for r in range(12, 17):
        ws.row_dimensions[r].height = 22
    ws["B18"] = "個票一覧：１ 市税　２ 国民健康保険税　３ 保育所等利用者負担金　４ 市営住宅使用料"
    ws["B18"].font = Font(name=FONT, size=10)
    g.fact(None, 2023, "令和５年度決算", "total", "outstanding", "actual", 2940000000, "yen", "約２９．４億円", 1,
           approx=True, debt_raw=None)
    g.fact("市税", 2023, "令和５年度", "current", "collection_rate", "actual", Decimal("99.12"), "percent", "99.12％", 1)
    g.fact("市税", 2023, "令和５年度", "arrears", "collection_rate", "actual", Decimal("28.60"), "percent", "28.60％", 1)
    g.fact("国民健康保険税", 2023, "令和５年度", "current", "collection_rate", "actual", Decimal("93.48"), "percent",
           "93.48％", 1)

    for k, d in enumerate(DEBTS, 1):
        page = k + 1
        ws = wb.create_sheet(f"個票{k}")
        setup(ws)
        for col, w in zip("ABCDEFGH", (14, 18, 16, 16, 16, 16, 16, 14)):
            ws.column_dimensions[col].width = w
        ws["A1"] = f"資料１・２　重点債権個票　{zen(k)}"
        ws["A1"].font = Font(name=FONT, size=9)
        ws["A2"] = "令和６年度の取組結果及び令和７年度の取組方針"
        ws["A2"].font = Font(name=FONT, size=14, bold=True)
        ws.merge_cells("A2:H2")
        # one-row label/value box
        ws["A3"], ws["B3"], ws["D3"], ws["E3"], ws["F3"], ws["G3"] = "債権名", d["name"], "所管課", d["dept"], "区分", d["kind"]
        ws.merge_cells("B3:C3"); ws.merge_cells("G3:H3")
        style(ws, "A3:H3", align=WC, font=Font(name=FONT, size=11, bold=True))
        ws["A5"] = "１　令和６年度　滞納整理強化月間の取組結果"
        ws["A5"].font = Font(name=FONT, size=11, bold=True)
        ws["A6"], ws["B6"], ws["E6"] = "実施月", "取組内容", "実績（　）内は前年度"
        ws.merge_cells("B6:D6"); ws.merge_cells("E6:H6")
        r = 7
        for when, what, res in d["camp"]:
            ws[f"A{r}"], ws[f"B{r}"], ws[f"E{r}"] = when, what, res
            ws.merge_cells(f"B{r}:D{r}"); ws.merge_cells(f"E{r}:H{r}")
            ws.row_dimensions[r].height = 34
            r += 1
        style(ws, f"A6:H{r - 1}")
        style(ws, "A6:H6", align=WC)
        r += 1
        ws[f"A{r}"] = "２　数値目標の達成状況"
        ws[f"A{r}"].font = Font(name=FONT, size=11, bold=True)
        ws[f"G{r}"] = "単位：％（残高は千円）"
        ws[f"G{r}"].font = Font(name=FONT, size=9)
        r += 1
        hdr = r
        ws[f"A{r}"], ws[f"B{r}"], ws[f"C{r}"], ws[f"E{r}"], ws[f"F{r}"] = "区分", "令和５年度", "令和６年度", "", "評価"
        ws.merge_cells(f"C{r}:D{r}")
        r += 1
        ws[f"B{r}"], ws[f"C{r}"], ws[f"D{r}"], ws[f"E{r}"] = "実績", "目標", "実績", "前年度差"
        ws.merge_cells(f"A{hdr}:A{r}"); ws.merge_cells(f"F{hdr}:F{r}")
        r += 1
        rows = [("現年分徴収率", "current", d["cur"]), ("滞納繰越分徴収率", "arrears", d["arr"])]
        for lab, seg, v in rows:
            diff = Decimal(v[2]) - Decimal(v[0])
            ok = "達成" if Decimal(v[2]) >= Decimal(v[1]) else "未達成"
            ws[f"A{r}"], ws[f"B{r}"], ws[f"C{r}"], ws[f"D{r}"] = lab, v[0], v[1], v[2]
            ws[f"E{r}"] = ("+" if diff >= 0 else "△") + str(abs(diff))
            ws[f"F{r}"] = ok
            for basis, fy, fyr, val in (("actual", 2023, "令和５年度", v[0]), ("target", 2024, "令和６年度", v[1]),
                                        ("actual", 2024, "令和６年度", v[2])):
                g.fact(d["name"], fy, fyr, seg, "collection_rate", basis, Decimal(val), "percent", val, page)
            r += 1
        o = d["out"]
        ws[f"A{r}"], ws[f"B{r}"], ws[f"C{r}"], ws[f"D{r}"] = "未収金残高", c(o[0]), c(o[1]), c(o[2])
        ws[f"E{r}"] = c(o[2] - o[0])
        ws[f"F{r}"] = "達成" if o[2] <= o[1] else "未達成"
        for basis, fy, fyr, val in (("actual", 2023, "令和５年度", o[0]), ("target", 2024, "令和６年度", o[1]),
                                    ("actual", 2024, "令和６年度", o[2])):
            g.fact(d["name"], fy, fyr, "total", "outstanding", basis, val * 1000, "yen", c(val), page)
        style(ws, f"A{hdr}:F{r}", align=WR)
        style(ws, f"A{hdr}:F{hdr + 1}", align=WC)
        for rr in range(hdr + 2, r + 1):
            ws[f"A{rr}"].alignment = Alignment(horizontal="left", vertical="center")
            ws[f"F{rr}"].alignment = WC
        # hearing: two headings side by side
        ws[f"G{hdr}"] = "ヒアリングでの課題"
        ws[f"H{hdr}"] = "対応"
        ws[f"G{hdr + 1}"] = d["hear"][0]
        ws[f"H{hdr + 1}"] = d["hear"][1]
        ws.merge_cells(f"G{hdr + 1}:G{r}"); ws.merge_cells(f"H{hdr + 1}:H{r}")
        style(ws, f"G{hdr}:H{r}")
        style(ws, f"G{hdr}:H{hdr}", align=WC)
        ws.column_dimensions["H"].width = 30
        ws.column_dimensions["G"].width = 30
        r += 2
        ws[f"A{r}"] = "３　令和７年度の取組方針"
        ws[f"A{r}"].font = Font(name=FONT, size=11, bold=True)
        r += 1
        lines = []
        for i, (txt, st, wrap) in enumerate(d["items"], 1):
            lab = f"({i})"
            lines.append(f"{lab} {txt}" + ("\n" if wrap else "") + f"【{st}】")
            g.init(d["name"], 2025, "令和７年度の取組方針", lab, txt, st, page)
        ws[f"A{r}"] = "\n".join(lines)
        ws.merge_cells(f"A{r}:H{r + 2}")
        style(ws, f"A{r}:H{r + 2}")
        for rr in range(r, r + 3):
            ws.row_dimensions[rr].height = 8 + 9 * (len(lines) + sum(1 for x in d["items"] if x[2]))
        r += 4
        ws[f"A{r}"] = "数値目標"
        ws[f"B{r}"] = "現年分徴収率"
        ws[f"C{r}"] = d["cur"][3] + "%"
        ws[f"D{r}"] = "滞納繰越分徴収率"
        ws[f"E{r}"] = d["arr"][3] + "%"
        ws[f"F{r}"] = "未収金残高"
        ws[f"G{r}"] = c(o[3]) + "千円"
        ws[f"H{r}"] = "（令和７年度末）"
        style(ws, f"A{r}:H{r}", align=WC)
        g.fact(d["name"], 2025, "令和７年度", "current", "collection_rate", "target", Decimal(d["cur"][3]), "percent",
               d["cur"][3] + "%", page)
        g.fact(d["name"], 2025, "令和７年度", "arrears", "collection_rate", "target", Decimal(d["arr"][3]), "percent",
               d["arr"][3] + "%", page)
        g.fact(d["name"], 2025, "令和７年度", "total", "outstanding", "target", o[3] * 1000, "yen", c(o[3]) + "千円", page)
        for row in ws.iter_rows(min_row=4, max_row=r):
            for cl in row:
                if cl.font is None or cl.font.name != FONT:
                    cl.font = Font(name=FONT, size=10, bold=cl.font.bold if cl.font else False)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf", "j2")
    g.write(pdf)


if __name__ == "__main__":
    main()
