"""t_hachioji_plan_1: 債権管理重点取組方針 (会計・款・債権 tables, prose figures), PyMuPDF direct drawing (A4 portrait)."""
from __future__ import annotations

import pymupdf as fitz

from t_common import OUT, PDF, Gold, oku_man, zen

STEM = "t_hachioji_plan_1"
G = Gold(STEM, "八王子市")
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
GOT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FM, FG = fitz.Font(fontfile=MIN), fitz.Font(fontfile=GOT)
W, H = fitz.paper_size("a4")
LM, RM, TOP, BOT = 56, 56, 64, 70

ACCT = [  # 会計, 款, 債権名, 円
    ("一般会計", "市税", "個人市民税", 1_012_384_512),
    ("", "", "法人市民税", 58_211_300),
    ("", "", "固定資産税・都市計画税", 521_760_118),
    ("", "", "軽自動車税（種別割）", 31_102_744),
    ("", "分担金及び負担金", "保育所保育料", 48_331_210),
    ("", "使用料及び手数料", "市営住宅使用料", 96_214_550),
    ("", "", "行政財産使用料", 3_120_400),
    ("", "諸収入", "生活保護費返還金", 702_118_093),
    ("", "", "生活保護法第78条徴収金", 121_540_221),
    ("", "", "母子及び父子福祉資金貸付金", 28_775_012),
    ("", "", "児童扶養手当返還金", 15_201_330),
    ("", "", "奨学金貸付金", 9_884_000),
    ("", "", "学童保育所育成料", 2_108_950),
    ("国民健康保険事業会計", "国民健康保険税", "一般被保険者分", 2_071_554_210),
    ("", "", "退職被保険者等分", 3_881_400),
    ("", "諸収入", "第三者行為損害賠償金", 16_540_880),
    ("介護保険特別会計", "保険料", "介護保険料", 204_880_150),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", 87_920_300),
    ("下水道事業会計", "営業収益", "下水道使用料", 176_330_210),
    ("", "資本的収入", "下水道事業受益者負担金", 21_040_000),
]
Y21 = {"一般会計": 2845, "国民健康保険事業会計": 2204, "介護保険特別会計": 218, "後期高齢者医療特別会計": 96, "下水道事業会計": 183}


class Pager:
    def __init__(self):
        self.doc = fitz.open()
        self.page = None
        self.y = 0
        self.new()

    def new(self):
        self.page = self.doc.new_page(width=W, height=H)
        self.page.insert_font(fontname="M", fontfile=MIN)
        self.page.insert_font(fontname="Gt", fontfile=GOT)
        self.y = TOP

    def text(self, x, y, s, size=10, bold=False):
        self.page.insert_text((x, y), s, fontname="Gt" if bold else "M", fontsize=size)

    def width(self, s, size=10, bold=False):
        return (FG if bold else FM).text_length(s, fontsize=size)

    def rtext(self, xr, y, s, size=10, bold=False):
        self.text(xr - self.width(s, size, bold), y, s, size, bold)

    def ctext(self, x0, x1, y, s, size=10, bold=False):
        self.text((x0 + x1 - self.width(s, size, bold)) / 2, y, s, size, bold)

    def need(self, h):
        if self.y + h > H - BOT:
            self.new()
            return True
        return False

    def para(self, s, size=10.5, bold=False, indent=0, first=1, gap=4, lh=1.55):
        maxw = W - LM - RM - indent
        lines, cur = [], ""
        for ch in s:
            if self.width(cur + ch, size, bold) > (maxw - (first * size if not lines else 0)):
                if ch in "。、）」":
                    cur += ch
                    ch = ""
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        for k, ln in enumerate(lines):
            self.need(size * lh)
            self.y += size * lh
            self.text(LM + indent + (first * size if k == 0 else 0), self.y, ln, size, bold)
        self.y += gap

    def heading(self, s, size=12):
        self.need(size * 3)
        self.y += 6
        self.para(s, size=size, bold=True, first=0, gap=3)

    def hline(self, x0, x1, y, w=0.6):
        self.page.draw_line((x0, y), (x1, y), width=w)

    def vline(self, x, y0, y1, w=0.6):
        self.page.draw_line((x, y0), (x, y1), width=w)


def fmt_diff(v):
    return f"{v:,}" if v >= 0 else f"△{-v:,}"


def build():
    P = Pager()
    acct_tot = {}
    for a, _, _, v in ACCT:
        pass
    cur = None
    for a, k, n, v in ACCT:
        cur = a or cur
        acct_tot[cur] = acct_tot.get(cur, 0) + v
    grand = sum(acct_tot.values())
    shizei = sum(v for a, k, n, v in ACCT[:4])

    # ---- page 1
    P.y = 96
    P.ctext(0, W, P.y, "八王子市債権管理重点取組方針", 22, True)
    P.y += 34
    P.ctext(0, W, P.y, "（令和６年度～令和７年度）", 13)
    P.y += 30
    P.ctext(0, W, P.y, "令和６年４月", 11)
    P.y += 18
    P.ctext(0, W, P.y, "八王子市 財務部 債権管理課", 11)
    P.y += 24
    P.heading("１　取組方針の目的")
    P.para("本市では、市税をはじめとした各種債権に多額の収入未済がある状況を踏まえ、これまで「債権管理重点取組方針」を定め、"
           "収納率の向上と収入未済額の縮減に取り組んできた。令和４年度（２０２２年度）決算における全会計の収入未済額は"
           + G.f("約５２億３，３００万円", 5_233_000_000, "outstanding", "actual", 2022, "令和４年度（２０２２年度）", approx=True)
           + "となり、前年度から約３億１，３００万円縮減したものの、依然として多額である。")
    P.para("なかでも市税の収入未済額は"
           + G.f(zen(oku_man(shizei - shizei % 10000)) + "余", shizei - shizei % 10000, "outstanding", "actual", 2022,
                 "令和４年度", debt="市税", approx=True)
           + "で、全体の約３割を占めている。本方針は、令和６・７年度の２か年における重点的な取組を定め、"
           "負担の公平性の確保と安定した財源の確保を図るものである。")
    P.heading("２　会計別の収入未済額")
    P.para("表１　会計別収入未済額の推移", size=10, bold=True, first=0, gap=0)
    P.rtext(W - RM, P.y, "（単位：百万円）", 8.5)
    P.y += 6
    cols = [LM, LM + 190, LM + 290, LM + 390, W - RM]
    P.hline(LM, W - RM, P.y, 1.2)
    P.y += 15
    for k, h in enumerate(["会計名", "２０２１年度", "２０２２年度", "増減"]):
        P.ctext(cols[k], cols[k + 1], P.y, h, 9.5, True)
    P.y += 6
    P.hline(LM, W - RM, P.y)
    t21 = t22 = 0
    for a, v21 in Y21.items():
        v22 = round(acct_tot[a] / 1e6)
        t21 += v21
        t22 += v22
        P.y += 16
        P.text(LM + 6, P.y, a, 9.5)
        P.rtext(cols[2] - 14, P.y, G.f(f"{v21:,}", v21 * 1_000_000, "outstanding", "actual", 2021, "２０２１年度",
                                         debt=None, debt_raw=a), 9.5)
        P.rtext(cols[3] - 14, P.y, G.f(f"{v22:,}", v22 * 1_000_000, "outstanding", "actual", 2022, "２０２２年度",
                                         debt=None, debt_raw=a), 9.5)
        P.rtext(cols[4] - 14, P.y, fmt_diff(v22 - v21), 9.5)
        P.y += 5
        P.hline(LM, W - RM, P.y, 0.3)
    P.y += 16
    P.text(LM + 6, P.y, "合計", 9.5, True)
    P.rtext(cols[2] - 14, P.y, G.f(f"{t21:,}", t21 * 1_000_000, "outstanding", "actual", 2021, "２０２１年度", debt_raw="合計"), 9.5, True)
    P.rtext(cols[3] - 14, P.y, G.f(f"{t22:,}", t22 * 1_000_000, "outstanding", "actual", 2022, "２０２２年度", debt_raw="合計"), 9.5, True)
    P.rtext(cols[4] - 14, P.y, fmt_diff(t22 - t21), 9.5, True)
    P.y += 6
    P.hline(LM, W - RM, P.y, 1.2)
    P.y += 4
    P.para("※百万円未満を四捨五入。下水道事業会計は未収金（過年度分を含む。）の額。", size=8.5, first=0)

    # ---- no-rule table cut by the page break, header repeated
    P.heading("３　会計・款・債権別の収入未済額")
    P.para("令和４年度（２０２２年度）決算における収入未済額の内訳は、表２のとおりである。", first=1)
    cx = [LM, LM + 120, LM + 230, LM + 400, W - RM]

    def table_head(cont=False):
        P.para("表２　会計・款・債権別収入未済額（令和４年度）" + ("（続き）" if cont else ""), size=10, bold=True, first=0, gap=0)
        P.rtext(W - RM, P.y, "（単位：円）", 8.5)
        P.y += 16
        for k, h in enumerate(["会計", "款", "債権名", "収入未済額"]):
            if k == 3:
                P.rtext(cx[4] - 4, P.y, h, 9.5, True)
            else:
                P.text(cx[k] + 2, P.y, h, 9.5, True)
        P.y += 8

    table_head()
    rows_per_first = 12
    cur_a = None
    for idx, (a, k, n, v) in enumerate(ACCT):
        cur_a = a or cur_a
        if P.y + 44 > H - BOT:
            P.new()
            table_head(cont=True)
        P.y += 18
        if a:
            P.text(cx[0] + 2, P.y, a if len(a) <= 8 else a[:8], 9)
            if len(a) > 8:
                P.text(cx[0] + 2, P.y + 11, a[8:], 9)
        if k:
            P.text(cx[1] + 2, P.y, k, 9)
        P.text(cx[2] + 2, P.y, n, 9)
        debt = "市税" if cur_a == "一般会計" and k == "市税" or (idx < 4) else n
        dn = n
        if n in ("一般被保険者分", "退職被保険者等分"):
            dn = "国民健康保険税"
        P.rtext(cx[4] - 4, P.y, G.f(f"{v:,}", v, "outstanding", "actual", 2022, "令和４年度", debt=dn, debt_raw=n), 9)
        nxt = ACCT[idx + 1][0] if idx + 1 < len(ACCT) else "END"
        if nxt:
            P.y += 6
            P.rtext(cx[3] + 60, P.y + 8, "", 9)
            P.y += 8
            P.rtext(cx[2] + 2 + 150, P.y, "", 9)
            P.text(cx[2] + 2, P.y, f"{cur_a}計", 9, True)
            P.rtext(cx[4] - 4, P.y, G.f(f"{acct_tot[cur_a]:,}", acct_tot[cur_a], "outstanding", "actual", 2022,
                                         "令和４年度", debt=None, debt_raw=cur_a), 9, True)
            P.y += 6
    P.y += 22
    P.text(cx[2] + 2, P.y, "合計", 9.5, True)
    P.rtext(cx[4] - 4, P.y, G.f(f"{grand:,}", grand, "outstanding", "actual", 2022, "令和４年度", debt_raw="合計"), 9.5, True)
    P.y += 10
    P.para("※国民健康保険税は、一般被保険者分と退職被保険者等分に分けて計上している。", size=8.5, first=0)

    # ---- rate table, one debt per column, grid with merged labels
    P.need(300)
    P.heading("４　主な債権の収納率")
    P.para("主な債権の収納率の実績と目標は、表３のとおりとする。", first=1)
    names = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育所保育料", "市営住宅使用料"]
    short = {"後期高齢者医療保険料": ("後期高齢者", "医療保険料"), "国民健康保険税": ("国民健康", "保険税")}
    R = {
        "2022": {"市税": (99.12, 31.40, 97.58), "国民健康保険税": (93.85, 27.60, 82.14), "介護保険料": (98.90, 21.05, 97.62),
                 "後期高齢者医療保険料": (99.55, 38.20, 99.01), "保育所保育料": (98.80, 22.40, 95.66),
                 "市営住宅使用料": (97.70, 19.85, 90.12)},
        "2024": {"市税": (99.20, 33.00, 97.80), "国民健康保険税": (94.20, 29.00, 83.00), "介護保険料": (99.00, 22.00, 97.80),
                 "後期高齢者医療保険料": (99.60, 39.00, 99.10), "保育所保育料": (98.90, 24.00, 96.00),
                 "市営住宅使用料": (97.90, 21.00, 90.60)},
        "2025": {"市税": (99.25, 34.00, 97.95), "国民健康保険税": (94.40, 30.00, 83.60), "介護保険料": (99.05, 23.00, 97.90),
                 "後期高齢者医療保険料": (99.65, 40.00, 99.15), "保育所保育料": (99.00, 25.00, 96.30),
                 "市営住宅使用料": (98.00, 22.00, 91.00)},
    }
    P.need(16 * 12)
    P.para("表３　主な債権の収納率", size=10, bold=True, first=0, gap=0)
    P.rtext(W - RM, P.y, "（単位：％）", 8.5)
    P.y += 4
    x = [LM, LM + 70, LM + 120]
    cw = (W - RM - x[2]) / len(names)
    xs = x + [x[2] + cw * (k + 1) for k in range(len(names))]
    y0 = P.y
    hh = 28
    P.hline(LM, W - RM, y0)
    for k, n in enumerate(names):
        if n in short:
            P.ctext(xs[2 + k], xs[3 + k], y0 + 12, short[n][0], 8.5, True)
            P.ctext(xs[2 + k], xs[3 + k], y0 + 23, short[n][1], 8.5, True)
        else:
            P.ctext(xs[2 + k], xs[3 + k], y0 + 17, n, 8.5, True)
    P.ctext(x[0], x[2], y0 + 17, "区分", 8.5, True)
    y = y0 + hh
    P.hline(LM, W - RM, y)
    rh = 15
    groups = [("2022", "2022年度実績", "actual", 2022), ("2024", "2024年度目標", "target", 2024), ("2025", "2025年度目標", "target", 2025)]
    for key, lab, basis, fy in groups:
        gy = y
        for si, (sl, seg) in enumerate((("現年分", "current"), ("滞繰分", "arrears"), ("合計", "total"))):
            P.text(x[1] + 4, y + 11, sl, 8.5)
            for k, n in enumerate(names):
                v = R[key][n][si]
                P.rtext(xs[3 + k] - 5, y + 11, G.f(f"{v:.2f}", v, "collection_rate", basis, fy, lab, seg, debt=n), 8.5)
            y += rh
            P.hline(x[1] if si < 2 else LM, W - RM, y, 0.4)
        P.ctext(x[0], x[1], (gy + y) / 2 + 4, lab, 8)
    for xx in xs:
        P.vline(xx, y0, y, 0.5)
    P.vline(x[1], y0 + hh, y, 0.5)
    P.page.draw_line((x[1], y0), (x[1], y0 + hh), width=0)  # no rule inside the 区分 header
    P.y = y + 6
    P.para("※2022年度は決算値。収納率＝収入済額÷調定額（出納整理期間後）。", size=8.5, first=0)

    # ---- debt-by-debt measures in prose and bullets
    P.new()
    P.heading("５　債権ごとの取組")
    items = [
        ("市税", f"（１）市税", [
            "2022年度の市税の収入未済額は" + G.f("16億2,345万円余", 1_623_450_000, "outstanding", "actual", 2022, "2022年度",
                                          debt="市税", approx=True)
            + "、現年分の収納率は" + G.f("99.12%", 99.12, "collection_rate", "actual", 2022, "2022年度", "current", debt="市税")
            + "であった。滞納繰越分の縮減に向け、財産調査と滞納処分を徹底する。"],
         [("・", "滞納繰越分の高額案件は専任班が担当し、差押えと換価を早期に行う。", "継続"),
          ("・", "地方税統一ＱＲコードによるキャッシュレス納付を周知する。", "拡充"),
          ("・", "東京都主税局との共同催告を実施する。", "新規")]),
        ("国民健康保険税", "（２）国民健康保険税", [
            "2022年度の収入未済額は約20億7,500万円で、全会計の約４割を占める。"
            .replace("約20億7,500万円", G.f("約20億7,500万円", 2_075_000_000, "outstanding", "actual", 2022, "2022年度",
                                         debt="国民健康保険税", approx=True))],
         [("・", "加入時の口座振替勧奨を徹底し、口座振替率を６割以上に高める。", "継続"),
          ("・", "短期被保険者証の交付時に納付相談を行い、分割納付の履行を管理する。", "継続")]),
        ("市営住宅使用料", "（３）市営住宅使用料", [
            "2022年度の収入未済額は" + G.f("9,621万円余", 96_210_000, "outstanding", "actual", 2022, "2022年度",
                                        debt="市営住宅使用料", approx=True)
            + "である。長期滞納者に対する法的措置を計画的に進める。"],
         [("・", "滞納３か月で連帯保証人へ通知し、６か月で明渡し請求の手続に着手する。", "継続"),
          ("・", "退去者の滞納分について、弁護士への回収委託を行う。", "新規")]),
    ]
    for debt, head, prose, bl in items:
        P.heading(head, 11)
        for s in prose:
            P.para(s)
        for k, (mark, txt, st) in enumerate(bl):
            G.i(debt, 2024, "債権ごとの取組", mark, txt, st)
            if debt == "国民健康保険税" and k == 1:
                P.para(f"{mark}{txt}", indent=10, first=0, gap=0)
                P.para(f"【{st}】", indent=22, first=0)
            else:
                P.para(f"{mark}{txt}【{st}】", indent=10, first=0)

    # running header / footer
    n = len(P.doc)
    for k, pg in enumerate(P.doc):
        if k:
            pg.insert_text((W - RM - FM.text_length("八王子市債権管理重点取組方針", fontsize=8), 36), "八王子市債権管理重点取組方針",
                           fontname="M", fontsize=8)
            pg.draw_line((LM, 42), (W - RM, 42), width=0.4)
        s = f"‐ {k + 1} ‐"
        pg.insert_text(((W - FM.text_length(s, fontsize=9)) / 2, H - 34), s, fontname="M", fontsize=9)
    P.doc.subset_fonts()
    out = PDF / f"{STEM}.pdf"
    P.doc.save(out, garbage=4, deflate=True)
    G.finish(out, {"kind": "plan", "title": "八王子市債権管理重点取組方針（令和６年度～令和７年度）", "date": "2024-04-01",
                   "date_raw": "令和６年４月"})


if __name__ == "__main__":
    build()
