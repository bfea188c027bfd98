"""いわき市 債権管理の取組状況（令和5年度決算） — committee-material style progress report.

Modelled on 京都市 経済総務委員会資料「債権管理の取組状況…について」
(https://expydoc.com/doc/11524024/...債権管理の取組状況): a status report with 徴収率 tables where the debts run
across the columns and a difference (②-①) beside them. python-docx -> LibreOffice, A4 landscape, IPAexGothic.
Years are printed without era (4年度実績, 5年度実績, 6年度目標) under a page heading carrying 令和.
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

STEM = "iwaki_progress_1"
CITY = "いわき市"
TITLE = "債権管理の取組状況について（令和5年度決算）"

# debt, short header, FY2021-end outstanding (千円), FY2022 (ac, rc, ra, wo), FY2023 (ac, rc, ra, wo), 6年度目標 (現年, 滞繰)
DEBTS = [
    ("市税", "市税", 1_712_406, (52_104_318, 0.9902, 0.3104, 96_215), (53_011_872, 0.9911, 0.3342, 88_904), (99.20, 35.00)),
    ("国民健康保険税", "国民健康保険税", 2_318_904, (7_904_215, 0.9386, 0.2218, 214_306), (7_716_480, 0.9412, 0.2371, 198_715), (94.50, 25.00)),
    ("介護保険料", "介護保険料", 214_806, (8_416_220, 0.9874, 0.1942, 41_207), (8_503_914, 0.9881, 0.2016, 38_812), (98.90, 21.00)),
    ("後期高齢者医療保険料", "後期高齢者\n医療保険料", 38_412, (3_902_114, 0.9953, 0.3615, 3_904), (4_011_806, 0.9958, 0.3702, 3_215), (99.60, 38.00)),
    ("市営住宅使用料", "市営住宅\n使用料", 312_708, (1_482_916, 0.9704, 0.1612, 12_406), (1_460_228, 0.9721, 0.1688, 11_307), (97.40, 17.50)),
]

ACTIONS = {
    "市税": [("ア", "納期限後おおむね1か月以内に文書催告を行い、現年課税分の早期納付を促した。", None),
            ("イ", "預貯金調査のオンライン化により、財産調査の件数を前年度の約1.3倍に増やした。", "拡充"),
            ("ウ", "タイヤロック（自動車の差押え）を実施し、滞納者との接触機会を確保した。", "継続")],
    "国民健康保険税": [("ア", "国保加入時に口座振替の手続を案内し、口座振替率の向上を図った。", "継続"),
                  ("イ", "高額滞納者の案件を納税課特別滞納整理係へ引き継ぎ、滞納処分を強化した。", "拡充"),
                  ("ウ", "分納誓約の不履行者に対し、電話と文書で履行を促した。", None)],
    "介護保険料": [("ア", "年金からの特別徴収に切り替わるまでの普通徴収の未納者に、早期に催告した。", None),
              ("イ", "給付制限の対象となる滞納者に、事前に制度を説明する文書を送付した。", "新規")],
    "市営住宅使用料": [("(ア)", "滞納月数が3か月に達した入居者に対し、連帯保証人を含めて面談を行った。", "継続"),
                ("(イ)", "退去滞納者の債権について、弁護士への回収委託を開始した。", "新規")],
}


def rate(c, a):
    return round(c / a * 100 + 1e-9, 2)


def calc(d):
    name, head, o21, y22, y23, tgt = d
    out = {"name": name, "head": head, "tgt": tgt}
    prev = o21
    for key, (ac, rc, ra, wo) in (("y22", y22), ("y23", y23)):
        aa = prev
        cc, ca = round(ac * rc), round(aa * ra)
        oo = ac + aa - cc - ca - wo
        out[key] = dict(ac=ac, cc=cc, aa=aa, ca=ca, at=ac + aa, ct=cc + ca, wo=wo, oo=oo,
                        rc=rate(cc, ac), ra=rate(ca, aa), rt=rate(cc + ca, ac + aa))
        prev = oo
    return out


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def para(doc, text, size=10, bold=False, align=None, indent=None, after=2):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    if align:
        p.alignment = {"right": WD_ALIGN_PARAGRAPH.RIGHT, "center": WD_ALIGN_PARAGRAPH.CENTER}[align]
    if indent:
        p.paragraph_format.left_indent = Mm(indent)
    p.paragraph_format.space_after = Pt(after)
    return p


def grid(doc, rows, widths, size=8.5, head=1):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.width = Mm(widths[j])
            c.text = ""
            p = c.paragraphs[0]
            r = p.add_run(v)
            r.font.size = Pt(size)
            if i < head:
                shade(c, "FCE4D6")
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif j > 0 and v and (v[0].isdigit() or v[0] in "△▲+＋"):
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    return t


def merge(t, r0, c0, r1, c1):
    m = t.cell(r0, c0).merge(t.cell(r1, c1))
    paras = m.paragraphs
    keep = [q for q in paras if q.text.strip()] or paras[:1]
    for q in paras:
        if q not in keep[:1]:
            q._p.getparent().remove(q._p)
    return m


def pb(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def footer(sec):
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    rr.append(t)
    fld.append(rr)
    p._p.append(fld)
    h = sec.header.paragraphs[0]
    h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = h.add_run("総務常任委員会資料　令和6年9月　財政部 債権管理課")
    r.font.size = Pt(8)


def diff_txt(d):
    return f"{d:.2f}" if d >= 0 else f"△{-d:.2f}"


def build():
    facts, inits = [], []
    data = [calc(d) for d in DEBTS]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "IPAexGothic"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(18)
    sec.top_margin = Mm(16)
    sec.bottom_margin = Mm(14)
    footer(sec)

    # whole-city figures (all debts), printed only in prose
    city22, city23 = 6_148_215, 5_823_604

    # ------------------------------------------------------------------ page 1
    pg = 1
    para(doc, TITLE, 15, True, "center", after=6)
    para(doc, "1　債権管理の現状", 12, True)
    t23, v23 = oku_man(city23 * 1000)
    t22, v22 = oku_man(city22 * 1000)
    para(doc, f"（1）本市が保有する債権全体の収入未済額は、令和5年度末で約{t23}となり、前年度末の約{t22}から縮減した。"
              "市税及び国民健康保険税の滞納繰越分の収納が進んだことが主な要因である。", indent=2)
    facts.append(fact(pg, None, 2023, "令和5年度", "total", "outstanding", "actual", v23, "yen", "約" + t23, approx=True))
    facts.append(fact(pg, None, 2022, "前年度", "total", "outstanding", "actual", v22, "yen", "約" + t22, approx=True))
    sz = data[0]["y23"]["oo"]
    stxt, sv = oku_man(sz * 1000)
    para(doc, f"（2）主要5債権のうち、市税の収入未済額は約{stxt}（5年度末）で、5債権の収入未済額の4割近くを占めている。",
         indent=2)
    facts.append(fact(pg, "市税", 2023, "5年度末", "total", "outstanding", "actual", sv, "yen", "約" + stxt, approx=True))
    para(doc, "【主要債権の収納状況】", 10.5, True)
    para(doc, "（単位：千円、％）", 8, align="right", after=0)
    head = ["年度", "区分"] + [x["head"] for x in data] + ["計"]
    rows = [head]
    tot = {}
    for key, ylab, fy in (("y22", "4年度実績", 2022), ("y23", "5年度実績", 2023)):
        t = {m: sum(x[key][m] for x in data) for m in ("at", "ct", "wo", "oo")}
        t["rt"] = rate(t["ct"], t["at"])
        tot[key] = t
        for k, (lab, metric) in enumerate((("調定額", "assessed"), ("収入済額", "collected"), ("不納欠損額", "written_off"),
                                           ("収入未済額", "outstanding"), ("収納率", "collection_rate"))):
            mk = {"assessed": "at", "collected": "ct", "written_off": "wo", "outstanding": "oo", "collection_rate": "rt"}[metric]
            row = [ylab if k == 0 else "", lab]
            for x in data + [None]:
                v = (x[key] if x else t)[mk]
                if metric == "collection_rate":
                    s = f"{v:.2f}"
                    facts.append(fact(pg, x["name"] if x else "計", fy, ylab, "total", metric, "actual", v, "percent", s,
                                      debt=None if x is None else "__same__"))
                else:
                    s = comma(v)
                    facts.append(fact(pg, x["name"] if x else "計", fy, ylab, "total", metric, "actual", v * 1000, "yen", s,
                                      debt=None if x is None else "__same__"))
                row.append(s)
            rows.append(row)
    # 差 rows (differences; not facts)
    for lab, mk in (("収入未済額", "oo"), ("収納率", "rt")):
        row = ["差" if mk == "oo" else "", lab]
        for x in data + [None]:
            a, b = (x["y22"][mk], x["y23"][mk]) if x else (tot["y22"][mk], tot["y23"][mk])
            d = b - a
            row.append(diff_txt(d) if mk == "rt" else (comma(d) if d >= 0 else "△" + comma(-d)))
        rows.append(row)
    t = grid(doc, rows, [20, 22] + [34] * 5 + [36])
    for a in (1, 6, 11):
        merge(t, a, 0, a + (4 if a < 11 else 1), 0)
    para(doc, "※収納率は、現年分と滞納繰越分を合わせた収納率である。差は5年度実績から4年度実績を差し引いたもの。", 8)
    pb(doc)

    # ------------------------------------------------------------------ page 2
    pg = 2
    para(doc, "2　現年分・滞納繰越分別の収納率（令和4年度・令和5年度決算）", 12, True)
    para(doc, "（単位：％）", 8, align="right", after=0)
    r1 = ["区分"]
    r2 = [""]
    for x in data[:4]:
        r1 += [x["name"], "", ""]
        r2 += ["4年度実績", "5年度実績", "差"]
    rows = [r1, r2]
    for lab, seg, kr in (("現年分", "current", "rc"), ("滞納繰越分", "arrears", "ra"), ("合計", "total", "rt")):
        row = [lab]
        for x in data[:4]:
            a, b = x["y22"][kr], x["y23"][kr]
            row += [f"{a:.2f}", f"{b:.2f}", diff_txt(b - a)]
            facts.append(fact(pg, x["name"], 2022, "4年度実績", seg, "collection_rate", "actual", a, "percent", f"{a:.2f}"))
            facts.append(fact(pg, x["name"], 2023, "5年度実績", seg, "collection_rate", "actual", b, "percent", f"{b:.2f}"))
        rows.append(row)
    t = grid(doc, rows, [28] + [20, 20, 18] * 4, head=2)
    for k in range(4):
        merge(t, 0, 1 + 3 * k, 0, 3 + 3 * k)
    merge(t, 0, 0, 1, 0)
    para(doc, "")
    # 市営住宅使用料 separately (a header cell carries the debt name)
    x = data[4]
    para(doc, "（参考）市営住宅使用料の収納状況", 10.5, True)
    para(doc, "（単位：千円）", 8, align="right", after=0)
    rows = [["債権名　市営住宅使用料", "", "", ""], ["区分", "4年度実績", "5年度実績", "差"]]
    for lab, seg, ka, kc, kr in (("現年分", "current", "ac", "cc", "rc"), ("滞納繰越分", "arrears", "aa", "ca", "ra")):
        for mlab, mk, metric in (("調定額", ka, "assessed"), ("収入済額", kc, "collected"), ("収納率（％）", kr, "collection_rate")):
            a, b = x["y22"][mk], x["y23"][mk]
            if metric == "collection_rate":
                row = [f"{lab}　{mlab}", f"{a:.2f}", f"{b:.2f}", diff_txt(b - a)]
                facts.append(fact(pg, x["name"], 2022, "4年度実績", seg, metric, "actual", a, "percent", f"{a:.2f}"))
                facts.append(fact(pg, x["name"], 2023, "5年度実績", seg, metric, "actual", b, "percent", f"{b:.2f}"))
            else:
                d = b - a
                row = [f"{lab}　{mlab}", comma(a), comma(b), comma(d) if d >= 0 else "△" + comma(-d)]
                facts.append(fact(pg, x["name"], 2022, "4年度実績", seg, metric, "actual", a * 1000, "yen", comma(a)))
                facts.append(fact(pg, x["name"], 2023, "5年度実績", seg, metric, "actual", b * 1000, "yen", comma(b)))
            rows.append(row)
    t = grid(doc, rows, [60, 36, 36, 30], head=2)
    merge(t, 0, 0, 0, 3)
    pb(doc)

    # ------------------------------------------------------------------ page 3: 取組 + 目標
    pg = 3
    para(doc, "3　5年度の主な取組", 12, True)
    for i, name in enumerate(["市税", "国民健康保険税", "介護保険料"], start=1):
        para(doc, f"（{i}）債権ごとの取組（{name}）", 10.5, True)
        for k, (lab, txt, stt) in enumerate(ACTIONS[name]):
            tag = f"【{stt}】" if stt else ""
            if name == "国民健康保険税" and k == 1:
                para(doc, f"{lab}　{txt}", indent=6, after=0)
                para(doc, tag, indent=10)
            else:
                para(doc, f"{lab}　{txt}{tag}", indent=6)
            inits.append(initiative(pg, name, 2023, f"債権ごとの取組（{name}）", lab, txt, stt))
    # boxed list for 市営住宅使用料 (one-cell table)
    para(doc, "（4）債権ごとの取組（市営住宅使用料）", 10.5, True)
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    c = box.cell(0, 0)
    c.text = ""
    for k, (lab, txt, stt) in enumerate(ACTIONS["市営住宅使用料"]):
        p = c.paragraphs[0] if k == 0 else c.add_paragraph()
        p.add_run(f"{lab}　{txt}" + (f"【{stt}】" if stt else "")).font.size = Pt(9.5)
        inits.append(initiative(pg, "市営住宅使用料", 2023, "債権ごとの取組（市営住宅使用料）", lab, txt, stt))
    para(doc, "")

    # ------------------------------------------------------------------ page 3 (cont.): 目標
    para(doc, "4　令和6年度の目標収納率", 12, True)
    para(doc, "（単位：％）", 8, align="right", after=0)
    rows = [["区分"] + [x["head"] for x in data], ["5年度実績（現年分）"], ["6年度目標（現年分）"],
            ["5年度実績（滞納繰越分）"], ["6年度目標（滞納繰越分）"]]
    for x in data:
        rows[1].append(f"{x['y23']['rc']:.2f}")
        rows[2].append(f"{x['tgt'][0]:.2f}")
        rows[3].append(f"{x['y23']['ra']:.2f}")
        rows[4].append(f"{x['tgt'][1]:.2f}")
        facts.append(fact(pg, x["name"], 2023, "5年度実績", "current", "collection_rate", "actual", x["y23"]["rc"], "percent", f"{x['y23']['rc']:.2f}"))
        facts.append(fact(pg, x["name"], 2024, "6年度目標", "current", "collection_rate", "target", x["tgt"][0], "percent", f"{x['tgt'][0]:.2f}"))
        facts.append(fact(pg, x["name"], 2023, "5年度実績", "arrears", "collection_rate", "actual", x["y23"]["ra"], "percent", f"{x['y23']['ra']:.2f}"))
        facts.append(fact(pg, x["name"], 2024, "6年度目標", "arrears", "collection_rate", "target", x["tgt"][1], "percent", f"{x['tgt'][1]:.2f}"))
    grid(doc, rows, [56] + [38] * 5)
    para(doc, "")
    para(doc, "5　今後の取組の方向性", 12, True)
    for lab, txt in (("・", "債権管理条例に基づく徴収停止・債権放棄の手続を所管課に周知し、回収見込みのない債権を適正に整理する。"),
                     ("・", "収納率が低い私債権について、債権管理課が所管課と合同で回収計画の進捗を確認する。")):
        para(doc, f"{lab}{txt}", indent=4)
        inits.append(initiative(pg, None, 2024, "今後の取組の方向性", lab, txt, None))

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", STEM)
    document = {"kind": "progress_report", "municipality": CITY, "title": TITLE, "date": "2024-09-01",
                "date_raw": "令和6年9月"}
    write_gold(STEM, document, facts, inits)


if __name__ == "__main__":
    build()
