"""e_koriyama_plan_1: 郡山市債権管理計画 (plan), python-docx → LibreOffice, A4 portrait.

Modelled on 郡山市債権管理基本方針 (5 basic ideas, 対象債権, 目標の設定) and on a 目標収納率 table whose
header gives 実績 | 目標 side by side with 現年/合計 sub-columns and a note 「※単位はすべてパーセントです。」.
"""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

import e_common as E

STEM = "e_koriyama_plan_1"
CITY = "郡山市"
TITLE = "郡山市債権管理計画（令和7年度～令和9年度）"

# 令和5年度決算 (千円): debt, 所管課, current (assessed, collected), arrears (assessed, collected, written_off)
R5 = [
    ("市税", "収納課", (52614382, 52098771), (1482906, 431225, 98412)),
    ("国民健康保険税", "収納課", (9325418, 8786203), (2684115, 589731, 241556)),
    ("介護保険料", "介護保険課", (6012774, 5960118), (142608, 31442, 22017)),
    ("後期高齢者医療保険料", "国民健康保険課", (2287519, 2281004), (16380, 6215, 1904)),
    ("保育所保育料", "保育課", (1018442, 1004116), (58217, 10903, 6311)),
    ("市営住宅使用料", "住宅政策課", (812605, 796338), (121874, 18445, 9870)),
    ("下水道使用料", "下水道経営課", (4105227, 4061893), (96115, 40276, 8203)),
    ("学校給食費", "学校教育推進課", (1210336, 1203487), (22459, 4118, 1577)),
]
# 収入未済額 (千円) 令和3年度, 令和4年度 (令和5年度 comes from R5)
PAST = {
    "市税": (1811240, 1639015), "国民健康保険税": (2702318, 2551904), "介護保険料": (131772, 121560),
    "後期高齢者医療保険料": (15022, 14873), "保育所保育料": (67441, 62108), "市営住宅使用料": (141335, 127903),
    "下水道使用料": (112604, 99018), "学校給食費": (25870, 24512),
}
# 目標収納率 (現年, 合計) 令和7, 8, 9年度
TARGET = {
    "市税": [(99.1, 98.3), (99.1, 98.4), (99.2, 98.5)],
    "国民健康保険税": [(94.6, 78.5), (94.8, 79.6), (95.0, 80.7)],
    "介護保険料": [(99.2, 98.0), (99.2, 98.1), (99.3, 98.2)],
    "後期高齢者医療保険料": [(99.7, 99.4), (99.7, 99.4), (99.8, 99.5)],
    "保育所保育料": [(98.7, 95.3), (98.8, 95.6), (98.9, 95.9)],
    "市営住宅使用料": [(98.2, 87.1), (98.3, 87.6), (98.4, 88.0)],
    "下水道使用料": [(99.0, 98.1), (99.1, 98.2), (99.1, 98.3)],
    "学校給食費": [(99.5, 98.4), (99.5, 98.5), (99.6, 98.6)],
}
INITS = [
    ("市税", "（１）市税（収納課）", [
        ("ア", "納期限後20日以内に督促状を発送し、督促後も未納の方には早期に電話・SMSによる催告を行う。", "継続"),
        ("イ", "滞納繰越分は財産調査を徹底し、預貯金・給与・生命保険等の差押えを優先して執行する。", "継続"),
        ("ウ", "地方税共通納税システムとスマートフォン決済の周知を強化し、納期内納付の割合を高める。", "拡充"),
    ]),
    ("国民健康保険税", "（２）国民健康保険税（収納課・国民健康保険課）", [
        ("ア", "資格取得の届出時に口座振替の申込みを勧奨し、口座振替率の向上を図る。", "継続"),
        ("イ", "短期被保険者証の更新時に納付相談を実施し、分納誓約の履行状況を毎月確認する。", "継続"),
        ("ウ", "高額滞納世帯については収納課の専任班へ移管し、滞納処分を集中して行う。", "新規"),
    ]),
    ("保育所保育料", "（３）保育所保育料（保育課）", [
        ("ア", "児童手当からの特別徴収について保護者の同意を取得し、未納の発生を防ぐ。", "継続"),
        ("イ", "卒園・退園した世帯の滞納分は、強制徴収公債権として収納課と連携し滞納処分を行う。", "拡充"),
    ]),
    ("市営住宅使用料", "（４）市営住宅使用料（住宅政策課）", [
        ("ア", "滞納2か月で連帯保証人へ通知し、6か月以上の滞納者には明渡請求を前提とした納付指導を行う。", "継続"),
        ("イ", "退去者の滞納分は支払督促の申立てを行い、債務名義を取得したうえで強制執行を検討する。", "新規"),
    ]),
    ("学校給食費", "（５）学校給食費（学校教育推進課）", [
        ("ア", "就学援助制度の案内を滞納初期の世帯に個別送付し、制度の利用につなげる。", "継続"),
        ("イ", "卒業後の滞納分は私債権として債権管理条例に基づき徴収停止・債権放棄の判断を行う。", "継続"),
    ]),
]


def set_font(run, size=None, bold=False, name="Noto Serif CJK JP"):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), name)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def para(doc, text, size=10.5, bold=False, align=None, indent=None, space_after=4, font="Noto Serif CJK JP"):
    p = doc.add_paragraph()
    r = p.add_run(text)
    set_font(r, size, bold, font)
    if align:
        p.alignment = align
    if indent is not None:
        p.paragraph_format.left_indent = Mm(indent)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def cell(c, text, size=8.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    c.text = ""
    p = c.paragraphs[0]
    r = p.add_run(text)
    set_font(r, size, bold, "Noto Sans CJK JP")
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)


def build():
    facts, inits = [], []
    F = E.fact
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
    hp = sec.header.paragraphs[0]
    set_font(hp.add_run("郡山市債権管理計画"), 8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run()
    set_font(r, 9)
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), tag)
            r._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.text = txt
            r._element.append(it)

    # ---- page 1
    para(doc, TITLE, 16, True, WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    para(doc, "令和7年3月", 11, False, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "郡山市税務部収納課", 11, False, WD_ALIGN_PARAGRAPH.CENTER, space_after=18)
    para(doc, "１　計画策定の趣旨", 12, True)
    para(doc, "　収入の安定的な確保と市民負担の公平性を維持するため、本市では郡山市債権管理基本方針に基づき、"
              "全庁的に債権管理の適正化に取り組んできた。収入率の一層の向上と収入未済額の縮減を図るため、"
              "債権ごとの目標と具体的な取組を定める本計画を策定する。", indent=4)
    para(doc, "２　基本的な考え方", 12, True)
    for t in ("（１）適正な債権管理　法令等に基づき債権管理台帳を整備し、管理状況を正確に把握する。",
              "（２）新たな滞納の発生抑止　納期内納付を促進し、滞納者には早期に督促・催告を行う。",
              "（３）滞納債権の整理　生活状況や納付資力を把握し、納付指導・法的措置・執行停止を的確に行う。",
              "（４）目標の設定及び継続的な改善　債権ごとに目標を定め、実績を検証して取組を見直す。",
              "（５）全庁的な推進体制　債権管理推進会議において進捗を共有し、所管課を支援する。"):
        para(doc, t, 10, indent=4, space_after=2)
    para(doc, "３　計画期間及び対象債権", 12, True)
    para(doc, "　令和7年度から令和9年度までの3か年とする。対象は、令和5年度決算において収入未済額が生じている"
              "債権のうち、次表に掲げる8債権とする。", indent=4)
    page_break(doc)

    # ---- page 2: 現状 prose + 推移表
    para(doc, "４　債権管理の現状", 12, True)
    tot = {y: 0 for y in (2021, 2022, 2023)}
    for debt, _, cur, arr in R5:
        o5 = (cur[0] - cur[1]) + (arr[0] - arr[1] - arr[2])
        o3, o4 = PAST[debt]
        tot[2021] += o3
        tot[2022] += o4
        tot[2023] += o5
    approx5 = round(tot[2023] * 1000, -6)
    diff = round((tot[2022] - tot[2023]) * 1000, -6)
    s_tot = E.oku_man(approx5)
    s_dif = E.oku_man(diff)
    mc = next(x for x in R5 if x[0] == "市税")
    r_mc = E.rate(mc[2][1], mc[2][0])
    s1 = (f"　令和5年度決算における本市の収入未済額は約{s_tot}で、前年度から約{s_dif}縮減した。"
          f"市税の現年課税分収納率は{E.fr(r_mc)}％となり、3年連続で99％台を維持している。")
    para(doc, s1, indent=4)
    facts.append(F(None, 2023, "令和5年度", "total", "outstanding", "actual", approx5, "yen", f"約{s_tot}", 2,
                   approx=True, debt_raw=None))
    facts.append(F("市税", 2023, "令和5年度", "current", "collection_rate", "actual", r_mc, "percent",
                   f"{E.fr(r_mc)}％", 2))
    para(doc, "　一方、国民健康保険税は滞納繰越分の残高が大きく、収入未済額全体の5割以上を占めており、"
              "引き続き重点的な対策が必要である。", indent=4)
    para(doc, "（１）債権別収入未済額の推移", 11, True, space_after=2)
    para(doc, "（単位：千円）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    t = doc.add_table(rows=1 + len(R5) + 1, cols=5)
    borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(("債権名", "令和3年度", "4年度", "5年度", "増減（5年度－4年度）")):
        cell(t.rows[0].cells[j], h, bold=True)
    yraw = {2021: "令和3年度", 2022: "4年度", 2023: "5年度"}
    for i, (debt, _, cur, arr) in enumerate(R5, start=1):
        o5 = (cur[0] - cur[1]) + (arr[0] - arr[1] - arr[2])
        vals = {2021: PAST[debt][0], 2022: PAST[debt][1], 2023: o5}
        cell(t.rows[i].cells[0], debt, align=WD_ALIGN_PARAGRAPH.LEFT)
        for j, y in enumerate((2021, 2022, 2023), start=1):
            cell(t.rows[i].cells[j], E.c(vals[y]), align=WD_ALIGN_PARAGRAPH.RIGHT)
            facts.append(F(debt, y, yraw[y], "total", "outstanding", "actual", vals[y] * 1000, "yen",
                           E.c(vals[y]), 2))
        cell(t.rows[i].cells[4], E.c(o5 - PAST[debt][1]), align=WD_ALIGN_PARAGRAPH.RIGHT)
    last = t.rows[-1].cells
    cell(last[0], "合計", bold=True)
    for j, y in enumerate((2021, 2022, 2023), start=1):
        cell(last[j], E.c(tot[y]), align=WD_ALIGN_PARAGRAPH.RIGHT)
        facts.append(F(None, y, yraw[y], "total", "outstanding", "actual", tot[y] * 1000, "yen", E.c(tot[y]), 2,
                       debt_raw="合計"))
    cell(last[4], E.c(tot[2023] - tot[2022]), align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "※収入未済額は各年度の出納閉鎖時点。増減の△は減少を示す。", 8.5, space_after=2)
    page_break(doc)

    # ---- page 3: 令和5年度決算 収納状況 (one debt per 3 rows)
    para(doc, "（２）令和5年度決算における債権別の収納状況", 11, True, space_after=2)
    para(doc, "（単位：千円、％）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    rows = 1 + 3 * (len(R5) + 1)
    t = doc.add_table(rows=rows, cols=7)
    borders(t)
    for j, h in enumerate(("債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率")):
        cell(t.rows[0].cells[j], h, bold=True)
    seg_lbl = {"current": "現年度分", "arrears": "滞納繰越分", "total": "計"}
    sums = {s: [0, 0, 0] for s in ("current", "arrears", "total")}
    ri = 1
    for debt, _, cur, arr in R5:
        segs = {"current": (cur[0], cur[1], 0), "arrears": arr,
                "total": (cur[0] + arr[0], cur[1] + arr[1], arr[2])}
        top = t.rows[ri].cells[0]
        top.merge(t.rows[ri + 2].cells[0])
        cell(top, debt, align=WD_ALIGN_PARAGRAPH.LEFT)
        for k, s in enumerate(("current", "arrears", "total")):
            a, col, w = segs[s]
            o = a - col - w
            rt = E.rate(col, a)
            rc = t.rows[ri + k].cells
            cell(rc[1], seg_lbl[s])
            for j, v in enumerate((a, col, w, o), start=2):
                cell(rc[j], E.c(v), align=WD_ALIGN_PARAGRAPH.RIGHT)
            cell(rc[6], E.fr(rt), align=WD_ALIGN_PARAGRAPH.RIGHT)
            for m, v in (("assessed", a), ("collected", col), ("written_off", w), ("outstanding", o)):
                facts.append(F(debt, 2023, "令和5年度", s, m, "actual", v * 1000, "yen", E.c(v), 3))
            facts.append(F(debt, 2023, "令和5年度", s, "collection_rate", "actual", rt, "percent", E.fr(rt), 3))
            sums[s][0] += a
            sums[s][1] += col
            sums[s][2] += w
        ri += 3
    top = t.rows[ri].cells[0]
    top.merge(t.rows[ri + 2].cells[0])
    cell(top, "合計", bold=True)
    for k, s in enumerate(("current", "arrears", "total")):
        a, col, w = sums[s]
        o = a - col - w
        rt = E.rate(col, a)
        rc = t.rows[ri + k].cells
        cell(rc[1], seg_lbl[s])
        for j, v in enumerate((a, col, w, o), start=2):
            cell(rc[j], E.c(v), align=WD_ALIGN_PARAGRAPH.RIGHT)
        cell(rc[6], E.fr(rt), align=WD_ALIGN_PARAGRAPH.RIGHT)
        for m, v in (("assessed", a), ("collected", col), ("written_off", w), ("outstanding", o)):
            facts.append(F(None, 2023, "令和5年度", s, m, "actual", v * 1000, "yen", E.c(v), 3, debt_raw="合計"))
        facts.append(F(None, 2023, "令和5年度", s, "collection_rate", "actual", rt, "percent", E.fr(rt), 3,
                       debt_raw="合計"))
    assert sums["total"][0] - sums["total"][1] - sums["total"][2] == tot[2023]
    para(doc, "※現年度分の不納欠損額は0。収納率は収入済額÷調定額（小数点第2位四捨五入）。", 8.5)
    page_break(doc)

    # ---- page 4: 目標収納率 (実績 | 目標 side by side, values without %)
    para(doc, "５　目標収納率", 12, True)
    para(doc, "　各債権の目標収納率は、これまでの実績を踏まえ、次のとおり設定する。", indent=4)
    t = doc.add_table(rows=3 + len(R5), cols=9)
    borders(t)
    h0 = t.rows[0].cells
    a = h0[0]
    a.merge(t.rows[2].cells[0])
    cell(a, "区分", bold=True)
    m = h0[1].merge(h0[2])
    cell(m, "実績", bold=True)
    m = h0[3].merge(h0[8])
    cell(m, "目標", bold=True)
    h1 = t.rows[1].cells
    for j, y in ((1, "令和5年度"), (3, "令和7年度"), (5, "令和8年度"), (7, "令和9年度")):
        mm = h1[j].merge(h1[j + 1])
        cell(mm, y, bold=True)
    h2 = t.rows[2].cells
    for j in range(1, 9):
        cell(h2[j], "現年" if j % 2 else "合計", bold=True)
    for i, (debt, _, cur, arr) in enumerate(R5, start=3):
        rc = t.rows[i].cells
        cell(rc[0], debt, align=WD_ALIGN_PARAGRAPH.LEFT)
        rcur = E.rate(cur[1], cur[0])
        rtot = E.rate(cur[1] + arr[1], cur[0] + arr[0])
        vals = [(2023, "令和5年度", "actual", rcur, rtot)]
        for k, (y, yr) in enumerate(((2025, "令和7年度"), (2026, "令和8年度"), (2027, "令和9年度"))):
            vals.append((y, yr, "target", TARGET[debt][k][0], TARGET[debt][k][1]))
        for k, (y, yr, basis, vc, vt) in enumerate(vals):
            cell(rc[1 + 2 * k], E.fr(vc), align=WD_ALIGN_PARAGRAPH.RIGHT)
            cell(rc[2 + 2 * k], E.fr(vt), align=WD_ALIGN_PARAGRAPH.RIGHT)
            facts.append(F(debt, y, yr, "current", "collection_rate", basis, vc, "percent", E.fr(vc), 4))
            facts.append(F(debt, y, yr, "total", "collection_rate", basis, vt, "percent", E.fr(vt), 4))
    para(doc, "※単位はすべてパーセントです。", 8.5, space_after=0)
    para(doc, "※「合計」は現年分と滞納繰越分を合わせた収納率です。", 8.5)
    para(doc, "６　債権ごとの取組", 12, True)
    para(doc, "　目標収納率の達成に向け、各所管課は次の取組を実施する。", indent=4)

    # ---- page 4-5: 取組
    for debt, head, items in INITS:
        para(doc, head, 10.5, True, space_after=2)
        for lbl, txt, st in items:
            para(doc, f"{lbl}　{txt}【{st}】", 10, indent=6, space_after=2)
            inits.append({"debt": debt, "debt_raw": debt, "fiscal_year": 2025, "section": "債権ごとの取組",
                          "label": lbl, "text": txt, "status": st, "page": head})
    para(doc, "７　計画の進行管理", 12, True)
    para(doc, "　本計画の進捗状況は、毎年度、債権管理推進会議において検証し、その結果を公表する。", indent=4)

    E.OUT.mkdir(parents=True, exist_ok=True)
    docx_path = E.OUT / f"{STEM}.docx"
    doc.save(docx_path)
    pdf = E.to_pdf(docx_path, E.PDF_DIR / f"{STEM}.pdf", "kor")
    # initiatives: resolve page via the item text itself
    for it in inits:
        it["page"] = it["text"][:20]
    document = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2025-03-01",
                "date_raw": "令和7年3月"}
    E.write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
