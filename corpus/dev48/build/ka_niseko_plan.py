"""ka_niseko_plan_1: ニセコ町債権管理計画（令和７年度～令和１０年度）.

Tool chain: PyMuPDF drawing directly (IPAex Gothic / Mincho, fonts subset), one landscape page.
Run from corpus/dev48:  python3 build/ka_niseko_plan.py
All amounts are kept in 千円 integers (the unit of every table), so the printed identities hold exactly.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ka_common import Gold, check, num, pct, rate, zen  # noqa: E402

STEM = "ka_niseko_plan_1"
TOWN = "ニセコ町"
g = Gold(STEM, "plan", "keikaku", TOWN, "ニセコ町債権管理計画（令和７年度～令和１０年度）", "2025-03-01", "令和７年３月")

FG = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FM = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONTS = {"g": pymupdf.Font(fontfile=FG), "m": pymupdf.Font(fontfile=FM)}
FILES = {"g": FG, "m": FM}

# ---------------------------------------------------------------- data (千円)
YEARS = list(range(2017, 2025))  # 平成29年度 .. 令和6年度 (2024 = 見込)
EST = 2024
SPEC = {  # canonical, printed name, arrears assessed 2017, current assessed, current %, arrears %, written-off %
    "tax": ("町税", "町税", 52100, [1352400, 1368900, 1381200, 1359800, 1372600, 1398400, 1421300, 1436000],
            [98.64, 98.71, 98.83, 98.12, 98.78, 98.93, 99.05, 99.10],
            [24.8, 25.6, 26.3, 22.9, 26.8, 27.5, 28.4, 28.8], [7.9, 8.3, 7.2, 5.9, 8.8, 9.1, 8.4, 8.0]),
    "kokuho": ("国民健康保険料", "国民健康保険税", 61200, [212400, 208300, 204900, 201300, 198600, 194200, 190800, 188000],
               [93.42, 93.68, 93.91, 93.15, 94.12, 94.48, 94.83, 95.00],
               [17.2, 17.9, 18.4, 16.8, 19.1, 19.8, 20.6, 21.0], [6.8, 6.2, 7.1, 5.4, 7.6, 8.1, 7.7, 7.5]),
    "kaigo": ("介護保険料", "介護保険料", 2830, [86900, 88100, 89400, 90200, 91800, 93500, 95100, 96000],
              [98.81, 98.86, 98.92, 98.74, 99.01, 99.08, 99.15, 99.20],
              [20.4, 21.2, 22.6, 19.8, 23.1, 23.9, 24.6, 25.0], [13.8, 12.9, 12.2, 11.6, 12.8, 13.4, 12.1, 12.0]),
    "kouki": ("後期高齢者医療保険料", "後期高齢者医療保険料", 420, [45800, 46900, 47800, 48900, 49700, 51200, 52800, 53500],
              [99.41, 99.46, 99.52, 99.38, 99.55, 99.61, 99.66, 99.70],
              [41.2, 43.8, 45.1, 39.5, 46.2, 47.4, 48.3, 49.0], [3.2, 2.8, 3.6, 2.4, 3.1, 3.3, 2.9, 3.0]),
    "suido": ("水道料金", "水道料金", 9830, [152300, 154100, 156800, 155200, 158400, 160900, 162700, 163500],
              [98.92, 98.98, 99.05, 98.81, 99.12, 99.18, 99.24, 99.30],
              [41.6, 43.2, 44.8, 40.2, 45.7, 46.9, 47.8, 48.0], [5.2, 4.8, 5.6, 4.1, 5.3, 5.0, 4.9, 5.0]),
    "gesui": ("下水道使用料", "下水道使用料", 7920, [112100, 113600, 115200, 114500, 116900, 118700, 120400, 121000],
              [98.74, 98.81, 98.89, 98.62, 98.97, 99.03, 99.11, 99.15],
              [40.1, 41.3, 42.5, 38.6, 43.4, 44.8, 45.6, 46.0], [5.4, 5.1, 4.8, 4.3, 5.5, 5.2, 5.0, 5.0]),
    "jutaku": ("町営住宅使用料", "町営住宅使用料", 14210, [39200, 38800, 38300, 37900, 37400, 36900, 36500, 36200],
               [95.82, 96.04, 96.21, 95.64, 96.38, 96.55, 96.84, 97.00],
               [12.1, 12.8, 13.6, 11.2, 14.3, 15.1, 16.2, 16.5], [2.3, 3.1, 2.6, 1.9, 3.4, 2.8, 3.9, 3.0]),
}
ORDER = ["tax", "kokuho", "kaigo", "kouki", "suido", "gesui", "jutaku"]
TARGET_YEARS = [2025, 2026, 2027, 2028]
TARGETS = {  # current %, arrears %, outstanding 千円 for 令和7..10年度
    "tax": ([99.15, 99.20, 99.25, 99.30], [29.0, 29.5, 30.0, 30.5], [39500, 37200, 35000, 33000]),
    "kokuho": ([95.10, 95.20, 95.30, 95.40], [21.5, 22.0, 22.5, 23.0], [39000, 36500, 34000, 32000]),
    "kaigo": ([99.25, 99.30, 99.30, 99.35], [25.5, 26.0, 26.5, 27.0], [2250, 2150, 2050, 2000]),
    "kouki": ([99.70, 99.72, 99.74, 99.75], [50.0, 50.5, 51.0, 51.5], [330, 310, 300, 290]),
    "suido": ([99.30, 99.32, 99.34, 99.35], [48.5, 49.0, 49.5, 50.0], [2250, 2150, 2050, 2000]),
    "gesui": ([99.18, 99.20, 99.22, 99.25], [46.5, 47.0, 47.5, 48.0], [2100, 2000, 1950, 1900]),
    "jutaku": ([97.10, 97.20, 97.30, 97.40], [17.0, 17.5, 18.0, 18.5], [8300, 7800, 7300, 6800]),
}


def chain(key):
    canon, full, arr, ca, cr, ar, wr = SPEC[key]
    out = {}
    for i, y in enumerate(YEARS):
        cc = round(ca[i] * cr[i] / 100)
        ac = round(arr * ar[i] / 100)
        wo = round(arr * wr[i] / 100)
        ta, tc = ca[i] + arr, cc + ac
        o = ta - tc - wo
        out[y] = dict(ca=ca[i], cc=cc, cr=rate(cc, ca[i]), aa=arr, ac=ac, ar=rate(ac, arr), ta=ta, tc=tc,
                      tr=rate(tc, ta), wo=wo, out=o)
        arr = o
    return out


DATA = {k_: chain(k_) for k_ in ORDER}
TOT = {y: {m: sum(DATA[k_][y][m] for k_ in ORDER) for m in ("ca", "cc", "aa", "ac", "ta", "tc", "wo", "out")}
       for y in YEARS}
for y in YEARS:
    TOT[y]["tr"] = rate(TOT[y]["tc"], TOT[y]["ta"])


def both(y: int, zenkaku=False) -> str:
    """令和５（2023）年度"""
    n = y - 2018
    era = "令和元" if n == 1 else f"令和{zen(n) if zenkaku else n}"
    return f"{era}（{y}）年度"


def rw(y: int) -> str:
    return f"令和{y - 2018}年度" if y != 2019 else "令和元年度"


# ---------------------------------------------------------------- drawing helpers
DOC = pymupdf.open()
NO_START = set("、。，．）」』％・ー：")


class Page:
    def __init__(self, land=False):
        self.page = DOC.new_page(width=842, height=595) if land else DOC.new_page(width=595, height=842)
        self.no = DOC.page_count
        self.W, self.H = self.page.rect.width, self.page.rect.height

    def text(self, x, y, s, size=10, f="m", color=(0, 0, 0), align="l", width=None):
        w = FONTS[f].text_length(s, fontsize=size)
        if align == "r":
            x = x + (width or 0) - w
        elif align == "c":
            x = x + ((width or 0) - w) / 2
        self.page.insert_text((x, y), s, fontsize=size, fontname="F" + f, fontfile=FILES[f], color=color)
        return w

    def wrap(self, s, width, size, f="m", indent=0.0):
        lines, cur, first = [], "", True
        for ch in s:
            avail = width - (indent if first else 0)
            if FONTS[f].text_length(cur + ch, fontsize=size) > avail and cur and ch not in NO_START:
                lines.append(cur)
                cur, first = ch, False
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, s, width, size=10, f="m", lead=1.65, indent=1.0, hang=0.0):
        """Paragraph: first line indented by `indent` em, following lines by `hang` em. Returns the next y."""
        lines = self.wrap(s, width - hang * size, size, f, (indent - hang) * size)
        for i, line in enumerate(lines):
            dx = (indent if i == 0 else hang) * size
            self.text(x + dx, y + size, line, size, f)
            y += size * lead
        return y

    def rect(self, r, fill=None, width=0.6, color=(0, 0, 0)):
        self.page.draw_rect(pymupdf.Rect(*r), color=color, fill=fill, width=width)

    def line(self, a, b, width=0.6, color=(0, 0, 0), dashes=None):
        self.page.draw_line(pymupdf.Point(*a), pymupdf.Point(*b), color=color, width=width, dashes=dashes)

    def table(self, x, y, widths, rows, rh=15, size=8, heads=1, fill=(0.88, 0.91, 0.95), f="g", head_rh=None):
        """rows: list of lists of cells; a cell is a str or a dict(t=, cs=, rs=, a=, fill=)."""
        occupied = set()
        hs = [(head_rh or rh) if i < heads else rh for i in range(len(rows))]
        ys = [y]
        for h in hs:
            ys.append(ys[-1] + h)
        xs = [x]
        for w in widths:
            xs.append(xs[-1] + w)
        for ri, row in enumerate(rows):
            ci = 0
            for cell in row:
                while (ri, ci) in occupied:
                    ci += 1
                if not isinstance(cell, dict):
                    cell = {"t": cell}
                cs, rs = cell.get("cs", 1), cell.get("rs", 1)
                for dr in range(rs):
                    for dc in range(cs):
                        occupied.add((ri + dr, ci + dc))
                r = (xs[ci], ys[ri], xs[ci + cs], ys[ri + rs])
                fl = cell.get("fill", fill if ri < heads else None)
                self.rect(r, fill=fl, width=0.5)
                t = cell.get("t", "")
                a = cell.get("a", "c" if ri < heads else ("r" if t[:1].isdigit() or t[:1] in "△▲－-（" else "l"))
                lines = t.split("\n")
                total_h = len(lines) * size * 1.25
                ty = r[1] + ((r[3] - r[1]) - total_h) / 2 + size * 1.0
                for li, ln in enumerate(lines):
                    self.text(r[0] + 3, ty + li * size * 1.25, ln, size, cell.get("f", f), align=a,
                              width=(r[2] - r[0] - 6))
                ci += cs
        return ys[-1]

    def footer(self, label=None):
        self.text(0, self.H - 22, label or f"- {self.no - 2} -", 9, "m", align="c", width=self.W)


def F(page, raw, value, unit, metric, debt, debt_raw, fy, fy_raw, seg, basis, approx=False):
    g.fact(page.no, raw, value, unit, metric, debt, debt_raw, fy, fy_raw, seg, basis, None, approx)


def oku_man(k_: int) -> str:
    """千円 -> 1億2,340万円 (rounded to 万円)."""
    man = round(k_ / 10)
    oku, man = divmod(man, 10000)
    return (f"{oku}億" if oku else "") + f"{man:,}万円"


# ---------------------------------------------------------------- page 1: cover
p = Page()
p.rect((60, 220, 535, 400), width=1.5)
p.text(0, 290, "ニセコ町債権管理計画", 30, "g", align="c", width=p.W)
p.text(0, 345, "令和７（２０２５）年度～令和１０（２０２８）年度", 14, "g", align="c", width=p.W)
p.text(0, 640, "令和７年３月", 14, "m", align="c", width=p.W)
p.text(0, 680, "ニ セ コ 町", 18, "g", align="c", width=p.W)

# ---------------------------------------------------------------- page 2: 目次 and 凡例
p = Page()
p.text(0, 110, "目　　次", 16, "g", align="c", width=p.W)
TOC = [("１　計画策定の趣旨", 1), ("２　計画の概要", 1), ("３　債権の現状", 2), ("４　数値目標", 4),
       ("５　債権ごとの取組み", 5), ("　（１）町税", 5), ("　（２）国民健康保険税", 5), ("　（３）介護保険料", 6),
       ("　（４）水道料金・下水道使用料", 6), ("　（５）町営住宅使用料", 6)]
y = 160
for label, pg in TOC:
    w = p.text(90, y, label, 11, "m")
    pw = FONTS["m"].text_length(str(pg), fontsize=11)
    dots_x0, dots_x1 = 90 + w + 8, 505 - pw - 6
    p.line((dots_x0, y - 3), (dots_x1, y - 3), width=0.8, dashes="[1 3] 0")
    p.text(505 - pw, y, str(pg), 11, "m")
    y += 26
p.text(70, 470, "凡　例", 12, "g")
LEGEND = [("強制徴収公債権", "地方税の滞納処分の例により、差押え等の強制徴収ができる公法上の債権（町税、国民健康保険税、介護保険料、後期高齢者医療保険料、下水道使用料）"),
          ("私債権", "契約等の私法上の原因により発生する債権。強制徴収には裁判所の手続を要する（水道料金、町営住宅使用料）"),
          ("収納率", "収入済額÷調定額×100（小数点以下第３位を四捨五入）")]
y = 485
for term, desc in LEGEND:
    rows = p.wrap(desc, 330, 9.5, "m")
    h = max(1, len(rows)) * 15 + 8
    p.rect((70, y, 175, y + h), fill=(0.92, 0.92, 0.92), width=0.5)
    p.rect((175, y, 525, y + h), width=0.5)
    p.text(76, y + 5 + 10, term, 9.5, "g")
    for i, r_ in enumerate(rows):
        p.text(182, y + 5 + 10 + i * 15, r_, 9.5, "m")
    y += h

# ---------------------------------------------------------------- page 3 (doc page 1): two columns
p = Page()
X1, X2, CW = 50, 310, 235
p.text(0, 62, "１　計画策定の趣旨・２　計画の概要", 13, "g", align="c", width=p.W)
p.line((50, 72), (545, 72), width=1.0)
p.line((297.5, 84), (297.5, 770), width=0.4, color=(0.5, 0.5, 0.5))
t5, t_h29 = TOT[2023]["out"], TOT[2017]["out"]
dif = t5 - t_h29
tax = DATA["tax"]
y = 88
y = p.para(X1, y, "１　計画策定の趣旨", CW, 11, "g", lead=1.5, indent=0)
L1 = (f"本町では、平成２８年４月に「ニセコ町債権管理条例」を施行し、町税をはじめとする各種債権の適正な管理に取り組んできた。"
      f"令和５（２０２３）年度決算における主要７債権の収入未済額は約{oku_man(t5)}で、平成29年度（2017年度）の約{oku_man(t_h29)}から"
      f"約{oku_man(-dif)}減少した。")
y = p.para(X1, y, L1, CW, 9.5)
F(p, f"約{oku_man(t5)}", round(t5 / 10) * 10000, "yen", "outstanding", None, "主要７債権", 2023, "令和５（２０２３）年度",
  "total", "actual", approx=True)
F(p, f"約{oku_man(t_h29)}", round(t_h29 / 10) * 10000, "yen", "outstanding", None, "主要７債権", 2017,
  "平成29年度（2017年度）", "total", "actual", approx=True)
F(p, f"約{oku_man(-dif)}減少", -round(-dif / 10) * 10000, "yen", "difference", None, "主要７債権", 2023,
  "令和５（２０２３）年度", "total", "actual", approx=True)
L2 = (f"この間、町税の現年度分収納率は、令和二年度に新型コロナウイルス感染症の影響により{pct(tax[2020]['cr'])}％まで低下したが、"
      f"令和５年度には{pct(tax[2023]['cr'])}％まで回復している。一方で、別荘等を所有する町外の納税義務者や、"
      f"転出者・退去者に係る滞納は、接触が難しく長期化する傾向にある。")
y = p.para(X1, y + 2, L2, CW, 9.5)
F(p, f"{pct(tax[2020]['cr'])}％", tax[2020]["cr"], "percent", "collection_rate", "町税", "町税", 2020, "令和二年度",
  "current", "actual")
F(p, f"{pct(tax[2023]['cr'])}％", tax[2023]["cr"], "percent", "collection_rate", "町税", "町税", 2023, "令和５年度",
  "current", "actual")
L3 = ("第１期計画（令和３年度～令和６年度）の期間満了に伴い、これまでの取組の成果と課題を踏まえ、"
      "債権の発生から回収・整理までを計画的に進めるため、第２期となる本計画を策定する。")
y = p.para(X1, y + 2, L3, CW, 9.5)
y = p.para(X1, y + 8, "２　計画の概要", CW, 11, "g", lead=1.5, indent=0)
y = p.para(X1, y, "（１）計画期間", CW, 10, "g", lead=1.5, indent=0)
y = p.para(X1, y, "令和７（２０２５）年度から令和１０（２０２８）年度までの４年間とする。ただし、社会経済情勢の変化等により、"
           "必要に応じて見直しを行う。", CW, 9.5)
y = p.para(X1, y + 2, "（２）対象債権", CW, 10, "g", lead=1.5, indent=0)
y = p.para(X1, y, "令和５年度決算において収入未済額が生じている債権のうち、次の７債権を主要債権とする。", CW, 9.5)
TGT_LIST = [("ア　強制徴収公債権", ["(ｱ)　町税", "(ｲ)　国民健康保険税", "(ｳ)　介護保険料", "(ｴ)　後期高齢者医療保険料",
                                "(ｵ)　下水道使用料"]),
            ("イ　私債権", ["(ｱ)　水道料金", "(ｲ)　町営住宅使用料"])]
for head, subs in TGT_LIST:
    y = p.para(X1 + 8, y, head, CW - 8, 9.5, "m", lead=1.6, indent=0)
    for s in subs:
        y = p.para(X1 + 22, y, s, CW - 22, 9.5, "m", lead=1.6, indent=0)

# right column
y = 88
y = p.para(X2, y, "（３）全庁的な取組", CW, 10, "g", lead=1.5, indent=0)
COMMON = [("ア", "現年度分の徴収強化", "納期限内の納付を促すため、口座振替とスマートフォン決済の利用を勧奨し、新たな滞納の発生を抑える。", "継続"),
          ("イ", "滞納整理の早期着手", "督促状の発付後、速やかに催告と財産調査を行い、納付資力のある滞納者には滞納処分を執行する。", "継続"),
          ("ウ", "情報共有と一元化", "複数の債権を滞納する者について、本人の同意を得て担当課間で情報を共有し、納付相談の窓口を一本化する。", "新規"),
          ("エ", "債権の適正な整理", "徴収の見込みがない債権は、執行停止や債権放棄の手続を適正に行い、管理すべき債権を明確にする。", "拡充")]
for lab, title, text, st in COMMON:
    y = p.para(X2, y, f"{lab}　{title}", CW, 9.5, "g", lead=1.55, indent=0)
    y = p.para(X2 + 10, y, text + f"【{st}】", CW - 10, 9.5)
    g.init(p.no, None, None, 2025, "全庁的な取組", lab, title + text, st)
y = p.para(X2, y + 4, "（４）計画の目標", CW, 10, "g", lead=1.5, indent=0)
out10 = sum(TARGETS[k_][2][-1] for k_ in ORDER)
tx10 = TARGETS["tax"][0][-1]
L4 = (f"計画の最終年度である令和10年度には、主要７債権の収入未済額を約{oku_man(out10)}以下に縮減することを目指す。"
      f"また、町税の現年度分収納率は{pct(tx10)}％を目標とし、債権ごとの目標は「４ 数値目標」のとおりとする。")
y = p.para(X2, y, L4, CW, 9.5)
F(p, f"約{oku_man(out10)}", round(out10 / 10) * 10000, "yen", "outstanding", None, "主要７債権", 2028, "令和10年度", "total",
  "target", approx=True)
F(p, f"{pct(tx10)}％", tx10, "percent", "collection_rate", "町税", "町税", 2028, "令和10年度", "current", "target")
y = p.para(X2, y + 4, "（５）計画の推進体制", CW, 10, "g", lead=1.5, indent=0)
y = p.para(X2, y, "副町長を委員長とする債権管理推進委員会において、毎年度、各債権の目標の達成状況を確認し、"
           "その結果を翌年度の取組に反映させる。進捗状況は、決算の確定後に町ホームページで公表する。", CW, 9.5)
kk = DATA["kokuho"]
L5 = (f"なお、国民健康保険税の滞納繰越分の収納率は令和５年度{pct(kk[2023]['ar'])}％で、"
      f"前年度比{pct(round(kk[2023]['ar'] - kk[2022]['ar'], 2))}ポイント上昇したものの、町税（{pct(tax[2023]['ar'])}％）を"
      f"下回っており、重点的な対応が必要である。")
y = p.para(X2, y + 2, L5, CW, 9.5)
F(p, f"{pct(kk[2023]['ar'])}％", kk[2023]["ar"], "percent", "collection_rate", "国民健康保険料", "国民健康保険税", 2023,
  "令和５年度", "arrears", "actual")
F(p, f"{pct(round(kk[2023]['ar'] - kk[2022]['ar'], 2))}ポイント上昇", round(kk[2023]["ar"] - kk[2022]["ar"], 2), "points",
  "difference", "国民健康保険料", "国民健康保険税", 2023, "令和５年度", "arrears", "actual")
F(p, f"（{pct(tax[2023]['ar'])}％）", tax[2023]["ar"], "percent", "collection_rate", "町税", "町税", 2023, "令和５年度",
  "arrears", "actual")
p.footer()

# ---------------------------------------------------------------- pages 4, 5: long-format table (broken across pages)
LONG_W = [92, 84, 66, 66, 56, 62, 46]
LONG_HEAD = ["債権名", "年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
SHOW = [2021, 2022, 2023]


def long_rows(page, keys, with_total=False):
    rows = [LONG_HEAD]
    for key in keys:
        canon, full = SPEC[key][:2]
        for y_ in SHOW:
            d = DATA[key][y_]
            cells = [full, both(y_), num(d["ta"]), num(d["tc"]), num(d["wo"]), num(d["out"]), pct(d["tr"])]
            rows.append(cells)
            for raw, metric, v in ((cells[2], "assessed", d["ta"]), (cells[3], "collected", d["tc"]),
                                   (cells[4], "written_off", d["wo"]), (cells[5], "outstanding", d["out"])):
                F(page, raw, v * 1000, "yen", metric, canon, full, y_, both(y_), "total", "actual")
            F(page, cells[6], d["tr"], "percent", "collection_rate", canon, full, y_, both(y_), "total", "actual")
    if with_total:
        for y_ in SHOW:
            d = TOT[y_]
            cells = [{"t": "合計", "fill": (0.93, 0.93, 0.93)}, {"t": both(y_), "fill": (0.93, 0.93, 0.93)}] + [
                {"t": v, "fill": (0.93, 0.93, 0.93), "a": "r"} for v in
                (num(d["ta"]), num(d["tc"]), num(d["wo"]), num(d["out"]), pct(d["tr"]))]
            rows.append(cells)
            for raw, metric, v in ((num(d["ta"]), "assessed", d["ta"]), (num(d["tc"]), "collected", d["tc"]),
                                   (num(d["wo"]), "written_off", d["wo"]), (num(d["out"]), "outstanding", d["out"])):
                F(page, raw, v * 1000, "yen", metric, None, "合計", y_, both(y_), "total", "actual")
            F(page, pct(d["tr"]), d["tr"], "percent", "collection_rate", None, "合計", y_, both(y_), "total", "actual")
    return rows


p = Page()
p.text(50, 70, "３　債権の現状", 13, "g")
y = p.para(50, 82, "令和３年度から令和５年度までの主要７債権の収入状況（現年度分と滞納繰越分の計）は、次のとおりである。"
           "町税及び国民健康保険税の収入未済額は、３年連続で減少している。", 495, 10)
p.text(50, y + 12, "（１）主要債権の収入状況（決算）", 10.5, "g")
p.text(50, y + 12, "（単位：千円、％）", 8.5, "m", align="r", width=495)
y = p.table(50, y + 18, LONG_W, long_rows(p, ["tax", "kokuho", "kaigo", "kouki"]), rh=19, size=8.5)
p.text(50, y + 12, "※ 収納率は、現年度分と滞納繰越分を合わせた収入済額を調定額で除したもの。次頁に続く。", 8, "m")
tk = DATA["tax"]
y = p.para(50, y + 32, (f"町税の収入未済額は、令和５年度末で{num(tk[2023]['out'])}千円となり、前年度から"
                        f"{num(tk[2022]['out'] - tk[2023]['out'])}千円減少した。国民健康保険税は、被保険者数の減少に伴い"
                        f"調定額が減少する中で、収納率は{pct(DATA['kokuho'][2023]['tr'])}％と前年度を"
                        f"{pct(round(DATA['kokuho'][2023]['tr'] - DATA['kokuho'][2022]['tr'], 2))}ポイント上回った。"), 495, 10)
F(p, f"{num(tk[2023]['out'])}千円", tk[2023]["out"] * 1000, "yen", "outstanding", "町税", "町税", 2023, "令和５年度末",
  "total", "actual")
F(p, f"{num(tk[2022]['out'] - tk[2023]['out'])}千円減少", (tk[2023]["out"] - tk[2022]["out"]) * 1000, "yen", "difference",
  "町税", "町税", 2023, "令和５年度末", "total", "actual")
F(p, f"{pct(DATA['kokuho'][2023]['tr'])}％", DATA["kokuho"][2023]["tr"], "percent", "collection_rate", "国民健康保険料",
  "国民健康保険税", 2023, "令和５年度", "total", "actual")
F(p, f"{pct(round(DATA['kokuho'][2023]['tr'] - DATA['kokuho'][2022]['tr'], 2))}ポイント",
  round(DATA["kokuho"][2023]["tr"] - DATA["kokuho"][2022]["tr"], 2), "points", "difference", "国民健康保険料",
  "国民健康保険税", 2023, "令和５年度", "total", "actual")
p.text(50, y + 16, "（参考）滞納者数等の推移（各年度末）", 10.5, "g")
COUNTS = [("町税", "町税", "滞納者数（人）", "persons", [331, 304, 286]),
          ("国民健康保険料", "国民健康保険税", "滞納世帯数（世帯）", "households", [172, 158, 149]),
          ("介護保険料", "介護保険料", "滞納者数（人）", "persons", [41, 38, 36]),
          ("町営住宅使用料", "町営住宅使用料", "滞納者数（人）", "persons", [23, 21, 19])]
rows = [["債権名", "区分", "令和３年度末", "令和４年度末", "令和５年度末", "増減（R5－R3）"]]
for canon, full, lab, unit, vals in COUNTS:
    d_ = vals[-1] - vals[0]
    rows.append([full, lab] + [num(v) for v in vals] + [num(d_, "▲")])
    for y_, v in zip(SHOW, vals):
        F(p, num(v), v, unit, "delinquents", canon, full, y_, f"{rw(y_)}末", "total", "actual")
    F(p, num(d_, "▲"), d_, unit, "difference", canon, full, 2023, "R5－R3", "total", "actual")
y = p.table(50, y + 22, [100, 95, 70, 70, 70, 90], rows, rh=19, size=8.5)
p.text(50, y + 12, "※ 実人数（世帯数）。同一人が現年度分と滞納繰越分の両方を滞納している場合は１人として数えている。", 8, "m")
assert COUNTS[0][4][-1] == 286
p.footer()

p = Page()
p.text(50, 70, "（１）主要債権の収入状況（決算）（続き）", 10.5, "g")
p.text(50, 70, "（単位：千円、％）", 8.5, "m", align="r", width=495)
y = p.table(50, 78, LONG_W, long_rows(p, ["suido", "gesui", "jutaku"], with_total=True), rh=19, size=8.5)
other = 3214
p.text(50, y + 12, f"※ 上表のほか、その他の債権（１２債権）の令和５年度末の収入未済額は {num(other)}千円である。", 8, "m")
F(p, f"{num(other)}千円", other * 1000, "yen", "outstanding", None, "その他", 2023, "令和５年度末", "total", "actual")
# line chart: 町税 収入未済額 (万円) H30..R5
p.text(50, y + 42, "（２）町税 収入未済額の推移（単位：万円）", 10.5, "g")
cy0, cy1, cx0, cx1 = y + 60, y + 230, 90, 520
p.rect((70, cy0 - 8, 535, cy1 + 32), width=0.5, color=(0.4, 0.4, 0.4))
vmin, vmax = 3000, 8000
for tick in (3000, 4000, 5000, 6000, 7000, 8000):
    ty = cy1 - (tick - vmin) / (vmax - vmin) * (cy1 - cy0)
    p.line((cx0, ty), (cx1, ty), width=0.3, color=(0.75, 0.75, 0.75))
    p.text(cx0 - 38, ty + 3, f"{tick:,}", 8, "g", align="r", width=34)
pts = []
CH_YEARS = [(2018, "H30"), (2019, "R1"), (2020, "R2"), (2021, "R3"), (2022, "R4"), (2023, "R5")]
for i, (y_, lab) in enumerate(CH_YEARS):
    v = round(DATA["tax"][y_]["out"] / 10)
    px = cx0 + 30 + i * ((cx1 - cx0 - 60) / (len(CH_YEARS) - 1))
    py = cy1 - (v - vmin) / (vmax - vmin) * (cy1 - cy0)
    pts.append((px, py))
    p.text(px - 30, cy1 + 16, lab, 9, "g", align="c", width=60)
    p.text(px - 30, py - 9, f"{v:,}", 9, "g", align="c", width=60)
    F(p, f"{v:,}", v * 10000, "yen", "outstanding", "町税", "町税", y_, lab, "total", "actual")
for a, b in zip(pts, pts[1:]):
    p.line(a, b, width=1.6, color=(0.18, 0.37, 0.6))
for pt in pts:
    p.page.draw_circle(pymupdf.Point(*pt), 2.8, color=(0.18, 0.37, 0.6), fill=(0.18, 0.37, 0.6))
p.text(50, cy1 + 46, "※ 各年度の決算額。千円単位の額を万円未満四捨五入して表示している。", 8, "m")
p.footer()

# ---------------------------------------------------------------- page 6: landscape targets
p = Page(land=True)
p.text(40, 45, "４　数値目標", 13, "g")
p.text(40, 62, "各債権の収納率（現年度分・滞納繰越分）及び収入未済額について、計画期間中の年度ごとの目標を次のとおり定める。", 9.5, "m")
p.text(40, 84, "（１）目標収納率（単位：％）", 10.5, "g")
cols = [("令和５年度", "実績", 2023, "actual"), ("令和６年度", "見込", 2024, "estimate")] + [
    (rw(y_), "目標", y_, "target") for y_ in TARGET_YEARS]
head1 = [{"t": "債権名", "rs": 3}] + [{"t": c[0], "cs": 2} for c in cols]
head2 = [{"t": c[1], "cs": 2} for c in cols]
head3 = ["現年度分", "滞納繰越分"] * len(cols)
rows = [head1, head2, head3]
for key in ORDER:
    canon, full = SPEC[key][:2]
    cells = [full]
    for lab, bas, y_, basis in cols:
        if basis in ("actual", "estimate"):
            vc, va = DATA[key][y_]["cr"], DATA[key][y_]["ar"]
        else:
            i = TARGET_YEARS.index(y_)
            vc, va = TARGETS[key][0][i], TARGETS[key][1][i]
        for seg, v in (("current", vc), ("arrears", va)):
            txt = pct(v)
            cells.append(txt)
            F(p, txt, v, "percent", "collection_rate", canon, full, y_, lab, seg, basis)
    rows.append(cells)
y = p.table(40, 92, [110] + [54] * 12, rows, rh=17, size=8.5, heads=3)
p.text(40, y + 22, "（２）収入未済額の目標（単位：千円）", 10.5, "g")
cols2 = cols
head = ["債権名"] + [f"{c[0]}\n{c[1]}" for c in cols2] + ["増減\n（R10－R5）"]
rows = [head]
sums = [0] * len(cols2)
for key in ORDER:
    canon, full = SPEC[key][:2]
    cells = [full]
    vals = []
    for i, (lab, bas, y_, basis) in enumerate(cols2):
        v = DATA[key][y_]["out"] if basis != "target" else TARGETS[key][2][TARGET_YEARS.index(y_)]
        vals.append(v)
        sums[i] += v
        cells.append(num(v))
        F(p, num(v), v * 1000, "yen", "outstanding", canon, full, y_, lab, "total", basis)
    d = vals[-1] - vals[0]
    cells.append(num(d, "▲"))
    F(p, num(d, "▲"), d * 1000, "yen", "difference", canon, full, 2028, "R10－R5", "total", "target")
    rows.append(cells)
cells = [{"t": "合計", "fill": (0.93, 0.93, 0.93)}]
for i, (lab, bas, y_, basis) in enumerate(cols2):
    cells.append({"t": num(sums[i]), "fill": (0.93, 0.93, 0.93), "a": "r"})
    F(p, num(sums[i]), sums[i] * 1000, "yen", "outstanding", None, "合計", y_, lab, "total", basis)
d = sums[-1] - sums[0]
cells.append({"t": num(d, "▲"), "fill": (0.93, 0.93, 0.93), "a": "r"})
F(p, num(d, "▲"), d * 1000, "yen", "difference", None, "合計", 2028, "R10－R5", "total", "target")
rows.append(cells)
assert sums[-1] == out10
y = p.table(40, y + 30, [110] + [90] * 6 + [92], rows, rh=17, size=8.5, heads=1, head_rh=26)
p.text(40, y + 16, "※ 令和６年度は令和７年１月末現在の収納実績を基にした決算見込。増減の▲は減少を示す。", 8, "m")
p.text(0, p.H - 20, "- 4 -", 9, "m", align="c", width=p.W)


# ---------------------------------------------------------------- pages 7, 8: 推進シート
def sheet_head(p, y, debt_label, dept):
    p.rect((50, y, 545, y + 24), fill=(0.85, 0.89, 0.95), width=0.8)
    p.text(58, y + 16, f"５　債権ごとの取組み（{debt_label}）", 11.5, "g")
    p.text(300, y + 16, f"所管課：{dept}", 9.5, "g", align="r", width=237)
    return y + 34


def tagged(p, y, canon, full, section, items, x=58, width=480):
    """items: (label, title, text, status, tag_alone, subs) -> ア/イ, tag alone on its own line or inline."""
    for lab, title, text, st, alone, subs in items:
        head = f"{lab}　{title}" if title else f"{lab}　{text}"
        if title:
            y = p.para(x, y, head, width, 9.5, "g", lead=1.5, indent=0)
        if subs:
            for slab, stext, sst in subs:
                y = p.para(x + 12, y, f"{slab}　{stext}【{sst}】", width - 12, 9.5, "m", lead=1.55, indent=0, hang=2.2)
                g.init(p.no, canon, full, 2025, section, f"{lab}{slab}", stext, sst)
            continue
        body = text if title else None
        if body:
            y = p.para(x + 12, y, body + ("" if alone else f"【{st}】"), width - 12, 9.5, "m", lead=1.55, indent=1)
        else:
            y = p.para(x, y, head + ("" if alone else f"【{st}】"), width, 9.5, "m", lead=1.55, indent=0, hang=2)
        if alone:
            p.text(x, y + 8, f"【{st}】", 9.5, "g", align="r", width=width)
            y += 15
        g.init(p.no, canon, full, 2025, section, lab, (title or "") + text, st)
    return y


# page 7: 町税 + 国民健康保険税
p = Page()
y = sheet_head(p, 50, "町税", "税務課")
d = DATA["tax"]
y = p.para(50, y, "（１）現状と課題", 495, 10, "g", lead=1.5, indent=0)
d_cr = round(d[2023]["cr"] - d[2022]["cr"], 2)
TX = (f"令和５年度の現年度分収納率は{pct(d[2023]['cr'])}％で、前年度比{pct(d_cr)}ポイント上昇した。滞納繰越分の収納率は"
      f"{pct(d[2023]['ar'])}％にとどまっており、滞納者２８６人のうち１１２人が町外に居住する納税義務者である。"
      f"町外の滞納者には文書での接触が中心となるため、財産調査と滞納処分を早期に行う必要がある。")
y = p.para(50, y, TX, 495, 9.5)
F(p, f"{pct(d[2023]['cr'])}％", d[2023]["cr"], "percent", "collection_rate", "町税", "町税", 2023, "令和５年度", "current",
  "actual")
F(p, f"{pct(d_cr)}ポイント上昇", d_cr, "points", "difference", "町税", "町税", 2023, "令和５年度", "current", "actual")
F(p, f"{pct(d[2023]['ar'])}％", d[2023]["ar"], "percent", "collection_rate", "町税", "町税", 2023, "令和５年度", "arrears",
  "actual")
F(p, "２８６人", 286, "persons", "delinquents", "町税", "町税", 2023, "令和５年度", "total", "actual")
F(p, "１１２人", 112, "persons", "delinquents_nonresident", "町税", "町税", 2023, "令和５年度", "total", "actual")
y = p.para(50, y + 4, "（２）目標と実績", 495, 10, "g", lead=1.5, indent=0)
# left: metrics as rows, years as columns (targets)
tg = TARGETS["tax"]
rows = [["目標値", "令和７年度", "令和８年度", "令和９年度", "令和10年度"]]
for lab, arr_i, seg, unit in (("収納率（現年度分）", 0, "current", "percent"), ("収納率（滞納繰越分）", 1, "arrears", "percent"),
                              ("収入未済額（千円）", 2, "total", "yen")):
    cells = [lab]
    for i, y_ in enumerate(TARGET_YEARS):
        v = tg[arr_i][i]
        txt = pct(v) if unit == "percent" else num(v)
        cells.append(txt)
        if unit == "percent":
            F(p, txt, v, "percent", "collection_rate", "町税", "町税", y_, rw(y_), seg, "target")
        else:
            F(p, txt, v * 1000, "yen", "outstanding", "町税", "町税", y_, rw(y_), seg, "target")
    rows.append(cells)
y_tab = y + 2
p.text(50, y_tab + 8, "目標（単位：％、千円）", 8.5, "g")
p.table(50, y_tab + 12, [92, 42, 42, 42, 42], rows, rh=18, size=8)
# right: years as rows (era-less), metrics as columns (actuals)
rows = [["年度", "調定額", "収入済額", "収納率"]]
for y_ in SHOW:
    dd = d[y_]
    lab = f"{y_ - 2018}年度"
    rows.append([lab, num(dd["ta"]), num(dd["tc"]), pct(dd["tr"])])
    F(p, num(dd["ta"]), dd["ta"] * 1000, "yen", "assessed", "町税", "町税", y_, lab, "total", "actual")
    F(p, num(dd["tc"]), dd["tc"] * 1000, "yen", "collected", "町税", "町税", y_, lab, "total", "actual")
    F(p, pct(dd["tr"]), dd["tr"], "percent", "collection_rate", "町税", "町税", y_, lab, "total", "actual")
p.text(335, y_tab + 8, "実績（令和、計、単位：千円・％）", 8.5, "g")
y = p.table(335, y_tab + 12, [50, 58, 58, 44], rows, rh=18, size=8) + 8
y = p.para(50, y, "（３）具体的な取組", 495, 10, "g", lead=1.5, indent=0)
y = tagged(p, y, "町税", "町税", "具体的な取組", [
    ("ア", "納期内納付の推進", "納税通知書にスマートフォン決済の案内を同封し、口座振替の新規登録を窓口と郵送の両方で受け付ける。", "継続", True, None),
    ("イ", "滞納処分の強化", "", None, False,
     [("(ｱ)", "督促状の発付から３か月を経過した滞納者について、預貯金と給与の調査を行い、差押えを優先して実施する。", "継続"),
      ("(ｲ)", "差し押さえた不動産や動産は、インターネット公売により速やかに換価する。", "新規")]),
    ("ウ", "町外納税義務者への対応", "別荘等を所有する町外の滞納者に対し、住所地の金融機関への預金調査を一括して行う。", "拡充", True, None),
])
# 国民健康保険税 (compact, items in a box)
y = sheet_head(p, y + 6, "国民健康保険税", "町民生活課")
kd = DATA["kokuho"]
KX = (f"令和５年度の現年度分収納率は{pct(kd[2023]['cr'])}％、滞納繰越分は{pct(kd[2023]['ar'])}％である。令和10年度の目標は、"
      f"現年度分{pct(TARGETS['kokuho'][0][-1])}％、滞納繰越分{pct(TARGETS['kokuho'][1][-1])}％とする。")
y = p.para(50, y, KX, 495, 9.5)
F(p, f"{pct(kd[2023]['cr'])}％", kd[2023]["cr"], "percent", "collection_rate", "国民健康保険料", "国民健康保険税", 2023,
  "令和５年度", "current", "actual")
F(p, f"{pct(kd[2023]['ar'])}％", kd[2023]["ar"], "percent", "collection_rate", "国民健康保険料", "国民健康保険税", 2023,
  "令和５年度", "arrears", "actual")
F(p, f"{pct(TARGETS['kokuho'][0][-1])}％", TARGETS["kokuho"][0][-1], "percent", "collection_rate", "国民健康保険料",
  "国民健康保険税", 2028, "令和10年度", "current", "target")
F(p, f"{pct(TARGETS['kokuho'][1][-1])}％", TARGETS["kokuho"][1][-1], "percent", "collection_rate", "国民健康保険料",
  "国民健康保険税", 2028, "令和10年度", "arrears", "target")
box_top = y + 2
KITEMS = [("①", "資格取得の届出時に口座振替の申込みを受け付け、納付書による納付からの切替えを進める。", "継続"),
          ("②", "短期被保険者証の更新時に面談を行い、分納誓約の内容と履行状況を確認する。", "継続"),
          ("③", "町税と併せて滞納している世帯は、税務課と共同で財産調査を行い、滞納処分を一体的に進める。", "新規")]
yy = box_top + 8
yy = p.para(60, yy, "取組内容", 470, 9.5, "g", lead=1.5, indent=0)
for lab, text, st in KITEMS:
    yy = p.para(60, yy, f"{lab}{text}【{st}】", 470, 9.5, "m", lead=1.55, indent=0, hang=1)
    g.init(p.no, "国民健康保険料", "国民健康保険税", 2025, "取組内容", lab, text, st)
p.rect((50, box_top, 545, yy + 4), width=0.9)
p.footer()

# page 8: 介護保険料, 水道料金・下水道使用料, 町営住宅使用料
p = Page()
y = sheet_head(p, 50, "介護保険料", "保健福祉課")
ad = DATA["kaigo"]
AX = (f"普通徴収の被保険者を中心に滞納が生じており、令和５年度の滞納繰越分の収納率は{pct(ad[2023]['ar'])}％"
      f"（前年度{pct(ad[2022]['ar'])}％）である。保険料の納付が２年を超えて滞ると時効により徴収できなくなるため、"
      f"時効が近い案件を優先して対応する。")
y = p.para(50, y, AX, 495, 9.5)
F(p, f"{pct(ad[2023]['ar'])}％", ad[2023]["ar"], "percent", "collection_rate", "介護保険料", "介護保険料", 2023, "令和５年度",
  "arrears", "actual")
F(p, f"（前年度{pct(ad[2022]['ar'])}％）", ad[2022]["ar"], "percent", "collection_rate", "介護保険料", "介護保険料", 2022,
  "前年度", "arrears", "actual")
y = tagged(p, y + 2, "介護保険料", "介護保険料", "具体的な取組", [
    ("ア", "", "新たに６５歳となる被保険者に、年金からの特別徴収が始まるまでの納付方法を案内する。", "継続", False, None),
    ("イ", "", "時効が近い滞納案件を四半期ごとに抽出し、催告書の送付と預貯金の調査を行う。", "継続", False, None),
    ("ウ", "", "滞納が続いた場合の給付制限について、催告書に説明文書を同封して周知する。", "新規", True, None),
])
y = sheet_head(p, y + 8, "水道料金・下水道使用料", "建設課")
sd, gd = DATA["suido"], DATA["gesui"]
SX = (f"令和５年度末の収入未済額は、水道料金{num(sd[2023]['out'])}千円、下水道使用料{num(gd[2023]['out'])}千円で、"
      f"いずれも前年度から減少した。両料金は同じ納入通知書で請求しているため、催告と給水停止の手続を一体で行う。")
y = p.para(50, y, SX, 495, 9.5)
F(p, f"{num(sd[2023]['out'])}千円", sd[2023]["out"] * 1000, "yen", "outstanding", "水道料金", "水道料金", 2023,
  "令和５年度末", "total", "actual")
F(p, f"{num(gd[2023]['out'])}千円", gd[2023]["out"] * 1000, "yen", "outstanding", "下水道使用料", "下水道使用料", 2023,
  "令和５年度末", "total", "actual")
y = tagged(p, y + 2, "水道料金", "水道料金・下水道使用料", "具体的な取組", [
    ("ア", "給水停止の予告", "２期以上の未納がある使用者に給水停止予告書を送付し、納付相談に応じない場合は給水を停止する。", "継続", True, None),
    ("イ", "閉栓者の未納対策", "転出等で閉栓した使用者の未納分について、転出先の住所調査を行い、文書で請求する。", "拡充", True, None),
])
y = sheet_head(p, y + 8, "町営住宅使用料", "建設課")
jd = DATA["jutaku"]
JX = (f"令和５年度の収納率は現年度分{pct(jd[2023]['cr'])}％、滞納繰越分{pct(jd[2023]['ar'])}％である。"
      f"収入未済額{num(jd[2023]['out'])}千円の多くは退去者に係るもので、連帯保証人への請求と法的措置を進める。")
y = p.para(50, y, JX, 495, 9.5)
F(p, f"{pct(jd[2023]['cr'])}％", jd[2023]["cr"], "percent", "collection_rate", "町営住宅使用料", "町営住宅使用料", 2023,
  "令和５年度", "current", "actual")
F(p, f"{pct(jd[2023]['ar'])}％", jd[2023]["ar"], "percent", "collection_rate", "町営住宅使用料", "町営住宅使用料", 2023,
  "令和５年度", "arrears", "actual")
F(p, f"{num(jd[2023]['out'])}千円", jd[2023]["out"] * 1000, "yen", "outstanding", "町営住宅使用料", "町営住宅使用料", 2023,
  "令和５年度", "total", "actual")
JITEMS = [("(1)", "家賃滞納の早期対応", "滞納が２か月に達した入居者と連帯保証人に通知を行い、分納の相談に応じる。"),
          ("(2)", "退去者分の法的措置", "納付に応じない退去者について、支払督促の申立てを行う。"),
          ("(3)", "債権の整理", "相続人が不存在となった案件等は、債権管理条例に基づき債権放棄の手続を行う。")]
for lab, title, text in JITEMS:
    y = p.para(58, y + 1, f"{lab.replace('(', '（').replace(')', '）')}{title}", 480, 9.5, "g", lead=1.5, indent=0)
    y = p.para(70, y, text, 468, 9.5, "m", lead=1.55, indent=1)
    g.init(p.no, "町営住宅使用料", "町営住宅使用料", 2025, "具体的な取組", lab, title + text, None)
p.footer()


def main():
    pdf = Path("pdf") / f"{STEM}.pdf"
    DOC.subset_fonts()
    DOC.set_metadata({"title": "ニセコ町債権管理計画", "author": "ニセコ町", "producer": "PyMuPDF"})
    DOC.save(pdf, garbage=4, deflate=True)
    gold = Path("gold") / f"{STEM}.json"
    g.write(pdf, gold)
    return check(pdf, gold)


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
