"""Shared helpers for the w_ documents of frozen18: number formatting, gold assembly, gold check."""
import hashlib, json, os, re, subprocess, shutil, tempfile
import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, "out")
Z = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")


def zen(s):
    return str(s).translate(Z)


def comma(n):
    return f"{n:,}"


def tri(n):
    """△ for minus, commas."""
    return ("△" + f"{-n:,}") if n < 0 else f"{n:,}"


def pct(num, den, nd=2):
    return round(num / den * 100 + 1e-12, nd)


def fmt(v, nd):
    return f"{v:.{nd}f}"


class Gold:
    def __init__(self, stem):
        self.stem = stem
        self.facts, self.inits = [], []

    def fact(self, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page,
             as_of=None, approx=False, area=None, debt_raw=None):
        self.facts.append(dict(debt=debt, debt_raw=debt_raw if debt_raw is not None else debt,
                               fiscal_year=fy, fiscal_year_raw=fy_raw, segment=seg, metric=metric,
                               basis=basis, as_of=as_of, value=value, unit=unit, approx=approx,
                               raw=raw, page=page, area=area))

    def init(self, debt, fy, section, label, text, status, page):
        self.inits.append(dict(debt=debt, fiscal_year=fy, section=section, label=label,
                               text=text, status=status, page=page))

    def resolve(self, doc, items, key):
        texts = [nows(p.get_text()) for p in doc]
        for f in items:
            a = f["page"]
            if isinstance(a, int):
                continue
            a = nows(a if a is not None else f[key])
            hits = [i + 1 for i, t in enumerate(texts) if a in t]
            if len(hits) != 1:
                raise SystemExit(f"anchor {a!r} found on pages {hits}")
            f["page"] = hits[0]

    def write(self, pdf, document, minutes=None):
        data = open(pdf, "rb").read()
        doc = pymupdf.open(pdf)
        self.resolve(doc, self.facts, "raw")
        self.resolve(doc, self.inits, "text")
        if minutes:
            self.resolve(doc, minutes["statements"], "text")
        gold = {"schema_version": "1",
                "source": {"file": os.path.basename(pdf), "sha256": hashlib.sha256(data).hexdigest(),
                           "pages": doc.page_count},
                "document": document, "facts": self.facts, "initiatives": self.inits,
                "minutes": minutes, "tables": [], "warnings": []}
        path = os.path.join(ROOT, "gold", self.stem + ".json")
        json.dump(gold, open(path, "w"), ensure_ascii=False, indent=1)
        return check(pdf, gold)


def nows(s):
    return re.sub(r"\s+", "", s)


def check(pdf, gold):
    doc = pymupdf.open(pdf)
    texts = [nows(p.get_text()) for p in doc]
    bad = []
    for f in gold["facts"]:
        p = f["page"]
        if not (1 <= p <= len(texts)) or nows(f["raw"]) not in texts[p - 1]:
            bad.append(("fact", p, f["raw"], f["debt"], f["metric"]))
    for i in gold["initiatives"]:
        p = i["page"]
        if not (1 <= p <= len(texts)) or nows(i["text"]) not in texts[p - 1]:
            bad.append(("init", p, i["text"][:40]))
    if gold.get("minutes"):
        for s in gold["minutes"]["statements"]:
            if nows(s["text"]) not in "".join(texts):
                bad.append(("stmt", s["speaker"], s["text"][:30]))
    size = os.path.getsize(pdf)
    print(f"{os.path.basename(pdf)}: pages={doc.page_count} facts={len(gold['facts'])} "
          f"inits={len(gold['initiatives'])} size={size//1024}KB bad={len(bad)}")
    for b in bad[:30]:
        print("   BAD", b)
    return not bad and size < 1_000_000


def soffice(src, outdir):
    os.makedirs(outdir, exist_ok=True)
    prof = tempfile.mkdtemp(prefix="lo_w_")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    shutil.rmtree(prof, ignore_errors=True)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")
