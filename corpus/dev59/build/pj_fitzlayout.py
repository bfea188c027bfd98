"""Small PyMuPDF layout helpers (text, wrapping, ruled tables, bar chart) for helper pj's documents."""
import fitz

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONTS = {"g": fitz.Font(fontfile=GOTHIC), "m": fitz.Font(fontfile=MINCHO)}
A4 = fitz.paper_rect("a4")


def new_page(doc, landscape=False):
    r = A4
    p = doc.new_page(width=r.height if landscape else r.width, height=r.width if landscape else r.height)
    p.insert_font(fontname="g", fontfile=GOTHIC)
    p.insert_font(fontname="m", fontfile=MINCHO)
    return p


def tlen(s, size, font="m"):
    return FONTS[font].text_length(s, fontsize=size)


def text(p, x, y, s, size=10.5, font="m", color=(0, 0, 0), align="l", w=0):
    if align == "r":
        x = x + w - tlen(s, size, font)
    elif align == "c":
        x = x + (w - tlen(s, size, font)) / 2
    p.insert_text((x, y), s, fontname=font, fontsize=size, color=color)


NOBREAK = set("0123456789,.０１２３４５６７８９，．％%")
NOSTART = set("、。）」％%ポ")


def wrap(s, width, size, font="m", indent=0.0):
    lines, cur = [], ""
    for ch in s:
        w0 = indent if not lines else 0
        if cur and tlen(cur + ch, size, font) + w0 > width:
            # do not start a line with punctuation, do not split digit runs
            if ch in NOSTART or (ch in NOBREAK and cur[-1] in NOBREAK):
                k = len(cur)
                while k > 1 and cur[k - 1] in NOBREAK and (ch in NOBREAK):
                    k -= 1
                if ch in NOSTART and not (ch in NOBREAK):
                    k = len(cur) - 1
                lines.append(cur[:k])
                cur = cur[k:] + ch
            else:
                lines.append(cur)
                cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def para(p, x, y, s, width, size=10.5, lead=1.6, font="m", indent=0.0, hang=0.0):
    """Write a wrapped paragraph; first line indented by `indent`, later lines by `hang`. Returns next y."""
    first = True
    lines = []
    rest = s
    # wrap with different first-line width
    ls = wrap(s, width - hang, size, font, indent=indent - hang)
    for i, ln in enumerate(ls):
        xx = x + (indent if i == 0 else hang)
        text(p, xx, y, ln, size, font)
        y += size * lead
    return y


def table(p, x, y, colw, rows, rowh=18, size=9, font="m", aligns=None, header_rows=1,
          head_fill=(0.85, 0.85, 0.85), zebra=None, rules="grid", spans=None, fills=None,
          row_heights=None, head_font="g"):
    """rows: list of lists of cell strings ("" allowed, "\n" stacks lines). spans: {(r,c):(rs,cs)}.
    rules: grid | none | hlines (only over and under the header and at the bottom). Returns bottom y."""
    spans = spans or {}
    fills = fills or {}
    covered = set()
    for (r, c), (rs, cs) in spans.items():
        for rr in range(r, r + rs):
            for cc in range(c, c + cs):
                if (rr, cc) != (r, c):
                    covered.add((rr, cc))
    rh = row_heights or [rowh] * len(rows)
    ys = [y]
    for h in rh:
        ys.append(ys[-1] + h)
    xs = [x]
    for w in colw:
        xs.append(xs[-1] + w)
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if (r, c) in covered:
                continue
            rs, cs = spans.get((r, c), (1, 1))
            rect = fitz.Rect(xs[c], ys[r], xs[c + cs], ys[r + rs])
            fill = fills.get((r, c))
            if fill is None and r < header_rows and head_fill:
                fill = head_fill
            if fill is None and zebra and r >= header_rows and (r - header_rows) % 2 == 1:
                fill = zebra
            if fill:
                p.draw_rect(rect, color=None, fill=fill, width=0)
            if rules == "grid":
                p.draw_rect(rect, color=(0, 0, 0), width=0.5)
            lines = str(cell).split("\n")
            f = head_font if r < header_rows else font
            al = "c" if r < header_rows else ((aligns or ["l"] * len(row))[c])
            tot = len(lines) * size * 1.25
            ty = rect.y0 + (rect.height - tot) / 2 + size * 1.0
            for ln in lines:
                text(p, rect.x0 + 3, ty, ln, size, f, align=al, w=rect.width - 6)
                ty += size * 1.25
    if rules == "hlines":
        for yy in (ys[0], ys[header_rows], ys[-1]):
            p.draw_line((xs[0], yy), (xs[-1], yy), color=(0, 0, 0), width=0.8)
    return ys[-1]


def bar_chart(p, rect, labels, values, vmin, vmax, size=8, fmt="{:.2f}", color=(0.35, 0.5, 0.75)):
    """Vertical bar chart with data labels over the bars and category labels under them."""
    x0, y0, x1, y1 = rect
    p.draw_line((x0, y1), (x1, y1), color=(0, 0, 0), width=0.6)
    p.draw_line((x0, y0), (x0, y1), color=(0, 0, 0), width=0.6)
    n = len(values)
    slot = (x1 - x0) / n
    bw = slot * 0.5
    out = []
    for i, (lab, v) in enumerate(zip(labels, values)):
        h = (v - vmin) / (vmax - vmin) * (y1 - y0 - 14)
        bx = x0 + slot * i + (slot - bw) / 2
        p.draw_rect(fitz.Rect(bx, y1 - h, bx + bw, y1), color=None, fill=color)
        s = fmt.format(v)
        text(p, bx - 10, y1 - h - 3, s, size, "g", align="c", w=bw + 20)
        text(p, x0 + slot * i, y1 + size + 3, lab, size, "g", align="c", w=slot)
        out.append(s)
    return out
