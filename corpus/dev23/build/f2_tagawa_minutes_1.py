"""令和6年第4回田川市議会定例会会議録（第3日）: PyMuPDF Story (HTML). Gold from the same data."""
import html
import pymupdf as fitz
from f2_common import F, OUT, ROOT, assign_pages, write_gold

STEM = "f2_tagawa_minutes_1"
TITLE = "令和6年田川市議会定例会会議録 第4回"
MEMBERS = ["原田 秋良", "二宮 公人", "竹本 久雄", "佐々木 允人", "柿本 孝子", "佐藤 俊介", "高瀬 富美", "陸田 孝文",
           "吉岡 恭子", "梅林 史朗", "小林 義和", "香月 隆", "石松 和也", "星野 一郎", "竹内 徹", "古木 英子",
           "田丸 雅之", "加藤 秀明", "藤沢 悟志", "北山 隆"]
EXEC = [("市長", "村上 信勝"), ("副市長", "松岡 博之"), ("教育長", "柏木 順一"), ("総務部長", "原田 英美"),
        ("市民生活部長", "中島 修"), ("福祉部長", "北山 透子"), ("建設経済部長", "瀬戸 憲一"), ("税務課長", "篠原 隆幸"),
        ("収納対策課長", "犬丸 哲也")]
STAFF = [("局長", "鶴田 正"), ("局長補佐", "金子 正人"), ("係長", "河端 太一")]
CHAIR = "議長（香月 隆君）"
Q = "11番（小林 義和議員）"

facts = []
statements = []


def stmt(speaker, paras, new_facts=()):
    statements.append({"speaker": speaker, "section": "一般質問", "text": "\n".join(paras), "page": None})
    facts.extend(new_facts)
    body = "".join(f"<p class='u'>{html.escape(p)}</p>" for p in paras)
    return f"<p class='sp'>○{html.escape(speaker)}</p>{body}"


def build():
    rows = []
    for i in range(0, 20, 2):
        rows.append(f"<tr><td class='n'>{i+1}番</td><td class='nm'>{MEMBERS[i]}</td><td class='n'>{i+2}番</td><td class='nm'>{MEMBERS[i+1]}</td></tr>")
    ex_rows = []
    for k in range(max(len(EXEC), len(STAFF))):
        l = EXEC[k] if k < len(EXEC) else ("", "")
        r = STAFF[k] if k < len(STAFF) else ("", "")
        ex_rows.append(f"<tr><td class='t'>{l[0]}</td><td class='nm'>{l[1]}</td><td class='t'>{r[0]}</td><td class='nm'>{r[1]}</td></tr>")
    parts = []
    parts.append(stmt(CHAIR, ["これより本日の会議を開きます。", "日程第1「一般質問」を行います。一般質問は、質問者の質問時間を答弁を含め60分以内といたします。",
                               "これより順次質問を許します。11番　小林義和議員。（拍手）"]))
    parts.append(stmt(Q, ["皆様、おはようございます。通告に従い、市税等の債権管理について質問いたします。",
                           "本市では債権管理条例を制定し、全庁的に収入未済額の縮減に取り組んでこられました。しかしながら、市税以外の債権については、所管課ごとに対応に差があるとの指摘が監査委員からもなされております。",
                           "そこで、令和5年度決算における市税及び国民健康保険税の収入未済額と徴収率、並びに本年度の徴収状況について伺います。また、今後の債権管理の方針についてお聞かせください。"]))
    parts.append(stmt("市長（村上 信勝君）", ["小林議員の御質問にお答えいたします。",
                                          "市税をはじめとする市の債権は、市政運営の根幹をなす貴重な財源であり、負担の公平性の観点からも、その確保は極めて重要であると認識しております。",
                                          "詳細につきましては、担当部長から答弁させます。"]))
    f1 = [F("市税", 2023, "total", "outstanding", "actual", 341200000, "yen", "約3億4,120万円", fy_raw="令和5年度", approx=True),
          F("市税", 2023, "current", "collection_rate", "actual", 99.02, "percent", "99.02％", fy_raw="令和5年度"),
          F("市税", 2023, "arrears", "collection_rate", "actual", 28.41, "percent", "28.41％", fy_raw="令和5年度"),
          F("市税", 2023, "total", "collection_rate", "actual", 96.37, "percent", "96.37％", fy_raw="令和5年度"),
          F("国民健康保険税", 2023, "total", "outstanding", "actual", 298500000, "yen", "約2億9,850万円", fy_raw="令和5年度", approx=True),
          F("国民健康保険税", 2023, "current", "collection_rate", "actual", 95.18, "percent", "95.18％", fy_raw="令和5年度"),
          F("市税", 2024, "current", "collection_rate", "interim", 63.74, "percent", "63.74％", fy_raw="本年10月末", as_of="2024-10-31"),
          F("市税", 2023, "current", "collection_rate", "interim", 63.12, "percent", "63.12％", fy_raw="前年同月", as_of="2023-10-31")]
    parts.append(stmt("総務部長（原田 英美君）", [
        "私からは、市税及び国民健康保険税の状況についてお答えいたします。",
        "令和5年度決算における市税の収入未済額は約3億4,120万円で、前年度と比べ約2,380万円の減少となりました。徴収率は、現年課税分が99.02％、滞納繰越分が28.41％、合計では96.37％でございます。",
        "次に、国民健康保険税につきましては、収入未済額が約2億9,850万円、現年課税分の徴収率は95.18％となっております。",
        "本年度の状況でございますが、本年10月末現在の市税現年課税分の徴収率は63.74％で、前年同月の63.12％を0.62ポイント上回っております。",
        "今後の方針といたしましては、去る11月に開催いたしました令和6年度第2回田川市債権管理委員会において、滞納初期段階での催告の徹底と、徴収困難事案の収納対策課への移管を進めることを確認したところでございます。"], f1))
    parts.append(stmt(Q, ["ありがとうございました。市税については改善が見られるということで、職員の皆さんの御努力に敬意を表します。",
                           "一方、私債権、とりわけ市営住宅使用料については長期の滞納が多いと聞いております。収入未済額と滞納者数、その対策について伺います。"]))
    f2 = [F("市営住宅使用料", 2023, "total", "outstanding", "actual", 48600000, "yen", "約4,860万円", fy_raw="令和5年度末", approx=True),
          F("市営住宅使用料", 2023, "total", "delinquents", "actual", 112, "persons", "112人", fy_raw="令和5年度末"),
          F("市営住宅使用料", 2023, "current", "collection_rate", "actual", 97.6, "percent", "97.6％", fy_raw="令和5年度")]
    parts.append(stmt("建設経済部長（瀬戸 憲一君）", [
        "市営住宅使用料についてお答えいたします。",
        "令和5年度末の市営住宅使用料の収入未済額は約4,860万円、滞納者数は112人となっております。現年度分の収納率は97.6％で、おおむね横ばいで推移しております。",
        "対策といたしましては、滞納が3か月に達した段階で連帯保証人に通知するとともに、6か月以上の長期滞納者に対しては、明渡し請求を含めた法的措置を計画的に進めてまいります。"], f2))
    parts.append(stmt(Q, ["ぜひ、債権ごとの数値目標を定めた計画を策定し、その進捗を議会にも報告していただくよう要望して、私の質問を終わります。"]))
    parts.append(stmt(CHAIR, ["以上で、小林義和議員の一般質問を終わります。", "以上をもちまして、本日の議事日程は全部終了いたしました。本日はこれをもちまして散会いたします。"]))

    body = f"""
<p class='c'>令和6年12月10日（火）</p>
<p class='c'>（第　3　日）</p>
<h1>令和6年田川市議会定例会会議録</h1>
<p class='c big'>第4回</p>
<p class='r'>令和6年12月10日　午前10時00分開議</p>
<p class='hd'>出席議員</p>
<table class='plain'><tr><td class='n'>議席番号</td><td class='nm'>氏　名</td><td class='n'>議席番号</td><td class='nm'>氏　名</td></tr>{''.join(rows)}</table>
<p class='hd'>地方自治法第121条により出席した者　　　　　　事務局出席職員氏名</p>
<table class='plain'>{''.join(ex_rows)}</table>
<p class='hd'>令和6年（第4回）田川市議会12月定例会議事日程第3号</p>
<p class='r'>令和6年12月10日午前10時開議</p>
<p>第1　一般質問</p>
<p class='hd'>本日の会議に付した事件</p>
<p>議事日程に同じ</p>
<hr/>
{''.join(parts)}
<p class='r'>（散会 午前11時02分）</p>
"""
    css = """
@font-face {font-family: M; src: url(ipaexm.ttf);}
@font-face {font-family: G; src: url(ipaexg.ttf);}
body {font-family: M; font-size: 10.5pt; line-height: 1.55;}
h1 {font-family: G; font-size: 15pt; text-align: center; margin: 4pt 0;}
p {margin: 0 0 3pt 0;}
.c {text-align: center;} .r {text-align: right;} .big {font-size: 13pt;}
.hd {font-family: G; margin-top: 8pt;}
table.plain {border-collapse: collapse; margin-left: 18pt;}
table.plain td {border: none; padding: 1pt 10pt 1pt 0;}
.sp {font-family: G; margin-top: 6pt;}
.u {text-indent: 10.5pt;}
"""
    arch = fitz.Archive()
    arch.add("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf", "ipaexm.ttf")
    arch.add("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf", "ipaexg.ttf")
    story = fitz.Story(html=body, user_css=css, archive=arch)
    tmp = OUT / f"{STEM}_raw.pdf"
    writer = fitz.DocumentWriter(str(tmp))
    mediabox = fitz.paper_rect("a4")
    where = mediabox + (62, 64, -62, -60)
    more = True
    while more:
        dev = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    doc = fitz.open(tmp)
    n = doc.page_count
    for i, page in enumerate(doc):
        page.insert_font(fontname="ipg", fontfile="/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")
        page.insert_text((62, 40), "令和6年第4回定例会（第3日）", fontname="ipg", fontsize=8)
        page.insert_text((280, 810), f"－ {i+1} －", fontname="ipg", fontsize=9)
    doc.subset_fonts()
    pdf = ROOT / "pdf" / f"{STEM}.pdf"
    doc.save(pdf, garbage=4, deflate=True)
    return pdf


if __name__ == "__main__":
    pdf = build()
    bad = assign_pages(pdf, facts)
    for s in statements:
        bad += assign_pages(pdf, [s], key="text") if False else []
    # statements: page where the first paragraph begins
    import re
    from f2_common import page_texts, nows
    pages = page_texts(pdf)
    for s in statements:
        head = nows(s["text"])[:40]
        s["page"] = next(i + 1 for i, t in enumerate(pages) if head in t)
    if bad: print("NOT FOUND", bad)
    attendees = [{"role": "議員", "title": None, "name": n} for n in MEMBERS]
    attendees += [{"role": t, "title": t, "name": n} for t, n in EXEC]
    minutes = {"title": TITLE, "meeting_number": 4, "date": "2024-12-10", "method": None, "attendees": attendees,
               "agenda": ["一般質問"], "materials": [], "statements": statements}
    doc = {"kind": "minutes", "municipality": "田川市", "title": TITLE, "date": "2024-12-10", "date_raw": "令和6年12月10日（火）"}
    write_gold(STEM, pdf, doc, facts, [], minutes)
