"""水戸市 総務環境委員会 会議記録 (council committee record on 債権管理) -- python-docx -> LibreOffice."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h_common import F, OUT, soffice, finish, page_texts, ws, fmt, rate
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

STEM = "h_mito_kaigiroku_1"
FY, FYR = 2024, "令和6年度"
# 別表 data (千円): debt -> segment -> (調定, 収入済, 不納欠損)
DATA = [
    ("市税", {"現年課税分": (41236518, 40873402, 2115), "滞納繰越分": (1486230, 466711, 98204)}),
    ("国民健康保険税", {"現年課税分": (7912384, 7536048, 1902), "滞納繰越分": (2104577, 471208, 256330)}),
    ("介護保険料", {"現年度分": (5603118, 5567240, 0), "滞納繰越分": (118406, 22315, 31870)}),
    ("市営住宅使用料", {"現年度分": (842510, 826903, 0), "滞納繰越分": (236118, 27446, 12004)}),
]
SEG = {"現年課税分": "current", "現年度分": "current", "滞納繰越分": "arrears", "計": "total"}


def table_rows():
    rows = []  # (debt, seglabel, A, C, W, O, rate)
    tot = [0, 0, 0]
    for debt, segs in DATA:
        s = [0, 0, 0]
        for lab, (a, c, w) in segs.items():
            rows.append((debt, lab, a, c, w, a - c - w, rate(c, a)))
            s = [s[0] + a, s[1] + c, s[2] + w]
        rows.append((debt, "計", s[0], s[1], s[2], s[0] - s[1] - s[2], rate(s[1], s[0])))
        tot = [tot[0] + s[0], tot[1] + s[1], tot[2] + s[2]]
    rows.append((None, "合計", tot[0], tot[1], tot[2], tot[0] - tot[1] - tot[2], rate(tot[1], tot[0])))
    return rows


ROWS = table_rows()
R = {(r[0], r[1]): r for r in ROWS}
TOTAL_O = ROWS[-1][5] * 1000


def oku_man(yen):
    man = round(yen / 10000)
    oku, rest = divmod(man, 10000)
    return man * 10000, (f"約{oku}億{rest:,}万円" if rest else f"約{oku}億円")


TOT_APPROX, TOT_RAW = oku_man(TOTAL_O)
JU_O = R[("市営住宅使用料", "計")][5] * 1000
JU_APPROX, JU_RAW = oku_man(JU_O)
ST = R[("市税", "現年課税分")][6], R[("市税", "滞納繰越分")][6], R[("市税", "計")][6]
KK = R[("国民健康保険税", "現年課税分")][6], R[("国民健康保険税", "滞納繰越分")][6]


def p2(x):
    return f"{x:.2f}"


ATTEND_COMMITTEE = [("委員長", "田中　秀明"), ("副委員長", "大内　由美子"), ("委員", "鈴木　健一"),
                    ("委員", "菊池　美和"), ("委員", "小松崎　浩"), ("委員", "川上　隆之"),
                    ("委員", "根本　聡子"), ("委員", "綿引　昌弘")]
ATTEND_STAFF = [("財務部長", "小林　正樹"), ("財務部参事兼債権管理課長", "石川　宏"),
                ("収納課長", "郡司　剛"), ("保健医療部長", "海野　真理"), ("国保年金課長", "飯村　和也"),
                ("福祉・子ども部長", "木村　直子"), ("介護保険課長", "加藤　亮"),
                ("都市計画部長", "大森　勝"), ("住宅政策課長", "関　智之")]

SEC1 = "所管事務調査　市債権の管理状況について"
SEC2 = "報告事項　令和7年度第2回債権管理推進本部会議の結果について"

STATEMENTS = [
    ("田中委員長", None, "皆さん、おはようございます。定足数に達しておりますので、ただいまから総務環境委員会を開会いたします。本日は、所管事務調査として市債権の管理状況について調査を行い、あわせて執行部から報告を1件受けます。"),
    ("田中委員長", SEC1, "それでは、市債権の管理状況について、執行部から説明をお願いします。"),
    ("小林財務部長", SEC1, "財務部長の小林でございます。本市の債権管理につきましては、令和5年度に策定した債権管理推進計画に基づき、全庁的に収入未済額の縮減に取り組んでおります。詳細につきましては債権管理課長から御説明申し上げます。"),
    ("石川債権管理課長", SEC1, f"それでは、資料1により御説明いたします。令和6年度決算における本市の主な債権全体の収入未済額は{TOT_RAW}となり、前年度と比べ縮減が図られております。このうち市税の収納率は、現年課税分が{p2(ST[0])}％、滞納繰越分が{p2(ST[1])}％、全体で{p2(ST[2])}％でございました。また、令和7年度上半期の状況でございますが、令和7年9月末時点における市税現年課税分の収納率は54.20％で、前年同期の53.71％を0.49ポイント上回っております。なお、債権ごとの数値は資料末尾の別表のとおりでございます。"),
    ("鈴木委員", SEC1, "国民健康保険税の滞納繰越分の収納率が低いように見受けられます。その要因と、今後の取組について伺います。"),
    ("飯村国保年金課長", SEC1, f"国民健康保険税の令和6年度の収納率は、現年課税分が{p2(KK[0])}％、滞納繰越分が{p2(KK[1])}％でございます。滞納繰越分につきましては、高額かつ長期の滞納案件が多いことが要因と考えております。令和6年度末の滞納世帯数は4,812世帯で、前年度から減少しておりますが、引き続き財産調査を徹底し、滞納処分を進めてまいります。"),
    ("菊池委員", SEC1, "市営住宅使用料について、退去者の滞納が多いと聞いております。収入未済額の状況と対応を伺います。"),
    ("関住宅政策課長", SEC1, f"市営住宅使用料の令和6年度末の収入未済額は{JU_RAW}でございまして、その多くが退去者分でございます。退去者に対しましては、令和7年度から弁護士への回収委託の対象を拡大し、支払督促などの法的措置も含めて対応してまいります。"),
    ("小松崎委員", SEC1, "介護保険料についても、年金からの特別徴収に移行するまでの間に滞納が生じやすいと思いますが、どのように取り組んでいるのか伺います。"),
    ("加藤介護保険課長", SEC1, "65歳到達者や転入者には、資格取得時に口座振替の案内を同封するとともに、納期限後早期に電話催告を行っております。本年度からはSMSによる催告も開始したところでございます。"),
    ("田中委員長", SEC1, "ほかに御質疑はありませんか。――以上で、市債権の管理状況についての調査を終わります。"),
    ("田中委員長", SEC2, "次に、報告事項に移ります。執行部から報告をお願いします。"),
    ("石川債権管理課長", SEC2, "令和7年8月22日に開催いたしました令和7年度第2回債権管理推進本部会議では、各債権所管課の上半期の取組計画を確認するとともに、私債権の回収委託の拡大について協議いたしました。結果の概要は資料2のとおりでございます。"),
    ("根本委員", SEC2, "回収委託の拡大により、どの程度の効果を見込んでいるのか伺います。"),
    ("石川債権管理課長", SEC2, "委託の効果につきましては、令和7年度末の実績を踏まえて検証し、改めて委員会に御報告させていただきたいと考えております。"),
    ("田中委員長", SEC2, "以上で報告を終わります。これをもちまして、総務環境委員会を閉会いたします。"),
]


def set_font(doc):
    st = doc.styles["Normal"]
    st.font.name = "IPAexMincho"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")


def cell_border(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), kw.get(edge, "single"))
        e.set(qn("w:sz"), "4")
        b.append(e)
    tcPr.append(b)


def add_footer(doc):
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("－ ")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; rr.append(t); fld.append(rr)
    p._p.append(fld)
    p.add_run(" －")
    h = sec.header.paragraphs[0]
    h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    h.add_run("総務環境委員会（令和7年11月12日）").font.size = Pt(8)


def build(breaks):
    doc = Document()
    set_font(doc)
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.left_margin = s.right_margin = Mm(25)
    s.top_margin = s.bottom_margin = Mm(22)
    add_footer(doc)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("総務環境委員会会議記録"); r.font.size = Pt(16); r.bold = True
    t = doc.add_table(rows=3, cols=2)
    info = [("日　時", "令和7年11月12日（水曜日）　午前10時00分 開議\n　　　　　　　　　　　　　　　午前11時42分 散会"),
            ("場　所", "水戸市議会　第2委員会室"),
            ("付託事件", "所管事務に関する事項について")]
    for i, (a, b) in enumerate(info):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    t.columns[0].width = Mm(25)
    doc.add_paragraph("────────────────────────────────")
    doc.add_paragraph("１　本日の会議に付した事件")
    doc.add_paragraph("　(1) 所管事務調査　市債権の管理状況について")
    doc.add_paragraph("　(2) 報告事項　令和7年度第2回債権管理推進本部会議の結果について")
    doc.add_paragraph("２　出席委員（8名）")
    for role, name in ATTEND_COMMITTEE:
        doc.add_paragraph(f"　{role:　<5}{name}　君")
    doc.add_paragraph("３　欠席委員（なし）")
    doc.add_paragraph("４　委員外議員出席者（なし）")
    doc.add_paragraph("５　説明のため出席した者の職，氏名")
    tt = doc.add_table(rows=len(ATTEND_STAFF), cols=2)
    for i, (title, name) in enumerate(ATTEND_STAFF):
        tt.cell(i, 0).text = "　" + title
        tt.cell(i, 1).text = name + "　君"
    doc.add_paragraph("６　配付資料")
    doc.add_paragraph("　資料1　市債権の管理状況について（財務部債権管理課）")
    doc.add_paragraph("　資料2　令和7年度第2回債権管理推進本部会議　結果概要")
    doc.add_paragraph("────────────────────────────────")
    doc.add_paragraph("午前10時00分　開議")
    cur = None
    for i, (spk, sec, text) in enumerate(STATEMENTS):
        if sec != cur and sec is not None:
            q = doc.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.CENTER
            q.add_run(f"《{sec}》")
            cur = sec
        q = doc.add_paragraph()
        if i in breaks:
            q.paragraph_format.page_break_before = True
        q.paragraph_format.first_line_indent = Pt(-10.5)
        q.paragraph_format.left_indent = Pt(10.5)
        q.add_run("○" + spk + "　").bold = True
        q.add_run(text)
    doc.add_paragraph("午前11時42分　散会")
    # 別表
    p = doc.add_paragraph(); p.paragraph_format.page_break_before = True
    p.add_run("別表　主な市債権の状況（令和6年度決算）").bold = True
    p = doc.add_paragraph("（単位：千円，％）"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hdr = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    tb = doc.add_table(rows=1 + len(ROWS), cols=7)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(hdr):
        tb.cell(0, j).text = h
    i = 1
    start = None
    for k, (debt, lab, a, c, w, o, rt) in enumerate(ROWS):
        vals = [debt or "合計", lab if debt else "", fmt(a), fmt(c), fmt(w) if w else "－", fmt(o), p2(rt)]
        for j, v in enumerate(vals):
            if j == 0 and k > 0 and ROWS[k - 1][0] == debt:
                continue
            tb.cell(i, j).text = v
            for pp in tb.cell(i, j).paragraphs:
                if j >= 2:
                    pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                for rr in pp.runs:
                    rr.font.size = Pt(9)
        i += 1
    # merge debt cells over 3 rows
    i = 1
    while i <= len(ROWS):
        debt = ROWS[i - 1][0]
        if debt:
            tb.cell(i, 0).merge(tb.cell(i + 2, 0))
            i += 3
        else:
            tb.cell(i, 0).merge(tb.cell(i, 1))
            i += 1
    doc.add_paragraph("注）収入未済額＝調定額－収入済額－不納欠損額。表示単位未満を四捨五入しているため、計が一致しない場合がある。")
    path = os.path.join(OUT, STEM + ".docx")
    doc.save(path)
    return soffice(path)


def facts():
    fs = []
    # speech
    fs.append(F(None, FY, FYR, "total", "outstanding", "actual", TOT_APPROX, "yen", TOT_RAW, approx=True, debt_raw=None))
    for seg, v in zip(("current", "arrears", "total"), ST):
        fs.append(F("市税", FY, FYR, seg, "collection_rate", "actual", v, "percent", p2(v) + "％",
                    anchor=["市税の収納率は", p2(v) + "％"]))
    fs.append(F("市税", 2025, "令和7年9月末", "current", "collection_rate", "interim", 54.20, "percent", "54.20％", as_of="2025-09-30"))
    fs.append(F("市税", 2024, "前年同期", "current", "collection_rate", "interim", 53.71, "percent", "53.71％", as_of="2024-09-30"))
    for seg, v in zip(("current", "arrears"), KK):
        fs.append(F("国民健康保険税", FY, FYR, seg, "collection_rate", "actual", v, "percent", p2(v) + "％",
                    anchor=["国民健康保険税の令和6年度の収納率は", p2(v) + "％"]))
    fs.append(F("国民健康保険税", FY, "令和6年度末", "total", "delinquents", "actual", 4812, "households", "4,812世帯"))
    fs.append(F("市営住宅使用料", FY, "令和6年度末", "total", "outstanding", "actual", JU_APPROX, "yen", JU_RAW, approx=True))
    # 別表
    for debt, lab, a, c, w, o, rt in ROWS:
        seg = SEG.get(lab, "total")
        m = [("assessed", a), ("collected", c), ("outstanding", o)]
        if w:
            m.append(("written_off", w))
        for met, v in m:
            fs.append(F(debt, FY, FYR, seg, met, "actual", v * 1000, "yen", fmt(v), anchor=["別表", fmt(v)],
                        debt_raw=debt if debt else "合計"))
        fs.append(F(debt, FY, FYR, seg, "collection_rate", "actual", rt, "percent", p2(rt),
                    anchor=["別表", "（単位：千円，％）"], debt_raw=debt if debt else "合計"))
    return fs


def main():
    breaks = set()
    for _ in range(4):
        pdf = build(breaks)
        texts = page_texts(pdf)
        new = set()
        for i, (spk, sec, text) in enumerate(STATEMENTS):
            if not any(ws(text) in t for t in texts):
                new.add(i)
        if not new - breaks:
            break
        breaks |= new
    mins = {"title": "総務環境委員会会議記録", "meeting_number": None, "date": "2025-11-12", "method": None,
            "attendees": [{"role": r, "title": None, "name": n.replace("　", " ")} for r, n in ATTEND_COMMITTEE]
            + [{"role": t, "title": t, "name": n.replace("　", " ")} for t, n in ATTEND_STAFF],
            "agenda": ["所管事務調査　市債権の管理状況について", "報告事項　令和7年度第2回債権管理推進本部会議の結果について"],
            "materials": ["資料1　市債権の管理状況について（財務部債権管理課）", "資料2　令和7年度第2回債権管理推進本部会議　結果概要"],
            "statements": [{"speaker": s, "section": sec, "text": t, "page": None} for s, sec, t in STATEMENTS]}
    doc = {"kind": "minutes", "municipality": "水戸市", "title": "総務環境委員会会議記録",
           "date": "2025-11-12", "date_raw": "令和7年11月12日（水曜日）"}
    finish(STEM, pdf, doc, facts(), [], mins)


if __name__ == "__main__":
    main()
