"""Shared helpers for helper fm's blind documents (set frozen35).

Run the build scripts from corpus/frozen35:  python3 build/fm_<city>_<kind>_1.py
Every script draws its PDF from Python data and writes the gold from the same data.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent          # corpus/frozen35
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
WORK = Path("/tmp/fm_work")
WORK.mkdir(parents=True, exist_ok=True)

FONT_G = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FONT_M = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789.,-%()", "０１２３４５６７８９．，－％（）")
KANJI_NUM = {1: "元", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}


def zen(s) -> str:
    """Full-width digits (and . , -)."""
    return str(s).translate(ZEN)


def zdig(s) -> str:
    """Full-width digits only."""
    return str(s).translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def com(n: int) -> str:
    return f"{n:,}"


def tri(n, fmt="{:,}", mark="△") -> str:
    """Signed figure with △/▲ for minus (as printed: '△ 1,234')."""
    if n < 0:
        return mark + " " + fmt.format(-n) if mark == "△" else mark + fmt.format(-n)
    return fmt.format(n)


def r2(x: float) -> float:
    return round(x + 1e-12, 2)


def rate(num: int, den: int, nd=2) -> float:
    if den == 0:
        return 0.0
    return round(num * 100.0 / den + 1e-12, nd)


def reiwa(fy: int) -> int:
    return fy - 2018


def wareki(fy: int, *, full=False, nendo=True, kanji=False) -> str:
    """2019 -> 令和元年度; 2023 -> 令和5年度 (or 令和５年度 with full=True)."""
    if fy >= 2019:
        n = fy - 2018
        era = "令和"
    else:
        n = fy - 1988
        era = "平成"
    if n == 1:
        s = "元"
    elif kanji:
        s = KANJI_NUM[n]
    else:
        s = zdig(n) if full else str(n)
    return f"{era}{s}{'年度' if nendo else '年'}"


def oku_man(yen: int) -> str:
    """1,234,560,000 -> '12億3,456万円' (yen must be a multiple of 10,000)."""
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    if oku and rest:
        return f"{oku}億{rest:,}万円"
    if oku:
        return f"{oku}億円"
    return f"{rest:,}万円"


def round_to(yen: int, unit: int) -> int:
    return int((yen + unit // 2) // unit * unit) if yen >= 0 else -int((-yen + unit // 2) // unit * unit)


# canonical names used in the gold where the printed name differs (decision: see README_fm.md)
CANON = {"国民健康保険税": "国民健康保険料"}


class Gold:
    def __init__(self, stem: str, kind: str, family: str, municipality: str, title: str, date: str, date_raw: str):
        self.stem = stem
        self.document = {"kind": kind, "family": family, "municipality": municipality,
                         "title": title, "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.initiatives: list[dict] = []
        self.minutes = None

    # -- facts ---------------------------------------------------------
    def fact(self, page, debt, debt_raw, fy, fy_raw, segment, metric, basis, value, unit, raw,
             approx=False, as_of=None, area=None):
        assert segment in ("current", "arrears", "total"), segment
        assert basis in ("actual", "target", "estimate", "interim"), basis
        assert unit in ("yen", "percent", "points", "persons", "households", "cases"), unit
        if basis == "interim":
            assert as_of, "interim needs as_of"
        debt = CANON.get(debt, debt)
        if unit in ("percent", "points"):
            value = float(value)
        else:
            value = int(value)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": bool(approx), "raw": raw,
                           "page": page, "area": area})
        return raw

    def init(self, page, debt, fy, section, label, text, status=None, debt_raw=None):
        assert status in (None, "継続", "新規", "拡充")
        if debt in CANON:
            debt_raw = debt_raw or debt
            debt = CANON[debt]
        d = {"debt": debt, "fiscal_year": fy, "section": section, "label": label,
             "text": text, "status": status, "page": page}
        if debt_raw:
            d["debt_raw"] = debt_raw
        self.initiatives.append(d)

    def write(self, pdf_path: Path):
        import fitz  # noqa
        data = pdf_path.read_bytes()
        doc = fitz.open(pdf_path)
        out = {
            "schema_version": "1.1",
            "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": doc.page_count},
            "document": self.document,
            "facts": self.facts,
            "initiatives": self.initiatives,
            "minutes": self.minutes,
            "tables": [],
            "warnings": [],
            "pages": [],
        }
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        p = GOLD_DIR / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return p


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def nf(s: str) -> str:
    return squash(unicodedata.normalize("NFKC", s))


TAGS = re.compile(r"【(継続|新規|拡充)】")


def check(pdf_path: Path, gold_path: Path, verbose=True) -> int:
    """raw of every fact on its page (whitespace removed); initiative texts and statements too."""
    import fitz
    doc = fitz.open(pdf_path)
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    pages = [squash(p.get_text()) for p in doc]
    pages_n = [nf(p.get_text()) for p in doc]
    bad = 0
    for f in g["facts"]:
        pg = f["page"]
        if not (1 <= pg <= len(pages)) or squash(f["raw"]) not in pages[pg - 1]:
            bad += 1
            if verbose:
                where = [i + 1 for i, t in enumerate(pages) if squash(f["raw"]) in t]
                print("RAW MISSING", pg, repr(f["raw"]), f["debt_raw"], f["metric"], "found on", where)
    for it in g["initiatives"]:
        pg = it["page"]
        t = nf(TAGS.sub("", it["text"]))
        if t not in pages_n[pg - 1]:
            bad += 1
            if verbose:
                where = [i + 1 for i, s in enumerate(pages_n) if t in s]
                print("INIT MISSING", pg, it["text"][:40], "found on", where)
    m = g.get("minutes")
    if m:
        for s in m["statements"]:
            t = nf(s["text"])
            if t not in pages_n[s["page"] - 1]:
                bad += 1
                if verbose:
                    print("STATEMENT MISSING", s["page"], s["speaker"], s["text"][:40])
    if verbose:
        print(f"{pdf_path.name}: {doc.page_count} pages, {len(g['facts'])} facts, "
              f"{len(g['initiatives'])} initiatives, {bad} problems, {pdf_path.stat().st_size/1024:.0f} KiB")
    return bad


def soffice_pdf(src: Path) -> Path:
    """Convert with LibreOffice using a private profile (another helper may run soffice at the same time)."""
    import subprocess
    import time
    prof = "file:///tmp/fm_work/lo_profile"
    out = WORK / (src.stem + ".pdf")
    for attempt in range(4):
        if out.exists():
            out.unlink()
        r = subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf",
                            "--outdir", str(WORK), str(src)], capture_output=True)
        if r.returncode == 0 and out.exists():
            return out
        time.sleep(3)
    raise RuntimeError(f"soffice failed for {src}: {r.stderr[-500:]}")
