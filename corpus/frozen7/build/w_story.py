"""PyMuPDF Story helper for the w_ builders: one HTML fragment per page, header/footer drawn directly."""
from __future__ import annotations

from pathlib import Path

import pymupdf

FONTDIR = "/usr/share/fonts/opentype"
CSS = """
@font-face {font-family: gothic; src: url(ipaexg.ttf);}
@font-face {font-family: mincho; src: url(ipaexm.ttf);}
body {font-family: mincho; font-size: 10pt; line-height: 1.45;}
h1 {font-family: gothic; font-size: 15pt; text-align: center; margin: 4pt 0 10pt 0;}
h2 {font-family: gothic; font-size: 12pt; margin: 10pt 0 4pt 0;}
h3 {font-family: gothic; font-size: 10.5pt; margin: 8pt 0 3pt 0;}
p {margin: 2pt 0 2pt 0;}
table {border-collapse: collapse; margin: 3pt 0 3pt 0;}
td, th {border: 0.6pt solid black; padding: 2pt 4pt; font-size: 9pt;}
th {font-family: gothic; background-color: #e6e6e6; text-align: center;}
td.n {text-align: right;}
td.l {text-align: left;}
.unit {text-align: right; font-size: 8.5pt;}
.note {font-size: 8.5pt;}
.box {border: 0.8pt solid black; padding: 5pt 8pt;}
.ind1 {margin-left: 12pt;}
.ind2 {margin-left: 24pt;}
.ind3 {margin-left: 36pt;}
"""


def archive():
    arch = pymupdf.Archive()
    arch.add(pymupdf.Archive(f"{FONTDIR}/ipaexfont-gothic"))
    arch.add(pymupdf.Archive(f"{FONTDIR}/ipaexfont-mincho"))
    return arch


def render(pages_html: list[str], dest: Path, *, landscape=False, header="", footer_fmt="－ {n} －",
           margin=56):
    W, H = (842, 595) if landscape else (595, 842)
    arch = archive()
    doc = pymupdf.open()
    for n, html in enumerate(pages_html, 1):
        story = pymupdf.Story(html=html, user_css=CSS, archive=arch)
        import io
        bio = io.BytesIO()
        writer = pymupdf.DocumentWriter(bio)
        rect = pymupdf.Rect(margin, margin + 10, W - margin, H - margin)
        dev = writer.begin_page(pymupdf.Rect(0, 0, W, H))
        more, _ = story.place(rect)
        story.draw(dev)
        writer.end_page()
        if more:
            raise RuntimeError(f"page {n} overflows")
        writer.close()
        tmp = pymupdf.open("pdf", bio.getvalue())
        doc.insert_pdf(tmp)
    fontfile = f"{FONTDIR}/ipaexfont-mincho/ipaexm.ttf"
    for n, page in enumerate(doc, 1):
        page.insert_font(fontname="ipam", fontfile=fontfile)
        if header:
            tw = len(header) * 8
            page.insert_text((W - margin - tw, margin - 14), header, fontname="ipam", fontsize=8)
        ft = footer_fmt.format(n=n)
        page.insert_text((W / 2 - len(ft) * 4.5, H - margin + 28), ft, fontname="ipam", fontsize=9)
    doc.subset_fonts()
    doc.save(dest, garbage=4, deflate=True)
    return doc.page_count
