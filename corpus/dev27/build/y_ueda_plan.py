"""上田市債権管理計画（令和6年度～令和8年度）: PyMuPDF Story (HTML) drawn page by page.

Modelled on 第2次廿日市市債権管理計画 / 多治見市債権管理計画 (plan prose with city-wide figures), and on the
会計・款・債権 tables of ward plans: a 会計 table with merged label cells, 小計 rows per 会計, 合計, うち rows
indented, unit note top right; a years-down table with only horizontal rules; a two-halves 上位10債権 table;
section headings with the debt in parentheses and numbered 取組 with tags after the 。.
"""
from __future__ import annotations

import fitz

from y_common import ROOT, fact, write_gold

STEM = "y_ueda_plan_1"
CITY = "上田市"
TITLE = "上田市債権管理計画（令和6年度～令和8年度）"
FONTDIR = "/usr/share/fonts/opentype/ipaexfont-mincho"
GOTHDIR = "/usr/share/fonts/opentype/ipaexfont-gothic"

CSS = """
@font-face {font-family: M; src: url(ipaexm.ttf);}
@font-face {font-family: G; src: url(ipaexg.ttf);}
body {font-family: M; font-size: 10pt; line-height: 1.45;}
h1 {font-family: G; font-size: 17pt; text-align: center; margin: 0;}
h2 {font-family: G; font-size: 12.5pt; margin: 10pt 0 4pt 0;}
h3 {font-family: G; font-size: 11pt; margin: 8pt 0 3pt 0;}
p {margin: 0 0 4pt 0; text-indent: 1em;}
table {border-collapse: collapse; width: 100%;}
td, th {font-size: 9pt; padding: 2pt 3pt;}
table.grid td, table.grid th {border: 0.6pt solid #000;}
table.hr td, table.hr th {border-top: 0.6pt solid #000; border-bottom: 0.6pt solid #000;}
th {font-family: G; font-weight: normal; background-color: #e8e8e8;}
.r {text-align: right;}
.c {text-align: center;}
.unit {text-align: right; font-size: 8.5pt;}
.ind {padding-left: 14pt;}
.box {border: 0.8pt solid #000; padding: 5pt 8pt;}
.note {font-size: 8.5pt; text-indent: 0;}
.hd {font-size: 8.5pt; text-align: right; color: #333;}
.ft {font-size: 9pt; text-align: center;}
"""

# 令和4年度決算 (千円): account, debt, 調定額, 収入済額, 不納欠損額
ACCOUNTS = [
    ("一般会計", [
        ("市税", 21864530, 21343712, 33915),
        ("うち 個人市民税", 8725316, 8480147, 14820),
        ("うち 固定資産税", 9310274, 9123708, 12602),
        ("保育所保育料", 512880, 503214, 1137),
        ("市営住宅使用料", 318460, 297915, 2406),
        ("生活保護費返還金", 96312, 18407, 3350),
        ("その他", 1208745, 1191630, 2214),
    ]),
    ("国民健康保険特別会計", [("国民健康保険税", 3987215, 3521408, 41370)]),
    ("介護保険特別会計", [("介護保険料", 3312640, 3271865, 9204)]),
    ("後期高齢者医療特別会計", [("後期高齢者医療保険料", 1504318, 1498762, 1205)]),
    ("水道事業会計", [("水道料金", 4130575, 4082316, 5412)]),
    ("下水道事業会計", [("下水道使用料", 3021840, 2996958, 1203)]),
]
FW = str.maketrans("0123456789,.", "０１２３４５６７８９，．")


def fw(s: str) -> str:
    return s.translate(FW)


def _tot():
    t = [0, 0, 0]
    for _, rows in ACCOUNTS:
        for n, a, b, c in rows:
            if not n.startswith("うち"):
                t = [t[0] + a, t[1] + b, t[2] + c]
    return t


TOT = _tot()
TOT_OUT = TOT[0] - TOT[1] - TOT[2]
SHIZEI = ACCOUNTS[0][1][0]


def cm(v: int) -> str:
    return f"{v:,}"


def rate(c, a) -> str:
    return f"{c / a * 100:.2f}"


def story_page(writer, html, header, page):
    rect = fitz.paper_rect("a4")
    dev = writer.begin_page(rect)
    arch = fitz.Archive()
    arch.add(fitz.Archive(FONTDIR))
    arch.add(fitz.Archive(GOTHDIR))
    html = html.replace("\n", "")
    for text, where in ((f'<p class="hd">{header}</p>', fitz.Rect(50, 22, 545, 45)),
                        (html, fitz.Rect(56, 50, 539, 790)),
                        (f'<p class="ft">－{page}－</p>', fitz.Rect(50, 800, 545, 825))):
        st = fitz.Story(text, user_css=CSS, archive=arch)
        more, _ = st.place(where)
        assert not more, f"page {page} overflows"
        st.draw(dev)
    writer.end_page()


def build():
    facts, inits = [], []
    pages = []
    P = lambda: len(pages) + 1  # noqa: E731  page number of the page being composed

    # ---------------- page 1: 趣旨 (figures in running text)
    out_v = round(TOT_OUT * 1000, -6)          # 約X億Y,Y00万円
    P1_OUT = "約" + fw(f"{out_v // 100000000}億{(out_v % 100000000) // 10000:,}万円")
    ass_v = round(TOT[0] * 1000, -8)
    P1_ASS = "約" + fw(f"{ass_v // 100000000}億円")
    wo_v = round(TOT[2] * 1000, -6)
    P1_WO = "約" + fw(f"{wo_v // 100000000}億{(wo_v % 100000000) // 10000:,}万円")
    P1_RATE_A = rate(SHIZEI[2], SHIZEI[1])
    P1_RATE = fw(P1_RATE_A)
    html = f"""<h1>{TITLE}</h1><p class="c" style="text-indent:0">令和６年３月　上田市総務部債権管理課</p>
<h2>１　計画策定の趣旨</h2>
<p>本市では、平成２８年に上田市債権管理条例を制定し、市税をはじめとする市の債権全般について、督促、催告、
滞納処分、債権放棄に至るまでの事務を統一的に進めてきた。令和３年度から令和５年度までの前計画期間中は、
納付方法の多様化や滞納整理の早期着手に取り組んだ結果、全会計の収入未済額は、令和４年度決算で{P1_OUT}となり、
ピーク時の平成２５年度（約２４億円）と比べて大幅に縮減した。</p>
<p>一方、市税の徴収率は令和４年度決算で{P1_RATE}％と県内１９市の平均をやや下回っており、国民健康保険税の
滞納繰越分や私債権である市営住宅使用料には、長期化・高額化した滞納案件が残っている。</p>
<p>このため、前計画の取組を引き継ぎつつ、債権ごとの数値目標と具体的な取組を定めた本計画を策定し、全庁一体と
なって収入未済額の縮減と負担の公平性の確保に努める。</p>
<h2>２　計画期間</h2><p>令和６年度から令和８年度までの３年間とする。</p>
<h2>３　対象とする債権</h2><p>令和４年度決算において収入未済額が生じている債権のうち、収入未済額が１，０００万円以上の
主要債権を重点債権とし、債権ごとに数値目標と取組を定める（「５　債権ごとの取組」参照）。</p>
<div class="box"><b>【参考】全会計の状況（令和４年度決算）</b><br/>・調定額：{P1_ASS}<br/>・収入未済額：{P1_OUT}<br/>・不納欠損額：{P1_WO}</div>
"""
    pages.append(html)
    facts += [
        fact(None, 2022, "令和４年度", "total", "outstanding", "actual", out_v, "yen", P1_OUT, 1, approx=True),
        fact(None, 2013, "平成２５年度", "total", "outstanding", "actual", 2400000000, "yen", "約２４億円", 1, approx=True),
        fact("市税", 2022, "令和４年度", "total", "collection_rate", "actual", float(P1_RATE_A), "percent", P1_RATE + "％", 1),
        fact(None, 2022, "令和４年度", "total", "assessed", "actual", ass_v, "yen", P1_ASS, 1, approx=True),
        fact(None, 2022, "令和４年度", "total", "outstanding", "actual", out_v, "yen", P1_OUT, 1, approx=True),
        fact(None, 2022, "令和４年度", "total", "written_off", "actual", wo_v, "yen", P1_WO, 1, approx=True),
    ]

    # ---------------- pages 2-3: 会計別 table (continued without header)
    head = """<tr><th rowspan="2">会計</th><th rowspan="2">債権名</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th>
<th>収入未済額</th><th>徴収率</th></tr><tr><th>(A)</th><th>(B)</th><th>(C)</th><th>(A)-(B)-(C)</th><th>(B)/(A)%</th></tr>"""

    def row_cells(name, a, b, c, label_cell, cls=""):
        d = a - b - c
        r = rate(b, a)
        return (f'<tr>{label_cell}<td class="{cls}">{name}</td><td class="r">{cm(a)}</td><td class="r">{cm(b)}</td>'
                f'<td class="r">{cm(c)}</td><td class="r">{cm(d)}</td><td class="r">{r}</td></tr>'), d, r

    def add_facts(debt, debt_raw, a, b, c, d, r, page):
        for met, v in (("assessed", a), ("collected", b), ("written_off", c), ("outstanding", d)):
            facts.append(fact(debt, 2022, "令和４年度", "total", met, "actual", v * 1000, "yen", cm(v), page, debt_raw=debt_raw))
        facts.append(fact(debt, 2022, "令和４年度", "total", "collection_rate", "actual", float(r), "percent", r, page, debt_raw=debt_raw))

    tot = [0, 0, 0]
    parts = {2: [], 3: []}
    for acc, rows in ACCOUNTS:
        page = 2 if acc in ("一般会計", "国民健康保険特別会計") else 3
        sub = [0, 0, 0]
        n = len(rows) + (1 if len(rows) > 1 else 0)
        for k, (name, a, b, c) in enumerate(rows):
            lab = f'<td rowspan="{n}">{acc}</td>' if k == 0 else ""
            cls = "ind" if name.startswith("うち") else ""
            html_row, d, r = row_cells(name, a, b, c, lab, cls)
            parts[page].append(html_row)
            if name.startswith("うち"):
                add_facts(name.split()[1], name, a, b, c, d, r, page)
            elif name == "その他":
                add_facts(None, "その他", a, b, c, d, r, page)
                sub = [sub[0] + a, sub[1] + b, sub[2] + c]
            else:
                add_facts(name, name, a, b, c, d, r, page)
                sub = [sub[0] + a, sub[1] + b, sub[2] + c]
        if len(rows) > 1:
            html_row, d, r = row_cells("小　計", *sub, "", "c")
            parts[page].append(html_row)
            add_facts(None, f"{acc} 小計", *sub, d, r, page)
        tot = [tot[0] + sub[0], tot[1] + sub[1], tot[2] + sub[2]]
    html_row, d, r = row_cells("合　計", *tot, "", "c")
    parts[3].append(html_row.replace("<tr><td", '<tr><td colspan="2"', 1).replace('<td class="c">合　計</td>', "", 0))
    # merge 会計 cell of the 合計 row: rebuild simply
    parts[3][-1] = (f'<tr><td colspan="2" class="c">合　計</td><td class="r">{cm(tot[0])}</td><td class="r">{cm(tot[1])}</td>'
                    f'<td class="r">{cm(tot[2])}</td><td class="r">{cm(d)}</td><td class="r">{r}</td></tr>')
    add_facts(None, "合計", *tot, d, r, 3)
    TOTAL = (tot, d, r)

    pages.append(f"""<h2>４　債権の状況</h2><h3>（１）会計別・債権別の収入状況（令和４年度決算）</h3>
<p class="unit">（単位：千円）</p><table class="grid">{head}{''.join(parts[2])}</table>
<p class="note">※ 市税の「うち」欄は内訳であり、小計には含めない。徴収率は小数点以下第３位を四捨五入。</p>""")
    # page 3: continuation without header, then years-down table with horizontal rules only
    hist = []
    for short, fyraw, fy, a, c, o in (("H30", "平成30年度", 2018, 36810245, 148312, 1583406),
                                      ("R1", "令和元年度", 2019, 36542118, 131027, 1497215),
                                      ("R2", "令和2年度", 2020, 36915730, 120544, 1402338),
                                      ("R3", "令和3年度", 2021, 36288407, 108730, 1247912)):
        hist.append((short, fyraw, fy, a, a - c - o, c))
    hist.append(("R4", "令和4年度", 2022, tot[0], tot[1], tot[2]))
    rows = []
    prev = None
    for short, fyraw, fy, a, b, c in hist:
        dd = a - b - c
        rr = rate(b, a)
        diff = "－" if prev is None else (f"{dd - prev:,}" if dd >= prev else f"△{prev - dd:,}")
        rows.append(f'<tr><td class="c">{fyraw}</td><td class="r">{cm(a)}</td><td class="r">{cm(b)}</td><td class="r">{cm(c)}</td>'
                    f'<td class="r">{cm(dd)}</td><td class="r">{diff}</td><td class="r">{rr}％</td></tr>')
        prev = dd
        for met, v in (("assessed", a), ("collected", b), ("written_off", c), ("outstanding", dd)):
            facts.append(fact(None, fy, fyraw, "total", met, "actual", v * 1000, "yen", cm(v), 3, debt_raw="全会計"))
        facts.append(fact(None, fy, fyraw, "total", "collection_rate", "actual", float(rr), "percent", f"{rr}％", 3, debt_raw="全会計"))
    pages.append(f"""<p class="unit">（単位：千円）</p><table class="grid">{''.join(parts[3])}</table>
<p class="note">※ 水道事業会計は、出納整理期間がないため３月末現在の未収金を計上している。</p>
<h3>（２）全会計の収入状況の推移</h3>
<p class="unit">単位：千円</p>
<table class="hr"><tr><th>年度</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>対前年度</th><th>徴収率</th></tr>{''.join(rows)}</table>
<p class="note">※ 対前年度は収入未済額の増減（△は減少）。各年度の決算額による。</p>""")

    # ---------------- page 4: 上位10債権, two halves side by side (万円)
    o = {n: a - b - c for _, rows in ACCOUNTS for n, a, b, c in rows}
    man = lambda n: round(o[n] / 10)  # noqa: E731  千円 -> 万円
    r3 = {"市税": 55212, "国民健康保険税": 46105, "生活保護費返還金": 7012, "水道料金": 4610, "介護保険料": 3388,
          "下水道使用料": 2511, "市営住宅使用料": 1902, "保育所保育料": 921, "後期高齢者医療保険料": 462}
    names = sorted(r3, key=lambda n: -o[n])
    top = sorted([(n, man(n), r3[n]) for n in names] + [("奨学資金貸付金", 968, 1015)], key=lambda t: -t[1])
    # 万円 figures, printed; 市税 etc. rounded from 千円 table

    def half(items, start):
        out = ['<table class="grid"><tr><th>No</th><th>債権名</th><th>R4</th><th>R3</th><th>増減</th></tr>']
        for k, (n, v4, v3) in enumerate(items, start):
            dd = v4 - v3
            ds = f"{dd:,}" if dd >= 0 else f"△{-dd:,}"
            out.append(f'<tr><td class="c">{k}</td><td>{n}</td><td class="r">{cm(v4)}</td><td class="r">{cm(v3)}</td><td class="r">{ds}</td></tr>')
            facts.append(fact(n, 2022, "R4", "total", "outstanding", "actual", v4 * 10000, "yen", cm(v4), 4))
            facts.append(fact(n, 2021, "R3", "total", "outstanding", "actual", v3 * 10000, "yen", cm(v3), 4))
        out.append("</table>")
        return "".join(out)

    pages.append(f"""<h3>（３）収入未済額の多い債権（令和４年度末・令和３年度末）</h3>
<p class="unit">（単位：万円、万円未満四捨五入）</p>
<table><tr><td style="width:50%;vertical-align:top;padding:0 4pt 0 0">{half(top[:5], 1)}</td>
<td style="width:50%;vertical-align:top;padding:0 0 0 4pt">{half(top[5:], 6)}</td></tr></table>
<p class="note">※ 奨学資金貸付金は「その他」に含まれる。</p>
<h3>（４）課題</h3>
<p>市税及び国民健康保険税の滞納繰越分は、滞納者の高齢化や生活困窮により回収が難しい案件の割合が高まっている。
私債権については、所管課ごとに督促・催告の時期や方法がまちまちであり、時効の管理が十分でない債権も見受けられる。
また、生活保護費返還金は、返還決定額に対して収入済額の割合が低く、徴収率の向上が課題である。</p>""")
    facts = [f for f in facts if not (f["page"] == 4 and f["debt"] == "市税" and False)]

    # ---------------- pages 5-6: 債権ごとの取組
    def target_table(debt, cur, arr, tot_, outs, page, unit_note):
        yrs = [("R6", 2024), ("R7", 2025), ("R8", 2026)]
        h = ["<table class=\"grid\"><tr><th>区分</th>" + "".join(f"<th>{y}</th>" for y, _ in yrs) + "</tr>"]
        for lab, seg, vals in (("現年課税分", "current", cur), ("滞納繰越分", "arrears", arr), ("計", "total", tot_)):
            h.append(f"<tr><td>{lab}</td>" + "".join(f'<td class="r">{v}</td>' for v in vals) + "</tr>")
            for (y, fy), v in zip(yrs, vals):
                facts.append(fact(debt, fy, y, seg, "collection_rate", "target", float(v), "percent", v, page))
        h.append("</table>")
        o = [f'<table class="grid"><tr><th>収入未済額の目標（{unit_note}）</th>' + "".join(f'<td class="r">{v}</td>' for v in outs) + "</tr></table>"]
        for (y, fy), v in zip(yrs, outs):
            facts.append(fact(debt, fy, y, "total", "outstanding", "target", int(v.replace(",", "")) * 1_000_000, "yen", v, page))
        return "".join(h) + '<p class="note">　</p>' + "".join(o)

    def items_html(debt, section, items, page):
        out = []
        for lab, txt, st in items:
            tag = f"【{st}】" if st else ""
            out.append(f'<p style="text-indent:-1.5em;margin-left:1.5em">{lab}　{txt}{tag}</p>')
            inits.append({"debt": debt, "fiscal_year": 2024, "section": section, "label": lab, "text": txt,
                          "status": st, "page": page})
        return "".join(out)

    tz = items_html("市税", "目標達成に向けた取組", [
        ("(1)", "現年課税分の未納者に対し、納期限後の早い段階で電話及びＳＭＳによる催告を集中して行う。", "継続"),
        ("(2)", "給与所得者の滞納者については勤務先調査を行い、給与差押えを積極的に執行する。", "継続"),
        ("(3)", "預貯金照会を電子化し、財産調査から差押えまでの期間を短縮する。", "新規"),
        ("(4)", "滞納処分の執行停止に該当する案件を早期に見極め、滞納繰越額の圧縮を図る。", "拡充"),
        ("(5)", "長野県地方税滞納整理機構へ高額・困難案件を引き継ぐ。", None)], 5)
    pages.append(f"""<h2>５　債権ごとの取組（市税）</h2>
<table class="grid"><tr><th>所管課</th><td>税務課・収納対策室</td><th>債権区分</th><td>強制徴収公債権</td></tr></table>
<h3>ア　現状</h3><p>令和４年度決算の収入未済額は約４億８，７００万円であり、このうち滞納繰越分が約７割を占める。</p>
<h3>イ　数値目標（徴収率、単位：％）</h3>{target_table("市税", ("99.20", "99.25", "99.30"), ("30.50", "32.00", "33.50"), ("97.70", "97.80", "97.90"), ("450", "420", "390"), 5, "百万円")}
<h3>ウ　目標達成に向けた取組</h3>{tz}""")
    facts.append(fact("市税", 2022, "令和４年度", "total", "outstanding", "actual", 487000000, "yen", "約４億８，７００万円", 5, approx=True))

    tk = items_html("国民健康保険税", "目標達成に向けた取組", [
        ("ア", "資格喪失者の未納分について、喪失の届出時に窓口で納付相談を行う。", "新規"),
        ("イ", "口座振替の新規加入を促すため、ペイジー口座振替受付を国保窓口にも設置する。", "拡充"),
        ("ウ", "短期被保険者証の交付時に、分納計画の履行状況を確認し、不履行者には差押えを行う。", "継続")], 6)
    pages.append(f"""<h2>５　債権ごとの取組（国民健康保険税）</h2>
<table class="grid"><tr><th>所管課</th><td>税務課・国保年金課</td><th>債権区分</th><td>強制徴収公債権</td></tr></table>
<h3>ア　数値目標（徴収率、単位：％）</h3>{target_table("国民健康保険税", ("95.10", "95.30", "95.50"), ("24.00", "25.50", "27.00"), ("88.60", "88.90", "89.20"), ("390", "370", "350"), 6, "百万円")}
<h3>イ　目標達成に向けた取組</h3>{tk}
<div class="box"><b>【参考】国民健康保険税の徴収状況（令和４年度）</b><br/>
・現年課税分 徴収率：９４．８５％<br/>・滞納繰越分 徴収率：２２．６１％<br/>・収入未済額：４億２，４４４万円</div>
<h2>６　計画の進行管理</h2><p>各債権の取組状況は、毎年度上田市債権管理推進会議において確認し、その結果を公表する。
目標の達成が困難と見込まれる債権については、取組の見直しを行う。</p>""")
    facts += [fact("国民健康保険税", 2022, "令和４年度", "current", "collection_rate", "actual", 94.85, "percent", "９４．８５％", 6),
              fact("国民健康保険税", 2022, "令和４年度", "arrears", "collection_rate", "actual", 22.61, "percent", "２２．６１％", 6),
              fact("国民健康保険税", 2022, "令和４年度", "total", "outstanding", "actual", 424440000, "yen", "４億２，４４４万円", 6)]

    out = ROOT / "pdf" / f"{STEM}.pdf"
    tmp = ROOT / "build" / "out" / f"{STEM}.raw.pdf"
    tmp.parent.mkdir(parents=True, exist_ok=True)
    w = fitz.DocumentWriter(str(tmp))
    for k, h in enumerate(pages, 1):
        story_page(w, h, f"{TITLE}", k)
    w.close()
    d = fitz.open(tmp)
    d.subset_fonts()
    d.save(out, garbage=4, deflate=True)
    document = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2024-03-01", "date_raw": "令和６年３月"}
    write_gold(STEM, document, facts, inits)
    print("total", TOTAL)


if __name__ == "__main__":
    build()
