"""鳥取市 未収金解消の取組状況（中間報告）: drawn directly with PyMuPDF (A4 portrait, 4 pages)."""
from __future__ import annotations

import fitz

from u_common import PDF_DIR, comma, fact, rate, write_gold, zen

STEM = "u_tottori_progress_1"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FG = fitz.Font(fontfile=GOTHIC)
FM = fitz.Font(fontfile=MINCHO)
W, H = 595, 842
LM, RM = 60, 535

AS7, AS6 = "2025-12-31", "2024-12-31"
R7, R6 = "R7.12月末", "R6.12月末"

# 12月末の調定額・収入済額（千円）: (現年 調定, 現年 収入済, 滞繰 調定, 滞繰 収入済)
AMOUNTS = {
    "市税": {7: (21384512, 17411203, 1203884, 329420), 6: (20977140, 16996015, 1311560, 339716)},
    "国民健康保険料": {7: (4812330, 2664901, 1082455, 176030), 6: (4905112, 2690215, 1140876, 171902)},
    "市営住宅使用料": {7: (612408, 452877, 98204, 9847), 6: (605990, 446128, 104511, 9210)},
}
OTHER_RATES = {  # (現年R7, 現年R6, 滞繰R7, 滞繰R6)
    "介護保険料": ("84.12", "83.77", "18.40", "17.95"),
    "後期高齢者医療保険料": ("86.05", "85.88", "41.20", "39.64"),
    "保育料": ("80.33", "79.91", "22.18", "24.02"),
    "下水道使用料": ("78.64", "78.10", "35.72", "33.05"),
    "住宅新築資金等貸付金": (None, None, "3.15", "2.87"),
}
ORDER = ["市税", "国民健康保険料", "介護保険料", "後期高齢者医療保険料", "保育料", "市営住宅使用料",
         "下水道使用料", "住宅新築資金等貸付金"]


def rates_of(debt):
    if debt in AMOUNTS:
        a = AMOUNTS[debt]
        return (str(rate(a[7][1], a[7][0])), str(rate(a[6][1], a[6][0])),
                str(rate(a[7][3], a[7][2])), str(rate(a[6][3], a[6][2])))
    return OTHER_RATES[debt]


class Doc:
    def __init__(self):
        self.doc = fitz.open()
        self.page = None
        self.pno = 0

    def new_page(self):
        self.page = self.doc.new_page(width=W, height=H)
        self.page.insert_font(fontname="G", fontfile=GOTHIC)
        self.page.insert_font(fontname="M", fontfile=MINCHO)
        self.pno += 1
        self.text(LM, 40, "令和７年度 未収金解消の取組状況（中間報告）", "M", 8, color=(0.35, 0.35, 0.35))
        self.text(RM - FM.text_length("鳥取市総務部債権管理課", 8), 40, "鳥取市総務部債権管理課", "M", 8,
                  color=(0.35, 0.35, 0.35))
        self.page.draw_line((LM, 45), (RM, 45), width=0.4, color=(0.5, 0.5, 0.5))
        foot = f"－ {zen(self.pno)} －"
        self.text(W / 2 - FM.text_length(foot, 9) / 2, 810, foot, "M", 9)
        return self.page

    def text(self, x, y, s, font="M", size=10.5, color=(0, 0, 0)):
        self.page.insert_text((x, y), s, fontname=font, fontsize=size, color=color)

    def para(self, x, y, s, width, font="M", size=10.5, lead=1.7, indent_first=True):
        f = FG if font == "G" else FM
        lines, cur = [], ("　" if indent_first else "")
        for ch in s:
            if f.text_length(cur + ch, size) > width:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
        for ln in lines:
            self.text(x, y, ln, font, size)
            y += size * lead
        return y

    def ctext(self, x0, x1, y, s, font="M", size=9, align="c"):
        f = FG if font == "G" else FM
        w = f.text_length(s, size)
        if align == "c":
            x = (x0 + x1) / 2 - w / 2
        elif align == "r":
            x = x1 - 4 - w
        else:
            x = x0 + 4
        self.text(x, y, s, font, size)


def build():
    d = Doc()
    facts, inits = [], []

    # ---------------- page 1
    d.new_page()
    d.text(LM + 40, 85, "令和７年度 未収金解消の取組状況（中間報告）", "G", 15)
    d.text(RM - FM.text_length("令和８年２月", 10.5), 110, "令和８年２月", "M", 10.5)
    d.text(RM - FM.text_length("鳥 取 市", 10.5), 126, "鳥 取 市", "M", 10.5)
    d.text(LM, 160, "１　はじめに", "G", 12)
    cur7 = AMOUNTS["市税"][7]
    cur6 = AMOUNTS["市税"][6]
    r7c = rate(cur7[1], cur7[0])
    r6c = rate(cur6[1], cur6[0])
    s1 = ("本市では、財政の健全化と市民負担の公平性を確保するため、全庁を挙げて未収金の解消に取り組んでいます。"
          "令和６年度決算における市全体の収入未済額は約18億4,200万円で、前年度から縮減しましたが、"
          "不納欠損額は1億2,046万円となり、依然として多額の未収金が残っています。")
    y = d.para(LM, 185, s1, RM - LM)
    s2 = (f"本年度の１２月末現在の市税（現年度分）の収納率は{r7c}％で、前年同月を"
          f"{r7c - r6c}ポイント上回っています。引き続き、納期内納付の勧奨と早期の滞納整理に努めます。")
    y = d.para(LM, y + 4, s2, RM - LM)
    facts += [
        fact(None, 2024, "令和６年度", "total", "outstanding", "actual", 1842000000, "yen", "約18億4,200万円",
             page=1, approx=True, debt_raw=None),
        fact(None, 2024, "令和６年度", "total", "written_off", "actual", 120460000, "yen", "1億2,046万円",
             page=1, debt_raw=None),
        fact("市税", 2025, "１２月末", "current", "collection_rate", "interim", float(r7c), "percent", f"{r7c}％",
             page=1, as_of=AS7),
    ]

    y += 18
    d.text(LM, y, "２　主要債権の収納状況（１２月末現在）", "G", 12)
    y += 20
    d.text(RM - FM.text_length("（単位：％、ポイント）", 9), y, "（単位：％、ポイント）", "M", 9)
    y += 8
    cw = [118, 60, 60, 42, 60, 60, 42]
    xs = [LM]
    for w in cw:
        xs.append(xs[-1] + w)
    top = y
    rh = 17
    # header: three rows, only horizontal rules
    d.page.draw_line((xs[0], top), (xs[-1], top), width=1.0)
    d.ctext(xs[0], xs[1], top + rh * 1.5 + 4, "債権名", "G", 9)
    d.ctext(xs[1], xs[7], top + rh - 5, "収　納　率", "G", 9)
    d.page.draw_line((xs[1], top + rh), (xs[7], top + rh), width=0.4)
    d.ctext(xs[1], xs[4], top + 2 * rh - 5, "現年度分", "G", 9)
    d.ctext(xs[4], xs[7], top + 2 * rh - 5, "滞納繰越分", "G", 9)
    d.page.draw_line((xs[1], top + 2 * rh), (xs[3] + cw[3] - 4, top + 2 * rh), width=0.4)
    d.page.draw_line((xs[4] + 4, top + 2 * rh), (xs[7], top + 2 * rh), width=0.4)
    for k, lab in enumerate([R7, R6, "増減", R7, R6, "増減"]):
        d.ctext(xs[1 + k], xs[2 + k], top + 3 * rh - 5, lab, "G", 8.5)
    yy = top + 3 * rh
    d.page.draw_line((xs[0], yy), (xs[-1], yy), width=0.7)
    for debt in ORDER:
        c7, c6, a7, a6 = rates_of(debt)
        base = yy + rh - 5
        d.ctext(xs[0], xs[1], base, debt, "M", 9, "l")
        vals = [c7 or "－", c6 or "－",
                (f"{float(c7) - float(c6):+.2f}".replace("+", "").replace("-", "△") if c7 else "－"),
                a7, a6, f"{float(a7) - float(a6):+.2f}".replace("+", "").replace("-", "△")]
        for k, v in enumerate(vals):
            d.ctext(xs[1 + k], xs[2 + k], base, v, "M", 9, "r")
        for seg, v7, v6 in (("current", c7, c6), ("arrears", a7, a6)):
            if v7 is None:
                continue
            facts.append(fact(debt, 2025, R7, seg, "collection_rate", "interim", float(v7), "percent", v7,
                              page=1, as_of=AS7))
            facts.append(fact(debt, 2024, R6, seg, "collection_rate", "interim", float(v6), "percent", v6,
                              page=1, as_of=AS6))
        yy += rh
        d.page.draw_line((xs[0], yy), (xs[-1], yy), width=0.25 if debt != ORDER[-1] else 1.0)
    y = yy + 14
    d.text(LM, y, "※ 増減は、令和７年１２月末の収納率から前年同月の収納率を差し引いたもの。", "M", 8.5)
    d.text(LM, y + 13, "※ 住宅新築資金等貸付金は償還期限を過ぎた分のみを滞納繰越分として計上。", "M", 8.5)

    # ---------------- pages 2-4: 債権ごとの取組
    sections = [
        ("市税", "収納課", "heading", [
            ("①", "現年度分の滞納者に対し、納期限後２０日以内に督促状を発送し、その後も文書・電話による早期の納付催告を徹底する。", "継続", False),
            ("②", "預貯金・給与等の財産調査を早期に行い、納付資力がありながら納付のない者には差押えを実施する。", "継続", True),
            ("③", "スマートフォン決済アプリによる納付の周知を強化し、納期内納付を促進する。", "拡充", False),
        ]),
        ("国民健康保険料", "保険年金課", "box", [
            ("①", "短期被保険者証の交付時に納付相談を行い、分割納付の計画を確認する。", "継続", False),
            ("②", "資格喪失世帯の未納保険料について、喪失届の受付時に納付を案内する。", "新規", False),
            ("③", "滞納額が高額な世帯は債権管理課へ移管し、滞納処分を一元的に行う。", "継続", True),
        ]),
        ("市営住宅使用料", "住宅政策課", "cell", [
            ("①", "滞納３か月以上の入居者に対し、連帯保証人へ納付指導の協力を依頼する。", "継続", False),
            ("②", "退去者の滞納分については、支払督促の申立てを計画的に行う。", "拡充", False),
            ("③", "口座振替の利用が少ない団地で、入居者説明会に合わせて申込みを受け付ける。", "新規", True),
        ]),
    ]
    for n, (debt, dept, mode, items) in enumerate(sections, start=1):
        d.new_page()
        pg = d.pno
        y = 75
        if n == 1:
            d.text(LM, y, "３　債権ごとの取組状況", "G", 12)
            y += 26
        if mode == "heading":
            d.text(LM + 8, y, f"（{zen(n)}）債権ごとの取組（{debt}）", "G", 11)
            y += 24
        else:
            d.text(LM + 8, y, f"（{zen(n)}）債権ごとの取組", "G", 11)
            y += 16
        if mode == "box":
            bx = [LM, LM + 70, LM + 240, LM + 310, RM]
            d.page.draw_rect(fitz.Rect(bx[0], y, bx[-1], y + 20), width=0.7)
            for xv in bx[1:-1]:
                d.page.draw_line((xv, y), (xv, y + 20), width=0.7)
            d.ctext(bx[0], bx[1], y + 14, "債権名", "G", 9.5)
            d.ctext(bx[1], bx[2], y + 14, debt, "M", 9.5, "l")
            d.ctext(bx[2], bx[3], y + 14, "所管課", "G", 9.5)
            d.ctext(bx[3], bx[4], y + 14, dept, "M", 9.5, "l")
            y += 40
        a = AMOUNTS[debt]
        r = {p: (rate(a[p][1], a[p][0]), rate(a[p][3], a[p][2])) for p in (7, 6)}
        if mode in ("heading", "box"):
            d.text(LM + 8, y, "【収納率】令和７年１２月末時点", "G", 10.5)
            y += 18
            for seg, lab, v7, v6 in (("current", "現年度分", r[7][0], r[6][0]),
                                     ("arrears", "滞納繰越分", r[7][1], r[6][1])):
                d.text(LM + 20, y, f"・{lab}　{v7}％（前年同月　{v6}％）", "M", 10.5)
                facts.append(fact(debt, 2025, "令和７年１２月末", seg, "collection_rate", "interim", float(v7),
                                  "percent", f"{v7}％", page=pg, as_of=AS7))
                facts.append(fact(debt, 2024, "前年同月", seg, "collection_rate", "interim", float(v6),
                                  "percent", f"{v6}％", page=pg, as_of=AS6))
                y += 17
            y += 10
        # amounts table
        d.text(RM - FM.text_length("（単位：千円、％）", 9), y, "（単位：千円、％）", "M", 9)
        y += 6
        cw = [75, 70, 70, 50, 70, 70, 50]
        xs = [LM]
        for w in cw:
            xs.append(xs[-1] + w)
        rh = 18
        top = y
        nrows = 2 + 3 + (1 if mode == "cell" else 0)
        t0 = top
        if mode == "cell":
            d.page.draw_rect(fitz.Rect(xs[0], t0, xs[-1], t0 + rh), width=0.7)
            d.ctext(xs[0], xs[-1], t0 + 13, f"債権名　{debt}", "G", 9.5, "l")
            t0 += rh
        d.page.draw_rect(fitz.Rect(xs[0], t0, xs[-1], t0 + rh * 5), width=0.7)
        d.page.draw_line((xs[1], t0 + rh), (xs[-1], t0 + rh), width=0.4)
        d.page.draw_line((xs[0], t0 + 2 * rh), (xs[-1], t0 + 2 * rh), width=0.7)
        for i in range(1, 7):
            yv0 = t0 if i in (1, 4) else t0 + rh
            d.page.draw_line((xs[i], yv0), (xs[i], t0 + 5 * rh), width=0.4)
        for i in (3, 4):
            d.page.draw_line((xs[0], t0 + i * rh), (xs[-1], t0 + i * rh), width=0.3)
        d.ctext(xs[0], xs[1], t0 + rh + 4, "区分", "G", 9)
        d.ctext(xs[1], xs[4], t0 + 13, "令和７年１２月末", "G", 9)
        d.ctext(xs[4], xs[7], t0 + 13, "令和６年１２月末", "G", 9)
        for k, lab in enumerate(["調定額", "収入済額", "収納率"] * 2):
            d.ctext(xs[1 + k], xs[2 + k], t0 + 2 * rh - 5, lab, "G", 8.5)
        rows = []
        for seg, lab, ia, ic in (("current", "現年度分", 0, 1), ("arrears", "滞納繰越分", 2, 3)):
            rows.append((seg, lab, {p: (a[p][ia], a[p][ic]) for p in (7, 6)}))
        rows.append(("total", "計", {p: (a[p][0] + a[p][2], a[p][1] + a[p][3]) for p in (7, 6)}))
        for j, (seg, lab, vals) in enumerate(rows):
            base = t0 + (3 + j) * rh - 5
            d.ctext(xs[0], xs[1], base, lab, "M", 9)
            for pi, p in enumerate((7, 6)):
                asd, col = vals[p]
                rr = rate(col, asd)
                fy, raw_y, as_of = (2025, "令和７年１２月末", AS7) if p == 7 else (2024, "令和６年１２月末", AS6)
                cells = [comma(asd), comma(col), str(rr)]
                for k, v in enumerate(cells):
                    d.ctext(xs[1 + 3 * pi + k], xs[2 + 3 * pi + k], base, v, "M", 9, "r")
                facts.append(fact(debt, fy, raw_y, seg, "assessed", "interim", asd * 1000, "yen", cells[0],
                                  page=pg, as_of=as_of))
                facts.append(fact(debt, fy, raw_y, seg, "collected", "interim", col * 1000, "yen", cells[1],
                                  page=pg, as_of=as_of))
                facts.append(fact(debt, fy, raw_y, seg, "collection_rate", "interim", float(rr), "percent",
                                  cells[2], page=pg, as_of=as_of))
        y = t0 + 5 * rh + 30
        # boxed 取組 list
        title = "今後の取組（１月～３月）" if n != 2 else "第４四半期の取組"
        d.text(LM + 8, y, title, "G", 10.5)
        y += 8
        box_top = y
        y += 18
        for lab, txt, tag, wrap_tag in items:
            body = f"{lab}{txt}" + ("" if wrap_tag else f"【{tag}】")
            y = d.para(LM + 12, y, body, RM - LM - 24, "M", 10, lead=1.6, indent_first=False)
            if wrap_tag:
                d.text(LM + 22, y, f"【{tag}】", "M", 10)
                y += 16
            y += 3
            inits.append({"debt": debt, "fiscal_year": 2025, "section": title, "label": lab, "text": txt,
                          "status": tag, "page": pg})
        d.page.draw_rect(fitz.Rect(LM, box_top, RM, y), width=0.8)
        y += 24
        if n == 3:
            # 【参考】 box
            d.text(LM, y, "４　参考", "G", 12)
            y += 12
            top = y
            y += 20
            d.text(LM + 12, y, "【参考】令和６年度決算の状況", "G", 10.5)
            y += 20
            ref = [
                ("収入未済額（全会計）", "18億4,213万円"),
                ("不納欠損額（全会計）", "1億2,046万円"),
                ("市税　現年度分収納率", "99.08％"),
                ("市税　滞納繰越分収納率", "30.12％"),
            ]
            for k, v in ref:
                d.text(LM + 20, y, f"・{k}：{v}", "M", 10.5)
                y += 18
            d.page.draw_rect(fitz.Rect(LM, top, RM, y), width=0.8)
            facts += [
                fact(None, 2024, "令和６年度", "total", "outstanding", "actual", 1842130000, "yen", "18億4,213万円",
                     page=pg, debt_raw="収入未済額（全会計）"),
                fact(None, 2024, "令和６年度", "total", "written_off", "actual", 120460000, "yen", "1億2,046万円",
                     page=pg, debt_raw="不納欠損額（全会計）"),
                fact("市税", 2024, "令和６年度", "current", "collection_rate", "actual", 99.08, "percent", "99.08％",
                     page=pg),
                fact("市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", 30.12, "percent", "30.12％",
                     page=pg),
            ]
            y += 14
            d.text(LM, y, "問い合わせ先　鳥取市総務部債権管理課債権回収係", "M", 9)
    for f in facts:
        if f["debt"] is None and f["debt_raw"] and "全会計" in f["debt_raw"]:
            f["debt_raw"] = None
    pdf = PDF_DIR / f"{STEM}.pdf"
    d.doc.subset_fonts()
    d.doc.set_metadata({"title": "令和７年度 未収金解消の取組状況（中間報告）", "author": "鳥取市"})
    d.doc.save(pdf, garbage=4, deflate=True)
    document = {"kind": "progress_report", "municipality": "鳥取市",
                "title": "令和７年度 未収金解消の取組状況（中間報告）", "date": "2026-02-01", "date_raw": "令和８年２月"}
    write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
