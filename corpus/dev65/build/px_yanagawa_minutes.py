"""px_yanagawa_minutes_1: 令和７年度第２回柳川市債権管理対策会議 会議録（書面開催）.

Tool chain: python-docx -> LibreOffice (soffice --headless --convert-to pdf). Run from corpus/dev65.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from px_common import SET, Recorder, check, comma, fnum, rate, rnd, write_gold, zen  # noqa: E402

STEM = "px_yanagawa_minutes_1"
CITY = "柳川市"
TITLE = "令和７年度第２回柳川市債権管理対策会議 会議録"
R = Recorder(CITY)
FY, PFY = 2024, 2023  # settled year quoted (令和６年度決算) and the year before
IFY = 2025            # year of the meeting (９月末 figures)

# 令和６年度決算 (千円): cur assessed, cur collected, arr assessed, arr collected, written off
SETTLED = {
    "市税": (6104512, 6068497, 308214, 74105, 12331),
    "国民健康保険税": (1187430, 1117621, 356102, 79830, 21544),
    "介護保険料": (874215, 869702, 24118, 4876, 3311),
    "後期高齢者医療保険料": (452118, 451203, 3405, 1422, 204),
    "保育料": (83412, 82508, 9870, 1644, 712),
    "市営住宅使用料": (132540, 130215, 33118, 3020, 1890),
}
# ９月末 (千円): previous year (令和６年９月末) and this year (令和７年９月末): total assessed, total collected
INTERIM = {
    "市税": ((6362004, 3398714), (6441280, 3476190)),
    "国民健康保険税": ((1560218, 671433), (1521476, 664809)),
    "介護保険料": ((899340, 443022), (910112, 452339)),
    "後期高齢者医療保険料": ((451906, 224108), (462118, 230871)),
    "保育料": ((94815, 45012), (92340, 44761)),
    "市営住宅使用料": ((166302, 72418), (164118, 72904)),
}
ABBR = {"市税": "市税", "国民健康保険税": "国保税", "介護保険料": "介護保険料", "後期高齢者医療保険料": "後期高齢",
        "保育料": "保育料", "市営住宅使用料": "住宅使用料"}


def tot(d):
    ca, cc, aa, ac, w = SETTLED[d]
    return ca + aa, cc + ac, w, ca + aa - cc - ac - w


# ------------------------------------------------------------------ docx helpers
def set_font(run, size=10.5, bold=False, gothic=False):
    run.font.size = Pt(size)
    run.bold = bold
    name = "IPAexGothic" if gothic else "IPAexMincho"
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), name)
    rf.set(qn("w:ascii"), name)
    rf.set(qn("w:hAnsi"), name)


def para(doc, text="", size=10.5, bold=False, gothic=False, align=None, indent=0.0, first=0.0, after=2):
    p = doc.add_paragraph()
    if text:
        set_font(p.add_run(text), size, bold, gothic)
    pf = p.paragraph_format
    pf.space_after = Pt(after)
    pf.space_before = Pt(0)
    pf.line_spacing = 1.15
    if indent:
        pf.left_indent = Cm(indent)
    if first:
        pf.first_line_indent = Cm(first)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, text, size=9, bold=False, align="r"):
    cell.text = ""
    p = cell.paragraphs[0]
    set_font(p.add_run(text), size, bold, gothic=True)
    p.alignment = {"r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    p.paragraph_format.space_after = Pt(0)


def borders(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    b = tcPr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders")
        tcPr.append(b)
    for edge, val in kw.items():
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), "8")
        e.set(qn("w:color"), "000000")
        b.append(e)


# ------------------------------------------------------------------ statements
def statements():
    """(page, speaker, section, text) — figures inside go through R.f on the given page."""
    out = []
    sec1 = "所管する債権の状況について"
    # page 2
    R.page = 2
    a, c, w, o = tot("市税")
    r_t = rate(c, a, 2)
    pa, pc, pw = 6365210, 6081958, 14020
    po = pa - pc - pw  # 令和５年度 (not tabulated)
    r_p = rate(pc, pa, 2)
    ca, cc = SETTLED["市税"][0], SETTLED["市税"][1]
    oku = o // 100000
    man = int(round((o % 100000) / 10)) // 10 * 10
    dman = int(round((po - o) / 10))
    t = (f"「市税」は、令和６年度決算で収納率が{R.f(f'{r_t:.2f}％', debt='市税', fy=FY, fy_raw='令和６年度決算', seg='total', metric='collection_rate', basis='actual', value=r_t, unit='percent')}となり、"
         f"前年度比{R.f(f'{rnd(r_t - r_p, 2):.2f}ポイント', debt='市税', fy=FY, fy_raw='令和６年度決算', seg='total', metric='difference', basis='actual', value=rnd(r_t - r_p, 2), unit='points')}上昇した。"
         f"現年課税分は{R.f(f'{rate(cc, ca, 2):.2f}％', debt='市税', fy=FY, fy_raw='令和６年度決算', seg='current', metric='collection_rate', basis='actual', value=rate(cc, ca, 2), unit='percent')}で、令和元年度以降で最も高い水準である。"
         f"収入未済額は約{R.f(f'{oku}億{man:,}万円', debt='市税', fy=FY, fy_raw='令和６年度決算', seg='total', metric='outstanding', basis='actual', value=oku * 100000000 + man * 10000, unit='yen', approx=True)}で、"
         f"前年度から約{R.f(f'{dman:,}万円', debt='市税', fy=FY, fy_raw='令和６年度決算', seg='total', metric='difference', basis='actual', value=-dman * 10000, unit='yen', approx=True)}減少した。"
         "高額滞納案件の分納管理を徹底したことに加え、預貯金調査の電子化により調査期間が短縮されたことが要因と考える。")
    out.append((2, "総務部長", sec1, t))
    a, c, w, o = tot("国民健康保険税")
    ca, cc, aa, ac, _ = SETTLED["国民健康保険税"]
    (pa9, pc9), (ta9, tc9) = INTERIM["国民健康保険税"]
    t = (f"「国民健康保険税」の令和６年度決算は、現年課税分の収納率が{R.f(f'{rate(cc, ca, 2):.2f}％', debt='国民健康保険税', fy=FY, fy_raw='令和６年度決算', seg='current', metric='collection_rate', basis='actual', value=rate(cc, ca, 2), unit='percent')}、"
         f"滞納繰越分が{R.f(f'{rate(ac, aa, 2):.2f}％', debt='国民健康保険税', fy=FY, fy_raw='令和６年度決算', seg='arrears', metric='collection_rate', basis='actual', value=rate(ac, aa, 2), unit='percent')}であった。"
         f"今年度９月末の収納率（現年・滞繰計）は{R.f(f'{rate(tc9, ta9, 1):.1f}％', debt='国民健康保険税', fy=IFY, fy_raw='今年度９月末', seg='total', metric='collection_rate', basis='interim', as_of='2025-09-30', value=rate(tc9, ta9, 1), unit='percent')}で、"
         f"前年同月を{R.f(f'{rnd(rate(tc9, ta9, 1) - rate(pc9, pa9, 1), 1):.1f}ポイント', debt='国民健康保険税', fy=IFY, fy_raw='今年度９月末', seg='total', metric='difference', basis='interim', as_of='2025-09-30', value=rnd(rate(tc9, ta9, 1) - rate(pc9, pa9, 1), 1), unit='points')}上回っている。"
         "被保険者数の減少により調定額は前年を下回っているが、口座振替の加入勧奨を継続し、年度末の目標達成に努める。")
    out.append((2, "市民部長", sec1, t))
    kr = rate(tot("介護保険料")[1], tot("介護保険料")[0], 2)
    t = (f"「介護保険料」は特別徴収の割合が高く、令和６年度決算の収納率は{R.f(f'{kr:.2f}％', debt='介護保険料', fy=FY, fy_raw='令和６年度決算', seg='total', metric='collection_rate', basis='actual', value=kr, unit='percent')}と安定している。"
         f"「生活保護費返還金」は収入未済額が約{R.f(zen('4,210') + '万円', debt='生活保護費返還金', fy=FY, fy_raw=None, seg='total', metric='outstanding', basis='actual', value=42100000, unit='yen', approx=True)}あり、"
         "受給中の方については保護費からの調整による返還を原則とし、廃止後の方には文書と電話による催告を行っている。")
    out.append((2, "保健・福祉部長", sec1, t))
    ca, cc, aa, ac, w = SETTLED["保育料"]
    t = (f"「保育料」は、2024年度決算で現年度分の収納率が{R.f(f'{rate(cc, ca, 2):.2f}％', debt='保育料', fy=FY, fy_raw='2024年度決算', seg='current', metric='collection_rate', basis='actual', value=rate(cc, ca, 2), unit='percent')}となった。"
         "児童手当からの申出徴収を積極的に案内しており、現年度分での完納を徹底している。滞納繰越分は少額の案件が多く、卒園後も保護者への接触を継続する。")
    out.append((2, "こども・子育て部長", sec1, t))
    t = (f"「市営住宅使用料」の滞納者数は９月末で{R.f('86人', debt='市営住宅使用料', fy=IFY, fy_raw='９月末', seg='total', metric='delinquents', basis='interim', as_of='2025-09-30', value=86, unit='persons')}"
         f"（前年同月{R.f('95人', debt='市営住宅使用料', fy=IFY - 1, fy_raw='前年同月', seg='total', metric='delinquents', basis='interim', as_of='2024-09-30', value=95, unit='persons')}）となった。"
         "３か月以上の滞納者には連帯保証人への通知を行い、明渡し請求の手続きも視野に入れて対応している。")
    out.append((2, "建設部長", sec1, t))
    R.page = 3
    sec2 = "委員長からの質問"
    out.append((3, "委員長", sec2, "市税と国民健康保険税の滞納者は重複している場合が多いと聞く。両債権の滞納整理をどのように連携して進めているのか伺いたい。"))
    out.append((3, "総務部長", sec2,
                "国民健康保険税の滞納整理は令和５年度から税務課収納対策室に一元化しており、同一の滞納者については市税と合わせて財産調査と納付相談を行っている。"
                f"一元化後の３年度（R5～R7）で、両税を合わせた滞納者数は{R.f('1,412人', debt=None, debt_raw='両税', fy=FY, fy_raw='R6', seg='total', metric='delinquents', basis='actual', value=1412, unit='persons')}（R6年度末）まで減少した。"))
    out.append((3, "委員長", "委員長からのコメント",
                "９月末の状況は概ね前年を上回っているが、下半期は出納整理期間までの取組が決算を左右する。各所管課においては、12月の滞納整理強化月間に向けて対象者の抽出と催告計画の作成を早期に進め、進捗を事務局に報告していただきたい。"))
    return out


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    stm = statements()

    # ---------------- page 1
    R.page = 1
    para(doc, "令和７年度第２回柳川市債権管理対策会議　会議録", 14, True, True, "c", after=10)
    para(doc, "１　開催方法", 11, True, True)
    para(doc, "令和７年度第２回柳川市債権管理対策会議は、書面開催とし、令和７年11月14日付けで各委員に会議資料を送付し、"
         "同月28日までに意見及び質問を回答書により事務局へ提出を求める形式で実施した。", indent=0.5, first=0.35, after=6)
    para(doc, "２　出席者（委員長・委員９名・事務局３名）", 11, True, True)
    para(doc, "委員長：副市長", indent=0.5)
    para(doc, "委　員：総務部長・市民部長・保健・福祉部長・こども・子育て部長・環境経済部長・", indent=0.5)
    para(doc, "建設部長・上下水道局長・教育部長・会計管理者", indent=1.9)
    para(doc, "事務局：税務課長・収納対策室長・収納対策係長", indent=0.5, after=6)
    para(doc, "３　議　題", 11, True, True)
    agenda = ["令和６年度決算における債権の状況について", "令和７年度９月末の収納状況について", "私債権の放棄の報告について"]
    for i, a in enumerate(agenda, 1):
        para(doc, f"（{zen(str(i))}）{a}", indent=0.5)
    para(doc, "", after=2)
    para(doc, "４　資　料", 11, True, True)
    para(doc, "（別添）令和７年度第２回柳川市債権管理対策会議資料", indent=0.5, after=6)
    para(doc, "５　意見及び質問", 11, True, True)
    para(doc, "各委員から提出された回答書の内容を、発言者ごとに要約して次のとおり記載する。", indent=0.5, first=0.35)
    para(doc, "なお、数値は別表に掲げる令和６年度決算及び令和７年９月末現在の数値による。", indent=0.5, first=0.35)
    page_break(doc)

    # ---------------- pages 2-3: statements
    cur_page, cur_sec = 2, None
    for pg, spk, section, text in stm:
        if pg != cur_page:
            page_break(doc)
            cur_page = pg
        if section != cur_sec:
            num = {"所管する債権の状況について": "（１）", "委員長からの質問": "（２）", "委員長からのコメント": "（３）"}[section]
            para(doc, f"{num}{section}", 10.5, True, True, indent=0.3, after=4)
            cur_sec = section
        para(doc, f"○{spk}", 10.5, False, True, indent=0.5, after=1)
        para(doc, text, indent=1.0, first=0.35, after=8)
    page_break(doc)

    # ---------------- page 4: 別表
    R.page = 4
    para(doc, "別表１　主要債権の収納状況（９月末現在）", 11, True, True, after=1)
    para(doc, "（単位：千円、％）", 9, align="r", after=1)
    debts = list(INTERIM)
    tb = doc.add_table(rows=1 + 3 * 2, cols=2 + len(debts))
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = tb.rows[0].cells
    cell_text(hdr[0], "年度", align="c")
    cell_text(hdr[1], "区分", align="c")
    for j, d in enumerate(debts):
        cell_text(hdr[2 + j], ABBR[d], align="c")
    for cl in hdr:
        borders(cl, top="single", bottom="single")
    labels = [("R6年度", "調定額"), ("", "収入済額"), ("", "収納率※"), ("R7年度", "調定額"), ("", "収入済額"), ("", "収納率※")]
    for i, (yl, ml) in enumerate(labels):
        row = tb.rows[1 + i].cells
        cell_text(row[0], yl, align="l")
        cell_text(row[1], ml, align="l")
        yi = 0 if i < 3 else 1
        fy = IFY - 1 if yi == 0 else IFY
        asof = "2024-09-30" if yi == 0 else "2025-09-30"
        for j, d in enumerate(debts):
            a, c = INTERIM[d][yi]
            kw = dict(debt=d, debt_raw=ABBR[d], fy=fy, fy_raw=yl or labels[3 * yi][0], seg="total", basis="interim", as_of=asof)
            if ml == "調定額":
                txt = R.f(comma(a), metric="assessed", value=a * 1000, unit="yen", **kw)
            elif ml == "収入済額":
                txt = R.f(comma(c), metric="collected", value=c * 1000, unit="yen", **kw)
            else:
                r = rate(c, a, 1)
                txt = R.f(f"{r:.1f}", metric="collection_rate", value=r, unit="percent", **kw)
                if yi == 1:  # previous year's rate in brackets
                    pa, pc = INTERIM[d][0]
                    pr = rate(pc, pa, 1)
                    txt += "(" + R.f(f"{pr:.1f}", debt=d, debt_raw=ABBR[d], fy=IFY - 1, fy_raw="R6年度", seg="total", metric="collection_rate", basis="interim", as_of="2024-09-30", value=pr, unit="percent") + ")"
            cell_text(row[2 + j], txt, size=8)
    widths = [Cm(1.9), Cm(1.8)] + [Cm(2.15)] * len(debts)
    tb.autofit = False
    for col, wd in zip(tb.columns, widths):
        col.width = wd
    for row in tb.rows:
        for cl, wd in zip(row.cells, widths):
            cl.width = wd
    for cl in tb.rows[-1].cells:
        borders(cl, bottom="single")
    para(doc, "※収納率は現年度分と滞納繰越分の計。R7年度欄の括弧内は前年同月の収納率。国保税＝国民健康保険税、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料。", 8.5, after=10)

    # 別表２: no ruling lines, tab-aligned memo table (円)
    para(doc, "別表２　令和６年度決算　債権別の状況（単位：円）", 11, True, True, after=3)
    stops = [(5.1, "調定額"), (7.3, "収入済額"), (9.2, "不納欠損額"), (11.3, "収入未済額"), (12.5, "収納率")]
    p = para(doc, "債権名\t" + "\t".join(s for _, s in stops) + "\t備考", 8, gothic=True, after=2)
    for x, _ in stops:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(x), WD_TAB_ALIGNMENT.RIGHT)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(12.8), WD_TAB_ALIGNMENT.LEFT)
    notes = {"市税": "cur", "国民健康保険税": "cur"}
    sums = [0, 0, 0, 0]
    for d in SETTLED:
        ca, cc, aa, ac, w = SETTLED[d]
        a, c = (ca + aa) * 1000 + 412, (cc + ac) * 1000 + 236
        w_y = w * 1000 + 58
        o = a - c - w_y
        r = rate(c, a, 2)
        sums = [sums[0] + a, sums[1] + c, sums[2] + w_y, sums[3] + o]
        kw = dict(debt=d, fy=FY, fy_raw="令和６年度決算", seg="total", basis="actual")
        cells = [R.f(comma(a), metric="assessed", value=a, unit="yen", **kw),
                 R.f(comma(c), metric="collected", value=c, unit="yen", **kw),
                 R.f(comma(w_y), metric="written_off", value=w_y, unit="yen", **kw),
                 R.f(comma(o), metric="outstanding", value=o, unit="yen", **kw),
                 R.f(f"{r:.2f}", metric="collection_rate", value=r, unit="percent", **kw)]
        note = ""
        if d in notes:
            oc = (ca - cc) * 1000 + 120
            note = "うち現年分 " + R.f(f"{oc:,}円", debt=d, fy=FY, fy_raw="令和６年度決算", seg="current", metric="outstanding", basis="actual", value=oc, unit="yen")
        p = para(doc, f"{d}\t" + "\t".join(cells) + f"\t{note}", 8, gothic=True, after=1)
        for x, _ in stops:
            p.paragraph_format.tab_stops.add_tab_stop(Cm(x), WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(12.8), WD_TAB_ALIGNMENT.LEFT)
    r = rate(sums[1], sums[0], 2)
    kw = dict(debt=None, debt_raw="合計", fy=FY, fy_raw="令和６年度決算", seg="total", basis="actual")
    cells = [R.f(comma(sums[0]), metric="assessed", value=sums[0], unit="yen", **kw),
             R.f(comma(sums[1]), metric="collected", value=sums[1], unit="yen", **kw),
             R.f(comma(sums[2]), metric="written_off", value=sums[2], unit="yen", **kw),
             R.f(comma(sums[3]), metric="outstanding", value=sums[3], unit="yen", **kw),
             R.f(f"{r:.2f}", metric="collection_rate", value=r, unit="percent", **kw)]
    p = para(doc, "合計\t" + "\t".join(cells), 8, True, gothic=True, after=2)
    for x, _ in stops:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(x), WD_TAB_ALIGNMENT.RIGHT)
    para(doc, "注）収入未済額＝調定額－収入済額－不納欠損額。還付未済額は含まない。", 8.5)

    work = Path("/tmp/px_work")
    work.mkdir(exist_ok=True)
    docx_path = work / f"{STEM}.docx"
    doc.save(docx_path)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(work), str(docx_path)],
                   check=True, capture_output=True)
    shutil.copy(work / f"{STEM}.pdf", SET / "pdf" / f"{STEM}.pdf")

    attendees = [{"role": "委員長", "title": "副市長", "name": None}]
    for t in ["総務部長", "市民部長", "保健・福祉部長", "こども・子育て部長", "環境経済部長", "建設部長", "上下水道局長", "教育部長", "会計管理者"]:
        attendees.append({"role": "委員", "title": t, "name": None})
    for t in ["税務課長", "収納対策室長", "収納対策係長"]:
        attendees.append({"role": "事務局", "title": t, "name": None})
    minutes = {
        "title": TITLE, "meeting_number": 2, "date": "2025-11-14", "method": "書面開催",
        "attendees": attendees, "agenda": agenda,
        "materials": ["令和７年度第２回柳川市債権管理対策会議資料"],
        "statements": [{"speaker": s, "section": sec_, "text": t, "page": pg} for pg, s, sec_, t in stm],
    }
    write_gold(STEM, R, kind="minutes", title=TITLE, date="2025-11-14", date_raw="令和７年11月14日", minutes=minutes)
    errs = check(STEM)
    print(STEM, len(R.facts), "facts", len(R.inits), "initiatives", "errors:", len(errs))
    for e in errs[:30]:
        print("  ", e)


if __name__ == "__main__":
    build()
