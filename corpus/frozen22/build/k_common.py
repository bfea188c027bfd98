import json, hashlib, re, subprocess, os, fitz, unicodedata
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(BASE, 'build', 'out')
os.makedirs(OUT, exist_ok=True)

def F(page, debt, fy, fyr, seg, met, basis, val, unit, raw, approx=False, as_of=None, area=None, debt_raw=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt, "fiscal_year": fy,
            "fiscal_year_raw": fyr, "segment": seg, "metric": met, "basis": basis, "as_of": as_of,
            "value": val, "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area}

def I(page, debt, fy, section, label, text, status=None):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page}

def soffice(src):
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, src],
                   check=True, capture_output=True)
    return os.path.join(OUT, os.path.splitext(os.path.basename(src))[0] + '.pdf')

def ns(s):
    return re.sub(r'\s+', '', s)

def finish(stem, pdf_path, document, facts, initiatives, minutes=None):
    data = open(pdf_path, 'rb').read()
    dst = os.path.join(BASE, 'pdf', stem + '.pdf')
    if os.path.abspath(pdf_path) != dst:
        open(dst, 'wb').write(data)
    doc = fitz.open(dst)
    gold = {"schema_version": "1", "source": {"file": stem + '.pdf', "sha256": hashlib.sha256(data).hexdigest(),
            "pages": doc.page_count}, "document": document, "facts": facts, "initiatives": initiatives,
            "minutes": minutes, "tables": [], "warnings": []}
    json.dump(gold, open(os.path.join(BASE, 'gold', stem + '.json'), 'w'), ensure_ascii=False, indent=1)
    texts = [ns(p.get_text()) for p in doc]
    bad = 0
    for f in facts:
        if not (1 <= f['page'] <= doc.page_count) or ns(f['raw']) not in texts[f['page'] - 1]:
            bad += 1; print('FACT MISS', stem, f['page'], f['raw'], f['debt'], f['metric'])
    for it in initiatives:
        if ns(it['text']) not in texts[it['page'] - 1]:
            bad += 1; print('INIT MISS', stem, it['page'], it['text'][:40])
    if minutes:
        for s in minutes['statements']:
            if not any(ns(s['text'])[:30] in t for t in texts):
                bad += 1; print('STMT MISS', s['text'][:30])
    print(stem, 'pages', doc.page_count, 'facts', len(facts), 'inits', len(initiatives), 'bad', bad,
          'size', len(data))
    return bad

CSS = """
* {font-family: sans-serif; font-size: 9pt; line-height: 1.35;}
body {font-family: sans-serif;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6px solid #000; padding: 2px 3px; vertical-align: top;}
th {background-color: #e6e6e6; font-weight: normal;}
.r {text-align: right;} .c {text-align: center;}
h1 {font-size: 15pt; text-align: center;} h2 {font-size: 11.5pt;} h3 {font-size: 10pt;}
.box {border: 0.8px solid #000; padding: 4px 6px;}
.nob td, .nob th {border: none;}
.hr td, .hr th {border-left: none; border-right: none;}
"""

def story_pdf(pages, path, header=None, footer=None, landscape=False, css=CSS, draw=None):
    """pages: list of HTML strings, one per page. draw: dict page_index -> fn(page)."""
    w, h = (842, 595) if landscape else (595, 842)
    out = fitz.open()
    arch = fitz.Archive('/usr/share/fonts/opentype/ipaexfont-gothic')
    css2 = "@font-face {font-family: sans-serif; src: url(ipaexg.ttf);}\n" + css
    for i, html in enumerate(pages):
        st = fitz.Story(html=html, user_css=css2, archive=arch)
        tmp = fitz.open()
        wr = fitz.DocumentWriter(os.path.join(OUT, '_tmp.pdf'))
        more, n = 1, 0
        while more:
            dev = wr.begin_page(fitz.Rect(0, 0, w, h))
            more, _ = st.place(fitz.Rect(40, 52, w - 40, h - 45))
            st.draw(dev); wr.end_page(); n += 1
        wr.close()
        if n != 1:
            raise SystemExit(f'page {i+1} overflows into {n} pages')
        src = fitz.open(os.path.join(OUT, '_tmp.pdf'))
        out.insert_pdf(src)
    for i, p in enumerate(out):
        if header:
            p.insert_text((w - 40 - 9 * len(header) * 0.95, 32), header, fontsize=8, fontname='g', fontfile='/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf')
        if footer:
            s = footer(i + 1, out.page_count)
            p.insert_text((w / 2 - len(s) * 2.5, h - 22), s, fontsize=8.5, fontname='g', fontfile='/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf')
        if draw and i in draw:
            draw[i](p)
    out.subset_fonts()
    out.save(path, garbage=4, deflate=True)
    return path
