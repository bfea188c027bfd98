"""あかね台市議会 総務常任委員会記録 (council committee record on 債権管理) — python-docx → LibreOffice.
Modelled on council committee records (草加市議会 総務文教委員会, 福井市議会 総務委員会 顛末書) as read on chiholog."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Mm, Pt

from l_common import OUT, PDF, docx_font, docx_page_field, fact, locate, rate, to_pdf, write_gold

STEM = "l_akanedai_minutes_1"
CITY = "あかね台市"

# 別表 data (千円): 調定額, 収入済額, 不納欠損額
TABLE = [
    ("市税", 28934615, None, 68742, 98.62),
    ("国民健康保険税", 5127480, None, 21966, 86.37),
    ("介護保険料", 3866125, None, 8120, 98.91),
    ("保育所保育料", 611548, None, 1204, 96.02),
    ("下水道使用料", 3411270, None, 3015, 98.57),
]
rows = []
for name, a, _, w, r in TABLE:
    c = round(a * r / 100)
    assert rate(c, a) == r, (name, rate(c, a))
    o = a - c - w
    rows.append((name, a, c, w, o, rate(c, a)))
tot = [sum(r[i] for r in rows) for i in (1, 2, 3, 4)]
tot_rate = rate(tot[1], tot[0])

def k(n):
    return f"{n:,}"

def man(n_thousand):
    """千円 → '2,318万円' style truncated to 万円."""
    return f"{n_thousand // 10:,}万円"

hoiku = rows[3]
gesui = rows[4]
shizei = rows[0]

AG1 = "債権管理の取組状況について（令和7年度上半期）"
AG2 = "第2次あかね台市債権管理計画の実績報告について（令和6年度）"

S = []  # (marker, speaker, section, text)
S.append(("○", "高杉委員長", AG1,
          "ただいまから総務常任委員会を開会いたします。本日は、閉会中の所管事務調査として、債権管理の取組状況について"
          "及び第2次あかね台市債権管理計画の実績報告についての2件を調査いたします。なお、理事者の説明は簡潔にお願いします。"
          "それでは、1件目について理事者の説明を求めます。"))
S.append(("◎", "岡田総務部長", AG1,
          "総務部長の岡田でございます。本日は債権管理に関する所管事務調査をいただき、ありがとうございます。"
          "詳細につきましては債権管理課長から資料1により御説明いたします。"))
S.append(("◎", "西川債権管理課長", AG1,
          "それでは資料1を御覧ください。令和6年度決算における市の債権全体の収入未済額は約18億4,200万円となり、"
          "前年度と比べて約1億1,300万円減少いたしました。市税につきましては、収納率が98.62％で、内訳は現年課税分が99.41％、"
          "滞納繰越分が31.8％でございます。次に令和7年度上半期の状況ですが、9月末時点の市税現年課税分の収納率は52.3％で、"
          "前年同月の51.9％を0.4ポイント上回っております。なお、去る11月20日に開催した令和7年度第2回債権管理推進会議において、"
          "年度後半の重点取組として、差押えの早期着手とSMS催告の拡大を確認したところでございます。"))
S.append(("◆", "三浦委員", AG1,
          "国民健康保険税について伺います。9月末時点の状況と、滞納繰越分の年度末の見通しはどうでしょうか。"))
S.append(("◎", "北村保険年金課長", AG1,
          "国民健康保険税の9月末時点の収納率は、現年課税分が41.7％で前年同月比0.6ポイントの上昇、滞納繰越分は14.2％で、"
          "前年同月の15.0％を下回っております。年度末の見込みといたしましては、現年課税分94.1％、滞納繰越分26.5％を見込んでおり、"
          "口座振替の勧奨と夜間の電話催告により、さらなる上積みを図ってまいります。"))
S.append(("◆", "田中委員", AG1,
          "子ども関係の債権、特に保育料の滞納の状況について教えてください。"))
S.append(("◎", "平野こども・若者部長", AG1,
          f"保育所保育料の令和6年度の収入未済額は{man(hoiku[4])}余で、収納率は現年度分が99.12％、過年度分が22.4％でございます。"
          "新規入所時の口座振替の原則化と、児童手当からの申出徴収を引き続き進めてまいります。"))
S.append(("◆", "大野委員", AG1, "下水道使用料の未収金の状況はいかがですか。"))
S.append(("◎", "坂口上下水道局経営管理課長", AG1,
          "下水道使用料の令和6年度末の未収金残高は約4,580万円で、前年度末から約380万円の減少となりました。"
          "収入率は98.6％程度で推移しており、給水停止と連動した催告を継続してまいります。"))
S.append(("○", "高杉委員長", AG2,
          "次に、2件目の第2次あかね台市債権管理計画の実績報告について、理事者の説明を求めます。"))
S.append(("◎", "西川債権管理課長", AG2,
          "資料2を御覧ください。計画の最終年度である令和6年度の目標は、市税の収納率を98.5％以上、"
          "市全体の収入未済額を19億円以下とするものでしたが、いずれも達成いたしました。主要5債権の決算状況は別表のとおりでございます。"))
S.append(("◆", "石原委員", AG2, "不納欠損の状況についても伺います。"))
S.append(("◎", "西川債権管理課長", AG2,
          f"令和6年度の不納欠損額は、市税で{man(shizei[3])}、市全体では約1億420万円でございます。"
          "いずれも執行停止後の時効完成によるもので、財産調査を尽くした上で処理しております。"))
S.append(("○", "高杉委員長", AG2, "以上で本日の所管事務調査を終了いたします。これをもちまして総務常任委員会を閉会いたします。"))

FY = 2024
facts = []
F = lambda *a, **kw: facts.append(fact(None, *a, **kw))
# statement figures, in document order
F(None, FY, "令和6年度", "total", "outstanding", "actual", 1842000000, "yen", "約18億4,200万円", approx=True, debt_raw=None)
F("市税", FY, "令和6年度", "total", "collection_rate", "actual", 98.62, "percent", "98.62％")
F("市税", FY, "令和6年度", "current", "collection_rate", "actual", 99.41, "percent", "99.41％")
F("市税", FY, "令和6年度", "arrears", "collection_rate", "actual", 31.8, "percent", "31.8％")
F("市税", 2025, "9月末時点", "current", "collection_rate", "interim", 52.3, "percent", "52.3％", as_of="2025-09-30")
F("市税", 2024, "前年同月", "current", "collection_rate", "interim", 51.9, "percent", "51.9％", as_of="2024-09-30")
F("国民健康保険税", 2025, "9月末時点", "current", "collection_rate", "interim", 41.7, "percent", "41.7％", as_of="2025-09-30")
F("国民健康保険税", 2025, "9月末時点", "arrears", "collection_rate", "interim", 14.2, "percent", "14.2％", as_of="2025-09-30")
F("国民健康保険税", 2024, "前年同月", "arrears", "collection_rate", "interim", 15.0, "percent", "15.0％", as_of="2024-09-30")
F("国民健康保険税", 2025, "年度末の見込み", "current", "collection_rate", "estimate", 94.1, "percent", "94.1％")
F("国民健康保険税", 2025, "年度末の見込み", "arrears", "collection_rate", "estimate", 26.5, "percent", "26.5％")
F("保育所保育料", FY, "令和6年度", "total", "outstanding", "actual", (hoiku[4] // 10) * 10000, "yen", f"{man(hoiku[4])}余", approx=True)
F("保育所保育料", FY, "令和6年度", "current", "collection_rate", "actual", 99.12, "percent", "99.12％")
F("保育所保育料", FY, "令和6年度", "arrears", "collection_rate", "actual", 22.4, "percent", "22.4％")
F("下水道使用料", FY, "令和6年度末", "total", "outstanding", "actual", 45800000, "yen", "約4,580万円", approx=True)
F("下水道使用料", FY, "令和6年度", "total", "collection_rate", "actual", 98.6, "percent", "98.6％程度", approx=True)
F("市税", FY, "令和6年度", "total", "collection_rate", "target", 98.5, "percent", "98.5％以上")
F(None, FY, "令和6年度", "total", "outstanding", "target", 1900000000, "yen", "19億円以下")
F("市税", FY, "令和6年度", "total", "written_off", "actual", (shizei[3] // 10) * 10000, "yen", man(shizei[3]))
F(None, FY, "令和6年度", "total", "written_off", "actual", 104200000, "yen", "約1億420万円", approx=True)
# 別表
for name, a, c, w, o, r in rows:
    for m, v in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o)):
        F(name, FY, "令和6年度", "total", m, "actual", v * 1000, "yen", k(v))
    F(name, FY, "令和6年度", "total", "collection_rate", "actual", r, "percent", f"{r:.2f}")
for m, v in zip(("assessed", "collected", "written_off", "outstanding"), tot):
    F(None, FY, "令和6年度", "total", m, "actual", v * 1000, "yen", k(v), debt_raw="計（5債権）")
F(None, FY, "令和6年度", "total", "collection_rate", "actual", tot_rate, "percent", f"{tot_rate:.2f}", debt_raw="計（5債権）")

MEMBERS = [("委員長", "高杉　一郎"), ("副委員長", "森下　さやか"), ("委員", "三浦　健太"), ("委員", "大野　雅史"),
           ("委員", "田中　由紀"), ("委員", "石原　秀樹")]
OFFICIALS = [("総務部長", "岡田　浩二"), ("債権管理課長", "西川　昌平"), ("保険年金課長", "北村　直子"),
             ("こども・若者部長", "平野　修"), ("上下水道局経営管理課長", "坂口　誠")]


def build():
    d = Document()
    docx_font(d, "IPAexMincho", 10.5)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    hp = sec.header.paragraphs[0]
    hp.text = "令和7年12月9日　総務常任委員会"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    docx_page_field(fp, "－ ", " －")

    def para(text, bold=False, size=None, align=None, indent=None):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align:
            p.alignment = align
        if indent is not None:
            p.paragraph_format.left_indent = Mm(indent)
        p.paragraph_format.space_after = Pt(2)
        return p

    para("あかね台市議会", size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    para("総務常任委員会記録", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    para("令和7年12月9日（火曜日）午前10時00分開議", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para("第2委員会室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para("〇所管事務調査", bold=True)
    para("１　" + AG1, indent=5)
    para("２　" + AG2, indent=5)
    para("〇配付資料", bold=True)
    para("資料１　令和7年度上半期　債権管理の取組状況", indent=5)
    para("資料２　令和6年度　第2次あかね台市債権管理計画実績報告書", indent=5)
    para(f"〇出席委員（{len(MEMBERS)}名）", bold=True)
    t = d.add_table(rows=3, cols=4)
    cells = [f"{r}" for r, _ in MEMBERS]
    for i, (role, name) in enumerate(MEMBERS):
        rr, cc = divmod(i, 2)
        t.cell(rr, cc * 2).text = role
        t.cell(rr, cc * 2 + 1).text = name + "　君"
    para("〇説明のため出席した者", bold=True)
    t = d.add_table(rows=3, cols=4)
    for i, (role, name) in enumerate(OFFICIALS):
        rr, cc = divmod(i, 2)
        t.cell(rr, cc * 2).text = role
        t.cell(rr, cc * 2 + 1).text = name + "　君"
    para("")
    para("午前10時00分開議", align=WD_ALIGN_PARAGRAPH.CENTER)
    last_sec = None
    for mark, spk, section, text in S:
        if section != last_sec and last_sec is not None:
            para("――――――――――――――――――――", align=WD_ALIGN_PARAGRAPH.CENTER)
        last_sec = section
        p = d.add_paragraph()
        r = p.add_run(mark + spk)
        r.bold = True
        p.add_run("　" + text)
        p.paragraph_format.first_line_indent = Mm(-3.7)
        p.paragraph_format.left_indent = Mm(3.7)
        p.paragraph_format.space_after = Pt(4)
    para("午前11時26分閉会", align=WD_ALIGN_PARAGRAPH.CENTER)
    # 別表 on a new page
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para("別表　主要債権の決算状況（令和6年度）", bold=True, size=12)
    para("（単位：千円、収納率は％）", align=WD_ALIGN_PARAGRAPH.RIGHT, size=9)
    hdr = ["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
    for name, a, c, w, o, r in rows + [("計（5債権）", *tot, tot_rate)]:
        cs = t.add_row().cells
        vals = [name, k(a), k(c), k(w), k(o), f"{r:.2f}"]
        for i, v in enumerate(vals):
            cs[i].text = v
            if i:
                cs[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para("※収入未済額＝調定額－収入済額－不納欠損額。国民健康保険税は退職被保険者分を含む。", size=9)
    para("※市全体の収入未済額には、上記5債権のほか、市営住宅使用料、生活保護費返還金等を含む。", size=9)
    src = OUT / f"{STEM}.docx"
    d.save(src)
    return to_pdf(src, PDF / f"{STEM}.pdf", STEM)


if __name__ == "__main__":
    pdf = build()
    locate(facts, pdf)
    statements = [{"speaker": spk, "section": sec, "text": text, "page": None} for _, spk, sec, text in S]
    from l_common import locate_text
    locate_text(statements, pdf)
    attendees = [{"role": r, "title": None if r in ("委員長", "副委員長", "委員") else r, "name": n.replace("　", " ")}
                 for r, n in MEMBERS + OFFICIALS]
    minutes = {"title": "あかね台市議会 総務常任委員会記録", "meeting_number": None, "date": "2025-12-09",
               "method": None, "attendees": attendees, "agenda": [AG1, AG2],
               "materials": ["令和7年度上半期　債権管理の取組状況", "令和6年度　第2次あかね台市債権管理計画実績報告書"],
               "statements": statements}
    document = {"kind": "minutes", "municipality": CITY, "title": "あかね台市議会 総務常任委員会記録",
                "date": "2025-12-09", "date_raw": "令和7年12月9日（火曜日）"}
    write_gold(STEM, document, facts, [], minutes)
