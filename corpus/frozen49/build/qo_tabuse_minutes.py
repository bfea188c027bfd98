"""田布施町議会 総務文教常任委員会記録 -> python-docx -> LibreOffice.  Run from corpus/frozen49."""
import sys
sys.path.insert(0, "build")
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from qo_common import Gold, c, p, rate, soffice_pdf, PDF, WORK

STEM = "qo_tabuse_minutes_1"
TITLE = "総務文教常任委員会記録"
g = Gold(STEM, "minutes", "minutes", "田布施町", "令和7年第3回田布施町議会定例会 総務文教常任委員会記録",
         "2025-09-11", "令和7年9月11日（木）")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(22), Mm(18)
hp = sec.header.paragraphs[0]
hp.text = "令和7年9月11日　総務文教常任委員会記録"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp.runs[0].font.size = Pt(8.5)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = par.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
    r3 = par.add_run()
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end"); r3._r.append(f2)


fp.add_run("- ")
field(fp, "PAGE")
fp.add_run(" -")


def para(text="", size=10.5, bold=False, align=None, indent=0, first=0, space=2):
    pr = doc.add_paragraph()
    if align == "c":
        pr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pr.paragraph_format.space_after = Pt(space)
    pr.paragraph_format.left_indent = Mm(indent)
    pr.paragraph_format.first_line_indent = Mm(first)
    if text:
        r = pr.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
    return pr


def pbreak():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


statements = []


def speak(P, speaker, section, segs):
    """segs: list of str or (raw, fact-args-without-page-and-raw, kwargs)"""
    txt = ""
    for s in segs:
        if isinstance(s, str):
            txt += s
        else:
            raw, args, kw = s
            g.f(P, *args, raw=raw, **kw)
            txt += raw
    pr = para("", 10.5, indent=0, first=0, space=3)
    r = pr.add_run(f"○{speaker}　")
    r.bold = True
    pr.add_run(txt)
    statements.append({"speaker": speaker, "section": section, "text": txt, "page": P})


def X(raw, debt, fy, fyraw, seg, metric, basis, value, unit, approx=False, debt_raw=None):
    return (raw, (debt, debt_raw if debt_raw is not None else debt, fy, fyraw, seg, metric, basis, value, unit), {"approx": approx})


# ---------------- page 1
P = 1
para("令和7年第3回田布施町議会定例会", 12, True, "c")
para(TITLE, 16, True, "c", space=8)
for lab, v in (("１　日　時", "令和7年9月11日（木）　午前10時00分開会　午前11時52分閉会"), ("２　場　所", "第1委員会室")):
    para(f"{lab}　　{v}")
para("３　出席委員（６名）")
MEM = [("委員長", "松岡　宏"), ("副委員長", "河野　恵子"), ("委員", "中村　修司"), ("委員", "藤本　一郎"), ("委員", "吉村　直美"), ("委員", "石田　浩二")]
for k in range(0, 6, 2):
    a, b = MEM[k], MEM[k + 1]
    para(f"{a[0]}　{a[1]}　君　　　　{b[0]}　{b[1]}　君", indent=10, space=0)
para("４　欠席委員（なし）", space=2)
para("５　説明のため出席した者（４名）")
EXE = [("総務課長", "岡田　隆"), ("税務課長", "原田　誠"), ("税務課収納対策班長", "西村　聡"), ("健康保険課長", "山下　由美")]
for t, n in EXE:
    para(f"{t}　{n}　君", indent=10, space=0)
para("６　職務のため出席した事務局職員（２名）")
SEC = [("議会事務局長", "田中　健一"), ("書記", "小林　亜紀")]
for t, n in SEC:
    para(f"{t}　{n}", indent=10, space=0)
para("７　付議事件")
AG = ["認定第１号　令和６年度田布施町一般会計歳入歳出決算の認定について（所管分）",
      "認定第２号　令和６年度田布施町国民健康保険特別会計歳入歳出決算の認定について"]
for a in AG:
    para(f"（{AG.index(a) + 1}）{a}", indent=6, space=0)
para("", space=4)
para("――――――――――――――――――――――――――――――――", align="c")
speak(P, "松岡委員長", "開会", ["ただいまから総務文教常任委員会を開会します。認定第１号を議題とし、所管分について執行部の説明を求めます。"])

# data (千円)
TAX = dict(ca=2071350, cc=2051120, aa=63412, ac=17408, wo=2104)
TAX5 = dict(ca=2058110, cc=2033872, aa=68240, ac=16923, wo=2511)


def fin(d):
    d = dict(d)
    d["ta"], d["tc"] = d["ca"] + d["aa"], d["cc"] + d["ac"]
    d["out"] = d["ta"] - d["tc"] - d["wo"]
    d["tr"], d["cr"], d["ar"] = rate(d["tc"], d["ta"]), rate(d["cc"], d["ca"]), rate(d["ac"], d["aa"])
    return d


TAX, TAX5 = fin(TAX), fin(TAX5)
KOK = fin(dict(ca=398215, cc=378790, aa=97320, ac=21688, wo=3905))
KOK5 = fin(dict(ca=405880, cc=385013, aa=99104, ac=20815, wo=4210))


def oku(v_thousand):
    m = round(v_thousand / 10)  # 万円
    return m, (f"{m // 10000}億{m % 10000:,}万円" if m >= 10000 else f"{m:,}万円")


# ---------------- (still page 1): explanation + Q&A
m1, s1 = oku(TAX["ta"])
m2, s2 = oku(TAX["tc"])
m3, s3 = oku(TAX["out"])
m4, s4 = oku(TAX5["out"] - TAX["out"])
dpt = round(TAX["tr"] - TAX5["tr"], 2)
speak(P, "原田税務課長", "認定第１号", [
    "令和６年度の町税の決算について御説明します。町税全体の調定額は約", X(s1, "町税", 2024, "令和６年度", "total", "assessed", "actual", m1 * 10000, "yen", True),
    "、収入済額は約", X(s2, "町税", 2024, "令和６年度", "total", "collected", "actual", m2 * 10000, "yen", True),
    "で、収納率は", X(p(TAX["tr"]) + "％", "町税", 2024, "令和６年度", "total", "collection_rate", "actual", TAX["tr"], "percent"),
    "となり、前年度と比べて", X(f"{dpt:.2f}ポイント", "町税", 2024, "令和６年度", "total", "difference", "actual", dpt, "points"),
    "上昇しました。収入未済額は約", X(s3, "町税", 2024, "令和６年度", "total", "outstanding", "actual", m3 * 10000, "yen", True),
    "で、前年度から約", X(s4, "町税", 2024, "令和６年度", "total", "difference", "actual", -m4 * 10000, "yen", True),
    "減少しております。"])
speak(P, "松岡委員長", "認定第１号", ["説明が終わりました。質疑を行います。"])
speak(P, "中村委員", "認定第１号", ["滞納繰越分の収納率が上がったとのことですが、令和５年度決算と比べてどの程度改善したのか、また、その要因をお聞きします。"])
dar = round(TAX["ar"] - TAX5["ar"], 2)
speak(P, "原田税務課長", "認定第１号", [
    "滞納繰越分の収納率は", X(p(TAX["ar"]) + "％", "町税", 2024, "令和６年度", "arrears", "collection_rate", "actual", TAX["ar"], "percent"),
    "で、令和５年度の", X(p(TAX5["ar"]) + "％", "町税", 2023, "令和５年度", "arrears", "collection_rate", "actual", TAX5["ar"], "percent"),
    "から", X(f"{dar:.2f}ポイント", "町税", 2024, "令和６年度", "arrears", "difference", "actual", dar, "points"),
    "改善しました。山口県地方税整理推進室への職員派遣で学んだ手法を生かし、預貯金調査を早めたことが大きいと考えております。"])
speak(P, "中村委員", "認定第１号", ["現年度分はいかがですか。"])
speak(P, "原田税務課長", "認定第１号", [
    "現年課税分は", X(p(TAX["cr"]) + "％", "町税", 2024, "令和６年度", "current", "collection_rate", "actual", TAX["cr"], "percent"),
    "でございます。令和元年度の", X("98.62％", "町税", 2019, "令和元年度", "current", "collection_rate", "actual", 98.62, "percent"),
    "と比べますと、着実に上がってきております。"])

# ---------------- page 2
pbreak()
P = 2
speak(P, "石田委員", "認定第１号", ["滞納者の人数と、差押えの実績はどうなっていますか。"])
speak(P, "西村税務課収納対策班長", "認定第１号", [
    "令和６年度末の町税の滞納者数は", X("412人", "町税", 2024, "令和６年度末", "total", "delinquents", "actual", 412, "persons"),
    "で、2023年度末の", X("448人", "町税", 2023, "2023年度末", "total", "delinquents", "actual", 448, "persons"),
    "から36人減少しました。差押えは84件で、主に預貯金と給与でございます。"])
speak(P, "石田委員", "認定第１号", ["不納欠損の金額も教えてください。"])
wo_m, wo_s = oku(TAX["wo"])
speak(P, "原田税務課長", "認定第１号", [
    "不納欠損額は約", X(wo_s, "町税", 2024, "令和６年度", "total", "written_off", "actual", wo_m * 10000, "yen", True),
    "で、執行停止後３年を経過したものが中心でございます。"])
speak(P, "松岡委員長", "認定第１号", ["ほかに質疑はありませんか。（「なし」の声あり）以上で質疑を終わります。次に、認定第２号を議題とします。執行部の説明を求めます。"])
km, ks = oku(KOK["out"])
kd = round(KOK["cr"] - KOK5["cr"], 2)
speak(P, "山下健康保険課長", "認定第２号", [
    "国民健康保険税の現年課税分の収納率は", X(p(KOK["cr"]) + "％", "国民健康保険税", 2024, "令和６年度", "current", "collection_rate", "actual", KOK["cr"], "percent"),
    "で、前年度比", X(f"{abs(kd):.2f}ポイント", "国民健康保険税", 2024, "令和６年度", "current", "difference", "actual", kd, "points"),
    "低下しました。滞納繰越分は", X(p(KOK["ar"]) + "％", "国民健康保険税", 2024, "令和６年度", "arrears", "collection_rate", "actual", KOK["ar"], "percent"),
    "でございます。収入未済額は約", X(ks, "国民健康保険税", 2024, "令和６年度", "total", "outstanding", "actual", km * 10000, "yen", True),
    "となっております。"])
speak(P, "吉村委員", "認定第２号", ["現年分が下がった理由と、今後の対策をお聞かせください。"])
speak(P, "山下健康保険課長", "認定第２号", ["所得の少ない単身世帯の加入が増え、納期内に納付できない方が増えたことが要因と考えております。"
                                        "今年度は口座振替の勧奨と、保険証の更新時の納付相談を強化してまいります。"])
speak(P, "藤本委員", "認定第２号", ["口座振替の利用率はどの程度ですか。また、スマートフォン決済の導入予定はありますか。"])
speak(P, "山下健康保険課長", "認定第２号", ["国民健康保険税の口座振替の利用率は約５割でございます。スマートフォン決済は町税と同じく令和５年度から導入しており、"
                                        "若い世代の利用が増えております。引き続き周知に努めてまいります。"])
speak(P, "河野副委員長", "認定第２号", ["短期被保険者証の交付世帯への対応はどのようにしていますか。"])
speak(P, "山下健康保険課長", "認定第２号", ["更新の際に窓口で面談し、生活状況を伺ったうえで分納の計画を立てていただいております。"
                                        "納付が困難な方には、福祉部門とも連携して生活再建の相談につないでおります。"])
speak(P, "松岡委員長", "認定第２号", ["質疑を終わります。討論、採決は本会議で行います。以上で本日の委員会を閉会します。"])

# ---------------- page 3: 委員会資料 table
pbreak()
P = 3
para("委員会資料　令和６年度 町税等の収納状況（決算）", 11.5, True)
para("（単位：千円、％）", 9, align=None).alignment = WD_ALIGN_PARAGRAPH.RIGHT
rows = [("町税", "町税", TAX, TAX5), ("国民健康保険税", "国保税", KOK, KOK5)]
KAI = fin(dict(ca=521406, cc=518033, aa=9184, ac=1630, wo=1210)); KAI5 = fin(dict(ca=515220, cc=511380, aa=9560, ac=1548, wo=1302))
KOU = fin(dict(ca=228715, cc=228018, aa=1540, ac=611, wo=88)); KOU5 = fin(dict(ca=219630, cc=218905, aa=1698, ac=604, wo=95))
rows += [("介護保険料", "介護料", KAI, KAI5), ("後期高齢者医療保険料", "後期高齢", KOU, KOU5)]
ALL = {k: sum(r[2][k] for r in rows) for k in ("ta", "tc", "wo", "out")}
ALL["tr"] = rate(ALL["tc"], ALL["ta"])
ALL5 = {k: sum(r[3][k] for r in rows) for k in ("ta", "tc")}
ALL5["tr"] = rate(ALL5["tc"], ALL5["ta"])
hdr = ["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率", "前年度収納率", "差"]
t = doc.add_table(rows=1 + len(rows) + 1, cols=8)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
wd = [24, 22, 22, 18, 20, 14, 18, 14]
t.autofit = False
for i, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
    gc.set(qn("w:w"), str(int(wd[i] * 56.7)))


def setc(cell, text, align="r"):
    cell.text = ""
    pr = cell.paragraphs[0]
    pr.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align == "r" else WD_ALIGN_PARAGRAPH.CENTER if align == "c" else WD_ALIGN_PARAGRAPH.LEFT
    r = pr.add_run(text)
    r.font.size = Pt(9)


for i, h in enumerate(hdr):
    setc(t.cell(0, i), h, "c")
for r_, (dn, short, d, d5) in enumerate(rows + [(None, "合計", ALL, ALL5)], 1):
    setc(t.cell(r_, 0), short, "l")
    for j, (met, k) in enumerate((("assessed", "ta"), ("collected", "tc"), ("written_off", "wo"), ("outstanding", "out")), 1):
        setc(t.cell(r_, j), g.f(P, dn, short, 2024, "令和６年度", "total", met, "actual", d[k] * 1000, "yen", c(d[k])))
    setc(t.cell(r_, 5), g.f(P, dn, short, 2024, "令和６年度", "total", "collection_rate", "actual", d["tr"], "percent", p(d["tr"])))
    setc(t.cell(r_, 6), g.f(P, dn, short, 2023, "前年度", "total", "collection_rate", "actual", d5["tr"], "percent", p(d5["tr"])))
    dd = round(d["tr"] - d5["tr"], 2)
    setc(t.cell(r_, 7), g.f(P, dn, short, 2024, "令和６年度", "total", "difference", "actual", dd, "points", ("▲" if dd < 0 else "") + f"{abs(dd):.2f}"))
para("注１　国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料", 8.5, space=0)
para("注２　収納率は現年課税分と滞納繰越分の計。差は前年度比（ポイント、▲は低下）。", 8.5, space=0)

g.minutes = {"title": "令和7年第3回田布施町議会定例会 総務文教常任委員会記録", "meeting_number": 3, "date": "2025-09-11",
             "method": None,
             "attendees": [{"role": r, "title": r, "name": n.replace("　", "")} for r, n in MEM]
             + [{"role": t_, "title": t_, "name": n.replace("　", "")} for t_, n in EXE]
             + [{"role": t_, "title": t_, "name": n.replace("　", "")} for t_, n in SEC],
             "agenda": AG, "materials": ["委員会資料　令和６年度 町税等の収納状況（決算）"], "statements": statements}
src = WORK / f"{STEM}.docx"
doc.save(src)
out = PDF / f"{STEM}.pdf"
soffice_pdf(src, out)
g.write(out)
