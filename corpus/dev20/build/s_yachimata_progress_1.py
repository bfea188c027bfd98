"""八街市「令和５年度 債権管理の取組状況（令和６年２月末現在）」(progress_report): PyMuPDF direct drawing, A4, 4 pages.

Modelled on 八街市's half-year report 「平成19年度下半期財政事情」(http://www.city.yachimata.lg.jp/top/new/jijyo19b.html):
numbered sections 1 の動向 / 2 方針 / 3… of figures, as a mid-year progress report on 債権管理.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from s_common import PDF, check, comma, fact, init, rate, write_gold  # noqa: E402

STEM = "s_yachimata_progress_1"
CITY = "八街市"
TITLE = "令和５年度　債権管理の取組状況（令和６年２月末現在）"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FM, FG = pymupdf.Font(fontfile=MINCHO), pymupdf.Font(fontfile=GOTHIC)
W, H = pymupdf.paper_size("a4")
LM, RM = 62, W - 62
AS_OF, AS_OF_PREV = "2024-02-29", "2023-02-28"
R6, R5 = "令和６年２月末", "令和５年２月末"

# 2月末: current rate now/prev, arrears rate now/prev, outstanding 千円 now/prev
RATES = [
    ("市税", 89.37, 89.02, 24.81, 23.66, 1_021_344, 1_088_905),
    ("国民健康保険税", 88.41, 87.95, 21.07, 19.88, 1_302_516, 1_377_240),
    ("介護保険料", 92.60, 92.71, 18.35, 17.02, 61_208, 63_550),
    ("後期高齢者医療保険料", 97.12, 97.05, 40.18, 38.64, 9_851, 10_412),
    ("保育料", 90.05, 89.40, 15.33, 16.10, 24_316, 22_980),
    ("市営住宅使用料", 91.84, 92.30, 11.92, 10.75, 35_177, 36_904),
    ("下水道使用料", 93.46, 93.12, 35.60, 33.90, 18_022, 19_611),
]
# 市営住宅使用料 R3, R4 決算 and 5年度見込み (千円): assessed, collected, written_off
HOUSING = [("R3決算", 2021, "actual", 231_408, 190_512, 3_120),
           ("R4決算", 2022, "actual", 227_955, 189_904, 2_811),
           ("5年度見込み", 2023, "estimate", 225_300, 188_700, 2_500)]


class Pager:
    def __init__(self):
        self.doc = pymupdf.open()
        self.page = None
        self.n = 0

    def new(self):
        self.page = self.doc.new_page(width=W, height=H)
        self.page.insert_font(fontname="m", fontfile=MINCHO)
        self.page.insert_font(fontname="g", fontfile=GOTHIC)
        self.n += 1
        self.text(LM, 36, "八街市　債権管理の取組状況", 8, "g")
        self.text(RM - FG.text_length("総務部納税課", 8), 36, "総務部納税課", 8, "g")
        self.page.draw_line((LM, 41), (RM, 41), width=0.5)
        foot = f"－ {self.n} －"
        self.text(W / 2 - FM.text_length(foot, 9) / 2, H - 30, foot, 9)
        self.y = 70

    def text(self, x, y, s, size=10.5, font="m"):
        self.page.insert_text((x, y), s, fontname=font, fontsize=size)

    def width(self, s, size=10.5, font="m"):
        return (FG if font == "g" else FM).text_length(s, size)

    def para(self, s, size=10.5, font="m", indent=10.5, left=LM, right=RM, lead=1.75):
        """Wrap s into lines that fit; first line indented."""
        x0 = left + indent
        line = ""
        lines = []
        for ch in s:
            if self.width(line + ch, size, font) > right - (x0 if not lines else left):
                lines.append(line)
                line = ""
            line += ch
        lines.append(line)
        for k, ln in enumerate(lines):
            self.text(x0 if k == 0 else left, self.y, ln, size, font)
            self.y += size * lead
        return lines

    def head(self, s, size=12):
        self.y += 4
        self.text(LM, self.y, s, size, "g")
        self.y += size * 1.9


def build():
    P = Pager()
    P.new()
    facts, inits = [], []
    # title block
    P.text(W / 2 - P.width(TITLE, 14, "g") / 2, P.y + 6, TITLE, 14, "g")
    P.y += 34
    for s in ("令和６年３月２２日", "八街市総務部納税課"):
        P.text(RM - P.width(s), P.y, s)
        P.y += 17
    P.y += 8
    P.head("１　収納の動向")
    cur, arr = RATES[0][1], RATES[0][3]
    s1 = ("令和６年２月末現在の市税の収入済額は約86億2,400万円で、調定額に対する収納率は現年課税分が"
          f"{cur:.2f}％（前年同期{RATES[0][2]:.2f}％）、滞納繰越分が{arr:.2f}％となっています。")
    P.para(s1)
    facts += [
        fact("市税", 2023, R6, "total", "collected", "interim", 8_624_000_000, "yen", "約86億2,400万円", 1,
             approx=True, as_of=AS_OF),
        fact("市税", 2023, R6, "current", "collection_rate", "interim", cur, "percent", f"{cur:.2f}％", 1, as_of=AS_OF),
        fact("市税", 2022, "前年同期", "current", "collection_rate", "interim", RATES[0][2], "percent",
             f"{RATES[0][2]:.2f}％", 1, as_of=AS_OF_PREV),
        fact("市税", 2023, R6, "arrears", "collection_rate", "interim", arr, "percent", f"{arr:.2f}％", 1, as_of=AS_OF),
    ]
    s2 = ("また、令和４年度決算における本市の収入未済額は、全会計で約21億3,600万円となり、前年度から約1億1,800万円"
          "減少しましたが、依然として多額であることから、引き続き全庁を挙げて縮減に取り組みます。")
    P.para(s2)
    facts.append(fact(None, 2022, "令和４年度", "total", "outstanding", "actual", 2_136_000_000, "yen",
                      "約21億3,600万円", 1, approx=True, debt_raw="全会計"))
    P.y += 6
    P.head("２　取組方針")
    items = [
        ("(1)", "現年度分の滞納を翌年度に繰り越さないよう、納期限後２０日以内の督促と早期の電話催告を徹底する。", "継続"),
        ("(2)", "財産調査を全件で実施し、納付資力がありながら納付しない者には差押え等の滞納処分を行う。", "継続"),
        ("(3)", "納税課と債権所管課の合同催告を年２回実施し、税外債権の徴収ノウハウを共有する。", "拡充"),
        ("(4)", "スマートフォン決済アプリによる納付の対象を、保育料及び市営住宅使用料に広げる。", "新規"),
    ]
    top = P.y - 12
    P.y += 6
    for lab, t, st in items:
        body = f"{lab}　{t}"
        if lab == "(3)":
            # tag wrapped to the next line on its own
            P.para(body, indent=6, left=LM + 14, right=RM - 12, lead=1.7)
            P.text(LM + 14, P.y, f"【{st}】")
            P.y += 10.5 * 1.7
        else:
            P.para(body + f"【{st}】", indent=6, left=LM + 14, right=RM - 12, lead=1.7)
        inits.append(init(None, 2023, "取組方針", lab, t, st, 1))
    P.page.draw_rect(pymupdf.Rect(LM, top, RM, P.y - 4), width=0.8)
    P.y += 14
    P.para("なお、各債権の収納率及び収入未済額の状況は次頁以降のとおりです。令和５年度の最終的な実績は、出納整理期間後の"
           "決算確定をもって改めて公表します。")

    # page 2: rates table, horizontal rules only
    P.new()
    P.head("３　主要債権の収納率（２月末現在）")
    unit = "単位：％、ポイント"
    P.text(RM - P.width(unit, 9), P.y - 6, unit, 9)
    cols = [LM, LM + 120, LM + 182, LM + 244, LM + 292, LM + 354, LM + 416, RM]
    y0 = P.y
    pg = P.page
    pg.draw_line((LM, y0), (RM, y0), width=1.0)
    hy = y0 + 15
    P.text(LM + 4, hy + 8, "債権名", 9.5, "g")
    for x0, x1, t in ((cols[1], cols[4], "現年分"), (cols[4], cols[7], "滞納繰越分")):
        P.text((x0 + x1) / 2 - P.width(t, 9.5, "g") / 2, hy, t, 9.5, "g")
    pg.draw_line((cols[1] + 4, hy + 4), (cols[7], hy + 4), width=0.4)
    hy2 = hy + 17
    for k, t in enumerate(["R6.2月末", "R5.2月末", "差"] * 2):
        x0, x1 = cols[1 + k], cols[2 + k]
        P.text(x1 - 6 - P.width(t, 9, "g"), hy2, t, 9, "g")
    yrow = hy2 + 7
    pg.draw_line((LM, yrow), (RM, yrow), width=0.6)
    for name, cn, cp, an, ap, on, op in RATES:
        yrow += 19
        P.text(LM + 4, yrow - 5, name, 9.5)
        vals = [f"{cn:.2f}", f"{cp:.2f}", f"{cn - cp:+.2f}".replace("-", "△").replace("+", ""),
                f"{an:.2f}", f"{ap:.2f}", f"{an - ap:+.2f}".replace("-", "△").replace("+", "")]
        for k, v in enumerate(vals):
            x1 = cols[2 + k]
            P.text(x1 - 6 - P.width(v, 9.5), yrow - 5, v, 9.5)
        pg.draw_line((LM, yrow + 1), (RM, yrow + 1), width=0.3)
        facts += [
            fact(name, 2023, "R6.2月末", "current", "collection_rate", "interim", cn, "percent", f"{cn:.2f}", 2, as_of=AS_OF),
            fact(name, 2022, "R5.2月末", "current", "collection_rate", "interim", cp, "percent", f"{cp:.2f}", 2,
                 as_of=AS_OF_PREV),
            fact(name, 2023, "R6.2月末", "arrears", "collection_rate", "interim", an, "percent", f"{an:.2f}", 2, as_of=AS_OF),
            fact(name, 2022, "R5.2月末", "arrears", "collection_rate", "interim", ap, "percent", f"{ap:.2f}", 2,
                 as_of=AS_OF_PREV),
        ]
    pg.draw_line((LM, yrow + 1), (RM, yrow + 1), width=1.0)
    P.y = yrow + 18
    P.para("※R6.2月末は令和６年２月２９日現在、R5.2月末は令和５年２月２８日現在の数値。差は前年同期との比較。", 8.5,
           indent=0)
    P.y += 16
    # no-rule table
    P.head("４　収入未済額の状況（２月末現在）")
    unit = "（単位：千円）"
    P.text(RM - P.width(unit, 9), P.y - 14, unit, 9)
    c = [LM + 10, LM + 250, LM + 330, LM + 410]
    P.text(c[0], P.y, "債権名", 9.5, "g")
    for x, t in zip(c[1:], ["令和６年２月末", "令和５年２月末", "増減"]):
        P.text(x + 60 - P.width(t, 9.5, "g"), P.y, t, 9.5, "g")
    P.y += 20
    tn = tp = 0
    for name, cn, cp, an, ap, on, op in RATES + [("合計", None, None, None, None, None, None)]:
        if name == "合計":
            on, op = tn, tp
            P.y += 4
        tn += on if name != "合計" else 0
        tp += op if name != "合計" else 0
        P.text(c[0] + (24 if name == "合計" else 0), P.y, name, 9.5, "g" if name == "合計" else "m")
        for x, v in zip(c[1:], [comma(on), comma(op), comma(on - op)]):
            P.text(x + 60 - P.width(v, 9.5), P.y, v, 9.5)
        P.y += 18
        d = None if name == "合計" else name
        facts += [fact(d, 2023, R6, "total", "outstanding", "interim", on * 1000, "yen", comma(on), 2, as_of=AS_OF,
                       debt_raw=name),
                  fact(d, 2022, R5, "total", "outstanding", "interim", op * 1000, "yen", comma(op), 2,
                       as_of=AS_OF_PREV, debt_raw=name)]

    # page 3: 債権ごとの取組
    P.new()
    nk = RATES[1]
    P.head("５　債権ごとの取組（国民健康保険税）")
    P.text(LM + 10, P.y, "【収納率】令和６年２月末時点", 10.5, "g")
    P.y += 19
    for seg, v, pv, sk in (("現年分", nk[1], nk[2], "current"), ("滞納繰越分", nk[3], nk[4], "arrears")):
        P.text(LM + 20, P.y, f"・{seg}　{v:.2f}％（前年同期　{pv:.2f}％）")
        P.y += 18
        facts += [fact("国民健康保険税", 2023, "令和６年２月末", sk, "collection_rate", "interim", v, "percent",
                       f"{v:.2f}％", 3, as_of=AS_OF),
                  fact("国民健康保険税", 2022, "前年同期", sk, "collection_rate", "interim", pv, "percent",
                       f"{pv:.2f}％", 3, as_of=AS_OF_PREV)]
    P.y += 6
    P.text(LM + 10, P.y, "【主な取組】", 10.5, "g")
    P.y += 19
    kk = [("ア", "資格確認書の交付窓口で納付相談を行い、分割納付の計画を立てる。", "継続"),
          ("イ", "滞納繰越分の高額案件を納税課へ移管し、市税と一体で滞納整理を行う。", "拡充"),
          ("ウ", "国民健康保険加入届の受付時に口座振替の申込みを受ける。", "継続")]
    for lab, t, st in kk:
        P.para(f"{lab}　{t}【{st}】", indent=0, left=LM + 20)
        inits.append(init("国民健康保険税", 2023, "債権ごとの取組（国民健康保険税）", lab, t, st, 3))
    P.y += 12
    kg = RATES[2]
    P.head("６　債権ごとの取組（介護保険料）")
    P.para(f"２月末の現年分の収納率は{kg[1]:.2f}％と、前年同期を下回っています。普通徴収の被保険者への納付勧奨を強化し、"
           "年度末までの回復を目指します。", indent=10.5)
    facts.append(fact("介護保険料", 2023, "２月末", "current", "collection_rate", "interim", kg[1], "percent",
                      f"{kg[1]:.2f}％", 3, as_of=AS_OF))
    P.y += 4
    kg_items = [("①", "年金からの特別徴収に切り替わるまでの期間は、納付書とあわせて口座振替の案内を送付する。", "継続"),
                ("②", "滞納期間に応じた給付制限の内容を、督促状に記載して周知する。", "新規")]
    for lab, t, st in kg_items:
        P.para(f"{lab}　{t}【{st}】", indent=0, left=LM + 20)
        inits.append(init("介護保険料", 2023, "債権ごとの取組（介護保険料）", lab, t, st, 3))

    # page 4: label/value box + years-as-columns table
    P.new()
    P.head("７　債権ごとの取組（市営住宅使用料）")
    bx = [LM, LM + 80, LM + 260, LM + 340, RM]
    yb = P.y - 4
    for k, t in enumerate(["債権名", "市営住宅使用料", "所管課", "都市整備課"]):
        P.text(bx[k] + 8, yb + 15, t, 10, "g" if k % 2 == 0 else "m")
    for x in bx:
        P.page.draw_line((x, yb), (x, yb + 22), width=0.6)
    P.page.draw_line((LM, yb), (RM, yb), width=0.6)
    P.page.draw_line((LM, yb + 22), (RM, yb + 22), width=0.6)
    P.y = yb + 46
    unit = "単位：千円"
    P.text(RM - P.width(unit, 9), P.y - 8, unit, 9)
    tc = [LM, LM + 130, LM + 230, LM + 330, RM - 70]
    rows = [["区分"] + [h[0] for h in HOUSING]]
    data = []
    for lab, fy, basis, a, cl, wo in HOUSING:
        out = a - cl - wo
        data.append((lab, fy, basis, a, cl, wo, out, rate(cl, a)))
    names = [("調定額", "assessed", 3), ("収入済額", "collected", 4), ("不納欠損額", "written_off", 5),
             ("収入未済額", "outstanding", 6), ("収納率（％）", "collection_rate", 7)]
    for lab, m, k in names:
        rows.append([lab] + [(f"{d[k]:.2f}" if m == "collection_rate" else comma(d[k])) for d in data])
        for d in data:
            v = d[k]
            if m == "collection_rate":
                facts.append(fact("市営住宅使用料", d[1], d[0], "total", m, d[2], v, "percent", f"{v:.2f}", 4))
            else:
                facts.append(fact("市営住宅使用料", d[1], d[0], "total", m, d[2], v * 1000, "yen", comma(v), 4))
    ty = P.y
    rh = 21
    for i, row in enumerate(rows):
        yy = ty + rh * i
        for k, cell in enumerate(row):
            f = "g" if i == 0 or k == 0 else "m"
            if k == 0:
                P.text(tc[0] + 6, yy + 15, cell, 9.5, f)
            else:
                P.text(tc[k + 1] - 8 - P.width(cell, 9.5, f), yy + 15, cell, 9.5, f)
    for i in range(len(rows) + 1):
        P.page.draw_line((tc[0], ty + rh * i), (tc[-1], ty + rh * i), width=0.5)
    for x in tc:
        P.page.draw_line((x, ty), (x, ty + rh * len(rows)), width=0.5)
    P.y = ty + rh * len(rows) + 16
    P.para("※5年度見込みは、令和６年２月末の実績に３月から出納整理期間までの収納見込額を加えて推計したもの。", 8.5, indent=0)
    P.y += 10
    P.text(LM + 10, P.y, "【令和６年度に向けた取組】", 10.5, "g")
    P.y += 19
    hs = [("・", "家賃滞納が３か月に達した入居者には、連帯保証人を交えた納付指導を行う。", "継続"),
          ("・", "退去済み滞納者の所在調査を進め、支払督促の申立てを行う。", "拡充")]
    for lab, t, st in hs:
        P.para(f"{lab}{t}【{st}】", indent=0, left=LM + 20)
        inits.append(init("市営住宅使用料", 2024, "令和６年度に向けた取組", lab, t, st, 4))
    P.y += 14
    P.head("８　今後の予定")
    P.para("令和５年度の決算確定後、令和６年６月に予定している令和６年度第１回八街市債権管理推進会議において、"
           "各債権の最終的な実績と令和６年度の目標を報告します。")
    P.doc.subset_fonts()
    P.doc.set_metadata({"title": TITLE, "author": "八街市総務部納税課", "producer": "", "creator": ""})
    P.doc.save(PDF / f"{STEM}.pdf", garbage=4, deflate=True)
    return facts, inits


if __name__ == "__main__":
    facts, inits = build()
    doc = {"kind": "progress_report", "municipality": CITY, "title": TITLE, "date": "2024-03-22",
           "date_raw": "令和６年３月２２日"}
    write_gold(STEM, doc, facts, inits)
    print(STEM, check(STEM))
