"""What a template prints: `Slot`, one value with the description staff read when it is missing.

A Slot whose value is None is a gap: the draft shows 「（要入力）」 highlighted there and the command lists
`Slot.label`. Slots never hold guessed numbers: a value is either a figure from the dataset or None.
"""
from __future__ import annotations

from dataclasses import dataclass

#: The placeholder text staff search for in a draft.
PLACEHOLDER = "（要入力）"


@dataclass(frozen=True, slots=True)
class Slot:
    """One value for a template: a number (yen, percent, count), a text, or None when the dataset lacks it."""

    value: float | int | str | None
    label: str
    unit: str | None = None  # the fact's unit (yen, percent, persons…), None for texts

    @property
    def missing(self) -> bool:
        """True when the draft must show the placeholder instead of a value."""
        return self.value is None or (isinstance(self.value, str) and not self.value.strip())


@dataclass(frozen=True, slots=True)
class Gap:
    """A placeholder in a written draft: what is missing (`label`) and where (`part`: 本文, ヘッダー…)."""

    label: str
    part: str = "本文"

    def __str__(self) -> str:
        return self.label
