#!/usr/bin/env python3
"""Make a scanned (image-only) copy of corpus PDFs: what a printer + scanner would give.

    python bench/scan_corpus.py OUT_DIR [--dpi 200] [--sets pdf second third blind] [--limit N] [--seed 7]

Every page is rendered at --dpi, turned by a random angle within ±1.5°, laid on grey paper (with a slight
gradient), blurred a little, given Gaussian noise, JPEG-compressed (quality 55–80) and wrapped as an
image-only PDF page of the original size. OUT_DIR/<set>/pdf/<stem>.pdf gets the scans and OUT_DIR/<set>/gold
a copy of the original gold, so `python3 ../shared/tools/score.py OUT_DIR/<set>/gold OUT` scores a run.
The random choices are seeded by the file name and page, so the same command makes the same files.
"""
from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
from pathlib import Path

import numpy as np
import pymupdf

ROOT = Path(__file__).resolve().parent.parent
SETS = {"pdf": ROOT / "corpus", "second": ROOT / "corpus/second", "third": ROOT / "corpus/third",
        "blind": ROOT / "corpus/blind"}
SETS.update({d.name: d for d in sorted((ROOT / "corpus").glob("dev*")) if (d / "pdf").is_dir()})  # dev4, dev7, dev10 …


def degrade(gray: np.ndarray, rng: np.random.Generator, max_skew: float = 1.5) -> tuple[np.ndarray, float]:
    """A rendered page (uint8 grey) as a scan: skew, grey paper, blur, noise. Returns the image and the angle."""
    import cv2

    h, w = gray.shape
    angle = float(rng.uniform(-max_skew, max_skew))
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    img = cv2.warpAffine(gray, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255).astype(np.float32)
    paper = float(rng.uniform(200, 232))  # grey paper
    grad = np.linspace(0, float(rng.uniform(-15, 15)), w, dtype=np.float32)[None, :]
    ink = float(rng.uniform(10, 45))
    img = ink + (img / 255.0) * (paper + grad - ink)
    img = cv2.GaussianBlur(img, (3, 3), float(rng.uniform(0.3, 0.8)))
    img += rng.normal(0, float(rng.uniform(4, 9)), img.shape).astype(np.float32)
    return np.clip(img, 0, 255).astype(np.uint8), angle


def scan_pdf(src: Path, dest: Path, dpi: int, seed: int) -> int:
    """Write the scanned copy of `src` to `dest`; returns the page count."""
    import cv2

    doc = pymupdf.open(src)
    out = pymupdf.open()
    for i, page in enumerate(doc):
        key = hashlib.sha256(f"{seed}:{src.name}:{i}:{dpi}".encode()).digest()
        rng = np.random.default_rng(int.from_bytes(key[:8], "little"))
        pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
        gray = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.h, pix.w).copy()
        img, _ = degrade(gray, rng)
        ok, jpg = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(55, 81))])
        assert ok
        p = out.new_page(width=page.rect.width, height=page.rect.height)
        p.insert_image(p.rect, stream=jpg.tobytes())
    dest.parent.mkdir(parents=True, exist_ok=True)
    out.save(dest, garbage=3, deflate=True)
    n = doc.page_count
    doc.close()
    out.close()
    return n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--dpi", type=int, default=200)
    ap.add_argument("--sets", nargs="+", default=list(SETS), choices=list(SETS))
    ap.add_argument("--limit", type=int, default=0, help="at most N files per set (0: all)")
    ap.add_argument("--files", nargs="*", default=None, help="only these stems")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    total = 0
    for name in a.sets:
        base = SETS[name]
        pdfs = sorted((base / "pdf").glob("*.pdf"))
        if a.files:
            pdfs = [p for p in pdfs if p.stem in a.files]
        if a.limit:
            pdfs = pdfs[: a.limit]
        for pdf in pdfs:
            gold = base / "gold" / f"{pdf.stem}.json"
            if not gold.exists():
                continue
            total += scan_pdf(pdf, a.out / name / "pdf" / pdf.name, a.dpi, a.seed)
            (a.out / name / "gold").mkdir(parents=True, exist_ok=True)
            shutil.copy(gold, a.out / name / "gold" / gold.name)
            print(f"{name}/{pdf.name}", file=sys.stderr)
    print(f"{total} pages scanned at {a.dpi} dpi into {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
