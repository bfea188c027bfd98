"""Shared gold recorder for the b_ documents of frozen19 (gold is generated from the same data the builders print)."""
from __future__ import annotations
import hashlib, json, re, unicodedata
from pathlib import Path
import fitz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
OUT.mkdir(exist_ok=True)
Z = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s: str) -> str:
    return s.translate(Z)


def nz(s: str) -> str:
    return re.sub(r"\s+", "", s)


def commas(n: int) -> str:
    return f"{n:,}"


class Gold:
    def __init__(self, stem, kind, muni, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "municipality": muni, "title": title, "date": date, "date_raw": date_raw}
        self.seq = []        # ("fact"|"init"|"mark", obj)
        self.minutes = None

    def mark(self, text):
        self.seq.append(("mark", text))

    def f(self, raw, debt, fy, fy_raw, seg, metric, basis, value, unit, approx=False, as_of=None,
          area=None, debt_raw=None, page=None):
        fact = {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt, "fiscal_year": fy,
                "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
                "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area}
        self.seq.append(("fact", fact))
        return raw

    def it(self, debt, fy, section, label, text, status, page=None):
        self.seq.append(("init", {"debt": debt, "debt_raw": debt, "fiscal_year": fy, "section": section,
                                  "label": label, "text": text, "status": status, "page": page}))
        return text

    def finalize(self, pdf: Path):
        doc = fitz.open(pdf)
        texts = [nz(unicodedata.normalize("NFKC", p.get_text())) for p in doc]
        raw_texts = [nz(p.get_text()) for p in doc]
        ptr = 0
        facts, inits, errors = [], [], []
        for typ, o in self.seq:
            key = nz(o if typ == "mark" else (o["raw"] if typ == "fact" else o["text"]))
            if typ != "mark" and o.get("page"):
                ptr = o["page"] - 1
            found = None
            for i in range(ptr, len(doc)):
                if key in raw_texts[i]:
                    found = i
                    break
            if found is None:
                errors.append((typ, key, ptr + 1))
                continue
            ptr = found
            if typ == "fact":
                o["page"] = found + 1
                facts.append(o)
            elif typ == "init":
                o["page"] = found + 1
                inits.append(o)
        full = "".join(raw_texts)
        if self.minutes:
            for st in self.minutes["statements"]:
                if nz(st["text"]) not in full:
                    errors.append(("statement", st["text"][:30], None))
        gold = {"schema_version": "1",
                "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                           "pages": len(doc)},
                "document": self.doc, "facts": facts, "initiatives": inits, "minutes": self.minutes,
                "tables": [], "warnings": []}
        (ROOT / "gold" / f"{self.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{self.stem}: pages={len(doc)} facts={len(facts)} inits={len(inits)} errors={len(errors)} size={pdf.stat().st_size}")
        for e in errors[:20]:
            print("  ERR", e)
        return len(errors) == 0


def to_pdf(src: Path, dest: Path, profile: str):
    import shutil, subprocess, tempfile
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=300)
        shutil.copyfile(Path(tmp) / (src.stem + ".pdf"), dest)
    return dest


def rate(c, a, nd):
    return round(c / a * 100 + 1e-9, nd)
