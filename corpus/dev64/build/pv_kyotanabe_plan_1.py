"""Multi-year 債権管理計画 with 推進シート (PyMuPDF drawing directly).  Run from corpus/dev64."""
import sys
from pathlib import Path

import fitz

sys.path.insert(0, str(Path(__file__).parent))
from pv_common import ROOT, Gold, c, oku_man, rate, pct, tri, check, zen  # noqa: E402

STEM = "pv_kyotanabe_plan_1"
CITY = "京田辺市"
TITLE = "京田辺市債権管理計画"
RUN = "京田辺市債権管理計画（令和8年度～令和10年度）"
g = Gold(STEM, "plan", "plan", CITY, TITLE, "2026-03-01", "令和8年3月")
FG = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FM = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONT = {"g": fitz.Font(fontfile=FG), "m": fitz.Font(fontfile=FM)}
K = 1000

# ---------------------------------------------------------------- data (千円, 令和6年度決算)
# kind, canonical, printed, 所管課, 会計, 根拠法令, a, c, w, 令和5年度 o, 備考 (うち滞納繰越分)
KINDS = ["強制徴収公債権", "非強制徴収公債権", "私債権"]
D = [
    ("強制徴収公債権", "市税", "市税", "税務課", "一般会計", "地方税法", 15_234_560, 15_012_345, 18_230, 221_340, 151_204),
    ("強制徴収公債権", "国民健康保険税", "国民健康保険税", "国保医療課", "国民健康保険事業特別会計", "地方税法", 1_856_420, 1_682_310, 21_450, 161_600, 118_352),
    ("強制徴収公債権", "介護保険料", "介護保険料", "高齢者支援課", "介護保険事業特別会計", "介護保険法", 1_312_870, 1_295_420, 3_120, 15_870, 9_120),
    ("強制徴収公債権", "後期高齢者医療保険料", "後期高齢者医療保険料", "国保医療課", "後期高齢者医療特別会計", "高齢者の医療の確保に関する法律", 802_340, 799_870, 410, 2_310, 1_034),
    ("強制徴収公債権", "保育料", "保育所保育料", "子育て支援課", "一般会計", "児童福祉法", 215_670, 208_920, 1_230, 6_150, 3_210),
    ("非強制徴収公債権", "生活保護費返還金", "生活保護費返還金", "生活福祉課", "一般会計", "生活保護法第63条", 48_760, 21_340, 2_100, 26_880, 19_870),
    ("非強制徴収公債権", "児童扶養手当返還金", "児童扶養手当返還金", "子育て支援課", "一般会計", "児童扶養手当法", 6_540, 2_310, 0, 4_450, 3_560),
    ("私債権", "市営住宅使用料", "市営住宅使用料", "住宅課", "一般会計", "民法・公営住宅法", 96_540, 82_310, 1_560, 13_420, 9_870),
    ("私債権", "水道料金", "水道料金", "上下水道部業務課", "水道事業会計", "民法（給水条例）", 1_412_350, 1_395_870, 1_980, 15_230, 6_450),
    ("私債権", "奨学金貸付金", "奨学金貸付金", "教育総務課", "一般会計", "民法（奨学金条例）", 12_870, 7_650, 340, 5_110, 4_020),
]
R = []
for kind, canon, pr, ka, kai, law, a, col, w, o5, arr in D:
    R.append(dict(kind=kind, debt=canon, pr=pr, ka=ka, kai=kai, law=law, a=a, c=col, w=w, o=a - col - w, r=rate(col, a),
                  o5=o5, arr=arr, yen=(a - col - w) * K + (hash(canon) % 400 if False else (len(canon) * 37) % 450)))


def agg(rows):
    a = sum(r["a"] for r in rows); cc = sum(r["c"] for r in rows); w = sum(r["w"] for r in rows)
    return dict(a=a, c=cc, w=w, o=a - cc - w, r=rate(cc, a), o5=sum(r["o5"] for r in rows))


KSUB = {k: agg([r for r in R if r["kind"] == k]) for k in KINDS}
TOT = agg(R)

# 5-year trend (千円): fy -> (a, c, w); 令和5・6年度 from the debts
TREND = {2020: (20_412_300, 19_612_870, 58_420), 2021: (20_688_150, 19_950_330, 49_870),
         2022: (20_851_900, 20_195_760, 41_230), 2023: (20_902_640, None, 38_110)}
a5, w5 = TREND[2023][0], TREND[2023][2]
TREND[2023] = (a5, a5 - w5 - TOT["o5"], w5)
TREND[2024] = (TOT["a"], TOT["c"], TOT["w"])


def mil(x_th):  # 千円 -> 百万円 1 decimal string and value (yen)
    v = round(x_th / 1000, 1)
    return f"{v:,.1f}", int(round(v * 1_000_000))


# ---------------------------------------------------------------- drawing helpers
doc = fitz.open()
W, H = 595.3, 841.9
LM, RMg = 56, 56
PAGES = []


class P:
    def __init__(self, running=True):
        self.pg = doc.new_page(width=W, height=H)
        self.n = doc.page_count
        self.pg.insert_font(fontname="g", fontfile=FG)
        self.pg.insert_font(fontname="m", fontfile=FM)
        if running:
            self.text(W - RMg - tw(RUN, 7.5, "g"), 32, RUN, 7.5, "g", (0.3, 0.3, 0.3))
            self.pg.draw_line((LM, 37), (W - RMg, 37), color=(0.5, 0.5, 0.5), width=0.4)
            f = f"- {self.n} -"
            self.text(W / 2 - tw(f, 8.5) / 2, H - 28, f, 8.5)

    def text(self, x, y, s, size=10, font="m", color=(0, 0, 0)):
        self.pg.insert_text((x, y), s, fontname=font, fontsize=size, color=color)

    def para(self, x, y, width, s, size=10, font="m", lh=1.65, indent=0, hang=0):
        """wrap by characters; first line indented by `indent` chars, following lines by `hang` chars"""
        lines, cur, first = [], "", True
        for ch in s:
            lim = width - (indent if first else hang) * size
            if tw(cur + ch, size, font) > lim:
                lines.append((cur, first)); cur, first = "", False
            cur += ch
        if cur:
            lines.append((cur, first))
        for ln, fst in lines:
            self.text(x + (indent if fst else hang) * size, y + size, ln, size, font)
            y += size * lh
        return y

    def grid(self, x0, y0, widths, heights, cells, lw=0.6):
        xs = [x0]
        for w_ in widths:
            xs.append(xs[-1] + w_)
        ys = [y0]
        for h_ in heights:
            ys.append(ys[-1] + h_)
        for cl in cells:
            r, c_ = cl["r"], cl["c"]
            rect = fitz.Rect(xs[c_], ys[r], xs[c_ + cl.get("cs", 1)], ys[r + cl.get("rs", 1)])
            if cl.get("fill"):
                self.pg.draw_rect(rect, color=None, fill=cl["fill"], width=0)
            if cl.get("border", True):
                self.pg.draw_rect(rect, color=(0, 0, 0), width=lw)
            cell_text(self, rect, cl.get("t", ""), cl.get("size", 8), cl.get("al", "l"), cl.get("font", "m"), cl.get("v", False))
        return ys[-1]


def tw(s, size, font="m"):
    return FONT[font].text_length(s, fontsize=size)


def cell_text(p, rect, s, size, al, font, vertical):
    if not s:
        return
    pad = 3
    if vertical:  # 縦書き: one character per line
        n = len(s)
        size = max(5.2, min(size, (rect.height - 4) / (n * 1.12)))
        lh = size * 1.12
        y = rect.y0 + (rect.height - n * lh) / 2 + size * 0.9
        for ch in s:
            p.text(rect.x0 + (rect.width - tw(ch, size, font)) / 2, y, ch, size, font)
            y += lh
        return
    lines = []
    for part in s.split("\n"):
        cur = ""
        for ch in part:
            if tw(cur + ch, size, font) > rect.width - 2 * pad:
                lines.append(cur); cur = ""
            cur += ch
        lines.append(cur)
    lh = size * 1.3
    y = rect.y0 + (rect.height - len(lines) * lh) / 2 + size * 0.95
    if al == "t":
        y = rect.y0 + pad + size
    for ln in lines:
        wd = tw(ln, size, font)
        x = {"l": rect.x0 + pad, "t": rect.x0 + pad, "c": rect.x0 + (rect.width - wd) / 2, "r": rect.x1 - pad - wd}[al]
        p.text(x, y, ln, size, font)
        y += lh


def heading(p, y, s, size=11.5):
    p.text(LM, y + size, s, size, "g")
    return y + size * 2.0


HDR = (0.85, 0.88, 0.93)

# ================================================================ page 1: cover
p = P(running=False)
p.text(W / 2 - tw(TITLE, 26, "g") / 2, 300, TITLE, 26, "g")
sub = "令和8（2026）年度～令和10（2028）年度"
p.text(W / 2 - tw(sub, 14, "m") / 2, 340, sub, 14)
p.pg.draw_line((120, 360), (W - 120, 360), color=(0.2, 0.3, 0.5), width=1.2)
for i, s in enumerate(["令和8年3月", "京 田 辺 市"]):
    p.text(W / 2 - tw(s, 14) / 2, 620 + i * 30, s, 14)

# ================================================================ page 2: 目次・趣旨・計画期間・現状（文章）
p = P()
y = 60
p.text(W / 2 - tw("目　次", 14, "g") / 2, y + 14, "目　次", 14, "g")
y += 34
TOC = [("１　計画策定の趣旨", 2), ("２　計画期間", 2), ("３　債権の現状", 2), ("４　債権の種類別の状況", 3),
       ("５　計画の目標", 4), ("６　債権ごとの取組（推進シート）", 5), ("参考資料　市の債権一覧", 7)]
for s, pn in TOC:
    p.text(LM + 30, y + 10, s, 10)
    dots_x0 = LM + 40 + tw(s, 10)
    p.text(dots_x0, y + 10, "・" * int((W - RMg - 60 - dots_x0) / 10), 10, color=(0.5, 0.5, 0.5))
    p.text(W - RMg - 30 - tw(str(pn), 10), y + 10, str(pn), 10)
    y += 17
y += 12
p.pg.draw_line((LM, y), (W - RMg, y), width=0.5)
y += 10
y = heading(p, y, "１　計画策定の趣旨")
y = p.para(LM, y, W - LM - RMg, "本市では、平成29年度（2017年度）に京田辺市債権管理条例を施行し、全庁的な債権管理の適正化に取り組んできました。"
           "令和二年度以降、収入未済額は毎年減少していますが、非強制徴収公債権や私債権では長期化した未収金が残っています。"
           "第１期計画の成果と課題を踏まえ、債権ごとの目標と具体的な取組を定めた本計画を策定します。", 10, indent=1)
y += 6
y = heading(p, y, "２　計画期間")
y = p.para(LM, y, W - LM - RMg, "令和8（2026）年度から令和10（2028）年度までの３年間とします。", 10, indent=1)
y += 6
y = heading(p, y, "３　債権の現状")
p.text(LM + 6, y + 10, "（１）収入未済額の推移", 10, "g"); y += 20
p.text(LM + 16, y + 10, "ア　全体の状況", 10, "g"); y += 18
o6, o5 = TOT["o"], TOT["o5"]
d65 = o6 - o5
r6t = rate(TREND[2024][1], TREND[2024][0]); r5t = rate(TREND[2023][1], TREND[2023][0])
H29_O = 912_450_000
s1 = (f"令和6年度決算における全債権の収入未済額は約{oku_man(o6 * K)}で、前年度から約{oku_man(-d65 * K)}減少しました。"
      f"全債権の収納率は{pct(r6t)}％で、前年度比{r6t - r5t:.2f}ポイント上昇しています。"
      f"条例を施行したH29年度末の収入未済額は約{oku_man(H29_O)}であり、７年間で約{oku_man(H29_O - o6 * K)}縮減しました。")
y = p.para(LM + 16, y, W - LM - RMg - 16, s1, 10, indent=1)
g.fact(2, None, None, 2024, "令和6年度", "total", "outstanding", "actual", (o6 * K // 10000) * 10000, "yen", f"約{oku_man(o6 * K)}", approx=True)
dd = -((-d65 * K) // 10000) * 10000
g.fact(2, None, None, 2024, "令和6年度", "total", "difference", "actual", dd, "yen", f"約{oku_man(-d65 * K)}", approx=True)
g.fact(2, None, None, 2024, "令和6年度", "total", "collection_rate", "actual", r6t, "percent", f"{pct(r6t)}％")
g.fact(2, None, None, 2024, "令和6年度", "total", "difference", "actual", round(r6t - r5t, 2), "points", f"{r6t - r5t:.2f}ポイント")
g.fact(2, None, None, 2017, "H29年度", "total", "outstanding", "actual", (H29_O // 10000) * 10000, "yen", f"約{oku_man(H29_O)}", approx=True)
y += 4
p.text(LM + 16, y + 10, "イ　主な債権の状況", 10, "g"); y += 18
tx, kk = R[0], R[1]
p.text(LM + 26, y + 10, "(ｱ)　市税", 10); y += 16
y = p.para(LM + 26, y, W - LM - RMg - 26, f"収入未済額は{c(tx['o'])}千円で、前年度より{c(tx['o5'] - tx['o'])}千円減少しました。収納率は{pct(tx['r'])}％です。", 10, indent=1)
g.fact(2, "市税", "市税", 2024, None, "total", "outstanding", "actual", tx["o"] * K, "yen", f"{c(tx['o'])}千円")
g.fact(2, "市税", "市税", 2024, None, "total", "difference", "actual", (tx["o"] - tx["o5"]) * K, "yen", f"{c(tx['o5'] - tx['o'])}千円")
g.fact(2, "市税", "市税", 2024, None, "total", "collection_rate", "actual", tx["r"], "percent", f"{pct(tx['r'])}％")
p.text(LM + 26, y + 10, "(ｲ)　国民健康保険税", 10); y += 16
y = p.para(LM + 26, y, W - LM - RMg - 26, f"収入未済額は{c(kk['o'])}千円で、全債権の収入未済額の約{round(kk['o'] * 100 / o6)}％を占めています。", 10, indent=1)
g.fact(2, "国民健康保険税", "国民健康保険税", 2024, None, "total", "outstanding", "actual", kk["o"] * K, "yen", f"{c(kk['o'])}千円")

# ================================================================ page 3: 表１（推移）・【参考】・表２（種類別）
p = P()
y = 52
p.text(LM, y + 10, "表１　全債権の決算額の推移（2020年度～2024年度）", 10, "g")
p.text(W - RMg - tw("（単位：百万円、％）", 8.5), y + 10, "（単位：百万円、％）", 8.5)
y += 16
hdr = ["年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率", "増減額", "増減率"]
widths = [62, 62, 62, 56, 58, 44, 50, 46]
cells = [dict(r=0, c=j, t=h, al="c", fill=HDR, font="g") for j, h in enumerate(hdr)]
YR = [(2020, "令和２年度"), (2021, "３年度"), (2022, "４年度"), (2023, "５年度"), (2024, "令和６年度")]
prev_o = None
sums = [0, 0, 0, 0]
for i, (fy, lab) in enumerate(YR, 1):
    a, cc, w = TREND[fy]
    o = a - cc - w
    rr = rate(cc, a)
    vals = [mil(a), mil(cc), mil(w), mil(o)]
    cells.append(dict(r=i, c=0, t=lab, al="c"))
    for j, (s, v) in enumerate(vals):
        cells.append(dict(r=i, c=1 + j, t=s, al="r"))
        g.fact(3, None, None, fy, lab, "total", ["assessed", "collected", "written_off", "outstanding"][j], "actual", v, "yen", s)
    cells.append(dict(r=i, c=5, t=pct(rr), al="r"))
    g.fact(3, None, None, fy, lab, "total", "collection_rate", "actual", rr, "percent", pct(rr))
    if prev_o is None:
        cells += [dict(r=i, c=6, t="－", al="c"), dict(r=i, c=7, t="－", al="c")]
    else:
        dv = round(o / 1000, 1) - round(prev_o / 1000, 1)
        ds = tri(dv, 1)
        cells.append(dict(r=i, c=6, t=ds, al="r"))
        g.fact(3, None, None, fy, lab, "total", "difference", "actual", int(round(dv * 1_000_000)), "yen", ds)
        cells.append(dict(r=i, c=7, t=tri(round((o - prev_o) * 100 / prev_o, 1), 1), al="r"))
    prev_o = o
    for j, x in enumerate((a, cc, w, o)):
        sums[j] += x
avg = [x / 5 for x in sums]
cells.append(dict(r=6, c=0, t="5年平均", al="c", fill=(0.95, 0.95, 0.95)))
for j, x in enumerate(avg):
    cells.append(dict(r=6, c=1 + j, t=mil(x)[0], al="r", fill=(0.95, 0.95, 0.95)))
cells.append(dict(r=6, c=5, t=pct(rate(sums[1], sums[0])), al="r", fill=(0.95, 0.95, 0.95)))
cells += [dict(r=6, c=6, t="", fill=(0.95, 0.95, 0.95)), dict(r=6, c=7, t="", fill=(0.95, 0.95, 0.95))]
y = p.grid(LM, y, widths, [20] + [17] * 6, cells)
y = p.para(LM, y + 2, 480, "※ 増減額・増減率は収入未済額の対前年度比較。端数処理のため合計が一致しない場合があります。", 7.5, lh=1.4)
y += 6
# 【参考】 box
items = [("市税の収納率（R6）", f"{pct(R[0]['r'])}％", R[0], "collection_rate", R[0]["r"]),
         ("国民健康保険税の収納率（R6）", f"{pct(R[1]['r'])}％", R[1], "collection_rate", R[1]["r"]),
         ("全債権の不納欠損額（R6）", f"{c(TOT['w'])}千円", None, "written_off", TOT["w"] * K)]
bh = 14 + 15 * len(items)
p.pg.draw_rect(fitz.Rect(LM, y, W - RMg, y + bh), color=(0, 0, 0), width=0.8)
p.text(LM + 8, y + 14, "【参考】", 9.5, "g")
yy = y + 14
for lab, s, r_, metric, v in items:
    yy += 15
    p.text(LM + 18, yy, f"・{lab}：{s}", 9.5)
    g.fact(3, r_["debt"] if r_ else None, r_["pr"] if r_ else None, 2024, "R6", "total", metric, "actual", v,
           "percent" if metric == "collection_rate" else "yen", s)
y += bh + 14
y = heading(p, y, "４　債権の種類別の状況")
p.text(LM, y + 9, "表２　債権の種類別の決算状況（令和6年度）", 10, "g")
p.text(W - RMg - tw("（単位：千円、％）", 8.5), y + 9, "（単位：千円、％）", 8.5)
y += 14
widths = [22, 92, 66, 70, 70, 50, 56, 38]
hdr = ["種類", "債権名", "所管課", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
cells = [dict(r=0, c=j, t=h, al="c", fill=HDR, font="g", size=7.5) for j, h in enumerate(hdr)]
ri = 1
FY6 = (2024, "令和6年度")


def nums(row, r, vals, dr, debt, bold=False, fill=None):
    out = []
    for j, (metric, v) in enumerate(zip(["assessed", "collected", "written_off", "outstanding", "collection_rate"], vals)):
        s = pct(v) if metric == "collection_rate" else c(v)
        out.append(dict(r=row, c=3 + j, t=s, al="r", font="g" if bold else "m", fill=fill, size=7.8))
        g.fact(r, debt, dr, *FY6, "total", metric, "actual", v if metric == "collection_rate" else v * K,
               "percent" if metric == "collection_rate" else "yen", s)
    return out


for k in KINDS:
    rows = [r for r in R if r["kind"] == k]
    cells.append(dict(r=ri, c=0, rs=len(rows) + 1, t=k, v=True, al="c", size=7.5))
    for r in rows:
        cells += [dict(r=ri, c=1, t=r["pr"], size=7.5), dict(r=ri, c=2, t=r["ka"], size=7)]
        cells += nums(ri, 3, [r["a"], r["c"], r["w"], r["o"], r["r"]], r["pr"], r["debt"])
        ri += 1
    lab = {"強制徴収公債権": "強制徴収公債権計", "非強制徴収公債権": "非強制徴収公債権計", "私債権": "私債権計"}[k]
    s_ = KSUB[k]
    cells.append(dict(r=ri, c=1, cs=2, t=lab, font="g", size=7.5, fill=(0.94, 0.94, 0.94)))
    cells += nums(ri, 3, [s_["a"], s_["c"], s_["w"], s_["o"], s_["r"]], lab, None, True, (0.94, 0.94, 0.94))
    ri += 1
cells.append(dict(r=ri, c=0, cs=3, t="総計", al="c", font="g", size=7.5, fill=(0.88, 0.88, 0.88)))
cells += nums(ri, 3, [TOT["a"], TOT["c"], TOT["w"], TOT["o"], TOT["r"]], "総計", None, True, (0.88, 0.88, 0.88))
y = p.grid(LM, y, widths, [18] + [17] * ri, cells)
p.text(LM, y + 10, "※ 表２は次ページに続く（令和5年度との比較）。", 7.5)

# ================================================================ page 4: 表２つづき（右側の列）・目標（全体）・債権別目標（1/2）
p = P()
y = 52
p.text(LM, y + 9, "表２（つづき）　収入未済額の前年度比較", 10, "g")
p.text(W - RMg - tw("（単位：千円）", 8.5), y + 9, "（単位：千円）", 8.5)
y += 14
widths = [22, 100, 74, 74, 64, 149]
hdr = ["種類", "債権名", "令和5年度\n収入未済額", "令和6年度\n収入未済額", "増減額", "備考"]
cells = [dict(r=0, c=j, t=h, al="c", fill=HDR, font="g", size=7.5) for j, h in enumerate(hdr)]
ri = 1
for k in KINDS:
    rows = [r for r in R if r["kind"] == k]
    cells.append(dict(r=ri, c=0, rs=len(rows) + 1, t=k, v=True, al="c", size=7.5))
    for r in rows:
        d_ = r["o"] - r["o5"]
        cells += [dict(r=ri, c=1, t=r["pr"], size=7.5), dict(r=ri, c=2, t=c(r["o5"]), al="r", size=7.8),
                  dict(r=ri, c=3, t=c(r["o"]), al="r", size=7.8), dict(r=ri, c=4, t=tri(d_), al="r", size=7.8),
                  dict(r=ri, c=5, t=f"うち滞納繰越分 {c(r['arr'])}千円", size=7.2)]
        g.fact(4, r["debt"], r["pr"], 2023, "令和5年度", "total", "outstanding", "actual", r["o5"] * K, "yen", c(r["o5"]))
        g.fact(4, r["debt"], r["pr"], 2024, "令和6年度", "total", "outstanding", "actual", r["o"] * K, "yen", c(r["o"]))
        g.fact(4, r["debt"], r["pr"], 2024, "令和6年度", "total", "difference", "actual", d_ * K, "yen", tri(d_))
        g.fact(4, r["debt"], r["pr"], 2024, "令和6年度", "arrears", "outstanding", "actual", r["arr"] * K, "yen", f"{c(r['arr'])}千円")
        ri += 1
    lab = {"強制徴収公債権": "強制徴収公債権計", "非強制徴収公債権": "非強制徴収公債権計", "私債権": "私債権計"}[k]
    s_ = KSUB[k]
    d_ = s_["o"] - s_["o5"]
    fl = (0.94, 0.94, 0.94)
    cells += [dict(r=ri, c=1, t=lab, font="g", size=7.5, fill=fl), dict(r=ri, c=2, t=c(s_["o5"]), al="r", fill=fl, font="g", size=7.8),
              dict(r=ri, c=3, t=c(s_["o"]), al="r", fill=fl, font="g", size=7.8), dict(r=ri, c=4, t=tri(d_), al="r", fill=fl, font="g", size=7.8),
              dict(r=ri, c=5, t="", fill=fl)]
    for fy, fyr, v in ((2023, "令和5年度", s_["o5"]), (2024, "令和6年度", s_["o"])):
        g.fact(4, None, lab, fy, fyr, "total", "outstanding", "actual", v * K, "yen", c(v))
    g.fact(4, None, lab, 2024, "令和6年度", "total", "difference", "actual", d_ * K, "yen", tri(d_))
    ri += 1
d_ = TOT["o"] - TOT["o5"]
fl = (0.88, 0.88, 0.88)
cells += [dict(r=ri, c=0, cs=2, t="総計", al="c", font="g", size=7.5, fill=fl), dict(r=ri, c=2, t=c(TOT["o5"]), al="r", fill=fl, font="g", size=7.8),
          dict(r=ri, c=3, t=c(TOT["o"]), al="r", fill=fl, font="g", size=7.8), dict(r=ri, c=4, t=tri(d_), al="r", fill=fl, font="g", size=7.8),
          dict(r=ri, c=5, t="", fill=fl)]
for fy, fyr, v in ((2023, "令和5年度", TOT["o5"]), (2024, "令和6年度", TOT["o"])):
    g.fact(4, None, "総計", fy, fyr, "total", "outstanding", "actual", v * K, "yen", c(v))
g.fact(4, None, "総計", 2024, "令和6年度", "total", "difference", "actual", d_ * K, "yen", tri(d_))
y = p.grid(LM, y, widths, [24] + [16] * ri, cells)
y += 16
y = heading(p, y, "５　計画の目標")
p.text(LM + 6, y + 10, "（１）全体の目標", 10, "g"); y += 18
ACT = dict(cur=99.21, arr=27.84, o=TOT["o"])
TGT = {2026: (99.25, 28.50, 405_000), 2027: (99.30, 29.50, 380_000), 2028: (99.35, 30.50, 355_000)}
widths = [150, 80, 80, 80, 80]
cells = [dict(r=0, c=0, rs=2, t="区分", al="c", fill=HDR, font="g"), dict(r=0, c=1, t="実績", al="c", fill=HDR, font="g"),
         dict(r=0, c=2, cs=3, t="目標", al="c", fill=HDR, font="g"), dict(r=1, c=1, t="令和6年度", al="c", fill=HDR, size=7.8),
         dict(r=1, c=2, t="令和8年度", al="c", fill=HDR, size=7.8), dict(r=1, c=3, t="令和9年度", al="c", fill=HDR, size=7.8),
         dict(r=1, c=4, t="令和10年度", al="c", fill=HDR, size=7.8)]
ROWM = [("現年分収納率（％）", "current", "collection_rate", 0), ("滞納繰越分収納率（％）", "arrears", "collection_rate", 1),
        ("収入未済額（百万円）", "total", "outstanding", 2)]
for i, (lab, seg, metric, idx) in enumerate(ROWM, 2):
    cells.append(dict(r=i, c=0, t=lab, size=8))
    av = [ACT["cur"], ACT["arr"], ACT["o"]][idx]
    cols = [(2024, "令和6年度", "actual", av)] + [(fy, f"令和{fy - 2018}年度", "target", TGT[fy][idx]) for fy in (2026, 2027, 2028)]
    for j, (fy, fyr, basis, v) in enumerate(cols):
        if metric == "outstanding":
            s, yv = mil(v)
            g.fact(4, None, None, fy, fyr, seg, metric, basis, yv, "yen", s)
        else:
            s = pct(v)
            g.fact(4, None, None, fy, fyr, seg, metric, basis, v, "percent", s)
        cells.append(dict(r=i, c=1 + j, t=s, al="r"))
y = p.grid(LM, y, widths, [16, 16, 18, 18, 18], cells)
y += 14
p.text(LM + 6, y + 10, "（２）債権ごとの目標", 10, "g"); y += 16
p.text(W - RMg - tw("収納率：％、収入未済額：千円", 8), y + 8, "収納率：％、収入未済額：千円", 8)
y += 12
TG = {}  # debt -> [(fy, cur, arr, o)]
GR = {"市税": (99.70, 38.0, 0.94), "国民健康保険税": (93.80, 26.0, 0.91), "介護保険料": (99.30, 30.0, 0.93),
      "後期高齢者医療保険料": (99.60, 45.0, 0.95), "保育料": (98.90, 35.0, 0.92), "生活保護費返還金": (50.00, 8.0, 0.96),
      "児童扶養手当返還金": (45.00, 10.0, 0.95), "市営住宅使用料": (97.50, 15.0, 0.93), "水道料金": (99.40, 55.0, 0.94),
      "奨学金貸付金": (80.00, 12.0, 0.95)}
for r in R:
    cur0, arr0, k_ = GR[r["debt"]]
    TG[r["debt"]] = [(fy, round(cur0 + 0.1 * i, 2), round(arr0 + 1.0 * i, 1), round(r["o"] * k_ ** (i + 1)))
                     for i, fy in enumerate((2026, 2027, 2028))]
LHDR = ["債権名", "年度", "現年分収納率", "滞納繰越分収納率", "収入未済額"]
LW = [130, 70, 90, 90, 90]


def long_table(page, y, debts):
    cells = [dict(r=0, c=j, t=h, al="c", fill=HDR, font="g", size=8) for j, h in enumerate(LHDR)]
    ri = 1
    for r in debts:
        cells.append(dict(r=ri, c=0, rs=3, t=r["pr"], al="c", size=8))
        for fy, cu, ar, o in TG[r["debt"]]:
            fyr = f"令和{fy - 2018}年度"
            cells += [dict(r=ri, c=1, t=fyr, al="c", size=8), dict(r=ri, c=2, t=pct(cu), al="r", size=8),
                      dict(r=ri, c=3, t=f"{ar:.1f}", al="r", size=8), dict(r=ri, c=4, t=c(o), al="r", size=8)]
            g.fact(page.n, r["debt"], r["pr"], fy, fyr, "current", "collection_rate", "target", cu, "percent", pct(cu))
            g.fact(page.n, r["debt"], r["pr"], fy, fyr, "arrears", "collection_rate", "target", ar, "percent", f"{ar:.1f}")
            g.fact(page.n, r["debt"], r["pr"], fy, fyr, "total", "outstanding", "target", o * K, "yen", c(o))
            ri += 1
    return page.grid(LM, y, LW, [16] + [14.5] * (ri - 1), cells)


y = long_table(p, y, R[:4])
p.text(LM, y + 10, "（次ページに続く）", 7.5)

# ================================================================ page 5: 債権別目標（2/2, 見出し再掲）・推進シートの見方
p = P()
y = 52
p.text(LM, y + 9, "（２）債権ごとの目標（つづき）", 10, "g")
p.text(W - RMg - tw("収納率：％、収入未済額：千円", 8), y + 9, "収納率：％、収入未済額：千円", 8)
y += 14
y = long_table(p, y, R[4:])
y += 18
y = heading(p, y, "６　債権ごとの取組（推進シート）")
y = p.para(LM, y, W - LM - RMg, "収入未済額の大きい債権及び長期滞納が課題となっている債権について、推進シートを作成し、現状と課題、"
           "目標と実績、具体的な取組を整理しました。推進シートは毎年度の実績を踏まえて見直します。", 10, indent=1)

# ================================================================ page 6: 推進シート ×2
p = P()
y = 50
kk = R[1]
p.text(LM, y + 11, "推進シート①", 11, "g"); y += 18
cells = [dict(r=0, c=0, t="債権名", al="c", fill=HDR, font="g"), dict(r=0, c=1, t=kk["pr"], al="l"),
         dict(r=0, c=2, t="所管課", al="c", fill=HDR, font="g"), dict(r=0, c=3, t=kk["ka"], al="l")]
y = p.grid(LM, y, [70, 170, 70, 173], [18], cells) + 6
d_ = kk["o5"] - kk["o"]
ar_r6, ar_r5 = 24.31, 22.87
ga = f"令和6年度末の収入未済額は{c(kk['o'])}千円で、前年度より{c(d_)}千円減少した。滞納繰越分の収納率は{ar_r6:.2f}％にとどまり、滞納が長期化した世帯の整理が課題である。"
FYK = [(2022, "令和４年度", 93.00, 92.71), (2023, "令和５年度", 93.20, 93.05), (2024, "令和６年度", 93.40, 93.52)]
cells = [dict(r=0, c=0, t="現状と課題", al="c", fill=HDR, font="g"), dict(r=0, c=1, t="令和6年度決算", al="c", fill=HDR, font="g", cs=2),
         dict(r=1, c=0, rs=3, t=ga, al="t", size=8.5),
         dict(r=1, c=1, t="調定額", size=8), dict(r=1, c=2, t=f"{c(kk['a'])}千円", al="r", size=8),
         dict(r=2, c=1, t="収入済額", size=8), dict(r=2, c=2, t=f"{c(kk['c'])}千円", al="r", size=8),
         dict(r=3, c=1, t="収納率", size=8), dict(r=3, c=2, t=f"{pct(kk['r'])}％", al="r", size=8)]
g.fact(6, kk["debt"], kk["pr"], 2024, "令和6年度末", "total", "outstanding", "actual", kk["o"] * K, "yen", f"{c(kk['o'])}千円")
g.fact(6, kk["debt"], kk["pr"], 2024, "令和6年度末", "total", "difference", "actual", -d_ * K, "yen", f"{c(d_)}千円")
g.fact(6, kk["debt"], kk["pr"], 2024, "令和6年度末", "arrears", "collection_rate", "actual", ar_r6, "percent", f"{ar_r6:.2f}％")
for metric, v, s in (("assessed", kk["a"] * K, f"{c(kk['a'])}千円"), ("collected", kk["c"] * K, f"{c(kk['c'])}千円"),
                     ("collection_rate", kk["r"], f"{pct(kk['r'])}％")):
    g.fact(6, kk["debt"], kk["pr"], 2024, "令和6年度決算", "total", metric, "actual", v, "percent" if metric == "collection_rate" else "yen", s)
y = p.grid(LM, y, [283, 90, 110], [16, 18, 18, 18], cells) + 6
p.text(LM, y + 9, "目標と実績（現年分収納率）", 9, "g")
p.text(W - RMg - tw("単位：％", 8), y + 9, "単位：％", 8)
y += 13
cells = [dict(r=0, c=0, t="年度", al="c", fill=HDR, font="g"), dict(r=0, c=1, t="目標", al="c", fill=HDR, font="g"),
         dict(r=0, c=2, t="実績", al="c", fill=HDR, font="g"), dict(r=0, c=3, t="達成率", al="c", fill=HDR, font="g")]
for i, (fy, fyr, tg, ac) in enumerate(FYK, 1):
    cells += [dict(r=i, c=0, t=fyr, al="c"), dict(r=i, c=1, t=pct(tg), al="r"), dict(r=i, c=2, t=pct(ac), al="r"),
              dict(r=i, c=3, t=f"{ac * 100 / tg:.1f}", al="r")]
    g.fact(6, kk["debt"], kk["pr"], fy, fyr, "current", "collection_rate", "target", tg, "percent", pct(tg))
    g.fact(6, kk["debt"], kk["pr"], fy, fyr, "current", "collection_rate", "actual", ac, "percent", pct(ac))
y = p.grid(LM, y, [120, 120, 120, 123], [16, 15, 15, 15], cells) + 4
p.text(LM, y + 8, "※ 達成率は実績÷目標×100。", 7.5)
y += 14
SEC_K = "推進シート①　具体的な取組"
IK = [("①", "納期限後20日以内に督促状を発送し、未納２期目の世帯へ電話催告を行う。", "継続"),
      ("②", "財産調査を滞納発生後３か月以内に着手し、預貯金・給与の差押えを徹底する。", "拡充"),
      ("③", "国民健康保険の資格喪失者について、喪失時に未納額を通知し、一括納付を依頼する。", "新規")]
body = "\n".join(f"{lab}{t}【{st}】" for lab, t, st in IK)
cells = [dict(r=0, c=0, t="具体的な取組", al="c", fill=HDR, font="g", v=True), dict(r=0, c=1, t=body, al="t", size=8.5)]
y = p.grid(LM, y, [24, 459], [64], cells) + 18
for lab, t, st in IK:
    g.init(6, kk["debt"], kk["pr"], 2026, SEC_K, lab, t, st)

# sheet 2: header cells with label and value together
hs = R[7]
p.text(LM, y + 11, "推進シート②", 11, "g"); y += 18
cells = [dict(r=0, c=0, t=f"債権名　{hs['pr']}", font="g", fill=(0.95, 0.95, 0.95)), dict(r=0, c=1, t=f"所管課　{hs['ka']}", font="g", fill=(0.95, 0.95, 0.95))]
y = p.grid(LM, y, [260, 223], [18], cells) + 6
HY = [(2022, "令和4年度", 84.12, 12_010), (2023, "令和5年度", 85.03, hs["o5"]), (2024, "令和6年度", hs["r"], hs["o"])]
cells = [dict(r=0, c=0, rs=3, t="実績", v=True, al="c", fill=HDR, font="g"), dict(r=0, c=1, t="区分", al="c", fill=HDR, font="g")]
for j, (fy, fyr, rr, o) in enumerate(HY):
    cells.append(dict(r=0, c=2 + j, t=fyr, al="c", fill=HDR, font="g"))
cells += [dict(r=1, c=1, t="収納率（％）", size=8), dict(r=2, c=1, t="収入未済額（千円）", size=8)]
for j, (fy, fyr, rr, o) in enumerate(HY):
    cells += [dict(r=1, c=2 + j, t=pct(rr), al="r"), dict(r=2, c=2 + j, t=c(o), al="r")]
    g.fact(6, hs["debt"], hs["pr"], fy, fyr, "total", "collection_rate", "actual", rr, "percent", pct(rr))
    g.fact(6, hs["debt"], hs["pr"], fy, fyr, "total", "outstanding", "actual", o * K, "yen", c(o))
y = p.grid(LM, y, [24, 110, 116, 116, 117], [16, 16, 16], cells) + 8
SEC_H = "推進シート②　取組内容"
IH = [("(1)", "家賃の滞納が３か月に達した入居者に対し、連帯保証人への通知と面談を行う。", "継続"),
      ("(2)", "滞納が６か月を超え、納付誓約を履行しない入居者には、明渡し請求訴訟を提起する。", "継続"),
      ("(3)", "退去者の未納分は、債権回収の専門事業者への委託を検討する。", "新規")]
bx0 = y
p.text(LM + 8, y + 12, "取組内容", 9.5, "g")
y += 18
for lab, t, st in IH:
    y = p.para(LM + 10, y, 460, f"{lab}　{t}【{st}】", 9, lh=1.55, hang=2)
    g.init(6, hs["debt"], hs["pr"], 2026, SEC_H, lab, t, st)
p.pg.draw_rect(fitz.Rect(LM, bx0, W - RMg, y + 6), color=(0, 0, 0), width=0.8)

# ================================================================ page 7: 参考資料（会計を外側の行見出しに）
p = P()
y = 52
y = heading(p, y, "参考資料　市の債権一覧（令和6年度末）")
p.text(LM, y + 8, "区分　強：強制徴収公債権　非：非強制徴収公債権　私：私債権", 8)
y += 14
widths = [100, 92, 66, 102, 24, 99]
hdr = ["会計", "債権名", "所管課", "根拠法令", "区分", "収入未済額（円）"]
cells = [dict(r=0, c=j, t=h, al="c", fill=HDR, font="g", size=7.8) for j, h in enumerate(hdr)]
KAI = ["一般会計", "国民健康保険事業特別会計", "介護保険事業特別会計", "後期高齢者医療特別会計", "水道事業会計"]
ri = 1
tot_yen = 0
for kai in KAI:
    rows = [r for r in R if r["kai"] == kai]
    cells.append(dict(r=ri, c=0, rs=len(rows), t=kai, al="c", size=7))
    for r in rows:
        kb = {"強制徴収公債権": "強", "非強制徴収公債権": "非", "私債権": "私"}[r["kind"]]
        cells += [dict(r=ri, c=1, t=r["pr"], size=7.8), dict(r=ri, c=2, t=r["ka"], size=7.5), dict(r=ri, c=3, t=r["law"], size=7.3),
                  dict(r=ri, c=4, t=kb, al="c", size=7.8), dict(r=ri, c=5, t=c(r["yen"]), al="r", size=7.8)]
        g.fact(7, r["debt"], r["pr"], 2024, "令和6年度末", "total", "outstanding", "actual", r["yen"], "yen", c(r["yen"]))
        tot_yen += r["yen"]
        ri += 1
cells += [dict(r=ri, c=0, cs=5, t="合計", al="c", font="g", fill=(0.9, 0.9, 0.9)), dict(r=ri, c=5, t=c(tot_yen), al="r", font="g", fill=(0.9, 0.9, 0.9))]
g.fact(7, None, "合計", 2024, "令和6年度末", "total", "outstanding", "actual", tot_yen, "yen", c(tot_yen))
y = p.grid(LM, y, widths, [18] + [22] * ri, cells)
y = p.para(LM, y + 4, 480, "出典：令和6年度京田辺市歳入歳出決算書及び各債権所管課の債権管理台帳（円単位）。表２の千円単位の数値とは端数処理により一致しない場合があります。", 7.5, lh=1.4)

# ---------------------------------------------------------------- build
doc.subset_fonts()
pdf = ROOT / "pdf" / f"{STEM}.pdf"
doc.save(pdf, garbage=4, deflate=True)
doc.close()
g.write(pdf)
sys.exit(1 if check(STEM) else 0)
