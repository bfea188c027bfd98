"""v_isesaki_minutes_1: 伊勢崎市議会 総務常任委員会 会議録（所管事務調査：債権管理）.

python-docx -> LibreOffice. Council committee record with a 見附市-style header (招集日時/招集場所/会議に付した
事件/出席委員/説明のため出席した者), ○-speaker statements with figures in speech, and a 別表 of figures at the end.
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
from v_common import OUT, PDF_DIR, Facts, comma, finish, page_texts, plain, rate, soffice_pdf, zen  # noqa: E402

STEM = "v_isesaki_minutes_1"
CITY = "伊勢崎市"
FONT = "IPAex明朝"

# 別表: 令和6年度 主要債権の収納状況（決算見込）, 千円
ROWS = [
    # name, segment rows: (label, seg, assessed, collected, written_off)
    ("市税", [("現年課税分", "current", 19402118, 19248853, 1204),
              ("滞納繰越分", "arrears", 1180560, 371876, 64210)]),
    ("国民健康保険税", [("計", "total", 4216335, 3802148, 58904)]),
    ("介護保険料", [("計", "total", 3318027, 3281166, 6120)]),
    ("後期高齢者医療保険料", [("計", "total", 1542903, 1536011, 882)]),
    ("保育所保育料", [("計", "total", 421560, 415983, 310)]),
    ("市営住宅使用料", [("計", "total", 398214, 366870, 4211)]),
    ("下水道使用料", [("計", "total", 2871450, 2852933, 1802)]),
]


def figs():
    out = {}
    for name, parts in ROWS:
        a = sum(p[2] for p in parts); c = sum(p[3] for p in parts); w = sum(p[4] for p in parts)
        out[name] = {"parts": {p[1]: dict(a=p[2], c=p[3], w=p[4], o=p[2] - p[3] - p[4]) for p in parts},
                     "tot": dict(a=a, c=c, w=w, o=a - c - w)}
    return out


F = figs()


def man(x_sen: int) -> str:
    """千円 -> 約x億y,z00万円 rounded to 百万円."""
    yen = round(x_sen * 1000 / 1_000_000) * 1_000_000
    m = yen // 10000
    oku, rest = divmod(m, 10000)
    return (f"{oku}億{rest:,}万円" if rest else f"{oku}億円") if oku else f"{rest:,}万円", yen


def set_font(run, size=10.5, bold=False, font=FONT):
    run.font.name = font
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for k in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        rf.set(qn(k), font)


def para(doc, text, size=10.5, bold=False, align=None, indent_mm=None, first_mm=None, space_after=2):
    p = doc.add_paragraph()
    r = p.add_run(text)
    set_font(r, size, bold)
    pf = p.paragraph_format
    pf.space_after = Pt(space_after); pf.space_before = Pt(0)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent_mm is not None:
        pf.left_indent = Mm(indent_mm)
    if first_mm is not None:
        pf.first_line_indent = Mm(first_mm)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, text, size=9, align=None, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    set_font(r, size, bold)
    if align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("－ ")
    set_font(r, 9)
    run = p.add_run()
    set_font(run, 9)
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), kind); run._r.append(el)
        else:
            el = OxmlElement("w:instrText"); el.set(qn("xml:space"), "preserve"); el.text = txt; run._r.append(el)
    r2 = p.add_run(" －")
    set_font(r2, 9)
    h = section.header.paragraphs[0]
    h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(h.add_run("総務常任委員会（令和７年６月１８日）"), 8)


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin = Mm(22); sec.bottom_margin = Mm(20)
    footer(sec)

    title = "伊勢崎市議会総務常任委員会会議録"
    para(doc, title, 15, True, "c", space_after=10)
    hdr = [
        ("〇招集日時", "令和７年６月１８日（水）　午前１０時"),
        ("〇招集場所", "伊勢崎市議会第２委員会室"),
    ]
    for k, v in hdr:
        para(doc, f"{k}　{v}", 10.5)
    para(doc, "〇会議に付した事件", 10.5)
    agenda = ["所管事務調査「本市の債権管理の状況について」",
              "報告第８号　令和６年度伊勢崎市私債権の放棄について"]
    for i, a in enumerate(agenda, 1):
        para(doc, f"{zen(i)}　{a}", 10.5, indent_mm=5)
    members = [("委員長", "小林　徹"), ("副委員長", "岡部　真由美"), ("委員", "新井　健司"), ("委員", "須藤　一彦"),
               ("委員", "栗原　さとみ"), ("委員", "田島　和夫"), ("委員", "宮下　博")]
    para(doc, f"〇出席委員（{zen(len(members))}人）", 10.5)
    t = doc.add_table(rows=4, cols=4)
    for i, (role, name) in enumerate(members):
        r, c = divmod(i, 2)
        cell_text(t.cell(r, c * 2), role, 10)
        cell_text(t.cell(r, c * 2 + 1), name, 10)
    explain = ["副市長", "総務部長", "収納課長", "国保年金課長", "介護保険課長", "子ども・若者支援課長", "建築住宅課長",
               "上下水道局業務課長"]
    para(doc, "〇説明のため出席した者", 10.5, space_after=1)
    para(doc, "・".join(explain), 10.5, indent_mm=5)
    para(doc, "〇事務局職員出席者", 10.5, space_after=1)
    para(doc, "議事課長・議事係長・議事係主任", 10.5, indent_mm=5)
    para(doc, "〇配付資料", 10.5, space_after=1)
    materials = ["資料１　令和６年度主要債権の収納状況（速報）", "資料２　債権管理推進方針の取組状況",
                 "別表　主要債権の収納状況（令和６年度決算見込）"]
    for m in materials:
        para(doc, m, 10.5, indent_mm=5)
    para(doc, "午前１０時００分　開　議", 10.5, align="c", space_after=6)

    # ---------------- statements ----------------
    tax = F["市税"]
    cur, arr, tt = tax["parts"]["current"], tax["parts"]["arrears"], tax["tot"]
    r_cur, r_arr, r_tot = rate(cur["c"], cur["a"]), rate(arr["c"], arr["a"], 1), rate(tt["c"], tt["a"])
    tax_o_txt, tax_o_yen = man(tt["o"])
    prev_tax_o = 968_400_000  # 令和5年度決算 市税収入未済額（約9億6,840万円 → printed 約9億6,800万円）
    kok = F["国民健康保険税"]["tot"]; r_kok = rate(kok["c"], kok["a"])
    kok_o_txt, kok_o_yen = man(kok["o"])
    kai = F["介護保険料"]["tot"]; r_kai = rate(kai["c"], kai["a"])
    jut = F["市営住宅使用料"]["tot"]; r_jut = rate(jut["c"], jut["a"], 1)
    jut_o_txt, jut_o_yen = man(jut["o"])
    all_o = sum(v["tot"]["o"] for v in F.values())
    all_o_txt, all_o_yen = man(all_o)

    S = []  # (speaker, section, text, [facts as (raw, dict)])
    sec1 = agenda[0]
    sec2 = agenda[1]
    S.append(("小林委員長", sec1, "ただいまから総務常任委員会を開会いたします。本日は、所管事務調査として本市の債権管理の状況について調査を行います。執行部から説明をお願いします。", []))
    S.append(("大澤総務部長", sec1, "総務部長の大澤でございます。本市では債権管理推進方針に基づき、全庁で収入未済額の縮減に取り組んでまいりました。詳細は収納課長から資料１により説明いたします。", []))
    t1 = (f"収納課長の石原です。令和６年度の市税の収納率は、現年課税分が{r_cur:.2f}％、滞納繰越分が{r_arr:.1f}％、"
          f"全体で{r_tot:.2f}％となる見込みでございます。市税の収入未済額は約{tax_o_txt}で、令和５年度決算の約９億６，８００万円から縮減が進んでおります。")
    fx1 = [(f"{r_cur:.2f}％", dict(debt="市税", fy=2024, fy_raw="令和６年度", seg="current", metric="collection_rate", basis="estimate", value=r_cur, unit="percent")),
           (f"{r_arr:.1f}％", dict(debt="市税", fy=2024, fy_raw="令和６年度", seg="arrears", metric="collection_rate", basis="estimate", value=r_arr, unit="percent")),
           (f"{r_tot:.2f}％", dict(debt="市税", fy=2024, fy_raw="令和６年度", seg="total", metric="collection_rate", basis="estimate", value=r_tot, unit="percent")),
           (f"約{tax_o_txt}", dict(debt="市税", fy=2024, fy_raw="令和６年度", seg="total", metric="outstanding", basis="estimate", value=tax_o_yen, unit="yen", approx=True)),
           ("約９億６，８００万円", dict(debt="市税", fy=2023, fy_raw="令和５年度決算", seg="total", metric="outstanding", basis="actual", value=968_000_000, unit="yen", approx=True))]
    S.append(("石原収納課長", sec1, t1, fx1))
    t2 = (f"国民健康保険税の収納率は全体で{r_kok:.2f}％、収入未済額は約{kok_o_txt}の見込みです。"
          f"介護保険料は{r_kai:.2f}％で、ほぼ前年並みとなっております。なお、各債権の取組方針の見直しにつきましては、"
          "令和７年度第２回債権管理推進会議（８月開催予定）でお諮りする予定でございます。")
    fx2 = [(f"{r_kok:.2f}％", dict(debt="国民健康保険税", fy=2024, fy_raw="令和６年度", seg="total", metric="collection_rate", basis="estimate", value=r_kok, unit="percent")),
           (f"約{kok_o_txt}", dict(debt="国民健康保険税", fy=2024, fy_raw="令和６年度", seg="total", metric="outstanding", basis="estimate", value=kok_o_yen, unit="yen", approx=True)),
           (f"{r_kai:.2f}％", dict(debt="介護保険料", fy=2024, fy_raw="令和６年度", seg="total", metric="collection_rate", basis="estimate", value=r_kai, unit="percent"))]
    S.append(("石原収納課長", sec1, t2, fx2))
    S.append(("新井委員", sec1, "市税の滞納繰越分の収納率が３割程度にとどまっている。差押えなどの滞納処分はどの程度実施しているのか。", []))
    S.append(("石原収納課長", sec1, "令和６年度は預貯金を中心に１，０２４件の差押えを実施いたしました。高額案件につきましては群馬県と共同で捜索も行っております。", []))
    S.append(("栗原委員", sec1, "介護保険料の滞納者はどのくらいいるのか。", []))
    t3 = "令和５年度決算での介護保険料の滞納者数は１，３５２人でございます。年金天引きでない普通徴収の方が大半を占めております。"
    fx3 = [("１，３５２人", dict(debt="介護保険料", fy=2023, fy_raw="令和５年度決算", seg="total", metric="delinquents", basis="actual", value=1352, unit="persons"))]
    S.append(("森介護保険課長", sec1, t3, fx3))
    t4 = (f"市営住宅使用料の収納率は{r_jut:.1f}％、収入未済額は約{jut_o_txt}となる見込みです。"
          "退去者分につきましては、連帯保証人への請求と支払督促の申立てを進めております。")
    fx4 = [(f"{r_jut:.1f}％", dict(debt="市営住宅使用料", fy=2024, fy_raw="令和６年度", seg="total", metric="collection_rate", basis="estimate", value=r_jut, unit="percent")),
           (f"約{jut_o_txt}", dict(debt="市営住宅使用料", fy=2024, fy_raw="令和６年度", seg="total", metric="outstanding", basis="estimate", value=jut_o_yen, unit="yen", approx=True))]
    S.append(("福田建築住宅課長", sec1, t4, fx4))
    S.append(("須藤委員", sec1, "市全体として、債権の収入未済額はどの程度残っているのか。", []))
    t5 = f"別表の７債権を合計いたしますと、令和６年度の収入未済額は約{all_o_txt}となる見込みでございます。"
    fx5 = [(f"約{all_o_txt}", dict(debt=None, debt_raw=None, fy=2024, fy_raw="令和６年度", seg="total", metric="outstanding", basis="estimate", value=all_o_yen, unit="yen", approx=True))]
    S.append(("石原収納課長", sec1, t5, fx5))
    S.append(("小林委員長", sec2, "次に、報告第８号について説明をお願いします。", []))
    S.append(("石原収納課長", sec2, "報告第８号は、債権管理条例第１５条の規定により放棄した私債権の報告でございます。放棄したものは市営住宅使用料など３債権、計１８件でございます。", []))
    S.append(("宮下委員", sec2, "放棄の判断基準は庁内で統一されているのか。", []))
    S.append(("石原収納課長", sec2, "債権管理推進会議で定めた放棄基準に沿って各課で判断し、会議に報告する形で統一を図っております。", []))
    S.append(("小林委員長", sec2, "以上で本日の委員会を閉会いたします。", []))

    for spk, _sec, text, _fx in S:
        para(doc, f"〇{spk}　{text}", 10.5, first_mm=-4, indent_mm=4, space_after=4)
    para(doc, "午前１１時２２分　閉　会", 10.5, align="c", space_after=4)

    # ---------------- 別表 ----------------
    page_break(doc)
    para(doc, "別表　主要債権の収納状況（令和６年度決算見込）", 11.5, True, space_after=2)
    para(doc, "（単位：千円、％）", 9, align="r", space_after=1)
    heads = ["債　権　名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    rows = []
    table_facts = []
    gt = dict(a=0, c=0, w=0, o=0)
    for name, parts in ROWS:
        d = F[name]
        tot = d["tot"]
        for k in gt:
            gt[k] += tot[k]
        seg_tot = "total"
        rows.append((name, tot, name, seg_tot, "計" if len(parts) > 1 else None))
        if len(parts) > 1:
            for label, seg, *_ in parts:
                rows.append((f"　うち{label}", d["parts"][seg], name, seg, label))
    rows.append(("合　　計", gt, None, "total", "合計"))
    t = doc.add_table(rows=len(rows) + 1, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(heads):
        cell_text(t.cell(0, j), h, 9, "c")
    for i, (label, v, debt, seg, _lab) in enumerate(rows, 1):
        r = rate(v["c"], v["a"])
        vals = [comma(v["a"]), comma(v["c"]), comma(v["w"]), comma(v["o"]), f"{r:.2f}"]
        cell_text(t.cell(i, 0), label, 9)
        for j, s in enumerate(vals, 1):
            cell_text(t.cell(i, j), s, 9, "r")
        for metric, key, s in (("assessed", "a", vals[0]), ("collected", "c", vals[1]), ("written_off", "w", vals[2]),
                               ("outstanding", "o", vals[3])):
            table_facts.append((s, dict(debt=debt, debt_raw=(label.strip().replace("　", "") if debt is None else debt), fy=2024, fy_raw="令和６年度決算見込", seg=seg,
                                        metric=metric, basis="estimate", value=v[key] * 1000, unit="yen")))
        table_facts.append((vals[4], dict(debt=debt, debt_raw=(label.strip().replace("　", "") if debt is None else debt), fy=2024, fy_raw="令和６年度決算見込", seg=seg,
                                          metric="collection_rate", basis="estimate", value=r, unit="percent")))
    widths = [Mm(44), Mm(26), Mm(26), Mm(22), Mm(24), Mm(16)]
    t.autofit = False
    grid = t._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j].twips)))
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]
    para(doc, "※収入未済額＝調定額－収入済額－不納欠損額。表示単位未満を四捨五入しているため、計が一致しない場合がある。", 8.5)
    para(doc, "※令和６年度の数値は出納整理期間終了前の見込みであり、決算において変動することがある。", 8.5)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = soffice_pdf(src, PDF_DIR / f"{STEM}.pdf", "isesaki")
    texts = [plain(t) for t in page_texts(pdf)]

    def find_page(snippet):
        s = plain(snippet)
        hits = [i + 1 for i, t in enumerate(texts) if s in t]
        if not hits:
            raise SystemExit(f"not found on any page: {snippet[:40]}")
        return hits[0]

    facts = Facts()
    statements = []
    for spk, section, text, fx in S:
        # the statement may be split over a page break: locate each figure by its clause
        try:
            p = find_page(text)
        except SystemExit:
            p = find_page(text[:20])
        statements.append({"speaker": spk, "section": section, "text": text, "page": p})
        for raw, d in fx:
            clause = next(c for c in text.replace("、", "。").split("。") if raw in c)
            fp = find_page(clause)
            facts.add(page=fp, debt=d["debt"], debt_raw=d.get("debt_raw", d["debt"]), fy=d["fy"], fy_raw=d["fy_raw"],
                      seg=d["seg"], metric=d["metric"], basis=d["basis"], value=d["value"], unit=d["unit"],
                      raw=raw, approx=d.get("approx", False))
    bp = len(texts)
    for raw, d in table_facts:
        facts.add(page=bp, debt=d["debt"], debt_raw=d["debt_raw"], fy=d["fy"], fy_raw=d["fy_raw"], seg=d["seg"],
                  metric=d["metric"], basis=d["basis"], value=d["value"], unit=d["unit"], raw=raw)

    attendees = [{"role": role, "title": None, "name": name.replace("　", " ")} for role, name in members]
    attendees += [{"role": "説明員", "title": t_, "name": None} for t_ in explain]
    attendees += [{"role": "事務局", "title": t_, "name": None} for t_ in ("議事課長", "議事係長", "議事係主任")]
    minutes = {"title": title, "meeting_number": None, "date": "2025-06-18", "method": None,
               "attendees": attendees, "agenda": agenda, "materials": materials, "statements": statements}
    document = {"kind": "minutes", "municipality": CITY, "title": title, "date": "2025-06-18",
                "date_raw": "令和７年６月１８日（水）"}
    finish(STEM, document, facts, [], minutes)


if __name__ == "__main__":
    build()
