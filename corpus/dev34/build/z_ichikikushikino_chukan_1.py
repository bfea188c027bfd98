"""いちき串木野市 令和５年度 債権回収・整理計画（中間報告）: Excel workbook (openpyxl) -> LibreOffice, landscape,
fit to page. Modelled on the half-year 債権回収・整理計画（中間報告） published by Osaka-area cities
(e.g. https://www.city.toyonaka.osaka.jp/joho/keikaku/saiken/sainyukakuho/saikenkanri/saikenkaishu_keikaku.html)
and the 庁議資料「滞納整理強化月間について（報告）」 (https://expydoc.com/doc/7622564/)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from z_common import F, I, OUT, soffice, finish
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.worksheet.properties import PageSetupProperties

STEM = "z_ichikikushikino_chukan_1"
CITY = "いちき串木野市"
AS5, AS4 = "2023-12-31", "2022-12-31"

# name, 所管課, 区分, R5 12月末 (cur_a, cur_c, arr_a, arr_c), R4 12月末 (cur_a, cur_c, arr_a, arr_c),
# 決算見込 (cur, arr), 目標 (cur, arr), R4決算 (cur, arr), 見込収入未済額, 目標収入未済額, R4決算収入未済額
D = [
 ("市税", "税務課", "強制徴収公債権", (2610455200, 2121381604, 148220310, 32551418), (2587301900, 2092150362, 156902114, 31804277),
  ("98.95", "27.40"), ("99.00", "28.00"), ("98.88", "26.12"), 128500000, 122000000, 135216480),
 ("国民健康保険税", "市民課", "強制徴収公債権", (702118400, 531204311, 160432900, 22818417), (731402600, 549102838, 171220510, 22906118),
  ("95.40", "18.10"), ("95.80", "20.00"), ("95.12", "17.36"), 151200000, 143500000, 158937422),
 ("介護保険料", "長寿介護課", "強制徴収公債権", (498760200, 386104512, 21904300, 3120861), (496120500, 381770118, 23410200, 3087201),
  ("99.10", "16.50"), ("99.20", "18.00"), ("99.05", "15.22"), 22400000, 21000000, 23810344),
 ("後期高齢者医療保険料", "市民課", "強制徴収公債権", (243500800, 185044620, 3201500, 1012288), (238904300, 180667255, 3510700, 1044862),
  ("99.60", "35.00"), ("99.60", "35.00"), ("99.55", "33.81"), 3100000, 3000000, 3299410),
 ("保育料", "こども未来課", "強制徴収公債権", (61204500, 48021307, 5812400, 603201), (64018200, 50011426, 6120300, 588112),
  ("98.70", "12.00"), ("99.00", "15.00"), ("98.52", "11.40"), 5900000, 5500000, 6050125),
 ("市営住宅使用料", "都市計画課", "私債権", (148905600, 108120447, 31870400, 2014336), (150120800, 108466018, 33912600, 2307221),
  ("97.80", "10.50"), ("98.00", "12.00"), ("97.62", "9.87"), 31600000, 30000000, 33854210),
 ("水道料金", "水道課", "私債権", (912340700, 684120518, 26310800, 12887346), (905210400, 676402215, 27918100, 13012340),
  ("99.05", "55.00"), ("99.10", "58.00"), ("98.99", "53.71"), 24500000, 23000000, 26180455),
]
TOT = ("合計", ("98.12", "24.90"), ("98.35", "26.60"), ("98.01", "23.88"))

def r2(c, a): return f"{c / a * 100:.2f}"
def yen(n): return f"{n:,}"
def diff(a, b):
    d = float(a) - float(b)
    return ("△" if d < 0 else "") + f"{abs(d):.2f}"

facts, inits = [], []
wb = Workbook()
thin = Side(style="thin", color="000000"); hair = Side(style="hair", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
FN = "IPAexGothic"

def setup(ws, widths, footer_left):
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 1
    ws.page_margins.left = ws.page_margins.right = 0.5; ws.page_margins.top = 0.7; ws.page_margins.bottom = 0.9; ws.page_margins.footer = 0.35; ws.page_margins.header = 0.3
    ws.oddHeader.right.text = "令和５年度 債権回収・整理計画（中間報告）"; ws.oddHeader.right.size = 8
    ws.oddFooter.left.text = footer_left; ws.oddFooter.left.size = 8
    ws.oddFooter.center.text = "&P"; ws.oddFooter.center.size = 8
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

def put(ws, ref, v, size=9, bold=False, h="center", border=True, wrap=True, v_="center"):
    c = ws[ref]; c.value = v
    c.font = Font(name=FN, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap)
    if border: c.border = BOX
    return c

def mput(ws, rng, v, **kw):
    ws.merge_cells(rng)
    first = rng.split(":")[0]
    put(ws, first, v, **kw)
    from openpyxl.utils.cell import range_boundaries
    c1, r1, c2, r2_ = range_boundaries(rng)
    for r in range(r1, r2_ + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BOX

# ---------------- sheet 1: 総括 -----------------------------------------
ws = wb.active; ws.title = "総括"
setup(ws, [22, 12, 9, 9, 8, 9, 9, 8, 9, 9, 9, 9], "総括表")
put(ws, "A1", f"令和５年度　債権回収・整理計画（中間報告）", size=14, bold=True, h="left", border=False, wrap=False)
put(ws, "A2", f"{CITY}　総務課債権管理係　　令和６年３月", size=9, h="left", border=False, wrap=False)
# summary sentence (interim total)
tc5 = sum(d[3][1] for d in D); ta5 = sum(d[3][0] for d in D)
tc4 = sum(d[4][1] for d in D); ta4 = sum(d[4][0] for d in D)
ac5 = sum(d[3][3] for d in D); aa5 = sum(d[3][2] for d in D)
ac4 = sum(d[4][3] for d in D); aa4 = sum(d[4][2] for d in D)
T5c, T4c, T5a, T4a = r2(tc5, ta5), r2(tc4, ta4), r2(ac5, aa5), r2(ac4, aa4)
pt = float(T5c) - float(T4c)
put(ws, "A4", f"１　主要７債権の収納状況（令和５年１２月末現在）", size=11, bold=True, h="left", border=False, wrap=False)
put(ws, "A5", f"　主要７債権の１２月末時点の収納率は、現年分が{T5c}％で前年同期を{abs(pt):.2f}ポイント{'上回' if pt >= 0 else '下回'}り、滞納繰越分は{T5a}％となっています。",
    size=9, h="left", border=False, wrap=False)
facts += [F(None, 2023, "令和５年１２月末", "current", "collection_rate", "interim", float(T5c), "percent", f"{T5c}％", page=1, as_of=AS5, debt_raw=None),
          F(None, 2023, "令和５年１２月末", "arrears", "collection_rate", "interim", float(T5a), "percent", f"{T5a}％", page=1, as_of=AS5, debt_raw=None)]
put(ws, "L6", "（単位：％）", size=8, h="right", border=False, wrap=False)
# three-row header
mput(ws, "A7:A9", "債権名"); mput(ws, "B7:B9", "所管課")
mput(ws, "C7:H7", "収納率（１２月末）"); mput(ws, "I7:L7", "年度末")
mput(ws, "C8:E8", "現年分"); mput(ws, "F8:H8", "滞繰分"); mput(ws, "I8:J8", "決算見込"); mput(ws, "K8:L8", "目標")
for col, t in zip("CDEFGHIJKL", ["R5", "R4", "差", "R5", "R4", "差", "現年", "滞繰", "現年", "滞繰"]):
    put(ws, f"{col}9", t)
row = 10
def summary_row(r, name, ka, c5, c4, a5, a4, est, tgt, bold=False):
    put(ws, f"A{r}", name, h="left", bold=bold); put(ws, f"B{r}", ka)
    vals = [c5, c4, diff(c5, c4), a5, a4, diff(a5, a4), est[0], est[1], tgt[0], tgt[1]]
    for col, v in zip("CDEFGHIJKL", vals):
        put(ws, f"{col}{r}", v, h="right", bold=bold)
    dn = None if name == "合計" else name
    facts.extend([
        F(dn, 2023, "R5", "current", "collection_rate", "interim", float(c5), "percent", c5, page=1, as_of=AS5, debt_raw=name),
        F(dn, 2022, "R4", "current", "collection_rate", "interim", float(c4), "percent", c4, page=1, as_of=AS4, debt_raw=name),
        F(dn, 2023, "R5", "arrears", "collection_rate", "interim", float(a5), "percent", a5, page=1, as_of=AS5, debt_raw=name),
        F(dn, 2022, "R4", "arrears", "collection_rate", "interim", float(a4), "percent", a4, page=1, as_of=AS4, debt_raw=name),
        F(dn, 2023, "令和５年度", "current", "collection_rate", "estimate", float(est[0]), "percent", est[0], page=1, debt_raw=name),
        F(dn, 2023, "令和５年度", "arrears", "collection_rate", "estimate", float(est[1]), "percent", est[1], page=1, debt_raw=name),
        F(dn, 2023, "令和５年度", "current", "collection_rate", "target", float(tgt[0]), "percent", tgt[0], page=1, debt_raw=name),
        F(dn, 2023, "令和５年度", "arrears", "collection_rate", "target", float(tgt[1]), "percent", tgt[1], page=1, debt_raw=name),
    ])
summary_row(row, "合計", "", T5c, T4c, T5a, T4a, TOT[1], TOT[2], bold=True); row += 1
for d in D:
    n, ka = d[0], d[1]
    summary_row(row, n, ka, r2(d[3][1], d[3][0]), r2(d[4][1], d[4][0]), r2(d[3][3], d[3][2]), r2(d[4][3], d[4][2]), d[5], d[6])
    row += 1
put(ws, f"A{row + 1}", "※差は前年同期との差（ポイント）。△は減。合計欄は７債権の調定額・収入済額の合計から算出。", size=8, h="left", border=False, wrap=False)
put(ws, f"A{row + 2}", "※各債権の取組状況は個票（２ページ以降）のとおり。", size=8, h="left", border=False, wrap=False)
for r in range(7, row):
    ws.row_dimensions[r].height = 17

# ---------------- individual sheets ----------------------------------
SHEETS = {
 "市税": [
  ("①", "滞納額１０万円以上の事案について、１２月から２月を滞納整理強化期間とし、預貯金・給与の差押えを集中的に実施する。", "継続"),
  ("②", "現年分の未納者に対し、ＳＭＳによる納付案内を毎月送信し、早期納付を促す。", "新規"),
  ("③", "鹿児島県地方税滞納整理推進機構への引継ぎ事案を１０件から１５件に増やす。", "拡充"),
 ],
 "国民健康保険税": [
  ("①", "納付相談時に分納誓約を徹底し、不履行者には速やかに財産調査を行う。", "継続"),
  ("②", "資格喪失者（社保加入者）の未納分について、文書催告と電話催告を組み合わせて実施する。", "継続"),
  ("③", "キャッシュレス決済の対象を拡大し、スマートフォン決済アプリでの納付を開始する。", "新規"),
 ],
 "市営住宅使用料": [
  ("①", "３か月以上滞納した入居者に対し、連帯保証人への通知を行う。", "継続"),
  ("②", "退去者の滞納分について、少額訴訟・支払督促の法的措置を検討する。", "拡充"),
 ],
 "水道料金": [
  ("①", "督促後の未納者には給水停止予告を送付し、停止執行を厳格に行う。", "継続"),
  ("②", "閉栓者の未納料金について、転居先調査と文書催告を実施する。", "継続"),
  ("③", "口座振替の新規申込みをＷｅｂで受け付ける。", "新規"),
 ],
}
page = 1
for d in D:
    name = d[0]
    if name not in SHEETS:
        continue
    page += 1
    ws = wb.create_sheet(f"個票{page - 1}")
    setup(ws, [16, 16, 16, 16, 16, 16, 14, 12], f"個票（{name}）")
    put(ws, "A1", "令和５年度　債権回収・整理計画（中間報告）　個票", size=12, bold=True, h="left", border=False, wrap=False)
    put(ws, "A3", "債権名", bold=True); mput(ws, "B3:C3", name, h="left"); put(ws, "D3", "所管課", bold=True)
    put(ws, "E3", d[1]); put(ws, "F3", "債権区分", bold=True); mput(ws, "G3:H3", d[2])
    put(ws, "A5", "１　収納状況（１２月末現在）", size=10, bold=True, h="left", border=False, wrap=False)
    put(ws, "H5", "（単位：円）", size=8, h="right", border=False, wrap=False)
    mput(ws, "A6:A7", "区分")
    mput(ws, "B6:D6", "今年度（令和５年１２月末）"); mput(ws, "E6:G6", "前年度（令和４年１２月末）"); mput(ws, "H6:H7", "差")
    for col, t in zip("BCDEFG", ["調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"]):
        put(ws, f"{col}7", t)
    c5a, c5c, a5a, a5c = d[3]; c4a, c4c, a4a, a4c = d[4]
    segs = [("現年分", "current", c5a, c5c, c4a, c4c), ("滞納繰越分", "arrears", a5a, a5c, a4a, a4c),
            ("計", "total", c5a + a5a, c5c + a5c, c4a + a4a, c4c + a4c)]
    r = 8
    for lab, seg, A5, C5, A4, C4 in segs:
        R5, R4 = r2(C5, A5), r2(C4, A4)
        put(ws, f"A{r}", lab)
        for col, v in zip("BCDEFGH", [yen(A5), yen(C5), R5 + "%", yen(A4), yen(C4), R4 + "%", diff(R5, R4)]):
            put(ws, f"{col}{r}", v, h="right")
        facts.extend([
            F(name, 2023, "令和５年１２月末", seg, "assessed", "interim", A5, "yen", yen(A5), page=page, as_of=AS5),
            F(name, 2023, "令和５年１２月末", seg, "collected", "interim", C5, "yen", yen(C5), page=page, as_of=AS5),
            F(name, 2023, "令和５年１２月末", seg, "collection_rate", "interim", float(R5), "percent", R5 + "%", page=page, as_of=AS5),
            F(name, 2022, "令和４年１２月末", seg, "assessed", "interim", A4, "yen", yen(A4), page=page, as_of=AS4),
            F(name, 2022, "令和４年１２月末", seg, "collected", "interim", C4, "yen", yen(C4), page=page, as_of=AS4),
            F(name, 2022, "令和４年１２月末", seg, "collection_rate", "interim", float(R4), "percent", R4 + "%", page=page, as_of=AS4),
        ])
        r += 1
    # 2: year-end estimate vs target, unit per row
    r += 1
    put(ws, f"A{r}", "２　年度末の見込みと目標", size=10, bold=True, h="left", border=False, wrap=False); r += 1
    put(ws, f"A{r}", "項目"); put(ws, f"B{r}", "単位"); put(ws, f"C{r}", "令和４年度決算")
    put(ws, f"D{r}", "決算見込"); put(ws, f"E{r}", "目標"); put(ws, f"F{r}", "達成見込"); r += 1
    est, tgt, r4 = d[5], d[6], d[7]
    for lab, seg, i in (("収納率（現年）", "current", 0), ("収納率（滞繰）", "arrears", 1)):
        ok = "○" if float(est[i]) >= float(tgt[i]) else "×"
        put(ws, f"A{r}", lab, h="left"); put(ws, f"B{r}", "％")
        put(ws, f"C{r}", r4[i], h="right"); put(ws, f"D{r}", est[i], h="right"); put(ws, f"E{r}", tgt[i] + "以上", h="right"); put(ws, f"F{r}", ok)
        facts.extend([
            F(name, 2022, "令和４年度", seg, "collection_rate", "actual", float(r4[i]), "percent", r4[i], page=page),
            F(name, 2023, "決算見込", seg, "collection_rate", "estimate", float(est[i]), "percent", est[i], page=page),
            F(name, 2023, "目標", seg, "collection_rate", "target", float(tgt[i]), "percent", tgt[i] + "以上", page=page),
        ])
        r += 1
    ok = "○" if d[8] <= d[9] else "×"
    put(ws, f"A{r}", "収入未済額", h="left"); put(ws, f"B{r}", "円")
    put(ws, f"C{r}", yen(d[10]), h="right"); put(ws, f"D{r}", yen(d[8]), h="right"); put(ws, f"E{r}", yen(d[9]) + "以下", h="right"); put(ws, f"F{r}", ok)
    facts.extend([
        F(name, 2022, "令和４年度", "total", "outstanding", "actual", d[10], "yen", yen(d[10]), page=page),
        F(name, 2023, "決算見込", "total", "outstanding", "estimate", d[8], "yen", yen(d[8]), page=page),
        F(name, 2023, "目標", "total", "outstanding", "target", d[9], "yen", yen(d[9]) + "以下", page=page),
    ])
    r += 2
    put(ws, f"A{r}", "３　下半期の主な取組", size=10, bold=True, h="left", border=False, wrap=False); r += 1
    items = SHEETS[name]
    text = "\n".join(f"{lab}{t}【{st}】" for lab, t, st in items)
    mput(ws, f"A{r}:H{r}", text, h="left", v_="top")
    ws.row_dimensions[r].height = 16 * len(items) + 8
    for lab, t, st in items:
        inits.append(I(name, 2023, "下半期の主な取組", lab, t, st, page=page))
    r += 2
    if name == "国民健康保険税":
        mput(ws, f"A{r}:H{r}", "【参考】令和６年２月２９日現在　現年分の収納率　８７．６２％（前年同日　８７．１０％）", h="left")
        facts.extend([
            F(name, 2023, "令和６年２月２９日現在", "current", "collection_rate", "interim", 87.62, "percent", "８７．６２％", page=page, as_of="2024-02-29"),
            F(name, 2022, "前年同日", "current", "collection_rate", "interim", 87.10, "percent", "８７．１０％", page=page, as_of="2023-02-28"),
        ])
    for rr in range(3, r):
        if ws.row_dimensions[rr].height is None:
            ws.row_dimensions[rr].height = 18

xlsx = OUT / f"{STEM}.xlsx"
wb.save(xlsx)
pdf = soffice(xlsx)
document = {"kind": "progress_report", "family": "progress", "municipality": CITY,
            "title": "令和５年度 債権回収・整理計画（中間報告）", "date": "2024-03-01", "date_raw": "令和６年３月"}
errs = finish(STEM, pdf, document, facts, inits)
sys.exit(1 if errs else 0)
