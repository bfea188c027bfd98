"""下関市 令和6年度 債権管理の取組状況（中間報告） (PyMuPDF Story HTML)."""
import pymupdf as fitz
from d2_common import Gold, ROOT, fmt, rate

STEM = "d2_shimonoseki_progress_1"
ARCH = fitz.Archive("/usr/share/fonts/opentype/ipaexfont-mincho")
ARCH.add("/usr/share/fonts/opentype/ipaexfont-gothic")
CSS = """@font-face {font-family: M; src: url(ipaexm.ttf);} @font-face {font-family: G; src: url(ipaexg.ttf);}
* {font-family: M; font-size: 10pt;} h1 {font-family: G; font-size: 15pt; text-align: center;}
h2 {font-family: G; font-size: 12pt; margin-top: 12pt;} h3 {font-family: G; font-size: 11pt;}
table {border-collapse: collapse; width: 100%;} td, th {border: 0.6pt solid black; padding: 2pt 4pt;}
th {font-family: G; font-weight: normal; background-color: #e8e8e8;} td.n {text-align: right;}
p.note {font-size: 8.5pt;} p.r {text-align: right;}"""
AS = "2024-09-30"

DEBTS = [
 # name, 所管課, R5 cur(a,c), R5 arr(a,c), R5 w/o, R6 cur 9月末(a,c), R6 arr c 9月末, targets(cur rate, arr rate, outstanding), mode
 ("市営住宅使用料", "住宅政策課", (1012450, 991318), (96220, 18904), 6812, (1018730, 488215), 9830, ("98.10", "20.50", 80000), "box"),
 ("母子父子寡婦福祉資金貸付金", "こども家庭課", (38615, 30402), (152880, 9011), 3120, (36920, 14230), 4105, ("79.00", "7.00", 145000), "cell"),
 ("市場使用料", "市場管理課", (402318, 398870), (21406, 4012), 1830, (401990, 196400), 2608, ("99.20", "22.00", 17500), "paren"),
]

def main():
    g = Gold(STEM, "progress_report", "下関市", "令和6年度　債権管理の取組状況（中間報告）", "2024-11-01", "令和6年11月")
    h = ["<h1>令和6年度　債権管理の取組状況（中間報告）</h1>", "<p class='r'>令和6年11月　下関市総務部債権管理室</p>"]
    h.append("<h2>１　全体の状況</h2>")
    h.append("<p>　令和6年9月末時点における本市の収入未済額（全会計）は約41億5,200万円であり、前年同期と比べ約1億2,300万円減少した。"
             "なお、令和5年度決算における収入未済額は約38億7,600万円であった。</p>")
    g.fact(None, 2024, "令和6年9月末", "total", "outstanding", "interim", 4152000000, "yen", "約41億5,200万円", approx=True, as_of=AS, debt_raw=None)
    g.fact(None, 2023, "令和5年度", "total", "outstanding", "actual", 3876000000, "yen", "約38億7,600万円", approx=True, debt_raw=None)
    h.append("<h2>２　債権ごとの状況</h2><p class='note'>単位：千円、％（収納率＝収入済額÷調定額）</p>")
    for i, (name, ka, c5, a5, w5, c6, arr_c6, tg, mode) in enumerate(DEBTS):
        out5 = c5[0] + a5[0] - c5[1] - a5[1] - w5
        a6 = (out5, arr_c6)
        out6 = c6[0] + a6[0] - c6[1] - a6[1]
        if mode == "paren":
            h.append(f"<h3>（{i+1}）債権ごとの状況（{name}）</h3>")
        else:
            h.append(f"<h3>（{i+1}）</h3>")
        if mode == "box":
            h.append(f"<table><tr><th>債権名</th><td>{name}</td><th>所管課</th><td>{ka}</td></tr></table><p></p>")
        t = ["<table>"]
        if mode == "cell":
            t.append(f"<tr><td colspan='5'>債権名　{name}（{ka}）</td></tr>")
        t.append("<tr><th rowspan='3'>区分</th><th rowspan='3'>項目</th><th>令和５年度</th><th colspan='2'>令和６年度</th></tr>")
        t.append("<tr><th>決算</th><th>目標</th><th>実績</th></tr>")
        t.append("<tr><th>（年度末）</th><th>（年度末）</th><th>（9月末）</th></tr>")
        for seg, lab, (A5, C5), (A6, C6), trate in (("current", "現年度分", c5, c6, tg[0]), ("arrears", "滞納繰越分", a5, a6, tg[1])):
            r5 = rate(C5, A5); r6 = rate(C6, A6)
            t.append(f"<tr><td rowspan='3'>{lab}</td><td>調定額</td><td class='n'>{fmt(A5)}</td><td class='n'>―</td><td class='n'>{fmt(A6)}</td></tr>")
            t.append(f"<tr><td>収入済額</td><td class='n'>{fmt(C5)}</td><td class='n'>―</td><td class='n'>{fmt(C6)}</td></tr>")
            t.append(f"<tr><td>収納率</td><td class='n'>{r5:.2f}</td><td class='n'>{trate}</td><td class='n'>{r6:.2f}</td></tr>")
            for m, v5, v6 in (("assessed", A5, A6), ("collected", C5, C6)):
                g.fact(name, 2023, "令和５年度", seg, m, "actual", v5 * 1000, "yen", fmt(v5), ctx=name)
                g.fact(name, 2024, "令和６年度", seg, m, "interim", v6 * 1000, "yen", fmt(v6), as_of=AS, ctx=name)
            g.fact(name, 2023, "令和５年度", seg, "collection_rate", "actual", r5, "percent", f"{r5:.2f}", ctx=name)
            g.fact(name, 2025 - 1, "令和６年度", seg, "collection_rate", "target", float(trate), "percent", trate, ctx=name)
            g.fact(name, 2024, "令和６年度", seg, "collection_rate", "interim", r6, "percent", f"{r6:.2f}", as_of=AS, ctx=name)
        t.append(f"<tr><td rowspan='2'>計</td><td>不納欠損額</td><td class='n'>{fmt(w5)}</td><td class='n'>―</td><td class='n'>―</td></tr>")
        t.append(f"<tr><td>収入未済額</td><td class='n'>{fmt(out5)}</td><td class='n'>{fmt(tg[2])}</td><td class='n'>{fmt(out6)}</td></tr>")
        t.append("</table>")
        g.fact(name, 2023, "令和５年度", "total", "written_off", "actual", w5 * 1000, "yen", fmt(w5), ctx=name)
        g.fact(name, 2023, "令和５年度", "total", "outstanding", "actual", out5 * 1000, "yen", fmt(out5), ctx=name)
        g.fact(name, 2024, "令和６年度", "total", "outstanding", "target", tg[2] * 1000, "yen", fmt(tg[2]), ctx=name)
        g.fact(name, 2024, "令和６年度", "total", "outstanding", "interim", out6 * 1000, "yen", fmt(out6), as_of=AS, ctx=name)
        h.append("".join(t))
        if i == 0:
            h.append("<p class='note'>※ 滞納繰越分の令和６年度調定額は、令和５年度末の収入未済額である。</p>")
    h.append("<h2>３　債権ごとの取組（市営住宅使用料）</h2>")
    its = [("ア", "家賃滞納が3か月に達した入居者には、連帯保証人へ納付指導の協力を文書で依頼した。", "継続"),
           ("イ", "指定管理者と月例の滞納対策会議を開き、訪問対象者の進捗を共有した。", "継続"),
           ("ウ", "退去者の滞納分について、支払督促の申立てを上半期に4件行った。", "拡充")]
    for lab, t, st in its:
        h.append(f"<p>{lab}　{t}<br>【{st}】</p>")
        g.init("市営住宅使用料", 2024, "債権ごとの取組（市営住宅使用料）", lab, t, st)
    h.append("<h2>４　債権ごとの取組（母子父子寡婦福祉資金貸付金）</h2>")
    its = [("(1)", "償還開始前の借受人に償還計画と口座振替の説明を行った。", "新規"),
           ("(2)", "長期滞納者は連帯借受人への請求を並行し、分割償還の誓約を取り付けた。", "継続")]
    for lab, t, st in its:
        h.append(f"<p>{lab}　{t}【{st}】</p>")
        g.init("母子父子寡婦福祉資金貸付金", 2024, "債権ごとの取組（母子父子寡婦福祉資金貸付金）", lab, t, st)
    story = fitz.Story(html="".join(h), user_css=CSS, archive=ARCH)
    pdf = ROOT / "pdf" / f"{STEM}.pdf"
    tmp = ROOT / "build" / "out" / f"{STEM}.tmp.pdf"
    w = fitz.DocumentWriter(str(tmp))
    more = True
    while more:
        dev = w.begin_page(fitz.paper_rect("a4"))
        more, _ = story.place(fitz.Rect(60, 60, 535, 780))
        story.draw(dev)
        w.end_page()
    w.close()
    doc = fitz.open(tmp)
    for n, page in enumerate(doc, 1):
        page.insert_htmlbox(fitz.Rect(260, 800, 340, 820), f"<p style='text-align:center'>－{n}－</p>", css=CSS, archive=ARCH)
        page.insert_htmlbox(fitz.Rect(380, 30, 540, 48), "<p style='text-align:right;font-size:8pt'>下関市　債権管理室</p>", css=CSS, archive=ARCH)
    doc.subset_fonts(); doc.save(pdf, garbage=4, deflate=True)
    return g.resolve_and_write(pdf)

if __name__ == "__main__":
    main()
