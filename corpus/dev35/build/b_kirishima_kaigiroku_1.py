"""霧島市 債権管理対策会議 会議録 (minutes family) — python-docx -> LibreOffice.

Modelled on the wording of council/committee records read in the stored pages
(総務常任委員会 所管事務調査「債権管理について」, paperzz.com/doc/5464832; 小樽市 予算特別委員会 record,
otaru.org/gijiroku/iinkai/yosan/Y1904-1214.htm): ○-speaker markers, question/answer, a 別表 of figures.
"""
from __future__ import annotations

import re
import sys
import unicodedata

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
from b_common import OUT, PDF, fact, fmt, rate, to_pdf, write_gold, zen  # noqa: E402

import fitz  # noqa: E402

STEM = "b_kirishima_kaigiroku_1"
CITY = "霧島市"
TITLE = "令和７年度第３回霧島市債権管理対策会議　会議録"

# 別表 data, 令和6年度決算 (千円): (debt, [(seg, assessed, collected, written_off)])
DATA = [
    ("市税", [("現年分", 15284512, 15146703, 0), ("滞納繰越分", 612430, 174120, 41215)]),
    ("国民健康保険税", [("現年分", 2416380, 2281452, 0), ("滞納繰越分", 508214, 128930, 33170)]),
    ("介護保険料", [("現年分", 2153066, 2131870, 0), ("滞納繰越分", 61220, 14612, 9874)]),
    ("後期高齢者医療保険料", [("現年分", 1207445, 1202115, 0), ("滞納繰越分", 9813, 4518, 1206)]),
    ("市営住宅使用料", [("現年分", 412690, 404306, 0), ("滞納繰越分", 48120, 6104, 2410)]),
    ("保育所保育料", [("現年分", 187204, 185466, 0), ("滞納繰越分", 12380, 2941, 1112)]),
]
SEGCODE = {"現年分": "current", "滞納繰越分": "arrears", "計": "total"}


def rows_for(debt, segs):
    out = []
    tot = [0, 0, 0, 0]
    for seg, a, c, w in segs:
        o = a - c - w
        out.append((seg, a, c, w, o))
        tot = [tot[0] + a, tot[1] + c, tot[2] + w, tot[3] + o]
    out.append(("計", *tot))
    return out


def oku_man(yen_thousand: int) -> str:
    """千円 -> '約5億3,500万円' rounded to 百万円 (printed in 全角)."""
    man = round(yen_thousand / 100) * 10  # 万円 rounded to 100万
    oku, rest = divmod(man, 10000)
    s = (f"{oku}億" if oku else "") + (f"{rest:,}万円" if rest else "円")
    return "約" + zen(s), man * 10000


def set_borders(cell, top=None, bottom=None, left="nil", right="nil"):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side, val in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        el = OxmlElement(f"w:{side}")
        if val in (None, "nil"):
            el.set(qn("w:val"), "nil")
        else:
            el.set(qn("w:val"), "single"); el.set(qn("w:sz"), val); el.set(qn("w:color"), "000000")
        b.append(el)
    tcPr.append(b)


def font(run, size=10.5, bold=False, name="IPAexMincho"):
    run.font.size = Pt(size); run.bold = bold; run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)


def para(doc, text, size=10.5, bold=False, align=None, indent=None, name="IPAexMincho", space=2):
    p = doc.add_paragraph()
    r = p.add_run(text); font(r, size, bold, name)
    if align: p.alignment = align
    if indent is not None: p.paragraph_format.left_indent = Mm(indent)
    p.paragraph_format.space_after = Pt(space); p.paragraph_format.space_before = Pt(0)
    return p


def add_page_field(p):
    r = p.add_run("－ "); font(r, 9)
    r = p.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = "PAGE"
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1); r._r.append(it); r._r.append(f2)
    r = p.add_run(" －"); font(r, 9)


# ------------------------------------------------------------------ content
SHI = rows_for(*DATA[0]); KOKU = rows_for(*DATA[1])
shi_out_txt, shi_out_val = oku_man(SHI[2][4])
koku_out_txt, koku_out_val = oku_man(KOKU[2][4])
shi_cur_rate = rate(SHI[0][2], SHI[0][1]); shi_arr_rate = rate(SHI[1][2], SHI[1][1])
koku_cur_rate = rate(KOKU[0][2], KOKU[0][1])
grand = [sum(rows_for(d, s)[-1][i] for d, s in DATA) for i in range(1, 5)]
grand_txt, grand_val = oku_man(grand[3])

ATTEND_LINE_1 = "議長：副市長"
ATTEND_LINE_2 = ("委員：総務部長・企画部長・市民環境部長・保健福祉部長・子ども・若者部長・"
                 "建設部長・上下水道部長・教育部長")
ATTEND_LINE_3 = "事務局：債権管理課長・債権管理課債権管理グループ長"
ATTENDEES = ([{"role": "議長", "title": "副市長", "name": None}]
             + [{"role": "委員", "title": t, "name": None} for t in
                ["総務部長", "企画部長", "市民環境部長", "保健福祉部長", "子ども・若者部長", "建設部長",
                 "上下水道部長", "教育部長"]]
             + [{"role": "事務局", "title": t, "name": None} for t in
                ["債権管理課長", "債権管理課債権管理グループ長"]])
AGENDA = ["令和６年度決算における市債権の状況について",
          "令和７年度上半期（１０月末）の収納状況について",
          "債権放棄（私債権）の審議について"]
MATERIALS = ["資料１　令和６年度決算　市債権の状況（別表）",
             "資料２　令和７年度１０月末　収納状況一覧",
             "資料３　債権放棄対象債権一覧（非公開）"]

S1, S2, S3 = AGENDA
I_CUR, I_PREV = 63.2, 62.8
ARR_TARGET = 30.0
# statements: (speaker marker text, speaker, section, text, facts-in-text)
STATEMENTS = [
    ("○議長（副市長）", "議長（副市長）", S1,
     "ただいまから令和７年度第３回霧島市債権管理対策会議を開会します。前回、８月２９日の第２回会議では令和７年度の"
     "取組方針を確認しました。本日は、令和６年度決算の状況と上半期の収納状況について、事務局から説明をお願いします。", []),
    ("○債権管理課長", "債権管理課長", S1,
     "資料１の別表を御覧ください。令和６年度決算において、別表に掲げる６債権の収入未済額は合計で"
     f"{grand_txt}となりました。このうち市税の収入未済額は{shi_out_txt}で、収納率は現年課税分が"
     f"{zen(f'{shi_cur_rate:.1f}%')}、滞納繰越分が{zen(f'{shi_arr_rate:.1f}%')}でございます。",
     [("grand_out",), ("shi_out",), ("shi_cur",), ("shi_arr",)]),
    ("○債権管理課長", "債権管理課長", S1,
     f"国民健康保険税は、現年分の収納率が{zen(f'{koku_cur_rate:.1f}%')}、収入未済額は{koku_out_txt}でございます。"
     "口座振替の勧奨と、納期限後の早期催告を継続しております。",
     [("koku_cur",), ("koku_out",)]),
    ("○委員（保健福祉部長）", "委員（保健福祉部長）", S1,
     "国民健康保険税の滞納繰越分について、資格喪失後の世帯の未納が目立ちます。転出者の追跡について、"
     "税務部門と情報共有の仕組みを検討していただきたい。", []),
    ("○債権管理課長", "債権管理課長", S1,
     "御指摘の点は、次回の担当者会議で協議いたします。", []),
    ("○議長（副市長）", "議長（副市長）", S2,
     "次に、議題（２）について説明をお願いします。", []),
    ("○債権管理課長", "債権管理課長", S2,
     f"資料２により御説明します。令和７年１０月末時点の市税現年課税分の収納率は{zen(f'{I_CUR:.1f}%')}で、"
     f"前年同期の{zen(f'{I_PREV:.1f}%')}を０．４ポイント上回っております。",
     [("i_cur",), ("i_prev",)]),
    ("○委員（子ども・若者部長）", "委員（子ども・若者部長）", S2,
     "滞納繰越分の収納率は３割に届いていませんが、今年度の目標はどのように設定していますか。", []),
    ("○債権管理課長", "債権管理課長", S2,
     f"霧島市債権管理計画では、令和７年度の市税滞納繰越分の収納率の目標を{zen(f'{ARR_TARGET:.1f}%')}としております。"
     "１２月の滞納整理強化月間において、預貯金等の差押えを集中して実施する予定です。",
     [("arr_target",)]),
    ("○議長（副市長）", "議長（副市長）", S3,
     "議題（３）は、債権放棄の審議となりますので、資料３は非公開として取り扱います。事務局から説明をお願いします。", []),
    ("○債権管理課長", "債権管理課長", S3,
     "霧島市債権管理条例第１２条の規定に基づき、消滅時効期間が経過し、債務者が所在不明である私債権について、"
     "放棄の可否をお諮りするものです。対象は市営住宅使用料など３債権でございます。", []),
    ("○議長（副市長）", "議長（副市長）", S3,
     "それでは、事務局案のとおり放棄することとしてよろしいか。（異議なし）以上で本日の会議を閉会します。", []),
]


def build():
    OUT.mkdir(parents=True, exist_ok=True)
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22); sec.top_margin = Mm(22); sec.bottom_margin = Mm(20)
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    font(hp.add_run("霧島市債権管理対策会議（令和７年度第３回）"), 8, name="IPAexGothic")
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    para(doc, TITLE, 14, True, WD_ALIGN_PARAGRAPH.CENTER, name="IPAexGothic", space=10)
    rows = [("１　日　時", "令和７年１１月１８日（火）　午後２時００分～午後３時１０分"),
            ("２　場　所", "霧島市役所　本館５階　第１会議室"),
            ("３　会議形式", "対面"),
            ("４　出席者", ATTEND_LINE_1), ("", ATTEND_LINE_2), ("", ATTEND_LINE_3)]
    for k, v in rows:
        p = para(doc, "", 10.5)
        font(p.add_run(f"{k}".ljust(8, "　") if k else "　" * 8), 10.5, False, "IPAexGothic")
        font(p.add_run(v), 10.5)
        p.paragraph_format.first_line_indent = Mm(-28); p.paragraph_format.left_indent = Mm(28)
    para(doc, "５　議　題", 10.5, name="IPAexGothic")
    for i, a in enumerate(AGENDA, 1):
        para(doc, f"（{zen(str(i))}）{a}", indent=6)
    para(doc, "６　配付資料", 10.5, name="IPAexGothic")
    for m in MATERIALS:
        para(doc, m, indent=6)
    para(doc, "７　会議の経過", 10.5, name="IPAexGothic", space=4)
    cur = None
    for marker, _spk, sec_name, text, _f in STATEMENTS:
        if sec_name != cur:
            n = AGENDA.index(sec_name) + 1
            para(doc, f"【議題（{zen(str(n))}）{sec_name}】", 10.5, True, name="IPAexGothic", space=3)
            cur = sec_name
        p = para(doc, "", 10.5, space=4)
        font(p.add_run(marker), 10.5, True, "IPAexGothic")
        font(p.add_run("　" + text), 10.5)
        p.paragraph_format.first_line_indent = Mm(0)

    # 別表 on a new page: horizontal rules only, debt name on first row only, 合計 first
    doc.add_page_break()
    para(doc, "別表　令和６年度決算　市債権の状況", 12, True, name="IPAexGothic", space=2)
    para(doc, "（単位：千円、％）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT, space=2)
    hdr = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    body = [("合計", "計", *grand, f"{rate(grand[1], grand[0]):.1f}")]
    for d, segs in DATA:
        for i, (seg, a, c, w, o) in enumerate(rows_for(d, segs)):
            body.append((d if i == 0 else "", seg, a, c, w, o, f"{rate(c, a):.1f}"))
    t = doc.add_table(rows=1 + len(body), cols=7)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(38), Mm(22), Mm(24), Mm(24), Mm(20), Mm(22), Mm(16)]
    for j, h in enumerate(hdr):
        c = t.rows[0].cells[j]; c.width = widths[j]
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        font(c.paragraphs[0].add_run(h), 9, True, "IPAexGothic")
        set_borders(c, top="12", bottom="8")
    for i, r in enumerate(body, 1):
        last_of_debt = (r[1] == "計")
        for j, v in enumerate(r):
            c = t.rows[i].cells[j]; c.width = widths[j]
            txt = fmt(v) if isinstance(v, int) else v
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT if j >= 2 else WD_ALIGN_PARAGRAPH.LEFT
            font(c.paragraphs[0].add_run(txt), 9, name="IPAexGothic")
            set_borders(c, bottom="4" if last_of_debt else None)
    para(doc, "", 6)
    para(doc, "注１　収入未済額＝調定額－収入済額－不納欠損額", 8.5)
    para(doc, "注２　収納率は収入済額÷調定額（小数点以下第２位を四捨五入）", 8.5)
    para(doc, "注３　国民健康保険税は一般被保険者分と退職被保険者等分の合計", 8.5)
    docx_path = OUT / f"{STEM}.docx"
    doc.save(docx_path)
    pdf = to_pdf(docx_path, PDF / f"{STEM}.pdf", "b_kiri")
    return pdf, body


def _n(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def gold(pdf, body):
    doc = fitz.open(pdf)
    texts = [_n(p.get_text()) for p in doc]

    def page_of(anchor):
        a = _n(anchor)
        hits = [i + 1 for i, t in enumerate(texts) if a in t]
        assert hits, anchor
        return hits[0]

    facts = []
    # prose facts
    for marker, spk, sec_name, text, fs in STATEMENTS:
        for (k,) in fs:
            sent = [s for s in re.split("(?<=。)", text) if s]
            def pg(raw):
                s = next(x for x in sent if raw in x)
                return page_of(s[:25]) if _n(s[:25]) in "".join(texts) else page_of(raw)
            if k == "grand_out":
                facts.append(fact(None, 2024, "令和６年度", "total", "outstanding", "actual", grand_val, "yen",
                                  grand_txt, pg(grand_txt), approx=True, debt_raw=None))
            elif k == "shi_out":
                facts.append(fact("市税", 2024, "令和６年度", "total", "outstanding", "actual", shi_out_val, "yen",
                                  shi_out_txt, pg(shi_out_txt), approx=True))
            elif k == "shi_cur":
                r = zen(f"{shi_cur_rate:.1f}%")
                facts.append(fact("市税", 2024, "令和６年度", "current", "collection_rate", "actual", shi_cur_rate,
                                  "percent", r, pg(r)))
            elif k == "shi_arr":
                r = zen(f"{shi_arr_rate:.1f}%")
                facts.append(fact("市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", shi_arr_rate,
                                  "percent", r, pg(r)))
            elif k == "koku_cur":
                r = zen(f"{koku_cur_rate:.1f}%")
                facts.append(fact("国民健康保険税", 2024, "令和６年度", "current", "collection_rate", "actual",
                                  koku_cur_rate, "percent", r, pg(r)))
            elif k == "koku_out":
                facts.append(fact("国民健康保険税", 2024, "令和６年度", "total", "outstanding", "actual", koku_out_val,
                                  "yen", koku_out_txt, pg(koku_out_txt), approx=True))
            elif k == "i_cur":
                r = zen(f"{I_CUR:.1f}%")
                facts.append(fact("市税", 2025, "令和７年１０月末", "current", "collection_rate", "interim", I_CUR,
                                  "percent", r, pg(r), as_of="2025-10-31"))
            elif k == "i_prev":
                r = zen(f"{I_PREV:.1f}%")
                facts.append(fact("市税", 2024, "前年同期", "current", "collection_rate", "interim", I_PREV,
                                  "percent", r, pg(r), as_of="2024-10-31"))
            elif k == "arr_target":
                r = zen(f"{ARR_TARGET:.1f}%")
                facts.append(fact("市税", 2025, "令和７年度", "arrears", "collection_rate", "target", ARR_TARGET,
                                  "percent", r, pg(r)))
    # 別表
    debt = None
    metrics = ["assessed", "collected", "written_off", "outstanding"]
    for r in body:
        if r[0]:
            debt = r[0]
        d = None if debt == "合計" else debt
        anchor = "".join(str(x) if not isinstance(x, int) else fmt(x) for x in r[1:])
        p = page_of(anchor)
        seg = SEGCODE[r[1]]
        for m, v in zip(metrics, r[2:6]):
            facts.append(fact(d, 2024, "令和６年度", seg, m, "actual", v * 1000, "yen", fmt(v), p,
                              debt_raw=debt))
        facts.append(fact(d, 2024, "令和６年度", seg, "collection_rate", "actual", float(r[6]), "percent", r[6], p,
                          debt_raw=debt))

    # statement pages
    statements = []
    for marker, spk, sec_name, text, _ in STATEMENTS:
        statements.append({"speaker": spk, "section": sec_name, "text": text,
                           "page": page_of(marker + text[:20])})
    minutes = {"title": TITLE.replace("　", " "), "meeting_number": 3, "date": "2025-11-18", "method": "対面",
               "attendees": ATTENDEES, "agenda": AGENDA, "materials": MATERIALS, "statements": statements}
    document = {"kind": "minutes", "municipality": CITY, "title": TITLE.replace("　", " "),
                "date": "2025-11-18", "date_raw": "令和７年１１月１８日"}
    write_gold(STEM, pdf, document, facts, [], minutes)


if __name__ == "__main__":
    pdf, body = build()
    gold(pdf, body)
