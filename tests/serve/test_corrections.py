"""Fact keys and the replay of the correction log (saiken.serve.corrections), without a server."""
from __future__ import annotations

from saiken.extract.records import Document, Fact, Source
from saiken.serve.corrections import apply, fact_keys, find_fact
from saiken.serve.store import Correction


def fact(raw: str, page: int = 1, bbox=(10.0, 20.0, 50.0, 30.0), value: float = 1.0) -> Fact:
    return Fact(metric="outstanding", value=value, unit="yen", raw=raw, page=page, bbox=bbox)


def doc(facts: list[Fact]) -> Document:
    return Document(source=Source(file="a.pdf", sha256="0" * 64, pages=2), facts=facts)


def edit(seq: int, key: str, value: float) -> Correction:
    return Correction(seq, "2025-01-01T00:00:00+09:00", "0" * 16, "0" * 64, 1, "edit", key, {}, {"value": value})


def test_keys_are_unique_and_independent_of_order() -> None:
    a, b, c = fact("1,000"), fact("1,000"), fact("2,000", bbox=None)
    keys = fact_keys([a, b, c])
    assert len(set(keys)) == 3 and keys[1].endswith("~1") and keys[2] == "1|2,000|#0"
    assert fact_keys([c, a])[1] == keys[0]


def test_a_key_finds_its_fact_after_a_new_conversion_moves_it_slightly() -> None:
    old = fact_keys([fact("95.44%", bbox=(100.0, 200.0, 130.0, 210.0))])[0]
    moved = [fact("95.44%", bbox=(300.0, 200.0, 330.0, 210.0)), fact("95.44%", bbox=(101.5, 201.0, 131.0, 211.0))]
    assert find_fact(fact_keys(moved), moved, old) == 1
    far = [fact("95.44%", bbox=(120.0, 200.0, 150.0, 210.0))]
    assert find_fact(fact_keys(far), far, old) is None


def test_replay_edit_delete_add_and_unmatched() -> None:
    d = doc([fact("1,000", value=1000), fact("2,000", bbox=(60.0, 20.0, 90.0, 30.0), value=2000)])
    k = fact_keys(d.facts)
    log = [edit(1, k[0], 1500),
           Correction(2, "t", "x", "s", 1, "delete", k[1], {}, {}),
           Correction(3, "t", "x", "s", 2, "add", None, {}, {"raw": "9", "value": 9, "unit": "count", "metric": "m",
                                                              "page": 2}),
           edit(4, "1|nothing|#0", 5)]
    out = apply(d, log)
    assert [f.value for f in out.doc.facts] == [1500, 9]
    assert out.sources == ["corrected", "added"] and out.keys[1] == "add:3"
    assert [c.seq for c in out.unmatched] == [4]
    assert d.facts[0].value == 1000  # the extraction itself is never changed
