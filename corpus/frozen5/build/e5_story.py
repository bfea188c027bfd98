"""PyMuPDF Story helper for the e_* builders: HTML chunks, each starting on a new page, then running
header/footer and page numbers drawn on every page; fonts subset."""
from __future__ import annotations

from pathlib import Path

import pymupdf as fitz

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

BASE_CSS = """
@font-face {font-family: G; src: url(ipaexg.ttf);}
@font-face {font-family: M; src: url(ipaexm.ttf);}
body {font-family: M; font-size: 10pt; line-height: 1.45;}
h1 {font-family: G; font-size: 15pt; text-align: center; margin: 4px 0 10px 0;}
h2 {font-family: G; font-size: 12pt; margin: 10px 0 4px 0;}
h3 {font-family: G; font-size: 10.5pt; margin: 8px 0 3px 0;}
p {margin: 2px 0 2px 0;}
table {border-collapse: collapse; margin: 3px 0 6px 0;}
td, th {border: 0.8px solid #000; padding: 2px 4px; font-size: 9pt;}
th {font-family: G; background-color: #e6e6e6; font-weight: normal;}
td.n {text-align: right;}
.box {border: 0.8px solid #000; padding: 5px 8px; margin: 4px 0 6px 0;}
.note {font-size: 8.5pt;}
.r {text-align: right;}
.c {text-align: center;}
.g {font-family: G;}
"""


def render(chunks: list[str], out: Path, *, css: str = "", landscape=False, header: str = "",
           footer_fmt: str = "- {n} -", margins=(50, 60, 50, 55)) -> Path:
    arch = fitz.Archive(str(Path(GOTHIC).parent))
    arch.add(str(Path(MINCHO).parent))
    mb = fitz.paper_rect("a4-l" if landscape else "a4")
    l, t, r, b = margins
    where = fitz.Rect(mb.x0 + l, mb.y0 + t, mb.x1 - r, mb.y1 - b)
    tmp = out.with_suffix(".story.pdf")
    w = fitz.DocumentWriter(str(tmp))
    for html in chunks:
        story = fitz.Story(html=html, user_css=BASE_CSS + css, archive=arch)
        more = 1
        while more:
            dev = w.begin_page(mb)
            more, _ = story.place(where)
            story.draw(dev)
            w.end_page()
    w.close()
    doc = fitz.open(str(tmp))
    n = doc.page_count
    for i, page in enumerate(doc):
        page.insert_font(fontname="gt", fontfile=GOTHIC)
        if header:
            tw = fitz.get_text_length(header, fontname="helv", fontsize=8)  # rough; right-align approx
            page.insert_text((mb.width - r - len(header) * 8.2, t - 22), header, fontname="gt", fontsize=8)
        ft = footer_fmt.format(n=i + 1, total=n)
        page.insert_text((mb.width / 2 - len(ft) * 2.6, mb.height - b + 30), ft, fontname="gt", fontsize=9)
    doc.subset_fonts()
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(out), garbage=4, deflate=True)
    doc.close()
    tmp.unlink()
    return out
