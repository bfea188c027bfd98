"""px_amami_plan_1: 奄美市債権管理計画（令和７年度～令和９年度）.

Tool chain: PyMuPDF drawing directly (IPAex fonts, subset). Run from corpus/dev65.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf as fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from px_common import SET, Recorder, check, comma, fnum, rate, rnd, write_gold, zen  # noqa: E402

STEM = "px_amami_plan_1"
CITY = "奄美市"
TITLE = "奄美市債権管理計画（令和７年度～令和９年度）"
R = Recorder(CITY)
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
A4 = fitz.paper_rect("a4")
FY5 = 2023

# kind, canonical, abbreviation, 所管課, 根拠法令, 区分, R5 (cur assessed, cur collected, arr assessed, arr collected, written off) 千円
DEBTS = [
    ("強制徴収公債権", "市税", "市税", "税務課", "地方税法", "強", (4012338, 3978412, 214506, 52318, 8104)),
    ("強制徴収公債権", "国民健康保険税", "国保税", "税務課", "地方税法", "強", (1104215, 1038976, 318442, 61205, 17330)),
    ("強制徴収公債権", "介護保険料", "介護料", "高齢者福祉課", "介護保険法", "強", (702118, 697240, 20334, 4102, 2618)),
    ("強制徴収公債権", "後期高齢者医療保険料", "後期高齢", "国保年金課", "高齢者の医療の確保に関する法律", "強", (388402, 387511, 2871, 1203, 166)),
    ("強制徴収公債権", "保育所保育料", "保育料", "子育て支援課", "児童福祉法", "強", (61204, 60388, 7412, 1318, 602)),
    ("非強制徴収公債権", "生活保護費返還金", "生保返還金", "福祉政策課", "生活保護法第63条", "非", (18402, 9214, 61877, 3406, 1224)),
    ("非強制徴収公債権", "児童扶養手当返還金", "児扶手返還金", "子育て支援課", "児童扶養手当法", "非", (2314, 1402, 8806, 611, 0)),
    ("私債権", "市営住宅使用料", "住宅使用料", "建築住宅課", "民法・公営住宅法", "私", (148806, 144217, 38114, 4912, 2031)),
    ("私債権", "奨学資金貸付金", "奨学金", "教育総務課", "民法・奄美市奨学資金貸与条例", "私", (12418, 10802, 20415, 1604, 0)),
    ("私債権", "水道料金", "水道料金", "水道課", "民法・奄美市水道事業給水条例", "私", (802114, 794506, 14218, 6011, 1408)),
]
KINDS = ["強制徴収公債権", "非強制徴収公債権", "私債権"]
KIND_TOT = {"強制徴収公債権": "公債権（強制）計", "非強制徴収公債権": "公債権（非強制）計", "私債権": "私債権計"}


def figs(t):
    ca, cc, aa, ac, w = t
    a, c = ca + aa, cc + ac
    return a, c, w, a - c - w


# ------------------------------------------------------------------ drawing helpers
class Pg:
    def __init__(self, doc, landscape=False, n=1):
        r = fitz.Rect(0, 0, A4.height, A4.width) if landscape else A4
        self.p = doc.new_page(width=r.width, height=r.height)
        self.p.insert_font(fontname="g", fontfile=GOTH)
        self.p.insert_font(fontname="m", fontfile=MIN)
        self.w, self.h = r.width, r.height
        self.n = n
        R.page = n
        self.text(self.w / 2 - 20, self.h - 28, f"- {n} -", 9, "m")
        self.text(self.w - 215, 28, "奄美市債権管理計画（令和７年度～令和９年度）", 7.5, "g", color=(0.35, 0.35, 0.35))

    def text(self, x, y, s, fs=10.5, font="m", color=(0, 0, 0)):
        self.p.insert_text((x, y), s, fontsize=fs, fontname=font, color=color)

    def box(self, rect, s, fs=9, font="g", align=0, fill=None, border=True, valign=True, lw=0.6, lh=1.3):
        rect = fitz.Rect(rect)
        if fill or border:
            self.p.draw_rect(rect, color=(0, 0, 0) if border else None, fill=fill, width=lw)
        if not s:
            return
        lines = s.count("\n") + 1
        top = rect.y0 + max(1.5, (rect.height - lines * fs * lh) / 2) if valign else rect.y0 + 2
        tr = fitz.Rect(rect.x0 + 2.5, top, rect.x1 - 2.5, rect.y1 + 40)
        rc = self.p.insert_textbox(tr, s, fontsize=fs, fontname=font, align=align, lineheight=lh)
        if rc < -40:
            raise RuntimeError(f"text overflow p{self.n}: {s[:20]}")

    def para(self, x, y, width, s, fs=10.5, font="m", lh=1.6):
        """Wrap Japanese text by character width; return new y."""
        f = fitz.Font(fontfile=MIN if font == "m" else GOTH)
        line, lines = "", []
        for ch in s:
            if f.text_length(line + ch, fontsize=fs) > width:
                if ch in "、。）」％":
                    line += ch
                    lines.append(line)
                    line = ""
                    continue
                lines.append(line)
                line = ch
            else:
                line += ch
        if line:
            lines.append(line)
        for ln in lines:
            self.text(x, y, ln, fs, font)
            y += fs * lh
        return y

    def table(self, x, y, colw, rows, rh=15, fs=8.5, head=1, fills=None):
        """rows: list of list of cells; a cell is str or dict(t, cs, rs, al, fill, font). None = covered."""
        xs = [x]
        for w in colw:
            xs.append(xs[-1] + w)
        hts = rh if isinstance(rh, list) else [rh] * len(rows)
        ys = [y]
        for h in hts:
            ys.append(ys[-1] + h)
        for i, row in enumerate(rows):
            for j, c in enumerate(row):
                if c is None:
                    continue
                if not isinstance(c, dict):
                    c = {"t": c}
                cs, rs = c.get("cs", 1), c.get("rs", 1)
                rect = (xs[j], ys[i], xs[j + cs], ys[i + rs])
                fill = c.get("fill", (0.86, 0.9, 0.95) if i < head else (fills[i] if fills else None))
                al = c.get("al", 1 if i < head else 2)
                self.box(rect, c["t"], c.get("fs", fs), c.get("font", "g"), al, fill, lh=c.get("lh", 1.3))
        return ys[-1]


def p1(doc):
    pg = Pg(doc, n=1)
    pg.text(pg.w / 2 - 150, 90, "奄美市債権管理計画", 24, "g")
    pg.text(pg.w / 2 - 118, 122, "令和７（2025）年度～令和９（2027）年度", 13, "g")
    pg.text(pg.w - 170, 150, "令和７年３月　奄美市", 11, "m")
    pg.p.draw_line((60, 162), (pg.w - 60, 162), width=1.2)
    y = 195
    pg.text(60, y, "１　計画策定の趣旨", 12, "g")
    a = sum(figs(d[6])[0] for d in DEBTS)
    c = sum(figs(d[6])[1] for d in DEBTS)
    o = sum(figs(d[6])[3] for d in DEBTS)
    r5 = rate(c, a, 2)
    r4 = TREND[3][2] * 100.0 / TREND[3][1]
    r4 = rnd(r4, 2)
    o4 = TREND[3][1] - TREND[3][2] - TREND[3][3]
    oku, man = o // 100000, int(round((o % 100000) / 100)) * 10
    dman = int(round((o4 - o) / 100)) * 10
    t1 = ("本市では、平成29年度に奄美市債権管理条例を制定し、市の債権を適正に管理するための基本的な事項を定めるとともに、"
          "債権管理計画に基づき全庁的に収納率の向上と収入未済額の縮減に取り組んできた。")
    y = pg.para(72, y + 22, 460, t1)
    t2 = (f"令和５年度決算における全債権の収入未済額は約{R.f(f'{oku}億{man:,}万円', debt=None, fy=FY5, fy_raw='令和５年度決算', seg='total', metric='outstanding', basis='actual', value=oku * 100000000 + man * 10000, unit='yen', approx=True)}で、"
          f"前年度から約{R.f(f'{dman:,}万円', debt=None, fy=FY5, fy_raw='令和５年度決算', seg='total', metric='difference', basis='actual', value=-dman * 10000, unit='yen', approx=True)}減少した。"
          f"全債権の収納率は{R.f(f'{r5:.2f}％', debt=None, fy=FY5, fy_raw='令和５年度決算', seg='total', metric='collection_rate', basis='actual', value=r5, unit='percent')}で、"
          f"前年度と比べ{R.f(f'{rnd(r5 - r4, 2):.2f}ポイント', debt=None, fy=FY5, fy_raw='令和５年度決算', seg='total', metric='difference', basis='actual', value=rnd(r5 - r4, 2), unit='points')}改善している。")
    y = pg.para(72, y + 4, 460, t2)
    t3 = ("一方で、滞納繰越分の収納率は依然として低く、非強制徴収公債権及び私債権においては、所管課ごとに回収の手法や体制に差が見られる。"
          "このため、令和７（2025）年度から令和９（2027）年度までの３か年を期間とする本計画を策定し、債権ごとに数値目標と具体的な取組を定めて進行管理を行う。")
    y = pg.para(72, y + 4, 460, t3)
    pg.text(60, y + 18, "２　計画期間", 12, "g")
    y = pg.para(72, y + 40, 460, "令和７（2025）年度から令和９（2027）年度までの３年間とする。ただし、社会経済情勢の変化や法令の改正等により、必要に応じて見直しを行う。")
    pg.text(60, y + 18, "３　対象債権", 12, "g")
    y = pg.para(72, y + 40, 460, "令和５年度決算において収入未済額が生じている10債権（強制徴収公債権５債権、非強制徴収公債権２債権、私債権３債権）を対象とする。各債権の根拠法令等は参考資料に示す。")
    pg.text(60, y + 18, "４　計画の基本方針", 12, "g")
    y += 40
    for s in ["（１）現年度分の徴収を徹底し、新たな滞納の発生を抑制する。",
              "（２）滞納繰越分は財産調査に基づく滞納処分と、徴収不能債権の整理を並行して進める。",
              "（３）非強制徴収公債権及び私債権は、支払督促等の法的措置を計画的に活用する。",
              "（４）債権管理研修と所管課ヒアリングにより、職員の専門性と組織の管理体制を強化する。"]:
        y = pg.para(72, y, 460, s)


def p2(doc):
    pg = Pg(doc, n=2)
    pg.text(60, 70, "５　債権の現状", 12, "g")
    pg.text(60, 92, "表１　債権別の収納状況（令和５年度決算）", 10, "g")
    pg.text(pg.w - 130, 92, "（単位：千円、％）", 8.5, "g")
    hdr = [{"t": "区\n分"}, "債権名", "所管課", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    rows = [hdr]
    fills = [None]
    grand = [0, 0, 0, 0]
    for kind in KINDS:
        ds = [d for d in DEBTS if d[0] == kind]
        first = True
        sub = [0, 0, 0, 0]
        for d in ds:
            a, c, w, o = figs(d[6])
            sub = [sub[0] + a, sub[1] + c, sub[2] + w, sub[3] + o]
            kw = dict(debt=d[1], debt_raw=d[2], fy=FY5, fy_raw="令和５年度決算", seg="total", basis="actual")
            row = [{"t": "\n".join(kind), "rs": len(ds) + 1, "al": 1, "fs": 7.5, "lh": 1.12} if first else None,
                   {"t": d[2], "al": 0}, {"t": d[3], "al": 0},
                   R.f(comma(a), metric="assessed", value=a * 1000, unit="yen", **kw),
                   R.f(comma(c), metric="collected", value=c * 1000, unit="yen", **kw),
                   R.f(comma(w) if w else "－", metric="written_off", value=w * 1000, unit="yen", **kw) if w else "－",
                   R.f(comma(o), metric="outstanding", value=o * 1000, unit="yen", **kw),
                   R.f(f"{rate(c, a, 2):.2f}", metric="collection_rate", value=rate(c, a, 2), unit="percent", **kw)]
            rows.append(row)
            fills.append(None)
            first = False
        grand = [g + s for g, s in zip(grand, sub)]
        kw = dict(debt=None, debt_raw=KIND_TOT[kind], fy=FY5, fy_raw="令和５年度決算", seg="total", basis="actual")
        rows.append([None, {"t": KIND_TOT[kind], "cs": 2, "al": 1}, None,
                     R.f(comma(sub[0]), metric="assessed", value=sub[0] * 1000, unit="yen", **kw),
                     R.f(comma(sub[1]), metric="collected", value=sub[1] * 1000, unit="yen", **kw),
                     R.f(comma(sub[2]), metric="written_off", value=sub[2] * 1000, unit="yen", **kw),
                     R.f(comma(sub[3]), metric="outstanding", value=sub[3] * 1000, unit="yen", **kw),
                     R.f(f"{rate(sub[1], sub[0], 2):.2f}", metric="collection_rate", value=rate(sub[1], sub[0], 2), unit="percent", **kw)])
        fills.append((0.93, 0.93, 0.93))
    kw = dict(debt=None, debt_raw="総計", fy=FY5, fy_raw="令和５年度決算", seg="total", basis="actual")
    rows.append([{"t": "総計", "cs": 3, "al": 1}, None, None,
                 R.f(comma(grand[0]), metric="assessed", value=grand[0] * 1000, unit="yen", **kw),
                 R.f(comma(grand[1]), metric="collected", value=grand[1] * 1000, unit="yen", **kw),
                 R.f(comma(grand[2]), metric="written_off", value=grand[2] * 1000, unit="yen", **kw),
                 R.f(comma(grand[3]), metric="outstanding", value=grand[3] * 1000, unit="yen", **kw),
                 R.f(f"{rate(grand[1], grand[0], 2):.2f}", metric="collection_rate", value=rate(grand[1], grand[0], 2), unit="percent", **kw)])
    fills.append((0.86, 0.9, 0.95))
    rh = [30] + [22 if KINDS[1] in str(r) or (i > 0 and rows[i][1] and isinstance(rows[i][1], dict) and rows[i][1]["t"] in ("生保返還金", "児扶手返還金", "公債権（非強制）計")) else 17 for i, r in enumerate(rows)][1:]
    y = pg.table(60, 98, [26, 72, 70, 72, 72, 60, 64, 42], rows, rh=rh, fs=8.5, fills=fills)
    pg.text(60, y + 12, "出典：令和５年度奄美市各会計歳入歳出決算書及び各所管課の債権管理台帳", 8, "m")
    y = pg.para(60, y + 28, 475, "注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、生保返還金＝生活保護費返還金、児扶手返還金＝児童扶養手当返還金、住宅使用料＝市営住宅使用料、奨学金＝奨学資金貸付金。収入未済額＝調定額－収入済額－不納欠損額。", 8, "m", 1.5)
    # text analysis with figures of two debts
    pg.text(60, y + 14, "（債権の状況の分析）", 10, "g")
    kd = figs(DEBTS[1][6])
    pd = figs(DEBTS[7][6])
    t = (f"収入未済額の内訳を見ると、国民健康保険税が{R.f(f'{kd[3]:,}千円', debt='国民健康保険税', fy=FY5, fy_raw='令和５年度決算', seg='total', metric='outstanding', basis='actual', value=kd[3] * 1000, unit='yen')}で全体の４割超を占める。"
         f"私債権では市営住宅使用料の収入未済額が{R.f(f'{pd[3]:,}千円', debt='市営住宅使用料', fy=FY5, fy_raw='令和５年度決算', seg='total', metric='outstanding', basis='actual', value=pd[3] * 1000, unit='yen')}と最も多く、退去者の滞納分の回収が課題となっている。")
    pg.para(72, y + 34, 460, t, 10)


# 全債権の推移: fy, assessed, collected, written off (千円)
TREND = [
    (2019, 7802114, 7030215, 41022),
    (2020, 7845330, 7081402, 39118),
    (2021, 7880216, 7135904, 37552),
    (2022, 7912408, 7189633, 35890),
]


def p3(doc):
    pg = Pg(doc, n=3)
    a5 = sum(figs(d[6])[0] for d in DEBTS)
    c5 = sum(figs(d[6])[1] for d in DEBTS)
    w5 = sum(figs(d[6])[2] for d in DEBTS)
    trend = TREND + [(2023, a5, c5, w5)]
    pg.text(60, 70, "６　収入未済額等の推移（全債権）", 12, "g")
    pg.text(60, 92, "表２　全債権の収納状況の推移", 10, "g")
    pg.text(pg.w - 130, 92, "（単位：千円、％）", 8.5, "g")
    yr = {2019: "令和元年度", 2020: "令和二年度", 2021: "３年度", 2022: "４年度", 2023: "５年度"}
    rows = [["年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "増減額", "増減率", "収納率"]]
    prev = None
    sums = [0, 0, 0, 0, 0.0]
    for fy, a, c, w in trend:
        o = a - c - w
        kw = dict(debt=None, fy=fy, fy_raw=yr[fy], seg="total", basis="actual")
        r = rate(c, a, 2)
        sums = [sums[0] + a, sums[1] + c, sums[2] + w, sums[3] + o, sums[4] + r]
        if prev is None:
            dd, dr = "－", "－"
        else:
            d = o - prev
            dd = R.f(comma(d, "▲"), metric="difference", value=d * 1000, unit="yen", **kw)
            pr = rnd(d * 100.0 / prev, 1)
            dr = R.f(fnum(pr, 1, "▲"), metric="change_rate", value=pr, unit="percent", **kw)
        rows.append([{"t": yr[fy], "al": 1},
                     R.f(comma(a), metric="assessed", value=a * 1000, unit="yen", **kw),
                     R.f(comma(c), metric="collected", value=c * 1000, unit="yen", **kw),
                     R.f(comma(w), metric="written_off", value=w * 1000, unit="yen", **kw),
                     R.f(comma(o), metric="outstanding", value=o * 1000, unit="yen", **kw),
                     dd, dr,
                     R.f(f"{r:.2f}", metric="collection_rate", value=r, unit="percent", **kw)])
        prev = o
    avg = [int(round(s / 5)) for s in sums[:4]]
    ar = rnd(sums[4] / 5, 2)
    kw = dict(debt=None, debt_raw="５年平均", fy=None, fy_raw="５年平均", seg="total", basis="actual")
    rows.append([{"t": "５年平均", "al": 1},
                 R.f(comma(avg[0]), metric="assessed_average", value=avg[0] * 1000, unit="yen", **kw),
                 R.f(comma(avg[1]), metric="collected_average", value=avg[1] * 1000, unit="yen", **kw),
                 R.f(comma(avg[2]), metric="written_off_average", value=avg[2] * 1000, unit="yen", **kw),
                 R.f(comma(avg[3]), metric="outstanding_average", value=avg[3] * 1000, unit="yen", **kw),
                 "－", "－",
                 R.f(f"{ar:.2f}", metric="collection_rate_average", value=ar, unit="percent", **kw)])
    fills = [None] * 6 + [(0.93, 0.93, 0.93)]
    y = pg.table(60, 98, [62, 70, 70, 60, 66, 56, 44, 46], rows, rh=17, fs=8.5, fills=fills)
    pg.text(60, y + 12, "注）増減額・増減率は収入未済額の対前年度比較（▲は減少）。５年平均は令和元年度から令和５年度までの単純平均。", 8, "m")
    # bar chart of outstanding in 百万円
    pg.text(60, y + 40, "図１　収入未済額の推移（単位：百万円）", 10, "g")
    base_y, x0 = y + 230, 100
    pg.p.draw_line((x0 - 10, base_y), (x0 + 400, base_y), width=0.8)
    outs = [(fy, a - c - w) for fy, a, c, w in trend]
    mx = max(o for _, o in outs)
    for i, (fy, o) in enumerate(outs):
        mil = rnd(o / 1000, 1)
        hh = 160 * o / mx
        bx = x0 + 15 + i * 78
        pg.p.draw_rect(fitz.Rect(bx, base_y - hh, bx + 40, base_y), color=None, fill=(0.36, 0.55, 0.72))
        lab = R.f(f"{mil:,.1f}", debt=None, fy=fy, fy_raw=["R1", "R2", "R3", "R4", "R5"][i], seg="total", metric="outstanding", basis="actual", value=int(round(mil * 1e6)), unit="yen")
        pg.text(bx + 2, base_y - hh - 4, lab, 8.5, "g")
        pg.text(bx + 12, base_y + 12, ["R1", "R2", "R3", "R4", "R5"][i], 8.5, "g")
    y = base_y + 40
    o1, o5 = outs[0][1], outs[-1][1]
    t = (f"令和元年度から令和５年度までの５年間で、全債権の収入未済額は{R.f(f'{rnd(o1 / 1000, 1):,.1f}百万円', debt=None, fy=2019, fy_raw='令和元年度', seg='total', metric='outstanding', basis='actual', value=int(round(rnd(o1 / 1000, 1) * 1e6)), unit='yen')}から"
         f"{R.f(f'{rnd(o5 / 1000, 1):,.1f}百万円', debt=None, fy=FY5, fy_raw='令和５年度', seg='total', metric='outstanding', basis='actual', value=int(round(rnd(o5 / 1000, 1) * 1e6)), unit='yen')}に縮減した。"
         "不納欠損処理による整理が進んだことに加え、現年度分の収納率が向上したことが主な要因である。")
    pg.para(72, y, 460, t, 10)


def p4(doc):
    pg = Pg(doc, landscape=True, n=4)
    pg.text(50, 60, "７　数値目標（債権別の目標収納率）", 12, "g")
    pg.text(50, 82, "表３　債権別の目標収納率（令和５年度決算 ／ 令和７年度～令和９年度目標）", 10, "g")
    pg.text(pg.w - 200, 82, "単位：％（収入未済額は千円）", 8.5, "g")
    # targets: add to current and arrears rates per year
    inc = {2025: (0.05, 0.8), 2026: (0.08, 1.6), 2027: (0.10, 2.5)}
    hdr1 = [{"t": "債権名", "rs": 3}, {"t": "決　算", "cs": 3}, None, None, {"t": "目　標", "cs": 9}] + [None] * 8 + [{"t": "収入未済額", "cs": 2}, None]
    hdr2 = [None, {"t": "令和５年度", "cs": 3}, None, None, {"t": "令和７年度", "cs": 3}, None, None,
            {"t": "令和８年度", "cs": 3}, None, None, {"t": "令和９年度", "cs": 3}, None, None, {"t": "R5決算", "rs": 2}, {"t": "R9目標", "rs": 2}]
    hdr3 = [None] + ["現年", "滞繰", "計"] * 4 + [None, None]
    rows = [hdr1, hdr2, hdr3]
    for kind, canon, ab, dept, law, cls, t in DEBTS:
        ca, cc, aa, ac, w = t
        rc, ra, rt = rate(cc, ca, 2), rate(ac, aa, 2), rate(cc + ac, ca + aa, 2)
        row = [{"t": canon, "al": 0}]
        kw = dict(debt=canon, fy=FY5, fy_raw="令和５年度", basis="actual")
        row += [R.f(f"{rc:.2f}", seg="current", metric="collection_rate", value=rc, unit="percent", **kw),
                R.f(f"{ra:.2f}", seg="arrears", metric="collection_rate", value=ra, unit="percent", **kw),
                R.f(f"{rt:.2f}", seg="total", metric="collection_rate", value=rt, unit="percent", **kw)]
        for fy in (2025, 2026, 2027):
            dc, da = inc[fy]
            tc = rnd(min(rc + dc * (3 if rc < 95 else 1), 99.9), 2)
            ta = rnd(ra + da, 2)
            # implied total target with R5 assessed weights
            tt = rnd((ca * tc + aa * ta) / (ca + aa), 2)
            TGT[(canon, fy)] = (tc, ta, tt)
            kw = dict(debt=canon, fy=fy, fy_raw=f"令和{fy - 2018}年度", basis="target")
            row += [R.f(f"{tc:.2f}", seg="current", metric="collection_rate", value=tc, unit="percent", **kw),
                    R.f(f"{ta:.2f}", seg="arrears", metric="collection_rate", value=ta, unit="percent", **kw),
                    R.f(f"{tt:.2f}", seg="total", metric="collection_rate", value=tt, unit="percent", **kw)]
        o = ca + aa - cc - ac - w
        o9 = int(round(o * (0.88 if kind != "私債権" else 0.92), -2))
        TGT[(canon, "o9")] = o9
        row += [R.f(comma(o), debt=canon, fy=FY5, fy_raw="R5決算", seg="total", metric="outstanding", basis="actual", value=o * 1000, unit="yen"),
                R.f(comma(o9), debt=canon, fy=2027, fy_raw="R9目標", seg="total", metric="outstanding", basis="target", value=o9 * 1000, unit="yen")]
        rows.append(row)
    colw = [98] + [40] * 12 + [58, 58]
    fills = [None] * 3 + [None if i % 2 == 0 else (0.95, 0.95, 0.95) for i in range(len(DEBTS))]
    y = pg.table(40, 90, colw, rows, rh=[16, 16, 16] + [19] * len(DEBTS), fs=8.2, head=3, fills=fills)
    pg.text(40, y + 13, "注１）目標収納率の「計」は、現年・滞繰の目標収納率を令和５年度決算の調定額で加重平均したもの。", 8, "m")
    pg.text(40, y + 25, "注２）令和５年度の数値は決算、令和７年度以降の数値は目標。R5＝令和５年度、R9＝令和９年度。", 8, "m")


TGT: dict = {}


def sheet_items(pg, x, y, items, debt, section):
    for lab, text, st in items:
        line = f"{lab}　{text}"
        if st:
            line += f"【{st}】"
        R.init(text, debt=debt, fy=2025, section=section, label=lab, status=st)
        y = pg.para(x, y, 455, line, 9.5, "m", 1.5)
    return y


def p5(doc):
    pg = Pg(doc, n=5)
    pg.text(60, 62, "８　債権ごとの取組（推進シート）", 12, "g")
    # --- sheet 1: 市税, header cell with label and value together
    d = DEBTS[0]
    ca, cc, aa, ac, w = d[6]
    o = ca + aa - cc - ac - w
    pg.text(60, 76, "推進シート１", 9, "g")
    rows = [[{"t": "債権名　市税", "cs": 2, "al": 0, "fill": (0.86, 0.9, 0.95)}, None,
             {"t": "所管課　税務課", "cs": 3, "al": 0, "fill": (0.86, 0.9, 0.95)}, None, None]]
    rows.append(["区分", "令和５年度実績", "令和７年度目標", "令和８年度目標", "令和９年度目標"])
    for seg, lab in (("current", "現年収納率（％）"), ("arrears", "滞繰収納率（％）")):
        v5 = rate(cc, ca, 2) if seg == "current" else rate(ac, aa, 2)
        cells = [{"t": lab, "al": 0}, R.f(f"{v5:.2f}", debt="市税", fy=FY5, fy_raw="令和５年度実績", seg=seg, metric="collection_rate", basis="actual", value=v5, unit="percent")]
        for fy in (2025, 2026, 2027):
            v = TGT[("市税", fy)][0 if seg == "current" else 1]
            cells.append(R.f(f"{v:.2f}", debt="市税", fy=fy, fy_raw=f"令和{fy - 2018}年度目標", seg=seg, metric="collection_rate", basis="target", value=v, unit="percent"))
        rows.append(cells)
    o9 = TGT[("市税", "o9")]
    rows.append([{"t": "収入未済額（千円）", "al": 0}, R.f(comma(o), debt="市税", fy=FY5, fy_raw="令和５年度実績", seg="total", metric="outstanding", basis="actual", value=o * 1000, unit="yen"),
                 "－", "－", R.f(comma(o9), debt="市税", fy=2027, fy_raw="令和９年度目標", seg="total", metric="outstanding", basis="target", value=o9 * 1000, unit="yen")])
    y = pg.table(60, 82, [110, 90, 90, 90, 95], rows, rh=[18, 16, 16, 16, 16], fs=8.5, head=2)
    # 現状と課題 cell with a paragraph holding figures, beside plain figure cells
    arr_o = aa - ac - w
    txt = (f"令和５年度末の収入未済額は{R.f(f'{o:,}千円', debt='市税', fy=FY5, fy_raw='令和５年度末', seg='total', metric='outstanding', basis='actual', value=o * 1000, unit='yen')}で、"
           f"うち滞納繰越分が{R.f(f'{arr_o:,}千円', debt='市税', fy=FY5, fy_raw='令和５年度末', seg='arrears', metric='outstanding', basis='actual', value=arr_o * 1000, unit='yen')}を占める。"
           "少額・多件数の滞納が多く、早期の納付折衝が課題である。")
    rows = [["現状と課題", "滞納者数", "差押件数"],
            [{"t": "", "al": 0}, R.f("1,208人", debt="市税", fy=FY5, fy_raw="令和５年度末", seg="total", metric="delinquents", basis="actual", value=1208, unit="persons"), "412件"]]
    R.f("412件", debt="市税", fy=FY5, fy_raw="令和５年度", seg="total", metric="seizures", basis="actual", value=412, unit="cases")
    y2 = pg.table(60, y + 6, [345, 65, 65], rows, rh=[16, 52], fs=8.5)
    pg.para(64, y + 6 + 16 + 12, 335, txt, 8.5, "g", 1.45)
    pg.text(60, y2 + 16, "【主な取組】", 10, "g")
    items = [("①", "納期限後20日以内の督促状発送と、その10日後の文書催告を徹底する。", "継続"),
             ("②", "預貯金調査を電子照会により行い、調査から差押えまでの期間を短縮する。", "拡充"),
             ("③", "納付書にQRコードを付設し、スマートフォン決済による納付を開始する。", "新規")]
    y = sheet_items(pg, 72, y2 + 34, items, "市税", "主な取組")
    # --- sheet 2: 国民健康保険税, one-row label/value box
    y += 14
    pg.text(60, y, "推進シート２", 9, "g")
    y += 6
    rows = [[{"t": "債権名", "fill": (0.86, 0.9, 0.95)}, {"t": "国民健康保険税", "al": 0, "fill": None},
             {"t": "所管課", "fill": (0.86, 0.9, 0.95)}, {"t": "税務課（収納係）", "al": 0, "fill": None}]]
    y = pg.table(60, y, [70, 170, 70, 165], rows, rh=18, fs=9, head=1)
    # 上段/下段 table (explained only by a note) and target/result/達成率 per year
    hist = {2021: (338412, 78.95, 79.50), 2022: (331877, 79.42, 80.00), 2023: (None, None, 81.00)}
    d = DEBTS[1]
    ca, cc, aa, ac, w = d[6]
    hist[2023] = (ca + aa - cc - ac - w, rate(cc + ac, ca + aa, 2), 81.00)
    rows = [["年度", "実績", "目標（収納率）", "達成率"]]
    for fy in (2021, 2022, 2023):
        o, r, tg = hist[fy]
        fyr = {2021: "R3", 2022: "R4", 2023: "R5"}[fy]
        kw = dict(debt="国民健康保険税", fy=fy, fy_raw=fyr, seg="total")
        top = R.f(comma(o), metric="outstanding", basis="actual", value=o * 1000, unit="yen", **kw)
        bot = R.f(f"{r:.2f}", metric="collection_rate", basis="actual", value=r, unit="percent", **kw)
        tgs = R.f(f"{tg:.2f}", metric="collection_rate", basis="target", value=tg, unit="percent", **kw)
        ach = rnd(r / tg * 100, 1)
        achs = R.f(f"{ach:.1f}", metric="achievement_rate", basis="actual", value=ach, unit="percent", **kw)
        rows.append([{"t": fyr, "al": 1}, f"{top}\n{bot}", tgs, achs])
    y = pg.table(60, y + 8, [60, 110, 110, 80], rows, rh=[16, 28, 28, 28], fs=8.5)
    pg.text(60, y + 11, "上段：収入未済額（千円）、下段：収納率（％）　※前計画（令和３年度～令和５年度）の目標に対する実績", 8, "m")
    pg.text(60, y + 30, "【主な取組】", 10, "g")
    yy = y + 46
    memo = [("（１）", "現年度分対策", None), ("ア", "納税通知書の発送時に口座振替依頼書を同封し、口座振替への移行を促す。", "継続"),
            ("イ", "資格取得時の窓口で納付方法の説明を行い、初期滞納を防止する。", "新規"),
            ("（２）", "滞納繰越分対策", None), ("ア", "分納誓約の不履行者に対し、次の手順で滞納処分を行う。", None),
            ("(ｱ)", "不履行の翌月に催告書を送付し、納付がない場合は財産調査を行う。", "継続"),
            ("(ｲ)", "差押可能な財産が判明した者は、差押予告を経ずに差押えを執行する。", "拡充")]
    for lab, text, st in memo:
        if text in ("現年度分対策", "滞納繰越分対策"):
            pg.text(72, yy, f"{lab}{text}", 9.5, "g")
            yy += 14
            continue
        ind = 84 if lab in ("ア", "イ") else 98
        R.init(text, debt="国民健康保険税", fy=2025, section="主な取組", label=lab, status=st)
        yy = pg.para(ind, yy, 440, f"{lab}　{text}" + (f"【{st}】" if st else ""), 9.5, "m", 1.5)


def p6(doc):
    pg = Pg(doc, n=6)
    pg.text(60, 70, "８－３　債権ごとの取組（市営住宅使用料）", 11, "g")
    d = DEBTS[7]
    ca, cc, aa, ac, w = d[6]
    rc, ra = rate(cc, ca, 2), rate(ac, aa, 2)
    y = pg.para(72, 94, 460, f"令和５年度決算の現年度分収納率は{R.f(f'{rc:.2f}％', debt='市営住宅使用料', fy=FY5, fy_raw='令和５年度決算', seg='current', metric='collection_rate', basis='actual', value=rc, unit='percent')}、"
                f"滞納繰越分は{R.f(f'{ra:.2f}％', debt='市営住宅使用料', fy=FY5, fy_raw='令和５年度決算', seg='arrears', metric='collection_rate', basis='actual', value=ra, unit='percent')}である。"
                "入居中の滞納者は分納により解消が進む一方、退去者の滞納分は所在不明等により回収が難しくなっている。", 10)
    pg.text(60, y + 10, "〔取組内容〕", 10, "g")
    y += 28
    items = [("①", "滞納３か月以上の入居者には、連帯保証人へ通知するとともに面談による納付指導を行う。", "継続"),
             ("②", "滞納６か月以上で誠意のない入居者は、明渡し及び滞納家賃の支払いを求める訴えを提起する。", "継続"),
             ("③", "退去者の滞納分は、住所調査の上、支払督促の申立てを行い、回収の見込みのない債権は放棄を検討する。", "拡充")]
    for lab, text, st in items:
        R.init(text, debt="市営住宅使用料", fy=2025, section="取組内容", label=lab, status=st)
        y = pg.para(72, y, 455, f"{lab}　{text}", 9.5, "m", 1.5)
        pg.text(84, y, f"【{st}】", 9.5, "m")
        y += 16
    # box with items for the non-forced public debts
    y += 8
    pg.text(60, y, "８－４　非強制徴収公債権及び私債権に共通する取組", 11, "g")
    box_top = y + 10
    common = ["・債権管理台帳を整備し、履行期限、時効の起算日、催告の履歴を一元的に記録する。",
              "・履行延期の特約等の手続を所管課共通の様式で行い、分納の管理を適正化する。",
              "・支払督促や少額訴訟の手続を税務課と連携して行い、所管課の負担を軽減する。"]
    yy = box_top + 18
    for s in common:
        R.init(s[1:], debt=None, fy=2025, section="非強制徴収公債権及び私債権に共通する取組", label="・", status=None)
        yy = pg.para(72, yy, 450, s, 9.5, "m", 1.5)
    pg.p.draw_rect(fitz.Rect(62, box_top, pg.w - 62, yy - 4), color=(0, 0, 0), width=0.8)
    # 進行管理
    y = yy + 20
    pg.text(60, y, "９　計画の進行管理", 12, "g")
    y = pg.para(72, y + 22, 460, "各所管課は、毎年度９月末及び３月末の収納状況を債権管理推進委員会に報告し、目標と実績の差を分析した上で、翌期の取組に反映させる。委員会は、目標の達成が困難な債権について、所管課ヒアリングを実施し、必要な助言を行う。")


def p7(doc):
    pg = Pg(doc, n=7)
    pg.text(60, 70, "参考資料　対象債権一覧", 12, "g")
    pg.text(pg.w - 200, 70, "（収入未済額：令和５年度決算、千円）", 8.5, "g")
    rows = [["No.", "債権名", "所管課", "根拠法令等", "区分", "収入未済額"]]
    for i, (kind, canon, ab, dept, law, cls, t) in enumerate(DEBTS, 1):
        o = figs(t)[3]
        rows.append([{"t": str(i), "al": 1}, {"t": canon, "al": 0}, {"t": dept, "al": 0}, {"t": law, "al": 0}, {"t": cls, "al": 1},
                     R.f(comma(o), debt=canon, fy=FY5, fy_raw="令和５年度決算", seg="total", metric="outstanding", basis="actual", value=o * 1000, unit="yen")])
    y = pg.table(60, 80, [28, 110, 72, 160, 32, 73], rows, rh=20, fs=8.5)
    pg.text(60, y + 14, "区分　強：強制徴収公債権、非：非強制徴収公債権、私：私債権", 8.5, "m")


def build():
    doc = fitz.open()
    # p4 fills TGT used on p5; draw in page order
    p1(doc)
    p2(doc)
    p3(doc)
    p4(doc)
    p5(doc)
    p6(doc)
    p7(doc)
    doc.set_metadata({"title": TITLE, "author": "奄美市"})
    doc.subset_fonts()
    out = SET / "pdf" / f"{STEM}.pdf"
    doc.save(out, garbage=4, deflate=True)
    write_gold(STEM, R, kind="plan", title="奄美市債権管理計画", date="2025-03-01", date_raw="令和７年３月")
    errs = check(STEM)
    print(STEM, len(R.facts), "facts", len(R.inits), "initiatives", "errors:", len(errs))
    for e in errs[:30]:
        print("  ", e)


if __name__ == "__main__":
    build()
