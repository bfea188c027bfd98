"""Shared helpers for the g_ builders of dev37: facts, gold writing, LibreOffice conversion, checks."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"


def F(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, approx=False, as_of=None,
      debt_raw=None, area=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}


def I(debt, fy, section, label, text, status, page):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page}


def kyen(k):
    """千円 figure → integer yen."""
    return int(round(k * 1000))


def c(n, zen=False):
    s = f"{n:,}"
    return s.translate(str.maketrans("0123456789,.", "０１２３４５６７８９，．")) if zen else s


def zen(s):
    return str(s).translate(str.maketrans("0123456789,.%-", "０１２３４５６７８９，．％－"))


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_g37_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def nows(s):
    return re.sub(r"\s+", "", s)


def write_gold(stem, document, facts, initiatives, minutes=None):
    pdf = ROOT / "pdf" / f"{stem}.pdf"
    import fitz
    doc = fitz.open(pdf)
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                       "pages": doc.page_count},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    (ROOT / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    check(stem)
    return gold


def check(stem):
    import fitz
    pdf = ROOT / "pdf" / f"{stem}.pdf"
    gold = json.loads((ROOT / "gold" / f"{stem}.json").read_text())
    doc = fitz.open(pdf)
    texts = [nows(p.get_text()) for p in doc]
    bad = []
    need = Counter((f["page"], nows(f["raw"])) for f in gold["facts"])
    for (pg, raw), n in need.items():
        if pg < 1 or pg > len(texts) or texts[pg - 1].count(raw) < n:
            have = texts[pg - 1].count(raw) if 1 <= pg <= len(texts) else -1
            bad.append(f"fact p{pg} {raw!r} need {n} have {have}")
    for it in gold["initiatives"]:
        pg = it["page"]
        if nows(it["text"]) not in texts[pg - 1]:
            bad.append(f"init p{pg} {it['text'][:30]!r}")
    six = {"assessed", "collected", "collection_rate", "written_off", "outstanding", "delinquents"}
    for f in gold["facts"]:
        assert f["metric"] in six, f
        assert f["segment"] in ("current", "arrears", "total"), f
        assert f["basis"] in ("actual", "target", "estimate", "interim"), f
        assert (f["basis"] == "interim") == bool(f["as_of"]), f
    size = pdf.stat().st_size
    print(f"{stem}: pages={len(texts)} facts={len(gold['facts'])} initiatives={len(gold['initiatives'])} "
          f"size={size//1024}KB bad={len(bad)}")
    for b in bad[:40]:
        print("  ", b)
    assert size < 1_000_000
    return not bad
