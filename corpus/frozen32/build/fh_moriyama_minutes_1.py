"""fh_moriyama_minutes_1: 守山市議会 総務常任委員会 会議録 (python-docx -> LibreOffice).

    cd corpus/frozen32 && python3 build/fh_moriyama_minutes_1.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docx import Document  # noqa: E402
from docx.enum.section import WD_SECTION  # noqa: E402,F401
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt, RGBColor  # noqa: E402

from fh_common import PDF_DIR, WORK, Gold, fr, soffice_pdf, zen  # noqa: E402

STEM = "fh_moriyama_minutes_1"
CITY = "守山市"
TITLE = "令和７年度第２回　守山市議会総務常任委員会　会議録"
DATE = "2025-11-12"
DATE_RAW = "令和７年１１月１２日（水）"
MINCHO = "IPAexMincho"
GOTHIC = "IPAexGothic"

MEMBERS = [("委員長", "山中　健一"), ("副委員長", "奥野　美和"), ("委員", "田村　直樹"), ("委員", "森　孝之"),
           ("委員", "小川　由紀子"), ("委員", "藤本　誠"), ("委員", "中井　隆司")]
STAFF = [("総務部長", "西田　浩二"), ("総務部次長", "松本　和彦"), ("納税推進課長", "北村　敦"), ("市民税課長", "岡田　勝"),
         ("健康福祉部長", "長谷川　修"), ("保険年金課長", "川瀬　久美子"), ("子ども・若者部長", "吉岡　真理"),
         ("保育課長", "中川　幸恵"), ("上下水道事業所長", "堀　正樹")]
OFFICE = [("議会事務局長", "寺田　一郎"), ("書記", "安田　彩")]
AGENDA = ["所管事務調査　市債権の管理状況について", "その他"]
MATERIALS = ["資料１　令和６年度　主な市債権の収納状況", "資料２　守山市債権管理計画の取組状況（令和７年９月末）"]
SECTION = "所管事務調査　市債権の管理状況について"

# facts inside statements: (raw, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, approx, as_of)
S = []  # pages of statements: list of lists of (speaker, text, facts)

P2 = [
    ("山中委員長", "ただいまから総務常任委員会を開会いたします。本日は、閉会中の所管事務調査として「市債権の管理状況について」を議題といたします。執行部から説明を求めます。", []),
    ("西田総務部長", "それでは、市債権の管理状況について御説明申し上げます。令和６年度決算における市の債権全体の収入未済額は約５億９，８００万円となり、前年度から約４，６００万円減少いたしました。債権管理計画に基づく各課の取組が一定の成果を上げているものと考えております。詳細は納税推進課長から説明いたします。", [
        ("約５億９，８００万円", None, None, 2024, "令和６年度", "total", "outstanding", "actual", 598_000_000, "yen", True, None),
        ("約４，６００万円", None, None, 2024, "令和６年度", "total", "difference", "actual", -46_000_000, "yen", True, None)]),
    ("北村納税推進課長", "資料１をご覧ください。市税の令和６年度の収納率は、現年課税分が９９．４２％、滞納繰越分が３２．１５％、合計で９８．６１％となり、合計では前年度比０．１２ポイントの上昇となりました。市税の収入未済額は約１億８，６００万円で、前年度から約２，１００万円の減少でございます。また、不納欠損額は約１，４８０万円でございました。", [
        ("９９．４２％", "市税", "市税", 2024, "令和６年度", "current", "collection_rate", "actual", 99.42, "percent", False, None),
        ("３２．１５％", "市税", "市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", 32.15, "percent", False, None),
        ("９８．６１％", "市税", "市税", 2024, "令和６年度", "total", "collection_rate", "actual", 98.61, "percent", False, None),
        ("０．１２ポイント", "市税", "市税", 2024, "令和６年度", "total", "difference", "actual", 0.12, "points", False, None),
        ("約１億８，６００万円", "市税", "市税", 2024, "令和６年度", "total", "outstanding", "actual", 186_000_000, "yen", True, None),
        ("約２，１００万円", "市税", "市税", 2024, "令和６年度", "total", "difference", "actual", -21_000_000, "yen", True, None),
        ("約１，４８０万円", "市税", "市税", 2024, "令和６年度", "total", "written_off", "actual", 14_800_000, "yen", True, None)]),
    ("田村委員", "滞納繰越分の収納率が上がっているようですが、その要因をお聞きします。また、滞納者の数はどのように推移しているのか、あわせてお聞きします。", []),
    ("北村納税推進課長", "要因としましては、Ｒ５から開始いたしました預貯金調査の電子化により財産調査の期間が短縮され、差押えの件数が増加したことが大きいと考えております。滞納者数は、令和６年度末で１，８４２人となっておりまして、５年度末の２，０１５人から１７３人減少しております。", [
        ("１，８４２人", "市税", "市税", 2024, "令和６年度末", "total", "delinquents", "actual", 1842, "persons", False, None),
        ("２，０１５人", "市税", "市税", 2023, "５年度末", "total", "delinquents", "actual", 2015, "persons", False, None),
        ("１７３人", "市税", "市税", 2024, "令和６年度末", "total", "difference", "actual", -173, "persons", False, None)]),
    ("小川委員", "差押えの件数は、どの程度増えているのでしょうか。", []),
    ("北村納税推進課長", "令和６年度の差押件数は６１２件で、前年度の４８５件から１２７件増加しております。主に預貯金と給与の差押えでございまして、差押えを契機として分割納付の相談に来られる方も多くなっております。", []),
    ("藤本委員", "納付しやすい環境づくりも大切だと思います。スマートフォン決済などの利用状況をお聞きします。", []),
    ("松本総務部次長", "令和５年度から地方税統一ＱＲコードを納付書に印字しておりまして、令和６年度のスマートフォン決済による納付は約４万２千件と、前年度の約１．４倍となっております。今後、Ｗｅｂ口座振替受付サービスの導入もあわせて検討してまいります。", []),
    ("藤本委員", "口座振替の加入の状況はいかがでしょうか。", []),
    ("松本総務部次長", "市税の口座振替の加入率は、令和６年度末で３８．６％となっておりまして、年々低下する傾向にございます。新たに納税義務者となられた方への案内を強化するなど、加入の促進に努めてまいります。", []),
]
P3 = [
    ("田村委員", "次に、国民健康保険税の状況についてお聞きします。", []),
    ("川瀬保険年金課長", "国民健康保険税の令和６年度の収納率は、現年課税分が９５．８３％、滞納繰越分が２７．４０％、合計で８６．１２％でございます。合計の収納率は前年度の８５．０２％から１．１０ポイント改善いたしました。収入未済額は約２億４，３００万円で、滞納世帯数は１，１３６世帯でございます。", [
        ("９５．８３％", "国民健康保険料", "国民健康保険税", 2024, "令和６年度", "current", "collection_rate", "actual", 95.83, "percent", False, None),
        ("２７．４０％", "国民健康保険料", "国民健康保険税", 2024, "令和６年度", "arrears", "collection_rate", "actual", 27.40, "percent", False, None),
        ("８６．１２％", "国民健康保険料", "国民健康保険税", 2024, "令和６年度", "total", "collection_rate", "actual", 86.12, "percent", False, None),
        ("８５．０２％", "国民健康保険料", "国民健康保険税", 2023, "前年度", "total", "collection_rate", "actual", 85.02, "percent", False, None),
        ("１．１０ポイント", "国民健康保険料", "国民健康保険税", 2024, "令和６年度", "total", "difference", "actual", 1.10, "points", False, None),
        ("約２億４，３００万円", "国民健康保険料", "国民健康保険税", 2024, "令和６年度", "total", "outstanding", "actual", 243_000_000, "yen", True, None),
        ("１，１３６世帯", "国民健康保険料", "国民健康保険税", 2024, "令和６年度", "total", "delinquents", "actual", 1136, "households", False, None)]),
    ("田村委員", "滞納繰越分の収納率は、市税と比べるとまだ低いように思いますが、いかがでしょうか。", []),
    ("川瀬保険年金課長", "国民健康保険税の滞納繰越分の調定額は約３億３，５００万円で、このうち約９，１８０万円を収納いたしました。所得の低い世帯が多いことから、納付相談を通じて分割納付につなげるとともに、資力のない方については執行停止を適正に行ってまいります。", [
        ("約３億３，５００万円", "国民健康保険料", "国民健康保険税", 2024, "令和６年度", "arrears", "assessed", "actual", 335_000_000, "yen", True, None),
        ("約９，１８０万円", "国民健康保険料", "国民健康保険税", 2024, "令和６年度", "arrears", "collected", "actual", 91_800_000, "yen", True, None)]),
    ("小川委員", "国民健康保険の資格を喪失された方の未納分については、どのように対応しているのでしょうか。", []),
    ("川瀬保険年金課長", "社会保険への加入や市外への転出により資格を喪失された方の未納分につきましては、転出先の市町村への照会を令和６年度に２６３件行い、判明した住所へ文書催告を送付しております。また、社会保険に加入された方には、勤務先の調査を行った上で給与の差押えも視野に入れて対応しております。", []),
    ("中井委員", "徴収嘱託員による訪問の体制はどうなっていますか。", []),
    ("松本総務部次長", "徴収嘱託員は３名体制でございまして、令和６年度は臨戸訪問を約３，１００件実施しております。訪問時に納付が難しい方には、納付相談の窓口を御案内し、分割納付の誓約につなげております。", []),
    ("森委員", "令和元年度と比べて、市税の収納率はどの程度改善しているのでしょうか。", []),
    ("北村納税推進課長", "市税の合計の収納率は、令和元年度の９７．８６％から、令和６年度は９８．６１％まで、０．７５ポイント改善しております。", [
        ("９７．８６％", "市税", "市税", 2019, "令和元年度", "total", "collection_rate", "actual", 97.86, "percent", False, None),
        ("９８．６１％", "市税", "市税", 2024, "令和６年度", "total", "collection_rate", "actual", 98.61, "percent", False, None),
        ("０．７５ポイント", "市税", "市税", 2024, "令和６年度", "total", "difference", "actual", 0.75, "points", False, None)]),
    ("森委員", "県内の他市と比べて、本市の水準はどうなのでしょうか。", []),
    ("北村納税推進課長", "2023年度の本市の市税の合計収納率は９８．４９％でございまして、県内の市の平均を上回っております。引き続き上位の水準を維持できるよう努めてまいります。", [
        ("９８．４９％", "市税", "市税", 2023, "2023年度", "total", "collection_rate", "actual", 98.49, "percent", False, None)]),
    ("森委員", "今年度の状況はいかがでしょうか。", []),
    ("北村納税推進課長", "令和７年９月末時点の市税の現年課税分の収納率は５６．８４％で、前年同月の５６．１２％を０．７２ポイント上回っております。", [
        ("５６．８４％", "市税", "市税", 2025, "令和７年９月末", "current", "collection_rate", "interim", 56.84, "percent", False, "2025-09-30"),
        ("５６．１２％", "市税", "市税", 2024, "前年同月", "current", "collection_rate", "interim", 56.12, "percent", False, "2024-09-30"),
        ("０．７２ポイント", "市税", "市税", 2025, "令和７年９月末", "current", "difference", "interim", 0.72, "points", False, "2025-09-30")]),
    ("奥野副委員長", "保育料や放課後児童クラブの利用料など、子育て関係の債権の状況はいかがですか。", []),
    ("吉岡子ども・若者部長", "保育料の令和６年度の現年度分の収納率は９９．０５％、放課後児童クラブ利用料は９８．７２％でございます。いずれも口座振替を原則としておりまして、滞納繰越分の収入未済額は保育料で約３２０万円でございます。", [
        ("９９．０５％", "保育料", "保育料", 2024, "令和６年度", "current", "collection_rate", "actual", 99.05, "percent", False, None),
        ("９８．７２％", "放課後児童クラブ利用料", "放課後児童クラブ利用料", 2024, "令和６年度", "current", "collection_rate", "actual", 98.72, "percent", False, None),
        ("約３２０万円", "保育料", "保育料", 2024, "令和６年度", "arrears", "outstanding", "actual", 3_200_000, "yen", True, None)]),
]
P4 = [
    ("中井委員", "介護保険料と後期高齢者医療保険料の状況もお聞きします。", []),
    ("長谷川健康福祉部長", "介護保険料の令和６年度の収納率は、現年度分が９９．２１％、滞納繰越分が２１．３６％でございます。後期高齢者医療保険料は、現年度分が９９．６８％となっております。いずれも年金からの特別徴収が大半を占めておりますので、普通徴収の方への口座振替の勧奨に力を入れております。", [
        ("９９．２１％", "介護保険料", "介護保険料", 2024, "令和６年度", "current", "collection_rate", "actual", 99.21, "percent", False, None),
        ("２１．３６％", "介護保険料", "介護保険料", 2024, "令和６年度", "arrears", "collection_rate", "actual", 21.36, "percent", False, None),
        ("９９．６８％", "後期高齢者医療保険料", "後期高齢者医療保険料", 2024, "令和６年度", "current", "collection_rate", "actual", 99.68, "percent", False, None)]),
    ("奥野副委員長", "債権管理計画の今年度の目標は達成できる見込みでしょうか。", []),
    ("西田総務部長", "計画では、令和７年度の市税の合計収納率の目標を９８．７０％としております。９月末の状況からは達成可能と見込んでおりますが、年末にかけて催告と財産調査を集中的に行い、確実な達成を目指してまいります。", [
        ("９８．７０％", "市税", "市税", 2025, "令和７年度", "total", "collection_rate", "target", 98.70, "percent", False, None)]),
    ("田村委員", "下水道使用料についてはいかがでしょうか。", []),
    ("堀上下水道事業所長", "下水道使用料の令和６年度の収納率は、現年度分で９９．１８％でございます。滞納繰越分の収入未済額は約８６０万円で、給水停止の予告と連動した催告により、前年度から約１２０万円減少しております。", [
        ("９９．１８％", "下水道使用料", "下水道使用料", 2024, "令和６年度", "current", "collection_rate", "actual", 99.18, "percent", False, None),
        ("約８６０万円", "下水道使用料", "下水道使用料", 2024, "令和６年度", "arrears", "outstanding", "actual", 8_600_000, "yen", True, None),
        ("約１２０万円", "下水道使用料", "下水道使用料", 2024, "令和６年度", "arrears", "difference", "actual", -1_200_000, "yen", True, None)]),
    ("小川委員", "市営住宅使用料についても、収納の状況をお聞きします。", []),
    ("松本総務部次長", "市営住宅使用料は、債権管理計画の取りまとめの中で把握しております数値で申し上げますと、令和６年度の現年度分の収納率が９７．８４％、滞納繰越分が１３．２７％でございます。また、市営住宅使用料の不納欠損額は約１８０万円でございました。", [
        ("９７．８４％", "市営住宅使用料", "市営住宅使用料", 2024, "令和６年度", "current", "collection_rate", "actual", 97.84, "percent", False, None),
        ("１３．２７％", "市営住宅使用料", "市営住宅使用料", 2024, "令和６年度", "arrears", "collection_rate", "actual", 13.27, "percent", False, None),
        ("約１８０万円", "市営住宅使用料", "市営住宅使用料", 2024, "令和６年度", "total", "written_off", "actual", 1_800_000, "yen", True, None)]),
    ("藤本委員", "現在の債権管理計画は今年度で終了すると思いますが、次期計画の策定の予定をお聞きします。", []),
    ("西田総務部長", "現行の計画期間は令和５年度から令和７年度（２０２５年度）までの３か年となっておりますので、今年度中に次期計画の案を取りまとめ、令和８年２月の本委員会で御報告させていただく予定でございます。", []),
    ("田村委員", "要望ですが、滞納者の中には生活に困窮されている方もおられると思います。徴収の強化とあわせて、福祉部門へのつなぎを丁寧に行っていただくようお願いします。", []),
    ("西田総務部長", "御指摘のとおり、納付相談の中で生活状況を丁寧にお聞きし、必要に応じて生活困窮者自立支援の窓口へおつなぎしております。今後も福祉部門との連携を進めてまいります。", []),
    ("山中委員長", "ほかに御質疑はございませんか。――ないようですので、以上で所管事務調査を終わります。これをもちまして総務常任委員会を閉会いたします。", []),
]
PAGES = {2: P2, 3: P3, 4: P4}

# 資料 (page 5): rates R6 (R5) without % sign; unit in the caption
TABLE = [
    ("市税", "市税", (99.42, 99.35), (32.15, 29.80), (98.61, 98.49)),
    ("国民健康保険料", "国民健康保険税", (95.83, 95.41), (27.40, 25.12), (86.12, 85.02)),
    ("介護保険料", "介護保険料", (99.21, 99.16), (21.36, 19.88), (98.73, 98.61)),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", (99.68, 99.63), (45.10, 41.27), (99.41, 99.30)),
    ("保育料", "保育料", (99.05, 98.94), (18.62, 16.05), (96.87, 96.31)),
    ("放課後児童クラブ利用料", "放課後児童クラブ利用料", (98.72, 98.80), (24.31, 20.66), (97.02, 96.95)),
    ("市営住宅使用料", "市営住宅使用料", (97.84, 97.51), (13.27, 12.04), (83.55, 82.18)),
    ("下水道使用料", "下水道使用料", (99.18, 99.10), (30.45, 28.73), (97.96, 97.74)),
]
TOTAL_OUT = 598_452
SHIZEI_OUT = 186_237
KOKUHO_OUT = 243_118
INTERIM = [("現年分", "current", 56.84, 56.12), ("滞納繰越分", "arrears", 18.37, 16.95), ("合計", "total", 55.02, 54.28)]


def set_font(run, name=MINCHO, size=10.5, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), name)
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(doc, text="", font=MINCHO, size=10.5, align=None, bold=False, first=None, left=None, space_after=2,
         keep=False):
    p = doc.add_paragraph()
    if text:
        set_font(p.add_run(text), font, size, bold)
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = 1.25
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if left is not None:
        pf.left_indent = Mm(left)
    if first is not None:
        pf.first_line_indent = Mm(first)
    return p


def shade(cell, hexcolor):
    tcPr = cell._element.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), hexcolor)
    tcPr.append(sh)


def cell_text(cell, text, font=GOTHIC, size=9, align="l", bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    set_font(p.add_run(text), font, size, bold)
    p.paragraph_format.space_after = Pt(0)
    p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]


def fmt_table(t, height_mm=7.0, widths=None):
    from docx.enum.table import WD_ALIGN_VERTICAL, WD_ROW_HEIGHT_RULE
    for row in t.rows:
        row.height = Mm(height_mm)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for j, c in enumerate(row.cells):
            c.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
            if widths:
                c.width = Mm(widths[j])


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p.paragraph_format.space_after = Pt(0)


def footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run()
    set_font(r, GOTHIC, 8.5)
    for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)


def build():
    G = Gold(STEM, "minutes", "minutes", CITY, TITLE, DATE, DATE_RAW)
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    footer(sec)
    st = doc.styles["Normal"]
    st.font.name = MINCHO
    st.font.size = Pt(10.5)

    # ---- page 1: 会議の概要 -------------------------------------------------------------
    para(doc, "守山市議会", GOTHIC, 10, align="r")
    para(doc, "令和７年度第２回", GOTHIC, 13, align="c", space_after=0)
    para(doc, "守山市議会総務常任委員会　会議録", GOTHIC, 15, align="c", space_after=12)
    para(doc, "１　日　　時　　" + DATE_RAW + "　午前９時３０分～午前１１時４２分", size=10.5)
    para(doc, "２　場　　所　　第１委員会室", size=10.5)
    para(doc, "３　出席委員（委員７名）", size=10.5, space_after=3)
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (role, name) in enumerate(MEMBERS):
        r, c = i // 2, (i % 2) * 2
        cell_text(t.cell(r, c), role, align="c")
        shade(t.cell(r, c), "E4E9F2")
        cell_text(t.cell(r, c + 1), name, MINCHO, 10)
    cell_text(t.cell(3, 2), "")
    cell_text(t.cell(3, 3), "")
    fmt_table(t, 7, [28, 52, 28, 52])
    para(doc, "", size=4)
    para(doc, "４　説明のため出席した者（説明員９名）", size=10.5, space_after=3)
    t = doc.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (title, name) in enumerate(STAFF):
        r, c = i // 2, (i % 2) * 2
        cell_text(t.cell(r, c), title)
        shade(t.cell(r, c), "E4E9F2")
        cell_text(t.cell(r, c + 1), name, MINCHO, 10)
    cell_text(t.cell(4, 2), "")
    cell_text(t.cell(4, 3), "")
    fmt_table(t, 7, [36, 44, 36, 44])
    para(doc, "", size=4)
    para(doc, "５　事務局出席者（事務局２名）　議会事務局長　寺田　一郎　　書記　安田　彩", size=10.5)
    para(doc, "６　会議に付した事件", size=10.5)
    for i, a in enumerate(AGENDA):
        para(doc, f"（{zen(i + 1)}）{a}", size=10.5, left=6)
    para(doc, "７　配付資料", size=10.5)
    for m in MATERIALS:
        para(doc, m, size=10.5, left=6)
    para(doc, "８　会議の経過　　別紙のとおり", size=10.5)
    para(doc, "", size=6)
    para(doc, "守山市議会委員会条例第２９条の規定により、ここに署名する。", size=10, space_after=4)
    para(doc, "総務常任委員会委員長　　山中　健一", size=10.5, align="r")

    # ---- pages 2-4: statements ------------------------------------------------------------
    statements = []
    for pno in (2, 3, 4):
        page_break(doc)
        if pno == 2:
            para(doc, "会議の経過", GOTHIC, 12, align="c", space_after=6)
            para(doc, "〔" + SECTION + "〕", GOTHIC, 10.5, space_after=6)
        lines = 3 if pno == 2 else 0
        for spk, text, facts in PAGES[pno]:
            p = doc.add_paragraph()
            set_font(p.add_run("○" + spk), GOTHIC, 11)
            set_font(p.add_run("　" + text), MINCHO, 11)
            pf = p.paragraph_format
            pf.first_line_indent = Mm(0)
            pf.space_after = Pt(6)
            pf.line_spacing = 1.4
            lines += -(-(len(spk) + 2 + len(text)) // 40) + 0.45
            statements.append({"speaker": spk, "section": SECTION, "text": text, "page": pno})
            for (raw, debt, debt_raw, fy, fyr, seg, metric, basis, value, unit, approx, as_of) in facts:
                assert raw in text, raw
                G.fact(pno, debt, debt_raw, fy, fyr, seg, metric, basis, value, unit, raw, approx=approx, as_of=as_of)
        print(f"page {pno}: about {lines:.0f} lines")
        assert lines <= 47, (pno, lines)
        if pno == 4:
            para(doc, "", size=6)
            para(doc, "（午前１１時４２分　閉会）", size=10.5, align="r")

    # ---- page 5: 資料１ -----------------------------------------------------------------------
    page_break(doc)
    para(doc, "【委員会配付資料】", GOTHIC, 9, align="r")
    para(doc, MATERIALS[0], GOTHIC, 12.5, space_after=4)
    para(doc, "表　債権別の収納率（令和６年度決算、括弧内は令和５年度(2023年度)決算）　（単位：％）", GOTHIC, 9,
         space_after=2)
    t = doc.add_table(rows=1 + len(TABLE), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(["債権名", "現年分", "滞納繰越分", "合計"]):
        cell_text(t.cell(0, j), h, align="c", size=9.5)
        shade(t.cell(0, j), "D9E2F0")
    for i, (debt, raw, cur, arr, tot) in enumerate(TABLE):
        cell_text(t.cell(1 + i, 0), raw, size=9.5)
        for j, (seg, pair) in enumerate((("current", cur), ("arrears", arr), ("total", tot))):
            a, b = pair
            cell_text(t.cell(1 + i, 1 + j), f"{fr(a)}（{fr(b)}）", align="r", size=9.5)
            G.fact(5, debt, raw, 2024, "令和６年度", seg, "collection_rate", "actual", a, "percent", fr(a))
            G.fact(5, debt, raw, 2023, "令和５年度(2023年度)", seg, "collection_rate", "actual", b, "percent", fr(b))
    fmt_table(t, 7.5, [52, 36, 36, 36])
    para(doc, f"※　市債権全体の収入未済額{TOTAL_OUT:,}千円のうち、市税分{SHIZEI_OUT:,}千円、国民健康保険税分{KOKUHO_OUT:,}千円",
         GOTHIC, 8.5, space_after=10)
    G.fact(5, None, None, 2024, None, "total", "outstanding", "actual", TOTAL_OUT * 1000, "yen", f"{TOTAL_OUT:,}千円")
    G.fact(5, "市税", "市税", 2024, None, "total", "outstanding", "actual", SHIZEI_OUT * 1000, "yen", f"{SHIZEI_OUT:,}千円")
    G.fact(5, "国民健康保険料", "国民健康保険税", 2024, None, "total", "outstanding", "actual", KOKUHO_OUT * 1000, "yen",
           f"{KOKUHO_OUT:,}千円")
    # 【参考】 one-cell box with label：value bullets
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    cell_text(c, "【参考】令和６年度末の状況", size=9.5)
    for s in ["・不納欠損額（市税）：14,812千円", "・滞納者数（市税）：1,842人", "・滞納世帯数（国民健康保険税）：1,136世帯"]:
        p = c.add_paragraph()
        set_font(p.add_run(s), GOTHIC, 9.5)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.left_indent = Mm(3)
    fmt_table(t, 24, [160])
    G.fact(5, "市税", "市税", 2024, "令和６年度末", "total", "written_off", "actual", 14_812_000, "yen", "14,812千円")
    G.fact(5, "市税", "市税", 2024, "令和６年度末", "total", "delinquents", "actual", 1842, "persons", "1,842人")
    G.fact(5, "国民健康保険料", "国民健康保険税", 2024, "令和６年度末", "total", "delinquents", "actual", 1136,
           "households", "1,136世帯")
    para(doc, "", size=8)
    para(doc, MATERIALS[1], GOTHIC, 12.5, space_after=4)
    para(doc, "（市税）", GOTHIC, 10, space_after=2)
    para(doc, "【収納率】令和７年９月末時点", GOTHIC, 10.5, space_after=2)
    for lab, seg, v, prev in INTERIM:
        para(doc, f"・{lab}　{fr(v)}％（前年同月　{fr(prev)}％）", GOTHIC, 10, left=4, space_after=1)
        G.fact(5, "市税", "市税", 2025, "令和７年９月末", seg, "collection_rate", "interim", v, "percent", f"{fr(v)}％",
               as_of="2025-09-30")
        G.fact(5, "市税", "市税", 2024, "前年同月", seg, "collection_rate", "interim", prev, "percent", f"{fr(prev)}％",
               as_of="2024-09-30")
    para(doc, "", size=4)
    para(doc, "【目標】令和７年度　合計収納率　98.70％（計画値）", GOTHIC, 10, space_after=1)
    G.fact(5, "市税", "市税", 2025, "令和７年度", "total", "collection_rate", "target", 98.70, "percent", "98.70％")
    para(doc, "出典：守山市債権管理計画（令和５年３月策定）に基づく所管課報告", GOTHIC, 8, space_after=0)

    G.minutes = {
        "title": TITLE.replace("　", " "),
        "meeting_number": 2,
        "date": DATE,
        "method": None,
        "attendees": [{"role": r, "title": None, "name": n} for r, n in MEMBERS]
        + [{"role": "説明員", "title": t_, "name": n} for t_, n in STAFF]
        + [{"role": "事務局", "title": t_, "name": n} for t_, n in OFFICE],
        "agenda": AGENDA,
        "materials": MATERIALS,
        "statements": statements,
    }
    src = WORK / f"{STEM}.docx"
    doc.save(src)
    pdf = soffice_pdf(src, WORK / "lo_out")
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    out = PDF_DIR / f"{STEM}.pdf"
    out.write_bytes(pdf.read_bytes())
    G.write(out)


if __name__ == "__main__":
    build()
