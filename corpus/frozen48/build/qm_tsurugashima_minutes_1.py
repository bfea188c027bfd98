"""qm_tsurugashima_minutes_1: 債権管理対策委員会 議事要旨 (書面開催) with 説明資料 and 別表 (PyMuPDF drawing)."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qm_lib import FONT_G, FONT_M, Gold, PDF_DIR, comma, rate, zen  # noqa: E402

import pymupdf as fitz  # noqa: E402

STEM = "qm_tsurugashima_minutes_1"
TITLE = "令和7年度第2回鶴ヶ島市債権管理対策委員会 議事要旨"
G = Gold(STEM, "minutes", "minutes", "鶴ヶ島市", TITLE, "2025-11-14", "令和7年11月14日")
random.seed(9133)

FG, FM = fitz.Font(fontfile=FONT_G), fitz.Font(fontfile=FONT_M)
doc = fitz.open()
W, H = 595, 842
LM, RM = 62, 533


class Pg:
    def __init__(self, number):
        self.p = doc.new_page(width=W, height=H)
        self.p.insert_font(fontname="g", fontfile=FONT_G)
        self.p.insert_font(fontname="m", fontfile=FONT_M)
        self.y = 70
        self.n = number
        self.p.insert_text((W / 2 - 12, H - 30), f"－{zen(number)}－", fontname="m", fontsize=9)

    def text(self, x, y, s, size=10.5, font="m", color=(0, 0, 0)):
        self.p.insert_text((x, y), s, fontname=font, fontsize=size, color=color)

    def wrap(self, s, x0=LM, x1=RM, size=10.5, font="m", lead=1.65, indent2=None):
        f = FG if font == "g" else FM
        first = True
        while s:
            xs = x0 if first or indent2 is None else indent2
            n = 1
            while n <= len(s) and f.text_length(s[:n], size) <= x1 - xs:
                n += 1
            n -= 1
            if n < len(s) and s[n] in "、。）」％":
                n -= 1
            self.y += size * lead
            self.text(xs, self.y, s[:n], size, font)
            s = s[n:]
            first = False

    def line(self, x0, y0, x1, y1, w=0.6):
        self.p.draw_line((x0, y0), (x1, y1), width=w)

    def rect(self, r, fill=None, w=0.6):
        self.p.draw_rect(fitz.Rect(r), color=(0, 0, 0), fill=fill, width=w)

    def cell(self, r, s, size=8.5, font="m", align="c", fill=None, border=True):
        r = fitz.Rect(r)
        if fill is not None or border:
            self.p.draw_rect(r, color=(0, 0, 0) if border else None, fill=fill, width=0.5)
        f = FG if font == "g" else FM
        lines = s.split("\n")
        tot = len(lines) * size * 1.25
        y = r.y0 + (r.height - tot) / 2 + size
        for ln in lines:
            tw = f.text_length(ln, size)
            x = r.x0 + (r.width - tw) / 2 if align == "c" else (r.x1 - tw - 3 if align == "r" else r.x0 + 3)
            self.text(x, y, ln, size, font)
            y += size * 1.25


# ------------------------------------------------------------------ data
DEBTS = [("市税", "市税", 10234567, 58.41, 612345, 17.62),
         ("国民健康保険税", "国民健康保険税", 1765432, 47.93, 498765, 15.28),
         ("介護保険料", "介護保険料", 1654321, 61.27, 54321, 12.45),
         ("後期高齢者医療保険料", "後期高齢者医療保険料", 987654, 63.18, 12345, 21.07)]
SEP = {}
for debt, pr, ca, cr, aa, ar in DEBTS:
    d = {}
    for fy, f in [(2024, 0.985), (2025, 1.0)]:
        a1 = int(ca * f) + random.randint(-500, 500)
        r1 = cr - (0.0 if fy == 2025 else random.uniform(0.1, 0.5))
        a2 = int(aa * (2 - f)) + random.randint(-300, 300)
        r2 = ar - (0.0 if fy == 2025 else random.uniform(0.3, 1.1))
        d[fy] = dict(ca=a1, cc=int(a1 * r1 / 100), aa=a2, ac=int(a2 * r2 / 100))
    # 令和6年度 決算
    d["k"] = dict(ca=d[2024]["ca"] + random.randint(1000, 3000), aa=d[2024]["aa"])
    d["k"]["cc"] = int(d["k"]["ca"] * (0.985 if debt == "市税" else 0.95 if debt == "国民健康保険税" else 0.99))
    d["k"]["ac"] = int(d["k"]["aa"] * (0.30 if debt != "国民健康保険税" else 0.26))
    SEP[debt] = d


def segs(x):
    out = dict(x)
    out["ta"], out["tc"] = x["ca"] + x["aa"], x["cc"] + x["ac"]
    out["cr"], out["ar"], out["tr"] = rate(x["cc"], x["ca"]), rate(x["ac"], x["aa"]), rate(out["tc"], out["ta"])
    return out


tax25, tax24 = segs(SEP["市税"][2025]), segs(SEP["市税"][2024])
kok25, kok24 = segs(SEP["国民健康保険税"][2025]), segs(SEP["国民健康保険税"][2024])
AS25, AS24 = "2025-09-30", "2024-09-30"

# ------------------------------------------------------------------ page 1
pg = Pg(1)
pg.text(LM, 78, "令和7年度第2回", 12, "g")
pg.text(LM, 100, "鶴ヶ島市債権管理対策委員会 議事要旨", 15, "g")
pg.line(LM, 110, RM, 110, 1.0)
pg.y = 118
pg.wrap("１　開催日時・方法", size=11, font="g")
pg.wrap("　書面開催（令和7年11月14日（金）付けで各委員に資料を送付し、同月21日（金）までに意見を求めた。）",
        x0=LM + 10, indent2=LM + 22)
pg.wrap("２　出席者（書面による意見提出者）", size=11, font="g")
ATT = [("委員長", "副市長"), ("委員", "総合政策部長"), ("委員", "総務部長"), ("委員", "市民生活部長"),
       ("委員", "こども・健康部長"), ("委員", "福祉部長"), ("委員", "都市整備部長"), ("委員", "教育部長"),
       ("事務局", "収納課長"), ("事務局", "収納課主幹"), ("事務局", "収納課主任")]
pg.y += 6
x0, yy = LM + 14, pg.y
pg.text(x0, yy + 12, "委員８名、事務局３名", 10, "m")
yy += 20
for i, (role, title) in enumerate(ATT):
    col, row = i % 2, i // 2
    pg.cell((x0 + col * 230, yy + row * 17, x0 + col * 230 + 60, yy + row * 17 + 17), role, 9, fill=(0.92, 0.92, 0.92))
    pg.cell((x0 + col * 230 + 60, yy + row * 17, x0 + col * 230 + 210, yy + row * 17 + 17), title, 9, align="l")
pg.y = yy + 6 * 17 + 4
pg.wrap("３　議題", size=11, font="g")
AGENDA = ["令和7年度上半期の債権収納状況について", "令和7年度債権管理の取組の中間報告について", "債権放棄の状況について"]
for i, a in enumerate(AGENDA):
    pg.wrap(f"（{i + 1}）{a}", x0=LM + 10)
pg.wrap("４　資料", size=11, font="g")
MATS = ["資料１　令和7年度上半期の債権収納状況", "資料２　債権管理の取組の中間報告（各課）", "資料３　債権放棄の状況（令和6年度）"]
for m in MATS:
    pg.wrap(m, x0=LM + 10)
pg.wrap("５　意見等の要旨", size=11, font="g")
d_tax = round(tax25["cr"] - tax24["cr"], 2)
STATE = [
    ("総務部長", "議題（1）について",
     f"市税の現年度分の収納率は9月末現在で{tax25['cr']:.2f}％となり、前年同期比{abs(d_tax):.2f}ポイント"
     f"{'上昇' if d_tax >= 0 else '低下'}した。"
     "口座振替の利用率が伸びていることが要因と考えられる。下半期も催告の時期を早め、年度末の収納率の向上につなげたい。"),
    ("こども・健康部長", "議題（1）について",
     f"国民健康保険税は、現年度分の収納率が{kok25['cr']:.2f}％で前年同期の{kok24['cr']:.2f}％を下回った。"
     "加入者の減少により調定額が減る中で、短期滞納の段階での納付相談を強化する必要がある。"),
    ("福祉部長", "議題（2）について",
     "生活保護費返還金は、分割納付の約束を履行していない事案について、ケースワーカーと収納課が同席して面談する取組を始めた。"
     "効果が見られた事例は、他の非強制徴収公債権の所管課にも共有してほしい。"),
    ("委員長", "まとめ",
     "上半期の状況は全体としておおむね前年度並みである。各部においては、中間報告で示した取組を着実に進め、"
     "年度末の目標の達成に努めていただきたい。"),
]
for sp, sec, t in STATE:
    pg.wrap(f"○{sp}　{t}", x0=LM + 10, indent2=LM + 22, size=10)

G.fact(1, "市税", "市税", 2025, None, "current", "collection_rate", "interim", tax25["cr"], "percent",
       f"{tax25['cr']:.2f}％", as_of=AS25)
G.fact(1, "市税", "市税", 2025, None, "current", "difference", "interim", d_tax, "points",
       f"{abs(d_tax):.2f}ポイント", as_of=AS25)
G.fact(1, "国民健康保険税", "国民健康保険税", 2025, None, "current", "collection_rate", "interim", kok25["cr"],
       "percent", f"{kok25['cr']:.2f}％", as_of=AS25)
G.fact(1, "国民健康保険税", "国民健康保険税", 2024, "前年同期", "current", "collection_rate", "interim", kok24["cr"],
       "percent", f"{kok24['cr']:.2f}％", as_of=AS24)
if pg.y > H - 60:
    raise SystemExit("page 1 overflow")

# ------------------------------------------------------------------ page 2: panels + two-column prose
pg = Pg(2)
pg.text(LM, 70, "資料１　令和7年度上半期の債権収納状況（概要）", 12.5, "g")
pg.text(RM - 150, 88, "令和7年9月末現在　収納課", 9, "m")
OUT_R6 = sum(segs(SEP[d[0]]["k"])["ta"] - segs(SEP[d[0]]["k"])["tc"] for d in DEBTS)  # 千円, 不納欠損は別
wo_r6 = 31234
out_r6 = OUT_R6 - wo_r6
oku = round(out_r6 / 100000, 1)  # 億円
tot25 = segs({k: sum(SEP[d[0]][2025][k] for d in DEBTS) for k in ("ca", "cc", "aa", "ac")})
tot24 = segs({k: sum(SEP[d[0]][2024][k] for d in DEBTS) for k in ("ca", "cc", "aa", "ac")})
dtot = round(tot25["cr"] - tot24["cr"], 2)
panels = [("収納率（現年度分・4債権計）", "令和7年9月末", f"{tot25['cr']:.2f}％",
           f"前年同期比{'＋' if dtot >= 0 else '△'}{abs(dtot):.2f}ポイント"),
          ("収入未済額（4債権計）", "令和6年度決算", f"{oku}億円", "不納欠損処分後"),
          ("市税 収納率（滞納繰越分）", "令和7年9月末", f"{tax25['ar']:.2f}％", f"前年同期 {tax24['ar']:.2f}％")]
for i, (lab, yr, big, small) in enumerate(panels):
    x = LM + i * 160
    pg.rect((x, 100, x + 150, 180), fill=(0.93, 0.96, 1.0))
    pg.cell((x, 102, x + 150, 118), lab, 8.5, "g", border=False)
    pg.cell((x, 118, x + 150, 132), yr, 8, border=False)
    pg.cell((x, 134, x + 150, 160), big, 17, "g", border=False)
    pg.cell((x, 160, x + 150, 176), small, 8, border=False)
G.fact(2, None, "4債権計", 2025, "令和7年9月末", "current", "collection_rate", "interim", tot25["cr"], "percent",
       f"{tot25['cr']:.2f}％", as_of=AS25)
G.fact(2, None, "4債権計", 2025, "令和7年9月末", "current", "difference", "interim", dtot, "points",
       f"{abs(dtot):.2f}ポイント", as_of=AS25)
G.fact(2, None, "4債権計", 2024, "令和6年度", "total", "outstanding", "actual", int(oku * 100000000), "yen",
       f"{oku}億円")
G.fact(2, "市税", "市税", 2025, "令和7年9月末", "arrears", "collection_rate", "interim", tax25["ar"], "percent",
       f"{tax25['ar']:.2f}％", as_of=AS25)
G.fact(2, "市税", "市税", 2024, "前年同期", "arrears", "collection_rate", "interim", tax24["ar"], "percent",
       f"{tax24['ar']:.2f}％", as_of=AS24)
# two-column prose
kaigo = segs(SEP["介護保険料"][2025])
kaigo24 = segs(SEP["介護保険料"][2024])
kou = segs(SEP["後期高齢者医療保険料"][2025])
tax_c_man = round(tax25["cc"] / 10)  # 万円
kok_out_man = round((kok25["ta"] - kok25["tc"]) / 10)
colL = [("（１）市税", f"　市税の現年度分は、調定額{comma(tax25['ca'])}千円に対し、9月末までの収入済額は約{tax_c_man:,}万円で、"
         f"収納率は{tax25['cr']:.2f}％であった。前年同期と比べ{abs(d_tax):.2f}ポイント{'上昇' if d_tax >= 0 else '低下'}している。"
         "個人市民税の特別徴収分が順調に推移していることが主な要因である。"),
        ("（２）国民健康保険税", f"　国民健康保険税の現年度分の収納率は{kok25['cr']:.2f}％であった。"
         f"滞納繰越分を含む未納額は約{kok_out_man:,}万円で、短期滞納者への早期の接触が課題となっている。")]
dk = round(kaigo["cr"] - kaigo24["cr"], 2)
colR = [("（３）介護保険料", f"　介護保険料の現年度分の収納率は{kaigo['cr']:.2f}％で、前年同期比{abs(dk):.2f}ポイント"
         f"{'上昇' if dk >= 0 else '低下'}した。普通徴収の対象者への口座振替の勧奨を継続している。"),
        ("（４）後期高齢者医療保険料", f"　後期高齢者医療保険料は、現年度分の調定額{comma(kou['ca'])}千円のうち"
         f"{comma(kou['cc'])}千円を収納し、収納率は{kou['cr']:.2f}％となった。")]
for x0, x1, col in [(LM, LM + 225, colL), (LM + 246, RM, colR)]:
    pg.y = 196
    for h, t in col:
        pg.wrap(h, x0=x0, x1=x1, size=10, font="g")
        pg.wrap(t, x0=x0, x1=x1, size=9.5)
        pg.y += 4
pg.line(LM + 235, 200, LM + 235, 420, 0.3)
F2 = [("市税", "current", "assessed", tax25["ca"] * 1000, "yen", f"{comma(tax25['ca'])}千円", False),
      ("市税", "current", "collected", tax_c_man * 10000, "yen", f"約{tax_c_man:,}万円", True),
      ("市税", "current", "collection_rate", tax25["cr"], "percent", f"{tax25['cr']:.2f}％", False),
      ("市税", "current", "difference", d_tax, "points", f"{abs(d_tax):.2f}ポイント", False),
      ("国民健康保険税", "current", "collection_rate", kok25["cr"], "percent", f"{kok25['cr']:.2f}％", False),
      ("国民健康保険税", "total", "outstanding", kok_out_man * 10000, "yen", f"約{kok_out_man:,}万円", True),
      ("介護保険料", "current", "collection_rate", kaigo["cr"], "percent", f"{kaigo['cr']:.2f}％", False),
      ("介護保険料", "current", "difference", dk, "points", f"{abs(dk):.2f}ポイント", False),
      ("後期高齢者医療保険料", "current", "assessed", kou["ca"] * 1000, "yen", f"{comma(kou['ca'])}千円", False),
      ("後期高齢者医療保険料", "current", "collected", kou["cc"] * 1000, "yen", f"{comma(kou['cc'])}千円", False),
      ("後期高齢者医療保険料", "current", "collection_rate", kou["cr"], "percent", f"{kou['cr']:.2f}％", False)]
for debt, seg, met, v, u, raw, ap in F2:
    G.fact(2, debt, debt, 2025, None, seg, met, "interim", v, u, raw, approx=ap, as_of=AS25)

# bracketed metric heading with segment-only bullets + 【参考】 box
pg.y = 440
pg.wrap("【収納率】令和7年9月末時点（4債権計）", size=10.5, font="g")
for lab, key in [("現年分", "cr"), ("滞繰分", "ar"), ("合計", "tr")]:
    pg.wrap(f"・{lab}　{tot25[key]:.1f}％（前年同期 {tot24[key]:.1f}％）", x0=LM + 12, size=10)
    seg = {"cr": "current", "ar": "arrears", "tr": "total"}[key]
    G.fact(2, None, None, 2025, "令和7年9月末", seg, "collection_rate", "interim", round(tot25[key], 1), "percent",
           f"{tot25[key]:.1f}％", as_of=AS25)
    G.fact(2, None, None, 2024, "前年同期", seg, "collection_rate", "interim", round(tot24[key], 1), "percent",
           f"{tot24[key]:.1f}％", as_of=AS24)
pg.y += 10
by = pg.y
delinq, sz = 2184, 163
ref_out = round(out_r6 / 10)  # 万円
pg.rect((LM, by, RM, by + 78), w=0.8)
pg.y = by - 2
pg.wrap("【参考】令和6年度末の滞納の状況（4債権）", x0=LM + 8, size=10, font="g")
pg.wrap(f"・滞納者数：{zen(f'{delinq:,}')}人", x0=LM + 16, size=10)
pg.wrap(f"・差押件数：{sz}件", x0=LM + 16, size=10)
pg.wrap(f"・収入未済額：約{ref_out:,}万円", x0=LM + 16, size=10)
G.fact(2, None, None, 2024, "令和6年度", "total", "delinquents", "actual", delinq, "persons", zen(f"{delinq:,}") + "人")
G.fact(2, None, None, 2024, "令和6年度", "total", "outstanding", "actual", ref_out * 10000, "yen",
       f"約{ref_out:,}万円", approx=True)

# ------------------------------------------------------------------ page 3: bar chart with data labels
pg = Pg(3)
pg.text(LM, 70, "資料１（続き）　収入未済額の推移（4債権計）", 12.5, "g")
pg.text(RM - 60, 88, "単位：万円", 9)
CH = [(2020, "R2", 0.0), (2021, "R3", 0.0), (2022, "R4", 0.0), (2023, "R5", 0.0), (2024, "R6", 0.0)]
vals_ch = []
for i, (fy, lab, _) in enumerate(CH):
    v = ref_out if fy == 2024 else int(ref_out * (1 + 0.07 * (2024 - fy)) + random.randint(-300, 300))
    vals_ch.append((fy, lab, v))
base_y, top_y = 330, 110
vmax = max(v for *_, v in vals_ch) * 1.15
pg.line(LM + 30, base_y, RM - 10, base_y, 0.8)
for i, (fy, lab, v) in enumerate(vals_ch):
    x = LM + 60 + i * 88
    h = (base_y - top_y) * v / vmax
    pg.rect((x, base_y - h, x + 44, base_y), fill=(0.45, 0.6, 0.8), w=0.3)
    s = f"{v:,}"
    pg.text(x + 22 - FM.text_length(s, 9) / 2, base_y - h - 5, s, 9)
    pg.text(x + 22 - FM.text_length(lab, 9.5) / 2, base_y + 14, lab, 9.5)
    yr = "令和6年度" if fy == 2024 else None
    G.fact(3, None, None, fy, lab, "total", "outstanding", "actual", v * 10000, "yen", s)
pg.text(LM + 30, base_y + 34, "※各年度末（決算）の収入未済額。R6の数値は資料１の【参考】と同じ。", 8.5)
pg.y = base_y + 50
dr = vals_ch[-1][2] - vals_ch[-2][2]
pg.wrap(f"　令和6年度末の収入未済額は前年度末から約{abs(dr):,}万円{'減少' if dr < 0 else '増加'}し、"
        "5年連続で縮減している。国民健康保険税の滞納繰越分が全体の約4割を占めている。", size=10)
G.fact(3, None, None, 2024, "令和6年度", "total", "difference", "actual", dr * 10000, "yen",
       f"約{abs(dr):,}万円{'減少' if dr < 0 else '増加'}", approx=True)
pg.y += 16
pg.wrap("資料３　債権放棄の状況（令和6年度）", size=11, font="g")
hoki = [("生活保護費返還金", 12, 1873456), ("市営住宅使用料", 3, 412300), ("学校給食費", 7, 98760)]
pg.y += 6
y = pg.y
for j, (h, w) in enumerate([("債権名", 170), ("件数", 70), ("放棄額（円）", 120)]):
    xx = LM + 30 + sum(ww for _, ww in [("", 170), ("", 70), ("", 120)][:j])
    pg.cell((xx, y, xx + w, y + 18), h, 9, "g", fill=(0.9, 0.9, 0.9))
for i, (n, c, a) in enumerate(hoki):
    yy = y + 18 * (i + 1)
    pg.cell((LM + 30, yy, LM + 200, yy + 18), n, 9, align="l")
    pg.cell((LM + 200, yy, LM + 270, yy + 18), f"{c}件", 9, align="r")
    pg.cell((LM + 270, yy, LM + 390, yy + 18), comma(a), 9, align="r")
pg.y = y + 18 * 4 + 4
pg.wrap("※債権放棄は鶴ヶ島市債権管理条例第9条の規定によるもので、放棄額は不納欠損額に含まれる。", size=8.5)

# ------------------------------------------------------------------ page 4: 別表1 (merged row labels, 3-level headers)
pg = Pg(4)
pg.text(65, 70, "別表１　債権別収納状況（9月末現在・前年同期及び前年度決算との比較）", 12, "g")
pg.text(RM - 40, 86, "単位：千円、％", 8.5)
x = 65
cw = [70, 34] + [46, 44, 30] * 3
xs = [x]
for w in cw:
    xs.append(xs[-1] + w)
y0 = 92
pg.cell((xs[0], y0, xs[2], y0 + 48), "債権名・区分", 8.5, "g", fill=(0.9, 0.9, 0.9))
groups = [("令和6年度", [("9月末（前年同期）", 2, "interim", AS24, 2024), ("決算", 5, "actual", None, "k")]),
          ("令和7年度", [("9月末", 8, "interim", AS25, 2025)])]
for lab, subs in groups:
    c0 = subs[0][1]
    c1 = subs[-1][1] + 3
    pg.cell((xs[c0], y0, xs[c1], y0 + 16), lab, 8.5, "g", fill=(0.9, 0.9, 0.9))
    for sl, cs, *_ in subs:
        pg.cell((xs[cs], y0 + 16, xs[cs + 3], y0 + 32), sl, 8, "g", fill=(0.95, 0.95, 0.95))
        for k, h in enumerate(["調定額", "収入済額", "収納率"]):
            pg.cell((xs[cs + k], y0 + 32, xs[cs + k + 1], y0 + 48), h, 7.5, "g", fill=(0.95, 0.95, 0.95))
y = y0 + 48
rh = 15
for debt, pr, *_ in DEBTS:
    pg.cell((xs[0], y, xs[1], y + 3 * rh), pr.replace("後期高齢者医療保険料", "後期高齢者\n医療保険料"), 8)
    for si, (sl, seg, kk) in enumerate([("現年", "current", ("ca", "cc", "cr")), ("滞繰", "arrears", ("aa", "ac", "ar")),
                                        ("計", "total", ("ta", "tc", "tr"))]):
        yy = y + si * rh
        pg.cell((xs[1], yy, xs[2], yy + rh), sl, 8)
        for lab, subs in groups:
            for sl2, cs, basis, asof, key in subs:
                v = segs(SEP[debt][key])
                fy = 2024 if key in (2024, "k") else 2025
                for k, m in enumerate(kk):
                    met = ["assessed", "collected", "collection_rate"][k]
                    raw = f"{v[m]:.2f}" if k == 2 else comma(v[m])
                    pg.cell((xs[cs + k], yy, xs[cs + k + 1], yy + rh), raw, 7.5, align="r")
                    G.fact(4, debt, pr, fy, lab, seg, met, basis, v[m] if k == 2 else v[m] * 1000,
                           "percent" if k == 2 else "yen", raw, as_of=asof)
    y += 3 * rh
pg.y = y + 2
pg.wrap("※収納率は収入済額を調定額で除したもの。決算欄の調定額・収入済額には還付未済額を含まない。", x0=65, size=8)

# ------------------------------------------------------------------ page 5: 別表2 (no rules) and 別表3 (horizontal rules only)
pg = Pg(5)
pg.text(LM, 70, "別表２　滞納者数・差押件数の状況（9月末現在）", 12, "g")
DL = [("市税", 1123, 1087, 98, 104), ("国民健康保険税", 743, 702, 41, 47), ("介護保険料", 287, 274, 3, 5),
      ("後期高齢者医療保険料", 98, 91, 0, 1)]
cols = [LM + 10, LM + 170, LM + 250, LM + 330, LM + 410]
y = 100
for j, h in enumerate(["債権", "滞納者数（人）", "", "差押件数（件）", ""]):
    pg.text(cols[j], y, h, 9, "g")
y += 14
for j, h in enumerate(["", "前年同期", "今期", "前年同期", "今期"]):
    pg.text(cols[j], y, h, 9, "g")
for debt, d24, d25, s24, s25 in DL:
    y += 16
    pg.text(cols[0], y, debt, 9.5)
    for j, v in enumerate([d24, d25, s24, s25]):
        s = f"{v:,}"
        pg.text(cols[1 + j] + 40 - FM.text_length(s, 9.5), y, s, 9.5)
    G.fact(5, debt, debt, 2024, "前年同期", "total", "delinquents", "interim", d24, "persons", f"{d24:,}", as_of=AS24)
    G.fact(5, debt, debt, 2025, "今期", "total", "delinquents", "interim", d25, "persons", f"{d25:,}", as_of=AS25)
y += 16
pg.text(LM + 10, y, "※滞納者数は実人数。前年同期は令和6年9月末、今期は令和7年9月末。", 8)
y += 40
pg.text(LM, y, "別表３　不納欠損額・収入未済額（令和6年度決算）", 12, "g")
y += 22
pg.line(LM, y - 12, RM, y - 12, 0.8)
hx = [LM + 8, LM + 190, LM + 330]
for j, h in enumerate(["債権", "不納欠損額（円）", "収入未済額（円）"]):
    pg.text(hx[j], y, h, 9.5, "g")
pg.line(LM, y + 5, RM, y + 5, 0.8)
WO = {"市税": 18765432, "国民健康保険税": 9876543, "介護保険料": 2109876, "後期高齢者医療保険料": 482149}
for debt, pr, *_ in DEBTS:
    y += 19
    k = segs(SEP[debt]["k"])
    wo = WO[debt]
    out = (k["ta"] - k["tc"]) * 1000 - wo
    pg.text(hx[0], y, debt, 9.5)
    s1, s2 = zen(comma(wo)), zen(comma(out))
    pg.text(hx[1] + 110 - FM.text_length(s1, 9.5), y, s1, 9.5)
    pg.text(hx[2] + 110 - FM.text_length(s2, 9.5), y, s2, 9.5)
    G.fact(5, debt, debt, 2024, "令和6年度", "total", "written_off", "actual", wo, "yen", s1)
    G.fact(5, debt, debt, 2024, "令和6年度", "total", "outstanding", "actual", out, "yen", s2)
y += 14
pg.wrap("", size=2)
pg.y = y
pg.wrap("以上", x0=RM - 40, size=10)

G.minutes = {"title": TITLE, "meeting_number": 2, "date": "2025-11-14", "method": "書面開催",
             "attendees": [{"role": r, "title": t, "name": None} for r, t in ATT],
             "agenda": AGENDA, "materials": MATS,
             "statements": [{"speaker": sp, "section": sec, "text": t} for sp, sec, t in STATE]}
doc.subset_fonts()
pdf = os.path.join(PDF_DIR, STEM + ".pdf")
doc.save(pdf, garbage=4, deflate=True)
print(G.write(pdf), len(G.facts), len(G.inits))
