"""登米市議会 決算特別委員会記録 (modelled on tome-city.gikai-search.com proceedings id=125): python-docx -> LibreOffice."""
import sys
sys.dont_write_bytecode = True
from pathlib import Path
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_SECTION
from docx.shared import Pt, Mm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from n_common import F, OUT, ROOT, to_pdf, assign_pages, write_gold, yen_approx

STEM = "n_tome_minutes_1"
MUNI = "登米市"

# ---- figures (千円) for 別表: 令和5年度決算 ----
# (label, debt, segment, 調定, 収入済, 不納欠損)
ROWS = [
    ("市税　現年課税分", "市税", "current", 6_583_214, 6_525_276, 0),
    ("　　　滞納繰越分", "市税", "arrears", 398_605, 97_140, 15_427),
    ("　　　計", "市税", "total", None, None, None),
    ("国民健康保険税　現年課税分", "国民健康保険税", "current", 1_672_540, 1_582_389, 0),
    ("　　　滞納繰越分", "国民健康保険税", "arrears", 341_286, 64_571, 21_844),
    ("　　　計", "国民健康保険税", "total", None, None, None),
    ("介護保険料", "介護保険料", "total", 1_214_883, 1_198_342, 2_915),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "total", 521_466, 519_873, 208),
    ("市営住宅使用料", "市営住宅使用料", "total", 173_402, 160_128, 1_206),
    ("保育料", "保育料", "total", 64_118, 63_009, 331),
]
def fill():
    out = []
    i = 0
    while i < len(ROWS):
        lab, debt, seg, a, c, w = ROWS[i]
        if a is None:
            prev = out[-2:]
            a = sum(r[3] for r in prev); c = sum(r[4] for r in prev); w = sum(r[5] for r in prev)
        out.append((lab, debt, seg, a, c, w, a - c - w, round(c / a * 100, 2)))
        i += 1
    return out
TAB = fill()
T = {(r[1], r[2]): r for r in TAB}

def pct(v): return f"{v:.2f}％"

def build():
    facts, stmts = [], []
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25); sec.top_margin = Mm(25); sec.bottom_margin = Mm(22)
    st = doc.styles["Normal"]; st.font.name = "IPAexMincho"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
    # header / footer with page number
    hp = sec.header.paragraphs[0]; hp.text = "令和6年　決算特別委員会（第2号）"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("－ "); 
    for t, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if t:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), t); fp.add_run()._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.text = txt; fp.add_run()._r.append(e)
    fp.add_run(" －")

    def P(text, bold=False, size=None, align=None, indent=None):
        p = doc.add_paragraph(); run = p.add_run(text); run.bold = bold
        if size: run.font.size = Pt(size)
        if align: p.alignment = align
        if indent is not None: p.paragraph_format.first_line_indent = Pt(indent)
        p.paragraph_format.space_after = Pt(2)
        return p

    title = "令和6年　決算特別委員会記録（第2号）"
    P(title, bold=True, size=15, align=WD_ALIGN_PARAGRAPH.CENTER)
    P("登米市議会", align=WD_ALIGN_PARAGRAPH.CENTER)
    P("令和6年9月12日（木曜日）　午前10時00分　開会", align=WD_ALIGN_PARAGRAPH.CENTER)
    P("１．付議事件", bold=True)
    agenda = ["認定第1号　令和5年度登米市一般会計歳入歳出決算認定について",
              "認定第2号　令和5年度登米市国民健康保険特別会計歳入歳出決算認定について"]
    for a in agenda: P("　" + a)
    P("１．出席委員（9名）", bold=True)
    members = [("委員長", "及川一郎", "及 川 一 郎"), ("副委員長", "佐藤美和", "佐 藤 美 和"),
               ("委員", "小野寺正", "小野寺　 正"), ("委員", "菅原恵子", "菅 原 恵 子"), ("委員", "熊谷直人", "熊 谷 直 人"),
               ("委員", "千田和也", "千 田 和 也"), ("委員", "阿部信子", "阿 部 信 子"), ("委員", "高橋勝", "高 橋 　 勝"),
               ("委員", "岩渕陽介", "岩 渕 陽 介")]
    nums = {"小野寺正": "19番", "菅原恵子": "24番", "熊谷直人": "22番", "千田和也": "3番", "阿部信子": "8番",
            "高橋勝": "11番", "岩渕陽介": "15番", "佐藤美和": "6番", "及川一郎": "17番"}
    tbl = doc.add_table(rows=0, cols=4)
    for i in range(0, len(members), 2):
        cells = tbl.add_row().cells
        for j, m in enumerate(members[i:i + 2]):
            cells[j * 2].text = f"{nums[m[1]]}　{m[2]}"; cells[j * 2 + 1].text = m[0]
    P("１．説明のため出席した者の職氏名", bold=True)
    staff = [("市長", "布川和彦"), ("総務部長", "遠藤秀樹"), ("総務部次長兼収納対策課長", "千葉浩二"),
             ("税務課長", "伊藤 聡"), ("市民生活部長", "三浦由美"), ("長寿介護課長", "鈴木孝志"),
             ("住宅都市整備課長", "阿部良和"), ("財政課長", "加藤 智")]
    tbl = doc.add_table(rows=0, cols=4)
    for i in range(0, len(staff), 2):
        cells = tbl.add_row().cells
        for j, (t, n) in enumerate(staff[i:i + 2]):
            cells[j * 2].text = t; cells[j * 2 + 1].text = n
    P("１．事務局職員出席者　　議会事務局長　佐々木 修　　議事調査係長　小野 彩", indent=0)
    P("────────────────────────────────")

    sect = None
    def S(speaker, text, section=None):
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(3)
        rr = p.add_run("○" + speaker + "　"); rr.bold = True
        p.add_run(text)
        stmts.append({"speaker": speaker, "section": section, "text": text, "page": None})

    A1 = agenda[0]
    S("委員長（及川一郎）", "おはようございます。ただいまから決算特別委員会を開会いたします。本日は、認定第1号及び認定第2号について、歳入の質疑を行います。なお、質疑に当たって参照する主な債権の収納状況は、執行部から提出のあった別表のとおりであります。それでは、質疑を許します。19番、小野寺正委員。", None)
    S("19番（小野寺正）", "監査委員の決算審査意見書において、市税等の収入未済額の縮減について引き続き意見が付されております。令和5年度の市税の収納率と収入未済額について、前年度と比較してどうであったのか伺います。", A1)
    S("委員長（及川一郎）", "総務部次長兼収納対策課長。", A1)
    cur, arr, tot = T[("市税", "current")], T[("市税", "arrears")], T[("市税", "total")]
    o5_txt, o5_val = yen_approx(tot[6] * 1000)
    o4 = 358_712_000; o4_txt, o4_val = yen_approx(o4)
    t1 = (f"令和5年度の市税の収納率は、現年課税分が{pct(cur[7])}、滞納繰越分が{pct(arr[7])}で、合計では{pct(tot[7])}となっております。"
          f"現年課税分は前年度の99.02％から上昇いたしました。収入未済額は約{o5_txt}で、前年度の約{o4_txt}から縮減しております。"
          f"差押えにつきましては、預貯金や給与を中心に612件を執行したところでございます。")
    S("総務部次長兼収納対策課長（千葉浩二）", t1, A1)
    facts += [F("市税", 2023, "令和5年度", "current", "collection_rate", "actual", cur[7], "percent", pct(cur[7])),
              F("市税", 2023, "令和5年度", "arrears", "collection_rate", "actual", arr[7], "percent", pct(arr[7])),
              F("市税", 2023, "令和5年度", "total", "collection_rate", "actual", tot[7], "percent", pct(tot[7])),
              F("市税", 2022, "前年度", "current", "collection_rate", "actual", 99.02, "percent", "99.02％"),
              F("市税", 2023, "令和5年度", "total", "outstanding", "actual", o5_val, "yen", "約" + o5_txt, approx=True),
              F("市税", 2022, "前年度", "total", "outstanding", "actual", o4_val, "yen", "約" + o4_txt, approx=True)]
    S("19番（小野寺正）", "国民健康保険税についても同様に伺います。", A1)
    S("委員長（及川一郎）", "総務部次長兼収納対策課長。", A1)
    kc, ka, kt = T[("国民健康保険税", "current")], T[("国民健康保険税", "arrears")], T[("国民健康保険税", "total")]
    ko_txt, ko_val = yen_approx(kt[6] * 1000)
    t2 = (f"国民健康保険税の収納率は、現年課税分が{pct(kc[7])}、滞納繰越分が{pct(ka[7])}でございます。"
          f"収入未済額は約{ko_txt}となり、滞納繰越分の不納欠損額は{ka[5]:,}千円でございます。被保険者数の減少に伴い調定額自体が減っておりますので、収納率の維持に努めてまいります。")
    S("総務部次長兼収納対策課長（千葉浩二）", t2, A1)
    facts += [F("国民健康保険税", 2023, "令和5年度", "current", "collection_rate", "actual", kc[7], "percent", pct(kc[7])),
              F("国民健康保険税", 2023, "令和5年度", "arrears", "collection_rate", "actual", ka[7], "percent", pct(ka[7])),
              F("国民健康保険税", 2023, "令和5年度", "total", "outstanding", "actual", ko_val, "yen", "約" + ko_txt, approx=True),
              F("国民健康保険税", 2023, "令和5年度", "arrears", "written_off", "actual", ka[5] * 1000, "yen", f"{ka[5]:,}千円")]
    S("委員長（及川一郎）", "24番、菅原恵子委員。", A1)
    S("24番（菅原恵子）", "市営住宅使用料の滞納について伺います。滞納している世帯の数と、退去者への対応はどうなっていますか。", A1)
    S("委員長（及川一郎）", "住宅都市整備課長。", A1)
    h = T[("市営住宅使用料", "total")]
    t3 = (f"令和5年度末の市営住宅使用料の滞納者数は87人で、前年度末の94人から7人減少しております。収納率は{pct(h[7])}でございます。"
          "退去者につきましては、連帯保証人への請求を含め、文書と訪問による催告を継続しております。")
    S("住宅都市整備課長（阿部良和）", t3, A1)
    facts += [F("市営住宅使用料", 2023, "令和5年度", "total", "delinquents", "actual", 87, "persons", "87人"),
              F("市営住宅使用料", 2022, "前年度", "total", "delinquents", "actual", 94, "persons", "94人"),
              F("市営住宅使用料", 2023, "令和5年度", "total", "collection_rate", "actual", h[7], "percent", pct(h[7]))]
    S("委員長（及川一郎）", "22番、熊谷直人委員。", A1)
    S("22番（熊谷直人）", "全庁的な債権管理の体制について伺います。税以外の債権の回収について、収納対策課と各所管課との連携はどのように進めていくのですか。", A1)
    S("委員長（及川一郎）", "総務部長。", A1)
    S("総務部長（遠藤秀樹）", "各所管課の債権につきましては、令和6年度第1回登米市債権管理推進会議を7月に開催し、課題のある債権の情報を共有いたしました。10月には令和6年度第2回の会議を予定しており、徴収困難案件の収納対策課への引継ぎ基準を整理する考えでございます。", A1)
    S("委員長（及川一郎）", "ほかに質疑はありませんか。（「なし」の声あり）質疑なしと認めます。以上で認定第1号の歳入に関する質疑を終わります。次に、認定第2号について質疑を許します。", A1)
    A2 = agenda[1]
    S("3番（千田和也）", "国民健康保険税の滞納世帯への短期被保険者証の交付状況と、納付相談の状況を伺います。", A2)
    S("委員長（及川一郎）", "市民生活部長。", A2)
    S("市民生活部長（三浦由美）", "短期被保険者証は令和6年3月末で214世帯に交付しております。納付相談は、夜間及び休日の窓口を含め延べ1,085件でございました。", A2)
    S("委員長（及川一郎）", "ほかに質疑はありませんか。（「なし」の声あり）なければ、以上で本日の審査を終わります。本日はこれにて散会いたします。", A2)
    P("午前11時42分　散会", align=WD_ALIGN_PARAGRAPH.RIGHT)

    # 別表 on new page
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    P("別表　令和5年度 主な債権の収納状況", bold=True, size=12)
    P("（単位：千円、％）", align=WD_ALIGN_PARAGRAPH.RIGHT)
    hdr = ["区　　分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    tb = doc.add_table(rows=1, cols=6); tb.style = "Table Grid"
    for c, t in zip(tb.rows[0].cells, hdr): c.text = t
    for r in TAB:
        cells = tb.add_row().cells
        vals = [r[0], f"{r[3]:,}", f"{r[4]:,}", f"{r[5]:,}" if r[5] else "－", f"{r[6]:,}", f"{r[7]:.2f}"]
        for k, (c, t) in enumerate(zip(cells, vals)):
            c.text = t
            if k: c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        lab = r[0].strip()
        for metric, idx in (("assessed", 3), ("collected", 4), ("written_off", 5), ("outstanding", 6)):
            if idx == 5 and not r[5]:
                continue
            f = F(r[1], 2023, "令和5年度", r[2], metric, "actual", r[idx] * 1000, "yen", f"{r[idx]:,}", debt_raw=r[1])
            facts.append(f)
        facts.append(F(r[1], 2023, "令和5年度", r[2], "collection_rate", "actual", r[7], "percent", f"{r[7]:.2f}", debt_raw=r[1]))
    tb.autofit = False
    for row in tb.rows:
        for k, c in enumerate(row.cells):
            c.width = Mm(44) if k == 0 else Mm(23)
            for rn in c.paragraphs[0].runs: rn.font.size = Pt(9.5)
    for k, gc in enumerate(tb._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int((44 if k == 0 else 23) * 56.7)))
    P("※ 収納率は、収入済額を調定額で除したもの（小数点第3位を四捨五入）。市税は市民税、固定資産税、軽自動車税、市たばこ税及び入湯税の合計。")

    docx = OUT / f"{STEM}.docx"; OUT.mkdir(exist_ok=True); doc.save(docx)
    pdf = to_pdf(docx, ROOT / "pdf" / f"{STEM}.pdf", "n14a")
    assign_pages(pdf, stmts, "text")
    # facts: statement facts in order, then table (start table facts on last page)
    import pymupdf
    last = pymupdf.open(pdf).page_count
    stf = [f for f in facts if not f["raw"].replace(",", "").replace(".", "").isdigit()]
    tbf = [f for f in facts if f not in stf]
    assign_pages(pdf, stf, "raw")
    assign_pages(pdf, tbf, "raw", start_page=last)
    attendees = [{"role": r, "name": n, "title": None} for r, n, _ in members] + \
                [{"role": t, "name": n.replace(" ", ""), "title": t} for t, n in staff]
    minutes = {"title": title, "meeting_number": None, "date": "2024-09-12", "method": None,
               "attendees": attendees, "agenda": agenda, "materials": ["別表　令和5年度 主な債権の収納状況"],
               "statements": stmts}
    document = {"kind": "minutes", "municipality": MUNI, "title": title, "date": "2024-09-12",
                "date_raw": "令和6年9月12日（木曜日）"}
    write_gold(STEM, pdf, document, facts, [], minutes)

if __name__ == "__main__":
    build()
