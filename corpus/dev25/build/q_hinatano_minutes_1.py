"""ひなた野市議会 総務常任委員会記録 (council committee record on 債権管理), built with PyMuPDF Story.

Modelled on the layout of a real 総務常任委員会 record of a 所管事務調査「債権管理について」
(○-speaker markers with name + title, 出席委員 / 説明のため出席した者 lists), city invented.
"""
from __future__ import annotations

import io
import sys
from pathlib import Path

import fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from q_common import PDF_DIR, fact, write_gold, yen_k  # noqa: E402

STEM = "q_hinatano_minutes_1"
FONT_DIR = "/usr/share/fonts/opentype/ipaexfont-mincho/"
FONT_FILE = FONT_DIR + "ipaexm.ttf"
CSS = """
@font-face {font-family: M; src: url(ipaexm.ttf);}
body {font-family: M; font-size: 10.5pt; line-height: 1.55;}
h1 {font-size: 16pt; text-align: center; margin: 0 0 6pt 0;}
h2 {font-size: 12pt; margin: 10pt 0 4pt 0;}
p {margin: 0 0 5pt 0;}
p.sp {text-indent: -1em; margin-left: 1em;}
td {font-size: 10pt; padding: 1pt 4pt;}
table.att td {padding: 0 8pt 0 0;}
table.nb td {padding: 2pt 6pt;}
"""

SEC1 = "本市の債権管理について"
SEC2 = "令和６年度債権管理の取組結果及び令和７年度上半期の状況について"

# ---- 別表 data (単位：千円) -------------------------------------------------
ROWS = [  # name, 調定額, 収入済額, 不納欠損額
    ("市税", 21486310, 20782455, 41208),
    ("国民健康保険税", 4218744, 3542096, 38415),
    ("介護保険料", 3105287, 3041552, 6924),
    ("市営住宅使用料", 612480, 560302, 3560),
    ("保育所保育料", 402116, 389870, 1482),
    ("その他", 1284503, 852320, 7091),
]


def c(n: int) -> str:
    return f"{n:,}"


def rate(col, ass):
    return f"{col / ass * 100:.2f}"


def table_rows():
    out = []
    tot = [0, 0, 0, 0]
    for name, a, cl, w in ROWS:
        o = a - cl - w
        out.append((name, a, cl, w, o))
        tot = [tot[0] + a, tot[1] + cl, tot[2] + w, tot[3] + o]
    out.append(("合計", *tot))
    return out


TROWS = table_rows()
TOTAL_OUT = TROWS[-1][4]     # 1,842,165千円
TOTAL_WO = TROWS[-1][3]      # 98,680千円
assert TOTAL_OUT == 1842165 and TOTAL_WO == 98680, (TOTAL_OUT, TOTAL_WO)

# ---- the statements ---------------------------------------------------------
# (speaker, section, text, facts-in-text [(raw, fields...)]) ; pages fixed below
ST = {}
ST[2] = [
    ("森下啓介委員長", SEC1,
     "ただいまから総務常任委員会を開会いたします。本日は、所管事務調査として本市の債権管理について調査を行います。"
     "理事者から説明をお願いいたします。", []),
    ("岩瀬財政経営部長", SEC1,
     "財政経営部長の岩瀬でございます。本市では債権管理条例に基づき、全庁で収入未済額の縮減に取り組んでおります。"
     "令和６年度決算における本市全体の収入未済額は約１８億４，２００万円で、前年度と比べて約１億１，３００万円の縮減となりました。"
     "また、去る１０月２８日に令和７年度第２回債権管理推進会議を開催し、上半期の状況を各所管から報告させたところでございます。"
     "詳細は債権管理課長から説明いたします。",
     [("約１８億４，２００万円", dict(debt=None, fy=2024, fy_raw="令和６年度", seg="total", metric="outstanding",
                                 basis="actual", value=1842000000, unit="yen", approx=True))]),
    ("小宮債権管理課長", SEC1,
     "それでは資料１により説明いたします。市税の令和６年度の収納率は、現年課税分で９９．１２％、滞納繰越分で３１．４％となっております。"
     "国民健康保険税は、現年課税分が９４．６％、滞納繰越分が２２．８％でございます。"
     "なお、令和７年９月末時点の市税現年課税分の収納率は５４．３％で、前年同期の５３．９％を０．４ポイント上回っております。",
     [("９９．１２％", dict(debt="市税", fy=2024, fy_raw="令和６年度", seg="current", metric="collection_rate", basis="actual", value=99.12, unit="percent")),
      ("３１．４％", dict(debt="市税", fy=2024, fy_raw="令和６年度", seg="arrears", metric="collection_rate", basis="actual", value=31.4, unit="percent")),
      ("９４．６％", dict(debt="国民健康保険税", fy=2024, fy_raw="令和６年度", seg="current", metric="collection_rate", basis="actual", value=94.6, unit="percent")),
      ("２２．８％", dict(debt="国民健康保険税", fy=2024, fy_raw="令和６年度", seg="arrears", metric="collection_rate", basis="actual", value=22.8, unit="percent")),
      ("５４．３％", dict(debt="市税", fy=2025, fy_raw="令和７年９月末", seg="current", metric="collection_rate", basis="interim", as_of="2025-09-30", value=54.3, unit="percent")),
      ("５３．９％", dict(debt="市税", fy=2024, fy_raw="前年同期", seg="current", metric="collection_rate", basis="interim", as_of="2024-09-30", value=53.9, unit="percent"))]),
]
ST[3] = [
    ("森下啓介委員長", SEC1, "説明が終わりました。質疑はございませんか。", []),
    ("大西亮委員", SEC1,
     "市営住宅使用料について伺います。退去者の滞納が長く残っていると聞いておりますが、現在の収入未済額と、滞納者の人数を教えてください。", []),
    ("高畑住宅政策課長", SEC1,
     "市営住宅使用料の収入未済額は、令和６年度末で４，８６１万円余りでございます。滞納者数は２１４人で、そのうち退去者が９１人となっております。"
     "退去者分につきましては、本年度から弁護士法人への回収委託を始めたところでございます。",
     [("４，８６１万円余り", dict(debt="市営住宅使用料", fy=2024, fy_raw="令和６年度末", seg="total", metric="outstanding", basis="actual", value=48610000, unit="yen", approx=True)),
      ("２１４人", dict(debt="市営住宅使用料", fy=2024, fy_raw="令和６年度末", seg="total", metric="delinquents", basis="actual", value=214, unit="persons"))]),
    ("大西亮委員", SEC1, "委託の効果については、年度末にまとめて報告をお願いします。", []),
    ("加納由美子委員", SEC2,
     "保育所保育料の状況はどうでしょうか。口座振替の勧奨を強めると前回伺いましたが、結果を教えてください。", []),
    ("江口子ども・若者部長", SEC2,
     "保育所保育料の令和６年度の現年度分収納率は９８．７％でございました。口座振替の利用率は前年度から３．２ポイント伸びて８１％となっており、"
     "新規入所時の申込みを原則化したことが効いていると考えております。",
     [("９８．７％", dict(debt="保育所保育料", fy=2024, fy_raw="令和６年度", seg="current", metric="collection_rate", basis="actual", value=98.7, unit="percent"))]),
]
ST[4] = [
    ("坂口健委員", SEC2,
     "不納欠損について伺います。時効による欠損が増えているのではないかという心配がありますが、市全体の額はどのくらいでしょうか。", []),
    ("小宮債権管理課長", SEC2,
     "令和６年度の不納欠損額は市全体で約９，８７０万円でございます。そのうち市税が４，１２０万円余りで、大半は執行停止後の３年経過によるものでございます。"
     "時効の管理につきましては、今年度から債権管理システムで一元的に確認できるようにしております。",
     [("約９，８７０万円", dict(debt=None, fy=2024, fy_raw="令和６年度", seg="total", metric="written_off", basis="actual", value=98700000, unit="yen", approx=True)),
      ("４，１２０万円余り", dict(debt="市税", fy=2024, fy_raw="令和６年度", seg="total", metric="written_off", basis="actual", value=41200000, unit="yen", approx=True))]),
    ("長谷部武委員", SEC2,
     "債権管理推進会議の議論の内容は、委員会にも随時お示しいただきたいと思います。要望です。", []),
    ("岩瀬財政経営部長", SEC2,
     "承知いたしました。令和７年度第３回の会議の結果につきましても、取りまとめ次第、資料として提出いたします。", []),
    ("森下啓介委員長", SEC2,
     "ほかにございませんか。なければ、以上で所管事務調査を終わります。本日の委員会はこれで閉会いたします。", []),
]

ATT = [("委員長", "森下 啓介"), ("副委員長", "水野 千春"), ("委員", "大西 亮"), ("委員", "加納 由美子"),
       ("委員", "坂口 健"), ("委員", "長谷部 武"), ("委員", "藤森 紀子")]
EXPL = [("財政経営部長", "岩瀬 孝之"), ("債権管理課長", "小宮 恵"), ("納税課長", "田代 誠"),
        ("保険年金課長", "村井 直樹"), ("子ども・若者部長", "江口 真理"), ("住宅政策課長", "高畑 悠")]
SEC_STAFF = [("議事調査課主査", "野口 聡")]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;")


def page1():
    att = "".join(f"<tr><td>{r}</td><td>{n}</td></tr>" for r, n in ATT)
    ex = "".join(f"<tr><td>{r}</td><td>{n}</td></tr>" for r, n in EXPL)
    st = "".join(f"<tr><td>{r}</td><td>{n}</td></tr>" for r, n in SEC_STAFF)
    return f"""
<h1>総務常任委員会記録</h1>
<p style="text-align:center">（令和７年１１月１２日）</p>
<table class="nb">
<tr><td>開催日時</td><td>令和７年１１月１２日（水）　午前１０時００分開会　午前１１時４２分閉会</td></tr>
<tr><td>開催場所</td><td>第２委員会室</td></tr>
</table>
<h2>出席委員（７名）</h2>
<table class="att">{att}</table>
<h2>説明のため出席した者</h2>
<table class="att">{ex}</table>
<h2>事務局職員出席者</h2>
<table class="att">{st}</table>
<h2>会議に付した事件</h2>
<p>１　所管事務調査　{SEC1}</p>
<p>２　報告事項　{SEC2}</p>
<h2>配付資料</h2>
<p>資料１　ひなた野市債権管理計画の取組状況（令和７年９月末現在）</p>
<p>資料２　主要債権の収入未済額等の推移（別表）</p>
"""


def speech_html(items, heading=None):
    h = f"<h2>{heading}</h2>" if heading else ""
    return h + "".join(f'<p class="sp">○{sp}　{esc(tx)}</p>' for sp, _, tx, _ in items)


def page5():
    head = "<tr>" + "".join(f'<td style="text-align:{al}">{h}</td>' for h, al in [
        ("債権名", "left"), ("調定額", "right"), ("収入済額", "right"), ("不納欠損額", "right"),
        ("収入未済額", "right"), ("収納率", "right")]) + "</tr>"
    body = ""
    for name, a, cl, w, o in TROWS:
        body += (f'<tr><td>{name}</td><td style="text-align:right">{c(a)}</td><td style="text-align:right">{c(cl)}</td>'
                 f'<td style="text-align:right">{c(w)}</td><td style="text-align:right">{c(o)}</td>'
                 f'<td style="text-align:right">{rate(cl, a)}</td></tr>')
    return f"""
<h2>別表　主要債権の収入状況（令和６年度決算）</h2>
<p style="text-align:right">単位：千円、収納率は％</p>
<table class="nb">{head}{body}</table>
<p>注）収納率は収入済額÷調定額で、小数点以下第３位を四捨五入している。</p>
<p>注）その他は、上記以外の税外債権（下水道受益者負担金、生活保護費返還金等）の合計である。</p>
"""


PAGES = [
    (page1(), None),
    (speech_html(ST[2], "１　所管事務調査　" + SEC1) , 2),
    (speech_html(ST[3]), 3),
    (speech_html(ST[4][:1], "２　報告事項　" + SEC2) + speech_html(ST[4][1:]), 4),
    (page5(), None),
]


def build():
    arch = fitz.Archive(FONT_DIR)
    buf = io.BytesIO()
    w = fitz.DocumentWriter(buf)
    mb = fitz.paper_rect("a4")
    where = mb + (62, 70, -62, -70)
    for html, _ in PAGES:
        story = fitz.Story(html=html, user_css=CSS, archive=arch)
        dev = w.begin_page(mb)
        more, _ = story.place(where)
        story.draw(dev)
        w.end_page()
        assert not more, "page overflow"
    w.close()
    doc = fitz.open("pdf", buf.getvalue())
    n = doc.page_count
    for i, page in enumerate(doc):
        page.insert_font(fontname="M", fontfile=FONT_FILE)
        page.insert_text((62, 45), "ひなた野市議会　総務常任委員会記録", fontname="M", fontsize=8)
        page.insert_text((mb.width / 2 - 12, mb.height - 35), f"- {i + 1} -", fontname="M", fontsize=9)
    doc.subset_fonts()
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    doc.save(PDF_DIR / f"{STEM}.pdf", garbage=4, deflate=True)
    return n


def gold():
    facts = []
    statements = []
    # page 2: 岩瀬 has statement under heading; page 4 first statement under SEC2 heading
    for page, items in ST.items():
        for sp, sec, tx, fl in items:
            statements.append({"speaker": sp, "section": sec, "text": tx, "page": page})
            for raw, f in fl:
                facts.append(fact(f["debt"], f["fy"], f["fy_raw"], f["seg"], f["metric"], f["basis"], f["value"],
                                  f["unit"], raw, page, as_of=f.get("as_of"), approx=f.get("approx", False),
                                  debt_raw=f["debt"]))
    # 別表 on page 5
    for name, a, cl, w, o in TROWS:
        debt = None if name in ("合計", "その他") else name
        for metric, v in (("assessed", a), ("collected", cl), ("written_off", w), ("outstanding", o)):
            facts.append(fact(debt, 2024, "令和６年度", "total", metric, "actual", v * 1000, "yen", c(v), 5,
                              debt_raw=name))
        facts.append(fact(debt, 2024, "令和６年度", "total", "collection_rate", "actual", float(rate(cl, a)),
                          "percent", rate(cl, a), 5, debt_raw=name))
    attendees = [{"role": r, "title": None, "name": n} for r, n in ATT]
    attendees += [{"role": r, "title": r, "name": n} for r, n in EXPL]
    attendees += [{"role": r, "title": r, "name": n} for r, n in SEC_STAFF]
    minutes = {"title": "総務常任委員会記録", "meeting_number": None, "date": "2025-11-12", "method": None,
               "attendees": attendees,
               "agenda": ["所管事務調査　" + SEC1, SEC2],
               "materials": ["ひなた野市債権管理計画の取組状況（令和７年９月末現在）",
                             "主要債権の収入未済額等の推移（別表）"],
               "statements": statements}
    document = {"kind": "minutes", "municipality": "ひなた野市", "title": "総務常任委員会記録",
                "date": "2025-11-12", "date_raw": "令和７年１１月１２日"}
    write_gold(STEM, document, facts, [], minutes, expect_pages=5)


if __name__ == "__main__":
    build()
    gold()
