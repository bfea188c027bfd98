"""d_toyokawa_plan_1: a city 債権管理計画 (会計・債権 tables, prose figures, charts), drawn directly with PyMuPDF.

Modelled on published city debt-management plans (計画策定の経緯 / 債権管理の現状 / 目標 / 具体的な取組 /
債権ごとの取組) such as 第2次廿日市市債権管理計画 and 宇部市債権管理計画: a 会計別 収入未済額 table with
小計 rows, indented うち rows and a 前年度比 column ruled with horizontal lines only; a landscape page with a
table printed in two halves side by side; vector charts with data labels; a two-column text page;
section headings with the debt in parentheses; a 【参考】 box; a table without rules.  Figures are invented.
"""
from __future__ import annotations

import sys
from pathlib import Path

import fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from d_common import ROOT, fact, rate, write_gold  # noqa: E402

STEM = "d_toyokawa_plan_1"
CITY = "豊川市"
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FG = fitz.Font(fontfile=GOTH)
FM = fitz.Font(fontfile=MIN)
A4 = fitz.paper_rect("a4")
A4L = fitz.Rect(0, 0, A4.height, A4.width)

FACTS: list = []
INITS: list = []


def F(*a, **k):
    FACTS.append(fact(*a, **k))


# ------------------------------------------------------------------ data (千円)
YEARS = [(2021, "R3"), (2022, "R4"), (2023, "R5")]
# account, [(label, debt, indent, values R3..R5)]
ACCOUNTS = [
    ("一般会計", [
        ("市税", "市税", 0, [1402315, 1288460, 1196872]),
        ("うち個人市民税", "個人市民税", 1, [812404, 751220, 703118]),
        ("うち固定資産税", "固定資産税", 1, [498771, 455932, 418560]),
        ("保育料", "保育料", 0, [21564, 19873, 18102]),
        ("市営住宅使用料", "市営住宅使用料", 0, [36218, 34905, 33377]),
        ("生活保護費返還金", "生活保護費返還金", 0, [158760, 171402, 183915]),
    ]),
    ("国民健康保険特別会計", [("国民健康保険税", "国民健康保険税", 0, [612880, 548317, 497604])]),
    ("介護保険特別会計", [("介護保険料", "介護保険料", 0, [98442, 91208, 86935])]),
    ("後期高齢者医療特別会計", [("後期高齢者医療保険料", "後期高齢者医療保険料", 0, [18305, 17764, 16921])]),
    ("下水道事業会計", [
        ("下水道使用料", "下水道使用料", 0, [72510, 69844, 66203]),
        ("受益者負担金", "下水道事業受益者負担金", 0, [15204, 13981, 12660]),
    ]),
]


def subtotal(rows):
    return [sum(r[3][i] for r in rows if r[2] == 0) for i in range(3)]


TOTAL = [sum(subtotal(rows)[i] for _, rows in ACCOUNTS) for i in range(3)]
# chart series 収入未済額（百万円） H30..R5; R3..R5 from the table
CHART_Y = [(2018, "H30"), (2019, "R1"), (2020, "R2"), (2021, "R3"), (2022, "R4"), (2023, "R5")]
CHART_V = [2734.6, 2601.9, 2489.3] + [round(t / 1000, 1) for t in TOTAL]

# 表2 令和5年度決算 (千円): debt -> (assessed, collected, written_off, outstanding)
RATES = {"市税": 0.9552, "保育料": 0.9702, "市営住宅使用料": 0.8854, "生活保護費返還金": 0.1435,
         "国民健康保険税": 0.8712, "介護保険料": 0.9863, "後期高齢者医療保険料": 0.9961,
         "下水道使用料": 0.9788, "下水道事業受益者負担金": 0.4176}
WOFF = {"市税": 31240, "保育料": 1210, "市営住宅使用料": 2874, "生活保護費返還金": 6120, "国民健康保険税": 38715,
        "介護保険料": 7431, "後期高齢者医療保険料": 812, "下水道使用料": 3905, "下水道事業受益者負担金": 0}
OUT5 = {r[1]: r[3][2] for _, rows in ACCOUNTS for r in rows if r[2] == 0}
T2 = {}
for d, r in RATES.items():
    o, w = OUT5[d], WOFF[d]
    a = round((o + w) / (1 - r))
    c = a - w - o
    T2[d] = (a, c, w, o, rate(c, a))

# 目標収納率 (％): years down the rows; columns debt x segment
TGT_DEBTS = ["市税", "国民健康保険税", "介護保険料"]
TGT = {  # year -> [市税 現年, 市税 滞繰, 国保 現年, 国保 滞繰, 介護 現年, 介護 滞繰]
    (2023, "令和5年度（実績）", "actual"): [99.12, 27.85, 94.51, 21.37, 99.34, 24.60],
    (2025, "令和7年度", "target"): [99.20, 29.00, 94.80, 22.50, 99.40, 25.50],
    (2026, "令和8年度", "target"): [99.25, 30.00, 95.00, 23.50, 99.45, 26.50],
    (2027, "令和9年度", "target"): [99.30, 31.00, 95.20, 24.50, 99.50, 27.50],
}
CITY_RATE = [(2019, "R1", 94.6), (2020, "R2", 94.8), (2021, "R3", 95.1), (2022, "R4", 95.3), (2023, "R5", None)]


# ------------------------------------------------------------------ drawing helpers
class P:
    def __init__(self, doc, rect=A4, no=None):
        self.pg = doc.new_page(width=rect.width, height=rect.height)
        self.pg.insert_font(fontname="G", fontfile=GOTH)
        self.pg.insert_font(fontname="M", fontfile=MIN)
        self.no = len(doc)
        self.w, self.h = rect.width, rect.height
        self.t(self.w - 40, 28, "豊川市債権管理計画（令和7年度～令和9年度）", 7.5, right=True)
        self.t(self.w / 2, self.h - 24, f"－{self.no}－", 9, center=True)

    def t(self, x, y, s, size=10, g=False, right=False, center=False):
        font = FG if g else FM
        wd = font.text_length(s, size)
        if right:
            x -= wd
        elif center:
            x -= wd / 2
        self.pg.insert_text((x, y), s, fontname="G" if g else "M", fontsize=size)
        return wd

    def wrap(self, x, y, width, s, size=10, lh=1.6, g=False, indent=0, hang=0):
        font = FG if g else FM
        line, first = "", True
        lines = []
        avail = width - indent
        for ch in s:
            if font.text_length(line + ch, size) > avail and line:
                lines.append((line, first))
                line, first = "", False
                avail = width - hang
            line += ch
        if line:
            lines.append((line, first))
        for ln, fst in lines:
            self.t(x + (indent if fst else hang), y, ln, size, g)
            y += size * lh
        return y

    def line(self, x0, y0, x1, y1, w=0.6):
        self.pg.draw_line((x0, y0), (x1, y1), color=(0, 0, 0), width=w)

    def rect(self, r, w=0.6, fill=None):
        self.pg.draw_rect(r, color=(0, 0, 0), fill=fill, width=w)

    def cell(self, x0, x1, y, s, size, align, g=False):
        if align == "r":
            self.t(x1 - 3, y, s, size, g, right=True)
        elif align == "c":
            self.t((x0 + x1) / 2, y, s, size, g, center=True)
        else:
            self.t(x0 + 3, y, s, size, g)


def table(p, x, y, cols, rows, size=8.5, rh=16, rules="grid", head=1, aligns=None):
    """rows: list of lists (None = merged with above / empty). Returns bottom y."""
    xs = [x]
    for c in cols:
        xs.append(xs[-1] + c)
    n = len(rows)
    for i, row in enumerate(rows):
        yb = y + rh * (i + 1)
        for j, s in enumerate(row):
            if s is None or s == "":
                continue
            al = "c" if i < head else (aligns[j] if aligns else ("l" if j == 0 else "r"))
            p.cell(xs[j], xs[j + 1], yb - rh * 0.32, s, size, al, g=i < head)
    if rules == "grid":
        for i in range(n + 1):
            p.line(xs[0], y + rh * i, xs[-1], y + rh * i)
        for xv in xs:
            p.line(xv, y, xv, y + rh * n)
    elif rules == "h":
        p.line(xs[0], y, xs[-1], y, 1.2)
        p.line(xs[0], y + rh * head, xs[-1], y + rh * head, 0.6)
        p.line(xs[0], y + rh * n, xs[-1], y + rh * n, 1.2)
    return y + rh * n, xs


def yen_oku(k: int) -> str:
    """千円 -> N億N,NNN万N千円 (exact)."""
    oku, rest = divmod(k, 100000)
    man, sen = divmod(rest, 10)
    s = (f"{oku}億" if oku else "") + (f"{man:,}万" if man else "")
    return s + (f"{sen}千円" if sen else "円")


def build(pdf: Path):
    doc = fitz.open()
    # ============================================================ page 1
    p = P(doc)
    p.t(p.w / 2, 90, "豊川市債権管理計画", 20, g=True, center=True)
    p.t(p.w / 2, 116, "（令和7年度～令和9年度）", 13, g=True, center=True)
    p.t(p.w - 60, 146, "令和7年3月　豊川市総務部債権管理課", 10, right=True)
    y = 180
    p.t(50, y, "１　計画策定の趣旨", 12, g=True)
    y += 20
    y = p.wrap(50, y, 495, "本市では、平成29年に債権管理条例を制定し、市の債権全般について管理の適正化を図ってきた。"
               "令和4年3月に策定した前計画（令和4年度～令和6年度）の期間が満了することから、これまでの取組の"
               "成果と課題を検証し、引き続き市民負担の公平性の確保と健全な財政運営に資するため、本計画を策定する。",
               10, indent=10)
    y += 10
    p.t(50, y, "２　債権の状況", 12, g=True)
    y += 20
    t5 = TOTAL[2]
    man = round(t5 / 100) * 10  # 万円 rounded to 10万円
    peak = CHART_V[0]
    s_total = f"約{man // 10000}億{man % 10000:,}万円"
    p1 = (f"令和5年度決算における本市の収入未済額は{s_total}で、ピーク時の平成30年度（{peak:,.1f}百万円）から"
          f"着実に縮減している（図1）。債権別では、市税が約{OUT5['市税'] / 100000:.0f}億円と全体の過半を占め、"
          f"次いで国民健康保険税が{OUT5['国民健康保険税'] / 1000:,.1f}百万円となっている。一方、生活保護費返還金は"
          f"{yen_oku(OUT5['生活保護費返還金'])}と3年連続で増加しており、重点的な対応が必要である。")
    y0 = y
    y = p.wrap(50, y, 495, p1, 10, indent=10)
    pg1 = p.no
    F(None, 2023, "令和5年度", "total", "outstanding", "actual", man * 10000, "yen", s_total, approx=True,
      debt_raw=None, page=pg1)
    F(None, 2018, "平成30年度", "total", "outstanding", "actual", int(round(peak * 1_000_000)), "yen",
      f"{peak:,.1f}百万円", page=pg1)
    shi_oku = OUT5['市税'] / 100000
    F("市税", 2023, None, "total", "outstanding", "actual", int(round(shi_oku)) * 100_000_000, "yen",
      f"約{shi_oku:.0f}億円", approx=True, page=pg1)
    F("国民健康保険税", 2023, None, "total", "outstanding", "actual", round(OUT5["国民健康保険税"] / 100) * 100_000,
      "yen", f"{OUT5['国民健康保険税'] / 1000:,.1f}百万円", page=pg1)
    F("生活保護費返還金", 2023, None, "total", "outstanding", "actual", OUT5["生活保護費返還金"] * 1000, "yen",
      yen_oku(OUT5["生活保護費返還金"]), page=pg1)
    y += 12
    p.t(50, y, "図1　収入未済額の推移（全会計、単位：百万円）", 10, g=True)
    # bar chart
    cx0, cy0, cw, chh = 90, y + 20, 420, 190
    base = cy0 + chh
    vmax = 3000
    p.line(cx0, base, cx0 + cw, base, 0.8)
    p.line(cx0, cy0, cx0, base, 0.8)
    for gv in range(0, 3001, 1000):
        gy = base - chh * gv / vmax
        p.t(cx0 - 4, gy + 3, f"{gv:,}", 7, right=True)
        if gv:
            p.pg.draw_line((cx0, gy), (cx0 + cw, gy), color=(0.7, 0.7, 0.7), width=0.3, dashes="[2] 0")
    bw = cw / len(CHART_V)
    for i, ((fy, lab), v) in enumerate(zip(CHART_Y, CHART_V)):
        bx = cx0 + bw * i + bw * 0.22
        top = base - chh * v / vmax
        p.pg.draw_rect(fitz.Rect(bx, top, bx + bw * 0.56, base), color=(0.2, 0.3, 0.5), fill=(0.55, 0.66, 0.82),
                       width=0.5)
        p.t(bx + bw * 0.28, top - 4, f"{v:,.1f}", 8, center=True)
        p.t(bx + bw * 0.28, base + 12, lab, 8.5, center=True)
        F(None, fy, lab, "total", "outstanding", "actual", int(round(v * 1_000_000)), "yen", f"{v:,.1f}",
          debt_raw=None, page=pg1)
    p.t(cx0 + cw, base + 26, "※各年度の決算額。R3以降は表1の合計に一致する。", 7.5, right=True)

    # ============================================================ page 2: 表1
    p = P(doc)
    y = 70
    p.t(50, y, "（２）会計別・債権別の収入未済額", 11, g=True)
    y += 22
    p.t(50, y, "表1　会計別収入未済額の推移", 10, g=True)
    cols = [120, 140, 62, 62, 62, 50]
    x0 = 50
    p.t(x0 + sum(cols), y, "（単位：千円）", 8, right=True)
    y += 6
    rows = [["会計", "債権名", "R3", "R4", "R5", "前年度比"]]
    meta = []  # (row index, debt, debt_raw, values)
    for acct, items in ACCOUNTS:
        first = True
        for label, debt, ind, vals in items:
            rows.append([acct if first else None, ("　" * ind) + label, *[f"{v:,}" for v in vals],
                         f"{vals[2] / vals[1] * 100:.1f}%"])
            meta.append((debt, label, vals))
            first = False
        if len(items) > 1:
            st = subtotal(items)
            rows.append([None, "小計", *[f"{v:,}" for v in st], f"{st[2] / st[1] * 100:.1f}%"])
            meta.append((None, f"{acct}小計", st))
    rows.append(["合計", "", *[f"{v:,}" for v in TOTAL], f"{TOTAL[2] / TOTAL[1] * 100:.1f}%"])
    meta.append((None, "合計", TOTAL))
    yb, xs = table(p, x0, y, cols, rows, size=8.5, rh=18, rules="h",
                   aligns=["l", "l", "r", "r", "r", "r"])
    # thin rule above 合計 and under each account group
    p.line(xs[0], yb - 18, xs[-1], yb - 18, 0.6)
    for debt, raw, vals in meta:
        for (fy, lab), v in zip(YEARS, vals):
            F(debt, fy, lab, "total", "outstanding", "actual", v * 1000, "yen", f"{v:,}", debt_raw=raw,
              page=p.no)
    y = yb + 16
    y = p.wrap(50, y, 495, "注1　「うち」書きは市税の内訳であり、小計・合計には含めない。", 8)
    y = p.wrap(50, y, 495, "注2　下水道事業会計は令和2年度に公営企業会計へ移行した。金額は各年度5月31日現在の未収金。", 8)
    y = p.wrap(50, y, 495, "注3　前年度比は、R5÷R4。", 8)
    y += 14
    p.t(50, y, "（３）収入未済額の特徴", 11, g=True)
    y += 20
    y = p.wrap(50, y, 495, "市税及び国民健康保険税は、滞納処分の強化と口座振替の推進により、3年間でそれぞれ約2億円、約1億円"
               "縮減した。一方、非強制徴収公債権である生活保護費返還金は、保護費の過払いに係る返還決定が増加しており、"
               "収入未済額が増え続けている。", 10, indent=10)

    # ============================================================ page 3 (landscape): 表2 in two halves + line chart
    p = P(doc, A4L)
    y = 62
    p.t(50, y, "（４）主な債権の収納状況（令和5年度決算）", 11, g=True)
    y += 18
    p.t(50, y, "表2　債権別の調定額・収入済額等　　（単位：千円、収納率は％）", 9.5, g=True)
    y += 8
    hcols = [92, 62, 62, 50, 58, 40]
    names = list(T2)
    halves = [names[:5], names[5:]]
    for k, part in enumerate(halves):
        xl = 50 + k * 380
        rows = [["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]]
        for d in part:
            a, c, w, o, r = T2[d]
            rows.append([d, f"{a:,}", f"{c:,}", f"{w:,}" if w else "－", f"{o:,}", f"{r:.2f}"])
            for metric, v in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o)):
                if metric == "written_off" and not w:
                    continue
                F(d, 2023, "令和5年度", "total", metric, "actual", v * 1000, "yen", f"{v:,}", page=p.no)
            F(d, 2023, "令和5年度", "total", "collection_rate", "actual", r, "percent", f"{r:.2f}", page=p.no)
        table(p, xl, y, hcols, rows, size=7.5, rh=17)
    y += 17 * 6 + 28
    p.t(50, y, "図2　市税収納率の推移（現年課税分＋滞納繰越分、％）", 10, g=True)
    cx0, cy0, cw, chh = 110, y + 18, 560, 140
    base = cy0 + chh
    lo, hi = 93.5, 96.0
    p.line(cx0, base, cx0 + cw, base, 0.8)
    p.line(cx0, cy0, cx0, base, 0.8)
    for gv in (93.5, 94.0, 94.5, 95.0, 95.5, 96.0):
        gy = base - chh * (gv - lo) / (hi - lo)
        p.t(cx0 - 4, gy + 3, f"{gv:.1f}", 7, right=True)
    pts = []
    for i, (fy, lab, v) in enumerate(CITY_RATE):
        v = T2["市税"][4] if v is None else v
        px = cx0 + cw * (i + 0.5) / len(CITY_RATE)
        py = base - chh * (v - lo) / (hi - lo)
        pts.append((px, py))
        p.t(px, base + 12, lab, 8.5, center=True)
        lab_txt = f"{v:.1f}" if i < len(CITY_RATE) - 1 else f"{v:.2f}"
        p.t(px, py - 7, lab_txt, 8, center=True)
        F("市税", fy, lab, "total", "collection_rate", "actual", float(lab_txt), "percent", lab_txt, page=p.no)
    for a_, b_ in zip(pts, pts[1:]):
        p.pg.draw_line(a_, b_, color=(0.6, 0.1, 0.1), width=1.4)
    for q in pts:
        p.pg.draw_circle(q, 2.4, color=(0.6, 0.1, 0.1), fill=(0.6, 0.1, 0.1))

    # ============================================================ page 4: 目標 table + two-column 取組
    p = P(doc)
    y = 66
    p.t(50, y, "３　計画の目標", 12, g=True)
    y += 18
    y = p.wrap(50, y, 495, "主要3債権について、計画期間の各年度の目標収納率を次のとおり定める。", 10, indent=10)
    y += 4
    p.t(50, y, "表3　目標収納率　　（単位：％）", 9.5, g=True)
    y += 6
    cols = [105, 65, 65, 65, 65, 65, 65]
    rows = [["年度", None, None, None, None, None, None],
            [None, "現年課税分", "滞納繰越分", "現年課税分", "滞納繰越分", "現年度分", "過年度分"]]
    for (fy, lab, basis), vals in TGT.items():
        rows.append([lab, *[f"{v:.2f}" for v in vals]])
        for k, v in enumerate(vals):
            debt = TGT_DEBTS[k // 2]
            seg = "current" if k % 2 == 0 else "arrears"
            F(debt, fy, lab, seg, "collection_rate", basis, v, "percent", f"{v:.2f}", page=p.no)
    yb, xs = table(p, 50, y, cols, rows, size=8.5, rh=17, head=2)
    for j, nm in zip((1, 3, 5), TGT_DEBTS):
        p.t((xs[j] + xs[j + 2]) / 2, y + 17 * 0.68, nm, 8.5, g=True, center=True)
    # merged heading cells: erase inner vertical lines of the first header row by redrawing white lines
    for j in (2, 4, 6):
        p.pg.draw_line((xs[j], y + 0.8), (xs[j], y + 16.2), color=(1, 1, 1), width=1.2)
    p.pg.draw_line((xs[0] + 0.8, y + 17), (xs[1] - 0.8, y + 17), color=(1, 1, 1), width=1.2)
    y = yb + 24
    p.t(50, y, "４　具体的な取組", 12, g=True)
    y += 20
    groups = [
        ("(1)", "滞納の未然防止", [
            ("①", "口座振替の勧奨を強化し、納税通知書等にWeb口座振替受付の二次元コードを掲載する。", "拡充"),
            ("②", "スマートフォン決済アプリやコンビニ納付など、納付しやすい環境の整備を進める。", "継続"),
            ("③", "新たに債権が発生した時点で、債務者に納期限と滞納時の措置を丁寧に説明する。", None),
        ]),
        ("(2)", "滞納整理の強化", [
            ("①", "強制徴収公債権は、財産調査を早期に行い、財産が判明した事案は速やかに差し押さえる。", "継続"),
            ("②", "私債権は、支払督促や少額訴訟などの法的措置を計画的に実施する。", "継続"),
            ("③", "回収の見込みがない債権は、執行停止や債権放棄を適正に行い、管理する債権を圧縮する。", "新規"),
        ]),
        ("(3)", "債権管理体制の充実", [
            ("①", "債権管理課による所管課への巡回指導を年2回行い、台帳整備の状況を確認する。", "新規"),
            ("②", "新任職員向けと実務担当者向けの2段階の債権管理研修を実施する。", "継続"),
        ]),
    ]
    colw, gap = 235, 25
    xcol = [50, 50 + colw + gap]
    ytop = y
    col = 0
    yy = ytop
    for gi, (gl, gt, items) in enumerate(groups):
        if col == 0 and gi == 1:
            col, yy = 1, ytop
        p.t(xcol[col], yy, f"{gl}　{gt}", 10, g=True)
        yy += 16
        for lab, text, st in items:
            body = f"{lab}　{text}" + (f"【{st}】" if st else "")
            yy = p.wrap(xcol[col], yy, colw, body, 9.5, lh=1.55, indent=6, hang=16)
            yy += 3
            INITS.append({"debt": None, "debt_raw": None, "fiscal_year": None, "section": "具体的な取組",
                          "label": f"{gl}{lab}", "text": text, "status": st, "page": p.no})
        yy += 6
    # ============================================================ page 5: 債権ごとの取組
    p = P(doc)
    y = 66
    p.t(50, y, "５　債権ごとの取組（国民健康保険税）", 12, g=True)
    y += 12
    kok_o = OUT5["国民健康保険税"]
    ref = ["【参考】",
           f"・収入未済額（令和5年度末）：{kok_o:,}千円",
           "・滞納世帯数：1,523世帯（令和5年度末）",
           f"・現年課税分収納率：{TGT[(2023, '令和5年度（実績）', 'actual')][2]:.2f}％（令和5年度）"]
    p.rect(fitz.Rect(50, y, 545, y + 16 * len(ref) + 6), 0.8)
    for i, s in enumerate(ref):
        p.t(60, y + 16 * (i + 1), s, 9.5, g=(i == 0))
    F("国民健康保険税", 2023, "令和5年度末", "total", "outstanding", "actual", kok_o * 1000, "yen", f"{kok_o:,}千円",
      page=p.no)
    F("国民健康保険税", 2023, "令和5年度末", "total", "delinquents", "actual", 1523, "households", "1,523世帯",
      page=p.no)
    kr = TGT[(2023, '令和5年度（実績）', 'actual')][2]
    F("国民健康保険税", 2023, "令和5年度", "current", "collection_rate", "actual", kr, "percent", f"{kr:.2f}％",
      page=p.no)
    y += 16 * len(ref) + 24
    # side-by-side headings: 令和5年度 実績 | 令和9年度 目標 | 差
    p.t(50, y, "目標", 10, g=True)
    y += 6
    act = TGT[(2023, '令和5年度（実績）', 'actual')]
    tgt = TGT[(2027, '令和9年度', 'target')]
    out9 = 430000
    rows = [["区分", "令和5年度", "令和9年度", "差"],
            [None, "実績", "目標", None],
            ["現年課税分収納率（％）", f"{act[2]:.2f}", f"{tgt[2]:.2f}", f"+{tgt[2] - act[2]:.2f}"],
            ["滞納繰越分収納率（％）", f"{act[3]:.2f}", f"{tgt[3]:.2f}", f"+{tgt[3] - act[3]:.2f}"],
            ["収入未済額（千円）", f"{kok_o:,}", f"{out9:,}", f"△{kok_o - out9:,}"]]
    table(p, 50, y, [150, 90, 90, 70], rows, size=8.5, rh=17, head=2)
    F("国民健康保険税", 2023, "令和5年度", "current", "collection_rate", "actual", act[2], "percent", f"{act[2]:.2f}",
      page=p.no)
    F("国民健康保険税", 2023, "令和5年度", "arrears", "collection_rate", "actual", act[3], "percent", f"{act[3]:.2f}",
      page=p.no)
    F("国民健康保険税", 2027, "令和9年度", "current", "collection_rate", "target", tgt[2], "percent", f"{tgt[2]:.2f}",
      page=p.no)
    F("国民健康保険税", 2027, "令和9年度", "arrears", "collection_rate", "target", tgt[3], "percent", f"{tgt[3]:.2f}",
      page=p.no)
    F("国民健康保険税", 2023, "令和5年度", "total", "outstanding", "actual", kok_o * 1000, "yen", f"{kok_o:,}",
      page=p.no)
    F("国民健康保険税", 2027, "令和9年度", "total", "outstanding", "target", out9 * 1000, "yen", f"{out9:,}",
      page=p.no)
    y += 17 * 5 + 22
    p.t(50, y, "取組内容", 10, g=True)
    y += 16
    for lab, text, st in [("ア", "現年課税分の未納者に、納期限後20日以内に督促状を、その1か月後に催告書を送付する。", "継続"),
                          ("イ", "滞納世帯のうち資力のある世帯には、預貯金・給与の差押えを優先して行う。", "継続"),
                          ("ウ", "資格確認書の交付時に納付相談を行い、分納誓約の履行状況を毎月確認する。", "新規")]:
        y = p.wrap(50, y, 495, f"{lab}　{text}【{st}】", 9.5, indent=6, hang=20)
        INITS.append({"debt": "国民健康保険税", "debt_raw": "国民健康保険税", "fiscal_year": None,
                      "section": "債権ごとの取組（国民健康保険税）", "label": lab, "text": text, "status": st,
                      "page": p.no})
        y += 3
    y += 20
    p.t(50, y, "５　債権ごとの取組（市営住宅使用料）", 12, g=True)
    y += 20
    # table without rules: positional columns
    o3 = [r[3] for _, rows_ in ACCOUNTS for r in rows_ if r[1] == "市営住宅使用料"][0]
    hist = []
    for (fy, lab), o, rr, w in zip(YEARS, o3, (0.872, 0.879, None), (3102, 2950, WOFF["市営住宅使用料"])):
        if rr is None:
            a, c, w_, o_, r_ = T2["市営住宅使用料"]
        else:
            a = round((o + w) / (1 - rr))
            c = a - w - o
            r_ = rate(c, a)
        hist.append((fy, a, c, w, o, r_))
    p.t(545, y, "単位：千円", 8, right=True)
    y += 4
    rows = [["", "令和3年度", "令和4年度", "令和5年度"],
            ["調定額", *[f"{h[1]:,}" for h in hist]],
            ["収入済額", *[f"{h[2]:,}" for h in hist]],
            ["不納欠損額", *[f"{h[3]:,}" for h in hist]],
            ["収入未済額", *[f"{h[4]:,}" for h in hist]],
            ["収納率（％）", *[f"{h[5]:.2f}" for h in hist]]]
    table(p, 50, y, [130, 100, 100, 100], rows, size=9, rh=16, rules="none")
    lab3 = ["令和3年度", "令和4年度", "令和5年度"]
    for (fy, a, c, w, o, r_), fl in zip(hist, lab3):
        for metric, v in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o)):
            F("市営住宅使用料", fy, fl, "total", metric, "actual", v * 1000, "yen", f"{v:,}", page=p.no)
        F("市営住宅使用料", fy, fl, "total", "collection_rate", "actual", r_, "percent", f"{r_:.2f}", page=p.no)
    y += 16 * 6 + 16
    for lab, text, st in [("(1)", "滞納3か月で連帯保証人に通知し、6か月以上の滞納者には住宅明渡請求を行う。", "継続"),
                          ("(2)", "退去済み滞納者の所在を調査し、支払督促の申立てを計画的に行う。", "拡充")]:
        y = p.wrap(50, y, 495, f"{lab}　{text}", 9.5, indent=6, hang=24)
        p.t(70, y, f"【{st}】", 9.5)
        y += 9.5 * 1.6 + 3
        INITS.append({"debt": "市営住宅使用料", "debt_raw": "市営住宅使用料", "fiscal_year": None,
                      "section": "債権ごとの取組（市営住宅使用料）", "label": lab, "text": text, "status": st,
                      "page": p.no})
    doc.subset_fonts()
    doc.save(pdf, garbage=4, deflate=True)


def main():
    pdf = ROOT / "pdf" / f"{STEM}.pdf"
    build(pdf)
    document = {"kind": "plan", "family": "kaikei", "municipality": CITY,
                "title": "豊川市債権管理計画（令和7年度～令和9年度）", "date": "2025-03-01", "date_raw": "令和7年3月"}
    write_gold(STEM, pdf, document, FACTS, INITS)


if __name__ == "__main__":
    main()
