"""上越市 債権管理計画（推進シート）(python-docx -> LibreOffice). Family: plan (推進シート per debt)."""
import random

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from c2_common import F, I, OUT, ROOT, finish, to_pdf

STEM = "c2_joetsu_plan_1"
rnd = random.Random(14)
YEARS = [("令和元年度", 2019), ("２年度", 2020), ("３年度", 2021), ("４年度", 2022), ("５年度", 2023)]
TY = [("R7", 2025), ("R8", 2026), ("R9", 2027), ("R10", 2028), ("R11", 2029)]

SHEETS = [
    dict(name="市税", dept="収納課", cur_a=31200000, arr_a=820000, cur_r=(98.95, 99.02, 99.11, 99.18, 99.24),
         arr_r=(24.3, 26.1, 27.8, 29.0, 30.4), tc=(99.30, 99.32, 99.34, 99.36, 99.40), ta=(31.0, 31.5, 32.0, 32.5, 33.0),
         inits=[("(1)", "現年度分の滞納を翌年度へ繰り越さないため、納期限後の早期催告と財産調査を徹底する。"),
                ("(2)", "スマートフォン決済と口座振替の利用を広げ、納付しやすい環境を整える。"),
                ("(3)", "徴収困難な事案は新潟県地方税徴収機構への移管を活用する。")]),
    dict(name="国民健康保険税", dept="国保年金課", cur_a=4850000, arr_a=1320000, cur_r=(94.10, 94.35, 94.62, 94.70, 94.88),
         arr_r=(20.5, 21.2, 22.9, 23.4, 24.6), tc=(95.00, 95.10, 95.20, 95.30, 95.40), ta=(25.0, 25.5, 26.0, 26.5, 27.0),
         inits=[("(1)", "国保加入時に口座振替の手続を窓口で完結できるよう、キャッシュカードによる受付を行う。"),
                ("(2)", "滞納世帯には納付相談の機会を確保し、分納履行状況を毎月確認する。")]),
    dict(name="介護保険料", dept="高齢者支援課", cur_a=2930000, arr_a=61000, cur_r=(99.12, 99.15, 99.20, 99.21, 99.26),
         arr_r=(14.2, 15.0, 15.8, 16.1, 17.3), tc=(99.30, 99.30, 99.35, 99.35, 99.40), ta=(17.5, 18.0, 18.5, 19.0, 19.5),
         inits=[("(1)", "普通徴収の未納者に対し、給付制限の説明を添えた催告を行う。"),
                ("(2)", "時効による不納欠損を防ぐため、分納誓約による時効の更新を確実に行う。")]),
    dict(name="市営住宅使用料", dept="建築住宅課", cur_a=612000, arr_a=74000, cur_r=(97.80, 97.95, 98.10, 98.22, 98.31),
         arr_r=(12.8, 13.5, 14.1, 15.6, 16.2), tc=(98.40, 98.45, 98.50, 98.55, 98.60), ta=(16.5, 17.0, 17.5, 18.0, 18.5),
         inits=[("(1)", "滞納初期の段階で入居者と面談し、分割納付の計画を作成する。"),
                ("(2)", "退去者の滞納分は支払督促等の法的措置を計画的に行う。")]),
]

OTHER = ["法人市民税", "固定資産税", "軽自動車税", "後期高齢者医療保険料", "保育料", "放課後児童クラブ利用料",
         "学校給食費", "下水道使用料", "農業集落排水使用料", "水道料金", "生活保護費返還金", "児童扶養手当返還金",
         "奨学金貸付金", "災害援護資金貸付金", "住宅新築資金等貸付金", "道路占用料", "行政財産使用料",
         "ひとり親家庭医療費返還金", "障害者福祉サービス費返還金", "浄化槽使用料", "幼稚園授業料", "母子父子寡婦福祉資金貸付金",
         "し尿処理手数料", "公営墓地管理料", "児童手当返還金", "国民年金過誤払金", "一般廃棄物処理手数料", "延長保育料"]


def cell(c, text, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, size=8.5):
    c.text = ""
    p = c.paragraphs[0]; p.alignment = align
    r = p.add_run(text); r.font.size = Pt(size); r.bold = bold


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true"); trPr.append(el)


def build():
    facts, inits = [], []
    d = Document()
    st = d.styles["Normal"]; st.font.name = "IPAexMincho"; st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20); sec.top_margin = Mm(20); sec.bottom_margin = Mm(18)
    hp = sec.header.paragraphs[0]; hp.text = "第３次上越市債権管理計画"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run()
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), kind); r._r.append(el)
        else:
            el = OxmlElement("w:instrText"); el.text = txt; r._r.append(el)

    def para(t, bold=False, size=None, align=None, after=3):
        p = d.add_paragraph(); rr = p.add_run(t); rr.bold = bold
        if size: rr.font.size = Pt(size)
        if align is not None: p.alignment = align
        p.paragraph_format.space_after = Pt(after)
        return p

    for _ in range(6): para("")
    para("第３次上越市債権管理計画", True, 22, WD_ALIGN_PARAGRAPH.CENTER)
    para("（令和７年度～令和１１年度）", False, 14, WD_ALIGN_PARAGRAPH.CENTER)
    for _ in range(12): para("")
    para("令和７年３月", False, 14, WD_ALIGN_PARAGRAPH.CENTER)
    para("上　越　市", False, 14, WD_ALIGN_PARAGRAPH.CENTER)
    d.add_page_break()

    para("１　計画の趣旨", True, 12)
    para("　本市では、平成２７年に上越市債権管理条例を制定し、債権管理の適正化に取り組んできた。第２次計画期間においては、"
         "市税をはじめとする主要債権の収納率が向上し、収入未済額は着実に減少している。本計画は、これまでの成果を踏まえ、"
         "各債権の所管課が目標と具体的な取組を「推進シート」として定め、全庁で進行管理を行うために策定するものである。")
    para("　計画期間は、令和７年度から令和１１年度までの５年間とする。ただし、社会経済情勢の変化や関係法令の改正があった場合は、"
         "必要に応じて見直しを行う。")
    para("（基本方針）", True)
    for t_ in ["①　現年度分の確実な徴収により、新たな滞納の発生を抑制する。",
               "②　滞納繰越分は、財産調査に基づく滞納処分と、徴収見込みのない債権の適正な整理を並行して進める。",
               "③　私債権及び非強制徴収公債権は、督促・催告の後、法的措置を計画的に行う。",
               "④　債権管理システムの情報を共有し、債権所管課と収納課の連携を強める。",
               "⑤　職員研修を充実し、債権管理に関する知識と実務能力の向上を図る。"]:
        para("　" + t_)
    para("（進行管理）", True)
    para("　推進シートの取組状況は、毎年度上越市債権管理推進会議において点検し、その結果を翌年度の取組に反映させる。"
         "点検結果は市ホームページで公表する。")
    para("２　対象債権と令和５年度決算の状況", True, 12)
    para("　令和５年度決算において収入未済額がある債権（３２債権）を対象とする。", after=2)
    para("表１　対象債権の一覧（令和５年度決算）　　　　　　　　　　　　　　　　　　　　　　（単位：円）", size=9)

    rows = []
    for s in SHEETS:
        a = (s["cur_a"] + s["arr_a"]) * 1000 + rnd.randint(0, 999)
        cc = round(s["cur_a"] * 1000 * s["cur_r"][-1] / 100); ca = round(s["arr_a"] * 1000 * s["arr_r"][-1] / 100)
        s["a5"] = (s["cur_a"] * 1000, s["arr_a"] * 1000, cc, ca)
        a = s["cur_a"] * 1000 + s["arr_a"] * 1000
        w = round(s["arr_a"] * 1000 * 0.05)
        rows.append((s["name"], s["dept"], a, cc + ca, w))
    for nm in OTHER:
        a = rnd.randint(300_000, 900_000_000)
        c = round(a * rnd.uniform(0.55, 0.995)); w = round((a - c) * rnd.uniform(0, 0.2))
        rows.append((nm, "", a, c, w))
    t = d.add_table(rows=1, cols=6); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c_, h in zip(t.rows[0].cells, ["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]):
        cell(c_, h, True)
    repeat_header(t.rows[0])
    sums = [0, 0, 0, 0]
    for nm, _dep, a, c, w in rows:
        o = a - c - w; r_ = round(c / a * 100, 1)
        row_ = t.add_row(); cs = row_.cells
        el = OxmlElement("w:cantSplit"); el.set(qn("w:val"), "true"); row_._tr.get_or_add_trPr().append(el)
        for c_, v in zip(cs, [nm, f"{a:,}", f"{c:,}", f"{w:,}", f"{o:,}", f"{r_:.1f}%"]):
            cell(c_, v, align=WD_ALIGN_PARAGRAPH.LEFT if v == nm else WD_ALIGN_PARAGRAPH.RIGHT, size=10.5)
        for met, v in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o)):
            facts.append(F(nm, 2023, "total", met, "actual", v, "yen", f"{v:,}", fy_raw="令和５年度", anchor=nm + f"{a:,}"))
        facts.append(F(nm, 2023, "total", "collection_rate", "actual", r_, "percent", f"{r_:.1f}%", fy_raw="令和５年度", anchor=nm + f"{a:,}"))
        for k, v in enumerate((a, c, w, o)): sums[k] += v
    cs = t.add_row().cells
    r_ = round(sums[1] / sums[0] * 100, 1)
    for c_, v in zip(cs, ["合計", *[f"{x:,}" for x in sums], f"{r_:.1f}%"]):
        cell(c_, v, True, WD_ALIGN_PARAGRAPH.RIGHT if v != "合計" else WD_ALIGN_PARAGRAPH.CENTER)
    for met, v in zip(("assessed", "collected", "written_off", "outstanding"), sums):
        facts.append(F(None, 2023, "total", met, "actual", v, "yen", f"{v:,}", fy_raw="令和５年度", debt_raw="合計", anchor="合計" + f"{sums[0]:,}"))
    facts.append(F(None, 2023, "total", "collection_rate", "actual", r_, "percent", f"{r_:.1f}%", fy_raw="令和５年度", debt_raw="合計", anchor="合計" + f"{sums[0]:,}"))
    para("※収納率は小数点以下第２位を四捨五入。還付未済額は含まない。", size=8.5)
    oku = round(sums[3] / 1e6) * 100  # 万円
    o_, m_ = divmod(oku, 10000)
    txt = f"{o_}億{m_:,}万円" if m_ else f"{o_}億円"
    para(f"　令和５年度末の収入未済額は、対象債権の合計で約{txt}となっている。", after=6)
    facts.append(F(None, 2023, "total", "outstanding", "actual", oku * 10000, "yen", f"約{txt}", fy_raw="令和５年度末", approx=True))

    # 推進シート
    for k, s in enumerate(SHEETS, 1):
        d.add_page_break()
        n = s["name"]
        para(f"債権管理推進シート　No.{k}", True, 12)
        bt = d.add_table(rows=1, cols=4); bt.style = "Table Grid"
        for c_, v in zip(bt.rows[0].cells, ["債権名", n, "所管課", s["dept"]]):
            cell(c_, v, v in ("債権名", "所管課"), size=10)
        para("")
        para("１　収納状況の推移（単位：千円、％）", True)
        tt = d.add_table(rows=3, cols=7); tt.style = "Table Grid"
        h = tt.rows
        cell(h[0].cells[0], "年度", True)
        a_ = h[0].cells[1].merge(h[0].cells[3]); cell(a_, "現年度分", True)
        b_ = h[0].cells[4].merge(h[0].cells[6]); cell(b_, "滞納繰越分", True)
        for i, v in enumerate(["調定額", "収入済額", "収納率"] * 2):
            cell(h[1].cells[i + 1], v, True)
        for i, v in enumerate(["(A)", "(B)", "(B)/(A)"] * 2):
            cell(h[2].cells[i + 1], v, False, size=7.5)
        yc = h[0].cells[0].merge(h[2].cells[0]); cell(yc, "年度", True)
        for (ylab, fy), cr, ar, g in zip(YEARS, s["cur_r"], s["arr_r"], (0.97, 0.985, 0.99, 1.0, 1.0)):
            if fy == 2023:
                ca_, aa_ = s["cur_a"], s["arr_a"]
            else:
                ca_ = round(s["cur_a"] * g * (1 + (2023 - fy) * 0.004)); aa_ = round(s["arr_a"] * (1 + (2023 - fy) * 0.06))
            cc_ = round(ca_ * cr / 100); ac_ = round(aa_ * ar / 100)
            cr_p = round(cc_ / ca_ * 100, 2); ar_p = round(ac_ / aa_ * 100, 1)
            cs = tt.add_row().cells
            for c_, v in zip(cs, [ylab, f"{ca_:,}", f"{cc_:,}", f"{cr_p:.2f}", f"{aa_:,}", f"{ac_:,}", f"{ar_p:.1f}"]):
                cell(c_, v, align=WD_ALIGN_PARAGRAPH.CENTER if v == ylab else WD_ALIGN_PARAGRAPH.RIGHT)
            an = f"No.{k}"
            for seg, met, v, raw, u in (("current", "assessed", ca_ * 1000, f"{ca_:,}", "yen"),
                                        ("current", "collected", cc_ * 1000, f"{cc_:,}", "yen"),
                                        ("current", "collection_rate", cr_p, f"{cr_p:.2f}", "percent"),
                                        ("arrears", "assessed", aa_ * 1000, f"{aa_:,}", "yen"),
                                        ("arrears", "collected", ac_ * 1000, f"{ac_:,}", "yen"),
                                        ("arrears", "collection_rate", ar_p, f"{ar_p:.1f}", "percent")):
                facts.append(F(n, fy, seg, met, "actual", v, u, raw, fy_raw=ylab, anchor=an))
        para("")
        para("２　目標（計画）", True)
        para("目標収納率　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　（％）", size=9)
        gt = d.add_table(rows=3, cols=6); gt.style = "Table Grid"
        cell(gt.rows[0].cells[0], "区分", True)
        for i, (lab, fy) in enumerate(TY):
            cell(gt.rows[0].cells[i + 1], lab, True)
        for row, (lab, seg, vals, fmt) in zip(gt.rows[1:], (("現年度分", "current", s["tc"], "{:.2f}"), ("滞納繰越分", "arrears", s["ta"], "{:.1f}"))):
            cell(row.cells[0], lab)
            for i, ((ylab, fy), v) in enumerate(zip(TY, vals)):
                cell(row.cells[i + 1], fmt.format(v), align=WD_ALIGN_PARAGRAPH.RIGHT)
                facts.append(F(n, fy, seg, "collection_rate", "target", v, "percent", fmt.format(v), fy_raw=ylab, anchor=f"No.{k}"))
        para("")
        para("３　目標達成に向けた取組", True)
        for lab, text in s["inits"]:
            para(f"{lab}　{text}")
            inits.append(I(n, 2025, "目標達成に向けた取組", lab, text, None, anchor=f"No.{k}"))

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"; d.save(src)
    pdf = to_pdf(src, ROOT / "pdf" / f"{STEM}.pdf", STEM)
    doc = {"kind": "plan", "municipality": "上越市", "title": "第３次上越市債権管理計画（令和７年度～令和１１年度）",
           "date": "2025-03-01", "date_raw": "令和７年３月"}
    return finish(STEM, pdf, doc, facts, inits)


if __name__ == "__main__":
    build()
