"""わかば市 未収金対策の取組状況（令和５年度・２月末）-- openpyxl -> LibreOffice (landscape sheets)."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font
from openpyxl.worksheet.page import PageMargins
from f_common import *

STEM = "f_wakaba_chukan_1"
CITY = "わかば市"
NOW_ASOF, PREV_ASOF = "2024-02-29", "2023-02-28"
D = [
    # name, 所管, now, prev, 決算R4, 見込R5, 目標R5, outstanding (R4末実績, R5末見込, R5末目標) 千円, 取組
    ("個人市民税", "財政部 市民税課・納税課", (95.12, 27.80, 91.04), (94.85, 25.96, 90.41), (98.90, 30.12, 96.35),
     (99.02, 31.50, 96.70), (99.00, 31.00, 96.60), (1012344, 958000, 950000),
     ["特別徴収義務者への指定を徹底し、普通徴収からの切替えを進める。",
      "年度途中の新規滞納者に対し、督促後１０日以内にＳＭＳ催告を行う。",
      "滞納繰越分は財産調査を先行させ、差押え又は執行停止を早期に判断する。"]),
    ("国民健康保険料", "健康福祉部 保険年金課", (80.46, 20.15, 65.33), (79.62, 19.88, 64.10), (93.88, 24.70, 80.12),
     (94.10, 25.30, 80.90), (94.30, 25.00, 81.00), (1688720, 1590000, 1560000),
     ["口座振替の原則化を進め、加入手続時に申込みを受け付ける。",
      "各区保険年金係と連携し、資格喪失世帯への納付督励を月１回実施する。",
      "納付誓約の不履行世帯には差押予告書を速やかに発送する。",
      "所在不明世帯について居所調査を行い、職権による資格喪失処理を進める。"]),
    ("介護保険料", "健康福祉部 介護保険課", (93.40, 15.62, 91.95), (93.05, 15.10, 91.54), (98.81, 18.44, 97.93),
     (98.85, 18.90, 98.00), (98.90, 19.00, 98.05), (112905, 108500, 106000),
     ["普通徴収者に対して年２回の一斉催告を行う。",
      "給付制限の対象となる前に、制度の説明と分割納付の相談を行う。"]),
    ("保育所保育料", "こども未来部 保育課", (92.77, 12.34, 85.10), (93.01, 11.87, 85.02), (98.52, 16.20, 93.44),
     (98.40, 16.80, 93.60), (98.60, 17.00, 93.80), (48216, 46900, 45000),
     ["児童手当からの徴収について、入所時に申出書の提出を求める。",
      "卒園児世帯の未納分は、債権管理課へ引き継ぎ滞納処分を行う。"]),
    ("市営住宅使用料", "都市整備部 住宅課", (91.20, 10.45, 60.32), (90.64, 9.98, 58.77), (97.35, 13.20, 70.15),
     (97.50, 13.80, 71.20), (97.70, 14.00, 72.00), (76530, 73100, 72000),
     ["滞納２か月で本人及び連帯保証人に文書催告を行う。",
      "高額滞納者は明渡し請求訴訟の対象として法的措置を進める。",
      "退去者の未納家賃は弁護士への回収委託を継続する。"]),
]
WARDS = [("東区", (82.10, 21.40), (81.30, 20.90)), ("西区", (79.85, 19.72), (79.20, 19.95)),
         ("南区", (78.40, 18.66), (77.95, 18.10)), ("北区", (81.22, 20.98), (80.10, 20.55)),
         ("中央区", (80.70, 20.02), (79.50, 19.60))]

thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
wb = Workbook()
facts, inits = [], []
CM = Alignment(horizontal="center", vertical="center", wrap_text=True)
RT = Alignment(horizontal="right", vertical="center")
LT = Alignment(horizontal="left", vertical="top", wrap_text=True)
F = Font(name="IPAexGothic", size=10)
FB = Font(name="IPAexGothic", size=13, bold=True)


def setup(ws, title):
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.7, bottom=0.6)
    ws.oddHeader.right.text = "わかば市 未収金対策の取組状況（令和５年度）"
    ws.oddFooter.center.text = "&P"
    ws.title = title


def put(ws, r, c, v, al=CM, border=True, font=F):
    cell = ws.cell(row=r, column=c, value=v)
    cell.alignment = al; cell.font = font
    if border: cell.border = B
    return cell


def box(ws, r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = B


# ---------- sheet 1 summary (one debt per row, segment x period groups)
ws = wb.active; setup(ws, "総括")
for col, w in zip("ABCDEFGHI", (22, 11, 11, 11, 11, 11, 11, 14, 14)):
    ws.column_dimensions[col].width = w
put(ws, 1, 1, "令和５年度　未収金対策の取組状況（２月末）", LT, False, FB)
put(ws, 2, 1, "１　主要債権の徴収率（令和６年２月２９日現在）", LT, False)
ws.merge_cells("A1:I1"); ws.merge_cells("A2:I2")
put(ws, 3, 1, "債権名"); ws.merge_cells("A3:A4")
for c, lab in ((2, "令和６年２月末"), (4, "前年同期（令和５年２月末）"), (6, "令和５年度 決算見込")):
    put(ws, 3, c, lab); ws.merge_cells(start_row=3, start_column=c, end_row=3, end_column=c + 1)
    put(ws, 4, c, "現年度分"); put(ws, 4, c + 1, "過年度分")
put(ws, 3, 8, "未収金残高（千円）"); ws.merge_cells("H3:I3"); put(ws, 4, 8, "令和４年度末 実績"); put(ws, 4, 9, "令和５年度末 見込")
box(ws, 3, 1, 4, 9)
r = 5
for d in D:
    name, now, prev, est, outs = d[0], d[2], d[3], d[5], d[7]
    put(ws, r, 1, name, LT)
    vals = [(now[0], "interim", 2023, NOW_ASOF, "current", "令和６年２月末"), (now[1], "interim", 2023, NOW_ASOF, "arrears", "令和６年２月末"),
            (prev[0], "interim", 2022, PREV_ASOF, "current", "令和５年２月末"), (prev[1], "interim", 2022, PREV_ASOF, "arrears", "令和５年２月末"),
            (est[0], "estimate", 2023, None, "current", "令和５年度"), (est[1], "estimate", 2023, None, "arrears", "令和５年度")]
    for j, (v, basis, fy, asof, seg, fyr) in enumerate(vals):
        put(ws, r, 2 + j, f"{v:.2f}%", RT)
        facts.append(fact(name, fy, fyr, seg, "collection_rate", basis, v, "percent", f"{v:.2f}%", 1, as_of=asof))
    put(ws, r, 8, yen(outs[0]), RT); put(ws, r, 9, yen(outs[1]), RT)
    facts.append(fact(name, 2022, "令和４年度末", "total", "outstanding", "actual", outs[0] * 1000, "yen", yen(outs[0]), 1))
    facts.append(fact(name, 2023, "令和５年度末", "total", "outstanding", "estimate", outs[1] * 1000, "yen", yen(outs[1]), 1))
    r += 1
tot_est = sum(d[7][1] for d in D)
def oku(man):
    return (f"{man//10000}億" if man >= 10000 else "") + f"{man%10000:,}万円"
put(ws, r + 1, 1, f"・５債権の未収金残高は、令和５年度末で約{oku(tot_est//10)}となる見込みである（前年度末比で約{oku((sum(d[7][0] for d in D)-tot_est)//10)}の減少）。", LT, False)
ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=9)
approx_est = (tot_est // 10) * 10000
raw_tot = "約" + oku(tot_est // 10)
facts.append(fact(None, 2023, "令和５年度末", "total", "outstanding", "estimate", approx_est, "yen", raw_tot, 1, approx=True, debt_raw="５債権"))
ws.row_dimensions[r + 1].height = 30
put(ws, r + 2, 1, "※徴収率＝収入済額÷調定額。過年度分は滞納繰越分をいう。", LT, False)
ws.merge_cells(start_row=r + 2, start_column=1, end_row=r + 2, end_column=9)

# ---------- one sheet per debt
page = 2
for d in D:
    name, shokan, now, prev, act, est, tgt, outs, tori = d
    ws = wb.create_sheet(); setup(ws, name[:10])
    for col, w in zip("ABCDEF", (30, 16, 16, 16, 18, 18)):
        ws.column_dimensions[col].width = w
    put(ws, 1, 1, "令和５年度　未収金対策の取組状況（２月末）", LT, False, FB); ws.merge_cells("A1:F1")
    put(ws, 2, 1, f"債権名　{name}", LT); ws.merge_cells("A2:C2"); box(ws, 2, 1, 2, 3)
    put(ws, 2, 4, f"所管　{shokan}", LT); ws.merge_cells("D2:F2"); box(ws, 2, 4, 2, 6)
    put(ws, 4, 1, "（１）徴収率の状況　　単位：％", LT, False)
    put(ws, 5, 1, "区分"); put(ws, 5, 2, "現年度分"); put(ws, 5, 3, "過年度分"); put(ws, 5, 4, "計")
    rows = [("令和５年度（２月２９日現在）", now, "interim", 2023, NOW_ASOF, "令和５年度（２月２９日現在）"),
            ("令和４年度（同期）", prev, "interim", 2022, PREV_ASOF, "令和４年度（同期）"),
            ("令和４年度 決算", act, "actual", 2022, None, "令和４年度"),
            ("令和５年度 決算見込", est, "estimate", 2023, None, "令和５年度"),
            ("令和５年度 目標", tgt, "target", 2023, None, "令和５年度")]
    rr = 6
    for lab, vals, basis, fy, asof, fyr in rows:
        put(ws, rr, 1, lab, LT)
        for j, (v, seg) in enumerate(zip(vals, ("current", "arrears", "total"))):
            put(ws, rr, 2 + j, f"{v:.2f}", RT)
            facts.append(fact(name, fy, fyr, seg, "collection_rate", basis, v, "percent", f"{v:.2f}", page, as_of=asof))
        rr += 1
    put(ws, rr, 1, "対前年同期 増減（ポイント）", LT)
    for j in range(3):
        dd = round(now[j] - prev[j], 2)
        put(ws, rr, 2 + j, ("+" if dd >= 0 else "△") + f"{abs(dd):.2f}", RT)
    rr += 2
    put(ws, rr, 1, "（２）未収金残高（単位：千円）", LT, False); rr += 1
    put(ws, rr, 1, "令和４年度末 実績"); put(ws, rr, 2, "令和５年度末 見込"); put(ws, rr, 3, "令和５年度末 目標"); put(ws, rr, 4, "見込－目標"); rr += 1
    put(ws, rr, 1, yen(outs[0]), RT); put(ws, rr, 2, yen(outs[1]), RT); put(ws, rr, 3, yen(outs[2]), RT); put(ws, rr, 4, yen(outs[1] - outs[2]), RT)
    for v, basis, fy, fyr in ((outs[0], "actual", 2022, "令和４年度末"), (outs[1], "estimate", 2023, "令和５年度末"), (outs[2], "target", 2023, "令和５年度末")):
        facts.append(fact(name, fy, fyr, "total", "outstanding", basis, v * 1000, "yen", yen(v), page))
    rr += 2
    put(ws, rr, 1, "（３）主な取組（年度後半）", LT, False); rr += 1
    marks = "①②③④⑤"
    text = "\n".join(f"{marks[i]}{t}" for i, t in enumerate(tori))
    put(ws, rr, 1, text, LT); ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=6); box(ws, rr, 1, rr, 6)
    ws.row_dimensions[rr].height = 18 * len(tori) + 6
    for i, t in enumerate(tori):
        inits.append(init(name, 2023, "主な取組（年度後半）", marks[i], t, None, page))
    page += 1
    if name == "国民健康保険料":
        ws = wb.create_sheet(); setup(ws, "国保_区別")
        for col, w in zip("ABCDEFG", (16, 13, 13, 13, 13, 13, 13)):
            ws.column_dimensions[col].width = w
        put(ws, 1, 1, "国民健康保険料　区別徴収率（令和６年２月末）", LT, False, FB); ws.merge_cells("A1:G1")
        put(ws, 2, 1, "（単位：％）", RT, False); ws.merge_cells("A2:G2")
        put(ws, 3, 1, "区"); ws.merge_cells("A3:A4")
        for c, lab in ((2, "令和６年２月末"), (4, "前年同期"), (6, "増減")):
            put(ws, 3, c, lab); ws.merge_cells(start_row=3, start_column=c, end_row=3, end_column=c + 1)
            put(ws, 4, c, "現年度"); put(ws, 4, c + 1, "過年度")
        box(ws, 3, 1, 4, 7)
        rr = 5
        for w, a, b in [("市合計", now[:2], prev[:2])] + WARDS:
            put(ws, rr, 1, w, LT)
            for j, v in enumerate(list(a) + list(b)):
                put(ws, rr, 2 + j, f"{v:.2f}", RT)
                seg = ("current", "arrears")[j % 2]
                asof, fy, fyr = (NOW_ASOF, 2023, "令和６年２月末") if j < 2 else (PREV_ASOF, 2022, "前年同期")
                facts.append(fact(name, fy, fyr, seg, "collection_rate", "interim", v, "percent", f"{v:.2f}", page,
                                  as_of=asof, area=None if w == "市合計" else w))
            for j in range(2):
                dd = round(a[j] - b[j], 2)
                put(ws, rr, 6 + j, ("+" if dd >= 0 else "△") + f"{abs(dd):.2f}", RT)
            rr += 1
        put(ws, rr + 1, 1, "※区別の数値は各区役所保険年金係で収納した分を集計したもの。", LT, False)
        page += 1

src = OUT / f"{STEM}.xlsx"
wb.save(str(src))
finish_pdf(soffice(src), STEM)
document = {"kind": "progress_report", "municipality": CITY, "title": "令和５年度 未収金対策の取組状況（２月末）",
            "date": "2024-02-29", "date_raw": "令和６年２月２９日"}
if __name__ == "__main__":
    write_gold(STEM, document, facts, inits)
