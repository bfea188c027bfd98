"""PyMuPDF Story helpers: one HTML fragment per page, then running header/footer, subset fonts."""
import fitz

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
CSS_FONTS = """
@font-face {font-family: G; src: url(ipaexg.ttf);}
@font-face {font-family: M; src: url(ipaexm.ttf);}
"""


def story_pdf(pages_html, css, out, landscape=False, margin=40, header=None, footer_fmt="- {n} -"):
    arch = fitz.Archive()
    arch.add(fitz.Archive("/usr/share/fonts/opentype/ipaexfont-gothic/"))
    arch.add(fitz.Archive("/usr/share/fonts/opentype/ipaexfont-mincho/"))
    mb = fitz.paper_rect("a4-l" if landscape else "a4")
    where = mb + (margin, margin + 10, -margin, -margin)
    tmp = str(out) + ".tmp.pdf"
    w = fitz.DocumentWriter(tmp)
    for html in pages_html:
        st = fitz.Story(html=html, user_css=CSS_FONTS + css, archive=arch)
        more, _ = st.place(where)
        if more:
            raise SystemExit("page overflow: " + html[:80])
        dev = w.begin_page(mb)
        st.draw(dev)
        w.end_page()
    w.close()
    doc = fitz.open(tmp)
    n = len(doc)
    for i, p in enumerate(doc):
        p.insert_font(fontname="g", fontfile=GOTHIC)
        if header:
            tw = fitz.get_text_length(header, fontsize=8) if False else len(header) * 8
            p.insert_text((mb.width - margin - tw, margin - 8), header, fontname="g", fontsize=8)
        ft = footer_fmt.format(n=i + 1, N=n)
        p.insert_text((mb.width / 2 - len(ft) * 2.2, mb.height - margin / 2), ft, fontname="g", fontsize=9)
    doc.subset_fonts()
    doc.save(str(out), garbage=4, deflate=True)
    doc.close()
    import os
    os.remove(tmp)
