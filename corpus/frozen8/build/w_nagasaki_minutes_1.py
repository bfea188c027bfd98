"""長崎市議会 総務委員会記録（債権管理条例・権利の放棄） — python-docx -> LibreOffice."""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf as fitz
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from w_akashi_progress_1 import cell_text, page_field, set_font  # noqa: E402
from w_common import OUT, PDF, Gold, check, squash, to_pdf  # noqa: E402

STEM = "w_nagasaki_minutes_1"
FONT = "IPAex明朝"
GOTH = "IPAexゴシック"

MEMBERS = [("委員長", "池田　修一"), ("副委員長", "森山　貴子"), ("委員", "岩永　和明"), ("委員", "竹田　信也"),
           ("委員", "浦川　聡"), ("委員", "林田　恵子"), ("委員", "松尾　大輔")]
STAFF = [("財務部長", "田川　和也"), ("財政課長", "山口　直樹"), ("収納課長", "前田　浩二"), ("債権管理室長", "小松　健司")]
AGENDA = ["第125号議案　長崎市債権管理条例", "第126号議案　権利の放棄について"]
MATERIALS = ["長崎市債権管理条例の概要", "権利の放棄に係る債権の一覧"]

# 別表 未収債権額の推移（単位：百万円）
YEARS = [(2009, "平成21年度末"), (2016, "平成28年度末"), (2019, "令和元年度末"), (2020, "令和２年度末")]
TABLE = [("市税", [4826, 2874, 2193, 2040]), ("国民健康保険料", [3911, 2305, 1716, 1598]),
         ("市営住宅使用料", [702, 488, 336, 310]), ("その他", [1353, 1190, 1004, 961])]
TOT = [sum(r[1][i] for r in TABLE) for i in range(4)]
assert round(TOT[0] / 100) == 108 and round(TOT[3] / 100) == 49, TOT

# statements: (speaker as printed without ○, section index, text, [facts in text])
# fact: (debt, debt_raw, fy, fy_raw, segment, metric, value, unit, raw, approx)
S1, S2 = AGENDA
STATEMENTS = [
    ("池田委員長", S1, "ただいまから総務委員会を開会いたします。本日は、第125号議案「長崎市債権管理条例」及び第126号議案「権利の放棄について」を審査いたします。まず、第125号議案を議題といたします。理事者の説明を求めます。", []),
    ("田川財務部長", S1, "第125号議案「長崎市債権管理条例」について御説明いたします。本条例は、市長等の責務を明らかにし、債権の管理に関する事務の処理について必要な事項を定めることにより、債権の適正な管理を図るものでございます。詳細につきましては、債権管理室長から御説明いたします。", []),
    ("小松債権管理室長", S1, "提出資料の１ページをお開きください。本市の未収債権額は、平成21年度末の約108億円から、令和２年度末には約49億円となり、約10年間でおよそ半分以下に縮減しております。これは、平成21年度から開始した徴収一元化の取組や、特別滞納整理室による高額滞納案件への対応の成果でございます。市税の収納率は、令和２年度で現年度分が99.2％、滞納繰越分が31.5％となっております。一方で、債権管理を行う際の責務や事務手続を明確にした包括的な基準がなく、全庁統一的な債権管理が行われていないという課題がございます。このため、統一的な処理基準を定めた条例を制定し、厳格な要件のもとで回収不能な債権を放棄できるようにするものでございます。",
     [("未収", None, None, 2009, "平成21年度末", "total", "outstanding", 10_800_000_000, "yen", "約108億円", True),
      ("未収", None, None, 2020, "令和２年度末", "total", "outstanding", 4_900_000_000, "yen", "約49億円", True),
      ("市税", "市税", "市税", 2020, "令和２年度", "current", "collection_rate", 99.2, "percent", "99.2％", False),
      ("市税", "市税", "市税", 2020, "令和２年度", "arrears", "collection_rate", 31.5, "percent", "31.5％", False)]),
    ("池田委員長", S1, "説明が終わりましたので、質疑に入ります。", []),
    ("岩永委員", S1, "私債権の未収額はどの程度あるのか。また、その主なものは何か。", []),
    ("小松債権管理室長", S1, "令和２年度末の私債権の未収債権額は約６億4,000万円でございまして、そのうち市営住宅使用料が約３億1,000万円と約半分を占めております。",
     [("私債権", None, "私債権", 2020, "令和２年度末", "total", "outstanding", 640_000_000, "yen", "約６億4,000万円", True),
      ("住宅", "市営住宅使用料", "市営住宅使用料", 2020, "令和２年度末", "total", "outstanding", 310_000_000, "yen", "約３億1,000万円", True)]),
    ("竹田委員", S1, "債権を放棄する場合の基準について、恣意的な運用にならないよう、どのように担保するのか。", []),
    ("前田収納課長", S1, "放棄につきましては、条例第14条に定める事由に該当する場合に限り行うこととし、所管課の判断だけではなく、債権管理室の審査を経たうえで決定いたします。また、放棄した債権については、毎年度、議会に報告いたします。", []),
    ("林田委員", S1, "不納欠損の状況はどうなっているのか。", []),
    ("小松債権管理室長", S1, "令和２年度の不納欠損額は、全会計で約４億2,600万円でございます。そのうち市税が約１億8,900万円でございます。",
     [("欠損", None, "全会計", 2020, "令和２年度", "total", "written_off", 426_000_000, "yen", "約４億2,600万円", True),
      ("欠損", "市税", "市税", 2020, "令和２年度", "total", "written_off", 189_000_000, "yen", "約１億8,900万円", True)]),
    ("池田委員長", S1, "ほかに質疑はありませんか。〔「なし」と呼ぶ者あり〕これをもって質疑を終結いたします。討論はありませんか。〔「なし」と呼ぶ者あり〕これより採決いたします。第125号議案は原案のとおり可決すべきものと決定することに御異議ありませんか。〔「異議なし」と呼ぶ者あり〕御異議なしと認めます。よって、第125号議案は原案のとおり可決すべきものと決定いたしました。次に、第126号議案を議題といたします。理事者の説明を求めます。", []),
    ("小松債権管理室長", S2, "第126号議案「権利の放棄について」御説明いたします。本件は、市営住宅使用料等の私債権のうち、債務者が死亡し相続人が存在しないものなど、回収の見込みがない43件について、権利を放棄するものでございます。", []),
    ("松尾委員", S2, "放棄に至るまでに、どのような回収の努力を行ってきたのか。", []),
    ("小松債権管理室長", S2, "いずれの債権につきましても、文書及び臨戸による催告を繰り返し行い、連帯保証人への請求や相続人調査も実施いたしましたが、回収に至らなかったものでございます。", []),
    ("池田委員長", S2, "ほかに質疑はありませんか。〔「なし」と呼ぶ者あり〕採決いたします。第126号議案は原案のとおり可決すべきものと決定することに御異議ありませんか。〔「異議なし」と呼ぶ者あり〕御異議なしと認めます。よって、第126号議案は原案のとおり可決すべきものと決定いたしました。以上で本日の委員会を閉会いたします。", []),
]


def para(doc, text, size=10.5, bold=False, align=None, name=FONT, indent=None, first=None, after=2):
    p = doc.add_paragraph()
    r = p.add_run(text)
    set_font(r, name, size, bold)
    if align:
        p.alignment = align
    pf = p.paragraph_format
    if indent is not None:
        pf.left_indent = Mm(indent)
    if first is not None:
        pf.first_line_indent = Mm(first)
    pf.space_after = Pt(after)
    pf.space_before = Pt(0)
    return p


def build():
    g = Gold(STEM, "minutes", "長崎市", "総務委員会記録", "2021-12-08", "令和３年12月８日")
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = Mm(22)
    sec.bottom_margin = Mm(20)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("長崎市議会　総務委員会記録（令和３年12月８日）"), FONT, 8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(fp)

    para(doc, "総務委員会記録", 16, True, WD_ALIGN_PARAGRAPH.CENTER, GOTH, after=10)
    para(doc, "１．開催日時", 10.5, True, name=GOTH)
    para(doc, "令和３年12月８日（水曜日）　午前10時０分～午前11時38分", indent=8, after=4)
    para(doc, "２．場所", 10.5, True, name=GOTH)
    para(doc, "第１委員会室", indent=8, after=4)
    para(doc, "３．出席委員（７名）", 10.5, True, name=GOTH)
    t = doc.add_table(rows=0, cols=4)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i in range(0, len(MEMBERS), 2):
        cells = t.add_row().cells
        for j, (role, name) in enumerate(MEMBERS[i:i + 2]):
            cell_text(cells[2 * j], role, 10.5, WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(cells[2 * j + 1], name, 10.5, WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "", 4)
    para(doc, "４．欠席委員", 10.5, True, name=GOTH)
    para(doc, "なし", indent=8, after=4)
    para(doc, "５．説明のため出席した者", 10.5, True, name=GOTH)
    t = doc.add_table(rows=0, cols=4)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i in range(0, len(STAFF), 2):
        cells = t.add_row().cells
        for j, (role, name) in enumerate(STAFF[i:i + 2]):
            cell_text(cells[2 * j], role, 10.5, WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(cells[2 * j + 1], name, 10.5, WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "", 4)
    para(doc, "６．審査案件", 10.5, True, name=GOTH)
    for a in AGENDA:
        para(doc, a, indent=8)
    para(doc, "", 2)
    para(doc, "７．提出資料", 10.5, True, name=GOTH)
    para(doc, "・" + "（財務部）\n・".join(MATERIALS) + "（財務部）", indent=8, after=4)
    para(doc, "８．審査経過", 10.5, True, name=GOTH, after=6)
    cur = None
    for spk, section, text, _ in STATEMENTS:
        if section != cur:
            para(doc, f"〔{section}〕", 10.5, True, name=GOTH, after=4)
            cur = section
        p = para(doc, "", indent=0, after=3)
        r = p.add_run(f"○{spk}　")
        set_font(r, GOTH, 10.5)
        r = p.add_run(text)
        set_font(r, FONT, 10.5)
        p.paragraph_format.left_indent = Mm(4)
        p.paragraph_format.first_line_indent = Mm(-4)
    para(doc, "", 4)
    para(doc, "―午前11時38分閉会―", 10.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
    para(doc, "長崎市議会委員会条例第30条第１項の規定によりここに署名する。", 10, after=2)
    para(doc, "総務委員長　池田　修一", 10, align=WD_ALIGN_PARAGRAPH.RIGHT, after=8)

    doc.add_page_break()
    para(doc, "（別表）未収債権額の推移", 11, True, name=GOTH, after=2)
    para(doc, "（単位：百万円）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT, after=1)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(["区分"] + [y[1] for y in YEARS]):
        cell_text(t.rows[0].cells[i], h, 9.5, bold=True)
    for name, vals in TABLE + [("合計", TOT)]:
        cells = t.add_row().cells
        cell_text(cells[0], name, 9.5, WD_ALIGN_PARAGRAPH.LEFT)
        for i, v in enumerate(vals):
            cell_text(cells[i + 1], f"{v:,}", 9.5, WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "※ 各年度末は出納整理期間終了後の額。一般会計、特別会計及び企業会計の合計。", 8.5)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf", "w_nagasaki")

    with fitz.open(pdf) as d:
        texts = [squash(p.get_text()) for p in d]
        npg = d.page_count

    def find_page(fragment: str) -> int:
        hits = [i + 1 for i, t in enumerate(texts) if squash(fragment) in t]
        assert hits, fragment
        return hits[0]

    statements = []
    for spk, section, text, facts in STATEMENTS:
        pg = find_page(spk + text[:40])
        statements.append({"speaker": spk, "section": section, "text": text, "page": pg})
        for _, debt, draw, fy, fyr, seg, metric, val, unit, raw, approx in facts:
            # a long statement may run over a page end: locate the sentence holding the figure
            idx = text.index(raw)
            frag = text[max(0, idx - 12):idx + len(raw)]
            fpg = find_page(frag)
            g.fact(fpg, debt, fy, fyr, seg, metric, "actual", val, unit, raw, approx=approx, debt_raw=draw)
    assert npg == find_page("（別表）未収債権額の推移")
    for name, vals in TABLE + [("合計", TOT)]:
        debt = None if name in ("その他", "合計") else name
        for (fy, fyr), v in zip(YEARS, vals):
            g.fact(npg, debt, fy, fyr, "total", "outstanding", "actual", v * 1_000_000, "yen", f"{v:,}", debt_raw=name)
    attendees = [{"role": r, "title": None, "name": n.replace("　", "")} for r, n in MEMBERS]
    attendees += [{"role": r, "title": r, "name": n.replace("　", "")} for r, n in STAFF]
    g.minutes = {"title": "総務委員会記録", "meeting_number": None, "date": "2021-12-08", "method": None,
                 "attendees": attendees, "agenda": AGENDA, "materials": MATERIALS, "statements": statements}
    g.write(pdf)
    return pdf


if __name__ == "__main__":
    build()
    print(check(STEM))
