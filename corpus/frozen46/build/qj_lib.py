"""Shared helpers for helper qj's blind documents (set frozen46).

Every build script keeps its figures in Python data, draws the PDF from that data and
writes the gold from the same data (never by reading the PDF back).  Run the build
scripts from corpus/frozen46:  python3 build/qj_<stem>.py
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import subprocess
import unicodedata
from pathlib import Path

SET_DIR = Path(__file__).resolve().parents[1]
PDF_DIR = SET_DIR / "pdf"
GOLD_DIR = SET_DIR / "gold"
WORK = Path("/tmp/qj_work")
WORK.mkdir(parents=True, exist_ok=True)

FONT_G = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FONT_M = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

FW = str.maketrans("0123456789.,%()-", "０１２３４５６７８９．，％（）－")
KANJI_NUM = "〇一二三四五六七八九十"


def fw(s) -> str:
    """Full-width digits (and a few signs)."""
    return str(s).translate(FW)


def comma(n) -> str:
    return f"{int(n):,}"


def signed(n, minus="△", plus="", fmt="{:,}") -> str:
    """Difference with △/▲ for minus."""
    if n < 0:
        return minus + fmt.format(-n)
    return plus + fmt.format(n)


def fsigned(x, nd=2, minus="△", plus="") -> str:
    s = f"{abs(x):.{nd}f}"
    if round(x, nd) < 0:
        return minus + s
    return plus + s


def sen(yen) -> int:
    """Yen → printed 千円 (rounded)."""
    return int(round(yen / 1000.0))


def rate(num, den, nd=2) -> float:
    return round(num * 100.0 / den + 1e-12, nd) if den else 0.0


def reiwa(fy) -> int:
    return fy - 2018


def heisei(fy) -> int:
    return fy - 1988


def wareki_nendo(fy, zen=False, gannen=True) -> str:
    if fy >= 2019:
        n = fy - 2018
        if n == 1 and gannen:
            return "令和元年度"
        return f"令和{fw(n) if zen else n}年度"
    n = fy - 1988
    if n == 1 and gannen:
        return "平成元年度"
    return f"平成{fw(n) if zen else n}年度"


def kanji_int(n: int) -> str:
    if n <= 10:
        return KANJI_NUM[n]
    if n < 20:
        return "十" + KANJI_NUM[n - 10]
    t, o = divmod(n, 10)
    return KANJI_NUM[t] + "十" + (KANJI_NUM[o] if o else "")


def oku_man(yen, round_to=10_000):
    """Yen → ('1億8,630万円', value) rounded to round_to yen."""
    v = int(round(yen / round_to)) * round_to
    oku, rest = divmod(v, 100_000_000)
    man = rest // 10_000
    if oku and man:
        s = f"{oku}億{man:,}万円"
    elif oku:
        s = f"{oku}億円"
    else:
        s = f"{man:,}万円"
    return s, v


def oku_dec(yen, nd=1):
    """Yen → ('12.3億円', value)."""
    x = round(yen / 100_000_000, nd)
    return f"{x:.{nd}f}億円", int(round(x * 100_000_000))


def hyakuman(yen, nd=1):
    """Yen → ('186.3', value) in 百万円."""
    x = round(yen / 1_000_000, nd)
    return f"{x:,.{nd}f}", int(round(x * 1_000_000))


def norm_ws(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


# ---------------------------------------------------------------- data model
def gen_debt(rng: random.Random, years, cur0, growth, cur_rates, arr_rates, wo_fracs, arrears0,
             cur_wo_frac=0.0):
    """One debt's yearly figures in yen: {fy: {seg: {assessed, collected, written_off, outstanding}}}.

    滞納繰越分の調定額 of a year is the previous year's 収入未済額 (計); the first year starts
    from arrears0.  収入未済額 = 調定額 − 収入済額 − 不納欠損額 holds exactly."""
    out = {}
    cur_a = cur0
    arr_a = arrears0
    for i, fy in enumerate(years):
        if i:
            cur_a = int(round(cur_a * (1 + growth + rng.uniform(-0.006, 0.006))))
        cur_a = cur_a + rng.randint(0, 999)
        cc = int(round(cur_a * cur_rates[i] / 100.0)) + rng.randint(-300, 300)
        cw = int(round(cur_a * cur_wo_frac))
        co = cur_a - cc - cw
        ac = int(round(arr_a * arr_rates[i] / 100.0)) + rng.randint(-300, 300)
        aw = int(round(arr_a * wo_fracs[i]))
        ao = arr_a - ac - aw
        cur = dict(assessed=cur_a, collected=cc, written_off=cw, outstanding=co)
        arr = dict(assessed=arr_a, collected=ac, written_off=aw, outstanding=ao)
        tot = {k: cur[k] + arr[k] for k in cur}
        out[fy] = {"current": cur, "arrears": arr, "total": tot}
        arr_a = tot["outstanding"]
    return out


def seg_rate(d, nd=2):
    return rate(d["collected"], d["assessed"], nd)


# ---------------------------------------------------------------- gold
class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.document = {"kind": kind, "family": family, "municipality": municipality,
                         "title": title, "date": date, "date_raw": date_raw}
        self.facts = []
        self.initiatives = []
        self.minutes = None

    def fact(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
             approx=False, as_of=None, area=None):
        assert unit in ("yen", "percent", "points", "persons", "households", "cases"), unit
        assert seg in ("current", "arrears", "total", None), seg
        assert basis in ("actual", "target", "estimate", "interim"), basis
        if basis == "interim":
            assert as_of, "interim needs as_of"
        if unit == "yen":
            value = int(value)
        elif unit in ("persons", "households", "cases"):
            value = int(value)
        else:
            value = round(float(value), 4)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
                           "basis": basis, "as_of": as_of, "value": value, "unit": unit,
                           "approx": bool(approx), "raw": raw, "page": page, "area": area})

    def init(self, page, debt, fy, section, label, text, status=None, debt_raw=None):
        assert status in (None, "継続", "新規", "拡充")
        self.initiatives.append({"debt": debt, "debt_raw": debt_raw if debt_raw else debt,
                                 "fiscal_year": fy, "section": section, "label": label,
                                 "text": text, "status": status, "page": page})

    def write(self, pdf_path: Path):
        import pymupdf as fitz
        data = pdf_path.read_bytes()
        with fitz.open(pdf_path) as d:
            pages = d.page_count
        out = {
            "schema_version": "1",
            "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(),
                       "pages": pages},
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
        print(f"{p.name}: {pages} pages, {len(self.facts)} facts, {len(self.initiatives)} initiatives")
        return p


# ---------------------------------------------------------------- converters
def soffice_pdf(src: Path, outdir: Path) -> Path:
    outdir.mkdir(parents=True, exist_ok=True)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/qj_work/lo_profile",
                    "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    return outdir / (src.stem + ".pdf")


def chromium_pdf(html: Path, pdf: Path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", "--print-to-pdf-no-header",
                    f"--print-to-pdf={pdf}", html.as_uri()],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    return pdf
