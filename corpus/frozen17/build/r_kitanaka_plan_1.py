"""r_kitanaka_plan_1: 債権管理計画 with per-debt sections (５ 債権ごとの取組（X）), python-docx -> LibreOffice.
Invented city 北那珂市; the target table (実績 | 目標, 現年/合計 per year, ※単位はすべてパーセント) is modelled on
廿日市市収納対策3か年計画 (http://www.city.hatsukaichi.hiroshima.jp/soshiki/8/12247.html) and the one-debt-per-row
徴収計画 table read at https://expydoc.com/doc/10930897/ ; per-debt history tables follow the 推進シート family."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from r_common import *
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

STEM = "r_kitanaka_plan_1"
CITY = "北那珂市"
facts, inits = [], []
pending = []  # (row_key, [facts]) whose page is resolved after conversion


def hist(cur0, cur_rate0, cur_rate1, arr0, arr1, arr_rate0, arr_rate1, years, wo_share=0.06, growth=1.008):
    """years: list of (fy, label). Returns rows with 千円 figures; rates as printed (2dp)."""
    n = len(years)
    out = []
    for i, (fy, lab) in enumerate(years):
        t = i / (n - 1)
        ca = int(cur0 * growth ** i) + 137 * i * i + 41
        cr = cur_rate0 + (cur_rate1 - cur_rate0) * t
        cc = int(round(ca * cr / 100))
        aa = int(arr0 + (arr1 - arr0) * t) + 23 * i
        ar = arr_rate0 + (arr_rate1 - arr_rate0) * t
        ac = int(round(aa * ar / 100))
        wo = int(aa * wo_share) + 7 * i
        crate = round(cc / ca * 100 + 1e-9, 2)
        arate = round(ac / aa * 100 + 1e-9, 2)
        outst = ca + aa - cc - ac - wo
        out.append(dict(fy=fy, lab=lab, ca=ca, cc=cc, cr=crate, aa=aa, ac=ac, ar=arate, wo=wo, out=outst,
                        tr=round((cc + ac) / (ca + aa) * 100 + 1e-9, 2)))
    return out


Y10 = [(2012, "平成24年度"), (2013, "25年度"), (2014, "26年度"), (2015, "27年度"), (2016, "28年度"), (2017, "29年度"), (2018, "30年度"),
       (2019, "令和元年度"), (2020, "２年度"), (2021, "３年度"), (2022, "４年度"), (2023, "５年度")]
Y5 = Y10[7:]
H = {
    "市税": hist(28412300, 97.62, 99.08, 1854200, 912400, 21.8, 33.4, Y10),
    "国民健康保険税": hist(5288100, 92.10, 94.35, 1588300, 1204400, 19.5, 25.9, Y5, 0.09, 0.985),
    "市営住宅使用料": hist(612400, 96.80, 97.62, 118200, 96400, 10.2, 14.9, Y5, 0.04, 0.996),
}
R5 = {d: rows[-1] for d, rows in H.items()}
R4 = {d: rows[-2] for d, rows in H.items()}
# target table for all main debts: (R4 cur, R4 tot, R5 cur, R5 tot, R7 c/t, R9 c/t, R11 c/t)
OTHER = {
    "介護保険料": (98.71, 97.05, 98.80, 97.22),
    "後期高齢者医療保険料": (99.52, 99.20, 99.55, 99.26),
    "保育所保育料": (98.64, 93.10, 98.70, 93.84),
    "下水道事業受益者負担金": (97.80, 88.41, 98.02, 89.66),
}
TG = {
    "市税": [(99.10, 97.40), (99.15, 97.70), (99.20, 98.00)],
    "国民健康保険税": [(94.50, 81.00), (94.80, 82.50), (95.00, 84.00)],
    "介護保険料": [(98.85, 97.40), (98.90, 97.60), (99.00, 97.80)],
    "後期高齢者医療保険料": [(99.60, 99.30), (99.65, 99.35), (99.70, 99.40)],
    "保育所保育料": [(98.80, 94.20), (98.90, 94.80), (99.00, 95.30)],
    "市営住宅使用料": [(97.80, 84.80), (98.00, 86.00), (98.20, 87.20)],
    "下水道事業受益者負担金": [(98.10, 90.00), (98.20, 90.60), (98.30, 91.20)],
}
ORDER = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育所保育料", "市営住宅使用料", "下水道事業受益者負担金"]

TORI = {
    "市税": [("(1)", "現年課税分の未納者に対し、納期限後の早い段階で電話・ＳＭＳによる催告を行い、滞納繰越の発生を抑制する。", "継続"),
            ("(2)", "預貯金等の財産調査を電子照会で行い、財産が判明した滞納者には速やかに差押えを執行する。", "拡充"),
            ("(3)", "執行停止の要件を満たす事案は早期に判断し、徴収可能な事案に人員を振り向ける。", "継続"),
            ("(4)", "キャッシュレス納付の対象税目を広げ、期限内納付を促進する。", "新規")],
    "国民健康保険税": [("(1)", "口座振替の原則化を進め、新規加入世帯には加入手続と同時に口座登録を勧める。", "継続"),
                ("(2)", "資格喪失世帯への納付勧奨を喪失月の翌月に行う。", "継続"),
                ("(3)", "納税課と連携し、高額滞納世帯の滞納処分を共同で行う。", "拡充")],
    "市営住宅使用料": [("(1)", "滞納３か月で明渡し請求の予告を行い、分納誓約の締結を求める。", "継続"),
                ("(2)", "退去者の未納分は、債権回収会社への委託を検討する。", "新規")],
}


def setfont(run, name="IPAexMincho", size=10.5, bold=False):
    run.font.name = name; run.font.size = Pt(size); run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for a in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        rf.set(qn(a), name)


def para(doc, text, size=10.5, bold=False, align=None, font="IPAexMincho", space=3, indent=0):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(space); p.paragraph_format.space_before = Pt(0)
    if indent:
        p.paragraph_format.left_indent = Pt(indent)
    if align:
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    setfont(p.add_run(text), font, size, bold)
    return p


def pagebreak(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def ct(cell, text, size=8, align="r", bold=False, font="IPAexGothic"):
    cell.text = ""
    p = cell.paragraphs[0]; p.paragraph_format.space_after = Pt(0)
    p.alignment = {"r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    setfont(p.add_run(text), font, size, bold)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)


def widths(tb, mm):
    tb.autofit = False
    tblPr = tb._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    for k, w in enumerate(mm):
        tb.columns[k].width = Mm(w)
    for row in tb.rows:
        for k, w in enumerate(mm):
            row.cells[k].width = Mm(w)


def add_field(par, instr):
    for kind in ("begin", None, "end"):
        r = par.add_run(); setfont(r, size=9)
        if kind:
            f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), kind); r._element.append(f)
        else:
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r._element.append(it)


doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(18); sec.top_margin = Mm(18); sec.bottom_margin = Mm(16)
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER; add_field(fp, "PAGE")
hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
setfont(hp.add_run("第３期北那珂市債権管理計画"), size=8)

# ---------- page 1
para(doc, "第３期　北那珂市債権管理計画", 18, True, "c", "IPAexGothic", 4)
para(doc, "（令和７年度～令和11年度）", 12, False, "c", space=2)
para(doc, "令和７年３月　北那珂市総務部債権管理課", 10, False, "c", space=14)
para(doc, "１　計画の趣旨", 11.5, True, font="IPAexGothic")
para(doc, "　本市は、平成27年に債権管理条例を施行し、第１期及び第２期の債権管理計画に基づき、市税をはじめとする各債権の徴収率の向上と収入未済額の縮減に取り組んできた。第２期計画の期間中には、電子照会の導入やキャッシュレス納付の拡大により一定の成果を上げたが、国民健康保険税や使用料等では、なお多額の滞納繰越が残っている。本計画は、これまでの取組を検証し、令和７年度から５年間の目標と取組を定めるものである。", indent=0)
para(doc, "２　計画期間", 11.5, True, font="IPAexGothic")
para(doc, "　令和７年度（2025年度）から令和11年度（2029年度）までの５年間とする。")
para(doc, "３　対象債権", 11.5, True, font="IPAexGothic")
para(doc, "　市が保有する債権のうち、収入未済額が生じている全ての債権を対象とし、特に次表の７債権を主要債権として数値目標を設定する。")
para(doc, "４　主要債権の目標徴収率", 11.5, True, font="IPAexGothic")
para(doc, "※単位はすべてパーセントです。「合計」は現年課税分（現年度分）と滞納繰越分の合計の徴収率です。", 8.5, space=2)
tb = doc.add_table(rows=3, cols=11); tb.style = "Table Grid"
r0, r1, r2 = tb.rows
m = r0.cells[0].merge(r2.cells[0]); ct(m, "区　分", align="c")
m = r0.cells[1].merge(r0.cells[4]); ct(m, "実　績", align="c")
m = r0.cells[5].merge(r0.cells[10]); ct(m, "目　標", align="c")
for j, lab in enumerate(["令和４年度", "令和５年度", "令和７年度", "令和９年度", "令和11年度"]):
    m = r1.cells[1 + 2 * j].merge(r1.cells[2 + 2 * j]); ct(m, lab, align="c")
    ct(r2.cells[1 + 2 * j], "現年", align="c"); ct(r2.cells[2 + 2 * j], "合計", align="c")
P1 = 1
for d in ORDER:
    if d in H:
        a4, a5 = R4[d], R5[d]
        act = [(2022, "令和４年度", a4["cr"], a4["tr"]), (2023, "令和５年度", a5["cr"], a5["tr"])]
    else:
        o = OTHER[d]
        act = [(2022, "令和４年度", o[0], o[1]), (2023, "令和５年度", o[2], o[3])]
    cells = tb.add_row().cells
    ct(cells[0], d, align="l")
    k = 1
    for fy, fyr, c, t in act:
        ct(cells[k], f"{c:.2f}"); ct(cells[k + 1], f"{t:.2f}")
        facts.append(F(d, fy, "current", "collection_rate", "actual", c, "percent", f"{c:.2f}", P1, fy_raw=fyr))
        facts.append(F(d, fy, "total", "collection_rate", "actual", t, "percent", f"{t:.2f}", P1, fy_raw=fyr))
        k += 2
    for (fy, fyr), (c, t) in zip([(2025, "令和７年度"), (2027, "令和９年度"), (2029, "令和11年度")], TG[d]):
        ct(cells[k], f"{c:.2f}"); ct(cells[k + 1], f"{t:.2f}")
        facts.append(F(d, fy, "current", "collection_rate", "target", c, "percent", f"{c:.2f}", P1, fy_raw=fyr))
        facts.append(F(d, fy, "total", "collection_rate", "target", t, "percent", f"{t:.2f}", P1, fy_raw=fyr))
        k += 2
widths(tb, [34] + [14.6] * 10)
para(doc, "注　市税の現年は現年課税分。保育所保育料は延長保育料を含む。", 8.5, space=0)
pagebreak(doc)

# ---------- per-debt sections
sec_pages = {}
for n, d in enumerate(["市税", "国民健康保険税", "市営住宅使用料"], 1):
    para(doc, f"５－{zen(n)}　債権ごとの取組（{d}）", 12.5, True, font="IPAexGothic", space=4)
    if d == "市税":
        tbo = doc.add_table(rows=3, cols=4); tbo.style = "Table Grid"
        for (i, j), t in {(0, 0): "債権名", (0, 1): "市税（市民税・固定資産税・軽自動車税等）", (0, 2): "所管課", (0, 3): "納税課・市民税課・資産税課",
                          (1, 0): "債権区分", (1, 1): "強制徴収公債権", (1, 2): "時効", (1, 3): "５年（地方税法第18条）",
                          (2, 0): "徴収体制", (2, 1): "納税課（管理係・整理第一係・整理第二係）　職員22名、会計年度任用職員６名", (2, 2): "", (2, 3): ""}.items():
            ct(tbo.rows[i].cells[j], t, align="l", size=9, font="IPAexMincho")
        mm_ = tbo.rows[2].cells[1].merge(tbo.rows[2].cells[3]); ct(mm_, "納税課（管理係・整理第一係・整理第二係）　職員22名、会計年度任用職員６名", align="l", size=9, font="IPAexMincho")
        widths(tbo, [24, 66, 20, 64])
        para(doc, "", space=2)
    para(doc, "（１）収納状況の推移", 11, True, font="IPAexGothic")
    if d == "市税":
        para(doc, "　市税の徴収率は、平成24年度以降一貫して上昇しており、滞納繰越分の圧縮が進んでいる。平成30年度からは滞納整理の専任班を置き、高額・困難事案の早期処理に取り組んだことで、滞納繰越分の調定額は12年間でおよそ半分となった。一方で、現年課税分の未納はなお毎年一定数発生しており、特に個人市民税の普通徴収分における早期の接触が課題である。また、新型コロナウイルス感染症に係る徴収猶予の特例を受けた事案は令和３年度までに大半が納付に至ったが、一部は分納が継続している。", indent=0)
        para(doc, "　滞納の要因としては、景気の変動や物価上昇に伴う生活困窮のほか、納期限を失念したことによる未納、転出・死亡等による納税者の所在不明などが挙げられる。特に普通徴収の個人市民税は、給与からの特別徴収に比べて未納が生じやすく、退職後に納付書で納める方の初期滞納が目立つ。固定資産税では、相続登記がされないまま納税義務者が不明となる事案が増えており、相続人調査に多くの時間を要している。", indent=0)
        para(doc, "　第２期計画期間中は、電話催告の外部委託、預貯金照会の電子化、滞納整理システムの更新を行った。これらにより、財産調査に要する期間は平均で２週間程度短縮され、差押件数は令和元年度から令和５年度までに約1.3倍となった。一方、執行停止の判断が遅れ、時効により消滅した債権も一部に見られたことから、整理の基準を明確にする必要がある。", indent=0)
        para(doc, "　また、令和４年度からは、市税と国民健康保険税の滞納を併せて抱える世帯について、納税課と保険年金課が情報を共有し、一方の課が一括して納付折衝を行う取組を試行している。試行対象とした世帯では、分納誓約の履行率が従来より高く、双方の滞納額の縮減につながっていることから、本計画期間中に対象を広げる。さらに、法人市民税の滞納については、事業の実態を早期に把握するため、申告の状況と納付の状況を突合し、未申告・未納の法人に対する調査を定期的に行う。なお、軽自動車税（種別割）については、車検時の納税証明の電子化により未納が減少しているが、原動機付自転車等の未納は依然として多く、廃車手続の案内と併せた催告を行う。", indent=0)
        para(doc, "　第２期計画の最終年度である令和５年度の目標と実績は次のとおりであり、現年課税分は目標を下回ったものの、滞納繰越分は目標を上回った。", indent=0)
        tbv = doc.add_table(rows=1, cols=4); tbv.style = "Table Grid"
        for j, lab in enumerate(["区　分", "令和５年度目標", "令和５年度実績", "達成状況"]):
            ct(tbv.rows[0].cells[j], lab, align="c", size=9)
        a5 = H["市税"][-1]
        for lab, seg, tv, av in (("現年課税分徴収率", "current", 99.15, a5["cr"]), ("滞納繰越分徴収率", "arrears", 32.00, a5["ar"])):
            cells = tbv.add_row().cells
            ct(cells[0], lab, align="l", size=9); ct(cells[1], f"{tv:.2f}％", size=9); ct(cells[2], f"{av:.2f}％", size=9)
            ct(cells[3], "○" if av >= tv else "×", align="c", size=9)
            facts.append(F("市税", 2023, seg, "collection_rate", "target", tv, "percent", f"{tv:.2f}％", 2, fy_raw="令和５年度目標"))
            facts.append(F("市税", 2023, seg, "collection_rate", "actual", av, "percent", f"{av:.2f}％", 2, fy_raw="令和５年度実績"))
        widths(tbv, [60, 38, 38, 30])
        para(doc, "", space=0)
        para(doc, "　今後は、現年課税分の期限内納付の促進と、滞納初期段階での接触を強化するとともに、執行停止等の整理を適正に行い、徴収可能な事案に資源を集中させる。", indent=0)
    para(doc, "（単位：千円、％）", 8.5, align="r", space=1)
    rows = H[d]
    tb = doc.add_table(rows=3, cols=9); tb.style = "Table Grid"
    h0, h1, h2 = tb.rows
    for hr in (h0, h1, h2):
        repeat_header(hr)
    m = h0.cells[0].merge(h2.cells[0]); ct(m, "年度", align="c")
    m = h0.cells[1].merge(h0.cells[3]); ct(m, "現年課税分" if d != "市営住宅使用料" else "現年度分", align="c")
    m = h0.cells[4].merge(h0.cells[6]); ct(m, "滞納繰越分", align="c")
    m = h0.cells[7].merge(h1.cells[7]); ct(m, "不納欠損額", align="c")
    m = h0.cells[8].merge(h1.cells[8]); ct(m, "収入未済額", align="c")
    for j, lab in enumerate(["調定額", "収入済額", "徴収率", "調定額", "収入済額", "徴収率"]):
        ct(h1.cells[1 + j], lab, align="c")
    for j, lab in enumerate(["(千円)", "(千円)", "(％)", "(千円)", "(千円)", "(％)", "(千円)", "(千円)"]):
        ct(h2.cells[1 + j], lab, align="c")
    for r in rows:
        row_ = tb.add_row()
        trPr = row_._tr.get_or_add_trPr(); hgt = OxmlElement("w:trHeight"); hgt.set(qn("w:val"), "480" if d == "市税" else "300"); trPr.append(hgt)
        cells = row_.cells
        vals = [f"{r['ca']:,}", f"{r['cc']:,}", f"{r['cr']:.2f}", f"{r['aa']:,}", f"{r['ac']:,}", f"{r['ar']:.2f}", f"{r['wo']:,}", f"{r['out']:,}"]
        for c_ in cells:
            tcPr = c_._tc.get_or_add_tcPr(); va = OxmlElement("w:vAlign"); va.set(qn("w:val"), "center"); tcPr.append(va)
        ct(cells[0], r["lab"], align="c")
        for j, s in enumerate(vals):
            ct(cells[1 + j], s)
        fl = [F(d, r["fy"], "current", "assessed", "actual", r["ca"] * 1000, "yen", vals[0], 0, fy_raw=r["lab"]),
              F(d, r["fy"], "current", "collected", "actual", r["cc"] * 1000, "yen", vals[1], 0, fy_raw=r["lab"]),
              F(d, r["fy"], "current", "collection_rate", "actual", r["cr"], "percent", vals[2], 0, fy_raw=r["lab"]),
              F(d, r["fy"], "arrears", "assessed", "actual", r["aa"] * 1000, "yen", vals[3], 0, fy_raw=r["lab"]),
              F(d, r["fy"], "arrears", "collected", "actual", r["ac"] * 1000, "yen", vals[4], 0, fy_raw=r["lab"]),
              F(d, r["fy"], "arrears", "collection_rate", "actual", r["ar"], "percent", vals[5], 0, fy_raw=r["lab"]),
              F(d, r["fy"], "total", "written_off", "actual", r["wo"] * 1000, "yen", vals[6], 0, fy_raw=r["lab"]),
              F(d, r["fy"], "total", "outstanding", "actual", r["out"] * 1000, "yen", vals[7], 0, fy_raw=r["lab"])]
        facts.extend(fl)
        pending.append((r["lab"] + vals[0] + vals[1], fl))
    widths(tb, [20, 22, 22, 14, 20, 18, 14, 19, 20])
    a5 = R5[d]
    tgt_c, tgt_a, tgt_out = {"市税": (99.25, 36.00, 640000), "国民健康保険税": (95.00, 30.00, 1350000),
                             "市営住宅使用料": (98.20, 18.00, 78000)}[d]
    para(doc, "", space=0)
    para(doc, "（２）目標", 11, True, font="IPAexGothic")
    tb2 = doc.add_table(rows=1, cols=3); tb2.style = "Table Grid"
    for j, lab in enumerate(["区　分", "令和５年度実績", "令和11年度目標"]):
        ct(tb2.rows[0].cells[j], lab, align="c", size=9)
    seg_word = "現年課税分" if d != "市営住宅使用料" else "現年度分"
    t2rows = [(f"徴収率（{seg_word}）", f"{a5['cr']:.2f}％", f"{tgt_c:.2f}％", "current", "collection_rate", a5["cr"], tgt_c, "percent"),
              ("徴収率（滞納繰越分）", f"{a5['ar']:.2f}％", f"{tgt_a:.2f}％", "arrears", "collection_rate", a5["ar"], tgt_a, "percent"),
              ("収入未済額", f"{a5['out']:,}千円", f"{tgt_out:,}千円", "total", "outstanding", a5["out"] * 1000, tgt_out * 1000, "yen")]
    t2facts = []
    for lab, s1, s2, seg, met, v1, v2, unit in t2rows:
        cells = tb2.add_row().cells
        ct(cells[0], lab, align="l", size=9); ct(cells[1], s1, size=9); ct(cells[2], s2, size=9)
        rf = [F(d, 2023, seg, met, "actual", v1, unit, s1, 0, fy_raw="令和５年度実績"),
              F(d, 2029, seg, met, "target", v2, unit, s2, 0, fy_raw="令和11年度目標")]
        t2facts.extend(rf)
        pending.append((lab + s1 + s2, rf, d))
    widths(tb2, [60, 45, 45])
    facts.extend(t2facts)
    para(doc, "", space=0)
    para(doc, "（３）目標達成のための方策", 11, True, font="IPAexGothic")
    ifs = []
    for lab, txt, st in TORI[d]:
        para(doc, f"{lab}　{txt}【{st}】", 10, indent=8)
        ifs.append(I(d, 2025, "目標達成のための方策", lab, txt, st, 0))
    inits.extend(ifs)
    for it in ifs:
        pending.append((it["text"], [it], d))
    if n < 3:
        pagebreak(doc)

docx_path = OUT / f"{STEM}.docx"
doc.save(docx_path)
pdf = soffice(docx_path)
final = PDF / f"{STEM}.pdf"
final.write_bytes(pdf.read_bytes())
texts = page_texts(final)
# resolve pages: row keys are unique strings; section items are looked up within the debt's section pages
sec_start = {}
for d in ["市税", "国民健康保険税", "市営住宅使用料"]:
    sec_start[d] = find_page(texts, f"債権ごとの取組（{d}）")[0]
order = ["市税", "国民健康保険税", "市営住宅使用料"]
for item in pending:
    if len(item) == 2:
        key, fl = item
        hits = find_page(texts, key)
        assert len(hits) == 1, (key, hits)
        for f in fl:
            f["page"] = hits[0]
    else:
        key, fl, d = item
        i = order.index(d)
        lo = sec_start[d]; hi = sec_start[order[i + 1]] - 1 if i + 1 < len(order) else len(texts)
        hits = [p for p in find_page(texts, key) if lo <= p <= hi]
        assert len(hits) == 1, (key, d, hits)
        for f in fl:
            f["page"] = hits[0]
document = {"kind": "plan", "municipality": CITY, "title": "第３期　北那珂市債権管理計画", "date": "2025-03-01",
            "date_raw": "令和７年３月"}
write_gold(STEM, final, document, facts, inits, None)
g, bad = check(STEM)
print(STEM, g["source"]["pages"], "pages", len(facts), "facts", len(inits), "inits", "BAD:", bad, sec_start)
