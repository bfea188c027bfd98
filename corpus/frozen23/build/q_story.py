"""PyMuPDF Story helpers: render HTML 'sheets' (each on its own page run) with IPAex fonts, then add running header/footer."""
import pymupdf

FONTDIR_G = "/usr/share/fonts/opentype/ipaexfont-gothic"
FONTDIR_M = "/usr/share/fonts/opentype/ipaexfont-mincho"
CSS = """
@font-face {font-family: G; src: url(ipaexg.ttf);}
@font-face {font-family: M; src: url(ipaexm.ttf);}
body {font-family: M; font-size: 9.5pt; line-height: 1.35;}
h1 {font-family: G; font-size: 14pt; text-align: center; margin: 0 0 6pt 0;}
h2 {font-family: G; font-size: 11pt; margin: 8pt 0 3pt 0;}
h3 {font-family: G; font-size: 10pt; margin: 6pt 0 2pt 0;}
p {margin: 0 0 3pt 0;}
table {border-collapse: collapse;}
td, th {font-size: 8.5pt; padding: 2pt 3pt;}
th {font-family: G; font-weight: normal;}
.r {text-align: right;}
.c {text-align: center;}
.small {font-size: 8pt;}
"""


def render(path, sheets, extra_css=""):
    """sheets: list of (html, (w, h)) ; returns list of first page numbers (1-based) and page counts."""
    arch = pymupdf.Archive()
    arch.add(pymupdf.Archive(FONTDIR_G))
    arch.add(pymupdf.Archive(FONTDIR_M))
    writer = pymupdf.DocumentWriter(str(path))
    starts, counts = [], []
    page = 0
    for html, (w, h) in sheets:
        story = pymupdf.Story(html=html, user_css=CSS + extra_css, archive=arch)
        mediabox = pymupdf.Rect(0, 0, w, h)
        where = mediabox + (45, 50, -45, -50)
        more = 1
        starts.append(page + 1)
        n = 0
        while more:
            dev = writer.begin_page(mediabox)
            more, _ = story.place(where)
            story.draw(dev)
            writer.end_page()
            page += 1
            n += 1
        counts.append(n)
    writer.close()
    return starts, counts


def finish(path, out, header=None, footer=None, rotate=None):
    doc = pymupdf.open(path)
    n = doc.page_count
    for i, pg in enumerate(doc):
        r = pg.rect
        if header:
            pg.insert_text((r.width - 45 - 8 * len(header), 32), header, fontsize=8, fontname="ipg", fontfile=FONTDIR_G + "/ipaexg.ttf")
        if footer:
            t = footer.format(p=i + 1, n=n)
            pg.insert_text((r.width / 2 - 4 * len(t), r.height - 25), t, fontsize=8, fontname="ipm", fontfile=FONTDIR_M + "/ipaexm.ttf")
        if rotate and (i + 1) in rotate:
            pg.set_rotation(rotate[i + 1])
    doc.subset_fonts()
    doc.save(out, garbage=4, deflate=True)
