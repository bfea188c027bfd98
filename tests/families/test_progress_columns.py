"""Unit tests of the side-by-side column bands of the progress-sheet family (progress_columns.py): 過年度分 and
現年度分 blocks printed as two columns of free text, which the page model joins into full-width lines."""
from __future__ import annotations

from saiken.extract.families.progress_columns import column_bands
from saiken.extract.layout import Cell, Grid, Line, Word

WIDTH = 842.0
LEFT, RIGHT = 56.0, 422.0  # left edges of the two columns; the gutter lies between 413 and 422


def line(y: float, *parts: tuple[float, float, str]) -> Line:
    """A line at height y made of words (x0, x1, text)."""
    words = [Word(text=t, raw=t, bbox=(x0, y, x1, y + 8.0), size=8.0) for x0, x1, t in parts]
    return Line(text=" ".join(w.text for w in words), raw=" ".join(w.raw for w in words),
                bbox=(words[0].bbox[0], y, words[-1].bbox[2], y + 8.0), words=words, size=8.0)


def two_column_page() -> list[Line]:
    """A 後半の取組 page: rate lines, twin ●主な取り組み headings and wrapped items in two columns."""
    return [
        line(60, (300, 540, "令和5年度後半の取組について")),
        line(80, (LEFT, 400, "債権名 国民健康保険料 整理番号 026")),
        line(100, (65, 120, "9月末徴収率"), (129, 174, "13.8%"), (431, 485, "9月末徴収率"), (494, 540, "82.9%")),
        line(115, (LEFT, 114, "●主な取り組み"), (RIGHT, 480, "●主な取り組み")),
        line(130, (LEFT, 205, "(1)滞納処分の速やかな執行"), (RIGHT, 604, "(1)未収世帯に対する早期の納付督励")),
        line(142, (64, 413, "財産調査により差押可能財産が判明した世帯については"), (430, 779, "督促状発付後ただちに電話督励を行い")),
        line(154, (LEFT, 139, "滞納処分を執行する。")),
        line(170, (LEFT, 205, "(2)資格喪失世帯への納付督励"), (RIGHT, 560, "(2)口座振替の勧奨")),
        line(182, (64, 413, "局から送付する一覧を活用し、文書及び電話による納付督励を行"), (430, 700, "スマートフォン決済の案内を同封する。")),
        line(194, (LEFT, 200, "い、未納保険料の解消を図る。")),
    ]


def test_two_columns_found_below_the_debt_line() -> None:
    page = two_column_page()
    bands = column_bands(page, [], WIDTH, stop=lambda ln: ln.text.startswith("債権名"))
    assert len(bands) == 1
    band = bands[0]
    assert len(band.gutters) == 1 and 413 <= band.gutters[0] <= 422
    assert band.top == 100 and band.bottom == 202
    assert [p.text for p in band.pieces(page[4])] == ["(1)滞納処分の速やかな執行", "(1)未収世帯に対する早期の納付督励"]
    assert band.column(LEFT) == 0 and band.column(RIGHT) == 1


def test_single_column_paragraph_is_no_band() -> None:
    """Wrapped text crosses the middle of the page on every full line: nothing to split."""
    page = [line(100 + 12 * i, (LEFT, 780, "財産調査後に差押可能財産が判明した世帯について、速やかに差押予告書を発送する"))
            for i in range(6)]
    page.append(line(172, (LEFT, 200, "を行う。")))
    assert column_bands(page, [], WIDTH) == []


def test_aligned_gaps_without_labels_are_no_band() -> None:
    """Rate lines whose word gaps happen to line up are not columns unless the layout labels them."""
    page = [line(100 + 15 * i, (65, 180, "10月末徴収率"), (200, 250, f"{15 + i}.3%"), (450, 560, "(前年度10月末"),
                 (570, 620, f"{16 + i}.3%)")) for i in range(3)]
    assert column_bands(page, [], WIDTH) == []


def test_ruled_segment_header_above_anchors_the_band() -> None:
    """No twin headings, but a ruled 過年度分 | 現年度分 row sits right above the two columns."""
    page = [ln for ln in two_column_page() if "●" not in ln.text]
    header = Grid(page=1, bbox=(55, 84, 787, 98), nrows=1, ncols=2, cells=[
        Cell(row=0, col=0, text="過年度分", raw="過年度分", bbox=(55, 84, 421, 98)),
        Cell(row=0, col=1, text="現年度分", raw="現年度分", bbox=(421, 84, 787, 98))])
    stop = lambda ln: ln.text.startswith("債権名")  # noqa: E731
    assert column_bands(page, [], WIDTH, stop=stop) == []
    bands = column_bands(page, [header], WIDTH, stop=stop)
    assert len(bands) == 1 and 413 <= bands[0].gutters[0] <= 422


def test_parser_reads_each_column_as_its_own_item_list() -> None:
    """Bug: side-by-side items without ruling were lost (the joined line '●主な取り組み ●主な取り組み' is no
    heading). Each column's items come out whole, the left column's first."""
    from saiken.extract.families.progress import PARSER
    from saiken.extract.layout import Page
    from saiken.extract.records import Document, Source

    lines = two_column_page()
    page = Page(number=1, width=WIDTH, height=595.0, lines=lines, grids=[], text="\n".join(ln.text for ln in lines))
    doc = Document(source=Source(file="x.pdf", sha256="0", pages=1))
    PARSER.parse([page], doc)
    got = [(i.label, i.text, i.status) for i in doc.initiatives]
    assert got == [
        ("(1)", "滞納処分の速やかな執行財産調査により差押可能財産が判明した世帯については滞納処分を執行する。", None),
        ("(2)", "資格喪失世帯への納付督励局から送付する一覧を活用し、文書及び電話による納付督励を行い、未納保険料の解消を図る。", None),
        ("(1)", "未収世帯に対する早期の納付督励督促状発付後ただちに電話督励を行い", None),
        ("(2)", "口座振替の勧奨スマートフォン決済の案内を同封する。", None),
    ]
    assert {i.debt_raw for i in doc.initiatives} == {"国民健康保険料"}
    assert [f.value for f in doc.facts if f.metric == "collection_rate"] == [13.8, 82.9]


def test_a_rate_table_across_both_columns_does_not_end_the_right_column() -> None:
    """Bug: with the rates in a ruled table spanning both blocks (labels 現年度分 / 過年度分 above it, one
    ●主な取り組み heading on the left), the table was queued in the right column and ended its item list, so the
    right column's items were lost. A region crossing the gutter is read where it starts."""
    from saiken.extract.families.progress import PARSER
    from saiken.extract.layout import Page
    from saiken.extract.records import Document, Source

    lines = [
        line(60, (300, 540, "令和元年度後半の取組について")),
        line(80, (LEFT, 400, "債権名 介護保険料 整理番号 064")),
        line(95, (LEFT, 90, "現年度分"), (RIGHT, 456, "過年度分")),
        line(150, (LEFT, 114, "●主な取り組み")),
        line(165, (LEFT, 400, "①早期滞納者に電話督励を行う。"), (RIGHT, 700, "①財産調査を徹底し差押を執行する。")),
        line(185, (LEFT, 400, "②納付督励文書を送付する。"), (RIGHT, 700, "②勤務先調査予告を実施する。")),
    ]
    heads = ["区分", "令和元年度", "前年度", "区分", "令和元年度", "前年度"]
    vals = ["10月末徴収率", "97.2%", "97.0%", "10月末徴収率", "11.4%", "10.9%"]
    xs = [LEFT, 180, 300, RIGHT - 6, 560, 680, 786]
    cells = [Cell(row=r, col=c, text=t, raw=t, bbox=(xs[c], 108.0 + 14 * r, xs[c + 1], 122.0 + 14 * r), page=1)
             for r, row in enumerate([heads, vals]) for c, t in enumerate(row)]
    g = Grid(page=1, bbox=(LEFT, 108.0, 786.0, 136.0), nrows=2, ncols=6, cells=cells)
    page = Page(number=1, width=WIDTH, height=595.0, lines=lines, grids=[g], text="\n".join(ln.text for ln in lines))
    doc = Document(source=Source(file="x.pdf", sha256="0", pages=1))
    PARSER.parse([page], doc)
    assert [i.text for i in doc.initiatives] == ["早期滞納者に電話督励を行う。", "納付督励文書を送付する。",
                                                 "財産調査を徹底し差押を執行する。", "勤務先調査予告を実施する。"]
    rates = {(f.segment, f.fiscal_year, f.value) for f in doc.facts if f.metric == "collection_rate"}
    assert rates == {("current", 2019, 97.2), ("current", 2018, 97.0), ("arrears", 2019, 11.4),
                     ("arrears", 2018, 10.9)}
