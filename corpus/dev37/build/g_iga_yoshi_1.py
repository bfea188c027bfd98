"""伊賀市-style 債権管理対策本部会議 会議要旨: python-docx → LibreOffice.

Family: 議事要旨 of a 債権管理 committee (saitama seed). Wording modelled on council/committee records
(四日市市 総務常任委員会 所管事務調査「債権管理について」) and 湖南市債権管理・徴収対策会議設置要綱 (副市長 議長, 部長 委員).
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from g_common import F, OUT, ROOT, c, kyen, to_pdf, write_gold, zen  # noqa: E402

STEM = "g_iga_yoshi_1"
MUNI = "伊賀市"
TITLE = "令和７年度第１回伊賀市債権管理対策本部会議　会議要旨"
FONT = "IPAexMincho"

# 別表: 令和６年度決算 (千円): debt → {current: (A, C, W), arrears: (A, C, W)}
DATA = [
    ("市税", (14_826_431, 14_709_318, 0), (512_846, 175_534, 38_412)),
    ("国民健康保険税", (2_604_218, 2_496_342, 0), (498_115, 112_034, 46_287)),
    ("介護保険料", (2_911_604, 2_884_077, 0), (71_388, 14_206, 12_915)),
    ("後期高齢者医療保険料", (1_402_955, 1_399_146, 0), (9_804, 4_137, 702)),
    ("市営住宅使用料", (188_420, 183_912, 0), (61_574, 7_918, 3_260)),
    ("水道料金", (3_265_077, 3_212_489, 0), (91_406, 48_355, 9_871)),
]


def rate(t):
    return round(t[1] / t[0] * 100 + 1e-9, 2)


def out(t):
    return t[0] - t[1] - t[2]


def set_font(run, size=10.5, bold=False, font=FONT):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), font)


def para(doc, text, size=10.5, bold=False, align=None, indent=0, first=0, space_after=2, font=FONT):
    p = doc.add_paragraph()
    r = p.add_run(text)
    set_font(r, size, bold, font)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    pf.left_indent = Mm(indent)
    pf.first_line_indent = Mm(first)
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = 1.15
    return p


def shade(cell_, color="E7E6E6"):
    tcPr = cell_._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def ctext(cell_, text, size=9, bold=False, align="c"):
    cell_.text = ""
    p = cell_.paragraphs[0]
    r = p.add_run(text)
    set_font(r, size, bold, "IPAexGothic")
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]


def build():
    facts, statements = [], []
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    # footer page number
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run()
    set_font(r, 9)
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), kind); r._element.append(el)
        else:
            el = OxmlElement("w:instrText"); el.set(qn("xml:space"), "preserve"); el.text = txt; r._element.append(el)

    tot_out = sum(out(cu) + out(ar) for _, cu, ar in DATA)   # 千円
    prev_out = tot_out + 61_874
    # ---------- page 1 ----------
    page = 1
    para(doc, "令和７年８月８日", align="r", size=10)
    para(doc, "財務部収納推進課", align="r", size=10, space_after=10)
    para(doc, TITLE, size=14, bold=True, align="c", space_after=4, font="IPAexGothic")
    para(doc, "（この要旨は、令和７年度第２回本部会議（１１月開催予定）で各本部員に確認を求めるものです。）",
         size=8.5, align="c", space_after=10)
    para(doc, "１　日　時　　令和７年７月２４日（木）　午前１０時から午前１１時２０分まで")
    para(doc, "２　場　所　　伊賀市役所本庁舎　５階　５０１会議室")
    para(doc, "３　出席者（１３名）")
    att = [("本部長", ["副市長"]), ("副本部長", ["総務部長"]),
           ("本部員", ["企画振興部長", "財務部長", "人権・生活環境部長", "健康福祉部長", "こども未来部長",
                      "産業振興部長", "建設部長", "上下水道部長", "教育部長"]),
           ("事務局", ["収納推進課長", "収納推進課債権管理係長"])]
    for role, titles in att:
        para(doc, f"{role}　　" + "・".join(titles), indent=10, first=-0)
    attendees = [{"role": role, "title": t} for role, titles in att for t in titles]
    para(doc, "４　議　題", space_after=1)
    agenda = ["令和６年度主要債権の決算状況について", "令和７年度債権管理重点取組方針について", "債権放棄の状況について（報告）"]
    for i, a in enumerate(agenda):
        para(doc, f"（{zen(i+1)}）{a}", indent=6)
    para(doc, "５　配付資料", space_after=1)
    materials = ["資料１　令和６年度主要債権の決算状況", "資料２　令和７年度債権管理重点取組方針（案）",
                 "資料３　令和６年度私債権の放棄一覧"]
    for m in materials:
        para(doc, m, indent=6)
    para(doc, "６　会議の概要", space_after=2)
    sec1 = agenda[0]
    para(doc, f"（１）{sec1}", indent=3)
    para(doc, "〔説明〕収納推進課長", indent=6)
    # statement 1 with figures
    oku = round(tot_out / 100) * 100  # 千円 → 10万円 rounding: value in 万円 units
    man = round(tot_out / 10)  # 万円
    man_r = round(man / 100) * 100
    approx_txt = f"約{man_r // 10000}億{c(man_r % 10000)}万円"
    diff_man = round((prev_out - tot_out) / 10 / 100) * 100
    st1 = (f"資料１により、主要６債権の令和６年度決算の状況を説明する。主要６債権の収入未済額の合計は{approx_txt}で、"
           f"前年度から約{c(diff_man)}万円減少した。")
    s_cu, s_ar = DATA[0][1], DATA[0][2]
    tax_all = (s_cu[0] + s_ar[0], s_cu[1] + s_ar[1], s_cu[2] + s_ar[2])
    st1b = (f"市税の収納率は、現年課税分が{zen(f'{rate(s_cu):.2f}')}％、滞納繰越分が{zen(f'{rate(s_ar):.2f}')}％で、"
            f"全体では{zen(f'{rate(tax_all):.2f}')}％となり、前年度の{zen('96.85')}％を上回った。")
    kk_cu, kk_ar = DATA[1][1], DATA[1][2]
    st1c = (f"国民健康保険税は、現年課税分の収納率が{rate(kk_cu):.2f}％と前年度並みであったが、滞納繰越分の収入未済額は"
            f"{c(out(kk_ar))}千円と依然として大きい。")
    text1 = st1 + st1b + st1c
    para(doc, text1, indent=6, first=3)
    statements.append({"speaker": "収納推進課長", "section": sec1, "text": text1})
    facts += [
        F(None, 2024, "令和６年度決算", "total", "outstanding", "actual", man_r * 10000, "yen", approx_txt, page, approx=True),
        F("市税", 2024, "令和６年度決算", "current", "collection_rate", "actual", rate(s_cu), "percent", zen(f"{rate(s_cu):.2f}") + "％", page),
        F("市税", 2024, "令和６年度決算", "arrears", "collection_rate", "actual", rate(s_ar), "percent", zen(f"{rate(s_ar):.2f}") + "％", page),
        F("市税", 2024, "令和６年度決算", "total", "collection_rate", "actual", rate(tax_all), "percent", zen(f"{rate(tax_all):.2f}") + "％", page),
        F("市税", 2023, "前年度", "total", "collection_rate", "actual", 96.85, "percent", zen("96.85") + "％", page),
        F("国民健康保険税", 2024, "令和６年度決算", "current", "collection_rate", "actual", rate(kk_cu), "percent", f"{rate(kk_cu):.2f}％", page),
        F("国民健康保険税", 2024, "令和６年度決算", "arrears", "outstanding", "actual", kyen(out(kk_ar)), "yen", f"{c(out(kk_ar))}千円", page),
    ]
    doc.add_page_break()
    # ---------- page 2 ----------
    page = 2
    para(doc, "〔質疑〕", indent=6)
    qa = [
        ("本部長", "市税の滞納繰越分の収納率が上がった要因は何か。また、その手法は他の債権にも使えるのか。"),
        ("財務部長", f"滞納繰越分は、預貯金調査を電子照会に切り替えたことで、差押えまでの期間が短くなったことが大きい。"
                   f"市税の滞納繰越分の収入未済額は{c(out(s_ar))}千円まで減少した。電子照会は国民健康保険税でも利用できるため、"
                   "健康福祉部と運用をそろえたい。"),
        ("健康福祉部長", f"国民健康保険税の滞納繰越分は、調定額{c(kk_ar[0])}千円に対し収納額が{c(kk_ar[1])}千円にとどまっている。"
                       "今年度は収納推進課の徴収職員と合同で滞納整理を行う日を設け、高額案件から着手する。"),
        ("本部長", "市営住宅使用料は退去者の滞納が残っていると聞くが、状況はどうか。"),
        ("建設部長", f"市営住宅使用料の令和６年度末の収入未済額は、現年分と滞納繰越分を合わせて"
                   f"{c(out(DATA[4][1]) + out(DATA[4][2]))}千円である。退去者分については、連帯保証人への請求と"
                   "支払督促の申立てを順次進めている。"),
    ]
    for sp, tx in qa:
        para(doc, f"{sp}：{tx}", indent=6, first=0)
        statements.append({"speaker": sp, "section": sec1, "text": tx})
    mh = DATA[4]
    facts += [
        F("市税", 2024, "令和６年度決算", "arrears", "outstanding", "actual", kyen(out(s_ar)), "yen", f"{c(out(s_ar))}千円", page),
        F("国民健康保険税", 2024, "令和６年度決算", "arrears", "assessed", "actual", kyen(kk_ar[0]), "yen", f"{c(kk_ar[0])}千円", page),
        F("国民健康保険税", 2024, "令和６年度決算", "arrears", "collected", "actual", kyen(kk_ar[1]), "yen", f"{c(kk_ar[1])}千円", page),
        F("市営住宅使用料", 2024, "令和６年度末", "total", "outstanding", "actual", kyen(out(mh[1]) + out(mh[2])), "yen",
          f"{c(out(mh[1]) + out(mh[2]))}千円", page),
    ]
    sec2 = agenda[1]
    para(doc, f"（２）{sec2}", indent=3)
    para(doc, "〔説明〕収納推進課債権管理係長", indent=6)
    t2 = ("資料２により、令和７年度の重点取組方針（案）を説明する。強制徴収公債権は差押えの早期化、非強制徴収公債権及び私債権は"
          "支払督促等の法的措置と債権放棄の判断基準の統一を柱とし、市税の現年課税分の目標収納率を９９．３０％とする。")
    para(doc, t2, indent=6, first=3)
    statements.append({"speaker": "収納推進課債権管理係長", "section": sec2, "text": t2})
    facts.append(F("市税", 2025, "令和７年度", "current", "collection_rate", "target", 99.30, "percent", "９９．３０％", page))
    para(doc, "〔質疑〕", indent=6)
    qa2 = [
        ("人権・生活環境部長", "債権放棄の判断基準を統一するとのことだが、所管課ごとの判断との関係はどうなるのか。"),
        ("収納推進課長", "債権管理条例の規定に沿って、放棄の理由ごとに必要な調査と添付書類を定めた手順書を作成する。"
                     "最終的な判断は所管課が行うが、本部会議に報告して全庁で確認する。"),
        ("こども未来部長", "保育所保育料の滞納は件数が少ないが、少額でも早めに対応したい。手順書に少額債権の扱いも入れてほしい。"),
        ("収納推進課長", "少額債権の扱いも手順書に盛り込む。"),
    ]
    for sp, tx in qa2:
        para(doc, f"{sp}：{tx}", indent=6)
        statements.append({"speaker": sp, "section": sec2, "text": tx})
    para(doc, "→ 資料２の方針（案）は、原案のとおり了承された。", indent=6)
    doc.add_page_break()
    # ---------- page 3 ----------
    page = 3
    sec3 = agenda[2]
    para(doc, f"（３）{sec3}", indent=3)
    para(doc, "〔説明〕収納推進課長", indent=6)
    wo_total = sum(cu[2] + ar[2] for _, cu, ar in DATA)
    t3 = (f"資料３により、令和６年度に放棄した私債権の状況を報告する。主要６債権の令和６年度の不納欠損額は合計で"
          f"{c(wo_total)}千円であり、このうち私債権の放棄によるものは市営住宅使用料と水道料金の２債権である。")
    para(doc, t3, indent=6, first=3)
    statements.append({"speaker": "収納推進課長", "section": sec3, "text": t3})
    facts.append(F(None, 2024, "令和６年度", "total", "written_off", "actual", kyen(wo_total), "yen", f"{c(wo_total)}千円", page))
    para(doc, "上下水道部長：水道料金は給水停止を前提とした催告を続けており、放棄は所在不明と死亡のケースに限っている。", indent=6)
    statements.append({"speaker": "上下水道部長", "section": sec3,
                       "text": "水道料金は給水停止を前提とした催告を続けており、放棄は所在不明と死亡のケースに限っている。"})
    para(doc, "（４）本部長総括", indent=3)
    t4 = ("収入未済額は着実に減っているが、国民健康保険税の滞納繰越分はまだ大きい。各部で徴収経験のある職員の活用を進め、"
          "次回の本部会議では９月末の状況を報告してほしい。")
    para(doc, f"本部長：{t4}", indent=6)
    statements.append({"speaker": "本部長", "section": "本部長総括", "text": t4})
    para(doc, "以　上", align="r", space_after=6)
    para(doc, "（事務局）財務部収納推進課　債権管理係　電話 0595-00-0000", size=9)
    doc.add_page_break()
    # ---------- page 4: 別表 ----------
    page = 4
    para(doc, "別表　主要債権の令和６年度決算状況", size=11, bold=True, font="IPAexGothic", space_after=1)
    para(doc, "（単位：千円、収納率は％）", size=8.5, align="r", space_after=2)
    heads = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    nrows = 1 + 3 * len(DATA) + 1
    tb = doc.add_table(rows=nrows, cols=7)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(heads):
        ctext(tb.cell(0, j), h, bold=True)
        shade(tb.cell(0, j))
    r = 1
    gA = gC = gW = 0
    for name, cu, ar in DATA:
        tot = (cu[0] + ar[0], cu[1] + ar[1], cu[2] + ar[2])
        gA, gC, gW = gA + tot[0], gC + tot[1], gW + tot[2]
        top = tb.cell(r, 0).merge(tb.cell(r + 2, 0))
        ctext(top, name, align="l")
        for k, (lab, seg, t) in enumerate([("現年分", "current", cu), ("滞繰分", "arrears", ar), ("計", "total", tot)]):
            row = r + k
            vals = [lab, c(t[0]), c(t[1]), c(t[2]) if t[2] else "－", c(out(t)), f"{rate(t):.2f}"]
            for j, v in enumerate(vals):
                ctext(tb.cell(row, j + 1), v, align="c" if j == 0 else "r", bold=(seg == "total"))
            fyr = "令和６年度決算"
            facts += [F(name, 2024, fyr, seg, "assessed", "actual", kyen(t[0]), "yen", c(t[0]), page),
                      F(name, 2024, fyr, seg, "collected", "actual", kyen(t[1]), "yen", c(t[1]), page),
                      F(name, 2024, fyr, seg, "outstanding", "actual", kyen(out(t)), "yen", c(out(t)), page),
                      F(name, 2024, fyr, seg, "collection_rate", "actual", rate(t), "percent", f"{rate(t):.2f}", page)]
            if t[2]:
                facts.append(F(name, 2024, fyr, seg, "written_off", "actual", kyen(t[2]), "yen", c(t[2]), page))
        r += 3
    g = (gA, gC, gW)
    top = tb.cell(r, 0).merge(tb.cell(r, 1))
    ctext(top, "合　計", bold=True)
    for j, v in enumerate([c(gA), c(gC), c(gW), c(out(g)), f"{rate(g):.2f}"]):
        ctext(tb.cell(r, j + 2), v, align="r", bold=True)
    facts += [F(None, 2024, "令和６年度決算", "total", m, "actual", val, u, raw, page, debt_raw="合計")
              for m, val, u, raw in [("assessed", kyen(gA), "yen", c(gA)), ("collected", kyen(gC), "yen", c(gC)),
                                     ("written_off", kyen(gW), "yen", c(gW)), ("outstanding", kyen(out(g)), "yen", c(out(g))),
                                     ("collection_rate", rate(g), "percent", f"{rate(g):.2f}")]]
    para(doc, "", size=4)
    para(doc, "※ 収入未済額＝調定額－収入済額－不納欠損額。", size=8.5)
    para(doc, f"※ 前年度（令和５年度）の主要６債権の収入未済額の合計は{c(prev_out)}千円。", size=8.5)
    facts.append(F(None, 2023, "令和５年度", "total", "outstanding", "actual", kyen(prev_out), "yen", f"{c(prev_out)}千円", page))
    assert g[2] == wo_total
    OUT.mkdir(exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    to_pdf(src, ROOT / "pdf" / f"{STEM}.pdf", "iga")
    minutes = {"title": TITLE.replace("　", " "), "meeting_number": 1, "date": "2025-07-24", "method": None,
               "attendees": attendees, "agenda": agenda, "materials": materials, "statements": statements}
    document = {"kind": "minutes", "municipality": MUNI, "title": TITLE.replace("　", " "),
                "date": "2025-07-24", "date_raw": "令和７年７月２４日"}
    write_gold(STEM, document, facts, [], minutes)


if __name__ == "__main__":
    build()
