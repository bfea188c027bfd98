"""月岡市 債権管理対策会議 資料 (重点債権取組シート) -- PyMuPDF Story (HTML)."""
import fitz
from f_common import *

STEM = "f_tsukioka_kaigi_shiryo_1"
CITY = "月岡市"
A4 = fitz.paper_rect("a4")
CSS = f"""
@font-face {{font-family: G; src: url({GOTHIC});}}
@font-face {{font-family: M; src: url({MINCHO});}}
* {{font-family: M; font-size: 9.5pt; line-height: 1.35;}}
h1 {{font-family: G; font-size: 15pt; text-align: center;}}
h2 {{font-family: G; font-size: 11.5pt; margin-top: 8pt;}}
h3 {{font-family: G; font-size: 10pt; margin-top: 6pt;}}
table {{border-collapse: collapse; width: 100%;}}
td, th {{border: 1px solid #000; padding: 2pt 3pt;}}
th {{font-family: G; background-color: #dde6f0; font-weight: normal;}}
.r {{text-align: right;}}
.c {{text-align: center;}}
.box {{border: 1px solid #000; padding: 4pt 6pt;}}
.small {{font-size: 8.5pt;}}
"""

DEBTS = [
    # name, 所管課, 区分, outstanding R4,R5,R6 (千円), interim now(cur,arr,tot), prev(cur,arr,tot), est(cur,arr,tot), tgt(cur,arr,tot)
    ("市税", "収納課", "強制徴収公債権", (812455, 745310, 688904), (86.71, 28.44, 84.02), (86.25, 26.90, 83.41),
     (99.10, 30.50, 97.30), (99.15, 31.00, 97.45)),
    ("国民健康保険税", "保険年金課", "強制徴収公債権", (1402118, 1317560, 1251087), (72.35, 18.62, 58.90), (71.80, 17.05, 57.73),
     (94.20, 22.10, 78.60), (94.50, 23.00, 79.40)),
    ("介護保険料", "介護保険課", "強制徴収公債権", (102334, 97812, 95240), (91.84, 14.20, 90.12), (91.60, 13.75, 89.86),
     (98.95, 16.80, 98.02), (99.00, 17.50, 98.10)),
    ("市営住宅使用料", "建築住宅課", "私債権", (96005, 91377, 89512), (90.33, 9.85, 56.47), (89.71, 10.12, 55.02),
     (97.60, 12.40, 72.80), (97.80, 13.00, 73.50)),
]
SEGS = [("現年分", "current"), ("滞繰分", "arrears"), ("合計", "total")]

ISSUES = {
    "市税": "現年課税分の初期滞納者への接触が遅れ、滞納繰越分へ移行する事案が一定数ある。",
    "国民健康保険税": "資格喪失後の未納世帯の所在把握が難しく、滞納繰越分の収納率が伸び悩んでいる。",
    "介護保険料": "普通徴収対象者の口座振替率が低く、納め忘れによる滞納が発生している。",
    "市営住宅使用料": "長期滞納者に対する法的措置の着手基準が明確でなく、対応に差が生じている。",
}
# 取組 items: (label, text, status, wrap_tag)
INITS = {
    "市税": [("ア", "督促状発送後２０日以内に電話催告を行い、初期滞納の解消を図る。", "継続", False),
             ("イ", "ＳＭＳ催告の対象を現年課税分の全滞納者に広げる。", "拡充", True),
             ("ウ", "給与照会を電子化し、差押えまでの期間を短縮する。", "新規", False)],
    "国民健康保険税": [("ア", "資格喪失世帯に対し、喪失後３か月以内に納付勧奨通知を送付する。", "継続", False),
                   ("イ", "所在不明世帯の住民票調査を四半期ごとに一斉実施する。", "新規", False),
                   ("ウ", "納付誓約の不履行者には翌月中に差押予告を行う。", "継続", True)],
    "介護保険料": [("ア", "年金からの特別徴収に切り替わるまでの普通徴収期間に口座振替を勧奨する。", "拡充", False),
               ("イ", "滞納が２期以上となった者に給付制限の説明文書を送付する。", "継続", False)],
    "市営住宅使用料": [("(1)", "滞納３か月で連帯保証人へ通知し、６か月で明渡し請求の要否を判断する。", "新規", False),
                  ("(2)", "退去者の未納分は債権回収業者への委託を継続する。", "継続", False),
                  ("(3)", "入居時説明会で口座振替の申込みを原則とする。", "継続", False)],
}

facts, inits = [], []
pages_html = []

# ---------- page 1 : cover
html = f"""<h1>令和７年度 第３回 月岡市債権管理対策会議</h1>
<p class="c">令和８年２月１８日（水）午後２時００分～　本庁舎５階 第１会議室</p>
<h2>次　第</h2>
<p>１　報告事項　重点債権の収納状況（令和８年１月末時点）について　……　資料１</p>
<p>２　協議事項　令和８年度 重点債権の取組方針について　……　資料２</p>
<p>３　その他　令和８年度 債権管理研修の実施予定について</p>
<h2>資料２　重点債権取組シート（目次）</h2>
<table><tr><th>No.</th><th>債権名</th><th>所管課</th><th>頁</th></tr>
""" + "".join(f"<tr><td class='c'>{i}</td><td>{d[0]}</td><td>{d[1]}</td><td class='c'>{i+1}</td></tr>" for i, d in enumerate(DEBTS, 1)) + """
<tr><td class='c'>－</td><td>重点債権 数値目標一覧</td><td>債権管理課</td><td class='c'>6</td></tr></table>
<p></p>
<table><tr><td class="box">
<p><b>【参考】市全体の債権の状況（令和６年度決算）</b></p>
<p>・収入未済額：約２４億６，８００万円（前年度比　約１億３，２００万円減）</p>
<p>・収納率：96.42％（前年度比 ＋0.35ポイント）</p>
<p>・対象債権数：５４債権（うち重点債権４債権）</p>
</td></tr></table>
"""
pages_html.append(html)
facts.append(fact(None, 2024, "令和６年度", "total", "outstanding", "actual", 2468000000, "yen", "約２４億６，８００万円", 1, approx=True, debt_raw=None))
facts.append(fact(None, 2024, "令和６年度", "total", "collection_rate", "actual", 96.42, "percent", "96.42％", 1, debt_raw=None))

# ---------- sheets
for n, (name, ka, kubun, outs, now, prev, est, tgt) in enumerate(DEBTS, 1):
    pg = n + 1
    h = f"""<p class="small">資料２　重点債権取組シート　No.{n}</p>
<table><tr><th>債権名</th><td><b>{name}</b></td><th>所管課</th><td>{ka}</td><th>債権区分</th><td>{kubun}</td></tr></table>
<h3>１　収入未済額の推移（決算）</h3>
<table><tr><th></th><th>令和４年度</th><th>５年度</th><th>６年度</th><th>増減（６年度－５年度）</th></tr>
<tr><td>収入未済額（千円）</td>""" + "".join(f"<td class='r'>{yen(v)}</td>" for v in outs) + f"<td class='r'>{yen(outs[2]-outs[1])}</td></tr></table>"
    for fy, raw, v in ((2022, "令和４年度", outs[0]), (2023, "５年度", outs[1]), (2024, "６年度", outs[2])):
        facts.append(fact(name, fy, raw, "total", "outstanding", "actual", v * 1000, "yen", yen(v), pg))
    h += "<h3>２　【収納率】令和８年１月末時点　（　）内は前年同期</h3><p>"
    for (lab, seg), a, b in zip(SEGS, now, prev):
        h += f"・{lab}　{a:.2f}％（{b:.2f}％）<br/>"
        facts.append(fact(name, 2025, "令和８年１月末", seg, "collection_rate", "interim", a, "percent", f"{a:.2f}％", pg, as_of="2026-01-31"))
        facts.append(fact(name, 2024, "前年同期", seg, "collection_rate", "interim", b, "percent", f"{b:.2f}％", pg, as_of="2025-01-31"))
    h += "</p>"
    k1, k2, k3 = 120 + 37 * n, 95 + 29 * n, 60.5 + 2.3 * n
    h += f"""<h3>２－２　滞納整理強化期間（令和７年１０月～１２月）の実施状況</h3>
<table><tr><th>実施期間</th><th>取組内容</th><th>実績又は効果　（　）内は前年度実績</th></tr>
<tr><td>①１０月<br/>②１１月～１２月</td><td>①文書・電話による一斉催告<br/>②財産調査及び差押え</td>
<td>【実績】催告 {k1:,}件（{k1-14:,}件）<br/>【実績】差押え {k2//4}件（{k2//4-3}件）<br/>【効果】催告後の完納率 {k3:.1f}％（{k3-1.2:.1f}％）</td></tr></table>
<h3>３　債権管理ヒアリングにおける課題</h3>
<table><tr><td class="box">{ISSUES[name]}</td></tr></table>
<h3>４　数値目標（収納率）　単位：％</h3>
<table><tr><th rowspan="2">区分</th><th colspan="1">令和７年度</th><th colspan="1">令和８年度</th></tr>
<tr><th>見込み</th><th>目標値</th></tr>"""
    for (lab, seg), e, t in zip(SEGS, est, tgt):
        h += f"<tr><td>{lab}</td><td class='r'>{e:.2f}</td><td class='r'>{t:.2f}</td></tr>"
        facts.append(fact(name, 2025, "令和７年度", seg, "collection_rate", "estimate", e, "percent", f"{e:.2f}", pg))
        facts.append(fact(name, 2026, "令和８年度", seg, "collection_rate", "target", t, "percent", f"{t:.2f}", pg))
    h += "</table><h3>５　目標達成に向けた取組</h3><table><tr><td class='box'>"
    for lab, text, status, wrap in INITS[name]:
        tag = f"【{status}】"
        h += f"<p>{lab}　{text}" + ("<br/>" if wrap else "") + f"{tag}</p>"
        inits.append(init(name, 2026, "目標達成に向けた取組", lab, text, status, pg))
    h += "</td></tr></table>"
    pages_html.append(h)

# ---------- page 6: one debt per column
h = "<h2>重点債権 数値目標一覧</h2><p class='r small'>（単位：％）</p><table><tr><th colspan='2'></th>" + "".join(f"<th>{d[0]}</th>" for d in DEBTS) + "</tr>"
pg = len(DEBTS) + 2
for label, idx, basis, fy, fyraw in (("令和７年度<br/>見込み", 6, "estimate", 2025, "令和７年度"), ("令和８年度<br/>目標値", 7, "target", 2026, "令和８年度")):
    for k, (lab, seg) in enumerate(SEGS):
        h += "<tr>" + (f"<td rowspan='3'>{label}</td>" if k == 0 else "") + f"<td>{lab}</td>"
        for d in DEBTS:
            v = d[idx][k]
            h += f"<td class='r'>{v:.2f}</td>"
            facts.append(fact(d[0], fy, fyraw, seg, "collection_rate", basis, v, "percent", f"{v:.2f}", pg))
        h += "</tr>"
h += "</table><p class='small'>※令和７年度見込みは、令和８年１月末時点の実績を基に各所管課が推計したもの。</p>"
pages_html.append(h)

tmp = OUT / f"{STEM}_raw.pdf"
writer = fitz.DocumentWriter(str(tmp))
for html in pages_html:
    story = fitz.Story(html=html, user_css=CSS, archive=fitz.Archive("/usr/share/fonts/opentype"))
    more = 1
    while more:
        dev = writer.begin_page(A4)
        more, _ = story.place(A4 + (50, 55, -50, -50))
        story.draw(dev)
        writer.end_page()
writer.close()
d = fitz.open(str(tmp))
for i, p in enumerate(d):
    p.insert_font(fontname="G", fontfile=GOTHIC)
    p.insert_text((50, 35), "令和７年度第３回債権管理対策会議　資料", fontname="G", fontsize=8)
    p.insert_text((A4.width / 2 - 10, A4.height - 25), f"- {i+1} -", fontname="G", fontsize=9)
tmp2 = OUT / f"{STEM}_hf.pdf"
d.save(str(tmp2))
finish_pdf(tmp2, STEM)
document = {"kind": "committee_material", "municipality": CITY, "title": "令和７年度 第３回 月岡市債権管理対策会議 資料",
            "date": "2026-02-18", "date_raw": "令和８年２月１８日"}
if __name__ == "__main__":
    write_gold(STEM, document, facts, inits)
