"""w_komatsushima_minutes_4: 総務常任委員会記録 (minutes), python-docx -> LibreOffice, A4 portrait.

Modelled on 小松島市議会 平成29年総務常任委員会 本文 (https://chiholog.net/tokushimalog/gijilog/36203-20171213-aaf0699/ja):
「◎ 安平委員長」 chair marker, （「なし」と言う者あり）, and on 小林市議会 (chiholog miyazakilog) answers giving
収入未済額 / 不納欠損額 in 億・万円. Council committee record: no meeting number, no method; 別表 at the end.
"""
from __future__ import annotations

import fitz
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from w_common import OUT, PDF, c, fact, nows, rate, total_fact, to_pdf, write_gold, zen
from w_ube_plan_1 import add_page_field, cell_text, para, set_font, shade

STEM = "w_komatsushima_minutes_4"
MUNI = "小松島市"
TITLE = "総務常任委員会記録"
DATE, DATE_RAW = "2024-03-12", "令和６年３月12日（火）"
AS_OF, AS_OF_PREV = "2024-02-29", "2023-02-28"

MEMBERS = [("委員長", "安平 正和"), ("副委員長", "近藤 智子"), ("委員", "山下 健一"), ("委員", "吉田 浩二"),
           ("委員", "米田 美紀"), ("委員", "佐藤 信也")]
STAFF = [("総務部長", "森 博之"), ("税務課長", "藤本 和也"), ("納税推進課長", "井上 真理子"),
         ("保険年金課長", "北岡 直樹"), ("子ども・家庭課長", "西川 美穂"), ("都市整備課長", "濱田 聡")]
CLERK = [("議事調査係長", "岡 久美")]
AGENDA = ["所管事項の報告　債権管理の状況について（令和６年２月末現在）",
          "所管事項の報告　令和６年度小松島市債権管理推進計画の策定について"]
MATERIALS = ["資料１　主要債権の収納状況（令和６年２月末現在）（別表）", "資料２　令和６年度小松島市債権管理推進計画（案）"]

# 別表 (千円): debt, seg label, 調定額, target rate (for collected), 前年同期収納率
TABLE = [
    ("市税", "現年課税分", 4128365, "94.12", "93.87"),
    ("市税", "滞納繰越分", 312408, "22.64", "21.08"),
    ("国民健康保険税", "現年課税分", 968240, "86.45", "85.90"),
    ("国民健康保険税", "滞納繰越分", 286912, "17.38", "16.95"),
    ("介護保険料", "現年分", 612530, "95.06", "94.88"),
    ("後期高齢者医療保険料", "現年分", 305118, "97.41", "97.52"),
    ("市営住宅使用料", "現年分", 118406, "91.31", "90.64"),
    ("市営住宅使用料", "滞納繰越分", 31860, "8.72", "7.95"),
    ("保育所保育料", "現年分", 84215, "93.27", "92.80"),
    ("保育所保育料", "滞納繰越分", 9812, "11.05", "12.36"),
]
ROWS = []
for debt, seg, a, r, prev in TABLE:
    col = round(a * float(r) / 100)
    ROWS.append((debt, seg, a, col, rate(col, a), prev))
R = {(d, "current" if "現年" in s else "arrears"): (a, col, str(rr), prev) for d, s, a, col, rr, prev in ROWS}

facts: list = []
statements: list = []


def build_statements():
    """(marker, speaker, section, text, facts-with-page-None)."""
    st = []
    s1 = AGENDA[0]
    s2 = AGENDA[1]
    st.append(("◎", "安平委員長", "開会",
               "ただいまから総務常任委員会を開会いたします。本日は、所管事項の報告として、債権管理の状況について及び"
               "令和６年度小松島市債権管理推進計画の策定について、理事者から報告を受けます。", []))
    cur = R[("市税", "current")]
    arr = R[("市税", "arrears")]
    st.append(("○", "藤本税務課長", s1,
               f"資料１により御報告いたします。令和６年２月29日現在の市税の現年課税分の収納率は{cur[2]}％で、"
               f"前年同期の{cur[3]}％を上回っております。滞納繰越分は{arr[2]}％で、前年同期の{arr[3]}％から改善して"
               "おります。早期の財産調査と差押えの実施が効果を上げているものと考えております。",
               [("市税", 2023, "令和６年２月29日現在", "current", "collection_rate", "interim", cur[2], "percent", cur[2] + "％", AS_OF),
                ("市税", 2022, "前年同期", "current", "collection_rate", "interim", cur[3], "percent", cur[3] + "％", AS_OF_PREV),
                ("市税", 2023, "令和６年２月29日現在", "arrears", "collection_rate", "interim", arr[2], "percent", arr[2] + "％", AS_OF),
                ("市税", 2022, "前年同期", "arrears", "collection_rate", "interim", arr[3], "percent", arr[3] + "％", AS_OF_PREV)]))
    k = R[("国民健康保険税", "current")]
    st.append(("○", "北岡保険年金課長", s1,
               f"国民健康保険税の現年課税分の収納率は、２月末で{zen(k[2])}％、前年同期は{zen(k[3])}％でございます。"
               "なお、令和４年度決算における国民健康保険税の収入未済額は約２億８，４００万円、不納欠損額は約１，９２０万円"
               "となっており、いずれも前年度より減少しております。",
               [("国民健康保険税", 2023, "２月末", "current", "collection_rate", "interim", k[2], "percent", zen(k[2]) + "％", AS_OF),
                ("国民健康保険税", 2022, "前年同期", "current", "collection_rate", "interim", k[3], "percent", zen(k[3]) + "％", AS_OF_PREV),
                ("国民健康保険税", 2022, "令和４年度決算", "total", "outstanding", "actual", 284_000_000, "yen", "約２億８，４００万円", None),
                ("国民健康保険税", 2022, "令和４年度決算", "total", "written_off", "actual", 19_200_000, "yen", "約１，９２０万円", None)]))
    st.append(("○", "山下委員", s1,
               "市税の滞納繰越分が改善したとのことですが、滞納者の人数はどのように推移していますか。また、昨年11月に開かれた"
               "令和５年度第２回債権管理推進会議では、どのような議論がされたのか伺います。", []))
    st.append(("○", "井上納税推進課長", s1,
               "令和５年度第２回小松島市債権管理推進会議は、昨年11月20日に副市長以下の関係部長が出席して開催し、"
               "各債権の上半期の収納状況を確認いたしました。市税の滞納者数は、２月末現在で1,842人となり、"
               "前年同期の2,016人から174人減少しております。",
               [("市税", 2023, "２月末現在", "total", "delinquents", "interim", 1842, "persons", "1,842人", AS_OF),
                ("市税", 2022, "前年同期", "total", "delinquents", "interim", 2016, "persons", "2,016人", AS_OF_PREV)]))
    st.append(("○", "吉田委員", s1, "市営住宅使用料の収納状況はいかがでしょうか。長期の滞納者への対応もあわせてお聞きします。", []))
    hc, ha = R[("市営住宅使用料", "current")], R[("市営住宅使用料", "arrears")]
    st.append(("○", "濱田都市整備課長", s1,
               f"市営住宅使用料の２月末の収納率は、現年分が{hc[2]}％、滞納繰越分が{ha[2]}％でございます。"
               "令和４年度末の収入未済額は3,186万円であり、長期の滞納者には連帯保証人への通知と併せて、"
               "明渡し請求を含めた法的措置を検討しております。",
               [("市営住宅使用料", 2023, "２月末", "current", "collection_rate", "interim", hc[2], "percent", hc[2] + "％", AS_OF),
                ("市営住宅使用料", 2023, "２月末", "arrears", "collection_rate", "interim", ha[2], "percent", ha[2] + "％", AS_OF),
                ("市営住宅使用料", 2022, "令和４年度末", "total", "outstanding", "actual", 31_860_000, "yen", "3,186万円", None)]))
    st.append(("◎", "安平委員長", s2, "次に、令和６年度小松島市債権管理推進計画の策定について、報告を求めます。", []))
    st.append(("○", "森総務部長", s2,
               "資料２により御報告いたします。令和６年度の計画では、市税の現年課税分の収納率の目標を99.10％、"
               "国民健康保険税の現年課税分の目標を94.50％と定めております。また、令和６年度末の市全体の収入未済額を"
               "約９億円まで縮減することを目標としております。",
               [("市税", 2024, "令和６年度", "current", "collection_rate", "target", "99.10", "percent", "99.10％", None),
                ("国民健康保険税", 2024, "令和６年度", "current", "collection_rate", "target", "94.50", "percent", "94.50％", None),
                (None, 2024, "令和６年度末", "total", "outstanding", "target", 900_000_000, "yen", "約９億円", None)]))
    st.append(("○", "米田委員", s2, "子育て世帯の負担にも配慮が必要と考えますが、保育所保育料の状況と取組を教えてください。", []))
    st.append(("○", "西川子ども・家庭課長", s2,
               "保育所保育料の令和４年度決算の収納率は、現年分が98.96％、滞納繰越分が15.32％でございました。"
               "児童手当からの申出による徴収を引き続き保護者に案内し、滞納の未然防止に努めてまいります。",
               [("保育所保育料", 2022, "令和４年度決算", "current", "collection_rate", "actual", "98.96", "percent", "98.96％", None),
                ("保育所保育料", 2022, "令和４年度決算", "arrears", "collection_rate", "actual", "15.32", "percent", "15.32％", None)]))
    st.append(("◎", "安平委員長", s2, "ほかに質疑はございませんか。", []))
    st.append(("", "", s2, "（「なし」と言う者あり）", []))
    st.append(("◎", "安平委員長", s2, "以上で所管事項の報告を終わります。これをもちまして、総務常任委員会を閉会いたします。", []))
    return st


def fix_widths(table, mms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), mms):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for cell, w in zip(row.cells, mms):
            cell.width = Mm(w)


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    para(doc, TITLE, 16, True, True, WD_ALIGN_PARAGRAPH.CENTER, space_after=8)
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    info.alignment = WD_TABLE_ALIGNMENT.CENTER

    def irow(label, text):
        r = info.add_row().cells
        r[0].width, r[1].width = Mm(40), Mm(120)
        cell_text(r[0], label, size=10, bold=True)
        shade(r[0], "EEEEEE")
        cell_text(r[1], text, size=10, align=WD_ALIGN_PARAGRAPH.LEFT)

    irow("日　時", f"{DATE_RAW}　午前10時00分開会　午前11時18分閉会")
    irow("場　所", "第１委員会室")
    irow("出席委員", "\n".join(f"{r}　{n}" for r, n in MEMBERS))
    irow("説明のため\n出席した者", "\n".join(f"{r}　{n}" for r, n in STAFF))
    irow("事務局職員", "\n".join(f"{r}　{n}" for r, n in CLERK))
    irow("付議事件", "\n".join(f"({i + 1}) {a}" for i, a in enumerate(AGENDA)))
    irow("配付資料", "\n".join(MATERIALS))
    fix_widths(info, (32, 128))
    para(doc, "", space_after=6)
    para(doc, "［開会　午前10時00分］", 10.5, align=WD_ALIGN_PARAGRAPH.RIGHT)

    sts = build_statements()
    for marker, speaker, section, text, fs in sts:
        p = para(doc, "", space_after=5)
        if speaker:
            p.paragraph_format.first_line_indent = Mm(0)
            set_font(p.add_run(f"{marker} {speaker}　"), 10.5, True, True)
            set_font(p.add_run(text), 10.5)
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(p.add_run(text), 10.5)
    para(doc, "［閉会　午前11時18分］", 10.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # 別表
    para(doc, "別表　主要債権の収納状況（令和６年２月末現在）", 12, True, True, space_after=2)
    para(doc, "（単位：千円、％）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(["債権名", "区分", "調定額", "収入済額", "収納率", "前年同期\n収納率"]):
        cell_text(t.cell(0, j), h, size=9.5, bold=True)
        shade(t.cell(0, j))
    tot = {"current": [0, 0], "arrears": [0, 0]}
    bpage = None  # filled after rendering (last page)
    table_facts = []
    start = {}
    for debt, seg_label, a, col, r, prev in ROWS:
        seg = "current" if "現年" in seg_label else "arrears"
        tot[seg][0] += a
        tot[seg][1] += col
        cells = t.add_row().cells
        for j, v in enumerate([debt, seg_label, c(a), c(col), str(r), prev]):
            cell_text(cells[j], v, size=9.5, align=WD_ALIGN_PARAGRAPH.LEFT if j < 2 else WD_ALIGN_PARAGRAPH.RIGHT)
        start.setdefault(debt, []).append(len(t.rows) - 1)
        fy_raw = "令和６年２月末現在"
        for metric, val, unit, raw, fy, asof in (("assessed", a * 1000, "yen", c(a), 2023, AS_OF),
                                                 ("collected", col * 1000, "yen", c(col), 2023, AS_OF),
                                                 ("collection_rate", float(r), "percent", str(r), 2023, AS_OF),
                                                 ("collection_rate", float(prev), "percent", prev, 2022, AS_OF_PREV)):
            table_facts.append(fact(debt, fy, fy_raw if fy == 2023 else "前年同期", seg, metric, "interim", val, unit,
                                    raw, None, as_of=asof))
    tot_prev = {"current": "92.36", "arrears": "19.12"}
    for seg, label in (("current", "現年分"), ("arrears", "滞納繰越分")):
        a, col = tot[seg]
        r = rate(col, a)
        cells = t.add_row().cells
        for j, v in enumerate(["合計", label, c(a), c(col), str(r), tot_prev[seg]]):
            cell_text(cells[j], v, size=9.5, bold=j == 0, align=WD_ALIGN_PARAGRAPH.LEFT if j < 2 else WD_ALIGN_PARAGRAPH.RIGHT)
        start.setdefault("合計", []).append(len(t.rows) - 1)
        for metric, val, unit, raw, fy, asof in (("assessed", a * 1000, "yen", c(a), 2023, AS_OF),
                                                 ("collected", col * 1000, "yen", c(col), 2023, AS_OF),
                                                 ("collection_rate", float(r), "percent", str(r), 2023, AS_OF),
                                                 ("collection_rate", float(tot_prev[seg]), "percent", tot_prev[seg], 2022, AS_OF_PREV)):
            table_facts.append(total_fact("合計", fy, "令和６年２月末現在" if fy == 2023 else "前年同期", seg, metric,
                                          "interim", val, unit, raw, None, as_of=asof))
    for debt, rows in start.items():
        if len(rows) > 1:
            m = t.cell(rows[0], 0).merge(t.cell(rows[-1], 0))
            cell_text(m, debt, size=9.5, bold=debt == "合計", align=WD_ALIGN_PARAGRAPH.LEFT)
    fix_widths(t, (38, 26, 28, 28, 18, 22))
    para(doc, "※ 前年同期は令和５年２月末現在。収納率は収入済額÷調定額。", 8.5)

    x = OUT / f"{STEM}.docx"
    doc.save(x)
    pdf = PDF / f"{STEM}.pdf"
    to_pdf(x, pdf, "komatsushima")
    d = fitz.open(pdf)
    texts = [nows(p.get_text()) for p in d]
    last = d.page_count
    stmts = []
    for marker, speaker, section, text, fs in sts:
        pages = [i + 1 for i, t_ in enumerate(texts) if nows(text) in t_]
        assert len(pages) == 1, (speaker, text[:20], pages)
        pg = pages[0]
        if speaker:
            stmts.append({"speaker": speaker, "section": section, "text": text, "page": pg})
        for debt, fy, fy_raw, seg, metric, basis, val, unit, raw, asof in fs:
            v = float(val) if unit == "percent" else val
            if debt is None:
                facts.append(total_fact(None, fy, fy_raw, seg, metric, basis, v, unit, raw, pg, as_of=asof,
                                        approx=raw.startswith("約")))
            else:
                facts.append(fact(debt, fy, fy_raw, seg, metric, basis, v, unit, raw, pg, as_of=asof,
                                  approx=raw.startswith("約")))
    for f in table_facts:
        f["page"] = last
        facts.append(f)
    attendees = ([{"role": r, "title": r, "name": n} for r, n in MEMBERS] +
                 [{"role": r, "title": r, "name": n} for r, n in STAFF] +
                 [{"role": r, "title": r, "name": n} for r, n in CLERK])
    minutes = {"title": TITLE, "meeting_number": None, "date": DATE, "method": None, "attendees": attendees,
               "agenda": AGENDA, "materials": MATERIALS, "statements": stmts}
    return write_gold(STEM, "minutes", MUNI, TITLE, DATE, DATE_RAW, facts, [], minutes)


if __name__ == "__main__":
    build()
