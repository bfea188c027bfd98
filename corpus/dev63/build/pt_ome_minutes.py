"""pt_ome_minutes_1: 青梅市議会 総務文教委員会記録 (python-docx -> LibreOffice).

Run from corpus/dev63:  python3 build/pt_ome_minutes.py
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import fitz
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pt_common import PDF_DIR, WORK, Gold, comma, oku_man, rate, zen  # noqa: E402

STEM = "pt_ome_minutes_1"
MIN = "IPAex明朝"
GOT = "IPAexゴシック"

# ---------------------------------------------------------------------------
# data (thousand yen unless said otherwise); FY2024 = 令和6年度 決算
# ---------------------------------------------------------------------------
TAX = dict(cur_a=20_031_560, cur_c=19_881_204, arr_a=530_758, arr_c=246_202, w=38_215)
TAX["a"] = TAX["cur_a"] + TAX["arr_a"]
TAX["c"] = TAX["cur_c"] + TAX["arr_c"]
TAX["o"] = TAX["a"] - TAX["c"] - TAX["w"]
TAX_ARR_O = TAX["arr_a"] - TAX["arr_c"] - TAX["w"]
TAX_RATE_R5 = 97.64
TAX_O_R5 = 438_812
ALL_O_R5 = 1_302_511

# 債権名(表記) , canonical, A, C, W , previous-year total rate
ROWS = [
    ("市税", "市税", TAX["a"], TAX["c"], TAX["w"], TAX_RATE_R5),
    ("国保税", "国民健康保険税", 3_101_051, 2_461_521, 61_388, 78.61),
    ("介護料", "介護保険料", 3_047_720, 2_971_765, 14_862, 97.32),
    ("後期高齢", "後期高齢者医療保険料", 1_716_769, 1_701_152, 2_104, 99.01),
    ("保育料", "保育料", 318_406, 303_112, 2_831, 94.87),
    ("住宅使用料", "市営住宅使用料", 214_830, 188_604, 3_912, 87.15),
    ("その他", None, 1_486_116, 1_326_028, 10_214, 89.40),
]
HOIKU_YEN = dict(a=318_406_450, c=303_111_950, w=2_831_300)
HOIKU_YEN["o"] = HOIKU_YEN["a"] - HOIKU_YEN["c"] - HOIKU_YEN["w"]
HOIKU_O_R5 = 14_028_900
JUTAKU = dict(cur_a=187_920, cur_c=184_350, arr_a=26_910, arr_c=4_254)
JUTAKU_O_R5 = 23_522

G = Gold(STEM, "minutes", "minutes", "青梅市", "青梅市議会総務文教委員会記録",
         "2025-09-11", "令和７年９月１１日")


def sanity():
    for name, canon, a, c, w, _ in ROWS:
        assert a - c - w > 0, name
    assert ROWS[4][2] == round(HOIKU_YEN["a"] / 1000) and ROWS[4][3] == round(HOIKU_YEN["c"] / 1000)
    assert JUTAKU["cur_c"] + JUTAKU["arr_c"] == ROWS[5][3]
    assert JUTAKU["cur_a"] + JUTAKU["arr_a"] == ROWS[5][2]


sanity()
ALL_O = sum(a - c - w for _, _, a, c, w, _ in ROWS)
ALL_W = sum(w for *_, w, _ in ROWS)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def set_font(run, name=MIN, size=10.5, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), name)


def para(doc, text="", *, font=MIN, size=10.5, bold=False, align=None, indent=0.0,
         first=0.0, before=0, after=0, keep=False):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing = Pt(17)
    if indent:
        pf.left_indent = Pt(size * indent)
    if first:
        pf.first_line_indent = Pt(size * first)
    if align:
        p.alignment = align
    if keep:
        pf.keep_with_next = True
    if text:
        set_font(p.add_run(text), font, size, bold)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.add_run().add_break(WD_BREAK.PAGE)
    G.page += 1


def cell_borders(cell, on=True):
    tcpr = cell._element.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single" if on else "nil")
        e.set(qn("w:sz"), "6")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tcpr.append(b)


# ---------------------------------------------------------------------------
# statements
# ---------------------------------------------------------------------------
SEC1 = "所管事務調査「債権管理の取組状況について」"
SEC2 = "閉会中の継続調査について"
STATEMENTS: list[dict] = []


def say(doc, speaker, paras, section=SEC1):
    """○speaker + paragraphs; paras are strings (already with figures registered)."""
    first = True
    for t in paras:
        p = para(doc, indent=0, first=0 if first else 1)
        if first:
            set_font(p.add_run("○" + speaker), GOT, 10.5, True)
            set_font(p.add_run("　" + t))
        else:
            set_font(p.add_run(t))
        first = False
    STATEMENTS.append({"speaker": speaker, "section": section, "text": "\n".join(paras),
                       "page": G.page})


def note(doc, text):
    para(doc, text, indent=6)


def F(raw, value, metric, fy, **kw):
    """Register a fact printed in full width (minutes prose)."""
    return G.fact(raw, value, metric, fy, **kw)


def yen_k(v):  # thousand yen -> yen
    return v * 1000


def build_doc() -> Document:
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.top_margin = sec.bottom_margin = Mm(25)
    sec.left_margin = sec.right_margin = Mm(25)
    # footer page number
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run()
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), tag)
        else:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = txt
        r._element.append(e)
    set_font(r, MIN, 9)

    R6, R5 = "令和６年度", "令和５年度"

    # ------------------------------------------------------------------ page 1
    para(doc, "令和７年度第２回", size=10.5, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "青梅市議会総務文教委員会記録", font=GOT, size=15, bold=True,
         align=WD_ALIGN_PARAGRAPH.CENTER, before=4, after=8)
    para(doc, "１　日　　時　　令和７年９月１１日（木）　午前１０時００分開会")
    para(doc, "午前１１時４２分閉会", indent=23)
    para(doc, "２　場　　所　　議会棟　第１委員会室")
    para(doc, "３　出席委員（委員７名）")
    members = [("委員長", "野口　和彦"), ("副委員長", "高野　美里"), ("委員", "木村　浩一"),
               ("委員", "佐藤　恵子"), ("委員", "中山　正樹"), ("委員", "岡本　玲子"),
               ("委員", "石川　達也")]
    attendees = []
    line = []
    for i, (role, name) in enumerate(members):
        line.append(f"{role}　{name}")
        attendees.append({"role": role, "title": None, "name": name.replace("　", "")})
        if len(line) == 3 or i == len(members) - 1:
            para(doc, "　　".join(line), indent=2)
            line = []
    para(doc, "４　欠席委員（１名）")
    para(doc, "委員　長谷川　修", indent=2)
    staff_lines = [[("財務部長", "森田　康弘"), ("市民部長", "大塚　誠"), ("健康福祉部長", "村上　聡")],
                   [("子ども・若者部長", "平田　由紀"), ("都市整備部長", "松井　隆")],
                   [("納税課長", "石井　健太"), ("保険年金課長", "小島　英樹"), ("住宅課長", "西村　剛")],
                   [("納税課債権管理担当主幹", "上野　真理")]]
    staff = [x for ln in staff_lines for x in ln]
    para(doc, f"５　説明のため出席した者（{zen(len(staff))}名）")
    for ln in staff_lines:
        para(doc, "　　".join(f"{t}　{n}" for t, n in ln), indent=2)
    for t, n in staff:
        attendees.append({"role": t, "title": t, "name": n.replace("　", "")})
    sec_staff = [("議会事務局長", "吉田　誠一"), ("議事係長", "藤本　香"), ("議事係主事", "荒井　翔")]
    para(doc, "６　事務局職員（事務局３名）")
    para(doc, "　　".join(f"{t}　{n}" for t, n in sec_staff), indent=2)
    for t, n in sec_staff:
        attendees.append({"role": t, "title": t, "name": n.replace("　", "")})
    para(doc, "７　調査事件")
    para(doc, "（１）" + SEC1, indent=1)
    para(doc, "（２）" + SEC2, indent=1)
    para(doc, "８　配付資料")
    materials = ["資料１　令和６年度　債権の状況（決算）",
                 "資料２　債権管理の取組状況（令和７年８月末現在）"]
    for m in materials:
        para(doc, m, indent=2)
    para(doc, "――――――――――――――――――――――――――――――――――――", align=WD_ALIGN_PARAGRAPH.CENTER,
         before=4, after=4)
    para(doc, "午前１０時００分開会", indent=6)
    say(doc, "野口委員長", [
        "ただいまから総務文教委員会を開会いたします。本日の出席委員は７名で、定足数に達しております。"
        "なお、長谷川委員から所用のため欠席する旨の届出がありましたので、御報告いたします。",
        "本日は、所管事務調査として「債権管理の取組状況について」を議題といたします。"
        "それでは、理事者から説明をお願いいたします。"])

    # ------------------------------------------------------------------ page 2
    page_break(doc)
    say(doc, "森田財務部長", [
        "本市では、令和元年度に策定いたしました青梅市債権管理基本方針に基づき、全庁を挙げて収納率の向上と"
        "収入未済額の縮減に取り組んでまいりました。また、令和５年度からは納税課に債権管理担当を置き、税外債権を所管する課への助言や"
        "困難案件の引継ぎを行っております。本日は、令和６年度決算の状況と今年度の取組状況につきまして、"
        "納税課長から御説明申し上げます。"])
    tr = rate(TAX["c"], TAX["a"])
    t_cur = rate(TAX["cur_c"], TAX["cur_a"])
    t_arr = rate(TAX["arr_c"], TAX["arr_a"])
    d_rate = round(tr - TAX_RATE_R5, 2)
    o_appr = round(TAX["o"] * 1000, -5)          # 約3億9,670万円
    d_o = TAX["o"] - TAX_O_R5                     # thousand yen, negative
    d_o_appr = round(d_o * 1000, -5)              # 約4,210万円
    all_appr = round(ALL_O * 1000, -6)            # 約12億3,400万円
    all_d_appr = round((ALL_O - ALL_O_R5) * 1000, -6)
    kw = dict(debt="市税", fy_raw=R6)
    s3a = (
        "それでは、資料１を御覧ください。令和６年度決算における市税の収納率は"
        + F(zen(f"{tr:.2f}") + "％", tr, "collection_rate", 2024, **kw)
        + "で、前年度と比べ"
        + F(zen(f"{d_rate:.2f}") + "ポイント", d_rate, "difference", 2024, unit="points", **kw)
        + "上昇いたしました。内訳は、現年課税分が"
        + F(zen(f"{t_cur:.2f}") + "％", t_cur, "collection_rate", 2024, segment="current", **kw)
        + "、滞納繰越分が"
        + F(zen(f"{t_arr:.2f}") + "％", t_arr, "collection_rate", 2024, segment="arrears", **kw)
        + "でございます。収入未済額は"
        + F("約" + zen(oku_man(o_appr)) + "円", o_appr, "outstanding", 2024, approx=True, **kw)
        + "で、前年度から"
        + F("約" + zen(oku_man(-d_o_appr)) + "円", d_o_appr, "difference", 2024, unit="yen",
            approx=True, **kw)
        + "減少しております。また、不納欠損額は"
        + F(zen(comma(TAX["w"])) + "千円", yen_k(TAX["w"]), "written_off", 2024, **kw)
        + "で、その多くは滞納処分の執行停止後３年を経過したものでございます。")
    s3b = (
        "次に、市が保有する債権全体では、一般会計と特別会計を合わせた収入未済額が"
        + F("約" + zen(oku_man(all_appr)) + "円", all_appr, "outstanding", 2024, approx=True,
            fy_raw=R6)
        + "となり、前年度末と比べ"
        + F("約" + zen(oku_man(-all_d_appr)) + "円", all_d_appr, "difference", 2024, unit="yen",
            approx=True, fy_raw=R6)
        + "の減少となりました。")
    cur8, cur8_d = 45.12, 0.36
    as_of = "2025-08-31"
    s3c = (
        "続いて資料２、今年度の取組状況でございます。８月末現在の市税の収納率は、現年課税分が"
        + F(zen(f"{cur8:.2f}") + "％", cur8, "collection_rate", 2025, segment="current",
            basis="interim", as_of=as_of, debt="市税", fy_raw="令和７年度")
        + "で、前年同月と比べ"
        + F(zen(f"{cur8_d:.2f}") + "ポイント", cur8_d, "difference", 2025, unit="points",
            segment="current", basis="interim", as_of=as_of, debt="市税", fy_raw="令和７年度")
        + "上回っております。今年度は、６月と１０月を滞納整理強化月間と位置付け、財産調査と差押えを集中的に実施しているほか、"
        "ＳＭＳによる催告を新たに開始いたしました。引き続き、口座振替の勧奨と初期滞納者への早期の催告に取り組んでまいります。"
        "説明は以上でございます。")
    say(doc, "石井納税課長", [s3a, s3b, s3c])
    say(doc, "野口委員長", ["説明が終わりました。質疑のある方は挙手をお願いいたします。"])
    say(doc, "岡本委員", ["納付方法の多様化について伺います。スマートフォン決済を導入してから数年が経ちますが、"
                        "利用の状況と、今後さらに納付しやすくするための取組があればお聞かせください。"])
    say(doc, "石井納税課長", ["スマートフォン決済の利用件数は、令和６年度で４万２，１１５件となり、導入初年度の約３倍に増加しております。"
                            "今年度からは、納付書に地方税統一ＱＲコードを印字し、クレジットカードやインターネットバンキングでも"
                            "納付できるようにいたしました。今後も口座振替とあわせて周知を図ってまいります。"])
    say(doc, "岡本委員", ["若い世代ほど口座振替よりもスマートフォン決済を選ぶ傾向があると思いますので、引き続き周知をお願いいたします。"])
    say(doc, "木村委員", [
        "御説明いただいた市税の収納率ですが、令和６年度決算で"
        + F(zen(f"{tr:.2f}") + "％", tr, "collection_rate", 2024, **kw)
        + "とのことでした。平成２９年度（２０１７年度）の決算では"
        + F(zen("95.6") + "％", 95.6, "collection_rate", 2017, debt="市税",
            fy_raw="平成２９年度（２０１７年度）")
        + "だったと記憶しておりますので、この間かなり改善が進んだと受け止めております。"
          "改善の主な要因について伺います。"])

    # ------------------------------------------------------------------ page 3
    page_break(doc)
    d17 = round(tr - 95.6, 2)
    say(doc, "石井納税課長", [
        "平成２９年度と比べますと、市税全体の収納率は"
        + F(zen(f"{d17:.2f}") + "ポイント", d17, "difference", 2024, unit="points", debt="市税",
            fy_raw="令和６年度")
        + "の改善となっております。主な要因といたしましては、令和元年度に導入したコンビニ収納に加え、"
          "令和二年度にはスマートフォン決済を開始し、納付の機会を拡充したことがございます。"
          "また、２０２３年度からは滞納整理の早期着手を徹底し、現年課税分の滞納を翌年度に繰り越さない取組を"
          "進めてまいりました。"])
    say(doc, "木村委員", ["国保税についても伺います。国保税の滞納繰越分は収納率の低い状況が続いていると思いますが、"
                        "令和６年度の状況はいかがでしょうか。"])
    kk = dict(debt="国民健康保険税", debt_raw="国民健康保険税")
    k_cur, k_cur5, k_arr, k_arr5 = 94.88, 94.51, 25.01, 23.82
    k_o = 3_101_051 - 2_461_521 - 61_388
    k_o_appr = round(k_o * 1000, -5)
    say(doc, "小島保険年金課長", [
        "国民健康保険税の令和６年度決算の収納率は、現年課税分が"
        + F(zen(f"{k_cur:.2f}") + "％", k_cur, "collection_rate", 2024, segment="current",
            fy_raw=R6, **kk)
        + "（前年度"
        + F(zen(f"{k_cur5:.2f}") + "％", k_cur5, "collection_rate", 2023, segment="current",
            fy_raw="前年度", **kk)
        + "）、滞納繰越分が"
        + F(zen(f"{k_arr:.2f}") + "％", k_arr, "collection_rate", 2024, segment="arrears",
            fy_raw=R6, **kk)
        + "（前年度"
        + F(zen(f"{k_arr5:.2f}") + "％", k_arr5, "collection_rate", 2023, segment="arrears",
            fy_raw="前年度", **kk)
        + "）でございます。滞納繰越分は前年度から"
        + F(zen(f"{k_arr - k_arr5:.2f}") + "ポイント", round(k_arr - k_arr5, 2), "difference", 2024,
            unit="points", segment="arrears", fy_raw=R6, **kk)
        + "改善いたしました。",
        "また、令和６年度末の滞納世帯数は"
        + F(zen("1,842") + "世帯", 1842, "delinquents", 2024, unit="households", fy_raw=R6, **kk)
        + "で、前年度末から"
        + F(zen("105") + "世帯", -105, "difference", 2024, unit="households", fy_raw=R6, **kk)
        + "減少しております。収入未済額は"
        + F("約" + zen(oku_man(k_o_appr)) + "円", k_o_appr, "outstanding", 2024, approx=True,
            fy_raw=R6, **kk)
        + "で、引き続き財産調査の早期実施と滞納処分の徹底に努めてまいります。"])
    say(doc, "佐藤委員", ["私債権についてお聞きします。保育料の収入未済額は令和６年度末でどの程度あるのか、"
                        "また前年度との比較を伺います。"])
    hk = dict(debt="保育料")
    h_cur = 98.42
    say(doc, "平田子ども・若者部長", [
        "保育料の令和６年度末の収入未済額は"
        + F(zen(comma(HOIKU_YEN["o"])) + "円", HOIKU_YEN["o"], "outstanding", 2024, fy_raw=R6, **hk)
        + "で、前年度末の"
        + F(zen(comma(HOIKU_O_R5)) + "円", HOIKU_O_R5, "outstanding", 2023, fy_raw="前年度", **hk)
        + "から"
        + F(zen(comma(HOIKU_O_R5 - HOIKU_YEN["o"])) + "円", HOIKU_YEN["o"] - HOIKU_O_R5,
            "difference", 2024, unit="yen", fy_raw=R6, **hk)
        + "減少いたしました。口座振替の勧奨を進めたことにより、現年度分の収納率は"
        + F(zen(f"{h_cur:.2f}") + "％", h_cur, "collection_rate", 2024, segment="current",
            fy_raw=R6, **hk)
        + "と前年度を上回っております。"])

    say(doc, "佐藤委員", ["保育料については、児童手当からの徴収の仕組みもあると聞いております。どのように活用されているのか伺います。"])
    say(doc, "平田子ども・若者部長", ["保護者の方の申出に基づき、児童手当から保育料を納めていただく方法を御案内しております。"
                                    "令和６年度は、この方法により１１２世帯から納付をいただきました。今後も、滞納が生じた初期の段階で"
                                    "御案内するよう努めてまいります。"])
    say(doc, "石川委員", ["滞納されている方の中には、生活に困窮されている方も少なくないと思います。"
                        "そうした方への対応について、福祉部門との連携はどのようになっているのか伺います。"])
    say(doc, "大塚市民部長", ["納税相談の中で生活の困窮が見受けられる場合には、御本人の同意を得た上で、"
                            "生活困窮者自立支援の相談窓口へおつなぎしております。令和６年度は４８件を御案内し、"
                            "家計の見直しや就労支援を経て分納につながった事例もございます。滞納処分を行うべき案件と、"
                            "生活再建を優先すべき案件を見極めながら、丁寧に対応してまいります。"])
    say(doc, "石川委員", ["丁寧な対応をお願いいたします。"])

    # ------------------------------------------------------------------ page 4
    page_break(doc)
    say(doc, "佐藤委員", ["市営住宅使用料についてはいかがでしょうか。"])
    jk = dict(debt="市営住宅使用料")
    j_cur = rate(JUTAKU["cur_c"], JUTAKU["cur_a"], 1)
    j_arr = rate(JUTAKU["arr_c"], JUTAKU["arr_a"], 1)
    j_o = ROWS[5][2] - ROWS[5][3] - ROWS[5][4]
    say(doc, "西村住宅課長", [
        "市営住宅使用料は、令和６年度の現年度分の収納率が"
        + F(zen(f"{j_cur:.1f}") + "％", j_cur, "collection_rate", 2024, segment="current",
            fy_raw=R6, **jk)
        + "、過年度分が"
        + F(zen(f"{j_arr:.1f}") + "％", j_arr, "collection_rate", 2024, segment="arrears",
            fy_raw=R6, **jk)
        + "でございます。収入未済額は"
        + F(zen(comma(j_o)) + "千円", yen_k(j_o), "outstanding", 2024, fy_raw=R6, **jk)
        + "で、前年度と比べ"
        + F(zen(comma(JUTAKU_O_R5 - j_o)) + "千円", yen_k(j_o - JUTAKU_O_R5), "difference", 2024,
            unit="yen", fy_raw=R6, **jk)
        + "の減少でございます。長期滞納者のうち１０件につきましては、明渡し請求を含む法的措置の準備を進めております。"])
    say(doc, "中山委員", ["介護保険料と後期高齢者医療保険料の状況もあわせて伺います。"])
    kv = ROWS[2]
    kv_r = rate(kv[3], kv[2])
    kv_o = kv[2] - kv[3] - kv[4]
    ko = ROWS[3]
    ko_r = rate(ko[3], ko[2])
    say(doc, "村上健康福祉部長", [
        "介護保険料の令和６年度の収納率は、全体で"
        + F(zen(f"{kv_r:.2f}") + "％", kv_r, "collection_rate", 2024, debt="介護保険料", fy_raw=R6)
        + "、収入未済額は"
        + F(zen(comma(kv_o)) + "千円", yen_k(kv_o), "outstanding", 2024, debt="介護保険料", fy_raw=R6)
        + "でございます。後期高齢者医療保険料は、収納率が"
        + F(zen(f"{ko_r:.2f}") + "％", ko_r, "collection_rate", 2024, debt="後期高齢者医療保険料",
            fy_raw=R6)
        + "と高い水準を維持しております。いずれも年金からの特別徴収が中心でございますが、"
          "普通徴収の方には納期前の案内を送付するなど、滞納の未然防止に努めております。"])
    say(doc, "中山委員", ["普通徴収の方への対応を引き続きお願いします。あわせて、介護保険料を滞納した場合の給付制限の状況についても伺います。"])
    say(doc, "村上健康福祉部長", ["給付制限の対象となる方には、事前に文書でお知らせし、納付相談を受けていただくようにしております。"
                                "令和６年度に給付制限を行った方は７名でございました。"])
    say(doc, "高野副委員長", ["債権管理条例に基づく債権放棄について伺います。令和６年度の実施状況と、今後の考え方をお聞かせください。"])
    say(doc, "森田財務部長", [
        "令和６年度は、債権管理条例に基づき、私債権のうち債務者の所在が不明であるものなど２６件について放棄を行い、"
        "議会に御報告申し上げたところでございます。今後も、回収の見込みがない債権は適切に整理する一方で、"
        "回収可能な債権につきましては、納税課債権管理担当による徴収支援を通じて、各所管課とともに確実な回収に努めてまいります。"])
    say(doc, "野口委員長", ["ほかに質疑はありませんか。"])
    note(doc, "（「なし」と呼ぶ者あり）")
    say(doc, "野口委員長", ["質疑がないようですので、以上で所管事務調査を終了いたします。"
                          "次に、閉会中の継続調査についてお諮りいたします。本委員会の所管事務のうち、"
                          "債権管理の取組状況について、閉会中も継続して調査することとしたいと思いますが、御異議ありませんか。"],
        section=SEC2)
    note(doc, "（「異議なし」と呼ぶ者あり）")
    say(doc, "野口委員長", ["御異議なしと認め、そのように決定いたしました。以上で本日の総務文教委員会を閉会いたします。"],
        section=SEC2)
    para(doc, "午前１１時４２分閉会", indent=6, before=4)

    # ------------------------------------------------------------------ page 5
    page_break(doc)
    para(doc, "委員会提出資料（抜粋）", font=GOT, size=12, bold=True, after=4)
    para(doc, "資料１　令和６年度　債権の状況（決算）", font=GOT, size=10.5, after=4)
    para(doc, "１　債権の状況", font=GOT)
    para(doc, "（１）主な債権の決算額", indent=0.5)
    para(doc, "ア　一般会計・特別会計", indent=1.5)
    para(doc, "(ｱ)　主な債権別の状況", indent=2.5, after=2)
    # tab-aligned table, no ruling lines (Word memo style)
    stops = [(Mm(50), "調定額"), (Mm(74), "収入済額"), (Mm(96), "不納欠損額"),
             (Mm(119), "収入未済額"), (Mm(154), "収納率")]

    def tabline(cells, bold=False, size=9):
        p = para(doc, size=size)
        pf = p.paragraph_format
        pf.line_spacing = Pt(14)
        pf.left_indent = Mm(4)
        for pos, _ in stops:
            pf.tab_stops.add_tab_stop(pos, WD_TAB_ALIGNMENT.RIGHT)
        set_font(p.add_run("\t".join(cells)), GOT if bold else MIN, size, bold)

    tabline(["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率 R6（R5）"], bold=True)
    tabline(["", "（千円）", "（千円）", "（千円）", "（百万円）", "（％）"], bold=True, size=8)
    R6h = "令和６年度"
    tot = [0, 0, 0]
    for short, canon, a, c, w, r5 in ROWS:
        o = a - c - w
        o_m = round(o / 1000, 1)
        kwr = dict(debt=canon, debt_raw=short, fy_raw=R6h)
        r6 = rate(c, a)
        cells = [
            short,
            G.fact(comma(a), yen_k(a), "assessed", 2024, **kwr),
            G.fact(comma(c), yen_k(c), "collected", 2024, **kwr),
            G.fact(comma(w), yen_k(w), "written_off", 2024, **kwr),
            G.fact(f"{o_m:,.1f}", int(round(o_m * 1_000_000)), "outstanding", 2024, **kwr),
            G.fact(f"{r6:.2f}", r6, "collection_rate", 2024, **kwr)
            + "（" + G.fact(f"{r5:.2f}", r5, "collection_rate", 2023, debt=canon, debt_raw=short,
                             fy_raw="R5") + "）",
        ]
        tabline(cells)
        tot[0] += a
        tot[1] += c
        tot[2] += w
    a, c, w = tot
    o = a - c - w
    o_m = round(o / 1000, 1)
    r6 = rate(c, a)
    r5_all = 90.95
    kwt = dict(debt=None, debt_raw="計", fy_raw=R6h)
    tabline(["計",
             G.fact(comma(a), yen_k(a), "assessed", 2024, **kwt),
             G.fact(comma(c), yen_k(c), "collected", 2024, **kwt),
             G.fact(comma(w), yen_k(w), "written_off", 2024, **kwt),
             G.fact(f"{o_m:,.1f}", int(round(o_m * 1_000_000)), "outstanding", 2024, **kwt),
             G.fact(f"{r6:.2f}", r6, "collection_rate", 2024, **kwt)
             + "（" + G.fact(f"{r5_all:.2f}", r5_all, "collection_rate", 2023, debt=None,
                              debt_raw="計", fy_raw="R5") + "）"], bold=True)
    para(doc, "（注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、"
              "住宅使用料＝市営住宅使用料。収納率の（　）内はR5（令和５年度）の数値。", size=8.5,
         indent=1, before=2)
    para(doc, "※　市税の収入未済額のうち、滞納繰越分は"
         + G.fact(zen(comma(TAX_ARR_O)) + "千円", yen_k(TAX_ARR_O), "outstanding", 2024,
                  segment="arrears", debt="市税", fy_raw=R6h)
         + "である。", size=8.5, indent=1, after=6)
    para(doc, "(ｲ)　市全体の状況", indent=2.5, after=2)
    # 【参考】 one-cell box
    tbl = doc.add_table(rows=1, cols=1)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell = tbl.cell(0, 0)
    cell.width = Mm(140)
    cell_borders(cell, True)
    cp = cell.paragraphs[0]
    set_font(cp.add_run("【参考】市全体の収入未済額等（令和６年度末）"), GOT, 10, True)
    all_oku = round(ALL_O * 1000 / 100_000_000, 1)
    d_all_man = round((ALL_O - ALL_O_R5) / 10)  # 万円
    w_man = round(ALL_W / 10)
    items = [
        "・収入未済額：" + G.fact("約" + zen(f"{all_oku:.1f}") + "億円", int(round(all_oku * 1e8)),
                              "outstanding", 2024, approx=True, fy_raw=R6h),
        "・前年度比：" + G.fact("△" + zen(comma(-d_all_man)) + "万円", d_all_man * 10_000,
                             "difference", 2024, unit="yen", fy_raw=R6h),
        "・不納欠損額：" + G.fact(zen(oku_man(w_man * 10_000)) + "円", w_man * 10_000,
                              "written_off", 2024, fy_raw=R6h),
        "・全体の収納率：" + G.fact(zen(f"{r6:.2f}") + "％", r6, "collection_rate", 2024, fy_raw=R6h),
    ]
    for it in items:
        p = cell.add_paragraph()
        p.paragraph_format.left_indent = Mm(4)
        set_font(p.add_run(it), MIN, 10)
    para(doc, "")
    para(doc, "以　上", align=WD_ALIGN_PARAGRAPH.RIGHT, before=6)

    G.minutes = {
        "title": "令和７年度第２回 青梅市議会総務文教委員会記録",
        "meeting_number": 2,
        "date": "2025-09-11",
        "method": None,
        "attendees": attendees,
        "agenda": [SEC1, SEC2],
        "materials": [m.replace("　", " ") for m in materials],
        "statements": STATEMENTS,
    }
    return doc


def main():
    doc = build_doc()
    docx = WORK / f"{STEM}.docx"
    doc.save(docx)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(docx)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = PDF_DIR / f"{STEM}.pdf"
    pdf.write_bytes((WORK / f"{STEM}.pdf").read_bytes())
    n = fitz.open(pdf).page_count
    assert n == G.page, f"expected {G.page} pages, LibreOffice made {n}"
    G.write(pdf, n)
    print(STEM, n, "pages", len(G.facts), "facts", len(STATEMENTS), "statements")


if __name__ == "__main__":
    main()
