"""米子市 第2次債権管理計画 (plan family, 推進シート per debt) — PyMuPDF direct drawing.

Modelled on 廿日市市「第2次廿日市市債権管理計画」 (city.hatsukaichi.hiroshima.jp/soshiki/8/92922.html:
計画策定の経緯・目的・計画期間（3か年）・対象債権・債権管理の現状・目標収納率と具体的な取組) and the
推進シート pages of the Amagasaki-family plan, laid out the way a different template would: an overview table
with 会計 小計 rows and 西暦 year columns, a vector bar chart with 百万円 labels, and one sheet per debt with
years running down the rows, segment in parentheses in metric headers, targets as bounds (以上/以下) under a
計画期間 line, numbered target sentences, and a 取組項目|内容|実施時期|区分 table numbered 1-1, 1-2.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from b_common import GOTHIC, MINCHO, PDF, fact, initiative, rate, write_gold  # noqa: E402

import fitz  # noqa: E402

STEM = "b_yonago_keikaku_1"
CITY = "米子市"
TITLE = "第2次米子市債権管理計画"
W, H = fitz.paper_size("a4")
YEARS = [2019, 2020, 2021, 2022, 2023]
YLAB = {2019: "令和元年度", 2020: "2年度", 2021: "3年度", 2022: "4年度", 2023: "5年度"}


def gen(cur0, g, cr, arr0, ar, wo):
    """Per-year (cur_a, cur_c, arr_a, arr_c, wo) in 千円 from simple parameters."""
    out = {}
    for i, y in enumerate(YEARS):
        ca = int(cur0 * (1 + g) ** i)
        cc = int(ca * cr[i] / 100)
        aa = int(arr0 * (0.93 ** i))
        ac = int(aa * ar[i] / 100)
        w = int(aa * wo)
        out[y] = (ca, cc, aa, ac, w)
    return out


SHEETS = [
    dict(debt="市税", ka="税務課", data=gen(13_842_310, 0.011, [98.92, 98.97, 99.08, 99.15, 99.21],
                                          612_480, [21.4, 22.8, 24.1, 25.6, 26.3], 0.061),
         targets={"cur": ["99.25", "99.30", "99.35"], "arr": ["27.0", "28.0", "29.0"],
                  "out": ["440,000", "420,000", "400,000"]},
         sentences=[("（１）", "現年課税分の収納率を99.35％以上とする。", "current", 99.35),
                    ("（２）", "滞納繰越分の収納率を29.0％以上とする。", "arrears", 29.0)],
         items=[("1-1", "早期催告", "納期限後20日以内に督促状を送付し、その後も未納の者には電話・SMSによる催告を行う。", "R7～", "継続"),
                ("1-2", "財産調査の電子化", "預貯金調査を電子照会サービスにより行い、調査期間を短縮する。", "R7～", "拡充"),
                ("1-3", "納付環境の整備", "地方税統一QRコードを活用し、スマートフォン決済による納付を周知する。", "R7～", "新規"),
                ("1-4", "執行停止の適正化", "財産がなく生活が困窮している滞納者について、滞納処分の執行停止を適正に判断する。", "随時", "継続")]),
    dict(debt="国民健康保険料", ka="保険課", data=gen(2_814_560, -0.018, [93.84, 94.12, 94.35, 94.61, 94.80],
                                                  498_230, [19.6, 20.4, 21.9, 22.7, 23.5], 0.082),
         targets={"cur": ["95.00", "95.20", "95.40"], "arr": ["24.0", "25.0", "26.0"],
                  "out": ["480,000", "460,000", "440,000"]},
         sentences=[("（１）", "現年度分の収納率を95.40％以上とする。", "current", 95.40),
                    ("（２）", "過年度分の収納率を26.0％以上とする。", "arrears", 26.0)],
         items=[("2-1", "口座振替の推進", "新規加入の手続時に口座振替の申込みを原則とし、その場で受け付ける。", "R7～", "継続"),
                ("2-2", "短期証交付時の納付相談", "被保険者証の更新時期に合わせて納付相談を実施し、分納誓約を取り付ける。", "毎年8月", "継続"),
                ("2-3", "税務課との連携", "高額・困難案件を税務課に引き継ぎ、合同で滞納処分を行う。", "R8～", "新規")]),
    dict(debt="市営住宅使用料", ka="都市計画課", data=gen(402_310, -0.006, [97.10, 97.32, 97.55, 97.80, 98.02],
                                                   61_250, [12.4, 13.1, 13.8, 14.6, 15.2], 0.045),
         targets={"cur": ["98.10", "98.20", "98.30"], "arr": ["16.0", "17.0", "18.0"],
                  "out": ["52,000", "50,000", "48,000"]},
         sentences=[("（１）", "現年度分の収納率を98.30％以上とする。", "current", 98.30)],
         items=[("3-1", "滞納初期の面談", "2か月滞納した入居者と面談し、納付計画を作成する。", "R7～", "継続"),
                ("3-2", "連帯保証人への請求", "3か月以上の滞納者について、連帯保証人に納付を請求する。", "R7～", "継続"),
                ("3-3", "法的措置の実施", "6か月以上の滞納で納付に応じない者には、明渡し及び支払を求める訴えを提起する。", "随時", "拡充")]),
]


def outstanding(t):
    ca, cc, aa, ac, w = t
    return (ca - cc) + (aa - ac - w)


# overview table rows (会計, 債権名, {2021,2022,2023: 千円}) ; 3 debts from sheets, others invented
def overview():
    s = {d["debt"]: {y: outstanding(d["data"][y]) for y in (2021, 2022, 2023)} for d in SHEETS}
    groups = [
        ("一般会計", [("市税", s["市税"]),
                     ("市営住宅使用料", s["市営住宅使用料"]),
                     ("保育所保育料", {2021: 9_842, 2022: 8_915, 2023: 7_604}),
                     ("生活保護費返還金", {2021: 118_430, 2022: 124_906, 2023: 131_275})]),
        ("特別会計", [("国民健康保険料", s["国民健康保険料"]),
                     ("介護保険料", {2021: 41_206, 2022: 39_117, 2023: 37_482}),
                     ("後期高齢者医療保険料", {2021: 6_311, 2022: 5_974, 2023: 5_802})]),
        ("企業会計", [("下水道使用料", {2021: 28_415, 2022: 26_930, 2023: 25_108})]),
    ]
    return groups


def tri(v):
    return f"△{abs(v):,}" if v < 0 else f"{v:,}"


class Doc:
    def __init__(self):
        self.doc = fitz.open()
        self.pages = []

    def new_page(self):
        p = self.doc.new_page(width=W, height=H)
        p.insert_font(fontname="g", fontfile=GOTHIC)
        p.insert_font(fontname="m", fontfile=MINCHO)
        n = len(self.doc)
        p.insert_text((W - 180, 28), "第2次米子市債権管理計画", fontname="g", fontsize=8, color=(0.3, 0.3, 0.3))
        p.draw_line((40, 34), (W - 40, 34), color=(0.5, 0.5, 0.5), width=0.5)
        p.insert_text((W / 2 - 8, H - 24), f"－{n}－", fontname="m", fontsize=9)
        return p


def text(p, x, y, s, size=10, font="m", color=(0, 0, 0)):
    p.insert_text((x, y), s, fontname=font, fontsize=size, color=color)


def tbox(p, rect, s, size=10, font="m", align=0):
    rc = p.insert_textbox(fitz.Rect(rect), s, fontname=font, fontsize=size, align=align, lineheight=1.25)
    assert rc >= 0, (s, rc)


def cell(p, r, s, size=8.5, font="g", align=1, fill=None, border=True, pad=2):
    r = fitz.Rect(r)
    if fill:
        p.draw_rect(r, color=None, fill=fill)
    if border:
        p.draw_rect(r, color=(0, 0, 0), width=0.5)
    if s:
        lines = s.count("\n") + 1
        th = lines * size * 1.3
        y0 = r.y0 + (r.height - th) / 2
        rc = p.insert_textbox(fitz.Rect(r.x0 + pad, y0, r.x1 - pad, r.y1 + 4), s, fontname=font, fontsize=size,
                              align=align, lineheight=1.2)
        assert rc >= 0, (s, rc)


def build():
    D = Doc()
    facts, inits = [], []

    # ---------------- page 1
    p = D.new_page(); pg = 1
    text(p, 40, 70, TITLE, 18, "g")
    text(p, 40, 92, "令和7年3月　米子市 総務部 債権管理室", 10, "g")
    text(p, 40, 125, "１　計画策定の趣旨", 11, "g")
    tbox(p, (52, 132, W - 45, 200),
         "本市は、令和4年3月に第1次米子市債権管理計画を策定し、全庁的に収納率の向上と未収金の縮減に取り組んで"
         "きた。第1次計画の期間満了に伴い、これまでの成果と課題を踏まえ、第2次計画を策定する。", 10)
    text(p, 40, 210, "２　計画期間", 11, "g")
    text(p, 52, 228, "令和7(2025)年度から令和9(2027)年度までの3か年", 10)
    text(p, 40, 252, "３　対象債権", 11, "g")
    tbox(p, (52, 259, W - 45, 300), "令和5年度決算において収入未済額が生じている債権のうち、表1に掲げる8債権とする。", 10)
    groups = overview()
    tot = {y: sum(v[y] for _, rows in groups for _, v in rows) for y in (2021, 2022, 2023)}
    oku = round(tot[2023] / 100_000, 1)  # 千円 -> 億円
    text(p, 40, 318, "４　未収金の現状", 11, "g")
    s1 = (f"令和5年度決算における対象債権の収入未済額は合計で約{oku}億円となり、前年度から"
          f"約{round((tot[2022] - tot[2023]) / 100) * 10:,}万円減少した。")
    tbox(p, (52, 325, W - 45, 370), s1, 10)
    facts.append(fact(None, 2023, "令和5年度", "total", "outstanding", "actual", int(round(oku * 1e8)), "yen",
                      f"約{oku}億円", pg, approx=True, debt_raw=None))
    # table 1: shaded header, zebra rows, no vertical rules
    text(p, 40, 392, "表1　対象債権の収入未済額の推移（各年度決算）", 10, "g")
    text(p, W - 120, 392, "（単位：千円）", 8.5, "m")
    xs = [40, 110, 240, 315, 390, 465, W - 40]
    y = 400; rh = 17
    hdr = ["会計", "債権名", "2021", "2022", "2023", "前年度比"]
    for j, h in enumerate(hdr):
        cell(p, (xs[j], y, xs[j + 1], y + rh), h, fill=(0.8, 0.8, 0.8), border=False)
    text(p, xs[2] + 2, y - 1, "年度", 6.5, "g")  # corner mark above the years
    y += rh
    zebra = False
    for acc, rows in groups:
        first = True
        for name, v in rows:
            fill = (0.93, 0.93, 0.93) if zebra else None
            zebra = not zebra
            vals = [acc if first else "", name, f"{v[2021]:,}", f"{v[2022]:,}", f"{v[2023]:,}", tri(v[2023] - v[2022])]
            for j, s in enumerate(vals):
                cell(p, (xs[j], y, xs[j + 1], y + rh), s, align=0 if j < 2 else 2, fill=fill, border=False)
            for yr in (2021, 2022, 2023):
                facts.append(fact(name, yr, str(yr), "total", "outstanding", "actual", v[yr] * 1000, "yen",
                                  f"{v[yr]:,}", pg))
            first = False
            y += rh
        if len(rows) > 1:
            sub = {yr: sum(v[yr] for _, v in rows) for yr in (2021, 2022, 2023)}
            vals = ["", "小計", f"{sub[2021]:,}", f"{sub[2022]:,}", f"{sub[2023]:,}", tri(sub[2023] - sub[2022])]
            p.draw_line((xs[1], y), (xs[-1], y), width=0.4)
            for j, s in enumerate(vals):
                cell(p, (xs[j], y, xs[j + 1], y + rh), s, align=0 if j < 2 else 2, border=False)
            for yr in (2021, 2022, 2023):
                facts.append(fact(None, yr, str(yr), "total", "outstanding", "actual", sub[yr] * 1000, "yen",
                                  f"{sub[yr]:,}", pg, debt_raw=f"{acc} 小計"))
            y += rh
    p.draw_line((xs[0], y), (xs[-1], y), width=0.8)
    vals = ["合計", "", f"{tot[2021]:,}", f"{tot[2022]:,}", f"{tot[2023]:,}", tri(tot[2023] - tot[2022])]
    for j, s in enumerate(vals):
        cell(p, (xs[j], y, xs[j + 1], y + rh), s, align=0 if j < 2 else 2, border=False, font="g")
    for yr in (2021, 2022, 2023):
        facts.append(fact(None, yr, str(yr), "total", "outstanding", "actual", tot[yr] * 1000, "yen",
                          f"{tot[yr]:,}", pg, debt_raw="合計"))
    y += rh
    p.draw_line((xs[0], y), (xs[-1], y), width=0.8)
    text(p, 40, y + 14, "※前年度比は2023年度と2022年度の差。△は減少を示す。", 8, "m")

    # ---------------- page 2: chart
    p = D.new_page(); pg = 2
    text(p, 40, 70, "５　収入未済額の推移", 11, "g")
    tbox(p, (52, 78, W - 45, 125),
         "対象債権の収入未済額は、第1次計画の取組により減少傾向にある。特に市税及び国民健康保険料の滞納繰越分の"
         "縮減が全体の減少に寄与している。", 10)
    chart = {2019: 1_596.4, 2020: 1_471.8}
    for yr in (2021, 2022, 2023):
        chart[yr] = round(tot[yr] / 1000, 1)
    text(p, 150, 150, "図1　対象債権の収入未済額（合計）の推移", 10, "g")
    text(p, 440, 166, "（百万円）", 8, "m")
    x0, y0, x1, ybase = 90, 175, 500, 420
    p.draw_line((x0, ybase), (x1, ybase), width=0.8)
    p.draw_line((x0, y0), (x0, ybase), width=0.8)
    vmax = 1800
    for k in range(0, 1801, 300):
        yy = ybase - (ybase - y0) * k / vmax
        p.draw_line((x0 - 3, yy), (x0, yy), width=0.5)
        p.draw_line((x0, yy), (x1, yy), width=0.2, color=(0.8, 0.8, 0.8))
        text(p, x0 - 32, yy + 3, f"{k:,}", 7, "g")
    bw = 42
    for i, yr in enumerate(YEARS):
        cx = x0 + 40 + i * 80
        v = chart[yr]
        top = ybase - (ybase - y0) * v / vmax
        p.draw_rect((cx, top, cx + bw, ybase), color=None, fill=(0.35, 0.5, 0.7))
        lab = f"{v:,.1f}"
        text(p, cx + 2, top - 4, lab, 8, "g")
        yl = "R元" if yr == 2019 else f"R{yr - 2018}"
        text(p, cx + 12, ybase + 14, yl, 8, "g")
        facts.append(fact(None, yr, yl, "total", "outstanding", "actual", int(round(v * 1_000_000)), "yen", lab, pg))
    text(p, x1 - 40, ybase + 28, "（年度）", 7.5, "m")
    text(p, 52, 470, "（参考）令和5年度の不納欠損額", 10, "g")
    wo_total = sum(d["data"][2023][4] for d in SHEETS)
    text(p, 70, 490, f"・推進シート対象3債権の不納欠損額合計：{wo_total:,}千円", 10)
    facts.append(fact(None, 2023, "令和5年度", "total", "written_off", "actual", wo_total * 1000, "yen",
                      f"{wo_total:,}千円", pg, debt_raw=None))
    text(p, 52, 520, "６　債権ごとの推進シート", 11, "g")
    tbox(p, (52, 527, W - 45, 580),
         "主要3債権については、次頁以降の推進シートにより、過去5年間の実績、計画期間の目標及び具体的な取組を定める。", 10)

    # ---------------- pages 3..: 推進シート
    for k, d in enumerate(SHEETS):
        p = D.new_page(); pg = 3 + k
        debt = d["debt"]
        cell(p, (40, 50, 300, 72), f"債権名　{debt}", 12, "g", align=0, fill=(0.88, 0.92, 0.97))
        cell(p, (300, 50, W - 40, 72), f"所管課　{d['ka']}", 10, "g", align=0)
        text(p, 40, 92, "(1) 過去5年間の状況", 10.5, "g")
        text(p, W - 150, 92, "（金額単位：千円）", 8, "m")
        xs = [40, 95, 165, 235, 285, 345, 405, 455, W - 40]
        hdr = ["令和", "調定額\n（現年）", "収入済額\n（現年）", "収納率\n（現年）", "調定額\n（滞繰）", "収入済額\n（滞繰）",
               "収納率\n（滞繰）", "収入未済額\n（計）"]
        y = 100; rh = 26
        for j, h in enumerate(hdr):
            cell(p, (xs[j], y, xs[j + 1], y + rh), h, 7.5, fill=(0.85, 0.85, 0.85))
        y += rh; rh = 18
        for yr in YEARS:
            ca, cc, aa, ac, w = d["data"][yr]
            rc, ra = rate(cc, ca, 2), rate(ac, aa, 1)
            o = outstanding(d["data"][yr])
            vals = [YLAB[yr], f"{ca:,}", f"{cc:,}", f"{rc:.2f}%", f"{aa:,}", f"{ac:,}", f"{ra:.1f}%", f"{o:,}"]
            for j, s in enumerate(vals):
                cell(p, (xs[j], y, xs[j + 1], y + rh), s, 8, align=1 if j == 0 else 2)
            fr = YLAB[yr]
            facts += [fact(debt, yr, fr, "current", "assessed", "actual", ca * 1000, "yen", f"{ca:,}", pg),
                      fact(debt, yr, fr, "current", "collected", "actual", cc * 1000, "yen", f"{cc:,}", pg),
                      fact(debt, yr, fr, "current", "collection_rate", "actual", rc, "percent", f"{rc:.2f}%", pg),
                      fact(debt, yr, fr, "arrears", "assessed", "actual", aa * 1000, "yen", f"{aa:,}", pg),
                      fact(debt, yr, fr, "arrears", "collected", "actual", ac * 1000, "yen", f"{ac:,}", pg),
                      fact(debt, yr, fr, "arrears", "collection_rate", "actual", ra, "percent", f"{ra:.1f}%", pg),
                      fact(debt, yr, fr, "total", "outstanding", "actual", o * 1000, "yen", f"{o:,}", pg)]
            y += rh
        w23 = d["data"][2023][4]
        text(p, 44, y + 12, f"※収入未済額は不納欠損額を控除した額（5年度の不納欠損額 {w23:,}千円）。", 7.5, "m")
        facts.append(fact(debt, 2023, "5年度", "total", "written_off", "actual", w23 * 1000, "yen", f"{w23:,}千円", pg))
        y += 36
        text(p, 40, y, "(2) 計画期間の目標", 10.5, "g"); y += 8
        text(p, 52, y + 10, "計画期間：令和7年度～令和9年度", 9, "g"); y += 16
        xs2 = [40, 190, 290, 390, 490]
        for j, h in enumerate(["項目", "R7", "R8", "R9"]):
            cell(p, (xs2[j], y, xs2[j + 1], y + 18), h, 8.5, fill=(0.85, 0.85, 0.85))
        y += 18
        T = d["targets"]
        for lab, key, seg, metric in [("現年度分 収納率", "cur", "current", "collection_rate"),
                                       ("滞納繰越分 収納率", "arr", "arrears", "collection_rate"),
                                       ("収入未済額（千円）", "out", "total", "outstanding")]:
            cell(p, (xs2[0], y, xs2[1], y + 18), lab, 8.5, align=0)
            for j, v in enumerate(T[key]):
                s = f"{v}％以上" if metric == "collection_rate" else f"{v}以下"
                cell(p, (xs2[j + 1], y, xs2[j + 2], y + 18), s, 8.5, align=2)
                val = float(v) if metric == "collection_rate" else int(v.replace(",", "")) * 1000
                unit = "percent" if metric == "collection_rate" else "yen"
                facts.append(fact(debt, 2025 + j, f"R{7 + j}", seg, metric, "target", val, unit, s, pg))
            y += 18
        y += 16
        text(p, 52, y, "【計画最終年度（令和9年度）の目標】", 9.5, "g"); y += 4
        for lab, s, seg, v in d["sentences"]:
            tbox(p, (60, y, W - 45, y + 16), lab + s, 9.5); y += 15
            raw = __import__("re").search(r"[0-9.]+％", s).group()
            facts.append(fact(debt, 2027, "令和9年度", seg, "collection_rate", "target", v, "percent", raw, pg))
        y += 14
        text(p, 40, y, "(3) 具体的な取組", 10.5, "g"); y += 8
        xs3 = [40, 70, 150, 420, 475, W - 40]
        for j, h in enumerate(["No.", "取組項目", "内容", "実施時期", "区分"]):
            cell(p, (xs3[j], y, xs3[j + 1], y + 18), h, 8.5, fill=(0.85, 0.85, 0.85))
        y += 18
        for no, item, body, when, st in d["items"]:
            rh = 30
            for j, s in enumerate([no, item, body, when, st]):
                cell(p, (xs3[j], y, xs3[j + 1], y + rh), s, 8, align=0 if j == 2 else 1)
            inits.append(initiative(debt, 2025, "具体的な取組", no, body, st, pg))
            y += rh
        assert y < H - 50
    doc = D.doc
    doc.subset_fonts()
    out = PDF / f"{STEM}.pdf"
    doc.save(out, garbage=4, deflate=True)
    return out, facts, inits


if __name__ == "__main__":
    pdf, facts, inits = build()
    document = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2025-03-01",
                "date_raw": "令和7年3月"}
    write_gold(STEM, pdf, document, facts, inits)
