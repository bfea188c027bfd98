"""Shared helpers for helper fr's blind documents (frozen37).

Run build scripts from corpus/frozen37:  python3 build/fr_<city>_<kind>.py
Gold is generated from the same data the scripts draw; no PDF is read back.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent      # corpus/frozen37
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
WORK = Path("/tmp/fr_work")
WORK.mkdir(parents=True, exist_ok=True)

FONT_G = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FONT_M = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

_Z = str.maketrans("0123456789,.%-()", "０１２３４５６７８９，．％－（）")


def zen(s: str) -> str:
    """ASCII digits and punctuation to full width (全角)."""
    return str(s).translate(_Z)


def comma(n: int) -> str:
    return f"{n:,}"


def tri(n, mark="△", fmt=None) -> str:
    """Signed number with △/▲ for minus (no sign for plus)."""
    s = fmt(abs(n)) if fmt else f"{abs(n):,}"
    return (mark + s) if n < 0 else s


def plus(n, fmt=None, mark="▲") -> str:
    s = fmt(abs(n)) if fmt else f"{abs(n):,}"
    return (mark + s) if n < 0 else ("+" + s if n > 0 else s)


def r1(x):
    return f"{x:.1f}"


def r2(x):
    return f"{x:.2f}"


def rate(collected, assessed, nd=2):
    return round(collected / assessed * 100 + 1e-12, nd)


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality,
                    "title": title, "date": date, "date_raw": date_raw}
        self.facts = []
        self.inits = []
        self.minutes = None

    def fact(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
             approx=False, as_of=None, area=None):
        assert unit in ("yen", "percent", "points", "persons", "households", "cases"), unit
        assert seg in ("current", "arrears", "total", None), seg
        assert basis in ("actual", "target", "estimate", "interim"), basis
        if basis == "interim":
            assert as_of, "interim needs as_of"
        if unit == "yen" or unit in ("persons", "households", "cases"):
            assert float(value) == int(round(float(value))), (value, raw)
            value = int(round(float(value)))
        else:
            value = round(float(value), 4)
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
                           "basis": basis, "as_of": as_of, "value": value, "unit": unit,
                           "approx": approx, "raw": raw, "page": page, "area": area})

    def init(self, page, debt, fy, section, label, text, status=None):
        assert status in (None, "継続", "新規", "拡充")
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label,
                           "text": text, "status": status, "page": page})

    def write(self, pdf_path: Path, pages: int):
        data = pdf_path.read_bytes()
        out = {"schema_version": "1.1",
               "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(),
                          "pages": pages},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        GOLD_DIR.mkdir(parents=True, exist_ok=True)
        p = GOLD_DIR / f"{self.stem}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return p


def pdf_pages(path: Path) -> int:
    import pymupdf
    with pymupdf.open(path) as d:
        return d.page_count


def subset_fonts(path: Path):
    """Subset embedded fonts in place (keeps files small)."""
    import pymupdf
    d = pymupdf.open(path)
    try:
        d.subset_fonts()
    except Exception:
        pass
    tmp = path.with_suffix(".tmp.pdf")
    d.save(tmp, garbage=4, deflate=True)
    d.close()
    tmp.replace(path)


def soffice_to_pdf(src: Path, outdir: Path) -> Path:
    import subprocess
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=300)
    return outdir / (src.stem + ".pdf")


def chromium_to_pdf(html: Path, out: Path):
    import subprocess
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--print-to-pdf={out}", html.as_uri()],
                   check=True, capture_output=True, timeout=300)


def derive(rec):
    """rec has ca, cc, cw (現年 調定/収入済/不納欠損) and aa, ac, aw (滞納繰越); adds totals and rates."""
    rec["asm"] = rec["ca"] + rec["aa"]
    rec["col"] = rec["cc"] + rec["ac"]
    rec["wo"] = rec["cw"] + rec["aw"]
    rec["out"] = rec["asm"] - rec["col"] - rec["wo"]
    rec["out_c"] = rec["ca"] - rec["cc"] - rec["cw"]
    rec["out_a"] = rec["aa"] - rec["ac"] - rec["aw"]
    rec["rate_c"] = rate(rec["cc"], rec["ca"])
    rec["rate_a"] = rate(rec["ac"], rec["aa"])
    rec["rate_t"] = rate(rec["col"], rec["asm"])
    return rec


def make_series(years, cur_asm, cur_rates, arr0, arr_rates, wo_shares, cur_wo=None):
    """Year -> record, the next year's 滞納繰越 調定 = this year's 収入未済額 less ~1.5% 調定更正."""
    out = {}
    aa = arr0
    for i, y in enumerate(years):
        ca = cur_asm[i]
        rec = {"ca": ca, "cc": round(ca * cur_rates[i] / 100), "cw": (cur_wo[i] if cur_wo else 0),
               "aa": aa, "ac": round(aa * arr_rates[i] / 100), "aw": round(aa * wo_shares[i] / 100)}
        derive(rec)
        out[y] = rec
        aa = rec["out"] - round(rec["out"] * 0.015)
    return out


def add_recs(recs):
    s = {k: sum(r[k] for r in recs) for k in ("ca", "cc", "cw", "aa", "ac", "aw")}
    return derive(s)


WAREKI = {2017: "平成29", 2018: "平成30", 2019: "令和元", 2020: "令和2", 2021: "令和3", 2022: "令和4",
          2023: "令和5", 2024: "令和6", 2025: "令和7", 2026: "令和8", 2027: "令和9", 2028: "令和10"}


def wa(y, z=True):
    s = WAREKI[y] + "年度"
    return zen(s) if z else s


class Canvas:
    """Minimal PyMuPDF page writer: text, wrapped paragraphs, grid tables, boxes."""

    def __init__(self, landscape=False):
        import pymupdf
        self.pm = pymupdf
        self.doc = pymupdf.open()
        self.fonts = {"g": pymupdf.Font(fontfile=FONT_G), "m": pymupdf.Font(fontfile=FONT_M)}
        self.page = None
        self.pno = 0

    def new_page(self, landscape=False):
        w, h = (842, 595) if landscape else (595, 842)
        self.page = self.doc.new_page(width=w, height=h)
        self.page.insert_font(fontname="fg", fontfile=FONT_G)
        self.page.insert_font(fontname="fm", fontfile=FONT_M)
        self.pno += 1
        return self.page

    def width(self, s, size, font="g"):
        return self.fonts[font].text_length(s, fontsize=size)

    def text(self, x, y, s, size=10, font="g", color=(0, 0, 0), align="l", w=None):
        if align != "l" and w is not None:
            tw = self.width(s, size, font)
            x = x + (w - tw) / 2 if align == "c" else x + w - tw
        self.page.insert_text((x, y), s, fontname="f" + font, fontsize=size, color=color)

    def wrap(self, s, size, width, font="g"):
        lines, cur = [], ""
        for ch in s:
            if ch == "\n":
                lines.append(cur)
                cur = ""
                continue
            if self.width(cur + ch, size, font) > width:
                # keep closing punctuation on the line (kinsoku)
                if ch in "、。）」％":
                    cur += ch
                    lines.append(cur)
                    cur = ""
                    continue
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, width, s, size=10, lh=1.55, font="m", indent=0, hang=0):
        """Wrapped paragraph; first line at y (baseline). indent: first-line indent; hang: later lines."""
        first = True
        yy = y
        rest = s
        lines = []
        # first line narrower/wider per indent
        l1 = self.wrap(rest, size, width - indent, font)
        if l1:
            lines.append((indent, l1[0]))
            rest2 = "".join(l1[1:])
            for ln in self.wrap(rest2, size, width - hang, font):
                lines.append((hang, ln))
        for off, ln in lines:
            self.text(x + off, yy, ln, size, font)
            yy += size * lh
        return yy

    def rect(self, r, fill=None, color=(0, 0, 0), width=0.6):
        self.page.draw_rect(self.pm.Rect(*r), color=color, fill=fill, width=width)

    def line(self, p1, p2, color=(0, 0, 0), width=0.6):
        self.page.draw_line(p1, p2, color=color, width=width)

    def grid(self, x0, y0, colw, rowh, cells, size=8.5, font="g", border=(0.3, 0.3, 0.3), lw=0.6):
        """cells: dicts r, c, text, rs=1, cs=1, align='l'|'c'|'r', fill=None, bold=False, vertical=False."""
        xs = [x0]
        for w in colw:
            xs.append(xs[-1] + w)
        ys = [y0]
        for h in rowh:
            ys.append(ys[-1] + h)
        for c in cells:
            r_, c_ = c["r"], c["c"]
            rs, cs = c.get("rs", 1), c.get("cs", 1)
            X0, X1, Y0, Y1 = xs[c_], xs[c_ + cs], ys[r_], ys[r_ + rs]
            if c.get("fill") or border:
                self.page.draw_rect(self.pm.Rect(X0, Y0, X1, Y1), color=border, fill=c.get("fill"), width=lw)
            t = c.get("text", "")
            if not t:
                continue
            sz = c.get("size", size)
            fnt = c.get("font", font)
            if c.get("vertical"):
                n = len(t)
                step = sz * 1.15
                yy = (Y0 + Y1) / 2 - n * step / 2 + sz * 0.9
                for ch in t:
                    self.text(X0, yy, ch, sz, fnt, align="c", w=X1 - X0)
                    yy += step
                continue
            lines = t.split("\n")
            total = len(lines) * sz * 1.2
            yy = (Y0 + Y1) / 2 - total / 2 + sz * 0.95
            for ln in lines:
                a = c.get("align", "l")
                if a == "l":
                    self.text(X0 + 3, yy, ln, sz, fnt)
                else:
                    self.text(X0 + (0 if a == "c" else -3), yy, ln, sz, fnt, align=a, w=X1 - X0)
                yy += sz * 1.2
        return ys[-1]

    def save(self, path):
        self.doc.subset_fonts()
        self.doc.save(path, garbage=4, deflate=True)
        self.doc.close()
