"""あま市 重点債権の後半の取組状況（２月末） — PyMuPDF direct drawing; one page turned by /Rotate 90."""
from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import fitz

sys.path.insert(0, str(Path(__file__).parent))
from j_common import PDF, Gold, c, rate, zen  # noqa: E402
from j_draw import box, finish, hline, para, table, text, use  # noqa: E402

STEM = "j_ama_chukan_1"
CITY = "あま市"
ASOF, PREV = "2024-02-29", "2023-02-28"
W, H = 595, 842

# name, dept, seg data: (調定, 収入, prev interim rate, estimate, prev actual, target)
DEBTS = [
    ("市税", "収納課",
     {"current": (9184226400, 8641905118, "93.85", "98.95", "98.88", "99.00"),
      "arrears": (402118560, 98412300, "22.90", "27.50", "26.84", "28.00")},
     [("納期限後２０日を経過した未納者に対し、コールセンターから電話催告を行い、早期の納付を促す。", "継続"),
      ("年度内に時効が到来する事案について、２月末までに財産調査を終え、差押え又は執行停止の判断を行う。", "継続"),
      ("愛知県滞納整理機構への引継ぎ事案を拡大し、高額事案の整理を進める。", "拡充")]),
    ("国民健康保険税", "保険医療課",
     {"current": (2511340200, 2164223780, "85.72", "93.60", "93.41", "93.80"),
      "arrears": (598772410, 112054600, "17.95", "21.00", "20.62", "22.00")},
     [("短期被保険者証の交付時に納付相談を行い、分納誓約の見直しを行う。", "継続"),
      ("資格喪失世帯の未納分について、喪失届の受理時に納付書を手交する。", "新規"),
      ("収納課と合同で預貯金調査を行い、納付資力のある世帯には滞納処分を行う。", None)]),
    ("介護保険料", "高齢福祉課",
     {"current": (1804512300, 1709880140, "94.80", "99.10", "99.08", "99.10"),
      "arrears": (28940150, 5112400, "16.02", "19.50", "18.77", "20.00")},
     [("普通徴収の未納者に対し、年金からの特別徴収への切替時期を案内し、口座振替を勧奨する。", "継続"),
      ("給付制限の対象となる前に、制度内容を記載した文書で納付を促す。", "継続")]),
    ("下水道使用料", "下水道課",
     {"current": (1120445800, 1016320900, "90.33", "98.70", "98.62", "98.80"),
      "arrears": (22410300, 13520110, "58.10", "64.00", "63.25", "65.00")},
     [("水道事業者と連携し、給水停止予告の対象者に下水道使用料の未納分を併せて通知する。", "継続"),
      ("転出者の未納分について、転出先住所の調査を行い、文書催告を行う。", "新規")]),
]
AREAS = [("七宝地区", "86.92", "19.20", "86.31"), ("美和地区", "85.40", "17.63", "85.02"),
         ("甚目寺地区", "86.15", "18.94", "85.77")]
REMARK = {
    "市税": "　現年分は前年同期を上回って推移しているが、個人市民税の普通徴収分に新たな未納が生じている。出納整理期間を含め、"
            "納期限を過ぎた直後の催告を重ね、翌年度への繰越しを抑える。",
    "国民健康保険税": "　被保険者の減少により調定額が縮小する一方、滞納繰越分に占める資格喪失世帯の割合が高まっている。"
                "喪失後の早い時期に接触することが課題である。",
    "介護保険料": "　現年分はおおむね前年並みで推移している。普通徴収の対象となる新規の第１号被保険者に対し、口座振替の"
              "勧奨を重点的に行う。",
    "下水道使用料": "　滞納繰越分は前年同期を上回ったが、転出者の未納分は所在の確認に時間を要しており、回収が遅れている。",
}
SEGLAB = {"current": "現年分", "arrears": "滞納繰越分"}


def header_footer(page, n, rect_w=W, rect_h=H):
    text(page, rect_w - 40, 30, "あま市債権管理推進会議　資料２", 8, "g", "r")
    text(page, rect_w / 2, rect_h - 25, f"- {n} -", 9, "m", "c")


def main():
    g = Gold(STEM, "progress_report", CITY, "令和５年度 重点債権の後半の取組状況について", "2024-03-15",
             "令和６年３月１５日", "progress")
    doc = fitz.open()
    rates = {}
    for name, _, segs, _ in DEBTS:
        for s, v in segs.items():
            rates[(name, s)] = rate(v[1], v[0])

    # ---- page 1: summary, 3-row header, horizontal rules only, values without % ----
    p = doc.new_page(width=W, height=H); use(p); header_footer(p, 1)
    text(p, W / 2, 70, "令和５年度　重点債権の後半の取組状況について", 15, "g", "c")
    text(p, W - 50, 92, "令和６年３月１５日", 10, "m", "r")
    text(p, W - 50, 106, "総務部　収納課", 10, "m", "r")
    y = para(p, 50, 120, W - 100, "　重点債権（４債権）について、令和６年２月末現在の徴収状況と年度末に向けた取組を取りまとめた。"
             "徴収率は、２月末時点の収入額を調定額で除したものであり、前年同期は令和５年２月末時点の数値である。", 10)
    text(p, 50, y + 18, "１　重点債権の徴収率", 11, "g")
    text(p, W - 50, y + 18, "（単位：％）", 9, "m", "r")
    rows = [["債権名", "現年分", None, None, None, "滞納繰越分", None, None, None],
            [None, "２月末", None, "決算", "目標", "２月末", None, "決算", "目標"],
            [None, "R5", "R4同期", "見込", "", "R5", "R4同期", "見込", ""]]
    spans = {(0, 0): (3, 1), (0, 1): (1, 4), (0, 5): (1, 4), (1, 1): (1, 2), (1, 5): (1, 2)}
    for name, _, segs, _ in DEBTS:
        row = [name]
        for s in ("current", "arrears"):
            a, b, pv, est, pa, tg = segs[s]
            r5 = rates[(name, s)]
            row += [str(r5), pv, est, tg]
            g.fact(name, 2023, "R5", s, "collection_rate", "interim", r5, "percent", str(r5), 1, ASOF)
            g.fact(name, 2022, "R4同期", s, "collection_rate", "interim", Decimal(pv), "percent", pv, 1, PREV)
            g.fact(name, 2023, "令和５年度", s, "collection_rate", "estimate", Decimal(est), "percent", est, 1)
            g.fact(name, 2023, "令和５年度", s, "collection_rate", "target", Decimal(tg), "percent", tg, 1)
        rows.append(row)
    aligns = ["l"] + ["r"] * 8
    for r in range(3):
        rows[r] = [(v, "c") if v else v for v in rows[r]]
    bottom = table(p, 50, y + 26, [95] + [50] * 8, rows, size=9, rh=18, rules="horiz", aligns=aligns, spans=spans,
                   heavy=(3,), skip_h=(1, 2))
    y = para(p, 50, bottom + 6, W - 100, "※決算見込及び目標は令和５年度の年間の徴収率。目標は「あま市債権管理計画」の"
             "令和５年度の目標値による。", 8.5)
    text(p, 50, y + 20, "２　債権別の状況", 11, "g")
    para(p, 50, y + 26, W - 100, "　債権ごとの２月末の徴収率、決算見込及び主な取組は次ページ以降のとおり。"
         "調定額及び収入額は６ページに掲載している。", 10)

    # ---- pages 2-5: one sheet per debt ----
    pg = 2
    for name, dept, segs, items in DEBTS:
        p = doc.new_page(width=W, height=H); use(p); header_footer(p, pg)
        box(p, 50, 55, 330, 78)
        text(p, 58, 71, f"債権名　{name}", 12, "g")
        text(p, W - 50, 71, f"所管：{dept}", 10, "m", "r")
        y = 100
        text(p, 50, y, "【徴収率】令和６年２月29日現在　（　）内は前年同期", 10.5, "g")
        y += 6
        for s in ("current", "arrears"):
            a, b, pv, est, pa, tg = segs[s]
            r5 = rates[(name, s)]
            y += 17
            text(p, 66, y, f"・{SEGLAB[s]}　{r5}％（{pv}％）", 10.5)
            g.fact(name, 2023, "令和６年２月29日", s, "collection_rate", "interim", r5, "percent", f"{r5}％", pg, ASOF)
            g.fact(name, 2022, "前年同期", s, "collection_rate", "interim", Decimal(pv), "percent", f"{pv}％", pg, PREV)
        y += 28
        # two headings side by side
        text(p, 50, y, "【決算見込】", 10.5, "g")
        text(p, 300, y, "【目標（令和５年度）】", 10.5, "g")
        y0 = y
        for s, lab in (("current", "現年分"), ("arrears", "滞繰分")):
            a, b, pv, est, pa, tg = segs[s]
            y += 17
            text(p, 66, y, f"{lab}　{est}％（前年度決算 {pa}％）", 10)
            text(p, 316, y, f"{lab}　{tg}％", 10)
            g.fact(name, 2023, "令和５年度", s, "collection_rate", "estimate", Decimal(est), "percent", f"{est}％", pg)
            g.fact(name, 2022, "前年度決算", s, "collection_rate", "actual", Decimal(pa), "percent", f"{pa}％", pg)
            g.fact(name, 2023, "令和５年度", s, "collection_rate", "target", Decimal(tg), "percent", f"{tg}％", pg)
        vline_x = 290
        p.draw_line((vline_x, y0 - 12), (vline_x, y + 6), width=0.4)
        y += 30
        text(p, 50, y, "【主な取組】", 10.5, "g")
        y += 4
        for i, (txt, st) in enumerate(items):
            lab = "①②③④"[i]
            s_ = f"{lab}{txt}" + (f"【{st}】" if st else "")
            y = para(p, 58, y + 4, W - 110, s_, 10, hang=10.5)
            g.init(name, 2023, "主な取組", lab, txt, st, pg)
        y += 14
        text(p, 50, y, "【年度末に向けた課題】", 10.5, "g")
        y = para(p, 58, y + 4, W - 110, REMARK[name], 10)
        if name == "国民健康保険税":
            y += 18
            text(p, 50, y, "【地区別の徴収率（２月末現在）】", 10.5, "g")
            text(p, W - 50, y, "単位：％", 8.5, "m", "r")
            rows = [[("地区", "c"), ("現年分", "c"), ("滞繰分", "c"), ("現年分（前年同期）", "c")]]
            for area, cu, ar, pc in AREAS:
                rows.append([area, cu, ar, pc])
                g.fact(name, 2023, "２月末", "current", "collection_rate", "interim", Decimal(cu), "percent", cu, pg,
                       ASOF, area=area)
                g.fact(name, 2023, "２月末", "arrears", "collection_rate", "interim", Decimal(ar), "percent", ar, pg,
                       ASOF, area=area)
                g.fact(name, 2022, "前年同期", "current", "collection_rate", "interim", Decimal(pc), "percent", pc, pg,
                       PREV, area=area)
            table(p, 50, y + 6, [120, 110, 110, 155], rows, size=9.5, rh=18, rules="grid", aligns=["l", "r", "r", "r"])
        pg += 1

    # ---- page 6: landscape by rotation ----
    tmp = fitz.open()
    lp = tmp.new_page(width=H, height=W); use(lp)
    text(lp, 50, 50, "（参考）重点債権の収入状況（令和６年２月29日現在）", 12, "g")
    text(lp, H - 50, 50, "（単位：円）", 9, "m", "r")
    rows = [[("債権名", "c"), ("区分", "c"), ("調定額", "c"), ("収入額", "c"), ("徴収率", "c"),
             ("前年同期徴収率", "c"), ("増減", "c")]]
    spans = {}
    ta = tb = 0
    for name, _, segs, _ in DEBTS:
        for k, s in enumerate(("current", "arrears")):
            a, b, pv, *_ = segs[s]
            r5 = rates[(name, s)]
            d = r5 - Decimal(pv)
            rows.append([name if k == 0 else None, SEGLAB[s], c(a), c(b), f"{r5}%", f"{pv}%",
                         ("+" if d >= 0 else "△") + f"{abs(d)}"])
            if k == 0:
                spans[(len(rows) - 1, 0)] = (2, 1)
            ta += a; tb += b
            g.fact(name, 2023, "令和６年２月29日", s, "assessed", "interim", a, "yen", c(a), pg, ASOF)
            g.fact(name, 2023, "令和６年２月29日", s, "collected", "interim", b, "yen", c(b), pg, ASOF)
            g.fact(name, 2023, "令和６年２月29日", s, "collection_rate", "interim", r5, "percent", f"{r5}%", pg, ASOF)
            g.fact(name, 2022, "前年同期", s, "collection_rate", "interim", Decimal(pv), "percent", f"{pv}%", pg, PREV)
    rt = rate(tb, ta)
    rows.append(["合計", "", c(ta), c(tb), f"{rt}%", "－", "－"])
    g.fact(None, 2023, "令和６年２月29日", "total", "assessed", "interim", ta, "yen", c(ta), pg, ASOF, debt_raw="合計")
    g.fact(None, 2023, "令和６年２月29日", "total", "collected", "interim", tb, "yen", c(tb), pg, ASOF, debt_raw="合計")
    g.fact(None, 2023, "令和６年２月29日", "total", "collection_rate", "interim", rt, "percent", f"{rt}%", pg, ASOF,
           debt_raw="合計")
    table(lp, 50, 66, [150, 90, 140, 140, 80, 100, 60], rows, size=10, rh=24, rules="grid",
          aligns=["l", "c", "r", "r", "r", "r", "r"], spans=spans, heavy=(1, len(rows) - 1))
    para(lp, 50, 66 + 24 * len(rows) + 8, H - 100, "注）徴収率は収入額÷調定額（小数点以下第３位を四捨五入）。前年同期は"
         "令和５年２月28日現在。", 9)
    text(lp, H / 2, W - 25, f"- {pg} -", 9, "m", "c")
    text(lp, H - 40, 30, "あま市債権管理推進会議　資料２", 8, "g", "r")
    p = doc.new_page(width=W, height=H)
    p.show_pdf_page(fitz.Rect(0, 0, W, H), tmp, 0, rotate=90)
    p.set_rotation(90)
    out = PDF / f"{STEM}.pdf"
    finish(doc, out)
    g.write(out)


if __name__ == "__main__":
    main()
