"""大和市債権管理推進計画 — 債権別推進シート (openpyxl → LibreOffice, portrait, one sheet per debt).

Content of the 推進シート family (5-year 調定額/収入済額/収納率 history, 不納欠損額, 収入未済額, 滞納者数, 5-year targets,
取組) laid out as another city's Excel template: years as ROWS (not columns), segment × metric column groups, units only
in the unit note, 債権名 in a one-row label/value box, year labels in three notations (令和２年度/３年度…, R2…, 2020年度).
Model for the city's own debt tables: 大和市監査委員 行政監査報告書「債権管理について」
https://vdocuments.pub/12-eoeceeii-oeec199c2eeeoec.html
"""
import random
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from e_common import OUT, PDF_DIR, Gold, comma, rate, soffice_pdf

STEM = "e_yamato_plan_4"
CITY = "大和市"
TITLE = "大和市債権管理推進計画（令和８年度～令和１２年度）"
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="DDEBF7")
F = "IPAex明朝"
FG = "IPAexゴシック"

YEARS = [2020, 2021, 2022, 2023, 2024]


def ylabels(style):
    if style == "era":
        return ["令和２年度", "３年度", "４年度", "５年度", "６年度"]
    if style == "r":
        return ["R2", "R3", "R4", "R5", "R6"]
    return ["2020年度", "2021年度", "2022年度", "2023年度", "2024年度"]


DEBTS = [
    {"name": "市税", "ka": "収税課", "kubun": "強制徴収公債権", "style": "era", "seed": 11,
     "cur0": 30850000, "cur_rate": 0.9905, "arr0": 1620000, "arr_rate": 0.265, "wo": 0.085, "people0": 6120,
     "gaiyo": "地方税法及び大和市市税条例に基づき賦課する市民税、固定資産税、軽自動車税、都市計画税等。時効は５年。",
     "bunseki": "現年分の収納率は99％台で推移しており、滞納繰越分は差押えの早期着手により改善傾向にある。一方、滞納者数は"
                "依然として５千人を超えており、少額の滞納が長期化する事案への対応が課題である。",
     "target": [("99.35%", "99.40%", "99.45%", "99.50%", "99.55%"), ("31.0%", "32.0%", "33.0%", "34.0%", "35.0%"),
                ("1,020,000", "960,000", "900,000", "850,000", "800,000")],
     "items": [("①", "督促状発送後の初期滞納者には、納税コールセンターから早期に電話催告を行う。", "継続", False),
               ("②", "預貯金照会を電子化し、財産調査から差押えまでの期間を短縮する。", "拡充", False),
               ("③", "高額滞納事案は特別滞納整理係が引き継ぎ、捜索及び公売を計画的に実施する。", "継続", True),
               ("④", "スマートフォン決済の対象税目を拡大し、期限内納付を促す。", "新規", False)]},
    {"name": "国民健康保険税", "ka": "保険年金課", "kubun": "強制徴収公債権", "style": "r", "seed": 23,
     "cur0": 5480000, "cur_rate": 0.935, "arr0": 1710000, "arr_rate": 0.205, "wo": 0.12, "people0": 5480,
     "gaiyo": "国民健康保険法第76条及び地方税法第703条の4に基づき世帯主に課税する国民健康保険税。時効は５年。",
     "bunseki": "現年分の収納率は口座振替の原則化により93％台を維持しているが、"
                "滞納繰越分は所得の少ない世帯の滞納が多く、執行停止と不納欠損の適正な判断が必要である。",
     "target": [("94.60%", "94.80%", "95.00%", "95.20%", "95.40%"), ("23.0%", "24.0%", "25.0%", "26.0%", "27.0%"),
                ("1,480,000", "1,410,000", "1,340,000", "1,280,000", "1,220,000")],
     "items": [("①", "加入手続時に口座振替の申込みを原則とし、Web口座振替受付サービスを案内する。", "継続", False),
               ("②", "納付相談に応じない世帯には、財産調査の結果に基づき速やかに差押えを行う。", "継続", False),
               ("③", "資格喪失世帯の未納分は、喪失手続時に納付計画を取り付ける。", "新規", True)]},
    {"name": "介護保険料", "ka": "介護保険課", "kubun": "強制徴収公債権", "style": "w", "seed": 37,
     "cur0": 4720000, "cur_rate": 0.9862, "arr0": 118000, "arr_rate": 0.138, "wo": 0.36, "people0": 2310,
     "gaiyo": "介護保険法第129条に基づき第１号被保険者から徴収する保険料。原則は年金からの特別徴収。時効は２年。",
     "bunseki": "特別徴収の割合が高く現年分の収納率は高い水準にあるが、普通徴収の未納は時効が２年と短いため不納欠損となり"
                "やすい。資格取得直後の普通徴収期間の納付案内が重要である。",
     "target": [("98.70%", "98.75%", "98.80%", "98.85%", "98.90%"), ("15.0%", "15.5%", "16.0%", "16.5%", "17.0%"),
                ("68,000", "66,000", "64,000", "62,000", "60,000")],
     "items": [("①", "資格取得時に納付方法の案内を送付し、特別徴収開始までの納付を促す。", "継続", False),
               ("②", "時効が近い滞納分を毎月抽出し、優先して催告及び財産調査を行う。", "拡充", False)]},
]


def history(sd):
    rnd = random.Random(sd["seed"])
    rows = []
    arr = sd["arr0"]
    cur = sd["cur0"]
    people = sd["people0"]
    for k, y in enumerate(YEARS):
        cur = int(cur * (1 + rnd.uniform(-0.02, 0.025)))
        cr = sd["cur_rate"] + k * 0.0008 + rnd.uniform(-0.0006, 0.0006)
        cc = int(cur * cr)
        ar = sd["arr_rate"] + k * 0.006 + rnd.uniform(-0.004, 0.004)
        ac = int(arr * ar)
        wo = int((arr - ac) * sd["wo"] * rnd.uniform(0.85, 1.15))
        out = (cur - cc) + (arr - ac) - wo
        rows.append({"y": y, "ca": cur, "cc": cc, "cr": rate(cc, cur, 2), "aa": arr, "ac": ac, "ar": rate(ac, arr, 2),
                     "wo": wo, "out": out, "people": people})
        arr = out
        people = int(people * rnd.uniform(0.9, 0.98))
    return rows


def put(ws, ref, val, bold=False, size=9, align="left", fill=None, wrap=True, valign="center", font=F):
    c = ws[ref]
    c.value = val
    c.font = Font(name=font, bold=bold, size=size)
    c.alignment = Alignment(horizontal=align, vertical=valign, wrap_text=wrap)
    if fill:
        c.fill = fill
    return c


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def setup(ws):
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.55
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.6
    ws.oddHeader.left.text = TITLE
    ws.oddHeader.left.size = 8
    ws.oddFooter.center.text = "- &P -"
    for col, w in {"A": 11, "B": 12, "C": 12, "D": 8, "E": 11, "F": 11, "G": 8, "H": 10, "I": 11, "J": 8}.items():
        ws.column_dimensions[col].width = w


def overview(wb, g, hist):
    ws = wb.active
    ws.title = "一覧"
    setup(ws)
    ws.merge_cells("A1:J1")
    put(ws, "A1", "第３章　債権別推進シート", bold=True, size=13, font=FG)
    ws.merge_cells("A3:J3")
    put(ws, "A3", "　本章では、収入未済額が１億円を超える主要３債権について、直近５か年の収納状況、計画期間の目標及び取組を"
                  "債権ごとのシートに取りまとめた。各シートの金額は千円未満を切り捨てて表示している。")
    ws.row_dimensions[3].height = 30
    ws.merge_cells("A5:J5")
    put(ws, "A5", "対象債権の令和６年度決算の状況", bold=True, font=FG)
    put(ws, "J6", "（単位：千円）", align="right", size=8, wrap=False)
    heads = ["債権名", "所管課", "調定額", "", "収入済額", "", "収納率", "不納欠損額", "収入未済額", "シート"]
    cols = "ABCDEFGHIJ"
    for c, hd in zip(cols, heads):
        put(ws, f"{c}7", hd, align="center", fill=GRAY, font=FG)
    ws.merge_cells("C7:D7"); ws.merge_cells("E7:F7")
    r = 8
    tots = [0, 0, 0, 0]
    for n, (sd, rows) in enumerate(zip(DEBTS, hist), 1):
        last = rows[-1]
        ca, cc = last["ca"] + last["aa"], last["cc"] + last["ac"]
        rt = rate(cc, ca, 1)
        vals = [sd["name"], sd["ka"], comma(ca), None, comma(cc), None, f"{rt}%", comma(last["wo"]), comma(last["out"]), f"No.{n}"]
        for c, v in zip(cols, vals):
            if v is not None:
                put(ws, f"{c}{r}", v, align="right" if c in "CEGHI" else "left")
        ws.merge_cells(f"C{r}:D{r}"); ws.merge_cells(f"E{r}:F{r}")
        h = ["対象債権の令和６年度決算"]
        g.fact(sd["name"], 2024, "令和６年度決算", "total", "assessed", "actual", ca * 1000, "yen", comma(ca), hint=h)
        g.fact(sd["name"], 2024, "令和６年度決算", "total", "collected", "actual", cc * 1000, "yen", comma(cc), hint=h)
        g.fact(sd["name"], 2024, "令和６年度決算", "total", "collection_rate", "actual", float(rt), "percent", f"{rt}%", hint=h)
        g.fact(sd["name"], 2024, "令和６年度決算", "total", "written_off", "actual", last["wo"] * 1000, "yen", comma(last["wo"]), hint=h)
        g.fact(sd["name"], 2024, "令和６年度決算", "total", "outstanding", "actual", last["out"] * 1000, "yen", comma(last["out"]), hint=h)
        for i, v in enumerate((ca, cc, last["wo"], last["out"])):
            tots[i] += v
        r += 1
    rt = rate(tots[1], tots[0], 1)
    vals = ["合計", "", comma(tots[0]), None, comma(tots[1]), None, f"{rt}%", comma(tots[2]), comma(tots[3]), ""]
    for c, v in zip(cols, vals):
        if v is not None:
            put(ws, f"{c}{r}", v, align="right" if c in "CEGHI" else "left", font=FG)
    ws.merge_cells(f"C{r}:D{r}"); ws.merge_cells(f"E{r}:F{r}")
    h = ["対象債権の令和６年度決算"]
    g.fact(None, 2024, "令和６年度決算", "total", "assessed", "actual", tots[0] * 1000, "yen", comma(tots[0]), debt_raw="合計", hint=h)
    g.fact(None, 2024, "令和６年度決算", "total", "collected", "actual", tots[1] * 1000, "yen", comma(tots[1]), debt_raw="合計", hint=h)
    g.fact(None, 2024, "令和６年度決算", "total", "collection_rate", "actual", float(rt), "percent", f"{rt}%", debt_raw="合計", hint=h)
    g.fact(None, 2024, "令和６年度決算", "total", "written_off", "actual", tots[2] * 1000, "yen", comma(tots[2]), debt_raw="合計", hint=h)
    g.fact(None, 2024, "令和６年度決算", "total", "outstanding", "actual", tots[3] * 1000, "yen", comma(tots[3]), debt_raw="合計", hint=h)
    box(ws, f"A7:J{r}")
    put(ws, f"A{r+1}", "※調定額及び収入済額は現年分と滞納繰越分の合計。収納率は収入済額÷調定額。", size=8, wrap=False)


def sheet(wb, g, sd, rows, n):
    ws = wb.create_sheet(sd["name"])
    setup(ws)
    ws.merge_cells("A1:I1")
    put(ws, "A1", "債権管理推進シート", bold=True, size=13, align="center", font=FG)
    put(ws, "J1", f"No.{n}", align="right", font=FG)
    put(ws, "A2", "債権名", align="center", fill=GRAY, font=FG)
    ws.merge_cells("B2:C2"); put(ws, "B2", sd["name"], font=FG, size=10)
    put(ws, "D2", "所管課", align="center", fill=GRAY, font=FG)
    ws.merge_cells("E2:F2"); put(ws, "E2", sd["ka"])
    put(ws, "G2", "区分", align="center", fill=GRAY, font=FG)
    ws.merge_cells("H2:J2"); put(ws, "H2", sd["kubun"])
    box(ws, "A2:J2")
    ws.row_dimensions[2].height = 20

    put(ws, "A4", "１　債権の概要", bold=True, font=FG, wrap=False)
    ws.merge_cells("A5:J5"); put(ws, "A5", "　" + sd["gaiyo"]); ws.row_dimensions[5].height = 28
    put(ws, "A7", "２　収納状況の推移", bold=True, font=FG, wrap=False)
    put(ws, "J7", "（単位：千円、人）", align="right", size=8, wrap=False)
    ws.merge_cells("A8:A9"); put(ws, "A8", "年度", align="center", fill=GRAY, font=FG)
    ws.merge_cells("B8:D8"); put(ws, "B8", "現年分", align="center", fill=GRAY, font=FG)
    ws.merge_cells("E8:G8"); put(ws, "E8", "滞納繰越分", align="center", fill=GRAY, font=FG)
    for c, hd in zip("BCDEFG", ["調定額", "収入済額", "収納率(%)"] * 2):
        put(ws, f"{c}9", hd, align="center", fill=GRAY, size=8, font=FG)
    for c, hd in zip("HIJ", ["不納欠損額", "収入未済額", "滞納者数"]):
        ws.merge_cells(f"{c}8:{c}9"); put(ws, f"{c}8", hd, align="center", fill=GRAY, size=8, font=FG)
    last = rows[-1]
    sd["target"] = [tuple(f"{float(last['cr']) + 0.05 * (k + 1):.2f}%" for k in range(5)),
                    tuple(f"{float(last['ar']) + 1.0 * (k + 1):.1f}%" for k in range(5)),
                    tuple(comma(int(round(last['out'] * (1 - 0.04 * (k + 1)), -3))) for k in range(5))]
    labels = ylabels(sd["style"])
    r = 10
    hint = [f"債権名{sd['name']}所管課"]
    d = sd["name"]
    for lab, row in zip(labels, rows):
        vals = [lab, comma(row["ca"]), comma(row["cc"]), str(row["cr"]), comma(row["aa"]), comma(row["ac"]), str(row["ar"]),
                comma(row["wo"]), comma(row["out"]), comma(row["people"])]
        for c, v in zip("ABCDEFGHIJ", vals):
            put(ws, f"{c}{r}", v, align="center" if c == "A" else "right")
        y = row["y"]
        g.fact(d, y, lab, "current", "assessed", "actual", row["ca"] * 1000, "yen", vals[1], hint=hint)
        g.fact(d, y, lab, "current", "collected", "actual", row["cc"] * 1000, "yen", vals[2], hint=hint)
        g.fact(d, y, lab, "current", "collection_rate", "actual", float(row["cr"]), "percent", vals[3], hint=hint)
        g.fact(d, y, lab, "arrears", "assessed", "actual", row["aa"] * 1000, "yen", vals[4], hint=hint)
        g.fact(d, y, lab, "arrears", "collected", "actual", row["ac"] * 1000, "yen", vals[5], hint=hint)
        g.fact(d, y, lab, "arrears", "collection_rate", "actual", float(row["ar"]), "percent", vals[6], hint=hint)
        g.fact(d, y, lab, "total", "written_off", "actual", row["wo"] * 1000, "yen", vals[7], hint=hint)
        g.fact(d, y, lab, "total", "outstanding", "actual", row["out"] * 1000, "yen", vals[8], hint=hint)
        g.fact(d, y, lab, "total", "delinquents", "actual", row["people"], "persons", vals[9], hint=hint)
        r += 1
    box(ws, f"A8:J{r-1}")
    put(ws, f"A{r}", "※収入未済額＝調定額－収入済額－不納欠損額（現年分と滞納繰越分の計）。滞納者数は年度末の実人数。", size=8, wrap=False)

    r += 2
    put(ws, f"A{r}", "３　収納状況の分析", bold=True, font=FG, wrap=False)
    ws.merge_cells(f"A{r+1}:J{r+1}"); put(ws, f"A{r+1}", "　" + sd["bunseki"]); ws.row_dimensions[r + 1].height = 40
    r += 3
    put(ws, f"A{r}", "４　目標", bold=True, font=FG, wrap=False)
    r += 1
    ws.merge_cells(f"A{r}:B{r}"); put(ws, f"A{r}", "区分", align="center", fill=GRAY, font=FG)
    ycols = [("C", "D"), ("E", "E"), ("F", "G"), ("H", "H"), ("I", "J")]
    ylab = ["令和８年度", "令和９年度", "令和10年度", "令和11年度", "令和12年度"]
    for (a, b), lab in zip(ycols, ylab):
        if a != b:
            ws.merge_cells(f"{a}{r}:{b}{r}")
        put(ws, f"{a}{r}", lab, align="center", fill=GRAY, font=FG)
    top = r
    for k, (rlab, seg, metric, unit) in enumerate([("現年分収納率", "current", "collection_rate", "percent"),
                                                     ("滞納繰越分収納率", "arrears", "collection_rate", "percent"),
                                                     ("収入未済額（千円）", "total", "outstanding", "yen")]):
        r += 1
        ws.merge_cells(f"A{r}:B{r}"); put(ws, f"A{r}", rlab)
        for (a, b), lab, v, fy in zip(ycols, ylab, sd["target"][k], range(2026, 2031)):
            if a != b:
                ws.merge_cells(f"{a}{r}:{b}{r}")
            put(ws, f"{a}{r}", v, align="right")
            val = float(v.rstrip("%")) if unit == "percent" else int(v.replace(",", "")) * 1000
            g.fact(d, fy, lab, seg, metric, "target", val, unit, v, hint=hint)
    box(ws, f"A{top}:J{r}")
    r += 2
    put(ws, f"A{r}", "５　目標達成に向けた取組", bold=True, font=FG, wrap=False)
    r += 1
    ws.merge_cells(f"A{r}:J{r}")
    lines = []
    for lab, text, st, wrap in sd["items"]:
        lines.append(f"{lab}{text}" + ("\n" if wrap else "") + f"【{st}】")
        g.init(d, 2026, "目標達成に向けた取組", lab, text, st, hint=hint)
    put(ws, f"A{r}", "\n".join(lines), valign="top")
    ws.row_dimensions[r].height = 15 * (len(lines) + sum(1 for it in sd["items"] if it[3])) + 10
    box(ws, f"A{r}:J{r}")


def main():
    g = Gold(STEM, "plan", CITY, TITLE, "2026-03-01", "令和８年３月")
    wb = Workbook()
    hist = [history(sd) for sd in DEBTS]
    overview(wb, g, hist)
    for n, (sd, rows) in enumerate(zip(DEBTS, hist), 1):
        sheet(wb, g, sd, rows, n)
    OUT.mkdir(exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = soffice_pdf(src, PDF_DIR / f"{STEM}.pdf", "d")
    g.finish(pdf)


if __name__ == "__main__":
    main()
