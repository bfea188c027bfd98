"""sf_konosu_plan_1: 債権管理計画（令和7年度～令和11年度）with 推進シート. PyMuPDF drawing directly.
Run from corpus/dev68:  python3 build/sf_konosu_plan_1.py"""
import os
import sys

import fitz

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sf_common import Gold, c, rate, oku_man, SET  # noqa: E402

STEM = "sf_konosu_plan_1"
CITY = "鴻巣市"
TITLE = "鴻巣市債権管理計画"
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FG, FM = fitz.Font(fontfile=GOTH), fitz.Font(fontfile=MIN)

# 令和5年度決算（円）: kind, canonical, printed, 所管課, 根拠法令, 調定, 収入済, 不納欠損
D = [
    ("強制徴収公債権", "市税", "市税", "収納課", "地方税法", 18204511320, 17912083410, 21304112),
    ("強制徴収公債権", "国民健康保険税", "国民健康保険税", "保険年金課", "地方税法", 3104220150, 2612940208, 38120400),
    ("強制徴収公債権", "介護保険料", "介護保険料", "介護保険課", "介護保険法", 1702331600, 1681020300, 4812300),
    ("強制徴収公債権", "後期高齢者医療保険料", "後期高齢者医療保険料", "保険年金課", "高齢者の医療の確保に関する法律",
     1240118900, 1235402100, 702400),
    ("強制徴収公債権", "保育所保育料", "保育所保育料", "保育課", "児童福祉法", 121402300, 112880100, 1204500),
    ("非強制徴収公債権", "生活保護費返還金", "生活保護費返還金", "生活福祉課", "生活保護法第63条", 62110420, 9803112, 3110200),
    ("非強制徴収公債権", "児童扶養手当返還金", "児童扶養手当返還金", "こども支援課", "児童扶養手当法", 8412000, 1920500, 0),
    ("私債権", "市営住宅使用料", "市営住宅使用料", "建築住宅課", "地方自治法・民法", 88402100, 79110400, 1002300),
    ("私債権", "奨学金貸付金返還金", "奨学金貸付金返還金", "教育総務課", "鴻巣市奨学金条例", 12404000, 6812000, 0),
]
KSHORT = {"強制徴収公債権": "強", "非強制徴収公債権": "非", "私債権": "私"}
# 市債権全体の推移（千円）: fy, 調定, 収入済, 不納欠損 (2023 is computed from D)
HIST = [(2019, 24850312, 23512004, 96120), (2020, 24911205, 23698840, 88410), (2021, 24790118, 23742306, 81204),
        (2022, 24620450, 23702118, 74310)]
# 国保 推進シート（千円）: fy, 現年調定, 現年収入済, 滞繰調定, 滞繰収入済, 目標現年収納率
KOK = [(2021, 2702300, 2630914, 712400, 121108, 97.0), (2022, 2610450, 2548020, 650310, 132664, 97.3),
       (2023, 2512004, 2464513, 592216, 148427, 97.6)]
# 目標（現年度分収納率 ％）: canonical, short, R6見込, R7..R11
TGT = [("市税", "市税", 99.3, [99.3, 99.4, 99.4, 99.5, 99.5]),
       ("国民健康保険税", "国保税", 98.0, [98.1, 98.2, 98.3, 98.4, 98.5]),
       ("介護保険料", "介護料", 99.1, [99.1, 99.2, 99.2, 99.3, 99.3]),
       ("後期高齢者医療保険料", "後期高齢", 99.6, [99.6, 99.6, 99.7, 99.7, 99.7]),
       ("保育所保育料", "保育料", 97.5, [97.6, 97.8, 98.0, 98.2, 98.4]),
       ("市営住宅使用料", "住宅使用料", 95.2, [95.5, 95.8, 96.0, 96.3, 96.5])]
CUR23 = {"市税": 99.21, "国民健康保険税": None, "介護保険料": 99.05, "後期高齢者医療保険料": 99.58,
         "保育所保育料": 97.34, "市営住宅使用料": 94.87}


class Doc:
    def __init__(self):
        self.doc = fitz.open()
        self.n = 0

    def new(self, landscape=False, footer=True):
        w, h = fitz.paper_size("a4")
        if landscape:
            w, h = h, w
        self.p = self.doc.new_page(width=w, height=h)
        self.p.insert_font(fontname="G", fontfile=GOTH)
        self.p.insert_font(fontname="M", fontfile=MIN)
        self.n += 1
        self.w, self.h = w, h
        if footer:
            self.text(w / 2, h - 28, f"－ {self.n} －", 9, align="c")
            self.text(w - 40, 28, "鴻巣市債権管理計画（令和７年度～令和11年度）", 7.5, align="r", color=(.4, .4, .4))
        return self.n

    def text(self, x, y, s, fs=10, font="G", align="l", color=(0, 0, 0)):
        f = FG if font == "G" else FM
        tw = f.text_length(s, fs)
        if align == "r":
            x -= tw
        elif align == "c":
            x -= tw / 2
        self.p.insert_text((x, y), s, fontsize=fs, fontname=font, color=color)
        return tw

    def para(self, x, y, s, width, fs=10, font="M", lh=1.6):
        f = FG if font == "G" else FM
        line = ""
        for ch in s:
            if f.text_length(line + ch, fs) > width:
                self.text(x, y, line, fs, font)
                y += fs * lh
                line = ""
            line += ch
        if line:
            self.text(x, y, line, fs, font)
            y += fs * lh
        return y

    def table(self, x, y, widths, rows, fs=8, rh=15, fills=None, aligns=None, lines=True, wrap_h=None):
        """rows: list of lists of cells; a cell is str, or (str, colspan, rowspan); None = covered."""
        heights = [rh] * len(rows) if wrap_h is None else wrap_h
        ys = [y]
        for hh in heights:
            ys.append(ys[-1] + hh)
        xs = [x]
        for w in widths:
            xs.append(xs[-1] + w)
        for ri, row in enumerate(rows):
            for ci, cell in enumerate(row):
                if cell is None:
                    continue
                txt, cs, rs = (cell, 1, 1) if isinstance(cell, str) else cell
                r = fitz.Rect(xs[ci], ys[ri], xs[ci + cs], ys[ri + rs])
                fill = fills(ri, ci) if fills else None
                if fill:
                    self.p.draw_rect(r, color=None, fill=fill)
                if lines:
                    self.p.draw_rect(r, color=(0, 0, 0), width=0.5)
                al = aligns(ri, ci) if aligns else ("l" if ci == 0 else "r")
                parts = txt.split("\n")
                ty = (r.y0 + r.y1) / 2 - (len(parts) - 1) * fs * 0.6 + fs * 0.35
                for pt in parts:
                    if al == "r":
                        self.text(r.x1 - 3, ty, pt, fs, align="r")
                    elif al == "c":
                        self.text((r.x0 + r.x1) / 2, ty, pt, fs, align="c")
                    else:
                        self.text(r.x0 + 3, ty, pt, fs)
                    ty += fs * 1.2
        return ys[-1]


def reiwa_w(fy):
    r = fy - 2018
    return f"令和{'元' if r == 1 else r}（{fy}）年度"


def build():
    g = Gold(STEM, {"kind": "plan", "municipality": CITY, "title": "鴻巣市債権管理計画（令和7年度～令和11年度）",
                    "date": "2025-03-01", "date_raw": "令和７年３月"})
    d = Doc()
    HDR = (0.85, 0.88, 0.93)

    # ---------------------------------------------------------------- p1 cover + 目次
    d.new(footer=False)
    d.text(d.w / 2, 230, TITLE, 26, align="c")
    d.text(d.w / 2, 262, "（令和７年度～令和11年度）", 14, align="c")
    d.text(d.w / 2, 320, "令和７年３月", 12, align="c")
    d.text(d.w / 2, 340, "鴻　巣　市", 14, align="c")
    d.text(d.w / 2, 430, "目　次", 12, align="c")
    toc = [("第１章　計画の概要", 2), ("第２章　債権の現状", 2), ("第３章　債権別の状況", 3), ("第４章　数値目標", 4),
           ("第５章　債権ごとの取組（推進シート）", 5), ("参考資料　債権一覧", 7)]
    y = 455
    for t, pno in toc:
        d.text(150, y, t, 11)
        d.text(445, y, "・" * 3 + f" {pno}", 11, align="r")
        y += 22

    # ---------------------------------------------------------------- p2 概要 + 現状（年度が行の表）
    P = d.new()
    y = d.para(50, 70, "第１章　計画の概要", 500, 13, "G")
    y = d.para(60, y + 4, "　本計画は、市の債権を適正に管理し、収入未済額の縮減と負担の公平性の確保を図るため、"
                          "令和７年度から令和11年度までの５年間に取り組む目標と具体策を定めるものである。"
                          "前計画（平成29年度～令和５年度）の成果と課題を踏まえ、全庁的な推進体制の下で進捗管理を行う。", 480)
    y = d.para(50, y + 10, "第２章　債権の現状", 500, 13, "G")
    rows23 = [x for x in D]
    a23 = round(sum(x[5] for x in rows23) / 1000)
    c23 = round(sum(x[6] for x in rows23) / 1000)
    w23 = round(sum(x[7] for x in rows23) / 1000)
    hist = HIST + [(2023, a23, c23, w23)]
    outs = {fy: a - col - w for fy, a, col, w in hist}
    o19, o23 = outs[2019], outs[2023]
    dec_appr = round((o19 - o23) * 1000, -6)
    o23_appr = round(o23 * 1000, -6)
    txt = (f"　令和５（2023）年度決算における市債権全体の収入未済額は約{oku_man(o23_appr)}で、"
           f"令和元年度から約{oku_man(dec_appr)}減少した。収納率は前年度から"
           f"{rate(c23, a23) - rate(hist[3][2], hist[3][1]):.2f}ポイント改善している。")
    y = d.para(60, y + 4, txt, 480)
    g.fact(P, None, None, 2023, "令和５（2023）年度", "total", "outstanding", "actual", o23_appr, "yen",
           f"約{oku_man(o23_appr)}", approx=True)
    g.fact(P, None, None, 2023, "令和元年度", "total", "difference", "actual", -dec_appr, "yen",
           f"約{oku_man(dec_appr)}", approx=True)
    dpt = round(rate(c23, a23) - rate(hist[3][2], hist[3][1]), 2)
    g.fact(P, None, None, 2023, "令和５（2023）年度", "total", "difference", "actual", dpt, "points", f"{dpt:.2f}ポイント")
    d.text(60, y + 12, "表１　市債権全体の推移", 10)
    d.text(540, y + 12, "（単位：千円、％）", 8, align="r")
    head = ["年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率", "増減額※", "増減率"]
    rows = [head]
    prev = None
    for fy, a, col, w in hist:
        o = a - col - w
        r = rate(col, a)
        yr = reiwa_w(fy)
        row = [yr, c(a), c(col), c(w), c(o), f"{r:.2f}"]
        for m, v in (("assessed", a), ("collected", col), ("written_off", w), ("outstanding", o)):
            g.fact(P, None, None, fy, yr, "total", m, "actual", v * 1000, "yen", c(v))
        g.fact(P, None, None, fy, yr, "total", "collection_rate", "actual", r, "percent", f"{r:.2f}")
        if prev is None:
            row += ["－", "－"]
        else:
            dd = o - prev
            dr = round(dd / prev * 100, 1)
            row += [("△" if dd < 0 else "") + c(abs(dd)), ("△" if dr < 0 else "") + f"{abs(dr):.1f}"]
            g.fact(P, None, None, fy, yr, "total", "difference", "actual", dd * 1000, "yen", row[6])
            g.fact(P, None, None, fy, yr, "total", "difference_rate", "actual", dr, "percent", row[7])
        prev = o
        rows.append(row)
    avg = [round(sum(h[i] for h in hist) / 5) for i in (1, 2, 3)]
    ao = round(sum(outs.values()) / 5)
    ar = round(sum(rate(h[2], h[1]) for h in hist) / 5, 2)
    rows.append(["５年平均", c(avg[0]), c(avg[1]), c(avg[2]), c(ao), f"{ar:.2f}", "", ""])
    for m, v in (("assessed", avg[0]), ("collected", avg[1]), ("written_off", avg[2]), ("outstanding", ao)):
        g.fact(P, None, None, None, "５年平均", "total", m, "actual", v * 1000, "yen", c(v))
    g.fact(P, None, None, None, "５年平均", "total", "collection_rate", "actual", ar, "percent", f"{ar:.2f}")
    y = d.table(50, y + 18, [92, 66, 66, 52, 58, 40, 54, 40], rows, fs=7.5,
                fills=lambda r, ci: HDR if r == 0 or ci == 0 else None,
                aligns=lambda r, ci: "c" if r == 0 else ("l" if ci == 0 else "r"))
    d.text(55, y + 12, "※ 増減額・増減率は収入未済額の対前年度比較。５年平均の収納率は各年度収納率の単純平均。", 7.5)

    # ---------------------------------------------------------------- p3 債権別（種類を縦に結合、計・総計）
    P = d.new()
    d.para(50, 70, "第３章　債権別の状況", 500, 13, "G")
    d.text(60, 100, "表２　令和５年度決算 債権別の状況", 10)
    d.text(545, 100, "（単位：円、％）", 8, align="r")
    head = ["区分", "債権名", "所管課", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    rows = [head]
    tot = [0, 0, 0]
    for kind in ("強制徴収公債権", "非強制徴収公債権", "私債権"):
        its = [x for x in D if x[0] == kind]
        sub = [0, 0, 0]
        for i, (_, deb, pr, ka, _, a, col, w) in enumerate(its):
            o = a - col - w
            r = rate(col, a)
            lab = ("\n".join(kind[j:j + 4] for j in range(0, len(kind), 4)), 1, len(its) + 1) if i == 0 else None
            rows.append([lab, pr, ka, c(a), c(col), c(w) if w else "－", c(o), f"{r:.2f}"])
            for m, v in (("assessed", a), ("collected", col), ("outstanding", o)):
                g.fact(P, deb, pr, 2023, "令和５年度", "total", m, "actual", v, "yen", c(v))
            if w:
                g.fact(P, deb, pr, 2023, "令和５年度", "total", "written_off", "actual", w, "yen", c(w))
            g.fact(P, deb, pr, 2023, "令和５年度", "total", "collection_rate", "actual", r, "percent", f"{r:.2f}")
            sub = [sub[0] + a, sub[1] + col, sub[2] + w]
        a, col, w = sub
        o = a - col - w
        r = rate(col, a)
        rows.append([None, ("計", 2, 1), None, c(a), c(col), c(w), c(o), f"{r:.2f}"])
        for m, v in (("assessed", a), ("collected", col), ("written_off", w), ("outstanding", o)):
            g.fact(P, None, "計", 2023, "令和５年度", "total", m, "actual", v, "yen", c(v))
        g.fact(P, None, "計", 2023, "令和５年度", "total", "collection_rate", "actual", r, "percent", f"{r:.2f}")
        tot = [tot[0] + a, tot[1] + col, tot[2] + w]
    a, col, w = tot
    o = a - col - w
    r = rate(col, a)
    rows.append([("総計", 3, 1), None, None, c(a), c(col), c(w), c(o), f"{r:.2f}"])
    for m, v in (("assessed", a), ("collected", col), ("written_off", w), ("outstanding", o)):
        g.fact(P, None, "総計", 2023, "令和５年度", "total", m, "actual", v, "yen", c(v))
    g.fact(P, None, "総計", 2023, "令和５年度", "total", "collection_rate", "actual", r, "percent", f"{r:.2f}")
    sub_rows = {i for i, rw in enumerate(rows) if isinstance(rw[1], tuple) or isinstance(rw[0], tuple) and rw[0][0] == "総計"}
    y = d.table(40, 108, [50, 92, 56, 72, 72, 56, 66, 36], rows, fs=7, rh=17,
                fills=lambda r, ci: HDR if r == 0 or (r in sub_rows and ci > 0) or ci == 0 else None,
                aligns=lambda r, ci: "c" if r == 0 or ci == 0 else ("l" if ci in (1, 2) else "r"))
    d.text(45, y + 12, "出典：令和５年度 鴻巣市歳入歳出決算書及び各所管課の債権管理台帳", 7.5)
    y = d.para(50, y + 40, "　強制徴収公債権が収入未済額の大部分を占めており、中でも国民健康保険税の収入未済額の縮減が"
                            "最大の課題である。非強制徴収公債権及び私債権は、金額は小さいものの収納率が低く、"
                            "時効管理と債権放棄の適正な運用が求められる。", 490)

    # ---------------------------------------------------------------- p4 landscape 目標
    P = d.new(landscape=True)
    d.para(50, 60, "第４章　数値目標", 700, 13, "G")
    d.text(60, 90, "表３　現年度分収納率の目標（単位：％）", 10)
    yrs = ["R7", "R8", "R9", "R10", "R11"]
    rows = [[("債権", 1, 2), ("実績・見込", 2, 1), None, ("目標", 5, 1), None, None, None, None],
            [None, "R5実績", "R6見込"] + yrs]
    kcur23 = rate(KOK[2][2], KOK[2][1])
    for deb, short, r6, tg in TGT:
        r5 = CUR23[deb] if CUR23[deb] is not None else kcur23
        rows.append([short, f"{r5:.2f}", f"{r6:.1f}"] + [f"{t:.1f}" for t in tg])
        g.fact(P, deb, short, 2023, "R5", "current", "collection_rate", "actual", r5, "percent", f"{r5:.2f}")
        g.fact(P, deb, short, 2024, "R6", "current", "collection_rate", "estimate", r6, "percent", f"{r6:.1f}")
        for i, t in enumerate(tg):
            g.fact(P, deb, short, 2025 + i, yrs[i], "current", "collection_rate", "target", t, "percent", f"{t:.1f}")
    y = d.table(60, 100, [130] + [80] * 7, rows, fs=9, rh=20,
                fills=lambda r, ci: HDR if r < 2 else None,
                aligns=lambda r, ci: "c" if r < 2 else ("l" if ci == 0 else "r"))
    d.text(65, y + 14, "（注）国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、保育料：保育所保育料、"
                       "住宅使用料：市営住宅使用料", 8)
    OT = [("市税", "市税", 250000), ("国民健康保険税", "国保税", 380000), (None, "その他", 90000)]
    d.text(60, y + 44, "表４　収入未済額の目標（令和11年度末、単位：千円）", 10)
    rows = [["区分"] + [x[1] for x in OT] + ["合計"], ["目標額"] + [c(x[2]) for x in OT] + [c(sum(x[2] for x in OT))]]
    for deb, short, v in OT:
        g.fact(P, deb, short, 2029, "令和11年度", "total", "outstanding", "target", v * 1000, "yen", c(v))
    g.fact(P, None, "合計", 2029, "令和11年度", "total", "outstanding", "target", sum(x[2] for x in OT) * 1000, "yen",
           c(sum(x[2] for x in OT)))
    d.table(60, y + 52, [130, 90, 90, 90, 90], rows, fs=9, rh=20, fills=lambda r, ci: HDR if r == 0 or ci == 0 else None,
            aligns=lambda r, ci: "c" if r == 0 else ("l" if ci == 0 else "r"))

    # ---------------------------------------------------------------- p5 推進シート 国保
    P = d.new()
    SEC5 = "第５章　債権ごとの取組"
    d.para(50, 65, "第５章　債権ごとの取組（国民健康保険税）", 500, 13, "G")
    d.table(50, 78, [70, 170, 70, 185], [["債権名", "国民健康保険税", "所管課", "保険年金課"]], fs=9, rh=18,
            fills=lambda r, ci: HDR if ci in (0, 2) else None, aligns=lambda r, ci: "l")
    d.text(55, 118, "(1) 収納状況の推移", 10)
    d.text(545, 118, "（単位：千円、％）", 8, align="r")
    rows = [[("区分", 2, 2), None] + [(reiwa_w(fy), 3, 1) for fy, *_ in KOK for _ in (0,)] + [],
            [None, None] + ["調定額", "収入済額", "収納率"] * 3]
    # fix header row 0 to have covered cells after each colspan
    r0 = [("区分", 2, 2), None]
    for fy, *_ in KOK:
        r0 += [(reiwa_w(fy), 3, 1), None, None]
    rows[0] = r0
    segrows = {"current": [], "arrears": [], "total": []}
    for fy, ca, cc, aa, ac, _ in KOK:
        for seg, a, col in (("current", ca, cc), ("arrears", aa, ac), ("total", ca + aa, cc + ac)):
            r = rate(col, a)
            segrows[seg] += [c(a), c(col), f"{r:.2f}"]
            yr = reiwa_w(fy)
            g.fact(P, "国民健康保険税", "国保税", fy, yr, seg, "assessed", "actual", a * 1000, "yen", c(a))
            g.fact(P, "国民健康保険税", "国保税", fy, yr, seg, "collected", "actual", col * 1000, "yen", c(col))
            g.fact(P, "国民健康保険税", "国保税", fy, yr, seg, "collection_rate", "actual", r, "percent", f"{r:.2f}")
    rows.append([("国\n保\n税", 1, 3), "現年"] + segrows["current"])
    rows.append([None, "滞繰"] + segrows["arrears"])
    rows.append([None, "計"] + segrows["total"])
    y = d.table(40, 126, [26, 34] + [62, 62, 38] * 3, rows, fs=7, rh=16,
                fills=lambda r, ci: HDR if r < 2 or ci < 2 else None,
                aligns=lambda r, ci: "c" if r < 2 or ci < 2 else "r")
    d.text(55, y + 20, "(2) 目標と実績（現年度分収納率）", 10)
    rows = [["年度", "目標（％）", "実績（％）", "達成率（％）"]]
    for fy, ca, cc, aa, ac, tg in KOK:
        r = rate(cc, ca)
        ach = round(r / tg * 100, 1)
        yr = f"令和{fy - 2018}年度"
        rows.append([yr, f"{tg:.1f}", f"{r:.2f}", f"{ach:.1f}"])
        g.fact(P, "国民健康保険税", "国民健康保険税", fy, yr, "current", "collection_rate", "target", tg, "percent", f"{tg:.1f}")
        g.fact(P, "国民健康保険税", "国民健康保険税", fy, yr, "current", "collection_rate", "actual", r, "percent", f"{r:.2f}")
        g.fact(P, "国民健康保険税", "国民健康保険税", fy, yr, "current", "achievement_rate", "actual", ach, "percent",
               f"{ach:.1f}")
    y = d.table(50, y + 28, [100, 90, 90, 90], rows, fs=8, rh=16, fills=lambda r, ci: HDR if r == 0 else None,
                aligns=lambda r, ci: "c" if r == 0 else ("l" if ci == 0 else "r"))
    # 現状と課題 cell with prose figures
    o23 = (KOK[2][1] + KOK[2][3]) - (KOK[2][2] + KOK[2][4]) - round(D[1][7] / 1000)
    o22 = (KOK[1][1] + KOK[1][3]) - (KOK[1][2] + KOK[1][4]) - 41210
    kt = (f"令和５年度末の収入未済額は{c(o23)}千円で、前年度より{c(o22 - o23)}千円減少した。"
          "滞納繰越分の収納率は上昇傾向にあるが、現年度分の未納が翌年度に繰り越される構造は変わっていない。")
    d.text(55, y + 20, "(3) 現状と課題・取組", 10)
    lines = []
    f = FM
    line = ""
    for ch in kt:
        if f.text_length(line + ch, 8) > 370:
            lines.append(line)
            line = ""
        line += ch
    lines.append(line)
    items = [("①", "納期限後の早期催告を徹底し、現年度分の滞納繰越への移行を防ぐ。", "継続"),
             ("②", "口座振替の原則化に向け、加入手続時の登録勧奨を全件実施する。", "拡充"),
             ("③", "納付困難世帯について、軽減・減免制度の案内と生活再建支援窓口への引継ぎを行う。", "新規")]
    rows = [["現状と課題", "\n".join(lines)],
            ["取組内容", "\n".join(f"{lb} {t}【{s}】" for lb, t, s in items)]]
    d.table(50, y + 28, [80, 415], rows, fs=8, wrap_h=[46, 50], fills=lambda r, ci: HDR if ci == 0 else None,
            aligns=lambda r, ci: "c" if ci == 0 else "l")
    g.fact(P, "国民健康保険税", "国民健康保険税", 2023, "令和５年度", "total", "outstanding", "actual", o23 * 1000, "yen",
           f"{c(o23)}千円")
    g.fact(P, "国民健康保険税", "国民健康保険税", 2023, "令和５年度", "total", "difference", "actual", -(o22 - o23) * 1000,
           "yen", f"{c(o22 - o23)}千円")
    for lb, t, s in items:
        g.init(P, "国民健康保険税", 2025, SEC5, lb, t, s)

    # ---------------------------------------------------------------- p6 推進シート 介護保険料 (header cell label+value)
    P = d.new()
    d.para(50, 65, "第５章　債権ごとの取組（介護保険料）", 500, 13, "G")
    kai = D[2]
    ko = kai[5] - kai[6] - kai[7]
    rows = [[("債権名　介護保険料", 2, 1), None, ("所管課　介護保険課", 2, 1), None],
            ["令和５年度 調定額", c(round(kai[5] / 1000)), "令和５年度 収入未済額", c(round(ko / 1000))],
            ["令和５年度 収納率", f"{rate(kai[6], kai[5]):.2f}", "令和11年度 現年度分目標", "99.3"]]
    y = d.table(50, 80, [110, 135, 120, 130], rows, fs=8.5, rh=18,
                fills=lambda r, ci: HDR if r == 0 or ci in (0, 2) else None,
                aligns=lambda r, ci: "l" if r == 0 or ci in (0, 2) else "r")
    d.text(545, y + 10, "（金額：千円、収納率：％）", 7.5, align="r")
    g.fact(P, "介護保険料", "介護保険料", 2023, "令和５年度", "total", "assessed", "actual", round(kai[5] / 1000) * 1000, "yen",
           c(round(kai[5] / 1000)))
    g.fact(P, "介護保険料", "介護保険料", 2023, "令和５年度", "total", "outstanding", "actual", round(ko / 1000) * 1000, "yen",
           c(round(ko / 1000)))
    g.fact(P, "介護保険料", "介護保険料", 2023, "令和５年度", "total", "collection_rate", "actual", rate(kai[6], kai[5]),
           "percent", f"{rate(kai[6], kai[5]):.2f}")
    g.fact(P, "介護保険料", "介護保険料", 2029, "令和11年度", "current", "collection_rate", "target", 99.3, "percent", "99.3")
    # items in a box
    d.text(55, y + 30, "取組の方向性", 10)
    kitems = [("ア", "年金からの特別徴収への切替を早め、普通徴収期間の未納を減らす。", "継続"),
              ("イ", "滞納が続く被保険者に対し、給付制限の事前説明を文書と面談で行う。", "継続"),
              ("ウ", "地域包括支援センターと連携し、納付困難な高齢者世帯の状況を把握する。", "新規")]
    bx = fitz.Rect(50, y + 38, 545, y + 38 + 20 * len(kitems) + 10)
    d.p.draw_rect(bx, color=(0, 0, 0), width=0.8)
    yy = y + 56
    for lb, t, s in kitems:
        d.text(60, yy, f"{lb}　{t}【{s}】", 8.5, font="M")
        g.init(P, "介護保険料", 2025, "取組の方向性", lb, t, s)
        yy += 20
    # schedule table
    y = bx.y1 + 24
    d.text(55, y, "取組スケジュール", 10)
    sched = [("特別徴収への切替の早期化", ["実施", "→", "→", "→", "→"], "介護保険課"),
             ("給付制限の事前説明", ["○", "○", "○", "○", "○"], "介護保険課"),
             ("包括支援センターとの情報共有", ["検討", "実施", "→", "→", "→"], "介護保険課・長寿支援課"),
             ("滞納整理の収納課への引継基準の見直し", ["検討", "実施", "", "", ""], "収納課")]
    rows = [["取組項目", "R7", "R8", "R9", "R10", "R11", "担当課"]]
    rows += [[t] + m + [tt] for t, m, tt in sched]
    d.table(50, y + 8, [170, 40, 40, 40, 40, 40, 125], rows, fs=8, rh=18, fills=lambda r, ci: HDR if r == 0 else None,
            aligns=lambda r, ci: "l" if ci in (0, 6) else "c")

    # ---------------------------------------------------------------- p7 参考資料 一覧
    P = d.new()
    d.para(50, 65, "参考資料　債権一覧（令和５年度末）", 500, 13, "G")
    rows = [["No.", "債権名", "所管課", "根拠法令", "区分", "収入未済額（千円）"]]
    for i, (kind, deb, pr, ka, law, a, col, w) in enumerate(D, 1):
        o = round((a - col - w) / 1000)
        rows.append([str(i), pr, ka, law, KSHORT[kind], c(o)])
        g.fact(P, deb, pr, 2023, "令和５年度", "total", "outstanding", "actual", o * 1000, "yen", c(o))
    y = d.table(45, 80, [28, 110, 70, 160, 34, 100], rows, fs=8, rh=18,
                fills=lambda r, ci: HDR if r == 0 else None,
                aligns=lambda r, ci: "c" if r == 0 or ci in (0, 4) else ("r" if ci == 5 else "l"))
    d.text(50, y + 14, "区分　強：強制徴収公債権　非：非強制徴収公債権　私：私債権", 8)
    d.text(50, y + 28, "※ 千円未満を四捨五入しているため、表２の金額と一致しない場合がある。", 8)

    d.doc.subset_fonts()
    d.doc.save(os.path.join(SET, "pdf", STEM + ".pdf"), garbage=4, deflate=True)
    g.write()


if __name__ == "__main__":
    build()
