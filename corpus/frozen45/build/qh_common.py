"""Shared helpers for helper qh's blind documents (set frozen45).

Every build script keeps one Doc: while it writes the text of a page it registers each printed
figure (Doc.f) and each 取組 item (Doc.item) with the page it is drawn on, so the gold JSON is
written from the same data that draws the PDF, never read back from the PDF.
"""
from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent          # corpus/frozen45
WORK = Path("/tmp/qh_work")
WORK.mkdir(parents=True, exist_ok=True)

ZEN = str.maketrans("0123456789.,%()-+", "０１２３４５６７８９．，％（）－＋")
KANJI_NUM = {1: "元", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}

MONEY = {"assessed", "collected", "written_off", "outstanding"}


def zen(s) -> str:
    """半角 → 全角 digits and signs."""
    return str(s).translate(ZEN)


def c(n: int) -> str:
    """1234567 → '1,234,567'; negative with △."""
    return ("△" if n < 0 else "") + f"{abs(int(n)):,}"


def tri(n, mark="△", nd=None) -> str:
    """Signed number with △/▲ for minus (no plus sign)."""
    if nd is None:
        s = f"{abs(int(n)):,}"
    else:
        s = f"{abs(n):,.{nd}f}"
    return (mark if n < 0 else "") + s


def pct(x, nd=2) -> str:
    return f"{x:.{nd}f}"


def rate(num, den, nd=2) -> float:
    """収納率 rounded half up at nd decimals."""
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(num) * 100 / Decimal(den)).quantize(q, rounding=ROUND_HALF_UP))


def r1000(yen: int) -> int:
    """yen → 千円 rounded half up."""
    return (yen + 500) // 1000


def reiwa(fy: int) -> int:
    return fy - 2018


def heisei(fy: int) -> int:
    return fy - 1988


def wa(fy: int) -> str:
    """2025 → '令和7年度', 2019 → '令和元年度', 2017 → '平成29年度'."""
    if fy >= 2019:
        n = fy - 2018
        return f"令和{'元' if n == 1 else n}年度"
    return f"平成{fy - 1988}年度"


class Doc:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.document = {"kind": kind, "family": family, "municipality": municipality,
                         "title": title, "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None
        self.page = 1
        self.ctx: dict = {}
        self.mark = False          # True: f() returns the raw wrapped in \x01…\x02 and waits for place()
        self.pending: list[dict] = []

    # -- context -------------------------------------------------------------------------
    def set(self, **kw):
        """Set defaults for following facts (debt, debt_raw, fy, fy_raw, seg, basis, as_of, area)."""
        self.ctx.update(kw)
        return self

    def clear(self, *keys):
        for k in keys or list(self.ctx):
            self.ctx.pop(k, None)

    # -- facts -----------------------------------------------------------------------------
    def f(self, raw, value, metric, **kw) -> str:
        """Register one printed figure; return raw so it can be placed into the page text."""
        g = dict(self.ctx)
        g.update(kw)
        unit = g.get("unit")
        if unit is None:
            if metric in MONEY:
                unit = "yen"
            elif metric == "collection_rate":
                unit = "percent"
            else:
                raise ValueError(f"unit needed for {metric} {raw}")
        debt = g.get("debt")
        debt_raw = g.get("debt_raw", debt)
        if unit in ("yen", "persons", "households", "cases"):
            value = int(round(value))
        else:
            value = round(float(value), 4)
        fact = {
            "debt": debt, "debt_raw": debt_raw,
            "fiscal_year": g.get("fy"), "fiscal_year_raw": g.get("fy_raw"),
            "segment": g.get("seg", "total"), "metric": metric,
            "basis": g.get("basis", "actual"), "as_of": g.get("as_of"),
            "value": value, "unit": unit, "approx": bool(g.get("approx", False)),
            "raw": raw, "page": g.get("page", self.page), "area": g.get("area"),
        }
        self.facts.append(fact)
        if self.mark:
            self.pending.append(fact)
            return "\x01" + raw + "\x02"
        return raw

    def place(self, pages):
        """Give the pending (marked) facts the pages the writer drew them on."""
        assert len(pages) == len(self.pending), (len(pages), len(self.pending))
        for f, p in zip(self.pending, pages):
            f["page"] = p
        self.pending = []

    def item(self, text, debt, fy, section, label=None, status=None, page=None, debt_raw=None):
        """Register one 取組 item (text as printed, without its label and tag)."""
        self.inits.append({"debt": debt, "debt_raw": debt_raw or debt, "fiscal_year": fy,
                           "section": section, "label": label, "text": text,
                           "status": status, "page": page or self.page})
        return text

    # -- output ----------------------------------------------------------------------------
    def write(self, pdf: Path):
        import pymupdf
        data = pdf.read_bytes()
        with pymupdf.open(pdf) as d:
            n = d.page_count
        out = {
            "schema_version": "1.1",
            "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
            "document": self.document,
            "facts": self.facts,
            "initiatives": self.inits,
            "minutes": self.minutes,
            "tables": [],
            "warnings": [],
            "pages": [],
        }
        gp = ROOT / "gold" / f"{self.stem}.json"
        gp.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{self.stem}: {n} pages, {len(self.facts)} facts, {len(self.inits)} initiatives, "
              f"{pdf.stat().st_size // 1024} KB")
        return out


def chromium_pdf(html: str, name: str) -> Path:
    src = WORK / f"{name}.html"
    src.write_text(html, encoding="utf-8")
    out = ROOT / "pdf" / f"{name}.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--print-to-pdf={out}", str(src)],
                   check=True, capture_output=True)
    return out


def soffice_pdf(src: Path, name: str) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(src)],
                   check=True, capture_output=True)
    made = WORK / (src.stem + ".pdf")
    out = ROOT / "pdf" / f"{name}.pdf"
    out.write_bytes(made.read_bytes())
    return out


def simulate(params: dict, years: list[int]) -> dict:
    """Invented multi-year 決算 per debt (amounts in the caller's unit).

    params[key] = (current assessed first year, growth, (cur rate first, last), (arr rate first, last),
                   write-off share of arrears, arrears assessed first year)
    Returns S[key][year][seg] = dict(a=調定, c=収入済, w=不納欠損, o=収入未済) for seg current/arrears/total;
    the arrears assessed of a year is the previous year's total 収入未済額.
    """
    out = {}
    n = len(years)
    for k, (base, g, cr, ar, wf, arr0) in params.items():
        rows = {}
        prev_o = None
        for i, y in enumerate(years):
            t = i / (n - 1)
            wig = ((i * 7) % 5 - 2) * 0.03 if 0 < i < n - 1 else 0
            crt = cr[0] + (cr[1] - cr[0]) * t + wig * 0.3
            art = ar[0] + (ar[1] - ar[0]) * t + wig * 3
            cur_a = int(round(base * (1 + g) ** i))
            cur_c = int(round(cur_a * crt / 100))
            arr_a = arr0 if prev_o is None else prev_o
            arr_c = int(round(arr_a * art / 100))
            arr_w = int(round(arr_a * wf))
            rows[y] = {"current": dict(a=cur_a, c=cur_c, w=0, o=cur_a - cur_c),
                       "arrears": dict(a=arr_a, c=arr_c, w=arr_w, o=arr_a - arr_c - arr_w)}
            rows[y]["total"] = {m: rows[y]["current"][m] + rows[y]["arrears"][m] for m in "acwo"}
            prev_o = rows[y]["total"]["o"]
        out[k] = rows
    return out
