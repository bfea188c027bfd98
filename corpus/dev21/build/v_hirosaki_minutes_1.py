"""弘前市 総務常任委員会会議録（所管事務調査「本市の債権管理について」） — python-docx → LibreOffice PDF.

Modelled on council committee records such as the 市川市議会 総務委員会 record (○委員長 / ○課長 speaker markers,
開議・散会 times) and a 総務常任委員会 所管事務調査「債権管理について」 record; the 別表 at the end is a table with no
rules at all (columns aligned by position). Figures invented; 収納率 = 収入済額 ÷ 調定額, 収入未済額 = 調定額 −
収入済額 − 不納欠損額, 合計 adds up. Pages of facts are located in the rendered PDF in reading order.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pymupdf as fitz
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from v_common import OUT, PDF_DIR, check, comma, fact, okuman, rate, soffice_pdf, write_gold, zen  # noqa: E402

STEM = "v_hirosaki_minutes_1"
CITY = "弘前市"
TITLE = "令和６年第１回定例会　総務常任委員会会議録"
AGENDA = ["所管事務調査「本市の債権管理について」", "報告「令和５年度第２回弘前市債権管理対策本部会議の結果について」"]
MATERIALS = ["資料１　債権管理の状況（令和６年２月末現在）", "資料２　令和５年度第２回弘前市債権管理対策本部会議　会議概要",
             "別表　主要債権の収納状況（令和４年度決算）"]
MEMBERS = [("委員長", "木村　隆"), ("副委員長", "葛西　聡子"), ("委員", "山田　敏夫"), ("委員", "工藤　健一"),
           ("委員", "蒔苗　誠"), ("委員", "鳴海　洋子"), ("委員", "今　孝志")]
STAFF = [("財務部長", "三上　浩一"), ("債権管理課長", "成田　哲也"), ("収納課長", "小山内　勝"),
         ("国保年金課長", "佐々木　純"), ("こども・家庭支援課長", "對馬　由美"), ("建築住宅課長", "福士　大輔")]
# 別表 (千円): 調定額, 収入済額, 不納欠損額
BETTAB = [("市税", 24815330, 24012118, 98420), ("国民健康保険税", 6120455, 5098310, 152306),
          ("介護保険料", 4012870, 3958214, 12045), ("後期高齢者医療保険料", 1402336, 1396120, 1204),
          ("保育料", 612330, 587450, 2180), ("市営住宅使用料", 412880, 349471, 2205)]

ALL22 = 2_345_000_000
DIFF = 128_000_000
HOUSE_OUT = (412880 - 349471 - 2205) * 1000          # 61,204千円


def Z(x: str) -> str:
    return zen(x)


def pct(v: float) -> str:
    return Z(f"{v:.2f}") + "％"


# statements: (speaker as printed after ○, section index or None, text, [fact specs])
# a fact spec is (raw, debt, fy, fy_raw, seg, metric, basis, value, unit, as_of, approx)
def statements():
    S = []
    S.append(("木村委員長", None,
              "ただいまから総務常任委員会を開会いたします。本日は、所管事務調査として本市の債権管理について調査を行い、"
              "その後、理事者から１件の報告を受けます。それでは、本市の債権管理について、理事者の説明を求めます。", []))
    S.append(("三上財務部長", 0,
              "本市の債権管理につきましては、平成２８年に制定した債権管理条例に基づき、全庁で収入未済額の縮減に取り組んで"
              "おります。お手元の資料１及び別表により、債権管理課長から御説明申し上げます。", []))
    a1, a2, a3, a4 = 89.41, 88.96, 31.07, 28.55
    k1, k2 = 80.12, 19.86
    t = (f"それでは御説明いたします。令和４年度決算における本市の収入未済額は、全会計で約{Z(okuman(ALL22))}となり、"
         f"前年度に比べ約{Z(okuman(DIFF))}減少しております。主な債権の状況は別表のとおりでございます。"
         f"次に、本年度の状況でございます。市税の現年課税分の収納率は、令和６年２月２９日現在で{pct(a1)}となり、"
         f"前年同期の{pct(a2)}を０．４５ポイント上回っております。滞納繰越分は{pct(a3)}で、前年同期の{pct(a4)}から"
         f"改善しております。国民健康保険税につきましては、同じく２月２９日現在で現年課税分が{pct(k1)}、滞納繰越分が"
         f"{pct(k2)}となっております。")
    F = [(f"約{Z(okuman(ALL22))}", None, 2022, "令和４年度", "total", "outstanding", "actual", ALL22, "yen", None, True),
         (pct(a1), "市税", 2023, "令和６年２月２９日現在", "current", "collection_rate", "interim", a1, "percent", "2024-02-29", False),
         (pct(a2), "市税", 2022, "前年同期", "current", "collection_rate", "interim", a2, "percent", "2023-02-28", False),
         (pct(a3), "市税", 2023, "令和６年２月２９日現在", "arrears", "collection_rate", "interim", a3, "percent", "2024-02-29", False),
         (pct(a4), "市税", 2022, "前年同期", "arrears", "collection_rate", "interim", a4, "percent", "2023-02-28", False),
         (pct(k1), "国民健康保険税", 2023, "２月２９日現在", "current", "collection_rate", "interim", k1, "percent", "2024-02-29", False),
         (pct(k2), "国民健康保険税", 2023, "２月２９日現在", "arrears", "collection_rate", "interim", k2, "percent", "2024-02-29", False)]
    S.append(("成田債権管理課長", 0, t, F))
    S.append(("木村委員長", 0, "説明が終わりましたので、質疑を受けます。", []))
    S.append(("山田委員", 0,
              "市税の収納率は改善しているとのことだが、滞納者の数はどう推移しているのか。また、本年度の目標に対する見通しを伺う。", []))
    d22, tg_rate, tg_out = 5214, 97.2, 1_800_000_000
    t = (f"市税の滞納者数は、令和４年度末で{Z(comma(d22))}人となっており、前年度末から２８７人減少しております。"
         f"令和５年度の目標収納率は市税全体で{Z(f'{tg_rate:.1f}')}％、収入未済額は年度末に{Z('18')}億円以下とすることを"
         "目標としておりまして、現時点では、おおむね目標に近い水準で推移していると考えております。")
    F = [(f"{Z(comma(d22))}人", "市税", 2022, "令和４年度末", "total", "delinquents", "actual", d22, "persons", None, False),
         (f"{Z(f'{tg_rate:.1f}')}％", "市税", 2023, "令和５年度", "total", "collection_rate", "target", tg_rate, "percent", None, False),
         (f"{Z('18')}億円", "市税", 2023, "令和５年度", "total", "outstanding", "target", tg_out, "yen", None, False)]
    S.append(("成田債権管理課長", 0, t, F))
    S.append(("工藤委員", 0, "保育料の未納について、現状と対策を伺う。", []))
    h1, h2, hr, hp = 23_400_000, 19_100_000, 96.85, 96.40
    t = (f"保育料の収入未済額は、２月末現在で約{Z(okuman(h1))}、うち過年度分が約{Z(okuman(h2))}でございます。"
         f"現年分の収納率は{pct(hr)}で、前年同期の{pct(hp)}を上回っております。卒園後の未納が多いことから、"
         "在園中の早い段階で納付相談を行うとともに、児童手当からの特別徴収の同意を得るよう努めております。")
    F = [(f"約{Z(okuman(h1))}", "保育料", 2023, "２月末現在", "total", "outstanding", "interim", h1, "yen", "2024-02-29", True),
         (f"約{Z(okuman(h2))}", "保育料", 2023, "２月末現在", "arrears", "outstanding", "interim", h2, "yen", "2024-02-29", True),
         (pct(hr), "保育料", 2023, "２月末現在", "current", "collection_rate", "interim", hr, "percent", "2024-02-29", False),
         (pct(hp), "保育料", 2022, "前年同期", "current", "collection_rate", "interim", hp, "percent", "2023-02-28", False)]
    S.append(("對馬こども・家庭支援課長", 0, t, F))
    S.append(("鳴海委員", 0, "市営住宅使用料について、退去した方の滞納はどのように扱っているのか。", []))
    t = (f"市営住宅使用料の令和４年度末の収入未済額は約{Z(okuman(HOUSE_OUT))}で、その約６割が退去者の分でございます。"
         "退去者については所在調査を行った上で支払督促の申立てを行い、回収の見込みがないものは債権管理条例に基づき"
         "放棄を含めて整理を進めております。")
    F = [(f"約{Z(okuman(HOUSE_OUT))}", "市営住宅使用料", 2022, "令和４年度末", "total", "outstanding", "actual",
          round(HOUSE_OUT, -4), "yen", None, True)]
    S.append(("福士建築住宅課長", 0, t, F))
    S.append(("木村委員長", 0, "ほかに質疑はありませんか。――なければ、以上で所管事務調査を終わります。"
              "次に、令和５年度第２回弘前市債権管理対策本部会議の結果について、報告を求めます。", []))
    est = 97.0
    t = ("令和５年度第２回弘前市債権管理対策本部会議は、令和６年２月８日付けで各本部員に資料を送付する書面開催といたしました。"
         f"本部会議では、各債権の１２月末の収納状況を確認し、市税全体の令和５年度の収納率を{Z(f'{est:.1f}')}％と見込んだほか、"
         "令和６年度の債権管理実施計画の策定方針を決定しております。")
    F = [(f"{Z(f'{est:.1f}')}％", "市税", 2023, "令和５年度", "total", "collection_rate", "estimate", est, "percent", None, False)]
    S.append(("成田債権管理課長", 1, t, F))
    S.append(("木村委員長", 1, "ただいまの報告について、質疑はありませんか。――なければ、以上で本日の日程は全て終了いたしました。"
              "これをもって総務常任委員会を閉会いたします。", []))
    return S


def set_font(run, size=10.5, gothic=False):
    run.font.size = Pt(size)
    name = "IPAexGothic" if gothic else "IPAexMincho"
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(k), name)


def para(doc, text="", size=10.5, gothic=False, align=None, indent_first=None, left=None, space_after=2):
    p = doc.add_paragraph()
    if text:
        set_font(p.add_run(text), size, gothic)
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if align:
        p.alignment = align
    if indent_first is not None:
        pf.first_line_indent = Pt(indent_first)
    if left is not None:
        pf.left_indent = Pt(left)
    return p


def page_field(p):
    r = p.add_run(); set_font(r, 9)
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), tag); r._element.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = text; r._element.append(e)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for k in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{k}"); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("総務常任委員会会議録（令和６年３月１２日）"), 8)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("－"), 9); page_field(fp); set_font(fp.add_run("－"), 9)

    para(doc, TITLE, 14, True, WD_ALIGN_PARAGRAPH.CENTER, space_after=10)
    para(doc, "１　開会日時　令和６年３月１２日（火）　午前１０時００分開議　午前１１時３８分散会")
    para(doc, "２　場　　所　第一委員会室")
    para(doc, "３　出席委員（７名）")
    line = "　".join(f"{r}　{n}" for r, n in MEMBERS[:2])
    para(doc, line, left=21)
    para(doc, "委員　" + "　".join(n for _, n in MEMBERS[2:]), left=21)
    para(doc, "４　欠席委員　なし")
    para(doc, "５　説明のため出席した者")
    for i in range(0, len(STAFF), 2):
        para(doc, "　　".join(f"{t}　{n}" for t, n in STAFF[i:i + 2]), left=21)
    para(doc, "６　職務のため出席した事務局職員　議事係長　外崎　亮")
    para(doc, "７　付議事件")
    for i, a in enumerate(AGENDA, 1):
        para(doc, f"（{zen(str(i))}）{a}", left=21)
    para(doc, "８　配付資料")
    for m in MATERIALS:
        para(doc, m, left=21)
    para(doc, "――――――――――――――――――――――――――――――――", align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)

    S = statements()
    for spk, sec_i, text, _ in S:
        p = para(doc, indent_first=-10.5, left=10.5, space_after=4)
        set_font(p.add_run("○" + spk), 10.5, True)
        set_font(p.add_run("　" + text), 10.5)
    para(doc, "午前１１時３８分散会", align=WD_ALIGN_PARAGRAPH.RIGHT)

    # 別表 on its own page: no rules at all
    p = para(doc); p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "別表　主要債権の収納状況（令和４年度決算）", 11, True, space_after=2)
    para(doc, "（単位：千円）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    cols = ["区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率（％）"]
    tb = doc.add_table(rows=1, cols=len(cols))
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(tb)
    for j, c in enumerate(cols):
        cp = tb.rows[0].cells[j].paragraphs[0]
        cp.alignment = WD_ALIGN_PARAGRAPH.CENTER if j == 0 else WD_ALIGN_PARAGRAPH.RIGHT
        set_font(cp.add_run(c), 9, True)
    bet_facts = []
    tot = [0, 0, 0, 0]
    for name, a, c, w in BETTAB + [("合計", None, None, None)]:
        if name == "合計":
            a, c, w = tot[0], tot[1], tot[2]
        o = a - c - w
        r_ = rate(c, a, 2)
        if name != "合計":
            tot[0] += a; tot[1] += c; tot[2] += w
        vals = [name, comma(a), comma(c), comma(w), comma(o), f"{r_:.2f}"]
        row = tb.add_row()
        for j, v in enumerate(vals):
            cp = row.cells[j].paragraphs[0]
            cp.alignment = WD_ALIGN_PARAGRAPH.LEFT if j == 0 else WD_ALIGN_PARAGRAPH.RIGHT
            set_font(cp.add_run(v), 9, name == "合計" and j == 0)
        debt = None if name == "合計" else name
        for metric, v, unit, raw in (("assessed", a * 1000, "yen", comma(a)), ("collected", c * 1000, "yen", comma(c)),
                                     ("written_off", w * 1000, "yen", comma(w)), ("outstanding", o * 1000, "yen", comma(o)),
                                     ("collection_rate", r_, "percent", f"{r_:.2f}")):
            bet_facts.append(fact(debt, 2022, "令和４年度決算", "total", metric, "actual", v, unit, raw, None,
                                  debt_raw=name if name == "合計" else "__same__"))
    widths = [Mm(40), Mm(27), Mm(27), Mm(24), Mm(24), Mm(22)]
    for row in tb.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    para(doc, "")
    para(doc, "注１　収入未済額は、調定額から収入済額及び不納欠損額を差し引いた額である。", 8.5)
    para(doc, "注２　国民健康保険税は国民健康保険特別会計、介護保険料は介護保険特別会計、後期高齢者医療保険料は後期高齢者医療特別会計に属する。", 8.5)

    OUT.mkdir(parents=True, exist_ok=True)
    docx = OUT / f"{STEM}.docx"
    doc.save(docx)
    pdf = soffice_pdf(docx, PDF_DIR / f"{STEM}.pdf", "v_hirosaki")

    # ---- locate pages in reading order
    with fitz.open(pdf) as d:
        texts = [re.sub(r"\s+", "", pg.get_text()) for pg in d]
        npages = d.page_count

    def find_page(s, start):
        s = re.sub(r"\s+", "", s)
        for i in range(start, len(texts)):
            if s in texts[i]:
                return i
        raise SystemExit(f"not found: {s}")

    facts, stmts = [], []
    cur = 0
    for spk, sec_i, text, F in S:
        pg = find_page(text[:12], cur)
        cur = pg
        stmts.append({"speaker": spk, "section": AGENDA[sec_i] if sec_i is not None else None, "text": text, "page": pg + 1})
        for raw, debt, fy, fyr, seg, metric, basis, value, unit, as_of, approx in F:
            # the figure may sit on the next page when the statement breaks across pages
            fp_ = cur if re.sub(r"\s+", "", raw) in texts[cur] else find_page(raw, cur)
            facts.append(fact(debt, fy, fyr, seg, metric, basis, value, unit, raw, fp_ + 1, as_of=as_of, approx=approx))
    last = npages
    for f in bet_facts:
        f["page"] = last
        facts.append(f)

    attendees = [{"role": r, "title": None, "name": n.replace("　", "")} for r, n in MEMBERS]
    attendees += [{"role": t, "title": None, "name": n.replace("　", "")} for t, n in STAFF]
    minutes = {"title": TITLE, "meeting_number": None, "date": "2024-03-12", "method": None, "attendees": attendees,
               "agenda": AGENDA, "materials": MATERIALS, "statements": stmts}
    document = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2024-03-12",
                "date_raw": "令和６年３月１２日（火）"}
    write_gold(STEM, document, facts, [], minutes)
    return check(STEM)


if __name__ == "__main__":
    build()
