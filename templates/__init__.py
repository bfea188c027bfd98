"""The Word templates of `saiken draft`, shipped as package data (saiken.templates) and read with importlib.resources.

The .docx files are what staff edit in Word; build_templates.py recreates them from scratch. Users keep their own
copies in a folder of their choice and name it with `saiken draft … --templates DIR` (same file names), or name one
file with `-t FILE`.
"""
from __future__ import annotations

import shutil
import tempfile
from importlib import resources
from pathlib import Path

#: The template files, by use.
NAMES = ("plan_suishin.docx", "plan_kobetsu.docx", "minutes.docx")


class TemplateMissing(FileNotFoundError):
    """The user's template folder lacks the file a draft needs."""


def template_path(name: str, folder: str | Path | None = None) -> Path:
    """The template file `name`: from `folder` (the user's templates) when given, else the packaged one."""
    if folder is not None:
        path = Path(folder) / name
        if not path.is_file():
            raise TemplateMissing(f"{path}: テンプレートがありません（--templates のフォルダに {name} を置いてください）")
        return path
    res = resources.files(__name__).joinpath(name)
    if isinstance(res, Path):
        return res
    # installed inside a zip archive: a copy on disk for python-docx (made once per process)
    out = Path(tempfile.mkdtemp(prefix="saiken-templates-")) / name
    with res.open("rb") as src, out.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    return out

