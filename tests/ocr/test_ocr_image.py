"""Image steps of OCR: skew measured and undone, ruling lines found and turned into a grid."""
from __future__ import annotations

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")

from saiken.extract.chars import Char  # noqa: E402
from saiken.extract.grids import frames_from_segments  # noqa: E402
from saiken.extract.ocr import binarize, flatten, rotate, rule_masks, rule_segments, skew_angle  # noqa: E402

SCALE = 200 / 72


def _table_image() -> np.ndarray:
    """A 3x4 ruled table with some text-like blobs on grey paper, 200 dpi (A4-ish crop)."""
    img = np.full((900, 1200), 215, np.uint8)
    xs = [100, 400, 650, 900, 1100]
    ys = [100, 180, 260, 340]
    for x in xs:
        cv2.line(img, (x, ys[0]), (x, ys[-1]), 30, 3)
    for y in ys:
        cv2.line(img, (xs[0], y), (xs[-1], y), 30, 3)
    for y in ys[:-1]:
        for x in xs[:-1]:
            cv2.putText(img, "12,345", (x + 20, y + 55), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 30, 3)
    for k in range(10):
        cv2.putText(img, "lorem ipsum dolor sit amet", (100, 450 + 40 * k), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 30, 2)
    return img


@pytest.mark.parametrize("angle", [-1.4, -0.6, 0.8, 1.5])
def test_skew_is_measured(angle: float) -> None:
    tilted = rotate(_table_image(), angle, fill=215)
    est = skew_angle(binarize(flatten(tilted)))
    assert abs(est + angle) <= 0.15  # the correcting rotation is the opposite angle


def test_ruling_lines_become_a_grid() -> None:
    gray = flatten(rotate(_table_image(), 1.0, fill=215))
    gray = rotate(gray, skew_angle(binarize(gray)))
    h, v = rule_masks(binarize(gray), SCALE)
    segs = rule_segments(h, v, SCALE)
    assert len([s for s in segs if s.horizontal]) >= 4
    assert len([s for s in segs if not s.horizontal]) >= 5
    chars = [Char("1", "1", 100 / SCALE + 20, 100 / SCALE + 10, 100 / SCALE + 26, 100 / SCALE + 20, 10.0)]
    frames = frames_from_segments(segs, chars)
    assert len(frames) == 1
    assert (len(frames[0].xs), len(frames[0].ys)) == (5, 4)


def test_grey_paper_is_flattened() -> None:
    img = _table_image()
    grad = np.linspace(0, 30, img.shape[1], dtype=np.float32)[None, :]
    flat = flatten(np.clip(img.astype(np.float32) - grad, 0, 255).astype(np.uint8))
    assert np.median(flat) >= 245


def _text_image() -> np.ndarray:
    """White page, 200 dpi: a ruled one-row table, and a 24pt-like bar glyph pair that is no rule."""
    img = np.full((400, 1000), 255, np.uint8)
    cv2.rectangle(img, (50, 50), (950, 110), 0, 2)
    cv2.line(img, (400, 50), (400, 110), 0, 2)
    cv2.rectangle(img, (100, 200), (112, 245), 0, -1)  # a title glyph's stem: thick, short, touching nothing
    for x in range(300, 420, 30):  # stems of a bold heading
        cv2.rectangle(img, (x + 10, 285), (x + 14, 320), 0, -1)
    return img


def test_glyph_strokes_are_not_rules() -> None:
    h, v = rule_masks(binarize(_text_image()), SCALE)
    segs = rule_segments(h, v, SCALE)
    assert not [s for s in segs if not s.horizontal and 180 <= s.a * SCALE <= 330]  # no stem kept as a vertical
    assert len([s for s in segs if not s.horizontal]) == 3  # the box's two sides and its divider


def test_lines_set_solid_are_cut_apart() -> None:
    from saiken.extract.ocr import ink_lines

    img = np.full((200, 600), 255, np.uint8)
    for k in range(4):  # four lines of glyphs 20 px tall, 24 px apart, touching where strokes run on
        y = 20 + 24 * k
        for x in range(20, 560, 26):
            cv2.rectangle(img, (x, y + 2), (x + 20, y + 21), 0, -1)
            cv2.rectangle(img, (x + 6, y + 8), (x + 14, y + 14), 255, -1)
        for x in range(40, 560, 130):
            cv2.line(img, (x, y + 21), (x, y + 26), 0, 2)
    lines = ink_lines(binarize(img), (0, 0, 600, 200), SCALE, line_h=24.0)
    assert len(lines) == 4
    assert all(18 <= y1 - y0 <= 30 for _, y0, _, y1 in lines)


def test_speaker_ring_is_found() -> None:
    from saiken.extract.ocr import leading_circle

    img = np.full((60, 400), 255, np.uint8)
    cv2.circle(img, (30, 30), 12, 0, 2)
    cv2.putText(img, "abc", (60, 42), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 0, 2)
    assert leading_circle(binarize(img), (20, 14, 390, 46))
    sq = np.full((60, 400), 255, np.uint8)
    cv2.rectangle(sq, (18, 18), (42, 42), 0, 2)  # 口
    assert not leading_circle(binarize(sq), (14, 14, 390, 46))


def test_cell_border_prolonged_by_a_heading_glyph_is_kept() -> None:
    """A one-row table set tight (9pt) with a heading right below it: one divider runs on into a glyph's stroke of
    the heading, so the run as a whole ends in the text; the piece between the table's rules is still a border."""
    img = np.full((300, 1000), 255, np.uint8)
    cv2.rectangle(img, (50, 50), (950, 75), 0, 2)
    for x in (300, 550, 800):
        cv2.line(img, (x, 50), (x, 75), 0, 2)
    cv2.rectangle(img, (295, 77), (312, 105), 0, -1)  # a heading glyph just under the divider at 300
    cv2.rectangle(img, (330, 80), (360, 105), 0, -1)
    h, v = rule_masks(binarize(img), SCALE)
    xs = sorted(round(s.pos * SCALE) for s in rule_segments(h, v, SCALE) if not s.horizontal)
    assert any(abs(x - 300) <= 3 for x in xs)
    assert all(s.b * SCALE <= 80 for s in rule_segments(h, v, SCALE) if not s.horizontal)  # the glyph stays text


def test_bullet_dot_is_found() -> None:
    from saiken.extract.ocr import leading_dot

    img = np.full((40, 400), 255, np.uint8)
    cv2.circle(img, (14, 20), 3, 0, -1)  # ・
    cv2.putText(img, "abc 123", (40, 30), cv2.FONT_HERSHEY_SIMPLEX, 0.8, 0, 2)
    assert leading_dot(binarize(img), (10, 8, 200, 32))
    no = np.full((40, 400), 255, np.uint8)
    cv2.putText(no, "abc 123", (12, 30), cv2.FONT_HERSHEY_SIMPLEX, 0.8, 0, 2)
    assert not leading_dot(binarize(no), (10, 8, 200, 32))


def test_mirrored_page_number_in_the_margin() -> None:
    """A page number printed mirrored (2 / 2 read as S\\S) above every other line is read again turned and
    mirrored, with only page-number characters allowed."""
    from .conftest import engine_or_skip

    from saiken.extract.ocr import TextBox, margin_numbers

    eng = engine_or_skip()
    if not hasattr(eng, "recognize_page_numbers"):
        pytest.skip("engine without a constrained decode")
    img = np.full((400, 600), 255, np.uint8)
    cv2.putText(img, "2 / 2", (250, 50), cv2.FONT_HERSHEY_SIMPLEX, 0.9, 0, 2)
    img[25:60, 240:360] = cv2.flip(img[25:60, 240:360], 0)
    boxes = [TextBox(240, 25, 360, 60, "S\\S", 0.8), TextBox(50, 200, 500, 230, "本文の行です", 0.99)]
    out = margin_numbers(eng, img, boxes)
    assert out[0].text.replace(" ", "") == "2/2"
    assert out[1].text == "本文の行です"


def test_header_glyph_on_a_column_border_keeps_the_spanning_cell() -> None:
    """A header cell spanning the columns below, its text set tight on the rule under it: a glyph's stem standing
    on a column border is no border above that rule (the spanning cell stays one, the glyph is not erased)."""
    img = np.full((400, 1000), 255, np.uint8)
    cv2.rectangle(img, (50, 50), (950, 300), 0, 2)
    for y in (90, 130, 170, 210, 250):
        cv2.line(img, (50, y), (950, y), 0, 2)
    for x in (300, 550, 800):
        cv2.line(img, (x, 90), (x, 300), 0, 2)
    cv2.line(img, (300, 60), (300, 90), 0, 3)  # a kanji's stem standing on the border at 300
    for y in (64, 72, 80):
        cv2.line(img, (284, y), (316, y), 0, 2)  # its strokes across the stem
    h, v = rule_masks(binarize(img), SCALE)
    tops = [s.a * SCALE for s in rule_segments(h, v, SCALE) if not s.horizontal and abs(s.pos * SCALE - 300) <= 4]
    assert tops and min(tops) >= 86


def test_digit_ones_stacked_in_tight_rows_are_no_borders() -> None:
    """A table of right-aligned figures in rows set tight between hairlines (9pt): the 1s of several rows stand at one
    x and the vertical closing joins them through the rules into one run. A border is in ink from rule to rule; the
    1s leave paper above and below, so they stay text (79,180,102 was read as 79. | 80. | 02)."""
    img = np.full((500, 1000), 255, np.uint8)
    ys = list(range(60, 60 + 26 * 9, 26))
    cv2.rectangle(img, (50, ys[0]), (950, ys[-1]), 0, 2)
    for y in ys[1:-1]:
        cv2.line(img, (50, y), (950, y), 0, 1)
    for x in (300, 600):
        cv2.line(img, (x, ys[0]), (x, ys[-1]), 0, 2)
    for y in ys[:-1]:  # a "1" 19 px tall in every row, 3-4 px of paper to each rule, digits beside it
        cv2.line(img, (450, y + 4), (450, y + 22), 0, 2)
        cv2.rectangle(img, (430, y + 6), (442, y + 21), 0, 1)
        cv2.rectangle(img, (458, y + 6), (470, y + 21), 0, 1)
    h, v = rule_masks(binarize(img), SCALE)
    xs = sorted(round(s.pos * SCALE) for s in rule_segments(h, v, SCALE) if not s.horizontal)
    assert not any(abs(x - 450) <= 4 for x in xs)
    assert any(abs(x - 300) <= 3 for x in xs) and any(abs(x - 600) <= 3 for x in xs)


def test_no_cut_after_a_low_punctuation_mark() -> None:
    """Prose in full-width type: the blank after 、 or ． is the rest of its em, not a gap between words
    (98．62％ was cut into 98 and 62％ and the point lost); a real wide blank still cuts."""
    from saiken.extract.ocr import split_gaps

    img = np.full((40, 900), 255, np.uint8)
    x = 10
    for k in range(4):  # four 24 px glyphs, then a low dot, 22 px of blank, four more glyphs
        cv2.rectangle(img, (x, 8), (x + 22, 31), 0, 2)
        x += 26
    cv2.circle(img, (x + 3, 28), 2, 0, -1)
    x += 8 + 22
    for k in range(4):
        cv2.rectangle(img, (x, 8), (x + 22, 31), 0, 2)
        x += 26
    end = x
    x += 120  # a wide blank: a column of an unruled table
    cv2.rectangle(img, (x, 8), (x + 22, 31), 0, 2)
    pieces = split_gaps(binarize(img), (0, 2, 900, 38), 0.8 * 26)
    assert len(pieces) == 2
    assert pieces[0][2] >= end - 4


def test_two_full_width_ones_are_not_cut_apart() -> None:
    """１１月: each full-width 1 a thin stroke in the middle of its em, so the blank between them is nearly an em
    wide (the line was cut there and read 1 1月, the meeting's date lost); a wide blank after a 1 still cuts."""
    from saiken.extract.ocr import split_gaps

    img = np.full((40, 900), 255, np.uint8)
    x = 10
    cv2.rectangle(img, (x, 8), (x + 22, 31), 0, 2)  # 年
    x += 26
    for _ in range(2):  # １１: a 3 px stroke in the middle of each 26 px em
        cv2.rectangle(img, (x + 11, 9), (x + 13, 30), 0, -1)
        x += 26
    cv2.rectangle(img, (x, 8), (x + 22, 31), 0, 2)  # 月
    end = x + 22
    x += 120
    cv2.rectangle(img, (x + 11, 9), (x + 13, 30), 0, -1)
    pieces = split_gaps(binarize(img), (0, 2, 900, 38), 0.8 * 26)
    assert len(pieces) == 2
    assert pieces[0][2] >= end - 4


def test_line_size_from_its_body_of_ink() -> None:
    """The font size of an OCR'd line comes from the rows that hold its usual ink, not from its box: a bracket
    reaching above and below the line, or a padded box, changes nothing."""
    from saiken.extract.ocr import body_height

    img = np.full((60, 400), 255, np.uint8)
    for k in range(8):
        cv2.rectangle(img, (20 + 30 * k, 20), (42 + 30 * k, 42), 0, 2)
    plain = body_height(binarize(img), (0, 0, 400, 60))
    cv2.line(img, (270, 12), (270, 50), 0, 2)  # a bracket's stroke, taller than the glyphs
    assert abs(body_height(binarize(img), (0, 0, 400, 60)) - plain) <= 1
    assert abs(body_height(binarize(img), (0, 5, 400, 55)) - plain) <= 1
    assert 21 <= plain <= 25


def test_open_glyph_is_no_speaker_ring() -> None:
    """A ring closes round a hole: an open round glyph (び read ○び) is no speaker mark."""
    from saiken.extract.ocr import leading_circle

    img = np.full((60, 400), 255, np.uint8)
    cv2.ellipse(img, (30, 30), (12, 12), 0, 40, 320, 0, 2)  # a ring open on its right
    cv2.putText(img, "abc", (60, 42), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 0, 2)
    assert not leading_circle(binarize(img), (14, 14, 390, 46))


def test_small_type_two_lines_of_a_cell_are_cut() -> None:
    """A cell holding two lines of small type set solid (no blank row between them) is cut into its lines even when
    the band is shorter than 1.6 lines of the page's body type."""
    from saiken.extract.ocr import text_rects

    img = np.full((400, 600), 255, np.uint8)
    for row in range(6):  # body text: 30 px glyphs
        for k in range(12):
            cv2.rectangle(img, (20 + 40 * k, 20 + 45 * row), (48 + 40 * k, 48 + 45 * row), 0, 2)
    for line in range(2):  # the cell: two lines of 16 px glyphs, 17 px apart
        for k in range(7):
            x, y = 100 + 19 * k, 320 + 17 * line
            cv2.rectangle(img, (x, y), (x + 15, y + 15), 0, 1)
            cv2.line(img, (x + 7, y), (x + 7, y + 15), 0, 1)
    groups: list[int] = []
    rects = text_rects(binarize(img), [(90, 312, 260, 360)], [], SCALE, groups)
    assert len([r for r, tight in rects if tight]) == 2


def test_figures_of_close_columns_read_together_are_read_again_apart() -> None:
    """長浜市 (dev35, scanned): 「2020  3,612,880  3,399,720」, columns five points apart in a table without vertical rules,
    read as one line 20203,612,8803,399,720: cut at the narrower blanks and read piece by piece, kept when the pieces
    hold the same digits."""
    from saiken.extract.ocr import JOINED, TextBox, close_figures

    assert JOINED.search("20203,612,8803,399,720") and JOINED.search("94.10%1,021,440")
    assert not JOINED.search("3,612,880") and not JOINED.search("令和6年度 94.10%")
    bw = np.zeros((40, 400), np.uint8)
    for x0, x1 in ((10, 60), (80, 200), (220, 340)):  # three runs of ink, 20 px apart (a glyph is 25 px tall)
        bw[8:33, x0:x1] = 255
    gray = 255 - bw

    class Engine:
        def recognize(self, image, boxes, margins):  # type: ignore[no-untyped-def]
            texts = {10: "2020", 80: "3,612,880", 220: "3,399,720"}
            return [(texts[min(texts, key=lambda x: abs(b[0] - x))], 0.99) for b in boxes]

    box = TextBox(0, 0, 400, 40, "20203,612,8803,399,720", 0.9)
    got = close_figures(Engine(), gray, [box], bw, 25.0)
    assert [b.text for b in got] == ["2020", "3,612,880", "3,399,720"]
