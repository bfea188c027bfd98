"""岡山市-style 債権管理推進会議 資料: one 取組個票 per debt (PyMuPDF Story HTML)."""
from __future__ import annotations

from e_common import PDF, F, I, finish, fmt, rate, story_pdf

STEM = "e_okayama_committee_1"
CITY = "岡山市"
TITLE = "令和6年度 第1回岡山市債権管理推進会議"

# per debt: FY2022 / FY2023 totals in 千円 (assessed, collected, written_off)
DEBTS = [
    dict(name="市税", ka="納税課", kubun="強制徴収公債権",
         y=[(86512340, 84701225, 112400), (87204118, 85598770, 98650)],
         seg_rates=[("現年分収納率", 99.21, 99.08, "current"), ("滞納繰越分収納率", 31.46, 29.87, "arrears")],
         period="令和5年11月1日～令和6年1月31日",
         naiyo="・夜間・休日の一斉電話催告（計12回）<br/>・預貯金等の電子照会による一斉財産調査<br/>・給与差押えの重点実施",
         extra=["差押件数 1,284件（1,102件）"],
         interim=None,
         kadai="①高額滞納事案の早期着手と進行管理を徹底すること。<br/>②SMS催告の効果を検証し、対象を拡大すること。",
         kaizen="①100万円以上の事案を特別整理係へ移管し、月次で進行管理を行った。<br/>②SMS催告を年4回実施し、送信後1か月以内の納付率は38.2％であった。",
         target=[("現年分収納率", 99.25, "current"), ("滞納繰越分収納率", 32.00, "arrears")],
         target_out=1520000,
         items=[("ア", "SMS催告の対象を現年分の初期滞納者全体に広げ、送信回数を年6回とする。", "拡充"),
                ("イ", "電子照会による預貯金調査を全件で実施し、財産判明後は速やかに差し押さえる。", "継続"),
                ("ウ", "スマートフォン決済の周知を納税通知書の同封チラシで行う。", "継続")]),
    dict(name="国民健康保険料", ka="保険料収納課", kubun="強制徴収公債権",
         y=[(15873204, 13402318, 301225), (15402876, 13156940, 262330)],
         seg_rates=[("現年分収納率", 93.87, 93.42, "current"), ("滞納繰越分収納率", 24.08, 22.61, "arrears")],
         period="令和5年10月～12月",
         naiyo="・口座振替不能者への即日電話勧奨<br/>・短期被保険者証の更新時における納付相談<br/>・財産調査及び差押予告書の送付",
         extra=["差押予告書送付 2,306件（1,987件）"],
         interim=("令和6年2月末時点", "2024-02-29", "2023-02-28", 1032415, 1108922),
         kadai="①現年分の初期滞納者への接触を早めること。<br/>②資格喪失世帯の未納分の回収方法を見直すこと。",
         kaizen="①督促状発送後10日以内に電話勧奨を行う体制とし、接触率が前年度の41％から53％に上がった。<br/>②喪失世帯向けの納付案内文を新たに作成し、年2回送付した。",
         target=[("現年分収納率", 94.10, "current"), ("滞納繰越分収納率", 25.00, "arrears")],
         target_out=1900000,
         items=[("ア", "督促状発送後の電話勧奨を民間委託し、夜間帯にも架電する。", "新規"),
                ("イ", "資格喪失世帯への文書催告を年3回に増やす。", "拡充"),
                ("ウ", "差押予告後も納付のない世帯には預貯金・給与の差押えを行う。", "継続")]),
    dict(name="介護保険料", ka="介護保険課", kubun="強制徴収公債権",
         y=[(14305110, 14021876, 58230), (14618452, 14344910, 55120)],
         seg_rates=[("現年分収納率", 99.12, 99.03, "current"), ("滞納繰越分収納率", 17.35, 16.02, "arrears")],
         period="令和5年12月1日～令和6年2月29日",
         naiyo="・全滞納者への一斉文書催告（2回）<br/>・徴収員による臨戸訪問<br/>・長期滞納者の財産調査",
         extra=["臨戸訪問 612件（548件）"],
         interim=("令和6年2月29日現在", "2024-02-29", "2023-02-28", 214350, 221806),
         kadai="①普通徴収の納め忘れを防ぐ方策を講じること。",
         kaizen="①65歳到達者への案内に口座振替依頼書を同封し、口座振替の申込みが312件あった。",
         target=[("現年分収納率", 99.15, "current"), ("滞納繰越分収納率", 18.00, "arrears")],
         target_out=215000,
         items=[("ア", "65歳到達者への口座振替勧奨を継続する。", "継続"),
                ("イ", "滞納繰越分のうち時効が迫る事案を抽出し、集中的に財産調査を行う。", "新規")]),
]


def build():
    facts, inits = [], []
    cover = f"""
<p style="text-align:right">資料２</p>
<h1>{TITLE}</h1>
<p style="text-align:center">令和6年7月10日（水）午後2時から　本庁舎3階　第1会議室</p>
<h2>次　第</h2>
<p>１　令和5年度 主要債権の取組結果について（報告）</p>
<p>２　令和6年度 主要債権の取組方針について（協議）</p>
<p>３　その他（第2回会議は令和6年11月開催予定）</p>
<div class="box">
<p class="g">【参考】岡山市の収納率及び収入未済額（全会計）</p>
<p>・収納率　令和5年度：97.64％（令和4年度：97.46％）</p>
<p>・収入未済額　令和5年度：約38.7億円（令和4年度：約40.8億円）</p>
<p>・前年度比：収納率0.18ポイント上昇、収入未済額 約2.1億円減</p>
</div>
<h2>取組個票の見方</h2>
<p>各個票は、「１ 令和5年度 集中取組期間の実施状況」「２ ヒアリングにおける課題と改善状況」「３ 令和6年度 取組方針」の順に記載している。（　）内は前年度の実績である。</p>
"""
    facts += [
        F(None, 2023, "令和5年度", "total", "collection_rate", "actual", 97.64, "percent", "97.64％", 1, debt_raw=None),
        F(None, 2022, "令和4年度", "total", "collection_rate", "actual", 97.46, "percent", "97.46％", 1, debt_raw=None),
        F(None, 2023, "令和5年度", "total", "outstanding", "actual", 3870000000, "yen", "約38.7億円", 1, approx=True, debt_raw=None),
        F(None, 2022, "令和4年度", "total", "outstanding", "actual", 4080000000, "yen", "約40.8億円", 1, approx=True, debt_raw=None),
    ]
    sections = [cover]
    for k, d in enumerate(DEBTS):
        page = None
        n = d["name"]
        rows = []
        vals = []
        for fy, (a, c, w) in zip((2022, 2023), d["y"]):
            o = a - c - w
            vals.append((a, c, w, o, rate(c, a)))
        labels = [("調定額", "assessed", 0), ("収入済額", "collected", 1), ("不納欠損額", "written_off", 2),
                  ("収入未済額", "outstanding", 3)]
        for lab, met, i in labels:
            v0, v1 = vals[0][i], vals[1][i]
            diff = v1 - v0
            ds = ("△" + fmt(-diff)) if diff < 0 else fmt(diff)
            rows.append(f"<tr><td>{lab}</td><td class='n'>{fmt(v0)}</td><td class='n'>{fmt(v1)}</td><td class='n'>{ds}</td></tr>")
            for fy, fyr, v in ((2022, "令和4年度", v0), (2023, "令和5年度", v1)):
                facts.append(F(n, fy, fyr, "total", met, "actual", v * 1000, "yen", fmt(v), page))
        r0, r1 = vals[0][4], vals[1][4]
        dr = round(r1 - r0, 2)
        rows.append(f"<tr><td>収納率（％）</td><td class='n'>{r0:.2f}</td><td class='n'>{r1:.2f}</td><td class='n'>{'△' if dr < 0 else ''}{abs(dr):.2f}</td></tr>")
        facts.append(F(n, 2022, "令和4年度", "total", "collection_rate", "actual", r0, "percent", f"{r0:.2f}", page, anchor="収納率（％）"))
        facts.append(F(n, 2023, "令和5年度", "total", "collection_rate", "actual", r1, "percent", f"{r1:.2f}", page, anchor="収納率（％）"))
        eff = [f"令和5年度決算"]
        for lab, cur, prev, seg in d["seg_rates"]:
            eff.append(f"{lab} {cur:.2f}％（{prev:.2f}％）")
            facts.append(F(n, 2023, "令和5年度", seg, "collection_rate", "actual", cur, "percent", f"{cur:.2f}％", page))
            facts.append(F(n, 2022, "前年度", seg, "collection_rate", "actual", prev, "percent", f"{prev:.2f}％", page))
        eff += d["extra"]
        if d["interim"]:
            lab, asof, asof_prev, v, vp = d["interim"]
            eff.append(f"{lab} 収入未済額 {fmt(v)}千円（{fmt(vp)}千円）")
            facts.append(F(n, 2023, lab, "total", "outstanding", "interim", v * 1000, "yen", f"{fmt(v)}千円", page, as_of=asof))
            facts.append(F(n, 2022, "前年同期", "total", "outstanding", "interim", vp * 1000, "yen", f"{fmt(vp)}千円", page, as_of=asof_prev))
        tg = "".join(f"<p>・{lab}　{v:.2f}％</p>" for lab, v, seg in d["target"])
        for lab, v, seg in d["target"]:
            facts.append(F(n, 2024, "令和6年度", seg, "collection_rate", "target", v, "percent", f"{v:.2f}％", page))
        tg += f"<p>・収入未済額　{fmt(d['target_out'])}千円以下</p>"
        facts.append(F(n, 2024, "令和6年度", "total", "outstanding", "target", d["target_out"] * 1000, "yen", f"{fmt(d['target_out'])}千円", page))
        items = ""
        for lab, text, st in d["items"]:
            items += f"<p>{lab}　{text}【{st}】</p>"
            inits.append(I(n, 2024, "令和6年度 取組方針", lab, text, st, page))
        html = f"""
<p style="text-align:right">取組個票 {k + 1}</p>
<table><tr><th style="width:11%">債権名</th><td style="width:25%" class="g">{n}</td><th style="width:10%">所管課</th><td style="width:19%">{d['ka']}</td><th style="width:12%">債権区分</th><td>{d['kubun']}</td></tr></table>
<h3>１　令和5年度 集中取組期間の実施状況</h3>
<table><tr><th style="width:22%">実施期間</th><th style="width:38%">取組内容</th><th>実績又は効果（　）内は前年度</th></tr>
<tr><td>{d['period']}</td><td>{d['naiyo']}</td><td>{'<br/>'.join(eff)}</td></tr></table>
<h3>２　ヒアリングにおける課題と改善状況</h3>
<table><tr><th style="width:22%">課題</th><td>{d['kadai']}</td></tr><tr><th>改善状況</th><td>{d['kaizen']}</td></tr></table>
<h3>３　令和6年度 取組方針</h3>
<div class="box"><p class="g">【数値目標】</p>{tg}</div>
<div class="box">{items}</div>
<p class="g">【参考】収納状況（単位：千円）</p>
<table><tr><th>区分</th><th>令和4年度</th><th>令和5年度</th><th>増減</th></tr>{''.join(rows)}</table>
"""
        sections.append(html)
    story_pdf(sections, PDF / f"{STEM}.pdf", header="岡山市債権管理推進会議")
    doc = {"kind": "committee_material", "municipality": CITY, "title": TITLE,
           "date": "2024-07-10", "date_raw": "令和6年7月10日（水）"}
    finish(STEM, doc, facts, inits)


if __name__ == "__main__":
    build()
