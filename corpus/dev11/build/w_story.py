"""PyMuPDF Story helper: HTML -> A4 PDF with running header, page numbers and subset fonts."""
from __future__ import annotations

from pathlib import Path

import pymupdf

CSS = """
@font-face {font-family: M; src: url(ipaexm.ttf);}
@font-face {font-family: G; src: url(ipaexg.ttf);}
* {font-family: M; font-size: 10.5pt; line-height: 1.45;}
h1 {font-family: G; font-size: 15pt; text-align: center; margin: 2pt 0 6pt 0;}
h2 {font-family: G; font-size: 11.5pt; margin: 8pt 0 3pt 0;}
p {margin: 0 0 3pt 0; text-align: justify;}
table {border-collapse: collapse; margin: 3pt 0 5pt 0;}
td, th {border: 0.6pt solid black; padding: 1.5pt 3pt; font-size: 9pt;}
th {background-color: #e6e6e6; font-weight: normal; text-align: center;}
td.r {text-align: right;}
td.c {text-align: center;}
.sp {margin-top: 5pt;}
.nb td {border: none; font-size: 10pt; padding: 0 6pt 0 0;}
.box {border: 0.8pt solid black; padding: 4pt;}
"""


def render(html: str, out: Path, header: str = "", footer_fmt: str = "－ {} －", css: str = CSS,
           landscape: bool = False, margins=(56, 62, 56, 60)):
    arch = pymupdf.Archive("/usr/share/fonts/opentype/ipaexfont-mincho")
    arch.add("/usr/share/fonts/opentype/ipaexfont-gothic")
    story = pymupdf.Story(html=html, user_css=css, archive=arch)
    rect = pymupdf.paper_rect("a4-l" if landscape else "a4")
    l, t, r, b = margins
    where = pymupdf.Rect(l, t, rect.width - r, rect.height - b)
    tmp = out.with_suffix(".tmp.pdf")
    writer = pymupdf.DocumentWriter(str(tmp))
    more = True
    while more:
        dev = writer.begin_page(rect)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    doc = pymupdf.open(tmp)
    for i, page in enumerate(doc):
        if header:
            page.insert_text((l, t - 22), header, fontname="hg", fontfile="/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf", fontsize=8.5)
            page.draw_line((l, t - 17), (rect.width - r, t - 17), width=0.5)
        s = footer_fmt.format(i + 1)
        w = pymupdf.get_text_length(s, fontsize=9) if s.isascii() else 9 * len(s)
        page.insert_text(((rect.width - w) / 2, rect.height - b + 30), s, fontname="hm",
                         fontfile="/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf", fontsize=9)
    doc.subset_fonts()
    doc.save(out, garbage=4, deflate=True)
    doc.close()
    tmp.unlink()
    return out
