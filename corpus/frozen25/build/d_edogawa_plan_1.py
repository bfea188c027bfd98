"""江戸川区 債権管理計画（会計・款・債権の表、散文の金額、ベクター図） — PyMuPDF direct drawing.  (frozen25, helper d)"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf as fitz

sys.path.insert(0, str(Path(__file__).parent))
from d_common import ROOT, Canvas, Gold, c, check, finish_fitz, zen  # noqa: E402

STEM = "d_edogawa_plan_1"
CITY = "江戸川区"
TITLE = "江戸川区債権管理計画（令和７年度～令和９年度）"
PW, PH = 595, 842

# breakdown FY2023 (円): 会計 -> [(款, 債権名, 円)]
BREAK = [
    ("一般会計", [("特別区税", "特別区民税", 2231084512), ("特別区税", "軽自動車税（種別割）", 41266300),
                ("使用料及手数料", "区営住宅使用料", 38902150), ("使用料及手数料", "保育所保育料", 12450800),
                ("諸収入", "生活保護費返還金", 1180443271), ("諸収入", "応急小口資金貸付金返還金", 25310000),
                ("諸収入", "奨学資金貸付金返還金", 48992310), ("諸収入", "児童手当等返還金", 9884500)]),
    ("国民健康保険事業特別会計", [("国民健康保険料", "国民健康保険料", 2750118652)]),
    ("介護保険事業特別会計", [("保険料", "介護保険料", 298774100)]),
    ("後期高齢者医療特別会計", [("後期高齢者医療保険料", "後期高齢者医療保険料", 68221900)]),
]
# 千円 FY2019..2022 per account; FY2023 derived from BREAK
SERIES = {"一般会計": [4512300, 4288900, 4101200, 3912600],
          "国民健康保険事業特別会計": [3620400, 3401800, 3150200, 2948700],
          "介護保険事業特別会計": [402100, 371500, 344800, 318200],
          "後期高齢者医療特別会計": [88600, 80300, 75900, 71400]}
RATES = {  # 現年 R3 R4 R5 / 滞繰 R3 R4 R5
    "特別区民税": ((98.91, 99.02, 99.10), (34.15, 35.42, 36.80)),
    "国民健康保険料": ((88.40, 89.12, 89.75), (22.30, 23.95, 25.01)),
    "介護保険料": ((98.60, 98.71, 98.80), (18.20, 19.05, 19.90)),
    "後期高齢者医療保険料": ((99.30, 99.35, 99.41), (40.10, 41.88, 43.02)),
}
ERA = {2019: "令和元年度", 2020: "令和２年度", 2021: "令和３年度", 2022: "令和４年度", 2023: "令和５年度"}


def oku(yen):
    man = round(yen / 1e6) * 100
    return f"約{man // 10000}億{man % 10000:,}万円", man * 10000


def header_footer(cv, n, w=PW, h=PH):
    cv.text(40, 22, w - 40, 36, "江戸川区債権管理計画", size=8, font="g", align=2, color=(0.3, 0.3, 0.3))
    cv.line(40, 36, w - 40, 36, color=(0.5, 0.5, 0.5), width=0.4)
    cv.text(0, h - 34, w, h - 18, f"{n}", size=9, font="g", align=1)


def main():
    g = Gold(STEM, "plan", CITY, TITLE, "2025-03-01", "令和７年３月")
    doc = fitz.open()
    acc_tot = {a: sum(v for _, _, v in rows) for a, rows in BREAK}
    ser = {a: SERIES[a] + [round(acc_tot[a] / 1000)] for a in SERIES}
    tot_k = [sum(ser[a][i] for a in ser) for i in range(5)]

    # ---------- page 1
    p = doc.new_page(width=PW, height=PH)
    cv = Canvas(doc, p)
    header_footer(cv, 1)
    cv.text(40, 60, PW - 40, 90, TITLE, size=16, font="g", align=1)
    cv.text(40, 94, PW - 40, 110, "令和７年３月　江戸川区総務部", size=10, font="m", align=2)
    cv.text(40, 122, PW - 40, 140, "１　計画策定の背景", size=12, font="g")
    t23, v23 = oku(tot_k[4] * 1000)
    t19, v19 = oku(tot_k[0] * 1000)
    tz, vz = oku(acc_tot["一般会計"] and BREAK[0][1][0][2])
    tk, vk = oku(BREAK[1][1][0][2])
    prose = ("　区は、特別区民税や国民健康保険料をはじめとする各種債権について、平成２８年度に債権管理の基本方針を"
             "定め、収納率の向上と収入未済額の縮減に取り組んできた。その結果、区が保有する債権の収入未済額は、"
             f"令和元年度末の{t19}から、令和５年度末には{t23}まで縮減している。\n"
             f"　しかしながら、令和５年度末の収入未済額のうち、特別区民税は{tz}、国民健康保険料は{tk}"
             "と依然として多額であり、負担の公平性の観点から、引き続き計画的な債権管理が求められる。"
             "このため、令和７年度から令和９年度までの３か年を計画期間とする本計画を策定する。")
    cv.text(40, 146, PW - 40, 290, prose, size=10.5, font="m", lh=1.7)
    g.fact(1, None, 2019, "令和元年度末", "total", "outstanding", "actual", v19, "yen", t19, approx=True)
    g.fact(1, None, 2023, "令和５年度末", "total", "outstanding", "actual", v23, "yen", t23, approx=True)
    g.fact(1, "特別区民税", 2023, "令和５年度末", "total", "outstanding", "actual", vz, "yen", tz, approx=True)
    g.fact(1, "国民健康保険料", 2023, "令和５年度末", "total", "outstanding", "actual", vk, "yen", tk, approx=True)

    cv.text(40, 300, PW - 40, 318, "２　区の債権の状況", size=12, font="g")
    cv.text(40, 324, PW - 40, 340, "（１）会計別収入未済額の推移", size=10.5, font="g")
    cv.text(PW - 200, 342, PW - 40, 356, "（単位：千円）", size=8.5, font="m", align=2)
    rows = [["会計名称", "令和３年度\n(2021年度)", "令和４年度\n(2022年度)", "令和５年度\n(2023年度)", "対前年度\n増減"]]
    order = [("合計", None)] + [(a, a) for a in ser]
    for lab, a in order:
        vals = tot_k if a is None else ser[a]
        rows.append([lab, c(vals[2]), c(vals[3]), c(vals[4]), c(vals[4] - vals[3])])
        for i, fy in ((2, 2021), (3, 2022), (4, 2023)):
            g.fact(1, None, fy, f"{ERA[fy]}({fy}年度)", "total", "outstanding", "actual", vals[i] * 1000, "yen",
                   c(vals[i]), debt_raw=lab)
    cv.table(40, 358, [175, 85, 85, 85, 85], rows, rowh=20, heights=[28] + [20] * 5, size=9, font="m",
             rules="h", head_fill=None)
    cv.text(40, 490, PW - 40, 520, "※各年度の出納閉鎖時点（５月末）の額。合計は、表中４会計の合計である。", size=8.5, font="m")
    cv.text(40, 528, PW - 40, 546, "（２）収入未済額の内訳", size=10.5, font="g")
    cv.text(40, 550, PW - 40, 600, "　令和５年度の区の保有する全債権にかかる収入未済額の内訳は、次ページの表のとおりである。"
            "一般会計では、特別区民税と生活保護費返還金で一般会計全体の約９割を占めている。", size=10.5, font="m", lh=1.7)

    # ---------- page 2-3 breakdown, split without repeating header
    title = "令和５年度（２０２３年度）区の保有する全債権にかかる収入未済額内訳"
    widths = [26, 110, 230, 149]
    def kfy(page, debt, raw, v, lab=None):
        g.fact(page, debt, 2023, "令和５年度（２０２３年度）", "total", "outstanding", "actual", v, "yen", raw,
               debt_raw=lab or debt)
    p = doc.new_page(width=PW, height=PH)
    cv = Canvas(doc, p)
    header_footer(cv, 2)
    cv.text(40, 56, PW - 40, 74, title, size=11, font="g")
    cv.text(PW - 200, 76, PW - 40, 90, "（単位：円）", size=8.5, font="m", align=2)
    acc, items = BREAK[0]
    rows = [["会計", "款名称等", "債権名", "収入未済額"]]
    first = True
    for kan, name, v in items:
        rows.append([("\n".join(acc), len(items) + 1) if first else None, kan, name, c(v)])
        first = False
        kfy(2, name, c(v), v)
    rows.append([None, "小計", None, c(acc_tot[acc])])
    kfy(2, None, c(acc_tot[acc]), acc_tot[acc], lab="一般会計小計")
    cv.table(40, 92, widths, rows, rowh=24, size=9.5, font="m", aligns=[1, 0, 0, 2])
    cv.text(40, 92 + 24 * len(rows) + 8, PW - 40, 92 + 24 * len(rows) + 40,
            "※生活保護費返還金には、生活保護法第６３条及び第７８条に基づく返還金・徴収金を含む。", size=8.5, font="m")

    p = doc.new_page(width=PW, height=PH)
    cv = Canvas(doc, p)
    header_footer(cv, 3)
    rows = []
    for acc, items in BREAK[1:]:
        for kan, name, v in items:
            rows.append([acc, kan, name, c(v)])
            kfy(3, name, c(v), v)
    grand = sum(acc_tot.values())
    rows.append(["合計", None, None, c(grand)])
    kfy(3, None, c(grand), grand, lab="合計")
    cv.table(40, 60, [120, 120, 140, 135], rows, rowh=26, size=9.5, font="m", aligns=[0, 0, 0, 2], head=0)
    cv.text(40, 60 + 26 * len(rows) + 8, PW - 40, 60 + 26 * len(rows) + 40,
            "※特別会計の各債権は、それぞれ滞納繰越分を含む。合計は前ページの一般会計小計を含む全会計の合計。", size=8.5, font="m")

    # ---------- page 4: landscape content shown on a rotated page
    LW, LH = 842, 595
    tmp = fitz.open()
    lp = tmp.new_page(width=LW, height=LH)
    lc = Canvas(tmp, lp)
    header_footer(lc, 4, LW, LH)
    lc.text(40, 48, 420, 66, "（３）収入未済額の推移（全会計・単位：億円）", size=11, font="g")
    # bar chart
    x0, y0, ch = 70, 100, 330
    lc.line(x0, y0 + ch, 400, y0 + ch, width=0.8)
    lc.line(x0, y0, x0, y0 + ch, width=0.8)
    vmax = 100.0
    for k, tick in enumerate((0, 25, 50, 75, 100)):
        yy = y0 + ch - ch * tick / vmax
        lc.line(x0 - 3, yy, x0, yy, width=0.6)
        lc.text(x0 - 40, yy - 6, x0 - 5, yy + 8, str(tick), size=7.5, font="g", align=2)
    for i, fy in enumerate(range(2019, 2024)):
        v = round(tot_k[i] / 100000, 1)
        bx = x0 + 18 + i * 64
        bh = ch * v / vmax
        lc.rect(bx, y0 + ch - bh, bx + 38, y0 + ch, fill=(0.35, 0.5, 0.75), stroke=None)
        lc.text(bx - 10, y0 + ch - bh - 16, bx + 48, y0 + ch - bh, f"{v:.1f}", size=9, font="g", align=1)
        lab = "R元" if fy == 2019 else f"R{fy - 2018}"
        lc.text(bx - 10, y0 + ch + 4, bx + 48, y0 + ch + 18, lab, size=9, font="g", align=1)
        g.fact(4, None, fy, lab, "total", "outstanding", "actual", int(round(v * 10)) * 10000000, "yen", f"{v:.1f}")
    lc.text(x0, y0 + ch + 24, 400, y0 + ch + 40, "※各年度末（出納閉鎖後）の全会計の合計", size=8, font="m")
    # rates table, no rules, shaded header, zebra rows
    lc.text(440, 48, 810, 66, "（４）主要債権の収納率の推移", size=11, font="g")
    lc.text(640, 68, 810, 82, "単位：％", size=8.5, font="m", align=2)
    rows = [["債権名", "現年分", None, None, "滞納繰越分", None, None],
            ["", "R3", "R4", "R5", "R3", "R4", "R5"]]
    for d, (cur, arr) in RATES.items():
        rows.append([d] + [f"{v:.2f}" for v in cur] + [f"{v:.2f}" for v in arr])
        for seg, vals in (("current", cur), ("arrears", arr)):
            for fy, v in zip((2021, 2022, 2023), vals):
                g.fact(4, d, fy, f"R{fy - 2018}", seg, "collection_rate", "actual", v, "percent", f"{v:.2f}")
    lc.table(440, 86, [118, 42, 42, 42, 42, 42, 42], rows, rowh=24, size=8.5, font="g", head=2,
             head_fill=(0.8, 0.8, 0.8), rules="none", zebra=(0.93, 0.93, 0.93))
    lc.text(440, 86 + 24 * 6 + 10, 810, 86 + 24 * 6 + 60,
            "収納率＝収入済額÷調定額×100。国民健康保険料は、現年分の収納率が３年連続で上昇した。", size=9, font="m", lh=1.5)
    p = doc.new_page(width=PW, height=PH)
    p.show_pdf_page(p.rect, tmp, 0, rotate=90)
    p.set_rotation(90)

    # ---------- page 5: targets + initiatives
    p = doc.new_page(width=PW, height=PH)
    cv = Canvas(doc, p)
    header_footer(cv, 5)
    cv.text(40, 56, PW - 40, 74, "３　計画の目標", size=12, font="g")
    cv.text(40, 78, PW - 40, 96, "　計画期間の最終年度（令和９年度）において、次の目標の達成を目指す。", size=10.5, font="m")
    targets = [("特別区民税", "current", "collection_rate", 99.20, "特別区民税の現年課税分の収納率を９９．２０％以上とする。", "９９．２０％"),
               ("国民健康保険料", "current", "collection_rate", 90.50, "国民健康保険料の現年分の収納率を９０．５０％以上とする。", "９０．５０％"),
               ("国民健康保険料", "arrears", "collection_rate", 27.00, "国民健康保険料の滞納繰越分の収納率を２７．００％以上とする。", "２７．００％"),
               (None, "total", "outstanding", 5000000000, "区の債権全体の収入未済額を５０億円以下とする。", "５０億円")]
    y = 102
    for i, (d, seg, met, v, s, raw) in enumerate(targets, start=1):
        cv.text(52, y, PW - 40, y + 18, f"（{zen(i)}）{s}", size=10.5, font="m")
        g.fact(5, d, 2027, "令和９年度", seg, met, "target", v, "percent" if met == "collection_rate" else "yen", raw,
               debt_raw=d if d else "区の債権全体")
        y += 20
    y += 10
    cv.text(40, y, PW - 40, y + 18, "４　主な取組", size=12, font="g")
    y += 24
    groups = [("特別区民税", [("ア", "納期限を過ぎた未納者には、３０日以内に催告書とＳＭＳによる催告を行う。", "継続"),
                            ("イ", "高額滞納事案は、専任の担当係で財産調査から換価まで一貫して処理する。", "拡充")]),
              ("国民健康保険料", [("ア", "加入手続時に口座振替の登録を勧め、口座振替率を高める。", "継続"),
                              ("イ", "資格喪失後の未納者に対し、喪失手続の際に納付相談を行う。", "新規")]),
              (None, [("ア", "債権管理システムにより、所管課ごとの滞納状況を毎月集計し、進捗を管理する。", "新規"),
                      ("イ", "非強制徴収債権の回収が困難な事案は、債権管理条例に基づき放棄を検討する。", "継続")])]
    box_top = y
    yy = y + 8
    for d, items in groups:
        cv.text(52, yy, PW - 52, yy + 16, f"◆{d or '全債権共通'}", size=10.5, font="g")
        yy += 20
        for lab, t, st in items:
            s = f"{lab}　{t}【{st}】"
            cv.text(64, yy, PW - 52, yy + 34, s, size=10, font="m", lh=1.5)
            yy += 34
            g.init(5, d, 2025, "主な取組", lab, t, st)
        yy += 4
    cv.rect(44, box_top, PW - 44, yy + 4, width=0.8)

    pdf = ROOT / "pdf" / f"{STEM}.pdf"
    finish_fitz(doc, pdf)
    gp = g.write(pdf)
    return check(pdf, gp)


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
