"""瑞浪市債権管理計画（令和７年度～令和９年度） — openpyxl -> LibreOffice.
Modelled on 多治見市債権管理計画（平成28～31年度）(paperzz) and 第2次廿日市市債権管理計画 (city.hatsukaichi page):
prose 現状 with figures, 会計別 収入未済額 tables, 目標収納率, 債権ごとの取組."""
import random
from decimal import Decimal, ROUND_HALF_UP
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break
from a2_common import *

STEM = "a2_mizunami_plan_1"
CITY = "瑞浪市"
TITLE = "瑞浪市債権管理計画（令和７年度～令和９年度）"
random.seed(7)
wb = Workbook(); ws = wb.active; ws.title = "計画"
F = lambda sz=10, b=False: Font(name="IPAexGothic", size=sz, bold=b)
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
for col, w in zip("ABCDEFG", (13, 12, 24, 15, 14, 14, 2)):
    ws.column_dimensions[col].width = w
r = 1
PB = []  # (row) for page breaks


def put(text, sz=10, b=False, h=None, merge=True, align="left", wrap=True):
    global r
    ws.cell(r, 1, text).font = F(sz, b)
    ws.cell(r, 1).alignment = Alignment(horizontal=align, vertical="top", wrap_text=wrap)
    if merge: ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    if h: ws.row_dimensions[r].height = h
    r += 1


def cellv(row, col, v, b=False, align=None, border=True, sz=9.5):
    c = ws.cell(row, col, v); c.font = F(sz, b)
    c.alignment = Alignment(horizontal=align or ("right" if isinstance(v, str) and v[:1].isdigit() else "left"),
                            vertical="center", wrap_text=True)
    if border: c.border = BOX
    return c


facts, inits = [], []
PAGE = {}  # filled later from the PDF

put(TITLE, 15, True, 30, align="center")
put("令和７年３月", 10, h=16, align="right"); put("瑞浪市 総務部 税務課", 10, h=16, align="right")
r += 1
put("１　計画の目的", 11.5, True, 20)
put("　本市は、令和元年に制定した瑞浪市債権管理条例に基づき、債権管理計画を定めて全庁的に収納率の向上と"
    "収入未済額の縮減に取り組んできた。本計画は第３次の計画として、前計画の成果と課題を踏まえ、"
    "市民負担の公平性の確保と健全な財政運営に資するため、令和７年度から令和９年度までの３か年の目標と取組を定めるものである。", h=66)
r += 1
put("２　債権の現状", 11.5, True, 20)

# ---- Table B data (円)
GEN = [("市税", ["個人市民税", "法人市民税", "固定資産税", "軽自動車税（種別割）", "都市計画税"]),
       ("分担金及び負担金", ["保育所保育料", "放課後児童クラブ負担金"]),
       ("使用料及び手数料", ["市営住宅使用料", "市営住宅駐車場使用料", "幼稚園使用料"]),
       ("諸収入", ["生活保護費返還金", "学校給食費", "奨学金貸付金返還金", "災害援護資金貸付金償還金", "児童扶養手当返還金"])]
ACC = [("一般会計", GEN), ("国民健康保険特別会計", [("国民健康保険税", ["国民健康保険税"])]),
       ("介護保険特別会計", [("保険料", ["介護保険料"])]), ("後期高齢者医療特別会計", [("保険料", ["後期高齢者医療保険料"])]),
       ("下水道事業会計", [("営業収益", ["下水道使用料", "下水道事業受益者負担金"])])]
SCALE = {"個人市民税": 9e7, "固定資産税": 1.2e8, "都市計画税": 1.5e7, "法人市民税": 8e6, "国民健康保険税": 1.3e8,
         "介護保険料": 1.4e7, "生活保護費返還金": 3.6e7, "市営住宅使用料": 1.1e7}
rowsB = []
for acc, kans in ACC:
    for kan, debts in kans:
        for d in debts:
            tot = int(SCALE.get(d, 2.5e6) * random.uniform(0.7, 1.3))
            cur = int(tot * random.uniform(0.15, 0.35))
            rowsB.append((acc, kan, d, tot, cur, tot - cur))
acc_sum = {}
for acc, kan, d, tot, cur, arr in rowsB:
    acc_sum[acc] = acc_sum.get(acc, 0) + tot
allsum = sum(acc_sum.values())
mil = lambda v: float((Decimal(v) / Decimal(10**6)).quantize(Decimal("0.1"), ROUND_HALF_UP))
# prose figures (約X億Y,000万円 precision: 100万円)
def oku(v):
    m = int((Decimal(v) / Decimal(10**6)).quantize(Decimal("1"), ROUND_HALF_UP))  # 百万円 units
    o, rest = divmod(m * 100, 10000)  # in 万円
    s = (f"{zen(o)}億" if o else "") + (zen(f"{rest:,}") + "万円" if rest else "円")
    return "約" + s, m * 10**6
t_all, v_all = oku(allsum); t_gen, v_gen = oku(acc_sum["一般会計"])
put(f"　令和５年度決算における本市の収入未済額は、全会計で{t_all}となっている。このうち一般会計が{t_gen}で、"
    "その多くを市税と生活保護費返還金が占めている。全会計の収入未済額は、前計画の期間を通じて減少傾向にある。", h=50)
facts.append(fact(None, 2023, "令和５年度決算", "total", "outstanding", "actual", v_all, "yen", t_all, 1, approx=True, debt_raw="全会計"))
facts.append(fact(None, 2023, "令和５年度決算", "total", "outstanding", "actual", v_gen, "yen", t_gen, 1, approx=True, debt_raw="一般会計"))
r += 1
# ---- Table A: 会計別 収入未済額の推移 (百万円), era-less years after the first
put("表１　会計別収入未済額の推移　　　　　　　　　　　　　　　　　　　（単位：百万円）", 10, True, 18)
hdrA = ["会計", "", "", "令和３年度", "４年度", "５年度"]
for j, v in enumerate(hdrA, 1): cellv(r, j, v, True, "center")
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3); r += 1
sumA = [0, 0, 0]
for acc, _ in ACC + [("合計", None)]:
    if acc == "合計":
        vals = sumA
    else:
        v5 = mil(acc_sum[acc]); vals = [round(v5 * random.uniform(1.05, 1.25), 1), round(v5 * random.uniform(1.0, 1.12), 1), v5]
        sumA = [round(a + b, 1) for a, b in zip(sumA, vals)]
    cellv(r, 1, acc); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    for j, (v, fy, fr) in enumerate(zip(vals, (2021, 2022, 2023), ("令和３年度", "４年度", "５年度"))):
        cellv(r, 4 + j, f"{v:,.1f}")
        facts.append(fact(None, fy, fr, "total", "outstanding", "actual", int(round(v * 10)) * 10**5, "yen", f"{v:,.1f}", 1, debt_raw=acc))
    r += 1
put("※各年度５月31日現在（出納整理期間終了時）。表示単位未満を四捨五入しているため、合計が一致しない場合がある。", 8.5, h=26)
ws.row_breaks.append(Break(id=r - 1))

# ---- Table B (page 2-3), header repeated
put("表２　令和５年度 債権別収入未済額の内訳", 10, True, 18)
put("（単位：円）", 9, align="right", h=14)
hb = r
for j, v in enumerate(["会計", "款", "債権名", "収入未済額", "うち現年度分", "うち過年度分"], 1):
    cellv(r, j, v, True, "center")
ws.row_dimensions[r].height = 20
ws.print_title_rows = f"{hb}:{hb}"
r += 1
start = {}
b_rows = []
for i, (acc, kan, d, tot, cur, arr) in enumerate(rowsB):
    cellv(r, 1, acc); cellv(r, 2, kan); cellv(r, 3, d)
    cellv(r, 4, f"{tot:,}"); cellv(r, 5, f"{cur:,}"); cellv(r, 6, f"{arr:,}")
    ws.row_dimensions[r].height = 30
    b_rows.append((r, acc, kan, d, tot, cur, arr)); r += 1
    if d == "奨学金貸付金返還金":
        ws.row_breaks.append(Break(id=r - 1))
# merge 会計 and 款 cells over runs
def merge_runs(col, key):
    i = 0
    while i < len(b_rows):
        j = i
        while j + 1 < len(b_rows) and key(b_rows[j + 1]) == key(b_rows[i]) and b_rows[j + 1][0] == b_rows[j][0] + 1 \
                and not any(br.id == b_rows[j][0] for br in ws.row_breaks.brk):
            j += 1
        if j > i:
            ws.merge_cells(start_row=b_rows[i][0], start_column=col, end_row=b_rows[j][0], end_column=col)
        i = j + 1
merge_runs(1, lambda x: x[1]); merge_runs(2, lambda x: (x[1], x[2]))
T = [sum(x[3] for x in rowsB), sum(x[4] for x in rowsB), sum(x[5] for x in rowsB)]
cellv(r, 1, "合計", True, "center"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
for j, v in enumerate(T): cellv(r, 4 + j, f"{v:,}", True)
r += 1
put("※過年度分は令和４年度以前の調定に係るもの。", 8.5, h=16)
r += 1

# ---- Table C: 目標収納率 (単位：％), side-by-side headings
put("３　計画の目標", 11.5, True, 20)
put("　主要債権について、現年分は滞納の未然防止、滞繰分は計画的な整理により、令和９年度の目標収納率を次のとおり定める。", h=34)
put("表３　主要債権の目標収納率　　　　　　　　　　　　　　　　　　　　　　（単位：％）", 10, True, 18)
cellv(r, 1, "債権名", True, "center"); ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=2)
cellv(r, 3, "現年分", True, "center"); ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
cellv(r, 5, "滞繰分", True, "center"); ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
r += 1
for j, v in enumerate(["R5実績", "R9目標", "R5実績", "R9目標"]): cellv(r, 3 + j, v, True, "center")
r += 1
TG = [("市税", 99.12, 99.30, 28.45, 32.00), ("国民健康保険税", 93.87, 94.50, 22.10, 25.00),
      ("介護保険料", 98.64, 98.80, 14.92, 18.00), ("後期高齢者医療保険料", 99.51, 99.60, 41.30, 45.00),
      ("保育所保育料", 98.20, 98.50, 19.75, 22.00), ("市営住宅使用料", 96.33, 97.00, 12.08, 15.00)]
for d, a, b, c_, e in TG:
    cellv(r, 1, d); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for j, (v, seg, fy, bs, fr) in enumerate(((a, "current", 2023, "actual", "R5実績"), (b, "current", 2027, "target", "R9目標"),
                                            (c_, "arrears", 2023, "actual", "R5実績"), (e, "arrears", 2027, "target", "R9目標"))):
        cellv(r, 3 + j, f"{v:.2f}")
        facts.append(fact(d, fy, fr, seg, "collection_rate", bs, v, "percent", f"{v:.2f}", None))
    r += 1
ws.row_breaks.append(Break(id=r - 1))

# ---- 取組: several numbered items in one cell, tags after 。
put("４　債権ごとの取組", 11.5, True, 20)
TR = {"市税": [("①", "納期限後20日以内に督促状を発送し、未納が続く場合は速やかに財産調査を行う。", "継続"),
             ("②", "差押財産の換価にインターネット公売を活用する。", "継続"),
             ("③", "スマートフォン決済とeLTAXによる納付の周知を強化する。", "拡充")],
      "国民健康保険税": [("①", "資格喪失後も未納がある世帯に文書と電話で催告する。", "継続"),
                  ("②", "納付相談時に分納計画の履行状況を確認し、不履行の場合は滞納処分に移行する。", "新規")],
      "保育所保育料": [("①", "児童手当からの申出徴収を入所時に案内する。", "継続"),
                 ("②", "滞納繰越分は税務課へ移管し、一元的に滞納整理を行う。", "拡充")],
      "市営住宅使用料": [("①", "３か月以上の滞納者に連帯保証人への通知を行う。", "継続"),
                  ("②", "退去者の滞納分は支払督促による法的措置を講じる。", "新規"),
                  ("③", "回収見込みのない債権は条例に基づき放棄を検討する。", None)]}
cellv(r, 1, "債権名", True, "center"); cellv(r, 2, "内容", True, "center")
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6); r += 1
for d, items in TR.items():
    txt = "\n".join(f"{lab}{t}" + (f"【{s}】" if s else "") for lab, t, s in items)
    cellv(r, 1, d); cellv(r, 2, txt); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    for col in range(3, 7): ws.cell(r, col).border = BOX
    ws.row_dimensions[r].height = 16 * len(items) + 16 * sum(len(t) > 34 for _, t, _ in items)
    for lab, t, s in items:
        inits.append({"debt": d, "fiscal_year": 2025, "section": "債権ごとの取組", "label": lab, "text": t, "status": s, "page": None})
    r += 1
put("", h=10)
put("【参考】計画期間中の進行管理", 10, True, 18)
put("・毎年度、決算確定後に各債権の収納率を債権管理推進会議で検証し、市ホームページで公表する。\n"
    "・目標と実績の乖離が大きい債権は、所管課と税務課で改善策を協議する。", h=40)

ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_area = f"A1:F{r}"
ws.oddHeader.right.text = "瑞浪市債権管理計画"; ws.oddFooter.center.text = "- &P -"
ws.page_margins.top = 0.8; ws.page_margins.bottom = 0.8
xlsx = OUT / f"{STEM}.xlsx"; wb.save(xlsx)
pdf = ROOT / "pdf" / f"{STEM}.pdf"; to_pdf(xlsx, pdf, "a2x")

import fitz
D = fitz.open(pdf); texts = [ns(p.get_text()) for p in D]
def pg_of(needle, after=1):
    hits = [i + 1 for i, t in enumerate(texts) if ns(needle) in t and i + 1 >= after]
    return hits[0] if hits else None
pB = pg_of("表２")
for acc, kan, d, tot, cur, arr in rowsB:
    p = pg_of(d, pB)
    for seg, v in (("total", tot), ("current", cur), ("arrears", arr)):
        facts.append(fact(d, 2023, "令和５年度", seg, "outstanding", "actual", v, "yen", f"{v:,}", p))
pT = pg_of("債権名収入未済額うち現年度分" if False else "※過年度分は令和４年度以前")
for seg, v in zip(("total", "current", "arrears"), T):
    facts.append(fact(None, 2023, "令和５年度", seg, "outstanding", "actual", v, "yen", f"{v:,}", pT, debt_raw="合計"))
pC = pg_of("表３")
for f in facts:
    if f["page"] is None: f["page"] = pC
pI = pg_of("４債権ごとの取組")
for i in inits: i["page"] = pI
document = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2025-03-01", "date_raw": "令和７年３月"}
write_gold(STEM, document, facts, inits)
