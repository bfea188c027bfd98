"""高槻市 総務消防委員会協議会資料「市債権の管理状況について」— python-docx → LibreOffice, A4 portrait.

Modelled on the 高槻市議会 総務消防委員会協議会 record (所管事項の報告 with 税務長・総務部 present) and the report
material such a 協議会 receives: 概要 prose, years-as-columns tables, 決算 | 目標 side-by-side headings, per-debt
interim boxes (２月末), a 【参考】 box and a boxed 今後の取組 list.
"""
from __future__ import annotations

from pathlib import Path

from w_common import (OUT, PDF_DIR, c, fact, find_page, initiative, oku_man, oku_man_value, page_texts, row,
                      soffice_pdf, write_gold)
from w_docx import GOTHIC, MINCHO, box, new_doc, page_break, page_footer, page_header, para, set_cell, table

STEM = "w_takatsuki_committee_3"
CITY = "高槻市"

# (1) 収入未済額の推移（千円）
OUTS = {
    "市税": (1_082_315, 1_014_602, 951_288),
    "国民健康保険料": (812_460, 774_913, 741_056),
    "介護保険料": (96_218, 91_347, 88_102),
    "後期高齢者医療保険料": (21_537, 20_884, 19_760),
    "市営住宅使用料": (58_914, 55_203, 52_871),
    "生活保護費返還金": (512_336, 533_018, 548_392),
    "その他": (168_250, 152_781, 134_377),
}
TOT = tuple(sum(v[i] for v in OUTS.values()) for i in range(3))
# (2) 現年度分収納率 決算 R4, R5 | 目標 R6, R7
RATES = {
    "市税": ("99.18", "99.26", "99.30", "99.35"),
    "国民健康保険料": ("94.41", "94.87", "95.00", "95.20"),
    "介護保険料": ("99.02", "99.05", "99.10", "99.10"),
    "後期高齢者医療保険料": ("99.61", "99.64", "99.65", "99.70"),
    "市営住宅使用料": ("97.85", "98.02", "98.10", "98.20"),
    "生活保護費返還金": ("41.27", "39.86", "42.00", "43.00"),
}
# 3 債権ごとの状況 — ２月末 interim (千円)
INTERIM = {
    "市営住宅使用料": (row(1_402_360, "91.84"), row(1_389_125, "92.37")),
    "生活保護費返還金": (row(236_480, "28.15"), row(241_905, "27.62")),
}
DELINQ = 5216

INITS = [
    ("ア", "市税と国民健康保険料の滞納情報を共有し、重複滞納者への一体的な滞納整理を進める。", "継続", False),
    ("イ", "生活保護費返還金について、保護費からの調整による回収を徹底する。", "拡充", True),
    ("ウ", "私債権の回収困難案件について、弁護士への回収委託を試行する。", "新規", False),
]


def build() -> Path:
    doc = new_doc(MINCHO, 10.5, margins_mm=(20, 20, 20, 20))
    sec = doc.sections[0]
    page_header(sec, "総務消防委員会協議会資料")
    page_footer(sec, "－ ", " －")
    para(doc, "令和６年１２月５日", align="right")
    para(doc, "総務部債権管理課", align="right")
    para(doc, "市債権の管理状況について", font=GOTHIC, size=15, bold=True, align="center", before=8, after=8)
    para(doc, "１\u3000概要", font=GOTHIC, size=11.5, bold=True)
    tot5 = TOT[2] * 1000
    para(doc, "\u3000市では、高槻市債権の管理に関する条例に基づき、債権の適正な管理と収入未済額の縮減に取り組んでいる。"
              f"令和５年度決算における市債権全体（企業会計を除く。）の収入未済額は約{oku_man(tot5)}（令和５年度）となり、"
              f"前年度と比べ約{oku_man((TOT[1] - TOT[2]) * 1000)}縮減した。一方、生活保護費返還金は増加が続いている。")
    para(doc, "２\u3000債権の状況", font=GOTHIC, size=11.5, bold=True, before=6)
    para(doc, "（１）収入未済額の推移（単位：千円）", font=GOTHIC, size=10.5)
    t = table(doc, len(OUTS) + 2, 5, [46, 30, 30, 30, 30])
    for j, h in enumerate(["債権名", "令和３年度", "令和４年度", "令和５年度", "増減（5年度−4年度）"]):
        set_cell(t.cell(0, j), h, GOTHIC, 9, True, "center", "DDDDDD")
    for i, (d, v) in enumerate(list(OUTS.items()) + [("合計", TOT)], 1):
        bold = d == "合計"
        set_cell(t.cell(i, 0), d, MINCHO, 9.5, bold, "center" if bold else None)
        for j in range(3):
            set_cell(t.cell(i, j + 1), c(v[j]), MINCHO, 9.5, bold, "right")
        set_cell(t.cell(i, 4), c(v[2] - v[1]), MINCHO, 9.5, bold, "right")
    para(doc, "※\u3000各年度の出納整理期間終了時点。△は減少。", size=8.5, before=2)
    para(doc, "（２）現年度分収納率の推移及び目標（単位：％）", font=GOTHIC, size=10.5, before=8)
    t = table(doc, len(RATES) + 2, 5, [46, 30, 30, 30, 30])
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "債権名", GOTHIC, 9, True, "center", "DDDDDD")
    set_cell(t.cell(0, 1).merge(t.cell(0, 2)), "決\u3000算", GOTHIC, 9, True, "center", "DDDDDD")
    set_cell(t.cell(0, 3).merge(t.cell(0, 4)), "目\u3000標", GOTHIC, 9, True, "center", "DDDDDD")
    for j, h in enumerate(["令和４年度", "５年度", "６年度", "７年度"], 1):
        set_cell(t.cell(1, j), h, GOTHIC, 9, True, "center", "DDDDDD")
    for i, (d, v) in enumerate(RATES.items(), 2):
        set_cell(t.cell(i, 0), d, MINCHO, 9.5)
        for j in range(4):
            set_cell(t.cell(i, j + 1), v[j], MINCHO, 9.5, None, "right")
    page_break(doc)
    para(doc, "３\u3000債権ごとの状況（２月末時点）", font=GOTHIC, size=11.5, bold=True, before=0)
    for d, (r5, r6) in INTERIM.items():
        t = table(doc, 6, 3, [50, 50, 60])
        set_cell(t.cell(0, 0).merge(t.cell(0, 2)), f"債権名\u3000{d}", GOTHIC, 10, True, None, "EEEEEE")
        set_cell(t.cell(1, 0), "区\u3000分", GOTHIC, 9, True, "center")
        set_cell(t.cell(1, 1), "令和５年２月末", GOTHIC, 9, True, "center")
        set_cell(t.cell(1, 2), "令和６年２月末（２月29日）", GOTHIC, 9, True, "center")
        for i, (lab, k) in enumerate([("調定額（千円）", "assessed"), ("収入済額（千円）", "collected"),
                                      ("収入未済額（千円）", "outstanding"), ("収納率（％）", "rate")], 2):
            set_cell(t.cell(i, 0), lab, MINCHO, 9.5)
            for j, r in enumerate((r5, r6), 1):
                v = r[k]
                set_cell(t.cell(i, j), str(v) if k == "rate" else c(v), MINCHO, 9.5, None, "right")
        para(doc, "", size=6)
    box(doc, [("【参考】滞納整理の状況（令和５年度）", True), f"・滞納者数（市税）：{DELINQ:,}人", "・差押件数：1,402件",
              "・支払督促申立件数：38件"], size=9.5, width_mm=160)
    para(doc, "", size=6)
    para(doc, "４\u3000今後の取組", font=GOTHIC, size=11.5, bold=True, before=6)
    lines = []
    for lab, tx, st, wrap in INITS:
        if wrap:
            lines.append(f"{lab}\u3000{tx}")
            lines.append(f"\u3000\u3000【{st}】")
        else:
            lines.append(f"{lab}\u3000{tx}【{st}】")
    box(doc, lines, size=10, width_mm=160)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    return soffice_pdf(src, PDF_DIR / f"{STEM}.pdf", "takatsuki")


def gold(pdf: Path):
    texts = page_texts(pdf)
    F, I = [], []
    p = find_page(texts, "１　概要")
    F.append(fact(None, 2023, "令和５年度", "total", "outstanding", "actual", oku_man_value(TOT[2] * 1000), "yen",
                  "約" + oku_man(TOT[2] * 1000), p, approx=True, debt_raw=None))
    p = find_page(texts, "（１）収入未済額の推移")
    years = [(2021, "令和３年度"), (2022, "令和４年度"), (2023, "令和５年度")]
    for d, v in list(OUTS.items()) + [("合計", TOT)]:
        debt = None if d in ("合計", "その他") else d
        for (fy, fr), x in zip(years, v):
            F.append(fact(debt, fy, fr, "total", "outstanding", "actual", x * 1000, "yen", c(x), p, debt_raw=d))
    p = find_page(texts, "（２）現年度分収納率の推移及び目標")
    cols = [(2022, "令和４年度", "actual"), (2023, "５年度", "actual"), (2024, "６年度", "target"),
            (2025, "７年度", "target")]
    for d, v in RATES.items():
        for (fy, fr, b), x in zip(cols, v):
            F.append(fact(d, fy, fr, "current", "collection_rate", b, float(x), "percent", x, p))
    for d, (r5, r6) in INTERIM.items():
        p = find_page(texts, f"債権名{d}")
        for r, fy, fr, asof in ((r5, 2022, "令和５年２月末", "2023-02-28"), (r6, 2023, "令和６年２月末（２月29日）", "2024-02-29")):
            for k, m in (("assessed", "assessed"), ("collected", "collected"), ("outstanding", "outstanding")):
                F.append(fact(d, fy, fr, "total", m, "interim", r[k] * 1000, "yen", c(r[k]), p, as_of=asof))
            F.append(fact(d, fy, fr, "total", "collection_rate", "interim", r["rate"], "percent", str(r["rate"]), p,
                          as_of=asof))
    p = find_page(texts, f"{DELINQ:,}人")
    F.append(fact("市税", 2023, "令和５年度", "total", "delinquents", "actual", DELINQ, "persons", f"{DELINQ:,}人", p))
    for lab, tx, st, _w in INITS:
        I.append(initiative(None, 2025, "今後の取組", lab, tx, st, find_page(texts, tx)))
    document = {"kind": "committee_material", "municipality": CITY, "title": "市債権の管理状況について",
                "date": "2024-12-05", "date_raw": "令和６年１２月５日"}
    return write_gold(STEM, pdf, document, F, I)


if __name__ == "__main__":
    pdf = build()
    g = gold(pdf)
    print(STEM, g["source"]["pages"], "pages", len(g["facts"]), "facts", len(g["initiatives"]), "initiatives")
