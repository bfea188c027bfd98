"""The one exception the normalizers raise on unreadable or ambiguous input."""
from __future__ import annotations

__all__ = ["NormalizeError"]


class NormalizeError(ValueError):
    """Text that holds no readable value, or a value that cannot be right (令和0年, 平成32年, 13月).

    The message is Japanese, quotes the text, and is fit to show to office staff or to put in a DocWarning.
    """
