"""Tables across pages: captions between the parts, repeated multi-row headers, unrelated tables kept apart."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from saiken.extract.pdf import load_pages, stitch

XS = [50, 150, 300, 450]
HEADER = [["区分", "令和6年度", ""], ["", "調定額", "収入済額"]]


def _body(first: int, n: int) -> list[list[str]]:
    return [[f"債権{first + k}", f"{1000 + k:,}", f"{900 + k:,}"] for k in range(n)]


def _table(d: Any, page: object, top: float, cells: list[list[str]], merged_header: bool = True) -> float:
    """Draw a 3-column ruled table at `top`; returns its bottom."""
    ys = [top + 20 * i for i in range(len(cells) + 1)]
    skip = frozenset({(0, 2)}) if merged_header else frozenset()
    d.grid(page, XS, ys, skip_v=skip)  # type: ignore[arg-type]
    d.rows(page, XS, ys, cells)  # type: ignore[arg-type]
    return ys[-1]


def _two_pages(tmp_path: Path, drawing: Callable[[], Any], first: list[list[str]], top2: float,
               second: list[list[str]], captions: list[str], merged2: bool = True) -> Path:
    d = drawing()
    p1 = d.page()
    d.text(p1, 50, 80, "表1 収納状況")
    _table(d, p1, 100, first)
    p2 = d.page()
    for k, cap in enumerate(captions):
        d.text(p2, 50, top2 - 8 - 14 * (len(captions) - 1 - k), cap)
    _table(d, p2, top2, second, merged_header=merged2)
    return d.save(tmp_path / "t.pdf")


def test_caption_between_parts_and_repeated_two_row_header(tmp_path: Path, drawing: Callable[[], Any]) -> None:
    pdf = _two_pages(tmp_path, drawing, HEADER + _body(1, 32), 110, HEADER + _body(33, 3),
                     ["（続き）", "（単位：千円）"])
    tables = stitch(load_pages(pdf))
    assert len(tables) == 1
    whole = tables[0]
    assert whole.pages == [1, 2]
    assert whole.nrows == 2 + 32 + 3
    rows = whole.rows()
    assert rows[:2] == HEADER
    assert rows[34] == ["債権33", "1,000", "900"]
    assert "区分" not in [r[0] for r in rows[2:]]


def test_unrelated_table_on_next_page_is_not_stitched(tmp_path: Path, drawing: Callable[[], Any]) -> None:
    other = [["項目", "件数", "金額"]] + [[f"事業{k}", f"{k}", f"{k * 100:,}"] for k in range(1, 4)]
    pdf = _two_pages(tmp_path, drawing, HEADER + _body(1, 6), 60, other, [], merged2=False)
    tables = stitch(load_pages(pdf))
    assert [t.pages for t in tables] == [[1], [2]]
    assert tables[1].rows()[0] == ["項目", "件数", "金額"]


def test_body_rows_continue_after_a_short_first_part(tmp_path: Path, drawing: Callable[[], Any]) -> None:
    pdf = _two_pages(tmp_path, drawing, HEADER + _body(1, 6), 60, _body(7, 4), [], merged2=False)
    tables = stitch(load_pages(pdf))
    assert len(tables) == 1 and tables[0].pages == [1, 2]
    assert tables[0].nrows == 2 + 6 + 4


def test_prose_between_parts_blocks_stitching(tmp_path: Path, drawing: Callable[[], Any]) -> None:
    note = "上記のとおり、各債権の収納状況は前年度と比べて改善しており、今後も取組を継続する。"
    pdf = _two_pages(tmp_path, drawing, HEADER + _body(1, 32), 110, HEADER + _body(33, 3), [note])
    assert [t.pages for t in stitch(load_pages(pdf))] == [[1], [2]]


def test_running_header_kept_on_the_page(tmp_path: Path, drawing: Callable[[], Any]) -> None:
    d = drawing()
    for n in range(3):
        p = d.page()
        d.text(p, 300, 30, "テスト市債権管理対策会議 資料")
        d.text(p, 290, 820, f"‒ {n + 1} ‒")
        d.text(p, 50, 100, f"本文 {n + 1} ページ目")
    pages = load_pages(d.save(tmp_path / "r.pdf"))
    for p in pages:
        assert "テスト市" not in p.text and "本文" in p.text
        assert "テスト市債権管理対策会議 資料" in p.running_text()
        assert any(ln.text == f"‒ {p.number} ‒" for ln in p.running)


def test_row_cut_by_the_page_break_is_joined(tmp_path: Path, drawing: Callable[[], Any]) -> None:
    """Word lets a row break across pages: the end of its label opens the next page as a row without figures."""
    first = HEADER + _body(1, 31) + [["無資格受診等返還金", "92,415", "90,000"]]
    second = [["等", "", ""]] + _body(40, 2)
    pdf = _two_pages(tmp_path, drawing, first, 110, HEADER + second, [])
    whole = stitch(load_pages(pdf))[0]
    rows = whole.rows()
    assert ["無資格受診等返還金等", "92,415", "90,000"] in rows
    assert ["等", "", ""] not in rows
    assert rows[-1] == ["債権41", "1,001", "901"]


def test_headless_part_with_columns_sized_to_its_own_text_goes_on(tmp_path: Path, drawing: Callable[[], Any]) -> None:
    """宮浜市's HTML table: the page broke early, and the part on the next page, with no header and nothing above it,
    has its inner columns sized to its own text."""
    d = drawing()
    p1 = d.page()
    d.text(p1, 50, 80, "（2）会計別の収入未済額（単位：円）")
    _table(d, p1, 100, HEADER + _body(1, 6))
    p2 = d.page()
    ys = [60 + 20 * i for i in range(4)]
    xs = [50, 135, 310, 450]  # same outer edges, inner edges moved
    d.grid(p2, xs, ys)
    d.rows(p2, xs, ys, _body(7, 3))
    tables = stitch(load_pages(d.save(tmp_path / "h.pdf")))
    assert [t.pages for t in tables] == [[1, 2]]
    assert tables[0].rows()[-1] == ["債権9", "1,002", "902"]


def test_a_part_with_a_header_of_its_own_and_other_columns_stays_apart(tmp_path: Path,
                                                                       drawing: Callable[[], Any]) -> None:
    d = drawing()
    p1 = d.page()
    _table(d, p1, 100, HEADER + _body(1, 6))
    p2 = d.page()
    ys = [60 + 20 * i for i in range(4)]
    xs = [50, 135, 310, 450]
    d.grid(p2, xs, ys)
    d.rows(p2, xs, ys, [["項目", "件数", "金額"], ["事業1", "1", "100"], ["事業2", "2", "200"]])
    assert [t.pages for t in stitch(load_pages(d.save(tmp_path / "o.pdf")))] == [[1], [2]]


def test_headless_part_at_the_top_of_the_page_goes_on_past_a_remark(tmp_path: Path, drawing: Callable[[], Any]) -> None:
    """よしの台市: a remark under the part on page 1; page 2 opens on the rest of the rows, no header, same columns."""
    d = drawing()
    p1 = d.page()
    bottom = _table(d, p1, 100, HEADER + _body(1, 4))
    d.text(p1, 50, bottom + 20, "滞納繰越分の調定額は前年度末の収入未済額を引き継いだものである。")
    p2 = d.page()
    ys = [60 + 20 * i for i in range(3)]
    d.grid(p2, XS, ys)
    d.rows(p2, XS, ys, _body(5, 2))
    tables = stitch(load_pages(d.save(tmp_path / "r.pdf")))
    assert [t.pages for t in tables] == [[1, 2]] and tables[0].rows()[-1] == ["債権6", "1,001", "901"]


@pytest.mark.parametrize("x, note", [
    (300, "（次ページへ続く）"),  # 上越市: a continued mark under the part on page 1
    (50, "※市税の「うち」は内訳であり、小計には市税の額のみを計上している。"),  # 唐津市 (dev31): a remark, the page
])  # broken early; page 2's part opens with rows shaped like the body rows before
def test_headless_part_with_resized_columns_after_a_note(tmp_path: Path, drawing: Callable[[], Any], x: float,
                                                          note: str) -> None:
    """Page 2's part has no header and its inner columns sized apart from page 1's."""
    d = drawing()
    p1 = d.page()
    bottom = _table(d, p1, 100, HEADER + _body(1, 4))
    d.text(p1, x, bottom + 14, note)
    p2 = d.page()
    ys = [60 + 20 * i for i in range(3)]
    xs = [50, 135, 310, 450]
    d.grid(p2, xs, ys)
    d.rows(p2, xs, ys, _body(5, 2))
    tables = stitch(load_pages(d.save(tmp_path / "n.pdf")))
    assert [t.pages for t in tables] == [[1, 2]] and tables[0].rows()[-1] == ["債権6", "1,001", "901"]


def test_a_table_printed_in_two_halves_side_by_side_is_one(tmp_path: Path, drawing: Callable[[], Any]) -> None:
    """箕面市: 市税 | 国民健康保険料 | 介護保険料 beside 後期高齢者医療保険料 | 保育所保育料 | 合計, the rows labelled once."""
    d = drawing()
    p = d.page()
    ys = [100, 120, 140, 160]
    left, right = [50, 150, 230, 310, 390], [400, 480, 560]
    d.grid(p, left, ys)
    d.rows(p, left, ys, [["", "市税", "国民健康保険料", "介護保険料"], ["R6年度末", "612.5", "402.1", "61.4"],
                         ["R7.9月末", "481.4", "331.7", "52.6"]])
    d.grid(p, right, ys)
    d.rows(p, right, ys, [["保育所保育料", "合計"], ["18.9", "1,109.1"], ["15.9", "891.7"]])
    tables = stitch(load_pages(d.save(tmp_path / "s.pdf")))
    assert len(tables) == 1 and tables[0].ncols == 6
    assert tables[0].rows()[1] == ["R6年度末", "612.5", "402.1", "61.4", "18.9", "1,109.1"]


def test_two_tables_side_by_side_each_with_its_labels_stay_apart(tmp_path: Path, drawing: Callable[[], Any]) -> None:
    d = drawing()
    p = d.page()
    ys = [100, 120, 140]
    left, right = [50, 150, 230], [250, 350, 430]
    d.grid(p, left, ys)
    d.rows(p, left, ys, [["債権名", "徴収率"], ["市税", "54.7"]])
    d.grid(p, right, ys)
    d.rows(p, right, ys, [["債権名", "徴収率"], ["下水道使用料", "49.2"]])
    assert len(stitch(load_pages(d.save(tmp_path / "t.pdf")))) == 2


def test_a_row_drawn_as_a_table_of_its_own_under_its_table_is_put_back(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """上田市: 「収入未済額の目標(百万円) | 450 | 420 | 390」 drawn apart right under 区分 | R6 | R7 | R8 (its label column
    wider): the years of the table above are its years."""
    from saiken.extract.pdf import load_pages, stitch
    d = drawing()
    p = d.page()
    xs, ys = [66, 200, 300, 400, 500], [180, 198, 216, 234]
    d.grid(p, xs, ys)
    d.rows(p, xs, ys, [["区分", "R6", "R7", "R8"], ["現年課税分", "99.20", "99.25", "99.30"], ["計", "97.70", "97.80", "97.90"]])
    low, ly = [66, 260, 340, 420, 500], [250, 268]
    d.grid(p, low, ly)
    d.rows(p, low, ly, [["収入未済額の目標(百万円)", "450", "420", "390"]])
    grids = stitch(load_pages(d.save(tmp_path / "u.pdf")))
    assert len(grids) == 1 and grids[0].nrows == 4 and grids[0].rows()[3] == ["収入未済額の目標(百万円)", "450", "420", "390"]



def test_a_total_row_cut_onto_the_next_page_over_the_label_columns(tmp_path: Path,
                                                                   drawing: Callable[[], Any]) -> None:
    """長浜市 (dev35): the 合計 row alone at the top of the next page, drawn without a top rule, its label cell over
    the table's two label columns (会計 | 債権名): one table, 合計 under both label columns."""
    d = drawing()
    p1 = d.page()
    d.text(p1, 50, 80, "３　主要債権の状況（単位：千円）")
    xs = [50, 120, 220, 330, 450]
    ys = [100 + 20 * i for i in range(5)]
    d.grid(p1, xs, ys)
    d.rows(p1, xs, ys, [["会計", "債権名", "調定額", "収入済額"], ["一般会計", "市税", "17,066,613", "16,534,599"],
                        ["", "保育所保育料", "371,172", "337,931"], ["特別会計", "介護保険料", "8,120,400", "8,051,220"]])
    p2 = d.page()
    for x in (50, 220, 330, 450):
        p2.draw_line((x, 62), (x, 78), width=0.5)
    p2.draw_line((50, 78), (450, 78), width=0.5)
    d.rows(p2, [50, 220, 330, 450], [62, 78], [["合計", "25,558,185", "24,923,750"]])
    tables = stitch(load_pages(d.save(tmp_path / "c.pdf")))
    assert [t.pages for t in tables] == [[1, 2]]
    last = [c for c in tables[0].cells if c.row == tables[0].nrows - 1]
    assert [(c.text.strip(), c.col, c.colspan) for c in last] == [("合計", 0, 2), ("25,558,185", 2, 1),
                                                                 ("24,923,750", 3, 1)]


def test_a_headless_part_under_its_unit_note_after_a_remark_goes_on(tmp_path: Path, drawing: Callable[[], Any]) -> None:
    """上田市 (dev27): the table breaks after a ※ remark; the next page opens with 「（単位：千円）」 over rows with no header
    and columns sized to their own text: one table."""
    d = drawing()
    p1 = d.page()
    d.text(p1, 50, 80, "（1）会計別・債権別の収入状況")
    _table(d, p1, 100, HEADER + _body(1, 4))
    d.text(p1, 50, 240, "※ 市税の「うち」欄は内訳であり、小計には含めない。")
    p2 = d.page()
    d.text(p2, 380, 52, "（単位：千円）")
    ys = [60 + 20 * i for i in range(4)]
    xs = [50, 135, 310, 450]
    d.grid(p2, xs, ys)
    d.rows(p2, xs, ys, _body(5, 3))
    tables = stitch(load_pages(d.save(tmp_path / "u.pdf")))
    assert [t.pages for t in tables] == [[1, 2]]
