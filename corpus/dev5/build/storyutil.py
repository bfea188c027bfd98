"""PyMuPDF Story helpers: one HTML story per page, IPAex fonts via Archive, header/footer drawn afterwards."""
import pymupdf

from common import FONT_G, FONT_M

CSS = """
@font-face {font-family: mincho; src: url(ipaexm.ttf);}
@font-face {font-family: gothic; src: url(ipaexg.ttf);}
body {font-family: mincho; font-size: 9.5pt; line-height: 1.35;}
h1 {font-family: gothic; font-size: 16pt; text-align: center; margin: 4pt 0 8pt 0;}
h2 {font-family: gothic; font-size: 12pt; margin: 8pt 0 4pt 0;}
h3 {font-family: gothic; font-size: 10.5pt; margin: 6pt 0 3pt 0;}
p {margin: 0 0 3pt 0;}
table {border-collapse: collapse; margin: 2pt 0 6pt 0;}
td, th {border: 0.6pt solid black; padding: 1pt 5pt; font-size: 8.5pt; line-height: 1.2;}
th {font-family: gothic; background-color: #dddddd; text-align: center;}
td.n {text-align: right;}
.note {font-size: 8.5pt;}
.right {text-align: right;}
.box {border: 0.8pt solid black; padding: 5pt 8pt; margin: 4pt 0 6pt 0;}
"""


def render(pages_html, out_path, landscape=False, header="", footer_fmt="{n}"):
    w, h = (842, 595) if landscape else (595, 842)
    arch = pymupdf.Archive()
    arch.add(open(FONT_M, "rb").read(), "ipaexm.ttf")
    arch.add(open(FONT_G, "rb").read(), "ipaexg.ttf")
    mediabox = pymupdf.Rect(0, 0, w, h)
    where = mediabox + (50, 55, -50, -50)
    buf = pymupdf.open()
    for html in pages_html:
        story = pymupdf.Story(html=html, user_css=CSS, archive=arch)
        tmp = pymupdf.open()
        writer_bytes = __import__("io").BytesIO()
        writer = pymupdf.DocumentWriter(writer_bytes)
        more = 1
        n = 0
        while more:
            dev = writer.begin_page(mediabox)
            more, _ = story.place(where)
            story.draw(dev)
            writer.end_page()
            n += 1
        writer.close()
        part = pymupdf.open("pdf", writer_bytes.getvalue())
        if part.page_count != 1 and not __import__("os").environ.get("ALLOW_OVERFLOW"):
            raise RuntimeError(f"story overflow: {part.page_count} pages for one page of HTML")
        buf.insert_pdf(part)
    for i, page in enumerate(buf):
        page.insert_font(fontname="go", fontfile=FONT_G)
        page.insert_font(fontname="mi", fontfile=FONT_M)
        if header:
            page.insert_text((50, 35), header, fontname="go", fontsize=8)
            page.draw_line((50, 40), (w - 50, 40), width=0.4)
        s = footer_fmt.format(n=i + 1, N=buf.page_count)
        fw = pymupdf.Font(fontfile=FONT_M)
        page.insert_text(((w - fw.text_length(s, fontsize=9)) / 2, h - 25), s, fontname="mi", fontsize=9)
    buf.subset_fonts()
    buf.save(out_path, garbage=4, deflate=True)
