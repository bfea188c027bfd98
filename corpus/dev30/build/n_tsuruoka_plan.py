"""鶴岡市-style 債権管理計画 with per-debt sections (PyMuPDF Story HTML). Plan family."""
import pymupdf as fitz
from n_common import OUT, fact, finish

STEM = "n_tsuruoka_plan_1"
TITLE = "鶴岡市債権管理計画（令和７年度～令和９年度）"
FONT = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
CSS = """@font-face {font-family: M; src: url(ipaexm.ttf);}
* {font-family: M; font-size: 10pt;} h1 {font-size: 15pt; text-align:center;} h2 {font-size: 12pt;}
table {border-collapse: collapse; width: 100%;} td, th {padding: 2px 4px;}
.g td, .g th {border: 0.6px solid black;} .h td, .h th {border-top: 0.6px solid black; border-bottom: 0.6px solid black;}
.r {text-align: right;} .box {border: 0.8px solid black; padding: 4px;}"""
YEARS = [(2019, "R元"), (2020, "R2"), (2021, "R3"), (2022, "R4"), (2023, "R5")]
# name, dept, rows per year (assessed, collected, written_off) in 千円, targets (cur, arr, total) for R9, items
D = [("市税", "納税課", [(18234512, 17688011, 41220), (18011890, 17455203, 38911), (18420667, 17902345, 35602),
                         (18655120, 18174410, 30122), (18890345, 18433921, 27780)], (99.4, 31.0, 97.9),
      ["(1) 現年課税分の滞納を翌年度に繰り越さないよう、納期限後20日以内の督促状発送を徹底する。【継続】",
       "(2) 滞納繰越分は、財産調査を早期に行い、差押えによる換価を進める。【継続】",
       "(3) 地方税統一QRコードによる納付の周知を強化する。【拡充】"]),
     ("国民健康保険税", "国保年金課", [(3412055, 3090118, 22104), (3350712, 3047880, 20315), (3298440, 3015220, 19877),
                                    (3221006, 2962410, 17650), (3150211, 2906770, 15402)], (96.8, 25.0, 93.0),
      ["(1) 資格喪失時の窓口で未納額を案内し、分納相談につなげる。【新規】",
       "(2) 短期被保険者証の交付時に納付相談を必ず実施する。【継続】"]),
     ("市営住宅使用料", "建築課", [(402311, 371204, 1822), (398870, 369015, 1540), (395102, 366980, 1321),
                                 (391554, 364406, 1108), (388210, 362117, 980)], (98.5, 18.0, 93.5),
      ["(1) 滞納３か月で連帯保証人へ通知し、６か月で明渡し請求を検討する。【継続】",
       "(2) 退去者分は少額訴訟・支払督促を活用して回収する。【拡充】"])]
facts = []; inits = []
pages_html = []
tot23 = sum(d[2][-1][0] - d[2][-1][1] - d[2][-1][2] for d in D)
p1 = f"""<h1>{TITLE}</h1><p style="text-align:center">令和７年３月　鶴　岡　市</p>
<h2>１　計画策定の趣旨</h2><p>本市では、債権管理条例に基づき、市が保有する債権の適正な管理と収入の確保に努めてきた。
令和５年度決算における主要３債権の収入未済額は約{tot23/100000:.1f}億円となっており、</p>
<p>市民負担の公平性を確保するため、引き続き全庁一体となって未収金の縮減に取り組む。</p>
<h2>２　計画期間</h2><p>令和７年度から令和９年度までの３年間とする。</p>
<h2>３　対象債権</h2><p>令和５年度決算において収入未済額が生じている債権のうち、金額の大きい３債権を重点債権とする。</p>"""
approx_oku = f"約{tot23/100000:.1f}億円"
facts.append(fact(None, 2023, "令和５年度決算", "total", "outstanding", "actual", int(round(round(tot23 / 100000, 1) * 100000000)),
                  "yen", approx_oku, 1, approx=True, debt_raw=None))
pages_html.append(p1)
for i, (name, dept, rows, tg, items) in enumerate(D, 1):
    pg = len(pages_html) + 1
    cls = "h" if i == 2 else "g"   # one debt table ruled with horizontal lines only
    trs = ""
    for (fy, lab), (a, c, w) in zip(YEARS, rows):
        o = a - c - w; rate = round(c / a * 100, 2)
        trs += (f"<tr><td>{lab}</td><td class=r>{a:,}</td><td class=r>{c:,}</td><td class=r>{w:,}</td>"
                f"<td class=r>{o:,}</td><td class=r>{rate:.2f}</td></tr>")
        for m, v, raw in (("assessed", a * 1000, f"{a:,}"), ("collected", c * 1000, f"{c:,}"),
                          ("written_off", w * 1000, f"{w:,}"), ("outstanding", o * 1000, f"{o:,}"),
                          ("collection_rate", rate, f"{rate:.2f}")):
            facts.append(fact(name, fy, lab, "total", m, "actual", v, "percent" if m == "collection_rate" else "yen", raw, pg))
    it_html = "".join(f"<p>{x}</p>" for x in items)
    html = f"""<h2>４－{i}　債権ごとの取組（{name}）</h2><p>所管課：{dept}</p>
<p style="text-align:right">（単位：千円、徴収率は％）</p>
<table class={cls}><tr><th>年度</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>未収金残高</th><th>徴収率</th></tr>{trs}</table>
<p>※現年度分と過年度分の合計。</p>
<p><b>【目標】令和９年度</b></p><ul><li>現年度分　{tg[0]}％</li><li>過年度分　{tg[1]}％</li><li>全体　{tg[2]}％</li></ul>
<div class=box><p><b>取組内容</b></p>{it_html}</div>"""
    for seg, v in zip(("current", "arrears", "total"), tg):
        facts.append(fact(name, 2027, "令和９年度", seg, "collection_rate", "target", v, "percent", f"{v}％", pg))
    for x in items:
        tag = x[x.index("【") + 1:x.index("】")]
        inits.append({"debt": name, "fiscal_year": 2025, "section": "取組内容", "label": x[:3],
                      "text": x[4:x.index("【")], "status": tag, "page": pg})
    pages_html.append(html)

raw_pdf = OUT / f"{STEM}_raw.pdf"
w = fitz.DocumentWriter(str(raw_pdf))
arch = fitz.Archive("/usr/share/fonts/opentype/ipaexfont-mincho")
MB = fitz.paper_rect("a4"); WHERE = MB + (60, 70, -60, -70)
for html in pages_html:
    st = fitz.Story(html, user_css=CSS, archive=arch)
    dev = w.begin_page(MB); more, _ = st.place(WHERE); st.draw(dev); w.end_page()
    assert not more, "page overflow"
w.close()
doc = fitz.open(raw_pdf)
for n, pg in enumerate(doc, 1):
    pg.insert_font(fontname="ipm", fontfile=FONT)
    pg.insert_text((400, 40), "鶴岡市債権管理計画", fontname="ipm", fontsize=8)
    pg.insert_text((290, 810), f"- {n} -", fontname="ipm", fontsize=9)
doc.subset_fonts()
fin = OUT / f"{STEM}.pdf"; doc.save(fin, garbage=4, deflate=True)
finish(STEM, fin, {"kind": "plan", "municipality": "鶴岡市", "title": TITLE, "date": "2025-03-01",
                   "date_raw": "令和７年３月"}, facts, inits)
