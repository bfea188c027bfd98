"""d2 helpers: LibreOffice conversion, fact recording, gold writing and checking."""
from __future__ import annotations
import hashlib, json, re, shutil, subprocess, tempfile, unicodedata
from pathlib import Path
import fitz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file:///tmp/lo_d2_{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)], check=True,
                       capture_output=True, timeout=300)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(tmp) / (src.stem + ".pdf"), dest)
    return dest


def nz(s: str) -> str:
    return re.sub(r"\s+", "", str(s or ""))


def fmt(n: int) -> str:
    return f"{n:,}"


def rate(c, a, nd=2):
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(c) * 100 / Decimal(a)).quantize(q, rounding=ROUND_HALF_UP))


class Gold:
    def __init__(self, stem, kind, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "municipality": municipality, "title": title, "date": date, "date_raw": date_raw}
        self.facts, self.inits, self.minutes = [], [], None

    def fact(self, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page=None, ctx=None,
             approx=False, as_of=None, debt_raw=None):
        self.facts.append({"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
                           "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
                           "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
                           "raw": raw, "page": page, "area": None, "_ctx": ctx})

    def init(self, debt, fy, section, label, text, status, page=None, ctx=None):
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page, "_ctx": ctx})

    def resolve_and_write(self, pdf: Path):
        doc = fitz.open(pdf)
        texts = [nz(unicodedata.normalize("NFKC", p.get_text())) for p in doc]
        rawtexts = [nz(p.get_text()) for p in doc]

        def find(s, ctx, given):
            if given:
                return given
            cands = [i + 1 for i, t in enumerate(rawtexts) if nz(s) in t]
            if len(cands) > 1 and ctx:
                c2 = [i for i in cands if nz(ctx) in rawtexts[i - 1]]
                if c2:
                    cands = c2
            if len(cands) != 1:
                raise SystemExit(f"{self.stem}: cannot place {s!r} ctx={ctx!r}: {cands}")
            return cands[0]
        for f in self.facts:
            f["page"] = find(f["raw"], f.pop("_ctx"), f["page"])
        for it in self.inits:
            it["page"] = find(it["text"], it.pop("_ctx"), it["page"])
        if self.minutes:
            for s in self.minutes["statements"]:
                if s.get("page") is None:
                    s["page"] = find(s["text"][:40], None, None)
        gold = {"schema_version": "1",
                "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                           "pages": len(doc)},
                "document": self.doc, "facts": self.facts, "initiatives": self.inits,
                "minutes": self.minutes, "tables": [], "warnings": []}
        out = ROOT / "gold" / (self.stem + ".json")
        out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return check(pdf, out)


def check(pdf: Path, gold_path: Path):
    g = json.loads(gold_path.read_text())
    doc = fitz.open(pdf)
    texts = [nz(p.get_text()) for p in doc]
    bad = []
    for f in g["facts"]:
        if nz(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(("fact", f["raw"], f["page"]))
    for it in g["initiatives"]:
        if nz(it["text"]) not in texts[it["page"] - 1]:
            bad.append(("init", it["text"][:30], it["page"]))
    assert g["source"]["pages"] == len(doc)
    assert pdf.stat().st_size < 1_000_000, "pdf too large"
    print(f"{pdf.name}: pages={len(doc)} facts={len(g['facts'])} inits={len(g['initiatives'])} "
          f"size={pdf.stat().st_size} bad={bad}")
    return not bad, len(doc), len(g["facts"]), len(g["initiatives"])
