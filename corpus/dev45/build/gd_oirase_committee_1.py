#!/usr/bin/env python3
"""gd_oirase_committee_1: 令和７年度第２回おいらせ町債権管理対策会議 資料（書面開催）.

Tool chain: PyMuPDF drawing directly (IPAex fonts, subset).  Run from corpus/dev45.
All figures are invented; the gold is written from the same data that draws the pages.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gd_common import Gold, check_pdf, comma, dfmt, oku_man, rate, rfmt, tri, zen  # noqa: E402

STEM = "gd_oirase_committee_1"
HERE = Path.cwd()
PDF = HERE / "pdf" / f"{STEM}.pdf"
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FG, FM = pymupdf.Font(fontfile=GOTH), pymupdf.Font(fontfile=MIN)

g = Gold(STEM, "committee_material", "kobetsu", "おいらせ町", "令和７年度第２回おいらせ町債権管理対策会議",
         "2025-11-14", "令和７年11月14日")

W, H = 595.28, 841.89
LM, RM = 48, 547

doc = pymupdf.open()


class Pg:
    def __init__(self):
        self.p = doc.new_page(width=W, height=H)
        self.p.insert_font(fontname="G", fontfile=GOTH)
        self.p.insert_font(fontname="M", fontfile=MIN)
        self.n = doc.page_count

    def text(self, x, y, s, size=10, font="M", color=(0, 0, 0), align="l", width=None):
        f = FG if font == "G" else FM
        if align != "l":
            tw = f.text_length(s, fontsize=size)
            x = x + (width - tw) / 2 if align == "c" else x + width - tw
        self.p.insert_text((x, y), s, fontsize=size, fontname=font, color=color)

    def para(self, x, y, wdt, s, size=10, font="M", lh=1.55, indent=0.0, hang=0.0):
        """Simple Japanese line wrapping (character based). Returns the new y."""
        f = FG if font == "G" else FM
        lines, cur, first = [], "", True
        avail = lambda: wdt - (indent if first else hang)  # noqa: E731
        for ch in s:
            if ch == "\n":
                lines.append((cur, first)); cur, first = "", False
                continue
            if f.text_length(cur + ch, fontsize=size) > avail():
                if ch in "、。）」％":
                    cur += ch
                    lines.append((cur, first)); cur, first = "", False
                    continue
                lines.append((cur, first)); cur, first = ch, False
            else:
                cur += ch
        if cur:
            lines.append((cur, first))
        for ln, fl in lines:
            self.p.insert_text((x + (indent if fl else hang), y), ln, fontsize=size, fontname=font)
            y += size * lh
        return y

    def rect(self, r, fill=None, color=(0, 0, 0), width=0.6):
        self.p.draw_rect(pymupdf.Rect(r), color=color, fill=fill, width=width)

    def cell(self, r, s, size=8.5, font="G", align="c", fill=None, border=True, vert=False, lh=1.3):
        r = pymupdf.Rect(r)
        if fill or border:
            self.p.draw_rect(r, color=(0, 0, 0) if border else None, fill=fill, width=0.5)
        if s is None or s == "":
            return
        f = FG if font == "G" else FM
        if vert:
            chars = list(s)
            step = size * 1.15
            y = r.y0 + (r.height - step * len(chars)) / 2 + size
            for ch in chars:
                tw = f.text_length(ch, fontsize=size)
                self.p.insert_text((r.x0 + (r.width - tw) / 2, y), ch, fontsize=size, fontname=font)
                y += step
            return
        lines = s.split("\n")
        tot = len(lines) * size * lh
        y = r.y0 + (r.height - tot) / 2 + size * 0.95
        for ln in lines:
            tw = f.text_length(ln, fontsize=size)
            if tw > r.width - 3:
                raise ValueError(f"cell text too wide on p{self.n}: {ln!r}")
            if align == "c":
                x = r.x0 + (r.width - tw) / 2
            elif align == "r":
                x = r.x1 - 3 - tw
            else:
                x = r.x0 + 3
            self.p.insert_text((x, y), ln, fontsize=size, fontname=font)
            y += size * lh

    def grid(self, x, y, widths, heights, cells):
        """cells: dict (r, c) -> dict(t, cs, rs, align, fill, font, size, vert)."""
        xs = [x]
        for w_ in widths:
            xs.append(xs[-1] + w_)
        ys = [y]
        for h_ in heights:
            ys.append(ys[-1] + h_)
        for (r, c), d in cells.items():
            cs, rs = d.get("cs", 1), d.get("rs", 1)
            self.cell((xs[c], ys[r], xs[c + cs], ys[r + rs]), d.get("t", ""), d.get("size", 8.5), d.get("font", "G"),
                      d.get("align", "r"), d.get("fill"), True, d.get("vert", False))
        return ys[-1]

    def footer(self):
        self.text(0, H - 24, f"- {self.n} -", 9, "M", align="c", width=W)


HEAD = (0.87, 0.92, 0.97)
GRAY = (0.93, 0.93, 0.93)

# ============================================================ page 1: 次第
pg = Pg()
P = pg.n
pg.text(LM, 60, "令和７年度第２回", 13, "G", align="c", width=RM - LM)
pg.text(LM, 84, "おいらせ町債権管理対策会議　次第", 17, "G", align="c", width=RM - LM)
y = 118
pg.text(LM, y, "１　開催方法", 11, "G"); y += 18
y = pg.para(LM + 14, y, RM - LM - 14, "書面開催とし、令和７年11月14日付けで各委員に資料を送付のうえ、令和７年11月28日（金）までに意見の提出を求める。", 10)
y += 8
pg.text(LM, y, "２　議　題", 11, "G"); y += 18
for t in ("（１）令和７年度上半期の主要債権の収納状況について", "（２）主要債権の取組個票について",
          "（３）前回会議における主な意見と対応について"):
    pg.text(LM + 14, y, t, 10); y += 16
y += 6
pg.text(LM, y, "３　資　料", 11, "G"); y += 18
for t in ("資料１　主要債権の収納状況（令和７年９月末現在）", "資料２　取組個票（町税、国民健康保険税、介護保険料、町営住宅使用料）",
          "資料３　前回会議（令和７年度第１回）における主な意見と対応"):
    pg.text(LM + 14, y, t, 10); y += 16
y += 6
pg.text(LM, y, "４　構成員（委員長１名、委員７名、事務局３名）", 11, "G"); y += 18
y = pg.para(LM + 14, y, RM - LM - 14, "委員長：副町長", 10)
y = pg.para(LM + 14, y, RM - LM - 14, "委　員：総務課長・企画財政課長・町民課長・保健・福祉課長・子ども・若者支援課長・まちづくり課長・上下水道課長", 10, hang=42)
y = pg.para(LM + 14, y, RM - LM - 14, "事務局：税務課長・税務課収納係長・税務課主査", 10)
y += 14
# 【参考】 one-cell box
REF = {"a": 6_234_560_000, "out": 218_300_000, "wo": 12_340_000}
REF["c"] = REF["a"] - REF["out"] - REF["wo"]
ref_rate = rate(REF["c"], REF["a"])
bx = pymupdf.Rect(LM + 14, y, RM - 60, y + 96)
pg.rect(bx, width=0.8)
pg.text(bx.x0 + 8, y + 16, "【参考】令和６年度決算における町債権の状況（全会計）", 10, "G")
yy = y + 34
items = [("調定額", "62億3,456万円", "assessed", REF["a"], "yen"),
         ("収納率", f"{rfmt(ref_rate)}％", "collection_rate", ref_rate, "percent"),
         ("不納欠損額", "1,234万円", "written_off", REF["wo"], "yen"),
         ("収入未済額", "2億1,830万円", "outstanding", REF["out"], "yen")]
for lab, raw, m, v, u in items:
    g.fact(P, None, None, 2024, "令和６年度", "total", m, "actual", v, u, raw)
    pg.text(bx.x0 + 16, yy, f"・{lab}：{raw}", 10)
    yy += 15
y = bx.y1 + 24
y = pg.para(LM, y, RM - LM, "※ 意見の提出は、別添の回答書により電子メールで税務課収納係あて提出すること。", 9)
pg.footer()

# ============================================================ page 2: 資料１
pg = Pg()
P = pg.n
pg.text(RM - 60, 40, "資料１", 11, "G")
pg.rect((RM - 66, 27, RM + 2, 45))
pg.text(LM, 64, "主要債権の収納状況（令和７年９月末現在）", 14, "G", align="c", width=RM - LM)
y = 86
pg.text(LM, y, "（１）強制徴収公債権の現年度分", 11, "G")
y += 8
AS, ASP = "2025-09-30", "2024-09-30"
A1 = [("町税", "町税", 2_998_765, 1_567_890, 51.85), ("国民健康保険料", "国民健康保険税", 545_678, 222_345, 40.12),
      ("介護保険料", "介護保険料", 451_234, 230_456, 50.98), ("後期高齢者医療保険料", "後期高齢者医療保険料", 138_456, 70_987, 50.87),
      ("保育所保育料", "保育所保育料", 18_234, 8_765, 48.20)]
widths = [128, 78, 78, 64, 76, 75]
hdr = ["債権名", "調定額（千円）", "収入済額（千円）", "収納率（％）", "前年同期\n収納率（％）", "増減\n（ポイント）"]
cells = {(0, i): {"t": h, "fill": HEAD, "align": "c"} for i, h in enumerate(hdr)}
sa = sc = 0
for ri, (k, nm, a, c, pr) in enumerate(A1 + [(None, "合計", None, None, 50.16)]):
    if k is None:
        a, c = sa, sc
    else:
        sa, sc = sa + a, sc + c
    r_ = rate(c, a)
    d = round(r_ - pr, 2)
    row = ri + 1
    cells[(row, 0)] = {"t": nm, "align": "l", "font": "G"}
    cells[(row, 1)] = {"t": g.fact(P, k, nm, 2025, "令和７年９月末", "current", "assessed", "interim", a * 1000, "yen", comma(a), AS)}
    cells[(row, 2)] = {"t": g.fact(P, k, nm, 2025, "令和７年９月末", "current", "collected", "interim", c * 1000, "yen", comma(c), AS)}
    cells[(row, 3)] = {"t": g.fact(P, k, nm, 2025, "令和７年９月末", "current", "collection_rate", "interim", r_, "percent", rfmt(r_), AS)}
    cells[(row, 4)] = {"t": g.fact(P, k, nm, 2024, "前年同期", "current", "collection_rate", "interim", pr, "percent", rfmt(pr), ASP)}
    cells[(row, 5)] = {"t": g.fact(P, k, nm, 2025, "令和７年９月末", "current", "difference", "interim", d, "points", dfmt(d, mark="▲"), AS)}
    if k is None:
        for i in range(6):
            cells[(row, i)]["fill"] = GRAY
y = pg.grid(LM, y, widths, [28] + [18] * 6, cells)
y = pg.para(LM, y + 12, RM - LM, "※ 前年同期は令和６年９月末現在。▲は前年同期を下回ったことを示す。", 8.5)
y += 6
pg.text(LM, y, "（２）その他の債権（現年度分及び滞納繰越分の計）", 11, "G")
pg.text(RM - 70, y, "（単位：円）", 8.5, "G")
y += 8
A2 = [("町営住宅使用料", "町営住宅使用料", 67_765_432, 30_678_901), ("学校給食費", "学校給食費", 64_567_890, 32_890_123),
      ("奨学金貸付金", "奨学金貸付金", 5_345_678, 1_456_789), ("水道料金", "水道料金", 398_345_678, 197_234_567)]
widths = [140, 120, 120, 119]
cells = {(0, 0): {"t": "債権名", "fill": HEAD, "align": "c"}, (0, 1): {"t": "調定額", "fill": HEAD, "align": "c"},
         (0, 2): {"t": "収入済額\n収納率", "fill": HEAD, "align": "c"}, (0, 3): {"t": "前年同期の\n収入済額／収納率", "fill": HEAD, "align": "c"}}
PREV2 = {"町営住宅使用料": (29_321_098, 44.02), "学校給食費": (31_012_345, 49.87), "奨学金貸付金": (1_312_345, 26.54),
         "水道料金": (195_765_432, 49.21)}
for ri, (k, nm, a, c) in enumerate(A2):
    r_ = rate(c, a)
    row = ri + 1
    cells[(row, 0)] = {"t": nm, "align": "l"}
    cells[(row, 1)] = {"t": g.fact(P, k, nm, 2025, "令和７年９月末", "total", "assessed", "interim", a, "yen", comma(a), AS)}
    t1 = g.fact(P, k, nm, 2025, "令和７年９月末", "total", "collected", "interim", c, "yen", comma(c), AS)
    t2 = g.fact(P, k, nm, 2025, "令和７年９月末", "total", "collection_rate", "interim", r_, "percent", f"{rfmt(r_)}%", AS)
    cells[(row, 2)] = {"t": f"{t1}\n{t2}"}
    pc, prr = PREV2[k]
    t3 = g.fact(P, k, nm, 2024, "前年同期", "total", "collected", "interim", pc, "yen", comma(pc), ASP)
    t4 = g.fact(P, k, nm, 2024, "前年同期", "total", "collection_rate", "interim", prr, "percent", f"{rfmt(prr)}%", ASP)
    cells[(row, 3)] = {"t": f"{t3}\n{t4}"}
y = pg.grid(LM, y, widths, [28] + [28] * 4, cells)
y += 22
pg.text(LM, y, "（３）収入未済額の推移（全会計、各年度決算）", 11, "G")
y += 10
CH = [("H30", 2018, 268.3), ("R1", 2019, 259.7), ("R2", 2020, 251.2), ("R3", 2021, 244.5), ("R4", 2022, 236.8),
      ("R5", 2023, 226.6), ("R6", 2024, 218.3)]
cx0, cy0, ch_h = LM + 40, y + 190, 160
pg.p.draw_line((cx0, cy0), (RM - 10, cy0), color=(0, 0, 0), width=0.8)
pg.p.draw_line((cx0, cy0), (cx0, cy0 - ch_h - 8), color=(0, 0, 0), width=0.8)
for tv in (0, 100, 200, 300):
    yy = cy0 - tv / 300 * ch_h
    pg.p.draw_line((cx0, yy), (RM - 10, yy), color=(0.8, 0.8, 0.8), width=0.4, dashes="[2 2] 0")
    pg.text(cx0 - 28, yy + 3, str(tv), 8, "G", align="r", width=22)
pg.text(cx0 - 40, cy0 - ch_h - 14, "（百万円）", 8, "G")
for i, (lab, fy, v) in enumerate(CH):
    bxx = cx0 + 18 + i * 62
    hh = v / 300 * ch_h
    pg.p.draw_rect(pymupdf.Rect(bxx, cy0 - hh, bxx + 34, cy0), color=None, fill=(0.36, 0.6, 0.36) if lab == "R6" else (0.65, 0.8, 0.65))
    raw = g.fact(P, None, None, fy, lab, "total", "outstanding", "actual", round(v * 1e6), "yen", f"{v:.1f}")
    pg.text(bxx - 10, cy0 - hh - 5, raw, 8.5, "G", align="c", width=54)
    pg.text(bxx - 10, cy0 + 13, lab, 9, "G", align="c", width=54)
pg.text(LM, cy0 + 32, "図　収入未済額の推移（H30～R6、全会計）", 9, "G", align="c", width=RM - LM)
pg.footer()

# ============================================================ pages 3-6: 取組個票
INITS_SECTION = "取組内容"


def strip(pg, P, debt_draw, ka, kubun, no):
    pg.text(RM - 60, 40, "資料２", 11, "G")
    pg.rect((RM - 66, 27, RM + 2, 45))
    pg.text(LM, 44, f"取組個票（{zen(no)}）", 13, "G")
    y = 56
    cells = {(0, 0): {"t": "債権名", "fill": HEAD, "align": "c"}, (0, 1): {"t": debt_draw, "align": "l", "size": 10},
             (0, 2): {"t": "所管課", "fill": HEAD, "align": "c"}, (0, 3): {"t": ka, "align": "l"},
             (0, 4): {"t": "債権区分", "fill": HEAD, "align": "c"}, (0, 5): {"t": kubun, "align": "l"}}
    return pg.grid(LM, y, [55, 120, 50, 110, 55, 109], [22], cells)


def items_box(pg, y, height, debt, draw, items, fy=2025, label_txt="取組内容", size=9.2):
    """Vertical label cell + a framed list of numbered items (tags after 。 / alone on a line)."""
    pg.cell((LM, y, LM + 26, y + height), label_txt, 10, "G", fill=HEAD, vert=True)
    pg.rect((LM + 26, y, RM, y + height))
    yy = y + 14
    for lab, text, stt, mode in items:
        g.init(pg.n, debt, draw, fy, INITS_SECTION, lab, text, stt)
        tag = f"【{stt}】" if stt else ""
        if mode == "alone" and tag:
            yy = pg.para(LM + 34, yy, RM - LM - 44, f"{lab}{text}", size, hang=size)
            pg.text(LM + 34 + size, yy, tag, size, "M")
            yy += size * 1.55
        else:
            yy = pg.para(LM + 34, yy, RM - LM - 44, f"{lab}{text}{tag}", size, hang=size)
        yy += 2
    if yy > y + height:
        raise ValueError(f"items overflow on p{pg.n}")
    return y + height


def history_cols(pg, P, y, debt, draw, data, years, fy_raws, extra, unit_note="（単位：千円、％）"):
    """Years as columns with two headings side by side: 実績（決算） | 見込・目標."""
    nact = len(years)
    widths = [92] + [58] * nact + [54, 54, 54]
    pg.text(RM - 80, y - 4, unit_note, 8.5, "G")
    cells = {(0, 0): {"t": "区　分", "rs": 2, "fill": HEAD, "align": "c"},
             (0, 1): {"t": "実績（決算）", "cs": nact, "fill": HEAD, "align": "c"},
             (0, 1 + nact): {"t": "見込・目標", "cs": 3, "fill": HEAD, "align": "c"}}
    for i, fr in enumerate(fy_raws):
        cells[(1, 1 + i)] = {"t": fr, "fill": HEAD, "align": "c"}
    ex_heads = ["令和７年度\n見込", "令和７年度\n目標", "令和８年度\n目標"]
    for i, h in enumerate(ex_heads):
        cells[(1, 1 + nact + i)] = {"t": h, "fill": HEAD, "align": "c"}
    rows = [("調定額", "assessed"), ("収入済額", "collected"), ("収納率", "collection_rate"), ("不納欠損額", "written_off"),
            ("収入未済額", "outstanding"), ("収入未済額の前年度比", "difference")]
    prev_out = None
    for ri, (lab, m) in enumerate(rows):
        r = ri + 2
        cells[(r, 0)] = {"t": lab, "align": "l"}
        prev_out = None
        for i, fy in enumerate(years):
            a, c, wo = data[fy]
            out = a - c - wo
            if m == "assessed":
                t = g.fact(P, debt, draw, fy, fy_raws[i].replace("\n", ""), "total", m, "actual", a * 1000, "yen", comma(a))
            elif m == "collected":
                t = g.fact(P, debt, draw, fy, fy_raws[i].replace("\n", ""), "total", m, "actual", c * 1000, "yen", comma(c))
            elif m == "collection_rate":
                v = rate(c, a)
                t = g.fact(P, debt, draw, fy, fy_raws[i].replace("\n", ""), "total", m, "actual", v, "percent", rfmt(v))
            elif m == "written_off":
                t = g.fact(P, debt, draw, fy, fy_raws[i].replace("\n", ""), "total", m, "actual", wo * 1000, "yen", comma(wo))
            elif m == "outstanding":
                t = g.fact(P, debt, draw, fy, fy_raws[i].replace("\n", ""), "total", m, "actual", out * 1000, "yen", comma(out))
            else:
                if prev_out is None:
                    t = "－"
                else:
                    d = out - prev_out
                    t = g.fact(P, debt, draw, fy, fy_raws[i].replace("\n", ""), "total", "difference", "actual", d * 1000, "yen", tri(d, "▲"))
            prev_out = out
            cells[(r, 1 + i)] = {"t": t}
        # estimate / targets
        ea, ec, ewo = extra["est"]
        eo = ea - ec - ewo
        for j, (basis, fy, fr) in enumerate((("estimate", 2025, "令和７年度"), ("target", 2025, "令和７年度"), ("target", 2026, "令和８年度"))):
            col = 1 + nact + j
            if basis == "estimate":
                if m == "assessed":
                    t = g.fact(P, debt, draw, fy, fr, "total", m, basis, ea * 1000, "yen", comma(ea))
                elif m == "collected":
                    t = g.fact(P, debt, draw, fy, fr, "total", m, basis, ec * 1000, "yen", comma(ec))
                elif m == "collection_rate":
                    v = rate(ec, ea)
                    t = g.fact(P, debt, draw, fy, fr, "total", m, basis, v, "percent", rfmt(v))
                elif m == "written_off":
                    t = g.fact(P, debt, draw, fy, fr, "total", m, basis, ewo * 1000, "yen", comma(ewo))
                elif m == "outstanding":
                    t = g.fact(P, debt, draw, fy, fr, "total", m, basis, eo * 1000, "yen", comma(eo))
                else:
                    d = eo - out
                    t = g.fact(P, debt, draw, fy, fr, "total", "difference", basis, d * 1000, "yen", tri(d, "▲"))
            else:
                tr, to = extra["tgt"][fy]
                if m == "collection_rate":
                    t = g.fact(P, debt, draw, fy, fr, "total", m, basis, tr, "percent", rfmt(tr))
                elif m == "outstanding":
                    t = g.fact(P, debt, draw, fy, fr, "total", m, basis, to * 1000, "yen", comma(to))
                else:
                    t = "－"
            cells[(r, col)] = {"t": t, "fill": (0.97, 0.97, 0.9)}
    return pg.grid(LM, y, widths, [18, 26] + [18] * 6, cells)


# ---------------- page 3: 町税
pg = Pg()
P = pg.n
y = strip(pg, P, "町税", "税務課", "強制徴収公債権", 1)
y += 20
pg.text(LM, y, "１　収納状況の推移", 11, "G")
y += 10
SHI = {2021: (3_012_345, 2_918_765, 8_234), 2022: (3_048_123, 2_958_234, 7_678), 2023: (3_075_678, 2_990_890, 6_321),
       2024: (3_101_234, 3_021_211, 5_345)}
SHI_X = {"est": (3_120_000, 3_043_000, 5_000), "tgt": {2025: (97.50, 70_000), 2026: (97.60, 66_000)}}
y = history_cols(pg, P, y, "町税", "町税", SHI, [2021, 2022, 2023, 2024], ["R3", "令和４年度", "５年度", "６年度\n(2024年度)"], SHI_X)
y += 18
pg.text(LM, y, "２　区分別の収納率（　）内は前年度又は前年同期", 11, "G")
y += 8
BR = [("令和６年度決算", 2024, "actual", None, (99.21, 99.12), (28.45, 26.90)),
      ("令和７年９月末", 2025, "interim", "2025-09-30", (rate(1_567_890, 2_998_765), 51.85), (17.32, 16.05))]
cells = {(0, 0): {"t": "区　分", "fill": HEAD, "align": "c"}, (0, 1): {"t": "現年度分（％）", "fill": HEAD, "align": "c"},
         (0, 2): {"t": "滞納繰越分（％）", "fill": HEAD, "align": "c"}}
for ri, (lab, fy, basis, asof, cu, ar) in enumerate(BR):
    cells[(ri + 1, 0)] = {"t": lab, "align": "l"}
    pas = "2024-09-30" if asof else None
    prv = "前年同期" if asof else "前年度"
    c1 = g.fact(P, "町税", "町税", fy, lab, "current", "collection_rate", basis, cu[0], "percent", rfmt(cu[0]), asof)
    c2 = g.fact(P, "町税", "町税", fy - 1, prv, "current", "collection_rate", basis, cu[1], "percent", rfmt(cu[1]), pas)
    a1 = g.fact(P, "町税", "町税", fy, lab, "arrears", "collection_rate", basis, ar[0], "percent", rfmt(ar[0]), asof)
    a2 = g.fact(P, "町税", "町税", fy - 1, prv, "arrears", "collection_rate", basis, ar[1], "percent", rfmt(ar[1]), pas)
    cells[(ri + 1, 1)] = {"t": f"{c1}（{c2}）", "align": "c"}
    cells[(ri + 1, 2)] = {"t": f"{a1}（{a2}）", "align": "c"}
y = pg.grid(LM, y, [150, 175, 174], [20, 20, 20], cells)
y += 10
d_out = (SHI[2024][0] - SHI[2024][1] - SHI[2024][2]) - (SHI[2023][0] - SHI[2023][1] - SHI[2023][2])
dtxt, dval = oku_man(abs(d_out) * 1000, 100_000)
dp = round(28.45 - 26.90, 2)
t1 = g.fact(P, "町税", "町税", 2024, "令和６年度", "arrears", "difference", "actual", dp, "points", f"{dp:.2f}ポイント")
t2 = g.fact(P, "町税", "町税", 2024, "令和６年度", "total", "difference", "actual", -dval, "yen", f"約{dtxt}", approx=True)
y = pg.para(LM, y + 6, RM - LM, f"令和６年度は、滞納繰越分の収納率が前年度比{t1}上昇し、収入未済額は前年度から{t2}の減少となった。上半期も現年度分・滞納繰越分ともに前年同期を上回って推移している。", 10, indent=10)
y += 8
pg.text(LM, y, "３　令和７年度の取組", 11, "G")
y += 6
SHI_ITEMS = [("①", "納期限後20日以内に督促状を発送し、督促後も未納の者には文書及び電話による催告を行う。", "継続", "same"),
             ("②", "滞納額30万円以上の事案は収納係の高額担当に引き継ぎ、財産調査と差押えを集中的に行う。", "拡充", "alone"),
             ("③", "地方税統一ＱＲコードを活用したスマートフォン決済を周知し、納期内納付を促進する。", "継続", "same"),
             ("④", "県及び県内市町村との合同公売に参加し、差押財産の換価を進める。", "新規", "same")]
items_box(pg, y, 96, "町税", "町税", SHI_ITEMS)
pg.footer()

# ---------------- page 4: 国民健康保険税
pg = Pg()
P = pg.n
y = strip(pg, P, "国民健康保険税", "町民課", "強制徴収公債権", 2)
y += 20
pg.text(LM, y, "１　収納状況の推移", 11, "G")
y += 10
KOK = {2021: (723_456, 581_234, 9_345), 2022: (707_654, 574_012, 8_876), 2023: (687_321, 562_765, 8_234),
       2024: (668_765, 555_235, 7_111)}
KOK_X = {"est": (652_000, 543_000, 7_000), "tgt": {2025: (83.50, 100_000), 2026: (84.00, 96_000)}}
y = history_cols(pg, P, y, "国民健康保険料", "国民健康保険税", KOK, [2021, 2022, 2023, 2024],
                 ["令和３年度", "令和４年度", "令和５年度", "令和６年度"], KOK_X)
y += 18
pg.text(LM, y, "２　区分別の状況（令和６年度決算）", 11, "G")
pg.text(RM - 180, y, "上段：収入済額（千円）　下段：収納率（％）", 8.5, "G")
y += 8
SEG6 = {"current": (552_443, 520_334), "arrears": (116_322, 34_901)}
assert SEG6["current"][0] + SEG6["arrears"][0] == KOK[2024][0] and SEG6["current"][1] + SEG6["arrears"][1] == KOK[2024][1]
cells = {(0, 0): {"t": "区　分", "fill": HEAD, "align": "c"}, (0, 1): {"t": "調定額（千円）", "fill": HEAD, "align": "c"},
         (0, 2): {"t": "収入済額\n収納率", "fill": HEAD, "align": "c"}}
for ri, (seg, lab) in enumerate((("current", "現年度分"), ("arrears", "滞納繰越分"))):
    a, c = SEG6[seg]
    cells[(ri + 1, 0)] = {"t": lab, "align": "c"}
    cells[(ri + 1, 1)] = {"t": g.fact(P, "国民健康保険料", "国民健康保険税", 2024, "令和６年度", seg, "assessed", "actual", a * 1000, "yen", comma(a))}
    s1 = g.fact(P, "国民健康保険料", "国民健康保険税", 2024, "令和６年度", seg, "collected", "actual", c * 1000, "yen", comma(c))
    s2 = g.fact(P, "国民健康保険料", "国民健康保険税", 2024, "令和６年度", seg, "collection_rate", "actual", rate(c, a), "percent", rfmt(rate(c, a)))
    cells[(ri + 1, 2)] = {"t": f"{s1}\n{s2}"}
gx = LM
yb = pg.grid(gx, y, [70, 85, 85], [22, 30, 30], cells)
# beside it: targets and results with 達成率
TG = {2022: 80.50, 2023: 81.50, 2024: 83.50}
cells = {(0, 0): {"t": "年度", "fill": HEAD, "align": "c"}, (0, 1): {"t": "目標（％）", "fill": HEAD, "align": "c"},
         (0, 2): {"t": "実績（％）", "fill": HEAD, "align": "c"}, (0, 3): {"t": "達成率（％）", "fill": HEAD, "align": "c"}}
for ri, fy in enumerate((2022, 2023, 2024)):
    a, c, wo = KOK[fy]
    act = rate(c, a)
    ach = rate(int(round(act * 100)), int(round(TG[fy] * 100)))
    fr = {2022: "Ｒ４", 2023: "Ｒ５", 2024: "Ｒ６"}[fy]
    cells[(ri + 1, 0)] = {"t": fr, "align": "c"}
    cells[(ri + 1, 1)] = {"t": g.fact(P, "国民健康保険料", "国民健康保険税", fy, fr, "total", "collection_rate", "target", TG[fy], "percent", rfmt(TG[fy]))}
    cells[(ri + 1, 2)] = {"t": g.fact(P, "国民健康保険料", "国民健康保険税", fy, fr, "total", "collection_rate", "actual", act, "percent", rfmt(act))}
    cells[(ri + 1, 3)] = {"t": g.fact(P, "国民健康保険料", "国民健康保険税", fy, fr, "total", "achievement_rate", "actual", ach, "percent", rfmt(ach))}
yb2 = pg.grid(gx + 256, y, [44, 64, 64, 71], [22, 20, 20, 20], cells)
pg.text(gx + 256, yb2 + 11, "※ 収納率は現年度分と滞納繰越分の計。達成率＝実績÷目標×100", 7.8, "G")
y = max(yb, yb2) + 22
y = pg.para(LM, y, RM - LM, "被保険者数の減少により調定額は年々減少しているが、現年度分の口座振替率の向上と、滞納繰越分に対する早期の財産調査により、収納率は上昇傾向にある。", 10, indent=10)
y += 8
pg.text(LM, y, "３　令和７年度の取組", 11, "G")
y += 6
KOK_ITEMS = [("(1)", "新規加入世帯に対して、資格取得の届出時に口座振替の申込みを受け付ける。", "継続", "same"),
             ("(2)", "現年度分の未納世帯に対し、納期限の翌月に電話催告を実施し、分納の相談を受ける。", "継続", "same"),
             ("(3)", "納付資力がありながら納付に応じない世帯については、預貯金及び給与の差押えを実施する。", "拡充", "alone"),
             ("(4)", "居所不明の世帯について、住民基本台帳の情報と照合して実態調査を行い、執行停止を適正に行う。", None, "same")]
items_box(pg, y, 100, "国民健康保険料", "国民健康保険税", KOK_ITEMS)
pg.footer()

# ---------------- page 5: 介護保険料 (two blocks side by side: 令和６年度決算 | 令和７年度目標)
pg = Pg()
P = pg.n
y = strip(pg, P, "介護保険料", "保健・福祉課", "強制徴収公債権", 3)
y += 22
pg.text(LM, y, "１　収納状況と目標", 11, "G")
y += 18
pg.text(LM, y, "令和６年度決算", 10.5, "G", align="c", width=300)
pg.text(LM + 312, y, "令和７年度目標", 10.5, "G", align="c", width=RM - LM - 312)
y += 6
KAI6 = {"current": (452_345, 448_765), "arrears": (10_456, 2_034)}
KAI_T = {"current": 99.30, "arrears": 20.00, "total": 97.60}
cells = {(0, 0): {"t": "区　分", "fill": HEAD, "align": "c"}, (0, 1): {"t": "調定額（千円）", "fill": HEAD, "align": "c"},
         (0, 2): {"t": "収入済額（千円）", "fill": HEAD, "align": "c"}, (0, 3): {"t": "収納率（％）", "fill": HEAD, "align": "c"}}
segs = [("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計")]
for ri, (seg, lab) in enumerate(segs):
    if seg == "total":
        a = KAI6["current"][0] + KAI6["arrears"][0]
        c = KAI6["current"][1] + KAI6["arrears"][1]
    else:
        a, c = KAI6[seg]
    cells[(ri + 1, 0)] = {"t": lab, "align": "c"}
    cells[(ri + 1, 1)] = {"t": g.fact(P, "介護保険料", "介護保険料", 2024, "令和６年度", seg, "assessed", "actual", a * 1000, "yen", comma(a))}
    cells[(ri + 1, 2)] = {"t": g.fact(P, "介護保険料", "介護保険料", 2024, "令和６年度", seg, "collected", "actual", c * 1000, "yen", comma(c))}
    cells[(ri + 1, 3)] = {"t": g.fact(P, "介護保険料", "介護保険料", 2024, "令和６年度", seg, "collection_rate", "actual", rate(c, a), "percent", rfmt(rate(c, a)))}
yl = pg.grid(LM, y, [60, 82, 82, 76], [22, 20, 20, 20], cells)
cells = {(0, 0): {"t": "区　分", "fill": HEAD, "align": "c"}, (0, 1): {"t": "目標収納率（％）", "fill": HEAD, "align": "c"},
         (0, 2): {"t": "前年度比", "fill": HEAD, "align": "c"}}
for ri, (seg, lab) in enumerate(segs):
    if seg == "total":
        a = KAI6["current"][0] + KAI6["arrears"][0]
        c = KAI6["current"][1] + KAI6["arrears"][1]
    else:
        a, c = KAI6[seg]
    d = round(KAI_T[seg] - rate(c, a), 2)
    cells[(ri + 1, 0)] = {"t": lab, "align": "c"}
    cells[(ri + 1, 1)] = {"t": g.fact(P, "介護保険料", "介護保険料", 2025, "令和７年度", seg, "collection_rate", "target", KAI_T[seg], "percent", rfmt(KAI_T[seg]))}
    cells[(ri + 1, 2)] = {"t": g.fact(P, "介護保険料", "介護保険料", 2025, "令和７年度", seg, "difference", "target", d, "points", dfmt(d, mark="▲"))}
yr = pg.grid(LM + 312, y, [50, 76, 61], [22, 20, 20, 20], cells)
y = max(yl, yr) + 8
KAI_WO, KAI_OUT = 1_210, None
a = KAI6["current"][0] + KAI6["arrears"][0]
c = KAI6["current"][1] + KAI6["arrears"][1]
KAI_OUT = a - c - KAI_WO
KAI_ARR_OUT = KAI6["arrears"][0] - KAI6["arrears"][1] - KAI_WO
w1 = g.fact(P, "介護保険料", "介護保険料", 2024, "令和６年度", "total", "written_off", "actual", KAI_WO * 1000, "yen", f"{comma(KAI_WO)}千円")
w2 = g.fact(P, "介護保険料", "介護保険料", 2024, "令和６年度", "total", "outstanding", "actual", KAI_OUT * 1000, "yen", f"{comma(KAI_OUT)}千円")
w3 = g.fact(P, "介護保険料", "介護保険料", 2024, "令和６年度", "arrears", "outstanding", "actual", KAI_ARR_OUT * 1000, "yen", f"{comma(KAI_ARR_OUT)}千円")
y = pg.para(LM, y + 6, RM - LM, f"※ 令和６年度の不納欠損額は{w1}、収入未済額は{w2}（うち滞納繰越分{w3}）。目標の前年度比は令和６年度決算との差（ポイント）で、▲は低下を示す。", 8.5)
y += 10
pg.text(LM, y, "２　収納率の推移（現年度分）", 11, "G")
y += 8
KAI_H = [("平成30年度", 2018, 98.65), ("令和元年度", 2019, 98.71), ("令和２年度", 2020, 98.80), ("令和３年度", 2021, 98.92),
         ("令和４年度", 2022, 99.05), ("令和５年度", 2023, 99.12), ("令和６年度", 2024, rate(*reversed(KAI6["current"])))]
cells = {(0, i): {"t": lab.replace("年度", "\n年度") if False else lab, "fill": HEAD, "align": "c", "size": 8} for i, (lab, _, _) in enumerate(KAI_H)}
for i, (lab, fy, v) in enumerate(KAI_H):
    cells[(1, i)] = {"t": g.fact(P, "介護保険料", "介護保険料", fy, lab, "current", "collection_rate", "actual", v, "percent", f"{rfmt(v)}%"), "align": "c"}
y = pg.grid(LM, y, [71.3] * 6 + [71.2], [20, 20], cells)
y += 16
pg.text(LM, y, "３　令和７年度の取組", 11, "G")
y += 6
KAI_ITEMS = [("ア", "65歳到達時の普通徴収期間中の未納を防ぐため、資格取得時に納付方法と納期を個別に案内する。", "継続", "same"),
             ("イ", "未納者に対して年２回の一斉催告を行い、反応のない者には臨戸による納付指導を行う。", "継続", "same"),
             ("ウ", "長期滞納者には、保険給付の制限について事前に通知し、納付相談につなげる。", "継続", "alone"),
             ("エ", "納付資力のある滞納者については、年金以外の預貯金等の財産調査を行い、差押えを実施する。", "新規", "same")]
items_box(pg, y, 126, "介護保険料", "介護保険料", KAI_ITEMS)
y += 140
box = pymupdf.Rect(LM, y, RM, y + 62)
pg.rect(box, width=0.8)
pg.text(box.x0 + 8, y + 15, "【参考】滞納の状況（令和７年９月末現在）", 9.5, "G")
dn = g.fact(P, "介護保険料", "介護保険料", 2025, "令和７年９月末", "total", "delinquents", "interim", 187, "persons", "187人", "2025-09-30")
dn2 = g.fact(P, "介護保険料", "介護保険料", 2024, "前年同期", "total", "delinquents", "interim", 203, "persons", "203人", "2024-09-30")
pg.text(box.x0 + 16, y + 32, f"・滞納者数：{dn}（前年同期 {dn2}）", 9.5)
pg.text(box.x0 + 16, y + 48, "・給付制限の対象者：５人", 9.5)
pg.footer()

# ---------------- page 6: 町営住宅使用料 (円)
pg = Pg()
P = pg.n
y = strip(pg, P, "町営住宅使用料", "まちづくり課", "非強制徴収公債権", 4)
y += 22
pg.text(LM, y, "１　収納状況の推移", 11, "G")
pg.text(RM - 70, y, "（単位：円）", 8.5, "G")
y += 8
JU = {2021: (61_234_320, 50_432_100, 434_560), 2022: (60_321_450, 50_087_600, 387_650),
      2023: (59_210_980, 50_123_400, 456_780), 2024: (58_987_650, 50_532_120, 12_300)}
rows = ["年度", "調定額", "収入済額", "収納率", "不納欠損額", "収入未済額", "前年度比"]
FYR = {2021: "令和３年度", 2022: "令和４年度", 2023: "令和５年度", 2024: "令和６年度"}
cells = {(0, i): {"t": h, "fill": HEAD, "align": "c"} for i, h in enumerate(rows)}
prev = None
for ri, fy in enumerate((2021, 2022, 2023, 2024)):
    a, c, wo = JU[fy]
    out = a - c - wo
    r = ri + 1
    fr = FYR[fy]
    cells[(r, 0)] = {"t": fr, "align": "c"}
    cells[(r, 1)] = {"t": g.fact(P, "町営住宅使用料", "町営住宅使用料", fy, fr, "total", "assessed", "actual", a, "yen", comma(a))}
    cells[(r, 2)] = {"t": g.fact(P, "町営住宅使用料", "町営住宅使用料", fy, fr, "total", "collected", "actual", c, "yen", comma(c))}
    cells[(r, 3)] = {"t": g.fact(P, "町営住宅使用料", "町営住宅使用料", fy, fr, "total", "collection_rate", "actual", rate(c, a), "percent", f"{rfmt(rate(c, a))}%")}
    cells[(r, 4)] = {"t": g.fact(P, "町営住宅使用料", "町営住宅使用料", fy, fr, "total", "written_off", "actual", wo, "yen", comma(wo))}
    cells[(r, 5)] = {"t": g.fact(P, "町営住宅使用料", "町営住宅使用料", fy, fr, "total", "outstanding", "actual", out, "yen", comma(out))}
    if prev is None:
        cells[(r, 6)] = {"t": "－", "align": "c"}
    else:
        cells[(r, 6)] = {"t": g.fact(P, "町営住宅使用料", "町営住宅使用料", fy, fr, "total", "difference", "actual", out - prev, "yen", tri(out - prev))}
    prev = out
y = pg.grid(LM, y, [66, 78, 78, 52, 66, 78, 81], [22, 20, 20, 20, 20], cells)
y += 18
out6 = JU[2024][0] - JU[2024][1] - JU[2024][2]
out5 = JU[2023][0] - JU[2023][1] - JU[2023][2]
zz = zen(comma(out6)).replace(",", "，")
z1 = g.fact(P, "町営住宅使用料", "町営住宅使用料", 2024, "令和６年度", "total", "outstanding", "actual", out6, "yen", f"{zz}円")
rt6, rt5 = rate(JU[2024][1], JU[2024][0]), rate(JU[2023][1], JU[2023][0])
dd = round(rt6 - rt5, 2)
z2 = g.fact(P, "町営住宅使用料", "町営住宅使用料", 2024, "令和６年度", "total", "difference", "actual", dd, "points", f"{zen(f'{dd:.2f}').replace('.', '．')}ポイント")
y = pg.para(LM, y, RM - LM, f"令和６年度末の収入未済額は{z1}で、収納率は前年度から{z2}上昇した。収入未済額の大半は退去者に係る滞納であり、連帯保証人への請求と法的措置による回収が課題である。", 10, indent=10)
y += 10
pg.text(LM, y, "２　滞納者の状況（令和６年度末）", 11, "G")
y += 8
cells = {(0, 0): {"t": "区　分", "fill": HEAD, "align": "c"}, (0, 1): {"t": "滞納者数（人）", "fill": HEAD, "align": "c"},
         (0, 2): {"t": "滞納額（円）", "fill": HEAD, "align": "c"}, (0, 3): {"t": "備　考", "fill": HEAD, "align": "c"}}
inh, ret = (18, 3_210_540), (25, out6 - 3_210_540)
cells[(1, 0)] = {"t": "入居者", "align": "c"}
cells[(1, 1)] = {"t": g.fact(P, "町営住宅使用料", "町営住宅使用料", 2024, "令和６年度末", "total", "delinquents", "actual", inh[0], "persons", str(inh[0]))}
cells[(1, 2)] = {"t": g.fact(P, "町営住宅使用料", "町営住宅使用料", 2024, "令和６年度末", "total", "outstanding", "actual", inh[1], "yen", comma(inh[1]))}
cells[(1, 3)] = {"t": "分納誓約 11人", "align": "l"}
cells[(2, 0)] = {"t": "退去者", "align": "c"}
cells[(2, 1)] = {"t": g.fact(P, "町営住宅使用料", "町営住宅使用料", 2024, "令和６年度末", "total", "delinquents", "actual", ret[0], "persons", str(ret[0]))}
cells[(2, 2)] = {"t": g.fact(P, "町営住宅使用料", "町営住宅使用料", 2024, "令和６年度末", "total", "outstanding", "actual", ret[1], "yen", comma(ret[1]))}
cells[(2, 3)] = {"t": "法的措置中 4人", "align": "l"}
cells[(3, 0)] = {"t": "計", "align": "c", "fill": GRAY}
cells[(3, 1)] = {"t": g.fact(P, "町営住宅使用料", "町営住宅使用料", 2024, "令和６年度末", "total", "delinquents", "actual", 43, "persons", "43"), "fill": GRAY}
cells[(3, 2)] = {"t": g.fact(P, "町営住宅使用料", "町営住宅使用料", 2024, "令和６年度末", "total", "outstanding", "actual", out6, "yen", comma(out6)), "fill": GRAY}
cells[(3, 3)] = {"t": "", "fill": GRAY}
y = pg.grid(LM, y, [100, 100, 130, 169], [22, 20, 20, 20], cells)
y += 18
pg.text(LM, y, "３　令和７年度の取組", 11, "G")
y += 6
JU_ITEMS = [("①", "入居者の滞納が３か月に達した時点で、面談による納付指導と分納誓約の徴取を行う。", "継続", "same"),
            ("②", "退去者の滞納については、連帯保証人に対して文書で請求し、応じない場合は支払督促を申し立てる。", "拡充", "same"),
            ("③", "６か月以上の滞納者で納付の意思が見られない者には、明渡請求訴訟の提起を検討する。", "継続", "alone"),
            ("④", "回収の見込みがない債権は、債権管理条例に基づき放棄の手続を進める。", "新規", "same")]
items_box(pg, y, 112, "町営住宅使用料", "町営住宅使用料", JU_ITEMS)
pg.footer()

# ============================================================ page 7: 資料３ 主な意見と対応 (○ Q&A)
pg = Pg()
P = pg.n
pg.text(RM - 60, 40, "資料３", 11, "G")
pg.rect((RM - 66, 27, RM + 2, 45))
pg.text(LM, 64, "前回会議（令和７年度第１回）における主な意見と対応", 13, "G", align="c", width=RM - LM)
y = 88
pg.text(LM, y, "令和７年度第１回会議（令和７年６月２日開催）の質疑の概要は次のとおり。", 10)
y += 24
a6, c6 = SEG6["arrears"]
r6 = round(c6 / a6 * 100, 1)
r5 = round(r6 - 1.2, 1)
dq = round(r6 - r5, 1)
q1 = g.fact(P, "国民健康保険料", "国民健康保険税", 2024, "令和６年度", "arrears", "collection_rate", "actual", r6, "percent", f"{r6:.1f}％")
q2 = g.fact(P, "国民健康保険料", "国民健康保険税", 2023, "前年度", "arrears", "collection_rate", "actual", r5, "percent", f"{r5:.1f}％")
q3 = g.fact(P, "国民健康保険料", "国民健康保険税", 2024, "令和６年度", "arrears", "difference", "actual", dq, "points", f"{dq:.1f}ポイント")
oj, ojv = oku_man(out6, 100_000)
dj, djv = oku_man(out5 - out6, 100_000)
q4 = g.fact(P, "町営住宅使用料", "町営住宅使用料", 2024, "令和６年度", "total", "outstanding", "actual", ojv, "yen", f"約{oj}", approx=True)
djz = zen(dj)
q5 = g.fact(P, "町営住宅使用料", "町営住宅使用料", 2024, "令和６年度", "total", "difference", "actual", -djv, "yen", f"約{djz}", approx=True)
QA = [
    ("○企画財政課長", "国民健康保険税の滞納繰越分の収納率は、前年度と比べてどの程度改善しているのか。"),
    ("○税務課長", f"令和６年度の滞納繰越分の収納率は{q1}で、前年度の{q2}から{q3}改善した。高額事案を中心に財産調査を早期に行い、差押えに結びつけたことが主な要因と考えている。"),
    ("○保健・福祉課長", "町営住宅使用料の収入未済額が多いが、退去者への対応はどうなっているのか。"),
    ("○まちづくり課長", f"令和６年度末の収入未済額は{q4}で、前年度から{q5}減少した。退去者については連帯保証人への請求を徹底しており、今年度は支払督促の申立てを拡大する予定である。"),
    ("○子ども・若者支援課長", "保育所保育料について、児童手当からの徴収の実績はどうか。"),
    ("○税務課長", "保護者の申出に基づき児童手当から徴収しており、令和６年度は延べ９世帯から徴収した。引き続き申出の勧奨に努める。"),
    ("○委員長（副町長）", "各所管課においては、上半期の収納状況を踏まえ、滞納整理強化期間の取組を確実に実施すること。"),
]
for sp, tx in QA:
    pg.text(LM, y, sp, 10, "G")
    y = pg.para(LM + 14, y + 15, RM - LM - 14, tx, 10, indent=10)
    y += 8
y += 8
pg.text(LM, y, "今後のスケジュール（予定）", 11, "G")
y += 18
for t in ("令和７年12月　滞納整理強化期間（12月～１月）の実施", "令和８年２月　令和７年度第３回会議（令和８年度取組方針の決定）"):
    pg.text(LM + 14, y, "・" + t, 10)
    y += 16
pg.footer()

# ---------------------------------------------------------------- save
PDF.parent.mkdir(parents=True, exist_ok=True)
doc.subset_fonts()
doc.set_metadata({"title": g.doc["title"], "author": "おいらせ町", "creator": "PyMuPDF"})
doc.save(PDF, garbage=4, deflate=True)
doc.close()
gp = g.write(PDF, HERE / "gold")
errs = check_pdf(PDF, g)
print(f"{STEM}: {len(g.facts)} facts, {len(g.inits)} initiatives -> {gp}")
for x in errs[:40]:
    print("  CHECK:", x)
print("  errors:", len(errs))
sys.exit(1 if errs else 0)
