"""えびの市 令和5年度 債権回収・整理計画（中間報告）— openpyxl → LibreOffice (one sheet per page)."""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from r_common import OUT, PDF, comma, fact, init, to_pdf, write_gold

STEM = "r_ebino_chukan_1"
CITY = "えびの市"
FY = 2023
AS = "2023-12-31"
AS_P = "2022-12-31"

THIN = Side(style="thin")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FONT = "IPAexGothic"
GRAY = PatternFill("solid", fgColor="E7E6E6")

DEBTS = [
    dict(name="市税", short="市税", ka="税務課", now={"current": (81.4, 80.9), "arrears": (18.2, 17.5)},
         kessan={"current": (98.95, 99.00, 99.05), "arrears": (27.10, 28.00, 28.50)},
         mis=(123456, 134567),
         items=[("ア", "年末調整時期に給与支払報告書の未提出事業所へ照会を行い、特別徴収への切替えを勧奨する。", "継続"),
                ("イ", "滞納繰越分の高額案件について、宮崎県地方税滞納整理推進機構への引継ぎを行う。", "継続"),
                ("ウ", "スマートフォン決済の利用を納税通知書で周知する。", "新規")],
         one_cell=True),
    dict(name="国民健康保険税", short="国保税", ka="市民環境課", now={"current": (70.2, 69.8), "arrears": (15.6, 16.1)},
         kessan={"current": (93.80, 94.00, 94.20), "arrears": (22.40, 22.00, 23.00)},
         mis=(98765, 95432),
         items=[("ア", "短期被保険者証の交付時に納税相談を行い、分納誓約の履行状況を確認する。", "継続"),
                ("イ", "口座振替の申込みを窓口で受け付けるペイジー端末を設置する。", "拡充"),
                ("ウ", "財産調査の結果、滞納処分できる財産がない世帯は執行停止を行う。", None)],
         area=[("飯野地区", (71.0, 70.4), (16.2, 16.0)), ("加久藤地区", (69.5, 69.1), (14.8, 16.5)),
               ("真幸地区", (69.8, 69.9), (15.9, 15.7))]),
    dict(name="介護保険料", short="介護", ka="介護保険課", now={"current": (75.3, 75.0), "arrears": (10.4, 9.8)},
         kessan={"current": (99.10, 99.15, 99.20), "arrears": (12.30, 12.00, 13.00)},
         mis=(8765, 9012),
         items=[("ア", "普通徴収の未納者に対し、年金支給月に合わせて催告書を送付する。", "継続"),
                ("イ", "給付制限の説明を行い、滞納の長期化を防ぐ。", "継続")]),
]
FEB = dict(now={"current": (84.6, 84.1), "arrears": (19.8, 20.3)})
SEGJ = {"current": "現年分", "arrears": "滞繰分"}


def style(ws, rng, *, bold=False, size=9, fill=None, border=True, h=None, wrap=False):
    for row in ws[rng]:
        for c in row:
            c.font = Font(name=FONT, size=size, bold=bold)
            if fill:
                c.fill = fill
            if border:
                c.border = GRID
            c.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)


def setup(ws, landscape=False, title=""):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.oddHeader.right.text = "令和5年度 債権回収・整理計画（中間報告）"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    ws.print_options.horizontalCentered = True


def build():
    facts, inits = [], []
    wb = Workbook()
    # ---------------- sheet 1: 総括
    ws = wb.active
    ws.title = "総括"
    setup(ws, landscape=True)
    page = 1
    ws["A1"] = "令和5年度　債権回収・整理計画（中間報告）"
    ws["A1"].font = Font(name=FONT, size=16, bold=True)
    ws["A2"] = "えびの市　総務課　債権管理室　　　令和6年3月"
    ws["A2"].font = Font(name=FONT, size=10)
    ws["A4"] = "1　主要債権の収納率（12月末現在）"
    ws["A4"].font = Font(name=FONT, size=11, bold=True)
    ws["H4"] = "単位：％"
    ws["H4"].font = Font(name=FONT, size=9)
    ws.merge_cells("A5:A6")
    ws["A5"] = "債権名"
    ws.merge_cells("B5:D5")
    ws["B5"] = "現年分"
    ws.merge_cells("E5:G5")
    ws["E5"] = "滞繰分"
    for col, t in zip("BCDEFG", ["R5.12月末", "R4.12月末", "差", "R5.12月末", "R4.12月末", "差"]):
        ws[f"{col}6"] = t
    style(ws, "A5:G6", fill=GRAY, h="center", bold=True)
    r = 7
    for db in DEBTS:
        ws.cell(r, 1, db["name"])
        c = 2
        for seg in ("current", "arrears"):
            v, pv = db["now"][seg]
            ws.cell(r, c, f"{v:.1f}")
            ws.cell(r, c + 1, f"{pv:.1f}")
            dlt = round(v - pv, 1)
            ws.cell(r, c + 2, ("△" if dlt < 0 else "") + f"{abs(dlt):.1f}")
            facts.append(fact(db["name"], FY, "R5.12月末", seg, "collection_rate", "interim", v, "percent", f"{v:.1f}",
                              page, as_of=AS))
            facts.append(fact(db["name"], FY - 1, "R4.12月末", seg, "collection_rate", "interim", pv, "percent",
                              f"{pv:.1f}", page, as_of=AS_P))
            c += 3
        r += 1
    style(ws, f"A7:G{r - 1}", h="right")
    style(ws, f"A7:A{r - 1}", h="left")
    ws.cell(r, 1, "※差は対前年同期比（ポイント）。△は減。").font = Font(name=FONT, size=8)
    r += 2
    ws.cell(r, 1, "2　決算見込と目標").font = Font(name=FONT, size=11, bold=True)
    r += 1
    hdr = r
    for c, t in enumerate(["", "R4決算", "R5決算見込", "R5目標"], 1):
        ws.cell(r, c, t)
    style(ws, f"A{r}:D{r}", fill=GRAY, h="center", bold=True)
    r += 1
    for db in DEBTS:
        for seg, lab in (("current", "現年"), ("arrears", "滞繰")):
            a, e, t = db["kessan"][seg]
            label = f"{db['short']}（{lab}）"
            ws.cell(r, 1, label)
            ws.cell(r, 2, f"{a:.2f}%")
            ws.cell(r, 3, f"{e:.2f}%")
            ws.cell(r, 4, f"{t:.2f}%")
            facts.append(fact(db["name"], FY - 1, "R4決算", seg, "collection_rate", "actual", a, "percent", f"{a:.2f}%",
                              page, debt_raw=label))
            facts.append(fact(db["name"], FY, "R5決算見込", seg, "collection_rate", "estimate", e, "percent",
                              f"{e:.2f}%", page, debt_raw=label))
            facts.append(fact(db["name"], FY, "R5目標", seg, "collection_rate", "target", t, "percent", f"{t:.2f}%",
                              page, debt_raw=label))
            r += 1
    style(ws, f"A{hdr + 1}:D{r - 1}", h="right")
    style(ws, f"A{hdr + 1}:A{r - 1}", h="left")
    for col, w in zip("ABCDEFGH", [20, 12, 12, 9, 12, 12, 9, 10]):
        ws.column_dimensions[col].width = w

    # ---------------- per debt sheets
    page = 1
    for db in DEBTS:
        page += 1
        ws = wb.create_sheet(db["name"])
        setup(ws)
        name = db["name"]
        ws.merge_cells("A1:F1")
        ws["A1"] = f"債権名　{name}"
        style(ws, "A1:F1", bold=True, size=13, h="left")
        ws["A2"] = f"所管：{db['ka']}"
        ws["A2"].font = Font(name=FONT, size=9)
        ws["A4"] = "【収納率】令和5年12月末時点"
        ws["A4"].font = Font(name=FONT, size=11, bold=True)
        r = 5
        for seg in ("current", "arrears"):
            v, pv = db["now"][seg]
            ws.cell(r, 1, f"・{SEGJ[seg]}　{v:.1f}％（前年同期 {pv:.1f}％）").font = Font(name=FONT, size=10)
            facts.append(fact(name, FY, "令和5年12月末", seg, "collection_rate", "interim", v, "percent", f"{v:.1f}％",
                              page, as_of=AS))
            facts.append(fact(name, FY - 1, "前年同期", seg, "collection_rate", "interim", pv, "percent", f"{pv:.1f}％",
                              page, as_of=AS_P))
            r += 1
        m, pm = db["mis"]
        ws.cell(r, 1, f"・滞繰分の未収額　{comma(m)}千円（前年同期 {comma(pm)}千円）").font = Font(name=FONT, size=10)
        facts.append(fact(name, FY, "令和5年12月末", "arrears", "outstanding", "interim", m * 1000, "yen",
                          f"{comma(m)}千円", page, as_of=AS))
        facts.append(fact(name, FY - 1, "前年同期", "arrears", "outstanding", "interim", pm * 1000, "yen",
                          f"{comma(pm)}千円", page, as_of=AS_P))
        r += 2
        ws.cell(r, 1, "【決算見込】").font = Font(name=FONT, size=11, bold=True)
        ws.cell(r, 6, "（単位：％）").font = Font(name=FONT, size=8)
        r += 1
        h0 = r
        for c, t in enumerate(["区分", "令和4年度決算", "令和5年度決算見込", "令和5年度目標"], 1):
            ws.cell(r, c, t)
        style(ws, f"A{r}:D{r}", fill=GRAY, h="center", bold=True, wrap=True)
        r += 1
        for seg in ("current", "arrears"):
            a, e, t = db["kessan"][seg]
            ws.cell(r, 1, SEGJ[seg])
            for c, (v, fy, raw_fy, basis) in enumerate([(a, FY - 1, "令和4年度決算", "actual"),
                                                        (e, FY, "令和5年度決算見込", "estimate"),
                                                        (t, FY, "令和5年度目標", "target")], 2):
                ws.cell(r, c, f"{v:.2f}")
                facts.append(fact(name, fy, raw_fy, seg, "collection_rate", basis, v, "percent", f"{v:.2f}", page))
            r += 1
        style(ws, f"A{h0 + 1}:D{r - 1}", h="right")
        style(ws, f"A{h0 + 1}:A{r - 1}", h="center")
        r += 1
        ws.cell(r, 1, "主な取組").font = Font(name=FONT, size=11, bold=True)
        r += 1
        sec = "主な取組"
        if db.get("one_cell"):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            lines = []
            for lab, txt, st in db["items"]:
                lines.append(f"{lab}　{txt}" + (f"【{st}】" if st else ""))
                inits.append(init(name, FY, sec, lab, txt, st, page))
            ws.cell(r, 1, "\n".join(lines))
            style(ws, f"A{r}:F{r}", wrap=True, h="left")
            ws.row_dimensions[r].height = 16 * len(lines) + 14
            r += 1
        else:
            for lab, txt, st in db["items"]:
                ws.cell(r, 1, lab)
                ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
                ws.cell(r, 2, txt + ("\n【" + st + "】" if st else ""))
                style(ws, f"A{r}:F{r}", wrap=True, h="left")
                ws.cell(r, 1).alignment = Alignment(horizontal="center", vertical="top")
                ws.row_dimensions[r].height = 34
                inits.append(init(name, FY, sec, lab, txt, st, page))
                r += 1
        if db.get("area"):
            r += 1
            ws.cell(r, 1, "地区別収納状況（12月末現在）").font = Font(name=FONT, size=11, bold=True)
            ws.cell(r, 6, "単位：％").font = Font(name=FONT, size=8)
            r += 1
            ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
            ws.cell(r, 1, "地区")
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
            ws.cell(r, 2, "現年分")
            ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
            ws.cell(r, 4, "滞繰分")
            for c, t in zip((2, 3, 4, 5), ("令和5年度", "令和4年度", "令和5年度", "令和4年度")):
                ws.cell(r + 1, c, t)
            style(ws, f"A{r}:E{r + 1}", fill=GRAY, h="center", bold=True)
            r += 2
            a0 = r
            rows = db["area"] + [("計", db["now"]["current"], db["now"]["arrears"])]
            for ar, cur, arr in rows:
                ws.cell(r, 1, ar)
                for c, (seg, (v, pv)) in zip((2, 4), (("current", cur), ("arrears", arr))):
                    ws.cell(r, c, f"{v:.1f}")
                    ws.cell(r, c + 1, f"{pv:.1f}")
                    area = None if ar == "計" else ar
                    facts.append(fact(name, FY, "令和5年度", seg, "collection_rate", "interim", v, "percent",
                                      f"{v:.1f}", page, as_of=AS, area=area))
                    facts.append(fact(name, FY - 1, "令和4年度", seg, "collection_rate", "interim", pv, "percent",
                                      f"{pv:.1f}", page, as_of=AS_P, area=area))
                r += 1
            style(ws, f"A{a0}:E{r - 1}", h="right")
            style(ws, f"A{a0}:A{r - 1}", h="center")
        for col, w in zip("ABCDEF", [14, 16, 18, 16, 14, 14]):
            ws.column_dimensions[col].width = w

        if name == "国民健康保険税":  # 2月末 速報 sheet (leap year)
            page += 1
            w2 = wb.create_sheet("国保税（2月末）")
            setup(w2)
            w2.merge_cells("A1:F1")
            w2["A1"] = f"債権名　{name}（2月末速報）"
            style(w2, "A1:F1", bold=True, size=13, h="left")
            w2["A3"] = "【収納率】令和6年2月29日現在"
            w2["A3"].font = Font(name=FONT, size=11, bold=True)
            rr = 4
            for seg in ("current", "arrears"):
                v, pv = FEB["now"][seg]
                w2.cell(rr, 1, f"・{SEGJ[seg]}　{v:.1f}％（前年同期 {pv:.1f}％）").font = Font(name=FONT, size=10)
                facts.append(fact(name, FY, "令和6年2月29日", seg, "collection_rate", "interim", v, "percent",
                                  f"{v:.1f}％", page, as_of="2024-02-29"))
                facts.append(fact(name, FY - 1, "前年同期", seg, "collection_rate", "interim", pv, "percent",
                                  f"{pv:.1f}％", page, as_of="2023-02-28"))
                rr += 1
            rr += 1
            w2.cell(rr, 1, "・出納閉鎖に向け、3月から5月を滞納整理強化期間とし、未納世帯への臨戸訪問を行う。").font = \
                Font(name=FONT, size=10)
            for col, w in zip("ABCDEF", [14, 16, 18, 16, 14, 14]):
                w2.column_dimensions[col].width = w

    xlsx = OUT / f"{STEM}.xlsx"
    wb.save(xlsx)
    to_pdf(xlsx, PDF / f"{STEM}.pdf", STEM)
    return write_gold(STEM, "progress_report", CITY, "令和5年度 債権回収・整理計画（中間報告）", "2024-03-01",
                      "令和6年3月", facts, inits)


if __name__ == "__main__":
    print(build())
