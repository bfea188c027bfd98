"""北辰市債権管理計画（令和７年度～令和11年度）— openpyxl → LibreOffice (Excel sheets printed).
Setagaya-family plan re-templated: prose figures (約29億9,900万円, 約12.3億円), table of accounts with the years
running down the rows (era-less ２年度…) and a 対前年度増減 column, debt table by 会計 with 小計/合計 rows and
うち内訳 rows continued on the next page WITHOUT its header, yearly targets under a 計画期間 line, 取組 table
with 1-1 numbering and a bare 区分 (継続/新規/拡充) column on a landscape sheet."""
from decimal import Decimal, ROUND_HALF_UP
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break
from x_common import F, I, write_gold, rate, c, ROOT, OUT, to_pdf

STEM = "x_hokushin_keikaku_3"
FN = "IPAexGothic"
thin = Side(style="thin"); med = Side(style="medium")
facts, inits = [], []

# 令和5年度 debts (円): (会計, 債権名, 調定額, 不納欠損額, 収入未済額)
ACC = [
 ("一般会計", [("市税", 61482905310, 58114203, 1229876420),
               ("うち個人市民税", 24105662040, 21450118, 566210334),
               ("うち固定資産税", 25880114700, 18902551, 431558902),
               ("保育所保育料", 1204556300, 3115400, 61884250),
               ("市営住宅使用料", 1632418900, 6420180, 142905660),
               ("生活保護費返還金", 318664210, 12880402, 251330118),
               ("災害援護資金貸付金", 88430000, 0, 61250000),
               ("学校給食費", 1418226550, 1204330, 22418775)]),
 ("国民健康保険事業特別会計", [("国民健康保険税", 12884103560, 211560330, 1012448904)]),
 ("介護保険事業特別会計", [("介護保険料", 9215330480, 38201600, 118663270)]),
 ("後期高齢者医療事業特別会計", [("後期高齢者医療保険料", 3842116900, 4880200, 26551930)]),
 ("下水道事業会計", [("下水道使用料", 5604221318, 2315008, 71223441)]),
]
SHORT = {"一般会計": "一般会計", "国民健康保険事業特別会計": "国民健康保険事業", "介護保険事業特別会計": "介護保険事業",
         "後期高齢者医療事業特別会計": "後期高齢者医療事業", "下水道事業会計": "下水道事業"}


def r2(c_, a):
    return rate(c_, a, 2)


def subtotal(rows):
    s = [0, 0, 0, 0]
    for name, a, w, o in rows:
        if name.startswith("うち"):
            continue
        s[0] += a; s[1] += a - w - o; s[2] += w; s[3] += o
    return s


SUB = {acc: subtotal(rows) for acc, rows in ACC}
TOT = [sum(SUB[a][k] for a in SUB) for k in range(4)]
# table 1: outstanding by account in 千円, 令和元年度..5年度 (2023 = table 2 subtotals)
def k(x): return int(Decimal(x / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP))
HIST = {"一般会計": [2301455, 2188630, 2047112, 1898214],
        "国民健康保険事業特別会計": [1264880, 1198554, 1120773, 1061205],
        "介護保険事業特別会計": [141206, 135880, 128117, 122409],
        "後期高齢者医療事業特別会計": [30512, 29884, 28140, 27306],
        "下水道事業会計": [92118, 88405, 80227, 75512]}
for a in HIST:
    HIST[a].append(k(SUB[a][3]))
YEARS = [(2019, "令和元年度"), (2020, "２年度"), (2021, "３年度"), (2022, "４年度"), (2023, "５年度")]
YTOT = [sum(HIST[a][i] for a in HIST) for i in range(5)]


def oku_man(yen):
    """約xx億x,xxx万円 rounded to 百万円 (10^6)"""
    m = int(Decimal(yen / 1_000_000).quantize(Decimal(1), rounding=ROUND_HALF_UP))  # 百万円
    oku, rest = divmod(m * 100, 10000)  # in 万円
    return m * 1_000_000, f"約{oku}億{rest:,}万円"


def cell(ws, r, col, v, bold=False, size=10, al="left", wrap=False, border=None):
    x = ws.cell(row=r, column=col, value=v)
    x.font = Font(name=FN, size=size, bold=bold)
    x.alignment = Alignment(horizontal=al, vertical="center", wrap_text=wrap)
    if border:
        x.border = border
    return x


def grid(ws, r0, r1, c0, c1):
    b = Border(left=thin, right=thin, top=thin, bottom=thin)
    for r in range(r0, r1 + 1):
        for cc in range(c0, c1 + 1):
            ws.cell(row=r, column=cc).border = b


def setup(ws, landscape=False, scale=None):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_margins.left = ws.page_margins.right = 0.6; ws.page_margins.top = 0.8; ws.page_margins.bottom = 0.7
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.oddHeader.right.text = "北辰市債権管理計画"; ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"; ws.oddFooter.center.size = 9
    ws.sheet_view.showGridLines = False


def sheet1(wb):
    ws = wb.active; ws.title = "第1章"; setup(ws, scale=88)
    p = 1
    for col, w in zip("ABCDEFGH", (12, 13, 13, 13, 13, 13, 13, 13)):
        ws.column_dimensions[col].width = w
    cell(ws, 1, 1, "北辰市債権管理計画", True, 18)
    cell(ws, 2, 1, "（令和７年度～令和11年度）", False, 12)
    cell(ws, 3, 8, "令和７年３月　北辰市", size=10, al="right")
    cell(ws, 5, 1, "第１章　計画の趣旨と債権の現状", True, 13)
    tv, traw = oku_man(TOT[3])
    v19, raw19 = oku_man(YTOT[0] * 1000)
    dv, draw = oku_man(YTOT[0] * 1000 - TOT[3])
    tax_rate = r2(ACC[0][1][0][1] - ACC[0][1][0][2] - ACC[0][1][0][3], ACC[0][1][0][1])
    lines = [
        "　本市はこれまで「北辰市債権管理基本方針」に基づき、市税をはじめとする各種債権の適正な管理と",
        "収入未済額の縮減に取り組んできました。",
        f"　令和５年度決算における本市の収入未済額は、全会計で{traw}であり、令和元年度の{raw19}から",
        f"{draw}縮減しました。このうち市税が約12.3億円を占めています。",
        f"　市税の収納率（現年分と滞納繰越分の計）は{tax_rate:.2f}％となり、前年度を0.35ポイント上回りました。",
        "　本計画は、これまでの成果を引き継ぎつつ、収納率の一層の向上と負担の公平性の確保を図るため、",
        "令和７年度から令和11年度までの５年間の目標と取組を定めるものです。",
    ]
    for i, t in enumerate(lines):
        cell(ws, 6 + i, 1, t, size=10.5)
    facts.append(F(None, 2023, "令和５年度", "total", "outstanding", "actual", tv, "yen", traw, p, approx=True, debt_raw="全会計"))
    facts.append(F(None, 2019, "令和元年度", "total", "outstanding", "actual", v19, "yen", raw19, p, approx=True, debt_raw="全会計"))
    facts.append(F("市税", 2023, "令和５年度", "total", "outstanding", "actual", 1230000000, "yen", "約12.3億円", p, approx=True))
    facts.append(F("市税", 2023, "令和５年度", "total", "collection_rate", "actual", tax_rate, "percent", f"{tax_rate:.2f}％", p))
    r = 15
    cell(ws, r, 1, "表１　会計別収入未済額の推移", True, 11)
    cell(ws, r + 1, 8, "（単位：千円）", size=9, al="right")
    hdr = ["年度", "一般会計", "国民健康保険事業", "介護保険事業", "後期高齢者医療事業", "下水道事業", "合計", "対前年度増減"]
    top = Border(top=med, bottom=thin)
    for j, h in enumerate(hdr, 1):
        cell(ws, r + 2, j, h, size=8.5, al="center", wrap=True, border=top)
    ws.row_dimensions[r + 2].height = 30
    accs = list(HIST)
    for i, (fy, fyr) in enumerate(YEARS):
        rr = r + 3 + i
        bb = Border(bottom=med if i == 4 else Side(style="hair"))
        cell(ws, rr, 1, fyr, size=9.5, al="center", border=bb)
        for j, a in enumerate(accs):
            v = HIST[a][i]
            cell(ws, rr, 2 + j, c(v), size=9.5, al="right", border=bb)
            facts.append(F(SHORT[a], fy, fyr, "total", "outstanding", "actual", v * 1000, "yen", c(v), p, debt_raw=SHORT[a]))
        cell(ws, rr, 7, c(YTOT[i]), size=9.5, al="right", border=bb)
        facts.append(F(None, fy, fyr, "total", "outstanding", "actual", YTOT[i] * 1000, "yen", c(YTOT[i]), p, debt_raw="合計"))
        cell(ws, rr, 8, "－" if i == 0 else c(YTOT[i] - YTOT[i - 1]), size=9.5, al="right", border=bb)
    cell(ws, r + 9, 1, "注）各年度の出納整理期間終了後の額。下水道事業は令和元年度から公営企業会計に移行。", size=8.5)


def sheet2(wb):
    ws = wb.create_sheet("第2章"); setup(ws, scale=80)
    for col, w in zip("ABCDEFGH", (16, 20, 17, 17, 14, 16, 9)):
        ws.column_dimensions[col].width = w
    cell(ws, 1, 1, "第２章　債権別の状況", True, 13)
    cell(ws, 3, 1, "表２　令和５年度　債権別収入状況", True, 11)
    cell(ws, 4, 7, "（単位：円、％）", size=9, al="right")
    hdr = ["会計", "債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    for j, h in enumerate(hdr, 1):
        cell(ws, 5, j, h, True, 9.5, "center")
    r = 6
    fyr = "令和５年度"
    plan_break = None
    for acc, rows in ACC:
        r_acc = r
        pg = 2 if acc == "一般会計" else 3
        for name, a, w, o in rows:
            col = a - w - o
            rt = r2(col, a)
            disp = ("　" + name) if name.startswith("うち") else name
            debt = name.replace("うち", "")
            cell(ws, r, 2, disp, size=9.5)
            for j, v in enumerate((a, col, w, o)):
                cell(ws, r, 3 + j, c(v), size=9.5, al="right")
            cell(ws, r, 7, f"{rt:.2f}", size=9.5, al="right")
            for metric, v in (("assessed", a), ("collected", col), ("written_off", w), ("outstanding", o)):
                facts.append(F(debt, 2023, fyr, "total", metric, "actual", v, "yen", c(v), pg, debt_raw=disp.strip("　")))
            facts.append(F(debt, 2023, fyr, "total", "collection_rate", "actual", rt, "percent", f"{rt:.2f}", pg, debt_raw=disp.strip("　")))
            r += 1
        s = SUB[acc]
        cell(ws, r, 2, "小　計", True, 9.5, "center")
        for j, v in enumerate((s[0], s[1], s[2], s[3])):
            cell(ws, r, 3 + j, c(v), size=9.5, al="right")
        srt = r2(s[1], s[0])
        cell(ws, r, 7, f"{srt:.2f}", size=9.5, al="right")
        for metric, v in zip(("assessed", "collected", "written_off", "outstanding"), s):
            facts.append(F(SHORT[acc], 2023, fyr, "total", metric, "actual", v, "yen", c(v), pg, debt_raw=acc + " 小計"))
        facts.append(F(SHORT[acc], 2023, fyr, "total", "collection_rate", "actual", srt, "percent", f"{srt:.2f}", pg, debt_raw=acc + " 小計"))
        ws.merge_cells(start_row=r_acc, end_row=r, start_column=1, end_column=1)
        cell(ws, r_acc, 1, acc, size=9, al="center", wrap=True)
        r += 1
        if acc == "一般会計":
            plan_break = r - 1
    cell(ws, r, 1, "合　計", True, 9.5, "center"); ws.merge_cells(start_row=r, end_row=r, start_column=1, end_column=2)
    for j, v in enumerate(TOT):
        cell(ws, r, 3 + j, c(v), True, 9.5, al="right")
    trt = r2(TOT[1], TOT[0])
    cell(ws, r, 7, f"{trt:.2f}", True, 9.5, "right")
    for metric, v in zip(("assessed", "collected", "written_off", "outstanding"), TOT):
        facts.append(F(None, 2023, fyr, "total", metric, "actual", v, "yen", c(v), 3, debt_raw="合計"))
    facts.append(F(None, 2023, fyr, "total", "collection_rate", "actual", trt, "percent", f"{trt:.2f}", 3, debt_raw="合計"))
    grid(ws, 5, r, 1, 7)
    cell(ws, r + 1, 1, "注）「うち」の行は市税の内数。収納率は収入済額÷調定額（小数点以下第３位四捨五入）。", size=8.5)
    ws.row_breaks.append(Break(id=plan_break))
    # page of each fact: rows up to plan_break on page 2, after on page 3
    return plan_break


def sheet3(wb):
    ws = wb.create_sheet("第3章"); setup(ws, scale=85)
    p = 4
    for col, w in zip("ABCDEFGHIJ", (20, 9, 9, 9, 9, 9, 9, 9, 9)):
        ws.column_dimensions[col].width = w
    cell(ws, 1, 1, "第３章　計画の目標", True, 13)
    cell(ws, 3, 1, "１　収納率の目標（単位：％）", True, 11)
    cell(ws, 4, 1, "計画期間：令和７年度～令和11年度", size=10)
    T = {"市税": [(99.21, 99.2, 99.2, 99.3, 99.3, 99.4, 99.4), (35.12, 35.5, 36.0, 37.0, 38.0, 39.0, 40.0)],
         "国民健康保険税": [(94.36, 94.5, 94.6, 94.8, 95.0, 95.2, 95.4), (24.81, 25.0, 25.5, 26.0, 26.5, 27.0, 27.5)],
         "介護保険料": [(99.02, 99.0, 99.1, 99.1, 99.2, 99.2, 99.3), (21.55, 22.0, 22.5, 23.0, 23.5, 24.0, 24.5)],
         "後期高齢者医療保険料": [(99.57, 99.6, 99.6, 99.6, 99.7, 99.7, 99.7), (40.12, 41.0, 42.0, 43.0, 44.0, 45.0, 46.0)],
         "保育所保育料": [(98.85, 98.9, 99.0, 99.0, 99.1, 99.1, 99.2), (15.30, 16.0, 17.0, 18.0, 19.0, 20.0, 21.0)],
         "市営住宅使用料": [(97.64, 97.7, 97.8, 97.9, 98.0, 98.1, 98.2), (12.05, 12.5, 13.0, 13.5, 14.0, 14.5, 15.0)]}
    cols = [(2023, "R5", "actual"), (2024, "R6", "estimate")] + [(2025 + i, f"R{7+i}", "target") for i in range(5)]
    cell(ws, 5, 1, "債権名", True, 9.5, "center"); cell(ws, 5, 2, "区分", True, 9.5, "center")
    cell(ws, 5, 3, "実績", True, 9.5, "center"); cell(ws, 5, 4, "見込み", True, 9.5, "center")
    cell(ws, 5, 5, "目標値", True, 9.5, "center"); ws.merge_cells("E5:I5")
    ws.merge_cells("A5:A6"); ws.merge_cells("B5:B6")
    for j, (_, lab, _) in enumerate(cols):
        cell(ws, 6, 3 + j, lab, True, 9.5, "center")
    r = 7
    for debt, (cur, arr) in T.items():
        for sl, seg, vals in (("現年分", "current", cur), ("滞繰分", "arrears", arr)):
            cell(ws, r, 2, sl, size=9.5, al="center")
            for j, v in enumerate(vals):
                s = f"{v:.2f}" if j == 0 else f"{v:.1f}"
                cell(ws, r, 3 + j, s, size=9.5, al="right")
                fy, lab, basis = cols[j]
                facts.append(F(debt, fy, lab, seg, "collection_rate", basis, v, "percent", s, p))
            r += 1
        ws.merge_cells(start_row=r - 2, end_row=r - 1, start_column=1, end_column=1)
        cell(ws, r - 2, 1, debt, size=9.5, al="center", wrap=True)
    grid(ws, 5, r - 1, 1, 9)
    cell(ws, r, 1, "注）R5は決算、R6は令和７年１月末時点の見込み。滞繰分は滞納繰越分。", size=8.5)
    r += 2
    cell(ws, r, 1, "２　収入未済額（全会計）の目標", True, 11)
    cell(ws, r + 1, 7, "単位：百万円", size=9, al="right")
    O = [2950.0, 2860.5, 2775.0, 2690.5, 2600.0]
    cell(ws, r + 2, 1, "年度", True, 9.5, "center")
    for j, v in enumerate(O):
        cell(ws, r + 2, 2 + j, f"R{7+j}", True, 9.5, "center")
        s = f"{v:,.1f}"
        cell(ws, r + 3, 2 + j, s, size=9.5, al="right")
        facts.append(F(None, 2025 + j, f"R{7+j}", "total", "outstanding", "target", int(v * 1_000_000), "yen", s, p, debt_raw="収入未済額（全会計）"))
    cell(ws, r + 3, 1, "収入未済額", size=9.5, al="center")
    grid(ws, r + 2, r + 3, 1, 6)


ITEMS = [
 ("1-1", "早期納付の勧奨", "納期限後の自動音声電話催告を市税・国民健康保険税で実施する。", "通年", "納税課・保険年金課", "継続", None),
 ("1-2", "口座振替の推進", "Web口座振替受付サービスの対象を保育所保育料と学校給食費に広げる。", "令和７年度～", "保育課・学務課", "拡充", None),
 ("1-3", "キャッシュレス納付", "スマートフォン決済アプリによる納付を市営住宅使用料に導入する。", "令和８年度～", "住宅政策課", "新規", "市営住宅使用料"),
 ("2-1", "滞納処分の強化", "財産調査を滞納発生から６か月以内に終え、差押えを速やかに執行する。", "通年", "納税課", "継続", "市税"),
 ("2-2", "債権管理課への移管", "非強制徴収債権のうち高額・困難な案件を債権管理課へ移管し、支払督促等の法的措置を講じる。", "通年", "債権管理課", "拡充", None),
 ("3-1", "債権放棄の適正化", "回収の見込みがない私債権は、債権管理条例に基づき議会への報告を経て放棄する。", "毎年度末", "各債権所管課", "継続", None),
 ("3-2", "債権管理台帳の統一", "各課の債権管理台帳を全庁統一システムへ移行し、滞納状況を一元的に把握する。", "令和９年度", "債権管理課", "新規", None),
]


def sheet4(wb):
    ws = wb.create_sheet("第4章"); setup(ws, landscape=True, scale=95)
    p = 5
    for col, w in zip("ABCDEF", (7, 20, 60, 13, 18, 7)):
        ws.column_dimensions[col].width = w
    cell(ws, 1, 1, "第４章　目標達成に向けた主な取組", True, 13)
    cell(ws, 2, 1, "基本方針１　滞納の未然防止　／　基本方針２　滞納整理の強化　／　基本方針３　適正な債権管理", size=9.5)
    for j, h in enumerate(["番号", "取組項目", "内容", "実施時期", "担当課", "区分"], 1):
        cell(ws, 4, j, h, True, 9.5, "center")
    r = 5
    for lab, item, text, when, ka, st, debt in ITEMS:
        for j, v in enumerate([lab, item, text, when, ka, st], 1):
            cell(ws, r, j, v, size=9.5, al="center" if j in (1, 6) else "left", wrap=True)
        ws.row_dimensions[r].height = 30
        inits.append(I(debt, 2025, "目標達成に向けた主な取組", lab, text, st, p))
        r += 1
    grid(ws, 4, r - 1, 1, 6)


def main():
    wb = Workbook()
    sheet1(wb)
    brk = sheet2(wb)
    sheet3(wb); sheet4(wb)
    src = OUT / f"{STEM}.xlsx"; wb.save(src)
    to_pdf(src, ROOT / "pdf" / f"{STEM}.pdf", "x_dev33c")
    document = {"kind": "plan", "municipality": "北辰市", "title": "北辰市債権管理計画（令和７年度～令和11年度）",
                "date": "2025-03-01", "date_raw": "令和７年３月"}
    return write_gold(STEM, document, facts, inits)


if __name__ == "__main__":
    main()
