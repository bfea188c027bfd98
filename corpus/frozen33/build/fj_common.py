"""Shared helpers for helper fj's blind documents (set frozen33).

Every build script keeps the figures it prints in one data model and records a gold fact
at the moment it formats the printed text, so the gold is written from the same data
that draws the PDF (never by reading the PDF back).
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
PDF_DIR = SET / "pdf"
GOLD_DIR = SET / "gold"
WORK = Path("/tmp/fj_work")
WORK.mkdir(parents=True, exist_ok=True)
PDF_DIR.mkdir(parents=True, exist_ok=True)
GOLD_DIR.mkdir(parents=True, exist_ok=True)

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789.%,()-", "０１２３４５６７８９．％，（）－")


def zen(s) -> str:
    """ASCII digits to full-width digits (for documents printed in 全角)."""
    return str(s).translate(ZEN)


def zen_digits(s) -> str:
    return str(s).translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def rate(num: int, den: int, places: int = 2) -> float:
    if not den:
        return 0.0
    q = Decimal(1).scaleb(-places)
    return float((Decimal(num) * 100 / Decimal(den)).quantize(q, rounding=ROUND_HALF_UP))


def rnd(x: float, places: int = 2) -> float:
    q = Decimal(1).scaleb(-places)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def comma(n: int, minus: str = "△") -> str:
    n = int(n)
    return (minus if n < 0 else "") + f"{abs(n):,}"


def fmt_rate(x: float, places: int = 2, minus: str = "△", plus: str = "") -> str:
    s = f"{abs(x):.{places}f}"
    if x < 0:
        return minus + s
    return (plus if x > 0 else "") + s


def era(fy: int, style: str = "full") -> str:
    """令和/平成 year label for a fiscal year."""
    if fy >= 2019:
        n, e, a = fy - 2018, "令和", "R"
    else:
        n, e, a = fy - 1988, "平成", "H"
    if style == "full":
        return f"{e}{'元' if n == 1 else n}年度"
    if style == "abbr":
        return f"{a}{n}"
    if style == "num":
        return f"{n}年度"
    raise ValueError(style)


def month_end(fy: int, month: int) -> str:
    """ISO date of the end of `month` within fiscal year fy (Jan-Mar belong to fy+1 calendar)."""
    y = fy + 1 if month <= 3 else fy
    nxt = _dt.date(y + (month == 12), month % 12 + 1, 1)
    return (nxt - _dt.timedelta(days=1)).isoformat()


class Doc:
    """Collects gold facts and initiatives while a build script formats its text."""

    def __init__(self, stem: str, seed: int):
        self.stem = stem
        self.rng = random.Random(seed)
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.page = 1

    # ---- facts -------------------------------------------------------------------------------
    def fact(self, raw: str, value, *, metric: str, unit: str, fy: int, fy_raw, debt=None,
             debt_raw=None, segment="total", basis="actual", as_of=None, approx=False,
             area=None, page=None) -> str:
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw,
            "page": page or self.page, "area": area,
        })
        return raw

    def yen(self, v_yen: int, per: int = 1000, minus: str = "△", suffix: str = "", **kw) -> str:
        """Amount printed in units of `per` yen (1000 → 千円), recorded in yen."""
        assert v_yen % per == 0, (v_yen, per)
        raw = comma(v_yen // per, minus) + suffix
        kw.setdefault("metric", "assessed")
        return self.fact(raw, int(v_yen), unit="yen", **kw)

    def pct(self, x: float, places: int = 2, suffix: str = "", minus: str = "△", plus: str = "",
            unit: str = "percent", **kw) -> str:
        raw = fmt_rate(x, places, minus, plus) + suffix
        kw.setdefault("metric", "collection_rate")
        return self.fact(raw, rnd(x, places), unit=unit, **kw)

    def count(self, n: int, unit: str, suffix: str = "", minus: str = "△", **kw) -> str:
        raw = comma(n, minus) + suffix
        kw.setdefault("metric", "delinquents")
        return self.fact(raw, int(n), unit=unit, **kw)

    # ---- initiatives ---------------------------------------------------------------------------
    def init(self, text: str, *, debt, debt_raw, fy: int, section: str, label: str = None,
             status=None, page=None) -> str:
        self.inits.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "section": section, "label": label, "text": text,
                           "status": status, "page": page or self.page})
        return text

    # ---- output ------------------------------------------------------------------------------
    def write_gold(self, *, kind: str, family: str, municipality: str, title: str, date: str,
                   date_raw: str, minutes=None):
        pdf = PDF_DIR / f"{self.stem}.pdf"
        import fitz  # PyMuPDF
        with fitz.open(pdf) as d:
            pages = d.page_count
        sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
        gold = {
            "schema_version": "1.1",
            "source": {"file": pdf.name, "sha256": sha, "pages": pages},
            "document": {"kind": kind, "family": family, "municipality": municipality,
                         "title": title, "date": date, "date_raw": date_raw},
            "facts": self.facts,
            "initiatives": self.inits,
            "minutes": minutes,
            "tables": [],
            "warnings": [],
        }
        out = GOLD_DIR / f"{self.stem}.json"
        out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{self.stem}: {pages} pages, {len(self.facts)} facts, {len(self.inits)} initiatives")
        return gold


def split_amounts(rng: random.Random, assessed_k: int, rate_pct: float, wo_share: float = 0.0):
    """調定額 (千円) → (収入済額, 不納欠損額, 収入未済額) in 千円, consistent by construction."""
    collected = int(round(assessed_k * rate_pct / 100))
    rest = assessed_k - collected
    written = int(round(rest * wo_share))
    return collected, written, rest - written


def chromium_pdf(html_path: Path, pdf_path: Path):
    import subprocess
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", "--print-to-pdf-no-header",
                    f"--print-to-pdf={pdf_path}", html_path.as_uri()],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def soffice_pdf(src: Path, outdir: Path) -> Path:
    import subprocess
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/fj_work/lo_profile",
                    "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    return outdir / (src.stem + ".pdf")
