"""Shared helpers for helper qn's blind documents (run scripts from corpus/frozen48)."""
import hashlib, json, re, unicodedata, subprocess, os, shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ZEN = str.maketrans("0123456789.,%-", "０１２３４５６７８９．，％－")


def zen(s):
    return str(s).translate(ZEN)


def c(n):
    """comma, minus as △"""
    return ("△" + f"{-n:,}") if n < 0 else f"{n:,}"


def rate(a, b, nd=2):
    return round(a / b * 100, nd) if b else 0.0


def ff(v, nd=2):
    return f"{v:.{nd}f}"


class Rec:
    def __init__(self):
        self.facts, self.inits, self.page = [], [], 1

    def f(self, raw, value, metric, unit, debt=None, debt_raw=None, fy=None, fy_raw=None, seg="total",
          basis="actual", as_of=None, approx=False, area=None, page=None):
        self.facts.append(dict(debt=debt, debt_raw=debt_raw, fiscal_year=fy, fiscal_year_raw=fy_raw, segment=seg,
                               metric=metric, basis=basis, as_of=as_of, value=value, unit=unit, approx=approx,
                               raw=raw, page=page or self.page, area=area))
        return raw

    def i(self, text, debt, fy, section, label=None, status=None, page=None):
        self.inits.append(dict(debt=debt, fiscal_year=fy, section=section, label=label, text=text, status=status,
                               page=page or self.page))


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(s or "")))


def rawnorm(s):
    return re.sub(r"\s+", "", str(s or ""))


def check(pdf, rec, minutes=None):
    import fitz
    doc = fitz.open(pdf)
    texts = [rawnorm(p.get_text()) for p in doc]
    bad = []
    for f in rec.facts:
        if rawnorm(f["raw"]) not in texts[f["page"] - 1]:
            bad.append(("fact", f["page"], f["raw"]))
    for it in rec.inits:
        if rawnorm(it["text"]) not in texts[it["page"] - 1]:
            bad.append(("init", it["page"], it["text"][:40]))
    if minutes:
        for st in minutes["statements"]:
            joined = re.sub(r"[-‒–−][0-9]+[-‒–−]", "", "".join(texts))
            if rawnorm(st["text"]) not in joined:
                bad.append(("stmt", st["speaker"], st["text"][:40]))
    return len(doc), bad


def write_gold(stem, kind, family, muni, title, date, date_raw, rec, minutes=None):
    pdf = ROOT / "pdf" / f"{stem}.pdf"
    n, bad = check(pdf, rec, minutes)
    for b in bad:
        print("MISSING", b)
    g = {"schema_version": "1",
         "source": {"file": f"{stem}.pdf", "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": n},
         "document": {"kind": kind, "family": family, "municipality": muni, "title": title, "date": date,
                      "date_raw": date_raw},
         "facts": rec.facts, "initiatives": rec.inits, "minutes": minutes, "tables": [], "warnings": []}
    (ROOT / "gold" / f"{stem}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1), encoding="utf-8")
    print(stem, "pages", n, "facts", len(rec.facts), "inits", len(rec.inits), "bad", len(bad),
          "size", pdf.stat().st_size)
    return bad


def chromium_pdf(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", f"file://{html_path}"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def soffice_pdf(src, pdf_path):
    out = Path("/tmp/qn_work/out")
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(src)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(str(out / (Path(src).stem + ".pdf")), str(pdf_path))


def sim(ca, rc, aa, ra, w, years, drift=1.01, rc_step=0.0, ra_step=0.0, seed=7):
    """Simulate a debt in thousand yen: returns {year: dict(ca, cc, aa, ac, wo, ...)}; arrears assessed of a
    year equals the total outstanding of the year before."""
    import random
    rnd = random.Random(seed + int(ca) % 1000)
    out = {}
    for k, y in enumerate(years):
        cca = round(ca * drift ** k * (1 + rnd.uniform(-0.004, 0.004)))
        cc = round(cca * (rc + rc_step * k + rnd.uniform(-0.05, 0.05)) / 100)
        ac = round(aa * (ra + ra_step * k + rnd.uniform(-0.4, 0.4)) / 100)
        wo = round(aa * w / 100)
        d = dict(ca=cca, cc=cc, aa=aa, ac=ac, wo=wo)
        d["co"] = cca - cc
        d["ao"] = aa - ac - wo
        d["ta"] = cca + aa
        d["tc"] = cc + ac
        d["to"] = d["co"] + d["ao"]
        d["rc"] = rate(cc, cca)
        d["ra"] = rate(ac, aa)
        d["rt"] = rate(cc + ac, cca + aa)
        out[y] = d
        aa = d["to"]
    return out


def wareki(y):
    """2025 -> 令和7年度 style numeral (int)"""
    return y - 2018 if y >= 2019 else y - 1988


def fyr(y, zenkaku=False):
    n = wareki(y)
    era = "令和" if y >= 2019 else "平成"
    s = f"{era}{n}年度" if not (y == 2019) else "令和元年度"
    return zen(s) if zenkaku else s


# ---------------- python-docx helpers
def docx_base(font="IPAexMincho", size=10.5):
    from docx import Document
    from docx.shared import Pt, Mm
    from docx.oxml.ns import qn
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    pf = st.paragraph_format
    pf.space_after = Pt(0)
    pf.space_before = Pt(0)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin, sec.bottom_margin = Mm(18), Mm(15)
    return d


def para(d, text, size=None, bold=False, align=None, indent=None, first=None, font=None, space_before=0, space_after=0):
    from docx.shared import Pt, Mm
    from docx.oxml.ns import qn
    p = d.add_paragraph()
    r = p.add_run(text)
    if size:
        r.font.size = Pt(size)
    r.bold = bold
    if font:
        r.font.name = font
        r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if align == "c":
        p.alignment = 1
    elif align == "r":
        p.alignment = 2
    if indent is not None:
        p.paragraph_format.left_indent = Mm(indent)
    if first is not None:
        p.paragraph_format.first_line_indent = Mm(first)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def shade(cell, fill="D9E2F3"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def no_borders(table, keep_hdr_rules=False):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._element.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement(f"w:{e}")
        x.set(qn("w:val"), "nil")
        b.append(x)
    tblPr.append(b)
    if keep_hdr_rules:
        for cell in table.rows[0].cells:
            tcPr = cell._element.get_or_add_tcPr()
            bb = OxmlElement("w:tcBorders")
            for e in ("top", "bottom"):
                x = OxmlElement(f"w:{e}")
                x.set(qn("w:val"), "single")
                x.set(qn("w:sz"), "8")
                bb.append(x)
            tcPr.append(bb)


def table(d, rows, widths_mm, size=8, hdr=1, merges=(), right_from=1, shade_hdr=True, style="Table Grid",
          center_hdr=True):
    """rows: list of lists (None = merged continuation). merges: (r0,c0,r1,c1)."""
    from docx.shared import Pt, Mm
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    t.autofit = False
    for (r0, c0, r1, c1) in merges:
        t.cell(r0, c0).merge(t.cell(r1, c1))
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v is None:
                continue
            cell = t.cell(i, j)
            cell.width = Mm(widths_mm[j])
            p = cell.paragraphs[0]
            p.text = ""
            lines = str(v).split("\n")
            for li, ln in enumerate(lines):
                r = p.add_run(ln)
                r.font.size = Pt(size)
                if li < len(lines) - 1:
                    r.add_break()
            if i < hdr:
                if shade_hdr:
                    shade(cell)
                if center_hdr:
                    p.alignment = 1
            elif j >= right_from and _isnum(v):
                p.alignment = 2
    for j, w in enumerate(widths_mm):
        for cell in t.columns[j].cells:
            cell.width = Mm(w)
    return t


def _isnum(v):
    s = str(v).replace("\n", "")
    return bool(re.fullmatch(r"[△▲\-－]?[0-9０-９,，.．]+[％%]?|－|-", s.strip()))


def page_field_footer(section, fmt="- {} -"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = 1
    a, b = fmt.split("{}")
    p.add_run(a)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    tx = OxmlElement("w:t")
    tx.text = "1"
    r.append(tx)
    fld.append(r)
    p._p.append(fld)
    p.add_run(b)
