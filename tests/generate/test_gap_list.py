"""The （要入力） list beside each draft (.xlsx), and a 取組方針 layout for a city without 個票 data that prints
neither metric codes nor yen as % (issue 12 item 6)."""
from __future__ import annotations

import re
from pathlib import Path

from openpyxl import load_workbook

from saiken.generate.frames import Frames
from saiken.generate.minutes import draft_minutes
from saiken.generate.plan import draft_plan
from support.docx_read import all_text

ROOT = Path(__file__).resolve().parents[2]


def test_gap_list_beside_the_draft(frames: Frames, tmp_path: Path) -> None:
    d = draft_plan(frames, "尼崎市", tmp_path / "推進シート.docx", 2024)
    assert d.gap_list == tmp_path / "推進シート_要入力.xlsx"
    rows = list(load_workbook(d.gap_list).active.iter_rows(values_only=True))
    assert rows[0] == ("番号", "要入力の項目", "場所", "記入内容", "済")
    assert [r[1] for r in rows[1:]] == [g.label for g in d.gaps]
    assert rows[1][0] == 1 and rows[-1][0] == len(d.gaps)


def test_no_gap_list_when_nothing_is_missing(tmp_path: Path) -> None:
    out = tmp_path / "議事要旨.docx"
    (tmp_path / "議事要旨_要入力.xlsx").write_bytes(b"old")
    d = draft_minutes(ROOT / "corpus/meetings/saitama_029.yaml", out)
    assert d.gaps == [] and d.gap_list is None
    assert not (tmp_path / "議事要旨_要入力.xlsx").exists()


def test_kobetsu_layout_for_a_suishin_city_prints_no_codes_nor_yen_as_percent(frames: Frames, tmp_path: Path) -> None:
    d = draft_plan(frames, "尼崎市", tmp_path / "取組方針.docx", 2024, layout="kobetsu")
    text = all_text(d.path)
    assert re.findall(r"[a-z]+_[a-z_]+", text) == []
    assert not re.search(r"\d{4,}(?:\.\d+)?%", text.replace(",", ""))
    assert "収入未済額 （要入力）(1,624,000,000円)" in text
