"""あま市 債権管理推進会議 資料 (静岡市-style 取組個票 family) drawn as landscape slides with PyMuPDF.

One debt per slide (two debts side by side on slide 5), label/value 債権名 box, big-number panels,
a vector bar chart of 収入未済額 with data labels, 取組方針 lists with tags after the 。.
"""
from __future__ import annotations

import fitz

from f_common import OUT, PDF, fact, fmt, locate, page_texts, rate, write_gold

STEM = "f_ama_shiryo_1"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
W, H = 842, 595
NAVY = (0.12, 0.22, 0.45)
LIGHT = (0.90, 0.93, 0.98)
GREY = (0.85, 0.85, 0.85)
ORANGE = (0.93, 0.45, 0.12)

TITLE = "令和７年度 第１回 あま市債権管理推進会議 資料"
FOOT = "令和７年度第１回あま市債権管理推進会議　資料２"

# name, section, kubun, (cur assessed 千円, cur rate), (arr assessed, arr rate), prev rates (cur, arr, total),
# targets (cur, arr), headline, month table rows, hearing issue, initiatives [(text, status)]
DEBTS = [
    dict(name="市税", ka="総務部 収納課", kubun="強制徴収公債権",
         cur=(16842315, 99.12), arr=(612480, 31.46), prev=(98.91, 29.87, 96.38), tgt=("99.20", "32.00"),
         month=[("催告書の一斉発送（現年・滞繰）", "4,210件（3,980件）"),
                ("預貯金・給与の差押え", "312件（287件）"),
                ("タイヤロック・捜索", "9件（6件）"),
                ("夜間・休日納付相談窓口の開設", "延べ6日　来庁者148人（121人）")],
         issue="高額滞納事案が特定の係に偏在し、着手までの期間が長い。",
         improve="滞納額100万円以上の事案を「特別整理班」に集約し、移管後3か月以内の財産調査完了を原則とした。",
         inits=[("納期限後30日以内の現年分未納者にSMS催告を送信し、早期の自主納付を促す。", "拡充"),
                ("滞納額100万円以上の事案は特別整理班で一元管理し、捜索・公売を計画的に実施する。", "継続"),
                ("スマートフォン決済にクレジットカード納付を加え、納付手段を拡げる。", "新規")]),
    dict(name="国民健康保険税", ka="保険医療課", kubun="強制徴収公債権",
         cur=(3154820, 94.37), arr=(1102356, 22.85), prev=(93.96, 21.42, 76.05), tgt=("94.60", "23.50"),
         month=[("一斉電話催告（委託コールセンター）", "2,864件（2,510件）"),
                ("短期被保険者証更新時の納付相談", "412世帯（398世帯）"),
                ("預貯金・保険の差押え", "186件（151件）")],
         issue="資格喪失後の未納世帯への接触が遅れ、滞納繰越分が累積している。",
         improve="資格喪失届の受付時に未納額を通知する様式に改め、喪失月の翌月末までに文書催告を行った。",
         inits=[("資格喪失世帯の未納分は喪失翌月に文書催告し、応答のない世帯は財産調査へ移行する。", "継続"),
                ("口座振替の原則化を進め、新規加入世帯の申込率70％を目指す。", "拡充"),
                ("市税と共通の滞納整理システムで財産調査の結果を共有する。", "新規")]),
]
SIDE = [
    dict(name="介護保険料", ka="高齢福祉課", kubun="強制徴収公債権",
         cur=(2431905, 98.96), arr=(96420, 18.30), prev=(98.81, 17.64, 95.40), tgt=("99.00", "19.00"),
         inits=[("普通徴収の未納者に年2回の一斉催告を行い、分納相談につなげる。", "継続"),
                ("給付制限の事前通知を滞納2年目の被保険者に送付する。", "新規")]),
    dict(name="市営住宅使用料", ka="都市整備課", kubun="私債権",
         cur=(187634, 97.42), arr=(58210, 14.65), prev=(97.05, 13.90, 76.80), tgt=("97.60", "15.50"),
         inits=[("3か月以上の滞納者に連帯保証人あての催告を並行して送付する。", "継続"),
                ("明渡請求訴訟の対象基準を見直し、長期滞納者への法的措置を早める。", "拡充")]),
]
CHART = [("R2", 24.83), ("R3", 22.91), ("R4", 20.64), ("R5", 18.87)]  # R6 is derived from the 個票 amounts


class Slides:
    def __init__(self):
        self.doc = fitz.open()

    def page(self, no: int, title: str):
        p = self.doc.new_page(width=W, height=H)
        p.insert_font(fontname="G", fontfile=FONT)
        p.draw_rect(fitz.Rect(0, 0, W, 46), color=None, fill=NAVY)
        p.insert_text((28, 31), title, fontname="G", fontsize=20, color=(1, 1, 1))
        p.draw_line((28, H - 30), (W - 28, H - 30), color=GREY, width=0.8)
        p.insert_text((28, H - 14), FOOT, fontname="G", fontsize=9, color=(0.35, 0.35, 0.35))
        p.insert_text((W - 50, H - 14), f"- {no} -", fontname="G", fontsize=9, color=(0.35, 0.35, 0.35))
        return p


def text(p, rect, s, size=11, color=(0, 0, 0), align=0):
    r = fitz.Rect(rect)
    while size > 5:
        rc = p.insert_textbox(r, s, fontname="G", fontsize=size, color=color, align=align, lineheight=1.25)
        if rc >= 0:
            return
        size -= 0.5
    raise SystemExit(f"text does not fit: {s[:20]}")


def textfits(p, rect, s, size):
    """Probe on a scratch page whether s fits at size."""
    return True


def grid(p, x, y, widths, rows, h=20, size=10, head_fill=LIGHT, aligns=None, heads=1):
    """A full-grid table; returns the bottom y."""
    for ri, row in enumerate(rows):
        cx = x
        for ci, (w, cell) in enumerate(zip(widths, row)):
            r = fitz.Rect(cx, y, cx + w, y + h)
            p.draw_rect(r, color=(0.3, 0.3, 0.3), fill=head_fill if ri < heads else None, width=0.6)
            al = 1 if ri < heads else (aligns[ci] if aligns else 0)
            text(p, fitz.Rect(r.x0 + 3, r.y0 + 3, r.x1 - 3, r.y1), cell, size, align=al)
            cx += w
        y += h
    return y


def box(p, rect, head, fill=LIGHT):
    r = fitz.Rect(rect)
    p.draw_rect(r, color=NAVY, width=1.0)
    p.draw_rect(fitz.Rect(r.x0, r.y0, r.x1, r.y0 + 20), color=NAVY, fill=NAVY)
    p.insert_text((r.x0 + 8, r.y0 + 15), head, fontname="G", fontsize=11, color=(1, 1, 1))


def namebox(p, x, y, pairs, widths, h=22):
    cx = x
    for (label, value), (wl, wv) in zip(pairs, widths):
        p.draw_rect(fitz.Rect(cx, y, cx + wl, y + h), color=NAVY, fill=LIGHT, width=0.8)
        text(p, fitz.Rect(cx + 2, y + 4, cx + wl - 2, y + h), label, 10, align=1)
        cx += wl
        p.draw_rect(fitz.Rect(cx, y, cx + wv, y + h), color=NAVY, width=0.8)
        text(p, fitz.Rect(cx + 4, y + 3, cx + wv - 2, y + h), value, 12)
        cx += wv


def panel(p, rect, label, big, sub):
    r = fitz.Rect(rect)
    p.draw_rect(r, color=ORANGE, fill=(1, 0.96, 0.92), width=1.5, radius=0.08)
    text(p, fitz.Rect(r.x0 + 8, r.y0 + 6, r.x1 - 8, r.y0 + 24), label, 11, align=1)
    text(p, fitz.Rect(r.x0 + 4, r.y0 + 24, r.x1 - 4, r.y0 + 62), big, 26, color=ORANGE, align=1)
    text(p, fitz.Rect(r.x0 + 4, r.y0 + 62, r.x1 - 4, r.y1 - 2), sub, 10, align=1)


def figures(d):
    ca, cr = d["cur"]
    aa, ar = d["arr"]
    cc = round(ca * cr / 100)
    ac = round(aa * ar / 100)
    pass
    ta, tc = ca + aa, cc + ac
    return dict(ca=ca, cc=cc, cr=rate(cc, ca), aa=aa, ac=ac, ar=rate(ac, aa), ta=ta, tc=tc, tr=rate(tc, ta))


def result_table(p, x, y, d, f, widths, page, facts, size=10, h=20):
    pc, pa, pt = d["prev"]
    rows = [["区分", "調定額", "収入済額", "収納率", "前年度"],
            ["現年分", fmt(f["ca"]), fmt(f["cc"]), f"{f['cr']:.2f}", f"{pc:.2f}"],
            ["滞納繰越分", fmt(f["aa"]), fmt(f["ac"]), f"{f['ar']:.2f}", f"{pa:.2f}"],
            ["合計", fmt(f["ta"]), fmt(f["tc"]), f"{f['tr']:.2f}", f"{pt:.2f}"]]
    yb = grid(p, x, y, widths, rows, h=h, size=size, aligns=[0, 2, 2, 2, 2])
    n = d["name"]
    for seg, a, c, r, pr in (("current", "ca", "cc", "cr", pc), ("arrears", "aa", "ac", "ar", pa),
                             ("total", "ta", "tc", "tr", pt)):
        facts += [fact(n, 2024, seg, "assessed", "actual", f[a] * 1000, "yen", fmt(f[a]), page, fy_raw="令和６年度"),
                  fact(n, 2024, seg, "collected", "actual", f[c] * 1000, "yen", fmt(f[c]), page, fy_raw="令和６年度"),
                  fact(n, 2024, seg, "collection_rate", "actual", f[r], "percent", f"{f[r]:.2f}", page,
                       fy_raw="令和６年度"),
                  fact(n, 2023, seg, "collection_rate", "actual", pr, "percent", f"{pr:.2f}", page, fy_raw="前年度")]
    return yb


def init_list(p, rect, d, page, inits, facts, size=10.5):
    tc, ta = d["tgt"]
    lines = [f"【数値目標】現年分 {tc}％以上　／　滞納繰越分 {ta}％以上", "【主な取組】"]
    for i, (t, st) in enumerate(d["inits"]):
        lab = "①②③④"[i]
        lines.append(f"{lab}{t}【{st}】")
        inits.append({"debt": d["name"], "fiscal_year": 2025, "section": "令和７年度の取組方針", "label": lab,
                      "text": t, "status": st, "page": page})
    text(p, rect, "\n".join(lines), size)
    n = d["name"]
    facts += [fact(n, 2025, "current", "collection_rate", "target", float(tc), "percent", f"{tc}％以上", page,
                   fy_raw="令和７年度"),
              fact(n, 2025, "arrears", "collection_rate", "target", float(ta), "percent", f"{ta}％以上", page,
                   fy_raw="令和７年度")]


def build():
    s = Slides()
    facts, inits = [], []

    # 1 cover
    p = s.doc.new_page(width=W, height=H)
    p.insert_font(fontname="G", fontfile=FONT)
    p.draw_rect(fitz.Rect(0, 0, W, 250), color=None, fill=NAVY)
    text(p, fitz.Rect(60, 110, W - 60, 200), TITLE, 28, color=(1, 1, 1), align=1)
    text(p, fitz.Rect(60, 270, W - 60, 300), "令和７年７月８日（火）　午前10時～　あま市役所 本庁舎４階 第２会議室", 14, align=1)
    text(p, fitz.Rect(160, 320, W - 160, 480),
         "次　第\n１　令和６年度 主要債権の収納状況について（資料１）\n２　取組個票　令和６年度実績と令和７年度取組方針（資料２）\n"
         "３　その他（令和７年度第２回会議は10月下旬に開催予定）", 14)
    text(p, fitz.Rect(60, 520, W - 60, 560), "あま市 総務部 収納課", 14, align=1)

    # 2 overview with chart and big numbers
    p = s.page(2, "資料１　主要４債権の収納状況（全体）")
    figs = [figures(d) for d in DEBTS + SIDE]
    ta = sum(f["ta"] for f in figs)
    tc = sum(f["tc"] for f in figs)
    tr = rate(tc, ta)
    # written-off R6 (not printed): 38,204千円 -> outstanding
    out6 = ta - tc - 38204
    r6 = round(out6 * 1000 / 1e8, 2)
    chart = CHART + [("R6", r6)]
    # chart frame
    cx0, cy0, cx1, cy1 = 50, 110, 500, 470
    text(p, fitz.Rect(cx0, 62, cx1, 84), "収入未済額の推移（主要４債権）", 15, align=1)
    p.draw_rect(fitz.Rect(cx1 - 150, 86, cx1 - 138, 98), color=None, fill=NAVY)
    text(p, fitz.Rect(cx1 - 134, 85, cx1 + 20, 100), "収入未済額（億円）", 9)
    p.draw_line((cx0, cy1), (cx1, cy1), color=(0, 0, 0), width=1)
    p.draw_line((cx0, cy0), (cx0, cy1), color=(0, 0, 0), width=1)
    vmax = 30.0
    for g in range(0, 31, 5):
        yy = cy1 - (cy1 - cy0) * g / vmax
        p.draw_line((cx0, yy), (cx1, yy), color=GREY, width=0.4)
        text(p, fitz.Rect(cx0 - 30, yy - 6, cx0 - 4, yy + 8), str(g), 8, align=2)
    bw = (cx1 - cx0) / len(chart)
    for i, (lab, v) in enumerate(chart):
        bx = cx0 + i * bw + bw * 0.22
        by = cy1 - (cy1 - cy0) * v / vmax
        p.draw_rect(fitz.Rect(bx, by, bx + bw * 0.56, cy1), color=None, fill=NAVY)
        text(p, fitz.Rect(bx - 10, by - 16, bx + bw * 0.56 + 10, by), f"{v:.2f}", 10, align=1)
        text(p, fitz.Rect(bx - 10, cy1 + 4, bx + bw * 0.56 + 10, cy1 + 20), lab, 10, align=1)
        fy = 2018 + int(lab[1:])
        facts.append(fact(None, fy, "total", "outstanding", "actual", round(v * 1e8), "yen", f"{v:.2f}", 2,
                          debt_raw="主要４債権", fy_raw=lab))
    text(p, fitz.Rect(cx0, cy1 + 24, cx1, cy1 + 60),
         "※主要４債権：市税、国民健康保険税、介護保険料、市営住宅使用料（各年度決算）", 9)
    prev_tr = 92.45
    panel(p, (540, 70, 800, 170), "主要４債権　収納率（令和６年度）", f"{tr:.2f}％",
          f"（前年比＋{tr - prev_tr:.2f}pt）")
    facts.append(fact(None, 2024, "total", "collection_rate", "actual", tr, "percent", f"{tr:.2f}％", 2,
                      debt_raw="主要４債権", fy_raw="令和６年度"))
    oku = round(out6 * 1000 / 1e8, 1)
    panel(p, (540, 185, 800, 285), "収入未済額（令和６年度末）", f"約{oku}億円",
          f"（前年度比 ▲{CHART[-1][1] - r6:.2f}億円）")
    facts.append(fact(None, 2024, "total", "outstanding", "actual", round(oku * 1e8), "yen", f"約{oku}億円", 2,
                      debt_raw="主要４債権", fy_raw="令和６年度末", approx=True))
    text(p, fitz.Rect(540, 300, 805, 470),
         f"・収納率は R5 {prev_tr:.2f}％ → R6 {tr:.2f}％ と５年連続で上昇した。\n"
         "・収入未済額は５年間で約３割縮減したが、国民健康保険税の滞納繰越分が全体の約半分を占めている。\n"
         "・令和７年度は、現年分の早期催告と滞納繰越分の整理（執行停止・不納欠損）を並行して進める。", 11)
    facts.append(fact(None, 2023, "total", "collection_rate", "actual", prev_tr, "percent", f"R5 {prev_tr:.2f}％", 2,
                      debt_raw="主要４債権", fy_raw="R5"))
    facts.append(fact(None, 2024, "total", "collection_rate", "actual", tr, "percent", f"R6 {tr:.2f}％", 2,
                      debt_raw="主要４債権", fy_raw="R6"))

    # 3-4 one debt per slide
    for k, d in enumerate(DEBTS):
        pg = 3 + k
        p = s.page(pg, f"資料２　取組個票（{k + 1}／３）")
        f = figures(d)
        namebox(p, 28, 56, [("債権名", d["name"]), ("所管課", d["ka"]), ("債権区分", d["kubun"])],
                [(56, 170), (56, 170), (66, 150)])
        text(p, fitz.Rect(28, 88, 520, 106), "１　令和６年度 決算（金額：千円、率：％）", 12, color=NAVY)
        yb = result_table(p, 28, 108, d, f, [90, 110, 110, 90, 90], pg, facts)
        text(p, fitz.Rect(28, yb + 8, 520, yb + 26), "２　滞納整理強化月間（令和６年11月～12月）の実施状況", 12, color=NAVY)
        rows = [["取組内容", "実績又は効果　（　）内は前年度"]] + [list(r) for r in d["month"]]
        yb = grid(p, 28, yb + 28, [250, 240], rows, h=19, size=9.5)
        # right: panel + hearing
        pc = d["prev"][0]
        panel(p, (545, 88, 812, 178), "現年分 収納率（令和６年度）", f"{f['cr']:.1f}％",
              f"（前年比 {'＋' if f['cr'] >= pc else '▲'}{abs(f['cr'] - pc):.1f}pt）")
        facts.append(fact(d["name"], 2024, "current", "collection_rate", "actual", round(f["cr"], 1), "percent",
                          f"{f['cr']:.1f}％", pg, fy_raw="令和６年度"))
        box(p, (545, 190, 812, 330), "３　債権管理ヒアリングの課題と改善状況")
        text(p, fitz.Rect(552, 214, 806, 328), f"【課題】{d['issue']}\n【改善状況】{d['improve']}", 9.5)
        box(p, (28, 340, 812, 555), "４　令和７年度の取組方針")
        init_list(p, fitz.Rect(38, 366, 800, 552), d, pg, inits, facts, 11.5)

    # 5 two debts side by side
    pg = 5
    p = s.page(pg, "資料２　取組個票（３／３）")
    for j, d in enumerate(SIDE):
        x = 28 + j * 400
        f = figures(d)
        p.draw_rect(fitz.Rect(x - 4, 52, x + 384, 560), color=GREY, width=0.8)
        namebox(p, x, 58, [("債権名", d["name"])], [(54, 326)])
        namebox(p, x, 80, [("所管課", d["ka"]), ("区分", d["kubun"])], [(54, 150), (40, 136)], h=20)
        text(p, fitz.Rect(x, 108, x + 380, 124), "令和６年度 決算（金額：千円、率：％）", 10.5, color=NAVY)
        yb = result_table(p, x, 126, d, f, [70, 90, 90, 64, 66], pg, facts, size=9, h=18)
        pc = d["prev"][0]
        panel(p, (x + 60, yb + 10, x + 320, yb + 95), "現年分 収納率", f"{f['cr']:.1f}％",
              f"（前年比 ＋{abs(f['cr'] - pc):.1f}pt）")
        facts.append(fact(d["name"], 2024, "current", "collection_rate", "actual", round(f["cr"], 1), "percent",
                          f"{f['cr']:.1f}％", pg, fy_raw="令和６年度"))
        box(p, (x, yb + 105, x + 380, 552), "令和７年度の取組方針")
        init_list(p, fitz.Rect(x + 8, yb + 130, x + 374, 550), d, pg, inits, facts, 10)

    OUT.mkdir(parents=True, exist_ok=True)
    dest = PDF / f"{STEM}.pdf"
    s.doc.subset_fonts()
    s.doc.save(dest, garbage=4, deflate=True)
    s.doc.close()
    document = {"kind": "committee_material", "municipality": "あま市", "title": TITLE,
                "date": "2025-07-08", "date_raw": "令和７年７月８日"}
    write_gold(STEM, dest, document, facts, inits)


if __name__ == "__main__":
    build()
