"""安曇野市収納率向上対策計画 (plan) — python-docx → LibreOffice. Figures invented, internally consistent."""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from c_common import OUT, ROOT, Rec, to_pdf, write_gold

STEM = "c_azumino_plan_1"
rec = Rec()
Z = str.maketrans("0123456789", "０１２３４５６７８９")


def zen(s):
    return s.translate(Z)


def yen_k(v):  # 千円 figure printed with commas
    return f"{v:,}"


def font(run, size=10.5, bold=False, gothic=False):
    run.font.size = Pt(size)
    run.bold = bold
    name = "IPAexGothic" if gothic else "IPAexMincho"
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    rf.set(qn("w:eastAsia"), name)


doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)


def para(text="", size=10.5, bold=False, gothic=False, align=None, indent=0, space_after=2):
    p = doc.add_paragraph()
    if text:
        font(p.add_run(text), size, bold, gothic)
    if align:
        p.alignment = align
    p.paragraph_format.left_indent = Mm(indent)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def set_borders(table):
    tbl = table._tbl
    pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}")
        el.set(qn("w:val"), "single"); el.set(qn("w:sz"), "4"); el.set(qn("w:color"), "000000")
        b.append(el)
    pr.append(b)


def table(rows, widths=None, size=9, header_rows=1, align_right_from=1):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    set_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            font(p.add_run(v), size, bold=i < header_rows, gothic=i < header_rows)
            if i >= header_rows and j >= align_right_from:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif i < header_rows:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if widths:
                c.width = Mm(widths[j])
    return t


def merge(t, r0, c0, r1, c1, text=None, size=9, bold=True):
    m = t.cell(r0, c0).merge(t.cell(r1, c1))
    if text is not None:
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        m.paragraphs[0].text = ""
        font(m.paragraphs[0].add_run(text), size, bold, gothic=bold)
        m.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return m


def box(lines, size=9.5):
    t = doc.add_table(rows=1, cols=1)
    set_borders(t)
    c = t.cell(0, 0)
    c.text = ""
    first = True
    for ln in lines:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        font(p.add_run(ln), size)
        p.paragraph_format.space_after = Pt(1)
    return t


# footer with page number
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("－ "); font(r, 9)
fld = OxmlElement("w:fldSimple"); fld.set(qn("w:instr"), "PAGE")
rr = OxmlElement("w:r"); tt = OxmlElement("w:t"); tt.text = "1"; rr.append(tt); fld.append(rr)
fp._p.append(fld)
r = fp.add_run(" －"); font(r, 9)
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
font(hp.add_run("安曇野市収納率向上対策計画（令和７年度～令和９年度）"), 8)

# ---------------- data ----------------
DEBTS = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育料", "市営住宅使用料", "下水道使用料"]
# 収入未済額（千円）R3, R4, R5
OUTS = {
    "市税": (412_806, 389_415, 361_072),
    "国民健康保険税": (318_544, 301_227, 287_930),
    "介護保険料": (24_615, 22_908, 21_344),
    "後期高齢者医療保険料": (5_321, 4_987, 4_702),
    "保育料": (18_207, 16_493, 15_118),
    "市営住宅使用料": (33_982, 32_416, 30_871),
    "下水道使用料": (24_733, 23_381, 21_605),
}
TOT = tuple(sum(OUTS[d][i] for d in DEBTS) for i in range(3))
# 目標収納率 (実績R5: 現年, 合計; 目標 R7, R8, R9)
RATES = {
    "市税": ((99.3, 97.4), (99.4, 97.7), (99.4, 97.9), (99.5, 98.1)),
    "国民健康保険税": ((95.6, 84.8), (95.8, 85.6), (96.0, 86.3), (96.2, 87.0)),
    "介護保険料": ((99.5, 98.6), (99.6, 98.7), (99.6, 98.8), (99.7, 98.9)),
    "後期高齢者医療保険料": ((99.8, 99.4), (99.8, 99.5), (99.9, 99.6), (99.9, 99.6)),
    "保育料": ((98.7, 95.2), (98.8, 95.6), (98.9, 96.0), (99.0, 96.3)),
    "市営住宅使用料": ((98.1, 88.5), (98.3, 88.8), (98.4, 89.1), (98.5, 89.4)),
    "下水道使用料": ((98.9, 96.7), (99.0, 96.9), (99.1, 97.1), (99.2, 97.3)),
}

# ---------------- page 1 ----------------
para("安曇野市収納率向上対策計画", 18, True, True, WD_ALIGN_PARAGRAPH.CENTER, space_after=4)
para("（令和７年度～令和９年度）", 12, False, True, WD_ALIGN_PARAGRAPH.CENTER, space_after=4)
para("令和７年３月", 11, False, False, WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
para("安曇野市財政部収納課", 11, False, False, WD_ALIGN_PARAGRAPH.CENTER, space_after=14)

para("１　計画策定の趣旨", 12, True, True)
t1 = (f"　本市では、コンビニエンスストア収納の導入、催告コールセンターの設置、長野県地方税滞納整理機構への"
      f"事案移管などにより、市税等の収納率向上に取り組んできました。その結果、令和５年度決算における主な"
      f"７債権の収入未済額は約{TOT[2] // 10000 / 10:.1f}億円"
      )
# keep the sentence simple: print 約7億4,264万円
approx_oku = round(TOT[2] / 10)  # 万円
s_amt = f"約{approx_oku // 10000}億{approx_oku % 10000:,}万円"
para(f"　本市では、コンビニエンスストア収納の導入、催告コールセンターの設置、長野県地方税滞納整理機構への"
     f"事案移管などにより、市税等の収納率向上に取り組んできました。その結果、令和５年度決算における主な"
     f"７債権の収入未済額は{s_amt}となり、令和３年度と比べ減少しています。", indent=0)
rec.fact(None, 2023, "令和５年度", "total", "outstanding", "actual", approx_oku * 10000, "yen", s_amt,
         approx=True, debt_raw="主な７債権")
para("　一方で、下水道受益者負担金の一部が時効により徴収できなくなった事案を受け、所管課任せの"
     "債権管理から、収納対策会議を中心とした全庁的な管理への転換が求められています。")
para("　このため、これまでの取組を検証し、負担の公平性と自主財源の確保を図るため、本計画を策定します。")
para("２　計画期間", 12, True, True)
para("　令和７（2025）年度から令和９（2027）年度までの３か年とします。")
para("３　債権の現状", 12, True, True)
para("（１）収入未済額の推移", 10.5, True, True)
para("表１　主な債権の収入未済額の推移　　　　　　　　　　　　　　　　　　　（単位：千円）", 9.5)
rows = [["区分", "令和３年度", "４年度", "５年度", "増減（５年度－４年度）"]]
for d in DEBTS:
    a, b, c = OUTS[d]
    rows.append([d, yen_k(a), yen_k(b), yen_k(c), ("△" if c - b < 0 else "") + yen_k(abs(c - b))])
    for fy, raw, fyr in ((2021, yen_k(a), "令和３年度"), (2022, yen_k(b), "４年度"), (2023, yen_k(c), "５年度")):
        rec.fact(d, fy, fyr, "total", "outstanding", "actual", int(raw.replace(",", "")) * 1000, "yen", raw)
a, b, c = TOT
rows.append(["合計", yen_k(a), yen_k(b), yen_k(c), ("△" if c - b < 0 else "") + yen_k(abs(c - b))])
for fy, raw, fyr in ((2021, yen_k(a), "令和３年度"), (2022, yen_k(b), "４年度"), (2023, yen_k(c), "５年度")):
    rec.fact(None, fy, fyr, "total", "outstanding", "actual", int(raw.replace(",", "")) * 1000, "yen", raw,
             debt_raw="合計")
table(rows, widths=[44, 27, 27, 27, 38])
para("※各年度の出納閉鎖後の決算額。下水道使用料は下水道事業会計の未収金を含む。", 8.5)

page_break()
# ---------------- page 2 ----------------
para("（２）収納率の状況と目標", 10.5, True, True)
para("　令和５年度の実績を踏まえ、計画期間の目標収納率を次のとおり設定します。目標は各年度の決算における"
     "現年分及び合計（現年分と滞納繰越分の合計）の収納率です。")
para("表２　目標収納率", 9.5)
hdr1 = ["区分", "実績", "", "目標", "", "", "", "", ""]
hdr2 = ["", "令和５年度", "", "令和７年度", "", "令和８年度", "", "令和９年度", ""]
hdr3 = ["", "現年", "合計", "現年", "合計", "現年", "合計", "現年", "合計"]
rows = [hdr1, hdr2, hdr3]
yrs = ((2023, "令和５年度", "actual"), (2025, "令和７年度", "target"), (2026, "令和８年度", "target"),
       (2027, "令和９年度", "target"))
for d in DEBTS:
    row = [d]
    for (fy, fyr, basis), (cur, tot) in zip(yrs, RATES[d]):
        row += [f"{cur:.1f}", f"{tot:.1f}"]
        rec.fact(d, fy, fyr, "current", "collection_rate", basis, cur, "percent", f"{cur:.1f}")
        rec.fact(d, fy, fyr, "total", "collection_rate", basis, tot, "percent", f"{tot:.1f}")
    rows.append(row)
t = table(rows, widths=[38, 15, 15, 15, 15, 15, 15, 15, 15], size=8.5, header_rows=3)
merge(t, 0, 0, 2, 0, "区分", 8.5)
merge(t, 0, 1, 0, 2, "実績", 8.5)
merge(t, 0, 3, 0, 8, "目標", 8.5)
merge(t, 1, 1, 1, 2, "令和５年度", 8.5)
merge(t, 1, 3, 1, 4, "令和７年度", 8.5)
merge(t, 1, 5, 1, 6, "令和８年度", 8.5)
merge(t, 1, 7, 1, 8, "令和９年度", 8.5)
para("※単位はすべてパーセントです。", 8.5)
para("※保育料は保育所保育料及び副食費の合計です。", 8.5)

para("４　収納率向上のための取組", 12, True, True)
SEC4 = "収納率向上のための取組"
items4 = [
    ("(1)", "納期内納付の推進", [
        ("①", "口座振替の新規申込みを窓口及びオンラインで受け付け、加入率の向上を図る。", "継続"),
        ("②", "スマートフォン決済アプリによる納付の対象債権を保育料及び市営住宅使用料に広げる。", "拡充"),
    ]),
    ("(2)", "早期の催告と滞納整理", [
        ("①", "催告コールセンターによる電話催告を納期限後３週間以内に行う。", "継続"),
        ("②", "高額・困難事案は長野県地方税滞納整理機構へ移管し、差押え等の処分を進める。", "継続"),
        ("③", "預貯金調査を電子照会に切り替え、財産調査の期間を短縮する。", "新規"),
    ]),
    ("(3)", "私債権の法的措置", [
        ("①", "市営住宅使用料の長期滞納者に対し、連帯保証人への請求と支払督促の申立てを行う。", "継続"),
    ]),
]
for lab, head, subs in items4:
    para(f"{lab}　{head}", 10.5, True, indent=2)
    for sl, txt, st in subs:
        para(f"{sl}　{txt}【{st}】", 10, indent=6)
        rec.init(None, 2025, SEC4, f"{lab}{sl}", txt, st)

page_break()
# ---------------- page 3 ----------------
para("５　主な債権の収納状況（令和５年度決算）", 12, True, True)
para("表３　債権別の収納状況　　　　　　　　　　　　　　　　　　　　　　　　（単位：千円、％）", 9.5)
# one debt per column
COLD = {
    # 調定額, 収入済額, 不納欠損額 (千円) -> 未済 = 調定-済-欠損 ; must equal OUTS R5
    "市税": (14_052_300, 13_684_130),
    "国民健康保険税": (2_041_662, 1_731_386),
    "介護保険料": (1_588_930, 1_566_631),
}
rows = [["区分", "市税", "国民健康保険税", "介護保険料"]]
vals = {}
for d, (ass, col) in COLD.items():
    out = OUTS[d][2]
    wo = ass - col - out
    assert wo > 0, d
    rate = col / ass * 100
    vals[d] = (ass, col, wo, out, rate)
    assert f"{rate:.1f}" == f"{RATES[d][0][1]:.1f}", (d, rate)
labels = [("調定額", "assessed"), ("収入済額", "collected"), ("不納欠損額", "written_off"),
          ("収入未済額", "outstanding"), ("収納率", "collection_rate")]
for i, (lab, met) in enumerate(labels):
    row = [lab]
    for d in COLD:
        v = vals[d][i]
        if met == "collection_rate":
            raw = f"{v:.2f}"
            row.append(raw)
        else:
            raw = yen_k(v)
            row.append(raw)
    rows.append(row)
# record facts in reading order (row by row)
for i, (lab, met) in enumerate(labels):
    for d in COLD:
        v = vals[d][i]
        if met == "collection_rate":
            rec.fact(d, 2023, "令和５年度", "total", met, "actual", round(v, 2), "percent", f"{v:.2f}")
        else:
            rec.fact(d, 2023, "令和５年度", "total", met, "actual", v * 1000, "yen", yen_k(v))
table(rows, widths=[40, 40, 40, 40])
para("※収納率＝収入済額÷調定額（現年分と滞納繰越分の合計）", 8.5)

para("６　債権ごとの取組（国民健康保険税）", 12, True, True)
t = table([["債権名", "国民健康保険税", "所管課", "収納課（賦課は保険年金課）"]], widths=[22, 48, 22, 68],
          header_rows=0, align_right_from=9)
KH = "国民健康保険税"
cur_a, cur_c = 1_702_415, 1_627_509
arr_a, arr_c = 339_247, 103_877
cur_o = cur_a - cur_c - 0
arr_wo = vals[KH][2]
arr_o = arr_a - arr_c - arr_wo
assert cur_a + arr_a == vals[KH][0] and cur_c + arr_c == vals[KH][1] and cur_o + arr_o == OUTS[KH][2], (cur_o + arr_o, OUTS[KH][2])
para("")
para("【参考】令和５年度決算の内訳", 10, True, True)
b1 = []
cr = cur_c / cur_a * 100
ar = arr_c / arr_a * 100
b1 = [
    f"・現年課税分　調定額：{cur_a:,}千円　収入済額：{cur_c:,}千円　収納率：{cr:.2f}％",
    f"・滞納繰越分　調定額：{arr_a:,}千円　収入済額：{arr_c:,}千円　不納欠損額：{arr_wo:,}千円",
    f"・滞納繰越分の収納率：{ar:.2f}％",
    f"・滞納世帯数：1,284世帯（令和５年度末）",
]
box(b1)
rec.fact(KH, 2023, "令和５年度", "current", "assessed", "actual", cur_a * 1000, "yen", f"{cur_a:,}千円")
rec.fact(KH, 2023, "令和５年度", "current", "collected", "actual", cur_c * 1000, "yen", f"{cur_c:,}千円")
rec.fact(KH, 2023, "令和５年度", "current", "collection_rate", "actual", round(cr, 2), "percent", f"{cr:.2f}％")
rec.fact(KH, 2023, "令和５年度", "arrears", "assessed", "actual", arr_a * 1000, "yen", f"{arr_a:,}千円")
rec.fact(KH, 2023, "令和５年度", "arrears", "collected", "actual", arr_c * 1000, "yen", f"{arr_c:,}千円")
rec.fact(KH, 2023, "令和５年度", "arrears", "written_off", "actual", arr_wo * 1000, "yen", f"{arr_wo:,}千円")
rec.fact(KH, 2023, "令和５年度", "arrears", "collection_rate", "actual", round(ar, 2), "percent", f"{ar:.2f}％")
rec.fact(KH, 2023, "令和５年度", "total", "delinquents", "actual", 1284, "households", "1,284世帯")
para("")
para("重点取組", 10, True, True)
KI = [
    ("ア", "資格取得時に口座振替の申込みを勧奨し、現年分の納期内納付率を高める。", "継続"),
    ("イ", "滞納繰越分は分納誓約の履行状況を毎月点検し、不履行者には速やかに財産調査を行う。", "拡充"),
    ("ウ", "短期被保険者証の交付時に納付相談を行い、生活困窮者は関係課の支援につなぐ。", "継続"),
]
box([f"{l}　{t_}【{s}】" for l, t_, s in KI])
for l, t_, s in KI:
    rec.init(KH, 2025, "債権ごとの取組（国民健康保険税）", l, t_, s)

page_break()
# ---------------- page 4 ----------------
para("７　債権ごとの取組（市営住宅使用料）", 12, True, True)
table([["債権名", "市営住宅使用料", "所管課", "建築住宅課"]], widths=[22, 48, 22, 68], header_rows=0,
      align_right_from=9)
para("")
HD = "市営住宅使用料"
h_cur_a, h_cur_c = 262_880, 257_878
h_arr_a, h_arr_c, h_arr_wo = 38_427, 8_808, 3_750
h_out = (h_cur_a - h_cur_c) + (h_arr_a - h_arr_c - h_arr_wo)
assert h_out == OUTS[HD][2], (h_out, OUTS[HD][2])
para(f"　令和５年度の収入未済額は{OUTS[HD][2]:,}千円で、前年度から{OUTS[HD][1] - OUTS[HD][2]:,}千円減少しました。"
     f"現年分の収納率は{h_cur_c / h_cur_a * 100:.1f}％、滞納繰越分は{h_arr_c / h_arr_a * 100:.1f}％です。")
rec.fact(HD, 2023, "令和５年度", "total", "outstanding", "actual", OUTS[HD][2] * 1000, "yen", f"{OUTS[HD][2]:,}千円")
rec.fact(HD, 2023, "令和５年度", "current", "collection_rate", "actual", round(h_cur_c / h_cur_a * 100, 1),
         "percent", f"{h_cur_c / h_cur_a * 100:.1f}％")
rec.fact(HD, 2023, "令和５年度", "arrears", "collection_rate", "actual", round(h_arr_c / h_arr_a * 100, 1),
         "percent", f"{h_arr_c / h_arr_a * 100:.1f}％")
para("表４　市営住宅使用料の収納状況　　　　　　　　　　　　　　　　　　　　　　（単位：千円）", 9.5)
rows = [["年度", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額"],
        ["５年度", "現年分", f"{h_cur_a:,}", f"{h_cur_c:,}", "－", f"{h_cur_a - h_cur_c:,}"],
        ["", "滞納繰越分", f"{h_arr_a:,}", f"{h_arr_c:,}", f"{h_arr_wo:,}", f"{h_arr_a - h_arr_c - h_arr_wo:,}"],
        ["", "計", f"{h_cur_a + h_arr_a:,}", f"{h_cur_c + h_arr_c:,}", f"{h_arr_wo:,}", f"{h_out:,}"]]
t = table(rows, widths=[20, 28, 30, 30, 28, 30], align_right_from=2)
merge(t, 1, 0, 3, 0, "５年度", 9, bold=False)
for seg, ass, col, wo, out in (("current", h_cur_a, h_cur_c, None, h_cur_a - h_cur_c),
                               ("arrears", h_arr_a, h_arr_c, h_arr_wo, h_arr_a - h_arr_c - h_arr_wo),
                               ("total", h_cur_a + h_arr_a, h_cur_c + h_arr_c, h_arr_wo, h_out)):
    for met, v in (("assessed", ass), ("collected", col), ("written_off", wo), ("outstanding", out)):
        if v is None:
            continue
        rec.fact(HD, 2023, "５年度", seg, met, "actual", v * 1000, "yen", f"{v:,}")
para("")
para("重点取組", 10, True, True)
HI = [
    ("・", "入居時に連帯保証人又は緊急連絡先の届出を徹底し、滞納発生時の連絡体制を整える。", "継続"),
    ("・", "３か月以上の滞納者には明渡しを前提とした最終催告を行い、応じない場合は訴えの提起を検討する。", "拡充"),
    ("・", "退去者の未納分は債権管理台帳で管理し、時効の更新措置を確実に行う。", "新規"),
]
for l, t_, s in HI:
    para(f"{l}{t_}【{s}】", 10, indent=4)
    rec.init(HD, 2025, "債権ごとの取組（市営住宅使用料）", l, t_, s)

para("８　計画の進行管理", 12, True, True)
para("　本計画の進捗は、副市長を会長とする安曇野市収納対策会議において年２回（９月及び２月）確認し、"
     "結果を市ホームページで公表します。目標と実績に大きな差が生じた債権は、所管課が改善策を作成し、"
     "同会議に報告します。")

docx_path = OUT / f"{STEM}.docx"
OUT.mkdir(parents=True, exist_ok=True)
doc.save(docx_path)
pdf = to_pdf(docx_path, ROOT / "pdf" / f"{STEM}.pdf", "c_az")
write_gold(pdf, ROOT / "gold" / f"{STEM}.json",
           {"kind": "plan", "municipality": "安曇野市",
            "title": "安曇野市収納率向上対策計画（令和７年度～令和９年度）",
            "date": "2025-03-01", "date_raw": "令和７年３月"}, rec)
# cross-table consistency (市営住宅使用料 current/total vs 表２)
assert f"{h_cur_c / h_cur_a * 100:.1f}" == f"{RATES[HD][0][0]:.1f}"
assert f"{(h_cur_c + h_arr_c) / (h_cur_a + h_arr_a) * 100:.1f}" == f"{RATES[HD][0][1]:.1f}"
assert f"{cur_c / cur_a * 100:.1f}" == f"{RATES[KH][0][0]:.1f}"
