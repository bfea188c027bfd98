"""金沢市債権管理計画（令和７年度～令和11年度）— python-docx → LibreOffice (portrait)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e6_common import OUT, PDF_DIR, Gold, check, comma, rate, soffice_pdf  # noqa: E402
from e6_docx import GOTHIC, box, header_footer, new_doc, page_break, para, table  # noqa: E402

STEM = "e_kanazawa_keikaku_1"
G = Gold(STEM)
YEARS = [2019, 2020, 2021, 2022, 2023]
YLAB = ["令和元年度", "２年度", "３年度", "４年度", "５年度"]
TY = [2025, 2026, 2027, 2028, 2029]
TLAB = ["令和７年度", "８年度", "９年度", "10年度", "11年度"]


def series(cur_a, cur_rates, arr0, arr_rates, wo):
    """Returns per-year dict of 千円 figures; 過年度分調定額 of a year = previous year's 収入未済額."""
    out = []
    arr_a = arr0
    for i in range(5):
        ca = cur_a[i]
        cc = round(ca * cur_rates[i] / 100)
        ac = round(arr_a * arr_rates[i] / 100)
        w = wo[i]
        o = ca - cc + arr_a - ac - w
        out.append({"ca": ca, "cc": cc, "cr": rate(cc, ca), "aa": arr_a, "ac": ac, "ar": rate(ac, arr_a), "wo": w, "out": o})
        arr_a = o
    return out


DEBTS = [
    {"name": "市税", "ka": "税務課・納税課", "kubun": "強制徴収公債権（時効５年）",
     "data": series([77912406, 78530118, 77204365, 79018422, 80127735], [98.92, 99.01, 99.08, 99.17, 99.23],
                    2804117, [26.4, 28.1, 29.6, 31.2, 32.5], [161204, 148377, 139018, 128466, 117902]),
     "del": (7214, 6688), "tgt": ([99.25, 99.28, 99.30, 99.32, 99.35], [33.0, 33.5, 34.0, 34.5, 35.0],
                                  [1420000, 1380000, 1340000, 1300000, 1260000]),
     "inits": [("①", "納期限後の早期催告を徹底し、現年度分の滞納を翌年度へ繰り越さない。", "継続", False),
               ("②", "預貯金等照会の電子化を活用し、財産調査から差押えまでの期間を短縮する。", "拡充", True),
               ("③", "石川県と共同で滞納整理を行い、高額・困難事案の整理を進める。", "継続", False)],
     "summary": "電子照会による財産調査の迅速化"},
    {"name": "国民健康保険税", "ka": "保険年金課", "kubun": "強制徴収公債権（時効５年）",
     "data": series([11824310, 11602217, 11418930, 11135602, 10978415], [93.12, 93.55, 93.90, 94.18, 94.40],
                    4318726, [18.2, 19.5, 20.6, 21.8, 22.9], [371204, 352118, 338906, 301227, 287340]),
     "del": (5218, 4931), "tgt": ([94.50, 94.60, 94.70, 94.80, 94.90], [23.5, 24.0, 24.5, 25.0, 25.5],
                                  [2480000, 2400000, 2320000, 2240000, 2160000]),
     "inits": [("①", "新規加入世帯に口座振替の申込みを勧め、納付書による納付を減らす。", "継続", False),
               ("②", "短期被保険者証の交付時に納付相談を行い、分納誓約の履行状況を毎月確認する。", "継続", False),
               ("③", "ＳＭＳ催告を導入し、初期滞納者への接触率を高める。", "新規", True)],
     "summary": "ＳＭＳ催告の導入による初期滞納の抑制"},
    {"name": "下水道使用料", "ka": "上下水道局営業課", "kubun": "強制徴収公債権（時効５年）",
     "data": series([9204512, 9187306, 9241833, 9218560, 9276104], [98.91, 98.97, 99.04, 99.10, 99.16],
                    161340, [41.2, 43.0, 44.8, 46.1, 47.5], [12406, 11820, 10935, 9872, 9104]),
     "del": (1904, 1812), "tgt": ([99.18, 99.20, 99.22, 99.24, 99.26], [48.0, 48.5, 49.0, 49.5, 50.0],
                                  [118000, 115000, 112000, 109000, 106000]),
     "inits": [("①", "水道料金と一体で催告を行い、給水停止予告と併せて納付を求める。", "継続", False),
               ("②", "強制徴収公債権であることを踏まえ、催告に応じない使用者には差押えを行う。", "拡充", True)],
     "summary": "水道料金と一体の催告及び差押えの実施"},
]


def build():
    d = new_doc(margins=(22, 20, 20, 20))
    header_footer(d, "金沢市債権管理計画", footer_fmt=("", ""))
    s0 = G.sec("金沢市債権管理計画")
    para(d, "")
    para(d, "金沢市債権管理計画", 22, True, GOTHIC, align="center")
    para(d, "（令和７年度～令和11年度）", 14, False, GOTHIC, align="center", space_after=20)
    para(d, "令和７年３月", 12, align="center")
    para(d, "金　沢　市", 12, align="center", space_after=24)
    para(d, "１　計画の趣旨", 12, True, GOTHIC)
    para(d, "　本市では、平成２６年に債権管理条例を制定し、市が保有する債権の適正な管理に取り組んできた。"
            "これまでの計画により収入未済額は着実に減少しているものの、国民健康保険税をはじめ一部の債権では"
            "依然として多額の未収金が残っている。市民負担の公平性を確保し、健全な財政運営を維持するため、"
            "新たに令和７年度から令和１１年度までの５年間を計画期間とする債権管理計画を定める。", first_mm=0)
    para(d, "２　計画期間", 12, True, GOTHIC)
    para(d, "　令和７年度から令和１１年度までの５年間")
    para(d, "３　計画の対象", 12, True, GOTHIC)
    para(d, "　市が保有する債権のうち、令和５年度決算において収入未済額が生じている全ての債権を対象とし、"
            "収入未済額の大きい次の３債権を重点債権として、債権ごとに目標と取組を定める。")

    # ---- 4 一覧 table (two headings side by side) ----
    page_break(d)
    s1 = G.sec("４　重点債権の目標一覧")
    para(d, "４　重点債権の目標一覧", 12, True, GOTHIC)
    rows = [["債権名", "現年度分徴収率（％）", None, "収入未済額（千円）", None, "計画期間の重点"],
            [None, "R5実績", "R11目標", "R5実績", "R11目標", None]]
    for x in DEBTS:
        y = x["data"][-1]
        cr_t, ar_t, out_t = x["tgt"]
        rows.append([x["name"], f"{y['cr']:.2f}", f"{cr_t[-1]:.2f}", comma(y["out"]), comma(out_t[-1]), x["summary"]])
        G.fact(s1, x["name"], 2023, "R5実績", "current", "collection_rate", "actual", y["cr"], "percent",
               f"{y['cr']:.2f}", row=x["name"])
        G.fact(s1, x["name"], 2029, "R11目標", "current", "collection_rate", "target", cr_t[-1], "percent",
               f"{cr_t[-1]:.2f}", row=x["name"])
        G.fact(s1, x["name"], 2023, "R5実績", "total", "outstanding", "actual", y["out"] * 1000, "yen",
               comma(y["out"]), row=x["name"])
        G.fact(s1, x["name"], 2029, "R11目標", "total", "outstanding", "target", out_t[-1] * 1000, "yen",
               comma(out_t[-1]), row=x["name"])
    table(d, rows, [30, 20, 20, 24, 24, 50], size=9, header_rows=2, align=["l", "r", "r", "r", "r", "l"],
          merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 1, 5)])
    para(d, "※ 収入未済額は現年度分と過年度分の合計。R5は令和５年度、R11は令和11年度を表す。", 8.5)
    para(d, "")
    tot5 = sum(x["data"][-1]["out"] for x in DEBTS)
    para(d, f"　重点３債権の令和５年度末の収入未済額は合計{comma(tot5)}千円であり、計画期間の最終年度までに、"
            "これを段階的に縮減することを目指す。")
    G.fact(s1, None, 2023, "令和５年度末", "total", "outstanding", "actual", tot5 * 1000, "yen", f"{comma(tot5)}千円",
           debt_raw="重点３債権")

    # ---- 5 per-debt sheets ----
    for x in DEBTS:
        page_break(d)
        name = x["name"]
        s = G.sec(f"５　債権ごとの取組（{name}）")
        para(d, f"５　債権ごとの取組（{name}）", 12, True, GOTHIC)
        table(d, [["所管課", x["ka"], "債権の区分", x["kubun"]]], [24, 52, 24, 60], size=9.5, header_rows=0,
              align=["c", "l", "c", "l"])
        para(d, "")
        para(d, "（１）徴収実績の推移", 10.5, True, GOTHIC)
        para(d, "（単位：千円、徴収率は％）", 8.5, align="right")
        rows = [["年度", "現年度分", None, None, "過年度分", None, None, "不納欠損額", "収入未済額"],
                [None, "調定額", "収入済額", "徴収率", "調定額", "収入済額", "徴収率", None, None]]
        for i, y in enumerate(x["data"]):
            fy, fyl = YEARS[i], YLAB[i]
            rows.append([fyl, comma(y["ca"]), comma(y["cc"]), f"{y['cr']:.2f}", comma(y["aa"]), comma(y["ac"]),
                         f"{y['ar']:.2f}", comma(y["wo"]), comma(y["out"])])
            for sg, m, v in (("current", "assessed", y["ca"]), ("current", "collected", y["cc"]),
                             ("arrears", "assessed", y["aa"]), ("arrears", "collected", y["ac"]),
                             ("total", "written_off", y["wo"]), ("total", "outstanding", y["out"])):
                G.fact(s, name, fy, fyl, sg, m, "actual", v * 1000, "yen", comma(v), row=fyl)
            G.fact(s, name, fy, fyl, "current", "collection_rate", "actual", y["cr"], "percent", f"{y['cr']:.2f}", row=fyl)
            G.fact(s, name, fy, fyl, "arrears", "collection_rate", "actual", y["ar"], "percent", f"{y['ar']:.2f}", row=fyl)
        table(d, rows, [20, 22, 22, 13, 20, 20, 13, 18, 20], size=8, header_rows=2,
              align=["c", "r", "r", "r", "r", "r", "r", "r", "r"],
              merges=[(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 6), (0, 7, 1, 7), (0, 8, 1, 8)])
        para(d, "※ 過年度分の調定額は、前年度末の収入未済額を繰り越したもの。", 8)
        d5, d4 = min(x["del"]), max(x["del"])
        para(d, "")
        para(d, "（２）滞納の状況", 10.5, True, GOTHIC)
        txt = (f"　令和５年度末の滞納者数は{d5:,}人で、令和４年度末の{d4:,}人から減少した。"
               "滞納の主な要因は、生活困窮のほか、納付の失念や転出による所在不明である。")
        para(d, txt)
        G.fact(s, name, 2023, "令和５年度末", "total", "delinquents", "actual", d5, "persons", f"{d5:,}人")
        G.fact(s, name, 2022, "令和４年度末", "total", "delinquents", "actual", d4, "persons", f"{d4:,}人")
        para(d, "（３）目標", 10.5, True, GOTHIC)
        cr_t, ar_t, out_t = x["tgt"]
        rows = [["区分"] + TLAB]
        rows.append(["現年度分徴収率（％）"] + [f"{v:.2f}" for v in cr_t])
        rows.append(["過年度分徴収率（％）"] + [f"{v:.1f}" for v in ar_t])
        rows.append(["収入未済額（千円）"] + [comma(v) for v in out_t])
        for i in range(5):
            G.fact(s, name, TY[i], TLAB[i], "current", "collection_rate", "target", cr_t[i], "percent",
                   f"{cr_t[i]:.2f}", row="現年度分徴収率")
            G.fact(s, name, TY[i], TLAB[i], "arrears", "collection_rate", "target", ar_t[i], "percent",
                   f"{ar_t[i]:.1f}", row="過年度分徴収率")
            G.fact(s, name, TY[i], TLAB[i], "total", "outstanding", "target", out_t[i] * 1000, "yen",
                   comma(out_t[i]), row="収入未済額（千円）")
        table(d, rows, [38, 24, 24, 24, 24, 24], size=9, align=["l", "r", "r", "r", "r", "r"])
        para(d, "")
        para(d, "（４）目標達成に向けた取組", 10.5, True, GOTHIC)
        lines = []
        for lab, t, stt, wrap in x["inits"]:
            if wrap:
                lines.append(f"{lab}　{t}")
                lines.append(f"【{stt}】")
            else:
                lines.append(f"{lab}　{t}【{stt}】")
            G.init(s, name, 2025, "目標達成に向けた取組", lab, t, stt)
        box(d, lines, 160)

    docx = OUT / f"{STEM}.docx"
    OUT.mkdir(parents=True, exist_ok=True)
    d.save(docx)
    pdf = soffice_pdf(docx, PDF_DIR / f"{STEM}.pdf", "kanazawa")
    document = {"kind": "plan", "municipality": "金沢市", "title": "金沢市債権管理計画（令和７年度～令和11年度）",
                "date": "2025-03-01", "date_raw": "令和７年３月"}
    gold = G.write(pdf, document)
    print(STEM, check(pdf, gold))


if __name__ == "__main__":
    build()
