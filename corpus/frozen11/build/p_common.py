"""Shared helpers for the p_ builders of frozen11: facts, page resolution, gold writing and checks."""
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


def z(s: str) -> str:
    """half-width digits/%/,/. -> full-width (as some offices type them)."""
    return s.translate(str.maketrans("0123456789%,.()-", "０１２３４５６７８９％，．（）－"))


def ws(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def comma(v: int) -> str:
    return f"{v:,}"


def tri(v: int) -> str:
    return ("△" + f"{-v:,}") if v < 0 else f"{v:,}"


def rate(c: float, a: float, nd: int = 2) -> float:
    return round(c / a * 100 + 1e-12, nd)


class Facts:
    def __init__(self):
        self.items = []

    def add(self, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page=None, *, as_of=None,
            approx=False, debt_raw=None, area=None, ctx=None):
        self.items.append(dict(debt=debt, debt_raw=debt_raw if debt_raw is not None else debt,
                               fiscal_year=fy, fiscal_year_raw=fy_raw, segment=seg, metric=metric,
                               basis=basis, as_of=as_of, value=value, unit=unit, approx=approx,
                               raw=raw, page=page, area=area, _ctx=ctx))


def page_texts(pdf: Path) -> list[str]:
    with fitz.open(pdf) as d:
        return [ws(p.get_text()) for p in d]


def resolve(items: list[dict], texts: list[str], key: str) -> None:
    """Give each item without page the page holding its text and its ctx (anchor) string."""
    for it in items:
        if it.get("page"):
            continue
        raw = ws(it[key])
        ctx = it.get("_ctx")
        ctxs = [ws(c) for c in (ctx if isinstance(ctx, (list, tuple)) else [ctx] if ctx else [])]
        cands = [i for i, t in enumerate(texts) if raw in t and all(c in t for c in ctxs)]
        if len(cands) != 1:
            raise SystemExit(f"cannot resolve page for {it[key][:40]!r} ctx={ctx!r}: {cands}")
        it["page"] = cands[0] + 1


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)], check=True,
                       capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def write_gold(stem, kind, muni, title, date, date_raw, facts: Facts, inits=None, minutes=None):
    pdf = PDF / f"{stem}.pdf"
    texts = page_texts(pdf)
    resolve(facts.items, texts, "raw")
    inits = inits or []
    resolve(inits, texts, "text")
    if minutes:
        resolve(minutes["statements"], texts, "text")
    fl = []
    for f in facts.items:
        f = {k: v for k, v in f.items() if not k.startswith("_")}
        fl.append(f)
    il = [{k: v for k, v in i.items() if not k.startswith("_")} for i in inits]
    if minutes:
        minutes["statements"] = [{k: v for k, v in s.items() if not k.startswith("_")}
                                 for s in minutes["statements"]]
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
                       "pages": len(texts)},
            "document": {"kind": kind, "municipality": muni, "title": title, "date": date,
                         "date_raw": date_raw},
            "facts": fl, "initiatives": il, "minutes": minutes, "tables": [], "warnings": []}
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return check(stem)


def check(stem) -> tuple[int, int, int]:
    g = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    pdf = PDF / g["source"]["file"]
    texts = page_texts(pdf)
    assert g["source"]["sha256"] == hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert g["source"]["pages"] == len(texts)
    assert pdf.stat().st_size < 1_000_000, "pdf too large"
    bad = 0
    for f in g["facts"]:
        if ws(f["raw"]) not in texts[f["page"] - 1]:
            print("FACT MISSING", stem, f["page"], f["raw"]); bad += 1
        assert f["metric"] in {"assessed", "collected", "collection_rate", "written_off", "outstanding", "delinquents"}
        assert f["segment"] in {"current", "arrears", "total"}
        assert f["basis"] in {"actual", "target", "estimate", "interim"}
        assert (f["basis"] == "interim") == bool(f["as_of"])
    for i in g["initiatives"]:
        if ws(i["text"]) not in texts[i["page"] - 1]:
            print("INIT MISSING", stem, i["page"], i["text"][:30]); bad += 1
        assert "【" not in i["text"]
    if g["minutes"]:
        for s in g["minutes"]["statements"]:
            if ws(s["text"]) not in texts[s["page"] - 1]:
                print("STMT MISSING", stem, s["page"], s["text"][:30]); bad += 1
    print(f"{stem}: pages={len(texts)} facts={len(g['facts'])} inits={len(g['initiatives'])} "
          f"size={pdf.stat().st_size} bad={bad}")
    return len(texts), len(g["facts"]), len(g["initiatives"]), bad
