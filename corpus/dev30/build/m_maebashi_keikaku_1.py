"""前橋市-style 債権管理計画 (会計・債権 tables, prose figures, chart): PyMuPDF Story + direct drawing."""
import pymupdf as fitz
from m_common import F, finish, zen, c, ROOT

STEM = "m_maebashi_keikaku_1"
TITLE = "前橋市債権管理計画（令和７年度～令和９年度）"
YRS = [(2019, "令和元年度"), (2020, "令和２年度"), (2021, "令和３年度"), (2022, "令和４年度"), (2023, "令和５年度")]
# 全会計 (千円): 調定, 不納欠損, 収入未済
ALL = [(98_512_340, 201_455, 4_412_306), (101_204_118, 188_902, 4_305_770), (99_876_543, 176_310, 4_120_884),
       (100_455_210, 165_004, 3_998_215), (102_310_765, 150_882, 3_821_447)]
GEN = [("市税", 2_010_455, 1_902_318, 0), ("個人市民税", 1_102_330, 1_045_210, 1), ("固定資産税", 720_115, 688_904, 1),
       ("保育所保育料", 40_221, 38_870, 0), ("市営住宅使用料", 95_402, 91_115, 0), ("生活保護費返還金", 310_880, 322_461, 0)]
SPE = [("国民健康保険税", 1_285_006, 1_212_540, 0), ("介護保険料", 140_330, 133_087, 0), ("後期高齢者医療保険料", 25_871, 24_102, 0)]
top = lambda rows, k: sum(r[k] for r in rows if not r[3])
oth4 = ALL[3][2] - top(GEN, 1) - top(SPE, 1); oth5 = ALL[4][2] - top(GEN, 2) - top(SPE, 2)
GEN.append(("その他", oth4, oth5, 0))
TGT = {"市税": (97.6, 97.8, 98.0, 98.2), "国民健康保険税": (82.9, 83.5, 84.0, 84.5),
       "介護保険料": (97.1, 97.3, 97.4, 97.5), "保育所保育料": (95.0, 95.3, 95.6, 96.0)}
CSS = """* {font-family: serif; font-size: 10pt;} h1 {font-size: 16pt; text-align:center;} h2 {font-size: 12pt; margin-top:8pt;} h3 {font-size:10.5pt;}
table {border-collapse: collapse; width:100%;} td, th {border-top: 0.5pt solid black; border-bottom: 0.5pt solid black; padding: 2pt 4pt;}
th {font-weight: normal; background-color:#eeeeee;} td.n {text-align:right;} .r {text-align:right;} .box {border: 0.8pt solid black; padding: 5pt;}
td.i {padding-left: 16pt;} .g td, .g th {border: 0.5pt solid black;}"""
facts, inits = [], []
rate = lambda a, w, o: round((a - w - o) / a * 100, 1)


def p1():
    a, w, o = ALL[4]; r = rate(a, w, o)
    facts.append(F(None, 2023, "令和５年度", "total", "outstanding", "actual", 3_821_000_000, "yen", "約38億2,100万円", 1, approx=True))
    facts.append(F(None, 2023, "令和５年度", "total", "collection_rate", "actual", r, "percent", f"{r}％", 1))
    facts.append(F(None, 2019, "令和元年度", "total", "outstanding", "actual", 4_412_000_000, "yen", "約44億1,200万円", 1, approx=True))
    return ("<p class='r'>令和７年３月<br>前橋市</p><h1>" + TITLE + "</h1>"
            "<h2>第１章　計画の趣旨</h2><p>　本市はこれまで、市税をはじめとする各債権について、滞納の未然防止と早期の滞納整理に取り組んできた。"
            f"その結果、全会計の収入未済額は、令和元年度の約44億1,200万円から減少を続け、令和５年度決算では約38億2,100万円となった。"
            f"同年度の全会計の収納率は{r}％である。</p><p>　一方で、生活保護費返還金など、収入未済額が増加している債権もあることから、"
            "全庁的な債権管理の方針と目標を定め、計画的な回収と適正な整理を進めるため、本計画を策定する。</p>"
            "<h2>第２章　計画期間</h2><p>　令和７年度から令和９年度までの３年間とする。</p>"
            "<h2>第３章　対象とする債権</h2><p>　本市が保有する金銭債権のうち、一般会計及び特別会計に属する債権（企業会計を除く。）を対象とする。</p>")


def p2():
    h = ["<h2>第４章　債権の現状</h2><h3>（１）全会計の推移</h3><p class='r'>（単位：千円、％）</p>",
         "<table><tr><th>年度</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th></tr>"]
    for (fy, fr), (a, w, o) in zip(YRS, ALL):
        col = a - w - o; r = rate(a, w, o)
        h.append(f"<tr><td>{fr}</td><td class='n'>{c(a)}</td><td class='n'>{c(col)}</td><td class='n'>{c(w)}</td><td class='n'>{c(o)}</td><td class='n'>{r}</td></tr>")
        for m, v in (("assessed", a), ("collected", col), ("written_off", w), ("outstanding", o)):
            facts.append(F(None, fy, fr, "total", m, "actual", v * 1000, "yen", c(v), 2, debt_raw=None))
        facts.append(F(None, fy, fr, "total", "collection_rate", "actual", r, "percent", str(r), 2, debt_raw=None))
    h.append("</table><h3>（２）会計別・債権別の収入未済額</h3><p class='r'>（単位：千円）</p>")
    h.append("<table class='g'><tr><th>会計</th><th>債権名</th><th>R4</th><th>R5</th><th>増減</th></tr>")
    h.append(rows("一般会計", GEN, 2))
    h.append("</table>")
    return "".join(h)


def dif(x):
    return "△" + c(-x) if x < 0 else c(x)


def rows(acct, rs, p):
    out = []
    n = len(rs) + 1
    for k, (nm, v4, v5, ind) in enumerate(rs):
        lab = f"<td class='i'>うち　{nm}</td>" if ind else f"<td>{nm}</td>"
        first = f"<td rowspan='{n}'>{acct}</td>" if k == 0 else ""
        out.append(f"<tr>{first}{lab}<td class='n'>{c(v4)}</td><td class='n'>{c(v5)}</td><td class='n'>{dif(v5 - v4)}</td></tr>")
        d = None if nm == "その他" else nm
        facts.append(F(d, 2022, "R4", "total", "outstanding", "actual", v4 * 1000, "yen", c(v4), p, debt_raw=nm))
        facts.append(F(d, 2023, "R5", "total", "outstanding", "actual", v5 * 1000, "yen", c(v5), p, debt_raw=nm))
    s4 = sum(r[1] for r in rs if not r[3]); s5 = sum(r[2] for r in rs if not r[3])
    out.append(f"<tr><td>小計</td><td class='n'>{c(s4)}</td><td class='n'>{c(s5)}</td><td class='n'>{dif(s5 - s4)}</td></tr>")
    facts.append(F(acct, 2022, "R4", "total", "outstanding", "actual", s4 * 1000, "yen", c(s4), p, debt_raw=acct + "小計"))
    facts.append(F(acct, 2023, "R5", "total", "outstanding", "actual", s5 * 1000, "yen", c(s5), p, debt_raw=acct + "小計"))
    return "".join(out)


def p3():
    h = ["<table class='g'>", rows("特別会計", SPE, 3)]
    t4, t5 = ALL[3][2], ALL[4][2]
    h.append(f"<tr><td colspan='2'>合計</td><td class='n'>{c(t4)}</td><td class='n'>{c(t5)}</td><td class='n'>{dif(t5 - t4)}</td></tr></table>")
    facts.append(F(None, 2022, "R4", "total", "outstanding", "actual", t4 * 1000, "yen", c(t4), 3, debt_raw="合計"))
    facts.append(F(None, 2023, "R5", "total", "outstanding", "actual", t5 * 1000, "yen", c(t5), 3, debt_raw="合計"))
    h.append("<p style='font-size:8.5pt'>※「うち」は市税の内数。その他は、下水道事業受益者負担金、放課後児童クラブ利用料等である。</p>")
    h.append("<h2>第５章　目標</h2><p>　主な債権について、現年分と滞納繰越分を合わせた収納率の目標を次のとおり定める。</p>"
             "<p><b>収納率の目標（現年・滞繰合計）</b>　　単位：％</p><table class='g'><tr><th></th>")
    names = list(TGT)
    h.append("".join(f"<th>{n}</th>" for n in names) + "</tr>")
    labs = [(2023, "５年度実績", "actual"), (2025, "７年度", "target"), (2026, "８年度", "target"), (2027, "９年度", "target")]
    for i, (fy, lab, b) in enumerate(labs):
        h.append(f"<tr><td>{lab}</td>" + "".join(f"<td class='n'>{TGT[n][i]}</td>" for n in names) + "</tr>")
        for n in names:
            facts.append(F(n, fy, lab, "total", "collection_rate", b, TGT[n][i], "percent", str(TGT[n][i]), 3))
    h.append("</table><p style='font-size:8.5pt'>※５年度実績は令和５年度決算による。目標年度はいずれも令和。</p>")
    return "".join(h)


INI = [("市税", [("(1)", "納期限後２０日以内に督促状を送付し、その後の電話催告を早期に行う。", "継続"),
                 ("(2)", "給与照会・預貯金照会を電子化し、財産調査を迅速に行う。", "拡充"),
                 ("(3)", "地方税統一ＱＲコードによる納付を周知し、納付機会を広げる。", "新規")]),
       ("国民健康保険税", [("ア", "資格喪失時に未納額を通知し、納付相談を行う。", "継続"),
                           ("イ", "滞納繰越分の高額案件は納税課と共同で滞納処分を行う。", "拡充")]),
       ("生活保護費返還金", [("・", "返還決定時に分割納付の計画を作成し、保護費からの調整を活用する。", "継続"),
                             ("・", "保護廃止後の未納者は所在を調査し、回収の見込みがないものは整理を進める。", None)])]


def p5():
    h = ["<h2>第６章　債権ごとの取組</h2>"]
    for k, (n, items) in enumerate(INI):
        h.append(f"<h3>{zen(k + 1)}　債権ごとの取組（{n}）</h3><div class='box'>")
        for lab, t, st in items:
            h.append(f"<p>{lab}　{t}{'【' + st + '】' if st else ''}</p>")
            inits.append({"debt": n, "fiscal_year": 2025, "section": f"債権ごとの取組（{n}）", "label": lab, "text": t, "status": st, "page": 5})
        h.append("</div>")
    h.append("<h2>第７章　計画の進行管理</h2><p>　各所管課は毎年度の実績を債権管理課に報告し、前橋市債権管理推進会議において進捗を確認する。</p>")
    return "".join(h)


tmp = ROOT / "build" / "out" / f"{STEM}.tmp.pdf"
w = fitz.DocumentWriter(str(tmp))
for i, html in enumerate([p1(), p2(), p3(), None, p5()]):
    if html is None:
        w.begin_page(fitz.Rect(0, 0, 842, 595)); w.end_page(); continue
    st = fitz.Story(html, user_css=CSS); dev = w.begin_page(fitz.paper_rect("a4"))
    more, _ = st.place(fitz.Rect(55, 60, 540, 790)); assert not more, f"page {i+1} overflows"
    st.draw(dev); w.end_page()
w.close()
doc = fitz.open(tmp)
# landscape chart page 4
pg = doc[3]
pg.insert_text((60, 60), "（３）収入未済額の推移（全会計）", fontname="japan", fontsize=13)
pg.insert_text((660, 90), "（単位：百万円）", fontname="japan", fontsize=9)
x0, y0, H = 140, 480, 340
mx = 5000
pg.draw_line((x0 - 10, y0), (760, y0), width=0.8)
pg.draw_line((x0 - 10, y0), (x0 - 10, y0 - H - 10), width=0.8)
for g in range(0, 5001, 1000):
    y = y0 - H * g / mx
    pg.draw_line((x0 - 14, y), (x0 - 10, y)); pg.insert_text((x0 - 50, y + 3), f"{g:,}", fontsize=8, fontname="helv")
for k, ((fy, fr), (a, w_, o)) in enumerate(zip(YRS, ALL)):
    v = round(o / 1000, 1)
    x = x0 + 20 + k * 120; hgt = H * v / mx
    pg.draw_rect(fitz.Rect(x, y0 - hgt, x + 60, y0), color=(0.2, 0.3, 0.6), fill=(0.45, 0.6, 0.85))
    lab = f"{v:,.1f}"
    pg.insert_text((x + 8, y0 - hgt - 6), lab, fontsize=9, fontname="helv")
    yl = "R元" if fy == 2019 else f"R{fy - 2018}"
    pg.insert_text((x + 18, y0 + 16), yl, fontname="japan", fontsize=9)
    facts.append(F(None, fy, yl, "total", "outstanding", "actual", int(round(v * 1_000_000)), "yen", lab, 4))
pg.insert_text((140, 530), "■ 収入未済額（各年度決算、全会計）", fontname="japan", fontsize=9)
for i, p in enumerate(doc):
    W = p.rect.width
    p.insert_text((W - 200, 35), "前橋市債権管理計画", fontname="japan", fontsize=7.5)
    p.insert_text((W / 2 - 6, p.rect.height - 25), f"{i + 1}", fontname="helv", fontsize=9)
doc.subset_fonts(); doc.save(ROOT / "pdf" / f"{STEM}.pdf", garbage=4, deflate=True)
finish(STEM, {"kind": "plan", "municipality": "前橋市", "title": TITLE, "date": "2025-03-01", "date_raw": "令和７年３月"}, facts, inits)
