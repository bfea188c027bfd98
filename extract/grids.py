"""Ruled tables from the lines a page draws: segments → connected frames → cell grids with merged cells.

Office exports (Excel, Word, LibreOffice) draw every border as a stroked line or a thin filled rectangle.
We collect the horizontal and vertical segments, merge collinear pieces, group the segments that touch
into frames, and lay each frame's distinct x and y positions out as an elementary grid. Two neighbouring
elementary cells belong to one merged cell when no drawn border separates them.

Where a frame lacks vertical borders, the text decides: a box with no inner vertical line gets the columns
its body rows' shared text gaps show, and a missing vertical piece is restored in the rows where words lie
on both sides of it and none runs over it (when at least two rows agree). Horizontal rules that join no
vertical line are handed to extract/rules.py (tables ruled with horizontal lines only).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

import pymupdf

from saiken.extract.chars import Char
from saiken.extract.frames import TOL, Frame, Seg, cluster, covered, regions
from saiken.extract.gaps import TextRow, place, shared_gaps, text_rows
from saiken.extract.bare import bare_frames
from saiken.extract.rules import min_gap, rule_frames

THIN = 2.5  # points: a filled rectangle thinner than this is a line


Box = tuple[float, float, float, float]


def _segments(page: pymupdf.Page, fills: list[Box] | None = None,
              tiles: list[tuple[Box, bool]] | None = None) -> list[Seg]:
    """The page's ruling segments; given `fills`, the shaded (filled, unstroked) rectangles are added to it; given
    `tiles`, every filled unstroked rectangle, white ones too, as (box, white)."""
    segs: list[Seg] = []
    white = False  # the drawing being read paints white: it erases the rules under it (a merged cell's border)
    dark: list[Box] = []  # dark fills: a white line on one is a rule (white borders between dark header cells)

    def line(x0: float, y0: float, x1: float, y1: float) -> None:
        if abs(y0 - y1) <= TOL and abs(x1 - x0) > TOL:
            seg = Seg(True, (y0 + y1) / 2, min(x0, x1), max(x0, x1))
        elif abs(x0 - x1) <= TOL and abs(y1 - y0) > TOL:
            seg = Seg(False, (x0 + x1) / 2, min(y0, y1), max(y0, y1))
        else:
            return
        if white and not all(any(b[0] - TOL <= x <= b[2] + TOL and b[1] - TOL <= y <= b[3] + TOL for b in dark)
                             for x, y in ((x0, y0), ((x0 + x1) / 2, (y0 + y1) / 2), (x1, y1))):
            segs[:] = [piece for s in segs for piece in _erase(s, seg)]
        else:
            segs.append(seg)

    def rect(r: pymupdf.Rect, stroked: bool) -> None:
        if tiles is not None and not stroked and r.width > THIN and r.height > THIN:
            tiles.append(((r.x0, r.y0, r.x1, r.y1), white))
        if r.width <= THIN and r.height > THIN:
            line((r.x0 + r.x1) / 2, r.y0, (r.x0 + r.x1) / 2, r.y1)
        elif r.height <= THIN and r.width > THIN:
            line(r.x0, (r.y0 + r.y1) / 2, r.x1, (r.y0 + r.y1) / 2)
        elif stroked:
            line(r.x0, r.y0, r.x1, r.y0)
            line(r.x0, r.y1, r.x1, r.y1)
            line(r.x0, r.y0, r.x0, r.y1)
            line(r.x1, r.y0, r.x1, r.y1)
        elif fills is not None and not white:
            fills.append((r.x0, r.y0, r.x1, r.y1))
        if not white and not stroked and paint is not None and len(paint) >= 3 and max(paint[:3]) < 0.6 \
                and r.width > THIN and r.height > THIN:
            dark.append((r.x0, r.y0, r.x1, r.y1))

    rot = page.rotation_matrix if page.rotation else None  # drawings come in unrotated coordinates
    for d in page.get_drawings():
        stroked = d.get("type") in ("s", "fs") and (d.get("color") is not None or d.get("type") == "fs")
        paint = d.get("color") if d.get("type") == "s" else d.get("fill")
        white = paint is not None and len(paint) >= 3 and min(paint[:3]) >= 0.95 and d.get("type") != "fs"
        for item in d.get("items", ()):
            op = item[0]
            if op == "l":
                p, q = (item[1], item[2]) if rot is None else (item[1] * rot, item[2] * rot)
                if d.get("type") != "f":
                    line(p.x, p.y, q.x, q.y)
            elif op == "re":
                rect(pymupdf.Rect(item[1]) * rot if rot is not None else pymupdf.Rect(item[1]), stroked)
            elif op == "qu":
                rect(item[1].rect * rot if rot is not None else item[1].rect, stroked)
    return segs


def _erase(s: Seg, eraser: Seg) -> list[Seg]:
    """What is left of rule `s` where a white line is painted over it (nothing of it, one or two pieces)."""
    if s.horizontal != eraser.horizontal or abs(s.pos - eraser.pos) > TOL or eraser.b <= s.a or s.b <= eraser.a:
        return [s]
    return [Seg(s.horizontal, s.pos, a, b) for a, b in ((s.a, eraser.a), (eraser.b, s.b)) if b - a > TOL]


def _merge(segs: Iterable[Seg]) -> list[Seg]:
    """Collinear overlapping or touching segments joined into one.

    Segments are first grouped by position (within TOL of the group's first), then joined along their length only
    where they overlap or touch: two borders 1.4 pt apart but far from each other along the line stay two.
    """
    out: list[Seg] = []
    for horizontal in (True, False):
        groups: list[list[Seg]] = []
        for s in sorted((s for s in segs if s.horizontal == horizontal), key=lambda s: s.pos):
            if groups and s.pos - groups[-1][0].pos <= TOL:
                groups[-1].append(s)
            else:
                groups.append([s])
        for group in groups:
            current: Seg | None = None
            for s in sorted(group, key=lambda s: s.a):
                if current is not None and s.a <= current.b + TOL:
                    current.b = max(current.b, s.b)
                    continue
                current = Seg(horizontal, s.pos, s.a, s.b)
                out.append(current)
    return out


def _touch(h: Seg, v: Seg) -> bool:
    return h.a - TOL <= v.pos <= h.b + TOL and v.a - TOL <= h.pos <= v.b + TOL


def _components(segs: list[Seg]) -> list[list[Seg]]:
    parent = list(range(len(segs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    hs = [i for i, s in enumerate(segs) if s.horizontal]
    vs = [i for i, s in enumerate(segs) if not s.horizontal]
    for i in hs:
        for j in vs:
            if _touch(segs[i], segs[j]):
                parent[find(i)] = find(j)
    groups: dict[int, list[Seg]] = {}
    for i, s in enumerate(segs):
        groups.setdefault(find(i), []).append(s)
    return list(groups.values())


def _virtual_verticals(xs: list[float], rows: list[TextRow], vs: Sequence[Seg], drawn: bool = False) -> list[Seg]:
    """Vertical pieces the drawing lacks but the text shows: words on both sides, none across, in 2+ rows; where
    the border is `drawn` through the header rows and no word of the body runs over it, down every body row."""
    out: list[Seg] = []
    for k in range(1, len(xs) - 1):
        x = xs[k]
        split = [r for r in rows if not covered(vs, x, r.y0, r.y1)
                 and r.both_sides(x, xs[k - 1], xs[k + 1]) and not r.crosses(x)]
        if len(split) >= 2:  # shown by the text in two rows or more: it holds in the rows with words on one side too
            out.extend(Seg(False, x, r.y0, r.y1) for r in rows if not covered(vs, x, r.y0, r.y1)
                       and not r.crosses(x) and (r in split or drawn and r.words))
        elif drawn and rows and covered(vs, x, rows[0].y0, rows[0].y1):  # drawn from the top through the header
            last = max(i for i, r in enumerate(rows) if covered(vs, x, r.y0, r.y1))  # only (世田谷区: 現年分 | 99.05 |
            below = rows[last + 1:]  # … | 備考 left blank): down the body rows, where no word runs over it
            sided = [r for r in below if not covered(vs, x, r.y0, r.y1) and r.words]
            if len(sided) >= 3 and not any(r.crosses(x) for r in below):
                out.extend(Seg(False, x, r.y0, r.y1) for r in sided)
    return out


def _open_ends(hs: list[Seg], vs: list[Seg]) -> list[Seg]:
    """The top or bottom rule a table cut by a page break lacks: where three or more verticals run on past the
    outermost horizontal rule by a row's height and end level, a rule across their ends."""
    out: list[Seg] = []
    top, bottom = min(h.pos for h in hs), max(h.pos for h in hs)
    for edge, beyond in ((top, lambda v: top - v.a), (bottom, lambda v: v.b - bottom)):
        ends = [v for v in vs if beyond(v) >= 6.0]
        if len(ends) < 3:
            continue
        pos = ends[0].a if edge == top else ends[0].b
        if all(abs((v.a if edge == top else v.b) - pos) <= TOL * 2 for v in ends):
            x0, x1 = min(v.pos for v in ends), max(v.pos for v in ends)
            out.append(Seg(True, pos, x0, x1))
            left, right = min(h.a for h in hs), max(h.b for h in hs)
            if x0 - left > TOL * 2:  # the cut row starts right of the table's edge (a label cell of the page
                out.append(Seg(True, edge, left, x0))  # before): that corner is no part of the row below it
            if right - x1 > TOL * 2:
                out.append(Seg(True, edge, x1, right))
    return out


def _unruled_row_edges(hs: list[Seg], vs: list[Seg]) -> list[Seg]:
    """Row edges the drawing left out inside a table: where three or more verticals start (or end) level, off
    every horizontal rule, a rule across them, out to the verticals on either side that run on through (a 小計
    row under a blank band of a taller merged cell, its top border not drawn)."""
    out: list[Seg] = []
    top, bottom = min(h.pos for h in hs), max(h.pos for h in hs)
    for end in ("a", "b"):
        inner = sorted(((getattr(v, end), v) for v in vs if top + TOL * 2 < getattr(v, end) < bottom - TOL * 2),
                       key=lambda yv: yv[0])
        groups: list[list[tuple[float, Seg]]] = []
        for y, v in inner:
            if groups and y - groups[-1][0][0] <= TOL * 2:
                groups[-1].append((y, v))
            else:
                groups.append([(y, v)])
        for group in groups:
            if len(group) < 3:
                continue
            pos = group[0][0]
            x0, x1 = min(v.pos for _, v in group), max(v.pos for _, v in group)
            if covered(hs, pos, x0, x1):
                continue
            through = [v.pos for v in vs if v.a < pos - TOL and v.b > pos + TOL]
            left = max((x for x in through if x < x0 - TOL), default=x0)
            right = min((x for x in through if x > x1 + TOL), default=x1)
            out.append(Seg(True, pos, left, right))
    return out


def _shading(fills: Sequence[Box], xs: list[float], ys: list[float]) -> list[Seg]:
    """The edges of shaded cells: a rectangle whose four sides all fall on the table's own lines is a cell's
    shading, and where the drawing leaves out that cell's border (a header cell shaded apart from the blank band
    beside it) its edges stand for it. Highlights of text and shading off the lines add nothing."""
    def on(v: float, lines: list[float]) -> bool:
        return any(abs(v - p) <= TOL for p in lines)

    out = []
    for x0, y0, x1, y1 in fills:
        if on(x0, xs) and on(x1, xs) and on(y0, ys) and on(y1, ys):
            out += [Seg(True, y0, x0, x1), Seg(True, y1, x0, x1), Seg(False, x0, y0, y1), Seg(False, x1, y0, y1)]
    return out


def _overlapping(regs: Sequence[tuple[int, int, int, int]], nrows: int, ncols: int) -> bool:
    """True when some merged region is no rectangle (its bounding box takes in cells of another): borders the
    drawing left out joined cells that are not one."""
    return sum(rs * cs for _, _, rs, cs in regs) > nrows * ncols


FRAME_INSET = 6.0  # points: a border drawn this close outside a table's own border is a frame around it


def _outer_frame(hs: list[Seg], vs: list[Seg]) -> tuple[list[Seg], list[Seg]]:
    """The rules without a decorative frame drawn a few points outside the table's own border (a double border:
    the outer box shares no row or column line with the table but its own corners); the rules trimmed to the
    table's border where they ran on to the frame."""
    xs, ys = cluster(s.pos for s in vs), cluster(s.pos for s in hs)
    if len(xs) < 3 or len(ys) < 3:
        return hs, vs

    def near(a: float, b: float) -> bool:
        return abs(a - b) <= TOL

    edge_x = {k: xs[k] for k in (0, -1)}
    edge_y = {k: ys[k] for k in (0, -1)}
    drop_x = [x for k, x in edge_x.items() if abs(xs[1 if k == 0 else -2] - x) <= FRAME_INSET and not any(
        near(s.a if k == 0 else s.b, x) for s in hs if not any(near(s.pos, y) for y in edge_y.values()))]
    drop_y = [y for k, y in edge_y.items() if abs(ys[1 if k == 0 else -2] - y) <= FRAME_INSET and not any(
        near(s.a if k == 0 else s.b, y) for s in vs if not any(near(s.pos, x) for x in edge_x.values()))]
    if not drop_x and not drop_y:
        return hs, vs
    lo_x = xs[1] if xs[0] in drop_x else xs[0]
    hi_x = xs[-2] if xs[-1] in drop_x else xs[-1]
    lo_y = ys[1] if ys[0] in drop_y else ys[0]
    hi_y = ys[-2] if ys[-1] in drop_y else ys[-1]
    hs = [Seg(True, s.pos, max(s.a, lo_x), min(s.b, hi_x)) for s in hs if not any(near(s.pos, y) for y in drop_y)]
    vs = [Seg(False, s.pos, max(s.a, lo_y), min(s.b, hi_y)) for s in vs if not any(near(s.pos, x) for x in drop_x)]
    return [s for s in hs if s.b - s.a > TOL], [s for s in vs if s.b - s.a > TOL]


def _frame(group: list[Seg], chars: Sequence[Char], fills: Sequence[Box] = ()) -> Frame | None:
    hs = [s for s in group if s.horizontal]
    vs = [s for s in group if not s.horizontal]
    hs, vs = _outer_frame(hs, vs)
    if not hs or len(vs) < 2:
        return None
    hs = hs + _open_ends(hs, vs)  # (a one-row piece of a table cut at the top of a page: its bottom rule only)
    if len(cluster(s.pos for s in hs)) < 2:
        return None
    hs = hs + _unruled_row_edges(hs, vs)
    ys = cluster(s.pos for s in hs)
    xs = cluster(s.pos for s in vs)
    if len(ys) < 2 or len(xs) < 2:
        return None
    regs = regions(xs, ys, hs, vs)
    shade = _shading(fills, xs, ys) if _overlapping(regs, len(ys) - 1, len(xs) - 1) else []
    if shade:
        regs = regions(xs, ys, hs + shade, vs + shade)
    if chars and (len(xs) == 2 or any(cs > 1 for _, _, _, cs in regs)):
        rows = text_rows(chars, xs[0], xs[-1], ys)
        cand = xs
        if len(xs) == 2 and len(rows) >= 3:
            cand = [xs[0], *place(shared_gaps(rows[1:], min_gap(chars)), rows), xs[-1]]
        extra = _virtual_verticals(cand, rows, vs, drawn=cand is xs)
        if extra:
            vs = vs + extra
            xs = [x for x in cand if x in xs or any(s.pos == x for s in extra)]
            regs = regions(xs, ys, hs + shade, vs + shade)
    if len(regs) < 2:
        return None  # a plain box around text, not a table
    return Frame(xs, ys, regs)


MIN_BAND = 120.0  # points: a shaded row narrower than this is no table's (a highlighted word, a glyph's box)
BAND_HEIGHT = (6.0, 52.0)  # points: a shaded row of a table is this tall (a grey box behind a paragraph is taller)


def _block_bands(cells: Sequence[Box], bands: Sequence[Box]) -> list[Box]:
    """Shaded cells of different heights that touch and fill a rectangle together (a header of cells spanning two
    rows beside a group heading over its two sub-heads), as one band: its top and bottom edges are the header's."""
    out: list[Box] = []
    for g in ([cells[i] for i in group] for group in _touching(cells)):
        box = (min(c[0] for c in g), min(c[1] for c in g), max(c[2] for c in g), max(c[3] for c in g))
        area = sum((c[2] - c[0]) * (c[3] - c[1]) for c in g)
        whole = (box[2] - box[0]) * (box[3] - box[1])
        if len({round(c[3] - c[1]) for c in g}) >= 2 and area >= 0.97 * whole and box[3] - box[1] <= 2 * BAND_HEIGHT[1] \
                and not any(abs(b[1] - box[1]) <= TOL and abs(b[3] - box[3]) <= TOL and abs(b[0] - box[0]) <= TOL
                            and abs(b[2] - box[2]) <= TOL for b in bands):
            out.append(box)
    return out


def _touching(boxes: Sequence[Box]) -> list[list[int]]:
    """The boxes in groups that touch edge to edge (side by side or stacked, none painted over another), by index."""
    parent = list(range(len(boxes)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(boxes):
        for j in range(i + 1, len(boxes)):
            b = boxes[j]
            x_over = min(a[2], b[2]) - max(a[0], b[0])
            y_over = min(a[3], b[3]) - max(a[1], b[1])
            if x_over > TOL and y_over > TOL:
                continue  # one painted over the other
            side = (abs(a[2] - b[0]) <= TOL or abs(b[2] - a[0]) <= TOL) and y_over > TOL
            stack = (abs(a[3] - b[1]) <= TOL or abs(b[3] - a[1]) <= TOL) and x_over > TOL
            if side or stack:
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(boxes)):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def _band_rules(fills: Sequence[Box], taken: Sequence[Box]) -> list[Seg]:
    """Rules along the shaded rows of a table drawn without lines (a grey header band, zebra-striped rows): each
    row's adjacent shaded cells as one band, its top and bottom edges a rule, where two bands or more of one width
    stand in a column. The rules-only reader (extract/rules.py) then reads the table over them and the lines
    between; bands that outline no table (shaded boxes of prose) give none."""
    rows: dict[tuple[int, int], list[Box]] = {}
    for f in fills:
        tall, wide = f[3] - f[1], f[2] - f[0]
        if BAND_HEIGHT[0] <= tall <= BAND_HEIGHT[1] and wide >= min(20.0, 1.5 * tall) and not any(  # (no glyph's box)
                t[0] - TOL <= f[0] and f[2] <= t[2] + TOL and t[1] - TOL <= f[1] and f[3] <= t[3] + TOL for t in taken):
            rows.setdefault((round(f[1]), round(f[3])), []).append(f)
    bands: list[Box] = []
    for (top, bottom), cells in rows.items():
        cells.sort()
        x0, x1 = cells[0][0], cells[0][2]
        for c in cells[1:]:
            if c[0] > x1 + TOL:  # a gap: another band (a table beside it)
                bands.append((x0, top, x1, bottom))
                x0 = c[0]
            x1 = max(x1, c[2])
        bands.append((x0, top, x1, bottom))
    bands += _block_bands([f for cells in rows.values() for f in cells], bands)
    out: list[Seg] = []
    for b in bands:
        alike = sum(1 for o in bands if abs(o[0] - b[0]) <= TOL * 2 and abs(o[2] - b[2]) <= TOL * 2)
        if b[2] - b[0] >= MIN_BAND and alike >= 2:
            out += [Seg(True, b[1], b[0], b[2]), Seg(True, b[3], b[0], b[2])]
    return out


def _header_band(group: list[Seg], fills: Sequence[Box], chars: Sequence[Char]) -> list[Seg]:
    """Rules for a shaded header band drawn on top of a ruled table without lines of its own (a grey band of
    column names over a grid whose borders start under it): its top edge, and each of the grid's column lines
    that reaches the grid's top carried up through the band where no header word runs over it. Empty when no
    band of the grid's width sits on its top edge."""
    vs = [s for s in group if not s.horizontal]
    hs = [s for s in group if s.horizontal]
    if len(vs) < 2 or not hs:
        return []
    left, right = min(s.pos for s in vs), max(s.pos for s in vs)
    top = min(s.pos for s in hs)
    band = next((f for f in fills if abs(f[3] - top) <= TOL * 2 and abs(f[0] - left) <= TOL * 2
                 and abs(f[2] - right) <= TOL * 2 and BAND_HEIGHT[0] <= f[3] - f[1] <= BAND_HEIGHT[1]), None)
    if band is None:
        return []
    inside = [c for c in chars if band[1] - TOL <= (c.y0 + c.y1) / 2 <= band[3] + TOL and left <= c.x0 and c.x1 <= right]
    if not inside:
        return []
    out = [Seg(True, band[1], left, right), Seg(False, left, band[1], top), Seg(False, right, band[1], top)]
    for v in vs:
        if left + TOL < v.pos < right - TOL and abs(v.a - top) <= TOL and \
                not any(c.x0 + TOL < v.pos < c.x1 - TOL for c in inside):
            out.append(Seg(False, v.pos, band[1], top))
    return out


def page_frames(page: pymupdf.Page, chars: Sequence[Char] = ()) -> list[Frame]:
    """Every table on the page as a Frame, top to bottom: fully ruled ones, and (given the page's
    characters) boxes missing vertical borders and tables ruled with horizontal lines only."""
    fills: list[Box] = []
    tiles: list[tuple[Box, bool]] = []
    segs = _segments(page, fills, tiles)
    return frames_from_segments(segs + _tiled_rules(tiles, [g for g in segs if g.horizontal]), chars, fills)


TILE_HEIGHT = (6.0, 80.0)  # points: a table cell painted as a rectangle of its own is this tall


def _tiled_rules(tiles: Sequence[tuple[Box, bool]], lines: Sequence[Seg] = ()) -> list[Seg]:
    """The borders of cells painted as rectangles that tile a table with no lines (zebra-striped by debt, the
    unshaded cells painted white): every cell's edges, where six cells or more touch edge to edge over two columns
    and three rows, white and shaded ones among them."""
    cells = [(b, w) for b, w in tiles if TILE_HEIGHT[0] <= b[3] - b[1] <= TILE_HEIGHT[1] and b[2] - b[0] >= 8]
    if len(cells) < 6 or len(cells) > 3000 or not any(w for _, w in cells) or all(w for _, w in cells):
        return []
    groups = [[cells[i] for i in group] for group in _touching([b for b, _ in cells])]
    rules: dict[int, float] = {}  # horizontal rules by height: how wide they run in all
    for ln in lines:
        rules[round(ln.pos)] = rules.get(round(ln.pos), 0.0) + ln.b - ln.a
    units: list[tuple[list[list[tuple[Box, bool]]], list[Seg]]] = []
    for chain, bridges in _unpainted_rows(groups):
        boxes = [b for group in chain for b, _ in group]
        left, right, bottom = min(b[0] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)
        across = [y for y, width in rules.items() if width >= 0.8 * (right - left)]
        if bridges and any(bottom - 2 <= y <= bottom + 2 for y in across) and \
                any(bottom + 6 <= y <= bottom + 30 for y in across):
            units.extend(([group], []) for group in chain)  # a ruled row right under the chain (合計 between two
            continue  # rules): the table goes on in rules, read by them; the blocks as they are
        units.append((chain, bridges))
    out: list[Seg] = []
    for chain, bridges in units:
        g = [c for group in chain for c in group]
        if len(g) < 6 or not any(w for _, w in g) or all(w for _, w in g) or \
                len({round(b[0]) for b, _ in g}) < 2 or len({round(b[1]) for b, _ in g}) < 3:
            continue
        for (x0, y0, x1, y1), _ in g:
            out += [Seg(True, y0, x0, x1), Seg(True, y1, x0, x1), Seg(False, x0, y0, y1), Seg(False, x1, y0, y1)]
        out += bridges
    return out


def _unpainted_rows(groups: list[list[tuple[Box, bool]]]) -> list[tuple[list[list[tuple[Box, bool]]], list[Seg]]]:
    """The tiled blocks chained where a row left unpainted stands between two blocks of the same columns (zebra rows
    whose white rows are no rectangles: 保育料 between the shaded rows of 市税 and 住宅使用料), each chain with the
    column lines across those rows, so the blocks are one table."""
    def extent(g: list[tuple[Box, bool]]) -> tuple[Box, set[int], float]:
        boxes = [b for b, _ in g]
        return ((min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
                 max(b[3] for b in boxes)), {round(x) for b in boxes for x in (b[0], b[2])},
                sorted(b[3] - b[1] for b in boxes)[len(boxes) // 2])
    extents = {id(g): extent(g) for g in groups}
    ordered = sorted(groups, key=lambda g: extents[id(g)][0][1])
    chains: list[tuple[list[list[tuple[Box, bool]]], list[Seg]]] = []
    cols: set[int] = set()  # the column edges of the chain's last block of several columns
    for g in ordered:
        (lower, xs2, tall2) = extents[id(g)]
        if chains:
            (upper, _, tall) = extents[id(chains[-1][0][-1])]
            gap = lower[1] - upper[3]
            common = cols if len(xs2) <= 2 else cols & xs2  # (a section row painted across the table: 【特別会計】)
            if 0 < gap <= 1.5 * max(tall, tall2) and abs(upper[0] - lower[0]) <= 2 and abs(upper[2] - lower[2]) <= 2 \
                    and len(common) >= 3:
                chains[-1][0].append(g)
                chains[-1][1].extend(Seg(False, float(x), upper[3], lower[1]) for x in sorted(common))
                cols = xs2 if len(xs2) > 2 else cols
                continue
        chains.append(([g], []))
        cols = xs2 if len(xs2) > 2 else set()
    out: list[tuple[list[list[tuple[Box, bool]]], list[Seg]]] = []
    for i, (chain, bridges) in enumerate(chains):
        following = chains[i + 1][0][0] if i + 1 < len(chains) else None
        if bridges and following is not None:
            (upper, _, tall), (lower, _, tall2) = extents[id(chain[-1])], extents[id(following)]
            if 0 < lower[1] - upper[3] <= 1.5 * max(tall, tall2) and abs(upper[0] - lower[0]) <= 2 \
                    and abs(upper[2] - lower[2]) <= 2:  # the table goes on below in a way not bridged (a section
                out.extend(([g], []) for g in chain)  # row painted across): the blocks as they are
                continue
        out.append((chain, bridges))
    return out


def frames_from_segments(raw: Sequence[Seg], chars: Sequence[Char] = (), fills: Sequence[Box] = ()) -> list[Frame]:
    """page_frames for ruling segments found elsewhere (e.g. detected in a scanned page's image: extract/ocr.py);
    `fills` are shaded rectangles, borders only where they shade one of a table's cells."""
    segs = _merge(raw)
    frames: list[Frame] = []
    loose: list[Seg] = []
    for g in _components(segs):
        g = g + _header_band(g, fills, chars)
        f = _frame(g, chars, fills)
        if f is not None:
            frames.append(f)
        elif chars and len(cluster(s.pos for s in g if not s.horizontal)) <= 1:
            loose.extend(s for s in g if s.horizontal)  # rules alone, or with one line down a label column
    if chars:
        loose += _band_rules(fills, [f.bbox for f in frames])
    if loose:
        frames.extend(rule_frames(loose, chars, [f.bbox for f in frames], fills))
    if chars:
        frames.extend(bare_frames(chars, [f.bbox for f in frames]))
    return sorted(frames, key=lambda f: (round(f.ys[0]), f.xs[0]))
