"""ほくせつ市 令和５年度 債権回収・整理計画（中間報告）— PyMuPDF direct drawing."""
import pymupdf as fitz

from i_common import Gold, PDF_DIR, write_gold, comma, zen

STEM = "i_hokusetsu_progress_1"
g = Gold()
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
NOW, PREV = "2024-02-29", "2023-02-28"

# name, 所管課, cur(調定,収入済), arr(調定,収入済), prev rates(cur,arr), R4決算(cur,arr), 見込, 目標, 未収金(R4,見込,目標) 千円
D = [
    ("市税", "納税課", (18426310, 15215882), (1024552, 301688), (82.1, 27.9), (99.02, 30.85), (99.08, 31.50),
     (99.10, 32.00), (962415, 905000, 890000)),
    ("国民健康保険料", "保険年金課", (4852140, 3398221), (1384602, 236512), (69.2, 16.4), (93.41, 21.86),
     (93.70, 22.40), (94.00, 23.00), (1214830, 1150000, 1120000)),
    ("介護保険料", "高齢介護課", (3162480, 2787105), (96214, 14802), (87.8, 14.9), (99.05, 19.82), (99.10, 20.10),
     (99.15, 21.00), (68420, 64000, 62000)),
    ("市営住宅使用料", "住宅政策課", (612304, 536871), (148260, 17206), (87.2, 10.8), (97.62, 14.35), (97.80, 15.00),
     (98.00, 16.00), (132816, 126000, 120000)),
]


def r1(c, a):
    return round(c / a * 100 + 1e-9, 1)


doc = fitz.open()


class P:
    def __init__(self, page):
        self.p = page
        page.insert_font(fontname="g", fontfile=GOTH)
        page.insert_font(fontname="m", fontfile=MIN)

    def t(self, x, y, s, size=10, font="m", right=False, center=False, color=(0, 0, 0)):
        f = fitz.Font(fontfile=GOTH if font == "g" else MIN)
        w = f.text_length(s, fontsize=size)
        if right:
            x = x - w
        elif center:
            x = x - w / 2
        self.p.insert_text((x, y), s, fontname=font, fontsize=size, color=color)

    def wrap(self, x, y, s, width, size=10, font="m", lead=1.55):
        n = int(width // size)
        lines = [s[i:i + n] for i in range(0, len(s), n)]
        for k, ln in enumerate(lines):
            self.t(x, y + k * size * lead, ln, size, font)
        return y + len(lines) * size * lead

    def h(self, x0, x1, y, w=0.6):
        self.p.draw_line((x0, y), (x1, y), width=w)

    def v(self, x, y0, y1, w=0.6):
        self.p.draw_line((x, y0), (x, y1), width=w)

    def rect(self, r, w=0.6, fill=None):
        self.p.draw_rect(fitz.Rect(r), width=w, fill=fill)


def footer(pp, n):
    pp.t(pp.p.rect.width / 2, pp.p.rect.height - 28, f"- {n} -", 9, center=True)


rates = {}
for name, ka, cur, arr, prev, *_ in D:
    rates[name] = (r1(cur[1], cur[0]), r1(arr[1], arr[0]))

# ------------------------------------------------------------ page 1
pp = P(doc.new_page(width=595, height=842))
pp.t(530, 50, "令和６年３月15日", 9, right=True)
pp.t(530, 63, "ほくせつ市 総務部 債権管理課", 9, right=True)
pp.t(297, 100, "令和５年度　債権回収・整理計画（中間報告）", 15, "g", center=True)
y = pp.wrap(60, 135, "　ほくせつ市債権の管理に関する条例に基づき、令和５年度債権回収・整理計画の２月末時点における進捗状況を取りまとめましたので公表します。"
            "主要４債権の収納率は、いずれも前年同期を上回って推移しています。", 475, 10)
pp.t(60, y + 12, "１　主要債権の収納率（令和６年２月末）", 11, "g")
pp.t(535, y + 12, "単位：％", 8.5, right=True)
# header over two rows, horizontal rules only
top = y + 22
xs = [60, 170, 230, 290, 345, 405, 465, 535]
pp.h(60, 535, top, 1.0)
pp.t(115, top + 22, "債権名", 9.5, "g", center=True)
pp.t(260, top + 13, "現年度分", 9.5, "g", center=True)
pp.t(435, top + 13, "過年度分", 9.5, "g", center=True)
pp.h(172, 343, top + 17, 0.4)
pp.h(347, 535, top + 17, 0.4)
for k, lab in enumerate(["２月末", "前年同期", "差", "２月末", "前年同期", "差"]):
    pp.t((xs[k + 1] + xs[k + 2]) / 2 if k < 6 else 0, top + 30, lab, 9, "g", center=True)
pp.h(60, 535, top + 36, 0.6)
yy = top + 52
for name, ka, cur, arr, prev, *_ in D:
    rc, ra = rates[name]
    pp.t(68, yy, name, 9.5)
    vals = [f"{rc:.1f}", f"{prev[0]:.1f}", f"+{rc - prev[0]:.1f}", f"{ra:.1f}", f"{prev[1]:.1f}", f"+{ra - prev[1]:.1f}"]
    for k, s in enumerate(vals):
        pp.t(xs[k + 2] - 8, yy, s, 9.5, right=True)
    g.f(name, 2023, "２月末", "current", "collection_rate", "interim", rc, "percent", f"{rc:.1f}", 1, as_of=NOW)
    g.f(name, 2022, "前年同期", "current", "collection_rate", "interim", prev[0], "percent", f"{prev[0]:.1f}", 1, as_of=PREV)
    g.f(name, 2023, "２月末", "arrears", "collection_rate", "interim", ra, "percent", f"{ra:.1f}", 1, as_of=NOW)
    g.f(name, 2022, "前年同期", "arrears", "collection_rate", "interim", prev[1], "percent", f"{prev[1]:.1f}", 1, as_of=PREV)
    yy += 20
pp.h(60, 535, yy - 12, 1.0)
pp.t(60, yy + 2, "※ 差はポイント。前年同期は令和５年２月28日時点の数値。", 8)

# chart: 収入未済額の推移
cy = yy + 40
pp.t(60, cy, "２　収入未済額の推移（全債権・各年度決算）", 11, "g")
pp.t(535, cy, "（単位：百万円）", 8.5, right=True)
CH = [("H30", 2018, 3125.4), ("R元", 2019, 2986.1), ("R2", 2020, 2874.9), ("R3", 2021, 2642.3), ("R4", 2022, 2478.6)]
base = cy + 230
pp.h(90, 520, base, 0.8)
pp.v(90, cy + 25, base, 0.8)
for k, tick in enumerate([0, 1000, 2000, 3000]):
    ty = base - tick / 3500 * 190
    pp.h(86, 90, ty, 0.6)
    pp.t(83, ty + 3, comma(tick), 7.5, right=True)
for k, (lab, fy, v) in enumerate(CH):
    x = 115 + k * 82
    hgt = v / 3500 * 190
    pp.rect((x, base - hgt, x + 46, base), w=0.5, fill=(0.55, 0.65, 0.8))
    pp.t(x + 23, base - hgt - 5, f"{v:,.1f}", 8.5, center=True)
    pp.t(x + 23, base + 13, lab, 9, center=True)
    g.f(None, fy, lab, "total", "outstanding", "actual", int(round(v * 1_000_000)), "yen", f"{v:,.1f}", 1)
pp.t(300, base + 30, "※ 一般会計・特別会計の合計（企業会計を除く）", 8, center=True)
footer(pp, 1)

# ------------------------------------------------------------ pages 2-5: one sheet per debt
TORI = {
    "市税": [("ア", "納期限後おおむね２週間で電話催告を行い、現年度分の滞納の早期解消を図る。", "継続", False),
             ("イ", "滞納額100万円以上の案件を特別整理班に移管し、捜索・公売を含む滞納処分を行う。", "拡充", True),
             ("ウ", "地方税統一ＱＲコードによるスマートフォン決済を周知する。", "新規", False)],
    "国民健康保険料": [("ア", "資格喪失者に対し、喪失後３か月以内に納付案内を送付する。", "継続", False),
                 ("イ", "分納不履行者の財産調査を行い、給与・預貯金の差押えにつなげる。", "継続", True),
                 ("ウ", "口座振替の原則化を加入手続の窓口で案内する。", "拡充", False)],
    "介護保険料": [("ア", "普通徴収の初期滞納者へ文書と電話で催告する。", "継続", False),
              ("イ", "給付制限の事前通知を活用して納付相談の機会を設ける。", "新規", True)],
    "市営住宅使用料": [("ア", "３か月以上の滞納者に連帯保証人への請求を行う。", "継続", False),
                ("イ", "退去滞納者の回収を弁護士に委託し、支払督促を申し立てる。", "拡充", True),
                ("ウ", "入居時の口座振替登録を徹底する。", "継続", False)],
}
DELQ = {"市税": 2841, "国民健康保険料": 3126, "市営住宅使用料": 188}

for no, (name, ka, cur, arr, prev, kess, mikomi, mokuhyo, mishu) in enumerate(D, 1):
    page_no = no + 1
    pp = P(doc.new_page(width=595, height=842))
    pp.t(60, 55, "令和５年度　債権回収・整理計画（中間報告）", 12, "g")
    pp.t(535, 55, f"整理番号　{no:02d}", 9, right=True)
    # one-row label/value box
    bx = [60, 120, 300, 360, 535]
    pp.rect((60, 68, 535, 90))
    for x in bx[1:-1]:
        pp.v(x, 68, 90)
    pp.t(90, 83, "債権名", 10, "g", center=True)
    pp.t(128, 83, name, 10.5)
    pp.t(330, 83, "所管課", 10, "g", center=True)
    pp.t(368, 83, ka, 10.5)
    rc, ra = rates[name]
    pp.t(60, 120, "【収納率】令和６年２月29日時点", 11, "g")
    pp.t(80, 140, f"現年度分　{rc:.1f}％（前年同期　{prev[0]:.1f}％）", 10.5)
    pp.t(80, 158, f"過年度分　{ra:.1f}％（前年同期　{prev[1]:.1f}％）", 10.5)
    g.f(name, 2023, "令和６年２月29日", "current", "collection_rate", "interim", rc, "percent", f"{rc:.1f}％", page_no, as_of=NOW)
    g.f(name, 2022, "前年同期", "current", "collection_rate", "interim", prev[0], "percent", f"{prev[0]:.1f}％", page_no, as_of=PREV)
    g.f(name, 2023, "令和６年２月29日", "arrears", "collection_rate", "interim", ra, "percent", f"{ra:.1f}％", page_no, as_of=NOW)
    g.f(name, 2022, "前年同期", "arrears", "collection_rate", "interim", prev[1], "percent", f"{prev[1]:.1f}％", page_no, as_of=PREV)

    pp.t(60, 190, "【決算見込と目標】", 11, "g")
    tx = [60, 190, 305, 420, 535]
    ty0 = 198
    heads = ["区分", "令和４年度決算", "令和５年度決算見込", "令和５年度目標"]
    rows = [("現年度分収納率", [f"{kess[0]:.2f}％", f"{mikomi[0]:.2f}％", f"{mokuhyo[0]:.2f}％"]),
            ("過年度分収納率", [f"{kess[1]:.2f}％", f"{mikomi[1]:.2f}％", f"{mokuhyo[1]:.2f}％"]),
            ("未収金残高（千円）", [comma(mishu[0]), comma(mishu[1]), comma(mishu[2])])]
    nrow = len(rows) + 1
    pp.rect((60, ty0, 535, ty0 + 22 * nrow))
    for k in range(1, nrow):
        pp.h(60, 535, ty0 + 22 * k)
    for x in tx[1:-1]:
        pp.v(x, ty0, ty0 + 22 * nrow)
    for k, hd in enumerate(heads):
        pp.t((tx[k] + tx[k + 1]) / 2, ty0 + 15, hd, 9.5, "g", center=True)
    for i, (lab, vals) in enumerate(rows):
        yy = ty0 + 22 * (i + 1) + 15
        pp.t(66, yy, lab, 9.5)
        for k, s in enumerate(vals):
            pp.t(tx[k + 2] - 8, yy, s, 9.5, right=True)
    for k, (fy, fyr, basis) in enumerate([(2022, "令和４年度決算", "actual"), (2023, "令和５年度決算見込", "estimate"),
                                          (2023, "令和５年度目標", "target")]):
        src = (kess, mikomi, mokuhyo)[k]
        g.f(name, fy, fyr, "current", "collection_rate", basis, src[0], "percent", f"{src[0]:.2f}％", page_no)
        g.f(name, fy, fyr, "arrears", "collection_rate", basis, src[1], "percent", f"{src[1]:.2f}％", page_no)
        g.f(name, fy, fyr, "total", "outstanding", basis, mishu[k] * 1000, "yen", comma(mishu[k]), page_no)

    y = ty0 + 22 * nrow + 32
    pp.t(60, y, "●主な取組", 11, "g")
    y += 20
    for lab, text, st, wrapped in TORI[name]:
        pp.t(68, y, lab, 10)
        if wrapped:
            y = pp.wrap(88, y, text, 440, 10)
            pp.t(440, y, f"【{st}】", 10)
            y += 18
        else:
            y = pp.wrap(88, y, text + f"【{st}】", 440, 10) + 3
        g.i(name, 2023, "主な取組", lab, text, st, page_no)
    y += 14
    pp.t(60, y, "●取組状況（２月末）", 11, "g")
    y += 20
    if name in DELQ:
        s = (f"２月末時点の滞納者数は{DELQ[name]:,}人で、前年同期と比べ減少している。"
             "催告後の納付相談が増えており、年度末に向けて分納誓約の履行確認を徹底する。")
        g.f(name, 2023, "２月末時点", "total", "delinquents", "interim", DELQ[name], "persons", f"{DELQ[name]:,}人", page_no, as_of=NOW)
    else:
        s = "催告後の納付相談が増えており、年度末に向けて分納誓約の履行確認を徹底する。"
    pp.wrap(72, y, s, 460, 10)
    footer(pp, page_no)

# ------------------------------------------------------------ page 6: landscape content on a rotated page
src = fitz.open()
sp = P(src.new_page(width=842, height=595))
sp.t(60, 60, "【参考】債権別の調定額・収入済額（令和６年２月末現在）", 12, "g")
sp.t(780, 60, "（単位：千円）", 9, right=True)
cx = [60, 190, 290, 390, 460, 570, 670, 780]
t0 = 75
sp.rect((60, t0, 780, t0 + 40 + 24 * len(D)))
sp.h(190, 780, t0 + 20)
sp.h(60, 780, t0 + 40)
for x in cx[1:-1]:
    sp.v(x, t0 + (0 if x in (190, 460) else 20), t0 + 40 + 24 * len(D))
sp.t(125, t0 + 25, "債権名", 9.5, "g", center=True)
sp.t(325, t0 + 14, "現年度分", 9.5, "g", center=True)
sp.t(620, t0 + 14, "過年度分", 9.5, "g", center=True)
for k, hd in enumerate(["調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"]):
    sp.t((cx[k + 1] + cx[k + 2]) / 2, t0 + 34, hd, 9, "g", center=True)
for i, (name, ka, cur, arr, *_r) in enumerate(D):
    yy = t0 + 40 + 24 * i + 16
    rc, ra = rates[name]
    sp.t(68, yy, name, 9.5)
    vals = [comma(cur[0]), comma(cur[1]), f"{rc:.1f}％", comma(arr[0]), comma(arr[1]), f"{ra:.1f}％"]
    for k, s in enumerate(vals):
        sp.t(cx[k + 2] - 8, yy, s, 9.5, right=True)
    for seg, (a, c), r in (("current", cur, rc), ("arrears", arr, ra)):
        g.f(name, 2023, "令和６年２月末", seg, "assessed", "interim", a * 1000, "yen", comma(a), 6, as_of=NOW)
        g.f(name, 2023, "令和６年２月末", seg, "collected", "interim", c * 1000, "yen", comma(c), 6, as_of=NOW)
        g.f(name, 2023, "令和６年２月末", seg, "collection_rate", "interim", r, "percent", f"{r:.1f}％", 6, as_of=NOW)
sp.t(60, t0 + 40 + 24 * len(D) + 18, "※ 収納率＝収入済額÷調定額（小数点第２位を四捨五入）", 8.5)
sp.t(421, 560, "- 6 -", 9, center=True)

page = doc.new_page(width=595, height=842)
page.show_pdf_page(page.rect, src, 0, rotate=90)
page.set_rotation(90)

doc.subset_fonts()
out = PDF_DIR / f"{STEM}.pdf"
doc.save(out, garbage=4, deflate=True)
ok = write_gold(STEM, "progress_report", "ほくせつ市", "令和５年度　債権回収・整理計画（中間報告）",
                "2024-03-15", "令和６年３月15日", g)
print("OK" if ok else "FAIL")
