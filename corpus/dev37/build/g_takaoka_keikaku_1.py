"""高岡市-style 債権管理計画: PyMuPDF direct drawing (tables, vector chart) + insert_htmlbox prose.

Family: 世田谷区-style plan (会計・款・債権 tables, 収入未済額 by account, prose figures). Wording modelled
on city 債権管理計画 / 決算審査意見書 (厚木市: △ 負数, ポイント注記) and 長崎市 広報 (未収金の推移 in prose).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf as fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from g_common import F, I, ROOT, c, write_gold, zen  # noqa: E402

STEM = "g_takaoka_keikaku_1"
MUNI = "高岡市"
TITLE = "高岡市債権管理計画（令和８年度～令和１０年度）"
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINC = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FG, FM = fitz.Font(fontfile=GOTH), fitz.Font(fontfile=MINC)
ARCH = fitz.Archive(str(Path(MINC).parent))
ARCH.add(str(Path(GOTH).parent))
CSS = ("@font-face{font-family:M;src:url(ipaexm.ttf);} @font-face{font-family:G;src:url(ipaexg.ttf);}"
       "*{font-family:M;font-size:10pt;line-height:1.5;} h1,h2,h3,b{font-family:G;} h2{font-size:12pt;margin:4pt 0;}"
       "h3{font-size:10.5pt;margin:3pt 0;} p{margin:0 0 4pt 0;text-indent:1em;} p.n{text-indent:0;}")

# 表２: 令和６年度決算, 円: (会計, 款, 債権名, 調定額, 収入済額, 不納欠損額)
T2 = [
    ("一般会計", "市税", "個人市民税", 9_412_806_331, 9_237_114_905, 21_346_718),
    ("一般会計", "市税", "法人市民税", 2_018_447_200, 2_011_906_300, 402_100),
    ("一般会計", "市税", "固定資産税・都市計画税", 11_236_994_815, 11_062_418_256, 18_772_340),
    ("一般会計", "市税", "軽自動車税（種別割）", 498_213_600, 490_004_113, 1_120_400),
    ("一般会計", "分担金及び負担金", "保育所保護者負担金", 412_806_540, 405_931_280, 866_300),
    ("一般会計", "使用料及び手数料", "市営住宅使用料", 402_118_300, 377_416_924, 4_106_000),
    ("一般会計", "諸収入", "生活保護費返還金・徴収金", 121_540_882, 41_066_315, 6_221_473),
    ("一般会計", "諸収入", "奨学資金貸付金返還金", 38_411_000, 29_875_600, 0),
    ("国民健康保険事業特別会計", "国民健康保険税", "国民健康保険税", 5_904_331_700, 5_372_028_412, 91_446_208),
    ("国民健康保険事業特別会計", "諸収入", "返納金（不当利得）", 16_205_441, 7_992_083, 1_304_520),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", 2_811_645_100, 2_799_311_800, 2_408_100),
    ("介護保険事業特別会計", "保険料", "介護保険料", 4_620_771_300, 4_581_446_940, 12_774_300),
    ("水道事業会計", "営業収益", "水道料金", 3_601_228_465, 3_551_019_874, 5_210_611),
    ("下水道事業会計", "営業収益", "下水道使用料", 3_114_067_902, 3_070_440_066, 4_388_205),
    ("下水道事業会計", "資本的収入", "下水道事業受益者負担金", 96_400_410, 88_211_390, 1_002_400),
]
ACCTS = ["一般会計", "国民健康保険事業特別会計", "後期高齢者医療特別会計", "介護保険事業特別会計", "水道事業会計", "下水道事業会計"]


def outst(row):
    return row[3] - row[4] - row[5]


def rate(a, cl):
    return round(cl / a * 100 + 1e-9, 2)


ACC24 = {a: sum(outst(r) for r in T2 if r[0] == a) for a in ACCTS}
# 表１: 会計別 収入未済額の推移 (百万円, one decimal) 2020-2023 invented, 2024 from 表２
SCALE = [1.23, 1.16, 1.10, 1.05]
HIST = {a: [round(ACC24[a] / 1e6 * k, 1) for k in SCALE] for a in ACCTS}
YEARS = [2020, 2021, 2022, 2023, 2024]
M = {a: HIST[a] + [round(ACC24[a] / 1e6, 1)] for a in ACCTS}
TOT = [round(sum(M[a][i] for a in ACCTS), 1) for i in range(5)]


class Pg:
    def __init__(self, doc, no, land=False):
        w, h = (842, 595) if land else (595, 842)
        self.p = doc.new_page(width=w, height=h)
        self.p.insert_font(fontname="G", fontfile=GOTH)
        self.p.insert_font(fontname="M", fontfile=MINC)
        self.w, self.h = w, h
        self.text(w - 40, 28, "高岡市債権管理計画", 8, align="r")
        self.text(w / 2, h - 24, f"－ {no} －", 9, align="c")

    def text(self, x, y, s, fs=10, font="G", align="l", color=(0, 0, 0)):
        f = FG if font == "G" else FM
        tw = f.text_length(s, fontsize=fs)
        if align == "r":
            x -= tw
        elif align == "c":
            x -= tw / 2
        self.p.insert_text((x, y), s, fontname=font, fontsize=fs, color=color)

    def html(self, rect, body):
        r = self.p.insert_htmlbox(fitz.Rect(rect), body, css=CSS, archive=ARCH)
        assert r[0] >= 0, ("overflow", body[:40])
        return r

    def table(self, x, y, colw, rows, fs=8.5, rh=15, heads=1, fill_rows=()):
        """rows: list of lists; a cell None continues the cell above (merged: no rule between, no text).
        A cell may be (text, align, bold)."""
        xs = [x]
        for w in colw:
            xs.append(xs[-1] + w)
        for i, row in enumerate(rows):
            top = y + i * rh
            if i < heads or i in fill_rows:
                self.p.draw_rect(fitz.Rect(xs[0], top, xs[-1], top + rh), color=None, fill=(0.86, 0.86, 0.86))
            for j, cellv in enumerate(row):
                x0, x1 = xs[j], xs[j + 1]
                # top rule unless merged continuation
                if cellv is not None:
                    self.p.draw_line((x0, top), (x1, top), width=0.6)
                    if isinstance(cellv, tuple):
                        s, al, bold = cellv
                    else:
                        s, al, bold = cellv, ("l" if j == 0 else "r"), False
                    if i < heads:
                        al = "c"
                    if s:
                        tx = {"l": x0 + 3, "r": x1 - 3, "c": (x0 + x1) / 2}[al]
                        self.text(tx, top + rh / 2 + fs * 0.36, s, fs, "G", al)
                self.p.draw_line((x0, top), (x0, top + rh), width=0.6)
            self.p.draw_line((xs[-1], top), (xs[-1], top + rh), width=0.6)
        bottom = y + len(rows) * rh
        self.p.draw_line((xs[0], bottom), (xs[-1], bottom), width=0.6)
        return bottom


def build():
    facts, inits = [], []
    doc = fitz.open()
    # ------------- page 1: title + two-column prose -------------
    pg = Pg(doc, 1)
    page = 1
    pg.text(pg.w / 2, 80, TITLE, 16, align="c")
    pg.text(pg.w / 2, 104, "令和８年３月　高岡市財務部収納課", 10.5, align="c")
    tot24, tot23 = TOT[4], TOT[3]
    tot24_yen = sum(ACC24.values())
    man = round(tot24_yen / 1e6) * 100  # 万円 rounded to 100万
    oku_txt = f"約{man // 10000}億{c(man % 10000)}万円"
    d_man = round((tot23 * 1e6 - tot24_yen) / 1e6) * 100
    tax = [r for r in T2 if r[1] == "市税"]
    taxA, taxC = sum(r[3] for r in tax), sum(r[4] for r in tax)
    tax_rate = rate(taxA, taxC)
    kk = T2[8]
    kk_rate = rate(kk[3], kk[4])
    colL = (50, 125, 290, 790)
    colR = (305, 125, 545, 790)
    left = ("<h2>第１章　計画の趣旨</h2>"
            "<p>本市では、平成２８年度に債権管理条例を施行し、市税をはじめとする各種債権について、全庁的な管理と"
            "回収に取り組んできた。前計画の期間（令和５年度～令和７年度）には、徴収の一元化と法的措置の徹底により、"
            "収入未済額は毎年度減少している。</p>"
            f"<p>令和６年度決算における全会計の収入未済額は{oku_txt}で、前年度から約{c(d_man)}万円減少した。"
            f"このうち市税の収納率は{tax_rate:.2f}％となり、前年度を0.21ポイント上回った。</p>"
            f"<p>一方、国民健康保険税の収納率は{kk_rate:.2f}％にとどまり、県内市の平均を下回っている。"
            "また、私債権や非強制徴収公債権では、所管課に債権回収の経験を持つ職員が少なく、時効の管理や"
            "債権放棄の判断が課ごとに異なるという課題がある。</p>")
    right = ("<h2>第２章　計画の位置付けと期間</h2>"
             "<p>この計画は、高岡市行財政改革推進計画の個別計画として、債権の適正な管理と収入未済額の縮減に"
             "向けた目標と取組を定めるものである。</p>"
             "<p class='n'><b>計画期間</b>　令和８年度から令和１０年度までの３年間</p>"
             "<p class='n'><b>対象債権</b>　一般会計、特別会計及び企業会計に属する金銭債権のうち、収入未済額が"
             "生じているもの（歳計外現金を除く。）</p>"
             "<p>計画の進捗は毎年度の決算後に債権管理推進会議で確認し、その結果を市ホームページで公表する。</p>")
    pg.html(colL, left)
    pg.html(colR, right)
    pg.p.draw_line((297.5, 130), (297.5, 780), width=0.3, color=(0.5, 0.5, 0.5))
    facts += [
        F(None, 2024, "令和６年度決算", "total", "outstanding", "actual", man * 10000, "yen", oku_txt, page, approx=True),
        F("市税", 2024, "令和６年度決算", "total", "collection_rate", "actual", tax_rate, "percent", f"{tax_rate:.2f}％", page),
        F("国民健康保険税", 2024, "令和６年度決算", "total", "collection_rate", "actual", kk_rate, "percent", f"{kk_rate:.2f}％", page),
    ]
    # ------------- page 2: 表１ (西暦 years) + bar chart -------------
    pg = Pg(doc, 2)
    page = 2
    pg.html((50, 50, 545, 130),
            "<h2>第３章　債権の現状</h2>"
            f"<p>全会計の収入未済額は、令和２年度の{c(TOT[0])}百万円から減少を続け、令和６年度は約{round(tot24/100, 1)}億円となった"
            "（表１、図１）。会計別では、一般会計と国民健康保険事業特別会計で全体の８割以上を占める。</p>")
    facts.append(F(None, 2024, "令和６年度", "total", "outstanding", "actual", int(round(tot24 / 100, 1) * 1e8), "yen",
                   f"約{round(tot24/100, 1)}億円", page, approx=True))
    facts.append(F(None, 2020, "令和２年度", "total", "outstanding", "actual", int(round(TOT[0] * 1e6)), "yen", f"{c(TOT[0])}百万円", page))
    pg.text(50, 150, "表１　会計別収入未済額の推移", 10.5)
    pg.text(545, 150, "（単位：百万円）", 8.5, align="r")
    rows = [[("年度", "c", False)] + [(str(y), "c", False) for y in YEARS] + [("前年度比", "c", False)]]
    for a in ACCTS + ["合計"]:
        vals = M[a] if a != "合計" else TOT
        dlt = round(vals[4] - vals[3], 1)
        row = [(a, "l", a == "合計")] + [(f"{v:,.1f}", "r", a == "合計") for v in vals] + \
              [(("△" if dlt < 0 else "") + f"{abs(dlt):,.1f}", "r", a == "合計")]
        rows.append(row)
        for y, v in zip(YEARS, vals):
            facts.append(F(None, y, str(y), "total", "outstanding", "actual", int(round(v * 1e6)), "yen", f"{v:,.1f}", page,
                           debt_raw=a))
    pg.table(50, 158, [150, 55, 55, 55, 55, 55, 70], rows, fs=8.5, rh=17)
    pg.text(50, 158 + 17 * 8 + 12, "※ 水道事業会計・下水道事業会計は、未収金（営業未収金等）の額を計上している。△は減少。", 8, "M")
    # bar chart
    cy0, ch = 360, 250
    pg.text(pg.w / 2, cy0, "図１　収入未済額の推移（全会計、単位：百万円）", 10, align="c")
    ox, oy = 110, cy0 + 30 + ch
    pg.p.draw_line((ox, oy), (500, oy), width=0.8)
    pg.p.draw_line((ox, oy), (ox, cy0 + 30), width=0.8)
    vmax = 2000.0
    for t in (0, 500, 1000, 1500, 2000):
        yy = oy - t / vmax * ch
        pg.p.draw_line((ox - 3, yy), (500, yy), width=0.2, color=(0.7, 0.7, 0.7))
        pg.text(ox - 6, yy + 3, f"{t:,}", 7.5, "M", align="r")
    for i, (y, v) in enumerate(zip(YEARS, TOT)):
        bx = ox + 25 + i * 75
        bh = v / vmax * ch
        pg.p.draw_rect(fitz.Rect(bx, oy - bh, bx + 40, oy), color=None, fill=(0.35, 0.55, 0.8))
        pg.text(bx + 20, oy - bh - 4, f"{v:,.1f}", 8, "G", align="c")
        pg.text(bx + 20, oy + 12, f"R{y - 2018}", 8.5, "G", align="c")
        facts.append(F(None, y, f"R{y - 2018}", "total", "outstanding", "actual", int(round(v * 1e6)), "yen", f"{v:,.1f}", page))
    # ------------- pages 3-4: 表２ 会計・款・債権別 (continued without header) -------------
    pg = Pg(doc, 3)
    page = 3
    pg.html((50, 50, 545, 120),
            "<h3>（１）会計・款・債権別の状況</h3>"
            "<p>令和６年度決算における債権ごとの調定額、収入済額及び収入未済額は表２のとおりである。市税では"
            "固定資産税・都市計画税と個人市民税の収入未済額が大きく、特別会計では国民健康保険税が最も大きい。</p>")
    pg.text(50, 135, "表２　令和６年度　会計・款・債権別収入未済額", 10.5)
    pg.text(545, 135, "（単位：円）", 8.5, align="r")
    head = [[("会計", "c", False), ("款", "c", False), ("債権名", "c", False), ("調定額", "c", False),
             ("収入済額", "c", False), ("収入未済額", "c", False), ("収納率(%)", "c", False)]]
    colw = [90, 72, 100, 70, 70, 64, 36]

    def body_rows(subset, pgno):
        rows, fills = [], []
        prev = (None, None)
        for acct in ACCTS:
            rs = [r for r in subset if r[0] == acct]
            if not rs:
                continue
            for r in rs:
                o = outst(r)
                rt = rate(r[3], r[4])
                a_cell = (acct, "l", False) if prev[0] != acct else None
                k_cell = (r[1], "l", False) if prev != (acct, r[1]) else None
                rows.append([a_cell, k_cell, (r[2], "l", False), c(r[3]), c(r[4]), c(o), f"{rt:.2f}"])
                prev = (acct, r[1])
                for m, v, raw in [("assessed", r[3], c(r[3])), ("collected", r[4], c(r[4])), ("outstanding", o, c(o)),
                                  ("collection_rate", rt, f"{rt:.2f}")]:
                    facts.append(F(r[2], 2024, "令和６年度", "total", m, "actual", v, "percent" if m == "collection_rate" else "yen",
                                   raw, pgno))
            if all(r[0] != acct for r in T2[T2.index(rs[-1]) + 1:]):
                A = sum(r[3] for r in T2 if r[0] == acct)
                C = sum(r[4] for r in T2 if r[0] == acct)
                W = sum(r[5] for r in T2 if r[0] == acct)
                O = A - C - W
                rows.append([None, ("小計", "c", True), ("", "l", False), (c(A), "r", True), (c(C), "r", True),
                             (c(O), "r", True), (f"{rate(A, C):.2f}", "r", True)])
                fills.append(len(rows))
                for m, v, raw in [("assessed", A, c(A)), ("collected", C, c(C)), ("outstanding", O, c(O)),
                                  ("collection_rate", rate(A, C), f"{rate(A, C):.2f}")]:
                    facts.append(F(None, 2024, "令和６年度", "total", m, "actual", v, "percent" if m == "collection_rate" else "yen",
                                   raw, pgno, debt_raw=acct))
                prev = (None, None)
        return rows, fills

    part1 = [r for r in T2 if r[0] in ACCTS[:2]]
    rows, fills = body_rows(part1, 3)
    bottom = pg.table(46, 143, colw, head + rows, fs=7, rh=18, fill_rows=tuple(f for f in fills))
    pg.text(50, bottom + 14, "（次ページへ続く）", 8, "M")
    pg = Pg(doc, 4)
    page = 4
    part2 = [r for r in T2 if r[0] in ACCTS[2:]]
    rows, fills = body_rows(part2, 4)
    A, C, W = sum(r[3] for r in T2), sum(r[4] for r in T2), sum(r[5] for r in T2)
    O = A - C - W
    assert O == tot24_yen
    rows.append([("合　　計", "c", True), ("", "l", False), ("", "l", False), (c(A), "r", True), (c(C), "r", True),
                 (c(O), "r", True), (f"{rate(A, C):.2f}", "r", True)])
    fills.append(len(rows) - 1)
    for m, v, raw in [("assessed", A, c(A)), ("collected", C, c(C)), ("outstanding", O, c(O)),
                      ("collection_rate", rate(A, C), f"{rate(A, C):.2f}")]:
        facts.append(F(None, 2024, "令和６年度", "total", m, "actual", v, "percent" if m == "collection_rate" else "yen",
                       raw, page, debt_raw="合計"))
    bottom = pg.table(46, 60, colw, rows, fs=7, rh=18, heads=0, fill_rows=tuple(f - 1 for f in fills[:-1]) + (len(rows) - 1,))
    Wtot = W
    pg.html((50, bottom + 10, 545, bottom + 120),
            "<p class='n' style='font-size:8.5pt'>注　収入未済額＝調定額－収入済額－不納欠損額。"
            f"※令和６年度の不納欠損額{c(Wtot)}円を調定額から差し引いている。</p>")
    facts.append(F(None, 2024, "令和６年度", "total", "written_off", "actual", Wtot, "yen", f"{c(Wtot)}円", page))
    # ------------- page 5: 目標 -------------
    pg = Pg(doc, 5)
    page = 5
    tgt_out = 1_600_000_000
    pg.html((50, 50, 545, 230),
            "<h2>第４章　計画の目標</h2>"
            "<p>計画期間の最終年度である令和１０年度に向け、次の目標を定める。</p>"
            "<p class='n'>（１）全会計の収入未済額を、令和１０年度決算において１６億円以下とする。</p>"
            "<p class='n'>（２）市税の現年課税分の収納率を、令和１０年度において９９．４０％以上とする。</p>"
            "<p class='n'>（３）主要債権ごとの年度別目標収納率は、表３のとおりとする。</p>")
    facts += [F(None, 2028, "令和１０年度決算", "total", "outstanding", "target", tgt_out, "yen", "１６億円以下", page),
              F("市税", 2028, "令和１０年度", "current", "collection_rate", "target", 99.40, "percent", "９９．４０％以上", page)]
    pg.text(50, 250, "表３　主要債権の目標収納率", 10.5)
    pg.text(545, 250, "単位：％", 8.5, align="r")
    pg.text(297, 266, "計画期間：令和８年度～令和１０年度", 9, "M", align="c")
    T3 = [
        ("市税（現年）", "市税", "current", 99.21, [99.25, 99.30, 99.40]),
        ("市税（滞繰）", "市税", "arrears", 31.84, [32.5, 33.5, 35.0]),
        ("国保税（現年）", "国民健康保険税", "current", 94.12, [94.3, 94.6, 95.0]),
        ("国保税（滞繰）", "国民健康保険税", "arrears", 19.77, [20.5, 21.5, 23.0]),
        ("介護保険料（現年）", "介護保険料", "current", 99.52, [99.55, 99.60, 99.65]),
        ("住宅使用料（現年）", "市営住宅使用料", "current", 97.36, [97.5, 97.8, 98.0]),
        ("住宅使用料（滞繰）", "市営住宅使用料", "arrears", 12.05, [13.0, 14.0, 15.0]),
    ]
    rows = [[("", "c", False), ("R6実績", "c", False), ("R8", "c", False), ("R9", "c", False), ("R10", "c", False)]]
    for lab, debt, seg, base, tg in T3:
        rows.append([(lab, "l", False), f"{base:.2f}"] + [f"{t:.2f}" if t * 100 % 10 else f"{t:.1f}" for t in tg])
        facts.append(F(debt, 2024, "R6実績", seg, "collection_rate", "actual", base, "percent", f"{base:.2f}", page, debt_raw=lab))
        for y, t in zip((2026, 2027, 2028), tg):
            raw = f"{t:.2f}" if t * 100 % 10 else f"{t:.1f}"
            facts.append(F(debt, y, f"R{y - 2018}", seg, "collection_rate", "target", t, "percent", raw, page, debt_raw=lab))
    bottom = pg.table(90, 274, [140, 70, 70, 70, 70], rows, fs=9, rh=19)
    pg.text(90, bottom + 14, "※ 現年＝現年課税分（現年度分）、滞繰＝滞納繰越分。R6実績は令和６年度決算の値。", 8, "M")
    # ------------- pages 6-7: 取組 (1-1 numbering, sub bullets, list over a page break) -------------
    SEC = "第５章　目標達成に向けた取組"
    items = [
        ("基本方針１　滞納の未然防止", [
            ("1-1", None, "口座振替とキャッシュレス納付の利用を広げ、納め忘れによる滞納を防ぐ。",
             ["納税通知書にスマートフォン決済用の二次元コードを印刷する。", "転入・就職の手続の際に口座振替を案内する。"], "継続", False),
            ("1-2", None, "納期限前の案内を電子化し、普通徴収の納付者全員にＳＭＳで送信する。", [], "拡充", True),
            ("1-3", "保育所保護者負担金", "保育所保護者負担金の納付方法を口座振替に一本化する。", [], "新規", False),
        ]),
        ("基本方針２　早期かつ確実な徴収", [
            ("2-1", None, "督促状の発付後３０日以内に一斉催告を行い、反応のない者には財産調査に着手する。", [], "継続", False),
            ("2-2", "国民健康保険税", "国民健康保険税の滞納者について、収納課と保険年金課の合同で滞納整理日を設ける。",
             ["高額・長期の滞納案件から優先して差押えを行う。", "分納誓約の不履行者には、誓約の取消しと滞納処分を行う。"], "新規", True),
            ("2-3", "市営住宅使用料", "市営住宅使用料の３か月以上の滞納者について、連帯保証人への請求と明渡し請求を行う。", [], "継続", False),
        ]),
        ("基本方針３　債権の適正な整理", [
            ("3-1", None, "徴収停止と債権放棄の判断基準を手順書にまとめ、全庁で統一して運用する。", [], "新規", False),
            ("3-2", None, "時効の管理を債権管理システムで行い、時効完成前に催告と承認の取得を行う。",
             ["時効が近い債権の一覧を毎月各所管課に送付する。"], "拡充", False),
        ]),
    ]
    pages_html = {6: "<h2>第５章　目標達成に向けた取組</h2>"
                     "<p>第４章の目標を達成するため、三つの基本方針の下で次の取組を行う。</p>", 7: ""}
    page_of = {"基本方針１　滞納の未然防止": 6, "基本方針２　早期かつ確実な徴収": 6, "基本方針３　債権の適正な整理": 7}
    for head, its in items:
        pno = page_of[head]
        h = f"<h3>{head}</h3>"
        for lab, debt, text, subs, st, wrap in its:
            full = text + "".join("・" + x for x in subs)
            tag = f"【{st}】"
            if subs:
                line = f"<p class='n'><b>{lab}</b>　{tag}{text}</p>"
            else:
                line = f"<p class='n'><b>{lab}</b>　{text}" + ("<br>　　" + tag if wrap else tag) + "</p>"
            for s in subs:
                line += f"<p class='n' style='margin-left:3em'>・{s}</p>"
            h += line
            inits.append(I(debt, 2026, SEC, lab, full, st, pno))
        pages_html[pno] += h
    pg = Pg(doc, 6)
    pg.html((50, 50, 545, 790), pages_html[6])
    pg = Pg(doc, 7)
    pg.html((50, 50, 545, 400), pages_html[7] +
            "<h3>推進体制</h3><p>副市長を会長とする債権管理推進会議において、毎年度、前年度決算に基づき目標の達成状況を確認し、"
            "必要に応じて取組を見直す。</p>")
    doc.subset_fonts()
    out = ROOT / "pdf" / f"{STEM}.pdf"
    doc.save(out, garbage=4, deflate=True)
    document = {"kind": "plan", "municipality": MUNI, "title": TITLE, "date": "2026-03-01", "date_raw": "令和８年３月"}
    write_gold(STEM, document, facts, inits)


if __name__ == "__main__":
    build()
