"""Check every y_ gold file against its PDF: raw text on its page, initiative text on its page, raw ↔ value."""
import json
import re
import sys
import unicodedata
from pathlib import Path

import pymupdf as fitz

ROOT = Path(__file__).resolve().parent.parent


def ws(s):
    return re.sub(r"\s+", "", s or "")


def raw_value(raw, unit):
    s = unicodedata.normalize("NFKC", raw).replace("約", "").replace("余", "").replace("△", "-")
    if unit == "percent":
        return float(s.replace("%", ""))
    m = re.fullmatch(r"(?:(\d+)億)?(?:([\d,]+)万)?円", s)
    if m:
        return int(m.group(1) or 0) * 10**8 + int((m.group(2) or "0").replace(",", "")) * 10**4
    return None


bad = 0
tot = {"docs": 0, "pages": 0, "facts": 0, "initiatives": 0}
for gp in sorted((ROOT / "gold").glob("y_*.json")):
    g = json.loads(gp.read_text())
    pdf = ROOT / "pdf" / g["source"]["file"]
    doc = fitz.open(pdf)
    pages = [ws(p.get_text()) for p in doc]
    assert g["source"]["pages"] == len(doc)
    tot["docs"] += 1; tot["pages"] += len(doc)
    tot["facts"] += len(g["facts"]); tot["initiatives"] += len(g["initiatives"])
    for f in g["facts"]:
        if ws(f["raw"]) not in pages[f["page"] - 1]:
            bad += 1; print(gp.name, "raw missing", f)
        rv = raw_value(f["raw"], f["unit"])
        if rv is not None and f["unit"] == "percent" and abs(rv - f["value"]) > 1e-9:
            bad += 1; print(gp.name, "percent value", f)
        if rv is not None and f["unit"] == "yen" and rv != f["value"]:
            bad += 1; print(gp.name, "yen value", f)
        if f["unit"] == "yen" and rv is None:
            digits = int(unicodedata.normalize("NFKC", f["raw"]).replace(",", "").replace("△", "-"))
            if digits * 1000 != f["value"] and digits != f["value"]:
                bad += 1; print(gp.name, "table yen value", f)
        if f["basis"] == "interim" and not f["as_of"]:
            bad += 1; print(gp.name, "interim without as_of", f)
    for it in g["initiatives"]:
        if ws(it["text"]) not in pages[it["page"] - 1]:
            bad += 1; print(gp.name, "initiative missing", it["text"][:30])
    if g["minutes"]:
        for st in g["minutes"]["statements"]:
            if ws(st["text"])[:30] not in pages[st["page"] - 1]:
                bad += 1; print(gp.name, "statement start missing", st["speaker"])
    print(f"{gp.name}: pages={len(doc)} facts={len(g['facts'])} initiatives={len(g['initiatives'])} "
          f"size={pdf.stat().st_size // 1024}KB")
print(tot, "problems:", bad)
sys.exit(1 if bad else 0)
