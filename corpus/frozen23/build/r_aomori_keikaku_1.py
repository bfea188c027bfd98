"""青森市債権管理重点計画（令和７～８年度）— PyMuPDF Story (HTML), last part in two columns."""
from __future__ import annotations

import pymupdf as fitz

from r_common import PDF, comma, fact, find_page, init, write_gold, zen

STEM = "r_aomori_keikaku_1"
CITY = "青森市"
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
CSS = """
@font-face {font-family: M; src: url(ipaexm.ttf);}
@font-face {font-family: G; src: url(ipaexg.ttf);}
body {font-family: M; font-size: 9.5pt; line-height: 1.5;}
h1 {font-family: G; font-size: 17pt; text-align: center; margin: 0;}
h2 {font-family: G; font-size: 12pt; margin-top: 10pt; margin-bottom: 4pt;}
h3 {font-family: G; font-size: 10.5pt; margin-top: 6pt; margin-bottom: 2pt;}
p {margin: 0 0 4pt 0; text-indent: 1em;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6pt solid black; padding: 1.5pt 3pt; font-size: 8.5pt;}
th {background-color: #e6e6e6; font-family: G; font-weight: normal; text-align: center;}
.r {text-align: right;}
.c {text-align: center;}
.sub td {background-color: #f2f2f2;}
.unit {text-align: right; font-size: 8pt; margin: 0; text-indent: 0;}
.note {font-size: 8pt; text-indent: 0;}
.ind {padding-left: 14pt;}
li {margin-bottom: 2pt;}
"""

YEARS = [(2020, "令和２年度", "2020年度"), (2021, "令和３年度", "2021年度"), (2022, "令和４年度", "2022年度"),
         (2023, "令和５年度", "2023年度")]

# 令和5年度 内訳 (円, 件数)
GENERAL = [("市税", "市民税", 612345678, 1234, [("うち個人市民税", 580112345, 1180)]),
           ("市税", "固定資産税", 402118900, 845, []),
           ("市税", "軽自動車税（種別割）", 21345600, 1902, []),
           ("諸収入", "生活保護費返還金", 98765432, 311, []),
           ("分担金及び負担金", "保育所保育料", 23456700, 96, []),
           ("使用料及び手数料", "市営住宅使用料", 54321000, 188, []),
           ("諸収入", "母子父子寡婦福祉資金貸付金", 12345678, 41, []),
           ("―", "その他（18債権）", 9876543, 257, [])]
TOKU = [("国民健康保険事業特別会計", "国民健康保険税", 1198350120, 3410),
        ("後期高齢者医療特別会計", "後期高齢者医療保険料", 20980450, 402),
        ("介護保険事業特別会計", "介護保険料", 162030780, 1876)]
PAST = {"一般会計": [1402310, 1351220, 1298765],
        "国民健康保険事業特別会計": [1512400, 1398760, 1301230],
        "後期高齢者医療特別会計": [25310, 23870, 22105],
        "介護保険事業特別会計": [198760, 190120, 176540]}


def build():
    facts, inits = [], []
    arch = fitz.Archive()
    arch.add(open(MIN, "rb").read(), "ipaexm.ttf")
    arch.add(open(GOTH, "rb").read(), "ipaexg.ttf")

    gen_sum = sum(r[2] for r in GENERAL)
    acct = {"一般会計": gen_sum}
    for a, _, v, _ in TOKU:
        acct[a] = v
    r5 = {a: round(v / 1000) for a, v in acct.items()}
    total_yen = sum(acct.values())
    tot_by_year = [sum(PAST[a][i] for a in PAST) for i in range(3)] + [sum(r5.values())]
    oku, man = divmod(round(total_yen / 1_000_000) * 100, 10000)
    tot_txt = f"約{oku}億{man:,}万円"
    gen_hyaku = f"{gen_sum / 1_000_000:,.1f}百万円"

    h = []
    h.append("<h1>青森市債権管理重点計画</h1><p class='c' style='text-indent:0;text-align:center;font-size:12pt'>"
             "（令和７～８年度）</p><p style='text-align:right;text-indent:0'>令和７年３月　青森市</p>")
    h.append("<h2>１　計画策定の趣旨</h2>")
    h.append("<p>本市は、市税をはじめとする各種債権の収入未済額の縮減に向け、令和５年度から２か年の債権管理重点計画に"
             "基づき取り組んできた。引き続き、市民負担の公平性を確保し、財源を確実に確保するため、令和７～８年度"
             "（２０２５～２０２６年度）を計画期間とする本計画を策定する。</p>")
    h.append("<h2>２　本市の債権の状況</h2>")
    h.append(f"<p>令和５年度（２０２３年度）決算における市の全債権の収入未済額は{tot_txt}であり、前年度から縮減が続いている。"
             f"会計別では、一般会計が{gen_hyaku}と最も多く、次いで国民健康保険事業特別会計となっている。</p>")
    facts.append(fact(None, 2023, "令和５年度", "total", "outstanding", "actual", (oku * 10000 + man) * 10000, "yen",
                      tot_txt, 1, approx=True, debt_raw=None))
    facts.append(fact("一般会計", 2023, "令和５年度", "total", "outstanding", "actual",
                      round(gen_sum / 100000) * 100000, "yen", gen_hyaku, 1))
    h.append("<h3>会計別収入未済額の推移</h3><p class='unit'>（単位：千円）</p>")
    h.append("<table><tr><th>会計名称</th>" + "".join(f"<th>{w}<br>({s})</th>" for _, w, s in YEARS)
             + "<th>前年度比</th></tr>")
    rows = [("合計", tot_by_year)] + [(a, PAST[a] + [r5[a]]) for a in PAST]
    for name, vals in rows:
        h.append(f"<tr><td>{name}</td>" + "".join(f"<td class='r'>{comma(v)}</td>" for v in vals)
                 + f"<td class='r'>{comma(vals[3] - vals[2])}</td></tr>")
        for (fy, w, _), v in zip(YEARS, vals):
            facts.append(fact(None if name == "合計" else name, fy, w, "total", "outstanding", "actual", v * 1000, "yen",
                              comma(v), 1, debt_raw=name))
    h.append("</table><p class='note'>※前年度比は令和５年度と令和４年度の差。△は減少。</p>")

    h.append("<h3>令和５年度（２０２３年度）債権別収入未済額内訳（単位：円）</h3>"
             "<p class='note'>上段：収入未済額　下段：（　）内は件数</p>")
    h.append("<table><tr><th>会計名称</th><th>款</th><th>債権名</th><th>収入未済額<br>（件数）</th></tr>")
    bnd = []  # (label, value raw) for page lookup
    first = True
    nrows = len(GENERAL) + sum(len(r[4]) for r in GENERAL) + 1
    for kan, nm, v, n, subs in GENERAL:
        acc = f"<td rowspan='{nrows}'>一般会計</td>" if first else ""
        first = False
        h.append(f"<tr>{acc}<td>{kan}</td><td>{nm}</td><td class='r'>{comma(v)}<br>({n:,})</td></tr>")
        debt = None if nm.startswith("その他") else nm
        bnd.append((debt, nm, v))
        for snm, sv, sn in subs:
            h.append(f"<tr><td></td><td class='ind'>{snm}</td><td class='r'>{comma(sv)}<br>({sn:,})</td></tr>")
            bnd.append((snm.replace("うち", ""), snm, sv))
    h.append(f"<tr class='sub'><td colspan='2'>小計</td><td class='r'>{comma(gen_sum)}</td></tr>")
    bnd.append(("一般会計", "一般会計 小計", gen_sum))
    for a, nm, v, n in TOKU:
        h.append(f"<tr><td rowspan='2'>{a}</td><td>―</td><td>{nm}</td><td class='r'>{comma(v)}<br>({n:,})</td></tr>")
        h.append(f"<tr class='sub'><td colspan='2'>小計</td><td class='r'>{comma(v)} </td></tr>")
        bnd.append((nm, nm, v))
        bnd.append((a, a + " 小計", v))
    h.append(f"<tr><td colspan='3'>合計</td><td class='r'>{comma(total_yen)}</td></tr></table>")
    bnd.append((None, "合計", total_yen))

    # section 3: 市税 / 国保
    h.append("<h2>３　債権ごとの目標と取組</h2>")
    sec = [
        dict(name="市税", rates=[(98.21, 98.40, 98.55), (30.12, 31.00, 32.00), (96.88, 97.10, 97.30)],
             items=[("(1)", "現年課税分の未納者に対し、納期限後速やかに督促状を発送し、SMS催告を併用して早期納付を促す。", "継続"),
                    ("(2)", "滞納繰越分の高額事案を特別滞納整理班に引き継ぎ、捜索・公売を計画的に実施する。", "拡充"),
                    ("(3)", "eLTAXを利用した電子納付の周知を行い、納期内納付の環境を整える。", "新規")],
             extra=None),
        dict(name="国民健康保険税", rates=[(93.45, 93.80, 94.10), (21.30, 22.00, 22.80), (78.12, 79.00, 80.00)],
             items=[("(1)", "口座振替の原則化を進め、加入手続時に口座登録を案内する。", "継続"),
                    ("(2)", "財産調査を早期に行い、給与・預貯金の差押えを実施する。", "継続")],
             extra=f"令和５年度の収入未済額は{zen(comma(1198350))}千円であり、被保険者数の減少に伴い縮減傾向にある。"),
    ]
    for s in sec:
        name = s["name"]
        h.append(f"<h3>（{name}）</h3>")
        if s["extra"]:
            h.append(f"<p>{s['extra']}</p>")
        h.append("<p class='unit'>単位：％</p><table><tr><th>区分</th><th>令和５年度実績</th><th>令和７年度目標</th>"
                 "<th>令和８年度目標</th></tr>")
        for seg, lab, vals in zip(("current", "arrears", "total"), ("現年分", "滞納繰越分", "合計"), s["rates"]):
            h.append(f"<tr><td>{lab}</td>" + "".join(f"<td class='r'>{v:.2f}</td>" for v in vals) + "</tr>")
            s.setdefault("f", []).append((seg, vals))
        h.append("</table><p class='note' style='margin-top:3pt'>【主な取組】</p>")
        for lab, txt, st in s["items"]:
            h.append(f"<p style='text-indent:0;padding-left:1em'>{lab}　{txt}【{st}】</p>")
    html1 = "<body>" + "".join(h) + "</body>"

    # section 4 (two columns)
    h2 = ["<body><h2>４　その他の主要債権の取組</h2>"]
    sec2 = [
        dict(name="介護保険料", rates=[(98.95, 99.00, 99.05), (14.20, 15.00, 16.00)],
             prose="普通徴収の被保険者に未納が集中しており、年金からの特別徴収に移行するまでの期間の納付が課題である。"
                   "令和５年度の収入未済額は162,030千円となった。",
             mis=(162030, "162,030千円"),
             items=[("・", "普通徴収の未納者に対し、年金支給月に合わせた催告を行う。", "継続"),
                    ("・", "給付制限の内容を丁寧に説明し、滞納の長期化を防ぐ。", "継続"),
                    ("・", "居宅介護支援事業所と連携し、納付が困難な世帯を早期に把握する。", "新規")]),
        dict(name="後期高齢者医療保険料", rates=[(99.52, 99.55, 99.60), (28.40, 29.00, 30.00)],
             prose="被保険者の多くが特別徴収であり、収納率は高い水準にある。普通徴収の新規加入者への対応を強化する。",
             mis=None,
             items=[("・", "75歳到達時に口座振替の利用を案内する。", "継続"),
                    ("・", "未納者には広域連合と連携して短期被保険者証の交付を検討する。", "継続")]),
        dict(name="保育所保育料", rates=[(99.10, 99.20, 99.30), (18.50, 20.00, 21.50)],
             prose="児童手当からの徴収を基本としつつ、未納が続く世帯には保育の利用調整の機会をとらえて納付相談を行う。"
                   "退園後の滞納分は所在調査に時間を要しており、回収の長期化が課題となっている。",
             mis=None,
             items=[("・", "児童手当からの特別徴収について、入園時に同意書の提出を求める。", "継続"),
                    ("・", "退園者の滞納分は、財産調査の上で差押えを行う。", "拡充")]),
        dict(name="市営住宅使用料", rates=[(97.85, 98.00, 98.20), (12.40, 13.50, 14.50)],
             prose="高齢単身世帯の増加に伴い、少額の滞納が長期化する事例が見られる。連帯保証人の確保が難しい入居者も増えている。"
                   "令和５年度の収入未済額は54,321千円である。",
             mis=(54321, "54,321千円"),
             items=[("・", "滞納３か月で連帯保証人に通知し、６か月で明渡し請求を検討する。", "継続"),
                    ("・", "退去者の滞納分について、支払督促の申立てを行う。", "継続"),
                    ("・", "生活困窮が疑われる世帯を福祉部局につなぐ。", "新規")]),
    ]
    for s in sec2:
        h2.append(f"<h3>【{s['name']}】</h3><p>{s['prose']}</p>")
        h2.append("<table><tr><th>収納率（％）</th><th>R5実績</th><th>R7目標</th><th>R8目標</th></tr>")
        for seg, lab, vals in zip(("current", "arrears"), ("現年分", "滞納繰越分"), s["rates"]):
            h2.append(f"<tr><td>{lab}</td>" + "".join(f"<td class='r'>{v:.2f}</td>" for v in vals) + "</tr>")
        h2.append("</table><p class='note'>主な取組</p>")
        for lab, txt, st in s["items"]:
            h2.append(f"<p style='text-indent:0;padding-left:1em'>{lab}{txt}【{st}】</p>")
    h2.append("<h3>５　計画の進行管理</h3><p>本計画の進捗は、債権管理対策会議において年２回点検し、結果を市ホームページで"
              "公表する。</p></body>")
    html2 = "".join(h2)

    # ---- layout
    out = PDF / f"{STEM}.pdf"
    writer = fitz.DocumentWriter(str(out))
    mb = fitz.paper_rect("a4")
    one = [fitz.Rect(56, 56, 539, 790)]
    two = [fitz.Rect(56, 56, 290, 790), fitz.Rect(305, 56, 539, 790)]
    npages = 0
    for html, rects in ((html1, one), (html2, two)):
        story = fitz.Story(html=html, user_css=CSS, archive=arch)
        more = 1
        while more:
            dev = writer.begin_page(mb)
            npages += 1
            for r in rects:
                more, _ = story.place(r)
                story.draw(dev)
                if not more:
                    break
            writer.end_page()
    writer.close()
    # running header / page numbers, then subset fonts
    doc = fitz.open(out)
    for i, pg in enumerate(doc, 1):
        pg.insert_font(fontname="G", fontfile=GOTH)
        pg.insert_text((539 - 150, 40), "青森市債権管理重点計画", fontname="G", fontsize=8)
        pg.insert_text((290, 815), f"{i}", fontname="G", fontsize=9)
        if i > 1 and i < len(doc):
            pass
    doc.subset_fonts()
    tmp = out.with_suffix(".tmp.pdf")
    doc.save(tmp, garbage=4, deflate=True)
    doc.close()
    tmp.replace(out)

    # ---- facts whose page depends on the flow
    p_tab = find_page(out, "債権別収入未済額内訳")
    for debt, label, v in bnd:
        p = find_page(out, comma(v), p_tab)
        facts.append(fact(debt, 2023, "令和５年度", "total", "outstanding", "actual", v, "yen", comma(v), p,
                          debt_raw=label))
    for s in sec:
        name = s["name"]
        p = find_page(out, f"（{name}）", p_tab)
        if s["extra"]:
            facts.append(fact(name, 2023, "令和５年度", "total", "outstanding", "actual", 1198350000, "yen",
                              zen(comma(1198350)) + "千円", p))
        for seg, vals in s["f"]:
            for (fy, raw, basis), v in zip(((2023, "令和５年度実績", "actual"), (2025, "令和７年度目標", "target"),
                                            (2026, "令和８年度目標", "target")), vals):
                facts.append(fact(name, fy, raw, seg, "collection_rate", basis, v, "percent", f"{v:.2f}", p))
        for lab, txt, st in s["items"]:
            inits.append(init(name, 2025, "主な取組", lab, txt, st, find_page(out, txt, p)))
    for s in sec2:
        name = s["name"]
        p = find_page(out, f"【{name}】")
        if s["mis"]:
            facts.append(fact(name, 2023, "令和５年度", "total", "outstanding", "actual", s["mis"][0] * 1000, "yen",
                              s["mis"][1], p))
        for seg, vals in zip(("current", "arrears"), s["rates"]):
            for (fy, raw, basis), v in zip(((2023, "R5実績", "actual"), (2025, "R7目標", "target"),
                                            (2026, "R8目標", "target")), vals):
                facts.append(fact(name, fy, raw, seg, "collection_rate", basis, v, "percent", f"{v:.2f}", p))
        for lab, txt, st in s["items"]:
            inits.append(init(name, 2025, "主な取組", lab, txt, st, find_page(out, txt, p)))
    return write_gold(STEM, "plan", CITY, "青森市債権管理重点計画（令和７～８年度）", "2025-03-01", "令和７年３月",
                      facts, inits)


if __name__ == "__main__":
    print(build())
