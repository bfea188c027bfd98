"""Shared helpers for helper pc's dev56 documents (gold registry, number formats, PyMuPDF tables)."""
import hashlib
import json
import os
import re

ZEN = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s):
    return str(s).translate(ZEN)


def yen(v):
    """1234567 -> '1,234,567'; negative with △."""
    return ("△" if v < 0 else "") + f"{abs(v):,}"


def pct(v, nd=2):
    return f"{v:.{nd}f}"


def rate(c, a, nd=2):
    return round(c / a * 100 + 1e-12, nd)


ERA = {"令和": 2018, "平成": 1988}


def fy(era_year):
    """'令和7' style -> western year."""
    m = re.match(r"(令和|平成)(\d+|元)", era_year)
    n = 1 if m.group(2) == "元" else int(m.group(2))
    return ERA[m.group(1)] + n


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts = []
        self.inits = []
        self.minutes = None

    def f(self, page, raw, value, unit, metric, basis, fy_, fy_raw, segment="total", debt=None,
          debt_raw=None, approx=False, as_of=None, area=None):
        if debt_raw is None and debt is not None:
            debt_raw = debt
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy_, "fiscal_year_raw": fy_raw,
                           "segment": segment, "metric": metric, "basis": basis, "as_of": as_of,
                           "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page,
                           "area": area})

    def i(self, page, debt, fy_, section, label, text, status=None, debt_raw=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw or debt, "fiscal_year": fy_, "section": section,
                           "label": label, "text": text, "status": status, "page": page})

    def write(self, pdf_path, gold_dir):
        import pymupdf as fitz
        data = open(pdf_path, "rb").read()
        n = fitz.open(pdf_path).page_count
        out = {"schema_version": "1",
               "source": {"file": os.path.basename(pdf_path), "sha256": hashlib.sha256(data).hexdigest(), "pages": n},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits, "minutes": self.minutes,
               "tables": [], "warnings": [], "pages": []}
        os.makedirs(gold_dir, exist_ok=True)
        with open(os.path.join(gold_dir, self.stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)
        return out


# ---------------------------------------------------------------- PyMuPDF drawing helpers
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"


class Pen:
    def __init__(self, page):
        import pymupdf as fitz
        self.fitz = fitz
        self.page = page
        page.insert_font(fontname="G", fontfile=GOTHIC)
        page.insert_font(fontname="M", fontfile=MINCHO)
        self.fonts = {"G": fitz.Font(fontfile=GOTHIC), "M": fitz.Font(fontfile=MINCHO)}

    def width(self, s, size, font="M"):
        return self.fonts[font].text_length(s, fontsize=size)

    def text(self, x, y, s, size=10, font="M", align="left", color=(0, 0, 0)):
        w = self.width(s, size, font)
        if align == "right":
            x -= w
        elif align == "center":
            x -= w / 2
        self.page.insert_text((x, y), s, fontname=font, fontsize=size, color=color)
        return w

    def wrap(self, s, maxw, size, font="M"):
        lines, cur = [], ""
        for ch in s:
            if ch == "\n":
                lines.append(cur)
                cur = ""
                continue
            if self.width(cur + ch, size, font) > maxw and cur:
                if ch in "、。）」】":  # kinsoku: keep closing marks on the line
                    cur += ch
                    continue
                if cur[-1] in "【（「":  # never leave an opening bracket at the line end
                    lines.append(cur[:-1])
                    cur = cur[-1] + ch
                else:
                    lines.append(cur)
                    cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, s, maxw, size=10, font="M", lh=1.55, indent=0):
        """Write wrapped text; returns new y. indent = hanging indent (pt) for lines after the first."""
        lines = self.wrap(s, maxw, size, font)
        out = []
        for k, ln in enumerate(lines):
            if k and indent:
                out.extend(self.wrap(ln, maxw - indent, size, font))
            else:
                out.append(ln)
        for k, ln in enumerate(out):
            self.text(x + (indent if k else 0), y + size, ln, size, font)
            y += size * lh
        return y

    def rect(self, r, fill=None, color=(0, 0, 0), width=0.6):
        self.page.draw_rect(self.fitz.Rect(*r), color=color, fill=fill, width=width)

    def line(self, a, b, color=(0, 0, 0), width=0.6):
        self.page.draw_line(self.fitz.Point(*a), self.fitz.Point(*b), color=color, width=width)

    def table(self, x0, y0, widths, rows, rh=16, size=8, font="M", header=1, aligns=None, fills=None,
              merges=(), zebra=None, head_fill=(0.86, 0.89, 0.94), border=True, valign_wrap=False):
        """rows: list of lists of str (None = covered by a merge). merges: (r, c, rs, cs).
        rh may be an int or a list of per-row heights. Returns bottom y."""
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        rhs = rh if isinstance(rh, list) else [rh] * len(rows)
        ys = [y0]
        for h in rhs:
            ys.append(ys[-1] + h)
        span = {}
        covered = set()
        for (r, c, rs, cs) in merges:
            span[(r, c)] = (rs, cs)
            for i in range(r, r + rs):
                for j in range(c, c + cs):
                    if (i, j) != (r, c):
                        covered.add((i, j))
        for r, row in enumerate(rows):
            for c, val in enumerate(row):
                if (r, c) in covered:
                    continue
                rs, cs = span.get((r, c), (1, 1))
                rect = (xs[c], ys[r], xs[c + cs], ys[r + rs])
                fill = None
                if r < header:
                    fill = head_fill
                elif fills and (r, c) in fills:
                    fill = fills[(r, c)]
                elif zebra and (r - header) % 2 == 1:
                    fill = zebra
                if fill is not None or border:
                    self.rect(rect, fill=fill, color=(0, 0, 0) if border else None, width=0.5 if border else 0)
                if val is None or val == "":
                    continue
                al = "center" if r < header else (aligns[c] if aligns else "left")
                cw = rect[2] - rect[0] - 6
                lines = []
                for part in str(val).split("\n"):
                    lines += self.wrap(part, cw, size, font) if (valign_wrap or self.width(part, size, font) > cw) else [part]
                h = len(lines) * size * 1.3
                ty = (rect[1] + rect[3]) / 2 - h / 2 + size * 0.95
                if valign_wrap and al == "left" and r >= header:
                    ty = rect[1] + 3 + size
                for ln in lines:
                    if al == "right":
                        self.text(rect[2] - 3, ty, ln, size, font, "right")
                    elif al == "center":
                        self.text((rect[0] + rect[2]) / 2, ty, ln, size, font, "center")
                    else:
                        self.text(rect[0] + 3, ty, ln, size, font)
                    ty += size * 1.3
        return ys[-1]
