"""ひがしうら市（架空） 令和５年度 未収金対策の取組状況（中間報告・２月末） — openpyxl → LibreOffice.

Modelled on mid-year 未収金 progress sheets (大阪市-family: 10月末/2月末 rates with 前年同期, 決算見込,
目標, 主な取組, ward table) and on 徴収計画 one-debt-per-row sheets (expydoc 平成28年度徴収計画;
吹田市 債権徴収・整理計画), as another city's Excel template would print them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.page import PageMargins

sys.path.insert(0, str(Path(__file__).resolve().parent))
from f_common import OUT, PDF_DIR, Recorder, finish, to_pdf  # noqa: E402

STEM = "f_higashiura_progress_1"
CITY = "ひがしうら市"
TITLE = "令和５年度　未収金対策の取組状況（中間報告）"
ASOF = "2024-02-29"      # 令和6年2月29日 (leap year)
ASOF_PREV = "2023-02-28"

# name, 所管課, R5 2月末 (cur, arr), R4 2月末 (cur, arr)
SUMMARY = [
    ("市税", "財政局納税課", "88.46", "24.1", "88.12", "22.9"),
    ("国民健康保険料", "健康福祉局保険年金課", "79.35", "17.62", "78.88", "16.95"),
    ("介護保険料", "健康福祉局介護保険課", "92.14", "10.3", "91.98", "9.7"),
    ("後期高齢者医療保険料", "健康福祉局保険年金課", "93.40", "31.5", "93.22", "30.8"),
    ("保育所保育料", "こども未来局保育課", "90.25", "14.8", "89.97", "15.2"),
    ("市営住宅使用料", "都市局住宅管理課", "89.70", "9.8", "90.05", "10.6"),
    ("下水道使用料", "上下水道局料金課", "91.06", "25.3", "90.88", "24.9"),
]
# 未収金残高 (百万円): 令和4年度末(決算), 令和6年2月末
BALANCE = [("市税", 1284, 1102), ("国民健康保険料", 1036, 948), ("介護保険料", 132, 121),
           ("後期高齢者医療保険料", 38, 35), ("保育所保育料", 54, 49), ("市営住宅使用料", 211, 205),
           ("下水道使用料", 67, 58)]
BAL_TOT = (sum(b[1] for b in BALANCE), sum(b[2] for b in BALANCE))
assert BAL_TOT == (2822, 2518)

SHEETS = [
    {"debt": "市税", "ka": "財政局納税課", "kubun": "強制徴収公債権",
     "outlook": {"見込": ("98.95", "29.0"), "目標": ("99.00", "30.0"), "前年": ("98.91", "28.3")},
     "count": ("滞納者数", "8,245人", 8245, "8,702人", 8702, "persons"),
     "wards": [("東区", "88.91", "88.50"), ("西区", "87.62", "87.40"), ("南区", "88.80", "88.41"),
               ("全市", "88.46", "88.12")],
     "inits": {
         "現年度分": [("(1)", "納期限後２０日以内に督促状を発送し、未納者には翌月にSMSによる納付案内を送信する。", "継続", False),
                   ("(2)", "１月から３月を滞納整理強化期間とし、給与及び預貯金の差押えを集中的に実施する。", "拡充", False)],
         "過年度分": [("(1)", "滞納額１００万円以上の高額事案を特別整理班に移管し、捜索及びインターネット公売を実施する。", "継続", False),
                   ("(2)", "執行停止後３年を経過する事案を洗い出し、不納欠損処理を適正に行う。", "新規", True)],
     }},
    {"debt": "国民健康保険料", "ka": "健康福祉局保険年金課", "kubun": "強制徴収公債権",
     "outlook": {"見込": ("92.80", "20.5"), "目標": ("93.00", "21.0"), "前年": ("92.61", "19.87")},
     "count": ("滞納世帯数", "3,412世帯", 3412, "3,655世帯", 3655, "households"),
     "wards": None,
     "inits": {
         "現年度分": [("(1)", "資格取得時に口座振替を原則とする案内を行い、Web口座振替受付サービスの利用を勧奨する。", "継続", False),
                   ("(2)", "２期以上未納の世帯に対し、民間委託による電話催告を夜間及び休日にも実施する。", "継続", False),
                   ("(3)", "短期被保険者証の更新時に窓口で納付相談を行い、分納誓約につなげる。", "新規", False)],
         "過年度分": [("(1)", "財産調査の結果、差押可能財産が判明した世帯には差押予告書を送付し、応答がない場合は速やかに滞納処分を行う。", "継続", False),
                   ("(2)", "資格喪失世帯の一覧を活用し、転出者に対する文書催告を行う。", "拡充", True)],
     }},
    {"debt": "介護保険料", "ka": "健康福祉局介護保険課", "kubun": "強制徴収公債権",
     "outlook": {"見込": ("98.70", "12.0"), "目標": ("98.80", "12.5"), "前年": ("98.66", "11.4")},
     "count": ("滞納者数", "1,108人", 1108, "1,176人", 1176, "persons"),
     "wards": None,
     "inits": {
         "現年度分": [("(1)", "６５歳到達者に対し、特別徴収開始までの普通徴収分について口座振替依頼書を同封する。", "継続", False)],
         "過年度分": [("(1)", "給付制限の対象となる前に滞納者へ文書で通知し、納付相談を促す。", "継続", False),
                   ("(2)", "預貯金の電子照会を導入し、財産調査の期間を短縮する。", "新規", False)],
     }},
    {"debt": "市営住宅使用料", "ka": "都市局住宅管理課", "kubun": "私債権",
     "outlook": {"見込": ("97.2", "12.0"), "目標": ("97.5", "13.0"), "前年": ("97.35", "11.6")},
     "count": ("滞納者数", "264人", 264, "281人", 281, "persons"),
     "wards": None,
     "inits": {
         "現年度分": [("(1)", "家賃３か月以上の滞納者に対し、指定管理者と連携して臨戸訪問を行う。", "継続", False)],
         "過年度分": [("(1)", "退去滞納者について、連帯保証人への請求と支払督促の申立てを行う。", "継続", False),
                   ("(2)", "所在不明者の調査を弁護士法人に委託し、回収見込みのない債権は放棄を検討する。", "拡充", False)],
     }},
]

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GRAY = PatternFill("solid", fgColor="D9D9D9")
FONT = "IPAexゴシック"


def f(size=10, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, value, size=10, bold=False, fill=None, border=True, h="center", v="center", wrap=True):
    c = ws[ref]
    c.value = value
    c.font = f(size, bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border:
        c.border = BOX
    if fill:
        c.fill = fill
    return c


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    put(ws, first, value, **kw)
    ws.merge_cells(rng)
    if kw.get("border", True):
        for row in ws[rng]:
            for c in row:
                c.border = BOX


def diff(a: str, b: str) -> str:
    nd = max(len(a.split(".")[1]), len(b.split(".")[1]))
    d = round(float(a) - float(b), nd)
    s = f"{abs(d):.{nd}f}"
    return ("△" + s) if d < 0 else s


def setup(ws, widths):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.7)
    ws.oddHeader.right.text = "ひがしうら市　未収金対策の取組状況（中間報告）"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "&P / &N"
    ws.oddFooter.center.size = 9


def summary_sheet(wb, rec: Recorder):
    ws = wb.active
    ws.title = "総括"
    setup(ws, {"A": 22, "B": 22, "C": 11, "D": 11, "E": 11, "F": 11, "G": 10, "H": 10})
    merge(ws, "A1:H1", TITLE, size=15, bold=True, border=False)
    merge(ws, "A2:H2", "令和６年２月末現在　　ひがしうら市財政局債権管理課", size=10, border=False, h="right")
    put(ws, "A4", "１　主要債権の徴収率（２月末現在）", 11, True, border=False, h="left", wrap=False)
    merge(ws, "F5:H5", "（単位：％、ポイント）", size=9, border=False, h="right")
    merge(ws, "A6:A7", "債権名", bold=True, fill=GRAY)
    merge(ws, "B6:B7", "所管課", bold=True, fill=GRAY)
    merge(ws, "C6:D6", "令和５年度２月末", bold=True, fill=GRAY)
    merge(ws, "E6:F6", "令和４年度２月末", bold=True, fill=GRAY)
    merge(ws, "G6:H6", "差", bold=True, fill=GRAY)
    for col, lab in zip("CDEFGH", ["現年度分", "過年度分"] * 3):
        put(ws, f"{col}7", lab, 9, True, GRAY)
    r = 8
    for name, ka, c5, a5, c4, a4 in SUMMARY:
        put(ws, f"A{r}", name, h="left")
        put(ws, f"B{r}", ka, 9, h="left")
        for col, val in zip("CDEFGH", [c5, a5, c4, a4, diff(c5, c4), diff(a5, a4)]):
            put(ws, f"{col}{r}", val, h="right")
        anc = ["（単位：％、ポイント）", name]
        for fy, fyr, asof, seg, val in ((2023, "令和５年度２月末", ASOF, "current", c5),
                                        (2023, "令和５年度２月末", ASOF, "arrears", a5),
                                        (2022, "令和４年度２月末", ASOF_PREV, "current", c4),
                                        (2022, "令和４年度２月末", ASOF_PREV, "arrears", a4)):
            rec.fact(anc, debt=name, fy=fy, fy_raw=fyr, seg=seg, metric="collection_rate",
                     basis="interim", as_of=asof, value=float(val), unit="percent", raw=val)
        r += 1
    put(ws, f"A{r}", "※　徴収率＝収入済額÷調定額（各年度とも２月末日現在の累計）。差は令和５年度－令和４年度。", 9,
        border=False, h="left", wrap=False)
    r += 2
    put(ws, f"A{r}", "２　未収金残高の状況", 11, True, border=False, h="left", wrap=False)
    merge(ws, f"E{r+1}:F{r+1}", "（単位：百万円）", size=9, border=False, h="right")
    r += 2
    put(ws, f"A{r}", "債権名", bold=True, fill=GRAY)
    merge(ws, f"B{r}:C{r}", "令和４年度末（決算）", bold=True, fill=GRAY)
    put(ws, f"D{r}", "令和６年２月末", 9, True, GRAY)
    put(ws, f"E{r}", "増減", bold=True, fill=GRAY)
    put(ws, f"F{r}", "増減率", bold=True, fill=GRAY)
    r += 1
    rows = BALANCE + [("合計", *BAL_TOT)]
    for name, b4, b6 in rows:
        bold = name == "合計"
        put(ws, f"A{r}", name, bold=bold, h="left")
        merge(ws, f"B{r}:C{r}", f"{b4:,}", bold=bold, h="right")
        put(ws, f"D{r}", f"{b6:,}", bold=bold, h="right")
        d = b6 - b4
        put(ws, f"E{r}", f"{d:,}" if d >= 0 else f"△{-d:,}", bold=bold, h="right")
        pct = (b6 - b4) / b4 * 100
        put(ws, f"F{r}", (f"{pct:.1f}%" if pct >= 0 else f"△{-pct:.1f}%"), bold=bold, h="right")
        debt = None if name == "合計" else name
        anc = ["（単位：百万円）", name]
        rec.fact(anc, debt=debt, debt_raw=name, fy=2022, fy_raw="令和４年度末（決算）", seg="total",
                 metric="outstanding", basis="actual", value=b4 * 1_000_000, unit="yen", raw=f"{b4:,}")
        rec.fact(anc, debt=debt, debt_raw=name, fy=2023, fy_raw="令和６年２月末", seg="total",
                 metric="outstanding", basis="interim", as_of=ASOF, value=b6 * 1_000_000, unit="yen",
                 raw=f"{b6:,}")
        r += 1
    put(ws, f"A{r}", "※　百万円未満を四捨五入しているため、合計が内訳の和と一致しない場合がある。", 9,
        border=False, h="left", wrap=False)
    ws.print_area = f"A1:H{r}"


def debt_sheet(wb, sp: dict, rec: Recorder):
    debt = sp["debt"]
    ws = wb.create_sheet(debt[:10])
    setup(ws, {"A": 14, "B": 22, "C": 12, "D": 22, "E": 12, "F": 22})
    merge(ws, "A1:F1", "令和５年度　未収金対策の取組状況（２月末）", size=13, bold=True, border=False, h="left")
    put(ws, "A3", "債権名", bold=True, fill=GRAY)
    put(ws, "B3", debt, bold=True)
    put(ws, "C3", "所管課", bold=True, fill=GRAY)
    put(ws, "D3", sp["ka"])
    put(ws, "E3", "債権区分", bold=True, fill=GRAY)
    put(ws, "F3", sp["kubun"])
    row = next(s for s in SUMMARY if s[0] == debt)
    c5, a5, c4, a4 = row[2:]
    merge(ws, "A5:F5", "【徴収率】令和6年2月29日時点", size=11, bold=True, border=False, h="left")
    merge(ws, "A6:F6", f"　・現年度分　{c5}％（前年同期　{c4}％）", border=False, h="left")
    merge(ws, "A7:F7", f"　・過年度分　{a5}％（前年同期　{a4}％）", border=False, h="left")
    box = f"^債権名{debt}所管課"
    anc = [box, "【徴収率】令和6年2月29日時点"]
    rec.fact(anc + ["現年度分"], debt=debt, fy=2023, fy_raw="令和6年2月29日", seg="current",
             metric="collection_rate", basis="interim", as_of=ASOF, value=float(c5), unit="percent", raw=f"{c5}％")
    rec.fact(anc + ["現年度分", "前年同期"], debt=debt, fy=2022, fy_raw="前年同期", seg="current",
             metric="collection_rate", basis="interim", as_of=ASOF_PREV, value=float(c4), unit="percent",
             raw=f"{c4}％")
    rec.fact(anc + ["過年度分"], debt=debt, fy=2023, fy_raw="令和6年2月29日", seg="arrears",
             metric="collection_rate", basis="interim", as_of=ASOF, value=float(a5), unit="percent", raw=f"{a5}％")
    rec.fact(anc + ["過年度分", "前年同期"], debt=debt, fy=2022, fy_raw="前年同期", seg="arrears",
             metric="collection_rate", basis="interim", as_of=ASOF_PREV, value=float(a4), unit="percent",
             raw=f"{a4}％")
    lab, s_now, v_now, s_prev, v_prev, unit = sp["count"]
    merge(ws, "A8:F8", f"　・{lab}　{s_now}（前年同期　{s_prev}）", border=False, h="left")
    rec.fact(anc + [lab], debt=debt, fy=2023, fy_raw="令和6年2月29日", seg="total", metric="delinquents",
             basis="interim", as_of=ASOF, value=v_now, unit=unit, raw=s_now)
    rec.fact(anc + [lab, "前年同期"], debt=debt, fy=2022, fy_raw="前年同期", seg="total", metric="delinquents",
             basis="interim", as_of=ASOF_PREV, value=v_prev, unit=unit, raw=s_prev)

    # side-by-side headings: 決算見込 | 目標 | 前年度決算
    merge(ws, "A10:F10", "年度末の見込みと目標（徴収率）", size=11, bold=True, border=False, h="left")
    merge(ws, "A11:B11", "令和５年度決算見込", bold=True, fill=GRAY)
    merge(ws, "C11:D11", "令和５年度目標", bold=True, fill=GRAY)
    merge(ws, "E11:F11", "（参考）令和４年度決算", bold=True, fill=GRAY)
    for col, lab2 in zip("ABCDEF", ["現年度分", "過年度分"] * 3):
        put(ws, f"{col}12", lab2, 9, True, GRAY)
    o = sp["outlook"]
    vals = [o["見込"][0], o["見込"][1], o["目標"][0], o["目標"][1], o["前年"][0], o["前年"][1]]
    for col, val in zip("ABCDEF", vals):
        put(ws, f"{col}13", f"{val}%", h="right")
    anc2 = [box, "年度末の見込みと目標（徴収率）", "（参考）令和４年度決算"]
    for (fy, fyr, basis, seg), val in zip(
            [(2023, "令和５年度決算見込", "estimate", "current"), (2023, "令和５年度決算見込", "estimate", "arrears"),
             (2023, "令和５年度目標", "target", "current"), (2023, "令和５年度目標", "target", "arrears"),
             (2022, "令和４年度決算", "actual", "current"), (2022, "令和４年度決算", "actual", "arrears")], vals):
        rec.fact(anc2, debt=debt, fy=fy, fy_raw=fyr, seg=seg, metric="collection_rate", basis=basis,
                 value=float(val), unit="percent", raw=f"{val}%")

    r = 15
    if sp["wards"]:
        merge(ws, f"A{r}:F{r}", "区別の徴収率（現年度分・２月末）", size=11, bold=True, border=False, h="left")
        r += 1
        put(ws, f"A{r}", "区", bold=True, fill=GRAY)
        merge(ws, f"B{r}:C{r}", "令和５年度", bold=True, fill=GRAY)
        put(ws, f"D{r}", "令和４年度", bold=True, fill=GRAY)
        merge(ws, f"E{r}:F{r}", "対前年同月比", bold=True, fill=GRAY)
        r += 1
        for ward, w5, w4 in sp["wards"]:
            put(ws, f"A{r}", ward)
            merge(ws, f"B{r}:C{r}", f"{w5}%", h="right")
            put(ws, f"D{r}", f"{w4}%", h="right")
            merge(ws, f"E{r}:F{r}", diff(w5, w4), h="right")
            area = None if ward == "全市" else ward
            anc3 = [box, "区別の徴収率（現年度分・２月末）", ward]
            rec.fact(anc3, debt=debt, fy=2023, fy_raw="令和５年度", seg="current", metric="collection_rate",
                     basis="interim", as_of=ASOF, value=float(w5), unit="percent", raw=f"{w5}%", area=area)
            rec.fact(anc3, debt=debt, fy=2022, fy_raw="令和４年度", seg="current", metric="collection_rate",
                     basis="interim", as_of=ASOF_PREV, value=float(w4), unit="percent", raw=f"{w4}%", area=area)
            r += 1
        r += 1

    # initiatives: plain title, table with no 取組 header, several items in one cell
    sect = "後半の主な取組（１月～５月）"
    merge(ws, f"A{r}:F{r}", sect, size=11, bold=True, border=False, h="left")
    r += 1
    for seg, items in sp["inits"].items():
        put(ws, f"A{r}", seg, bold=True, fill=GRAY)
        lines = []
        for label, text, status, wrap_tag in items:
            lines.append(f"{label} {text}" + ("\n" if wrap_tag else "") + f"【{status}】")
            rec.init([box, sect], debt=debt, fy=2023, section=sect, label=label, text=text, status=status)
        merge(ws, f"B{r}:F{r}", "\n".join(lines), h="left", v="top")
        ws.row_dimensions[r].height = 19 * sum(2 if len(x) > 60 else 1 for x in "\n".join(lines).split("\n")) + 6
        r += 1
    ws.print_area = f"A1:F{r}"


def build():
    rec = Recorder()
    wb = Workbook()
    summary_sheet(wb, rec)
    for sp in SHEETS:
        debt_sheet(wb, sp, rec)
    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = to_pdf(src, PDF_DIR / f"{STEM}.pdf", "higashiura")
    document = {"kind": "progress_report", "municipality": CITY, "title": TITLE,
                "date": ASOF, "date_raw": "令和６年２月末現在"}
    return finish(STEM, pdf, rec, document)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
