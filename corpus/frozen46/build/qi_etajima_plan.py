"""qi_etajima_plan_1: 第2次江田島市債権管理計画 (令和7～9年度), python-docx -> LibreOffice."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from qi_common import (Facts, Inits, PDF_DIR, WORK, c, chain, check, fr, q, rate, tri, trif, write_gold, zen)
from qi_docxkit import (GOTHIC, MINCHO, Cm, cell_borders, font, footer_page_number, make_table, new_doc,
                        page_break, para, set_cell, tabs, to_pdf)

STEM = "qi_etajima_plan_1"
CITY = "江田島市"
YEARS = list(range(2017, 2024))      # H29 .. R5

# name: (会計, 所管課, 区分, chain args)
DEBTS = {
    "市税": ("一般会計", "税務課", "強制徴収公債権",
           chain(YEARS, [2618340, 2642115, 2655870, 2603412, 2631958, 2648207, 2672531],
                 [98.74, 98.81, 98.90, 98.86, 99.02, 99.11, 99.20], 118420,
                 [19.2, 20.1, 21.4, 22.0, 23.6, 24.9, 26.3], [5.1, 4.8, 4.4, 4.2, 3.9, 3.6, 3.3])),
    "保育所保育料": ("一般会計", "子育て支援課", "強制徴収公債権",
               chain(YEARS, [61240, 59818, 48352, 38127, 37410, 36852, 36105],
                     [97.92, 98.05, 98.21, 98.33, 98.46, 98.62, 98.80], 9812,
                     [12.4, 13.0, 13.8, 14.6, 15.9, 16.8, 17.7], [5.2, 5.5, 5.9, 6.1, 6.4, 6.6, 6.9])),
    "市営住宅使用料": ("一般会計", "都市整備課", "私債権",
                chain(YEARS, [97815, 97102, 96640, 96215, 95870, 95412, 94966],
                      [95.84, 96.02, 96.15, 96.31, 96.50, 96.68, 96.85], 36214,
                      [9.1, 9.6, 10.2, 10.9, 11.6, 12.3, 12.9], [2.2, 2.5, 2.8, 3.1, 3.3, 3.6, 3.9])),
    "生活保護費返還金": ("一般会計", "社会福祉課", "非強制徴収公債権",
                 chain(YEARS, [14215, 13802, 15120, 13977, 14410, 13865, 14502],
                       [62.5, 63.8, 64.6, 66.1, 67.4, 68.8, 69.7], 41306,
                       [4.1, 4.4, 4.6, 4.9, 5.3, 5.6, 6.0], [1.2, 1.5, 1.8, 2.1, 2.4, 2.6, 2.9])),
    "奨学金貸付金": ("一般会計", "教育総務課", "私債権",
               chain(YEARS, [8215, 8402, 8316, 8127, 8390, 8254, 8476],
                     [88.2, 88.9, 89.6, 90.1, 90.8, 91.4, 92.0], 12540,
                     [8.1, 8.5, 8.9, 9.4, 9.9, 10.5, 11.1], [0, 0, 0, 0, 0, 0, 0])),
    "国民健康保険税": ("国民健康保険特別会計", "保険医療課", "強制徴収公債権",
                chain(YEARS, [538412, 531207, 526880, 521345, 517902, 512436, 506118],
                      [94.28, 94.51, 94.70, 94.92, 95.15, 95.37, 95.58], 176230,
                      [15.1, 15.8, 16.4, 17.2, 18.0, 18.9, 19.6], [6.2, 5.9, 5.6, 5.2, 4.9, 4.6, 4.3])),
    "介護保険料": ("介護保険特別会計", "長寿介護課", "強制徴収公債権",
              chain(YEARS, [548215, 553412, 558870, 562104, 566318, 569027, 571842],
                    [98.68, 98.75, 98.82, 98.90, 98.96, 99.03, 99.09], 19215,
                    [15.4, 16.3, 17.1, 18.2, 19.0, 19.9, 20.8], [14.1, 13.6, 13.0, 12.4, 11.8, 11.1, 10.5])),
    "後期高齢者医療保険料": ("後期高齢者医療特別会計", "保険医療課", "強制徴収公債権",
                   chain(YEARS, [248106, 251375, 254912, 257330, 259841, 266218, 275904],
                         [99.31, 99.36, 99.41, 99.45, 99.50, 99.54, 99.58], 2915,
                         [40.2, 41.1, 42.5, 43.4, 44.6, 45.5, 46.8], [9.3, 8.9, 8.4, 7.9, 7.4, 6.8, 6.2])),
    "下水道使用料": ("下水道事業会計", "下水道課", "強制徴収公債権",
               chain(YEARS, [304518, 306720, 308915, 310242, 311806, 312975, 313410],
                     [98.92, 98.97, 99.01, 99.05, 99.10, 99.14, 99.19], 7612,
                     [42.3, 43.1, 44.0, 45.2, 46.1, 47.0, 47.9], [4.4, 4.2, 4.0, 3.8, 3.6, 3.4, 3.1])),
    "下水道事業受益者負担金": ("下水道事業会計", "下水道課", "強制徴収公債権",
                    chain(YEARS, [5612, 5408, 5297, 5186, 5320, 5241, 5135],
                          [93.1, 93.5, 93.9, 94.2, 94.6, 94.9, 95.3], 6815,
                          [8.2, 8.8, 9.3, 9.9, 10.6, 11.2, 11.9], [0, 0, 0, 0, 0, 0, 0])),
}
ORDER = list(DEBTS)
KAIKEI = ["一般会計", "国民健康保険特別会計", "介護保険特別会計", "後期高齢者医療特別会計", "下水道事業会計"]


def D(k, y):
    return DEBTS[k][3][y]


def tot(y, key):
    return sum(D(k, y)[key] for k in ORDER)


def wa(y):
    """令和5（2023）年度"""
    r = y - 2018
    return f"令和{'元' if r == 1 else r}（{y}）年度" if r >= 1 else f"平成{y - 1988}（{y}）年度"


F = Facts()
I = Inits()
doc = new_doc((20, 20, 20, 20))
sec = doc.sections[0]
footer_page_number(sec, first_blank=True)

G, M = GOTHIC, MINCHO
HDR = "D9D9D9"
SUB = "F2F2F2"


def h1(t, before=10):
    para(doc, t, 12.5, G, before=before, after=4)


def h2(t, before=6):
    para(doc, t, 11, G, before=before, after=2)


def body(t, indent=0.35, first=0.35, size=10.5):
    return para(doc, t, size, M, "j", indent_cm=indent, first_cm=first, after=2)


def caption(t, right=None):
    p = para(doc, t, 9.5, G, before=6, after=2)
    if right:
        tabs(p, [(17.0, "r")])
        font(p.add_run("\t" + right), M, 8.5)
    return p


# ================================================================ p1 cover (31)
def p1():
    for _ in range(8):
        para(doc, "")
    para(doc, "第２次", 20, G, "c")
    para(doc, "江田島市債権管理計画", 26, G, "c", before=6)
    para(doc, "令和７年度（2025年度）～令和９年度（2027年度）", 13, M, "c", before=18)
    for _ in range(14):
        para(doc, "")
    para(doc, "令和７年３月", 14, M, "c")
    para(doc, "江 田 島 市", 16, G, "c", before=10)
    page_break(doc)


# ================================================================ p2 目次 + 趣旨 (31, 36, 12)
def p2():
    para(doc, "目　　次", 14, G, "c", after=10)
    toc = [("１　計画策定の趣旨", "2"), ("２　計画の期間", "2"), ("３　本市の債権の現状", "3"),
           ("４　収入未済額と収納率の推移", "4"), ("５　債権別の収納状況", "5"), ("６　計画の目標", "7"),
           ("７　債権ごとの取組（推進シート）", "7")]
    for t, pg in toc:
        p = para(doc, "", 11, M, indent_cm=1.0, after=4)
        tabs(p, [(15.5, "r")])
        font(p.add_run(f"{t}\t{pg}"), M, 11)
        p.paragraph_format.tab_stops[0]._element.set(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}leader", "dot")
    para(doc, "")
    h1("１　計画策定の趣旨")
    h2("（１）背景")
    body("本市では、平成３０年４月に江田島市債権管理条例を施行し、市の債権全般について管理の適正化を図るため、"
         "全庁的な取組を進めてきました。令和三年度には第１次江田島市債権管理計画（令和４年度から令和６年度まで）を"
         "策定し、債権ごとに目標収納率と具体的な取組を定め、進捗を管理してきました。")
    h2("（２）第１次計画の成果と課題")
    para(doc, "ア　成果", 10.5, M, indent_cm=0.35, after=1)
    body("（ｱ）現年度分の早期納付の勧奨と滞納処分の強化により、主要債権の現年度分収納率は全ての債権で上昇しました。",
         indent=0.9, first=0)
    body("（ｲ）執行停止や債権放棄の判断基準を整理し、徴収の見込みのない債権の整理が進みました。", indent=0.9, first=0)
    para(doc, "イ　課題", 10.5, M, indent_cm=0.35, after=1)
    body("（ｱ）非強制徴収公債権及び私債権の収納率は低い水準にとどまっています。", indent=0.9, first=0)
    body("（ｲ）担当職員の異動に伴い、債権管理のノウハウが継承されにくい状況があります。", indent=0.9, first=0)
    h2("（３）計画の目的")
    body("第１次計画の期間満了に伴い、市民負担の公平性の確保と健全な財政運営に資するため、"
         "第２次江田島市債権管理計画を策定します。")
    h1("２　計画の期間")
    body("本計画の期間は、令和７（２０２５）年度から令和９（２０２７）年度までの３か年とします。"
         "なお、社会経済情勢の変化や関係法令の改正等により、必要に応じて見直しを行います。")
    page_break(doc)


# ================================================================ p3 債権の現状 (54, 59, 50, 5, 44)
def p3():
    p = 3
    h1("３　本市の債権の現状", before=0)
    h2("（１）会計別・債権別の収入未済額", before=2)
    caption("表１　会計別・債権別の収入未済額", "（単位：千円）")
    rows = []
    for kk in KAIKEI:
        ks = [k for k in ORDER if DEBTS[k][0] == kk]
        for k in ks:
            rows.append(("debt", kk, k))
        if len(ks) > 1:
            rows.append(("sub", kk, ks))
    rows.append(("grand", None, ORDER))
    t = make_table(doc, len(rows) + 1, 6, [3.1, 3.5, 2.3, 3.1, 3.1, 1.9], row_h_cm=0.52)
    hdr = ["会計", "債権名", "所管課", "令和4（2022）年度", "令和5（2023）年度", "増減"]
    for j, h in enumerate(hdr):
        set_cell(t.cell(0, j), h, 7.5, G, "c", HDR)
    first_row = {}
    for i, (kind, kk, x) in enumerate(rows, start=1):
        if kind == "debt":
            k = x
            o4, o5 = D(k, 2022)["out"], D(k, 2023)["out"]
            first_row.setdefault(kk, i)
            set_cell(t.cell(i, 1), k, 8.5, M)
            set_cell(t.cell(i, 2), DEBTS[k][1], 8.5, M)
            debt, raw = k, k
        elif kind == "sub":
            o4 = sum(D(k, 2022)["out"] for k in x)
            o5 = sum(D(k, 2023)["out"] for k in x)
            set_cell(t.cell(i, 1), "会計計", 8.5, G, "c", SUB)
            set_cell(t.cell(i, 2), "", 8.5, M, fill=SUB)
            debt, raw = None, "会計計"
        else:
            o4, o5 = tot(2022, "out"), tot(2023, "out")
            debt, raw = None, "総計"
        vals = [c(o4), c(o5), tri(o5 - o4)]
        fill = SUB if kind != "debt" else None
        for j, v in enumerate(vals):
            set_cell(t.cell(i, 3 + j), v, 8.5, M, "r", fill)
        if kind == "grand":
            a = t.cell(i, 0).merge(t.cell(i, 2))
            set_cell(a, "総計", 8.5, G, "c", SUB)
        F.add(p, debt, raw, 2022, "令和4（2022）年度", "total", "outstanding", "actual", o4 * 1000, "yen", c(o4))
        F.add(p, debt, raw, 2023, "令和5（2023）年度", "total", "outstanding", "actual", o5 * 1000, "yen", c(o5))
        F.add(p, debt, raw, 2023, "令和5（2023）年度", "total", "difference", "actual", (o5 - o4) * 1000, "yen", tri(o5 - o4))
    # merge 会計 column over its rows
    for kk in KAIKEI:
        idx = [i for i, (kind, k2, _) in enumerate(rows, start=1) if k2 == kk]
        top, bot = idx[0], idx[-1]
        m = t.cell(top, 0).merge(t.cell(bot, 0)) if bot > top else t.cell(top, 0)
        set_cell(m, kk, 8.5, M, "c")
    para(doc, "※ 増減は令和5年度から令和4年度を差し引いたもの（△は減少）。", 8.5, M, before=2)

    h2("（２）会計区分別の調定額・収入済額", before=8)
    caption("表２　会計区分別の調定額・収入済額（令和5年度決算）", "（単位：千円、％）")
    secs = [("【一般会計】", [k for k in ORDER if DEBTS[k][0] == "一般会計"]),
            ("【特別会計】", ["国民健康保険税", "介護保険料", "後期高齢者医療保険料"]),
            ("【公営企業会計】", ["下水道使用料", "下水道事業受益者負担金"])]
    nrows = 1 + sum(len(v) + 2 for _, v in secs) + 1
    t = make_table(doc, nrows, 4, [5.6, 3.6, 3.6, 2.6], row_h_cm=0.48)
    for j, h in enumerate(["区分・債権名", "調定額", "収入済額", "収納率"]):
        set_cell(t.cell(0, j), h, 8.5, G, "c", HDR)
    i = 1
    y = 2023
    for sname, ks in secs:
        m = t.cell(i, 0).merge(t.cell(i, 3))
        set_cell(m, sname, 8.5, G, "l", SUB)
        i += 1
        for k in ks:
            d = D(k, y)
            set_cell(t.cell(i, 0), "　" + k, 8.5, M)
            for j, v in enumerate([c(d["tot_a"]), c(d["tot_c"]), fr(d["tot_r"])]):
                set_cell(t.cell(i, 1 + j), v, 8.5, M, "r")
            F.add(p, k, k, y, "令和5年度", "total", "assessed", "actual", d["tot_a"] * 1000, "yen", c(d["tot_a"]))
            F.add(p, k, k, y, "令和5年度", "total", "collected", "actual", d["tot_c"] * 1000, "yen", c(d["tot_c"]))
            F.add(p, k, k, y, "令和5年度", "total", "collection_rate", "actual", d["tot_r"], "percent", fr(d["tot_r"]))
            i += 1
        sa = sum(D(k, y)["tot_a"] for k in ks)
        sc = sum(D(k, y)["tot_c"] for k in ks)
        sr = rate(sc, sa)
        set_cell(t.cell(i, 0), "小計", 8.5, G, "c", SUB)
        for j, v in enumerate([c(sa), c(sc), fr(sr)]):
            set_cell(t.cell(i, 1 + j), v, 8.5, M, "r", SUB)
        F.add(p, None, "小計", y, "令和5年度", "total", "assessed", "actual", sa * 1000, "yen", c(sa))
        F.add(p, None, "小計", y, "令和5年度", "total", "collected", "actual", sc * 1000, "yen", c(sc))
        F.add(p, None, "小計", y, "令和5年度", "total", "collection_rate", "actual", sr, "percent", fr(sr))
        i += 1
    ga, gc = tot(y, "tot_a"), tot(y, "tot_c")
    gr = rate(gc, ga)
    set_cell(t.cell(i, 0), "合計", 8.5, G, "c", HDR)
    for j, v in enumerate([c(ga), c(gc), fr(gr)]):
        set_cell(t.cell(i, 1 + j), v, 8.5, M, "r", HDR)
    F.add(p, None, "合計", y, "令和5年度", "total", "assessed", "actual", ga * 1000, "yen", c(ga))
    F.add(p, None, "合計", y, "令和5年度", "total", "collected", "actual", gc * 1000, "yen", c(gc))
    F.add(p, None, "合計", y, "令和5年度", "total", "collection_rate", "actual", gr, "percent", fr(gr))
    page_break(doc)


# ================================================================ p4 推移 (20, 41, 51, 44, 52, 55, 56, 2, 4, 16)
def mil(y):
    return float(q(tot(y, "out") / 1000, 1))


def p4():
    p = 4
    h1("４　収入未済額と収納率の推移", before=0)
    h2("（１）収入未済額の推移", before=2)
    m5, m4, m29 = mil(2023), mil(2022), mil(2017)
    s5 = int(round(m5 * 100))          # 万円 digits: 412.3百万円 -> 41230万円
    d54 = float(q(m5 - m4, 1))
    t5 = f"約{zen(str(s5 // 10000))}億{zen(format(s5 % 10000, ','))}万円"
    td = f"約{zen(format(int(round(abs(d54) * 100)), ','))}万円"
    s29 = int(round(m29 * 100))
    t29 = f"約{zen(str(s29 // 10000))}億{zen(format(s29 % 10000, ','))}万円"
    body(f"令和５（２０２３）年度末の全債権の収入未済額は{t5}で、前年度から{td}減少しました。"
         f"平成２９（２０１７）年度末の{t29}から年々減少していますが、国民健康保険税と市税で全体の"
         f"約６割を占めています。")
    F.add(p, None, None, 2023, "令和５（２０２３）年度", "total", "outstanding", "actual", s5 * 10000, "yen", t5, approx=True)
    F.add(p, None, None, 2023, "令和５（２０２３）年度", "total", "difference", "actual", round(d54 * 1000000), "yen", td,
          approx=True)
    F.add(p, None, None, 2017, "平成２９（２０１７）年度", "total", "outstanding", "actual", s29 * 10000, "yen", t29, approx=True)
    caption("表３　全債権の収入未済額の推移", "（単位：百万円、％）")
    yrs = [2023, 2022, 2021, 2020, 2019]       # descending (52), years head rows (44)
    t = make_table(doc, len(yrs) + 2, 4, [5.0, 3.2, 3.2, 3.2], row_h_cm=0.5)
    for j, h in enumerate(["年度", "収入未済額", "増減額", "増減率"]):
        set_cell(t.cell(0, j), h, 8.5, G, "c", HDR)
    for i, y in enumerate(yrs, start=1):
        a, b = mil(y), mil(y - 1)
        dd = float(q(a - b, 1))
        pct = float(q(dd / b * 100, 1))
        set_cell(t.cell(i, 0), wa(y), 8.5, M, "c")
        for j, v in enumerate([f"{a:.1f}", trif(dd, 1, "△"), trif(pct, 1, "△")]):
            set_cell(t.cell(i, 1 + j), v, 8.5, M, "r")
        F.add(p, None, None, y, wa(y), "total", "outstanding", "actual", round(a * 1000000), "yen", f"{a:.1f}")
        F.add(p, None, None, y, wa(y), "total", "difference", "actual", round(dd * 1000000), "yen", trif(dd, 1, "△"))
    avg = float(q(sum(mil(y) for y in yrs) / 5, 1))
    set_cell(t.cell(len(yrs) + 1, 0), "5年平均", 8.5, G, "c", SUB)
    set_cell(t.cell(len(yrs) + 1, 1), f"{avg:.1f}", 8.5, M, "r", SUB)
    set_cell(t.cell(len(yrs) + 1, 2), "", 8.5, M, fill=SUB)
    set_cell(t.cell(len(yrs) + 1, 3), "", 8.5, M, fill=SUB)
    F.add(p, None, None, None, "5年平均", "total", "outstanding", "actual", round(avg * 1000000), "yen", f"{avg:.1f}")
    para(doc, "※ 増減率＝増減額÷前年度の収入未済額×100", 8.5, M, before=2)

    h2("（２）主要債権の現年度分収納率", before=8)
    caption("表４　主要債権の現年度分収納率（単位：％）")
    main = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育所保育料", "市営住宅使用料"]
    stops = [(6.5, "r"), (9.5, "r"), (12.0, "r")]
    pp = para(doc, "", 9.5, G, indent_cm=0.5, after=2)
    tabs(pp, stops)
    font(pp.add_run("債権名\t令和4年度\t令和5年度\t差"), G, 9.5)
    for k in main:
        r4, r5 = D(k, 2022)["cur_r"], D(k, 2023)["cur_r"]
        dd = float(q(r5 - r4))
        pp = para(doc, "", 9.5, M, indent_cm=0.5, after=1)
        tabs(pp, stops)
        font(pp.add_run(f"{k}\t{fr(r4)}\t{fr(r5)}\t{trif(dd, 2, '△')}"), M, 9.5)
        F.add(p, k, k, 2022, "令和4年度", "current", "collection_rate", "actual", r4, "percent", fr(r4))
        F.add(p, k, k, 2023, "令和5年度", "current", "collection_rate", "actual", r5, "percent", fr(r5))
        F.add(p, k, k, 2023, "令和5年度", "current", "difference", "actual", dd, "points", trif(dd, 2, "△"))
    para(doc, "※ 差はポイント。", 8.5, M, before=2, indent_cm=0.5)

    h2("（３）主要債権の滞納繰越分収納率", before=8)
    caption("表５　滞納繰越分収納率の推移", "（単位：％）")
    t = make_table(doc, len(main) + 1, 4, [5.6, 3.0, 3.0, 3.0], border=None, row_h_cm=0.46)
    for j, h in enumerate(["債権名", "令和3年度", "令和4年度", "令和5年度"]):
        set_cell(t.cell(0, j), h, 8.5, G, "c" if j else "l")
        cell_borders(t.cell(0, j), top="single", bottom="single")
    for i, k in enumerate(main, start=1):
        set_cell(t.cell(i, 0), k, 8.5, M)
        for j, y in enumerate([2021, 2022, 2023]):
            v = D(k, y)["arr_r"]
            set_cell(t.cell(i, 1 + j), fr(v), 8.5, M, "r")
            F.add(p, k, k, y, f"令和{y - 2018}年度", "arrears", "collection_rate", "actual", v, "percent", fr(v))
    page_break(doc)


# ================================================================ p5-p6 long-format table (21, 17, 12, 16)
LONG_HDR = ["債権名", "年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
LONG_W = [4.4, 1.4, 2.5, 2.5, 2.0, 2.3, 1.7]


def long_table(p, ks):
    n = 1 + 3 * len(ks)
    t = make_table(doc, n, 7, LONG_W, row_h_cm=0.47)
    for j, h in enumerate(LONG_HDR):
        set_cell(t.cell(0, j), h, 8.5, G, "c", HDR)
    i = 1
    for k in ks:
        for y in (2021, 2022, 2023):
            d = D(k, y)
            yraw = f"{y - 2018}年度"
            vals = [c(d["tot_a"]), c(d["tot_c"]), c(d["wo"]) if d["wo"] else "－", c(d["out"]), fr(d["tot_r"])]
            set_cell(t.cell(i, 1), yraw, 8.5, M, "c")
            for j, v in enumerate(vals):
                set_cell(t.cell(i, 2 + j), v, 8.5, M, "r")
            F.add(p, k, k, y, yraw, "total", "assessed", "actual", d["tot_a"] * 1000, "yen", vals[0])
            F.add(p, k, k, y, yraw, "total", "collected", "actual", d["tot_c"] * 1000, "yen", vals[1])
            if d["wo"]:
                F.add(p, k, k, y, yraw, "total", "written_off", "actual", d["wo"] * 1000, "yen", vals[2])
            F.add(p, k, k, y, yraw, "total", "outstanding", "actual", d["out"] * 1000, "yen", vals[3])
            F.add(p, k, k, y, yraw, "total", "collection_rate", "actual", d["tot_r"], "percent", vals[4])
            i += 1
        m = t.cell(i - 3, 0).merge(t.cell(i - 1, 0))
        set_cell(m, k, 8.5, M, "l")


def p5():
    p = 5
    h1("５　債権別の収納状況", before=0)
    body("令和３年度から令和５年度までの各債権の収納状況は、表６のとおりです。"
         "調定額、収入済額及び収入未済額は現年度分と滞納繰越分の合計です。")
    caption("表６　債権別の収納状況（令和３年度～令和５年度）", "（単位：千円、％）")
    long_table(p, ORDER[:6])
    para(doc, "（次ページへ続く）", 8.5, M, "r", before=2)
    page_break(doc)


def p6():
    p = 6
    caption("表６　債権別の収納状況（続き）", "（単位：千円、％）")
    long_table(p, ORDER[6:])
    para(doc, "※ 「－」は該当がないもの。", 8.5, M, before=2)
    d = D("市税", 2023)
    para(doc, f"※ 令和5年度の市税の収入未済額のうち滞納繰越分 {c(d['out_arr'])}千円", 8.5, M)
    F.add(p, "市税", "市税", 2023, "令和5年度", "arrears", "outstanding", "actual", d["out_arr"] * 1000, "yen",
          f"{c(d['out_arr'])}千円")

    # units inside column headers (40)
    caption("表７　特別会計等の現年度分の状況（令和５年度）")
    ks = ["介護保険料", "後期高齢者医療保険料", "下水道使用料"]
    t = make_table(doc, 4, 5, [4.4, 3.2, 3.2, 2.6, 3.2], row_h_cm=0.5)
    for j, h in enumerate(["債権名", "調定額（千円）", "収入済額（千円）", "収納率（％）", "収入未済額（千円）"]):
        set_cell(t.cell(0, j), h, 8.5, G, "c", HDR)
    for i, k in enumerate(ks, start=1):
        d = D(k, 2023)
        vals = [c(d["cur_a"]), c(d["cur_c"]), fr(d["cur_r"]), c(d["out_cur"])]
        set_cell(t.cell(i, 0), k, 8.5, M)
        for j, v in enumerate(vals):
            set_cell(t.cell(i, 1 + j), v, 8.5, M, "r")
        F.add(p, k, k, 2023, "令和５年度", "current", "assessed", "actual", d["cur_a"] * 1000, "yen", vals[0])
        F.add(p, k, k, 2023, "令和５年度", "current", "collected", "actual", d["cur_c"] * 1000, "yen", vals[1])
        F.add(p, k, k, 2023, "令和５年度", "current", "collection_rate", "actual", d["cur_r"], "percent", vals[2])
        F.add(p, k, k, 2023, "令和５年度", "current", "outstanding", "actual", d["out_cur"] * 1000, "yen", vals[3])

    # a table in 円 on the same page with a 備考 column (43)
    caption("表８　貸付金・返還金等の状況（令和５年度末）", "（単位：円）")
    ks = [("奨学金貸付金", 214, -163), ("生活保護費返還金", -388, 57), ("下水道事業受益者負担金", 131, -242)]
    t = make_table(doc, 4, 5, [4.0, 2.5, 2.5, 2.5, 5.3], row_h_cm=0.55)
    for j, h in enumerate(["債権名", "調定額", "収入済額", "収入未済額", "備考"]):
        set_cell(t.cell(0, j), h, 8.5, G, "c", HDR)
    for i, (k, da, dc) in enumerate(ks, start=1):
        d = D(k, 2023)
        ay = d["tot_a"] * 1000 + da
        cy = d["tot_c"] * 1000 + dc
        wy = d["wo"] * 1000
        oy = ay - cy - wy
        arr_y = d["out_arr"] * 1000 + (da - dc) // 3
        note = f"うち滞納繰越分 {c(arr_y)}円"
        if wy:
            note += f"\n不納欠損額 {c(wy)}円"
        set_cell(t.cell(i, 0), k, 8.5, M)
        for j, v in enumerate([c(ay), c(cy), c(oy)]):
            set_cell(t.cell(i, 1 + j), v, 8.5, M, "r")
        set_cell(t.cell(i, 4), note, 8, M)
        F.add(p, k, k, 2023, "令和５年度末", "total", "assessed", "actual", ay, "yen", c(ay))
        F.add(p, k, k, 2023, "令和５年度末", "total", "collected", "actual", cy, "yen", c(cy))
        F.add(p, k, k, 2023, "令和５年度末", "total", "outstanding", "actual", oy, "yen", c(oy))
        F.add(p, k, k, 2023, "令和５年度末", "arrears", "outstanding", "actual", arr_y, "yen", f"{c(arr_y)}円")
        if wy:
            F.add(p, k, k, 2023, "令和５年度末", "total", "written_off", "actual", wy, "yen", f"{c(wy)}円")
    page_break(doc)


# ================================================================ p7-p8 目標・推進シート (19, 7, 8, 53, 14)
EST6 = {"市税": 99.25, "国民健康保険税": 95.70, "介護保険料": 99.12, "後期高齢者医療保険料": 99.60, "市営住宅使用料": 96.95}
TGT = {"市税": (99.30, 99.35, 99.40), "国民健康保険税": (95.80, 95.95, 96.10), "介護保険料": (99.15, 99.20, 99.25),
       "後期高齢者医療保険料": (99.62, 99.65, 99.68), "市営住宅使用料": (97.00, 97.20, 97.40)}
OUT_EST6 = 398600
OUT_TGT = (385000, 372000, 360000)


def p7():
    p = 7
    h1("６　計画の目標", before=0)
    body("主要債権ごとに現年度分収納率の目標を定めるとともに、全債権の収入未済額の縮減目標を定めます。")
    caption("表９　目標収納率（現年度分）及び収入未済額の目標", "（単位：％、千円）")
    ks = list(TGT)
    t = make_table(doc, len(ks) + 2, 6, [4.4, 2.4, 2.4, 2.4, 2.4, 2.4], row_h_cm=0.5)
    for j, h in enumerate(["債権名", "令和5年度\n実績", "令和6年度\n見込", "令和7年度\n目標", "令和8年度\n目標",
                           "令和9年度\n目標"]):
        set_cell(t.cell(0, j), h, 8.5, G, "c", HDR)
    for i, k in enumerate(ks, start=1):
        a5 = D(k, 2023)["cur_r"]
        vals = [fr(a5), fr(EST6[k])] + [fr(x) for x in TGT[k]]
        set_cell(t.cell(i, 0), k, 8.5, M)
        for j, v in enumerate(vals):
            set_cell(t.cell(i, 1 + j), v, 8.5, M, "r")
        F.add(p, k, k, 2023, "令和5年度", "current", "collection_rate", "actual", a5, "percent", vals[0])
        F.add(p, k, k, 2024, "令和6年度", "current", "collection_rate", "estimate", EST6[k], "percent", vals[1])
        for jj, y in enumerate((2025, 2026, 2027)):
            F.add(p, k, k, y, f"令和{y - 2018}年度", "current", "collection_rate", "target", TGT[k][jj], "percent",
                  vals[2 + jj])
    i = len(ks) + 1
    o5 = tot(2023, "out")
    vals = [c(o5), c(OUT_EST6)] + [c(x) for x in OUT_TGT]
    set_cell(t.cell(i, 0), "収入未済額（全債権）", 8.5, G, fill="F2F2F2")
    for j, v in enumerate(vals):
        set_cell(t.cell(i, 1 + j), v, 8.5, M, "r", "F2F2F2")
    F.add(p, None, "収入未済額（全債権）", 2023, "令和5年度", "total", "outstanding", "actual", o5 * 1000, "yen", vals[0])
    F.add(p, None, "収入未済額（全債権）", 2024, "令和6年度", "total", "outstanding", "estimate", OUT_EST6 * 1000, "yen", vals[1])
    for jj, y in enumerate((2025, 2026, 2027)):
        F.add(p, None, "収入未済額（全債権）", y, f"令和{y - 2018}年度", "total", "outstanding", "target",
              OUT_TGT[jj] * 1000, "yen", vals[2 + jj])

    h1("７　債権ごとの取組（推進シート）", before=12)
    sheet(p, 1, "市税", "税務課", "強制徴収公債権", [
        ("ア", "納期限後の督促状発送から１か月以内に文書催告を行い、早期の自主納付を促す。", "継続"),
        ("イ", "預貯金の電子照会を活用し、財産調査から差押えまでの期間を短縮する。", "拡充"),
        ("ウ", "広島県と連携した併任徴収により、高額・困難事案の滞納整理を進める。", "継続"),
        ("エ", "地方税統一QRコードを活用したスマートフォン決済の利用を周知する。", "新規")], header_cell=True)
    page_break(doc)


def sheet(p, no, k, dept, kind, items, header_cell=False, paren=False):
    d5, d4 = D(k, 2023), D(k, 2022)
    if paren:
        para(doc, f"推進シート{'①②③④'[no - 1]}（{k}）", 10.5, G, before=6, after=2)
    else:
        para(doc, f"推進シート{'①②③④'[no - 1]}", 10.5, G, before=6, after=2)
    t = make_table(doc, 5, 6, [2.6, 2.6, 2.6, 2.6, 2.6, 3.0], row_h_cm=0.5)
    if header_cell:
        a = t.cell(0, 0).merge(t.cell(0, 2))
        set_cell(a, f"債権名　{k}", 9.5, G, "l", HDR)
        b = t.cell(0, 3).merge(t.cell(0, 5))
        set_cell(b, f"所管課　{dept}（{kind}）", 9, M, "l")
    elif paren:
        set_cell(t.cell(0, 0), "所管課", 9, G, "c", HDR)
        a = t.cell(0, 1).merge(t.cell(0, 2))
        set_cell(a, dept, 9, M)
        set_cell(t.cell(0, 3), "債権区分", 9, G, "c", HDR)
        b = t.cell(0, 4).merge(t.cell(0, 5))
        set_cell(b, kind, 9, M)
    else:
        set_cell(t.cell(0, 0), "債権名", 9, G, "c", HDR)
        a = t.cell(0, 1).merge(t.cell(0, 2))
        set_cell(a, k, 9, M)
        set_cell(t.cell(0, 3), "所管課", 9, G, "c", HDR)
        set_cell(t.cell(0, 4), dept, 9, M)
        set_cell(t.cell(0, 5), kind, 8.5, M)
    # 現状と課題 paragraph in a cell (53)
    dd = d5["out"] - d4["out"]
    word = "減少" if dd < 0 else "増加"
    txt = (f"令和5年度末の収入未済額は{c(d5['out'])}千円で、前年度より{c(abs(dd))}千円{word}した。"
           f"現年度分収納率は{fr(d5['cur_r'])}％、滞納繰越分収納率は{fr(d5['arr_r'])}％である。"
           f"滞納繰越分の縮減が引き続き課題である。")
    set_cell(t.cell(1, 0), "現状と課題", 9, G, "c", HDR)
    m = t.cell(1, 1).merge(t.cell(1, 5))
    set_cell(m, txt, 9.2, M)
    F.add(p, k, k, 2023, "令和5年度", "total", "outstanding", "actual", d5["out"] * 1000, "yen", f"{c(d5['out'])}千円")
    F.add(p, k, k, 2023, "令和5年度", "total", "difference", "actual", dd * 1000, "yen", f"{c(abs(dd))}千円{word}")
    F.add(p, k, k, 2023, "令和5年度", "current", "collection_rate", "actual", d5["cur_r"], "percent", f"{fr(d5['cur_r'])}％")
    F.add(p, k, k, 2023, "令和5年度", "arrears", "collection_rate", "actual", d5["arr_r"], "percent", f"{fr(d5['arr_r'])}％")
    # plain figures
    hdr = ["指標", "R5実績", "R6見込", "R7目標", "R8目標", "R9目標"]
    for j, h in enumerate(hdr):
        set_cell(t.cell(2, j), h, 8.5, G, "c", HDR)
    set_cell(t.cell(3, 0), "現年度分収納率（％）", 8, M)
    vals = [fr(d5["cur_r"]), fr(EST6[k])] + [fr(x) for x in TGT[k]]
    for j, v in enumerate(vals):
        set_cell(t.cell(3, 1 + j), v, 8.5, M, "r")
    F.add(p, k, k, 2023, "R5", "current", "collection_rate", "actual", d5["cur_r"], "percent", vals[0])
    F.add(p, k, k, 2024, "R6", "current", "collection_rate", "estimate", EST6[k], "percent", vals[1])
    for jj, y in enumerate((2025, 2026, 2027)):
        F.add(p, k, k, y, f"R{y - 2018}", "current", "collection_rate", "target", TGT[k][jj], "percent", vals[2 + jj])
    # 取組 (14): ア/イ with tags; some tags alone on the next line
    set_cell(t.cell(4, 0), "取組内容", 9, G, "c", HDR)
    m = t.cell(4, 1).merge(t.cell(4, 5))
    lines = []
    for i, (lab, tx, st) in enumerate(items):
        if i % 2 == 1 or len(tx) > 30:
            lines.append(f"{lab}　{tx}")
            lines.append(f"【{st}】")
        else:
            lines.append(f"{lab}　{tx}【{st}】")
        I.add(p, k, k, 2025, "取組内容", lab, tx, st)
    set_cell(m, "\n".join(lines), 9.2, M, valign="t")


def p8():
    p = 8
    sheet(p, 2, "国民健康保険税", "保険医療課", "強制徴収公債権", [
        ("ア", "国保の資格取得の届出時に口座振替の手続を案内し、納付書払いからの切替えを進める。", "継続"),
        ("イ", "短期被保険者証に代わる資格確認書の交付時に、滞納者と納付相談の機会を設ける。", "継続"),
        ("ウ", "税務課と合同で財産調査を行い、市税と併せて差押えを実施する。", "拡充")])
    sheet(p, 3, "市営住宅使用料", "都市整備課", "私債権", [
        ("ア", "滞納が３か月に達した入居者に対し、連帯保証人へ納付指導の協力を依頼する。", "継続"),
        ("イ", "退去者の滞納分について、支払督促の申立てを計画的に行う。", "拡充"),
        ("ウ", "居所不明や死亡等で回収が困難な債権は、債権管理条例に基づき放棄を検討する。", "新規")], paren=True)
    para(doc, "※ 推進シートの数値は各年度の決算（R5）、決算見込（R6）及び目標（R7～R9）である。", 8.5, M, before=4)


def build():
    p1()
    p2()
    p3()
    p4()
    p5()
    p6()
    p7()
    p8()
    src = WORK / f"{STEM}.docx"
    doc.save(src)
    to_pdf(src, PDF_DIR / f"{STEM}.pdf")
    document = {"kind": "plan", "family": "plan", "municipality": CITY, "title": "第２次江田島市債権管理計画",
                "date": "2025-03-01", "date_raw": "令和７年３月"}
    write_gold(STEM, document, F, I, None)
    return check(STEM)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
