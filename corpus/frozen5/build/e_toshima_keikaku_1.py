"""豊島区-style 債権管理適正化計画 — python-docx -> LibreOffice (portrait).

Family: 世田谷区-style plan (会計・款・債権 tables, 収入未済額 by account, prose figures), printed as
another ward's template would: 百万円 account table with years as columns, a 会計/款/債権 table in 円 that
runs over a page break with a repeated header, 収入率 label, prose figures with 約, per-debt sections
headed 「５ 債権ごとの取組（X）」 with side-by-side 決算|目標 headings and boxed ア/イ/ウ 取組 lists.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e5_common import F, I, OUT, PDF, office_pdf, rnd, write_gold  # noqa: E402
from e5_docx import cell_text, font, header_footer, new_doc, no_split, page_break, para, repeat_header, table  # noqa: E402

STEM = "e_toshima_keikaku_1"
CITY = "豊島区"
TITLE = "豊島区債権管理適正化計画（令和７年度～令和８年度）"

# (会計, 款, 債権名, 調定額 cur, rate cur, 調定額 arr, rate arr, write-off share of arr)
ROWS = [
    ("一般会計", "特別区税", "特別区民税", 41873215400, 99.05, 1389455120, 36.8, 0.071),
    ("一般会計", "特別区税", "軽自動車税（種別割）", 112384600, 97.90, 10411300, 30.5, 0.090),
    ("一般会計", "分担金及び負担金", "保育所保育料", 1021337500, 98.72, 61250840, 27.4, 0.082),
    ("一般会計", "使用料及び手数料", "区営住宅使用料", 612889200, 98.30, 118347650, 15.6, 0.040),
    ("一般会計", "使用料及び手数料", "自転車駐車場使用料", 203115000, 99.60, 4211700, 41.0, 0.110),
    ("一般会計", "諸収入", "生活保護費返還金", 388720415, 62.40, 1455102330, 5.9, 0.052),
    ("一般会計", "諸収入", "応急小口資金貸付金返還金", 10224000, 55.10, 84103650, 4.2, 0.020),
    ("一般会計", "諸収入", "奨学資金貸付金返還金", 41880500, 88.70, 52330120, 9.8, 0.015),
    ("一般会計", "諸収入", "母子及び父子福祉資金貸付金返還金", 18604200, 71.30, 40221880, 6.7, 0.012),
    ("一般会計", "諸収入", "児童扶養手当返還金", 6320410, 48.20, 21870340, 7.4, 0.030),
    ("一般会計", "諸収入", "原状回復費用弁償金", 2215000, 40.00, 9884120, 3.1, 0.000),
    ("一般会計", "使用料及び手数料", "道路占用料", 512330800, 99.81, 3011200, 52.0, 0.150),
    ("一般会計", "使用料及び手数料", "学童クラブ育成料", 148220500, 98.90, 6220840, 33.5, 0.095),
    ("国民健康保険事業会計", "国民健康保険料", "国民健康保険料", 13015442100, 91.85, 2690331470, 22.6, 0.118),
    ("国民健康保険事業会計", "諸収入", "返納金（不当利得）", 18220410, 61.00, 60554210, 8.1, 0.060),
    ("介護保険事業会計", "保険料", "介護保険料", 7015336800, 98.55, 311287460, 16.9, 0.140),
    ("後期高齢者医療事業会計", "後期高齢者医療保険料", "後期高齢者医療保険料", 4012558700, 99.02, 98554210, 35.2, 0.060),
]
ACCOUNTS = ["一般会計", "国民健康保険事業会計", "介護保険事業会計", "後期高齢者医療事業会計"]
# 百万円, 令和元年度..令和４年度 (令和５年度 comes from ROWS)
HIST_F = [1.192, 1.141, 1.087, 1.043]  # 令和元年度..令和４年度 relative to 令和５年度
YR = ["令和元年度", "２年度", "３年度", "４年度", "５年度"]

FOCUS = ["特別区民税", "国民健康保険料", "区営住宅使用料"]
TGT = {"特別区民税": ((99.10, 38.0), (99.15, 39.0)),
       "国民健康保険料": ((92.10, 23.5), (92.30, 24.5)),
       "区営住宅使用料": ((98.40, 17.0), (98.50, 18.0))}
TORI = {
    "特別区民税": [("ア", "納期限後の早い段階でSMSと電話による催告を行い、現年分の滞納を翌年度に繰り越さない。", "継続"),
              ("イ", "預貯金照会の電子化により財産調査を効率化し、差押えまでの期間を短縮する。", "拡充"),
              ("ウ", "東京都主税局との合同公売や捜索を実施し、高額滞納案件の整理を進める。", "継続")],
    "国民健康保険料": [("ア", "加入時の口座振替申込みを原則とし、Web口座振替受付サービスの利用を勧める。", "継続"),
                ("イ", "所得未申告世帯への申告勧奨を行い、適正な賦課と軽減の適用を図る。", "新規"),
                ("ウ", "納付折衝に応じない世帯には、給与・年金等の差押えを実施する。", "継続")],
    "区営住宅使用料": [("ア", "滞納３か月以内の入居者への訪問と電話による早期の納付指導を徹底する。", "継続"),
                ("イ", "長期滞納者には弁護士への委任や明渡訴訟などの法的措置を講じる。", "拡充")],
}
ZENCHO = [("(1)", "債権管理台帳の整備と交渉記録の作成について全所管課へ周知し、年１回の点検を行う。"),
          ("(2)", "債権管理研修を年２回実施し、私債権の履行期限の延長や債権放棄の手続を学ぶ機会を設ける。"),
          ("(3)", "強制徴収公債権の所管課が合同で財産調査の手法を共有する連絡会を開催する。")]


def calc(r):
    acc, kan, name, ca, cr, aa, ar, wos = r
    cc = round(ca * cr / 100)
    ac = round(aa * ar / 100)
    wo = round(aa * wos)
    ass, col = ca + aa, cc + ac
    out = ass - col - wo
    return dict(acc=acc, kan=kan, name=name, ca=ca, cc=cc, aa=aa, ac=ac, wo=wo, ass=ass, col=col, out=out)


def oku_man(yen: int) -> tuple[str, int]:
    """約X億Y,Y00万円 rounded to 100万円"""
    v = int(round(yen / 1e6)) * 1000000
    oku, rest = divmod(v, 100000000)
    man = rest // 10000
    return (f"約{oku}億{man:,}万円" if man else f"約{oku}億円"), v


def build():
    facts, inits = [], []
    C = [calc(r) for r in ROWS]
    tot_out = sum(c["out"] for c in C)
    tot_wo = sum(c["wo"] for c in C)
    acc5 = {a: sum(c["out"] for c in C if c["acc"] == a) for a in ACCOUNTS}
    acc5m = {a: int(round(v / 1e6)) for a, v in acc5.items()}
    ACC_HIST = {a: [int(round(acc5m[a] * f)) for f in HIST_F] for a in ACCOUNTS}
    prev_tot_m = sum(h[3] for h in ACC_HIST.values())

    doc = new_doc(margins=(22, 20, 20, 22))
    header_footer(doc, "豊島区債権管理適正化計画", footer="page")
    para(doc, TITLE, size=15, align="c", gothic=True, space_after=2)
    para(doc, "令和７年４月　豊島区", align="r", space_after=10)
    para(doc, "１　計画策定の背景", size=12, gothic=True, space_after=3)
    s_out, v_out = oku_man(tot_out)
    s_wo, v_wo = oku_man(tot_wo)
    s_prev, v_prev = oku_man(prev_tot_m * 1000000)
    para(doc, "　区はこれまで、債権の管理に関する条例に基づき、全庁的な徴収体制の整備と収入未済額の縮減に取り組んできた。"
              f"令和５年度決算における一般会計及び３特別会計の収入未済額は{s_out}で、令和４年度の{s_prev}から減少した"
              f"ものの、依然として多額の未収金が残っている。また、同年度の不納欠損額は{s_wo}であった。", space_after=3)
    para(doc, "　本計画は、令和７年度から令和８年度までの２か年において、債権ごとの目標収納率と具体的な取組を定め、"
              "区民負担の公平性の確保と安定した財政運営につなげるものである。", space_after=3)
    para(doc, "　計画の対象は、令和５年度決算において収入未済額が生じている債権のうち、収入未済額がおおむね1,000万円以上の"
              "もの及び区が重点的に取り組む必要があると認めるものとする。対象債権以外の債権についても、本計画の趣旨に沿って"
              "管理を行う。なお、計画期間中に国の制度改正や社会経済情勢の大きな変化があった場合は、必要に応じて見直しを行う。",
         space_after=8)
    facts.append(F(None, 2023, "令和５年度", "total", "outstanding", "actual", v_out, "yen", s_out, approx=True,
                   debt_raw=None, anchor="計画策定の背景"))
    facts.append(F(None, 2022, "令和４年度", "total", "outstanding", "actual", v_prev, "yen", s_prev, approx=True,
                   debt_raw=None, anchor="計画策定の背景"))
    facts.append(F(None, 2023, "令和５年度", "total", "written_off", "actual", v_wo, "yen", s_wo, approx=True,
                   debt_raw=None, anchor="計画策定の背景"))

    para(doc, "２　これまでの取組と課題", size=12, gothic=True, space_after=3)
    para(doc, "　特別区民税では電話催告センターの活用と差押えの強化により、滞納繰越分の収入率が上昇した。"
              "一方、生活保護費返還金や貸付金返還金などの私債権・非強制徴収公債権は、債務者の資力が乏しく回収が進まない"
              "ものが多い。所管課ごとに管理の水準に差があり、台帳の整備や交渉記録の作成が十分でない例も見られる。", space_after=8)
    para(doc, "３　区の債権の状況", size=12, gothic=True, space_after=3)
    para(doc, "（１）会計別収入未済額の推移", gothic=True)
    para(doc, "（単位：百万円）", size=9, align="r")
    t = table(doc, 2 + len(ACCOUNTS), 6, [48, 24, 24, 24, 24, 24])
    for j, h in enumerate(["会計名"] + YR):
        cell_text(t.cell(0, j), h, gothic=True, align="c", shade="DDDDDD")
    totals = [0] * 5
    for i, a in enumerate(ACCOUNTS, 1):
        vals = ACC_HIST[a] + [acc5m[a]]
        cell_text(t.cell(i, 0), a)
        for j, v in enumerate(vals):
            totals[j] += v
            cell_text(t.cell(i, j + 1), f"{v:,}", align="r")
            facts.append(F(None, 2019 + j, YR[j], "total", "outstanding", "actual", v * 1000000, "yen", f"{v:,}",
                           debt_raw=a, anchor="会計別収入未済額の推移"))
    n = len(ACCOUNTS) + 1
    cell_text(t.cell(n, 0), "合　計", align="c")
    for j, v in enumerate(totals):
        cell_text(t.cell(n, j + 1), f"{v:,}", align="r")
        facts.append(F(None, 2019 + j, YR[j], "total", "outstanding", "actual", v * 1000000, "yen", f"{v:,}",
                       debt_raw="合計", anchor="会計別収入未済額の推移"))
    para(doc, "※各年度の決算額を百万円未満で四捨五入しているため、合計が内訳の和と一致しない場合がある。", size=8.5,
         space_after=8)

    para(doc, "（２）令和５年度 債権別の収入状況", gothic=True)
    para(doc, "（単位：円）", size=9, align="r")
    t = table(doc, 2 + len(C), 8, [15, 17, 28, 28, 28, 19, 24, 11])
    heads = ["会計", "款", "債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収入率\n(％)"]
    for j, h in enumerate(heads):
        cell_text(t.cell(0, j), h, gothic=True, align="c", shade="DDDDDD", size=8.5)
    repeat_header(t.rows[0])
    no_split(t)
    prev_acc = prev_kan = None
    for i, c in enumerate(C, 1):
        rate = rnd(c["col"], c["ass"], 1)
        cell_text(t.cell(i, 0), c["acc"] if c["acc"] != prev_acc else "", size=8)
        cell_text(t.cell(i, 1), c["kan"] if (c["kan"], c["acc"]) != prev_kan else "", size=8)
        prev_acc, prev_kan = c["acc"], (c["kan"], c["acc"])
        cell_text(t.cell(i, 2), c["name"], size=8)
        for j, v in enumerate([c["ass"], c["col"], c["wo"], c["out"]]):
            cell_text(t.cell(i, 3 + j), f"{v:,}", align="r", size=8.5)
        cell_text(t.cell(i, 7), f"{rate:.1f}", align="r", size=8)
        for met, v in (("assessed", c["ass"]), ("collected", c["col"]), ("written_off", c["wo"]), ("outstanding", c["out"])):
            facts.append(F(c["name"], 2023, "令和５年度", "total", met, "actual", v, "yen", f"{v:,}", anchor=[c["name"], "収入率(％)"]))
        facts.append(F(c["name"], 2023, "令和５年度", "total", "collection_rate", "actual", rate, "percent", f"{rate:.1f}",
                       anchor=[c["name"], "収入率(％)"]))
    n = len(C) + 1
    sums = [sum(c[k] for c in C) for k in ("ass", "col", "wo", "out")]
    cell_text(t.cell(n, 0), "合　計", size=8)
    t.cell(n, 0).merge(t.cell(n, 2))
    for j, v in enumerate(sums):
        cell_text(t.cell(n, 3 + j), f"{v:,}", align="r", size=8)
    trate = rnd(sums[1], sums[0], 1)
    cell_text(t.cell(n, 7), f"{trate:.1f}", align="r", size=8)
    for met, v in zip(("assessed", "collected", "written_off", "outstanding"), sums):
        facts.append(F(None, 2023, "令和５年度", "total", met, "actual", v, "yen", f"{v:,}", debt_raw="合計",
                       anchor="調定額"))
    facts.append(F(None, 2023, "令和５年度", "total", "collection_rate", "actual", trate, "percent", f"{trate:.1f}",
                   debt_raw="合計", anchor=f"{sums[3]:,}"))
    para(doc, "※収入率＝収入済額÷調定額。収入未済額＝調定額－収入済額－不納欠損額。", size=8.5, space_after=8)

    para(doc, "４　全庁的な取組", size=12, gothic=True, space_after=3)
    for lab, txt in ZENCHO:
        para(doc, f"{lab}　{txt}", indent_mm=4)
        inits.append(I(None, None, "全庁的な取組", lab, txt, None))
    page_break(doc)

    for k, debt in enumerate(FOCUS, 1):
        c = next(x for x in C if x["name"] == debt)
        para(doc, f"５　債権ごとの取組（{debt}）", size=12, gothic=True, space_after=3)
        cur_r = rnd(c["cc"], c["ca"], 2)
        arr_r = rnd(c["ac"], c["aa"], 2)
        tot_r = rnd(c["col"], c["ass"], 2)
        para(doc, f"　令和５年度の収納率は、現年分{cur_r:.2f}％、滞納繰越分{arr_r:.2f}％であった。", space_after=3)
        anc = f"債権ごとの取組（{debt}）"
        facts.append(F(debt, 2023, "令和５年度", "current", "collection_rate", "actual", cur_r, "percent", f"{cur_r:.2f}％", anchor=anc))
        facts.append(F(debt, 2023, "令和５年度", "arrears", "collection_rate", "actual", arr_r, "percent", f"{arr_r:.2f}％", anchor=anc))
        t = table(doc, 5, 4, [40, 40, 40, 40])
        cell_text(t.cell(0, 0), "区分", gothic=True, align="c", shade="DDDDDD")
        cell_text(t.cell(0, 1), "決算", gothic=True, align="c", shade="DDDDDD")
        m = t.cell(0, 2).merge(t.cell(0, 3))
        cell_text(m, "目標", gothic=True, align="c", shade="DDDDDD")
        for j, h in enumerate(["収納率（％）", "令和５年度", "令和７年度", "令和８年度"]):
            cell_text(t.cell(1, j), h, align="c", shade="F2F2F2")
        (t7c, t7a), (t8c, t8a) = TGT[debt]
        tt7 = None
        rows = [("現年分", "current", cur_r, t7c, t8c), ("滞納繰越分", "arrears", arr_r, t7a, t8a), ("合計", "total", tot_r, None, None)]
        for i, (lab, seg, a, b, d8) in enumerate(rows, 2):
            cell_text(t.cell(i, 0), lab)
            cell_text(t.cell(i, 1), f"{a:.2f}", align="r")
            cell_text(t.cell(i, 2), f"{b:.2f}" if b is not None else "－", align="r")
            cell_text(t.cell(i, 3), f"{d8:.2f}" if d8 is not None else "－", align="r")
            facts.append(F(debt, 2023, "令和５年度", seg, "collection_rate", "actual", a, "percent", f"{a:.2f}", anchor=anc))
            if b is not None:
                facts.append(F(debt, 2025, "令和７年度", seg, "collection_rate", "target", b, "percent", f"{b:.2f}", anchor=anc))
                facts.append(F(debt, 2026, "令和８年度", seg, "collection_rate", "target", d8, "percent", f"{d8:.2f}", anchor=anc))
        para(doc, "", space_after=3)
        para(doc, "【取組内容】", gothic=True)
        box = table(doc, 1, 1, [160])
        bc = box.cell(0, 0)
        lines = []
        for j, (lab, txt, st) in enumerate(TORI[debt]):
            lines.append(f"{lab}　{txt}【{st}】")
            inits.append(I(debt, 2025, "取組内容", lab, txt, st, anchor=anc))
        cell_text(bc, "\n".join(lines), size=9.5)
        if k < len(FOCUS):
            page_break(doc)
    OUT.mkdir(parents=True, exist_ok=True)
    docx = OUT / f"{STEM}.docx"
    doc.save(docx)
    pdf = office_pdf(docx, PDF / f"{STEM}.pdf", "toshima")
    d = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2025-04-01", "date_raw": "令和７年４月"}
    write_gold(STEM, pdf, d, facts, inits)


if __name__ == "__main__":
    build()
