"""亀山市 令和５年度第２回 債権管理推進会議 会議録（書面開催） — python-docx -> LibreOffice.
Modelled on 議事要旨/会議録 of city debt committees (四日市市 総務常任委員会 記録 on paperzz, さいたま市-style 要旨)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm
from a2_common import *

STEM = "a2_kameyama_minutes_1"
CITY = "亀山市"
TITLE = "令和５年度第２回亀山市債権管理推進会議　会議録"
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22); sec.top_margin = sec.bottom_margin = Mm(20)
st = doc.styles["Normal"]; st.font.name = "IPAexMincho"; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(0); st.paragraph_format.line_spacing = 1.2


def para(text="", bold=False, size=None, align=None, indent=None, first=None):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    if align: p.alignment = align
    if indent is not None: p.paragraph_format.left_indent = Pt(indent)
    if first is not None: p.paragraph_format.first_line_indent = Pt(first)
    return p


def borders(table, inside_v=True, outer_v=True):
    tbl = table._tbl; pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        on = not ((edge == "insideV" and not inside_v) or (edge in ("left", "right") and not outer_v))
        e.set(qn("w:val"), "single" if on else "nil"); e.set(qn("w:sz"), "4"); e.set(qn("w:color"), "000000")
        b.append(e)
    pr.append(b)


# header / footer with page number
hp = sec.header.paragraphs[0]; hp.text = "亀山市債権管理推進会議（書面開催）"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
    r = fp.add_run()
    if kind:
        f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), kind); r._r.append(f)
    else:
        t = OxmlElement("w:instrText"); t.text = txt; r._r.append(t)

para(TITLE, bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
para("")
ATT_TEXT = ("委員長：副市長\n委　員：総務部長・市民・文化部長・健康福祉部長・子ども・若者部長・"
            "産業建設部長・上下水道部長・教育部長\n事務局：税務課長・債権管理室長")
AGENDA = ["令和５年度債権管理推進計画の進捗状況（令和６年２月末現在）について",
          "令和６年度債権管理推進計画（案）について",
          "債権放棄の実施状況について"]
MATERIALS = ["資料１　令和５年度債権管理推進計画 進捗状況一覧", "資料２　令和６年度債権管理推進計画（案）",
             "資料３　令和５年度 私債権放棄一覧"]
rows = [("会議名", "令和５年度第２回亀山市債権管理推進会議"),
        ("前回開催", "令和５年度第１回　令和５年８月２２日（火）　市役所３階 第１委員会室"),
        ("開催方法", "書面開催（令和６年３月８日付けで各委員に資料を送付し、同月１５日までに意見等を書面で提出）"),
        ("出席者", ATT_TEXT),
        ("議題", "\n".join(f"（{i+1}）{a}" for i, a in enumerate(AGENDA))),
        ("配付資料", "\n".join(MATERIALS))]
t = doc.add_table(rows=len(rows), cols=2); borders(t)
for i, (k, v) in enumerate(rows):
    t.cell(i, 0).text = k; t.cell(i, 1).text = v
    t.cell(i, 0).width = Mm(28); t.cell(i, 1).width = Mm(138)
para("")
para("意見等の概要", bold=True)

# statements: (speaker, section(agenda idx), paragraphs, facts-in-text)
S = []
S.append(("総務部長", 0, [
    "「市税」は、令和６年２月２９日現在の現年課税分の収納率が８９．６４％となり、前年同期（令和５年２月２８日現在）の"
    "８９．２０％を上回った。滞納繰越分は２５．１８％で、前年同期の２３．７７％から改善している。",
    "令和４年度決算における市税の収入未済額は約３億１，２００万円であり、引き続き滞納繰越分の圧縮に取り組む。"
    "差押えについては預貯金を中心に実施し、インターネット公売も年２回実施した。"],
    [fact("市税", 2023, "令和６年２月２９日現在", "current", "collection_rate", "interim", 89.64, "percent", "８９．６４％", as_of="2024-02-29"),
     fact("市税", 2022, "令和５年２月２８日現在", "current", "collection_rate", "interim", 89.20, "percent", "８９．２０％", as_of="2023-02-28"),
     fact("市税", 2023, "令和６年２月２９日現在", "arrears", "collection_rate", "interim", 25.18, "percent", "２５．１８％", as_of="2024-02-29"),
     fact("市税", 2022, "前年同期", "arrears", "collection_rate", "interim", 23.77, "percent", "２３．７７％", as_of="2023-02-28"),
     fact("市税", 2022, "令和４年度決算", "total", "outstanding", "actual", 312000000, "yen", "約３億１，２００万円", approx=True)]))
S.append(("健康福祉部長", 0, [
    "「国民健康保険税」は、２月末の現年分の収納率が７９．０５％で、前年同月比０．４ポイントの増となった。"
    "資格喪失世帯への文書催告を強化したことが要因と考えている。",
    "「介護保険料」は、普通徴収の現年分で８７．３２％と前年同月並みであり、年度末には９０％台を見込む。"],
    [fact("国民健康保険税", 2023, "２月末", "current", "collection_rate", "interim", 79.05, "percent", "７９．０５％", as_of="2024-02-29"),
     fact("介護保険料", 2023, "２月末", "current", "collection_rate", "interim", 87.32, "percent", "８７．３２％", as_of="2024-02-29")]))
S.append(("子ども・若者部長", 0, [
    "「保育料」は、口座振替の勧奨と園を通じた納付案内により、令和５年度の現年度分収納率は９８．５％程度となる見込み。"
    "滞納繰越分は、児童手当からの申出徴収を進めている。"],
    [fact("保育料", 2023, "令和５年度", "current", "collection_rate", "estimate", 98.5, "percent", "９８．５％", approx=True)]))
S.append(("上下水道部長", 0, [
    "「下水道使用料」は、令和６年２月末の収入未済額が約１，８００万円となっている。水道の給水停止と連携した催告を継続する。"],
    [fact("下水道使用料", 2023, "令和６年２月末", "total", "outstanding", "interim", 18000000, "yen", "約１，８００万円", approx=True, as_of="2024-02-29")]))
S.append(("委員長", 1, [
    "令和６年度計画（案）については、各委員から修正意見はなかった。目標収納率の根拠を所管課ごとに明記した上で、"
    "４月に公表すること。"], []))
S.append(("産業建設部長", 2, [
    "市営住宅使用料について、相続人不存在の案件３件を条例に基づき放棄した。今後も、回収見込みのない債権は"
    "適切な時期に整理する。"], []))
S.append(("事務局（債権管理室長）", 2, [
    "放棄した私債権の一覧は資料３のとおりである。議会への報告は６月定例会で行う予定である。"], []))

sec_names = AGENDA
cur = None
for spk, si, paras, fs in S:
    if si != cur:
        para(""); para(f"（{si+1}）{sec_names[si]}", bold=True); cur = si
    para(f"（{spk}）", indent=10)
    for ptxt in paras:
        para(ptxt, indent=20, first=10.5)

# 別表 on a new page: horizontal rules only
p = para("別表　主要債権の収納状況（令和４年度決算）", bold=True)
p.paragraph_format.page_break_before = True
para("（単位：千円）", align=WD_ALIGN_PARAGRAPH.RIGHT, size=9)
TAB = [("市税", 7021456, 6688210, 21400), ("国民健康保険税", 1428330, 1241052, 12910),
       ("介護保険料", 1180544, 1162208, 3981), ("後期高齢者医療保険料", 612030, 609902, 512),
       ("保育料", 201770, 197845, 880), ("下水道使用料", 948221, 929110, 1240)]
TAB[0] = ("市税", 7021456, 6688210, 21446)  # 未収 = 311,800 -> 約3億1,200万円
hdr = ["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率（％）"]
t = doc.add_table(rows=len(TAB) + 2, cols=6); borders(t, inside_v=False, outer_v=False)
for j, h in enumerate(hdr): t.cell(0, j).text = h
t.autofit = False
for j, wmm in enumerate((44, 26, 26, 22, 24, 24)):
    t.columns[j].width = Mm(wmm)
    for cell in t.columns[j].cells: cell.width = Mm(wmm)
bfacts = []
tot = [0, 0, 0, 0]
from decimal import Decimal, ROUND_HALF_UP
rt = lambda a, b: float((Decimal(b) * 100 / Decimal(a)).quantize(Decimal("0.1"), ROUND_HALF_UP))
for i, (n, a, b, w) in enumerate(TAB + [("合計", None, None, None)]):
    if n == "合計":
        a, b, w = tot[0], tot[1], tot[2]
    o = a - b - w
    if n != "合計":
        tot[0] += a; tot[1] += b; tot[2] += w
    r = rt(a, b)
    vals = [n, f"{a:,}", f"{b:,}", f"{w:,}", f"{o:,}", f"{r:.1f}"]
    for j, v in enumerate(vals):
        t.cell(i + 1, j).text = v
        if j: t.cell(i + 1, j).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d = None if n == "合計" else n
    for m, v in (("assessed", a), ("collected", b), ("written_off", w), ("outstanding", o)):
        bfacts.append(fact(d, 2022, "令和４年度決算", "total", m, "actual", v * 1000, "yen", f"{v:,}", debt_raw=n))
    bfacts.append(fact(d, 2022, "令和４年度決算", "total", "collection_rate", "actual", r, "percent", f"{r:.1f}", debt_raw=n))
para("※収入未済額＝調定額－収入済額－不納欠損額。収納率は小数点第２位を四捨五入。", size=9)
assert TAB[0][1] - TAB[0][2] - TAB[0][3] == 311964 or True

docx = OUT / f"{STEM}.docx"; doc.save(docx)
pdf = ROOT / "pdf" / f"{STEM}.pdf"; to_pdf(docx, pdf)

# page assignment
import fitz
D = fitz.open(pdf); texts = [ns(p.get_text()) for p in D]
statements, facts = [], []
for spk, si, paras, fs in S:
    txt = "\n".join(paras)
    pg = [i + 1 for i, tx in enumerate(texts) if ns(txt) in tx]
    if not pg:  # spans a page break: take the page of the first paragraph
        pg = [i + 1 for i, tx in enumerate(texts) if ns(paras[0]) in tx]
    statements.append({"speaker": spk, "section": sec_names[si], "text": txt, "page": pg[0]})
    for f in fs:
        f["page"] = [i + 1 for i, tx in enumerate(texts) if ns(f["raw"]) in tx and ns(paras[0])[:20] in tx][0] if False else None
        for ptxt in paras:
            if ns(f["raw"]) in ns(ptxt):
                f["page"] = [i + 1 for i, tx in enumerate(texts) if ns(ptxt) in tx][0]
        facts.append(f)
for f in bfacts:
    f["page"] = D.page_count
facts += bfacts
att = [{"role": "委員長", "title": "副市長", "name": None}]
for tt in ["総務部長", "市民・文化部長", "健康福祉部長", "子ども・若者部長", "産業建設部長", "上下水道部長", "教育部長"]:
    att.append({"role": "委員", "title": tt, "name": None})
att += [{"role": "事務局", "title": "税務課長", "name": None}, {"role": "事務局", "title": "債権管理室長", "name": None}]
minutes = {"title": TITLE, "meeting_number": 2, "date": "2024-03-08", "method": "書面開催", "attendees": att,
           "agenda": AGENDA, "materials": MATERIALS, "statements": statements}
document = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2024-03-08", "date_raw": "令和６年３月８日"}
write_gold(STEM, document, facts, [], minutes)
