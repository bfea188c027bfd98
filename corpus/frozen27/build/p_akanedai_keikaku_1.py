"""あかね台市債権管理計画（令和8年度～令和12年度）with one 推進シート per debt — PyMuPDF Story (HTML)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fitz
from p_common import Gold, OUT, ROOT, c, rate, wa

STEM = "p_akanedai_keikaku_1"
FONTDIR = "/usr/share/fonts/opentype/ipaexfont-mincho/"
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
CSS = """
@font-face {font-family: ipam; src: url(ipaexm.ttf);}
* {font-family: ipam; font-size: 9.5pt; line-height: 1.35;}
h1 {font-size: 17pt; text-align: center; margin-bottom: 10pt;}
h2 {font-size: 12pt; margin-top: 10pt; margin-bottom: 4pt;}
h3 {font-size: 10.5pt; margin-top: 8pt; margin-bottom: 3pt;}
p {margin-top: 2pt; margin-bottom: 2pt; text-indent: 1em;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6pt solid black; padding: 2pt 3pt; font-size: 8.5pt;}
th {background-color: #e0e0e0; font-weight: normal;}
td.n {text-align: right;}
.unit {text-align: right; font-size: 8pt; text-indent: 0;}
.plan {border: 1pt solid black; padding: 3pt; margin: 4pt 0; text-indent: 0;}
.t {text-indent: 0; margin-left: 1em;}
"""
YEARS = [2020, 2021, 2022, 2023, 2024]
PLAN = [2026, 2027, 2028, 2029, 2030]

DEBTS = [
    dict(name="市税", ka="収納課", unit_d="人", du="persons",
         asd=[21804332, 22105870, 22458901, 22610345, 22902118], r=[0.9636, 0.9681, 0.9712, 0.9745, 0.9771],
         wo=[58214, 61002, 49877, 52110, 47301], dq=[6120, 5874, 5602, 5418, 5233],
         seg={"cur": [99.05, 99.12, 99.20], "arr": [27.31, 28.94, 30.12]},
         tg_cur=["99.25", "99.30", "99.35", "99.40", "99.45"], tg_arr=["31.0", "32.0", "33.0", "34.0", "35.0"],
         tg_out=["4.6", "4.4", "4.2", "4.0", "3.8"], sent=("99.45", "3.8"),
         tori=[("1-1", "早期納付の促進", "納期限後20日を経過した未納者に対し、SMS及び自動音声電話による催告を行う。", "令和8年度～", "継続"),
               ("1-2", "納付環境の整備", "地方税統一QRコードを活用したスマートフォン納付の周知を強化する。", "令和8年度～", "拡充"),
               ("2-1", "滞納処分の強化", "滞納額50万円以上の案件について、財産調査から処分までの標準期間を3か月とする。", "通年", "継続"),
               ("2-2", "徴収体制の見直し", "特別滞納整理担当を新設し、高額・困難案件を一元的に処理する。", "令和9年度～", "新規")]),
    dict(name="国民健康保険料", ka="国保年金課", unit_d="世帯", du="households",
         asd=[4212556, 4108330, 4021774, 3955102, 3890215], r=[0.8012, 0.8155, 0.8290, 0.8402, 0.8511],
         wo=[120551, 110332, 98770, 91205, 85440], dq=[3550, 3391, 3240, 3102, 2987],
         seg={"cur": [94.81, 95.20, 95.62], "arr": [22.4, 23.9, 25.3]},
         tg_cur=["95.80", "96.00", "96.20", "96.40", "96.60"], tg_arr=["26.0", "27.0", "28.0", "29.0", "30.0"],
         tg_out=["4.7", "4.5", "4.3", "4.1", "3.9"], sent=("96.60", "3.9"),
         tori=[("1-1", "口座振替の原則化", "加入手続の際に口座振替の登録を原則とし、窓口で即時に受け付ける。", "令和8年度～", "継続"),
               ("1-2", "資格の適正化", "他の医療保険との重複加入者を調査し、国保の喪失手続を勧奨する。", "令和8年度～", "新規"),
               ("2-1", "滞納処分の徹底", "財産が判明した世帯には差押予告を経て速やかに滞納処分を行う。", "通年", "継続")]),
    dict(name="市営住宅使用料", ka="住宅課", unit_d="人", du="persons",
         asd=[512330, 508871, 505120, 501998, 498340], r=[0.9120, 0.9168, 0.9201, 0.9233, 0.9270],
         wo=[3120, 2877, 4011, 2540, 2210], dq=[301, 288, 270, 262, 249],
         seg={"cur": [97.61, 97.72, 97.90], "arr": [12.3, 13.0, 14.1]},
         tg_cur=["98.00", "98.10", "98.20", "98.30", "98.40"], tg_arr=["14.5", "15.0", "15.5", "16.0", "16.5"],
         tg_out=["0.33", "0.32", "0.31", "0.30", "0.29"], sent=("98.40", "0.29"),
         tori=[("1-1", "早期接触", "滞納1か月目で電話連絡を行い、2か月目には連帯保証人にも通知する。", "通年", "継続"),
               ("2-1", "法的措置", "滞納6か月以上で納付誓約のない者について、明渡し及び支払請求の訴えを提起する。", "通年", "拡充")]),
]


def calc(d):
    rows = []
    for k, y in enumerate(YEARS):
        a = d["asd"][k]
        col = round(a * d["r"][k])
        wo = d["wo"][k]
        out = a - col - wo
        rows.append((y, a, col, wo, out, rate(col, a, 2), d["dq"][k]))
    return rows


def fmt_oku(v):
    return v


g = Gold(STEM, "plan", "あかね台市", "あかね台市債権管理計画（令和8年度～令和12年度）", "2026-03-01", "令和8年3月")


def html_intro(calcs):
    tot24 = sum(cc[-1][4] for cc in calcs) + 312456  # その他の債権を含む
    tax24 = calcs[0][-1][4]
    s = ["<h1>あかね台市債権管理計画<br/>（令和8年度～令和12年度）</h1>",
         "<h2>１　計画策定の趣旨</h2>"]
    tot_oku = f"約{tot24 // 100000:,}"  # 千円→億円 first digits
    oku = tot24 // 100000          # 億
    man = (tot24 % 100000) // 10   # 万円 (千円/10)
    man = round((tot24 % 100000) / 10, -2)
    txt_tot = f"約{oku}億{int(man):,}万円"
    g.f(None, 2024, "令和6年度", "total", "outstanding", "actual", oku * 100000000 + int(man) * 10000, "yen", txt_tot, 1,
        approx=True)
    txt19 = "約19億6,000万円"
    g.f(None, 2019, "令和元年度", "total", "outstanding", "actual", 1960000000, "yen", txt19, 1, approx=True)
    tax_m = round(tax24 / 1000, 1)
    txt_tax = f"{tax_m:,.1f}百万円"
    g.f("市税", 2024, "令和6年度", "total", "outstanding", "actual", int(round(tax_m * 1000000)), "yen", txt_tax, 1)
    s.append(f"<p>本市は、平成28年に「あかね台市債権管理条例」を制定し、全庁的な債権管理の適正化に取り組んできた。"
             f"令和6年度決算における本市の債権全体の収入未済額は{txt_tot}で、令和元年度の{txt19}から着実に縮減している。"
             f"このうち市税は{txt_tax}と全体の3分の1余りを占めている。</p>")
    s.append("<p>一方で、国民健康保険料や市営住宅使用料などの税外債権では、滞納繰越分の徴収率が依然として低い水準にとどまっており、"
             "回収の見込みのない債権の適正な整理とあわせて、計画的な取組が求められている。このため、前計画の成果と課題を踏まえ、"
             "本計画を策定する。</p>")
    s.append("<h2>２　計画期間</h2><p>令和8年度から令和12年度までの5年間とする。</p>")
    s.append("<h2>３　対象債権</h2><p>本計画では、収入未済額が大きい次の3債権を重点債権とし、債権ごとに推進シートを作成して"
             "目標と取組を定める。</p><p class='t'>（1）市税　（2）国民健康保険料　（3）市営住宅使用料</p>")
    s.append("<h2>４　推進シートの見方</h2><p>推進シートの「収納状況の推移」は各年度の決算額（現年分と滞納繰越分の合計）であり、"
             "収入未済額は調定額から収入済額及び不納欠損額を差し引いた額である。目標値は各年度の下限（収納率）又は上限（収入未済額）を示す。</p>")
    return "".join(s)


def html_sheet(n, d, rows, page):
    name = d["name"]
    s = [f"<h2>５　債権ごとの取組（{name}）</h2>", f"<p class='t'>所管課：{d['ka']}</p>",
         "<h3>(1) 収納状況の推移</h3>", f"<p class='unit'>（単位：千円、{d['unit_d']}）</p>",
         "<table><tr><th style='width:9%'>年度</th><th style='width:16%'>調定額</th><th style='width:16%'>収入済額</th><th style='width:15%'>不納欠損額</th><th style='width:15%'>収入未済額</th><th style='width:14%'>収納率</th>"
         "<th style='width:15%'>滞納者数</th></tr>"]
    for (y, a, col, wo, out, rv, dq) in rows:
        s.append(f"<tr><td>{y}</td><td class='n'>{c(a)}</td><td class='n'>{c(col)}</td><td class='n'>{c(wo)}</td>"
                 f"<td class='n'>{c(out)}</td><td class='n'>{rv:.2f}%</td><td class='n'>{c(dq)}</td></tr>")
        yr = str(y)
        for met, v, raw, unit in (("assessed", a * 1000, c(a), "yen"), ("collected", col * 1000, c(col), "yen"),
                                  ("written_off", wo * 1000, c(wo), "yen"), ("outstanding", out * 1000, c(out), "yen"),
                                  ("collection_rate", rv, f"{rv:.2f}%", "percent"), ("delinquents", dq, c(dq), d["du"])):
            g.f(name, y, yr, "total", met, "actual", v, unit, raw, page)
    s.append("</table><p class='unit'>※収納率は合計（現年分＋滞納繰越分）。滞納者数は各年度末現在。</p>")
    s.append("<h3>(2) 現年分・滞繰分の収納率</h3><table><tr><th>年度</th><th>収納率（現年）</th><th>収納率（滞繰）</th></tr>")
    for k, y in enumerate(YEARS[2:]):
        cu, ar = d["seg"]["cur"][k], d["seg"]["arr"][k]
        arf = f"{ar:.1f}" if name != "市税" else f"{ar:.2f}"
        s.append(f"<tr><td>{wa(y)}</td><td class='n'>{cu:.2f}％</td><td class='n'>{arf}％</td></tr>")
        g.f(name, y, wa(y), "current", "collection_rate", "actual", cu, "percent", f"{cu:.2f}％", page)
        g.f(name, y, wa(y), "arrears", "collection_rate", "actual", float(arf), "percent", f"{arf}％", page)
    s.append("</table>")
    s.append("<h3>(3) 目標</h3><p class='plan'>計画期間：令和8年度～令和12年度</p>")
    s.append("<table><tr><th>項目</th>" + "".join(f"<th>R{y - 2018}</th>" for y in PLAN) + "</tr>")
    for lab, seg, vals, suf in (("現年分収納率", "current", d["tg_cur"], "％以上"), ("滞繰分収納率", "arrears", d["tg_arr"], "％以上"),
                                ("収入未済額", "total", d["tg_out"], "億円以下")):
        s.append(f"<tr><td>{lab}</td>" + "".join(f"<td class='n'>{v}{suf}</td>" for v in vals) + "</tr>")
        for y, v in zip(PLAN, vals):
            if seg == "total":
                g.f(name, y, f"R{y - 2018}", "total", "outstanding", "target", int(round(float(v) * 100000000)), "yen",
                    f"{v}{suf}", page)
            else:
                g.f(name, y, f"R{y - 2018}", seg, "collection_rate", "target", float(v), "percent", f"{v}{suf}", page)
    s.append("</table>")
    s1, s2 = d["sent"]
    s.append(f"<p class='t'>（１）現年分の収納率を令和12年度までに{s1}％以上とする。</p>")
    s.append(f"<p class='t'>（２）収入未済額を令和12年度末までに{s2}億円以下に縮減する。</p>")
    g.f(name, 2030, "令和12年度", "current", "collection_rate", "target", float(s1), "percent", f"{s1}％以上", page,
        anchor="（１）現年分の収納率を令和12年度")
    g.f(name, 2030, "令和12年度", "total", "outstanding", "target", int(round(float(s2) * 100000000)), "yen", f"{s2}億円以下",
        page)
    s.append("<h3>(4) 目標達成に向けた取組</h3><table><tr><th style='width:7%'>番号</th><th style='width:18%'>取組項目</th><th style='width:51%'>内容</th><th style='width:15%'>実施時期</th><th style='width:9%'>区分</th></tr>")
    for lab, head, text, when, kb in d["tori"]:
        s.append(f"<tr><td>{lab}</td><td>{head}</td><td>{text}</td><td>{when}</td><td>{kb}</td></tr>")
        g.i(name, 2026, "目標達成に向けた取組", lab, text, kb, page)
    s.append("</table>")
    return "".join(s)


def build():
    calcs = [calc(d) for d in DEBTS]
    parts = [("計画の概要", html_intro(calcs))]
    for n, d in enumerate(DEBTS):
        parts.append((f"推進シート（{d['name']}）", html_sheet(n, d, calcs[n], n + 2)))
    arch = fitz.Archive(FONTDIR)
    tmp = OUT / f"{STEM}_raw.pdf"
    OUT.mkdir(parents=True, exist_ok=True)
    writer = fitz.DocumentWriter(str(tmp))
    mediabox = fitz.paper_rect("a4")
    where = mediabox + (56, 62, -56, -56)
    heads = []
    for head, html in parts:
        story = fitz.Story(html=html, user_css=CSS, archive=arch)
        more = True
        while more:
            dev = writer.begin_page(mediabox)
            more, _ = story.place(where)
            story.draw(dev)
            writer.end_page()
            heads.append(head)
    writer.close()
    doc = fitz.open(tmp)
    assert doc.page_count == len(parts), doc.page_count
    for k, pg in enumerate(doc):
        pg.insert_font(fontname="hg", fontfile=GOTH)
        pg.insert_text((56, 40), "あかね台市債権管理計画", fontsize=8, fontname="hg", color=(0.3, 0.3, 0.3))
        t = heads[k]
        pg.insert_text((539 - len(t) * 9, 40), t, fontsize=9, fontname="hg")
        pg.draw_line((56, 46), (539, 46), color=(0.3, 0.3, 0.3), width=0.5)
        pg.insert_text((290, 815), f"- {k + 1} -", fontsize=9, fontname="hg")
    doc.subset_fonts()
    out = ROOT / "pdf" / f"{STEM}.pdf"
    doc.save(out, garbage=4, deflate=True)
    return g.finish(out)


if __name__ == "__main__":
    sys.exit(0 if build() else 1)
