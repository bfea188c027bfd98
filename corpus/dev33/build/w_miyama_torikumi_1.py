"""w_miyama_torikumi_1: みやま市 債権管理の取組状況（中間報告・令和6年2月末現在）as SLIDES, PyMuPDF drawing.

Family: 大阪-style mid-year progress sheets (one sheet per debt: 2月末 rates with 前年同期, 決算見込, 目標,
主な取組), printed as a 16:9 slide deck of a 債権管理対策会議: big-number panels, call-out boxes, small real-text
tables, a transposed overview table (debts as columns, segment × metric as rows, 前年同期 note line in the
cell), a 地区別 table (area facts).  As of 令和6年2月29日 (leap year).  Figures invented and consistent.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from w_common import OUT, PDF_DIR, Gold, comma, rate  # noqa: E402

STEM = "w_miyama_torikumi_1"
CITY = "みやま市"
TITLE = "令和５年度 債権管理の取組状況（中間報告）"
ASOF, ASOF_PREV = "2024-02-29", "2023-02-28"
W, H = 842, 474  # 16:9
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
NAVY = (0.12, 0.23, 0.42)
LIGHT = (0.90, 0.94, 0.98)
ORANGE = (0.93, 0.45, 0.10)

# 千円: 現年(調定, 収入, 前年同期調定, 前年同期収入), 滞繰(同)
DEBTS = {
    "市税": dict(label="徴収率", seg=("現年課税分", "滞納繰越分"), dept="税務課",
               cur=(4_215_380, 3_902_114, 4_168_902, 3_846_350), arr=(298_415, 52_870, 322_110, 53_905),
               est=(98.60, 22.50), tgt=(98.70, 23.00)),
    "国民健康保険税": dict(label="収納率", seg=("現年課税分", "滞納繰越分"), dept="税務課・健康づくり課",
                    cur=(1_104_226, 912_604, 1_132_580, 930_221), arr=(268_733, 38_190, 281_442, 37_866),
                    est=(93.10, 17.20), tgt=(93.50, 18.00)),
    "介護保険料": dict(label="収納率", seg=("現年度分", "過年度分"), dept="介護支援課",
                  cur=(812_455, 773_902, 798_120, 758_411), arr=(24_310, 3_612, 25_887, 3_701),
                  est=(99.05, 19.00), tgt=(99.10, 20.00)),
    "市営住宅使用料": dict(label="収入率", seg=("現年度分", "過年度分"), dept="都市計画課",
                    cur=(186_420, 172_337, 190_115, 175_023), arr=(58_214, 6_022, 61_390, 5_918),
                    est=(97.40, 12.50), tgt=(97.50, 12.00)),
}
INITS = {
    "市税": [("①", "納期限後２０日を経過した未納者へ督促状を発送し、その１０日後から電話・SMSによる催告を行った。", "継続"),
           ("②", "給与・預貯金の差押えを中心に滞納処分を進め、２月末までに１８７件を執行した。", "継続"),
           ("③", "スマートフォン決済アプリによる納付を令和５年４月から開始し、利用件数は前年同期の約１．６倍となった。", "新規"),
           ("④", "福岡県南広域の滞納整理組合へ高額・困難事案１２件を引き継いだ。", "拡充")],
    "国民健康保険税": [("①", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を毎月確認した。", "継続"),
                ("②", "資格喪失世帯のうち未納がある世帯へ文書催告を行った。", "継続"),
                ("③", "口座振替の新規加入者へ初回の振替日を通知し、残高不足による未納を防いだ。", "新規")],
    "介護保険料": [("①", "普通徴収の未納者へ、給付制限の内容を記載した催告書を送付した。", "継続"),
              ("②", "６５歳到達者へ口座振替依頼書を同封し、納付環境を整えた。", "継続"),
              ("③", "過年度分は時効が近い案件から優先して納付相談を行った。", "拡充")],
    "市営住宅使用料": [("①", "滞納３か月以上の入居者と連帯保証人へ同時に催告を行った。", "継続"),
                ("②", "退去者の滞納分は、弁護士法人への回収委託を令和５年１０月から開始した。", "新規"),
                ("③", "明渡し請求の前に、分割納付の履行状況を班内で検討する会議を毎月開いた。", "継続")],
}
AREAS = {  # 市税 現年課税分 by 地区 (千円): 調定, 収入, 前年同期調定, 前年同期収入
    "瀬高地区": (2_604_118, 2_412_733, 2_571_455, 2_371_806),
    "山川地区": (801_530, 739_985, 794_210, 733_120),
}


def pct(v):
    return f"{v:.2f}%"


class Deck:
    def __init__(self):
        self.doc = pymupdf.open()
        self.n = 0

    def slide(self, title, sub=None):
        self.n += 1
        p = self.doc.new_page(width=W, height=H)
        p.insert_font(fontname="G", fontfile=GOTH)
        p.draw_rect(pymupdf.Rect(0, 0, W, 52), color=None, fill=NAVY)
        self.text(p, 24, 12, title, 20, (1, 1, 1), w=700)
        if sub:
            self.text(p, 600, 30, sub, 10, (1, 1, 1), w=230, align=2)
        p.draw_line((24, H - 26), (W - 24, H - 26), color=(0.6, 0.6, 0.6), width=0.5)
        self.text(p, 24, H - 22, "みやま市債権管理対策会議（令和６年３月１８日）資料", 8, (0.4, 0.4, 0.4), w=400)
        self.text(p, W - 124, H - 22, f"{self.n}", 9, (0.4, 0.4, 0.4), w=100, align=2)
        return p

    @staticmethod
    def text(p, x, y, s, size, color=(0, 0, 0), w=300, align=0, h=None):
        import math
        if h is None:
            lines = sum(max(1, math.ceil(len(ln) * size / (w - 2))) for ln in s.split("\n"))
            h = size * 1.45 * lines + 4
        for _ in range(6):
            r = pymupdf.Rect(x, y, x + w, y + h)
            rc = p.insert_textbox(r, s, fontname="G", fontsize=size, color=color, align=align)
            if rc >= 0:
                return pymupdf.Rect(x, y, x + w, y + h - rc)
            h += size * 1.45
        raise ValueError(f"text does not fit: {s[:20]} ({rc})")

    def panel(self, p, x, y, w, h, label, big, note, color=NAVY):
        p.draw_rect(pymupdf.Rect(x, y, x + w, y + h), color=color, fill=LIGHT, width=1.2, radius=0.08)
        self.text(p, x + 8, y + 6, label, 10, color, w=w - 16)
        self.text(p, x + 8, y + 22, big, 24, ORANGE, w=w - 16, align=1)
        if note:
            self.text(p, x + 8, y + h - 22, note, 9, (0.2, 0.2, 0.2), w=w - 16, align=1)

    def table(self, p, x, y, cols, rows, rh=20, size=9, head_rows=1, rh_list=None):
        yy = y
        for i, row in enumerate(rows):
            h = rh_list[i] if rh_list else rh
            xx = x
            for j, (cw, cell) in enumerate(zip(cols, row)):
                r = pymupdf.Rect(xx, yy, xx + cw, yy + h)
                fill = LIGHT if i < head_rows or j == 0 else None
                p.draw_rect(r, color=(0.3, 0.3, 0.3), fill=fill, width=0.5)
                if cell:
                    lines = cell.count("\n") + 1
                    top = yy + (h - lines * size * 1.35) / 2
                    self.text(p, xx + 3, top, cell, size, w=cw - 6, align=1 if (i < head_rows or j == 0) else 2,
                              h=lines * size * 1.5 + 4)
                xx += cw
            yy += h
        return yy


def build():
    g = Gold(STEM)
    d = Deck()

    # ---------- 1: cover ----------
    p = d.doc.new_page(width=W, height=H)
    d.n += 1
    p.insert_font(fontname="G", fontfile=GOTH)
    p.draw_rect(pymupdf.Rect(0, 150, W, 300), color=None, fill=NAVY)
    d.text(p, 60, 180, TITLE, 28, (1, 1, 1), w=720)
    d.text(p, 60, 235, "― 令和６年２月末（２月２９日）現在 ―", 16, (1, 1, 1), w=600)
    d.text(p, 60, 340, "令和６年３月１８日\nみやま市債権管理対策会議\n事務局：総務部税務課 債権管理係", 13, w=500)

    # ---------- 2: overview, transposed ----------
    p = d.slide("１　主要債権の状況（総括）", "令和６年２月末現在")
    tot_out = sum(v["cur"][0] - v["cur"][1] + v["arr"][0] - v["arr"][1] for v in DEBTS.values())  # 千円
    tax = DEBTS["市税"]
    tax_out = tax["cur"][0] - tax["cur"][1] + tax["arr"][0] - tax["arr"][1]
    oku = round(tax_out / 100_000, 1)  # 億円 (千円/100,000)
    s = (f"・主要４債権の２月末の未収額は計{comma(tot_out)}千円。うち市税は約{oku}億円で、前年同期より縮減した。\n"
         "・２月末の収納率は、現年分・滞繰分ともすべての債権で前年同期を上回った。")
    d.text(p, 30, 62, s, 11, w=790)
    g.fact(None, 2023, "令和６年２月末", "total", "outstanding", "interim", tot_out * 1000, "yen",
           f"{comma(tot_out)}千円", as_of=ASOF, debt_raw=None, page=2)
    g.fact("市税", 2023, "令和６年２月末", "total", "outstanding", "interim", int(round(oku * 100_000_000)), "yen",
           f"約{oku}億円", as_of=ASOF, approx=True, page=2)
    cols = [150] + [150] * 4
    names = list(DEBTS)
    rows = [["区分"] + names]
    rh = [22]
    for key, segi, what in (("cur", 0, "rate"), ("arr", 1, "rate"), ("cur", 0, "out"), ("arr", 1, "out")):
        lab = ("現年分" if segi == 0 else "滞繰分") + ("　収納率等" if what == "rate" else "　未収額（千円）")
        row = [lab]
        for n in names:
            c, k, cp, kp = DEBTS[n][key]
            seg = "current" if segi == 0 else "arrears"
            if what == "rate":
                r, rp = rate(k, c), rate(kp, cp)
                row.append(f"{pct(r)}\n（前年同期 {pct(rp)}）")
                g.fact(n, 2023, "令和６年２月末", seg, "collection_rate", "interim", r, "percent", pct(r),
                       as_of=ASOF, page=2)
                g.fact(n, 2022, "前年同期", seg, "collection_rate", "interim", rp, "percent", pct(rp),
                       as_of=ASOF_PREV, page=2)
            else:
                o, op = c - k, cp - kp
                row.append(f"{comma(o)}\n（前年同期 {comma(op)}）")
                g.fact(n, 2023, "令和６年２月末", seg, "outstanding", "interim", o * 1000, "yen", comma(o),
                       as_of=ASOF, page=2)
                g.fact(n, 2022, "前年同期", seg, "outstanding", "interim", op * 1000, "yen", comma(op),
                       as_of=ASOF_PREV, page=2)
        rows.append(row)
        rh.append(40)
    y = d.table(p, 30, 120, cols, rows, size=10, rh_list=rh)
    d.text(p, 30, y + 6, "※収納率＝収入済額÷調定額。市税は「徴収率」、市営住宅使用料は「収入率」と表記している。"
                         "介護保険料・市営住宅使用料の「滞繰分」は過年度分。", 8.5, w=790)

    # ---------- 3..6: one slide per debt ----------
    for n, v in DEBTS.items():
        p = d.slide(f"２　債権別の状況　{n}", f"所管：{v['dept']}")
        lab = v["label"]
        cur_seg, arr_seg = v["seg"]
        (c, k, cp, kp), (ca, ka, cpa, kpa) = v["cur"], v["arr"]
        r, rp, ra, rpa = rate(k, c), rate(kp, cp), rate(ka, ca), rate(kpa, cpa)
        dp, dpa = round(r - rp, 2), round(ra - rpa, 2)
        sg = lambda x: ("＋" if x >= 0 else "△") + f"{abs(x):.2f}pt"
        d.panel(p, 30, 64, 190, 92, f"2月末{lab}（{cur_seg}）", pct(r), f"前年同期 {pct(rp)}（{sg(dp)}）")
        d.panel(p, 232, 64, 190, 92, f"2月末{lab}（{arr_seg}）", pct(ra), f"前年同期 {pct(rpa)}（{sg(dpa)}）")
        for seg, val, pv in (("current", r, rp), ("arrears", ra, rpa)):
            g.fact(n, 2023, "2月末", seg, "collection_rate", "interim", val, "percent", pct(val), as_of=ASOF,
                   page=d.n)
            g.fact(n, 2022, "前年同期", seg, "collection_rate", "interim", pv, "percent", pct(pv), as_of=ASOF_PREV,
                   page=d.n)
        # call-out: 決算見込 | 目標 side by side
        bx = pymupdf.Rect(436, 64, 812, 156)
        p.draw_rect(bx, color=ORANGE, width=1.5)
        d.text(p, 444, 68, "年度末の見込みと目標", 10, ORANGE, w=300)
        (e1, e2), (t1, t2) = v["est"], v["tgt"]
        d.table(p, 444, 86, [92, 136, 136], [["", "決算見込", "目標（取組方針）"],
                                          [cur_seg, f"{e1:.2f}%", f"{t1:.2f}%"],
                                          [arr_seg, f"{e2:.2f}%", f"{t2:.2f}%"]], rh=20, size=9)
        for seg, e, t in (("current", e1, t1), ("arrears", e2, t2)):
            segname = cur_seg if seg == "current" else arr_seg
            g.fact(n, 2023, "決算見込", seg, "collection_rate", "estimate", e, "percent", f"{e:.2f}%",
                   page=d.n)
            g.fact(n, 2023, "目標", seg, "collection_rate", "target", t, "percent", f"{t:.2f}%",
                   page=d.n)
        # small table 2月末 vs 前年同期 (amounts)
        d.text(p, 30, 166, "調定・収入の状況（単位：千円）", 10, NAVY, w=300)
        rows = [["", "調定額", "収入済額", "未収額"]]
        for segname, seg, (a, b, ap, bp) in ((cur_seg, "current", v["cur"]), (arr_seg, "arrears", v["arr"])):
            rows.append([f"{segname}\n令和6年2月末", comma(a), comma(b), comma(a - b)])
            rows.append([f"{segname}\n令和5年2月末", comma(ap), comma(bp), comma(ap - bp)])
            for fy, asof, (x, y_) , lab2 in ((2023, ASOF, (a, b), "令和6年2月末"), (2022, ASOF_PREV, (ap, bp), "令和5年2月末")):
                ctx = f"{segname}{lab2}{comma(x)}{comma(y_)}{comma(x - y_)}"
                g.fact(n, fy, lab2, seg, "assessed", "interim", x * 1000, "yen", comma(x), as_of=asof, page=d.n)
                g.fact(n, fy, lab2, seg, "collected", "interim", y_ * 1000, "yen", comma(y_), as_of=asof, page=d.n)
                g.fact(n, fy, lab2, seg, "outstanding", "interim", (x - y_) * 1000, "yen", comma(x - y_),
                       as_of=asof, page=d.n)
        d.table(p, 30, 184, [112, 88, 88, 84], rows, rh=30, size=8.5)
        # 主な取組 box
        box = pymupdf.Rect(420, 166, 812, 440)
        p.draw_rect(box, color=NAVY, width=1)
        d.text(p, 428, 170, "主な取組（４月～２月）", 11, NAVY, w=300)
        yy = 192
        for label, txt, status in INITS[n]:
            s_ = f"{label}{txt}【{status}】"
            r_ = d.text(p, 428, yy, s_, 9.5, w=376)
            yy = r_.y1 + 2
            g.init(n, 2023, "主な取組（４月～２月）", label, txt, status, page=d.n)

    # ---------- 7: 地区別 ----------
    p = d.slide("３　市税（現年課税分）の地区別徴収状況", "令和６年２月末現在")
    c, k, cp, kp = DEBTS["市税"]["cur"]
    areas = dict(AREAS)
    areas["高田地区"] = tuple(t - sum(a[i] for a in AREAS.values()) for i, t in enumerate((c, k, cp, kp)))
    d.text(p, 600, 62, "（単位：千円、％）", 9, w=212, align=2)
    rows = [["地区", "調定額", "収入済額", "徴収率", "前年同期\n徴収率", "増減"]]
    for a, (x, y_, xp, yp) in list(areas.items()) + [("計", (c, k, cp, kp))]:
        r, rp = rate(y_, x), rate(yp, xp)
        diff = round(r - rp, 2)
        row = [a, comma(x), comma(y_), f"{r:.2f}", f"{rp:.2f}", ("△" if diff < 0 else "") + f"{abs(diff):.2f}"]
        rows.append(row)
        area = None if a == "計" else a
        ctx = "".join(row)
        g.fact("市税", 2023, "令和６年２月末", "current", "assessed", "interim", x * 1000, "yen", comma(x),
               as_of=ASOF, area=area, ctx=ctx)
        g.fact("市税", 2023, "令和６年２月末", "current", "collected", "interim", y_ * 1000, "yen", comma(y_),
               as_of=ASOF, area=area, ctx=ctx)
        g.fact("市税", 2023, "令和６年２月末", "current", "collection_rate", "interim", r, "percent", f"{r:.2f}",
               as_of=ASOF, area=area, ctx=ctx)
        g.fact("市税", 2022, "前年同期", "current", "collection_rate", "interim", rp, "percent", f"{rp:.2f}",
               as_of=ASOF_PREV, area=area, ctx=ctx)
    d.table(p, 30, 80, [140, 130, 130, 100, 100, 80], rows, rh=28, size=10, rh_list=[34, 28, 28, 28, 28])
    d.text(p, 30, 240, "・瀬高地区は法人の納期内納付が増え、前年同期を上回った。\n"
                       "・山川地区・高田地区は、支所窓口での納付相談日（毎月第２・第４水曜日）を継続している。", 11, w=780)

    d.doc.subset_fonts()
    pdf = PDF_DIR / f"{STEM}.pdf"
    d.doc.save(pdf, garbage=4, deflate=True)
    document = {"kind": "progress_report", "municipality": CITY, "title": TITLE,
                "date": "2024-03-18", "date_raw": "令和６年３月１８日"}
    return g.finish(pdf, document)


if __name__ == "__main__":
    sys.exit(0 if build() else 1)
