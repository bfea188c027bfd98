"""江東区債権管理重点プラン（令和７・８年度）  PyMuPDF direct drawing (text, rules, vector chart)."""
import pymupdf as fitz

from u_common import ROOT, Facts, write_gold, check, zen

STEM = "u_koto_plan_1"
CITY = "江東区"
MF = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
GF = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FM, FG = fitz.Font(fontfile=MF), fitz.Font(fontfile=GF)
W, H = 595.28, 841.89

F = Facts()
I = []


def setup(page, no):
    page.insert_font(fontname="m", fontfile=MF)
    page.insert_font(fontname="g", fontfile=GF)
    txt(page, W - 50, 30, "江東区債権管理重点プラン（令和７・８年度）", 7.5, "g", "r")
    txt(page, W / 2, H - 25, f"－{zen(no)}－", 9, "m", "c")


def txt(page, x, y, s, size=9.5, f="m", al="l", color=(0, 0, 0)):
    font = FM if f == "m" else FG
    w = font.text_length(s, size)
    if al == "r":
        x -= w
    elif al == "c":
        x -= w / 2
    page.insert_text((x, y), s, fontname=f, fontsize=size, color=color)
    return w


def wrap(page, x, y, s, width, size=9.5, f="m", lead=1.7, indent1=0):
    """Draw a paragraph wrapped by character; returns the next y."""
    font = FM if f == "m" else FG
    line, cur_w, first = "", indent1, True
    import re
    for ch in re.findall(r"[0-9][0-9,.]*(?:[億万千百]*[0-9,.]*)*[万億千百]?円?|[+][0-9.]+|.", s):
        cw = font.text_length(ch, size)
        if cur_w + cw > width and line:
            txt(page, x + (indent1 if first else 0), y, line, size, f)
            y += size * lead
            line, cur_w, first = "", 0, False
        line += ch
        cur_w += cw
    if line:
        txt(page, x + (indent1 if first else 0), y, line, size, f)
        y += size * lead
    return y


def grid(page, x, y, colw, rowh, cells, size=8.5, hrules=None, vrules=True, lw=0.5):
    """cells: list of (r, c, text, align, rowspan, colspan, font). Draws borders per cell."""
    xs = [x]
    for w in colw:
        xs.append(xs[-1] + w)
    ys = [y]
    for h in rowh:
        ys.append(ys[-1] + h)
    for r, c, s, al, rs, cs, f in cells:
        x0, x1 = xs[c], xs[c + cs]
        y0, y1 = ys[r], ys[r + rs]
        rect = fitz.Rect(x0, y0, x1, y1)
        if vrules:
            page.draw_rect(rect, color=(0, 0, 0), width=lw)
        else:
            page.draw_line((x0, y0), (x1, y0), color=(0, 0, 0), width=lw)
            page.draw_line((x0, y1), (x1, y1), color=(0, 0, 0), width=lw)
        lines = s.split("\n")
        ty = (y0 + y1) / 2 - (len(lines) - 1) * size * 0.6 + size * 0.35
        for k, ln in enumerate(lines):
            px = {"l": x0 + 3, "r": x1 - 3, "c": (x0 + x1) / 2}[al]
            txt(page, px, ty + k * size * 1.2, ln, size, f, al)
    return ys[-1]


def oku1(v):  # yen -> 億円 one decimal
    return f"{v / 100_000_000:.1f}"


def page1(doc):
    pg = doc.new_page(width=W, height=H)
    setup(pg, 1)
    txt(pg, W / 2, 80, "江東区債権管理重点プラン", 20, "g", "c")
    txt(pg, W / 2, 104, "（令和７・８年度）", 12, "g", "c")
    txt(pg, W - 50, 128, "令和７年３月　江東区", 10, "m", "r")
    pg.draw_line((50, 140), (W - 50, 140), width=1.2)
    # two-column running text
    colw = (W - 100 - 20) / 2
    xL, xR = 50, 50 + colw + 20
    txt(pg, xL, 162, "１　区の債権の状況", 11.5, "g")
    left = ("区は、特別区民税や国民健康保険料をはじめとした各種債権に多額の収入未済があることを踏まえ、前期のプラン（令和５・６年度）"
            "において収納率の向上と収入未済額の縮減に取り組んできた。")
    left2 = ("令和５年度（2023年度）決算における区の全債権の収入未済額は58億2,140万円で、令和元年度の72億4,310万円から約14億円縮減した。"
             "このうち特別区民税の収入未済額は12億3,456万円、国民健康保険料は2,346.8百万円であり、両者で全体の約６割を占めている。")
    left3 = ("特別区民税の現年課税分の収納率は99.125％（前年度比+0.8ポイント）となり、23区平均を上回った。"
             "国民健康保険料の現年分収納率は90.48％であった。")
    y = wrap(pg, xL, 184, left, colw, 9.5, indent1=9.5)
    y = wrap(pg, xL, y + 2, left2, colw, 9.5, indent1=9.5)
    y = wrap(pg, xL, y + 2, left3, colw, 9.5, indent1=9.5)
    right = ("一方で、介護保険料や後期高齢者医療保険料は被保険者数の増加に伴い調定額が増加しており、収入未済額は横ばいで推移している。"
             "また、生活保護費返還金は、保護廃止後の債務者の所在把握が難しく、収入未済額が1億8,204万円に達している。")
    right2 = ("本プランでは、これらの状況を踏まえ、債権ごとに令和７年度及び令和８年度の目標収納率を定めるとともに、"
              "ＤＸを活用した納付環境の整備と、滞納処分・法的措置の着実な実施により、収入未済額の一層の縮減を目指す。")
    yr = wrap(pg, xR, 162, right, colw, 9.5, indent1=9.5)
    yr = wrap(pg, xR, yr + 2, right2, colw, 9.5, indent1=9.5)
    # prose facts
    F.add(None, 2023, "令和５年度（2023年度）", "total", "outstanding", "actual", 5_821_400_000, "yen", "58億2,140万円", 1)
    F.add(None, 2019, "令和元年度", "total", "outstanding", "actual", 7_243_100_000, "yen", "72億4,310万円", 1)
    F.add("特別区民税", 2023, "令和５年度（2023年度）", "total", "outstanding", "actual", 1_234_560_000, "yen", "12億3,456万円", 1)
    F.add("国民健康保険料", 2023, "令和５年度（2023年度）", "total", "outstanding", "actual", 2_346_800_000, "yen", "2,346.8百万円", 1)
    F.add("特別区民税", 2023, "令和５年度（2023年度）", "current", "collection_rate", "actual", 99.125, "percent", "99.125％", 1)
    F.add("国民健康保険料", 2023, "令和５年度（2023年度）", "current", "collection_rate", "actual", 90.48, "percent", "90.48％", 1)
    F.add("生活保護費返還金", 2023, "令和５年度（2023年度）", "total", "outstanding", "actual", 182_040_000, "yen", "1億8,204万円", 1)
    # bar chart
    top = max(y, yr) + 20
    txt(pg, W / 2, top, "区全体の収入未済額の推移（単位：億円）", 10.5, "g", "c")
    vals = [("R1", 2019, 7_243_100_000), ("R2", 2020, 6_894_000_000), ("R3", 2021, 6_412_000_000),
            ("R4", 2022, 6_105_000_000), ("R5", 2023, 5_821_400_000)]
    cx0, cy0, cw, ch = 110, top + 20, 380, 200
    base = cy0 + ch
    pg.draw_line((cx0, base), (cx0 + cw, base), width=0.8)
    pg.draw_line((cx0, cy0), (cx0, base), width=0.8)
    for t in range(0, 81, 20):
        yy = base - t / 80 * ch
        pg.draw_line((cx0 - 3, yy), (cx0, yy), width=0.5)
        txt(pg, cx0 - 6, yy + 3, str(t), 7.5, "g", "r")
        if t:
            pg.draw_line((cx0, yy), (cx0 + cw, yy), color=(0.8, 0.8, 0.8), width=0.3)
    bw = cw / len(vals) * 0.5
    for k, (lab, fy, v) in enumerate(vals):
        xc = cx0 + cw / len(vals) * (k + 0.5)
        hgt = v / 1e8 / 80 * ch
        pg.draw_rect(fitz.Rect(xc - bw / 2, base - hgt, xc + bw / 2, base), color=(0.2, 0.3, 0.5), fill=(0.45, 0.6, 0.8), width=0.5)
        txt(pg, xc, base - hgt - 4, oku1(v), 8.5, "g", "c")
        txt(pg, xc, base + 12, lab, 8.5, "g", "c")
        F.add(None, fy, lab, "total", "outstanding", "actual", round(v / 1e7) * 10_000_000, "yen", oku1(v), 1, approx=False)
    txt(pg, cx0 + cw, base + 26, "※各年度決算。全会計の合計。", 7.5, "m", "r")


# 会計別 (yen, multiples of 1000): R4, R5
ACC = [("一般会計", 0, 3_018_442_000, 2_794_118_000), ("うち 特別区民税", 1, 1_351_205_000, 1_234_560_000),
       ("うち 軽自動車税（種別割）", 1, 41_306_000, 38_904_000), ("うち 生活保護費返還金", 1, 176_880_000, 182_040_000),
       ("国民健康保険事業会計", 0, 2_512_604_000, 2_346_800_000), ("介護保険会計", 0, 402_118_000, 398_770_000),
       ("後期高齢者医療会計", 0, 179_836_000, 281_712_000)]
RATES = [("特別区民税", 99.13, 27.41, 95.62), ("軽自動車税（種別割）", 97.86, 31.05, 95.04), ("国民健康保険料", 90.48, 24.77, 76.31),
         ("介護保険料", 98.62, 19.84, 96.90), ("後期高齢者医療保険料", 99.31, 38.52, 98.77),
         ("保育料", 98.04, 12.66, 93.11), ("区営住宅使用料", 97.72, 15.08, 86.45), ("生活保護費返還金", 42.18, 3.95, 12.07),
         ("学童クラブ利用料", 98.90, 20.13, 96.28), ("奨学資金貸付金返還金", 86.35, 8.74, 40.92)]


def page2(doc):
    pg = doc.new_page(width=W, height=H)
    setup(pg, 2)
    txt(pg, 50, 70, "２　会計別の収入未済額", 11.5, "g")
    txt(pg, W - 80, 92, "（単位：千円）", 8.5, "m", "r")
    cells = [(0, 0, "会計・債権", "c", 1, 1, "g"), (0, 1, "R4", "c", 1, 1, "g"), (0, 2, "R5", "c", 1, 1, "g"),
             (0, 3, "対前年度増減", "c", 1, 1, "g")]
    r5_total = r4_total = 0
    for i, (name, ind, a, b) in enumerate(ACC, 1):
        label = ("　　" if ind else "") + name
        d = b - a
        cells += [(i, 0, label, "l", 1, 1, "m"), (i, 1, f"{a // 1000:,}", "r", 1, 1, "m"),
                  (i, 2, f"{b // 1000:,}", "r", 1, 1, "m"), (i, 3, ("△" if d < 0 else "") + f"{abs(d) // 1000:,}", "r", 1, 1, "m")]
        debt = name.replace("うち ", "")
        F.add(debt, 2022, "R4", "total", "outstanding", "actual", a, "yen", f"{a // 1000:,}", 2)
        F.add(debt, 2023, "R5", "total", "outstanding", "actual", b, "yen", f"{b // 1000:,}", 2)
        if not ind:
            r4_total += a
            r5_total += b
    n = len(ACC) + 1
    d = r5_total - r4_total
    cells += [(n, 0, "合計", "c", 1, 1, "g"), (n, 1, f"{r4_total // 1000:,}", "r", 1, 1, "g"),
              (n, 2, f"{r5_total // 1000:,}", "r", 1, 1, "g"), (n, 3, ("△" if d < 0 else "") + f"{abs(d) // 1000:,}", "r", 1, 1, "g")]
    F.add(None, 2022, "R4", "total", "outstanding", "actual", r4_total, "yen", f"{r4_total // 1000:,}", 2, debt_raw="合計")
    F.add(None, 2023, "R5", "total", "outstanding", "actual", r5_total, "yen", f"{r5_total // 1000:,}", 2, debt_raw="合計")
    yb = grid(pg, 80, 98, [190, 80, 80, 85], [18] * (n + 1), cells, 8.5)
    assert r5_total == 5_821_400_000, r5_total
    txt(pg, 80, yb + 12, "※一般会計の「うち」は主な債権の内訳。△は減少。", 7.5)
    # two halves side by side
    y0 = yb + 45
    txt(pg, 50, y0, "３　主な債権の収納率（令和５年度決算）　単位：％", 11.5, "g")
    for half in range(2):
        x = 50 + half * 252
        cells = [(0, 0, "債権名", "c", 1, 1, "g"), (0, 1, "現年", "c", 1, 1, "g"), (0, 2, "滞繰", "c", 1, 1, "g"),
                 (0, 3, "計", "c", 1, 1, "g")]
        for i, (name, c, a, t) in enumerate(RATES[half * 5:half * 5 + 5], 1):
            cells += [(i, 0, name, "l", 1, 1, "m"), (i, 1, f"{c:.2f}", "r", 1, 1, "m"),
                      (i, 2, f"{a:.2f}", "r", 1, 1, "m"), (i, 3, f"{t:.2f}", "r", 1, 1, "m")]
            for seg, v in (("current", c), ("arrears", a), ("total", t)):
                F.add(name, 2023, "令和５年度", seg, "collection_rate", "actual", v, "percent", f"{v:.2f}", 2)
        grid(pg, x, y0 + 10, [112, 40, 40, 40], [18] * 6, cells, 8)
    txt(pg, 50, y0 + 10 + 18 * 6 + 14, "※計は現年分と滞納繰越分を合算した収納率。", 7.5)


# 会計・款・債権 table, 円
DET = [
    ("一般会計", [("特別区税", "特別区民税", 1_234_560_418), ("特別区税", "軽自動車税（種別割）", 38_904_220),
                 ("使用料及び手数料", "区営住宅使用料", 61_208_400), ("使用料及び手数料", "学童クラブ利用料", 4_118_300),
                 ("分担金及び負担金", "保育料", 72_406_150), ("諸収入", "生活保護費返還金", 182_040_516),
                 ("諸収入", "奨学資金貸付金返還金", 58_771_204), ("諸収入", "応急小口資金貸付金返還金", 21_330_000),
                 ("諸収入", "その他返還金・弁償金", 16_882_940), ("諸収入", "生活保護法第７８条徴収金", 512_406_880),
                 ("分担金及び負担金", "介護サービス等利用者負担金", 86_330_410),
                 ("諸収入", "母子及び父子福祉資金貸付金返還金", 198_722_560), ("財産収入", "土地貸付収入", 4_881_200),
                 ("諸収入", "損害賠償金", 301_554_802)]),
    ("国民健康保険事業会計", [("国民健康保険料", "国民健康保険料", 2_346_800_230)]),
    ("介護保険会計", [("保険料", "介護保険料", 398_770_115)]),
    ("後期高齢者医療会計", [("後期高齢者医療保険料", "後期高齢者医療保険料", 279_512_640), ("諸収入", "延滞金", 2_199_360)]),
]


def yen(v):
    return f"{v:,}"


def pages34(doc):
    pg = doc.new_page(width=W, height=H)
    setup(pg, 3)
    txt(pg, 50, 70, "４　令和５年度（2023年度）区の保有する債権の収入未済額内訳", 11.5, "g")
    txt(pg, W - 50, 88, "（単位：円）", 8.5, "m", "r")
    colw = [120, 110, 150, 115]
    head = [(0, 0, "会計名称", "c", 1, 1, "g"), (0, 1, "款名称", "c", 1, 1, "g"), (0, 2, "債権名", "c", 1, 1, "g"),
            (0, 3, "収入未済額", "c", 1, 1, "g")]
    # page 3: 一般会計 block + subtotal; page 4: rest (no header repeated) + total
    grand = 0
    chunks = [(3, DET[:1], True), (4, DET[1:], False)]
    for pno, blocks, with_head in chunks:
        if pno == 4:
            page = doc.new_page(width=W, height=H)
            setup(page, 4)
        else:
            page = pg
        cells = list(head) if with_head else []
        r = 1 if with_head else 0
        for acc, items in blocks:
            cells.append((r, 0, acc if len(acc) < 8 else acc[:6] + "\n" + acc[6:], "c", len(items) + 1, 1, "m"))
            sub = 0
            for kan, name, v in items:
                cells += [(r, 1, kan, "l", 1, 1, "m"), (r, 2, name, "l", 1, 1, "m"), (r, 3, yen(v), "r", 1, 1, "m")]
                F.add(name, 2023, "令和５年度（2023年度）", "total", "outstanding", "actual", v, "yen", yen(v), pno)
                sub += v
                r += 1
            cells += [(r, 1, "小計", "c", 1, 2, "g"), (r, 3, yen(sub), "r", 1, 1, "g")]
            F.add(acc, 2023, "令和５年度（2023年度）", "total", "outstanding", "actual", sub, "yen", yen(sub), pno)
            grand += sub
            r += 1
        if not with_head:
            cells += [(r, 0, "合　　計", "c", 1, 3, "g"), (r, 3, yen(grand), "r", 1, 1, "g")]
            F.add(None, 2023, "令和５年度（2023年度）", "total", "outstanding", "actual", grand, "yen", yen(grand), pno, debt_raw="合計")
            r += 1
        yb = grid(page, 50, 96 if with_head else 60, colw, [19] * r, cells, 8.5)
        if with_head:
            txt(page, 50, yb + 14, "※次頁に続く。", 7.5)
    assert round(grand / 10_000) == 582_140, grand
    return page, yb


TARGETS = [("特別区民税", (99.13, 27.41), (99.20, 29.00), (99.25, 30.00)),
           ("国民健康保険料", (90.48, 24.77), (91.00, 25.50), (91.50, 26.00)),
           ("介護保険料", (98.62, 19.84), (98.70, 21.00), (98.80, 22.00)),
           ("生活保護費返還金", (42.18, 3.95), (43.00, 4.50), (44.00, 5.00))]
INITS = [("①", "特別区民税・国民健康保険料の滞納整理を一体的に進めるため、納税課と国保年金課の合同催告を年２回実施する。", "拡充"),
         ("②", "スマートフォン決済及び地方税統一ＱＲコードによる納付を全債権に広げ、納付機会を拡大する。", "新規"),
         ("③", "財産調査の電子照会を活用し、滞納処分の着手までの期間を短縮する。", "継続"),
         ("④", "生活保護費返還金は、保護廃止時に分割納付の計画を作成し、履行状況を定期的に確認する。", "継続"),
         ("⑤", "回収の見込みのない私債権は、債権管理条例に基づき放棄し、その結果を区議会に報告する。", "継続")]


def page4_rest(pg, y):
    y += 40
    txt(pg, 50, y, "５　目標収納率（令和７・８年度）", 11.5, "g")
    txt(pg, W - 50, y + 16, "単位：％", 8.5, "m", "r")
    cells = [(0, 0, "債権名", "c", 2, 1, "g"), (0, 1, "区分", "c", 2, 1, "g"), (0, 2, "実績", "c", 1, 1, "g"),
             (0, 3, "目標", "c", 1, 2, "g"), (1, 2, "R5", "c", 1, 1, "g"), (1, 3, "R7", "c", 1, 1, "g"), (1, 4, "R8", "c", 1, 1, "g")]
    r = 2
    pno = 4
    for name, act, t7, t8 in TARGETS:
        cells.append((r, 0, name, "c", 2, 1, "m"))
        for k, (seg, lab) in enumerate((("current", "現年分"), ("arrears", "滞繰分"))):
            cells += [(r + k, 1, lab, "c", 1, 1, "m"), (r + k, 2, f"{act[k]:.2f}", "r", 1, 1, "m"),
                      (r + k, 3, f"{t7[k]:.2f}", "r", 1, 1, "m"), (r + k, 4, f"{t8[k]:.2f}", "r", 1, 1, "m")]
            F.add(name, 2023, "R5", seg, "collection_rate", "actual", act[k], "percent", f"{act[k]:.2f}", pno)
            F.add(name, 2025, "R7", seg, "collection_rate", "target", t7[k], "percent", f"{t7[k]:.2f}", pno)
            F.add(name, 2026, "R8", seg, "collection_rate", "target", t8[k], "percent", f"{t8[k]:.2f}", pno)
        r += 2
    yb = grid(pg, 50, y + 22, [130, 70, 90, 90, 90], [17] * r, cells, 8.5)
    y = yb + 30
    txt(pg, 50, y, "６　重点的な取組", 11.5, "g")
    # boxed list
    box_top = y + 10
    yy = box_top + 18
    for lab, t, st in INITS:
        yy = wrap(pg, 62, yy, f"{lab}{t}【{st}】", W - 124, 9.5, lead=1.6)
        yy += 3
        I.append({"debt": None, "fiscal_year": 2025, "section": "重点的な取組", "label": lab, "text": t, "status": st, "page": pno})
    pg.draw_rect(fitz.Rect(52, box_top, W - 52, yy), width=0.8)


def build():
    doc = fitz.open()
    page1(doc)
    page2(doc)
    pg4, y = pages34(doc)
    page4_rest(pg4, y)
    doc.subset_fonts()
    doc.save(ROOT / "pdf" / f"{STEM}.pdf", garbage=4, deflate=True)
    docmeta = {"kind": "plan", "municipality": CITY, "title": "江東区債権管理重点プラン（令和７・８年度）",
               "date": "2025-03-01", "date_raw": "令和７年３月"}
    write_gold(STEM, docmeta, F.items, I, None)
    return check(STEM)


if __name__ == "__main__":
    build()
