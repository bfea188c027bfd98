"""Frozen set (a): 第2次廿日市市債権管理計画（令和5年度～令和7年度）, Word (python-docx) → LibreOffice PDF.

Modelled on 廿日市市's 債権管理計画: a city-wide 収入未済額の推移 table (one debt a row, years as columns,
単位：千円 only in the unit note), prose figures with 約, then one page per debt whose debt is named only in a
one-row label/value box (債権名 | X | 所管課 | Y), a 5-year 調定額/収入済額/収納率 table (現年/滞繰/計),
a 目標収納率 table and a numbered 取組 list.

Gold decisions: table cells are 千円 (unit note) → yen; 合計 row is city-wide (debt null, debt_raw 合計);
その他 row has debt null, debt_raw その他; prose 約 figures are approx; the 減少額 in prose is a difference and
left out; 取組 items are the （１）… items, status null (no tags printed).
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
from docx.shared import Mm

sys.path.insert(0, str(Path(__file__).resolve().parent))
from plan_progress_common import (OUT_DIR, PDF_DIR, borders, fact, find_page, init, kilo, page_break, page_field,  # noqa: E402
                    page_texts, para, rate, set_cell, to_pdf, widths, write_gold, zen)

STEM = "hatsukaichi_plan_r5_7"
CITY = "廿日市市"
TITLE = "第2次廿日市市債権管理計画"
YEARS = [(2017, "平成29年度"), (2018, "平成30年度"), (2019, "令和元年度"), (2020, "令和2年度"), (2021, "令和3年度")]
TARGET_YEARS = [(2023, "令和5年度"), (2024, "令和6年度"), (2025, "令和7年度")]

# printed name, canonical, 所管課, current assessed (千円, 2017), current rate, arrears rate, outstanding 2016 (千円)
PAGE_DEBTS = [
    ("市税", "市税", "税務部納税課", 16_842_310, 99.05, 27.5, 471_230),
    ("国民健康保険税", "国民健康保険料", "健康福祉部保険年金課", 2_612_480, 94.60, 21.8, 338_940),
    ("介護保険料", "介護保険料", "健康福祉部介護保険課", 2_105_760, 98.90, 18.4, 41_380),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "健康福祉部保険年金課", 1_143_920, 99.55, 30.2, 6_120),
    ("保育所保育料", "保育料", "こども未来部保育課", 384_210, 98.70, 12.6, 27_460),
    ("市営住宅使用料", "市営住宅使用料", "建設部建築住宅課", 318_540, 97.10, 14.9, 58_870),
]
# other rows of the city-wide table: printed, canonical, outstanding series (千円) 2017..2021
OTHER_ROWS = [
    ("下水道使用料", "下水道使用料", [21_480, 20_915, 19_874, 20_362, 18_791]),
    ("生活保護費返還金", "生活保護費返還金", [63_215, 66_480, 70_112, 68_934, 71_205]),
    ("母子父子寡婦福祉資金貸付金", "母子父子寡婦福祉資金貸付金", [18_640, 17_902, 16_875, 15_432, 14_868]),
    ("その他", None, [24_388, 22_706, 25_019, 23_577, 21_946]),
]

INITIATIVES = {
    "市税": [
        "現年度分の滞納を翌年度に繰り越さないよう、納期限後の早期の督促及び電話催告を徹底します。",
        "預貯金、給与、生命保険等の財産調査を早期に行い、納付資力がありながら納付しない滞納者に対しては差押えを実施します。",
        "広島県と連携した滞納整理の共同催告及び合同公売を実施し、滞納繰越分の縮減を図ります。",
        "スマートフォン決済アプリによる納付の周知を進め、納付機会の拡大を図ります。",
    ],
    "国民健康保険税": [
        "資格取得時に口座振替の申込みを勧奨し、口座振替による納付の割合を高めます。",
        "短期被保険者証の交付の機会を捉えて納付相談を行い、分納計画の履行状況を管理します。",
        "納税課と連携して財産調査及び滞納処分を行い、高額滞納者の滞納額の縮減を図ります。",
    ],
    "介護保険料": [
        "普通徴収の被保険者に対し、納期限後速やかに督促状を送付し、未納の早期解消を図ります。",
        "滞納が続く被保険者に対しては給付制限の制度を周知し、納付相談に応じます。",
        "年金からの特別徴収への切替えを速やかに行い、普通徴収期間の未納の発生を防ぎます。",
    ],
    "後期高齢者医療保険料": [
        "広島県後期高齢者医療広域連合と連携し、資格取得直後の普通徴収期間の納付勧奨を行います。",
        "口座振替への切替えを勧奨し、納め忘れによる未納を防ぎます。",
    ],
    "保育所保育料": [
        "児童手当からの申出による徴収を保護者に案内し、保育料の納付に充てます。",
        "入所継続の手続の際に未納のある保護者と面談し、納付計画を立てて履行を確認します。",
        "納付資力がありながら納付しない保護者に対しては、財産調査の上で滞納処分を行います。",
    ],
    "市営住宅使用料": [
        "滞納が3か月に達した入居者に対し、連帯保証人への通知と併せて納付指導を行います。",
        "悪質な長期滞納者に対しては、明渡し請求及び訴えの提起等の法的措置を実施します。",
        "退去者の滞納分については、民間の債権回収会社への委託により回収を進めます。",
        "収入の減少した入居者に家賃減免制度を案内し、新たな滞納の発生を防ぎます。",
    ],
}


def make_data():
    rnd = random.Random(20230301)
    debts = []
    for name, canon, dept, ca0, cr, ar, out0 in PAGE_DEBTS:
        rows = []
        prev_out = out0
        ca = ca0
        r_cur, r_arr = cr, ar
        for fy, _lab in YEARS:
            ca = int(ca * rnd.uniform(0.985, 1.025))
            aa = prev_out + rnd.randint(-800, 800) if prev_out > 5000 else prev_out
            r_cur = min(99.9, r_cur + rnd.uniform(-0.08, 0.22))
            r_arr = r_arr + rnd.uniform(-1.2, 2.4)
            cc = int(ca * r_cur / 100)
            ac = int(aa * r_arr / 100)
            wo = int(aa * rnd.uniform(0.05, 0.12))
            out = ca + aa - cc - ac - wo
            rows.append({"fy": fy, "ca": ca, "aa": aa, "cc": cc, "ac": ac, "wo": wo, "out": out})
            prev_out = out
        last = rows[-1]
        t_cur = round(rate(last["cc"], last["ca"]) + 0.05, 2)
        t_arr = round(rate(last["ac"], last["aa"]) + 0.5, 1)
        targets = [(round(t_cur + 0.05 * i, 2), round(t_arr + 0.5 * i, 2)) for i in range(3)]
        debts.append({"name": name, "canon": canon, "dept": dept, "rows": rows, "targets": targets})
    return debts


DEBTS = make_data()


def outstanding_rows():
    rows = [(d["name"], d["canon"], [r["out"] for r in d["rows"]]) for d in DEBTS]
    rows += OTHER_ROWS
    total = [sum(r[2][i] for r in rows) for i in range(len(YEARS))]
    return rows, total


def oku(k: int) -> tuple[str, int]:
    """千円 → '約10億8,500万円' rounded to 100万円, and the yen value."""
    man = round(k / 1000) * 100  # 万円, rounded to 100万円
    o, m = divmod(man, 10000)
    s = f"約{o}億{m:,}万円" if o else f"約{m:,}万円"
    return s, man * 10000


def build_docx() -> Path:
    doc = Document()
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.left_margin = s.right_margin = Mm(22)
    s.top_margin, s.bottom_margin = Mm(20), Mm(18)
    fp = s.footer.paragraphs[0]
    fp.alignment = AL.CENTER
    page_field(fp)
    # cover
    for _ in range(8):
        para(doc, "")
    para(doc, TITLE, 22, gothic=True, align=AL.CENTER, after=12)
    para(doc, "（令和5（2023）年度～令和7（2025）年度）", 14, align=AL.CENTER, after=120)
    for _ in range(10):
        para(doc, "")
    para(doc, "令和5年3月", 14, align=AL.CENTER)
    para(doc, "廿　日　市　市", 16, gothic=True, align=AL.CENTER)
    page_break(doc)
    # 1-4
    rows, total = outstanding_rows()
    t21, t17, t19 = total[4], total[0], total[2]
    tax21 = rows[0][2][4]
    kok21 = rows[1][2][4]
    para(doc, "1　計画策定の経緯", 12, gothic=True)
    para(doc, "本市では、平成30年3月に廿日市市債権管理条例を制定し、市の債権全般について管理の適正化を図ることと"
              "して全庁的な取組を進めてきました。令和2年3月には第1次廿日市市債権管理計画（令和2年度～令和4年度）を"
              "策定し、未収債権の目標収納率と具体的な取組内容を定めて、各債権の所管課が取り組んできました。", indent_mm=4)
    s21, v21 = oku(t21)
    s19, v19 = oku(t19)
    s17, v17 = oku(t17)
    dec = oku(t19 - t21)[0]
    para(doc, f"この結果、全債権の収入未済額は、令和元年度末の{s19}から令和3年度末には{s21}となり、"
              f"2年間で{dec}減少するなど、一定の成果を挙げることができました。一方で、平成29年度末の{s17}と"
              "比べると縮減の幅は小さく、引き続き計画的な取組が必要であることから、第2次廿日市市債権管理計画を策定します。",
         indent_mm=4)
    para(doc, "")
    para(doc, "2　計画の期間", 12, gothic=True)
    para(doc, "本計画は、令和5（2023）年度から令和7（2025）年度までの3か年を計画期間とします。なお、社会・経済情勢の"
              "変化や関連法令の改正などに応じて、必要な見直しを行います。", indent_mm=4)
    para(doc, "")
    para(doc, "3　対象債権", 12, gothic=True)
    para(doc, "本計画の対象債権は、本市が保有する債権のうち、令和3年度決算において収入未済額が生じている債権と"
              "します。このうち収入未済額の大きい6債権については、債権ごとに目標収納率と取組を定めます。", indent_mm=4)
    para(doc, "")
    para(doc, "4　債権管理の現状", 12, gothic=True)
    st, vt = oku(tax21)
    sk, vk = oku(kok21)
    para(doc, f"令和3年度末の収入未済額を債権別にみると、市税が{st}、国民健康保険税が{sk}となっており、"
              "この2債権で全体の7割を超えています。各債権の収入未済額の推移は次のとおりです。", indent_mm=4)
    para(doc, "収入未済額の推移", 10.5, gothic=True, align=AL.CENTER)
    para(doc, "（単位：千円）", 9, align=AL.RIGHT)
    t = doc.add_table(rows=1, cols=1 + len(YEARS))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(t)
    set_cell(t.cell(0, 0), "債権名", header=True)
    for j, (_fy, lab) in enumerate(YEARS):
        set_cell(t.cell(0, 1 + j), lab, header=True, size=9.5)
    for name, _c, vals in rows + [("合計", None, total)]:
        cells = t.add_row().cells
        set_cell(cells[0], name, align=AL.LEFT, bold=name == "合計", fill="F2F2F2" if name == "合計" else None)
        for j, v in enumerate(vals):
            set_cell(cells[1 + j], f"{v:,}", align=AL.RIGHT, bold=name == "合計",
                     fill="F2F2F2" if name == "合計" else None)
    widths(t, [48] + [23.6] * 5)
    para(doc, "※各年度の出納閉鎖後の額（千円未満切捨て）", 8.5)
    page_break(doc)
    # 5 per-debt pages
    for i, d in enumerate(DEBTS):
        if i:
            page_break(doc)
        else:
            para(doc, "5　債権別の状況と取組", 12, gothic=True)
        box = doc.add_table(rows=1, cols=4)
        box.alignment = WD_TABLE_ALIGNMENT.CENTER
        borders(box, outer=12)
        set_cell(box.cell(0, 0), "債権名", header=True)
        set_cell(box.cell(0, 1), d["name"], size=11, align=AL.LEFT)
        set_cell(box.cell(0, 2), "所管課", header=True)
        set_cell(box.cell(0, 3), d["dept"], align=AL.LEFT)
        widths(box, [24, 58, 24, 60])
        para(doc, "")
        para(doc, "（1）収納状況の推移", 10.5, gothic=True)
        para(doc, "（単位：千円）", 9, align=AL.RIGHT)
        t = doc.add_table(rows=1, cols=2 + len(YEARS))
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        borders(t)
        a = t.cell(0, 0).merge(t.cell(0, 1))
        set_cell(a, "区分", header=True)
        for j, (_fy, lab) in enumerate(YEARS):
            set_cell(t.cell(0, 2 + j), lab, header=True, size=9.5)
        blocks = [("調定額", ("ca", "aa")), ("収入済額", ("cc", "ac")), ("収納率", None)]
        for label, keys in blocks:
            first = len(t.rows)
            for seg in ("現年", "滞繰", "計"):
                cells = t.add_row().cells
                set_cell(cells[1], seg)
                for j, r in enumerate(d["rows"]):
                    if keys:
                        v = r[keys[0]] if seg == "現年" else r[keys[1]] if seg == "滞繰" else r[keys[0]] + r[keys[1]]
                        txt = f"{v:,}"
                    else:
                        num, den = {"現年": (r["cc"], r["ca"]), "滞繰": (r["ac"], r["aa"]),
                                    "計": (r["cc"] + r["ac"], r["ca"] + r["aa"])}[seg]
                        txt = f"{rate(num, den):.2f}%"
                    set_cell(cells[2 + j], txt, align=AL.RIGHT, size=9.5)
            m = t.cell(first, 0).merge(t.cell(first + 2, 0))
            set_cell(m, label)
        widths(t, [22, 14] + [26] * 5)
        para(doc, "")
        para(doc, "（2）目標収納率", 10.5, gothic=True)
        t2 = doc.add_table(rows=3, cols=4)
        t2.alignment = WD_TABLE_ALIGNMENT.CENTER
        borders(t2)
        set_cell(t2.cell(0, 0), "区分", header=True)
        for j, (_fy, lab) in enumerate(TARGET_YEARS):
            set_cell(t2.cell(0, 1 + j), lab, header=True)
        for k, seg in enumerate(("現年分", "滞納繰越分")):
            set_cell(t2.cell(1 + k, 0), seg)
            for j, tv in enumerate(d["targets"]):
                set_cell(t2.cell(1 + k, 1 + j), f"{tv[k]:.2f}%", align=AL.RIGHT)
        widths(t2, [40, 32, 32, 32])
        para(doc, "")
        para(doc, "（3）目標達成に向けた取組", 10.5, gothic=True)
        for k, text in enumerate(INITIATIVES[d["name"]], 1):
            para(doc, f"（{zen(k)}）{text}", 10.5, indent_mm=2, hanging_mm=8)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    src = OUT_DIR / f"{STEM}.docx"
    doc.save(src)
    return src


def gold() -> Path:
    pdf = PDF_DIR / f"{STEM}.pdf"
    texts = page_texts(pdf)
    rows, total = outstanding_rows()
    facts, inits = [], []
    # prose
    p_prose = find_page(texts, "計画策定の経緯")
    p_tab = find_page(texts, "収入未済額の推移")
    for k, fy, fyraw, debt, debt_raw, page in ((total[2], 2019, "令和元年度", None, None, p_prose),
                                              (total[4], 2021, "令和3年度", None, None, p_prose),
                                              (total[0], 2017, "平成29年度", None, None, p_prose),
                                              (rows[0][2][4], 2021, "令和3年度", "市税", "市税", p_tab),
                                              (rows[1][2][4], 2021, "令和3年度", "国民健康保険料", "国民健康保険税", p_tab)):
        s, v = oku(k)
        facts.append(fact(debt, debt_raw, fy, fyraw, "total", "outstanding", "actual", v, "yen", s, page, approx=True))
    for name, canon, vals in rows + [("合計", None, total)]:
        for (fy, lab), v in zip(YEARS, vals):
            facts.append(fact(canon, name, fy, lab, "total", "outstanding", "actual", v * 1000, "yen", f"{v:,}", p_tab))
    for d in DEBTS:
        page = find_page(texts, "債権名" + d["name"] + "所管課" + d["dept"], "収納状況の推移")
        for (fy, lab), r in zip(YEARS, d["rows"]):
            segs = {"current": (r["ca"], r["cc"]), "arrears": (r["aa"], r["ac"]),
                    "total": (r["ca"] + r["aa"], r["cc"] + r["ac"])}
            for seg, (asd, col) in segs.items():
                facts.append(fact(d["canon"], d["name"], fy, lab, seg, "assessed", "actual", asd * 1000, "yen", f"{asd:,}", page))
                facts.append(fact(d["canon"], d["name"], fy, lab, seg, "collected", "actual", col * 1000, "yen", f"{col:,}", page))
                rv = rate(col, asd)
                facts.append(fact(d["canon"], d["name"], fy, lab, seg, "collection_rate", "actual", rv, "percent", f"{rv:.2f}%", page))
        for (fy, lab), tv in zip(TARGET_YEARS, d["targets"]):
            for k, seg in enumerate(("current", "arrears")):
                facts.append(fact(d["canon"], d["name"], fy, lab, seg, "collection_rate", "target", tv[k], "percent", f"{tv[k]:.2f}%", page))
        for k, text in enumerate(INITIATIVES[d["name"]], 1):
            inits.append(init(d["canon"], d["name"], None, "目標達成に向けた取組", f"({k})", text, None, page))
    document = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2023-03-01", "date_raw": "令和5年3月"}
    return write_gold(STEM, document, facts, inits)


if __name__ == "__main__":
    src = build_docx()
    print(to_pdf(src, PDF_DIR / f"{STEM}.pdf", profile="frozen_a"))
    print(gold())
