"""北見原市債権管理計画（令和7年度～令和9年度） — PyMuPDF direct drawing (grid tables, vector bar chart, htmlbox prose).

Modelled on 第2次廿日市市債権管理計画 (計画策定の経緯・目的・計画の期間・対象債権・債権管理の現状, 全未収債権の目標収納率と
具体的な取組内容) and on 尼崎市-type 推進シート: one sheet per debt, titled「５ 債権ごとの取組（X）」, with years in 西暦
as columns, 縦書き segment cells, row-dependent units (千円 / ％), a plan-period line over yearly targets and a 取組 table
(取組項目 | 内容 | 区分) whose 区分 holds bare 継続/新規/拡充.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf as fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from t_common import F, I, OUT, PDF, comma, rate, write_gold  # noqa: E402

STEM = "t_kitamihara_keikaku_1"
CITY = "北見原市"
TITLE = "北見原市債権管理計画（令和7年度～令和9年度）"
YEARS = [2019, 2020, 2021, 2022, 2023]
PLAN = [2025, 2026, 2027]
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho"
ARCH = fitz.Archive()
ARCH.add(GOTH); ARCH.add(MIN)
FONTS = {"G": fitz.Font(fontfile=f"{GOTH}/ipaexg.ttf"), "M": fitz.Font(fontfile=f"{MIN}/ipaexm.ttf")}
CSS = ("@font-face{font-family:G;src:url(ipaexg.ttf);} @font-face{font-family:M;src:url(ipaexm.ttf);}"
       "*{font-family:M;font-size:9.5pt;line-height:1.45;} h1{font-family:G;font-size:15pt;} h2{font-family:G;font-size:11.5pt;"
       "margin:8pt 0 3pt 0;} p{margin:0 0 3pt 0;text-indent:1em;} .c{text-align:center;} .r{text-align:right;}"
       ".g{font-family:G;} li{margin:0 0 2pt 0;}")


def series(base_a, growth, rate_c, step_c, arr0, rate_a, step_a, wo_share):
    """Yearly 千円 figures: current (a, c), arrears (a, c), written_off, outstanding; arrears assessed = last outstanding."""
    out = []
    arr_a = arr0
    for i, y in enumerate(YEARS):
        ca = int(base_a * (1 + growth) ** i) // 1 * 1
        ca = ca + (i * 3719) % 997
        cc = int(round(ca * (rate_c + step_c * i) / 100))
        aa = arr_a
        ac = int(round(aa * (rate_a + step_a * i) / 100))
        wo = int(round((aa - ac) * wo_share))
        outst = (ca - cc) + (aa - ac) - wo
        out.append(dict(y=y, ca=ca, cc=cc, aa=aa, ac=ac, wo=wo, out=outst))
        arr_a = outst
    return out


DEBTS = [
    dict(name="市税", ka="税務部 納税課", data=series(14_820_400, 0.012, 98.62, 0.11, 742_118, 26.4, 1.35, 0.085),
         tgt=[(99.20, 33.00), (99.25, 34.00), (99.30, 35.00)],
         inits=[("1-1", "早期催告の徹底", "納期限後20日以内に督促状を発送し、その後は電話・SMSによる催告を集中して行う。", "継続"),
                ("1-2", "財産調査の電子化", "預貯金等照会の電子化により、財産調査の着手を前倒しする。", "拡充"),
                ("2-1", "納付方法の拡大", "スマートフォン決済アプリによる納付を全税目で導入する。", "新規"),
                ("2-2", "滞納処分の強化", "差押財産の換価を進め、インターネット公売を年２回実施する。", "継続")]),
    dict(name="国民健康保険税", ka="市民部 保険年金課", data=series(2_904_300, -0.015, 93.10, 0.24, 688_402, 19.8, 0.95, 0.11),
         tgt=[(95.00, 25.00), (95.20, 26.00), (95.40, 27.00)],
         inits=[("1-1", "短期被保険者証の活用", "納付相談の機会を確保するため、更新時に窓口での面談を行う。", "継続"),
                ("1-2", "資格喪失者への対応", "社会保険加入等による資格喪失者に対し、喪失月の翌月に未納額の通知を送付する。", "拡充"),
                ("2-1", "口座振替の原則化", "新規加入時に口座振替の登録を原則とし、Web口座振替受付を開始する。", "新規")]),
    dict(name="後期高齢者医療保険料", ka="市民部 保険年金課", data=series(1_106_800, 0.028, 99.31, 0.04, 14_206, 38.5, 1.20, 0.06),
         tgt=[(99.60, 45.00), (99.60, 46.00), (99.65, 47.00)],
         inits=[("1-1", "普通徴収者への早期接触", "年金からの特別徴収に切り替わるまでの未納者に電話で納付を案内する。", "継続"),
                ("1-2", "分割納付の管理", "分割納付の不履行を月次で確認し、翌月中に催告する。", "継続")]),
    dict(name="下水道使用料", ka="上下水道局 営業課", data=series(1_620_500, -0.004, 98.05, 0.08, 45_907, 41.2, 1.10, 0.05),
         tgt=[(98.60, 48.00), (98.70, 49.00), (98.80, 50.00)],
         inits=[("1-1", "給水停止との連携", "水道料金と一体で催告し、納付がない場合は給水停止予告を行う。", "継続"),
                ("1-2", "転出者の未納対策", "転出時の精算を徹底し、転出後の未納者には住所調査の上で督促する。", "拡充"),
                ("2-1", "滞納処分の実施", "長期滞納者について、預貯金等の財産調査を行った上で差押えを実施する。", "新規")]),
]
OTHERS = [("保育所保育料", "一般会計", [52_310, 49_880, 46_120, 43_905, 41_006]),
          ("市営住宅使用料", "一般会計", [71_220, 68_904, 66_415, 62_310, 59_877])]
ACCOUNT = {"市税": "一般会計", "国民健康保険税": "国民健康保険特別会計", "後期高齢者医療保険料": "後期高齢者医療特別会計",
           "下水道使用料": "下水道事業会計"}
for d in DEBTS:
    last = d["data"][-1]["out"]
    d["otgt"] = [int(round(last * f, -3)) for f in (0.95, 0.91, 0.87)]


def outstanding(name, y):
    for d in DEBTS:
        if d["name"] == name:
            return next(r["out"] for r in d["data"] if r["y"] == y)
    for n, _, vals in OTHERS:
        if n == name:
            return vals[YEARS.index(y)]
    raise KeyError(name)


ALL_NAMES = [d["name"] for d in DEBTS] + [n for n, _, _ in OTHERS]
TOTALS = {y: sum(outstanding(n, y) for n in ALL_NAMES) for y in YEARS}


def wrap(t, n):
    lines, cur = [], ""
    for ch in t:
        if len(cur) >= n and ch not in "。、）":
            lines.append(cur); cur = ""
        cur += ch
    lines.append(cur)
    return lines


def era(y, short=False):
    n = y - 2018
    if short:
        return "R元" if n == 1 else f"R{n}"
    return "令和元年度" if n == 1 else f"令和{n}年度"


class Page:
    def __init__(self, doc, landscape=False):
        w, h = (842, 595) if landscape else (595, 842)
        self.p = doc.new_page(width=w, height=h)
        self.w, self.h = w, h
        self.p.insert_font(fontname="G", fontfile=f"{GOTH}/ipaexg.ttf")
        self.p.insert_font(fontname="M", fontfile=f"{MIN}/ipaexm.ttf")

    def text(self, x, y, s, size=9, font="M", align=0, width=None):
        if width is None:
            self.p.insert_text((x, y), s, fontname=font, fontsize=size)
        else:
            L = FONTS[font].text_length(s, fontsize=size)
            xx = x + (width - L) / 2 if align == 1 else (x + width - L if align == 2 else x)
            self.p.insert_text((xx, y), s, fontname=font, fontsize=size)

    def html(self, rect, html):
        spare, scale = self.p.insert_htmlbox(fitz.Rect(rect), html, css=CSS, archive=ARCH)
        assert spare >= 0 and scale == 1, (spare, scale, html[:40])
        return rect[3] - spare

    def grid(self, x0, y0, colw, rowh, cells, size=8.5, lw=0.6):
        """cells: (r0, c0, r1, c1, text, align) inclusive; align 0 left 1 center 2 right, 'v' vertical."""
        xs = [x0]
        for w in colw:
            xs.append(xs[-1] + w)
        ys = [y0]
        for h in rowh:
            ys.append(ys[-1] + h)
        for r0, c0, r1, c1, t, al in cells:
            rect = fitz.Rect(xs[c0], ys[r0], xs[c1 + 1], ys[r1 + 1])
            self.p.draw_rect(rect, color=(0, 0, 0), width=lw)
            if not t:
                continue
            if al == "v":
                n = len(t)
                top = rect.y0 + (rect.height - n * (size + 1.5)) / 2 + size
                for k, ch in enumerate(t):
                    self.text(rect.x0, top + k * (size + 1.5), ch, size, "G", 1, rect.width)
            else:
                lines = t.split("\n")
                base = rect.y0 + (rect.height - len(lines) * (size + 2)) / 2 + size
                for k, ln in enumerate(lines):
                    self.text(rect.x0 + 3, base + k * (size + 2), ln, size, "M", al, rect.width - 6)
        return ys[-1]

    def frame(self, no, total):
        self.text(0, self.h - 28, f"- {no} -", 9, "M", 1, self.w)
        self.text(self.w - 240, 28, "北見原市債権管理計画（令和7年度～令和9年度）", 7.5, "M")


def build():
    doc = fitz.open()
    facts, inits = [], []
    n_pages = 2 + len(DEBTS)

    # ---------------------------------------------------------------- page 1
    pg = Page(doc); pg.frame(1, n_pages)
    tot23 = TOTALS[2023] * 1000
    tot_r = int(round(tot23 / 1_000_000)) * 1_000_000
    tot22 = TOTALS[2022] * 1000
    tot22_r = int(round(tot22 / 1_000_000)) * 1_000_000

    def ok(yen):
        man = yen // 10000; o, rest = divmod(man, 10000)
        return f"{o}億{rest:,}万円" if rest else f"{o}億円"
    cur_all_a = sum(next(r for r in d["data"] if r["y"] == 2023)["ca"] for d in DEBTS)
    cur_all_c = sum(next(r for r in d["data"] if r["y"] == 2023)["cc"] for d in DEBTS)
    cur_all = rate(cur_all_c, cur_all_a)
    html = (f"<h1 class='c'>{TITLE}</h1><p class='r' style='text-indent:0'>令和７年３月　北見原市 総務部 債権管理課</p>"
            "<h2>１　計画策定の趣旨</h2>"
            "<p>本市は、平成29年に北見原市債権管理条例を制定し、市の債権全般の管理の適正化に取り組んできた。前計画（令和4年度～令和6年度）"
            "の期間においては、全庁的な催告の強化と滞納処分の徹底により一定の成果を上げたが、社会経済情勢の変化により新たな滞納の発生も"
            "見込まれることから、引き続き計画的な債権管理を進めるため、本計画を策定する。</p>"
            "<h2>２　計画の期間</h2><p>令和7（2025）年度から令和9（2027）年度までの3か年とする。</p>"
            "<h2>３　対象債権</h2><p>令和5年度決算において収入未済額が生じている債権のうち、収入未済額の大きい6債権（市税、国民健康保険税、"
            "後期高齢者医療保険料、下水道使用料、保育所保育料、市営住宅使用料）を重点債権とし、うち4債権については債権ごとの取組を定める。</p>"
            "<h2>４　債権管理の現状</h2>"
            f"<p>令和5年度決算における重点債権の収入未済額は約{ok(tot_r)}であり、令和4年度の約{ok(tot22_r)}から縮減した。"
            f"4債権の現年度分を合わせた収納率は{cur_all:.2f}％となっている。</p>")
    y = pg.html((60, 50, 535, 560), html)
    facts += [
        F(None, 2023, "令和5年度", "total", "outstanding", "actual", tot_r, "yen", f"約{ok(tot_r)}", 1, approx=True),
        F(None, 2022, "令和4年度", "total", "outstanding", "actual", tot22_r, "yen", f"約{ok(tot22_r)}", 1, approx=True),
        F(None, 2023, "令和5年度", "current", "collection_rate", "actual", cur_all, "percent", f"{cur_all:.2f}％", 1),
    ]
    # 【参考】 box
    box_lines = []
    for d in DEBTS:
        o = next(r for r in d["data"] if r["y"] == 2023)["out"]
        v = round(o / 1000, 1)
        box_lines.append((d["name"], v))
    bh = 22 + 15 * len(box_lines)
    pg.p.draw_rect(fitz.Rect(70, y + 10, 525, y + 10 + bh), color=(0, 0, 0), width=0.8)
    pg.text(80, y + 26, "【参考】債権別の収入未済額（令和5年度決算）", 9.5, "G")
    for k, (n, v) in enumerate(box_lines):
        raw = f"{v:,.1f}百万円"
        pg.text(90, y + 42 + 15 * k, f"・{n}：{raw}", 9, "M")
        facts.append(F(n, 2023, "令和5年度", "total", "outstanding", "actual", int(round(v * 1_000_000)), "yen", raw, 1))

    # ---------------------------------------------------------------- page 2 (landscape): chart + account table
    pg = Page(doc, landscape=True); pg.frame(2, n_pages)
    pg.text(50, 60, "（１）重点債権の収入未済額の推移", 11, "G")
    # chart area
    cx0, cy0, cw, ch = 70, 100, 290, 300
    pg.text(cx0, cy0 - 12, "収入未済額の推移（重点6債権計）", 9, "G")
    pg.text(cx0 + cw - 60, cy0 - 12, "単位：百万円", 8, "M")
    vmax = 2000
    base = cy0 + ch
    pg.p.draw_line((cx0, base), (cx0 + cw, base), color=(0, 0, 0), width=0.8)
    pg.p.draw_line((cx0, cy0), (cx0, base), color=(0, 0, 0), width=0.8)
    for t in range(0, vmax + 1, 500):
        yy = base - ch * t / vmax
        pg.p.draw_line((cx0 - 3, yy), (cx0, yy), color=(0, 0, 0), width=0.5)
        pg.text(cx0 - 34, yy + 3, f"{t:,}", 7, "M")
    bw = cw / len(YEARS)
    for i, yv in enumerate(YEARS):
        v = round(TOTALS[yv] / 1000, 1)
        hgt = ch * v / vmax
        x = cx0 + i * bw + bw * 0.2
        pg.p.draw_rect(fitz.Rect(x, base - hgt, x + bw * 0.6, base), color=(0.2, 0.2, 0.4), fill=(0.55, 0.65, 0.85), width=0.5)
        lab = f"{v:,.1f}"
        pg.text(x - 6, base - hgt - 4, lab, 7.5, "G", 1, bw * 0.6 + 12)
        pg.text(x, base + 12, era(yv, True), 8, "M", 1, bw * 0.6)
        facts.append(F(None, yv, era(yv, True), "total", "outstanding", "actual", int(round(v * 1_000_000)), "yen", lab, 2))
    pg.text(cx0 + cw / 2 - 20, base + 26, "（年度）", 8, "M")
    # account table on the right
    tx = 400
    pg.text(tx, 88, "（２）会計別・債権別の収入未済額", 10, "G")
    pg.text(tx + 330, 100, "（単位：千円）", 8, "M")
    cells = [(0, 0, 0, 1, "会計・債権", 1), (0, 2, 0, 2, "令和4年度", 1), (0, 3, 0, 3, "令和5年度", 1), (0, 4, 0, 4, "増減", 1)]
    rows = []
    groups = {}
    for n in ALL_NAMES:
        acct = ACCOUNT.get(n, "一般会計")
        groups.setdefault(acct, []).append(n)
    r = 1
    for acct, names in groups.items():
        span = len(names) + (1 if len(names) > 1 else 0)
        cells.append((r, 0, r + span - 1, 0, acct, 1))
        for n in names:
            a, b = outstanding(n, 2022), outstanding(n, 2023)
            rows.append((r, n, a, b, n)); r += 1
        if len(names) > 1:
            a = sum(outstanding(n, 2022) for n in names); b = sum(outstanding(n, 2023) for n in names)
            rows.append((r, "小計", a, b, None)); r += 1
    rows.append((r, "合計", TOTALS[2022], TOTALS[2023], "合計")); r += 1
    for rr, lab, a, b, debt in rows:
        if lab == "合計":
            cells.append((rr, 0, rr, 1, "合計", 1))
        else:
            cells.append((rr, 1, rr, 1, lab, 0))
        cells.append((rr, 2, rr, 2, comma(a), 2)); cells.append((rr, 3, rr, 3, comma(b), 2))
        cells.append((rr, 4, rr, 4, comma(b - a).replace("-", "▲"), 2))
        dn = None if lab in ("合計", "小計") else lab
        facts.append(F(dn, 2022, "令和4年度", "total", "outstanding", "actual", a * 1000, "yen", comma(a), 2, debt_raw=lab))
        facts.append(F(dn, 2023, "令和5年度", "total", "outstanding", "actual", b * 1000, "yen", comma(b), 2, debt_raw=lab))
    pg.grid(tx, 106, [118, 92, 62, 62, 54], [20] * r, cells, size=8)
    pg.text(tx, 106 + 20 * r + 14, "※ 増減の▲は減少を示す。", 7.5, "M")

    # ---------------------------------------------------------------- pages 3..: 推進シート per debt
    SEC = "収納率向上・収入未済額縮減に向けた取組"
    for pi, d in enumerate(DEBTS, start=3):
        pg = Page(doc); pg.frame(pi, n_pages)
        pg.text(50, 62, f"５　債権ごとの取組（{d['name']}）", 12, "G")
        pg.grid(50, 74, [60, 140, 60, 235], [18], [(0, 0, 0, 0, "所管", 1), (0, 1, 0, 1, d["ka"], 0),
                                                  (0, 2, 0, 2, "会計", 1), (0, 3, 0, 3, ACCOUNT[d["name"]], 0)], size=8.5)
        pg.text(50, 118, "（１）収納状況の推移", 10, "G")
        pg.text(430, 118, "（単位：千円、％）", 8, "M")
        colw = [24, 70] + [80] * 5
        cells = [(0, 0, 0, 1, "年度", 2)] + [(0, 2 + i, 0, 2 + i, str(y), 1) for i, y in enumerate(YEARS)]
        spec = [("現年分", "current", [("調定額", "ca", "assessed"), ("収入済額", "cc", "collected"), ("収納率", None, "collection_rate")]),
                ("滞繰分", "arrears", [("調定額", "aa", "assessed"), ("収入済額", "ac", "collected"), ("収納率", None, "collection_rate")]),
                ("計", "total", [("不納欠損額", "wo", "written_off"), ("収入未済額", "out", "outstanding")])]
        r = 1
        for seglab, seg, items in spec:
            cells.append((r, 0, r + len(items) - 1, 0, seglab, "v"))
            for lab, key, metric in items:
                cells.append((r, 1, r, 1, lab, 0))
                for i, row in enumerate(d["data"]):
                    if metric == "collection_rate":
                        a_, c_ = (row["ca"], row["cc"]) if seg == "current" else (row["aa"], row["ac"])
                        v = rate(c_, a_); raw = f"{v:.2f}"
                        facts.append(F(d["name"], row["y"], str(row["y"]), seg, metric, "actual", v, "percent", raw, pi))
                    else:
                        v = row[key]; raw = comma(v)
                        facts.append(F(d["name"], row["y"], str(row["y"]), seg, metric, "actual", v * 1000, "yen", raw, pi))
                    cells.append((r, 2 + i, r, 2 + i, raw, 2))
                r += 1
        yb = pg.grid(50, 124, colw, [18] * r, cells, size=8)
        pg.text(50, yb + 12, "※ 収納率は小数点以下第3位を四捨五入。金額の行は千円、収納率の行は％。", 7.5, "M")
        # (2) targets
        y2 = yb + 38
        pg.text(50, y2, "（２）数値目標", 10, "G")
        pg.text(300, y2, "計画期間：令和7年度～令和9年度", 9, "M")
        cells = [(0, 0, 0, 0, "区分", 1)] + [(0, 1 + i, 0, 1 + i, era(y).replace("年度", "年度"), 1) for i, y in enumerate(PLAN)]
        trows = [("収納率（現年）（％）", "current", "collection_rate", [t[0] for t in d["tgt"]]),
                 ("収納率（滞繰）（％）", "arrears", "collection_rate", [t[1] for t in d["tgt"]]),
                 ("収入未済額の目標（千円）", "total", "outstanding", d["otgt"])]
        for k, (lab, seg, metric, vals) in enumerate(trows, start=1):
            cells.append((k, 0, k, 0, lab, 0))
            for i, v in enumerate(vals):
                if metric == "collection_rate":
                    raw = f"{v:.2f}"; val = v; unit = "percent"
                else:
                    raw = comma(v); val = v * 1000; unit = "yen"
                cells.append((k, 1 + i, k, 1 + i, raw, 2))
                facts.append(F(d["name"], PLAN[i], era(PLAN[i]), seg, metric, "target", val, unit, raw, pi))
        yb = pg.grid(50, y2 + 8, [150, 115, 115, 115], [18] * 4, cells, size=8.5)
        # (3) initiatives table
        y3 = yb + 26
        pg.text(50, y3, "（３）取組内容", 10, "G")
        cells = [(0, 0, 0, 0, "番号", 1), (0, 1, 0, 1, "取組項目", 1), (0, 2, 0, 2, "内容", 1), (0, 3, 0, 3, "区分", 1)]
        hs = [18]
        for k, (lab, item, txt, st) in enumerate(d["inits"], start=1):
            # wrap 内容 by hand at 27 chars
            lines = wrap(txt, 27)
            cells += [(k, 0, k, 0, lab, 1), (k, 1, k, 1, item, 0), (k, 2, k, 2, "\n".join(lines), 0), (k, 3, k, 3, st, 1)]
            hs.append(12 + 10.5 * len(lines))
            inits.append(I(d["name"], PLAN[0], SEC, lab, txt, st, pi))
        pg.grid(50, y3 + 8, [34, 100, 311, 50], hs, cells, size=8.5)

    doc.subset_fonts()
    out = PDF / f"{STEM}.pdf"
    doc.save(out, garbage=4, deflate=True)
    document = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2025-03-01", "date_raw": "令和７年３月"}
    write_gold(STEM, out, document, facts, inits)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    build()
