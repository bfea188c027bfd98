"""Helpers shared by the e_* builders of corpus/dev8: LibreOffice conversion, fact records, gold writing and
the gold check (every raw / initiative text / statement occurs on its page)."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"

ZEN = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s: str) -> str:
    return s.translate(ZEN)


def rate(num: int | float, den: int | float, nd: int = 2) -> Decimal:
    q = Decimal(1).scaleb(-nd)
    return (Decimal(str(num)) * 100 / Decimal(str(den))).quantize(q, rounding=ROUND_HALF_UP)


def comma(n: int) -> str:
    s = f"{abs(n):,}"
    return ("△" + s) if n < 0 else s


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_e8_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def F(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, *, approx=False, as_of=None, debt_raw="same",
      area=None, page=None):
    """One gold fact in print order; page is found later (sequentially) unless given."""
    if debt_raw == "same":
        debt_raw = debt
    if isinstance(value, Decimal):
        value = float(value)
    return {"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": seg, "metric": metric, "basis": basis, "as_of": as_of, "value": value, "unit": unit,
            "approx": approx, "raw": raw, "page": page, "area": area}


def norm(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


class PText(str):
    """Whitespace-free page text that remembers where whitespace stood (gap[i]: whitespace before char i)."""
    gap: list


def _ptext(raw: str) -> PText:
    chars, gap, g = [], [], False
    for ch in raw:
        if ch.isspace():
            g = True
            continue
        chars.append(ch)
        gap.append(g)
        g = False
    t = PText("".join(chars))
    t.gap = gap + [True]
    return t


def page_texts(pdf: Path) -> list[str]:
    doc = pymupdf.open(pdf)
    t = [_ptext(p.get_text()) for p in doc]
    doc.close()
    return t


NUMCH = set("0123456789０１２３４５６７８９,，")


def _bounded(text: str, i: int, raw: str) -> bool:
    j = i + len(raw)
    gap = getattr(text, "gap", None)
    if raw[0] in NUMCH or raw[0] in "△▲":
        if i > 0 and not (gap and gap[i]) and (text[i - 1] in NUMCH or text[i - 1] in ".．"):
            return False
    if raw[-1] in NUMCH:
        if j < len(text) and not (gap and gap[j]):
            if text[j] in NUMCH:
                return False
            if j + 1 < len(text) and text[j] in ".．" and text[j + 1] in NUMCH:
                return False
    return True


def locate(texts: list[str], items: list[dict], key: str = "raw") -> None:
    """Give each item (in print order) the page where its key string next occurs after the previous one."""
    pg, pos = 0, 0
    for it in items:
        s = norm(it[key])
        found = None
        p, start = pg, pos
        while p < len(texts) and found is None:
            t = texts[p]
            i = t.find(s, start)
            while i >= 0 and not _bounded(t, i, s):
                i = t.find(s, i + 1)
            if i >= 0:
                found = (p, i)
            else:
                p, start = p + 1, 0
        if found is None:
            raise SystemExit(f"not found in order: {s!r} (after page {pg + 1})")
        if it.get("page") is not None and it["page"] != found[0] + 1:
            raise SystemExit(f"{s!r}: expected page {it['page']} found {found[0] + 1}")
        it["page"] = found[0] + 1
        pg, pos = found[0], found[1] + len(s)


def check(pdf: Path, gold: dict) -> None:
    texts = page_texts(pdf)
    assert gold["source"]["pages"] == len(texts)
    counts: dict = {}
    for f in gold["facts"]:
        t = texts[f["page"] - 1]
        assert norm(f["raw"]) in t, (f["raw"], f["page"])
        counts[(f["page"], norm(f["raw"]))] = counts.get((f["page"], norm(f["raw"])), 0) + 1
    for (p, r), n in counts.items():
        t = texts[p - 1]
        occ = sum(1 for m in re.finditer(re.escape(r), t) if _bounded(t, m.start(), r))
        assert occ >= n, (p, r, n, occ)
    for i in gold["initiatives"]:
        assert norm(i["text"]) in texts[i["page"] - 1], (i["text"], i["page"])
    if gold.get("minutes"):
        for s in gold["minutes"]["statements"]:
            assert norm(s["text"]) in norm("".join(texts)), s["text"][:40]
            assert norm(s["text"])[:30] in texts[s["page"] - 1], (s["text"][:30], s["page"])
    for f in gold["facts"]:
        assert f["segment"] in ("current", "arrears", "total")
        assert f["basis"] in ("actual", "target", "estimate", "interim")
        assert (f["basis"] == "interim") == (f["as_of"] is not None), f
    h = hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert h == gold["source"]["sha256"]
    assert pdf.stat().st_size < 1_000_000, pdf.stat().st_size


def write_gold(stem: str, pdf: Path, document: dict, facts: list, initiatives: list, minutes=None) -> dict:
    texts = page_texts(pdf)
    locate(texts, facts)
    for it in initiatives:
        hits = [k for k, t in enumerate(texts) if norm(it["text"]) in t]
        assert len(hits) == 1, (it["text"], hits)
        it["page"] = hits[0] + 1
    if minutes:
        heads = [{"h": norm(st["text"])[:30], "page": None} for st in minutes["statements"]]
        locate(texts, heads, key="h")
        for st, h in zip(minutes["statements"], heads):
            st["page"] = h["page"]
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                       "pages": len(texts)},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    check(pdf, gold)
    GOLD.mkdir(parents=True, exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n6 = len(facts)
    print(f"{stem}: pages={len(texts)} facts={n6} initiatives={len(initiatives)}"
          + (f" statements={len(minutes['statements'])}" if minutes else ""))
    return gold


def I(debt, fy, section, label, text, status, page=None):
    return {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
            "status": status, "page": page}


def nfkc(s):
    return unicodedata.normalize("NFKC", s)
