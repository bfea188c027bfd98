"""Helpers for the l_ builders of frozen26: LibreOffice conversion, gold writing and checking."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import fitz

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_l_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def fact(page, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, as_of=None, approx=False,
         area=None, debt_raw=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}


def init(page, debt, fy, section, label, text, status=None):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page}


def yen_thousand(s: str) -> int:
    return int(s.replace(",", "").replace("，", "")) * 1000


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def write_gold(stem, document, facts, initiatives, minutes=None):
    pdf = PDF / f"{stem}.pdf"
    data = pdf.read_bytes()
    doc = fitz.open(pdf)
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": doc.page_count},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return check(stem)


def check(stem):
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    pdf = PDF / f"{stem}.pdf"
    doc = fitz.open(pdf)
    texts = [nows(p.get_text()) for p in doc]
    bad = 0
    for f in gold["facts"]:
        p = f["page"]
        if not (1 <= p <= len(texts)) or nows(f["raw"]) not in texts[p - 1]:
            bad += 1
            print("  FACT MISSING", stem, p, f["raw"], f["debt"], f["metric"])
        if f["basis"] == "interim" and not f["as_of"]:
            bad += 1
            print("  interim without as_of", f)
    for i in gold["initiatives"]:
        p = i["page"]
        if not (1 <= p <= len(texts)) or nows(i["text"]) not in texts[p - 1]:
            bad += 1
            print("  INIT MISSING", stem, p, i["text"][:40])
    m = gold.get("minutes")
    if m:
        for s in m["statements"]:
            p = s["page"]
            if nows(s["text"])[:30] not in texts[p - 1]:
                bad += 1
                print("  STATEMENT MISSING", stem, p, s["text"][:30])
    size = pdf.stat().st_size
    print(f"{stem}: pages={doc.page_count} facts={len(gold['facts'])} initiatives={len(gold['initiatives'])} "
          f"size={size//1024}KB {'OK' if not bad else 'BAD %d' % bad}")
    return bad == 0, doc.page_count, len(gold["facts"]), len(gold["initiatives"])


def locate(facts, pdf_path, start_page=1):
    """Set the page of facts whose page is None: the first page at or after the previous fact's page
    whose text holds the raw string (facts are listed in document order)."""
    doc = fitz.open(pdf_path)
    texts = [nows(p.get_text()) for p in doc]
    cur = start_page
    for f in facts:
        if f.get("page"):
            cur = f["page"]
            continue
        r = nows(f["raw"])
        for p in range(cur, len(texts) + 1):
            if r in texts[p - 1]:
                f["page"] = p
                cur = p
                break
        else:
            raise SystemExit(f"cannot locate {f['raw']} from page {cur}")
    return facts


def locate_text(items, pdf_path, key="text"):
    doc = fitz.open(pdf_path)
    texts = [nows(p.get_text()) for p in doc]
    cur = 1
    for it in items:
        if it.get("page"):
            cur = it["page"]
            continue
        r = nows(it[key])[:40]
        for p in range(cur, len(texts) + 1):
            if r in texts[p - 1]:
                it["page"] = p
                cur = p
                break
        else:
            raise SystemExit(f"cannot locate {it[key][:30]}")
    return items


def docx_font(doc, name="IPAexMincho", size=10.5):
    from docx.oxml.ns import qn
    from docx.shared import Pt
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)


def docx_page_field(paragraph, prefix="", suffix=""):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    if prefix:
        paragraph.add_run(prefix)
    run = paragraph.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "end")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = "PAGE"
        run._r.append(el)
    if suffix:
        paragraph.add_run(suffix)


def rate(c, a, nd=2):
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(c) * 100 / Decimal(a)).quantize(q, rounding=ROUND_HALF_UP))
