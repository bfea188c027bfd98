"""sc_oyabe_minutes_1: 議事要旨 (書面開催) of a city's 債権管理対策会議; python-docx -> LibreOffice."""
import subprocess, shutil, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from sc_common import Gold, zen, comma, rate, pct
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

STEM = "sc_oyabe_minutes_1"
CITY = "小矢部市"
g = Gold()
doc = Document()
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22); sec.top_margin = Mm(20); sec.bottom_margin = Mm(18)


def para(text="", bold=False, size=None, align=None, indent=0):
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.left_indent = Mm(indent)
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def pagebreak():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def header_footer(s):
    h = s.header.paragraphs[0]; h.text = "令和７年度第２回小矢部市債権管理対策会議"; h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    h.runs[0].font.size = Pt(8)
    fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("- "); add_field(fp.add_run(), "PAGE"); fp.add_run(" -")


header_footer(sec)


def shade(cell, color="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:fill"), color); tcPr.append(sh)


def table(rows, widths, size=8, header_rows=1, align_right_from=1, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    t.autofit = False
    for j, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j] * 56.7)))
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.width = Mm(widths[j])
            p = c.paragraphs[0]; p.paragraph_format.space_after = Pt(0)
            r = p.add_run(str(val)); r.font.size = Pt(size)
            if i < header_rows:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER; shade(c)
            elif j >= align_right_from:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return t

# ------------------------------------------------------------------ data (千円)
FY = 2024
D = [  # debt, short, cur_a, cur_c, arr_a, arr_c, arr_wo
    ("市税", "市税", 4312456, 4285903, 168342, 41275, 9856),
    ("国民健康保険税", "国保税", 612380, 578214, 148915, 30122, 6431),
    ("介護保険料", "介護料", 498120, 494037, 12804, 2911, 1105),
    ("後期高齢者医療保険料", "後期高齢", 287450, 286702, 2315, 903, 120),
    ("保育料", "保育料", 98214, 97016, 6842, 1533, 410),
    ("市営住宅使用料", "住宅使用料", 61388, 59874, 9713, 1488, 0),
]
rows_calc = []
for name, short, ca, cc, aa, ac, wo in D:
    ta, tc = ca + aa, cc + ac
    out = ta - tc - wo
    rows_calc.append(dict(name=name, short=short, ca=ca, cc=cc, aa=aa, ac=ac, wo=wo, ta=ta, tc=tc, out=out,
                          cr=rate(cc, ca), ar=rate(ac, aa), tr=rate(tc, ta)))
S = {k: sum(r[k] for r in rows_calc) for k in ("ca", "cc", "aa", "ac", "wo", "ta", "tc", "out")}
S.update(cr=rate(S["cc"], S["ca"]), ar=rate(S["ac"], S["aa"]), tr=rate(S["tc"], S["ta"]))
tax = rows_calc[0]; kok = rows_calc[1]; jut = rows_calc[5]
PREV_OUT_ALL = S["out"] + 12043  # 令和5年度末 (千円)
TAX_PREV_TR = round(tax["tr"] - 0.21, 2)

# ------------------------------------------------------------------ page 1
para("令和７年度第２回小矢部市債権管理対策会議　議事要旨", bold=True, size=14, align="c")
para("")
para("１　開催方法", bold=True)
para("令和７年度第２回小矢部市債権管理対策会議は、書面開催とし、令和８年１月２０日付けで各委員に会議資料を送付し、"
     "意見及び質問を令和８年１月３０日までに事務局へ提出する方法により実施した。", indent=4)
para("２　出席者（会長・委員８名・事務局３名）", bold=True)
para("会　長：副市長", indent=4)
para("委　員：総務部長・民生部長・子ども・若者部長・産業建設部長・上下水道部長・教育次長・会計管理者・市民課長", indent=4)
para("事務局：総務部次長・税務課長・税務課収納対策係長", indent=4)
attendees = [{"role": "会長", "title": "副市長", "name": None}] + [
    {"role": "委員", "title": t, "name": None} for t in
    ["総務部長", "民生部長", "子ども・若者部長", "産業建設部長", "上下水道部長", "教育次長", "会計管理者", "市民課長"]] + [
    {"role": "事務局", "title": t, "name": None} for t in ["総務部次長", "税務課長", "税務課収納対策係長"]]
para("３　議　題", bold=True)
agenda = ["令和６年度決算における債権の状況について", "令和７年度債権管理の取組状況（１２月末現在）について",
          "小矢部市債権管理条例に基づく債権の放棄について"]
for k, a in enumerate(agenda, 1):
    para(f"（{zen(k)}）{a}", indent=4)
para("４　資　料", bold=True)
para("令和７年度第２回小矢部市債権管理対策会議資料（別表１～３）", indent=4)
para("５　意見及び質問", bold=True)
statements = []


def say(page, speaker, section, text):
    para(f"○{speaker}", indent=4)
    para(text, indent=8)
    statements.append({"speaker": speaker, "section": section, "text": text, "page": page})


sec1 = agenda[0]
para(f"（１）{sec1}", indent=4)
r_tcr, r_tar, r_ttr = pct(tax["cr"]), pct(tax["ar"]), pct(tax["tr"])
raw_out_all = "約２億" + zen(f"{(S['out'] // 10) % 10000:,}").replace(",", "，") + "万円"
# approximate prose amount: round to 10万円 -> print as 億/万
out_all_yen_approx = round(S["out"] * 1000, -5)
oku, man = divmod(out_all_yen_approx // 10000, 10000)
raw_out_all = "約" + zen(str(oku)) + "億" + zen(f"{man:,}").replace(",", "，") + "万円"
diff_approx = round(12043 * 1000, -6)
raw_diff = "約" + zen(f"{diff_approx // 10000:,}").replace(",", "，") + "万円"
t1 = (f"令和６年度決算において、市税の収納率は現年度分が{zen(r_tcr)}％、滞納繰越分が{zen(r_tar)}％、"
      f"合計では{zen(r_ttr)}％となり、前年度比{zen('0.21')}ポイントの上昇となった。全会計の収入未済額は{raw_out_all}で、"
      f"前年度から{raw_diff}減少している。")
g.f(1, "市税", "市税", FY, "令和６年度", "current", "collection_rate", "actual", tax["cr"], "percent", zen(r_tcr) + "％")
g.f(1, "市税", "市税", FY, "令和６年度", "arrears", "collection_rate", "actual", tax["ar"], "percent", zen(r_tar) + "％")
g.f(1, "市税", "市税", FY, "令和６年度", "total", "collection_rate", "actual", tax["tr"], "percent", zen(r_ttr) + "％")
g.f(1, "市税", "市税", FY, "令和６年度", "total", "difference", "actual", 0.21, "points", zen("0.21") + "ポイント")
g.f(1, None, "全会計", FY, "令和６年度", "total", "outstanding", "actual", out_all_yen_approx, "yen", raw_out_all, approx=True)
g.f(1, None, "全会計", FY, "令和６年度", "total", "difference", "actual", -diff_approx, "yen", raw_diff, approx=True)
say(1, "税務課長", sec1, t1)
t2 = (f"国民健康保険税は、現年度分の収納率が{zen(pct(kok['cr']))}％にとどまり、滞納繰越分の収入未済額は"
      f"{zen(comma(kok['aa'] - kok['ac'] - kok['wo'])).replace(',', '，')}千円と、市税に次いで大きい。"
      "口座振替の勧奨と納付相談の早期実施により、現年度分の滞納発生を抑えたい。")
g.f(1, "国民健康保険税", "国民健康保険税", FY, "令和６年度", "current", "collection_rate", "actual", kok["cr"], "percent", zen(pct(kok["cr"])) + "％")
g.f(1, "国民健康保険税", "国民健康保険税", FY, "令和６年度", "arrears", "outstanding", "actual",
    (kok["aa"] - kok["ac"] - kok["wo"]) * 1000, "yen", zen(comma(kok["aa"] - kok["ac"] - kok["wo"])).replace(",", "，") + "千円")
say(1, "民生部長", sec1, t2)
pagebreak()
# ------------------------------------------------------------------ page 2
jut_arr_out = jut["aa"] - jut["ac"] - jut["wo"]
t3 = (f"令和６年度決算で市営住宅使用料の滞納繰越分の収納率は{pct(jut['ar'], 2)}％と低い。"
      "退去者分の回収はどのように進めているのか。")
g.f(2, "市営住宅使用料", "市営住宅使用料", FY, "令和６年度", "arrears", "collection_rate", "actual", jut["ar"], "percent", pct(jut["ar"]) + "％")
say(2, "産業建設部長", sec1, t3)
t4 = (f"退去者分の滞納繰越額は{comma(jut_arr_out)}千円で、連帯保証人への請求と支払督促の申立てを順次行っている。"
      "令和７年度は少額訴訟の活用を検討しており、回収見込みのないものは条例に基づく放棄を含めて整理する。")
g.f(2, "市営住宅使用料", "市営住宅使用料", FY, "令和６年度", "arrears", "outstanding", "actual", jut_arr_out * 1000, "yen", comma(jut_arr_out) + "千円")
say(2, "税務課長", sec1, t4)
sec2 = agenda[1]
para(f"（２）{sec2}", indent=4)
# 12月末 interim figures (現年度分), FY2025 vs FY2024
INT = [  # short, debt, prev_rate, now_rate, prev_out(千円), now_out
    ("市税", "市税", 80.42, 80.91, 812345, 786120),
    ("国保税", "国民健康保険税", 68.15, 67.82, 189240, 193515),
    ("介護料", "介護保険料", 82.36, 82.55, 85710, 84102),
    ("後期高齢", "後期高齢者医療保険料", 84.02, 84.31, 44280, 43016),
    ("保育料", "保育料", 76.88, 78.04, 22415, 20963),
    ("住宅使用料", "市営住宅使用料", 74.10, 73.25, 15302, 15877),
]
hoiku = INT[4]
t5 = (f"保育料の現年度分は、１２月末の収納率が{hoiku[3]:.2f}％で、前年同期を{hoiku[3] - hoiku[2]:.2f}ポイント上回った。"
      "児童手当からの申出徴収を勧めた効果が出ている。")
g.f(2, "保育料", "保育料", 2025, "令和７年度", "current", "collection_rate", "interim", hoiku[3], "percent", f"{hoiku[3]:.2f}％", as_of="2025-12-31")
g.f(2, "保育料", "保育料", 2025, "令和７年度", "current", "difference", "interim", round(hoiku[3] - hoiku[2], 2), "points",
    f"{hoiku[3] - hoiku[2]:.2f}ポイント", as_of="2025-12-31")
say(2, "子ども・若者部長", sec2, t5)
t6 = ("国保税は前年同期を下回っている。２月の催告強化期間に向けて、各課の応援体制を検討されたい。")
say(2, "副市長", sec2, t6)
sec3 = agenda[2]
para(f"（３）{sec3}", indent=4)
t7 = ("別表３の放棄案について、時効完成分と生活困窮による執行停止分を区分して台帳に記録すること。"
      "放棄後も議会への報告を確実に行う。")
say(2, "会計管理者", sec3, t7)
t8 = ("区分して記録し、３月議会に報告する。各委員からの意見は資料の修正に反映し、異論はなかったため原案のとおり決定とする。")
say(2, "税務課長", sec3, t8)
para("６　その他", bold=True)
para("次回会議は令和８年５月に開催し、令和７年度決算見込みを報告する予定である。", indent=4)
para("以上", align="r")

# ------------------------------------------------------------------ page 3 (landscape)
ns = doc.add_section()
ns.orientation = WD_ORIENT.LANDSCAPE
ns.page_width, ns.page_height = Mm(297), Mm(210)
ns.left_margin = ns.right_margin = Mm(18); ns.top_margin = Mm(18); ns.bottom_margin = Mm(15)
para("別表１　令和６年度　債権別収納状況（決算）", bold=True, size=11)
para("（単位：千円、％）", align="r", size=8)
hdr1 = ["債権名", "現年度分", "", "", "滞納繰越分", "", "", "計", "", "", "", ""]
hdr2 = ["", "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率", "不納欠損額", "収入未済額"]
body = []
P = 3
for r in rows_calc + [dict(S, name="合計", short="合計")]:
    debt = None if r["name"] == "合計" else r["name"]
    dr = r["name"]
    fyr = "令和６年度"
    cells = [dr]
    for seg, a, c, rt in (("current", "ca", "cc", "cr"), ("arrears", "aa", "ac", "ar"), ("total", "ta", "tc", "tr")):
        cells += [g.f(P, debt, dr, FY, fyr, seg, "assessed", "actual", r[a] * 1000, "yen", comma(r[a])),
                  g.f(P, debt, dr, FY, fyr, seg, "collected", "actual", r[c] * 1000, "yen", comma(r[c])),
                  g.f(P, debt, dr, FY, fyr, seg, "collection_rate", "actual", r[rt], "percent", pct(r[rt]))]
    cells.append(g.f(P, debt, dr, FY, fyr, "total", "written_off", "actual", r["wo"] * 1000, "yen", comma(r["wo"]) if r["wo"] else "－") if r["wo"] else "－")
    if not r["wo"]:
        g.facts.pop()  # "－" is not a number
    cells.append(g.f(P, debt, dr, FY, fyr, "total", "outstanding", "actual", r["out"] * 1000, "yen", comma(r["out"])))
    body.append(cells)
t = table([hdr1, hdr2] + body, [37] + [20.5] * 11, size=8.5, header_rows=2)
for a, b in ((1, 3), (4, 6), (7, 11)):
    t.cell(0, a).merge(t.cell(0, b))
t.cell(0, 0).merge(t.cell(1, 0))
for (a, b) in ((1, 3), (4, 6), (7, 11)):
    c = t.cell(0, a); c.paragraphs[0].text = ""; 
# rewrite merged header texts
t.cell(0, 1).paragraphs[0].runs and None
for c, txt in ((t.cell(0, 0), "債権名"), (t.cell(0, 1), "現年度分"), (t.cell(0, 4), "滞納繰越分"), (t.cell(0, 7), "計")):
    for p in c.paragraphs[1:]:
        p._element.getparent().remove(p._element)
    p = c.paragraphs[0]
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    rr = p.add_run(txt); rr.font.size = Pt(8); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
kotei = 62418
para("※１　市税の滞納繰越分の収入未済額のうち固定資産税分　" + comma(kotei) + "千円", size=8)
g.f(P, "固定資産税", "固定資産税", FY, "令和６年度", "arrears", "outstanding", "actual", kotei * 1000, "yen", comma(kotei) + "千円")
para("※２　不納欠損額は、すべて滞納繰越分に係るものである。", size=8)
para("※３　収納率は小数点第３位を四捨五入している。", size=8)

# ------------------------------------------------------------------ page 4 (portrait)
ns2 = doc.add_section()
ns2.orientation = WD_ORIENT.PORTRAIT
ns2.page_width, ns2.page_height = Mm(210), Mm(297)
ns2.left_margin = ns2.right_margin = Mm(22); ns2.top_margin = Mm(20); ns2.bottom_margin = Mm(18)
P = 4
para("別表２　令和７年度　主な債権の収納状況（現年度分・１２月末現在）", bold=True, size=11)
para("（収納率：％、収入未済額：千円）", align="r", size=8)
h1 = ["債権", "収納率", "", "", "収入未済額", "", ""]
h2 = ["", "前年同期", "今期", "差", "前年同期", "今期", "差"]
body = []
for short, debt, pr, nr, po, no in INT:
    d = round(nr - pr, 2); dd = no - po
    def sgn(v, nd=None):
        s = f"{abs(v):.2f}" if nd else f"{abs(v):,}"
        return ("▲" + s) if v < 0 else s
    body.append([short,
                 g.f(P, debt, short, 2024, "前年同期", "current", "collection_rate", "interim", pr, "percent", f"{pr:.2f}", as_of="2024-12-31"),
                 g.f(P, debt, short, 2025, "今期", "current", "collection_rate", "interim", nr, "percent", f"{nr:.2f}", as_of="2025-12-31"),
                 g.f(P, debt, short, 2025, "今期", "current", "difference", "interim", d, "points", sgn(d, 2), as_of="2025-12-31"),
                 g.f(P, debt, short, 2024, "前年同期", "current", "outstanding", "interim", po * 1000, "yen", f"{po:,}", as_of="2024-12-31"),
                 g.f(P, debt, short, 2025, "今期", "current", "outstanding", "interim", no * 1000, "yen", f"{no:,}", as_of="2025-12-31"),
                 g.f(P, debt, short, 2025, "今期", "current", "difference", "interim", dd * 1000, "yen", sgn(dd), as_of="2025-12-31")])
t = table([h1, h2] + body, [30, 19, 19, 17, 22, 22, 19], size=8.5, header_rows=2)
t.cell(0, 1).merge(t.cell(0, 3)); t.cell(0, 4).merge(t.cell(0, 6)); t.cell(0, 0).merge(t.cell(1, 0))
for c, txt in ((t.cell(0, 0), "債権"), (t.cell(0, 1), "収納率"), (t.cell(0, 4), "収入未済額")):
    for p in c.paragraphs[1:]:
        p._element.getparent().remove(p._element)
    p = c.paragraphs[0]
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    rr = p.add_run(txt); rr.font.size = Pt(8.5); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
para("（注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料。"
     "前年同期は令和６年１２月末、今期は令和７年１２月末。▲は減少を示す。", size=8)
para("")
para("別表３　債権放棄案の概要及び滞納者の状況（令和７年１２月末）", bold=True, size=11)
# tab-aligned block without rules
TAB = [("債権", "滞納者数（人）", "差押件数（件）"),
       ("市税", 1284, 212), ("国民健康保険税", 736, 58), ("市営住宅使用料", 41, 0)]
for k, row in enumerate(TAB):
    p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(0)
    pf = p.paragraph_format
    pf.tab_stops.add_tab_stop(Mm(75), alignment=2); pf.tab_stops.add_tab_stop(Mm(115), alignment=2)
    if k == 0:
        txt = f"{row[0]}\t{row[1]}\t{row[2]}"
    else:
        n1 = f"{row[1]:,}"; n2 = f"{row[2]:,}" if row[2] else "－"
        g.f(P, row[0], row[0], 2025, "令和７年１２月末", "total", "delinquents", "interim", row[1], "persons", n1, as_of="2025-12-31")
        if row[2]:
            g.f(P, row[0], row[0], 2025, "令和７年１２月末", "total", "seizures", "interim", row[2], "cases", n2, as_of="2025-12-31")
        txt = f"{row[0]}\t{n1}\t{n2}"
    r = p.add_run(txt); r.font.size = Pt(9)
para("")
# 【参考】 box: one-cell table
waive = 3418
box = doc.add_table(rows=1, cols=1); box.style = "Table Grid"
c = box.cell(0, 0)
lines = ["【参考】",
         "・令和６年度不納欠損額（全会計）：" + comma(S["wo"]) + "千円",
         "・令和６年度末収入未済額（全会計）：" + comma(S["out"]) + "千円",
         "・今回の放棄予定額（市営住宅使用料ほか）：" + comma(waive) + "千円",
         "・放棄予定件数：２７件"]
g.f(P, None, "全会計", FY, "令和６年度", "total", "written_off", "actual", S["wo"] * 1000, "yen", comma(S["wo"]) + "千円")
g.f(P, None, "全会計", FY, "令和６年度", "total", "outstanding", "actual", S["out"] * 1000, "yen", comma(S["out"]) + "千円")
c.paragraphs[0].text = lines[0]
for L in lines[1:]:
    c.add_paragraph(L)
for p in c.paragraphs:
    p.paragraph_format.space_after = Pt(1)
    for r in p.runs:
        r.font.size = Pt(9)

Path("/tmp/sc_work").mkdir(exist_ok=True)
docx_path = Path("/tmp/sc_work") / f"{STEM}.docx"
doc.save(docx_path)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", "/tmp/sc_work", str(docx_path)],
               check=True, capture_output=True)
shutil.copy(Path("/tmp/sc_work") / f"{STEM}.pdf", Path("pdf") / f"{STEM}.pdf")

minutes = {"title": "令和７年度第２回小矢部市債権管理対策会議　議事要旨", "meeting_number": 2, "date": "2026-01-20",
           "method": "書面開催", "attendees": attendees, "agenda": agenda,
           "materials": ["令和７年度第２回小矢部市債権管理対策会議資料（別表１～３）"], "statements": statements}
g.write(STEM, {"kind": "minutes", "family": "minutes", "municipality": CITY,
               "title": "令和７年度第２回小矢部市債権管理対策会議　議事要旨", "date": "2026-01-20",
               "date_raw": "令和８年１月２０日"}, minutes)
