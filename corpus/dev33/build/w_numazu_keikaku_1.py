"""w_numazu_keikaku_1: 沼津市債権管理計画（令和7年度～令和11年度）, openpyxl → LibreOffice.

Family: 尼崎-style plan with one 推進シート per debt (5-year 調定額/収入済額/収納率 table, 目標, 取組), printed
the way another city's Excel template does: a 総括 sheet with 会計別 小計 rows, indented うち row, R3|R4|R5
headers and a 対前年度 column; per-debt sheets with a 債権名|X|所管課|Y box (repeated on the sheet's second
page as print titles), years running DOWN the rows in 西暦 only (年度 in the corner), segment in parentheses in
the metric headers, 徴収率 without % sign, a 計画期間 line over era-less yearly targets whose unit changes
by row, and a 取組 table (番号 1-1 | 取組項目 | 内容 | 区分 継続/新規/拡充).  The 保育料 sheet names its debt
only in the page header.  Figures invented and consistent.
"""
from __future__ import annotations

import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

sys.path.insert(0, str(Path(__file__).resolve().parent))
from w_common import OUT, PDF_DIR, Gold, comma, rate, to_pdf  # noqa: E402

STEM = "w_numazu_keikaku_1"
CITY = "沼津市"
TITLE = "沼津市債権管理計画（令和7年度～令和11年度）"
YEARS = [2019, 2020, 2021, 2022, 2023]
FONT = "IPAexGothic"

SRC = {
    "市税": dict(c=[29_812_554_300, 29_455_118_900, 30_104_662_400, 30_688_215_700, 31_002_447_800],
               rc=[98.62, 98.71, 98.85, 98.93, 99.01], ca0=1_402_336_915, ra=[24.8, 26.1, 27.9, 29.4, 30.6],
               w=[98_412_300, 87_226_105, 80_114_562, 71_330_218, 66_905_441],
               dl=[9_812, 9_405, 8_977, 8_512, 8_106], dept="納税課", kubun="強制徴収公債権（時効５年）"),
    "国民健康保険税": dict(c=[3_912_455_100, 3_845_220_600, 3_798_114_300, 3_702_556_900, 3_611_804_200],
                    rc=[93.1, 93.4, 93.9, 94.2, 94.6], ca0=1_305_114_620, ra=[19.5, 20.3, 21.8, 22.6, 23.9],
                    w=[118_553_201, 109_336_874, 98_442_105, 91_208_336, 84_117_520],
                    dl=[5_204, 5_011, 4_788, 4_530, 4_312], dept="納税課・国民健康保険課",
                    kubun="強制徴収公債権（時効５年）"),
    "保育所保育料": dict(c=[512_334_800, 488_115_200, 471_906_300, 455_231_600, 438_902_100],
                   rc=[98.2, 98.4, 98.6, 98.7, 98.9], ca0=38_412_650, ra=[15.2, 16.8, 17.5, 19.1, 20.4],
                   w=[2_105_300, 1_884_200, 2_311_450, 1_905_800, 1_622_100],
                   dl=[402, 377, 351, 333, 310], dept="こども家庭課", kubun="強制徴収公債権（時効５年）"),
}
TARGETS = {  # 7年度..11年度: 現年, 滞繰 (%), 収入未済額目標 (千円)
    "市税": ([99.05, 99.10, 99.15, 99.20, 99.25], [31.0, 31.5, 32.0, 32.5, 33.0],
           [960_000, 920_000, 880_000, 840_000, 800_000]),
    "国民健康保険税": ([94.8, 95.0, 95.2, 95.4, 95.6], [24.5, 25.0, 25.5, 26.0, 26.5],
                [760_000, 730_000, 700_000, 670_000, 640_000]),
    "保育所保育料": ([99.0, 99.0, 99.1, 99.1, 99.2], [21.0, 21.5, 22.0, 22.5, 23.0],
               [28_000, 26_000, 24_000, 22_000, 20_000]),
}
INITS = {
    "市税": [("1-1", "早期催告の徹底", "納期限後の未納者に対し、督促状発送後１０日以内にSMS・電話による催告を行い、滞納の長期化を防ぐ。", "継続"),
           ("1-2", "納付環境の充実", "地方税統一QRコードを活用したスマートフォン決済の周知を強化し、納期内納付を促進する。", "拡充"),
           ("2-1", "滞納処分の強化", "財産調査を早期に行い、給与・預貯金・不動産の差押えを着実に執行する。", "継続"),
           ("2-2", "高額事案の集中処理", "滞納額１００万円以上の事案を特別滞納整理係に集約し、進行管理表により毎月進捗を確認する。", "新規"),
           ("3-1", "執行停止の適正化", "財産調査の結果、滞納処分をすることができる財産がない場合は、執行停止を適正に行う。", "継続"),
           ("3-2", "人材育成", "静岡県地方税滞納整理機構への職員派遣を通じ、滞納整理の手法を課内で共有する。", "継続")],
    "国民健康保険税": [("1-1", "口座振替の推進", "加入手続時に口座振替の申込みを受け付け、Web口座振替受付サービスを案内する。", "継続"),
                ("1-2", "初期滞納者への対応", "１期未納の世帯に対し、民間委託のコールセンターによる電話催告を行う。", "拡充"),
                ("2-1", "資格喪失世帯への催告", "社会保険加入等により資格を喪失した世帯の未納分を一覧化し、文書催告を行う。", "継続"),
                ("2-2", "滞納処分の強化", "納付に応じない世帯に対し、財産調査の上、差押えを執行する。", "継続")],
    "保育所保育料": [("1-1", "児童手当からの徴収", "保護者の申出に基づく児童手当からの徴収を入園時に案内する。", "継続"),
               ("1-2", "園を通じた納付案内", "未納の在園児の保護者に対し、園長と連携して面談による納付相談を行う。", "新規"),
               ("2-1", "卒園者への対応", "卒園後の未納者に対し、年２回の一斉催告と財産調査を行う。", "継続")],
}

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")


def half_up(v: Decimal, q="1"):
    return v.quantize(Decimal(q), rounding=ROUND_HALF_UP)


def series(src):
    """Per year: c, k, rc, ca, ka, ra, w, out, dl (yen)."""
    rows = []
    ca = src["ca0"]
    for i, y in enumerate(YEARS):
        c = src["c"][i]
        k = int(half_up(Decimal(c) * Decimal(str(src["rc"][i])) / 100)) - 37_512 + i * 1_203
        ka = int(half_up(Decimal(ca) * Decimal(str(src["ra"][i])) / 100)) + 8_115 - i * 311
        w = src["w"][i]
        out = c + ca - k - ka - w
        rows.append(dict(y=y, c=c, k=k, rc=rate(k, c, 1), ca=ca, ka=ka, ra=rate(ka, ca, 1), w=w, out=out,
                         dl=src["dl"][i]))
        ca = out  # next year's 滞納繰越 調定 = this year's 収入未済額
    return rows


def sen(yen):  # 千円, half up
    return int(half_up(Decimal(yen) / 1000))


def put(ws, row, col, val, bold=False, fill=None, align="right", size=9, border=True, wrap=False, indent=0):
    c = ws.cell(row=row, column=col, value=val)
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap, indent=indent)
    if border:
        c.border = BOX
    if fill:
        c.fill = fill
    return c


def setup(ws, landscape=False, header=None):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.size = 9
    ws.oddHeader.right.text = header or "沼津市債権管理計画"
    ws.oddHeader.right.size = 8
    ws.sheet_view.showGridLines = False


def build():
    g = Gold(STEM)
    wb = Workbook()
    data = {n: series(s) for n, s in SRC.items()}

    # ------------------------------------------------------------ page 1: 総括
    ws = wb.active
    ws.title = "総括"
    setup(ws)
    for col, w in zip("ABCDEFG", (4, 30, 14, 14, 14, 14, 4)):
        ws.column_dimensions[col].width = w
    put(ws, 1, 2, TITLE, True, align="left", size=14, border=False)
    put(ws, 2, 2, "令和7年3月　沼津市財政部", align="left", size=9, border=False)
    put(ws, 4, 2, "１　本市の債権の状況", True, align="left", size=11, border=False)
    # totals for prose
    housing = [61_204, 58_733, 55_918]  # 市営住宅使用料 R3..R5 (千円)
    kaigo = [41_336, 39_870, 37_215]   # 介護保険料
    yi = [YEARS.index(y) for y in (2021, 2022, 2023)]
    tax = [sen(data["市税"][i]["out"]) for i in yi]
    kojin = [int(half_up(Decimal(v) * Decimal("0.57"))) for v in tax]
    hoiku = [sen(data["保育所保育料"][i]["out"]) for i in yi]
    koku = [sen(data["国民健康保険税"][i]["out"]) for i in yi]
    ippan = [a + b + c for a, b, c in zip(tax, hoiku, housing)]
    total = [a + b + c for a, b, c in zip(ippan, koku, kaigo)]
    t5 = total[2] * 1000
    man = int(half_up(Decimal(t5) / 1_000_000)) * 100  # 万円, rounded to 百万円
    oku, rest = divmod(man, 10_000)
    hyaku = half_up(Decimal(t5) / 1_000_000, "0.1")
    prose = (f"　令和5年度決算における全会計の収入未済額は約{oku}億{rest:,}万円（{hyaku:,}百万円）であり、"
             "令和3年度から縮減が続いている。一方で、国民健康保険税の収入未済額は市税に次いで大きく、"
             "引き続き重点的な取組が必要である。")
    ws.merge_cells("B5:F7")
    put(ws, 5, 2, prose, align="left", size=9.5, border=False, wrap=True)
    ws.row_dimensions[5].height = 20
    g.fact(None, 2023, "令和5年度決算", "total", "outstanding", "actual", man * 10_000, "yen",
           f"約{oku}億{rest:,}万円", approx=True, page=1)
    g.fact(None, 2023, "令和5年度決算", "total", "outstanding", "actual", int(hyaku * 1_000_000), "yen",
           f"{hyaku:,}百万円", page=1)
    put(ws, 9, 2, "会計別・債権別の収入未済額の推移", True, align="left", size=10, border=False)
    put(ws, 9, 6, "（単位：千円）", align="right", size=8.5, border=False)
    hdr = ["会計・債権", "R3", "R4", "R5", "対前年度"]
    for j, h in enumerate(hdr):
        put(ws, 10, 2 + j, h, True, HEAD, "center")
    table = [
        ("一般会計", None, None, "head"),
        ("市税", "市税", tax, "row"),
        ("うち個人市民税", "個人市民税", kojin, "sub"),
        ("保育所保育料", "保育所保育料", hoiku, "row"),
        ("市営住宅使用料", "市営住宅使用料", housing, "row"),
        ("小計", None, ippan, "subtotal"),
        ("国民健康保険事業特別会計", None, None, "head"),
        ("国民健康保険税", "国民健康保険税", koku, "row"),
        ("小計", None, koku, "subtotal"),
        ("介護保険事業特別会計", None, None, "head"),
        ("介護保険料", "介護保険料", kaigo, "row"),
        ("小計", None, kaigo, "subtotal"),
        ("合計", None, total, "total"),
    ]
    r = 11
    for label, debt, vals, kind in table:
        if kind == "head":
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
            put(ws, r, 2, label, True, PatternFill("solid", fgColor="F2F2F2"), "left")
            for cc in range(3, 7):
                ws.cell(row=r, column=cc).border = BOX
            r += 1
            continue
        ind = 2 if kind == "sub" else (1 if kind in ("row",) else 0)
        put(ws, r, 2, label, kind in ("subtotal", "total"), None, "left" if kind != "subtotal" else "center",
            indent=ind)
        diff = vals[2] - vals[1]
        cells = [comma(v) for v in vals] + [("△" if diff < 0 else "") + comma(abs(diff))]
        for j, s in enumerate(cells):
            put(ws, r, 3 + j, s, kind in ("subtotal", "total"))
        ctx = label + "".join(cells)
        for y, v, fy_raw in zip((2021, 2022, 2023), vals, ("R3", "R4", "R5")):
            g.fact(debt, y, fy_raw, "total", "outstanding", "actual", v * 1000, "yen", comma(v),
                   debt_raw=label, page=1, ctx=ctx)
        r += 1
    put(ws, r, 2, "※ 対前年度はR5とR4の差。△は減少。介護保険料は介護保険事業特別会計の保険料。", align="left",
        size=8, border=False)

    # ------------------------------------------------------------ debt sheets
    page_of = {"市税": (2, 3), "国民健康保険税": (4, 4), "保育所保育料": (5, 5)}
    for n in SRC:
        ws = wb.create_sheet(n if n != "保育所保育料" else "シート3")
        hide_name = n == "保育所保育料"
        setup(ws, header=(f"債権管理推進シート　保育所保育料（こども家庭課）" if hide_name else "沼津市債権管理計画"))
        for col, w in zip("ABCDEFGHIJK", (8, 13, 13, 8, 13, 13, 8, 12, 13, 8, 3)):
            ws.column_dimensions[col].width = w
        p1, p2 = page_of[n]
        put(ws, 1, 1, "債権管理推進シート", True, align="left", size=12, border=False)
        top = 2
        if not hide_name:
            put(ws, 2, 1, "債権名", True, HEAD, "center")
            ws.merge_cells("B2:D2")
            put(ws, 2, 2, n, True, None, "left", size=11)
            put(ws, 2, 5, "所管課", True, HEAD, "center")
            ws.merge_cells("F2:G2")
            put(ws, 2, 6, SRC[n]["dept"], False, None, "left")
            put(ws, 2, 8, "債権区分", True, HEAD, "center")
            ws.merge_cells("I2:J2")
            put(ws, 2, 9, SRC[n]["kubun"], False, None, "left", size=8)
            for cc in (3, 4, 7, 10):
                ws.cell(row=2, column=cc).border = BOX
            ws.print_title_rows = "1:2"
            top = 3
        r = top + 1
        put(ws, r, 1, "1　直近5か年の収納状況", True, align="left", size=10, border=False)
        put(ws, r, 10, "単位：円", align="right", size=8, border=False)
        r += 1
        hdr = ["年度", "調定額\n（現年）", "収入済額\n（現年）", "徴収率\n（現年）", "調定額\n（滞繰）",
               "収入済額\n（滞繰）", "徴収率\n（滞繰）", "不納欠損額", "収入未済額", "滞納者数\n（人）"]
        for j, h in enumerate(hdr):
            put(ws, r, 1 + j, h, True, HEAD, "center", size=8, wrap=True)
        ws.row_dimensions[r].height = 28
        r += 1
        for row in data[n]:
            y = row["y"]
            cells = [str(y), comma(row["c"]), comma(row["k"]), f"{row['rc']:.1f}", comma(row["ca"]),
                     comma(row["ka"]), f"{row['ra']:.1f}", comma(row["w"]), comma(row["out"]), comma(row["dl"])]
            for j, s in enumerate(cells):
                put(ws, r, 1 + j, s, False, HEAD if j == 0 else None, "center" if j == 0 else "right", size=8)
            ctx = "".join(cells)
            for seg, metric, key, unit in (("current", "assessed", "c", "yen"), ("current", "collected", "k", "yen"),
                                           ("current", "collection_rate", "rc", "percent"),
                                           ("arrears", "assessed", "ca", "yen"), ("arrears", "collected", "ka", "yen"),
                                           ("arrears", "collection_rate", "ra", "percent"),
                                           ("total", "written_off", "w", "yen"), ("total", "outstanding", "out", "yen"),
                                           ("total", "delinquents", "dl", "persons")):
                v = row[key]
                raw = f"{v:.1f}" if unit == "percent" else comma(v)
                g.fact(n, y, str(y), seg, metric, "actual", v, unit, raw, page=p1, ctx=ctx)
            r += 1
        put(ws, r, 1, "※徴収率は小数点第2位を四捨五入。滞繰は滞納繰越分。", align="left", size=8, border=False)
        r += 2
        # targets
        put(ws, r, 1, "2　目標", True, align="left", size=10, border=False)
        r += 1
        put(ws, r, 1, "計画期間：令和7年度～令和11年度", align="left", size=9, border=False)
        put(ws, r, 8, "率：％　額：千円", align="right", size=8, border=False)
        ws.merge_cells(start_row=r, start_column=8, end_row=r, end_column=10)
        r += 1
        tyears = ["7年度", "8年度", "9年度", "10年度", "11年度"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        put(ws, r, 1, "区分", True, HEAD, "center")
        for j, h in enumerate(tyears):
            put(ws, r, 4 + j, h, True, HEAD, "center")
        for cc in (2, 3):
            ws.cell(row=r, column=cc).border = BOX
        r += 1
        cur, arr, outs = TARGETS[n]
        for lab, seg, metric, vals in (("徴収率（現年）", "current", "collection_rate", cur),
                                       ("徴収率（滞繰）", "arrears", "collection_rate", arr),
                                       ("収入未済額（目標）", "total", "outstanding", outs)):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
            put(ws, r, 1, lab, False, None, "left")
            for cc in (2, 3):
                ws.cell(row=r, column=cc).border = BOX
            cells = []
            for j, v in enumerate(vals):
                s = comma(v) if metric == "outstanding" else (f"{v:.2f}" if n == "市税" and seg == "current" else f"{v:.1f}")
                cells.append(s)
                put(ws, r, 4 + j, s)
            ctx = lab + "".join(cells)
            for j, (v, s) in enumerate(zip(vals, cells)):
                g.fact(n, 2025 + j, tyears[j], seg, metric, "target",
                       v * 1000 if metric == "outstanding" else v,
                       "yen" if metric == "outstanding" else "percent", s, page=p1, ctx=ctx)
            r += 1
        r += 1
        if p2 != p1:
            ws.row_breaks.append(Break(id=r - 1))
        # initiatives
        put(ws, r, 1, "3　目標達成に向けた取組", True, align="left", size=10, border=False)
        r += 1
        for j, (h, c0, c1) in enumerate((("番号", 1, 1), ("取組項目", 2, 3), ("内容", 4, 9), ("区分", 10, 10))):
            if c1 > c0:
                ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c1)
            put(ws, r, c0, h, True, HEAD, "center")
            for cc in range(c0 + 1, c1 + 1):
                ws.cell(row=r, column=cc).border = BOX
        r += 1
        for label, item, text, status in INITS[n]:
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
            ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=9)
            put(ws, r, 1, label, False, None, "center")
            put(ws, r, 2, item, False, None, "left", wrap=True)
            put(ws, r, 4, text, False, None, "left", wrap=True)
            put(ws, r, 10, status, False, None, "center")
            for cc in (3, 5, 6, 7, 8, 9):
                ws.cell(row=r, column=cc).border = BOX
            ws.row_dimensions[r].height = 30
            g.init(n, 2025, "目標達成に向けた取組", label, text, status, page=p2)
            r += 1

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = to_pdf(src, PDF_DIR / f"{STEM}.pdf", "numazu")
    document = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2025-03-01", "date_raw": "令和7年3月"}
    return g.finish(pdf, document)


if __name__ == "__main__":
    sys.exit(0 if build() else 1)
