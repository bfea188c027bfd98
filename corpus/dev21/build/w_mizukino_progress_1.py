"""みずきの市（架空）令和６年度 債権管理の取組状況（中間報告） — PyMuPDF Story (HTML), A4 portrait.

Layout after a real 収入未済額の縮減に向けた取組 page (years as columns R3 | R4 | R5, metric rows, figures in
百万円 given only in a unit note), followed by per-debt sections: a heading with the debt in parentheses,
a 【収納率】 bracketed heading over segment-only bullets, side-by-side 決算 | 目標 headings, a label/value
box (債権名 | 所管課), a table without any rules, and 取組 lists in a box, under a plain title and as ・ bullets.
"""
from __future__ import annotations

import sys
from pathlib import Path

import fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from w_common import PDF, comma, fact, locate, page_texts, write_gold, zen, check  # noqa: E402

STEM = "w_mizukino_progress_1"
CITY = "みずきの市"
TITLE = "令和６年度　債権管理の取組状況（中間報告）"
DATE, DATE_RAW = "2025-03-14", "令和７年３月１４日"
AS_OF, AS_OF_PREV = "2025-02-28", "2024-02-29"

# 全債権 (百万円): year -> (調定, 収入済, 不納欠損)
ALL = {2021: ("R3", 31_862, 29_604, 214), 2022: ("R4", 32_415, 30_311, 186), 2023: ("R5", 32_977, 30_958, 176)}

CSS = """
* {font-family: sans-serif; font-size: 10pt; line-height: 1.45;}
h1 {font-size: 15pt; text-align: center; margin-bottom: 2pt;}
h2 {font-size: 12pt; margin-top: 12pt; margin-bottom: 4pt; border-bottom: 1px solid black;}
h3 {font-size: 10.5pt; margin-top: 8pt; margin-bottom: 2pt;}
p {margin-top: 2pt; margin-bottom: 2pt;}
.r {text-align: right;}
.c {text-align: center;}
.note {font-size: 8.5pt;}
table {border-collapse: collapse;}
table.h td, table.h th {border-top: 1px solid black; border-bottom: 1px solid black; padding: 2pt 8pt;}
table.g td, table.g th {border: 1px solid black; padding: 2pt 6pt;}
table.n td {padding: 1pt 10pt;}
td.num {text-align: right;}
.box {border: 1px solid black; padding: 4pt 8pt; margin: 4pt 0;}
"""


def r2(c, a, nd=1):
    return round(c / a * 100 + 1e-9, nd)


def build():
    f = lambda v, nd=1: f"{v:.{nd}f}"  # noqa: E731
    # ---- section 2: all debts, years as columns
    rows = {"調定額": [], "収入済額": [], "不納欠損額": [], "収入未済額": [], "収納率": []}
    for fy, (lab, a, c, w) in ALL.items():
        rows["調定額"].append(comma(a))
        rows["収入済額"].append(comma(c))
        rows["不納欠損額"].append(comma(w))
        rows["収入未済額"].append(comma(a - c - w))
        rows["収納率"].append(f(r2(c, a)))
    out5 = ALL[2023][1] - ALL[2023][2] - ALL[2023][3]
    out5_txt = f"約{out5 / 100:.1f}億円"
    out3 = ALL[2021][1] - ALL[2021][2] - ALL[2021][3]
    out3_txt = f"約{out3 / 100:.1f}億円"
    # ---- 市税 interim and 決算/目標
    tax_int = {"現年分": ("current", 88.4, 88.0), "滞繰分": ("arrears", 24.6, 22.9)}
    tax_side = {"現年分": ("current", "98.92", "99.00"), "滞繰分": ("arrears", "30.48", "32.00")}
    # ---- 国保税 interim (千円)
    kk_now = (4_812_306, 3_562_118)
    kk_prev = (4_905_774, 3_599_201)
    kk_rate_now, kk_rate_prev = r2(kk_now[1], kk_now[0], 2), r2(kk_prev[1], kk_prev[0], 2)
    # ---- 介護保険料 table without rules (円 → 千円 columns)
    kg = {"現年分": ("current", 2_684_912, 2_602_337, 2_655_430, 2_571_288),
          "滞繰分": ("arrears", 98_421, 21_307, 101_876, 20_145)}

    tax_items = [("(1)", "納期限後２０日以内に督促状を発送し、未納のまま１か月を経過した者へ電話催告を行った。", "継続"),
                 ("(2)", "預貯金・給与の財産調査を毎月実施し、差押えを２８６件執行した。", "継続"),
                 ("(3)", "スマートフォン決済アプリによる納付を令和６年１０月から開始した。", "新規")]
    kk_items = [("ア", "口座振替の原則化に向け、加入手続時の口座登録を勧奨した。", "拡充"),
                ("イ", "短期被保険者証の更新時に納付相談を行い、分納誓約を結んだ。", "継続"),
                ("ウ", "滞納世帯のうち所得未申告の世帯へ申告勧奨を行った。", "継続")]
    kg_items = [("①", "特別徴収へ切り替わるまでの普通徴収期間に、口座振替の勧奨通知を送付した。", "継続"),
                ("②", "１年以上の滞納者へ給付制限の予告通知を送付した。", "新規")]
    next_items = [("・", "高額滞納案件を収納対策課へ移管し、一元的な滞納整理を進める。", "拡充"),
                  ("・", "債権管理条例に基づく債権放棄の判断基準を見直し、徴収困難な私債権の整理を図る。", "新規"),
                  ("・", "各課担当者向けの滞納整理研修を年２回実施する。", "継続")]

    def items_html(items, wrap_ix=()):
        out = []
        for i, (lab, text, tag) in enumerate(items):
            br = "<br/>" if i in wrap_ix else ""
            out.append(f"<p>{lab}　{text}{br}【{tag}】</p>")
        return "".join(out)

    yrs = "".join(f"<th>{v[0]}</th>" for v in ALL.values())
    body = "".join(f"<tr><td>{k}</td>" + "".join(f'<td class="num">{x}</td>' for x in v) + "</tr>"
                   for k, v in rows.items())
    html = f"""
<p class="r">{DATE_RAW}<br/>{CITY}総務部収納対策課</p>
<h1>{TITLE}</h1>
<h2>１　趣旨</h2>
<p>　本報告は、{CITY}債権管理計画に基づき、令和６年度の各債権の取組状況を中間的に取りまとめたものである。
数値は令和７年２月末時点の速報値を含み、確定値とは異なる場合がある。</p>
<h2>２　全債権の状況</h2>
<p>　全債権の収入未済額は、令和３年度の{out3_txt}から、令和５年度末には{out5_txt}まで縮減した。</p>
<table class="h"><tr><th>年度</th>{yrs}</tr>{body}</table>
<p class="note">単位：百万円（収納率は％）。一般会計・特別会計・企業会計の合計。</p>
<h2>３　債権ごとの取組状況</h2>
<h3>(1) 債権ごとの取組（市税）</h3>
<p>【収納率】令和７年２月末時点</p>
""" + "".join(f"<p>　{k}　{zen(f(v[1]))}％（前年同月　{zen(f(v[2]))}％）</p>" for k, v in tax_int.items()) + """
<table class="g"><tr><th></th><th>令和５年度決算</th><th>令和６年度目標</th></tr>
""" + "".join(f'<tr><td>{k}</td><td class="num">{v[1]}％</td><td class="num">{v[2]}％</td></tr>'
              for k, v in tax_side.items()) + f"""</table>
<div class="box"><p>主な取組</p>{items_html(tax_items, wrap_ix=(1,))}</div>
<h3>(2) 債権ごとの取組（国民健康保険税）</h3>
<table class="g"><tr><td>債権名</td><td>国民健康保険税</td><td>所管課</td><td>保険年金課</td></tr></table>
<p class="note">現年課税分（単位：千円）</p>
<table class="g"><tr><th>区分</th><th>令和７年２月末</th><th>前年同月（令和６年２月29日）</th><th>増減</th></tr>
<tr><td>調定額</td><td class="num">{comma(kk_now[0])}</td><td class="num">{comma(kk_prev[0])}</td><td class="num">△{comma(kk_prev[0] - kk_now[0])}</td></tr>
<tr><td>収入済額</td><td class="num">{comma(kk_now[1])}</td><td class="num">{comma(kk_prev[1])}</td><td class="num">△{comma(kk_prev[1] - kk_now[1])}</td></tr>
<tr><td>収納率</td><td class="num">{kk_rate_now:.2f}</td><td class="num">{kk_rate_prev:.2f}</td><td class="num">{kk_rate_now - kk_rate_prev:+.2f}</td></tr>
</table>
<p>主な取組</p>{items_html(kk_items)}
<h3>(3) 債権ごとの取組（介護保険料）</h3>
<p>介護保険料の収納状況（単位：千円）</p>
<table class="n"><tr><td></td><td class="c">調定額<br/>R7.2月末</td><td class="c">収入済額<br/>R7.2月末</td><td class="c">調定額<br/>R6.2月末</td><td class="c">収入済額<br/>R6.2月末</td></tr>
""" + "".join(f'<tr><td>{k}</td><td class="num">{comma(v[1])}</td><td class="num">{comma(v[2])}</td>'
              f'<td class="num">{comma(v[3])}</td><td class="num">{comma(v[4])}</td></tr>' for k, v in kg.items()) + f"""
</table>
<p>主な取組</p>{items_html(kg_items, wrap_ix=(0,))}
<h2>４　今後の取組</h2>
{items_html(next_items, wrap_ix=(2,))}
<p class="r">以上</p>
"""
    story = fitz.Story(html=html, user_css=CSS)
    pdf_path = PDF / f"{STEM}.pdf"
    pdf_path.parent.mkdir(parents=True, exist_ok=True)
    mediabox = fitz.paper_rect("a4")
    where = mediabox + (56, 62, -56, -62)
    tmp = PDF / f".{STEM}.tmp.pdf"
    writer = fitz.DocumentWriter(str(tmp))
    more = 1
    while more:
        dev = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    doc = fitz.open(tmp)
    for i, page in enumerate(doc, 1):
        page.insert_text((mediabox.width - 56 - 150, 40), f"{CITY}　債権管理の取組状況", fontname="japan", fontsize=8)
        page.insert_text((mediabox.width / 2 - 12, mediabox.height - 30), f"－{i}－", fontname="japan", fontsize=9)
    doc.subset_fonts()
    doc.save(pdf_path, garbage=4, deflate=True)
    doc.close()
    tmp.unlink()

    texts = page_texts(pdf_path)
    facts, inits = [], []
    p = locate(texts, out3_txt, out5_txt)
    facts.append(fact(None, 2021, "令和３年度", "total", "outstanding", "actual", round(out3 / 10) * 10_000_000, "yen", out3_txt, p,
                      approx=True))
    facts.append(fact(None, 2023, "令和５年度末", "total", "outstanding", "actual", round(out5 / 10) * 10_000_000, "yen", out5_txt, p,
                      approx=True))
    p = locate(texts, "単位：百万円")
    metric = {"調定額": "assessed", "収入済額": "collected", "不納欠損額": "written_off", "収入未済額": "outstanding"}
    for idx, (fy, (lab, a, c, w)) in enumerate(ALL.items()):
        vals = {"調定額": a, "収入済額": c, "不納欠損額": w, "収入未済額": a - c - w}
        for k, m in metric.items():
            facts.append(fact(None, fy, lab, "total", m, "actual", vals[k] * 1_000_000, "yen", comma(vals[k]), p))
        facts.append(fact(None, fy, lab, "total", "collection_rate", "actual", r2(c, a), "percent", f(r2(c, a)), p))
    p = locate(texts, "（市税）", "【収納率】")
    for k, (seg, now, prev) in tax_int.items():
        facts.append(fact("市税", 2024, "令和７年２月末時点", seg, "collection_rate", "interim", now, "percent",
                          f"{zen(f(now))}％", p, as_of=AS_OF))
        facts.append(fact("市税", 2023, "前年同月", seg, "collection_rate", "interim", prev, "percent",
                          f"{zen(f(prev))}％", p, as_of=AS_OF_PREV))
    p = locate(texts, "令和５年度決算", "令和６年度目標")
    for k, (seg, act, tgt) in tax_side.items():
        facts.append(fact("市税", 2023, "令和５年度決算", seg, "collection_rate", "actual", float(act), "percent", f"{act}％", p))
        facts.append(fact("市税", 2024, "令和６年度目標", seg, "collection_rate", "target", float(tgt), "percent", f"{tgt}％", p))
    d = "国民健康保険税"
    kfacts = [fact(d, 2024, "令和７年２月末", "current", "assessed", "interim", kk_now[0] * 1000, "yen", comma(kk_now[0]), p, as_of=AS_OF),
              fact(d, 2024, "令和７年２月末", "current", "collected", "interim", kk_now[1] * 1000, "yen", comma(kk_now[1]), p, as_of=AS_OF),
              fact(d, 2024, "令和７年２月末", "current", "collection_rate", "interim", kk_rate_now, "percent", f"{kk_rate_now:.2f}", p, as_of=AS_OF),
              fact(d, 2023, "前年同月（令和６年２月29日）", "current", "assessed", "interim", kk_prev[0] * 1000, "yen", comma(kk_prev[0]), p, as_of=AS_OF_PREV),
              fact(d, 2023, "前年同月（令和６年２月29日）", "current", "collected", "interim", kk_prev[1] * 1000, "yen", comma(kk_prev[1]), p, as_of=AS_OF_PREV),
              fact(d, 2023, "前年同月（令和６年２月29日）", "current", "collection_rate", "interim", kk_rate_prev, "percent", f"{kk_rate_prev:.2f}", p, as_of=AS_OF_PREV)]
    for kf in kfacts:  # the table may be cut by the page break: each row on its own page
        kf["page"] = locate(texts, "（国民健康保険税）") if kf["raw"] in texts[locate(texts, "（国民健康保険税）") - 1] \
            else locate(texts, kf["raw"])
    facts += kfacts
    d = "介護保険料"
    for k, (seg, a7, c7, a6, c6) in kg.items():
        p = locate(texts, comma(a7), comma(c7))
        facts += [fact(d, 2024, "R7.2月末", seg, "assessed", "interim", a7 * 1000, "yen", comma(a7), p, as_of=AS_OF),
                  fact(d, 2024, "R7.2月末", seg, "collected", "interim", c7 * 1000, "yen", comma(c7), p, as_of=AS_OF),
                  fact(d, 2023, "R6.2月末", seg, "assessed", "interim", a6 * 1000, "yen", comma(a6), p, as_of=AS_OF_PREV),
                  fact(d, 2023, "R6.2月末", seg, "collected", "interim", c6 * 1000, "yen", comma(c6), p, as_of=AS_OF_PREV)]
    for debt, items in (("市税", tax_items), ("国民健康保険税", kk_items), ("介護保険料", kg_items)):
        for lab, text, tag in items:
            inits.append({"debt": debt, "fiscal_year": 2024, "section": f"債権ごとの取組（{debt}）", "label": lab,
                          "text": text, "status": tag, "page": locate(texts, text)})
    for lab, text, tag in next_items:
        inits.append({"debt": None, "fiscal_year": 2025, "section": "今後の取組", "label": lab, "text": text,
                      "status": tag, "page": locate(texts, text)})
    write_gold(STEM, "progress_report", CITY, TITLE.replace("　", " "), DATE, DATE_RAW, facts, inits)
    return check(STEM)


if __name__ == "__main__":
    build()
