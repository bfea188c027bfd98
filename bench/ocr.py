#!/usr/bin/env python3
"""Benchmark of OCR on scanned copies of the corpus: facts recall/precision per dpi, and pages per second.

    python bench/ocr.py [--dpi 150 200 300] [--sets second third] [--limit N] [--engine paddle|tesseract]
                        [--work DIR] [--jobs 1]

For each dpi the corpus PDFs are scanned (bench/scan_corpus.py: skew ±1.5°, grey paper, blur, noise, JPEG),
converted with `--ocr auto` (every page goes through OCR), and scored with the official scoring script
(../shared/tools/score.py) against the originals' gold. Prints one line per set and dpi, and the totals.
This is a measurement, not a test: it takes minutes (about 5 s a page with PP-OCRv5 on 2 cores).
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SCORE = ROOT.parent / "shared" / "tools" / "score.py"


def score(gold: Path, out: Path) -> tuple[int, int, int, int]:
    """(matched, gold facts, matched, output facts) from score.py's summary."""
    r = subprocess.run([sys.executable, str(SCORE), str(gold), str(out)], capture_output=True, text=True)
    text = r.stdout
    m = re.search(r"overall: facts (\d+)/(\d+) matched, (\d+)/(\d+) output facts correct", text)
    if not m:
        print(text[-2000:], file=sys.stderr)
        return 0, 0, 0, 0
    return int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dpi", nargs="+", type=int, default=[150, 200, 300])
    ap.add_argument("--sets", nargs="+", default=["pdf", "second", "third", "blind"])
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--files", nargs="*", default=None)
    ap.add_argument("--engine", default=None)
    ap.add_argument("--work", type=Path, default=None)
    ap.add_argument("--jobs", type=int, default=1)
    a = ap.parse_args()
    if a.engine:
        os.environ["SAIKEN_OCR_ENGINE"] = a.engine
    work = a.work or Path(tempfile.mkdtemp(prefix="saiken-ocr-bench-"))
    from saiken.extract.batch import run_batch
    from saiken.extract.ocr_engines import get_engine

    eng = get_engine(a.engine)
    print(f"engine: {getattr(eng, 'label', eng)}; work: {work}")
    for dpi in a.dpi:
        tot = [0, 0, 0, 0]
        pages_all, secs_all = 0, 0.0
        for s in a.sets:
            base = work / f"{dpi}"
            cmd = [sys.executable, str(ROOT / "bench/scan_corpus.py"), str(base), "--dpi", str(dpi), "--sets", s]
            if a.limit:
                cmd += ["--limit", str(a.limit)]
            if a.files:
                cmd += ["--files", *a.files]
            subprocess.run(cmd, check=True, capture_output=True)
            pdfs = sorted((base / s / "pdf").glob("*.pdf"))
            if not pdfs:
                continue
            import pymupdf

            pages = sum(pymupdf.open(p).page_count for p in pdfs)
            out = work / f"out{dpi}" / s
            t = time.perf_counter()
            outcomes = run_batch(pdfs, out, jobs=a.jobs)
            secs = time.perf_counter() - t
            failed = [o for o in outcomes if not o.output]
            m1, g, m2, o = score(base / s / "gold", out)
            for i, v in enumerate((m1, g, m2, o)):
                tot[i] += v
            pages_all += pages
            secs_all += secs
            print(f"{dpi} dpi  {s:7s} files {len(pdfs):3d} pages {pages:4d}  recall {m1 / max(g, 1):.3f} ({m1}/{g})  "
                  f"precision {m2 / max(o, 1):.3f} ({m2}/{o})  {pages / secs:.2f} pages/s"
                  + (f"  failed {len(failed)}" if failed else ""), flush=True)
        print(f"{dpi} dpi  ALL     pages {pages_all:4d}  recall {tot[0] / max(tot[1], 1):.3f} ({tot[0]}/{tot[1]})  "
              f"precision {tot[2] / max(tot[3], 1):.3f} ({tot[2]}/{tot[3]})  {pages_all / max(secs_all, 1e-9):.2f} pages/s",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
