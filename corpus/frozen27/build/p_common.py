"""Shared helpers for the p_ builders of frozen27: notation, LibreOffice conversion, gold writing and checking.

Gold is generated from the same data the builders print; `Gold.finish` resolves pages by anchor text when
needed and checks that every fact's raw text and every initiative's text occurs on its page.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import fitz

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "out"
ZEN = str.maketrans("0123456789,.%-()", "０１２３４５６７８９，．％－（）")


def zen(s: str) -> str:
    return str(s).translate(ZEN)


def c(n, dec=0) -> str:
    """Comma format; negative numbers with △."""
    s = f"{abs(n):,.{dec}f}"
    return ("△" + s) if n < 0 else s


def wa(fy: int, nendo=True) -> str:
    y = fy - 2018
    e = "令和" + ("元" if y == 1 else str(y)) if y >= 1 else "平成" + str(fy - 1988)
    return e + ("年度" if nendo else "年")


def rr(v: float, d=1) -> float:
    """Round half up."""
    from decimal import Decimal, ROUND_HALF_UP
    return float(Decimal(str(v)).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP))


def rate(col, asd, d=1):
    return rr(col / asd * 100, d)


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


def to_pdf(src: Path, dest: Path, profile: str = "p27") -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [shutil.which("soffice"), f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, dest)
    return dest


class Gold:
    def __init__(self, stem, kind, muni, title, date, date_raw):
        self.stem = stem
        self.doc = {"kind": kind, "municipality": muni, "title": title, "date": date, "date_raw": date_raw}
        self.facts, self.inits, self.minutes = [], [], None
        self.anchor = {}
        self.ianchor = {}

    def f(self, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, page=None, as_of=None, approx=False,
          area=None, debt_raw=None, anchor=None):
        assert seg in ("current", "arrears", "total") and basis in ("actual", "target", "estimate", "interim")
        if basis == "interim":
            assert as_of
        fa = {"debt": debt, "debt_raw": debt_raw if debt_raw is not None else debt, "fiscal_year": fy,
              "fiscal_year_raw": fy_raw, "segment": seg, "metric": metric, "basis": basis, "as_of": as_of,
              "value": value, "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area}
        self.facts.append(fa)
        if anchor:
            self.anchor[id(fa)] = anchor
        return fa

    def i(self, debt, fy, section, label, text, status, page=None, anchor=None):
        it = {"debt": debt, "fiscal_year": fy, "section": section, "label": label, "text": text,
              "status": status, "page": page}
        self.inits.append(it)
        if anchor:
            self.ianchor[id(it)] = anchor
        return it

    def finish(self, pdf: Path):
        doc = fitz.open(pdf)
        texts = [nows(p.get_text()) for p in doc]
        errors = []

        def locate(raw, anchors, what):
            cands = [k + 1 for k, t in enumerate(texts) if nows(raw) in t and all(nows(a) in t for a in anchors)]
            if len(cands) != 1:
                errors.append(f"{what}: {raw!r} anchors={anchors} pages={cands}")
                return None
            return cands[0]

        for fa in self.facts:
            anc = self.anchor.get(id(fa))
            if fa["page"] is None:
                fa["page"] = locate(fa["raw"], [anc] if isinstance(anc, str) else (anc or []), "fact")
            elif anc:
                a = [anc] if isinstance(anc, str) else anc
                if not all(nows(x) in texts[fa["page"] - 1] for x in a):
                    errors.append(f"fact anchor missing p{fa['page']}: {a}")
        for it in self.inits:
            if it["page"] is None:
                it["page"] = locate(it["text"], [], "initiative")
        if self.minutes:
            for st in self.minutes["statements"]:
                if st.get("page") is None:
                    st["page"] = locate(st["text"][:25], [], "statement")
        # checks
        for fa in self.facts:
            p = fa["page"]
            if p is None or nows(fa["raw"]) not in texts[p - 1]:
                errors.append(f"raw not on page {p}: {fa['raw']!r}")
        for it in self.inits:
            p = it["page"]
            if p is None or nows(it["text"]) not in texts[p - 1]:
                errors.append(f"initiative not on page {p}: {it['text'][:30]!r}")
        data = pdf.read_bytes()
        gold = {"schema_version": "1",
                "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": doc.page_count},
                "document": self.doc, "facts": self.facts, "initiatives": self.inits, "minutes": self.minutes,
                "tables": [], "warnings": []}
        (ROOT / "gold" / (self.stem + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1),
                                                           encoding="utf-8")
        print(f"{self.stem}: pages={doc.page_count} facts={len(self.facts)} inits={len(self.inits)} "
              f"size={len(data)//1024}KB errors={len(errors)}")
        for e in errors[:40]:
            print("  ERR", e)
        return not errors
