"""Template contexts for plan drafts, built from the dataset (the `saiken export` tables).

Two plan layouts read the same dataset:
- `suishin_context`: 推進シート (尼崎市 type): per debt the 5-year 収納状況 table ending at the last 決算 before the
  target 年度 (T−2), the 目標 table over the plan period, and the 取組 table carried over;
- `kobetsu_context`: 取組方針 / 取組個票 (静岡市 type): per debt the 実績推計 (T−1, with that year's 数値目標), the
  数値目標 for T, the 取組方針 and the 取組 items with their 【継続】【新規】【拡充】 tags.
Facts come from every document of the municipality, a later document overriding an earlier one; a figure that no
document gives becomes a missing `Slot` (placeholder in the draft), never a computed or guessed number.
"""
from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pandas as pd

from saiken.extract.records import Document
from saiken.generate.doc_extras import PolicyExtras, SheetExtras, estimate_note, kobetsu_extras, name_key, suishin_extras
from saiken.generate.frames import Frames
from saiken.generate.jpformat import nendo
from saiken.generate.slots import Slot
from saiken.normalize.text import fold

SEGMENT_LABELS = {"current": "現年", "arrears": "滞納繰越", "total": "計"}
RATE_LABELS = {"current": "現年度分収納率", "arrears": "滞納繰越分収納率", "total": "合計収納率"}
METRIC_LABELS = {"assessed": "調定額", "collected": "収入済額", "collection_rate": "収納率", "written_off": "不納欠損額",
                 "outstanding": "収入未済額", "delinquents": "滞納者数", "rate": "率"}
#: Labels of the other metrics the extraction writes, so that no code (collection_goal) reaches a draft.
OTHER_METRIC_LABELS = {"collection_goal": "徴収目標", "collection_result": "徴収実績",
                       "progress_rate": "進捗率", "handover_cases": "引継件数", "handover_amount": "引継金額",
                       "investigated_arrears": "調査件数", "difference": "増減",
                       "difference_from_peak": "ピーク時からの増減", "rank": "順位", "refund_outstanding": "還付未済額",
                       "achievement_rate": "達成率"}
#: Metrics printed per segment (現年・滞納繰越・計); the others are totals and carry no segment label.
SEGMENTED = ("assessed", "collected", "collection_rate")
BASIS_LABELS = {"actual": "実績", "target": "目標", "estimate": "実績推計", "interim": "途中集計"}
COUNT_UNITS = {"persons": "人", "households": "世帯", "cases": "件", "count": "件"}
#: Sections whose initiatives hold the 取組方針 sentence rather than 取組 items.
POLICY_SECTION = "取組方針"
#: Prose sections of a 推進シート that the dataset does not hold: staff write them (placeholders in the draft).
SHEET_TEXTS = {"office": "所管課名", "overview": "債権の概要", "staffing": "債権管理に係る体制",
               "explanation": "収納状況に関する説明", "review": "債権管理に係る取組の検証"}
#: How many 決算 years the 収納状況 table shows, and how many plan years the 目標 table shows.
ACTUAL_SPAN = 5
TARGET_SPAN = 5
#: The most debts one 取組方針 table puts side by side (one column each), as the committee's pages do.
MAX_COLUMNS = 4


class ContextError(ValueError):
    """The dataset has nothing to draft from for the request (unknown municipality, no debts)."""


def metric_label(metric: str) -> str:
    """The Japanese label of a metric; one the project has not named is shown as その他の指標 (never its code)."""
    return METRIC_LABELS.get(metric) or OTHER_METRIC_LABELS.get(metric) or "その他の指標"


def _blank(v: object) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA


def _debt_key(row: pd.Series) -> str:
    """The debt a row is about: the canonical name, else the printed one without spaces ('市 税' → '市税')."""
    if not _blank(row["debt"]):
        return str(row["debt"])
    return "" if _blank(row["debt_raw"]) else fold(str(row["debt_raw"])).replace(" ", "")


@dataclass(frozen=True)
class Source:
    """The municipality's documents, oldest first, and the one a draft is modelled on (the newest plan)."""

    municipality: str
    documents: pd.DataFrame
    model: pd.Series

    @property
    def family(self) -> str | None:
        """The model document's family (suishin, kobetsu…), which picks the default template; None if unknown."""
        return None if _blank(self.model["family"]) else str(self.model["family"])


def find_source(frames: Frames, municipality: str) -> Source:
    """The documents of `municipality`; raises ContextError naming the municipalities the dataset has."""
    docs = frames["documents"]
    mine = docs[docs["municipality"].fillna("").str.replace(" ", "") == municipality.replace(" ", "")]
    if mine.empty:
        known = "、".join(sorted({str(m) for m in docs["municipality"].dropna()})) or "なし"
        raise ContextError(f"データセットに「{municipality}」の資料がありません（あるのは: {known}）")
    mine = mine.assign(_order=mine["date"].fillna("")).sort_values(["_order", "stem"]).drop(columns="_order")
    plans = mine[mine["kind"].isin(["plan", "committee_material"])]
    model = (plans if not plans.empty else mine).iloc[-1]
    return Source(municipality, mine, model)


def default_year(source: Source) -> int:
    """The 年度 after the model document's: a plan dated 令和5年2月 is for 令和5年度 and a committee held in
    令和8年6月 decides 令和8年度's 取組方針, so the next draft is for the calendar year of the date + 1."""
    date = source.model["date"]
    if _blank(date):
        raise ContextError(f"{source.model['file']}: 資料の日付がないため対象年度を決められません（--year で指定してください）")
    return int(str(date)[:4]) + 1


def precision(row: pd.Series) -> tuple[int, int, int]:
    """How exact a fact is: printed exactly beats 約, a plain yen figure beats one printed in 千円/万円/億円, and
    1,924,837,459 beats 1,924,838,000 (fewer trailing zeros)."""
    value = abs(float(row["value"]))
    zeros = 0
    if row["unit"] != "percent" and value.is_integer() and value:
        n = int(value)
        while n % 10 == 0:
            n //= 10
            zeros += 1
    scaled = any(u in str(row["raw"]) for u in ("千円", "万円", "億円"))
    return (0 if row["approx"] else 1, 0 if scaled else 1, -zeros)


class FactIndex:
    """City-wide facts of some documents, looked up by (debt, 年度, segment, metric, basis): a later document wins,
    and within a document the most exact figure (the 推進シート's yen over a summary table's 千円)."""

    def __init__(self, facts: pd.DataFrame, documents: pd.DataFrame, names: dict[str, str] | None = None) -> None:
        order = {doc_id: i for i, doc_id in enumerate(documents["doc_id"])}
        self.names = names or {}
        mine = facts[facts["doc_id"].isin(order) & facts["area"].isna() & facts["fiscal_year"].notna()]
        self._map: dict[tuple[str, int, str | None, str, str | None], pd.Series] = {}
        self._first: dict[tuple[str, int, str | None, str, str | None], tuple[int, int]] = {}
        rows = sorted(mine.iterrows(), key=lambda kv: (order[kv[1]["doc_id"]], precision(kv[1]), kv[1]["idx"]))
        for _, row in rows:
            seg = None if _blank(row["segment"]) else str(row["segment"])
            basis = None if _blank(row["basis"]) else str(row["basis"])
            key = (_debt_key(row), int(row["fiscal_year"]), seg, str(row["metric"]), basis)
            self._map[key] = row
            place = (order[row["doc_id"]], int(row["idx"]))
            self._first[key] = min(self._first.get(key, place), place)

    def name(self, debt: str) -> str:
        """The debt as the documents print it (the newest document's spelling), for drafts and gap lists."""
        return self.names.get(debt, debt)

    def row(self, debt: str, year: int, segment: str | None, metric: str, basis: str) -> pd.Series | None:
        """The newest fact for the key; for a total metric (segment 'total') a fact with no segment also counts."""
        hit = self._map.get((debt, year, segment, metric, basis))
        if hit is None and segment == "total":
            hit = self._map.get((debt, year, None, metric, basis))
        return hit

    def slot(self, debt: str, year: int, segment: str | None, metric: str, basis: str, label: str | None = None) -> Slot:
        """The fact as a Slot (value None when no document gives it), labelled for the gap list."""
        row = self.row(debt, year, segment, metric, basis)
        seg = SEGMENT_LABELS.get(segment or "", "") if metric in SEGMENTED else ""
        desc = label or f"{seg}{metric_label(metric)}"
        text = f"{self.name(debt)} {nendo(year)} {desc}（{BASIS_LABELS.get(basis, basis)}）"
        if row is None:
            return Slot(None, text)
        value = row["value"]
        if row["unit"] != "percent" and float(value).is_integer():
            value = int(value)
        return Slot(value, text, str(row["unit"]))

    def debts_with(self, metrics: set[str], bases: set[str]) -> list[str]:
        """Debts with a fact of one of those metrics on one of those bases, in the order documents print them."""
        keys = sorted((k for k in self._map if k[3] in metrics and k[4] in bases), key=self._first.__getitem__)
        return list(dict.fromkeys(k[0] for k in keys))

    def year_counts(self, basis: str) -> dict[int, int]:
        """How many facts of `basis` each 年度 has."""
        counts: dict[int, int] = {}
        for k in self._map:
            if k[4] == basis:
                counts[k[1]] = counts.get(k[1], 0) + 1
        return counts

    def years(self, basis: str) -> list[int]:
        """The 年度 that facts of `basis` cover, ascending."""
        return sorted({k[1] for k in self._map if k[4] == basis})

    def keys_for(self, debt: str, years: Iterable[int], bases: Iterable[str]) -> list[tuple[str | None, str]]:
        """(segment, metric) pairs that `debt` has for those years and bases, in first-seen order."""
        ys, bs = set(years), set(bases)
        return list(dict.fromkeys((k[2], k[3]) for k in self._map if k[0] == debt and k[1] in ys and k[4] in bs))


def _initiatives(frames: Frames, source: Source, debt: str) -> pd.DataFrame:
    """The debt's initiatives from the newest document that has any for it (items are never mixed across documents)."""
    init = frames["initiatives"]
    init = init.assign(_key=init.apply(_debt_key, axis=1)) if not init.empty else init.assign(_key=[])
    for doc_id in reversed(list(source.documents["doc_id"])):
        rows = init[(init["doc_id"] == doc_id) & (init["_key"] == debt)]
        if not rows.empty:
            return rows.sort_values("idx")
    return init.iloc[0:0]


def _item(row: pd.Series) -> dict[str, str]:
    """One carried-over 取組 item: label, text and tag (【継続】…, '' when untagged)."""
    status = "" if _blank(row["status"]) else f"【{row['status']}】"
    label = "" if _blank(row["label"]) else str(row["label"])
    return {"label": label, "text": str(row["text"]), "tag": status, "status": "" if not status else str(row["status"])}


def printed_names(frames: Frames, source: Source) -> dict[str, str]:
    """Debt key → the name as printed (spaces removed): the first spelling in the newest document that has it."""
    docs = list(source.documents["doc_id"])
    names: dict[str, str] = {}
    for doc_id in docs:
        seen: dict[str, str] = {}
        for table in ("facts", "initiatives"):
            rows = frames[table][frames[table]["doc_id"] == doc_id].sort_values("idx")
            for _, row in rows.iterrows():
                raw = row["debt_raw"]
                if not _blank(raw):
                    seen.setdefault(_debt_key(row), fold(str(raw)).replace(" ", ""))
        names.update(seen)
    return names


def _debts(frames: Frames, source: Source, index: FactIndex, metrics: set[str], bases: set[str]) -> list[str]:
    """Debts with facts of those metrics and bases or with initiatives, in the order the documents print them."""
    init = frames["initiatives"]
    init = init[init["doc_id"].isin(set(source.documents["doc_id"]))]
    with_items = [_debt_key(r) for _, r in init.sort_values("idx").iterrows()]
    with_facts = index.debts_with(metrics, bases)
    return [d for d in dict.fromkeys(with_facts + with_items) if d]


def _common(source: Source, year: int) -> dict[str, Any]:
    return {"municipality": source.municipality, "year": year, "prev_year": year - 1,
            "source_title": "" if _blank(source.model["title"]) else str(source.model["title"]),
            "source_file": str(source.model["file"])}


def _latest_items(rows: pd.DataFrame, year: int) -> pd.DataFrame:
    """The items in force for 年度 `year`: those of the newest 年度 not after it (all items when none is dated)."""
    years = rows["fiscal_year"].dropna()
    usable = years[years <= year]
    if usable.empty:
        return rows if years.empty else rows[rows["fiscal_year"].isna()]
    return rows[rows["fiscal_year"] == usable.max()]


def _column(rows: pd.DataFrame, year: int, label: str) -> dict[str, Any]:
    picked = _latest_items(rows, year)
    return {"entries": [_item(r) for _, r in picked.iterrows()], "missing": None if len(picked) else Slot(None, label)}


def _measures(rows: pd.DataFrame, debt: str, year: int) -> list[dict[str, Any]]:
    """取組 table rows, one per section: the items in force in T−1 and those carried into T, each with a missing
    Slot when there are none."""
    items = rows[rows["section"].fillna("") != POLICY_SECTION]
    if items.empty:
        return [{"section": Slot(None, f"{debt} 取組の区分"), "prev": _column(items, year - 1, f"{debt} 前年度の取組"),
                 "plan": _column(items, year, f"{debt} 取組")}]
    out: list[dict[str, Any]] = []
    for section, group in items.groupby(items["section"].fillna(""), sort=False):
        name = section or "取組"
        out.append({"section": Slot(name, f"{debt} 取組の区分"),
                    "prev": _column(group, year - 1, f"{debt} {nendo(year - 1)}の取組（{name}）"),
                    "plan": _column(group, year, f"{debt} {nendo(year)}からの取組（{name}）")})
    return out


def sheet_extras(source: Source, docs: dict[str, Document] | None) -> dict[str, SheetExtras]:
    """The texts of the municipality's 推進シート documents (newest last wins), by printed debt name."""
    out: dict[str, SheetExtras] = {}
    for doc_id in source.documents["doc_id"]:
        doc = (docs or {}).get(str(doc_id))
        if doc is not None:
            out.update(suishin_extras(doc))
    return out


def _extras_for(extras: dict[str, Any], debt: str, printed: str, default: Any = None) -> Any:
    """The printed texts of a debt: by its printed name, its key, or the dictionary's canonical name."""
    for key in (name_key(printed), name_key(debt)):
        if key in extras:
            return extras[key]
    from saiken.normalize.debts import match_debt

    for e in extras.values():
        if match_debt(e.debt).canonical == debt:
            return e
    return default if default is not None else SheetExtras(debt=debt)


def plan_start(target_counts: dict[int, int], year: int) -> int:
    """The first 年度 of the 目標 table: while the plan period still runs (targets exist for `year`), the
    TARGET_SPAN-year window around `year` that holds the most targets (a stray target of a former plan quoted in
    a sentence does not shift it), earliest first; else `year` itself."""
    if year not in target_counts:
        return year
    windows = range(year - TARGET_SPAN + 1, year + 1)
    return max(windows, key=lambda s: (sum(target_counts.get(y, 0) for y in range(s, s + TARGET_SPAN)), -s))


def suishin_context(frames: Frames, source: Source, year: int,
                    docs: dict[str, Document] | None = None) -> dict[str, Any]:
    """Context for the 推進シート template: actuals T−6…T−2, the plan's 目標 years, the 取組 carried over; with the
    converted documents (`docs`, by sha256), also what the sheets print beside their figures: 所管課名, 債権の概要,
    the scope note of the 収納状況 table, the 補足説明 of the targets, and targets printed as "-"."""
    index = FactIndex(frames["facts"], source.documents, printed_names(frames, source))
    extras = sheet_extras(source, docs)
    last = year - 2
    actual_years = list(range(last - ACTUAL_SPAN + 1, last + 1))
    start = plan_start(index.year_counts("target"), year)
    target_years = list(range(start, start + TARGET_SPAN))
    sheets = []
    for debt in _debts(frames, source, index, {"assessed", "collected", "collection_rate"}, {"actual", "target"}):
        segments = [{"name": SEGMENT_LABELS[seg],
                     "rows": [{"label": METRIC_LABELS[m] if m != "collection_rate" else "収納率",
                               "cells": [index.slot(debt, y, seg, m, "actual") for y in actual_years]}
                              for m in ("assessed", "collected", "collection_rate")]}
                    for seg in ("current", "arrears", "total")]
        unit = next((str(r["unit"]) for y in actual_years
                     if (r := index.row(debt, y, "total", "delinquents", "actual")) is not None), None)
        rows = _initiatives(frames, source, debt)
        ex = _extras_for(extras, debt, index.name(debt))
        texts = {key: Slot(None, f"{index.name(debt)} {label}") for key, label in SHEET_TEXTS.items()}
        texts["office"] = Slot(ex.office, texts["office"].label)
        texts["overview"] = Slot(ex.overview, texts["overview"].label)

        def target(seg: str, y: int) -> Slot:
            slot = index.slot(debt, y, seg, "collection_rate", "target")
            return Slot("-", slot.label) if slot.missing and (seg, y) in ex.dashes else slot

        sheets.append({
            "name": index.name(debt),
            **texts,
            "scope_note": ex.scope_note or "",
            "remarks": Slot(ex.remarks, f"{index.name(debt)} 目標の補足説明"),
            "segments": segments,
            "written_off": [index.slot(debt, y, "total", "written_off", "actual") for y in actual_years],
            "outstanding": [index.slot(debt, y, "total", "outstanding", "actual", "収入未済額計") for y in actual_years],
            "delinquents": [index.slot(debt, y, "total", "delinquents", "actual") for y in actual_years],
            "delinquents_unit": COUNT_UNITS.get(unit or "", "人"),
            "target_current": [target("current", y) for y in target_years],
            "target_arrears": [target("arrears", y) for y in target_years],
            "target_outstanding": [index.slot(debt, y, "total", "outstanding", "target", "収入未済の目標額")
                                   for y in target_years],
            "measures": _measures(rows, index.name(debt), year),
        })
    if not sheets:
        raise ContextError(f"{source.municipality}: 推進シートにできる債権（収納状況・目標・取組）がデータセットにありません")
    return {**_common(source, year), "actual_years": actual_years, "target_years": target_years,
            "plan_end": target_years[-1], "sheets": sheets}


def _rate_rows(index: FactIndex, debt: str, years: list[int], bases: list[str]) -> list[tuple[str | None, str]]:
    keys = index.keys_for(debt, years, bases)
    return keys or [("current", "collection_rate"), ("arrears", "collection_rate"), ("total", "collection_rate")]


def _row_label(segment: str | None, metric: str) -> str:
    if metric == "collection_rate":
        return RATE_LABELS.get(segment or "total", "収納率")
    prefix = SEGMENT_LABELS[segment] if segment in ("current", "arrears") else ""
    return f"{prefix}{metric_label(metric)}"


def column_groups(tables: list[str | None], size: int = MAX_COLUMNS) -> list[list[int]]:
    """The debts (by index) of each side-by-side table: debts that the source prints in one table stay together,
    in order; the others (None) are grouped as they come; a group wider than `size` is split into the fewest
    tables of at most `size` columns, as evenly as possible (9 → 3 + 3 + 3, 5 → 3 + 2)."""
    runs: list[list[int]] = []
    for i, key in enumerate(tables):
        if runs and tables[runs[-1][0]] == key:
            runs[-1].append(i)
        else:
            runs.append([i])
    out: list[list[int]] = []
    for run in runs:
        count = -(-len(run) // size)
        base, extra = divmod(len(run), count)
        pos = 0
        for j in range(count):
            width = base + (1 if j < extra else 0)
            out.append(run[pos:pos + width])
            pos += width
    return out


def kobetsu_context(frames: Frames, source: Source, year: int,
                    docs: dict[str, Document] | None = None) -> dict[str, Any]:
    """Context for the 取組方針 template: 実績推計 for T−1 (with its 数値目標), 数値目標 for T, 方針, 取組 items; with
    the converted documents (`docs`, by sha256), also what the committee's table prints: the 取組 cell's section
    headings and lead-in sentences in order with the items (`blocks`), the full indicator labels and their notes,
    the 政令市順位 and the note on when the 実績推計 was made.

    `tables` puts the debts side by side, one column each, as the committee prints them: the debts of one source
    table together, at most MAX_COLUMNS per table; `debts` lists them all in order (templates with one table per
    debt). A debt whose 取組方針 and 取組 the source prints in one cell with the column to its left has
    `shares_left` (the draft merges the two cells)."""
    index = FactIndex(frames["facts"], source.documents, printed_names(frames, source))
    extras: dict[str, PolicyExtras] = {}
    note = None
    for doc_id in source.documents["doc_id"]:
        doc = (docs or {}).get(str(doc_id))
        if doc is not None:
            extras.update(kobetsu_extras(doc))
            note = estimate_note(doc) or note
    prev = year - 1
    debts = []
    source_tables: list[str | None] = []
    for debt in _debts(frames, source, index, set(METRIC_LABELS) | {"rate"}, {"estimate", "target"}):
        rate_keys = _rate_rows(index, debt, [prev - 1, prev, year], ["estimate", "target"])
        rows = _latest_items(_initiatives(frames, source, debt), year)
        policy = rows[rows["section"].fillna("") == POLICY_SECTION]["text"].tolist()
        ex = _extras_for(extras, debt, index.name(debt), PolicyExtras(debt=debt))
        source_tables.append(ex.table)
        labels = [_row_label(s, m) for s, m in rate_keys]
        if len(ex.estimate_labels) == len(labels):
            labels = [printed if len(printed) > len(own) else own for own, printed in zip(labels, ex.estimate_labels,
                                                                                          strict=True)]
        debts.append({
            "name": index.name(debt),
            "estimate_rows": [{"label": label,
                               "estimate": index.slot(debt, prev, s, m, "estimate", label),
                               "target": index.slot(debt, prev, s, m, "target", label)}
                              for label, (s, m) in zip(labels, rate_keys, strict=True)],
            "target_rows": [{"label": label, "target": index.slot(debt, year, s, m, "target", label)}
                            for label, (s, m) in zip(labels, rate_keys, strict=True)],
            "notes": ex.notes,
            "rank": ex.rank or "",
            "policy": Slot("\n".join(policy) or None, f"{index.name(debt)} 取組方針"),
            "blocks": [{"kind": b.kind, "text": b.text} for b in ex.blocks],
            "entries": [_item(r) for _, r in rows[rows["section"].fillna("") != POLICY_SECTION].iterrows()],
            "entries_missing": Slot(None, f"{index.name(debt)} 数値目標の達成に向けた取組"),
            "shares_left": False,
        })
        if ex.shares_left and len(source_tables) > 1 and source_tables[-2] == ex.table:
            # the items the dataset gives this debt, if any, are the shared cell's (the left column's) own
            own, left = debts[-1], debts[-2]
            debts[-1]["shares_left"] = [e["text"] for e in own["entries"]] in ([], [e["text"] for e in left["entries"]]) \
                and own["policy"].value in (None, left["policy"].value)
    if not debts:
        raise ContextError(f"{source.municipality}: 取組方針にできる債権（収納率・取組）がデータセットにありません")
    tables = [{"debts": [debts[i] for i in group], "ranked": any(debts[i]["rank"] for i in group)}
              for group in column_groups(source_tables)]
    for t in tables:  # a table's first column has no left neighbour to share a cell with
        t["debts"][0]["shares_left"] = False
    return {**_common(source, year), "debts": debts, "tables": tables, "estimate_note": note or ""}
