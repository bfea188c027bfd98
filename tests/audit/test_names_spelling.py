"""Audit names (issue 12 item 7): kana/kanji spellings and first-character differences are compared; words a
space separates in print are never joined into a debt name."""
from __future__ import annotations

from saiken.audit.rules import names
from saiken.extract.records import Fact
from support.audit_docs import ctx, small_doc


def _found(pages: list[str], debts: tuple[str, ...] = ()) -> list[tuple[str, int | None, str | None, str | None]]:
    doc = small_doc(pages=pages)
    for n in debts:
        doc.doc.facts.append(Fact(debt_raw=n, metric="outstanding", value=1000, unit="yen", raw="1", page=1,
                                  fiscal_year=2021))
    return [(f.severity, f.page, f.printed, f.expected) for f in names.check(ctx(doc))]


def test_kana_and_kanji_spellings_of_one_word() -> None:
    pages = ["所管 子ども未来局 説明\n所管 子ども未来局 説明", "所管 こども未来局 説明"]
    assert _found(pages) == [("warning", 2, "こども未来局", "子ども未来局")]
    assert names.spelling_key("子供家庭支援課") == names.spelling_key("こども家庭支援課") == "子ども家庭支援課"


def test_names_read_with_their_kana_word() -> None:
    assert names.org_names("所管 こども家庭支援課 説明") == {"こども家庭支援課": 1}


def test_first_character_differs() -> None:
    pages = ["所管 健康福祉局 説明\n健康福祉局", "所管 建康福祉局 説明"]
    assert _found(pages) == [("warning", 2, "建康福祉局", "健康福祉局")]


def test_first_character_glued_on_a_known_name_is_not_a_variant() -> None:
    pages = ["所管 滞納対策課 説明\n係滞納対策課", "対滞納対策課"]
    assert _found(pages) == []


def test_words_separated_by_a_space_are_not_one_debt_name() -> None:
    pages = ["介護保険料 1,000 千円", "所管課 各区高齢介護課 保険料担当"]
    assert _found(pages, ("介護保険料",)) == []
    glued = ["介護保険料 1,000 千円", "所管課 各区高齢介護課保険料担当"]
    assert _found(glued, ("介護保険料",)) == [("warning", 2, "介護課保険料", "介護保険料")]
