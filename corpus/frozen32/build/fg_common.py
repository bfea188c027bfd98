"""Shared helpers for helper fg's blind documents (set frozen32).

Run the build scripts from corpus/frozen32, e.g. `python3 build/fg_hanamaki_minutes_1.py`.
Each script writes pdf/<stem>.pdf and gold/<stem>.json; the gold is made from the same
Python data that is drawn into the PDF (never read back from the PDF).
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import subprocess
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

SET = Path(__file__).resolve().parents[1]          # corpus/frozen32
PDF_DIR = SET / "pdf"
GOLD_DIR = SET / "gold"
WORK = Path("/tmp/fg_work")
WORK.mkdir(parents=True, exist_ok=True)

FONT_G = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FONT_M = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789.,%()-", "０１２３４５６７８９．，％（）－")
KANJI_NUM = {1: "元", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}


def zen(s) -> str:
    """Full-width digits (and . , % ( ) -)."""
    return str(s).translate(ZEN)


def zen_digits(s) -> str:
    return str(s).translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def r2(x: float, nd: int = 2) -> float:
    """Round half up to nd decimals (as Japanese offices do)."""
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def rate(num: int, den: int, nd: int = 2) -> float:
    return r2(num / den * 100, nd) if den else 0.0


def fmt_rate(x: float, nd: int = 2) -> str:
    return f"{x:.{nd}f}"


def comma(n: int) -> str:
    return f"{n:,}"


def tri(n: int, mark: str = "△") -> str:
    """Signed number with △/▲ for minus and thousands separators."""
    return f"{mark}{abs(n):,}" if n < 0 else f"{n:,}"


def tri_f(x: float, nd: int = 2, mark: str = "△", plus: bool = False) -> str:
    s = f"{abs(x):.{nd}f}"
    if x < 0 and abs(x) >= 0.5 * 10 ** -nd:
        return mark + s
    return ("+" + s) if plus and x > 0 else s


def sen(v_yen: int) -> int:
    """yen -> thousands of yen as printed (truncated, as in 決算書)."""
    return v_yen // 1000


def reiwa(fy: int) -> int:
    return fy - 2018


def heisei(fy: int) -> int:
    return fy - 1988


def era_year(fy: int, kind: str = "R") -> str:
    """Printed forms of a fiscal year."""
    if fy >= 2019:
        n = fy - 2018
        if kind == "R":
            return f"令和{'元' if n == 1 else n}年度"
        if kind == "Rz":
            return f"令和{'元' if n == 1 else zen_digits(n)}年度"
        if kind == "Rk":
            return f"令和{KANJI_NUM[n]}年度"
        if kind == "Rs":
            return f"R{n}"
        if kind == "n":
            return f"{n}年度"
    else:
        n = fy - 1988
        if kind in ("R", "Rz", "Rk"):
            return f"平成{n}年度"
        if kind == "Rs":
            return f"H{n}"
        if kind == "n":
            return f"{n}年度"
    raise ValueError(kind)


def oku_man(v_yen: int, approx_unit: int = 10_000) -> tuple[str, int]:
    """Yen amount as 約X億Y万円 text rounded to approx_unit; returns (text, rounded value)."""
    v = int(round(v_yen / approx_unit)) * approx_unit
    oku, rest = divmod(v, 100_000_000)
    man = rest // 10_000
    if oku and man:
        return f"{oku}億{man:,}万円", v
    if oku:
        return f"{oku}億円", v
    return f"{man:,}万円", v


class Gold:
    def __init__(self, stem: str, kind: str, family: str, municipality: str, title: str,
                 date: str, date_raw: str):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality,
                    "title": title, "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None

    def fact(self, page: int, debt, debt_raw, fy: int, fy_raw, seg: str, metric: str, basis: str,
             value, unit: str, raw: str, as_of=None, approx=False, area=None):
        assert seg in ("current", "arrears", "total"), seg
        assert basis in ("actual", "target", "estimate", "interim"), basis
        assert unit in ("yen", "percent", "points", "persons", "households", "cases"), unit
        if basis == "interim":
            assert as_of, "interim needs as_of"
        if unit == "yen":
            value = int(value)
        elif unit in ("percent", "points"):
            value = float(value)
        self.facts.append({
            "debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
            "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
            "value": value, "unit": unit, "approx": bool(approx), "raw": raw, "page": page,
            "area": area, "bbox": None, "table": None})

    def init(self, page: int, debt, debt_raw, fy: int, section: str, label, text: str, status=None):
        assert status in (None, "継続", "新規", "拡充")
        self.inits.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "section": section,
                           "label": label, "text": text, "status": status, "page": page})

    def write(self, pdf: Path):
        import pymupdf as fitz  # PyMuPDF
        data = pdf.read_bytes()
        with fitz.open(pdf) as d:
            pages = d.page_count
        out = {
            "schema_version": "1.1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": pages},
            "document": self.doc,
            "facts": self.facts,
            "initiatives": self.inits,
            "minutes": self.minutes,
            "tables": [],
            "warnings": [],
            "pages": [],
        }
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        p = GOLD_DIR / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{self.stem}: {pages} pages, {len(self.facts)} facts, {len(self.inits)} initiatives -> {p}")
        return p


def soffice_pdf(src: Path, outdir: Path = WORK) -> Path:
    env = dict(os.environ, HOME=str(WORK / "lohome"))
    subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    return outdir / (src.stem + ".pdf")


def chromium_pdf(html: Path, pdf: Path) -> Path:
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--run-all-compositor-stages-before-draw", "--virtual-time-budget=5000",
                    f"--print-to-pdf={pdf}", html.as_uri()],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    return pdf


def series(assessed_cur: list[int], rate_cur: list[float], first_arrears: int, rate_arr: list[float],
           wo_share: list[float]):
    """Consistent multi-year collection data.

    Returns a list of dicts per year with current/arrears/total assessed, collected, rate,
    written_off (arrears only) and outstanding; next year's arrears assessed equals this year's
    outstanding total."""
    rows = []
    arr_ass = first_arrears
    for i, ca in enumerate(assessed_cur):
        cc = int(round(ca * rate_cur[i] / 100))
        ac = int(round(arr_ass * rate_arr[i] / 100))
        wo = int(round(arr_ass * wo_share[i] / 100))
        cur_out = ca - cc
        arr_out = arr_ass - ac - wo
        ta, tc = ca + arr_ass, cc + ac
        row = {
            "cur": {"assessed": ca, "collected": cc, "rate": rate(cc, ca), "written_off": 0, "outstanding": cur_out},
            "arr": {"assessed": arr_ass, "collected": ac, "rate": rate(ac, arr_ass), "written_off": wo,
                    "outstanding": arr_out},
            "tot": {"assessed": ta, "collected": tc, "rate": rate(tc, ta), "written_off": wo,
                    "outstanding": ta - tc - wo},
        }
        rows.append(row)
        arr_ass = row["tot"]["outstanding"]
    return rows


SEG = {"cur": "current", "arr": "arrears", "tot": "total"}
