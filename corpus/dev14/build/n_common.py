"""Helpers shared by the n_* builders: fact records, page assignment from the built PDF, checks, gold writing."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"


def norm(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def yen_approx(v_yen: int) -> str:
    """約X億Y,YYY万円 rounded to 10万円."""
    man = round(v_yen / 100_000) * 10  # in 万円, multiple of 10
    oku, rest = divmod(man, 10000)
    s = ""
    if oku:
        s += f"{oku}億"
    if rest:
        s += f"{rest:,}万"
    return s + "円", (oku * 10000 + rest) * 10000


def F(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, approx=False, as_of=None, debt_raw=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": None, "area": None}


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)], check=True,
                       capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def page_texts(pdf: Path) -> list[str]:
    with pymupdf.open(pdf) as d:
        return [norm(p.get_text()) for p in d]


def assign_pages(pdf: Path, items: list[dict], key: str, start_page: int = 1):
    """Give each item (in print order) the first page, from the cursor on, holding its `key` text
    more often than already used. Items with page already set are checked only."""
    texts = page_texts(pdf)
    used: dict = {}
    cur = start_page
    for it in items:
        s = norm(it[key])
        if it.get("page"):
            cur = max(cur, it["page"]) if it.get("_cursor", True) else cur
            continue
        for p in range(cur, len(texts) + 1):
            n = texts[p - 1].count(s)
            if n > used.get((p, s), 0):
                used[(p, s)] = used.get((p, s), 0) + 1
                it["page"] = p
                cur = p
                break
        else:
            raise SystemExit(f"not found from page {cur}: {it[key]!r}")


def check(pdf: Path, gold: dict):
    texts = page_texts(pdf)
    bad = 0
    for f in gold["facts"]:
        if norm(f["raw"]) not in texts[f["page"] - 1]:
            print("FACT NOT ON PAGE", f["page"], f["raw"]); bad += 1
    for i in gold["initiatives"]:
        if norm(i["text"]) not in texts[i["page"] - 1]:
            print("INIT NOT ON PAGE", i["page"], i["text"][:30]); bad += 1
    if gold.get("minutes"):
        for s in gold["minutes"]["statements"]:
            if norm(s["text"]) not in texts[s["page"] - 1]:
                print("STMT NOT ON PAGE", s["page"], s["text"][:30]); bad += 1
    if bad:
        raise SystemExit(f"{bad} check failures")


def write_gold(stem: str, pdf: Path, document: dict, facts, initiatives, minutes=None):
    for x in facts:
        x.pop("_cursor", None)
    with pymupdf.open(pdf) as d:
        n = d.page_count
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": n},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    check(pdf, gold)
    (ROOT / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    print(f"{stem}: pages={n} facts={len(facts)} initiatives={len(initiatives)} "
          f"statements={len(minutes['statements']) if minutes else 0} size={pdf.stat().st_size}")
    return gold
