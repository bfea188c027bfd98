"""高岡市-style 債権管理委員会資料 with one 取組個票 per debt (PyMuPDF Story, landscape)."""
from a_common import *

STEM = "a_takaoka_committee_1"
facts, inits = [], []

pages = []
# ---- page 1: 次第 and 【参考】 box
p1 = """
<h1>令和７年度 第１回 高岡市債権管理委員会</h1>
<p style="text-align:right">令和７年７月１０日（木）午前１０時～<br/>高岡市役所 １１階 北会議室</p>
<h2>次　第</h2>
<p>１　開会</p>
<p>２　報告事項　令和６年度 主要債権の徴収実績と取組結果について（資料１）</p>
<p>３　協議事項　令和７年度 主要債権の取組方針について（資料２）</p>
<p>４　その他　次回（第２回）は令和７年１１月開催予定</p>
<p>５　閉会</p>
<br/>
<table class="g" width="100%"><tr><td>
<p style="font-family:G">【参考】本市の徴収率及び収入未済額（全会計・令和６年度決算）</p>
<p>・徴収率：９７．６２％（前年度比　０．３１ポイント上昇）</p>
<p>・収入未済額：約２８．６億円（前年度比　約１．９億円減少）</p>
<p>・不納欠損額：約１．２億円</p>
</td></tr></table>
<br/>
<h3>個票の見方</h3>
<p>各個票は「１ 徴収強化月間の取組結果」「２ 徴収実績と目標」「３ ヒアリングにおける課題と対応」「４ 令和７年度の取組方針」で構成しています。</p>
<p>個票：市税 … ２ページ　／　国民健康保険税 … ３ページ　／　介護保険料 … ４ページ</p>
"""
pages.append(p1)
facts += [
    F(None, 2024, "令和６年度", "total", "collection_rate", "actual", 97.62, "percent", "９７．６２％", 1),
    F(None, 2024, "令和６年度", "total", "outstanding", "actual", 2860000000, "yen", "約２８．６億円", 1, approx=True),
    F(None, 2024, "令和６年度", "total", "written_off", "actual", 120000000, "yen", "約１．２億円", 1, approx=True),
]

DEBTS = [
    dict(name="市税", ka="収納課", kubun="強制徴収公債権",
         yrs=[("R4決算", 2022, "actual"), ("R5決算", 2023, "actual"), ("R6決算", 2024, "actual"), ("R7目標", 2025, "target")],
         rows=[(98.62, 27.35, 96.41, 1254880), (98.81, 29.04, 96.88, 1105312), (98.95, 30.12, 97.20, 986457),
               (99.00, 32.00, 97.40, 900000)],
         month=("令和６年５月・８月・１１月・令和７年２月", "催告書一斉発送及び電話・SMS催告、休日納税相談窓口の開設",
                "完納件数 ９，８１２件（９，４０５件）<br/>年度末現年分徴収率 98.95％（98.81％）"),
         kadai=[("高額滞納事案の長期化", "滞納整理担当へ早期移管し、不動産公売を２件実施した。"),
                ("納付約束不履行者への対応の遅れ", "履行管理を月次で行い、不履行時は翌月中に財産調査へ移行した。")],
         torikumi=[("ア", "現年分の督促後３０日以内に電話・SMSで一斉催告を行い、滞納の初期段階での解消を図る。", "継続"),
                   ("イ", "預貯金・給与の電子照会を全件に拡大し、財産調査の期間を短縮する。", "拡充"),
                   ("ウ", "スマートフォン決済アプリによる納付書不要の納付を導入する。", "新規")]),
    dict(name="国民健康保険税", ka="国民健康保険課", kubun="強制徴収公債権",
         yrs=[("R4決算", 2022, "actual"), ("R5決算", 2023, "actual"), ("R6決算", 2024, "actual"), ("R7目標", 2025, "target")],
         rows=[(93.10, 22.48, 77.35, 1120554), (93.62, 23.91, 79.12, 1002337), (94.05, 25.30, 80.64, 915806),
               (94.30, 26.50, 81.50, 850000)],
         month=("令和６年１０月～１２月", "資格喪失世帯への文書催告及び口座振替勧奨、夜間電話催告",
                "口座振替新規 １，２０４件（１，０８８件）<br/>年度末現年分徴収率 94.05％（93.62％）"),
         kadai=[("資格喪失後の未納の放置", "喪失届受付時に未納額を案内し、納付誓約を取り付けた。"),
                ("短期被保険者証の更新時の接触不足", "更新時に窓口での納付相談を必須とした。")],
         torikumi=[("ア", "資格喪失世帯の未納分について、喪失後２か月以内に文書と電話で納付を促す。", "継続"),
                   ("イ", "滞納繰越分の高額案件を収納課と共同で処理し、差押えを進める。", "拡充")]),
    dict(name="介護保険料", ka="介護保険課", kubun="強制徴収公債権",
         yrs=[("４年度実績", 2022, "actual"), ("５年度実績", 2023, "actual"), ("６年度実績", 2024, "actual"), ("７年度目標", 2025, "target")],
         rows=[(98.70, 18.22, 96.80, 104225), (98.85, 19.05, 97.02, 98770), (98.91, 20.44, 97.18, 93512),
               (99.00, 21.00, 97.30, 90000)],
         month=("令和６年１１月", "普通徴収未納者への一斉催告、給付制限の事前通知",
                "催告後納付 ６２１件（５８４件）<br/>年度末現年分徴収率 98.91％（98.85％）"),
         kadai=[("普通徴収の口座振替率が低い", "新規６５歳到達者に口座振替依頼書を同封した。")],
         torikumi=[("ア", "６５歳到達時の案内に口座振替依頼書を同封し、口座振替率の向上を図る。", "継続"),
                   ("イ", "給付制限の事前通知を早期に送付し、納付相談につなげる。", "継続"),
                   ("ウ", "地域包括支援センターと連携し、生活困窮の疑われる滞納者を福祉部門へつなぐ。", "新規")]),
]

for i, d in enumerate(DEBTS):
    page = i + 2
    nm = d["name"]
    # year table
    trs = ""
    for (lab, fy, basis), (cr, ar, tr, out) in zip(d["yrs"], d["rows"]):
        trs += f"<tr><td>{lab}</td><td class=r>{cr:.2f}</td><td class=r>{ar:.2f}</td><td class=r>{tr:.2f}</td><td class=r>{c(out)}</td></tr>"
        for seg, v in (("current", cr), ("arrears", ar), ("total", tr)):
            facts.append(F(nm, fy, lab, seg, "collection_rate", basis, v, "percent", f"{v:.2f}", page))
        facts.append(F(nm, fy, lab, "total", "outstanding", basis, out * 1000, "yen", c(out), page))
    m = d["month"]
    cur24, cur23 = d["rows"][2][0], d["rows"][1][0]
    facts.append(F(nm, 2024, "年度末", "current", "collection_rate", "actual", cur24, "percent", f"{cur24:.2f}％", page))
    facts.append(F(nm, 2023, "前年度", "current", "collection_rate", "actual", cur23, "percent", f"{cur23:.2f}％", page))
    kad = "".join(f"<tr><td width='45%'>{a}</td><td>{b}</td></tr>" for a, b in d["kadai"])
    tgt = d["rows"][3]
    tor = "".join(f"<p>{lab}　{txt}【{st}】</p>" for lab, txt, st in d["torikumi"])
    for lab, txt, st in d["torikumi"]:
        inits.append(I(nm, 2025, "令和７年度の取組方針", lab, txt, st, page))
    facts.append(F(nm, 2025, "令和７年度", "current", "collection_rate", "target", tgt[0], "percent", f"{tgt[0]:.2f}％", page))
    facts.append(F(nm, 2025, "令和７年度", "arrears", "collection_rate", "target", tgt[1], "percent", f"{tgt[1]:.2f}％", page))
    html = f"""
<table class="g" width="100%"><tr><td style="font-family:G; font-size:11pt">債権名　{nm}</td>
<td width="30%">所管：{d['ka']}</td><td width="22%">区分：{d['kubun']}</td></tr></table>
<h3>１　令和６年度 徴収強化月間の取組結果</h3>
<table class="g" width="100%"><tr><th width="22%">実施時期</th><th>取組の内容</th><th width="32%">成果　（　）内は前年度</th></tr>
<tr><td>{m[0]}</td><td>{m[1]}</td><td>{m[2]}</td></tr></table>
<h3>２　徴収実績と目標</h3>
<table class="g" width="60%"><tr><th rowspan="2">年度</th><th colspan="3">徴収率（単位：％）</th><th rowspan="2">収入未済額<br/>（千円）</th></tr>
<tr><th>現年分</th><th>滞納繰越分</th><th>計</th></tr>{trs}</table>
<h3>３　ヒアリングにおける課題と対応</h3>
<table class="g" width="100%"><tr><th>課題</th><th>対応状況</th></tr>{kad}</table>
<h3>４　令和７年度の取組方針</h3>
<table class="g" width="100%"><tr><td>
<p style="font-family:G">数値目標　現年分徴収率 {tgt[0]:.2f}％　／　滞納繰越分徴収率 {tgt[1]:.2f}％</p>
{tor}</td></tr></table>
"""
    pages.append(html)

if __name__ == "__main__":
    story_pdf(pages, PDF / f"{STEM}.pdf", landscape=True, header="資料１")
    ok = write_gold(STEM, "committee_material", "高岡市", "令和７年度 第１回 高岡市債権管理委員会", "2025-07-10",
                    "令和７年７月１０日", facts, inits)
    print("OK" if ok else "FAIL")
