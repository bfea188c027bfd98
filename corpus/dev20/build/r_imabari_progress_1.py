"""今治市 債権回収・整理計画（中間報告） (progress_report), as of 令和6年2月29日. openpyxl -> LibreOffice.

Modelled on a 滞納整理機構 活動状況 page (unit notes 単位：千円、％ above tables, era-less years 4年度/5年度,
2月末現在 figures) and on mid-year per-debt sheets (徴収率 with 前年同期, 決算見込, 目標, 主な取組).
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.properties import PageSetupProperties

sys.path.insert(0, str(Path(__file__).resolve().parent))
from r_common import OUT, PDF, check, comma, fact, initiative, rate, to_pdf, write_gold  # noqa: E402

STEM = "r_imabari_progress_1"
MUNI = "今治市"
TITLE = "令和５年度 債権回収・整理計画（中間報告）"
AS_OF = "2024-02-29"
PREV = "2023-02-28"
FY, PFY = 2023, 2022

# 千円: current assessed, collected, prev-year rate; arrears assessed, collected, prev-year rate
SUMMARY = [
    ("市税", 14862415, 13912774, "93.2", 612340, 158221, "24.8"),
    ("国民健康保険税", 2934118, 2462306, "83.1", 1052770, 187410, "16.9"),
    ("後期高齢者医療保険料", 1388902, 1357440, "97.5", 21035, 7902, "35.2"),
    ("介護保険料", 2405661, 2331904, "96.8", 58214, 9805, "15.9"),
    ("保育料", 312480, 296127, "94.1", 20118, 4611, "21.7"),
    ("市営住宅使用料", 402775, 371035, "92.0", 61330, 6104, "9.5"),
    ("下水道使用料", 1720455, 1511020, "87.6", 95812, 38917, "41.0"),
]
TOTAL_PREV = ("92.1", "18.6")

SHEETS = [
    {"name": "市税", "ka": "総務部 納税課",
     "tbl": {"current": ["99.0", "99.1", "98.9"], "arrears": ["27.5", "28.0", "26.4"], "total": ["96.6", "96.8", "96.3"]},
     "prev_out": 981400000,
     "items": [("納期限後の早期催告として、督促状発送の10日後にSMSによる納付案内を送信する。", "継続", False),
               ("滞納繰越分の高額事案は県の地方税滞納整理機構への移管を進め、共同で滞納処分を行う。", "継続", False),
               ("預貯金等の財産調査を電子照会に切り替え、差押えまでの期間を短縮する。", "新規", True)],
     "status": "SMSによる納付案内は２月末までに延べ9,840件送信し、送信後１か月以内の納付率は約41％であった。"
               "機構への移管は32件で、うち19件が完納又は分納に至っている。"},
    {"name": "国民健康保険税", "ka": "健康福祉部 国保年金課",
     "tbl": {"current": ["93.2", "93.5", "92.8"], "arrears": ["20.1", "21.0", "19.4"], "total": ["74.6", "75.5", "73.8"]},
     "prev_out": 498700000,
     "items": [("国保資格の取得届出時に口座振替の申込みを受け付け、納め忘れを防ぐ。", "継続", False),
               ("分納誓約の不履行者に対し、翌月中に催告書を送付し、再度の納付相談を求める。", "継続", False),
               ("財産調査で差押可能な財産が判明した世帯について、差押予告を経て速やかに滞納処分を行う。", "拡充", False)],
     "status": "口座振替の新規申込みは２月末で612件となり、前年同期を上回った。分納不履行者への催告は延べ455件、"
               "差押えは87件を実施した。"},
    {"name": "市営住宅使用料", "ka": "建設部 住宅政策課",
     "tbl": {"current": ["96.4", "97.0", "96.1"], "arrears": ["11.2", "12.0", "10.8"], "total": ["84.5", "85.0", "83.9"]},
     "prev_out": 33500000,
     "items": [("滞納２か月目の入居者に対し、指定管理者による電話催告と訪問を行う。", "継続", False),
               ("滞納６か月以上の入居者には、連帯保証人へ履行を請求する。", "継続", False),
               ("退去者の滞納分について、少額訴訟及び支払督促の手続を行う。", "拡充", True)],
     "status": "指定管理者による訪問は延べ184件で、うち71件で納付又は分納誓約を得た。"
               "支払督促の申立ては４件を行った。"},
    {"name": "下水道使用料", "ka": "上下水道部 料金課",
     "tbl": {"current": ["98.6", "98.8", "98.4"], "arrears": ["45.3", "46.0", "44.7"], "total": ["95.8", "96.0", "95.5"]},
     "prev_out": 221800000,
     "items": [("水道料金と一体で発行する督促状に、下水道使用料の滞納処分の予告を明記する。", "新規", False),
               ("滞納繰越分について財産調査を行い、預金等の差押えを実施する。", "継続", False)],
     "status": "督促状への予告記載後、滞納繰越分の納付件数は前年同期比で約1.2倍となった。預金等の差押えは23件であった。",
     "noborders": True},
]

KANA = "アイウエオ"
THIN = Side(style="thin")
MED = Side(style="medium")
G = "IPAexGothic"
M = "IPAexMincho"


def oku(yen: int) -> str:
    v = int(round(yen / 100000)) * 100000
    o, man = divmod(v // 10000, 10000)
    return (f"約{o}億{man:,}万円" if o else f"約{man:,}万円"), v


def setup(ws, landscape):
    ws.page_setup.paperSize = 9
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.6
    ws.oddHeader.right.text = "今治市　債権回収・整理計画（中間報告）"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "&P / &N"
    ws.oddFooter.center.size = 9


def put(ws, ref, text, size=10, bold=False, font=G, h="left", wrap=False, v="center"):
    c = ws[ref]
    c.value = text
    c.font = Font(name=font, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    return c


def build():
    facts, inits = [], []
    wb = Workbook()
    ws = wb.active
    ws.title = "総括"
    setup(ws, True)
    page = 1
    widths = [20] + [13, 13, 9, 9] * 2
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    put(ws, "A1", TITLE, 15, True, h="left")
    put(ws, "A2", "令和６年２月２９日現在　今治市総務部 納税課・債権管理室", 10, font=M)
    put(ws, "A4", "１　主要債権の徴収状況", 11, True)
    put(ws, "I4", "単位：千円、％", 9, font=M, h="right")
    # three header rows, horizontal rules only
    ws.merge_cells("A5:A7")
    put(ws, "A5", "債　権　名", 10, True, h="center")
    ws.merge_cells("B5:I5")
    put(ws, "B5", "5年度（令和6年2月29日現在）", 10, True, h="center")
    ws.merge_cells("B6:E6")
    put(ws, "B6", "現年度分", 10, True, h="center")
    ws.merge_cells("F6:I6")
    put(ws, "F6", "滞納繰越分", 10, True, h="center")
    for j, lab in enumerate(["調定額", "収入額", "徴収率", "前年同期"] * 2):
        put(ws, f"{chr(66 + j)}7", lab, 10, True, h="center")
    for col in "ABCDEFGHI":
        ws[f"{col}5"].border = Border(top=MED)
        ws[f"{col}7"].border = Border(bottom=THIN)
    ws["B6"].border = Border()
    r = 8
    tc = [0, 0, 0, 0]
    for row in SUMMARY + [None]:
        if row is None:
            name, ca, cc, aa, ac = "合　計", tc[0], tc[1], tc[2], tc[3]
            cp, ap = TOTAL_PREV
            debt = None
        else:
            name, ca, cc, cp, aa, ac, ap = row
            debt = name
            tc = [tc[0] + ca, tc[1] + cc, tc[2] + aa, tc[3] + ac]
        cr, ar = rate(cc, ca, 1), rate(ac, aa, 1)
        vals = [comma(ca), comma(cc), str(cr), cp, comma(aa), comma(ac), str(ar), ap]
        put(ws, f"A{r}", name, 10, name == "合　計", font=G if name == "合　計" else M)
        for j, v in enumerate(vals):
            put(ws, f"{chr(66 + j)}{r}", v, 10, font=M, h="right")
        for col in "ABCDEFGHI":
            ws[f"{col}{r}"].border = Border(bottom=MED if debt is None else Side(style="hair"),
                                            top=THIN if debt is None else None)
        for seg, a, c_, rr, pr in (("current", ca, cc, cr, cp), ("arrears", aa, ac, ar, ap)):
            kw = dict(as_of=AS_OF, debt_raw=(name if debt is None else None))
            facts += [fact(debt, FY, "5年度", seg, "assessed", "interim", a * 1000, "yen", comma(a), page, **kw),
                      fact(debt, FY, "5年度", seg, "collected", "interim", c_ * 1000, "yen", comma(c_), page, **kw),
                      fact(debt, FY, "5年度", seg, "collection_rate", "interim", float(rr), "percent", str(rr), page, **kw),
                      fact(debt, PFY, "前年同期", seg, "collection_rate", "interim", float(pr), "percent", pr, page,
                           as_of=PREV, debt_raw=(name if debt is None else None))]
        ws.row_dimensions[r].height = 20
        r += 1
    put(ws, f"A{r}", "※徴収率＝収入額÷調定額（小数点以下第２位を四捨五入）。前年同期は令和５年２月２８日現在の徴収率。", 9, font=M)
    r += 2
    put(ws, f"A{r}", "２　全体の状況", 11, True)
    out_total = (tc[0] - tc[1] + tc[2] - tc[3]) * 1000
    txt, v = oku(out_total)
    r += 1
    ws.merge_cells(f"A{r}:I{r + 1}")
    put(ws, f"A{r}", f"　２月末現在、主要７債権の収入未済額（現年度分と滞納繰越分の合計）は{txt}となっている。"
                     "現年度分の徴収率は前年同期を上回って推移しているが、国民健康保険税及び下水道使用料は"
                     "年度末に向けて一層の取組が必要である。", 10, font=M, wrap=True, v="top")
    ws.row_dimensions[r].height = 22
    ws.row_dimensions[r + 1].height = 22
    facts.append(fact(None, FY, None, "total", "outstanding", "interim", v, "yen", txt, page, as_of=AS_OF,
                      approx=True, debt_raw=None))

    summ = {s[0]: s for s in SUMMARY}
    for sh in SHEETS:
        page += 1
        d = sh["name"]
        ws = wb.create_sheet(d)
        setup(ws, False)
        for col, w in zip("ABCDEF", [16, 14, 14, 14, 14, 14]):
            ws.column_dimensions[col].width = w
        put(ws, "A1", "令和５年度 後半の取組状況（個別シート）", 13, True)
        ws.merge_cells("A3:D3")
        put(ws, "A3", f"債権名　{d}", 12, True)
        ws.merge_cells("E3:F3")
        put(ws, "E3", f"所管　{sh['ka']}", 10, font=M)
        for col in "ABCDEF":
            ws[f"{col}3"].border = Border(top=MED, bottom=MED, left=MED if col == "A" else None,
                                          right=MED if col == "F" else None)
        ws.row_dimensions[3].height = 24
        s = summ[d]
        cr, ar = rate(s[2], s[1], 1), rate(s[5], s[4], 1)
        put(ws, "A5", "【徴収率】令和６年２月２９日現在", 11, True)
        put(ws, "A6", f"　現年度分　　{cr}％（前年同期　{s[3]}％）", 10.5, font=M)
        put(ws, "A7", f"　滞納繰越分　{ar}％（前年同期　{s[6]}％）", 10.5, font=M)
        for seg, rr, pr in (("current", cr, s[3]), ("arrears", ar, s[6])):
            facts += [fact(d, FY, "令和６年２月２９日", seg, "collection_rate", "interim", float(rr), "percent",
                           f"{rr}％", page, as_of=AS_OF),
                      fact(d, PFY, "前年同期", seg, "collection_rate", "interim", float(pr), "percent",
                           f"{pr}％", page, as_of=PREV)]
        put(ws, "A9", "■ 決算見込み及び目標", 11, True)
        put(ws, "D9", "単位：％", 9, font=M, h="right")
        ws.merge_cells("A10:A11")
        put(ws, "A10", "区分", 10, True, h="center")
        ws.merge_cells("B10:C10")
        put(ws, "B10", "5年度", 10, True, h="center")
        put(ws, "D10", "4年度", 10, True, h="center")
        put(ws, "B11", "決算見込み", 10, True, h="center")
        put(ws, "C11", "目標", 10, True, h="center")
        put(ws, "D11", "決算", 10, True, h="center")
        cols = [(FY, "5年度", "estimate"), (FY, "5年度", "target"), (PFY, "4年度", "actual")]
        for i, (lab, seg) in enumerate([("現年度分", "current"), ("滞納繰越分", "arrears"), ("合計", "total")]):
            rr = 12 + i
            put(ws, f"A{rr}", lab, 10, font=M, h="center")
            for j, v in enumerate(sh["tbl"][seg]):
                put(ws, f"{'BCD'[j]}{rr}", v, 10, font=M, h="right")
                fy, fyr, basis = cols[j]
                facts.append(fact(d, fy, fyr, seg, "collection_rate", basis, float(v), "percent", v, page))
        if not sh.get("noborders"):
            for rr in range(10, 15):
                for col in "ABCD":
                    ws[f"{col}{rr}"].border = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)
        put(ws, "A16", "■ 主な取組", 11, True)
        rr = 17
        for k, (x, st, wrap) in enumerate(sh["items"]):
            lab = KANA[k]
            ws.merge_cells(f"A{rr}:F{rr}")
            line = f"{lab}　{x}" + ("" if wrap else f"【{st}】")
            put(ws, f"A{rr}", line, 10, font=M, wrap=True, v="top")
            ws.row_dimensions[rr].height = 30 if len(line) > 44 else 16
            rr += 1
            if wrap:
                put(ws, f"A{rr}", f"　　【{st}】", 10, font=M)
                rr += 1
            inits.append(initiative(d, FY, "主な取組", lab, x, st, page))
        rr += 1
        put(ws, f"A{rr}", "■ 取組状況（２月末）", 11, True)
        rr += 1
        cur_out = (s[1] - s[2]) * 1000
        txt, v = oku(cur_out)
        ptxt, pv = oku(sh["prev_out"])
        body = (f"　２月末時点の現年度分の収入未済額は{txt}で、前年同期の{ptxt}から縮減している。" + sh["status"])
        ws.merge_cells(f"A{rr}:F{rr + 3}")
        put(ws, f"A{rr}", body, 10, font=M, wrap=True, v="top")
        for q in range(4):
            ws.row_dimensions[rr + q].height = 18
        facts += [fact(d, FY, None, "current", "outstanding", "interim", v, "yen", txt, page, as_of=AS_OF, approx=True),
                  fact(d, PFY, "前年同期", "current", "outstanding", "interim", pv, "yen", ptxt, page, as_of=PREV,
                       approx=True)]
    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "r_imabari")
    document = {"kind": "progress_report", "municipality": MUNI, "title": TITLE,
                "date": AS_OF, "date_raw": "令和６年２月２９日現在"}
    write_gold(STEM, document, facts, inits)
    return check(STEM)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
