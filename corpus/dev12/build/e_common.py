"""Shared helpers for the dev12 e_* builders: facts, page resolution, gold writing and checking.

Every builder keeps its figures in Python data, prints the PDF from them and hands the same data to
`write_gold`, so the gold never comes from an extraction tool.
"""
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
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


# ---------------------------------------------------------------- number formatting
def c(n: int) -> str:
    """1234567 -> '1,234,567'; negatives with △."""
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def zen(s: str) -> str:
    """ASCII digits, comma, period, percent -> full width."""
    return s.translate(str.maketrans("0123456789,.%", "０１２３４５６７８９，．％"))


def rate(num: int, den: int, nd: int = 1) -> float:
    from decimal import ROUND_HALF_UP, Decimal
    q = Decimal(num) * 100 / Decimal(den)
    return float(q.quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))


def fr(x: float, nd: int = 1) -> str:
    return f"{x:.{nd}f}"


def oku_man(yen: int) -> str:
    """Yen (multiple of 10,000) -> '38億4,200万円' style."""
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    s = ""
    if oku:
        s += f"{oku}億"
    if rest:
        s += f"{rest:,}万"
    return s + "円"


# ---------------------------------------------------------------- facts
def fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page, *, as_of=None, approx=False,
         debt_raw=None, area=None):
    return {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
            "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
            "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
            "raw": raw, "page": page, "area": area}


def page_texts(pdf: Path) -> list[str]:
    with pymupdf.open(pdf) as d:
        return [nows(p.get_text()) for p in d]


def resolve_pages(items: list[dict], texts: list[str], key: str) -> None:
    """An item whose page is a str is an anchor: the page holding both anchor and item[key]."""
    for it in items:
        p = it["page"]
        if isinstance(p, int):
            continue
        lo, hi = 1, len(texts)
        if isinstance(p, tuple):
            p, lo, hi = p
        anchor = nows(p or "")
        cands = [i + 1 for i, t in enumerate(texts)
                 if lo <= i + 1 <= hi and anchor in t and nows(it[key]) in t]
        if len(cands) != 1:
            raise SystemExit(f"anchor {p!r} for {it[key]!r}: pages {cands}")
        it["page"] = cands[0]


def check(pdf: Path, gold: dict) -> list[str]:
    texts = page_texts(pdf)
    errs = []
    for f in gold["facts"]:
        if nows(f["raw"]) not in texts[f["page"] - 1]:
            errs.append(f"fact raw {f['raw']!r} not on page {f['page']}")
    for i in gold["initiatives"]:
        if nows(i["text"]) not in texts[i["page"] - 1]:
            errs.append(f"initiative text {i['text'][:30]!r} not on page {i['page']}")
    return errs


def write_gold(stem: str, pdf: Path, document: dict, facts: list, initiatives: list, minutes=None) -> dict:
    texts = page_texts(pdf)
    resolve_pages(facts, texts, "raw")
    resolve_pages(initiatives, texts, "text")
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    gold = {"schema_version": "1",
            "source": {"file": pdf.name, "sha256": sha, "pages": len(texts)},
            "document": document, "facts": facts, "initiatives": initiatives,
            "minutes": minutes, "tables": [], "warnings": []}
    errs = check(pdf, gold)
    if errs:
        raise SystemExit(f"{stem}: gold check failed:\n  " + "\n  ".join(errs[:40]))
    if pdf.stat().st_size > 1_000_000:
        raise SystemExit(f"{stem}: PDF too large ({pdf.stat().st_size} bytes)")
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                            encoding="utf-8")
    print(f"{stem}: pages={len(texts)} facts={len(facts)} initiatives={len(initiatives)} "
          f"size={pdf.stat().st_size}")
    return gold


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise SystemExit("soffice missing")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [exe, f"-env:UserInstallation=file:///tmp/lo_e12_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


def story_pdf(chunks, css: str, dest: Path, *, landscape=False, header="", footer_fmt="- {n} -"):
    """PyMuPDF Story → PDF; each HTML chunk starts a new page. Returns [(first, last)] 1-based per chunk."""
    if isinstance(chunks, str):
        chunks = [chunks]
    rect = pymupdf.paper_rect("a4-l" if landscape else "a4")
    where = rect + (50, 60, -50, -60)
    tmp = OUT / (dest.stem + ".raw.pdf")
    OUT.mkdir(parents=True, exist_ok=True)
    writer = pymupdf.DocumentWriter(str(tmp))
    spans, pno = [], 0
    for html in chunks:
        story = pymupdf.Story(html=html, user_css=css, archive=pymupdf.Archive("/usr/share/fonts/opentype"))
        first = pno + 1
        more = 1
        while more:
            dev = writer.begin_page(rect)
            more, _ = story.place(where)
            story.draw(dev)
            writer.end_page()
            pno += 1
        spans.append((first, pno))
    writer.close()
    doc = pymupdf.open(tmp)
    n = len(doc)
    for i, page in enumerate(doc):
        if header:
            page.insert_text((rect.width - 50 - 9 * len(header), 35), header, fontsize=8, fontname="japan")
        ft = footer_fmt.format(n=i + 1, total=n)
        page.insert_text((rect.width / 2 - 4 * len(ft), rect.height - 30), ft, fontsize=9, fontname="japan")
    doc.subset_fonts()
    dest.parent.mkdir(parents=True, exist_ok=True)
    doc.save(dest, garbage=4, deflate=True)
    doc.close()
    return spans


def resolve_sequential(facts: list[dict], pdf: Path) -> None:
    """Facts listed in printing order whose page is None get the page of the next occurrence of raw."""
    texts = page_texts(pdf)
    pno, off = 0, 0
    for f in facts:
        if f["page"] is not None:
            continue
        raw = nows(f["raw"])
        while pno < len(texts):
            k = texts[pno].find(raw, off)
            if k >= 0:
                f["page"] = pno + 1
                off = k + len(raw)
                break
            pno, off = pno + 1, 0
        else:
            raise SystemExit(f"sequential: {f['raw']!r} not found")
