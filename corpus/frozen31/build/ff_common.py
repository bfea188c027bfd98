"""Shared helpers for helper ff's frozen31 documents (run the build scripts from corpus/frozen31).

Every build script keeps one Gold object; each printed number that is a fact is registered
with the page the script is drawing, so the gold comes from the data that draws the PDF.
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent                      # corpus/frozen31
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
WORK = Path("/tmp/ff_work")
WORK.mkdir(parents=True, exist_ok=True)

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789.,%()-", "０１２３４５６７８９．，％（）－")
KANJI_NUM = "〇一二三四五六七八九十"


def zen(s: str) -> str:
    """Half-width digits and signs to full width (as many Japanese documents print them)."""
    return str(s).translate(ZEN)


def comma(n: int) -> str:
    return f"{n:,}"


def era(fy: int) -> tuple[str, int]:
    if fy >= 2019:
        return "令和", fy - 2018
    return "平成", fy - 1988


def wareki(fy: int, style: str = "full", z: bool = False) -> str:
    """令和6年度 / R6 / 6年度 / 令和元年度 ...  (fy = Western year the 年度 starts)."""
    e, n = era(fy)
    num = "元" if n == 1 and style != "short" else str(n)
    if z and num != "元":
        num = zen(num)
    if style == "full":
        return f"{e}{num}年度"
    if style == "short":
        return f"{'R' if e == '令和' else 'H'}{n}"
    if style == "noera":
        return f"{num}年度"
    if style == "both":
        return f"{e}{num}（{fy}）年度"
    if style == "kanji":
        return f"{e}{kanji(n)}年度"
    raise ValueError(style)


def kanji(n: int) -> str:
    if n == 1:
        return "元"
    if n < 10:
        return KANJI_NUM[n]
    if n < 20:
        return "十" + (KANJI_NUM[n - 10] if n > 10 else "")
    t, o = divmod(n, 10)
    return KANJI_NUM[t] + "十" + (KANJI_NUM[o] if o else "")


def rate(collected: int, assessed: int, nd: int = 2) -> float:
    if assessed == 0:
        return 0.0
    return round(collected / assessed * 100 + 1e-12, nd)


def fmt_rate(v: float, nd: int = 2, pct: str = "%") -> str:
    return f"{v:.{nd}f}{pct}"


def tri(v, s: str, mark: str = "△") -> str:
    """Prefix a minus mark (△ or ▲) to the formatted absolute value when v < 0."""
    return (mark if v < 0 else "") + s


def kan_yen(n: int) -> str:
    """Yen as 億/万 words: 1,234,000,000 -> 12億3,400万円 (n must be a multiple of 10,000)."""
    assert n % 10000 == 0, n
    oku, man = divmod(n // 10000, 10000)
    s = ""
    if oku:
        s += f"{oku:,}億"
    if man:
        s += f"{man:,}万"
    return s + "円"


class Gold:
    def __init__(self, stem: str, kind: str, family: str, municipality: str, title: str,
                 date: str, date_raw: str):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None
        self.page = 1

    def fact(self, raw: str, value, unit: str, metric: str, basis: str, fy: int | None,
             fy_raw: str | None, segment: str | None, debt: str | None, debt_raw: str | None,
             as_of: str | None = None, approx: bool = False, area: str | None = None,
             page: int | None = None) -> str:
        if unit in ("yen", "persons", "households", "cases"):
            value = int(round(value))
        else:
            value = round(float(value), 4)
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": approx, "raw": raw,
            "page": page or self.page, "area": area})
        return raw

    def init(self, debt, fy, section, label, text, status=None, page=None, debt_raw=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw or debt, "fiscal_year": fy,
                           "section": section, "label": label, "text": text,
                           "status": status, "page": page or self.page})
        return text

    def write(self, pdf: Path):
        data = pdf.read_bytes()
        import pymupdf
        with pymupdf.open(pdf) as d:
            n = d.page_count
        out = {
            "schema_version": "1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
            "document": self.doc,
            "facts": self.facts,
            "initiatives": self.inits,
            "minutes": self.minutes,
            "tables": [],
            "warnings": [],
        }
        GOLD_DIR.mkdir(exist_ok=True)
        p = GOLD_DIR / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{self.stem}: {n} pages, {len(self.facts)} facts, {len(self.inits)} initiatives -> {p}")
        return p


def nows(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def check_pdf(pdf: Path, gold_path: Path) -> list[str]:
    """Every fact raw and every initiative text must occur on its page (whitespace removed)."""
    import pymupdf
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    errs = []
    with pymupdf.open(pdf) as d:
        texts = [re.sub(r"\s+", "", p.get_text()) for p in d]
        for f in g["facts"]:
            r = re.sub(r"\s+", "", f["raw"])
            if r not in texts[f["page"] - 1]:
                errs.append(f"fact p{f['page']} raw {f['raw']!r} not on page")
        for i in g["initiatives"]:
            t = re.sub(r"\s+", "", i["text"])
            if t not in texts[i["page"] - 1]:
                errs.append(f"init p{i['page']} {i['text'][:30]!r} not on page")
        if g.get("minutes"):
            for s in g["minutes"]["statements"]:
                t = re.sub(r"\s+", "", s["text"])
                if t not in texts[s["page"] - 1]:
                    errs.append(f"statement p{s['page']} {s['text'][:30]!r} not on page")
    return errs


def soffice_pdf(src: Path, outdir: Path) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True)
    return outdir / (src.stem + ".pdf")


def chromium_pdf(html: Path, pdf: Path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", html.as_uri()], check=True, capture_output=True)


def simulate(years, cur_assessed, cur_rates, arr_rates, wo_rates, first_arrears, quantum=1):
    """Year-by-year 現年/滞繰 ledger; 滞繰 調定額 of a year = 収入未済額 at the end of the year before.

    Amounts are integers rounded to `quantum` yen (1000 for 千円 documents).
    Returns {fy: dict(ca, cc, aa, ac, awo, ta, tc, two, oc, oa, ot)}.
    """
    q = quantum
    out = {}
    arrears = first_arrears // q * q
    for i, fy in enumerate(years):
        ca = cur_assessed[i] // q * q
        cc = int(round(ca * cur_rates[i] / 100 / q)) * q
        aa = arrears
        ac = int(round(aa * arr_rates[i] / 100 / q)) * q
        awo = int(round(aa * wo_rates[i] / 100 / q)) * q
        oc = ca - cc
        oa = aa - ac - awo
        out[fy] = dict(ca=ca, cc=cc, aa=aa, ac=ac, awo=awo, ta=ca + aa, tc=cc + ac, two=awo,
                       oc=oc, oa=oa, ot=oc + oa)
        arrears = oc + oa
    return out
