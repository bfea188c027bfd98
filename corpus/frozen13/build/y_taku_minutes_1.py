"""y_taku_minutes_1: 多久市議会総務文教常任委員会会議録 (minutes), python-docx -> LibreOffice, A4 portrait."""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf as fitz
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from y_common import OUT, PDF_DIR, Gold, comma, rate, to_pdf, ws  # noqa: E402
from y_hofu_plan_1 import add_field, borders, cell_text, para, set_font  # noqa: E402

STEM = "y_taku_minutes_1"
CITY = "多久市"
TITLE = "多久市議会総務文教常任委員会会議録"

MEMBERS = [("委員長", "中島　慎一"), ("副委員長", "古賀　美和"), ("委員", "野田　健二"), ("委員", "香月　隆"),
           ("委員", "服部　直子"), ("委員", "井上　正和")]
OFFICIALS = ["総務部長", "税務課長", "収納対策室長", "福祉課長", "こども・子育て支援課長", "建設課長"]
AGENDA = ["所管事務調査「市の債権管理について」", "令和６年度多久市債権管理の取組状況について（報告）"]
MATERIALS = ["資料１　令和６年度債権管理の取組状況", "資料２　主要債権の収入未済額の推移",
             "別表　令和６年度主要債権の決算状況"]
# 別表（千円）: 調定, 収入, 不納欠損
BETSU = {
    "市税": (5812440, 5688054, 1486),
    "国民健康保険税": (1402318, 1238554, 22408),
    "介護保険料": (862114, 853602, 1205),
    "市営住宅使用料": (118652, 109915, 640),
    "学校給食費": (98406, 95190, 92),
}


def build():
    g = Gold(STEM, "minutes", CITY, TITLE, "2025-09-12", "令和７年９月１２日")
    st_list = []  # (speaker_printed, section, text, facts)

    sec1, sec2 = AGENDA
    tax = BETSU["市税"]
    tax_rate = rate(tax[1], tax[0])
    assert f"{tax_rate:.2f}" == "97.86", tax_rate
    S = [
        ("中島委員長", sec1,
         "ただいまから総務文教常任委員会を開会します。本日は、所管事務調査として市の債権管理について調査を行います。"
         "執行部から資料に基づき説明をお願いします。"),
        ("江口税務課長", sec1,
         "それでは、資料１により説明いたします。令和６年度の市税の収納率は、現年課税分が99.12％、滞納繰越分が28.4％で、"
         "全体では97.86％となりました。市税の収入未済額は約1億2,300万円で、前年度から約1,500万円減少しております。"
         "国民健康保険税は、現年課税分が95.40％、滞納繰越分が19.7％となっております。"
         "なお、債権ごとの取組の見直しにつきましては、令和７年度第２回債権管理委員会（１１月開催予定）に諮る予定としております。"),
        ("野田委員", sec1,
         "市税の滞納繰越分の収納率が３割を下回っている。今年度に入ってからの状況はどうか。"),
        ("古川収納対策室長", sec1,
         "本年７月末時点の市税の滞納繰越分の収納率は12.6％で、前年同月の11.9％を上回っております。"
         "高額案件を中心に預貯金の差押えを進めた結果と考えております。"),
        ("服部委員", sec1,
         "学校給食費の未納が続いている家庭への対応はどうなっているか。"),
        ("山口こども・子育て支援課長", sec1,
         "学校給食費の令和６年度の収入未済額は312万円余となっております。児童手当からの申出による徴収を勧め、"
         "就学援助制度の案内もあわせて行っております。"),
        ("香月委員", sec1,
         "市営住宅使用料の状況を伺いたい。"),
        ("松尾建設課長", sec1,
         "市営住宅使用料の令和６年度の収納率は、現年度分が97.8％、過年度分が15.2％でございます。"
         "長期滞納者については、連帯保証人への請求と明渡し請求の手続を段階的に進めております。"),
        ("中島委員長", sec2,
         "次に、令和６年度多久市債権管理の取組状況について報告を求めます。"),
        ("田中総務部長", sec2,
         "お手元の資料２と別表により報告いたします。主要５債権の令和６年度の収入未済額の合計は、"
         "別表のとおりでございます。今後とも、各所管課と連携して債権管理の適正化に努めてまいります。"),
        ("中島委員長", sec2,
         "以上で本日の委員会を閉会します。"),
    ]
    # facts in speeches (page filled in after layout)
    speech_facts = [
        ("市税", 2024, "令和６年度", "current", "collection_rate", "actual", 99.12, "percent", "99.12％", False, None),
        ("市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", 28.4, "percent", "28.4％", False, None),
        ("市税", 2024, "令和６年度", "total", "collection_rate", "actual", 97.86, "percent", "97.86％", False, None),
        ("市税", 2024, "令和６年度", "total", "outstanding", "actual", 123000000, "yen", "約1億2,300万円", True, None),
        ("国民健康保険税", 2024, "令和６年度", "current", "collection_rate", "actual", 95.40, "percent", "95.40％", False, None),
        ("国民健康保険税", 2024, "令和６年度", "arrears", "collection_rate", "actual", 19.7, "percent", "19.7％", False, None),
        ("市税", 2025, "本年７月末", "arrears", "collection_rate", "interim", 12.6, "percent", "12.6％", False, "2025-07-31"),
        ("市税", 2024, "前年同月", "arrears", "collection_rate", "interim", 11.9, "percent", "11.9％", False, "2024-07-31"),
        ("学校給食費", 2024, "令和６年度", "total", "outstanding", "actual", 3120000, "yen", "312万円余", True, None),
        ("市営住宅使用料", 2024, "令和６年度", "current", "collection_rate", "actual", 97.8, "percent", "97.8％", False, None),
        ("市営住宅使用料", 2024, "令和６年度", "arrears", "collection_rate", "actual", 15.2, "percent", "15.2％", False, None),
    ]
    for d, fy, fyr, seg, m, b, v, u, raw, apx, asof in speech_facts:
        g.fact(d, fy, fyr, seg, m, b, v, u, raw, approx=apx, as_of=asof, seq=("議事の経過",))

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(25), Mm(22)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("― "), 9)
    add_field(fp, "PAGE")
    set_font(fp.add_run(" ―"), 9)

    para(doc, TITLE, 15, True, WD_ALIGN_PARAGRAPH.CENTER, 10)
    para(doc, "１．日　　時　　令和７年９月１２日（金）　午前１０時００分開会　午前１１時２０分閉会")
    para(doc, "２．場　　所　　議会第１委員会室")
    para(doc, "３．出席委員（６名）")
    t = doc.add_table(rows=3, cols=4)
    for i, (role, name) in enumerate(MEMBERS):
        r, c = divmod(i, 2)
        cell_text(t.rows[r].cells[c * 2], role, 10, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(t.rows[r].cells[c * 2 + 1], name, 10, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "４．欠席委員　　なし")
    para(doc, "５．説明のため出席した者")
    para(doc, "　　" + "・".join(OFFICIALS), indent=0)
    para(doc, "６．職務のため出席した議会事務局職員")
    para(doc, "　　議事調査係長")
    para(doc, "７．付議事件")
    for i, a in enumerate(AGENDA, 1):
        para(doc, f"　（{i}）{a}")
    para(doc, "８．配付資料")
    for m in MATERIALS:
        para(doc, f"　　{m}")
    para(doc, "――――――――――――――――――――――――――――――――――", 10, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "議事の経過", 12, True, WD_ALIGN_PARAGRAPH.CENTER, 6)
    current_sec = None
    for spk, secname, text in S:
        if secname != current_sec:
            para(doc, f"◎{secname}", 10.5, True, None, 4)
            current_sec = secname
        p = doc.add_paragraph()
        set_font(p.add_run(f"○{spk}　"), 10.5, True)
        set_font(p.add_run(text), 10.5)
        p.paragraph_format.first_line_indent = Mm(0)
        p.paragraph_format.space_after = Pt(6)
        st_list.append({"speaker": spk, "section": secname, "text": text})
    para(doc, "午前１１時２０分　閉会", 10.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
    # 別表 on its own page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "別表　令和６年度 主要債権の決算状況", 11, True)
    para(doc, "（単位：千円）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    t = doc.add_table(rows=1, cols=6)
    borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]):
        cell_text(t.rows[0].cells[i], h, 9, True)
    sums = [0, 0, 0, 0]
    for d, (a, c, w) in BETSU.items():
        o = a - c - w
        row = t.add_row()
        cell_text(row.cells[0], d, 9.5, align=WD_ALIGN_PARAGRAPH.LEFT)
        for j, (v, m) in enumerate(((a, "assessed"), (c, "collected"), (w, "written_off"), (o, "outstanding"))):
            cell_text(row.cells[1 + j], comma(v), 9.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
            sums[j] += v
            g.fact(d, 2024, "令和６年度", "total", m, "actual", v * 1000, "yen", comma(v), seq=("（単位：千円）", d))
        r = rate(c, a)
        cell_text(row.cells[5], f"{r:.2f}%", 9.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
        g.fact(d, 2024, "令和６年度", "total", "collection_rate", "actual", r, "percent", f"{r:.2f}%",
               seq=("（単位：千円）", d))
    row = t.add_row()
    cell_text(row.cells[0], "合計", 9.5, True)
    for j, (v, m) in enumerate(zip(sums, ("assessed", "collected", "written_off", "outstanding"))):
        cell_text(row.cells[1 + j], comma(v), 9.5, True, WD_ALIGN_PARAGRAPH.RIGHT)
        g.fact(None, 2024, "令和６年度", "total", m, "actual", v * 1000, "yen", comma(v), debt_raw="合計",
               seq=("（単位：千円）", "合計"))
    r = rate(sums[1], sums[0])
    cell_text(row.cells[5], f"{r:.2f}%", 9.5, True, WD_ALIGN_PARAGRAPH.RIGHT)
    g.fact(None, 2024, "令和６年度", "total", "collection_rate", "actual", r, "percent", f"{r:.2f}%",
           debt_raw="合計", seq=("（単位：千円）", "合計"))
    para(doc, "※ 収納率は収入済額÷調定額。学校給食費は公会計化後の数値。", 8.5)

    OUT.mkdir(parents=True, exist_ok=True)
    docx = OUT / f"{STEM}.docx"
    doc.save(docx)
    pdf = to_pdf(docx, PDF_DIR / f"{STEM}.pdf", "taku")

    pages = [ws(p.get_text()) for p in fitz.open(pdf)]
    for st in st_list:
        key = ws("○" + st["speaker"] + st["text"][:25])
        cands = [i + 1 for i, t in enumerate(pages) if key in t]
        st["page"] = cands[0] if cands else None
    # statements are unique by speaker+start; same speaker+start twice would be a builder bug
    attendees = [{"role": role, "title": None, "name": name.replace("　", " ")} for role, name in MEMBERS]
    attendees += [{"role": "説明員", "title": t, "name": None} for t in OFFICIALS]
    attendees.append({"role": "事務局", "title": "議事調査係長", "name": None})
    g.minutes = {"title": TITLE, "meeting_number": None, "date": "2025-09-12", "method": None,
                 "attendees": attendees, "agenda": AGENDA,
                 "materials": [m.replace("　", " ") for m in MATERIALS], "statements": st_list}
    return g.finish(pdf)


if __name__ == "__main__":
    build()
