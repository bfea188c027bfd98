"""qe_himi_committee_1: 令和７年度第１回氷見市債権管理推進会議 資料２ 債権別取組個票.  PyMuPDF drawing."""
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, __import__("os").path.dirname(__file__))
from qe_common import *
import pymupdf

STEM = "qe_himi_committee_1"
g = Gold()
GF = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MF = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
doc = pymupdf.open()
A4 = pymupdf.paper_rect("a4")


def newpage(landscape=False):
    p = doc.new_page(width=A4.height if landscape else A4.width, height=A4.width if landscape else A4.height)
    p.insert_font(fontname="G", fontfile=GF)
    p.insert_font(fontname="M", fontfile=MF)
    return p


def text(p, x, y, s, size=10, font="G", color=(0, 0, 0)):
    p.insert_text((x, y), s, fontname=font, fontsize=size, color=color)


def box(p, r, s, size=8, align="l", font="G", fill=None, border=True, color=(0, 0, 0), width=0.5, vertical=False):
    r = pymupdf.Rect(r)
    if fill or border:
        p.draw_rect(r, color=(0, 0, 0) if border else None, fill=fill, width=width)
    if vertical:  # stack characters one per line (縦書き風)
        n = len(s)
        y0 = r.y0 + (r.height - n * (size + 1)) / 2 + size
        for k, ch in enumerate(s):
            p.insert_text((r.x0 + (r.width - size) / 2, y0 + k * (size + 1)), ch, fontname=font, fontsize=size)
        return
    al = {"l": 0, "c": 1, "r": 2, "j": 3}[align]
    inner = pymupdf.Rect(r.x0 + 2.5, r.y0 + 1.5, r.x1 - 2.5, r.y1 - 1)
    lines = s.count("\n") + 1
    fs = size
    while fs > 4:
        h_need = lines * fs * 1.25
        pad = max(0, (inner.height - h_need) / 2) if lines <= 2 and len(s) < 40 else 0
        rr = pymupdf.Rect(inner.x0, inner.y0 + pad, inner.x1, inner.y1 + 2)
        shape = p.new_shape()
        rc = shape.insert_textbox(rr, s, fontname=font, fontsize=fs, align=al, color=color, lineheight=1.25)
        if rc >= 0:
            shape.commit()
            return
        fs -= 0.5
    raise RuntimeError(f"text does not fit: {s[:20]}")


def grid(p, x0, y0, colw, rowh, cells, size=8):
    """cells: (col,row,colspan,rowspan,text,align,fill)"""
    xs = [x0]
    for w in colw:
        xs.append(xs[-1] + w)
    ys = [y0]
    for h in rowh:
        ys.append(ys[-1] + h)
    for (cc, rr, cs, rs, s, al, fill, *rest) in cells:
        box(p, (xs[cc], ys[rr], xs[cc + cs], ys[rr + rs]), s, size, al, fill=fill, vertical=bool(rest and rest[0]))
    return ys[-1]


HDR = (0.86, 0.90, 0.95)
YEARS = [2020, 2021, 2022, 2023, 2024]   # R2..R6
# debt data 千円: cur assessed/collected per year, arrears assessed for first year, arrears collected per year, written off per year
DEBTS = [
    dict(d="市税", p="市税", ka="税務課", kb="強制徴収公債権", acct="一般会計",
         ca=[6712480, 6598315, 6743062, 6801247, 6852903], cc=[6612306, 6507458, 6658107, 6722841, 6778620],
         a0=421306, ac=[98214, 104633, 102580, 101276, 99305], wo=[22418, 19302, 17855, 16903, 15871],
         t7=(99.00, 30.00, 98.00)),
    dict(d="国民健康保険料", p="国民健康保険税", ka="税務課", kb="強制徴収公債権", acct="国民健康保険事業特別会計",
         ca=[1104268, 1087315, 1052981, 1018442, 986537], cc=[1030412, 1016803, 987206, 957015, 929317],
         a0=368214, ac=[56120, 59873, 61204, 63348, 64021], wo=[28106, 24357, 21893, 19240, 17385],
         t7=(94.50, 20.00, 83.50)),
    dict(d="介護保険料", p="介護保険料", ka="長寿介護課", kb="強制徴収公債権", acct="介護保険事業特別会計",
         ca=[1198431, 1203116, 1214870, 1281306, 1276408], cc=[1189417, 1194372, 1206215, 1272640, 1268143],
         a0=28106, ac=[5218, 5406, 5593, 5871, 6024], wo=[6312, 5870, 5402, 5016, 4718],
         t7=(99.40, 25.00, 98.70)),
    dict(d="後期高齢者医療保険料", p="後期高齢者医療保険料", ka="市民課", kb="強制徴収公債権", acct="後期高齢者医療事業特別会計",
         ca=[601244, 612087, 628435, 664319, 681206], cc=[598410, 609413, 625903, 661892, 678805],
         a0=5312, ac=[2431, 2210, 2186, 2207, 2315], wo=[731, 644, 512, 408, 376],
         t7=(99.70, 50.00, 99.45)),
    dict(d="市営住宅使用料", p="市営住宅使用料", ka="都市計画課", kb="私債権", acct="一般会計",
         ca=[78412, 77106, 75893, 74210, 73588], cc=[73108, 72211, 71406, 70014, 69752],
         a0=31206, ac=[3114, 3402, 3611, 3875, 4106], wo=[1206, 985, 1432, 1108, 963],
         t7=(95.50, 14.00, 80.00)),
]
for D in DEBTS:
    aa, out = [], []
    prev = D["a0"]
    for k in range(5):
        aa.append(prev)
        o = D["ca"][k] - D["cc"][k] + prev - D["ac"][k] - D["wo"][k]
        out.append(o)
        prev = o
    D["aa"], D["out"] = aa, out
    D["ta"] = [D["ca"][k] + aa[k] for k in range(5)]
    D["tc"] = [D["cc"][k] + D["ac"][k] for k in range(5)]
EXTRA = [  # for the landscape list only: (acct, debt, printed, 所管課, R5 (a,c), R6 (a,c))
    ("一般会計", "保育料", "保育料", "こども育成課", (132418, 128903), (128736, 125610)),
    ("一般会計", "生活保護費返還金", "生活保護費返還金", "福祉介護課", (21306, 6914), (23841, 7418)),
    ("下水道事業会計", "下水道使用料", "下水道使用料", "上下水道課", (905318, 896402), (912604, 904117)),
]
FYR = {2020: "R2", 2021: "R3", 2022: "R4", 2023: "R5", 2024: "R6"}

# ------------------------------------------------------------------ page 1 summary
p = newpage()
P = 1
text(p, 460, 40, "資料２", 12)
p.draw_rect((455, 27, 510, 45), color=(0, 0, 0), width=0.8)
text(p, 60, 70, "令和７年度 第１回 氷見市債権管理推進会議", 11)
text(p, 60, 98, "債権別取組個票（対象５債権）", 17)
text(p, 60, 118, "令和７年７月24日　総務部税務課（債権管理担当）", 9, "M")
p.draw_line((60, 126), (535, 126), width=1.2)
tot_a = sum(D["ta"][4] for D in DEBTS); tot_c = sum(D["tc"][4] for D in DEBTS)
tot_a5 = sum(D["ta"][3] for D in DEBTS); tot_c5 = sum(D["tc"][3] for D in DEBTS)
r6, r5 = rate(tot_c, tot_a), rate(tot_c5, tot_a5)
out_sum = [sum(D["out"][k] for D in DEBTS) for k in range(5)]
wo6 = sum(D["wo"][4] for D in DEBTS)
panels = [("収納率（５債権計・R6決算）", f"{pct(r6)}％", f"前年度比 ＋{pct(r6 - r5)}ポイント"),
          ("収入未済額（令和６年度末）", f"{out_sum[4] / 100000:.2f}億円", f"前年度末 {out_sum[3] / 100000:.2f}億円"),
          ("不納欠損額（令和６年度）", f"{round(wo6 / 10):,}万円", "５債権の合計")]
for k, (lb, v, n) in enumerate(panels):
    x = 60 + k * 160
    p.draw_rect((x, 138, x + 150, 208), color=(0.1, 0.3, 0.55), width=1.2)
    p.draw_rect((x, 138, x + 150, 154), color=(0.1, 0.3, 0.55), fill=(0.1, 0.3, 0.55))
    text(p, x + 5, 150, lb, 8, color=(1, 1, 1))
    text(p, x + 10, 182, v, 18)
    text(p, x + 10, 200, n, 8)
g.f(None, "５債権計", 2024, "R6", "total", "collection_rate", "actual", r6, "percent", f"{pct(r6)}％", P)
g.f(None, "５債権計", 2024, "R6", "total", "difference", "actual", round(r6 - r5, 2), "points", f"＋{pct(r6 - r5)}ポイント", P)
g.f(None, None, 2024, "令和６年度末", "total", "outstanding", "actual", round(out_sum[4] / 100000, 2) * 100000000, "yen", f"{out_sum[4] / 100000:.2f}億円", P)
g.f(None, None, 2023, "前年度末", "total", "outstanding", "actual", round(out_sum[3] / 100000, 2) * 100000000, "yen", f"{out_sum[3] / 100000:.2f}億円", P)
g.f(None, "５債権の合計", 2024, "令和６年度", "total", "written_off", "actual", round(wo6 / 10) * 10000, "yen", f"{round(wo6 / 10):,}万円", P)
# chart
text(p, 60, 232, "図 収入未済額の推移（５債権計、単位：百万円）", 9.5)
cx0, cy0, cw, ch = 90, 245, 420, 150
p.draw_line((cx0, cy0 + ch), (cx0 + cw, cy0 + ch), width=0.8)
vmax = 1000
for t in range(0, 1001, 200):
    y = cy0 + ch - t / vmax * ch
    p.draw_line((cx0, y), (cx0 + cw, y), color=(0.8, 0.8, 0.8), width=0.3)
    text(p, cx0 - 22, y + 3, f"{t}", 7)
for k, fy in enumerate(YEARS):
    v = round(out_sum[k] / 1000, 1)
    x = cx0 + 25 + k * 80
    y = cy0 + ch - v / vmax * ch
    p.draw_rect((x, y, x + 40, cy0 + ch), color=None, fill=(0.35, 0.55, 0.75))
    text(p, x + 6, y - 4, f"{v:.1f}", 8)
    text(p, x + 4, cy0 + ch + 12, f"令和{zen(fy - 2018) if fy != 2019 else '元'}年度", 7.5)
    g.f(None, None, fy, f"令和{zen(fy - 2018)}年度", "total", "outstanding", "actual", int(round(v * 1000000)), "yen", f"{v:.1f}", P)
# summary table (debts as rows)
y = 440
text(p, 60, y - 8, "表 対象債権の令和６年度決算の状況（単位：千円、％）", 9.5)
colw = [120, 70, 75, 75, 50, 80]
hdr = ["債権名", "所管課", "調定額", "収入済額", "収納率", "収入未済額"]
cells = [(k, 0, 1, 1, h, "c", HDR) for k, h in enumerate(hdr)]
for r, D in enumerate(DEBTS, 1):
    vals = [D["p"], D["ka"], c(D["ta"][4]), c(D["tc"][4]), pct(rate(D["tc"][4], D["ta"][4])), c(D["out"][4])]
    cells += [(k, r, 1, 1, v, "l" if k < 2 else "r", None) for k, v in enumerate(vals)]
    g.f(D["d"], D["p"], 2024, "令和６年度", "total", "assessed", "actual", D["ta"][4] * 1000, "yen", c(D["ta"][4]), P)
    g.f(D["d"], D["p"], 2024, "令和６年度", "total", "collected", "actual", D["tc"][4] * 1000, "yen", c(D["tc"][4]), P)
    g.f(D["d"], D["p"], 2024, "令和６年度", "total", "collection_rate", "actual", rate(D["tc"][4], D["ta"][4]), "percent", pct(rate(D["tc"][4], D["ta"][4])), P)
    g.f(D["d"], D["p"], 2024, "令和６年度", "total", "outstanding", "actual", D["out"][4] * 1000, "yen", c(D["out"][4]), P)
r = len(DEBTS) + 1
cells += [(0, r, 2, 1, "合計", "c", (0.95, 0.95, 0.95)), (2, r, 1, 1, c(tot_a), "r", (0.95, 0.95, 0.95)), (3, r, 1, 1, c(tot_c), "r", (0.95, 0.95, 0.95)),
          (4, r, 1, 1, pct(r6), "r", (0.95, 0.95, 0.95)), (5, r, 1, 1, c(out_sum[4]), "r", (0.95, 0.95, 0.95))]
g.f(None, "合計", 2024, "令和６年度", "total", "assessed", "actual", tot_a * 1000, "yen", c(tot_a), P)
g.f(None, "合計", 2024, "令和６年度", "total", "collected", "actual", tot_c * 1000, "yen", c(tot_c), P)
g.f(None, "合計", 2024, "令和６年度", "total", "collection_rate", "actual", r6, "percent", pct(r6), P)
g.f(None, "合計", 2024, "令和６年度", "total", "outstanding", "actual", out_sum[4] * 1000, "yen", c(out_sum[4]), P)
grid(p, 60, y, colw, [18] * (r + 1), cells, 8.5)
text(p, 60, y + 18 * (r + 1) + 14, "※ 収入未済額＝調定額－収入済額－不納欠損額。各債権の詳細は次頁以降の取組個票のとおり。", 8, "M")

# ------------------------------------------------------------------ per-debt sheets
SHEETS = {
    "市税": dict(issue="令和６年度末の収入未済額は{o6}千円で、前年度より{dd}千円減少した。現年分の収納率は{rc6}％と高水準を維持しているが、"
                      "滞納繰越分は高額・困難事案が固定化しており、収納率は伸び悩んでいる。",
               items=[("①", "納期限後20日以内に督促状を発送し、未納が続く者には文書と電話による早期催告を行う。", "継続"),
                      ("②", "財産調査を電子照会により迅速化し、預貯金・給与等の差押えを着実に実施する。", "拡充"),
                      ("③", "高額滞納事案（100万円以上）は富山県滞納整理機構への移管を検討する。", "継続"),
                      ("④", "地方税統一ＱＲコードを活用したスマートフォン決済の周知を図る。", "新規")]),
    "国民健康保険料": dict(issue="令和６年度末の収入未済額は{o6}千円で、前年度より{dd}千円減少した。被保険者数の減少により調定額は縮小しているが、"
                              "現年分の収納率は{rc6}％で県内平均を下回っている。",
                        items=[("①", "資格喪失時に未納額を案内し、転出者については転出先自治体への財産調査を行う。", "継続"),
                               ("②", "短期被保険者証の交付時に面談を行い、分納計画の作成と履行管理を徹底する。", "継続"),
                               ("③", "口座振替の新規申込みを窓口で即時受け付けるペイジー口座振替受付サービスを導入する。", "新規")]),
    "介護保険料": dict(issue="令和６年度末の収入未済額は{o6}千円で、前年度より{dd}千円減少した。普通徴収の対象者に未納が集中しており、"
                          "給付制限の対象となる前の早期接触が課題である。",
                    items=[("①", "普通徴収の未納者に対し、地域包括支援センター及びケアマネジャーと連携して納付を勧奨する。", "拡充"),
                           ("②", "給付制限の周知文書を年２回送付し、時効到来前の納付を促す。", "継続")]),
    "後期高齢者医療保険料": dict(issue="令和６年度末の収入未済額は{o6}千円で、前年度より{dd}千円減少した。大半が年金からの特別徴収であり、"
                                  "収納率は高い水準にある。",
                              items=[("①", "普通徴収への切替え時に口座振替の案内を同封し、申込みを勧奨する。", "継続")]),
    "市営住宅使用料": dict(issue="令和６年度末の収入未済額は{o6}千円で、前年度より{dd}千円減少した。退去者分の未納が残っており、"
                              "連帯保証人への請求と法的措置の判断が課題である。",
                        items=[("①", "３か月以上の滞納者及び連帯保証人に対し、文書による催告と面談を行う。", "継続"),
                               ("②", "６か月以上の滞納者には明渡請求訴訟の提起を検討する。", "継続"),
                               ("③", "退去者の未納分について支払督促の申立てを行う。", "新規")]),
}
for no, D in enumerate(DEBTS, 1):
    P += 1
    p = newpage()
    S = SHEETS[D["d"]]
    p.draw_rect((40, 30, 555, 52), color=None, fill=(0.1, 0.3, 0.55))
    text(p, 50, 46, f"取組個票　No.{no}", 12, color=(1, 1, 1))
    text(p, 420, 46, "令和７年度", 10, color=(1, 1, 1))
    # label / value strip
    grid(p, 40, 62, [60, 120, 55, 90, 60, 130], [22], [
        (0, 0, 1, 1, "債権名", "c", HDR), (1, 0, 1, 1, D["p"], "c", None), (2, 0, 1, 1, "所管課", "c", HDR),
        (3, 0, 1, 1, D["ka"], "c", None), (4, 0, 1, 1, "債権区分", "c", HDR), (5, 0, 1, 1, D["kb"], "c", None)], 9)
    text(p, 40, 108, "１　収納状況の推移（決算）", 10.5)
    text(p, 470, 108, "（単位：千円、％）", 7.5)
    rows = [("調定額", D["ta"], "assessed", c), ("収入済額", D["tc"], "collected", c),
            ("収納率（現年）", [rate(D["cc"][k], D["ca"][k]) for k in range(5)], ("current", "collection_rate"), pct),
            ("収納率（滞繰）", [rate(D["ac"][k], D["aa"][k]) for k in range(5)], ("arrears", "collection_rate"), pct),
            ("収納率（計）", [rate(D["tc"][k], D["ta"][k]) for k in range(5)], "collection_rate", pct),
            ("不納欠損額", D["wo"], "written_off", c), ("収入未済額", D["out"], "outstanding", c)]
    yform = ["R2年度", "R3年度", "R4年度", "R5年度", "R6年度"] if no % 2 else ["令和２年度", "令和３年度", "令和４年度", "令和５年度", "令和６年度"]
    if no in (3, 5):  # years head rows (long orientation)
        colw = [75] + [62] * 7
        cells = [(0, 0, 1, 1, "年度", "c", HDR)] + [(k + 1, 0, 1, 1, lab, "c", HDR) for k, (lab, *_) in enumerate(rows)]
        for k, fy in enumerate(YEARS):
            cells.append((0, k + 1, 1, 1, yform[k], "c", None))
            for j, (lab, vals, m, fm) in enumerate(rows):
                cells.append((j + 1, k + 1, 1, 1, fm(vals[k]), "r", None))
        yend = grid(p, 40, 116, colw, [26] + [18] * 5, cells, 8)
    else:
        colw = [95] + [84] * 5
        cells = [(0, 0, 1, 1, "区分", "c", HDR)] + [(k + 1, 0, 1, 1, yform[k], "c", HDR) for k in range(5)]
        for j, (lab, vals, m, fm) in enumerate(rows):
            cells.append((0, j + 1, 1, 1, lab, "l", None))
            for k in range(5):
                cells.append((k + 1, j + 1, 1, 1, fm(vals[k]), "r", None))
        yend = grid(p, 40, 116, colw, [18] * 8, cells, 8)
    for j, (lab, vals, m, fm) in enumerate(rows):
        seg, met = (m if isinstance(m, tuple) else ("total", m))
        for k, fy in enumerate(YEARS):
            v = vals[k]
            if fm is c:
                g.f(D["d"], D["p"], fy, yform[k], seg, met, "actual", v * 1000, "yen", c(v), P)
            else:
                g.f(D["d"], D["p"], fy, yform[k], seg, met, "actual", v, "percent", pct(v), P)
    # targets: two headings side by side
    y = yend + 22
    text(p, 40, y, "２　目標（収納率）", 10.5)
    tc6 = rate(D["cc"][4], D["ca"][4]); ta6 = rate(D["ac"][4], D["aa"][4]); tt6 = rate(D["tc"][4], D["ta"][4])
    t7 = (min(99.9, round(tc6 + 0.08, 2)), round(ta6 + 1.05, 2), round(tt6 + 0.30, 2))
    cells = [(0, 0, 1, 2, "区分", "c", HDR), (1, 0, 3, 1, "令和６年度 決算", "c", HDR), (4, 0, 3, 1, "令和７年度 目標", "c", HDR)]
    for k, s in enumerate(["現年", "滞繰", "計"] * 2):
        cells.append((k + 1, 1, 1, 1, s, "c", HDR))
    cells.append((0, 2, 1, 1, "収納率（％）", "c", None))
    for k, v in enumerate([tc6, ta6, tt6, *t7]):
        cells.append((k + 1, 2, 1, 1, pct(v), "r", None))
    yend = grid(p, 40, y + 8, [95] + [70] * 6, [18, 16, 18], cells, 8.5)
    for seg, v in zip(("current", "arrears", "total"), (tc6, ta6, tt6)):
        g.f(D["d"], D["p"], 2024, "令和６年度", seg, "collection_rate", "actual", v, "percent", pct(v), P)
    for seg, v in zip(("current", "arrears", "total"), t7):
        g.f(D["d"], D["p"], 2025, "令和７年度", seg, "collection_rate", "target", v, "percent", pct(v), P)
    # 現状と課題 (paragraph in a cell) + 取組 with vertical header
    y = yend + 22
    text(p, 40, y, "３　現状と課題及び取組", 10.5)
    dd = D["out"][3] - D["out"][4]
    issue = S["issue"].format(o6=c(D["out"][4]), dd=c(dd), rc6=pct(tc6))
    it_text = "\n".join(f"{lab}　{t}【{st}】" for lab, t, st in S["items"])
    nlines = sum(1 + len(f"{lab}　{t}【{st}】") // 40 for lab, t, st in S["items"])
    hi = max(70, nlines * 12.5 + 14)
    cells = [(0, 0, 1, 1, "現状と課題", "c", HDR, True), (1, 0, 1, 1, issue, "j", None),
             (0, 1, 1, 1, "取組内容", "c", HDR, True), (1, 1, 1, 1, it_text, "l", None)]
    grid(p, 40, y + 8, [30, 485], [62, hi], cells, 9)
    g.f(D["d"], D["p"], 2024, "令和６年度末", "total", "outstanding", "actual", D["out"][4] * 1000, "yen", f"{c(D['out'][4])}千円", P)
    g.f(D["d"], D["p"], 2024, "前年度", "total", "difference", "actual", -dd * 1000, "yen", f"{c(dd)}千円減少", P)
    if "{rc6}" in S["issue"]:
        g.f(D["d"], D["p"], 2024, "令和６年度", "current", "collection_rate", "actual", tc6, "percent", f"{pct(tc6)}％", P)
    for lab, t, st in S["items"]:
        g.i(D["d"], 2025, "現状と課題及び取組", lab, t, st, P, debt_raw=D["p"])
    text(p, 40, 812, f"氷見市債権管理推進会議資料２　{P}", 7.5, "M")

# ------------------------------------------------------------------ landscape list
P += 1
p = newpage(True)
text(p, 40, 40, "参考　会計別・債権別の収納状況（令和５年度・令和６年度決算）", 12)
text(p, 700, 40, "単位：千円、％", 8)
colw = [105, 110, 75] + [72, 72, 50] * 2 + [55]
cells = [(0, 0, 1, 2, "会計", "c", HDR), (1, 0, 1, 2, "債権名", "c", HDR), (2, 0, 1, 2, "所管課", "c", HDR),
         (3, 0, 3, 1, "令和５年度", "c", HDR), (6, 0, 3, 1, "令和６年度", "c", HDR), (9, 0, 1, 2, "収納率\n増減", "c", HDR)]
for k, s in enumerate(["調定額", "収入済額", "収納率"] * 2):
    cells.append((3 + k, 1, 1, 1, s, "c", HDR))
lst = []
for D in DEBTS:
    lst.append((D["acct"], D["d"], D["p"], D["ka"], (D["ta"][3], D["tc"][3]), (D["ta"][4], D["tc"][4])))
lst += EXTRA
order = ["一般会計", "国民健康保険事業特別会計", "介護保険事業特別会計", "後期高齢者医療事業特別会計", "下水道事業会計"]
lst.sort(key=lambda x: order.index(x[0]))
r = 2
for acct in order:
    grp = [x for x in lst if x[0] == acct]
    cells.append((0, r, 1, len(grp), acct, "c", None))
    for (_, dn, pr, ka, v5, v6) in grp:
        r5_, r6_ = rate(v5[1], v5[0]), rate(v6[1], v6[0])
        vals = [c(v5[0]), c(v5[1]), pct(r5_), c(v6[0]), c(v6[1]), pct(r6_), sgn(round(r6_ - r5_, 2), minus="▲")]
        cells += [(1, r, 1, 1, pr, "l", None), (2, r, 1, 1, ka, "l", None)] + [(3 + k, r, 1, 1, v, "r", None) for k, v in enumerate(vals)]
        for fy, fr, (a_, c_), rr_ in ((2023, "令和５年度", v5, r5_), (2024, "令和６年度", v6, r6_)):
            g.f(dn, pr, fy, fr, "total", "assessed", "actual", a_ * 1000, "yen", c(a_), P)
            g.f(dn, pr, fy, fr, "total", "collected", "actual", c_ * 1000, "yen", c(c_), P)
            g.f(dn, pr, fy, fr, "total", "collection_rate", "actual", rr_, "percent", pct(rr_), P)
        g.f(dn, pr, 2024, "令和６年度", "total", "difference", "actual", round(r6_ - r5_, 2), "points", sgn(round(r6_ - r5_, 2), minus="▲"), P)
        r += 1
grid(p, 40, 55, colw, [18, 16] + [24] * (r - 2), cells, 8)
text(p, 40, 55 + 34 + 24 * (r - 2) + 16, "※ 下水道使用料は令和２年４月の公営企業会計移行後の数値。保育料は副食費を含む。", 8, "M")
text(p, 40, 55 + 34 + 24 * (r - 2) + 30, "出典：各会計決算書及び所管課報告", 8, "M")

doc.set_metadata({"title": "令和７年度第１回氷見市債権管理推進会議 資料２ 債権別取組個票", "author": "氷見市"})
doc.subset_fonts()
doc.save(PDF / f"{STEM}.pdf", garbage=4, deflate=True)
write_gold(STEM, "committee_material", "氷見市", "令和７年度 第１回 氷見市債権管理推進会議 債権別取組個票（対象５債権）", "2025-07-24",
           "令和７年７月24日", g, family="kobetsu")
