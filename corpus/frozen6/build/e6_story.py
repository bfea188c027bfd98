"""PyMuPDF Story helpers: one HTML body per logical page (overflow continues on a new page),
then running header/footer drawn on each page, fonts subset."""
from __future__ import annotations

import io

import fitz

GOTHIC_DIR = "/usr/share/fonts/opentype/ipaexfont-gothic"
MINCHO_DIR = "/usr/share/fonts/opentype/ipaexfont-mincho"
GOTHIC_FILE = GOTHIC_DIR + "/ipaexg.ttf"
MINCHO_FILE = MINCHO_DIR + "/ipaexm.ttf"

BASE_CSS = """
@font-face { font-family: g; src: url(ipaexg.ttf); }
@font-face { font-family: m; src: url(ipaexm.ttf); }
body { font-family: %s; font-size: 9.5pt; line-height: 1.35; }
h1 { font-family: g; font-size: 15pt; text-align: center; margin: 4pt 0 6pt 0; }
h2 { font-family: g; font-size: 11.5pt; margin: 8pt 0 3pt 0; }
h3 { font-family: g; font-size: 10pt; margin: 6pt 0 2pt 0; }
p { margin: 1pt 0 2pt 0; }
table { border-collapse: collapse; width: 100%%; }
td, th { border: 0.6pt solid black; padding: 1.5pt 3pt; font-size: 8.8pt; }
th { font-family: g; background-color: #e4e4e4; text-align: center; }
td.r { text-align: right; } td.c { text-align: center; }
.note { font-size: 8pt; }
.unit { font-size: 8.5pt; text-align: right; }
.box { border: 0.8pt solid black; padding: 4pt 6pt; margin: 4pt 0; }
"""


def render(pages_html: list[str], landscape=False, body_font="m", margins=(42, 50, 42, 50)):
    w, h = (842, 595) if landscape else (595, 842)
    mediabox = fitz.Rect(0, 0, w, h)
    where = fitz.Rect(margins[0], margins[1], w - margins[2], h - margins[3])
    arch = fitz.Archive()
    arch.add(fitz.Archive(GOTHIC_DIR))
    arch.add(fitz.Archive(MINCHO_DIR))
    css = BASE_CSS % body_font
    buf = io.BytesIO()
    writer = fitz.DocumentWriter(buf)
    for html in pages_html:
        story = fitz.Story(html=html, user_css=css, archive=arch)
        more = 1
        while more:
            dev = writer.begin_page(mediabox)
            more, _ = story.place(where)
            story.draw(dev)
            writer.end_page()
    writer.close()
    return fitz.open("pdf", buf.getvalue())


def running(doc, header=None, footer_fmt="- {p} -", header_right=True, size=8.5):
    n = len(doc)
    for i, page in enumerate(doc):
        page.insert_font(fontname="rg", fontfile=GOTHIC_FILE)
        w = page.rect.width
        if header:
            tl = fitz.get_text_length(header, fontname="helv", fontsize=size)  # rough
            x = w - 50 - len(header) * size if header_right else 50
            page.insert_text((x, 32), header, fontname="rg", fontsize=size)
        ft = footer_fmt.format(p=i + 1, n=n)
        page.insert_text((w / 2 - len(ft) * size / 4, page.rect.height - 22), ft, fontname="rg", fontsize=size)


def clean_stray_lines(doc):
    """Story occasionally repeats a table's horizontal border on a later page; remove horizontal rules that
    no vertical rule touches (real table rules always meet the outer verticals)."""
    removed = 0
    for page in doc:
        dr = page.get_drawings()
        hs, vs = [], []
        for d in dr:
            r = d["rect"]
            if r.height < 1.5 and r.width > 60:
                hs.append(r)
            elif r.width < 1.5 and r.height > 4:
                vs.append(r)
        for d in dr:
            r = d["rect"]
            f = d.get("fill")
            if d["type"] == "f" and f and f[0] > 0.8 and f[0] < 0.95 and r.height < 4.5:
                page.add_redact_annot(fitz.Rect(r.x0 - 0.2, r.y0 - 0.2, r.x1 + 0.2, r.y1 + 0.2))
                removed += 1
        for h in hs:
            y = (h.y0 + h.y1) / 2
            ok = any(abs(v.x0 - h.x0) < 2.5 or abs(v.x1 - h.x1) < 2.5 for v in vs
                     if v.y0 - 2 <= y <= v.y1 + 2)
            if not ok:
                page.add_redact_annot(fitz.Rect(h.x0 - 0.5, h.y0 - 0.1, h.x1 + 0.5, h.y1 + 0.1))
                removed += 1
        page.apply_redactions(images=fitz.PDF_REDACT_IMAGE_NONE,
                              graphics=fitz.PDF_REDACT_LINE_ART_REMOVE_IF_COVERED,
                              text=fitz.PDF_REDACT_TEXT_NONE)
    return removed
