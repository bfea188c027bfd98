"""Tiny PyMuPDF Story page-flow helper with CJK fonts (IPAex), page header/footer."""
import pymupdf

FONTDIR = "/usr/share/fonts/opentype"
CSS = """
@font-face {font-family: gm; src: url(ipaexfont-gothic/ipaexg.ttf);}
@font-face {font-family: mc; src: url(ipaexfont-mincho/ipaexm.ttf);}
body {font-family: mc; font-size: 9.5pt; line-height: 1.35;}
h1 {font-family: gm; font-size: 15pt; text-align: center; margin: 4pt 0 6pt 0;}
h2 {font-family: gm; font-size: 11.5pt; margin: 8pt 0 3pt 0;}
h3 {font-family: gm; font-size: 10pt; margin: 6pt 0 2pt 0;}
p {margin: 1pt 0 1pt 0;}
table {border-collapse: collapse; width: 100%; margin: 2pt 0 4pt 0;}
td, th {border: 0.6pt solid #000; padding: 2pt 3pt; font-size: 8.8pt; vertical-align: top;}
th {font-family: gm; background-color: #e6e6e6; text-align: center; font-weight: normal;}
td.n {text-align: right;}
td.c {text-align: center;}
td.lab {font-family: gm; background-color: #eeeeee; text-align: center;}
.box {border: 0.9pt solid #000; padding: 4pt 6pt;}
.small {font-size: 8pt;}
.r {text-align: right;}
"""


class Flow:
    def __init__(self, path, landscape=False, header="", footer_fmt="- {n} -", margin=48):
        self.path = path
        self.rect = pymupdf.paper_rect("a4-l" if landscape else "a4")
        self.where = self.rect + (margin, margin + 14, -margin, -margin - 6)
        self.writer = pymupdf.DocumentWriter(path)
        self.arch = pymupdf.Archive(FONTDIR)
        self.pages = 0
        self.header, self.footer_fmt = header, footer_fmt

    def chunk(self, html):
        """Start a new page and flow html; returns list of page numbers used (1-based)."""
        import re
        W = self.where.width - 8
        html = re.sub(r"width:(\d+)%", lambda m: f"width:{int(m.group(1)) * W / 100:.0f}pt", html)
        story = pymupdf.Story(html, user_css=CSS, archive=self.arch)
        used = []
        more = 1
        while more:
            dev = self.writer.begin_page(self.rect)
            more, _ = story.place(self.where)
            story.draw(dev)
            self.writer.end_page()
            self.pages += 1
            used.append(self.pages)
        return used

    def close(self):
        self.writer.close()
        doc = pymupdf.open(self.path)
        n = len(doc)
        for i, page in enumerate(doc):
            r = page.rect
            if self.header:
                page.insert_text((r.width - 48 - len(self.header) * 8, 34), self.header, fontsize=8,
                                 fontname="gm", fontfile=f"{FONTDIR}/ipaexfont-gothic/ipaexg.ttf")
            ft = self.footer_fmt.format(n=i + 1, N=n)
            page.insert_text((r.width / 2 - len(ft) * 2.5, r.height - 24), ft, fontsize=9,
                             fontname="mc", fontfile=f"{FONTDIR}/ipaexfont-mincho/ipaexm.ttf")
        doc.subset_fonts()
        tmp = self.path + ".tmp"
        doc.save(tmp, garbage=4, deflate=True)
        doc.close()
        import os
        os.replace(tmp, self.path)
        return n
