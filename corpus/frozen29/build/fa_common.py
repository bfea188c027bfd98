"""Shared helpers for helper fa's frozen29 builders (gold writing and self-checks)."""
from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path

import fitz  # PyMuPDF

ROOT = Path(__file__).resolve().parents[1]          # corpus/frozen29
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
WORK = Path("/tmp/fa_work")
WORK.mkdir(parents=True, exist_ok=True)

FONT_GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FONT_MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONT_NOTO = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

ZEN = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def zen(s: str) -> str:
    """半角 digits to 全角 (as many office documents print them)."""
    return str(s).translate(ZEN)


def comma(n: int) -> str:
    s = f"{abs(int(n)):,}"
    return ("△" + s) if n < 0 else s


def rate(c: int, a: int, nd: int = 1) -> float:
    return round(c / a * 100 + 1e-12, nd)


def era_year(fy: int) -> str:
    return f"令和{fy - 2018}" if fy >= 2019 else f"平成{fy - 1988}"


class Gold:
    def __init__(self, stem: str, kind: str, family: str, municipality: str, title: str,
                 date: str | None, date_raw: str | None):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.initiatives: list[dict] = []
        self.minutes = None
        self.tables: list[dict] = []

    def fact(self, page, debt, debt_raw, fy, fy_raw, segment, metric, basis, value, unit, raw,
             approx=False, as_of=None, area=None):
        assert segment in ("current", "arrears", "total"), segment
        assert basis in ("actual", "target", "estimate", "interim"), basis
        assert unit in ("yen", "percent", "persons", "households", "cases", "points"), unit
        if unit == "yen":
            value = int(round(value))
        elif unit == "percent":
            value = float(value)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "fiscal_year_raw": fy_raw, "segment": segment, "metric": metric,
                           "basis": basis, "as_of": as_of, "value": value, "unit": unit,
                           "approx": approx, "raw": raw, "page": page, "area": area})

    def init(self, page, debt, fy, section, label, text, status=None, debt_raw=None):
        self.initiatives.append({"debt": debt, "debt_raw": debt_raw or debt, "fiscal_year": fy,
                                 "section": section, "label": label, "text": text,
                                 "status": status, "page": page})

    def write(self, pdf_path: Path):
        data = pdf_path.read_bytes()
        with fitz.open(pdf_path) as d:
            n = d.page_count
        out = {"schema_version": "1.1",
               "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.doc, "facts": self.facts, "initiatives": self.initiatives,
               "minutes": self.minutes, "tables": self.tables, "warnings": []}
        gp = GOLD_DIR / (self.stem + ".json")
        gp.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        return gp


def _n(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", "", s)


def check(pdf_path: Path, gold_path: Path) -> int:
    """raw / initiative / statement texts must occur on their pages (spaces removed, NFKC)."""
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    with fitz.open(pdf_path) as d:
        pages = [_n(p.get_text()) for p in d]
        npages = d.page_count
    bad = 0
    for f in g["facts"]:
        if not (1 <= f["page"] <= npages) or _n(f["raw"]) not in pages[f["page"] - 1]:
            print("FACT raw not on page:", f["page"], f["raw"], f["debt"], f["metric"])
            bad += 1
    for i in g["initiatives"]:
        t = re.sub(r"【(継続|新規|拡充)】", "", i["text"])
        if _n(t) not in pages[i["page"] - 1]:
            print("INIT text not on page:", i["page"], i["text"][:40])
            bad += 1
    m = g.get("minutes")
    if m:
        for s in m["statements"]:
            if _n(s["text"]) not in pages[s["page"] - 1]:
                print("STMT text not on page:", s["page"], s["speaker"], s["text"][:40])
                bad += 1
    # duplicate keys with identical values are allowed; report counts
    size = pdf_path.stat().st_size
    print(f"{pdf_path.name}: pages={npages} facts={len(g['facts'])} initiatives={len(g['initiatives'])} "
          f"size={size // 1024}KB problems={bad}")
    if size > 2 * 1024 * 1024:
        print("PDF too large")
        bad += 1
    return bad


def finish(gold: Gold, pdf_path: Path):
    gp = gold.write(pdf_path)
    bad = check(pdf_path, gp)
    if bad:
        sys.exit(1)


# ---------------------------------------------------------------- PyMuPDF drawing helpers
class Pg:
    """A page with registered Japanese fonts and small drawing helpers."""

    def __init__(self, doc, w=595.3, h=841.9):
        self.p = doc.new_page(width=w, height=h)
        self.p.insert_font(fontname="G", fontfile=FONT_GOTHIC)
        self._fonts = {"G"}
        self.w, self.h = w, h

    def _ensure(self, font):
        if font not in self._fonts:
            self.p.insert_font(fontname=font, fontfile={"M": FONT_MINCHO, "G": FONT_GOTHIC}[font])
            self._fonts.add(font)

    def text(self, x, y, s, size=10, font="G", color=(0, 0, 0)):
        self._ensure(font)
        self.p.insert_text((x, y), s, fontsize=size, fontname=font, color=color)

    def box(self, rect, s, size=9, font="G", align=0, color=(0, 0, 0), fill=None, border=None,
            lw=0.6, pad=2, lh=1.25, shrink=True):
        r = fitz.Rect(rect)
        self._ensure(font)
        if fill is not None or border is not None:
            self.p.draw_rect(r, color=border, fill=fill, width=lw)
        inner = fitz.Rect(r.x0 + pad, r.y0 + pad, r.x1 - pad, r.y1 - pad + 1)
        sz = size
        while True:
            rc = self.p.insert_textbox(inner, s, fontsize=sz, fontname=font, align=align, color=color,
                                       lineheight=lh)
            if rc >= 0:
                return sz
            if not shrink or sz < 4.5:
                raise ValueError(f"text does not fit: {s[:30]!r} in {r}")
            sz -= 0.3

    def vbox(self, rect, s, size=9, font="G", align=1, **kw):
        """Text vertically centred in rect (single or few lines)."""
        r = fitz.Rect(rect)
        n = s.count("\n") + 1
        hgt = n * size * 1.25
        top = r.y0 + max(0, (r.height - hgt) / 2) - 1
        return self.box((r.x0, top, r.x1, r.y1 + 2), s, size=size, font=font, align=align, pad=2, **kw)

    def line(self, a, b, w=0.6, color=(0, 0, 0)):
        self.p.draw_line(a, b, color=color, width=w)

    def rect(self, r, fill=None, color=None, w=0.6):
        self.p.draw_rect(fitz.Rect(r), color=color, fill=fill, width=w)

    def grid(self, x, y, colw, rowh, cells, size=8, fills=None, aligns=None, rules="all", lw=0.5,
             font="G", valign=True):
        """cells: rows of str | dict(t=..., cs=.., rs=.., fill=.., align=..) | None (covered by a span).
        rowh: a number or a list. Returns the bottom y."""
        nrow = len(cells)
        rh = rowh if isinstance(rowh, list) else [rowh] * nrow
        xs = [x]
        for w_ in colw:
            xs.append(xs[-1] + w_)
        ys = [y]
        for h_ in rh:
            ys.append(ys[-1] + h_)
        for i, row in enumerate(cells):
            for j, c in enumerate(row):
                if c is None:
                    continue
                if not isinstance(c, dict):
                    c = {"t": c}
                cs, rs = c.get("cs", 1), c.get("rs", 1)
                r = fitz.Rect(xs[j], ys[i], xs[j + cs], ys[i + rs])
                fill = c.get("fill") or (fills[i] if fills and i < len(fills) else None)
                if fill:
                    self.p.draw_rect(r, color=None, fill=fill, width=0)
                al = c.get("align", aligns[j] if aligns else 0)
                t = str(c.get("t", ""))
                if t:
                    sz = c.get("size", size)
                    if valign:
                        self.vbox(r, t, size=sz, font=c.get("font", font), align=al)
                    else:
                        self.box(r, t, size=sz, font=c.get("font", font), align=al)
                if rules == "all":
                    self.p.draw_rect(r, color=(0, 0, 0), width=lw)
        if rules == "h":
            for yy in ys:
                self.line((xs[0], yy), (xs[-1], yy), w=lw)
        return ys[-1]
