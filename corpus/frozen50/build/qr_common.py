"""Shared helpers for helper qr's blind documents (gold recording, number formats, checks).

Run the build scripts from corpus/frozen50:  python3 build/qr_naka_committee.py  etc.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent          # corpus/frozen50
PDF_DIR = ROOT / "pdf"
GOLD_DIR = ROOT / "gold"
WORK = Path("/tmp/qr_work")
WORK.mkdir(parents=True, exist_ok=True)

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"

ZEN = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s: str) -> str:
    """ASCII digits and signs to full width (全角)."""
    return str(s).translate(ZEN)


def c(n: int) -> str:
    """1234567 -> '1,234,567'; negatives with △."""
    return ("△" if n < 0 else "") + f"{abs(int(n)):,}"


def tri(n, fmt="{:,}", mark="△", plus=""):
    """signed number with △/▲ for minus (and optional plus sign)."""
    if n < 0:
        return mark + fmt.format(abs(n))
    return plus + fmt.format(n)


def rate(num: float, den: float, nd: int = 2) -> float:
    return round(num / den * 100 + 1e-12, nd) if den else 0.0


def f2(x: float, nd: int = 2) -> str:
    return f"{x:.{nd}f}"


def reiwa(fy: int) -> int:
    return fy - 2018


def ry(fy: int, zenkaku=False, suffix="年度") -> str:
    """2024 -> 令和6年度 (2019 -> 令和元年度)."""
    n = reiwa(fy)
    s = "元" if n == 1 else (zen(str(n)) if zenkaku else str(n))
    return f"令和{s}{suffix}"


class Gold:
    def __init__(self, stem, kind, family, municipality, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts: list[dict] = []
        self.inits: list[dict] = []
        self.minutes = None

    def fact(self, page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw,
             approx=False, as_of=None, area=None):
        if unit in ("percent", "points"):
            value = round(float(value), 4)
        else:
            value = int(round(value))
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy,
                           "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric,
                           "basis": basis, "as_of": as_of, "value": value, "unit": unit,
                           "approx": approx, "raw": raw, "page": page, "area": area})
        return raw

    def init(self, page, debt, fy, section, label, text, status=None, debt_raw=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw or debt, "fiscal_year": fy,
                           "section": section, "label": label, "text": text,
                           "status": status, "page": page})

    def write(self, pdf_path: Path):
        import fitz
        data = pdf_path.read_bytes()
        pages = fitz.open(pdf_path).page_count
        out = {"schema_version": "1.1",
               "source": {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(),
                          "pages": pages},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits,
               "minutes": self.minutes, "tables": [], "warnings": []}
        GOLD_DIR.mkdir(exist_ok=True)
        (GOLD_DIR / f"{self.stem}.json").write_text(
            json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        problems = check(pdf_path, out)
        print(f"{self.stem}: {pages} pages, {len(self.facts)} facts, {len(self.inits)} initiatives,"
              f" {len(data)//1024} KB, problems={len(problems)}")
        for p in problems[:40]:
            print("   ", p)
        return problems


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def check(pdf_path: Path, gold: dict) -> list[str]:
    """raw of every fact and text of every initiative must occur on its page's text layer."""
    import fitz
    doc = fitz.open(pdf_path)
    texts = [squash(p.get_text()) for p in doc]
    probs = []
    if not 2 <= doc.page_count <= 8:
        probs.append(f"page count {doc.page_count}")
    if pdf_path.stat().st_size >= 2 * 1024 * 1024:
        probs.append("file >= 2MB")
    for f in gold["facts"]:
        p = f["page"]
        if not (1 <= p <= len(texts)) or squash(f["raw"]) not in texts[p - 1]:
            probs.append(f"fact raw not on p{p}: {f['raw']!r} ({f['debt']}, {f['metric']}, {f['fiscal_year']})")
    for i in gold["initiatives"]:
        p = i["page"]
        if not (1 <= p <= len(texts)) or squash(i["text"]) not in texts[p - 1]:
            probs.append(f"initiative not on p{p}: {i['text'][:40]!r}")
    m = gold.get("minutes")
    if m:
        alltext = "".join(texts)
        for s in m["statements"]:
            if squash(s["text"])[:30] not in alltext:
                probs.append(f"statement not found: {s['text'][:30]!r}")
    return probs


def series(years, cur0, growth, cur_rates, arr0, arr_rates, wo, seed=1):
    """Consistent yearly figures in 千円: arrears assessed of a year = outstanding of the year before.
    Returns {fy: dict(ca, cc, aa, ac, w, ta, tc, out, cr, ar, tr, aout)}."""
    import random
    rnd = random.Random(seed)
    out = {}
    aa = arr0
    ca = cur0
    for i, fy in enumerate(years):
        ca = int(ca * (1 + growth[i] if isinstance(growth, list) else 1 + growth)) + rnd.randint(-999, 999)
        cc = int(ca * cur_rates[i] / 100) + rnd.randint(-99, 99)
        ac = int(aa * arr_rates[i] / 100) + rnd.randint(-99, 99)
        w = wo[i]
        ta, tc = ca + aa, cc + ac
        o = ta - tc - w
        out[fy] = dict(ca=ca, cc=cc, aa=aa, ac=ac, w=w, ta=ta, tc=tc, out=o,
                       cr=rate(cc, ca), ar=rate(ac, aa), tr=rate(tc, ta),
                       aout=aa - ac - w, cout=ca - cc)
        aa = o
    return out


# ---------------------------------------------------------------- PyMuPDF drawing helpers
class Canvas:
    """Small table/text drawing layer over PyMuPDF with an embedded (later subset) Japanese font."""

    def __init__(self, fontfile=GOTHIC):
        import fitz
        self.fitz = fitz
        self.fontfile = fontfile
        self.font = fitz.Font(fontfile=fontfile)
        self.doc = fitz.open()

    def new_page(self, w=595, h=842):
        return self.doc.new_page(width=w, height=h)

    def tl(self, s, sz):
        return self.font.text_length(s, fontsize=sz)

    def text(self, pg, x, y, s, sz=9, color=(0, 0, 0), align="l", w=None):
        if align != "l" and w is not None:
            tw = self.tl(s, sz)
            x = x + (w - tw) / 2 if align == "c" else x + w - tw
        pg.insert_text((x, y), s, fontname="G", fontfile=self.fontfile, fontsize=sz, color=color)

    def wrap(self, s, width, sz):
        lines = []
        for para in str(s).split("\n"):
            cur = ""
            for ch in para:
                if self.tl(cur + ch, sz) > width and cur:
                    # keep closing punctuation on the line (kinsoku, simple)
                    if ch in "。、）」％":
                        cur += ch
                        continue
                    # do not split a number: carry its digits to the next line
                    m = re.search(r"[0-9０-９,，.．△]+$", cur) if ch in "0123456789０１２３４５６７８９,，.．" else None
                    if m and m.start() > 0:
                        lines.append(cur[:m.start()])
                        cur = cur[m.start():] + ch
                        continue
                    lines.append(cur)
                    cur = ch
                else:
                    cur += ch
            lines.append(cur)
        return lines

    def para(self, pg, x, y, w, s, sz=9, lh=1.5, indent=0, color=(0, 0, 0)):
        """wrapped paragraph; y is the top; returns the new top."""
        lines = self.wrap(s, w - indent, sz)
        for i, l in enumerate(lines):
            self.text(pg, x + (0 if i == 0 else indent), y + sz, l, sz, color)
            y += sz * lh
        return y

    def cell(self, pg, r, s, sz=8, align="c", fill=None, border=True, vertical=False, pad=3,
             lw=0.5, valign="m", lh=1.25, color=(0, 0, 0)):
        fitz = self.fitz
        rect = fitz.Rect(r)
        if fill:
            pg.draw_rect(rect, color=None, fill=fill, width=0)
        if border:
            pg.draw_rect(rect, color=(0, 0, 0), width=lw)
        if s is None or s == "":
            return
        if vertical:
            lines = list(str(s))
            lh = 1.1
        else:
            lines = self.wrap(s, rect.width - 2 * pad, sz)
        step = sz * lh
        total = step * (len(lines) - 1) + sz
        if valign == "m":
            y0 = rect.y0 + (rect.height - total) / 2 + sz * 0.88
        else:
            y0 = rect.y0 + pad + sz * 0.88
        for i, l in enumerate(lines):
            self.text(pg, rect.x0 + pad, y0 + i * step, l, sz, color=color, align=align,
                      w=rect.width - 2 * pad)

    def table(self, pg, x, y, widths, rows, h=16, sz=8, head=1, head_fill=(0.86, 0.86, 0.86),
              aligns=None, zebra=None, border=True, lw=0.5):
        """rows: list of lists. A cell is a str, None (covered by a merge), or a dict
        {t: text, cs: colspan, rs: rowspan, and any cell() option}. Returns the bottom y."""
        xs = [x]
        for w in widths:
            xs.append(xs[-1] + w)
        hs = h if isinstance(h, list) else [h] * len(rows)
        ys = [y]
        for hh in hs:
            ys.append(ys[-1] + hh)
        for ri, row in enumerate(rows):
            for ci, v in enumerate(row):
                if v is None:
                    continue
                opts = {}
                if isinstance(v, dict):
                    opts = dict(v)
                    t = opts.pop("t")
                    cs = opts.pop("cs", 1)
                    rs = opts.pop("rs", 1)
                else:
                    t, cs, rs = v, 1, 1
                rect = (xs[ci], ys[ri], xs[ci + cs], ys[ri + rs])
                if ri < head:
                    opts.setdefault("fill", head_fill)
                    opts.setdefault("align", "c")
                elif zebra and (ri - head) % 2 == 1:
                    opts.setdefault("fill", zebra)
                if aligns and ri >= head:
                    opts.setdefault("align", aligns[ci])
                opts.setdefault("sz", sz)
                opts.setdefault("border", border)
                opts.setdefault("lw", lw)
                self.cell(pg, rect, t, **opts)
        return ys[-1]

    def save(self, path):
        self.doc.subset_fonts()
        self.doc.save(path, garbage=4, deflate=True)


def jp_yen(yen: int, step: int = 1_000_000):
    """rounded yen in 億/万 form: 1422912345 -> ('14億2,300万円', 1423000000) at step 100万円."""
    v = int(round(yen / step)) * step
    oku, man = divmod(v // 10000, 10000)
    s = (f"{oku}億" if oku else "") + (f"{man:,}万" if man else "") + "円"
    return s, v


def chromium_pdf(html_path, pdf_path):
    import subprocess
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", f"file://{html_path}"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def soffice_pdf(src_path, outdir):
    import subprocess
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
