"""w_himeji_minutes_1: 決算審査特別委員会の記録 (council committee record), PyMuPDF Story.

Modelled on the layout of 姫路市議会「一般会計決算審査特別委員会」records (○委員長 / ◎当局 markers,
〇出席議員 line, 〇再開 time). Figures and wording are invented.
"""
from __future__ import annotations

import html
import sys

import fitz

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from w_common import OUT, PDF, check, fact, nows, write_gold  # noqa: E402

STEM = "w_himeji_minutes_1"
CITY = "姫路市"
TITLE = "令和6年9月20日一般会計決算審査特別委員会"
HEADER = "令和6年9月20日一般会計決算審査特別委員会−09月20日-01号"
AGENDA = "認定第1号 令和5年度姫路市一般会計歳入歳出決算認定について（財政局・市民局・健康福祉局所管分）"
MATERIAL = "財政局提出資料「令和5年度 市税及び主な税外債権の収納状況」"
SECTION = "財政局・市民局・健康福祉局所管分の審査"

MEMBERS = [("委員長", "西川　誠"), ("副委員長", "川村和子"), ("委員", "森田一郎"), ("委員", "岡本　修"),
           ("委員", "田中雅美"), ("委員", "藤原健二")]
OFFICIALS = ["財政局長", "収納対策室長", "国民健康保険課長", "介護保険課長", "住宅課長", "こども支援課長",
             "債権管理担当課長"]

# (marker, speaker, text, facts-in-this-statement)
# facts: (debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, approx, as_of)
STATEMENTS = [
    ("○", "委員長", "それでは、財政局、市民局及び健康福祉局所管分の審査に入りたい。当局から説明を求める。", []),
    ("◎", "財政局長", "認定第1号のうち、財政局所管分について説明する。詳細は、お手元に配付している提出資料により、"
     "収納対策室長から説明させる。", []),
    ("◎", "収納対策室長",
     "令和5年度の市税の決算状況を説明する。調定額は約829億1,200万円、収入済額は約811億1,100万円で、収納率は、"
     "現年課税分が99.21％、滞納繰越分が31.45％、全体で97.83％となり、前年度から0.12ポイント上昇した。"
     "不納欠損額は2億3,518万円余、収入未済額は約15億6,600万円で、前年度末から約1億1,300万円減少している。",
     [("市税", "市税", 2023, "令和5年度", "total", "assessed", "actual", 82912000000, "yen", "約829億1,200万円", True, None),
      ("市税", "市税", 2023, "令和5年度", "total", "collected", "actual", 81111000000, "yen", "約811億1,100万円", True, None),
      ("市税", "市税", 2023, "令和5年度", "current", "collection_rate", "actual", 99.21, "percent", "99.21％", False, None),
      ("市税", "市税", 2023, "令和5年度", "arrears", "collection_rate", "actual", 31.45, "percent", "31.45％", False, None),
      ("市税", "市税", 2023, "令和5年度", "total", "collection_rate", "actual", 97.83, "percent", "97.83％", False, None),
      ("市税", "市税", 2023, "令和5年度", "total", "written_off", "actual", 235180000, "yen", "2億3,518万円余", True, None),
      ("市税", "市税", 2023, "令和5年度", "total", "outstanding", "actual", 1566000000, "yen", "約15億6,600万円", True, None)]),
    ("○", "森田委員", "滞納者の状況について伺う。人数は減っているのか。", []),
    ("◎", "収納対策室長",
     "令和5年度末の市税の滞納者数は1万2,481人で、前年度末の1万3,026人から545人減少した。"
     "財産調査を早期に行い、納付資力のある者には差押えを、資力のない者には執行停止を行うなど、"
     "滞納の状況に応じた整理を進めた結果である。",
     [("市税", "市税", 2023, "令和5年度末", "total", "delinquents", "actual", 12481, "persons", "1万2,481人", False, None),
      ("市税", "市税", 2022, None, "total", "delinquents", "actual", 13026, "persons", "1万3,026人", False, None)]),
    ("○", "川村副委員長", "国民健康保険料の収納状況はどうか。", []),
    ("◎", "国民健康保険課長",
     "国民健康保険料の令和5年度の収納率は、現年度分が95.02％、滞納繰越分が24.6％で、"
     "4年度と比べると現年度分は0.31ポイント上がった。収入未済額は約9億8,700万円である。"
     "コールセンターによる電話催告と口座振替の勧奨を引き続き行っている。",
     [("国民健康保険料", "国民健康保険料", 2023, "令和5年度", "current", "collection_rate", "actual", 95.02, "percent", "95.02％", False, None),
      ("国民健康保険料", "国民健康保険料", 2023, "令和5年度", "arrears", "collection_rate", "actual", 24.6, "percent", "24.6％", False, None),
      ("国民健康保険料", "国民健康保険料", 2023, None, "total", "outstanding", "actual", 987000000, "yen", "約9億8,700万円", True, None)]),
    ("○", "岡本委員", "介護保険料の滞納繰越分はどうなっているか。", []),
    ("◎", "介護保険課長",
     "介護保険料の滞納繰越分の収納率は、4年度の18.7％から5年度は21.3％に上がった。"
     "現年度分は99.46％を維持している。普通徴収の方への早期の納付案内に努めている。",
     [("介護保険料", "介護保険料", 2022, "4年度", "arrears", "collection_rate", "actual", 18.7, "percent", "18.7％", False, None),
      ("介護保険料", "介護保険料", 2023, "5年度", "arrears", "collection_rate", "actual", 21.3, "percent", "21.3％", False, None),
      ("介護保険料", "介護保険料", 2023, None, "current", "collection_rate", "actual", 99.46, "percent", "99.46％", False, None)]),
    ("○", "岡本委員", "市営住宅使用料の未収金が多いと聞くが、状況を伺う。", []),
    ("◎", "住宅課長",
     "令和5年度末の市営住宅使用料の収入未済額は約3億2,700万円で、うち滞納繰越分が約2億9,100万円を占めている。"
     "現年度分の収納率は98.64％であった。退去者の未納分については、連帯保証人への請求と支払督促の申立てを進めている。",
     [("市営住宅使用料", "市営住宅使用料", 2023, "令和5年度末", "total", "outstanding", "actual", 327000000, "yen", "約3億2,700万円", True, None),
      ("市営住宅使用料", "市営住宅使用料", 2023, "令和5年度末", "arrears", "outstanding", "actual", 291000000, "yen", "約2億9,100万円", True, None),
      ("市営住宅使用料", "市営住宅使用料", 2023, None, "current", "collection_rate", "actual", 98.64, "percent", "98.64％", False, None)]),
    ("○", "森田委員", "保育料についてはどうか。", []),
    ("◎", "こども支援課長",
     "保育所保育料の令和5年度の現年度分の収納率は99.38％と、令和4年度の99.11％から改善した。"
     "児童手当からの特別徴収の申出を積極的に案内したことが要因と考えている。",
     [("保育料", "保育所保育料", 2023, "令和5年度", "current", "collection_rate", "actual", 99.38, "percent", "99.38％", False, None),
      ("保育料", "保育所保育料", 2022, "令和4年度", "current", "collection_rate", "actual", 99.11, "percent", "99.11％", False, None)]),
    ("○", "委員長", "債権管理の全庁的な取組について、今年度の状況も含めて説明を求める。", []),
    ("◎", "債権管理担当課長",
     "今年度は、令和6年度第2回債権管理推進会議を11月に開催し、各課の上半期の状況を確認する予定である。"
     "なお、令和6年8月末の市税の現年課税分の収納率は45.12％で、前年同月の44.73％を0.39ポイント上回っている。"
     "今後も所管課への助言と、移管を受けた困難案件の処理を進めていく。",
     [("市税", "市税", 2024, "令和6年8月末", "current", "collection_rate", "interim", 45.12, "percent", "45.12％", False, "2024-08-31"),
      ("市税", "市税", 2023, None, "current", "collection_rate", "interim", 44.73, "percent", "44.73％", False, "2023-08-31")]),
    ("○", "委員長", "以上で財政局、市民局及び健康福祉局所管分の審査を終わる。暫時休憩する。", []),
]

CSS = """
@font-face {font-family: mincho; src: url(ipaexm.ttf);}
@font-face {font-family: gothic; src: url(ipaexg.ttf);}
body {font-family: mincho; font-size: 10.5pt; line-height: 1.55;}
h1 {font-family: gothic; font-size: 13pt; text-align: center; margin-bottom: 6pt;}
p {margin-top: 0; margin-bottom: 4pt;}
p.sp {margin-bottom: 0; font-family: gothic;}
p.tx {text-indent: 1em; margin-bottom: 7pt;}
p.hd {margin-bottom: 2pt;}
p.rule {text-align: center; margin: 6pt 0;}
"""


def build_html() -> str:
    e = html.escape
    out = [f"<h1>{e(TITLE)}</h1>",
           "<p>令和6年9月20日（金曜日）</p>",
           "<p>一般会計決算審査特別委員会　第2委員会室</p>",
           "<p class='hd'>〇出席委員　" + "、".join(f"{n}（{r}）" if r != "委員" else n for r, n in MEMBERS) + "</p>",
           "<p class='hd'>〇説明のため出席した者　" + "、".join(OFFICIALS) + "</p>",
           f"<p class='hd'>〇審査案件　{e(AGENDA)}</p>",
           f"<p class='hd'>〇配付資料　{e(MATERIAL)}</p>",
           "<p class='hd'>〇再開　9時58分</p>",
           "<p class='rule'>―――――――――――――――――――――――――――――</p>",
           f"<p class='hd'>〔{e(SECTION)}〕</p>"]
    for mark, sp, text, _ in STATEMENTS:
        out.append(f"<p class='sp'>{mark}{e(sp)}</p><p class='tx'>{e(text)}</p>")
    out.append("<p class='hd'>〇休憩　11時42分</p>")
    return "\n".join(out)


def build_pdf(dest):
    arch = fitz.Archive("/usr/share/fonts/opentype/ipaexfont-mincho")
    arch.add("/usr/share/fonts/opentype/ipaexfont-gothic")
    story = fitz.Story(html=build_html(), user_css=CSS, archive=arch)
    raw = OUT / f"{STEM}.raw.pdf"
    writer = fitz.DocumentWriter(str(raw))
    mediabox = fitz.paper_rect("a4")
    where = mediabox + (62, 70, -62, -66)
    more = True
    while more:
        dev = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    doc = fitz.open(raw)
    for i, page in enumerate(doc):
        page.insert_font(fontname="gm", fontfile="/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf")
        page.insert_text((62, 46), HEADER, fontname="gm", fontsize=8)
        page.draw_line((62, 52), (533, 52), width=0.4)
        label = f"－{i + 1}－"
        page.insert_text((297 - len(label) * 4.5, 805), label, fontname="gm", fontsize=9)
    doc.subset_fonts()
    doc.save(dest, garbage=4, deflate=True)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    dest = PDF / f"{STEM}.pdf"
    build_pdf(dest)
    with fitz.open(dest) as d:
        texts = [nows(p.get_text()) for p in d]
    facts, statements = [], []
    page = 1
    for mark, sp, text, fs in STATEMENTS:
        # the page where the statement's text starts
        head = nows(text)[:25]
        while head not in texts[page - 1]:
            page += 1
        statements.append({"speaker": sp, "section": SECTION, "text": text, "page": page})
        fpage = page
        for (debt, draw, fy, fyr, seg, met, basis, val, unit, rawv, approx, as_of) in fs:
            while nows(rawv) not in texts[fpage - 1]:
                fpage += 1
            facts.append(fact(debt, fy, fyr, seg, met, basis, val, unit, rawv, fpage, approx=approx,
                              as_of=as_of, debt_raw=draw))
    attendees = [{"role": r, "title": None, "name": n} for r, n in MEMBERS]
    attendees += [{"role": "説明員", "title": t, "name": None} for t in OFFICIALS]
    minutes = {"title": TITLE, "meeting_number": None, "date": "2024-09-20", "method": None,
               "attendees": attendees, "agenda": [AGENDA], "materials": [MATERIAL],
               "statements": statements}
    document = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2024-09-20",
                "date_raw": "令和6年9月20日"}
    write_gold(STEM, document, facts, [], minutes)
    print(STEM, check(STEM))


if __name__ == "__main__":
    main()
