"""Shared helpers for the l_ builders of frozen22 (gold writing, checks, Story rendering)."""
import hashlib
import json
import re
import subprocess
import unicodedata
from pathlib import Path

import fitz  # noqa
import warnings
warnings.filterwarnings('ignore')

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"
for d in (OUT, PDF, GOLD):
    d.mkdir(parents=True, exist_ok=True)

FONT_M = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONT_G = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

Z = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s):
    return str(s).translate(Z)


def c(n):
    """comma format int"""
    return f"{n:,}"


def pct(a, b, nd=1):
    return round(a / b * 100 + 1e-9, nd)


def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, as_of=None,
         approx=False, area=None, debt_raw=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}


def init(debt, fy, section, label, text, status, page):
    return {"debt": debt, "debt_raw": debt, "fiscal_year": fy, "section": section, "label": label,
            "text": text, "status": status, "page": page}


def nw(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def soffice(src, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=180)
    return Path(outdir) / (Path(src).stem + ".pdf")


def story_pages(pages, path, css, header=None, footer=None, landscape=(), rotate=(), margins=(40, 50, 40, 45)):
    """pages: list of HTML strings, each must fit on one page. header/footer: callables(page_no, total)->str."""
    tmp = OUT / (Path(path).stem + "_story.pdf")
    writer = fitz.DocumentWriter(str(tmp))
    total = len(pages)
    for i, html in enumerate(pages, 1):
        w, h = fitz.paper_size("a4")
        if i in landscape:
            w, h = h, w
        story = fitz.Story(html=html, user_css=css, archive=fitz.Archive("/usr/share/fonts/opentype"))
        rect = fitz.Rect(margins[0], margins[1], w - margins[2], h - margins[3])
        more, filled = story.place(rect)
        if more:
            raise RuntimeError(f"page {i} of {path} overflows")
        dev = writer.begin_page(fitz.Rect(0, 0, w, h))
        story.draw(dev)
        writer.end_page()
    writer.close()
    doc = fitz.open(tmp)
    for i, page in enumerate(doc, 1):
        w = page.rect.width; h = page.rect.height
        if header:
            page.insert_text((40, 32), header(i, total), fontsize=8, fontname="g", fontfile=FONT_G)
        if footer:
            t = footer(i, total)
            page.insert_text((w / 2 - len(t) * 2.5, h - 22), t, fontsize=9, fontname="g", fontfile=FONT_G)
        if i in rotate:
            page.set_rotation(90)
    doc.subset_fonts()
    doc.save(str(path), garbage=4, deflate=True)
    return path


def finish(stem, kind, muni, title, date, date_raw, facts, inits, minutes=None):
    pdf = PDF / f"{stem}.pdf"
    data = pdf.read_bytes()
    doc = fitz.open(pdf)
    texts = [nw(p.get_text()) for p in doc]
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": len(doc)},
            "document": {"kind": kind, "municipality": muni, "title": title, "date": date, "date_raw": date_raw},
            "facts": facts, "initiatives": inits, "minutes": minutes, "tables": [], "warnings": []}
    bad = []
    for f in facts:
        if not (1 <= f["page"] <= len(doc)) or nw(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"], f["debt"], f["metric"]))
    for it in inits:
        if nw(it["text"]) not in texts[it["page"] - 1]:
            bad.append(("init", it["page"], it["text"][:40]))
    if minutes:
        alltext = "".join(texts)
        for s in minutes["statements"]:
            if nw(s["text"]) not in alltext:
                bad.append(("stmt", s["speaker"], s["text"][:40]))
    # duplicate keys sanity
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1))
    size = len(data)
    print(f"{stem}: pages={len(doc)} facts={len(facts)} inits={len(inits)} size={size//1024}KB bad={len(bad)}")
    for b in bad[:30]:
        print("   BAD", b)
    assert size < 1_000_000
    return not bad
