#!/usr/bin/env python3
"""gf_miyaki_progress_1: みやき町 令和５年度 町税等の収納状況及び収納対策の取組状況（令和６年２月末現在）
(kind progress_report).

Tool chain: PyMuPDF drawing directly (IPAex fonts, subset at the end).
Run from corpus/dev46:  python3 build/gf_miyaki_progress.py
All figures are invented; the layout follows real mid-year 収納状況 reports of towns.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gf_common import Facts, Inits, PDF_DIR, comma, rate, write_gold  # noqa: E402

STEM = "gf_miyaki_progress_1"
TOWN = "みやき町"
TITLE = "令和５年度 町税等の収納状況及び収納対策の取組状況について（令和６年２月末現在）"
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FG = pymupdf.Font(fontfile=GOTH)
FM = pymupdf.Font(fontfile=MIN)
AS_OF, AS_OF_PREV = "2024-02-29", "2023-02-28"   # 令和６年２月末 (leap year) / 前年同月
FY, FY_PREV = 2023, 2022

F = Facts()
I = Inits()
FW = str.maketrans("0123456789.,", "０１２３４５６７８９．，")


def z(s) -> str:
    return str(s).translate(FW)


# ------------------------------------------------------------------ data (千円)
# key, printed, canonical debt, cur(a, rate, prev_a, prev_rate, est_rate), arr(...)|None, est written-off
LEAVES = [
    ("kojin", "町民税（個人）", "個人町民税", (612450, 95.12, 605812, 94.86, 98.95), (38214, 22.40, 41520, 20.95, 27.8)),
    ("hojin", "町民税（法人）", "法人町民税", (98312, 98.85, 94120, 98.60, 99.70), (2105, 31.20, 2480, 28.40, 40.5)),
    ("kotei", "固定資産税", "固定資産税", (1024806, 96.90, 1018240, 96.55, 98.80), (61022, 19.60, 65310, 18.20, 24.6)),
    ("keiji", "軽自動車税（種別割）", "軽自動車税", (58410, 97.35, 57120, 97.10, 98.60), (4318, 25.10, 4702, 23.80, 30.2)),
    ("tabako", "町たばこ税", "町たばこ税", (71204, 100.00, 73015, 100.00, 100.00), None),
]
OTHERS = [
    ("kokuho", "国民健康保険税", "国民健康保険税", (398120, 88.41, 405630, 87.85, 95.10), (142610, 16.20, 151240, 15.05, 20.4)),
    ("kaigo", "介護保険料", "介護保険料", (512300, 97.60, 505410, 97.45, 99.10), (8512, 12.50, 9104, 11.90, 17.2)),
    ("kouki", "後期高齢者医療保険料", "後期高齢者医療保険料", (168220, 98.90, 163540, 98.82, 99.60), (1215, 30.10, 1302, 27.70, 38.1)),
    ("hoiku", "保育料", "保育所保育料", (31205, 96.10, 33410, 96.45, 98.40), (2410, 9.80, 2650, 10.40, 13.5)),
    ("jutaku", "町営住宅使用料", "町営住宅使用料", (42318, 93.50, 43102, 93.80, 96.20), (9846, 6.20, 10215, 6.90, 9.5)),
    ("gesui", "下水道使用料", "下水道使用料", (28114, 95.80, 27650, 95.35, 98.10), (1102, 14.30, 1215, 12.90, 18.6)),
    ("kyushoku", "学校給食費", "学校給食費", (61420, 95.20, 62215, 95.60, 98.90), (3318, 11.40, 3510, 12.10, 16.0)),
]


def seg_data(spec):
    a, r, pa, pr, er = spec
    return dict(a=a, c=round(a * r / 100), pa=pa, pc=round(pa * pr / 100), ec=round(a * er / 100))


def add(d1, d2):
    return {k: d1[k] + d2[k] for k in d1}


DATA = {}   # key -> {"current": {...}, "arrears": {...}|None}
META = {}
for key, raw, debt, cur, arr in LEAVES + OTHERS:
    DATA[key] = {"current": seg_data(cur), "arrears": seg_data(arr) if arr else None}
    DATA[key]["total"] = add(DATA[key]["current"], DATA[key]["arrears"]) if arr else dict(DATA[key]["current"])
    META[key] = (raw, debt)


def group(keys):
    out = {}
    for s in ("current", "arrears"):
        acc = None
        for k in keys:
            x = DATA[k][s]
            if x is None:
                continue
            acc = dict(x) if acc is None else add(acc, x)
        out[s] = acc
    out["total"] = add(out["current"], out["arrears"])
    return out


TAX = [k for k, *_ in LEAVES]
ALL = TAX + [k for k, *_ in OTHERS]
DATA["shoukei"] = group(TAX)
META["shoukei"] = ("町税小計", "町税")
DATA["goukei"] = group(ALL)
META["goukei"] = ("合計", None)


def rates(x):
    return rate(x["c"], x["a"]), rate(x["pc"], x["pa"]), rate(x["ec"], x["a"])


# ------------------------------------------------------------------ drawing helpers
class PG:
    def __init__(self, doc, w=595.28, h=841.89):
        self.p = doc.new_page(width=w, height=h)
        self.p.insert_font(fontname="g", fontfile=GOTH)
        self.p.insert_font(fontname="m", fontfile=MIN)
        self.w, self.h = w, h

    def t(self, x, y, s, size=9.5, font="m", color=(0, 0, 0), align="l", width=0):
        f = FG if font == "g" else FM
        if align != "l":
            tl = f.text_length(s, fontsize=size)
            x = x + (width - tl) / 2 if align == "c" else x + width - tl
        self.p.insert_text((x, y), s, fontname=font, fontsize=size, color=color)

    def wrap(self, s, width, size, font="m"):
        f = FG if font == "g" else FM
        no_start = "、。）」％，．・ー"
        lines, cur = [], ""
        i = 0
        toks = []
        # keep numbers (digits, commas, points, ％) together
        while i < len(s):
            j = i
            if s[i] in "０１２３４５６７８９0123456789":
                while j < len(s) and s[j] in "０１２３４５６７８９0123456789，．,.％%":
                    j += 1
                toks.append(s[i:j])
                i = j
            else:
                toks.append(s[i])
                i += 1
        for tk in toks:
            if f.text_length(cur + tk, fontsize=size) > width and cur and tk[0] not in no_start:
                lines.append(cur)
                cur = tk
            else:
                cur += tk
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, width, s, size=9.5, font="m", lead=1.6, indent=True):
        first = "　" if indent else ""
        for ln in self.wrap(first + s, width, size, font):
            self.t(x, y, ln, size, font)
            y += size * lead
        return y

    def rect(self, r, fill=None, color=(0, 0, 0), width=0.5):
        self.p.draw_rect(pymupdf.Rect(*r), color=color, fill=fill, width=width)

    def line(self, a, b, color=(0, 0, 0), width=0.5):
        self.p.draw_line(pymupdf.Point(*a), pymupdf.Point(*b), color=color, width=width)

    def grid(self, x0, y0, colw, rowh, cells, size=7.6, border=(0.25, 0.25, 0.25)):
        """cells: dicts r, c, rs, cs, text, align, fill, font, vertical."""
        xs = [x0]
        for w in colw:
            xs.append(xs[-1] + w)
        ys = [y0]
        for h in rowh:
            ys.append(ys[-1] + h)
        for cd in cells:
            r, c = cd["r"], cd["c"]
            rs, cs = cd.get("rs", 1), cd.get("cs", 1)
            rc = (xs[c], ys[r], xs[c + cs], ys[r + rs])
            self.rect(rc, fill=cd.get("fill"), color=border, width=0.5)
            txt = cd.get("text", "")
            if txt == "":
                continue
            sz = cd.get("size", size)
            font = cd.get("font", "g")
            if cd.get("vertical"):
                chars = list(txt)
                tot = len(chars) * sz * 1.05
                yy = (rc[1] + rc[3]) / 2 - tot / 2 + sz * 0.9
                for ch in chars:
                    self.t(rc[0], yy, ch, sz, font, align="c", width=rc[2] - rc[0])
                    yy += sz * 1.05
                continue
            lines = txt.split("\n")
            tot = len(lines) * sz * 1.2
            yy = (rc[1] + rc[3]) / 2 - tot / 2 + sz * 0.95
            for ln in lines:
                al = cd.get("align", "c")
                pad = 2.5
                self.t(rc[0] + pad, yy, ln, sz, font, align=al, width=rc[2] - rc[0] - 2 * pad)
                yy += sz * 1.2
        return ys[-1]

    def footer(self, n, total):
        self.t(0, self.h - 22, f"- {n} -", 9, "m", align="c", width=self.w)


SHADE = (0.85, 0.89, 0.94)
SHADE2 = (0.94, 0.94, 0.94)


def fx(**kw):
    F.add(**kw)


# ------------------------------------------------------------------ page 1/2: main table
def main_rows():
    """Row groups: (key, [(seg, label)])"""
    groups = []
    for k in TAX:
        segs = [("current", "現年")] + ([("arrears", "滞繰")] if DATA[k]["arrears"] else [])
        groups.append((k, segs))
    groups.append(("shoukei", [("current", "現年"), ("arrears", "滞繰"), ("total", "計")]))
    for k, *_ in OTHERS:
        groups.append((k, [("current", "現年"), ("arrears", "滞繰")]))
    groups.append(("goukei", [("current", "現年"), ("arrears", "滞繰"), ("total", "計")]))
    return groups


COLW = [92, 20, 66, 66, 50, 54, 44, 58]
HEAD = ["債権名", "区分", "調定額※1", "収入済額", "収納率", "前年同月\n収納率", "差", "年度末見込\n収納率"]


def draw_main(pg: PG, pno: int, groups, y0, cont=False):
    x0 = 50
    cells = []
    for i, h in enumerate(HEAD):
        cells.append(dict(r=0, c=i, text=h, fill=SHADE, vertical=(i == 1)))
    rowh = [30]
    r = 1
    for key, segs in groups:
        raw, debt = META[key]
        total_row = key in ("shoukei", "goukei")
        fill = SHADE2 if total_row else None
        cells.append(dict(r=r, c=0, rs=len(segs), text=raw.replace("（", "\n（") if len(raw) > 7 else raw,
                          align="l", fill=fill))
        for j, (s, lab) in enumerate(segs):
            x = DATA[key][s]
            cr, pr, er = rates(x)
            d = round(cr - pr, 2)
            seg_fy = "令和６年２月末現在"
            cells.append(dict(r=r + j, c=1, text=lab, fill=fill))
            cells.append(dict(r=r + j, c=2, text=comma(x["a"]), align="r", fill=fill))
            cells.append(dict(r=r + j, c=3, text=comma(x["c"]), align="r", fill=fill))
            crt = f"{cr:.2f}" + ("※2" if key == "shoukei" and s == "current" else "")
            cells.append(dict(r=r + j, c=4, text=crt, align="r", fill=fill))
            cells.append(dict(r=r + j, c=5, text=f"{pr:.2f}", align="r", fill=fill))
            dtxt = f"▲{abs(d):.2f}" if d < 0 else f"{d:.2f}"
            cells.append(dict(r=r + j, c=6, text=dtxt, align="r", fill=fill))
            cells.append(dict(r=r + j, c=7, text=f"{er:.2f}", align="r", fill=fill))
            rowh.append(15)
            common = dict(debt=debt, debt_raw=raw, seg=s, page=pno)
            fx(**common, fy=FY, fy_raw=seg_fy, metric="assessed", basis="interim", as_of=AS_OF,
               value=x["a"] * 1000, unit="yen", raw=comma(x["a"]))
            fx(**common, fy=FY, fy_raw=seg_fy, metric="collected", basis="interim", as_of=AS_OF,
               value=x["c"] * 1000, unit="yen", raw=comma(x["c"]))
            fx(**common, fy=FY, fy_raw=seg_fy, metric="collection_rate", basis="interim", as_of=AS_OF,
               value=cr, unit="percent", raw=f"{cr:.2f}")
            fx(**common, fy=FY_PREV, fy_raw="前年同月", metric="collection_rate", basis="interim",
               as_of=AS_OF_PREV, value=pr, unit="percent", raw=f"{pr:.2f}")
            fx(**common, fy=FY, fy_raw=seg_fy, metric="difference", basis="interim", as_of=AS_OF,
               value=d, unit="points", raw=dtxt)
            fx(**common, fy=FY, fy_raw="年度末見込", metric="collection_rate", basis="estimate",
               value=er, unit="percent", raw=f"{er:.2f}")
        r += len(segs)
    return pg.grid(x0, y0, COLW, rowh, cells)


def page1(doc):
    pno = 1
    pg = PG(doc)
    pg.t(420, 48, "令和６年３月１１日", 9.5)
    pg.t(420, 62, "みやき町 税務課", 9.5)
    pg.t(0, 92, "令和５年度 町税等の収納状況及び", 15, "g", align="c", width=pg.w)
    pg.t(0, 112, "収納対策の取組状況について（令和６年２月末現在）", 15, "g", align="c", width=pg.w)
    y = 142
    pg.t(50, y, "１　収納状況の概要", 11.5, "g")
    y += 18
    y = pg.para(58, y, 480, "令和５年度の町税等の収納状況（令和６年２月末現在）は次のとおりです。町税の現年分は、"
                "固定資産税第４期の納期限（２月末）を経て前年同月を上回る水準で推移しています。", 9.5)
    # bracketed metric heading over bullets labelled by segment only
    y += 6
    sh = DATA["shoukei"]
    pg.rect((58, y - 2, 330, y + 64), color=(0.2, 0.3, 0.5), width=0.8)
    pg.t(66, y + 12, "【収納率】令和６年２月末時点（町税）", 10, "g")
    yy = y + 28
    for s, lab in (("current", "現年分"), ("arrears", "滞納繰越分"), ("total", "合計")):
        cr, pr, _ = rates(sh[s])
        txt = f"・{lab}　{cr:.2f}％（前年同月 {pr:.2f}％）"
        pg.t(74, yy, txt, 9.5, "m")
        fx(debt="町税", debt_raw="町税", fy=FY, fy_raw="令和６年２月末", seg=s, metric="collection_rate",
           basis="interim", as_of=AS_OF, value=cr, unit="percent", raw=f"{cr:.2f}％", page=pno)
        fx(debt="町税", debt_raw="町税", fy=FY_PREV, fy_raw="前年同月", seg=s, metric="collection_rate",
           basis="interim", as_of=AS_OF_PREV, value=pr, unit="percent", raw=f"{pr:.2f}％", page=pno)
        yy += 13
    y += 80
    pg.t(50, y, "２　債権別の収納状況（令和６年２月末現在）", 11.5, "g")
    pg.t(430, y + 14, "（単位：千円、％）", 8.5)
    groups = main_rows()
    split = 9   # groups on page 1
    yb = draw_main(pg, pno, groups[:split], y + 20)
    pg.t(470, yb + 12, "（次ページへ続く）", 8)
    pg.footer(1, 5)
    return groups[split:]


def page2(doc, rest):
    pno = 2
    pg = PG(doc)
    pg.t(50, 52, "２　債権別の収納状況（令和６年２月末現在）（つづき）", 11.5, "g")
    pg.t(430, 66, "（単位：千円、％）", 8.5)
    yb = draw_main(pg, pno, rest, 72)
    notes = ["※1　調定額は２月末現在の額で、還付未済額を含まない。",
             "※2　町税小計の現年分は町たばこ税を含む。差は前年同月収納率との差（ポイント）で、▲は低下を示す。",
             "※　年度末見込収納率は、３月以降の納付見込額を加えて税務課で推計したもの。"]
    y = yb + 13
    for n in notes:
        pg.t(52, y, n, 7.8)
        y += 11
    # long-format table: one row per debt and year
    y += 14
    pg.t(50, y, "３　年度末（出納閉鎖後）の見込み", 11.5, "g")
    y += 6
    colw = [110, 70, 78, 78, 58, 78]
    head = ["債権名", "年度", "調定額（千円）", "収入済額（千円）", "収納率（％）", "収入未済額（千円）"]
    cells = [dict(r=0, c=i, text=h, fill=SHADE) for i, h in enumerate(head)]
    rowh = [20]
    W22 = {"shoukei": 4215, "kokuho": 6120, "kaigo": 1102, "kouki": 95}
    W22["goukei"] = sum(W22.values()) + 6713
    LONG = [(k, actual_2022(k, W22[k])) for k in ("shoukei", "kokuho", "kaigo", "kouki", "goukei")]
    EST_W = {"shoukei": 3920, "kokuho": 5850, "kaigo": 980, "kouki": 88}
    EST_W["goukei"] = sum(EST_W.values()) + 6240  # other debts
    r = 1
    for key, (a22, c22, w22) in LONG:
        raw, debt = META[key]
        raw = "町税" if key == "shoukei" else raw
        tot = DATA[key]["total"]
        a5, c5, w5 = tot["a"], tot["ec"], EST_W[key]
        for yr, lab, basis, a, c, w in ((2022, "2022年度決算", "actual", a22, c22, w22),
                                         (2023, "R5見込", "estimate", a5, c5, w5)):
            rr = rate(c, a)
            o = a - c - w
            vals = [raw, lab, comma(a), comma(c), f"{rr:.2f}", comma(o)]
            for i, v in enumerate(vals):
                cells.append(dict(r=r, c=i, text=v, align="l" if i == 0 else ("c" if i == 1 else "r"),
                                  fill=SHADE2 if key == "goukei" else None))
            rowh.append(15)
            common = dict(debt=debt, debt_raw=raw, fy=yr, fy_raw=lab, seg="total", basis=basis, page=pno)
            fx(**common, metric="assessed", value=a * 1000, unit="yen", raw=comma(a))
            fx(**common, metric="collected", value=c * 1000, unit="yen", raw=comma(c))
            fx(**common, metric="collection_rate", value=rr, unit="percent", raw=f"{rr:.2f}")
            fx(**common, metric="outstanding", value=o * 1000, unit="yen", raw=comma(o))
            r += 1
    yb = pg.grid(50, y + 4, colw, rowh, cells)
    pg.t(52, yb + 12, "※ 収入未済額＝調定額－収入済額－不納欠損額（見込）。合計は表２の全債権の合計。", 7.8)
    pg.footer(2, 5)
    return yb + 24


def actual_2022(key, w):
    """令和４（2022）年度決算: previous-year assessed amounts, year-end rates a little below this year's estimate."""
    keys = {"shoukei": TAX, "goukei": ALL}.get(key, [key])
    spec = {k: (cur, arr) for k, _, _, cur, arr in LEAVES + OTHERS}
    a = c = 0
    for k in keys:
        cur, arr = spec[k]
        a += cur[2]
        c += round(cur[2] * (cur[4] - 0.25) / 100)
        if arr:
            a += arr[2]
            c += round(arr[2] * (arr[4] - 1.1) / 100)
    return a, c, w


# ------------------------------------------------------------------ page 3: side-by-side tables + area table
AREAS = ["中原地区", "北茂安地区", "三根地区"]
SHARE = {"中原地区": 0.4238, "北茂安地区": 0.3065}


def split_yen(total_yen, shares, seed):
    vals = []
    acc = 0
    for i, s in enumerate(shares):
        v = int(total_yen * s) + (seed * (i + 3) * 37) % 997
        vals.append(v)
        acc += v
    vals.append(total_yen - acc)
    return vals


def area_data(key):
    out = {}
    for s in ("current", "arrears"):
        x = DATA[key][s]
        sh = [SHARE["中原地区"], SHARE["北茂安地区"]] if s == "current" else [0.4510, 0.2890]
        a = split_yen(x["a"] * 1000, sh, 11 if s == "current" else 5)
        csh = [sh[0] + 0.004, sh[1] - 0.002]
        c = split_yen(x["c"] * 1000, csh, 7 if s == "current" else 3)
        out[s] = [(a[i], c[i]) for i in range(3)] + [(x["a"] * 1000, x["c"] * 1000)]
    return out


def area_table(pg, pno, key, x0, y0, label):
    raw, debt = META[key]
    debt_raw = "町税" if key == "shoukei" else raw
    ad = area_data(key)
    colw = [22, 56, 72, 72, 40, 66, 66, 40]
    cells = [dict(r=0, c=0, rs=2, cs=2, text="地区", fill=SHADE),
             dict(r=0, c=2, cs=3, text=f"{label}　現年分", fill=SHADE),
             dict(r=0, c=5, cs=3, text=f"{label}　滞納繰越分", fill=SHADE)]
    for i, h in enumerate(["調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"]):
        cells.append(dict(r=1, c=2 + i, text=h, fill=SHADE))
    cells.append(dict(r=2, c=0, rs=3, text="地区別", vertical=True, fill=SHADE2))
    rowh = [16, 16]
    for i, name in enumerate(AREAS + ["合計"]):
        r = 2 + i
        if name == "合計":
            cells.append(dict(r=r, c=0, cs=2, text="合計", fill=SHADE2))
        else:
            cells.append(dict(r=r, c=1, text=name))
        for j, s in enumerate(("current", "arrears")):
            a, c = ad[s][i]
            rr = rate(c, a)
            fill = SHADE2 if name == "合計" else None
            cells.append(dict(r=r, c=2 + 3 * j, text=comma(a), align="r", fill=fill))
            cells.append(dict(r=r, c=3 + 3 * j, text=comma(c), align="r", fill=fill))
            cells.append(dict(r=r, c=4 + 3 * j, text=f"{rr:.2f}", align="r", fill=fill))
            area = None if name == "合計" else name
            common = dict(debt=debt, debt_raw=debt_raw, fy=FY, fy_raw="令和６年２月末", seg=s, basis="interim",
                          as_of=AS_OF, page=pno, area=area)
            fx(**common, metric="assessed", value=a, unit="yen", raw=comma(a))
            fx(**common, metric="collected", value=c, unit="yen", raw=comma(c))
            fx(**common, metric="collection_rate", value=rr, unit="percent", raw=f"{rr:.2f}")
        rowh.append(17)
    return pg.grid(x0, y0, colw, rowh, cells, size=7.6)


FUTSU = {  # 普通徴収分 (円): a, c
    "kaigo": (41205300, 36842150),
    "kouki": (52318400, 51120940),
}
DELQ = [  # raw, debt, unit label, unit, 令和５年３月末, 令和６年２月末
    ("町税", "町税", "人", "persons", 1012, 958),
    ("国民健康保険税", "国民健康保険税", "世帯", "households", 486, 455),
    ("介護保険料", "介護保険料", "人", "persons", 128, 121),
    ("町営住宅使用料", "町営住宅使用料", "人", "persons", 37, 41),
]


def page3(doc):
    pno = 3
    pg = PG(doc)
    pg.t(50, 52, "４　普通徴収分と滞納者数の状況", 11.5, "g")
    y = 58
    # left: metric in row header, debts as columns
    pg.t(50, y + 14, "表５　普通徴収分の収納状況（２月末）", 9, "g")
    colw = [70, 78, 86]
    cells = [dict(r=0, c=0, text="区分", fill=SHADE), dict(r=0, c=1, text="介護保険料", fill=SHADE),
             dict(r=0, c=2, text="後期高齢者\n医療保険料", fill=SHADE)]
    labels = [("調定額（円）", "assessed"), ("収入済額（円）", "collected"), ("収納率（％）", "collection_rate")]
    for i, (lab, m) in enumerate(labels):
        cells.append(dict(r=1 + i, c=0, text=lab, fill=SHADE2))
        for j, key in enumerate(("kaigo", "kouki")):
            a, c = FUTSU[key]
            raw = META[key][0]
            debt = META[key][1]
            if m == "collection_rate":
                v = rate(c, a)
                txt = f"{v:.2f}"
                fx(debt=debt, debt_raw=raw, fy=FY, fy_raw="２月末", seg="current", metric=m, basis="interim",
                   as_of=AS_OF, value=v, unit="percent", raw=txt, page=pno)
            else:
                v = a if m == "assessed" else c
                txt = comma(v)
                fx(debt=debt, debt_raw=raw, fy=FY, fy_raw="２月末", seg="current", metric=m, basis="interim",
                   as_of=AS_OF, value=v, unit="yen", raw=txt, page=pno)
            cells.append(dict(r=1 + i, c=1 + j, text=txt, align="r"))
    yb1 = pg.grid(50, y + 20, colw, [24, 16, 16, 16], cells)
    pg.t(50, yb1 + 11, "※ 現年分のうち普通徴収分のみ。", 7.6)
    # right: debts as rows
    x1 = 310
    pg.t(x1, y + 14, "表６　滞納者数の推移", 9, "g")
    colw = [96, 46, 46, 42]
    cells = [dict(r=0, c=0, text="債権名", fill=SHADE), dict(r=0, c=1, text="令和５年\n３月末", fill=SHADE),
             dict(r=0, c=2, text="令和６年\n２月末", fill=SHADE), dict(r=0, c=3, text="増減", fill=SHADE)]
    for i, (raw, debt, ulab, unit, v0, v1) in enumerate(DELQ):
        d = v1 - v0
        dtxt = f"▲{abs(d)}" if d < 0 else f"{d}"
        cells += [dict(r=1 + i, c=0, text=f"{raw}（{ulab}）", align="l"),
                  dict(r=1 + i, c=1, text=comma(v0), align="r"), dict(r=1 + i, c=2, text=comma(v1), align="r"),
                  dict(r=1 + i, c=3, text=dtxt, align="r")]
        fx(debt=debt, debt_raw=raw, fy=FY_PREV, fy_raw="令和５年３月末", seg="total", metric="delinquents",
           basis="actual", value=v0, unit=unit, raw=comma(v0), page=pno)
        fx(debt=debt, debt_raw=raw, fy=FY, fy_raw="令和６年２月末", seg="total", metric="delinquents",
           basis="interim", as_of=AS_OF, value=v1, unit=unit, raw=comma(v1), page=pno)
        fx(debt=debt, debt_raw=raw, fy=FY, fy_raw="令和６年２月末", seg="total", metric="difference",
           basis="interim", as_of=AS_OF, value=d, unit=unit, raw=dtxt, page=pno)
    yb2 = pg.grid(x1, y + 20, colw, [24, 16, 16, 16, 16], cells)
    pg.t(x1, yb2 + 11, "出典：税務課・各債権所管課調べ", 7.6)
    # area table (町税)
    y = max(yb1, yb2) + 34
    pg.t(50, y, "５　地区別の収納状況（令和６年２月末現在）", 11.5, "g")
    y = pg.para(58, y + 16, 480, "町税及び国民健康保険税の収納状況を、納税義務者の住所地により中原・北茂安・三根の"
                "３地区に区分して集計しました。表が横に長いため、国民健康保険税の欄は次ページに掲載しています。", 9.5)
    pg.t(50, y + 8, "表７　地区別収納状況（町税）", 9, "g")
    pg.t(455, y + 8, "（単位：円、％）", 8.5)
    yb = area_table(pg, pno, "shoukei", 50, y + 13, "町税")
    pg.t(52, yb + 11, "※ 町税の合計欄は表２の町税小計と一致する。（表７は次ページの国民健康保険税欄へ続く）", 7.6)
    # line chart data labels (町税 現年分 cumulative rate)
    y = yb + 36
    pg.t(50, y, "６　町税現年分収納率の推移（月末累計）", 11.5, "g")
    chart(pg, pno, 70, y + 14, 450, 170)
    pg.footer(3, 5)


def chart(pg, pno, x0, y0, w, h):
    cur = rates(DATA["shoukei"]["current"])
    r5 = [("12月末", "2023-12-31", 80.12), ("１月末", "2024-01-31", 88.65), ("２月末", AS_OF, cur[0])]
    r4 = [("12月末", "2022-12-31", 79.85), ("１月末", "2023-01-31", 88.20), ("２月末", AS_OF_PREV, cur[1])]
    pg.rect((x0, y0, x0 + w, y0 + h), color=(0.6, 0.6, 0.6), width=0.5)
    px0, px1, py0, py1 = x0 + 50, x0 + w - 110, y0 + 20, y0 + h - 28
    vmin, vmax = 75.0, 100.0

    def Y(v):
        return py1 - (v - vmin) / (vmax - vmin) * (py1 - py0)
    for gv in (75, 80, 85, 90, 95, 100):
        pg.line((px0, Y(gv)), (px1, Y(gv)), color=(0.85, 0.85, 0.85), width=0.4)
        pg.t(px0 - 26, Y(gv) + 3, f"{gv}", 7.5, "g")
    pg.t(px0 - 40, py0 - 8, "（％）", 7.5, "g")
    xs = [px0 + 40 + i * (px1 - px0 - 80) / 2 for i in range(3)]
    for i, (lab, *_rest) in enumerate(r5):
        pg.t(xs[i] - 30, py1 + 14, lab, 8, "g", align="c", width=60)
    for series, col, dy, fy, name in ((r5, (0.15, 0.35, 0.7), -7, FY, "令和５年度"),
                                      (r4, (0.75, 0.35, 0.2), 13, FY_PREV, "令和４年度")):
        pts = [(xs[i], Y(v)) for i, (_, _, v) in enumerate(series)]
        for a, b in zip(pts, pts[1:]):
            pg.line(a, b, color=col, width=1.4)
        for (px, py), (lab, asof, v) in zip(pts, series):
            pg.p.draw_circle(pymupdf.Point(px, py), 2.2, color=col, fill=col)
            pg.t(px - 20, py + dy, f"{v:.2f}", 7.8, "g", align="c", width=40)
            fx(debt="町税", debt_raw="町税", fy=fy, fy_raw=name, seg="current", metric="collection_rate",
               basis="interim", as_of=asof, value=v, unit="percent", raw=f"{v:.2f}", page=pno)
    # legend
    lx = px1 + 18
    for i, (col, name) in enumerate([((0.15, 0.35, 0.7), "令和５年度"), ((0.75, 0.35, 0.2), "令和４年度")]):
        ly = py0 + 10 + i * 16
        pg.line((lx, ly - 3), (lx + 18, ly - 3), color=col, width=1.4)
        pg.t(lx + 22, ly, name, 8, "g")


# ------------------------------------------------------------------ page 4: area table continued (right-hand columns)
def page4(doc):
    pno = 4
    pg = PG(doc)
    pg.t(50, 52, "表７　地区別収納状況（つづき：国民健康保険税）", 9, "g")
    pg.t(455, 52, "（単位：円、％）", 8.5)
    yb = area_table(pg, pno, "kokuho", 50, 58, "国民健康保険税")
    pg.t(52, yb + 11, "※ 国民健康保険税の合計欄は表２の国民健康保険税と一致する。", 7.6)
    y = yb + 36
    pg.t(50, y, "７　収納対策の取組状況", 11.5, "g")
    y += 8
    # two-column layout with figures in both columns
    colw, gap = 232, 18
    xl, xr = 52, 52 + colw + gap
    sh = DATA["shoukei"]
    arr = sh["arrears"]
    c_man = round(arr["c"] / 10)          # 万円
    pc_man = round(arr["pc"] / 10)
    d_man = c_man - pc_man
    left_h = "（１）町税の滞納整理"
    left = (f"滞納繰越分については、財産調査を滞納の初期段階で行い、預貯金や給与の差押えを中心に滞納処分を進めています。"
            f"２月末の滞納繰越分の収入済額は約{z(f'{c_man:,}')}万円で、前年同月と比べ約{z(f'{abs(d_man):,}')}万円"
            f"{'増加' if d_man >= 0 else '減少'}しました。"
            f"また、佐賀県との併任徴収による共同滞納整理の対象案件は１２件で、うち５件が完納となっています。")
    fx(debt="町税", debt_raw="町税", fy=FY, fy_raw="２月末", seg="arrears", metric="collected", basis="interim",
       as_of=AS_OF, value=c_man * 10000, unit="yen", raw=f"約{z(f'{c_man:,}')}万円", page=pno, approx=True)
    fx(debt="町税", debt_raw="町税", fy=FY, fy_raw="２月末", seg="arrears", metric="difference", basis="interim",
       as_of=AS_OF, value=d_man * 10000, unit="yen", raw=f"約{z(f'{abs(d_man):,}')}万円", page=pno, approx=True)
    kc = DATA["kokuho"]["current"]
    kcr, kpr, ker = rates(kc)
    kd = round(kcr - kpr, 2)
    ka = DATA["kokuho"]["arrears"]
    ko_man = round((ka["a"] - ka["c"]) / 10)
    right_h = "（２）国民健康保険税"
    right = (f"現年分は、口座振替の勧奨と納期限後の電話催告を強化した結果、２月末の収納率は{z(f'{kcr:.2f}')}％となり、"
             f"前年同月比{z(f'{kd:.2f}')}ポイント上昇しました。滞納繰越分の未収額は約{z(f'{ko_man:,}')}万円残っており、"
             f"出納閉鎖までに分納誓約の履行確認を徹底します。年度末の現年分収納率は{z(f'{ker:.2f}')}％を見込んでいます。")
    common = dict(debt="国民健康保険税", debt_raw="国民健康保険税", page=pno)
    fx(**common, fy=FY, fy_raw="２月末", seg="current", metric="collection_rate", basis="interim", as_of=AS_OF,
       value=kcr, unit="percent", raw=f"{z(f'{kcr:.2f}')}％")
    fx(**common, fy=FY, fy_raw="２月末", seg="current", metric="difference", basis="interim", as_of=AS_OF,
       value=kd, unit="points", raw=f"{z(f'{kd:.2f}')}ポイント")
    fx(**common, fy=FY, fy_raw="２月末", seg="arrears", metric="outstanding", basis="interim", as_of=AS_OF,
       value=ko_man * 10000, unit="yen", raw=f"約{z(f'{ko_man:,}')}万円", approx=True)
    fx(**common, fy=FY, fy_raw="年度末", seg="current", metric="collection_rate", basis="estimate",
       value=ker, unit="percent", raw=f"{z(f'{ker:.2f}')}％")
    pg.t(xl, y + 14, left_h, 9.5, "g")
    yl = pg.para(xl, y + 30, colw, left, 9.2)
    pg.t(xr, y + 14, right_h, 9.5, "g")
    yr = pg.para(xr, y + 30, colw, right, 9.2)
    pg.line((xl + colw + gap / 2, y + 4), (xl + colw + gap / 2, max(yl, yr)), color=(0.6, 0.6, 0.6), width=0.4)
    y = max(yl, yr) + 10
    measures(pg, pno, y + 18)
    pg.footer(4, 4)
    return y


# ------------------------------------------------------------------ page 5: measures (table without 取組 header)
MEASURES = [
    ("町税", "町税", "徴収", [
        ("①", "３月の夜間・休日納税相談窓口を２回開設し、納付相談を受け付ける。", "継続"),
        ("②", "出納閉鎖（５月末）に向け、現年分未納者に一斉催告書を送付する。", "継続"),
        ("③", "スマートフォン決済による納付の案内を催告書に同封する。", "新規")]),
    ("国民健康保険税", "国民健康保険税", "徴収", [
        ("①", "短期被保険者証の更新時に納付相談を実施し、分納誓約の履行を確認する。", "継続"),
        ("②", "資格喪失世帯の未納分について、町税と併せて財産調査を行う。", "拡充")]),
    ("保育所保育料", "保育料", "徴収", [
        ("①", "児童手当からの申出による徴収を未納世帯に個別に案内する。", "継続")]),
    ("町営住宅使用料", "町営住宅使用料", "徴収", [
        ("①", "滞納３か月以上の入居者に連帯保証人への通知を行い、納付を促す。", "継続"),
        ("②", "長期滞納者には明渡請求を含む法的措置を検討する。", "新規")]),
]


def measures(pg, pno, y):
    pg.t(50, y, "８　３月から出納閉鎖までの対応", 11.5, "g")
    y = pg.para(58, y + 18, 480, "出納閉鎖（５月31日）までの間、各債権所管課は次の対応を行い、年度末見込収納率の達成を目指します。"
                "なお、【継続】【拡充】【新規】は令和４年度の対応との比較を示します。", 9.5)
    colw = [92, 320, 80]
    cells = [dict(r=0, c=0, text="債権名", fill=SHADE), dict(r=0, c=1, text="内容", fill=SHADE),
             dict(r=0, c=2, text="担当", fill=SHADE)]
    rowh = [18]
    r = 1
    tanto = {"町税": "税務課", "国民健康保険税": "税務課\n健康づくり課", "保育料": "こども未来課",
             "町営住宅使用料": "建設課"}
    for debt, raw, _, items in MEASURES:
        lines = []
        for lab, text, st in items:
            full = f"{lab}{text}【{st}】"
            wl = pg.wrap(full, colw[1] - 6, 8.4, "m")
            lines.extend(wl)
            I.add(debt=debt, debt_raw=raw, fy=FY, section="３月から出納閉鎖までの対応", label=lab, text=text,
                  status=st, page=pno)
        cells.append(dict(r=r, c=0, text=raw, align="l"))
        cells.append(dict(r=r, c=1, text="\n".join(lines), align="l", font="m", size=8.4))
        cells.append(dict(r=r, c=2, text=tanto[raw]))
        rowh.append(len(lines) * 8.4 * 1.2 + 8)
        r += 1
    yb = pg.grid(50, y + 8, colw, rowh, cells)
    y = yb + 26
    pg.t(50, y, "９　今後の課題", 11.5, "g")
    y = pg.para(58, y + 18, 480, "町税及び国民健康保険税の滞納繰越分は、少額の分納が長期化している案件が多く、"
                "収納率の伸びが緩やかです。令和６年度は、時効の管理と執行停止の判断を適正に行い、"
                "回収が見込めない債権の整理と、現年分の早期納付の徹底を両輪として取り組みます。", 9.5)
    pg.t(380, y + 24, "問合せ先　みやき町税務課収納対策係", 8.5)


def main():
    doc = pymupdf.open()
    rest = page1(doc)
    page2(doc, rest)
    page3(doc)
    page4(doc)
    doc.subset_fonts()
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    doc.save(PDF_DIR / f"{STEM}.pdf", garbage=4, deflate=True)
    out, n = write_gold(STEM, kind="progress_report", family="progress", municipality=TOWN, title=TITLE,
                        date="2024-03-11", date_raw="令和６年３月１１日", facts=F, inits=I)
    print(f"{STEM}.pdf: {n} pages, {len(F.items)} facts, {len(I.items)} initiatives")


if __name__ == "__main__":
    main()
