"""gg_ino_plan_1: いの町債権管理計画（令和6（2024）年度～令和8（2026）年度）. PyMuPDF drawing directly.
Run from corpus/dev46:  python3 build/gg_ino_plan.py"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf as fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gg_common import Gold, c, check, pct  # noqa: E402

STEM = "gg_ino_plan_1"
G = Gold(STEM, "plan", "suishin", "いの町", "いの町債権管理計画（令和6（2024）年度～令和8（2026）年度）",
         "2024-03-01", "令和6年3月")
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
GOT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FM, FG = fitz.Font(fontfile=MIN), fitz.Font(fontfile=GOT)
doc = fitz.open()

# ------------------------------------------------------------------ data (千円)
DEBTS = [("tax", "市税", "町税", "税務課", "強制徴収公債権"),
         ("nhi", "国民健康保険料", "国民健康保険税", "町民課", "強制徴収公債権"),
         ("care", "介護保険料", "介護保険料", "地域包括支援センター", "強制徴収公債権"),
         ("late", "後期高齢者医療保険料", "後期高齢者医療保険料", "町民課", "強制徴収公債権"),
         ("house", "市営住宅使用料", "町営住宅使用料", "建設課", "私債権")]
NAME = {k: (d, p) for k, d, p, *_ in DEBTS}
YEARS = [2020, 2021, 2022, 2023]         # 2023 = 決算見込
P = {
    "tax": dict(cur=[1712406, 1698335, 1731852, 1746120], cr=[98.71, 98.92, 99.12, 99.18], arr0=78214, ar=[18.6, 19.9, 21.4, 22.3], wo=[6814, 6102, 5730, 5400]),
    "nhi": dict(cur=[431208, 425117, 418964, 410385], cr=[92.84, 93.41, 93.86, 94.10], arr0=138512, ar=[14.2, 15.6, 16.9, 17.5], wo=[9412, 8876, 8105, 7800]),
    "care": dict(cur=[372915, 379406, 384112, 390257], cr=[98.95, 99.02, 99.10, 99.15], arr0=9814, ar=[15.4, 16.8, 18.1, 18.6], wo=[1204, 1118, 1036, 990]),
    "late": dict(cur=[148336, 152907, 158214, 163540], cr=[99.52, 99.58, 99.61, 99.64], arr0=1618, ar=[30.2, 33.5, 35.1, 36.0], wo=[182, 164, 151, 140]),
    "house": dict(cur=[63818, 62904, 61775, 61020], cr=[95.88, 96.12, 96.47, 96.60], arr0=31204, ar=[10.8, 11.9, 12.6, 13.1], wo=[1312, 1244, 1187, 1100]),
}
D = {}
for k, *_ in DEBTS:
    p = P[k]
    aa = p["arr0"]
    for i, y in enumerate(YEARS):
        ca = p["cur"][i]
        cc = round(ca * p["cr"][i] / 100)
        ac = round(aa * p["ar"][i] / 100)
        wo = p["wo"][i]
        co, ao = ca - cc, aa - ac - wo
        D[k, y] = dict(ca=ca, cc=cc, aa=aa, ac=ac, wo=wo, co=co, ao=ao, ta=ca + aa, tc=cc + ac, to=co + ao,
                       cr=pct(cc, ca), ar=pct(ac, aa), tr=pct(cc + ac, ca + aa))
        aa = co + ao
for y in YEARS:
    s = {f: sum(D[k, y][f] for k, *_ in DEBTS) for f in ("ca", "cc", "aa", "ac", "wo", "co", "ao", "ta", "tc", "to")}
    s.update(cr=pct(s["cc"], s["ca"]), ar=pct(s["ac"], s["aa"]), tr=pct(s["tc"], s["ta"]))
    D["sum", y] = s
TARGET = {  # (R6 cur, R6 arr, R7 cur, R7 arr, R8 cur, R8 arr)
    "tax": (99.20, 23.00, 99.25, 24.00, 99.30, 25.00), "nhi": (94.30, 18.00, 94.50, 18.50, 94.70, 19.00),
    "care": (99.20, 19.00, 99.25, 19.50, 99.30, 20.00), "late": (99.65, 36.50, 99.70, 37.00, 99.70, 37.50),
    "house": (96.70, 13.50, 96.80, 14.00, 96.90, 14.50)}
OUT_T = {2024: 2150, 2025: 2080, 2026: 2010}          # 0.1百万円 units (収入未済額目標)
FEB = {"tax": (88.71, 17.85), "nhi": (84.36, 13.62), "care": (91.25, 14.10), "late": (90.84, 28.77), "house": (87.92, 9.85)}
HIST_TAX = [(2017, "H29", 94.12), (2018, "H30", 94.55), (2019, "R元", 94.90)]
AS_FEB = "2024-02-29"


def eralbl(y):
    n = y - 2018
    return f"令和{'元' if n == 1 else n}（{y}）年度"


def fx(page, key, fy, fy_raw, seg, metric, basis, value, raw, unit=None, **kw):
    debt, draw = NAME[key] if key in NAME else (None, key)
    unit = unit or ("percent" if metric == "collection_rate" else "yen")
    return G.fact(page, debt, draw, fy, fy_raw, seg, metric, basis, value, unit, raw, **kw)


# ------------------------------------------------------------------ drawing helpers
def new_page(landscape=False):
    pg = doc.new_page(width=842 if landscape else 595, height=595 if landscape else 842)
    pg.insert_font(fontname="M", fontfile=MIN)
    pg.insert_font(fontname="G", fontfile=GOT)
    return pg


def tlen(s, size, f="M"):
    return (FG if f == "G" else FM).text_length(s, fontsize=size)


def text(pg, x, y, s, size=10.5, f="M", align="l", color=(0, 0, 0)):
    """y = baseline"""
    w = tlen(s, size, f)
    if align == "r":
        x -= w
    elif align == "c":
        x -= w / 2
    pg.insert_text((x, y), s, fontname=f, fontsize=size, color=color)
    return w


NOSTART = "、。，．）」』％ー・："


def wrap(s, width, size, f="M"):
    """greedy line breaking; numbers (with , . ％) are never split; simple kinsoku for closing marks."""
    import re
    toks = re.findall(r"[0-9０-９][0-9０-９,.，．]*[％%]?|.", s)
    lines, cur = [], ""
    for tk in toks:
        if tlen(cur + tk, size, f) > width and cur:
            if tk[0] in NOSTART:            # kinsoku: carry the last char down instead
                lines.append(cur[:-1])
                cur = cur[-1] + tk
                continue
            lines.append(cur)
            cur = tk
        else:
            cur += tk
    if cur:
        lines.append(cur)
    return lines


def para(pg, x, y, s, width, size=10.5, f="M", lead=1.65, indent=0.0, hang=0.0):
    """paragraph; first line indented by `indent`, following lines by `hang`. returns next y (baseline)."""
    first = wrap(s, width - indent, size, f)[0] if s else ""
    rest = s[len(first):]
    text(pg, x + indent, y, first, size, f)
    y += size * lead
    for ln in wrap(rest, width - hang, size, f) if rest else []:
        text(pg, x + hang, y, ln, size, f)
        y += size * lead
    return y


def table(pg, x, y, widths, heights, cells, size=8.5, lw=0.6, rule=True):
    """cells: (row, col, rowspan, colspan, text, opts) ; opts: align l/c/r, fill, f"""
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    ys = [y]
    for h in heights:
        ys.append(ys[-1] + h)
    for (r, cI, rs, cs, s, o) in cells:
        rect = fitz.Rect(xs[cI], ys[r], xs[cI + cs], ys[r + rs])
        if o.get("fill"):
            pg.draw_rect(rect, color=None, fill=o["fill"], width=0)
        if rule:
            pg.draw_rect(rect, color=(0, 0, 0), width=lw)
        lines = str(s).split("\n")
        sz = o.get("size", size)
        f = o.get("f", "G")
        lh = sz * 1.25
        by = (rect.y0 + rect.y1) / 2 - lh * len(lines) / 2 + sz * 0.88
        for ln in lines:
            al = o.get("align", "c")
            if al == "r":
                text(pg, rect.x1 - 3, by, ln, sz, f, "r")
            elif al == "l":
                text(pg, rect.x0 + 3, by, ln, sz, f)
            else:
                text(pg, (rect.x0 + rect.x1) / 2, by, ln, sz, f, "c")
            by += lh
    return ys[-1]


def footer(pg, n):
    text(pg, pg.rect.width / 2, pg.rect.height - 24, f"- {n} -", 9, "M", "c")


HEAD = (0.85, 0.89, 0.80)

# ------------------------------------------------------------------ page 1: cover
pg = new_page()
text(pg, 297.5, 300, "いの町債権管理計画", 26, "G", "c")
text(pg, 297.5, 345, "令和6（2024）年度 ～ 令和8（2026）年度", 14, "M", "c")
pg.draw_line((120, 370), (475, 370), color=(0.2, 0.4, 0.2), width=1.5)
text(pg, 297.5, 660, "令和6年3月", 14, "M", "c")
text(pg, 297.5, 700, "いの町", 18, "G", "c")

# ------------------------------------------------------------------ page 2: 目次
pg = new_page()
text(pg, 297.5, 110, "目　　次", 16, "G", "c")
TOC = [("1", "計画策定の趣旨", 3), ("2", "計画の期間", 3), ("3", "対象債権", 3), ("4", "債権管理の現状と課題", 3),
       ("5", "主要債権の収納状況の推移", 4), ("6", "計画の目標", 6), ("7", "債権ごとの取組み", 7)]
yy = 170
for num, title, pno in TOC:
    text(pg, 110, yy, f"{num}　{title}", 11.5)
    w = tlen(f"{num}　{title}", 11.5)
    dots = "・" * int((360 - w) / 11.5)
    text(pg, 110 + w + 6, yy, dots, 11.5)
    text(pg, 490, yy, str(pno), 11.5, "M", "r")
    yy += 30
yy += 30
text(pg, 90, yy, "【凡例】", 10.5, "G")
yy += 20
for s in ["本計画では、年度を「令和5（2023）年度」のように和暦と西暦を併記する。ただし、図表では「R5」「H29」等と略記する場合がある。",
          "「現年度分」は当該年度に調定した債権、「滞納繰越分」は前年度以前に調定し当該年度に繰り越した債権をいう。",
          "収納率＝収入済額÷調定額×100。表中の金額は千円未満を四捨五入しているため、合計が一致しない場合がある。"]:
    yy = para(pg, 90, yy, "・" + s, 415, 10, hang=10) + 4
footer(pg, 2)

# ------------------------------------------------------------------ page 3: two-column prose
PG = 3
pg = new_page()
footer(pg, PG)
COLW, GAP, X0, Y0 = 232, 20, 56, 70
pg.draw_line((X0 + COLW + GAP / 2, Y0 - 10), (X0 + COLW + GAP / 2, 790), color=(0.6, 0.6, 0.6), width=0.5)
s22, s21 = D["sum", 2022], D["sum", 2021]
t22, t21 = D["tax", 2022], D["tax", 2021]
n22, n21 = D["nhi", 2022], D["nhi", 2021]


def apx(v_sen):   # 千円 -> (rounded 千円 to 10万円, 約X億Y,Z00万円)
    v = round(v_sen / 100) * 100
    man = v // 10
    o, m = divmod(man, 10000)
    return v, "約" + (f"{o}億" if o else "") + (f"{m:,}万円" if m else "円")


o22, r_o22 = apx(s22["to"])
d22, r_d22 = apx(abs(s22["to"] - s21["to"]))
ot22, r_ot22 = apx(D["tax", 2022]["to"])
on22, r_on22 = apx(D["nhi", 2022]["to"])
dtr = round(t22["tr"] - t21["tr"], 2)
dnc = round(n22["cr"] - n21["cr"], 2)
L = [  # (kind, text) ; kind: h1 / h2 / h3 / p
    ("h1", "1　計画策定の趣旨"),
    ("p", "　本町では、平成30年度に「いの町債権管理条例」を制定し、町が保有する債権の適正な管理に努めてきた。令和元年度からは税務課に債権管理担当を置き、各債権所管課への助言や滞納整理の共同実施を進めている。"),
    ("p", "　しかし、人口減少や高齢化の進行により、町税をはじめとする自主財源の確保は今後一層厳しくなることが見込まれる。町民負担の公平性を確保し、健全な財政運営を維持するため、全庁的な取組の方向性と目標を定めた本計画を策定する。"),
    ("h1", "2　計画の期間"),
    ("p", "　令和6（2024）年度から令和8（2026）年度までの3か年とする。社会経済情勢の変化等により、必要に応じて見直しを行う。"),
    ("h1", "3　対象債権"),
    ("h2", "（1）強制徴収公債権"),
    ("p", "　ア 町税　イ 国民健康保険税　ウ 介護保険料　エ 後期高齢者医療保険料"),
    ("h2", "（2）私債権"),
    ("p", "　ア 町営住宅使用料"),
    ("h1", "4　債権管理の現状と課題"),
    ("h2", "（1）収入未済額の状況"),
    ("p", "　令和4（2022）年度決算における主要5債権の収入未済額は"
          + fx(PG, "主要5債権", 2022, "令和4（2022）年度", "total", "outstanding", "actual", o22 * 1000, r_o22, approx=True)
          + "で、前年度から" + G.fact(PG, None, "主要5債権", 2022, "令和4（2022）年度", "total", "difference", "actual", -d22 * 1000, "yen", r_d22 + "減少", approx=True)
          + "した。このうち町税が" + fx(PG, "tax", 2022, "令和4（2022）年度", "total", "outstanding", "actual", ot22 * 1000, r_ot22, approx=True)
          + "、国民健康保険税が" + fx(PG, "nhi", 2022, "令和4（2022）年度", "total", "outstanding", "actual", on22 * 1000, r_on22, approx=True)
          + "であり、この2債権で全体の8割を超えている。"),
    ("break", ""),
    ("h2", "（2）収納率の状況"),
    ("h3", "ア　町税"),
    ("p", "　令和4（2022）年度の町税の収納率は、現年度分"
          + fx(PG, "tax", 2022, "令和4（2022）年度", "current", "collection_rate", "actual", t22["cr"], f"{t22['cr']:.2f}％")
          + "、滞納繰越分" + fx(PG, "tax", 2022, "令和4（2022）年度", "arrears", "collection_rate", "actual", t22["ar"], f"{t22['ar']:.2f}％")
          + "、合計" + fx(PG, "tax", 2022, "令和4（2022）年度", "total", "collection_rate", "actual", t22["tr"], f"{t22['tr']:.2f}％")
          + "で、合計では前年度比" + G.fact(PG, "市税", "町税", 2022, "令和4（2022）年度", "total", "difference", "actual", dtr, "points", f"{dtr:.2f}ポイント上昇")
          + "した。平成29年度（2017年度）の" + fx(PG, "tax", 2017, "平成29年度（2017年度）", "total", "collection_rate", "actual", 94.12, "94.12％")
          + "から着実に改善している。"),
    ("h3", "イ　国民健康保険税"),
    ("p", "　現年度分の収納率は" + fx(PG, "nhi", 2022, "令和4（2022）年度", "current", "collection_rate", "actual", n22["cr"], f"{n22['cr']:.2f}％")
          + "（前年度" + fx(PG, "nhi", 2021, "前年度", "current", "collection_rate", "actual", n21["cr"], f"{n21['cr']:.2f}％")
          + "）で" + G.fact(PG, "国民健康保険料", "国民健康保険税", 2022, "令和4（2022）年度", "current", "difference", "actual", dnc, "points", f"{dnc:.2f}ポイント")
          + "上昇したが、滞納繰越分は" + fx(PG, "nhi", 2022, "令和4（2022）年度", "arrears", "collection_rate", "actual", n22["ar"], f"{n22['ar']:.2f}％")
          + "にとどまっており、長期滞納事案の整理が課題である。"),
    ("h3", "ウ　令和5（2023）年度の見込み"),
    ("p", "　令和6年1月末の実績を基にした令和5（2023）年度の町税の収納率（合計）は"
          + fx(PG, "tax", 2023, "令和5（2023）年度", "total", "collection_rate", "estimate", D["tax", 2023]["tr"], f"{D['tax', 2023]['tr']:.2f}％")
          + "となる見込みであり、主要5債権の収入未済額は"
          + fx(PG, "主要5債権", 2023, "令和5（2023）年度", "total", "outstanding", "estimate", apx(D["sum", 2023]["to"])[0] * 1000, apx(D["sum", 2023]["to"])[1], approx=True)
          + "まで縮減する見込みである。"),
    ("h2", "（3）課題"),
    ("h3", "ア　早期の納付折衝"),
    ("p", "　(ｱ) 督促後の催告が債権所管課ごとに異なり、初期対応に遅れが生じている。"),
    ("p", "　(ｲ) 口座振替の利用率が伸び悩んでいる。"),
    ("h3", "イ　滞納繰越分の整理"),
    ("p", "　(ｱ) 財産調査が不十分なまま分納を続けている事案がある。"),
    ("p", "　(ｲ) 執行停止・債権放棄の判断基準を全庁で統一する必要がある。"),
]
col, y = 0, Y0
for kind, s in L:
    if kind == "break":
        col, y = 1, Y0
        continue
    size = {"h1": 11.5, "h2": 10.5, "h3": 10}.get(kind, 9.6)
    f = "G" if kind != "p" else "M"
    need = size * 1.7 * len(wrap(s, COLW, size, f))
    if y + need > 790 and col == 0:
        col, y = 1, Y0
    x = X0 + col * (COLW + GAP)
    if kind == "h1":
        y += 4
    if kind == "p":
        hang = 0 if s.startswith("　") and not s.startswith("　(") else 14
        y = para(pg, x, y, s, COLW, size, f, 1.7, hang=hang)
    else:
        y = para(pg, x, y, s, COLW, size, f, 1.7)
    y += 2
assert y < 790, "page 3 overflow"

# ------------------------------------------------------------------ pages 4-5: landscape wide table, split by columns
ROWKEYS = [k for k, *_ in DEBTS] + ["sum"]
PN = {k: p for k, _, p, *_ in DEBTS}
PN["sum"] = "計"


def ylab(y):
    return eralbl(y) + ("（見込）" if y == 2023 else "")


def basis_of(y):
    return "estimate" if y == 2023 else "actual"


for part in (1, 2):
    PG = 3 + part
    pg = new_page(landscape=True)
    footer(pg, PG)
    title = "5　主要債権の収納状況の推移" + ("" if part == 1 else "（続き）")
    text(pg, 40, 46, title, 13, "G")
    text(pg, 802, 62, "（単位：千円、％）", 9, "M", "r")
    if part == 1:
        grp = [("現年度分", ["調定額", "収入済額", "収納率"]), ("滞納繰越分", ["調定額", "収入済額", "収納率", "不納欠損額"])]
        widths = [100, 122] + [82, 82, 52] + [78, 72, 52, 66]
    else:
        grp = [("合計", ["調定額", "収入済額", "収納率", "不納欠損額", "収入未済額"]), ("収入未済額", ["対前年度増減"])]
        widths = [100, 122] + [96, 96, 60, 80, 90] + [92]
    cells = [(0, 0, 2, 1, "債権名", {"fill": HEAD}), (0, 1, 2, 1, "年度", {"fill": HEAD})]
    col = 2
    for g, subs in grp:
        cells.append((0, col, 1, len(subs), g, {"fill": HEAD}))
        for j, sname in enumerate(subs):
            cells.append((1, col + j, 1, 1, sname, {"fill": HEAD}))
        col += len(subs)
    r = 2
    for k in ROWKEYS:
        dn = PN[k]
        key = k if k != "sum" else "計"
        cells.append((r, 0, len(YEARS), 1, dn, {"fill": (0.95, 0.95, 0.95) if k == "sum" else None}))
        for y in YEARS:
            d = D[k, y]
            b = basis_of(y)
            fyr = eralbl(y)
            cells.append((r, 1, 1, 1, ylab(y), {"size": 7.6}))
            if part == 1:
                vals = [fx(PG, key, y, fyr, "current", "assessed", b, d["ca"] * 1000, c(d["ca"])),
                        fx(PG, key, y, fyr, "current", "collected", b, d["cc"] * 1000, c(d["cc"])),
                        fx(PG, key, y, fyr, "current", "collection_rate", b, d["cr"], f"{d['cr']:.2f}"),
                        fx(PG, key, y, fyr, "arrears", "assessed", b, d["aa"] * 1000, c(d["aa"])),
                        fx(PG, key, y, fyr, "arrears", "collected", b, d["ac"] * 1000, c(d["ac"])),
                        fx(PG, key, y, fyr, "arrears", "collection_rate", b, d["ar"], f"{d['ar']:.2f}"),
                        fx(PG, key, y, fyr, "arrears", "written_off", b, d["wo"] * 1000, c(d["wo"]))]
            else:
                vals = [fx(PG, key, y, fyr, "total", "assessed", b, d["ta"] * 1000, c(d["ta"])),
                        fx(PG, key, y, fyr, "total", "collected", b, d["tc"] * 1000, c(d["tc"])),
                        fx(PG, key, y, fyr, "total", "collection_rate", b, d["tr"], f"{d['tr']:.2f}"),
                        fx(PG, key, y, fyr, "total", "written_off", b, d["wo"] * 1000, c(d["wo"])),
                        fx(PG, key, y, fyr, "total", "outstanding", b, d["to"] * 1000, c(d["to"]))]
                if y == YEARS[0]:
                    vals.append("－")
                else:
                    dv = d["to"] - D[k, y - 1]["to"]
                    raw = ("▲" if dv < 0 else "") + f"{abs(dv):,}"
                    vals.append(G.fact(PG, NAME.get(k, (None,))[0], dn, y, fyr, "total", "difference", b, dv * 1000, "yen", raw))
            for j, v in enumerate(vals):
                opt = {"align": "r" if v != "－" else "c", "f": "M"}
                if k == "sum":
                    opt["fill"] = (0.95, 0.95, 0.95)
                cells.append((r, 2 + j, 1, 1, v, opt))
            r += 1
    heights = [17, 17] + [17.6] * (len(ROWKEYS) * len(YEARS))
    yb = table(pg, 40, 68, widths, heights, cells, size=8.4)
    if part == 1:
        text(pg, 802, yb + 16, "（次ページへ続く）", 9, "M", "r")
        text(pg, 40, yb + 16, "※ 現年度分の不納欠損額は各年度とも生じていない。令和5（2023）年度は令和6年1月末の実績を基にした決算見込である。", 8.5)
    else:
        ao = D["sum", 2022]["ao"]
        text(pg, 40, yb + 16, "※ 増減欄の▲は減少を示す。計の収入未済額のうち滞納繰越分は、令和4（2022）年度"
             + fx(PG, "計", 2022, "令和4（2022）年度", "arrears", "outstanding", "actual", ao * 1000, f"{ao:,}千円") + "である。", 8.5)
    assert yb < 540, yb

# ------------------------------------------------------------------ page 6: targets + 収入未済額目標 + line chart
PG = 6
pg = new_page()
footer(pg, PG)
text(pg, 56, 70, "6　計画の目標", 13, "G")
text(pg, 56, 96, "（1）目標収納率", 11, "G")
y = para(pg, 56, 116, "　各債権の目標収納率は、過去3か年の実績の伸びと滞納繰越額の見通しを踏まえ、次のとおり設定する。", 483, 10)
text(pg, 539, y + 2, "（単位：％）", 9, "M", "r")
blocks = [("令和4年度実績", 2022, "actual"), ("令和6年度目標", 2024, "target"), ("令和7年度目標", 2025, "target"), ("令和8年度目標", 2026, "target")]
widths = [91] + [49] * 8
cells = [(0, 0, 2, 1, "債権名", {"fill": (0.28, 0.42, 0.28)})]
for i, (bl, _, _) in enumerate(blocks):
    cells.append((0, 1 + 2 * i, 1, 2, bl, {"fill": HEAD}))
    cells.append((1, 1 + 2 * i, 1, 1, "現年度分", {"fill": HEAD, "size": 7.8}))
    cells.append((1, 2 + 2 * i, 1, 1, "滞納繰越分", {"fill": HEAD, "size": 7.8}))
for ri, (k, debt, pn, *_) in enumerate(DEBTS):
    zebra = (0.94, 0.96, 0.94) if ri % 2 else None
    cells.append((2 + ri, 0, 1, 1, pn, {"align": "l", "fill": zebra, "size": 8}))
    for i, (bl, y_, b) in enumerate(blocks):
        yr = bl[:bl.index("年度") + 2]
        if b == "actual":
            v1, v2 = D[k, 2022]["cr"], D[k, 2022]["ar"]
        else:
            j = {2024: 0, 2025: 2, 2026: 4}[y_]
            v1, v2 = TARGET[k][j], TARGET[k][j + 1]
        cells.append((2 + ri, 1 + 2 * i, 1, 1, fx(PG, k, y_, yr, "current", "collection_rate", b, v1, f"{v1:.2f}"), {"align": "r", "f": "M", "fill": zebra}))
        cells.append((2 + ri, 2 + 2 * i, 1, 1, fx(PG, k, y_, yr, "arrears", "collection_rate", b, v2, f"{v2:.2f}"), {"align": "r", "f": "M", "fill": zebra}))
# header text of the first cell in white: draw table without rules (shaded header + zebra)
yb = table(pg, 56, y + 8, widths, [20, 18] + [19] * len(DEBTS), cells, size=8.6, rule=False)
pg.draw_line((56, yb), (539, yb), color=(0.28, 0.42, 0.28), width=1)
text(pg, 56, yb + 34, "（2）収入未済額の目標", 11, "G")
# metric in the row header, years as columns (other orientation)
yrs2 = [(2022, "令和4年度\n実績", "actual", round(D["sum", 2022]["to"] / 100)), (2023, "令和5年度\n見込", "estimate", round(D["sum", 2023]["to"] / 100)),
        (2024, "令和6年度\n目標", "target", OUT_T[2024]), (2025, "令和7年度\n目標", "target", OUT_T[2025]), (2026, "令和8年度\n目標", "target", OUT_T[2026])]
cells = [(0, 0, 1, 1, "区分", {"fill": HEAD})]
for i, (y_, lbl, b, v) in enumerate(yrs2):
    cells.append((0, 1 + i, 1, 1, lbl, {"fill": HEAD, "size": 7.8}))
cells.append((1, 0, 1, 1, "収入未済額\n（百万円）", {"fill": HEAD, "size": 8}))
cells.append((2, 0, 1, 1, "対前年度増減\n（百万円）", {"fill": HEAD, "size": 8}))
for i, (y_, lbl, b, v) in enumerate(yrs2):
    yr = lbl.split("\n")[0]
    cells.append((1, 1 + i, 1, 1, fx(PG, "主要5債権計", y_, yr, "total", "outstanding", b, v * 100000, f"{v / 10:.1f}"), {"align": "r", "f": "M"}))
    if i == 0:
        dv = v - round(D["sum", 2021]["to"] / 100)
    else:
        dv = v - yrs2[i - 1][3]
    raw = ("▲" if dv < 0 else "") + f"{abs(dv) / 10:.1f}"
    cells.append((2, 1 + i, 1, 1, G.fact(PG, None, "主要5債権計", y_, yr, "total", "difference", b, dv * 100000, "yen", raw), {"align": "r", "f": "M"}))
yt = yb + 44
yb2 = table(pg, 56, yt, [62, 38, 38, 38, 38, 38], [26, 24, 24], cells, size=8.4)
text(pg, 56, yb2 + 14, "※ 主要5債権の合計。▲は減少。", 8)
# line chart on the right
cx0, cy0, cw, ch = 340, yt + 14, 190, 120
text(pg, cx0 - 10, yt + 2, "図　町税収納率（合計）の推移（％）", 9, "G")
pts = HIST_TAX + [(y, f"R{y - 2018}" if y < 2023 else "R5見込", D["tax", y]["tr"]) for y in YEARS]
vmin, vmax = 93.5, 96.5
pg.draw_line((cx0, cy0), (cx0, cy0 + ch), width=0.6)
pg.draw_line((cx0, cy0 + ch), (cx0 + cw, cy0 + ch), width=0.6)
for gv in (94.0, 95.0, 96.0):
    gy = cy0 + ch - (gv - vmin) / (vmax - vmin) * ch
    pg.draw_line((cx0, gy), (cx0 + cw, gy), color=(0.8, 0.8, 0.8), width=0.3)
    text(pg, cx0 - 3, gy + 3, f"{gv:.1f}", 6.5, "M", "r")
prev = None
for i, (y_, lbl, v) in enumerate(pts):
    px = cx0 + 14 + i * (cw - 24) / (len(pts) - 1)
    py = cy0 + ch - (v - vmin) / (vmax - vmin) * ch
    if prev:
        pg.draw_line(prev, (px, py), color=(0.15, 0.35, 0.6), width=1.2)
    prev = (px, py)
    b = "estimate" if y_ == 2023 else "actual"
    fyr = lbl.replace("見込", "")
    text(pg, px, py - 6, fx(PG, "tax", y_, fyr, "total", "collection_rate", b, v, f"{v:.2f}"), 6.6, "M", "c")
    text(pg, px, cy0 + ch + 11, lbl, 6.8, "M", "c")
for i, (y_, lbl, v) in enumerate(pts):
    px = cx0 + 14 + i * (cw - 24) / (len(pts) - 1)
    py = cy0 + ch - (v - vmin) / (vmax - vmin) * ch
    pg.draw_circle((px, py), 2.2, color=(0.15, 0.35, 0.6), fill=(1, 1, 1), width=1)
y = max(yb2, cy0 + ch) + 40
text(pg, 56, y, "（3）目標達成に向けた基本方針", 11, "G")
y += 20
for s in ["ア　現年度分の収納率の向上を最優先とし、滞納の発生を抑制する。",
          "イ　滞納繰越分は、財産調査に基づく滞納処分と執行停止等の整理を並行して進める。",
          "ウ　債権所管課と税務課債権管理担当が連携し、困難事案を共同で処理する。"]:
    y = para(pg, 70, y, s, 470, 10, hang=20) + 2

# ------------------------------------------------------------------ pages 7-8: 債権ごとの取組み
ITEMS = {
    "tax": [("ア", "現年度分の早期納付の促進", [
        ("(ｱ)", "納期限後20日以内の督促状発送を徹底し、発送後10日を経過しても納付がない者には電話催告を行う。", "継続"),
        ("(ｲ)", "口座振替の新規申込みをキャッシュカードで受け付けるペイジー口座振替受付サービスを導入する。", "新規")]),
             ("イ", "滞納繰越分の整理", [
        ("(ｱ)", "滞納繰越となった全件について預貯金・給与等の財産調査を行い、差押えを執行する。", "拡充"),
        ("(ｲ)", "財産がなく生活が困窮している者については、滞納処分の執行停止を適正に行う。", "継続")])],
    "nhi": [("ア", "納付機会の拡大", [
        ("(ｱ)", "スマートフォン決済及びコンビニ収納の周知を、納税通知書の同封チラシにより行う。", "継続")]),
             ("イ", "滞納者との接触機会の確保", [
        ("(ｱ)", "短期被保険者証の更新時に窓口で納付相談を行い、分納誓約の履行を管理する。", "継続"),
        ("(ｲ)", "資格喪失者の未納分は、喪失手続の際に納付書を交付して完納を求める。", "新規")])],
    "care": [("ア", "普通徴収分の口座振替の推進", [
        ("(ｱ)", "65歳到達者への通知に口座振替依頼書を同封し、年金からの特別徴収開始までの未納を防ぐ。", "継続")]),
              ("イ", "滞納者への対応", [
        ("(ｱ)", "給付制限の内容を説明した催告書を送付し、税務課と連携して財産調査を行う。", "拡充")])],
    "late": [("ア", "早期の納付勧奨", [
        ("(ｱ)", "新規被保険者で普通徴収となる者に、納期限前に電話で口座振替を勧奨する。", "継続")])],
    "house": [("ア", "滞納の未然防止", [
        ("(ｱ)", "入居時に口座振替の利用を原則とし、連帯保証人に滞納時の責任を書面で説明する。", "継続")]),
               ("イ", "長期滞納者への対応", [
        ("(ｱ)", "6か月以上の滞納者には明渡請求を前提とした催告を行い、応じない場合は訴訟を提起する。", "拡充"),
        ("(ｲ)", "退去者の滞納家賃は、少額訴訟・支払督促の活用を検討する。", "新規")])],
}
SECNO = {"tax": "（1）", "nhi": "（2）", "care": "（3）", "late": "（4）", "house": "（5）"}


# non-継続 items carry the tag after 。 at the end of the text; 【継続】 stands alone on the next line
def _item_text(sl, body, st):
    return f"{sl} {body}" + ("" if st == "継続" else f"【{st}】")


def debt_block2(pg, PG, k, y):
    debt, pn = NAME[k]
    dept, kind = next((d[3], d[4]) for d in DEBTS if d[0] == k)
    text(pg, 56, y, f"{SECNO[k]}債権ごとの取組み（{pn}）", 11.5, "G")
    y += 10
    tgt = TARGET[k]
    cells = [(0, 0, 1, 1, "所管課", {"fill": HEAD}), (0, 1, 1, 2, dept, {"align": "l", "f": "M"}),
             (0, 3, 1, 1, "債権区分", {"fill": HEAD}), (0, 4, 1, 2, kind, {"align": "l", "f": "M"})]
    table(pg, 56, y, [60, 80, 60, 60, 80, 143], [18], cells, size=8.6)
    y += 18 + 18
    text(pg, 56, y, "【収納率】令和6年2月末時点", 10, "G")
    a, b_ = FEB[k]
    text(pg, 70, y + 16, "・現年分　" + fx(PG, k, 2023, "令和6年2月末", "current", "collection_rate", "interim", a, f"{a:.2f}％", as_of=AS_FEB), 9.6)
    text(pg, 70, y + 31, "・滞納繰越分　" + fx(PG, k, 2023, "令和6年2月末", "arrears", "collection_rate", "interim", b_, f"{b_:.2f}％", as_of=AS_FEB), 9.6)
    cells = [(0, 0, 1, 1, "目標収納率", {"fill": HEAD}), (0, 1, 1, 1, "R6", {"fill": HEAD}), (0, 2, 1, 1, "R7", {"fill": HEAD}), (0, 3, 1, 1, "R8", {"fill": HEAD})]
    for ri, (seg, lbl) in enumerate((("current", "現年分"), ("arrears", "滞納繰越分"))):
        cells.append((1 + ri, 0, 1, 1, lbl, {}))
        for j, (yy_, yl) in enumerate(((2024, "R6"), (2025, "R7"), (2026, "R8"))):
            v = tgt[2 * j + ri]
            cells.append((1 + ri, 1 + j, 1, 1, fx(PG, k, yy_, yl, seg, "collection_rate", "target", v, f"{v:.2f}％"), {"align": "r", "f": "M"}))
    table(pg, 300, y - 11, [80, 53, 53, 53], [16, 16, 16], cells, size=8.4)
    y += 54
    text(pg, 56, y, "【取組内容】", 10, "G")
    y += 18
    for lab, title, its in ITEMS[k]:
        text(pg, 66, y, f"{lab}　{title}", 10, "G")
        y += 17
        for sl, body, st in its:
            G.init(PG, debt, pn, 2024, f"債権ごとの取組み（{pn}）", f"{lab}{sl}", body, st)
            y = para(pg, 80, y, _item_text(sl, body, st), 455, 9.6, "M", 1.6, hang=18)
            if st == "継続":
                text(pg, 98, y, "【継続】", 9.6)
                y += 9.6 * 1.6
            y += 2
    return y + 12


PG = 7
pg = new_page()
footer(pg, PG)
text(pg, 56, 64, "7　債権ごとの取組み", 13, "G")
y = 96
for k in ("tax", "nhi"):
    y = debt_block2(pg, PG, k, y)
assert y < 800, y
PG = 8
pg = new_page()
footer(pg, PG)
y = 64
for k in ("care", "late", "house"):
    y = debt_block2(pg, PG, k, y)
assert y < 800, y

doc.subset_fonts()
pdf = Path("pdf") / f"{STEM}.pdf"
doc.save(pdf, garbage=4, deflate=True)
doc.close()
js = G.write(pdf, Path("gold") / f"{STEM}.json")
errs = check(pdf, Path("gold") / f"{STEM}.json")
print(f"{STEM}: pages={js['source']['pages']} facts={len(G.facts)} initiatives={len(G.inits)} errors={len(errs)}")
for e_ in errs[:40]:
    print("  ", e_)
