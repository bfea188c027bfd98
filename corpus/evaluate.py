"""Score `saiken extract` on every corpus set against its gold, with the official scorer's rules.

    python corpus/evaluate.py            # all sets: corpus/pdf, corpus/{second,third,blind,dev4…dev54}/pdf and the
                                         # frozen sets corpus/{frozen,holdout,frozen2…frozen37}/pdf
    python corpus/evaluate.py --shared   # the same with the family parsers off (the shared layer alone)
    python corpus/evaluate.py --audit    # also: planted errors (corpus/planted, planted2) through `saiken audit`

Uses ../shared/tools/score.py when it is beside the repository, else the copy in tests/_lib/support/score.py.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = {name: ROOT / "corpus" / sub for name, sub in
        (("corpus", "."), ("second", "second"), ("third", "third"), ("blind", "blind"),
         ("dev4", "dev4"), ("dev5", "dev5"), ("dev6", "dev6"), ("dev7", "dev7"), ("dev8", "dev8"), ("dev9", "dev9"),
         ("dev10", "dev10"), ("dev11", "dev11"), ("dev12", "dev12"), ("dev13", "dev13"),
         ("dev14", "dev14"), ("dev15", "dev15"), ("dev16", "dev16"),
         ("dev17", "dev17"), ("dev18", "dev18"), ("dev19", "dev19"),
         ("dev20", "dev20"), ("dev21", "dev21"), ("dev22", "dev22"),
         ("dev23", "dev23"), ("dev24", "dev24"), ("dev25", "dev25"),
         ("dev26", "dev26"), ("dev27", "dev27"), ("dev28", "dev28"),
         ("dev29", "dev29"), ("dev30", "dev30"), ("dev31", "dev31"), ("dev32", "dev32"), ("dev33", "dev33"), ("dev34", "dev34"), ("dev35", "dev35"), ("dev36", "dev36"), ("dev37", "dev37"), ("dev38", "dev38"), ("dev39", "dev39"), ("dev40", "dev40"), ("dev41", "dev41"), ("dev42", "dev42"), ("dev43", "dev43"), ("dev44", "dev44"), ("dev45", "dev45"), ("dev46", "dev46"), ("dev47", "dev47"), ("dev48", "dev48"), ("dev49", "dev49"), ("dev50", "dev50"), ("dev51", "dev51"), ("dev52", "dev52"), ("dev53", "dev53"), ("dev54", "dev54"),  # fixed against after first contact
         ("frozen18", "frozen18"),  # frozen until 2026-12-05, opened after its first contact: fixed against since
         ("frozen", "frozen"), ("holdout", "holdout"), ("frozen2", "frozen2"), ("frozen3", "frozen3"),
         ("frozen4", "frozen4"), ("frozen5", "frozen5"), ("frozen6", "frozen6"),
         ("frozen7", "frozen7"), ("frozen8", "frozen8"),
         ("frozen9", "frozen9"), ("frozen10", "frozen10"),
         ("frozen11", "frozen11"), ("frozen12", "frozen12"),
         ("frozen13", "frozen13"), ("frozen14", "frozen14"), ("frozen15", "frozen15"),
         ("frozen16", "frozen16"), ("frozen17", "frozen17"),
         ("frozen19", "frozen19"), ("frozen20", "frozen20"), ("frozen21", "frozen21"),
         ("frozen22", "frozen22"), ("frozen23", "frozen23"), ("frozen24", "frozen24"), ("frozen25", "frozen25"), ("frozen26", "frozen26"), ("frozen27", "frozen27"), ("frozen28", "frozen28"), ("frozen29", "frozen29"), ("frozen30", "frozen30"), ("frozen31", "frozen31"), ("frozen32", "frozen32"), ("frozen33", "frozen33"), ("frozen34", "frozen34"), ("frozen35", "frozen35"), ("frozen36", "frozen36"), ("frozen37", "frozen37"))}  # never fixed against


def scorer() -> Path:
    """The official scorer if the shared folder is beside the repository, else our copy of it."""
    shared = ROOT.parent / "shared" / "tools" / "score.py"
    return shared if shared.exists() else ROOT / "tests" / "_lib" / "support" / "score.py"


def run(cmd: list[str]) -> str:
    """Run a command, returning its stdout; a failure stops with its stderr."""
    res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if res.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)}: {res.stderr.strip()}")
    return res.stdout


def main() -> int:
    """Extract and score every set; print the scorer's table for each."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--audit", action="store_true", help="planted-error set through saiken audit too")
    ap.add_argument("--shared", action="store_true", help="family parsers off: the shared layer alone")
    ap.add_argument("--sets", nargs="*", help="only these sets (names as in SETS)")
    args = ap.parse_args()
    if args.shared:
        return _shared(args.sets)
    cli = [sys.executable, "-m", "saiken.main"]
    with tempfile.TemporaryDirectory() as tmp:
        for name, base in SETS.items():
            if args.sets and name not in args.sets or not (base / "pdf").is_dir():
                continue
            out = Path(tmp) / name
            run([*cli, "extract", str(base / "pdf"), "-o", str(out), "-q"])
            print(f"## {name} ({base.relative_to(ROOT)}/pdf)")
            print(run([sys.executable, str(scorer()), str(base / "gold"), str(out)]))
        for name in ("planted", "planted2") if args.audit else ():
            planted = ROOT / "corpus" / name
            out = Path(tmp) / name
            run([*cli, "extract", str(planted / "pdf"), "-o", str(out), "-q"])
            run([*cli, "audit", str(out), "-o", str(out / "findings.json")])
            print(f"## planted errors (corpus/{name})")
            print(run([sys.executable, str(scorer()), "--audit", str(planted / "gold"), str(out / "findings.json")])
                  .splitlines()[-1])
    return 0


def _shared(names: list[str] | None) -> int:
    """Convert every set in-process with the family parsers off and score it (the shared layer alone)."""
    sys.path.insert(0, str(ROOT))
    from saiken.extract.pipeline import convert
    with tempfile.TemporaryDirectory() as tmp:
        for name, base in SETS.items():
            if names and name not in names or not (base / "pdf").is_dir():
                continue
            out = Path(tmp) / name
            out.mkdir()
            for pdf in sorted((base / "pdf").glob("*.pdf")):
                doc = convert(pdf, families=False)
                (out / f"{pdf.stem}.json").write_text(doc.model_dump_json(), encoding="utf-8")
            print(f"## {name} ({base.relative_to(ROOT)}/pdf, shared layer alone)")
            print(run([sys.executable, str(scorer()), str(base / "gold"), str(out)]).splitlines()[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
