"""qc_itoigawa_committee_1: 債権管理推進本部会議 資料 (取組個票). PyMuPDF drawing directly."""
import sys, random
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from qc_common import Gold, c, tri, zen, rate
import fitz

STEM = "qc_itoigawa_committee_1"
TITLE = "令和７年度第１回糸魚川市債権管理推進本部会議 資料"
g = Gold(STEM, "committee_material", "kobetsu", "糸魚川市", TITLE, "2025-07-10", "令和7年7月10日")
GF, MF = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf", "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
doc = fitz.open()
W, H = 595, 842


def newpage():
    p = doc.new_page(width=W, height=H)
    p.insert_font(fontname="G", fontfile=GF); p.insert_font(fontname="M", fontfile=MF)
    g.page = len(doc)
    p.insert_text((W / 2 - 10, H - 25), f"- {len(doc)} -", fontname="M", fontsize=9)
    return p


def T(p, x, y, s, size=10, font="M", color=(0, 0, 0)):
    p.insert_text((x, y), s, fontname=font, fontsize=size, color=color)


def box(p, r, fill=None, width=0.6, color=(0, 0, 0)):
    p.draw_rect(fitz.Rect(r), color=color, fill=fill, width=width)


def cell(p, x0, y0, x1, y1, s, size=8.5, align="c", font="M", fill=None, border=True):
    if fill is not None or border:
        box(p, (x0, y0, x1, y1), fill=fill, color=(0, 0, 0) if border else None, width=0.5 if border else 0)
    lines = s.split("\n")
    tot = len(lines) * size * 1.25
    yy = (y0 + y1) / 2 - tot / 2 + size
    for ln in lines:
        wdt = fitz.get_text_length(ln, fontname="japan", fontsize=size) if False else len(ln) * size * 0.55 + sum(
            size * 0.45 for ch in ln if ord(ch) > 255)
        if align == "c":
            xx = (x0 + x1) / 2 - wdt / 2
        elif align == "r":
            xx = x1 - 3 - wdt
        else:
            xx = x0 + 3
        p.insert_text((xx, yy), ln, fontname=font, fontsize=size)
        yy += size * 1.25


def vcell(p, x0, y0, x1, y1, s, size=9, fill=None):
    box(p, (x0, y0, x1, y1), fill=fill)
    n = len(s)
    yy = (y0 + y1) / 2 - n * size * 1.1 / 2 + size
    for ch in s:
        p.insert_text(((x0 + x1) / 2 - size / 2, yy), ch, fontname="G", fontsize=size)
        yy += size * 1.1


def wrap(p, x, y, s, width_chars, size=9, font="M", lead=1.45):
    lines = []
    while s:
        lines.append(s[:width_chars]); s = s[width_chars:]
    for ln in lines:
        T(p, x, y, ln, size, font); y += size * lead
    return y


# ---------- page 1: cover + 目次
p = newpage()
T(p, 120, 200, "令和７年度第１回", 18, "G")
T(p, 120, 232, "糸魚川市債権管理推進本部会議　資料", 18, "G")
T(p, 360, 300, "令和7年7月10日", 12)
T(p, 360, 320, "総務部財政課", 12)
T(p, 120, 420, "目　次", 13, "G")
toc = [("１　市の債権全体の状況", 2), ("２　債権ごとの取組（取組個票）", 3), ("　（１）市税", 3), ("　（２）国民健康保険税", 4),
       ("　（３）介護保険料", 5), ("　（４）市営住宅使用料", 6)]
y = 450
for s, pg in toc:
    T(p, 130, y, s, 11); T(p, 420, y, "・" * 1 + "……………", 11); T(p, 480, y, zen(pg), 11); y += 24

# ---------- page 2: summary with panels and chart
p = newpage()
T(p, 50, 60, "１　市の債権全体の状況", 13, "G")
panels = [("市税等全体の収納率", "令和６年度決算", "93.8％", "前年度比＋0.4ポイント"),
          ("収入未済額", "令和６年度末", "8.6億円", "前年度比△0.5億円"),
          ("不納欠損額", "令和６年度", "3,512万円", "前年度比△214万円")]
x = 50
for lab, yr, val, diff in panels:
    box(p, (x, 80, x + 158, 170), fill=(0.93, 0.96, 1.0))
    T(p, x + 8, 98, lab, 10, "G"); T(p, x + 8, 114, yr, 8.5)
    T(p, x + 20, 145, val, 20, "G"); T(p, x + 8, 162, diff, 8.5)
    x += 170
g.f("93.8％", 93.8, "collection_rate", None, None, 2024, "令和６年度", "total", "actual")
g.f("＋0.4ポイント", 0.4, "difference", None, None, 2024, "令和６年度", "total", "actual", unit="points")
g.f("8.6億円", 860_000_000, "outstanding", None, None, 2024, "令和６年度", "total", "actual")
g.f("△0.5億円", -50_000_000, "difference", None, None, 2024, "令和６年度", "total", "actual")
g.f("3,512万円", 35_120_000, "written_off", None, None, 2024, "令和６年度", "total", "actual")
g.f("△214万円", -2_140_000, "difference", None, None, 2024, "令和６年度", "total", "actual")
T(p, 50, 200, "図１　収入未済額の推移（全債権、単位：百万円）", 10, "G")
bars = [(2020, "R2", 1021.7), (2021, "R3", 968.3), (2022, "R4", 944.0), (2023, "R5", 913.6), (2024, "R6", 862.4)]
base, top = 400, 220
p.draw_line((80, base), (520, base), width=0.8)
for k, (fy, lab, v) in enumerate(bars):
    bx = 100 + k * 85
    hgt = (v / 1100) * (base - top)
    box(p, (bx, base - hgt, bx + 45, base), fill=(0.45, 0.6, 0.8), color=(0.45, 0.6, 0.8))
    T(p, bx + 3, base - hgt - 5, f"{v:,.1f}", 9)
    T(p, bx + 15, base + 14, lab, 9)
    g.f(f"{v:,.1f}", v * 1_000_000, "outstanding", None, None, fy, lab, "total", "actual")
y = 440
txt = ("令和６年度末の収入未済額は約8億6,200万円で、令和２年度末から約1億5,900万円縮減した。"
       "市税の滞納繰越分の圧縮が進んだ一方、国民健康保険税と市営住宅使用料は横ばいで推移している。")
g.f("約8億6,200万円", 862_000_000, "outstanding", None, None, 2024, "令和６年度", "total", "actual", approx=True)
g.f("約1億5,900万円", -159_000_000, "difference", None, None, 2024, "令和６年度", "total", "actual", approx=True)
y = wrap(p, 50, y, "　" + txt, 46, 10)
y += 10
T(p, 50, y, "表１　主要債権の収納率（令和６年度決算、単位：％）", 10, "G"); y += 8
# debts as columns (orientation variation)
cols = ["区分", "市税", "国保税", "介護料", "住宅使用料"]
full = [None, "市税", "国民健康保険税", "介護保険料", "市営住宅使用料"]
vals = {"現年分": [99.3, 95.6, 99.1, 93.2], "滞繰分": [28.7, 19.4, 12.8, 6.9], "計": [97.4, 83.9, 97.6, 90.8]}
seg = {"現年分": "current", "滞繰分": "arrears", "計": "total"}
x0 = 50; cw = [80, 90, 90, 90, 90]
xs = [x0]
for w_ in cw: xs.append(xs[-1] + w_)
for k, h in enumerate(cols):
    cell(p, xs[k], y, xs[k + 1], y + 18, h, 9, fill=(0.85, 0.85, 0.85))
y += 18
for i, (rl, vv) in enumerate(vals.items()):
    cell(p, xs[0], y, xs[1], y + 18, rl, 9)
    for k, v in enumerate(vv):
        cell(p, xs[k + 1], y, xs[k + 2], y + 18, f"{v:.1f}", 9, "r")
        g.f(f"{v:.1f}", v, "collection_rate", full[k + 1], cols[k + 1], 2024, "令和６年度", seg[rl], "actual")
    y += 18
T(p, 50, y + 14, "注）国保税：国民健康保険税、介護料：介護保険料、住宅使用料：市営住宅使用料", 8)

# ---------- 個票 pages
sheets = [
    dict(debt="市税", ka="税務課", kubun="強制徴収公債権", unit="千円", mult=1000, no=1,
         years=[(2020, "R2", 5_410_220, 5_238_115, 9_802), (2021, "R3", 5_502_884, 5_340_602, 8_911),
                (2022, "R4", 5_566_019, 5_410_433, 8_102), (2023, "R5", 5_640_337, 5_489_170, 7_455), (2024, "R6", 5_702_916, 5_554_640, 6_930)],
         tgt=[("現年分", 99.2, 99.3, 99.4), ("滞納繰越分", 27.0, 28.7, 29.0), ("合計", 97.1, 97.4, 97.6)],
         arrear_out=98_112,
         issue="令和６年度末の収入未済額は141,346千円で、前年度より2,366千円減少した。滞納繰越分の収納率は28.7％と目標を上回った。",
         issue_facts=[("141,346千円", 141_346_000, "outstanding", 2024, "令和６年度", "total"), ("2,366千円", -2_366_000, "difference", 2024, "令和６年度", "total"),
                      ("28.7％", 28.7, "collection_rate", 2024, "令和６年度", "arrears")],
         inits=[("①", "納期限後２０日以内に督促状を発送し、未納者への電話催告を早期に実施する。", "継続"),
                ("②", "滞納繰越１年目の案件を重点的に財産調査し、預貯金・給与の差押えを速やかに執行する。", "継続"),
                ("③", "スマートフォン決済アプリに加え、地方税統一ＱＲコードによる納付を周知し、納期内納付を促進する。", "拡充"),
                ("④", "新潟県地方税徴収機構への移管案件を年２回選定する。", "継続")],
         ref=[("滞納者数", "1,204人", 1204, "delinquents"), ("差押件数", "318件", 318, "seizures")]),
    dict(debt="国民健康保険税", ka="税務課・市民課", kubun="強制徴収公債権", unit="千円", mult=1000, no=2,
         years=[(2020, "R2", 1_402_118, 1_178_322, 12_440), (2021, "R3", 1_388_604, 1_171_950, 11_870),
                (2022, "R4", 1_362_190, 1_149_212, 11_204), (2023, "R5", 1_330_871, 1_119_545, 10_990), (2024, "R6", 1_302_556, 1_092_845, 10_702)],
         tgt=[("現年分", 95.5, 95.6, 95.8), ("滞納繰越分", 20.0, 19.4, 20.5), ("合計", 84.0, 83.9, 84.5)],
         arrear_out=151_204,
         issue="令和６年度末の収入未済額は199,009千円で、前年度より1,327千円減少した。被保険者の減少により調定額が縮小している。",
         issue_facts=[("199,009千円", 199_009_000, "outstanding", 2024, "令和６年度", "total"), ("1,327千円", -1_327_000, "difference", 2024, "令和６年度", "total")],
         inits=[("①", "短期被保険者証の更新時に納付相談を行い、分納計画の履行状況を確認する。", "継続"),
                ("②", "資格喪失世帯の未納分について、喪失届出時に納付書を交付し、その場での納付を勧奨する。", "新規"),
                ("③", "口座振替の新規加入者に記念品を配付し、加入率の向上を図る。", "継続")],
         ref=[("滞納世帯数", "812世帯", 812, "delinquents")]),
    dict(debt="介護保険料", ka="福祉事務所介護保険係", kubun="強制徴収公債権", unit="千円", mult=1000, no=3,
         years=[(2020, "R2", 1_140_882, 1_108_914, 3_012), (2021, "R3", 1_152_340, 1_121_480, 2_874),
                (2022, "R4", 1_160_507, 1_130_290, 2_690), (2023, "R5", 1_171_114, 1_141_702, 2_512), (2024, "R6", 1_178_930, 1_150_080, 2_403)],
         tgt=[("現年分", 99.0, 99.1, 99.2), ("滞納繰越分", 13.0, 12.8, 13.5), ("合計", 97.2, 97.6, 97.4)],
         arrear_out=19_872,
         issue="普通徴収の対象者は約1,900人で、収入未済額の大半を占める。令和６年度末の収入未済額は26,447千円。",
         issue_facts=[("26,447千円", 26_447_000, "outstanding", 2024, "令和６年度", "total")],
         inits=[("①", "６５歳到達者に対し、年金からの特別徴収開始までの普通徴収期間の納付案内を送付する。", "継続"),
                ("②", "２年の時効を迎える前に、滞納者の預貯金調査を行い、差押えを検討する。", "拡充"),
                ("③", "給付制限の内容を記載したチラシを作成し、催告書に同封する。", "新規")],
         ref=[("滞納者数", "286人", 286, "delinquents")]),
    dict(debt="市営住宅使用料", ka="建設課住宅係", kubun="私債権", unit="円", mult=1, no=4,
         years=[(2020, "R2", 198_402_500, 179_860_300, 1_204_800), (2021, "R3", 196_118_400, 177_922_150, 986_500),
                (2022, "R4", 193_870_200, 176_002_900, 1_320_400), (2023, "R5", 191_204_600, 173_610_800, 1_102_300), (2024, "R6", 189_560_300, 172_058_700, 954_200)],
         tgt=[("現年分", 98.0, 97.8, 98.2), ("滞納繰越分", 8.0, 6.9, 8.0), ("合計", 90.5, 90.8, 91.0)],
         arrear_out=14_611_200,
         issue="長期滞納者１２名の滞納額が収入未済額の約６割を占める。令和６年度末の収入未済額は16,547,400円。",
         issue_facts=[("16,547,400円", 16_547_400, "outstanding", 2024, "令和６年度", "total")],
         inits=[("①", "滞納３か月以上の入居者に連帯保証人への通知を行う。", "継続"),
                ("②", "滞納６か月以上で納付誓約のない者に対し、明渡し請求訴訟の提起を検討する。", "継続"),
                ("③", "退去者の未納分は、支払督促の申立てを行う。", "拡充")],
         ref=[("滞納者数", "47人", 47, "delinquents")]),
]

for sh in sheets:
    p = newpage()
    d = sh["debt"]; U = sh["unit"]; m = sh["mult"]
    T(p, 50, 58, f"２　債権ごとの取組（{d}）", 13, "G")
    y = 72
    if d == "介護保険料":
        cell(p, 50, y, 300, y + 20, f"債権名　{d}", 10, "l", "G", fill=(0.88, 0.88, 0.88))
        cell(p, 300, y, 545, y + 20, f"所管課　{sh['ka']}", 10, "l", "G")
    else:
        xs = [50, 100, 210, 260, 390, 445, 545]
        for k, s in enumerate(["債権名", d, "所管課", sh["ka"], "債権区分", sh["kubun"]]):
            cell(p, xs[k], y, xs[k + 1], y + 20, s, 9, "c", "G" if k % 2 == 0 else "M", fill=(0.88, 0.88, 0.88) if k % 2 == 0 else None)
    y += 20
    cell(p, 50, y, 100, y + 18, "備考", 9, "c", "G", fill=(0.88, 0.88, 0.88))
    raw = (c(sh["arrear_out"]) + U) if U == "円" else (c(sh["arrear_out"]) + "千円")
    cell(p, 100, y, 545, y + 18, f"うち滞納繰越分の収入未済額 {raw}（令和６年度末）", 9, "l")
    g.f(raw, sh["arrear_out"] * m, "outstanding", d, d, 2024, "令和６年度", "arrears", "actual")
    y += 32
    T(p, 50, y, f"（１）収納状況の推移（単位：{U}、％）", 10, "G"); y += 6
    xs = [50, 72, 150] + [150 + 79 * k for k in range(1, 6)]
    cell(p, xs[0], y, xs[2], y + 18, "区分", 9, fill=(0.8, 0.85, 0.95))
    for k, (fy, lab, *_r) in enumerate(sh["years"]):
        cell(p, xs[k + 2], y, xs[k + 3], y + 18, lab + "決算", 9, fill=(0.8, 0.85, 0.95))
    y += 18
    rows = [("調定額", "assessed"), ("収入済額\n収納率", "stack"), ("不納欠損額", "written_off"), ("収入未済額", "outstanding")]
    vcell(p, xs[0], y, xs[1], y + 18 * 3 + 28, "実績", 9, fill=(0.8, 0.85, 0.95))
    for i, (rl, met) in enumerate(rows):
        hh = 28 if met == "stack" else 18
        fill = (0.95, 0.95, 0.95) if i % 2 else None
        cell(p, xs[1], y, xs[2], y + hh, rl, 8.5, "c", fill=fill)
        for k, (fy, lab, a, b, w) in enumerate(sh["years"]):
            o = a - b - w
            if met == "stack":
                r_ = rate(b, a, 1)
                s = f"{c(b)}\n{r_:.1f}"
                g.f(c(b), b * m, "collected", d, d, fy, lab)
                g.f(f"{r_:.1f}", r_, "collection_rate", d, d, fy, lab)
            else:
                v = {"assessed": a, "written_off": w, "outstanding": o}[met]
                s = c(v); g.f(s, v * m, met, d, d, fy, lab)
            cell(p, xs[k + 2], y, xs[k + 3], y + hh, s, 8.5, "r", fill=fill)
        y += hh
    y += 18
    T(p, 50, y, "（２）目標と実績（収納率、単位：％）", 10, "G"); y += 6
    xs = [50, 140, 220, 300, 380, 470]
    cell(p, xs[0], y, xs[1], y + 32, "区分", 9, fill=(0.88, 0.88, 0.88))
    cell(p, xs[1], y, xs[4], y + 16, "令和６年度", 9, fill=(0.88, 0.88, 0.88))
    cell(p, xs[4], y, xs[5], y + 16, "令和７年度", 9, fill=(0.88, 0.88, 0.88))
    for k, h in enumerate(["目標", "実績", "達成率", "目標"]):
        cell(p, xs[k + 1], y + 16, xs[k + 2], y + 32, h, 9, fill=(0.88, 0.88, 0.88))
    y += 32
    for lab, t6, a6, t7 in sh["tgt"]:
        sg = {"現年分": "current", "滞納繰越分": "arrears", "合計": "total"}[lab]
        ach = round(a6 / t6 * 100, 1)
        cell(p, xs[0], y, xs[1], y + 18, lab, 9)
        cell(p, xs[1], y, xs[2], y + 18, g.f(f"{t6:.1f}", t6, "collection_rate", d, d, 2024, "令和６年度", sg, "target"), 9, "r")
        cell(p, xs[2], y, xs[3], y + 18, g.f(f"{a6:.1f}", a6, "collection_rate", d, d, 2024, "令和６年度", sg, "actual"), 9, "r")
        cell(p, xs[3], y, xs[4], y + 18, f"{ach:.1f}", 9, "r")
        cell(p, xs[4], y, xs[5], y + 18, g.f(f"{t7:.1f}", t7, "collection_rate", d, d, 2025, "令和７年度", sg, "target"), 9, "r")
        y += 18
    y += 10
    # 現状と課題 cell with paragraph + plain figure cells
    cell(p, 50, y, 110, y + 44, "現状と\n課題", 9, "c", "G", fill=(0.88, 0.88, 0.88))
    box(p, (110, y, 545, y + 44))
    wrap(p, 114, y + 13, sh["issue"], 47, 8.5)
    for raw, v, met, fy, fyr, sg in sh["issue_facts"]:
        g.f(raw, v, met, d, d, fy, fyr, sg, "actual", unit="percent" if met == "collection_rate" else None)
    y += 56
    T(p, 50, y, "（３）令和７年度の取組", 10, "G"); y += 6
    y0 = y
    yy = y + 14
    for lab, t, stt in sh["inits"]:
        full_ = f"{lab}{t}【{stt}】"
        yy = wrap(p, 58, yy, full_, 44, 9) + 2
        g.i(t, d, 2025, "令和７年度の取組", lab, stt)
    box(p, (50, y0, 545, yy))
    y = yy + 12
    ref = "　".join(f"・{a}：{b}" for a, b, *_ in sh["ref"])
    box(p, (50, y, 545, y + 24), fill=(1, 1, 0.92))
    T(p, 56, y + 16, f"【参考】令和６年度末　{ref}", 9)
    for a, b, v, met in sh["ref"]:
        unit = "households" if "世帯" in b else ("cases" if met == "seizures" else "persons")
        g.f(b, v, met, d, d, 2024, "令和６年度", "total", "actual", unit=unit)

out = f"pdf/{STEM}.pdf"
doc.subset_fonts()
doc.save(out, garbage=4, deflate=True)
g.write(out, f"gold/{STEM}.json")
