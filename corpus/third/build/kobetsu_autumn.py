"""Third-set material C: 令和7年度 第2回 白浜市債権管理委員会 (fictional autumn meeting), .xlsx → LibreOffice Calc.

    python corpus/third/build/kobetsu_autumn.py

The autumn meeting of the 静岡市-type series reports the closed year's figures in statistics tables the spring
editions do not have:
- page 2: 令和6年度 主要債権の収入未済額等の状況 — debts as rows, a two-row header (調定額 / 収入済額 / 収納率 split
  into 現年分 / 滞納繰越分 / 計), 不納欠損額 and 収入未済額, a 合計 row, a '-' cell, (単位：千円) printed above the
  table and 収納率(%) in the header;
- page 3: a 取組個票 of 国民健康保険料 with a one-debt trend table (segments merged down the rows, metrics as rows,
  three 決算 years and a 令和7年8月末時点 column) and a 滞納整理強化期間実施計画 table of text only.
Gold values are computed here from the printed numbers (×1000 for 千円), never from the extractor.
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from corpus.build.kobetsu_gold import canonical  # noqa: E402
from corpus.build.kobetsu_sheets import SheetWriter  # noqa: E402
from corpus.build.office import BUILD_OUT  # noqa: E402
from corpus.third.build.kobetsu_gold import Builder  # noqa: E402
from saiken.extract.records import Fact  # noqa: E402

STEM = "shirahama_kobetsu_r7_2"
TITLE = "令和7年度 第2回白浜市債権管理委員会"
DATE_RAW = "令和7年10月22日(水)"
DATE = "2025-10-22"
MUNICIPALITY = "白浜市"
YEAR = 2024  # the closed 年度 the autumn meeting reports (令和6年度)
SEGMENTS = (("現年分", "current"), ("滞納繰越分", "arrears"), ("計", "total"))

# 千円: (調定額 現年, 調定額 滞繰, 収入済額 現年, 収入済額 滞繰, 不納欠損額 or None for '-')
DEBTS: dict[str, tuple[int, int, int, int, int | None]] = {
    "市税": (48_215_330, 1_512_840, 47_802_115, 402_331, 98_204),
    "国民健康保険料": (9_812_406, 2_104_552, 9_215_377, 398_120, 152_330),
    "介護保険料": (7_402_118, 143_225, 7_351_006, 30_114, 21_806),
    "市営住宅使用料": (1_204_331, 98_776, 1_188_402, 12_402, None),
}
TOTAL_ROW = "合計"
# the 国民健康保険料 trend (千円): column → (調定額 現年, 調定額 滞繰, 収入済額 現年, 収入済額 滞繰)
TREND_COLUMNS = ("令和4年度決算", "令和5年度決算", "令和6年度決算", "令和7年度\n8月末時点")
TREND_YEARS = (2022, 2023, 2024, 2025)
TREND: list[tuple[int, int, int, int]] = [
    (10_102_334, 2_310_418, 9_401_225, 402_117),
    (9_954_210, 2_233_901, 9_301_448, 401_992),
    DEBTS["国民健康保険料"][:4],  # type: ignore[list-item]
    (9_950_000, 2_212_800, 3_012_456, 188_401),
]
AS_OF = "2025-08-31"


def money(v: int) -> str:
    """A figure as printed in a 千円 table: 1,234,567."""
    return f"{v:,}"


def rate(collected: int, assessed: int, percent_sign: bool) -> str:
    """A 収納率 as printed: two decimals, with or without %."""
    return f"{collected / assessed * 100:.2f}" + ("%" if percent_sign else "")


def debt_rows() -> list[tuple[str, list[str]]]:
    """(debt, printed cells) of the page-2 table, the 合計 row last."""
    sums = [sum(d[k] for d in DEBTS.values()) for k in range(4)]
    written = sum(d[4] or 0 for d in DEBTS.values())
    rows: list[tuple[str, list[str]]] = []
    for name, (ac, aa, cc, ca, wo) in [*DEBTS.items(), (TOTAL_ROW, (*sums, written))]:  # type: ignore[list-item]
        outstanding = ac + aa - cc - ca - (wo or 0)
        cells = [money(ac), money(aa), money(ac + aa), money(cc), money(ca), money(cc + ca),
                 money(wo) if wo else "-", money(outstanding),
                 rate(cc, ac, False), rate(ca, aa, False), rate(cc + ca, ac + aa, False)]
        rows.append((name, cells))
    return rows


def trend_rows() -> list[tuple[str, str, list[str]]]:
    """(segment label, metric label, printed cells per column) of the page-3 trend table."""
    out: list[tuple[str, str, list[str]]] = []
    for label, _ in SEGMENTS:
        def pick(t: tuple[int, int, int, int], k: int, lab: str = label) -> int:
            return t[k] + t[k + 1] if lab == "計" else t[k] if lab == "現年分" else t[k + 1]
        out.append((label, "調定額", [money(pick(t, 0)) for t in TREND]))
        out.append((label, "収入済額", [money(pick(t, 2)) for t in TREND]))
        out.append((label, "収納率", [rate(pick(t, 2), pick(t, 0), True) for t in TREND]))
    return out


def cover(wb: Workbook) -> None:
    """Page 1: title, date and 次第."""
    w = SheetWriter(wb.create_sheet("次第"), [6, 70, 18], size=11)
    w.put(2, 1, TITLE, colspan=3, border=False, bold=True, size=16, align="center")
    w.put(4, 2, DATE_RAW, colspan=2, border=False, align="right")
    w.put(6, 1, "次　第", colspan=3, border=False, bold=True, size=14, align="center")
    for k, line in enumerate(("1 【報告】令和6年度 主要債権の収入未済額等の状況 … 資料1",
                              "2 【報告】令和7年度 滞納整理強化期間実施計画(取組個票) … 資料2")):
        w.put(8 + k, 2, line, border=False)
    w.finish(landscape=False)


def status_table(wb: Workbook) -> None:
    """Page 2: the per-debt table of the closed year."""
    w = SheetWriter(wb.create_sheet("状況"), [20] + [11] * 11, size=8)
    w.put(1, 1, "1 令和6年度 主要債権の収入未済額等の状況(決算)", colspan=12, border=False, bold=True, size=12)
    w.put(2, 10, "(単位：千円)", colspan=3, border=False, align="right")
    w.put(3, 1, "債権名", rowspan=2, bold=True, align="center", valign="center")
    for col, head in ((2, "調定額"), (5, "収入済額"), (10, "収納率(%)")):
        w.put(3, col, head, colspan=3, bold=True, align="center")
        for k, (label, _) in enumerate(SEGMENTS):
            w.put(4, col + k, label, bold=True, align="center")
    w.put(3, 8, "不納欠損額", rowspan=2, bold=True, align="center", valign="center")
    w.put(3, 9, "収入未済額", rowspan=2, bold=True, align="center", valign="center")
    for r, (name, cells) in enumerate(debt_rows(), start=5):
        w.put(r, 1, name)
        for k, text in enumerate(cells):
            w.put(r, 2 + k, text, align="right")
    w.finish(landscape=True, header_right="資料1")


def sheet(wb: Workbook) -> None:
    """Page 3: the 取組個票 of 国民健康保険料 with its trend table and the campaign plan."""
    w = SheetWriter(wb.create_sheet("個票"), [12, 12, 18, 18, 18, 18, 12, 20], size=8)
    for k, text in enumerate(["債権名", "国民健康保険料", "所属", "保健福祉局", "総括課", "保険年金課", "債権区分",
                              "B(強制徴収公債権)"]):
        w.put(1, 1 + k, text, bold=k % 2 == 0, valign="center")
    w.blank(2)
    w.put(3, 1, "1. 収納状況の推移", colspan=6, border=False, bold=True, size=10)
    w.put(3, 7, "(単位：千円)", colspan=2, border=False, align="right")
    w.put(4, 1, "区分", colspan=2, bold=True, align="center")
    for k, head in enumerate(TREND_COLUMNS):
        w.put(4, 3 + k, head, bold=True, align="center")
    for r, (seg, metric, cells) in enumerate(trend_rows(), start=5):
        if metric == "調定額":
            w.put(r, 1, seg, rowspan=3, valign="center")
        w.put(r, 2, metric)
        for k, text in enumerate(cells):
            w.put(r, 3 + k, text, align="right")
    w.blank(14)
    w.put(15, 1, "2. 令和7年度 滞納整理強化期間実施計画", colspan=8, border=False, bold=True, size=10)
    w.put(16, 1, "実施期間", colspan=2, bold=True, align="center")
    w.put(16, 3, "取組内容", colspan=4, bold=True, align="center")
    w.put(16, 7, "目標", colspan=2, bold=True, align="center")
    w.put(17, 1, "令和7年11月4日(火)~12月26日(金)", colspan=2)
    w.put(17, 3, "・夜間電話催告 30回(原則、火・木曜日に実施)\n・休日納付相談 2回\n・給与・預金の財産調査の集中実施",
          colspan=4)
    w.put(17, 7, "・差押え 60件以上\n・現年分収納率の前年同期比 0.5ポイント改善", colspan=2)
    w.finish(landscape=True, header_right="資料2")


def workbook() -> Workbook:
    """The whole material, one sheet per page."""
    wb = Workbook()
    wb.remove(wb.active)
    cover(wb)
    status_table(wb)
    sheet(wb)
    return wb


def _fact(b: Builder, debt: str, fy: int, fy_raw: str, seg: str, metric: str, printed: str, page: int,
          basis: str = "actual", as_of: str | None = None) -> None:
    """One gold fact of a 千円 table: yen = printed × 1000, a rate the printed number."""
    number = printed.rstrip("%").replace(",", "")
    is_rate = metric == "collection_rate"
    b.facts.append(Fact(debt=canonical(debt), debt_raw=debt, fiscal_year=fy, fiscal_year_raw=fy_raw,
                        segment=seg, metric=metric, basis=basis, as_of=as_of,  # type: ignore[arg-type]
                        value=float(number) if is_rate else int(number) * 1000,
                        unit="percent" if is_rate else "yen", raw=printed, page=page))


def gold(pdf: Path) -> Builder:
    """Gold facts of both statistics tables (no items: the autumn material has no 取組方針 table)."""
    b = Builder([], [])
    columns = [(m, s) for m in ("assessed", "collected") for _, s in SEGMENTS]
    columns += [("written_off", "total"), ("outstanding", "total")] + [("collection_rate", s) for _, s in SEGMENTS]
    for debt, cells in debt_rows():
        for (metric, seg), printed in zip(columns, cells):
            if printed != "-":
                _fact(b, debt, YEAR, "令和6年度", seg, metric, printed, 2)
    metrics = {"調定額": "assessed", "収入済額": "collected", "収納率": "collection_rate"}
    for seg_label, metric_label, cells in trend_rows():
        seg = dict(SEGMENTS)[seg_label]
        for year, head, printed in zip(TREND_YEARS, TREND_COLUMNS, cells):
            interim = "時点" in head
            _fact(b, "国民健康保険料", year, head.split("\n")[0].removesuffix("決算"), seg, metrics[metric_label],
                  printed, 3, basis="interim" if interim else "actual", as_of=AS_OF if interim else None)
    return b


def main() -> int:
    """Build the material and its gold; non-zero when a gold text is missing from its page."""
    from corpus.third.build.kobetsu import build_one  # the shared build-and-check step of the third set

    BUILD_OUT.mkdir(parents=True, exist_ok=True)
    xlsx = BUILD_OUT / f"{STEM}.xlsx"
    workbook().save(xlsx)
    problems = build_one(sys.modules[__name__], xlsx)
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
