"""Score `saiken extract` on every corpus set against its gold, with the official scorer's rules.

    python corpus/evaluate.py            # all sets: corpus/pdf, corpus/{second,third,blind,dev4…}/pdf and the
                                         # frozen sets corpus/{frozen,holdout,frozen2…}/pdf (every numbered folder)
    python corpus/evaluate.py --shared   # the same with the family parsers off (the shared layer alone)
    python corpus/evaluate.py --audit    # also: planted errors (corpus/planted, planted2) through `saiken audit`

Uses ../shared/tools/score.py when it is beside the repository, else the copy in tests/_lib/support/score.py.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
def _numbered(prefix: str) -> list[str]:
    """The corpus folders named prefix + a number (dev4, dev5 … dev67), in number order."""
    found = [d.name for d in (ROOT / "corpus").glob(f"{prefix}[0-9]*") if (d / "gold").is_dir()]
    return sorted(found, key=lambda n: int(re.sub(r"\D", "", n)))


#: Development sets (fixed against after their first contact), frozen18 (opened after its first contact), then the
#: frozen sets, never fixed against: every folder with a gold/ beside its pdf/, found as the helpers add rounds.
SETS = {name: ROOT / "corpus" / sub for name, sub in
        [("corpus", "."), ("second", "second"), ("third", "third"), ("blind", "blind"),
         *((d, d) for d in _numbered("dev")), ("frozen18", "frozen18"),
         ("frozen", "frozen"), ("holdout", "holdout"),
         *((f, f) for f in _numbered("frozen") if f != "frozen18")]}


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
