"""伊勢市議会 総務政策委員会記録（所管事務調査：債権管理）: python-docx -> LibreOffice build + gold.

Modelled on the council committee record style of 四日市市議会 総務常任委員会（平成24年10月25日, 所管事務調査
「債権管理について」, https://paperzz.com/doc/5464832/ ）: ○-marked speakers with name+title, question/answer,
a 別表 of figures at the end. Names and figures are invented.
"""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from t_common import Facts, OUT, PDF_DIR, page_texts, soffice_pdf, squash, write_gold

STEM = "t_ise_minutes_1"
CITY = "伊勢市"
F = Facts()
MINCHO = "IPAexMincho"
GOTHIC = "IPAexGothic"


def rate(c, a, nd=2):
    return round(c / a * 100 + 1e-9, nd)


def oku_man(yen_thousands: int) -> tuple[str, int]:
    """千円 -> 「約3億1,240万円」 (rounded to 10万円) and its yen value."""
    man = round(yen_thousands / 100) * 10   # 万円, rounded to 10万
    if man >= 10000:
        txt = f"約{man // 10000}億{man % 10000:,}万円" if man % 10000 else f"約{man // 10000}億円"
    else:
        txt = f"約{man:,}万円"
    return txt, man * 10000


# 別表 data 令和6年度決算（千円）: name, a, c, w
TAX_CUR = (12_845_600, 12_732_559)
TAX_ARR = (421_870, 142_592)
TAX_W = 9_312
BETSU = [
    ("市税", TAX_CUR[0] + TAX_ARR[0], TAX_CUR[1] + TAX_ARR[1], TAX_W),
    ("国民健康保険税", 2_863_410, 2_458_018, 14_332),
    ("介護保険料", 2_214_506, 2_187_390, 3_877),
    ("後期高齢者医療保険料", 1_402_218, 1_398_052, 402),
    ("保育所保育料", 412_860, 399_214, 1_307),
    ("市営住宅使用料", 286_114, 251_062, 2_450),
    ("下水道使用料", 1_630_772, 1_611_804, 1_106),
]
KOKUHO_CUR = (2_533_410, 2_386_738)   # 94.21%
KOKUHO_ARR = (2_863_410 - 2_533_410, 2_458_018 - 2_386_738)


def set_font(run, name=MINCHO, size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(k), name)


def para(doc, text="", *, font=MINCHO, size=10.5, bold=False, align=None, indent_mm=0, first_mm=0, space_after=2):
    p = doc.add_paragraph()
    if text:
        set_font(p.add_run(text), font, size, bold)
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if indent_mm:
        pf.left_indent = Mm(indent_mm)
    if first_mm:
        pf.first_line_indent = Mm(first_mm)
    if align:
        p.alignment = align
    return p


def cell_text(cell, text, *, font=MINCHO, size=9.5, align=None, shade=None):
    cell.text = ""
    p = cell.paragraphs[0]
    set_font(p.add_run(text), font, size)
    if align:
        p.alignment = align
    if shade:
        tcpr = cell._element.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), shade)
        tcpr.append(shd)


def footer_page_number(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    set_font(run, MINCHO, 9)
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        run._element.append(el)
    h = section.header.paragraphs[0]
    h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(h.add_run("総務政策委員会記録（令和７年１１月１４日）"), MINCHO, 8)


def fix_grid(table, widths_mm):
    """Write the column grid and every cell width so that LibreOffice keeps the widths."""
    grid = table._tbl.tblGrid
    for gc, wmm in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(wmm * 56.7)))
    for row in table.rows:
        for cell, wmm in zip(row.cells, widths_mm):
            cell.width = Mm(wmm)


STATEMENTS: list[dict] = []
SECTION = ["開会"]


def speak(doc, speaker, paragraphs, facts=()):
    """○ marker line with the speaker, then the speech indented."""
    para(doc, f"○{speaker}", font=GOTHIC, size=10.5, space_after=0)
    for t in paragraphs:
        para(doc, t, indent_mm=4, first_mm=4, space_after=2)
    STATEMENTS.append({"speaker": speaker, "section": SECTION[0], "text": "\n".join(paragraphs), "page": None})
    for f in facts:
        F.add(**f)


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    footer_page_number(sec)

    para(doc, "伊勢市議会", font=GOTHIC, size=10, align=WD_ALIGN_PARAGRAPH.LEFT, space_after=2)
    para(doc, "総務政策委員会記録", font=GOTHIC, size=15, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=8)
    rows = [("開催日時", "令和７年１１月１４日（金）　午前１０時００分～午前１１時４２分"),
            ("開催場所", "第１委員会室"),
            ("出席委員", "委員長　山本 正志　　副委員長　岡田 由美\n委員　北村 健一　　委員　杉浦 恵子　　委員　中川 隆　　委員　西尾 和也"),
            ("欠席委員", "なし"),
            ("説明員", "総務部長・税務課長・収納課長・健康福祉部長・医療保険課長・子ども・若者部長・子育て応援課長・上下水道部長"),
            ("事務局", "議事課長・議事課主幹"),
            ("審査事項", "１　所管事務調査「市の債権管理の取組状況について」\n２　「伊勢市債権管理計画（令和８年度～令和１２年度）素案」について"),
            ("配付資料", "資料１　令和６年度決算における債権の状況\n資料２　債権管理の取組状況（令和７年１０月末現在）\n資料３　伊勢市債権管理計画（素案）")]
    t = doc.add_table(rows=len(rows), cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    fix_grid(t, [26, 134])
    for i, (k, v) in enumerate(rows):
        cell_text(t.cell(i, 0), k, font=GOTHIC, size=10)
        cell_text(t.cell(i, 1), v, size=10)
        t.cell(i, 0).width = Mm(26)
        t.cell(i, 1).width = Mm(134)
    para(doc, "")
    para(doc, "―――――――――――――― 〇 ――――――――――――――", align=WD_ALIGN_PARAGRAPH.CENTER)

    speak(doc, "山本正志委員長", [
        "ただいまから総務政策委員会を開会いたします。",
        "本日は、所管事務調査として市の債権管理の取組状況について、あわせて伊勢市債権管理計画の素案について、"
        "理事者から説明を受けます。それでは、理事者から説明をお願いします。"])

    SECTION[0] = "市の債権管理の取組状況について"
    para(doc, "【所管事務調査】市の債権管理の取組状況について", font=GOTHIC, size=11, space_after=4)
    speak(doc, "森田総務部長", [
        "総務部長の森田でございます。本日は債権管理の取組状況について御説明の機会をいただき、ありがとうございます。"
        "詳細につきましては、収納課長から資料に基づいて説明いたします。"])

    tax_a = BETSU[0][1]; tax_c = BETSU[0][2]; tax_w = BETSU[0][3]
    tax_out = tax_a - tax_c - tax_w
    r_cur = rate(TAX_CUR[1], TAX_CUR[0]); r_arr = round(rate(TAX_ARR[1], TAX_ARR[0]), 1); r_tot = rate(tax_c, tax_a)
    out_txt, out_yen = oku_man(tax_out)
    prev_out = tax_out + 28_600
    dec_txt, dec_yen = oku_man(28_600)
    speak(doc, "小林収納課長", [
        "資料１を御覧ください。令和６年度決算における市税の収納率は、現年課税分が"
        f"{r_cur}％、滞納繰越分が{r_arr}％、合計で{r_tot}％となりました。",
        f"市税の収入未済額は{out_txt}で、前年度と比べ{dec_txt}の減少となっております。"
        "滞納繰越分の縮減につきましては、預貯金や給与の差押えを中心に、早期の滞納処分に取り組んだ結果であると考えております。",
        "次に資料２を御覧ください。令和７年１０月末現在の市税の現年課税分の収納率は61.8％で、"
        "前年同月の61.2％を0.6ポイント上回っております。"],
        facts=[dict(debt="市税", metric="collection_rate", value=r_cur, unit="percent", raw=f"{r_cur}％",
                    fiscal_year=2024, fiscal_year_raw="令和６年度", segment="current", locate="現年課税分が"),
               dict(debt="市税", metric="collection_rate", value=r_arr, unit="percent", raw=f"{r_arr}％",
                    fiscal_year=2024, fiscal_year_raw="令和６年度", segment="arrears", locate="滞納繰越分が"),
               dict(debt="市税", metric="collection_rate", value=r_tot, unit="percent", raw=f"{r_tot}％",
                    fiscal_year=2024, fiscal_year_raw="令和６年度", segment="total", locate="合計で"),
               dict(debt="市税", metric="outstanding", value=out_yen, unit="yen", approx=True, raw=out_txt,
                    fiscal_year=2024, fiscal_year_raw="令和６年度", locate="市税の収入未済額は"),
               dict(debt="市税", metric="collection_rate", value=61.8, unit="percent", raw="61.8％",
                    fiscal_year=2025, fiscal_year_raw="令和７年１０月末", segment="current", basis="interim",
                    as_of="2025-10-31", locate="１０月末現在"),
               dict(debt="市税", metric="collection_rate", value=61.2, unit="percent", raw="61.2％",
                    fiscal_year=2024, fiscal_year_raw="前年同月", segment="current", basis="interim",
                    as_of="2024-10-31", locate="前年同月の")])

    speak(doc, "山本正志委員長", ["説明が終わりました。御質疑はございませんか。"])
    speak(doc, "北村健一委員", [
        "国民健康保険税について伺います。市税に比べて収納率が低い状況が続いていると思いますが、"
        "令和６年度の状況と、滞納している世帯の数を教えてください。"])
    k_cur = rate(KOKUHO_CUR[1], KOKUHO_CUR[0]); k_arr = round(rate(KOKUHO_ARR[1], KOKUHO_ARR[0]), 1)
    k = BETSU[1]
    k_out_txt, k_out_yen = oku_man(k[1] - k[2] - k[3])
    speak(doc, "中村医療保険課長", [
        f"令和６年度の国民健康保険税の収納率は、現年課税分で{k_cur}％、滞納繰越分で{k_arr}％でございます。"
        f"収入未済額は{k_out_txt}、滞納世帯数は令和７年３月末で1,384世帯となっております。",
        "被保険者の高齢化や所得の低い世帯の割合が高いことが要因と考えておりますが、"
        "口座振替の勧奨と短期被保険者証の交付時の納付相談を通じて、引き続き収納率の向上に努めてまいります。"],
        facts=[dict(debt="国民健康保険税", metric="collection_rate", value=k_cur, unit="percent", raw=f"{k_cur}％",
                    fiscal_year=2024, fiscal_year_raw="令和６年度", segment="current", locate="現年課税分で"),
               dict(debt="国民健康保険税", metric="collection_rate", value=k_arr, unit="percent", raw=f"{k_arr}％",
                    fiscal_year=2024, fiscal_year_raw="令和６年度", segment="arrears", locate="滞納繰越分で"),
               dict(debt="国民健康保険税", metric="outstanding", value=k_out_yen, unit="yen", approx=True,
                    raw=k_out_txt, fiscal_year=2024, fiscal_year_raw="令和６年度", locate="滞納世帯数は"),
               dict(debt="国民健康保険税", metric="delinquents", value=1384, unit="households", raw="1,384世帯",
                    fiscal_year=2024, fiscal_year_raw="令和７年３月末", locate="滞納世帯数は")])
    speak(doc, "杉浦恵子委員", [
        "保育所保育料について、退園した後に未納のまま連絡が取れなくなる方もいると聞いています。現状はどうでしょうか。"])
    h = BETSU[4]
    h_out_txt, h_out_yen = oku_man(h[1] - h[2] - h[3])
    h_r = round(rate(h[2], h[1]), 1)
    speak(doc, "浜口子育て応援課長", [
        f"保育所保育料の令和６年度の収納率は全体で{h_r}％、収入未済額は{h_out_txt}でございます。"
        "退園後の未納者につきましては、住民票により転居先を確認したうえで文書催告を行っており、"
        "今年度からは児童手当からの徴収の申出を在園中に勧奨する取組を始めております。"],
        facts=[dict(debt="保育所保育料", metric="collection_rate", value=h_r, unit="percent", raw=f"{h_r}％",
                    fiscal_year=2024, fiscal_year_raw="令和６年度", segment="total", locate="全体で"),
               dict(debt="保育所保育料", metric="outstanding", value=h_out_yen, unit="yen", approx=True,
                    raw=h_out_txt, fiscal_year=2024, fiscal_year_raw="令和６年度", locate="保育所保育料の令和６年度")])

    SECTION[0] = "伊勢市債権管理計画（令和８年度～令和１２年度）素案について"
    para(doc, "【協議】伊勢市債権管理計画（令和８年度～令和１２年度）素案について", font=GOTHIC, size=11, space_after=4)
    speak(doc, "中川隆委員", [
        "素案では市税の目標をどのように設定しているのか。また、今後の決定までの流れも確認したい。"])
    speak(doc, "小林収納課長", [
        "素案では、計画最終年度の令和１２年度における市税の収納率の目標を、現年課税分99.30％、滞納繰越分36.0％と設定しております。"
        "素案は、令和７年度第２回伊勢市債権管理推進会議（令和８年１月開催予定）で御審議いただいたうえで、"
        "パブリックコメントを経て、令和８年３月に決定する予定でございます。"],
        facts=[dict(debt="市税", metric="collection_rate", value=99.30, unit="percent", raw="99.30％",
                    fiscal_year=2030, fiscal_year_raw="令和１２年度", segment="current", basis="target",
                    locate="計画最終年度"),
               dict(debt="市税", metric="collection_rate", value=36.0, unit="percent", raw="36.0％",
                    fiscal_year=2030, fiscal_year_raw="令和１２年度", segment="arrears", basis="target",
                    locate="計画最終年度")])
    speak(doc, "西尾和也委員", [
        "債権放棄の基準については、計画の中でどのように扱うのか。"])
    speak(doc, "森田総務部長", [
        "債権管理条例に基づく放棄の要件を計画の中で具体的に示し、各所管課で統一した運用ができるようにしてまいります。"])
    speak(doc, "山本正志委員長", [
        "ほかに御質疑はございませんか。――ないようですので、以上で本日の調査を終わります。"
        "別表として、理事者から提出のあった令和６年度決算の債権の状況を記録に添付いたします。",
        "以上で総務政策委員会を閉会いたします。"])
    para(doc, "午前１１時４２分閉会", align=WD_ALIGN_PARAGRAPH.RIGHT)

    # 別表 on a new page
    br = para(doc, "")
    br.runs and None
    br.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "別表　主な債権の状況（令和６年度決算）", font=GOTHIC, size=11, space_after=2)
    para(doc, "（単位：千円、％）", size=9, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=2)
    heads = ["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    tb = doc.add_table(rows=1 + len(BETSU) + 1, cols=6)
    tb.style = "Table Grid"
    for j, hd in enumerate(heads):
        cell_text(tb.cell(0, j), hd, font=GOTHIC, size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER, shade="D9D9D9")
    tot = [0, 0, 0]
    for i, (n, a, c, w) in enumerate(BETSU + [("合計", None, None, None)], start=1):
        if n == "合計":
            a, c, w = tot
            debt, draw = None, "合計"
        else:
            tot = [tot[0] + a, tot[1] + c, tot[2] + w]
            debt, draw = n, n
        o = a - c - w
        r = round(rate(c, a), 1)
        cell_text(tb.cell(i, 0), n, size=9.5)
        for j, (v, metric) in enumerate(((a, "assessed"), (c, "collected"), (w, "written_off"), (o, "outstanding")), start=1):
            cell_text(tb.cell(i, j), f"{v:,}", size=9.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
            F.add(debt=debt, debt_raw=draw, metric=metric, value=v * 1000, unit="yen", raw=f"{v:,}",
                  fiscal_year=2024, fiscal_year_raw="令和６年度決算", page=None, locate="別表主な債権の状況")
        cell_text(tb.cell(i, 5), f"{r}", size=9.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
        F.add(debt=debt, debt_raw=draw, metric="collection_rate", value=r, unit="percent", raw=f"{r}",
              fiscal_year=2024, fiscal_year_raw="令和６年度決算", page=None, locate="別表主な債権の状況")
    tb.autofit = False
    fix_grid(tb, [44, 25, 25, 22, 25, 17])
    para(doc, "※収納率は収入済額÷調定額（小数点以下第２位を四捨五入）。市税は現年課税分と滞納繰越分の合計。", size=8.5)

    OUT.mkdir(exist_ok=True)
    x = OUT / f"{STEM}.docx"
    doc.save(x)
    return soffice_pdf(x, PDF_DIR / f"{STEM}.pdf", "ise")


def main():
    pdf = build()
    texts = page_texts(pdf)
    for s in STATEMENTS:
        key = squash(s["text"])[:30]
        hits = [i + 1 for i, t in enumerate(texts) if key in t]
        if not hits:   # statement starts at the bottom of a page and runs over
            key = squash(s["text"])[:8]
            hits = [i + 1 for i, t in enumerate(texts) if key in t]
        s["page"] = hits[0]
    # a statement of the chair repeated ("山本正志委員長" opening lines are distinct texts)
    attendees = ([{"role": "委員長", "title": None, "name": "山本 正志"},
                  {"role": "副委員長", "title": None, "name": "岡田 由美"}]
                 + [{"role": "委員", "title": None, "name": n} for n in ("北村 健一", "杉浦 恵子", "中川 隆", "西尾 和也")]
                 + [{"role": "説明員", "title": t, "name": None} for t in
                    ("総務部長", "税務課長", "収納課長", "健康福祉部長", "医療保険課長", "子ども・若者部長",
                     "子育て応援課長", "上下水道部長")]
                 + [{"role": "事務局", "title": t, "name": None} for t in ("議事課長", "議事課主幹")])
    minutes = {"title": "総務政策委員会記録", "meeting_number": None, "date": "2025-11-14", "method": None,
               "attendees": attendees,
               "agenda": ["所管事務調査「市の債権管理の取組状況について」",
                          "「伊勢市債権管理計画（令和８年度～令和１２年度）素案」について"],
               "materials": ["資料１　令和６年度決算における債権の状況",
                             "資料２　債権管理の取組状況（令和７年１０月末現在）",
                             "資料３　伊勢市債権管理計画（素案）"],
               "statements": [{"speaker": s["speaker"], "section": s["section"], "text": s["text"], "page": s["page"]}
                              for s in STATEMENTS]}
    document = {"kind": "minutes", "municipality": CITY, "title": "総務政策委員会記録",
                "date": "2025-11-14", "date_raw": "令和７年１１月１４日（金）"}
    write_gold(STEM, pdf, document, F.items, [], minutes)


if __name__ == "__main__":
    main()
