"""南あわじ市 債権管理推進本部会議 資料（取組個票） (python-docx -> LibreOffice, landscape)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from v_common import F, I, OUT, PDF, check, rate, to_pdf, write_gold, zen

STEM = "v_minamiawaji_kohyo_1"
MUNI = "南あわじ市"
TITLE = "令和７年度 第１回南あわじ市債権管理推進本部会議 資料"
YEARS = [(2022, "令和４年度"), (2023, "５年度"), (2024, "６年度")]

# debt, 所管課, 区分, cur_assessed per year, cur rate%, arr0 (R3 outstanding), arr rate%, write-off per year
DEBTS = [
    dict(name="市税", ka="税務課", kubun="強制徴収公債権", cur=[6218450, 6275902, 6310488], cr=[98.91, 99.02, 99.12],
         arr0=236118, ar=[24.6, 26.1, 27.9], wo=[8422, 7316, 6905], tgt=(99.20, 29.00, 198000),
         hear=("滞納繰越分のうち少額・多件数の事案が滞留しており、早期の処理方針の決定が必要である。",
               "滞納額10万円未満の事案を抽出し、催告と預貯金調査を一括で行う「少額事案集中処理」を10月から実施した。処理件数は前年度比で約1.4倍となった。"),
         kyoka=[("第１回　令和６年７月", "現年度分の未納者への電話催告、ＳＭＳ催告", "電話催告 1,284件（1,102件）"),
                ("第２回　令和６年１１月", "過年度分の財産調査と差押え", "差押え 96件（81件）"),
                ("第３回　令和７年２月", "捜索・公売の実施", "捜索 3件（2件）、公売 1件（0件）")],
         acts=[("納期限後の早期催告をＳＭＳと文書の二本立てで実施する。", "継続"),
               ("預貯金照会を全件電子化し、調査から差押えまでを３か月以内とする。", "拡充"),
               ("スマートフォン決済に軽自動車税を追加し、納付機会を広げる。", "新規")]),
    dict(name="国民健康保険税", ka="保険医療課", kubun="強制徴収公債権", cur=[1548320, 1502117, 1471906], cr=[94.35, 94.62, 94.80],
         arr0=312540, ar=[18.2, 19.4, 20.8], wo=[21304, 18822, 17015], tgt=(95.00, 22.00, 240000),
         hear=("資格喪失後の未納世帯への接触が遅れ、滞納繰越額が縮減しにくい。",
               "資格喪失届の受付時に未納額を通知し、その場で納付相談を行う運用に改めた。"),
         kyoka=[("第１回　令和６年８月", "現年度分の口座振替勧奨と電話催告", "口座振替新規 212件（187件）"),
                ("第２回　令和６年１２月", "過年度分の財産調査・差押え", "差押え 54件（49件）")],
         acts=[("保険証更新時に未納世帯への納付相談を行う。", "継続"),
               ("資格喪失世帯への催告を喪失月の翌月に行う。", "拡充"),
               ("税務課と合同で捜索を年２回実施する。", "新規")]),
    dict(name="市営住宅使用料", ka="住宅課", kubun="私債権", cur=[186420, 183905, 181272], cr=[97.12, 97.40, 97.55],
         arr0=42810, ar=[12.4, 13.8, 15.1], wo=[2105, 1940, 1688], tgt=(97.70, 16.00, 33000),
         hear=("退去者の滞納分について、連帯保証人への請求が遅れている。",
               "退去手続の時点で保証人へ通知する様式を整え、退去後１か月以内に請求を行った。"),
         kyoka=[("第１回　令和６年９月", "滞納３か月以上の入居者との面談", "面談 38件（31件）"),
                ("第２回　令和７年１月", "退去者・保証人への請求", "保証人請求 17件（9件）")],
         acts=[("滞納２か月の時点で戸別訪問を行い、分納計画を立てる。", "継続"),
               ("明渡請求訴訟の基準を見直し、長期滞納者に法的措置をとる。", "拡充")]),
]


def compute(dd):
    rows = []
    arr = dd["arr0"]
    for k, (fy, raw) in enumerate(YEARS):
        ca = dd["cur"][k]
        cc = round(ca * dd["cr"][k] / 100)
        aa = arr
        ac = round(aa * dd["ar"][k] / 100)
        wo = dd["wo"][k]
        out = ca + aa - cc - ac - wo
        rows.append(dict(fy=fy, raw=raw, ca=ca, cc=cc, cr=rate(cc, ca, 2), aa=aa, ac=ac, ar=rate(ac, aa, 2), wo=wo, out=out))
        arr = out
    return rows


def border_all(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}"); el.set(qn("w:val"), "single"); el.set(qn("w:sz"), "6"); el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def shade(cell, color="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:fill"), color); tcPr.append(s)


def para(doc, text, size=10, bold=False, align=None, after=2):
    p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    r = p.add_run(text); r.font.size = Pt(size); r.bold = bold
    return p


def fill(cell, text, size=9, bold=False, align=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if align is not None:
            p.alignment = align
        r = p.add_run(ln); r.font.size = Pt(size); r.bold = bold


def setup_section(sec, header_text):
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(15); sec.top_margin = Mm(15); sec.bottom_margin = Mm(12)
    sec.header.is_linked_to_previous = False
    hp = sec.header.paragraphs[0]; hp.text = header_text; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(9)


def build():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "IPAexGothic"; st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    sec = doc.sections[0]
    setup_section(sec, "")
    para(doc, "令和７年度　第１回　南あわじ市債権管理推進本部会議", 16, True, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "令和７年６月１２日（木）１３：３０～　市役所３階　大会議室", 10.5, False, WD_ALIGN_PARAGRAPH.CENTER, 10)
    para(doc, "次　第", 13, True, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "１　【報告】令和６年度　主要債権の滞納整理強化月間の実施状況　……　資料１（個票）")
    para(doc, "２　【協議】令和７年度　主要債権の取組方針　……　資料１（個票）")
    para(doc, "３　その他", after=10)
    t = doc.add_table(rows=1, cols=1); border_all(t)
    fill(t.cell(0, 0), "【参考】本市の収入未済額及び収納率（全債権）\n"
         "・収納率：令和６年度　96.42％（前年度比 +0.31ポイント）\n"
         "・収入未済額：令和６年度　約6億1,400万円（前年度比　約2,300万円減）\n"
         "・ピーク時（平成22年度）の収入未済額：約12億8,000万円", 10.5)
    para(doc, "")
    para(doc, "【取組個票】　１ 市税 …… ２ページ　　２ 国民健康保険税 …… ４ページ　　３ 市営住宅使用料 …… ６ページ", 10)
    for n, dd in enumerate(DEBTS, 1):
        rows = compute(dd)
        dd["rows"] = rows
        s = doc.add_section(WD_SECTION.NEW_PAGE)
        setup_section(s, f"資料１　取組個票 {n}　{dd['name']}")
        # label/value box
        t = doc.add_table(rows=1, cols=6); border_all(t)
        for j, v in enumerate(["債権名", dd["name"], "所管課", dd["ka"], "債権区分", dd["kubun"]]):
            fill(t.cell(0, j), v, 10, j % 2 == 0)
            if j % 2 == 0:
                shade(t.cell(0, j))
        para(doc, "")
        para(doc, "１　収納状況", 11, True)
        para(doc, "（金額の単位：千円　率の単位：％）", 8.5, False, WD_ALIGN_PARAGRAPH.RIGHT, 0)
        t = doc.add_table(rows=2 + 8, cols=6); border_all(t)
        fill(t.cell(0, 0), "区　分", 9, True)
        t.cell(0, 0).merge(t.cell(1, 1))
        fill(t.cell(0, 2), "決　算", 9, True, WD_ALIGN_PARAGRAPH.CENTER)
        t.cell(0, 2).merge(t.cell(0, 4))
        fill(t.cell(0, 5), "目　標", 9, True, WD_ALIGN_PARAGRAPH.CENTER)
        for j, (fy, raw) in enumerate(YEARS):
            fill(t.cell(1, 2 + j), raw, 9, True, WD_ALIGN_PARAGRAPH.CENTER)
        fill(t.cell(1, 5), "７年度", 9, True, WD_ALIGN_PARAGRAPH.CENTER)
        labels = [("現年度分", "調定額", "ca"), ("", "収納額", "cc"), ("", "収納率", "cr"),
                  ("過年度分", "調定額", "aa"), ("", "収納額", "ac"), ("", "収納率", "ar"),
                  ("不納欠損額", "", "wo"), ("収入未済額", "", "out")]
        tg = dd["tgt"]
        tgt_cells = {"cr": f"{tg[0]:.2f}", "ar": f"{tg[1]:.2f}", "out": f"{tg[2]:,}"}
        for i, (a, b, key) in enumerate(labels):
            r = 2 + i
            fill(t.cell(r, 0), a, 9); fill(t.cell(r, 1), b, 9)
            for j, row in enumerate(rows):
                v = row[key]
                fill(t.cell(r, 2 + j), f"{v:.2f}" if key in ("cr", "ar") else f"{v:,}", 9, False, WD_ALIGN_PARAGRAPH.RIGHT)
            fill(t.cell(r, 5), tgt_cells.get(key, "－"), 9, False, WD_ALIGN_PARAGRAPH.RIGHT)
        t.cell(2, 0).merge(t.cell(4, 0)); t.cell(5, 0).merge(t.cell(7, 0))
        t.cell(8, 0).merge(t.cell(8, 1)); t.cell(9, 0).merge(t.cell(9, 1))
        fill(t.cell(2, 0), "現年度分", 9); fill(t.cell(5, 0), "過年度分", 9)
        fill(t.cell(8, 0), "不納欠損額", 9); fill(t.cell(9, 0), "収入未済額", 9)
        para(doc, "※収入未済額＝調定額－収納額－不納欠損額（現年度分と過年度分の合計）。目標欄の収入未済額は令和８年５月末（出納閉鎖時）の目標額。", 8)
        para(doc, "")
        para(doc, "２　令和６年度　滞納整理強化月間の実施状況", 11, True)
        t = doc.add_table(rows=1 + len(dd["kyoka"]), cols=3); border_all(t)
        for j, h in enumerate(["実施時期", "取組内容", "実績又は効果　（　）内は前年度実績"]):
            fill(t.cell(0, j), h, 9, True); shade(t.cell(0, j))
        for i, (a, b, c) in enumerate(dd["kyoka"], 1):
            fill(t.cell(i, 0), a, 9); fill(t.cell(i, 1), b, 9); fill(t.cell(i, 2), c, 9)
        # page 2 of the 個票: no debt name in the body
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        para(doc, "３　債権管理ヒアリングにおける課題と改善状況", 11, True)
        t = doc.add_table(rows=2, cols=2); border_all(t)
        fill(t.cell(0, 0), "ヒアリングで抽出された課題", 9, True); shade(t.cell(0, 0))
        fill(t.cell(0, 1), "課題に対する改善点・取組状況", 9, True); shade(t.cell(0, 1))
        fill(t.cell(1, 0), dd["hear"][0], 9.5); fill(t.cell(1, 1), dd["hear"][1], 9.5)
        para(doc, "")
        para(doc, "４　令和７年度　取組方針", 11, True)
        t = doc.add_table(rows=1, cols=1); border_all(t)
        lines = ["【数値目標】",
                 f"　現年度分収納率　{tg[0]:.2f}％以上（令和６年度実績　{rows[-1]['cr']:.2f}％）",
                 f"　過年度分収納率　{tg[1]:.2f}％以上（令和６年度実績　{rows[-1]['ar']:.2f}％）",
                 "【取組内容】"]
        for k, (txt, tag) in enumerate(dd["acts"]):
            mark = "①②③④⑤"[k]
            if k == len(dd["acts"]) - 1:
                lines.append(f"　{mark}　{txt}\n　　【{tag}】")
            else:
                lines.append(f"　{mark}　{txt}【{tag}】")
        fill(t.cell(0, 0), "\n".join(lines), 10)
    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", STEM)


def gold():
    facts = [
        F(None, 2024, "令和６年度", "total", "collection_rate", "actual", 96.42, "percent", "96.42％", 1, debt_raw=None),
        F(None, 2024, "令和６年度", "total", "outstanding", "actual", 614000000, "yen", "約6億1,400万円", 1, approx=True, debt_raw=None),
        F(None, 2010, "平成22年度", "total", "outstanding", "actual", 1280000000, "yen", "約12億8,000万円", 1, approx=True, debt_raw=None),
    ]
    inits = []
    for n, dd in enumerate(DEBTS):
        p1 = 2 + 2 * n
        p2 = p1 + 1
        nm = dd["name"]
        for row in dd["rows"]:
            fy, raw = row["fy"], row["raw"]
            for key, seg, met in (("ca", "current", "assessed"), ("cc", "current", "collected"), ("cr", "current", "collection_rate"),
                                  ("aa", "arrears", "assessed"), ("ac", "arrears", "collected"), ("ar", "arrears", "collection_rate"),
                                  ("wo", "total", "written_off"), ("out", "total", "outstanding")):
                v = row[key]
                if met == "collection_rate":
                    facts.append(F(nm, fy, raw, seg, met, "actual", v, "percent", f"{v:.2f}", p1))
                else:
                    facts.append(F(nm, fy, raw, seg, met, "actual", v * 1000, "yen", f"{v:,}", p1))
        tg = dd["tgt"]
        facts += [F(nm, 2025, "７年度", "current", "collection_rate", "target", tg[0], "percent", f"{tg[0]:.2f}", p1),
                  F(nm, 2025, "７年度", "arrears", "collection_rate", "target", tg[1], "percent", f"{tg[1]:.2f}", p1),
                  F(nm, 2025, "７年度", "total", "outstanding", "target", tg[2] * 1000, "yen", f"{tg[2]:,}", p1)]
        last = dd["rows"][-1]
        facts += [F(nm, 2025, "令和７年度", "current", "collection_rate", "target", tg[0], "percent", f"{tg[0]:.2f}％", p2),
                  F(nm, 2024, "令和６年度実績", "current", "collection_rate", "actual", last["cr"], "percent", f"{last['cr']:.2f}％", p2),
                  F(nm, 2025, "令和７年度", "arrears", "collection_rate", "target", tg[1], "percent", f"{tg[1]:.2f}％", p2),
                  F(nm, 2024, "令和６年度実績", "arrears", "collection_rate", "actual", last["ar"], "percent", f"{last['ar']:.2f}％", p2)]
        for k, (txt, tag) in enumerate(dd["acts"]):
            inits.append(I(nm, 2025, "令和７年度　取組方針", "①②③④⑤"[k], txt, tag, p2))
    write_gold(STEM, "committee_material", MUNI, "令和７年度 第１回南あわじ市債権管理推進本部会議", "2025-06-12", "令和７年６月１２日",
               facts, inits)


if __name__ == "__main__":
    build(); gold(); check(STEM)
