"""Shared helpers for the corpus build scripts: LibreOffice conversion to PDF.

Build scripts make .xlsx (openpyxl) and .docx (python-docx) the way city offices do, then call `to_pdf`.
Each caller passes its own `profile` name so that several conversions can run at once.
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

BUILD_OUT = Path(__file__).resolve().parent / "out"


def soffice() -> str:
    """The LibreOffice executable; raises RuntimeError with the install hint when it is missing."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise RuntimeError("LibreOffice がありません: apt-get install libreoffice-calc libreoffice-writer "
                           "fonts-ipaexfont fonts-noto-cjk")
    return exe


def to_pdf(src: Path, dest: Path, profile: str) -> Path:
    """Convert an office file to PDF at `dest` (atomically) with LibreOffice headless; returns `dest`."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [soffice(), f"-env:UserInstallation=file:///tmp/lo_{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        out = Path(tmp) / (src.stem + ".pdf")
        if not out.exists():
            raise RuntimeError(f"{src}: LibreOffice が PDF を出力しませんでした")
        dest.parent.mkdir(parents=True, exist_ok=True)
        part = dest.with_suffix(".pdf.part")
        shutil.copyfile(out, part)
        part.replace(dest)
    return dest
