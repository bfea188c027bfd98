"""Shared helpers for the a_ builders of frozen19: fact records, Story rendering, gold writing and checking."""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pymupdf as fitz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"

MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"


def F(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, as_of=None, approx=False, area=None, debt_raw=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt, "fiscal_year": fy,
            "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area}


def I(debt, fy, section, label, text, status, page):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page}


def c(n: int) -> str:
    return f"{n:,}"


def z(s: str) -> str:
    """半角 → 全角 digits and punctuation."""
    return s.translate(str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）"))


def rate(col, ass, nd=2):
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(col) * 100 / Decimal(ass)).quantize(q, rounding=ROUND_HALF_UP))


CSS = f"""
@font-face {{font-family: M; src: url({Path(MINCHO).name});}}
@font-face {{font-family: G; src: url({Path(GOTHIC).name});}}
body {{font-family: M; font-size: 9.5pt; line-height: 1.35;}}
h1 {{font-family: G; font-size: 14pt; text-align: center; margin: 2pt 0 6pt 0;}}
h2 {{font-family: G; font-size: 11pt; margin: 6pt 0 3pt 0;}}
h3 {{font-family: G; font-size: 10pt; margin: 4pt 0 2pt 0;}}
table {{border-collapse: collapse;}}
td, th {{font-size: 8.5pt; padding: 1.5pt 3pt;}}
th {{font-family: G; font-weight: normal;}}
.g td, .g th {{border: 0.6pt solid black;}}
.h td, .h th {{border-top: 0.6pt solid black; border-bottom: 0.6pt solid black;}}
.r {{text-align: right;}}
.ctr {{text-align: center;}}
.box {{border: 0.8pt solid black; padding: 4pt;}}
p {{margin: 1pt 0;}}
"""


def story_pdf(pages: list[str], dest: Path, landscape=False, header=None, footer_fmt="- {n} -"):
    """Render each HTML string onto its own A4 page (content must fit); header/footer drawn per page."""
    rect = fitz.paper_rect("a4-l" if landscape else "a4")
    arch = fitz.Archive()
    arch.add(fitz.Archive(str(Path(MINCHO).parent)))
    arch.add(fitz.Archive(str(Path(GOTHIC).parent)))
    where = rect + (45, 50, -45, -50)
    tmp = OUT / (dest.stem + ".story.pdf")
    OUT.mkdir(parents=True, exist_ok=True)
    writer = fitz.DocumentWriter(str(tmp))
    for html in pages:
        story = fitz.Story(html=html, user_css=CSS, archive=arch)
        more, _ = 1, None
        dev = writer.begin_page(rect)
        more, filled = story.place(where)
        story.draw(dev)
        writer.end_page()
        if more:
            raise RuntimeError(f"{dest.name}: page content overflows: {html[:80]}")
    writer.close()
    doc = fitz.open(tmp)
    for i, page in enumerate(doc, 1):
        if header:
            page.insert_text((rect.width - 45 - 9 * len(header), 32), header, fontsize=8, fontname="g", fontfile=GOTHIC)
        if footer_fmt:
            t = footer_fmt.format(n=i, N=len(doc))
            page.insert_text((rect.width / 2 - 3 * len(t), rect.height - 24), t, fontsize=8, fontname="g", fontfile=GOTHIC)
    doc.subset_fonts()
    dest.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(dest), garbage=4, deflate=True)
    return dest


def write_gold(stem, kind, muni, title, date, date_raw, facts, inits, minutes=None):
    pdf = PDF / f"{stem}.pdf"
    data = pdf.read_bytes()
    n = fitz.open(pdf).page_count
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
            "document": {"kind": kind, "municipality": muni, "title": title, "date": date, "date_raw": date_raw},
            "facts": facts, "initiatives": inits, "minutes": minutes, "tables": [], "warnings": []}
    GOLD.mkdir(parents=True, exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return check(stem)


def _n(s):
    return re.sub(r"\s+", "", s or "")


SIX = {"assessed", "collected", "collection_rate", "written_off", "outstanding", "delinquents"}


def check(stem):
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    doc = fitz.open(PDF / f"{stem}.pdf")
    texts = [_n(p.get_text()) for p in doc]
    bad = []
    for f in gold["facts"]:
        assert f["metric"] in SIX and f["segment"] in ("current", "arrears", "total"), f
        assert f["basis"] in ("actual", "target", "estimate", "interim"), f
        assert (f["basis"] == "interim") == bool(f["as_of"]), f
        if _n(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"], f["debt"]))
    for it in gold["initiatives"]:
        if _n(it["text"]) not in texts[it["page"] - 1]:
            bad.append(("init", it["page"], it["text"][:40]))
    m = gold.get("minutes")
    if m:
        alltext = "".join(texts)
        for s in m["statements"]:
            if _n(s["text"]) not in texts[s["page"] - 1]:
                bad.append(("stmt", s["page"], s["text"][:40]))
    size = (PDF / f"{stem}.pdf").stat().st_size
    print(f"{stem}: pages={doc.page_count} facts={len(gold['facts'])} initiatives={len(gold['initiatives'])} "
          f"size={size} bad={len(bad)}")
    for b in bad[:30]:
        print("  BAD", b)
    assert size < 1_000_000
    return not bad
