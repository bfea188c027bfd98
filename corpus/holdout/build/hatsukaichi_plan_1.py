"""第2次廿日市市債権管理計画 (modelled on https://www.city.hatsukaichi.hiroshima.jp/soshiki/8/92922.html).

python-docx -> LibreOffice, A4 portrait. Figures are invented but consistent:
収入未済額 = 調定額 - 収入済額 - 不納欠損額, 収納率 = 収入済額 / 調定額 (2 decimals), 合計 = sum of rows.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from plans_common import OUT, PDF, comma, fact, initiative, oku_man, to_pdf, write_gold

STEM = "hatsukaichi_plan_1"
CITY = "廿日市市"
TITLE = "第2次廿日市市債権管理計画"

YEARS = [(2017, "平成29年度", "H29"), (2018, "平成30年度", "H30"), (2019, "令和元年度", "R1"),
         (2020, "令和2年度", "R2"), (2021, "令和3年度", "R3")]

# 収入未済額 (千円) per debt, H28 (for the first year's 滞繰調定) then H29..R3
TREND = {
    "市税": [321_840, 312_455, 298_761, 281_904, 275_318, 251_627],
    "国民健康保険税": [418_305, 402_118, 376_540, 352_871, 330_256, 309_442],
    "介護保険料": [29_870, 28_614, 26_903, 25_177, 24_380, 22_915],
    "後期高齢者医療保険料": [7_013, 6_842, 6_519, 6_201, 5_874, 5_406],
    "市営住宅使用料": [59_120, 58_233, 57_106, 55_948, 54_371, 52_819],
    "下水道使用料": [32_265, 31_507, 30_284, 28_795, 27_613, 26_052],
    "生活保護費返還金": [111_480, 114_926, 118_340, 121_552, 123_807, 125_214],
    "その他（19債権）": [48_560, 47_391, 45_862, 44_120, 43_509, 41_283],
}

# per-debt detail: current rate, arrears rate, write-off share of arrears assessed, per year
DETAIL = {
    "市税": dict(dept="納税課", rc=[0.9861, 0.9868, 0.9879, 0.9874, 0.9886], ra=[0.2413, 0.2526, 0.2631, 0.2587, 0.2844],
                w=[0.061, 0.058, 0.064, 0.052, 0.066], pct=True,
                kind="【強制徴収公債権】個人市民税、法人市民税、固定資産税、軽自動車税、市たばこ税、入湯税",
                target=[("現年", [98.95, 99.00, 99.05]), ("滞繰", [29.00, 30.00, 31.00])],
                actions=[("①", "納期限後20日以内に督促状を発送し、その後の催告を早期に行うことで、現年度分の滞納の長期化を防ぐ。", "継続"),
                         ("②", "預貯金・給与等の財産調査を徹底し、納付資力がありながら納付しない滞納者には差押えを行う。", "継続"),
                         ("③", "スマートフォン決済アプリによる納付を周知し、納付機会を拡大する。", "拡充"),
                         ("④", "滞納処分をすることができる財産がない事案は、執行停止を適正に行い、滞納繰越額を圧縮する。", "継続")]),
    "国民健康保険税": dict(dept="保険年金課", rc=[0.9311, 0.9342, 0.9368, 0.9401, 0.9436], ra=[0.1983, 0.2141, 0.2268, 0.2307, 0.2472],
                    w=[0.085, 0.081, 0.079, 0.084, 0.076], pct=False,
                    kind="【強制徴収公債権】国民健康保険法及び地方税法に基づき課税するもの",
                    target=[("現年", [94.60, 94.80, 95.00]), ("滞繰", [26.00, 27.00, 28.00])],
                    actions=[("①", "口座振替の原則化を進め、新規加入時の口座振替申込を勧奨する。", "継続"),
                             ("②", "短期被保険者証の交付時に納付相談を行い、分納誓約の履行状況を管理する。", "継続"),
                             ("③", "コールセンターによる電話催告の対象を、現年度分の初期滞納者に拡大する。", "拡充"),
                             ("④", "納税課と合同で捜索・インターネット公売を実施する。", "新規")]),
    "市営住宅使用料": dict(dept="住宅政策課", rc=[0.9702, 0.9715, 0.9731, 0.9722, 0.9748], ra=[0.1746, 0.1812, 0.1859, 0.1784, 0.1921],
                    w=[0.028, 0.031, 0.026, 0.034, 0.030], pct=True,
                    kind="【私債権】公営住宅法及び廿日市市営住宅条例に基づく家賃",
                    target=[("現年", [97.60, 97.70, 97.80]), ("滞繰", [20.00, 21.00, 22.00])],
                    actions=[("①", "滞納3か月以上の入居者に対し、連帯保証人への通知と面談を行う。", "継続"),
                             ("②", "分納誓約の不履行者には、明渡し請求を前提とした法的措置を講じる。", "継続"),
                             ("③", "退去者の滞納分は、支払督促の申立てにより回収を図る。", "新規")]),
    "生活保護費返還金": dict(dept="生活福祉課", rc=[0.2214, 0.2087, 0.2150, 0.1985, 0.2032], ra=[0.0312, 0.0295, 0.0287, 0.0301, 0.0276],
                     w=[0.018, 0.021, 0.017, 0.022, 0.019], pct=False,
                     kind="【強制徴収公債権・非強制徴収公債権】生活保護法第63条返還金及び第78条徴収金",
                     target=[("現年", [22.00, 23.00, 24.00]), ("滞繰", [3.20, 3.40, 3.60])],
                     actions=[("①", "保護受給中の返還金は、保護費との調整（法第78条の2）による徴収を優先する。", "継続"),
                              ("②", "保護廃止者には、廃止時に返済計画を作成し、文書と電話で定期的に納付を促す。", "継続"),
                              ("③", "ケースワーカーと収納担当の情報共有会議を毎月開催する。", "新規")]),
}

GENERAL_ACTIONS = [
    ("(1)", "債権管理条例に基づく督促・催告の期限を全庁で統一し、初期対応を徹底します。"),
    ("(2)", "徴収が困難な債権は、債権放棄を含めて適正に整理し、管理コストを削減します。"),
    ("(3)", "債権管理担当者研修を年2回開催し、所管課職員の実務能力の向上を図ります。"),
]

# 目標収納率（全体） for the table on page 3; R3 actual for the four detail debts is computed
OTHER_TARGETS = {
    "介護保険料": (98.62, [98.70, 98.75, 98.80]),
    "後期高齢者医療保険料": (99.41, [99.45, 99.50, 99.55]),
    "下水道使用料": (98.87, [98.90, 98.95, 99.00]),
}


def compute_detail(name):
    d = DETAIL[name]
    o = TREND[name]
    rows = []
    for i in range(5):
        aa = o[i]           # 滞繰調定 = previous year-end 収入未済額
        oo = o[i + 1]
        rc, ra, w = d["rc"][i], d["ra"][i], d["w"][i]
        ac = round((oo - aa * (1 - ra - w)) / (1 - rc))
        cc = round(ac * rc)
        ca = round(aa * ra)
        wo = ac + aa - cc - ca - oo
        assert wo > 0, (name, i, wo)
        rows.append(dict(ac=ac, cc=cc, aa=aa, ca=ca, at=ac + aa, ct=cc + ca, wo=wo, oo=oo))
    return rows


def rate(c, a):
    return round(c / a * 100 + 1e-9, 2)


# ----------------------------------------------------------------------------------------------- docx helpers
def set_cell_bg(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def para(doc, text, size=10.5, bold=False, align=None, indent=None, space_after=2):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.left_indent = Mm(indent)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def table(doc, rows, widths=None, size=9, header_rows=1, shade="D9E2F3", align_num=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            r = p.add_run(str(val))
            r.font.size = Pt(size)
            if i < header_rows:
                set_cell_bg(c, shade)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif align_num and j > 0 and val and (val[0].isdigit() or val[0] in "△-"):
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if widths:
                c.width = Mm(widths[j])
    if widths:
        fix_grid(t, widths)
    return t


def fix_grid(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 56.7)))


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def add_page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("- ")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    rr.append(t)
    fld.append(rr)
    p._p.append(fld)
    p.add_run(" -")
    h = section.header.paragraphs[0]
    h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hr = h.add_run(TITLE + "（令和5年度～令和7年度）")
    hr.font.size = Pt(8)


def build():
    facts, inits = [], []
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "IPAexMincho"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = sec.bottom_margin = Mm(20)
    add_page_number_footer(sec)

    totals = [sum(v[i] for v in TREND.values()) for i in range(6)]

    # ---------------------------------------------------------------- page 1
    pg = 1
    para(doc, TITLE, 18, True, "center", space_after=4)
    para(doc, "（令和5年度～令和7年度）", 12, False, "center")
    para(doc, "令和5年3月　廿日市市", 11, False, "center", space_after=14)
    para(doc, "1　計画策定の経緯", 12, True)
    t21, v21 = oku_man(totals[5] * 1000)
    t17, v17 = oku_man(totals[1] * 1000)
    para(doc, "　本市は、平成30年3月に廿日市市債権管理条例を制定し、市が保有する債権全般について、"
              "管理の適正化に全庁で取り組んできました。令和2年3月には第1次廿日市市債権管理計画（令和2年度～"
              "令和4年度）を定め、未収債権ごとに目標収納率と具体的な取組を掲げて収納対策を進めてきました。")
    para(doc, f"　この結果、全未収債権の収入未済額は、平成29年度末の約{t17}から、令和3年度末には約{t21}まで"
              "縮減しています。一方で、生活保護費返還金のように収入未済額が増え続けている債権もあり、"
              "継続した取組が必要であることから、第2次計画を策定します。")
    facts.append(fact(pg, None, 2017, "平成29年度", "total", "outstanding", "actual", v17, "yen", "約" + t17, approx=True))
    facts.append(fact(pg, None, 2021, "令和3年度", "total", "outstanding", "actual", v21, "yen", "約" + t21, approx=True))
    para(doc, "2　目的", 12, True)
    para(doc, "　市の健全な財政運営に資すること及び市民負担の公平性を確保することを目的として、"
              "債権の収納率の向上と収入未済額の縮減を全庁的に推進します。")
    para(doc, "3　計画の期間", 12, True)
    para(doc, "　令和5（2023）年度から令和7（2025）年度までの3か年とします。なお、社会経済情勢の変化や"
              "関係法令の改正等に応じて、必要な見直しを行います。")
    para(doc, "4　対象債権", 12, True)
    para(doc, "　令和3年度決算において収入未済額が生じている26債権を対象とします。"
              "ただし、水道料金は、令和5年4月から広島県水道広域連合企業団へ事業を移管するため、対象としません。")
    page_break(doc)

    # ---------------------------------------------------------------- page 2
    pg = 2
    para(doc, "5　債権管理の現状", 12, True)
    para(doc, "（1）収入未済額の推移", 11, True)
    para(doc, "（単位：千円）", 9, False, "right", space_after=0)
    rows = [["債権名"] + [y[1] for y in YEARS]]
    for name, vals in TREND.items():
        rows.append([name] + [comma(v) for v in vals[1:]])
        for (fy, fr, _), v in zip(YEARS, vals[1:]):
            facts.append(fact(pg, name, fy, fr, "total", "outstanding", "actual", v * 1000, "yen", comma(v)))
    rows.append(["合計"] + [comma(v) for v in totals[1:]])
    for (fy, fr, _), v in zip(YEARS, totals[1:]):
        facts.append(fact(pg, "合計", fy, fr, "total", "outstanding", "actual", v * 1000, "yen", comma(v)))
    table(doc, rows, widths=[44, 25, 25, 25, 25, 25])
    para(doc, "※その他は、保育所保育料、放課後児童クラブ利用料、奨学金貸付金など19債権の合計です。", 8.5)
    para(doc, "")
    kok, kv = oku_man(TREND["国民健康保険税"][5] * 1000)
    sz, sv = oku_man(TREND["市税"][5] * 1000)
    share = round(TREND["国民健康保険税"][5] / totals[5] * 100)
    para(doc, f"　令和3年度末の収入未済額を債権別にみると、国民健康保険税が約{kok}（全体の約{share}％）で最も多く、"
              f"次いで市税が約{sz}となっており、この2債権で全体の約3分の2を占めています。")
    facts.append(fact(pg, "国民健康保険税", 2021, "令和3年度", "total", "outstanding", "actual", kv, "yen", "約" + kok, approx=True))
    facts.append(fact(pg, "市税", 2021, "令和3年度", "total", "outstanding", "actual", sv, "yen", "約" + sz, approx=True))
    para(doc, "（2）課題", 11, True)
    for s in ["・現年度分の未納が翌年度以降の滞納繰越分となり、徴収がより困難になる傾向があります。",
              "・非強制徴収公債権及び私債権では、所管課ごとに督促・催告の時期や方法が異なっています。",
              "・徴収の見込みがない債権が整理されないまま残り、管理事務の負担となっています。"]:
        para(doc, s, indent=4)
    page_break(doc)

    # ---------------------------------------------------------------- page 3
    pg = 3
    para(doc, "6　計画の目標", 12, True)
    para(doc, "（1）全体目標", 11, True)
    para(doc, "　計画の最終年度である令和7年度末の全未収債権の収入未済額を、約7億円以下とすることを目指します。")
    facts.append(fact(pg, None, 2025, "令和7年度", "total", "outstanding", "target", 700_000_000, "yen", "約7億円", approx=True))
    para(doc, "（2）債権別の目標収納率（現年度分・滞納繰越分の合計）", 11, True)
    para(doc, "（単位：％）", 9, False, "right", space_after=0)
    t = [["債権名", "令和3年度実績", "令和5年度目標", "令和6年度目標", "令和7年度目標"]]
    details = {n: compute_detail(n) for n in DETAIL}
    tgt_order = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "市営住宅使用料", "下水道使用料", "生活保護費返還金"]
    for n in tgt_order:
        if n in details:
            r3 = rate(details[n][4]["ct"], details[n][4]["at"])
            # target of total: a little above R3
            tg = [round(r3 + k, 2) for k in (0.3, 0.6, 0.9)]
        else:
            r3, tg = OTHER_TARGETS[n]
        t.append([n, f"{r3:.2f}"] + [f"{x:.2f}" for x in tg])
        facts.append(fact(pg, n, 2021, "令和3年度", "total", "collection_rate", "actual", r3, "percent", f"{r3:.2f}"))
        for fy, fr, x in zip((2023, 2024, 2025), ("令和5年度", "令和6年度", "令和7年度"), tg):
            facts.append(fact(pg, n, fy, fr, "total", "collection_rate", "target", x, "percent", f"{x:.2f}"))
    table(doc, t, widths=[44, 28, 28, 28, 28])
    para(doc, "")
    para(doc, "7　全庁的な取組", 12, True)
    for lab, txt in GENERAL_ACTIONS:
        para(doc, f"{lab}　{txt}", indent=2)
        inits.append(initiative(pg, None, None, "全庁的な取組", lab, txt, None))
    page_break(doc)

    # ---------------------------------------------------------------- pages 4-7: per-debt
    pg = 4
    first = True
    for name, d in DETAIL.items():
        if not first:
            page_break(doc)
        first = False
        if pg == 4:
            para(doc, "8　債権ごとの現状と取組", 12, True)
        box = doc.add_table(rows=1, cols=4)
        box.style = "Table Grid"
        for j, (v, w) in enumerate(zip(["債権名", name, "所管課", d["dept"]], [25, 60, 25, 55])):
            c = box.cell(0, j)
            c.text = ""
            r = c.paragraphs[0].add_run(v)
            r.font.size = Pt(10.5)
            r.bold = j in (1, 3)
            c.width = Mm(w)
            if j in (0, 2):
                set_cell_bg(c, "E7E6E6")
        fix_grid(box, [25, 60, 25, 55])
        para(doc, "")
        para(doc, "（1）債権の概要", 11, True)
        para(doc, "　" + d["kind"], 10)
        pct = d["pct"]
        para(doc, "（2）収納状況の推移", 11, True)
        para(doc, "（単位：千円）" if pct else "（単位：千円、収納率は％）", 9, False, "right", space_after=0)
        rows = [["区分", "項目"] + [y[2] for y in YEARS]]
        det = details[name]
        spec = [("現年", "current", "ac", "cc"), ("滞繰", "arrears", "aa", "ca"), ("計", "total", "at", "ct")]
        for seg_label, seg, ka, kc in spec:
            ra_row = [seg_label, "調定額"]
            rc_row = ["", "収入済額"]
            rr_row = ["", "収納率"]
            for (fy, _, fr), x in zip(YEARS, det):
                ra_row.append(comma(x[ka]))
                rc_row.append(comma(x[kc]))
                rv = rate(x[kc], x[ka])
                rtxt = f"{rv:.2f}%" if pct else f"{rv:.2f}"
                rr_row.append(rtxt)
                facts.append(fact(pg, name, fy, fr, seg, "assessed", "actual", x[ka] * 1000, "yen", comma(x[ka])))
                facts.append(fact(pg, name, fy, fr, seg, "collected", "actual", x[kc] * 1000, "yen", comma(x[kc])))
                facts.append(fact(pg, name, fy, fr, seg, "collection_rate", "actual", rv, "percent", rtxt))
            rows += [ra_row, rc_row, rr_row]
        wo_row, oo_row = ["不納欠損額", ""], ["収入未済額", ""]
        for (fy, _, fr), x in zip(YEARS, det):
            wo_row.append(comma(x["wo"]))
            oo_row.append(comma(x["oo"]))
            facts.append(fact(pg, name, fy, fr, "total", "written_off", "actual", x["wo"] * 1000, "yen", comma(x["wo"])))
            facts.append(fact(pg, name, fy, fr, "total", "outstanding", "actual", x["oo"] * 1000, "yen", comma(x["oo"])))
        rows += [wo_row, oo_row]
        tb = table(doc, rows, widths=[16, 20, 26, 26, 26, 26, 26], size=8.5)
        for i0 in (1, 4, 7):
            tb.cell(i0, 0).merge(tb.cell(i0 + 2, 0))
        tb.cell(10, 0).merge(tb.cell(10, 1))
        tb.cell(11, 0).merge(tb.cell(11, 1))
        para(doc, "")
        para(doc, "（3）目標収納率", 11, True)
        para(doc, "（単位：％）", 9, False, "right", space_after=0)
        trows = [["区分", "令和5年度", "令和6年度", "令和7年度"]]
        for seg_label, vals in d["target"]:
            seg = "current" if seg_label == "現年" else "arrears"
            trows.append([seg_label] + [f"{v:.2f}" for v in vals])
            for fy, fr, v in zip((2023, 2024, 2025), ("令和5年度", "令和6年度", "令和7年度"), vals):
                facts.append(fact(pg, name, fy, fr, seg, "collection_rate", "target", v, "percent", f"{v:.2f}"))
        table(doc, trows, widths=[30, 35, 35, 35])
        para(doc, "")
        para(doc, "（4）主な取組", 11, True)
        for k, (lab, txt, status) in enumerate(d["actions"]):
            tag = f"【{status}】"
            # one item with the tag pushed to its own line (as when it wraps)
            if name == "国民健康保険税" and k == 2:
                p = para(doc, f"{lab}　{txt}", indent=2, space_after=0)
                para(doc, tag, indent=6)
            else:
                para(doc, f"{lab}　{txt}{tag}", indent=2)
            inits.append(initiative(pg, name, None, "主な取組", lab, txt, status))
        pg += 1

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", STEM)
    document = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2023-03-01", "date_raw": "令和5年3月"}
    write_gold(STEM, document, facts, inits)


if __name__ == "__main__":
    build()
