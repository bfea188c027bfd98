"""滝沢市-style council committee record (minutes family): python-docx -> LibreOffice, with a 別表 of figures."""
from __future__ import annotations

import re

import pymupdf
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from e_common import OUT, PDF, fact, rate, to_pdf, write_gold, _n

STEM = "e_takizawa_kaigiroku_1"
TITLE = "令和６年滝沢市議会総務常任委員会会議録（第３回）"
ASOF, ASOF_PREV = "2024-02-29", "2023-02-28"
AG = ["令和５年度債権管理の取組状況について（報告）",
      "滝沢市債権管理条例の一部を改正する条例について",
      "閉会中の継続調査について"]
MATERIALS = ["資料１　令和５年度 債権管理の取組状況（令和６年２月末現在）",
             "資料２　滝沢市債権管理条例の一部を改正する条例案 新旧対照表"]

# 別表: (debt, seg, 調定額, target rate now, prev-year rate)
BETSU = [("市税", "現年課税分", 2792415300, 89.47, 89.12), ("市税", "滞納繰越分", 380062400, 24.18, 22.95),
         ("国民健康保険税", "現年課税分", 1183406200, 78.36, 77.90), ("国民健康保険税", "滞納繰越分", 402117800, 18.44, 19.02),
         ("後期高齢者医療保険料", "現年分", 421880500, 88.65, 88.41), ("後期高齢者医療保険料", "滞納繰越分", 6120300, 31.27, 29.84),
         ("介護保険料", "現年分", 1095224700, 90.83, 90.52), ("介護保険料", "滞納繰越分", 38406100, 17.65, 18.30)]


def fit_collected(a, r):
    c = int(a * r / 100)
    for d in range(-2000, 2000):
        if rate(c + d, a) == r:
            return c + d
    raise ValueError


ROWS = [(n, s, a, fit_collected(a, r), r, p) for n, s, a, r, p in BETSU]


def oku(v: int) -> str:
    """5億8,214万円 (truncated to 万)."""
    man = v // 10000
    o, m = divmod(man, 10000)
    return (f"{o}億" if o else "") + (f"{m:,}万円" if m else "円")


def main():
    cut = ROWS[0][2] - ROWS[0][3] + ROWS[1][2] - ROWS[1][3]
    cut_prev = 610270000 + 4321
    s_out, s_out_p = oku(cut) + "余", oku(cut_prev) + "余"
    SEC1, SEC2, SEC3 = AG
    # statements: (marker, speaker, section, text, facts-in-text, page)
    ST = [
        ("○", "村上委員長", SEC1, "ただいまから総務常任委員会を開会いたします。本日は、お手元の日程により付議事件３件について審査を行います。はじめに、令和５年度債権管理の取組状況について、当局から報告を求めます。", 1),
        ("◎", "熊谷総務部長", SEC1, "お手元の資料１により、全庁の債権管理の取組状況を御報告いたします。令和４年度決算における市全体の収入未済額は約9億8,600万円となり、前年度から約4,100万円減少いたしました。詳細につきましては担当課長から説明いたします。", 1),
        ("◎", "及川収納課長", SEC1, f"市税について御説明いたします。令和６年２月末現在の現年課税分の収納率は89.47％で、前年同期の89.12％と比べ0.35ポイント上昇しております。滞納繰越分の収納率は24.18％で、前年同期の22.95％を1.23ポイント上回っております。２月末時点の市税の収入未済額は{s_out}で、前年同期の{s_out_p}から減少いたしました。令和５年度の目標であります現年課税分99.10％の達成に向け、３月は出納整理期間までを見据えた催告と差押えを集中して行ってまいります。", 2),
        ("◎", "佐々木保険年金課長", SEC1, "国民健康保険税の２月末現在の収納率は、現年課税分が78.36％、滞納繰越分が18.44％となっております。滞納繰越分は前年同期の19.02％を0.58ポイント下回りましたが、現年課税分は前年同期の77.90％を上回っております。現年課税分の決算見込みは94.2％程度と見ております。", 2),
        ("○", "村上委員長", SEC1, "報告が終わりました。これより質疑を行います。", 2),
        ("○", "菊池委員", SEC1, "市税の滞納者数はどの程度か。また、不納欠損の状況についても伺いたい。", 2),
        ("◎", "及川収納課長", SEC1, "２月末現在の市税の滞納者数は3,412人で、前年同期の3,655人から243人減少しております。令和４年度の不納欠損額は、市税で1,843万円となっており、執行停止後３年を経過したものが大半でございます。", 3),
        ("○", "阿部委員", SEC1, "国保税の滞納繰越分が前年同期を下回った要因は何か。", 3),
        ("◎", "佐々木保険年金課長", SEC1, "高額の滞納繰越分を抱える世帯の市外転出が重なったことが主な要因でございます。今後は転出先自治体への照会を早め、財産調査を徹底してまいります。", 3),
        ("○", "小野寺委員", SEC1, "次の債権管理推進本部会議はいつ開かれる予定か。", 3),
        ("◎", "熊谷総務部長", SEC1, "令和６年度第１回滝沢市債権管理推進本部会議を５月下旬に開催し、令和５年度の決算見込みと新年度の目標を定める予定でございます。", 3),
        ("○", "村上委員長", SEC2, "ほかに質疑はありませんか。なければ、以上で本件を終わります。次に、滝沢市債権管理条例の一部を改正する条例について、説明を求めます。", 3),
        ("◎", "及川収納課長", SEC2, "本改正は、私債権の放棄に係る規定を整理し、議会への報告の時期を決算審査の時期に合わせるものでございます。", 4),
        ("○", "千葉委員", SEC2, "放棄の件数はどの程度を見込んでいるか。", 4),
        ("◎", "及川収納課長", SEC2, "令和５年度は、生活困窮により回収の見込みがない私債権を約40件と見込んでおります。", 4),
        ("○", "村上委員長", SEC3, "以上で付議事件の審査を終わります。閉会中の継続調査については、お手元の申出書のとおり議長に申し出ることに御異議ありませんか。", 4),
        ("○", "村上委員長", SEC3, "御異議なしと認め、そのように決定いたしました。以上で総務常任委員会を閉会いたします。", 4),
    ]
    facts = [
        fact(None, 2022, "令和４年度決算", "total", "outstanding", "actual", 986000000, "yen", "約9億8,600万円", 1, approx=True, debt_raw=None),
        fact("市税", 2023, "令和６年２月末", "current", "collection_rate", "interim", 89.47, "percent", "89.47％", 2, ASOF),
        fact("市税", 2022, "前年同期", "current", "collection_rate", "interim", 89.12, "percent", "89.12％", 2, ASOF_PREV),
        fact("市税", 2023, "令和６年２月末", "arrears", "collection_rate", "interim", 24.18, "percent", "24.18％", 2, ASOF),
        fact("市税", 2022, "前年同期", "arrears", "collection_rate", "interim", 22.95, "percent", "22.95％", 2, ASOF_PREV),
        fact("市税", 2023, "２月末時点", "total", "outstanding", "interim", cut // 10000 * 10000, "yen", s_out, 2, ASOF, approx=True),
        fact("市税", 2022, "前年同期", "total", "outstanding", "interim", cut_prev // 10000 * 10000, "yen", s_out_p, 2, ASOF_PREV, approx=True),
        fact("市税", 2023, "令和５年度", "current", "collection_rate", "target", 99.10, "percent", "99.10％", 2),
        fact("国民健康保険税", 2023, "２月末現在", "current", "collection_rate", "interim", 78.36, "percent", "78.36％", 2, ASOF),
        fact("国民健康保険税", 2023, "２月末現在", "arrears", "collection_rate", "interim", 18.44, "percent", "18.44％", 2, ASOF),
        fact("国民健康保険税", 2022, "前年同期", "arrears", "collection_rate", "interim", 19.02, "percent", "19.02％", 2, ASOF_PREV),
        fact("国民健康保険税", 2022, "前年同期", "current", "collection_rate", "interim", 77.90, "percent", "77.90％", 2, ASOF_PREV),
        fact("国民健康保険税", 2023, "決算見込み", "current", "collection_rate", "estimate", 94.2, "percent", "94.2％程度", 2, approx=True),
        fact("市税", 2023, "２月末現在", "total", "delinquents", "interim", 3412, "persons", "3,412人", 3, ASOF),
        fact("市税", 2022, "前年同期", "total", "delinquents", "interim", 3655, "persons", "3,655人", 3, ASOF_PREV),
        fact("市税", 2022, "令和４年度", "total", "written_off", "actual", 18430000, "yen", "1,843万円", 3),
    ]

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    st = doc.styles["Normal"]
    st.font.name = "IPAexMincho"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.line_spacing = 1.25
    hp = sec.header.paragraphs[0]
    hp.text = "滝沢市議会　総務常任委員会会議録"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("－ ")
    fld = OxmlElement("w:fldSimple"); fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; rr.append(t); fld.append(rr)
    fp._p.append(fld)
    fp.add_run(" －")

    def para(text="", size=None, bold=False, align=None, indent=None, first=None):
        p = doc.add_paragraph()
        run = p.add_run(text)
        if size:
            run.font.size = Pt(size)
        run.bold = bold
        if align:
            p.alignment = align
        if indent is not None:
            p.paragraph_format.left_indent = Mm(indent)
        if first is not None:
            p.paragraph_format.first_line_indent = Mm(first)
        return p

    def pbreak():
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    para(TITLE, 14, True, WD_ALIGN_PARAGRAPH.CENTER)
    para()
    attendees = []
    info = doc.add_table(rows=0, cols=2)
    info.alignment = WD_TABLE_ALIGNMENT.CENTER

    def row(label, lines):
        cells = info.add_row().cells
        cells[0].width, cells[1].width = Mm(28), Mm(132)
        cells[0].text = label
        cells[1].text = "\n".join(lines)
    row("日　　時", ["令和６年３月８日（金）午前10時00分～午前11時42分"])
    row("場　　所", ["第１委員会室"])
    iin = [("委員長", "村上　俊之"), ("副委員長", "工藤　美和"), ("委員", "菊池　明"), ("委員", "小野寺　徹"),
           ("委員", "阿部　さとみ"), ("委員", "千葉　浩二")]
    row("出席委員", ["　".join(f"{a}　{b}" for a, b in iin[:2]), "　".join(f"{a}　{b}" for a, b in iin[2:4]),
                     "　".join(f"{a}　{b}" for a, b in iin[4:])])
    setu = [("総務部長", "熊谷　修"), ("収納課長", "及川　隆之"), ("収納課主幹", "吉田　亮"), ("健康福祉部長", "中村　圭子"),
            ("保険年金課長", "佐々木　健")]
    row("説 明 員", [f"{a}　{b}" for a, b in setu])
    jim = [("議会事務局長", "高橋　伸"), ("議事調査係長", "斉藤　舞")]
    row("事 務 局", [f"{a}　{b}" for a, b in jim])
    row("付議事件", [f"{i}　{a}" for i, a in enumerate(AG, 1)])
    row("配付資料", MATERIALS)
    for a, b in iin + setu + jim:
        attendees.append({"role": a, "name": b.replace("　", " ")})
    para()
    para("―――――――――――――― 審 査 内 容 ――――――――――――――", align=WD_ALIGN_PARAGRAPH.CENTER)
    para("午前10時00分　開会", align=WD_ALIGN_PARAGRAPH.CENTER)
    page = 1
    statements = []
    for mk, spk, sect, text, pg in ST:
        if pg != page:
            pbreak()
            page = pg
        para(f"{mk}{spk}　{text}", first=-4, indent=4)
        statements.append({"speaker": spk, "section": sect, "text": text, "page": pg})
        if text.startswith("以上で付議事件"):
            para("〔「異議なし」と呼ぶ者あり〕", align=WD_ALIGN_PARAGRAPH.CENTER)
    para("午前11時42分　閉会", align=WD_ALIGN_PARAGRAPH.CENTER)
    para()
    para("滝沢市議会委員会条例第30条の規定により、ここに署名する。", indent=4)
    para("総務常任委員会委員長　村上　俊之", align=WD_ALIGN_PARAGRAPH.RIGHT)

    # 別表 (page 5)
    pbreak()
    para("別表　主な債権の収納状況（令和６年２月29日現在）", 11, True)
    para("（単位：円）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["債権名", "区分", "調定額", "収入済額", "収納率", "前年同期\n収納率"]):
        c.text = h
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        sh = OxmlElement("w:shd"); sh.set(qn("w:fill"), "D9D9D9"); sh.set(qn("w:val"), "clear")
        c._tc.get_or_add_tcPr().append(sh)
    prev_name, start = None, None
    for n, s, a, c, r_, p in ROWS:
        cells = tb.add_row().cells
        if n != prev_name:
            cells[0].text = n
            start, prev_name = cells[0], n
        else:
            start.merge(cells[0])
        vals = [s, f"{a:,}", f"{c:,}", f"{r_:.2f}％", f"{p:.2f}％"]
        for cell, v in zip(cells[1:], vals):
            cell.text = v
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT if v[0].isdigit() else WD_ALIGN_PARAGRAPH.CENTER
        seg = "current" if s.startswith("現年") else "arrears"
        facts += [fact(n, 2023, "令和６年２月29日現在", seg, "assessed", "interim", a, "yen", f"{a:,}", 5, ASOF),
                  fact(n, 2023, "令和６年２月29日現在", seg, "collected", "interim", c, "yen", f"{c:,}", 5, ASOF),
                  fact(n, 2023, "令和６年２月29日現在", seg, "collection_rate", "interim", r_, "percent", f"{r_:.2f}％", 5, ASOF),
                  fact(n, 2022, "前年同期", seg, "collection_rate", "interim", p, "percent", f"{p:.2f}％", 5, ASOF_PREV)]
    tb.autofit = False
    for gc, w in zip(tb._tbl.tblGrid.findall(qn("w:gridCol")), [34, 24, 32, 32, 19, 19]):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for rw in tb.rows:
        for cell, w in zip(rw.cells, [34, 24, 32, 32, 19, 19]):
            cell.width = Mm(w)
        for cell in rw.cells:
            for pp in cell.paragraphs:
                for run in pp.runs:
                    run.font.size = Pt(9.5)
    para("※収納率は収入済額を調定額で除したもの（小数点以下第３位を四捨五入）。前年同期は令和５年２月28日現在。", 8.5)
    para("※国民健康保険税の滞納繰越分には、国民健康保険料から切り替えた年度の分を含む。", 8.5)

    OUT.mkdir(parents=True, exist_ok=True)
    dx = OUT / f"{STEM}.docx"
    doc.save(dx)
    to_pdf(dx, PDF / f"{STEM}.pdf", "e_takizawa")
    minutes = {"title": TITLE, "meeting_number": 3, "date": "2024-03-08", "method": None,
               "attendees": attendees, "agenda": AG, "materials": MATERIALS,
               "statements": [{k: s[k] for k in ("speaker", "section", "text")} for s in statements]}
    document = {"kind": "minutes", "municipality": "滝沢市", "title": TITLE, "date": "2024-03-08",
                "date_raw": "令和６年３月８日"}
    write_gold(STEM, document, facts, [], minutes)
    pdf = pymupdf.open(PDF / f"{STEM}.pdf")
    texts = [_n(p.get_text()) for p in pdf]
    for s in statements:
        if _n(s["text"]) not in texts[s["page"] - 1]:
            raise SystemExit(f"statement not on page {s['page']}: {s['text'][:30]}")
    print("statements ok", len(statements))


if __name__ == "__main__":
    main()
