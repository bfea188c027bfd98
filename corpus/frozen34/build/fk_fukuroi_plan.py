"""fk_fukuroi_plan_1: 債権管理計画（３か年）with 推進シート (PyMuPDF drawing directly).

Run from corpus/frozen34:  python3 build/fk_fukuroi_plan.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fk_common import GOTHIC, MINCHO, Gold, PDF_DIR, c, fr, rate, rnd, tri, zen  # noqa: E402

import pymupdf as fitz  # noqa: E402

STEM = "fk_fukuroi_plan_1"
CITY = "袋井市"
TITLE = "第３次袋井市債権管理計画"
G = Gold(STEM, "plan", "plan", CITY, "第３次袋井市債権管理計画（令和７年度～令和９年度）", "2025-03-01", "令和７年３月")

# ------------------------------------------------------------------ data (千円)
YRS = [2021, 2022, 2023]
YJ = {2018: "H30", 2019: "R1", 2020: "R2", 2021: "令和３年度", 2022: "令和４年度", 2023: "令和５年度", 2024: "令和６年度"}


def series(arr0, rows, years=YRS):
    out, arr_a = {}, arr0
    for y, (ca, crt, art, wo) in zip(years, rows):
        cc, ac = round(ca * crt), round(arr_a * art)
        ta, tc = ca + arr_a, cc + ac
        o = ta - tc - wo
        out[y] = dict(ca=ca, cc=cc, aa=arr_a, ac=ac, ta=ta, tc=tc, wo=wo, out=o,
                      cr=rate(cc, ca), ar=rate(ac, arr_a), tr=rate(tc, ta))
        arr_a = o
    return out


# (category, printed name, short name for the landscape table, canonical, data)
DEBTS = [
    ("強制", "市税", "市税", "市税", series(398120, [(14820350, .9912, .2905, 21340), (15104220, .9918, .3011, 19870), (15388915, .9925, .3120, 17455)])),
    ("強制", "国民健康保険税", "国保税", "国民健康保険料", series(452880, [(2615330, .9561, .2185, 31220), (2548712, .9578, .2260, 28945), (2502118, .9594, .2342, 26310)])),
    ("強制", "介護保険料", "介護保険料", "介護保険料", series(31220, [(1720445, .9948, .2210, 5120), (1742118, .9950, .2290, 4780), (1765330, .9952, .2375, 4310)])),
    ("強制", "後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", series(4410, [(1012220, .9982, .4105, 620), (1045830, .9983, .4210, 580), (1082415, .9985, .4302, 540)])),
    ("強制", "保育所保育料", "保育料", "保育料", series(12850, [(185420, .9905, .1955, 1840), (176318, .9912, .2040, 1620), (168905, .9921, .2110, 1480)])),
    ("強制", "下水道使用料", "下水道使用料", "下水道使用料", series(24315, [(1604220, .9938, .3420, 2015), (1618905, .9941, .3505, 1870), (1630112, .9944, .3590, 1720)])),
    ("非強制", "生活保護費返還金", "生保返還金", "生活保護費返還金", series(88410, [(21330, .4520, .0385, 3120), (24815, .4610, .0402, 2980), (22410, .4705, .0418, 2760)])),
    ("非強制", "学校給食費", "学校給食費", "学校給食費", series(6120, [(512330, .9962, .2410, 820), (520815, .9965, .2480, 760), (528440, .9968, .2555, 700)])),
    ("私", "市営住宅使用料", "住宅使用料", "市営住宅使用料", series(38410, [(142330, .9745, .1520, 2410), (140118, .9752, .1580, 2260), (138905, .9760, .1645, 2120)])),
    ("私", "奨学金貸付金", "奨学金", "奨学金貸付金", series(15220, [(12410, .8850, .0920, 0), (11930, .8920, .0965, 0), (11505, .8985, .1010, 0)])),
]
BYNAME = {d[1]: d for d in DEBTS}


def total(y):
    t = dict(ca=0, cc=0, aa=0, ac=0, wo=0, out=0)
    for d in DEBTS:
        for k in t:
            t[k] += d[4][y][k]
    t["ta"], t["tc"] = t["ca"] + t["aa"], t["cc"] + t["ac"]
    t["cr"], t["ar"], t["tr"] = rate(t["cc"], t["ca"]), rate(t["ac"], t["aa"]), rate(t["tc"], t["ta"])
    return t


TOT = {y: total(y) for y in YRS}

# ------------------------------------------------------------------ drawing helpers
doc = fitz.open()
FG = fitz.Font(fontfile=GOTHIC)
FM = fitz.Font(fontfile=MINCHO)
A4 = (595.28, 841.89)
A4L = (841.89, 595.28)
PAGE = 0
pg = None
NAVY = (0.12, 0.23, 0.40)
GRAYF = (0.86, 0.86, 0.86)
PALE = (0.94, 0.95, 0.97)


def new_page(size=A4):
    global pg, PAGE
    pg = doc.new_page(width=size[0], height=size[1])
    pg.insert_font(fontname="g", fontfile=GOTHIC)
    pg.insert_font(fontname="m", fontfile=MINCHO)
    PAGE = doc.page_count
    return pg


def font(fn):
    return FG if fn == "g" else FM


def tw(s, size, fn="m"):
    return font(fn).text_length(s, fontsize=size)


def text(x, y, s, size=10, fn="m", color=(0, 0, 0), align="l", width=None):
    if align == "c":
        x = x + (width - tw(s, size, fn)) / 2
    elif align == "r":
        x = x + width - tw(s, size, fn)
    pg.insert_text((x, y), s, fontsize=size, fontname=fn, color=color)


NOSTART = "、。）」％，．・ー"


def wrap(s, width, size, fn="m"):
    lines, cur = [], ""
    for ch in s:
        if ch == "\n":
            lines.append(cur)
            cur = ""
            continue
        if tw(cur + ch, size, fn) > width and cur and ch not in NOSTART:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def para(x, y, width, s, size=10, fn="m", lead=1.6, indent=1, hang=0):
    """Draws wrapped text; first line indented by `indent` chars, others by `hang` chars. Returns new y."""
    first = True
    ind = size * indent
    rest = s
    while rest:
        w = width - (ind if first else size * hang)
        line = wrap(rest, w, size, fn)[0]
        text(x + (ind if first else size * hang), y + size, line, size, fn)
        rest = rest[len(line):]
        y += size * lead
        first = False
    return y


def rect(x0, y0, x1, y1, fill=None, stroke=(0, 0, 0), width=0.6):
    pg.draw_rect(fitz.Rect(x0, y0, x1, y1), color=stroke, fill=fill, width=width)


def vtext(x0, y0, x1, y1, s, size=8, fn="g"):
    """縦書き: one character per line, centred in the box."""
    n = len(s)
    h = n * size * 1.1
    y = y0 + (y1 - y0 - h) / 2 + size
    for ch in s:
        text(x0, y, ch, size, fn, align="c", width=x1 - x0)
        y += size * 1.1


def grid(x, y, widths, heights, cells, size=8, fn="g"):
    """cells: dicts r, c, rs, cs, t, a(l/c/r), fill, vert, b(bold→gothic), sz."""
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    ys = [y]
    for h in heights:
        ys.append(ys[-1] + h)
    for cd in cells:
        r, c_, rs, cs = cd["r"], cd["c"], cd.get("rs", 1), cd.get("cs", 1)
        x0, x1, y0, y1 = xs[c_], xs[c_ + cs], ys[r], ys[r + rs]
        rect(x0, y0, x1, y1, fill=cd.get("fill"), stroke=None if cd.get("nob") else (0, 0, 0), width=0.5)
        t = cd.get("t", "")
        sz = cd.get("sz", size)
        f = cd.get("fn", fn)
        if not t:
            continue
        if cd.get("vert"):
            vtext(x0, y0, x1, y1, t, sz, f)
            continue
        lines = []
        for part in t.split("\n"):
            lines += wrap(part, x1 - x0 - 4, sz, f) or [""]
        lh = sz * 1.25
        ty = y0 + (y1 - y0 - lh * len(lines)) / 2 + sz * 0.95
        for ln in lines:
            text(x0 + 2, ty, ln, sz, f, align=cd.get("a", "c"), width=x1 - x0 - 4)
            ty += lh
    return ys[-1]


def footer(_n=None):
    w, h = pg.rect.width, pg.rect.height
    text(0, h - 22, f"－ {PAGE} －", 9, "m", align="c", width=w)


def heading(x, y, s, size=12):
    text(x, y + size, s, size, "g")
    return y + size * 1.9


def F(raw, value, unit, metric, basis, seg, fy, fy_raw, debt=None, debt_raw=None, as_of=None, approx=False):
    return G.f(PAGE, raw, value, unit, metric, basis, seg, fy, fy_raw, debt, debt_raw, as_of, approx)


# ------------------------------------------------------------------ p1 cover
new_page()
W, H = A4
text(0, 250, TITLE, 26, "g", align="c", width=W)
text(0, 290, "（令和７年度～令和９年度）", 15, "m", align="c", width=W)
rect(120, 330, W - 120, 332, fill=NAVY, stroke=None)
text(0, 560, "令和７年３月", 14, "m", align="c", width=W)
text(0, 600, "袋　井　市", 18, "g", align="c", width=W)

# ------------------------------------------------------------------ p2 目次 + 第１章
new_page()
L, R = 62, W - 62
y = 60
text(0, y, "目　　次", 15, "g", align="c", width=W)
y += 30
TOC = [("第１章　計画の概要", "2"), ("第２章　債権の現状と課題", "3"), ("　　主要債権の収納状況（令和３年度～令和５年度）", "4"),
       ("第３章　債権別の推進シート", "6"), ("　　（１）市税", "6"), ("　　（２）国民健康保険税", "7"),
       ("第４章　数値目標と推進体制", "8")]
for t, p in TOC:
    text(L + 20, y, t, 10.5, "m")
    dots_x0 = L + 20 + tw(t, 10.5) + 6
    text(dots_x0, y, "・" * int((R - 40 - dots_x0) / 10.5), 10.5, "m")
    text(R - 40, y, p, 10.5, "m", align="r", width=20)
    y += 19
y += 16
rect(L, y, R, y + 0.8, fill=(0, 0, 0), stroke=None)
y += 14
y = heading(L, y, "第１章　計画の概要", 13)
y = heading(L, y, "１　計画策定の趣旨", 11)
y = para(L, y, R - L, "本市では、令和元年度に「袋井市債権管理条例」を施行し、第１次及び第２次の債権管理計画に基づき、"
         "市税をはじめとする債権の収納率の向上と収入未済額の縮減に全庁的に取り組んできた。第２次計画の期間が令和６年度で"
         "満了することから、これまでの成果と課題を踏まえ、令和７年度からの３か年を期間とする第３次計画を策定する。", 10)
y += 4
y = heading(L, y, "２　計画の期間", 11)
y = para(L, y, R - L, "令和７年度から令和９年度までの３年間とする。", 10)
y += 4
y = heading(L, y, "３　計画の対象", 11)
y = para(L, y, R - L, "令和５年度決算において収入未済額が生じている債権のうち、次の１０債権を重点債権とする。", 10)
memo = [("（１）強制徴収公債権", 0), ("ア　市税、国民健康保険税、介護保険料、後期高齢者医療保険料", 1),
        ("イ　保育所保育料、下水道使用料", 1), ("（２）非強制徴収公債権", 0),
        ("ア　生活保護費返還金（生活保護法第７８条によるものを除く。）", 1), ("イ　学校給食費", 1),
        ("（３）私債権", 0), ("ア　市営住宅使用料", 1), ("（ｱ）家賃及び駐車場使用料を含む。", 2), ("イ　奨学金貸付金", 1)]
for t, lvl in memo:
    text(L + 10 + lvl * 14, y + 10, t, 10, "m")
    y += 17
y += 4
y = heading(L, y, "４　基本方針", 11)
y = para(L, y, R - L, "（１）滞納の未然防止　口座振替やキャッシュレス決済など納付しやすい環境を整え、現年度分の確実な収納を図る。", 10, indent=0, hang=2)
y = para(L, y, R - L, "（２）滞納整理の強化　財産調査を徹底し、資力のある滞納者には速やかに滞納処分等を行う。", 10, indent=0, hang=2)
y = para(L, y, R - L, "（３）適正な債権の整理　徴収の見込みのない債権は、執行停止や債権放棄により適正に整理する。", 10, indent=0, hang=2)
footer(1)

# ------------------------------------------------------------------ p3 2段組
new_page()
y = 56
y = heading(L, y, "第２章　債権の現状と課題", 13)
y = heading(L, y, "１　重点債権の状況（令和５年度決算）", 11)
colw = (R - L - 18) / 2
s23, s22 = BYNAME["市税"][4][2023], BYNAME["市税"][4][2022]
k23, k22 = BYNAME["国民健康保険税"][4][2023], BYNAME["国民健康保険税"][4][2022]
t23, t22 = TOT[2023], TOT[2022]


def oku_man(senyen, unit_man=100):
    man = int(rnd(senyen / 10 / unit_man, 0)) * unit_man
    o, rest = divmod(man, 10000)
    return (f"{o}億" if o else "") + (f"{rest:,}万" if rest else "") + "円", man * 10000


so, sov = oku_man(s23["out"])
sd, sdv = oku_man(s22["out"] - s23["out"])
dsc = rnd(s23["cr"] - s22["cr"], 2)
left = ("（１）市税\n"
        "　令和５年度の市税の収納率は、現年度分が" + F(fr(s23["cr"]) + "％", s23["cr"], "percent", "collection_rate", "actual", "current", 2023, "令和５年度", "市税", "市税")
        + "、滞納繰越分が" + F(fr(s23["ar"]) + "％", s23["ar"], "percent", "collection_rate", "actual", "arrears", 2023, "令和５年度", "市税", "市税")
        + "となった。現年度分は前年度比" + F(fr(dsc) + "ポイント", dsc, "points", "difference", "actual", "current", 2023, "令和５年度", "市税", "市税")
        + "上昇し、県内市町の平均を上回る水準を維持している。\n"
        "　収入未済額は" + F("約" + so, sov, "yen", "outstanding", "actual", "total", 2023, "令和５年度", "市税", "市税", approx=True)
        + "で、前年度から" + F("約" + sd, -sdv, "yen", "difference", "actual", "total", 2023, "令和５年度", "市税", "市税", approx=True)
        + "減少した。静岡地方税滞納整理機構への移管や、預貯金調査の電子化による早期の滞納処分が縮減に寄与している。\n"
        "　一方、滞納繰越分の収入未済額のうち、納付資力の乏しい滞納者に係るものが多くを占めており、執行停止を含めた"
        "適正な整理を進める必要がある。\n"
        "（３）介護保険料・後期高齢者医療保険料\n"
        "　介護保険料の現年度分の収納率は" + F(fr(BYNAME["介護保険料"][4][2023]["cr"]) + "％", BYNAME["介護保険料"][4][2023]["cr"], "percent", "collection_rate", "actual", "current", 2023, "令和５年度", "介護保険料", "介護保険料")
        + "、後期高齢者医療保険料は" + F(fr(BYNAME["後期高齢者医療保険料"][4][2023]["cr"]) + "％", BYNAME["後期高齢者医療保険料"][4][2023]["cr"], "percent", "collection_rate", "actual", "current", 2023, "令和５年度", "後期高齢者医療保険料", "後期高齢者医療保険料")
        + "で、いずれも年金からの特別徴収が中心のため高い水準にある。普通徴収の方の未納が滞納の大半を占めることから、"
        "口座振替の勧奨と、給付制限の事前説明による納付の働きかけが重要である。")
ko, kov = oku_man(k23["out"])
dkc = rnd(k23["cr"] - k22["cr"], 2)
dka = rnd(k23["ar"] - k22["ar"], 2)
to, tov = oku_man(t23["out"])
right = ("（２）国民健康保険税\n"
         "　現年度分の収納率は" + F(fr(k23["cr"]) + "％", k23["cr"], "percent", "collection_rate", "actual", "current", 2023, "令和５年度", "国民健康保険料", "国民健康保険税")
         + "で、前年度比" + F(fr(dkc) + "ポイント", dkc, "points", "difference", "actual", "current", 2023, "令和５年度", "国民健康保険料", "国民健康保険税")
         + "の上昇、滞納繰越分は" + F(fr(k23["ar"]) + "％", k23["ar"], "percent", "collection_rate", "actual", "arrears", 2023, "令和５年度", "国民健康保険料", "国民健康保険税")
         + "で" + F(fr(dka) + "ポイント", dka, "points", "difference", "actual", "arrears", 2023, "令和５年度", "国民健康保険料", "国民健康保険税")
         + "の改善となった。収入未済額は" + F("約" + ko, kov, "yen", "outstanding", "actual", "total", 2023, "令和５年度", "国民健康保険料", "国民健康保険税", approx=True)
         + "であり、重点債権全体の約３割を占めている。\n"
         "（３）重点債権全体\n"
         "　重点債権１０債権の収入未済額の合計は" + F("約" + to, tov, "yen", "outstanding", "actual", "total", 2023, "令和５年度", None, "重点債権１０債権", approx=True)
         + "で、第２次計画の策定時から着実に減少している。全体の収納率は" + F(fr(t23["tr"]) + "％", t23["tr"], "percent", "collection_rate", "actual", "total", 2023, "令和５年度", None, "重点債権全体")
         + "（前年度" + F(fr(t22["tr"]) + "％", t22["tr"], "percent", "collection_rate", "actual", "total", 2022, "前年度", None, "重点債権全体")
         + "）となった。\n"
         "（４）私債権\n"
         "　市営住宅使用料の滞納繰越分の収納率は" + F(fr(BYNAME["市営住宅使用料"][4][2023]["ar"]) + "％", BYNAME["市営住宅使用料"][4][2023]["ar"], "percent", "collection_rate", "actual", "arrears", 2023, "令和５年度", "市営住宅使用料", "市営住宅使用料")
         + "、奨学金貸付金は" + F(fr(BYNAME["奨学金貸付金"][4][2023]["ar"]) + "％", BYNAME["奨学金貸付金"][4][2023]["ar"], "percent", "collection_rate", "actual", "arrears", 2023, "令和５年度", "奨学金貸付金", "奨学金貸付金")
         + "にとどまっている。私債権は滞納処分ができないため、支払督促や訴訟などの法的手続を計画的に進めるとともに、"
         "連帯保証人への請求を早い段階で行う必要がある。")
y0 = y + 2
yl = y0
for part in left.split("\n"):
    yl = para(L, yl, colw, part, 9.5, indent=0, lead=1.65)
yr = y0
for part in right.split("\n"):
    yr = para(L + colw + 18, yr, colw, part, 9.5, indent=0, lead=1.65)
pg.draw_line((L + colw + 9, y0), (L + colw + 9, max(yl, yr)), color=(0.5, 0.5, 0.5), width=0.5)
y = max(yl, yr) + 14
# bar chart: 収入未済額 (重点債権計) in 億円
y = heading(L, y, "２　重点債権の収入未済額の推移", 11)
text(L, y + 2, "（単位：億円）", 8.5, "m", align="r", width=R - L)
hist = [(2018, "H30", 12.84), (2019, "R1", 11.92), (2020, "R2", 11.05)] + \
       [(yy, {2021: "R3", 2022: "R4", 2023: "R5"}[yy], rnd(TOT[yy]["out"] / 100000, 2)) for yy in YRS]
cx0, cy0, cw, ch = L + 40, y + 14, R - L - 60, 150
pg.draw_line((cx0, cy0 + ch), (cx0 + cw, cy0 + ch), color=(0, 0, 0), width=0.8)
vmax = 14
for gv in (0, 2, 4, 6, 8, 10, 12, 14):
    gy = cy0 + ch - ch * gv / vmax
    pg.draw_line((cx0, gy), (cx0 + cw, gy), color=(0.8, 0.8, 0.8), width=0.4)
    text(cx0 - 26, gy + 3, str(gv), 8, "m", align="r", width=20)
bw = cw / len(hist)
for i, (yy, lab, v) in enumerate(hist):
    bx = cx0 + i * bw + bw * 0.25
    bh = ch * v / vmax
    rect(bx, cy0 + ch - bh, bx + bw * 0.5, cy0 + ch, fill=NAVY if yy == 2023 else (0.55, 0.65, 0.8), stroke=None)
    raw = fr(v)
    text(bx, cy0 + ch - bh - 4, raw, 8.5, "g", align="c", width=bw * 0.5)
    G.f(PAGE, raw, int(round(v * 1e8)), "yen", "outstanding", "actual", "total", yy, lab, None, "重点債権計")
    text(bx, cy0 + ch + 12, lab, 8.5, "m", align="c", width=bw * 0.5)
y = cy0 + ch + 26
y = para(L, y, R - L, "※ H30～R2は第２次計画策定時の重点債権の合計、R3以降は本計画の重点債権１０債権の合計。", 8, indent=0)
footer(2)

# ------------------------------------------------------------------ p4-p5 landscape wide table
CAT = {"強制": "強制徴収公債権", "非強制": "非強制", "私": "私債権"}
W2, H2 = A4L
LL, RR = 40, W2 - 40


def wide_page(years, extra, title, cont):
    new_page(A4L)
    yy = 40
    text(LL, yy + 12, title, 12, "g")
    text(LL, yy + 12, "（単位：千円、％）", 8.5, "m", align="r", width=RR - LL)
    yy += 24
    n_y = len(years)
    numw = 6 * n_y + len(extra)
    wcat, wname = 22, 62
    wext = [64 if e_ == "備考" else 50 for e_ in extra]
    wnum = (RR - LL - wcat - wname - sum(wext)) / (6 * n_y)
    widths = [wcat, wname] + [wnum] * (6 * n_y) + wext
    heights = [16, 16, 24] + [19] * (len(DEBTS) + 1)
    cells = [dict(r=0, c=0, rs=3, t="区分", fill=GRAYF), dict(r=0, c=1, rs=3, t="債権名", fill=GRAYF)]
    for j, yv in enumerate(years):
        c0 = 2 + j * 6
        cells.append(dict(r=0, c=c0, cs=6, t=f"{YJ[yv]}決算", fill=GRAYF))
        for k, sl in enumerate(("現年度分", "滞納繰越分")):
            cells.append(dict(r=1, c=c0 + 3 * k, cs=3, t=sl, fill=GRAYF))
            for m, ml in enumerate(("調定額", "収入済額", "収納率※")):
                cells.append(dict(r=2, c=c0 + 3 * k + m, t=ml, fill=GRAYF, sz=7.5))
    for k, e_ in enumerate(extra):
        cells.append(dict(r=0, c=2 + 6 * n_y + k, rs=3, t=e_ + ("\n（令和５年度）" if e_ != "備考" else ""), fill=GRAYF, sz=7.5))
    # category column (vertical text, merged)
    r = 3
    for cat in ("強制", "非強制", "私"):
        n = sum(1 for d in DEBTS if d[0] == cat)
        cells.append(dict(r=r, c=0, rs=n, t=CAT[cat], vert=True, sz=7.5, fill=PALE))
        r += n
    for i, (cat, name, short, canon, data) in enumerate(DEBTS + [("", "合計", "合計", None, TOT)]):
        r = 3 + i
        if name == "合計":
            cells.append(dict(r=r, c=0, cs=2, t="合計", fill=PALE))
        else:
            cells.append(dict(r=r, c=1, t=short, a="l", sz=8))
        for j, yv in enumerate(years):
            d = data[yv]
            c0 = 2 + j * 6
            vals = [(c(d["ca"]), d["ca"] * 1000, "yen", "assessed", "current"), (c(d["cc"]), d["cc"] * 1000, "yen", "collected", "current"),
                    (fr(d["cr"]), d["cr"], "percent", "collection_rate", "current"),
                    (c(d["aa"]), d["aa"] * 1000, "yen", "assessed", "arrears"), (c(d["ac"]), d["ac"] * 1000, "yen", "collected", "arrears"),
                    (fr(d["ar"]), d["ar"], "percent", "collection_rate", "arrears")]
            for m, (raw, v, unit, metric, seg) in enumerate(vals):
                cells.append(dict(r=r, c=c0 + m, t=raw, a="r", sz=7.5, fill=PALE if name == "合計" else None))
                F(raw, v, unit, metric, "actual", seg, yv, YJ[yv], canon, short)
        for k, e_ in enumerate(extra):
            col = 2 + 6 * n_y + k
            d = data[2023]
            if e_ == "不納欠損額":
                raw = c(d["wo"]) if d["wo"] else "－"
                if d["wo"]:
                    F(raw, d["wo"] * 1000, "yen", "written_off", "actual", "total", 2023, "令和５年度", canon, short)
                cells.append(dict(r=r, c=col, t=raw, a="r" if d["wo"] else "c", sz=7.5, fill=PALE if name == "合計" else None))
            elif e_ == "収入未済額":
                raw = c(d["out"])
                F(raw, d["out"] * 1000, "yen", "outstanding", "actual", "total", 2023, "令和５年度", canon, short)
                cells.append(dict(r=r, c=col, t=raw, a="r", sz=7.5, fill=PALE if name == "合計" else None))
            else:
                note = NOTES.get(short, "")
                if note:
                    note_t = note[0] + F(note[1], note[2], "yen", note[3], "actual", note[4], 2023, "令和５年度", canon, short)
                else:
                    note_t = ""
                cells.append(dict(r=r, c=col, t=note_t, a="l", sz=6.5))
    yend = grid(LL, yy, widths, heights, cells, size=8)
    return yend


s23d = BYNAME["市税"][4][2023]
k23d = BYNAME["国民健康保険税"][4][2023]
NOTES = {"市税": ("うち現年度分\n", c(s23d["ca"] - s23d["cc"]) + "千円", (s23d["ca"] - s23d["cc"]) * 1000, "outstanding", "current"),
         "国保税": ("うち現年度分\n", c(k23d["ca"] - k23d["cc"]) + "千円", (k23d["ca"] - k23d["cc"]) * 1000, "outstanding", "current"),
         "生保返還金": ("うち滞納繰越分\n", c(BYNAME["生活保護費返還金"][4][2023]["aa"] - BYNAME["生活保護費返還金"][4][2023]["ac"] - BYNAME["生活保護費返還金"][4][2023]["wo"]) + "千円",
                    (BYNAME["生活保護費返還金"][4][2023]["aa"] - BYNAME["生活保護費返還金"][4][2023]["ac"] - BYNAME["生活保護費返還金"][4][2023]["wo"]) * 1000,
                    "outstanding", "arrears")}
# 表の左側（令和３年度・令和４年度）
yend = wide_page([2021, 2022], [], "表１　重点債権の収納状況（令和３年度～令和５年度決算）", False)
yy = yend + 6
for t in ("※ 収納率＝収入済額÷調定額×100（小数点以下第３位四捨五入）。",
          "※ 略称：国保税＝国民健康保険税、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、生保返還金＝生活保護費返還金、"
          "住宅使用料＝市営住宅使用料、奨学金＝奨学金貸付金。区分の「非強制」は非強制徴収公債権。",
          "※ 令和５年度決算、不納欠損額及び収入未済額は次ページに続く。"):
    yy = para(LL, yy, RR - LL, t, 8, indent=0, lead=1.5)
footer(3)
yend = wide_page([2023], ["不納欠損額", "収入未済額", "備考"], "表１　重点債権の収納状況（令和３年度～令和５年度決算）（続き）", True)
yy = yend + 6
yy = para(LL, yy, RR - LL, "※ 収納率＝収入済額÷調定額×100（小数点以下第３位四捨五入）。不納欠損額の「－」は該当がないことを示す。", 8, indent=0, lead=1.5)
yy += 8
# 【参考】 box
t23 = TOT[2023]
t22 = TOT[2022]
lines = ["【参考】重点債権全体の状況（令和５年度）",
         "・収入未済額：" + F(c(t23["out"]) + "千円", t23["out"] * 1000, "yen", "outstanding", "actual", "total", 2023, "令和５年度", None, "重点債権全体"),
         "・前年度比：" + F(tri(t23["out"] - t22["out"]) + "千円", (t23["out"] - t22["out"]) * 1000, "yen", "difference", "actual", "total", 2023, "令和５年度", None, "重点債権全体"),
         "・不納欠損額：" + F(c(t23["wo"]) + "千円", t23["wo"] * 1000, "yen", "written_off", "actual", "total", 2023, "令和５年度", None, "重点債権全体")]
bx1 = LL + 380
rect(LL, yy, bx1, yy + 16 * len(lines) + 10, stroke=(0, 0, 0), width=0.8)
ty = yy + 16
for t in lines:
    text(LL + 10, ty, t, 9.5, "g" if t.startswith("【") else "m")
    ty += 16
footer(4)

# ------------------------------------------------------------------ p6 推進シート 市税
new_page()
y = 48
text(L, y, "第３章　債権別の推進シート", 13, "g")
text(L, y, "推進シート（１）", 10, "m", align="r", width=R - L)
y += 14
strip = [("債権名", GRAYF), ("市税", None), ("担当課", GRAYF), ("収納対策課", None), ("区分", GRAYF), ("強制徴収公債権", None), ("時効", GRAYF), ("５年", None)]
ws_ = [46, 56, 46, 76, 36, 82, 36, 93]
cells = [dict(r=0, c=i, t=t, fill=f, sz=9) for i, (t, f) in enumerate(strip)]
y = grid(L, y, ws_, [20], cells) + 14
y = heading(L, y, "１　収納状況の推移", 11)
text(L, y - 6, "（単位：千円）", 8, "m", align="r", width=R - L)
s = BYNAME["市税"][4]
est = dict(cr=99.28, ar=31.60, out=276400, wo=16800, dl=2215)
DL = {2021: 2688, 2022: 2531, 2023: 2384}
cols = [(2021, "令和３年度", "actual"), (2022, "令和４年度", "actual"), (2023, "令和５年度", "actual"), (2024, "令和６年度\n（見込）", "estimate")]
ws_ = [150, 90, 90, 90, 51]
cells = [dict(r=0, c=0, t="区分", fill=GRAYF)] + [dict(r=0, c=1 + i, t=t, fill=GRAYF, sz=8) for i, (_, t, _) in enumerate(cols)]
cells.append(dict(r=0, c=4, t="令和６年度\n（見込）", fill=GRAYF, sz=7.5))
ws_ = [140, 84, 84, 84, 79]
rowsdef = [("現年度分収納率（％）", "cr", "collection_rate", "current", "percent"), ("滞納繰越分収納率（％）", "ar", "collection_rate", "arrears", "percent"),
           ("不納欠損額", "wo", "written_off", "total", "yen"), ("収入未済額", "out", "outstanding", "total", "yen"),
           ("滞納者数（人）", "dl", "delinquents", "total", "persons")]
cells = [dict(r=0, c=0, t="区分", fill=GRAYF)] + [dict(r=0, c=1 + i, t=t, fill=GRAYF, sz=8) for i, (_, t, _) in enumerate(cols)]
for ri, (lab, k, metric, seg, unit) in enumerate(rowsdef, 1):
    cells.append(dict(r=ri, c=0, t=lab, a="l"))
    for j, (yv, ylab, basis) in enumerate(cols):
        if basis == "estimate":
            v = est[k]
        elif k == "dl":
            v = DL[yv]
        else:
            v = s[yv][k]
        if unit == "percent":
            raw, val = fr(v), v
        elif unit == "yen":
            raw, val = c(v), v * 1000
        else:
            raw, val = c(v), v
        cells.append(dict(r=ri, c=1 + j, t=raw, a="r"))
        F(raw, val, unit, metric, basis, seg, yv, ylab.replace("\n", ""), "市税", "市税")
y = grid(L, y, ws_, [26] + [18] * len(rowsdef), cells, size=8.5) + 14
y = heading(L, y, "２　目標（令和７年度～令和９年度）", 11)
TG = {2025: (99.32, 32.20, 262000), 2026: (99.36, 33.00, 248000), 2027: (99.40, 33.80, 235000)}
ws_ = [170, 101, 101, 99]
cells = [dict(r=0, c=0, t="指標", fill=GRAYF)] + [dict(r=0, c=1 + i, t=f"令和{yv - 2018}年度", fill=GRAYF) for i, yv in enumerate(TG)]
for ri, (lab, idx, metric, seg, unit) in enumerate((("現年度分収納率（％）", 0, "collection_rate", "current", "percent"),
                                                    ("滞納繰越分収納率（％）", 1, "collection_rate", "arrears", "percent"),
                                                    ("収入未済額（千円）", 2, "outstanding", "total", "yen")), 1):
    cells.append(dict(r=ri, c=0, t=lab, a="l"))
    for j, yv in enumerate(TG):
        v = TG[yv][idx]
        raw, val = (fr(v), v) if unit == "percent" else (c(v), v * 1000)
        cells.append(dict(r=ri, c=1 + j, t=raw, a="r"))
        F(raw, val, unit, metric, "target", seg, yv, f"令和{yv - 2018}年度", "市税", "市税")
y = grid(L, y, ws_, [18] * 4, cells, size=8.5) + 14
y = heading(L, y, "３　課題", 11)
y = para(L, y, R - L, "現年度分の収納率は高い水準にあるが、新たな滞納の発生を抑えるためには、納期限後の早期の催告が欠かせない。"
         "また、滞納繰越分は少額・多数の案件が多く、財産調査と処分の効率化が課題である。", 9.5, lead=1.6)
y += 6
y = heading(L, y, "４　目標達成に向けた取組", 11)
ITEMS = [
    (0, "（１）滞納の未然防止", None, None),
    (1, "ア", "口座振替とスマートフォン決済の利用を促進し、納期内納付率を高める。", "継続"),
    (1, "イ", "納期限後２０日以内に督促状を送付し、その後１か月以内に電話又はＳＭＳで催告する。", "拡充"),
    (0, "（２）滞納整理の強化", None, None),
    (1, "ア", "財産調査の徹底", None),
    (2, "（ｱ）", "預貯金調査は電子照会を原則とし、調査から差押えまでの期間を短縮する。", "拡充"),
    (2, "（ｲ）", "給与・年金の差押えは、生活状況を聴取したうえで分割納付との併用を検討する。", "継続"),
    (1, "イ", "高額・困難案件は静岡地方税滞納整理機構へ移管し、早期の解決を図る。", "継続"),
    (0, "（３）適正な債権の整理", None, None),
    (1, "ア", "財産がなく生活が困窮している滞納者は、執行停止を適切に行う。", "新規"),
]
lab1 = ""
lab2 = ""
for lvl, lab, t, stt in ITEMS:
    x = L + 8 + lvl * 16
    if t is None:
        text(x, y + 9.5, lab, 9.5, "g")
        if lvl == 0:
            lab1, lab2 = lab.replace("（", "(").replace("）", ")"), ""
        else:
            lab2 = lab
        y += 16
        continue
    full = f"{lab}　{t}"
    lines_ = wrap(full, R - x - 10, 9.5)
    for ln in lines_:
        text(x, y + 9.5, ln, 9.5, "m")
        y += 15
    if stt:
        # tag on its own line, right-aligned
        text(x, y + 9.5, f"【{stt}】", 9.5, "g", align="r", width=R - x)
        y += 15
    label = lab1 + (lab2 if lvl == 2 else "") + lab.replace("（", "(").replace("）", ")")
    G.init(PAGE, "市税", 2025, "目標達成に向けた取組", label, t, stt, debt_raw="市税")
footer(5)

# ------------------------------------------------------------------ p7 推進シート 国保
new_page()
DK, DR = "国民健康保険料", "国民健康保険税"
y = 48
text(L, y, "推進シート（２）", 10, "m", align="r", width=R - L)
y += 10
cells = [dict(r=0, c=0, t="債権名　国民健康保険税", a="l", fill=PALE, sz=10, fn="g"),
         dict(r=0, c=1, t="担当課　保険医療課", a="l", fill=PALE, sz=9),
         dict(r=0, c=2, t="区分　強制徴収公債権（時効４年）", a="l", fill=PALE, sz=9)]
y = grid(L, y, [170, 120, R - L - 290], [22], cells) + 14
y = heading(L, y, "１　収納状況の推移", 11)
kd = BYNAME["国民健康保険税"][4]
text(L, y - 6, "（単位：千円）", 8, "m", align="r", width=R - L)
EY = {2021: "令和3（2021）年度", 2022: "令和4（2022）年度", 2023: "令和5（2023）年度"}
ws_ = [26, 90] + [118.4] * 3
cells = [dict(r=0, c=0, cs=2, t="区分", fill=GRAYF)] + [dict(r=0, c=2 + i, t=EY[yv], fill=GRAYF, sz=8) for i, yv in enumerate(YRS)]
r = 1
for seg, seglabel, keys in (("current", "現年度分", ("ca", "cc", "cr")), ("arrears", "滞納繰越分", ("aa", "ac", "ar")),
                            ("total", "合計", ("ta", "tc", "tr"))):
    cells.append(dict(r=r, c=0, rs=3, t=seglabel, vert=True, sz=7.5, fill=PALE))
    for i, (k, lab, metric) in enumerate(zip(keys, ("調定額", "収入済額", "収納率（％）"), ("assessed", "collected", "collection_rate"))):
        cells.append(dict(r=r + i, c=1, t=lab, a="l", sz=8))
        for j, yv in enumerate(YRS):
            v = kd[yv][k]
            raw, val, unit = (fr(v), v, "percent") if metric == "collection_rate" else (c(v), v * 1000, "yen")
            cells.append(dict(r=r + i, c=2 + j, t=raw, a="r", sz=8))
            F(raw, val, unit, metric, "actual", seg, yv, EY[yv], DK, DR)
    r += 3
for lab, k, metric in (("不納欠損額", "wo", "written_off"), ("収入未済額", "out", "outstanding")):
    cells.append(dict(r=r, c=0, cs=2, t=lab, a="l", sz=8))
    for j, yv in enumerate(YRS):
        raw = c(kd[yv][k])
        cells.append(dict(r=r, c=2 + j, t=raw, a="r", sz=8))
        F(raw, kd[yv][k] * 1000, "yen", metric, "actual", "total", yv, EY[yv], DK, DR)
    r += 1
y = grid(L, y, ws_, [18] * r, cells, size=8) + 14
y = heading(L, y, "２　目標", 11)
ws_ = [150, 107, 107, 107]
cells = [dict(r=0, c=0, t="年度", fill=GRAYF), dict(r=0, c=1, t="現年度分収納率（％）", fill=GRAYF, sz=8),
         dict(r=0, c=2, t="滞納繰越分収納率（％）", fill=GRAYF, sz=8), dict(r=0, c=3, t="収入未済額（千円）", fill=GRAYF, sz=8)]
KT = [(2025, 96.05, 24.20, 318000), (2026, 96.15, 25.00, 302000), (2027, 96.25, 25.80, 288000)]
for i, (yv, a_, b_, o_) in enumerate(KT, 1):
    lab = f"令和{yv - 2018}（{yv}）年度"
    cells.append(dict(r=i, c=0, t=lab))
    for j, (v, metric, seg, unit) in enumerate(((a_, "collection_rate", "current", "percent"), (b_, "collection_rate", "arrears", "percent"),
                                                (o_, "outstanding", "total", "yen")), 1):
        raw, val = (fr(v), v) if unit == "percent" else (c(v), v * 1000)
        cells.append(dict(r=i, c=j, t=raw, a="r"))
        F(raw, val, unit, metric, "target", seg, yv, lab, DK, DR)
y = grid(L, y, ws_, [18] * 4, cells, size=8.5) + 14
y = heading(L, y, "３　目標達成に向けた取組", 11)
KI = [("①", "資格取得の届出時に口座振替の申込みを案内し、口座振替率を高める。", "継続"),
      ("②", "納付相談の際に、分割納付の計画と履行状況を滞納管理システムで管理し、不履行者には速やかに催告する。", "継続"),
      ("③", "社会保険への加入による資格喪失の届出漏れを防ぐため、年金事務所からの情報をもとに加入状況の確認を行う。", "新規"),
      ("④", "財産調査の結果、資力があると認められる滞納者は、市税と連携して差押えを行う。", "拡充")]
box_y0 = y
ty = y + 8
for lab, t, stt in KI:
    full = f"{lab}{t}【{stt}】"
    for ln in wrap(full, R - L - 36, 9.5):
        text(L + 14, ty + 9.5, ln, 9.5, "m")
        ty += 15
    ty += 3
    G.init(PAGE, DK, 2025, "目標達成に向けた取組", lab, t, stt, debt_raw=DR)
rect(L, box_y0, R, ty + 4, width=0.9)
footer(6)

# ------------------------------------------------------------------ p8 第４章
new_page()
y = 48
y = heading(L, y, "第４章　数値目標と推進体制", 13)
y = heading(L, y, "１　債権別の目標収納率（現年度分）", 11)
y = para(L, y, R - L, "重点債権ごとに、令和７年度から令和９年度までの現年度分の目標収納率を次のとおり定める。", 9.5)
y += 2
text(L, y + 8, "表２　債権別の目標収納率（現年度分）（単位：％）", 9.5, "g")
y += 14
TGT = {"市税": (99.32, 99.36, 99.40), "国民健康保険税": (96.05, 96.15, 96.25), "介護保険料": (99.54, 99.56, 99.58),
       "後期高齢者医療保険料": (99.86, 99.87, 99.88), "保育所保育料": (99.25, 99.30, 99.35), "下水道使用料": (99.45, 99.48, 99.50),
       "生活保護費返還金": (48.00, 49.00, 50.00), "学校給食費": (99.70, 99.72, 99.74), "市営住宅使用料": (97.70, 97.80, 97.90),
       "奨学金貸付金": (90.20, 90.50, 90.80)}
MARK = {("生活保護費返還金", 2): "※1", ("奨学金貸付金", 2): "※2", ("市税", 2): "※3"}
ws_ = [150, 80, 80, 80, 81]
cells = [dict(r=0, c=0, t="債権名", fill=GRAYF), dict(r=0, c=1, t="R5実績", fill=GRAYF)] + \
        [dict(r=0, c=2 + i, t=f"R{yv - 2018}目標", fill=GRAYF) for i, yv in enumerate((2025, 2026, 2027))]
for i, (cat, name, short, canon, data) in enumerate(DEBTS, 1):
    cells.append(dict(r=i, c=0, t=name, a="l"))
    v = data[2023]["cr"]
    cells.append(dict(r=i, c=1, t=fr(v), a="r"))
    F(fr(v), v, "percent", "collection_rate", "actual", "current", 2023, "R5実績", canon, name)
    for j, yv in enumerate((2025, 2026, 2027)):
        v = TGT[name][j]
        raw = fr(v) + MARK.get((name, j), "")
        cells.append(dict(r=i, c=2 + j, t=raw, a="r"))
        F(fr(v), v, "percent", "collection_rate", "target", "current", yv, f"R{yv - 2018}目標", canon, name)
y = grid(L, y, ws_, [18] * (len(DEBTS) + 1), cells, size=8.5) + 6
for t in ("※1 生活保護費返還金は、受給中の方からの分割返還を前提として設定した。",
          "※2 奨学金貸付金は、返還猶予の申請中の案件を除いて算定した。",
          "※3 市税は、令和９年度に県内市町の上位３位以内となる水準として設定した。"):
    y = para(L, y, R - L, t, 8, indent=0, lead=1.5)
y += 8
y = heading(L, y, "２　推進体制", 11)
y = para(L, y, R - L, "副市長を委員長とし、関係部長で構成する「袋井市債権管理推進委員会」において、本計画の進捗を年２回確認する。"
         "各債権の所管課は推進シートに基づき取組を実施し、毎年度の決算後に実績と課題を委員会に報告する。"
         "委員会は、目標の達成が困難と見込まれる債権について、取組の見直しを指示するとともに、必要に応じて収納対策課による"
         "支援や債権の移管を行う。", 9.5)
y += 6
y = heading(L, y, "３　計画の見直し", 11)
y = para(L, y, R - L, "社会経済情勢の変化や法令の改正などにより、計画の前提が大きく変わった場合は、計画期間中であっても必要な見直しを行う。", 9.5)
footer(7)

# ------------------------------------------------------------------ save
doc.subset_fonts()
PDF_DIR.mkdir(parents=True, exist_ok=True)
doc.save(PDF_DIR / f"{STEM}.pdf", garbage=4, deflate=True)
G.write()
