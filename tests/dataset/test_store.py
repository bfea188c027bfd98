"""The SQLite store: schema, idempotent atomic export, replacement by sha256, workbook and CSV."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from openpyxl import load_workbook

from saiken.dataset.store import SCHEMA, read_frames
from saiken.extract.records import Document, Fact, Minutes, Source, Statement
from saiken.main import main


def _write(folder: Path, stem: str, sha: str, value: int) -> None:
    doc = Document(source=Source(file=f"{stem}.pdf", sha256=sha, pages=3),
                   facts=[Fact(debt="市税", fiscal_year=2021, segment="total", metric="outstanding", basis="actual",
                               value=value, unit="yen", raw=f"{value:,}", page=2),
                          Fact(debt="市税", fiscal_year=2021, metric="collection_rate", value=95.65, unit="percent",
                               raw="95.65%", page=2)],
                   minutes=Minutes(statements=[Statement(speaker="財政局長", text="「市税」は…", page=1)]))
    folder.mkdir(exist_ok=True)
    (folder / f"{stem}.json").write_text(doc.model_dump_json(), encoding="utf-8")


def test_schema_and_idempotent_export(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _write(out, "a", "sha-a", 1_924_837_459)
    _write(out, "b", "sha-b", 5)
    assert main(["export", str(out)]) == 0
    store = out / "saiken.sqlite"
    first = store.read_bytes()
    assert main(["export", str(out)]) == 0
    assert store.read_bytes() == first
    con = sqlite3.connect(store)
    for name, cols in SCHEMA.items():
        assert [r[1] for r in con.execute(f"PRAGMA table_info({name})")] == [c for c, _ in cols]
    con.close()
    frames = read_frames(store)
    assert list(frames["documents"]["doc_id"]) == ["sha-a", "sha-b"]
    assert frames["facts"].iloc[0]["value"] == 1_924_837_459 and frames["statements"].iloc[0]["speaker"] == "財政局長"


def test_reconverted_document_replaces_its_rows(tmp_path: Path) -> None:
    out, other = tmp_path / "out", tmp_path / "other"
    _write(out, "a", "sha-a", 100)
    store = tmp_path / "s.sqlite"
    assert main(["export", str(out), "-o", str(store)]) == 0
    _write(other, "a", "sha-a", 200)
    _write(other, "c", "sha-c", 300)
    assert main(["export", str(other), "-o", str(store)]) == 0
    facts = read_frames(store)["facts"]
    yen = facts[facts["unit"] == "yen"]
    assert sorted(yen["value"]) == [200, 300] and len(facts) == 4


def test_xlsx_and_csv(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _write(out, "a", "sha-a", 1_924_837_459)
    assert main(["export", str(out), "--xlsx", str(tmp_path / "d.xlsx"), "--csv", str(tmp_path / "csv")]) == 0
    wb = load_workbook(tmp_path / "d.xlsx")
    assert wb.sheetnames == ["文書", "数値", "取組", "発言"]
    ws = wb["数値"]
    head = [c.value for c in ws[1]]
    assert "年度(和暦)" == head[head.index("年度") + 1]
    row = {h: c for h, c in zip(head, ws[2])}
    assert row["年度(和暦)"].value == "令和3年度" and row["値"].value == 1_924_837_459
    assert row["値"].number_format == "#,##0"
    raw = (tmp_path / "csv" / "facts.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "債権".encode() in raw


def test_export_missing_folder(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["export", str(tmp_path / "x")]) == 2
    assert capsys.readouterr().err.strip() == f"saiken: エラー: {tmp_path / 'x'}: フォルダが見つかりません"
