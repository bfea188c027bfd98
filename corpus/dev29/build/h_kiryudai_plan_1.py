"""桐生台市債権管理計画（令和７年度～令和９年度）: PyMuPDF direct drawing.

Family: 会計・款・債権 plan (収入未済額 by account, prose figures). Layout modelled on city 債権管理計画 /
決算概要 documents: a two-column prose page, 会計別収入未済額の推移 with 前年度比 and a vector bar chart in 百万円
(as in the 一般会計決算の概要 pages with 単位：百万円 charts and △), a landscape 会計・款・債権 table printed on
rotated pages and continued without its header, years-down tables, a split (two halves) table and numbered 取組.
City invented.
"""
from __future__ import annotations

import sys
from pathlib import Path

import fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from h_common import F, OUT, ROOT, check, comma, page_texts, rate, write_gold  # noqa: E402

STEM = "h_kiryudai_plan_1"
CITY = "桐生台市"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FG, FM = fitz.Font(fontfile=GOTHIC), fitz.Font(fontfile=MINCHO)
YEARS = [2019, 2020, 2021, 2022, 2023]

# 表１ 会計別収入未済額 (千円)
ACC = [
    ("一般会計", [1902310, 1861872, 1802114, 1748663, 1695183]),
    ("国民健康保険事業特別会計", [1012455, 951208, 842376, 703991, 621340]),
    ("介護保険事業特別会計", [154332, 149870, 141025, 133610, 128477]),
    ("後期高齢者医療特別会計", [38120, 36554, 35902, 33418, 31205]),
    ("下水道事業会計", [195114, 188930, 176402, 168771, 160218]),
]
SHIZEI_OUT = [1498220, 1452031, 1381470, 1305118, 1234560]
TOTAL = [sum(a[1][i] for a in ACC) for i in range(5)]

# 表２ 令和５年度 会計・款・債権 (千円): (account, 款, debt_raw, canon, A, W, O, indent)
T2 = [
    ("一般会計", "市税", "市税", "市税", 39812455, 61230, 1234560, False),
    ("一般会計", "", "うち個人市民税", "個人市民税", 15204330, 28115, 702318, True),
    ("一般会計", "", "うち固定資産税", "固定資産税", 17918602, 19870, 451907, True),
    ("一般会計", "分担金及び負担金", "保育所保育料", "保育所保育料", 612880, 1205, 28415, False),
    ("一般会計", "使用料及び手数料", "市営住宅使用料", "市営住宅使用料", 745310, 3880, 96204, False),
    ("一般会計", "諸収入", "生活保護費返還金", "生活保護費返還金", 402115, 9840, 312870, False),
    ("一般会計", "諸収入", "奨学金貸付金返還金", "奨学金貸付金返還金", 61540, 0, 23134, False),
    ("国民健康保険事業特別会計", "国民健康保険税", "国民健康保険税", "国民健康保険料", 6905772, 38905, 603118, False),
    ("国民健康保険事業特別会計", "諸収入", "返納金", "返納金", 25610, 1102, 18222, False),
    ("介護保険事業特別会計", "保険料", "介護保険料", "介護保険料", 5702318, 14220, 128477, False),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", "後期高齢者医療保険料", 2145906, 2510, 31205, False),
    ("下水道事業会計", "営業収益", "下水道使用料", "下水道使用料", 3854220, 4118, 141675, False),
    ("下水道事業会計", "負担金", "下水道事業受益者負担金", "下水道事業受益者負担金", 40115, 980, 18543, False),
]
# 表３ 市税 years down (百万円, one decimal): assessed, written off per year; outstanding from SHIZEI_OUT
SHIZEI_A = [40215300, 39402118, 39688702, 39901433, 39812455]
SHIZEI_W = [88412, 79330, 72015, 66804, 61230]
# 表４ 債権別収納率 令和５年度 (現年, 滞繰) — 計 from 表２
T4_SPLIT = {"市税": (99.12, 29.84), "個人市民税": (98.71, 28.02), "固定資産税": (99.30, 33.15),
            "保育所保育料": (98.40, 18.22), "市営住宅使用料": (96.95, 12.40), "生活保護費返還金": (61.20, 4.35),
            "奨学金貸付金返還金": (88.70, 9.84), "国民健康保険税": (94.02, 21.33), "介護保険料": (99.05, 16.80),
            "後期高齢者医療保険料": (99.61, 40.25), "下水道使用料": (98.90, 30.02), "下水道事業受益者負担金": (80.15, 8.40)}
# 表５ 目標収納率
T5 = [("current", "市税", "市税", [99.20, 99.25, 99.30]), ("current", "国民健康保険税", "国民健康保険料", [94.30, 94.60, 94.90]),
      ("current", "介護保険料", "介護保険料", [99.08, 99.12, 99.15]),
      ("arrears", "市税", "市税", [31.00, 31.50, 32.00]), ("arrears", "国民健康保険税", "国民健康保険料", [22.00, 22.80, 23.50]),
      ("arrears", "介護保険料", "介護保険料", [17.00, 17.50, 18.00])]
# 表６ stacked: 収入未済額 (千円) over 件数
T6 = [("市税", "市税", (1305118, 18420), (1234560, 17305)), ("国民健康保険税", "国民健康保険料", (668420, 9912), (603118, 9104)),
      ("介護保険料", "介護保険料", (133610, 4410), (128477, 4215)), ("後期高齢者医療保険料", "後期高齢者医療保険料", (33418, 905), (31205, 871))]


def man(v_yen: int, approx_round=True):
    """約26億3,600万円-style: value rounded to 100万円."""
    v = round(v_yen / 1_000_000) * 1_000_000 if approx_round else v_yen
    oku, manv = divmod(v // 10_000, 10_000)
    s = (f"{oku}億" if oku else "") + (f"{manv:,}万" if manv else "") + "円"
    return v, s


class Doc:
    def __init__(self):
        self.doc = fitz.open()
        self.page = None

    def new(self, w=595, h=842, page=None):
        self.page = page or self.doc.new_page(width=w, height=h)
        self.page.insert_font(fontname="G", fontfile=GOTHIC)
        self.page.insert_font(fontname="M", fontfile=MINCHO)
        return self.page


def text(pg, x, y, s, size=9, font="M", color=(0, 0, 0), align="l", w=None):
    f = FG if font == "G" else FM
    tl = f.text_length(s, fontsize=size)
    if align == "r":
        x = x + w - tl
    elif align == "c":
        x = x + (w - tl) / 2
    pg.insert_text((x, y), s, fontname=font, fontsize=size, color=color)
    return tl


def wrap(s, width, size, font="M"):
    f = FG if font == "G" else FM
    lines, cur = [], ""
    num = set("0123456789,.")
    noStart = set("、。）％」")
    for ch in s:
        if f.text_length(cur + ch, fontsize=size) > width:
            # kinsoku: keep numbers whole and do not start a line with punctuation
            k = len(cur)
            if ch in num or ch in noStart:
                while k > 0 and (cur[k - 1] in num or (ch in noStart and k == len(cur))):
                    k -= 1
                    if cur[k] not in num:
                        break
            if k <= 0 or k == len(cur):
                k = len(cur) - 1 if ch in noStart else len(cur)
            lines.append(cur[:k])
            cur = cur[k:] + ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def para(pg, x, y, width, s, size=9.5, font="M", lead=1.55, indent=0):
    lines = wrap(s, width - indent, size, font)
    for i, ln in enumerate(lines):
        text(pg, x + (indent if i == 0 else 0), y, ln, size, font)
        y += size * lead
    return y


def table(pg, x, y, colw, rows, rh=18, style="grid", size=8.5, hdr_rows=1, lw=0.6):
    """rows: list of rows of cells; a cell is None (covered), str, or dict(t, cs, rs, al, b, vert, ind)."""
    xs = [x]
    for w in colw:
        xs.append(xs[-1] + w)
    heights = [r[0] if isinstance(r, tuple) else rh for r in rows]
    rows = [r[1] if isinstance(r, tuple) else r for r in rows]
    ys = [y]
    for h in heights:
        ys.append(ys[-1] + h)
    for i, row in enumerate(rows):
        for j, c in enumerate(row):
            if c is None:
                continue
            c = {"t": c} if isinstance(c, str) else c
            cs, rs = c.get("cs", 1), c.get("rs", 1)
            x0, x1, y0, y1 = xs[j], xs[j + cs], ys[i], ys[i + rs]
            if style == "grid":
                pg.draw_rect(fitz.Rect(x0, y0, x1, y1), color=(0, 0, 0), width=lw)
            bold = c.get("b", i < hdr_rows)
            font = "G" if bold else "M"
            t = c["t"]
            if c.get("vert"):
                chars = list(t)
                per = max(1, int((y1 - y0 - 4) // (size * 1.15)))
                ncol = -(-len(chars) // per)
                colsz = [chars[k * per:(k + 1) * per] for k in range(ncol)]
                cwid = size * 1.3
                xr = (x0 + x1) / 2 + cwid * ncol / 2 - cwid  # first column on the right
                for k, cc in enumerate(colsz):
                    tot = len(cc) * size * 1.15
                    yy = (y0 + y1) / 2 - tot / 2 + size
                    for ch in cc:
                        text(pg, xr - k * cwid, yy, ch, size, font, align="c", w=cwid)
                        yy += size * 1.15
                continue
            lines = t.split("\n")
            tot = len(lines) * size * 1.25
            yy = (y0 + y1) / 2 - tot / 2 + size * 0.95
            al = c.get("al", "c" if i < hdr_rows else "l")
            pad = 3 + c.get("ind", 0)
            for ln in lines:
                text(pg, x0 + pad, yy, ln, size, font, align=al, w=x1 - x0 - pad - 3)
                yy += size * 1.25
    if style == "h":
        pg.draw_line((xs[0], ys[0]), (xs[-1], ys[0]), width=1.0)
        pg.draw_line((xs[0], ys[hdr_rows]), (xs[-1], ys[hdr_rows]), width=0.6)
        for k in range(hdr_rows + 1, len(ys) - 1):
            pg.draw_line((xs[0], ys[k]), (xs[-1], ys[k]), width=0.3, color=(0.45, 0.45, 0.45))
        pg.draw_line((xs[0], ys[-1]), (xs[-1], ys[-1]), width=1.0)
    return ys[-1]


def header_footer(pg, n, landscape=False):
    w = pg.rect.width if not landscape else 842
    text(pg, 40, 28, "桐生台市債権管理計画（令和７年度～令和９年度）", 7.5, "M", color=(0.3, 0.3, 0.3))
    text(pg, 0, (842 if not landscape else 595) - 24, f"－{n}－", 8.5, "M", align="c", w=w)


def main():
    D = Doc()
    facts, inits = [], []
    # ---------------- page 1: title + two-column prose
    pg = D.new()
    header_footer(pg, 1)
    text(pg, 0, 80, "桐生台市債権管理計画", 20, "G", align="c", w=595)
    text(pg, 0, 106, "（令和７年度～令和９年度）", 12, "G", align="c", w=595)
    text(pg, 0, 128, "令和７年３月　桐生台市総務部債権管理課", 10, "M", align="c", w=595)
    pg.draw_line((50, 142), (545, 142), width=1.2)
    text(pg, 50, 165, "第１章　計画の趣旨と債権の現状", 12, "G")
    tot5, tot5s = man(TOTAL[4] * 1000)
    dec, decs = man((TOTAL[3] - TOTAL[4]) * 1000)
    tot1 = round(TOTAL[0] / 100_000) * 100_000_000
    tot1s = f"{tot1 // 100_000_000}億円"
    shz_out = SHIZEI_OUT[4] * 1000
    shz_s = f"{shz_out // 100_000_000}億{(shz_out % 100_000_000) // 10_000:,}万円"
    A, W, O = T2[0][4], T2[0][5], T2[0][6]
    shz_rate = rate(A - W - O, A)
    kok_v, kok_s = man(T2[7][6] * 1000)
    wo = sum(r[5] for r in T2 if not r[7])
    wo_v = wo * 1000
    wo_s = f"{wo_v // 100_000_000}億{(wo_v % 100_000_000) // 10_000:,}万円余"
    col1 = [
        "１　計画策定の趣旨",
        "　本市では、平成２９年度に債権管理条例を施行し、市が保有する債権の適正な管理と収入未済額の縮減に全庁を挙げて取り組んできた。"
        "前期計画の期間中、口座振替の勧奨やＳＭＳ催告の導入などにより、各債権の収納率は概ね向上している。",
        "　一方で、物価高騰の影響により生活に困窮する市民が増えており、納付相談の件数も増加傾向にある。"
        "負担の公平性を確保しつつ、個々の事情に応じたきめ細かな対応を行うため、令和７年度から３か年の本計画を策定する。",
        "２　収入未済額の状況",
        f"　令和５年度決算における本市の全会計の収入未済額は約{tot5s[:-1]}円で、前年度と比べて約{decs}減少した。"
        f"計画の基準とした令和元年度（2019年度）の約{tot1s}からは着実に減少している。",
    ]
    col2 = [
        f"　このうち市税の収入未済額は{shz_s}であり、全体の約半分を占めている。"
        f"市税全体の収納率は{shz_rate:.2f}％※1で、前年度から{shz_rate - rate(SHIZEI_A[3] - SHIZEI_W[3] - SHIZEI_OUT[3], SHIZEI_A[3]):.2f}ポイント上昇した。",
        f"　国民健康保険税の収入未済額は約{kok_s}で、被保険者数の減少もあって５年連続で減少している。",
        f"　また、令和５年度の不納欠損額は、全会計で{wo_s}となっている。"
        "時効の完成や執行停止後の消滅によるものが大半を占める。",
        "３　計画期間",
        "　令和７年度から令和９年度までの３年間とし、毎年度、取組の実績を検証して公表する。",
        "※1　収納率は現年課税分と滞納繰越分の合計による。",
    ]
    prose_facts = [
        (None, None, 2023, "令和５年度", "outstanding", tot5, f"約{tot5s[:-1]}円", True),
        (None, None, 2019, "令和元年度（2019年度）", "outstanding", tot1, f"約{tot1s}", True),
        ("市税", "市税", 2023, "令和５年度", "outstanding", shz_out, shz_s, False),
        ("市税", "市税", 2023, "令和５年度", "collection_rate", shz_rate, f"{shz_rate:.2f}％※1", False),
        ("国民健康保険料", "国民健康保険税", 2023, "令和５年度", "outstanding", kok_v, f"約{kok_s}", True),
        (None, None, 2023, "令和５年度", "written_off", wo_v, wo_s, True),
    ]
    y1 = y2 = 190
    cw = 232
    for s in col1:
        if len(s) < 20:
            text(pg, 50, y1, s, 10, "G")
            y1 += 18
        else:
            y1 = para(pg, 50, y1, cw, s, 9.5) + 6
    for s in col2:
        if len(s) < 12:
            text(pg, 313, y2, s, 10, "G")
            y2 += 18
        elif s.startswith("※"):
            y2 = para(pg, 313, y2 + 6, cw, s, 8) + 4
        else:
            y2 = para(pg, 313, y2, cw, s, 9.5) + 6
    pg.draw_line((297.5, 185), (297.5, max(y1, y2)), width=0.3, color=(0.5, 0.5, 0.5))
    for debt, draw, fy, fyr, met, v, raw, ap in prose_facts:
        unit = "percent" if met == "collection_rate" else "yen"
        facts.append(F(debt, fy, fyr, "total", met, "actual", v, unit, raw, 1, approx=ap, debt_raw=draw))

    # ---------------- page 2: 表１ (horizontal rules only, 合計 first, うち row) + bar chart
    pg = D.new()
    header_footer(pg, 2)
    text(pg, 50, 70, "表１　会計別収入未済額の推移", 11, "G")
    hdr = ["会計名", "令和元年度", "２年度", "３年度", "４年度", "R5", "前年度比"]
    fyr = ["令和元年度", "２年度", "３年度", "４年度", "R5"]
    rows = [hdr]
    lines = [("合計", None, None, TOTAL, 0)] + [(a, None, a, v, 0) for a, v in ACC[:1]] + \
        [("うち市税", "市税", "うち市税", SHIZEI_OUT, 10)] + [(a, None, a, v, 0) for a, v in ACC[1:]]
    for label, canon, draw, vals, ind in lines:
        row = [{"t": label, "ind": ind, "b": label == "合計"}] + \
              [{"t": comma(v), "al": "r", "b": label == "合計"} for v in vals] + \
              [{"t": comma(vals[4] - vals[3]), "al": "r"}]
        rows.append(row)
        for i, v in enumerate(vals):
            facts.append(F(canon, YEARS[i], fyr[i], "total", "outstanding", "actual", v * 1000, "yen", comma(v), 2,
                           debt_raw=draw if draw else "合計"))
    text(pg, 470, 86, "（単位：千円）", 8, "M")
    yb = table(pg, 50, 92, [128, 62, 62, 62, 62, 62, 57], rows, rh=20, style="h", size=8.3)
    text(pg, 50, yb + 14, "注）前年度比は令和５年度と令和４年度の差。△は減少を示す。下水道事業会計は決算書上の未収金のうち料金等に係るもの。", 7.5)
    # bar chart
    text(pg, 50, yb + 50, "図１　収入未済額の推移（全会計）", 11, "G")
    cx0, cy0, cw_, ch_ = 90, yb + 75, 420, 230
    base = cy0 + ch_
    pg.draw_line((cx0, cy0), (cx0, base), width=0.8)
    pg.draw_line((cx0, base), (cx0 + cw_, base), width=0.8)
    vmax = 3500
    for t in range(0, 3501, 500):
        yy = base - ch_ * t / vmax
        pg.draw_line((cx0 - 3, yy), (cx0 + cw_, yy), width=0.2, color=(0.7, 0.7, 0.7))
        text(pg, cx0 - 40, yy + 3, f"{t:,}", 7, "M", align="r", w=34)
    labels = ["R1", "R2", "R3", "R4", "R5"]
    bw = 44
    for i, v in enumerate(TOTAL):
        mv = round(v / 1000, 1)
        bx = cx0 + 30 + i * 80
        h = ch_ * mv / vmax
        pg.draw_rect(fitz.Rect(bx, base - h, bx + bw, base), color=(0.2, 0.3, 0.5), fill=(0.45, 0.6, 0.8), width=0.5)
        s = f"{mv:,.1f}"
        text(pg, bx - 10, base - h - 5, s, 8, "G", align="c", w=bw + 20)
        text(pg, bx, base + 13, labels[i], 8.5, "M", align="c", w=bw)
        facts.append(F(None, YEARS[i], labels[i], "total", "outstanding", "actual", int(round(mv * 10)) * 100_000, "yen", s, 2,
                       debt_raw="収入未済額（全会計）"))
    pg.draw_rect(fitz.Rect(cx0 + cw_ - 150, cy0 - 18, cx0 + cw_ - 140, cy0 - 8), fill=(0.45, 0.6, 0.8), color=(0.2, 0.3, 0.5))
    text(pg, cx0 + cw_ - 136, cy0 - 9, "収入未済額（百万円）", 8, "M")
    text(pg, cx0 - 40, cy0 - 8, "（百万円）", 7, "M")
    text(pg, cx0 + cw_ / 2 - 20, base + 30, "（年度）", 7.5, "M")

    # ---------------- pages 3-4: 表２ landscape, on rotated portrait pages, continued without header
    def landscape_page(draw_fn, pno):
        tmp = fitz.open()
        lp = tmp.new_page(width=842, height=595)
        lp.insert_font(fontname="G", fontfile=GOTHIC)
        lp.insert_font(fontname="M", fontfile=MINCHO)
        draw_fn(lp)
        header_footer(lp, pno, landscape=True)
        pg = D.doc.new_page(width=595, height=842)
        pg.show_pdf_page(pg.rect, tmp, 0, rotate=90)
        pg.set_rotation(90)
        return pg

    acc_sub = {}
    body = []
    for acc, _ in ACC:
        items = [r for r in T2 if r[0] == acc]
        for k, (a, kan, draw, canon, A_, W_, O_, ind) in enumerate(items):
            C_ = A_ - W_ - O_
            body.append(("row", acc, kan, draw, canon, A_, C_, W_, O_, ind, k == 0, len(items) + 1))
        s = [sum(r[4 + i] for r in items if not r[7]) for i in range(3)]
        body.append(("sub", acc, "", "小計", None, s[0], s[0] - s[1] - s[2], s[1], s[2], False, False, 0))
        acc_sub[acc] = s
    gt = [sum(acc_sub[a][i] for a in acc_sub) for i in range(3)]
    body.append(("tot", "", "", "合計", None, gt[0], gt[0] - gt[1] - gt[2], gt[1], gt[2], False, False, 0))
    split = next(i for i, b in enumerate(body) if b[1] == "下水道事業会計" and b[0] == "row")
    colw = [40, 120, 190, 92, 92, 80, 92, 62]

    def t2rows(part, with_header):
        rows = []
        if with_header:
            rows.append(["会計", "款", "債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"])
        for b in part:
            kind, acc, kan, draw, canon, A_, C_, W_, O_, ind, first, span = b
            rt = rate(C_, A_)
            cells = [{"t": acc, "rs": span, "vert": True, "b": False} if first else None]
            if kind == "tot":
                cells = [{"t": "合計", "cs": 3, "al": "c", "b": True}, None, None]
            elif kind == "sub":
                cells += [{"t": "小計", "cs": 2, "al": "c", "b": True}, None]
            else:
                cells += [kan, {"t": draw, "ind": 12 if ind else 0}]
            b_ = kind != "row"
            cells += [{"t": comma(A_), "al": "r", "b": b_}, {"t": comma(C_), "al": "r", "b": b_},
                      {"t": comma(W_) if W_ else "－", "al": "r", "b": b_}, {"t": comma(O_), "al": "r", "b": b_},
                      {"t": f"{rt:.2f}", "al": "r", "b": b_}]
            rows.append(cells)
        return rows

    def fix_span(part):
        # a 会計 block cut by the page break: its merged cell only spans the rows on this page
        out = []
        for b in part:
            out.append(list(b))
        for i, b in enumerate(out):
            if b[10]:
                n = sum(1 for c in out[i:] if c[1] == b[1])
                b[11] = n
        if out and not out[0][10] and out[0][0] != "tot":
            out[0][10] = True
            out[0][11] = sum(1 for c in out if c[1] == out[0][1])
        return [tuple(b) for b in out]

    p3, p4 = fix_span(body[:split]), fix_span(body[split:])

    def draw3(lp):
        text(lp, 40, 60, "表２　令和５年度　会計・款・債権別の収入未済額等", 12, "G")
        text(lp, 700, 76, "（単位：千円、％）", 8, "M")
        table(lp, 40, 82, colw, t2rows(p3, True), rh=26, style="grid", size=8.5)

    def draw4(lp):
        yb = table(lp, 40, 60, colw, t2rows(p4, False), rh=26, style="grid", size=8.5, hdr_rows=0)
        text(lp, 40, yb + 16, "注１　収入未済額＝調定額－収入済額－不納欠損額。「うち」の行は市税の内数であり、小計には含まない。", 7.5)
        text(lp, 40, yb + 28, "注２　収納率＝収入済額÷調定額（小数点以下第３位四捨五入）。", 7.5)

    landscape_page(draw3, 3)
    landscape_page(draw4, 4)
    for pno, part in ((3, p3), (4, p4)):
        for b in part:
            kind, acc, kan, draw, canon, A_, C_, W_, O_, ind, first, span = b
            if kind == "row":
                d, dr = canon, draw
            elif kind == "sub":
                d, dr = None, acc
            else:
                d, dr = None, "合計"
            rt = rate(C_, A_)
            for met, v, raw, unit in (("assessed", A_ * 1000, comma(A_), "yen"), ("collected", C_ * 1000, comma(C_), "yen"),
                                      ("written_off", W_ * 1000, comma(W_), "yen"), ("outstanding", O_ * 1000, comma(O_), "yen"),
                                      ("collection_rate", rt, f"{rt:.2f}", "percent")):
                if met == "written_off" and W_ == 0:
                    continue
                facts.append(F(d, 2023, "令和５年度", "total", met, "actual", v, unit, raw, pno, debt_raw=dr))

    # ---------------- page 5: 表３ years down (百万円 decimals) + 表４ two halves side by side
    pg = D.new()
    header_footer(pg, 5)
    text(pg, 50, 70, "表３　市税の収納状況の推移", 11, "G")
    text(pg, 430, 86, "（単位：百万円、％）", 8, "M")
    rows = [["年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]]
    fyl = ["令和元年度", "令和２年度", "令和３年度", "令和４年度", "令和５年度"]
    for i in range(5):
        a, w_, o = SHIZEI_A[i], SHIZEI_W[i], SHIZEI_OUT[i]
        c = a - w_ - o
        rt = rate(c, a)
        vals = [round(a / 1000, 1), round(c / 1000, 1), round(w_ / 1000, 1), round(o / 1000, 1)]
        strs = [f"{v:,.1f}" for v in vals]
        rs = f"{rt:.2f}" + ("※" if i == 4 else "")
        rows.append([fyl[i]] + [{"t": s, "al": "r"} for s in strs] + [{"t": rs, "al": "r"}])
        for met, v, s in zip(("assessed", "collected", "written_off", "outstanding"), vals, strs):
            facts.append(F("市税", YEARS[i], fyl[i], "total", met, "actual", int(round(v * 10)) * 100_000, "yen", s, 5))
        facts.append(F("市税", YEARS[i], fyl[i], "total", "collection_rate", "actual", rt, "percent", rs, 5))
    yb = table(pg, 50, 92, [90, 82, 82, 82, 82, 77], rows, rh=19, style="grid", size=8.5)
    text(pg, 50, yb + 13, "※　令和５年度の収納率は、表２の市税の収納率と同じ。金額は百万円未満を四捨五入しているため、内訳と一致しない場合がある。", 7.3)
    text(pg, 50, yb + 50, "表４　債権別収納率（令和５年度）", 11, "G")
    text(pg, 480, yb + 66, "単位：％", 8, "M")
    names = list(T4_SPLIT)
    t2map = {r[2].replace("うち", ""): r for r in T2}
    canon_of = {r[2].replace("うち", ""): r[3] for r in T2}
    ytab = yb + 72
    for half, (x0, part) in enumerate(((50, names[:6]), (305, names[6:]))):
        rows = [["債権名", "現年分", "滞繰分", "計"]]
        for nm in part:
            cur, arr = T4_SPLIT[nm]
            r = t2map[nm]
            tot = rate(r[4] - r[5] - r[6], r[4])
            rows.append([nm, {"t": f"{cur:.2f}", "al": "r"}, {"t": f"{arr:.2f}", "al": "r"}, {"t": f"{tot:.2f}", "al": "r"}])
            for seg, v in (("current", cur), ("arrears", arr), ("total", tot)):
                facts.append(F(canon_of[nm], 2023, "令和５年度", seg, "collection_rate", "actual", v, "percent", f"{v:.2f}", 5,
                               debt_raw=nm))
        table(pg, x0, ytab, [110, 45, 45, 45], rows, rh=19, style="grid", size=8 if half else 8.2)

    # ---------------- page 6: 【参考】box, 表５ with vertical header cells, 表６ stacked cells
    pg = D.new()
    header_footer(pg, 6)
    text(pg, 50, 70, "第２章　計画の目標", 12, "G")
    box = fitz.Rect(50, 84, 545, 160)
    pg.draw_rect(box, width=0.8)
    text(pg, 60, 100, "【参考】市税の目標（令和９年度）", 9.5, "G")
    ref = [("現年課税分収納率", "99.30％", "current", "collection_rate", 99.30, "percent"),
           ("滞納繰越分収納率", "32.00％", "arrears", "collection_rate", 32.00, "percent"),
           ("収入未済額", "10億円以下", "total", "outstanding", 1_000_000_000, "yen")]
    yy = 118
    for lab, val, seg, met, v, unit in ref:
        text(pg, 70, yy, f"・{lab}：{val}", 9)
        facts.append(F("市税", 2027, "令和９年度", seg, met, "target", v, unit, val, 6))
        yy += 14
    text(pg, 50, 185, "表５　目標収納率", 11, "G")
    text(pg, 480, 200, "単位：％", 8, "M")
    rows = [["区分", "債権名", "令和７年度", "８年度", "９年度"]]
    fyt = [("令和７年度", 2025), ("８年度", 2026), ("９年度", 2027)]
    for i, (seg, draw, canon, vals) in enumerate(T5):
        cell0 = {"t": "現年分" if seg == "current" else "滞繰分", "rs": 3, "vert": True, "b": True} if i % 3 == 0 else None
        rows.append([cell0, draw] + [{"t": f"{v:.2f}", "al": "r"} for v in vals])
        for (fr, fy), v in zip(fyt, vals):
            facts.append(F(canon, fy, fr, seg, "collection_rate", "target", v, "percent", f"{v:.2f}", 6, debt_raw=draw))
    yb = table(pg, 50, 206, [30, 150, 90, 90, 90], rows, rh=20, style="grid", size=8.5)
    text(pg, 50, yb + 40, "表６　主な債権の滞納の状況", 11, "G")
    text(pg, 300, yb + 56, "上段：収入未済額（千円）　下段：件数", 8, "M")
    rows = [["債権名", "令和４年度末", "令和５年度末"]]
    for draw, canon, (o4, n4), (o5, n5) in T6:
        rows.append((30, [draw, {"t": f"{comma(o4)}\n({n4:,})", "al": "r"}, {"t": f"{comma(o5)}\n({n5:,})", "al": "r"}]))
        facts.append(F(canon, 2022, "令和４年度末", "total", "outstanding", "actual", o4 * 1000, "yen", comma(o4), 6, debt_raw=draw))
        facts.append(F(canon, 2023, "令和５年度末", "total", "outstanding", "actual", o5 * 1000, "yen", comma(o5), 6, debt_raw=draw))
    table(pg, 50, yb + 62, [150, 120, 120], rows, rh=20, style="grid", size=8.5)

    # ---------------- page 7: 取組 (numbered, tags after 。, one wrapped; a boxed list)
    pg = D.new()
    header_footer(pg, 7)
    text(pg, 50, 70, "第３章　目標達成に向けた取組", 12, "G")
    groups = [
        ("(1)", "滞納の未然防止", None, [
            ("①", "口座振替の原則化を進め、新規の課税・賦課時に口座振替依頼書を同封する。", "継続", False),
            ("②", "スマートフォン決済及び地方税統一ＱＲコードによる納付を全ての納付書に拡大する。", "拡充", False),
            ("③", "納期限前にＳＭＳで納付を案内するモデル事業を市税で実施する。", "新規", True),
        ]),
        ("(2)", "滞納整理の強化", None, [
            ("①", "滞納繰越分の高額事案を債権管理課に引き継ぎ、財産調査と差押えを集中的に行う。", "継続", False),
            ("②", "電子照会による預貯金調査を全ての強制徴収公債権に広げる。", "拡充", False),
        ]),
    ]
    y = 96
    for lab, title, _, items in groups:
        text(pg, 50, y, f"{lab}　{title}", 10, "G")
        y += 18
        for il, t, st, wrapped in items:
            body_ = f"{il}　{t}" + ("" if wrapped else f"【{st}】")
            y = para(pg, 64, y, 470, body_, 9.5, indent=0)
            if wrapped:
                text(pg, 78, y, f"【{st}】", 9.5)
                y += 9.5 * 1.55
            y += 3
            inits.append({"debt": None, "debt_raw": None, "fiscal_year": None, "section": title, "label": f"{lab}{il}",
                          "text": t, "status": st, "page": 7})
        y += 8
    text(pg, 50, y + 6, "(3)　国民健康保険税の取組", 10, "G")
    items = [("ア", "資格取得の届出時に納付方法を案内し、口座振替の登録を受け付ける。", "継続"),
             ("イ", "短期被保険者証の更新時に必ず納付相談を行う。", "継続"),
             ("ウ", "滞納世帯に対する財産調査を早期に行い、納付資力のある世帯には滞納処分を行う。", "拡充")]
    top = y + 16
    yy = top + 16
    for il, t, st in items:
        yy = para(pg, 66, yy, 462, f"{il}　{t}【{st}】", 9.5) + 2
        inits.append({"debt": "国民健康保険料", "debt_raw": "国民健康保険税", "fiscal_year": None, "section": "国民健康保険税の取組",
                      "label": f"(3){il}", "text": t, "status": st, "page": 7})
    pg.draw_rect(fitz.Rect(56, top, 540, yy), width=0.8)
    y = yy + 24
    text(pg, 50, y, "(4)　計画の進行管理", 10, "G")
    t4 = "債権管理推進会議において、毎年度９月末及び３月末の収納状況を確認し、取組の見直しを行う。"
    y = para(pg, 64, y + 18, 470, "　" + t4, 9.5)
    inits.append({"debt": None, "debt_raw": None, "fiscal_year": None, "section": "目標達成に向けた取組", "label": "(4)",
                  "text": t4, "status": None, "page": 7})

    D.doc.subset_fonts()
    pdf = ROOT / "pdf" / f"{STEM}.pdf"
    D.doc.save(pdf, garbage=4, deflate=True)
    texts = page_texts(pdf)
    document = {"kind": "plan", "municipality": CITY, "title": "桐生台市債権管理計画（令和７年度～令和９年度）",
                "date": "2025-03-01", "date_raw": "令和７年３月"}
    gold = write_gold(STEM, pdf, document, facts, inits)
    errs = check(gold, pdf)
    print(STEM, "pages", len(texts), "facts", len(facts), "initiatives", len(inits), "errors", len(errs))
    for e in errs[:30]:
        print("  ", e)


if __name__ == "__main__":
    main()
