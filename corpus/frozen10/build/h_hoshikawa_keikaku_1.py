"""星川市債権管理計画 -- python-docx -> LibreOffice (tables with repeated header across a page break)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h_common import F, I, OUT, soffice, finish, fmt, rate
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

STEM = "h_hoshikawa_keikaku_1"
YEARS = [(2019, "令和元年度"), (2020, "2年度"), (2021, "3年度"), (2022, "4年度"), (2023, "5年度")]
# per debt per year: (現年 調定, 収入, 欠損), (滞繰 調定, 収入, 欠損)  千円
HIST = {
    "市税": [((38412650, 37905118, 1204), (1812406, 452337, 160215)),
             ((37985322, 37380466, 2018), (1651852, 436120, 141877)),
             ((38820415, 38301902, 1510), (1497303, 421885, 120661)),
             ((39304178, 38846220, 988), (1474300, 445210, 108732)),
             ((39756031, 39334877, 1102), (1430528, 463905, 97614))],
    "国民健康保険料": [((8120334, 7592480, 3320), (2688107, 512330, 388104)),
                      ((7934210, 7459102, 2875), (2302201, 498870, 301552)),
                      ((7801556, 7362917, 2410), (1971386, 466045, 251300)),
                      ((7652087, 7241966, 2205), (1692375, 451238, 210844)),
                      ((7510442, 7129873, 1977), (1439271, 437502, 176330))],
}
TARGET = {"市税": [("現年分徴収率", "current", [99.00, 99.05, 99.10]), ("滞繰分徴収率", "arrears", [33.00, 34.00, 35.00])],
          "国民健康保険料": [("現年分徴収率", "current", [95.10, 95.30, 95.50]), ("滞繰分徴収率", "arrears", [31.00, 32.00, 33.00])]}
TARGET_OUT = {"市税": [1280000, 1230000, 1180000], "国民健康保険料": [1265000, 1190000, 1120000]}
TYEARS = [(2025, "令和7年度"), (2026, "令和8年度"), (2027, "令和9年度")]
ITEMS = {
    "市税": [("ア", "現年課税分の滞納者に対し、納期限後20日以内に督促状を発付し、その後30日以内に電話催告を行う。", "継続"),
             ("イ", "預貯金の電子照会を全金融機関に拡大し、財産調査の期間を短縮する。", "拡充"),
             ("ウ", "高額・困難事案を滞納整理特別班に移管し、捜索及び公売を実施する。", "継続"),
             ("エ", "スマートフォン決済アプリによる納付を軽自動車税以外の税目に広げる。", "新規")],
    "国民健康保険料": [("ア", "資格取得時に口座振替の申込みを原則とし、窓口で手続を案内する。", "継続"),
                      ("イ", "滞納世帯の所得状況を把握し、軽減・減免の適用漏れを防ぐ。", "継続"),
                      ("ウ", "納付誓約の不履行世帯には、不履行の翌月に差押予告を送付する。", "新規")],
}


EXTRA = [
    "市税は、市民税、固定資産税、軽自動車税等から成り、地方税法に基づき滞納処分を行うことができる強制徴収公債権である。"
    "本市では平成24年度に納税課と収納対策室を統合し、市税と国民健康保険料の滞納整理を一元的に行う体制とした。"
    "現在は納税課に管理係、徴収第一係から第三係まで及び滞納整理特別班を置き、職員32名と会計年度任用職員9名で徴収事務に当たっている。",
    "滞納の主な要因としては、所得の減少や失業による生活困窮のほか、納期限の失念、納税意識の希薄さなどが挙げられる。"
    "特に、個人市民税の普通徴収分については、退職や転職により特別徴収から切り替わった納税者の滞納が多く、"
    "現年分の早期の接触が重要となっている。また、法人市民税では、事業の休止や廃業により徴収が困難となる事案が一定数ある。",
    "前計画期間においては、督促状発付後の電話催告の徹底、預貯金調査の電子化、捜索及びインターネット公売の実施等により、"
    "滞繰分の縮減が進んだ。一方で、滞納者の所在が不明な事案や、相続人が多数に及ぶ事案など、処理に長期間を要する案件が残っており、"
    "執行停止の判断を含めた適正な整理が課題となっている。",
    "令和5年度の滞納処分の実績は、差押え1,284件（うち給与差押え213件、預貯金差押え846件）、捜索12件、"
    "インターネット公売9件であった。差押えにより徴収した金額は前年度を上回ったが、差押えから換価までの期間が長期化している事案もあり、"
    "進行管理の徹底が求められる。",
    "納付環境については、コンビニエンスストア納付、ペイジー、スマートフォン決済アプリ及び地方税統一QRコードによる納付が可能となっており、"
    "令和5年度の現年分の納付件数のうちキャッシュレスによるものは約18％を占めるに至った。口座振替の加入率は個人市民税の普通徴収で"
    "約36％にとどまっており、引き続き加入の勧奨が必要である。",
    "また、滞納者の中には、市税以外の債権も滞納している者が少なくないことから、債権管理課が中心となって債権所管課間の情報共有を進め、"
    "生活困窮の状況が認められる場合には、生活再建支援の窓口につなぐなど、徴収と支援の両面からの対応を行っている。",
    "さらに、固定資産税については、相続登記がされていない土地・家屋の納税義務者の特定に時間を要しており、"
    "相続人調査の外部委託を含めた効率化を検討する。軽自動車税については、廃車手続の未了による課税が滞納の一因となっていることから、"
    "廃車手続の周知を強化する。法人市民税については、休眠法人の実態調査を進め、課税保留の判断を適正に行う。",
    "本計画期間においては、現年分の徴収率の維持・向上を最優先とし、新たな滞納繰越の発生を抑制するとともに、"
    "滞繰分については財産調査から処分までの期間を短縮し、徴収の見込みがない事案は速やかに執行停止とすることで、"
    "収入未済額の着実な縮減を図る。",
]


def rows_for(debt):
    out = []
    for (fy, fyr), (cur, arr) in zip(YEARS, HIST[debt]):
        for lab, seg, (a, c, w) in (("現年分", "current", cur), ("滞繰分", "arrears", arr)):
            out.append((fy, fyr, lab, seg, a, c, w, a - c - w, rate(c, a)))
        a = cur[0] + arr[0]; c = cur[1] + arr[1]; w = cur[2] + arr[2]
        out.append((fy, fyr, "計", "total", a, c, w, a - c - w, rate(c, a)))
    return out


def set_font(doc):
    st = doc.styles["Normal"]
    st.font.name = "IPAexMincho"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit"); e.set(qn("w:val"), "true"); trPr.append(e)


def footer(doc):
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fld = OxmlElement("w:fldSimple"); fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; rr.append(t); fld.append(rr); p._p.append(fld)
    h = sec.header.paragraphs[0]; h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    h.add_run("星川市債権管理計画").font.size = Pt(8)


def cellfmt(cell, text, size=9, right=False, bold=False):
    cell.text = text
    for p in cell.paragraphs:
        if right:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in p.runs:
            r.font.size = Pt(size); r.bold = bold


def H(doc, text, size=12):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = True; r.font.size = Pt(size)
    return p


def build():
    doc = Document(); set_font(doc); footer(doc)
    s = doc.sections[0]; s.page_width, s.page_height = Mm(210), Mm(297)
    s.left_margin = s.right_margin = Mm(22); s.top_margin = s.bottom_margin = Mm(20)
    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("星川市債権管理計画"); r.font.size = Pt(24); r.bold = True
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("（令和7年度～令和9年度）").font.size = Pt(14)
    for _ in range(12):
        doc.add_paragraph()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("令和7年3月\n星 川 市").font.size = Pt(14)
    p = doc.add_paragraph(); p.paragraph_format.page_break_before = True
    r = p.add_run("１　計画策定の趣旨"); r.bold = True; r.font.size = Pt(12)
    doc.add_paragraph("　本市の市税等の収入未済額は、平成21年度末の約108億円をピークに、徴収体制の一元化や滞納整理の強化により減少を続け、"
                      "令和5年度末には約46億3,000万円となった。しかしながら、私債権を中心に長期化した未収金が残っており、"
                      "引き続き全庁的な取組が必要である。このため、令和7年度から令和9年度までの3か年を計画期間とする本計画を定め、"
                      "債権ごとに目標値と具体的な処理策を明らかにする。")
    H(doc, "２　計画の対象となる債権")
    doc.add_paragraph("　令和5年度決算において収入未済額が生じている債権のうち、収入未済額が1億円以上の債権を重点債権とし、"
                      "債権ごとに推進シートを作成する。その他の債権は、債権管理課が年2回進捗を確認する。")
    H(doc, "３　市税及び国民健康保険料の状況（令和5年度）")
    p = doc.add_paragraph("単位：百万円"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    tb = doc.add_table(rows=9, cols=4); tb.style = "Table Grid"
    cellfmt(tb.cell(0, 0), "区分", bold=True); cellfmt(tb.cell(0, 2), "市税", bold=True); cellfmt(tb.cell(0, 3), "国民健康保険料", bold=True)
    tb.cell(0, 0).merge(tb.cell(0, 1))
    labels = [("現年分", "調定額"), ("現年分", "収入額"), ("滞繰分", "調定額"), ("滞繰分", "収入額"), ("滞繰分", "不納欠損額"),
              ("計", "年度末収入未済額"), ("収入率（％）", "滞繰分"), ("収入率（％）", "全体")]
    r23 = {d: rows_for(d)[-3:] for d in HIST}
    def mil(x):
        return f"{round(x / 1000):,}"
    for i, (g, lab) in enumerate(labels):
        cellfmt(tb.cell(i + 1, 0), g); cellfmt(tb.cell(i + 1, 1), lab)
        for j, d in enumerate(("市税", "国民健康保険料")):
            cur, arr, tot = r23[d]
            v = [mil(cur[4]), mil(cur[5]), mil(arr[4]), mil(arr[5]), mil(arr[6]), mil(tot[7]), f"{arr[8]:.2f}", f"{tot[8]:.2f}"][i]
            cellfmt(tb.cell(i + 1, 2 + j), v, right=True)
    tb.cell(1, 0).merge(tb.cell(2, 0)); tb.cell(3, 0).merge(tb.cell(5, 0)); tb.cell(7, 0).merge(tb.cell(8, 0))
    doc.add_paragraph("※表示単位未満を四捨五入しているため、合計等が一致しない場合がある。").runs[0].font.size = Pt(8)
    for k, debt in enumerate(HIST):
        p = doc.add_paragraph(); p.paragraph_format.page_break_before = True
        r = p.add_run(f"{4 + k}　債権ごとの取組（{debt}）"); r.bold = True; r.font.size = Pt(12)
        if k == 0:
            doc.add_paragraph("(0) 債権の概要")
            for t in EXTRA:
                doc.add_paragraph("　" + t)
        doc.add_paragraph("(1) 収納状況の推移")
        doc.add_paragraph("　直近5か年の収納状況は次のとおりである。現年分の徴収率は高い水準で推移しており、滞繰分についても"
                          "滞納処分の強化により収入未済額の縮減が進んでいる。一方、高額で長期にわたる滞納案件が一定数残っており、"
                          "財産調査から処分までの期間短縮が課題である。" * 2)
        p = doc.add_paragraph("（単位：千円）"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        rows = rows_for(debt)
        tb = doc.add_table(rows=1 + len(rows), cols=7); tb.style = "Table Grid"
        for j, h in enumerate(["年度", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "徴収率"]):
            cellfmt(tb.cell(0, j), h, bold=True)
        repeat_header(tb.rows[0])
        for i, (fy, fyr, lab, seg, a, c, w, o, rt) in enumerate(rows):
            cant_split(tb.rows[i + 1])
            vals = [fyr if lab == "現年分" else "", lab, fmt(a), fmt(c), fmt(w), fmt(o), f"{rt:.2f}%"]
            for j, v in enumerate(vals):
                cellfmt(tb.cell(i + 1, j), v, right=j >= 2)
        for i in range(0, len(rows), 3):
            tb.cell(i + 1, 0).merge(tb.cell(i + 3, 0))
        doc.add_paragraph("(2) 目標値")
        p = doc.add_paragraph("（徴収率：％、収入未済額：千円）"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        tb = doc.add_table(rows=4, cols=4); tb.style = "Table Grid"
        cellfmt(tb.cell(0, 0), "計画", bold=True)
        for j, (fy, fyr) in enumerate(TYEARS):
            cellfmt(tb.cell(0, j + 1), fyr, bold=True)
        for i, (lab, seg, vals) in enumerate(TARGET[debt]):
            cellfmt(tb.cell(i + 1, 0), lab)
            for j, v in enumerate(vals):
                cellfmt(tb.cell(i + 1, j + 1), f"{v:.2f}", right=True)
        cellfmt(tb.cell(3, 0), "収入未済額（計画額）")
        for j, v in enumerate(TARGET_OUT[debt]):
            cellfmt(tb.cell(3, j + 1), fmt(v), right=True)
        doc.add_paragraph("(3) 具体的な処理策")
        for lab, text, st in ITEMS[debt]:
            p = doc.add_paragraph(f"{lab}　{text}{'【' + st + '】' if st else ''}")
            p.paragraph_format.left_indent = Pt(10.5); p.paragraph_format.first_line_indent = Pt(-10.5)
    path = os.path.join(OUT, STEM + ".docx"); doc.save(path)
    return soffice(path)


def facts_inits():
    fs, its = [], []
    fs.append(F(None, 2009, "平成21年度末", "total", "outstanding", "actual", 10800000000, "yen", "約108億円", approx=True))
    fs.append(F(None, 2023, "令和5年度末", "total", "outstanding", "actual", 4630000000, "yen", "約46億3,000万円", approx=True))
    an = "３　市税及び国民健康保険料の状況（令和5年度）"
    for d in HIST:
        cur, arr, tot = rows_for(d)[-3:]
        for seg, met, v in (("current", "assessed", cur[4]), ("current", "collected", cur[5]), ("arrears", "assessed", arr[4]),
                            ("arrears", "collected", arr[5]), ("arrears", "written_off", arr[6]), ("total", "outstanding", tot[7])):
            m = round(v / 1000)
            fs.append(F(d, 2023, "令和5年度", seg, met, "actual", m * 1000000, "yen", f"{m:,}", anchor=[an, "単位：百万円", f"{m:,}"]))
        fs.append(F(d, 2023, "令和5年度", "arrears", "collection_rate", "actual", arr[8], "percent", f"{arr[8]:.2f}", anchor=[an, "単位：百万円"]))
        fs.append(F(d, 2023, "令和5年度", "total", "collection_rate", "actual", tot[8], "percent", f"{tot[8]:.2f}", anchor=[an, "単位：百万円"]))
    for k, d in enumerate(HIST):
        for fy, fyr, lab, seg, a, c, w, o, rt in rows_for(d):
            for met, v in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o)):
                fs.append(F(d, fy, fyr, seg, met, "actual", v * 1000, "yen", fmt(v), anchor=[fmt(a), fmt(c), fmt(v)]))
            fs.append(F(d, fy, fyr, seg, "collection_rate", "actual", rt, "percent", f"{rt:.2f}%", anchor=[fmt(c), f"{rt:.2f}%"]))
        sect = f"債権ごとの取組（{d}）"
        for lab, seg, vals in TARGET[d]:
            for (fy, fyr), v in zip(TYEARS, vals):
                fs.append(F(d, fy, fyr, seg, "collection_rate", "target", v, "percent", f"{v:.2f}", anchor=[sect, "(2)目標値"] if False else [ "(3)具体的な処理策", ITEMS[d][0][1], f"{v:.2f}"]))
        for (fy, fyr), v in zip(TYEARS, TARGET_OUT[d]):
            fs.append(F(d, fy, fyr, "total", "outstanding", "target", v * 1000, "yen", fmt(v), anchor=["(3)具体的な処理策", ITEMS[d][0][1], fmt(v)]))
        for lab, text, st in ITEMS[d]:
            its.append(I(d, 2025, "具体的な処理策", lab, text, st))
    return fs, its


def main():
    pdf = build()
    fs, its = facts_inits()
    doc = {"kind": "plan", "municipality": "星川市", "title": "星川市債権管理計画（令和7年度～令和9年度）",
           "date": "2025-03-01", "date_raw": "令和7年3月"}
    finish(STEM, pdf, doc, fs, its)


if __name__ == "__main__":
    main()
