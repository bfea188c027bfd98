"""pc_satsumasendai_committee_1: 令和7年度第2回 薩摩川内市債権管理委員会 資料 (取組個票).
Tool chain: PyMuPDF drawing directly (IPAex fonts, subset).  Run from corpus/dev56."""
import os
import sys

import pymupdf as fitz

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pc_common import Gold, Pen, rate  # noqa: E402

STEM = "pc_satsumasendai_committee_1"
g = Gold(STEM, "committee_material", "kobetsu", "薩摩川内市", "令和７年度第２回薩摩川内市債権管理委員会 資料",
         "2026-01-26", "令和８年１月２６日")
AS_OF, PREV = "2025-12-31", "2024-12-31"
YEARS = [2021, 2022, 2023, 2024]
YR = {2021: "令和3年度", 2022: "令和4年度", 2023: "令和5年度", 2024: "令和6年度", 2025: "令和7年度", 2026: "令和8年度"}

# debt: (current assessed base 千円, growth, current rates per year, arrears opening 2021, arrears rates, write-off share)
BASE = {
    "市税": (11826400, 0.008, [98.92, 99.01, 99.08, 99.15], 468230, [22.40, 23.85, 25.12, 26.48], 0.061),
    "国民健康保険税": (1684220, -0.012, [94.62, 94.88, 95.05, 95.31], 652410, [15.02, 15.96, 16.83, 17.85], 0.083),
    "介護保険料": (1412380, 0.015, [99.05, 99.11, 99.18, 99.22], 38120, [13.10, 13.92, 14.35, 15.08], 0.142),
    "後期高齢者医療保険料": (772610, 0.031, [99.52, 99.55, 99.58, 99.61], 6840, [33.15, 34.02, 35.40, 36.11], 0.052),
    "市営住宅使用料": (521940, -0.006, [97.42, 97.58, 97.66, 97.81], 101250, [11.05, 11.48, 12.20, 12.86], 0.037),
}
DATA = {}
for d, (base, gr, crs, arr0, ars, wsh) in BASE.items():
    arr_a = arr0
    for k, y in enumerate(YEARS):
        ca = round(base * (1 + gr) ** k)
        cc = round(ca * crs[k] / 100)
        aa = arr_a
        ac = round(aa * ars[k] / 100)
        aw = round(aa * wsh)
        co, ao = ca - cc, aa - ac - aw
        DATA[(d, y)] = dict(ca=ca, cc=cc, cw=0, co=co, aa=aa, ac=ac, aw=aw, ao=ao, cr=rate(cc, ca), ar=rate(ac, aa),
                            ta=ca + aa, tc=cc + ac, tw=aw, to=co + ao, tr=rate(cc + ac, ca + aa))
        arr_a = co + ao
# 12月末 (interim): current / arrears assessed and collected for 2025 and previous same month rates
INT = {  # debt: (cur assessed, cur collected, prev cur rate, arr collected share, prev arr rate)
    "市税": (11972300, 9752740, 81.04, None, 20.86),
    "国民健康保険税": (1642860, 1122380, 67.95, None, 13.02),
    "介護保険料": (1459870, 1092114, 74.62, None, 10.88),
    "市営住宅使用料": (516220, 381840, 73.58, None, 8.71),
}
ARRC = {"市税": 0.2135, "国民健康保険税": 0.1368, "介護保険料": 0.1163, "市営住宅使用料": 0.0902}
IM = {}
for d, (ca, cc, pcr, _, par) in INT.items():
    aa = DATA[(d, 2024)]["to"]
    ac = round(aa * ARRC[d])
    IM[d] = dict(ca=ca, cc=cc, cr=rate(cc, ca), pcr=pcr, aa=aa, ac=ac, ar=rate(ac, aa), par=par)
TGT = {  # 2025 / 2026 targets: current rate, arrears rate, outstanding (千円)
    "市税": [(99.18, 27.00, 296000), (99.20, 27.50, 281000)],
    "国民健康保険税": [(95.40, 18.50, 548000), (95.50, 19.00, 532000)],
    "介護保険料": [(99.25, 15.50, 41000), (99.28, 16.00, 40000)],
    "市営住宅使用料": [(97.85, 13.20, 91000), (97.90, 13.50, 88000)],
}
T24 = {"市税": (99.10, 26.00), "国民健康保険税": (95.20, 18.00), "介護保険料": (99.20, 15.00), "市営住宅使用料": (97.80, 13.00)}

doc = fitz.open()
A4 = fitz.paper_rect("a4")
W, H = A4.width, A4.height


def newpage(landscape=False):
    p = doc.new_page(width=H if landscape else W, height=W if landscape else H)
    pen = Pen(p)
    n = doc.page_count
    pen.text((H if landscape else W) / 2, (W if landscape else H) - 22, f"- {n} -", 9, "M", "center")
    return pen, n


def fmt(v):
    return ("△" if v < 0 else "") + f"{abs(v):,}"


def sg(v, plus=""):
    return ("△" if v < 0 else plus) + f"{abs(v):.2f}"


def oku_man(yen):
    n = round(yen / 1e6)  # 百万円単位
    o, m = divmod(n, 100)
    s = (f"{o}億" if o else "") + (f"{m * 100:,}万円" if m else "円")
    return "約" + s, n * 1_000_000


# ------------------------------------------------------------------ p1 cover + 目次
pen, pg = newpage()
pen.text(W / 2, 250, "令和７年度 第２回", 20, "G", "center")
pen.text(W / 2, 290, "薩摩川内市債権管理委員会 資料", 20, "G", "center")
pen.text(W / 2, 340, "令和８年１月２６日（月）", 12, "M", "center")
pen.text(W / 2, 362, "企画政策部 財政課 債権管理室", 12, "M", "center")
pen.rect((150, 430, W - 150, 620), width=0.8)
pen.text(W / 2, 452, "目　　次", 12, "G", "center")
TOC = [("１　主要債権の収納状況（令和７年１２月末）", 2), ("２　市税（現年度分）の支所別収納状況", 3),
       ("３　取組個票（市税）", 4), ("４　取組個票（国民健康保険税）", 5), ("５　取組個票（介護保険料）", 6),
       ("６　取組個票（市営住宅使用料）", 7), ("【参考】主要債権の決算状況", 8)]
y = 478
for t, p in TOC:
    pen.text(170, y, t, 10.5)
    pen.text(W - 170, y, f"{p}", 10.5, "M", "right")
    y += 20

# ------------------------------------------------------------------ p2 summary: panels, chart, 2-column prose
pen, pg = newpage()
pen.text(50, 60, "１　主要債権の収納状況（令和７年１２月末）", 13, "G")
m = IM["市税"]
dm = round(m["cr"] - m["pcr"], 2)
tot24 = sum(DATA[(d, 2024)]["to"] for d in BASE)
tot23 = sum(DATA[(d, 2023)]["to"] for d in BASE)
kk = DATA[("国民健康保険税", 2024)]
kk3 = DATA[("国民健康保険税", 2023)]
oku24, oku23 = round(tot24 / 1e5, 1), round(tot23 / 1e5, 1)   # 千円 -> 億円
dk = round(kk["ar"] - kk3["ar"], 2)
panels = [
    ("市税 現年度分収納率", "令和７年１２月末", f"{m['cr']:.2f}％", f"前年同月比＋{dm:.2f}ポイント"),
    ("主要５債権 収入未済額", "令和６年度決算", f"{oku24:.1f}億円", f"前年度比△{oku23 - oku24:.1f}億円"),
    ("国保税 滞納繰越分収納率", "令和６年度決算", f"{kk['ar']:.2f}％", f"前年度比＋{dk:.2f}ポイント"),
]
x = 50
for (lab, yr, big, sub) in panels:
    pen.rect((x, 75, x + 158, 160), fill=(0.93, 0.95, 0.99), color=(0.3, 0.4, 0.6), width=1)
    pen.text(x + 79, 93, lab, 9.5, "G", "center")
    pen.text(x + 79, 108, f"（{yr}）", 8.5, "M", "center")
    pen.text(x + 79, 134, big, 17, "G", "center")
    pen.text(x + 79, 152, sub, 8.5, "M", "center")
    x += 166
g.f(pg, f"{m['cr']:.2f}％", m["cr"], "percent", "collection_rate", "interim", 2025, "令和７年１２月末", "current", "市税", as_of=AS_OF)
g.f(pg, f"前年同月比＋{dm:.2f}ポイント", dm, "points", "difference", "interim", 2025, "令和７年１２月末", "current", "市税", as_of=AS_OF)
g.f(pg, f"{oku24:.1f}億円", round(oku24 * 1e8), "yen", "outstanding", "actual", 2024, "令和６年度決算", "total", None, "主要５債権")
g.f(pg, f"前年度比△{oku23 - oku24:.1f}億円", -round((oku23 - oku24) * 1e8), "yen", "difference", "actual", 2024, "令和６年度決算", "total", None, "主要５債権")
g.f(pg, f"{kk['ar']:.2f}％", kk["ar"], "percent", "collection_rate", "actual", 2024, "令和６年度決算", "arrears", "国民健康保険税", "国保税")
g.f(pg, f"前年度比＋{dk:.2f}ポイント", dk, "points", "difference", "actual", 2024, "令和６年度決算", "arrears", "国民健康保険税", "国保税")

# bar chart: 主要５債権の収入未済額（決算, 百万円）
pen.text(50, 190, "図１　主要５債権の収入未済額の推移（決算）", 10.5, "G")
pen.text(W - 50, 190, "（単位：百万円）", 8.5, "M", "right")
cx0, cy0, cy1 = 90, 210, 370
pen.line((cx0, cy1), (W - 70, cy1))
pen.line((cx0, cy0), (cx0, cy1))
vals = [(y, round(sum(DATA[(d, y)]["to"] for d in BASE) / 1000, 1)) for y in YEARS]
vmax = 1600.0
for t in range(0, 1601, 400):
    yy = cy1 - (cy1 - cy0) * t / vmax
    pen.line((cx0 - 3, yy), (cx0, yy))
    pen.text(cx0 - 5, yy + 3, f"{t:,}", 7.5, "M", "right")
bw = 60
for k, (y, v) in enumerate(vals):
    bx = cx0 + 45 + k * 105
    top = cy1 - (cy1 - cy0) * v / vmax
    pen.rect((bx, top, bx + bw, cy1), fill=(0.45, 0.58, 0.78), color=(0.3, 0.4, 0.6), width=0.5)
    lab = f"{v:,.1f}"
    pen.text(bx + bw / 2, top - 4, lab, 8.5, "G", "center")
    yl = YR[y].replace("令和", "R").replace("年度", "")
    pen.text(bx + bw / 2, cy1 + 13, yl, 8.5, "M", "center")
    g.f(pg, lab, round(v * 1e6), "yen", "outstanding", "actual", y, yl, "total", None, "主要５債権")
pen.text(50, 398, "出典：各年度決算書（市税、国民健康保険税、介護保険料、後期高齢者医療保険料、市営住宅使用料の合計）", 8, "M")

# two-column prose
pen.text(50, 425, "（所管課からの報告要旨）", 10.5, "G")
colw = (W - 100 - 18) / 2
left, right = [], []
for col, debts in ((left, ["市税", "国民健康保険税"]), (right, ["介護保険料", "市営住宅使用料"])):
    for d in debts:
        r, r3 = DATA[(d, 2024)], DATA[(d, 2023)]
        om, ov = oku_man(r["to"] * 1000)
        dd = r3["to"] - r["to"]
        dm_, dv = oku_man(abs(dd) * 1000)
        dt = round(r["tr"] - r3["tr"], 2)
        word = "上昇" if dt >= 0 else "低下"
        s = (f"【{d}】令和６年度決算の収納率（現年度分・滞納繰越分の計）は{r['tr']:.2f}％で、前年度から"
             f"{abs(dt):.2f}ポイント{word}した。収入未済額は{om}で、前年度に比べ{dm_}{'減少' if dd > 0 else '増加'}している。"
             f"１２月末の現年度分収納率は{IM[d]['cr']:.2f}％となっている。")
        col.append((d, s, [(f"{r['tr']:.2f}％", r["tr"], "percent", "collection_rate", "actual", 2024, "total", None),
                           (f"{abs(dt):.2f}ポイント{word}", dt, "points", "difference", "actual", 2024, "total", None),
                           (om, ov, "yen", "outstanding", "actual", 2024, "total", None),
                           (dm_ + ("減少" if dd > 0 else "増加"), (-1 if dd > 0 else 1) * dv, "yen", "difference", "actual", 2024, "total", None),
                           (f"{IM[d]['cr']:.2f}％", IM[d]["cr"], "percent", "collection_rate", "interim", 2025, "current", AS_OF)]))
for ci, col in enumerate((left, right)):
    x = 50 + ci * (colw + 18)
    y = 440
    for d, s, fs in col:
        y = pen.para(x, y, s, colw, 9.3, "M", 1.6) + 6
        for raw, val, unit, met, bas, fy_, seg, aso in fs:
            approx = raw.startswith("約")
            g.f(pg, raw, val, unit, met, bas, fy_, "令和６年度決算" if fy_ == 2024 else "１２月末", seg, d, approx=approx, as_of=aso)
pen.line((50 + colw + 9, 440), (50 + colw + 9, 640), color=(0.6, 0.6, 0.6))

# ------------------------------------------------------------------ p3 支所別
pen, pg = newpage()
pen.text(50, 60, "２　市税（現年度分）の支所別収納状況（令和７年１２月末現在）", 13, "G")
AREAS = ["本庁", "樋脇支所", "入来支所", "東郷支所", "祁答院支所", "里支所", "上甑支所", "下甑支所", "鹿島支所"]
SH = [0.742, 0.046, 0.041, 0.038, 0.036, 0.016, 0.019, 0.021, 0.041]
RT = [81.62, 80.95, 81.33, 80.41, 79.86, 82.10, 80.02, 79.55, 82.48]
PR = [81.20, 80.51, 81.05, 80.66, 79.12, 81.64, 79.80, 79.91, 81.90]
M = IM["市税"]
ca = [round(M["ca"] * s) for s in SH]
ca[0] += M["ca"] - sum(ca)
cc = [round(a * r / 100) for a, r in zip(ca, RT)]
cc[0] += M["cc"] - sum(cc)
rows = [["区分", "調定額（千円）", "収入済額（千円）", "収納率（％）", "前年同月（％）", "差（ポイント）"]]
for k, ar in enumerate(AREAS):
    rt = rate(cc[k], ca[k])
    d = round(rt - PR[k], 2)
    rows.append([ar, f"{ca[k]:,}", f"{cc[k]:,}", f"{rt:.2f}", f"{PR[k]:.2f}", sg(d)])
    for raw, val, unit, met, fy_, aso in ((f"{ca[k]:,}", ca[k] * 1000, "yen", "assessed", 2025, AS_OF),
                                          (f"{cc[k]:,}", cc[k] * 1000, "yen", "collected", 2025, AS_OF),
                                          (f"{rt:.2f}", rt, "percent", "collection_rate", 2025, AS_OF),
                                          (f"{PR[k]:.2f}", PR[k], "percent", "collection_rate", 2024, PREV),
                                          (sg(d), d, "points", "difference", 2025, AS_OF)):
        g.f(pg, raw, val, unit, met, "interim", fy_, "令和７年１２月末" if fy_ == 2025 else "前年同月", "current", "市税", area=ar, as_of=aso)
pcr = M["pcr"]
d = round(M["cr"] - pcr, 2)
rows.append(["計", f"{M['ca']:,}", f"{M['cc']:,}", f"{M['cr']:.2f}", f"{pcr:.2f}", sg(d)])
for raw, val, unit, met, fy_, aso in ((f"{M['ca']:,}", M["ca"] * 1000, "yen", "assessed", 2025, AS_OF),
                                      (f"{M['cc']:,}", M["cc"] * 1000, "yen", "collected", 2025, AS_OF),
                                      (f"{M['cr']:.2f}", M["cr"], "percent", "collection_rate", 2025, AS_OF),
                                      (f"{pcr:.2f}", pcr, "percent", "collection_rate", 2024, PREV),
                                      (sg(d), d, "points", "difference", 2025, AS_OF)):
    g.f(pg, raw, val, unit, met, "interim", fy_, "令和７年１２月末" if fy_ == 2025 else "前年同月", "current", "市税", as_of=aso)
yb = pen.table(50, 75, [90, 90, 90, 75, 75, 75], rows, rh=19, size=9, aligns=["left"] + ["right"] * 5,
               fills={(len(rows) - 1, c): (0.9, 0.9, 0.9) for c in range(6)})
pen.text(50, yb + 13, "※ 支所の区分は、納税義務者の住所地による。前年同月は令和６年１２月末現在。", 8.5)

pen.text(50, yb + 48, "（参考）国民健康保険税（滞納繰越分）の支所別収納状況（令和７年１２月末現在）", 11, "G")
K = IM["国民健康保険税"]
aa_yen = K["aa"] * 1000
ac_yen = K["ac"] * 1000
SH2 = [0.705, 0.052, 0.047, 0.044, 0.041, 0.022, 0.024, 0.026, 0.039]
RT2 = [13.95, 12.80, 13.10, 12.44, 13.36, 14.02, 12.15, 11.88, 14.20]
a2 = [round(aa_yen * s) + 137 * k for k, s in enumerate(SH2)]
a2[0] += aa_yen - sum(a2)
c2 = [round(a * r / 100) - 53 * k for k, (a, r) in enumerate(zip(a2, RT2))]
c2[0] += ac_yen - sum(c2)
rows = [["区分", "調定額（円）", "収入済額（円）", "収納率（％）"]]
for k, ar in enumerate(AREAS):
    rt = rate(c2[k], a2[k])
    rows.append([ar, f"{a2[k]:,}", f"{c2[k]:,}", f"{rt:.2f}"])
    g.f(pg, f"{a2[k]:,}", a2[k], "yen", "assessed", "interim", 2025, "令和７年１２月末", "arrears", "国民健康保険税", area=ar, as_of=AS_OF)
    g.f(pg, f"{c2[k]:,}", c2[k], "yen", "collected", "interim", 2025, "令和７年１２月末", "arrears", "国民健康保険税", area=ar, as_of=AS_OF)
    g.f(pg, f"{rt:.2f}", rt, "percent", "collection_rate", "interim", 2025, "令和７年１２月末", "arrears", "国民健康保険税", area=ar, as_of=AS_OF)
rows.append(["計", f"{aa_yen:,}", f"{ac_yen:,}", f"{K['ar']:.2f}"])
g.f(pg, f"{aa_yen:,}", aa_yen, "yen", "assessed", "interim", 2025, "令和７年１２月末", "arrears", "国民健康保険税", as_of=AS_OF)
g.f(pg, f"{ac_yen:,}", ac_yen, "yen", "collected", "interim", 2025, "令和７年１２月末", "arrears", "国民健康保険税", as_of=AS_OF)
g.f(pg, f"{K['ar']:.2f}", K["ar"], "percent", "collection_rate", "interim", 2025, "令和７年１２月末", "arrears", "国民健康保険税", as_of=AS_OF)
pen.table(50, yb + 58, [90, 120, 120, 80], rows, rh=18, size=9, aligns=["left", "right", "right", "right"],
          zebra=(0.95, 0.95, 0.95), head_fill=(0.85, 0.85, 0.85))

# ------------------------------------------------------------------ p4-p7 取組個票
SHEETS = {
    "市税": dict(style="strip", ka="税務課", kubun="強制徴収公債権", counts=True,
               issue="令和６年度末の収入未済額は{o}千円で、前年度より{d}千円減少した。滞納繰越分のうち、{hi}千円は納税義務者１人当たり１００万円を超える高額事案であり、早期の財産調査と換価が課題である。",
               inits=[("(1)", "現年度分の新規滞納を抑制するため、納期限後２０日以内に督促状を発送し、その後の電話催告を早期に実施する。", "継続"),
                      ("(2)", "高額・困難事案は債権管理室と合同で方針会議を開き、捜索・差押えを含む滞納処分を集中的に実施する。", "拡充"),
                      ("(3)", "地方税統一ＱＲコードを全税目の納付書に印字し、スマートフォン決済による納付を周知する。", "継続"),
                      ("(4)", "預貯金等照会の電子化（ｐｉｐｉｔＬＩＮＫＳ）を活用し、財産調査の期間を短縮する。", "新規")]),
    "国民健康保険税": dict(style="cell", ka="保険年金課", kubun="強制徴収公債権", counts=False,
                    issue="令和６年度の現年度分収納率は{cr}％で目標を上回った一方、滞納繰越分の収入未済額は{ao}千円と依然大きく、短期被保険者証の廃止後の納付相談の機会確保が課題である。",
                    inits=[("①", "口座振替の原則化に向け、加入手続時に口座振替依頼書の提出を案内する。", "継続"),
                           ("②", "資格確認書の交付時に未納世帯との納付相談を行い、分納誓約につなげる。", "新規"),
                           ("③", "滞納繰越分は税務課と連携し、財産調査の結果に基づき差押え又は執行停止を判断する。", "継続")]),
    "介護保険料": dict(style="heading", ka="高齢・介護福祉課", kubun="強制徴収公債権", counts=False,
                  issue="普通徴収の現年度分収納率は特別徴収に比べて低く、令和６年度末の収入未済額{o}千円のうち{cu}千円が現年度分から生じたものである。",
                  inits=[("ア", "６５歳到達者へ口座振替の勧奨通知を送付する。", "継続"),
                         ("イ", "給付制限の対象となる見込みの滞納者には、事前に制度を説明し、納付相談を行う。", "継続"),
                         ("ウ", "時効が近い債権を抽出し、催告書の送付と電話催告を行う。", "拡充")]),
    "市営住宅使用料": dict(style="rows", ka="建築住宅課", kubun="私債権", counts=False,
                    issue="退去者に係る滞納繰越分が収入未済額の多くを占めている。令和６年度末の滞納繰越分の収入未済額は{ao}千円である。",
                    inits=[("(1)", "３か月以上の滞納者に対し、連帯保証人への納付指導を行う。", "継続"),
                           ("(2)", "６か月以上の滞納者で納付に応じない者には、明渡請求訴訟を提起する。", "継続"),
                           ("(3)", "退去者の所在調査を行い、回収の見込みがない債権は債権管理条例に基づき放棄を検討する。", "新規")]),
}
sec_no = {"市税": "３", "国民健康保険税": "４", "介護保険料": "５", "市営住宅使用料": "６"}
for d, S in SHEETS.items():
    pen, pg = newpage()
    if S["style"] == "heading":
        pen.text(50, 58, f"{sec_no[d]}　取組個票（{d}）", 13, "G")
    else:
        pen.text(50, 58, f"{sec_no[d]}　取組個票", 13, "G")
    y = 72
    if S["style"] == "strip":
        y = pen.table(50, y, [70, 110, 60, 90, 60, 105], [["債権名", d, "所管課", S["ka"], "債権区分", S["kubun"]]],
                      rh=20, size=9.5, header=0, fills={(0, 0): (0.88, 0.9, 0.95), (0, 2): (0.88, 0.9, 0.95), (0, 4): (0.88, 0.9, 0.95)},
                      aligns=["center", "left", "center", "left", "center", "left"])
    elif S["style"] == "cell":
        y = pen.table(50, y, [250, 245], [[f"債権名　{d}", f"所管課　{S['ka']}"]], rh=20, size=9.5, header=0,
                      fills={(0, 0): (0.88, 0.9, 0.95)})
    elif S["style"] == "heading":
        y = pen.table(50, y, [120, 375], [["所管課", S["ka"]]], rh=20, size=9.5, header=0, fills={(0, 0): (0.88, 0.9, 0.95)})
    else:
        y = pen.table(50, y, [70, 180, 60, 185], [["債権名", d, "所管課", S["ka"]]], rh=20, size=9.5, header=0,
                      fills={(0, 0): (0.88, 0.9, 0.95), (0, 2): (0.88, 0.9, 0.95)})
    y += 22
    pen.text(50, y, "（１）収納状況の推移と目標", 11, "G")
    pen.text(W - 50, y, "（単位：千円、％）", 8.5, "M", "right")
    y += 6
    R5 = [DATA[(d, yy)] for yy in YEARS]
    T = TGT[d]
    if S["style"] != "rows":
        hdr1 = ["区分", "決算", None, None, None, "目標", None]
        hdr2 = [None] + [YR[yy].replace("年度", "") for yy in YEARS] + ["令和7", "令和8"]
        body = [
            ["調定額※1"] + [f"{r['ta']:,}" for r in R5] + ["－", "－"],
            ["収入済額"] + [f"{r['tc']:,}" for r in R5] + ["－", "－"],
            ["不納欠損額"] + [f"{r['tw']:,}" for r in R5] + ["－", "－"],
            ["収入未済額"] + [f"{r['to']:,}" for r in R5] + [f"{T[0][2]:,}", f"{T[1][2]:,}"],
            ["現年度分収納率"] + [f"{r['cr']:.2f}" for r in R5] + [f"{T[0][0]:.2f}", f"{T[1][0]:.2f}"],
            ["滞納繰越分収納率"] + [f"{r['ar']:.2f}" for r in R5] + [f"{T[0][1]:.2f}", f"{T[1][1]:.2f}"],
            ["収納率（計）"] + [f"{r['tr']:.2f}" for r in R5] + ["－", "－"],
        ]
        if S["counts"]:
            body.append(["滞納者数（人）"] + ["4,812", "4,655", "4,431", "4,268"] + ["－", "－"])
            body.append(["差押件数（件）"] + ["612", "648", "701", "735"] + ["－", "－"])
        rows = [hdr1, hdr2] + body
        y = pen.table(50, y, [105, 65, 65, 65, 65, 65, 65], rows, rh=17, size=8.5, header=2,
                      merges=[(0, 0, 2, 1), (0, 1, 1, 4), (0, 5, 1, 2)], aligns=["left"] + ["right"] * 6)
        for k, yy in enumerate(YEARS):
            r = R5[k]
            raw_y = YR[yy].replace("年度", "")
            for raw, val, unit, met, seg in ((f"{r['ta']:,}", r["ta"] * 1000, "yen", "assessed", "total"),
                                             (f"{r['tc']:,}", r["tc"] * 1000, "yen", "collected", "total"),
                                             (f"{r['tw']:,}", r["tw"] * 1000, "yen", "written_off", "total"),
                                             (f"{r['to']:,}", r["to"] * 1000, "yen", "outstanding", "total"),
                                             (f"{r['cr']:.2f}", r["cr"], "percent", "collection_rate", "current"),
                                             (f"{r['ar']:.2f}", r["ar"], "percent", "collection_rate", "arrears"),
                                             (f"{r['tr']:.2f}", r["tr"], "percent", "collection_rate", "total")):
                g.f(pg, raw, val, unit, met, "actual", yy, raw_y, seg, d)
            if S["counts"]:
                nd = [4812, 4655, 4431, 4268][k]
                ns = [612, 648, 701, 735][k]
                g.f(pg, f"{nd:,}", nd, "persons", "delinquents", "actual", yy, raw_y, "total", d)
                g.f(pg, f"{ns:,}", ns, "cases", "seizures", "actual", yy, raw_y, "total", d)
        for j, (yy, t) in enumerate(((2025, T[0]), (2026, T[1]))):
            ry = YR[yy].replace("年度", "")
            g.f(pg, f"{t[2]:,}", t[2] * 1000, "yen", "outstanding", "target", yy, ry, "total", d)
            g.f(pg, f"{t[0]:.2f}", t[0], "percent", "collection_rate", "target", yy, ry, "current", d)
            g.f(pg, f"{t[1]:.2f}", t[1], "percent", "collection_rate", "target", yy, ry, "arrears", d)
    else:
        # years head the rows (debt's figures one year per row); amount over rate stacked in one cell
        rows = [["年度", "区分", "現年度分\n調定額／収納率", "滞納繰越分\n調定額／収納率", "不納欠損額", "収入未済額"]]
        merges = []
        for k, yy in enumerate(YEARS):
            r = R5[k]
            rows.append([YR[yy], "決算", f"{r['ca']:,}\n{r['cr']:.2f}", f"{r['aa']:,}\n{r['ar']:.2f}", f"{r['tw']:,}", f"{r['to']:,}"])
            for raw, val, unit, met, seg in ((f"{r['ca']:,}", r["ca"] * 1000, "yen", "assessed", "current"),
                                             (f"{r['cr']:.2f}", r["cr"], "percent", "collection_rate", "current"),
                                             (f"{r['aa']:,}", r["aa"] * 1000, "yen", "assessed", "arrears"),
                                             (f"{r['ar']:.2f}", r["ar"], "percent", "collection_rate", "arrears"),
                                             (f"{r['tw']:,}", r["tw"] * 1000, "yen", "written_off", "total"),
                                             (f"{r['to']:,}", r["to"] * 1000, "yen", "outstanding", "total")):
                g.f(pg, raw, val, unit, met, "actual", yy, YR[yy], seg, d)
        for yy, t in ((2025, T[0]), (2026, T[1])):
            rows.append([YR[yy], "目標", f"－\n{t[0]:.2f}", f"－\n{t[1]:.2f}", "－", f"{t[2]:,}"])
            g.f(pg, f"{t[0]:.2f}", t[0], "percent", "collection_rate", "target", yy, YR[yy], "current", d)
            g.f(pg, f"{t[1]:.2f}", t[1], "percent", "collection_rate", "target", yy, YR[yy], "arrears", d)
            g.f(pg, f"{t[2]:,}", t[2] * 1000, "yen", "outstanding", "target", yy, YR[yy], "total", d)
        y = pen.table(50, y, [75, 45, 100, 100, 85, 90], rows, rh=[26] + [26] * 6, size=8.5, header=1,
                      aligns=["left", "center", "right", "right", "right", "right"])
    note = "※1 調定額は現年度分と滞納繰越分の合計。収納率＝収入済額÷調定額。"
    if d == "市税":
        r = DATA[(d, 2024)]
        note += f" ※2 令和６年度の不納欠損額のうち地方税法第15条の7第5項によるもの {round(r['tw'] * 0.62):,}千円。"
        g.f(pg, f"{round(r['tw'] * 0.62):,}千円", round(r["tw"] * 0.62) * 1000, "yen", "written_off", "actual", 2024, "令和６年度", "arrears", d)
    y = pen.para(50, y + 4, note, W - 100, 8, "M", 1.4)
    # 12月末 bracket heading + bullets by segment only
    y += 8
    im = IM[d]
    pen.text(50, y + 10, "【収納率】令和７年１２月末時点（（　）内は前年同月）", 10, "G")
    y += 26
    for lab, v, pv, seg in (("現年分", im["cr"], im["pcr"], "current"), ("滞繰分", im["ar"], im["par"], "arrears")):
        raw = f"{v:.2f}％（{pv:.2f}％）"
        pen.text(70, y, f"・{lab}　{raw}", 9.5)
        g.f(pg, f"{v:.2f}％", v, "percent", "collection_rate", "interim", 2025, "令和７年１２月末", seg, d, as_of=AS_OF)
        g.f(pg, f"（{pv:.2f}％）", pv, "percent", "collection_rate", "interim", 2024, "前年同月", seg, d, as_of=PREV)
        y += 15
    # 達成率 table (令和6年度)
    y += 6
    t24 = T24[d]
    r = DATA[(d, 2024)]
    a1, a2_ = round(r["cr"] / t24[0] * 100, 1), round(r["ar"] / t24[1] * 100, 1)
    pen.text(50, y + 8, "（２）令和６年度目標の達成状況", 11, "G")
    rows = [["区分", "目標（％）", "実績（％）", "達成率（％）"],
            ["現年度分収納率", f"{t24[0]:.2f}", f"{r['cr']:.2f}", f"{a1:.1f}"],
            ["滞納繰越分収納率", f"{t24[1]:.2f}", f"{r['ar']:.2f}", f"{a2_:.1f}"]]
    y = pen.table(50, y + 14, [125, 90, 90, 90], rows, rh=17, size=8.5, aligns=["left", "right", "right", "right"])
    for seg, tv, av, ach in (("current", t24[0], r["cr"], a1), ("arrears", t24[1], r["ar"], a2_)):
        g.f(pg, f"{tv:.2f}", tv, "percent", "collection_rate", "target", 2024, "令和６年度", seg, d)
        g.f(pg, f"{av:.2f}", av, "percent", "collection_rate", "actual", 2024, "令和６年度", seg, d)
        g.f(pg, f"{ach:.1f}", ach, "percent", "achievement_rate", "actual", 2024, "令和６年度", seg, d)
    # 現状と課題 (paragraph in cell) + 取組 list (no 取組 header for housing: plain title)
    y += 14
    r3 = DATA[(d, 2023)]
    hi = round(r["ao"] * 0.38)
    issue = S["issue"].format(o=f"{r['to']:,}", d=f"{r3['to'] - r['to']:,}", hi=f"{hi:,}", cr=f"{r['cr']:.2f}",
                              ao=f"{r['ao']:,}", cu=f"{r['co']:,}")
    for frag, val, met, seg in ((f"{r['to']:,}千円", r["to"], "outstanding", "total"),
                                (f"{r3['to'] - r['to']:,}千円減少", -(r3["to"] - r["to"]), "difference", "total"),
                                (f"{r['cr']:.2f}％", r["cr"], "collection_rate", "current"),
                                (f"{r['ao']:,}千円", r["ao"], "outstanding", "arrears"),
                                (f"{r['co']:,}千円", r["co"], "outstanding", "current")):
        if frag in issue and not (met == "outstanding" and seg == "total" and f"{hi:,}千円" == frag):
            unit = "percent" if met == "collection_rate" else "yen"
            g.f(pg, frag, val if unit == "percent" else val * 1000, unit, met, "actual", 2024, "令和６年度", seg, d)
    if f"{hi:,}千円" in issue:  # うち高額事案分 (not one of the six metrics)
        g.f(pg, f"{hi:,}千円", hi * 1000, "yen", "outstanding_high_value", "actual", 2024, "令和６年度", "arrears", d)
    lines = pen.wrap(issue, 340, 8.8)
    ih = max(30, len(lines) * 12 + 8)
    pen.table(50, y, [120, 375], [["現状と課題", issue]], rh=ih, size=8.8, header=0, fills={(0, 0): (0.88, 0.9, 0.95)},
              valign_wrap=True)
    y += ih + 14
    title = "今後の取組（令和８年度）" if S["style"] != "rows" else "令和８年度に実施する内容"
    pen.text(50, y, f"（３）{title}", 11, "G")
    y += 8
    box_top = y
    y += 6
    for lab, text, st in S["inits"]:
        line = f"{lab}　{text}【{st}】"
        y = pen.para(60, y, line, W - 125, 9, "M", 1.5, indent=18) + 2
        g.i(pg, d, 2026, title, lab, text, st)
    pen.rect((50, box_top, W - 50, y + 4), width=0.6)

# ------------------------------------------------------------------ p8 landscape reference table
pen, pg = newpage(landscape=True)
LW = H
pen.text(40, 45, "【参考】主要債権の決算状況", 13, "G")
DEBTS = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "市営住宅使用料"]
hdr = [["債権名", "区分", "令和５年度", None, None, None, None, "令和６年度", None, None, None, None],
       [None, None, "金額（千円）", None, None, None, "率（％）", "金額（千円）", None, None, None, "率（％）"],
       [None, None, "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]]
merges = [(0, 0, 3, 1), (0, 1, 3, 1), (0, 2, 1, 5), (0, 7, 1, 5), (1, 2, 1, 4), (1, 7, 1, 4), (1, 6, 2, 1), (1, 11, 2, 1)]
rows = list(hdr)
SEGS = [("現年度分", "c", "current"), ("滞納繰越分", "a", "arrears"), ("計", "t", "total")]
for di, d in enumerate(DEBTS):
    r0 = len(rows)
    merges.append((r0, 0, 3, 1))
    for si, (lab, p, seg) in enumerate(SEGS):
        row = [d if si == 0 else None, lab]
        for yy in (2023, 2024):
            r = DATA[(d, yy)]
            vals = [r[p + "a"], r[p + "c"], r[p + "w"], r[p + "o"]]
            row += [f"{v:,}" for v in vals] + [f"{r[p + 'r']:.2f}"]
            for v, met in zip(vals, ("assessed", "collected", "written_off", "outstanding")):
                if seg == "current" and met == "written_off" and v == 0:
                    pass
                g.f(pg, f"{v:,}", v * 1000, "yen", met, "actual", yy, YR[yy], seg, d)
            g.f(pg, f"{r[p + 'r']:.2f}", r[p + "r"], "percent", "collection_rate", "actual", yy, YR[yy], seg, d)
        rows.append(row)
fills = {}
for k in range(3, len(rows)):
    if (k - 3) % 3 == 2:
        for c in range(1, 12):
            fills[(k, c)] = (0.93, 0.93, 0.93)
pen.table(40, 60, [92, 58] + [62, 62, 54, 58, 44] * 2, rows, rh=[16, 16, 16] + [15.5] * 15, size=7.8, header=3,
          merges=merges, aligns=["left", "center"] + ["right"] * 10, fills=fills)
pen.text(40, 60 + 48 + 15.5 * 15 + 14, "※ 収納率＝収入済額÷調定額。現年度分の不納欠損額は０千円。", 8)
pen.text(40, 60 + 48 + 15.5 * 15 + 27, "出典：令和５年度・令和６年度 薩摩川内市一般会計及び特別会計歳入歳出決算書", 8)

pdf = os.path.join("pdf", STEM + ".pdf")
doc.subset_fonts()
doc.save(pdf, garbage=4, deflate=True)
g.write(pdf, "gold")
print(STEM, doc.page_count, "pages", len(g.facts), "facts", len(g.inits), "inits")
