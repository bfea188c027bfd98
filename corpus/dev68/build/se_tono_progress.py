"""Mid-year progress report — PyMuPDF drawing directly.  Run from corpus/dev68."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
import fitz
from se_common import Gold, comma, pct, rate, sen, oku_man, check
from se_pdfdraw import Pg

STEM = "se_tono_progress_1"
G = Gold(STEM, "progress_report", "遠野市", "令和5年度 債権管理の取組状況（中間報告）", "2024-03-22", "令和6年3月22日", "progress")
F = G.fact
AS, ASL = "2024-02-29", "2023-02-28"
TITLE = "令和5年度 債権管理の取組状況（中間報告）"
#      full, abbr, curA this, curA last, feb rate this, last, arrA this, last, arr rate this, last, est, target, R4 actual
B = [("市税", "市税", 2634512300, 2598774100, .9312, .9268, 121450800, 133912400, .2410, .2285, 98.95, 98.90, 98.81),
     ("国民健康保険税", "国保税", 612334500, 628901200, .8420, .8377, 198223100, 205118900, .1620, .1555, 94.10, 94.30, 93.86),
     ("介護保険料", "介護料", 452118700, 447902300, .9530, .9511, 18442600, 19903100, .1840, .1722, 99.35, 99.40, 99.28),
     ("後期高齢者医療保険料", "後期高齢", 181905400, 176330200, .9705, .9688, 2118300, 2457900, .3410, .3180, 99.70, 99.65, 99.62),
     ("保育料", "保育料", 58220400, 61905300, .9150, .9210, 6903200, 7441600, .1210, .1305, 97.80, 98.20, 98.05),
     ("市営住宅使用料", "住宅使用料", 212448900, 214103600, .9020, .8985, 38119500, 41220700, .0930, .0884, 96.40, 96.50, 96.22),
     ("水道料金", "水道料金", 738902100, 731556400, .8950, .8911, 21334800, 22906100, .3120, .2990, 98.60, 98.70, 98.47)]
V = {}
for full, ab, ca, cal, cr, crl, aa, aal, ar, arl, *_ in B:
    V[full] = {"this": {"current": (ca, int(ca * cr)), "arrears": (aa, int(aa * ar))},
               "last": {"current": (cal, int(cal * crl)), "arrears": (aal, int(aal * arl))}}
MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]
MT = [8.21, 17.48, 27.35, 38.02, 47.12, 55.63, 63.84, 71.52, 80.23, 86.95, None, None]
ML = [8.05, 17.20, 27.01, 37.66, 46.89, 55.31, 63.40, 71.18, 79.87, 86.61, None, 97.35]
def mdate(i, fy):
    import calendar
    m = (i + 3) % 12 + 1
    y = fy + (1 if m <= 3 else 0)
    return f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"

doc = fitz.open()
def frame(pg, n):
    pg.text(40, 28, TITLE, 7.5, "G", color=(0.3, 0.3, 0.3))
    pg.line(40, 32, 555, 32, 0.4, (0.5, 0.5, 0.5))
    pg.text(297.5, 815, f"- {n} -", 8.5, "M", "c")

# ---------------- page 1
P = 1
pg = Pg(doc); frame(pg, P)
pg.rect(440, 42, 555, 62, 1.2)
pg.text(497.5, 56, "令和6年2月末現在", 10, "G", "c")
pg.text(297.5, 95, "令和5年度　債権管理の取組状況（中間報告）", 15, "G", "c")
pg.text(555, 115, "遠野市　総務部税務課", 9, "M", "r")
tot = {w: {s: [sum(V[k][w][s][i] for k in V) for i in (0, 1)] for s in ("current", "arrears")} for w in ("this", "last")}
for w in tot:
    tot[w]["total"] = [tot[w]["current"][i] + tot[w]["arrears"][i] for i in (0, 1)]
rt = rate(tot["this"]["total"][1], tot["this"]["total"][0]); rtl = rate(tot["last"]["total"][1], tot["last"]["total"][0])
dp = round(rt - rtl, 2)
rc = rate(tot["this"]["current"][1], tot["this"]["current"][0]); ra = rate(tot["this"]["arrears"][1], tot["this"]["arrears"][0])
o_t = tot["this"]["total"][0] - tot["this"]["total"][1]; o_l = tot["last"]["total"][0] - tot["last"]["total"][1]
os_, ov = oku_man(o_t); ds, dv = oku_man(abs(o_t - o_l), 1_000_000)
est_t, r4_t = 94.85, 94.52
pg.text(40, 140, "１　概況", 11, "G")
c1 = (f"令和6年2月末現在の主要7債権の収納率（現年度分・滞納繰越分の計）は"
      f"{F(P, None, None, 2023, '令和6年2月末', 'total', 'collection_rate', 'interim', rt, 'percent', f'{rt:.2f}％', as_of=AS)}で、前年同月と比べて"
      f"{F(P, None, None, 2023, '令和6年2月末', 'total', 'difference', 'interim', dp, 'points', f'{abs(dp):.2f}ポイント', as_of=AS)}{'上昇' if dp >= 0 else '低下'}しています。"
      f"区分別では、現年度分が{F(P, None, None, 2023, '令和6年2月末', 'current', 'collection_rate', 'interim', rc, 'percent', f'{rc:.2f}％', as_of=AS)}、"
      f"滞納繰越分が{F(P, None, None, 2023, '令和6年2月末', 'arrears', 'collection_rate', 'interim', ra, 'percent', f'{ra:.2f}％', as_of=AS)}となっています。")
c2 = (f"2月末現在の収入未済額は{F(P, None, None, 2023, '2月末', 'total', 'outstanding', 'interim', ov, 'yen', '約' + os_, approx=True, as_of=AS)}で、"
      f"前年同月から{F(P, None, None, 2023, '2月末', 'total', 'difference', 'interim', -dv if o_t < o_l else dv, 'yen', '約' + ds, approx=True, as_of=AS)}{'減少' if o_t < o_l else '増加'}しました。"
      f"年度末の収納率は{F(P, None, None, 2023, '年度末', 'total', 'collection_rate', 'estimate', est_t, 'percent', f'{est_t:.2f}％', approx=True)}程度となる見込みで、"
      f"令和4年度決算の{F(P, None, None, 2022, '令和4年度', 'total', 'collection_rate', 'actual', r4_t, 'percent', f'{r4_t:.2f}％')}を上回る見込みです。")
y1 = pg.para(40, 160, 245, c1, 9.2)
y2 = pg.para(310, 160, 245, c2, 9.2)
pg.line(297.5, 150, 297.5, max(y1, y2) - 8, 0.4, (0.5, 0.5, 0.5))
y = max(y1, y2) + 14
pg.text(40, y, "２　主要債権の収納状況", 11, "G")
pg.text(40, y + 18, "表1　主要債権の収納状況（現年度分）", 9, "G")
pg.text(555, y + 18, "（単位：千円、％）", 8, "M", "r")
rows = [["債権", "前年同期", None, None, "今期", None, None, "差"], [None, "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率", "（ポイント）"]]
spans = {(0, 0): (2, 1), (0, 1): (1, 3), (0, 4): (1, 3), (0, 7): (1, 1)}
st = [0, 0, 0, 0]
for full, ab, *_ in B:
    (a, c), (al, cl) = V[full]["this"]["current"], V[full]["last"]["current"]
    r, rl = rate(c, a), rate(cl, al)
    d = round(r - rl, 2)
    row = [ab,
           F(P, full, ab, 2022, "前年同期", "current", "assessed", "interim", sen(al) * 1000, "yen", comma(sen(al)), as_of=ASL),
           F(P, full, ab, 2022, "前年同期", "current", "collected", "interim", sen(cl) * 1000, "yen", comma(sen(cl)), as_of=ASL),
           F(P, full, ab, 2022, "前年同期", "current", "collection_rate", "interim", rl, "percent", f"{rl:.2f}", as_of=ASL),
           F(P, full, ab, 2023, "今期", "current", "assessed", "interim", sen(a) * 1000, "yen", comma(sen(a)), as_of=AS),
           F(P, full, ab, 2023, "今期", "current", "collected", "interim", sen(c) * 1000, "yen", comma(sen(c)), as_of=AS),
           F(P, full, ab, 2023, "今期", "current", "collection_rate", "interim", r, "percent", f"{r:.2f}", as_of=AS),
           F(P, full, ab, 2023, "今期", "current", "difference", "interim", d, "points", ("▲" if d < 0 else "") + f"{abs(d):.2f}", as_of=AS)]
    st = [st[0] + sen(al), st[1] + sen(cl), st[2] + sen(a), st[3] + sen(c)]
    rows.append(row)
r, rl = rate(tot["this"]["current"][1], tot["this"]["current"][0]), rate(tot["last"]["current"][1], tot["last"]["current"][0])
d = round(r - rl, 2)
rows.append(["計", F(P, None, "計", 2022, "前年同期", "current", "assessed", "interim", st[0] * 1000, "yen", comma(st[0]), as_of=ASL),
             F(P, None, "計", 2022, "前年同期", "current", "collected", "interim", st[1] * 1000, "yen", comma(st[1]), as_of=ASL),
             F(P, None, "計", 2022, "前年同期", "current", "collection_rate", "interim", rl, "percent", f"{rl:.2f}", as_of=ASL),
             F(P, None, "計", 2023, "今期", "current", "assessed", "interim", st[2] * 1000, "yen", comma(st[2]), as_of=AS),
             F(P, None, "計", 2023, "今期", "current", "collected", "interim", st[3] * 1000, "yen", comma(st[3]), as_of=AS),
             F(P, None, "計", 2023, "今期", "current", "collection_rate", "interim", r, "percent", f"{r:.2f}", as_of=AS),
             F(P, None, "計", 2023, "今期", "current", "difference", "interim", d, "points", ("▲" if d < 0 else "") + f"{abs(d):.2f}", as_of=AS)])
y = pg.table(40, y + 24, [70, 65, 65, 48, 65, 65, 48, 69], rows, 16, 8.2, head=2, spans=spans, align={0: "l"},
             zebra=(0.94, 0.95, 0.97), rules="hr", shade=(0.85, 0.88, 0.93))
pg.text(40, y + 12, "（略称）国保税：国民健康保険税　介護料：介護保険料　後期高齢：後期高齢者医療保険料　住宅使用料：市営住宅使用料", 7.5)
pg.text(40, y + 24, "注）前年同期は前年度の同月末時点の額。差は今期の収納率から前年同期の収納率を差し引いたもの（▲は低下）。", 7.5)

# ---------------- page 2: monthly + chart
P = 2
pg = Pg(doc); frame(pg, P)
pg.text(40, 60, "３　月別収納状況（市税・現年度分）", 11, "G")
pg.text(40, 78, "表2　月別収納状況（累計）", 9, "G")
caT, ccT = V["市税"]["this"]["current"]; caL, ccL = V["市税"]["last"]["current"]
rows = [["月", "令和5年度", None, "令和4年度", None, "差"], [None, "収入済額（千円）", "収納率（％）", "収入済額（千円）", "収納率（％）", "（ポイント）"]]
spans = {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2), (0, 5): (1, 1)}
for i, mo in enumerate(MONTHS):
    row = [mo]
    if i == 10:
        cT = ccT
    elif MT[i] is None:
        cT = None
    else:
        cT = int(caT * MT[i] / 100)
    cL = int(caL * (ML[i] if ML[i] is not None else 92.68) / 100) if i != 10 else ccL
    if cT is None:
        row += ["－", "－"]
        rT = None
    else:
        rT = rate(cT, caT)
        row += [F(P, "市税", "市税", 2023, "令和5年度", "current", "collected", "interim", sen(cT) * 1000, "yen", comma(sen(cT)), as_of=mdate(i, 2023)),
                F(P, "市税", "市税", 2023, "令和5年度", "current", "collection_rate", "interim", rT, "percent", f"{rT:.2f}", as_of=mdate(i, 2023))]
    rL = rate(cL, caL)
    row += [F(P, "市税", "市税", 2022, "令和4年度", "current", "collected", "interim", sen(cL) * 1000, "yen", comma(sen(cL)), as_of=mdate(i, 2022)),
            F(P, "市税", "市税", 2022, "令和4年度", "current", "collection_rate", "interim", rL, "percent", f"{rL:.2f}", as_of=mdate(i, 2022))]
    if rT is None:
        row.append("－")
    else:
        d = round(rT - rL, 2)
        row.append(F(P, "市税", "市税", 2023, "令和5年度", "current", "difference", "interim", d, "points", ("▲" if d < 0 else "") + f"{abs(d):.2f}", as_of=mdate(i, 2023)))
    rows.append(row)
y = pg.table(40, 86, [60, 95, 80, 95, 80, 105], rows, 16, 8.3, head=2, spans=spans, align={0: "c"})
pg.text(40, y + 12, "注）収納率は各年度の現年度分調定額に対する累計収入済額の割合。3月末の令和5年度分は未確定のため「－」。", 7.5)
# bar chart
y0 = y + 42
pg.text(40, y0, "４　収入未済額の推移（全債権）", 11, "G")
bars = [(2019, "令和元年度", 468.5, "actual"), (2020, "令和2年度", 451.2, "actual"), (2021, "3年度", 437.9, "actual"),
        (2022, "4年度", 412.3, "actual"), (2023, "5年度見込", 398.6, "estimate")]
cx0, cy_base, ch = 90, y0 + 210, 160
pg.text(60, y0 + 22, "（百万円）", 7.5)
pg.line(cx0 - 10, cy_base, 520, cy_base, 0.8)
for gv in (100, 200, 300, 400, 500):
    yy = cy_base - gv / 500 * ch
    pg.line(cx0 - 10, yy, 520, yy, 0.3, (0.7, 0.7, 0.7))
    pg.text(cx0 - 14, yy + 3, str(gv), 7, "M", "r")
for i, (fy, lab, v, b) in enumerate(bars):
    bx = cx0 + 15 + i * 85
    top = cy_base - v / 500 * ch
    pg.rect(bx, top, bx + 45, cy_base, 0.4, fill=(0.55, 0.65, 0.8) if b == "actual" else (0.85, 0.85, 0.85))
    pg.text(bx + 22.5, top - 4, F(P, None, None, fy, lab, "total", "outstanding", b, int(round(v * 1e6)), "yen", f"{v:.1f}"), 8, "G", "c")
    pg.text(bx + 22.5, cy_base + 12, lab, 7.5, "M", "c")
yy = cy_base + 34
txt = (f"令和4年度決算の収入未済額は{F(P, None, None, 2022, '令和4年度', 'total', 'outstanding', 'actual', 412300000, 'yen', '約4億1,230万円', approx=True)}で、"
       f"令和元年度の{F(P, None, None, 2019, '令和元年度', 'total', 'outstanding', 'actual', 468500000, 'yen', '約4億6,850万円', approx=True)}から"
       f"{F(P, None, None, 2022, '令和4年度', 'total', 'difference', 'actual', -56200000, 'yen', '約5,620万円', approx=True)}縮減しました。"
       f"令和5年度末は{F(P, None, None, 2023, '令和5年度末', 'total', 'outstanding', 'estimate', 398600000, 'yen', '約3億9,860万円', approx=True)}まで減少する見込みです。")
pg.para(40, yy, 515, txt, 9.2)

# ---------------- page 3: debts as columns + districts
P = 3
pg = Pg(doc); frame(pg, P)
pg.text(40, 60, "５　債権別の収納率と年度末見込", 11, "G")
pg.text(40, 78, "表3　債権別の収納率と年度末見込", 9, "G"); pg.text(555, 78, "（単位：％）", 8, "M", "r")
hdr = ["区分"] + [b[1] for b in B]
rows = [hdr]
def rr(label, fn):
    rows.append([label] + [fn(b) for b in B])
rr("2月末 現年度分", lambda b: F(P, b[0], b[1], 2023, "2月末", "current", "collection_rate", "interim", rate(*V[b[0]]["this"]["current"][::-1]), "percent", f"{rate(*V[b[0]]['this']['current'][::-1]):.2f}", as_of=AS))
rr("2月末 滞納繰越分", lambda b: F(P, b[0], b[1], 2023, "2月末", "arrears", "collection_rate", "interim", rate(*V[b[0]]["this"]["arrears"][::-1]), "percent", f"{rate(*V[b[0]]['this']['arrears'][::-1]):.2f}", as_of=AS))
rr("前年同月 滞納繰越分", lambda b: F(P, b[0], b[1], 2022, "前年同月", "arrears", "collection_rate", "interim", rate(*V[b[0]]["last"]["arrears"][::-1]), "percent", f"{rate(*V[b[0]]['last']['arrears'][::-1]):.2f}", as_of=ASL))
rr("決算見込 現年度分", lambda b: F(P, b[0], b[1], 2023, "決算見込", "current", "collection_rate", "estimate", b[10], "percent", f"{b[10]:.2f}"))
rr("目標 現年度分", lambda b: F(P, b[0], b[1], 2023, "目標", "current", "collection_rate", "target", b[11], "percent", f"{b[11]:.2f}"))
rr("R4決算 現年度分", lambda b: F(P, b[0], b[1], 2022, "R4決算", "current", "collection_rate", "actual", b[12], "percent", f"{b[12]:.2f}"))
def ratio(b):
    v = round(V[b[0]]["this"]["current"][1] / V[b[0]]["last"]["current"][1] * 100, 1)
    return F(P, b[0], b[1], 2023, "前年同期比", "current", "ratio_to_previous_year", "interim", v, "percent", f"{v:.1f}", as_of=AS)
rr("収入済額 前年同期比", ratio)
y = pg.table(40, 86, [100] + [59.2] * 7, rows, 17, 8.2, head=1, align={0: "l"})
pg.text(40, y + 12, "注）収入済額前年同期比は現年度分の収入済額を前年同月末の額で除したもの。目標は令和5年度債権回収目標による。", 7.5)
# districts (円)
y += 36
pg.text(40, y, "６　地区別の収納状況（市税・現年度分）", 11, "G")
pg.text(40, y + 18, "表4　地区別の収納状況", 9, "G")
DIST = [("遠野地区", .305, .9388, .9345), ("綾織地区", .088, .9295, .9261), ("小友地区", .052, .9204, .9188), ("附馬牛地区", .041, .9152, .9170),
        ("松崎地区", .112, .9331, .9290), ("土淵地区", .067, .9248, .9201), ("青笹地区", .071, .9276, .9233), ("上郷地区", .083, .9187, .9140), ("宮守地区", None, .9266, .9222)]
rows = [["地区", "調定額（円）", "収入済額（円）", "収納率（％）", "前年同月（％）"]]
sa = sc = 0
for i, (nm, sh, r_, rl_) in enumerate(DIST):
    a = int(caT * sh) if sh else caT - sa
    c = int(a * r_) if sh else ccT - sc
    sa += a; sc += c
    r = rate(c, a)
    rows.append([nm, F(P, "市税", "市税", 2023, "2月末", "current", "assessed", "interim", a, "yen", comma(a), as_of=AS, area=nm),
                 F(P, "市税", "市税", 2023, "2月末", "current", "collected", "interim", c, "yen", comma(c), as_of=AS, area=nm),
                 F(P, "市税", "市税", 2023, "2月末", "current", "collection_rate", "interim", r, "percent", f"{r:.2f}", as_of=AS, area=nm),
                 F(P, "市税", "市税", 2022, "前年同月", "current", "collection_rate", "interim", round(rl_ * 100, 2), "percent", f"{rl_ * 100:.2f}", as_of=ASL, area=nm)])
rL = rate(ccL, caL)
rows.append(["計", F(P, "市税", "市税", 2023, "2月末", "current", "assessed", "interim", caT, "yen", comma(caT), as_of=AS),
             F(P, "市税", "市税", 2023, "2月末", "current", "collected", "interim", ccT, "yen", comma(ccT), as_of=AS),
             F(P, "市税", "市税", 2023, "2月末", "current", "collection_rate", "interim", rate(ccT, caT), "percent", f"{rate(ccT, caT):.2f}", as_of=AS),
             F(P, "市税", "市税", 2022, "前年同月", "current", "collection_rate", "interim", rL, "percent", f"{rL:.2f}", as_of=ASL)])
y = pg.table(40, y + 26, [95, 120, 120, 90, 90], rows, 16, 8.3, head=1, align={0: "l"})
pg.text(40, y + 12, "注）地区は納税義務者の住所地による。表1・表3は千円単位、本表は円単位で表示。", 7.5)

# ---------------- page 4: 取組
P = 4
pg = Pg(doc); frame(pg, P)
pg.text(40, 60, "７　債権別の主な取組と実施状況", 11, "G")
SEC = "債権別の主な取組と実施状況"
ITEMS = [("市税", "市税", [("(1)", "納期限後の早期催告を徹底し、現年度分の滞納発生を抑制する。", "継続"),
                          ("(2)", "岩手県地方税特別滞納整理機構へ高額事案を引き継ぎ、滞納処分を進める。", "継続"),
                          ("(3)", "地方税統一QRコードを活用したスマートフォン決済の利用を周知する。", "新規")], "(1)(2)実施中、(3)10月から周知開始"),
         ("国民健康保険税", "国保税", [("(1)", "短期被保険者証の更新時に納付相談を行い、分納計画を見直す。", "継続"),
                               ("(2)", "市税との合同催告により、財産調査から差押えまでの期間を短縮する。", "拡充")], "(1)実施済、(2)12月に合同催告"),
         ("保育料", "保育料", [("(1)", "児童手当からの特別徴収（申出徴収）を勧奨する。", "継続"),
                          ("(2)", "退園者の未納分について、文書催告と電話催告を組み合わせて実施する。", "継続")], "(1)(2)実施中"),
         ("市営住宅使用料", "住宅使用料", [("(1)", "3か月以上の滞納者に対して連帯保証人への通知を行う。", "継続"),
                                  ("(2)", "長期滞納者には明渡請求を前提とした法的措置を検討する。", "拡充")], "(1)実施中、(2)2件を準備中")]
rows = [["債権", "主な取組", "実施状況"]]
rowh = {0: 16}
def wrap(pg, s, width, fs):
    import re
    out, line = [], ""
    for ch in re.findall(r"【[^】]*】|.", s):
        if pg.tl(line + ch, fs) > width:
            out.append(line); line = ""
        line += ch
    out.append(line)
    return out
for full, ab, its, stt in ITEMS:
    lines = []
    for lb, tx, sta in its:
        G.init(P, full, ab, 2023, SEC, lb, tx, sta)
        lines += wrap(pg, f"{lb}{tx}【{sta}】", 290, 8.2)
    rows.append([ab, "\n".join(lines), "\n".join(wrap(pg, stt, 115, 8.2))])
    rowh[len(rows) - 1] = 10.5 * len(lines) + 8
y = pg.table(40, 70, [75, 300, 140], rows, 16, 8.2, head=1, align={0: "c", 1: "l", 2: "l"}, rowh=rowh)
y += 26
pg.text(40, y, "８　滞納者数等の状況（2月末現在）", 11, "G")
pg.text(555, y + 14, "（単位：人、件）", 8, "M", "r")
DL = [("市税", "市税", 842, 881, 96, 88), ("国民健康保険税", "国保税", 455, 478, 41, 37), ("保育料", "保育料", 37, 33, 0, 0), ("市営住宅使用料", "住宅使用料", 64, 71, 3, 2)]
rows = [["債権", "滞納者数", None, None, "差押件数", None], [None, "前年同期", "今期", "増減", "前年同期", "今期"]]
spans = {(0, 0): (2, 1), (0, 1): (1, 3), (0, 4): (1, 2)}
for full, ab, t, l, st_, stl in DL:
    rows.append([ab, F(P, full, ab, 2022, "前年同期", "total", "delinquents", "interim", l, "persons", f"{l:,}", as_of=ASL),
                 F(P, full, ab, 2023, "今期", "total", "delinquents", "interim", t, "persons", f"{t:,}", as_of=AS),
                 F(P, full, ab, 2023, "今期", "total", "difference_delinquents", "interim", t - l, "persons", ("▲" if t < l else "") + f"{abs(t - l)}", as_of=AS),
                 F(P, full, ab, 2022, "前年同期", "total", "seizures", "interim", stl, "cases", str(stl), as_of=ASL) if stl else "－",
                 F(P, full, ab, 2023, "今期", "total", "seizures", "interim", st_, "cases", str(st_), as_of=AS) if st_ else "－"])
y = pg.table(40, y + 20, [95, 85, 85, 80, 85, 85], rows, 16, 8.3, head=2, spans=spans, align={0: "l"})
pg.text(40, y + 12, "注）滞納者数は各債権の実人数。差押件数は年度当初からの累計。", 7.5)
pg.text(40, y + 40, "９　今後の取組", 11, "G")
y2 = pg.para(40, y + 58, 515, "年度末に向けて、現年度分の未納者への催告を重点的に実施するとともに、滞納繰越分については財産調査の結果に基づき、"
             "滞納処分又は執行停止の判断を速やかに行います。次回の債権管理推進会議において、令和5年度決算見込と令和6年度の取組方針を報告します。", 9.2)

doc.subset_fonts()
pdf = Path("pdf") / f"{STEM}.pdf"
doc.save(pdf, garbage=4, deflate=True)
G.write(pdf, "gold")
bad = check(pdf, G)
print(STEM, "pages", fitz.open(pdf).page_count, "facts", len(G.facts), "inits", len(G.inits), "bad", len(bad))
for b in bad[:20]:
    print(b)
