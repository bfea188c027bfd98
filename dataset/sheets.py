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
    "text": "本文", "status": "区分(継続/新規/拡充)", "speaker": "発言者", "document": "資料",
}
SHEETS = {"documents": "文書", "facts": "数値", "initiatives": "取組", "statements": "発言"}
#: Japanese labels the workbook shows for the contract's codes (CSV keeps the codes for programs).
LABELS: dict[str, dict[object, str]] = {
    "segment": {"current": "現年", "arrears": "滞繰", "total": "計"},
    "metric": {"assessed": "調定額", "collected": "収入済額", "collection_rate": "収納率", "written_off": "不納欠損額",
               "outstanding": "収入未済額", "delinquents": "滞納者数", "refund_outstanding": "還付未済額",
               "difference": "差額", "rate": "率", "achievement_rate": "達成率"},
    "basis": {"actual": "実績", "target": "目標", "estimate": "見込", "interim": "途中集計"},
    "unit": {"yen": "円", "percent": "%", "points": "ポイント", "persons": "人", "households": "世帯", "cases": "件",
             "count": "件数"},
    "kind": {"committee_material": "委員会資料", "plan": "計画", "progress_report": "進捗報告", "minutes": "議事要旨",
             "unknown": "不明"},
    "family": {"kobetsu": "取組個票型", "progress": "進捗シート型", "suishin": "推進シート型", "kaikei": "会計別表型",
               "minutes": "議事要旨型"},
    "approx": {1: "概数", 0: ""},
}
_YEN_FORMAT = "#,##0"


def _with_wareki(df: pd.DataFrame) -> pd.DataFrame:
    if "fiscal_year" not in df.columns:
        return df
    from saiken.normalize.wareki import format_fiscal_year
    pos = list(df.columns).index("fiscal_year") + 1
    ja = [format_fiscal_year(int(y)) if pd.notna(y) else None for y in df["fiscal_year"]]
    out = df.copy()
    out.insert(pos, "fiscal_year_ja", ja)
    return out


def _for_people(name: str, df: pd.DataFrame, stems: dict[str, str]) -> pd.DataFrame:
    """The sheet as staff read it: codes as Japanese labels (the value's unit is read before it is relabelled),
    and the document's name before its sha256."""
    out = df.copy()
    for col, labels in LABELS.items():
        if col in out.columns:
            out[col] = [labels.get(v, v) if not (not isinstance(v, str) and pd.isna(v)) else v for v in out[col]]
    if "doc_id" in out.columns:
        ids = out.pop("doc_id")
        if name == "documents":
            out["doc_id"] = ids
        else:
            out.insert(0, "doc_id", ids)
            out.insert(0, "document", [stems.get(i, "") for i in ids])
    return out


def write_xlsx(frames: dict[str, pd.DataFrame], path: Path) -> None:
    """One sheet per record type, Japanese headers and labels, 和暦 beside 年度, yen values formatted #,##0, the
    document's name before its sha256."""
    wb = Workbook()
    wb.remove(wb.active)
    docs = frames["documents"]
    stems = dict(zip(docs["doc_id"], docs["stem"], strict=False))
    for name, title in SHEETS.items():
        raw = _with_wareki(frames[name])
        yen = (raw["unit"] == "yen").tolist() if "unit" in raw.columns else []
        df = _for_people(name, raw, stems)
        ws = wb.create_sheet(title)
        ws.append([HEADERS.get(c, c) for c in df.columns])
        cols = list(df.columns)
        for rec in df.itertuples(index=False):
            ws.append([None if (not isinstance(v, str) and pd.isna(v)) else _plain(v) for v in rec])
        if "value" in cols and "unit" in cols:
            vcol = cols.index("value") + 1
            for r, is_yen in enumerate(yen, start=2):
                if is_yen:
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
