"""ft_takehara_committee_1: 債権管理対策会議 資料 with 取組個票 (PyMuPDF drawing). Run from corpus/frozen38."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fitz  # noqa: E402

from ft_common import GOTHIC, MINCHO, PDF_DIR, Gold, c, check, tri, zen  # noqa: E402
from ft_data import series, total  # noqa: E402

STEM = "ft_takehara_committee_1"
CITY = "竹原市"
YEARS = [2020, 2021, 2022, 2023, 2024, 2025]

# name, short, dept, series params (千円)
DEBTS = [
    ("市税", "市税", "総務部税務課", dict(seed=11, ca0=2968000, cr=98.95, aa0=131000, ar=21.0, wr=0.05)),
    ("国民健康保険税", "国保税", "市民生活部保険医療課", dict(seed=12, ca0=598000, cr=93.6, aa0=171000, ar=17.5, wr=0.06)),
    ("介護保険料", "介護料", "健康福祉課", dict(seed=13, ca0=488000, cr=98.7, aa0=14800, ar=13.0, wr=0.18)),
    ("後期高齢者医療保険料", "後期高齢", "市民生活部保険医療課", dict(seed=14, ca0=246000, cr=99.35, aa0=3600, ar=32.0, wr=0.10)),
    ("保育料", "保育料", "子育て支援課", dict(seed=15, ca0=52000, cr=98.6, aa0=4100, ar=17.0, wr=0.08, growth=-0.04)),
    ("市営住宅使用料", "住宅使用料", "建設課", dict(seed=16, ca0=96500, cr=96.4, aa0=27400, ar=11.0, wr=0.04, growth=-0.01)),
]
D = {n: series(years=YEARS, **p) for n, s, dep, p in DEBTS}
TOT = {y: total([D[n][y] for n, *_ in DEBTS]) for y in YEARS}

g = Gold(STEM, "committee_material", "kobetsu", CITY, "令和7年度第2回竹原市債権管理対策会議資料",
         "2025-11-18", "令和7年11月18日")

doc = fitz.open()
W, H = 595, 842
BLUE = (0.86, 0.90, 0.96)
GRAY = (0.93, 0.93, 0.93)
FONT_G = fitz.Font(fontfile=GOTHIC)
FONT_M = fitz.Font(fontfile=MINCHO)


def newpage():
    p = doc.new_page(width=W, height=H)
    p.insert_font(fontname="g", fontfile=GOTHIC)
    p.insert_font(fontname="m", fontfile=MINCHO)
    return p


def tx(p, x, y, s, size=9, font="m", align="l", color=(0, 0, 0)):
    f = FONT_G if font == "g" else FONT_M
    w = f.text_length(s, fontsize=size)
    if align == "r":
        x -= w
    elif align == "c":
        x -= w / 2
    p.insert_text((x, y), s, fontname=font, fontsize=size, color=color)
    return w


def cell(p, r, s="", size=8, align="c", fill=None, border=True, font="m", bold=False):
    r = fitz.Rect(r)
    if fill or border:
        p.draw_rect(r, color=(0, 0, 0) if border else None, fill=fill, width=0.5)
    lines = str(s).split("\n") if s != "" else []
    n = len(lines)
    lh = size * 1.25
    y0 = r.y0 + (r.height - n * lh) / 2 + size * 0.95
    for i, ln in enumerate(lines):
        if align == "c":
            tx(p, (r.x0 + r.x1) / 2, y0 + i * lh, ln, size, font, "c")
        elif align == "r":
            tx(p, r.x1 - 3, y0 + i * lh, ln, size, font, "r")
        else:
            tx(p, r.x0 + 3, y0 + i * lh, ln, size, font, "l")


def vcell(p, r, s, size=8, fill=None):
    """縦書き header: one character per line"""
    r = fitz.Rect(r)
    p.draw_rect(r, color=(0, 0, 0), fill=fill, width=0.5)
    lh = size * 1.15
    y0 = r.y0 + (r.height - len(s) * lh) / 2 + size * 0.95
    for i, ch in enumerate(s):
        tx(p, (r.x0 + r.x1) / 2, y0 + i * lh, ch, size, "g", "c")


def para(p, r, s, size=9, font="m"):
    rc = p.insert_textbox(fitz.Rect(r), s, fontname=font, fontsize=size, lineheight=1.45)
    assert rc >= 0, (s[:30], rc)
    return fitz.Rect(r).y1 - rc


def heading(p, y, s, size=11.5):
    tx(p, 42, y, s, size, "g")


def pct(v):
    return f"{v:.2f}"


def yen_k(v):
    return c(v)


# ---------------------------------------------------------------- page 1: cover + 目次
p = newpage()
cell(p, (480, 40, 555, 60), "資料１", 10, font="g")
tx(p, W / 2, 200, "令和７年度 第２回", 18, "g", "c")
tx(p, W / 2, 235, "竹原市債権管理対策会議", 22, "g", "c")
tx(p, W / 2, 272, "資　　料", 18, "g", "c")
tx(p, W / 2, 330, "令和7年11月18日（火）", 12, "m", "c")
tx(p, W / 2, 350, "竹原市役所 ３階 第１会議室", 11, "m", "c")
p.draw_rect(fitz.Rect(120, 420, 475, 640), color=(0, 0, 0), width=0.7)
tx(p, W / 2, 445, "目　　次", 13, "g", "c")
toc = [("１　債権全体の状況", "2"), ("２　収入未済額の推移", "3"), ("３　取組個票", ""),
       ("　（１）市税", "4"), ("　（２）国民健康保険税", "5"), ("　（３）介護保険料", "6"),
       ("　（４）市営住宅使用料", "7")]
for i, (a, b) in enumerate(toc):
    y = 478 + i * 21
    tx(p, 145, y, a, 11)
    if b:
        tx(p, 450, y, b, 11, align="r")
        p.draw_line((145 + FONT_M.text_length(a, fontsize=11) + 6, y - 3), (438, y - 3), color=(0.4, 0.4, 0.4),
                    width=0.4, dashes="[1 2] 0")
tx(p, W / 2, 760, "竹原市総務部税務課（債権管理対策会議事務局）", 10.5, "m", "c")

# ---------------------------------------------------------------- page 2: summary
PG = 2
p = newpage()
heading(p, 60, "１　債権全体の状況（令和６年度決算）")
t24, t23 = TOT[2024], TOT[2023]
tax24, tax23 = D["市税"][2024], D["市税"][2023]
kok24, kok23 = D["国民健康保険税"][2024], D["国民健康保険税"][2023]
panels = [
    ("市税　収納率（令和6年度）", f"{tax24['tr']:.2f}％", tax24["tr"] - tax23["tr"]),
    ("国保税　現年度分収納率（令和6年度）", f"{kok24['cr']:.2f}％", kok24["cr"] - kok23["cr"]),
    ("全債権　収入未済額（令和6年度末）", f"約{t24['to'] / 100000:.1f}億円", None),
]
for i, (lab, big, diff) in enumerate(panels):
    x0 = 42 + i * 174
    r = fitz.Rect(x0, 76, x0 + 164, 150)
    p.draw_rect(r, color=(0.2, 0.3, 0.6), fill=(0.95, 0.97, 1.0), width=1)
    p.draw_rect(fitz.Rect(x0, 76, x0 + 164, 94), color=(0.2, 0.3, 0.6), fill=(0.2, 0.3, 0.6), width=1)
    tx(p, x0 + 82, 89, lab, 8.5, "g", "c", color=(1, 1, 1))
    tx(p, x0 + 82, 124, big, 18, "g", "c")
    if diff is not None:
        d = round(diff, 2)
        ds = ("＋" if d >= 0 else "▲") + f"{abs(d):.2f}ポイント"
        tx(p, x0 + 82, 142, "前年度比" + ds, 8.5, "m", "c")
        if i == 0:
            g.fact(PG, "市税", "市税", 2024, "令和6年度", "total", "collection_rate", "actual", tax24["tr"], "percent", big)
            g.fact(PG, "市税", "市税", 2024, "令和6年度", "total", "difference", "actual", d, "points", ds)
        else:
            g.fact(PG, "国民健康保険税", "国保税", 2024, "令和6年度", "current", "collection_rate", "actual", kok24["cr"], "percent", big)
            g.fact(PG, "国民健康保険税", "国保税", 2024, "令和6年度", "current", "difference", "actual", d, "points", ds)
    else:
        g.fact(PG, None, "全債権", 2024, "令和6年度", "total", "outstanding", "actual", round(t24["to"] / 100000, 1) * 100000000,
               "yen", big, approx=True)
        tx(p, x0 + 82, 142, "（令和５年度末　約" + f"{t23['to'] / 100000:.1f}億円）", 8.5, "m", "c")
        g.fact(PG, None, "全債権", 2023, "令和５年度", "total", "outstanding", "actual", round(t23["to"] / 100000, 1) * 100000000,
               "yen", f"約{t23['to'] / 100000:.1f}億円", approx=True)

# running text
o24 = round(t24["to"] / 10) * 10  # 万円 precision (千円 → 万円)
o_man = round(t24["to"] / 10)
d_man = round((t23["to"] - t24["to"]) / 10)


def man(v):
    oku, rest = divmod(v, 10000)
    return (f"{oku}億" if oku else "") + (f"{rest:,}万円" if rest else "円")


s1 = f"約{man(o_man)}"
s2 = f"約{man(d_man)}"
txt = (f"　令和６年度末における本市の債権全体の収入未済額は{s1}で、前年度末から{s2}減少しました。"
       f"市税の収納率は{tax24['tr']:.2f}％となり、前年度を上回っています。一方、国民健康保険税は現年度分の収納率が"
       f"前年度を下回っており、納期内納付の勧奨と早期の財産調査を重点的に進める必要があります。")
para(p, (42, 162, 553, 230), txt, 9.5)
g.fact(PG, None, None, 2024, "令和６年度", "total", "outstanding", "actual", o_man * 10000, "yen", s1, approx=True)
g.fact(PG, None, None, 2024, "令和６年度", "total", "difference", "actual", -d_man * 10000, "yen", s2 + "減少", approx=True)
g.fact(PG, "市税", "市税", 2024, "令和６年度", "total", "collection_rate", "actual", tax24["tr"], "percent", f"{tax24['tr']:.2f}％")

# summary table
tx(p, 42, 250, "表１　債権別収納状況（令和６年度決算）", 10, "g")
tx(p, 553, 250, "（単位：千円、％）", 8.5, "m", "r")
x = [42, 112] + [112 + 49 * (i + 1) for i in range(9)]
y0 = 256
cell(p, (x[0], y0, x[1], y0 + 36), "債権名", 8, fill=BLUE, border=False, font="g")
for j, seg in enumerate(["現年度分", "滞納繰越分", "計"]):
    cell(p, (x[1 + 3 * j], y0, x[4 + 3 * j], y0 + 18), seg, 8, fill=BLUE, border=False, font="g")
    for k, m in enumerate(["調定額", "収入済額", "収納率"]):
        cell(p, (x[1 + 3 * j + k], y0 + 18, x[2 + 3 * j + k], y0 + 36), m, 7.5, fill=BLUE, border=False, font="g")
p.draw_line((x[1], y0 + 18), (x[-1], y0 + 18), color=(1, 1, 1), width=1)
rows = [(n, s, D[n][2024]) for n, s, *_ in DEBTS] + [(None, "合計", t24)]
y = y0 + 36
for i, (n, short, d) in enumerate(rows):
    fill = GRAY if i % 2 else None
    if n is None:
        fill = (0.85, 0.88, 0.93)
    p.draw_rect(fitz.Rect(x[0], y, x[-1], y + 17), color=None, fill=fill) if fill else None
    cell(p, (x[0], y, x[1], y + 17), short, 8, "l", border=False, font="g" if n is None else "m")
    vals = [("current", "assessed", d["ca"]), ("current", "collected", d["cc"]), ("current", "collection_rate", d["cr"]),
            ("arrears", "assessed", d["aa"]), ("arrears", "collected", d["ac"]), ("arrears", "collection_rate", d["ar"]),
            ("total", "assessed", d["ta"]), ("total", "collected", d["tc"]), ("total", "collection_rate", d["tr"])]
    for k, (seg, met, v) in enumerate(vals):
        if met == "collection_rate":
            s, val, unit = pct(v), v, "percent"
        else:
            s, val, unit = c(v), v * 1000, "yen"
        cell(p, (x[1 + k], y, x[2 + k], y + 17), s, 8, "r", border=False)
        g.fact(PG, n, short, 2024, "令和６年度", seg, met, "actual", val, unit, s)
    y += 17
p.draw_line((x[0], y), (x[-1], y), width=0.8)
tx(p, 42, y + 14, "（注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料", 7.5)
tx(p, 42, y + 26, "　　　収納率は収入済額÷調定額（小数点第３位を四捨五入）。滞納繰越分の調定額は前年度末の収入未済額。", 7.5)

# ---------------------------------------------------------------- page 3: chart + per-debt columns
PG = 3
p = newpage()
heading(p, 60, "２　収入未済額の推移")
tx(p, 42, 86, "図１　全債権の収入未済額の推移（単位：百万円）", 10, "g")
cx0, cy0, cw, ch = 80, 100, 440, 210
p.draw_line((cx0, cy0 + ch), (cx0 + cw, cy0 + ch), width=0.8)
vmax = 400
for t in range(0, vmax + 1, 100):
    yy = cy0 + ch - ch * t / vmax
    p.draw_line((cx0, yy), (cx0 + cw, yy), color=(0.8, 0.8, 0.8), width=0.3)
    tx(p, cx0 - 5, yy + 3, str(t), 7.5, "m", "r")
labels = ["R2", "R3", "R4", "R5", "R6"]
for i, y_ in enumerate(YEARS[:5]):
    v = round(TOT[y_]["to"] / 1000, 1)
    bh = ch * v / vmax
    bx = cx0 + 30 + i * 85
    p.draw_rect(fitz.Rect(bx, cy0 + ch - bh, bx + 45, cy0 + ch), color=None, fill=(0.35, 0.5, 0.75))
    s = f"{v:.1f}"
    tx(p, bx + 22.5, cy0 + ch - bh - 4, s, 8.5, "g", "c")
    tx(p, bx + 22.5, cy0 + ch + 13, labels[i], 8.5, "m", "c")
    g.fact(PG, None, None, y_, labels[i], "total", "outstanding", "actual", round(v * 1000000), "yen", s)
tx(p, cx0 + cw, cy0 + ch + 28, "（各年度末現在・決算）", 7.5, "m", "r")

tx(p, 42, 372, "表２　債権別の収入未済額（各年度決算）", 10, "g")
tx(p, 553, 372, "（単位：千円）", 8.5, "m", "r")
cols = [s for _, s, *_ in DEBTS] + ["合計"]
xs = [42, 132] + [132 + 60 * (i + 1) for i in range(7)]
y0 = 378
cell(p, (xs[0], y0, xs[1], y0 + 20), "区分", 8, fill=GRAY, font="g")
for j, s in enumerate(cols):
    cell(p, (xs[1 + j], y0, xs[2 + j], y0 + 20), s, 8, fill=GRAY, font="g")
y = y0 + 20
for yr, lab in [(2022, "令和4年度"), (2023, "令和5年度"), (2024, "令和6年度")]:
    cell(p, (xs[0], y, xs[1], y + 18), lab, 8)
    for j, (n, s, *_r) in enumerate(DEBTS + [(None, "合計")]):
        v = (D[n][yr] if n else TOT[yr])["to"]
        cell(p, (xs[1 + j], y, xs[2 + j], y + 18), c(v), 8, "r")
        g.fact(PG, n, s, yr, lab, "total", "outstanding", "actual", v * 1000, "yen", c(v))
    y += 18
cell(p, (xs[0], y, xs[1], y + 18), "増減（R6－R5）", 7.5, fill=(0.97, 0.97, 0.9))
for j, (n, s, *_r) in enumerate(DEBTS + [(None, "合計")]):
    dd = (D[n] if n else TOT)
    v = dd[2024]["to"] - dd[2023]["to"]
    cell(p, (xs[1 + j], y, xs[2 + j], y + 18), tri(v), 8, "r", fill=(0.97, 0.97, 0.9))
    g.fact(PG, n, s, 2024, "R6", "total", "difference", "actual", v * 1000, "yen", tri(v))
y += 18
fn1 = f"※　令和６年度の市税の収入未済額のうち滞納繰越分 {c(D['市税'][2024]['ao'])}千円"
fn2 = f"※　国保税の令和６年度不納欠損額 {c(D['国民健康保険税'][2024]['aw'])}千円（地方税法第15条の7第5項等によるもの）"
tx(p, 42, y + 14, fn1, 8)
tx(p, 42, y + 27, fn2, 8)
g.fact(PG, "市税", "市税", 2024, "令和６年度", "arrears", "outstanding", "actual", D["市税"][2024]["ao"] * 1000, "yen",
       f"{c(D['市税'][2024]['ao'])}千円")
g.fact(PG, "国民健康保険税", "国保税", 2024, "令和６年度", "arrears", "written_off", "actual",
       D["国民健康保険税"][2024]["aw"] * 1000, "yen", f"{c(D['国民健康保険税'][2024]['aw'])}千円")
para(p, (42, y + 40, 553, y + 140),
     "　収入未済額は令和２年度以降一貫して減少しています。特に国保税及び住宅使用料では、滞納繰越分の"
     "早期着手と分納誓約の履行管理を徹底したことが縮減につながりました。今後は、少額・多数の滞納案件の"
     "増加に対応するため、所管課と税務課の連携による催告の一斉実施を継続します。", 9.5)

# ---------------------------------------------------------------- 取組個票
TARGETS = {  # 令和6年度目標 / 令和7年度目標 (collection rates, outstanding 千円)
    "市税": dict(t24c=99.10, t24a=28.00, t24o=None, t25c=99.20, t25a=29.00),
    "国民健康保険税": dict(t24c=94.80, t24a=22.00, t25c=95.00, t25a=23.00, t25t=80.50),
    "介護保険料": dict(t24c=99.10, t24a=20.00, t25c=99.20, t25a=21.00),
    "市営住宅使用料": dict(t24c=97.20, t24a=17.00, t25c=97.40, t25a=18.00),
}
INTERIM = {  # 10月末 collected ratio (this year, previous year) for current / arrears
    "市税": ((0.6123, 0.6081), (0.1842, 0.1767)),
    "国民健康保険税": ((0.4712, 0.4688), (0.1321, 0.1405)),
    "介護保険料": ((0.5541, 0.5519), (0.0912, 0.0874)),
    "市営住宅使用料": ((0.5628, 0.5602), (0.0744, 0.0701)),
}
INITS = {
    "市税": [
        ("①", "納期限後20日以内に督促状を発送し、督促後も未納の者には電話催告を早期に実施する。", "継続"),
        ("②", "預貯金・給与等の財産調査を電子照会で行い、判明した財産は速やかに差し押さえる。", "継続"),
        ("③", "スマートフォン決済に加え、令和７年10月からクレジットカード納付を開始し、納付機会を拡大する。", "新規"),
        ("④", "広島県地方税徴収対策推進協議会と連携し、高額・困難案件の共同催告を実施する。", "拡充"),
    ],
    "国民健康保険税": [
        ("(1)", "資格取得時に口座振替の申込みを窓口で勧奨し、口座振替率の向上を図る。", "継続"),
        ("(2)", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を毎月確認する。", "継続"),
        ("(3)", "滞納繰越分のうち高額案件を税務課へ移管し、滞納処分を一体的に進める。", "拡充"),
        ("(4)", "催告書の様式を見直し、差押予告の文言を明記して自主納付を促す。", "新規"),
    ],
    "介護保険料": [
        ("ア", "普通徴収の新規被保険者に対し、初回納期前に口座振替の案内を送付する。", "継続"),
        ("イ", "滞納期間に応じた給付制限の事前周知を行い、時効到来前の納付を促す。", "継続"),
        ("ウ", "年金天引きへの切替えの時期を被保険者に個別に通知し、普通徴収期間の未納を防ぐ。", "新規"),
    ],
    "市営住宅使用料": [
        ("・", "滞納３か月以上の入居者に対して連帯保証人への通知と面談を実施する。", "継続"),
        ("・", "退去者の滞納分について支払督促の申立てを行い、法的措置を計画的に進める。", "拡充"),
        ("・", "入居時に口座振替を原則とし、振替不能の翌月に納付書を送付する。", None),
    ],
}
PAGES = {"市税": 4, "国民健康保険税": 5, "介護保険料": 6, "市営住宅使用料": 7}


def sheet(no, name):
    short = [s for n, s, *_ in DEBTS if n == name][0]
    dept = [dep for n, s, dep, _ in DEBTS if n == name][0]
    pg = PAGES[name]
    p = newpage()
    yen_mode = name == "市営住宅使用料"  # this sheet in 円
    mul = 1 if yen_mode else 1000
    fmtv = (lambda v: c(v * 1000)) if yen_mode else c
    p.draw_rect(fitz.Rect(42, 40, 553, 62), color=None, fill=(0.2, 0.3, 0.6))
    tx(p, 50, 56, f"取組個票　No.{no}", 11, "g", color=(1, 1, 1))
    tx(p, 545, 56, "令和７年度", 10, "g", "r", color=(1, 1, 1))
    # label/value strip
    if name == "介護保険料":
        cell(p, (42, 70, 300, 90), "債権名　介護保険料", 9.5, "l", font="g", fill=GRAY)
        cell(p, (300, 70, 553, 90), "所管課　" + dept, 9.5, "l", font="g", fill=GRAY)
    else:
        cell(p, (42, 70, 110, 90), "債権名", 9, fill=GRAY, font="g")
        cell(p, (110, 70, 250, 90), name, 9.5, "l", font="g")
        cell(p, (250, 70, 318, 90), "所管課", 9, fill=GRAY, font="g")
        cell(p, (318, 70, 453, 90), dept, 9, "l")
        cell(p, (453, 70, 503, 90), "区分", 9, fill=GRAY, font="g")
        cell(p, (503, 70, 553, 90), "私債権" if name == "市営住宅使用料" else "公債権", 8.5)
    d = D[name]
    unit_note = "（単位：円、％）" if yen_mode else "（単位：千円、％）"
    tx(p, 42, 112, "１　収納状況の推移", 10.5, "g")
    tx(p, 553, 112, unit_note, 8.5, "m", "r")
    yrs = [2021, 2022, 2023, 2024, 2025]
    if name == "市税":
        ylabs = ["R3", "R4", "R5", "R6", "R7"]
    else:
        ylabs = ["令和3年度", "令和4年度", "令和5年度", "令和6年度", "令和7年度"]
    bases = ["決算", "決算", "決算", "決算", "決算見込"]
    xs = [42, 64, 134] + [134 + 83.8 * (i + 1) for i in range(5)]
    y0 = 118
    cell(p, (xs[0], y0, xs[2], y0 + 28), "区　分", 8.5, fill=GRAY, font="g")
    for j in range(5):
        cell(p, (xs[2 + j], y0, xs[3 + j], y0 + 28), ylabs[j] + "\n" + bases[j], 8, fill=GRAY, font="g")
    y = y0 + 28
    hdr_ass = "調定額※" if name == "市税" else "調定額"
    groups = [("現年度分", [("assessed", hdr_ass, "ca"), ("collected", "収入済額", "cc"), ("collection_rate", "収納率", "cr")], "current"),
              ("滞納繰越分", [("assessed", hdr_ass, "aa"), ("collected", "収入済額", "ac"), ("written_off", "不納欠損額", "aw"),
                          ("collection_rate", "収納率", "ar")], "arrears"),
              ("合計", [("outstanding", "収入未済額", "to"), ("collection_rate", "収納率", "tr")], "total")]
    rh = 16
    for seg_lab, mets, seg in groups:
        vcell(p, (xs[0], y, xs[1], y + rh * len(mets)), seg_lab, 8, fill=(0.97, 0.97, 0.97))
        for met, lab, k in mets:
            cell(p, (xs[1], y, xs[2], y + rh), lab, 8, "l")
            for j, yr in enumerate(yrs):
                v = d[yr][k]
                basis = "estimate" if yr == 2025 else "actual"
                if met == "collection_rate":
                    s = pct(v)
                    printed = s
                    if name == "市税" and yr == 2024 and seg == "current":
                        printed = s + "※1"
                    cell(p, (xs[2 + j], y, xs[3 + j], y + rh), printed, 8, "r")
                    g.fact(pg, name, name, yr, ylabs[j], seg, met, basis, v, "percent", s)
                else:
                    s = fmtv(v)
                    cell(p, (xs[2 + j], y, xs[3 + j], y + rh), s, 8, "r")
                    g.fact(pg, name, name, yr, ylabs[j], seg, met, basis, v * 1000, "yen", s)
            y += rh
    yfn = y + 11
    if name == "市税":
        tx(p, 42, yfn, "※　調定額は減額更正後の額。　※1　令和６年度は法人市民税の大口案件の完納を含む。", 7.5)
    else:
        tx(p, 42, yfn, "※　令和７年度は９月末までの実績を基にした決算見込。", 7.5)
    # ---- section 2
    t = TARGETS[name]
    y = yfn + 22
    if name == "国民健康保険税":
        tx(p, 42, y, "２　目標", 10.5, "g")
        y += 8
        tx(p, 42 + 125, y + 9, "令和６年度　決算", 9.5, "g", "c")
        tx(p, 300 + 125, y + 9, "令和７年度　目標", 9.5, "g", "c")
        y += 14
        blocks = [(42, [("現年度分", "current", d[2024]["cr"]), ("滞納繰越分", "arrears", d[2024]["ar"]),
                        ("計", "total", d[2024]["tr"])], "actual", "令和６年度", 2024),
                  (300, [("現年度分", "current", t["t25c"]), ("滞納繰越分", "arrears", t["t25a"]),
                         ("計", "total", t["t25t"])], "target", "令和７年度", 2025)]
        for bx, items, basis, fyr, fy in blocks:
            cell(p, (bx, y, bx + 130, y + 16), "区分", 8.5, fill=GRAY, font="g")
            cell(p, (bx + 130, y, bx + 253, y + 16), "収納率（％）", 8.5, fill=GRAY, font="g")
            for i, (lab, seg, v) in enumerate(items):
                yy = y + 16 * (i + 1)
                cell(p, (bx, yy, bx + 130, yy + 16), lab, 8.5, "l")
                cell(p, (bx + 130, yy, bx + 253, yy + 16), pct(v), 8.5, "r")
                g.fact(pg, name, name, fy, fyr, seg, "collection_rate", basis, v, "percent", pct(v))
        y += 16 * 4 + 10
    else:
        tx(p, 42, y, "２　目標と実績", 10.5, "g")
        tx(p, 553, y, "（単位：％）", 8.5, "m", "r")
        y += 6
        xs2 = [42, 170, 246, 322, 398, 474, 553]
        heads = ["項　目", "令和６年度\n目標", "令和６年度\n実績", "達成率", "差\n（実績－目標）", "令和７年度\n目標"]
        for j, hh in enumerate(heads):
            cell(p, (xs2[j], y, xs2[j + 1], y + 26), hh, 8, fill=GRAY, font="g")
        y += 26
        for lab, seg, tk, ak, nk in [("現年度分収納率", "current", "t24c", "cr", "t25c"),
                                      ("滞納繰越分収納率", "arrears", "t24a", "ar", "t25a")]:
            tv, av, nv = t[tk], d[2024][ak], t[nk]
            ach = round(av / tv * 100, 1)
            df = round(av - tv, 2)
            row = [lab, pct(tv), pct(av), f"{ach:.1f}", tri(df, lambda z: f"{z:.2f}"), pct(nv)]
            for j, s in enumerate(row):
                cell(p, (xs2[j], y, xs2[j + 1], y + 17), s, 8.5, "l" if j == 0 else "r")
            g.fact(pg, name, name, 2024, "令和６年度", seg, "collection_rate", "target", tv, "percent", pct(tv))
            g.fact(pg, name, name, 2024, "令和６年度", seg, "collection_rate", "actual", av, "percent", pct(av))
            g.fact(pg, name, name, 2024, "令和６年度", seg, "difference", "actual", df, "points", row[4])
            g.fact(pg, name, name, 2025, "令和７年度", seg, "collection_rate", "target", nv, "percent", pct(nv))
            y += 17
        y += 10
    # ---- section 3: 10月末
    (ic, ip), (ia, iap) = INTERIM[name]
    tx(p, 42, y + 4, "３　令和７年10月末の収納状況", 10.5, "g")
    tx(p, 553, y + 4, unit_note, 8.5, "m", "r")
    y += 10
    cur_ca, arr_aa = d[2025]["ca"], d[2025]["aa"]
    prv_ca, prv_aa = d[2024]["ca"], d[2024]["aa"]
    cc_i, ac_i = round(cur_ca * ic), round(arr_aa * ia)
    r_c, r_a = round(cc_i * 100 / cur_ca, 2), round(ac_i * 100 / arr_aa, 2)
    pc_i, pa_i = round(prv_ca * ip), round(prv_aa * iap)
    r_pc, r_pa = round(pc_i * 100 / prv_ca, 2), round(pa_i * 100 / prv_aa, 2)
    A7, A6 = "2025-10-31", "2024-10-31"
    xs3 = [42, 200, 376, 553]
    for j, hh in enumerate(["区　分", "現年度分", "滞納繰越分"]):
        cell(p, (xs3[j], y, xs3[j + 1], y + 17), hh, 8.5, fill=GRAY, font="g")
    y += 17
    cell(p, (xs3[0], y, xs3[1], y + 17), "調定額", 8.5, "l")
    for j, v in enumerate([cur_ca, arr_aa]):
        cell(p, (xs3[1 + j], y, xs3[2 + j], y + 17), fmtv(v), 8.5, "r")
        g.fact(pg, name, name, 2025, "令和７年10月末", ["current", "arrears"][j], "assessed", "interim", v * 1000, "yen", fmtv(v), as_of=A7)
    y += 17
    if name in ("市税", "介護保険料"):
        # amount over rate stacked in one cell
        cell(p, (xs3[0], y, xs3[1], y + 30), "収入済額\n収納率（％）", 8.5, "l")
        for j, (amt, rr, seg) in enumerate([(cc_i, r_c, "current"), (ac_i, r_a, "arrears")]):
            cell(p, (xs3[1 + j], y, xs3[2 + j], y + 30), fmtv(amt) + "\n" + pct(rr), 8.5, "r")
            g.fact(pg, name, name, 2025, "令和７年10月末", seg, "collected", "interim", amt * 1000, "yen", fmtv(amt), as_of=A7)
            g.fact(pg, name, name, 2025, "令和７年10月末", seg, "collection_rate", "interim", rr, "percent", pct(rr), as_of=A7)
        y += 30
        cell(p, (xs3[0], y, xs3[1], y + 17), "前年同期の収納率（％）", 8.5, "l")
        for j, (rr, seg) in enumerate([(r_pc, "current"), (r_pa, "arrears")]):
            cell(p, (xs3[1 + j], y, xs3[2 + j], y + 17), pct(rr), 8.5, "r")
            g.fact(pg, name, name, 2024, "前年同期", seg, "collection_rate", "interim", rr, "percent", pct(rr), as_of=A6)
        y += 17
    else:
        cell(p, (xs3[0], y, xs3[1], y + 17), "収入済額", 8.5, "l")
        for j, (amt, seg) in enumerate([(cc_i, "current"), (ac_i, "arrears")]):
            cell(p, (xs3[1 + j], y, xs3[2 + j], y + 17), fmtv(amt), 8.5, "r")
            g.fact(pg, name, name, 2025, "令和７年10月末", seg, "collected", "interim", amt * 1000, "yen", fmtv(amt), as_of=A7)
        y += 17
        cell(p, (xs3[0], y, xs3[1], y + 17), "収納率（前年同期）", 8.5, "l")
        for j, (rr, rp, seg) in enumerate([(r_c, r_pc, "current"), (r_a, r_pa, "arrears")]):
            s = f"{pct(rr)}（{pct(rp)}）"
            cell(p, (xs3[1 + j], y, xs3[2 + j], y + 17), s, 8.5, "r")
            g.fact(pg, name, name, 2025, "令和７年10月末", seg, "collection_rate", "interim", rr, "percent", pct(rr), as_of=A7)
            g.fact(pg, name, name, 2024, "前年同期", seg, "collection_rate", "interim", rp, "percent", f"（{pct(rp)}）", as_of=A6)
        y += 17
    y += 8
    # ---- 【参考】 box
    dl = {"市税": 612, "国民健康保険税": 388, "介護保険料": 241, "市営住宅使用料": 47}[name]
    sz = {"市税": 74, "国民健康保険税": 31, "介護保険料": 0, "市営住宅使用料": 0}[name]
    p.draw_rect(fitz.Rect(42, y, 553, y + 44), color=(0, 0, 0), width=0.6, fill=(0.99, 0.98, 0.92))
    tx(p, 50, y + 14, "【参考】令和６年度末の滞納状況", 9, "g")
    unit_p = "世帯" if name == "国民健康保険税" else "人"
    lab_p = "滞納世帯数" if name == "国民健康保険税" else "滞納者数"
    b1 = f"・{lab_p}：{c(dl)}{unit_p}"
    b2 = f"・差押件数：{sz}件" if sz else "・支払督促申立件数：3件" if name == "市営住宅使用料" else "・給付制限の対象者：18人"
    ao = d[2024]["ao"]
    b3 = f"・うち滞納繰越分の収入未済額：{fmtv(ao)}{'円' if yen_mode else '千円'}"
    tx(p, 58, y + 30, b1, 8.5)
    tx(p, 200, y + 30, b2, 8.5)
    tx(p, 340, y + 30, b3, 8.5)
    g.fact(pg, name, name, 2024, "令和６年度", "total", "delinquents", "actual", dl,
           "households" if name == "国民健康保険税" else "persons", f"{c(dl)}{unit_p}")
    g.fact(pg, name, name, 2024, "令和６年度", "arrears", "outstanding", "actual", ao * 1000, "yen",
           f"{fmtv(ao)}{'円' if yen_mode else '千円'}")
    y += 58
    # ---- 取組
    items = INITS[name]
    if name == "市営住宅使用料":
        tx(p, 42, y, "４　収納対策", 10.5, "g")
        y += 6
        box = fitz.Rect(42, y, 553, y + 18 * len(items) + 14)
        p.draw_rect(box, color=(0, 0, 0), width=0.6)
        yy = y + 6
        for lab, text, st in items:
            s = f"{lab}{text}" + (f"【{st}】" if st else "")
            yy = para(p, (52, yy, 545, yy + 30), s, 9) + 2
            g.init(pg, name, 2025, "収納対策", lab, text, st)
        y = box.y1 + 12
    else:
        tx(p, 42, y, "４　令和７年度の主な取組", 10.5, "g")
        y += 8
        for lab, text, st in items:
            if name == "国民健康保険税":
                yy = para(p, (50, y, 553, y + 40), f"{lab}　{text}", 9)
                tx(p, 545, yy + 9, f"【{st}】", 9, "m", "r")  # tag alone on its own line
                y = yy + 14
            else:
                yy = para(p, (50, y, 553, y + 40), f"{lab}　{text}【{st}】", 9)
                y = yy + 3
            g.init(pg, name, 2025, "令和７年度の主な取組", lab, text, st)
    # ---- 課題 (prose differences)
    y += 6
    cr_d = round(d[2024]["cr"] - d[2023]["cr"], 2)
    ar_d = round(d[2024]["ar"] - d[2023]["ar"], 2)
    w = "上昇" if cr_d >= 0 else "低下"
    w2 = "上昇" if ar_d >= 0 else "低下"
    s_c = f"{abs(cr_d):.2f}ポイント{w}"
    s_a = f"{abs(ar_d):.2f}ポイント{w2}"
    tx(p, 42, y + 4, "５　現状と課題", 10.5, "g")
    para(p, (50, y + 10, 553, y + 70),
         f"　令和６年度の現年度分収納率は前年度比{s_c}、滞納繰越分収納率は前年度比{s_a}した。"
         "滞納繰越分は少額・長期の案件が多く、執行停止等の整理も含めた対応が課題である。", 9)
    g.fact(pg, name, name, 2024, "令和６年度", "current", "difference", "actual", cr_d, "points", s_c)
    g.fact(pg, name, name, 2024, "令和６年度", "arrears", "difference", "actual", ar_d, "points", s_a)
    tx(p, W / 2, 815, f"－ {pg} －", 9, "m", "c")


for i, n in enumerate(["市税", "国民健康保険税", "介護保険料", "市営住宅使用料"]):
    sheet(i + 1, n)
for i, pg in enumerate(doc):
    if i in (1, 2):
        tx(pg, W / 2, 815, f"－ {i + 1} －", 9, "m", "c")

out = PDF_DIR / f"{STEM}.pdf"
PDF_DIR.mkdir(parents=True, exist_ok=True)
doc.subset_fonts()
doc.save(out, garbage=4, deflate=True)
gp = g.write(out)
sys.exit(1 if check(out, gp) else 0)
