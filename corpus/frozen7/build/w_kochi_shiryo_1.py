"""高知市 総務委員会資料「市税等の徴収状況について（２月末現在）」 — python-docx → LibreOffice."""
from __future__ import annotations

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from w_common import OUT, PDF_DIR, Facts, check, comma, pct, rate, to_pdf, write_gold, zen
from w_uji_iinkai_1 import add_page_field, cell_text, page_break, para, set_font

STEM = "w_kochi_shiryo_1"
CITY = "高知市"
TITLE = "市税等の徴収状況について（令和６年２月末現在）"

TAX = [  # label, seg, assessed, collected (千円, 令和6年2月29日現在), prev-year rate
    ("現年課税分", "current", 49812450, 47702310, 95.40),
    ("滞納繰越分", "arrears", 1402330, 301220, 20.95),
]
# 令和4年度決算 (千円): debt, assessed, collected, written_off
NONTAX = [
    ("国民健康保険料", 8412330, 7720150, 112408),
    ("介護保険料", 9208440, 9100212, 30118),
    ("市営住宅使用料", 1102450, 1040328, 6210),
    ("児童福祉費負担金", 1480220, 1462105, 2840),
]


def boxed(doc, lines, size=10):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    c.text = ""
    for i, ln in enumerate(lines):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        set_font(p.add_run(ln), size)
    return t


def build():
    f = Facts()
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("総務委員会資料　令和６年３月１１日　財務部"), 8.5)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    # ---- page 1
    para(doc, TITLE, size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, name="IPAexGothic", space_after=10)
    para(doc, "納税管理課", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "１　市税の徴収状況", size=11.5, bold=True, name="IPAexGothic")
    para(doc, "（単位：千円、％、ポイント）", size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    t = doc.add_table(rows=2, cols=6)
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h1 = ["区分", "令和５年度（令和６年２月29日現在）", "", "", "令和４年度（令和５年２月28日現在）", "差"]
    h2 = ["", "調定額", "収入済額", "収納率", "収納率", "（Ａ）－（Ｂ）"]
    for i in range(6):
        cell_text(t.rows[0].cells[i], h1[i], 9, True, WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(t.rows[1].cells[i], h2[i], 9, True, WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.rows[1].cells[3], "収納率（Ａ）", 9, True, WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.rows[1].cells[4], "収納率（Ｂ）", 9, True, WD_ALIGN_PARAGRAPH.CENTER)
    m = t.rows[0].cells[1].merge(t.rows[0].cells[3]); cell_text(m, h1[1], 9, True, WD_ALIGN_PARAGRAPH.CENTER)
    m = t.rows[0].cells[0].merge(t.rows[1].cells[0]); cell_text(m, "区分", 9, True, WD_ALIGN_PARAGRAPH.CENTER)
    a_t = sum(x[2] for x in TAX); c_t = sum(x[3] for x in TAX)
    rt = rate(c_t, a_t)
    rows = TAX + [("合計", "total", a_t, c_t, round(rt - 0.31, 2))]
    cur_rates = {}
    for lab, seg, a, c, prev in rows:
        r = rate(c, a)
        cur_rates[seg] = r
        diff = round(r - prev, 2)
        cells = t.add_row().cells
        cell_text(cells[0], lab, 9, align=WD_ALIGN_PARAGRAPH.LEFT)
        for j, v in enumerate([comma(a), comma(c), pct(r), pct(prev), ("△" if diff < 0 else "") + pct(abs(diff))]):
            cell_text(cells[1 + j], v, 9)
        kw = dict(debt="市税", seg=seg, fy=2023, fy_raw="令和５年度（令和６年２月29日現在）", basis="interim",
                  as_of="2024-02-29", page=1)
        f.add(metric="assessed", value=a * 1000, unit="yen", raw=comma(a), **kw)
        f.add(metric="collected", value=c * 1000, unit="yen", raw=comma(c), **kw)
        f.add(metric="collection_rate", value=r, unit="percent", raw=pct(r), **kw)
        f.add(debt="市税", seg=seg, fy=2022, fy_raw="令和４年度（令和５年２月28日現在）", basis="interim",
              as_of="2023-02-28", metric="collection_rate", value=prev, unit="percent", raw=pct(prev), page=1)
    para(doc, "※収納率は収入済額を調定額で除したもの。差は前年同期との比較。", size=8.5)
    para(doc, "")
    para(doc, f"　２月末現在の現年課税分の収納率は、前年同期を{zen(pct(round(cur_rates['current'] - TAX[0][4], 2)))}ポイント上回っている。"
              "出納整理期間の収納を見込むと、令和５年度の現年課税分の収納率は、決算見込みで９９．１０％程度となる見込みである。"
              "滞納繰越分についても、高額案件の整理が進んだことから、前年同期を上回って推移している。", indent_first=0)
    f.add(debt="市税", seg="current", fy=2023, fy_raw="令和５年度", basis="estimate", metric="collection_rate",
          value=99.10, unit="percent", raw="９９．１０％", page=1, approx=True)
    para(doc, "　なお、高知県・市町村租税債権管理機構への引継案件については、２月末までに引継額の約４割を徴収している。")
    page_break(doc)

    # ---- page 2: one debt per column
    para(doc, "２　主な税外債権等の状況（令和４年度決算）", size=11.5, bold=True, name="IPAexGothic")
    para(doc, "単位：千円、％", size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    t2 = doc.add_table(rows=1, cols=1 + len(NONTAX))
    t2.style = "Table Grid"; t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t2.rows[0].cells[0], "区分", 9, True, WD_ALIGN_PARAGRAPH.CENTER)
    for j, (n, *_r) in enumerate(NONTAX):
        cell_text(t2.rows[0].cells[1 + j], n, 9, True, WD_ALIGN_PARAGRAPH.CENTER)
    metrics = [("調定額", "assessed"), ("収入済額", "collected"), ("不納欠損額", "written_off"),
               ("収入未済額", "outstanding"), ("収納率", "collection_rate")]
    for lab, met in metrics:
        cells = t2.add_row().cells
        cell_text(cells[0], lab, 9, align=WD_ALIGN_PARAGRAPH.LEFT)
        for j, (n, a, c, w) in enumerate(NONTAX):
            v = {"assessed": a, "collected": c, "written_off": w, "outstanding": a - c - w}.get(met)
            kw = dict(debt=n, seg="total", fy=2022, fy_raw="令和４年度決算", basis="actual", page=2, metric=met)
            if met == "collection_rate":
                r = rate(c, a)
                cell_text(cells[1 + j], pct(r), 9)
                f.add(value=r, unit="percent", raw=pct(r), **kw)
            else:
                cell_text(cells[1 + j], comma(v), 9)
                f.add(value=v * 1000, unit="yen", raw=comma(v), **kw)
    para(doc, "※国民健康保険料及び介護保険料は現年分と滞納繰越分の合計。児童福祉費負担金は保育所等の保育料である。", size=8.5)
    para(doc, "")

    inits = []

    def block(num, debt, items, page):
        para(doc, f"{num}　債権ごとの取組（{debt}）", size=11.5, bold=True, name="IPAexGothic")
        lines = []
        for lab, text, st, wrapped in items:
            if wrapped:
                lines.append(f"{lab}{text}")
                lines.append(f"【{st}】")
            else:
                lines.append(f"{lab}{text}【{st}】")
            inits.append({"debt": debt, "fiscal_year": 2024, "section": f"債権ごとの取組（{debt}）", "label": lab,
                          "text": text, "status": st, "page": page})
        boxed(doc, lines)
        para(doc, "")

    block("３", "国民健康保険料", [
        ("(1)", "納期限後２０日以内に督促状を発送し、未納が続く世帯には電話催告を集中的に行う。", "継続", False),
        ("(2)", "財産調査により納付資力が判明した世帯に対し、差押予告書を送付のうえ滞納処分を執行する。", "継続", False),
        ("(3)", "資格喪失後の未納世帯について、転出先の保険者と情報を共有し、納付を促す。", "拡充", True),
    ], 2)
    page_break(doc)

    # ---- page 3
    block("４", "市営住宅使用料", [
        ("(1)", "滞納が２か月に達した入居者に対し、家庭訪問により分納の相談を行う。", "継続", False),
        ("(2)", "明渡し請求後も退去しない長期滞納者については、訴えの提起を行う。", "拡充", False),
        ("(3)", "退去者の滞納分は債権回収業務の委託により回収を図る。", "新規", True),
    ], 3)
    para(doc, "５　今後の予定", size=11.5, bold=True, name="IPAexGothic")
    para(doc, "・令和６年４月　令和６年度徴収計画の策定")
    para(doc, "・令和６年５月　出納整理期間における一斉催告の実施")
    para(doc, "・令和６年９月　令和５年度決算に基づく収納状況の報告（本委員会）")

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    to_pdf(src, PDF_DIR / f"{STEM}.pdf", "w_kochi")
    document = {"kind": "committee_material", "municipality": CITY, "title": TITLE, "date": "2024-03-11",
                "date_raw": "令和６年３月１１日"}
    write_gold(STEM, document, f, inits)
    return check(STEM)


if __name__ == "__main__":
    build()
