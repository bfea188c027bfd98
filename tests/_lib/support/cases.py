"""Golden-file cases shared by the corpus tests: where each PDF and its gold live, and one conversion per session."""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from saiken.extract.pipeline import convert
from saiken.extract.records import Document

ROOT = Path(__file__).resolve().parents[3]
SETS = tuple(ROOT / "corpus" / sub for sub in (".", "second", "third", "blind"))


def locate(stem: str) -> tuple[Path, Path]:
    """(pdf, gold) of a corpus case, searched in the corpus, second and third sets."""
    for base in SETS:
        pdf = base / "pdf" / f"{stem}.pdf"
        if pdf.exists():
            return pdf, base / "gold" / f"{stem}.json"
    raise FileNotFoundError(f"{stem}.pdf is in none of {', '.join(str(b) for b in SETS)}")


def stems_like(pattern: str) -> list[str]:
    """Stems of every set's PDFs whose name contains `pattern`, sorted."""
    return sorted(p.stem for base in SETS for p in (base / "pdf").glob(f"*{pattern}*.pdf"))


@cache
def converted(stem: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(output, gold) as plain dicts for one case; each PDF is converted once per test session."""
    pdf, gold_path = locate(stem)
    out = convert(pdf).model_dump(mode="json")
    gold = Document.model_validate_json(gold_path.read_text(encoding="utf-8"))
    return out, gold.model_dump(mode="json")
