"""西海津市 未収債権の回収・整理状況（中間報告）-- PyMuPDF direct drawing, A4 portrait."""
import pymupdf as fitz

from x_common import Facts, Inits, PDF, write_gold, check

STEM = "x_nishiaizu_progress_1"
CITY = "西海津市"
TITLE = "令和５年度 未収債権の回収・整理状況（中間報告）"
F = Facts()
I = Inits()
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FG = fitz.Font(fontfile=GOTH)
FM = fitz.Font(fontfile=MIN)
W, H = fitz.paper_size("a4")
ASOF, ASOF_PREV = "2024-02-29", "2023-02-28"
WARDS = ["東区", "西区", "南区", "北区", "中央区"]

OVERVIEW = [  # debt, cur(now, prev), arr(now, prev)
    ("市税", (96.02, 95.80), (27.40, 26.10)),
    ("国民健康保険料", (80.15, 80.62), (17.25, 16.90)),
    ("介護保険料", (93.40, 93.12), (11.30, 12.05)),
    ("後期高齢者医療保険料", (97.55, 97.60), (35.10, 33.80)),
    ("保育所保育料", (92.80, 92.15), (9.45, 8.70)),
    ("市営住宅使用料", (94.10, 94.35), (14.20, 13.60)),
    ("生活保護費返還金", (71.30, 69.85), (6.10, 5.75)),
]
OV = {d: (c, a) for d, c, a in OVERVIEW}

SHEETS = [
    dict(name="市税", ka="財政局税務部 収納対策課",
         est=(99.05, 30.20, 97.60, 2140), tgt=(99.10, 31.00, 97.75, 2050),
         wards={"東区": ((96.40, 96.12), (28.10, 26.55)), "西区": ((95.70, 95.52), (26.85, 25.90)),
                "南区": ((95.88, 95.71), (27.02, 26.33)), "北区": ((96.15, 95.94), (27.60, 26.01)),
                "中央区": ((95.95, 95.66), (27.45, 25.70))},
         inits=[("①", "年度末の出納整理期間までに現年課税分の未納者全員へ催告書を送付し、滞納繰越への移行を抑える。", "継続"),
                ("②", "給与照会を電子化し、勤務先が判明した滞納者について給与差押えを速やかに行う。", "拡充"),
                ("③", "滞納額100万円以上の案件を収納対策課へ引き継ぎ、捜索・公売を含む滞納処分を行う。", "継続")]),
    dict(name="国民健康保険料", ka="健康局保険年金課・各区保険年金課",
         est=(90.10, 22.40, 77.85, 3215), tgt=(90.50, 23.00, 78.40, 3100),
         wards={"東区": ((80.90, 81.20), (18.02, 17.10)), "西区": ((79.45, 80.01), (16.40, 16.55)),
                "南区": ((80.10, 80.70), (17.30, 17.05)), "北区": ((80.35, 80.52), (17.66, 16.98)),
                "中央区": ((79.80, 80.44), (16.85, 16.70))},
         inits=[("①", "２月と３月に夜間・休日の電話催告を集中して行い、現年度分の未納を年度内に解消する。", "継続"),
                ("②", "資格喪失世帯の一覧を各区に送付し、転出者にも文書催告を行う。", None),
                ("③", "財産調査で預貯金が判明した世帯について、各区で差押予告書を送付し、応じない場合は差押えを執行する。", "新規")]),
    dict(name="保育所保育料", ka="こども青少年局保育課",
         est=(98.60, 13.80, 93.20, 186), tgt=(98.80, 15.00, 93.70, 172), wards=None,
         inits=[("①", "在園児の未納者には園を通じて納付案内を手渡しし、３か月以上の未納世帯とは面談を行う。", "継続"),
                ("②", "児童手当からの特別徴収を、同意を得られた世帯に広げる。", "拡充")]),
]


class Pg:
    def __init__(self, doc, no, total_hint):
        self.p = doc.new_page(width=W, height=H)
        self.p.insert_font(fontname="G", fontfile=GOTH)
        self.p.insert_font(fontname="M", fontfile=MIN)
        self.no = no
        self.y = 60
        self.p.insert_text((W - 190, 30), "西海津市 財政局 債権管理課", fontname="G", fontsize=8)
        self.p.insert_text((W / 2 - 8, H - 24), f"－ {no} －", fontname="G", fontsize=9)

    def text(self, x, y, s, size=10, font="M", align="l", width=None):
        f = FG if font == "G" else FM
        if align == "r":
            x = x - f.text_length(s, fontsize=size)
        elif align == "c":
            x = x + (width - f.text_length(s, fontsize=size)) / 2
        self.p.insert_text((x, y), s, fontname=font, fontsize=size)

    def line(self, x0, y0, x1, y1, w=0.6):
        self.p.draw_line((x0, y0), (x1, y1), width=w)

    def rect(self, r, w=0.8):
        self.p.draw_rect(fitz.Rect(r), width=w)

    def wrap(self, x, s, maxw, size=10, font="M", lead=None, indent=0):
        f = FG if font == "G" else FM
        lead = lead or size * 1.55
        line, first = "", True
        for ch in s:
            lim = maxw - (0 if first else indent)
            if f.text_length(line + ch, fontsize=size) > lim:
                self.text(x + (0 if first else indent), self.y, line, size, font)
                self.y += lead
                line, first = ch, False
            else:
                line += ch
        if line:
            self.text(x + (0 if first else indent), self.y, line, size, font)
            self.y += lead


def tri(v):
    return ("△" if v < 0 else "") + f"{abs(v):.2f}"


def page1(doc):
    g = Pg(doc, 1, 4)
    g.text(0, g.y, TITLE, 14, "G", "c", W)
    g.y += 20
    g.text(W - 50, g.y, "令和６年３月15日", 10, "M", "r")
    g.y += 14
    g.text(W - 50, g.y, "西海津市債権管理対策会議", 10, "M", "r")
    g.y += 26
    g.text(50, g.y, "１　中間報告の概要", 11, "G")
    g.y += 20
    s1 = ("各債権所管課が年度当初に定めた回収・整理計画について、令和６年２月29日現在の進捗状況を取りまとめた。"
          "２月末時点の未収金残高は、全債権で約71億4,000万円となり、前年同期から約３億2,000万円減少した。"
          "一方、国民健康保険料及び市営住宅使用料の現年分は前年同期を下回っており、年度末に向けた取組の強化が必要である。")
    g.wrap(62, s1, W - 122, 10, indent=0)
    F.add(debt=None, debt_raw=None, fy=2023, fy_raw="２月末時点", seg="total", metric="outstanding", basis="interim",
          as_of=ASOF, value=7140000000, unit="yen", approx=True, raw="約71億4,000万円", page=1)
    g.y += 14
    g.text(50, g.y, "２　主な債権の徴収率（２月末現在・単位：％）", 11, "G")
    g.y += 22
    # no-rule table, columns aligned by position
    xs = [58, 250, 305, 360, 425, 480, 535]
    g.text(xs[1] - 10, g.y, "現年分", 9.5, "G")
    g.text(xs[4] - 10, g.y, "滞繰分", 9.5, "G")
    g.y += 15
    for i, h in enumerate(["債権名", "本年２月末", "前年同期", "増減", "本年２月末", "前年同期", "増減"]):
        if i == 0:
            g.text(xs[0], g.y, h, 9, "G")
        else:
            g.text(xs[i], g.y, h, 9, "G", "r")
    g.y += 17
    for d, (c, cp), (a, ap) in OVERVIEW:
        g.text(xs[0], g.y, d, 9.5)
        vals = [f"{c:.2f}", f"{cp:.2f}", tri(round(c - cp, 2)), f"{a:.2f}", f"{ap:.2f}", tri(round(a - ap, 2))]
        for i, v in enumerate(vals, 1):
            g.text(xs[i], g.y, v, 9.5, "M", "r")
        for v, seg, fy, asof, fyr in ((c, "current", 2023, ASOF, "本年２月末"), (cp, "current", 2022, ASOF_PREV, "前年同期"),
                                      (a, "arrears", 2023, ASOF, "本年２月末"), (ap, "arrears", 2022, ASOF_PREV, "前年同期")):
            F.add(debt=d, fy=fy, fy_raw=fyr, seg=seg, metric="collection_rate", basis="interim", as_of=asof,
                  value=v, unit="percent", raw=f"{v:.2f}", page=1)
        g.y += 17
    g.y += 4
    g.text(58, g.y, "注）本年２月末は令和６年２月29日現在、前年同期は令和５年２月28日現在の数値。増減の△は低下を示す。", 8.5)
    g.y += 28
    g.text(50, g.y, "３　債権別の状況", 11, "G")
    g.y += 20
    g.wrap(62, "市税、国民健康保険料及び保育所保育料について、債権ごとの徴収率の状況、決算見込と目標、主な取組を次ページ以降に示す。"
                "なお、市税及び国民健康保険料は区役所で徴収事務を行っているため、区別の状況を併せて掲載する。", W - 122, 10)


def sheet(doc, no, s):
    g = Pg(doc, no, 4)
    n = s["name"]
    g.text(50, g.y, "未収債権の回収・整理状況（２月末）", 12, "G")
    g.y += 12
    g.rect((50, g.y, W - 50, g.y + 24))
    g.line(300, g.y, 300, g.y + 24)
    g.text(58, g.y + 16, f"債権名　{n}", 11, "G")
    g.text(308, g.y + 16, f"所管　{s['ka']}", 9.5)
    g.y += 46
    c, a = OV[n]
    g.text(50, g.y, "【徴収率】令和６年２月29日現在", 10.5, "G")
    g.y += 18
    g.text(66, g.y, f"現年分　{c[0]:.2f}％（前年同期 {c[1]:.2f}％）", 10)
    g.y += 16
    g.text(66, g.y, f"滞繰分　{a[0]:.2f}％（前年同期 {a[1]:.2f}％）", 10)
    g.y += 24
    for v, seg, fy, asof, fyr in ((c[0], "current", 2023, ASOF, "令和６年２月29日"), (c[1], "current", 2022, ASOF_PREV, "前年同期"),
                                  (a[0], "arrears", 2023, ASOF, "令和６年２月29日"), (a[1], "arrears", 2022, ASOF_PREV, "前年同期")):
        F.add(debt=n, fy=fy, fy_raw=fyr, seg=seg, metric="collection_rate", basis="interim", as_of=asof,
              value=v, unit="percent", raw=f"{v:.2f}％", page=no)
    # two headings side by side
    x0, xm, x1 = 50, W / 2, W - 50
    top = g.y
    g.rect((x0, top, x1, top + 100))
    g.line(xm, top, xm, top + 100)
    g.line(x0, top + 20, x1, top + 20)
    g.text(x0, top + 14, "令和５年度 決算見込", 10, "G", "c", xm - x0)
    g.text(xm, top + 14, "令和５年度 目標", 10, "G", "c", x1 - xm)
    for col, (key, basis, xl) in enumerate((("est", "estimate", x0), ("tgt", "target", xm))):
        cur, arr, tot, zan = s[key]
        y = top + 38
        for lab, v, seg in (("現年分徴収率", cur, "current"), ("滞繰分徴収率", arr, "arrears"), ("合計徴収率", tot, "total")):
            g.text(xl + 14, y, lab, 9.5)
            g.text(xl + 230, y, f"{v:.2f}％", 9.5, "M", "r")
            F.add(debt=n, fy=2023, fy_raw="令和５年度", seg=seg, metric="collection_rate", basis=basis,
                  value=v, unit="percent", raw=f"{v:.2f}％", page=no)
            y += 17
        g.text(xl + 14, y, "未収金残高", 9.5)
        raw = f"{zan:,}百万円"
        g.text(xl + 230, y, raw, 9.5, "M", "r")
        F.add(debt=n, fy=2023, fy_raw="令和５年度", seg="total", metric="outstanding", basis=basis,
              value=zan * 1_000_000, unit="yen", raw=raw, page=no)
    g.y = top + 128
    g.text(50, g.y, "●主な取組（３月末まで）", 10.5, "G")
    g.y += 18
    for lab, text, st in s["inits"]:
        tag = f"【{st}】" if st else ""
        g.wrap(60, f"{lab} {text}{tag}", W - 120, 10, indent=14)
        I.add(debt=n, fy=2023, section="主な取組（３月末まで）", label=lab, text=text, status=st, page=no)
        g.y += 3
    if s["wards"]:
        g.y += 14
        g.text(50, g.y, "区役所で徴収事務を行っている債権の状況（２月末現在）", 10.5, "G")
        g.text(W - 50, g.y, "（単位：％）", 8.5, "M", "r")
        g.y += 8
        xs = [50, 120, 190, 255, 315, 385, 455, W - 50]
        ytop = g.y
        rows = [(w, s["wards"][w]) for w in WARDS] + [("市計", OV[n])]
        hh = 36
        total_h = hh + 18 * len(rows)
        g.rect((xs[0], ytop, xs[-1], ytop + total_h))
        for x in xs[1:-1]:
            g.line(x, ytop + (18 if x not in (xs[1], xs[4]) else 0), x, ytop + total_h)
        g.line(xs[1], ytop + 18, xs[-1], ytop + 18)
        g.line(xs[0], ytop + hh, xs[-1], ytop + hh)
        g.text(xs[1], ytop + 13, "現年分", 9, "G", "c", xs[4] - xs[1])
        g.text(xs[4], ytop + 13, "滞繰分", 9, "G", "c", xs[7] - xs[4])
        g.text(xs[0], ytop + 22, "区", 9, "G", "c", xs[1] - xs[0])
        for i, h in enumerate(["本年２月末", "前年同期", "差", "本年２月末", "前年同期", "差"]):
            g.text(xs[i + 1], ytop + 31, h, 8.5, "G", "c", xs[i + 2] - xs[i + 1])
        y = ytop + hh + 13
        for w, ((cn, cp), (an, ap)) in rows:
            g.text(xs[0] + 6, y, w, 9)
            vals = [f"{cn:.2f}", f"{cp:.2f}", tri(round(cn - cp, 2)), f"{an:.2f}", f"{ap:.2f}", tri(round(an - ap, 2))]
            for i, v in enumerate(vals):
                g.text(xs[i + 2] - 5, y, v, 9, "M", "r")
            area = None if w == "市計" else w
            for v, seg, fy, asof, fyr in ((cn, "current", 2023, ASOF, "本年２月末"), (cp, "current", 2022, ASOF_PREV, "前年同期"),
                                          (an, "arrears", 2023, ASOF, "本年２月末"), (ap, "arrears", 2022, ASOF_PREV, "前年同期")):
                F.add(debt=n, fy=fy, fy_raw=fyr, seg=seg, metric="collection_rate", basis="interim", as_of=asof,
                      value=v, unit="percent", raw=f"{v:.2f}", page=no, area=area)
            y += 18
        g.y = ytop + total_h + 14
        g.text(50, g.y, "※差は本年２月末－前年同期（ポイント）。△はマイナス。", 8.5)


def main():
    doc = fitz.open()
    page1(doc)
    for i, s in enumerate(SHEETS):
        sheet(doc, i + 2, s)
    doc.subset_fonts()
    out = PDF / f"{STEM}.pdf"
    doc.save(out, garbage=4, deflate=True)
    meta = {"kind": "progress_report", "municipality": CITY, "title": TITLE,
            "date": "2024-03-15", "date_raw": "令和６年３月15日"}
    write_gold(STEM, out, meta, F, I)
    check(STEM)


if __name__ == "__main__":
    main()
