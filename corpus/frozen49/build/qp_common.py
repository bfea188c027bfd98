"""Shared helpers for helper qp's blind documents (run the build scripts from corpus/frozen49)."""
import hashlib
import json
import os
import re
import subprocess
import shutil

import fitz  # PyMuPDF

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = "/tmp/qp_work"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
os.makedirs(WORK, exist_ok=True)

ZEN = str.maketrans("0123456789", "０１２３４５６７８９")


def zen(s):
    return str(s).translate(ZEN)


def c(n):
    """1234567 -> '1,234,567'; negative with △."""
    return ("△" if n < 0 else "") + f"{abs(n):,}"


def tri(n, plus=""):
    return ("△" + f"{abs(n):,}") if n < 0 else (plus + f"{n:,}")


def r1(x):
    return round(x + 1e-9, 1)


def r2(x):
    return round(x + 1e-9, 2)


def rate(col, asd, nd=1):
    return round(col / asd * 100 + 1e-9, nd)


def fr(x, nd=1):
    return f"{x:.{nd}f}"


def reiwa(fy):
    n = fy - 2018
    return "元" if n == 1 else str(n)


def oku_man(yen, zenkaku=False):
    """1234000000 -> '12億3,400万円' (value must be a multiple of 10,000)."""
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    s = ""
    if oku:
        s += f"{oku}億"
    if rest:
        s += f"{rest:,}万"
    s += "円"
    return zen(s) if zenkaku else s


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts = []
        self.inits = []
        self.minutes = None

    def f(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
          approx=False, as_of=None, area=None):
        if unit == "percent" or unit == "points":
            value = float(value)
        else:
            value = int(round(value))
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
                           "area": area})
        return raw

    def i(self, page, debt, fy, section, label, text, status=None, debt_raw=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw or debt, "fiscal_year": fy, "section": section,
                           "label": label, "text": text, "status": status, "page": page})

    def write(self):
        pdf = os.path.join(ROOT, "pdf", self.stem + ".pdf")
        data = open(pdf, "rb").read()
        d = fitz.open(pdf)
        out = {"schema_version": "1",
               "source": {"file": self.stem + ".pdf", "sha256": hashlib.sha256(data).hexdigest(),
                          "pages": d.page_count},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        p = os.path.join(ROOT, "gold", self.stem + ".json")
        with open(p, "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)
        print(self.stem, "pages", d.page_count, "facts", len(self.facts), "initiatives", len(self.inits),
              "bytes", len(data))


def soffice(src, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")


def chromium(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", "file://" + html_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- PyMuPDF drawing helpers
class Canvas:
    """Small helper for drawing Japanese documents directly with PyMuPDF."""

    def __init__(self, doc, width=595, height=842):
        self.doc = doc
        self.page = doc.new_page(width=width, height=height)
        self.page.insert_font(fontname="G", fontfile=GOTHIC)
        self.page.insert_font(fontname="M", fontfile=MINCHO)
        self.fonts = {"G": fitz.Font(fontfile=GOTHIC), "M": fitz.Font(fontfile=MINCHO)}
        self.W, self.H = width, height

    def tl(self, s, size, font="G"):
        return self.fonts[font].text_length(s, fontsize=size)

    def text(self, x, y, s, size=10, font="G", align="l", color=(0, 0, 0)):
        w = self.tl(s, size, font)
        if align == "r":
            x = x - w
        elif align == "c":
            x = x - w / 2
        self.page.insert_text((x, y), s, fontname=font, fontsize=size, color=color)
        return w

    def wrap(self, s, width, size, font="G"):
        lines, cur = [], ""
        for ch in s:
            if ch == "\n":
                lines.append(cur)
                cur = ""
                continue
            if self.tl(cur + ch, size, font) > width:
                # keep closing punctuation on the line
                if ch in "、。）」":
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

    def para(self, x, y, width, s, size=10, font="M", lead=1.6, indent=0):
        first = True
        for ln in self.wrap(s, width - indent, size, font):
            self.text(x + (indent if first else 0), y, ln, size, font)
            y += size * lead
            first = False
        return y

    def rect(self, x0, y0, x1, y1, fill=None, color=(0, 0, 0), width=0.6):
        self.page.draw_rect(fitz.Rect(x0, y0, x1, y1), color=color, fill=fill, width=width)

    def line(self, x0, y0, x1, y1, width=0.6, color=(0, 0, 0)):
        self.page.draw_line((x0, y0), (x1, y1), color=color, width=width)

    def grid(self, x0, y0, colw, rowh, cells, size=8, font="G", border=True, lw=0.5):
        """cells: dicts r, c, [rs, cs], t (text, may contain \\n), [al l/c/r], [bg], [sz], [vert]."""
        xs = [x0]
        for w in colw:
            xs.append(xs[-1] + w)
        ys = [y0]
        for h in rowh:
            ys.append(ys[-1] + h)
        for cl in cells:
            r, cc = cl["r"], cl["c"]
            rs, cs = cl.get("rs", 1), cl.get("cs", 1)
            a, b, e, d = xs[cc], ys[r], xs[cc + cs], ys[r + rs]
            if cl.get("bg"):
                self.page.draw_rect(fitz.Rect(a, b, e, d), color=None, fill=cl["bg"])
            if border:
                self.page.draw_rect(fitz.Rect(a, b, e, d), color=(0, 0, 0), width=lw)
            sz = cl.get("sz", size)
            t = str(cl.get("t", ""))
            if cl.get("vert"):
                n = len(t)
                yy = (b + d) / 2 - n * sz * 1.1 / 2 + sz * 0.9
                for ch in t:
                    self.text((a + e) / 2, yy, ch, sz, cl.get("font", font), "c")
                    yy += sz * 1.1
                continue
            al = cl.get("al", "c")
            if cl.get("wrap"):
                lines = self.wrap(t, e - a - 6, sz, cl.get("font", font))
            else:
                lines = t.split("\n")
            lh = sz * 1.3
            yy = (b + d) / 2 - (len(lines) * lh) / 2 + sz * 0.95
            if cl.get("top"):
                yy = b + sz + 3
            for ln in lines:
                if al == "l":
                    self.text(a + 3, yy, ln, sz, cl.get("font", font), "l")
                elif al == "r":
                    self.text(e - 3, yy, ln, sz, cl.get("font", font), "r")
                else:
                    self.text((a + e) / 2, yy, ln, sz, cl.get("font", font), "c")
                yy += lh
        return ys[-1]


def finish_pymupdf(doc, stem):
    doc.subset_fonts()
    out = os.path.join(ROOT, "pdf", stem + ".pdf")
    doc.save(out, garbage=4, deflate=True)
    return out
