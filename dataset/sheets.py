"""The store as a workbook (Japanese headers, 和暦 beside fiscal years, yen with thousands separators) and as
CSV files (UTF-8 with BOM), one per record type."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

HEADERS: dict[str, str] = {
    "doc_id": "文書ID(sha256)", "file": "ファイル", "stem": "名前", "kind": "種類", "family": "様式", "municipality": "自治体",
    "title": "表題", "date": "日付", "date_raw": "日付(表記)", "pages": "ページ数", "schema_version": "形式版",
    "idx": "番号", "debt": "債権", "debt_raw": "債権(表記)", "fiscal_year": "年度", "fiscal_year_ja": "年度(和暦)",
    "fiscal_year_raw": "年度(表記)", "segment": "区分", "metric": "項目", "basis": "基準", "as_of": "時点", "value": "値",
    "unit": "単位", "approx": "概数", "raw": "表記", "page": "ページ", "area": "区域", "section": "節", "label": "番号表記",
    "text": "本文", "status": "区分(継続/新規/拡充)", "speaker": "発言者",
}
SHEETS = {"documents": "文書", "facts": "数値", "initiatives": "取組", "statements": "発言"}
_YEN_FORMAT = "#,##0"


def _with_wareki(df: pd.DataFrame) -> pd.DataFrame:
    if "fiscal_year" not in df.columns:
        return df
    from normalize.wareki import format_fiscal_year
    pos = list(df.columns).index("fiscal_year") + 1
    ja = [format_fiscal_year(int(y)) if pd.notna(y) else None for y in df["fiscal_year"]]
    out = df.copy()
    out.insert(pos, "fiscal_year_ja", ja)
    return out


def write_xlsx(frames: dict[str, pd.DataFrame], path: Path) -> None:
    """One sheet per record type, Japanese headers, 和暦 beside 年度, yen values formatted #,##0."""
    wb = Workbook()
    wb.remove(wb.active)
    for name, title in SHEETS.items():
        df = _with_wareki(frames[name])
        ws = wb.create_sheet(title)
        ws.append([HEADERS.get(c, c) for c in df.columns])
        cols = list(df.columns)
        for rec in df.itertuples(index=False):
            ws.append([None if (not isinstance(v, str) and pd.isna(v)) else _plain(v) for v in rec])
        if "value" in cols and "unit" in cols:
            vcol, ucol = cols.index("value") + 1, cols.index("unit") + 1
            for r in range(2, ws.max_row + 1):
                if ws.cell(r, ucol).value == "yen":
                    ws.cell(r, vcol).number_format = _YEN_FORMAT
        for j, c in enumerate(cols, 1):
            ws.column_dimensions[get_column_letter(j)].width = 40 if c in ("text", "title", "doc_id") else 14
        ws.freeze_panes = "A2"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


def _plain(v: object) -> object:
    if hasattr(v, "item"):
        return v.item()  # numpy scalar → Python
    return v


def write_csv(frames: dict[str, pd.DataFrame], folder: Path) -> list[Path]:
    """<folder>/<record type>.csv in UTF-8 with BOM, Japanese headers; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in SHEETS:
        df = _with_wareki(frames[name])
        p = folder / f"{name}.csv"
        df.rename(columns=HEADERS).to_csv(p, index=False, encoding="utf-8-sig")
        written.append(p)
    return written
