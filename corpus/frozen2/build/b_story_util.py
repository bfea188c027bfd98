"""PyMuPDF Story helpers: HTML chunks → PDF pages (each chunk starts a new page), drawn header/footer."""
from __future__ import annotations

from pathlib import Path

import fitz

MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

CSS = """
@font-face {font-family: M; src: url(ipaexm.ttf);}
@font-face {font-family: G; src: url(ipaexg.ttf);}
body {font-family: M; font-size: 10pt; line-height: 1.45;}
h1 {font-family: G; font-size: 16pt; text-align: center; margin: 0 0 6pt 0;}
h2 {font-family: G; font-size: 11.5pt; margin: 10pt 0 4pt 0;}
h3 {font-family: G; font-size: 10.5pt; margin: 8pt 0 3pt 0;}
p {margin: 0 0 3pt 0; text-align: justify;}
table {border-collapse: collapse; margin: 2pt 0 4pt 0;}
td, th {border: 0.6pt solid black; padding: 1.5pt 3pt; font-size: 8.6pt;}
th {background-color: #e6e6e6; font-weight: normal; text-align: center;}
td.r {text-align: right;}
td.c {text-align: center;}
.unit {text-align: right; font-size: 8.5pt; margin: 0;}
.note {font-size: 8.5pt;}
.box {border: 0.8pt solid black; padding: 4pt 6pt; margin: 4pt 0;}
.item {margin-left: 14pt; text-indent: -14pt;}
"""


def render(chunks: list[tuple[str, bool]], dest: Path, header: str, footer=("－ ", " －"),
           margin=(56, 62, 56, 62)):
    """chunks: (html, landscape).  Writes dest, then draws the running header and page numbers."""
    arch = fitz.Archive()
    arch.add(fitz.Archive(str(Path(MINCHO).parent)))
    arch.add(fitz.Archive(str(Path(GOTHIC).parent)))
    tmp = dest.with_suffix(".tmp.pdf")
    writer = fitz.DocumentWriter(str(tmp))
    for html, land in chunks:
        rect = fitz.paper_rect("a4-l" if land else "a4")
        where = rect + (margin[0], margin[1], -margin[2], -margin[3])
        html = html.replace("\n", "")
        story = fitz.Story(html=f"<body>{html}</body>", user_css=CSS, archive=arch)
        more = 1
        while more:
            dev = writer.begin_page(rect)
            more, _ = story.place(where)
            story.draw(dev)
            writer.end_page()
    writer.close()
    doc = fitz.open(str(tmp))
    for i, page in enumerate(doc):
        w, h = page.rect.width, page.rect.height
        page.insert_font(fontname="M", fontfile=MINCHO)
        hl = fitz.get_text_length(header, fontname="helv", fontsize=8) if False else len(header) * 8
        page.insert_text((w - margin[2] - hl, 36), header, fontname="M", fontsize=8)
        foot = f"{footer[0]}{i + 1}{footer[1]}"
        page.insert_text((w / 2 - len(foot) * 2.2, h - 30), foot, fontname="M", fontsize=9)
    doc.subset_fonts()
    doc.save(str(dest), garbage=4, deflate=True)
    doc.close()
    tmp.unlink()
    return dest
