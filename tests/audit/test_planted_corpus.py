"""End to end on real extraction output: the planted-error corpus (corpus/planted/build.py) is built, extracted
and audited; every planted error must be found, and no `error` finding may fall outside the gold lists, on the
planted copies and on the clean corpus. Matching is score.py's: a gold entry is found by a finding of its kind
on its page or one of its `other` places.
"""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from saiken.audit.corpus import load_documents
from saiken.audit.runner import audit_documents
from saiken.extract.records import Finding

ROOT = Path(__file__).resolve().parents[2]


def _load_build() -> ModuleType:
    """corpus/planted/build.py (test data tooling, not an installed package)."""
    spec = importlib.util.spec_from_file_location("planted_build", ROOT / "corpus" / "planted" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


planted_build = _load_build()


def _extract(pdfs: list[Path], out: Path) -> list[Finding]:
    """Convert the PDFs into OUT with `saiken extract` (a subprocess: tests/ on sys.path would shadow the
    `normalize` package in this process), then audit OUT."""
    run = subprocess.run([sys.executable, "-m", "saiken.main", "extract", *map(str, pdfs), "-o", str(out)],
                         cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    docs, skipped = load_documents(out)
    assert not skipped
    return audit_documents(docs)


def _score(gold_dir: Path, findings: list[Finding]) -> tuple[list[str], list[Finding]]:
    """(gold entries missed, error findings matching no gold entry), as score.py counts them."""
    gold = [(p.name[: -len(".audit.json")], e) for p in sorted(gold_dir.glob("*.audit.json"))
            for e in json.loads(p.read_text(encoding="utf-8"))]
    used: set[int] = set()
    missed = []
    for stem, e in gold:
        places = {(stem, e["page"])} | {(o["document"], o["page"]) for o in e.get("other", [])}
        hits = {i for i, f in enumerate(findings) if f.rule == e["kind"] and (Path(f.document).stem, f.page) in places}
        used |= hits
        if not hits:
            missed.append(f"{stem} p.{e['page']} {e['kind']}: {e['detail']}")
    unmatched = [f for i, f in enumerate(findings) if i not in used and f.severity == "error"]
    return missed, unmatched


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Finding]]:
    """The planted corpus built into a temporary folder, extracted and audited."""
    root = tmp_path_factory.mktemp("planted")
    planted_build.build(root)
    return root / "gold", _extract(sorted((root / "pdf").glob("*.pdf")), root / "out")


def test_plants_cover_every_rule_twice() -> None:
    kinds = [p.kind for p in planted_build.PLANTS]
    from saiken.audit.rules import ALL
    assert {r.RULE for r in ALL} <= set(kinds)
    assert all(kinds.count(k) >= 2 for k in set(kinds))


def test_every_planted_error_is_found(planted: tuple[Path, list[Finding]]) -> None:
    gold_dir, findings = planted
    missed, _ = _score(gold_dir, findings)
    assert missed == []


def test_no_unmatched_error_on_planted_copies(planted: tuple[Path, list[Finding]]) -> None:
    gold_dir, findings = planted
    _, unmatched = _score(gold_dir, findings)
    assert [(f.document, f.page, f.rule, f.message) for f in unmatched] == []


def test_no_unmatched_error_on_clean_corpus(tmp_path: Path) -> None:
    pdfs = sorted((ROOT / "corpus" / "pdf").glob("*.pdf"))
    if not pdfs:
        pytest.skip("corpus/pdf is empty")
    findings = _extract(pdfs, tmp_path / "out")
    missed, unmatched = _score(ROOT / "corpus" / "gold", findings)
    assert missed == []
    assert [(f.document, f.page, f.rule, f.message) for f in unmatched] == []
