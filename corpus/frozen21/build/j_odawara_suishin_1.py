"""小田原市債権管理推進計画 with 推進シート per debt — python-docx -> LibreOffice."""
from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).parent))
from j_common import OUT, PDF, Gold, c, locate, rate, to_pdf, zen  # noqa: E402

STEM = "j_odawara_suishin_1"
CITY = "小田原市"
YL = {2019: "令和元年度", 2020: "令和２年度", 2021: "令和３年度", 2022: "令和４年度", 2023: "令和５年度"}


def gen(years, cur0, cur_g, cr, arr0, arr_d, ar, wo):
    """Yearly rows: {fy: {seg: (a, b, w)}} in 千円 units (floats allowed for decimals)."""
    out = {}
    for i, fy in enumerate(years):
        ca = cur0 * (1 + cur_g) ** i
        aa = arr0 - arr_d * i
        out[fy] = {"current": (ca, ca * cr[i], 0), "arrears": (aa, aa * ar[i], wo[i])}
    return out


def q(x, nd):
    return float(Decimal(str(x)).quantize(Decimal(1).scaleb(-nd))) if nd else int(round(x))


SHEETS = [
    dict(name="市税", dept="総務部　収税課", kind="強制徴収公債権（地方税法）", nd=0,
         years=[2019, 2020, 2021, 2022, 2023],
         data=gen([2019, 2020, 2021, 2022, 2023], 30512480, 0.012, [0.9902, 0.9897, 0.9911, 0.9920, 0.9928],
                  1182450, 98000, [0.2512, 0.2406, 0.2688, 0.2905, 0.3117], [86412, 92310, 71288, 60517, 48305]),
         dlq=[5126, 5390, 4871, 4502, 4188],
         tgt={"current": ["99.30", "99.35", "99.40", "99.45"], "arrears": ["32.00", "33.00", "34.00", "35.00"],
              "out": [700000, 680000, 660000, 640000]},
         gaiyo="地方税法に基づき賦課する個人市民税、法人市民税、固定資産税、軽自動車税等。滞納処分が可能な債権であり、"
               "時効期間は５年である。",
         items=[("ア", "納期限内納付の推進", "口座振替及びスマートフォン決済の利用を広報し、納期限内の納付を促す。", "継続", False),
                ("イ", "早期の滞納整理", "督促状の発送後、未納が続く者に対して速やかに財産調査を行い、滞納処分を行う。", "継続", True),
                ("ウ", "徴収嘱託員の再配置", "徴収嘱託員の業務を臨戸から電話催告中心に見直し、接触件数を増やす。", "新規", False)]),
    dict(name="国民健康保険料", dept="福祉健康部　保険課", kind="強制徴収公債権（国民健康保険法）", nd=0,
         years=[2021, 2022, 2023],
         data=gen([2021, 2022, 2023], 6184300, -0.021, [0.9402, 0.9431, 0.9468],
                  1402815, 121300, [0.1988, 0.2140, 0.2294], [188412, 160285, 141907]),
         dlq=[3918, 3702, 3544],
         tgt={"current": ["94.80", "95.00", "95.20", "95.40"], "arrears": ["24.00", "25.00", "26.00", "27.00"],
              "out": [1000000, 950000, 900000, 850000]},
         gaiyo="国民健康保険法に基づき世帯主に賦課する保険料。時効期間は２年である。",
         items=[("ア", "短期被保険者証の交付時の納付相談", "更新の機会を捉えて納付相談を行い、分納の履行を確認する。", "継続", False),
                ("イ", "資格喪失世帯への納付勧奨", "社会保険への加入等で資格を喪失した世帯に、喪失後速やかに納付書を送付する。", "拡充", False)]),
    dict(name="母子父子寡婦福祉資金貸付金", dept="子ども青少年部　子育て政策課", kind="私債権（非強制徴収）", nd=1,
         years=[2021, 2022, 2023],
         data=gen([2021, 2022, 2023], 18420.6, -0.05, [0.8820, 0.8905, 0.8961],
                  64218.4, 2400.0, [0.0612, 0.0688, 0.0735], [0, 1212.8, 804.2]),
         dlq=[88, 84, 79],
         tgt={"current": ["90.00", "90.50", "91.00", "91.50"], "arrears": ["8.00", "8.50", "9.00", "9.50"],
              "out": [54000, 52000, 50000, 48000]},
         gaiyo="母子及び父子並びに寡婦福祉法に基づく修学資金等の貸付金の償還金。時効期間は１０年（令和２年３月以前の"
               "貸付分）である。",
         items=[("ア", "償還指導の徹底", "貸付決定時に償還計画を説明し、卒業前に改めて借受人と連帯借受人に通知する。", "継続", False),
                ("イ", "法的措置の検討", "長期に償還がない者について、連帯保証人への請求を経て支払督促の申立てを検討する。", "新規", True)]),
]


def set_font(doc):
    st = doc.styles["Normal"]
    st.font.name = "IPAexMincho"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")


def para(doc, text, bold=False, align=None, size=None, indent=None, before=0):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    if indent is not None:
        p.paragraph_format.left_indent = Mm(indent)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.space_before = Pt(before)
    return p


def ct(cell, text, align=WD_ALIGN_PARAGRAPH.RIGHT, size=8.5, bold=False):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        r.font.size = Pt(size)
        r.bold = bold
        if i < len(lines) - 1:
            r.add_break()
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true")
    trPr.append(el)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def add_page_field(par):
    run = par.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText"); el.set(qn("xml:space"), "preserve"); el.text = text
        run._r.append(el)


def fmt(v, nd):
    return f"{v:,.{nd}f}" if nd else c(int(v))


def main():
    g = Gold(STEM, "plan", CITY, "小田原市債権管理推進計画（令和７年度～令和１０年度）", "2025-03-01", "令和７年３月", "suishin")
    doc = Document()
    set_font(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
    hp = sec.header.paragraphs[0]; hp.text = "小田原市債権管理推進計画"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER; add_page_field(fp)

    para(doc, "")
    para(doc, "小田原市債権管理推進計画", bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, before=60)
    para(doc, "（令和７年度～令和１０年度）", size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "令和７年３月", size=12, align=WD_ALIGN_PARAGRAPH.CENTER, before=40)
    para(doc, "小　田　原　市", size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    page_break(doc)

    para(doc, "１　計画策定の趣旨", bold=True, size=12)
    para(doc, "　本市では、市税をはじめとする各債権について、期限内納付の推進と滞納整理の強化に取り組んできた。"
              "令和５年度決算における本市の収入未済額は、全会計で約２２億４，８００万円となり、５年前と比べ約５億円"
              "縮減したものの、依然として多額の収入未済額を抱えている。")
    g.fact(None, 2023, "令和５年度", "total", "outstanding", "actual", 2248000000, "yen", "約２２億４，８００万円", None,
           approx=True)
    para(doc, "　このため、債権ごとの現状と課題を明らかにし、目標と取組を「債権管理推進シート」にまとめ、全庁で進行管理を"
              "行うこととする。")
    para(doc, "２　計画期間", bold=True, size=12, before=6)
    para(doc, "　令和７年度から令和１０年度までの４年間とする。")
    para(doc, "３　対象債権", bold=True, size=12, before=6)
    para(doc, "　収入未済額が１，０００万円以上の債権のうち、次の３債権を重点債権とし、推進シートを作成する。")
    for i, s in enumerate(SHEETS, 1):
        para(doc, f"（{zen(i)}）{s['name']}（{s['dept'].split('　')[1]}）", indent=6)
    para(doc, "４　全庁的な取組", bold=True, size=12, before=6)
    common = [("(1)", "債権管理条例に基づく事務の標準化", "督促、催告、徴収停止及び放棄の手順を債権管理マニュアルに沿って統一する。"),
              ("(2)", "収納方法の拡大", "全ての債権で、コンビニエンスストア納付とスマートフォン決済を利用できるようにする。"),
              ("(3)", "職員研修の実施", "新任職員向けの基礎研修と、所管課の担当者向けの実務研修を毎年度実施する。")]
    for lab, ttl, body in common:
        para(doc, f"{lab}　{ttl}", indent=4)
        para(doc, f"　{body}", indent=10)
        g.init(None, 2025, "全庁的な取組", lab, body, None, None)

    for s in SHEETS:
        nd = s["nd"]
        page_break(doc)
        t0 = doc.add_table(rows=1, cols=2); t0.style = "Table Grid"
        ct(t0.cell(0, 0), f"債権名　{s['name']}", WD_ALIGN_PARAGRAPH.LEFT, 12, True)
        ct(t0.cell(0, 1), f"所管課　{s['dept']}", WD_ALIGN_PARAGRAPH.LEFT, 10)
        para(doc, "債権管理推進シート", size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)
        para(doc, "１　債権の概要", bold=True)
        para(doc, f"【{s['kind']}】　{s['gaiyo']}", indent=4, size=10)
        para(doc, "２　収入状況の推移", bold=True, before=4)
        para(doc, "（単位：千円、％、人）", size=8.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
        years = s["years"]
        nrow = 3 + 3 * len(years)
        t = doc.add_table(rows=nrow, cols=8); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
        widths = [Mm(9), Mm(24), Mm(24), Mm(24), Mm(20), Mm(24), Mm(16), Mm(19)]
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
        h = [["区分", "年度", "金額", "", "", "", "収入率", "滞納者数"],
             ["", "", "調定額", "収入済額", "不納欠損額", "収入未済額", "", ""],
             ["", "", "(A)", "(B)", "(C)", "(A-B-C)", "(B/A)", ""]]
        for i in range(3):
            for j in range(8):
                if h[i][j]:
                    ct(t.cell(i, j), h[i][j], WD_ALIGN_PARAGRAPH.CENTER)
            repeat_header(t.rows[i])
        t.cell(0, 2).merge(t.cell(0, 5))
        t.cell(0, 0).merge(t.cell(2, 0)); t.cell(0, 1).merge(t.cell(2, 1))
        t.cell(0, 6).merge(t.cell(1, 6)); t.cell(0, 7).merge(t.cell(2, 7))
        r = 3
        for seg, lab in (("current", "現年度分"), ("arrears", "過年度分"), ("total", "合計")):
            for k, fy in enumerate(years):
                d = s["data"][fy]
                if seg == "total":
                    a = round(q(d["current"][0], nd) + q(d["arrears"][0], nd), nd)
                    b = round(q(d["current"][1], nd) + q(d["arrears"][1], nd), nd)
                    w = q(d["arrears"][2], nd)
                else:
                    a, b, w = (q(x, nd) for x in d[seg])
                o = round(a - b - w, nd) if nd else a - b - w
                rr = rate(Decimal(str(b)) * 10, Decimal(str(a)) * 10) if nd else rate(b, a)
                ct(t.cell(r, 1), YL[fy], WD_ALIGN_PARAGRAPH.CENTER)
                vals = [fmt(a, nd), fmt(b, nd), fmt(w, nd) if seg != "current" else "－", fmt(o, nd), str(rr),
                        c(s["dlq"][years.index(fy)]) if seg == "total" else ""]
                for j, v in enumerate(vals):
                    ct(t.cell(r, 2 + j), v)
                mult = 1000
                for metric, val, raw in (("assessed", a, vals[0]), ("collected", b, vals[1])):
                    g.fact(s["name"], fy, YL[fy], seg, metric, "actual", int(round(val * mult)), "yen", raw, None)
                if seg != "current":
                    g.fact(s["name"], fy, YL[fy], seg, "written_off", "actual", int(round(w * mult)), "yen", vals[2], None)
                g.fact(s["name"], fy, YL[fy], seg, "outstanding", "actual", int(round(o * mult)), "yen", vals[3], None)
                g.fact(s["name"], fy, YL[fy], seg, "collection_rate", "actual", rr, "percent", vals[4], None)
                if seg == "total":
                    g.fact(s["name"], fy, YL[fy], "total", "delinquents", "actual", s["dlq"][years.index(fy)],
                           "persons", vals[5], None)
                r += 1
            top = r - len(years)
            t.cell(top, 0).merge(t.cell(r - 1, 0))
            ct(t.cell(top, 0), "\n".join(lab), WD_ALIGN_PARAGRAPH.CENTER)
        para(doc, "※収入率は小数点以下第３位を四捨五入。滞納者数は各年度末現在の実人数。", size=8)

        para(doc, "３　目標", bold=True, before=6)
        para(doc, "（単位：％、千円）", size=8.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
        tg = s["tgt"]
        t2 = doc.add_table(rows=5, cols=6); t2.style = "Table Grid"; t2.alignment = WD_TABLE_ALIGNMENT.CENTER
        ct(t2.cell(0, 0), "項目", WD_ALIGN_PARAGRAPH.CENTER)
        ct(t2.cell(0, 1), "実績", WD_ALIGN_PARAGRAPH.CENTER)
        ct(t2.cell(0, 2), "目標値", WD_ALIGN_PARAGRAPH.CENTER)
        t2.cell(0, 2).merge(t2.cell(0, 5)); ct(t2.cell(0, 2), "目標値", WD_ALIGN_PARAGRAPH.CENTER)
        for j, lab in enumerate(["", "５年度", "７年度", "８年度", "９年度", "１０年度"]):
            if lab:
                ct(t2.cell(1, j), lab, WD_ALIGN_PARAGRAPH.CENTER)
        t2.cell(0, 0).merge(t2.cell(1, 0)); ct(t2.cell(0, 0), "項目", WD_ALIGN_PARAGRAPH.CENTER)
        last = s["years"][-1]
        d = s["data"][last]
        ca, cb = q(d["current"][0], nd), q(d["current"][1], nd)
        aa, ab, aw = (q(x, nd) for x in d["arrears"])
        cur_r = rate(Decimal(str(cb)) * 10, Decimal(str(ca)) * 10)
        arr_r = rate(Decimal(str(ab)) * 10, Decimal(str(aa)) * 10)
        tot_o = round((ca - cb) + (aa - ab - aw), nd) if nd else (ca - cb) + (aa - ab - aw)
        rows = [("現年度分収入率", "current", "collection_rate", str(cur_r), tg["current"]),
                ("過年度分収入率", "arrears", "collection_rate", str(arr_r), tg["arrears"]),
                ("収入未済額", "total", "outstanding", fmt(tot_o, nd), [c(x) for x in tg["out"]])]
        for i, (lab, seg, metric, act, tv) in enumerate(rows, 2):
            ct(t2.cell(i, 0), lab, WD_ALIGN_PARAGRAPH.LEFT)
            ct(t2.cell(i, 1), act)
            if metric == "outstanding":
                g.fact(s["name"], 2023, "５年度", seg, metric, "actual", int(round(tot_o * 1000)), "yen", act, None)
            else:
                g.fact(s["name"], 2023, "５年度", seg, metric, "actual", Decimal(act), "percent", act, None)
            for j, v in enumerate(tv):
                ct(t2.cell(i, 2 + j), v)
                fy = 2025 + j
                if metric == "outstanding":
                    g.fact(s["name"], fy, f"{zen(fy - 2018)}年度", seg, metric, "target", tg["out"][j] * 1000, "yen", v, None)
                else:
                    g.fact(s["name"], fy, f"{zen(fy - 2018)}年度", seg, metric, "target", Decimal(v), "percent", v, None)

        para(doc, "４　取組内容", bold=True, before=6)
        for lab, ttl, body, st, wrapped in s["items"]:
            p = para(doc, f"{lab}　{ttl}", indent=4)
            tag = f"【{st}】"
            p2 = doc.add_paragraph()
            p2.paragraph_format.left_indent = Mm(10)
            p2.paragraph_format.space_after = Pt(2)
            run = p2.add_run(body)
            if wrapped:
                run.add_break()
            p2.add_run(tag)
            g.init(s["name"], 2025, "取組内容", lab, body, st, None)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf", "j4")
    # locate in print order: facts and initiatives are interleaved per sheet, so locate each list separately
    facts, inits = g.facts, g.inits
    g.inits = []
    locate(g, pdf)
    g.facts, g.inits = [], inits
    locate(g, pdf)
    g.facts = facts
    g.write(pdf)


if __name__ == "__main__":
    main()
