"""g_odawara_plan_1: 小田原市債権管理計画（令和８年度～令和１０年度）, drawn directly with PyMuPDF.

Family: 世田谷区-style plan (会計・債権 tables, 収入未済額 by account, figures in prose). Wording and layout modelled
on 目黒区 行政監査「債権管理について」 (dokumen.tips) and 世田谷区債権管理重点プラン実施結果 (123deta), with the
京都市 経済総務委員会資料「債権管理の取組状況」 (徴収率の推移, ポイント増) for the prose figures.
Figures are invented; gold is written from the same data the pages print.
"""
from __future__ import annotations

import sys
from pathlib import Path

import fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from g_common import PDF, fact, initiative, locate, write_gold, zen  # noqa: E402

STEM = "g_odawara_plan_1"
CITY = "小田原市"
TITLE = "小田原市債権管理計画"
SUB = "（令和８年度～令和１０年度）"
MF = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
GF = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FONTS = {"M": fitz.Font(fontfile=MF), "G": fitz.Font(fontfile=GF)}
W, H = 595, 842
FACTS: list = []
INITS: list = []

# ------------------------------------------------------------------ data
# 表1 会計別 収入未済額 (千円) R4, R5, R6 ; (label, debt, indent)
ACCOUNTS = [
    ("一般会計", [
        ("市税", "市税", 0, (1_312_880, 1_268_410, 1_234_560)),
        ("うち個人市民税", "個人市民税", 1, (702_450, 668_920, 641_230)),
        ("うち固定資産税", "固定資産税", 1, (498_330, 489_120, 482_110)),
        ("生活保護費返還金", "生活保護費返還金", 0, (298_450, 310_220, 318_640)),
        ("保育所保育料", "保育所保育料", 0, (41_230, 38_660, 35_120)),
        ("市営住宅使用料", "市営住宅使用料", 0, (88_420, 84_310, 79_880)),
        ("その他", None, 0, (62_110, 59_870, 57_450)),
    ]),
    ("国民健康保険事業特別会計", [
        ("国民健康保険料", "国民健康保険料", 0, (1_102_340, 1_061_220, 1_018_690)),
        ("一般被保険者返納金", "一般被保険者返納金", 0, (24_330, 22_870, 21_940)),
    ]),
    ("介護保険事業特別会計", [("介護保険料", "介護保険料", 0, (112_450, 108_330, 104_210))]),
    ("後期高齢者医療事業特別会計", [("後期高齢者医療保険料", "後期高齢者医療保険料", 0, (24_880, 23_410, 22_960))]),
    ("下水道事業会計", [("下水道使用料", "下水道使用料", 0, (96_220, 92_140, 88_730))]),
]
YEARS = [(2022, "R4"), (2023, "R5"), (2024, "R6")]


def acc_sub(rows):
    return tuple(sum(r[3][i] for r in rows if r[2] == 0) for i in range(3))


SUBS = {a: acc_sub(rows) for a, rows in ACCOUNTS}
GRAND = tuple(sum(SUBS[a][i] for a in SUBS) for i in range(3))
OUT_HIST = {2018: 3_912_000_000, 2019: 3_688_000_000, 2020: 3_521_000_000, 2021: 3_342_000_000}  # 百万円 chart
for (fy, _), v in zip(YEARS, GRAND):
    OUT_HIST[fy] = round(v / 1000) * 1_000_000

# 表2 収納率 (years down rows) 市税/国保/介護 × 現年/滞繰
RATE_YEARS = [(2018, "H30"), (2019, "R元"), (2020, "R2"), (2021, "R3"), (2022, "R4"), (2023, "R5"), (2024, "R6")]
RATES = {
    "市税": [(98.71, 24.80), (98.80, 25.62), (98.62, 24.11), (98.85, 26.30), (98.90, 27.05), (98.94, 27.61), (99.06, 28.35)],
    "国民健康保険料": [(92.40, 18.22), (92.85, 19.04), (93.10, 19.80), (93.62, 20.45), (93.90, 21.12), (94.02, 21.60), (94.35, 22.41)],
    "介護保険料": [(98.20, 14.55), (98.31, 15.02), (98.25, 15.40), (98.40, 16.10), (98.52, 16.44), (98.60, 16.90), (98.66, 17.35)],
}

# 表3 (two halves): 令和６年度 不納欠損額 (千円); 収入未済額 from 表1
WO = {"市税": 52_310, "国民健康保険料": 86_420, "介護保険料": 21_870, "後期高齢者医療保険料": 2_940,
      "生活保護費返還金": 14_260, "保育所保育料": 3_180, "市営住宅使用料": 6_720, "下水道使用料": 4_150,
      "一般被保険者返納金": 1_320, "その他": 2_870}
R6OUT = {}
for a, rows in ACCOUNTS:
    for lab, debt, ind, vals in rows:
        if ind == 0:
            R6OUT[lab] = vals[2]
T3 = ["市税", "国民健康保険料", "介護保険料", "後期高齢者医療保険料", "生活保護費返還金",
      "保育所保育料", "市営住宅使用料", "下水道使用料", "一般被保険者返納金", "その他"]

# 債権ごとの目標 (R8..R10): 現年, 滞繰 rates, 収入未済額目標 百万円
TARGETS = {
    "市税": [(99.10, 29.00, 1_180), (99.15, 29.60, 1_130), (99.20, 30.20, 1_080)],
    "国民健康保険料": [(94.50, 23.00, 975), (94.70, 23.60, 930), (94.90, 24.20, 890)],
    "介護保険料": [(98.70, 17.60, 101), (98.75, 17.90, 98), (98.80, 18.20, 95)],
    "市営住宅使用料": [(98.10, 16.00, 76), (98.20, 16.80, 72), (98.30, 17.50, 68)],
}
# 【参考】 R6 決算 amounts (千円) collected, written-off from WO, outstanding from R6OUT
REF = {"市税": 29_118_440, "国民健康保険料": 6_402_580, "介護保険料": 4_861_330, "市営住宅使用料": 1_598_270}
INIT = {
    "市税": [("ア", "納期限から３０日を経過した未納者に対し、ＳＭＳによる催告を一斉に行う。", "継続"),
             ("イ", "滞納繰越分のうち５０万円以上の事案は、財産調査を３か月以内に完了させ、差押えに着手する。", "拡充"),
             ("ウ", "インターネット公売の実施回数を年２回から年３回に増やす。", "新規")],
    "国民健康保険料": [("ア", "資格喪失の届出時に、未納額の確認と納付相談を窓口で一体的に行う。", "継続"),
                   ("イ", "納付誓約の履行状況を毎月確認し、不履行者には速やかに財産調査を行う。", "継続")],
    "介護保険料": [("ア", "普通徴収の被保険者に口座振替の申込書を送付し、振替の利用を促す。", "継続"),
               ("イ", "給付制限の対象となる滞納者には、制限の内容を個別に説明し、分納を勧める。", None)],
    "市営住宅使用料": [("ア", "滞納３か月の時点で連帯保証人へ通知し、滞納の長期化を防ぐ。", "継続"),
                  ("イ", "退去者の滞納分は弁護士法人への回収委託を継続し、支払督促を活用する。", "拡充")],
}
ALL_INIT = [
    ("(1)", "債権所管課の新任職員を対象に、督促・時効管理・滞納処分の基礎研修を毎年度開催する。", "継続"),
    ("(2)", "非強制徴収公債権及び私債権の債権管理台帳を電子化し、時効の到来を一元的に管理する。", "新規"),
    ("(3)", "徴収が困難な強制徴収公債権は、収納課への徴収引継ぎの対象を拡大する。", "拡充"),
    ("(4)", "回収の見込みのない私債権は、債権管理条例に基づく放棄を適切に行い、年１回市議会に報告する。", None),
]
DEBT_ORDER = ["市税", "国民健康保険料", "介護保険料", "市営住宅使用料"]


# ------------------------------------------------------------------ drawing helpers
class Pg:
    def __init__(self, doc, landscape=False, num=None):
        self.w, self.h = (H, W) if landscape else (W, H)
        self.page = doc.new_page(width=self.w, height=self.h)
        for k, f in (("M", MF), ("G", GF)):
            self.page.insert_font(fontname=k, fontfile=f)
        self.y = 60
        self.num = num
        if num is not None:
            self.text(self.w - 50, 32, "小田原市債権管理計画", 7.5, "M", "right")
            self.text(self.w / 2, self.h - 28, f"- {num} -", 9, "M", "center")

    def text(self, x, y, s, size=10, font="M", align="left"):
        tl = FONTS[font].text_length(s, fontsize=size)
        if align == "right":
            x -= tl
        elif align == "center":
            x -= tl / 2
        self.page.insert_text((x, y), s, fontname=font, fontsize=size)
        return tl

    def para(self, s, x0=56, x1=None, size=10, font="M", lead=1.65, indent=1):
        x1 = x1 or self.w - 56
        lines = wrap(s, x1 - x0, size, font, indent)
        for i, ln in enumerate(lines):
            self.text(x0 + (size * indent if i == 0 else 0), self.y, ln, size, font)
            self.y += size * lead
        return lines

    def line(self, a, b, w=0.6):
        self.page.draw_line(a, b, color=(0, 0, 0), width=w)

    def rect(self, r, w=0.6, fill=None):
        self.page.draw_rect(r, color=(0, 0, 0), width=w, fill=fill)


NOHEAD = set("、。，．）」』％")


def wrap(s, width, size, font, indent=0):
    f = FONTS[font]
    lines, cur = [], ""
    first = True
    for ch in s:
        avail = width - (size * indent if first else 0)
        if f.text_length(cur + ch, fontsize=size) > avail and cur:
            if ch in NOHEAD:
                cur += ch
                lines.append(cur)
                cur = ""
                first = False
                continue
            lines.append(cur)
            cur = ch
            first = False
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def table(pg, x0, colw, rows, size=8.5, rowh=15, grid="full", aligns=None, fonts=None, top=None, header_rows=1,
          indents=None):
    """Draw rows (list of list of str) at pg.y. grid: full | h (horizontal only) | none."""
    y = pg.y if top is None else top
    xs = [x0]
    for w in colw:
        xs.append(xs[-1] + w)
    n = len(colw)
    aligns = aligns or (["left"] + ["right"] * (n - 1))
    if grid != "none":
        pg.line((xs[0], y), (xs[-1], y), 0.8)
    for ri, row in enumerate(rows):
        for ci, cell in enumerate(row):
            if cell is None:
                continue
            font = (fonts[ri] if fonts else ("G" if ri < header_rows else "M"))
            al = "center" if ri < header_rows else aligns[ci]
            ind = (indents[ri] if indents and ci == 0 else 0) * 10
            if al == "left":
                pg.text(xs[ci] + 3 + ind, y + rowh - 4.5, cell, size, font)
            elif al == "right":
                pg.text(xs[ci + 1] - 3, y + rowh - 4.5, cell, size, font, "right")
            else:
                pg.text((xs[ci] + xs[ci + 1]) / 2, y + rowh - 4.5, cell, size, font, "center")
        y += rowh
        if grid == "full" or (grid == "h" and (ri == header_rows - 1 or ri == len(rows) - 1)):
            pg.line((xs[0], y), (xs[-1], y), 0.8 if ri in (header_rows - 1, len(rows) - 1) else 0.5)
        elif grid == "h":
            pg.line((xs[0], y), (xs[-1], y), 0.25)
    if grid == "full":
        for x in xs:
            pg.line((x, pg.y if top is None else top), (x, y), 0.5)
    pg.y = y + 6
    return y


def man(v_yen, step, approx=False):
    v = round(v_yen / step) * step
    oku, rest = divmod(v, 100_000_000)
    m = rest // 10_000
    s = ("約" if approx else "") + (f"{oku}億" if oku else "") + (f"{m:,}万" if m else "") + "円"
    return s, v


def add(debt, fy, fyr, seg, metric, basis, value, unit, raw, page, **kw):
    FACTS.append(fact(debt, fy, fyr, seg, metric, basis, value, unit, raw, hint=page, **kw))


# ------------------------------------------------------------------ pages
def page1(doc):
    pg = Pg(doc, num=1)
    pg.y = 120
    pg.text(W / 2, pg.y, TITLE, 22, "G", "center")
    pg.y += 30
    pg.text(W / 2, pg.y, SUB, 13, "G", "center")
    pg.y += 26
    pg.text(W / 2, pg.y, "令和８年３月　小田原市", 11, "M", "center")
    pg.y += 50
    pg.text(56, pg.y, "１　計画策定の趣旨", 12, "G")
    pg.y += 22
    pg.para("本市では、平成２９年度に「小田原市債権管理基本方針」を定め、市税をはじめとする各種債権の収入未済額の縮減に全庁で取り組んできた。"
            "しかしながら、社会保障関係経費の増加等により財政状況は厳しさを増しており、自主財源の確保と市民負担の公平性の観点から、"
            "債権管理の一層の適正化が求められている。")
    tot6 = GRAND[2] * 1000
    s6, v6 = man(tot6, 1_000_000, True)
    s6 = zen(s6)
    pg.y += 4
    txt = (f"令和６年度決算における本市の全会計の収入未済額は{s6}であり、基本方針を定めた平成２９年度（約４１億円）と比べて"
           f"大きく減少した。このうち市税は{zen(man(R6OUT['市税'] * 1000, 10_000)[0])}、国民健康保険料は"
           f"{R6OUT['国民健康保険料'] / 1000:,.1f}百万円で、この２債権で全体の４分の３を占めている。")
    pg.para(txt)
    add(None, 2024, "令和６年度", "total", "outstanding", "actual", v6, "yen", s6, 1, approx=True)
    add(None, 2017, "平成２９年度", "total", "outstanding", "actual", 4_100_000_000, "yen", "約４１億円", 1, approx=True)
    add("市税", 2024, "令和６年度", "total", "outstanding", "actual", R6OUT["市税"] * 1000, "yen",
        zen(man(R6OUT["市税"] * 1000, 10_000)[0]), 1)
    kk = R6OUT["国民健康保険料"]
    add("国民健康保険料", 2024, "令和６年度", "total", "outstanding", "actual", round(kk / 100) * 100_000, "yen",
        f"{kk / 1000:,.1f}百万円", 1)
    pg.y += 4
    pg.para("本計画は、令和８年度から令和１０年度までの３か年を計画期間とし、主な債権ごとに目標収納率と具体的な取組を定めるとともに、"
            "毎年度その進捗を小田原市債権管理推進会議において点検するものである。")
    pg.y += 14
    pg.text(56, pg.y, "２　計画の位置付け", 12, "G")
    pg.y += 22
    pg.para("本計画は、第６次小田原市総合計画の行財政運営に関する方針を踏まえ、小田原市債権管理条例第５条に規定する"
            "債権管理に関する計画として策定する。")


def page2_3(doc):
    pg = Pg(doc, num=2)
    pg.text(56, pg.y, "３　本市の債権の現状", 12, "G")
    pg.y += 22
    pg.text(56, pg.y, "（１）収入未済額の推移", 10.5, "G")
    pg.y += 18
    # two-column prose
    c_w = (W - 112 - 18) / 2
    tx = RATES["市税"]
    d_cur = round(tx[6][0] - tx[5][0], 2)
    kk = RATES["国民健康保険料"]
    d_kk = round(kk[6][1] - kk[5][1], 2)
    left = (f"全会計の収入未済額は、令和４年度の{zen(man(GRAND[0] * 1000, 1_000_000, True)[0])}から令和６年度には"
            f"{zen(man(GRAND[2] * 1000, 1_000_000, True)[0])}となり、３年間で着実に縮減している。"
            f"市税は、現年課税分の収納率が{zen(f'{tx[6][0]:.2f}')}％（前年度比+{zen(f'{d_cur:.2f}')}ポイント）と高い水準を維持しており、"
            f"滞納繰越分も{zen(f'{tx[6][1]:.2f}')}％まで上昇した。")
    right = (f"一方、国民健康保険料は、被保険者の高齢化と所得の伸び悩みにより、滞納繰越分の収納率が{zen(f'{kk[6][1]:.2f}')}％"
             f"（+{zen(f'{d_kk:.2f}')}ポイント）にとどまっている。また、生活保護費返還金は、収入未済額が"
             f"{R6OUT['生活保護費返還金']:,}千円と増加が続いており、"
             f"返還決定時の分割納付計画の作成と、保護費からの調整の徹底が課題となっている。")
    y0 = pg.y
    pg.para(left, 56, 56 + c_w, 9.5)
    yl = pg.y
    pg.y = y0
    pg.para(right, 56 + c_w + 18, W - 56, 9.5)
    pg.y = max(yl, pg.y) + 8
    g0 = man(GRAND[0] * 1000, 1_000_000, True)
    add(None, 2022, "令和４年度", "total", "outstanding", "actual", g0[1], "yen", zen(g0[0]), 2, approx=True)
    g2 = man(GRAND[2] * 1000, 1_000_000, True)
    add(None, 2024, "令和６年度", "total", "outstanding", "actual", g2[1], "yen", zen(g2[0]), 2, approx=True)
    add("市税", 2024, None, "current", "collection_rate", "actual", tx[6][0], "percent", zen(f"{tx[6][0]:.2f}") + "％", 2)
    add("市税", 2024, None, "arrears", "collection_rate", "actual", tx[6][1], "percent", zen(f"{tx[6][1]:.2f}") + "％", 2)
    add("国民健康保険料", 2024, None, "arrears", "collection_rate", "actual", kk[6][1], "percent", zen(f"{kk[6][1]:.2f}") + "％", 2)
    add("生活保護費返還金", 2024, None, "total", "outstanding", "actual", R6OUT["生活保護費返還金"] * 1000, "yen",
        f"{R6OUT['生活保護費返還金']:,}千円", 2)

    # 表1 (horizontal rules only), unit top right, header only years, 前年度比; split across pages without header
    pg.text(56, pg.y + 4, "表１　会計別・債権別の収入未済額", 10, "G")
    pg.text(W - 56, pg.y + 4, "（単位：千円）", 8, "M", "right")
    pg.y += 10
    colw = [190, 75, 75, 75, 68]
    head = [["会計・債権", "R4", "R5", "R6", "前年度比"]]
    body, fonts, inds, meta = [], [], [], []
    for a, rows in ACCOUNTS:
        body.append([a, "", "", "", ""]); fonts.append("G"); inds.append(0); meta.append(None)
        for lab, debt, ind, vals in rows:
            ratio = f"{vals[2] / vals[1] * 100:.1f}%"
            body.append([lab] + [f"{v:,}" for v in vals] + [ratio]); fonts.append("M"); inds.append(1 + ind)
            meta.append((debt, lab if debt is None or ind else debt, vals))
        if len(rows) > 1:
            s = SUBS[a]
            body.append(["小計"] + [f"{v:,}" for v in s] + [f"{s[2] / s[1] * 100:.1f}%"]); fonts.append("G"); inds.append(1)
            meta.append((None, f"{a}小計", s))
    body.append(["合計"] + [f"{v:,}" for v in GRAND] + [f"{GRAND[2] / GRAND[1] * 100:.1f}%"]); fonts.append("G"); inds.append(0)
    meta.append((None, "合計", GRAND))
    split = 11
    part1 = head + body[:split]
    table(pg, 56, colw, part1, 8.5, 16, "h", fonts=["G"] + fonts[:split], indents=[0] + inds[:split])
    for row, m in zip(body[:split], meta[:split]):
        if m:
            for (fy, yr), v in zip(YEARS, m[2]):
                add(m[0], fy, yr, "total", "outstanding", "actual", v * 1000, "yen", f"{v:,}", 2, debt_raw=m[1])
    pg.text(W - 56, pg.y + 6, "（次頁へ続く）", 8, "M", "right")

    pg = Pg(doc, num=3)
    table(pg, 56, colw, body[split:], 8.5, 16, "h", fonts=fonts[split:], indents=inds[split:], header_rows=0)
    for row, m in zip(body[split:], meta[split:]):
        if m:
            for (fy, yr), v in zip(YEARS, m[2]):
                add(m[0], fy, yr, "total", "outstanding", "actual", v * 1000, "yen", f"{v:,}", 3, debt_raw=m[1])
    pg.text(56, pg.y + 2, "注１）うち個人市民税・うち固定資産税は市税の内数。前年度比はR6÷R5。", 7.5)
    pg.y += 14
    pg.text(56, pg.y, "注２）下水道事業会計は、出納整理期間がないため３月末時点の額。", 7.5)
    pg.y += 22

    # 表2: years down the rows, debts × segment across, no % (単位：％)
    pg.text(56, pg.y, "表２　主な債権の収納率の推移（単位：％）", 10, "G")
    pg.y += 8
    head = [["年度", "市税", None, "国民健康保険料", None, "介護保険料", None],
            [None, "現年", "滞繰", "現年", "滞繰", "現年", "滞繰"]]
    colw2 = [60, 68, 68, 68, 68, 68, 68]
    rows2 = []
    for i, (fy, yr) in enumerate(RATE_YEARS):
        r = [yr]
        for d in ("市税", "国民健康保険料", "介護保険料"):
            c, a_ = RATES[d][i]
            r += [f"{c:.2f}", f"{a_:.2f}"]
            add(d, fy, yr, "current", "collection_rate", "actual", c, "percent", f"{c:.2f}", 3)
            add(d, fy, yr, "arrears", "collection_rate", "actual", a_, "percent", f"{a_:.2f}", 3)
        rows2.append(r)
    y_top = pg.y
    # custom header with spanning labels
    xs = [56]
    for w in colw2:
        xs.append(xs[-1] + w)
    pg.line((xs[0], y_top), (xs[-1], y_top), 0.8)
    pg.text((xs[0] + xs[1]) / 2, y_top + 20, "年度", 8.5, "G", "center")
    for k, d in enumerate(("市税", "国民健康保険料", "介護保険料")):
        xa, xb = xs[1 + 2 * k], xs[3 + 2 * k]
        pg.text((xa + xb) / 2, y_top + 11, d, 8.5, "G", "center")
        pg.line((xa, y_top + 15), (xb, y_top + 15), 0.4)
        pg.text((xa + xs[2 + 2 * k]) / 2, y_top + 26, "現年", 8.5, "G", "center")
        pg.text((xs[2 + 2 * k] + xb) / 2, y_top + 26, "滞繰", 8.5, "G", "center")
    pg.y = y_top + 30
    table(pg, 56, colw2, rows2, 8.5, 15, "full", header_rows=0, top=pg.y)
    pg.line((xs[0], y_top + 30), (xs[-1], y_top + 30), 0.8)
    for i, x in enumerate(xs):
        pg.line((x, y_top + (15 if i in (2, 4, 6) else 0)), (x, y_top + 30), 0.5)
    pg.y += 10

    # 表3: two halves side by side
    pg.text(56, pg.y, "表３　債権別の不納欠損額及び収入未済額（令和６年度決算）", 10, "G")
    pg.text(W - 56, pg.y, "（単位：千円）", 8, "M", "right")
    pg.y += 6
    y_top = pg.y
    half = [T3[:5], T3[5:]]
    colw3 = [105, 60, 70]
    for hi, names in enumerate(half):
        rows3 = [["債権名", "不納欠損額", "収入未済額"]]
        for n in names:
            rows3.append([n, f"{WO[n]:,}", f"{R6OUT[n]:,}"])
            debt = None if n == "その他" else n
            add(debt, 2024, "令和６年度決算", "total", "written_off", "actual", WO[n] * 1000, "yen", f"{WO[n]:,}", 3,
                debt_raw=n)
            add(debt, 2024, "令和６年度決算", "total", "outstanding", "actual", R6OUT[n] * 1000, "yen", f"{R6OUT[n]:,}", 3,
                debt_raw=n)
        table(pg, 56 + hi * 250, colw3, rows3, 8, 15, "full", top=y_top)


def page4(doc):
    """Landscape content drawn on a temporary page, placed sideways on a portrait page with /Rotate 90."""
    tmp = fitz.open()
    pg = Pg(tmp, landscape=True, num=4)
    pg.text(50, 40, "４　収入未済額と収納率の推移", 12, "G")
    # bar chart
    x0, y0, cw, ch = 60, 90, 360, 330
    pg.text(x0 + cw / 2, y0 - 10, "全会計の収入未済額の推移（単位：百万円）", 10, "G", "center")
    yrs = sorted(OUT_HIST)
    vmax = 4500
    pg.line((x0, y0 + ch), (x0 + cw, y0 + ch), 0.8)
    pg.line((x0, y0), (x0, y0 + ch), 0.8)
    for t in range(0, vmax + 1, 500):
        yy = y0 + ch - ch * t / vmax
        pg.line((x0 - 3, yy), (x0, yy), 0.5)
        pg.text(x0 - 5, yy + 3, f"{t:,}", 7, "M", "right")
    bw = cw / len(yrs)
    lab = {2018: "H30", 2019: "R元", 2020: "R2", 2021: "R3", 2022: "R4", 2023: "R5", 2024: "R6"}
    for i, fy in enumerate(yrs):
        v = OUT_HIST[fy] // 1_000_000
        bx = x0 + i * bw + bw * 0.2
        bh = ch * v / vmax
        pg.rect(fitz.Rect(bx, y0 + ch - bh, bx + bw * 0.6, y0 + ch), 0.4, fill=(0.55, 0.7, 0.85))
        pg.text(bx + bw * 0.3, y0 + ch - bh - 4, f"{v:,}", 7.5, "M", "center")
        pg.text(bx + bw * 0.3, y0 + ch + 12, lab[fy], 8, "M", "center")
    # line chart 市税収納率 (現年 / 滞繰) – two axes drawn as two panels
    lx, ly, lw, lh = 470, 90, 320, 140
    pg.text(lx + lw / 2, ly - 10, "市税収納率の推移（％）", 10, "G", "center")
    ryears = RATE_YEARS
    facts = []
    for k, (seg, lo, hi, label) in enumerate((("current", 98.0, 99.5, "現年課税分"), ("arrears", 22.0, 30.0, "滞納繰越分"))):
        top = ly + k * (lh + 50)
        pg.rect(fitz.Rect(lx, top, lx + lw, top + lh), 0.5)
        pg.text(lx + 4, top + 12, f"― {label}", 8, "G")
        pts = []
        for i, (fy, yr) in enumerate(ryears):
            v = RATES["市税"][i][k]
            px = lx + 25 + i * (lw - 50) / (len(ryears) - 1)
            py = top + lh - 15 - (lh - 40) * (v - lo) / (hi - lo)
            pts.append((px, py, v, fy, yr))
        for a, b in zip(pts, pts[1:]):
            pg.line(a[:2], b[:2], 1.2)
        for px, py, v, fy, yr in pts:
            pg.page.draw_circle((px, py), 2, color=(0, 0, 0), fill=(0, 0, 0))
            pg.text(px, py - 6, f"{v:.2f}", 7, "M", "center")
            pg.text(px, top + lh + 11, yr, 7.5, "M", "center")
            facts.append((seg, v, fy, yr))
    pg.text(50, 560, "※ 収入未済額は各年度の決算額（百万円未満四捨五入）。下水道事業会計を含む。", 8)
    page = doc.new_page(width=W, height=H)
    page.show_pdf_page(page.rect, tmp, 0, rotate=90)
    page.set_rotation(90)
    pno = doc.page_count
    # page number (drawn in unrotated space so that it reads upright after /Rotate 90)
    for i, fy in enumerate(yrs):
        v = OUT_HIST[fy] // 1_000_000
        add(None, fy, lab[fy], "total", "outstanding", "actual", v * 1_000_000, "yen", f"{v:,}", pno)
    for seg, v, fy, yr in facts:
        add("市税", fy, yr, seg, "collection_rate", "actual", v, "percent", f"{v:.2f}", pno)
    return pno


def debt_pages(doc, start):
    pno = start
    pg = Pg(doc, num=pno)
    pg.text(56, pg.y, "５　債権ごとの目標と取組", 12, "G")
    pg.y += 24
    for k, d in enumerate(DEBT_ORDER):
        if pg.y > 560:
            pno += 1
            pg = Pg(doc, num=pno)
        pg.text(56, pg.y, f"（{zen(k + 1)}）債権ごとの取組（{d}）", 10.5, "G")
        pg.y += 16
        # 【参考】 box or bracket heading
        o = R6OUT[d]
        c = REF[d]
        wo = WO[d]
        a = c + wo + o
        r = round(c / a * 100 + 1e-9, 2)
        if d == "国民健康保険料":
            pg.text(66, pg.y, "【収納率】令和７年１２月末時点", 9.5, "G")
            pg.y += 14
            for lab, seg, v in (("現年分", "current", 71.26), ("滞繰分", "arrears", 15.91)):
                pg.text(80, pg.y, f"・{lab}　{v:.2f}％", 9.5)
                add(d, 2025, "令和７年１２月末時点", seg, "collection_rate", "interim", v, "percent", f"{v:.2f}％", pno,
                    as_of="2025-12-31")
                pg.y += 14
            pg.y += 4
        box_top = pg.y
        wo_s = f"{wo:,}.4千円" if d == "介護保険料" else f"{wo:,}千円"
        wo_v = wo * 1000 + 400 if d == "介護保険料" else wo * 1000
        c_s, c_v = f"{c:,}千円", c * 1000
        if d == "介護保険料":  # decimals in 千円; 調定 = 収入済 + 欠損 + 未済 holds to the yen
            c_s, c_v = f"{c - 1:,}.6千円", c * 1000 - 400
        items = [("調定額", f"{a:,}千円", "assessed", a * 1000), ("収入済額", c_s, "collected", c_v),
                 ("不納欠損額", wo_s, "written_off", wo_v), ("収納率", f"{r:.2f}％", "collection_rate", r)]
        pg.text(66, pg.y + 13, "【参考】令和６年度決算", 9, "G")
        pg.y += 28
        xx = 76
        for lab, s, m, v in items:
            xx += pg.text(xx, pg.y, f"・{lab}：{s}", 9) + 12
            add(d, 2024, "令和６年度決算", "total", m, "actual", v, "percent" if m == "collection_rate" else "yen", s, pno)
        pg.y += 8
        pg.rect(fitz.Rect(60, box_top, W - 60, pg.y), 0.6)
        pg.y += 14
        # 目標 table
        tg = TARGETS[d]
        rows = [["区分", "令和８年度", "令和９年度", "令和10年度"],
                ["目標収納率（現年）"] + [f"{t[0]:.2f}％" for t in tg],
                ["目標収納率（滞繰）"] + [f"{t[1]:.2f}％" for t in tg],
                ["収入未済額の目標（百万円）"] + [f"{t[2]:,}" for t in tg]]
        table(pg, 66, [150, 100, 100, 100], rows, 8.5, 15, "full")
        for i, (fy, fyr) in enumerate(((2026, "令和８年度"), (2027, "令和９年度"), (2028, "令和10年度"))):
            add(d, fy, fyr, "current", "collection_rate", "target", tg[i][0], "percent", f"{tg[i][0]:.2f}％", pno)
            add(d, fy, fyr, "arrears", "collection_rate", "target", tg[i][1], "percent", f"{tg[i][1]:.2f}％", pno)
            add(d, fy, fyr, "total", "outstanding", "target", tg[i][2] * 1_000_000, "yen", f"{tg[i][2]:,}", pno)
        # 取組 (plain title, ア/イ, tags after 。 – one wrapped to the next line)
        pg.text(66, pg.y + 4, "主な取組", 9.5, "G")
        pg.y += 18
        for lab, text, st in INIT[d]:
            tag = f"【{st}】" if st else ""
            lines = wrap(f"{lab}　{text}{tag}", W - 76 - 86, 9, "M")
            if st and d == "市税" and lab == "イ":
                lines = wrap(f"{lab}　{text}", W - 76 - 86, 9, "M") + [tag]
            for i, ln in enumerate(lines):
                pg.text(86 if i == 0 else 100, pg.y, ln, 9)
                pg.y += 14
            INITS.append(initiative(d, 2026, "主な取組", lab, text, st, hint=pno))
        pg.y += 12
    # ６ 全庁的な取組 (boxed numbered list)
    pg.y += 10
    pg.text(56, pg.y, "６　全庁的な取組", 12, "G")
    pg.y += 10
    top = pg.y
    pg.y += 18
    for lab, text, st in ALL_INIT:
        lines = wrap(f"{lab}　{text}【{st}】" if st else f"{lab}　{text}", W - 90 - 80, 9.5, "M")
        for i, ln in enumerate(lines):
            pg.text(80 if i == 0 else 104, pg.y, ln, 9.5)
            pg.y += 15
        INITS.append(initiative(None, 2026, "全庁的な取組", lab, text, st, hint=pno))
    pg.rect(fitz.Rect(66, top, W - 66, pg.y - 4), 0.8)
    return pno


def main():
    doc = fitz.open()
    page1(doc)
    page2_3(doc)
    p4 = page4(doc)
    last = debt_pages(doc, p4 + 1)
    doc.set_metadata({"title": TITLE + SUB, "author": "小田原市", "producer": "PyMuPDF"})
    doc.subset_fonts()
    pdf = PDF / f"{STEM}.pdf"
    doc.save(pdf, garbage=4, deflate=True)
    doc.close()
    errs = locate(pdf, FACTS, "raw") + locate(pdf, INITS, "text")
    for e in errs:
        print("LOCATE", e)
    document = {"kind": "plan", "municipality": CITY, "title": TITLE + SUB, "date": "2026-03-01", "date_raw": "令和８年３月"}
    write_gold(STEM, pdf, document, FACTS, INITS)


if __name__ == "__main__":
    main()
