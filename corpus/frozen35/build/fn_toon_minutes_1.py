"""東温市議会 総務常任委員会記録（所管事務調査：市税等の収納状況） (minutes) — python-docx → LibreOffice.

Run from corpus/frozen35:  python3 build/fn_toon_minutes_1.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.enum.table import WD_ALIGN_VERTICAL, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt  # noqa: E402

from fn_common import PDF_DIR, WORK, Gold, comma, fr, office_to_pdf, rate, zen  # noqa: E402

STEM = "fn_toon_minutes_1"
CITY = "東温市"
NOW, PREV = "2025-10-31", "2024-10-31"

# ---------------------------------------------------------------- data
# 資料１ (千円): (調定額, 収納率の目安) 本年度 = 令和７年度 10月末, 前年度 = 令和６年度 10月末
R1_NOW = {"市税": ((5482310, 66.12), (286540, 21.30)), "国民健康保険税": ((1385220, 44.85), (402180, 14.82)),
          "介護保険料": ((1124560, 58.92), None), "後期高齢者医療保険料": ((498870, 61.35), None)}
R1_PREV = {"市税": ((5421880, 65.80), (312450, 20.62)), "国民健康保険税": ((1402660, 44.51), (425330, 16.05)),
           "介護保険料": ((1108230, 58.60), None), "後期高齢者医療保険料": ((482140, 61.02), None)}


def build(raw):
    out = {}
    for k, (cur, arr) in raw.items():
        d = {}
        ca, cp = cur
        cc = round(ca * cp / 100)
        if arr:
            d["cur"] = dict(a=ca, c=cc, r=rate(cc, ca))
            aa, ap = arr
            ac = round(aa * ap / 100)
            d["arr"] = dict(a=aa, c=ac, r=rate(ac, aa))
            d["tot"] = dict(a=ca + aa, c=cc + ac, r=rate(cc + ac, ca + aa))
        else:
            d["tot"] = dict(a=ca, c=cc, r=rate(cc, ca))
        out[k] = d
    a = sum(v["tot"]["a"] for v in out.values())
    c = sum(v["tot"]["c"] for v in out.values())
    out["合計"] = {"tot": dict(a=a, c=c, r=rate(c, a))}
    return out


D_NOW, D_PREV = build(R1_NOW), build(R1_PREV)
# 資料２ 収入未済額 (千円) 令和２～６年度
OUT = {
    "市税": [268412, 251330, 236874, 224106, 214588],
    "国民健康保険税": [102554, 98760, 94312, 90148, 86275],
    "介護保険料": [14218, 13905, 13422, 12987, 12640],
    "保育料": [5420, 4980, 4512, 4105, 3862],
    "市営住宅使用料": [21350, 20740, 19960, 19320, 18752],
    "その他": [15230, 14870, 14410, 13980, 12085],
}
OYEARS = [2020, 2021, 2022, 2023, 2024]
OTOT = [sum(v[i] for v in OUT.values()) for i in range(5)]
SHITAX_R6_RATE = 97.82
HOIKU = (99.12, 18.40)          # 保育料 R6 現年度分・滞納繰越分 収納率
JUTAKU_ARR = 16204              # 市営住宅使用料 R6 過年度分の収入未済額 (千円)
WO_R6, WO_R5, WO_TAX_R6 = 21384, 24512, 12806   # 不納欠損額 (千円)
KOKUHO_HH, KOKUHO_HH_PREV = 812, 846

G = Gold(STEM, "minutes", "minutes", CITY, "令和７年度第２回 東温市議会総務常任委員会記録", "2025-11-18",
         "令和７年１１月１８日（火）")


def man(sen: int) -> tuple[str, int]:
    """千円 → 全角の '２億１，４５９万円', value."""
    m = round(sen / 10)
    o, r = divmod(m, 10000)
    s = (f"{o}億" if o else "") + f"{r:,}万円"
    return zen(s), m * 10000


def z(x, nd=2):
    return zen(f"{x:.{nd}f}")


# ---------------------------------------------------------------- statements (built from the data)
def statements():
    sx, sxp = D_NOW["市税"], D_PREV["市税"]
    kk, kkp = D_NOW["国民健康保険税"], D_PREV["国民健康保険税"]
    d_tot = round(sx["tot"]["r"] - sxp["tot"]["r"], 2)
    d_kk = round(kk["arr"]["r"] - kkp["arr"]["r"], 2)
    tax_o, tax_o_v = man(OUT["市税"][4])
    tot6, tot6_v = man(OTOT[4])
    dtot, dtot_v = man(OTOT[3] - OTOT[4])
    wo6, wo6_v = man(WO_R6)
    wo5, wo5_v = man(WO_R5)
    wot, wot_v = man(WO_TAX_R6)
    hk_o, hk_v = man(OUT["保育料"][4])
    ju_o, ju_v = man(OUT["市営住宅使用料"][4])
    ja_o, ja_v = man(JUTAKU_ARR)
    S1, S2 = "市税等の収納状況について", "東温市債権管理計画の進捗状況について"
    st = []   # (page, section, speaker, text, facts)

    def F(*a, **k):
        return (a, k)
    st.append((1, S1, "井上委員長",
               "ただいまから総務常任委員会を開会いたします。本日は、閉会中の所管事務調査として、市税等の収納状況及び"
               "東温市債権管理計画の進捗状況の２件について調査を行います。初めに、理事者から説明をお願いします。", []))
    st.append((1, S1, "白石総務部長",
               "本日は、お手元の資料１及び資料２に基づき、令和７年度の収納状況と、債権管理計画の進捗について御説明いたします。"
               "物価の上昇が続くなか、市民の皆様の生活にも影響が出ておりますが、負担の公平性を確保する観点から、"
               "納付相談を丁寧に行いつつ、納付資力のある方には厳正に対応するという方針で取り組んでおります。"
               "詳細は担当課長から説明させますので、よろしくお願いいたします。", []))
    st.append((1, S1, "真鍋税務課長",
               f"資料１を御覧ください。１０月末現在の市税全体の収納率は{z(sx['tot']['r'])}％で、前年同月と比べ"
               f"{z(d_tot)}ポイント上昇しております。内訳は、現年課税分が{z(sx['cur']['r'])}％、滞納繰越分が"
               f"{z(sx['arr']['r'])}％でございます。なお、R6決算では、市税の収納率は{z(SHITAX_R6_RATE)}％、"
               f"収入未済額は約{tax_o}となり、いずれも前年度より改善しております。"
               "本年度は、５月と１０月に滞納整理強化月間を設け、財産調査と差押えを集中して行ったほか、"
               "納期限後の電話催告を早めるなど、現年課税分の滞納を翌年度に繰り越さない取組を進めております。",
               [F("市税", "市税", 2025, "１０月末", "total", "collection_rate", "interim", sx["tot"]["r"], "percent",
                  zen(fr(sx["tot"]["r"])) + "％", as_of=NOW),
                F("市税", "市税", 2025, "１０月末", "total", "difference", "interim", d_tot, "points",
                  z(d_tot) + "ポイント", as_of=NOW),
                F("市税", "市税", 2025, "１０月末", "current", "collection_rate", "interim", sx["cur"]["r"], "percent",
                  z(sx["cur"]["r"]) + "％", as_of=NOW),
                F("市税", "市税", 2025, "１０月末", "arrears", "collection_rate", "interim", sx["arr"]["r"], "percent",
                  z(sx["arr"]["r"]) + "％", as_of=NOW),
                F("市税", "市税", 2024, "R6", "total", "collection_rate", "actual", SHITAX_R6_RATE, "percent",
                  z(SHITAX_R6_RATE) + "％"),
                F("市税", "市税", 2024, "R6", "total", "outstanding", "actual", tax_o_v, "yen", "約" + tax_o, approx=True)]))
    st.append((2, S1, "森本委員",
               "国民健康保険税の滞納繰越分の収納率が前年より下がっているように見えるが、その理由と、滞納している世帯の状況を伺いたい。",
               []))
    st.append((2, S1, "玉井保険・年金課長",
               f"国民健康保険税の滞納繰越分の収納率は、１０月末で{z(kk['arr']['r'])}％、前年同月の{z(kkp['arr']['r'])}％から"
               f"{z(abs(d_kk))}ポイント低下しております。高額の滞納案件について分納誓約に切り替えたため、一時的に収入が"
               f"後ろにずれていることが主な要因でございます。滞納世帯数は１０月末で{zen(str(KOKUHO_HH))}世帯となり、前年同月の"
               f"{zen(str(KOKUHO_HH_PREV))}世帯から減少しております。分納の履行が続けば、年度末には前年度並みの"
               "収納率に戻るものと見込んでおります。また、短期被保険者証の更新の機会を捉えて納付相談を行い、"
               "生活の状況を確認したうえで、分納か滞納処分かを判断しております。",
               [F("国民健康保険税", "国民健康保険税", 2025, "１０月末", "arrears", "collection_rate", "interim", kk["arr"]["r"],
                  "percent", z(kk["arr"]["r"]) + "％", as_of=NOW),
                F("国民健康保険税", "国民健康保険税", 2024, "前年同月", "arrears", "collection_rate", "interim", kkp["arr"]["r"],
                  "percent", z(kkp["arr"]["r"]) + "％", as_of=PREV),
                F("国民健康保険税", "国民健康保険税", 2025, "１０月末", "arrears", "difference", "interim", d_kk, "points",
                  z(abs(d_kk)) + "ポイント", as_of=NOW),
                F("国民健康保険税", "国民健康保険税", 2025, "１０月末", "total", "delinquents", "interim", KOKUHO_HH,
                  "households", zen(str(KOKUHO_HH)) + "世帯", as_of=NOW),
                F("国民健康保険税", "国民健康保険税", 2024, "前年同月", "total", "delinquents", "interim", KOKUHO_HH_PREV,
                  "households", zen(str(KOKUHO_HH_PREV)) + "世帯", as_of=PREV)]))
    st.append((2, S1, "森本委員", "差押えなどの滞納処分は、前年と比べてどのような状況か。", []))
    st.append((2, S1, "真鍋税務課長",
               "本年度の差押件数は、１０月末で２１５件、前年同期は１９８件でございます。預貯金の差押えが中心ですが、"
               "本年度から給与の差押えにも力を入れており、勤務先への調査を前年より早い時期に行っております。"
               "また、愛媛地方税滞納整理機構に高額の案件を移管し、共同で滞納整理を進めております。", []))
    st.append((2, S1, "森本委員", "機構へ移管した案件の成果はどうか。", []))
    st.append((2, S1, "真鍋税務課長",
               "本年度は１０件を移管しており、そのうち４件が完納、３件が分納中でございます。残る案件についても、"
               "機構と連携して財産の調査を進めているところでございます。", []))
    st.append((2, S1, "大西委員", "保育料の状況はどうか。子育て世帯の負担にも配慮が必要だと思うが、考え方を伺いたい。", []))
    st.append((2, S1, "藤原子ども・家庭課長",
               f"保育料の令和６年度決算は、現年度分の収納率が{z(HOIKU[0])}％、滞納繰越分が{z(HOIKU[1])}％、"
               f"収入未済額は約{hk_o}でございます。児童手当からの徴収を保護者の申出により行うなど、生活の状況に配慮しながら"
               "納付を促しております。",
               [F("保育料", "保育料", 2024, "令和６年度", "current", "collection_rate", "actual", HOIKU[0], "percent",
                  z(HOIKU[0]) + "％"),
                F("保育料", "保育料", 2024, "令和６年度", "arrears", "collection_rate", "actual", HOIKU[1], "percent",
                  z(HOIKU[1]) + "％"),
                F("保育料", "保育料", 2024, "令和６年度", "total", "outstanding", "actual", hk_v, "yen", "約" + hk_o, approx=True)]))
    st.append((2, S1, "大西委員", "保護者の申出による徴収はどの程度利用されているのか。", []))
    st.append((2, S1, "藤原子ども・家庭課長",
               "滞納のある世帯のおおむね半数から申出をいただいております。申出のない世帯には、入所の更新の際に"
               "制度を改めて御案内しております。", []))
    st.append((3, S2, "井上委員長", "次に、東温市債権管理計画の進捗状況について説明をお願いします。", []))
    st.append((3, S2, "越智収納対策室長",
               f"資料２を御覧ください。計画の対象債権の令和６年度末の収入未済額は約{tot6}で、前年度から約{dtot}の減少と"
               "なりました。計画を策定した令和元年度と比べますと、約１億２，３００万円の縮減でございます。"
               "計画の最終年度である令和８年度に向けて、引き続き各課と連携して取り組んでまいります。",
               [F(None, None, 2024, "令和６年度", "total", "outstanding", "actual", tot6_v, "yen", "約" + tot6, approx=True),
                F(None, None, 2024, "令和６年度", "total", "difference", "actual", -dtot_v, "yen", "約" + dtot, approx=True),
                F(None, None, 2024, "令和６年度", "total", "difference", "actual", -123000000, "yen", "約１億２，３００万円",
                  approx=True)]))
    st.append((3, S2, "渡部委員", "不納欠損の額はどのくらいか。安易な欠損処理になっていないか確認したい。", []))
    st.append((3, S2, "越智収納対策室長",
               f"令和６年度の不納欠損額は、計画対象債権全体で約{wo6}、このうち市税が約{wot}でございます。"
               f"R5の約{wo5}から減少しております。いずれも財産調査を行ったうえで執行停止とし、３年を経過したもの等を"
               "法令に基づき処理したものでございます。",
               [F(None, None, 2024, "令和６年度", "total", "written_off", "actual", wo6_v, "yen", "約" + wo6, approx=True),
                F("市税", "市税", 2024, "令和６年度", "total", "written_off", "actual", wot_v, "yen", "約" + wot, approx=True),
                F(None, None, 2023, "R5", "total", "written_off", "actual", wo5_v, "yen", "約" + wo5, approx=True)]))
    st.append((3, S2, "渡部委員", "私債権について、債権放棄の手続はどうなっているのか。", []))
    st.append((3, S2, "白石総務部長",
               "私債権の放棄は、東温市債権管理条例に基づき、回収の見込みがないことを確認したうえで行い、議会に報告しております。"
               "本年度は、所在不明の案件を中心に対象を精査しているところでございます。", []))
    st.append((3, S2, "松本副委員長", "市営住宅使用料の収入未済額について、退去者の分も含めて状況を伺いたい。", []))
    st.append((3, S2, "村上建設課長",
               f"市営住宅使用料の収入未済額は、令和６年度末で約{ju_o}、このうち過年度分が約{ja_o}でございます。"
               "過年度分の多くは退去者の分であり、所在調査を行ったうえで支払督促の申立てを進めております。",
               [F("市営住宅使用料", "市営住宅使用料", 2024, "令和６年度", "total", "outstanding", "actual", ju_v, "yen",
                  "約" + ju_o, approx=True),
                F("市営住宅使用料", "市営住宅使用料", 2024, "令和６年度", "arrears", "outstanding", "actual", ja_v, "yen",
                  "約" + ja_o, approx=True)]))
    st.append((4, S2, "高岡委員", "2023年度から始めたスマートフォン決済の利用状況と、その効果をどう見ているか。", []))
    st.append((4, S2, "越智収納対策室長",
               "スマートフォン決済による納付は年々増えており、特に現年課税分の納期内納付の増加につながっていると考えて"
               "おります。今後は口座振替の申込みをオンラインで受け付ける仕組みも検討してまいります。", []))
    st.append((4, S2, "高岡委員", "高齢の方など、スマートフォンを使わない方への配慮も忘れないでいただきたい。", []))
    st.append((4, S2, "越智収納対策室長",
               "窓口での納付相談や、金融機関・コンビニエンスストアでの納付も引き続き御利用いただけます。"
               "納付方法の案内は、広報紙とチラシでも分かりやすくお知らせしてまいります。", []))
    st.append((4, S2, "井上委員長", "ほかにございませんか。――ないようですので、以上で本日の所管事務調査を終わります。理事者におかれては、本日の委員の意見を踏まえ、引き続き適正な債権管理に努めていただくようお願いします。これをもって総務常任委員会を閉会いたします。", []))
    return st


# ---------------------------------------------------------------- docx helpers
def set_font(run, size=10.5, gothic=False, bold=False):
    name = "IPAexGothic" if gothic else "IPAexMincho"
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), name)


def para(doc, text="", size=11.5, gothic=False, align=None, indent=0.0, first=0.0, after=2, before=0, bold=False):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(after)
    pf.space_before = Pt(before)
    pf.line_spacing = 1.4 if size >= 11 else 1.2
    if indent:
        pf.left_indent = Mm(indent)
    if first:
        pf.first_line_indent = Mm(first)
    if align:
        p.alignment = align
    if text:
        set_font(p.add_run(text), size, gothic, bold)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p.paragraph_format.space_after = Pt(0)


def shade(cell, color="DCE6F1"):
    tcpr = cell._element.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), color)
    tcpr.append(sh)


def fix_table(t, widths_mm, height_mm=7.5):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in t.rows:
        row.height = Mm(height_mm)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for c, w in zip(row.cells, widths_mm):
            c.width = Mm(w)
            c.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


def cell_text(cell, text, size=9, align=WD_ALIGN_PARAGRAPH.CENTER, gothic=True):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    set_font(p.add_run(text), size, gothic)


def add_page_number(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for t, kind in (("－ ", None), (None, "PAGE"), (" －", None)):
        r = p.add_run()
        if kind:
            b = OxmlElement("w:fldChar")
            b.set(qn("w:fldCharType"), "begin")
            i = OxmlElement("w:instrText")
            i.set(qn("xml:space"), "preserve")
            i.text = kind
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), "end")
            r._element.append(b)
            r._element.append(i)
            r._element.append(e)
        else:
            r.text = t
        set_font(r, 9)


# ---------------------------------------------------------------- document
MEMBERS = [("委員長", "井上", "和夫"), ("副委員長", "松本", "恵子"), ("委員", "森本", "拓也"), ("委員", "大西", "美和"),
           ("委員", "渡部", "健一"), ("委員", "高岡", "正志")]
STAFF = [("総務部長", "白石", "浩二"), ("税務課長", "真鍋", "俊介"), ("収納対策室長", "越智", "弘樹"),
         ("保険・年金課長", "玉井", "里美"), ("子ども・家庭課長", "藤原", "直人"), ("建設課長", "村上", "誠"),
         ("上下水道課長", "二宮", "聡")]
OFFICE = [("議会事務局長", "矢野", "隆"), ("議事調査係長", "菅", "由美")]
AGENDA = ["市税等の収納状況について", "東温市債権管理計画の進捗状況について"]
MATERIALS = ["資料１　市税等の収納状況（令和７年１０月末現在）", "資料２　主要債権の収入未済額の推移"]


def two_col_names(doc, items, indent=8):
    # items: (title, family, given) printed two per line
    for i in range(0, len(items), 2):
        line = "　　".join(f"{t}　{f} {g}" for t, f, g in items[i:i + 2])
        para(doc, line, 10.5, indent=indent, after=0)


def build_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    add_page_number(sec)
    sts = statements()
    # page 1 head
    para(doc, "東温市議会", 12, True, WD_ALIGN_PARAGRAPH.CENTER, after=2)
    para(doc, "総　務　常　任　委　員　会　記　録", 16, True, WD_ALIGN_PARAGRAPH.CENTER, after=2)
    para(doc, "令和７年度第２回（所管事務調査）", 11, True, WD_ALIGN_PARAGRAPH.CENTER, after=8)
    para(doc, "１　開会日時　令和７年１１月１８日（火）　午前１０時００分開会　午前１１時４０分閉会", after=1)
    para(doc, "２　場　　所　第１委員会室", after=1)
    para(doc, "３　出席委員（６名）", after=0)
    two_col_names(doc, MEMBERS)
    para(doc, "４　欠席委員　なし", after=1, before=2)
    para(doc, "５　説明のため出席した者（７名）", after=0)
    two_col_names(doc, STAFF)
    para(doc, "６　事務局職員出席者（２名）", after=0, before=2)
    two_col_names(doc, OFFICE)
    para(doc, "７　調査事件", after=0, before=2)
    for i, a in enumerate(AGENDA, 1):
        para(doc, f"（{zen(str(i))}）{a}", indent=8, after=0)
    para(doc, "８　配付資料", after=0, before=2)
    for m in MATERIALS:
        para(doc, m, indent=8, after=0)
    para(doc, "９　審査の経過", after=2, before=4)
    cur_page = 1
    cur_sec = None
    sec_no = {AGENDA[0]: "（１）", AGENDA[1]: "（２）"}
    for pg, section, spk, text, facts in sts:
        if pg != cur_page:
            page_break(doc)
            cur_page = pg
        if section != cur_sec:
            para(doc, f"{sec_no[section]}{section}", 11.5, True, before=4, after=2)
            cur_sec = section
        p = para(doc, "", first=0, after=3)
        p.paragraph_format.left_indent = Mm(0)
        set_font(p.add_run(f"○{spk}　"), 11.5, True)
        set_font(p.add_run(text), 11.5)
        for a, k in facts:
            G.fact(*a, page=pg, **k)
    para(doc, "午前１１時４０分閉会", align=WD_ALIGN_PARAGRAPH.RIGHT, before=6)
    # 資料１
    page_break(doc)
    n = 5
    para(doc, "資料１", 10, True, WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "市税等の収納状況（令和７年１０月末現在）", 13, True, WD_ALIGN_PARAGRAPH.CENTER, after=2)
    para(doc, "本年度＝令和７年度、前年度＝令和６年度（いずれも１０月末時点）", 9, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    rows_spec = []
    for k, label in (("市税", "市税"), ("国民健康保険税", "国民健康保険税"), ("介護保険料", "介護保険料"),
                     ("後期高齢者医療保険料", "後期高齢者医療保険料"), ("合計", "合計")):
        segs = [("cur", "現年課税分"), ("arr", "滞納繰越分"), ("tot", "計")] if "cur" in D_NOW[k] else [("tot", "計")]
        for i, (seg, slab) in enumerate(segs):
            rows_spec.append((k, label, seg, slab, i == 0, len(segs)))
    t = doc.add_table(rows=2 + len(rows_spec), cols=8)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    fix_table(t, [28, 20, 22, 22, 14, 22, 14, 18], 8)
    hdr = t.rows[0].cells
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(0, 2).merge(t.cell(0, 4))
    t.cell(0, 5).merge(t.cell(0, 6))
    t.cell(0, 7).merge(t.cell(1, 7))
    cell_text(t.cell(0, 0), "債権名")
    cell_text(t.cell(0, 1), "区分")
    cell_text(t.cell(0, 2), "本年度")
    cell_text(t.cell(0, 5), "前年度")
    cell_text(t.cell(0, 7), "収納率の\n増減\n（ポイント）", 8)
    for i, s in zip((2, 3, 4, 5, 6), ("調定額\n（千円）", "収入済額\n（千円）", "収納率\n（％）", "収入済額\n（千円）", "収納率\n（％）")):
        cell_text(t.cell(1, i), s, 8)
    for c in list(hdr) + list(t.rows[1].cells):
        shade(c)
    r = 2
    for k, label, seg, slab, first, span in rows_spec:
        if first:
            if span > 1:
                t.cell(r, 0).merge(t.cell(r + span - 1, 0))
            cell_text(t.cell(r, 0), label, 9, WD_ALIGN_PARAGRAPH.LEFT)
        q, p = D_NOW[k][seg], D_PREV[k][seg]
        d = round(q["r"] - p["r"], 2)
        vals = [slab, comma(q["a"]), comma(q["c"]), fr(q["r"]), comma(p["c"]), fr(p["r"]),
                ("△" if d < 0 else "") + fr(abs(d))]
        for i, s in enumerate(vals, 1):
            cell_text(t.cell(r, i), s, 9, WD_ALIGN_PARAGRAPH.CENTER if i == 1 else WD_ALIGN_PARAGRAPH.RIGHT)
        if seg == "tot" and k == "合計":
            for i in range(0, 8):
                shade(t.cell(r, i), "F2F2F2")
        sg = {"cur": "current", "arr": "arrears", "tot": "total"}[seg]
        dk = None if k == "合計" else k
        G.fact(dk, label, 2025, "本年度", sg, "assessed", "interim", q["a"] * 1000, "yen", comma(q["a"]), n, as_of=NOW)
        G.fact(dk, label, 2025, "本年度", sg, "collected", "interim", q["c"] * 1000, "yen", comma(q["c"]), n, as_of=NOW)
        G.fact(dk, label, 2025, "本年度", sg, "collection_rate", "interim", q["r"], "percent", fr(q["r"]), n, as_of=NOW)
        G.fact(dk, label, 2024, "前年度", sg, "collected", "interim", p["c"] * 1000, "yen", comma(p["c"]), n, as_of=PREV)
        G.fact(dk, label, 2024, "前年度", sg, "collection_rate", "interim", p["r"], "percent", fr(p["r"]), n, as_of=PREV)
        G.fact(dk, label, 2025, "本年度", sg, "difference", "interim", d, "points", vals[-1], n, as_of=NOW)
        r += 1
    para(doc, "※ 収納率は各年度１０月末の収入済額を同時点の調定額で除したもの。△は低下。", 8.5, before=3)
    para(doc, "※ 国民健康保険税の１０月末の滞納世帯数は８１２世帯（前年同月８４６世帯）。", 8.5)
    G.fact("国民健康保険税", "国民健康保険税", 2025, "１０月末", "total", "delinquents", "interim", KOKUHO_HH, "households",
           "８１２世帯", n, as_of=NOW)
    G.fact("国民健康保険税", "国民健康保険税", 2024, "前年同月", "total", "delinquents", "interim", KOKUHO_HH_PREV, "households",
           "８４６世帯", n, as_of=PREV)
    # 資料２
    page_break(doc)
    n = 6
    para(doc, "資料２", 10, True, WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "主要債権の収入未済額の推移（単位：百万円）", 13, True, WD_ALIGN_PARAGRAPH.CENTER, after=6)
    t2 = doc.add_table(rows=2 + len(OUT), cols=6)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    fix_table(t2, [40, 24, 24, 24, 24, 24], 9)
    ylabs = ["令和２年度", "令和３年度", "令和４年度", "令和５年度", "令和６年度"]
    cell_text(t2.cell(0, 0), "債権名")
    shade(t2.cell(0, 0))
    for i, yl in enumerate(ylabs, 1):
        cell_text(t2.cell(0, i), yl)
        shade(t2.cell(0, i))
    rows = list(OUT.items()) + [("合計", OTOT)]
    for ri, (k, vals) in enumerate(rows, 1):
        cell_text(t2.cell(ri, 0), k, 9.5, WD_ALIGN_PARAGRAPH.LEFT)
        for i, v in enumerate(vals, 1):
            mv = round(v / 1000, 1)
            s = f"{mv:,.1f}"
            cell_text(t2.cell(ri, i), s, 9.5, WD_ALIGN_PARAGRAPH.RIGHT)
            dk = None if k in ("合計", "その他") else k
            G.fact(dk, k, OYEARS[i - 1], ylabs[i - 1], "total", "outstanding", "actual", round(mv * 1_000_000), "yen", s, n)
        if k == "合計":
            for i in range(6):
                shade(t2.cell(ri, i), "F2F2F2")
    para(doc, "※ 各年度の決算（出納閉鎖後）の額。百万円未満は四捨五入。「その他」は計画対象のうち上記以外の１２債権。", 8.5,
         before=3)
    para(doc, "※ 令和６年度の合計のうち滞納繰越分は２６０．５百万円。", 8.5)
    arr6 = 260.5
    G.fact(None, "合計", 2024, "令和６年度", "arrears", "outstanding", "actual", round(arr6 * 1_000_000), "yen", "２６０．５百万円", n)
    # minutes object
    attendees = [{"role": r, "title": None, "name": f + g} for r, f, g in MEMBERS]
    attendees += [{"role": t, "title": t, "name": f + g} for t, f, g in STAFF]
    attendees += [{"role": t, "title": t, "name": f + g} for t, f, g in OFFICE]
    G.minutes = {"title": "令和７年度第２回 東温市議会総務常任委員会記録", "meeting_number": 2, "date": "2025-11-18",
                 "method": None, "attendees": attendees, "agenda": AGENDA, "materials": MATERIALS,
                 "statements": [{"speaker": spk, "section": section, "text": text, "page": pg}
                                for pg, section, spk, text, _f in sts]}
    return doc


def main():
    doc = build_doc()
    doc.core_properties.title = "総務常任委員会記録"
    doc.core_properties.author = "東温市議会事務局"
    src = WORK / f"{STEM}.docx"
    doc.save(src)
    out = PDF_DIR / f"{STEM}.pdf"
    office_to_pdf(src, out)
    G.write(out)


if __name__ == "__main__":
    main()
