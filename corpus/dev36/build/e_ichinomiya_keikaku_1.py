"""一宮市-style 債権管理計画 (setagaya family: 会計・款・債権 tables): PyMuPDF Story HTML, one Story per page,
plus a vector bar chart of 収入未済額の推移 drawn directly."""
from __future__ import annotations

import pymupdf

from e_common import OUT, PDF, fact, rate, write_gold

STEM = "e_ichinomiya_keikaku_1"
TITLE = "一宮市債権管理計画（令和７年度～令和９年度）"
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

# 令和5年度決算 (円): (会計, 款, 債権名, 調定, 収入, 欠損, indent)
G = "一般会計"
ROWS = [
    (G, "市税", "市税", 48215337420, 47061904118, 52318406, 0),
    (G, "市税", "うち個人市民税", 19804112300, 19210406725, 30112008, 1),
    (G, "市税", "うち固定資産税", 21406220150, 20998303912, 15004117, 1),
    (G, "分担金及び負担金", "保育所保育料", 1120448300, 1098317200, 1204500, 0),
    (G, "使用料及び手数料", "市営住宅使用料", 812336400, 761008900, 3415200, 0),
    (G, "諸収入", "生活保護費返還金", 402118770, 118406215, 12008334, 0),
    (G, "諸収入", "母子父子寡婦福祉資金貸付金", 96442100, 41208900, 0, 0),
    ("国民健康保険事業特別会計", "国民健康保険税", "国民健康保険税", 11842096300, 10402117650, 178402110, 0),
    ("介護保険事業特別会計", "保険料", "介護保険料", 8204115800, 8031226400, 28114900, 0),
    ("後期高齢者医療事業特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", 4512008700, 4478996100, 4218300, 0),
    ("下水道事業会計", "営業収益", "下水道使用料", 5208447100, 5162115800, 6402200, 0),
    ("下水道事業会計", "資本的収入", "下水道事業受益者負担金", 48112400, 39887500, 1102000, 0),
]
ACCTS = [G, "国民健康保険事業特別会計", "介護保険事業特別会計", "後期高齢者医療事業特別会計", "下水道事業会計"]
# 収入未済額の推移 (千円), R1..R4; R5 from ROWS
HIST = {G: [1684210, 1602338, 1511907, 1418806],
        "国民健康保険事業特別会計": [1711402, 1598120, 1460775, 1352009],
        "介護保険事業特別会計": [186204, 171118, 160452, 152330],
        "後期高齢者医療事業特別会計": [39118, 35402, 33807, 31260],
        "下水道事業会計": [62410, 58117, 55206, 50348]}
YEARS = [("令和元年度", 2019), ("令和２年度", 2020), ("令和３年度", 2021), ("令和４年度", 2022), ("令和５年度", 2023)]

CSS = """
* {font-family: G; font-size: 9.5pt;}
body {font-family: M;}
p {font-family: M; font-size: 10pt; line-height: 1.5; margin: 0 0 4pt 0; text-indent: 10pt;}
h1 {font-family: G; font-size: 16pt; text-align: center; margin: 6pt 0 4pt 0;}
h2 {font-family: G; font-size: 12pt; margin: 10pt 0 4pt 0;}
h3 {font-family: G; font-size: 10.5pt; margin: 6pt 0 3pt 0;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6pt solid #000; padding: 1.5pt 3pt; font-size: 8.5pt;}
th {background-color: #d9d9d9; font-weight: normal; text-align: center;}
td.n {text-align: right;}
.unit {text-align: right; font-size: 8.5pt; margin: 0; text-indent: 0;}
.note {font-size: 8pt; text-indent: 0; margin: 2pt 0 0 0;}
.box {border: 0.8pt solid #000; padding: 5pt 8pt; margin: 6pt 0;}
.box p {text-indent: 0; margin: 0 0 2pt 0;}
.ol p {text-indent: -20pt; margin-left: 20pt;}
"""


def yen(v):
    return f"{v:,}" if v else "－"


def main():
    facts, inits = [], []
    acc_tot = {}
    for a in ACCTS:
        rs = [r for r in ROWS if r[0] == a and r[6] == 0]
        acc_tot[a] = tuple(sum(r[i] for r in rs) for i in (3, 4, 5))
    grand = tuple(sum(acc_tot[a][i] for a in ACCTS) for i in range(3))
    out = lambda t: t[0] - t[1] - t[2]
    hist = {a: HIST[a] + [round(out(acc_tot[a]) / 1000)] for a in ACCTS}
    hist_tot = [sum(hist[a][i] for a in ACCTS) for i in range(5)]
    mil = [round(v / 1000, 1) for v in hist_tot]          # 百万円, 1 decimal
    g_out = out(grand)
    g_wo = grand[2]
    oku_txt = f"約{g_out // 100000000}億{(g_out % 100000000) // 1000000 * 100:,}万円"   # e.g. 約29億7,900万円
    oku_val = (g_out // 1000000) * 1000000
    r1_oku = round(hist_tot[0] / 100000, 1)                  # 億円 one decimal
    tax = ROWS[0]
    tax_rate = rate(tax[4], tax[3])

    pages = []
    # ---- page 1
    p1 = f"""<h1>{TITLE}</h1>
<p style="text-align:center;text-indent:0">令和７年３月<br/>一　宮　市</p>
<h2>１　計画策定の趣旨</h2>
<p>本市では、平成30年度に「一宮市債権管理方針」を定め、市税をはじめとする各債権の収入未済額の縮減に全庁で取り組んできた。
令和５年度決算における本市の収入未済額は、全会計で{oku_txt}となり、令和元年度の約{r1_oku}億円から着実に減少している。</p>
<p>一方で、市税の収入率は{tax_rate:.2f}％と県内平均を下回っており、生活保護費返還金など非強制徴収債権では回収に長期を要する事案が増えている。
このため、これまでの取組を検証し、令和７年度から令和９年度までの３か年を計画期間とする本計画を策定する。</p>
<h2>２　計画の位置付け</h2>
<p>本計画は「一宮市行財政改革大綱」の実施計画に位置付け、一宮市債権管理条例に基づく債権管理の具体的な目標と取組を示すものである。</p>
<div class="box"><p>【参考】令和５年度決算の概要</p>
<p>・収入未済額（全会計）：{g_out/1000000:,.1f}百万円</p>
<p>・不納欠損額（全会計）：約{g_wo/100000000:.1f}億円</p>
<p>・市税収入率：{tax_rate:.2f}％（前年度比＋0.21ポイント）</p></div>"""
    pages.append((p1, None))
    facts += [fact(None, 2023, "令和５年度決算", "total", "outstanding", "actual", oku_val, "yen", oku_txt, 1, approx=True, debt_raw=None),
              fact(None, 2019, "令和元年度", "total", "outstanding", "actual", int(round(r1_oku * 100000000)), "yen", f"約{r1_oku}億円", 1, approx=True, debt_raw=None),
              fact("市税", 2023, "令和５年度決算", "total", "collection_rate", "actual", tax_rate, "percent", f"{tax_rate:.2f}％", 1),
              fact(None, 2023, "令和５年度決算", "total", "outstanding", "actual", round(g_out / 1000000, 1) * 1000000, "yen", f"{g_out/1000000:,.1f}百万円", 1, debt_raw="収入未済額（全会計）"),
              fact(None, 2023, "令和５年度決算", "total", "written_off", "actual", round(g_wo / 100000000, 1) * 100000000, "yen", f"約{g_wo/100000000:.1f}億円", 1, approx=True, debt_raw="不納欠損額（全会計）"),
              fact("市税", 2023, "令和５年度決算", "total", "collection_rate", "actual", tax_rate, "percent", f"{tax_rate:.2f}％", 1)]
    for f in facts:
        if isinstance(f["value"], float) and f["unit"] == "yen":
            f["value"] = int(round(f["value"]))

    # ---- page 2: 会計別推移, total row first, 増減 with ▲
    th = "".join(f"<th>{y.replace('令和', 'R').replace('年度', '')}</th>" for y, _ in YEARS)
    body = ""
    for lab, vals, dr in [("合計", hist_tot, "合計")] + [(a, hist[a], a) for a in ACCTS]:
        d = vals[4] - vals[0]
        dtxt = f"▲{-d:,}" if d < 0 else f"{d:,}"
        style = ' style="font-weight:bold;background-color:#f2f2f2"' if lab == "合計" else ""
        body += f"<tr{style}><td>{lab}</td>" + "".join(f'<td class="n">{v:,}</td>' for v in vals) + f'<td class="n">{dtxt}</td></tr>'
        for (yr, fy), v in zip(YEARS, vals):
            facts.append(fact(None, fy, yr, "total", "outstanding", "actual", v * 1000, "yen", f"{v:,}", 2, debt_raw=dr))
    p2 = f"""<h2>３　収入未済額の状況</h2>
<h3>（１）会計別収入未済額の推移</h3>
<p class="unit">（単位：千円）</p>
<table><tr><th>会計</th>{th}<th>増減（R5－R1）</th></tr>{body}</table>
<p class="note">※各年度とも出納閉鎖後の決算額。下水道事業会計は地方公営企業法適用後の未収金を計上。</p>
<h3>（２）収入未済額（全会計）の推移</h3>"""
    pages.append((p2, "chart"))
    for (yr, fy), v in zip(YEARS, mil):
        facts.append(fact(None, fy, yr, "total", "outstanding", "actual", int(round(v * 1000000)), "yen", f"{v:,.1f}", 2, debt_raw=None))

    # ---- pages 3-4: 債権別 table, split without repeated header
    hdr = ("<tr><th>会計</th><th>款</th><th>債権名</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th>"
           "<th>収入未済額</th><th>収入率<br/>（％）</th></tr>")
    lines = []   # (html_row, facts)
    for a in ACCTS:
        rs = [r for r in ROWS if r[0] == a]
        for i, r in enumerate(rs):
            acc, kan, name, ch, sh, fk, ind = r
            o = ch - sh - fk
            rt = rate(sh, ch)
            acell = f'<td rowspan="{len(rs) + (1 if len([x for x in rs if x[6] == 0]) > 1 else 0)}">{a}</td>' if i == 0 else ""
            nm = ("　" + name) if ind else name
            row = (f"<tr>{acell}<td>{kan}</td><td>{nm}</td><td class='n'>{ch:,}</td><td class='n'>{sh:,}</td>"
                   f"<td class='n'>{yen(fk)}</td><td class='n'>{o:,}</td><td class='n'>{rt:.2f}</td></tr>")
            dn = name.replace("うち", "")
            fs = [("assessed", ch, f"{ch:,}"), ("collected", sh, f"{sh:,}"), ("outstanding", o, f"{o:,}"),
                  ("collection_rate", rt, f"{rt:.2f}")]
            if fk:
                fs.append(("written_off", fk, f"{fk:,}"))
            lines.append((row, [(dn, name, m, v, raw) for m, v, raw in fs]))
        if len([x for x in rs if x[6] == 0]) > 1:
            t = acc_tot[a]
            o, rt = out(t), rate(t[1], t[0])
            row = (f"<tr style='background-color:#f2f2f2'><td colspan='2'>小計</td><td class='n'>{t[0]:,}</td><td class='n'>{t[1]:,}</td>"
                   f"<td class='n'>{yen(t[2])}</td><td class='n'>{o:,}</td><td class='n'>{rt:.2f}</td></tr>")
            lines.append((row, [(None, f"小計（{a}）", m, v, raw) for m, v, raw in
                                [("assessed", t[0], f"{t[0]:,}"), ("collected", t[1], f"{t[1]:,}"), ("written_off", t[2], f"{t[2]:,}"),
                                 ("outstanding", o, f"{o:,}"), ("collection_rate", rt, f"{rt:.2f}")]]))
    t = grand
    o, rt = out(t), rate(t[1], t[0])
    lines.append((f"<tr style='font-weight:bold'><td colspan='3'>合計</td><td class='n'>{t[0]:,}</td><td class='n'>{t[1]:,}</td>"
                  f"<td class='n'>{t[2]:,}</td><td class='n'>{o:,}</td><td class='n'>{rt:.2f}</td></tr>",
                  [(None, "合計", m, v, raw) for m, v, raw in
                   [("assessed", t[0], f"{t[0]:,}"), ("collected", t[1], f"{t[1]:,}"), ("written_off", t[2], f"{t[2]:,}"),
                    ("outstanding", o, f"{o:,}"), ("collection_rate", rt, f"{rt:.2f}")]]))
    split = 8  # rows on page 3 (一般会計 block incl. 小計)
    p3 = f"""<h3>（３）令和５年度 債権別の状況</h3>
<p class="unit">（単位：円）</p><table>{hdr}{''.join(r for r, _ in lines[:split])}</table>
<p class="note" style="text-align:right">（次頁に続く）</p>"""
    # page-4 table: account groups continue; rowspan restarts naturally as each group starts on this page
    p4 = f"""<table>{''.join(r for r, _ in lines[split:])}</table>
<p class="note">※収入率＝収入済額÷調定額×100（小数点以下第３位四捨五入）。不納欠損額の「－」は該当なし。</p>
<p class="note">※市税の「うち」の行は内訳であり、小計及び合計には含まない。</p>
<h2>４　前計画の振り返り</h2>
<p>前計画期間（令和２年度～令和５年度）では、市税の滞納繰越分の圧縮と国民健康保険税の現年課税分の収入率向上を重点とし、
全会計の収入未済額は４年間で大きく縮減した。一方、私債権については、法的措置の判断基準が課ごとに異なり、回収が進まない事案が残っている。</p>"""
    for pg, rng in ((3, lines[:split]), (4, lines[split:])):
        for _, fs in rng:
            for dn, dr, m, v, raw in fs:
                facts.append(fact(dn, 2023, "令和５年度", "total", m, "actual", v, "percent" if m == "collection_rate" else "yen",
                                  raw, pg, debt_raw=dr))
    pages.append((p3, None))
    pages.append((p4, None))

    # ---- page 5: targets (numbered sentences + yearly target table)
    TG = [("市税（現年）", "市税", "current", 99.05, [99.15, 99.20, 99.30]),
          ("市税（滞繰）", "市税", "arrears", 31.84, [32.50, 33.50, 34.50]),
          ("国保税（現年）", "国民健康保険税", "current", 93.88, [94.10, 94.30, 94.50]),
          ("国保税（滞繰）", "国民健康保険税", "arrears", 27.62, [28.50, 29.20, 30.00]),
          ("介護保険料（現年）", "介護保険料", "current", 98.91, [99.00, 99.05, 99.10]),
          ("介護保険料（滞繰）", "介護保険料", "arrears", 17.40, [18.00, 18.50, 19.00])]
    trs = ""
    for lab, dn, seg, r5, tg in TG:
        trs += f"<tr><td>{lab}</td><td class='n'>{r5:.2f}</td>" + "".join(f"<td class='n'>{v:.2f}</td>" for v in tg) + "</tr>"
        facts.append(fact(dn, 2023, "R5実績", seg, "collection_rate", "actual", r5, "percent", f"{r5:.2f}", 5, debt_raw=lab))
        for fy, v in zip((2025, 2026, 2027), tg):
            facts.append(fact(dn, fy, f"R{fy-2018}", seg, "collection_rate", "target", v, "percent", f"{v:.2f}", 5, debt_raw=lab))
    p5 = f"""<h2>５　計画の目標</h2>
<p>計画期間の最終年度である令和９年度に向けて、次の目標を定める。</p>
<div class="ol"><p>（１）市税の現年課税分の収入率を99.30％以上とする。</p>
<p>（２）国民健康保険税の滞納繰越分の収入率を30.00％以上とする。</p>
<p>（３）全会計の収入未済額を令和９年度末までに25億円以下とする。</p></div>
<h3>各年度の目標収入率</h3>
<p style="text-indent:0">計画期間：令和７年度～令和９年度</p>
<p class="unit">単位：％</p>
<table><tr><th></th><th>R5実績</th><th>R7</th><th>R8</th><th>R9</th></tr>{trs}</table>
<p class="note">※R5実績は令和５年度決算。目標値は毎年度の決算を踏まえ、一宮市債権管理推進会議において見直すことがある。</p>"""
    facts += [fact("市税", 2027, "令和９年度", "current", "collection_rate", "target", 99.30, "percent", "99.30％", 5),
              fact("国民健康保険税", 2027, "令和９年度", "arrears", "collection_rate", "target", 30.00, "percent", "30.00％", 5),
              fact(None, 2027, "令和９年度末", "total", "outstanding", "target", 2500000000, "yen", "25億円", 5, debt_raw="全会計")]
    pages.append((p5, None))

    # ---- page 6: 取組 table, 1-1 numbering, 区分 column with bare 継続/新規/拡充
    SECT = "６　目標達成に向けた取組"
    GROUPS = [("１　滞納の未然防止", [
        ("1-1", "全債権", None, "口座振替の申込みを市ホームページから受け付け、新規の納付者には口座振替を原則として案内する。", "通年", "収納課・各債権所管課", "継続"),
        ("1-2", "市税・国保税", "市税", "納期限の１週間前に、SMSによる納付案内を送信する対象を普通徴収の全納付者に広げる。", "令和７年度～", "収納課", "拡充")]),
        ("２　早期着手と滞納整理の徹底", [
        ("2-1", "市税・国保税", "市税", "督促状の発付後30日以内に一斉催告を行い、反応のない者には財産調査に着手する。", "通年", "収納課", "継続"),
        ("2-2", "国民健康保険税", "国民健康保険税", "金融機関への預貯金照会を電子化し、調査から差押えまでの期間を短縮する。", "令和７年度～", "保険年金課", "新規"),
        ("2-3", "市営住宅使用料", "市営住宅使用料", "３か月以上の滞納者には連帯保証人への通知を行い、改善のない者には支払督促を申し立てる。", "通年", "住宅政策課", "継続")]),
        ("３　債権の適正な整理", [
        ("3-1", "全債権", None, "執行停止や債権放棄の判断基準を全庁で統一し、回収見込みのない債権を計画的に整理する。", "令和８年度～", "行政経営課", "新規")])]
    trs = ""
    for gname, items in GROUPS:
        trs += f"<tr><td colspan='6' style='background-color:#f2f2f2'>{gname}</td></tr>"
        for lab, tgt, dn, txt, when, ka, st in items:
            trs += (f"<tr><td>{lab}</td><td>{tgt}</td><td>{txt}</td><td>{when}</td><td>{ka}</td>"
                    f"<td style='text-align:center'>{st}</td></tr>")
            inits.append({"debt": dn, "fiscal_year": 2025, "section": SECT, "label": lab, "text": txt, "status": st, "page": 6})
    p6 = f"""<h2>{SECT}</h2>
<p>目標の達成に向け、次の取組を計画的に進める。各取組の進捗は毎年度、一宮市債権管理推進会議に報告する。</p>
<table><tr><th width="7%">番号</th><th width="15%">対象債権</th><th width="44%">内容</th><th width="12%">実施時期</th>
<th width="15%">担当課</th><th width="7%">区分</th></tr>{trs}</table>
<p class="note">区分　継続：前計画から引き続き実施　拡充：内容を拡大して実施　新規：本計画から実施</p>"""
    pages.append((p6, None))

    # ---- render
    import io
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    arch = pymupdf.Archive("/usr/share/fonts/opentype")
    css = "@font-face {font-family: G; src: url(ipaexfont-gothic/ipaexg.ttf);} @font-face {font-family: M; src: url(ipaexfont-mincho/ipaexm.ttf);}" + CSS
    W, H = pymupdf.paper_size("a4")
    bottoms = []
    for i, (html, extra) in enumerate(pages, 1):
        story = pymupdf.Story(html=html, user_css=css, archive=arch)
        where = pymupdf.Rect(56, 60, W - 56, H - 60)
        more, filled = story.place(where)
        if more:
            raise SystemExit(f"page {i} overflows")
        dev = writer.begin_page(pymupdf.Rect(0, 0, W, H))
        story.draw(dev)
        writer.end_page()
        bottoms.append(pymupdf.Rect(filled).y1)
    writer.close()
    doc = pymupdf.open("pdf", buf.getvalue())
    for i, (page, (html, extra)) in enumerate(zip(doc, pages), 1):
        page.insert_font(fontname="G", fontfile=GOTH)
        page.insert_text((W - 56 - 8 * 12, 40), "一宮市債権管理計画", fontname="G", fontsize=8)
        page.draw_line((56, 46), (W - 56, 46), width=0.5)
        page.insert_text((W / 2 - 12, H - 35), f"- {i} -", fontname="G", fontsize=9)
        if extra == "chart":
            draw_chart(page, bottoms[i - 1] + 10, mil)
    OUT.mkdir(parents=True, exist_ok=True)
    doc.subset_fonts()
    doc.save(PDF / f"{STEM}.pdf", garbage=4, deflate=True)
    document = {"kind": "plan", "municipality": "一宮市", "title": TITLE, "date": "2025-03-01", "date_raw": "令和７年３月"}
    write_gold(STEM, document, facts, inits)


def draw_chart(page, top, vals):
    x0, x1 = 110, 500
    y_base = top + 230
    page.insert_text((x0 - 50, top + 12), "（単位：百万円）", fontname="G", fontsize=8)
    page.insert_text((x1 - 70, top + 12), "■ 収入未済額", fontname="G", fontsize=8, color=(0.3, 0.45, 0.7))
    page.draw_line((x0, y_base), (x1, y_base), width=0.8)
    page.draw_line((x0, top + 25), (x0, y_base), width=0.8)
    vmax = 4000
    for k in range(0, 4001, 1000):
        y = y_base - (y_base - top - 25) * k / vmax
        page.draw_line((x0 - 3, y), (x0, y), width=0.5)
        page.insert_text((x0 - 30, y + 3), f"{k:,}", fontname="G", fontsize=7)
    bw = (x1 - x0) / len(vals)
    for i, v in enumerate(vals):
        h = (y_base - top - 25) * v / vmax
        bx = x0 + i * bw + bw * 0.25
        page.draw_rect(pymupdf.Rect(bx, y_base - h, bx + bw * 0.5, y_base), color=None, fill=(0.3, 0.45, 0.7))
        page.insert_text((bx + 2, y_base - h - 4), f"{v:,.1f}", fontname="G", fontsize=8)
        page.insert_text((bx + 8, y_base + 12), f"R{i + 1}" if i else "R元", fontname="G", fontsize=8)


if __name__ == "__main__":
    main()
