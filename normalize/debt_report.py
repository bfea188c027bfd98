"""Which debt names converted documents print, and what the 債権 dictionary makes of each (`saiken debts`)."""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

from .debts import DebtDictionary, load_dictionary
from .errors import NormalizeError

__all__ = ["CSV_HEADER", "DebtUsage", "collect_debt_names", "collect_names", "write_debt_csv"]

#: Column headers of the CSV and the terminal table.
CSV_HEADER = ("債権名（資料の表記）", "正式名", "区分", "コード", "候補", "件数", "資料")


@dataclass
class DebtUsage:
    """One printed debt name: its dictionary match, how often it occurs and in which files."""

    raw: str
    canonical: str | None
    debt_class: str | None
    code: str | None
    candidates: list[str]
    count: int = 0
    files: list[str] = field(default_factory=list)

    def row(self) -> tuple[str, ...]:
        """The CSV/table row; an unknown name shows 不明 and its candidates."""
        return (self.raw, self.canonical or "不明", self.debt_class or "", self.code or "",
                "" if self.canonical else "、".join(self.candidates), str(self.count), "、".join(self.files))


def _names_in(path: Path) -> list[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise NormalizeError(f"{path}: JSONとして読めません ({e})") from e
    if not isinstance(data, dict):
        raise NormalizeError(f"{path}: saiken extract の出力ではありません")
    return _names_of(data)


def _names_of(data: dict[str, object]) -> list[str]:
    items = [*(data.get("facts") or []), *(data.get("initiatives") or [])]
    return [str(i["debt_raw"]).strip() for i in items if isinstance(i, dict) and i.get("debt_raw")]


def collect_debt_names(out_dir: Path, dictionary: DebtDictionary | None = None) -> tuple[list[DebtUsage], list[str]]:
    """Every debt_raw in OUT_DIR/*.json with its match, unknown names first; plus the files that could not be read."""
    dictionary = dictionary or load_dictionary()
    if not out_dir.is_dir():
        raise NormalizeError(f"{out_dir}: フォルダがありません")
    usage: dict[str, DebtUsage] = {}
    skipped: list[str] = []
    for path in sorted(out_dir.glob("*.json")):
        try:
            names = _names_in(path)
        except NormalizeError as e:
            skipped.append(str(e))
            continue
        _count(usage, path.name, names, dictionary)
    return _sorted(usage), skipped


def collect_names(documents: list[tuple[str, dict[str, object]]], dictionary: DebtDictionary | None = None
                  ) -> list[DebtUsage]:
    """Every debt_raw of already-read converted documents (file name, JSON data), unknown names first."""
    dictionary = dictionary or load_dictionary()
    usage: dict[str, DebtUsage] = {}
    for name, data in documents:
        _count(usage, name, _names_of(data), dictionary)
    return _sorted(usage)


def _count(usage: dict[str, DebtUsage], file: str, names: list[str], dictionary: DebtDictionary) -> None:
    for name in names:
        u = usage.get(name)
        if u is None:
            m = dictionary.match(name)
            u = usage[name] = DebtUsage(name, m.canonical, m.debt_class, m.code, m.candidates)
        u.count += 1
        if file not in u.files:
            u.files.append(file)


def _sorted(usage: dict[str, DebtUsage]) -> list[DebtUsage]:
    return sorted(usage.values(), key=lambda u: (u.canonical is not None, u.canonical or "", u.raw))


def write_debt_csv(rows: list[DebtUsage], path: Path) -> None:
    """Write the rows as CSV in UTF-8 with BOM (Excel opens it directly)."""
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(CSV_HEADER)
        w.writerows(u.row() for u in rows)
