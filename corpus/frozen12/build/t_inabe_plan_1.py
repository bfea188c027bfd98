"""t_inabe_plan_1: 債権管理計画 with one 推進シート per debt (5-year tables), python-docx -> LibreOffice (A4 portrait)."""
from __future__ import annotations

import random

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from t_common import OUT, PDF, Gold, lo_pdf, oku_man, zen

STEM = "t_inabe_plan_1"
G = Gold(STEM, "いなべ市")
FONT = "IPAexMincho"
GOTH = "IPAexGothic"
YEARS = [2019, 2020, 2021, 2022, 2023]


def set_font(run, name=FONT, size=10, bold=False):
    run.font.name = name
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.bold = bold


def para(doc, text="", size=10.5, bold=False, align=None, indent=0, space=3, name=FONT):
    p = doc.add_paragraph()
    if text:
        set_font(p.add_run(text), name=name, size=size, bold=bold)
    p.paragraph_format.space_after = Pt(space)
    p.paragraph_format.space_before = Pt(0)
    if indent:
        p.paragraph_format.left_indent = Mm(indent)
    if align is not None:
        p.alignment = align
    return p


def ct(cell, text, size=9, bold=False, align=None, name=FONT):
    cell.text = ""
    p = cell.paragraphs[0]
    set_font(p.add_run(str(text)), name=name, size=size, bold=bold)
    p.paragraph_format.space_after = Pt(0)
    if align is not None:
        p.alignment = align


R_ = WD_ALIGN_PARAGRAPH.RIGHT
C_ = WD_ALIGN_PARAGRAPH.CENTER


def borders(table, vertical=True):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        if not vertical and edge in ("left", "right", "insideV"):
            el.set(qn("w:val"), "nil")
        else:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), "8" if edge in ("top", "bottom") else "4")
            el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def widths(table, mm):
    table.autofit = False
    for k, gc in enumerate(table._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(mm[k] * 56.7)))
    for row in table.rows:
        for k, w in enumerate(mm):
            row.cells[k].width = Mm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def page_field(par):
    for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        r = par.add_run()
        set_font(r, size=9)
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        r._element.append(el)


def brk(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# --------------------------------------------------------------------------- data
rng = random.Random(20250301)

SHEETS = [
    # name, 課, 区分, current assessed base (千円), current rate base, arrears base assessed, arrears rate base
    ("市税", "税務課", "強制徴収公債権", 6_420_000, 98.90, 265_000, 24.0),
    ("国民健康保険税", "税務課", "強制徴収公債権", 1_082_000, 95.10, 182_000, 21.5),
    ("介護保険料", "長寿福祉課", "強制徴収公債権", 842_000, 99.05, 14_200, 18.0),
    ("保育料", "こども家庭課", "強制徴収公債権", 96_500, 98.60, 6_100, 15.5),
    ("住宅新築資金等貸付金", "人権福祉課", "私債権", 4_800, 61.0, 38_500, 3.2),
]


def series(cur_a, cur_r, arr_a, arr_r):
    rows = []
    for k, fy in enumerate(YEARS):
        ca = int(cur_a * (1 + 0.012 * k) + rng.randint(-900, 900))
        cc = round(ca * (cur_r + 0.08 * k + rng.uniform(-0.03, 0.03)) / 100)
        aa = int(arr_a * (1 - 0.04 * k) + rng.randint(-300, 300))
        ac = round(aa * (arr_r + 0.5 * k + rng.uniform(-0.2, 0.2)) / 100)
        aw = round(aa * rng.uniform(0.03, 0.07))
        rows.append(dict(fy=fy, ca=ca, cc=cc, aa=aa, ac=ac, aw=aw))
    return rows


DATA = {s[0]: series(*s[3:]) for s in SHEETS}

# other debts for the overview table (収入未済額, 千円, R元..R5)
OTHERS = ["後期高齢者医療保険料", "放課後児童クラブ利用料", "市営住宅使用料", "市営住宅駐車場使用料", "下水道使用料",
          "農業集落排水施設使用料", "下水道事業受益者負担金", "水道料金", "学校給食費", "幼稚園授業料",
          "生活保護費返還金", "児童扶養手当返還金", "奨学資金貸付金", "災害援護資金貸付金", "行政財産使用料",
          "し尿処理手数料", "斎場使用料"]


def rate(c, a):
    return round(c / a * 100, 2)


def out_total(r):
    return (r["ca"] - r["cc"]) + (r["aa"] - r["ac"] - r["aw"])


OVERVIEW = [(s[0], [out_total(r) for r in DATA[s[0]]]) for s in SHEETS]
for _name in OTHERS:
    _base = rng.randint(800, 30_000)
    OVERVIEW.append((_name, [max(0, int(_base * (1 - 0.05 * k) + rng.randint(-300, 300))) for k in range(5)]))


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin, sec.bottom_margin = Mm(18), Mm(18)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    set_font(hp.add_run("いなべ市債権管理計画（令和７年度～令和９年度）"), size=8)
    hp.alignment = R_
    fp = sec.footer.paragraphs[0]
    fp.alignment = C_
    page_field(fp)

    # cover
    for _ in range(8):
        para(doc)
    para(doc, "いなべ市債権管理計画", size=24, bold=True, align=C_, name=GOTH, space=10)
    para(doc, "（令和７年度～令和９年度）", size=14, align=C_, space=80)
    for _ in range(10):
        para(doc)
    para(doc, "令和７年３月", size=13, align=C_, space=6)
    para(doc, "いなべ市", size=13, align=C_)
    brk(doc)

    # chapter 1-3
    tot_2023 = round(sum(v[-1] for _, v in OVERVIEW) * 1000, -5)
    shz_out = out_total(DATA["市税"][-1])
    para(doc, "１　計画策定の趣旨", size=12, bold=True, name=GOTH)
    para(doc, "　本市では、平成２９年に「いなべ市債権管理条例」を制定し、市税をはじめとする市の債権について、"
              "全庁的な管理の適正化に取り組んできた。令和５年度決算における本市の債権の収入未済額は、全会計で"
              + G.f("約" + oku_man(tot_2023, True), tot_2023, "outstanding", "actual", 2023, "令和５年度", approx=True)
              + "となっており、依然として多額の未収金が存在している。このうち市税は"
              + G.f("約" + oku_man(round(shz_out * 1000, -6), True), round(shz_out * 1000, -6), "outstanding", "actual",
                    2023, "令和５年度", debt="市税", approx=True)
              + "で、全体の３分の１以上を占めている。", space=6)
    para(doc, "　前計画（令和４年度～令和６年度）の期間満了に伴い、市民負担の公平性の確保と自主財源の確保を目的として、"
              "本計画を策定する。", space=8)
    para(doc, "２　計画期間", size=12, bold=True, name=GOTH)
    para(doc, "　令和７（２０２５）年度から令和９（２０２７）年度までの３か年とする。", space=8)
    para(doc, "３　対象債権", size=12, bold=True, name=GOTH)
    para(doc, "　令和５年度決算において収入未済額が生じている２２債権とし、このうち収入未済額が多額である５債権を"
              "重点債権として推進シートを作成する。", space=8)
    para(doc, "（参考）前計画期間の主な取組結果", size=11, bold=True, name=GOTH)
    for txt in ["　(1) 市税及び国民健康保険税について、三重地方税管理回収機構への移管と預貯金調査の電子化により、"
                "滞納繰越分の整理が進んだ。",
                "　(2) 保育料及び放課後児童クラブ利用料について、口座振替の原則化により現年分の未納の発生が抑えられた。",
                "　(3) 住宅新築資金等貸付金については、債務者の高齢化と相続により回収が困難な案件が多く、"
                "収入未済額の縮減は限定的であった。",
                "　(4) 私債権の放棄について、債権管理条例に基づき１２件を放棄し、議会へ報告した。"]:
        para(doc, txt, size=10.5, space=4)
    para(doc, "", space=6)
    para(doc, "４　債権の状況", size=12, bold=True, name=GOTH)
    para(doc, "表１　債権別収入未済額の推移", size=10, bold=True, name=GOTH, space=1)
    para(doc, "（単位：千円）", size=8.5, align=R_, space=1)

    t = doc.add_table(rows=3, cols=8)
    borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h = t.rows
    a = h[0].cells[0].merge(h[2].cells[0]); ct(a, "No.", align=C_)
    a = h[0].cells[1].merge(h[2].cells[1]); ct(a, "債権名", align=C_)
    a = h[0].cells[2].merge(h[0].cells[7]); ct(a, "収入未済額", align=C_)
    a = h[1].cells[2].merge(h[1].cells[6]); ct(a, "決算額", align=C_)
    ct(h[1].cells[7], "増減", align=C_)
    for k, lab in enumerate(["令和元年度", "令和２年度", "令和３年度", "令和４年度", "令和５年度"]):
        ct(h[2].cells[2 + k], lab, size=8.5, align=C_)
    ct(h[2].cells[7], "R5－R元", size=8, align=C_)
    for r in h:
        repeat_header(r)
    rows = OVERVIEW
    labs = ["令和元年度", "令和２年度", "令和３年度", "令和４年度", "令和５年度"]
    tot = [0] * 5
    for n, (name, vals) in enumerate(rows):
        r = t.add_row().cells
        ct(r[0], n + 1, align=C_)
        ct(r[1], name)
        for k, v in enumerate(vals):
            tot[k] += v
            ct(r[2 + k], G.f(f"{v:,}", v * 1000, "outstanding", "actual", YEARS[k], labs[k], debt=name), align=R_)
        d = vals[-1] - vals[0]
        ct(r[7], f"{d:,}" if d >= 0 else f"△{-d:,}", align=R_)
    r = t.add_row().cells
    m = r[0].merge(r[1]); ct(m, "合計", align=C_, bold=True)
    for k, v in enumerate(tot):
        ct(r[2 + k], G.f(f"{v:,}", v * 1000, "outstanding", "actual", YEARS[k], labs[k], debt=None, debt_raw="合計"),
           align=R_, bold=True)
    d = tot[-1] - tot[0]
    ct(r[7], f"{d:,}" if d >= 0 else f"△{-d:,}", align=R_, bold=True)
    widths(t, [10, 44, 18, 18, 18, 18, 18, 20])
    para(doc, "※一般会計、特別会計及び水道事業会計の合計（表中の５債権以外は全会計分の主なもの）。", size=8.5, space=2)

    # 推進シート
    for idx, (name, ka, kubun, *_rest) in enumerate(SHEETS):
        brk(doc)
        sheet(doc, idx, name, ka, kubun)

    OUT.mkdir(exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = lo_pdf(src, PDF / f"{STEM}.pdf", "inabe")
    G.finish(pdf, {"kind": "plan", "title": "いなべ市債権管理計画（令和７年度～令和９年度）", "date": "2025-03-01",
                   "date_raw": "令和７年３月"})


TARGETS = {
    "市税": ((99.20, 99.25, 99.30), (27.00, 28.00, 29.00)),
    "国民健康保険税": ((95.60, 95.80, 96.00), (24.00, 25.00, 26.00)),
    "介護保険料": ((99.30, 99.35, 99.40), (20.50, 21.00, 21.50)),
    "保育料": ((98.90, 99.00, 99.10), (18.00, 19.00, 20.00)),
    "住宅新築資金等貸付金": ((62.00, 63.00, 64.00), (5.00, 5.50, 6.00)),
}

INITS = {
    "市税": [("ア", "納期限後速やかに督促状を発送し、催告書の送付とＳＭＳ催告を組み合わせて早期納付を促す。", "継続"),
            ("イ", "三重地方税管理回収機構への移管により、高額・困難案件の解消を図る。", "継続"),
            ("ウ", "地方税統一ＱＲコードを活用したスマートフォン決済を周知し、納期内納付率を高める。", "拡充")],
    "国民健康保険税": [("ア", "国保資格取得時に口座振替を勧奨し、口座振替率の向上を図る。", "継続"),
                ("イ", "滞納世帯の所得・財産状況を早期に把握し、納付能力のある世帯には滞納処分を行う。", "継続"),
                ("ウ", "納付が困難な世帯には生活困窮者自立支援の窓口を案内し、徴収猶予等を適切に適用する。", "新規")],
    "介護保険料": [("(1)", "普通徴収の被保険者に対し、口座振替依頼書を同封して送付する。", "継続"),
              ("(2)", "滞納が２年を超える前に、給付制限の内容を個別に説明する。", "拡充")],
    "保育料": [("(1)", "入所手続時に口座振替を原則とし、未納が生じた月の翌月に電話催告を行う。", "継続"),
             ("(2)", "児童手当からの特別徴収について保護者の申出を勧奨する。", "継続"),
             ("(3)", "卒園者の滞納分は税務課と連携して滞納処分を行う。", "新規")],
    "住宅新築資金等貸付金": [("ア", "分割納付の履行状況を毎月確認し、不履行者には翌月に催告する。", "継続"),
                   ("イ", "連帯保証人及び相続人の調査を行い、請求を行う。", "継続"),
                   ("ウ", "回収の見込みがない債権は、債権管理条例に基づき放棄を検討する。", "新規")],
}


def sheet(doc, idx, name, ka, kubun):
    rows = DATA[name]
    fmt_year = ["R元", "R2", "R3", "R4", "R5"] if idx % 2 == 0 else ["令和元年度", "令和２年度", "令和３年度", "令和４年度", "令和５年度"]
    para(doc, f"推進シート　{idx + 1}", size=9, align=R_, space=1, name=GOTH)
    box = doc.add_table(rows=1, cols=6)
    borders(box)
    for k, v in enumerate(["債権名", name, "担当課", ka, "債権区分", kubun]):
        ct(box.rows[0].cells[k], v, size=10, bold=(k % 2 == 0), name=GOTH if k % 2 == 0 else FONT,
           align=C_ if k % 2 == 0 else None)
    para(doc, "", space=2)
    para(doc, "(1) 収納状況の推移", size=10.5, bold=True, name=GOTH, space=1)
    para(doc, "（単位：千円、％）", size=8.5, align=R_, space=1)
    horiz = name in ("保育料",)
    t = doc.add_table(rows=1, cols=7)
    borders(t, vertical=not horiz)
    ct(t.rows[0].cells[0], "区分", align=C_)
    ct(t.rows[0].cells[1], "項目", align=C_)
    for k, y in enumerate(fmt_year):
        ct(t.rows[0].cells[2 + k], y, align=C_)
    groups = [("現年分", "current", [("調定額", "assessed", "ca"), ("収入済額", "collected", "cc"), ("収納率", "collection_rate", None)]),
              ("滞繰分", "arrears", [("調定額", "assessed", "aa"), ("収入済額", "collected", "ac"), ("不納欠損額", "written_off", "aw"),
                                   ("収納率", "collection_rate", None)]),
              ("合計", "total", [("収入未済額", "outstanding", None)])]
    for glab, seg, items in groups:
        first = None
        for lab, metric, key in items:
            r = t.add_row()
            first = first or r
            ct(r.cells[1], lab)
            for k, row in enumerate(rows):
                if metric == "collection_rate":
                    v = rate(row["cc"], row["ca"]) if seg == "current" else rate(row["ac"], row["aa"])
                    s = G.f(f"{v:.2f}", v, metric, "actual", row["fy"], fmt_year[k], seg, debt=name)
                elif metric == "outstanding":
                    v = out_total(row)
                    s = G.f(f"{v:,}", v * 1000, metric, "actual", row["fy"], fmt_year[k], seg, debt=name)
                else:
                    v = row[key]
                    s = G.f(f"{v:,}", v * 1000, metric, "actual", row["fy"], fmt_year[k], seg, debt=name)
                ct(r.cells[2 + k], s, align=R_)
            last = r
        m = first.cells[0].merge(last.cells[0])
        ct(m, glab, align=C_)
    widths(t, [16, 22, 24, 24, 24, 24, 24])
    para(doc, "", space=2)
    para(doc, "(2) 目標", size=10.5, bold=True, name=GOTH, space=1)
    tg = TARGETS[name]
    t2 = doc.add_table(rows=2, cols=5)
    borders(t2, vertical=not horiz)
    ct(t2.rows[0].cells[0].merge(t2.rows[1].cells[0]), "区分", align=C_)
    ct(t2.rows[0].cells[1], "実績", align=C_)
    ct(t2.rows[0].cells[2].merge(t2.rows[0].cells[4]), "目標", align=C_)
    for k, y in enumerate(["令和５年度", "令和７年度", "令和８年度", "令和９年度"]):
        ct(t2.rows[1].cells[1 + k], y, align=C_)
    last = rows[-1]
    for seg, lab, act, tv in (("current", "現年分収納率", rate(last["cc"], last["ca"]), tg[0]),
                              ("arrears", "滞繰分収納率", rate(last["ac"], last["aa"]), tg[1])):
        r = t2.add_row().cells
        ct(r[0], lab)
        ct(r[1], G.f(f"{act:.2f}%", act, "collection_rate", "actual", 2023, "令和５年度", seg, debt=name), align=R_)
        for k, v in enumerate(tv):
            ct(r[2 + k], G.f(f"{v:.2f}%", v, "collection_rate", "target", 2025 + k, f"令和{7 + k}年度", seg, debt=name),
               align=R_)
    para(doc, "", space=2)
    para(doc, "(3) 目標達成に向けた取組", size=10.5, bold=True, name=GOTH, space=1)
    for k, (lab, text, st) in enumerate(INITS[name]):
        G.i(name, 2025, "目標達成に向けた取組", lab, text, st)
        sep = "　" if lab in "アイウエ" else ""
        if k == len(INITS[name]) - 1 and idx == 1:
            para(doc, f"{lab}{sep}{text}", size=10, indent=4, space=0)
            para(doc, f"【{st}】", size=10, indent=8, space=3)
        else:
            para(doc, f"{lab}{sep}{text}【{st}】", size=10, indent=4, space=3)


if __name__ == "__main__":
    build()
