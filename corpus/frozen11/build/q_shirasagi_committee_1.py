"""q_shirasagi_committee_1: 債権管理推進本部会議 資料 (committee_material), python-docx -> LibreOffice, A4 landscape.

Modelled on 市川市「市税概要」(https://docsplayer.net/107696901-.html: 収納額 / 不納欠損処分状況 ア.税目別
不納欠損額 / 収納率) and on the 市町村税の徴収実績 table layout (調定済額 A・B・C, 収入済額, 徴収率 D/A...).
Invented municipality (kana name), invented figures; 徴収率 = 収入済額 ÷ 調定済額 rounded to 0.1.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from q_common import OUT, PDF_DIR, Gold, oku_man, rate, sen, to_pdf  # noqa: E402
from q_docx_util import (CENTER, GOTHIC, cell_shade, cell_text, col_widths, header_footer,  # noqa: E402
                         new_doc, page_break, para, repeat_header, table_borders, cant_split)

STEM = "q_shirasagi_committee_1"
CITY = "しらさぎ市"
TITLE = "市税等の収納状況について"
ASOF, ASPREV = "2025-02-28", "2024-02-29"

# 令和7年2月末 (千円): group, name, a_cur, a_arr, c_cur, c_arr
ROWS = [
    ("市税", "個人市民税", 9842310, 612480, 9015620, 148230),
    ("市税", "法人市民税", 2134560, 41230, 2081470, 9870),
    ("市税", "固定資産税", 10625480, 498170, 10102360, 127640),
    ("市税", "軽自動車税", 412380, 38920, 389410, 9130),
    ("市税", "市たばこ税", 1084120, 0, 1084120, 0),
    ("市税", "都市計画税", 1986240, 92310, 1888510, 23840),
    ("税外", "国民健康保険税", 4215870, 1384260, 3612480, 241530),
    ("税外", "介護保険料", 3924150, 84320, 3821640, 17120),
    ("税外", "後期高齢者医療保険料", 1421360, 12840, 1408760, 5230),
    ("税外", "保育料", 612480, 41870, 578910, 8620),
    ("税外", "市営住宅使用料", 384210, 92640, 361250, 10480),
    ("税外", "下水道使用料", 2841360, 48210, 2731470, 21360),
    ("税外", "学校給食費", 742180, 21380, 718420, 4260),
]
PREV = {  # 令和6年2月29日現在の徴収率 (現年, 滞繰)
    "市税": ("93.9", "23.1"), "国民健康保険税": ("86.1", "16.9"), "介護保険料": ("97.2", "19.8"),
    "保育料": ("94.8", "19.2"),
}
# 不納欠損額（円）: 令和4年度, 令和5年度
KESSON = [("個人市民税", 21384560, 19846210), ("法人市民税", 3125400, 2841300),
          ("固定資産税", 14862310, 13524870), ("軽自動車税", 2541200, 2318600), ("都市計画税", 2864130, 2615420)]


def build():
    g = Gold(STEM, "committee_material", CITY, "令和6年度第3回しらさぎ市債権管理推進本部会議 資料１ " + TITLE,
             "2025-03-18", "令和7年3月18日")
    d = new_doc(landscape=True, size=10)
    header_footer(d, "令和6年度第3回しらさぎ市債権管理推進本部会議", footer_fmt=("", ""))

    t = d.add_table(rows=1, cols=1)
    t.alignment = 2
    table_borders(t, sz=8)
    cell_text(t.rows[0].cells[0], "資料１", GOTHIC, 12, True, "center")
    col_widths(t, (25,))
    para(d, TITLE, GOTHIC, 16, True, "center")
    para(d, "令和7年3月18日　財務部収納課", None, 10, False, "right")
    para(d, "Ⅰ　収納状況（令和7年2月末現在）", GOTHIC, 12, True)
    para(d, "(1)　市税", GOTHIC, 11, True)
    tax = [r for r in ROWS if r[0] == "市税"]
    ta_c, ta_a = sum(r[2] for r in tax), sum(r[3] for r in tax)
    tc_c, tc_a = sum(r[4] for r in tax), sum(r[5] for r in tax)
    rc, ra, rt = rate(tc_c, ta_c), rate(tc_a, ta_a), rate(tc_c + tc_a, ta_c + ta_a)
    para(d, "【収納率】令和7年2月末時点", GOTHIC, 10.5, indent_mm=4)
    for lab, v, seg in (("現年課税分", rc, "current"), ("滞納繰越分", ra, "arrears"), ("合計", rt, "total")):
        para(d, f"・{lab}　{v}％", indent_mm=8)
        g.fact(f"{v}％", debt="市税", fy=2024, fy_raw="令和7年2月末", seg=seg, metric="collection_rate",
               basis="interim", as_of=ASOF, value=v, unit="percent", anchor="【収納率】令和7年2月末時点")
    para(d, "現年課税分は前年同期を上回って推移しているが、滞納繰越分は高額案件の分納が長期化しており、"
            "出納整理期間に向けて財産調査と滞納処分を集中的に行う。", indent_mm=4)
    para(d, "(2)　前年同期との比較", GOTHIC, 11, True)
    para(d, "表１　主な債権の徴収率の比較　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　（単位：％）",
         None, 9)
    debts = ["市税", "国民健康保険税", "介護保険料", "保育料"]
    now = {}
    for name in debts:
        if name == "市税":
            now[name] = (rc, ra)
        else:
            x = next(rw for rw in ROWS if rw[1] == name)
            now[name] = (rate(x[4], x[2]), rate(x[5], x[3]))
    t = d.add_table(rows=7, cols=2 + len(debts))
    t.alignment = CENTER
    table_borders(t)
    hm = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(hm, "区　分", GOTHIC, 9, True, "center")
    for j, n in enumerate(debts):
        cell_text(t.cell(0, 2 + j), n, GOTHIC, 9, True, "center")
        cell_shade(t.cell(0, 2 + j), "EDEDED")
    for k, (seg, lab) in enumerate((("current", "現年課税分"), ("arrears", "滞納繰越分"))):
        base = 1 + 3 * k
        mm = t.cell(base, 0).merge(t.cell(base + 2, 0))
        cell_text(mm, lab, None, 9, False, "center")
        for i, per in enumerate(("令和6年2月29日現在", "令和7年2月28日現在", "増減")):
            cell_text(t.cell(base + i, 1), per, None, 9)
        for j, n in enumerate(debts):
            pv = float(PREV[n][k])
            nv = now[n][k]
            cell_text(t.cell(base, 2 + j), f"{pv:.1f}", None, 9, False, "right")
            cell_text(t.cell(base + 1, 2 + j), f"{nv:.1f}", None, 9, False, "right")
            dv = round(nv - pv, 1)
            cell_text(t.cell(base + 2, 2 + j), ("△" if dv < 0 else "") + f"{abs(dv):.1f}", None, 9, False, "right")
            g.fact(f"{pv:.1f}", debt=n, fy=2023, fy_raw="令和6年2月29日現在", seg=seg, metric="collection_rate",
                   basis="interim", as_of=ASPREV, value=pv, unit="percent", anchor="表１　主な債権の徴収率の比較")
            g.fact(f"{nv:.1f}", debt=n, fy=2024, fy_raw="令和7年2月28日現在", seg=seg, metric="collection_rate",
                   basis="interim", as_of=ASOF, value=nv, unit="percent", anchor="表１　主な債権の徴収率の比較")
    col_widths(t, (28, 48, 40, 40, 40, 40))
    para(d)
    para(d, "(3)　税目別・債権別の収納状況", GOTHIC, 11, True)
    para(d, "表２　税目別・債権別の収納状況（令和7年2月末現在）　　　　　　　　　　　　　　　　　　　　　"
            "　　　　　　　　　　　　（単位：千円）", None, 9)

    nrows = 3 + len(ROWS) + 2
    t = d.add_table(rows=nrows, cols=11)
    t.alignment = CENTER
    table_borders(t)
    # three-row header
    m = t.cell(0, 0).merge(t.cell(2, 1))
    cell_text(m, "区　分", GOTHIC, 8.5, True, "center")
    for c0, lab in ((2, "調 定 済 額"), (5, "収 入 済 額"), (8, "徴 収 率 （％）")):
        mm = t.cell(0, c0).merge(t.cell(0, c0 + 2))
        cell_text(mm, lab, GOTHIC, 8.5, True, "center")
    for i, lab in enumerate(["現年課税分", "滞納繰越分", "合　計"] * 3):
        cell_text(t.cell(1, 2 + i), lab, GOTHIC, 8, True, "center")
    for i, lab in enumerate(["A", "B", "C", "D", "E", "F", "D/A", "E/B", "F/C"]):
        cell_text(t.cell(2, 2 + i), lab, GOTHIC, 8, True, "center")
    for r in range(3):
        repeat_header(t.rows[r])
        for c in range(11):
            cell_shade(t.cell(r, c), "EDEDED")
    r = 3
    ordered = tax + [("市税", "市税計", ta_c, ta_a, tc_c, tc_a)] + [x for x in ROWS if x[0] == "税外"]
    group_start = {}
    for grp, name, a_c, a_a, c_c, c_a in ordered:
        group_start.setdefault(grp, r)
        cell_text(t.cell(r, 1), name, None, 8.5, name == "市税計")
        debt = "市税" if name == "市税計" else name
        a_t, c_t = a_c + a_a, c_c + c_a
        vals = [(a_c, "assessed", "current"), (a_a, "assessed", "arrears"), (a_t, "assessed", "total"),
                (c_c, "collected", "current"), (c_a, "collected", "arrears"), (c_t, "collected", "total")]
        for i, (v, met, seg) in enumerate(vals):
            raw = sen(v) if v else "－"
            cell_text(t.cell(r, 2 + i), raw, None, 8.5, False, "right")
            if v:
                g.fact(raw, debt=debt, debt_raw=name, fy=2024, fy_raw="令和7年2月末", seg=seg, metric=met,
                       basis="interim", as_of=ASOF, value=v * 1000, unit="yen", anchor=name)
        for i, (cc, aa, seg) in enumerate(((c_c, a_c, "current"), (c_a, a_a, "arrears"), (c_t, a_t, "total"))):
            if aa:
                v = rate(cc, aa)
                raw = f"{v:.1f}"
                g.fact(raw, debt=debt, debt_raw=name, fy=2024, fy_raw="令和7年2月末", seg=seg,
                       metric="collection_rate", basis="interim", as_of=ASOF, value=v, unit="percent", anchor=name)
            else:
                raw = "－"
            cell_text(t.cell(r, 8 + i), raw, None, 8.5, False, "right")
        r += 1
    # merged group labels spanning rows
    m1 = t.cell(group_start["市税"], 0).merge(t.cell(group_start["市税"] + len(tax), 0))
    cell_text(m1, "市\n税", GOTHIC, 8.5, True, "center")
    m2 = t.cell(group_start["税外"], 0).merge(t.cell(r - 1, 0))
    cell_text(m2, "税\n外\n債\n権", GOTHIC, 8.5, True, "center")
    # last row: footnote row merged
    fm = t.cell(r, 0).merge(t.cell(r, 10))
    cell_text(fm, "注）調定済額は還付未済額を含まない。市たばこ税は申告納付のため滞納繰越分はない。", None, 8)
    col_widths(t, (9, 44, 24, 22, 24, 24, 22, 24, 14, 14, 14))
    cant_split(t)
    para(d)
    page_break(d)

    para(d, "Ⅱ　不納欠損処分状況（令和5年度決算）", GOTHIC, 12, True)
    k4 = sum(x[1] for x in KESSON)
    k5 = sum(x[2] for x in KESSON)
    txt5 = "約" + oku_man(k5)
    approx5 = (k5 // 10_000) * 10_000
    para(d, f"令和5年度の市税の不納欠損額は{txt5}で、前年度に比べて減少した。執行停止後3年を経過したものと、"
            "徴収権の消滅時効が完成したものが大半を占める。", indent_mm=4)
    g.fact(txt5, debt="市税", fy=2023, fy_raw="令和5年度", seg="total", metric="written_off", basis="actual",
           value=approx5, unit="yen", approx=True, anchor="Ⅱ　不納欠損処分状況")
    para(d, "ア．税目別不納欠損額", GOTHIC, 10.5)
    para(d, "（単位：円）", None, 9, align="right")
    t = d.add_table(rows=2 + len(KESSON), cols=4)
    t.alignment = CENTER
    table_borders(t, outer=True, inner_h=True, inner_v=False)
    for i, h in enumerate(("税　目", "令和4年度", "令和5年度", "増　減")):
        cell_text(t.cell(0, i), h, GOTHIC, 9, True, "center")
    for i, (n, v4, v5) in enumerate(KESSON + [("計", k4, k5)], 1):
        cell_text(t.cell(i, 0), n, None, 9, n == "計", "center" if n == "計" else None)
        for j, (v, fy) in enumerate(((v4, 2022), (v5, 2023)), 1):
            cell_text(t.cell(i, j), sen(v), None, 9, False, "right")
            g.fact(sen(v), debt="市税" if n == "計" else n, debt_raw=n, fy=fy,
                   fy_raw="令和4年度" if fy == 2022 else "令和5年度", seg="total", metric="written_off",
                   basis="actual", value=v, unit="yen", anchor="ア．税目別不納欠損額")
        dv = v5 - v4
        cell_text(t.cell(i, 3), ("△" if dv < 0 else "") + sen(abs(dv)), None, 9, False, "right")
    col_widths(t, (50, 45, 45, 45))
    para(d)
    para(d, "Ⅲ　年度末に向けた取組", GOTHIC, 12, True)
    items = [("ア", "出納整理期間に向けて、現年課税分の未納者へ一斉催告を行い、年度内の完納を促す。", "継続"),
             ("イ", "滞納繰越分の高額案件は、捜索・差押えを含む滞納処分を集中的に執行する。", "拡充"),
             ("ウ", "国民健康保険税と市税の重複滞納者について、収納課で一元的に折衝する。", "新規"),
             ("エ", "執行停止中の案件を再調査し、資力回復が見込めないものは即時消滅を検討する。", None)]
    for lab, text, tag in items:
        para(d, f"{lab}　{text}" + (f"【{tag}】" if tag else ""), indent_mm=4)
        g.init(text, debt=None, fy=2024, section="年度末に向けた取組", label=lab, status=tag)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    d.save(src)
    pdf = to_pdf(src, PDF_DIR / f"{STEM}.pdf", STEM)
    return g.finish(pdf)


if __name__ == "__main__":
    build()
