"""春日部市 債権管理計画（会計・債権別 収入未済額） — PyMuPDF direct drawing (rules-only / no-rule tables, vector chart)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
import pymupdf
from q_common import F, I, OUT, PDF, write_gold, comma, zen

STEM = "q_kasukabe_keikaku_1"
CITY = "春日部市"
TITLE = "春日部市債権管理計画（令和７年度～令和９年度）"
GF = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MF = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FG, FM = pymupdf.Font(fontfile=GF), pymupdf.Font(fontfile=MF)

# 会計 -> [(債権名, 令和5年度 収入未済額 円, [内訳])]
ACC = [
    ("一般会計", [("市税", 1512340218, [("個人市民税", 1021455300), ("固定資産税", 402118650)]),
                 ("生活保護費返還金", 162405112, []), ("保育所保育料", 21304500, []), ("市営住宅使用料", 38912400, []),
                 ("学童保育所保護者負担金", 4812000, []), ("母子父子寡婦福祉資金貸付金", 12650380, [])]),
    ("国民健康保険特別会計", [("国民健康保険税", 812340510, []), ("返納金等", 8412300, [])]),
    ("介護保険特別会計", [("介護保険料", 98205470, [])]),
    ("後期高齢者医療特別会計", [("後期高齢者医療保険料", 20118900, [])]),
    ("下水道事業会計", [("下水道使用料", 31502118, []), ("下水道受益者負担金", 6210400, [])]),
]
# 会計別 R3, R4 (百万円, 1 decimal)
ACC_PREV = {"一般会計": (2012.4, 1884.7), "国民健康保険特別会計": (912.6, 868.3), "介護保険特別会計": (110.2, 104.8),
            "後期高齢者医療特別会計": (22.9, 21.4), "下水道事業会計": (41.3, 39.6)}
CHART_EARLY = {2019: 3412000000, 2020: 3265000000}
RATES = [("市税", 99.12, 31.05, 97.08, [("うち個人市民税", "個人市民税", 98.71, 28.44, 96.12)]),
         ("国民健康保険税", 94.86, 23.61, 81.95, []), ("介護保険料", 99.02, 15.33, 97.41, []),
         ("後期高齢者医療保険料", 99.58, 41.20, 99.02, []), ("保育所保育料", 98.64, 12.75, 91.30, []),
         ("生活保護費返還金", 71.22, 4.18, 18.36, []), ("市営住宅使用料", 97.95, 14.02, 82.61, []),
         ("学童保育所保護者負担金", 98.10, 20.44, 93.57, []), ("下水道使用料", 98.92, 33.18, 97.05, []),
         ("下水道受益者負担金", 88.40, 9.87, 52.30, [])]


class Pg:
    def __init__(self, doc, land=False):
        w, h = (842, 595) if land else (595, 842)
        self.p = doc.new_page(width=w, height=h)
        self.p.insert_font(fontname="G", fontfile=GF)
        self.p.insert_font(fontname="M", fontfile=MF)
        self.w, self.h = w, h

    def t(self, x, y, s, size=9.5, g=False, align="l"):
        f = FG if g else FM
        if align == "r":
            x -= f.text_length(s, size)
        elif align == "c":
            x -= f.text_length(s, size) / 2
        self.p.insert_text((x, y), s, fontsize=size, fontname="G" if g else "M")

    def hl(self, x0, x1, y, wdt=0.6):
        self.p.draw_line((x0, y), (x1, y), width=wdt)

    def para(self, x, y, s, width, size=9.5, lh=1.55):
        line, out = "", []
        for ch in s:
            if FM.text_length(line + ch, size) > width:
                out.append(line); line = ch
            else:
                line += ch
        out.append(line)
        for i, l in enumerate(out):
            self.t(x, y + i * size * lh, l, size)
        return y + len(out) * size * lh


def build():
    facts, inits = [], []
    doc = pymupdf.open()
    accsum = {a: sum(v for _, v, _ in ds) for a, ds in ACC}
    total = sum(accsum.values())
    # ---------------- page 1
    P = Pg(doc)
    P.t(550, 60, "令和７年３月", 9, align="r")
    P.t(297, 95, TITLE, 15, True, "c")
    P.t(550, 115, "春日部市 財務部 収納課", 9, align="r")
    P.t(50, 150, "１　計画策定の趣旨", 11, True)
    oku, man = divmod(round(total / 1e6) * 100, 10000)
    praw = f"約{oku}億{comma(man)}万円"
    y = P.para(60, 172, f"本市の令和５年度決算における収入未済額は、全会計で{praw}となった。平成３０年度の約３９億円から縮減が進んでいる一方、"
               "市税及び国民健康保険税で全体の８割以上を占める状況が続いている。本計画は、令和７年度から令和９年度までの３年間に取り組む"
               "債権管理の方針と目標を定めるものである。", 480)
    facts += [F(None, 2023, "令和５年度決算", "total", "outstanding", "actual", oku * 100000000 + man * 10000, "yen", praw, 1, approx=True),
              F(None, 2018, "平成３０年度", "total", "outstanding", "actual", 3900000000, "yen", "約３９億円", 1, approx=True)]
    P.t(50, y + 20, "２　会計別の収入未済額", 11, True)
    y += 40
    P.t(545, y, "（単位：百万円）", 8.5, align="r")
    y += 18
    cols = [300, 380, 460, 545]
    for x, h in zip(cols, ["令和３年度", "令和４年度", "令和５年度", "増減(R5-R4)"]):
        P.t(x, y, h, 9, True, "r")
    y += 18
    r3t = r4t = r5t = 0
    for a, _ in ACC:
        r3, r4 = ACC_PREV[a]
        r5 = round(accsum[a] / 1e6, 1)
        r3t += r3; r4t += r4; r5t += r5
        P.t(70, y, a, 9.5)
        diff = round(r5 - r4, 1)
        for x, v in zip(cols, [r3, r4, r5]):
            P.t(x, y, f"{v:,.1f}", 9.5, align="r")
        P.t(cols[3], y, (f"△{abs(diff):,.1f}" if diff < 0 else f"{diff:,.1f}"), 9.5, align="r")
        for fy, v, fr in [(2021, r3, "令和３年度"), (2022, r4, "令和４年度"), (2023, r5, "令和５年度")]:
            facts.append(F(None, fy, fr, "total", "outstanding", "actual", round(v * 1e6), "yen", f"{v:,.1f}", 1, debt_raw=a))
        y += 18
    r3t, r4t = round(r3t, 1), round(r4t, 1)
    r5t = round(total / 1e6, 1)
    P.t(70, y + 4, "合　計", 9.5, True)
    for x, v, fy, fr in zip(cols, [r3t, r4t, r5t], [2021, 2022, 2023], ["令和３年度", "令和４年度", "令和５年度"]):
        P.t(x, y + 4, f"{v:,.1f}", 9.5, True, "r")
        facts.append(F(None, fy, fr, "total", "outstanding", "actual", round(v * 1e6), "yen", f"{v:,.1f}", 1, debt_raw="合計"))
    d = round(r5t - r4t, 1)
    P.t(cols[3], y + 4, f"△{abs(d):,.1f}" if d < 0 else f"{d:,.1f}", 9.5, True, "r")
    y += 30
    P.t(60, y, "注１）百万円未満を四捨五入しているため、内訳と合計が一致しない場合がある。", 8)
    P.t(60, y + 13, "注２）下水道事業会計は令和２年度から地方公営企業法を適用している。", 8)
    y += 45
    P.t(50, y, "３　債権別の収入未済額（令和５年度決算）", 11, True)
    y += 12
    # table, horizontal rules only; header once; continues on next page without header
    xs = [50, 185, 415, 545]

    def header(P, y):
        P.hl(50, 545, y, 1.0)
        P.t(60, y + 13, "会計", 9, True); P.t(195, y + 13, "債権名", 9, True); P.t(545, y + 13, "収入未済額（円）", 9, True, "r")
        P.hl(50, 545, y + 19, 0.6)
        return y + 19

    y = header(P, y)
    rows = []
    for a, ds in ACC:
        for i, (n, v, sub) in enumerate(ds):
            rows.append((a if i == 0 else "", n, v, "debt"))
            for sn, sv in sub:
                rows.append(("", "　うち" + sn, sv, "sub"))
        rows.append(("", "小　計", accsum[a], "acc:" + a))
    rows.append(("合　計", "", total, "total"))
    page = 1
    for acc_lab, n, v, kind in rows:
        if y > 780:
            P = Pg(doc); page += 1
            y = 60
            P.hl(50, 545, y, 0.6)
        y += 17
        bold = kind != "debt" and kind != "sub"
        P.t(60, y - 5, acc_lab, 9, kind == "total")
        P.t(195 if kind != "sub" else 205, y - 5, n, 9 if kind != "sub" else 8.5, bold)
        P.t(545, y - 5, comma(v), 9 if kind != "sub" else 8.5, bold, "r")
        P.hl(50 if kind != "debt" else 185, 545, y, 0.4)
        if kind == "debt":
            facts.append(F(n, 2023, "令和５年度決算", "total", "outstanding", "actual", v, "yen", comma(v), page))
        elif kind == "sub":
            facts.append(F(n.replace("　うち", ""), 2023, "令和５年度決算", "total", "outstanding", "actual", v, "yen", comma(v), page, debt_raw=n.strip()))
        elif kind == "total":
            facts.append(F(None, 2023, "令和５年度決算", "total", "outstanding", "actual", v, "yen", comma(v), page, debt_raw="合計"))
        else:
            facts.append(F(None, 2023, "令和５年度決算", "total", "outstanding", "actual", v, "yen", comma(v), page, debt_raw=f"小計（{kind[4:]}）"))
    P.hl(50, 545, y, 1.0)
    # ---- 取組 on same page after table
    y += 30
    P.t(50, y, "４　計画期間中の主な取組", 11, True)
    items = [("(1)", "現年度分の未納を早期に解消するため、納期限後の催告を全債権で統一的に行う。"),
             ("(2)", "強制徴収公債権は、財産調査の電子化を進め、滞納処分を迅速に執行する。"),
             ("(3)", "非強制徴収公債権及び私債権は、支払督促等の法的措置の基準を定めて運用する。"),
             ("(4)", "徴収の見込みがない債権は、債権管理条例に基づく放棄を含め、適正に整理する。")]
    y += 20
    for lab, tx in items:
        y = P.para(60, y, f"{lab}　{tx}", 480) + 3
        inits.append(I(None, 2025, "計画期間中の主な取組", lab, tx, None, page))
    # ---------------- page: rates side by side halves
    P = Pg(doc); page += 1
    P.t(50, 70, "５　主な債権の収納率（令和５年度決算）", 11, True)
    P.t(545, 88, "単位：％", 8.5, align="r")
    halves = [RATES[:5], RATES[5:]]
    for hi, half in enumerate(halves):
        x0 = 50 if hi == 0 else 305
        cx = [x0 + 130, x0 + 175, x0 + 225]
        y = 96
        P.hl(x0, x0 + 240, y, 0.8)
        P.t(x0 + 4, y + 13, "債権名", 8.5, True)
        for x, h in zip(cx, ["現年", "滞繰", "計"]):
            P.t(x, y + 13, h, 8.5, True, "r")
        y += 19
        P.hl(x0, x0 + 240, y, 0.5)
        for n, c, a, t, subs in half:
            lines = [(n, n, c, a, t, False)] + [(sl, sd, sc, sa, st, True) for sl, sd, sc, sa, st in subs]
            for lab, debt, c_, a_, t_, sub in lines:
                y += 16
                P.t(x0 + (14 if sub else 4), y - 4, lab, 8 if sub else 8.5)
                for x, v, seg in zip(cx, [c_, a_, t_], ["current", "arrears", "total"]):
                    P.t(x, y - 4, f"{v:.2f}", 8.5, align="r")
                    facts.append(F(debt, 2023, "令和５年度決算", seg, "collection_rate", "actual", v, "percent", f"{v:.2f}", page, debt_raw=lab))
                P.hl(x0, x0 + 240, y, 0.3)
        P.hl(x0, x0 + 240, y, 0.8)
    P.t(50, 240, "※　収納率＝収入済額÷調定額×１００（小数点以下第３位を四捨五入）", 8)
    # ---------------- chart page (landscape)
    P = Pg(doc, land=True); page += 1
    P.t(50, 60, "６　収入未済額の推移", 11, True)
    years = [(2019, "R1"), (2020, "R2"), (2021, "R3"), (2022, "R4"), (2023, "R5")]
    vals = {2019: CHART_EARLY[2019], 2020: CHART_EARLY[2020], 2021: r3t * 1e6, 2022: r4t * 1e6, 2023: total}
    P.t(421, 95, "全会計の収入未済額（単位：億円）", 10, True, "c")
    bx0, by0, bh = 150, 480, 330  # baseline y
    P.hl(bx0, 720, by0, 0.8)
    P.p.draw_line((bx0, by0), (bx0, by0 - bh - 10), width=0.6)
    for gv in (10, 20, 30, 40):
        yy = by0 - gv / 40 * bh
        P.p.draw_line((bx0, yy), (720, yy), width=0.2, color=(0.6, 0.6, 0.6))
        P.t(bx0 - 6, yy + 3, str(gv), 8, align="r")
    for i, (fy, lab) in enumerate(years):
        v = round(vals[fy] / 1e8, 1)
        hgt = v / 40 * bh
        x = bx0 + 30 + i * 112
        P.p.draw_rect(pymupdf.Rect(x, by0 - hgt, x + 60, by0), color=(0.2, 0.3, 0.5), fill=(0.55, 0.68, 0.85), width=0.5)
        P.t(x + 30, by0 - hgt - 5, f"{v:.1f}", 9, True, "c")
        P.t(x + 30, by0 + 15, lab, 9, align="c")
        facts.append(F(None, fy, lab, "total", "outstanding", "actual", round(v * 1e8), "yen", f"{v:.1f}", page, approx=False))
    P.t(421, by0 + 35, "（年度）", 8.5, align="c")
    P.t(150, 540, "※　各年度の決算額。令和３年度以降は下水道事業会計を含む全会計の合計。", 8)
    # header/footer
    n = doc.page_count
    for i, pg in enumerate(doc):
        pg.insert_text((pg.rect.width - 190, 30), "春日部市債権管理計画（令和７～９年度）", fontsize=7.5, fontname="G", fontfile=GF)
        pg.insert_text((pg.rect.width / 2 - 12, pg.rect.height - 22), f"{i + 1} / {n}", fontsize=8, fontname="M", fontfile=MF)
    doc.subset_fonts()
    doc.save(PDF / f"{STEM}.pdf", garbage=4, deflate=True)
    document = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2025-03-01", "date_raw": "令和７年３月"}
    return write_gold(STEM, document, facts, inits)


if __name__ == "__main__":
    print(build())
