"""かすが野市議会 市税等収納対策特別委員会記録 (council committee record): python-docx -> LibreOffice.

Modelled on council special-committee records such as 湯河原町議会「町税等徴収対策強化特別委員会」
(◯委員長 … 君 speaker markers, figures read out by the tax division) and 小樽市議会 予算特別委員会
(○委員 / ○(財政)主幹 question and answer with prose figures). City invented.
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from h_common import F, OUT, ROOT, check, comma, find_page, fmt_rate, page_texts, rate, to_pdf, write_gold, zen  # noqa: E402

STEM = "h_kasugano_minutes_1"
CITY = "かすが野市"
TITLE = "かすが野市議会 市税等収納対策特別委員会記録"
AS_OF, AS_OF_PREV = "2025-02-28", "2024-02-29"

# 別表 data (千円): debt_raw, canonical, [(seg, 調定, 収入)], prev-year same-month rates (current, arrears, total)
TABLE = [
    ("市税", "市税", [("current", 18642310, 18045757), ("arrears", 1184520, 337112)], (96.49, 27.31, 91.02)),
    ("国民健康保険税", "国民健康保険料", [("current", 3912448, 3486804), ("arrears", 1286905, 232415)], (88.95, 19.22, 70.18)),
    ("介護保険料", "介護保険料", [("current", 2874336, 2812903), ("arrears", 96421, 13870)], (97.80, 13.92, 94.95)),
    ("下水道使用料", "下水道使用料", [("current", 2105778, 2045559), ("arrears", 41236, 15602)], (97.02, 36.10, 95.66)),
]
SEGLABEL = {"current": "現年度分", "arrears": "滞納繰越分", "total": "計"}


def rows_for(item):
    raw, canon, segs, prev = item
    out = []
    for (seg, a, c), p in zip(segs, prev[:2]):
        out.append((seg, a, c, rate(c, a), p))
    ta, tc = sum(s[1] for s in segs), sum(s[2] for s in segs)
    out.append(("total", ta, tc, rate(tc, ta), prev[2]))
    return out


R = {it[0]: {r[0]: r for r in rows_for(it)} for it in TABLE}


def pct(v):  # 全角 percent as read out in the record
    return zen(fmt_rate(v)) + "％"


shi = R["市税"]
kok = R["国民健康保険税"]
gesui = R["下水道使用料"]

ATTEND_MEMBERS = [("委員長", "木下　雅人"), ("副委員長", "山岸　久美子"), ("委員", "大川　誠"), ("委員", "佐伯　由紀"),
                  ("委員", "宮本　隆之"), ("委員", "長谷部　健"), ("委員", "柴田　千夏")]
EXPLAINERS = ["総務部長", "納税課長", "収納対策担当課長", "健康福祉部長", "保険年金課長", "子ども・若者部長", "こども家庭課長",
              "上下水道部経営課長"]
SECRETARIAT = ["議会事務局議事課長", "議事課主査"]
AGENDA = ["令和６年度市税等の収納状況について（２月末現在）", "令和７年度かすが野市債権管理計画（案）について", "その他"]
MATERIALS = ["資料１　市税等収納状況一覧（令和７年２月末現在）", "資料２　令和７年度かすが野市債権管理計画（案）"]

# statements: (speaker as printed, section, text). Figures are facts (see FACTS_PROSE).
ST = [
    ("木下委員長", "開会",
     "ただいまから市税等収納対策特別委員会を開会いたします。本日の出席委員は７名で、定足数に達しております。"
     "前回の令和６年度第３回委員会（令和６年１１月２０日開催）の記録は、お手元に配付のとおりであります。"
     "それでは、付議事件（１）令和６年度市税等の収納状況について、執行部から説明を求めます。"),
    ("石田納税課長", AGENDA[0],
     "資料１をご覧ください。令和７年２月末現在の市税の収納状況について御報告いたします。"
     f"現年課税分の収納率は{pct(shi['current'][3])}で、前年同月、これは令和６年２月２９日現在でございますが、"
     f"その{pct(shi['current'][4])}と比べ０．３１ポイントの上昇となっております。"
     f"滞納繰越分は{pct(shi['arrears'][3])}で、前年同月の{pct(shi['arrears'][4])}を１．１５ポイント上回っております。"
     "現年課税分につきましては、催告書の発送時期を早め、ＳＭＳによる催告を併用したことが効果を上げたものと考えております。"
     "なお、令和５年度決算における市税の収入未済額は約８億４，２００万円でございまして、"
     "このうち滞納繰越分の圧縮を引き続き重点課題としてまいります。"),
    ("原田保険年金課長", AGENDA[0],
     "続きまして、国民健康保険税について御報告いたします。"
     f"２月末現在の収納率は、現年課税分が{pct(kok['current'][3])}、滞納繰越分が{pct(kok['arrears'][3])}、"
     f"合計で{pct(kok['total'][3])}となっております。"
     "現年課税分は前年同月をやや上回っておりますが、滞納繰越分は前年同月を下回っている状況でございます。"
     "また、令和５年度の国民健康保険税の不納欠損額は約３，１００万円でございました。"),
    ("木下委員長", AGENDA[0], "説明が終わりました。質疑はありませんか。"),
    ("佐伯委員", AGENDA[0],
     "国民健康保険税の滞納繰越分の収納率が前年同月を下回っているとのことですが、その要因と、"
     "滞納されている方の人数がどのように推移しているのか伺います。"),
    ("原田保険年金課長", AGENDA[0],
     f"滞納繰越分の収納率は{pct(kok['arrears'][3])}で、前年同月の{pct(kok['arrears'][4])}と比べ低下しております。"
     "高額の滞納案件のうち、分納中の方の納付額が減少したことが主な要因と分析しております。"
     "滞納者数は、２月末現在で４，２１５人となり、前年同月の４，３８８人から１７３人減少しております。"
     "今後は財産調査を早期に行い、納付資力のある方には滞納処分を進めてまいります。"),
    ("宮本委員", AGENDA[0], "下水道使用料についても、収納状況と今後の取組を伺います。"),
    ("森上下水道部経営課長", AGENDA[0],
     f"下水道使用料の２月末現在の収納率は、現年度分が{pct(gesui['current'][3])}、"
     f"滞納繰越分が{pct(gesui['arrears'][3])}となっております。"
     "水道料金と一括して徴収しておりますので、給水停止予告とあわせた催告を継続してまいります。"),
    ("大川委員", AGENDA[0],
     "子ども・若者部で所管する保育料などの債権について、区の徴収体制との連携はどうなっているのか伺います。"),
    ("藤井こども家庭課長", AGENDA[0],
     "保育所保育料につきましては、口座振替の勧奨を入所時に徹底しており、滞納が２か月続いた方には、"
     "電話連絡の上で催告書を送付する取組を本年度から始めております。納税課とも情報を共有し、"
     "困難案件の引継ぎを検討しております。"),
    ("木下委員長", AGENDA[0], "ほかに質疑はありませんか。（「なし」と呼ぶ者あり）質疑を終わります。"),
    ("木下委員長", AGENDA[1], "次に、付議事件（２）令和７年度かすが野市債権管理計画（案）について、説明を求めます。"),
    ("石田納税課長", AGENDA[1],
     "資料２をご覧ください。令和７年度の市税の目標収納率は、現年課税分９９．１０％、滞納繰越分３０．００％と設定いたしました。"
     "国民健康保険税につきましては、現年課税分９１．５０％、滞納繰越分２０．５０％を目標としております。"
     "また、市税の収入未済額については、令和７年度末で７億６，０００万円以下とすることを目指してまいります。"),
    ("山岸副委員長", AGENDA[1],
     "目標の設定に当たって、県内他市との比較はどのように考慮されたのか伺います。"),
    ("石田納税課長", AGENDA[1],
     "県内の同規模市の平均を上回ることを基本とし、過去３年間の実績の伸びを踏まえて設定しております。"),
    ("木下委員長", AGENDA[2],
     "以上で本日の付議事件は全て終了いたしました。次回の委員会は、令和７年度第１回として５月中旬に開催する予定であります。"
     "これをもちまして市税等収納対策特別委員会を閉会いたします。"),
]

PROSE = [  # (debt_raw, canon, fy, fy_raw, seg, metric, basis, value, unit, raw, as_of, approx, ctx)
    ("市税", "市税", 2024, "令和７年２月末", "current", "collection_rate", "interim", shi["current"][3], "percent", pct(shi["current"][3]), AS_OF, False),
    ("市税", "市税", 2023, "令和６年２月２９日", "current", "collection_rate", "interim", shi["current"][4], "percent", pct(shi["current"][4]), AS_OF_PREV, False),
    ("市税", "市税", 2024, "令和７年２月末", "arrears", "collection_rate", "interim", shi["arrears"][3], "percent", pct(shi["arrears"][3]), AS_OF, False),
    ("市税", "市税", 2023, "前年同月", "arrears", "collection_rate", "interim", shi["arrears"][4], "percent", pct(shi["arrears"][4]), AS_OF_PREV, False),
    ("市税", "市税", 2023, "令和５年度", "total", "outstanding", "actual", 842000000, "yen", "約８億４，２００万円", None, True),
    ("国民健康保険税", "国民健康保険料", 2024, "２月末", "current", "collection_rate", "interim", kok["current"][3], "percent", pct(kok["current"][3]), AS_OF, False),
    ("国民健康保険税", "国民健康保険料", 2024, "２月末", "arrears", "collection_rate", "interim", kok["arrears"][3], "percent", pct(kok["arrears"][3]), AS_OF, False),
    ("国民健康保険税", "国民健康保険料", 2024, "２月末", "total", "collection_rate", "interim", kok["total"][3], "percent", pct(kok["total"][3]), AS_OF, False),
    ("国民健康保険税", "国民健康保険料", 2023, "令和５年度", "total", "written_off", "actual", 31000000, "yen", "約３，１００万円", None, True),
    # answer to 佐伯委員 (second occurrence of the arrears rate, same page or next)
    ("国民健康保険税", "国民健康保険料", 2024, "２月末", "arrears", "collection_rate", "interim", kok["arrears"][3], "percent", pct(kok["arrears"][3]), AS_OF, False),
    ("国民健康保険税", "国民健康保険料", 2023, "前年同月", "arrears", "collection_rate", "interim", kok["arrears"][4], "percent", pct(kok["arrears"][4]), AS_OF_PREV, False),
    ("国民健康保険税", "国民健康保険料", 2024, "２月末", "total", "delinquents", "interim", 4215, "persons", "４，２１５人", AS_OF, False),
    ("国民健康保険税", "国民健康保険料", 2023, "前年同月", "total", "delinquents", "interim", 4388, "persons", "４，３８８人", AS_OF_PREV, False),
    ("下水道使用料", "下水道使用料", 2024, "２月末", "current", "collection_rate", "interim", gesui["current"][3], "percent", pct(gesui["current"][3]), AS_OF, False),
    ("下水道使用料", "下水道使用料", 2024, "２月末", "arrears", "collection_rate", "interim", gesui["arrears"][3], "percent", pct(gesui["arrears"][3]), AS_OF, False),
    ("市税", "市税", 2025, "令和７年度", "current", "collection_rate", "target", 99.10, "percent", "９９．１０％", None, False),
    ("市税", "市税", 2025, "令和７年度", "arrears", "collection_rate", "target", 30.00, "percent", "３０．００％", None, False),
    ("国民健康保険税", "国民健康保険料", 2025, "令和７年度", "current", "collection_rate", "target", 91.50, "percent", "９１．５０％", None, False),
    ("国民健康保険税", "国民健康保険料", 2025, "令和７年度", "arrears", "collection_rate", "target", 20.50, "percent", "２０．５０％", None, False),
    ("市税", "市税", 2025, "令和７年度末", "total", "outstanding", "target", 760000000, "yen", "７億６，０００万円", None, False),
]


def set_font(run, name="IPAex明朝", size=None, bold=False):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def para(doc, text="", size=10.5, bold=False, align=None, indent_mm=None, first_mm=None, font="IPAex明朝", space_after=0):
    p = doc.add_paragraph()
    if text:
        set_font(p.add_run(text), font, size, bold)
    if align:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if indent_mm is not None:
        pf.left_indent = Mm(indent_mm)
    if first_mm is not None:
        pf.first_line_indent = Mm(first_mm)
    return p


def page_field(paragraph):
    run = paragraph.add_run()
    set_font(run, size=9)
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        run._r.append(el)


def cell_text(cell, text, align=WD_ALIGN_PARAGRAPH.CENTER, size=9, bold=False, vertical=False):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    set_font(p.add_run(text), "IPAexゴシック", size, bold)
    if vertical:
        tcPr = cell._tc.get_or_add_tcPr()
        td = OxmlElement("w:textDirection")
        td.set(qn("w:val"), "tbRlV")
        tcPr.append(td)


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("市税等収納対策特別委員会　令和７年３月１２日"), size=8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("－ "), size=9)
    page_field(fp)
    set_font(fp.add_run(" －"), size=9)

    para(doc, "※本記録は、令和７年度第２回委員会（令和７年５月２０日）において承認された。", size=8.5,
         align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=6)
    para(doc, "市税等収納対策特別委員会記録", size=15, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, font="IPAexゴシック")
    para(doc, "（令和６年度第４回）", size=11, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=10)
    items = [
        ("１　開催日時", "令和７年３月１２日（水）　午前１０時００分開会　午前１１時４２分閉会"),
        ("２　開催場所", "市役所本庁舎４階　第２委員会室"),
    ]
    for k, v in items:
        para(doc, f"{k}　　{v}", space_after=3)
    para(doc, "３　出席委員（７名）", space_after=1)
    line = []
    for role, name in ATTEND_MEMBERS:
        line.append(f"{role}　{name}")
    para(doc, "　　".join(line[:2]), indent_mm=8)
    para(doc, "　　".join(line[2:5]), indent_mm=8)
    para(doc, "　　".join(line[5:]), indent_mm=8, space_after=3)
    para(doc, "４　説明のため出席した者", space_after=1)
    para(doc, "・".join(EXPLAINERS), indent_mm=8, space_after=3)
    para(doc, "５　事務局出席者", space_after=1)
    para(doc, "・".join(SECRETARIAT), indent_mm=8, space_after=3)
    para(doc, "６　付議事件", space_after=1)
    for i, a in enumerate(AGENDA, 1):
        para(doc, f"（{zen(i)}）{a}", indent_mm=8)
    para(doc, "", space_after=2)
    para(doc, "７　配付資料", space_after=1)
    for m in MATERIALS:
        para(doc, m, indent_mm=8)
    para(doc, "", space_after=2)
    para(doc, "８　審査の経過", space_after=4, font="IPAexゴシック", bold=True)
    cur = None
    for sp, sect, text in ST:
        if sect != cur and sect in AGENDA:
            para(doc, f"【付議事件（{zen(AGENDA.index(sect) + 1)}）{sect}】", font="IPAexゴシック", space_after=2)
        cur = sect
        p = para(doc, first_mm=-4, indent_mm=4, space_after=4)
        set_font(p.add_run("○" + sp), "IPAexゴシック", 10.5, True)
        set_font(p.add_run("　" + text), "IPAex明朝", 10.5)
    para(doc, "以　上", align=WD_ALIGN_PARAGRAPH.RIGHT)

    # 別表 on its own page
    p = para(doc)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "別表　市税等収納状況一覧（令和７年２月末現在）", size=11.5, bold=True, font="IPAexゴシック", space_after=2)
    para(doc, "（単位：千円、％）", size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    hdr = ["債権名", "区分", "調定額", "収入額", "未収額", "収納率", "前年同月\n収納率", "増減"]
    nrows = 1 + 3 * len(TABLE)
    t = doc.add_table(rows=nrows, cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(13), Mm(21), Mm(25), Mm(25), Mm(22), Mm(15), Mm(17), Mm(15)]
    for j, h in enumerate(hdr):
        cell_text(t.cell(0, j), h, bold=True)
    r = 1
    for item in TABLE:
        raw = item[0]
        top = t.cell(r, 0).merge(t.cell(r + 2, 0))
        cell_text(top, raw, vertical=True)
        for k, (seg, a, c, rt, prv) in enumerate(rows_for(item)):
            vals = [SEGLABEL[seg], comma(a), comma(c), comma(a - c), fmt_rate(rt), fmt_rate(prv),
                    ("+" if rt - prv >= 0 else "△") + f"{abs(rt - prv):.2f}"]
            for j, v in enumerate(vals, 1):
                cell_text(t.cell(r + k, j), v, align=WD_ALIGN_PARAGRAPH.CENTER if j == 1 else WD_ALIGN_PARAGRAPH.RIGHT)
        r += 3
    t.autofit = False
    for j, col in enumerate(t.columns):
        col.width = widths[j]
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]
    para(doc, "", space_after=2)
    para(doc, "注１　前年同月収納率は、令和６年２月２９日現在の数値である。", size=8.5)
    para(doc, "注２　収納率は、収入額を調定額で除して小数点以下第３位を四捨五入している。", size=8.5)
    para(doc, "注３　増減欄の単位はポイント。", size=8.5)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    return to_pdf(src, ROOT / "pdf" / f"{STEM}.pdf", "kasugano")


def main():
    pdf = build()
    texts = page_texts(pdf)
    last = len(texts)
    facts = []
    used = {}
    # prose facts: locate page of each raw in the order of the statements
    body = texts[:-1]
    for (draw, canon, fy, fyr, seg, met, basis, val, unit, raw, as_of, approx) in PROSE:
        key = raw
        n = used.get(key, 0)
        # find the n-th page occurrence (a figure repeated in the answer may fall on the same page)
        from h_common import nows
        occ = []
        for i, tx in enumerate(body):
            occ += [i + 1] * nows(tx).count(nows(raw))
        page = occ[n]
        used[key] = n + 1
        facts.append(F(canon, fy, fyr, seg, met, basis, val, unit, raw, page, as_of=as_of, approx=approx, debt_raw=draw))
    for item in TABLE:
        raw, canon = item[0], item[1]
        for seg, a, c, rt, prv in rows_for(item):
            common = dict(as_of=AS_OF, debt_raw=raw)
            facts.append(F(canon, 2024, "令和７年２月末", seg, "assessed", "interim", a * 1000, "yen", comma(a), last, **common))
            facts.append(F(canon, 2024, "令和７年２月末", seg, "collected", "interim", c * 1000, "yen", comma(c), last, **common))
            facts.append(F(canon, 2024, "令和７年２月末", seg, "outstanding", "interim", (a - c) * 1000, "yen", comma(a - c), last, **common))
            facts.append(F(canon, 2024, "令和７年２月末", seg, "collection_rate", "interim", rt, "percent", fmt_rate(rt), last, **common))
            facts.append(F(canon, 2023, "前年同月", seg, "collection_rate", "interim", prv, "percent", fmt_rate(prv), last,
                           as_of=AS_OF_PREV, debt_raw=raw))
    attendees = [{"role": r, "title": None, "name": n} for r, n in ATTEND_MEMBERS]
    attendees += [{"role": "説明員", "title": t, "name": None} for t in EXPLAINERS]
    attendees += [{"role": "事務局", "title": t, "name": None} for t in SECRETARIAT]
    minutes = {"title": "市税等収納対策特別委員会記録（令和６年度第４回）", "meeting_number": 4, "date": "2025-03-12",
               "method": None, "attendees": attendees, "agenda": AGENDA, "materials": MATERIALS,
               "statements": [{"speaker": s, "section": sec, "text": t} for s, sec, t in ST]}
    document = {"kind": "minutes", "municipality": CITY, "title": "市税等収納対策特別委員会記録（令和６年度第４回）",
                "date": "2025-03-12", "date_raw": "令和７年３月１２日"}
    gold = write_gold(STEM, pdf, document, facts, [], minutes)
    errs = check(gold, pdf)
    print(STEM, "pages", len(texts), "facts", len(facts), "initiatives 0", "errors", len(errs))
    for e in errs:
        print("  ", e)


if __name__ == "__main__":
    main()
