"""Benchmark of `saiken serve` (not a timed test): upload-to-listed time and page review time once cached.

    python bench/serve_bench.py [--pages 40]

1. Starts the app on a fresh workspace (loopback), waits for its conversion workers, then uploads the five corpus
   PDFs in one POST /api/documents and times until GET /api/documents lists all five converted and audited.
   Target: < 15 s.
2. Page review: for `--pages` pages spread over the documents, renders the page image once (cold), then times
   opening the review page as a browser does once the image is cached: GET the HTML page + GET its PNG.
   Target: < 300 ms. Prints median, 95th percentile and maximum.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import httpx

from serve_common import CORPUS, Server, token, wait_converted


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=40)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp, Server(Path(tmp) / "ws") as srv, \
            httpx.Client(base_url=srv.url, timeout=120) as c:
        tok = token(c)
        time.sleep(3)  # let the worker processes finish starting, as they have by the time staff drop files
        files = [("files", (p.name, p.read_bytes(), "application/pdf")) for p in CORPUS]
        t0 = time.perf_counter()
        res = c.post("/api/documents", files=files, headers={"X-CSRF-Token": tok}).json()
        t_upload = time.perf_counter() - t0
        waited = wait_converted(c, {r["id"] for r in res})
        total = time.perf_counter() - t0
        docs = c.get("/api/documents").json()
        print(f"upload {len(files)} corpus PDFs: POST {t_upload:.2f} s; converted, audited and listed after {total:.2f} s"
              f" (target < 15 s): {'OK' if total < 15 else 'SLOW'}")
        for d in sorted(docs, key=lambda d: d["name"]):
            print(f"  {d['name']}: {d['status']} {d['pages']} ページ {d['facts']} 数値 {d['findings']} 指摘")
        pages = [(d["id"], n) for d in docs for n in range(1, (d["pages"] or 0) + 1)]
        step = max(1, len(pages) // args.pages)
        sample = pages[::step][: args.pages]
        cold, warm, html_only = [], [], []
        for did, n in sample:
            t = time.perf_counter()
            c.get(f"/api/documents/{did}/pages/{n}.png").raise_for_status()
            cold.append(time.perf_counter() - t)
        for did, n in sample:
            t = time.perf_counter()
            c.get(f"/documents/{did}/pages/{n}").raise_for_status()
            h = time.perf_counter() - t
            c.get(f"/api/documents/{did}/pages/{n}.png").raise_for_status()
            warm.append(time.perf_counter() - t)
            html_only.append(h)

        def ms(xs: list[float]) -> str:
            xs = sorted(xs)
            return (f"median {statistics.median(xs) * 1000:.0f} ms, p95 {xs[int(0.95 * (len(xs) - 1))] * 1000:.0f} ms, "
                    f"max {xs[-1] * 1000:.0f} ms")
        print(f"page image, first render ({len(sample)} pages): {ms(cold)}")
        print(f"page review once cached (HTML + PNG, {len(sample)} pages): {ms(warm)} (target < 300 ms): "
              f"{'OK' if max(warm) < 0.3 else 'SLOW'}")
        print(f"  of which the HTML page: {ms(html_only)}")


if __name__ == "__main__":
    main()
