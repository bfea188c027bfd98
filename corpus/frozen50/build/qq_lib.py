"""Shared helpers for helper qq's frozen50 documents (gold written from the same data the PDFs are drawn from)."""
import hashlib, json, re, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # corpus/frozen50
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
ZEN = str.maketrans("0123456789.,%-+()", "０１２３４５６７８９．，％－＋（）")


def zen(s):
    return str(s).translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def c(n):
    """1234567 -> '1,234,567'; negatives with △."""
    return ("△" if n < 0 else "") + f"{abs(int(n)):,}"


def r(x, d=1):
    return ("△" if x < 0 else "") + f"{abs(x):.{d}f}"


def fy_of(raw):
    """Western start year of a printed 年度."""
    s = unicodedata.normalize("NFKC", raw)
    m = re.search(r"(令和|平成|R|H)(元|[0-9一二三四五六七八九十]+)", s)
    if m:
        n = m.group(2)
        n = 1 if n == "元" else int(n) if n.isdigit() else "一二三四五六七八九".index(n) + 1
        return (2018 if m.group(1) in ("令和", "R") else 1988) + n
    m = re.search(r"(20[0-9]{2})", s)
    return int(m.group(1)) if m else None


class Doc:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.document = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                         "date": date, "date_raw": date_raw}
        self.facts, self.inits, self.minutes = [], [], None

    def f(self, page, raw, value, unit, metric, seg, basis, fy, fy_raw, debt, debt_raw=None, approx=False,
          as_of=None, area=None):
        if debt_raw is None:
            debt_raw = debt
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": seg, "metric": metric, "basis": basis, "as_of": as_of, "value": value,
                           "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area})

    def i(self, page, debt, fy, section, label, text, status=None):
        self.inits.append({"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
                           "status": status, "page": page})

    def write(self):
        pdf = ROOT / "pdf" / f"{self.stem}.pdf"
        import fitz
        with fitz.open(pdf) as d:
            n = len(d)
        out = {"schema_version": "1.1",
               "source": {"file": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": n},
               "document": self.document, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": [], "pages": []}
        (ROOT / "gold" / f"{self.stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        return check(self.stem)


def _n(s):
    return re.sub(r"\s+", "", s or "")


def check(stem):
    """Every fact raw and initiative text must occur on its page (whitespace removed)."""
    import fitz
    g = json.loads((ROOT / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    d = fitz.open(ROOT / "pdf" / f"{stem}.pdf")
    texts = [_n(p.get_text()) for p in d]
    bad = []
    for x in g["facts"]:
        if _n(x["raw"]) not in texts[x["page"] - 1]:
            bad.append(("fact", x["page"], x["raw"], x["metric"], x["debt_raw"]))
    for x in g["initiatives"]:
        if _n(x["text"]) not in texts[x["page"] - 1]:
            bad.append(("init", x["page"], x["text"][:40]))
    m = g.get("minutes")
    if m:
        alltext = "".join(texts)
        for s in m["statements"]:
            if _n(s["text"]) not in alltext:
                bad.append(("stmt", s["speaker"], s["text"][:40]))
    size = (ROOT / "pdf" / f"{stem}.pdf").stat().st_size
    print(f"{stem}: pages={len(d)} size={size} facts={len(g['facts'])} inits={len(g['initiatives'])} bad={len(bad)}")
    for b in bad[:20]:
        print("  BAD", b)
    return not bad


# ---------------------------------------------------------------- PyMuPDF drawing helpers
class Canvas:
    def __init__(self, main=GOTHIC):
        import fitz
        self.fitz = fitz
        self.doc = fitz.open()
        self.fonts = {"G": fitz.Font(fontfile=GOTHIC), "M": fitz.Font(fontfile=MINCHO)}
        self.main = "G" if main == GOTHIC else "M"

    def page(self, landscape=False):
        w, h = (842, 595) if landscape else (595, 842)
        p = self.doc.new_page(width=w, height=h)
        p._qqfonts = set()
        return p

    def _font(self, p, name):
        if name not in p._qqfonts:
            p.insert_font(fontname=name, fontfile=GOTHIC if name == "G" else MINCHO)
            p._qqfonts.add(name)

    def tl(self, s, size, font=None):
        return self.fonts[font or self.main].text_length(s, fontsize=size)

    def text(self, p, x, y, s, size=10.5, font=None, color=(0, 0, 0), align="l", w=0):
        font = font or self.main
        if align != "l":
            L = self.tl(s, size, font)
            x = x + (w - L) / 2 if align == "c" else x + w - L
        self._font(p, font)
        p.insert_text((x, y), s, fontname=font, fontsize=size, color=color)

    def wrap(self, s, size, width, font=None):
        out = []
        for para in s.split("\n"):
            line = ""
            for ch in para:
                if self.tl(line + ch, size, font) > width and line:
                    if ch in "。、）」，．":
                        line += ch
                        ch = ""
                    out.append(line)
                    line = ch
                else:
                    line += ch
            if line or not out or para == "":
                out.append(line)
        return out

    def para(self, p, x, y, width, s, size=10.5, lh=1.65, font=None, indent2=0):
        lines = self.wrap(s, size, width, font)
        for k, ln in enumerate(lines):
            self.text(p, x + (indent2 if k else 0), y + size, ln, size, font)
            y += size * lh
        return y

    def box(self, p, rect, fill=None, width=0.6, color=(0, 0, 0)):
        p.draw_rect(self.fitz.Rect(*rect), color=color, fill=fill, width=width)

    def table(self, p, x, y, widths, rows, rh=17, size=8.5, rules="grid", font=None, pad=3):
        """rows: list of lists; a cell is a str or dict(t=, cs=, rs=, fill=, al=, v=, sz=). Cells covered by spans
        are omitted from their row (like HTML). Returns the bottom y."""
        fitz = self.fitz
        nrows = len(rows)
        heights = [rh] * nrows
        occ = {}
        placed = []
        for ri, row in enumerate(rows):
            ci = 0
            for cell in row:
                while (ri, ci) in occ:
                    ci += 1
                if not isinstance(cell, dict):
                    cell = {"t": cell}
                cs, rs = cell.get("cs", 1), cell.get("rs", 1)
                for a in range(rs):
                    for b in range(cs):
                        occ[(ri + a, ci + b)] = 1
                placed.append((ri, ci, cell))
                if cell.get("h"):
                    heights[ri] = max(heights[ri], cell["h"])
                ci += cs
        # grow rows for wrapped text
        for ri, ci, cell in placed:
            if cell.get("rs", 1) == 1 and not cell.get("v"):
                w = sum(widths[ci:ci + cell.get("cs", 1)]) - 2 * pad
                sz = cell.get("sz", size)
                n = len(self.wrap(str(cell.get("t", "")), sz, w, font))
                heights[ri] = max(heights[ri], n * sz * 1.35 + 2 * pad + 1)
        ys = [y]
        for h in heights:
            ys.append(ys[-1] + h)
        xs = [x]
        for w in widths:
            xs.append(xs[-1] + w)
        for ri, ci, cell in placed:
            cs, rs = cell.get("cs", 1), cell.get("rs", 1)
            R = fitz.Rect(xs[ci], ys[ri], xs[ci + cs], ys[ri + rs])
            if cell.get("fill"):
                p.draw_rect(R, color=None, fill=cell["fill"], width=0)
            if rules == "grid":
                p.draw_rect(R, color=(0, 0, 0), width=0.5)
            sz = cell.get("sz", size)
            t = str(cell.get("t", ""))
            if cell.get("v"):  # vertical header: one character a line
                chars = [ch for ch in t]
                top = R.y0 + (R.height - len(chars) * sz * 1.1) / 2
                for k, ch in enumerate(chars):
                    self.text(p, R.x0, top + (k + 1) * sz * 1.1 - 1, ch, sz, font, align="c", w=R.width)
                continue
            lines = self.wrap(t, sz, R.width - 2 * pad, font)
            al = cell.get("al", "l")
            top = R.y0 + (R.height - len(lines) * sz * 1.35) / 2
            for k, ln in enumerate(lines):
                self.text(p, R.x0 + pad, top + (k + 1) * sz * 1.35 - sz * 0.3, ln, sz, font, align=al,
                          w=R.width - 2 * pad)
        if rules == "hlines":
            hdr = rows and sum(1 for ri, ci, c in placed if ri == 0) and 1
            p.draw_line((xs[0], ys[0]), (xs[-1], ys[0]), width=0.8)
            p.draw_line((xs[0], ys[1]), (xs[-1], ys[1]), width=0.5)
            p.draw_line((xs[0], ys[-1]), (xs[-1], ys[-1]), width=0.8)
        return ys[-1]

    def save(self, path):
        self.doc.subset_fonts()
        self.doc.save(path, garbage=4, deflate=True)
