"""さくら市 令和６年度 債権回収・整理計画（中間報告） — PyMuPDF Story, A4 landscape, one Story per page.

Modelled on the 中間報告 (上半期実績と中間計画) that 豊中市 publishes for its 債権回収・整理計画 and on the
大阪府 目標達成状況 tables (one row per 区分, 目標 | 実績 side by side). Figures invented, consistent:
徴収率 = 収入済額 ÷ 調定額 (rounded to 0.1), 未収額 = 調定額 − 収入済額.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf as fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from v_common import OUT, PDF_DIR, check, comma, fact, init, okuman, rate, write_gold  # noqa: E402

STEM = "v_sakura_progress_1"
CITY = "さくら市"
AS_OF, AS_OF_PREV = "2024-09-30", "2023-09-30"
FY, FYP = 2024, 2023

# name, 所管課, cur assessed, cur collected, arr assessed, arr collected (千円, 9月末); prev-year 9月末 rates (cur, arr)
DEBTS = [
    ("市税", "税務課", 8912345, 4803210, 612480, 98771, 53.2, 14.8),
    ("国民健康保険税", "保険年金課", 2104560, 862870, 903215, 112004, 41.6, 11.9),
    ("介護保険料", "高齢福祉課", 1512330, 801530, 61220, 9110, 52.7, 15.3),
    ("後期高齢者医療保険料", "保険年金課", 702118, 380540, 12406, 3980, 53.8, 30.6),
    ("保育所保育料", "こども政策課", 188450, 90120, 21874, 3105, 47.1, 12.5),
    ("市営住宅使用料", "建築住宅課", 241800, 118820, 58930, 5230, 49.5, 8.1),
    ("下水道使用料", "上下水道課", 1023640, 498120, 41870, 11350, 48.2, 26.4),
    ("学校給食費", "学校教育課", 356120, 171240, 9844, 1203, 47.6, 13.0),
]
# 5年度決算 (cur, arr, total), 6年度決算見込, 6年度目標
RATES = {
    "市税": ((99.1, 28.4, 96.5), (99.2, 29.0, 96.7), (99.2, 30.0, 96.8)),
    "国民健康保険税": ((94.8, 21.3, 80.2), (94.9, 22.0, 80.9), (95.0, 23.0, 81.2)),
    "介護保険料": ((99.3, 24.8, 97.9), (99.3, 25.5, 98.0), (99.4, 26.0, 98.1)),
    "後期高齢者医療保険料": ((99.6, 55.2, 99.2), (99.6, 56.0, 99.3), (99.7, 56.0, 99.3)),
    "保育所保育料": ((98.9, 20.4, 88.7), (99.0, 21.5, 89.4), (99.1, 22.0, 89.6)),
    "市営住宅使用料": ((97.5, 14.6, 80.3), (97.3, 15.2, 80.6), (97.8, 16.0, 81.0)),
    "下水道使用料": ((99.0, 45.1, 97.2), (99.1, 46.0, 97.4), (99.1, 47.0, 97.5)),
    "学校給食費": ((99.2, 18.9, 97.1), (99.3, 20.0, 97.2), (99.4, 21.0, 97.4)),
}
# per-debt sheets: prev-year 9月末 未収額 (円, 万円 rounded), 5年度末 未収額 (円), delinquents (count, unit, label)
SHEETS = {
    "市税": dict(prev_out=4698120000, fy23_out=512400000, delinq=(3412, "persons", "滞納者数", "人"),
                 items=[("(1)", "９月末で納期限を過ぎた現年課税分の未納者に対し、10月から11月にかけて一斉催告と電話催告を行い、年内の完納を促す。", "継続"),
                        ("(2)", "預貯金照会を電子化し、財産調査から差押えまでの期間を短縮する。", "拡充"),
                        ("(3)", "12月を滞納整理強化月間とし、高額・長期の滞納事案について捜索を含む滞納処分を集中的に実施する。", "継続")]),
    "国民健康保険税": dict(prev_out=2081500000, fy23_out=798300000, delinq=(2845, "households", "滞納世帯数", "世帯"),
                       items=[("(1)", "短期被保険者証の更新時に窓口での納付相談を行い、分納誓約の履行状況を確認する。", "継続"),
                              ("(2)", "資格喪失後も滞納が残る世帯に対し、税務課と共同で財産調査を行い、滞納処分を実施する。", "新規"),
                              ("(3)", "口座振替の勧奨通知を未登録の全世帯に送付する。", "継続")]),
    "保育所保育料": dict(prev_out=123800000, fy23_out=20550000, delinq=(312, "persons", "滞納者数", "人"),
                     items=[("(1)", "在園児の保護者には園を通じて納付案内を手渡しし、未納が２か月続いた場合は面談を行う。", "継続"),
                            ("(2)", "児童手当からの特別徴収の同意取得を進め、新たな滞納の発生を防ぐ。", "拡充"),
                            ("(3)", "卒園児の滞納分については、財産調査の結果に基づき差押えを実施する。", None)]),
}

CSS = """
@font-face {font-family: G; src: url(ipaexg.ttf);}
@font-face {font-family: M; src: url(ipaexm.ttf);}
body {font-family: M; font-size: 9.5pt; line-height: 1.35;}
h1 {font-family: G; font-size: 15pt; text-align: center; margin: 2pt 0 2pt 0;}
h2 {font-family: G; font-size: 11pt; margin: 8pt 0 3pt 0;}
p {margin: 2pt 0 2pt 0;}
.sub {text-align: center; font-size: 10pt;}
.right {text-align: right;}
.unit {text-align: right; font-size: 8.5pt;}
table {border-collapse: collapse; width: 100%;}
td, th {padding: 2pt 3pt 2pt 3pt; font-size: 9pt;}
th {font-family: G; font-weight: normal; text-align: center;}
td.n {text-align: right;}
table.grid td, table.grid th {border: 0.6pt solid #000;}
table.hr td, table.hr th {border-top: 0.5pt solid #000; border-bottom: 0.5pt solid #000;}
table.hr th {background-color: #e8e8e8;}
table.box td {border: 0.8pt solid #000;}
.ref {border: 0.8pt solid #000; padding: 4pt 6pt 4pt 6pt; margin: 6pt 0 6pt 0;}
.hdr {font-size: 8pt; text-align: right; color: #333;}
.ftr {font-size: 9pt; text-align: center;}
.tag {font-family: G;}
"""


def r1(x: float) -> str:
    return f"{x:.1f}"


def build():
    facts, inits = [], []
    pages_html = []
    tot = dict(ca=0, cc=0, aa=0, ac=0)
    rows = []
    for (name, ka, ca, cc, aa, ac, pc, pa) in DEBTS:
        rc, ra = rate(cc, ca), rate(ac, aa)
        rows.append(dict(name=name, ka=ka, ca=ca, cc=cc, aa=aa, ac=ac, rc=rc, ra=ra, pc=pc, pa=pa,
                         oc=ca - cc, oa=aa - ac))
        tot["ca"] += ca; tot["cc"] += cc; tot["aa"] += aa; tot["ac"] += ac
    all_out = sum(r["oc"] + r["oa"] for r in rows) * 1000
    prev_all = 9_915_400_000  # 前年同期 (全債権)

    # ---------------- page 1: 概要 + 表1 (one debt per column, horizontal rules only, no % signs)
    p = 1
    out_man = round(all_out, -4)
    intro = (f"<p>　本市では、「さくら市債権管理条例」に基づき、債権の種類ごとに回収と整理の目標を定めた「債権回収・整理計画」を"
             f"策定し、上半期の実績を踏まえて中間の見直しを行っています。令和６年９月末現在、本計画の対象とする主要８債権の"
             f"未収額は約{okuman(out_man)}で、前年同期の約{okuman(prev_all)}と比べ減少しています。</p>")
    facts.append(fact(None, FY, "令和６年９月末", "total", "outstanding", "interim", out_man, "yen", f"約{okuman(out_man)}",
                      p, as_of=AS_OF, approx=True, debt_raw=None))
    facts.append(fact(None, FYP, "前年同期", "total", "outstanding", "interim", prev_all, "yen", f"約{okuman(prev_all)}",
                      p, as_of=AS_OF_PREV, approx=True, debt_raw=None))
    head = "".join(f"<th style='width:72pt'>{r['name']}</th>" for r in rows)
    t1 = [f"<table class='hr'><tr><th style='width:40pt'>区分</th><th style='width:48pt'></th>{head}</tr>"]
    for seg, key, pkey, label in (("current", "rc", "pc", "現年分"), ("arrears", "ra", "pa", "滞繰分")):
        cells_now = "".join(f"<td class='n'>{r1(r[key])}</td>" for r in rows)
        cells_prev = "".join(f"<td class='n'>{r1(r[pkey])}</td>" for r in rows)
        cells_diff = "".join(f"<td class='n'>{('△' + r1(-(r[key] - r[pkey]))) if r[key] < r[pkey] else r1(r[key] - r[pkey])}</td>"
                             for r in rows)
        t1.append(f"<tr><th rowspan='3'>{label}</th><th>6年9月末</th>{cells_now}</tr>")
        t1.append(f"<tr><th>5年9月末</th>{cells_prev}</tr>")
        t1.append(f"<tr><th>差</th>{cells_diff}</tr>")
        for r in rows:
            facts.append(fact(r["name"], FY, "6年9月末", seg, "collection_rate", "interim", r[key], "percent", r1(r[key]), p, as_of=AS_OF))
            facts.append(fact(r["name"], FYP, "5年9月末", seg, "collection_rate", "interim", r[pkey], "percent", r1(r[pkey]), p, as_of=AS_OF_PREV))
    t1.append("</table>")
    pages_html.append(
        "<h1>令和６年度　債権回収・整理計画（中間報告）</h1>"
        "<p class='sub'>令和６年12月　さくら市総務部収納課</p>"
        "<h2>１　上半期の概要</h2>" + intro +
        "<p>　主要債権の上半期の徴収率は表１のとおりです。市税及び介護保険料は前年同期を上回りましたが、国民健康保険税及び"
        "市営住宅使用料の現年分は前年同期を下回っています。</p>"
        "<h2>２　主要債権の徴収率（上半期）</h2><p class='unit'>単位：％</p>" + "".join(t1) +
        "<p style='font-size:8pt'>※差は令和６年９月末から令和５年９月末を差し引いたもの（ポイント）。△は減。</p>")

    # ---------------- page 2: 表2 決算見込及び目標 (header over three rows, one debt per row)
    p = 2
    t2 = ["<table class='grid'>",
          "<tr><th rowspan='3' style='width:130pt'>債権名</th><th colspan='3'>５年度決算</th><th colspan='6'>令和６年度</th></tr>",
          "<tr><th colspan='3'>実績</th><th colspan='3'>決算見込</th><th colspan='3'>目標</th></tr>",
          "<tr>" + "<th>現年</th><th>滞繰</th><th>計</th>" * 3 + "</tr>"]
    for r in rows:
        act, est, tgt = RATES[r["name"]]
        cells = ""
        for vals, fy, fyr, basis in ((act, FYP, "５年度決算", "actual"), (est, FY, "令和６年度", "estimate"), (tgt, FY, "令和６年度", "target")):
            for v, seg in zip(vals, ("current", "arrears", "total")):
                cells += f"<td class='n'>{r1(v)}</td>"
                facts.append(fact(r["name"], fy, fyr, seg, "collection_rate", basis, v, "percent", r1(v), p))
        t2.append(f"<tr><td>{r['name']}</td>{cells}</tr>")
    t2.append("</table>")
    page2 = (
        "<h2>３　令和６年度の決算見込と目標</h2>"
        "<p>　上半期の実績と下半期の取組を踏まえ、各債権の決算見込を推計しました。目標は年度当初の計画値です。</p>"
        "<p class='unit'>（単位：％）</p>" + "".join(t2) +
        "<p style='font-size:8pt'>※決算見込は、令和６年９月末の実績に前年度下半期の収納実績を加味して推計したもの。</p>"
        "<p>　国民健康保険税及び市営住宅使用料は、決算見込が目標を下回る見通しのため、下半期に催告及び財産調査を集中して実施します"
        "（各債権の取組は５以降を参照）。</p>")

    # ---------------- pages 2-3: 表3 債権別の徴収状況, starts under 表2 and is cut by the page break (header repeated)
    hdr3 = ("<tr><th style='width:150pt'>債権名</th><th style='width:60pt'>区分</th><th style='width:100pt'>調定額</th>"
            "<th style='width:100pt'>収入済額</th><th style='width:100pt'>未収額</th><th style='width:70pt'>徴収率</th></tr>")
    def t3rows(sub, p):
        out = []
        for r in sub:
            for seg, a, c, o, rt, lab in (("current", r["ca"], r["cc"], r["oc"], r["rc"], "現年分"),
                                           ("arrears", r["aa"], r["ac"], r["oa"], r["ra"], "滞繰分")):
                first = f"<td rowspan='2'>{r['name']}</td>" if seg == "current" else ""
                out.append(f"<tr>{first}<td>{lab}</td><td class='n'>{comma(a)}</td><td class='n'>{comma(c)}</td>"
                           f"<td class='n'>{comma(o)}</td><td class='n'>{r1(rt)}</td></tr>")
                for metric, v, unit, raw in (("assessed", a * 1000, "yen", comma(a)), ("collected", c * 1000, "yen", comma(c)),
                                             ("outstanding", o * 1000, "yen", comma(o)), ("collection_rate", rt, "percent", r1(rt))):
                    facts.append(fact(r["name"], FY, "令和６年９月末", seg, metric, "interim", v, unit, raw, p, as_of=AS_OF))
        return out

    p = 2
    pages_html.append(page2 +
        "<h2>４　債権別の徴収状況（令和６年９月末現在）</h2><p class='unit'>（単位：千円、％）</p>"
        "<table class='grid'>" + hdr3 + "".join(t3rows(rows[:3], p)) + "</table>"
        "<p class='right' style='font-size:8pt'>（次頁に続く）</p>")
    p = 3
    t3b = t3rows(rows[3:], p)
    tc_o, ta_o = tot["ca"] - tot["cc"], tot["aa"] - tot["ac"]
    trc, tra = rate(tot["cc"], tot["ca"]), rate(tot["ac"], tot["aa"])
    for seg, a, c, o, rt, lab in (("current", tot["ca"], tot["cc"], tc_o, trc, "現年分"), ("arrears", tot["aa"], tot["ac"], ta_o, tra, "滞繰分")):
        first = "<td rowspan='2'>合計</td>" if seg == "current" else ""
        t3b.append(f"<tr>{first}<td>{lab}</td><td class='n'>{comma(a)}</td><td class='n'>{comma(c)}</td>"
                   f"<td class='n'>{comma(o)}</td><td class='n'>{r1(rt)}</td></tr>")
        for metric, v, unit, raw in (("assessed", a * 1000, "yen", comma(a)), ("collected", c * 1000, "yen", comma(c)),
                                     ("outstanding", o * 1000, "yen", comma(o)), ("collection_rate", rt, "percent", r1(rt))):
            facts.append(fact(None, FY, "令和６年９月末", seg, metric, "interim", v, unit, raw, p, as_of=AS_OF, debt_raw="合計"))
    pages_html.append(
        "<h2>４　債権別の徴収状況（令和６年９月末現在）（続き）</h2><p class='unit'>（単位：千円、％）</p>"
        "<table class='grid'>" + hdr3 + "".join(t3b) + "</table>"
        "<p style='font-size:8pt'>※未収額は、９月末時点で納期限が到来していない額を含む。</p>")

    # ---------------- pages 4-6: one sheet per debt
    p = 4
    byname = {r["name"]: r for r in rows}
    for name, sh in SHEETS.items():
        r = byname[name]
        out_now = round((r["oc"] + r["oa"]) * 1000, -4)
        act = RATES[name][0]
        tgt = RATES[name][2]
        dq, dunit, dlabel, dsuf = sh["delinq"]
        fy23_out = round(r["aa"] * 1000, -4)   # 5年度末の未収額 = 6年度の滞繰分調定額
        html = [f"<table class='box'><tr><td style='width:300pt'><span class='tag'>債権名</span>　{name}</td>"
                f"<td style='width:200pt'>所管課　{r['ka']}</td><td>所管部　" + ("総務部" if name == "市税" else "健康福祉部" if name != "保育所保育料" else "こども未来部") + "</td></tr></table>",
                "<h2>【徴収率】令和６年９月末時点</h2>",
                f"<p>・現年分　{r1(r['rc'])}％（前年同期　{r1(r['pc'])}％）</p>",
                f"<p>・滞繰分　{r1(r['ra'])}％（前年同期　{r1(r['pa'])}％）</p>",
                "<h2>【未収額】９月末時点</h2>",
                f"<p>・現年分及び滞繰分の合計　約{okuman(out_now)}（前年同期　約{okuman(sh['prev_out'])}）</p>"]
        for seg, key, pkey, lab in (("current", "rc", "pc", "現年分"), ("arrears", "ra", "pa", "滞繰分")):
            facts.append(fact(name, FY, "令和６年９月末", seg, "collection_rate", "interim", r[key], "percent", f"{r1(r[key])}％", p, as_of=AS_OF))
            facts.append(fact(name, FYP, "前年同期", seg, "collection_rate", "interim", r[pkey], "percent", f"{r1(r[pkey])}％", p, as_of=AS_OF_PREV))
        facts.append(fact(name, FY, "９月末", "total", "outstanding", "interim", out_now, "yen", f"約{okuman(out_now)}", p, as_of=AS_OF, approx=True))
        facts.append(fact(name, FYP, "前年同期", "total", "outstanding", "interim", sh["prev_out"], "yen", f"約{okuman(sh['prev_out'])}", p,
                          as_of=AS_OF_PREV, approx=True))
        html.append("<div class='ref'><p><span class='tag'>【参考】</span>令和５年度決算</p>"
                    f"<p>・徴収率（計）：{r1(act[2])}％</p>"
                    f"<p>・未収額：{okuman(fy23_out)}</p>"
                    f"<p>・{dlabel}：{comma(dq)}{dsuf}</p>"
                    f"<p>・令和６年度目標徴収率（計）：{r1(tgt[2])}％</p></div>")
        facts.append(fact(name, FYP, "令和５年度決算", "total", "collection_rate", "actual", act[2], "percent", f"{r1(act[2])}％", p))
        facts.append(fact(name, FYP, "令和５年度決算", "total", "outstanding", "actual", fy23_out, "yen", okuman(fy23_out), p))
        facts.append(fact(name, FYP, "令和５年度決算", "total", "delinquents", "actual", dq, dunit, f"{comma(dq)}{dsuf}", p))
        facts.append(fact(name, FY, "令和６年度目標", "total", "collection_rate", "target", tgt[2], "percent", f"{r1(tgt[2])}％", p))
        html.append("<h2>下半期の主な取組</h2>")
        for k, (lab, text, status) in enumerate(sh["items"]):
            tag = f"【{status}】" if status else ""
            if tag and k == 1:   # tag wrapped onto its own line
                html.append(f"<p>{lab}　{text}<br/><span class='tag'>{tag}</span></p>")
            else:
                html.append(f"<p>{lab}　{text}<span class='tag'>{tag}</span></p>")
            inits.append(init(name, FY, "下半期の主な取組", lab, text, status, p))
        html.append("<h2>上半期の振り返り</h2>"
                    f"<p>　上半期は、督促状の発送後に電話催告を行うなど初期段階の滞納整理に重点を置いた。{name}の現年分徴収率は"
                    + ("前年同期を上回った。" if r["rc"] >= r["pc"] else "前年同期を下回っており、下半期の取組を強化する。") + "</p>")
        pages_html.append("<h2>５　債権ごとの取組</h2>" + "".join(html))
        p += 1

    # ---------------- render
    arch = fitz.Archive()
    arch.add("/usr/share/fonts/opentype/ipaexfont-gothic")
    arch.add("/usr/share/fonts/opentype/ipaexfont-mincho")
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = OUT / f"{STEM}.raw.pdf"
    w = fitz.DocumentWriter(str(tmp))
    mb = fitz.paper_rect("a4-l")
    n = len(pages_html)
    for i, body in enumerate(pages_html, 1):
        dev = w.begin_page(mb)
        for html, rect in ((f"<p class='hdr'>さくら市　債権回収・整理計画（中間報告）</p>", fitz.Rect(40, 12, mb.width - 40, 40)),
                           (body, fitz.Rect(48, 42, mb.width - 48, mb.height - 40)),
                           (f"<p class='ftr'>- {i} -</p>", fitz.Rect(40, mb.height - 36, mb.width - 40, mb.height - 8))):
            st = fitz.Story(html, user_css=CSS, archive=arch)
            more, _ = st.place(rect)
            if more:
                raise SystemExit(f"page {i}: content overflows {rect}")
            st.draw(dev)
        w.end_page()
    w.close()
    doc = fitz.open(tmp)
    doc.set_metadata({"title": "令和６年度 債権回収・整理計画（中間報告）", "author": "さくら市総務部収納課"})
    doc.subset_fonts()
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    doc.save(PDF_DIR / f"{STEM}.pdf", garbage=4, deflate=True)
    doc.close()

    document = {"kind": "progress_report", "municipality": CITY, "title": "令和６年度　債権回収・整理計画（中間報告）",
                "date": "2024-12-01", "date_raw": "令和６年12月"}
    write_gold(STEM, document, facts, inits)
    return check(STEM)


if __name__ == "__main__":
    build()
