"""下松市 令和5年度 市税等の収納状況及び収納対策の取組状況（令和6年2月末現在） → progress_report.

Tool chain: PyMuPDF drawing directly (IPAex fonts, subset on save); page 4 is a landscape page.
Run from corpus/frozen33:  python3 build/fj_kudamatsu_progress.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fitz  # noqa: E402

import fj_pdfdraw as P  # noqa: E402
from fj_common import PDF_DIR, Doc, comma, month_end, rate, rnd  # noqa: E402

STEM = "fj_kudamatsu_progress_1"
CITY = "下松市"
d = Doc(STEM, seed=3303)
R = d.rng
FY, PY = 2023, 2022
ASOF, PASOF = "2024-02-29", "2023-02-28"
MIN = "▲"

# name, short, canon, cur assessed (千円) PY, CY, feb share of assessed, feb rate PY, CY, final cur rate PY, CY(est),
# arrears assessed PY, feb arr rate PY, CY, final arr rate PY, CY(est), write-off share, target total rate CY
DEBTS = [
    ("市税", "市税", "市税", 8_612_400, 8_745_900, 0.996, 93.24, 93.45, 99.21, 99.30, 268_300, 25.29, 26.81, 30.4,
     32.1, 0.035),
    ("国民健康保険税", "国保税", "国民健康保険料", 1_384_200, 1_352_700, 0.992, 84.62, 85.08, 95.18, 95.42, 198_400, 17.10,
     18.02, 22.3, 23.1, 0.06),
    ("介護保険料", "介護料", "介護保険料", 1_245_300, 1_268_100, 0.998, 93.91, 93.86, 99.27, 99.31, 31_200, 14.05, 14.90,
     18.2, 18.9, 0.08),
    ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", 712_600, 748_300, 0.995, 92.48, 92.61, 99.58, 99.61, 5_200,
     38.20, 39.05, 44.1, 45.0, 0.03),
    ("保育料", "保育料", "保育料", 142_300, 138_200, 0.985, 90.83, 91.12, 98.88, 98.95, 12_400, 10.12, 10.85, 13.2, 13.9,
     0.05),
    ("市営住宅使用料", "住宅使用料", "市営住宅使用料", 118_400, 116_500, 0.99, 88.46, 88.92, 97.38, 97.55, 31_800, 9.48,
     10.21, 11.1, 11.8, 0.02),
    ("下水道使用料", "下水道使用料", "下水道使用料", 985_600, 992_300, 0.992, 88.03, 88.11, 99.08, 99.12, 16_800, 26.12,
     26.54, 30.3, 30.9, 0.05),
]

D: dict[str, dict] = {}
for (name, short, canon, ca_p, ca_c, fsh, fr_p, fr_c, cr_p, cr_c, aa_p, far_p, far_c, ar_p, ar_c, wos) in DEBTS:
    v = {"short": short, "canon": canon}
    # year-end: 2022 決算, 2023 決算見込
    wo_p = int(round(aa_p * wos))
    cc_p = int(round(ca_p * cr_p / 100))
    ac_p = int(round(aa_p * ar_p / 100))
    v[PY] = dict(cur_ass=ca_p, cur_col=cc_p, arr_ass=aa_p, arr_col=ac_p, wo=wo_p)
    aa_c = (ca_p - cc_p) + (aa_p - ac_p - wo_p)          # 翌年度の滞納繰越分調定額
    wo_c = int(round(aa_c * wos * 0.95))
    cc_c = int(round(ca_c * cr_c / 100))
    ac_c = int(round(aa_c * ar_c / 100))
    v[FY] = dict(cur_ass=ca_c, cur_col=cc_c, arr_ass=aa_c, arr_col=ac_c, wo=wo_c)
    for y in (PY, FY):
        w = v[y]
        w["cur_out"] = w["cur_ass"] - w["cur_col"]
        w["arr_out"] = w["arr_ass"] - w["arr_col"] - w["wo"]
        w["ass"], w["col"] = w["cur_ass"] + w["arr_ass"], w["cur_col"] + w["arr_col"]
        w["out"] = w["cur_out"] + w["arr_out"]
    # 2月末 (interim)
    for y, ca, fr, aa, far in ((PY, ca_p, fr_p, aa_p, far_p), (FY, ca_c, fr_c, aa_c, far_c)):
        fa = int(round(ca * fsh))
        fc = int(round(fa * fr / 100))
        ac = int(round(aa * far / 100))
        v[("feb", y)] = dict(cur_ass=fa, cur_col=fc, arr_ass=aa, arr_col=ac, ass=fa + aa, col=fc + ac)
    tgt_total = rnd(rate(v[FY]["col"], v[FY]["ass"]) + R.choice([-0.25, -0.12, 0.08, 0.15, 0.3]), 2)
    v["target"] = tgt_total
    D[name] = v

NAMES = [n for n, *_ in DEBTS]


def page_header(page, title_right="総務部　税務課"):
    P.text(page, page.rect.width - 40, 30, title_right, 8.5, "G", "right", color=(0.3, 0.3, 0.3))


def footer(page, n):
    P.text(page, page.rect.width / 2, page.rect.height - 22, f"- {n} -", 9, "G", "center")


doc = fitz.open()

# ====================================================================== page 1
d.page = 1
pg = doc.new_page(width=595, height=842)
P.setup(pg)
page_header(pg)
P.text(pg, 297, 70, "令和５年度　市税等の収納状況及び収納対策の取組状況について", 14, "G", "center")
P.text(pg, 297, 90, "（令和６年２月末現在）", 11, "G", "center")
P.text(pg, 555, 112, "令和６年３月１５日", 9.5, "M", "right")
P.text(pg, 555, 126, "下松市総務部税務課", 9.5, "M", "right")
y = 150
P.text(pg, 45, y, "１　概要", 11.5, "G")
y += 10
t = D["市税"]
fc, fp = t[("feb", FY)], t[("feb", PY)]
r_cur, r_cur_p = rate(fc["cur_col"], fc["cur_ass"]), rate(fp["cur_col"], fp["cur_ass"])
r_arr, r_arr_p = rate(fc["arr_col"], fc["arr_ass"]), rate(fp["arr_col"], fp["arr_ass"])
r_tot, r_tot_p = rate(fc["col"], fc["ass"]), rate(fp["col"], fp["ass"])
out_c = (fc["ass"] - fc["col"]) * 1000
out_p = (fp["ass"] - fp["col"]) * 1000
assert r_cur > r_cur_p and r_arr > r_arr_p and out_c < out_p
kw = dict(debt="市税", debt_raw="市税", basis="interim")


def man_approx(v):  # 約x億y万円 rounded to 百万円
    v = int(round(v / 1_000_000)) * 1_000_000
    oku, rest = divmod(abs(v), 10**8)
    m = rest // 10**4
    return v, (f"約{oku}億{m:,}万円" if oku else f"約{m:,}万円")


v_out, s_out = man_approx(out_c)
v_dif, s_dif = man_approx(out_p - out_c)
s1 = ("令和６年２月末現在における市税の収納率は、現年課税分が"
      + d.pct(r_cur, suffix="％", fy=FY, fy_raw="令和６年２月末", segment="current", as_of=ASOF, **kw)
      + "で、前年同月と比べて"
      + d.pct(rnd(r_cur - r_cur_p), suffix="ポイント", unit="points", metric="difference", fy=FY, fy_raw="前年同月",
              segment="current", as_of=ASOF, **kw)
      + "上昇している。滞納繰越分は"
      + d.pct(r_arr, suffix="％", fy=FY, fy_raw="令和６年２月末", segment="arrears", as_of=ASOF, **kw)
      + "で、前年同月を"
      + d.pct(rnd(r_arr - r_arr_p), suffix="ポイント", unit="points", metric="difference", fy=FY, fy_raw="前年同月",
              segment="arrears", as_of=ASOF, **kw)
      + "上回った。２月末時点の市税の収入未済額は"
      + d.fact(s_out, v_out, metric="outstanding", unit="yen", fy=FY, fy_raw="２月末時点", approx=True, as_of=ASOF,
               **kw)
      + "で、前年同月から"
      + d.fact(s_dif, -v_dif, metric="difference", unit="yen", fy=FY, fy_raw="前年同月", approx=True, as_of=ASOF, **kw)
      + "減少している。")
y = P.para(pg, 50, y, s1, 495, 10, "M")
k = D["国民健康保険税"]
kc, kp = k[("feb", FY)], k[("feb", PY)]
rk, rkp = rate(kc["cur_col"], kc["cur_ass"]), rate(kp["cur_col"], kp["cur_ass"])
assert rk > rkp
s2 = ("国民健康保険税は、被保険者数の減少に伴い調定額が減少する中、現年課税分の収納率が"
      + d.pct(rk, suffix="％", debt="国民健康保険料", debt_raw="国民健康保険税", fy=FY, fy_raw="令和６年２月末",
              segment="current", basis="interim", as_of=ASOF)
      + "となり、前年同月を"
      + d.pct(rnd(rk - rkp), suffix="ポイント", unit="points", metric="difference", debt="国民健康保険料",
              debt_raw="国民健康保険税", fy=FY, fy_raw="前年同月", segment="current", basis="interim", as_of=ASOF)
      + "上回っている。その他の債権についても、おおむね前年同月並みで推移している。")
y = P.para(pg, 50, y + 2, s2, 495, 10, "M")

# 【収納率】 bullets labelled only by segment
y += 12
P.text(pg, 45, y + 11, "（１）市税", 11, "G")
y += 26
P.text(pg, 60, y, "【収納率】令和６年２月末時点", 10.5, "G")
y += 18
for seg, lab, a, b in (("current", "現年分", r_cur, r_cur_p), ("arrears", "滞納繰越分", r_arr, r_arr_p),
                       ("total", "合計", r_tot, r_tot_p)):
    s = ("・" + lab + "　" + d.pct(a, suffix="％", fy=FY, fy_raw="令和６年２月末", segment=seg, as_of=ASOF, **kw)
         + "（前年同月　" + d.pct(b, suffix="％", fy=PY, fy_raw="前年同月", segment=seg, as_of=PASOF, **kw) + "）")
    P.text(pg, 72, y, s, 10, "M")
    y += 16
y += 6
P.text(pg, 60, y, "【収入未済額】令和６年２月末時点", 10.5, "G")
y += 18
for seg, lab, a in (("current", "現年分", fc["cur_ass"] - fc["cur_col"]), ("arrears", "滞納繰越分", fc["arr_ass"] - fc["arr_col"]),
                    ("total", "合計", fc["ass"] - fc["col"])):
    s = "・" + lab + "　" + d.yen(a * 1000, suffix="千円", metric="outstanding", fy=FY, fy_raw="令和６年２月末", segment=seg,
                                 as_of=ASOF, **kw)
    P.text(pg, 72, y, s, 10, "M")
    y += 16

# 【参考】 box: 12月末
mon_frac = {4: 0.085, 5: 0.241, 6: 0.352, 7: 0.481, 8: 0.559, 9: 0.628, 10: 0.690, 11: 0.751, 12: 0.8385,
            1: 0.8805, 2: None, 3: 0.9752}
MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
monthly = {}
for y_, fr_adj in ((FY, 0.0042), (PY, 0.0)):
    f = D["市税"][("feb", y_)]
    mm = {}
    for m in MONTHS:
        if m == 2:
            col = f["cur_col"]
        elif m == 3:
            if y_ == FY:
                continue
            col = int(round(f["cur_ass"] * mon_frac[3]))
        else:
            col = int(round(f["cur_ass"] * (mon_frac[m] + fr_adj + (0.0006 * (m % 3)) * (y_ == PY))))
        mm[m] = (col, rate(col, f["cur_ass"]))
    monthly[y_] = mm
k12 = {FY: 71.38, PY: 70.85}          # 国保税 現年課税分 12月末 収納率
y += 14
box_top = y
lines = [("【参考】令和５年１２月末現在の収納率（現年課税分）", None)]
lines.append(("・市税　" + d.pct(monthly[FY][12][1], suffix="％", fy=FY, fy_raw="令和５年１２月末", segment="current",
                                  as_of=month_end(FY, 12), **kw)
              + "（前年同月　" + d.pct(monthly[PY][12][1], suffix="％", fy=PY, fy_raw="前年同月", segment="current",
                                     as_of=month_end(PY, 12), **kw) + "）", None))
lines.append(("・国民健康保険税　" + d.pct(k12[FY], suffix="％", debt="国民健康保険料", debt_raw="国民健康保険税", fy=FY,
                                      fy_raw="令和５年１２月末", segment="current", basis="interim",
                                      as_of=month_end(FY, 12))
              + "（前年同月　" + d.pct(k12[PY], suffix="％", debt="国民健康保険料", debt_raw="国民健康保険税", fy=PY,
                                     fy_raw="前年同月", segment="current", basis="interim", as_of=month_end(PY, 12))
              + "）", None))
yy = box_top + 16
for s, _ in lines:
    P.text(pg, 72, yy, s, 10, "G" if s.startswith("【") else "M")
    yy += 17
P.rect(pg, 60, box_top, 470, yy - 6, width_=1.0)
y = yy + 10
s3 = ("なお、年度末の収納見込みについては、表３のとおり、市税の合計収納率は前年度決算を上回る見込みである。"
      "引き続き、３月の滞納整理強化期間において、夜間・休日の納付相談窓口の開設と電話催告を集中的に実施する。")
y = P.para(pg, 50, y, s3, 495, 10, "M")
footer(pg, 1)

# ====================================================================== table 1 (pages 2-3)
HEAD = [[{"t": "債権名", "rs": 2}, {"t": "区分", "rs": 2}, {"t": "前年度", "cs": 3}, {"t": "本年度", "cs": 3},
         {"t": "増減", "cs": 2}],
        [None, None] + [{"lines": ["調定額", "（千円）"]}, {"lines": ["収入済額", "（千円）"]}, {"lines": ["収納率", "（％）"]}] * 2
        + [{"lines": ["収入済額", "（千円）"]}, {"lines": ["収納率", "（ポイント）"]}]]
W1 = [76, 50, 53, 53, 40, 53, 53, 40, 48, 44]
H1 = lambda n: [15, 22] + [15.5] * n  # noqa: E731


def t1_rows(names, with_total=False):
    rows = []
    for name in names:
        v = D[name]
        c, p = v[("feb", FY)], v[("feb", PY)]
        for i, (seg, lab, ka, kc_) in enumerate((("current", "現年課税分", "cur_ass", "cur_col"),
                                                  ("arrears", "滞納繰越分", "arr_ass", "arr_col"),
                                                  ("total", "計", "ass", "col"))):
            kk = dict(debt=v["canon"], debt_raw=name, segment=seg, basis="interim")
            rp, rc = rate(p[kc_], p[ka]), rate(c[kc_], c[ka])
            row = [{"t": name, "rs": 3, "size": 7.5} if i == 0 else None, lab,
                   {"t": d.yen(p[ka] * 1000, minus=MIN, metric="assessed", fy=PY, fy_raw="前年度", as_of=PASOF, **kk), "a": "right"},
                   {"t": d.yen(p[kc_] * 1000, minus=MIN, metric="collected", fy=PY, fy_raw="前年度", as_of=PASOF, **kk), "a": "right"},
                   {"t": d.pct(rp, minus=MIN, fy=PY, fy_raw="前年度", as_of=PASOF, **kk), "a": "right"},
                   {"t": d.yen(c[ka] * 1000, minus=MIN, metric="assessed", fy=FY, fy_raw="本年度", as_of=ASOF, **kk), "a": "right"},
                   {"t": d.yen(c[kc_] * 1000, minus=MIN, metric="collected", fy=FY, fy_raw="本年度", as_of=ASOF, **kk), "a": "right"},
                   {"t": d.pct(rc, minus=MIN, fy=FY, fy_raw="本年度", as_of=ASOF, **kk), "a": "right"},
                   {"t": d.yen((c[kc_] - p[kc_]) * 1000, minus=MIN, metric="difference", fy=FY, fy_raw="増減", as_of=ASOF,
                               **kk), "a": "right"},
                   {"t": d.pct(rnd(rc - rp), minus=MIN, metric="difference", unit="points", fy=FY, fy_raw="増減",
                               as_of=ASOF, **kk), "a": "right"}]
            if seg == "total":
                for cell in row[1:]:
                    if isinstance(cell, dict):
                        cell["fill"] = (0.96, 0.96, 0.93)
                    row[1] = {"t": lab, "fill": (0.96, 0.96, 0.93)}
            rows.append(row)
    if with_total:
        sums = {}
        for key in ("cur_ass", "cur_col", "arr_ass", "arr_col", "ass", "col"):
            sums[("feb", FY), key] = sum(D[n][("feb", FY)][key] for n in NAMES)
            sums[("feb", PY), key] = sum(D[n][("feb", PY)][key] for n in NAMES)
        for i, (seg, lab, ka, kc_) in enumerate((("current", "現年課税分", "cur_ass", "cur_col"),
                                                  ("arrears", "滞納繰越分", "arr_ass", "arr_col"),
                                                  ("total", "計", "ass", "col"))):
            kk = dict(debt=None, debt_raw="合計", segment=seg, basis="interim")
            pa, pc = sums[("feb", PY), ka], sums[("feb", PY), kc_]
            ca, cc = sums[("feb", FY), ka], sums[("feb", FY), kc_]
            rp, rc = rate(pc, pa), rate(cc, ca)
            fill = (0.99, 0.95, 0.85)
            row = [{"t": "合計", "rs": 3, "fill": fill} if i == 0 else None, {"t": lab, "fill": fill},
                   {"t": d.yen(pa * 1000, minus=MIN, metric="assessed", fy=PY, fy_raw="前年度", as_of=PASOF, **kk), "a": "right", "fill": fill},
                   {"t": d.yen(pc * 1000, minus=MIN, metric="collected", fy=PY, fy_raw="前年度", as_of=PASOF, **kk), "a": "right", "fill": fill},
                   {"t": d.pct(rp, minus=MIN, fy=PY, fy_raw="前年度", as_of=PASOF, **kk), "a": "right", "fill": fill},
                   {"t": d.yen(ca * 1000, minus=MIN, metric="assessed", fy=FY, fy_raw="本年度", as_of=ASOF, **kk), "a": "right", "fill": fill},
                   {"t": d.yen(cc * 1000, minus=MIN, metric="collected", fy=FY, fy_raw="本年度", as_of=ASOF, **kk), "a": "right", "fill": fill},
                   {"t": d.pct(rc, minus=MIN, fy=FY, fy_raw="本年度", as_of=ASOF, **kk), "a": "right", "fill": fill},
                   {"t": d.yen((cc - pc) * 1000, minus=MIN, metric="difference", fy=FY, fy_raw="増減", as_of=ASOF, **kk),
                    "a": "right", "fill": fill},
                   {"t": d.pct(rnd(rc - rp), minus=MIN, metric="difference", unit="points", fy=FY, fy_raw="増減",
                               as_of=ASOF, **kk), "a": "right", "fill": fill}]
            rows.append(row)
    return rows


# ---- page 2
d.page = 2
pg = doc.new_page(width=595, height=842)
P.setup(pg)
page_header(pg)
P.text(pg, 45, 60, "２　債権別の収納状況", 11.5, "G")
P.text(pg, 50, 82, "表１　市税等の収納状況（令和６年２月末現在、前年同月との比較）", 10, "G")
y = P.table(pg, 45, 90, W1, HEAD + t1_rows(NAMES[:4]), row_h=H1(12), size=7.6, zebra=(0.97, 0.97, 0.97))
P.text(pg, 45, y + 12, "※「前年度」欄は前年同月末（令和５年２月末）の数値である。", 7.8, "M")
P.text(pg, 550, y + 12, "（次ページへ続く）", 7.8, "M", "right")
# chart: 市税現年課税分 12月末収納率の推移
y += 40
P.text(pg, 45, y, "図１　市税（現年課税分）収納率の推移（各年度１２月末、単位：％）", 10, "G")
hist = [(2018, "H30", 82.91), (2019, "R1", 83.42), (2020, "R2", 81.67), (2021, "R3", 83.08),
        (PY, "R4", monthly[PY][12][1]), (FY, "R5", monthly[FY][12][1])]
fmt = []
for fy_, lab, v_ in hist:
    fmt.append(d.pct(v_, fy=fy_, fy_raw=lab, segment="current", basis="interim", as_of=month_end(fy_, 12), **
                     {"debt": "市税", "debt_raw": "市税"}))
P.vbars(pg, 90, y + 25, 420, 190, [h[1] for h in hist], [h[2] for h in hist], 75, 86, fmt, size=8.5)
P.text(pg, 45, y + 250, "※H30は平成30年度、R1は令和元年度を示す。以下同じ。", 7.8, "M")
yy = y + 275
s4 = ("　令和２年度は新型コロナウイルス感染症の影響による徴収猶予の特例により１２月末の収納率が一時的に低下したが、"
      "その後は口座振替の推進とスマートフォン決済の導入により、各年度とも前年度を上回って推移している。")
P.para(pg, 50, yy, s4, 495, 9.5, "M", first_indent=False)
footer(pg, 2)

# ---- page 3
d.page = 3
pg = doc.new_page(width=595, height=842)
P.setup(pg)
page_header(pg)
P.text(pg, 50, 52, "表１　市税等の収納状況（続き）", 10, "G")
y = P.table(pg, 45, 60, W1, HEAD + t1_rows(NAMES[4:], with_total=True), row_h=H1(12), size=7.6, zebra=(0.97, 0.97, 0.97))
y += 32
P.text(pg, 50, y, "表２　市税（現年課税分）月別収納状況（各月末累計）", 10, "G")
H2 = [[{"t": "月末", "rs": 2}, {"t": "令和５年度", "cs": 2}, {"t": "令和４年度", "cs": 2}, {"t": "収納率の差", "rs": 2}],
      [None, "収入済額（千円）", "収納率（％）", "収入済額（千円）", "収納率（％）", None]]
rows = []
for m in MONTHS:
    lab = f"{m}月末"
    kk = dict(debt="市税", debt_raw="市税", segment="current", basis="interim")
    row = [{"t": lab, "a": "center"}]
    for y_ in (FY, PY):
        if m in monthly[y_]:
            col, r_ = monthly[y_][m]
            fr = "令和５年度" if y_ == FY else "令和４年度"
            row += [{"t": d.yen(col * 1000, metric="collected", fy=y_, fy_raw=fr, as_of=month_end(y_, m), **kk), "a": "right"},
                    {"t": d.pct(r_, fy=y_, fy_raw=fr, as_of=month_end(y_, m), **kk), "a": "right"}]
        else:
            row += [{"t": "－", "a": "center"}, {"t": "－", "a": "center"}]
    if m in monthly[FY]:
        row.append({"t": d.pct(rnd(monthly[FY][m][1] - monthly[PY][m][1]), minus=MIN, metric="difference", unit="points",
                               fy=FY, fy_raw="収納率の差", as_of=month_end(FY, m), **kk), "a": "right"})
    else:
        row.append({"t": "－", "a": "center"})
    rows.append(row)
y = P.table(pg, 70, y + 8, [60, 84, 64, 84, 64, 70], H2 + rows, row_h=16, size=8, zebra=(0.95, 0.97, 1.0))
P.text(pg, 70, y + 12, "※収納率は各月末の累計収入済額を当該年度の２月末調定額で除したもの。3月末は出納整理期間を含まない。", 7.5, "M")
footer(pg, 3)

# ====================================================================== page 4 (landscape)
d.page = 4
pg = doc.new_page(width=842, height=595)
P.setup(pg)
page_header(pg)
P.text(pg, 40, 45, "３　年度末の収納見込み", 11.5, "G")
P.text(pg, 45, 66, "表３　債権別の決算見込（前年度決算との比較）", 10, "G")
def _l(a, b):
    return {"lines": [a, b]}


H3 = [[{"t": "債権名", "rs": 2}, {"t": "令和４年度決算", "cs": 5}, {"t": "令和５年度決算見込", "cs": 5},
       {"lines": ["目標収納率", "（％）"], "rs": 2}, {"lines": ["見込−目標", "（ポイント）"], "rs": 2}],
      [None] + [_l("調定額", "（千円）"), _l("収入済額", "（千円）"), _l("不納欠損額", "（千円）"), _l("収入未済額", "（千円）"),
                _l("収納率", "（％）")] * 2 + [None, None]]
rows = []
tot = {y_: dict(ass=0, col=0, wo=0, out=0) for y_ in (PY, FY)}
for name in NAMES:
    v = D[name]
    row = [{"t": v["short"]}]
    for y_, basis, fr in ((PY, "actual", "令和４年度"), (FY, "estimate", "令和５年度")):
        w = v[y_]
        kk = dict(debt=v["canon"], debt_raw=v["short"], fy=y_, fy_raw=fr, basis=basis)
        row += [{"t": d.yen(w["ass"] * 1000, metric="assessed", **kk), "a": "right"},
                {"t": d.yen(w["col"] * 1000, metric="collected", **kk), "a": "right"},
                {"t": d.yen(w["wo"] * 1000, metric="written_off", **kk), "a": "right"},
                {"t": d.yen(w["out"] * 1000, metric="outstanding", **kk), "a": "right"},
                {"t": d.pct(rate(w["col"], w["ass"]), **kk), "a": "right"}]
        for key in tot[y_]:
            tot[y_][key] += w[key]
    est = rate(v[FY]["col"], v[FY]["ass"])
    kk = dict(debt=v["canon"], debt_raw=v["short"], fy=FY, fy_raw="令和５年度")
    row += [{"t": d.pct(v["target"], basis="target", **kk), "a": "right"},
            {"t": d.pct(rnd(est - v["target"]), minus=MIN, metric="difference", unit="points", basis="estimate", **kk),
             "a": "right"}]
    rows.append(row)
fill = (0.99, 0.95, 0.85)
row = [{"t": "合計", "fill": fill}]
for y_, basis, fr in ((PY, "actual", "令和４年度"), (FY, "estimate", "令和５年度")):
    w = tot[y_]
    kk = dict(debt=None, debt_raw="合計", fy=y_, fy_raw=fr, basis=basis)
    row += [{"t": d.yen(w["ass"] * 1000, metric="assessed", **kk), "a": "right", "fill": fill},
            {"t": d.yen(w["col"] * 1000, metric="collected", **kk), "a": "right", "fill": fill},
            {"t": d.yen(w["wo"] * 1000, metric="written_off", **kk), "a": "right", "fill": fill},
            {"t": d.yen(w["out"] * 1000, metric="outstanding", **kk), "a": "right", "fill": fill},
            {"t": d.pct(rate(w["col"], w["ass"]), **kk), "a": "right", "fill": fill}]
row += [{"t": "－", "a": "center", "fill": fill}, {"t": "－", "a": "center", "fill": fill}]
rows.append(row)
y = P.table(pg, 40, 74, [70] + [60, 60, 56, 60, 44] * 2 + [52, 60], H3 + rows, row_h=[17, 24] + [17] * len(rows), size=7.8)
P.text(pg, 40, y + 12, "（注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料。"
       "調定額・収入済額は現年課税分と滞納繰越分の計。", 7.6, "M")
# table 4 in yen beside
y += 36
P.text(pg, 45, y, "表４　その他の債権の収納状況（令和６年２月末現在）", 10, "G")
SMALL = [("放課後児童クラブ利用料", "放課後児童クラブ利用料", 38_412_000, 0.9712),
         ("奨学金貸付金返還金", "奨学金貸付金", 9_884_500, 0.6821),
         ("児童扶養手当返還金", "児童扶養手当返還金", 2_316_040, 0.2143)]
H4 = [["債権名", "調定額（円）", "収入済額（円）", "収入未済額（円）", "収納率（％）"]]
rows = []
for name, canon, ass, rr in SMALL:
    col = int(round(ass * rr))
    kk = dict(debt=canon, debt_raw=name, fy=FY, fy_raw="令和６年２月末現在", basis="interim", as_of=ASOF)
    rows.append([name, {"t": d.yen(ass, per=1, metric="assessed", **kk), "a": "right"},
                 {"t": d.yen(col, per=1, metric="collected", **kk), "a": "right"},
                 {"t": d.yen(ass - col, per=1, metric="outstanding", **kk), "a": "right"},
                 {"t": d.pct(rate(col, ass), **kk), "a": "right"}])
P.table(pg, 40, y + 8, [140, 90, 90, 90, 66], H4 + rows, row_h=17, size=8)
P.text(pg, 530, y + 30, "・表３は千円単位、表４は円単位で表示している。", 8.5, "M")
P.text(pg, 530, y + 46, "・表４の債権は現年度分と過年度分の計である。", 8.5, "M")
P.text(pg, 530, y + 62, "・決算見込は２月末までの実績に例年の３～５月の", 8.5, "M")
P.text(pg, 530, y + 76, "　収納実績を加えて推計したものである。", 8.5, "M")
footer(pg, 4)

# ====================================================================== page 5
d.page = 5
pg = doc.new_page(width=595, height=842)
P.setup(pg)
page_header(pg)
P.text(pg, 45, 60, "４　滞納者数及び滞納処分の状況", 11.5, "G")
H5 = [["区分", "前年度末", "本年度２月末", "増減"]]
DL = [("市税　滞納者数（人）", "市税", "市税", "persons", 2_184, 2_061),
      ("国民健康保険税　滞納世帯数（世帯）", "国民健康保険料", "国民健康保険税", "households", 1_126, 1_052),
      ("介護保険料　滞納者数（人）", "介護保険料", "介護保険料", "persons", 412, 398),
      ("市営住宅使用料　滞納者数（人）", "市営住宅使用料", "市営住宅使用料", "persons", 87, 81)]
rows = []
for lab, canon, raw, unit, a, b in DL:
    kk = dict(debt=canon, debt_raw=raw)
    rows.append([lab, {"t": d.count(a, unit, fy=PY, fy_raw="前年度末", **kk), "a": "right"},
                 {"t": d.count(b, unit, fy=FY, fy_raw="本年度２月末", basis="interim", as_of=ASOF, **kk), "a": "right"},
                 {"t": d.count(b - a, unit, minus=MIN, metric="difference", fy=FY, fy_raw="増減", basis="interim",
                               as_of=ASOF, **kk), "a": "right"}])
for lab, a, b in (("市税　差押件数（件）", 486, 512), ("市税　執行停止件数（件）", 141, 126),
                  ("国民健康保険税　差押件数（件）", 173, 189)):
    rows.append([lab, {"t": comma(a), "a": "right"}, {"t": comma(b), "a": "right"}, {"t": comma(b - a, MIN), "a": "right"}])
P.text(pg, 50, 82, "表５　滞納者数等の状況", 10, "G")
y = P.table(pg, 45, 90, [210, 90, 90, 90], H5 + rows, row_h=17, size=8.5, zebra=(0.96, 0.96, 0.96))
P.text(pg, 45, y + 12, "※前年度末は令和５年３月31日現在。差押件数及び執行停止件数は年度累計。", 7.8, "M")

y += 40
P.text(pg, 50, y, "表６　収入未済額の推移（単位：百万円）", 10, "G")


def mil(v_yen):  # 百万円, one decimal
    return round(v_yen / 1_000_000, 1)


hist_out = {2019: (318.6, 241.3, 108.2), 2020: (342.9, 236.8, 112.5), 2021: (281.4, 224.6, 104.9)}
for y_ in (PY, FY):
    s_ = mil(D["市税"][y_]["out"] * 1000)
    k_ = mil(D["国民健康保険税"][y_]["out"] * 1000)
    o_ = mil(sum(D[n][y_]["out"] for n in NAMES[2:]) * 1000)
    hist_out[y_] = (s_, k_, o_)
H6 = [["年度", "市税", "国保税", "その他", "計"]]
rows = []
YLAB = {2019: "令和元年度", 2020: "2年度", 2021: "3年度", 2022: "4年度", 2023: "5年度（見込）"}
for y_ in (2019, 2020, 2021, PY, FY):
    s_, k_, o_ = hist_out[y_]
    basis = "estimate" if y_ == FY else "actual"
    cells = [YLAB[y_]]
    for val, canon, raw in ((s_, "市税", "市税"), (k_, "国民健康保険料", "国保税"), (o_, None, "その他"),
                            (round(s_ + k_ + o_, 1), None, "計")):
        raw_s = f"{val:,.1f}"
        cells.append({"t": d.fact(raw_s, int(round(val * 1_000_000)), metric="outstanding", unit="yen", fy=y_,
                                  fy_raw=YLAB[y_], debt=canon, debt_raw=raw, basis=basis), "a": "right"})
    rows.append(cells)
y = P.table(pg, 45, y + 8, [110, 90, 90, 90, 90], H6 + rows, row_h=17, size=8.5, zebra=(0.96, 0.96, 0.96))
P.text(pg, 45, y + 12, "※その他は介護保険料、後期高齢者医療保険料、保育料、市営住宅使用料及び下水道使用料の計。", 7.8, "M")
y += 36
s5 = ("　収入未済額は、令和２年度に徴収猶予の特例の影響で一時的に増加したものの、その後は減少傾向にある。令和５年度末の"
      "市税の収入未済額は" + d.fact(f"{hist_out[FY][0]:,.1f}百万円", int(round(hist_out[FY][0] * 1e6)), metric="outstanding",
                                unit="yen", fy=FY, fy_raw="令和５年度末", debt="市税", debt_raw="市税", basis="estimate")
      + "となる見込みで、前年度末から"
      + d.fact(f"{abs(hist_out[FY][0] - hist_out[PY][0]):,.1f}百万円", int(round((hist_out[FY][0] - hist_out[PY][0]) * 1e6)),
               metric="difference", unit="yen", fy=FY, fy_raw="前年度末", debt="市税", debt_raw="市税", basis="estimate")
      + ("減少" if hist_out[FY][0] < hist_out[PY][0] else "増加") + "する。")
P.para(pg, 50, y, s5, 495, 9.5, "M", first_indent=False)
footer(pg, 5)

# ====================================================================== page 6: 取組
d.page = 6
pg = doc.new_page(width=595, height=842)
P.setup(pg)
page_header(pg)
P.text(pg, 45, 60, "５　収納対策の取組状況", 11.5, "G")
SEC = "収納対策の取組状況"
groups = [
    ("（１）納期内納付の促進", "市税", "市税", [
        ("ア", "納税通知書に口座振替の申込書を同封し、新規納税義務者への勧奨を行った。", "継続"),
        ("イ", "地方税統一ＱＲコードを活用し、スマートフォン決済アプリによる納付を全税目で可能とした。", "拡充"),
        ("ウ", "納期限の１週間前に、市公式ＬＩＮＥで納期限のお知らせを配信した。", "新規")]),
    ("（２）滞納整理の強化", "市税", "市税", [
        ("ア", "督促状発送後１か月以内に、未納者全員に対して文書又は電話による催告を行った。", "継続"),
        ("イ", "預貯金調査を電子照会で行い、調査から差押えまでの期間を短縮した。", "拡充"),
        ("ウ", "滞納処分の執行停止の判断基準を見直し、生活困窮者への納付相談を丁寧に行った。", "継続")]),
    ("（３）国民健康保険税の収納対策", "国民健康保険料", "国民健康保険税", [
        ("ア", "短期被保険者証の交付時に、分納計画の見直しと納付相談を行った。", "継続"),
        ("イ", "資格喪失者への未納分の通知を、喪失届の受付時に窓口で手渡しする方法に改めた。", "新規")]),
    ("（４）税外債権の収納対策", "市営住宅使用料", "市営住宅使用料", [
        ("ア", "市営住宅使用料の長期滞納者について、連帯保証人と同席での納付相談を実施した。", "継続"),
        ("イ", "退去済み滞納者に対して支払督促の申立てを行った。", "拡充")]),
]
y = 78
box_top = y
y += 10
for title, canon, raw, items in groups:
    P.text(pg, 60, y + 11, title, 10.5, "G")
    y += 20
    for lab, txt, st in items:
        d.init(txt, debt=canon, debt_raw=raw, fy=FY, section=SEC, label=f"{title[:3]}{lab}", status=st)
        lines = P.wrap(f"{lab}　{txt}", 9.5, 445, "M", indent="　　")
        tag = f"【{st}】"
        if P.width(lines[-1] + tag, 9.5, "M") <= 445:
            lines[-1] += tag
        else:                      # the tag goes alone onto the next line
            lines.append("　　" + tag)
        for line in lines:
            P.text(pg, 75, y + 9.5, line, 9.5, "M")
            y += 15
        y += 2
    y += 6
P.rect(pg, 50, box_top, 545, y, width_=0.9)
y += 22
P.text(pg, 45, y, "６　年度末に向けた取組", 11.5, "G")
y += 10
SEC2 = "年度末に向けた取組"
for lab, txt, st in (("（１）", "３月を滞納整理強化期間とし、管理職を含む全職員で夜間電話催告を実施する。", "継続"),
                     ("（２）", "出納整理期間中の納付につなげるため、３月中旬に催告書を一斉に発送する。", None),
                     ("（３）", "高額滞納事案について、県税事務所と合同で捜索を実施する。", "新規")):
    d.init(txt, debt=None, debt_raw=None, fy=FY, section=SEC2, label=lab, status=st)
    body = f"{lab}{txt}" + (f"【{st}】" if st else "")
    for line in P.wrap(body, 9.5, 470, "M", indent="　　　"):
        P.text(pg, 60, y + 9.5, line, 9.5, "M")
        y += 15
    y += 3
footer(pg, 6)


if __name__ == "__main__":
    doc.subset_fonts()
    doc.save(PDF_DIR / f"{STEM}.pdf", garbage=4, deflate=True)
    doc.close()
    d.write_gold(kind="progress_report", family="shinchoku", municipality=CITY,
                 title="令和５年度 市税等の収納状況及び収納対策の取組状況について（令和６年２月末現在）",
                 date="2024-03-15", date_raw="令和６年３月１５日")
