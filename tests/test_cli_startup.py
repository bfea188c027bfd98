"""Start-up: `saiken --help` and `saiken <cmd> --help` load no heavy library (issue 12 item 3)."""
from __future__ import annotations

import subprocess
import sys

HEAVY = ("pandas", "pymupdf", "fitz", "pdfplumber", "docxtpl", "docx", "pydantic", "rich", "openpyxl", "sudachipy",
         "extract", "generate", "dataset", "audit", "normalize")

PROBE = """
import sys
from saiken.main import main
for argv in ([], ["extract"], ["export"], ["audit"], ["draft", "plan"], ["draft", "minutes"], ["debts"], ["inspect"]):
    try:
        main([*argv, "--help"])
    except SystemExit:
        pass
print("LOADED", " ".join(sorted(m for m in sys.modules if m.split(".")[0] in HEAVY)))
"""


def test_help_imports_no_library() -> None:
    code = f"HEAVY = {HEAVY!r}\n{PROBE}"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = run.stdout.rsplit("LOADED", 1)[1].split()
    assert loaded == []


def test_layout_names_match_the_library() -> None:
    from saiken.generate.plan import LAYOUTS
    from saiken.cmd_draft import LAYOUT_NAMES

    assert sorted(LAYOUTS) == list(LAYOUT_NAMES)


def test_python_dash_m_reports_errors_in_one_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    run = subprocess.run([sys.executable, "-m", "saiken", "export", str(tmp_path)], capture_output=True, text=True)
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
