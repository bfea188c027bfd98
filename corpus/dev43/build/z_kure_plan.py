"""呉市債権管理推進計画（第２期） with a 推進シート per debt — PyMuPDF direct drawing.

Run from corpus/dev43:  python3 build/z_kure_plan.py
"""
from __future__ import annotations

import sys
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pymupdf as fitz

from z_common import FONT_IPAEX, Gold, PDF_DIR, check, kanma, rate, r2s, tri, zen

STEM = "z_kure_plan_1"
CITY = "呉市"
TITLE = "呉市債権管理推進計画（第２期）"
G = Gold(STEM, "plan", "plan", CITY, TITLE, "2025-03-01", "令和７年３月")

W, H = 595.0, 842.0
LM, RM = 56.0, 539.0
F_REG = fitz.Font(fontfile=FONT_IPAEX)
F_BOLD = F_REG   # bold is simulated with fill+stroke (keeps the embedded font subset small)
GRAYC = (0.85, 0.85, 0.85)
ZEBRA = (0.94, 0.95, 0.97)
HEADC = (0.80, 0.86, 0.93)

# ------------------------------------------------------------------------------------ data
YRS = list(range(2017, 2024))        # H29..R5
ERA = {2017: ("平成29年度", "(2017年度)"), 2018: ("平成30年度", "(2018年度)"), 2019: ("令和元年度", "(2019年度)"),
       2020: ("令和２年度", "(2020年度)"), 2021: ("令和３年度", "(2021年度)"), 2022: ("令和４年度", "(2022年度)"),
       2023: ("令和５年度", "(2023年度)")}


def q(x, places=0):
    return int(Decimal(x).quantize(Decimal(1), rounding=ROUND_HALF_UP)) if places == 0 else x


def gen(aa0, ca, cr, ar, wr):
    """Yearly yen figures; 滞納繰越分の調定額 = 前年度末の収入未済額."""
    out = {}
    aa = aa0
    for k, y in enumerate(YRS):
        cc = q(Decimal(ca[k]) * Decimal(cr[k]) / 100)
        ac = q(Decimal(aa) * Decimal(ar[k]) / 100)
        w = q(Decimal(aa) * Decimal(wr[k]) / 100)
        o = ca[k] + aa - cc - ac - w
        out[y] = dict(ca=ca[k], cc=cc, aa=aa, ac=ac, w=w, ta=ca[k] + aa, tc=cc + ac, out=o,
                      cr=rate(cc, ca[k]), ar=rate(ac, aa), tr=rate(cc + ac, ca[k] + aa))
        aa = o
    return out


KOKUHO = gen(1_086_412_370,
             [3_712_405_180, 3_688_912_440, 3_651_207_960, 3_598_774_310, 3_540_118_620, 3_476_902_550, 3_420_355_870],
             ["91.20", "91.85", "92.40", "92.95", "93.40", "93.80", "94.12"],
             ["17.50", "18.40", "19.60", "20.90", "22.00", "23.10", "24.30"],
             ["11.20", "10.80", "10.40", "10.10", "9.80", "9.50", "9.20"])
KOKUHO_HH = [4_812, 4_655, 4_430, 4_318, 4_102, 3_954, 3_771]
HOIKU = gen(58_406_220,
            [612_480_300, 605_118_900, 488_206_450, 356_902_100, 349_551_800, 341_207_650, 336_118_400],
            ["98.10", "98.22", "98.30", "98.41", "98.55", "98.70", "98.85"],
            ["15.20", "16.10", "17.40", "18.80", "19.70", "20.90", "22.10"],
            ["6.10", "6.40", "6.80", "7.20", "7.50", "7.90", "8.20"])
HOIKU_HH = [412, 398, 356, 301, 276, 254, 231]

# 表１ (千円), 令和元年度..令和５年度
OUT_YEARS = [2019, 2020, 2021, 2022, 2023]
TABLE1 = [
    ("市税", "市税", [612_480, 655_903, 571_226, 520_118, 482_507]),
    ("国民健康保険料", "国民健康保険料", [q(Decimal(KOKUHO[y]["out"]) / 1000) for y in OUT_YEARS]),
    ("介護保険料", "介護保険料", [98_412, 101_227, 95_330, 90_118, 86_402]),
    ("保育所保育料", "保育所保育料", [q(Decimal(HOIKU[y]["out"]) / 1000) for y in OUT_YEARS]),
    ("市営住宅使用料", "市営住宅使用料", [121_506, 118_440, 112_905, 108_733, 103_618]),
    ("下水道使用料", "下水道使用料", [64_211, 66_905, 61_337, 58_002, 55_419]),
    ("災害援護資金貸付金", "災害援護資金貸付金", [3_120, 2_480, 1_260, 410, 0]),
    (None, "その他", [80_118, 84_503, 79_911, 77_406, 74_288]),
]
TOTAL1 = [sum(r[2][k] for r in TABLE1) for k in range(5)]

# 表２ 現年分収納率 (％) H29..R5
TABLE2 = [
    ("市税", ["98.61", "98.74", "98.85", "97.80", "98.92", "99.03", "99.10"]),
    ("国民健康保険料", [r2s(KOKUHO[y]["cr"]) for y in YRS]),
    ("介護保険料", ["98.95", "99.02", "99.08", "98.87", "99.11", "99.15", "99.20"]),
    ("保育所保育料", [r2s(HOIKU[y]["cr"]) for y in YRS]),
    ("市営住宅使用料", ["96.12", "96.40", "96.55", "95.98", "96.71", "96.90", "97.05"]),
    ("下水道使用料", ["98.80", "98.86", "98.91", "98.62", "98.97", "99.01", "99.06"]),
]


# ------------------------------------------------------------------------------------ drawing
class Pdf:
    def __init__(self):
        self.doc = fitz.open()
        self.page = None
        self.no = 0

    def new(self, running=True):
        self.page = self.doc.new_page(width=W, height=H)
        self.no += 1
        G.page = self.no
        self.page.insert_font(fontname="reg", fontfile=FONT_IPAEX)
        if running:
            self.text(RM, 34, "呉市債権管理推進計画（第２期）", 7.5, align="right", color=(0.35, 0.35, 0.35))
            self.page.draw_line((LM, 40), (RM, 40), color=(0.5, 0.5, 0.5), width=0.4)
            self.text(W / 2, H - 30, f"－ {self.no - 1} －", 9, align="center")
        return self.page

    def text(self, x, y, s, size=9.5, bold=False, align="left", color=(0, 0, 0)):
        f = F_BOLD if bold else F_REG
        wdt = f.text_length(s, fontsize=size)
        if align == "right":
            x -= wdt
        elif align == "center":
            x -= wdt / 2
        if bold:
            self.page.insert_text((x, y), s, fontsize=size, fontname="reg", color=color, fill=color,
                                  render_mode=2, border_width=0.04)
        else:
            self.page.insert_text((x, y), s, fontsize=size, fontname="reg", color=color)
        return wdt

    def wrap(self, s, width, size, indent_first=0.0):
        lines, cur = [], ""
        lim = width - indent_first
        for ch in s:
            if F_REG.text_length(cur + ch, fontsize=size) > lim and ch not in "、。）」":
                lines.append(cur)
                cur = ch
                lim = width
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, s, width, size=9.5, lead=1.6, first=0.0, hang=0.0):
        """Paragraph; returns the next y."""
        lines = self.wrap(s, width - hang, size, indent_first=first - hang)
        for k, ln in enumerate(lines):
            self.text(x + (first if k == 0 else hang), y, ln, size)
            y += size * lead
        return y

    def table(self, x0, y0, cols, rows, *, head=1, size=8, rowh=15, style="grid", aligns=None, fills=None,
              bold_rows=()):
        """cols: column widths; rows: list of lists of str (a cell may hold '\\n').  Returns bottom y."""
        xs = [x0]
        for c in cols:
            xs.append(xs[-1] + c)
        y = y0
        p = self.page
        for ri, row in enumerate(rows):
            nl = max(len(str(c).split("\n")) for c in row)
            hgt = rowh * (1 if nl == 1 else 0.72 * nl + 0.2)
            rect = fitz.Rect(xs[0], y, xs[-1], y + hgt)
            if ri < head:
                p.draw_rect(rect, color=None, fill=HEADC if style != "grid" else GRAYC, width=0)
            elif style == "zebra" and (ri - head) % 2 == 1:
                p.draw_rect(rect, color=None, fill=ZEBRA, width=0)
            if fills and fills.get(ri):
                p.draw_rect(rect, color=None, fill=fills[ri], width=0)
            for ci, cell in enumerate(row):
                if cell is None:
                    continue
                parts = str(cell).split("\n")
                al = "center" if ri < head else (aligns[ci] if aligns else "left")
                for k, part in enumerate(parts):
                    ty = y + (hgt - len(parts) * size * 1.25) / 2 + size * (1.0 + 1.25 * k)
                    if al == "right":
                        self.text(xs[ci + 1] - 3, ty, part, size, bold=ri in bold_rows, align="right")
                    elif al == "center":
                        self.text((xs[ci] + xs[ci + 1]) / 2, ty, part, size, align="center", bold=ri in bold_rows)
                    else:
                        self.text(xs[ci] + 3, ty, part, size, bold=ri in bold_rows)
            # rules
            if style == "grid":
                p.draw_rect(rect, color=(0, 0, 0), width=0.5)
                for xv in xs[1:-1]:
                    p.draw_line((xv, y), (xv, y + hgt), color=(0, 0, 0), width=0.5)
            else:
                lw = 0.9 if ri in (0, head) else 0.3
                p.draw_line((xs[0], y), (xs[-1], y), color=(0.2, 0.2, 0.2), width=lw)
            y += hgt
        if style != "grid":
            p.draw_line((xs[0], y), (xs[-1], y), color=(0, 0, 0), width=0.9)
        return y


def yen_or_dash(v):
    return kanma(v) if v else "－"


# ------------------------------------------------------------------------------------ pages
def p_cover(P):
    P.new(running=False)
    p = P.page
    p.draw_rect(fitz.Rect(70, 250, 525, 420), color=(0.15, 0.3, 0.55), width=2)
    P.text(W / 2, 315, "呉市債権管理推進計画", 26, bold=True, align="center")
    P.text(W / 2, 355, "（第２期）", 18, bold=True, align="center")
    P.text(W / 2, 395, "計画期間　令和７年度～令和１１年度", 12, align="center")
    P.text(W / 2, 640, "令和７年３月", 14, align="center")
    P.text(W / 2, 690, "呉　　市", 18, bold=True, align="center")


def p_toc_ch1(P):
    P.new()
    P.text(W / 2, 80, "目　　次", 14, bold=True, align="center")
    toc = [("第１章　計画の基本的事項", "1"), ("　1-1　計画の目的", "1"), ("　1-2　計画期間及び対象債権", "1"),
           ("第２章　債権の現状", "2"), ("　2-1　収入未済額の推移", "2"), ("　2-2　収納率の推移", "3"),
           ("第３章　債権ごとの推進シート", "4"), ("　3-1　国民健康保険料", "4"), ("　3-2　保育所保育料", "6")]
    y = 108
    for t, pg in toc:
        w = P.text(LM + 40, y, t, 10)
        P.text(RM - 40, y, pg, 10, align="right")
        dots_x = LM + 40 + w + 6
        P.text(dots_x, y, "・" * int((RM - 60 - dots_x) / 10), 10, color=(0.4, 0.4, 0.4))
        y += 17
    y += 14
    P.page.draw_line((LM, y - 12), (RM, y - 12), color=(0, 0, 0), width=0.6)
    P.text(LM, y + 6, "第１章　計画の基本的事項", 13, bold=True)
    y += 30
    P.text(LM, y, "1-1　計画の目的", 11, bold=True)
    y += 18
    y = P.para(LM, y, "本市では、令和２年３月に「呉市債権管理推進計画」を策定し、全庁的な滞納整理の強化と納付環境の整備に"
               "取り組んできた。前計画の成果と課題を踏まえ、市民負担の公平性の確保と安定した財政運営のため、"
               "第２期の計画を定める。", RM - LM, first=10)
    y += 8
    P.text(LM, y, "1-2　計画期間及び対象債権", 11, bold=True)
    y += 18
    P.text(LM + 6, y, "（１）計画期間", 10); y += 16
    P.text(LM + 24, y, "令和７年度から令和１１年度までの５年間", 9.5); y += 18
    P.text(LM + 6, y, "（２）対象債権", 10); y += 16
    P.text(LM + 24, y, "ア　強制徴収公債権　　国民健康保険料、介護保険料、保育所保育料、下水道使用料", 9.5); y += 15
    P.text(LM + 24, y, "イ　私債権　　　　　　市営住宅使用料、災害援護資金貸付金", 9.5); y += 15
    P.text(LM + 24, y, "ウ　市税は、呉市税等収納率向上計画により別に管理する。", 9.5); y += 20
    P.text(LM + 6, y, "（３）前計画の成果", 10); y += 16
    t0, t5 = TOTAL1[0], TOTAL1[4]
    oku = lambda v: Decimal(v) / 100000     # 千円 → 億円
    r1 = oku(t0).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    r5 = oku(t5).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    dd = r1 - r5
    s = ("前計画の対象債権の収入未済額は、令和元年度決算の"
         + G.f(f"約{zen(r2s(r1))}億円", int(r1 * 100_000_000), "outstanding", 2019, "令和元年度", approx=True,
               debt_raw="対象債権")
         + "から令和５年度決算の"
         + G.f(f"約{zen(r2s(r5))}億円", int(r5 * 100_000_000), "outstanding", 2023, "令和５年度", approx=True,
               debt_raw="対象債権")
         + "へ、"
         + G.f(f"約{zen(r2s(dd))}億円", -int(dd * 100_000_000), "difference", 2023, "令和５年度", approx=True,
               debt_raw="対象債権")
         + "縮減した。一方、国民健康保険料の滞納繰越分は収納率が"
         + G.f(f"{zen(r2s(KOKUHO[2023]['ar']))}％", KOKUHO[2023]["ar"], "collection_rate", 2023, "令和５年度",
               seg="arrears", debt="国民健康保険料")
         + "にとどまっており、引き続き重点的な対応が必要である。")
    y = P.para(LM + 24, y, s, RM - LM - 24)


def p_ch2(P):
    P.new()
    P.text(LM, 70, "第２章　債権の現状", 13, bold=True)
    P.text(LM, 94, "2-1　収入未済額の推移", 11, bold=True)
    y = P.para(LM, 114, "対象債権の収入未済額は、令和２年度に新型コロナウイルス感染症の影響で一時増加したが、その後は"
               "各年度とも減少している（表１、図１）。", RM - LM, first=10)
    # caption over the box
    P.text(LM, y + 8, "表１　主な債権の収入未済額の推移（単位：千円）", 9.5, bold=True)
    box_top = y + 14
    hdr = ["債権名", "令和元年度", "２年度", "３年度", "４年度", "５年度", "増減\n(5年度-元年度)"]
    rows = [hdr]
    yl = ["令和元年度", "２年度", "３年度", "４年度", "５年度"]
    for debt, printed, vals in TABLE1:
        row = [printed]
        for k, v in enumerate(vals):
            y_ = OUT_YEARS[k]
            if v == 0:
                row.append("－")
            else:
                row.append(G.f(kanma(v), v * 1000, "outstanding", y_, yl[k], debt=debt, debt_raw=printed))
        d = vals[4] - vals[0]
        if vals[4] == 0:
            row.append("皆減")
        else:
            row.append(G.f(tri(d), d * 1000, "difference", 2023, "5年度-元年度", debt=debt, debt_raw=printed))
        rows.append(row)
    row = ["合計"]
    for k, v in enumerate(TOTAL1):
        row.append(G.f(kanma(v), v * 1000, "outstanding", OUT_YEARS[k], yl[k], debt_raw="合計"))
    d = TOTAL1[4] - TOTAL1[0]
    row.append(G.f(tri(d), d * 1000, "difference", 2023, "5年度-元年度", debt_raw="合計"))
    rows.append(row)
    G.tables.append({"page": P.no, "bbox": None, "rows": rows})
    cols = [92, 62, 62, 62, 62, 62, 65]
    bottom = P.table(LM + 8, box_top + 8, cols, rows, size=8, rowh=16, style="zebra",
                     aligns=["left"] + ["right"] * 6, bold_rows=(len(rows) - 1,))
    P.page.draw_rect(fitz.Rect(LM, box_top, RM, bottom + 22), color=(0, 0, 0), width=0.8)
    P.text(LM + 8, bottom + 14, "資料：各年度　呉市一般会計・特別会計歳入歳出決算書（「その他」は上記以外の２１債権の計）", 7.5)
    # chart
    y = bottom + 50
    P.text(LM, y, "図１　収入未済額（合計）の推移（単位：百万円）", 9.5, bold=True)
    cx0, cy0, cx1, cy1 = LM + 40, y + 20, RM - 20, y + 200
    p = P.page
    p.draw_line((cx0, cy1), (cx1, cy1), color=(0, 0, 0), width=0.8)
    p.draw_line((cx0, cy0), (cx0, cy1), color=(0, 0, 0), width=0.8)
    vmax = 2000
    for gv in (500, 1000, 1500, 2000):
        gy = cy1 - (cy1 - cy0) * gv / vmax
        p.draw_line((cx0, gy), (cx1, gy), color=(0.8, 0.8, 0.8), width=0.3)
        P.text(cx0 - 4, gy + 3, kanma(gv), 7, align="right", color=(0.3, 0.3, 0.3))
    n = len(TOTAL1)
    slot = (cx1 - cx0) / n
    for k, v in enumerate(TOTAL1):
        mil = (Decimal(v) / 1000).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        bh = float(cy1 - cy0) * float(mil) / vmax
        bx = cx0 + slot * k + slot * 0.25
        p.draw_rect(fitz.Rect(bx, cy1 - bh, bx + slot * 0.5, cy1), color=None, fill=(0.27, 0.45, 0.70))
        lab = f"{float(mil):,.1f}"
        P.text(bx + slot * 0.25, cy1 - bh - 4, G.f(lab, int(mil * 1_000_000), "outstanding", OUT_YEARS[k],
                                                    ["R1", "R2", "R3", "R4", "R5"][k], debt_raw="合計"),
               7.5, align="center")
        P.text(bx + slot * 0.25, cy1 + 12, ["R1", "R2", "R3", "R4", "R5"][k], 8, align="center")


def p_ch2b(P):
    P.new()
    P.text(LM, 70, "2-2　収納率の推移", 11, bold=True)
    P.text(LM, 92, "表２　債権別　現年分収納率の推移（単位：％）", 9.5, bold=True)
    first = YRS[:4]
    hdr = ["債権名"] + [f"{ERA[y][0]}\n{ERA[y][1]}" for y in first]
    rows = [hdr]
    for debt, vals in TABLE2:
        row = [debt]
        for k, y in enumerate(first):
            v = vals[k]
            raw = v
            if debt == "市税" and y == 2020:
                row.append(G.f(v, v, "collection_rate", y, ERA[y][0], seg="current", debt=debt) + "※1")
                continue
            row.append(G.f(raw, v, "collection_rate", y, ERA[y][0], seg="current", debt=debt))
        rows.append(row)
    G.tables.append({"page": P.no, "bbox": None, "rows": rows})
    bottom = P.table(LM, 100, [115, 92, 92, 92, 92], rows, size=8.5, rowh=17, style="grid",
                     aligns=["left"] + ["right"] * 4)
    P.text(RM, bottom + 12, "（次ページへ続く）", 8, align="right")
    P.text(LM, bottom + 26, "※1　令和２年度は、新型コロナウイルス感染症に係る徴収猶予の特例により一時的に低下した。", 8)
    # two-column commentary
    y0 = bottom + 56
    P.text(LM, y0, "【収納率の動向】", 10, bold=True)
    colw = (RM - LM - 18) / 2
    left = ("国民健康保険料の現年分収納率は、口座振替の原則化と早期催告の徹底により、令和５年度は"
            + G.f(f"{zen(r2s(KOKUHO[2023]['cr']))}％", KOKUHO[2023]["cr"], "collection_rate", 2023, "令和５年度",
                  seg="current", debt="国民健康保険料")
            + "まで上昇した。平成２９年度と比べると"
            + G.f(f"{zen(r2s(KOKUHO[2023]['cr'] - KOKUHO[2017]['cr']))}ポイント",
                  KOKUHO[2023]["cr"] - KOKUHO[2017]["cr"], "difference", 2023, "令和５年度", seg="current",
                  debt="国民健康保険料", unit="points")
            + "の改善である。一方、被保険者の高齢化と所得の伸び悩みにより、滞納繰越分の縮減には時間を要している。")
    right = ("保育所保育料は、令和元年１０月の幼児教育・保育の無償化により調定額が大きく減少した。現年分の収納率は"
             + G.f(f"{zen(r2s(HOIKU[2023]['cr']))}％", HOIKU[2023]["cr"], "collection_rate", 2023, "令和５年度",
                   seg="current", debt="保育所保育料")
             + "と高い水準にあるが、卒園後の滞納繰越分は接触が難しく、収入未済額の大半を占めている。")
    P.page.draw_line((LM + colw + 9, y0 + 10), (LM + colw + 9, y0 + 150), color=(0.6, 0.6, 0.6), width=0.4)
    P.para(LM, y0 + 22, left, colw, size=9, first=9)
    P.para(LM + colw + 18, y0 + 22, right, colw, size=9, first=9)


def sheet_rows(data, hh, years, labels, as_yen=True):
    """Rows for the 収納状況 table of a 推進シート (円), header excluded."""
    out = []
    for seg, seglab, keys in [("current", "現年分", ("ca", "cc", "cr")), ("arrears", "滞納繰越分", ("aa", "ac", "ar")),
                              ("total", "合計", ("ta", "tc", "tr"))]:
        for j, (lab, metric, key) in enumerate(zip(["調定額※", "収入済額", "収納率"],
                                                   ["assessed", "collected", "collection_rate"], keys)):
            row = [seglab if j == 0 else "", lab]
            out.append((row, seg, metric, key))
    out.append((["不納欠損額", ""], "total", "written_off", "w"))
    out.append((["収入未済額", ""], "total", "outstanding", "out"))
    out.append((["滞納世帯数（世帯）", ""], "total", "delinquents", "hh"))
    return out


def sheet_table(P, y, debt, data, hh, years, labels, repeat_header, rowh=18, limit=785):
    hdr = ["区分", "項目"] + labels
    body = []
    for row, seg, metric, key in sheet_rows(data, hh, years, labels):
        cells = list(row)
        for k, yv in enumerate(years):
            if key == "hh":
                v = hh[YRS.index(yv)]
                cells.append((kanma(v), v, "households"))
            elif metric == "collection_rate":
                v = data[yv][key]
                cells.append((r2s(v), v, "percent"))
            else:
                v = data[yv][key]
                cells.append((kanma(v), v, "yen"))
        body.append((cells, seg, metric))
    cols = [60, 76] + [(RM - LM - 136) / len(years)] * len(years)

    def emit(chunk):
        rows = []
        for cells, seg, metric in chunk:
            out = cells[:2]
            for k, (raw, v, unit) in enumerate(cells[2:]):
                out.append(G.f(raw, v, metric, years[k], labels[k].split("\n")[0], seg=seg, debt=debt,
                               unit=unit))
            rows.append(out)
        return rows

    split_at = int((limit - y - rowh * 1.64) / rowh)
    split_at = max(2, min(split_at, len(body) - 3))
    part1 = emit(body[:split_at])
    bottom = P.table(LM, y, cols, [hdr] + part1, size=7.5, rowh=rowh, style="grid",
                     aligns=["left", "left"] + ["right"] * len(years))
    G.tables.append({"page": P.no, "bbox": None, "rows": [hdr] + part1})
    return bottom, body[split_at:], hdr, cols, emit


def p_sheet(P, debt, data, hh, years, labels, repeat_header, intro, issues, targets, prev_targets, items,
            note, start_y=None):
    y = start_y if start_y is not None else 70
    P.text(LM, y, f"3-{1 if debt == '国民健康保険料' else 2}　債権ごとの推進シート（{debt}）", 11, bold=True)
    y += 20
    P.text(LM, y, "（１）債権の概要", 10, bold=True)
    y = P.para(LM + 12, y + 16, intro, RM - LM - 12, size=9) + 2
    P.text(LM, y + 4, "（２）現状と課題", 10, bold=True)
    y += 20
    for k, t in enumerate(issues):
        y = P.para(LM + 12, y, "アイウエ"[k] + "　" + t, RM - LM - 12, size=9, hang=14)
    P.text(LM, y + 4, "（３）収納状況の推移（単位：円）", 10, bold=True)
    bottom, rest, hdr, cols, emit = sheet_table(P, y + 12, debt, data, hh, years, labels, repeat_header)
    P.text(RM, bottom + 11, "（次ページに続く）", 7.5, align="right")
    # ---- next page: the rest of the table
    P.new()
    part2 = emit(rest)
    rows = ([hdr] if repeat_header else []) + part2
    y = P.table(LM, 56, cols, rows, head=1 if repeat_header else 0, size=7.5, rowh=18, style="grid",
                aligns=["left", "left"] + ["right"] * len(years))
    G.tables.append({"page": P.no, "bbox": None, "rows": rows})
    for n in note:
        y += 11
        P.text(LM, y, n, 7.5)
    # previous plan: 目標 | 実績 | 達成率 per year
    y += 22
    P.text(LM, y, "（４）前計画の目標と実績（単位：％）", 10, bold=True)
    py = [2020, 2021, 2022, 2023]
    pl = ["R2", "R3", "R4", "R5"]
    hdr2 = ["区分"] + [f"{l}\n目標" if j == 0 else ("実績" if j == 1 else "達成率") for l in pl for j in range(3)]
    rows = [hdr2]
    for seg, lab, key in [("current", "現年分", "cr"), ("arrears", "滞繰分", "ar")]:
        row = [lab]
        for k, yv in enumerate(py):
            t = prev_targets[seg][k]
            a = data[yv][key]
            row.append(G.f(t, t, "collection_rate", yv, pl[k], seg=seg, basis="target", debt=debt))
            row.append(G.f(r2s(a), a, "collection_rate", yv, pl[k], seg=seg, debt=debt))
            row.append(r2s(rate(a, Decimal(t))))        # 達成率: not one of the six metrics, not in the gold
        rows.append(row)
    y = P.table(LM, y + 8, [52] + [(RM - LM - 52) / 12] * 12, rows, size=7, rowh=17, style="grid",
                aligns=["left"] + ["right"] * 12)
    G.tables.append({"page": P.no, "bbox": None, "rows": rows})
    P.text(LM, y + 10, "※達成率＝実績÷目標×100", 7.5)
    # new targets (R7..R11): metric rows, years across
    y += 30
    P.text(LM, y, "（５）計画期間の目標", 10, bold=True)
    ty = [2025, 2026, 2027, 2028, 2029]
    tl = ["令和７年度", "令和８年度", "令和９年度", "令和10年度", "令和11年度"]
    rows = [["項目"] + tl]
    for lab, seg, metric, vals, unit in [("現年分収納率（％）", "current", "collection_rate", targets["current"], "percent"),
                                         ("滞納繰越分収納率（％）", "arrears", "collection_rate", targets["arrears"], "percent"),
                                         ("収入未済額の目標（円）", "total", "outstanding", targets["out"], "yen")]:
        row = [lab]
        for k, v in enumerate(vals):
            raw = kanma(v) if unit == "yen" else v
            row.append(G.f(raw, v, metric, ty[k], tl[k], seg=seg, basis="target", debt=debt, unit=unit))
        rows.append(row)
    y = P.table(LM, y + 8, [120] + [(RM - LM - 120) / 5] * 5, rows, size=8, rowh=16, style="zebra",
                aligns=["left"] + ["right"] * 5)
    G.tables.append({"page": P.no, "bbox": None, "rows": rows})
    # 取組: (1) headings, ア イ items, tags after 。 / alone on a line
    y += 22
    P.text(LM, y, "（６）目標達成に向けた取組", 10, bold=True)
    y += 16
    for sect, its in items:
        P.text(LM + 8, y, sect, 9.5, bold=True)
        y += 15
        for k, (lab, text, st, alone) in enumerate(its):
            if alone:
                y = P.para(LM + 18, y, f"{lab}　{text}", RM - LM - 18, size=9, hang=14)
                P.text(RM - 2, y - 2, f"【{st}】", 9, align="right")
                y += 12
            else:
                y = P.para(LM + 18, y, f"{lab}　{text}【{st}】", RM - LM - 18, size=9, hang=14)
            G.i(text, debt=debt, fy=2025, section="目標達成に向けた取組", label=lab, status=st)
        y += 4
    return y


def build():
    P = Pdf()
    p_cover(P)
    p_toc_ch1(P)
    p_ch2(P)
    p_ch2b(P)
    # page 5: 表２ continued with its right-hand columns, then the first 推進シート
    P.new()
    P.text(LM, 70, "表２　債権別　現年分収納率の推移（続き）（単位：％）", 9.5, bold=True)
    later = YRS[4:]
    hdr = ["債権名"] + [f"{ERA[y][0]}\n{ERA[y][1]}" for y in later]
    rows = [hdr]
    for debt, vals in TABLE2:
        rows.append([debt] + [G.f(vals[4 + k], vals[4 + k], "collection_rate", y, ERA[y][0], seg="current",
                                  debt=debt) for k, y in enumerate(later)])
    G.tables.append({"page": P.no, "bbox": None, "rows": rows})
    bottom = P.table(LM, 78, [115, 92, 92, 92], rows, size=8.5, rowh=17, style="grid",
                     aligns=["left"] + ["right"] * 3)
    P.text(LM, bottom + 12, "資料：呉市財務部収納課調べ", 7.5)
    P.page.draw_line((LM, bottom + 26), (RM, bottom + 26), color=(0, 0, 0), width=0.6)
    P.text(LM, bottom + 46, "第３章　債権ごとの推進シート", 13, bold=True)
    y5 = bottom + 72
    kyears = [2019, 2020, 2021, 2022, 2023]
    klabels = [f"{ERA[y][0]}\n{ERA[y][1]}" for y in kyears]
    kissues = [
        "現年分の収納率は前計画期間に毎年上昇したが、滞納繰越分の収納率は各年度とも目標に届かなかった。",
        "収入未済額の約７割を滞納繰越分が占めており、長期・高額の滞納事案の整理が課題である。",
        "滞納世帯数は、平成２９年度末の"
        + G.f("４，８１２世帯", KOKUHO_HH[0], "delinquents", 2017, "平成２９年度末", debt="国民健康保険料",
              unit="households")
        + "から着実に減少している。",
    ]
    y = p_sheet(P, "国民健康保険料", KOKUHO, KOKUHO_HH, kyears, klabels, repeat_header=True,
            intro="国民健康保険法第７６条に基づき世帯主から徴収する強制徴収公債権（時効２年）。所管：保険年金課",
            issues=kissues,
            targets={"current": ["94.40", "94.60", "94.80", "95.00", "95.20"],
                     "arrears": ["25.00", "25.50", "26.00", "26.50", "27.00"],
                     "out": [548_000_000, 522_000_000, 497_000_000, 473_000_000, 450_000_000]},
            prev_targets={"current": ["92.80", "93.20", "93.60", "94.00"], "arrears": ["24.00", "25.50", "27.00", "28.50"]},
            items=[("ア　滞納の未然防止", [
                        ("(ｱ)", "新規加入世帯に口座振替を原則とする案内を行い、Ｗｅｂ口座振替受付の利用を広げる。", "継続", False),
                        ("(ｲ)", "納期限後１０日以内にＳＭＳによる納付案内を送信する。", "新規", True)]),
                   ("イ　滞納整理の強化", [
                        ("(ｱ)", "預貯金等の照会を電子化し、財産調査から差押えまでの期間を短縮するとともに、給与及び年金の差押えを計画的に行う。", "拡充", False),
                        ("(ｲ)", "納付が見込めない世帯は、生活困窮者自立支援の窓口と連携して実態を把握し、執行停止を適切に判断する。", "継続", True)])],
            note=["※　調定額は、還付未済額を除く。",
                  "※　令和５年度末の収入未済額には、旧国民健康保険税分を含まない。同税分の収入未済額は "
                  + G.f("3,456,789円", 3_456_789, "outstanding", 2023, "令和５年度末", debt="国民健康保険税",
                        page=P.no + 1) + " である。"],
            start_y=y5)
    # 保育所保育料: the table is cut by a page break without its header repeated
    hyears = [2019, 2020, 2021, 2022, 2023]
    hlabels = ["R1", "R2", "R3", "R4", "R5"]
    def oku(v):
        return (Decimal(v) / 100_000_000).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    y += 24
    P.page.draw_line((LM, y - 14), (RM, y - 14), color=(0.6, 0.6, 0.6), width=0.4)
    hpage = P.no
    hissues = [
        "無償化により現年分の調定額は、平成３０年度の"
        + G.f(f"約{zen(r2s(oku(HOIKU[2018]['ca'])))}億円", int(oku(HOIKU[2018]["ca"]) * 100_000_000), "assessed",
              2018, "平成３０年度", seg="current", debt="保育所保育料", approx=True, page=hpage)
        + "から令和５年度は"
        + G.f(f"約{zen(r2s(oku(HOIKU[2023]['ca'])))}億円", int(oku(HOIKU[2023]["ca"]) * 100_000_000), "assessed",
              2023, "令和５年度", seg="current", debt="保育所保育料", approx=True, page=hpage)
        + "に減少した。",
        "収入未済額の大半は、卒園した児童の世帯の滞納繰越分である。",
    ]
    p_sheet(P, "保育所保育料", HOIKU, HOIKU_HH, hyears, hlabels, repeat_header=False,
                intro="児童福祉法第５６条に基づく保育所等の利用者負担額（強制徴収公債権、時効５年）。所管：保育課",
                issues=hissues,
                targets={"current": ["98.90", "98.95", "99.00", "99.05", "99.10"],
                         "arrears": ["23.00", "24.00", "25.00", "26.00", "27.00"],
                         "out": [21_000_000, 19_500_000, 18_000_000, 16_500_000, 15_000_000]},
                prev_targets={"current": ["98.40", "98.50", "98.60", "98.70"], "arrears": ["18.00", "19.50", "21.00", "22.50"]},
                items=[("ア　在園中の早期対応", [
                            ("(ｱ)", "児童手当からの申出による徴収を在園中の滞納世帯に勧める。", "継続", False),
                            ("(ｲ)", "滞納２か月で園長を通じた納付相談の案内を行う。", "新規", False)]),
                       ("イ　卒園後の滞納繰越分", [
                            ("(ｱ)", "卒園時に未納額と納付方法を記した通知を手渡しし、分納誓約を結ぶ。", "継続", True),
                            ("(ｲ)", "財産調査の結果に応じて差押え又は執行停止を判断する。", "拡充", False)])],
                note=["※　調定額は、還付未済額を除く。滞納世帯数は各年度末現在。"],
                start_y=y)
    dst = PDF_DIR / f"{STEM}.pdf"
    P.doc.set_metadata({"title": TITLE, "author": "呉市財務部収納課", "creator": "z_kure_plan.py"})
    P.doc.subset_fonts()
    P.doc.save(dst, garbage=4, deflate=True)
    gp = G.write(dst)
    return check(dst, gp)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
