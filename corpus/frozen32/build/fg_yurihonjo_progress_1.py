"""fg_yurihonjo_progress_1: mid-year progress report (令和5年度, 令和6年2月末現在), PyMuPDF drawing.

Run from corpus/frozen32:  python3 build/fg_yurihonjo_progress_1.py
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf as fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fg_common import (FONT_G, FONT_M, PDF_DIR, Gold, comma, r2, rate, tri, tri_f)  # noqa: E402

STEM = "fg_yurihonjo_progress_1"
CITY = "由利本荘市"
FY = 2023                      # 令和5年度
ASOF = "2024-02-29"            # 令和6年2月末 (leap year)
ASOF_PREV = "2023-02-28"       # 前年同月
ASOF_OCT, ASOF_DEC = "2023-10-31", "2023-12-31"
ASOF_OCT_P, ASOF_DEC_P = "2022-10-31", "2022-12-31"

A4 = (595.0, 842.0)
A4L = (842.0, 595.0)
FG = fitz.Font(fontfile=FONT_G)
FM = fitz.Font(fontfile=FONT_M)
FONTS = {"g": FG, "m": FM}

# ---------------------------------------------------------------- data
# debt key, canonical name, printed name, 所管
DEBTS = [
    ("tax", "市税", "市税", "収納対策課"),
    ("kokuho", "国民健康保険料", "国民健康保険税", "収納対策課"),
    ("kouki", "後期高齢者医療保険料", "後期高齢者医療保険料", "保険課"),
    ("kaigo", "介護保険料", "介護保険料", "長寿支援課"),
    ("jutaku", "市営住宅使用料", "市営住宅使用料", "建築住宅課"),
    ("suido", "水道料金", "水道料金", "上下水道部営業課"),
]
NAME = {k: (c, p) for k, c, p, _ in DEBTS}

# (current assessed, current collected) and (arrears assessed, arrears collected) at 2月末, yen
RAW_NOW = {
    "tax":    ((8_542_108_347, 7_961_326_118), (412_886_516, 100_532_904)),
    "kokuho": ((1_684_203_420, 1_352_118_760), (398_442_105, 72_118_331)),
    "kouki":  ((612_340_830, 584_236_240), (6_812_330, 2_604_118)),
    "kaigo":  ((1_245_806_210, 1_204_722_560), (28_744_620, 6_184_200)),
    "jutaku": ((186_420_000, 170_316_400), (42_816_540, 5_318_700)),
    "suido":  ((1_402_553_912, 1_238_604_417), (36_208_733, 22_764_118)),
}
RAW_PREV = {
    "tax":    ((8_486_221_904, 7_882_415_370), (438_117_208, 96_704_361)),
    "kokuho": ((1_721_560_830, 1_371_844_120), (421_308_660, 69_512_804)),
    "kouki":  ((598_114_260, 569_012_330), (7_104_880, 2_840_060)),
    "kaigo":  ((1_251_337_540, 1_207_184_920), (30_118_460, 5_904_310)),
    "jutaku": ((189_204_300, 173_600_200), (46_207_830, 5_512_420)),
    "suido":  ((1_389_810_204, 1_232_504_617), (38_512_446, 23_104_772)),
}
# year-end estimate (決算見込) rates for 令和5年度 and 決算 rates for 令和4年度 (cur, arr)
EST = {"tax": (99.12, 30.48), "kokuho": (95.36, 22.65), "kouki": (99.61, 48.20), "kaigo": (99.20, 25.10),
       "jutaku": (97.85, 14.30), "suido": (98.94, 70.12)}
PREV_FINAL = {"tax": (99.03, 28.95), "kokuho": (95.02, 20.88), "kouki": (99.58, 46.73), "kaigo": (99.16, 23.41),
              "jutaku": (97.62, 13.05), "suido": (98.90, 69.20)}


def seg_rows(raw):
    (ca, cc), (aa, ac) = raw
    d = {"cur": {"assessed": ca, "collected": cc}, "arr": {"assessed": aa, "collected": ac},
         "tot": {"assessed": ca + aa, "collected": cc + ac}}
    for v in d.values():
        v["rate"] = rate(v["collected"], v["assessed"])
        v["outstanding"] = v["assessed"] - v["collected"]      # no 不納欠損 before year end
    return d


NOW = {k: seg_rows(v) for k, v in RAW_NOW.items()}
PREV = {k: seg_rows(v) for k, v in RAW_PREV.items()}


def sum_rows(src):
    out = {}
    for s in ("cur", "arr", "tot"):
        a = sum(src[k][s]["assessed"] for k in src)
        c = sum(src[k][s]["collected"] for k in src)
        out[s] = {"assessed": a, "collected": c, "rate": rate(c, a), "outstanding": a - c}
    return out


NOW_ALL, PREV_ALL = sum_rows(NOW), sum_rows(PREV)

# 地域別 (市税現年度分) at 2月末: shares of assessed, collected so that sums equal the 市税 current figures
AREAS = ["本荘", "矢島", "岩城", "由利", "大内", "東由利", "西目", "鳥海"]
AREA_ASS_W = [0.5912, 0.0508, 0.0521, 0.0479, 0.0717, 0.0302, 0.0869, 0.0692]
AREA_RATE = [93.41, 92.12, 93.05, 92.64, 93.58, 91.87, 93.12, 92.36]
AREA_PREV_RATE = [93.06, 92.48, 92.71, 92.30, 93.02, 92.15, 92.66, 91.94]


def build_areas():
    ca, cc = RAW_NOW["tax"][0]
    ass = [int(ca * w) for w in AREA_ASS_W[:-1]]
    ass.append(ca - sum(ass))
    col = [int(round(a * r / 100)) for a, r in zip(ass[:-1], AREA_RATE[:-1])]
    col.append(cc - sum(col))
    rows = []
    for name, a, c, pr in zip(AREAS, ass, col, AREA_PREV_RATE):
        rt = rate(c, a)
        rows.append({"area": name, "assessed": a, "collected": c, "rate": rt, "prev": pr, "diff": r2(rt - pr)})
    return rows


AREA_ROWS = build_areas()
# monthly trend of 市税 current collection rate (10月末, 12月末, 2月末)
TREND_NOW = [(ASOF_OCT, "10月末", 58.42), (ASOF_DEC, "12月末", 76.15), (ASOF, "2月末", NOW["tax"]["cur"]["rate"])]
TREND_PREV = [(ASOF_OCT_P, "10月末", 57.96), (ASOF_DEC_P, "12月末", 75.58), (ASOF_PREV, "2月末", PREV["tax"]["cur"]["rate"])]

# year-end estimate table (百万円, one decimal): 令和5年度決算見込 vs 令和4年度決算
def _est_amt():
    """year-end estimate (total segment) in yen, rounded to 0.1百万円, consistent with the segment estimates."""
    out = {}
    for k, (ec, ea) in EST.items():
        (ca, _), (aa, _) = RAW_NOW[k]
        (pca, _), (paa, _) = RAW_PREV[k]
        a = int(round((ca + aa) * 0.9994 / 100_000)) * 100_000
        c = int(round((ca * ec + aa * ea) / 100 * 0.9994 / 100_000)) * 100_000
        pfc, pfa = PREV_FINAL[k]
        prev_tot = r2((pca * pfc + paa * pfa) / (pca + paa))
        out[k] = (a, c, prev_tot)
    return out


EST_AMT = _est_amt()

# ---------------------------------------------------------------- drawing helpers
KINSOKU_HEAD = set("、。，．）」』％・ー）〕】")


def wrap(text: str, width: float, size: float, font: fitz.Font = FM) -> list[str]:
    lines = []
    for para in text.split("\n"):
        cur = ""
        for ch in para:
            if font.text_length(cur + ch, fontsize=size) > width and cur:
                if ch in KINSOKU_HEAD:
                    cur += ch
                    continue
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
    return lines


class Canvas:
    def __init__(self):
        self.doc = fitz.open()
        self.page = None

    def new(self, size=A4):
        self.page = self.doc.new_page(width=size[0], height=size[1])
        self.page.insert_font(fontname="g", fontfile=FONT_G)
        self.page.insert_font(fontname="m", fontfile=FONT_M)
        return self.page

    def text(self, x, y, s, size=9.0, font="m", align="left", color=(0, 0, 0), width=None):
        w = FONTS[font].text_length(s, fontsize=size)
        if align == "right":
            x = x + (width or 0) - w
        elif align == "center":
            x = x + ((width or 0) - w) / 2
        self.page.insert_text((x, y), s, fontname=font, fontsize=size, color=color)
        return w

    def para(self, x, y, width, s, size=9.5, lead=1.55, font="m", indent=0.0):
        first = True
        for ln in wrap(s, width - indent, size, FONTS[font]):
            self.text(x + (indent if first else 0), y, ln, size, font)
            first = False
            y += size * lead
        return y

    def rect(self, r, fill=None, color=(0, 0, 0), width=0.6):
        self.page.draw_rect(fitz.Rect(r), color=color, fill=fill, width=width)

    def line(self, p0, p1, color=(0, 0, 0), width=0.6, dashes=None):
        self.page.draw_line(fitz.Point(p0), fitz.Point(p1), color=color, width=width, dashes=dashes)

    def grid(self, x, y, colw, rowh, cells, size=8.0, rule=True, line_w=0.5):
        """cells: dict(r, c, text, rs=1, cs=1, align, fill, font, size). rowh: list of heights."""
        xs = [x]
        for w in colw:
            xs.append(xs[-1] + w)
        ys = [y]
        for h in rowh:
            ys.append(ys[-1] + h)
        for cdef in cells:
            r, c = cdef["r"], cdef["c"]
            rs, cs = cdef.get("rs", 1), cdef.get("cs", 1)
            x0, x1, y0, y1 = xs[c], xs[c + cs], ys[r], ys[r + rs]
            if cdef.get("fill"):
                self.page.draw_rect(fitz.Rect(x0, y0, x1, y1), color=None, fill=cdef["fill"], width=0)
            if rule:
                self.page.draw_rect(fitz.Rect(x0, y0, x1, y1), color=(0, 0, 0), width=line_w)
            txt = cdef.get("text", "")
            if txt == "":
                continue
            fs = cdef.get("size", size)
            font = cdef.get("font", "m")
            lines = txt.split("\n") if "\n" in txt else wrap(txt, x1 - x0 - 6, fs, FONTS[font])
            lh = fs * 1.3
            ty = y0 + (y1 - y0 - lh * len(lines)) / 2 + fs * 1.02
            for ln in lines:
                self.text(x0 + 3, ty, ln, fs, font, cdef.get("align", "left"), width=x1 - x0 - 6)
                ty += lh
        return ys[-1]

    def save(self, path: Path):
        self.doc.subset_fonts()
        self.doc.save(path, garbage=4, deflate=True, clean=True)


# ---------------------------------------------------------------- build
def build():
    g = Gold(STEM, "progress_report", "progress", CITY,
             "令和5年度 市税等の収納状況及び債権管理の取組状況（中間報告）", "2024-03-15", "令和6年3月15日")
    cv = Canvas()
    HEAD = (0.85, 0.89, 0.95)
    ZEBRA = (0.94, 0.96, 0.98)

    # ============================================================ page 1
    pg = 1
    cv.new()
    cv.text(400, 50, "令和6年3月15日", 9.5, "m", "right", width=155)
    cv.text(400, 64, "由利本荘市 総務部 収納対策課", 9.5, "m", "right", width=155)
    cv.text(40, 100, "令和5年度 市税等の収納状況及び債権管理の取組状況", 15, "g", "center", width=515)
    cv.text(40, 122, "（中間報告）", 13, "g", "center", width=515)
    cv.text(40, 160, "１ 概要", 11.5, "g")
    n_cur, p_cur = NOW_ALL["cur"]["rate"], PREV_ALL["cur"]["rate"]
    d_cur = r2(n_cur - p_cur)
    out_now = NOW_ALL["tot"]["outstanding"]
    out_prev = PREV_ALL["tot"]["outstanding"]
    def oku(v):
        vv = int(round(v / 1_000_000)) * 1_000_000
        o, rest = divmod(vv, 100_000_000)
        return (f"{o}億{rest // 10_000:,}万円" if o else f"{rest // 10_000:,}万円"), vv
    out_txt, out_v = oku(out_now)
    dif_txt, dif_v = oku(abs(out_now - out_prev))
    s_cur = f"{n_cur:.2f}％"
    s_dcur = f"{abs(d_cur):.2f}ポイント"
    prose = (f"　本市では「由利本荘市債権管理方針」に基づき、市税をはじめとする主要6債権について、年度ごとに目標収納率を定めて"
             f"収納対策に取り組んでいる。令和6年2月末現在における主要6債権の現年度分の収納率は{s_cur}となり、前年同月を"
             f"{s_dcur}{'上回った' if d_cur >= 0 else '下回った'}。主要6債権の収入未済額（現年度分及び滞納繰越分）は約{out_txt}で、"
             f"前年同月から約{dif_txt}{'減少' if out_now < out_prev else '増加'}している。")
    y = cv.para(48, 182, 500, prose, 10)
    g.fact(pg, None, "主要6債権", FY, "令和6年2月末", "current", "collection_rate", "interim", n_cur, "percent", s_cur, ASOF)
    g.fact(pg, None, "主要6債権", FY, "令和6年2月末", "current", "difference", "interim", d_cur, "points", s_dcur, ASOF)
    g.fact(pg, None, "主要6債権", FY, "令和6年2月末", "total", "outstanding", "interim", out_v, "yen", f"約{out_txt}", ASOF, approx=True)
    g.fact(pg, None, "主要6債権", FY, "令和6年2月末", "total", "difference", "interim",
           dif_v if out_now > out_prev else -dif_v, "yen", f"約{dif_txt}", ASOF, approx=True)
    y = cv.para(48, y + 2, 500, "　年度末に向けては、3月の出納整理期間までを「滞納整理強化期間」と位置付け、"
                "財産調査及び差押えを集中的に実施するとともに、現年度分の未納者に対する早期の納付勧奨を徹底する。", 10)

    # summary table of rates (without %), unit in caption
    y += 16
    cv.text(40, y, "２ 主要債権の収納率（令和6年2月末現在）", 11.5, "g")
    y += 8
    cv.text(40, y + 12, "表１ 債権別の収納率と前年同月比較", 9.5, "g")
    cv.text(380, y + 12, "（単位：％、ポイント）", 8.5, "m", "right", width=175)
    y += 18
    colw = [118, 66, 66, 63, 66, 66, 63]
    cells = [
        {"r": 0, "c": 0, "rs": 2, "text": "債権名", "align": "center", "fill": HEAD, "font": "g"},
        {"r": 0, "c": 1, "cs": 3, "text": "現年度分", "align": "center", "fill": HEAD, "font": "g"},
        {"r": 0, "c": 4, "cs": 3, "text": "滞納繰越分", "align": "center", "fill": HEAD, "font": "g"},
    ]
    for j, base in ((1, 0), (4, 0)):
        for k, h in enumerate(["令和6年2月末", "前年同月", "差"]):
            cells.append({"r": 1, "c": j + k, "text": h, "align": "center", "fill": HEAD, "font": "g", "size": 7.5})
    rows = [(k, NAME[k][1]) for k, *_ in DEBTS] + [("all", "合計")]
    for i, (k, label) in enumerate(rows):
        r = i + 2
        fill = ZEBRA if i % 2 else None
        if k == "all":
            fill = (0.90, 0.90, 0.90)
        cells.append({"r": r, "c": 0, "text": label, "fill": fill, "align": "center" if k == "all" else "left"})
        for j, s in ((1, "cur"), (4, "arr")):
            n = (NOW_ALL if k == "all" else NOW[k])[s]["rate"]
            p = (PREV_ALL if k == "all" else PREV[k])[s]["rate"]
            d = r2(n - p)
            vals = [f"{n:.2f}", f"{p:.2f}", tri_f(d, 2, "▲")]
            for q, v in enumerate(vals):
                cells.append({"r": r, "c": j + q, "text": v, "align": "right", "fill": fill})
            debt = None if k == "all" else NAME[k][0]
            draw = "合計" if k == "all" else NAME[k][1]
            seg = "current" if s == "cur" else "arrears"
            g.fact(pg, debt, draw, FY, "令和6年2月末", seg, "collection_rate", "interim", n, "percent", vals[0], ASOF)
            g.fact(pg, debt, draw, FY - 1, "前年同月", seg, "collection_rate", "interim", p, "percent", vals[1], ASOF_PREV)
            g.fact(pg, debt, draw, FY, "令和6年2月末", seg, "difference", "interim", d, "points", vals[2], ASOF)
    y = cv.grid(40, y, colw, [18, 18] + [19] * len(rows), cells, 8.5)
    cv.para(44, y + 14, 510, "※ 前年同月は令和5年2月末現在の数値である。差は令和6年2月末の収納率から前年同月の収納率を差し引いたもので、"
            "▲は前年同月を下回っていることを示す。", 8.5)
    cv.text(40, 815, "- 1 -", 9, "m", "center", width=515)

    # ============================================================ page 2 (two-column layout)
    pg = 2
    cv.new()
    cv.text(40, 56, "３ 債権別の状況", 11.5, "g")
    colx = [44, 310]
    colwid = 240
    cx, cy = 0, 80
    cv.line((302.5, 74), (302.5, 790), color=(0.5, 0.5, 0.5), width=0.4)

    def man(v):
        o, rest = divmod(v, 100_000_000)
        m = rest // 10_000
        return (f"{o}億{m:,}万円" if o else f"{m:,}万円"), o * 100_000_000 + m * 10_000

    texts = {
        "tax": ("（１）市税", "個人市民税の特別徴収分が堅調に推移しており、固定資産税の第4期分についても口座振替の加入勧奨の効果が表れている。"),
        "kokuho": ("（２）国民健康保険税", "被保険者数の減少に伴い調定額は減少している。短期被保険者証の更新時に納付相談を行い、分納誓約の履行確認を徹底している。"),
        "kouki": ("（３）後期高齢者医療保険料", "特別徴収の割合が高く、現年度分は例年並みで推移している。普通徴収の新規被保険者に対しては、口座振替の案内を同封している。"),
        "kaigo": ("（４）介護保険料", "年金からの特別徴収が大半を占める。普通徴収の未納者には、給付制限の内容を記載した催告書を送付している。"),
        "jutaku": ("（５）市営住宅使用料", "退去者の滞納分について、連帯保証人への請求を進めているが、所在不明者が多く回収は難航している。"),
        "suido": ("（６）水道料金", "2月末時点では1月検針分までの調定となっている。給水停止予告の送付により、長期の未納の発生を抑えている。"),
    }
    for k, *_ in DEBTS:
        title, note = texts[k]
        n, p = NOW[k], PREV[k]
        a_txt, a_v = man(n["cur"]["assessed"])
        c_txt, c_v = man(n["cur"]["collected"])
        dc = r2(n["cur"]["rate"] - p["cur"]["rate"])
        da = r2(n["arr"]["rate"] - p["arr"]["rate"])
        rc, ra = f"{n['cur']['rate']:.2f}％", f"{n['arr']['rate']:.2f}％"
        sdc, sda = f"{abs(dc):.2f}ポイント", f"{abs(da):.2f}ポイント"
        ec, ea = EST[k]
        sec, sea = f"{ec:.2f}％", f"{ea:.2f}％"
        body = (f"　現年度分は、調定額{a_txt}に対し収入済額{c_txt}で、収納率は{rc}（前年同月比{sdc}"
                f"{'上昇' if dc >= 0 else '低下'}）となった。滞納繰越分の収納率は{ra}で、前年同月を{sda}"
                f"{'上回って' if da >= 0 else '下回って'}いる。{note}年度末の収納率は、現年度分{sec}、滞納繰越分{sea}を見込んでいる。")
        lines = wrap(body, colwid, 9.3, FM)
        need = 16 + len(lines) * 14.3 + 10
        if cy + need > 790:
            cx, cy = cx + 1, 80
        x = colx[cx]
        cv.text(x, cy, title, 10, "g")
        cy = cv.para(x, cy + 16, colwid, body, 9.3, 1.54) + 8
        cname, pname = NAME[k]
        g.fact(pg, cname, pname, FY, None, "current", "assessed", "interim", a_v, "yen", a_txt, ASOF)
        g.fact(pg, cname, pname, FY, None, "current", "collected", "interim", c_v, "yen", c_txt, ASOF)
        g.fact(pg, cname, pname, FY, None, "current", "collection_rate", "interim", n["cur"]["rate"], "percent", rc, ASOF)
        g.fact(pg, cname, pname, FY, None, "current", "difference", "interim", dc, "points", sdc, ASOF)
        g.fact(pg, cname, pname, FY, None, "arrears", "collection_rate", "interim", n["arr"]["rate"], "percent", ra, ASOF)
        g.fact(pg, cname, pname, FY, None, "arrears", "difference", "interim", da, "points", sda, ASOF)
        g.fact(pg, cname, pname, FY, None, "current", "collection_rate", "estimate", ec, "percent", sec)
        g.fact(pg, cname, pname, FY, None, "arrears", "collection_rate", "estimate", ea, "percent", sea)
        if k == "tax":
            # bracketed metric heading with bullets labelled only by segment
            cv.text(x, cy + 4, "【収納率】令和6年2月末時点", 9.5, "g")
            cy += 20
            for seg, lab in (("cur", "現年分"), ("arr", "滞繰分"), ("tot", "合計")):
                v = f"{n[seg]['rate']:.2f}％"
                cv.text(x + 8, cy, f"・{lab}　{v}", 9.3, "m")
                g.fact(pg, cname, pname, FY, "令和6年2月末", {"cur": "current", "arr": "arrears", "tot": "total"}[seg],
                       "collection_rate", "interim", n[seg]["rate"], "percent", v, ASOF)
                cy += 14
            cy += 10
    cv.text(40, 815, "- 2 -", 9, "m", "center", width=515)

    # ============================================================ page 3 (landscape, wide table)
    pg = 3
    cv.new(A4L)
    cv.text(36, 40, "４ 債権別収納状況一覧（令和6年2月末現在）", 11.5, "g")
    cv.text(36, 56, "前年同月（令和5年2月末）との比較及び令和5年度の決算見込収納率", 9, "m")
    colw = [92, 52, 66, 66, 50, 64, 66, 66, 50, 50, 54, 50]
    H2 = (0.80, 0.86, 0.93)
    cells = [
        {"r": 0, "c": 0, "rs": 2, "text": "債権名", "align": "center", "fill": H2, "font": "g"},
        {"r": 0, "c": 1, "rs": 2, "text": "区分", "align": "center", "fill": H2, "font": "g"},
        {"r": 0, "c": 2, "cs": 4, "text": "令和5年度（令和6年2月末）", "align": "center", "fill": H2, "font": "g"},
        {"r": 0, "c": 6, "cs": 3, "text": "前年同月（令和5年2月末）", "align": "center", "fill": H2, "font": "g"},
        {"r": 0, "c": 9, "rs": 2, "text": "収納率\n増減\n（ポイント）", "align": "center", "fill": H2, "font": "g", "size": 7},
        {"r": 0, "c": 10, "rs": 2, "text": "決算見込\n収納率\n（％）", "align": "center", "fill": H2, "font": "g", "size": 7},
        {"r": 0, "c": 11, "rs": 2, "text": "R4決算\n収納率\n（％）", "align": "center", "fill": H2, "font": "g", "size": 7},
    ]
    for j, h in enumerate(["調定額（千円）", "収入済額（千円）", "収納率（％）", "収入未済額（千円）"]):
        cells.append({"r": 1, "c": 2 + j, "text": h, "align": "center", "fill": H2, "font": "g", "size": 6.8})
    for j, h in enumerate(["調定額（千円）", "収入済額（千円）", "収納率（％）"]):
        cells.append({"r": 1, "c": 6 + j, "text": h, "align": "center", "fill": H2, "font": "g", "size": 6.8})
    r = 2
    seglab = {"cur": "現年度分", "arr": "滞納繰越分", "tot": "計"}
    segname = {"cur": "current", "arr": "arrears", "tot": "total"}
    for k, label in rows:
        n = NOW_ALL if k == "all" else NOW[k]
        p = PREV_ALL if k == "all" else PREV[k]
        debt = None if k == "all" else NAME[k][0]
        cells.append({"r": r, "c": 0, "rs": 3, "text": label, "align": "center" if k == "all" else "left",
                      "fill": (0.92, 0.92, 0.92) if k == "all" else None, "font": "g" if k == "all" else "m"})
        for s in ("cur", "arr", "tot"):
            fill = (0.95, 0.95, 0.95) if s == "tot" else None
            cells.append({"r": r, "c": 1, "text": seglab[s], "align": "center", "fill": fill, "size": 7.5})
            d = r2(n[s]["rate"] - p[s]["rate"])
            vals = [comma(n[s]["assessed"] // 1000), comma(n[s]["collected"] // 1000), f"{n[s]['rate']:.2f}",
                    comma(n[s]["outstanding"] // 1000), comma(p[s]["assessed"] // 1000),
                    comma(p[s]["collected"] // 1000), f"{p[s]['rate']:.2f}", tri_f(d, 2, "▲")]
            if k != "all" and s != "tot":
                vals += [f"{EST[k][0 if s == 'cur' else 1]:.2f}", f"{PREV_FINAL[k][0 if s == 'cur' else 1]:.2f}"]
            else:
                vals += ["－", "－"]
            for q, v in enumerate(vals):
                cells.append({"r": r, "c": 2 + q, "text": v, "align": "right" if v != "－" else "center",
                              "fill": fill, "size": 7.5})
            sg = segname[s]
            fy_raw = "令和5年度"
            g.fact(pg, debt, label, FY, fy_raw, sg, "assessed", "interim", n[s]["assessed"] // 1000 * 1000, "yen", vals[0], ASOF)
            g.fact(pg, debt, label, FY, fy_raw, sg, "collected", "interim", n[s]["collected"] // 1000 * 1000, "yen", vals[1], ASOF)
            g.fact(pg, debt, label, FY, fy_raw, sg, "collection_rate", "interim", n[s]["rate"], "percent", vals[2], ASOF)
            g.fact(pg, debt, label, FY, fy_raw, sg, "outstanding", "interim", n[s]["outstanding"] // 1000 * 1000, "yen", vals[3], ASOF)
            g.fact(pg, debt, label, FY - 1, "令和5年2月末", sg, "assessed", "interim", p[s]["assessed"] // 1000 * 1000, "yen", vals[4], ASOF_PREV)
            g.fact(pg, debt, label, FY - 1, "令和5年2月末", sg, "collected", "interim", p[s]["collected"] // 1000 * 1000, "yen", vals[5], ASOF_PREV)
            g.fact(pg, debt, label, FY - 1, "令和5年2月末", sg, "collection_rate", "interim", p[s]["rate"], "percent", vals[6], ASOF_PREV)
            g.fact(pg, debt, label, FY, fy_raw, sg, "difference", "interim", d, "points", vals[7], ASOF)
            if k != "all" and s != "tot":
                g.fact(pg, debt, label, FY, "令和5年度", sg, "collection_rate", "estimate", EST[k][0 if s == "cur" else 1], "percent", vals[8])
                g.fact(pg, debt, label, FY - 1, "R4", sg, "collection_rate", "actual", PREV_FINAL[k][0 if s == "cur" else 1], "percent", vals[9])
            r += 1
    y = cv.grid(36, 66, colw, [16, 30] + [15.5] * (r - 2), cells, 7.5, line_w=0.4)
    sewer = 21_384_562
    s_sewer = f"{comma(sewer // 1000)}千円"
    cv.text(40, y + 14, "※1 収入未済額は、調定額から収入済額を差し引いた額である（不納欠損処分は年度末に行うため含まない。）。", 7.8)
    cv.text(40, y + 26, f"※2 上記のほか、下水道使用料（令和6年2月末の収入未済額 {s_sewer}）は上下水道部において別途管理している。", 7.8)
    cv.text(40, y + 38, "※3 水道料金は、令和6年1月検針分までの調定額及び収入済額を計上している。", 7.8)
    g.fact(pg, "下水道使用料", "下水道使用料", FY, "令和6年2月末", "total", "outstanding", "interim", sewer // 1000 * 1000, "yen", s_sewer, ASOF)
    cv.text(36, 575, "- 3 -", 9, "m", "center", width=770)

    # ============================================================ page 4 (areas, side table, chart)
    pg = 4
    cv.new()
    cv.text(40, 56, "５ 地域別の収納状況（市税 現年度分）", 11.5, "g")
    cv.text(40, 74, "表２ 総合支所管内別の市税現年度分の収納状況（令和6年2月末現在）", 9.5, "g")
    colw = [70, 96, 96, 70, 80, 66]
    cells = []
    for j, h in enumerate(["地域", "調定額（円）", "収入済額（円）", "収納率（％）", "前年同月\n収納率（％）", "差\n（ポイント）"]):
        cells.append({"r": 0, "c": j, "text": h, "align": "center", "fill": HEAD, "font": "g", "size": 8})
    for i, a in enumerate(AREA_ROWS):
        fill = ZEBRA if i % 2 else None
        vals = [a["area"], comma(a["assessed"]), comma(a["collected"]), f"{a['rate']:.2f}", f"{a['prev']:.2f}",
                tri_f(a["diff"], 2, "▲")]
        for j, v in enumerate(vals):
            cells.append({"r": i + 1, "c": j, "text": v, "align": "center" if j == 0 else "right", "fill": fill})
        cn, pn = NAME["tax"]
        g.fact(pg, cn, pn, FY, "令和6年2月末", "current", "assessed", "interim", a["assessed"], "yen", vals[1], ASOF, area=a["area"])
        g.fact(pg, cn, pn, FY, "令和6年2月末", "current", "collected", "interim", a["collected"], "yen", vals[2], ASOF, area=a["area"])
        g.fact(pg, cn, pn, FY, "令和6年2月末", "current", "collection_rate", "interim", a["rate"], "percent", vals[3], ASOF, area=a["area"])
        g.fact(pg, cn, pn, FY - 1, "前年同月", "current", "collection_rate", "interim", a["prev"], "percent", vals[4], ASOF_PREV, area=a["area"])
        g.fact(pg, cn, pn, FY, "令和6年2月末", "current", "difference", "interim", a["diff"], "points", vals[5], ASOF, area=a["area"])
    t = NOW["tax"]["cur"]
    tp = PREV["tax"]["cur"]["rate"]
    td = r2(t["rate"] - tp)
    vals = ["計", comma(t["assessed"]), comma(t["collected"]), f"{t['rate']:.2f}", f"{tp:.2f}", tri_f(td, 2, "▲")]
    n_ar = len(AREA_ROWS) + 1
    for j, v in enumerate(vals):
        cells.append({"r": n_ar, "c": j, "text": v, "align": "center" if j == 0 else "right", "fill": (0.9, 0.9, 0.9)})
    cn, pn = NAME["tax"]
    g.fact(pg, cn, pn, FY, "令和6年2月末", "current", "assessed", "interim", t["assessed"], "yen", vals[1], ASOF)
    g.fact(pg, cn, pn, FY, "令和6年2月末", "current", "collected", "interim", t["collected"], "yen", vals[2], ASOF)
    g.fact(pg, cn, pn, FY, "令和6年2月末", "current", "collection_rate", "interim", t["rate"], "percent", vals[3], ASOF)
    g.fact(pg, cn, pn, FY - 1, "前年同月", "current", "collection_rate", "interim", tp, "percent", vals[4], ASOF_PREV)
    g.fact(pg, cn, pn, FY, "令和6年2月末", "current", "difference", "interim", td, "points", vals[5], ASOF)
    y = cv.grid(40, 82, colw, [28] + [18] * (n_ar + 1), cells, 8.5)
    cv.text(40, y + 12, "※ 地域は、納税義務者の住所地を所管する総合支所の区域により区分した。", 8)

    # side table: metric in the row header, units inside the column headers (千円)
    y += 32
    cv.text(40, y, "表３ 市税の収入未済額（2月末現在）", 9.5, "g")
    y += 8
    colw = [150, 110, 110, 100]
    cells = []
    for j, h in enumerate(["区分", "令和6年2月末（千円）", "令和5年2月末（千円）", "増減（千円）"]):
        cells.append({"r": 0, "c": j, "text": h, "align": "center", "fill": HEAD, "font": "g", "size": 8})
    for i, (s, lab) in enumerate((("cur", "現年度分 収入未済額"), ("arr", "滞納繰越分 収入未済額"), ("tot", "収入未済額 計"))):
        a = NOW["tax"][s]["outstanding"] // 1000
        b = PREV["tax"][s]["outstanding"] // 1000
        vals = [lab, comma(a), comma(b), tri(a - b, "▲")]
        for j, v in enumerate(vals):
            cells.append({"r": i + 1, "c": j, "text": v, "align": "left" if j == 0 else "right",
                          "fill": (0.93, 0.93, 0.93) if s == "tot" else None})
        sg = segname[s]
        g.fact(pg, cn, pn, FY, "令和6年2月末", sg, "outstanding", "interim", a * 1000, "yen", vals[1], ASOF)
        g.fact(pg, cn, pn, FY - 1, "令和5年2月末", sg, "outstanding", "interim", b * 1000, "yen", vals[2], ASOF_PREV)
        g.fact(pg, cn, pn, FY, "令和6年2月末", sg, "difference", "interim", (a - b) * 1000, "yen", vals[3], ASOF)
    y = cv.grid(40, y, colw, [20, 18, 18, 18], cells, 8.5)

    # line chart with data labels
    y += 24
    cv.text(40, y, "図１ 市税現年度分の収納率の推移（各月末現在、単位：％）", 9.5, "g")
    ox, oy, W, H = 90, y + 190, 400, 160     # origin bottom-left
    lo, hi = 50.0, 100.0
    cv.rect((ox, oy - H, ox + W, oy), color=(0.6, 0.6, 0.6), width=0.4)
    for tick in (50, 60, 70, 80, 90, 100):
        yy = oy - (tick - lo) / (hi - lo) * H
        cv.line((ox, yy), (ox + W, yy), color=(0.85, 0.85, 0.85), width=0.3)
        cv.text(ox - 26, yy + 3, f"{tick}", 7.5, "m", "right", width=20)
    xs = [ox + W * (i + 0.5) / 3 for i in range(3)]
    for x_, (_, lab, _) in zip(xs, TREND_NOW):
        cv.text(x_ - 30, oy + 12, lab, 8, "m", "center", width=60)
    for series_, colr, fy, fyraw, dy in ((TREND_NOW, (0.1, 0.3, 0.7), FY, "令和5年度", -7),
                                         (TREND_PREV, (0.8, 0.35, 0.1), FY - 1, "令和4年度", 13)):
        pts = [(x_, oy - (v - lo) / (hi - lo) * H) for x_, (_, _, v) in zip(xs, series_)]
        for a, b in zip(pts, pts[1:]):
            cv.line(a, b, color=colr, width=1.4)
        for (px, py), (asof, lab, v) in zip(pts, series_):
            cv.page.draw_circle(fitz.Point(px, py), 2.4, color=colr, fill=colr)
            s = f"{v:.2f}"
            cv.text(px - 20, py + dy, s, 7.5, "g", "center", color=colr, width=40)
            g.fact(pg, cn, pn, fy, fyraw, "current", "collection_rate", "interim", v, "percent", s, asof)
    ly = oy + 30
    for colr, lab, x0 in (((0.1, 0.3, 0.7), "令和5年度", 200), ((0.8, 0.35, 0.1), "令和4年度", 310)):
        cv.line((x0, ly - 3), (x0 + 18, ly - 3), color=colr, width=1.4)
        cv.text(x0 + 22, ly, lab, 8)
    cv.text(40, 815, "- 4 -", 9, "m", "center", width=515)

    # ============================================================ pages 5-6 (initiative table across pages)
    items = [
        ("tax", "(1)", "納期限後20日以内に督促状を発送し、未納者にはSMSによる早期催告を行う。",
         "SMS催告 延べ6,284件を送信し、送信者の約4割が月内に納付した。", "現年度分 収入済額 7,961,326千円"),
        ("tax", "(2)", "預貯金・給与等の財産調査を早期に実施し、差押えを徹底する。",
         "差押件数 612件（前年同月 574件）。換価による充当額は前年同月を上回った。",
         f"うち滞納繰越分 収入済額 {comma(NOW['tax']['arr']['collected'] // 1000)}千円"),
        ("tax", "(3)", "秋田県地方税滞納整理機構へ高額・困難事案を引き継ぐ。",
         "引継 18件。うち完納 5件、分納中 7件。", "－"),
        ("kokuho", "(1)", "短期被保険者証の交付時に納付相談を行い、分納誓約の履行を管理する。",
         "納付相談 1,126件、分納誓約 384件。", f"現年度分 収納率 {NOW['kokuho']['cur']['rate']:.2f}％"),
        ("kokuho", "(2)", "国民健康保険の資格を喪失した者に対し、文書及び電話による納付勧奨を行う。",
         "資格喪失者への催告 942件。", "－"),
        ("kokuho", "(3)", "市税と一体的に滞納整理を行い、差押えによる収入確保を図る。",
         "差押件数 208件（前年同月 196件）。",
         f"うち滞納繰越分 収入済額 {comma(NOW['kokuho']['arr']['collected'] // 1000)}千円"),
        ("kouki", "(1)", "普通徴収の新規被保険者に対し、口座振替依頼書を同封して加入を勧奨する。",
         "口座振替の新規申込 236件。", "－"),
        ("kaigo", "(1)", "未納者に対し、給付制限の内容を記載した催告書を年2回送付する。",
         "催告書 1,418件を送付（7月・11月）。", f"現年度分 収納率 {NOW['kaigo']['cur']['rate']:.2f}％"),
        ("jutaku", "(1)", "3か月以上の滞納者に対し、連帯保証人への請求及び明渡請求の予告を行う。",
         "連帯保証人への請求 21件、明渡請求予告 4件。",
         f"収入未済額 {comma(NOW['jutaku']['tot']['outstanding'] // 1000)}千円"),
        ("jutaku", "(2)", "退去者の滞納分について、弁護士法人への回収委託を行う。",
         "委託 36件、うち完済 9件。", "－"),
        ("suido", "(1)", "納期限後の未納者に給水停止予告書を送付し、給水停止を実施する。",
         "給水停止予告 1,845件、給水停止 62件。", f"現年度分 収納率 {NOW['suido']['cur']['rate']:.2f}％"),
        ("suido", "(2)", "スマートフォン決済アプリによる納付を周知し、納付機会を拡大する。",
         "決済アプリによる納付 8,416件。", "－"),
    ]

    def item_facts(pg, k, note):
        cname, pname = NAME[k]
        if note.startswith("現年度分 収入済額"):
            g.fact(pg, cname, pname, FY, None, "current", "collected", "interim",
                   NOW[k]["cur"]["collected"] // 1000 * 1000, "yen", note.split(" ")[-1], ASOF)
        elif note.startswith("うち滞納繰越分 収入済額"):
            g.fact(pg, cname, pname, FY, None, "arrears", "collected", "interim",
                   NOW[k]["arr"]["collected"] // 1000 * 1000, "yen", note.split(" ")[-1], ASOF)
        elif note.startswith("現年度分 収納率"):
            g.fact(pg, cname, pname, FY, None, "current", "collection_rate", "interim", NOW[k]["cur"]["rate"],
                   "percent", note.split(" ")[-1], ASOF)
        elif note.startswith("収入未済額"):
            g.fact(pg, cname, pname, FY, None, "total", "outstanding", "interim",
                   NOW[k]["tot"]["outstanding"] // 1000 * 1000, "yen", note.split(" ")[-1], ASOF)

    def item_table(pg, y, chunk, first):
        colw = [200, 190, 125]
        cells = []
        for j, h in enumerate(["取組項目", "実施状況（令和6年2月末現在）", "備考"]):
            cells.append({"r": 0, "c": j, "text": h, "align": "center", "fill": HEAD, "font": "g", "size": 8.5})
        heights = [20]
        r = 1
        last = None
        for k, lab, title, status, note in chunk:
            if k != last:
                cells.append({"r": r, "c": 0, "cs": 3, "text": f"■ {NAME[k][1]}", "fill": (0.95, 0.95, 0.90), "font": "g"})
                heights.append(17)
                r += 1
                last = k
            t1 = f"{lab} {title}"
            nl = max(len(wrap(t1, 194, 8.3)), len(wrap(status, 184, 8.3)), len(wrap(note, 119, 8.3)))
            cells += [{"r": r, "c": 0, "text": t1, "size": 8.3}, {"r": r, "c": 1, "text": status, "size": 8.3},
                      {"r": r, "c": 2, "text": note, "size": 8.3, "align": "center" if note == "－" else "left"}]
            heights.append(nl * 10.8 + 9)
            r += 1
            g.init(pg, NAME[k][0], NAME[k][1], FY, "債権別の主な取組状況", lab, title, None)
            item_facts(pg, k, note)
        return cv.grid(40, y, colw, heights, cells, 8.3)

    pg = 5
    cv.new()
    cv.text(40, 56, "６ 債権別の主な取組状況", 11.5, "g")
    cv.text(40, 74, "表４ 取組項目ごとの実施状況", 9.5, "g")
    y = item_table(pg, 82, items[:10], True)
    cv.text(40, 815, "- 5 -", 9, "m", "center", width=515)

    pg = 6
    cv.new()
    cv.text(40, 56, "表４ 取組項目ごとの実施状況（つづき）", 9.5, "g")
    y = item_table(pg, 64, items[10:], False)

    # 7 年度後半の取組 (items under plain titles, ア/イ, tags)
    y += 26
    cv.text(40, y, "７ 年度末に向けた取組", 11.5, "g")
    y += 20
    late = [
        ("tax", [("ア", "3月を滞納整理強化月間とし、滞納繰越分の高額事案について捜索及び公売を実施する。", "継続"),
                 ("イ", "現年度分の未納者のうち、口座振替不能となった者に電話催告を行う。", "拡充")]),
        ("kokuho", [("ア", "国民健康保険税の滞納世帯のうち、所得の申告がない世帯に申告を勧奨し、軽減判定につなげる。", "新規"),
                    ("イ", "分納誓約の不履行者に対し、財産調査のうえ差押えを行う。", "継続")]),
        ("jutaku", [("ア", "長期滞納者に対し、簡易裁判所への支払督促の申立てを行う。", "継続")]),
    ]
    for k, its in late:
        cv.text(48, y, f"（{NAME[k][1]}）", 10, "g")
        y += 16
        for lab, txt, st in its:
            full = f"{lab}　{txt}【{st}】"
            lines = wrap(full, 470, 9.5, FM)
            if k == "jutaku":          # the tag alone on the next line
                lines = wrap(f"{lab}　{txt}", 470, 9.5, FM) + [f"　　【{st}】"]
            for ln in lines:
                cv.text(62, y, ln, 9.5)
                y += 14.5
            g.init(pg, NAME[k][0], NAME[k][1], FY, "年度末に向けた取組", lab, txt, st)
        y += 4

    # 決算見込 table in 百万円 with one decimal
    y += 14
    cv.text(40, y, "８ 令和5年度の決算見込み（現年度分及び滞納繰越分の計）", 11.5, "g")
    y += 8
    cv.text(380, y + 10, "（単位：百万円、％）", 8.5, "m", "right", width=175)
    y += 16
    colw = [120, 80, 80, 70, 80, 85]
    cells = []
    hdr = ["債権名", "調定額\n（見込）", "収入済額\n（見込）", "収納率\n（見込）", "R4決算\n収納率", "増減\n（ポイント）"]
    for j, h in enumerate(hdr):
        cells.append({"r": 0, "c": j, "text": h, "align": "center", "fill": HEAD, "font": "g", "size": 8})
    for i, (k, *_r) in enumerate(DEBTS):
        a, c, prev_rt = EST_AMT[k]
        rt = rate(c, a)
        d = r2(rt - prev_rt)
        vals = [NAME[k][1], f"{a / 1e6:,.1f}", f"{c / 1e6:,.1f}", f"{rt:.2f}", f"{prev_rt:.2f}", tri_f(d, 2, "▲")]
        for j, v in enumerate(vals):
            cells.append({"r": i + 1, "c": j, "text": v, "align": "left" if j == 0 else "right",
                          "fill": ZEBRA if i % 2 else None})
        cn2, pn2 = NAME[k]
        g.fact(pg, cn2, pn2, FY, "令和5年度", "total", "assessed", "estimate", a, "yen", vals[1])
        g.fact(pg, cn2, pn2, FY, "令和5年度", "total", "collected", "estimate", c, "yen", vals[2])
        g.fact(pg, cn2, pn2, FY, "令和5年度", "total", "collection_rate", "estimate", rt, "percent", vals[3])
        g.fact(pg, cn2, pn2, FY - 1, "R4", "total", "collection_rate", "actual", prev_rt, "percent", vals[4])
        g.fact(pg, cn2, pn2, FY, "令和5年度", "total", "difference", "estimate", d, "points", vals[5])
    y = cv.grid(40, y, colw, [26] + [17] * len(DEBTS), cells, 8.5)
    cv.text(40, y + 12, "※ 決算見込は、令和6年2月末までの実績に3月の収納見込額を加えて推計した。", 8)
    cv.text(40, 815, "- 6 -", 9, "m", "center", width=515)

    out = PDF_DIR / f"{STEM}.pdf"
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    cv.save(out)
    g.write(out)


if __name__ == "__main__":
    build()
