"""宮崎市-style 債権管理推進計画 with one 推進シート per debt (PyMuPDF Story, portrait)."""
from a_common import *

STEM = "a_miyazaki_plan_1"
facts, inits = [], []
pages = []

# per debt: 5 years of (cur_a, cur_c, arr_a, arr_c, wo, delinquents), in 千円
DEBTS = [
    dict(name="市税", ka="納税管理課", labels=["令和元年度", "令和２年度", "令和３年度", "令和４年度", "令和５年度"],
         data=[(41022318, 40396112, 2410556, 598210, 140332, 6120), (40588210, 39907115, 2298003, 612004, 128774, 5984),
               (41870332, 41250876, 2191880, 640117, 121005, 5702), (42355107, 41786210, 2105433, 655308, 115472, 5519),
               (42901554, 42377802, 1998217, 661570, 109880, 5288)],
         tgt_lab=["R7", "R8", "R9", "R10", "R11"], tgt=[(98.85, 33.50), (98.90, 34.00), (98.95, 34.50), (99.00, 35.00), (99.05, 35.50)],
         items=[("①", "督促状発付後の早期催告を徹底し、現年分の滞納繰越への移行を抑制する。", "継続"),
                ("②", "給与照会・預貯金照会を電子化し、財産調査から差押えまでの期間を短縮する。", "拡充"),
                ("③", "高額・困難事案は専任チームで集中処理し、不動産公売を計画的に実施する。", "継続")],
         split=True),
    dict(name="市営住宅使用料", ka="住宅課", labels=["2019年度", "2020年度", "2021年度", "2022年度", "2023年度"],
         data=[(1412330, 1375021, 188204, 30117, 6620, 412), (1398771, 1363008, 176330, 29810, 5904, 398),
               (1385409, 1352117, 166021, 31220, 5311, 377), (1371882, 1341005, 158772, 32016, 4880, 360),
               (1360255, 1331880, 150118, 33004, 4412, 344)],
         tgt_lab=["2025", "2026", "2027", "2028", "2029"], tgt=[(98.00, 23.00), (98.10, 24.00), (98.20, 25.00), (98.30, 26.00), (98.40, 27.00)],
         items=[("(1)", "家賃滞納２か月で連帯保証人へ通知し、３か月で明渡し請求の予告を行う。", "継続"),
                ("(2)", "退去者の未納分は、退去時に分納誓約を取り付け、履行を毎月確認する。", "新規")],
         split=False),
    dict(name="国民健康保険税", ka="国保年金課", labels=["R1", "R2", "R3", "R4", "R5"],
         data=[(7805112, 7266033, 2011875, 412339, 298114, 4980), (7690334, 7182008, 1880446, 420557, 276021, 4755),
               (7512880, 7049117, 1745201, 431226, 251880, 4530), (7401227, 6966310, 1617009, 438005, 230117, 4402),
               (7288015, 6877114, 1498330, 441870, 211552, 4218)],
         tgt_lab=["R7", "R8", "R9", "R10", "R11"], tgt=[(94.60, 29.00), (94.80, 30.00), (95.00, 31.00), (95.20, 32.00), (95.40, 33.00)],
         items=[("ア", "口座振替の原則化を進め、新規加入時に口座振替の手続を案内する。", "拡充"),
                ("イ", "短期被保険者証の交付時に納付相談を行い、分納計画を作成する。", "継続")],
         split=False),
]
FY0 = 2019


def sheet_rows(d):
    """(group, label, metric, seg, values formatted, values raw) rows of the 推移 table."""
    rows = []
    ca = [x[0] for x in d["data"]]; cc = [x[1] for x in d["data"]]
    aa = [x[2] for x in d["data"]]; ac = [x[3] for x in d["data"]]
    wo = [x[4] for x in d["data"]]; dl = [x[5] for x in d["data"]]
    ta = [a + b for a, b in zip(ca, aa)]; tc = [a + b for a, b in zip(cc, ac)]
    un = [t - k - w for t, k, w in zip(ta, tc, wo)]
    for grp, seg, A, C in (("現年分", "current", ca, cc), ("滞納繰越分", "arrears", aa, ac), ("合計", "total", ta, tc)):
        rows.append((grp, "調定額", "assessed", seg, A))
        rows.append((grp, "収入済額", "collected", seg, C))
        rows.append((grp, "収納率（％）", "collection_rate", seg, [rate(k, a) for a, k in zip(A, C)]))
    rows.append(("不納欠損額", "", "written_off", "total", wo))
    rows.append(("収入未済額", "", "outstanding", "total", un))
    rows.append(("滞納者数（人）", "", "delinquents", "total", dl))
    return rows


def fmt(metric, v):
    return f"{v:.2f}" if metric == "collection_rate" else c(v)


def table_html(d, rows, page, head=True):
    h = ""
    if head:
        h = "<tr><th colspan='2'>区分</th>" + "".join(f"<th>{l}</th>" for l in d["labels"]) + "</tr>"
    body = ""
    i = 0
    while i < len(rows):
        grp, lab, met, seg, vals = rows[i]
        cells = "".join(f"<td class=r>{fmt(met, v)}</td>" for v in vals)
        if lab:
            n = sum(1 for r in rows[i:i + 3] if r[0] == grp)
            body += f"<tr><td rowspan='{n}'>{grp}</td><td>{lab}</td>{cells}</tr>"
            for j in range(1, n):
                g2, l2, m2, s2, v2 = rows[i + j]
                body += f"<tr><td>{l2}</td>" + "".join(f"<td class=r>{fmt(m2, v)}</td>" for v in v2) + "</tr>"
            span = rows[i:i + n]
            i += n
        else:
            body += f"<tr><td colspan='2'>{grp}</td>{cells}</tr>"
            span = [rows[i]]
            i += 1
        for _, _, m, s, vs in span:
            for k, v in enumerate(vs):
                unit = {"collection_rate": "percent", "delinquents": "persons"}.get(m, "yen")
                val = v if unit != "yen" else v * 1000
                facts.append(F(d["name"], FY0 + k, d["labels"][k], s, m, "actual", val, unit, fmt(m, v), page))
    return f"<table class='g' width='100%'>{h}{body}</table>"


# ---- page 1
ov = [(d["name"], sheet_rows(d)[-2][4][-1]) for d in DEBTS]
tot = sum(v for _, v in ov)
p1 = """<h1>宮崎市債権管理推進計画</h1><p class="ctr">（令和７年度～令和１１年度）</p>
<p style="text-align:right">令和７年３月　宮崎市</p>
<h2>第１章　計画の概要</h2>
<p>　本計画は、市の債権について収納率の向上と収入未済額の縮減を図るため、主要な債権ごとに推進シートを作成し、
５年間の目標と具体的な取組を定めるものである。計画期間は令和７年度から令和１１年度までの５年間とする。</p>
<p>　令和５年度決算における主要３債権の収入未済額は、合計で約{t}億円となっている。</p>
<h2>第２章　主要債権の収入未済額</h2>
<table width="70%"><tr><td></td><td class=r>（単位：千円）</td></tr></table>
<table width="70%"><tr><th style="text-align:left">債権名</th><th class=r>R5</th></tr>{rows}
<tr><td>合計</td><td class=r>{tt}</td></tr></table>
<p>注）収入未済額は不納欠損処分後の額。</p>
<h2>第３章　推進シート</h2>
<p>　次ページ以降に債権ごとの推進シートを掲げる。</p>
""".replace("{rows}", "".join(f"<tr><td>{n}</td><td class=r>{c(v)}</td></tr>" for n, v in ov)).replace("{tt}", c(tot))
approx_oku = round(tot * 1000 / 1e8, 1)
p1 = p1.replace("{t}", z(f"{approx_oku:.1f}"))
pages.append(p1)
facts.append(F(None, 2023, "令和５年度", "total", "outstanding", "actual", int(round(approx_oku * 1e8)), "yen",
               f"約{z(f'{approx_oku:.1f}')}億円", 1, approx=True))
for n, v in ov:
    facts.append(F(n, 2023, "R5", "total", "outstanding", "actual", v * 1000, "yen", c(v), 1))
facts.append(F(None, 2023, "R5", "total", "outstanding", "actual", tot * 1000, "yen", c(tot), 1, debt_raw="合計"))

page = 2
for d in DEBTS:
    nm = d["name"]
    box = (f"<p style='font-family:G'>推進シート</p><table class='g' width='100%'><tr><th width='14%'>債権名</th><td>{nm}</td>"
           f"<th width='14%'>所管課</th><td>{d['ka']}</td></tr></table>")
    rows = sheet_rows(d)
    tg = "".join(f"<th>{l}</th>" for l in d["tgt_lab"])
    tgr = ""
    for k, (seg, lab) in enumerate((("current", "現年分"), ("arrears", "滞納繰越分"))):
        tgr += f"<tr><td>{lab}</td>" + "".join(f"<td class=r>{t[k]:.2f}</td>" for t in d["tgt"]) + "</tr>"
    tgt_html = f"<h3>２　目標収納率（単位：％）</h3><table class='g' width='100%'><tr><th>区分</th>{tg}</tr>{tgr}</table>"
    its = "".join(f"<p>{lab}　{t}<br/>【{s}】</p>" for lab, t, s in d["items"])
    tor_html = f"<h3>３　具体的な取組</h3>{its}"
    if d["split"]:
        h1 = box + "<h3>１　収納状況の推移（単位：千円）</h3>" + table_html(d, rows[:6], page) + \
             "<p>　現年分の収納率は５年連続で上昇しているが、滞納繰越分は３割程度で推移している。</p>"
        pages.append(h1)
        page += 1
        h2 = "<p>（前ページからの続き）</p>" + table_html(d, rows[6:], page) + tgt_html + tor_html
        pages.append(h2)
    else:
        pages.append(box + "<h3>１　収納状況の推移（単位：千円）</h3>" + table_html(d, rows, page) + tgt_html + tor_html)
    for k, t in enumerate(d["tgt"]):
        facts.append(F(nm, 2025 + k, d["tgt_lab"][k], "current", "collection_rate", "target", t[0], "percent", f"{t[0]:.2f}", page))
        facts.append(F(nm, 2025 + k, d["tgt_lab"][k], "arrears", "collection_rate", "target", t[1], "percent", f"{t[1]:.2f}", page))
    for lab, t, s in d["items"]:
        inits.append(I(nm, 2025, "具体的な取組", lab, t, s, page))
    page += 1

if __name__ == "__main__":
    story_pdf(pages, PDF / f"{STEM}.pdf", header="宮崎市債権管理推進計画")
    ok = write_gold(STEM, "plan", "宮崎市", "宮崎市債権管理推進計画（令和７年度～令和１１年度）", "2025-03-01",
                    "令和７年３月", facts, inits)
    print("OK" if ok else "FAIL")
