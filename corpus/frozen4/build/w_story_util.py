"""PyMuPDF Story helpers for the w_ builders: HTML -> A4 pages, then a drawn running header/footer."""
from __future__ import annotations

from pathlib import Path

import pymupdf

FONTS = ["/usr/share/fonts/opentype/ipaexfont-gothic", "/usr/share/fonts/opentype/ipaexfont-mincho"]
BASE_CSS = """@font-face {font-family: G; src: url(ipaexg.ttf);} @font-face {font-family: M; src: url(ipaexm.ttf);}
body {font-family: M; font-size: 10pt; line-height: 1.35;}
.g {font-family: G;} th {font-family: G; background-color: #e4e4e4; font-weight: normal;}
table {border-collapse: collapse;} td, th {border: 0.8px solid black; padding: 1px 3px;}
"""


def render(html, dest: Path, *, css: str = "", landscape=False, margins=(52, 62, 52, 62),
           header=None, footer="- {p} -", header_left=None) -> Path:
    arch = pymupdf.Archive()
    for f in FONTS:
        arch.add(f)
    chunks = [html] if isinstance(html, str) else list(html)  # each chunk starts a new page
    rect = pymupdf.paper_rect("a4-l" if landscape else "a4")
    where = rect + (margins[0], margins[1], -margins[2], -margins[3])
    tmp = dest.with_suffix(".story.pdf")
    w = pymupdf.DocumentWriter(str(tmp))
    for chunk in chunks:
        story = pymupdf.Story(html=chunk, user_css=BASE_CSS + css, archive=arch)
        more = 1
        while more:
            dev = w.begin_page(rect)
            more, _ = story.place(where)
            story.draw(dev)
            w.end_page()
    w.close()
    d = pymupdf.open(tmp)
    n = len(d)
    for i, page in enumerate(d):
        fm = FONTS[1] + "/ipaexm.ttf"
        if header:
            tw = pymupdf.get_text_length(header, fontsize=9) if header.isascii() else 9 * len(header)
            page.insert_text((rect.width - margins[2] - tw, 36), header, fontsize=9, fontname="m", fontfile=fm)
        if header_left:
            page.insert_text((margins[0], 36), header_left, fontsize=9, fontname="m", fontfile=fm)
        if footer:
            s = footer.format(p=i + 1, n=n)
            page.insert_text((rect.width / 2 - 2.6 * len(s), rect.height - 30), s, fontsize=9, fontname="m",
                             fontfile=fm)
    d.subset_fonts()
    dest.parent.mkdir(parents=True, exist_ok=True)
    d.save(dest, garbage=4, deflate=True)
    d.close()
    tmp.unlink()
    return dest
