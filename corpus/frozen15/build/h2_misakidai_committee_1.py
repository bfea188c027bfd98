"""庁議資料 債権管理対策の進捗状況について（報告） (みさき台市) -- PyMuPDF Story."""
import os
import sys

import fitz

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h2_common import OUT, PDF, comma, fact, init, page_texts, rate, write_gold, check, nows  # noqa

STEM = "h2_misakidai_committee_1"
CITY = "みさき台市"
TITLE = "債権管理対策の進捗状況について（報告）"
FONTDIR = "/usr/share/fonts/opentype"

DEBTS = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料"]
# (assessed, collected) in 千円: [segment][period][debt]
DATA = {
    "current": {
        "now": [(14_862_310, 12_905_774), (2_418_905, 1_861_502), (2_105_663, 1_893_411), (1_002_847, 901_560)],
        "prev": [(14_590_128, 12_640_907), (2_503_116, 1_912_744), (2_087_940, 1_869_201), (968_225, 868_114)],
    },
    "arrears": {
        "now": [(612_048, 168_330), (702_515, 139_876), (61_207, 12_844), (12_006, 4_109)],
        "prev": [(655_931, 166_020), (745_881, 135_502), (63_558, 12_001), (11_470, 3_702)],
    },
}
SEGNAME = {"current": "現年課税分", "arrears": "滞納繰越分"}
NOW = ("令和５年度", "（令和6年2月29日現在）", 2023, "2024-02-29")
PREV = ("前年同期", "（令和5年2月28日現在）", 2022, "2023-02-28")

ITEMS = [
    ("ア", "市税と国民健康保険税の滞納者に対し、税目を横断した一斉催告を11月に実施した。", "継続"),
    ("イ", "預貯金調査の電子化（オンライン照会）を開始し、財産調査に要する期間を短縮した。", "新規"),
    ("ウ", "介護保険料の普通徴収者に対し、口座振替勧奨の通知を送付した。", "拡充"),
    ("エ", "後期高齢者医療保険料は、納期限後２０日以内の電話催告を徹底した。", "継続"),
]

CSS = """
@font-face {font-family: m; src: url(ipaexfont-mincho/ipaexm.ttf);}
@font-face {font-family: g; src: url(ipaexfont-gothic/ipaexg.ttf);}
body {font-family: m; font-size: 10.5pt; line-height: 1.45;}
h1 {font-family: g; font-size: 14pt; text-align: center; margin-top: 6pt; margin-bottom: 10pt;}
h2 {font-family: g; font-size: 11pt; margin-top: 10pt; margin-bottom: 4pt;}
p {margin-top: 2pt; margin-bottom: 2pt;}
td, th {font-size: 9.5pt; padding: 3pt 4pt;}
.num {text-align: right;}
.unit {text-align: right; font-size: 9pt;}
.hdr {font-family: g;}
"""


def seg_table(seg):
    rows = []
    rows.append('<table style="width:100%; border-collapse: collapse;" border="0" cellspacing="0">')
    rows.append('<tr><td class="hdr" colspan="2" style="border-top: 1px solid black; border-bottom: 1px solid black;">区　分</td>'
                + "".join(f'<td class="hdr" style="text-align:center; border-top: 1px solid black; border-bottom: 1px solid black;">{d}</td>' for d in DEBTS)
                + "</tr>")
    for key, (lab, sub, fy, asof) in (("now", NOW), ("prev", PREV)):
        vals = DATA[seg][key]
        lines = [("調定額", [comma(a) for a, c in vals]),
                 ("収入済額", [comma(c) for a, c in vals]),
                 ("収納率", [f"{rate(c, a):.2f}" for a, c in vals])]
        for i, (name, cells) in enumerate(lines):
            last = i == 2
            bb = "border-bottom: 1px solid black;" if last else ""
            tr = "<tr>"
            if i == 0:
                tr += f'<td rowspan="3" style="border-bottom: 1px solid black;">{lab}<br>{sub}</td>'
            tr += f'<td style="{bb}">{name}</td>' + "".join(f'<td class="num" style="{bb}">{v}</td>' for v in cells)
            rows.append(tr + "</tr>")
    diffs = [rate(c, a) - rate(pc, pa) for (a, c), (pa, pc) in zip(DATA[seg]["now"], DATA[seg]["prev"])]
    rows.append('<tr><td colspan="2" style="border-bottom: 1px solid black;">収納率の増減（ポイント）</td>'
                + "".join(f'<td class="num" style="border-bottom: 1px solid black;">{"△" if d < 0 else ""}{abs(d):.2f}</td>' for d in diffs)
                + "</tr>")
    rows.append("</table>")
    return "\n".join(rows)


def html():
    h = []
    h.append('<table style="width:100%"><tr><td style="width:70%"></td>'
             '<td style="border: 1px solid black; text-align:center;" class="hdr">庁議資料　報告</td></tr></table>')
    h.append('<p style="text-align:right">令和６年３月15日<br>財政部　債権管理課</p>')
    h.append(f"<h1>{TITLE}</h1>")
    h.append("<h2>１　目的</h2>")
    h.append("<p>　市の主要な債権について、今年度２月末時点の収納状況と、これまでの取組の実施状況を報告し、"
             "出納閉鎖に向けた全庁的な収納対策の徹底を図るもの。</p>")
    h.append("<h2>２　収納状況（２月末時点）</h2>")
    h.append("<p>　各債権の２月末時点の調定額、収入済額及び収納率を前年同期と比較すると次のとおりである。</p>")
    for n, seg in enumerate(("current", "arrears"), 1):
        h.append(f'<p class="hdr">（{n}）{SEGNAME[seg]}</p>')
        h.append('<p class="unit">単位：千円、％</p>')
        h.append(seg_table(seg))
    h.append("<h2>３　主な取組の実施状況</h2>")
    items = "".join(f"<p>{lab}　{t}{f'【{st}】'}</p>" for lab, t, st in ITEMS)
    h.append(f'<table style="width:100%; border-collapse: collapse;"><tr><td style="border: 1px solid black; padding: 6pt;">{items}</td></tr></table>')
    h.append("<h2>４　今後の予定</h2>")
    h.append("<p>　出納整理期間（４月・５月）は、現年課税分の未納者への催告を重点的に行う。結果は令和６年度第１回債権管理対策会議"
             "（５月下旬予定）において決算見込みとともに報告する。</p>")
    h.append(f'<table style="width:100%; border-collapse: collapse; margin-top: 8pt;"><tr><td style="border: 1px solid black; padding: 6pt;">{REF}</td></tr></table>')
    return "\n".join(h)


REF_ITEMS = [
    ("令和4年度決算　収入未済額（全会計）", "約9億8,700万円", 987_000_000),
    ("令和4年度決算　市税収納率（現年・滞繰計）", "97.26％", 97.26),
]
REF = "<p class='hdr'>【参考】</p>" + "".join(f"<p>・{k}：{v}</p>" for k, v, _ in REF_ITEMS)


def build():
    arch = fitz.Archive(FONTDIR)
    story = fitz.Story(html(), user_css=CSS, archive=arch)
    path = os.path.join(PDF, STEM + ".pdf")
    writer = fitz.DocumentWriter(path)
    mediabox = fitz.paper_rect("a4")
    where = mediabox + (62, 70, -62, -70)
    more = True
    while more:
        dev = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    doc = fitz.open(path)
    n = doc.page_count
    for i, page in enumerate(doc):
        page.insert_font(fontname="g", fontfile=FONTDIR + "/ipaexfont-gothic/ipaexg.ttf")
        page.insert_text((62, 45), "みさき台市　庁議（令和６年３月）", fontname="g", fontsize=8)
        page.insert_text((290, 810), f"{i + 1} / {n}", fontname="g", fontsize=9)
    doc.subset_fonts()
    tmp = os.path.join(OUT, STEM + ".pdf")
    doc.save(tmp, garbage=4, deflate=True)
    doc.close()
    os.replace(tmp, path)


def gold():
    texts = page_texts(os.path.join(PDF, STEM + ".pdf"))

    def pg(s):
        for i, t in enumerate(texts):
            if nows(s) in t:
                return i + 1
        raise SystemExit("not found " + s)

    F, I = [], []
    for seg in ("current", "arrears"):
        for key, (lab, sub, fy, asof) in (("now", NOW), ("prev", PREV)):
            vals = DATA[seg][key]
            for d, (a, c) in zip(DEBTS, vals):
                r = f"{rate(c, a):.2f}"
                p = pg(comma(a) + "")
                fyr = "令和５年度" if key == "now" else "令和5年2月28日"
                F.append(fact(d, fy, fyr, seg, "assessed", "interim", a * 1000, "yen", comma(a), p, as_of=asof))
                F.append(fact(d, fy, fyr, seg, "collected", "interim", c * 1000, "yen", comma(c), p, as_of=asof))
                F.append(fact(d, fy, fyr, seg, "collection_rate", "interim", float(r), "percent", r, p, as_of=asof))
    p = pg(REF_ITEMS[0][1])
    F.append(fact(None, 2022, "令和4年度", "total", "outstanding", "actual", 987_000_000, "yen", "約9億8,700万円", p,
                  approx=True, debt_raw="全会計"))
    F.append(fact("市税", 2022, "令和4年度", "total", "collection_rate", "actual", 97.26, "percent", "97.26％", p))
    for lab, t, st in ITEMS:
        I.append(init(None, 2023, "主な取組の実施状況", lab, t, st, pg(t)))
    write_gold(STEM, "committee_material", CITY, TITLE, "2024-03-15", "令和６年３月15日", F, I)


if __name__ == "__main__":
    build()
    gold()
    check(STEM)
