"""Tables without (all) vertical borders: columns come from the gaps the rows' text shares."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pymupdf

from saiken.extract.pdf import load_pages

XS = [60, 160, 280, 400, 520]  # column slots the text is written into (not drawn)


def _write_rows(d: Any, page: Any, top: float, cells: list[list[str]], step: float = 18) -> float:
    """Text rows starting at `top` (one per `step`), right-aligned figures; returns the y under the last row."""
    for r, row in enumerate(cells):
        y = top + step * r + 12
        for c, s in enumerate(row):
            if s:
                width = pymupdf.get_text_length(s, fontname="japan", fontsize=9)
                x = XS[c] + 4 if c == 0 or not s[0].isdigit() else XS[c + 1] - 6 - width
                d.text(page, x, y, s)
    return top + step * len(cells)


BODY = [["市税", "1,000", "900", "90.0%"], ["国民健康保険料", "2,000", "1,500", "75.0%"],
        ["介護保険料", "3,000", "2,900", "96.7%"], ["保育料", "400", "380", "95.0%"]]


def test_booktabs_like_table_with_spanning_header(tmp_path: Path, drawing: Callable[[], Any]) -> None:
    d = drawing()
    p = d.page()
    d.text(p, 60, 90, "表1 収納状況（単位：千円）")
    d.hline(p, XS[0], XS[-1], 100, 1.0)  # top rule
    d.text(p, XS[0] + 4, 121, "区分")
    d.text(p, 300, 112, "令和6年度")  # spans the three figure columns
    d.hline(p, XS[1] + 4, XS[-1], 117, 0.4)  # cmidrule under the spanning header
    for c, s in enumerate(["調定額", "収入済額", "収納率"], start=1):
        d.text(p, XS[c] + 30, 130, s)
    d.hline(p, XS[0], XS[-1], 135, 0.6)  # midrule
    bottom = _write_rows(d, p, 137, BODY)
    d.hline(p, XS[0], XS[-1], bottom + 2, 1.0)  # bottom rule
    d.text(p, 60, bottom + 30, "上記のとおり、各債権の収納状況は前年度と比べて改善している。")
    page = load_pages(d.save(tmp_path / "b.pdf"))[0]
    assert len(page.grids) == 1
    g = page.grids[0]
    assert g.ncols == 4
    rows = g.rows()
    assert rows[0] == ["区分", "令和6年度", "", ""]
    assert rows[1] == ["", "調定額", "収入済額", "収納率"]
    assert rows[2:] == BODY
    head = g.cell(0, 1)
    assert head is not None and head.colspan == 3
    label = g.cell(1, 0)
    assert label is not None and (label.row, label.rowspan) == (0, 2)
    assert "上記のとおり" in page.lines_outside_grids()[-1].text


def test_word_style_rule_under_every_row_with_wrapped_cell(tmp_path: Path, drawing: Callable[[], Any]) -> None:
    d = drawing()
    p = d.page()
    cells = [["債権名", "調定額", "収入済額", "収納率"]] + BODY
    ys = [100 + 22 * i for i in range(len(cells) + 1)]
    ys[3:] = [y + 12 for y in ys[3:]]  # row 2 is taller: its name wraps onto two lines
    for y in ys:
        d.hline(p, XS[0], XS[-1], y)
    for r, row in enumerate(cells):
        _write_rows(d, p, ys[r] + 2, [row])
    d.text(p, XS[0] + 4, ys[2] + 28, "（一般）")  # second line of the wrapped name
    g = load_pages(d.save(tmp_path / "w.pdf"))[0].grids[0]
    assert (g.nrows, g.ncols) == (len(cells), 4)
    assert g.rows()[2] == ["国民健康保険料(一般)", "2,000", "1,500", "75.0%"]
    assert g.cell(2, 0).lines == ["国民健康保険料", "(一般)"]  # type: ignore[union-attr]


def test_box_without_inner_verticals(tmp_path: Path, drawing: Callable[[], Any]) -> None:
    d = drawing()
    p = d.page()
    cells = [["債権名", "調定額", "収入済額", "収納率"]] + BODY
    ys = [100 + 20 * i for i in range(len(cells) + 1)]
    d.grid(p, [XS[0], XS[-1]], ys)
    for r, row in enumerate(cells):
        _write_rows(d, p, ys[r] + 1, [row])
    g = load_pages(d.save(tmp_path / "box.pdf"))[0].grids[0]
    assert (g.nrows, g.ncols) == (len(cells), 4)
    assert g.rows() == cells


def test_missing_vertical_pieces_restored_but_true_merges_kept(tmp_path: Path,
                                                                drawing: Callable[[], Any]) -> None:
    d = drawing()
    p = d.page()
    cells = [["債権名", "調定額", "収入済額", "収納率"]] + BODY + [["合計", "", "5,680", ""]]
    ys = [100 + 20 * i for i in range(len(cells) + 1)]
    body = range(1, len(cells) - 1)
    # header fully ruled; body rows lack the vertical between 調定額 and 収入済額; the total row merges
    # its first two columns (label centred over them) and its last two.
    skip = {(r, 2) for r in body} | {(len(cells) - 1, 1), (len(cells) - 1, 4 - 1)}
    d.grid(p, XS, ys, skip_v=frozenset(skip))
    for r, row in enumerate(cells[:-1]):
        _write_rows(d, p, ys[r] + 1, [row])
    d.text(p, 140, ys[-2] + 13, "合計")
    d.text(p, 330, ys[-2] + 13, "5,680")
    g = load_pages(d.save(tmp_path / "part.pdf"))[0].grids[0]
    assert g.ncols == 4
    assert g.rows()[1:-1] == BODY
    total = g.cell(len(cells) - 1, 0)
    assert total is not None and total.colspan == 2 and total.text == "合計"


def test_prose_between_two_rules_is_not_a_table(tmp_path: Path, drawing: Callable[[], Any]) -> None:
    d = drawing()
    p = d.page()
    d.hline(p, 60, 520, 100)
    for k, s in enumerate(["本計画は、市の債権を適正に管理し、収入未済額の縮減を図るため、",
                           "各所管課が取り組む事項を定めるものである。なお、計画期間は",
                           "令和6年度から令和8年度までの3年間とする。"]):
        d.text(p, 64, 116 + 16 * k, s)
    d.hline(p, 60, 520, 160)
    d.text(p, 60, 200, "見出し")
    d.hline(p, 60, 120, 204)  # an underlined heading
    assert load_pages(d.save(tmp_path / "prose.pdf"))[0].grids == []


def test_table_with_no_rules_at_all(tmp_path: Path, drawing: Callable[[], Any]) -> None:
    """桐原市-type 介護保険料 sheet: a header of years and rows of right-aligned figures, no line drawn anywhere; a
    row label wrapped onto a line of its own stays in its row; the prose below is no row."""
    d = drawing()
    p = d.page()
    d.text(p, 60, 90, "（１）収納の状況（単位：千円）")
    for c, s in enumerate(["調定額", "収入済額", "収納率"], start=1):
        d.text(p, XS[c] + 30, 112, s)
    bottom = _write_rows(d, p, 116, BODY[:3] + [["後期高齢者", "500", "495", "99.0%"], ["医療保険料", "", "", ""],
                                              ["保育料", "400", "380", "95.0%"]])
    d.text(p, 60, bottom + 30, "上記のとおり、各債権の収納状況は前年度と比べて改善している。")
    page = load_pages(d.save(tmp_path / "bare.pdf"))[0]
    assert len(page.grids) == 1
    rows = page.grids[0].rows()
    assert rows[0] == ["", "調定額", "収入済額", "収納率"]
    assert rows[1:4] == BODY[:3]
    assert rows[4][0].replace(" ", "") == "後期高齢者医療保険料" and rows[4][1:] == ["500", "495", "99.0%"]
    assert rows[5] == ["保育料", "400", "380", "95.0%"]
    assert "上記のとおり" in page.lines_outside_grids()[-1].text


def test_bullets_of_label_and_figure_are_no_table(tmp_path: Path, drawing: Callable[[], Any]) -> None:
    """【参考】 bullets 「・現年課税分　調定額：…千円　収入済額：…千円」 print figures on every line but in no columns."""
    d = drawing()
    p = d.page()
    for k, s in enumerate(["・現年課税分　調定額：1,702,415千円　収入済額：1,627,509千円",
                           "・滞納繰越分　調定額：339,247千円　収入済額：103,877千円　不納欠損額：22,346千円",
                           "・合計　収入済額：1,731,386千円　収納率：84.80％"]):
        d.text(p, 60, 100 + 16 * k, s)
    page = load_pages(d.save(tmp_path / "bullets.pdf"))[0]
    assert page.grids == []


def test_one_rule_under_two_group_headings_and_row_rules_past_merged_labels(tmp_path: Path,
                                                                          drawing: Callable[[], Any]) -> None:
    """ひばりヶ丘市's committee table: 強制徴収公債権 centred over three debts and 私債権 over one share a single rule;
    the row rules start right of the period and segment labels, which span six and three rows."""
    d = drawing()
    p = d.page(width=842, height=595)
    xs = [60, 130, 200, 270, 370, 470, 570, 670]
    centre = lambda c0, c1, s: (xs[c0] + xs[c1 + 1]) / 2 - pymupdf.get_text_length(s, fontname="japan", fontsize=9) / 2
    d.hline(p, xs[0], xs[-1], 100)
    d.text(p, centre(3, 5, "強制徴収公債権"), 111, "強制徴収公債権")
    d.text(p, centre(6, 6, "私債権"), 111, "私債権")
    d.hline(p, xs[3], xs[-1], 114)  # one rule under both group headings
    d.text(p, centre(1, 2, "区分"), 118, "区分")
    for c, s in enumerate(["市税", "国民健康保険税", "介護保険料", "市営住宅使用料"], start=3):
        d.text(p, centre(c, c, s), 125, s)
    d.hline(p, xs[0], xs[-1], 128)
    figures = [["12,845,310", "3,204,118", "2,210,455", "618,440"], ["11,702,118", "2,655,920", "2,098,771", "560,212"],
               ["91.10", "82.89", "94.95", "90.58"], ["412,566", "842,330", "88,204", "97,515"],
               ["98,204", "146,805", "14,120", "11,076"], ["23.80", "17.43", "16.01", "11.36"]]
    y = 128
    for r, row in enumerate(figures):
        d.text(p, xs[2] + 6, y + 10, ["調定額", "収入済額", "収納率"][r % 3])
        for c, s in enumerate(row, start=3):
            d.text(p, xs[c + 1] - 6 - pymupdf.get_text_length(s, fontname="japan", fontsize=9), y + 10, s)
        y += 14
        d.hline(p, xs[0] if r == 5 else xs[1] if r == 2 else xs[2], xs[-1], y)
    d.text(p, xs[1] + 6, 128 + 14 * 1.5 + 4, "現年分")
    d.text(p, xs[1] + 6, 128 + 14 * 4.5 + 4, "滞納繰越分")
    d.text(p, xs[0] + 4, 128 + 14 * 3 + 4, "令和7年2月末")  # on the row rule it spans
    g = load_pages(d.save(tmp_path / "h.pdf"))[0].grids[0]
    assert g.ncols == 7
    strong, private = g.cell(0, 3), g.cell(0, 6)
    assert strong is not None and strong.text == "強制徴収公債権" and strong.colspan == 3
    assert private is not None and private.text == "私債権" and private.colspan == 1
    period, current = g.cell(2, 0), g.cell(2, 1)
    assert period is not None and (period.text, period.rowspan) == ("令和7年2月末", 6)
    assert current is not None and (current.text, current.rowspan) == ("現年分", 3)
    assert g.rows()[1][3:] == ["市税", "国民健康保険税", "介護保険料", "市営住宅使用料"]
    assert g.filled_rows()[6] == ["令和7年2月末", "滞納繰越分", "収入済額", "98,204", "146,805", "14,120", "11,076"]


def test_a_page_headers_underline_is_no_top_rule_of_the_table_under_it(tmp_path: Path,
                                                                        drawing: Callable[[], Any]) -> None:
    """あけぼの市議会's 別表: the running header's underline has the table's width; the title and unit note under it
    are no row of the table."""
    d = drawing()
    p = d.page()
    d.text(p, 380, 42, "あけぼの市議会　総務常任委員会記録")
    d.hline(p, XS[0], XS[-1], 46)
    d.text(p, XS[0], 70, "別表　主要債権の収入未済額等（令和５年度決算）")
    d.text(p, 400, 90, "（単位：千円、％）")
    ys = [97.5 + 21 * i for i in range(len(BODY) + 2)]
    for y in ys:
        d.hline(p, XS[0], XS[-1], y)
    _write_rows(d, p, ys[0] + 2, [["債権名", "調定額", "収入済額", "収納率"]], step=21)
    _write_rows(d, p, ys[1] + 2, BODY, step=21)
    g = load_pages(d.save(tmp_path / "u.pdf"))[0].grids[0]
    assert g.rows()[0] == ["債権名", "調定額", "収入済額", "収納率"] and g.nrows == len(BODY) + 1


def test_a_boundary_yields_to_the_column_heads_under_a_group_heading() -> None:
    """箕面市: 現年度分 (285–313) over 9月末 (266–285) | 前年同期 (308–336): the cut between the figure columns goes
    between 9月末 and 前年同期, through the group heading."""
    from saiken.extract.gaps import TextRow, place
    rows = [TextRow(153, 165, [(285, 313)]), TextRow(165, 177, [(266, 285), (308, 336)]),
            TextRow(177, 190, [(281, 301), (327, 347)])]
    (x,) = place([(301, 327)], rows)
    assert 301 < x < 308


def test_headings_a_glyph_apart_are_two_but_letter_spaced_pieces_one() -> None:
    """長浜市 (dev35): 調定額 (235.7–259.7) and 収入済額 (268.7–300.7), 9 points apart in a header row 12.8 tall, are two
    headings; 債　権　名 printed letter-spaced is one."""
    from saiken.extract.gaps import TextRow
    from saiken.extract.rules import _headings
    assert _headings(TextRow(140, 152.8, [(235.7, 259.7), (268.7, 300.7)])) == [(235.7, 259.7), (268.7, 300.7)]
    assert _headings(TextRow(140, 152.8, [(60, 68), (76, 84), (92, 100)])) == [(60, 100)]


def test_verticals_drawn_through_the_header_only_hold_down_the_body(tmp_path: Path, drawing: Callable[[], Any]) -> None:
    """世田谷区: the column lines stop under the header; the body prints 現年分 | 99.05 | … and a blank 備考."""
    d = drawing()
    p = d.page()
    xs = [60, 160, 240, 320, 400, 480]
    top, head = 100, 120
    for x in xs:
        p.draw_line((x, top), (x, head), width=0.5)
    p.draw_line((xs[0], head), (xs[0], 220), width=0.5)
    p.draw_line((xs[-1], head), (xs[-1], 220), width=0.5)
    for y in (top, head, 160, 220):
        d.hline(p, xs[0], xs[-1], y)
    for y in (140, 180, 200):
        d.hline(p, xs[1], xs[-1], y)
    for c, s in enumerate(["債権名", "区分", "令和元年度", "令和2年度", "備考"]):
        d.text(p, xs[c] + 4, 114, s)
    body = [("現年分", "99.05", "99.10"), ("滞納繰越分", "41.62", "42.00"), ("現年分", "91.02", "91.30"),
            ("滞納繰越分", "30.15", "31.00"), ("計", "75.44", "76.20")]
    for r, (seg, a, b) in enumerate(body):
        y = [134, 154, 174, 194, 214][r]
        d.text(p, xs[1] + 4, y, seg)
        for x, s in ((xs[3], a), (xs[4], b)):  # right-aligned in their columns
            d.text(p, x - 4 - pymupdf.get_text_length(s, fontname="japan", fontsize=9), y, s)
    d.text(p, xs[0] + 4, 144, "特別区民税")
    d.text(p, xs[0] + 4, 194, "国民健康保険料")
    g = load_pages(d.save(tmp_path / "v.pdf"))[0].grids[0]
    rows = g.filled_rows()
    assert rows[1][:4] == ["特別区民税", "現年分", "99.05", "99.10"] and rows[1][4] == ""
    assert rows[5][:4] == ["国民健康保険料", "計", "75.44", "76.20"]


def test_rows_of_figures_between_the_header_rule_and_the_total_rule_are_rows(tmp_path: Path,
                                                                             drawing: Callable[[], Any]) -> None:
    """豊橋市議会's 別表: rules over and under the header, over 合計 and under it; the debts' rows have none."""
    d = drawing()
    p = d.page()
    d.hline(p, XS[0], XS[-1], 100)
    _write_rows(d, p, 100, [["債権名", "調定額", "収入済額", "収納率"]])
    d.hline(p, XS[0], XS[-1], 120)
    bottom = _write_rows(d, p, 122, BODY)
    d.hline(p, XS[0], XS[-1], bottom + 2)
    end = _write_rows(d, p, bottom + 4, [["合計", "6,400", "5,680", "88.8%"]])
    d.hline(p, XS[0], XS[-1], end + 2)
    g = load_pages(d.save(tmp_path / "t.pdf"))[0].grids[0]
    assert g.rows()[1:] == BODY + [["合計", "6,400", "5,680", "88.8%"]]


def test_two_tables_of_one_width_apart_at_a_note_are_two(tmp_path: Path, drawing: Callable[[], Any]) -> None:
    """名取川市 別表: a rule under every row of two tables of the same width, one under the other, a ※ note and a
    （参考） heading between them: two tables, each with its own columns."""
    d = drawing()
    p = d.page()
    y = 100.0
    for row in [["債権名", "調定額", "収入済額", "収納率"], *BODY]:
        d.hline(p, XS[0], XS[-1], y)
        _write_rows(d, p, y - 2, [row], 12)
        y += 12
    d.hline(p, XS[0], XS[-1], y)
    d.text(p, 60, y + 14, "※収納率＝収入済額÷調定額。千円未満を四捨五入している。")
    d.text(p, 60, y + 30, "（参考）現年分・滞繰分別の収納率")
    y += 44
    for row in [["債権名", "", "現年分", "滞繰分"], ["市税", "", "99.24", "33.80"], ["国民健康保険料", "", "95.02", "27.41"],
                ["介護保険料", "", "99.21", "18.55"]]:
        d.hline(p, XS[0], XS[-1], y)
        _write_rows(d, p, y - 2, [row], 12)
        y += 12
    d.hline(p, XS[0], XS[-1], y)
    grids = load_pages(d.save(tmp_path / "two.pdf"))[0].grids
    assert [g.nrows for g in grids] == [5, 4]
    assert grids[1].rows()[1][-2:] == ["99.24", "33.80"]


def test_white_lines_painted_over_rules_erase_them(tmp_path: Path, drawing: Callable[[], Any]) -> None:
    """豊川市 表3: the verticals inside a group heading (市税 over 現年課税分 | 滞納繰越分) painted over in white: the
    heading is one cell over its two columns."""
    d = drawing()
    p = d.page()
    xs, ys = [60, 160, 230, 300], [100, 118, 136, 154]
    d.grid(p, xs, ys)
    p.draw_line((230, 101), (230, 117), color=(1, 1, 1), width=1.2)
    d.text(p, 64, 112, "年度")
    d.text(p, 215, 112, "市税")
    d.rows(p, xs, ys[1:], [["", "現年課税分", "滞納繰越分"], ["令和5年度", "99.12", "27.85"]])
    g = load_pages(d.save(tmp_path / "w.pdf"))[0].grids[0]
    head = g.cell(0, 2)
    assert head is not None and head.col == 1 and head.colspan == 2 and head.text == "市税"


def test_columns_of_figures_set_close_are_columns(tmp_path: Path, drawing: Callable[[], Any]) -> None:
    """高嶺市 (dev34): 表3 ruled with horizontal lines only, its figure columns four points apart (99.08 99.15 99.22
    99.30 reads as one word): each figure is a cell under its own year."""
    d = drawing()
    p = d.page()
    d.hline(p, 60, 530, 100, 1.0)
    d.hline(p, 60, 530, 118, 0.4)
    w = pymupdf.get_text_length("99.08", fontname="japan", fontsize=9)
    right = [330 + (w + 4) * k for k in range(1, 5)]  # right edges of the close columns, four points apart
    for x, s in zip(right, ["R5実績", "R7", "R8", "R9"]):
        d.text(p, x - pymupdf.get_text_length(s, fontname="japan", fontsize=9), 112, s)
    d.text(p, 64, 112, "債権名")
    d.text(p, 270, 112, "区分")
    body = [["市税", "現年課税分", "99.08", "99.15", "99.22", "99.30"], ["", "滞納繰越分", "30.12", "31.00", "32.00", "33.00"],
            ["国民健康保険税", "現年課税分", "93.66", "93.80", "94.00", "94.20"]]
    for r, row in enumerate(body):
        y = 132 + 16 * r
        d.text(p, 64, y, row[0])
        d.text(p, 270, y, row[1])
        for x, s in zip(right, row[2:]):
            d.text(p, x - pymupdf.get_text_length(s, fontname="japan", fontsize=9), y, s)
    for y, width in ((100, 1.0), (118, 0.4), (170, 1.0)):
        d.hline(p, 60, right[-1] + 4, y, width)
    grids = load_pages(d.save(tmp_path / "c.pdf"))[0].grids
    assert len(grids) == 1
    rows = [[c.strip() for c in r] for r in grids[0].rows()]
    assert ["市税", "現年課税分", "99.08", "99.15", "99.22", "99.30"] in rows
    assert rows[0][-4:] == ["R5実績", "R7", "R8", "R9"]


def test_a_header_cell_wrapped_onto_two_lines_beside_centred_cells_is_one_row(tmp_path: Path,
                                                                              drawing: Callable[[], Any]) -> None:
    """松戸市 (dev36): a table ruled with horizontal lines only whose header cell 「前年同期 / 収入済額」 wraps onto two
    lines while the other headings sit in the middle of the row: one header row, the wrapped cell one heading."""
    d = drawing()
    p = d.page(842, 595)
    xs = [40, 120, 240, 360, 480, 600]
    for y in (100, 124, 138, 152):
        d.hline(p, 40, 760, y)
    for x, s in zip(xs, ["区分", "調定額", "収入済額", "収入未済額", "", "対前年同期比"]):
        d.text(p, x + 6, 115, s)
    d.text(p, 486, 108, "前年同期")
    d.text(p, 486, 120, "収入済額")
    for r, row in enumerate([["現年分", "58,432,615", "37,912,480", "20,520,135", "37,120,455", "102.1%"],
                             ["滞繰分", "1,284,330", "352,907", "931,423", "341,880", "103.2%"]]):
        for x, s in zip(xs, row):
            d.text(p, x + 6, 134 + 14 * r, s)
    grids = load_pages(d.save(tmp_path / "w.pdf"))[0].grids
    assert len(grids) == 1
    rows = [[c.replace(" ", "").replace("\n", "") for c in r] for r in grids[0].rows()]
    assert rows[0] == ["区分", "調定額", "収入済額", "収入未済額", "前年同期収入済額", "対前年同期比"]
    assert len(rows) == 3


def test_a_table_drawn_with_shaded_bands_and_subtotal_rules_is_one_table(tmp_path: Path,
                                                                         drawing: Callable[[], Any]) -> None:
    """米子市 (dev35): no vertical lines, a grey header band, zebra-striped rows and short rules over the 小計 rows
    (from the second column on): one table of every row, 小計 and the account's next debt two rows."""
    d = drawing()
    p = d.page()
    xs = [40, 110, 230, 330, 430, 530]
    rows = [["会計", "債権名", "2021", "2022", "2023"], ["一般会計", "市税", "499,922", "458,069", "423,967"],
            ["", "保育所保育料", "9,842", "8,915", "7,604"], ["", "小計", "509,764", "466,984", "431,571"],
            ["特別会計", "国民健康保険料", "454,563", "420,582", "390,657"], ["", "介護保険料", "41,206", "39,117", "37,482"],
            ["", "後期高齢者医療保険料", "6,311", "5,974", "5,802"], ["", "小計", "502,080", "465,673", "433,941"],
            ["合計", "", "1,011,844", "932,657", "865,512"]]
    for r, row in enumerate(rows):
        top = 400 + 17 * r
        if r % 2 == 0:
            for a, b in zip(xs, xs[1:]):
                p.draw_rect(pymupdf.Rect(a, top, b, top + 17), color=None, fill=(0.9, 0.9, 0.9))
        for x, s in zip(xs, row):
            d.text(p, x + 4, top + 12, s)
    d.hline(p, 110, 530, 400 + 17 * 3, 0.4)
    d.hline(p, 110, 530, 400 + 17 * 7, 0.4)
    d.hline(p, 40, 530, 400 + 17 * 8, 0.8)
    d.hline(p, 40, 530, 400 + 17 * 9, 0.8)
    grids = load_pages(d.save(tmp_path / "z.pdf"))[0].grids
    assert len(grids) == 1
    got = [[c.strip() for c in r] for r in grids[0].rows()]
    assert got[0][:3] == ["会計", "債権名", "2021"] and len(got) == 9
    assert got[3][1:3] == ["小計", "509,764"] and got[4][:3] == ["特別会計", "国民健康保険料", "454,563"]


def test_a_table_of_bound_targets_without_rules_under_its_caption_line(tmp_path: Path,
                                                                       drawing: Callable[[], Any]) -> None:
    """志賀浦市 (dev38): 「計画期間：令和7年度～令和9年度　単位：%(収入未済額は百万円)」 over a table with no rules whose
    target cells are bounds (99.15以上): the caption line is no header row, the bounds are figures."""
    d = drawing()
    p = d.page()
    d.text(p, 56, 270, "計画期間：令和7年度～令和9年度")
    d.text(p, 380, 270, "単位：%(収入未済額は百万円)")
    xs = [30, 100, 200, 280, 380, 480]
    rows = [["債権名", "指標", "R5実績", "R7", "R8", "R9"],
            ["市税", "収納率(現年)", "99.08", "99.15以上", "99.20以上", "99.30以上"],
            ["市税", "収納率(滞繰)", "28.35", "29.00以上", "29.50以上", "30.00以上"],
            ["全会計", "収入未済額", "4,119.6", "3,900.0以下", "3,700.0以下", "3,500.0以下"]]
    for r, row in enumerate(rows):
        for x, s in zip(xs, row):
            d.text(p, x, 292 + 19 * r, s)
    grids = load_pages(d.save(tmp_path / "b.pdf"))[0].grids
    assert len(grids) == 1 and grids[0].rows()[0][:3] == ["債権名", "指標", "R5実績"] and grids[0].nrows == 4


def test_a_page_headers_underline_far_above_the_caption_and_a_blank_band_are_no_rows(tmp_path: Path,
                                                                                     drawing: Callable[[], Any]) -> None:
    """飯塚市 (dev39): the page header's underline, as wide as the table's rules, with the table's caption and unit note
    three lines under it: no top rule of the table; on the next page, the same underline over nothing but the rule
    of the table's next row: no blank row."""
    d = drawing()
    for k in range(2):
        p = d.page()
        d.text(p, 389, 30, "飯塚市債権管理計画")
        d.hline(p, 56, 539, 36, 0.4)
        top = 92 if k == 0 else 56
        if k == 0:
            d.text(p, 56, 72, "（３）令和６年度　債権別の収納状況", size=11)
            d.text(p, 471, 86, "（単位：円、％）")
            for x, s in zip([86, 171, 260, 334, 512], ["会計", "債権名", "調定額", "収入済額", "収納率"]):
                d.text(p, x, 106, s)
            d.hline(p, 56, 539, 92, 1.2)
            d.hline(p, 56, 539, 112, 0.8)
            top = 112
        rows = [["", "市税", "18,602,455", "17,113,204", "91.99"],
                ["", "保育所保育料", "412,355", "396,880", "96.25"],
                ["一般会計", "生活保護費返還金", "312,450", "101,233", "32.40"]]
        for r, row in enumerate(rows):
            for x, s in zip([60, 137, 247, 325, 512], row):
                d.text(p, x, top + 15 + 20 * r, s)
        d.hline(p, 56, 539, top + 70, 0.8)
    pages = load_pages(d.save(tmp_path / "u.pdf"))
    first, second = pages[0].grids[0], pages[1].grids[0]
    assert first.rows()[0][:2] == ["会計", "債権名"]
    assert second.rows()[0][1] == "市税"


def test_the_sheets_debt_line_and_caption_ruled_like_rows_are_no_rows(tmp_path: Path,
                                                                      drawing: Callable[[], Any]) -> None:
    """土岐野市 (dev39): an Excel sheet printed with a rule under every row, its 「債権名　国民健康保険税（保険年金課）」 line
    and 「1 収納状況の推移 (単位：千円、%)」 caption between rules of the table's width over the header: no rows of it."""
    d = drawing()
    p = d.page(842, 595)
    for y in (70, 85, 115, 130, 145, 160):
        d.hline(p, 39, 802, y, 0.75)
    d.text(p, 40, 81, "債権名　国民健康保険税　（保険年金課 国保収納係）")
    d.text(p, 40, 111, "1　収納状況の推移")
    d.text(p, 720, 111, "（単位：千円、%）")
    xs = [67, 160, 280, 400, 520]
    for x, s in zip(xs[1:], ["調定額（現年）", "収入済額（現年）", "収納率（現年）", "不納欠損額"]):
        d.text(p, x, 126, s)
    for r, row in enumerate([["令和2年度", "3,412,650", "3,177,860", "93.12", "96,410"],
                             ["令和3年度", "3,365,980", "3,149,884", "93.58", "88,205"]]):
        for x, s in zip(xs, row):
            d.text(p, x, 141 + 15 * r, s)
    g = load_pages(d.save(tmp_path / "s.pdf"))[0].grids[0]
    rows = [[c.strip() for c in r] for r in g.rows()]
    assert rows[0][1:3] == ["調定額(現年)", "収入済額(現年)"] and rows[1][0] == "令和2年度"


def test_a_shaded_header_band_over_a_ruled_grid_is_its_header_row(tmp_path: Path, drawing: Callable[[], Any]) -> None:
    """いわき市 (dev41): the column names printed on a grey band with no lines of its own, the grid's borders
    starting under it; the band is the table's header row, split at the grid's column lines."""
    d = drawing()
    p = d.page()
    xs, ys = [56, 160, 214, 292, 372], [140, 167, 194, 221]
    p.draw_rect(pymupdf.Rect(56, 110, 372, 140), color=None, fill=(0.85, 0.85, 0.85))
    for x, s in zip(xs, ["債権名", "区分", "調定額", "収入済額"]):
        d.text(p, x + 6, 128, s)
    d.grid(p, xs, ys)
    d.rows(p, xs, ys, [["市税", "現年度分", "48,215,630", "45,102,844"], ["", "滞納繰越分", "2,184,512", "512,306"],
                       ["", "計", "50,400,142", "45,615,150"]])
    g = load_pages(d.save(tmp_path / "s.pdf"))[0].grids[0]
    rows = [[c.strip() for c in r] for r in g.rows()]
    assert rows[0] == ["債権名", "区分", "調定額", "収入済額"] and rows[1][1] == "現年度分"


def test_two_zebra_tables_one_under_the_other_are_cut_at_the_caption_between(tmp_path: Path,
                                                                           drawing: Callable[[], Any]) -> None:
    """いわき市 (dev41): 表4 and 表5 drawn as shaded bands with a closing rule each, the caption 「表5　…　単位：百万円」
    in a gap not much taller than a row between them: two tables, each with its own columns."""
    d = drawing()
    p = d.page()
    for top in (108, 230):
        p.draw_rect(pymupdf.Rect(56, top, 539, top + 20), color=None, fill=(0.85, 0.85, 0.85))
        p.draw_rect(pymupdf.Rect(56, top + 40, 539, top + 60), color=None, fill=(0.93, 0.93, 0.93))
    d.hline(p, 56, 539, 188)
    d.hline(p, 56, 539, 310)
    for x, s in zip([60, 200, 300, 400], ["区分", "H30", "R元", "R2"]):
        d.text(p, x, 121, s)
    for r, row in enumerate([["現年度分", "97.62", "97.70", "97.55"], ["滞納繰越分", "22.15", "23.04", "21.87"],
                             ["合計", "85.08", "85.36", "85.46"]]):
        for x, s in zip([60, 200, 300, 400], row):
            d.text(p, x, 141 + 20 * r, s)
    d.text(p, 56, 222, "表5　調定額・収入済額等の推移（決算）")
    d.text(p, 480, 222, "単位：百万円")
    for x, s in zip([60, 250, 420], ["年度", "調定額", "収入済額"]):
        d.text(p, x, 243, s)
    for r, row in enumerate([["令和元年度", "85,120.7", "72,655.2"], ["令和2年度", "86,944.0", "74,301.5"],
                             ["3年度", "87,210.4", "75,212.8"]]):
        for x, s in zip([60, 250, 420], row):
            d.text(p, x, 263 + 20 * r, s)
    grids = load_pages(d.save(tmp_path / "s.pdf"))[0].grids
    heads = [[c.strip() for c in g.rows()[0]] for g in grids]
    assert heads == [["区分", "H30", "R元", "R2"], ["年度", "調定額", "収入済額"]]


def test_rules_with_one_line_down_the_label_column_and_headers_in_shaded_cells(tmp_path: Path,
                                                                               drawing: Callable[[], Any]) -> None:
    """相模原市 (dev40), printed from HTML: rules under each row and one grey line down the label column only; the
    header's cells shaded one by one, 令和５年度 wrapped over 目標 in its own cell beside 前年同月 (no group heading)."""
    d = drawing()
    p = d.page(842, 595)
    xs = [45, 230, 303, 362, 414, 487]
    for x0, x1 in zip(xs, xs[1:]):
        p.draw_rect(pymupdf.Rect(x0, 100, x1, 128), color=None, fill=(0.75, 0.75, 0.75))
    for y in (100, 128, 152, 175, 198):
        d.hline(p, 45, 487, y, 0.8)
    p.draw_line((76, 128), (76, 198), width=0.6)
    d.text(p, 50, 117, "区分")
    for x, top, low in [(240, "令和6年", "2月末"), (420, "令和5年度", "目標")]:
        d.text(p, x, 111, top)
        d.text(p, x, 123, low)
    d.text(p, 310, 117, "前年同月")
    d.text(p, 380, 117, "差")
    for r, row in enumerate([["市税", "95.12", "94.87", "0.25", "99.10"], ["国民健康保険税", "82.36", "81.95", "0.41", "93.50"],
                             ["介護保険料", "96.41", "96.38", "0.03", "99.20"]]):
        for x, s in zip([80, 260, 320, 375, 440], row):
            d.text(p, x, 144 + 23 * r, s)
    g = load_pages(d.save(tmp_path / "s.pdf"))[0].grids[0]
    rows = [[c.strip() for c in r] for r in g.rows()]
    assert rows[-1][-4:] == ["96.41", "96.38", "0.03", "99.20"]
    target = next(c for c in g.cells if "令和5年度" in c.text)
    assert target.colspan == 1  # over 目標 alone, not over 前年同月 | 差 | 目標


def test_a_slides_tall_zebra_table_with_a_row_of_marks_centred_under_its_headers() -> None:
    """つくば市 (dev42) slide 3: a dark header band and grey rows 44–46 pt tall, a closing rule, figures right-aligned
    and the 目標の達成見込 row's ○ / × centred under the headers: one column per debt."""
    root = Path(__file__).resolve().parents[2]
    g = load_pages(root / "corpus" / "dev42" / "pdf" / "x_tsukuba_committee_1.pdf")[2].grids[0]
    rows = [[c.strip() for c in r] for r in g.rows()]
    assert g.ncols == 7 and rows[0][5:] == ["市営住宅使用料", "保育料(利用者負担額)"]
    assert rows[1][5:] == ["482,570", "391,150"] and rows[-1][1:] == ["○", "○", "○", "○", "×", "○"]


def test_header_words_running_into_each_other_are_cut_at_their_shaded_cells_sides() -> None:
    """下野市 (dev66) p2, a LibreOffice export: the header cells are shaded one by one and their two-line names run
    together in the text layer (調定額（千円）収入済額（千円）収納率（％）is one word); each name stays in its own cell,
    cut where the shaded cell's side is, not where the figures' gap puts it."""
    root = Path(__file__).resolve().parents[2]
    g = load_pages(root / "corpus" / "dev66" / "pdf" / "sb_shimotsuke_progress_1.pdf")[1].grids[0]
    rows = [[c.strip() for c in r] for r in g.rows()]
    assert rows[1][1:5] == ["調定額(千円)", "収入済額(千円)", "収納率(%)(前年同月)", "決算見込収納率(%)"]
    assert rows[3][:5] == ["市税", "6,284,512", "5,631,406", "89.6(89.2)", "98.9"]


def test_a_list_without_rules_whose_rows_print_one_figure_in_the_last_column() -> None:
    """御所市 (dev69) p7, 「参考資料　対象債権一覧」: 債権名 | 所管課 | 根拠法令 | 区分 | 収入未済額 over eight rows such as
    市税 | 税務課 | 地方税法 | 強 | 90,787, set without rules: one table, the figures under 収入未済額."""
    root = Path(__file__).resolve().parents[2]
    g = load_pages(root / "corpus" / "dev69" / "pdf" / "sh_gose_plan_1.pdf")[6].grids[0]
    rows = [[c.strip() for c in r] for r in g.rows()]
    assert rows[0] == ["債権名", "所管課", "根拠法令", "区分", "収入未済額"] and len(rows) == 9
    assert rows[1] == ["市税", "税務課", "地方税法", "強", "90,787"] and rows[-1][-1] == "5,724"
