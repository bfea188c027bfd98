"""令和5年度第2回津市債権管理推進会議 資料 (committee_material) — PyMuPDF Story."""
from __future__ import annotations

import pymupdf

from k_common import PDF, Facts, comma, fmt_rate, rate, write_gold

STEM = "k_tsu_committee_3"
F = Facts()
AS_NOW, AS_PREV = "2024-02-29", "2023-02-28"

# 令和6年2月29日現在 (千円): debt -> current (assessed, collected), arrears (assessed, collected), prev-year rates (cur, arr)
ST = {
    "市税": ((38105220, 36812944), (1520338, 402117), (96.51, 25.87)),
    "国民健康保険料": ((7206415, 6205330), (1388902, 268441), (85.80, 18.02)),
    "介護保険料": ((6120874, 5901233), (142208, 20915), (96.21, 14.35)),
    "後期高齢者医療保険料": ((2480311, 2441870), (21045, 7730), (98.30, 35.12)),
    "保育所入所負担金": ((612408, 569211), (40311, 6128), (92.66, 13.94)),
}
TOT_PREV = (95.01, 22.73)

# 収入未済額 (百万円): debt -> (令和4年度決算, 令和5年度見込み)
OUT = {
    "市税": (3412, 3198),
    "国民健康保険料": (1706, 1652),
    "介護保険料": (268, 255),
    "後期高齢者医療保険料": (38, 35),
    "保育所入所負担金": (97, 91),
    "市営住宅使用料": (612, 590),
    "住宅新築資金等貸付金": (541, 522),
    "下水道受益者負担金": (138, 129),
}
OUT_T = tuple(sum(v[i] for v in OUT.values()) for i in range(2))

CSS = """
@font-face {font-family: mincho; src: url(ipaexm.ttf);}
@font-face {font-family: gothic; src: url(ipaexg.ttf);}
* {font-family: mincho; font-size: 10pt; line-height: 1.45;}
h1 {font-family: gothic; font-size: 15pt; text-align: center; margin: 4pt 0 2pt 0;}
h2 {font-family: gothic; font-size: 12pt; margin: 10pt 0 4pt 0;}
h3 {font-family: gothic; font-size: 10.5pt; margin: 8pt 0 3pt 0;}
p {margin: 0 0 3pt 0;}
.r {text-align: right;}
.c {text-align: center;}
.small {font-size: 8.5pt;}
.hdr {font-family: gothic; font-size: 9pt; text-align: right;}
table.free {width: 100%;}
table.free td, table.free th {padding: 2pt 3pt; font-size: 8.5pt;}
.nw {white-space: nowrap;}
table.free th {font-family: gothic; font-weight: normal;}
table.grid {border-collapse: collapse;}
table.grid td, table.grid th {border: 0.8pt solid black; padding: 2pt 5pt; font-size: 9.5pt;}
table.grid th {font-family: gothic; font-weight: normal; background-color: #e8e8e8;}
table.box {border-collapse: collapse; width: 100%;}
table.box td {border: 1.2pt solid black; padding: 6pt 8pt;}
"""


def page_html(body: str) -> str:
    return f"<html><body>{body}</body></html>"


def p1() -> str:
    pg = 1
    debts = list(ST)
    rows_h = "".join(f"<th class='c'>{d}</th>" for d in debts) + "<th class='c'>合計</th>"
    sums = {}
    body = [
        "<p class='hdr'>資料１</p>",
        "<h1>市債権の収納状況について</h1>",
        "<p class='c'>（令和6年2月29日現在）</p>",
        "<p class='r'>令和6年3月19日　財務部収税課</p>",
        "<h2>１　主な債権の収納状況</h2>",
        "<p class='r small'>（単位：千円、％）</p>",
        "<table class='free'>",
        f"<tr><th style='width:9%'></th><th style='width:13%'></th>{rows_h}</tr>",
    ]
    for seg, idx, seglab in (("current", 0, "現年分"), ("arrears", 1, "滞納繰越分")):
        tot_a = sum(ST[d][idx][0] for d in debts)
        tot_c = sum(ST[d][idx][1] for d in debts)
        tr = rate(tot_c, tot_a)
        sums[seg] = tr
        lines = [("調定額", "assessed"), ("収入済額", "collected"), ("収納率", "collection_rate"), ("前年同期収納率", "prev")]
        for k, (lab, metric) in enumerate(lines):
            cells = []
            for d in debts + ["合計"]:
                if d == "合計":
                    a, c = tot_a, tot_c
                    prev = TOT_PREV[idx]
                    deb, draw = None, "合計"
                else:
                    a, c = ST[d][idx]
                    prev = ST[d][2][idx]
                    deb, draw = d, d
                if metric == "assessed":
                    raw = comma(a)
                    F.add(debt=deb, debt_raw=draw, fy=2023, fy_raw="令和6年2月29日", seg=seg, metric="assessed",
                          basis="interim", as_of=AS_NOW, value=a * 1000, unit="yen", raw=raw, page=pg)
                elif metric == "collected":
                    raw = comma(c)
                    F.add(debt=deb, debt_raw=draw, fy=2023, fy_raw="令和6年2月29日", seg=seg, metric="collected",
                          basis="interim", as_of=AS_NOW, value=c * 1000, unit="yen", raw=raw, page=pg)
                elif metric == "collection_rate":
                    v = rate(c, a)
                    raw = fmt_rate(v)
                    F.add(debt=deb, debt_raw=draw, fy=2023, fy_raw="令和6年2月29日", seg=seg, metric="collection_rate",
                          basis="interim", as_of=AS_NOW, value=v, unit="percent", raw=raw, page=pg)
                else:
                    raw = fmt_rate(prev)
                    F.add(debt=deb, debt_raw=draw, fy=2022, fy_raw="前年同期", seg=seg, metric="collection_rate",
                          basis="interim", as_of=AS_PREV, value=prev, unit="percent", raw=raw, page=pg)
                cells.append(f"<td class='r'>{raw}</td>")
            head = f"<th class='nw'>{seglab}</th>" if k == 0 else "<td></td>"
            body.append(f"<tr>{head}<td class='nw'>{lab}</td>{''.join(cells)}</tr>")
        body.append("<tr><td>&nbsp;</td></tr>")
    body.append("</table>")
    body.append("<p class='small'>※ 前年同期収納率は、令和5年2月28日現在の収納率</p>")
    cur, prevc = sums["current"], TOT_PREV[0]
    arr, preva = sums["arrears"], TOT_PREV[1]
    pt = round(cur - prevc, 2)
    body.append("<h2>２　収納状況の概要</h2>")
    t1 = (f"２月末時点の現年分収納率は、主な５債権の合計で{fmt_rate(cur)}％となり、前年同期の{fmt_rate(prevc)}％を"
          f"{pt:.2f}ポイント上回っています。")
    t2 = (f"滞納繰越分の収納率は{fmt_rate(arr)}％で、前年同期（{fmt_rate(preva)}％）と比べて"
          f"{'上昇' if arr > preva else '低下'}しました。")
    body.append(f"<p>　{t1}</p><p>　{t2}</p>")
    for v, ao, fy, fyr, seg in ((cur, AS_NOW, 2023, "２月末時点", "current"), (prevc, AS_PREV, 2022, "前年同期", "current"),
                                (arr, AS_NOW, 2023, "２月末時点", "arrears"), (preva, AS_PREV, 2022, "前年同期", "arrears")):
        F.add(debt=None, debt_raw="主な５債権の合計", fy=fy, fy_raw=fyr, seg=seg, metric="collection_rate", basis="interim",
              as_of=ao, value=v, unit="percent", raw=f"{fmt_rate(v)}％", page=pg)
    body.append("<p>　国民健康保険料は、資格喪失者への早期催告により現年分の収納率が改善しています。</p>")
    return page_html("".join(body))


def out_rows(items, pg):
    h = []
    for d, (a, b) in items:
        deb = None if d == "合計" else d
        h.append(f"<tr><td>{d}</td><td class='r'>{comma(a)}</td><td class='r'>{comma(b)}</td>"
                 f"<td class='r'>{comma(b - a)}</td></tr>")
        F.add(debt=deb, debt_raw=d, fy=2022, fy_raw="令和4年度決算", seg="total", metric="outstanding", basis="actual",
              value=a * 1_000_000, unit="yen", raw=comma(a), page=pg)
        F.add(debt=deb, debt_raw=d, fy=2023, fy_raw="令和5年度見込み", seg="total", metric="outstanding", basis="estimate",
              value=b * 1_000_000, unit="yen", raw=comma(b), page=pg)
    return "".join(h)


HEAD = ("<tr><th rowspan='2' style='width:150pt'>債権名</th><th style='width:90pt'>令和4年度決算</th><th style='width:90pt'>令和5年度見込み</th><th rowspan='2'>増減</th></tr>"
        "<tr><th>（A）</th><th>（B）</th></tr>")


def p2() -> str:
    pg = 2
    approx_v = round(OUT_T[0] / 100) * 100  # 百万円 -> 約68億円
    raw = f"約{approx_v // 100}億円"
    F.add(debt=None, debt_raw=None, fy=2022, fy_raw="令和4年度決算", seg="total", metric="outstanding", basis="actual",
          value=approx_v * 1_000_000, unit="yen", raw=raw, page=pg, approx=True)
    m = [
        "<p class='hdr'>資料２</p>",
        "<h1>収入未済額の推移と見込み</h1>",
        f"<p>　令和4年度決算における主な債権の未収金は{raw}であり、特別滞納整理推進室への移管や財産調査の徹底により、"
        "令和5年度末には更に縮減する見込みです。</p>",
        "<table class='box'><tr><td>",
        "<p style='font-family:gothic'>【参考】特別滞納整理推進室の実績（令和4年度）</p>",
        "<p>・移管件数：412件</p>",
        "<p>・市税滞納繰越分の収納率：28.41％</p>",
        "<p>・国民健康保険料滞納繰越分の収納率：19.07％</p>",
        "</td></tr></table>",
        "<h2>表　債権別収入未済額（単位：百万円）</h2>",
        f"<table class='grid'>{HEAD}",
    ]
    F.add(debt="市税", fy=2022, fy_raw="令和4年度", seg="arrears", metric="collection_rate", basis="actual",
          value=28.41, unit="percent", raw="28.41％", page=pg)
    F.add(debt="国民健康保険料", fy=2022, fy_raw="令和4年度", seg="arrears", metric="collection_rate", basis="actual",
          value=19.07, unit="percent", raw="19.07％", page=pg)
    items = list(OUT.items())
    m.append(out_rows(items[:5], pg))
    m.append("</table><p class='small'>（次頁に続く）</p>")
    return page_html("".join(m))


def p3() -> str:
    pg = 3
    items = list(OUT.items())
    m = [
        "<h2>表　債権別収入未済額（単位：百万円）（続き）</h2>",
        f"<table class='grid'>{HEAD}",
        out_rows(items[5:] + [("合計", OUT_T)], pg),
        "</table>",
        "<p class='small'>※ 増減は（B）－（A）。△は減少。令和5年度見込みは、令和6年2月末までの収納実績から推計した額</p>",
        "<p class='hdr' style='margin-top:14pt'>資料３</p>",
        "<h1>令和6年度の取組方針（案）</h1>",
        "<p>　令和6年度は、次の取組を重点として全庁で債権管理を進めます。</p>",
        "<table class='box'><tr><td>",
    ]
    items3 = [
        ("ア", "各所管課で徴収が困難となった強制徴収債権は、特別滞納整理推進室へ早期に移管する。", "継続", False),
        ("イ", "下水道受益者負担金・分担金についても、移管対象債権として滞納処分を進める。", "拡充", True),
        ("ウ", "私債権の所管課に対し、支払督促等の法的手続の手順書を作成して提供する。", "新規", False),
        ("エ", "少額で回収見込みのない債権は、債権放棄の基準に沿って整理し、未収金の適正化を図る。", "継続", True),
    ]
    for lab, text, st, wrap in items3:
        br = "<br/>" if wrap else ""
        m.append(f"<p>{lab}　{text}{br}【{st}】</p>")
        F.init(debt=None, fy=2024, section="令和6年度の取組方針（案）", label=lab, text=text, status=st, page=pg)
    m.append("</td></tr></table>")
    return page_html("".join(m))


def build():
    arch = pymupdf.Archive()
    arch.add("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf", "ipaexm.ttf")
    arch.add("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf", "ipaexg.ttf")
    rect = pymupdf.paper_rect("a4")
    where = rect + (56, 60, -56, -56)
    writer_path = PDF / f"{STEM}.pdf"
    tmp = writer_path.with_suffix(".tmp.pdf")
    writer = pymupdf.DocumentWriter(str(tmp))
    for html in (p1(), p2(), p3()):
        story = pymupdf.Story(html=html, user_css=CSS, archive=arch)
        dev = writer.begin_page(rect)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
        if more:
            raise SystemExit("page overflow")
    writer.close()
    doc = pymupdf.open(tmp)
    for i, page in enumerate(doc):
        page.insert_text((56, 40), "令和5年度第2回津市債権管理推進会議", fontsize=8, fontname="gt",
                         fontfile="/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")
        page.insert_text((rect.width / 2 - 10, rect.height - 30), f"- {i + 1} -", fontsize=9, fontname="gt",
                         fontfile="/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")
    doc.subset_fonts()
    doc.save(writer_path, garbage=4, deflate=True)
    doc.close()
    tmp.unlink()


if __name__ == "__main__":
    build()
    write_gold(STEM, {"kind": "committee_material", "municipality": "津市",
                      "title": "令和5年度第2回津市債権管理推進会議 資料",
                      "date": "2024-03-19", "date_raw": "令和6年3月19日"}, F, expect_pages=3)
