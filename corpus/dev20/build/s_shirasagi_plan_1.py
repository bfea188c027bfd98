"""しらさぎ市「令和７年度 徴収計画」(plan): openpyxl -> LibreOffice, A4 landscape, 3 pages.

Modelled on the layout of a city's 「平成28年度 徴収計画」 (one debt per row; 現年度分収納率(%) H27実績/H28目標,
収入未済額(千円) H27実績/H28目標, 取組目標 text in the last column), https://expydoc.com/doc/10930897/.
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break

sys.path.insert(0, str(Path(__file__).resolve().parent))
from s_common import OUT, PDF, check, fact, init, rate, to_pdf, write_gold  # noqa: E402

STEM = "s_shirasagi_plan_1"
CITY = "しらさぎ市"
TITLE = "令和７年度　徴収計画"

# debt: (current assessed, current collected, arrears assessed, arrears collected, written_off) in 千円 for R6 決算,
#       R7 targets: (current rate, arrears rate, outstanding 千円), initiatives [(text, status)]
DEBTS = [
    ("市税", (15_284_310, 15_121_907, 1_104_220, 341_508, 62_411),
     (99.00, 32.00, 850_000),
     [("県併任職員の指導の下、高額・困難案件の財産調査と滞納処分を計画的に進める。", "継続"),
      ("納付資力のない案件は執行停止の判断を早期に行い、滞納繰越額を圧縮する。", "継続"),
      ("スマートフォン決済の対象に軽自動車税（種別割）を加える。", "新規")]),
    ("国民健康保険料", (2_913_540, 2_701_846, 1_186_905, 254_301, 96_120),
     (93.00, 22.50, 960_000),
     [("短期被保険者証の交付時に納付相談を行い、分納誓約の履行を管理する。", "継続"),
      ("口座振替の原則化を進め、加入時の申込みを徹底する。", "拡充")]),
    ("後期高齢者医療保険料", (1_402_118, 1_397_310, 12_604, 5_911, 1_020),
     (99.70, 50.00, 9_000),
     [("普通徴収者への納期前案内を送付する。", "継続")]),
    ("介護保険料", (2_210_446, 2_190_027, 61_388, 15_640, 14_206),
     (99.20, 27.00, 48_000),
     [("給付制限の事前通知を活用し、時効到来前の納付を促す。", "継続")]),
    ("保育料", (301_552, 297_081, 39_110, 9_804, 2_311),
     (98.80, 26.00, 28_500),
     [("児童手当からの特別徴収（申出徴収）を勧奨する。", "継続"),
      ("コールセンターによる電話催告を月２回実施する。", "新規")]),
    ("下水道使用料", (1_655_302, 1_641_450, 25_018, 12_207, 1_904),
     (99.20, 50.00, 24_000),
     [("コンビニ収納及び検針時納付書即時発行により早期回収を図る。", "継続")]),
    ("住宅使用料", (210_664, 206_532, 88_450, 14_230, 3_907),
     (98.20, 17.00, 60_000),
     [("連帯保証人への通知を滞納３か月で行う。", "継続"),
      ("明渡請求訴訟の対象を長期滞納者に拡げる。", "拡充")]),
    ("学校給食費", (402_118, 401_590, 9_842, 1_108, 652),
     (99.90, 12.00, 8_600),
     [("就学援助の申請案内を滞納世帯へ個別に送付する。", "継続")]),
    ("水道料金", (2_844_015, 2_826_410, 41_960, 23_515, 3_102),
     (99.40, 57.00, 30_000),
     [("給水停止予告を期限後２か月以内に送付する。", "継続")]),
    ("生活保護費返還金", (46_210, 31_305, 170_644, 9_930, 8_841),
     (70.00, 6.50, 160_000),
     [("保護費からの調整による返還を本人同意の上で進める。", "継続")]),
    ("母子父子寡婦福祉資金貸付金", (12_880, 9_412, 61_708, 5_230, 0),
     (75.00, 9.00, 58_000),
     [("償還指導員による戸別訪問を行い、分割償還を推進する。", "継続")]),
    ("住宅新築資金等貸付金", (18_004, 6_510, 301_250, 2_108, 0),
     (40.00, 1.00, 305_000),
     [("担保物件の任意売却による回収を進める。", "拡充")]),
]
PAGE1_ROWS = 7          # debts on page 1; the table continues on page 2 with its header repeated

thin = Side(style="thin")
hair = Side(style="hair")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
F = "IPAexGothic"


def derived(d):
    name, (ca, cc, aa, ac, wo), tgt, items = d
    out = ca + aa - cc - ac - wo
    return dict(name=name, ca=ca, cc=cc, aa=aa, ac=ac, wo=wo, out=out,
                cr=rate(cc, ca), ar=rate(ac, aa), tr=rate(cc + ac, ca + aa),
                tcr=tgt[0], tar=tgt[1], tout=tgt[2], items=items)


ROWS = [derived(d) for d in DEBTS]


def item_text(items):
    marks = "①②③④"
    return "\n".join(f"{marks[i]}{t}【{s}】" for i, (t, s) in enumerate(items))


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = "徴収計画"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.6
    ws.oddHeader.right.text = "しらさぎ市総務部収納課"
    ws.oddHeader.right.size = 9
    ws.oddHeader.left.text = "令和７年５月"
    ws.oddHeader.left.size = 9
    ws.oddFooter.center.text = "&P / &N"
    widths = [24, 10, 10, 10, 10, 13, 13, 70]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = TITLE
    ws["A1"].font = Font(name=F, size=16, bold=True)
    ws.merge_cells("A1:H1")
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"] = "　しらさぎ市債権管理条例第８条の規定に基づき、債権ごとの徴収目標及び取組目標を次のとおり定める。"
    ws["A2"].font = Font(name=F, size=10)
    ws.merge_cells("A2:H2")
    # header rows 3-4
    hdr = [("A3", "A4", "債権名"), ("B3", "C3", "現年度分収納率（%）"), ("D3", "E3", "滞納繰越分収納率（%）"),
           ("F3", "G3", "収入未済額（千円）"), ("H3", "H4", "令和７年度取組目標")]
    for a, b, t in hdr:
        ws[a] = t
        ws.merge_cells(f"{a}:{b}")
    for c, t in zip("BCDEFG", ["R6実績", "R7目標"] * 3):
        ws[f"{c}4"] = t
    for r in (3, 4):
        for c in "ABCDEFGH":
            cell = ws[f"{c}{r}"]
            cell.font = Font(name=F, size=10, bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = BOX
    ws.print_title_rows = "3:4"
    r = 5
    row_of = {}
    for d in ROWS:
        row_of[d["name"]] = r
        vals = [d["name"], d["cr"], d["tcr"], d["ar"], d["tar"], d["out"] // 1000 if False else d["out"], d["tout"],
                item_text(d["items"])]
        for c, v in zip("ABCDEFGH", vals):
            cell = ws[f"{c}{r}"]
            cell.value = v
            cell.font = Font(name=F, size=10)
            cell.border = BOX
            if c in "BCDE":
                cell.number_format = "0.00"
                cell.alignment = Alignment(vertical="center")
            elif c in "FG":
                cell.number_format = "#,##0"
                cell.alignment = Alignment(vertical="center")
            else:
                cell.alignment = Alignment(vertical="center", wrap_text=True)
        ws.row_dimensions[r].height = 16 + 15 * len(d["items"])
        r += 1
    # 合計 row (収入未済額 only)
    tot_out = sum(d["out"] for d in ROWS)
    tot_tout = sum(d["tout"] for d in ROWS)
    for c, v in zip("ABCDEFGH", ["合計", "－", "－", "－", "－", tot_out, tot_tout, ""]):
        cell = ws[f"{c}{r}"]
        cell.value = v
        cell.font = Font(name=F, size=10, bold=c == "A")
        cell.border = BOX
        cell.alignment = Alignment(horizontal="center" if c in "ABCDE" else None, vertical="center")
        if c in "FG":
            cell.number_format = "#,##0"
    ws.row_dimensions[r].height = 20
    tot_row = r
    ws.row_breaks.append(Break(id=4 + PAGE1_ROWS))
    r += 1
    ws[f"A{r}"] = "※収納率は、収入済額を調定額で除したもの（小数点以下第３位を四捨五入）。収入未済額のR7目標は年度末（出納整理期間後）の見込額。"
    ws[f"A{r}"].font = Font(name=F, size=9)
    ws.merge_cells(f"A{r}:H{r}")
    # page 3 (second sheet): 前年度決算の状況, one debt per column
    ws = wb.create_sheet("参考")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_margins.top = 0.7
    ws.oddHeader.right.text = "しらさぎ市総務部収納課"
    ws.oddHeader.right.size = 9
    ws.oddHeader.left.text = "令和７年５月"
    ws.oddHeader.left.size = 9
    ws.oddFooter.center.text = "3 / 3"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    for c, w in zip("ABCDEF", [14, 17, 17, 17, 17, 17]):
        ws.column_dimensions[c].width = w
    r = 1
    p3 = r
    ws[f"A{r}"] = "（参考）令和６年度決算の状況（主要４債権）"
    ws[f"A{r}"].font = Font(name=F, size=13, bold=True)
    ws.merge_cells(f"A{r}:F{r}")
    r += 1
    ws[f"A{r}"] = "単位：千円、％"
    ws[f"A{r}"].font = Font(name=F, size=9)
    ws.merge_cells(f"A{r}:F{r}")
    ws[f"A{r}"].alignment = Alignment(horizontal="right")
    r += 1
    four = ["市税", "国民健康保険料", "介護保険料", "保育料"]
    sel = [d for d in ROWS if d["name"] in four]
    heads = ["区分"] + four + ["４債権計"]
    cols = "ABCDEF"
    for c, t in zip(cols, heads):
        cell = ws[f"{c}{r}"]
        cell.value = t
        cell.font = Font(name=F, size=10, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = BOX
    hdr_row = r
    lines = [("調定額", lambda d: d["ca"] + d["aa"]), ("収入済額", lambda d: d["cc"] + d["ac"]),
             ("不納欠損額", lambda d: d["wo"]), ("収入未済額", lambda d: d["out"])]
    table3 = {}
    for lab, fn in lines:
        r += 1
        vals = [fn(d) for d in sel]
        row = [lab] + vals + [sum(vals)]
        table3[lab] = (r, row)
        for c, v in zip(cols, row):
            cell = ws[f"{c}{r}"]
            cell.value = v
            cell.font = Font(name=F, size=10)
            cell.border = BOX
            if c != "A":
                cell.number_format = "#,##0"
    r += 1
    rates = [d["tr"] for d in sel]
    tot_rate = rate(sum(d["cc"] + d["ac"] for d in sel), sum(d["ca"] + d["aa"] for d in sel))
    row = ["収納率"] + rates + [tot_rate]
    table3["収納率"] = (r, row)
    for c, v in zip(cols, row):
        cell = ws[f"{c}{r}"]
        cell.value = v
        cell.font = Font(name=F, size=10)
        cell.border = BOX
        if c != "A":
            cell.number_format = "0.00"
    for rr in range(hdr_row, r + 1):
        ws.row_dimensions[rr].height = 22
    # 【参考】 one-cell bordered box
    r += 2
    box_top = r
    ref = ["【参考】令和６年度末の滞納者数等",
           f"・市税　滞納者数：{3412:,}人",
           f"・国民健康保険料　滞納世帯数：{2905:,}世帯",
           f"・介護保険料　滞納者数：{1186:,}人"]
    ws[f"A{r}"] = "\n".join(ref)
    ws.merge_cells(f"A{r}:E{r + 3}")
    ws[f"A{r}"].alignment = Alignment(vertical="top", wrap_text=True)
    ws[f"A{r}"].font = Font(name=F, size=10)
    for rr in range(r, r + 4):
        ws.row_dimensions[rr].height = 18
        for c in "ABCDE":
            ws[f"{c}{rr}"].border = Border(left=thin if c == "A" else None, right=thin if c == "E" else None,
                                           top=thin if rr == r else None, bottom=thin if rr == r + 3 else None)
    xlsx = OUT / f"{STEM}.xlsx"
    OUT.mkdir(parents=True, exist_ok=True)
    wb.save(xlsx)
    to_pdf(xlsx, PDF / f"{STEM}.pdf", "plan")
    return sel, table3, tot_out, tot_tout


def gold(sel, table3, tot_out, tot_tout):
    facts, inits = [], []
    for i, d in enumerate(ROWS):
        p = 1 if i < PAGE1_ROWS else 2
        n = d["name"]
        facts += [
            fact(n, 2024, "R6実績", "current", "collection_rate", "actual", d["cr"], "percent", f"{d['cr']:.2f}", p),
            fact(n, 2025, "R7目標", "current", "collection_rate", "target", d["tcr"], "percent", f"{d['tcr']:.2f}", p),
            fact(n, 2024, "R6実績", "arrears", "collection_rate", "actual", d["ar"], "percent", f"{d['ar']:.2f}", p),
            fact(n, 2025, "R7目標", "arrears", "collection_rate", "target", d["tar"], "percent", f"{d['tar']:.2f}", p),
            fact(n, 2024, "R6実績", "total", "outstanding", "actual", d["out"] * 1000, "yen", f"{d['out']:,}", p),
            fact(n, 2025, "R7目標", "total", "outstanding", "target", d["tout"] * 1000, "yen", f"{d['tout']:,}", p),
        ]
        for k, (t, s) in enumerate(d["items"]):
            inits.append(init(n, 2025, "令和７年度取組目標", "①②③④"[k], t, s, p))
    facts += [fact(None, 2024, "R6実績", "total", "outstanding", "actual", tot_out * 1000, "yen", f"{tot_out:,}", 2,
                   debt_raw="合計"),
              fact(None, 2025, "R7目標", "total", "outstanding", "target", tot_tout * 1000, "yen", f"{tot_tout:,}", 2,
                   debt_raw="合計")]
    metric = {"調定額": "assessed", "収入済額": "collected", "不納欠損額": "written_off", "収入未済額": "outstanding"}
    names = [d["name"] for d in sel] + [None]
    for lab, (r, row) in table3.items():
        for n, v in zip(names, row[1:]):
            dr = n if n else "４債権計"
            if lab == "収納率":
                facts.append(fact(n, 2024, "令和６年度", "total", "collection_rate", "actual", v, "percent",
                                  f"{v:.2f}", 3, debt_raw=dr))
            else:
                facts.append(fact(n, 2024, "令和６年度", "total", metric[lab], "actual", v * 1000, "yen",
                                  f"{v:,}", 3, debt_raw=dr))
    for n, (v, u, unit) in {"市税": (3412, "人", "persons"), "国民健康保険料": (2905, "世帯", "households"),
                            "介護保険料": (1186, "人", "persons")}.items():
        facts.append(fact(n, 2024, "令和６年度末", "total", "delinquents", "actual", v, unit, f"{v:,}{u}", 3))
    doc = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2025-05-01", "date_raw": "令和７年５月"}
    return facts, inits, doc


if __name__ == "__main__":
    sel, t3, to, tt = build()
    f, i, doc = gold(sel, t3, to, tt)
    write_gold(STEM, doc, f, i)
    print(STEM, check(STEM))
