"""The label vocabulary of plans with account tables: which printed words mean which metric, segment, basis.

Every function takes folded text (saiken.normalize.text.fold) and looks for the words a ward office prints in table
headers, captions and prose (収入未済額, 収入率, 滞繰分, 目標 …); nothing here depends on one document.
"""
from __future__ import annotations

import re

from saiken.extract.records import Segment
from saiken.extract.statkeys import ARREARS, CURRENT, segment_of as shared_segment
from saiken.normalize.wareki import YearMatch, find_years

#: (pattern, metric) in priority order: the first that matches names the metric.
METRICS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"収入未済|未収金残高|未収金|未収入額"), "outstanding"),
    (re.compile(r"不納欠損"), "written_off"),
    (re.compile(r"収[納入]率|徴収率"), "collection_rate"),
    (re.compile(r"調定額"), "assessed"),
    (re.compile(r"収入済額|収納額|収入額|徴収額"), "collected"),
    (re.compile(r"滞納者数|滞納世帯数"), "delinquents"),
)
MONEY_METRICS = frozenset({"outstanding", "written_off", "assessed", "collected"})

#: A column of differences or shares (増減, 前年度比, 令和4年度との比較, 構成比): no figure of the six metrics.
DIFF_HEADER = re.compile(r"増減|差引?|比較|前年度?比|対前年|伸び|構成比|割合|縮減額")

#: Header words of the columns that name a row: 会計 / 款 / 項 / 債権.
ACCOUNT_HEADER = re.compile(r"^\s*会計")  # 会計名称, 会計区分, 会計 (not 所管局(会計))
LABEL_HEADER = re.compile(r"会計|款|項|節|債権|名称|区分|科目|種別|内訳")
DEBT_HEADER = re.compile(r"債権")
TOTAL_LABEL = re.compile(r"^(?:総?合計|総計|計|全体|全会計)$")
#: Cells that print a debt's class (強制徴収公債権, 私債権, 強 …) rather than its name.
DEBT_CLASS = re.compile(r"^(?:(?:非?強制徴収)?公債権|私債権|[強非私]|(?:公法上|私法上)の債権)$")
#: A 債権 column that classifies rather than names (債権の種類, 債権区分, 種別).
CLASS_HEADER = re.compile(r"種類|種別|分類|性質|債権の?区分")
DASHES = frozenset("-－―‐ー–—…")
#: Headings and items of the numbered text: １ 今後の取組み (top level), (1)特別区民税 / 債権名：… (a debt's part),
#: ①… / ア … (items), and the 【継続】【新規】【拡充】 tags of an item (any bracket).
TOP_HEADING = re.compile(r"^((?:第\s*)?\d{1,2}\s*章?|[Ⅰ-Ⅹ])[\s.．、]\s*(\S[^、。]{1,34})$")
SUBJECT_HEADING = re.compile(r"^[(（]\d{1,2}[)）]\s*(\S[^。、]{0,24})$|^債権(?:の)?名(?:称)?\s*[:：]?\s*(\S[^。、]{0,24})$")
ITEM = re.compile(r"^([①-⑳]|[ア-ン](?=[\s　])|[(（][ア-ン][)）])\s*(.*)$")
#: A (n) line read as an item (its text after the number): (1)【継続】債権管理台帳の整備…周知徹底する。
PAREN_ITEM = re.compile(r"^[(（](\d{1,2})[)）]\s*(\S.*)$")
#: A bullet item (・【継続】…): an item of a 取組 list that is not numbered.
BULLET = re.compile(r"^[・●○◯]\s*(\S.*)$")
STATUS_TAG = re.compile(r"[【〔\[［(（<＜〈]\s*(継続|新規|拡充)\s*[】〕\]］)）>＞〉]")
#: A unit printed in brackets after a label: 収入額(千円), 滞納者数(人), 収納率(%).
LABEL_UNIT = re.compile(r"[(（]\s*(?:単位\s*[:：]?\s*)?(千円|万円|億円|円|人|世帯|件|%|％)\s*[)）]")
MONEY_UNITS = frozenset({"円", "千円", "万円", "億円"})


def compact(text: str) -> str:
    """The text without any white space (for label comparisons: 合  計 → 合計)."""
    return "".join(text.split())


def in_header(pattern: re.Pattern[str], header: str) -> bool:
    """True when a column header, read without its spacing (会　計　区　分, 区 分), matches the pattern."""
    return bool(pattern.search(compact(header)))


def label_unit(text: str, metric: str | None) -> str | None:
    """The unit a label prints in brackets (収入額(千円) → 千円); for a count (滞納世帯数) the unit its word
    implies (世帯, 件, else 人); None when neither applies."""
    if m := LABEL_UNIT.search(text):
        return m.group(1)
    if metric in MONEY_METRICS or metric == "collection_rate":
        return None
    return "世帯" if "世帯" in text else "件" if "件" in text else "人"


def is_money_unit(unit: str | None) -> bool:
    """True for a yen unit (円, 千円, 万円, 億円)."""
    return unit in MONEY_UNITS


def metric_of(text: str) -> str | None:
    """The contract metric a label names (収入未済額 → outstanding); None when it names none."""
    return next((m for pat, m in METRICS if pat.search(text)), None)


def segment_of(text: str) -> Segment | None:
    """current / arrears when the text names 現年 / 滞納繰越 (滞繰, 過年度); total when it names both (現年度分・滞納繰越分
    の計), by the shared lexicon; None otherwise (a 計 alone is the family's own total row or column)."""
    seg = shared_segment(text)
    return seg if seg != "total" or CURRENT.search(text) and ARREARS.search(text) else None  # type: ignore[return-value]


def is_debt_class(text: str) -> bool:
    """True for a cell naming a debt's class (強制徴収公債権, 私債権) instead of the debt."""
    return bool(DEBT_CLASS.match(compact(text)))


def is_total(label: str) -> bool:
    """True for a 合計 / 計 / 総計 row label, however it is spaced."""
    return bool(TOTAL_LABEL.match(compact(label)))


def is_blank(text: str) -> bool:
    """True for an empty cell or one holding only a dash (nothing to report)."""
    s = compact(text)
    return not s or all(c in DASHES for c in s)


def plan_years(text: str) -> list[YearMatch]:
    """The year expressions of a text that denote a 年度, in order: the valid ones, and also 年度 of an era past its
    end (平成３２年度 = 2020, 平成３３年度 = 2021), which plans drafted before an era change print for their later
    years. Other problems (no such month, era year 0, a date outside its era) are left out."""
    return [y for y in find_years(text)
            if y.problem is None or (y.fiscal and y.month is None and (y.era_year or 0) >= 1)]
