"""t_akita_committee_1: 債権管理対策委員会 資料 with one 個票 per debt (PyMuPDF Story, A4 landscape)."""
from __future__ import annotations

import re

import pymupdf as fitz

from t_common import OUT, PDF, Gold, zen

STEM = "t_akita_committee_1"
G = Gold(STEM, "秋田市")
FY, FYP = 2024, 2023  # 取組方針の年度 / 実績の年度

CSS = """
@font-face {font-family: G; src: url(ipaexg.ttf);}
body {font-family: G; font-size: 8.8pt; line-height: 1.25;}
h1 {font-size: 15pt; text-align: center; margin: 0 0 6pt 0;}
h2 {font-size: 11.5pt; margin: 8pt 0 3pt 0;}
h3 {font-size: 9.5pt; margin: 4pt 0 1pt 0;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.8px solid black; padding: 2pt 3pt; vertical-align: top;}
th {background-color: #dde6f0; font-weight: normal; text-align: center;}
td.n {text-align: right;}
td.c {text-align: center;}
td.hd {background-color: #dde6f0;}
.box {border: 1px solid black; padding: 4pt 6pt; margin: 4pt 0;}
.note {font-size: 8pt;}
p {margin: 1pt 0;}
"""

DEBTS = {
    "市税": dict(ka="納税課", kubun="強制徴収公債権", act=(99.21, 29.3, 97.84), out=(321540, 412806, 734346),
               tgt=(99.25, 30.0, 97.95), tout=(300000, 390000, 690000), prev_arr=27.8),
    "国民健康保険税": dict(ka="国保年金課", kubun="強制徴収公債権", act=(93.87, 24.12, 74.35),
                     out=(412377, 645210, 1057587), tgt=(94.10, 25.00, 75.20), tout=(400000, 620000, 1020000),
                     prev_arr=22.96),
    "市営住宅使用料": dict(ka="住宅整備課", kubun="私債権", act=(97.42, 18.65, 86.90), out=(12044, 58391, 70435),
                     tgt=(97.60, 20.00, 87.50), tout=(11500, 55000, 66500), prev_arr=17.02),
}
SEGS = [("現年課税分", "current"), ("滞納繰越分", "arrears"), ("合計", "total")]


def p1():
    ref = [
        "収入未済額（全会計）：" + G.f("約１８億４，７００万円", 1_847_000_000, "outstanding", "actual", FYP,
                                  "令和５年度決算", approx=True) + "（令和５年度決算）",
        "前年度比：約１億２，１００万円減",
        "徴収率（全会計）：" + G.f("９５．６２％", 95.62, "collection_rate", "actual", FYP, "令和５年度決算"),
        "不納欠損額（全会計）：" + G.f("約１億６００万円", 106_000_000, "written_off", "actual", FYP, "令和５年度決算",
                                  approx=True),
    ]
    return f"""
<p style="text-align:right">令和６年７月２４日</p>
<h1>令和６年度 第１回 秋田市債権管理対策委員会</h1>
<p style="text-align:center">日時：令和６年７月２４日（水）午後２時００分～３時３０分　　場所：市役所本庁舎４階 庁議室</p>
<h2>次　第</h2>
<p>１　報告事項</p>
<p>　(1) 令和５年度 徴収強化月間の取組結果について　……　資料１（２～４頁）</p>
<p>　(2) 令和５年度 債権管理ヒアリングの結果について　……　資料１（２～４頁）</p>
<p>２　協議事項</p>
<p>　令和６年度 重点債権の取組方針について　……　資料２（２～５頁）</p>
<p>３　その他</p>
<p>　第２回委員会（令和６年１１月予定）：令和５年度債権放棄の審査、令和７年度収納目標の協議</p>
<div class="box"><b>【参考】本市の債権の状況</b><br>{'<br>'.join('・' + r for r in ref)}</div>
<p class="note">※全会計：一般会計、国民健康保険事業特別会計、介護保険事業特別会計、後期高齢者医療特別会計及び上下水道事業会計の合計</p>
"""


def target_table(name, d):
    rows = ""
    for k, (lab, seg) in enumerate(SEGS):
        kw = dict(debt=name)
        a = G.f(f"{d['act'][k]:.2f}", d["act"][k], "collection_rate", "actual", FYP, "令和５年度（実績）", seg, **kw)
        ao = G.f(f"{d['out'][k]:,}", d["out"][k] * 1000, "outstanding", "actual", FYP, "令和５年度（実績）", seg, **kw)
        t = G.f(f"{d['tgt'][k]:.2f}", d["tgt"][k], "collection_rate", "target", FY, "令和６年度（目標）", seg, **kw)
        to = G.f(f"{d['tout'][k]:,}", d["tout"][k] * 1000, "outstanding", "target", FY, "令和６年度（目標）", seg, **kw)
        rows += f'<tr><td class="c" width="130">{lab}</td><td class="n" width="150">{a}</td><td class="n" width="150">{ao}</td><td class="n" width="150">{t}</td><td class="n" width="150">{to}</td></tr>'
    return f"""
<p class="note" style="text-align:right">（徴収率：％　収入未済額：千円）</p>
<table><tr><th rowspan="2" style="width:16%">区分</th><th colspan="2">令和５年度（実績）</th><th colspan="2">令和６年度（目標）</th></tr>
<tr><th style="width:21%">徴収率</th><th style="width:21%">収入未済額</th><th style="width:21%">徴収率</th><th style="width:21%">収入未済額</th></tr>{rows}</table>"""


def inits_box(name, items, wrap_last=False, label_style="①"):
    lines = []
    marks = "①②③④⑤⑥"
    for k, (text, st) in enumerate(items):
        lab = marks[k] if label_style == "①" else f"({k + 1})"
        G.i(name, FY, "目標達成に向けた取組", lab, text, st)
        tag = f"【{st}】" if st else ""
        if wrap_last and k == len(items) - 1 and tag:
            lines.append(f"{lab}{text}<br>　{tag}")
        else:
            lines.append(f"{lab}{text}{tag}")
    return '<div class="box">' + "<br>".join(lines) + "</div>"


def kyoka(name, d, content, jisseki):
    prev = G.f(f"{d['prev_arr']}％", d["prev_arr"], "collection_rate", "actual", FYP - 1, "前年度", "arrears", debt=name)
    cur = G.f(f"{d['act'][1]}％", d["act"][1], "collection_rate", "actual", FYP, "令和５年度", "arrears", debt=name)
    return f"""
<table><tr><th style="width:18%">実施期間</th><th style="width:44%">取組内容</th><th>実績又は効果　（　）内は前年度</th></tr>
<tr><td>令和５年１０月～１２月<br>（徴収強化月間）</td><td>{content}</td>
<td>{jisseki}<br>・滞納繰越分徴収率　{cur}（{prev}）</td></tr></table>"""


def page_shizei():
    name, d = "市税", DEBTS["市税"]
    box = f"""<table><tr><th style="width:10%">債権名</th><td style="width:22%"><b>{name}</b></td><th style="width:10%">所管課</th>
<td style="width:20%">財政部 {d['ka']}</td><th style="width:10%">債権区分</th><td>{d['kubun']}</td></tr></table>"""
    return f"""<p style="text-align:right">資料１・２　個票１</p>{box}
<h3>１　令和５年度 徴収強化月間の取組結果</h3>
{kyoka(name, d, '・休日納付相談窓口の開設（３回）<br>・差押予告書の一斉送付及び預貯金・給与の差押え<br>・県地方税滞納整理機構への引継ぎ（高額案件）',
       '・差押件数　1,284件（1,190件）<br>・強化月間中の滞納繰越分収入額　98,410千円（91,226千円）')}
<h3>２　債権管理ヒアリングにおける課題と対応状況</h3>
<table><tr><th style="width:50%">課題</th><th>対応状況</th></tr>
<tr><td>少額・多件数の滞納案件の処理が長期化している。</td><td>ＳＭＳ催告を導入し、初期滞納の段階で接触を図った。</td></tr></table>
<h3>３　令和６年度の取組方針（数値目標）</h3>{target_table(name, d)}
<h3>４　目標達成に向けた取組</h3>
{inits_box(name, [('現年課税分の滞納者に対し、納期限後２０日以内に督促状を発送し、ＳＭＳ催告を併用する。', '継続'), ('高額滞納案件は担当を固定し、財産調査から滞納処分まで一貫して処理する。', '継続'), ('スマートフォン決済アプリによる納付を周知し、納期内納付を促進する。', '拡充')])}
"""


def page_kokuho():
    name, d = "国民健康保険税", DEBTS["国民健康保険税"]
    box = f"""<table><tr><td class="hd" style="width:45%"><b>債権名　{name}</b></td><td style="text-align:right">市民生活部 {d['ka']}（{d['kubun']}）</td></tr></table>"""
    return f"""<p style="text-align:right">資料１・２　個票２</p>{box}
<h3>１　令和５年度 徴収強化月間の取組結果</h3>
{kyoka(name, d, '・短期被保険者証の更新時における納付相談<br>・夜間電話催告（週２回）',
       '・納付相談件数　2,031件（1,876件）<br>・分納誓約件数　744件（702件）')}
<h3>２　債権管理ヒアリングにおける課題と対応状況</h3>
<table><tr><th style="width:50%">課題</th><th>対応状況</th></tr>
<tr><td>資格喪失後の未納世帯の所在把握が遅れている。</td><td>住民基本台帳との突合を毎月実施することとした。</td></tr></table>
<h3>３　令和６年度の取組方針（数値目標）</h3>{target_table(name, d)}
<h3>４　目標達成に向けた取組</h3>
{inits_box(name, [('口座振替の勧奨を加入手続時に行い、口座振替率を向上させる。', '継続'), ('財産調査の結果、換価可能な財産が判明した世帯には速やかに差押えを行う。', '継続'), ('資格喪失世帯に対し、喪失後３か月以内に納付勧奨文書を送付する。', '新規')], wrap_last=True)}
"""


def page_jutaku():
    name, d = "市営住宅使用料", DEBTS["市営住宅使用料"]
    return f"""<p style="text-align:right">資料１・２　個票３</p>
<h2>５　債権ごとの取組（{name}）</h2>
<p>所管課：都市整備部 {d['ka']}　　債権区分：{d['kubun']}</p>
<h3>(1) 令和５年度 徴収強化月間の取組結果</h3>
{kyoka(name, d, '・連帯保証人への一斉催告<br>・３か月以上滞納者への個別訪問',
       '・明渡し請求訴訟　4件（3件）<br>・連帯保証人からの納付　2,210千円（1,845千円）')}
<h3>(2) 令和６年度の取組方針（数値目標）</h3>{target_table(name, d)}
<h3>(3) 目標達成に向けた取組</h3>
{inits_box(name, [('滞納３か月で連帯保証人に通知し、６か月で法的措置の検討対象とする。', '継続'), ('退去者の滞納分は債権回収業者への委託を行う。', '新規')], label_style="(1)")}
"""


def page_trend():
    names = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "市営住宅使用料"]
    years = [("R元", 2019), ("R2", 2020), ("R3", 2021), ("R4", 2022), ("R5", 2023)]
    data = {
        "市税": [97.12, 97.30, 97.51, 97.66, 97.84],
        "国民健康保険税": [71.85, 72.40, 73.02, 73.81, 74.35],
        "介護保険料": [98.64, 98.71, 98.80, 98.87, 98.95],
        "後期高齢者医療保険料": [99.48, 99.52, 99.55, 99.61, 99.63],
        "市営住宅使用料": [84.20, 85.03, 85.77, 86.41, 86.90],
    }
    head = "".join(f"<th style=\"width:17%\">{n}</th>" for n in names)
    rows = ""
    for k, (lab, fy) in enumerate(years):
        cells = "".join(
            f'<td class="n">{G.f(f"{data[n][k]:.2f}", data[n][k], "collection_rate", "actual", fy, lab, debt=n)}</td>'
            for n in names)
        rows += f'<tr><td class="c">{lab}</td>{cells}</tr>'
    return f"""<p style="text-align:right">資料２　参考</p>
<h2>【参考】重点債権の徴収率（現年課税分＋滞納繰越分）の推移</h2>
<p class="note" style="text-align:right">（単位：％）</p>
<table><tr><th style="width:12%">年度</th>{head}</tr>{rows}</table>
<p class="note">※各年度とも決算（出納整理期間後）の数値。後期高齢者医療保険料は広域連合への納付前の市収納分。</p>
"""


def build():
    pages = [p1(), page_shizei(), page_kokuho(), page_jutaku(), page_trend()]
    arch = fitz.Archive("/usr/share/fonts/opentype/ipaexfont-gothic/")
    OUT.mkdir(exist_ok=True)
    tmp = OUT / f"{STEM}_raw.pdf"
    w = fitz.DocumentWriter(str(tmp))
    R = fitz.paper_rect("a4-l")
    for html in pages:
        html = re.sub(r'style="width:(\d+)%"', lambda m: f'width="{int(m.group(1)) * 7.5:.0f}"', html)
        html = html.replace("<table>", '<table width="100%">')
        st = fitz.Story(html, user_css=CSS, archive=arch)
        more = 1
        while more:
            dev = w.begin_page(R)
            more, _ = st.place(R + (42, 40, -42, -36))
            st.draw(dev)
            w.end_page()
    w.close()
    doc = fitz.open(tmp)
    fontfile = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
    for k, pg in enumerate(doc):
        pg.insert_font(fontname="G", fontfile=fontfile)
        pg.insert_text((42, 26), "令和６年度第１回秋田市債権管理対策委員会", fontname="G", fontsize=7.5)
        pg.insert_text((R.width / 2 - 10, R.height - 18), f"- {k + 1} -", fontname="G", fontsize=8)
    doc.subset_fonts()
    out = PDF / f"{STEM}.pdf"
    doc.save(out, garbage=4, deflate=True)
    G.finish(out, {"kind": "committee_material", "title": "令和６年度 第１回 秋田市債権管理対策委員会",
                   "date": "2024-07-24", "date_raw": "令和６年７月２４日"})


if __name__ == "__main__":
    build()
