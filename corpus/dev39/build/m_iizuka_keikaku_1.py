"""飯塚市-style 債権管理計画: PyMuPDF direct drawing (absolute positions), A4 portrait.

Family: 世田谷区-style plan (会計・款・債権 tables, 収入未済額 by account, prose figures).
Layout of a smaller city's plan: prose figures in 億・万円 and 百万円 with a decimal, a vector bar chart
with data labels (収入未済額の推移) and a line chart (収納率), 会計別 table with the unit note at the
top right, headers only 「R4」「R5」「R6」 and a 前年度比 column with △, a 債権別 table ruled with
horizontal lines only, merged 会計 cells, うち rows indented, 小計 per 会計, a 合計 row, cut by a page
break without its header repeated, 「－」 cells, a footnote figure, numbered target sentences with
bounds (以上/以下), a target table with years (西暦) down the rows, and a 取組 table with 区分 words.
"""
from __future__ import annotations

import sys
from pathlib import Path

import fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from m_common import PDF_DIR, Gold, check, comma, pct, summary, tri, zen  # noqa: E402

STEM = "m_iizuka_keikaku_1"
CITY = "飯塚市"
TITLE = "飯塚市債権管理計画（令和８年度～令和１０年度）"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
W, H = fitz.paper_size("a4")
LM, RM = 56, W - 56

# 会計, 債権名, 調定額, 収入済額, 不納欠損額 (yen, 令和6年度決算); sub rows = うち
ACCOUNTS = [
    ("一般会計", [
        ("市税", 18602455310, 17113204118, 86630412, [
            ("個人市民税", 7012338400, 6402117625, 41210300),
            ("固定資産税", 8903221500, 8210440812, 38772100)]),
        ("保育所保育料", 412355600, 396880150, 1204300, []),
        ("生活保護費返還金", 312450882, 101233410, 12450200, []),
        ("市営住宅使用料", 688120400, 601455300, 9880000, []),
        ("学校給食費", 601230500, 588102640, 0, []),
        ("奨学金貸付金返還金", 58442000, 31205500, 0, []),
    ]),
    ("国民健康保険特別会計", [("国民健康保険税", 3902118400, 3012447210, 55120880, [])]),
    ("介護保険特別会計", [("介護保険料", 2633410200, 2571002350, 18330100, [])]),
    ("後期高齢者医療特別会計", [("後期高齢者医療保険料", 1510330900, 1497620110, 2110400, [])]),
    ("住宅新築資金等貸付事業特別会計", [("住宅新築資金等貸付金", 402113600, 12330000, 0, [])]),
    ("下水道事業会計", [("下水道使用料", 2210440300, 2172310880, 1880300, [])]),
]
# 会計別 収入未済額 R4, R5 (千円)
PAST = {"一般会計": (1934512, 1842207), "国民健康保険特別会計": (912330, 871046),
        "介護保険特別会計": (50218, 47605), "後期高齢者医療特別会計": (11874, 11230),
        "住宅新築資金等貸付事業特別会計": (402551, 396118), "下水道事業会計": (40115, 38202)}
CHART_EARLY = {2020: 3612, 2021: 3455}   # 百万円, 令和2・3年度
TAX_RATE = {2020: 90.12, 2021: 90.85, 2022: 91.20, 2023: 91.63}  # 市税 収納率（現年・滞繰計） R2–R5


class Doc:
    def __init__(self):
        self.doc = fitz.open()
        self.page = None
        self.n = 0

    def new_page(self):
        self.page = self.doc.new_page(width=W, height=H)
        self.n += 1
        self.page.insert_font(fontname="g", fontfile=GOTHIC)
        self.page.insert_font(fontname="m", fontfile=MINCHO)
        self.t(RM - 150, 30, "飯塚市債権管理計画", 8, "g", color=(0.35, 0.35, 0.35))
        self.page.draw_line((LM, 36), (RM, 36), color=(0.5, 0.5, 0.5), width=0.4)
        self.t(W / 2 - 12, H - 28, f"－ {self.n} －", 9)
        return self.page

    def t(self, x, y, s, size=10.5, font="m", color=(0, 0, 0)):
        self.page.insert_text((x, y), s, fontname=font, fontsize=size, color=color)

    def tw(self, s, size):
        f = fitz.Font(fontfile=GOTHIC)
        return f.text_length(s, fontsize=size)

    def tr(self, xr, y, s, size=9, font="m"):
        """right-aligned"""
        self.t(xr - self.tw(s, size), y, s, size, font)

    def tc(self, x0, x1, y, s, size=9, font="m"):
        self.t((x0 + x1) / 2 - self.tw(s, size) / 2, y, s, size, font)

    def para(self, y, s, size=10.5, indent=1, width=None, lead=1.75):
        width = width or (RM - LM)
        f = fitz.Font(fontfile=MINCHO)
        first = True
        while s:
            avail = width - (indent * size if first else 0)
            n = 1
            while n < len(s) and f.text_length(s[:n + 1], fontsize=size) <= avail:
                n += 1
            line, s = s[:n], s[n:]
            while s and s[0] in "。、）％":
                line, s = line + s[0], s[1:]
            self.t(LM + (indent * size if first else 0), y, line, size)
            first = False
            y += size * lead
        return y

    def hline(self, x0, x1, y, w=0.6):
        self.page.draw_line((x0, y), (x1, y), color=(0, 0, 0), width=w)

    def vline(self, x, y0, y1, w=0.6):
        self.page.draw_line((x, y0), (x, y1), color=(0, 0, 0), width=w)


def yen_oku(v: int) -> str:
    """約29億8,400万円 style (rounded down to 100万円 units), returns (raw, value)."""
    man = v // 10000
    man = man // 100 * 100
    oku, rest = divmod(man, 10000)
    return f"約{oku}億{rest:,}万円", man * 10000


def build():
    g = Gold(STEM, "plan", CITY, TITLE, "2026-03-01", "令和８年３月")
    d = Doc()
    # ---------- derived figures ----------
    acc_tot = {}
    debt_rows = []
    for acc, debts in ACCOUNTS:
        s = [0, 0, 0, 0]
        for name, a, c, w, subs in debts:
            o = a - c - w
            debt_rows.append((acc, name, a, c, w, o, subs))
            for k, v in enumerate((a, c, w, o)):
                s[k] += v
        acc_tot[acc] = s
    grand = [sum(acc_tot[a][k] for a in acc_tot) for k in range(4)]
    out_k = {a: round(acc_tot[a][3] / 1000) for a in acc_tot}
    tot_k = {2022: sum(PAST[a][0] for a in PAST), 2023: sum(PAST[a][1] for a in PAST),
             2024: round(grand[3] / 1000)}
    chart = dict(CHART_EARLY)
    for fy in (2022, 2023, 2024):
        chart[fy] = round(tot_k[fy] / 1000)
    tax = next(r for r in debt_rows if r[1] == "市税")
    tax_rate24 = pct(tax[3], tax[2], 2)

    # ---------- page 1 ----------
    d.new_page()
    g.page = 1
    d.t(LM + 60, 80, TITLE, 15, "g")
    d.tr(RM, 104, "令和８年３月　飯塚市財務部債権管理課", 9.5)
    y = 140
    d.t(LM, y, "１　計画策定の趣旨", 12, "g")
    y = d.para(y + 22, "本市は、平成２９年に飯塚市債権管理条例を制定し、市が保有する債権の適正な管理に全庁的に"
               "取り組んできた。前計画（令和５年度～令和７年度）の期間において、口座振替の勧奨やコンビニ納付の"
               "拡大、財産調査の電子化などにより収入未済額は着実に縮減してきたが、私債権を中心に長期化した"
               "未収金が残っている。このため、前計画の成果と課題を踏まえ、新たに本計画を策定する。")
    y += 8
    d.t(LM, y, "２　計画期間", 12, "g")
    y = d.para(y + 22, "令和８年度から令和１０年度までの３か年とする。")
    y += 8
    d.t(LM, y, "３　本市の債権の状況", 12, "g")
    r24, v24 = yen_oku(grand[3])
    r20, v20 = yen_oku(chart[2020] * 1000000)
    g.fact(r24, v24, debt=None, debt_raw="全会計合計", metric="outstanding", fy=2024, fy_raw="令和６年度決算",
           approx=True)
    g.fact(r20, v20, debt=None, debt_raw=None, metric="outstanding", fy=2020, fy_raw="令和２年度", approx=True)
    tax_m = f"{tax[5] / 1e6:,.1f}百万円"
    g.fact(tax_m, round(tax[5] / 1e5) * 100000, debt="市税", metric="outstanding", fy=2024, fy_raw="令和６年度決算")
    share = round(tax[5] * 100 / grand[3])
    kok = next(r for r in debt_rows if r[1] == "国民健康保険税")
    kok_m = f"{kok[5] / 1e6:,.1f}百万円"
    g.fact(kok_m, round(kok[5] / 1e5) * 100000, debt="国民健康保険税", metric="outstanding", fy=2024,
           fy_raw="令和６年度決算")
    rate_txt = f"{tax_rate24:.2f}％"
    g.fact(rate_txt, tax_rate24, debt="市税", metric="collection_rate", fy=2024, fy_raw="令和６年度")
    y = d.para(y + 22, f"令和６年度決算における本市の収入未済額は、全会計合計で{r24}となり、令和２年度の{r20}"
               f"と比べて縮減している。債権別では、市税が{tax_m}で全体の約{share}％を占め、次いで国民健康保険税が"
               f"{kok_m}となっている。また、市税の収納率は{rate_txt}で、５年連続で前年度を上回った。")
    y += 4
    y = d.para(y, "一方で、住宅新築資金等貸付金など私債権の一部では、債務者の高齢化や所在不明により回収が"
               "困難な案件が残っており、徴収停止や債権放棄を含めた適正な整理が課題となっている。")
    # 凡例 box
    y += 10
    d.page.draw_rect(fitz.Rect(LM, y, RM, y + 62), color=(0, 0, 0), width=0.6)
    d.t(LM + 8, y + 16, "【参考】用語", 9.5, "g")
    d.t(LM + 14, y + 32, "・収納率＝収入済額÷調定額（現年分と滞納繰越分の計）", 9)
    d.t(LM + 14, y + 46, "・収入未済額＝調定額－収入済額－不納欠損額", 9)
    d.t(LM + 14, y + 58, "・本計画の金額は、特に記載のない限り各年度の決算額（出納閉鎖後）である。", 8.5)

    # ---------- page 2: charts + 会計別 table ----------
    d.new_page()
    g.page = 2
    d.t(LM, 70, "（１）収入未済額の推移", 11, "g")
    # bar chart
    cx0, cy0, cw, ch = LM + 30, 95, 220, 170
    d.tc(cx0 - 20, cx0 + cw + 10, cy0 - 4, "収入未済額の推移（全会計）（単位：百万円）", 8.5, "g")
    base = cy0 + ch
    d.hline(cx0, cx0 + cw, base, 0.8)
    d.vline(cx0, cy0 + 10, base, 0.8)
    years = [2020, 2021, 2022, 2023, 2024]
    mx = 4000
    bw = cw / len(years) * 0.55
    for i, fy in enumerate(years):
        x = cx0 + (i + 0.5) * cw / len(years) - bw / 2
        hgt = (ch - 20) * chart[fy] / mx
        d.page.draw_rect(fitz.Rect(x, base - hgt, x + bw, base), color=None, fill=(0.36, 0.55, 0.78))
        lab = comma(chart[fy])
        d.tc(x - 5, x + bw + 5, base - hgt - 3, lab, 7.5)
        d.tc(x - 8, x + bw + 8, base + 11, f"R{fy - 2018}", 8)
        g.fact(lab, chart[fy] * 1000000, debt=None, debt_raw=None, metric="outstanding", fy=fy,
               fy_raw=f"R{fy - 2018}")
    # line chart 市税収納率
    lx0, lw = cx0 + cw + 40, 190
    d.tc(lx0 - 10, lx0 + lw, cy0 - 4, "市税収納率の推移（％）", 8.5, "g")
    d.hline(lx0, lx0 + lw, base, 0.8)
    d.vline(lx0, cy0 + 10, base, 0.8)
    rates = dict(TAX_RATE)
    rates[2024] = tax_rate24
    pts = []
    for i, fy in enumerate(years):
        x = lx0 + (i + 0.5) * lw / len(years)
        yy = base - 15 - (rates[fy] - 88.0) / 5.0 * (ch - 40)
        pts.append((x, yy))
        d.page.draw_circle((x, yy), 2.2, color=(0.75, 0.3, 0.1), fill=(0.75, 0.3, 0.1))
        lab = f"{rates[fy]:.2f}"
        d.tc(x - 12, x + 12, yy - 6, lab, 7.5)
        d.tc(x - 8, x + 8, base + 11, f"R{fy - 2018}", 8)
        g.fact(lab, rates[fy], debt="市税", metric="collection_rate", fy=fy, fy_raw=f"R{fy - 2018}")
    d.page.draw_polyline(pts, color=(0.75, 0.3, 0.1), width=1.2)

    # 会計別 table
    y = base + 40
    d.t(LM, y, "（２）会計別の収入未済額", 11, "g")
    y += 12
    d.tr(RM, y + 2, "（単位：千円）", 8.5)
    cols = [LM, LM + 180, LM + 255, LM + 330, LM + 405, RM]
    heads = ["会計名", "R4", "R5", "R6", "前年度比"]
    y += 8
    rh = 19
    d.page.draw_rect(fitz.Rect(LM, y, RM, y + rh), color=None, fill=(0.88, 0.88, 0.88))
    for i, h in enumerate(heads):
        d.tc(cols[i], cols[i + 1], y + 13, h, 9, "g")
    rows = [(a, PAST[a][0], PAST[a][1], out_k[a]) for a in PAST] + [("合計", tot_k[2022], tot_k[2023], tot_k[2024])]
    ystart = y
    for a, v4, v5, v6 in rows:
        y += rh
        d.t(cols[0] + 4, y + 13, a, 8.5)
        for j, (fy, v) in enumerate(((2022, v4), (2023, v5), (2024, v6))):
            s = comma(v)
            d.tr(cols[j + 2] - 5, y + 13, s, 9)
            debt = None if a == "合計" else None
            g.fact(s, v * 1000, debt=debt, debt_raw=a, metric="outstanding", fy=fy, fy_raw=f"R{fy - 2018}")
        d.tr(cols[5] - 5, y + 13, tri(v6 - v5), 9)
    y += rh
    for x in cols:
        d.vline(x, ystart, y)
    for k in range(len(rows) + 2):
        d.hline(LM, RM, ystart + k * rh, 1.0 if k in (0, 1, len(rows), len(rows) + 1) else 0.5)
    y += 14
    gh = next(r for r in debt_rows if r[1] == "生活保護費返還金")
    note = f"{comma(round(gh[5] / 1000))}千円"
    g.fact(note, round(gh[5] / 1000) * 1000, debt="生活保護費返還金", metric="outstanding", fy=2024,
           fy_raw="令和６年度")
    d.t(LM, y, f"※令和６年度の一般会計には、生活保護費返還金{note}を含む。前年度比は R6－R5（△は減少）。", 8.5)
    y += 13
    d.t(LM, y, "※会計別の計数は千円未満を四捨五入しているため、合計と内訳が一致しない場合がある。", 8.5)
    # note: the 会計 rows are not all-debts totals; their debt_raw is the account name (debt null)

    # ---------- page 3-4: 債権別 table (horizontal rules only, split without header) ----------
    d.new_page()
    g.page = 3
    d.t(LM, 70, "（３）令和６年度 債権別の収納状況", 11, "g")
    d.tr(RM, 86, "（単位：円、％）", 8.5)
    cx = [LM, LM + 78, LM + 178, LM + 256, LM + 334, LM + 394, LM + 456, RM]
    hd = ["会計", "債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    y = 92
    d.hline(LM, RM, y, 1.2)
    for i, h in enumerate(hd):
        d.tc(cx[i], cx[i + 1], y + 14, h, 8.5, "g")
    y += 20
    d.hline(LM, RM, y, 0.8)
    rh = 22
    fy_raw = "令和６年度"

    def put_row(y, label, a, c, w, o, indent=0, bold=False, debt=None, debt_raw=None):
        f = "g" if bold else "m"
        d.t(cx[1] + 3 + indent, y + 14, label, 8 if len(label) < 10 else 7, f)
        vals = [comma(a), comma(c), comma(w) if w else "－", comma(o)]
        for j, s in enumerate(vals):
            d.tr(cx[j + 3] - 3, y + 14, s, 8, f)
        rate = pct(c, a, 2)
        d.tr(cx[7] - 4, y + 14, f"{rate:.2f}", 8, f)
        kw = dict(debt=debt, debt_raw=debt_raw if debt_raw is not None else label, fy=2024, fy_raw=fy_raw)
        g.fact(vals[0], a, metric="assessed", **kw)
        g.fact(vals[1], c, metric="collected", **kw)
        if w:
            g.fact(vals[2], w, metric="written_off", **kw)
        g.fact(vals[3], o, metric="outstanding", **kw)
        g.fact(f"{rate:.2f}", rate, metric="collection_rate", **kw)

    page_break_after = "一般会計"
    for acc, debts in ACCOUNTS:
        ytop = y
        for name, a, c, w, subs in debts:
            put_row(y, name, a, c, w, a - c - w, debt=name)
            y += rh
            for sn, sa, sc, sw in subs:
                put_row(y, "うち" + sn, sa, sc, sw, sa - sc - sw, indent=10, debt=sn, debt_raw="うち" + sn)
                y += rh
        if len(debts) > 1:
            s = acc_tot[acc]
            d.hline(cx[1], RM, y, 0.4)
            put_row(y, "小計", s[0], s[1], s[2], s[3], bold=True, debt=None, debt_raw=f"{acc}小計")
            y += rh
        # merged 会計 cell: name wrapped and centred in the block
        nm = acc
        lines = [nm[i:i + 7] for i in range(0, len(nm), 7)]
        need = len(lines) * 10 + 10
        if y - ytop < need:
            y = ytop + need
        ym = (ytop + y) / 2 - (len(lines) - 1) * 5
        for k, ln in enumerate(lines):
            d.t(cx[0] + 3, ym + 3 + k * 10, ln, 7.5)
        d.hline(LM, RM, y, 0.8)
        if acc == page_break_after:
            d.t(LM, y + 16, "（次ページへ続く）", 8)
            d.new_page()
            g.page = 4
            y = 60
            d.hline(LM, RM, y, 0.8)
    # 合計
    d.hline(LM, RM, y + 2, 0.8)
    put_row(y + 2, "合計", grand[0], grand[1], grand[2], grand[3], bold=True, debt=None, debt_raw="合計")
    y += rh + 2
    d.hline(LM, RM, y, 1.2)
    y += 16
    d.t(LM, y, "注１）収納率は収入済額÷調定額。小数点第３位を四捨五入。　注２）「－」は該当なし。", 8)
    y += 12
    d.t(LM, y, "注３）下水道事業会計は公営企業会計のため、未収金の額を収入未済額として掲げている。", 8)

    # ---------- page 4 (cont.): 目標 ----------
    y += 36
    d.t(LM, y, "４　計画の目標", 12, "g")
    y += 24
    tg = [("市税", "current", "現年課税分", 99.30, "以上とする。", 2028),
          ("国民健康保険税", "current", "現年課税分", 95.00, "以上とする。", 2028)]
    for k, (debt, seg, segtxt, v, tail, fy) in enumerate(tg, 1):
        raw = zen(f"{v:.2f}％")
        g.fact(raw, v, debt=debt, segment=seg, metric="collection_rate", basis="target", fy=fy,
               fy_raw="令和１０年度")
        y = d.para(y, f"（{zen(str(k))}）令和１０年度における{debt}の{segtxt}の収納率を{raw}{tail}", indent=0)
    tgt_out = "２５億円"
    g.fact(tgt_out, 2500000000, debt=None, debt_raw="全会計", metric="outstanding", basis="target", fy=2028,
           fy_raw="令和１０年度末")
    y = d.para(y, f"（３）全会計の収入未済額を、令和１０年度末までに{tgt_out}以下に縮減する。", indent=0)
    y += 14
    d.t(LM, y, "計画期間：令和８年度～令和１０年度", 9.5, "g")
    d.tr(RM, y, "（単位：％、百万円）", 8.5)
    y += 8
    tx = [LM, LM + 90, LM + 168, LM + 246, LM + 324, LM + 402, RM]
    th = ["年度", "市税収納率\n（現年）", "市税収納率\n（滞繰）", "国保税収納率\n（現年）", "国保税収納率\n（滞繰）",
          "収入未済額"]
    d.page.draw_rect(fitz.Rect(LM, y, RM, y + 30), color=None, fill=(0.88, 0.88, 0.88))
    for i, h in enumerate(th):
        parts = h.split("\n")
        for k, p in enumerate(parts):
            d.tc(tx[i], tx[i + 1], y + 12 + k * 11 + (5 if len(parts) == 1 else 0), p, 8, "g")
    y0 = y
    y += 30
    trow = [("2024（実績）", 2024, "actual", 99.05, 29.62, 94.12, 21.40, chart[2024]),
            ("2026", 2026, "target", 99.15, 30.50, 94.50, 22.50, 2850),
            ("2027", 2027, "target", 99.20, 31.00, 94.80, 23.50, 2680),
            ("2028", 2028, "target", 99.30, 31.50, 95.00, 24.50, 2500)]
    for lab, fy, basis, a1, a2, b1, b2, o in trow:
        d.tc(tx[0], tx[1], y + 13, lab, 8.5)
        vals = [(a1, "市税", "current"), (a2, "市税", "arrears"), (b1, "国民健康保険税", "current"),
                (b2, "国民健康保険税", "arrears")]
        for j, (v, debt, seg) in enumerate(vals):
            s = f"{v:.2f}"
            d.tr(tx[j + 2] - 6, y + 13, s, 8.5)
            g.fact(s, v, debt=debt, debt_raw="市税" if debt == "市税" else "国保税", segment=seg,
                   metric="collection_rate", basis=basis, fy=fy, fy_raw=lab)
        s = comma(o)
        d.tr(tx[6] - 6, y + 13, s, 8.5)
        g.fact(s, o * 1000000, debt=None, debt_raw=None, metric="outstanding", basis=basis, fy=fy, fy_raw=lab)
        y += 19
    for x in tx:
        d.vline(x, y0, y)
    d.hline(LM, RM, y0, 0.8)
    d.hline(LM, RM, y0 + 30, 0.8)
    for k in range(1, 4):
        d.hline(LM, RM, y0 + 30 + k * 19, 0.4)
    d.hline(LM, RM, y, 0.8)

    # ---------- page 5: 取組 table ----------
    d.new_page()
    g.page = 5
    d.t(LM, 70, "５　目標達成に向けた主な取組", 12, "g")
    items = [
        ("1-1", "市税", "納期限後２０日以内の督促状発送を徹底し、督促後１か月を経過した者にＳＭＳ催告を行う。",
         [], "通年", "継続"),
        ("1-2", "市税", "預貯金照会の電子化により財産調査を迅速化し、差押えまでの期間を短縮する。",
         ["・照会結果の一括取込により、調査事務を月２回に集約する。"], "令和８年度～", "拡充"),
        ("2-1", "国民健康保険税", "資格喪失後に未納が残る世帯へ、喪失手続の窓口で納付相談を行う。",
         [], "通年", "継続"),
        ("2-2", "国民健康保険税", "Ｗｅｂ口座振替受付を導入し、新規加入世帯に口座振替を勧奨する。",
         [], "令和８年１０月～", "新規"),
        ("3-1", "市営住宅使用料", "滞納３か月で連帯保証人に通知し、滞納６か月で明渡請求の手続に着手する。",
         ["・退去者の未納分は弁護士に回収を委任する。", "・所在不明者は住民票等で追跡調査を行う。"], "通年", "継続"),
        ("3-2", "学校給食費", "児童手当からの徴収の申出を、入学説明会で保護者に案内する。", [], "毎年２月", "拡充"),
        ("4-1", "住宅新築資金等貸付金", "回収見込みのない債権について、徴収停止を経て債権放棄を検討する。",
         [], "令和９年度～", "新規"),
    ]
    ix = [LM, LM + 34, LM + 130, LM + 380, LM + 450, RM]
    ih = ["No.", "対象債権", "取組内容", "実施時期", "区分"]
    y = 84
    d.page.draw_rect(fitz.Rect(LM, y, RM, y + 20), color=None, fill=(0.88, 0.88, 0.88))
    for i, h in enumerate(ih):
        d.tc(ix[i], ix[i + 1], y + 14, h, 9, "g")
    ytab = y
    y += 20
    per = int((ix[3] - ix[2] - 8) // 8.5)
    for no, debt, txt, subs, when, kubun in items:
        lines = []
        s = txt
        while s:
            ln, s = s[:per], s[per:]
            while s and s[0] in "。、":
                ln, s = ln + s[0], s[1:]
            lines.append(ln)
        for sb in subs:
            s = sb
            first = True
            while s:
                n = per if first else per - 1
                ln, s = s[:n], s[n:]
                lines.append(ln if first else "　" + ln)
                first = False
        hgt = 10 + 12.5 * len(lines)
        d.tc(ix[0], ix[1], y + 14, no, 8.5)
        d.t(ix[1] + 4, y + 14, debt, 8 if len(debt) < 9 else 7)
        for k, ln in enumerate(lines):
            d.t(ix[2] + 4, y + 14 + k * 12.5, ln, 8.5)
        d.tc(ix[3], ix[4], y + 14, when, 8)
        d.tc(ix[4], ix[5], y + 14, kubun, 9)
        full = txt + "".join(subs)
        g.init(full, debt=debt, fy=2026, section="目標達成に向けた主な取組", label=no,
               status=kubun)
        y += hgt
        d.hline(LM, RM, y, 0.4)
    for x in ix:
        d.vline(x, ytab, y)
    d.hline(LM, RM, ytab, 0.8)
    d.hline(LM, RM, ytab + 20, 0.8)
    d.hline(LM, RM, y, 0.8)
    y += 30
    d.t(LM, y, "６　計画の進行管理", 12, "g")
    d.para(y + 22, "本計画の進捗状況は、副市長を委員長とする飯塚市債権管理対策委員会において毎年度確認し、"
           "その結果を市ホームページで公表する。社会経済情勢の変化等により必要が生じた場合は、計画期間中で"
           "あっても目標及び取組の見直しを行う。")

    d.doc.subset_fonts()
    pdf = PDF_DIR / f"{STEM}.pdf"
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    d.doc.save(pdf, garbage=4, deflate=True)
    gold = g.write(pdf)
    errs = check(pdf, gold)
    for e in errs:
        print("ERR", e)
    print(summary(pdf, gold))
    return not errs


if __name__ == "__main__":
    sys.exit(0 if build() else 1)
