"""The page model on PDFs drawn here: merged cells, wrapped and vertical text, traps, headers, stitching."""
from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from saiken.extract.chars import page_chars
from saiken.extract.pdf import load_pages, stitch

W, H = 595, 842


def _grid(page: pymupdf.Page, xs: list[float], ys: list[float], skip_v: set[tuple[int, int]] = frozenset(),
          skip_h: set[tuple[int, int]] = frozenset()) -> None:
    """Draw the lines of a grid; skip_v holds (row, x-index) vertical pieces left out (merged cells)."""
    for i, y in enumerate(ys):
        for c in range(len(xs) - 1):
            if (i, c) not in skip_h:
                page.draw_line((xs[c], y), (xs[c + 1], y), width=0.5)
    for j, x in enumerate(xs):
        for r in range(len(ys) - 1):
            if (r, j) not in skip_v:
                page.draw_line((x, ys[r]), (x, ys[r + 1]), width=0.5)


def _text(page: pymupdf.Page, x: float, y: float, s: str, size: float = 9) -> None:
    page.insert_text((x, y), s, fontname="japan", fontsize=size)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pm") / "sample.pdf"
    doc = pymupdf.open()
    xs = [50, 110, 250, 350, 450]
    for n in range(2):
        page = doc.new_page(width=W, height=H)
        _text(page, 250, 30, "債権管理資料（テスト）")  # running header
        _text(page, 290, 820, f"- {n + 1} -")  # page number
        if n == 0:
            _text(page, 50, 80, "１　収納状況　（単位：千円）", 11)
            ys = [100 + 18 * i for i in range(37)]
            # header: 区分 spans two rows (no horizontal line under it); 令和６年度 spans two columns
            _grid(page, xs, ys, skip_h={(1, 0)}, skip_v={(0, 3)})
            _text(page, 55, 122, "区分")
            _text(page, 260, 113, "令和６年度")
            _text(page, 115, 131, "調定額")
            _text(page, 255, 131, "収入済額")
            _text(page, 355, 131, "収納率")
            for r in range(2, 36):
                y = ys[r] + 13
                _text(page, 55, y, f"債権{r - 1}")
                _text(page, 115, y, f"１，{r:03d}，０００")
                _text(page, 255, y, "△1,234")
                _text(page, 355, y, "95.33%")
        else:
            ys = [60 + 20 * i for i in range(6)]
            _grid(page, xs, ys)
            for r in range(5):
                _text(page, 55, ys[r] + 14, f"債権{35 + r}")
                _text(page, 115, ys[r] + 14, "2,000")
            # a tall single cell with a vertical label and wrapped text
            ys2 = [300, 380]
            _grid(page, [50, 70, 450], ys2)
            for k, ch in enumerate("取組状況"):
                _text(page, 55, 315 + 16 * k, ch)
            _text(page, 75, 320, "長い取組の説明が")
            _text(page, 75, 334, "折り返されています。")
            # fake bold and a Kangxi radical in prose
            _text(page, 50, 420, "重点目標")
            _text(page, 50.3, 420, "重点目標")
    doc.save(path)
    return path


def test_header_row_merges_and_folding(sample: Path) -> None:
    pages = load_pages(sample)
    g = pages[0].grids[0]
    assert (g.nrows, g.ncols) == (36, 4)
    rows = g.rows()
    assert rows[0] == ["区分", "", "令和6年度", ""]
    assert rows[1] == ["", "調定額", "収入済額", "収納率"]
    c = g.cell(1, 0)
    assert c is not None and (c.row, c.rowspan) == (0, 2)
    assert rows[2] == ["債権1", "1,002,000", "△1,234", "95.33%"]
    assert g.cells[0].page == 1
    raw = g.rows(raw=True)
    assert raw[2][1] == "１，002，０００"


def test_running_header_and_page_number_removed(sample: Path) -> None:
    pages = load_pages(sample)
    for p in pages:
        assert "債権管理資料（テスト）" not in p.text
        assert f"- {p.number} -" not in p.text
    assert "収納状況" in pages[0].text


def test_table_split_across_pages_is_stitched(sample: Path) -> None:
    tables = stitch(load_pages(sample))
    whole = tables[0]
    assert whole.pages == [1, 2]
    assert whole.nrows == 36 + 5
    assert whole.rows()[-1][:2] == ["債権39", "2,000"]
    assert {c.page for c in whole.cells if c.row >= 36} == {2}


def test_vertical_label_and_wrapped_cell(sample: Path) -> None:
    pages = load_pages(sample)
    g = pages[1].grids[1]
    assert g.rows() == [["取組状況", "長い取組の説明が折り返されています。"]]
    assert g.cells[1].lines == ["長い取組の説明が", "折り返されています。"]


def test_fake_bold_counted(sample: Path) -> None:
    p = load_pages(sample)[1]
    assert "重点目標" in p.text and "重点目標重点目標" not in p.text and "重重" not in p.text
    assert "fake_bold" in {c for c, _ in p.warnings}


class _FakePage:
    """A page whose text layer holds Kangxi radicals (⽬ U+2F6C, ⾦ U+2FA6) as some PDF producers write them."""

    rotation = 0

    def get_text(self, kind: str, flags: int = 0) -> dict[str, object]:
        chars = [{"c": c, "bbox": (10.0 * i, 0.0, 10.0 * i + 9, 10.0)} for i, c in enumerate("数値\u2f6c標\u2fa6額")]
        return {"blocks": [{"lines": [{"dir": (1, 0), "spans": [{"size": 10.0, "chars": chars}]}]}]}


def test_kangxi_radicals_folded_and_counted() -> None:
    chars, stats = page_chars(_FakePage())  # type: ignore[arg-type]
    assert "".join(c.c for c in chars) == "数値目標金額"
    assert "".join(c.raw for c in chars) == "数値\u2f6c標\u2fa6額"
    assert stats.radicals == 2


def test_vertical_writing_columns_read_right_to_left(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=W, height=H)
    _grid(page, [50, 120, 300], [100, 260])
    for x, s in ((95, "収納対策の"), (80, "取組状況")):  # glyphs running top to bottom (dir (0, 1))
        page.insert_text((x, 110), s, fontname="japan", fontsize=10, rotate=-90)
    _text(page, 130, 180, "横書き")
    doc.save(tmp_path / "v.pdf")
    p = load_pages(tmp_path / "v.pdf")[0]
    assert p.grids[0].rows() == [["収納対策の取組状況", "横書き"]]
    assert p.grids[0].cells[0].lines == ["収納対策の", "取組状況"]
    assert all(w.vertical for ln in p.lines[:2] for w in ln.words)


def test_stacked_label_wrapped_into_two_columns(tmp_path: Path) -> None:
    """Excel's 縦書き label too long for its merged cell wraps into a second column on the left, centred."""
    doc = pymupdf.open()
    page = doc.new_page(width=W, height=H)
    _grid(page, [50, 80, 200], [100, 140])
    for k, ch in enumerate("滞納繰"):  # right-hand column, from the top
        _text(page, 65, 112 + 9 * k, ch)
    _text(page, 56, 121, "越")  # left-hand column, centred: starts lower
    _text(page, 85, 124, "調定額")
    path = tmp_path / "stacked.pdf"
    doc.save(path)
    g = load_pages(path)[0].grids[0]
    assert g.rows() == [["滞納繰越", "調定額"]]


def test_close_but_separate_borders_are_not_merged(tmp_path: Path) -> None:
    """A box's left border 1.4 pt from the next table's, far apart along the page, stays its own line."""
    doc = pymupdf.open()
    page = doc.new_page(width=W, height=H)
    _grid(page, [56.7, 110, 250, 320, 450], [72.4, 83.4])
    _grid(page, [55.3, 150, 450], [215, 240, 265])
    for x, t in ((60, "債権名"), (115, "介護保険料"), (255, "所管課名"), (325, "介護保険事業担当")):
        _text(page, x, 81, t, size=7)
    path = tmp_path / "close.pdf"
    doc.save(path)
    g = load_pages(path)[0].grids[0]
    assert g.rows() == [["債権名", "介護保険料", "所管課名", "介護保険事業担当"]]


@pytest.mark.parametrize(("right", "left", "offset", "expected"), [
    ("介護保", "険料", 4.5, "介護保険料"),  # かすが野市 別表: the left column centred half a glyph lower (one "line")
    ("下水道", "使用料", 0.0, "下水道使用料"),  # a full block: the reading that names a debt
])
def test_a_debt_name_stacked_in_two_columns_reads_down_then_left(tmp_path: Path, right: str, left: str, offset: float,
                                                                 expected: str) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=W, height=H)
    _grid(page, [90, 116, 200], [100, 160])
    for k, ch in enumerate(right):
        _text(page, 104, 120 + 9 * k, ch)
    for k, ch in enumerate(left):
        _text(page, 95, 120 + offset + 9 * k, ch)
    _text(page, 130, 130, "2,874,336")
    doc.save(tmp_path / "s.pdf")
    assert load_pages(tmp_path / "s.pdf")[0].grids[0].rows()[0][0] == expected


def test_a_row_edge_left_out_where_the_rows_verticals_start_level(tmp_path: Path, drawing) -> None:  # type: ignore[no-untyped-def]
    """唐津市 (dev31): a 小計 row under the blank band of a taller merged 会計 cell, its top border not drawn, its
    verticals starting level at its top: the row is a row of cells, not one cell across the table."""
    d = drawing()
    p = d.page()
    xs, top, mid, band, bottom = [50, 150, 250, 350, 450], 100.0, 120.0, 135.0, 150.0
    for y in (top, mid, bottom):
        p.draw_line((xs[0], y), (xs[-1], y), width=0.5)
    for x in xs:
        p.draw_line((x, top), (x, mid), width=0.5)
    for x in (xs[0], xs[1]):
        p.draw_line((x, mid), (x, bottom), width=0.5)  # the merged 会計 cell's sides run on down
    for x in xs[2:]:
        p.draw_line((x, band), (x, bottom), width=0.5)  # the 小計 row's verticals start at its (undrawn) top
    d.rows(p, xs, [top, mid], [["介護保険特別会計", "介護保険料", "2,604,550", "29,737"]])
    d.rows(p, xs, [band, bottom], [["", "小計", "2,604,550", "29,737"]])
    pages = load_pages(d.save(tmp_path / "r.pdf"))
    assert ["", "小計", "2,604,550", "29,737"] in [[c.strip() for c in r] for r in pages[0].grids[0].rows()]


def test_notes_of_small_print_beside_a_tables_last_row_stay_two_lines(tmp_path: Path, drawing) -> None:  # type: ignore[no-untyped-def]
    """宇部市 (dev43): two ※ notes in small print, tightly led, under the left table while the right table's last row
    is printed level with them: the notes are two lines of their own, the cell's text joins neither."""
    from saiken.extract.pdf import load_pages
    d = drawing()
    p = d.page(960, 540)
    xs, ys = [554, 700, 910], [161, 200, 240, 272]
    d.grid(p, xs, ys)
    d.rows(p, xs, ys, [["区分", "目標収入額"], ["現年度分", "21,932,100千円"], ["滞納繰越分", "76,800千円"]])
    d.text(p, 36, 252, "※ R6は決算見込（令和7年5月31日現在）。R4・R5は決算額。", size=7)
    d.text(p, 36, 260, "※2 徴収猶予の特例により猶予した額を含む。", size=7)
    page = load_pages(d.save(tmp_path / "u.pdf"))[0]
    notes = [ln.text for ln in page.lines_outside_grids() if ln.text.startswith("※")]
    assert notes == ["※ R6は決算見込(令和7年5月31日現在)。R4・R5は決算額。", "※2 徴収猶予の特例により猶予した額を含む。"]


def test_header_of_dark_cells_parted_by_white_lines_over_an_unruled_row_and_a_ruled_body(tmp_path: Path, drawing) -> None:  # type: ignore[no-untyped-def]
    """栃木市・四日市市 (dev45, HTML printed by a browser): the header's cells filled dark and parted by white lines, the
    first row printed without rules, the other rows ruled: one table, its header the dark cells, 市税 its first row."""
    d = drawing()
    p = d.page()
    xs, ys = [50, 150, 250, 350], [100.0, 120.0]
    for x0, x1 in zip(xs, xs[1:]):
        p.draw_rect(pymupdf.Rect(x0, ys[0], x1, ys[1]), color=None, fill=(0.18, 0.36, 0.54))
    for x in xs:
        p.draw_line((x, ys[0]), (x, ys[1]), color=(1, 1, 1), width=1)
    p.draw_line((xs[0], ys[0]), (xs[-1], ys[0]), color=(1, 1, 1), width=1)
    p.draw_line((xs[0], ys[1]), (xs[-1], ys[1]), color=(1, 1, 1), width=1)
    d.rows(p, xs, ys, [["債権名", "調定額", "収納率"]])
    d.rows(p, xs, [120.0, 140.0], [["市税", "21,456,789", "91.17"]])  # no rules
    body = [140.0, 160.0, 180.0]
    d.grid(p, xs, body)
    d.rows(p, xs, body, [["国民健康保険税", "4,012,345", "86.43"], ["介護保険料", "3,345,678", "96.44"]])
    pages = load_pages(d.save(tmp_path / "h.pdf"))
    rows = [[c.strip() for c in r] for r in stitch(pages)[0].rows()]
    assert rows[:3] == [["債権名", "調定額", "収納率"], ["市税", "21,456,789", "91.17"], ["国民健康保険税", "4,012,345", "86.43"]]


def test_a_header_band_without_lines_and_an_unruled_first_row_over_a_ruled_body(tmp_path: Path, drawing) -> None:  # type: ignore[no-untyped-def]
    """いの町 (dev46): column names on a light band with no lines (令和4年度実績 over 現年度分 | 滞納繰越分, 債権名 set
    between the band's two lines), 町税 printed without rules, the other rows ruled: one table, read down from its
    header."""
    d = drawing()
    p = d.page()
    xs = [50, 150, 230, 310, 390, 470]
    p.draw_rect(pymupdf.Rect(xs[0], 100, xs[-1], 136), color=None, fill=(0.85, 0.9, 0.85))
    d.text(p, 165, 112, "令和4年度実績")
    d.text(p, 325, 112, "令和6年度目標")
    d.text(p, 70, 123, "債権名")
    for x, s in zip(xs[1:], ["現年度分", "滞納繰越分", "現年度分", "滞納繰越分"]):
        d.text(p, x + 6, 132, s)
    d.rows(p, xs, [138.0, 156.0], [["町税", "99.12", "21.40", "99.20", "23.00"]])  # no rules
    body = [158.0, 176.0, 194.0]
    d.grid(p, xs, body)
    d.rows(p, xs, body, [["国民健康保険税", "93.86", "16.90", "94.30", "18.00"], ["介護保険料", "99.10", "18.10", "99.20", "19.00"]])
    pages = load_pages(d.save(tmp_path / "b.pdf"))
    rows = [[c.strip() for c in r] for r in stitch(pages)[0].rows()]
    assert ["町税", "99.12", "21.40", "99.20", "23.00"] in rows
    assert rows.index(["町税", "99.12", "21.40", "99.20", "23.00"]) == len(rows) - 3
    assert any("令和4年度実績" in r for r in rows) and any(r[1:] == ["現年度分", "滞納繰越分"] * 2 for r in rows)


def test_a_double_border_drawn_round_a_table_is_no_row_or_column() -> None:
    """阿波市 (dev57) p2: a box drawn 4 pt outside the table's own border on its top and left: the table keeps its 7
    columns and rows (the frame took every word into one cell before)."""
    from saiken.extract.pdf import load_pages
    from support.cases import ROOT
    g = load_pages(ROOT / "corpus/dev57/pdf/pf_awa_committee_1.pdf")[1].grids[0]
    assert (g.nrows, g.ncols) == (7, 7)
    assert g.rows()[1][2] == "2,684,512,300"


def test_a_table_without_rules_whose_first_row_has_dashes_for_its_changes() -> None:
    """美馬市 (dev65) p4: 年度 | 収入未済額（千円） | 増減額（千円） | 増減率（％） printed without rules, its first row
    「平成30（2018）年度　468,652　－　－」 (one figure, two dashes): the row and the header are the table's."""
    from support.cases import ROOT
    page = load_pages(ROOT / "corpus/dev65/pdf/pw_mima_plan_1.pdf", "never")[3]
    rows = [[c.replace(" ", "") for c in r] for g in page.grids for r in g.rows()]
    assert ["年度", "収入未済額(千円)", "増減額(千円)", "増減率(%)"] in rows
    assert ["平成30(2018)年度", "468,652", "-", "-"] in rows
