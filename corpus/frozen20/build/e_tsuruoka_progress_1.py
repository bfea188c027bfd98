"""鶴岡市 債権回収・整理計画 進捗状況（２月末現在） — PyMuPDF direct drawing, landscape."""
import pymupdf as fitz

from e_common import Gold, PDF, c, rate, report
from e_draw import Pg, save

STEM = "e_tsuruoka_progress_1"
TITLE = "令和５年度 債権回収・整理計画 進捗状況（２月末現在）"
g = Gold(STEM, "progress_report", "鶴岡市", TITLE, "2024-03-01", "令和６年３月")
AS, AS0 = "2024-02-29", "2023-02-28"
FY, FY0 = 2023, 2022
doc = fitz.open()
NP = 4


def frame(pg, n):
    pg.t(pg.w - 40, 28, "鶴岡市 債権管理推進会議 資料２", 8, align="r")
    pg.t(pg.w / 2, pg.h - 20, f"{n} / {NP}", 8, align="c")


# --------------------------------------------------------------- page 1: summary, debts as columns
pg = Pg(doc, landscape=True)
frame(pg, 1)
pg.t(pg.w / 2, 62, TITLE, 15, align="c")
pg.t(pg.w - 40, 84, "令和６年３月　総務部納税課", 9, align="r")
y = pg.wrap(50, 112, "　主要５債権の令和６年２月末現在の収納状況は次のとおりである。現年分は５債権のうち４債権で前年同期を上回った。"
            "市税の収入未済額は２月末現在で１２億３，４５６万円となり、前年同期（１３億１，２０８万円）から縮小した。", 742, 10)
g.fact(1, "市税", FY, "２月末現在", "total", "outstanding", "interim", 1_234_560_000, "yen", "１２億３，４５６万円", as_of=AS)
g.fact(1, "市税", FY0, "前年同期", "total", "outstanding", "interim", 1_312_080_000, "yen", "１３億１，２０８万円", as_of=AS0)
S = [  # debt, cur now, cur prev, arr now, arr prev
    ("市税", 89.42, 89.05, 22.18, 21.76),
    ("国民健康保険税", 80.15, 79.62, 16.84, 17.20),
    ("介護保険料", 92.30, 92.11, 12.45, 11.98),
    ("後期高齢者医療保険料", 95.02, 94.87, 35.10, 33.42),
    ("水道料金", 90.64, 90.80, 48.20, 47.05),
]
y += 14
pg.t(50, y, "１　主要債権の収納率（令和６年２月２９日現在）", 11)
pg.t(792, y, "（単位：％、ポイント）", 8.5, align="r")
y += 10
xs = [50, 130, 250, 358, 466, 574, 682, 792]  # column borders: 区分 | 時点 | 5 debts
pg.line(50, y, 792, y, 1.0)
hy = y + 16
pg.t(90, hy, "区分", 9.5, align="c")
pg.t(190, hy, "時点", 9.5, align="c")
for i, (d, *_r) in enumerate(S):
    pg.t((xs[2 + i] + xs[3 + i]) / 2, hy, d, 9.5, align="c")
y += 24
pg.line(50, y, 792, y, 0.6)
for seg, lab, k in (("current", "現年分", 0), ("arrears", "滞繰分", 2)):
    rows = [("令和６年２月末", 0), ("前年同期", 1), ("増減", None)]
    pg.t(90, y + 16 + 18, lab, 10, align="c")
    for j, (tl, which) in enumerate(rows):
        ry = y + 16 + j * 18
        pg.t(190, ry, tl, 9.5, align="c")
        for i, row in enumerate(S):
            now, prev = row[1 + k], row[2 + k]
            if which is None:
                s = f"{now - prev:+.2f}".replace("-", "△").replace("+", "")
            else:
                v = (now, prev)[which]
                s = f"{v:.2f}"
                g.fact(1, row[0], (FY, FY0)[which], tl, seg, "collection_rate", "interim", v, "percent", s,
                       as_of=(AS, AS0)[which])
            pg.t(xs[3 + i] - 14, ry, s, 10, align="r")
    y += 16 + 3 * 18 - 6
    pg.line(50, y, 792, y, 0.6 if k == 0 else 1.0)
y += 18
pg.t(50, y, "※前年同期は令和５年２月２８日現在。増減は前年同期との差（ポイント）。", 8.5)
y += 30
pg.t(50, y, "２　今後の進め方", 11)
y = pg.wrap(64, y + 18, "３月から５月の出納整理期間にかけて、各債権所管課は下記の個票に掲げた後半の取組を継続し、"
            "決算見込の達成に努める。進捗は５月末の推進会議で確認する。", 720, 10)

# --------------------------------------------------------------- page 2: 市税 sheet with 地域庁舎 table
pg = Pg(doc, landscape=True)
frame(pg, 2)
pg.rect(40, 44, 802, 66, 0.8)
pg.t(52, 60, "債権名　市税", 12)
pg.t(790, 60, "【総務部納税課】", 10, align="r")
y = 90
pg.t(50, y, "【収納率】令和６年２月２９日現在", 10.5)
for seg, lab, now, prev in (("current", "現年分", 89.42, 89.05), ("arrears", "滞繰分", 22.18, 21.76)):
    y += 18
    s1, s2 = f"{now:.2f}％", f"{prev:.2f}％"
    pg.t(70, y, f"・{lab}　{s1}（前年同期　{s2}）", 10)
    g.fact(2, "市税", FY, "令和６年２月２９日現在", seg, "collection_rate", "interim", now, "percent", s1, as_of=AS)
    g.fact(2, "市税", FY0, "前年同期", seg, "collection_rate", "interim", prev, "percent", s2, as_of=AS0)
# side-by-side headings 決算見込 | 目標
bx = 430
pg.t(bx, 90, "令和５年度の見通し（収納率、単位：％）", 10.5)
cols = [bx, bx + 90, bx + 200, bx + 310]
pg.rect(cols[0], 98, cols[3], 152)
for xx in cols[1:3]:
    pg.line(xx, 98, xx, 152)
pg.line(cols[0], 116, cols[3], 116)
pg.line(cols[0], 134, cols[3], 134)
pg.t((cols[1] + cols[2]) / 2, 111, "決算見込", 9.5, align="c")
pg.t((cols[2] + cols[3]) / 2, 111, "目標", 9.5, align="c")
for j, (seg, lab, est, tgt) in enumerate((("current", "現年分", 99.05, 99.10), ("arrears", "滞繰分", 28.10, 28.00))):
    ry = 129 + j * 18
    pg.t(cols[0] + 8, ry, lab, 9.5)
    pg.t(cols[2] - 10, ry, f"{est:.2f}", 9.5, align="r")
    pg.t(cols[3] - 10, ry, f"{tgt:.2f}", 9.5, align="r")
    g.fact(2, "市税", FY, "令和５年度", seg, "collection_rate", "estimate", est, "percent", f"{est:.2f}")
    g.fact(2, "市税", FY, "令和５年度", seg, "collection_rate", "target", tgt, "percent", f"{tgt:.2f}")
y = 180
pg.t(50, y, "●後半の主な取組", 10.5)
ITEMS = [("(1)", "滞納繰越分のうち高額案件を特別整理班に集約し、３月末までに差押え又は執行停止の判断を行う。", None),
         ("(2)", "現年分の未納者に対し、出納整理期間中に電話催告とＳＭＳ催告を組み合わせて実施する。", None),
         ("(3)", "各地域庁舎の窓口で、確定申告の相談に来庁した滞納者への納付相談を行う。", None)]
for lab, text, st in ITEMS:
    y = pg.wrap(64, y + 17, f"{lab}　{text}", 700, 10, indent2=22) - 10 * 1.45
    g.init(2, "市税", FY, "後半の主な取組", lab, text, st)
y += 34
pg.t(50, y, "地域庁舎別の現年分収納状況（２月末現在）", 10.5)
pg.t(792, y, "（単位：千円、％）", 8.5, align="r")
AREAS = [("本所", 6_842_115, 89.61, 89.30), ("藤島庁舎", 512_306, 90.12, 89.70), ("羽黒庁舎", 401_882, 88.75, 88.91),
         ("櫛引庁舎", 356_470, 89.02, 88.40), ("朝日庁舎", 214_905, 87.96, 87.55), ("温海庁舎", 198_337, None, 86.98)]
tot_a = sum(a for _, a, _, _ in AREAS)
tot_c = round(tot_a * 0.8942)
rows = []
acc = 0
for name, a, r, prev in AREAS:
    if r is None:
        col = tot_c - acc
    else:
        col = round(a * r / 100)
    acc += col
    rows.append((name, a, col, rate(col, a), prev))
assert rate(tot_c, tot_a) == 89.42, rate(tot_c, tot_a)
cx = [50, 190, 330, 470, 580, 690]
y += 8
pg.line(50, y, 690, y, 1.0)
hdr = ["地域", "調定額", "収納額", "収納率", "前年同期"]
for i, h in enumerate(hdr):
    pg.t((cx[i] + cx[i + 1]) / 2, y + 14, h, 9.5, align="c")
y += 20
pg.line(50, y, 690, y, 0.5)
for name, a, col, r, prev in rows + [("計", tot_a, tot_c, rate(tot_c, tot_a), 89.05)]:
    y += 16
    area = None if name == "計" else name
    dr = "市税" if area else "計"
    pg.t(cx[0] + 8, y, name, 9.5)
    for i, s in enumerate((c(a), c(col), f"{r:.2f}", f"{prev:.2f}")):
        pg.t(cx[i + 2] - 10, y, s, 9.5, align="r")
    g.fact(2, "市税", FY, "２月末現在", "current", "assessed", "interim", a * 1000, "yen", c(a), as_of=AS, area=area, debt_raw=dr)
    g.fact(2, "市税", FY, "２月末現在", "current", "collected", "interim", col * 1000, "yen", c(col), as_of=AS, area=area, debt_raw=dr)
    g.fact(2, "市税", FY, "２月末現在", "current", "collection_rate", "interim", r, "percent", f"{r:.2f}", as_of=AS, area=area, debt_raw=dr)
    g.fact(2, "市税", FY0, "前年同期", "current", "collection_rate", "interim", prev, "percent", f"{prev:.2f}", as_of=AS0, area=area, debt_raw=dr)
    if name == "温海庁舎":
        y += 5
        pg.line(50, y, 690, y, 0.5)
y += 6
pg.line(50, y, 690, y, 1.0)

# --------------------------------------------------------------- page 3: 国民健康保険税 with a bar chart
pg = Pg(doc, landscape=True)
frame(pg, 3)
pg.rect(40, 44, 802, 66, 0.8)
pg.t(52, 60, "債権名　国民健康保険税", 12)
pg.t(790, 60, "【市民部国保年金課】", 10, align="r")
y = 92
pg.t(50, y, "２月末徴収率　現年度分　80.15％　（前年度２月末　79.62％）", 10.5)
g.fact(3, "国民健康保険税", FY, "２月末", "current", "collection_rate", "interim", 80.15, "percent", "80.15％", as_of=AS)
g.fact(3, "国民健康保険税", FY0, "前年度２月末", "current", "collection_rate", "interim", 79.62, "percent", "79.62％", as_of=AS0)
y += 20
pg.t(50, y, "　　　　　　　　滞納繰越分　16.84％　（前年度２月末　17.20％）", 10.5)
g.fact(3, "国民健康保険税", FY, "２月末", "arrears", "collection_rate", "interim", 16.84, "percent", "16.84％", as_of=AS)
g.fact(3, "国民健康保険税", FY0, "前年度２月末", "arrears", "collection_rate", "interim", 17.20, "percent", "17.20％", as_of=AS0)
y += 24
pg.t(50, y, "決算見込徴収率（現年度分）　92.80％（前年度決算　92.54％）", 10.5)
g.fact(3, "国民健康保険税", FY, "決算見込", "current", "collection_rate", "estimate", 92.80, "percent", "92.80％")
g.fact(3, "国民健康保険税", FY0, "前年度決算", "current", "collection_rate", "actual", 92.54, "percent", "92.54％")
y += 20
pg.t(50, y, "目標徴収率（現年度分）　　　93.00％（前年度目標　92.90％）", 10.5)
g.fact(3, "国民健康保険税", FY, "目標", "current", "collection_rate", "target", 93.00, "percent", "93.00％")
g.fact(3, "国民健康保険税", FY0, "前年度目標", "current", "collection_rate", "target", 92.90, "percent", "92.90％")
y += 30
pg.t(50, y, "●主な取組（後半）", 10.5)
ITEMS = [("（１）", "２月の一斉催告に反応のない世帯について、給与及び預貯金の調査を行い、差押えを実施する。", "継続"),
         ("（２）", "短期被保険者証の窓口交付の際に納付相談を行い、分納誓約の履行状況を確認する。", "継続"),
         ("（３）", "資格喪失世帯に対し、文書催告に加えて電話による納付勧奨を行う。", "新規")]
for lab, text, st in ITEMS:
    y = pg.wrap(64, y + 17, f"{lab}{text}【{st}】", 340, 9.5, indent2=28) - 9.5 * 1.45
    g.init(3, "国民健康保険税", FY, "主な取組（後半）", lab, text, st)
# chart on the right
X0, Y0, X1, Y1 = 470, 140, 790, 420
pg.t((X0 + X1) / 2, 112, "現年度分徴収率の推移（各年度２月末現在）", 10.5, align="c")
pg.rect(X1 - 92, 120, X1, 134, 0.4)
pg.p.draw_rect(fitz.Rect(X1 - 88, 123, X1 - 80, 131), color=None, fill=(0.35, 0.5, 0.75))
pg.t(X1 - 76, 131, "徴収率（％）", 7.5)
pg.line(X0, Y1, X1, Y1, 0.8)
pg.line(X0, Y0, X0, Y1, 0.5)
lo, hi = 76.0, 81.0
for tick in (76, 77, 78, 79, 80, 81):
    ty = Y1 - (tick - lo) / (hi - lo) * (Y1 - Y0)
    pg.line(X0 - 3, ty, X0, ty, 0.5)
    pg.t(X0 - 6, ty + 3, str(tick), 7.5, align="r")
CH = [("R1", 2019, "2020-02-29", 78.40), ("R2", 2020, "2021-02-28", 78.95), ("R3", 2021, "2022-02-28", 79.10),
      ("R4", 2022, "2023-02-28", 79.62), ("R5", 2023, "2024-02-29", 80.15)]
bw = (X1 - X0) / len(CH)
for i, (lab, fy, asof, v) in enumerate(CH):
    x = X0 + i * bw + bw * 0.25
    top = Y1 - (v - lo) / (hi - lo) * (Y1 - Y0)
    pg.p.draw_rect(fitz.Rect(x, top, x + bw * 0.5, Y1), color=None, fill=(0.35, 0.5, 0.75))
    pg.t(x + bw * 0.25, top - 4, f"{v:.2f}", 8, align="c")
    pg.t(x + bw * 0.25, Y1 + 13, lab, 8.5, align="c")
    g.fact(3, "国民健康保険税", fy, lab, "current", "collection_rate", "interim", v, "percent", f"{v:.2f}", as_of=asof)
pg.t(X0, Y1 + 32, "※R1は令和２年２月２９日現在。以降各年度の２月末日現在。", 7.5)

# --------------------------------------------------------------- page 4: two sheets side by side
pg = Pg(doc, landscape=True)
frame(pg, 4)
HALF = [
    ("介護保険料", "【健康福祉部長寿介護課】", 92.30, 92.11, 12.45, 11.98, 98.20, 98.10, 8_215_000,
     [("①", "普通徴収の新規対象者へ口座振替依頼書を送付し、納付書払いからの切替えを促す。", "継続"),
      ("②", "２年以上の滞納者に対し、給付制限の事前通知とあわせて納付相談を行う。", "拡充")]),
    ("水道料金", "【上下水道部料金課】", 90.64, 90.80, 48.20, 47.05, 98.70, 98.75, 31_604_000,
     [("①", "給水停止予告の対象を滞納２期以上に拡大し、停止執行までの期間を短縮する。", "拡充"),
      ("②", "閉栓済み使用者の未納分について、委託事業者による訪問回収を継続する。", "継続")]),
]
for k, (debt, ka, cn, cp, an, ap, est, tgt, unpaid, items) in enumerate(HALF):
    x0 = 40 + k * 386
    x1 = x0 + 370
    pg.rect(x0, 44, x1, 66, 0.8)
    pg.t(x0 + 10, 60, f"債権名　{debt}", 11)
    pg.t(x1 - 8, 60, ka, 8.5, align="r")
    y = 92
    pg.t(x0 + 6, y, "【収納率】令和６年２月末時点", 10)
    for seg, lab, now, prev in (("current", "現年分", cn, cp), ("arrears", "滞繰分", an, ap)):
        y += 17
        s1, s2 = f"{now:.2f}％", f"{prev:.2f}％"
        pg.t(x0 + 20, y, f"{lab}　{s1}（前年同期 {s2}）", 9.5)
        g.fact(4, debt, FY, "令和６年２月末時点", seg, "collection_rate", "interim", now, "percent", s1, as_of=AS)
        g.fact(4, debt, FY0, "前年同期", seg, "collection_rate", "interim", prev, "percent", s2, as_of=AS0)
    y += 26
    pg.t(x0 + 6, y, "【令和５年度 現年分】", 10)
    y += 17
    pg.t(x0 + 20, y, f"決算見込　{est:.2f}％　　目標　{tgt:.2f}％", 9.5)
    g.fact(4, debt, FY, "令和５年度", "current", "collection_rate", "estimate", est, "percent", f"{est:.2f}％")
    g.fact(4, debt, FY, "令和５年度", "current", "collection_rate", "target", tgt, "percent", f"{tgt:.2f}％")
    y += 17
    s = f"{unpaid // 10000:,}万円"
    s = f"約{unpaid // 10000:,}万円"
    pg.t(x0 + 20, y, f"滞繰分の未収額は{s}（２月末）", 9.5)
    g.fact(4, debt, FY, "２月末", "arrears", "outstanding", "interim", unpaid // 10000 * 10000, "yen", s, as_of=AS,
           approx=True)
    y += 28
    pg.t(x0 + 6, y, "●主な取り組み", 10)
    for lab, text, st in items:
        y = pg.wrap(x0 + 16, y + 16, f"{lab}{text}【{st}】", 340, 9.5, indent2=10) - 9.5 * 1.45
        g.init(4, debt, FY, "主な取り組み", lab, text, st)
    pg.rect(x0, 76, x1, y + 14, 0.5)
pg.line(421, 44, 421, 520, 0.3)

path = PDF / f"{STEM}.pdf"
save(doc, path)
ok = report(STEM, g.write(path))
