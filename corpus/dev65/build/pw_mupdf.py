"""Tiny PyMuPDF drawing kit (tables with merges, wrapped text) for pw documents."""
import fitz

GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FG = fitz.Font(fontfile=GOTH)
FM = fitz.Font(fontfile=MIN)


class Doc:
    def __init__(self):
        self.d = fitz.open()
        self.p = None

    def new(self, landscape=False):
        w, h = (842, 595) if landscape else (595, 842)
        self.p = self.d.new_page(width=w, height=h)
        self.p.insert_font(fontname="g", fontfile=GOTH)
        self.p.insert_font(fontname="m", fontfile=MIN)
        return self.p

    def n(self):
        return self.d.page_count


def tw(s, fs, font="g"):
    return (FG if font == "g" else FM).text_length(s, fontsize=fs)


def text(p, x, y, s, fs=9, font="g", color=(0, 0, 0), align="l", w=0):
    if align == "r":
        x = x + w - tw(s, fs, font)
    elif align == "c":
        x = x + (w - tw(s, fs, font)) / 2
    p.insert_text((x, y), s, fontsize=fs, fontname=font, color=color)


def wrap(s, fs, width, font="g"):
    out, line = [], ""
    for ch in s:
        if ch == "\n":
            out.append(line); line = ""; continue
        if tw(line + ch, fs, font) > width:
            out.append(line); line = ch
        else:
            line += ch
    if line:
        out.append(line)
    return out


def para(p, x, y, s, fs=9.5, width=480, font="m", lead=1.55, indent=0):
    lines = wrap(s, fs, width - indent, font)
    for k, ln in enumerate(lines):
        text(p, x + (indent if k else 0), y, ln, fs, font)
        y += fs * lead
    return y


def table(p, x, y, widths, rows, rh=16, fs=8, merges=(), header_rows=1, shade=(0.85, 0.9, 0.96),
          zebra=None, rules=True, aligns=None, rhs=None, vertical=(), bold_rows=(), font="g"):
    """rows: list of lists of str (None = covered by a merge). merges: (r, c, rs, cs).
    vertical: set of (r, c) whose text is stacked one character per line (縦書き)."""
    nr, nc = len(rows), len(widths)
    rhs = rhs or [rh] * nr
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    ys = [y]
    for h in rhs:
        ys.append(ys[-1] + h)
    span = {}
    covered = set()
    for (r, c, rs, cs) in merges:
        span[(r, c)] = (rs, cs)
        for i in range(r, r + rs):
            for j in range(c, c + cs):
                if (i, j) != (r, c):
                    covered.add((i, j))
    for r in range(nr):
        for cidx in range(nc):
            if (r, cidx) in covered:
                continue
            rs, cs = span.get((r, cidx), (1, 1))
            rect = fitz.Rect(xs[cidx], ys[r], xs[cidx + cs], ys[r + rs])
            fill = None
            if r < header_rows and shade:
                fill = shade
            elif zebra and (r - header_rows) % 2 == 1:
                fill = zebra
            if fill or rules:
                p.draw_rect(rect, color=(0, 0, 0) if rules else None, fill=fill, width=0.5)
            s = rows[r][cidx]
            if s is None or s == "":
                continue
            if (r, cidx) in vertical:
                chars = list(s)
                lh = fs * 1.15
                yy = rect.y0 + (rect.height - lh * len(chars)) / 2 + fs
                for ch in chars:
                    text(p, rect.x0, yy, ch, fs, font, align="c", w=rect.width)
                    yy += lh
                continue
            a = (aligns[cidx] if aligns else ("l" if cidx == 0 else "r"))
            if r < header_rows:
                a = "c"
            lines = []
            for part in s.split("\n"):
                lines += wrap(part, fs, rect.width - 6, font) if a == "l" else [part]
            lh = fs * 1.3
            yy = rect.y0 + (rect.height - lh * len(lines)) / 2 + fs * 0.95
            for ln in lines:
                text(p, rect.x0 + 3, yy, ln, fs, font, align=a, w=rect.width - 6)
                yy += lh
    if not rules:
        pass
    return ys[-1]


def hline(p, x0, x1, y, w=0.8):
    p.draw_line((x0, y), (x1, y), width=w)


def box(p, rect, fill=None, w=0.8):
    p.draw_rect(fitz.Rect(*rect), color=(0, 0, 0), fill=fill, width=w)
