"""むつ市債権管理適正化方針 (会計・款・債権 tables, prose figures) — python-docx → LibreOffice."""
from __future__ import annotations

from docx.shared import Mm, Pt

from e7_common import (OUT, PDF, cell_text, comma, docx_footer_page, docx_new, docx_par, fact, initiative,
                       to_pdf, write_gold, zen)

STEM = "e_mutsu_houshin_1"
CITY = "むつ市"

# 表2: 会計, 款, 債権名, 収入未済額(円, R4), 収納率(R4)
DETAIL = [
    ("一般会計", "市税", "市民税（個人・法人）", 268_415_220, 95.84),
    ("一般会計", "市税", "固定資産税", 312_880_410, 94.61),
    ("一般会計", "市税", "軽自動車税（種別割）", 18_204_300, 96.02),
    ("一般会計", "市税", "入湯税・たばこ税等", 35_112_680, 97.15),
    ("一般会計", "分担金及び負担金", "保育所保育料", 9_618_250, 96.88),
    ("一般会計", "分担金及び負担金", "養護老人ホーム入所者負担金", 1_204_600, 97.42),
    ("一般会計", "使用料及び手数料", "市営住宅使用料", 48_905_132, 88.31),
    ("一般会計", "使用料及び手数料", "放課後児童クラブ利用料", 2_113_900, 97.60),
    ("一般会計", "諸収入", "生活保護費返還金", 86_402_718, 22.45),
    ("一般会計", "諸収入", "母子父子寡婦福祉資金貸付金償還金", 12_880_400, 31.07),
    ("一般会計", "諸収入", "住宅新築資金等貸付金償還金", 24_916_000, 3.84),
    ("一般会計", "諸収入", "学校給食費", 6_402_510, 98.12),
    ("国民健康保険特別会計", "国民健康保険税", "国民健康保険税", 702_418_560, 80.66),
    ("国民健康保険特別会計", "諸収入", "一般被保険者返納金", 4_118_200, 12.40),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", 12_330_450, 98.71),
    ("介護保険特別会計", "保険料", "介護保険料", 64_280_910, 95.52),
    ("介護保険特別会計", "諸収入", "介護給付費返還金", 3_805_000, 8.60),
    ("下水道事業会計", "営業収益", "下水道使用料", 41_870_265, 93.94),
    ("下水道事業会計", "受益者負担金", "下水道事業受益者負担金", 8_902_300, 90.18),
]
ACCOUNTS = ["一般会計", "国民健康保険特別会計", "後期高齢者医療特別会計", "介護保険特別会計", "下水道事業会計"]
# 表1 R2, R3 (千円)
PAST = {"一般会計": (924_512, 866_203), "国民健康保険特別会計": (812_330, 754_906),
        "後期高齢者医療特別会計": (14_220, 13_118), "介護保険特別会計": (75_902, 70_455),
        "下水道事業会計": (56_118, 53_240)}

INITS = [
    ("適正な債権管理の推進", "(1)①", "全ての債権所管課に債権管理台帳の整備を求め、交渉経過と督促・催告の記録を残すよう周知する。"),
    ("適正な債権管理の推進", "(1)②", "私債権について、時効期間と債権放棄の手続を整理した事務の手引を改訂する。"),
    ("滞納の未然防止", "(2)①", "口座振替とスマートフォン決済の利用を広報むつと市ホームページで周知し、期限内納付を促す。"),
    ("滞納の未然防止", "(2)②", "生活保護費返還金は、収入申告の指導を徹底して新たな返還金の発生を抑える。"),
    ("徴収体制の強化", "(3)①", "強制徴収公債権の滞納事案のうち困難なものは、収納課へ徴収を移管して一元的に処理する。"),
    ("徴収体制の強化", "(3)②", "青森県や近隣市町との合同研修に職員を派遣し、滞納整理の実務能力を高める。"),
]


def oku_man(yen: int) -> str:
    """約１７億４，６００万円 style (rounded to 100万円)."""
    man = round(yen / 1_000_000) * 100
    oku, rest = divmod(man, 10000)
    s = f"{oku}億" + (f"{rest:,}万円" if rest else "円")
    return "約" + zen(s)


def main():
    d = docx_new(size=10.5)
    docx_footer_page(d, prefix="", suffix="")
    facts, inits = [], []
    F = lambda *a, **k: facts.append(fact(*a, **k))

    acc_r4 = {a: sum(x[3] for x in DETAIL if x[0] == a) for a in ACCOUNTS}
    acc_k = {a: (PAST[a][0], PAST[a][1], round(acc_r4[a] / 1000)) for a in ACCOUNTS}
    tot_k = [sum(acc_k[a][i] for a in ACCOUNTS) for i in range(3)]
    total_r4_yen = sum(acc_r4.values())
    h30 = 2_208_000_000

    for _ in range(6):
        docx_par(d, "")
    docx_par(d, "むつ市債権管理適正化方針", size=22, align="center", gothic=True, space_after=10)
    docx_par(d, "（令和６年度～令和８年度）", size=14, align="center", space_after=120)
    for _ in range(10):
        docx_par(d, "")
    docx_par(d, "令和６年３月", size=13, align="center")
    docx_par(d, "む　つ　市", size=13, align="center")
    d.add_page_break()

    docx_par(d, "１　方針策定の趣旨", gothic=True, size=12, space_after=4)
    p1 = (f"　令和４年度（２０２２年度）決算における本市の全会計の収入未済額は{oku_man(total_r4_yen)}であり、"
          f"平成３０年度（２０１８年度）の{oku_man(h30)}と比べて縮減が進んでいるものの、市税及び国民健康保険税を"
          "中心に依然として多額の収入未済が残っている。人口減少が進み、財政運営が一層厳しくなることが見込まれる中、"
          "市民負担の公平性を確保するためには、全庁が一体となって債権の適正な管理に取り組む必要がある。"
          "このため、令和６年度から３か年の取組の方向性を示す本方針を定める。")
    docx_par(d, p1, space_after=6)
    A = "１　方針策定の趣旨"
    F(None, 2022, "令和４年度（２０２２年度）", "total", "outstanding", "actual", round(total_r4_yen, -6), "yen",
      oku_man(total_r4_yen), approx=True, anchor=A, debt_raw="全会計")
    F(None, 2018, "平成３０年度（２０１８年度）", "total", "outstanding", "actual", h30, "yen", oku_man(h30), approx=True, anchor=A,
      debt_raw="全会計")

    docx_par(d, "２　本市の債権の状況", gothic=True, size=12, space_after=4)
    docx_par(d, "（１）会計別の収入未済額", space_after=2)
    docx_par(d, "（単位：千円）", size=9, align="right", space_after=0)
    t = d.add_table(rows=2 + len(ACCOUNTS), cols=4)
    t.style = "Table Grid"
    for j, hd in enumerate(["会計名", "令和２年度\n(2020年度)", "令和３年度\n(2021年度)", "令和４年度\n(2022年度)"]):
        cell_text(t.cell(0, j), hd, align="center", shade="E2EFDA", size=9.5)
    yrs = [(2020, "令和２年度(2020年度)"), (2021, "令和３年度(2021年度)"), (2022, "令和４年度(2022年度)")]
    A = "（１）会計別の収入未済額"
    for i, a in enumerate(ACCOUNTS + ["合計"]):
        vals = acc_k[a] if a != "合計" else tot_k
        cell_text(t.cell(i + 1, 0), a, size=9.5)
        for j, v in enumerate(vals):
            cell_text(t.cell(i + 1, j + 1), comma(v), align="right", size=9.5)
            F(None, yrs[j][0], yrs[j][1], "total", "outstanding", "actual", v * 1000, "yen", comma(v), anchor=A, debt_raw=a)
    t.autofit = False
    for col, w in zip(t.columns, [62, 36, 36, 36]):
        col.width = Mm(w)
    for row in t.rows:
        for c, w in zip(row.cells, [62, 36, 36, 36]):
            c.width = Mm(w)
    docx_par(d, "※下水道事業会計は令和２年度から地方公営企業法を適用しており、未収金の額を計上している。", size=8.5)
    docx_par(d, "")

    docx_par(d, "（２）令和４年度（２０２２年度）債権別の収入未済額の内訳", space_after=2)
    docx_par(d, "（単位：円、％）", size=9, align="right", space_after=0)
    t = d.add_table(rows=2 + len(DETAIL), cols=5)
    t.style = "Table Grid"
    for j, hd in enumerate(["会計", "款", "債権名", "収入未済額", "収納率"]):
        cell_text(t.cell(0, j), hd, align="center", shade="E2EFDA", size=9)
    A = "（２）令和４年度（２０２２年度）債権別"
    prev = (None, None)
    start = {}
    for i, (acc, kan, name, out, rt) in enumerate(DETAIL, 1):
        cell_text(t.cell(i, 0), acc if acc != prev[0] else "", size=9)
        cell_text(t.cell(i, 1), kan if (acc, kan) != prev else "", size=9)
        cell_text(t.cell(i, 2), name, size=9)
        cell_text(t.cell(i, 3), comma(out), align="right", size=9)
        cell_text(t.cell(i, 4), f"{rt:.2f}", align="right", size=9)
        prev = (acc, kan)
        F(name, 2022, "令和４年度（２０２２年度）", "total", "outstanding", "actual", out, "yen", comma(out), anchor=A)
        F(name, 2022, "令和４年度（２０２２年度）", "total", "collection_rate", "actual", rt, "percent", f"{rt:.2f}", anchor=A)
    n = len(DETAIL) + 1
    cell_text(t.cell(n, 0), "合　計", size=9)
    t.cell(n, 0).merge(t.cell(n, 2))
    cell_text(t.cell(n, 3), comma(total_r4_yen), align="right", size=9)
    cell_text(t.cell(n, 4), "－", align="center", size=9)
    F(None, 2022, "令和４年度（２０２２年度）", "total", "outstanding", "actual", total_r4_yen, "yen", comma(total_r4_yen),
      anchor=A, debt_raw="合計")
    t.autofit = False
    for col, w in zip(t.columns, [34, 34, 66, 30, 16]):
        col.width = Mm(w)
    for row in t.rows:
        for c, w in zip(row.cells, [34, 34, 66, 30, 16]):
            c.width = Mm(w)
    docx_par(d, "※収納率は現年度分と滞納繰越分を合わせた率（収入済額÷調定額）。", size=8.5)
    docx_par(d, "")
    tax = sum(x[3] for x in DETAIL if x[1] == "市税")
    kok = [x for x in DETAIL if x[2] == "国民健康保険税"][0][3]
    share = round((tax + kok) / total_r4_yen * 100)
    p2 = (f"　債権別に見ると、市税の収入未済額は{oku_man(tax)}、国民健康保険税は{oku_man(kok)}であり、"
          f"この２債権で全体の{zen(str(share))}％を占めている。また、生活保護費返還金や各種貸付金の償還金など、"
          "強制徴収ができない債権の収入未済が長期化している。")
    docx_par(d, p2, space_after=6)
    A = "債権別に見ると"
    F("市税", 2022, "令和４年度", "total", "outstanding", "actual", round(tax, -6), "yen", oku_man(tax), approx=True, anchor=A)
    F("国民健康保険税", 2022, "令和４年度", "total", "outstanding", "actual", round(kok, -6), "yen", oku_man(kok), approx=True, anchor=A)

    docx_par(d, "３　これまでの取組と課題", gothic=True, size=12, space_after=4)
    docx_par(d, "（１）取組の成果", space_after=2)
    docx_par(d, "　収納課による強制徴収公債権の一元的な滞納整理、口座振替の勧奨、コンビニ収納の拡大などにより、"
                "市税の現年度分の収納率は年々上昇している。", space_after=4)
    docx_par(d, "（２）課題", space_after=2)
    docx_par(d, "　私債権を所管する課では専任の職員がおらず、人事異動により債権管理のノウハウが継承されにくい。"
                "また、回収の見込みのない債権が整理されないまま残っている。", space_after=4)
    box = d.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    c = box.cell(0, 0)
    cell_text(c, "〔参考〕公債権と私債権", gothic=True, size=9.5)
    for ln in ["・強制徴収公債権：市税、国民健康保険税、介護保険料、保育所保育料 など",
               "・非強制徴収公債権：生活保護費返還金（第63条）など",
               "・私債権：市営住宅使用料、各種貸付金償還金、学校給食費 など"]:
        p = c.add_paragraph(ln)
        p.paragraph_format.space_after = Pt(0)
        for r in p.runs:
            r.font.size = Pt(9.5)
    docx_par(d, "")
    docx_par(d, "４　今後の取組", gothic=True, size=12, space_after=4)
    cur = None
    for i, (sec, lab, text) in enumerate(INITS):
        if sec != cur:
            docx_par(d, f"（{lab[1]}）{sec}", space_after=2)
            cur = sec
        docx_par(d, f"　{lab[3:]}　{text}", space_after=2)
        inits.append(initiative(None, None, sec, lab, text, None, anchor="４　今後の取組"))

    src = OUT / f"{STEM}.docx"
    d.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "mutsu")
    document = {"kind": "plan", "municipality": CITY, "title": "むつ市債権管理適正化方針（令和６年度～令和８年度）",
                "date": "2024-03-01", "date_raw": "令和６年３月"}
    write_gold(STEM, document, facts, inits)


if __name__ == "__main__":
    main()
