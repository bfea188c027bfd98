"""Frozen set (b): 令和6年度 堺市未収債権の徴収（整理）計画 ―目標及び具体処理策―, Word landscape → PDF.

Modelled on the 目標及び具体処理策 / 徴収（整理）計画 style: a 収入未済額 table (one debt a row, 単位：千円 in the
note: 令和4年度末実績, 令和6年度 整理予定額（不納欠損）, 令和6年度末目標) and a target table with one debt a row:
目標収納率 columns 現年分 | 滞納繰越分 side by side under 実績（令和4年度） | 目標（令和6年度）, values printed
without % (単位：％ in the note), and 具体処理策 in a table cell with several numbered items tagged 【継続】 etc.

Gold decisions: 合計 row city-wide (debt null); 整理予定額（不納欠損） is written_off/target; － cells give no fact;
each ①②③ item in a 具体処理策 cell is one initiative with the tag as status; prose 約 figure approx.
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
from docx.shared import Mm

sys.path.insert(0, str(Path(__file__).resolve().parent))
from plan_progress_common import (OUT_DIR, PDF_DIR, borders, cant_split, fact, find_page, init, page_break, page_field,  # noqa: E402
                    page_texts, para, repeat_header, set_cell, to_pdf, widths, write_gold)

STEM = "sakai_plan_r6_mokuhyo"
CITY = "堺市"
TITLE = "令和6年度 堺市未収債権の徴収（整理）計画"
CIRCLED = "①②③④⑤"

# printed, canonical, 所管課, 未済R4 (千円), 整理予定R6 (千円), 未済目標R6 (千円),
# (実績現年, 実績滞繰, 目標現年, 目標滞繰), items [(tag, text)]
DEBTS = [
    ("市税", "市税", "財政局税務部納税課", 2_184_562, 312_000, 1_820_000, (99.3, 31.2, 99.4, 33.0), [
        ("継続", "納期限後の早期催告と財産調査を徹底し、納付資力のある滞納者には速やかに差押えを行う。"),
        ("拡充", "大阪府と共同で不動産・動産の公売を年2回実施し、換価を進める。"),
        ("新規", "スマートフォン決済アプリによる納付の周知を強化し、期限内納付を促す。"),
    ]),
    ("国民健康保険料", "国民健康保険料", "健康福祉局生活福祉部国民健康保険課", 3_026_118, 498_000, 2_560_000, (93.8, 24.6, 94.1, 26.0), [
        ("継続", "加入手続時に口座振替の申込みを勧奨し、口座振替率の向上を図る。"),
        ("継続", "督促状発送後の未納世帯に対して、民間事業者による電話督励を行う。"),
        ("拡充", "財産調査の結果に基づき、預貯金・給与等の差押えを計画的に実施する。"),
    ]),
    ("介護保険料", "介護保険料", "健康福祉局長寿社会部介護保険課", 412_305, 96_000, 360_000, (98.9, 19.7, 99.0, 21.0), [
        ("継続", "普通徴収の被保険者に対し、納期限後速やかに督促及び催告を行う。"),
        ("継続", "滞納が続く被保険者には給付制限の内容を説明し、納付相談に応じる。"),
    ]),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "健康福祉局生活福祉部医療年金課", 98_744, 21_000, 82_000, (99.5, 33.8, 99.6, 35.0), [
        ("継続", "資格取得直後の普通徴収期間に未納となった被保険者へ早期に納付勧奨を行う。"),
        ("新規", "年金からの特別徴収への切替えを速やかに行い、未納の発生を防ぐ。"),
    ]),
    ("保育所保育料", "保育料", "子ども青少年局子育て支援部幼保推進課", 136_512, 18_000, 112_000, (98.6, 16.4, 98.8, 18.0), [
        ("継続", "児童手当からの徴収を保護者に案内し、保育料の納付に充てる。"),
        ("継続", "入所継続の手続時に未納のある保護者と面談し、分納計画の履行を確認する。"),
        ("拡充", "納付に応じない保護者に対しては財産調査を行い、滞納処分を実施する。"),
    ]),
    ("市営住宅使用料", "市営住宅使用料", "建築都市局住宅部住宅管理課", 284_930, 41_000, 236_000, (97.4, 12.9, 97.6, 14.0), [
        ("継続", "滞納が3か月に達した入居者に連帯保証人への通知と併せて納付指導を行う。"),
        ("継続", "長期滞納者に対しては明渡し請求訴訟等の法的措置を講じる。"),
        ("新規", "退去者の滞納分について債権回収会社への委託を開始する。"),
    ]),
    ("生活保護費返還金", "生活保護費返還金", "健康福祉局生活福祉部生活援護管理課", 1_102_467, 165_000, 1_010_000, (62.3, 3.1, 63.0, 3.5), [
        ("継続", "保護受給中の者については、保護費からの調整による徴収を進める。"),
        ("拡充", "保護廃止後の債務者の居所を調査し、文書・電話による催告を行う。"),
    ]),
    ("母子父子寡婦福祉資金貸付金", "母子父子寡婦福祉資金貸付金", "子ども青少年局子育て支援部子ども家庭課", 176_203, 9_000, 168_000, (None, 4.8, 72.0, 5.2), [
        ("継続", "償還開始前に償還計画を説明し、口座振替による償還を勧奨する。"),
        ("継続", "滞納者及び連帯保証人に対して文書・電話・訪問による督促を行う。"),
    ]),
    ("下水道使用料", "下水道使用料", "上下水道局お客さまセンター", 158_820, 12_000, 140_000, (99.1, 41.5, 99.2, 43.0), [
        ("継続", "給水停止予告と併せた催告により、水道料金と一体で早期回収を図る。"),
    ]),
    ("放課後児童クラブ利用料", "放課後児童健全育成事業保護者負担金", "子ども青少年局子ども育成部子ども育成課", 21_376, 1_200, 18_500, (98.2, 14.1, 98.5, 16.0), [
        ("継続", "利用料の未納が2か月続いた世帯に対し、クラブと連携して納付を依頼する。"),
        ("拡充", "利用継続の申請時に未納の解消を確認し、分納の相談に応じる。"),
    ]),
    ("奨学資金貸付金", "奨学資金貸付金", "教育委員会事務局学務課", 64_918, 3_800, 61_000, (81.6, 6.2, 82.5, 7.0), [
        ("継続", "返還開始前に返還計画を送付し、口座振替による返還を案内する。"),
        ("継続", "滞納者及び連帯保証人に対し、文書・電話による督促を定期的に行う。"),
        ("新規", "所在不明の滞納者について住民票等による居所調査を行う。"),
    ]),
    ("学校給食費", "学校給食費", "教育委員会事務局保健給食課", 28_415, 1_500, 24_000, (99.4, 22.6, 99.5, 24.0), [
        ("継続", "学校と連携し、未納のある保護者に対して文書・電話で納付を依頼する。"),
        ("新規", "就学援助制度の案内を徹底し、新たな未納の発生を防ぐ。"),
    ]),
]


def totals():
    return tuple(sum(d[i] for d in DEBTS) for i in (3, 4, 5))


def oku(k: int) -> tuple[str, int]:
    man = round(k / 1000) * 100
    o, m = divmod(man, 10000)
    return f"約{o}億{m:,}万円", man * 10000


def rt(v) -> str:
    return "－" if v is None else f"{v:.1f}"


def build_docx() -> Path:
    doc = Document()
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Mm(297), Mm(210)
    s.left_margin = s.right_margin = Mm(15)
    s.top_margin, s.bottom_margin = Mm(15), Mm(14)
    hp = s.header.paragraphs[0]
    hp.alignment = AL.RIGHT
    from plan_progress_common import font
    font(hp.add_run("財政局税務部債権管理課"), 8.5)
    fp = s.footer.paragraphs[0]
    fp.alignment = AL.CENTER
    page_field(fp)
    para(doc, TITLE, 16, gothic=True, align=AL.CENTER, after=2)
    para(doc, "―　目標及び具体処理策　―", 13, gothic=True, align=AL.CENTER, after=4)
    para(doc, "令和6年6月", 10.5, align=AL.RIGHT)
    para(doc, "堺市債権管理推進会議", 10.5, align=AL.RIGHT, after=8)
    t_out, t_wo, t_tg = totals()
    so, _ = oku(t_out)
    para(doc, "１　計画の趣旨", 11.5, gothic=True)
    para(doc, "本計画は、堺市債権の管理に関する条例に基づき、未収債権を所管する各課において、債権ごとに徴収と整理の"
              "目標及びその達成に向けた具体処理策を定めるものである。令和4年度決算における対象債権の収入未済額は"
              f"{so}であり、回収の見込みがある債権は徴収を強化し、回収の見込みがない債権は法令に基づき適正に整理する"
              "ことにより、収入未済額の縮減を図る。", indent_mm=4)
    para(doc, "")
    para(doc, "２　収入未済額の状況と縮減目標", 11.5, gothic=True)
    para(doc, "（単位：千円）", 9, align=AL.RIGHT)
    t = doc.add_table(rows=1, cols=6)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(t, outer=12)
    for j, h in enumerate(["No.", "債権名", "所管課", "令和4年度末\n収入未済額（実績）",
                           "令和6年度\n整理予定額（不納欠損）", "令和6年度末\n収入未済額（目標）"]):
        set_cell(t.cell(0, j), h, header=True, size=9.5)
    repeat_header(t.rows[0])
    for i, d in enumerate(DEBTS, 1):
        c = t.add_row().cells
        set_cell(c[0], str(i), size=9.5)
        set_cell(c[1], d[0], align=AL.LEFT, size=9.5)
        set_cell(c[2], d[2], align=AL.LEFT, size=9)
        for j, v in enumerate(d[3:6]):
            set_cell(c[3 + j], f"{v:,}", align=AL.RIGHT, size=9.5)
    c = t.add_row().cells
    m = c[0].merge(c[2])
    set_cell(m, "合　計", bold=True, size=9.5, fill="F2F2F2")
    for j, v in enumerate((t_out, t_wo, t_tg)):
        set_cell(c[3 + j], f"{v:,}", align=AL.RIGHT, bold=True, size=9.5, fill="F2F2F2")
    widths(t, [12, 58, 76, 40, 40, 40])
    para(doc, "※整理予定額は、執行停止後3年の経過、時効の完成等により不納欠損処理を予定する額", 8.5)
    page_break(doc)
    para(doc, "３　目標収納率及び具体処理策", 11.5, gothic=True)
    para(doc, "（単位：％）", 9, align=AL.RIGHT)
    t = doc.add_table(rows=3, cols=6)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(t, outer=12)
    a = t.cell(0, 0).merge(t.cell(2, 0))
    set_cell(a, "債権名", header=True)
    b = t.cell(0, 1).merge(t.cell(0, 4))
    set_cell(b, "目標収納率", header=True)
    c5 = t.cell(0, 5).merge(t.cell(2, 5))
    set_cell(c5, "具体処理策", header=True)
    set_cell(t.cell(1, 1).merge(t.cell(1, 2)), "実績（令和4年度）", header=True, size=9.5)
    set_cell(t.cell(1, 3).merge(t.cell(1, 4)), "目標（令和6年度）", header=True, size=9.5)
    for j in range(2):
        set_cell(t.cell(2, 1 + 2 * j), "現年分", header=True, size=9.5)
        set_cell(t.cell(2, 2 + 2 * j), "滞納繰越分", header=True, size=9)
    for r in t.rows[:3]:
        repeat_header(r)
    for d in DEBTS:
        row = t.add_row()
        cant_split(row)
        c = row.cells
        set_cell(c[0], d[0], align=AL.LEFT, size=9.5)
        for j, v in enumerate(d[6]):
            set_cell(c[1 + j], rt(v), align=AL.RIGHT, size=10)
        items = "\n".join(f"{CIRCLED[k]}【{tag}】{text}" for k, (tag, text) in enumerate(d[7]))
        set_cell(c[5], items, align=AL.LEFT, size=10, hanging_mm=4.5)
        row.height = Mm(15)
    widths(t, [46, 21, 21, 21, 21, 137])
    para(doc, "※実績は令和4年度決算、目標は令和6年度決算における収納率", 8.5)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    src = OUT_DIR / f"{STEM}.docx"
    doc.save(src)
    return src


def gold() -> Path:
    pdf = PDF_DIR / f"{STEM}.pdf"
    texts = page_texts(pdf)
    facts, inits = [], []
    p1 = find_page(texts, "計画の趣旨")
    t_out, t_wo, t_tg = totals()
    so, vo = oku(t_out)
    facts.append(fact(None, None, 2022, "令和4年度", "total", "outstanding", "actual", vo, "yen", so, p1, approx=True))
    p_tab1 = find_page(texts, "収入未済額の状況と縮減目標")
    for d in DEBTS + [("合計", None, None, t_out, t_wo, t_tg)]:
        name, canon = d[0], d[1]
        page = find_page(texts, "収入未済額の状況と縮減目標", "合計") if name == "合計" else \
            find_page(texts, d[2], start=p_tab1)
        raw_name = "合　計" if name == "合計" else name
        for (fy, fyraw, metric, basis), v in zip(((2022, "令和4年度末", "outstanding", "actual"),
                                                  (2024, "令和6年度", "written_off", "target"),
                                                  (2024, "令和6年度末", "outstanding", "target")), d[3:6]):
            facts.append(fact(canon, raw_name, fy, fyraw, "total", metric, basis, v * 1000, "yen", f"{v:,}", page))
    p_tab2 = find_page(texts, "目標収納率及び具体処理策")
    for d in DEBTS:
        name, canon = d[0], d[1]
        first_item = d[7][0][1]
        page = find_page(texts, first_item, start=p_tab2)
        for (fy, fyraw, seg, basis), v in zip(((2022, "令和4年度", "current", "actual"),
                                               (2022, "令和4年度", "arrears", "actual"),
                                               (2024, "令和6年度", "current", "target"),
                                               (2024, "令和6年度", "arrears", "target")), d[6]):
            if v is not None:
                facts.append(fact(canon, name, fy, fyraw, seg, "collection_rate", basis, v, "percent", f"{v:.1f}", page))
        for k, (tag, text) in enumerate(d[7]):
            inits.append(init(canon, name, 2024, "具体処理策", CIRCLED[k], text, tag, page))
    document = {"kind": "plan", "municipality": CITY, "title": TITLE + " ―目標及び具体処理策―",
                "date": "2024-06-01", "date_raw": "令和6年6月"}
    return write_gold(STEM, document, facts, inits)


if __name__ == "__main__":
    src = build_docx()
    print(to_pdf(src, PDF_DIR / f"{STEM}.pdf", profile="frozen_b"))
    print(gold())
