"""nf_nasushiobara_progress_1: 那須塩原市 令和５年度 市税等の収納状況及び取組状況（中間報告・令和６年２月末現在）.

Tool chain: PyMuPDF drawing directly (IPAex Gothic / Mincho, subset).  Run from corpus/dev54:
    python3 build/nf_nasushiobara_progress_1.py
All figures are invented; the gold is written from the same data that draws the PDF.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pymupdf as fitz  # noqa: E402

from nf_common import (PDF_DIR, Facts, Inits, check, comma, oku_man, pct, rate, rnd, signed,  # noqa: E402
                       write_gold, zen)
from nf_pdfdraw import GREY, cell, footer, line, para, rect, text, vcell  # noqa: E402,F401

STEM = "nf_nasushiobara_progress_1"
FY = 2023
ASOF = "2024-02-29"          # 令和６年２月末 (leap year)
PREV_ASOF = "2023-02-28"     # 前年同月
F = Facts()
I = Inits()

# ---------------------------------------------------------------- data (千円)
# key: (full name, short name, canonical, section, 所管課)
DEBTS = {
    "shizei": ("市税", "市税", "市税", "一般会計", "収納課"),
    "hoiku": ("保育所保育料", "保育料", "保育所保育料", "一般会計", "保育課"),
    "jutaku": ("市営住宅使用料", "住宅使用料", "住宅使用料", "一般会計", "都市整備課"),
    "kokuho": ("国民健康保険税", "国保税", "国民健康保険料", "特別会計", "国保年金課"),
    "kaigo": ("介護保険料", "介護料", "介護保険料", "特別会計", "高齢福祉課"),
    "kouki": ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", "特別会計", "国保年金課"),
}
ORDER = ["shizei", "hoiku", "jutaku", "kokuho", "kaigo", "kouki"]
# this year, 令和６年２月末: current (assessed, collected), arrears (assessed, collected)
CUR = {"shizei": (16842315, 15061702), "hoiku": (298412, 262388), "jutaku": (187530, 168221),
       "kokuho": (2912604, 2287012), "kaigo": (2468930, 2351277), "kouki": (1106845, 1067311)}
ARR = {"shizei": (812406, 205338), "hoiku": (24815, 4102), "jutaku": (41238, 5611),
       "kokuho": (1208551, 236913), "kaigo": (58327, 9844), "kouki": (12406, 3905)}
# last year, 令和５年２月末
PCUR = {"shizei": (16523880, 14726090), "hoiku": (305118, 265990), "jutaku": (189204, 168310),
        "kokuho": (3010455, 2376402), "kaigo": (2441208, 2316890), "kouki": (1071322, 1031905)}
PARR = {"shizei": (866120, 208402), "hoiku": (26402, 4010), "jutaku": (43907, 5520),
        "kokuho": (1289330, 239118), "kaigo": (61540, 9522), "kouki": (11980, 3611)}
# 決算見込 / 目標 (current, arrears)
EST = {"shizei": (99.08, 27.9), "kokuho": (94.35, 24.8), "kaigo": (99.21, 21.5), "kouki": (99.58, 40.2),
       "hoiku": (98.42, 20.1), "jutaku": (97.10, 15.6)}
TGT = {"shizei": (99.10, 28.0), "kokuho": (94.50, 25.0), "kaigo": (99.20, 22.0), "kouki": (99.60, 40.0),
       "hoiku": (98.50, 21.0), "jutaku": (97.00, 16.0)}
WRITTEN_OFF = {"shizei": 21538, "kokuho": 14906}   # ２月末までの不納欠損額（千円）

MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]
MEND = ["04-30", "05-31", "06-30", "07-31", "08-31", "09-30", "10-31", "11-30", "12-31", "01-31", "02-DD", "03-31"]
TOTAL_ASSESSED_THIS = CUR["shizei"][0]
TOTAL_ASSESSED_PREV = PCUR["shizei"][0]
MON_THIS = [1512330, 3925100, 6105420, 7702880, 8958210, 10230560, 11168900, 12006330, 13402150, 14190620,
            CUR["shizei"][1], None]
MON_PREV = [1470210, 3840550, 5968020, 7540300, 8790650, 10052880, 10975400, 11802660, 13188940, 13928310,
            PCUR["shizei"][1], 16128410]

DIST = [  # 市税現年課税分, 円: (地区, assessed, collected, 前年同月収納率)
    ("黒磯地区", 8101432610, 7245918204, 89.10),
    ("西那須野地区", 7384610905, 6614127322, 89.25),
]
_tot_a, _tot_c = 16842314861, 15061701938
DIST.append(("塩原地区", _tot_a - sum(d[1] for d in DIST), _tot_c - sum(d[2] for d in DIST), 88.95))
DIST_PREV_TOTAL = 89.12
assert round(_tot_a / 1000) == CUR["shizei"][0] and round(_tot_c / 1000) == CUR["shizei"][1]

DELINQ = [  # label, metric, unit, 前年同期, 今期, debt key
    ("市税　滞納者数（人）", "delinquents", "persons", 4812, 4655, "shizei"),
    ("国保税　滞納世帯数（世帯）", "delinquents", "households", 3204, 3118, "kokuho"),
    ("市税　差押件数（件）", "seizure_cases", "cases", 1215, 1342, "shizei"),
    ("国保税　差押件数（件）", "seizure_cases", "cases", 488, 521, "kokuho"),
]


def month_date(i, fy):
    m = MEND[i]
    y = fy if i < 9 else fy + 1
    if m == "02-DD":
        return f"{y}-02-29" if y % 4 == 0 else f"{y}-02-28"
    return f"{y}-{m}"


def R(key, seg, this=True):
    src = (CUR if seg == "current" else ARR) if this else (PCUR if seg == "current" else PARR)
    if seg == "total":
        a = (CUR if this else PCUR)[key][0] + (ARR if this else PARR)[key][0]
        c = (CUR if this else PCUR)[key][1] + (ARR if this else PARR)[key][1]
        return a, c, rate(c, a)
    a, c = src[key]
    return a, c, rate(c, a)


def debt_kw(key, short=True):
    full, sh, canon, _, _ = DEBTS[key]
    return {"debt": canon, "debt_raw": sh if short else full}


def fsum(keys, seg, this=True):
    a = sum(R(k, seg, this)[0] for k in keys)
    c = sum(R(k, seg, this)[1] for k in keys)
    return a, c, rate(c, a)


def interim(this=True):
    return {"basis": "interim", "as_of": ASOF if this else PREV_ASOF}


# ---------------------------------------------------------------- document
doc = fitz.open()
PW, PH = 595.0, 842.0
ML = 52


def new_page(landscape=False):
    p = doc.new_page(width=PH if landscape else PW, height=PW if landscape else PH)
    F.page = I.page = doc.page_count
    return p


def heading(p, x, y, s, size=11.5):
    text(p, x, y, s, size, "gt")
    return y + size * 1.9


# ================================================================ page 1
p = new_page()
text(p, PW - ML, 48, "令和６年３月15日", 9.5, "mc", align="right")
text(p, PW - ML, 63, "総務部収納課", 9.5, "mc", align="right")
TITLE = "令和５年度 市税等の収納状況及び取組状況について（中間報告）"
text(p, PW / 2, 100, TITLE, 14, "gt", align="center")
text(p, PW / 2, 122, "― 令和６年２月末現在 ―", 11, "gt", align="center")
y = heading(p, ML, 160, "１　収納状況の概要")

all_keys = ORDER
tot_this = fsum(all_keys, "current")[1] + fsum(all_keys, "arrears")[1]
tot_prev = fsum(all_keys, "current", False)[1] + fsum(all_keys, "arrears", False)[1]
coll_yen = round(tot_this * 1000, -6)
diff_yen = round((tot_this - tot_prev) * 1000, -6)
sz_c = R("shizei", "current")[2]
sz_pc = R("shizei", "current", False)[2]
dec_this = rate(MON_THIS[8], TOTAL_ASSESSED_THIS)
dec_prev = rate(MON_PREV[8], TOTAL_ASSESSED_PREV)
dec_diff = rnd(dec_this - dec_prev)
kh_c = R("kokuho", "current")[2]
kh_pc = R("kokuho", "current", False)[2]
sz_diff = rnd(sz_c - sz_pc)
kh_diff = rnd(kh_c - kh_pc)
assert dec_diff < 0 < sz_diff and kh_diff < 0

r_coll = "約" + oku_man(coll_yen)
r_diff = "約" + oku_man(diff_yen)
F.add(r_coll, coll_yen, "collected", "yen", fy=FY, fy_raw="令和６年２月末", approx=True, **interim())
F.add(r_diff, diff_yen, "difference", "yen", fy=FY, fy_raw="令和６年２月末", approx=True, **interim())
F.add(f"{pct(sz_c)}％", sz_c, "collection_rate", "percent", debt="市税", debt_raw="市税", fy=FY,
      fy_raw="令和６年２月末", segment="current", **interim())
F.add(f"{pct(sz_diff)}ポイント", sz_diff, "difference", "points", debt="市税", debt_raw="市税", fy=FY,
      fy_raw="令和６年２月末", segment="current", **interim())
F.add(f"{pct(abs(dec_diff))}ポイント", dec_diff, "difference", "points", debt="市税", debt_raw="市税", fy=FY,
      fy_raw="12月末", segment="current", basis="interim", as_of="2023-12-31")
F.add(f"{pct(kh_c)}％", kh_c, "collection_rate", "percent", debt="国民健康保険料", debt_raw="国民健康保険税", fy=FY,
      fy_raw="令和６年２月末", segment="current", **interim())
F.add(f"{pct(abs(kh_diff))}ポイント", kh_diff, "difference", "points", debt="国民健康保険料", debt_raw="国民健康保険税",
      fy=FY, fy_raw="令和６年２月末", segment="current", **interim())
prose = (
    "　本市では、「那須塩原市市税等収納率向上対策実施計画」に基づき、市税をはじめとする主要６債権について、"
    "現年度分の早期収納と滞納繰越分の圧縮に全庁で取り組んでいる。\n"
    f"　令和６年２月末現在の６債権の収入済額は{r_coll}となり、前年同月と比べ{r_diff}増加した。"
    f"市税の現年課税分収納率は{pct(sz_c)}％で、前年同月比{pct(sz_diff)}ポイント上昇した。"
    f"12月末時点では前年同月を{pct(abs(dec_diff))}ポイント下回っていたが、１月以降の催告強化により持ち直している。\n"
    f"　一方、国民健康保険税の現年分収納率は{pct(kh_c)}％で、前年同月比{pct(abs(kh_diff))}ポイント低下しており、"
    "出納整理期間に向けて一層の取組が必要である。"
)
y = para(p, ML, y, prose, PW - 2 * ML, 10, "mc", 1.75)

# key-figure panels (side by side)
y += 8
text(p, ML, y, "【主な指標】", 10, "gt")
y += 10
pw_ = (PW - 2 * ML - 3 * 8) / 4
ph_ = 104
outst = (fsum(all_keys, "current")[0] + fsum(all_keys, "arrears")[0] - tot_this - sum(WRITTEN_OFF.values())) * 1000
outst_oku = rnd(outst / 1e8, 1)
panels = [
    ("市税（現年課税分）", "収納率", "令和６年２月末", f"{pct(sz_c)}％", f"前年同月比　{'＋' + pct(sz_diff)}ポイント"),
    ("国民健康保険税（現年分）", "収納率", "令和６年２月末", f"{pct(kh_c)}％", f"前年同月比　{signed(kh_diff, 2)}ポイント"),
    ("主要６債権", "収入未済額", "令和６年２月末現在", f"約{outst_oku}億円", "※不納欠損処理後"),
    ("市税（現年課税分）", "決算見込収納率", "令和５年度", f"{pct(EST['shizei'][0])}％", f"目標　{pct(TGT['shizei'][0])}％"),
]
for i, (l1, l2, yr, big, sub) in enumerate(panels):
    x0 = ML + i * (pw_ + 8)
    rect(p, (x0, y, x0 + pw_, y + ph_), fill=(0.93, 0.95, 0.98), color=(0.3, 0.4, 0.6), width=0.9)
    p.draw_rect(fitz.Rect(x0, y, x0 + pw_, y + 18), color=None, fill=(0.3, 0.4, 0.6))
    text(p, x0 + pw_ / 2, y + 12.5, l1, 8, "gt", (1, 1, 1), "center")
    text(p, x0 + pw_ / 2, y + 32, l2, 9, "gt", align="center")
    text(p, x0 + pw_ / 2, y + 46, yr, 8, "gt", GREY, "center")
    text(p, x0 + pw_ / 2, y + 72, big, 17, "gt", (0.1, 0.2, 0.45), "center")
    text(p, x0 + pw_ / 2, y + 92, sub, 7.5, "gt", align="center")
F.add(f"{pct(sz_c)}％", sz_c, "collection_rate", "percent", debt="市税", debt_raw="市税（現年課税分）", fy=FY,
      fy_raw="令和６年２月末", segment="current", **interim())
F.add(f"＋{pct(sz_diff)}", sz_diff, "difference", "points", debt="市税", debt_raw="市税（現年課税分）", fy=FY,
      fy_raw="令和６年２月末", segment="current", **interim())
F.add(f"{pct(kh_c)}％", kh_c, "collection_rate", "percent", debt="国民健康保険料", debt_raw="国民健康保険税（現年分）",
      fy=FY, fy_raw="令和６年２月末", segment="current", **interim())
F.add(signed(kh_diff, 2), kh_diff, "difference", "points", debt="国民健康保険料", debt_raw="国民健康保険税（現年分）",
      fy=FY, fy_raw="令和６年２月末", segment="current", **interim())
F.add(f"約{outst_oku}億円", round(outst_oku * 1e8), "outstanding", "yen", debt=None, debt_raw=None, fy=FY,
      fy_raw="令和６年２月末現在", approx=True, **interim())
F.add(f"{pct(EST['shizei'][0])}％", EST["shizei"][0], "collection_rate", "percent", debt="市税",
      debt_raw="市税（現年課税分）", fy=FY, fy_raw="令和５年度", segment="current", basis="estimate")
F.add(f"{pct(TGT['shizei'][0])}％", TGT["shizei"][0], "collection_rate", "percent", debt="市税",
      debt_raw="市税（現年課税分）", fy=FY, fy_raw="令和５年度", segment="current", basis="target")
y += ph_ + 22

# 【参考】box
R4 = {"cur": 99.05, "arr": 27.41, "out": 312845, "wo": 24118}
bx_h = 92
rect(p, (ML, y, PW - ML, y + bx_h), width=0.8)
text(p, ML + 10, y + 17, "【参考】R4年度決算（市税）", 9.5, "gt")
refs = [("現年課税分収納率", f"{pct(R4['cur'])}％", R4["cur"], "collection_rate", "percent", "current"),
        ("滞納繰越分収納率", f"{pct(R4['arr'])}％", R4["arr"], "collection_rate", "percent", "arrears"),
        ("収入未済額", f"{comma(R4['out'])}千円", R4["out"] * 1000, "outstanding", "yen", "total"),
        ("不納欠損額", f"{comma(R4['wo'])}千円", R4["wo"] * 1000, "written_off", "yen", "total")]
for j, (lab, raw, val, met, unit, seg) in enumerate(refs):
    xx = ML + 18 + (j % 2) * 240
    yy = y + 40 + (j // 2) * 22
    text(p, xx, yy, f"・{lab}：{raw}", 9.5, "mc")
    F.add(raw, val, met, unit, debt="市税", debt_raw="市税", fy=2022, fy_raw="R4年度", segment=seg, basis="actual")
text(p, ML + 18, y + bx_h - 9, "（出納整理期間終了後の確定値）", 8, "mc", GREY)
y += bx_h + 20
y = para(p, ML, y, "※ 本資料の対象債権は、市税、保育所保育料、市営住宅使用料、国民健康保険税、介護保険料及び"
         "後期高齢者医療保険料の６債権である。各表の数値は単位未満を四捨五入しているため、計と内訳が一致しない場合がある。",
         PW - 2 * ML, 8.5, "mc", 1.6, hang=12)
footer(p, 1)

# ================================================================ page 2 (landscape, wide table)
p = new_page(landscape=True)
W2, H2 = PH, PW
x = 40
text(p, x, 44, "２　債権別の収納状況", 11.5, "gt")
text(p, x, 66, "表１　債権別収納状況（令和５年度・令和６年２月末現在）", 10, "gt")
text(p, W2 - 40, 66, "単位：千円、％", 8.5, "mc", align="right")
cols = [104, 72, 72, 46, 68, 68, 46, 76, 76, 46, 54, 44]
xs = [x]
for c in cols:
    xs.append(xs[-1] + c)
top = 74
hh = [18, 18, 20]
HDR = (0.27, 0.36, 0.52)
WH = (1, 1, 1)
y0, y1, y2, y3 = top, top + hh[0], top + hh[0] + hh[1], top + sum(hh)


def hcell(r, s, size=8):
    p.draw_rect(fitz.Rect(r), color=WH, fill=HDR, width=1.0)
    cell(p, r, s, size, border=False, color=WH)


hcell((xs[0], y0, xs[1], y3), "債権名")
hcell((xs[1], y0, xs[10], y1), "令和５年度（令和６年２月末現在）")
hcell((xs[10], y0, xs[12], y2), "前年同月比較（計）")
for g, lab in enumerate(["現年度分", "滞納繰越分", "計"]):
    hcell((xs[1 + 3 * g], y1, xs[4 + 3 * g], y2), lab)
    hcell((xs[1 + 3 * g], y2, xs[2 + 3 * g], y3), "調定額※1" if g == 0 else "調定額")
    hcell((xs[2 + 3 * g], y2, xs[3 + 3 * g], y3), "収入済額")
    hcell((xs[3 + 3 * g], y2, xs[4 + 3 * g], y3), "収納率")
hcell((xs[10], y2, xs[11], y3), "前年同月\n収納率", 7.5)
hcell((xs[11], y2, xs[12], y3), "差")

rows = []
for sec, keys in (("一般会計", ["shizei", "hoiku", "jutaku"]), ("特別会計", ["kokuho", "kaigo", "kouki"])):
    rows.append(("section", sec, None))
    for k in keys:
        rows.append(("debt", k, None))
    rows.append(("sub", sec, keys))
rows.append(("total", "合計", ORDER))
yy = y3
rh = 21
zebra = 0
fy_raw_t1 = "令和５年度"
for kind, a, keys in rows:
    if kind == "section":
        p.draw_rect(fitz.Rect(xs[0], yy, xs[-1], yy + rh - 3), color=None, fill=(0.82, 0.86, 0.92))
        text(p, xs[0] + 4, yy + 12.5, f"【{a}】", 8.5, "gt")
        yy += rh - 3
        continue
    if kind == "debt":
        label = DEBTS[a][1]
        kw = debt_kw(a)
        vals = [R(a, "current"), R(a, "arrears"), R(a, "total")]
        prev = R(a, "total", False)[2]
    else:
        label = "小計" if kind == "sub" else "合計"
        kw = {"debt": None, "debt_raw": (a + "小計") if kind == "sub" else "合計"}
        vals = [fsum(keys, "current"), fsum(keys, "arrears"), fsum(keys, "total")]
        prev = fsum(keys, "total", False)[2]
    fill = (0.95, 0.95, 0.95) if zebra % 2 else None
    if kind != "debt":
        fill = (0.88, 0.88, 0.88)
    else:
        zebra += 1
    if fill:
        p.draw_rect(fitz.Rect(xs[0], yy, xs[-1], yy + rh), color=None, fill=fill)
    bold = "gt"
    text(p, xs[0] + (14 if kind == "debt" else 30), yy + 14, label, 8.5, bold)
    ci = 1
    for seg, (aa, cc, rr) in zip(("current", "arrears", "total"), vals):
        raws = [comma(aa), comma(cc), pct(rr)]
        for met, raw, v, unit in (("assessed", raws[0], aa * 1000, "yen"), ("collected", raws[1], cc * 1000, "yen"),
                                  ("collection_rate", raws[2], rr, "percent")):
            shown = raw
            if kind == "debt" and a == "shizei" and seg == "arrears" and met == "collection_rate":
                shown = raw + "※2"
            text(p, xs[ci + 1] - 4, yy + 14, shown, 8.5, "gt", align="right")
            F.add(raw, v, met, unit, fy=FY, fy_raw=fy_raw_t1, segment=seg, **interim(), **kw)
            ci += 1
    d = rnd(vals[2][2] - prev)
    text(p, xs[11] - 4, yy + 14, pct(prev), 8.5, "gt", align="right")
    text(p, xs[12] - 4, yy + 14, signed(d, 2), 8.5, "gt", align="right")
    F.add(pct(prev), prev, "collection_rate", "percent", fy=FY - 1, fy_raw="前年同月", segment="total",
          **interim(False), **kw)
    F.add(signed(d, 2), d, "difference", "points", fy=FY, fy_raw=fy_raw_t1, segment="total", **interim(), **kw)
    yy += rh
line(p, (xs[0], yy), (xs[-1], yy), width=1.0)
yy += 16
notes = [
    "※1 調定額は令和６年２月末現在の額であり、還付未済額を含まない。",
    "※2 市税の滞納繰越分には、新型コロナウイルス感染症に係る徴収猶予の特例を受けた分の残額を含む。",
    f"※3 ２月末までに不納欠損処分を行った額は、市税 {comma(WRITTEN_OFF['shizei'])}千円、国保税 "
    f"{comma(WRITTEN_OFF['kokuho'])}千円である（表１の調定額に含む。）。",
    "（注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、"
    "住宅使用料＝市営住宅使用料",
    "　　　「差」は計の収納率から前年同月収納率を差し引いたもの（単位：ポイント）。△はマイナスを示す。",
]
for n_ in notes:
    text(p, xs[0], yy, n_, 8, "mc")
    yy += 14
F.add(f"{comma(WRITTEN_OFF['shizei'])}千円", WRITTEN_OFF["shizei"] * 1000, "written_off", "yen", debt="市税",
      debt_raw="市税", fy=FY, fy_raw="２月末", segment="total", **interim())
F.add(f"{comma(WRITTEN_OFF['kokuho'])}千円", WRITTEN_OFF["kokuho"] * 1000, "written_off", "yen",
      debt="国民健康保険料", debt_raw="国保税", fy=FY, fy_raw="２月末", segment="total", **interim())
footer(p, 2)

# ================================================================ page 3
p = new_page()
y = heading(p, ML, 60, "３　市税（現年課税分）の月別収納状況")
text(p, ML, y, "表２　月別収納状況（累計）　― 令和５年度（本年度）と令和４年度（前年度）の比較 ―", 9.5, "gt")
y += 8
cw = [70, 88, 70, 88, 70, 76]
xs = [ML + 10]
for c in cw:
    xs.append(xs[-1] + c)
HF = (0.85, 0.89, 0.95)
cell(p, (xs[0], y, xs[1], y + 36), "月", 8.5, fill=HF)
cell(p, (xs[1], y, xs[3], y + 16), "前年度", 8.5, fill=HF)
cell(p, (xs[3], y, xs[5], y + 16), "本年度", 8.5, fill=HF)
cell(p, (xs[5], y, xs[6], y + 36), "差\n（ポイント）", 8, fill=HF)
for j, lab in enumerate(["収入済額（千円）", "収納率（％）", "収入済額（千円）", "収納率（％）"]):
    cell(p, (xs[1 + j], y + 16, xs[2 + j], y + 36), lab, 7.5, fill=HF)
y += 36
rh = 19.5
for i, mname in enumerate(MONTHS):
    pv = MON_PREV[i]
    tv = MON_THIS[i]
    pr = rate(pv, TOTAL_ASSESSED_PREV)
    cell(p, (xs[0], y, xs[1], y + rh), mname, 8.5)
    cell(p, (xs[1], y, xs[2], y + rh), comma(pv), 8.5, align="right")
    cell(p, (xs[2], y, xs[3], y + rh), pct(pr), 8.5, align="right")
    F.add(comma(pv), pv * 1000, "collected", "yen", debt="市税", debt_raw="市税", fy=FY - 1, fy_raw="前年度",
          segment="current", basis="interim", as_of=month_date(i, FY - 1))
    F.add(pct(pr), pr, "collection_rate", "percent", debt="市税", debt_raw="市税", fy=FY - 1, fy_raw="前年度",
          segment="current", basis="interim", as_of=month_date(i, FY - 1))
    if tv is None:
        for j in (3, 4, 5):
            cell(p, (xs[j], y, xs[j + 1], y + rh), "－", 8.5)
    else:
        tr = rate(tv, TOTAL_ASSESSED_THIS)
        d = rnd(tr - pr)
        cell(p, (xs[3], y, xs[4], y + rh), comma(tv), 8.5, align="right")
        cell(p, (xs[4], y, xs[5], y + rh), pct(tr), 8.5, align="right")
        cell(p, (xs[5], y, xs[6], y + rh), signed(d, 2), 8.5, align="right")
        F.add(comma(tv), tv * 1000, "collected", "yen", debt="市税", debt_raw="市税", fy=FY, fy_raw="本年度",
              segment="current", basis="interim", as_of=month_date(i, FY))
        F.add(pct(tr), tr, "collection_rate", "percent", debt="市税", debt_raw="市税", fy=FY, fy_raw="本年度",
              segment="current", basis="interim", as_of=month_date(i, FY))
        F.add(signed(d, 2), d, "difference", "points", debt="市税", debt_raw="市税", fy=FY, fy_raw="本年度",
              segment="current", basis="interim", as_of=month_date(i, FY))
    y += rh
y += 12
y = para(p, ML + 10, y, "※ 収納率は各月末の累計収入済額を当該年度の現年課税分調定額で除したもの。本年度の３月末は集計前のため「－」とした。",
         PW - 2 * ML - 20, 8, "mc", 1.6, hang=12)

# bar chart with data labels
y += 14
text(p, ML, y, "図１　債権別 現年度分収納率（２月末）の比較", 9.5, "gt")
text(p, PW - ML, y, "（単位：％）", 8, "mc", align="right")
cx0, cy0, cx1, cy1 = ML + 30, y + 24, PW - ML - 6, y + 205
rect(p, (ML + 4, y + 10, PW - ML, cy1 + 40), color=(0.6, 0.6, 0.6), width=0.5)
vmin, vmax = 60.0, 100.0
for gv in (60, 70, 80, 90, 100):
    gy = cy1 - (gv - vmin) / (vmax - vmin) * (cy1 - cy0)
    line(p, (cx0, gy), (cx1, gy), color=(0.85, 0.85, 0.85), width=0.4)
    text(p, cx0 - 4, gy + 3, str(gv), 7, "gt", GREY, "right")
line(p, (cx0, cy1), (cx1, cy1), width=0.8)
gw = (cx1 - cx0) / len(ORDER)
bw = 22
C_PREV = (0.70, 0.74, 0.80)
C_THIS = (0.20, 0.32, 0.55)
for i, k in enumerate(ORDER):
    gx = cx0 + i * gw + gw / 2
    for j, (this, col) in enumerate(((False, C_PREV), (True, C_THIS))):
        v = R(k, "current", this)[2]
        bx = gx - bw - 2 + j * (bw + 4)
        by = cy1 - (v - vmin) / (vmax - vmin) * (cy1 - cy0)
        p.draw_rect(fitz.Rect(bx, by, bx + bw, cy1), color=None, fill=col)
        text(p, bx + bw / 2, by - 3, pct(v), 6.8, "gt", align="center")
        F.add(pct(v), v, "collection_rate", "percent", fy=FY if this else FY - 1,
              fy_raw="令和６年２月末" if this else "令和５年２月末", segment="current", **interim(this), **debt_kw(k))
    text(p, gx, cy1 + 13, DEBTS[k][1], 8, "gt", align="center")
ly = cy1 + 30
p.draw_rect(fitz.Rect(cx0 + 120, ly - 7, cx0 + 128, ly + 1), color=None, fill=C_PREV)
text(p, cx0 + 132, ly, "令和５年２月末（前年同月）", 7.5, "gt")
p.draw_rect(fitz.Rect(cx0 + 260, ly - 7, cx0 + 268, ly + 1), color=None, fill=C_THIS)
text(p, cx0 + 272, ly, "令和６年２月末", 7.5, "gt")
footer(p, 3)

# ================================================================ page 4
p = new_page()
y = heading(p, ML, 60, "４　地区別・区分別の状況")
text(p, ML, y, "表３　市税（現年課税分）地区別収納状況（令和６年２月末現在）", 9.5, "gt")
y += 8
cw = [84, 100, 100, 64, 72, 71]
xs = [ML]
for c in cw:
    xs.append(xs[-1] + c)
hdr = ["地区", "調定額（円）", "収入済額（円）", "収納率（％）", "前年同月\n収納率（％）", "差\n（ポイント）"]
for j, h in enumerate(hdr):
    cell(p, (xs[j], y, xs[j + 1], y + 30), h, 8, fill=HF)
y += 30
rh = 21
for name, a, c, prev in DIST + [("計", _tot_a, _tot_c, DIST_PREV_TOTAL)]:
    rr = rate(c, a)
    d = rnd(rr - prev)
    area = None if name == "計" else name
    kw = {"debt": "市税", "debt_raw": "市税"}
    fill = (0.93, 0.93, 0.93) if name == "計" else None
    vals = [(comma(a), a, "assessed", "yen"), (comma(c), c, "collected", "yen"), (pct(rr), rr, "collection_rate", "percent")]
    cell(p, (xs[0], y, xs[1], y + rh), name, 8.5, fill=fill)
    for j, (raw, v, met, unit) in enumerate(vals):
        cell(p, (xs[1 + j], y, xs[2 + j], y + rh), raw, 8.5, align="right", fill=fill)
        F.add(raw, v, met, unit, fy=FY, fy_raw="令和６年２月末", segment="current", area=area, **interim(), **kw)
    cell(p, (xs[4], y, xs[5], y + rh), pct(prev), 8.5, align="right", fill=fill)
    cell(p, (xs[5], y, xs[6], y + rh), signed(d, 2), 8.5, align="right", fill=fill)
    F.add(pct(prev), prev, "collection_rate", "percent", fy=FY - 1, fy_raw="前年同月", segment="current", area=area,
          **interim(False), **kw)
    F.add(signed(d, 2), d, "difference", "points", fy=FY, fy_raw="令和６年２月末", segment="current", area=area,
          **interim(), **kw)
    y += rh
y += 12
text(p, ML, y, "※ 地区は納税義務者の住所地による。市外居住者分は住所地に最も近い地区に含めている。", 8, "mc")
y += 30

# 表４ (metric in the row header) beside 表５ (counts)
ty = y
text(p, ML, ty, "表４　国保税の収納状況（２月末）", 9.5, "gt")
text(p, ML + 228, ty, "単位：千円、％", 7.5, "mc", align="right")
ty += 8
cw4 = [58, 60, 56, 56]
xs4 = [ML]
for c in cw4:
    xs4.append(xs4[-1] + c)
for j, h in enumerate(["区分", "現年分", "滞繰分", "計"]):
    cell(p, (xs4[j], ty, xs4[j + 1], ty + 20), h, 8, fill=HF)
ty += 20
segvals = [R("kokuho", s) for s in ("current", "arrears", "total")]
for m_i, (lab, met, unit) in enumerate((("調定額", "assessed", "yen"), ("収入済額", "collected", "yen"),
                                        ("収納率", "collection_rate", "percent"))):
    cell(p, (xs4[0], ty, xs4[1], ty + 22), lab, 8, fill=HF)
    for j, seg in enumerate(("current", "arrears", "total")):
        v = segvals[j][m_i]
        raw = pct(v) if unit == "percent" else comma(v)
        cell(p, (xs4[1 + j], ty, xs4[2 + j], ty + 22), raw, 8, align="right")
        F.add(raw, v if unit == "percent" else v * 1000, met, unit, debt="国民健康保険料", debt_raw="国保税", fy=FY,
              fy_raw="２月末", segment=seg, **interim())
    ty += 22
ty += 10
text(p, ML, ty, "※ 国保税＝国民健康保険税", 7.5, "mc")

ty = y
X5 = ML + 250
text(p, X5, ty, "表５　滞納者数・差押件数（前年同期との比較）", 9.5, "gt")
ty += 8
cw5 = [104, 52, 52, 33]
xs5 = [X5]
for c in cw5:
    xs5.append(xs5[-1] + c)
for j, h in enumerate(["項目", "前年同期", "今期", "増減"]):
    cell(p, (xs5[j], ty, xs5[j + 1], ty + 20), h, 8, fill=HF)
ty += 20
for lab, met, unit, pv, tv, k in DELINQ:
    d = tv - pv
    cell(p, (xs5[0], ty, xs5[1], ty + 22), lab, 7.5, align="left")
    cell(p, (xs5[1], ty, xs5[2], ty + 22), comma(pv), 8, align="right")
    cell(p, (xs5[2], ty, xs5[3], ty + 22), comma(tv), 8, align="right")
    cell(p, (xs5[3], ty, xs5[4], ty + 22), signed(d), 7.5, align="right")
    kw = debt_kw(k)
    F.add(comma(pv), pv, met, unit, fy=FY - 1, fy_raw="前年同期", **interim(False), **kw)
    F.add(comma(tv), tv, met, unit, fy=FY, fy_raw="今期", **interim(), **kw)
    F.add(signed(d), d, "difference", unit, fy=FY, fy_raw="今期", **interim(), **kw)
    ty += 22
ty += 10
text(p, X5, ty, "※ 今期は令和６年２月末、前年同期は令和５年２月末の数値。", 7.5, "mc")
ty += 12
text(p, X5, ty, "　 滞納者数は実人数、滞納世帯数は世帯主単位で計上。", 7.5, "mc")

y = max(ty, y + 120) + 40
y = heading(p, ML, y, "【所見】", 10)
obs = ("　市税は、黒磯地区及び西那須野地区で前年同月を上回った一方、塩原地区は宿泊業等の事業者分の納付が遅れており、"
       "前年同月をわずかに下回っている。国保税は、滞納世帯数が減少したものの、現年分の収納率が伸び悩んでいるため、"
       "３月の滞納整理強化月間において現年分の未納世帯への催告を重点的に実施する。")
para(p, ML, y, obs, PW - 2 * ML, 9.5, "mc", 1.7)
footer(p, 4)

# ================================================================ page 5
p = new_page()
y = 58


def debt_section(p, y, key, num, items, label_style):
    full, sh, canon, sec, ka = DEBTS[key]
    y = heading(p, ML, y, f"５－{num}　債権ごとの取組状況（{full}）", 11)
    text(p, PW - ML, y - 20, f"所管：{ka}", 8.5, "mc", align="right")
    c_, pc_ = R(key, "current")[2], R(key, "current", False)[2]
    a_, pa_ = R(key, "arrears")[2], R(key, "arrears", False)[2]
    text(p, ML + 6, y, "【収納率】令和６年２月末時点", 9.5, "gt")
    y += 16
    kw = {"debt": canon, "debt_raw": full}
    for lab, seg, v, pv in (("現年分", "current", c_, pc_), ("滞繰分", "arrears", a_, pa_)):
        text(p, ML + 18, y, f"・{lab}　{pct(v)}％（前年同月　{pct(pv)}％）", 9.5, "mc")
        F.add(f"{pct(v)}％", v, "collection_rate", "percent", fy=FY, fy_raw="令和６年２月末", segment=seg, **interim(), **kw)
        F.add(f"{pct(pv)}％", pv, "collection_rate", "percent", fy=FY - 1, fy_raw="前年同月", segment=seg,
              **interim(False), **kw)
        y += 15
    y += 4
    text(p, ML + 6, y, "【決算見込】令和５年度", 9.5, "gt")
    y += 16
    for j, (lab, seg) in enumerate((("現年分", "current"), ("滞繰分", "arrears"))):
        e, t = EST[key][j], TGT[key][j]
        nd = 2 if seg == "current" else 1
        text(p, ML + 18, y, f"・{lab}　{e:.{nd}f}％（目標　{t:.{nd}f}％）", 9.5, "mc")
        F.add(f"{e:.{nd}f}％", e, "collection_rate", "percent", fy=FY, fy_raw="令和５年度", segment=seg,
              basis="estimate", **kw)
        F.add(f"{t:.{nd}f}％", t, "collection_rate", "percent", fy=FY, fy_raw="令和５年度", segment=seg,
              basis="target", **kw)
        y += 15
    y += 4
    text(p, ML + 6, y, "【取組状況】", 9.5, "gt")
    y += 16
    for lab, body, tag, tag_alone in items:
        shown = body + (f"【{tag}】" if tag and not tag_alone else "")
        y = para(p, ML + 18, y, f"{lab}　{shown}", PW - 2 * ML - 24, 9.5, "mc", 1.6, hang=22)
        if tag and tag_alone:
            text(p, ML + 40, y, f"【{tag}】", 9.5, "mc")
            y += 15
        I.add(body, debt=canon, debt_raw=full, fy=FY, section="取組状況", label=lab, status=tag)
        y += 2
    return y + 14


SZ_ITEMS = [
    ("①", "納期限後20日以内の督促状の発送を徹底するとともに、督促後も未納の方には電話催告センターから早期に納付を呼びかけた。",
     "継続", False),
    ("②", "スマートフォン決済アプリによる納付に加え、令和５年10月から地方税統一QRコードを活用した納付を開始し、"
     "納付環境の充実を図った。", "拡充", False),
    ("③", "高額・長期の滞納事案は特別滞納整理班に移管し、預貯金及び給与の差押えを中心に滞納処分を進めた。", "継続", False),
    ("④", "滞納繰越分のうち、財産調査の結果、差押可能な財産がない事案については、滞納処分の執行停止を適正に行い、"
     "滞納額の整理を進める。", "新規", True),
]
KH_ITEMS = [
    ("(1)", "短期被保険者証の更新時に納付相談を実施し、分納誓約の履行状況を確認した。", "継続", False),
    ("(2)", "口座振替の原則化を進めるため、加入手続の際にペイジー口座振替受付サービスによる登録を勧奨した。", "拡充", False),
    ("(3)", "国保税と市税を併せて滞納している世帯は収納課で一元的に滞納整理を行い、差押件数は前年同期を上回った。", "継続", False),
]
y = debt_section(p, y, "shizei", 1, SZ_ITEMS, "circle")
y = debt_section(p, y, "kokuho", 2, KH_ITEMS, "paren")
footer(p, 5)

# ================================================================ page 6
p = new_page()
y = heading(p, ML, 58, "５－３　その他の債権の取組状況", 11)
text(p, ML, y, "表６　主なその他債権の状況（令和６年２月末現在）", 9.5, "gt")
text(p, PW - ML, y, "（　）内は前年同月の収納率", 7.5, "mc", align="right")
y += 8
cw6 = [78, 52, 52, 62, 48, 199]
xs6 = [ML]
for c in cw6:
    xs6.append(xs6[-1] + c)
cell(p, (xs6[0], y, xs6[1], y + 44), "債権名\n（所管課）", 7.5, fill=HF)
cell(p, (xs6[1], y, xs6[3], y + 18), "収納率（％）", 7.5, fill=HF)
cell(p, (xs6[1], y + 18, xs6[2], y + 44), "現年分", 7.5, fill=HF)
cell(p, (xs6[2], y + 18, xs6[3], y + 44), "滞繰分", 7.5, fill=HF)
cell(p, (xs6[3], y, xs6[4], y + 44), "計\n上段：収入済額\n（千円）\n下段：収納率（％）", 6.5, fill=HF)
cell(p, (xs6[4], y, xs6[5], y + 44), "決算見込\n（現年分）\n（％）", 7, fill=HF)
cell(p, (xs6[5], y, xs6[6], y + 44), "内容", 7.5, fill=HF)
y += 44
OTHER = {
    "kaigo": ["普通徴収の未納者に年２回の催告書を送付し、電話による納付勧奨を併せて行った。",
              "滞納期間に応じた給付制限の事前通知を送付し、早期の納付相談につなげた。"],
    "kouki": ["資格取得直後の普通徴収の方に口座振替依頼書を同封し、口座振替への移行を勧めた。",
              "栃木県後期高齢者医療広域連合と連携し、高額滞納者の財産調査を実施した。"],
    "hoiku": ["児童手当からの申出徴収を活用し、現年分の収納を確保した。",
              "退所者の滞納分については、収納課と連携して預貯金調査を行った。"],
    "jutaku": ["滞納３か月以上の入居者に対し、連帯保証人を交えた納付指導を実施した。",
               "長期滞納者２件について、明渡し請求訴訟の提起に向けた準備を進めた。"],
}
for k in ["kaigo", "kouki", "hoiku", "jutaku"]:
    full, sh, canon, sec, ka = DEBTS[k]
    kw = {"debt": canon, "debt_raw": full}
    c_, pc_ = R(k, "current")[2], R(k, "current", False)[2]
    a_, pa_ = R(k, "arrears")[2], R(k, "arrears", False)[2]
    ta, tc, tr = R(k, "total")
    items = OTHER[k]
    body = "\n".join(f"{'①②③'[i]}{t}" for i, t in enumerate(items))
    rh = 64
    cell(p, (xs6[0], y, xs6[1], y + rh), f"{full}\n（{ka}）", 7.5)
    cell(p, (xs6[1], y, xs6[2], y + rh), f"{pct(c_)}\n（{pct(pc_)}）", 8)
    cell(p, (xs6[2], y, xs6[3], y + rh), f"{pct(a_)}\n（{pct(pa_)}）", 8)
    cell(p, (xs6[3], y, xs6[4], y + rh), f"{comma(tc)}\n{pct(tr)}", 8, align="right")
    cell(p, (xs6[4], y, xs6[5], y + rh), f"{pct(EST[k][0])}", 8)
    cell(p, (xs6[5], y, xs6[6], y + rh), body, 7.5, align="left", lead=1.4)
    for seg, v, pv in (("current", c_, pc_), ("arrears", a_, pa_)):
        F.add(pct(v), v, "collection_rate", "percent", fy=FY, fy_raw="令和６年２月末", segment=seg, **interim(), **kw)
        F.add(pct(pv), pv, "collection_rate", "percent", fy=FY - 1, fy_raw="前年同月", segment=seg, **interim(False), **kw)
    F.add(comma(tc), tc * 1000, "collected", "yen", fy=FY, fy_raw="令和６年２月末", segment="total", **interim(), **kw)
    F.add(pct(tr), tr, "collection_rate", "percent", fy=FY, fy_raw="令和６年２月末", segment="total", **interim(), **kw)
    F.add(pct(EST[k][0]), EST[k][0], "collection_rate", "percent", fy=FY, fy_raw="令和６年２月末現在", segment="current",
          basis="estimate", **kw)
    for i, t in enumerate(items):
        I.add(t, debt=canon, debt_raw=full, fy=FY, section="その他の債権の取組状況", label="①②③"[i])
    y += rh
y += 26
y = heading(p, ML, y, "６　今後の取組方針（年度末及び出納整理期間に向けて）", 11)
PLAN = [
    ("１", "全庁的な取組", None, 0),
    ("（１）", "滞納整理強化月間（３月）の実施", None, 1),
    ("ア", "各債権所管課が催告件数と財産調査件数の目標を設定し、３月中に集中的に実施する。", "(1)ア", 2),
    ("イ", "夜間及び休日の納付相談窓口を開設し、納付の機会を確保する。", "(1)イ", 2),
    ("(ｱ)", "平日夜間窓口は３月の毎週木曜日に午後８時まで開設する。", "(1)イ(ｱ)", 3),
    ("(ｲ)", "休日窓口は３月の第２及び第４日曜日に本庁舎で開設する。", "(1)イ(ｲ)", 3),
    ("（２）", "出納整理期間に向けた進行管理", None, 1),
    ("ア", "決算見込収納率と目標との差を債権ごとに確認し、４月以降の対応を収納対策会議で共有する。", "(2)ア", 2),
    ("イ", "目標に届かない見込みの債権は、所管課と収納課が合同で高額滞納案件の処理方針を協議する。", "(2)イ", 2),
]
for lab, body, glabel, lvl in PLAN:
    ind = [0, 10, 24, 38][lvl]
    if glabel is None:
        text(p, ML + ind, y, f"{lab}　{body}", 10, "gt")
        y += 17
    else:
        y = para(p, ML + ind, y, f"{lab}　{body}", PW - 2 * ML - ind, 9.5, "mc", 1.6, hang=22)
        I.add(body, fy=FY, section="今後の取組方針", label=glabel)
        y += 2
footer(p, 6)

# ================================================================ pages 7-8: long table broken across two pages
PROF_N = [0.10, 0.24, 0.38, 0.50, 0.60, 0.69, 0.77, 0.84, 0.90, 0.95, 1.00]   # 普通徴収中心
PROF_S = [0.08, 0.17, 0.27, 0.36, 0.45, 0.55, 0.64, 0.73, 0.82, 0.91, 1.00]   # 特別徴収中心
MARCH = {"hoiku": 1.08, "jutaku": 1.06, "kokuho": 1.08, "kaigo": 1.04, "kouki": 1.03}
LONG = ["hoiku", "jutaku", "kokuho", "kaigo", "kouki"]


def monthly(k, this):
    a, c = (CUR if this else PCUR)[k]
    prof = PROF_S if k in ("kaigo", "kouki") else PROF_N
    vals = [round(c * f) for f in prof]
    vals.append(None if this else round(c * MARCH[k]))
    return a, vals


def long_header(p, y, cont=False):
    cw7 = [86, 50, 78, 56, 78, 56, 60]
    xs7 = [ML + 4]
    for c_ in cw7:
        xs7.append(xs7[-1] + c_)
    cell(p, (xs7[0], y, xs7[1], y + 34), "債権名", 8, fill=HF)
    cell(p, (xs7[1], y, xs7[2], y + 34), "月", 8, fill=HF)
    cell(p, (xs7[2], y, xs7[4], y + 15), "前年度", 8, fill=HF)
    cell(p, (xs7[4], y, xs7[6], y + 15), "本年度", 8, fill=HF)
    cell(p, (xs7[6], y, xs7[7], y + 34), "差\n（ポイント）", 7.5, fill=HF)
    for j, lab in enumerate(["収入済額（千円）", "収納率（％）", "収入済額（千円）", "収納率（％）"]):
        cell(p, (xs7[2 + j], y + 15, xs7[3 + j], y + 34), lab, 7.2, fill=HF)
    return xs7, y + 34


for part, keys in ((1, LONG[:3]), (2, LONG[3:])):
    p = new_page()
    if part == 1:
        y = heading(p, ML, 52, "参考資料　債権別・月別収納状況（現年度分・累計）", 11)
        text(p, ML, y, "表７　市税以外の５債権の月別収納状況（令和５年度と令和４年度の比較）", 9.5, "gt")
    else:
        y = 52
        text(p, ML, y, "表７　市税以外の５債権の月別収納状況（前頁からの続き）", 9.5, "gt")
    y += 8
    xs7, y = long_header(p, y)
    rh = 17.2 if part == 1 else 18.5
    for k in keys:
        full, sh, canon, _, _ = DEBTS[k]
        pa_, pv = monthly(k, False)
        ta_, tv = monthly(k, True)
        cell(p, (xs7[0], y, xs7[1], y + rh * 12), f"{full}", 8)
        kw = {"debt": canon, "debt_raw": full}
        for i, mname in enumerate(MONTHS):
            yy_ = y + i * rh
            zf = (0.95, 0.96, 0.98) if i % 2 else None
            pr = rate(pv[i], pa_)
            cell(p, (xs7[1], yy_, xs7[2], yy_ + rh), mname, 8, fill=zf)
            cell(p, (xs7[2], yy_, xs7[3], yy_ + rh), comma(pv[i]), 8, align="right", fill=zf)
            cell(p, (xs7[3], yy_, xs7[4], yy_ + rh), pct(pr), 8, align="right", fill=zf)
            F.add(comma(pv[i]), pv[i] * 1000, "collected", "yen", fy=FY - 1, fy_raw="前年度", segment="current",
                  basis="interim", as_of=month_date(i, FY - 1), **kw)
            F.add(pct(pr), pr, "collection_rate", "percent", fy=FY - 1, fy_raw="前年度", segment="current",
                  basis="interim", as_of=month_date(i, FY - 1), **kw)
            if tv[i] is None:
                for j in (4, 5, 6):
                    cell(p, (xs7[j], yy_, xs7[j + 1], yy_ + rh), "－", 8, fill=zf)
                continue
            tr = rate(tv[i], ta_)
            d = rnd(tr - pr)
            cell(p, (xs7[4], yy_, xs7[5], yy_ + rh), comma(tv[i]), 8, align="right", fill=zf)
            cell(p, (xs7[5], yy_, xs7[6], yy_ + rh), pct(tr), 8, align="right", fill=zf)
            cell(p, (xs7[6], yy_, xs7[7], yy_ + rh), signed(d, 2), 8, align="right", fill=zf)
            F.add(comma(tv[i]), tv[i] * 1000, "collected", "yen", fy=FY, fy_raw="本年度", segment="current",
                  basis="interim", as_of=month_date(i, FY), **kw)
            F.add(pct(tr), tr, "collection_rate", "percent", fy=FY, fy_raw="本年度", segment="current",
                  basis="interim", as_of=month_date(i, FY), **kw)
            F.add(signed(d, 2), d, "difference", "points", fy=FY, fy_raw="本年度", segment="current",
                  basis="interim", as_of=month_date(i, FY), **kw)
        y += rh * 12
    if part == 2:
        y += 14
        y = para(p, ML, y, "※ 収納率は各月末の累計収入済額を当該年度の現年度分調定額で除したもの。介護保険料及び後期高齢者医療保険料は"
                 "年金からの特別徴収分を含む。本年度の３月末は集計前のため「－」とした。", PW - 2 * ML, 8, "mc", 1.6, hang=12)
    footer(p, doc.page_count)

PDF_DIR.mkdir(parents=True, exist_ok=True)
doc.subset_fonts()
doc.set_metadata({"title": TITLE, "author": "那須塩原市", "creator": "nf build (PyMuPDF)"})
doc.save(PDF_DIR / f"{STEM}.pdf", garbage=4, deflate=True)
doc.close()

write_gold(STEM, kind="progress_report", family="progress", municipality="那須塩原市", title=TITLE,
           date="2024-03-15", date_raw="令和６年３月15日", facts=F.items, inits=I.items)
sys.exit(1 if check(STEM) else 0)
