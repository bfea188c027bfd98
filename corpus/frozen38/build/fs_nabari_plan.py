"""名張市 第２次名張市債権管理計画（令和７～９年度） -- python-docx -> LibreOffice.
run from corpus/frozen38:  python3 build/fs_nabari_plan.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fs_common import Gold, WORK, zen, c, rate
from fs_docx import (new_doc, para, run, page_break, table, cell_border, to_pdf, footer_page_numbers,
                     landscape_section, portrait_section, shade)

STEM = "fs_nabari_plan_1"
CITY = "名張市"
TITLE = "第２次名張市債権管理計画"
g = Gold(STEM, "plan", "plan", CITY, TITLE, "2025-03-01", "令和７年３月")
G = "IPAexゴシック"

d = new_doc(size=10.5)
s0 = d.sections[0]
s0.different_first_page_header_footer = True
footer_page_numbers(s0, "－ {} －")

# ============================ page 1 cover
para(d, "", space_before=150)
para(d, TITLE, size=24, bold=True, align="c", font=G)
para(d, "令和７（2025）年度～令和９（2027）年度", size=13, align="c", space_before=14)
para(d, "令和７年３月", size=13, align="c", space_before=200)
para(d, "名　張　市", size=15, align="c", font=G, space_before=8)
page_break(d)

# ============================ page 2 目次
para(d, "目　次", size=14, align="c", font=G, space_after=16)
TOC = [("第１章　計画の概要", 3), ("　１　計画策定の趣旨", 3), ("　２　計画期間", 3), ("第２章　債権の現状", 3),
       ("　１　収入未済額の推移", 3), ("　２　主な債権の状況（令和５年度決算）", 4), ("　３　主な債権の目標", 5),
       ("第３章　債権管理の取組", 6), ("　１　基本方針", 6), ("　２　全庁的な取組", 6),
       ("　３　債権ごとの取組み", 7)]
for t, pg in TOC:
    para(d, f"{t}\t{zen(pg)}", tabs=[(165, "r")], space_after=6, size=11)
page_break(d)

# ============================ page 3 第１章・第２章
page = 3
para(d, "第１章　計画の概要", size=13, font=G, space_after=6)
para(d, "１　計画策定の趣旨", font=G)
para(d, "　本市では、平成２９（2017）年度に名張市債権管理計画を策定し、全庁を挙げて収入未済額の縮減に取り組ん"
        "できました。第１次計画の期間が令和６年度で終了することから、これまでの成果と課題を踏まえ、第２次計画を"
        "策定します。", indent_mm=3)
para(d, "２　計画期間", font=G, space_before=4)
para(d, "　令和７（2025）年度から令和９（2027）年度までの３年間とします。", indent_mm=3)
para(d, "第２章　債権の現状", size=13, font=G, space_before=10, space_after=6)
para(d, "１　収入未済額の推移", font=G)
# data in 0.1百万円
YRS = list(range(2017, 2024))
ADJ = [141823, 142510, 143964, 142208, 144377, 145102, 146031]
RT = [94.62, 94.95, 95.31, 95.12, 95.68, 96.01, 96.34]
WO = [412, 398, 377, 351, 333, 310, 296]
H = {}
for y, a, r_, w in zip(YRS, ADJ, RT, WO):
    col = round(a * r_ / 100)
    H[y] = dict(a=a, c=col, w=w, o=a - col - w, r=rate(col, a))
YLAB = {2017: "平成29（2017）年度", 2018: "平成30（2018）年度", 2019: "令和元（2019）年度", 2020: "令和２（2020）年度",
        2021: "令和３（2021）年度", 2022: "令和４（2022）年度", 2023: "令和５（2023）年度"}


def m1(v):   # 0.1百万円 -> '1,234.5'
    s = f"{abs(v) / 10:,.1f}"
    return ("△" if v < 0 else "") + s


o23, o22 = H[2023]["o"], H[2022]["o"]
oku = o23 * 100000  # yen
t_oku = f"約{oku // 10**8}億{(oku % 10**8) // 10**4:,}万円"
dec = (o22 - o23) * 100000
para(d, f"　令和５（2023）年度決算における全債権の収入未済額は{t_oku}で、前年度から約{dec // 10**4:,}万円減少"
        f"しました。収納率は{H[2023]['r']:.2f}％で、前年度比{H[2023]['r'] - H[2022]['r']:.2f}ポイント上昇し、"
        f"平成29年度（2017年度）の{H[2017]['r']:.2f}％から{H[2023]['r'] - H[2017]['r']:.2f}ポイント改善しています。",
     indent_mm=3)
g.fact(page, None, "全債権", 2023, "令和５（2023）年度", "total", "outstanding", "actual", oku, "yen", t_oku,
       approx=True)
g.fact(page, None, "全債権", 2023, "令和５（2023）年度", "total", "difference", "actual", -dec, "yen",
       f"約{dec // 10**4:,}万円減少", approx=True)
g.fact(page, None, "全債権", 2023, "令和５（2023）年度", "total", "collection_rate", "actual", H[2023]["r"], "percent",
       f"{H[2023]['r']:.2f}％で")
g.fact(page, None, "全債権", 2023, "令和５（2023）年度", "total", "difference", "actual",
       round(H[2023]["r"] - H[2022]["r"], 2), "points", f"前年度比{H[2023]['r'] - H[2022]['r']:.2f}ポイント上昇")
g.fact(page, None, "全債権", 2017, "平成29年度（2017年度）", "total", "collection_rate", "actual", H[2017]["r"],
       "percent", f"{H[2017]['r']:.2f}％から")
g.fact(page, None, "全債権", 2023, "令和５（2023）年度", "total", "difference", "actual",
       round(H[2023]["r"] - H[2017]["r"], 2), "points", f"{H[2023]['r'] - H[2017]['r']:.2f}ポイント改善")
para(d, "表１　全債権の決算額と収入未済額の推移", font=G, space_before=6, size=9.5)
para(d, "（単位：百万円、％）", align="r", size=8.5)
hdr = ["年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率", "増減額", "増減率"]
body = []
for y in YRS:
    h = H[y]
    row = [YLAB[y], m1(h["a"]), m1(h["c"]), m1(h["w"]), m1(h["o"]), f"{h['r']:.2f}"]
    fr = YLAB[y]
    for metric, v in (("assessed", h["a"]), ("collected", h["c"]), ("written_off", h["w"]), ("outstanding", h["o"])):
        g.fact(page, None, "全債権", y, fr, "total", metric, "actual", v * 100000, "yen", m1(v))
    g.fact(page, None, "全債権", y, fr, "total", "collection_rate", "actual", h["r"], "percent", f"{h['r']:.2f}")
    if y > 2017:
        dv = h["o"] - H[y - 1]["o"]
        dr = round(dv / H[y - 1]["o"] * 100, 1)
        row += [m1(dv), ("△" if dr < 0 else "") + f"{abs(dr):.1f}"]
        g.fact(page, None, "全債権", y, fr, "total", "difference", "actual", dv * 100000, "yen", m1(dv))
        g.fact(page, None, "全債権", y, fr, "total", "change_rate", "actual", dr, "percent",
               ("△" if dr < 0 else "") + f"{abs(dr):.1f}")
    else:
        row += ["－", "－"]
    body.append(row)
avg_o = round(sum(H[y]["o"] for y in range(2019, 2024)) / 5)
avg_r = round(sum(H[y]["r"] for y in range(2019, 2024)) / 5, 2)
body.append(["５年平均（R1～R5）", "", "", "", m1(avg_o), f"{avg_r:.2f}", "", ""])
g.fact(page, None, "全債権", 2023, "５年平均（R1～R5）", "total", "outstanding_average", "actual", avg_o * 100000, "yen",
       m1(avg_o))
g.fact(page, None, "全債権", 2023, "５年平均（R1～R5）", "total", "collection_rate_average", "actual", avg_r, "percent",
       f"{avg_r:.2f}")
t = table(d, [hdr] + body, [34, 20, 20, 18, 20, 15, 17, 15], size=8.5,
          align=["l", "r", "r", "r", "r", "r", "r", "r"], shade_header="D9E2F3")
para(d, "※ 増減額・増減率は収入未済額の対前年度比較。５年平均は令和元年度から令和５年度までの単純平均。", size=8)
para(d, "※ 百万円未満を四捨五入しているため、合計が一致しない場合があります。", size=8)

# ============================ page 4-5 landscape: 主な債権 (会計 merged outer header)
landscape_section(d)
page = 4
para(d, "２　主な債権の状況（令和５年度決算）", font=G, size=11.5)
para(d, "（単位：千円、％）", align="r", size=8.5)
MAIN = [  # 会計, debt, 所管課, adj, rate, wo, target outs R7..R9, target rate R9
    ("一般会計", "市税", "収税室", 9284110, 97.86, 21450, (168000, 158000, 150000), 98.20),
    ("一般会計", "保育料", "子育て支援室", 198420, 97.12, 1380, (4300, 4000, 3800), 97.60),
    ("一般会計", "市営住宅使用料", "営繕住宅室", 121560, 90.48, 2140, (9200, 8800, 8400), 91.50),
    ("一般会計", "生活保護費返還金", "生活支援室", 45230, 21.34, 3020, (31500, 30800, 30000), 23.00),
    ("国民健康保険事業特別会計", "国民健康保険税", "医療保険室", 1712880, 91.45, 18240, (118000, 112000, 106000), 92.30),
    ("介護保険事業特別会計", "介護保険料", "介護・高齢支援室", 1325410, 98.62, 6120, (11500, 11000, 10500), 98.90),
    ("後期高齢者医療事業特別会計", "後期高齢者医療保険料", "医療保険室", 842170, 99.41, 1230, (3500, 3300, 3100), 99.50),
]
MR = []
for acc, dn, dept, a, r_, w, tg, tr9 in MAIN:
    col = round(a * r_ / 100)
    MR.append(dict(acc=acc, dn=dn, dept=dept, a=a, c=col, w=w, o=a - col - w, r=rate(col, a), tg=tg, tr9=tr9))
hdr = ["会計", "債権名", "所管課", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
rows4 = []
spans = []
for i, m in enumerate(MR):
    rows4.append([m["acc"], m["dn"], m["dept"], c(m["a"]), c(m["c"]), c(m["w"]), c(m["o"]), f"{m['r']:.2f}"])
    for metric, v in (("assessed", m["a"]), ("collected", m["c"]), ("written_off", m["w"]), ("outstanding", m["o"])):
        g.fact(page, m["dn"], m["dn"], 2023, "令和５年度", "total", metric, "actual", v * 1000, "yen", c(v))
    g.fact(page, m["dn"], m["dn"], 2023, "令和５年度", "total", "collection_rate", "actual", m["r"], "percent",
           f"{m['r']:.2f}")
tot = {k: sum(m[k] for m in MR) for k in ("a", "c", "w", "o")}
tot["r"] = rate(tot["c"], tot["a"])
rows4.append(["合計", "", "", c(tot["a"]), c(tot["c"]), c(tot["w"]), c(tot["o"]), f"{tot['r']:.2f}"])
for metric in ("a", "c", "w", "o"):
    g.fact(page, None, "合計", 2023, "令和５年度", "total",
           {"a": "assessed", "c": "collected", "w": "written_off", "o": "outstanding"}[metric], "actual",
           tot[metric] * 1000, "yen", c(tot[metric]))
g.fact(page, None, "合計", 2023, "令和５年度", "total", "collection_rate", "actual", tot["r"], "percent", f"{tot['r']:.2f}")
t = table(d, [hdr] + rows4, [52, 42, 34, 30, 30, 24, 26, 18], size=9,
          align=["l", "l", "l", "r", "r", "r", "r", "r"], shade_header="D9E2F3")
# merge 一般会計 cells rows 1..4
a0 = t.cell(1, 0).merge(t.cell(4, 0))
a0.text = ""
a0.paragraphs[0].add_run("一般会計")
tl = t.cell(len(rows4), 0).merge(t.cell(len(rows4), 2))
para(d, "※ 収納率は現年度分と滞納繰越分の計。表中の債権は、収入未済額が１００万円以上の主な債権である。", size=8.5,
     space_before=3)
para(d, "※ 右側の列（目標）は次ページに続きます。", size=8.5)
page_break(d)
page = 5
para(d, "３　主な債権の目標（前ページの表の続き）", font=G, size=11.5)
para(d, "（単位：千円、％）", align="r", size=8.5)
hdr5 = ["会計", "債権名", "収入未済額の目標\n令和７年度", "収入未済額の目標\n令和８年度", "収入未済額の目標\n令和９年度",
        "収納率の目標\n令和９年度"]
rows5 = []
for m in MR:
    rows5.append([m["acc"], m["dn"]] + [c(v) for v in m["tg"]] + [f"{m['tr9']:.2f}"])
    for y, v in zip((2025, 2026, 2027), m["tg"]):
        g.fact(page, m["dn"], m["dn"], y, f"令和{y - 2018}年度", "total", "outstanding", "target", v * 1000, "yen", c(v))
    g.fact(page, m["dn"], m["dn"], 2027, "令和９年度", "total", "collection_rate", "target", m["tr9"], "percent",
           f"{m['tr9']:.2f}")
ttg = [sum(m["tg"][i] for m in MR) for i in range(3)]
rows5.append(["合計", ""] + [c(v) for v in ttg] + ["－"])
for y, v in zip((2025, 2026, 2027), ttg):
    g.fact(page, None, "合計", y, f"令和{y - 2018}年度", "total", "outstanding", "target", v * 1000, "yen", c(v))
t = table(d, [hdr5] + rows5, [56, 46, 36, 36, 36, 30], size=9, align=["l", "l", "r", "r", "r", "r"],
          shade_header="D9E2F3")
a0 = t.cell(1, 0).merge(t.cell(4, 0))
a0.text = ""
a0.paragraphs[0].add_run("一般会計")
t.cell(len(rows5), 0).merge(t.cell(len(rows5), 1))
sum_o9 = ttg[2]
para(d, f"　計画最終年度の令和９（2027）年度には、主な債権の収入未済額を{c(sum_o9)}千円まで縮減することを目指します。"
        f"これは令和５年度決算の{c(tot['o'])}千円と比べて{c(tot['o'] - sum_o9)}千円の減少となります。", space_before=6)
g.fact(page, None, "主な債権", 2027, "令和９（2027）年度", "total", "outstanding", "target", sum_o9 * 1000, "yen",
       f"{c(sum_o9)}千円まで")
g.fact(page, None, "主な債権", 2023, "令和５年度", "total", "outstanding", "actual", tot["o"] * 1000, "yen",
       f"{c(tot['o'])}千円と")
g.fact(page, None, "主な債権", 2027, "令和９（2027）年度", "total", "difference", "target",
       -(tot["o"] - sum_o9) * 1000, "yen", f"{c(tot['o'] - sum_o9)}千円の減少")

# ============================ page 6 portrait: 第３章
portrait_section(d)
page = 6
para(d, "第３章　債権管理の取組", size=13, font=G, space_after=6)
para(d, "１　基本方針", font=G)
para(d, "（１）現年度分の確実な徴収", indent_mm=3)
para(d, "ア　納期内納付の推進", indent_mm=7)
para(d, "(ｱ)　口座振替やスマートフォン決済など、納付しやすい環境を整えます。", indent_mm=11)
para(d, "(ｲ)　納期限を過ぎた案件には、督促状の発送後速やかに催告を行います。", indent_mm=11)
para(d, "イ　滞納の早期把握", indent_mm=7)
para(d, "(ｱ)　債権管理台帳を毎月更新し、滞納の発生を所管課で早期に把握します。", indent_mm=11)
para(d, "（２）滞納繰越分の縮減と適正な整理", indent_mm=3, space_before=3)
para(d, "ア　財産調査に基づく滞納処分を徹底し、徴収の見込みがない債権は法令に基づき適正に整理します。", indent_mm=7)
para(d, "２　全庁的な取組", font=G, space_before=8)
ALL = [("（１）", "債権管理条例に基づく事務の手引きを改訂し、各所管課の事務処理を統一する。", "拡充"),
       ("（２）", "非強制徴収公債権及び私債権のうち、回収が困難な案件を債権管理室へ移管する基準を定める。", "新規"),
       ("（３）", "債権管理研修を年２回開催し、法的措置の実務を習得させる。", "継続"),
       ("（４）", "三重地方税管理回収機構への移管を計画的に行う。", "継続")]
for lab, t_, st in ALL:
    para(d, f"{lab}{t_}", indent_mm=3, space_before=2)
    para(d, f"【{st}】", indent_mm=10)
    g.init(page, None, 2025, "全庁的な取組", lab, t_, st)


# ============================ pages 7-8 債権ごとの取組み (no-rule tab tables)
def sheet(num, dn, draw, cur, items, pg, note=None):
    para(d, f"{zen(num)}　債権ごとの取組み（{draw}）", font=G, size=11, space_before=6)
    para(d, "現状と目標（収納率の単位：％、金額の単位：千円）", size=9, space_before=2)
    TABS = [(70, "r"), (100, "r"), (130, "r"), (160, "r")]
    para(d, "区分\t令和５年度実績\t令和７年度目標\t令和８年度目標\t令和９年度目標", size=9, tabs=TABS, font=G,
         space_before=2)
    for lab, seg, metric, act, tg in cur:
        if metric == "collection_rate":
            fa, ft = f"{act:.2f}", [f"{x:.2f}" for x in tg]
            va, vt, unit = act, tg, "percent"
        else:
            fa, ft = c(act), [c(x) for x in tg]
            va, vt, unit = act * 1000, [x * 1000 for x in tg], "yen"
        para(d, f"{lab}\t{fa}\t" + "\t".join(ft), size=9, tabs=TABS)
        g.fact(pg, dn, draw, 2023, "令和５年度", seg, metric, "actual", va, unit, fa)
        for y, v, f_ in zip((2025, 2026, 2027), vt, ft):
            g.fact(pg, dn, draw, y, f"令和{y - 2018}年度", seg, metric, "target", v, unit, f_)
    if note:
        para(d, note, size=8.5)
    para(d, "主な取組", font=G, size=9.5, space_before=3)
    for lab, t_, st in items:
        para(d, f"{lab}　{t_}" + (f"【{st}】" if st else ""), size=9.5, indent_mm=3)
        g.init(pg, dn, 2025, f"債権ごとの取組み（{draw}）", lab, t_, st, debt_raw=draw)


page_break(d)
page = 7
para(d, "３　債権ごとの取組み", font=G, size=12)
para(d, "　主な債権について、所管課ごとに現状と目標、主な取組を定めます。", size=10)
sheet(4, "市税", "市税", [("現年度分収納率", "current", "collection_rate", 99.21, (99.30, 99.35, 99.40)),
                        ("滞納繰越分収納率", "arrears", "collection_rate", 28.64, (30.00, 31.00, 32.00)),
                        ("収入未済額", "total", "outstanding", MR[0]["o"], MR[0]["tg"])],
      [("①", "滞納発生初期の電話催告と文書催告を組み合わせ、現年度分の滞納繰越を抑制する。", "継続"),
       ("②", "給与・年金・預貯金の差押えを中心に、財産調査から処分までの期間を短縮する。", "拡充"),
       ("③", "地方税共通納税システムの対象税目拡大に合わせ、電子納付を周知する。", "新規")], page)
kk = MR[4]
sheet(5, "国民健康保険税", "国民健康保険税",
      [("現年度分収納率", "current", "collection_rate", 95.12, (95.30, 95.50, 95.70)),
       ("滞納繰越分収納率", "arrears", "collection_rate", 24.87, (26.00, 27.00, 28.00)),
       ("収入未済額", "total", "outstanding", kk["o"], kk["tg"])],
      [("①", "被保険者資格の異動時に未納の有無を確認し、その場で納付相談を行う。", "継続"),
       ("②", "収税室と医療保険室が共同で滞納整理を行う期間を年２回設ける。", "新規")], page,
      note="※ 令和５年度の収入未済額のうち、滞納繰越分は 102,384千円")
g.fact(page, "国民健康保険税", "国民健康保険税", 2023, "令和５年度", "arrears", "outstanding", "actual", 102384000, "yen",
       "102,384千円")
page_break(d)
page = 8
kg = MR[5]
sheet(6, "介護保険料", "介護保険料",
      [("現年度分収納率", "current", "collection_rate", 99.35, (99.40, 99.45, 99.50)),
       ("滞納繰越分収納率", "arrears", "collection_rate", 19.42, (20.00, 21.00, 22.00)),
       ("収入未済額", "total", "outstanding", kg["o"], kg["tg"])],
      [("①", "普通徴収の被保険者に口座振替を勧め、新たに６５歳になる方には案内を同封する。", "継続"),
       ("②", "滞納が続く被保険者に給付制限の制度を丁寧に説明し、早期の納付につなげる。", None)], page)
ju = MR[2]
sheet(7, "市営住宅使用料", "市営住宅使用料",
      [("現年度分収納率", "current", "collection_rate", 97.48, (97.60, 97.70, 97.80)),
       ("滞納繰越分収納率", "arrears", "collection_rate", 12.36, (13.00, 14.00, 15.00)),
       ("収入未済額", "total", "outstanding", ju["o"], ju["tg"])],
      [("①", "滞納３か月で連帯保証人に通知し、６か月で明渡請求の手続に入る。", "継続"),
       ("②", "退去者の滞納分は、支払督促や少額訴訟により回収を図る。", "拡充")], page)
para(d, "", space_before=10)
para(d, "計画の進行管理", font=G, size=11)
para(d, "　本計画の進捗は、債権管理推進会議において毎年度検証し、その結果を市ホームページで公表します。", size=10)

path = os.path.join(WORK, STEM + ".docx")
d.save(path)
pdf = to_pdf(path, STEM)
g.save(pdf)
