"""Benchmark: `saiken extract` end to end against bare pdfplumber and PyMuPDF passes, in one process run.

    python bench/run.py [--reps 3] [--big-pages 300] [--batch 200] [--skip-batch] [--startup-only]

It first prints the start-up time of `saiken --help` and `saiken <cmd> --help` (median of 11 fresh processes).

For each input set (the corpus PDFs; one long PDF made from corpus pages; a batch of corpus-like files) it
times (a) saiken's conversion, (b) pdfplumber `extract_text()` + `extract_tables()` on every page, and
(c) PyMuPDF `get_text("dict")` on every page, and prints pages per second, the ratios a/b and a/c, and the
peak RSS of (a) measured in a fresh child process. Medians over the repetitions are quoted. The batch set
also times `saiken extract --jobs 1` against `--jobs 2` and checks that their outputs are the same bytes.
"""
from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pymupdf

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from saiken.extract.pipeline import convert  # noqa: E402


def page_count(files: list[Path]) -> int:
    """Total pages over the files."""
    n = 0
    for f in files:
        with pymupdf.open(f) as d:
            n += d.page_count
    return n


def run_saiken(files: list[Path]) -> None:
    """(a) the full conversion, as `saiken extract` does it, without writing."""
    for f in files:
        convert(f).model_dump_json()


def run_pdfplumber(files: list[Path]) -> None:
    """(b) a bare pdfplumber pass: text and tables of every page."""
    for f in files:
        with pdfplumber.open(f) as pdf:
            for p in pdf.pages:
                p.extract_text()
                p.extract_tables()
                p.flush_cache()


def run_pymupdf(files: list[Path]) -> None:
    """(c) a bare PyMuPDF pass: get_text("dict") on every page."""
    for f in files:
        with pymupdf.open(f) as d:
            for p in d:
                p.get_text("dict")


def median_time(fn: Callable[[list[Path]], None], files: list[Path], reps: int) -> float:
    """Median wall time of `fn(files)` over `reps` runs."""
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        fn(files)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def peak_rss_mb(files: list[Path]) -> float:
    """Peak RSS (MB) of a fresh process converting `files` one after another.

    Read from VmHWM, the high-water mark of the process's own memory: ru_maxrss would also count the parent's
    memory at the fork (Linux keeps it across exec), and the parent has just run pdfplumber.
    """
    code = ("import re,sys;from pathlib import Path;from saiken.extract.pipeline import convert\n"
            "for f in sys.argv[1:]: convert(Path(f)).model_dump_json()\n"
            "print(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1))")
    out = subprocess.run([sys.executable, "-c", code, *map(str, files)], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    return int(out.stdout.strip().splitlines()[-1]) / 1024


def make_big_pdf(src: list[Path], pages: int, dest: Path) -> Path:
    """A PDF of `pages` pages made by repeating the corpus pages in order."""
    out = pymupdf.open()
    while out.page_count < pages:
        for f in src:
            with pymupdf.open(f) as d:
                for i in range(d.page_count):
                    if out.page_count >= pages:
                        break
                    out.insert_pdf(d, from_page=i, to_page=i)
    out.save(dest, garbage=3, deflate=True)
    out.close()
    return dest


def make_batch(src: list[Path], n: int, dest: Path) -> list[Path]:
    """`n` corpus-like files: copies of the corpus PDFs under new names."""
    dest.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(n):
        f = dest / f"doc_{i:03d}.pdf"
        shutil.copyfile(src[i % len(src)], f)
        files.append(f)
    return files


def cli_time(inputs: Path, out: Path, jobs: int) -> float:
    """Wall time of `saiken extract inputs -o out --jobs N` as a subprocess."""
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "saiken.main", "extract", str(inputs), "-o", str(out),
                    "--jobs", str(jobs), "-q"], cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - t


def saiken_command() -> list[str]:
    """The installed `saiken` script beside this Python (no shell shim), else `python -m saiken`."""
    script = Path(sys.executable).parent / "saiken"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "saiken"]


def startup_times(reps: int = 11) -> dict[str, float]:
    """Median wall time of `saiken --help` and of `saiken <cmd> --help` for every command (fresh processes)."""
    cmd = saiken_command()
    out: dict[str, float] = {}
    for args in ([], ["extract"], ["export"], ["audit"], ["draft", "plan"], ["draft", "minutes"], ["debts"],
                 ["inspect"]):
        times = []
        for _ in range(reps):
            t0 = time.perf_counter()
            subprocess.run([*cmd, *args, "--help"], check=True, stdout=subprocess.DEVNULL)
            times.append(time.perf_counter() - t0)
        out[" ".join(["saiken", *args, "--help"])] = statistics.median(times)
    return out


def print_startup(reps: int) -> None:
    """One line per command: the median start-up time of its --help."""
    times = startup_times(reps)
    print(f"start-up (median of {reps}, {saiken_command()[0]}): "
          + ", ".join(f"`{k}` {v:.3f} s" for k, v in times.items()))
    print(f"start-up, slowest: {max(times.values()):.3f} s\n")


def row(name: str, files: list[Path], reps: int) -> dict[str, float]:
    """Time the three passes over `files` and print one table row."""
    pages = page_count(files)
    a = median_time(run_saiken, files, reps)
    b = median_time(run_pdfplumber, files, reps)
    c = median_time(run_pymupdf, files, reps)
    rss = peak_rss_mb(files)
    r = {"pages": pages, "a": pages / a, "b": pages / b, "c": pages / c, "ab": a / b, "ac": a / c, "rss": rss,
         "spp": a / pages}
    print(f"| {name} | {pages} | {r['a']:.1f} | {r['b']:.1f} | {r['c']:.1f} | {r['ab']:.2f} | {r['ac']:.1f} "
          f"| {rss:.0f} |", flush=True)
    return r


def main() -> int:
    """Run every set and print the Markdown table the README quotes."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--big-pages", type=int, default=300)
    ap.add_argument("--batch", type=int, default=200)
    ap.add_argument("--skip-batch", action="store_true")
    ap.add_argument("--startup-only", action="store_true", help="only time `saiken --help` start-up")
    args = ap.parse_args()
    if args.startup_only:
        print_startup(11)
        return 0
    corpus = sorted((ROOT / "corpus" / "pdf").glob("*.pdf"))
    if not corpus:
        print("corpus/pdf に PDF がありません", file=sys.stderr)
        return 2
    print(f"# saiken benchmark: {os.cpu_count()} cores, python {sys.version.split()[0]}, "
          f"pymupdf {pymupdf.VersionBind}, pdfplumber {pdfplumber.__version__}, reps={args.reps} (medians)\n")
    print_startup(11)
    print("| set | pages | (a) saiken p/s | (b) pdfplumber p/s | (c) PyMuPDF dict p/s | a/b time | a/c time | peak RSS of (a) MB |")
    print("|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        base = row("corpus", corpus, args.reps)
        big = make_big_pdf(corpus, args.big_pages, t / "big.pdf")
        bigr = row(f"{args.big_pages}-page PDF", [big], max(1, args.reps - 1))
        print(f"\ntime per page, long PDF vs corpus: {bigr['spp'] / base['spp']:.2f}x")
        if not args.skip_batch:
            files = make_batch(corpus, args.batch, t / "batch")
            t1 = cli_time(t / "batch", t / "out1", 1)
            t2 = cli_time(t / "batch", t / "out2", 2)
            names = sorted(p.name for p in (t / "out1").glob("*.json"))
            same = all(filecmp.cmp(t / "out1" / n, t / "out2" / n, shallow=False) for n in names)
            pages = page_count(files)
            print(f"\nbatch of {len(files)} files ({pages} pages), `saiken extract`: --jobs 1 {t1:.1f} s, "
                  f"--jobs 2 {t2:.1f} s, speed-up {t1 / t2:.2f}x, outputs identical: {same} ({len(names)} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
