"""南風台市 債権管理計画 (plan, 会計・款・債権 tables): python-docx -> LibreOffice."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from n_common import Facts, OUT, PDF, check, comma, init, to_pdf, write_gold, zen  # noqa: E402
from n_docx import box, header_footer, new_doc, page_break, para, table  # noqa: E402

STEM = "n_haenodai_plan_1"
CITY = "南風台市"
TITLE = "南風台市債権管理計画（令和７年度～令和９年度）"

# 会計, 款, 債権名, R5 収入未済額 (円), R4 収入未済額 (円)
DETAIL = [
    ("一般会計", "市税", "市民税", 1018442315, 1096210440),
    ("一般会計", "市税", "固定資産税・都市計画税", 402118650, 431905220),
    ("一般会計", "市税", "軽自動車税", 21906300, 23118900),
    ("一般会計", "分担金及び負担金", "保育所保育料", 38204110, 41560230),
    ("一般会計", "使用料及び手数料", "市営住宅使用料", 96330418, 99874105),
    ("一般会計", "諸収入", "生活保護費返還金", 214508772, 201330615),
    ("一般会計", "諸収入", "母子父子寡婦福祉資金貸付金", 18442000, 19870500),
    ("一般会計", "諸収入", "奨学金貸付金", 9850000, 10420000),
    ("国民健康保険特別会計", "国民健康保険税", "国民健康保険税", 702615480, 768304127),
    ("国民健康保険特別会計", "諸収入", "返納金", 6204118, 5118720),
    ("介護保険特別会計", "保険料", "介護保険料", 98417260, 104223880),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", 9640300, 10215400),
]
ACCOUNTS = ["一般会計", "国民健康保険特別会計", "介護保険特別会計", "後期高齢者医療特別会計"]
# 会計別推移 (百万円) 令和元～4年度; 令和5年度 is derived from DETAIL
HIST = {2019: (2302, 1105, 141, 14), 2020: (2188, 1012, 133, 13), 2021: (2040, 921, 121, 12),
        2022: (1924, 773, 104, 10)}
HIST_LAB = {2019: "令和元年度", 2020: "２年度", 2021: "３年度", 2022: "４年度", 2023: "５年度"}

RATES = [  # debt, (R4 cur, R4 arr), (R5 cur, R5 arr), targets R7..R9 [(cur, arr)]
    ("市税", (98.91, 30.12), (99.04, 31.85), [(99.10, 32.50), (99.15, 33.00), (99.20, 33.50)]),
    ("国民健康保険税", (93.20, 22.40), (93.72, 23.96), [(94.00, 24.50), (94.30, 25.00), (94.60, 25.50)]),
    ("介護保険料", (98.80, 12.31), (98.86, 13.05), [(98.90, 13.50), (98.95, 14.00), (99.00, 14.50)]),
    ("後期高齢者医療保険料", (99.52, 40.20), (99.58, 42.75), [(99.60, 43.00), (99.62, 43.50), (99.65, 44.00)]),
    ("市営住宅使用料", (96.85, 14.02), (97.01, 15.40), [(97.10, 16.00), (97.20, 16.50), (97.30, 17.00)]),
]

MEASURES = {
    "市税": [("納期限後の早期催告をＳＭＳで行い、現年分の滞納の発生を抑える。", "継続", False),
             ("滞納繰越となった事案は、翌年度の６月までに財産調査を完了する。", "拡充", True),
             ("地方税統一ＱＲコードによる納付の周知を、納税通知書の同封チラシで行う。", "継続", False)],
    "国民健康保険税": [("資格取得の届出時に口座振替の申込みを受け付ける。", "継続", False),
                      ("短期被保険者証の交付時に納付相談を行い、分納誓約を取り付ける。", "継続", False),
                      ("給与照会を一括で行い、差押えの対象を拡大する。", "新規", True)],
    "介護保険料": [("普通徴収への切替時に、納付方法の案内を個別に送付する。", "継続", False),
                   ("時効が近い滞納分は、分納誓約による時効の更新を優先する。", "継続", False)],
    "市営住宅使用料": [("滞納３か月で連帯保証人に通知する。", "継続", False),
                       ("退去者の滞納分は、弁護士への回収委託を行う。", "新規", True)],
}


def oku_raw(yen: int, unit: int) -> tuple[str, int]:
    """yen -> ('約X億Y万円', rounded value) rounded to `unit` yen."""
    v = round(yen / unit) * unit
    man = v // 10000
    oku, rest = divmod(man, 10000)
    return f"約{oku}億{rest:,}万円" if rest else f"約{oku}億円", v


def build():
    facts, inits = Facts(), []
    acc_sum = {a: sum(d[3] for d in DETAIL if d[0] == a) for a in ACCOUNTS}
    acc_prev = {a: sum(d[4] for d in DETAIL if d[0] == a) for a in ACCOUNTS}
    total = sum(acc_sum.values())
    total_prev = sum(acc_prev.values())
    hist = dict(HIST)
    hist[2023] = tuple(round(acc_sum[a] / 1e6) for a in ACCOUNTS)

    doc = new_doc(font="IPAexMincho", size=10.5)
    header_footer(doc, header_text=None, footer_fmt="{PAGE}")

    # ---------------- page 1
    para(doc, TITLE, bold=True, size=15, align="center")
    para(doc, "令和７年４月　南風台市総務部収納対策課", align="right", size=9.5)
    para(doc, "")
    para(doc, "１　計画策定の背景", bold=True, size=12)
    r23, v23 = oku_raw(total, 1_000_000)
    tot19 = sum(hist[2019]) * 1_000_000
    r19, v19 = oku_raw(tot19, 1_000_000)
    diff_raw, _ = oku_raw(tot19 - v23, 1_000_000)
    para(doc, "　本市は、平成２８年度に南風台市債権管理条例を施行し、各債権所管課と収納対策課が連携して、"
              f"収入未済額の縮減に取り組んできた。令和５年度決算における全会計の収入未済額は{zen(r23)}であり、"
              f"令和元年度（{zen(r19)}）と比べ{zen(diff_raw)}減少した。")
    facts.add(None, 2023, "令和５年度", "total", "outstanding", "actual", v23, "yen", zen(r23), 1, approx=True)
    facts.add(None, 2019, "令和元年度", "total", "outstanding", "actual", v19, "yen", zen(r19), 1, approx=True)
    para(doc, "　一方で、生活保護費返還金など、非強制徴収債権の収入未済額は増加傾向にあり、"
              "債権の性質に応じた回収と、回収見込みのない債権の適正な整理が課題となっている。")
    para(doc, "")
    para(doc, "２　会計別の収入未済額の推移（単位：百万円）", bold=True, size=12)
    rows = [["年度", "一般会計", "国保特会", "介護特会", "後期特会", "合計", "対前年度"]]
    prev_t = None
    for fy in sorted(hist):
        vals = hist[fy]
        t = sum(vals)
        d = "－" if prev_t is None else (("△" if t - prev_t < 0 else "") + f"{abs(t - prev_t):,}")
        rows.append([HIST_LAB[fy]] + [f"{v:,}" for v in vals] + [f"{t:,}", d])
        for a, v in zip(ACCOUNTS, vals):
            facts.add(None, fy, HIST_LAB[fy], "total", "outstanding", "actual", v * 1_000_000, "yen", f"{v:,}", 1,
                      debt_raw=a)
        facts.add(None, fy, HIST_LAB[fy], "total", "outstanding", "actual", t * 1_000_000, "yen", f"{t:,}", 1,
                  debt_raw="合計")
        prev_t = t
    table(doc, rows, [26, 24, 22, 22, 22, 24, 22], style="none", size=9.5,
          align={i: "right" for i in range(1, 7)}, bold_rows=(0,))
    para(doc, "注　国保特会＝国民健康保険特別会計、介護特会＝介護保険特別会計、後期特会＝後期高齢者医療特別会計", size=8.5)
    para(doc, "注　各年度の決算額（出納整理期間終了後）による。表示単位未満を四捨五入しているため、合計が一致しない場合がある。", size=8.5)

    # ---------------- pages 2-3: detail table, split into two tables with the header repeated
    page_break(doc)
    para(doc, "３　令和５年度 収入未済額の内訳", bold=True, size=12)
    para(doc, "（単位：円）", align="right", size=9)
    head = ["会計", "款", "債権名", "収入未済額", "前年度比"]

    def detail_rows(accounts, pno):
        out = [head]
        merges = []
        for a in accounts:
            start = len(out)
            for acc, kan, name, v, pv in DETAIL:
                if acc != a:
                    continue
                out.append([a if len(out) == start else "", kan, name, comma(v), comma(v - pv)])
                facts.add(name, 2023, "令和５年度", "total", "outstanding", "actual", v, "yen", comma(v), pno)
            out.append(["", "小計", "", comma(acc_sum[a]), comma(acc_sum[a] - acc_prev[a])])
            facts.add(None, 2023, "令和５年度", "total", "outstanding", "actual", acc_sum[a], "yen", comma(acc_sum[a]),
                      pno, debt_raw="小計")
            merges.append((start, len(out) - 1))
        return out, merges

    def emit(rows, merges, total_row=False):
        t = table(doc, rows, [30, 32, 48, 32, 28], style="hrules", size=9,
                  align={3: "right", 4: "right"}, bold_rows=(0,), shade_rows=(0,))
        for s, e in merges:
            a = t.cell(s, 0).merge(t.cell(e, 0))
            # keep one paragraph holding the account name
            for p in a.paragraphs[1:]:
                p._element.getparent().remove(p._element)
        return t

    rows, merges = detail_rows(["一般会計"], 2)
    emit(rows, merges)
    para(doc, "※前年度比の△は減少を示す。", size=8.5)
    page_break(doc)
    rows, merges = detail_rows(ACCOUNTS[1:], 3)
    rows.append(["合計", "", "", comma(total), comma(total - total_prev)])
    facts.add(None, 2023, "令和５年度", "total", "outstanding", "actual", total, "yen", comma(total), 3, debt_raw="合計")
    emit(rows, merges)
    para(doc, "")
    para(doc, "　一般会計が全体の半数以上を占めており、中でも市民税の割合が高い。特別会計では、国民健康保険税が"
              "大半を占めている。")

    # ---------------- page 4: rates, merged label cells, 決算 | 目標 side by side
    page_break(doc)
    para(doc, "４　主要債権の収納率の実績と目標", bold=True, size=12)
    rows = [["債権名", "区分", "決算", "", "目標", "", ""],
            ["", "", "令和4年度", "令和5年度", "令和7年度", "8年度", "9年度"]]
    for name, r4, r5, tg in RATES:
        for si, (seg, lab) in enumerate((("current", "現年分"), ("arrears", "滞繰分"))):
            row = [name if si == 0 else "", lab, f"{r4[si]:.2f}%", f"{r5[si]:.2f}%"] + [f"{t[si]:.2f}%" for t in tg]
            rows.append(row)
            facts.add(name, 2022, "令和4年度", seg, "collection_rate", "actual", r4[si], "percent", f"{r4[si]:.2f}%", 4)
            facts.add(name, 2023, "令和5年度", seg, "collection_rate", "actual", r5[si], "percent", f"{r5[si]:.2f}%", 4)
            for (fy, lab2), t in zip(((2025, "令和7年度"), (2026, "8年度"), (2027, "9年度")), tg):
                facts.add(name, fy, lab2, seg, "collection_rate", "target", t[si], "percent", f"{t[si]:.2f}%", 4)
    t = table(doc, rows, [42, 18, 22, 22, 22, 22, 22], style="grid", size=9,
              align={i: "right" for i in range(2, 7)}, bold_rows=(0, 1))
    t.cell(0, 2).merge(t.cell(0, 3))
    t.cell(0, 4).merge(t.cell(0, 6))
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    for k in range(len(RATES)):
        t.cell(2 + 2 * k, 0).merge(t.cell(3 + 2 * k, 0))
    for c in (t.cell(0, 2), t.cell(0, 4), t.cell(0, 0), t.cell(0, 1)):
        for p in c.paragraphs[1:]:
            p._element.getparent().remove(p._element)
    for k in range(len(RATES)):
        c = t.cell(2 + 2 * k, 0)
        for p in c.paragraphs[1:]:
            p._element.getparent().remove(p._element)
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    for rr in (0, 1):
        for cc in range(7):
            for p in t.cell(rr, cc).paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(doc, "※収納率＝収入済額÷調定額（還付未済額を除く。）。目標は、過去５年間の伸び率と県内同規模市の平均を踏まえて設定した。",
         size=8.5)

    # ---------------- page 5: measures per debt, plain titles, ・ bullets, wrapped tags
    page_break(doc)
    para(doc, "５　債権ごとの取組", bold=True, size=12)
    rate_of = {n: r5 for n, _, r5, _ in RATES}
    for i, (name, items) in enumerate(MEASURES.items(), 1):
        para(doc, f"（{zen(str(i))}）{name}", bold=True)
        cur, arr = rate_of[name]
        sent = f"　令和５年度の現年分収納率は{zen(f'{cur:.2f}')}％、滞繰分収納率は{zen(f'{arr:.2f}')}％であった。"
        facts.add(name, 2023, "令和５年度", "current", "collection_rate", "actual", cur, "percent",
                  f"{zen(f'{cur:.2f}')}％", 5)
        facts.add(name, 2023, "令和５年度", "arrears", "collection_rate", "actual", arr, "percent",
                  f"{zen(f'{arr:.2f}')}％", 5)
        para(doc, sent)
        for text, st, wrap in items:
            if wrap:
                para(doc, "・" + text, indent_mm=4)
                para(doc, f"【{st}】", indent_mm=8)
            else:
                para(doc, f"・{text}【{st}】", indent_mm=4)
            inits.append(init(name, 2025, "債権ごとの取組", "・", text, st, 5))

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "n_e")
    write_gold(STEM, kind="plan", municipality=CITY, title=TITLE, date="2025-04-01", date_raw="令和７年４月",
               facts=facts, initiatives=inits)


if __name__ == "__main__":
    build()
    print(check(STEM))
