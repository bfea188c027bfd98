"""Shared helpers for the minutes-family hold-out builders (gold writing and checking)."""
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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"

Z2H = str.maketrans("０１２３４５６７８９，．％", "0123456789,.%")
H2Z = str.maketrans("0123456789,.%", "０１２３４５６７８９，．％")


def zen(s: str) -> str:
    return str(s).translate(H2Z)


def ws(s: str) -> str:
    return re.sub(r"\s+", "", str(s))


def nk(s: str) -> str:
    return ws(unicodedata.normalize("NFKC", str(s)))


def yen_sen(v: int) -> str:
    return f"{v:,}"


def F(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, *, as_of=None, approx=False,
      page=None, anchor=None, debt_raw=None):
    d = {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
         "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
         "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
         "raw": raw, "page": page, "area": None}
    if anchor:
        d["_anchor"] = anchor
    return d


def I(debt, fy, section, label, text, status, *, page=None):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label,
            "text": text, "status": status, "page": page}


def page_texts(pdf: Path) -> list[str]:
    with fitz.open(pdf) as doc:
        return [ws(p.get_text()) for p in doc]


def locate(facts, texts, what="raw"):
    """Fill in missing pages: the single page holding raw (and the anchor, if given)."""
    for f in facts:
        if f.get("page"):
            continue
        r = ws(f[what])
        pages = [i + 1 for i, t in enumerate(texts) if r in t]
        if len(pages) > 1 and f.get("_anchor"):
            a = ws(f["_anchor"])
            pages = [p for p in pages if a in texts[p - 1]]
        if len(pages) != 1:
            raise SystemExit(f"cannot place {f[what]!r} (anchor {f.get('_anchor')!r}): pages {pages}")
        f["page"] = pages[0]


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def write_gold(stem: str, document: dict, facts: list, initiatives: list, minutes, warnings=None):
    pdf = PDF / f"{stem}.pdf"
    texts = page_texts(pdf)
    locate(facts, texts)
    for i in initiatives:
        if not i.get("page"):
            t = ws(i["text"])
            pages = [n + 1 for n, x in enumerate(texts) if t in x]
            if len(pages) != 1:
                raise SystemExit(f"cannot place initiative {i['text'][:30]!r}: {pages}")
            i["page"] = pages[0]
    if minutes:
        for s in minutes["statements"]:
            if not s.get("page"):
                t = ws(s["text"])[:25]
                pages = [n + 1 for n, x in enumerate(texts) if t in x]
                if not pages:
                    raise SystemExit(f"cannot place statement {s['text'][:30]!r}")
                s["page"] = pages[0]
    # check
    bad = 0
    for f in facts:
        if ws(f["raw"]) not in texts[f["page"] - 1]:
            print("FACT NOT ON PAGE", f); bad += 1
    for i in initiatives:
        if ws(i["text"]) not in texts[i["page"] - 1]:
            print("INIT NOT ON PAGE", i); bad += 1
    if bad:
        raise SystemExit(f"{stem}: {bad} check failures")
    for f in facts:
        f.pop("_anchor", None)
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                       "pages": len(texts)},
            "document": document, "facts": facts, "initiatives": initiatives,
            "minutes": minutes, "tables": [], "warnings": warnings or []}
    GOLD.mkdir(parents=True, exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{stem}: pages={len(texts)} facts={len(facts)} initiatives={len(initiatives)} "
          f"statements={len(minutes['statements']) if minutes else 0}  checks OK")
    return gold
