"""The README runs as written (issue 12 item 1): every console block ("$ command" lines followed by what it
prints) is run in order in a scratch folder holding a copy of the corpus PDFs and meeting files, and the lines the
README shows must appear in the output, in that order ("…" stands for lines left out). Figures in the README are
so checked against the program, never typed: when a figure changes, this test names the line to update."""
from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.S | re.M)


def console_blocks(text: str) -> list[list[tuple[str, list[str]]]]:
    """Each fenced block with '$ ' lines: [(command, the lines shown after it)]."""
    blocks = []
    for m in FENCE.finditer(text):
        lines = m.group(1).splitlines()
        if not any(line.startswith("$ ") for line in lines):
            continue
        steps: list[tuple[str, list[str]]] = []
        for line in lines:
            if line.startswith("$ "):
                steps.append((line[2:].strip(), []))
            elif steps and line.strip():
                steps[-1][1].append(line.rstrip())
        blocks.append(steps)
    return blocks


def shown_in_order(shown: list[str], printed: list[str]) -> str | None:
    """None when every shown line (but '…') appears in `printed` in order; else the first line that does not."""
    pos = 0
    for line in shown:
        if line.strip() == "…":
            continue
        try:
            pos = printed.index(line, pos) + 1
        except ValueError:
            return line
    return None


def _command(cmd: str) -> list[str]:
    args = shlex.split(cmd)
    assert args[0] == "saiken", f"README console lines run saiken only: {cmd}"
    return [sys.executable, "-m", "saiken", *args[1:]]


def test_readme_has_console_blocks() -> None:
    steps = [s for b in console_blocks(README.read_text(encoding="utf-8")) for s in b]
    commands = [c.split()[1] for c, _ in steps]
    assert {"extract", "export", "audit", "debts", "draft"} <= set(commands)


def test_links_stay_inside_the_repo() -> None:
    text = README.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)]+)\)", text):
        if re.match(r"[a-z]+://", target) or target.startswith("#"):
            continue
        assert (ROOT / target.split("#")[0]).exists(), f"README links to a missing file: {target}"


def test_readme_console_blocks_run_as_written(tmp_path: Path) -> None:
    work = tmp_path / "scratch"
    (work / "corpus").mkdir(parents=True)
    for part in ("pdf", "meetings"):
        shutil.copytree(ROOT / "corpus" / part, work / "corpus" / part)
    problems = []
    for steps in console_blocks(README.read_text(encoding="utf-8")):
        for cmd, shown in steps:
            run = subprocess.run(_command(cmd), cwd=work, capture_output=True, text=True, timeout=600)
            printed = (run.stdout + run.stderr).splitlines()
            assert run.returncode == 0, f"$ {cmd}\nexit {run.returncode}\n{run.stderr[-2000:]}"
            missing = shown_in_order(shown, printed)
            if missing is not None:
                problems.append(f"$ {cmd}\n  README: {missing}\n  printed:\n    " + "\n    ".join(printed[:12]))
    assert not problems, "README lines that the commands no longer print:\n" + "\n".join(problems)
