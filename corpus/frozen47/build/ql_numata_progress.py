"""ql_numata_progress_1: 令和５年度 沼田市債権管理の取組状況（中間報告・2月末現在）. PyMuPDF drawing.
Run from corpus/frozen47:  python3 build/ql_numata_progress.py"""
import calendar
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fitz

from ql_common import GOTHIC, MINCHO, ROOT, Gold, c, check, rate

STEM = "ql_numata_progress_1"
TITLE = "令和５年度 沼田市債権管理の取組状況（中間報告）"
g = Gold(STEM, "progress_report", "progress", "沼田市", TITLE, "2024-03-22", "令和6年3月22日")

doc = fitz.open()
W, Hh = 595, 842


def newpage(no):
    p = doc.new_page(width=W, height=Hh)
    p.insert_font(fontname="G", fontfile=GOTHIC)
    p.insert_font(fontname="M", fontfile=MINCHO)
    t(p, 40, 28, "令和５年度 沼田市債権管理の取組状況（中間報告）", 7.5, "G")
    t(p, W - 40, 28, "沼田市 税務課", 7.5, "G", "r")
    p.draw_line((40, 32), (W - 40, 32), width=0.5)
    t(p, W / 2, Hh - 24, f"- {no} -", 8, "M", "c")
    return p


def t(p, x, y, s, size=9, font="M", align="l", color=(0, 0, 0)):
    fn = "G" if font == "G" else "M"
    w = fitz.get_text_length(s, fontname="japan", fontsize=size) if False else len(s) * size * 0.0
    f = fitz.Font(fontfile=GOTHIC if fn == "G" else MINCHO)
    w = f.text_length(s, fontsize=size)
    if align == "r":
        x -= w
    elif align == "c":
        x -= w / 2
    p.insert_text((x, y), s, fontname=fn, fontsize=size, color=color)
    return w


def box(p, x0, y0, w, h, s, size=9, font="G", align="c", fill=None, border=True, lines=None):
    r = fitz.Rect(x0, y0, x0 + w, y0 + h)
    if fill:
        p.draw_rect(r, color=None, fill=fill)
    if border:
        p.draw_rect(r, color=(0, 0, 0), width=0.5)
    parts = s.split("\n") if s else []
    n = len(parts)
    for k, part in enumerate(parts):
        yy = y0 + h / 2 + size * 0.35 + (k - (n - 1) / 2) * (size + 2)
        if align == "r":
            t(p, x0 + w - 3, yy, part, size, font, "r")
        elif align == "l":
            t(p, x0 + 3, yy, part, size, font, "l")
        else:
            t(p, x0 + w / 2, yy, part, size, font, "c")


def para(p, x, y, w, s, size=9.5, font="M", lh=1.6):
    """simple wrapping by character width; returns new y"""
    f = fitz.Font(fontfile=GOTHIC if font == "G" else MINCHO)
    line = ""
    for ch in s:
        if f.text_length(line + ch, fontsize=size) > w:
            t(p, x, y, line, size, font)
            y += size * lh
            line = ch
        else:
            line += ch
    if line:
        t(p, x, y, line, size, font)
        y += size * lh
    return y


def eom(fy, m):
    y = fy if m >= 4 else fy + 1
    return f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


ASOF, ASOF_P = "2024-02-29", "2023-02-28"

# ---------------- data (千円) ----------------
# debt, short, seg, this(assessed, collected), prev(assessed, collected), year-end estimate rate
T1 = [
    ("市税", "市税", "current", (4_512_308, 4_232_546), (4_468_915, 4_172_184), 98.90),
    ("市税", "市税", "arrears", (296_447, 62_318), (318_206, 63_017), 24.5),
    ("国民健康保険税", "国保税", "current", (1_104_722, 946_215), (1_139_586, 968_302), 93.80),
    ("国民健康保険税", "国保税", "arrears", (402_615, 70_864), (431_207, 71_148), 19.0),
    ("介護保険料", "介護料", "current", (731_554, 712_907), (724_803, 704_960), 99.20),
    ("後期高齢者医療保険料", "後期高齢", "current", (458_206, 452_011), (447_318, 440_965), 99.60),
    ("保育料", "保育料", "current", (96_418, 88_764), (101_224, 92_870), 98.70),
    ("水道料金", "水道料金", "current", (1_218_335, 1_107_472), (1_205_610, 1_092_840), 99.10),
]
SEGJ = {"current": "現年", "arrears": "滞繰"}

# ================= page 1 =================
p = newpage(1)
t(p, W / 2, 70, TITLE, 15, "G", "c")
t(p, W / 2, 90, "～令和６年２月末現在～", 11, "G", "c")
t(p, W - 40, 108, "令和６年３月22日　沼田市債権管理推進会議", 9, "M", "r")
# panels
tot_this = sum(x[3][1] for x in T1 if x[0] == "市税"), sum(x[3][0] for x in T1 if x[0] == "市税")
sz_r = rate(T1[0][3][1], T1[0][3][0], 2)
sz_rp = rate(T1[0][4][1], T1[0][4][0], 2)
kk_r = rate(T1[2][3][1], T1[2][3][0], 2)
kk_rp = rate(T1[2][4][1], T1[2][4][0], 2)
out_all = sum(a - col for _, _, _, (a, col), _, _ in T1)  # 2月末 未収 (千円)
PANELS = [
    ("市税（現年分）収納率", "令和６年２月末", f"{sz_r:.2f}％", f"前年同月比＋{sz_r - sz_rp:.2f}ポイント"),
    ("国保税（現年分）収納率", "令和６年２月末", f"{kk_r:.2f}％", f"前年同月比{'＋' if kk_r >= kk_rp else '▲'}{abs(kk_r - kk_rp):.2f}ポイント"),
    ("対象債権の未収額", "令和６年２月末", f"{out_all / 100_000:.1f}億円", "現年分・滞繰分の合計"),
]
x = 40
for lab, yr, big, small in PANELS:
    p.draw_rect(fitz.Rect(x, 125, x + 165, 205), color=(0.2, 0.3, 0.5), width=1.2, fill=(0.93, 0.95, 0.99))
    t(p, x + 82, 142, lab, 9, "G", "c")
    t(p, x + 82, 155, yr, 8, "M", "c")
    t(p, x + 82, 182, big, 18, "G", "c")
    t(p, x + 82, 198, small, 8, "M", "c")
    x += 172
g.f(1, "市税", "市税（現年分）", 2023, "令和６年２月末", "current", "collection_rate", "interim", sz_r, "percent", f"{sz_r:.2f}％", as_of=ASOF)
g.f(1, "市税", "市税（現年分）", 2023, "令和６年２月末", "current", "difference", "interim", round(sz_r - sz_rp, 2), "points",
    f"{sz_r - sz_rp:.2f}ポイント", as_of=ASOF)
g.f(1, "国民健康保険税", "国保税（現年分）", 2023, "令和６年２月末", "current", "collection_rate", "interim", kk_r, "percent",
    f"{kk_r:.2f}％", as_of=ASOF)
g.f(1, "国民健康保険税", "国保税（現年分）", 2023, "令和６年２月末", "current", "difference", "interim", round(kk_r - kk_rp, 2),
    "points", f"{abs(kk_r - kk_rp):.2f}ポイント", as_of=ASOF)
g.f(1, None, None, 2023, "令和６年２月末", "total", "outstanding", "interim", round(out_all / 100_000, 1) * 100_000_000, "yen",
    f"{out_all / 100_000:.1f}億円", as_of=ASOF)
# two-column prose
t(p, 40, 232, "１　概況", 11, "G")
colw = 247
sz_arr_r = rate(T1[1][3][1], T1[1][3][0], 2)
sz_arr_rp = rate(T1[1][4][1], T1[1][4][0], 2)
sz_cur_out = T1[0][3][0] - T1[0][3][1]
man = round(sz_cur_out / 10)
left = (f"市税の現年分は、令和６年２月末で収納率{sz_r:.2f}％となり、前年同月の{sz_rp:.2f}％を上回った。"
        f"現年分の未収額は約{man // 10000}億{man % 10000:,}万円で、年度末に向けて納期内納付の呼びかけと"
        "文書催告を集中的に実施している。滞納繰越分は、財産調査の早期実施により、収納率が"
        f"{sz_arr_r:.2f}％（前年同月{sz_arr_rp:.2f}％）となった。")
g.f(1, "市税", None, 2023, "令和６年２月末", "current", "collection_rate", "interim", sz_r, "percent", f"収納率{sz_r:.2f}％", as_of=ASOF)
g.f(1, "市税", None, 2022, "前年同月", "current", "collection_rate", "interim", sz_rp, "percent", f"{sz_rp:.2f}％", as_of=ASOF_P)
g.f(1, "市税", None, 2023, "令和６年２月末", "current", "outstanding", "interim", man * 10_000, "yen",
    f"約{man // 10000}億{man % 10000:,}万円", approx=True, as_of=ASOF)
g.f(1, "市税", None, 2023, "令和６年２月末", "arrears", "collection_rate", "interim", sz_arr_r, "percent", f"{sz_arr_r:.2f}％", as_of=ASOF)
g.f(1, "市税", None, 2022, "前年同月", "arrears", "collection_rate", "interim", sz_arr_rp, "percent", f"前年同月{sz_arr_rp:.2f}％",
    as_of=ASOF_P)
kk_out = T1[2][3][0] - T1[2][3][1]
kman = round(kk_out / 10)
right = (f"国民健康保険税の現年分は、被保険者数の減少により調定額が前年同月を下回る中、収納率は{kk_r:.2f}％"
         f"（前年同月{kk_rp:.2f}％）となった。現年分の未収額は約{kman // 10000}億{kman % 10000:,}万円である。"
         "年度末見込は表１のとおりで、現年分・滞繰分ともに前年度決算を上回る見込みである。")
g.f(1, "国民健康保険税", None, 2023, "令和６年２月末", "current", "collection_rate", "interim", kk_r, "percent",
    f"収納率は{kk_r:.2f}％", as_of=ASOF)
g.f(1, "国民健康保険税", None, 2022, "前年同月", "current", "collection_rate", "interim", kk_rp, "percent",
    f"前年同月{kk_rp:.2f}％", as_of=ASOF_P)
g.f(1, "国民健康保険税", None, 2023, "令和６年２月末", "current", "outstanding", "interim", kman * 10_000, "yen",
    f"約{kman // 10000}億{kman % 10000:,}万円", approx=True, as_of=ASOF)
y1 = para(p, 40, 252, W / 2 - 50, left)
y2 = para(p, W / 2 + 10, 252, W / 2 - 50, right)
p.draw_line((W / 2, 242), (W / 2, max(y1, y2)), width=0.3)
y = max(y1, y2) + 14
t(p, 40, y, "２　主な取組", 11, "G")
y += 18
ITEMS = [("(1)", "12月を滞納整理強化月間とし、管理職による臨戸訪問と夜間・休日の納付相談窓口を開設した。", "継続"),
         ("(2)", "預貯金・給与の照会を電子化し、財産調査から差押えまでの期間を短縮した。", "新規"),
         ("(3)", "国保税の資格取得者に対し、窓口で口座振替の申込みを受け付ける取組を拡大した。", "拡充"),
         ("(4)", "水道料金の未納者に対し、給水停止予告の前に電話による納付勧奨を行った。", "継続")]
for lab, text, st in ITEMS:
    y = para(p, 52, y, W - 100, f"{lab}　{text}【{st}】", size=9.5)
    g.i(1, None, 2023, "主な取組", lab, text, st)
y += 6
t(p, 40, y + 4, "３　今後の予定", 11, "G")
para(p, 52, y + 22, W - 100, "３月は出納整理期間に向けて催告の最終通知を発送し、年度末の状況を５月の推進会議で報告する。")

# ================= page 2: table 1 + chart =================
p = newpage(2)
t(p, 40, 60, "表１　債権別収納状況（令和６年２月末現在・前年同期は令和５年２月末）", 10.5, "G")
t(p, W - 40, 74, "（単位：千円、％）", 8, "M", "r")
cols = [62, 28, 64, 64, 40, 64, 64, 40, 38, 51]
hdr1 = [("債権名", 0, 1, 2), ("区分", 1, 1, 2), ("今期", 2, 3, 1), ("前年同期", 5, 3, 1), ("差", 8, 1, 2),
        ("年度末見込\n収納率", 9, 1, 2)]
hdr2 = ["調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"]
X = [40]
for w_ in cols:
    X.append(X[-1] + w_)
y0, rh = 80, 16
for lab, ci, span, rs in hdr1:
    box(p, X[ci], y0, X[ci + span] - X[ci], rh * rs, lab, 8.5, fill=(0.85, 0.85, 0.85))
for k, lab in enumerate(hdr2):
    box(p, X[2 + k], y0 + rh, cols[2 + k], rh, lab, 8.5, fill=(0.85, 0.85, 0.85))
y = y0 + 2 * rh
CHART = []
for debt, ab, seg, (a, col), (pa, pc), est in T1:
    r, pr = rate(col, a, 2), rate(pc, pa, 2)
    d = round(r - pr, 2)
    ds = ("▲" if d < 0 else "") + f"{abs(d):.2f}"
    ests = f"{est:.2f}" if seg == "current" else f"{est:.1f}"
    cells = [ab, SEGJ[seg], c(a), c(col), f"{r:.2f}", c(pa), c(pc), f"{pr:.2f}", ds, ests]
    for k, s in enumerate(cells):
        box(p, X[k], y, cols[k], rh, s, 8.5, font="M", align="l" if k < 2 else "r")
    for fy, fr, asof, vals in [(2023, "今期", ASOF, (a, col, r)), (2022, "前年同期", ASOF_P, (pa, pc, pr))]:
        g.f(2, debt, ab, fy, fr, seg, "assessed", "interim", vals[0] * 1000, "yen", c(vals[0]), as_of=asof)
        g.f(2, debt, ab, fy, fr, seg, "collected", "interim", vals[1] * 1000, "yen", c(vals[1]), as_of=asof)
        g.f(2, debt, ab, fy, fr, seg, "collection_rate", "interim", vals[2], "percent", f"{vals[2]:.2f}", as_of=asof)
    g.f(2, debt, ab, 2023, "今期", seg, "difference", "interim", d, "points", ds, as_of=ASOF)
    g.f(2, debt, ab, 2023, "年度末見込", seg, "collection_rate", "estimate", est, "percent", ests)
    if seg == "current":
        CHART.append((ab, debt, r, pr))
    y += rh
para(p, 40, y + 12, W - 80, "※差は今期の収納率から前年同期の収納率を差し引いたもの（ポイント）。年度末見込は令和５年度決算見込。", 8)
# bar chart
cy0 = y + 50
t(p, 40, cy0, "図１　現年分収納率の比較（２月末）", 10.5, "G")
base_y, top_y = cy0 + 250, cy0 + 30
lo, hi = 80.0, 100.0
gx = 70
p.draw_line((gx - 5, base_y), (W - 40, base_y), width=0.6)
p.draw_line((gx - 5, base_y), (gx - 5, top_y), width=0.6)
for v in (80, 85, 90, 95, 100):
    yy = base_y - (v - lo) / (hi - lo) * (base_y - top_y)
    t(p, gx - 9, yy + 3, f"{v}", 7, "M", "r")
    p.draw_line((gx - 5, yy), (W - 40, yy), width=0.2, color=(0.7, 0.7, 0.7))
slot = (W - 40 - gx) / len(CHART)
for k, (ab, debt, r, pr) in enumerate(CHART):
    x0 = gx + k * slot + 10
    for j, (v, colr, fy, asof, fr) in enumerate([(r, (0.25, 0.4, 0.7), 2023, ASOF, "令和６年２月末"),
                                                 (pr, (0.7, 0.75, 0.8), 2022, ASOF_P, "令和５年２月末")]):
        bh = (v - lo) / (hi - lo) * (base_y - top_y)
        xx = x0 + j * 26
        p.draw_rect(fitz.Rect(xx, base_y - bh, xx + 22, base_y), color=None, fill=colr)
        t(p, xx + 11, base_y - bh - 3, f"{v:.2f}", 6.5, "M", "c")
        g.f(2, debt, ab, fy, fr, "current", "collection_rate", "interim", v, "percent", f"{v:.2f}", as_of=asof)
    t(p, x0 + 24, base_y + 12, ab, 8, "G", "c")
p.draw_rect(fitz.Rect(W - 200, top_y - 22, W - 188, top_y - 14), color=None, fill=(0.25, 0.4, 0.7))
t(p, W - 185, top_y - 14, "令和６年２月末", 7.5)
p.draw_rect(fitz.Rect(W - 120, top_y - 22, W - 108, top_y - 14), color=None, fill=(0.7, 0.75, 0.8))
t(p, W - 105, top_y - 14, "令和５年２月末", 7.5)
t(p, gx - 20, top_y - 10, "（％）", 7)

# ================= page 3/4: monthly table (split, header repeated) + ward table =================
MON = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
THIS = [8.12, 17.95, 27.40, 36.88, 45.71, 54.63, 63.52, 72.30, 81.46, 87.12, T1[0][3][1] / T1[0][3][0] * 100, None]
PREV = [7.95, 17.61, 27.02, 36.41, 45.30, 54.10, 62.97, 71.84, 80.90, 86.55, T1[0][4][1] / T1[0][4][0] * 100, 98.71]
THIS = [round(v, 2) if v is not None else None for v in THIS]
PREV = [round(v, 2) for v in PREV]
assert THIS[10] == sz_r and PREV[10] == sz_rp


def month_table(p, y, months, title):
    t(p, 40, y, title, 10.5, "G")
    t(p, W - 40, y + 12, "（単位：％）", 8, "M", "r")
    y += 18
    cw = [90, 90, 90, 90]
    xs = [40, 130, 220, 310, 400]
    for k, h in enumerate(["月末", "本年度（累計）", "前年度（累計）", "差"]):
        box(p, xs[k], y, cw[k], 17, h, 8.5, fill=(0.85, 0.85, 0.85))
    y += 17
    for i, m in enumerate(months):
        idx = MON.index(m)
        v, pv = THIS[idx], PREV[idx]
        zebra = (0.95, 0.95, 0.95) if i % 2 else None
        vs = f"{v:.2f}" if v is not None else "－"
        if v is not None:
            d = round(v - pv, 2)
            ds = ("▲" if d < 0 else "") + f"{abs(d):.2f}"
        else:
            ds = "－"
        for k, s in enumerate([f"{m}月末", vs, f"{pv:.2f}", ds]):
            box(p, xs[k], y, cw[k], 16, s, 8.5, font="M", align="c" if k == 0 else "r", fill=zebra, border=False)
        pg = doc.page_count
        if v is not None:
            g.f(pg, "市税", None, 2023, f"{m}月末", "current", "collection_rate", "interim", v, "percent", vs,
                as_of=eom(2023, m))
            g.f(pg, "市税", None, 2023, f"{m}月末", "current", "difference", "interim", d, "points", ds, as_of=eom(2023, m))
        g.f(pg, "市税", None, 2022, f"{m}月末", "current", "collection_rate", "interim", pv, "percent", f"{pv:.2f}",
            as_of=eom(2022, m))
        y += 16
    p.draw_line((40, y), (490, y), width=0.6)
    return y


p = newpage(3)
t(p, 40, 60, "４　月別収納状況", 11, "G")
para(p, 52, 80, W - 100, "市税（現年分）の月末ごとの累計収納率を、前年度の同じ月末と比較したものである。"
     "本年度は２月末まで、前年度は３月末（出納閉鎖前）までを掲載している。", 9.5)
y = month_table(p, 120, MON[:8], "表２　市税（現年分）月別累計収納率")
t(p, 40, y + 16, "（次ページへ続く）", 8)
y += 50
# ward table
t(p, 40, y, "５　地区別の状況（市税現年分・２月末）", 11, "G")
y += 14
t(p, 40, y + 10, "表３　地区別収納状況", 10.5, "G")
t(p, W - 40, y + 10, "（調定額・収入済額：百万円、前年同月比：％）", 8, "M", "r")
y += 18
WARD = [("沼田地区", 3_611.8, 3_389.5, 3_334.1), ("白沢地区", 402.6, 377.4, 371.2), ("利根地区", 497.9, 465.7, 466.9)]
xs = [40, 140, 230, 320, 410, 500]
for k, h in enumerate(["地区", "調定額", "収入済額", "収納率（％）", "収入済額\n前年同月比"]):
    box(p, xs[k], y, xs[k + 1] - xs[k], 26, h, 8.5, fill=(0.85, 0.85, 0.85))
y += 26
for area, a, col, pcol in WARD:
    r = round(col / a * 100, 2)
    ratio = round(col / pcol * 100, 1)
    for k, s in enumerate([area, f"{a:,.1f}", f"{col:,.1f}", f"{r:.2f}", f"{ratio:.1f}"]):
        box(p, xs[k], y, xs[k + 1] - xs[k], 16, s, 8.5, font="M", align="c" if k == 0 else "r")
    g.f(3, "市税", None, 2023, "２月末", "current", "assessed", "interim", round(a * 1_000_000), "yen", f"{a:,.1f}", as_of=ASOF, area=area)
    g.f(3, "市税", None, 2023, "２月末", "current", "collected", "interim", round(col * 1_000_000), "yen", f"{col:,.1f}", as_of=ASOF,
        area=area)
    g.f(3, "市税", None, 2023, "２月末", "current", "collection_rate", "interim", r, "percent", f"{r:.2f}", as_of=ASOF, area=area)
    g.f(3, "市税", None, 2023, "２月末", "current", "ratio_prev_year", "interim", ratio, "percent", f"{ratio:.1f}", as_of=ASOF,
        area=area)
    y += 16
wa, wc = round(sum(w[1] for w in WARD), 1), round(sum(w[2] for w in WARD), 1)
assert abs(wa - T1[0][3][0] / 1000) < 0.2 and abs(wc - T1[0][3][1] / 1000) < 0.2, (wa, wc)
para(p, 40, y + 14, W - 80, f"※沼田地区の調定額は{WARD[0][1]:,.1f}百万円（約{WARD[0][1] / 100:.1f}億円）で、市全体の約８割を占める。", 8.5)
g.f(3, "市税", None, 2023, "２月末", "current", "assessed", "interim", round(WARD[0][1] / 100, 1) * 100_000_000, "yen",
    f"約{WARD[0][1] / 100:.1f}億円", approx=True, as_of=ASOF, area="沼田地区")
g.f(3, "市税", None, 2023, "２月末", "current", "assessed", "interim", round(WARD[0][1] * 1_000_000), "yen",
    f"{WARD[0][1]:,.1f}百万円", as_of=ASOF, area="沼田地区")

p = newpage(4)
y = month_table(p, 60, MON[8:], "表２　市税（現年分）月別累計収納率（続き）")
para(p, 40, y + 14, W - 80, "※前年度３月末の累計収納率98.71％が令和４年度決算の現年分収納率である。本年度の年度末見込は98.90％。", 8.5)
g.f(4, "市税", None, 2022, "令和４年度決算", "current", "collection_rate", "actual", 98.71, "percent", "98.71％")
g.f(4, "市税", None, 2023, "年度末見込", "current", "collection_rate", "estimate", 98.90, "percent", "98.90％")
y += 50
t(p, 40, y, "６　年度末に向けた課題", 11, "G")
para(p, 52, y + 20, W - 100, "滞納繰越分は前年同期を上回る収納率で推移しているが、高額案件の分納が長期化している。"
     "執行停止の判断を含め、整理を計画的に進める必要がある。", 9.5)

pdf = ROOT / "pdf" / f"{STEM}.pdf"
doc.subset_fonts()
doc.save(pdf, garbage=4, deflate=True)
gp = g.write(pdf)
sys.exit(0 if check(pdf, gp) else 1)
