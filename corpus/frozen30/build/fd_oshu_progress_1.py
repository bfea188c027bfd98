"""fd_oshu_progress_1: a mid-year 収納状況・取組状況（中間報告） as of 令和６年２月末.

Tool chain: PyMuPDF drawing directly (IPAex fonts, subset on save).
Run from corpus/frozen30:  python3 build/fd_oshu_progress_1.py
"""
from __future__ import annotations

import sys
from pathlib import Path

import fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fd_common import Gold, PDF_DIR, check, num, rate, rdiff, tri, write_gold, zen  # noqa: E402

STEM = "fd_oshu_progress_1"
CITY = "奥州市"
TITLE = "令和５年度 市税等の収納状況及び収納対策の取組状況（中間報告）"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FG = fitz.Font(fontfile=GOTHIC)
FM = fitz.Font(fontfile=MINCHO)
g = Gold()

FY, PFY = 2023, 2022
ASOF, PASOF = "2024-02-29", "2023-02-28"
CANON = {"市税": "市税", "国民健康保険税": "国民健康保険料", "介護保険料": "介護保険料",
         "後期高齢者医療保険料": "後期高齢者医療保険料", "保育所保育料": "保育所保育料",
         "市営住宅使用料": "市営住宅使用料", "下水道使用料": "下水道使用料"}
DEBTS = list(CANON)

# ---------------------------------------------------------------- data (千円)
# 市税 現年分 by 地域 at 2月末: (調定額, 収納率 now, 収納率 same month last year)
AREAS = [("水沢区", 6421508, 96.95, 96.58), ("江刺区", 2038215, 96.12, 95.90), ("前沢区", 1048322, 96.48, 96.21),
         ("胆沢区", 1232640, 96.77, 96.52), ("衣川区", 402196, 98.41, 97.96)]
AREA_C = {n: round(a * r / 100) for n, a, r, _ in AREAS}
AREA_PREV_A = {"水沢区": 6352110, "江刺区": 2042306, "前沢区": 1052218, "胆沢区": 1218765, "衣川区": 405530}
AREA_PREV_C = {n: round(AREA_PREV_A[n] * p / 100) for n, a, r, p in AREAS}

# interim figures (2月末) per debt and segment: now (A, C), same month last year (A, C)
IN = {
    "市税": {"current": ((sum(a for _, a, _, _ in AREAS), sum(AREA_C.values())),
                         (sum(AREA_PREV_A.values()), sum(AREA_PREV_C.values()))),
            "arrears": ((652318, 137386), (698204, 139012))},
    "国民健康保険税": {"current": ((1876402, 1690224), (1912583, 1716212)), "arrears": ((486230, 88412), (512877, 86154))},
    "介護保険料": {"current": ((1988415, 1946282), (1971266, 1928103)), "arrears": ((38560, 8305), (41208, 8512))},
    "後期高齢者医療保険料": {"current": ((912340, 897422), (896114, 880851)), "arrears": ((7402, 2688), (7981, 2760))},
    "保育所保育料": {"current": ((142088, 137205), (150422, 145502)), "arrears": ((9420, 1986), (10864, 2142))},
    "市営住宅使用料": {"current": ((318402, 297116), (322615, 300244)), "arrears": ((45328, 6044), (47102, 6502))},
    "下水道使用料": {"current": ((1318240, 1205610), (1302118, 1188456)), "arrears": ((21084, 7425), (22360, 7712))},
}
# year-end estimate (決算見込) for 令和5年度: rates (現年, 滞繰) and 不納欠損額見込 (千円); 調定額見込 = 2月末調定額 + small change
EST = {"市税": (99.05, 27.10, 41250, 15820), "国民健康保険税": (95.02, 23.40, 30120, 4210),
       "介護保険料": (99.20, 27.80, 5340, 2120), "後期高齢者医療保険料": (99.70, 42.00, 420, 880),
       "保育所保育料": (98.90, 26.50, 680, 160), "市営住宅使用料": (96.80, 16.20, 1850, 0),
       "下水道使用料": (99.30, 41.50, 990, 10210)}
TARGET = {"市税": (99.10, 27.50), "国民健康保険税": (95.00, 24.00), "介護保険料": (99.20, 27.00),
          "後期高齢者医療保険料": (99.70, 41.00), "保育所保育料": (99.00, 27.00), "市営住宅使用料": (97.00, 17.00),
          "下水道使用料": (99.30, 40.00)}
PREV_ACT_TOTAL = {"市税": 96.05, "国民健康保険税": 80.12, "介護保険料": 98.10, "後期高齢者医療保険料": 99.12,
                  "保育所保育料": 93.40, "市営住宅使用料": 84.80, "下水道使用料": 98.62}
# chart: 市税 現年分 収納率 at 10月末 / 12月末 (2月末 comes from the table)
CHART = {FY: {"2023-10-31": 64.12, "2023-12-31": 80.35}, PFY: {"2022-10-31": 63.88, "2022-12-31": 80.02}}
# outstanding history (千円): 令和3年度 決算, 令和4年度 決算 ; 令和5年度 comes from the estimate
OUT_HIST = {"市税": (712406, 668950), "国民健康保険税": (452318, 433025), "介護保険料": (36021, 33410),
            "保育所保育料": (8412, 7730), "市営住宅使用料": (44260, 41880)}
KOKUHO_ARR_SHARE = 0.93   # share of 国保 estimate outstanding that is 滞納繰越分 (footnote)


def seg3(pair_cur, pair_arr):
    (a1, c1), (a2, c2) = pair_cur, pair_arr
    return {"current": (a1, c1, rate(c1, a1)), "arrears": (a2, c2, rate(c2, a2)),
            "total": (a1 + a2, c1 + c2, rate(c1 + c2, a1 + a2))}


NOW = {d: seg3(IN[d]["current"][0], IN[d]["arrears"][0]) for d in DEBTS}
PREV = {d: seg3(IN[d]["current"][1], IN[d]["arrears"][1]) for d in DEBTS}


def est(d):
    rc, ra, wo, dA = EST[d]
    a1 = NOW[d]["current"][0] + dA
    a2 = NOW[d]["arrears"][0]
    c1 = round(a1 * rc / 100)
    c2 = round(a2 * ra / 100)
    a, c = a1 + a2, c1 + c2
    return {"current": (a1, c1, rate(c1, a1)), "arrears": (a2, c2, rate(c2, a2)),
            "total": (a, c, rate(c, a)), "wo": wo, "out": a - c - wo}


ESTV = {d: est(d) for d in DEBTS}


def F(page, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, as_of=None, area=None, approx=False):
    return g.fact(page, CANON.get(debt) if debt else None, debt, fy, fy_raw, seg, metric, basis, value, unit,
                  raw, as_of=as_of, area=area, approx=approx)


# ---------------------------------------------------------------- drawing helpers
class Pg:
    def __init__(self, doc, landscape=False):
        w, h = (842, 595) if landscape else (595, 842)
        self.p = doc.new_page(width=w, height=h)
        self.p.insert_font(fontname="G", fontfile=GOTHIC)
        self.p.insert_font(fontname="M", fontfile=MINCHO)
        self.w, self.h = w, h

    def text(self, x, y, s, size=9.5, font="G", color=(0, 0, 0), align="l", width=None):
        f = FG if font == "G" else FM
        tw = f.text_length(s, fontsize=size)
        if align == "r":
            x = x + (width or 0) - tw
        elif align == "c":
            x = x + ((width or 0) - tw) / 2
        self.p.insert_text((x, y), s, fontname=font, fontsize=size, color=color)
        return tw

    def para(self, x, y, width, s, size=9.5, font="M", lead=1.7, indent=1):
        """Wrap a Japanese paragraph character by character; returns the next y."""
        f = FG if font == "G" else FM
        line, first = "", True
        avail = width - (size * indent if first else 0)
        lines = []
        for ch in s:
            if f.text_length(line + ch, fontsize=size) > avail and line:
                if ch in "、。）」％":          # no line may start with these
                    line += ch
                    lines.append((line, first))
                    line, first = "", False
                    avail = width
                    continue
                lines.append((line, first))
                line, first = ch, False
                avail = width
            else:
                line += ch
        if line:
            lines.append((line, first))
        for ln, fst in lines:
            self.text(x + (size * indent if fst else 0), y, ln, size=size, font=font)
            y += size * lead
        return y

    def rect(self, r, fill=None, color=(0, 0, 0), width=0.5):
        self.p.draw_rect(fitz.Rect(r), color=color, fill=fill, width=width)

    def line(self, a, b, color=(0, 0, 0), width=0.5):
        self.p.draw_line(fitz.Point(a), fitz.Point(b), color=color, width=width)

    def table(self, x, y, colw, rowh, cells, size=8, grid=True, zebra_from=None, nrows=None):
        """cells: list of dicts r, c, text, rs=1, cs=1, align, fill, bold.  Returns bottom y."""
        xs = [x]
        for w in colw:
            xs.append(xs[-1] + w)
        n = nrows or (max(cl["r"] + cl.get("rs", 1) for cl in cells))
        ys = [y + i * rowh for i in range(n + 1)]
        if zebra_from is not None:
            for r in range(zebra_from, n):
                if (r - zebra_from) % 2 == 1:
                    self.rect((xs[0], ys[r], xs[-1], ys[r + 1]), fill=(0.93, 0.95, 0.97), color=None)
        for cl in cells:
            r, c = cl["r"], cl["c"]
            rs, cs = cl.get("rs", 1), cl.get("cs", 1)
            box = (xs[c], ys[r], xs[c + cs], ys[r + rs])
            if cl.get("fill"):
                self.rect(box, fill=cl["fill"], color=None)
            if grid:
                self.rect(box, color=(0.25, 0.25, 0.25), width=0.5)
            lines = str(cl.get("text", "")).split("\n")
            lh = size * 1.25
            ty = (box[1] + box[3]) / 2 - (len(lines) - 1) * lh / 2 + size * 0.35
            for k, ln in enumerate(lines):
                al = cl.get("align", "c")
                pad = 3
                self.text(box[0] + pad, ty + k * lh, ln, size=size, align=al, width=box[2] - box[0] - 2 * pad)
        return ys[-1]

    def footer(self, n):
        self.text(0, self.h - 22, f"－ {n} －", size=8.5, align="c", width=self.w)


HEAD = (0.85, 0.89, 0.95)
SUB = (0.95, 0.95, 0.95)


# ---------------------------------------------------------------- pages
def page1(doc):
    pg = 1
    P = Pg(doc)
    P.text(40, 60, "資料２", size=10)
    P.rect((40, 72, 555, 130), color=(0.1, 0.2, 0.4), width=1.2)
    P.text(40, 96, "令和５年度 市税等の収納状況及び収納対策の取組状況", size=15, align="c", width=515)
    P.text(40, 118, "（中間報告）　令和６年２月末現在", size=11.5, align="c", width=515)
    P.text(40, 150, "令和６年３月２１日　奥州市財務部収納課", size=9.5, align="r", width=515)
    P.text(40, 180, "１　概要", size=11.5)
    ct = NOW["市税"]["total"]
    cp = PREV["市税"]["total"]
    d_rate = rdiff(ct[2], cp[2])
    out_now, out_prev = ct[0] - ct[1], cp[0] - cp[1]
    o_man = round(out_now / 10 / 100) * 100           # 万円, rounded to 100万円
    d_man = round(abs(out_now - out_prev) / 10 / 100) * 100

    def okuman(man):
        oku, rest = divmod(man, 10000)
        return zen((f"{oku}億" if oku else "") + f"{rest:,}万円")
    s1 = ("　令和６年２月末現在の市税全体の収納率は"
          + F(pg, "市税", FY, "令和６年２月末", "total", "collection_rate", "interim", ct[2], "percent", zen(f"{ct[2]:.2f}") + "％", as_of=ASOF)
          + "で、前年同月と比べ"
          + F(pg, "市税", FY, "令和６年２月末", "total", "difference", "interim", d_rate, "points", zen(f"{d_rate:.2f}") + "ポイント", as_of=ASOF)
          + "上昇しています。２月末時点の収入未済額は約"
          + F(pg, "市税", FY, "令和６年２月末", "total", "outstanding", "interim", o_man * 10000, "yen", okuman(o_man), as_of=ASOF, approx=True)
          + "で、前年同月から約"
          + F(pg, "市税", FY, "令和６年２月末", "total", "difference", "interim", -d_man * 10000, "yen", okuman(d_man), as_of=ASOF, approx=True)
          + "減少しました。")
    y = P.para(48, 202, 500, s1, size=10)
    s2 = ("　国民健康保険税をはじめとする税外の主要債権についても、各所管課において督促・催告の早期化と滞納処分の"
          "強化に取り組んでおり、年度末に向けて出納整理期間の収納を含めた決算見込の達成を目指します。")
    y = P.para(48, y + 2, 500, s2, size=10)
    # bracketed metric heading with segment bullets (市税)
    y += 10
    P.rect((48, y, 300, y + 78), color=(0, 0, 0), width=0.8)
    P.text(56, y + 17, "【収納率】令和６年２月末時点（市税）", size=9.5)
    for k, s in enumerate(("current", "arrears", "total")):
        lab = {"current": "現年分", "arrears": "滞繰分", "total": "合　計"}[s]
        v = NOW["市税"][s][2]
        raw = F(pg, "市税", FY, "令和６年２月末時点", s, "collection_rate", "interim", v, "percent", zen(f"{v:.2f}") + "％", as_of=ASOF)
        P.text(64, y + 35 + k * 15, f"・{lab}　{raw}", size=9.5)
    # chart
    y += 100
    P.text(48, y, "【図１】市税（現年分）収納率の推移（各月末、単位：％）", size=9.5)
    cx, cy0, ch = 90, y + 190, 160      # baseline y, height for 100%
    lo = 50.0                            # axis starts at 50%
    P.line((cx, cy0), (cx + 420, cy0), width=0.8)
    P.line((cx, cy0), (cx, cy0 - ch), width=0.8)
    for t in (50, 60, 70, 80, 90, 100):
        yy = cy0 - (t - lo) / (100 - lo) * ch
        P.line((cx - 3, yy), (cx + 420, yy), color=(0.85, 0.85, 0.85), width=0.3)
        P.text(cx - 24, yy + 3, str(t), size=7.5)
    months = [("10月末", "2023-10-31", "2022-10-31"), ("12月末", "2023-12-31", "2022-12-31"), ("２月末", ASOF, PASOF)]
    for k, (lab, d1, d0) in enumerate(months):
        gx = cx + 40 + k * 135
        for j, (fy, dd, col, fyr) in enumerate(((PFY, d0, (0.7, 0.7, 0.7), "令和４年度"), (FY, d1, (0.2, 0.35, 0.6), "令和５年度"))):
            if dd in (ASOF, PASOF):
                v = (NOW if fy == FY else PREV)["市税"]["current"][2]
            else:
                v = CHART[fy][dd]
            bh = (v - lo) / (100 - lo) * ch
            bx = gx + j * 42
            P.rect((bx, cy0 - bh, bx + 34, cy0), fill=col, color=None)
            raw = F(pg, "市税", fy, fyr, "current", "collection_rate", "interim", v, "percent", f"{v:.2f}", as_of=dd)
            P.text(bx - 4, cy0 - bh - 4, raw, size=7.5, align="c", width=42)
        P.text(gx, cy0 + 13, lab, size=8.5, align="c", width=76)
    P.rect((cx + 250, y + 12, cx + 258, y + 20), fill=(0.2, 0.35, 0.6), color=None)
    P.text(cx + 262, y + 19, "令和５年度", size=8)
    P.rect((cx + 320, y + 12, cx + 328, y + 20), fill=(0.7, 0.7, 0.7), color=None)
    P.text(cx + 332, y + 19, "令和４年度（前年同月）", size=8)
    P.footer(1)


def page2(doc):
    pg = 2
    P = Pg(doc)
    P.text(40, 60, "２　主要債権の収納状況（令和６年２月末現在）", size=11.5)
    P.text(40, 78, "（単位：千円、％）", size=8.5, align="r", width=515)
    colw = [88, 40, 58, 58, 40, 58, 58, 40, 38]
    cells = [dict(r=0, c=0, rs=2, cs=2, text="債権名・区分", fill=HEAD),
             dict(r=0, c=2, cs=3, text="令和６年２月末", fill=HEAD),
             dict(r=0, c=5, cs=3, text="令和５年２月末（前年同月）", fill=HEAD),
             dict(r=0, c=8, rs=2, text="差", fill=HEAD)]
    for k, lab in enumerate(["調定額", "収入済額", "収納率"] * 2):
        cells.append(dict(r=1, c=2 + k, text=lab, fill=HEAD))
    r = 2
    segl = {"current": "現年分", "arrears": "滞繰分", "total": "計"}
    gsum = {"now": [0, 0], "prev": [0, 0]}
    for d in DEBTS:
        cells.append(dict(r=r, c=0, rs=3, text=d if len(d) < 8 else d[:5] + "\n" + d[5:], align="l"))
        for k, s in enumerate(("current", "arrears", "total")):
            a, c, rt = NOW[d][s]
            pa, pc, pr = PREV[d][s]
            if s == "total":
                gsum["now"][0] += a
                gsum["now"][1] += c
                gsum["prev"][0] += pa
                gsum["prev"][1] += pc
            fill = SUB if s == "total" else None
            cells.append(dict(r=r + k, c=1, text=segl[s], fill=fill))
            vals = [F(pg, d, FY, "令和６年２月末", s, "assessed", "interim", a * 1000, "yen", num(a), as_of=ASOF),
                    F(pg, d, FY, "令和６年２月末", s, "collected", "interim", c * 1000, "yen", num(c), as_of=ASOF),
                    F(pg, d, FY, "令和６年２月末", s, "collection_rate", "interim", rt, "percent", f"{rt:.2f}", as_of=ASOF),
                    F(pg, d, PFY, "令和５年２月末", s, "assessed", "interim", pa * 1000, "yen", num(pa), as_of=PASOF),
                    F(pg, d, PFY, "令和５年２月末", s, "collected", "interim", pc * 1000, "yen", num(pc), as_of=PASOF),
                    F(pg, d, PFY, "令和５年２月末", s, "collection_rate", "interim", pr, "percent", f"{pr:.2f}", as_of=PASOF)]
            dd = rdiff(rt, pr)
            vals.append(F(pg, d, FY, "令和６年２月末", s, "difference", "interim", dd, "points", tri(dd, "▲", 2), as_of=ASOF))
            for j, v in enumerate(vals):
                cells.append(dict(r=r + k, c=2 + j, text=v, align="r", fill=fill))
        r += 3
    a, c = gsum["now"]
    pa, pc = gsum["prev"]
    rt, pr = rate(c, a), rate(pc, pa)
    dd = rdiff(rt, pr)

    def G(fy, fyr, metric, v, unit, raw, asof):
        return g.fact(pg, None, "合計", fy, fyr, "total", metric, "interim", v, unit, raw, as_of=asof)
    cells.append(dict(r=r, c=0, cs=2, text="合計", fill=(1.0, 0.95, 0.8)))
    for j, v in enumerate([G(FY, "令和６年２月末", "assessed", a * 1000, "yen", num(a), ASOF),
                           G(FY, "令和６年２月末", "collected", c * 1000, "yen", num(c), ASOF),
                           G(FY, "令和６年２月末", "collection_rate", rt, "percent", f"{rt:.2f}", ASOF),
                           G(PFY, "令和５年２月末", "assessed", pa * 1000, "yen", num(pa), PASOF),
                           G(PFY, "令和５年２月末", "collected", pc * 1000, "yen", num(pc), PASOF),
                           G(PFY, "令和５年２月末", "collection_rate", pr, "percent", f"{pr:.2f}", PASOF),
                           G(FY, "令和６年２月末", "difference", dd, "points", tri(dd, "▲", 2), ASOF)]):
        cells.append(dict(r=r, c=2 + j, text=v, align="r", fill=(1.0, 0.95, 0.8)))
    yb = P.table(40, 84, colw, 27.5, cells, size=7.8)
    P.text(40, yb + 14, "注１）差は令和６年２月末の収納率と前年同月の収納率との差（ポイント）。▲は前年同月を下回るもの。", size=8)
    P.text(40, yb + 27, "注２）２月末は令和５年度の出納整理期間前の数値であり、決算額とは一致しない。", size=8)
    P.footer(2)


def page3(doc):
    pg = 3
    P = Pg(doc)
    P.text(40, 60, "３　区別の収納状況（市税・現年分、令和６年２月末）", size=11.5)
    P.text(40, 78, "単位：千円、％", size=8.5, align="r", width=515)
    colw = [90, 90, 90, 70, 90, 85]
    heads = ["区", "調定額", "収入済額", "収納率", "前年同月の収納率", "差（ポイント）"]
    cells = [dict(r=0, c=k, text=h, fill=HEAD) for k, h in enumerate(heads)]
    for i, (n, a, rt, pr) in enumerate(AREAS):
        c = AREA_C[n]
        r_ = rate(c, a)
        assert abs(r_ - rt) < 0.006, (n, r_, rt)
        pr_ = rate(AREA_PREV_C[n], AREA_PREV_A[n])
        dd = rdiff(r_, pr_)
        vals = [F(pg, "市税", FY, "令和６年２月末", "current", "assessed", "interim", a * 1000, "yen", num(a), as_of=ASOF, area=n),
                F(pg, "市税", FY, "令和６年２月末", "current", "collected", "interim", c * 1000, "yen", num(c), as_of=ASOF, area=n),
                F(pg, "市税", FY, "令和６年２月末", "current", "collection_rate", "interim", r_, "percent", f"{r_:.2f}", as_of=ASOF, area=n),
                F(pg, "市税", PFY, "前年同月", "current", "collection_rate", "interim", pr_, "percent", f"{pr_:.2f}", as_of=PASOF, area=n),
                F(pg, "市税", FY, "令和６年２月末", "current", "difference", "interim", dd, "points", tri(dd, "▲", 2), as_of=ASOF, area=n)]
        cells.append(dict(r=i + 1, c=0, text=n, align="l"))
        for j, v in enumerate(vals):
            cells.append(dict(r=i + 1, c=1 + j, text=v, align="r"))
    a, c, rt = NOW["市税"]["current"]
    pa, pc, pr = PREV["市税"]["current"]
    dd = rdiff(rt, pr)
    n = len(AREAS) + 1
    cells.append(dict(r=n, c=0, text="市全体", fill=SUB))
    for j, v in enumerate([F(pg, "市税", FY, "令和６年２月末", "current", "assessed", "interim", a * 1000, "yen", num(a), as_of=ASOF),
                           F(pg, "市税", FY, "令和６年２月末", "current", "collected", "interim", c * 1000, "yen", num(c), as_of=ASOF),
                           F(pg, "市税", FY, "令和６年２月末", "current", "collection_rate", "interim", rt, "percent", f"{rt:.2f}", as_of=ASOF),
                           F(pg, "市税", PFY, "前年同月", "current", "collection_rate", "interim", pr, "percent", f"{pr:.2f}", as_of=PASOF),
                           F(pg, "市税", FY, "令和６年２月末", "current", "difference", "interim", dd, "points", tri(dd, "▲", 2), as_of=ASOF)]):
        cells.append(dict(r=n, c=1 + j, text=v, align="r", fill=SUB))
    yb = P.table(40, 84, colw, 22, cells, size=8.5, zebra_from=1)
    P.text(40, yb + 13, "※ 区は地域自治区（本庁及び各総合支所の管轄区域）による。", size=8)
    real = [(n, a, rate(AREA_C[n], a)) for n, a, _, _ in AREAS]
    best = max(real, key=lambda t: t[2])
    worst = min(real, key=lambda t: t[2])
    s = ("　区別では、" + best[0] + "が"
         + F(pg, "市税", FY, "令和６年２月末", "current", "collection_rate", "interim", best[2], "percent", zen(f"{best[2]:.2f}") + "％", as_of=ASOF, area=best[0])
         + "と最も高く、" + worst[0] + "が"
         + F(pg, "市税", FY, "令和６年２月末", "current", "collection_rate", "interim", worst[2], "percent", zen(f"{worst[2]:.2f}") + "％", as_of=ASOF, area=worst[0])
         + "と最も低くなっています。全ての区で前年同月の収納率を上回っており、総合支所における納税相談日の拡充と、"
           "口座振替の勧奨の効果が表れていると考えられます。")
    y = P.para(48, yb + 40, 500, s, size=10)
    y += 8
    P.text(40, y + 6, "【区別の主な取組】", size=10)
    items = [("①", "各総合支所に納税相談日を月２回設け、夜間の納税相談にも対応する。", "拡充"),
             ("②", "本庁と総合支所の滞納整理担当による合同の財産調査を四半期ごとに実施する。", "継続")]
    y += 24
    for lab, t, st in items:
        g.init(pg, "市税", "市税", FY, "区別の主な取組", lab, t, st)
        y = P.para(56, y, 490, f"{lab}{t}【{st}】", size=9.5, font="M", indent=0)
        y += 2
    # 12月末 by area, areas as columns
    y += 16
    P.text(40, y, "【参考】１２月末の区別収納率（市税・現年分）", size=10)
    P.text(40, y + 14, "（単位：％）", size=8.5, align="r", width=515)
    names = [n for n, *_ in AREAS] + ["市全体"]
    colw = [115] + [66] * 6
    cells = [dict(r=0, c=0, text="時点", fill=HEAD)]
    cells += [dict(r=0, c=1 + k, text=n, fill=HEAD) for k, n in enumerate(names)]
    for i, (fy, lab, dd) in enumerate(((FY, "令和５年１２月末", "2023-12-31"), (PFY, "令和４年１２月末", "2022-12-31"))):
        cells.append(dict(r=1 + i, c=0, text=lab))
        for k, n in enumerate(names):
            v = DEC[fy][k] if n != "市全体" else CHART[fy][dd]
            area = n if n != "市全体" else None
            cells.append(dict(r=1 + i, c=1 + k, align="r",
                              text=F(pg, "市税", fy, lab, "current", "collection_rate", "interim", v, "percent", f"{v:.2f}", as_of=dd, area=area)))
    P.table(40, y + 20, colw, 20, cells, size=8.3)
    P.text(40, y + 20 + 60 + 12, "※ 区は、奥州市の地域自治区。", size=8)
    P.footer(3)


DEC = {FY: [80.52, 79.64, 80.01, 80.33, 82.10],
       PFY: [80.21, 79.40, 79.66, 80.05, 81.62]}


WIDE_COLS = [("current", "現年分"), ("arrears", "滞繰分"), ("total", "計")]


def page4(doc):
    pg = 4
    P = Pg(doc, landscape=True)
    P.text(40, 48, "４　令和5（2023）年度の決算見込（各債権所管課の推計による）", size=11.5)
    P.text(40, 64, "（単位：千円、％）　右側の列は次ページに続く", size=8.5, align="r", width=762)
    colw = [112] + [72] * 9
    cells = [dict(r=0, c=0, rs=2, text="債権名", fill=HEAD)]
    for k, (s, lab) in enumerate(WIDE_COLS):
        cells.append(dict(r=0, c=1 + 3 * k, cs=3, text=f"{lab}（令和5（2023）年度見込）", fill=HEAD))
        for j, h in enumerate(("調定額", "収入済額", "収納率")):
            cells.append(dict(r=1, c=1 + 3 * k + j, text=h, fill=HEAD))
    fyr = "令和5（2023）年度"
    for i, d in enumerate(DEBTS):
        cells.append(dict(r=2 + i, c=0, text=d, align="l"))
        for k, (s, _) in enumerate(WIDE_COLS):
            a, c, rt = ESTV[d][s]
            vals = [F(pg, d, FY, fyr, s, "assessed", "estimate", a * 1000, "yen", num(a)),
                    F(pg, d, FY, fyr, s, "collected", "estimate", c * 1000, "yen", num(c)),
                    F(pg, d, FY, fyr, s, "collection_rate", "estimate", rt, "percent", f"{rt:.2f}")]
            for j, v in enumerate(vals):
                cells.append(dict(r=2 + i, c=1 + 3 * k + j, text=v, align="r"))
    yb = P.table(40, 72, colw, 30, cells, size=8.2, zebra_from=2)
    P.text(40, yb + 14, "※ 決算見込は、２月末の収納実績に３月及び出納整理期間（４月・５月）の収納見込額を加えて推計したもの。", size=8)
    P.footer(4)


def page5(doc):
    pg = 5
    P = Pg(doc, landscape=True)
    P.text(40, 48, "４　令和5（2023）年度の決算見込（前ページからの続き）", size=11.5)
    P.text(40, 64, "（単位：千円、％）", size=8.5, align="r", width=762)
    colw = [112, 82, 82, 72, 72, 72, 92, 92]
    cells = [dict(r=0, c=0, rs=2, text="債権名", fill=HEAD),
             dict(r=0, c=1, cs=2, text="計（令和5（2023）年度見込）", fill=HEAD),
             dict(r=0, c=3, cs=3, text="目標収納率（令和5（2023）年度）", fill=HEAD),
             dict(r=0, c=6, rs=2, text="令和4（2022）年度\n決算収納率（計）", fill=HEAD),
             dict(r=0, c=7, rs=2, text="差\n（見込－前年度決算）", fill=HEAD)]
    for j, h in enumerate(("不納欠損額", "収入未済額", "現年分", "滞繰分", "計")):
        cells.append(dict(r=1, c=1 + j, text=h, fill=HEAD))
    fyr = "令和5（2023）年度"
    for i, d in enumerate(DEBTS):
        e = ESTV[d]
        tc, ta = TARGET[d]
        # target for the total, from the target rates applied to the estimated 調定額
        tt = rate(round(e["current"][0] * tc / 100) + round(e["arrears"][0] * ta / 100), e["total"][0])
        prev = PREV_ACT_TOTAL[d]
        dd = rdiff(e["total"][2], prev)
        vals = [F(pg, d, FY, fyr, "total", "written_off", "estimate", e["wo"] * 1000, "yen", num(e["wo"])),
                F(pg, d, FY, fyr, "total", "outstanding", "estimate", e["out"] * 1000, "yen", num(e["out"])),
                F(pg, d, FY, fyr, "current", "collection_rate", "target", tc, "percent", f"{tc:.2f}"),
                F(pg, d, FY, fyr, "arrears", "collection_rate", "target", ta, "percent", f"{ta:.2f}"),
                F(pg, d, FY, fyr, "total", "collection_rate", "target", tt, "percent", f"{tt:.2f}"),
                F(pg, d, PFY, "令和4（2022）年度", "total", "collection_rate", "actual", prev, "percent", f"{prev:.2f}"),
                F(pg, d, FY, fyr, "total", "difference", "estimate", dd, "points", tri(dd, "▲", 2))]
        cells.append(dict(r=2 + i, c=0, text=d, align="l"))
        for j, v in enumerate(vals):
            cells.append(dict(r=2 + i, c=1 + j, text=v, align="r"))
    yb = P.table(40, 72, colw, 30, cells, size=8.2, zebra_from=2)
    P.text(40, yb + 14, "※ 目標収納率（計）は、現年分・滞繰分の目標収納率を決算見込の調定額に乗じて算出した。", size=8)
    P.footer(5)


def page6(doc):
    """Two-column page: prose with figures and 取組 in both columns."""
    pg = 6
    P = Pg(doc)
    P.text(40, 60, "５　債権別の取組状況", size=11.5)
    sec = "債権別の取組状況"
    colx = [40, 312]
    colw = 243
    P.line((297.5, 75), (297.5, 790), color=(0.6, 0.6, 0.6), width=0.4)

    def block(x, y, title, debt, prose, items):
        P.text(x, y, title, size=10)
        y += 16
        y = P.para(x, y, colw, prose, size=9)
        y += 2
        for lab, t, st in items:
            g.init(pg, CANON[debt], debt, FY, sec, lab, t, st)
            y = P.para(x + 4, y, colw - 4, f"{lab}{t}【{st}】", size=9, indent=0)
            y += 1
        return y + 10

    def r(d, s, fmt="{:.2f}"):
        return NOW[d][s][2]

    kk = NOW["国民健康保険税"]["current"][2]
    kkp = PREV["国民健康保険税"]["current"][2]
    kd = rdiff(kk, kkp)
    y = 84
    y = block(colx[0], y, "（１）市税", "市税",
              "　現年分の収納率は、２月末で前年同月を上回って推移しています。滞繰分については、高額滞納案件の"
              "分割納付が進み、収入済額が前年同月並みとなりました。",
              [("①", "納期限後２０日以内の督促状の発付と、その後１か月以内の文書催告を徹底した。", "継続"),
               ("②", "預貯金調査の電子照会を全件に拡大し、差押えまでの期間を短縮した。", "拡充")])
    y = block(colx[0], y, "（２）国民健康保険税", "国民健康保険税",
              "　現年分の収納率は"
              + F(pg, "国民健康保険税", FY, "２月末", "current", "collection_rate", "interim", kk, "percent", zen(f"{kk:.2f}") + "％", as_of=ASOF)
              + "で、前年同月比"
              + F(pg, "国民健康保険税", FY, "２月末", "current", "difference", "interim", kd, "points", zen(f"{kd:.2f}") + "ポイント", as_of=ASOF)
              + "の上昇となりました。２月末の滞納世帯数は"
              + F(pg, "国民健康保険税", FY, "２月末", "total", "delinquents", "interim", 1246, "households", "１，２４６世帯", as_of=ASOF)
              + "で、前年同月から"
              + F(pg, "国民健康保険税", FY, "２月末", "total", "difference", "interim", -83, "households", "８３世帯", as_of=ASOF)
              + "減少しています。",
              [("①", "資格取得の届出時に口座振替の申込みを案内し、窓口で手続を完了できるようにした。", "継続"),
               ("②", "短期被保険者証の交付時に納付相談を行い、分割納付の約束を取り付けた。", "継続")])
    ka = NOW["介護保険料"]["arrears"][2]
    y2 = 84
    y2 = block(colx[1], y2, "（３）介護保険料", "介護保険料",
               "　滞繰分の収納率は"
               + F(pg, "介護保険料", FY, "２月末", "arrears", "collection_rate", "interim", ka, "percent", zen(f"{ka:.2f}") + "％", as_of=ASOF)
               + "にとどまっており、時効の到来前の納付勧奨が課題となっています。",
               [("①", "給付制限の対象となる前に、滞納者へ個別に通知と電話連絡を行った。", "新規")])
    ho = NOW["保育所保育料"]["total"]
    ho_out = ho[0] - ho[1]
    y2 = block(colx[1], y2, "（４）保育所保育料", "保育所保育料",
               "　２月末の収入未済額は"
               + F(pg, "保育所保育料", FY, "２月末", "total", "outstanding", "interim", ho_out * 1000, "yen", zen(f"{ho_out:,}") + "千円", as_of=ASOF)
               + "で、児童手当からの特別徴収により前年同月から減少しています。",
               [("①", "児童手当からの特別徴収について、対象となる全世帯に同意書の提出を求めた。", "継続")])
    y2 = block(colx[1], y2, "（５）市営住宅使用料", "市営住宅使用料",
               "　退去者の滞納分の回収が進まず、滞繰分の収納率が低い水準にあります。",
               [("①", "滞納６か月以上の入居者に対し、連帯保証人への請求と明渡しの予告を行った。", "継続"),
                ("②", "退去者滞納分について、弁護士への回収業務の委託を開始した。", "新規")])
    P.footer(6)


def page7(doc):
    pg = 7
    P = Pg(doc)
    P.text(40, 60, "６　主要債権の収入未済額の推移", size=11.5)
    P.text(40, 78, "（単位：千円）", size=8.5, align="r", width=515)
    colw = [120, 150, 110, 135]
    cells = [dict(r=0, c=0, text="年度", fill=HEAD), dict(r=0, c=1, text="債権名", fill=HEAD),
             dict(r=0, c=2, text="収入未済額※1", fill=HEAD), dict(r=0, c=3, text="区分", fill=HEAD)]
    r = 1
    deb = list(OUT_HIST)
    years = [(2021, "2021年度", "決算", "actual"), (2022, "R4年度", "決算", "actual"), (2023, "令和５年度", "決算見込※2", "estimate")]
    for y, yr, lab, basis in years:
        cells.append(dict(r=r, c=0, rs=len(deb), text=yr))
        for i, d in enumerate(deb):
            v = OUT_HIST[d][0] if y == 2021 else OUT_HIST[d][1] if y == 2022 else ESTV[d]["out"]
            cells.append(dict(r=r + i, c=1, text=d, align="l"))
            cells.append(dict(r=r + i, c=2, text=F(pg, d, y, yr, "total", "outstanding", basis, v * 1000, "yen", num(v)), align="r"))
            cells.append(dict(r=r + i, c=3, text=lab))
        r += len(deb)
    yb = P.table(40, 84, colw, 19, cells, size=8.5)
    kk_arr = round(ESTV["国民健康保険税"]["out"] * KOKUHO_ARR_SHARE)
    notes = [
        "※1　収入未済額は各年度の出納閉鎖時点（５月３１日）の額。",
        "※2　令和５年度は決算見込額。うち国民健康保険税の滞納繰越分 "
        + F(pg, "国民健康保険税", FY, "令和５年度", "arrears", "outstanding", "estimate", kk_arr * 1000, "yen", f"{num(kk_arr)}千円"),
        "※3　R4年度の市税の収入未済額のうち現年課税分は "
        + F(pg, "市税", 2022, "R4年度", "current", "outstanding", "actual", 128760412, "yen", "128,760,412円")
        + "である。",
    ]
    y = yb + 14
    for n_ in notes:
        P.text(40, y, n_, size=8.2)
        y += 13
    P.footer(7)


def build():
    doc = fitz.open()
    for f in (page1, page2, page3, page4, page5, page6, page7):
        f(doc)
    doc.set_metadata({"title": TITLE, "author": "奥州市財務部収納課", "creator": "fd build (PyMuPDF)"})
    doc.subset_fonts()
    out = PDF_DIR / f"{STEM}.pdf"
    doc.save(out, garbage=4, deflate=True)
    document = {"kind": "progress_report", "family": "progress", "municipality": CITY, "title": TITLE,
                "date": ASOF, "date_raw": "令和６年２月末現在"}
    write_gold(STEM, document, g)
    return check(STEM)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
