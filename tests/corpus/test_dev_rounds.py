"""The whole pipeline on the development rounds (other cities' documents built blind, fixed against after their
first contact): facts recall and precision, 取組 items and kind, held at what they reach today.

First-contact figures of each round are in README.md (they were scored once, before any fix); these floors keep the
fixes made since from being lost. The frozen rounds are never tested here: they are for measurement only.
"""
from __future__ import annotations

import json
from functools import cache

import pytest

from saiken.extract.pipeline import convert
from support.cases import ROOT
from support.score import score_facts

FLOORS = {  # round: (facts recall, facts precision, documents whose kind is exact)
    "dev4": (0.99, 0.99, 5),
    "dev5": (0.99, 0.99, 5),
    "dev6": (0.97, 0.98, 8),
    "dev7": (0.98, 0.99, 8),
    "dev8": (0.96, 0.98, 8),
    "dev9": (0.97, 0.99, 8),
    "dev10": (0.96, 0.99, 10),
    "dev11": (0.95, 0.97, 9),
    "dev12": (0.96, 0.97, 9),
    "dev13": (0.94, 0.95, 6),
}


@cache
def scores(sub: str) -> tuple[int, int, int, int, int]:
    """(matched, gold facts, correct outputs, scored outputs, exact kinds) of a round."""
    base = ROOT / "corpus" / sub
    total = [0, 0, 0, 0, 0]
    for pdf in sorted((base / "pdf").glob("*.pdf")):
        gold = json.loads((base / "gold" / f"{pdf.stem}.json").read_text(encoding="utf-8"))
        out = convert(pdf).model_dump(mode="json")
        for i, v in enumerate(score_facts(gold["facts"], out["facts"])):
            total[i] += v
        total[4] += out["document"]["kind"] == gold["document"]["kind"]
    return tuple(total)  # type: ignore[return-value]


@pytest.mark.parametrize("sub", sorted(FLOORS))
def test_round_holds_its_floor(sub: str) -> None:
    matched, n, correct, scored, kinds = scores(sub)
    print(f"\n{sub}: recall {matched / n:.3f} ({matched}/{n}), precision {correct / scored:.3f}, kind {kinds}")
    floor_r, floor_p, floor_k = FLOORS[sub]
    assert matched / n >= floor_r and correct / scored >= floor_p and kinds >= floor_k
