"""w_zentsuji_progress_2: progress report modelled on 善通寺市 債権管理課「令和4年度の実績と市税外滞納金回収の取組みの
成果」について (city.zentsuji.kagawa.jp/soshiki/7/r4saiken.html) and the 平成28年度 edition (saiken28-8gatu.html):
A/B/C 目標設定, 集める実績 with (イ)(ロ) 内訳 in 万円, P・D・C・A・T cycle, 回収施策「…作戦」. Figures invented.
PyMuPDF Story (HTML) -> DocumentWriter, one story per page, header/footer drawn afterwards."""
from __future__ import annotations

import random
import sys

import pymupdf

sys.path.insert(0, __import__("os").path.dirname(__file__))
from w_common import OUT, PDF, c, check, fact, init, rnd, write_gold  # noqa: E402

STEM = "w_zentsuji_progress_2"
CITY = "善通寺市"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

DEBTS = [("介護保険料", "高齢者課"), ("後期高齢者医療保険料", "保険課"), ("保育所保育料", "子ども課"),
         ("学校給食費", "学校教育課"), ("市営住宅使用料", "都市計画課"), ("下水道使用料", "下水道課"),
         ("生活保護費返還金", "社会福祉課"), ("奨学資金貸付金", "生涯学習課")]

YEARS = [(2015, "平成27年度"), (2016, "28年度"), (2017, "29年度"), (2018, "30年度"), (2019, "令和元年度"),
         (2020, "2年度"), (2021, "3年度"), (2022, "4年度"), (2023, "5年度"), (2024, "6年度")]


def debt_rows():
    r = random.Random(2024)
    rows = []
    for (n, ka), s in zip(DEBTS, [3200, 1100, 2900, 1800, 6100, 2400, 4800, 1700]):
        prev = s + r.randint(0, 999)                     # 千円
        col = int(prev * r.uniform(0.35, 0.6))
        wo = int(prev * r.uniform(0.02, 0.12))
        new = int(s * r.uniform(0.25, 0.55))
        rows.append(dict(n=n, ka=ka, prev=prev, col=col, wo=wo, new=new, end=prev - col - wo + new))
    return rows


CSS = """
@font-face {font-family: G; src: url(ipaexg.ttf);}
@font-face {font-family: M; src: url(ipaexm.ttf);}
* {font-family: M; font-size: 10pt; line-height: 1.45;}
h1 {font-family: G; font-size: 14pt; text-align: center; margin-bottom: 4pt;}
h2 {font-family: G; font-size: 11.5pt; margin-top: 10pt; margin-bottom: 3pt; border-bottom: 1px solid #444;}
h3 {font-family: G; font-size: 10.5pt; margin-top: 6pt; margin-bottom: 2pt;}
p {margin-top: 2pt; margin-bottom: 2pt;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 1px solid #333; padding: 2pt 3pt; font-size: 8.5pt;}
th {font-family: G; background-color: #e8e8e8; text-align: center;}
td.n {text-align: right;}
.small {font-size: 8.5pt;}
.box {border: 1.2px solid #000; padding: 5pt;}
.meta {font-size: 8.5pt; text-align: right; color: #333;}
"""


def man(n_thousand: int) -> int:
    """千円 -> 万円 rounded"""
    return rnd(n_thousand * 1000, 10000) // 10000


def build():
    rows = debt_rows()
    facts, inits = [], []
    T = {k: sum(d[k] for d in rows) for k in ("prev", "col", "wo", "new", "end")}
    # ---- 10-year trend in 万円; 令和6年度 column from the debt table totals
    r = random.Random(88)
    tr = []
    last = man(T["prev"])
    n = len(YEARS) - 1
    for k, (fy, lab) in enumerate(YEARS[:-1]):
        tot = round(9800 * (last / 9800) ** (k / (n - 1))) if k < n - 1 else last
        new = round(2900 - (2900 - man(T["new"]) * 1.3) * k / (n - 1)) + r.randint(-120, 120)
        tr.append(dict(fy=fy, lab=lab, new=new, arr=tot - new, tot=tot, col=r.randint(900, 2600) - 110 * k))
    new6, end6 = man(T["new"]), man(T["end"])
    tr.append(dict(fy=2024, lab="6年度", new=new6, arr=end6 - new6, tot=end6, col=man(T["col"])))
    wo6 = man(T["wo"])
    # ---- targets for 令和6年度
    A_t = rnd(int(tr[-2]["new"] * 10000 * 0.031), 10000) // 10000
    B_t = man(int(T["col"] * 0.93))
    C_t = tr[-2]["tot"] - B_t + (tr[-2]["new"] - A_t) - tr[-2]["new"] + 0
    C_t = tr[-2]["tot"] - B_t - A_t + tr[-2]["new"] * 0 + 0
    pages = []
    # ================= page 1
    p1 = f"""
<p class="meta">ページID：0051287　更新日：2025年8月29日更新</p>
<h1>「令和６年度の実績と市税外滞納金回収の取組みの成果」について</h1>
<p>　令和６年度の債権管理課の実績を報告します。市税以外の債権（保険料、使用料、貸付金等）について、各所管課と債権管理課が連携して滞納金の回収に取り組んだ結果は次のとおりです。</p>
<h2>1.令和６年度の滞納残高減少実行目標及び実績について</h2>
<h3>(1) 目標設定基準値及び実行目標額</h3>
<p class="small">　A・現年度滞納繰越圧縮目標設定額→［基準値：前年度滞納繰越発生額の3%以上の圧縮額］→ 所管課実行目標 {A_t:,}万円<br/>
　B・過年度滞納債権集める目標設定額→［基準値：前年度末滞納残高の3%以上の集める額］→ 所管課実行目標 {B_t:,}万円<br/>
　C・令和６年度滞納残高減少目標額→{A_t + B_t:,}万円（A＋B）となり、期末滞納残高では{C_t:,}万円の設定となりました。</p>
<h3>(2) 集める実績</h3>
<p class="small">　・滞納残高は{end6:,}万円となりました。［(イ)＋(ロ)］　＜＝＝＝（前年度比{tr[-2]['tot'] - end6:,}万円減）<br/>
　　内訳　(イ) 現年度の滞納繰越発生額　{new6:,}万円<br/>
　　　　　(ロ) 過年度の滞納残高　　　　{end6 - new6:,}万円<br/>
　　　　　（参考　不納欠損額（内数）　{wo6:,}万円）</p>
<p class="small">　（注）債権管理課の集める実績は、平成19年度から所管課別に集計していますが、今回の資料は平成27年度からの10年間の集計としています。</p>
<h3>滞納残高の推移（単位：万円）</h3>
<table><tr><th>区分</th>{''.join(f'<th>{t["lab"]}</th>' for t in tr)}</tr>
<tr><td>現年度滞納繰越発生額</td>{''.join(f'<td class="n">{t["new"]:,}</td>' for t in tr)}</tr>
<tr><td>過年度滞納残高</td>{''.join(f'<td class="n">{t["arr"]:,}</td>' for t in tr)}</tr>
<tr><td>滞納残高（計）</td>{''.join(f'<td class="n">{t["tot"]:,}</td>' for t in tr)}</tr>
<tr><td>過年度分の集めた額</td>{''.join(f'<td class="n">{t["col"]:,}</td>' for t in tr)}</tr>
</table>
<p class="small">※ 各年度末（出納閉鎖後）の数値です。</p>
"""
    pages.append(p1)
    facts += [fact(None, 2024, "令和６年度", "arrears", "collected", "target", B_t * 10000, "yen", f"{B_t:,}万円", 1),
              fact(None, 2024, "令和６年度", "total", "outstanding", "target", C_t * 10000, "yen", f"{C_t:,}万円", 1),
              fact(None, 2024, "令和６年度", "total", "outstanding", "actual", end6 * 10000, "yen", f"{end6:,}万円", 1),
              fact(None, 2024, "令和６年度", "current", "outstanding", "actual", new6 * 10000, "yen", f"{new6:,}万円", 1),
              fact(None, 2024, "令和６年度", "arrears", "outstanding", "actual", (end6 - new6) * 10000, "yen",
                   f"{end6 - new6:,}万円", 1),
              fact(None, 2024, "令和６年度", "total", "written_off", "actual", wo6 * 10000, "yen", f"{wo6:,}万円", 1)]
    for t in tr:
        for key, seg, m in (("new", "current", "outstanding"), ("arr", "arrears", "outstanding"),
                            ("tot", "total", "outstanding"), ("col", "arrears", "collected")):
            facts.append(fact(None, t["fy"], t["lab"], seg, m, "actual", t[key] * 10000, "yen", f"{t[key]:,}", 1))
    # ================= page 2
    trs = "".join(
        f'<tr><td>{d["n"]}</td><td>{d["ka"]}</td><td class="n">{c(d["prev"])}</td><td class="n">{c(d["new"])}</td>'
        f'<td class="n">{c(d["col"])}</td><td class="n">{c(d["wo"])}</td><td class="n">{c(d["end"])}</td>'
        f'<td class="n">{c(d["end"] - d["prev"])}</td></tr>' for d in rows)
    trs += (f'<tr><th colspan="2">合計</th><td class="n">{c(T["prev"])}</td><td class="n">{c(T["new"])}</td>'
            f'<td class="n">{c(T["col"])}</td><td class="n">{c(T["wo"])}</td><td class="n">{c(T["end"])}</td>'
            f'<td class="n">{c(T["end"] - T["prev"])}</td></tr>')
    basics = [("(1)", "市民に対して公平で公正をモットーに、P（計画）・D（実行）・C（検証）・A（改善）・T（トップ会議）のサイクルを基本手法としました。トップ会議は、市長以下関係部長への報告会議として年３回開催しました。"),
              ("(2)", "悪質な滞納者の受付・相談窓口を専門嘱託員に一本化しました。"),
              ("(3)", "複数の課に重複する滞納者の情報を共有し、一体的な納付交渉を行いました。"),
              ("(4)", "支払不履行者には、専門嘱託員による支払督促等の法的措置で滞納金を回収しました。"),
              ("(5)", "滞納金の回収目標と結果を数値化し、月例会で達成状況を検証しました。")]
    p2 = f"""
<h3>所管課別の実績（令和６年度）<span class="small">（単位：千円）</span></h3>
<table><tr><th>債権名</th><th>所管課</th><th>令和5年度末<br/>滞納残高</th><th>現年度滞納<br/>繰越発生額</th><th>過年度分<br/>集めた額</th>
<th>不納欠損額</th><th>令和6年度末<br/>滞納残高</th><th>前年度比</th></tr>{trs}</table>
<p class="small">※ 令和6年度末滞納残高＝令和5年度末滞納残高－過年度分集めた額－不納欠損額＋現年度滞納繰越発生額</p>
<h2>2.基本的な取組みは</h2>
{''.join(f'<p>　{lab} {t}</p>' for lab, t in basics)}
"""
    pages.append(p2)
    for d in rows + [dict(n=None, **T)]:
        n = d["n"]
        dr = n if n else "合計"
        facts += [fact(n, 2023, "令和5年度末", "total", "outstanding", "actual", d["prev"] * 1000, "yen", c(d["prev"]), 2, debt_raw=dr),
                  fact(n, 2024, "令和６年度", "current", "outstanding", "actual", d["new"] * 1000, "yen", c(d["new"]), 2, debt_raw=dr),
                  fact(n, 2024, "令和６年度", "arrears", "collected", "actual", d["col"] * 1000, "yen", c(d["col"]), 2, debt_raw=dr),
                  fact(n, 2024, "令和６年度", "total", "written_off", "actual", d["wo"] * 1000, "yen", c(d["wo"]), 2, debt_raw=dr),
                  fact(n, 2024, "令和6年度末", "total", "outstanding", "actual", d["end"] * 1000, "yen", c(d["end"]), 2, debt_raw=dr)]
    for lab, t in basics:
        inits.append(init(None, 2024, "2.基本的な取組みは", lab, t, None, 2))
    # ================= page 3
    tgt7 = rnd(end6 * 10000 * 93 // 100, 10000) // 10000
    jul7, jul6, col7 = end6 - r.randint(150, 320), tr[-2]["tot"] - r.randint(300, 600), r.randint(250, 420)
    plan = [("(1)", "督促仕事人（各課）が督促状・催告書の送付と電話・面談による交渉を行い、新たな未納を翌年度に繰り越さない環境をつくります。", "継続", False),
            ("(2)", "納付約束の不履行が２回続いた滞納者は、速やかに債権管理課へ引き継ぎ、法的措置の対象とします。", "継続", True),
            ("(3)", "学校給食費と保育所保育料の重複滞納世帯について、担当課合同の納付相談日を設けます。", "新規", False),
            ("(4)", "キャッシュレス決済の対象債権を下水道使用料と市営住宅使用料に広げ、納付の機会を増やします。", "拡充", True)]
    items = "".join(f'<p>　{lab} {t}{"<br/>" if wrap else ""}【{st}】</p>' for lab, t, st, wrap in plan)
    p3 = f"""
<h2>3.令和７年度の滞納残高減少目標と具体策</h2>
<p>　令和７年度は、期末滞納残高の目標を{tgt7:,}万円とし、次の回収施策に取り組みます。</p>
<h3>令和７年度　回収施策 “早期接触・早期完納 作戦”</h3>
{items}
<br/>
<div class="box"><p style="font-family: G;">【参考】令和７年度の状況（令和７年７月末現在）</p>
<p>・滞納残高：{jul7:,}万円</p>
<p>・前年同期（令和６年７月末）の滞納残高：{jul6:,}万円</p>
<p>・過年度分の集めた額：{col7:,}万円</p></div>
<br/>
<p class="small">このページに関するお問い合わせ<br/>債権管理課　〒765-8503 香川県善通寺市文京町二丁目1番1号</p>
"""
    pages.append(p3)
    facts += [fact(None, 2025, "令和７年度", "total", "outstanding", "target", tgt7 * 10000, "yen", f"{tgt7:,}万円", 3),
              fact(None, 2025, "令和７年７月末", "total", "outstanding", "interim", jul7 * 10000, "yen", f"{jul7:,}万円", 3,
                   as_of="2025-07-31"),
              fact(None, 2024, "令和６年７月末", "total", "outstanding", "interim", jul6 * 10000, "yen", f"{jul6:,}万円", 3,
                   as_of="2024-07-31"),
              fact(None, 2025, "令和７年７月末", "arrears", "collected", "interim", col7 * 10000, "yen", f"{col7:,}万円", 3,
                   as_of="2025-07-31")]
    sec = "令和７年度　回収施策 “早期接触・早期完納 作戦”"
    for lab, t, st, _ in plan:
        inits.append(init(None, 2025, sec, lab, t, st, 3))
    # ---- render
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = OUT / f"{STEM}.raw.pdf"
    arch = pymupdf.Archive("/usr/share/fonts/opentype/ipaexfont-gothic")
    arch.add("/usr/share/fonts/opentype/ipaexfont-mincho")
    W, H = pymupdf.paper_size("a4")
    where = pymupdf.Rect(56, 64, W - 56, H - 60)
    writer = pymupdf.DocumentWriter(str(tmp))
    for html in pages:
        story = pymupdf.Story(html=html, user_css=CSS, archive=arch)
        dev = writer.begin_page(pymupdf.Rect(0, 0, W, H))
        more, _ = story.place(where)
        assert not more, "page overflow"
        story.draw(dev)
        writer.end_page()
    writer.close()
    doc = pymupdf.open(tmp)
    for i, page in enumerate(doc):
        page.insert_font(fontname="g", fontfile=GOTHIC)
        page.insert_text((W - 56 - 150, 40), "善通寺市　債権管理課", fontname="g", fontsize=8)
        page.draw_line((56, 46), (W - 56, 46), width=0.5)
        page.insert_text((W / 2 - 14, H - 30), f"{i + 1} / {doc.page_count}", fontname="g", fontsize=9)
    doc.subset_fonts()
    doc.save(PDF / f"{STEM}.pdf", garbage=4, deflate=True)
    write_gold(STEM, "progress_report", CITY, "「令和６年度の実績と市税外滞納金回収の取組みの成果」について",
               "2025-08-29", "2025年8月29日", facts, inits)
    return check(STEM)


if __name__ == "__main__":
    print(STEM, build())
