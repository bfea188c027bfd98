"""Shared helpers for the dev13 e_* builders (helper e, brief dev13a).

Facts, initiatives and statements are registered in the order they are printed; after the PDF is rendered,
`place()` walks forward through the whitespace-free PyMuPDF text of all pages and gives each item the page
where its printed text (raw / text) next occurs. An item that cannot be found after the previous one is an
error, so the walk is also the check that every gold raw string is printed on its page.
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

Z = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s: str) -> str:
    """Half-width digits and signs to full-width."""
    return str(s).translate(Z)


def comma(n: int) -> str:
    s = f"{abs(n):,}"
    return ("△" + s) if n < 0 else s


def pct(a: int, b: int, nd: int = 2) -> float:
    """Rate a/b in percent, rounded half-up to nd decimals."""
    from decimal import Decimal, ROUND_HALF_UP
    if b == 0:
        return 0.0
    q = Decimal(a) * 100 / Decimal(b)
    return float(q.quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))


def fmt_pct(v: float, nd: int = 2) -> str:
    return f"{v:.{nd}f}"


def oku_man(yen: int) -> str:
    """1,234,560,000 -> '12億3,456万' (to the 万)."""
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    if oku and rest:
        return f"{oku}億{rest:,}万"
    if oku:
        return f"{oku}億"
    return f"{rest:,}万"


class Gold:
    def __init__(self, stem: str, kind: str, municipality: str, title: str, date: str, date_raw: str):
        self.stem = stem
        self.doc = {"kind": kind, "municipality": municipality, "title": title, "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None
        self.statements: list[dict] = []
        self.page = None  # set by a builder that knows the page (one sheet = one page)

    def fact(self, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, as_of=None, approx=False,
             area=None, debt_raw=None):
        assert seg in ("current", "arrears", "total"), seg
        assert basis in ("actual", "target", "estimate", "interim"), basis
        assert (basis == "interim") == (as_of is not None), (raw, basis, as_of)
        if unit == "yen":
            value = int(value)
        self.facts.append({"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt,
                           "fiscal_year": fy, "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
                           "basis": basis, "as_of": as_of, "value": value, "unit": unit, "approx": approx,
                           "raw": raw, "page": self.page, "area": area})

    def init(self, debt, fy, section, label, text, status):
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": self.page})

    def stmt(self, speaker, section, text):
        self.statements.append({"speaker": speaker, "section": section, "text": text, "page": None})


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def squeeze(s: str):
    """NFKC text without whitespace, and for each kept char whether whitespace preceded it."""
    s = unicodedata.normalize("NFKC", s or "")
    out, gap, ws = [], [], False
    for ch in s:
        if ch.isspace():
            ws = True
            continue
        out.append(ch)
        gap.append(ws)
        ws = False
    gap.append(ws)
    return "".join(out), gap


NUMCH = set("0123456789.,")


def find_raw(raw: str, text: str, gap: list, start: int):
    """Next occurrence of raw at or after start whose number is not glued to other digits."""
    t = norm(raw)
    i = start
    while True:
        i = text.find(t, i)
        if i < 0:
            return None
        j = i + len(t)
        ok = True
        if t[0].isdigit() and i > 0 and text[i - 1] in NUMCH and not gap[i]:
            ok = False
        if t[-1].isdigit() and j < len(text) and not gap[j] and (
                text[j].isdigit() or (text[j] in ".," and j + 1 < len(text) and text[j + 1].isdigit())):
            ok = False
        if ok:
            return i, j
        i += 1


def page_texts(pdf: Path):
    with pymupdf.open(pdf) as d:
        return [squeeze(p.get_text()) for p in d]


def place(items: list[dict], texts, key: str, what: str, prefix_len: int | None = None) -> list[str]:
    """Walk forward; set item['page']. Returns error strings."""
    errs = []
    pg, pos = 0, 0
    for it in items:
        t = norm(it[key])
        if prefix_len:
            t = t[:prefix_len]
        found = None
        p, start = pg, pos
        while p < len(texts):
            text, gap = texts[p]
            m = find_raw(t, text, gap, start) if key == "raw" else (
                (lambda k: (k, k + len(t)) if k >= 0 else None)(text.find(t, start)))
            if m:
                found = (p, m[1])
                break
            p, start = p + 1, 0
        if not found:
            errs.append(f"{what} not found after page {pg + 1}: {it[key][:60]!r}")
            continue
        pg, pos = found
        it["page"] = pg + 1
    return errs


def count_raw(t, text, gap):
    n, i = 0, 0
    while True:
        m = find_raw(t, text, gap, i)
        if not m:
            return n
        n += 1
        i = m[0] + 1


def check_counts(items, texts, key):
    """Items with a preset page: each printed occurrence stands for at most one item."""
    from collections import Counter
    need = Counter((it["page"], norm(it[key])) for it in items)
    errs = []
    for (pg, t), n in need.items():
        text, gap = texts[pg - 1]
        have = count_raw(t, text, gap) if key == "raw" else text.count(t)
        if have < n:
            errs.append(f"{key} {t!r} needed {n}x on page {pg}, printed {have}x")
    return errs


def check(items, texts, key, what, prefix_len=None):
    errs = []
    for it in items:
        t = norm(it[key])
        if prefix_len:
            t = t[:prefix_len]
        if not it.get("page") or t not in texts[it["page"] - 1][0]:
            errs.append(f"{what} check failed p{it.get('page')}: {it[key][:50]!r}")
    return errs


def write_gold(g: Gold, pdf: Path, fact_order=None) -> dict:
    texts = page_texts(pdf)
    errs = []
    errs += place([f for f in g.facts if f["page"] is None], texts, "raw", "fact")
    errs += place([i for i in g.inits if i["page"] is None], texts, "text", "initiative")
    errs += check_counts([f for f in g.facts], texts, "raw")
    errs += check_counts([i for i in g.inits], texts, "text")
    if g.statements:
        errs += place(g.statements, texts, "text", "statement", prefix_len=40)
    errs += check(g.facts, texts, "raw", "fact")
    errs += check(g.inits, texts, "text", "initiative")
    if errs:
        for e in errs[:40]:
            print("ERROR", e)
        raise SystemExit(f"{g.stem}: {len(errs)} errors")
    minutes = None
    if g.minutes is not None:
        minutes = dict(g.minutes)
        minutes["statements"] = g.statements
    data = {
        "schema_version": "1",
        "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": len(texts)},
        "document": g.doc,
        "facts": g.facts,
        "initiatives": g.inits,
        "minutes": minutes,
        "tables": [],
        "warnings": [],
    }
    out = ROOT / "gold" / (g.stem + ".json")
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    size = pdf.stat().st_size
    print(f"{g.stem}: pages={len(texts)} facts={len(g.facts)} initiatives={len(g.inits)} "
          f"statements={len(g.statements)} pdf={size // 1024}KB")
    assert size < 1_000_000
    return data


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
