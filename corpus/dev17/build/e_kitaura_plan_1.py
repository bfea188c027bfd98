"""北浦市債権管理計画（令和7年度～令和9年度） — python-docx → LibreOffice, portrait A4.

Amagasaki-style plan family (one sheet per debt with 5-year 調定額/収入済額/収入率 tables, 目標, 取組),
printed the way another city's Word template would: era-less/R years, 千円 and 円 tables, rows vs columns,
side-by-side 実績｜目標 headings, 【参考】 box, boxed 取組 list. City invented."""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e_common import OUT, ROOT, fact, locate, to_pdf, write_gold  # noqa: E402

STEM = "e_kitaura_plan_1"
CITY = "北浦市"
TITLE = "北浦市債権管理計画（令和7年度～令和9年度）"
FONT = "Noto Serif CJK JP"
GOTH = "Noto Sans CJK JP"
YEARS = [2019, 2020, 2021, 2022, 2023]
RLAB = {2019: "R1", 2020: "R2", 2021: "R3", 2022: "R4", 2023: "R5"}


def series(cur_assessed, cur_rates, arr0, arr_rates, writeoffs):
    rows, arr_assessed = [], arr0
    for y, ca, cr, ar, wo in zip(YEARS, cur_assessed, cur_rates, arr_rates, writeoffs):
        cc = round(ca * cr / 100)
        ac = round(arr_assessed * ar / 100)
        out = ca + arr_assessed - cc - ac - wo
        rows.append(dict(y=y, ca=ca, cc=cc, cr=round(cc / ca * 100, 2), aa=arr_assessed, ac=ac,
                         ar=round(ac / arr_assessed * 100, 2), wo=wo, out=out))
        arr_assessed = out
    return rows


# 市税: 千円
TAX = series([24310550, 24688120, 24902340, 25340870, 25791260], [98.62, 98.81, 98.97, 99.05, 99.12],
             1120400, [24.10, 26.35, 27.90, 29.48, 31.02], [98650, 87420, 80310, 74950, 69880])
# 国民健康保険税: 円
NHI = series([4987654321, 4876543210, 4765123450, 4698001230, 4612345670], [92.41, 93.02, 93.55, 94.01, 94.38],
             1498765432, [18.22, 19.40, 20.65, 21.83, 22.91], [201345678, 176543210, 158765432, 140123456,
                                                             127654321])
# 下水道使用料: 千円, total only
SEWER = []
for y, a, r, wo in zip(YEARS, [2145670, 2160340, 2171880, 2168450, 2159020], [97.84, 97.96, 98.10, 98.22, 98.31],
                       [3120, 2870, 2640, 2510, 2380]):
    c = round(a * r / 100)
    SEWER.append(dict(y=y, a=a, c=c, r=round(c / a * 100, 2), wo=wo, out=a - c - wo))

TARGETS = {  # (R7, R8, R9) current, arrears, outstanding 千円 (or 円 for 国保)
    "市税": ((99.15, 99.18, 99.20), (32.00, 32.80, 33.50), (820000, 790000, 760000)),
    "国民健康保険税": ((94.60, 94.80, 95.00), (23.50, 24.20, 25.00), (1070000000, 1030000000, 990000000)),
    "下水道使用料": ((98.40, 98.45, 98.50), None, (33000, 32000, 31000)),
}
OTHER_T1 = [("介護保険料", 98230, 95410, 91870), ("保育所保育料", 61540, 57220, 52980),
            ("市営住宅使用料", 88760, 90120, 86430), ("後期高齢者医療保険料", 21340, 20870, 19950),
            ("水道料金", 45210, 43980, 42650), ("生活保護費返還金", 132480, 138920, 141370),
            ("その他", 54320, 52170, 50890)]


def k(v):
    return f"{v:,}"


def p2(v):
    return f"{v:.2f}"


def tri(v):
    return ("△" + f"{-v:,}") if v < 0 else f"{v:,}"


# ---------------------------------------------------------------------------- docx helpers
def set_font(run, size=None, bold=None, name=FONT):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold


def para(doc_or_cell, text="", size=10.5, bold=False, align=None, name=FONT, space_after=2):
    p = doc_or_cell.add_paragraph()
    if text:
        set_font(p.add_run(text), size, bold, name)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    return p


def cell_text(cell, text, size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        set_font(p.add_run(line), size, bold)
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)


def table(doc, rows, widths, size=8.5, header_rows=1, num_align_from=1):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v is None:
                continue
            al = WD_ALIGN_PARAGRAPH.CENTER if i < header_rows or j < num_align_from else WD_ALIGN_PARAGRAPH.RIGHT
            cell_text(t.cell(i, j), v, size, al)
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Mm(w)
        for r in t.rows:
            r.cells[j].width = Mm(w)
    return t


def merge(t, r0, c0, r1, c1, text, size=8.5):
    c = t.cell(r0, c0).merge(t.cell(r1, c1))
    cell_text(c, text, size)
    return c


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def add_page_field(paragraph):
    run = paragraph.add_run()
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText"); el.set(qn("xml:space"), "preserve"); el.text = txt
        run._r.append(el)
    set_font(run, 9)


# ---------------------------------------------------------------------------- build
def build():
    facts, inits = [], []
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
    hp = sec.header.paragraphs[0]
    set_font(hp.add_run("北浦市債権管理計画"), 8, name=GOTH)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    para(doc, TITLE, 16, True, WD_ALIGN_PARAGRAPH.CENTER, GOTH, 4)
    para(doc, "令和7年3月　北浦市財務部収納対策課", 10, False, WD_ALIGN_PARAGRAPH.RIGHT, space_after=10)
    para(doc, "１　計画の趣旨", 12, True, name=GOTH)
    para(doc, "　本市は、平成30年度に北浦市債権管理条例を施行し、市が保有する債権の適正な管理に取り組んできた。"
              "市税をはじめとする各債権の収納率は着実に向上しているものの、国民健康保険税や福祉関係の返還金などでは"
              "依然として多額の収入未済が残っている。", 10.5)
    para(doc, "　このため、令和7年度から令和9年度までの3か年を計画期間として、債権ごとに収入率と収入未済額の目標を"
              "定め、全庁で計画的な回収と整理を進めるため、本計画を策定する。", 10.5, space_after=8)
    para(doc, "２　収入未済額の状況", 12, True, name=GOTH)
    t1_tot = {y: 0 for y in (2021, 2022, 2023)}
    t1rows = []
    nhi = {r["y"]: round(r["out"] / 1000) for r in NHI}
    tax = {r["y"]: r["out"] for r in TAX}
    sew = {r["y"]: r["out"] for r in SEWER}
    t1rows.append(("市税", [tax[y] for y in (2021, 2022, 2023)]))
    t1rows.append(("国民健康保険税", [nhi[y] for y in (2021, 2022, 2023)]))
    t1rows.append(("下水道使用料", [sew[y] for y in (2021, 2022, 2023)]))
    for n, a, b, c in OTHER_T1:
        t1rows.append((n, [a, b, c]))
    for _, vals in t1rows:
        for y, v in zip((2021, 2022, 2023), vals):
            t1_tot[y] += v
    tot_r5 = t1_tot[2023]
    oku, man = divmod(round(tot_r5 / 1000) * 100, 10000)
    approx_txt = f"約{oku}億{man:,}万円"
    para(doc, f"　令和5年度決算における主要債権の収入未済額は{approx_txt}であり、令和3年度と比べて減少しているが、"
              "生活保護費返還金は増加傾向が続いている。債権別の推移は表１のとおりである。", 10.5, space_after=6)
    facts.append(fact(None, 2023, "令和5年度", "total", "outstanding", "actual", (oku * 10000 + man) * 10000, "yen",
                      approx_txt, approx=True, debt_raw=None, anchor="２収入未済額の状況"))
    para(doc, "表１　主要債権の収入未済額の推移（単位：千円）", 10, True, name=GOTH)
    rows = [["債権名", "令和3年度", "4年度", "5年度", "増減\n（5年度－3年度）"]]
    fyraw = {2021: "令和3年度", 2022: "4年度", 2023: "5年度"}
    for n, vals in t1rows + [("合計", [t1_tot[y] for y in (2021, 2022, 2023)])]:
        rows.append([n] + [k(v) for v in vals] + [tri(vals[2] - vals[0])])
        for y, v in zip((2021, 2022, 2023), vals):
            d = None if n in ("合計", "その他") else n
            facts.append(fact(d, y, fyraw[y], "total", "outstanding", "actual", v * 1000, "yen", k(v), debt_raw=n,
                              anchor="表１主要債権" if (n == "市税" and y == 2021) else None))
    table(doc, rows, (52, 28, 28, 28, 34), size=9)
    para(doc, "※ 各年度の出納閉鎖時点の額。千円未満を四捨五入しているため、合計が一致しない場合がある。", 8.5)
    para(doc, "")
    para(doc, "３　債権ごとの取組", 12, True, name=GOTH)
    para(doc, "　以下、主要3債権について、直近5か年の収納状況、計画期間の目標及び取組を示す。", 10.5)

    # ---- 市税: header cell "債権名　市税" --------------------------------------------------
    page_break(doc)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "債権名　市税", 11, WD_ALIGN_PARAGRAPH.LEFT, True)
    cell_text(t.cell(0, 1), "所管課　財務部納税課", 10, WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "")
    para(doc, "(1) 直近5か年の収納状況", 10.5, True, name=GOTH)
    para(doc, "単位：千円、収入率は％", 8.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
    rows = [["年度", "現年分", None, None, "滞納繰越分", None, None, "不納欠損額", "収入未済額"],
            [None, "調定額", "収入済額", "収入率", "調定額", "収入済額", "収入率", None, None]]
    anchor = "債権名市税"
    for r in TAX:
        y, lab = r["y"], RLAB[r["y"]]
        rows.append([lab, k(r["ca"]), k(r["cc"]), p2(r["cr"]), k(r["aa"]), k(r["ac"]), p2(r["ar"]), k(r["wo"]),
                     k(r["out"])])
        for seg, m, v, raw in (("current", "assessed", r["ca"] * 1000, k(r["ca"])),
                               ("current", "collected", r["cc"] * 1000, k(r["cc"])),
                               ("current", "collection_rate", r["cr"], p2(r["cr"])),
                               ("arrears", "assessed", r["aa"] * 1000, k(r["aa"])),
                               ("arrears", "collected", r["ac"] * 1000, k(r["ac"])),
                               ("arrears", "collection_rate", r["ar"], p2(r["ar"])),
                               ("total", "written_off", r["wo"] * 1000, k(r["wo"])),
                               ("total", "outstanding", r["out"] * 1000, k(r["out"]))):
            facts.append(fact("市税", y, lab, seg, m, "actual", v, "percent" if m == "collection_rate" else "yen",
                              raw, anchor=anchor))
            anchor = None
    t = table(doc, rows, (12, 22, 22, 14, 20, 20, 14, 20, 22), size=8, header_rows=2)
    merge(t, 0, 0, 1, 0, "年度"); merge(t, 0, 1, 0, 3, "現年分"); merge(t, 0, 4, 0, 6, "滞納繰越分")
    merge(t, 0, 7, 1, 7, "不納欠損額"); merge(t, 0, 8, 1, 8, "収入未済額")
    para(doc, "※ R1＝令和元年度（2019年度）。収入率＝収入済額÷調定額。", 8)
    para(doc, "")
    para(doc, "(2) 目標", 10.5, True, name=GOTH)
    cur, arr, out = TARGETS["市税"]
    r5 = TAX[-1]
    rows = [["区分", "実績", "目標", None, None],
            [None, "R5年度", "R7年度", "R8年度", "R9年度"],
            ["現年分収入率（％）", p2(r5["cr"])] + [p2(v) for v in cur],
            ["滞納繰越分収入率（％）", p2(r5["ar"])] + [p2(v) for v in arr],
            ["収入未済額（千円）", k(r5["out"])] + [k(v) for v in out]]
    t = table(doc, rows, (48, 28, 28, 28, 28), size=9, header_rows=2)
    merge(t, 0, 0, 1, 0, "区分", 9); merge(t, 0, 2, 0, 4, "目標", 9)
    facts.append(fact("市税", 2023, "R5年度", "current", "collection_rate", "actual", r5["cr"], "percent", p2(r5["cr"]),
                      anchor="(2)目標"))
    for y, v in zip((2025, 2026, 2027), cur):
        facts.append(fact("市税", y, f"R{y-2018}年度", "current", "collection_rate", "target", v, "percent", p2(v)))
    facts.append(fact("市税", 2023, "R5年度", "arrears", "collection_rate", "actual", r5["ar"], "percent", p2(r5["ar"])))
    for y, v in zip((2025, 2026, 2027), arr):
        facts.append(fact("市税", y, f"R{y-2018}年度", "arrears", "collection_rate", "target", v, "percent", p2(v)))
    facts.append(fact("市税", 2023, "R5年度", "total", "outstanding", "actual", r5["out"] * 1000, "yen", k(r5["out"])))
    for y, v in zip((2025, 2026, 2027), out):
        facts.append(fact("市税", y, f"R{y-2018}年度", "total", "outstanding", "target", v * 1000, "yen", k(v)))
    para(doc, "")
    para(doc, "(3) 目標達成に向けた取組", 10.5, True, name=GOTH)
    items = [("(1)", "納期限後20日以内に督促状を発送し、その後の電話催告を納期ごとに実施する。", "継続", False),
             ("(2)", "滞納額50万円以上の事案は滞納整理担当へ早期に移管し、財産調査と差押えを集中して行う。", "拡充", True),
             ("(3)", "eLTAXによる電子納付とスマートフォン決済の利用を広報紙とホームページで周知する。", "継続", False),
             ("(4)", "徴収の見込みがない事案は、執行停止の要件を精査したうえで速やかに処分する。", "新規", False)]
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    c = box.cell(0, 0)
    c.text = ""
    first = True
    for lab, txt, st, wrap in items:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        set_font(p.add_run(f"{lab}　{txt}" + ("" if wrap else f"【{st}】")), 9.5)
        if wrap:
            p2_ = c.add_paragraph()
            set_font(p2_.add_run(f"【{st}】"), 9.5)
            p2_.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        inits.append({"debt": "市税", "fiscal_year": 2025, "section": "目標達成に向けた取組", "label": lab,
                      "text": txt, "status": st, "page": None, "_anchor": "(3)目標達成に向けた取組" if lab == "(1)" else None})

    # ---- 国民健康保険税: heading with name in parentheses, years as columns, 円 ----------------
    page_break(doc)
    para(doc, "３－２　債権ごとの取組（国民健康保険税）", 12, True, name=GOTH)
    para(doc, "所管課：健康福祉部保険年金課", 9.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "(1) 収納状況の推移（単位：円）", 10.5, True, name=GOTH)
    hdr = ["区分", None] + [f"令和元年度" if y == 2019 else f"令和{y-2018}年度" for y in YEARS]
    yraw = {y: ("令和元年度" if y == 2019 else f"令和{y-2018}年度") for y in YEARS}
    spec = [("現年分", "調定額", "current", "assessed", "ca"), (None, "収納額", "current", "collected", "cc"),
            (None, "収納率", "current", "collection_rate", "cr"),
            ("滞納繰越分", "調定額", "arrears", "assessed", "aa"), (None, "収納額", "arrears", "collected", "ac"),
            (None, "収納率", "arrears", "collection_rate", "ar"),
            ("不納欠損額", None, "total", "written_off", "wo"), ("収入未済額", None, "total", "outstanding", "out")]
    rows = [hdr]
    nhi_facts = []
    for g, lab, seg, m, key in spec:
        row = [g, lab]
        for r in NHI:
            v = r[key]
            raw = f"{v:.2f}%" if m == "collection_rate" else k(v)
            row.append(raw)
            nhi_facts.append((YEARS.index(r["y"]), fact("国民健康保険税", r["y"], yraw[r["y"]], seg, m, "actual", v,
                                                         "percent" if m == "collection_rate" else "yen", raw)))
        rows.append(row)
    for i, (_, f) in enumerate(nhi_facts):
        if i == 0:
            f["_anchor"] = "(1)収納状況の推移（単位：円）"
        facts.append(f)
    t = table(doc, rows, (18, 14, 27, 27, 27, 27, 27), size=7.5, num_align_from=2)
    merge(t, 0, 0, 0, 1, "区分", 7.5)
    merge(t, 1, 0, 3, 0, "現年分", 7.5); merge(t, 4, 0, 6, 0, "滞納繰越分", 7.5)
    merge(t, 7, 0, 7, 1, "不納欠損額", 7.5); merge(t, 8, 0, 8, 1, "収入未済額", 7.5)
    para(doc, "")
    r5 = NHI[-1]
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    c = box.cell(0, 0)
    delinq = 2814
    oku, man = divmod(round(r5["out"] / 1_000_000), 100)
    approx2 = f"約{oku}億{man * 100:,}万円"
    cell_text(c, "【参考】令和5年度末の滞納状況\n"
                 f"・滞納世帯数：{delinq:,}世帯\n"
                 f"・収入未済額：{approx2}\n"
                 "・うち分納誓約中：412世帯", 9.5, WD_ALIGN_PARAGRAPH.LEFT)
    facts.append(fact("国民健康保険税", 2023, "令和5年度末", "total", "delinquents", "actual", delinq, "households",
                      f"{delinq:,}世帯", anchor="【参考】令和5年度末の滞納状況"))
    facts.append(fact("国民健康保険税", 2023, "令和5年度末", "total", "outstanding", "actual",
                      oku * 100_000_000 + man * 1_000_000, "yen", approx2, approx=True))
    para(doc, "")
    cur, arr, out = TARGETS["国民健康保険税"]
    para(doc, "【目標収納率】令和9年度（2027年度）", 10.5, True, name=GOTH)
    para(doc, f"　現年分　{p2(cur[2])}％", 10)
    para(doc, f"　滞納繰越分　{p2(arr[2])}％", 10)
    para(doc, f"　収入未済額　{k(out[2])}円以下", 10, space_after=6)
    facts.append(fact("国民健康保険税", 2027, "令和9年度", "current", "collection_rate", "target", cur[2], "percent",
                      f"{p2(cur[2])}％", anchor="【目標収納率】"))
    facts.append(fact("国民健康保険税", 2027, "令和9年度", "arrears", "collection_rate", "target", arr[2], "percent",
                      f"{p2(arr[2])}％"))
    facts.append(fact("国民健康保険税", 2027, "令和9年度", "total", "outstanding", "target", out[2], "yen",
                      f"{k(out[2])}円"))
    para(doc, "")
    groups = [("滞納の未然防止", [("①", "口座振替の原則化を進め、新規加入時の申込率を高める。", "継続"),
                                ("②", "納付書にQRコードを印字し、スマートフォン決済での納付を可能にする。", "新規")]),
              ("滞納整理の強化", [("①", "社会保険加入による資格喪失の届出勧奨と、過年度分の一括納付の折衝を行う。", "継続"),
                                ("②", "預貯金の電子照会を活用し、財産調査から差押えまでの期間を短縮する。", "拡充"),
                                ("③", "生活困窮の事案は福祉部門と連携し、減免や執行停止を適切に判断する。", None)])]
    t = doc.add_table(rows=len(groups), cols=2)
    t.style = "Table Grid"
    t.autofit = False
    t.columns[0].width, t.columns[1].width = Mm(35), Mm(135)
    for i, (g, its) in enumerate(groups):
        cell_text(t.cell(i, 0), g, 9.5)
        cell_text(t.cell(i, 1), "".join(f"{lab}{txt}" + (f"【{st}】" if st else "") for lab, txt, st in its), 9.5,
                  WD_ALIGN_PARAGRAPH.LEFT)
        t.cell(i, 0).width = Mm(35)
        t.cell(i, 1).width = Mm(135)
        for j, (lab, txt, st) in enumerate(its):
            inits.append({"debt": "国民健康保険税", "fiscal_year": 2025, "section": g, "label": lab, "text": txt,
                          "status": st, "page": None, "_anchor": g if j == 0 else None})

    # ---- 下水道使用料: label/value box, total only ---------------------------------------
    page_break(doc)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for j, v in enumerate(("債権名", "下水道使用料", "所管課", "上下水道部下水道課")):
        cell_text(t.cell(0, j), v, 10, bold=j in (0, 2))
    para(doc, "")
    para(doc, "収納状況（単位：千円）", 10.5, True, name=GOTH)
    rows = [["年度", "調定額", "収入済額", "収入率(%)", "不納欠損額", "収入未済額"]]
    anchor = "収納状況（単位：千円）"
    for r in SEWER:
        y = r["y"]
        lab = "元年度" if y == 2019 else f"{y-2018}年度"
        rows.append([lab, k(r["a"]), k(r["c"]), p2(r["r"]), k(r["wo"]), k(r["out"])])
        for m, v, raw in (("assessed", r["a"] * 1000, k(r["a"])), ("collected", r["c"] * 1000, k(r["c"])),
                          ("collection_rate", r["r"], p2(r["r"])), ("written_off", r["wo"] * 1000, k(r["wo"])),
                          ("outstanding", r["out"] * 1000, k(r["out"]))):
            facts.append(fact("下水道使用料", y, lab, "total", m, "actual", v,
                              "percent" if m == "collection_rate" else "yen", raw, anchor=anchor))
            anchor = None
    table(doc, rows, (20, 30, 30, 22, 26, 30), size=9)
    para(doc, "※ 年度は令和。現年分と滞納繰越分の合計。", 8.5)
    para(doc, "")
    para(doc, "目標", 10.5, True, name=GOTH)
    cur, _, out = TARGETS["下水道使用料"]
    rows = [["", "令和7年度", "令和8年度", "令和9年度"],
            ["収入率（現年分）", f"{p2(cur[0])}%", f"{p2(cur[1])}%", f"{p2(cur[2])}%"],
            ["収入未済額", f"{k(out[0])}千円", f"{k(out[1])}千円", f"{k(out[2])}千円"]]
    table(doc, rows, (45, 35, 35, 35), size=9)
    first = True
    for y, v in zip((2025, 2026, 2027), cur):
        facts.append(fact("下水道使用料", y, f"令和{y-2018}年度", "current", "collection_rate", "target", v, "percent",
                          f"{p2(v)}%", anchor="目標令和7年度" if first else None))
        first = False
    for y, v in zip((2025, 2026, 2027), out):
        facts.append(fact("下水道使用料", y, f"令和{y-2018}年度", "total", "outstanding", "target", v * 1000, "yen",
                          f"{k(v)}千円"))
    para(doc, "")
    para(doc, "主な取組", 10.5, True, name=GOTH)
    sitems = [("ア", "水道料金と一体で督促し、給水停止予告と合わせて納付を促す。", "継続"),
              ("イ", "転出・閉栓者の未納分は、転居先調査のうえ文書催告を行う。", "継続"),
              ("ウ", "時効期間が経過した私債権は、債権管理条例に基づき放棄の手続を進める。", "新規")]
    for i, (lab, txt, st) in enumerate(sitems):
        para(doc, f"{lab}　{txt}【{st}】", 10)
        inits.append({"debt": "下水道使用料", "fiscal_year": 2025, "section": "主な取組", "label": lab, "text": txt,
                      "status": st, "page": None, "_anchor": "主な取組" if i == 0 else None})

    # ---- 目標一覧: one debt per column ----------------------------------------------------
    page_break(doc)
    para(doc, "４　計画期間最終年度の目標一覧", 12, True, name=GOTH)
    para(doc, "　令和9年度における各債権の目標収入率は次のとおりとする。", 10.5)
    para(doc, "（単位：％）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    rows = [["区分", "市税", "国民健康保険税", "下水道使用料"],
            ["現年分", p2(TARGETS["市税"][0][2]), p2(TARGETS["国民健康保険税"][0][2]), p2(TARGETS["下水道使用料"][0][2])],
            ["滞納繰越分", p2(TARGETS["市税"][1][2]), p2(TARGETS["国民健康保険税"][1][2]), "－"]]
    table(doc, rows, (40, 40, 40, 40), size=9.5)
    first = True
    for seg, idx in (("current", 0), ("arrears", 1)):
        for n in ("市税", "国民健康保険税", "下水道使用料"):
            tg = TARGETS[n][idx]
            if tg is None:
                continue
            facts.append(fact(n, 2027, "令和9年度", seg, "collection_rate", "target", tg[2], "percent", p2(tg[2]),
                              anchor="４計画期間最終年度の目標一覧" if first else None))
            first = False
    para(doc, "")
    para(doc, "５　計画の推進体制", 12, True, name=GOTH)
    para(doc, "　副市長を委員長とする北浦市債権管理推進委員会において、毎年度、目標の達成状況を確認し、"
              "必要に応じて取組の見直しを行う。進捗状況は年1回公表する。", 10.5)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, ROOT / "pdf" / f"{STEM}.pdf", "e_kitaura")
    locate(pdf, facts)
    locate(pdf, inits, key="text")
    document = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2025-03-01", "date_raw": "令和7年3月"}
    write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
