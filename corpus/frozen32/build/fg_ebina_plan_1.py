"""fg_ebina_plan_1: multi-year 債権管理計画 with 推進シート-style pages, python-docx -> LibreOffice.

Run from corpus/frozen32:  python3 build/fg_ebina_plan_1.py
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

from docx.shared import Mm

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fg_common import PDF_DIR, WORK, Gold, comma, r2, rate, series, soffice_pdf, tri  # noqa: E402
from fg_docx import (GOTHIC, MINCHO, borders, cant_split, cell_text, footer_page_numbers, landscape_section,  # noqa: E402
                     new_document, page_break, para, portrait_section, repeat_header, shade, table, valign_center,
                     vertical)

STEM = "fg_ebina_plan_1"
CITY = "海老名市"
TITLE = "海老名市債権管理計画（令和7年度～令和10年度）"
YEARS = list(range(2017, 2024))
TYEARS = [2025, 2026, 2027, 2028]

SPEC = {
    "tax": ("市税", "市税",
            [23_412_336_410, 23_688_104_220, 24_105_447_830, 24_002_118_560, 24_310_554_920, 24_882_671_340, 25_201_448_810],
            [98.41, 98.62, 98.80, 98.71, 98.93, 99.05, 99.11], 1_204_336_800,
            [24.1, 25.8, 27.2, 25.9, 28.4, 30.2, 31.5], [10.2, 9.6, 9.1, 7.4, 8.8, 8.1, 7.6]),
    "kokuho": ("国民健康保険料", "国民健康保険税",
               [4_212_336_400, 4_104_227_800, 3_998_441_200, 3_912_336_700, 3_871_204_500, 3_756_118_900, 3_642_552_100],
               [90.82, 91.45, 92.10, 92.66, 93.12, 93.58, 93.94], 1_802_114_300,
               [17.2, 18.1, 19.3, 18.8, 20.4, 21.6, 22.9], [14.8, 14.1, 13.2, 11.5, 12.6, 12.0, 11.4]),
    "kouki": ("後期高齢者医療保険料", "後期高齢者医療保険料",
              [1_012_336_200, 1_058_441_700, 1_104_227_300, 1_132_118_900, 1_176_554_200, 1_245_338_700, 1_318_227_500],
              [99.38, 99.41, 99.44, 99.40, 99.47, 99.50, 99.53], 8_336_200,
              [38.5, 40.2, 41.8, 40.6, 43.1, 44.5, 45.8], [9.1, 8.7, 8.2, 7.6, 7.9, 7.4, 7.1]),
    "kaigo": ("介護保険料", "介護保険料",
              [2_212_118_400, 2_308_441_200, 2_356_227_800, 2_402_118_300, 2_438_662_100, 2_512_336_400, 2_546_118_200],
              [98.62, 98.70, 98.78, 98.74, 98.85, 98.91, 98.96], 82_336_400,
              [15.2, 16.0, 16.9, 16.2, 17.8, 18.6, 19.4], [24.1, 23.5, 22.8, 21.9, 22.2, 21.5, 20.9]),
    "hoiku": ("保育料", "保育所保育料",
              [612_336_800, 598_114_200, 486_227_300, 342_118_600, 331_227_400, 322_118_900, 315_446_200],
              [98.12, 98.25, 98.31, 98.40, 98.52, 98.61, 98.70], 41_336_800,
              [12.1, 12.8, 13.5, 13.1, 14.2, 15.0, 15.8], [5.2, 5.0, 4.8, 4.5, 4.6, 4.4, 4.2]),
    "other": (None, "その他",
              [1_412_336_500, 1_436_118_200, 1_452_227_800, 1_398_441_600, 1_420_118_300, 1_448_336_200, 1_462_118_700],
              [96.1, 96.3, 96.4, 96.2, 96.5, 96.7, 96.8], 212_336_400,
              [9.8, 10.4, 10.9, 10.5, 11.2, 11.8, 12.3], [3.8, 3.6, 3.5, 3.1, 3.4, 3.2, 3.0]),
}
D = {k: dict(zip(YEARS, series(*v[2:]))) for k, v in SPEC.items()}
# 令和6年度見込 (cur, arr) and targets per year (cur, arr); outstanding targets (yen)
EST24 = {"tax": (99.14, 32.20), "kokuho": (94.15, 23.50), "kouki": (99.54, 46.50), "kaigo": (98.98, 19.90),
         "hoiku": (98.72, 16.20), "other": (96.85, 12.50)}
TGT = {"tax": [(99.16, 33.00), (99.18, 33.80), (99.20, 34.60), (99.22, 35.40)],
       "kokuho": [(94.30, 24.00), (94.50, 24.80), (94.70, 25.60), (94.90, 26.40)],
       "kouki": [(99.55, 47.00), (99.56, 47.50), (99.57, 48.00), (99.58, 48.50)],
       "kaigo": [(99.00, 20.30), (99.02, 20.80), (99.04, 21.30), (99.06, 21.80)],
       "hoiku": [(98.75, 16.50), (98.80, 17.00), (98.85, 17.50), (98.90, 18.00)],
       "other": [(96.90, 12.80), (97.00, 13.20), (97.10, 13.60), (97.20, 14.00)]}
def _round_to(v: float, unit: int) -> int:
    return int(round(v / unit)) * unit


# 令和6年度見込 and targets for the outstanding amount, derived from the 令和5年度 actual
OUT24 = {k: _round_to(D[k][2023]["tot"]["outstanding"] * 0.965, 100_000) for k in D}
OUTT = {k: [_round_to(D[k][2023]["tot"]["outstanding"] * (0.935 - 0.035 * i),
                      1_000_000 if D[k][2023]["tot"]["outstanding"] > 50_000_000 else 100_000) for i in range(4)]
        for k in D}
DELINQ = {"tax": [6_842, 6_511, 6_204], "kokuho": [3_912, 3_705, 3_488]}   # R3-R5: 人 / 世帯


def jy(fy: int, west=True) -> str:
    """令和5（2023）年度 / 平成29（2017）年度."""
    if fy >= 2019:
        n = fy - 2018
        e = f"令和{'元' if n == 1 else n}"
    else:
        e = f"平成{fy - 1988}"
    return f"{e}（{fy}）年度" if west else f"{e}年度"


def totals(fy):
    t = {}
    for s in ("cur", "arr", "tot"):
        t[s] = {m: sum(D[k][fy][s][m] for k in D) for m in ("assessed", "collected", "written_off", "outstanding")}
        t[s]["rate"] = rate(t[s]["collected"], t[s]["assessed"])
    return t


def okuman(v, unit=1_000_000):
    vv = int(round(v / unit)) * unit
    o, rest = divmod(vv, 100_000_000)
    m = rest // 10_000
    return ((f"{o}億{m:,}万円" if m else f"{o}億円") if o else f"{m:,}万円"), vv


def head_row(t, labels, fill="DCE6F0", size=8.5):
    for j, h in enumerate(labels):
        c = t.rows[0].cells[j]
        cell_text(c, h, size, "center", GOTHIC)
        shade(c, fill)
        valign_center(c)


def build():
    g = Gold(STEM, "plan", "plan", CITY, TITLE, "2025-03-01", "令和7年3月")
    doc = new_document(MINCHO, 10.5, margins=(22, 22, 20, 22))
    doc.styles["Normal"].paragraph_format.line_spacing = 1.3
    sec0 = doc.sections[0]
    sec0.different_first_page_header_footer = True
    footer_page_numbers(sec0)
    P = lambda *a, **k: para(doc, *a, **k)  # noqa: E731
    segn = {"cur": "current", "arr": "arrears", "tot": "total"}

    # ================================================================ p1 cover
    for _ in range(9):
        P("")
    P("海老名市債権管理計画", size=26, align="center", bold_font=True, space_after=10)
    P("（令和7年度～令和10年度）", size=16, align="center", space_after=6)
    P("～ 負担の公平性の確保と健全な財政運営に向けて ～", size=12, align="center")
    for _ in range(14):
        P("")
    P("令和7年3月", size=14, align="center", space_after=6)
    P("海　老　名　市", size=16, align="center", bold_font=True)
    page_break(doc)

    # ================================================================ p2 目次
    P("目　　次", size=15, align="center", bold_font=True, space_after=14)
    toc = [("１　計画の策定にあたって", 3, 0), ("（１）策定の趣旨", 3, 1), ("（２）計画の期間", 3, 1), ("（３）対象とする債権", 3, 1),
           ("（４）推進体制", 3, 1), ("２　債権の現状", 4, 0), ("（１）全債権の収納状況の推移", 4, 1), ("（２）債権別の収入未済額", 4, 1),
           ("（３）滞納者数の状況", 5, 1), ("３　計画の目標", 6, 0), ("（１）目標収納率", 6, 1), ("（２）収入未済額の目標", 6, 1),
           ("４　債権ごとの取組み", 7, 0), ("市税", 7, 2), ("国民健康保険税", 8, 2), ("介護保険料", 8, 2)]
    for label, pgno, lvl in toc:
        dots = "・" * (34 - len(label) - 2 * lvl)
        P(f"{label}{dots}{pgno}", indent_mm=6 * lvl, size=11 if lvl == 0 else 10.5,
          bold_font=(lvl == 0), space_before=6 if lvl == 0 else 1)
    P("", space_after=20)
    P("【凡例】", bold_font=True, space_before=18)
    P("・強制徴収公債権：地方税の滞納処分の例により、自ら差押え等を行うことができる債権", indent_mm=4)
    P("・非強制徴収公債権：公法上の原因により発生する債権のうち、強制徴収公債権以外のもの", indent_mm=4)
    P("・私債権：契約等の私法上の原因により発生する債権", indent_mm=4)
    P("・本計画の金額は、千円未満を切り捨てて表示しているため、合計が一致しない場合がある。", indent_mm=4)
    page_break(doc)

    # ================================================================ p3 第1章
    pg = 3
    t23, t22, t17 = totals(2023), totals(2022), totals(2017)
    P("１　計画の策定にあたって", size=13, bold_font=True, space_after=6)
    P("（１）策定の趣旨", bold_font=True, space_after=2)
    s_out, v_out = okuman(t23["tot"]["outstanding"])
    s_d, v_d = okuman(abs(t23["tot"]["outstanding"] - t22["tot"]["outstanding"]))
    s_r = f"{t23['tot']['rate']:.2f}％"
    dr = r2(t23["tot"]["rate"] - t22["tot"]["rate"])
    s_dr = f"{abs(dr):.2f}ポイント"
    s_o17, v_o17 = okuman(t17["tot"]["outstanding"])
    P("　本市では、市税をはじめとする各種債権について、負担の公平性を確保し、安定した財源を確保するため、平成30（2018）年度に"
      "「海老名市債権管理条例」を施行し、全庁的な債権管理の適正化に取り組んできた。", first_mm=0)
    P(f"　{jy(2023)}決算における全債権の収入未済額は約{s_out}で、前年度から約{s_d}"
      f"{'減少' if v_d and t23['tot']['outstanding'] < t22['tot']['outstanding'] else '増加'}した。収納率は{s_r}となり、前年度と比べ{s_dr}"
      f"{'上昇' if dr >= 0 else '低下'}している。{jy(2017)}の収入未済額（約{s_o17}）と比較すると、着実に縮減が進んでいる。")
    g.fact(pg, None, "全債権", 2023, jy(2023), "total", "outstanding", "actual", v_out, "yen", f"約{s_out}", approx=True)
    g.fact(pg, None, "全債権", 2023, jy(2023), "total", "difference", "actual",
           -v_d if t23["tot"]["outstanding"] < t22["tot"]["outstanding"] else v_d, "yen", f"約{s_d}", approx=True)
    g.fact(pg, None, "全債権", 2023, jy(2023), "total", "collection_rate", "actual", t23["tot"]["rate"], "percent", s_r)
    g.fact(pg, None, "全債権", 2023, jy(2023), "total", "difference", "actual", dr, "points", s_dr)
    g.fact(pg, None, "全債権", 2017, jy(2017), "total", "outstanding", "actual", v_o17, "yen", f"約{s_o17}", approx=True)
    P("　一方で、国民健康保険税の滞納繰越分や、保育所保育料など少額の債権では、滞納が長期化する事案が依然として残っている。"
      "このため、これまでの取組みを継承しつつ、債権ごとに目標と具体的な取組みを定め、計画的に収入未済額の縮減を図るため、本計画を策定する。")
    P("（２）計画の期間", bold_font=True, space_before=6, space_after=2)
    P(f"　{jy(2025)}から{jy(2028)}までの4年間とする。")
    P("（３）対象とする債権", bold_font=True, space_before=6, space_after=2)
    P("　本市が保有する債権のうち、令和5年度決算において収入未済額が生じているものを対象とし、次のとおり区分する。")
    P("ア　強制徴収公債権", indent_mm=4)
    P("(ｱ)　市税（市民税、固定資産税、軽自動車税、都市計画税等）", indent_mm=8)
    P("(ｲ)　国民健康保険税、後期高齢者医療保険料、介護保険料、保育所保育料", indent_mm=8)
    P("イ　非強制徴収公債権（児童扶養手当返還金、生活保護費返還金等）", indent_mm=4)
    P("ウ　私債権（奨学金貸付金、市営住宅使用料等）", indent_mm=4)
    P("（４）推進体制", bold_font=True, space_before=6, space_after=2)
    P("ア　海老名市債権管理推進会議", indent_mm=4)
    P("(ｱ)　副市長を会長とし、関係部長をもって構成する。", indent_mm=8)
    P("(ｲ)　毎年度、本計画の進捗状況を確認し、必要に応じて取組みの見直しを行う。", indent_mm=8)
    P("イ　債権所管課", indent_mm=4)
    P("(ｱ)　債権ごとに年度別の目標を定め、取組みを実施する。", indent_mm=8)
    P("(ｲ)　徴収が困難な事案は、収納課と連携して滞納整理を進める。", indent_mm=8)
    P("（５）前計画期間の取組みの評価", bold_font=True, space_before=6, space_after=2)
    ta20, ta23 = D["tax"][2020]["arr"]["rate"], D["tax"][2023]["arr"]["rate"]
    dta = r2(ta23 - ta20)
    ka20, ka23 = D["kokuho"][2020]["cur"]["rate"], D["kokuho"][2023]["cur"]["rate"]
    dka = r2(ka23 - ka20)
    s1, s2, s3 = f"{ta20:.2f}％", f"{ta23:.2f}％", f"{dta:.2f}ポイント"
    s4, s5, s6 = f"{ka20:.2f}％", f"{ka23:.2f}％", f"{dka:.2f}ポイント"
    P(f"　市税の滞納繰越分の収納率は、令和2年度の{s1}から令和5年度には{s2}へと{s3}改善した。"
      f"国民健康保険税の現年課税分の収納率も、同じ期間に{s4}から{s5}へと{s6}上昇しており、"
      "口座振替の原則化や早期の催告など、滞納の発生を抑える取組みが成果を上げている。")
    g.fact(pg, "市税", "市税", 2020, "令和2年度", "arrears", "collection_rate", "actual", ta20, "percent", s1)
    g.fact(pg, "市税", "市税", 2023, "令和5年度", "arrears", "collection_rate", "actual", ta23, "percent", s2)
    g.fact(pg, "市税", "市税", 2023, "令和5年度", "arrears", "difference", "actual", dta, "points", s3)
    g.fact(pg, "国民健康保険料", "国民健康保険税", 2020, "令和2年度", "current", "collection_rate", "actual", ka20, "percent", s4)
    g.fact(pg, "国民健康保険料", "国民健康保険税", 2023, "令和5年度", "current", "collection_rate", "actual", ka23, "percent", s5)
    g.fact(pg, "国民健康保険料", "国民健康保険税", 2023, "令和5年度", "current", "difference", "actual", dka, "points", s6)
    page_break(doc)

    # ================================================================ p4 第2章 (tables)
    pg = 4
    P("２　債権の現状", size=13, bold_font=True, space_after=6)
    P("（１）全債権の収納状況の推移", bold_font=True, space_after=4)
    P("表1　全債権の収納状況（一般会計及び特別会計）", bold_font=True, align="center", size=10)
    P("（単位：千円、％）", size=8.5, align="right")
    t = table(doc, len(YEARS) + 1, 6, [36, 30, 30, 24, 26, 18])
    borders(t, 8)
    head_row(t, ["年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"])
    for i, fy in enumerate(YEARS):
        tt = totals(fy)["tot"]
        v = [jy(fy), comma(tt["assessed"] // 1000), comma(tt["collected"] // 1000), comma(tt["written_off"] // 1000),
             comma(tt["outstanding"] // 1000), f"{tt['rate']:.2f}"]
        if fy == 2020:
            v[5] += "※"
        for j, x in enumerate(v):
            cell_text(t.rows[i + 1].cells[j], x, 9, "center" if j == 0 else "right")
        for m, j in (("assessed", 1), ("collected", 2), ("written_off", 3), ("outstanding", 4)):
            g.fact(pg, None, "全債権", fy, jy(fy), "total", m, "actual", tt[m] // 1000 * 1000, "yen", v[j])
        g.fact(pg, None, "全債権", fy, jy(fy), "total", "collection_rate", "actual", tt["rate"], "percent", f"{tt['rate']:.2f}")
    for row in t.rows:
        row.height = Mm(6.5)
    P("出典：海老名市歳入歳出決算書（各年度）", size=8.5, space_before=2)
    P("※ 令和2年度は、新型コロナウイルス感染症の影響による徴収猶予の特例の適用により、収納率が一時的に低下した。", size=8.5)

    P("（２）債権別の収入未済額", bold_font=True, space_before=8, space_after=4)
    P("表2　債権別・年度別の収入未済額", bold_font=True, align="center", size=10)
    P("（単位：千円）", size=8.5, align="right")
    longrows = []
    for k in ["tax", "kokuho", "kouki", "kaigo", "hoiku", "other"]:
        for fy in (2021, 2022, 2023):
            longrows.append((k, fy))
    for fy in (2021, 2022, 2023):
        longrows.append(("sum", fy))

    def long_table(chunk, pg_):
        t = table(doc, len(chunk) + 1, 5, [44, 36, 30, 30, 30])
        borders(t, 6)
        head_row(t, ["債権名", "年度", "現年度分", "滞納繰越分", "計"])
        repeat_header(t.rows[0])
        for i, (k, fy) in enumerate(chunk):
            if k == "sum":
                tt = totals(fy)
                label, debt = "合計", None
            else:
                tt = D[k][fy]
                label, debt = SPEC[k][1], SPEC[k][0]
            v = [label, jy(fy, west=False), comma(tt["cur"]["outstanding"] // 1000),
                 comma(tt["arr"]["outstanding"] // 1000), comma(tt["tot"]["outstanding"] // 1000)]
            for j, x in enumerate(v):
                cell_text(t.rows[i + 1].cells[j], x, 9, "left" if j == 0 else ("center" if j == 1 else "right"))
                if k == "sum":
                    shade(t.rows[i + 1].cells[j], "EEEEEE")
            for s, j in (("cur", 2), ("arr", 3), ("tot", 4)):
                g.fact(pg_, debt, label, fy, v[1], segn[s], "outstanding", "actual",
                       tt[s]["outstanding"] // 1000 * 1000, "yen", v[j])
        for row in t.rows:
            row.height = Mm(6)
            cant_split(row)
        return t

    long_table(longrows[:12], pg)
    page_break(doc)

    # ================================================================ p5 (table continues, header repeated) + 滞納者数
    pg = 5
    P("表2　債権別・年度別の収入未済額（つづき）", size=9, align="left")
    long_table(longrows[12:], pg)
    sewer = 24_118_455
    s_sw = f"{comma(sewer // 1000)}千円"
    P(f"※ 下水道使用料は公営企業会計で管理しているため含まない（令和5年度末の収入未済額 {s_sw}）。", size=8.5, space_before=2)
    g.fact(pg, "下水道使用料", "下水道使用料", 2023, "令和5年度末", "total", "outstanding", "actual", sewer // 1000 * 1000, "yen", s_sw)
    P("（３）滞納者数の状況", bold_font=True, space_before=10, space_after=4)
    t = table(doc, 3, 4, [62, 32, 32, 32])
    borders(t, 6)
    head_row(t, ["区分", jy(2021, False), jy(2022, False), jy(2023, False)])
    for i, (k, lab, unit) in enumerate((("tax", "市税 滞納者数（人）", "persons"), ("kokuho", "国民健康保険税 滞納世帯数（世帯）", "households"))):
        cell_text(t.rows[i + 1].cells[0], lab, 9)
        for j, (fy, v) in enumerate(zip((2021, 2022, 2023), DELINQ[k])):
            cell_text(t.rows[i + 1].cells[j + 1], comma(v), 9, "right")
            g.fact(pg, SPEC[k][0], SPEC[k][1], fy, jy(fy, False), "total", "delinquents", "actual", v, unit, comma(v))
    for row in t.rows:
        row.height = Mm(6.5)
    dn = DELINQ["tax"][2] - DELINQ["tax"][1]
    P(f"　市税の滞納者数は年々減少しており、令和5年度は{comma(DELINQ['tax'][2])}人と、前年度から{abs(dn)}人減少した。"
      "国民健康保険税の滞納世帯数も減少傾向にあるが、被保険者世帯に占める割合は依然として高い水準にある。", space_before=4)
    g.fact(pg, "市税", "市税", 2023, "令和5年度", "total", "delinquents", "actual", DELINQ["tax"][2], "persons", f"{comma(DELINQ['tax'][2])}人")
    g.fact(pg, "市税", "市税", 2023, "令和5年度", "total", "difference", "actual", dn, "persons", f"{abs(dn)}人")

    # ================================================================ p6 landscape: 目標
    pg = 6
    sec_l = landscape_section(doc)
    P("３　計画の目標", size=13, bold_font=True, space_after=4)
    P("（１）目標収納率", bold_font=True, space_after=2)
    ycols = [(2023, "実績"), (2024, "見込"), (2025, "目標"), (2026, "目標"), (2027, "目標"), (2028, "目標")]
    keys = ["tax", "kokuho", "kouki", "kaigo", "hoiku", "other"]
    t = table(doc, 2 + 2 * len(keys), 3 + len(ycols), [12, 44, 24] + [30] * len(ycols))
    borders(t, 6)
    a = t.cell(0, 0).merge(t.cell(1 + 2 * len(keys), 0))
    cell_text(a, "収納率（％）", 9, "center", GOTHIC)
    vertical(a)
    valign_center(a)
    shade(a, "DCE6F0")
    h = t.cell(0, 1).merge(t.cell(1, 2))
    cell_text(h, "債権名・区分", 8.5, "center", GOTHIC)
    shade(h, "DCE6F0")
    valign_center(h)
    for j, (fy, b) in enumerate(ycols):
        c0 = t.cell(0, 3 + j)
        cell_text(c0, jy(fy), 8, "center", GOTHIC)
        shade(c0, "DCE6F0")
        c1 = t.cell(1, 3 + j)
        cell_text(c1, b, 8.5, "center", GOTHIC)
        shade(c1, "EEF3F8")
    for i, k in enumerate(keys):
        r0 = 2 + 2 * i
        m = t.cell(r0, 1).merge(t.cell(r0 + 1, 1))
        cell_text(m, SPEC[k][1], 9)
        valign_center(m)
        for si, (s, lab) in enumerate((("cur", "現年度分"), ("arr", "滞納繰越分"))):
            cell_text(t.cell(r0 + si, 2), lab, 8.5, "center")
            for j, (fy, b) in enumerate(ycols):
                if fy == 2023:
                    v, basis = D[k][2023][s]["rate"], "actual"
                elif fy == 2024:
                    v, basis = EST24[k][si], "estimate"
                else:
                    v, basis = TGT[k][fy - 2025][si], "target"
                x = f"{v:.2f}"
                cell_text(t.cell(r0 + si, 3 + j), x, 9, "right")
                g.fact(pg, SPEC[k][0], SPEC[k][1], fy, jy(fy), segn[s], "collection_rate", basis, v, "percent", x)
    for row in t.rows:
        row.height = Mm(5.6)
    P("※ 令和6年度見込は、令和7年1月末現在の収納実績を基に推計した。", size=8.5, space_before=2)
    P("（２）収入未済額の目標", bold_font=True, space_before=6, space_after=2)
    P("（単位：千円）", size=8.5, align="right")
    t = table(doc, 2 + len(keys) + 1, 1 + len(ycols), [56] + [32] * len(ycols))
    borders(t, 6)
    h = t.cell(0, 0).merge(t.cell(1, 0))
    cell_text(h, "債権名", 8.5, "center", GOTHIC)
    shade(h, "DCE6F0")
    valign_center(h)
    for j, (fy, b) in enumerate(ycols):
        cell_text(t.cell(0, 1 + j), jy(fy), 8, "center", GOTHIC)
        shade(t.cell(0, 1 + j), "DCE6F0")
        cell_text(t.cell(1, 1 + j), b, 8.5, "center", GOTHIC)
        shade(t.cell(1, 1 + j), "EEF3F8")
    sums = [0] * len(ycols)
    for i, k in enumerate(keys + ["sum"]):
        label = "合計" if k == "sum" else SPEC[k][1]
        debt = None if k == "sum" else SPEC[k][0]
        cell_text(t.cell(2 + i, 0), label, 9)
        for j, (fy, b) in enumerate(ycols):
            if k == "sum":
                v = sums[j]
            elif fy == 2023:
                v = D[k][2023]["tot"]["outstanding"] // 1000 * 1000
            elif fy == 2024:
                v = OUT24[k]
            else:
                v = OUTT[k][fy - 2025]
            if k != "sum":
                sums[j] += v
            basis = {"実績": "actual", "見込": "estimate", "目標": "target"}[b]
            x = comma(v // 1000)
            cell_text(t.cell(2 + i, 1 + j), x, 9, "right")
            if k == "sum":
                shade(t.cell(2 + i, 1 + j), "EEEEEE")
            g.fact(pg, debt, label, fy, jy(fy), "total", "outstanding", basis, v, "yen", x)
    for row in t.rows:
        row.height = Mm(5.6)

    # ================================================================ p7 推進シート 市税
    pg = 7
    portrait_section(doc)
    k = "tax"
    P("４　債権ごとの取組み（市税）", size=13, bold_font=True, space_after=4)
    t = table(doc, 1, 6, [20, 36, 20, 40, 20, 40])
    borders(t, 8, "1F3F66")
    for j, x in enumerate(["債権名", "市税", "所管課", "財務部 収納課", "区分", "強制徴収公債権"]):
        c = t.rows[0].cells[j]
        cell_text(c, x, 9.5, "center", GOTHIC if j % 2 == 0 else MINCHO, (255, 255, 255) if j % 2 == 0 else None)
        if j % 2 == 0:
            shade(c, "1F3F66")
    t.rows[0].height = Mm(8)
    P("（１）現状と課題", bold_font=True, space_before=6, space_after=2)
    dtx = D[k]
    s_c, s_a = f"{dtx[2023]['cur']['rate']:.2f}％", f"{dtx[2023]['arr']['rate']:.2f}％"
    s_ao, v_ao = okuman(dtx[2023]["arr"]["outstanding"], 100_000)
    P(f"　令和5年度の現年課税分の収納率は{s_c}、滞納繰越分は{s_a}で、いずれも過去5年間で最も高い水準となった。"
      f"滞納繰越分の収入未済額は約{s_ao}であり、高額・困難事案の整理が引き続き課題である。")
    g.fact(pg, "市税", "市税", 2023, "令和5年度", "current", "collection_rate", "actual", dtx[2023]["cur"]["rate"], "percent", s_c)
    g.fact(pg, "市税", "市税", 2023, "令和5年度", "arrears", "collection_rate", "actual", dtx[2023]["arr"]["rate"], "percent", s_a)
    g.fact(pg, "市税", "市税", 2023, "令和5年度", "arrears", "outstanding", "actual", v_ao, "yen", f"約{s_ao}", approx=True)
    P("（２）収納状況の推移", bold_font=True, space_before=6, space_after=0)
    P("（単位：千円、％）", size=8.5, align="right")
    yrs = [2019, 2020, 2021, 2022, 2023]
    rows = [("cur", "assessed", "現年課税分", "調定額"), ("cur", "collected", None, "収入済額"), ("cur", "rate", None, "収納率"),
            ("arr", "assessed", "滞納繰越分", "調定額"), ("arr", "collected", None, "収入済額"), ("arr", "rate", None, "収納率"),
            ("tot", "written_off", "不納欠損額", None), ("tot", "outstanding", "収入未済額", None)]
    t = table(doc, len(rows) + 1, 2 + len(yrs), [24, 20] + [26] * len(yrs))
    borders(t, 6)
    h = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(h, "区分", 8.5, "center", GOTHIC)
    shade(h, "DCE6F0")
    for j, fy in enumerate(yrs):
        cell_text(t.cell(0, 2 + j), jy(fy, False), 8.5, "center", GOTHIC)
        shade(t.cell(0, 2 + j), "DCE6F0")
    for i, (s, m, lab1, lab2) in enumerate(rows):
        r = i + 1
        if lab2 is None:
            c = t.cell(r, 0).merge(t.cell(r, 1))
            cell_text(c, lab1, 8.5)
        else:
            cell_text(t.cell(r, 1), lab2, 8.5)
        for j, fy in enumerate(yrs):
            if m == "rate":
                v = dtx[fy][s]["rate"]
                x = f"{v:.2f}"
                g.fact(pg, "市税", "市税", fy, jy(fy, False), segn[s], "collection_rate", "actual", v, "percent", x)
            else:
                v = dtx[fy][s][m]
                x = comma(v // 1000)
                g.fact(pg, "市税", "市税", fy, jy(fy, False), segn[s], m, "actual", v // 1000 * 1000, "yen", x)
            cell_text(t.cell(r, 2 + j), x, 8.5, "right")
    for r0, lab in ((1, "現年課税分"), (4, "滞納繰越分")):
        c = t.cell(r0, 0).merge(t.cell(r0 + 2, 0))
        cell_text(c, lab, 8.5, "center")
        vertical(c)
        valign_center(c)
    for row in t.rows[1:]:
        row.height = Mm(5.8)
    P("（３）目標", bold_font=True, space_before=6, space_after=2)
    # two headings side by side over two blocks
    t = table(doc, 4, 5, [40, 30, 6, 40, 30])
    borders(t, 0 if False else 4, "FFFFFF")
    cell_text(t.cell(0, 0).merge(t.cell(0, 1)), "令和5年度 実績", 10, "center", GOTHIC)
    cell_text(t.cell(0, 3).merge(t.cell(0, 4)), "令和10年度 目標", 10, "center", GOTHIC)
    shade(t.cell(0, 0), "DCE6F0")
    shade(t.cell(0, 3), "DCE6F0")
    items_l = [("現年課税分 収納率", f"{dtx[2023]['cur']['rate']:.2f}％", 2023, "current", "collection_rate", "actual", dtx[2023]["cur"]["rate"]),
               ("滞納繰越分 収納率", f"{dtx[2023]['arr']['rate']:.2f}％", 2023, "arrears", "collection_rate", "actual", dtx[2023]["arr"]["rate"]),
               ("収入未済額", f"{comma(dtx[2023]['tot']['outstanding'] // 1000)}千円", 2023, "total", "outstanding", "actual",
                dtx[2023]["tot"]["outstanding"] // 1000 * 1000)]
    items_r = [("現年課税分 収納率", f"{TGT[k][3][0]:.2f}％", 2028, "current", "collection_rate", "target", TGT[k][3][0]),
               ("滞納繰越分 収納率", f"{TGT[k][3][1]:.2f}％", 2028, "arrears", "collection_rate", "target", TGT[k][3][1]),
               ("収入未済額", f"{comma(OUTT[k][3] // 1000)}千円", 2028, "total", "outstanding", "target", OUTT[k][3])]
    for i, (l, r_) in enumerate(zip(items_l, items_r)):
        for col, it in ((0, l), (3, r_)):
            cell_text(t.cell(i + 1, col), it[0], 9)
            cell_text(t.cell(i + 1, col + 1), it[1], 9.5, "right")
            unit = "percent" if it[4] == "collection_rate" else "yen"
            fyr = "令和5年度" if it[2] == 2023 else "令和10年度"
            g.fact(pg, "市税", "市税", it[2], fyr, it[3], it[4], it[5], it[6], unit, it[1])
    P("年度別の目標", size=9.5, bold_font=True, space_before=4, space_after=1)
    t = table(doc, 4, 5, [56, 27, 27, 27, 27])
    borders(t, 6)
    head_row(t, ["区分"] + [f"令和{fy - 2018}年度" for fy in TYEARS], size=8.5)
    for i, (lab, s_, kind) in enumerate((("現年課税分 収納率（％）", "current", 0), ("滞納繰越分 収納率（％）", "arrears", 1),
                                         ("収入未済額（千円）", "total", 2))):
        cell_text(t.cell(i + 1, 0), lab, 8.5)
        for j, fy in enumerate(TYEARS):
            if kind < 2:
                v = TGT[k][fy - 2025][kind]
                x = f"{v:.2f}"
                g.fact(pg, "市税", "市税", fy, f"令和{fy - 2018}年度", s_, "collection_rate", "target", v, "percent", x)
            else:
                v = OUTT[k][fy - 2025]
                x = comma(v // 1000)
                g.fact(pg, "市税", "市税", fy, f"令和{fy - 2018}年度", s_, "outstanding", "target", v, "yen", x)
            cell_text(t.cell(i + 1, 1 + j), x, 9, "right")
    for row in t.rows:
        row.height = Mm(5.6)
    P("（４）主な取組み", bold_font=True, space_before=6, space_after=2)
    box = table(doc, 1, 1, [166])
    borders(box, 10, "1F3F66")
    cell = box.cell(0, 0)
    cell.text = ""
    groups = [("ア", "現年課税分の早期納付の促進", [("(ｱ)", "納期限後20日以内に督促状を発送し、その後の未納者に文書及び電話による催告を行う。", "継続"),
                                          ("(ｲ)", "スマートフォン決済及び地方税統一QRコードによる納付を周知し、納期内納付を促す。", "拡充")]),
              ("イ", "滞納処分の強化", [("(ｱ)", "預貯金等照会の電子化により財産調査を迅速化し、差押えを徹底する。", "拡充"),
                               ("(ｲ)", "高額・困難事案は神奈川県と共同で滞納整理を行い、捜索及び公売を実施する。", "継続")]),
              ("ウ", "徴収体制の充実", [("(ｱ)", "会計年度任用職員による納税コールセンターを設置し、職員を滞納処分に重点化する。", "新規")])]
    first = True
    for gl, gt, its in groups:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        from fg_docx import set_run_font
        r = p.add_run(f"{gl}　{gt}")
        set_run_font(r, GOTHIC, 9.5)
        for lab, txt, stt in its:
            p = cell.add_paragraph()
            p.paragraph_format.left_indent = Mm(10)
            p.paragraph_format.first_line_indent = Mm(-6)
            r = p.add_run(f"{lab}　{txt}【{stt}】")
            set_run_font(r, MINCHO, 9.5)
            g.init(pg, "市税", "市税", 2025, "主な取組み", f"(4){gl}{lab}", txt, stt)
    page_break(doc)

    # ================================================================ p8 推進シート 国保 & 介護
    pg = 8
    sheets = [("kokuho", "健康推進部 国保医療課", [
        ("ア", "資格喪失の届出時に未納の有無を確認し、窓口で納付相談を行う。", "継続"),
        ("イ", "加入の届出時に口座振替の申込みを受け付け、口座振替の原則化を進める。", "拡充"),
        ("ウ", "分納誓約の不履行者に対し、財産調査を行い、差押えを実施する。", "継続")]),
        ("kaigo", "保健福祉部 介護保険課", [
            ("ア", "普通徴収となる65歳到達者に、口座振替の勧奨通知を送付する。", "継続"),
            ("イ", "時効が到来する前の長期未納者に、給付制限の予告通知を送付する。", "継続"),
            ("ウ", "高額の滞納者は、国保医療課と合同で財産調査を行う。", "新規")])]
    for si, (k, dept, its) in enumerate(sheets):
        P(f"４　債権ごとの取組み（{SPEC[k][1]}）", size=12.5, bold_font=True, space_before=0 if si == 0 else 10, space_after=4)
        t = table(doc, 1, 2, [90, 86])
        borders(t, 8, "1F3F66")
        cell_text(t.cell(0, 0), f"債権名　{SPEC[k][1]}", 10, None, GOTHIC)
        cell_text(t.cell(0, 1), f"所管課　{dept}", 10)
        shade(t.cell(0, 0), "DCE6F0")
        t.rows[0].height = Mm(7.5)
        P("（１）収納状況と目標", bold_font=True, space_before=4, space_after=0)
        P("（単位：％、千円）", size=8.5, align="right")
        yrs = [2021, 2022, 2023]
        cols = [jy(fy, False) for fy in yrs] + ["令和10年度目標"]
        t = table(doc, 4, 1 + len(cols), [46] + [30] * len(cols))
        borders(t, 6)
        head_row(t, ["区分"] + cols, size=8.5)
        dk = D[k]
        rowdefs = [("cur", "collection_rate", "現年度分 収納率"), ("arr", "collection_rate", "滞納繰越分 収納率"),
                   ("tot", "outstanding", "収入未済額")]
        for i, (s, m, lab) in enumerate(rowdefs):
            cell_text(t.cell(i + 1, 0), lab, 9)
            for j, fy in enumerate(yrs + [2028]):
                if fy == 2028:
                    v = TGT[k][3][0 if s == "cur" else 1] if m == "collection_rate" else OUTT[k][3]
                    basis, fyr = "target", "令和10年度"
                else:
                    v = dk[fy][s]["rate"] if m == "collection_rate" else dk[fy][s]["outstanding"] // 1000 * 1000
                    basis, fyr = "actual", jy(fy, False)
                x = f"{v:.2f}" if m == "collection_rate" else comma(v // 1000)
                cell_text(t.cell(i + 1, 1 + j), x, 9, "right")
                g.fact(pg, SPEC[k][0], SPEC[k][1], fy, fyr, segn[s], m, basis, v, "percent" if m == "collection_rate" else "yen", x)
        for row in t.rows:
            row.height = Mm(6)
        P("（２）主な取組み", bold_font=True, space_before=4, space_after=2)
        for lab, txt, stt in its:
            P(f"{lab}　{txt}【{stt}】", indent_mm=8, first_mm=-5)
            g.init(pg, SPEC[k][0], SPEC[k][1], 2025, "主な取組み", f"(2){lab}", txt, stt)

    src = WORK / f"{STEM}.docx"
    doc.save(src)
    pdf = soffice_pdf(src)
    out = PDF_DIR / f"{STEM}.pdf"
    shutil.copy(pdf, out)
    g.write(out)


if __name__ == "__main__":
    build()
