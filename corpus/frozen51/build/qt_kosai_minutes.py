"""湖西市議会 決算特別委員会 会議録 — python-docx -> LibreOffice. Run from corpus/frozen51."""
import os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qt_common import *
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

STEM = "qt_kosai_minutes_1"
TITLE = "湖西市議会決算特別委員会会議録"
g = Gold(STEM, "minutes", "council", "湖西市", TITLE, "2025-09-17", "令和7年9月17日")
MIN = "IPAexMincho"
doc = Document()
st = doc.styles["Normal"]; st.font.name = MIN; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), MIN)
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(25); sec.top_margin = Mm(22); sec.bottom_margin = Mm(20)
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r1 = fp.add_run(); f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r1._r.append(f1)
r2 = fp.add_run(); it = OxmlElement("w:instrText"); it.text = "PAGE"; r2._r.append(it)
r3 = fp.add_run(); f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end"); r3._r.append(f2)


def para(text="", size=None, bold=False, align=None, indent=None, first=None, after=1):
    p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(after); p.paragraph_format.space_before = Pt(0)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent is not None: p.paragraph_format.left_indent = Mm(indent)
    if first is not None: p.paragraph_format.first_line_indent = Mm(first)
    if text:
        run = p.add_run(text); run.bold = bold
        if size: run.font.size = Pt(size)
    return p


def brk():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def put(cell, text, align="l", size=9):
    cell.text = ""; p = cell.paragraphs[0]; p.paragraph_format.space_after = Pt(0)
    p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    run = p.add_run(text); run.font.size = Pt(size)


g.page = 1
para("令和７年９月湖西市議会定例会", 11, align="c")
para(TITLE, 15, True, "c", after=8)
para("１　開催日時　令和７年９月17日（水）午前９時30分開会　午前11時42分閉会")
para("２　開催場所　議会委員会室")
para("３　審査事件")
AG = ["認定第１号　令和６年度湖西市一般会計歳入歳出決算の認定について",
      "認定第２号　令和６年度湖西市国民健康保険事業特別会計歳入歳出決算の認定について"]
for a in AG: para(a, indent=6)
MEM = [("委員長", "髙柳　和宏"), ("副委員長", "小倉　智恵"), ("委員", "伊東　昌平"), ("委員", "菅沼　一成"),
       ("委員", "新村　直樹"), ("委員", "竹内　ゆかり"), ("委員", "加茂　賢治")]
para("４　出席委員（７名）")
t = doc.add_table(rows=4, cols=4); t.alignment = WD_TABLE_ALIGNMENT.CENTER
for k, (ro, nm) in enumerate(MEM):
    put(t.cell(k // 2, (k % 2) * 2), ro); put(t.cell(k // 2, (k % 2) * 2 + 1), nm)
para("５　欠席委員（なし）")
EXP = [("副市長", "山口　修司"), ("総務部長", "村田　圭介"), ("税務課長", "中山　律子"), ("収納対策室長", "大石　健太郎"),
       ("健康福祉部長", "鈴木　光男"), ("国保年金課長", "袴田　真弓"), ("都市整備部長", "河合　浩之"), ("住宅・建築課長", "石田　勝")]
para("６　説明のため出席した者（８名）")
t = doc.add_table(rows=4, cols=4); t.alignment = WD_TABLE_ALIGNMENT.CENTER
for k, (ro, nm) in enumerate(EXP):
    put(t.cell(k // 2, (k % 2) * 2), ro); put(t.cell(k // 2, (k % 2) * 2 + 1), nm)
OFF = [("議会事務局長", "松下　幸恵"), ("議事調査係長", "森　大輔"), ("書記", "田中　彩乃")]
para("７　事務局職員（３名）")
t = doc.add_table(rows=2, cols=4); t.alignment = WD_TABLE_ALIGNMENT.CENTER
for k, (ro, nm) in enumerate(OFF):
    put(t.cell(k // 2, (k % 2) * 2), ro); put(t.cell(k // 2, (k % 2) * 2 + 1), nm)
para("８　傍聴者　２名")
para("", after=4)
para("午前９時30分　開会", align="c", after=4)

statements = []
AGSEC = [AG[0], AG[1]]
def say(speaker, parts, section):
    text = ""
    for p_ in parts:
        if isinstance(p_, tuple):
            raw, kw = p_; g.f(raw, **kw); text += raw
        else:
            text += p_
    statements.append(dict(speaker=speaker, section=section, text=text))
    p = para("", indent=0, first=4, after=5)
    p.paragraph_format.line_spacing = 1.7
    p.add_run("○" + speaker + "　").bold = True
    p.add_run(text)

Z = dict(debt="市税", debt_raw="市税")
K = dict(debt="国民健康保険税", debt_raw="国民健康保険税")
say("髙柳委員長", ["ただいまから決算特別委員会を開会します。本日は、認定第１号及び認定第２号について、歳入のうち市税及び国民健康保険税の収納状況を中心に審査を行います。質疑のある方は挙手をお願いします。"], AG[0])
say("伊東委員", ["決算書の市税の収入未済額について伺います。令和５年度決算で収納率は",
                 ("97.52％", dict(value=97.52, metric="collection_rate", fy=2023, fy_raw="令和５年度", **Z)),
                 "でしたが、令和６年度はどう推移したのか、また収入未済額の増減をお示しください。"], AG[0])
brk(); g.page = 2
say("中山税務課長", ["令和６年度決算における市税の収納率は、現年課税分が",
                     ("99.12％", dict(value=99.12, metric="collection_rate", fy=2024, fy_raw="令和６年度", seg="current", **Z)),
                     "、滞納繰越分が",
                     ("30.47％", dict(value=30.47, metric="collection_rate", fy=2024, fy_raw="令和６年度", seg="arrears", **Z)),
                     "、合計で",
                     ("97.85％", dict(value=97.85, metric="collection_rate", fy=2024, fy_raw="令和６年度", seg="total", **Z)),
                     "となり、前年度と比べ",
                     ("0.33ポイント", dict(value=0.33, metric="difference", fy=2024, fy_raw="令和６年度", unit="points", **Z)),
                     "改善いたしました。収入未済額は",
                     ("２億3,623万円余", dict(value=236230000, metric="outstanding", fy=2024, fy_raw="令和６年度", approx=True, **Z)),
                     "で、前年度に比べ",
                     ("1,812万円余", dict(value=-18120000, metric="difference", fy=2024, fy_raw="令和６年度", approx=True, **Z)),
                     "の減少となっております。"], AG[0])
say("伊東委員", ["改善していることは評価します。一方で不納欠損額はどの程度あったのか、その主な理由も伺います。"], AG[0])
say("大石収納対策室長", ["令和６年度の市税の不納欠損額は",
                        ("1,528万円余", dict(value=15280000, metric="written_off", fy=2024, fy_raw="令和６年度", approx=True, **Z)),
                        "でございます。内訳は、滞納処分の執行停止後３年を経過したものが約６割、執行停止と同時に納税義務を消滅させたものが約３割で、いずれも財産調査により納付資力がないことを確認した上で処理しております。"], AG[0])
say("菅沼委員", ["滞納者数は減っているのでしょうか。件数の推移もあわせて教えてください。"], AG[0])
say("大石収納対策室長", ["令和６年度末の市税の滞納者数は",
                        ("1,204人", dict(value=1204, metric="delinquents", fy=2024, fy_raw="令和６年度末", **Z)),
                        "で、令和５年度末の",
                        ("1,311人", dict(value=1311, metric="delinquents", fy=2023, fy_raw="令和５年度末", **Z)),
                        "から",
                        ("107人減少", dict(value=-107, metric="difference", fy=2024, fy_raw="令和６年度末", unit="persons", **Z)),
                        "しております。差押件数は",
                        ("412件", dict(value=412, metric="seizures", fy=2024, fy_raw="令和６年度", unit="cases", **Z)),
                        "で、前年度より38件増加しております。"], AG[0])
say("竹内委員", ["市営住宅使用料の滞納についても確認します。退去者分の回収はどのように進めているのでしょうか。"], AG[0])
say("石田住宅・建築課長", ["市営住宅使用料の令和６年度末の収入未済額は、現年度分が",
                          ("126万4,000円", dict(value=1264000, metric="outstanding", fy=2024, fy_raw="令和６年度末", seg="current", debt="市営住宅使用料", debt_raw="市営住宅使用料")),
                          "、滞納繰越分が",
                          ("842万3,000円", dict(value=8423000, metric="outstanding", fy=2024, fy_raw="令和６年度末", seg="arrears", debt="市営住宅使用料", debt_raw="市営住宅使用料")),
                          "でございます。退去者分については所在調査を行い、令和６年度は支払督促を３件申し立てました。"], AG[0])
say("竹内委員", ["回収の見込みがないものは、債権管理条例に基づく放棄も含めて適切に判断していただきたいと要望します。"], AG[0])
brk(); g.page = 3
say("髙柳委員長", ["ほかに質疑はありませんか。なければ、認定第２号の審査に移ります。"], AG[1])
say("新村委員", ["国民健康保険税について伺います。令和６年度の収納率と収入未済額、また前年度との比較をお示しください。"], AG[1])
say("袴田国保年金課長", ["令和６年度の国民健康保険税の収納率は、現年課税分が",
                        ("95.33％", dict(value=95.33, metric="collection_rate", fy=2024, fy_raw="令和６年度", seg="current", **K)),
                        "、滞納繰越分が",
                        ("23.08％", dict(value=23.08, metric="collection_rate", fy=2024, fy_raw="令和６年度", seg="arrears", **K)),
                        "でございます。収入未済額は",
                        ("約３億500万円", dict(value=305000000, metric="outstanding", fy=2024, fy_raw="令和６年度", approx=True, **K)),
                        "で、前年度から",
                        ("約2,100万円", dict(value=-21000000, metric="difference", fy=2024, fy_raw="令和６年度", approx=True, **K)),
                        "減少しております。被保険者数の減少により調定額そのものが縮小していることも一因でございます。"], AG[1])
say("新村委員", ["滞納世帯への対応として、短期被保険者証の運用はどうなっていますか。"], AG[1])
say("鈴木健康福祉部長", ["マイナ保険証への移行に伴い、短期被保険者証に代わる納付相談の機会の確保が課題となっております。今年度からは、資格確認書の交付時に納付相談を行う運用としており、税務課とも情報を共有して滞納処分を一体的に進めてまいります。"], AG[1])
say("小倉副委員長", ["市税と国保税の一体的な徴収は効果が出ていると感じます。引き続き取り組んでいただくようお願いします。"], AG[1])
say("髙柳委員長", ["以上で質疑を終結します。認定第１号及び認定第２号について、原案のとおり認定すべきものと決することに御異議ありませんか。（「異議なし」の声あり）御異議なしと認めます。以上で本日の委員会を閉会します。"], AG[1])
para("午前11時42分　閉会", align="c", after=6)
brk(); g.page = 4
# 委員会資料 table: two year headings side by side; unit in column headers; 円 table beside 千円 table
para("（委員会資料）市税及び国民健康保険税の収納状況", 11.5, True, after=4)
data = {("市税", 2023): (11624310, 11335877, 97.52), ("市税", 2024): (11708422, 11456903, 97.85),
        ("国民健康保険税", 2023): (1712450, 1380296, 80.60), ("国民健康保険税", 2024): (1659806, 1351024, 81.40)}
t = doc.add_table(rows=4, cols=7); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
put(t.cell(0, 0), "区分", "c"); t.cell(0, 0).merge(t.cell(1, 0))
put(t.cell(0, 1), "令和５年度", "c"); t.cell(0, 1).merge(t.cell(0, 3))
put(t.cell(0, 4), "令和６年度", "c"); t.cell(0, 4).merge(t.cell(0, 6))
for j, h in enumerate(["調定額（千円）", "収入済額（千円）", "収納率（％）"] * 2):
    put(t.cell(1, 1 + j), h, "c", 8.5)
for i, (dn, lab) in enumerate((("市税", "市税"), ("国民健康保険税", "国保税")), 2):
    put(t.cell(i, 0), lab)
    for k, y in enumerate((2023, 2024)):
        a, col, rt = data[(dn, y)]
        assert rate(col, a) == rt, (dn, y, rate(col, a))
        yr = f"令和{y-2018}年度"
        put(t.cell(i, 1 + 3 * k), g.f(c(a), a * 1000, "assessed", y, yr, debt=dn, debt_raw=lab), "r")
        put(t.cell(i, 2 + 3 * k), g.f(c(col), col * 1000, "collected", y, yr, debt=dn, debt_raw=lab), "r")
        put(t.cell(i, 3 + 3 * k), g.f(pf(rt), rt, "collection_rate", y, yr, debt=dn, debt_raw=lab), "r")
para("※ 現年課税分と滞納繰越分の合計。国保税＝国民健康保険税。", 8.5, after=6)
para("市営住宅使用料の収入未済額（令和６年度末）", 10.5, True, after=2)
t = doc.add_table(rows=4, cols=3); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, h in enumerate(["区分", "収入未済額（円）", "滞納者数（人）"]): put(t.cell(0, j), h, "c")
rowsH = [("現年度分", "current", 1264000, 14), ("滞納繰越分", "arrears", 8423000, 31), ("計", "total", 9687000, 38)]
for i, (lab, seg, v, n) in enumerate(rowsH, 1):
    put(t.cell(i, 0), lab)
    put(t.cell(i, 1), g.f(c(v), v, "outstanding", 2024, "令和６年度末", seg, debt="市営住宅使用料", debt_raw="市営住宅使用料"), "r")
    put(t.cell(i, 2), g.f(f"{n}", n, "delinquents", 2024, "令和６年度末", seg, debt="市営住宅使用料", debt_raw="市営住宅使用料"), "r")
para("※ 滞納者数の計は、現年度分と滞納繰越分の重複を除いた実人数。", 8.5)

dp = os.path.join(WORK, STEM + ".docx"); doc.save(dp)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", WORK, dp], check=True, capture_output=True)
shutil.copy(os.path.join(WORK, STEM + ".pdf"), os.path.join(SET, "pdf", STEM + ".pdf"))
att = [{"role": ro, "title": None, "name": nm} for ro, nm in MEM]
att += [{"role": ro, "title": ro, "name": nm} for ro, nm in EXP + OFF]
g.minutes = {"title": TITLE, "meeting_number": None, "date": "2025-09-17", "method": None, "attendees": att,
             "agenda": AG, "materials": ["市税及び国民健康保険税の収納状況"], "statements": statements}
g.save()
