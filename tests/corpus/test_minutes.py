"""Golden-file tests of the minutes family (議事要旨・会議録) and of the unknown-kind case.

Each PDF is converted once with saiken.extract.pipeline.convert and scored with the official scorer's functions
(tests/_lib/support/score.py); the figures are printed (pytest -s) and the targets asserted.
"""
from __future__ import annotations

import re

import pytest

from support.cases import converted, stems_like
from support.score import score_facts, score_minutes

CASES = [*stems_like("minutes"), *stems_like("unknown_")]
MINUTES = [s for s in CASES if "minutes" in s]


def plain(text: object) -> str:
    """Text without white space, for comparisons that ignore line breaks and spacing."""
    return re.sub(r"\s+", "", str(text or ""))


@pytest.mark.parametrize("stem", CASES, ids=CASES)
def test_kind(stem: str) -> None:
    out, gold = converted(stem)
    assert out["document"]["kind"] == gold["document"]["kind"]


@pytest.mark.parametrize("stem", MINUTES, ids=MINUTES)
def test_facts_recall_and_precision(stem: str) -> None:
    out, gold = converted(stem)
    matched, n, correct, scored = score_facts(gold["facts"], out["facts"])
    print(f"\n{stem}: facts {matched}/{n} matched, {correct}/{scored} output facts correct")
    if n == 0:  # minutes without tables: nothing may be invented either
        assert scored == 0
        return
    assert matched / n >= 0.99
    assert scored and correct / scored >= 0.99


@pytest.mark.parametrize("stem", MINUTES, ids=MINUTES)
def test_minutes_score_and_fields(stem: str) -> None:
    out, gold = converted(stem)
    score, fields = score_minutes(gold["minutes"], out["minutes"])
    print(f"\n{stem}: minutes {score:.3f} {fields}")
    assert score == 1.0, fields
    om, gm = out["minutes"], gold["minutes"]
    for key in ("meeting_number", "date"):
        assert om[key] == gm[key], key
    assert plain(om["method"]) == plain(gm["method"]), "method"
    assert plain(om["title"]) == plain(gm["title"])
    assert [(a["role"], a["title"], plain(a["name"])) for a in om["attendees"]] == \
        [(a["role"], a["title"], plain(a["name"])) for a in gm["attendees"]]
    assert [plain(t) for t in om["agenda"]] == [plain(t) for t in gm["agenda"]]
    assert [plain(t) for t in om["materials"]] == [plain(t) for t in gm["materials"]]
    for k, (o, g) in enumerate(zip(om["statements"], gm["statements"])):
        where = f"statement {k} (p.{g['page']} {g['speaker']})"
        assert (o["speaker"], o["section"], o["page"]) == (g["speaker"], g["section"], g["page"]), where
        assert plain(o["text"]) == plain(g["text"]), where


@pytest.mark.parametrize("stem", MINUTES, ids=MINUTES)
def test_document_fields(stem: str) -> None:
    out, gold = converted(stem)
    for key in ("municipality", "date"):
        assert out["document"][key] == gold["document"][key], key
    assert plain(out["document"]["title"]) == plain(gold["document"]["title"])


@pytest.mark.parametrize("stem", ["minato_minutes_r6_2", "unknown_bousai_annai", "aoba_minutes_r7_1"])
def test_table_cell_by_cell(stem: str) -> None:
    """The gold table (a table continued over a page break, or a plain timetable) appears cell by cell."""
    out, gold = converted(stem)
    for gt in gold["tables"]:
        want = [[plain(c) for c in row] for row in gt["rows"]]
        found = [t for t in out["tables"] if [[plain(c) for c in row] for row in t["rows"]] == want]
        assert found, f"p.{gt['page']}: no output table equals the gold table"
        assert found[0]["page"] == gt["page"]
        assert (found[0]["pages"] or [found[0]["page"]]) == (gt["pages"] or [gt["page"]])


def test_unknown_has_no_family_records() -> None:
    out, _ = converted("unknown_bousai_annai")
    assert out["minutes"] is None and out["facts"] == [] and out["initiatives"] == []


def test_minutes_titled_so_are_read_as_minutes_whatever_family_their_tables_suggest() -> None:
    """稚内市 (dev58): 「令和7年度第2回稚内市債権管理対策会議 議事要旨」 with a 別表 of figures whose layout scores for the
    plan family: the title says minutes, so the minutes reader reads it (date, method, attendees, statements)."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    doc = convert(ROOT / "corpus/dev58/pdf/pg_wakkanai_minutes_1.pdf")
    assert doc.document.kind == "minutes" and doc.minutes is not None
    assert (str(doc.minutes.date), doc.minutes.method, doc.minutes.meeting_number) == ("2025-11-14", "書面開催", 2)


def test_a_role_and_title_printed_together_and_a_continuation_note() -> None:
    """豊見城市 (dev58): 「副委員長総務部長」 on its line under 出席者（委員８名、事務局３名） is a person, not a heading of a
    new list; 「（次頁に続く）」 under a table is no speaker."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    m = convert(ROOT / "corpus/dev58/pdf/ph_tomigusuku_minutes_1.pdf").minutes
    assert ("副委員長", "総務部長") in [(a.role, a.title) for a in m.attendees] and len(m.attendees) == 11
    assert not any("次頁" in (s.speaker or "") for s in m.statements)


def test_a_note_of_the_papers_under_an_agenda_item_is_no_item() -> None:
    """武雄市 (dev58): 「所管事務調査「市の債権管理の状況について」」 over 「（資料：総務常任委員会資料「…」）」: one agenda item."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    m = convert(ROOT / "corpus/dev58/pdf/ph_takeo_minutes_1.pdf").minutes
    assert m.agenda == ["所管事務調査「市の債権管理の状況について」"]


def test_the_secretariats_explanation_heading_opens_no_list_of_people() -> None:
    """大田市 (dev61): 「７　事務局からの説明の概要」 over paragraphs of figures is the discussion, not a list of attendees
    (事務局 in a heading names people only where it heads a list): the attendees are the 11 of 「３　委員等」."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    m = convert(ROOT / "corpus/dev61/pdf/pn_oda_minutes_1.pdf").minutes
    assert len(m.attendees) == 11 and m.attendees[-1].title == "税務課収納対策係長"
