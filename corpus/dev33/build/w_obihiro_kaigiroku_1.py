"""w_obihiro_kaigiroku_1: 帯広市債権管理推進会議 会議録 (書面開催), python-docx → LibreOffice.

Family: さいたま-style 議事要旨 of a 庁内 債権管理 meeting, printed the way a 審議会 会議録 template does:
a label/value table (会議名, 開催日, 開催方法, 出席者, 議題, 会議資料), then a 3-column table
議題 | 発言者 | 発言要旨 (議題 merged over its rows), then 別表 tables of figures with horizontal rules only,
one continued onto the next page without its header.  Figures are invented and consistent.
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from w_common import OUT, PDF_DIR, Gold, comma, rate, to_pdf  # noqa: E402

STEM = "w_obihiro_kaigiroku_1"
CITY = "帯広市"
TITLE = "令和６年度第２回帯広市債権管理推進会議　会議録"
ASOF, ASOF_PREV = "2024-12-31", "2023-12-31"
SEC1 = "令和６年度債権管理の取組状況（12月末現在）について"
SEC2 = "令和７年度債権管理取組方針（案）について"
SEC3 = "徴収困難債権の整理（債権放棄）について"

# 12月末現在 (千円): 調定額, 収入済額 ; 前年同期 調定額, 収入済額
INTERIM = {
    "市税": {"current": (13_842_615, 11_052_384, 13_610_274, 10_838_912),
             "arrears": (412_336, 101_684, 448_905, 105_994)},
    "国民健康保険税": {"current": (3_218_447, 2_295_301, 3_305_118, 2_375_520),
                 "arrears": (486_210, 84_512, 512_877, 82_615)},
    "介護保険料": {"current": (2_904_512, 2_218_437, 2_861_340, 2_180_029),
              "arrears": (58_734, 9_861, 61_205, 9_702)},
    "保育料": {"current": (421_806, 368_145, 436_215, 379_872),
            "arrears": (31_422, 5_187, 34_019, 5_311)},
    "水道料金": {"current": (2_715_330, 2_462_918, 2_698_104, 2_441_236),
             "arrears": (96_418, 41_205, 102_733, 42_180)},
}
# 令和５年度決算 (千円): 調定額, 収入済額, 不納欠損額
KESSAN = {
    "市税": (18_904_226, 18_371_905, 120_318),
    "国民健康保険税": (4_108_553, 3_532_716, 62_441),
    "介護保険料": (3_395_871, 3_318_640, 14_906),
    "保育料": (573_420, 539_817, 4_233),
    "水道料金": (3_652_908, 3_552_164, 2_015),
}
SEGS = [("current", "現年分"), ("arrears", "滞繰分"), ("total", "計")]


def set_borders(table, horizontal_only=False):
    tbl = table._tbl
    pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        if horizontal_only and edge in ("left", "right", "insideV"):
            el.set(qn("w:val"), "nil")
        else:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), "8" if edge in ("top", "bottom") else "4")
            el.set(qn("w:color"), "000000")
        b.append(el)
    pr.append(b)


def widths(table, mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for j, w in enumerate(mm):
            if j < len(row.cells):
                row.cells[j].width = Mm(w)


def cell_text(cell, text, size=9.5, bold=False, align=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.font.size = Pt(size)
        r.bold = bold
        if align:
            p.alignment = align
        p.paragraph_format.space_after = Pt(0)


def add_field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1); r._r.append(it); r._r.append(f2)


def para(doc, text, size=10.5, bold=False, align=None, after=2):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build():
    g = Gold(STEM)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "IPAexMincho"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
    hp = sec.header.paragraphs[0]
    hp.text = "帯広市債権管理推進会議（令和６年度第２回・書面開催）"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("- ")
    add_field(fp, "PAGE")
    fp.add_run(" -")

    # ---------------- page 1: heading + label/value table ----------------
    para(doc, TITLE, 14, True, WD_ALIGN_PARAGRAPH.CENTER, 10)
    para(doc, "本会議は、令和６年度第１回会議（令和６年７月１０日開催）で確認した各債権の取組方針に基づく"
              "取組状況の中間報告等を行うため、次のとおり書面により開催した。", 10, after=6)
    attendees_text = ("会長：副市長\n"
                      "委員：総務部長・市民福祉部長・子ども・若者部長・商工観光部長・\n"
                      "　　　都市環境部長・上下水道部長・学校教育部長\n"
                      "事務局：納税課長・納税課債権管理係長")
    rows = [
        ("会議名", "令和６年度第２回帯広市債権管理推進会議"),
        ("開催日", "令和７年２月１４日（金）付けで各委員に資料を送付"),
        ("開催方法", "書面開催（資料を送付し、令和７年２月２１日（金）までに意見・質問を書面で求めた）"),
        ("出席者", attendees_text),
        ("議　題", f"(1) {SEC1}\n(2) {SEC2}\n(3) {SEC3}"),
        ("会議資料", "資料１　主要債権の収納状況（令和６年１２月末現在）\n"
                  "資料２　令和７年度債権管理取組方針（案）\n"
                  "資料３　債権放棄予定一覧（令和６年度）"),
    ]
    t = doc.add_table(rows=len(rows), cols=2)
    set_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (k, v) in enumerate(rows):
        cell_text(t.cell(i, 0), k, 10, True, WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(t.cell(i, 1), v, 10)
    widths(t, (28, 142))
    para(doc, "", after=4)
    para(doc, "会議内容（意見・質問及び回答の要旨）", 11, True, after=4)

    # ---------------- statements table ----------------
    def r_(debt, seg):
        c, k, _, _ = INTERIM[debt][seg]
        return rate(k, c)

    def r_prev(debt, seg):
        _, _, c, k = INTERIM[debt][seg]
        return rate(k, c)

    zen = lambda s: s.translate(str.maketrans("0123456789.,", "０１２３４５６７８９．，"))
    tax_c, tax_a = r_("市税", "current"), r_("市税", "arrears")
    tax_cp, tax_ap = r_prev("市税", "current"), r_prev("市税", "arrears")
    tax_out = KESSAN["市税"][0] - KESSAN["市税"][1] - KESSAN["市税"][2]  # 千円
    tax_out_oku = round(tax_out / 1000) * 1000  # 千円, rounded to 100万円
    kok_c, kok_cp = r_("国民健康保険税", "current"), r_prev("国民健康保険税", "current")
    wat_out_int = INTERIM["水道料金"]["current"][0] - INTERIM["水道料金"]["current"][1]  # 千円

    s_rows = []  # (section, speaker, text, facts)
    txt = (f"資料１により、１２月末現在の状況を報告する。市税の収納率は、現年課税分が{zen(f'{tax_c:.2f}')}％"
           f"（前年同期{zen(f'{tax_cp:.2f}')}％）、滞納繰越分が{zen(f'{tax_a:.2f}')}％（前年同期{zen(f'{tax_ap:.2f}')}％）"
           f"となり、いずれも前年同期を上回った。また、令和５年度決算における市税の収入未済額は約"
           f"{zen(f'{tax_out_oku // 100_000}')}億{zen(comma(tax_out_oku % 100_000 // 10))}万円であり、"
           "差押え等の滞納処分と執行停止の適正な運用により縮減が進んでいる。")
    s_rows.append((SEC1, "納税課長", txt))
    raw_out = f"約{zen(f'{tax_out_oku // 100_000}')}億{zen(comma(tax_out_oku % 100_000 // 10))}万円"
    g.fact("市税", 2024, "１２月末現在", "current", "collection_rate", "interim", tax_c, "percent",
           f"{zen(f'{tax_c:.2f}')}％", as_of=ASOF, ctx=f"現年課税分が{zen(f'{tax_c:.2f}')}％")
    g.fact("市税", 2023, "前年同期", "current", "collection_rate", "interim", tax_cp, "percent",
           f"{zen(f'{tax_cp:.2f}')}％", as_of=ASOF_PREV, ctx=f"前年同期{zen(f'{tax_cp:.2f}')}％")
    g.fact("市税", 2024, "１２月末現在", "arrears", "collection_rate", "interim", tax_a, "percent",
           f"{zen(f'{tax_a:.2f}')}％", as_of=ASOF, ctx=f"滞納繰越分が{zen(f'{tax_a:.2f}')}％")
    g.fact("市税", 2023, "前年同期", "arrears", "collection_rate", "interim", tax_ap, "percent",
           f"{zen(f'{tax_ap:.2f}')}％", as_of=ASOF_PREV, ctx=f"前年同期{zen(f'{tax_ap:.2f}')}％）となり")
    g.fact("市税", 2023, "令和５年度決算", "total", "outstanding", "actual", tax_out_oku * 1000, "yen",
           raw_out, approx=True, ctx="市税の収入未済額は" + raw_out)

    txt = (f"国民健康保険税の現年課税分の収納率が１２月末で{zen(f'{kok_c:.2f}')}％と、前年同期の"
           f"{zen(f'{kok_cp:.2f}')}％を下回っている。要因と年度末の見込みを伺いたい。")
    s_rows.append((SEC1, "市民福祉部長", txt))
    g.fact("国民健康保険税", 2024, "１２月末", "current", "collection_rate", "interim", kok_c, "percent",
           f"{zen(f'{kok_c:.2f}')}％", as_of=ASOF, ctx=f"１２月末で{zen(f'{kok_c:.2f}')}％")
    g.fact("国民健康保険税", 2023, "前年同期", "current", "collection_rate", "interim", kok_cp, "percent",
           f"{zen(f'{kok_cp:.2f}')}％", as_of=ASOF_PREV, ctx=f"前年同期の{zen(f'{kok_cp:.2f}')}％を下回")
    txt = ("被保険者の後期高齢者医療制度への移行により、納付の安定した年金受給世帯が減少したことが主な要因である。"
           "１月以降は夜間・休日の電話催告と財産調査を集中的に行い、年度末の現年課税分収納率は９５．２０％程度を見込んでいる。")
    s_rows.append((SEC1, "保険年金課長", txt))
    g.fact("国民健康保険税", 2024, "年度末", "current", "collection_rate", "estimate", 95.20, "percent",
           "９５．２０％程度", approx=True)
    txt = (f"水道料金は、１２月末時点の現年度分の未収額が{comma(wat_out_int)}千円となっている。"
           "給水停止予告の前に電話で納付を促す取組を続けており、前年同期と同程度で推移している。")
    s_rows.append((SEC1, "上下水道部長", txt))
    g.fact("水道料金", 2024, "１２月末時点", "current", "outstanding", "interim", wat_out_int * 1000, "yen",
           f"{comma(wat_out_int)}千円", as_of=ASOF)
    txt = ("保育料の滞納繰越分は少額の案件が多いため、児童手当からの特別徴収（申出徴収）を積極的に案内したい。"
           "他の債権でも同様の手法が使えないか、事務局で整理してほしい。")
    s_rows.append((SEC1, "子ども・若者部長", txt))
    txt = ("令和７年度は、現年分の早期催告を全債権共通の重点項目とし、SMSによる催告を国民健康保険税、"
           "介護保険料及び保育料に拡大する方針（案）である。意見はなかったため、原案のとおり決定とする。")
    s_rows.append((SEC2, "納税課長", txt))
    txt = ("各部とも、取組方針に掲げた数値目標の達成状況を四半期ごとに事務局へ報告すること。"
           "特に非強制徴収債権については、支払督促などの法的措置を早めに検討されたい。")
    s_rows.append((SEC2, "副市長", txt))
    txt = ("資料３のとおり、学校給食費及び奨学金貸付金のうち、債務者の死亡や所在不明により回収の見込みがないものについて、"
           "債権管理条例に基づき放棄する予定である。放棄の手続は３月末までに行い、次年度の議会に報告する。")
    s_rows.append((SEC3, "学校教育部長", txt))
    txt = "債権放棄に当たっては、所在調査の記録など判断の根拠を台帳に残すこと。"
    s_rows.append((SEC3, "副市長", txt))

    st_t = doc.add_table(rows=1 + len(s_rows), cols=3)
    set_borders(st_t)
    for j, h in enumerate(("議題", "発言者", "発言要旨")):
        cell_text(st_t.cell(0, j), h, 9.5, True, WD_ALIGN_PARAGRAPH.CENTER)
    for i, (sec_, spk, text) in enumerate(s_rows, start=1):
        cell_text(st_t.cell(i, 1), spk, 9)
        cell_text(st_t.cell(i, 2), text, 9)
        g.stmt(spk, sec_, text)
    # merge 議題 cells by section
    start = 1
    for i in range(1, len(s_rows) + 2):
        if i == len(s_rows) + 1 or (i > 1 and s_rows[i - 1][0] != s_rows[start - 1][0]):
            m = st_t.cell(start, 0).merge(st_t.cell(i - 1, 0)) if i - 1 > start else st_t.cell(start, 0)
            label = {SEC1: "(1)", SEC2: "(2)", SEC3: "(3)"}[s_rows[start - 1][0]]
            cell_text(m, label + "\n" + s_rows[start - 1][0], 8.5)
            start = i
    widths(st_t, (34, 28, 108))
    para(doc, "以上", 10, align=WD_ALIGN_PARAGRAPH.RIGHT)

    # ---------------- 別表１ interim (split over two pages, header only on the first) ----------------
    page_break(doc)
    para(doc, "別表１　主要債権の収納状況（令和６年１２月末現在）", 11, True, after=2)
    para(doc, "（単位：千円、％）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT, after=1)
    hdr = ["債権名", "区分", "調定額", "収入済額", "収納率", "前年同期", "増減"]
    debts = list(INTERIM)
    parts = [debts[:3], debts[3:]]
    for pi, part in enumerate(parts):
        if pi == 1:
            page_break(doc)
        n_rows = len(part) * 3 + (1 if pi == 0 else 0) + (3 if pi == 1 else 0)
        t = doc.add_table(rows=n_rows, cols=7)
        set_borders(t, horizontal_only=True)
        r0 = 0
        if pi == 0:
            for j, h in enumerate(hdr):
                cell_text(t.cell(0, j), h, 9, True, WD_ALIGN_PARAGRAPH.CENTER)
            r0 = 1
        blocks = [(d, INTERIM[d]) for d in part]
        if pi == 1:  # 合計 at the end of the continued table
            tot = {}
            for seg in ("current", "arrears"):
                tot[seg] = tuple(sum(INTERIM[d][seg][k] for d in debts) for k in range(4))
            blocks.append(("合計", tot))
        for d, segs in blocks:
            data = dict(segs)
            data["total"] = tuple(data["current"][k] + data["arrears"][k] for k in range(4))
            m = t.cell(r0, 0).merge(t.cell(r0 + 2, 0))
            cell_text(m, d, 9)
            for si, (seg, lab) in enumerate(SEGS):
                c, k, cp, kp = data[seg]
                rr, rp = rate(k, c), rate(kp, cp)
                diff = round(rr - rp, 2)
                vals = [lab, comma(c), comma(k), f"{rr:.2f}", f"{rp:.2f}", f"{diff:+.2f}".replace("-", "△").replace("+", "")]
                for j, v in enumerate(vals, start=1):
                    cell_text(t.cell(r0 + si, j), v, 9, False,
                              WD_ALIGN_PARAGRAPH.CENTER if j == 1 else WD_ALIGN_PARAGRAPH.RIGHT)
                debt = None if d == "合計" else d
                page = 2 + pi  # statements fit on page 1-2? placed by check below
                ctx_row = f"{comma(c)}{comma(k)}{rr:.2f}{rp:.2f}"
                g.fact(debt, 2024, "令和６年１２月末現在", seg, "assessed", "interim", c * 1000, "yen",
                       comma(c), as_of=ASOF, debt_raw=d, ctx=ctx_row)
                g.fact(debt, 2024, "令和６年１２月末現在", seg, "collected", "interim", k * 1000, "yen",
                       comma(k), as_of=ASOF, debt_raw=d, ctx=ctx_row)
                g.fact(debt, 2024, "令和６年１２月末現在", seg, "collection_rate", "interim", rr, "percent",
                       f"{rr:.2f}", as_of=ASOF, debt_raw=d, ctx=ctx_row)
                g.fact(debt, 2023, "前年同期", seg, "collection_rate", "interim", rp, "percent",
                       f"{rp:.2f}", as_of=ASOF_PREV, debt_raw=d, ctx=ctx_row)
            r0 += 3
        widths(t, (30, 16, 28, 28, 20, 20, 18))
    para(doc, "注１　「滞繰分」は滞納繰越分。収納率＝収入済額÷調定額。", 8.5, after=0)
    para(doc, "注２　「増減」は前年同期の収納率との差（ポイント）。△は減。", 8.5, after=8)

    # ---------------- 別表２ 令和５年度決算 (合計 row first) ----------------
    para(doc, "別表２　（参考）令和５年度決算の状況", 11, True, after=2)
    para(doc, "単位：千円", 9, align=WD_ALIGN_PARAGRAPH.RIGHT, after=1)
    h2 = ["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率(％)"]
    t = doc.add_table(rows=2 + len(KESSAN), cols=6)
    set_borders(t)
    for j, h in enumerate(h2):
        cell_text(t.cell(0, j), h, 9, True, WD_ALIGN_PARAGRAPH.CENTER)
    tot = tuple(sum(KESSAN[d][k] for d in KESSAN) for k in range(3))
    for i, (d, v) in enumerate([("合計", tot)] + list(KESSAN.items()), start=1):
        c, k, w = v
        o = c - k - w
        rr = rate(k, c, 1)
        vals = [d, comma(c), comma(k), comma(w), comma(o), f"{rr:.1f}"]
        for j, x in enumerate(vals):
            cell_text(t.cell(i, j), x, 9, i == 1, WD_ALIGN_PARAGRAPH.LEFT if j == 0 else WD_ALIGN_PARAGRAPH.RIGHT)
        debt = None if d == "合計" else d
        ctx = "".join(vals)
        for metric, val, raw in (("assessed", c * 1000, comma(c)), ("collected", k * 1000, comma(k)),
                                 ("written_off", w * 1000, comma(w)), ("outstanding", o * 1000, comma(o)),
                                 ("collection_rate", rr, f"{rr:.1f}")):
            g.fact(debt, 2023, "令和５年度決算", "total", metric, "actual", val,
                   "percent" if metric == "collection_rate" else "yen", raw, debt_raw=d, ctx=ctx)
    widths(t, (34, 28, 28, 26, 28, 20))
    para(doc, "※ 収入未済額＝調定額－収入済額－不納欠損額", 8.5)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, PDF_DIR / f"{STEM}.pdf", "obihiro")
    attendees = [{"role": "会長", "title": "副市長", "name": None}]
    for t_ in ("総務部長", "市民福祉部長", "子ども・若者部長", "商工観光部長", "都市環境部長", "上下水道部長", "学校教育部長"):
        attendees.append({"role": "委員", "title": t_, "name": None})
    attendees += [{"role": "事務局", "title": "納税課長", "name": None},
                  {"role": "事務局", "title": "納税課債権管理係長", "name": None}]
    document = {"kind": "minutes", "municipality": CITY, "title": TITLE,
                "date": "2025-02-14", "date_raw": "令和７年２月１４日（金）"}
    minutes = {"title": TITLE, "meeting_number": 2, "date": "2025-02-14", "method": "書面開催",
               "attendees": attendees, "agenda": [SEC1, SEC2, SEC3],
               "materials": ["資料１　主要債権の収納状況（令和６年１２月末現在）",
                             "資料２　令和７年度債権管理取組方針（案）",
                             "資料３　債権放棄予定一覧（令和６年度）"]}
    return g.finish(pdf, document, minutes)


if __name__ == "__main__":
    sys.exit(0 if build() else 1)
