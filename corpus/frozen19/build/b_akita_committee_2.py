"""秋田市 債権管理対策委員会 資料（取組個票）— PyMuPDF Story (HTML)."""
import pymupdf as fitz
from b_common import Gold, ROOT, zen, commas

STEM = "b_akita_committee_2"
g = Gold(STEM, "committee_material", "秋田市", "令和７年度第１回秋田市債権管理対策委員会資料", "2025-07-09", "令和7年7月9日")
CSS = """
@font-face {font-family: G; src: url(ipaexg.ttf);}
@font-face {font-family: M; src: url(ipaexm.ttf);}
* {font-family: M; font-size: 10pt;}
h1 {font-family: G; font-size: 15pt; text-align: center;}
h2 {font-family: G; font-size: 11.5pt; margin-top: 8pt;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6pt solid black; padding: 2pt 3pt;}
th {font-family: G; background-color: #e6e6e6;}
td.n {text-align: right;}
.box {border: 1pt solid black; padding: 4pt;}
"""
pages = []   # each: html of one page group (may overflow to more pages)

p1 = f"""
<h1>令和７年度 第１回<br>秋田市債権管理対策委員会</h1>
<p style="text-align:right">令和7年7月9日（水）午後2時～<br>市役所本庁舎 ３階 第２会議室</p>
<h2>次　第</h2>
<p>１　開会<br>２　報告事項<br>　(1) 令和６年度 滞納整理強化月間の実施結果について（資料１）<br>
　(2) 令和６年度 債権管理ヒアリングの結果について（資料１）<br>３　協議事項<br>
　令和７年度 重点債権の取組方針について（資料２）<br>４　閉会</p>
<table><tr><td class="box">
<b>【参考】本市の債権の状況（令和6年度決算）</b><br>
・全債権の収納率：{g.f("97.4%", None, 2024, "令和6年度", "total", "collection_rate", "actual", 97.4, "percent")}（前年度比 0.3ポイント増）<br>
・収入未済額：{g.f("約18億2,300万円", None, 2024, "令和6年度", "total", "outstanding", "actual", 1823000000, "yen", True)}（前年度比 約1億1,000万円減）<br>
・不納欠損額：{g.f("約9,700万円", None, 2024, "令和6年度", "total", "written_off", "actual", 97000000, "yen", True)}<br>
・対象債権：強制徴収公債権 11債権、非強制徴収公債権 6債権、私債権 9債権
</td></tr></table>
"""
pages.append(p1)

sheets = [
    dict(no=1, name="市税", ka="財政部納税課",
         yrs=[("R4", 99.08, 27.9, 812344), ("R5", 99.15, 29.4, 741208), ("R6", 99.22, 30.8, 688015)],
         tgt=(99.30, 32.0, 640000),
         kyoka=[("催告書の一斉発送", "滞納繰越分を有する納税者へ催告書を発送", "発送 4,812件<br>うち納付・相談 1,906件"),
                ("財産調査・差押え", "預貯金・給与等の調査を集中実施", "差押え 312件"),
                ("夜間・休日納税相談", "11月・12月の土日に窓口を開設", "来庁 208件")],
         kadai=["高額滞納事案のうち、滞納処分の執行停止の判断が遅れている案件がある。",
                "現年分の新規滞納者への初期対応（電話催告）が一部で遅れている。"],
         hoshin=[("①", "現年度分の新規滞納者に対し、納期限後３０日以内に電話催告を行う。", "継続"),
                 ("②", "差押可能財産が判明した事案は、予告後１か月以内に差押えを執行する。", "拡充"),
                 ("③", "スマートフォン決済に加え、地方税統一ＱＲコードによる納付を周知する。", "新規")]),
    dict(no=2, name="国民健康保険税", ka="市民生活部国保年金課",
         yrs=[("R4", 95.12, 20.4, 1122860), ("R5", 95.37, 21.1, 1054117), ("R6", 95.60, 22.6, 987452)],
         tgt=(95.80, 24.0, 930000),
         kyoka=[("資格喪失世帯への催告", "社保加入等による喪失世帯へ文書催告", "発送 1,544件"),
                ("短期証更新時の納付相談", "窓口交付時に納付計画を協議", "分納誓約 263件"),
                ("財産調査", "預貯金調査を集中実施", "照会 2,031件")],
         kadai=["滞納繰越分の徴収率が中核市平均を下回っている。",
                "分納誓約の不履行が続く世帯への対応が統一されていない。"],
         hoshin=[("①", "分納誓約の不履行が２回続いた世帯は、納税課と共同で財産調査を行う。", "継続"),
                 ("②", "資格喪失世帯の一覧を毎月作成し、喪失後２か月以内に文書催告する。", "拡充")]),
    dict(no=3, name="市営住宅使用料", ka="都市整備部住宅整備課",
         yrs=[("R4", 97.85, 16.2, 58210), ("R5", 98.02, 17.5, 55418), ("R6", 98.11, 18.9, 52774)],
         tgt=(98.30, 20.0, 50000),
         kyoka=[("連帯保証人への通知", "３か月以上滞納者の保証人へ通知", "通知 86件"),
                ("退去者への訪問", "退去滞納者の居所調査と訪問", "訪問 41件<br>納付約束 17件")],
         kadai=["退去者分の滞納額が増加しており、居所不明者が多い。"],
         hoshin=[("①", "３か月滞納で明渡し請求の予告を行い、６か月で法的措置に移行する。", "継続"),
                 ("②", "退去者分は住民票等による居所調査を行い、回収見込みのない債権は放棄を検討する。", "新規")]),
]
for s in sheets:
    nm = s["name"]
    h = f"""<p style="text-align:right">資料１－{s['no']}</p>
<h2>取組個票</h2>
<table><tr><th width="15%">債権名</th><td width="35%">{nm}</td><th width="15%">所管課</th><td width="35%">{s["ka"]}</td></tr></table>
<h2>１　滞納整理強化月間（令和6年11月～12月）の実施状況</h2>
<table><tr><th>No.</th><th>取組項目</th><th>実施内容</th><th>実績又は効果</th></tr>"""
    for i, (a, b, c) in enumerate(s["kyoka"], 1):
        h += f"<tr><td>{i}</td><td>{a}</td><td>{b}</td><td>{c}</td></tr>"
    h += "</table>"
    h += """<h2>２　収納状況の推移</h2><p style="text-align:right">（徴収率：％、収入未済額：千円）</p>
<table><tr><th rowspan="2">区分</th><th colspan="3">決算</th><th>目標</th></tr><tr><th>R4</th><th>R5</th><th>R6</th><th>R7</th></tr>"""
    ybase = {"R4": 2022, "R5": 2023, "R6": 2024, "R7": 2025}
    for lab, seg, idx, unit in [("現年分徴収率", "current", 1, "percent"), ("滞繰分徴収率", "arrears", 2, "percent"), ("収入未済額", "total", 3, "yen")]:
        h += f"<tr><td>{lab}</td>"
        for y in s["yrs"]:
            v = y[idx]
            if unit == "percent":
                raw = f"{v:.2f}" if seg == "current" else f"{v:.1f}"
                g.f(raw, nm, ybase[y[0]], y[0], seg, "collection_rate", "actual", v, "percent")
            else:
                raw = commas(v); g.f(raw, nm, ybase[y[0]], y[0], seg, "outstanding", "actual", v * 1000, "yen")
            h += f'<td class="n">{raw}</td>'
        tv = s["tgt"][idx - 1]
        if unit == "percent":
            raw = f"{tv:.2f}" if seg == "current" else f"{tv:.1f}"
            g.f(raw, nm, 2025, "R7", seg, "collection_rate", "target", tv, "percent")
        else:
            raw = commas(tv); g.f(raw, nm, 2025, "R7", seg, "outstanding", "target", tv * 1000, "yen")
        h += f'<td class="n">{raw}</td></tr>'
    h += "</table><h2>３　債権管理ヒアリングにおける課題</h2>"
    for k in s["kadai"]:
        h += f"<p>・{k}</p>"
    h += "<h2>４　令和７年度の取組方針</h2><table><tr><td>"
    for lab, txt, stt in s["hoshin"]:
        g.it(nm, 2025, "令和７年度の取組方針", lab, txt, stt)
        h += f"<p>{lab}　{txt}【{stt}】</p>"
    ct, ca, co = s["tgt"]
    oku = co * 1000
    ytxt = f"{oku // 100000000}億{(oku % 100000000) // 10000:,}万円" if oku >= 100000000 else f"{oku // 10000:,}万円"
    h += (f"<p><b>数値目標</b>　現年分徴収率 {g.f(f'{ct:.2f}％', nm, 2025, '令和７年度', 'current', 'collection_rate', 'target', ct, 'percent')}以上"
          f"／収入未済額 {g.f(ytxt, nm, 2025, '令和７年度', 'total', 'outstanding', 'target', oku, 'yen')}以下</p></td></tr></table>")
    pages.append(h)

arch = fitz.Archive("/usr/share/fonts/opentype/ipaexfont-gothic")
arch.add(fitz.Archive("/usr/share/fonts/opentype/ipaexfont-mincho"))
pdfpath = ROOT / "pdf" / f"{STEM}.pdf"
writer = fitz.DocumentWriter(str(pdfpath))
rect = fitz.paper_rect("a4"); where = rect + (50, 60, -50, -60)
for html in pages:
    story = fitz.Story(html, user_css=CSS, archive=arch)
    more = 1
    while more:
        dev = writer.begin_page(rect)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
writer.close()
doc = fitz.open(pdfpath)
for i, pg in enumerate(doc, 1):
    pg.insert_text((50, 35), "令和７年度第１回 秋田市債権管理対策委員会", fontsize=8, fontname="japan")
    pg.insert_text((285, 815), f"- {i} -", fontsize=9, fontname="helv")
doc.subset_fonts(); doc.save(str(pdfpath) + ".tmp", garbage=4, deflate=True); doc.close()
import os; os.replace(str(pdfpath) + ".tmp", pdfpath)
g.finalize(pdfpath)
