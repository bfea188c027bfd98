"""sd_nantan_progress_1: mid-year 収納対策 取組状況 (令和6年2月末現在), drawn directly with PyMuPDF.
Run from corpus/dev67:  python3 build/sd_nantan_progress.py"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fitz  # noqa: E402

from sd_common import Gold, PDF_DIR, comma, rate, signed, zen, check  # noqa: E402
from sd_fitzlib import setup, text, textbox, table, header_footer  # noqa: E402

STEM = "sd_nantan_progress_1"
CITY = "南丹市"
G = Gold(STEM, "progress_report", "progress", CITY,
         "令和5年度 市税等の収納対策に係る取組状況について（令和6年2月末現在）",
         "2024-03-15", "令和6年3月15日")
ASOF, ASOF_PREV = "2024-02-29", "2023-02-28"
FY, FYP = 2023, 2022
HDR_L, HDR_R = "令和5年度 市税等の収納対策に係る取組状況", "南丹市 総務部税務課"

# ---------------- data ----------------
# 市税 in yen: (assessed, collected) current / arrears, this year (R5 Feb) and last year (R4 Feb)
TAX = {"cur": {FY: (3412865400, 3270210300), FYP: (3356120800, 3205437000)},
       "arr": {FY: (298417600, 73402100), FYP: (321806300, 75320000)}}
# other debts in 千円: full name, short name, 所管課, cur(R5), arr(R5), cur(R4), arr(R4)
OTH = [
    ("国民健康保険税", "国保税", "税務課", (612480, 541433), (248905, 41320), (628110, 556504), (262318, 43012)),
    ("介護保険料", "介護料", "高齢福祉課", (498226, 488104), (21873, 3904), (489540, 479120), (23108, 4215)),
    ("後期高齢者医療保険料", "後期高齢", "保険医療課", (221065, 219350), (3412, 1118), (214882, 213040), (3905, 1270)),
    ("保育所保育料", "保育料", "子育て支援課", (88214, 86930), (9876, 1582), (91530, 90015), (10842, 1701)),
    ("住宅使用料", "住宅使用料", "都市計画課", (64318, 61922), (18740, 2310), (65102, 62430), (19615, 2088)),
]
LEGEND = "国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、住宅使用料＝市営住宅使用料"

pdf = fitz.open()


def new_page(landscape=False, num=None):
    p = pdf.new_page(width=842 if landscape else 595, height=595 if landscape else 842)
    setup(p)
    header_footer(p, HDR_L, HDR_R, f"- {num} -")
    return p


def r2(c, a):
    return rate(c, a, 2)


# ====================== page 1 ======================
P = 1
pg = new_page(num=P)
textbox(pg, (40, 50, 555, 90), "令和５年度 市税等の収納対策に係る取組状況について\n（令和６年２月末現在）", size=15, align=1)
textbox(pg, (380, 98, 555, 126), "令和6年3月15日\n南丹市 総務部税務課", size=9, align=2)
y = 140
text(pg, 40, y, "１　概要", size=12)
tc_a, tc_c = TAX["cur"][FY]
tp_a, tp_c = TAX["cur"][FYP]
ta_a, ta_c = TAX["arr"][FY]
tpa_a, tpa_c = TAX["arr"][FYP]
rc5, rc4 = r2(tc_c, tc_a), r2(tp_c, tp_a)
ra5, ra4 = rate(ta_c, ta_a, 1), rate(tpa_c, tpa_a, 1)
out5 = (tc_a - tc_c) + (ta_a - ta_c)
out4 = (tp_a - tp_c) + (tpa_a - tpa_c)
d_cur = round(rc5 - rc4, 2)
d_arr = round(ra5 - ra4, 1)
o5_man = round(out5 / 1e6) * 100  # 万円 rounded to 100万
d_out_man = round((out4 - out5) / 1e5) * 10


def man(n):  # n in 万円 -> "3億6,800万円"
    oku, rest = divmod(n, 10000)
    return (f"{oku}億" if oku else "") + (f"{rest:,}万" if rest else "") + "円"


raw_rc5 = f"{rc5:.2f}％"
raw_dc = f"{d_cur:.2f}ポイント"
raw_ra5 = f"{ra5:.1f}％"
raw_da = f"{d_arr:.1f}ポイント"
raw_o5 = f"約{man(o5_man)}"
raw_do = f"約{man(d_out_man)}"
para = ("　令和6年2月末現在における市税の収納率は、現年課税分が" + raw_rc5 + "で、前年同月と比べ" + raw_dc +
        "上昇しました。滞納繰越分は" + raw_ra5 + "で、前年同月から" + raw_da + "改善しています。"
        "　また、市税の収入未済額は2月末時点で" + raw_o5 + "となり、前年同月から" + raw_do +
        "減少しました。引き続き、出納閉鎖に向けて現年課税分の早期納付勧奨と滞納繰越分の整理に取り組みます。")
textbox(pg, (48, y + 8, 550, y + 78), para, size=9.5, lh=1.5)
G.fact(P, "市税", "市税", FY, "令和6年2月末", "current", "collection_rate", "interim", rc5, "percent", raw_rc5, as_of=ASOF)
G.fact(P, "市税", "市税", FY, "令和6年2月末", "current", "difference", "interim", d_cur, "points", raw_dc, as_of=ASOF)
G.fact(P, "市税", "市税", FY, "令和6年2月末", "arrears", "collection_rate", "interim", ra5, "percent", raw_ra5, as_of=ASOF)
G.fact(P, "市税", "市税", FY, "令和6年2月末", "arrears", "difference", "interim", d_arr, "points", raw_da, as_of=ASOF)
G.fact(P, "市税", "市税", FY, "2月末時点", "total", "outstanding", "interim", o5_man * 10000, "yen", raw_o5, approx=True, as_of=ASOF)
G.fact(P, "市税", "市税", FY, "2月末時点", "total", "difference", "interim", -d_out_man * 10000, "yen", raw_do, approx=True, as_of=ASOF)

# key panels (variation 49)
y = 232
text(pg, 40, y, "２　主な指標（令和6年2月末）", size=12)
kk_a5, kk_c5 = OTH[0][3]
kk_a4, kk_c4 = OTH[0][5]
kr5, kr4 = rate(kk_c5, kk_a5, 1), rate(kk_c4, kk_a4, 1)
all_out = out5 + sum(((o[3][0] - o[3][1]) + (o[4][0] - o[4][1])) * 1000 for o in OTH)
panels = [
    ("市税 収納率（現年課税分）", "R6.2月末", raw_rc5, f"前年同月比 ＋{d_cur:.2f}ポイント"),
    ("国保税 収納率（現年分）", "R6.2月末", f"{kr5:.1f}％", f"前年同月比 {signed(kr5 - kr4, 1, minus='▲', plus='＋')}ポイント"),
    ("収入未済額（全債権）", "R6.2月末", f"{all_out / 1e8:.2f}億円", "市税及び主要5債権の合計"),
]
for i, (lab, yr, val, sub) in enumerate(panels):
    x0 = 40 + i * 174
    r = fitz.Rect(x0, y + 10, x0 + 164, y + 92)
    pg.draw_rect(r, color=(0.1, 0.3, 0.6), width=1.2, fill=(0.93, 0.96, 1))
    textbox(pg, (x0 + 4, y + 14, x0 + 160, y + 40), lab + "\n" + yr, size=8.5, align=1)
    textbox(pg, (x0 + 4, y + 44, x0 + 160, y + 66), val, size=15, align=1)
    textbox(pg, (x0 + 4, y + 70, x0 + 160, y + 88), sub, size=8, align=1)
G.fact(P, "市税", "市税", FY, "R6.2月末", "current", "collection_rate", "interim", rc5, "percent", raw_rc5, as_of=ASOF)
G.fact(P, "市税", "市税", FY, "R6.2月末", "current", "difference", "interim", d_cur, "points", f"＋{d_cur:.2f}ポイント", as_of=ASOF)
G.fact(P, "国民健康保険税", "国保税", FY, "R6.2月末", "current", "collection_rate", "interim", kr5, "percent", f"{kr5:.1f}％", as_of=ASOF)
G.fact(P, "国民健康保険税", "国保税", FY, "R6.2月末", "current", "difference", "interim", round(kr5 - kr4, 1), "points",
       signed(kr5 - kr4, 1, minus="▲", plus="＋") + "ポイント", as_of=ASOF)
G.fact(P, None, "収入未済額（全債権）", FY, "R6.2月末", "total", "outstanding", "interim", round(all_out / 1e6) * 1e6, "yen",
       f"{all_out / 1e8:.2f}億円", as_of=ASOF)

# bracketed metric heading over bullets labelled by segment (variation 11)
y = 350
text(pg, 40, y, "３　市税の収納状況", size=12)
rt5 = r2(tc_c + ta_c, tc_a + ta_a)
text(pg, 52, y + 24, "【収納率】令和６年２月末時点", size=10.5)
bl = [("現年課税分", f"{rc5:.2f}％", "current", rc5), ("滞納繰越分", f"{ra5:.1f}％", "arrears", ra5),
      ("合計", f"{rt5:.2f}％", "total", rt5)]
for i, (lab, v, seg, val) in enumerate(bl):
    text(pg, 64, y + 44 + i * 17, f"・{lab}　{v}", size=10)
    G.fact(P, "市税", "市税", FY, "令和６年２月末時点", seg, "collection_rate", "interim", val, "percent", v, as_of=ASOF)
text(pg, 300, y + 24, "【収入未済額】令和６年２月末時点", size=10.5)
ob = [("現年課税分", tc_a - tc_c, "current"), ("滞納繰越分", ta_a - ta_c, "arrears"), ("合計", out5, "total")]
for i, (lab, v, seg) in enumerate(ob):
    raw = f"{comma(v)}円"
    text(pg, 312, y + 44 + i * 17, f"・{lab}　{raw}", size=10)
    G.fact(P, "市税", "市税", FY, "令和６年２月末時点", seg, "outstanding", "interim", v, "yen", raw, as_of=ASOF)

y = 460
text(pg, 40, y, "４　本報告の構成", size=12)
textbox(pg, (52, y + 8, 550, y + 90),
        "（１）債権別の収納状況（前年同期との比較）………… 2ページ\n"
        "（２）月別収納状況（市税現年課税分）………………… 3ページ\n"
        "（３）地区別の収納状況（市税）………………………… 4ページ\n"
        "（４）主な取組の実施状況………………………………… 5ページ\n"
        "（５）年度末に向けた見込み……………………………… 6ページ", size=9.5, lh=1.5)
textbox(pg, (52, y + 110, 550, y + 150),
        "※ 本資料の数値は令和6年2月末現在の速報値であり、出納整理期間後の決算額とは一致しない場合があります。",
        size=8.5)

# ====================== page 2 ======================
P = 2
pg = new_page(num=P)
text(pg, 40, 56, "（１）債権別の収納状況（令和5年度2月末と令和4年度2月末の比較）", size=12)
text(pg, 40, 80, "ア　市税の収納状況", size=10.5)
text(pg, 470, 80, "（単位：円、％）", size=8)
rows = [
    [{"t": "区分", "rs": 2}, {"t": "前年同期", "cs": 3}, None, None, {"t": "今期", "cs": 3}, None, None,
     {"t": "収入済額\n前年同期比", "rs": 2}, {"t": "収納率\n増減", "rs": 2}],
    [None, "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率", None, None],
]
segs = [("現年課税分", "cur", "current"), ("滞納繰越分", "arr", "arrears")]
tot = {FY: [0, 0], FYP: [0, 0]}
for lab, k, seg in segs + [("計", None, "total")]:
    if k:
        (a4, c4), (a5, c5) = TAX[k][FYP], TAX[k][FY]
        for yy, (aa, cc) in ((FYP, (a4, c4)), (FY, (a5, c5))):
            tot[yy][0] += aa
            tot[yy][1] += cc
    else:
        a4, c4 = tot[FYP]
        a5, c5 = tot[FY]
    dec = 2 if seg == "current" or seg == "total" else 1
    q4, q5 = rate(c4, a4, dec), rate(c5, a5, dec)
    ratio = rate(c5, c4, 1)
    dq = round(q5 - q4, dec)
    cells = [lab, comma(a4), comma(c4), f"{q4:.{dec}f}", comma(a5), comma(c5), f"{q5:.{dec}f}",
             f"{ratio:.1f}", signed(dq, dec)]
    rows.append([{"t": lab, "align": 1}] + [{"t": t, "align": 2} for t in cells[1:]])
    for yy, yr, aa, cc, qq, asof in ((FYP, "前年同期", a4, c4, q4, ASOF_PREV), (FY, "今期", a5, c5, q5, ASOF)):
        G.fact(P, "市税", "市税", yy, yr, seg, "assessed", "interim", aa, "yen", comma(aa), as_of=asof)
        G.fact(P, "市税", "市税", yy, yr, seg, "collected", "interim", cc, "yen", comma(cc), as_of=asof)
        G.fact(P, "市税", "市税", yy, yr, seg, "collection_rate", "interim", qq, "percent", f"{qq:.{dec}f}", as_of=asof)
    G.fact(P, "市税", "市税", FY, "今期", seg, "collected_ratio_prev_year", "interim", ratio, "percent", f"{ratio:.1f}", as_of=ASOF)
    G.fact(P, "市税", "市税", FY, "今期", seg, "difference", "interim", dq, "points", signed(dq, dec), as_of=ASOF)
y = table(pg, 40, 88, [62, 62, 62, 36, 62, 62, 36, 56, 42], rows, [14, 14, 18, 18, 18], size=7.5, header_rows=2)
textbox(pg, (40, y + 3, 555, y + 28), "※ 前年同期は令和5年2月末、今期は令和6年2月末の累計。収入済額前年同期比は今期÷前年同期（％）、収納率増減はポイント。",
        size=7.5)

y += 44
text(pg, 40, y, "イ　その他の主な債権の収納状況", size=10.5)
rows = [
    [{"t": "債権名", "rs": 2}, {"t": "現年分", "cs": 3}, None, None, {"t": "滞納繰越分", "cs": 3}, None, None,
     {"t": "収入未済額（千円）", "rs": 2}],
    [None, "調定額（千円）", "収入済額（千円）", "収納率（％）", "調定額（千円）", "収入済額（千円）", "収納率（％）", None],
]
rh = [16, 22]
for full, short, _, c5, a5, c4, a4 in OTH:
    for yy, cur, arr, asof in ((FY, c5, a5, ASOF), (FYP, c4, a4, ASOF_PREV)):
        yr = "上段（令和5年度）" if yy == FY else "下段（令和4年度）"
        q1, q2 = rate(cur[1], cur[0], 1), rate(arr[1], arr[0], 1)
        outs = (cur[0] - cur[1]) + (arr[0] - arr[1])
        first = {"t": short, "rs": 2, "align": 1} if yy == FY else None
        rows.append([first] + [{"t": t, "align": 2} for t in
                               (comma(cur[0]), comma(cur[1]), f"{q1:.1f}", comma(arr[0]), comma(arr[1]), f"{q2:.1f}", comma(outs))])
        rh.append(15)
        for seg, (aa, cc), qq in (("current", cur, q1), ("arrears", arr, q2)):
            G.fact(P, full, short, yy, yr, seg, "assessed", "interim", aa * 1000, "yen", comma(aa), as_of=asof)
            G.fact(P, full, short, yy, yr, seg, "collected", "interim", cc * 1000, "yen", comma(cc), as_of=asof)
            G.fact(P, full, short, yy, yr, seg, "collection_rate", "interim", qq, "percent", f"{qq:.1f}", as_of=asof)
        G.fact(P, full, short, yy, yr, "total", "outstanding", "interim", outs * 1000, "yen", comma(outs), as_of=asof)
y = table(pg, 40, y + 8, [64, 66, 66, 50, 66, 66, 50, 87], rows, rh, size=7.5, zebra=None, header_rows=2)
textbox(pg, (40, y + 3, 555, y + 60),
        "注1）上段：令和5年度（令和6年2月末）、下段：令和4年度（令和5年2月末）\n注2）" + LEGEND +
        "\n注3）収入未済額は現年分と滞納繰越分の合計（調定額−収入済額）。", size=7.5, lh=1.35)
kk = OTH[0]
raw_fn1 = f"{comma(kk[3][0] - kk[3][1])}千円"
raw_fn2 = f"{comma(kk[4][0] - kk[4][1])}千円"
textbox(pg, (40, y + 62, 555, y + 90),
        f"※ 国保税の収入未済額の内訳（2月末）　現年分 {raw_fn1}、滞納繰越分 {raw_fn2}", size=7.5)
G.fact(P, "国民健康保険税", "国保税", FY, "2月末", "current", "outstanding", "interim", (kk[3][0] - kk[3][1]) * 1000, "yen", raw_fn1, as_of=ASOF)
G.fact(P, "国民健康保険税", "国保税", FY, "2月末", "arrears", "outstanding", "interim", (kk[4][0] - kk[4][1]) * 1000, "yen", raw_fn2, as_of=ASOF)

# ====================== page 3 ======================
P = 3
pg = new_page(num=P)
text(pg, 40, 56, "（２）月別収納状況（市税・現年課税分、累計）", size=12)
text(pg, 470, 76, "（単位：％）", size=8)
months = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]
r5 = [7.85, 18.42, 30.16, 38.90, 47.31, 55.02, 62.48, 70.10, 79.94, 87.21, rc5, None]
r4 = [7.62, 18.10, 29.84, 38.51, 47.02, 54.66, 62.15, 69.83, 79.40, 86.95, rc4, 98.91]
mdays = {4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31, 1: 31, 2: 28, 3: 31}


def asof(fy, m):
    yr = fy if m >= 4 else fy + 1
    d = mdays[m]
    if m == 2 and yr % 4 == 0:
        d = 29
    return f"{yr}-{m:02d}-{d:02d}"


mnum = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
rows = [[{"t": "市税現年課税分", "rs": 4, "vert": True, "fill": (0.85, 0.85, 0.85)}, "区分"] + months,
        [None, "R5年度"], [None, "R4年度"], [None, "差"]]
for i, m in enumerate(mnum):
    v5, v4 = r5[i], r4[i]
    rows[1].append({"t": f"{v5:.2f}" if v5 is not None else "－", "align": 2})
    rows[2].append({"t": f"{v4:.2f}", "align": 2})
    rows[3].append({"t": signed(v5 - v4, 2) if v5 is not None else "－", "align": 2})
    if v5 is not None:
        G.fact(P, "市税", "市税現年課税分", FY, "R5年度", "current", "collection_rate", "interim", v5, "percent", f"{v5:.2f}", as_of=asof(FY, m))
        G.fact(P, "市税", "市税現年課税分", FY, "R5年度", "current", "difference", "interim", round(v5 - v4, 2), "points", signed(v5 - v4, 2), as_of=asof(FY, m))
    G.fact(P, "市税", "市税現年課税分", FYP, "R4年度", "current", "collection_rate", "interim", v4, "percent", f"{v4:.2f}", as_of=asof(FYP, m))
for rr in rows[1:]:
    rr[1] = {"t": rr[1], "align": 1, "fill": (0.93, 0.93, 0.93)}
y = table(pg, 40, 82, [22, 38] + [37.9] * 12, rows, [16, 16, 16, 16], size=7, header_rows=1)
textbox(pg, (40, y + 3, 555, y + 18), "※ 差は令和5年度と令和4年度の同月末収納率の差（ポイント）。令和6年2月末は閏年のため29日現在。", size=7.5)

# line chart with data labels (variation 25)
cy0, cy1, cx0, cx1 = y + 60, y + 330, 80, 540
text(pg, 40, y + 44, "図　市税（現年課税分）月末累計収納率の推移", size=10.5)
pg.draw_rect(fitz.Rect(cx0, cy0, cx1, cy1), color=(0.6, 0.6, 0.6), width=0.5)
for k in range(0, 101, 20):
    yy = cy1 - (cy1 - cy0) * k / 100
    pg.draw_line((cx0, yy), (cx1, yy), color=(0.85, 0.85, 0.85), width=0.4)
    text(pg, cx0 - 20, yy + 3, f"{k}", size=7)
step = (cx1 - cx0) / 12
for i, m in enumerate(months):
    text(pg, cx0 + step * i + 6, cy1 + 12, m, size=6.5)
for series, color, dy, lab in ((r5, (0.8, 0.1, 0.1), -6, "R5年度"), (r4, (0.1, 0.3, 0.7), 12, "R4年度")):
    pts = [(cx0 + step * i + step / 2, cy1 - (cy1 - cy0) * v / 100) for i, v in enumerate(series) if v is not None]
    pg.draw_polyline(pts, color=color, width=1.2)
    for i, (px, py) in enumerate(pts):
        pg.draw_circle((px, py), 1.8, color=color, fill=color)
    if lab == "R5年度":
        for i, (px, py) in enumerate(pts):
            v = series[i]
            text(pg, px - 10, py + dy, f"{v:.1f}", size=6.5, color=color)
            G.fact(P, "市税", "市税現年課税分", FY, "R5年度", "current", "collection_rate", "interim", round(v, 1), "percent",
                   f"{v:.1f}", as_of=asof(FY, mnum[i]))
pg.draw_line((cx0 + 10, cy1 + 30), (cx0 + 30, cy1 + 30), color=(0.8, 0.1, 0.1), width=1.2)
text(pg, cx0 + 34, cy1 + 33, "R5年度（データラベルは収納率％）", size=7.5)
pg.draw_line((cx0 + 220, cy1 + 30), (cx0 + 240, cy1 + 30), color=(0.1, 0.3, 0.7), width=1.2)
text(pg, cx0 + 244, cy1 + 33, "R4年度", size=7.5)

# ====================== page 4 (landscape) ======================
P = 4
pg = new_page(landscape=True, num=P)
text(pg, 40, 56, "（３）地区別の収納状況（市税、令和6年2月末）", size=12)
text(pg, 640, 76, "（金額：千円、率：％、人、件）", size=8)
share = [("園部地区", 0.418, 0.402, 1162, 88), ("八木地区", 0.297, 0.311, 851, 61),
         ("日吉地区", 0.158, 0.167, 455, 27), ("美山地区", None, None, 318, 19)]
tk = {k: [round(TAX[k][FY][0] / 1000), round(TAX[k][FY][1] / 1000)] for k in ("cur", "arr")}
prev_rates = {"園部地区": (95.66, 24.1), "八木地区": (95.31, 22.9), "日吉地区": (95.74, 23.8), "美山地区": (95.12, 21.7)}
acc = {"cur": [0, 0], "arr": [0, 0]}
rows = [
    [{"t": "地区", "rs": 2}, {"t": "現年課税分", "cs": 5}, None, None, None, None,
     {"t": "滞納繰越分", "cs": 5}, None, None, None, None, {"t": "滞納者数", "rs": 2}, {"t": "差押件数", "rs": 2}],
    [None, "調定額", "収入済額", "収納率", "前年同月", "差", "調定額", "収入済額", "収納率", "前年同月", "差", None, None],
]
dsum = [0, 0]
drows = []
for name, sa, sc, persons, seize in share:
    vals = {}
    for k, ssa, ssc in (("cur", sa, sc), ("arr", sa, sc)):
        if ssa is None:
            aa, cc = tk[k][0] - acc[k][0], tk[k][1] - acc[k][1]
        else:
            f = 1.0 if k == "cur" else 1.06
            aa = round(tk[k][0] * ssa * (1 if k == "cur" else 0.97))
            mult = {"cur": {"園部地区": 1.0003, "八木地区": 0.9996, "日吉地区": 0.9999},
                    "arr": {"園部地区": 1.04, "八木地区": 0.95, "日吉地区": 1.07}}[k][name]
            cc = round(aa * (tk[k][1] / tk[k][0]) * mult)
        acc[k][0] += aa
        acc[k][1] += cc
        vals[k] = (aa, cc)
    drows.append((name, vals, persons, seize))
    dsum[0] += persons
    dsum[1] += seize
drows.append(("合計", {k: tuple(tk[k]) for k in ("cur", "arr")}, dsum[0], dsum[1]))
prev_rates["合計"] = (rc4, ra4)
for name, vals, persons, seize in drows:
    area = None if name == "合計" else name
    row = [{"t": name, "align": 1, "fill": (0.93, 0.93, 0.93) if name == "合計" else None}]
    for k, seg, dec, pi in (("cur", "current", 2, 0), ("arr", "arrears", 1, 1)):
        aa, cc = vals[k]
        q = rate(cc, aa, dec)
        pq = prev_rates[name][pi]
        d = round(q - pq, dec)
        row += [comma(aa), comma(cc), f"{q:.{dec}f}", f"{pq:.{dec}f}", signed(d, dec, minus="▲")]
        G.fact(P, "市税", "市税", FY, "令和6年2月末", seg, "assessed", "interim", aa * 1000, "yen", comma(aa), as_of=ASOF, area=area)
        G.fact(P, "市税", "市税", FY, "令和6年2月末", seg, "collected", "interim", cc * 1000, "yen", comma(cc), as_of=ASOF, area=area)
        G.fact(P, "市税", "市税", FY, "令和6年2月末", seg, "collection_rate", "interim", q, "percent", f"{q:.{dec}f}", as_of=ASOF, area=area)
        G.fact(P, "市税", "市税", FYP, "前年同月", seg, "collection_rate", "interim", pq, "percent", f"{pq:.{dec}f}", as_of=ASOF_PREV, area=area)
        G.fact(P, "市税", "市税", FY, "令和6年2月末", seg, "difference", "interim", d, "points", signed(d, dec, minus="▲"), as_of=ASOF, area=area)
    row += [f"{persons:,}", f"{seize:,}"]
    G.fact(P, "市税", "市税", FY, "令和6年2月末", "total", "delinquents", "interim", persons, "persons", f"{persons:,}", as_of=ASOF, area=area)
    G.fact(P, "市税", "市税", FY, "令和6年2月末", "total", "seizures", "interim", seize, "cases", f"{seize:,}", as_of=ASOF, area=area)
    rows.append([row[0]] + [{"t": t, "align": 2, "fill": row[0].get("fill")} for t in row[1:]])
y = table(pg, 40, 84, [70, 74, 74, 44, 48, 40, 66, 66, 44, 48, 40, 60, 54], rows, [18, 18] + [22] * 5, size=8,
          zebra=(0.95, 0.97, 1), header_rows=2)
textbox(pg, (40, y + 4, 800, y + 44),
        "※1 地区は旧町単位（園部町・八木町・日吉町・美山町）で集計。合計は２ページの市税（今期）を千円単位に丸めた値。\n"
        "※2 前年同月は令和5年2月末の収納率。差はポイント。滞納者数は実人数、差押件数は令和5年4月から令和6年2月までの累計。", size=8, lh=1.4)
textbox(pg, (40, y + 60, 800, y + 120),
        "　地区別では、園部地区及び八木地区で現年課税分の収納率が前年同月を上回った一方、美山地区では高齢世帯の納付相談が増加しており、"
        "支所窓口での分割納付の相談対応を継続している。滞納繰越分は全地区で前年同月を上回った。", size=9, lh=1.5)

# ====================== page 5 ======================
P = 5
pg = new_page(num=P)
text(pg, 40, 56, "（４）主な取組の実施状況", size=12)
text(pg, 40, 78, "ア　市税（税務課）", size=10.5)
items = [
    ("①", "現年課税分の未納者に対し、納期限後20日以内に督促状を発送し、早期の自主納付を促した。", "継続", "◎"),
    ("②", "口座振替の新規登録を窓口及び転入手続時に勧奨し、登録率の向上を図った。", "継続", "○"),
    ("③", "スマートフォン決済アプリによる納付を全税目に拡大した。", "拡充", "◎"),
    ("④", "滞納繰越分について、預貯金・給与等の財産調査を前倒しで実施し、差押えを執行した。", "継続", "◎"),
    ("⑤", "京都地方税機構への引継案件の選定基準を見直し、高額・困難案件の移管を進めた。", "新規", "△"),
]
rows = [["No", "取組項目", ""]]
for lab, t, st, prog in items:
    rows.append([{"t": lab, "align": 1}, {"t": f"{t}【{st}】", "align": 0, "valign": "middle"}, {"t": prog, "align": 1}])
    G.init(P, "市税", FY, "主な取組の実施状況", lab, t, st)
y = table(pg, 40, 86, [30, 440, 45], rows, [16] + [30] * 5, size=8.5)
textbox(pg, (40, y + 3, 555, y + 16), "※ ◎：実施済、○：実施中、△：一部実施", size=7.5)

y += 30
text(pg, 40, y, "イ　国民健康保険税（保険医療課・税務課）", size=10.5)
box = fitz.Rect(48, y + 8, 547, y + 96)
pg.draw_rect(box, color=(0, 0, 0), width=0.8)
kitems = [
    ("・", "短期被保険者証の更新時に納付相談を実施し、分納誓約の履行状況を確認した。"),
    ("・", "資格喪失者に対し、喪失月以降の未納分について文書催告を行った。"),
    ("・", "高額滞納世帯について、市税と一体で財産調査及び滞納処分を行った。"),
]
t = "\n".join(f"{a}{b}" for a, b in kitems)
textbox(pg, (56, y + 14, 540, y + 92), "〔取組内容〕\n" + t, size=9, lh=1.5)
for a, b in kitems:
    G.init(P, "国民健康保険税", FY, "国民健康保険税", a, b, None)

y += 116
text(pg, 40, y, "ウ　その他の債権", size=10.5)
memo = [
    ("（ア）", "介護保険料", "介護保険料", [
        ("ａ", "普通徴収の未納者に対し、給付制限の内容を記載した案内文を同封して催告した。"),
        ("ｂ", "特別徴収への切替え時期を確認し、切替え前の未納分の納付を勧奨した。")]),
    ("（イ）", "保育所保育料", "保育所保育料", [
        ("ａ", "児童手当からの特別徴収（申出徴収）の活用を保護者に案内した。"),
        ("ｂ", "退所者の未納分について、住所調査の上、文書及び電話で催告した。")]),
    ("（ウ）", "市営住宅使用料", "住宅使用料", [
        ("ａ", "3か月以上の滞納者に連帯保証人への通知を行い、納付指導を強化した。"),
        ("ｂ", "退去滞納者について、支払督促の申立てを2件実施した。")]),
]
yy = y + 8
for lab, title, debt, its in memo:
    textbox(pg, (48, yy, 550, yy + 14), f"{lab}　{title}", size=9.5)
    yy += 15
    for l2, tx in its:
        textbox(pg, (60, yy, 550, yy + 28), f"{l2}　{tx}", size=9, lh=1.3)
        G.init(P, debt, FY, title, f"{lab}{l2}", tx, None)
        yy += 15

# ====================== page 6 (2段組) ======================
P = 6
pg = new_page(num=P)
text(pg, 40, 56, "（５）年度末に向けた見込み", size=12)
est = {  # (R4決算 cur, R5目標 cur, R5見込 cur, R4決算 arr, R5目標 arr, R5見込 arr)
    "市税": ("市税", 99.05, 99.00, 99.10, 27.4, 27.5, 28.0),
    "国民健康保険税": ("国保税", 94.6, 94.8, 94.5, 18.2, 18.5, 18.9),
    "介護保険料": ("介護料", 99.2, 99.2, 99.3, 19.8, 20.0, 19.5),
    "後期高齢者医療保険料": ("後期高齢", 99.6, 99.6, 99.6, 34.1, 35.0, 35.2),
    "保育所保育料": ("保育料", 98.9, 99.0, 99.0, 16.8, 17.0, 17.4),
    "住宅使用料": ("住宅使用料", 96.8, 97.0, 96.9, 12.1, 12.5, 12.8),
}
colL = fitz.Rect(40, 70, 290, 420)
colR = fitz.Rect(305, 70, 555, 420)
pg.draw_line((297.5, 72), (297.5, 418), width=0.3, color=(0.6, 0.6, 0.6))
left_parts, right_parts = [], []


def ptxt(debt, short, seg_lab, seg, v, basis, fy_raw, fy):
    raw = f"{v:.2f}％" if debt == "市税" and seg == "current" else f"{v:.1f}％"
    G.fact(P, debt, short, fy, fy_raw, seg, "collection_rate", basis, v, "percent", raw)
    return raw


e = est["市税"]
dd = round(e[3] - e[2], 2)
sL = ("■市税\n　令和5年度の決算見込は、現年課税分の収納率を" + ptxt("市税", "市税", "", "current", e[3], "estimate", "令和5年度", FY) +
      "、滞納繰越分を" + ptxt("市税", "市税", "", "arrears", e[6], "estimate", "令和5年度", FY) +
      "と見込んでいる。現年課税分は目標（" + ptxt("市税", "市税", "", "current", e[2], "target", "令和5年度", FY) +
      "）を" + f"{dd:.2f}ポイント" + "上回る見込みである。\n")
G.fact(P, "市税", "市税", FY, "令和5年度", "current", "difference", "estimate", dd, "points", f"{dd:.2f}ポイント")
e = est["国民健康保険税"]
dk = round(e[2] - e[3], 1)
sL += ("■国民健康保険税\n　現年分は令和4年度決算の" + ptxt("国民健康保険税", "国民健康保険税", "", "current", e[1], "actual", "令和4年度決算", FYP) +
       "を下回る" + ptxt("国民健康保険税", "国民健康保険税", "", "current", e[3], "estimate", "令和5年度", FY) +
       "を見込む。目標との差は" + f"{dk:.1f}ポイント" + "であり、3月の一斉催告と出納整理期間中の臨戸訪問により差の解消を目指す。")
G.fact(P, "国民健康保険税", "国民健康保険税", FY, "令和5年度", "current", "difference", "estimate", dk, "points", f"{dk:.1f}ポイント")
textbox(pg, colL, sL, size=9, lh=1.55)
sR = "■その他の債権\n"
for debt in ("介護保険料", "後期高齢者医療保険料", "保育所保育料", "住宅使用料"):
    e = est[debt]
    sR += ("　" + debt + "は、現年分" + ptxt(debt, debt, "", "current", e[3], "estimate", "令和5年度", FY) +
           "（目標" + ptxt(debt, debt, "", "current", e[2], "target", "令和5年度", FY) + "）、滞納繰越分" +
           ptxt(debt, debt, "", "arrears", e[6], "estimate", "令和5年度", FY) + "を見込む。\n")
sR += "　いずれも2月末時点の収納実績と前年度の3月・出納整理期間の収納状況を基に推計した。"
textbox(pg, colR, sR, size=9, lh=1.55)

y = 440
text(pg, 40, y, "表　年度末収納率の見込み（単位：％）", size=10.5)
rows = [[{"t": "債権名", "rs": 2}, {"t": "現年分", "cs": 4}, None, None, None, {"t": "滞納繰越分", "cs": 4}, None, None, None],
        [None, "R4決算", "R5目標", "R5見込", "見込−目標", "R4決算", "R5目標", "R5見込", "見込−目標"]]
for debt, e in est.items():
    short = e[0]
    row = [{"t": short, "align": 1}]
    for seg, base in (("current", 1), ("arrears", 4)):
        dec = 2 if (debt == "市税" and seg == "current") else 1
        a, t_, s_ = e[base], e[base + 1], e[base + 2]
        d = round(s_ - t_, dec)
        row += [{"t": f"{v:.{dec}f}", "align": 2} for v in (a, t_, s_)] + [{"t": signed(d, dec, minus="▲"), "align": 2}]
        G.fact(P, debt, short, FYP, "R4決算", seg, "collection_rate", "actual", a, "percent", f"{a:.{dec}f}")
        G.fact(P, debt, short, FY, "R5目標", seg, "collection_rate", "target", t_, "percent", f"{t_:.{dec}f}")
        G.fact(P, debt, short, FY, "R5見込", seg, "collection_rate", "estimate", s_, "percent", f"{s_:.{dec}f}")
        G.fact(P, debt, short, FY, "R5見込", seg, "difference", "estimate", d, "points", signed(d, dec, minus="▲"))
    rows.append(row)
y = table(pg, 40, y + 8, [75, 55, 55, 55, 55, 55, 55, 55, 55], rows, [16, 16] + [17] * 6, size=8, borders="hrule",
          head_fill=None, header_rows=2)
textbox(pg, (40, y + 4, 555, y + 30), "※ 見込は令和6年2月末の実績からの推計。略称は２ページ注2）のとおり。", size=7.5)

pdf.subset_fonts()
out = PDF_DIR / f"{STEM}.pdf"
pdf.save(out, garbage=4, deflate=True)
n = pdf.page_count
gp = G.write(out, n)
pages, bad = check(out, gp)
print(STEM, "pages", pages, "facts", len(G.facts), "inits", len(G.inits), "bad", len(bad))
for b in bad[:20]:
    print("  ", b)
