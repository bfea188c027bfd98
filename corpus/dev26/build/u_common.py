"""Shared helpers for the u_ builders (gold facts, checks). Not extraction code."""
import hashlib, json, re, unicodedata
from pathlib import Path
import fitz

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "pdf"; GOLD = ROOT / "gold"; OUT = ROOT / "build" / "out"
for p in (PDF, GOLD, OUT):
    p.mkdir(parents=True, exist_ok=True)

Z = str.maketrans("0123456789.,%-", "０１２３４５６７８９．，％－")

def zen(s):
    return s.translate(Z)

def fmt(n, dec=0):
    """Format a number with thousands separators; negatives as △."""
    s = f"{abs(n):,.{dec}f}"
    return ("△" if n < 0 else "") + s

def rate(coll, ass, dec=2):
    return round(coll / ass * 100 + 1e-12, dec)

def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, as_of=None,
         approx=False, area=None, debt_raw=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}

def ns(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))

def page_texts(pdf):
    doc = fitz.open(pdf)
    return [ns(p.get_text()) for p in doc]

def find_page(texts, needle, start=1):
    n = ns(needle)
    for i, t in enumerate(texts, 1):
        if i >= start and n in t:
            return i
    raise KeyError(needle)

def write_gold(stem, pdf, document, facts, initiatives, minutes=None):
    doc = fitz.open(pdf)
    g = {"schema_version": "1",
         "source": {"file": Path(pdf).name,
                    "sha256": hashlib.sha256(Path(pdf).read_bytes()).hexdigest(),
                    "pages": doc.page_count},
         "document": document, "facts": facts, "initiatives": initiatives,
         "minutes": minutes, "tables": [], "warnings": []}
    (GOLD / f"{stem}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1))
    return check(stem)

def check(stem):
    g = json.loads((GOLD / f"{stem}.json").read_text())
    pdf = PDF / g["source"]["file"]
    texts = page_texts(pdf)
    bad = []
    for f in g["facts"]:
        if ns(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"], f["debt"], f["metric"]))
    for it in g["initiatives"]:
        if ns(it["text"]) not in texts[it["page"] - 1]:
            bad.append(("init", it["page"], it["text"][:30]))
    if g["minutes"]:
        for s in g["minutes"]["statements"]:
            if ns(s["text"])[:20] not in "".join(texts):
                bad.append(("stmt", s["speaker"], s["text"][:20]))
    size = pdf.stat().st_size
    print(f"{stem}: pages={len(texts)} facts={len(g['facts'])} initiatives={len(g['initiatives'])} "
          f"size={size//1024}KB bad={len(bad)}")
    for b in bad[:30]:
        print("  BAD", b)
    assert size < 1_000_000
    return not bad

import shutil, subprocess, tempfile

def to_pdf(src, dest, profile):
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (Path(src).stem + ".pdf")
        shutil.copyfile(out, dest)
    return dest
