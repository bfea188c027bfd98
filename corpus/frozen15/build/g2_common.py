"""Shared helpers for the g2 builders (frozen15): fact records, LibreOffice conversion, gold writing and checking."""
import hashlib, json, os, re, subprocess, shutil, unicodedata
from pathlib import Path
import fitz

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "out"
PDF = ROOT / "pdf"
GOLD = ROOT / "gold"
for p in (OUT, PDF, GOLD):
    p.mkdir(parents=True, exist_ok=True)

Z = str.maketrans("0123456789.,%-()", "０１２３４５６７８９．，％－（）")
def zen(s):
    return str(s).translate(Z)

def c(n):  # comma number
    return f"{n:,}"

def tri(n):  # △ for negatives
    return ("△" + f"{-n:,}") if n < 0 else f"{n:,}"

def rate(a, b, nd=2):
    return round(b / a * 100 + 1e-9, nd) if a else 0.0

class Facts:
    def __init__(self):
        self.items = []
    def add(self, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, anchor, as_of=None, approx=False, debt_raw=None, area=None):
        self.items.append(dict(debt=debt, debt_raw=(debt_raw if debt_raw is not None else debt), fiscal_year=fy,
                               fiscal_year_raw=fy_raw, segment=seg, metric=metric, basis=basis, as_of=as_of,
                               value=value, unit=unit, approx=approx, raw=raw, page=anchor, area=area))

def soffice(src, outdir=OUT):
    prof = "file:///tmp/g2_lo_profile"
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    return Path(outdir) / (Path(src).stem + ".pdf")

def ntext(s):
    return re.sub(r"\s+", "", s or "")

def page_texts(pdf):
    d = fitz.open(pdf)
    return [ntext(p.get_text()) for p in d]

def resolve_pages(pdf, recs):
    """anchor: int page, or a string that must occur on exactly one page (the page of the row/paragraph)."""
    texts = page_texts(pdf)
    for r in recs:
        a = r["page"]
        if isinstance(a, int):
            continue
        hits = [i + 1 for i, t in enumerate(texts) if ntext(a) in t]
        if len(hits) != 1:
            raise SystemExit(f"anchor {a!r} on pages {hits}")
        r["page"] = hits[0]

def write_gold(stem, pdf, document, facts, initiatives=(), minutes=None):
    pdf = Path(pdf)
    final = PDF / f"{stem}.pdf"
    if pdf.resolve() != final.resolve():
        shutil.copy(pdf, final)
    facts = list(facts); initiatives = list(initiatives)
    resolve_pages(final, facts)
    resolve_pages(final, initiatives)
    if minutes:
        resolve_pages(final, minutes["statements"])
    d = fitz.open(final)
    gold = {"schema_version": "1",
            "source": {"file": final.name, "sha256": hashlib.sha256(final.read_bytes()).hexdigest(), "pages": d.page_count},
            "document": document, "facts": facts, "initiatives": initiatives, "minutes": minutes,
            "tables": [], "warnings": []}
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    check(stem)
    return gold

TAGS = re.compile(r"【(継続|新規|拡充)】")
def check(stem):
    g = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    pdf = PDF / g["source"]["file"]
    texts = page_texts(pdf)
    bad = 0
    for f in g["facts"]:
        if ntext(f["raw"]) not in texts[f["page"] - 1]:
            print("FACT MISSING", f["page"], f["raw"], f["debt"], f["metric"]); bad += 1
    for it in g["initiatives"]:
        if ntext(it["text"]) not in texts[it["page"] - 1]:
            print("INIT MISSING", it["page"], it["text"][:40]); bad += 1
    if g.get("minutes"):
        for s in g["minutes"]["statements"]:
            if ntext(s["text"]) not in texts[s["page"] - 1]:
                print("STMT MISSING", s["page"], s["text"][:40]); bad += 1
    size = pdf.stat().st_size
    print(f"{stem}: pages={g['source']['pages']} facts={len(g['facts'])} initiatives={len(g['initiatives'])} size={size//1024}KB {'OK' if bad == 0 and size < 1_000_000 else 'FAIL'}")
    return bad == 0 and size < 1_000_000
