"""Shared helpers for the u_* builders of frozen24 (gold writing and checking)."""
import hashlib, json, re, unicodedata
from pathlib import Path
import fitz

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "out"
OUT.mkdir(parents=True, exist_ok=True)

Z = str.maketrans("0123456789,.%", "０１２３４５６７８９，．％")


def zen(s):
    return str(s).translate(Z)


def kyen(v):
    """integer yen -> '1,234' in thousand yen (v must be multiple of 1000)."""
    return f"{v // 1000:,}"


def rate(c, a, nd=1):
    return round(c / a * 100 + 1e-12, nd)


class Facts:
    def __init__(self):
        self.items = []

    def add(self, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page,
            as_of=None, approx=False, debt_raw=None, area=None):
        self.items.append({
            "debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg,
            "metric": metric, "basis": basis, "as_of": as_of, "value": value,
            "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area})


def write_gold(stem, doc, facts, inits, minutes=None):
    pdf = ROOT / "pdf" / f"{stem}.pdf"
    data = pdf.read_bytes()
    n = fitz.open(pdf).page_count
    g = {"schema_version": "1",
         "source": {"file": f"{stem}.pdf", "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
         "document": doc, "facts": facts, "initiatives": inits, "minutes": minutes,
         "tables": [], "warnings": []}
    (ROOT / "gold" / f"{stem}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1), encoding="utf-8")
    return g


def _n(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def _raw(s):
    return re.sub(r"\s+", "", s or "")


def check(stem):
    g = json.loads((ROOT / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    d = fitz.open(ROOT / "pdf" / f"{stem}.pdf")
    texts = [_raw(p.get_text()) for p in d]
    bad = []
    assert g["source"]["pages"] == d.page_count
    for f in g["facts"]:
        if not (1 <= f["page"] <= d.page_count) or _raw(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"], f["debt"], f["metric"]))
    for i in g["initiatives"]:
        if not (1 <= i["page"] <= d.page_count) or _raw(i["text"]) not in texts[i["page"] - 1]:
            bad.append(("init", i["page"], i["text"][:30]))
    m = g.get("minutes")
    if m:
        for s in m["statements"]:
            t = _raw(s["text"])
            if t[:30] not in "".join(texts) or t[-30:] not in "".join(texts):
                bad.append(("stmt", s["speaker"], s["text"][:30]))
    size = (ROOT / "pdf" / f"{stem}.pdf").stat().st_size
    print(f"{stem}: pages={d.page_count} facts={len(g['facts'])} inits={len(g['initiatives'])} size={size//1024}KB bad={len(bad)}")
    for b in bad[:40]:
        print("   ", b)
    return not bad and size < 1_000_000


def page_texts(stem_or_path):
    p = Path(stem_or_path)
    if not p.suffix:
        p = ROOT / "pdf" / f"{stem_or_path}.pdf"
    return [_raw(pg.get_text()) for pg in fitz.open(p)]


def locate(texts, ctx, raw):
    """1-based page on which raw (inside the unique context ctx) is printed."""
    c, r = _raw(ctx), _raw(raw)
    joined = "".join(texts)
    i = joined.find(c)
    if i < 0:
        raise ValueError(f"context not found: {ctx}")
    if joined.find(c, i + 1) >= 0:
        raise ValueError(f"context not unique: {ctx}")
    j = i + c.index(r)
    pos = 0
    for n, t in enumerate(texts, 1):
        if pos <= j < pos + len(t):
            if j + len(r) > pos + len(t):
                raise ValueError(f"raw split across pages: {raw}")
            return n
        pos += len(t)
    raise ValueError("not located")


def soffice(src, outdir):
    import subprocess
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=300)
    return Path(outdir) / (Path(src).stem + ".pdf")
