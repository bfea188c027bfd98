"""e_sagamihara_plan_1: 債権回収対策等実行計画 (plan), python-docx -> LibreOffice, A4 portrait.

Modelled on 相模原市「平成27年度債権回収対策等実行計画」 (expydoc copy of the city's PDF):
【基本方針目標値】 box, 前年度の現状 bullets, 取組目標 prose + 収入未済額 table (決算額ベース、単位：百万円,
two-level header 令和6年度 目標額|決算見込額, 令和7年度 目標額, 基本方針目標値（令和8年度）), here with a 差引 column,
a rate table (単位：％ in the title, 現年度分 × 滞納繰越分 groups, era-less 6年度/7年度), and 取組項目 per debt
under headings with the debt in parentheses, ①② items with tags after the 。 (some wrapped onto the next line).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e_common import F, I, OUT, PDF, c, rate, locate, page_texts, raw_norm, to_pdf, write_gold, zen  # noqa: E402
from e_docxutil import (GOTHIC, MINCHO, boxed, cell_text, header_footer, new_doc, para, repeat_header,  # noqa: E402
                        shade, table)

STEM = "e_sagamihara_plan_1"
CITY = "相模原市"
TITLE = "令和７年度債権回収対策等実行計画"
M = 1_000_000

# 収入未済額（百万円）: R6目標, R6決算見込, R7目標, R8基本方針目標値
OUT_ROWS = [
    ("市税", 5404, 5321, 5180, 5050),
    ("国民健康保険税", 6210, 6135, 5980, 5820),
    ("介護保険料", 512, 538, 520, 500),
    ("後期高齢者医療保険料", 96, 92, 90, 88),
    ("保育所保育料", 214, 203, 195, 185),
    ("市営住宅使用料", 402, 388, 370, 355),
    ("生活保護費返還金", 2480, 2566, 2530, 2480),
    ("下水道使用料", 318, 305, 296, 290),
]
TOT_EST, TOT_R7, TOT_R8 = 17020, 16714, 16260
_s = [sum(r[i] for r in OUT_ROWS) for i in range(1, 5)]
OTHER = ("その他", 1500, TOT_EST - _s[1], TOT_R7 - _s[2], TOT_R8 - _s[3])
ROWS = OUT_ROWS + [OTHER]
TOTAL = ("合計",) + tuple(sum(r[i] for r in ROWS) for i in range(1, 5))
assert TOTAL[2:] == (TOT_EST, TOT_R7, TOT_R8), TOTAL

# 収納率（％）: 現年度分 R5実績, 6見込, 7目標 | 滞納繰越分 R5実績, 6見込, 7目標
RATES = [
    ("市税", (99.21, 99.28, 99.40), (31.6, 32.4, 33.5)),
    ("国民健康保険税", (94.35, 94.60, 95.00), (27.8, 28.9, 30.0)),
    ("介護保険料", (98.92, 98.80, 99.00), (18.4, 17.9, 19.0)),
    ("後期高齢者医療保険料", (99.55, 99.58, 99.60), (41.2, 43.0, 44.0)),
    ("保育所保育料", (98.70, 98.95, 99.10), (22.5, 24.1, 25.0)),
    ("市営住宅使用料", (97.84, 98.02, 98.20), (15.3, 16.0, 17.0)),
]

# 【参考】令和５年度決算（千円）: 調定額, 不納欠損額, 収入未済額 -> 収入済額 = 調定 - 欠損 - 未済
R5 = [
    ("市税", 98_412_530, 96_204, 5_486_318),
    ("国民健康保険税", 21_836_904, 312_655, 6_302_117),
    ("介護保険料", 16_203_448, 61_230, 521_906),
    ("後期高齢者医療保険料", 9_184_072, 8_415, 95_320),
    ("保育所保育料", 1_624_381, 9_802, 221_436),
    ("市営住宅使用料", 2_410_755, 12_004, 409_872),
    ("生活保護費返還金", 3_062_118, 24_561, 2_455_209),
    ("下水道使用料", 12_875_240, 5_118, 321_604),
]
R5_TOTAL = ("合計",) + tuple(sum(r[i] for r in R5) for i in (1, 2, 3))

INIT = {
    "市税": ("納税課・市税徴収課", [
        ("①", "市税納付お知らせセンターによる電話案内を納期限後早期に行い、現年度分の滞納の未然防止を図る。", "継続", False),
        ("②", "初期滞納者に対する財産調査を督促状発付後速やかに着手し、預貯金・給与等の差押えを迅速に執行する。", "拡充", True),
        ("③", "スマートフォン決済アプリによる納付の対象税目を拡大し、納付環境の充実を図る。", "新規", False),
    ]),
    "国民健康保険税": ("国民健康保険課", [
        ("①", "資格取得時及び口座振替未利用世帯への勧奨を徹底し、口座振替の加入率向上を図る。", "継続", False),
        ("②", "滞納繰越分を有する世帯について、短期被保険者証の交付時に納付相談を実施し、分納計画の履行状況を管理する。", "継続", True),
        ("③", "高額・長期滞納世帯の一部を市税徴収課へ引き継ぎ、滞納処分を一体的に実施する。", "拡充", False),
    ]),
    "介護保険料": ("介護保険課", [
        ("①", "普通徴収の被保険者に対し、年金からの特別徴収への切替時期を案内し、未納の発生を抑制する。", "継続", False),
        ("②", "時効が迫る債権を月次で抽出し、催告書の送付と臨戸訪問を組み合わせて時効中断を図る。", "新規", False),
    ]),
    "生活保護費返還金": ("生活福祉課", [
        ("①", "返還決定時に分割納付の計画を本人と作成し、保護費からの調整による納付を勧奨する。", "継続", False),
        ("②", "保護廃止後の債務者について、住所調査の上で文書催告を定期的に行い、必要に応じて支払督促の申立てを行う。", "拡充", True),
    ]),
    "市営住宅使用料": ("市営住宅課", [
        ("①", "滞納月数が３か月に達した入居者に対し、連帯保証人への通知と面談を実施する。", "継続", False),
        ("②", "退去者の滞納分について、債権回収業務を弁護士法人に委託し回収を図る。", "継続", False),
    ]),
}
INIT_TARGET = {  # debt -> (R7 目標 収入未済額 百万円, 現年度分収納率目標)
    d: (next(r[3] for r in ROWS if r[0] == d), next(r[1][2] for r in RATES if r[0] == d) if any(r[0] == d for r in RATES) else None)
    for d in INIT}


def build(docx_path: Path):
    d = new_doc(margins_mm=(25, 22, 25, 22))
    header_footer(d, header_text="相模原市財政局税務部")
    para(d, TITLE, font=GOTHIC, size=15, bold=True, align="center", space_after=4)
    para(d, "令和７年４月", align="right", space_after=0)
    para(d, "相模原市債権回収対策推進会議", align="right", space_after=8)
    para(d, "　相模原市債権回収対策基本方針に基づき、令和７年度における債権回収対策等実行計画を策定し、"
            "全庁的な取組を着実に実施することにより、基本方針に掲げる目標の達成を図る。", space_after=6)
    boxed(d, ["【基本方針目標値】",
              "「令和８年度決算における収入未済額を令和３年度比18億5,000万円削減」",
              "＜令和３年度　181億1,000万円　→　令和８年度　162億6,000万円　⇒　18億5,000万円削減＞"],
          width_mm=168, size=10, bold_first=True)
    para(d, "", space_after=4)
    para(d, "１　令和６年度の現状", font=GOTHIC, size=11.5, bold=True, space_before=4, space_after=3)
    for t in [
        "・市税は、現年度分の早期催告と差押えの強化により、収入未済額が前年度に比べ減少した。",
        "・国民健康保険税は、滞納処分の強化により、収納率・収入未済額のいずれも改善した。",
        "・その他の債権は、保育所保育料や市営住宅使用料など収納状況が改善した債権がある一方、生活保護費"
        "返還金や介護保険料では、調定額の増加に伴い収入未済額が増加する傾向にある。",
        "・収入未済額合計は、令和６年度決算見込みで約170億2,000万円となり、前年度に続き減少する見込みである。",
    ]:
        para(d, t, indent_mm=4, first_mm=-4, space_after=2)
    para(d, "２　令和７年度取組目標", font=GOTHIC, size=11.5, bold=True, space_before=6, space_after=3)
    para(d, "　令和７年度決算における収入未済額の目標を「167億1,400万円」とし、基本方針における"
            "「令和８年度決算における目標値（162億6,000万円）」の達成に向けて、債権回収対策に取り組む。",
         space_after=4)
    para(d, "（収入未済額：決算額ベース、単位：百万円）", size=9, align="right", space_after=1)
    t = table(d, 2 + len(ROWS) + 1, 6, [44, 24, 26, 24, 24, 28])
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    m = h0[0].merge(h1[0]); cell_text(m, "区分", align="center", bold=True)
    m = h0[1].merge(h0[3]); cell_text(m, "令和６年度", align="center", bold=True)
    cell_text(h1[1], "目標額(A)", align="center", bold=True)
    cell_text(h1[2], "決算見込額(B)", align="center", bold=True)
    cell_text(h1[3], "差引(B)－(A)", align="center", bold=True)
    cell_text(h0[4], "令和７年度", align="center", bold=True)
    cell_text(h1[4], "目標額", align="center", bold=True)
    cell_text(h0[5], "基本方針目標値", align="center", bold=True)
    cell_text(h1[5], "（令和８年度）", align="center", bold=True)
    for cc in list(h0) + list(h1):
        shade(cc)
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    for k, r in enumerate(ROWS + [TOTAL]):
        cells = t.rows[2 + k].cells
        cell_text(cells[0], r[0])
        for j, v in zip((1, 2, 4, 5), r[1:]):
            cell_text(cells[j], c(v), align="right")
        cell_text(cells[3], c(r[2] - r[1]), align="right")
    para(d, "※ その他は、上記以外の債権（児童扶養手当返還金、奨学金貸付金返還金等）の合計である。", size=8.5,
         space_before=2, space_after=6)

    para(d, "３　収納率の目標（単位：％）", font=GOTHIC, size=11.5, bold=True, space_before=6, space_after=3)
    t2 = table(d, 2 + len(RATES), 7, [40, 20, 20, 20, 20, 20, 20])
    h0, h1 = t2.rows[0].cells, t2.rows[1].cells
    m = h0[0].merge(h1[0]); cell_text(m, "債権名", align="center", bold=True)
    m = h0[1].merge(h0[3]); cell_text(m, "現年度分", align="center", bold=True)
    m = h0[4].merge(h0[6]); cell_text(m, "滞納繰越分", align="center", bold=True)
    for j, lab in enumerate(["令和5年度実績", "6年度見込", "7年度目標"] * 2):
        cell_text(h1[1 + j], lab, align="center", size=8.5, bold=True)
    for cc in list(h0) + list(h1):
        shade(cc)
    for k, (name, cur, arr) in enumerate(RATES):
        cells = t2.rows[2 + k].cells
        cell_text(cells[0], name)
        for j, v in enumerate(cur):
            cell_text(cells[1 + j], f"{v:.2f}", align="right")
        for j, v in enumerate(arr):
            cell_text(cells[4 + j], f"{v:.1f}", align="right")

    para(d, "【参考】令和５年度決算の状況（単位：千円）", font=GOTHIC, size=10.5, bold=True, space_before=8,
         space_after=2)
    t3 = table(d, 1 + len(R5) + 1, 6, [40, 30, 30, 24, 28, 18])
    for j, lab in enumerate(["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]):
        cell_text(t3.rows[0].cells[j], lab, align="center", bold=True)
        shade(t3.rows[0].cells[j])
    repeat_header(t3.rows[0])
    for k, (name, a, w, o) in enumerate(R5 + [R5_TOTAL]):
        cells = t3.rows[1 + k].cells
        col = a - w - o
        cell_text(cells[0], name)
        for j, v in enumerate((a, col, w, o)):
            cell_text(cells[1 + j], c(v), align="right")
        cell_text(cells[5], f"{rate(col, a):.2f}%", align="right")
    para(d, "※ 収納率は、収入済額を調定額で除したもの（現年度分及び滞納繰越分の合計）", size=8.5, space_before=2)

    para(d, "４　債権ごとの取組項目", font=GOTHIC, size=11.5, bold=True, space_before=10, space_after=3)
    for n, (debt, (ka, items)) in enumerate(INIT.items(), 1):
        para(d, f"４－{zen(n)}　取組項目（{debt}）", font=GOTHIC, size=10.5, bold=True, space_before=5,
             space_after=1)
        o7, r7 = INIT_TARGET[debt]
        tgt = f"所管課：{ka}　／　令和７年度目標　収入未済額 {c(o7)}百万円"
        if r7 is not None:
            tgt += f"、現年度分収納率 {r7:.2f}％"
        para(d, tgt, size=9.5, indent_mm=4, space_after=2)
        for lab, text, tag, wrap in items:
            para(d, f"{lab}　{text}【{tag}】", indent_mm=8, first_mm=-5, space_after=2,
                 breaks=(f"【{tag}】",) if wrap else ())
    para(d, "以上", align="right", space_before=8)
    d.save(docx_path)


def gold(pdf: Path):
    texts = page_texts(pdf)
    facts, inits = [], []
    p_box = locate(pdf, "181億1,000万円")
    facts.append(F(None, 2021, "令和３年度", "total", "outstanding", "actual", 18_110_000_000, "yen",
                   "181億1,000万円", p_box, debt_raw=None))
    facts.append(F(None, 2026, "令和８年度", "total", "outstanding", "target", 16_260_000_000, "yen",
                   "162億6,000万円", p_box, debt_raw=None))
    p = locate(pdf, "約170億2,000万円")
    facts.append(F(None, 2024, "令和６年度決算見込み", "total", "outstanding", "estimate", 17_020_000_000, "yen",
                   "約170億2,000万円", p, approx=True, debt_raw=None))
    p = locate(pdf, "目標を「167億1,400万円」")
    facts.append(F(None, 2025, "令和７年度", "total", "outstanding", "target", 16_714_000_000, "yen",
                   "167億1,400万円", p, debt_raw=None))
    p = locate(pdf, "目標値（162億6,000万円）")
    facts.append(F(None, 2026, "令和８年度", "total", "outstanding", "target", 16_260_000_000, "yen",
                   "162億6,000万円", p, debt_raw=None))
    # outstanding table
    p_tab = locate(pdf, "決算額ベース、単位：百万円")
    for r in ROWS + [TOTAL]:
        name = r[0]
        pr = next(i for i in range(p_tab, len(texts) + 1) if raw_norm(name) in texts[i - 1]
                  and raw_norm(c(r[2])) in texts[i - 1])
        debt = None if name in ("その他", "合計") else name
        for (fy, fyr, basis, v) in [(2024, "令和６年度", "target", r[1]), (2024, "令和６年度", "estimate", r[2]),
                                    (2025, "令和７年度", "target", r[3]), (2026, "令和８年度", "target", r[4])]:
            facts.append(F(debt, fy, fyr, "total", "outstanding", basis, v * 1_000_000, "yen", c(v), pr,
                           debt_raw=name))
    p_rt = locate(pdf, "収納率の目標（単位：％）")
    for name, cur, arr in RATES:
        pr = next(i for i in range(p_rt, len(texts) + 1) if raw_norm(name + f"{cur[0]:.2f}") in texts[i - 1])
        for seg, vals, nd in (("current", cur, 2), ("arrears", arr, 1)):
            for (fy, fyr, basis), v in zip([(2023, "令和5年度実績", "actual"), (2024, "6年度見込", "estimate"),
                                            (2025, "7年度目標", "target")], vals):
                facts.append(F(name, fy, fyr, seg, "collection_rate", basis, v, "percent", f"{v:.{nd}f}", pr))
    p_r5 = locate(pdf, "令和５年度決算の状況（単位：千円）")
    for name, a, w, o in R5 + [R5_TOTAL]:
        col = a - w - o
        pr = next(i for i in range(p_r5, len(texts) + 1) if raw_norm(c(a)) in texts[i - 1])
        debt = None if name == "合計" else name
        for metric, v in (("assessed", a), ("collected", col), ("written_off", w), ("outstanding", o)):
            facts.append(F(debt, 2023, "令和５年度", "total", metric, "actual", v * 1000, "yen", c(v), pr,
                           debt_raw=name))
        rv = rate(col, a)
        facts.append(F(debt, 2023, "令和５年度", "total", "collection_rate", "actual", rv, "percent",
                       f"{rv:.2f}%", pr, debt_raw=name))
    for n, (debt, (ka, items)) in enumerate(INIT.items(), 1):
        o7, r7 = INIT_TARGET[debt]
        ph = locate(pdf, f"所管課：{ka}")
        facts.append(F(debt, 2025, "令和７年度", "total", "outstanding", "target", o7 * 1_000_000, "yen",
                       f"{c(o7)}百万円", ph))
        if r7 is not None:
            facts.append(F(debt, 2025, "令和７年度", "current", "collection_rate", "target", r7, "percent",
                           f"{r7:.2f}％", ph))
        for lab, text, tag, wrap in items:
            pi = locate(pdf, text)
            inits.append(I(debt, 2025, f"取組項目（{debt}）", lab, text, tag, pi))
    doc = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2025-04-01", "date_raw": "令和７年４月"}
    return write_gold(STEM, pdf, doc, facts, inits)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    build(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf", "sagamihara")
    gold(pdf)


if __name__ == "__main__":
    main()
