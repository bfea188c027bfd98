"""q_gero_plan_1: 債権管理計画 (plan), python-docx -> LibreOffice, A4 portrait.

Modelled on 下呂市「債権の管理」(https://www.city.gero.lg.jp/soshiki/5/371.html): 基本方針, 債権の分類.
Figures are invented; 収入未済額 = 調定額 − 収入済額 − 不納欠損額 holds for 令和5年度.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from q_common import OUT, PDF_DIR, Gold, oku_man, rate, sen, to_pdf, zen  # noqa: E402
from q_docx_util import (CENTER, GOTHIC, cell_shade, cell_text, col_widths, header_footer,  # noqa: E402
                         new_doc, page_break, para, table_borders)

STEM = "q_gero_plan_1"
CITY = "下呂市"
TITLE = "下呂市債権管理計画"

# 令和5年度決算（千円）: debt -> (現年 調定, 収入, 欠損), (滞繰 調定, 収入, 欠損)
R5 = {
    "市税": ((6412350, 6346870, 0), (228410, 61230, 14260)),
    "国民健康保険税": ((1085640, 1038220, 0), (196880, 38510, 21440)),
    "介護保険料": ((1248300, 1240160, 0), (21560, 4880, 5210)),
    "後期高齢者医療保険料": ((412870, 411630, 0), (3120, 1050, 420)),
    "市営住宅使用料": ((98460, 95310, 0), (24380, 2940, 1870)),
    "水道料金": ((1132550, 1121880, 0), (18940, 9620, 2310)),
    "学校給食費": ((142310, 141260, 0), (4870, 1120, 640)),
}
# 収入未済額の推移（千円）令和元年度〜4年度（5年度は R5 から）
HIST = {
    "市税": [268410, 251330, 243870, 229560],
    "国民健康保険税": [221780, 209540, 198310, 190220],
    "介護保険料": [24610, 23120, 21880, 20730],
    "後期高齢者医療保険料": [3410, 3260, 3120, 2990],
    "市営住宅使用料": [27840, 25960, 24110, 23340],
    "水道料金": [21930, 20410, 19260, 18150],
    "学校給食費": [5120, 4780, 4530, 4320],
}
# 令和9年度目標（％）現年, 滞繰
TARGET = {
    "市税": ("99.2%", "28.0%"),
    "国民健康保険税": ("96.0%", "21.5%"),
    "介護保険料": ("99.4%", "24.0%"),
    "後期高齢者医療保険料": ("99.8%", "35.0%"),
    "市営住宅使用料": ("97.0%", "13.0%"),
    "水道料金": ("99.2%", "52.0%"),
    "学校給食費": ("99.4%", "24.0%"),
}
COUNCIL = "令和5年度"


def out_of(seg):
    a, c, w = seg
    return a - c - w


def build():
    g = Gold(STEM, "plan", CITY, TITLE + "（令和7年度～令和9年度）", "2025-03-01", "令和7年3月")
    d = new_doc()
    header_footer(d, "下呂市債権管理計画（令和7年度～令和9年度）")

    # ---------- page 1 ----------
    para(d, "下呂市債権管理計画", GOTHIC, 18, True, "center")
    para(d, "（令和7年度～令和9年度）", GOTHIC, 12, False, "center")
    para(d, "令和7年3月", None, 11, False, "right")
    para(d, "下呂市総務部税務課", None, 11, False, "right")
    para(d)
    para(d, "１　計画策定の趣旨", GOTHIC, 12, True)
    for t in (
        "市には、市税や国民健康保険税、介護保険料などの税・保険料のほか、水道料金や市営住宅使用料などの"
        "使用料、貸付金の償還金など、多くの金銭債権がある。これらは市が行政サービスを提供するための大切な"
        "財源である。",
        "合併以降、債権を所管する各課は、本来業務と並行しながら、それぞれの解釈と方法で徴収・管理を行って"
        "きたため、取扱いの統一が十分でない面があった。このため、平成29年1月に「下呂市債権管理に関する"
        "基本方針」を定め、全庁で共通の認識のもとに債権管理を進めてきた。",
        "本計画は、基本方針に基づく取組をさらに進め、市民負担の公平性の確保と収入未済額の縮減を図るため、"
        "債権ごとの目標と具体的な取組を定めるものである。",
    ):
        para(d, t, first_mm=4)
    para(d, "２　計画期間", GOTHIC, 12, True)
    para(d, "令和7年度から令和9年度までの3年間とする。", first_mm=4)
    para(d, "３　対象債権", GOTHIC, 12, True)
    para(d, "令和5年度決算において収入未済額がある次の債権を対象とする。", first_mm=4)
    cls = [("強制徴収公債権", "市税、国民健康保険税、介護保険料、後期高齢者医療保険料",
            "地方税の滞納処分の例により自ら強制執行できる"),
           ("非強制徴収公債権", "（該当なし）", "強制執行には裁判所の手続が必要"),
           ("私債権", "市営住宅使用料、水道料金、学校給食費", "契約等に基づくもの。時効の援用が必要")]
    t = d.add_table(rows=1 + len(cls), cols=3)
    t.alignment = CENTER
    table_borders(t)
    for i, h in enumerate(("区分", "対象債権", "特徴")):
        cell_text(t.rows[0].cells[i], h, GOTHIC, 9.5, True, "center")
        cell_shade(t.rows[0].cells[i])
    for r, row in enumerate(cls, 1):
        for i, v in enumerate(row):
            cell_text(t.rows[r].cells[i], v, None, 9.5)
    col_widths(t, (35, 75, 60))
    page_break(d)

    # ---------- page 2 ----------
    para(d, "４　債権の現状", GOTHIC, 12, True)
    tot = {k: out_of(v[0]) + out_of(v[1]) for k, v in R5.items()}
    total_out = sum(tot.values())
    txt_total = "約" + oku_man(total_out * 1000)
    approx_val = (total_out * 1000 // 10_000) * 10_000
    tax_out = tot["市税"]
    hist_total_r1 = sum(v[0] for v in HIST.values())
    para(d, "債権管理に関する基本方針に基づき、催告の強化や滞納処分、執行停止の適正な運用に取り組んだ結果、"
            f"対象債権の収入未済額は減少傾向にある。{COUNCIL}決算における対象債権の収入未済額は"
            f"{txt_total}で、令和元年度と比べて約{oku_man((hist_total_r1 - total_out) * 1000)}減少した。",
         first_mm=4)
    g.fact(txt_total, debt=None, fy=2023, fy_raw="令和5年度", seg="total", metric="outstanding",
           basis="actual", value=approx_val, unit="yen", approx=True, anchor="４　債権の現状")
    para(d, f"このうち市税が{oku_man(tax_out * 1000).replace('万円', '万円')}余りと最も大きく、"
            "国民健康保険税と合わせると全体の約8割を占めている。", first_mm=4)
    tax_txt = oku_man(tax_out * 1000) + "余り"
    g.fact(oku_man(tax_out * 1000), debt="市税", fy=2023, fy_raw=None, seg="total", metric="outstanding",
           basis="actual", value=(tax_out * 1000 // 10_000) * 10_000, unit="yen", approx=True,
           anchor="４　債権の現状")
    _ = tax_txt
    para(d)
    para(d, "表１　主な債権の収入未済額の推移　　　　　　　　　　　　　　　　　　　　　（単位：千円）",
         GOTHIC, 9.5)
    years = ["令和元年度", "2年度", "3年度", "4年度", "5年度", "増減(5年度－元年度)"]
    fys = [2019, 2020, 2021, 2022, 2023]
    t = d.add_table(rows=2 + len(R5), cols=7)
    t.alignment = CENTER
    table_borders(t, outer=True, inner_h=True, inner_v=False)
    cell_text(t.rows[0].cells[0], "債権名", GOTHIC, 9, True, "center")
    for i, y in enumerate(years, 1):
        cell_text(t.rows[0].cells[i], y, GOTHIC, 9, True, "center")
    sums = [0] * 5
    for r, (name, segs) in enumerate(R5.items(), 1):
        vals = HIST[name] + [tot[name]]
        cell_text(t.rows[r].cells[0], name, None, 9)
        for i, v in enumerate(vals):
            sums[i] += v
            raw = sen(v)
            cell_text(t.rows[r].cells[i + 1], raw, None, 9, False, "right")
            g.fact(raw, debt=name, fy=fys[i], fy_raw=years[i], seg="total", metric="outstanding",
                   basis="actual", value=v * 1000, unit="yen", anchor="表１　主な債権の収入未済額の推移")
        diff = vals[4] - vals[0]
        cell_text(t.rows[r].cells[6], ("△" if diff < 0 else "") + sen(abs(diff)), None, 9, False, "right")
    last = t.rows[len(R5) + 1]
    cell_text(last.cells[0], "合計", GOTHIC, 9, True, "center")
    for i, v in enumerate(sums):
        raw = sen(v)
        cell_text(last.cells[i + 1], raw, None, 9, True, "right")
        g.fact(raw, debt=None, debt_raw="合計", fy=fys[i], fy_raw=years[i], seg="total",
               metric="outstanding", basis="actual", value=v * 1000, unit="yen",
               anchor="表１　主な債権の収入未済額の推移")
    diff = sums[4] - sums[0]
    cell_text(last.cells[6], ("△" if diff < 0 else "") + sen(abs(diff)), None, 9, True, "right")
    col_widths(t, (38, 21, 21, 21, 21, 21, 27))
    para(d, "※各年度の出納閉鎖後の額。水道料金は消費税及び地方消費税を含む。", None, 8.5)
    para(d)
    # 【参考】 box
    a_all = sum(v[0][0] + v[1][0] for v in R5.values())
    c_all = sum(v[0][1] + v[1][1] for v in R5.values())
    w_all = sum(v[0][2] + v[1][2] for v in R5.values())
    o_all = a_all - c_all - w_all
    assert o_all == total_out
    box = d.add_table(rows=1, cols=1)
    box.alignment = CENTER
    table_borders(box, outer=True, inner_h=False, inner_v=True, sz=8)
    lines = [("【参考】令和5年度　対象債権全体の状況", None, None, None)]
    lines += [("・調定額：" + sen(a_all) + "千円", "assessed", a_all, sen(a_all) + "千円"),
              ("・収入済額：" + sen(c_all) + "千円", "collected", c_all, sen(c_all) + "千円"),
              ("・不納欠損額：" + sen(w_all) + "千円", "written_off", w_all, sen(w_all) + "千円"),
              ("・収入未済額：" + sen(o_all) + "千円", "outstanding", o_all, sen(o_all) + "千円")]
    rt = rate(c_all, a_all, 1)
    lines.append((f"・収納率：{rt}％（現年度分・滞納繰越分の計）", "collection_rate", rt, f"{rt}％"))
    cell_text(box.rows[0].cells[0], "\n".join(x[0] for x in lines), None, 9.5)
    col_widths(box, (170,))
    for _, m, v, raw in lines[1:]:
        g.fact(raw, debt=None, fy=2023, fy_raw="令和5年度", seg="total", metric=m, basis="actual",
               value=v if m == "collection_rate" else v * 1000,
               unit="percent" if m == "collection_rate" else "yen", anchor="【参考】令和5年度")
    page_break(d)

    # ---------- page 3 ----------
    para(d, "表２　令和5年度決算における収納率　　　　　　　　　　　　　　　　　　　　（単位：％）",
         GOTHIC, 9.5)
    t = d.add_table(rows=1 + len(R5), cols=4)
    t.alignment = CENTER
    table_borders(t)
    for i, h in enumerate(("債権名", "現年度分", "滞納繰越分", "計")):
        cell_text(t.rows[0].cells[i], h, GOTHIC, 9, True, "center")
        cell_shade(t.rows[0].cells[i])
    r5rates = {}
    for r, (name, (cur, arr)) in enumerate(R5.items(), 1):
        rc = rate(cur[1], cur[0], 1)
        ra = rate(arr[1], arr[0], 1)
        rtot = rate(cur[1] + arr[1], cur[0] + arr[0], 1)
        r5rates[name] = (rc, ra)
        cell_text(t.rows[r].cells[0], name, None, 9)
        for i, (v, seg) in enumerate(((rc, "current"), (ra, "arrears"), (rtot, "total")), 1):
            raw = f"{v:.1f}"
            cell_text(t.rows[r].cells[i], raw, None, 9, False, "right")
            g.fact(raw, debt=name, fy=2023, fy_raw="令和5年度", seg=seg, metric="collection_rate",
                   basis="actual", value=v, unit="percent", anchor="表２　令和5年度決算における収納率")
    col_widths(t, (50, 35, 35, 35))
    para(d)
    para(d, "５　計画の目標", GOTHIC, 12, True)
    para(d, "計画期間の最終年度である令和9年度において、債権ごとに次の収納率の達成を目指す。あわせて、"
            "滞納繰越分については、回収が見込めない債権の整理を計画的に進める。", first_mm=4)
    para(d, "表３　目標収納率", GOTHIC, 9.5)
    t = d.add_table(rows=2 + len(R5), cols=5)
    t.alignment = CENTER
    table_borders(t)
    a = t.cell(0, 0).merge(t.cell(1, 0))
    cell_text(a, "債権名", GOTHIC, 9, True, "center")
    m1 = t.cell(0, 1).merge(t.cell(0, 2))
    cell_text(m1, "令和5年度（決算）", GOTHIC, 9, True, "center")
    m2 = t.cell(0, 3).merge(t.cell(0, 4))
    cell_text(m2, "令和9年度（目標）", GOTHIC, 9, True, "center")
    for i, h in enumerate(("現年度分", "滞納繰越分", "現年度分", "滞納繰越分"), 1):
        cell_text(t.cell(1, i), h, GOTHIC, 9, True, "center")
    for r, name in enumerate(R5, 2):
        rc, ra = r5rates[name]
        tc, ta = TARGET[name]
        cell_text(t.cell(r, 0), name, None, 9)
        for i, (raw, fy, basis, seg, v) in enumerate((
                (f"{rc:.1f}%", 2023, "actual", "current", rc), (f"{ra:.1f}%", 2023, "actual", "arrears", ra),
                (tc, 2027, "target", "current", float(tc[:-1])), (ta, 2027, "target", "arrears", float(ta[:-1]))), 1):
            cell_text(t.cell(r, i), raw, None, 9, False, "right")
            g.fact(raw, debt=name, fy=fy, fy_raw="令和5年度" if fy == 2023 else "令和9年度", seg=seg,
                   metric="collection_rate", basis=basis, value=v, unit="percent", anchor="表３　目標収納率")
    col_widths(t, (46, 30, 30, 30, 30))
    para(d, "※目標収納率は、過去5年間の実績の推移と計画期間中の取組の効果を見込んで設定した。", None, 8.5)
    page_break(d)

    # ---------- page 4- ----------
    para(d, "６　目標達成に向けた取組", GOTHIC, 12, True)
    para(d, "（全庁共通の取組）", GOTHIC, 10.5)
    common = [
        "債権管理台帳を全課で統一様式とし、履行期限、時効の起算日、交渉経過を記録する。",
        "納期限後20日以内の督促を徹底し、督促後も納付のない者には早期に催告を行う。",
        "債権管理研修を年2回開催し、所管課職員の法的知識と実務能力の向上を図る。",
        "回収の見込めない債権は、基本方針の基準に従い執行停止や債権放棄により適正に整理する。",
    ]
    box = d.add_table(rows=1, cols=1)
    box.alignment = CENTER
    table_borders(box, sz=6)
    cell_text(box.rows[0].cells[0], "\n".join("・" + c for c in common), None, 9.5)
    col_widths(box, (170,))
    for c in common:
        g.init(c, debt=None, fy=2025, section="目標達成に向けた取組", label="・")
    para(d)
    sections = [
        ("(1)", "市税・国民健康保険税（税務課）", "市税・国民健康保険税", [
            ("現年度分の滞納を早期に解消するため、納期限後の電話催告を強化し、新規滞納者への初期対応を徹底する。", "継続", False),
            ("預貯金、給与等の財産調査を速やかに行い、納付に応じない者には差押えなどの滞納処分を厳正に執行する。", "継続", False),
            ("スマートフォン決済に加え、令和7年度から地方税統一QRコードによる納付を全税目に広げ、納付機会を拡大する。", "拡充", True),
            ("岐阜県地方税滞納整理機構への移管により、高額・困難案件の整理を進める。", "継続", False),
        ]),
        ("(2)", "介護保険料・後期高齢者医療保険料（高齢福祉課・市民保険課）", "介護保険料・後期高齢者医療保険料", [
            ("普通徴収の被保険者に口座振替を勧奨し、期限内納付を促す。", "継続", False),
            ("滞納が続く被保険者には、給付制限の内容を丁寧に説明したうえで納付相談を行う。", "新規", True),
        ]),
        ("(3)", "市営住宅使用料（建設課）", "市営住宅使用料", [
            ("滞納3か月以上の入居者に対して連帯保証人への通知を行い、分納誓約の履行状況を毎月確認する。", "継続", False),
            ("退去した滞納者については、支払督促の申立てなど法的措置を講じる。", "拡充", False),
        ]),
        ("(4)", "水道料金（水道課）", "水道料金", [
            ("督促後も納付がない使用者には、給水停止予告を経て給水停止を執行する。", "継続", False),
            ("転居等による所在不明者の調査を強化し、時効期間の管理を徹底する。", "新規", False),
        ]),
        ("(5)", "学校給食費（教育総務課）", "学校給食費", [
            ("児童手当からの申出徴収を勧奨し、滞納の発生を防ぐ。", "継続", False),
            ("卒業後も未納が残る保護者には、文書と訪問による催告を継続する。", "継続", True),
        ]),
    ]
    marks = "①②③④⑤⑥"
    for num, heading, debt, items in sections:
        para(d, f"{num}　{heading}", GOTHIC, 10.5, True)
        for i, (text, tag, wrap) in enumerate(items):
            label = f"{num}{marks[i]}"
            if wrap:
                para(d, f"{marks[i]}　{text}", indent_mm=4)
                para(d, f"【{tag}】", align="right")
            else:
                para(d, f"{marks[i]}　{text}【{tag}】", indent_mm=4)
            g.init(text, debt=debt, fy=2025, section="目標達成に向けた取組", label=label, status=tag)
        para(d)
    para(d, "７　計画の進行管理", GOTHIC, 12, True)
    para(d, "各課は毎年度、前年度の実績と取組状況を税務課に報告する。税務課はこれを取りまとめ、"
            "下呂市債権管理推進会議に報告するとともに、市ホームページで公表する。", first_mm=4)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    d.save(src)
    pdf = to_pdf(src, PDF_DIR / f"{STEM}.pdf", STEM)
    return g.finish(pdf)


if __name__ == "__main__":
    build()
