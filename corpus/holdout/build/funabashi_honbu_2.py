"""船橋市債権管理対策本部会議 議事要旨（令和７年度第２回）— PyMuPDF Story (HTML) with drawn header/footer.

Modelled on 船橋市収入未済債権対策会議設置要綱 (https://expydoc.com/doc/10153024/) for the body
(議長=副市長, 議長代理=税務部長, 委員=部長級) and on the さいたま市-style 議事要旨 layout
(出席者 line with counts, titles joined by ・). Names of bodies and all figures are invented.
"""
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import fitz

from mcommon import F, PDF, write_gold, zen

STEM = "funabashi_honbu_2"
FONTDIR = "/usr/share/fonts/opentype"
TITLE = "令和７年度第２回船橋市債権管理対策本部会議　議事要旨"

ATT = [("本部長", ["副市長"]), ("副本部長", ["税務部長"]),
       ("委員", ["企画財政部長", "市民生活部長", "健康福祉部長", "子ども・若者部長", "建設部長",
                 "都市整備部長", "上下水道局長", "教育次長"]),
       ("事務局", ["債権管理課長", "納税課長"])]
AGENDA = ["令和７年度上半期の債権回収状況について", "債権放棄（私債権）の実施状況について",
          "令和８年度債権回収・整理計画の策定方針について"]
MATERIALS = ["資料１　令和７年度上半期債権回収状況（９月末）", "資料２　債権放棄の実施状況",
             "資料３　令和８年度債権回収・整理計画策定方針（案）", "別表　主な債権の収納状況"]

# 別表 data, 千円: (name, cur assessed, cur collected, arr assessed, arr collected)
ROWS = [("市税", 78412305, 40118902, 2115480, 402133),
        ("国民健康保険料", 16204118, 7878442, 4312006, 612304),
        ("介護保険料", 9811542, 5203377, 221018, 28344),
        ("後期高齢者医療保険料", 5102336, 2815448, 48201, 9833),
        ("保育所保育料", 1204551, 1161428, 88412, 9215),
        ("市営住宅使用料", 1532880, 1418004, 182330, 25891),
        ("下水道使用料", 4420118, 2306442, 61208, 14004)]


def rate(c, a):
    return Decimal(c * 100) / Decimal(a)


def r2(c, a):
    return float(rate(c, a).quantize(Decimal("0.01"), ROUND_HALF_UP))


TOT = ("合計", *[sum(r[i] for r in ROWS) for i in range(1, 5)])
TOT_CUR, TOT_ARR = r2(TOT[2], TOT[1]), r2(TOT[4], TOT[3])


def z2(v):
    return zen(f"{v:.2f}")


S1 = "令和７年度上半期の債権回収状況について"
S2 = "債権放棄（私債権）の実施状況について"
S3 = "令和８年度債権回収・整理計画の策定方針について"
ST = [
 ("債権管理課長", S1, f"資料１及び別表に基づき説明。主な債権全体の９月末時点の収納率は、現年分が{z2(TOT_CUR)}％、滞納繰越分が{z2(TOT_ARR)}％となり、前年同期（現年分５１．８８％、滞納繰越分１３．０２％）をいずれも上回った。市税は、電話催告と財産調査の前倒しにより、滞納繰越分の整理が進んでいる。"),
 ("健康福祉部長", S1, "国民健康保険料の現年分の収納率は、９月末時点で４８．６２％となり、前年同期の４７．９５％を上回った。口座振替の勧奨を加入手続の窓口で徹底したことが要因と考えている。介護保険料は、特別徴収の割合が高く、前年並みで推移している。"),
 ("子ども・若者部長", S1, "保育所保育料の現年分は、９月末で９６．４２％（前年同期９６．０８％）。入所時の口座振替登録を原則としたことで、現年分の滞納発生を抑えられている。滞納繰越分は、児童手当からの特別徴収の申出を積極的に勧めている。"),
 ("本部長", S1, "市営住宅使用料の滞納繰越分はこれまで低い水準が続いていたが、今年度の状況はどうか。"),
 ("都市整備部長", S1, "市営住宅使用料の滞納繰越分の収納率は、９月末で１４．２０％となり、前年同期の１２．９５％から改善した。令和６年度末の収入未済額は約１億８，２００万円で、退去者分が約半分を占めている。退去者については、連帯保証人への請求と支払督促の申立てを計画的に進めている。"),
 ("本部長", S1, "退去者分は時間が経つほど回収が難しくなる。債権管理課と連携し、法的措置の判断を早めてほしい。"),
 ("債権管理課長", S2, "資料２に基づき説明。令和７年度上半期は、船橋市債権管理条例に基づき、私債権３債権・４２件を放棄した。いずれも債務者の死亡・所在不明又は生活困窮により、回収の見込みがないと判断したものである。"),
 ("教育次長", S2, "奨学金貸付金については、放棄の前提となる調査の記録を統一様式で残すよう、事務の手順を見直した。"),
 ("税務部長", S3, "資料３に基づき説明。令和８年度の計画では、市税の目標収納率を現年分９９．３０％、滞納繰越分３５．００％とする案としている。各債権の所管部においても、令和７年度の決算見込を踏まえて目標を設定していただきたい。"),
 ("上下水道局長", S3, "下水道使用料は水道料金と一体で徴収しているため、計画の様式は水道事業と共通のものとしたい。"),
 ("本部長", S3, "計画の策定に当たっては、目標を達成するための具体的な取組を必ず記載すること。次回（令和７年度第３回）は令和８年２月に開催し、計画案を審議する。"),
]

CSS = """
@font-face {font-family: m; src: url(ipaexfont-mincho/ipaexm.ttf);}
@font-face {font-family: g; src: url(ipaexfont-gothic/ipaexg.ttf);}
body {font-family: m; font-size: 10.5pt; line-height: 1.5;}
h1 {font-family: g; font-size: 14pt; text-align: center; margin-bottom: 14pt;}
h2 {font-family: g; font-size: 11pt; margin-top: 8pt; margin-bottom: 2pt;}
h3 {font-family: g; font-size: 10.5pt; margin-top: 6pt; margin-bottom: 2pt; margin-left: 1em;}
p {margin-top: 0; margin-bottom: 2pt;}
p.i {margin-left: 2em;}
p.sp {font-family: g; margin-left: 1em; margin-bottom: 0;}
p.tx {margin-left: 2em; text-indent: 1em;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6pt solid black; font-size: 9pt; padding: 2pt 3pt;}
th {font-family: g; font-weight: normal; text-align: center; background-color: #e6e6e6;}
td.n {text-align: right;}
p.note {font-size: 9pt;}
"""


def body_html():
    h = [f"<h1>{TITLE}</h1>"]
    h.append("<h2>１　日　時</h2><p class='i'>令和７年１１月１７日（月）午後２時００分～午後３時１５分</p>")
    h.append("<h2>２　場　所</h2><p class='i'>船橋市役所本庁舎９階　第１会議室</p>")
    h.append("<h2>３　出席者（本部長・副本部長・委員８名・事務局２名）</h2>")
    for role, titles in ATT:
        h.append(f"<p class='i'>{role}：{'・'.join(titles)}</p>")
    h.append("<h2>４　議　題</h2>")
    for n, a in enumerate(AGENDA, 1):
        h.append(f"<p class='i'>（{zen(n)}）{a}</p>")
    h.append("<h2>５　配付資料</h2>")
    for m in MATERIALS:
        h.append(f"<p class='i'>{m}</p>")
    h.append("<h2>６　議事の概要</h2>")
    cur = None
    for spk, sec, text in ST:
        if sec != cur:
            cur = sec
            h.append(f"<h3>（{zen(AGENDA.index(sec) + 1)}）{sec}</h3>")
        h.append(f"<p class='sp'>【{spk}】</p><p class='tx'>{text}</p>")
    h.append("<h2>７　その他</h2><p class='i'>次回会議の日程は、事務局から別途通知する。</p>")
    h.append("<p style='text-align:right'>以上</p>")
    return "".join(h)


def fmt(v):
    return f"{v:,}"


def table_html():
    h = ["<h2>別表　主な債権の収納状況（令和７年９月末現在）</h2>",
         "<p class='note' style='text-align:right'>単位：千円、％</p>",
         "<table><tr><th rowspan='2'>債権名</th><th colspan='3'>現年分</th><th colspan='3'>滞納繰越分</th></tr>",
         "<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr>"]
    for name, ca, cc, aa, ac in ROWS + [TOT]:
        h.append(f"<tr><td>{name}</td><td class='n'>{fmt(ca)}</td><td class='n'>{fmt(cc)}</td>"
                 f"<td class='n'>{r2(cc, ca):.2f}</td><td class='n'>{fmt(aa)}</td><td class='n'>{fmt(ac)}</td>"
                 f"<td class='n'>{r2(ac, aa):.2f}</td></tr>")
    h.append("</table>")
    h.append("<p class='note'>※収納率は、収入済額を調定額で除して算出し、小数点以下第３位を四捨五入している。</p>")
    h.append("<p class='note'>※調定額は、還付未済額を含まない。前年同期の数値は資料１を参照。</p>")
    return "".join(h)


def lay(story, writer, rect=fitz.paper_rect("a4"), where=fitz.Rect(62, 70, 533, 790)):
    more = True
    while more:
        dev = writer.begin_page(rect)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()


def build():
    arch = fitz.Archive(FONTDIR)
    tmp = PDF / f"{STEM}.tmp.pdf"
    w = fitz.DocumentWriter(str(tmp))
    lay(fitz.Story(html=body_html(), user_css=CSS, archive=arch), w)
    lay(fitz.Story(html=table_html(), user_css=CSS, archive=arch), w)
    w.close()
    doc = fitz.open(tmp)
    n = len(doc)
    for i, p in enumerate(doc):
        p.insert_font(fontname="ipam", fontfile=f"{FONTDIR}/ipaexfont-mincho/ipaexm.ttf")
        p.insert_text((400, 45), "船橋市債権管理対策本部", fontname="ipam", fontsize=8.5)
        p.draw_line((62, 52), (533, 52), width=0.5)
        p.insert_text((285, 815), f"{i + 1} / {n}", fontname="ipam", fontsize=9)
    doc.subset_fonts()
    doc.save(PDF / f"{STEM}.pdf", garbage=3, deflate=True)
    doc.close()
    tmp.unlink()


def facts(last):
    x = []
    M9 = "令和７年９月末"
    A25, A24 = "2025-09-30", "2024-09-30"
    for name, ca, cc, aa, ac in ROWS + [TOT]:
        d = None if name == "合計" else name
        for seg, a, c in (("current", ca, cc), ("arrears", aa, ac)):
            x += [F(d, 2025, M9, seg, "assessed", "interim", a * 1000, "yen", fmt(a), as_of=A25, page=last, debt_raw=name),
                  F(d, 2025, M9, seg, "collected", "interim", c * 1000, "yen", fmt(c), as_of=A25, page=last, debt_raw=name),
                  F(d, 2025, M9, seg, "collection_rate", "interim", r2(c, a), "percent", f"{r2(c, a):.2f}", as_of=A25, page=last, debt_raw=name)]
    # statements
    x += [F(None, 2025, "９月末時点", "current", "collection_rate", "interim", TOT_CUR, "percent", z2(TOT_CUR) + "％", as_of=A25),
          F(None, 2025, "９月末時点", "arrears", "collection_rate", "interim", TOT_ARR, "percent", z2(TOT_ARR) + "％", as_of=A25),
          F(None, 2024, "前年同期", "current", "collection_rate", "interim", 51.88, "percent", "５１．８８％", as_of=A24),
          F(None, 2024, "前年同期", "arrears", "collection_rate", "interim", 13.02, "percent", "１３．０２％", as_of=A24),
          F("国民健康保険料", 2025, "９月末時点", "current", "collection_rate", "interim", 48.62, "percent", "４８．６２％", as_of=A25),
          F("国民健康保険料", 2024, "前年同期", "current", "collection_rate", "interim", 47.95, "percent", "４７．９５％", as_of=A24),
          F("保育所保育料", 2025, "９月末", "current", "collection_rate", "interim", 96.42, "percent", "９６．４２％", as_of=A25),
          F("保育所保育料", 2024, "前年同期", "current", "collection_rate", "interim", 96.08, "percent", "９６．０８％", as_of=A24),
          F("市営住宅使用料", 2025, "９月末", "arrears", "collection_rate", "interim", 14.20, "percent", "１４．２０％", as_of=A25),
          F("市営住宅使用料", 2024, "前年同期", "arrears", "collection_rate", "interim", 12.95, "percent", "１２．９５％", as_of=A24),
          F("市営住宅使用料", 2024, "令和６年度末", "total", "outstanding", "actual", 182000000, "yen", "約１億８，２００万円", approx=True),
          F("市税", 2026, "令和８年度", "current", "collection_rate", "target", 99.30, "percent", "９９．３０％"),
          F("市税", 2026, "令和８年度", "arrears", "collection_rate", "target", 35.00, "percent", "３５．００％")]
    return x


def gold():
    last = len(fitz.open(PDF / f"{STEM}.pdf"))
    attendees = [{"role": r, "title": t, "name": None} for r, ts in ATT for t in ts]
    minutes = {"title": TITLE, "meeting_number": 2, "date": "2025-11-17", "method": None,
               "attendees": attendees, "agenda": AGENDA, "materials": MATERIALS,
               "statements": [{"speaker": s, "section": sec, "text": t, "page": None} for s, sec, t in ST]}
    document = {"kind": "minutes", "municipality": "船橋市", "title": TITLE,
                "date": "2025-11-17", "date_raw": "令和７年１１月１７日（月）"}
    write_gold(STEM, document, facts(last), [], minutes)


if __name__ == "__main__":
    build()
    gold()
