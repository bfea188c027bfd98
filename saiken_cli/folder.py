"""The folder of converted JSON that `saiken export`, `audit` and `debts` read, reported the same way by all three.

JSON files that `saiken extract` did not write (findings.json, package.json…) are skipped with one note; a
converted file that cannot be read gets its own line (exit code 1); a folder with no converted JSON at all is a
call error (exit code 2).
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from saiken.main import SaikenError

if TYPE_CHECKING:
    from saiken.dataset.store import FolderScan

#: How many foreign file names the note shows.
SHOWN = 3


def foreign_note(names: list[str]) -> str:
    """The one line for JSON files of other programs: 'saiken: 注意: …'."""
    shown = "、".join(names[:SHOWN]) + (f" ほか {len(names) - SHOWN} 件" if len(names) > SHOWN else "")
    return f"saiken: 注意: saiken extract の出力ではない JSON {len(names)} 件を読み飛ばしました（{shown}）"


def scan(out_dir: Path) -> FolderScan:
    """Scan OUT_DIR; raises SaikenError when it is missing."""
    from saiken.dataset.store import StoreInputError, scan_folder

    try:
        return scan_folder(out_dir)
    except StoreInputError as e:
        raise SaikenError(str(e)) from None


def report(out_dir: Path, found: FolderScan, usable: int) -> None:
    """Print the note and the failed files; raise SaikenError when nothing usable is left."""
    if found.foreign:
        print(foreign_note(found.foreign), file=sys.stderr)
    for line in found.failed:
        print(f"saiken: 読み飛ばし: {line}", file=sys.stderr)
    if not usable:
        raise SaikenError(f"{out_dir}: 変換済みのJSONがありません（先に saiken extract を実行してください）")
