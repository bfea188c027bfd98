#!/usr/bin/env python3
"""What OCR reads differently from the text layer: a scanned copy of each page against the original's text.

    python bench/ocr_diff.py PDF [PDF ...] [--pages 1 3] [--dpi 200] [--engine paddle|tesseract] [--cells]

Each page is scanned as bench/scan_corpus.py does (skew, grey paper, noise, JPEG), OCR'd (extract/ocr.py), and
every text-layer line is compared with the OCR'd text over the same place. Prints the lines that differ
(text layer | OCR), the character accuracy per page and the most frequent character confusions. With --cells the
table cells are compared instead (grid by grid, cell by cell, when the OCR'd grid has the same shape).
A diagnosis aid, not a test.
"""
from __future__ import annotations

import argparse
import collections
import difflib
import hashlib
import importlib.util
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _scan_mod():
    spec = importlib.util.spec_from_file_location("scan_corpus", ROOT / "bench" / "scan_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def scanned_page(src: Path, index: int, dpi: int, seed: int = 7):
    """A one-page image-only PDF document of page `index` of `src`, degraded as the benchmark does."""
    import cv2
    import numpy as np
    import pymupdf

    scan = _scan_mod()
    doc = pymupdf.open(src)
    page = doc[index]
    key = hashlib.sha256(f"{seed}:{src.name}:{index}:{dpi}".encode()).digest()
    rng = np.random.default_rng(int.from_bytes(key[:8], "little"))
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
    gray = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.h, pix.w).copy()
    img, _ = scan.degrade(gray, rng)
    ok, jpg = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(55, 81))])
    out = pymupdf.open()
    p = out.new_page(width=page.rect.width, height=page.rect.height)
    p.insert_image(p.rect, stream=jpg.tobytes())
    return out


FIGURE_CELL = __import__("re").compile(r"^[△▲\-+]?[\d,.]+(?:%|千円|円|人|件|ポイント)?$")


def _norm(s: str) -> str:
    import unicodedata

    return "".join(unicodedata.normalize("NFKC", s).split())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pdfs", nargs="+", type=Path)
    ap.add_argument("--pages", nargs="*", type=int, default=None, help="1-based page numbers (default: all)")
    ap.add_argument("--dpi", type=int, default=200)
    ap.add_argument("--engine", default=None)
    ap.add_argument("--cells", action="store_true")
    ap.add_argument("--quiet", action="store_true", help="only the per-page accuracy and the confusions")
    a = ap.parse_args()
    if a.engine:
        os.environ["SAIKEN_OCR_ENGINE"] = a.engine
    from saiken.extract.ocr import ocr_page
    from saiken.extract.ocr_engines import get_engine
    from saiken.extract.pdf import _build_page, open_pdf

    eng = get_engine(a.engine)
    confusions: collections.Counter[tuple[str, str]] = collections.Counter()
    tot_ok = tot_n = 0
    secs = 0.0
    exact = {"figure": [0, 0], "label": [0, 0]}
    for pdf in a.pdfs:
        doc = open_pdf(pdf)
        pages = a.pages or list(range(1, doc.page_count + 1))
        for n in pages:
            text_page = _build_page(doc, n - 1, pdf, "never")
            sdoc = scanned_page(pdf, n - 1, a.dpi)
            t = time.perf_counter()
            o = ocr_page(sdoc[0], n, eng, dpi=a.dpi)
            secs += time.perf_counter() - t
            pairs: list[tuple[str, str]] = []
            if a.cells:
                if len(text_page.grids) != len(o.grids):
                    pairs.append((f"<{len(text_page.grids)} grids>", f"<{len(o.grids)} grids>"))
                for g_t, g_o in zip(text_page.grids, o.grids):
                    if (g_t.nrows, g_t.ncols) != (g_o.nrows, g_o.ncols):
                        pairs.append((f"<grid {g_t.nrows}x{g_t.ncols}>", f"<grid {g_o.nrows}x{g_o.ncols}>"))
                        continue
                    for r1, r2 in zip(g_t.rows(raw=True), g_o.rows(raw=True)):
                        for c1, c2 in zip(r1, r2):
                            pairs.append((c1 or "", c2 or ""))
            else:
                for ln in text_page.lines:
                    x0, y0, x1, y1 = ln.bbox
                    hits = []
                    for ol in o.lines:
                        for ch_w in ol.words:
                            wx0, wy0, wx1, wy1 = ch_w.bbox
                            cy, cx = (wy0 + wy1) / 2, (wx0 + wx1) / 2
                            if y0 - 1 <= cy <= y1 + 1 and x0 - 4 <= cx <= x1 + 4:
                                hits.append((wx0, ch_w.raw))
                    pairs.append((ln.raw, "".join(t for _, t in sorted(hits))))
            ok = n_all = 0
            for want, got in pairs:
                w, g = _norm(want), _norm(got)
                sm = difflib.SequenceMatcher(None, w, g, autojunk=False)
                ok += sum(b.size for b in sm.get_matching_blocks())
                n_all += max(len(w), len(g))
                if a.cells and w:  # exact cells, figures and labels apart
                    kind = "figure" if FIGURE_CELL.match(w) else "label"
                    exact[kind][0] += w == g
                    exact[kind][1] += 1
                for op, i1, i2, j1, j2 in sm.get_opcodes():
                    if op == "replace" and i2 - i1 == j2 - j1:
                        for k in range(i2 - i1):
                            confusions[(w[i1 + k], g[j1 + k])] += 1
                    elif op == "delete":
                        confusions[(w[i1:i2], "")] += 1
                    elif op == "insert":
                        confusions[("", g[j1:j2])] += 1
                if w != g and not a.quiet:
                    print(f"  {want!s:40.80s} | {got}")
            tot_ok += ok
            tot_n += n_all
            print(f"{pdf.name} p{n}: accuracy {ok / max(1, n_all):.3f} ({ok}/{n_all})", flush=True)
    print(f"ALL: accuracy {tot_ok / max(1, tot_n):.3f}; OCR {secs:.1f} s")
    if a.cells:
        for kind, (k, n) in exact.items():
            print(f"{kind} cells read exactly: {k}/{n} ({k / max(1, n):.3f})")
    print("confusions:", ", ".join(f"{a!r}→{b!r}×{c}" for (a, b), c in confusions.most_common(60)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
