"""The documents an audit reads: OUT_DIR/*.json converted by `saiken extract`, validated as Documents."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


from saiken.dataset.store import load_folder
from saiken.extract.records import Document, Fact, Table


class AuditInputError(Exception):
    """A problem in the call: the folder is missing or holds no converted documents."""


@dataclass
class AuditDoc:
    """One converted document and the name findings use for it (the JSON file name)."""

    name: str
    doc: Document
    _page_text: dict[int, str] = field(default_factory=dict, repr=False)
    _from_tables: set[int] = field(default_factory=set, repr=False)

    @property
    def municipality(self) -> str | None:
        return self.doc.document.municipality

    def page_text(self, page: int) -> str:
        """The text of one page: PageText when present, else the page's table cells joined ('' if none)."""
        if not self._page_text:
            self._page_text = {p.page: p.text for p in self.doc.pages}
            for t in self.doc.tables:
                if t.page not in self._page_text or t.page in self._from_tables:
                    self._from_tables.add(t.page)
                    cells = "\n".join(" ".join(r) for r in t.rows)
                    self._page_text[t.page] = (self._page_text.get(t.page, "") + "\n" + cells).strip()
        return self._page_text.get(page, "")

    def page_numbers(self) -> list[int]:
        """Every page that has text or tables, in order."""
        self.page_text(1)
        return sorted(self._page_text)

    def table_of(self, fact: Fact) -> Table | None:
        """The table a fact came from, or None."""
        if fact.table is None or not 0 <= fact.table < len(self.doc.tables):
            return None
        return self.doc.tables[fact.table]


def load_documents(out_dir: Path) -> tuple[list[AuditDoc], list[str]]:
    """The valid Documents in a folder (sorted by name) and one Japanese line per file skipped."""
    if not out_dir.is_dir():
        raise AuditInputError(f"{out_dir}: フォルダが見つかりません")
    docs, skipped = load_folder(out_dir)
    return [AuditDoc(path.name, doc) for path, doc in docs], skipped
