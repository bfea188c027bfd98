"""新居浜市債権管理計画（令和7年度～令和9年度） — python-docx → LibreOffice, A4 portrait.

Modelled on 新居浜市 (愛媛県): 債権管理対策室, 公債権/私債権, 収入未済額 in running text
(https://www.city.niihama.lg.jp/gikai5/gikai/52.html). Figures invented, internally consistent.
"""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from w_common import F, I, OUT, PDF_DIR, cm, f2, pct, soffice_pdf, write_gold, z

STEM = "w_niihama_plan_1"
MUNI = "新居浜市"

# 令和5年度決算（千円）: cur_a, cur_c, arr_a, arr_c, arr_wo
R5 = {
    "市税":               (12845320, 12717410, 498760, 143215, 31420),
    "国民健康保険税":     (2384560, 2241880, 612430, 118760, 52310),
    "介護保険料":         (2105330, 2088470, 58240, 14820, 6950),
    "後期高齢者医療保険料": (1204880, 1201150, 9870, 4230, 1120),
    "保育料":             (318450, 314020, 42310, 9870, 3250),
    "市営住宅使用料":     (412560, 401230, 118930, 21440, 8760),
    "下水道使用料":       (1876220, 1858930, 41560, 22840, 2480),
}
DEBTS = list(R5)
OUT5 = {d: v[0] - v[1] + v[2] - v[3] - v[4] for d, v in R5.items()}
OTHER = {2021: 51287, 2022: 53414, 2023: 59412}
OUT3 = {"市税": 512440, "国民健康保険税": 648210, "介護保険料": 57930, "後期高齢者医療保険料": 9640,
        "保育料": 38150, "市営住宅使用料": 109870, "下水道使用料": 36220}
OUT4 = {"市税": 478920, "国民健康保険税": 611350, "介護保険料": 55120, "後期高齢者医療保険料": 8910,
        "保育料": 35480, "市営住宅使用料": 104230, "下水道使用料": 34870}
TOT = {2021: sum(OUT3.values()) + OTHER[2021], 2022: sum(OUT4.values()) + OTHER[2022],
       2023: sum(OUT5.values()) + OTHER[2023]}
assert TOT[2023] == 1324277 and TOT[2022] == 1382294

# 目標収納率（％, 1 decimal）: 令和7, 8, 9年度 (現年, 滞繰)
TARGET = {
    "市税": [(99.1, 29.5), (99.2, 30.0), (99.2, 30.5)],
    "国民健康保険税": [(94.2, 20.0), (94.5, 20.5), (94.8, 21.0)],
    "介護保険料": [(99.3, 26.0), (99.3, 26.5), (99.4, 27.0)],
    "後期高齢者医療保険料": [(99.7, 43.0), (99.7, 43.5), (99.8, 44.0)],
    "保育料": [(98.7, 24.0), (98.8, 24.5), (98.9, 25.0)],
    "市営住宅使用料": [(97.4, 18.5), (97.6, 19.0), (97.8, 19.5)],
}
HOUSING_HIST = {2021: (97.02, 16.35), 2022: (97.10, 17.08)}   # 市営住宅使用料 現年/滞繰 (R3, R4)


def set_cell_bg(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def cell_text(cell, text, *, size=9.5, align="left", bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    p.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                   "center": WD_ALIGN_PARAGRAPH.CENTER}[align]
    lines = text.split("\n")
    for k, ln in enumerate(lines):
        r = p.add_run(ln)
        r.font.size = Pt(size); r.bold = bold
        if k < len(lines) - 1:
            r.add_break()


def para(doc, text, *, size=11, bold=False, align=None, indent=0, first=0, after=2):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(after); pf.space_before = Pt(0)
    if indent:
        pf.left_indent = Mm(indent)
    if first:
        pf.first_line_indent = Mm(first)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run(text)
    r.font.size = Pt(size); r.bold = bold
    return p


def table(doc, rows, widths, *, head=1, size=9.5, aligns=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.width = Mm(widths[j])
            if v is None:
                continue
            al = "center" if i < head else (aligns[j] if aligns else ("left" if j == 0 else "right"))
            cell_text(c, v, size=size, align=al, bold=False)
            if i < head:
                set_cell_bg(c, "E7E6E6")
    return t


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build():
    facts, inits = [], []
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "IPAexMincho"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin = Mm(22); sec.bottom_margin = Mm(20)
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hr = hp.add_run("新居浜市債権管理計画（令和７年度～令和９年度）"); hr.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("－ "); r.font.size = Pt(9)
    fld = OxmlElement("w:fldSimple"); fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r"); tt = OxmlElement("w:t"); tt.text = "1"; rr.append(tt); fld.append(rr)
    fp._p.append(fld)
    r = fp.add_run(" －"); r.font.size = Pt(9)

    # ---------------- page 1: cover-ish heading + 趣旨
    para(doc, "新居浜市債権管理計画", size=18, bold=True, align="center", after=4)
    para(doc, "（令和７年度～令和９年度）", size=12, align="center", after=6)
    para(doc, "令和７年３月", size=11, align="center", after=2)
    para(doc, "新居浜市　総務部　債権管理対策室", size=11, align="center", after=14)

    para(doc, "１　計画策定の趣旨", size=12, bold=True, after=4)
    para(doc, "本市では、平成２２年度に債権管理対策室を設置し、市税等の公債権と住宅使用料等の私債権を"
              "あわせた全庁的な債権管理に取り組んできました。その結果、収入未済額は年々縮減してきたものの、"
              "依然として多額の未収金を抱えている状況です。", indent=0, first=4)
    p_txt = ("令和５年度決算における本市の債権の収入未済額は約13億2,400万円で、4年度末の約13億8,200万円と"
             "比べ約5,800万円減少しました。")
    para(doc, p_txt, first=4)
    facts.append(F(None, 2023, "令和５年度", "total", "outstanding", "actual", 1324000000, "yen",
                   "約13億2,400万円", approx=True, debt_raw=None))
    facts.append(F(None, 2022, "4年度末", "total", "outstanding", "actual", 1382000000, "yen",
                   "約13億8,200万円", approx=True, debt_raw=None))
    para(doc, "市民負担の公平性を確保し、健全な財政運営に資するため、新居浜市債権管理条例に基づき、"
              "令和７年度から令和９年度までの３か年を計画期間とする本計画を策定し、収納率の向上と"
              "収入未済額の縮減に計画的に取り組みます。", first=4, after=8)

    para(doc, "２　債権の現状", size=12, bold=True, after=4)
    para(doc, "（１）主な債権の収入未済額の推移", bold=True, after=2)
    para(doc, "表１　主な債権の収入未済額の推移（単位：千円）", size=9.5, align="center", after=2)
    rows = [["債権名", "令和３年度", "令和４年度", "令和５年度", "増減\n（５年度－４年度）"]]
    for d in DEBTS:
        rows.append([d, cm(OUT3[d]), cm(OUT4[d]), cm(OUT5[d]), cm(OUT5[d] - OUT4[d])])
        for fy, val, lab in ((2021, OUT3[d], "令和３年度"), (2022, OUT4[d], "令和４年度"), (2023, OUT5[d], "令和５年度")):
            facts.append(F(d, fy, lab, "total", "outstanding", "actual", val * 1000, "yen", cm(val)))
    rows.append(["その他", cm(OTHER[2021]), cm(OTHER[2022]), cm(OTHER[2023]), cm(OTHER[2023] - OTHER[2022])])
    for fy, lab in ((2021, "令和３年度"), (2022, "令和４年度"), (2023, "令和５年度")):
        facts.append(F(None, fy, lab, "total", "outstanding", "actual", OTHER[fy] * 1000, "yen",
                       cm(OTHER[fy]), debt_raw="その他"))
    rows.append(["合計", cm(TOT[2021]), cm(TOT[2022]), cm(TOT[2023]), cm(TOT[2023] - TOT[2022])])
    for fy, lab in ((2021, "令和３年度"), (2022, "令和４年度"), (2023, "令和５年度")):
        facts.append(F(None, fy, lab, "total", "outstanding", "actual", TOT[fy] * 1000, "yen",
                       cm(TOT[fy]), debt_raw="合計"))
    table(doc, rows, [46, 30, 30, 30, 34])
    para(doc, "※「その他」は、上記以外の債権（奨学金貸付金、生活保護費返還金等）の合計です。", size=8.5, after=6)

    # ---------------- table 2: 令和5年度決算
    para(doc, "（２）令和５年度決算の状況", bold=True, after=2)
    para(doc, "表２　主な債権の決算状況（令和５年度）　　　　　　　　　　（単位：千円、％）", size=9.5,
         align="center", after=2)
    rows = [["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]]
    sums = [0, 0, 0, 0]
    for d in DEBTS:
        ca, cc, aa, ac, wo = R5[d]
        a, c_ = ca + aa, cc + ac
        o = OUT5[d]
        rt = pct(c_, a)
        rows.append([d, cm(a), cm(c_), cm(wo), cm(o), f2(rt)])
        sums = [sums[0] + a, sums[1] + c_, sums[2] + wo, sums[3] + o]
        facts += [F(d, 2023, "令和５年度", "total", "assessed", "actual", a * 1000, "yen", cm(a)),
                  F(d, 2023, "令和５年度", "total", "collected", "actual", c_ * 1000, "yen", cm(c_)),
                  F(d, 2023, "令和５年度", "total", "written_off", "actual", wo * 1000, "yen", cm(wo)),
                  F(d, 2023, "令和５年度", "total", "outstanding", "actual", o * 1000, "yen", cm(o)),
                  F(d, 2023, "令和５年度", "total", "collection_rate", "actual", rt, "percent", f2(rt))]
    rt = pct(sums[1], sums[0])
    rows.append(["計", cm(sums[0]), cm(sums[1]), cm(sums[2]), cm(sums[3]), f2(rt)])
    facts += [F(None, 2023, "令和５年度", "total", "assessed", "actual", sums[0] * 1000, "yen", cm(sums[0]), debt_raw="計"),
              F(None, 2023, "令和５年度", "total", "collected", "actual", sums[1] * 1000, "yen", cm(sums[1]), debt_raw="計"),
              F(None, 2023, "令和５年度", "total", "written_off", "actual", sums[2] * 1000, "yen", cm(sums[2]), debt_raw="計"),
              F(None, 2023, "令和５年度", "total", "outstanding", "actual", sums[3] * 1000, "yen", cm(sums[3]), debt_raw="計"),
              F(None, 2023, "令和５年度", "total", "collection_rate", "actual", rt, "percent", f2(rt), debt_raw="計")]
    table(doc, rows, [42, 28, 28, 24, 26, 20])
    para(doc, "※収納率＝収入済額÷調定額（現年度分と滞納繰越分の合計）。還付未済額は含みません。", size=8.5, after=6)

    # ---------------- 3 目標 (two headings side by side: 実績 | 目標)
    para(doc, "３　計画の目標", size=12, bold=True, after=4)
    para(doc, "各債権の現年度分及び滞納繰越分について、令和５年度の実績を踏まえ、次のとおり目標収納率を"
              "設定します。また、計画最終年度である令和９年度末の収入未済額（全債権）を11億円以下とする"
              "ことを目標とします。", first=4)
    facts.append(F(None, 2027, "令和９年度末", "total", "outstanding", "target", 1100000000, "yen", "11億円",
                   debt_raw=None))
    para(doc, "表３　目標収納率（単位：％）", size=9.5, align="center", after=2)
    head1 = ["区分", "実績", None, "目標", None, None, None, None, None]
    head2 = [None, "令和５年度", None, "令和７年度", None, "令和８年度", None, "令和９年度", None]
    head3 = [None] + ["現年", "滞繰"] * 4
    rows = [head1, head2, head3]
    for d in TARGET:
        ca, cc, aa, ac, wo = R5[d]
        rc, ra = pct(cc, ca, 1), pct(ac, aa, 1)
        row = [d, f2(rc, 1), f2(ra, 1)]
        facts += [F(d, 2023, "令和５年度", "current", "collection_rate", "actual", rc, "percent", f2(rc, 1)),
                  F(d, 2023, "令和５年度", "arrears", "collection_rate", "actual", ra, "percent", f2(ra, 1))]
        for k, (tc, ta) in enumerate(TARGET[d]):
            fy = 2025 + k
            lab = ["令和７年度", "令和８年度", "令和９年度"][k]
            row += [f2(tc, 1), f2(ta, 1)]
            facts += [F(d, fy, lab, "current", "collection_rate", "target", tc, "percent", f2(tc, 1)),
                      F(d, fy, lab, "arrears", "collection_rate", "target", ta, "percent", f2(ta, 1))]
        rows.append(row)
    t = table(doc, rows, [40, 16, 16, 16, 16, 16, 16, 16, 16], head=3)
    t.cell(0, 0).merge(t.cell(2, 0))
    t.cell(0, 1).merge(t.cell(0, 2)); t.cell(1, 1).merge(t.cell(1, 2))
    t.cell(0, 3).merge(t.cell(0, 8))
    t.cell(1, 3).merge(t.cell(1, 4)); t.cell(1, 5).merge(t.cell(1, 6)); t.cell(1, 7).merge(t.cell(1, 8))
    cell_text(t.cell(0, 0), "区分", align="center")
    cell_text(t.cell(0, 1), "実績", align="center"); cell_text(t.cell(0, 3), "目標", align="center")
    cell_text(t.cell(1, 1), "令和５年度", align="center")
    for k, lab in enumerate(["令和７年度", "令和８年度", "令和９年度"]):
        cell_text(t.cell(1, 3 + 2 * k), lab, align="center")
    para(doc, "※現年＝現年度分、滞繰＝滞納繰越分。下水道使用料は上下水道局の経営計画で別に目標を定めます。",
         size=8.5, after=6)

    # ---------------- 4 全庁的な取組
    para(doc, "", after=4)
    para(doc, "４　目標達成に向けた取組", size=12, bold=True, after=4)
    sec4 = "目標達成に向けた取組"
    items = [
        ("(1)", "納期内納付の推進", "口座振替の原則化とスマートフォン決済の周知により、納期内に納付しやすい環境を整える。", "継続", False),
        ("(2)", "早期の催告", "納期限後２０日以内の督促に加え、電話催告センターによる初期滞納者への架電を行う。", "拡充", False),
        ("(3)", "債権管理対策室による一元徴収", "所管課で回収が困難となった公債権は、債権管理対策室へ移管して財産調査と滞納処分を行う。", "継続", False),
        ("(4)", "徴収停止・債権放棄の適正な運用", "回収の見込みがない私債権は、債権管理条例に基づく放棄の手続を進め、管理すべき債権を整理する。", "新規", True),
    ]
    for lab, title, text, stt, wrap in items:
        para(doc, f"{lab}　{title}", bold=True, indent=4, after=1)
        if wrap:
            para(doc, text, indent=10, after=0)
            para(doc, f"【{stt}】", indent=10, after=4)
        else:
            para(doc, f"{text}【{stt}】", indent=10, after=4)
        inits.append(I(None, 2025, sec4, lab, text, stt))

    # ---------------- 5 債権ごとの取組
    page_break(doc)
    para(doc, "５　債権ごとの取組（市税）", size=12, bold=True, after=4)
    sec5 = "債権ごとの取組"
    for lab, text, stt in [
        ("①", "現年度分の滞納者に対して、年末までに財産調査を完了し、給与・預貯金の差押えを早期に行う。", "継続"),
        ("②", "高額・困難事案は滞納整理専門班が担当し、捜索及び公売を実施する。", "継続"),
        ("③", "愛媛地方税滞納整理機構への引継ぎ基準を見直し、引継ぎ件数を増やす。", "拡充"),
    ]:
        para(doc, f"{lab}　{text}【{stt}】", indent=4, after=2)
        inits.append(I("市税", 2025, sec5, lab, text, stt))
    para(doc, "", after=2)
    para(doc, "５　債権ごとの取組（国民健康保険税）", size=12, bold=True, after=4)
    for lab, text, stt in [
        ("①", "短期被保険者証の交付時に納付相談を行い、分納誓約の履行状況を毎月確認する。", "継続"),
        ("②", "資格喪失者の未納分は、喪失後３か月以内に文書と電話で催告する。", "新規"),
    ]:
        para(doc, f"{lab}　{text}【{stt}】", indent=4, after=2)
        inits.append(I("国民健康保険税", 2025, sec5, lab, text, stt))
    para(doc, "", after=2)

    # 市営住宅使用料: label/value box identifies the debt
    para(doc, "５　債権ごとの取組（私債権）", size=12, bold=True, after=4)
    box = doc.add_table(rows=1, cols=4); box.style = "Table Grid"; box.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, (v, w) in enumerate([("債権名", 26), ("市営住宅使用料", 60), ("所管課", 26), ("建築住宅課", 50)]):
        c = box.cell(0, j); c.width = Mm(w)
        cell_text(c, v, size=9.5, align="center")
        if j in (0, 2):
            set_cell_bg(c, "E7E6E6")
    para(doc, "", after=2)
    para(doc, "収納率の推移（単位：％）", size=9.5, align="center", after=2)
    ca, cc, aa, ac, wo = R5["市営住宅使用料"]
    h5 = (pct(cc, ca), pct(ac, aa))
    rows = [["区分", "令和３年度", "令和４年度", "令和５年度"],
            ["現年度分", f2(HOUSING_HIST[2021][0]), f2(HOUSING_HIST[2022][0]), f2(h5[0])],
            ["滞納繰越分", f2(HOUSING_HIST[2021][1]), f2(HOUSING_HIST[2022][1]), f2(h5[1])]]
    for k, seg in enumerate(("current", "arrears")):
        for fy, v, lab in ((2021, HOUSING_HIST[2021][k], "令和３年度"), (2022, HOUSING_HIST[2022][k], "令和４年度"),
                           (2023, h5[k], "令和５年度")):
            facts.append(F("市営住宅使用料", fy, lab, seg, "collection_rate", "actual", v, "percent", f2(v)))
    table(doc, rows, [40, 34, 34, 34])
    para(doc, "", after=2)
    box_items = [
        ("ア", "３か月以上の滞納者には連帯保証人へも納付を求め、６か月以上の滞納者には明渡し請求を行う。", "継続"),
        ("イ", "退去者の未納分は、支払督促の申立てにより債務名義を取得する。", "継続"),
        ("ウ", "収入が減少した入居者には家賃減免制度を案内し、滞納の発生を防ぐ。", "新規"),
    ]
    bt = doc.add_table(rows=1, cols=1); bt.style = "Table Grid"; bt.alignment = WD_TABLE_ALIGNMENT.CENTER
    bc = bt.cell(0, 0); bc.width = Mm(160)
    cell_text(bc, "\n".join(f"{a}　{t}【{s}】" for a, t, s in box_items), size=9.5)
    for a, t, s in box_items:
        inits.append(I("市営住宅使用料", 2025, "債権ごとの取組（私債権）", a, t, s))
    para(doc, "", after=4)
    para(doc, "６　計画の進行管理", size=12, bold=True, after=4)
    para(doc, "各債権の収納状況は、毎年度、債権管理推進会議において検証し、その結果を市ホームページで"
              "公表します。目標の達成が困難な債権については、取組内容を見直します。", first=4)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = soffice_pdf(src, PDF_DIR / f"{STEM}.pdf", "niihama")
    document = {"kind": "plan", "municipality": MUNI, "title": "新居浜市債権管理計画（令和７年度～令和９年度）",
                "date": "2025-03-01", "date_raw": "令和７年３月"}
    return write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
