"""ff_shinhidaka_plan_1: 第２次 債権管理計画 (multi-year plan, 推進シート per debt) of a town.

Tool chain: python-docx (Word document with merged table cells, shading, explicit page breaks)
-> LibreOffice soffice --headless --convert-to pdf.
Run from corpus/frozen31:  python3 build/ff_shinhidaka_plan_1.py
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ff_common import (PDF_DIR, WORK, Gold, check_pdf, comma, kan_yen, kanji, rate, simulate, soffice_pdf,  # noqa: E402
                       tri, zen)

STEM = "ff_shinhidaka_plan_1"
CITY = "新ひだか町"
TITLE = "第２次新ひだか町債権管理計画"
G = Gold(STEM, "plan", "plan", CITY, TITLE, "2024-03-01", "令和６年３月")
MIN, GOT = "IPAexMincho", "IPAexGothic"

YRS = list(range(2017, 2023))   # H29 .. R4
# name, 所管課, cur assessed 2017, growth, cur rate a->b, arr rate a->b, wo a->b, first arrears
DEBTS = [
    ("町税", "税務課", 2_318_442_100, 0.004, (97.62, 98.71), (16.8, 24.9), (9.0, 6.0), 151_220_480),
    ("国民健康保険税", "税務課", 612_338_700, -0.022, (91.85, 94.32), (14.2, 21.6), (12.0, 8.0), 118_402_300),
    ("介護保険料", "高齢者保健課", 398_004_200, 0.012, (98.10, 98.92), (11.2, 17.4), (25.0, 20.0), 14_880_140),
    ("後期高齢者医療保険料", "町民課", 188_210_900, 0.025, (99.02, 99.35), (22.0, 31.5), (12.0, 10.0), 2_412_800),
    ("町営住宅使用料", "建設課", 301_225_400, -0.015, (95.10, 96.88), (9.8, 14.6), (4.0, 5.0), 41_338_260),
    ("下水道使用料", "上下水道課", 402_118_300, -0.006, (98.55, 99.02), (28.0, 35.2), (8.0, 7.0), 6_004_120),
]
OTHER = {2017: 9_512_300, 2018: 9_104_880, 2019: 8_822_410, 2020: 8_401_115, 2021: 7_995_260, 2022: 7_642_018}


def lin(a, b, n=6):
    return [round(a + (b - a) * i / (n - 1), 2) for i in range(n)]


SIM, DEPT = {}, {}
for nm, dept, ca0, g, cr, ar, wr, fa in DEBTS:
    SIM[nm] = simulate(YRS, [int(ca0 * (1 + g) ** i) for i in range(6)], lin(*cr), lin(*ar), lin(*wr), fa, 1)
    DEPT[nm] = dept

TYRS = [2024, 2025, 2026, 2027, 2028]
TARGETS = {  # cur rate, arr rate per target year ; outstanding (千円) per target year
    "町税": ([98.80, 98.90, 99.00, 99.10, 99.20], [25.5, 26.5, 27.5, 28.5, 30.0], [122_000, 114_000, 106_000, 98_000, 90_000]),
    "国民健康保険税": ([94.50, 94.80, 95.10, 95.40, 95.70], [22.0, 23.0, 24.0, 25.0, 26.0], [118_000, 110_000, 102_000, 95_000, 88_000]),
    "介護保険料": ([98.95, 99.00, 99.05, 99.10, 99.15], [18.0, 19.0, 20.0, 21.0, 22.0], [13_800, 13_200, 12_600, 12_000, 11_400]),
    "町営住宅使用料": ([97.00, 97.20, 97.40, 97.60, 97.80], [15.0, 16.0, 17.0, 18.0, 19.0], [52_000, 49_000, 46_000, 43_000, 40_000]),
}


def era_label(fy, kind="plain"):
    """H29（2017年度）, 令和元年度, 令和二年度 ..."""
    if fy < 2019:
        return f"H{fy - 1988}（{fy}年度）"
    n = fy - 2018
    if n == 1:
        return "令和元年度"
    if fy == 2020:
        return "令和二年度"
    return f"令和{n}年度"


def k(n):
    return int(round(n / 1000))


def F(raw, value, unit, metric, basis, fy, fyraw, seg, debt, debt_raw=None, **kw):
    digits = raw.replace(",", "").lstrip("△")
    if unit == "yen" and digits.isdigit() and value is not None and abs(int(digits)) != abs(value):
        sign = -1 if raw.startswith("△") else 1
        assert abs(sign * int(digits) * 1000 - value) < 1000 * 1.5, (raw, value)
        value = sign * int(digits) * 1000
    return G.fact(raw, value, unit, metric, basis, fy, fyraw, seg, debt,
                  debt_raw if debt_raw is not None else debt, **kw)


# ------------------------------------------------------------------ docx helpers
def set_font(run, name=MIN, size=10.5, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(doc_or_cell, text="", size=10.5, font=MIN, bold=False, align=None, indent=0.0, first=0.0, after=2, before=0,
         line=None):
    p = doc_or_cell.add_paragraph()
    if text:
        set_font(p.add_run(text), font, size, bold)
    pf = p.paragraph_format
    pf.space_after = Pt(after)
    pf.space_before = Pt(before)
    if indent:
        pf.left_indent = Cm(indent)
    if first:
        pf.first_line_indent = Cm(first)
    if line:
        pf.line_spacing = line
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def shade(cell, hexcolor="D9E2F3"):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcpr.append(shd)


def vertical(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), "tbRlV")
    tcpr.append(td)


def cell_text(cell, text, size=9, font=GOT, align="left", bold=False, fill=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = str(text).split("\n")
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        set_font(p.add_run(ln), font, size, bold)
        p.paragraph_format.space_after = Pt(0)
        p.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                       "center": WD_ALIGN_PARAGRAPH.CENTER}[align]
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if fill:
        shade(cell, fill)


def make_table(doc, rows, widths, aligns=None, header_rows=1, size=9, merges=(), fills=None, font=GOT):
    t = doc.add_table(rows=len(rows), cols=len(widths))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    tblpr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
    for tr in t.rows:
        trpr = tr._tr.get_or_add_trPr()
        h = OxmlElement("w:trHeight")
        h.set(qn("w:val"), str(int(Cm(0.52).twips)))
        h.set(qn("w:hRule"), "atLeast")
        trpr.append(h)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            cell = t.cell(r, c)
            cell.width = Cm(widths[c])
            if v is None:
                continue
            al = "center" if r < header_rows else (aligns[c] if aligns else "left")
            fill = "D9E2F3" if r < header_rows else (fills.get((r, c)) if fills else None)
            cell_text(cell, v, size, font, al, fill=fill)
    for (r0, c0, r1, c1) in merges:
        a = t.cell(r0, c0)
        keep = a.text
        m = a.merge(t.cell(r1, c1))
        # merged cells concatenate paragraphs; keep only the first one's text
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
    return t


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    G.page += 1


def add_page_number_footer(section):
    section.different_first_page_header_footer = True
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("－ ")
    set_font(r, GOT, 9)
    for tag, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        run = p.add_run()
        set_font(run, GOT, 9)
        if tag:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), tag)
            run._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            run._element.append(it)
    set_font(p.add_run(" －"), GOT, 9)


# ------------------------------------------------------------------ content
def cover(doc):
    G.page = 1
    for _ in range(6):
        para(doc, "")
    para(doc, "第２次", 20, GOT, True, "center", after=6)
    para(doc, "新ひだか町債権管理計画", 26, GOT, True, "center", after=18)
    para(doc, "令和６（2024）年度　～　令和10（2028）年度", 14, GOT, False, "center", after=120)
    for _ in range(8):
        para(doc, "")
    para(doc, "令和６年３月", 14, GOT, False, "center", after=8)
    para(doc, "新ひだか町", 18, GOT, True, "center")


SHEETS = ["町税", "国民健康保険税", "介護保険料", "町営住宅使用料"]


def toc(doc):
    page_break(doc)   # -> page 2
    para(doc, "目　　次", 16, GOT, True, "center", after=24)
    items = [("１　計画策定の趣旨", 3), ("２　計画期間", 3), ("３　債権の現状", 3), ("４　数値目標", 4),
             ("５　債権ごとの取組み（推進シート）", 5)]
    items += [(f"　（{i + 1}）{nm}", 5 + i) for i, nm in enumerate(SHEETS)]
    for lab, pg in items:
        p = para(doc, "", 12, MIN, after=10)
        tab = OxmlElement("w:tabs")
        ts = OxmlElement("w:tab")
        ts.set(qn("w:val"), "right")
        ts.set(qn("w:leader"), "dot")
        ts.set(qn("w:pos"), str(int(Cm(15.0).twips)))
        tab.append(ts)
        p._p.get_or_add_pPr().append(tab)
        set_font(p.add_run(f"{lab}\t{pg}"), MIN, 12)


def totals_out(fy):
    return sum(k(SIM[nm][fy]["ot"]) for nm in SIM) * 1000 + k(OTHER[fy]) * 1000


def page3(doc):
    page_break(doc)   # -> page 3
    para(doc, "１　計画策定の趣旨", 13, GOT, True, after=6)
    o17, o22 = totals_out(2017), totals_out(2022)
    a17, a22 = int(round(o17 / 1e6)) * 1_000_000, int(round(o22 / 1e6)) * 1_000_000
    txt = ("　本町では、平成３０年３月に「新ひだか町債権管理計画」を策定し、町が保有する債権の適正な管理と"
           "収入未済額の縮減に全庁を挙げて取り組んできました。その結果、町全体の収入未済額は、"
           f"平成２９年度の{F('約' + zen(kan_yen(a17)), a17, 'yen', 'outstanding', 'actual', 2017, '平成２９年度', 'total', None, '町全体')}から"
           f"令和４年度には{F('約' + zen(kan_yen(a22)), a22, 'yen', 'outstanding', 'actual', 2022, '令和４年度', 'total', None, '町全体')}となり、"
           f"{F('約' + zen(kan_yen(a17 - a22)), a22 - a17, 'yen', 'difference', 'actual', 2022, '令和４年度', 'total', None, '町全体')}減少しました。"
           "一方で、滞納繰越分の収納率は依然として低い水準にあり、長期化した滞納の整理が課題となっています。"
           "このため、第１次計画の成果と課題を踏まえ、第２次計画を策定するものです。")
    para(doc, txt, 10.5, MIN, after=8, line=1.3)
    para(doc, "２　計画期間", 13, GOT, True, after=6)
    para(doc, "　令和６（2024）年度から令和10（2028）年度までの５年間とします。", 10.5, MIN, after=8)
    para(doc, "３　債権の現状", 13, GOT, True, after=6)
    para(doc, "（１）収入未済額の推移", 11, GOT, True, after=2)
    para(doc, "（単位：千円）", 9, MIN, align="right", after=0)
    heads = ["年度", "町税", "国民健康\n保険税", "介護\n保険料", "後期高齢\n者医療\n保険料", "町営住宅\n使用料", "下水道\n使用料", "その他", "合計", "前年度比"]
    rows = [heads]
    prev = None
    for fy in YRS:
        lab = era_label(fy)
        row = [lab]
        tot = 0
        for nm in SIM:
            v = k(SIM[nm][fy]["ot"])
            tot += v
            row.append(F(comma(v), v * 1000, "yen", "outstanding", "actual", fy, lab, "total", nm))
        v = k(OTHER[fy])
        tot += v
        row.append(F(comma(v), v * 1000, "yen", "outstanding", "actual", fy, lab, "total", None, "その他"))
        row.append(F(comma(tot), tot * 1000, "yen", "outstanding", "actual", fy, lab, "total", None, "合計"))
        if prev is None:
            row.append("－")
        else:
            d = tot - prev
            row.append(F(tri(d, comma(abs(d))), d * 1000, "yen", "difference", "actual", fy, lab, "total", None, "合計"))
        prev = tot
        rows.append(row)
    make_table(doc, rows, [2.75, 1.6, 1.6, 1.35, 1.55, 1.55, 1.4, 1.2, 1.7, 1.85], ["left"] + ["right"] * 9, size=8)
    para(doc, "※　各年度の決算額。△は減少を示す。千円未満を四捨五入しているため、合計と内訳が一致しない場合がある。", 8.5, MIN, before=2)
    para(doc, "", 6)
    # (2) rates 令和４年度
    para(doc, "（２）令和４年度決算の収納率", 11, GOT, True, after=2)
    t = SIM["町税"][2022]
    rc, ra, rt = rate(t["cc"], t["ca"]), rate(t["ac"], t["aa"]), rate(t["tc"], t["ta"])
    t3 = SIM["町税"][2021]
    rt3 = rate(t3["tc"], t3["ta"])
    dd = round(rt - rt3, 2)
    txt = (f"　町税の令和４年度の収納率は、現年課税分{F(zen(f'{rc:.2f}') + '％', rc, 'percent', 'collection_rate', 'actual', 2022, '令和４年度', 'current', '町税')}、"
           f"滞納繰越分{F(zen(f'{ra:.2f}') + '％', ra, 'percent', 'collection_rate', 'actual', 2022, '令和４年度', 'arrears', '町税')}、"
           f"合計{F(zen(f'{rt:.2f}') + '％', rt, 'percent', 'collection_rate', 'actual', 2022, '令和４年度', 'total', '町税')}で、"
           f"３年度の{F(zen(f'{rt3:.2f}') + '％', rt3, 'percent', 'collection_rate', 'actual', 2021, '３年度', 'total', '町税')}から"
           f"{F(zen(f'{dd:.2f}') + 'ポイント', dd, 'points', 'difference', 'actual', 2022, '令和４年度', 'total', '町税')}改善しました。"
           "国民健康保険税及び町営住宅使用料についても、滞納繰越分の収納率は上昇傾向にあります。")
    para(doc, txt, 10.5, MIN, after=4, line=1.3)


def page4(doc):
    page_break(doc)   # -> page 4
    para(doc, "４　数値目標", 13, GOT, True, after=6)
    para(doc, "（１）目標の考え方", 11, GOT, True, after=2)
    para(doc, "ア　現年度分", 10.5, MIN, indent=0.5, after=1)
    para(doc, "（ｱ）新たな滞納を発生させないことを最優先とし、令和４年度決算の収納率を基準に毎年度段階的に引き上げる。",
         10.5, MIN, indent=1.0, first=-0.0, after=1)
    para(doc, "（ｲ）全道の町村平均を下回る債権は、計画期間中に平均以上とすることを目指す。", 10.5, MIN, indent=1.0, after=3)
    para(doc, "イ　滞納繰越分", 10.5, MIN, indent=0.5, after=1)
    para(doc, "（ｱ）執行停止や不納欠損による整理を含め、滞納繰越額を計画期間中に３割以上縮減する。", 10.5, MIN, indent=1.0, after=6)
    para(doc, "（２）債権別の数値目標", 11, GOT, True, after=2)
    para(doc, "（単位：収納率は％、収入未済額は千円）", 8.5, MIN, align="right", after=0)
    rows = [["債権名", "現状（令和４年度決算）", None, None, "目標（令和10年度）", None, None],
            [None, "現年度分", "滞納繰越分", "収入未済額", "現年度分", "滞納繰越分", "収入未済額"]]
    for nm in SHEETS:
        d = SIM[nm][2022]
        cr, ar = rate(d["cc"], d["ca"]), rate(d["ac"], d["aa"], 1)
        tc, ta, to = TARGETS[nm][0][-1], TARGETS[nm][1][-1], TARGETS[nm][2][-1]
        rows.append([nm,
                     F(f"{cr:.2f}", cr, "percent", "collection_rate", "actual", 2022, "令和４年度", "current", nm),
                     F(f"{ar:.1f}", ar, "percent", "collection_rate", "actual", 2022, "令和４年度", "arrears", nm),
                     F(comma(k(d["ot"])), d["ot"], "yen", "outstanding", "actual", 2022, "令和４年度", "total", nm),
                     F(f"{tc:.2f}", tc, "percent", "collection_rate", "target", 2028, "令和10年度", "current", nm),
                     F(f"{ta:.1f}", ta, "percent", "collection_rate", "target", 2028, "令和10年度", "arrears", nm),
                     F(comma(to), to * 1000, "yen", "outstanding", "target", 2028, "令和10年度", "total", nm)])
    make_table(doc, rows, [3.6, 2.0, 2.0, 2.2, 2.0, 2.0, 2.2], ["left"] + ["right"] * 6, header_rows=2, size=9,
               merges=[(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 6)])
    para(doc, "※　収納率は、収入済額を調定額で除して得た率。収入未済額は現年度分と滞納繰越分の合計。", 8.5, MIN, before=2, after=8)
    # yearly targets for all four, long-ish table of 町全体 (合計) outstanding targets
    para(doc, "（３）町全体の収入未済額の年度別目標", 11, GOT, True, after=2)
    rows = [["区分"] + [f"R{fy - 2018}" for fy in TYRS]]
    tot_row = ["収入未済額目標（千円）"]
    for i, fy in enumerate(TYRS):
        v = sum(TARGETS[nm][2][i] for nm in SHEETS) + {0: 21_500, 1: 20_800, 2: 20_100, 3: 19_400, 4: 18_700}[i]
        tot_row.append(F(comma(v), v * 1000, "yen", "outstanding", "target", fy, f"R{fy - 2018}", "total", None, "町全体"))
    rows.append(tot_row)
    make_table(doc, rows, [4.2, 2.4, 2.4, 2.4, 2.4, 2.4], ["left"] + ["right"] * 5, size=9)
    para(doc, "※　推進シートの４債権の目標額に、その他の債権の目標額を加えたもの。", 8.5, MIN, before=2)


INIT = {
    "町税": [("ア", "納期内納付の推進", [
                ("(ｱ)", "口座振替及びスマートフォン決済の利用を広報紙と町ホームページで周知し、納期内納付を促す。", "継続"),
                ("(ｲ)", "地方税統一ＱＲコードを活用した納付方法を案内し、納付の機会を拡大する。", "新規")]),
             ("イ", "滞納整理の強化", [
                ("(ｱ)", "督促状の発送後、未納者に電話催告と文書催告を行い、反応のない者には速やかに財産調査を行う。", "継続"),
                ("(ｲ)", "電子化された預貯金照会を活用し、差押えまでの期間を短縮する。", "拡充"),
                ("(ｳ)", "北海道と連携した併任徴収により、高額・困難案件の整理を進める。", "継続")])],
    "国民健康保険税": [("ア", "滞納の未然防止", [
                ("(ｱ)", "加入手続の際に口座振替の申込みを勧め、口座振替率を高める。", "継続"),
                ("(ｲ)", "所得の急減した世帯に減免制度を案内し、納付相談を行う。", "継続")]),
             ("イ", "滞納整理の推進", [
                ("(ｱ)", "短期被保険者証の交付時に納付相談を行い、分納の履行を確認する。", "継続"),
                ("(ｲ)", "資力がありながら納付しない世帯には、給与・預貯金の差押えを行う。", "拡充")])],
    "介護保険料": [("ア", "普通徴収者への対応", [
                ("(ｱ)", "６５歳到達時の通知に口座振替の依頼書を同封する。", "継続"),
                ("(ｲ)", "２期以上の未納者に訪問による納付勧奨を行う。", "新規")]),
             ("イ", "給付制限の適正な運用", [
                ("(ｱ)", "長期滞納者に給付制限の事前通知を送付し、納付相談につなげる。", "継続")])],
    "町営住宅使用料": [("ア", "早期の納付指導", [
                ("(ｱ)", "滞納が２か月に達した入居者に、訪問による納付指導を行う。", "継続"),
                ("(ｲ)", "連帯保証人に滞納の状況を通知し、納付への協力を求める。", "継続")]),
             ("イ", "法的措置の実施", [
                ("(ｱ)", "催告に応じない長期滞納者に、明渡請求訴訟を含む法的措置を講じる。", "拡充"),
                ("(ｲ)", "退去者の滞納分について、回収の見込みを精査し、債権放棄を含めた整理を行う。", "新規")])],
}


def sheet(doc, idx, nm):
    page_break(doc)    # -> page 5 + idx
    para(doc, f"５　債権ごとの取組み（{nm}）", 13, GOT, True, after=6)
    kubun = "私債権" if nm == "町営住宅使用料" else "強制徴収公債権"
    rows = [["債権名", nm, "所管課", DEPT[nm], "債権区分", kubun]]
    t = make_table(doc, rows, [2.0, 3.9, 1.8, 3.0, 2.0, 3.3], ["center", "left", "center", "left", "center", "left"],
                   header_rows=0, size=9.5)
    for c in (0, 2, 4):
        shade(t.cell(0, c))
    para(doc, "", 4, after=0)
    para(doc, "（１）収納状況", 11, GOT, True, after=2)
    para(doc, "（単位：千円）", 8.5, MIN, align="right", after=0)
    yrs = [2020, 2021, 2022]
    labs = {2020: "令和2（2020）年度", 2021: "令和3（2021）年度", 2022: "令和4（2022）年度"}
    rows = [["区分", None] + [labs[fy] for fy in yrs] + ["備考"]]
    D = SIM[nm]
    merges = [(0, 0, 0, 1)]
    r = 1
    for seg, lab, a, c in (("current", "現年度分", "ca", "cc"), ("arrears", "滞納繰越分", "aa", "ac"), ("total", "計", "ta", "tc")):
        for mlab, key, metric in (("調定額", a, "assessed"), ("収入済額", c, "collected"), ("収納率", None, "collection_rate")):
            row = [lab if mlab == "調定額" else None, mlab]
            for fy in yrs:
                if key:
                    row.append(F(comma(k(D[fy][key])), D[fy][key], "yen", metric, "actual", fy, labs[fy], seg, nm))
                else:
                    v = rate(D[fy][c], D[fy][a])
                    row.append(F(f"{v:.2f}%", v, "percent", "collection_rate", "actual", fy, labs[fy], seg, nm))
            row.append("")
            rows.append(row)
        merges.append((r, 0, r + 2, 0))
        r += 3
    row = ["不納欠損額", None] + [F(comma(k(D[fy]["two"])), D[fy]["two"], "yen", "written_off", "actual", fy, labs[fy], "total", nm)
                              for fy in yrs] + [""]
    rows.append(row)
    merges.append((r, 0, r, 1))
    r += 1
    oa = D[2022]["oa"]
    note = "うち滞納繰越分\n" + F(f"{comma(k(oa))}千円", oa, "yen", "outstanding", "actual", 2022, "令和4（2022）年度", "arrears", nm)
    row = ["収入未済額", None] + [F(comma(k(D[fy]["ot"])), D[fy]["ot"], "yen", "outstanding", "actual", fy, labs[fy], "total", nm)
                              for fy in yrs] + [note]
    rows.append(row)
    merges.append((r, 0, r, 1))
    t = make_table(doc, rows, [1.4, 2.0, 3.25, 3.25, 3.25, 3.0], ["center", "center", "right", "right", "right", "left"],
                   size=8.5, merges=merges)
    for rr in (1, 4, 7):
        vertical(t.cell(rr, 0))
    para(doc, "", 4, after=0)
    # (2) yearly targets
    para(doc, "（２）年度別目標", 11, GOT, True, after=2)
    tc, ta, to = TARGETS[nm]
    rows = [["区分"] + [f"令和{fy - 2018}年度" for fy in TYRS]]
    rows.append(["現年度分収納率（％）"] + [F(f"{v:.2f}", v, "percent", "collection_rate", "target", fy, f"令和{fy - 2018}年度", "current", nm)
                                   for v, fy in zip(tc, TYRS)])
    rows.append(["滞納繰越分収納率（％）"] + [F(f"{v:.1f}", v, "percent", "collection_rate", "target", fy, f"令和{fy - 2018}年度", "arrears", nm)
                                    for v, fy in zip(ta, TYRS)])
    rows.append(["収入未済額（千円）"] + [F(comma(v), v * 1000, "yen", "outstanding", "target", fy, f"令和{fy - 2018}年度", "total", nm)
                                  for v, fy in zip(to, TYRS)])
    make_table(doc, rows, [4.2, 2.5, 2.5, 2.5, 2.5, 2.5], ["left"] + ["right"] * 5, size=9)
    para(doc, "", 4, after=0)
    # (3) 取組み: memo numbering ア -> (ｱ), tags after 。
    para(doc, "（３）取組み", 11, GOT, True, after=2)
    for lab, title, items in INIT[nm]:
        para(doc, f"{lab}　{title}", 10, GOT, indent=0.4, after=1)
        for sl, txt, tag in items:
            G.init(nm, 2024, "取組み", f"(3){lab}{sl}", txt, tag)
            para(doc, f"{sl}　{txt}" + (f"【{tag}】" if tag else ""), 9.5, MIN, indent=1.6, first=-0.9, after=1)


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.6)
    add_page_number_footer(sec)
    st = doc.styles["Normal"]
    st.font.name = MIN
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), MIN)
    cover(doc)
    toc(doc)
    page3(doc)
    page4(doc)
    for i, nm in enumerate(SHEETS):
        sheet(doc, i, nm)
    x = WORK / f"{STEM}.docx"
    doc.save(x)
    out = soffice_pdf(x, WORK)
    PDF_DIR.mkdir(exist_ok=True)
    pdf = PDF_DIR / f"{STEM}.pdf"
    shutil.copy(out, pdf)
    return pdf


def main():
    pdf = build()
    gp = G.write(pdf)
    errs = check_pdf(pdf, gp)
    print("\n".join(errs[:40]) or "raw check ok", len(errs))


if __name__ == "__main__":
    main()
