"""w_yukuhashi_jokyo_1: 令和6年度 行橋市債権管理対策実施状況 (progress_report), python-docx -> LibreOffice, A4 portrait.

Modelled on 行橋市 債権管理課 「債権管理対策実施状況」 (http://www.city.yukuhashi.lg.jp/doc/2015092400018/) and
「これまでの債権管理課の取組状況」 (https://www.city.yukuhashi.fukuoka.jp/soshiki/13/1270.html): prose history of the
債権管理課, 市債権の総括（5ヵ年推移）, 私債権等 / 公債権等 の収納状況調査票. Figures invented.
"""
from __future__ import annotations

from w_common import OUT, PDF_DIR, Gold, comma, finish, lo_to_pdf, rate, render_png, zen
from w_docx_util import (GOTHIC, cant_split, cell_text, row_height, header_text, new_doc, page_break, page_number_footer,
                         para, repeat_header, shade, table)

STEM = "w_yukuhashi_jokyo_1"
CITY = "行橋市"

# 市債権の総括 (千円): year -> 調定額, 収入済額, 不納欠損額
SUMMARY = {2020: (11652310, 10581234, 48120), 2021: (11804522, 10759875, 44216),
           2022: (11733908, 10751402, 39870), 2023: (11898215, 10915361, 40750),
           2024: (11976340, 11043878, 36165)}
YRAW = {2020: "令和２年度", 2021: "３年度", 2022: "４年度", 2023: "５年度", 2024: "６年度"}

# 私債権等 (円): name -> (現年 調定, 現年 収入, 滞繰 調定, 滞繰 収入); 現年 None = no current charge
PRIVATE = [
    ("住宅新築資金等貸付金", None, None, 31845200, 1262400),
    ("生活保護費返還金", 18426510, 9874300, 46215380, 3318620),
    ("奨学資金貸付金", 6840000, 6312000, 8934500, 1520600),
    ("学校給食費", 318452900, 316987350, 4815260, 1346280),
    ("児童クラブ負担金", 96420500, 95871200, 2264800, 704300),
    ("市営住宅使用料", 241386400, 238650800, 14952300, 3864100),
    ("災害援護資金貸付金", None, None, 3150000, 150000),
]

# 公債権等 (千円): name -> 現年(調定, 収入, 欠損), 滞繰(調定, 収入, 欠損)
PUBLIC = [
    ("市税", (8862415, 8791632, 0), (512380, 160245, 21630)),
    ("国民健康保険税", (1542870, 1462133, 0), (389216, 88412, 11952)),
    ("介護保険料", (1184310, 1172884, 0), (38120, 9862, 1806)),
    ("後期高齢者医療保険料", (612480, 610732, 0), (6012, 2348, 214)),
    ("保育料", (98415, 97520, 0), (14862, 3316, 512)),
]


def main():
    g = Gold(STEM, "progress_report", CITY, "令和６年度 行橋市債権管理対策実施状況", "2025-08-01", "令和７年８月")
    d = new_doc()
    sec = d.sections[0]
    header_text(sec, "行橋市総務部債権管理課")
    page_number_footer(sec)

    para(d, "令和６年度　行橋市債権管理対策実施状況", 15, True, GOTHIC, "center", 4)
    para(d, "令和７年８月", 10.5, align="right", space_after=0)
    para(d, "行橋市　債権管理課", 10.5, align="right", space_after=8)

    para(d, "１　これまでの取組", 12, True, GOTHIC, space_after=3)
    para(d, "　市債権の滞納額を縮減し、効果的な徴収を行うため、市債権徴収一元化事業の一環として平成２４年４月に"
            "債権管理課を設置しました。同年１０月には行橋市債権管理条例を施行し、１１月には行橋市債権管理対策会議を"
            "立ち上げ、滞納の抜本的な解消を究極の目標に掲げて取組を進めています。", space_after=3)
    para(d, "　所管課では期限内の完全収納と滞納の発生防止を基本に、督促・催告から納付交渉までを行い、債権管理課では"
            "所管課への助言・指導に加え、移管を受けた回収困難案件について訴訟、支払督促、強制執行などの"
            "裁判手続による回収に取り組んでいます。", space_after=3)
    p_now, p_prev = 896297, 942104
    t1 = ("　この結果、市債権全体の収入未済額は、令和６年度末で約８億９，６３０万円となり、前年度末の"
          "約９億４，２１０万円から縮減しました。また、債権管理課が所管する非強制徴収公債権及び私債権の"
          "収入未済額は、平成２３年度の約４億１，３０７万円から令和６年度の約８，４６０万円へと大きく減少しています。")
    para(d, t1, space_after=8)
    g.fact(None, 2024, "令和６年度末", "total", "outstanding", "actual", 896300000, "yen", "約８億９，６３０万円",
           page=1, approx=True)
    g.fact(None, 2023, "前年度末", "total", "outstanding", "actual", 942100000, "yen", "約９億４，２１０万円",
           page=1, approx=True)
    grp = "非強制徴収公債権及び私債権"
    g.fact(None, 2011, "平成２３年度", "total", "outstanding", "actual", 413070000, "yen", "約４億１，３０７万円",
           page=1, approx=True, debt_raw=grp)
    g.fact(None, 2024, "令和６年度", "total", "outstanding", "actual", 84600000, "yen", "約８，４６０万円",
           page=1, approx=True, debt_raw=grp)

    # ２ 市債権の総括（５ヵ年推移）: years as columns, unit note only
    para(d, "２　市債権の総括（５ヵ年推移）", 12, True, GOTHIC, space_after=2)
    para(d, "（単位：千円、収納率は％）", 9, align="right", space_after=1)
    years = sorted(SUMMARY)
    t = table(d, 6, 6, [30, 28, 28, 28, 28, 28])
    for row in t.rows:
        row_height(row, 8)
    cell_text(t.cell(0, 0), "区　分", 9, align="center")
    shade(t.cell(0, 0))
    for j, y in enumerate(years):
        cell_text(t.cell(0, j + 1), YRAW[y], 9, align="center")
        shade(t.cell(0, j + 1))
    labels = ["調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    metrics = ["assessed", "collected", "written_off", "outstanding", "collection_rate"]
    for i, (lab, met) in enumerate(zip(labels, metrics)):
        cell_text(t.cell(i + 1, 0), lab, 9, align="center")
        for j, y in enumerate(years):
            a, c, w = SUMMARY[y]
            o = a - c - w
            if y == 2024:
                assert o == p_now, o
            if y == 2023:
                assert o == p_prev, o
            v = {"assessed": a, "collected": c, "written_off": w, "outstanding": o}.get(met)
            if met == "collection_rate":
                r = rate(c, a)
                txt = f"{r:.2f}"
                g.fact(None, y, YRAW[y], "total", met, "actual", r, "percent", txt, page=1)
            else:
                txt = comma(v)
                g.fact(None, y, YRAW[y], "total", met, "actual", v * 1000, "yen", txt, page=1)
            cell_text(t.cell(i + 1, j + 1), txt, 9, align="right")
    para(d, "※一般会計及び特別会計の市債権（水道事業会計を除く。）の合計です。", 8.5, space_after=4)

    page_break(d)
    # ３ 私債権等の収納状況調査票: one debt per row, 現年度分 | 滞納繰越分 side by side, 単位：円
    para(d, "３　私債権等の収納状況調査票（債権管理課所管）", 12, True, GOTHIC, space_after=2)
    para(d, "令和６年度決算　（単位：円）", 9, align="right", space_after=1)
    n = len(PRIVATE) + 3
    t = table(d, n, 7, [40, 24, 24, 16, 24, 24, 16])
    hdr = t.rows[0].cells
    cell_text(hdr[0], "債権名", 9, align="center")
    cell_text(hdr[1], "現年度分", 9, align="center")
    cell_text(hdr[4], "滞納繰越分", 9, align="center")
    for j, h in enumerate(["調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"]):
        cell_text(t.cell(1, j + 1), h, 9, align="center")
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(0, 3))
    t.cell(0, 4).merge(t.cell(0, 6))
    for rr in (0, 1):
        repeat_header(t.rows[rr])
        for c in t.rows[rr].cells:
            shade(c)
    tot = [0, 0, 0, 0]
    for i, (name, ca, cc, aa, ac) in enumerate(PRIVATE):
        row_height(t.rows[i + 2], 9)
        row = t.rows[i + 2].cells
        cell_text(row[0], name, 9)
        if ca is None:
            for j in (1, 2, 3):
                cell_text(row[j], "－", 9, align="center")
        else:
            r = rate(cc, ca)
            cell_text(row[1], comma(ca), 9, align="right")
            cell_text(row[2], comma(cc), 9, align="right")
            cell_text(row[3], f"{r:.2f}%", 9, align="right")
            g.fact(name, 2024, "令和６年度", "current", "assessed", "actual", ca, "yen", comma(ca), page=2)
            g.fact(name, 2024, "令和６年度", "current", "collected", "actual", cc, "yen", comma(cc), page=2)
            g.fact(name, 2024, "令和６年度", "current", "collection_rate", "actual", r, "percent", f"{r:.2f}%",
                   page=2)
            tot[0] += ca
            tot[1] += cc
        r = rate(ac, aa)
        cell_text(row[4], comma(aa), 9, align="right")
        cell_text(row[5], comma(ac), 9, align="right")
        cell_text(row[6], f"{r:.2f}%", 9, align="right")
        g.fact(name, 2024, "令和６年度", "arrears", "assessed", "actual", aa, "yen", comma(aa), page=2)
        g.fact(name, 2024, "令和６年度", "arrears", "collected", "actual", ac, "yen", comma(ac), page=2)
        g.fact(name, 2024, "令和６年度", "arrears", "collection_rate", "actual", r, "percent", f"{r:.2f}%", page=2)
        tot[2] += aa
        tot[3] += ac
    row = t.rows[n - 1].cells
    cell_text(row[0], "合　計", 9, align="center")
    vals = [tot[0], tot[1], rate(tot[1], tot[0]), tot[2], tot[3], rate(tot[3], tot[2])]
    segs = ["current"] * 3 + ["arrears"] * 3
    mets = ["assessed", "collected", "collection_rate"] * 2
    for j, v in enumerate(vals):
        txt = f"{v:.2f}%" if mets[j] == "collection_rate" else comma(v)
        cell_text(row[j + 1], txt, 9, align="right")
        g.fact(None, 2024, "令和６年度", segs[j], mets[j], "actual", v,
               "percent" if mets[j] == "collection_rate" else "yen", txt, page=2, debt_raw="合計")
    para(d, "※収納率は、収入済額を調定額で除したものです（不納欠損額を含みません）。", 8.5, space_after=8)

    # ４ 公債権等: debt × 区分 rows, name only on the group's first row (merged), 単位：千円 note
    para(d, "４　公債権等の収納状況調査票（収納課所管）", 12, True, GOTHIC, space_after=2)
    para(d, "令和６年度決算　（単位：千円）", 9, align="right", space_after=1)
    n = 1 + 3 * len(PUBLIC)
    t = table(d, n, 7, [36, 20, 25, 25, 22, 25, 17])
    for j, h in enumerate(["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]):
        cell_text(t.cell(0, j), h, 9, align="center")
        shade(t.cell(0, j))
    repeat_header(t.rows[0])
    for i, (name, cur, arr) in enumerate(PUBLIC):
        base = 1 + 3 * i
        tot = tuple(a + b for a, b in zip(cur, arr))
        for k, (lab, seg, (a, c, w)) in enumerate((("現年度分", "current", cur), ("滞納繰越分", "arrears", arr),
                                                    ("計", "total", tot))):
            row = t.rows[base + k]
            cant_split(row)
            row_height(row, 7.5)
            cells = row.cells
            o = a - c - w
            r = rate(c, a)
            cell_text(cells[1], lab, 9, align="center")
            txts = [comma(a), comma(c), comma(w) if w else "0", comma(o), f"{r:.2f}%"]
            for j, tx in enumerate(txts):
                cell_text(cells[2 + j], tx, 9, align="right")
            anchor = comma(a)
            for met, v, tx in (("assessed", a, txts[0]), ("collected", c, txts[1]), ("written_off", w, txts[2]),
                               ("outstanding", o, txts[3])):
                if met == "written_off" and seg == "current" and w == 0:
                    g.fact(name, 2024, "令和６年度", seg, met, "actual", 0, "yen", "0", anchor=anchor)
                    continue
                g.fact(name, 2024, "令和６年度", seg, met, "actual", v * 1000, "yen", tx, anchor=anchor)
            g.fact(name, 2024, "令和６年度", seg, "collection_rate", "actual", r, "percent", txts[4], anchor=anchor)
        cell_text(t.cell(base, 0), name, 9)
        t.cell(base, 0).merge(t.cell(base + 2, 0))
        cell_text(t.cell(base, 0), name, 9)

    # ５ 取組 and interim
    para(d, "", space_after=4)
    para(d, "５　令和６年度の主な取組", 12, True, GOTHIC, space_after=3)
    items = [
        ("(1)", "所管課が作成する債権管理台帳の記載状況を点検し、時効管理と履行延期の手続について助言しました。", "継続", False),
        ("(2)", "学校給食費及び児童クラブ負担金の少額滞納者に対し、所管課と合同で夜間の電話催告を実施しました。", "継続", True),
        ("(3)", "移管を受けた回収困難案件のうち１２件について支払督促を申し立て、うち３件で強制執行を行いました。", "拡充", False),
        ("(4)", "スマートフォン決済アプリによる納付を市営住宅使用料に導入しました。", "新規", True),
        ("(5)", "債権管理事務の職員研修を年２回開催し、所管課職員の実務能力の向上を図りました。", "継続", False),
    ]
    for lb, tx, st, wrap in items:
        if wrap:
            para(d, f"{lb}　{tx}", space_after=0, indent_mm=4)
            para(d, f"【{st}】", align="right", space_after=2)
        else:
            para(d, f"{lb}　{tx}【{st}】", space_after=2, indent_mm=4)
        g.init(None, 2024, "令和６年度の主な取組", lb, tx, st, anchor=tx)

    para(d, "", space_after=2)
    para(d, "【収納率】令和７年６月末時点（市税）", 11, True, GOTHIC, space_after=2)
    interim = [("現年度分", "current", 18.42, 18.10), ("滞納繰越分", "arrears", 12.6, 11.9)]
    for lab, seg, now, prev in interim:
        para(d, f"・{lab}　{now}％（前年同月　{prev}％）", space_after=1, indent_mm=4)
        g.fact("市税", 2025, "令和７年６月末", seg, "collection_rate", "interim", now, "percent", f"{now}％",
               anchor="【収納率】", as_of="2025-06-30")
        g.fact("市税", 2024, "前年同月", seg, "collection_rate", "interim", prev, "percent", f"{prev}％",
               anchor="【収納率】", as_of="2024-06-30")
    para(d, "", space_after=2)
    para(d, "６　令和７年度の取組方針", 12, True, GOTHIC, space_after=3)
    plan = [("ア", "滞納初期の督促・催告を徹底し、新たな滞納繰越の発生を抑えます。"),
            ("イ", "債権管理対策会議において債権ごとの回収目標を定め、半期ごとに進捗を確認します。"),
            ("ウ", "回収の見込みがない債権は、債権管理条例に基づく放棄を適切に行います。")]
    for lb, tx in plan:
        para(d, f"{lb}　{tx}", space_after=2, indent_mm=4)
        g.init(None, 2025, "令和７年度の取組方針", lb, tx, None, anchor=tx)

    OUT.mkdir(exist_ok=True)
    src = OUT / f"{STEM}.docx"
    d.save(src)
    pdf = lo_to_pdf(src, PDF_DIR / f"{STEM}.pdf", "yukuhashi")
    render_png(pdf, "yuku")
    finish(g, pdf)


if __name__ == "__main__":
    main()
