"""q_shijonawate_minutes_1: 総務常任委員会会議録 (minutes), PyMuPDF Story, A4 portrait.

Layout modelled on 四條畷市議会 会議録
(https://chiholog.net/osakalog/gijilog/27229-20210224-b250dd0/ja): ◯出席議員次のとおり / 地方自治法第121条の
規定による出席者 / ◯議事日程, ◯-marked speakers. Statements, names and figures are invented.
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

import pymupdf as fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from q_common import PDF_DIR, Gold, rate  # noqa: E402

STEM = "q_shijonawate_minutes_1"
CITY = "四條畷市"
TITLE = "四條畷市議会総務常任委員会会議録"
DATE_RAW = "令和6年12月11日"
AG1 = "令和6年度債権管理の取組状況（中間報告）について"
AG2 = "四條畷市債権管理条例に基づく債権の放棄について（報告）"
MAT = ["資料１　令和6年度債権管理の取組状況（中間報告）", "資料２　債権の放棄に関する報告書"]

MEMBERS = [("委員長", "吉村　健司"), ("副委員長", "森下　由美"), ("委員", "岸本　敦"), ("委員", "大西　涼子"),
           ("委員", "長尾　浩二"), ("委員", "瀬川　勉")]
STAFF = [("副市長", "林田　有紀"), ("総務部長", "西岡　文雄"), ("総務部税務課長", "田中　誠"),
         ("健康福祉部健康・保険担当部長", "高田　和也"), ("健康福祉部保険年金課長", "松本　順"),
         ("子ども・若者部長", "森　一弘"), ("都市整備部住宅政策課長", "亀井　伸")]

# 別表（令和6年11月末現在, 千円）: debt -> (調定, 収入, 前年同月収納率)
BETSU = [("市税（現年課税分）", "市税", "current", 7214360, 5138220, None),
         ("市税（滞納繰越分）", "市税", "arrears", 286410, 74690, None),
         ("国民健康保険料（現年分）", "国民健康保険料", "current", 1518240, 889650, None),
         ("国民健康保険料（過年度分）", "国民健康保険料", "arrears", 371820, 67680, None),
         ("市営住宅使用料", "市営住宅使用料", "total", 142380, 96110, None),
         ("保育所保育料", "保育所保育料", "total", 186540, 129870, None)]
PREV = {"市税（現年課税分）": "70.88", "市税（滞納繰越分）": "25.1", "国民健康保険料（現年分）": "58.04",
        "国民健康保険料（過年度分）": "17.5", "市営住宅使用料": "66.9", "保育所保育料": "70.3"}


def build():
    g = Gold(STEM, "minutes", CITY, TITLE, "2024-12-11", DATE_RAW)
    statements = []
    P = []  # html paragraphs

    def p(t, cls=None):
        P.append(f'<p class="{cls}">{t}</p>' if cls else f"<p>{t}</p>")

    def say(mark, speaker, text, section):
        statements.append({"speaker": speaker, "section": section, "text": text, "page": None})
        P.append(f'<p class="sp"><b>{mark}{html.escape(speaker)}</b>　{html.escape(text)}</p>')

    p("令和6年12月　総務常任委員会", "c1")
    p(TITLE, "title")
    p(f"◯{DATE_RAW}　四條畷市役所第1委員会室において開催する。")
    p("◯出席委員次のとおり")
    rows = []
    for i in range(0, len(MEMBERS), 2):
        cells = "".join(f"<td style='width:80pt'>{r if r != '委員' else ''}</td><td style='width:110pt'>{n}</td>"
                        for r, n in MEMBERS[i:i + 2])
        rows.append(f"<tr>{cells}</tr>")
    P.append('<table class="plain">' + "".join(rows) + "</table>")
    p("◯欠席委員次のとおり")
    p("　なし")
    p("◯説明のため出席した者次のとおり")
    rows = []
    for t, n in STAFF:
        rows.append(f'<tr><td style="width:230pt">{t}</td><td style="width:120pt">{n}</td></tr>')
    P.append('<table class="plain">' + "".join(rows) + "</table>")
    p("　　　　（その他関係職員）")
    p("◯議会事務局出席者次のとおり")
    p("　事務局長　坂口　慶太　　次長兼課長　大塚　幸恵")
    p("◯本日の案件次のとおり")
    p(f"　所管事務調査　（１）{AG1}")
    p(f"　　　　　　　　（２）{AG2}")
    p("◯配付資料")
    for m in MAT:
        p("　" + m)
    p("―――――――――――――――――――――――――――――――", "c1")
    p("（午前10時00分　開会）")

    # figures for statements
    tax_out = 286_400_000
    g.fact("約2億8,640万円", debt="市税", fy=2023, fy_raw="令和5年度決算", seg="total", metric="outstanding",
           basis="actual", value=tax_out, unit="yen", approx=True, anchor="約2億8,640万円")
    g.fact("99.02％", debt="市税", fy=2023, fy_raw="令和5年度決算", seg="current", metric="collection_rate",
           basis="actual", value=99.02, unit="percent", anchor="99.02％")
    g.fact("31.4％", debt="市税", fy=2023, fy_raw="令和5年度決算", seg="arrears", metric="collection_rate",
           basis="actual", value=31.4, unit="percent", anchor="99.02％")
    r_cur = rate(5138220, 7214360, 2)
    g.fact(f"{r_cur:.2f}％", debt="市税", fy=2024, fy_raw="本年11月末", seg="current", metric="collection_rate",
           basis="interim", as_of="2024-11-30", value=r_cur, unit="percent", anchor="前年同月の70.88％")
    g.fact("70.88％", debt="市税", fy=2023, fy_raw="前年同月", seg="current", metric="collection_rate",
           basis="interim", as_of="2023-11-30", value=70.88, unit="percent", anchor="前年同月の70.88％")
    r_kok = rate(67680, 371820, 1)
    g.fact(f"{r_kok}％", debt="国民健康保険料", fy=2024, fy_raw="11月末", seg="arrears", metric="collection_rate",
           basis="interim", as_of="2024-11-30", value=r_kok, unit="percent", anchor="前年同月は17.5％")
    g.fact("17.5％", debt="国民健康保険料", fy=2023, fy_raw="前年同月", seg="arrears", metric="collection_rate",
           basis="interim", as_of="2023-11-30", value=17.5, unit="percent", anchor="前年同月は17.5％")
    g.fact("1,284世帯", debt="国民健康保険料", fy=2024, fy_raw="11月末", seg="total", metric="delinquents",
           basis="interim", as_of="2024-11-30", value=1284, unit="households", anchor="1,284世帯")
    g.fact("約3,260万円", debt="市営住宅使用料", fy=2023, fy_raw="令和5年度末", seg="total", metric="outstanding",
           basis="actual", value=32_600_000, unit="yen", approx=True, anchor="約3,260万円")

    say("◯", "吉村委員長", "ただいまから総務常任委員会を開会いたします。本日は、所管事務調査として、債権管理の取組状況"
        "について理事者から報告を受けます。それでは、報告願います。", AG1)
    say("◯", "西岡総務部長", "本市が保有する債権の管理につきましては、債権管理条例に基づき、全庁的に収入未済額の縮減に"
        "取り組んでおります。本日は、資料１により今年度の中間の状況を税務課長から御説明申し上げます。", AG1)
    say("◯", "田中税務課長", "それでは、資料１を御覧ください。まず、令和5年度決算における市税の収入未済額は"
        "約2億8,640万円で、現年課税分の徴収率は99.02％、滞納繰越分は31.4％でございました。次に今年度の状況ですが、"
        f"本年11月末時点の現年課税分の徴収率は{r_cur:.2f}％で、前年同月の70.88％を上回っております。"
        "年明けには令和6年度第2回四條畷市債権管理推進会議を開催し、各課の進捗を確認する予定でございます。"
        "なお、各債権の詳細は、会議録末尾の別表のとおりでございます。", AG1)
    say("◯", "吉村委員長", "報告が終わりました。質疑はございませんか。", AG1)
    say("◯", "岸本委員", "国民健康保険料の過年度分について、状況をお聞かせください。", AG1)
    say("◯", "松本保険年金課長", f"国民健康保険料の過年度分でございますが、11月末で収納率は{r_kok}％、前年同月は17.5％"
        "でございました。滞納世帯数は1,284世帯となっており、分納相談と財産調査を並行して進めております。", AG1)
    say("◯", "大西委員", "市営住宅使用料の滞納について、法的措置の状況はいかがでしょうか。", AG1)
    say("◯", "亀井住宅政策課長", "市営住宅使用料の収入未済額は令和5年度末で約3,260万円でございます。今年度は、長期"
        "滞納者3件について明渡請求訴訟を提起する準備を進めております。", AG1)
    say("◯", "吉村委員長", "ほかに質疑はございませんか。――ないようですので、次に、債権の放棄について報告願います。", AG2)
    say("◯", "田中税務課長", "資料２を御覧ください。債権管理条例第13条の規定により、時効期間が経過した私債権など"
        "計24件を放棄いたしましたので、御報告いたします。", AG2)
    say("◯", "吉村委員長", "以上で本日の案件は終了いたしました。これをもちまして総務常任委員会を閉会いたします。", AG2)
    p("（午前11時12分　閉会）")

    # 別表
    P.append('<p class="title2">別表　主な債権の収納状況（令和6年11月末現在）</p>')
    P.append('<p class="r">（単位：千円、％）</p>')
    head = "<tr><th>区分</th><th>調定額</th><th>収入済額</th><th>収納率</th><th>前年同月<br/>収納率</th></tr>"
    rows = []
    for label, debt, seg, a, c, _ in BETSU:
        r = rate(c, a, 2 if "現年" in label else 1)
        rr = f"{r:.2f}" if "現年" in label else f"{r:.1f}"
        prev = PREV[label]
        rows.append(f"<tr><td>{label}</td><td class='n'>{a:,}</td><td class='n'>{c:,}</td>"
                    f"<td class='n'>{rr}</td><td class='n'>{prev}</td></tr>")
        for raw, metric, val, unit, fy, asof in ((f"{a:,}", "assessed", a * 1000, "yen", 2024, "2024-11-30"),
                                                 (f"{c:,}", "collected", c * 1000, "yen", 2024, "2024-11-30"),
                                                 (rr, "collection_rate", r, "percent", 2024, "2024-11-30"),
                                                 (prev, "collection_rate", float(prev), "percent", 2023, "2023-11-30")):
            g.fact(raw, debt=debt, debt_raw=label, fy=fy, fy_raw="令和6年11月末" if fy == 2024 else "前年同月",
                   seg=seg, metric=metric, basis="interim", as_of=asof, value=val, unit=unit, anchor="別表　主な債権")
    P.append('<table class="grid">' + head + "".join(rows) + "</table>")
    P.append('<p class="small">※市税の収納率は小数点以下第2位、その他は第1位まで表示。</p>')

    css = """
    * {font-family: serif; font-size: 10.5pt; line-height: 1.55;}
    p {margin: 0 0 2pt 0;}
    p.title {font-size: 15pt; font-weight: bold; text-align: center; margin: 6pt 0 10pt 0;}
    p.title2 {font-size: 11pt; font-weight: bold; margin-top: 14pt;}
    p.c1 {text-align: center;}
    p.r {text-align: right; font-size: 9pt;}
    p.small {font-size: 8.5pt;}
    p.sp {text-indent: 0; margin-bottom: 4pt;}
    table.plain td {padding: 0 10pt 0 12pt;}
    table.grid {border-collapse: collapse; width: 100%;}
    table.grid th, table.grid td {border: 0.6pt solid black; padding: 2pt 4pt; font-size: 9.5pt;}
    table.grid th {background-color: #e6e6e6;}
    td.n {text-align: right;}
    """
    body = "\n".join(P)
    css = ("@font-face {font-family: ipaexm; src: url(ipaexm.ttf);}\n"
           "@font-face {font-family: ipaexm; font-weight: bold; src: url(ipaexg.ttf);}\n") + css.replace("serif", "ipaexm")
    arch = fitz.Archive()
    arch.add(fitz.Archive("/usr/share/fonts/opentype/ipaexfont-mincho"))
    arch.add(fitz.Archive("/usr/share/fonts/opentype/ipaexfont-gothic"))
    story = fitz.Story(html=f"<html><body>{body}</body></html>", user_css=css, archive=arch)
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    tmp = PDF_DIR / f"{STEM}.tmp.pdf"
    writer = fitz.DocumentWriter(str(tmp))
    mediabox = fitz.paper_rect("a4")
    where = mediabox + (62, 70, -62, -60)
    more = True
    while more:
        dev = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    doc = fitz.open(tmp)
    n = len(doc)
    for i, page in enumerate(doc):
        page.insert_font(fontname="ipam", fontfile=FONTFILE)
        page.insert_text((62, 44), "総務常任委員会（令和6年12月11日）", fontname="ipam", fontsize=8)
        page.insert_text((280, 810), f"- {i + 1} -", fontname="ipam", fontsize=9)
    doc.subset_fonts()
    out = PDF_DIR / f"{STEM}.pdf"
    doc.save(out, garbage=4, deflate=True)
    doc.close()
    tmp.unlink()
    # statement pages
    pdoc = fitz.open(out)
    texts = ["".join(pg.get_text().split()) for pg in pdoc]
    for s in statements:
        key = "".join(s["text"].split())[:30]
        s["page"] = next(i + 1 for i, t in enumerate(texts) if key in t)
    g.minutes = {
        "title": TITLE, "meeting_number": None, "date": "2024-12-11", "method": None,
        "attendees": [{"role": r, "title": None, "name": n} for r, n in MEMBERS]
                     + [{"role": t, "title": t, "name": n} for t, n in STAFF],
        "agenda": [AG1, AG2], "materials": MAT, "statements": statements,
    }
    return g.finish(out)


FONTFILE = None
for cand in ("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf", "/usr/share/fonts/truetype/ipaexfont-mincho/ipaexm.ttf"):
    if Path(cand).exists():
        FONTFILE = cand

if __name__ == "__main__":
    build()
