"""みなと川市議会 総務常任委員会記録 (所管事務調査: 債権管理) — python-docx → LibreOffice."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from p_common import Gold, OUT, ROOT, c, rate, to_pdf, zen
from p_docx_util import (new_doc, para, page_break, footer_pageno, header_text, set_cell, shade, cell_borders)
from docx.shared import Mm

STEM = "p_minatogawa_kiroku_1"
MUNI = "みなと川市"
ASOF, ASOF_P = "2025-10-31", "2024-10-31"
FY, FYP = 2025, 2024

# debt: (name, 現年 調定 千円, 現年 収入 千円, prev-year rate, 滞繰 調定, 滞繰 収入, prev rate, R6 収入未済 千円)
DEBTS = [
    ("市税", 18452306, 10943288, 58.8, 1268544, 274005, 22.4, 982140),
    ("国民健康保険税", 3516720, 1695060, 47.9, 1041233, 196793, 18.1, 876512),
    ("保育所保育料", 412650, 377166, 90.8, 38804, 5238, 14.9, 33611),
    ("水道料金", 3120488, 2786911, 89.6, 62311, 21809, 33.7, 41052),
]
TOTAL_OUT_R6 = 2410000000  # 約24億1,000万円 (all debts)

g = Gold(STEM, "minutes", MUNI, "総務常任委員会記録", "2025-12-09", "令和7年12月9日（火）")


def rt(d, seg):
    return rate(d[2], d[1]) if seg == "cur" else rate(d[5], d[4])


ATT = [("委員長", "佐伯　和人"), ("副委員長", "森下　由香"), ("委員", "平田　誠司"), ("委員", "大槻　昌平"),
       ("委員", "村瀬　かおり"), ("委員", "中島　勇"), ("委員", "久保田　登")]
EXPL = [("財政部長", "岸本　克也"), ("財政部債権管理課長", "田島　直樹"), ("市民部保険年金課長", "長尾　恵"),
        ("子ども・若者部長", "吉川　亮"), ("上下水道局業務課長", "今井　聡"), ("財政部債権管理課主幹", "寺田　美穂")]
AGENDA = ["債権管理の取組状況について", "令和7年度第2回債権管理推進会議の結果について"]
MATS = ["資料１　債権管理の取組状況（令和７年１０月末現在）", "資料２　令和７年度第２回みなと川市債権管理推進会議 概要"]


def J(v):  # 全角 rate
    return zen(f"{v:.1f}") + "％"


tax, kok, hoi, sui = DEBTS
stm = []  # (speaker, section, text, facts)
S1, S2 = AGENDA
stm.append(("佐伯委員長", S1, "ただいまから総務常任委員会を開会いたします。本日は、所管事務調査として、債権管理の取組状況についてほか１件を調査いたします。理事者から説明をお願いします。", []))
stm.append(("岸本財政部長", S1, "債権管理の取組状況につきまして、資料１により債権管理課長から説明をさせていただきます。なお、資料２につきましては、去る１１月１４日に開催いたしました推進会議の概要でございます。", []))
t1 = (f"資料１の１ページをご覧ください。市税の令和７年１０月末現在の徴収率は、現年課税分が{J(rt(tax,'cur'))}で、"
      f"前年同月の{J(tax[3])}と比べ０．５ポイント上昇しております。滞納繰越分は{J(rt(tax,'arr'))}で、前年同月の"
      f"{J(tax[6])}を０．８ポイント下回っております。また、令和６年度決算における市税の収入未済額は約９億８，２００万円となり、"
      "前年度から約６，４００万円縮減いたしました。")
stm.append(("田島債権管理課長", S1, t1, [
    ("市税", FY, "令和７年１０月末", "current", "collection_rate", "interim", rt(tax, 'cur'), "percent", J(rt(tax, 'cur')), ASOF, False),
    ("市税", FYP, None, "current", "collection_rate", "interim", tax[3], "percent", J(tax[3]), ASOF_P, False),
    ("市税", FY, "令和７年１０月末", "arrears", "collection_rate", "interim", rt(tax, 'arr'), "percent", J(rt(tax, 'arr')), ASOF, False),
    ("市税", FYP, None, "arrears", "collection_rate", "interim", tax[6], "percent", J(tax[6]), ASOF_P, False),
    ("市税", FYP, "令和６年度", "total", "outstanding", "actual", 982000000, "yen", "約９億８，２００万円", None, True),
]))
t2 = (f"続きまして、国民健康保険税についてご説明いたします。１０月末の現年分の徴収率は{J(rt(kok,'cur'))}で、前年同月比"
      f"０．３ポイントの上昇、滞繰分は{J(rt(kok,'arr'))}で、前年同月比０．８ポイントの上昇となっております。引き続き、"
      "口座振替の原則化とＳＭＳによる早期催告を進めてまいります。")
stm.append(("長尾保険年金課長", S1, t2, [
    ("国民健康保険税", FY, "１０月末", "current", "collection_rate", "interim", rt(kok, 'cur'), "percent", J(rt(kok, 'cur')), ASOF, False),
    ("国民健康保険税", FY, "１０月末", "arrears", "collection_rate", "interim", rt(kok, 'arr'), "percent", J(rt(kok, 'arr')), ASOF, False),
]))
t3 = (f"保育所保育料につきましては、１０月末の現年分の徴収率が{J(rt(hoi,'cur'))}となっております。児童手当からの特別徴収の"
      "申出を入所説明会の場で案内するなど、滞納の未然防止に取り組んでおります。")
stm.append(("吉川子ども・若者部長", S1, t3, [
    ("保育所保育料", FY, "１０月末", "current", "collection_rate", "interim", rt(hoi, 'cur'), "percent", J(rt(hoi, 'cur')), ASOF, False),
]))
stm.append(("佐伯委員長", S1, "説明が終わりました。質疑はありませんか。", []))
stm.append(("平田委員", S1, "市税の滞納繰越分が前年同月を下回っている理由と、年度末に向けた見通しを伺います。", []))
stm.append(("田島債権管理課長", S1, "高額の滞納案件について、一部で分割納付の期間が長期化していることが主な要因でございます。１２月を滞納整理の強化月間と位置付け、財産調査と差押えを集中的に実施し、年度末には前年度並みの徴収率を確保したいと考えております。", []))
stm.append(("村瀬委員", S1, "水道料金の状況についても説明をお願いします。", []))
t4 = (f"水道料金の１０月末の現年分の収納率は{J(rt(sui,'cur'))}で、前年同月の{J(sui[3])}とほぼ同水準でございます。"
      "給水停止予告の発送時期を前倒しし、早期の接触に努めております。")
stm.append(("今井上下水道局業務課長", S1, t4, [
    ("水道料金", FY, "１０月末", "current", "collection_rate", "interim", rt(sui, 'cur'), "percent", J(rt(sui, 'cur')), ASOF, False),
    ("水道料金", FYP, None, "current", "collection_rate", "interim", sui[3], "percent", J(sui[3]), ASOF_P, False),
]))
stm.append(("佐伯委員長", S2, "次に、令和７年度第２回債権管理推進会議の結果について説明を求めます。", []))
t5 = ("資料２をご覧ください。１１月１４日に開催いたしました令和７年度第２回みなと川市債権管理推進会議では、令和６年度末の全債権の"
      "収入未済額が約２４億１，０００万円であることを報告し、私債権の法的措置の進め方及び債権放棄の基準について協議いたしました。"
      "次回、令和７年度第３回会議は２月に開催する予定でございます。")
stm.append(("岸本財政部長", S2, t5, [
    (None, FYP, "令和６年度末", "total", "outstanding", "actual", TOTAL_OUT_R6, "yen", "約２４億１，０００万円", None, True),
]))
stm.append(("大槻委員", S2, "債権放棄の基準を定めるに当たっては、市民への説明責任を果たせるよう、放棄の件数や金額を公表していただくよう要望します。", []))
stm.append(("岸本財政部長", S2, "ご指摘の点を踏まえ、決算の時期に合わせて公表する方向で検討してまいります。", []))
stm.append(("佐伯委員長", S2, "ほかに質疑はありませんか。――ないようですので、以上で本日の総務常任委員会を閉会いたします。", []))


def build():
    d = new_doc(size=10.5, margins=22)
    header_text(d, "総務常任委員会記録（令和７年１２月９日）")
    footer_pageno(d)
    para(d, "総務常任委員会記録", size=16, bold=True, align="center", space_after=8)
    rows = [("１　日　時", "令和7年12月9日（火）　午前10時00分開会　午前11時38分閉会"),
            ("２　場　所", "第２委員会室"),
            ("３　出席委員（７人）", "　".join(f"{r}　{n}" for r, n in ATT[:2]) + "\n" + "　".join(f"{r}　{n}" for r, n in ATT[2:5]) + "\n" + "　".join(f"{r}　{n}" for r, n in ATT[5:])),
            ("４　説明のため出席した者", "\n".join(f"{t}　{n}" for t, n in EXPL)),
            ("５　事務局職員", "議会事務局議事調査課主査　石田　亜紀"),
            ("６　付議事件", "所管事務調査\n（１）" + AGENDA[0] + "\n（２）" + AGENDA[1]),
            ("７　配付資料", "\n".join(MATS) + "\n別表　主な債権の徴収状況（令和７年１０月末現在）")]
    t = d.add_table(rows=0, cols=2)
    for a, b in rows:
        r = t.add_row().cells
        set_cell(r[0], a, size=10.5)
        set_cell(r[1], b, size=10.5)
    t.autofit = False
    t.columns[0].width = Mm(48); t.columns[1].width = Mm(118)
    for r in t.rows:
        r.cells[0].width = Mm(48); r.cells[1].width = Mm(118)
    para(d, "")
    para(d, "８　審査の経過", bold=True)
    for spk, sec, text, facts in stm:
        para(d, f"○{spk}　{text}", size=10.5, space_after=4)
    page_break(d)
    # 別表
    para(d, "別表　主な債権の徴収状況（令和７年１０月末現在）", bold=True, size=11)
    para(d, "（金額の単位：千円、率の単位：％）", size=8.5, align="right")
    t = d.add_table(rows=2, cols=7)
    t.style = "Table Grid"
    h = t.rows[0].cells
    set_cell(h[0].merge(t.rows[1].cells[0]), "債権名", align="center", size=8.5)
    set_cell(h[1].merge(t.rows[1].cells[1]), "区分", align="center", size=8.5)
    m = h[2].merge(h[5])
    set_cell(m, "令和７年１０月末", align="center", size=8.5)
    set_cell(h[6], "令和６年度決算", align="center", size=8.5)
    for k, lab in enumerate(["調定額", "収入済額", "徴収率", "前年同月", "収入未済額"]):
        set_cell(t.rows[1].cells[2 + k], lab, align="center", size=8.5)
    for cl in t.rows[0].cells + t.rows[1].cells:
        shade(cl, "E7E6E6")
    for dd in DEBTS:
        name = dd[0]
        r1 = t.add_row().cells
        r2 = t.add_row().cells
        mc = r1[0].merge(r2[0])
        set_cell(mc, name, size=8.5)
        set_cell(r1[1], "現年分", size=8.5); set_cell(r2[1], "滞繰分", size=8.5)
        for seg, rc, a, col, prv in (("current", r1, dd[1], dd[2], dd[3]), ("arrears", r2, dd[4], dd[5], dd[6])):
            rv = rate(col, a)
            vals = [c(a), c(col), f"{rv:.1f}", f"{prv:.1f}"]
            for k, v in enumerate(vals):
                set_cell(rc[2 + k], v, align="right", size=8.5)
            anc = [name]
            g.f(name, FY, "令和７年１０月末", seg, "assessed", "interim", a * 1000, "yen", c(a), as_of=ASOF, anchor=anc)
            g.f(name, FY, "令和７年１０月末", seg, "collected", "interim", col * 1000, "yen", c(col), as_of=ASOF, anchor=anc)
            g.f(name, FY, "令和７年１０月末", seg, "collection_rate", "interim", rv, "percent", f"{rv:.1f}", as_of=ASOF, anchor=anc)
            g.f(name, FYP, "前年同月", seg, "collection_rate", "interim", prv, "percent", f"{prv:.1f}", as_of=ASOF_P, anchor=anc)
        mo = r1[6].merge(r2[6])
        set_cell(mo, c(dd[7]), align="right", size=8.5)
        g.f(name, FYP, "令和６年度決算", "total", "outstanding", "actual", dd[7] * 1000, "yen", c(dd[7]), anchor=[name])
    para(d, "※徴収率は、収入済額÷調定額により算出し、小数点以下第２位を四捨五入している。", size=8.5)
    para(d, "※水道料金は上下水道局所管。「徴収率」は水道料金については収納率と読み替える。", size=8.5)
    docx = OUT / f"{STEM}.docx"
    OUT.mkdir(parents=True, exist_ok=True)
    d.save(docx)
    pdf = to_pdf(docx, ROOT / "pdf" / f"{STEM}.pdf", "p27a")
    # statements and facts from statements
    st_out = []
    for spk, sec, text, facts in stm:
        st_out.append({"speaker": spk, "section": sec, "text": text, "page": None})
        for (debt, fy, fyr, seg, met, basis, val, unit, raw, asof, approx) in facts:
            g.f(debt, fy, fyr, seg, met, basis, val, unit, raw, as_of=asof, approx=approx,
                debt_raw=(debt if debt else None), anchor=[text[:20]])
    att = [{"role": r, "title": None, "name": n} for r, n in ATT] + \
          [{"role": "説明員", "title": t, "name": n} for t, n in EXPL] + \
          [{"role": "事務局", "title": "議会事務局議事調査課主査", "name": "石田　亜紀"}]
    g.minutes = {"title": "総務常任委員会記録", "meeting_number": None, "date": "2025-12-09", "method": None,
                 "attendees": att, "agenda": AGENDA,
                 "materials": [m.split("　", 1)[1] for m in MATS] + ["主な債権の徴収状況（令和７年１０月末現在）"],
                 "statements": st_out}
    return g.finish(pdf)


if __name__ == "__main__":
    sys.exit(0 if build() else 1)
