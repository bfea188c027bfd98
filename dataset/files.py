"""Files for a shared drive: what saiken writes gets the permissions any new file gets (0644 under umask 022),
not the 0600 of a temporary file renamed into place."""
from __future__ import annotations

import os
from pathlib import Path


def current_umask() -> int:
    """The process umask (read by setting and restoring it)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def normal_mode(path: str | Path) -> None:
    """Give `path` the mode a newly created file gets (0666 less the umask)."""
    os.chmod(path, 0o666 & ~current_umask())
