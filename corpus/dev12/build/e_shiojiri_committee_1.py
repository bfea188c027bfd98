"""e_shiojiri_committee_1: 塩尻市債権管理対策会議 資料 (committee_material), PyMuPDF Story, A4 portrait.

Modelled on the 塩尻市 report of the 市税 収納率 (現年度分・滞納繰越分, 調定額・収納額, 収入未済額 縮減, 市債権管理課)
and on per-debt 取組個票 with a label/value box, a 前年度 | 今年度 table with 増減, a 【参考】 box and a boxed
取組 list. Table 1 prints one debt per column, the unit only in the title, rates without a % sign.
"""
from __future__ import annotations

import e_common as E

STEM = "e_shiojiri_committee_1"
CITY = "塩尻市"
TITLE = "令和7年度第1回塩尻市債権管理対策会議"
DATE_RAW = "令和7年7月24日（木）"

# 令和6年度決算 (千円): current (A, C), arrears (A, C, W)
R6 = {
    "市税": ((10512406, 10461227), (138552, 50318, 4211)),
    "国民健康保険税": ((1912385, 1834960), (256740, 71622, 9856)),
    "介護保険料": ((1302115, 1295870), (18406, 5220, 2014)),
    "保育料": ((236504, 234180), (9842, 2655, 811)),
    "市営住宅使用料": ((98772, 97104), (14306, 2988, 1245)),
}
ORDER = list(R6)
# 令和5年度 (前年度): current rate, arrears rate, outstanding (千円), 滞納者数
R5 = {
    "市税": (99.46, 33.87, 141207, 1372),
    "国民健康保険税": (95.41, 24.96, 279884, 968),
    "保育料": (98.87, 24.10, 9962, 57),
}
R6_DELINQ = {"市税": 1284, "国民健康保険税": 911, "保育料": 49}
SHEETS = [
    ("市税", "市債権管理課", "強制徴収公債権", [
        ("①", "現年度分の未納者には納期限後30日以内に文書催告を行い、SMSによる催告を年4回実施する。", "継続"),
        ("②", "滞納繰越分は財産調査を早期に行い、預貯金・給与の差押えを優先して滞納整理を進める。", "継続"),
        ("③", "口座振替の勧奨に加え、スマートフォン決済の利用案内を納税通知書に同封する。", "拡充"),
    ]),
    ("国民健康保険税", "市債権管理課・保険課", "強制徴収公債権", [
        ("①", "徴収業務を市債権管理課に一元化し、市税と一体で滞納整理を行う。", "新規"),
        ("②", "資格喪失世帯には喪失届の受付時に納付相談を行い、未納分の早期納付を促す。", "継続"),
        ("③", "分納誓約の不履行世帯には差押予告を送付し、応じない場合は滞納処分を執行する。", "継続"),
    ]),
    ("保育料", "こども課", "強制徴収公債権", [
        ("①", "児童手当からの徴収について入所時に同意書を取得する。", "継続"),
        ("②", "退所者の滞納分は市債権管理課へ引き継ぎ、滞納処分を行う。", "拡充"),
    ]),
]

CSS = """
@font-face {font-family: g; src: url(ipaexfont-gothic/ipaexg.ttf);}
@font-face {font-family: m; src: url(ipaexfont-mincho/ipaexm.ttf);}
* {font-family: m; font-size: 10pt; line-height: 1.35;}
h1 {font-family: g; font-size: 15pt; text-align: center; margin: 4pt 0 2pt 0;}
h2 {font-family: g; font-size: 11.5pt; margin: 10pt 0 4pt 0;}
h3 {font-family: g; font-size: 10.5pt; margin: 8pt 0 3pt 0;}
p {margin: 2pt 0;}
.r {text-align: right;}
.c {text-align: center;}
.tag {text-align: right; font-family: g; font-size: 10pt;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 1px solid #000; padding: 2pt 3pt; font-size: 9pt;}
th {font-family: g; background-color: #e8e8e8; text-align: center;}
td.n {text-align: right;}
.box {border: 1px solid #000; padding: 5pt 8pt; margin: 4pt 0;}
.note {font-size: 8.5pt;}
"""


def build():
    F = E.fact
    facts, inits = [], []
    chunks = []

    # ---------------- chunk 1: overview + table 1 (one debt per column)
    tot = [0, 0, 0, 0]  # A, C, W, O for total
    per = {}
    for d in ORDER:
        (ac, cc), (aa, ca, wa) = R6[d]
        cur = (ac, cc, 0, ac - cc)
        arr = (aa, ca, wa, aa - ca - wa)
        tt = tuple(x + y for x, y in zip(cur, arr))
        per[d] = {"current": cur, "arrears": arr, "total": tt}
        tot = [a + b for a, b in zip(tot, tt)]
    o_total = tot[3]
    o_prev = 462310  # 令和5年度末 5債権合計 (千円)
    s_o = E.oku_man(round(o_total * 1000, -4))
    s_d = E.oku_man(round((o_prev - o_total) * 1000, -4))
    h = [f'<p class="tag">資料１</p><p class="c">{TITLE}</p><h1>令和6年度決算における債権の収納状況について</h1>',
         f'<p class="r">{DATE_RAW}<br>市債権管理課</p>',
         '<h2>１　概要</h2>',
         f'<p>　令和6年度末における主要5債権の収入未済額は約{s_o}で、前年度末に比べ約{s_d}減少した。'
         f'滞納繰越分の整理が進んだことに加え、国民健康保険税の徴収事務を市債権管理課に移管した効果が表れている。</p>',
         '<h2>２　債権別の収納状況</h2>',
         '<p><b>表１　債権別収納状況（令和6年度決算）　単位：千円、％</b></p>',
         '<table><tr><th colspan="2">区分</th>' + "".join(f"<th>{d}</th>" for d in ORDER) + "<th>合計</th></tr>"]
    facts.append(F(None, 2024, "令和6年度末", "total", "outstanding", "actual", round(o_total * 1000, -4), "yen",
                   f"約{s_o}", 1, approx=True))
    rows = [("現年度分", "current", [("調定額", "assessed"), ("収入済額", "collected"), ("収納率", "rate")]),
            ("滞納繰越分", "arrears", [("調定額", "assessed"), ("収入済額", "collected"), ("不納欠損額", "written_off"),
                                  ("収納率", "rate")]),
            ("合計", "total", [("収入未済額", "outstanding"), ("収納率", "rate")])]
    idx = {"assessed": 0, "collected": 1, "written_off": 2, "outstanding": 3}
    for seg_lbl, seg, mets in rows:
        for k, (lbl, m) in enumerate(mets):
            tr = "<tr>" + (f'<th rowspan="{len(mets)}">{seg_lbl}</th>' if k == 0 else "") + f"<th>{lbl}</th>"
            for d in ORDER + [None]:
                vals = per[d][seg] if d else None
                if d is None:
                    vals = [0, 0, 0, 0]
                    for dd in ORDER:
                        vals = [a + b for a, b in zip(vals, per[dd][seg])]
                if m == "rate":
                    v = E.rate(vals[1], vals[0], 2)
                    raw = E.fr(v, 2)
                    facts.append(F(d, 2024, "令和6年度", seg, "collection_rate", "actual", v, "percent", raw, 1,
                                   debt_raw=d if d else "合計"))
                else:
                    v = vals[idx[m]]
                    raw = E.c(v)
                    facts.append(F(d, 2024, "令和6年度", seg, m, "actual", v * 1000, "yen", raw, 1,
                                   debt_raw=d if d else "合計"))
                tr += f'<td class="n">{raw}</td>'
            h.append(tr + "</tr>")
    h.append("</table>")
    h.append('<p class="note">※収納率は収入済額÷調定額×100（小数点以下第3位を四捨五入）。現年度分の不納欠損額はありません。</p>'
             '<p class="note">※保育料は保育所保育料及び認定こども園利用者負担額の合計です。</p>')
    h.append('<h2>３　今後の進め方</h2><p>　各所管課は、次ページ以降の取組個票により令和7年度の取組を進め、'
             '第2回会議（令和7年11月予定）において上半期の進捗を報告する。</p>')
    chunks.append("".join(h))

    # ---------------- chunks 2..: 取組個票 (one sheet per page)
    for si, (d, ka, kubun, items) in enumerate(SHEETS):
        page = 2 + si
        (ac, cc), (aa, ca, wa) = R6[d]
        r6c, r6a = E.rate(cc, ac, 2), E.rate(ca, aa, 2)
        o6 = per[d]["total"][3]
        r5c, r5a, o5, dl5 = R5[d]
        dl6 = R6_DELINQ[d]
        h = [f'<p class="tag">資料２－{si + 1}</p><h1>令和7年度 債権管理取組個票</h1>',
             f'<table><tr><th>債権名</th><td>{d}</td><th>所管課</th><td>{ka}</td><th>債権区分</th><td>{kubun}</td></tr></table>',
             '<h3>１　収納状況</h3>',
             '<table><tr><th rowspan="2">区分</th><th>前年度</th><th>今年度</th><th rowspan="2">増減</th></tr>'
             '<tr><th>令和5年度</th><th>令和6年度</th></tr>']
        for lbl, seg, v5, v6, unit in (("現年度分収納率", "current", r5c, r6c, "%"),
                                       ("滞納繰越分収納率", "arrears", r5a, r6a, "%"),
                                       ("収入未済額（千円）", "total", o5, o6, "k")):
            if unit == "%":
                s5, s6 = f"{E.fr(v5, 2)}%", f"{E.fr(v6, 2)}%"
                dd = round(v6 - v5, 2)
                sd = ("△" if dd < 0 else "") + f"{abs(dd):.2f}"
                facts.append(F(d, 2023, "令和5年度", seg, "collection_rate", "actual", v5, "percent", s5, page))
                facts.append(F(d, 2024, "令和6年度", seg, "collection_rate", "actual", v6, "percent", s6, page))
            else:
                s5, s6, sd = E.c(v5), E.c(v6), E.c(v6 - v5)
                facts.append(F(d, 2023, "令和5年度", seg, "outstanding", "actual", v5 * 1000, "yen", s5, page))
                facts.append(F(d, 2024, "令和6年度", seg, "outstanding", "actual", v6 * 1000, "yen", s6, page))
            h.append(f'<tr><td>{lbl}</td><td class="n">{s5}</td><td class="n">{s6}</td><td class="n">{sd}</td></tr>')
        h.append('</table><p class="note">※増減欄の収納率はポイント、△は減少。</p>')
        approx_o = round(o6 * 1000, -5)
        man = approx_o // 10000
        s_ap = (f"約{man // 10000}億{man % 10000:,}万円" if man >= 10000 else f"約{man:,}万円")
        h.append('<h3>２　【参考】</h3><div class="box">'
                 f'<p>・滞納者数：{E.zen(f"{dl6:,}")}人（前年度末　{E.zen(f"{dl5:,}")}人）</p>'
                 f'<p>・差押件数：{E.zen(str(150 + 37 * si))}件</p>'
                 f'<p>・年度末収入未済額：{E.zen(s_ap)}</p></div>')
        facts.append(F(d, 2024, "令和6年度", "total", "delinquents", "actual", dl6, "persons", E.zen(f"{dl6:,}") + "人", page))
        facts.append(F(d, 2023, "令和5年度", "total", "delinquents", "actual", dl5, "persons", E.zen(f"{dl5:,}") + "人", page))
        facts.append(F(d, 2024, "令和6年度", "total", "outstanding", "actual", approx_o, "yen", E.zen(s_ap), page,
                       approx=True))
        h.append('<h3>３　令和7年度の取組</h3><div class="box">')
        for lbl, txt, st in items:
            h.append(f"<p>{lbl}　{txt}【{st}】</p>")
            inits.append({"debt": d, "debt_raw": d, "fiscal_year": 2025, "section": "令和7年度の取組",
                          "label": lbl, "text": txt, "status": st, "page": page})
        h.append("</div>")
        h.append('<h3>４　課題</h3><p>　高額・長期の滞納案件が一部に残っており、納付資力のない案件については'
                 '執行停止の判断を適時に行う必要がある。</p>')
        chunks.append("".join(h))

    pdf = E.PDF_DIR / f"{STEM}.pdf"
    spans = E.story_pdf(chunks, CSS, pdf, header="塩尻市債権管理対策会議", footer_fmt="{n}")
    assert all(a == b for a, b in spans), spans
    document = {"kind": "committee_material", "municipality": CITY, "title": TITLE, "date": "2025-07-24",
                "date_raw": DATE_RAW}
    E.write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
