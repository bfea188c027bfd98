"""Frozen set (c): 令和6年度 豊中市 債権回収・整理計画（中間報告）, Word → PDF (progress_report).

Modelled on 豊中市's 債権回収・整理計画（中間報告）: per debt a 【収納率】令和6年12月末時点 bracketed heading over
bullets labelled only by segment (現年分 / 滞納繰越分 / 合計) with the previous year's same month in parentheses;
two debts are reported at 2月末 (令和7年2月末, previous 令和6年2月末 = 2024-02-29, a leap day); some debts add a
【収入未済額】 heading with 12月末 amounts; numbered 【主な取組】 items; a bordered 【参考】令和5年度決算 box with
label：value bullets (調定額・収入済額・収納率・収入未済額).

Gold decisions: interim values have as_of the month end and fiscal_year the 年度 of that date (前年同月 → previous
年度); 【参考】 values are the debt's FY2023 actual totals; prose 約 amounts are city-wide interim approx facts, the
printed decrease is a difference and left out; 主な取組 items are initiatives (status null).
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
from docx.shared import Mm

sys.path.insert(0, str(Path(__file__).resolve().parent))
from plan_progress_common import (OUT_DIR, PDF_DIR, borders, fact, find_page, font, init, page_field, page_texts,  # noqa: E402
                    para, rate, set_cell, to_pdf, widths, write_gold, zen)

STEM = "toyonaka_progress_r6_chukan"
CITY = "豊中市"
TITLE = "令和6年度 債権回収・整理計画（中間報告）"
CIRCLED = "①②③④⑤"
DEC = ("令和6年12月末", "2024-12-31", "2023-12-31", "前年同月")
FEB = ("令和7年2月末", "2025-02-28", "2024-02-29", "令和6年2月末")
SEGS = (("current", "現年分"), ("arrears", "滞納繰越分"), ("total", "合計"))

# printed, canonical, 所管, period, rates {seg: (now, prev)}, outstanding interim {seg: (now, prev)} in 千円 or None,
# 参考 (assessed, collected, written_off) 千円 FY2023, items
DEBTS = [
    ("市税", "市税", "財務部納税課", DEC,
     {"current": (81.37, 80.92), "arrears": (24.18, 22.65), "total": (77.06, 76.31)},
     {"arrears": (781_406, 845_913)},
     (61_482_315, 60_318_442, 101_274), [
         "納期限を過ぎた現年度分の滞納者に対し、休日・夜間の電話催告を実施しました（12月末までに約1万2千件）。",
         "給与・預貯金の差押えを中心に滞納処分を進め、差押件数は前年同期を上回っています。",
         "大阪府と連携したインターネット公売を11月に実施しました。",
     ]),
    ("国民健康保険料", "国民健康保険料", "健康福祉部保険資格課", FEB,
     {"current": (86.94, 86.51), "arrears": (19.72, 18.40)},
     {"current": (412_077, 431_650), "arrears": (702_512, 761_233)},
     (11_928_604, 10_817_335, 188_412), [
         "資格取得の届出時に口座振替の申込みを受け付け、口座振替率は前年同月から上昇しました。",
         "高額滞納世帯について、納税課と合同で財産調査及び差押えを行いました。",
         "短期被保険者証の更新時に納付相談を行い、分納計画の見直しを進めています。",
     ]),
    ("介護保険料", "介護保険料", "福祉部長寿社会政策課", FEB,
     {"current": (96.85, 96.70), "arrears": (17.36, 16.92)},
     None,
     (7_615_230, 7_437_918, 41_206), [
         "普通徴収の未納者に対し、督促状の送付後に催告書を2回送付しました。",
         "滞納期間が長い被保険者に給付制限の内容を説明し、納付を促しています。",
     ]),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "健康福祉部保険資格課", DEC,
     {"current": (79.15, 78.86), "arrears": (35.42, 33.97)},
     None,
     (6_024_871, 5_982_644, 6_120), [
         "資格取得直後の普通徴収期間に未納となった被保険者へ、文書による納付勧奨を行いました。",
         "大阪府後期高齢者医療広域連合と滞納者の情報を共有し、催告の時期をそろえています。",
     ]),
    ("保育施設等利用者負担額", "保育料", "こども未来部こども園事業推進課", DEC,
     {"current": (90.48, 89.97), "arrears": (14.83, 15.26), "total": (84.12, 83.40)},
     {"total": (46_215, 49_872)},
     (1_712_460, 1_668_915, 3_847), [
         "児童手当からの申出による徴収を案内し、12月末までに新たに38世帯から申出を受けました。",
         "入所継続の手続時に未納のある保護者と面談し、納付計画を作成しました。",
     ]),
    ("市営住宅使用料", "市営住宅使用料", "都市計画推進部住宅課", DEC,
     {"current": (92.31, 92.05), "arrears": (11.27, 10.84)},
     None,
     (612_408, 575_216, 4_510), [
         "3か月以上の滞納者に対し、連帯保証人への通知と併せて呼出し面談を行いました。",
         "長期滞納者2件について、明渡し請求訴訟を提起しました。",
         "退去滞納者の債権について、債権回収会社への委託を継続しています。",
     ]),
]

CITY_NOW = 3_118_000   # 千円, interim outstanding of the plan's debts at 12月末 (prose, 約)
CITY_PREV = 3_352_000


def oku(k: int) -> tuple[str, int]:
    man = round(k / 1000) * 100
    o, m = divmod(man, 10000)
    return f"約{o}億{m:,}万円", man * 10000


def bullets_text(period, vals: dict, fmt) -> list[str]:
    out = []
    for seg, label in SEGS:
        if seg in vals:
            now, prev = vals[seg]
            out.append(f"・{label}　{fmt(now)}（{period[3]}　{fmt(prev)}）")
    return out


def build_docx() -> Path:
    doc = Document()
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.left_margin = s.right_margin = Mm(25)
    s.top_margin, s.bottom_margin = Mm(22), Mm(20)
    fp = s.footer.paragraphs[0]
    fp.alignment = AL.CENTER
    font(fp.add_run("- "), 9)
    page_field(fp)
    font(fp.add_run(" -"), 9)
    para(doc, TITLE, 15, gothic=True, align=AL.CENTER, after=6)
    para(doc, "令和7年3月", 10.5, align=AL.RIGHT)
    para(doc, "豊中市 財務部 債権管理課", 10.5, align=AL.RIGHT, after=10)
    para(doc, "１　中間報告の概要", 11.5, gothic=True)
    sn, _ = oku(CITY_NOW)
    sp, _ = oku(CITY_PREV)
    sd, _ = oku(CITY_PREV - CITY_NOW)
    para(doc, "令和6年度債権回収・整理計画に基づく各債権の取組について、上半期以降の進捗状況を取りまとめました。"
              "収納率は原則として令和6年12月末時点の数値ですが、国民健康保険料及び介護保険料は本算定後の納期の"
              "関係から令和7年2月末時点の数値としています。", indent_mm=4, hanging_mm=0)
    para(doc, f"令和6年12月末時点の対象債権の収入未済額は{sn}で、前年同月の{sp}と比べて{sd}減少しています。",
         indent_mm=4)
    para(doc, "")
    para(doc, "２　債権別の進捗状況", 11.5, gothic=True)
    for i, (name, _c, dept, period, rates, outs, ref, items) in enumerate(DEBTS, 1):
        para(doc, "")
        para(doc, f"（{zen(i)}）{name}　〔所管：{dept}〕", 11, gothic=True)
        para(doc, f"【収納率】{period[0]}時点", 10.5, gothic=True, indent_mm=3)
        for b in bullets_text(period, rates, lambda v: f"{v:.2f}％"):
            para(doc, b, 10.5, indent_mm=6)
        if outs:
            para(doc, f"【収入未済額】{period[0]}時点", 10.5, gothic=True, indent_mm=3)
            for b in bullets_text(period, outs, lambda v: f"{v:,}千円"):
                para(doc, b, 10.5, indent_mm=6)
        para(doc, "【主な取組】", 10.5, gothic=True, indent_mm=3)
        for k, text in enumerate(items):
            para(doc, f"{CIRCLED[k]}　{text}", 10.5, indent_mm=6, hanging_mm=5)
        a, c, w = ref
        box = doc.add_table(rows=1, cols=1)
        box.alignment = WD_TABLE_ALIGNMENT.CENTER
        borders(box, outer=6, inner=0)
        lines = ["【参考】令和5年度決算", f"・調定額：{a:,}千円", f"・収入済額：{c:,}千円",
                 f"・収納率：{rate(c, a):.2f}％", f"・収入未済額：{a - c - w:,}千円"]
        set_cell(box.cell(0, 0), "\n".join(lines), size=9.5, align=AL.LEFT)
        widths(box, [110])
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    src = OUT_DIR / f"{STEM}.docx"
    doc.save(src)
    return src


def gold() -> Path:
    pdf = PDF_DIR / f"{STEM}.pdf"
    texts = page_texts(pdf)
    facts, inits = [], []
    p1 = find_page(texts, "中間報告の概要")
    for k, fy, raw_fy, as_of in ((CITY_NOW, 2024, "令和6年12月末", "2024-12-31"),
                                 (CITY_PREV, 2023, "前年同月", "2023-12-31")):
        s, v = oku(k)
        facts.append(fact(None, None, fy, raw_fy, "total", "outstanding", "interim", v, "yen", s, p1,
                          as_of=as_of, approx=True))
    for i, (name, canon, dept, period, rates, outs, ref, items) in enumerate(DEBTS, 1):
        head = f"（{zen(i)}）{name}"
        p_head = find_page(texts, head)

        def where(text: str) -> int:
            return find_page(texts, text, start=p_head)
        for vals, metric, unit, fmt in ((rates, "collection_rate", "percent", lambda v: f"{v:.2f}％"),
                                        (outs or {}, "outstanding", "yen", lambda v: f"{v:,}千円")):
            for seg, label in SEGS:
                if seg not in vals:
                    continue
                now, prev = vals[seg]
                line = f"・{label}　{fmt(now)}（{period[3]}　{fmt(prev)}）"
                page = where(line)
                mult = 1000 if unit == "yen" else 1
                facts.append(fact(canon, name, 2024, period[0], seg, metric, "interim", now * mult, unit, fmt(now),
                                  page, as_of=period[1]))
                facts.append(fact(canon, name, 2023, period[3], seg, metric, "interim", prev * mult, unit, fmt(prev),
                                  page, as_of=period[2]))
        for k, text in enumerate(items):
            inits.append(init(canon, name, 2024, "主な取組", CIRCLED[k], text, None, where(text)))
        a, c, w = ref
        for metric, v, raw in (("assessed", a * 1000, f"{a:,}千円"), ("collected", c * 1000, f"{c:,}千円"),
                               ("collection_rate", rate(c, a), f"{rate(c, a):.2f}％"),
                               ("outstanding", (a - c - w) * 1000, f"{a - c - w:,}千円")):
            label = {"assessed": "調定額", "collected": "収入済額", "collection_rate": "収納率",
                     "outstanding": "収入未済額"}[metric]
            page = where(f"・{label}：{raw}")
            facts.append(fact(canon, name, 2023, "令和5年度", "total", metric, "actual", v,
                              "percent" if metric == "collection_rate" else "yen", raw, page))
    document = {"kind": "progress_report", "municipality": CITY, "title": TITLE, "date": "2025-03-01",
                "date_raw": "令和7年3月"}
    return write_gold(STEM, document, facts, inits)


if __name__ == "__main__":
    src = build_docx()
    print(to_pdf(src, PDF_DIR / f"{STEM}.pdf", profile="frozen_c"))
    print(gold())
