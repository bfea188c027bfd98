"""豊橋市債権管理計画（第3次）推進シート — PyMuPDF direct drawing (one page rotated with /Rotate)."""
from __future__ import annotations

import pymupdf as fitz

from r_common import PDF, comma, fact, init, rate, write_gold

STEM = "r_toyohashi_keikaku_1"
CITY = "豊橋市"
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
A4 = (595, 842)


class Canvas:
    def __init__(self, page):
        self.p = page
        page.insert_font(fontname="G", fontfile=GOTH)
        page.insert_font(fontname="M", fontfile=MIN)

    def text(self, x, y, s, size=9, font="M", align="l", w=None, color=(0, 0, 0)):
        fnt = fitz.Font(fontfile=GOTH if font == "G" else MIN)
        tw = fnt.text_length(s, fontsize=size)
        if align == "r":
            x = x - tw
        elif align == "c":
            x = x - tw / 2
        self.p.insert_text((x, y), s, fontname=font, fontsize=size, color=color)
        return tw

    def line(self, a, b, w=0.6):
        self.p.draw_line(a, b, width=w)

    def rect(self, r, w=0.6, fill=None):
        self.p.draw_rect(r, width=w, fill=fill, color=(0, 0, 0))

    def grid(self, x0, y0, colw, rowh, cells, size=8, font="M", aligns=None, fills=None):
        """cells: list of rows; each a list of str; draws full grid. returns bottom y."""
        y = y0
        for ri, row in enumerate(cells):
            x = x0
            h = rowh[ri] if isinstance(rowh, list) else rowh
            for ci, s in enumerate(row):
                w = colw[ci]
                fill = fills[ri] if fills else None
                self.p.draw_rect(fitz.Rect(x, y, x + w, y + h), width=0.5, color=(0, 0, 0), fill=fill)
                al = (aligns[ci] if aligns else "c") if ri else "c"
                lines = s.split("\n")
                for li, ln in enumerate(lines):
                    ty = y + h / 2 + size * 0.35 + (li - (len(lines) - 1) / 2) * (size + 1)
                    if al == "r":
                        self.text(x + w - 3, ty, ln, size, font, "r")
                    elif al == "l":
                        self.text(x + 3, ty, ln, size, font, "l")
                    else:
                        self.text(x + w / 2, ty, ln, size, font, "c")
                x += w
            y += h
        return y

    def para(self, x, y, s, size=9.5, width=480, font="M", lead=1.55):
        """simple wrapping by character width; returns new y."""
        fnt = fitz.Font(fontfile=GOTH if font == "G" else MIN)
        line = ""
        for ch in s:
            if fnt.text_length(line + ch, fontsize=size) > width:
                self.text(x, y, line, size, font)
                y += size * lead
                line = ch
            else:
                line += ch
        if line:
            self.text(x, y, line, size, font)
            y += size * lead
        return y


def header_footer(c, pno, head, w=595, h=842):
    c.text(w - 40, 30, head, 8, "G", "r")
    c.line((40, 36), (w - 40, 36), 0.4)
    c.text(w / 2, h - 28, f"- {pno} -", 9, "M", "c")


# ---------------------------------------------------------------- data
SHIZEI = {  # 千円: year, 調定現, 調定滞, 収納率現 target, 収納率滞 target, 不納欠損, 滞納者数
    2020: (38215400, 1512300, 98.62, 26.80, 152300, 9120),
    2021: (38702100, 1398700, 98.80, 28.10, 131200, 8615),
    2022: (39105600, 1301500, 98.95, 29.40, 118400, 8102),
    2023: (39512300, 1215800, 99.04, 30.35, 104700, 7688),
    2024: (39840700, 1132600, 99.10, 31.52, 98600, 7305),
}
KOKUHO = {  # 千円
    2020: (5821400, 1420300, 93.10, 21.40, 201500, 4510),
    2021: (5763200, 1338100, 93.62, 22.35, 184200, 4302),
    2022: (5702500, 1265400, 94.05, 23.10, 170300, 4120),
    2023: (5655800, 1201200, 94.48, 24.05, 158900, 3954),
    2024: (5610300, 1143700, 94.90, 25.20, 149200, 3788),
}
GESUI = {
    2020: (2412300, 58200, 99.21, 30.10, 3100),
    2021: (2425800, 52400, 99.28, 31.80, 2800),
    2022: (2431100, 47900, 99.33, 33.05, 2500),
    2023: (2440600, 44100, 99.38, 34.20, 2300),
    2024: (2452900, 40800, 99.42, 35.15, 2100),
}


def derive(tbl, has_deleg=True):
    out = {}
    for y, v in tbl.items():
        cc, ca, rc, ra, kes = v[:5]
        sc = round(cc * rc / 100)
        sa = round(ca * ra / 100)
        rc2, ra2 = rate(sc, cc), rate(sa, ca)
        mis = cc + ca - sc - sa - kes
        out[y] = dict(cc=cc, ca=ca, sc=sc, sa=sa, rc=rc2, ra=ra2, kes=kes, mis=mis,
                      rt=rate(sc + sa, cc + ca), deleg=v[5] if has_deleg and len(v) > 5 else None)
    return out


WAREKI = {2019: "令和元年度", 2020: "令和2年度", 2021: "令和3年度", 2022: "令和4年度", 2023: "令和5年度",
          2024: "令和6年度"}


def build():
    facts, inits = [], []
    doc = fitz.open()
    head = "豊橋市債権管理計画（第3次）"
    sz = derive(SHIZEI)
    kk = derive(KOKUHO)
    gs = derive(GESUI, has_deleg=False)

    # ---------- page 1: cover + overview
    pg = doc.new_page(width=A4[0], height=A4[1])
    c = Canvas(pg)
    header_footer(c, 1, head)
    c.text(297, 110, "豊橋市債権管理計画（第3次）", 20, "G", "c")
    c.text(297, 140, "令和8年度～令和12年度", 13, "G", "c")
    c.text(297, 170, "令和8年3月　豊橋市財務部", 11, "M", "c")
    y = 230
    c.text(50, y, "１　計画の目的と対象", 12, "G")
    y += 22
    tot_mis = 3145200000
    y = c.para(55, y, "本計画は、市が保有する債権の適正な管理と収入未済額の縮減を目的として、令和8年度から令和12年度までの"
                      "5か年を計画期間とし、債権ごとの推進シートにより目標と取組を定めるものである。", width=480)
    y += 8
    c.text(50, y + 6, "２　収入未済額の状況", 12, "G")
    y += 28
    s = ("令和6年度決算における市全体の収入未済額は約31億4,520万円であり、第2次計画の初年度である令和3年度と比べ"
         "約6億円減少した。このうち市税は" + f"{sz[2024]['mis'] / 100000:,.1f}" + "百万円、国民健康保険税は"
         + f"{kk[2024]['mis'] / 100000:,.1f}" + "百万円となっている。")
    y = c.para(55, y, s, width=480)
    facts.append(fact(None, 2024, "令和6年度", "total", "outstanding", "actual", tot_mis, "yen", "約31億4,520万円", 1,
                      approx=True, debt_raw=None))
    for nm, dd in (("市税", sz), ("国民健康保険税", kk)):
        v = round(dd[2024]["mis"] / 100) * 100000
        facts.append(fact(nm, 2024, "令和6年度", "total", "outstanding", "actual", v, "yen",
                          f"{dd[2024]['mis'] / 100000:,.1f}百万円", 1))
    y += 10
    c.text(50, y + 6, "３　推進シート", 12, "G")
    y += 28
    for i, (nm, pgno) in enumerate((("５－１ 債権ごとの取組（市税）", 2), ("５－２ 債権ごとの取組（国民健康保険税）", 4),
                                    ("５－３ 推進シート", 6)), 1):
        c.text(60, y, nm, 10)
        c.text(520, y, f"{pgno}頁", 10, "M", "r")
        y += 18

    # ---------- page 2: landscape content shown on a rotated portrait page
    tmp = fitz.open()
    lp = tmp.new_page(width=842, height=595)
    c = Canvas(lp)
    c.text(802, 30, head, 8, "G", "r")
    c.line((40, 36), (802, 36), 0.4)
    c.text(40, 62, "５－１　債権ごとの取組（市税）", 13, "G")
    c.text(40, 86, "(1) 直近5か年の収納状況", 10.5, "G")
    cols = ["年度", "調定額\n（現年）", "収入済額\n（現年）", "収納率\n（現年）", "調定額\n(滞繰分)", "収入済額\n(滞繰分)",
            "収納率\n（滞繰）", "不納欠損額", "収入未済額", "滞納者数"]
    colw = [48, 84, 84, 56, 78, 78, 56, 72, 78, 56]
    x_right = 40 + sum(colw)
    c.text(x_right, 96, "（単位：千円、人）", 8, "M", "r")
    rows = [cols]
    page = 2
    for y_, d in sz.items():
        rows.append([str(y_), comma(d["cc"]), comma(d["sc"]), f"{d['rc']:.2f}%", comma(d["ca"]), comma(d["sa"]),
                     f"{d['ra']:.2f}%", comma(d["kes"]), comma(d["mis"]), f"{d['deleg']:,}"])
        fr = str(y_)
        for seg, m, key in (("current", "assessed", "cc"), ("current", "collected", "sc"), ("arrears", "assessed", "ca"),
                            ("arrears", "collected", "sa"), ("total", "written_off", "kes"),
                            ("total", "outstanding", "mis")):
            facts.append(fact("市税", y_, fr, seg, m, "actual", d[key] * 1000, "yen", comma(d[key]), page))
        facts.append(fact("市税", y_, fr, "current", "collection_rate", "actual", d["rc"], "percent", f"{d['rc']:.2f}%",
                          page))
        facts.append(fact("市税", y_, fr, "arrears", "collection_rate", "actual", d["ra"], "percent", f"{d['ra']:.2f}%",
                          page))
        facts.append(fact("市税", y_, fr, "total", "delinquents", "actual", d["deleg"], "persons", f"{d['deleg']:,}",
                          page))
    yb = c.grid(40, 102, colw, [30] + [20] * 5, rows, size=8,
                aligns=["c", "r", "r", "r", "r", "r", "r", "r", "r", "r"], fills=[(0.9, 0.9, 0.9)] + [None] * 5)
    c.text(40, yb + 12, "※収入未済額は現年・滞繰の合計。収納率は収入済額÷調定額（小数点第3位四捨五入）。", 7.5)
    yb += 40
    c.text(40, yb, "(2) 目標", 10.5, "G")
    c.text(120, yb, "計画期間：令和8年度～令和12年度", 9.5, "M")
    tg = {2026: (99.15, 32.50, 1085000), 2027: (99.20, 33.50, 1040000), 2028: (99.25, 34.50, 995000),
          2029: (99.30, 35.50, 950000), 2030: (99.35, 36.50, 905000)}
    trow = [["区分"] + [f"R{y_ - 2018}" for y_ in tg]]
    trow.append(["収納率（現年）"] + [f"{v[0]:.2f}%" for v in tg.values()])
    trow.append(["収納率（滞繰）"] + [f"{v[1]:.2f}%" for v in tg.values()])
    trow.append(["収入未済額（千円）"] + [comma(v[2]) for v in tg.values()])
    for y_, v in tg.items():
        r_ = f"R{y_ - 2018}"
        facts.append(fact("市税", y_, r_, "current", "collection_rate", "target", v[0], "percent", f"{v[0]:.2f}%", page))
        facts.append(fact("市税", y_, r_, "arrears", "collection_rate", "target", v[1], "percent", f"{v[1]:.2f}%", page))
        facts.append(fact("市税", y_, r_, "total", "outstanding", "target", v[2] * 1000, "yen", comma(v[2]), page))
    c.grid(40, yb + 10, [110] + [90] * 5, 20, trow, size=8.5, aligns=["l"] + ["r"] * 5,
           fills=[(0.9, 0.9, 0.9)] + [None] * 3)
    c.text(421, 575, "- 2 -", 9, "M", "c")
    pg = doc.new_page(width=A4[0], height=A4[1])
    pg.show_pdf_page(pg.rect, tmp, 0, rotate=90)
    pg.set_rotation(90)

    # ---------- page 3: chart + 取組 (市税)
    page = 3
    pg = doc.new_page(width=A4[0], height=A4[1])
    c = Canvas(pg)
    header_footer(c, page, head)
    c.text(50, 66, "(3) 市税　収入未済額の推移（百万円）", 10.5, "G")
    base_y, x0, bw, gap = 300, 90, 50, 35
    c.line((70, base_y), (540, base_y), 0.8)
    c.line((70, 90), (70, base_y), 0.8)
    vmax = 1600.0
    for i, (y_, d) in enumerate(sz.items()):
        v = round(d["mis"] / 1000, 1)
        hgt = v / vmax * 190
        x = x0 + i * (bw + gap)
        pg.draw_rect(fitz.Rect(x, base_y - hgt, x + bw, base_y), color=(0.2, 0.3, 0.6), fill=(0.45, 0.6, 0.85),
                     width=0.5)
        lab = f"{v:,.1f}"
        c.text(x + bw / 2, base_y - hgt - 5, lab, 8.5, "M", "c")
        c.text(x + bw / 2, base_y + 14, f"{y_}年度", 8.5, "M", "c")
        facts.append(fact("市税", y_, f"{y_}年度", "total", "outstanding", "actual", round(v * 1_000_000), "yen", lab,
                          page))
    c.text(50, 350, "(4) 目標実現に向けた取組", 10.5, "G")
    items = [("①", "現年課税分の未納者に対し、納期限後30日以内に文書催告を行い、その後も未納の場合はSMS催告と電話催告を組み合わせて早期納付を促す。", "継続"),
             ("②", "預貯金の電子照会を全件で行い、財産が判明した事案は速やかに差押えを執行する。", "拡充"),
             ("③", "地方税統一QRコードとスマートフォン決済の利用を周知し、納期内納付の環境を整える。", "新規"),
             ("④", "滞納処分の執行停止に該当する事案を定期的に点検し、徴収の見込みがない債権を整理する。", "継続")]
    y = 372
    for lab, txt, st in items:
        y = c.para(60, y, f"{lab}{txt}【{st}】", size=9.5, width=470)
        y += 4
        inits.append(init("市税", 2026, "目標実現に向けた取組", lab, txt, st, page))

    # ---------- pages 4-5: 国保 (years as columns; table cut by page break, header repeated)
    page = 4
    pg = doc.new_page(width=A4[0], height=A4[1])
    c = Canvas(pg)
    header_footer(c, page, head)
    c.text(50, 66, "５－２　債権ごとの取組（国民健康保険税）", 13, "G")
    c.text(50, 92, "(1) 直近5か年の収納状況", 10.5, "G")
    c.text(545, 100, "（単位：円）", 8, "M", "r")
    yrs = list(kk)
    hdr = ["区分", ""] + [f"{WAREKI[y_]}\n({y_}年度)" for y_ in yrs]
    colw = [40, 60] + [79] * 5
    fills = [(0.9, 0.9, 0.9)]

    def rowset(seg_label, segkey, items_):
        out = []
        for lab, key, kind in items_:
            r_ = [seg_label, lab]
            for y_ in yrs:
                d = kk[y_]
                if kind == "yen":
                    r_.append(comma(d[key] * 1000))
                elif kind == "pct":
                    r_.append(f"{d[key]:.2f}%")
                else:
                    r_.append(f"{d[key]:,}")
            out.append((r_, segkey, lab, key, kind))
        return out

    part1 = rowset("現年", "current", [("調定額", "cc", "yen"), ("収入済額", "sc", "yen"), ("収納率", "rc", "pct")]) + \
        rowset("滞繰", "arrears", [("調定額", "ca", "yen"), ("収入済額", "sa", "yen"), ("収納率", "ra", "pct")])
    part2 = rowset("計", "total", [("収納率", "rt", "pct")]) + \
        rowset("", "total", [("不納欠損額", "kes", "yen"), ("収入未済額", "mis", "yen"), ("滞納世帯数", "deleg", "n")])
    metric = {"調定額": "assessed", "収入済額": "collected", "収納率": "collection_rate", "不納欠損額": "written_off",
              "収入未済額": "outstanding", "滞納世帯数": "delinquents"}

    def emit(part, p_):
        for r_, segkey, lab, key, kind in part:
            for i, y_ in enumerate(yrs):
                d = kk[y_]
                raw = r_[2 + i]
                if kind == "yen":
                    val, unit = d[key] * 1000, "yen"
                elif kind == "pct":
                    val, unit = d[key], "percent"
                else:
                    val, unit = d[key], "households"
                facts.append(fact("国民健康保険税", y_, WAREKI[y_], segkey, metric[lab], "actual", val, unit, raw, p_))

    y_end = c.grid(50, 106, colw, [30] + [22] * len(part1), [hdr] + [r_[0] for r_ in part1], size=7.8,
                   aligns=["c", "l"] + ["r"] * 5, fills=fills + [None] * len(part1))
    emit(part1, page)
    c.text(50, y_end + 14, "（次頁へ続く）", 8, "M")
    y = y_end + 50
    c.text(50, y, "(2) 収納状況に関する説明", 10.5, "G")
    y += 20
    y = c.para(55, y, "被保険者の高齢化と低所得世帯の割合の上昇により、保険税の負担が重く感じられる世帯が増えている。"
                      "一方、口座振替の原則化と財産調査の徹底により、現年分の収納率は5年連続で上昇し、令和6年度は"
                      f"{kk[2024]['rc']:.2f}%となった。", width=480)
    facts.append(fact("国民健康保険税", 2024, "令和6年度", "current", "collection_rate", "actual", kk[2024]["rc"], "percent",
                      f"{kk[2024]['rc']:.2f}%", page))

    page = 5
    pg = doc.new_page(width=A4[0], height=A4[1])
    c = Canvas(pg)
    header_footer(c, page, head)
    c.text(545, 58, "（単位：円）", 8, "M", "r")
    y_end = c.grid(50, 64, colw, [30] + [22] * len(part2), [hdr] + [r_[0] for r_ in part2], size=7.8,
                   aligns=["c", "l"] + ["r"] * 5, fills=fills + [None] * len(part2))
    emit(part2, page)
    y = y_end + 30
    c.text(50, y, "(3) 目標", 10.5, "G")
    c.text(130, y, "計画期間：令和8年度～令和12年度", 9.5)
    ktg = {2026: (95.10, 26.00), 2027: (95.30, 26.80), 2028: (95.50, 27.60), 2029: (95.70, 28.40),
           2030: (95.90, 29.20)}
    trow = [["区分"] + [f"令和{y_ - 2018}年度" for y_ in ktg],
            ["現年分収納率"] + [f"{v[0]:.2f}%" for v in ktg.values()],
            ["滞納繰越分収納率"] + [f"{v[1]:.2f}%" for v in ktg.values()]]
    for y_, v in ktg.items():
        r_ = f"令和{y_ - 2018}年度"
        facts.append(fact("国民健康保険税", y_, r_, "current", "collection_rate", "target", v[0], "percent",
                          f"{v[0]:.2f}%", page))
        facts.append(fact("国民健康保険税", y_, r_, "arrears", "collection_rate", "target", v[1], "percent",
                          f"{v[1]:.2f}%", page))
    y = c.grid(50, y + 10, [95] + [80] * 5, 20, trow, size=8.5, aligns=["l"] + ["r"] * 5,
               fills=[(0.9, 0.9, 0.9), None, None])
    y += 28
    c.text(50, y, "(4) 目標実現に向けた取組", 10.5, "G")
    y += 20
    kitems = [("ア", "新規加入時に口座振替の登録を案内し、ペイジー端末で即時に受け付ける。", "継続"),
              ("イ", "納付相談に応じない世帯には、給与・年金の差押えを早期に行う。", "拡充"),
              ("ウ", "資格の重複が疑われる被保険者を抽出し、脱退手続を勧奨して適正な賦課に努める。", "新規")]
    for lab, txt, st in kitems:
        y = c.para(60, y, f"{lab}　{txt}【{st}】", size=9.5, width=470)
        y += 4
        inits.append(init("国民健康保険税", 2026, "目標実現に向けた取組", lab, txt, st, page))

    # ---------- page 6: 下水道使用料 (name only in running header)
    page = 6
    pg = doc.new_page(width=A4[0], height=A4[1])
    c = Canvas(pg)
    header_footer(c, page, "豊橋市債権管理計画（第3次）　推進シート【下水道使用料】")
    c.text(50, 66, "５－３　推進シート", 13, "G")
    c.text(50, 90, "所管課：上下水道局営業課　　債権区分：強制徴収公債権（時効5年）", 9.5)
    c.text(50, 116, "(1) 収納状況", 10.5, "G")
    c.text(545, 124, "単位：千円", 8, "M", "r")
    rows = [["年度", "調定額(現年)", "収入済額(現年)", "収納率(現年)", "調定額(滞繰)", "収入済額(滞繰)", "収納率(滞繰)",
             "収入未済額"]]
    for y_, d in gs.items():
        rows.append([f"R{y_ - 2018}", comma(d["cc"]), comma(d["sc"]), f"{d['rc']:.2f}", comma(d["ca"]), comma(d["sa"]),
                     f"{d['ra']:.2f}", comma(d["mis"])])
        r_ = f"R{y_ - 2018}"
        for seg, m, key in (("current", "assessed", "cc"), ("current", "collected", "sc"), ("arrears", "assessed", "ca"),
                            ("arrears", "collected", "sa"), ("total", "outstanding", "mis")):
            facts.append(fact("下水道使用料", y_, r_, seg, m, "actual", d[key] * 1000, "yen", comma(d[key]), page))
        facts.append(fact("下水道使用料", y_, r_, "current", "collection_rate", "actual", d["rc"], "percent",
                          f"{d['rc']:.2f}", page))
        facts.append(fact("下水道使用料", y_, r_, "arrears", "collection_rate", "actual", d["ra"], "percent",
                          f"{d['ra']:.2f}", page))
    y = c.grid(50, 130, [40, 70, 70, 52, 62, 62, 52, 87], [24] + [19] * 5, rows, size=7.8,
               aligns=["c"] + ["r"] * 7, fills=[(0.9, 0.9, 0.9)] + [None] * 5)
    c.text(50, y + 12, "※収納率の単位は％。不納欠損額は収入未済額から控除済み。", 7.5)
    y += 44
    c.text(50, y, "(2) 取組", 10.5, "G")
    y += 20
    gitems = [("・", "水道料金と一体で督促・催告を行い、給水停止予告により早期の納付を促す。", "継続"),
              ("・", "滞納繰越分は財産調査を行い、差押えを含む滞納処分を実施する。", "継続"),
              ("・", "使用者の転居時に精算を徹底し、新たな未収の発生を防ぐ。", "新規")]
    for lab, txt, st in gitems:
        y = c.para(60, y, f"{lab}{txt}【{st}】", size=9.5, width=470)
        y += 3
        inits.append(init("下水道使用料", 2026, "取組", lab, txt, st, page))

    doc.subset_fonts()
    doc.save(PDF / f"{STEM}.pdf", garbage=4, deflate=True)
    return write_gold(STEM, "plan", CITY, "豊橋市債権管理計画（第3次）", "2026-03-01", "令和8年3月", facts, inits)


if __name__ == "__main__":
    print(build())
