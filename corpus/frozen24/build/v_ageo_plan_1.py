"""上尾市 債権管理推進計画（第２期）推進シート (PyMuPDF Story HTML, one Story per page)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pymupdf

from v_common import F, I, PDF, check, rate, write_gold

STEM = "v_ageo_plan_1"
MUNI = "上尾市"
TITLE = "上尾市債権管理推進計画（第２期）"
FONTDIR = "/usr/share/fonts/opentype/ipaexfont-mincho"
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
CSS = """
@font-face {font-family: M; src: url(ipaexm.ttf);}
* {font-family: M; font-size: 9pt; line-height: 1.35;}
h1 {font-size: 17pt; text-align: center; margin: 0 0 4pt 0;}
h2 {font-size: 11.5pt; margin: 8pt 0 3pt 0;}
h3 {font-size: 10pt; margin: 7pt 0 2pt 0;}
p {margin: 0 0 3pt 0;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6pt solid black; padding: 1.5pt 2pt; font-size: 7.6pt;}
th {background-color: #e6e6e6; font-weight: normal;}
td.n {text-align: right;}
.box td {font-size: 10pt; padding: 3pt;}
.unit {text-align: right; font-size: 7.5pt; margin: 0;}
.small {font-size: 7.5pt;}
"""
YEARS = [2019, 2020, 2021, 2022, 2023]
TYEARS = [(2025, "令和７年度"), (2026, "令和８年度"), (2027, "令和９年度"), (2028, "令和10年度"), (2029, "令和11年度")]

DEBTS = [
    dict(no="①", name="国民健康保険税", ka="保険年金課",
         gai="国民健康保険の被保険者の属する世帯の世帯主に課する目的税（地方税法第703条の4）。強制徴収公債権。",
         cur=[4120550000, 4086217400, 3995108200, 3902451800, 3811027600], cr=[93.61, 94.02, 94.48, 94.71, 94.95],
         arr0=1288412300, ar=[17.8, 18.6, 19.9, 20.7, 21.6], wo=[98211500, 90450200, 84107300, 80022100, 72318900],
         dl=[6120, 5874, 5602, 5410, 5188],
         tcr=[95.10, 95.25, 95.40, 95.55, 95.70], tar=[22.0, 22.5, 23.0, 23.5, 24.0],
         tout=[1061000000, 1030000000, 1000000000, 972000000, 945000000],
         expl="現年課税分の収納率は５年連続で上昇している。一方、滞納繰越分は資格喪失後の未納世帯が多く、所在不明・生活困窮による執行停止が不納欠損額の大半を占めている。",
         acts=[("1-1", "口座振替の推進", "加入手続時の口座振替の原則化と、ペイジー口座振替受付の窓口設置を行う。", "通年", "継続"),
               ("1-2", "早期催告", "納期限後20日以内に督促し、さらに未納の世帯へＳＭＳによる催告を送信する。", "毎月", "拡充"),
               ("2-1", "財産調査の迅速化", "預貯金照会を電子化し、調査開始から３か月以内に処分方針を決定する。", "令和７年度～", "新規"),
               ("2-2", "執行停止の適正化", "財産がなく生活が困窮している世帯は執行停止を行い、徴収可能な事案に注力する。", "随時", "継続")]),
    dict(no="②", name="介護保険料", ka="高齢介護課",
         gai="介護保険法第129条に基づき第１号被保険者から徴収する保険料。普通徴収分が滞納の対象となる。強制徴収公債権。",
         cur=[3402118000, 3488052300, 3571206400, 3652918700, 3740215500], cr=[98.82, 98.90, 98.97, 99.05, 99.11],
         arr0=118204500, ar=[14.2, 15.0, 15.8, 16.1, 16.9], wo=[27104300, 26011800, 24830100, 23105200, 22418600],
         dl=[2241, 2198, 2105, 2067, 1996],
         tcr=[99.15, 99.18, 99.21, 99.24, 99.27], tar=[17.5, 18.0, 18.5, 19.0, 19.5],
         tout=[88000000, 85000000, 82000000, 79000000, 76000000],
         expl="特別徴収への切替えが進み現年分の収納率は高い水準にある。滞納繰越分は時効（２年）が短く、不納欠損となる割合が高い。",
         acts=[("1-1", "普通徴収者への口座振替勧奨", "65歳到達時の案内に口座振替依頼書を同封する。", "通年", "継続"),
               ("1-2", "給付制限の周知", "滞納１年以上の者に給付制限の事前通知を送付し、納付相談につなげる。", "年２回", "継続"),
               ("2-1", "時効管理の徹底", "時効到来前の催告と分納誓約の取得により時効を更新する。", "随時", "拡充")]),
    dict(no="③", name="学校給食費", ka="学務課",
         gai="市立小・中学校の給食に係る保護者負担金（私債権）。令和２年度から公会計化し、市が直接徴収している。",
         cur=[1582106000, 1570420800, 1561082400, 1549918300, 1538211900], cr=[99.21, 99.28, 99.35, 99.40, 99.46],
         arr0=24820100, ar=[20.4, 21.8, 23.5, 24.2, 25.9], wo=[1208400, 1105300, 986200, 920500, 851400],
         dl=[412, 398, 376, 361, 344],
         tcr=[99.50, 99.52, 99.55, 99.57, 99.60], tar=[26.5, 27.0, 27.5, 28.0, 28.5],
         tout=[20500000, 19500000, 18500000, 17500000, 16500000],
         expl="児童手当からの申出徴収の活用により、現年度分の滞納の発生は抑えられている。卒業後の滞納者は接触が難しく、支払督促を含む法的措置を検討する。",
         acts=[("1-1", "申出徴収の活用", "児童手当からの申出徴収の同意書を入学時に取得する。", "４月・随時", "継続"),
               ("1-2", "学校との連携", "未納が２か月続いた世帯に学校を通じて納付案内を届ける。", "毎月", "継続"),
               ("2-1", "卒業生の滞納整理", "卒業後の滞納者に文書・電話で催告し、応じない者には支払督促を申し立てる。", "令和７年度～", "新規"),
               ("2-2", "債権放棄の検討", "所在不明等で回収の見込みがない債権は、条例に基づき放棄を検討する。", "年度末", "新規")]),
]


def compute(dd):
    out, arr = [], dd["arr0"]
    for k, y in enumerate(YEARS):
        ca = dd["cur"][k]; cc = round(ca * dd["cr"][k] / 100)
        aa = arr; ac = round(aa * dd["ar"][k] / 100); wo = dd["wo"][k]
        o = ca + aa - cc - ac - wo
        out.append(dict(y=y, ca=ca, cc=cc, cr=rate(cc, ca, 2), aa=aa, ac=ac, ar=rate(ac, aa, 2), wo=wo, out=o, dl=dd["dl"][k]))
        arr = o
    return out


def header_box(dd):
    return (f'<table class="box"><tr><td width="62%"><b>債権名　{dd["name"]}</b></td>'
            f'<td>所管課　{dd["ka"]}</td></tr></table>')


def table5(dd, rows):
    h = ('<p class="unit">（単位：円、人）</p><table><tr><th>年度</th><th>調定額<br>（現年）</th><th>収入済額<br>（現年）</th><th>収納率<br>（現年）</th>'
         '<th>調定額<br>（滞繰）</th><th>収入済額<br>（滞繰）</th><th>収納率<br>（滞繰）</th><th>不納欠損額</th><th>収入未済額</th><th>滞納者数</th></tr>')
    for r in rows:
        h += (f'<tr><td>{r["y"]}</td><td class="n">{r["ca"]:,}</td><td class="n">{r["cc"]:,}</td><td class="n">{r["cr"]:.2f}%</td>'
              f'<td class="n">{r["aa"]:,}</td><td class="n">{r["ac"]:,}</td><td class="n">{r["ar"]:.2f}%</td>'
              f'<td class="n">{r["wo"]:,}</td><td class="n">{r["out"]:,}</td><td class="n">{r["dl"]:,}</td></tr>')
    return h + "</table>"


def target_table(dd):
    h = '<p>計画期間：令和７年度～令和11年度</p><table><tr><th>区分</th>' + "".join(f"<th>{r}</th>" for _, r in TYEARS) + "</tr>"
    h += "<tr><td>収納率（現年）</td>" + "".join(f'<td class="n">{v:.2f}%</td>' for v in dd["tcr"]) + "</tr>"
    h += "<tr><td>収納率（滞繰）</td>" + "".join(f'<td class="n">{v:.1f}%</td>' for v in dd["tar"]) + "</tr>"
    h += "<tr><td>収入未済額の目標額（円）</td>" + "".join(f'<td class="n">{v:,}</td>' for v in dd["tout"]) + "</tr></table>"
    return h


def acts_table(acts, head=True):
    h = "<table>"
    if head:
        h += '<tr><th width="24%">取組項目</th><th>内容</th><th width="13%">実施時期</th><th width="7%">区分</th></tr>'
    for lab, item, txt, when, kb in acts:
        h += f"<tr><td>{lab}　{item}</td><td>{txt}</td><td>{when}</td><td>{kb}</td></tr>"
    return h + "</table>"


def pages_html():
    P = []
    cover = (f"<h1>{TITLE}</h1><p style='text-align:center'>計画期間：令和７年度～令和11年度</p>"
             "<p style='text-align:center'>令和７年３月　上尾市</p>"
             "<h2>１　計画の趣旨</h2>"
             "<p>　本市では、平成31年３月に第１期の債権管理推進計画を策定し、収納率の向上と収入未済額の縮減に全庁で取り組んできた。"
             "令和５年度決算における市全体の収入未済額は約18億4,200万円で、第１期計画策定時（平成29年度）の約27億1,500万円から約8億7,300万円縮減した。</p>"
             "<p>　一方、国民健康保険税をはじめとする一部の債権では、滞納繰越分の収納率が依然として低い水準にとどまっている。第２期計画では、債権ごとに推進シートを作成し、"
             "目標と取組を明らかにして進行管理を行う。</p>"
             "<h2>２　推進シートの構成</h2><p>１ 債権の概要　２ 直近５か年の収納状況　３ 収納状況に関する説明　４ 目標　５ 目標達成に向けた取組</p>"
             "<h2>３　推進シート対象債権</h2><p>① 国民健康保険税（保険年金課）<br>② 介護保険料（高齢介護課）<br>③ 学校給食費（学務課）</p>"
             "<h2>４　進行管理</h2><p>　各所管課は毎年度、推進シートの実績を債権管理対策会議に報告し、目標との差異について要因分析を行う。</p>")
    P.append(("", cover))
    for dd in DEBTS:
        rows = dd["rows"] = compute(dd)
        base = (f"<h2>推進シート{dd['no']}</h2>" + header_box(dd) + f"<h3>１　債権の概要</h3><p>{dd['gai']}</p>"
                "<h3>２　直近５か年の収納状況</h3>" + table5(dd, rows))
        if dd["no"] != "③":
            p1 = base + f"<h3>３　収納状況に関する説明</h3><p>{dd['expl']}</p>"
            p2 = ("<h3>４　目標</h3>" + target_table(dd) + "<h3>５　目標達成に向けた取組</h3>" + acts_table(dd["acts"])
                  + "<p class='small'>※区分欄　継続：第１期計画から引き続き実施　拡充：内容を拡大して実施　新規：第２期計画から実施</p>")
            P.append((dd["name"], p1)); P.append((dd["name"], p2))
        else:
            p1 = base + f"<h3>３　収納状況に関する説明</h3><p>{dd['expl']}</p><h3>４　目標</h3>" + target_table(dd) + \
                "<h3>５　目標達成に向けた取組</h3>" + acts_table(dd["acts"][:2])
            p2 = acts_table(dd["acts"][2:], head=False) + "<p class='small'>※区分欄の意味は推進シート①に同じ。</p>" + \
                "<h3>（補足）</h3><p>学校給食費は私債権であるため、滞納処分を行うことができない。支払督促等の法的措置は、債権管理条例に基づく手続により行う。</p>"
            P.append((dd["name"], p1)); P.append((dd["name"], p2))
    return P


def build():
    import io
    arch = pymupdf.Archive(FONTDIR)
    W, H = pymupdf.paper_size("a4")
    body = pymupdf.Rect(50, 60, W - 50, H - 50)
    pages = pages_html()
    buf = io.BytesIO()
    wr = pymupdf.DocumentWriter(buf)
    for n, (debt, html) in enumerate(pages, 1):
        story = pymupdf.Story(html=html, user_css=CSS, archive=arch)
        dv = wr.begin_page(pymupdf.Rect(0, 0, W, H))
        more, _ = story.place(body)
        story.draw(dv)
        wr.end_page()
        if more:
            raise SystemExit(f"page {n} overflows")
    wr.close()
    doc = pymupdf.open("pdf", buf.getvalue())
    for n, (debt, html) in enumerate(pages, 1):
        page = doc[n - 1]
        page.insert_font(fontname="G", fontfile=GOTH)
        hdr = "上尾市債権管理推進計画（第２期）" + (f"　推進シート（{debt}）" if debt else "")
        page.insert_text((W - 50 - 7.5 * len(hdr), 38), hdr, fontname="G", fontsize=7.5)
        page.draw_line((50, 44), (W - 50, 44), width=0.4)
        page.insert_text((W / 2 - 10, H - 25), f"- {n} -", fontname="G", fontsize=9)
    doc.subset_fonts()
    doc.save(PDF / f"{STEM}.pdf", garbage=4, deflate=True)


def gold():
    facts = [F(None, 2023, "令和５年度決算", "total", "outstanding", "actual", 1842000000, "yen", "約18億4,200万円", 1, approx=True, debt_raw=None),
             F(None, 2017, "平成29年度", "total", "outstanding", "actual", 2715000000, "yen", "約27億1,500万円", 1, approx=True, debt_raw=None)]
    inits = []
    page = 2
    for dd in DEBTS:
        nm = dd["name"]
        for r in dd["rows"]:
            y, raw = r["y"], str(r["y"])
            for key, seg, met in (("ca", "current", "assessed"), ("cc", "current", "collected"), ("cr", "current", "collection_rate"),
                                  ("aa", "arrears", "assessed"), ("ac", "arrears", "collected"), ("ar", "arrears", "collection_rate"),
                                  ("wo", "total", "written_off"), ("out", "total", "outstanding"), ("dl", "total", "delinquents")):
                v = r[key]
                if met == "collection_rate":
                    facts.append(F(nm, y, raw, seg, met, "actual", v, "percent", f"{v:.2f}%", page))
                elif met == "delinquents":
                    facts.append(F(nm, y, raw, seg, met, "actual", v, "persons", f"{v:,}", page))
                else:
                    facts.append(F(nm, y, raw, seg, met, "actual", v, "yen", f"{v:,}", page))
        tp = page if dd["no"] == "③" else page + 1
        for (fy, raw), a, b, c in zip(TYEARS, dd["tcr"], dd["tar"], dd["tout"]):
            facts += [F(nm, fy, raw, "current", "collection_rate", "target", a, "percent", f"{a:.2f}%", tp),
                      F(nm, fy, raw, "arrears", "collection_rate", "target", b, "percent", f"{b:.1f}%", tp),
                      F(nm, fy, raw, "total", "outstanding", "target", c, "yen", f"{c:,}", tp)]
        for k, (lab, item, txt, when, kb) in enumerate(dd["acts"]):
            pg = tp if (dd["no"] != "③" or k < 2) else page + 1
            inits.append(I(nm, 2025, "目標達成に向けた取組", lab, txt, kb, pg))
        page += 2
    write_gold(STEM, "plan", MUNI, TITLE, "2025-03-01", "令和７年３月", facts, inits)


if __name__ == "__main__":
    build(); gold(); check(STEM)
