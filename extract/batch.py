"""Batch conversion behind `saiken extract`: inputs → OUT_DIR/<stem>.json, one process or several.

Each file is converted independently; a file that fails is reported with its reason and the rest are still
written. Outputs are written atomically (temporary file + rename) and are the same bytes whatever `jobs` is.
"""
from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from saiken.extract.errors import InputError, MissingFile
from saiken.extract.pipeline import convert

_UMASK = os.umask(0)
os.umask(_UMASK)


@dataclass(slots=True)
class Outcome:
    """What happened to one input: the output written, or the reason it failed."""

    source: Path
    output: Path | None = None
    error: str | None = None
    code: str | None = None
    warnings: int = 0
    kind: str | None = None


def collect_inputs(inputs: Iterable[Path]) -> list[Path]:
    """Files named directly plus every *.pdf under named folders (sorted); missing paths raise MissingFile."""
    out: list[Path] = []
    for p in inputs:
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() == ".pdf"))
        elif p.exists():
            out.append(p)
        else:
            raise MissingFile(p)
    return out


def to_json(doc_json: dict[str, object]) -> str:
    """The output file's text: UTF-8 JSON, Japanese unescaped, stable layout."""
    return json.dumps(doc_json, ensure_ascii=False, indent=1) + "\n"


def convert_one(path: Path, ocr: str = "auto") -> tuple[str | None, str | None, str | None, int, str | None]:
    """(json text, error message, error code, warning count, kind) for one file; never raises.
    `ocr`: auto (scanned pages only), always or never (extract/ocr.py)."""
    try:
        from saiken.extract.ocr import set_current

        set_current(path.name)
        doc = convert(path, ocr)
    except InputError as e:
        return None, str(e), e.code, 0, None
    except Exception as e:  # a bug in saiken must not stop the batch or show a traceback
        return None, f"{path.name}: 予期しないエラーで変換できませんでした（{type(e).__name__}: {e}）。" \
                     "このファイルを添えて担当者に連絡してください", "internal_error", 0, None
    return to_json(doc.model_dump(mode="json")), None, None, len(doc.warnings), doc.document.kind


def write_atomic(dest: Path, text: str) -> None:
    """Write `text` to `dest` through a temporary file in the same folder and a rename."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs get the usual permissions
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def output_names(files: list[Path], out_dir: Path) -> list[Path]:
    """OUT_DIR/<stem>.json per input; a stem met again gets -2, -3 … so no result overwrites another."""
    seen: dict[str, int] = {}
    names = []
    for f in files:
        n = seen.get(f.stem, 0) + 1
        seen[f.stem] = n
        names.append(out_dir / (f"{f.stem}.json" if n == 1 else f"{f.stem}-{n}.json"))
    return names


def run_batch(files: list[Path], out_dir: Path, jobs: int = 1,
              progress: Callable[[Outcome], None] | None = None, ocr: str = "auto") -> list[Outcome]:
    """Convert `files` into `out_dir` on `jobs` processes; returns one Outcome per file, in input order."""
    dests = output_names(files, out_dir)
    outcomes = [Outcome(source=f) for f in files]

    def finish(i: int, res: tuple[str | None, str | None, str | None, int, str | None]) -> None:
        text, err, code, nwarn, kind = res
        o = outcomes[i]
        o.error, o.code, o.warnings, o.kind = err, code, nwarn, kind
        if text is not None:
            try:
                write_atomic(dests[i], text)
                o.output = dests[i]
            except OSError as e:
                o.error, o.code = f"{dests[i]}: 書き込めませんでした（{e.strerror}）", "write_error"
        if progress:
            progress(o)

    if jobs <= 1 or len(files) <= 1:
        for i, f in enumerate(files):
            finish(i, convert_one(f, ocr))
        return outcomes
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(convert_one, f, ocr): i for i, f in enumerate(files)}
        for fut in as_completed(futures):
            finish(futures[fut], fut.result())
    return outcomes
