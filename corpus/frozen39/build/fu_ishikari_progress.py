"""fu_ishikari_progress_1: 石狩市 市税等の収納対策に係る取組状況（中間報告）. PyMuPDF drawing. Run from corpus/frozen39."""
import json
import sys
from pathlib import Path

import fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fu_common import Gold, ROOT, c, r2, rate, check  # noqa: E402

STEM = "fu_ishikari_progress_1"
G = Gold(STEM, "progress_report", "progress", "石狩市", "令和5年度 市税等の収納対策に係る取組状況（中間報告）",
         "2024-03-15", "令和6年3月15日")
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FG, FM = fitz.Font(fontfile=GOTH), fitz.Font(fontfile=MIN)
doc = fitz.open()
W, H = fitz.paper_size("a4")
AS_OF, AS_OF_PREV = "2024-02-29", "2023-02-28"


def newpage():
    pg = doc.new_page(width=W, height=H)
    pg.insert_font(fontname="G", fontfile=GOTH)
    pg.insert_font(fontname="M", fontfile=MIN)
    G.page = doc.page_count
    pg.insert_text((W / 2 - 12, H - 28), f"- {G.page} -", fontname="M", fontsize=9)
    return pg


def t(pg, x, y, s, size=10, font="M", color=(0, 0, 0)):
    pg.insert_text((x, y), s, fontname=font, fontsize=size, color=color)


def tr(pg, x_right, y, s, size=8.5, font="M"):
    f = FG if font == "G" else FM
    t(pg, x_right - f.text_length(s, size), y, s, size, font)


def tc(pg, x0, x1, y, s, size=8.5, font="M"):
    f = FG if font == "G" else FM
    t(pg, (x0 + x1) / 2 - f.text_length(s, size) / 2, y, s, size, font)


def para(pg, x, y, width, s, size=10, font="M", lh=1.6, indent=0):
    f = FG if font == "G" else FM
    line, lines = "", []
    first = True
    for ch in s:
        avail = width - (0 if first else indent)
        if f.text_length(line + ch, size) > avail and ch not in "、。）」":
            lines.append((line, first))
            line, first = ch, False
        else:
            line += ch
    lines.append((line, first))
    for ln, fst in lines:
        t(pg, x + (0 if fst else indent), y, ln, size, font)
        y += size * lh
    return y


def grid(pg, x, y, widths, heights, width=0.6):
    tot_w, tot_h = sum(widths), sum(heights)
    pg.draw_rect(fitz.Rect(x, y, x + tot_w, y + tot_h), width=width)
    return tot_w, tot_h


def cell(pg, x0, y0, x1, y1, fill=None, width=0.5):
    pg.draw_rect(fitz.Rect(x0, y0, x1, y1), color=(0, 0, 0), fill=fill, width=width)


def seg(a, r, wo=0):
    col = round(a * r / 100)
    return {"a": a, "c": col, "w": wo, "o": a - col - wo}


def tot(*ss):
    return {k: sum(s[k] for s in ss) for k in "acwo"}


def rt(s):
    return rate(s["c"], s["a"])


# interim data (千円): this year Feb-end / last year Feb-end
DEBTS = [("市税", "市税", (9102455, 93.12, 512330, 24.61), (8987310, 92.85, 566420, 23.90)),
         ("国民健康保険税", "国民健康保険税", (1584230, 81.44, 498750, 17.85), (1621884, 80.92, 521103, 16.20)),
         ("介護保険料", "介護保険料", (1398712, 92.36, 24115, 19.40), (1377650, 92.10, 25320, 18.12)),
         ("後期高齢者医療保険料", "後期高齢者医療保険料", (652330, 93.51, 6021, 35.70), (630118, 93.30, 6345, 33.91))]
I = {}
for name, raw, now, prev in DEBTS:
    I[name] = {}
    for key, (ca, cr, aa, ar) in (("now", now), ("prev", prev)):
        cu, arr = seg(ca, cr), seg(aa, ar)
        I[name][key] = {"current": cu, "arrears": arr, "total": tot(cu, arr)}

# ======================= page 1 =======================
pg = newpage()
t(pg, 430, 50, "令和6年3月15日", 10)
t(pg, 430, 64, "石狩市 財政部 収納課", 10)
tc(pg, 40, W - 40, 100, "令和5年度 市税等の収納対策に係る取組状況（中間報告）", 15, "G")
y = 135
t(pg, 50, y, "１ 収納状況の概要（令和6年2月末現在）", 12, "G")
y += 22
y = para(pg, 60, y, 470, "令和5年度の収納対策実施計画に基づき、現年度分の早期納付の推進と滞納繰越分の圧縮に取り組んでいる。"
         "2月末現在の主な債権の状況は次のとおりである。", 10)
y += 6
t(pg, 60, y, "（１）市税", 11, "G")
y += 20
t(pg, 72, y, "【収納率】令和6年2月末時点", 10.5, "G")
y += 18
tx = I["市税"]
for sg, lab in (("current", "現年分"), ("arrears", "滞納繰越分"), ("total", "合計")):
    v, vp = rt(tx["now"][sg]), rt(tx["prev"][sg])
    s1 = G.f(f"{r2(v)}％", v, "collection_rate", debt="市税", debt_raw="市税", fy=2023, fy_raw="令和6年2月末", seg=sg, basis="interim", as_of=AS_OF)
    s2 = G.f(f"{r2(vp)}％", vp, "collection_rate", debt="市税", debt_raw="市税", fy=2022, fy_raw="前年同月", seg=sg, basis="interim", as_of=AS_OF_PREV)
    t(pg, 84, y, f"・{lab}　{s1}（前年同月 {s2}）", 10)
    y += 16
o_now = tx["now"]["total"]["o"] * 1000
o_prev = tx["prev"]["total"]["o"] * 1000
o_man = round(o_now / 1e6) * 1e6  # 約x億x,xxx万円 (to 100万円)
d_man = round((o_now - o_prev) / 1e6) * 1e6
dp = round(rt(tx["now"]["current"]) - rt(tx["prev"]["current"]), 2)


def okuman(v):
    v = int(v)
    oku, man = divmod(abs(v) // 10000, 10000)
    return (f"{oku}億" if oku else "") + (f"{man:,}万円" if man else "円")


y += 4
y = para(pg, 72, y, 460,
         "2月末現在の市税の収入未済額は" + G.f("約" + okuman(o_man), o_man, "outstanding", debt="市税", debt_raw="市税", fy=2023, fy_raw="2月末", basis="interim", as_of=AS_OF, approx=True)
         + "で、前年同月から" + G.f("約" + okuman(d_man) + "減少", d_man, "difference", debt="市税", debt_raw="市税", fy=2023, fy_raw="2月末", basis="interim", as_of=AS_OF, approx=True)
         + "している。現年分の収納率は前年同月比" + G.f(f"{dp:.2f}ポイント上昇", dp, "difference", debt="市税", debt_raw="市税", fy=2023, fy_raw="2月末", seg="current", basis="interim", as_of=AS_OF, unit="points")
         + "しており、12月の一斉催告と預貯金差押えの前倒しが効果を上げている。", 10, indent=0)
y += 8
t(pg, 60, y, "（２）国民健康保険税", 11, "G")
y += 20
kx = I["国民健康保険税"]
t(pg, 72, y, "【収納率】令和6年2月末時点", 10.5, "G")
y += 18
for sg, lab in (("current", "現年分"), ("arrears", "滞納繰越分")):
    v = rt(kx["now"][sg])
    d = round(v - rt(kx["prev"][sg]), 2)
    s1 = G.f(f"{r2(v)}％", v, "collection_rate", debt="国民健康保険税", debt_raw="国民健康保険税", fy=2023, fy_raw="令和6年2月末", seg=sg, basis="interim", as_of=AS_OF)
    s2 = G.f(f"＋{d:.2f}ポイント", d, "difference", debt="国民健康保険税", debt_raw="国民健康保険税", fy=2023, fy_raw="令和6年2月末", seg=sg, basis="interim", as_of=AS_OF, unit="points")
    t(pg, 84, y, f"・{lab}　{s1}（前年同月比 {s2}）", 10)
    y += 16
y += 4
y = para(pg, 72, y, 460, "現年分の調定額は被保険者数の減少により前年同月を下回っているが、納付書払いから口座振替への切替えが進み、"
         "収納率は前年同月を上回って推移している。", 10)
y += 10
# box: 【参考】
bx0, by0 = 60, y
lines = []
kt = I["後期高齢者医療保険料"]["now"]["current"]
kv = I["介護保険料"]["now"]["current"]
lines.append("・介護保険料（現年分）収入済額：" + G.f(f"{c(kv['c'])}千円", kv["c"] * 1000, "collected", debt="介護保険料", debt_raw="介護保険料", fy=2023, fy_raw="2月末", seg="current", basis="interim", as_of=AS_OF))
lines.append("・後期高齢者医療保険料（現年分）収入済額：" + G.f(f"{c(kt['c'])}千円", kt["c"] * 1000, "collected", debt="後期高齢者医療保険料", debt_raw="後期高齢者医療保険料", fy=2023, fy_raw="2月末", seg="current", basis="interim", as_of=AS_OF))
lines.append("・差押件数（市税・国保税）：412件（前年同月 377件）")
pg.draw_rect(fitz.Rect(bx0, by0, 535, by0 + 22 + 16 * len(lines)), width=0.8)
t(pg, bx0 + 8, by0 + 15, "【参考】令和6年2月末現在の主な数値", 10, "G")
yy = by0 + 32
for ln in lines:
    t(pg, bx0 + 14, yy, ln, 9.5)
    yy += 16

# ======================= page 2: 表1 interim table =======================
pg = newpage()
t(pg, 50, 60, "２ 主要債権の収納状況", 12, "G")
t(pg, 60, 82, "表1　令和6年2月末現在の収納状況（前年同期との比較）", 10, "G")
tr(pg, 540, 82, "（単位：千円、％）", 8.5)
x0 = 45
cw = [62, 42, 58, 58, 36, 58, 58, 36, 40]
xs = [x0]
for w_ in cw:
    xs.append(xs[-1] + w_)
y0 = 90
hh = [16, 16]
# header
cell(pg, xs[0], y0, xs[1], y0 + 32, fill=(0.88, 0.9, 0.93))
tc(pg, xs[0], xs[1], y0 + 20, "債権名", 8.5, "G")
cell(pg, xs[1], y0, xs[2], y0 + 32, fill=(0.88, 0.9, 0.93))
tc(pg, xs[1], xs[2], y0 + 20, "区分", 8.5, "G")
for gi, lab in ((2, "前年同期"), (5, "今期")):
    cell(pg, xs[gi], y0, xs[gi + 3], y0 + 16, fill=(0.88, 0.9, 0.93))
    tc(pg, xs[gi], xs[gi + 3], y0 + 12, lab, 8.5, "G")
    for k, l2 in enumerate(("調定額", "収入済額", "収納率")):
        cell(pg, xs[gi + k], y0 + 16, xs[gi + k + 1], y0 + 32, fill=(0.88, 0.9, 0.93))
        tc(pg, xs[gi + k], xs[gi + k + 1], y0 + 28, l2, 8, "G")
cell(pg, xs[8], y0, xs[9], y0 + 32, fill=(0.88, 0.9, 0.93))
tc(pg, xs[8], xs[9], y0 + 14, "収納率", 8, "G")
tc(pg, xs[8], xs[9], y0 + 26, "の差", 8, "G")
y = y0 + 32
RH = 17
for name, raw, _, _ in DEBTS:
    cell(pg, xs[0], y, xs[1], y + RH * 3)
    lines_ = [raw] if len(raw) <= 5 else [raw[:5], raw[5:]]
    for li, ln in enumerate(lines_):
        t(pg, xs[0] + 3, y + RH * 1.5 + 3 + (li - (len(lines_) - 1) / 2) * 11, ln, 8.2)
    for si, (sg, lab) in enumerate((("current", "現年分"), ("arrears", "滞繰分"), ("total", "計"))):
        yy = y + si * RH
        fill = (0.96, 0.96, 0.96) if sg == "total" else None
        for k in range(1, 9):
            cell(pg, xs[k], yy, xs[k + 1], yy + RH, fill=fill)
        tc(pg, xs[1], xs[2], yy + 12, lab, 8.2)
        for gi, key, fy, fyr, asof in ((2, "prev", 2022, "前年同期", AS_OF_PREV), (5, "now", 2023, "今期", AS_OF)):
            s = I[name][key][sg]
            tr(pg, xs[gi + 1] - 3, yy + 12, G.f(c(s["a"]), s["a"] * 1000, "assessed", debt=name, debt_raw=raw, fy=fy, fy_raw=fyr, seg=sg, basis="interim", as_of=asof), 8.2)
            tr(pg, xs[gi + 2] - 3, yy + 12, G.f(c(s["c"]), s["c"] * 1000, "collected", debt=name, debt_raw=raw, fy=fy, fy_raw=fyr, seg=sg, basis="interim", as_of=asof), 8.2)
            v = rt(s)
            tr(pg, xs[gi + 3] - 3, yy + 12, G.f(r2(v), v, "collection_rate", debt=name, debt_raw=raw, fy=fy, fy_raw=fyr, seg=sg, basis="interim", as_of=asof), 8.2)
        d = round(rt(I[name]["now"][sg]) - rt(I[name]["prev"][sg]), 2)
        ds = f"{d:.2f}" if d >= 0 else f"△{abs(d):.2f}"
        tr(pg, xs[9] - 3, yy + 12, G.f(ds, d, "difference", debt=name, debt_raw=raw, fy=2023, fy_raw="今期", seg=sg, basis="interim", as_of=AS_OF, unit="points"), 8.2)
    y += RH * 3
y += 12
para(pg, 55, y, 480, "※ 前年同期は令和5年2月末、今期は令和6年2月末の累計額。滞繰分は滞納繰越分をいう。収納率の差の△は前年同期を下回ったことを示す（単位：ポイント）。", 8.5)
y += 40
# table 2: estimates, columns in a different order (rate first), 百万円 one decimal
t(pg, 60, y, "表2　令和5年度決算見込（計）", 10, "G")
tr(pg, 540, y, "（金額：百万円、率：％）", 8.5)
y += 8
cw2 = [92, 48, 52, 64, 64, 58, 64, 50]
xs2 = [45]
for w_ in cw2:
    xs2.append(xs2[-1] + w_)
heads = ["債権名", "目標\n収納率", "見込\n収納率", "調定見込額", "収入見込額", "不納欠損\n見込額", "収入未済\n見込額", "前年度\n決算"]
for k, hd in enumerate(heads):
    cell(pg, xs2[k], y, xs2[k + 1], y + 26, fill=(0.88, 0.9, 0.93))
    parts = hd.split("\n")
    for li, ln in enumerate(parts):
        tc(pg, xs2[k], xs2[k + 1], y + 11 + li * 10 + (5 if len(parts) == 1 else 0), ln, 8, "G")
y += 26
EST = {"市税": (9665320, 98.21, 97.95, 14120, 97.88), "国民健康保険税": (2082900, 82.40, 82.10, 38540, 81.35),
       "介護保険料": (1422830, 98.60, 98.54, 3210, 98.47), "後期高齢者医療保険料": (658350, 99.40, 99.37, 410, 99.33)}
est_sum = {"a": 0, "c": 0, "w": 0, "o": 0}
EST_V = {}
for name, raw, _, _ in DEBTS:
    a, tg, er, wo, prv = EST[name]
    # amounts in 百万円 with one decimal; rate = collected / assessed from the rounded thousand-yen figures
    a_m = round(a / 1000, 1)
    c_m = round(a_m * er / 100, 1)
    er2 = round(c_m / a_m * 100, 2)
    w_m = round(wo / 1000, 1)
    o_m = round(a_m - c_m - w_m, 1)
    EST_V[name] = (a_m, c_m, w_m, o_m, er2)
    for k in range(8):
        cell(pg, xs2[k], y, xs2[k + 1], y + 26)
    if len(raw) <= 8:
        t(pg, xs2[0] + 3, y + 16, raw, 8.2)
    else:
        t(pg, xs2[0] + 3, y + 11, raw[:5], 8.2)
        t(pg, xs2[0] + 3, y + 22, raw[5:], 8.2)
    vals = [(tg, "collection_rate", "target", r2(tg)), (er2, "collection_rate", "estimate", r2(er2)),
            (a_m, "assessed", "estimate", f"{a_m:,.1f}"), (c_m, "collected", "estimate", f"{c_m:,.1f}"),
            (w_m, "written_off", "estimate", f"{w_m:,.1f}"), (o_m, "outstanding", "estimate", f"{o_m:,.1f}")]
    for k, (v, m, b, s) in enumerate(vals, start=1):
        val = v if m == "collection_rate" else int(round(v * 1e6))
        tr(pg, xs2[k + 1] - 3, y + 16, G.f(s, val, m, debt=name, debt_raw=raw, fy=2023, fy_raw="令和5年度", basis=b), 8.2)
    # stacked: previous year's actual amount over rate
    pa = round(a_m * 0.995 * prv / 100, 1)
    tr(pg, xs2[8] - 3, y + 11, G.f(f"{pa:,.1f}", int(round(pa * 1e6)), "collected", debt=name, debt_raw=raw, fy=2022, fy_raw="前年度", basis="actual"), 7.6)
    tr(pg, xs2[8] - 3, y + 22, G.f(f"{prv:.2f}", prv, "collection_rate", debt=name, debt_raw=raw, fy=2022, fy_raw="前年度", basis="actual"), 7.6)
    y += 26
# fix long name row label: draw second line for 後期高齢者医療保険料
y += 10
para(pg, 55, y, 480, "※ 前年度決算欄は上段が収入済額（百万円）、下段が収納率（％）。見込収納率は見込額から算出した率。", 8.5)
y += 18
a_m, c_m, w_m, o_m, er2 = EST_V["市税"]
oku = int(round(a_m * 1e6))
para(pg, 55, y, 480, "市税の調定見込額は" + G.f(okuman(oku), oku, "assessed", debt="市税", debt_raw="市税", fy=2023, fy_raw="令和5年度", basis="estimate")
     + "で、見込収納率は目標をわずかに下回る見込みである。", 9.5)

# ======================= page 3: monthly table + chart =======================
pg = newpage()
t(pg, 50, 60, "３ 市税（現年分）の月別収納状況", 12, "G")
t(pg, 60, 82, "表3　月別収納率の推移（累計）", 10, "G")
tr(pg, 540, 82, "（単位：％）", 8.5)
months = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]
ends = {2023: ["2023-04-30", "2023-05-31", "2023-06-30", "2023-07-31", "2023-08-31", "2023-09-30", "2023-10-31", "2023-11-30",
               "2023-12-31", "2024-01-31", "2024-02-29", "2024-03-31"],
        2022: ["2022-04-30", "2022-05-31", "2022-06-30", "2022-07-31", "2022-08-31", "2022-09-30", "2022-10-31", "2022-11-30",
               "2022-12-31", "2023-01-31", "2023-02-28", "2023-03-31"]}
cur_now = rt(I["市税"]["now"]["current"])
cur_prev = rt(I["市税"]["prev"]["current"])
M = {2023: [9.84, 24.12, 38.66, 47.35, 55.91, 64.20, 71.45, 78.02, 84.37, 88.64, cur_now, None],
     2022: [9.61, 23.88, 38.21, 47.02, 55.48, 63.87, 71.10, 77.80, 84.05, 88.31, cur_prev, 95.72]}
cwm = [62] + [39.5] * 12
xm = [40]
for w_ in cwm:
    xm.append(xm[-1] + w_)
y = 90
for k in range(13):
    cell(pg, xm[k], y, xm[k + 1], y + 18, fill=(0.85, 0.9, 0.85))
    if k:
        tc(pg, xm[k], xm[k + 1], y + 12.5, months[k - 1], 8, "G")
tc(pg, xm[0], xm[1], y + 12.5, "年度", 8, "G")
y += 18
for fy, lab in ((2023, "令和5年度"), (2022, "令和4年度")):
    for k in range(13):
        cell(pg, xm[k], y, xm[k + 1], y + 18)
    tc(pg, xm[0], xm[1], y + 12.5, lab, 8)
    for k, v in enumerate(M[fy]):
        if v is None:
            tc(pg, xm[k + 1], xm[k + 2], y + 12.5, "－", 8)
            continue
        tr(pg, xm[k + 2] - 3, y + 12.5, G.f(r2(v), v, "collection_rate", debt="市税", debt_raw="市税", fy=fy, fy_raw=lab,
                                             seg="current", basis="interim", as_of=ends[fy][k]), 8)
    y += 18
for k in range(13):
    cell(pg, xm[k], y, xm[k + 1], y + 18, fill=(0.96, 0.96, 0.96))
tc(pg, xm[0], xm[1], y + 12.5, "差", 8)
for k in range(11):
    d = round(M[2023][k] - M[2022][k], 2)
    ds = f"{d:.2f}" if d >= 0 else f"△{abs(d):.2f}"
    tr(pg, xm[k + 2] - 3, y + 12.5, G.f(ds, d, "difference", debt="市税", debt_raw="市税", fy=2023, fy_raw="令和5年度", seg="current",
                                         basis="interim", as_of=ends[2023][k], unit="points"), 8)
tc(pg, xm[12], xm[13], y + 12.5, "－", 8)
y += 30
para(pg, 50, y, 490, "※ 収納率は各月末時点の累計収入済額を調定額で除したもの。令和4年度の3月末は出納閉鎖前の数値であり、決算の収納率とは一致しない。", 8.5)
# chart: Feb-end current rate, R1..R5
y += 40
t(pg, 60, y, "図1　市税（現年分）2月末時点収納率の推移（％）", 10, "G")
CH = [("R1", 2019, "2020-02-29", 91.86), ("R2", 2020, "2021-02-28", 91.42), ("R3", 2021, "2022-02-28", 92.37),
      ("R4", 2022, "2023-02-28", cur_prev), ("R5", 2023, "2024-02-29", cur_now)]
cx0, cy0, cw_, ch_ = 100, y + 20, 400, 200
base_v, top_v = 90.0, 94.0
pg.draw_line((cx0, cy0 + ch_), (cx0 + cw_, cy0 + ch_), width=0.8)
pg.draw_line((cx0, cy0), (cx0, cy0 + ch_), width=0.8)
for gv in (90, 91, 92, 93, 94):
    gy = cy0 + ch_ - (gv - base_v) / (top_v - base_v) * ch_
    pg.draw_line((cx0, gy), (cx0 + cw_, gy), color=(0.8, 0.8, 0.8), width=0.4)
    tr(pg, cx0 - 4, gy + 3, f"{gv}", 8)
bw = 44
for k, (lab, fy, asof, v) in enumerate(CH):
    bx = cx0 + 30 + k * 78
    top = cy0 + ch_ - (v - base_v) / (top_v - base_v) * ch_
    pg.draw_rect(fitz.Rect(bx, top, bx + bw, cy0 + ch_), color=None, fill=(0.36, 0.55, 0.75))
    tc(pg, bx, bx + bw, top - 4, G.f(r2(v), v, "collection_rate", debt="市税", debt_raw="市税", fy=fy, fy_raw=lab, seg="current", basis="interim", as_of=asof), 8.5, "G")
    tc(pg, bx, bx + bw, cy0 + ch_ + 13, lab, 9)
t(pg, 100, cy0 + ch_ + 32, "※ R1はH31年度（令和元年度）。R1・R5の2月末はうるう年のため2月29日現在。", 8.5)

# ======================= page 4: 取組 per debt =======================
pg = newpage()
t(pg, 50, 60, "４ 債権ごとの取組状況", 12, "G")
y = 86
SECS = [
    ("市税", "市税", [("（１）", "現年分の納期限後20日以内に督促状を発送し、未納者には電話催告センターから架電する。", "継続"),
                       ("（２）", "12月を滞納整理強化月間とし、預貯金・給与の差押えを集中的に実施する。", "継続"),
                       ("（３）", "キャッシュレス納付（スマホ決済・地方税統一QRコード）の周知を広報紙と納付書で行う。", "拡充")]),
    ("国民健康保険税", "国民健康保険税", [("（１）", "資格取得時の窓口で口座振替の手続を同時に受け付ける。", "継続"),
                                       ("（２）", "納付相談を受けた世帯の分納計画を半年ごとに見直し、履行状況を管理する。", "新規"),
                                       ("（３）", "財産調査の結果、換価できる財産がない世帯は執行停止を判断する。", None)]),
    ("介護保険料", "介護保険料", [("（１）", "普通徴収の未納者に対し、給付制限の内容を記載した催告書を送付する。", "継続"),
                                 ("（２）", "地域包括支援センターと連携し、認知症等で納付が困難な方の状況を把握する。", "新規")]),
]
for name, raw, items in SECS:
    t(pg, 60, y, f"（{SECS.index((name, raw, items)) + 1}）債権ごとの取組み（{raw}）", 10.5, "G")
    y += 18
    for lab, text, st in items:
        G.init(text, debt=name, fy=2023, section=f"債権ごとの取組み（{raw}）", label=lab, status=st)
        tag = f"【{st}】" if st else ""
        y = para(pg, 72, y, 455, f"{lab}{text}{tag}", 9.8, indent=22)
        y += 2
    if name == "国民健康保険税":
        ks = I["国民健康保険税"]["now"]["arrears"]
        y += 2
        y = para(pg, 72, y, 455, "2月末現在の滞納繰越分の収入済額は" + G.f(f"{c(ks['c'])}千円", ks["c"] * 1000, "collected", debt="国民健康保険税", debt_raw="国民健康保険税", fy=2023, fy_raw="2月末", seg="arrears", basis="interim", as_of=AS_OF) + "※1である。", 9.8)
    y += 10
# footnotes
y += 6
pg.draw_line((60, y), (250, y), width=0.5)
y += 12
kc = I["国民健康保険税"]["now"]["arrears"]
half = round(kc["c"] * 0.38)
y = para(pg, 60, y, 470, "※1 うち差押財産の換価による収入分 " + G.f(f"{c(half)}千円", half * 1000, "collected", debt="国民健康保険税", debt_raw="国民健康保険税", fy=2023, fy_raw="2月末", seg="arrears", basis="interim", as_of=AS_OF)
         + "（令和6年2月末現在）。", 8.5)
y += 14
t(pg, 50, y, "５ 年度末に向けて", 12, "G")
y += 20
a_m, c_m, w_m, o_m, er2 = EST_V["国民健康保険税"]
o_yen = int(round(o_m * 1e6))
y = para(pg, 60, y, 475, "国民健康保険税は、年度末の収入未済見込額が" + G.f("約" + okuman(o_yen), o_yen, "outstanding", debt="国民健康保険税", debt_raw="国民健康保険税", fy=2023, fy_raw="令和5年度", basis="estimate", approx=True)
         + "となる見込みであり、出納整理期間中も催告と財産調査を継続する。市税については、現年分の決算見込収納率が"
         + G.f("98.6％", 98.6, "collection_rate", debt="市税", debt_raw="市税", fy=2023, fy_raw="令和5年度", seg="current", basis="estimate", approx=True)
         + "程度となる見込みであり、令和6年度も同水準以上の確保を目指す。", 10)

doc.subset_fonts()
pdf = ROOT / "pdf" / f"{STEM}.pdf"
doc.save(pdf, garbage=4, deflate=True)
gp = G.write(pdf)
errs = check(pdf, json.loads(gp.read_text()))
print(STEM, len(G.facts), "facts", len(G.inits), "inits", "errors:", len(errs))
for e in errs[:20]:
    print(" ", e)
