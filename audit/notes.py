"""Notes printed in a document that explain an apparent mismatch (scope notes such as
「調定額、収入未済額及び収入率は個人市民税を…記載」 or 「還付未済額を差引いた値を収入済額として用いている」).

A finding whose facts sit on a page with such a note, or whose debt a note names, is lowered to `info` with
the note quoted. Notes about rounding (四捨五入, 表示単位未満) are not scope notes: the intervals handle them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from saiken.audit.corpus import AuditDoc
from saiken.audit.keys import norm_name
from saiken.extract.records import Fact

_PAREN = re.compile(r"[(（][^()（）\n]{6,200}[)）]")
_SENTENCE = re.compile(r"[^\n。]{4,300}。?")
_NOTE_MARK = re.compile(r"^\s*(?:[※＊*・]|注|<注意>|＜注意＞)|場合が?あ|記載")
_SCOPE = re.compile(r"を記載|のみ(?:を|の)|を含[むみめ]|含まない|を除[くき]|除いた|差し?引|還付未済|内訳|一部|分のみ|ベース|一致しない")
_METRIC_STEMS = {"assessed": ("調定",), "collected": ("収入済", "収納額", "収入額"), "written_off": ("不納欠損",),
                 "collection_rate": ("収入率", "収納率", "徴収率"), "outstanding": ("収入未済", "未収"),
                 "delinquents": ("滞納者", "滞納世帯")}
_ROUNDING = re.compile(r"四捨五入|単位未満|端数|切り?捨て")


@dataclass(frozen=True)
class Note:
    """A scope note: its text and page."""

    page: int
    text: str

    def applies_to(self, facts: list[Fact], debt: str | None) -> bool:
        """True when the note names a figure of the facts (調定額…) and is on their page or names their debt."""
        stems = {s for f in facts for s in _METRIC_STEMS.get(f.metric, ())}
        if not any(s in self.text for s in stems):
            return False
        if any(f.page == self.page for f in facts):
            return True
        names = {norm_name(debt)} | {norm_name(f.debt_raw) for f in facts} | {norm_name(f.debt) for f in facts}
        body = norm_name(self.text)
        return any(n and len(n) >= 2 and n in body for n in names)


def find_notes(doc: AuditDoc) -> list[Note]:
    """Scope notes of a document, page by page (rounding notes excluded)."""
    notes: list[Note] = []
    for page in doc.page_numbers():
        text = doc.page_text(page).replace("\n", "")
        found = [m.group(0) for m in _PAREN.finditer(text)]
        found += [m.group(0) for m in _SENTENCE.finditer(text) if _NOTE_MARK.search(m.group(0))]
        for t in found:
            t = t.strip()
            if _SCOPE.search(t) and not _ROUNDING.search(t) and all(t not in n.text for n in notes):
                notes.append(Note(page, t))
    return notes


def explaining_note(notes: list[Note], facts: list[Fact], debt: str | None) -> Note | None:
    """The first note that could explain a mismatch among these facts, or None."""
    for n in notes:
        if n.applies_to(facts, debt):
            return n
    return None
