"""PyMuPDF Story helpers: one HTML chunk per page (or flowing), Japanese fonts from IPAex."""
import fitz
FONTDIR = "/usr/share/fonts/opentype"
CSS = """
@font-face {font-family: goth; src: url(ipaexfont-gothic/ipaexg.ttf);}
@font-face {font-family: min; src: url(ipaexfont-mincho/ipaexm.ttf);}
body {font-family: min; font-size: 9.5pt; line-height: 1.45;}
h1 {font-family: goth; font-size: 15pt; text-align: center; margin: 0 0 6pt 0;}
h2 {font-family: goth; font-size: 12pt; margin: 8pt 0 3pt 0;}
h3 {font-family: goth; font-size: 10.5pt; margin: 6pt 0 2pt 0;}
p {margin: 0 0 2pt 0;}
table {border-collapse: collapse; margin: 2pt 0 4pt 0;}
td, th {padding: 1.5pt 4pt; font-size: 9pt;}
th {font-family: goth; font-weight: normal;}
.grid td, .grid th {border: 0.6pt solid black;}
.hr td, .hr th {border-top: 0.6pt solid black; border-bottom: 0.6pt solid black;}
.none td, .none th {border: none;}
.r {text-align: right;} .c {text-align: center;}
.box {border: 0.8pt solid black; padding: 4pt 6pt; margin: 4pt 0;}
.note {font-size: 8pt;}
"""

def render(pages_html, path, landscape=False, header=None, footer="- {n} -", css_extra="", flow=False):
    """pages_html: list of HTML strings, each starting a new page (a chunk may flow onto further pages)."""
    W, H = (842, 595) if landscape else (595, 842)
    arch = fitz.Archive(FONTDIR)
    wr = fitz.DocumentWriter(str(path))
    where = fitz.Rect(48, 56, W - 48, H - 52)
    for html in pages_html:
        st = fitz.Story(html, user_css=CSS + css_extra, archive=arch)
        more = 1
        while more:
            dev = wr.begin_page(fitz.Rect(0, 0, W, H))
            more, _ = st.place(where)
            st.draw(dev)
            wr.end_page()
    wr.close()
    d = fitz.open(path)
    n = d.page_count
    for i, pg in enumerate(d):
        pg.insert_font(fontname="g", fontfile=f"{FONTDIR}/ipaexfont-gothic/ipaexg.ttf")
        if header:
            pg.insert_textbox(fitz.Rect(48, 22, W - 48, 40), header, fontname="g", fontsize=8.5, align=2)
        if footer:
            pg.insert_textbox(fitz.Rect(48, H - 36, W - 48, H - 20), footer.format(n=i + 1, N=n), fontname="g", fontsize=8.5, align=1)
    d.subset_fonts()
    tmp = str(path) + ".tmp"
    d.save(tmp, garbage=4, deflate=True); d.close()
    import os; os.replace(tmp, path)
    return path
