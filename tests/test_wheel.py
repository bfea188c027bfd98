"""A real install (issue 12 item 2): the wheel, installed in a fresh venv beside the PyPI packages `dataset` and
`normalize`, converts, exports, audits and drafts from a folder outside the repo whose path has Japanese characters
and a space, with the debt dictionary and the Word templates it carries as package data.

The venv sees the machine's site-packages (--system-site-packages) so the heavy dependencies are not downloaded
again, but saiken itself must come from the wheel: `saiken.__file__` is checked to be inside the venv. The wheel is
built from a copy of the files pyproject.toml names, so the build never writes into the repo. About a minute; skip
it with `-m "not wheel"`. When PyPI cannot be reached for `dataset`/`normalize`, stub top-level packages of those
names stand in for them (the point is that saiken installs no module of either name).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "corpus" / "pdf" / "shizuoka_committee_r8_1.pdf"
MEETING = ROOT / "corpus" / "meetings" / "saitama_029.yaml"
TIMEOUT = 900

pytestmark = pytest.mark.wheel


def _run(cmd: list[str], cwd: Path, env: dict[str, str], timeout: int = TIMEOUT) -> subprocess.CompletedProcess[str]:
    run = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8", timeout=timeout)
    assert run.returncode == 0, f"$ {' '.join(cmd)}\nexit {run.returncode}\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}"
    return run


def _source_copy(dest: Path) -> Path:
    """pyproject.toml, README.md and the folders its package-dir maps, without caches: what the wheel is built from."""
    cfg = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    dest.mkdir(parents=True)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, dest / name)
    for folder in sorted(set(cfg["tool"]["setuptools"]["package-dir"].values())):
        shutil.copytree(ROOT / folder, dest / folder,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build"))
    return dest


def _bin(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin") / (name + (".exe" if os.name == "nt" else ""))


def _stub(site: Path, name: str) -> None:
    pkg = site / name
    pkg.mkdir()
    (pkg / "__init__.py").write_text(f'"""Stand-in for the PyPI package {name}."""\nSTUB = "{name}"\n', encoding="utf-8")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    base = tmp_path_factory.mktemp("wheel") / "債権 資料"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "SAIKEN_DEBTS", "PYTHONHOME")}
    env["PYTHONIOENCODING"] = "utf-8"
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    src = _source_copy(base / "src")
    dist = base / "dist"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(src)], base, env)
    wheel = next(dist.glob("saiken-*.whl"))

    venv = base / "venv"
    _run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], base, env)
    py = _bin(venv, "python")
    # saiken from the wheel into the venv even if the machine has it installed (an editable install of the repo);
    # the second call resolves the wheel's dependencies (satisfied by the machine's packages, or installed).
    _run([str(py), "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", str(wheel)], base, env)
    _run([str(py), "-m", "pip", "install", "-q", str(wheel)], base, env)
    site = Path(_run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], base, env)
                .stdout.strip())
    stubs = []
    for name in ("dataset", "normalize"):
        got = subprocess.run([str(py), "-m", "pip", "install", "-q", name], cwd=base, env=env, capture_output=True,
                             text=True, timeout=TIMEOUT)
        if got.returncode != 0:
            _stub(site, name)
            stubs.append(name)
    env["PATH"] = str(_bin(venv, "python").parent) + os.pathsep + env.get("PATH", "")
    env.pop("VIRTUAL_ENV", None)
    work = base / "作業 フォルダ"
    work.mkdir()
    return {"wheel": wheel, "venv": venv, "py": py, "site": site, "env": env, "work": work, "stubs": stubs}


def test_wheel_holds_only_saiken_and_its_data(installed: dict[str, object]) -> None:
    names = zipfile.ZipFile(installed["wheel"]).namelist()  # type: ignore[arg-type]
    tops = {n.split("/")[0] for n in names}
    assert tops == {"saiken", next(t for t in tops if t.endswith(".dist-info"))}, tops
    for data in ("saiken/normalize/debts.yaml", "saiken/extract/lexicon.yaml", "saiken/templates/minutes.docx",
                 "saiken/templates/plan_suishin.docx", "saiken/templates/plan_kobetsu.docx",
                 "saiken/serve/templates/base.html", "saiken/serve/static/app.js", "saiken/__main__.py",
                 "saiken/extract/families/__init__.py", "saiken/audit/rules/__init__.py"):
        assert data in names, data


def test_saiken_and_the_pypi_packages_side_by_side(installed: dict[str, object]) -> None:
    venv, work, env = installed["venv"], installed["work"], installed["env"]
    code = ("import json, dataset, normalize, saiken, saiken.normalize.wareki as w, saiken.dataset.store;"
            "print(json.dumps({'saiken': saiken.__file__, 'dataset': dataset.__file__,"
            " 'normalize': normalize.__file__, 'year': w.fiscal_year('令和7年度'),"
            " 'connect': hasattr(dataset, 'connect') or hasattr(dataset, 'STUB')}))")
    got = json.loads(_run([str(installed["py"]), "-c", code], work, env).stdout)  # type: ignore[arg-type]
    inside = str(Path(venv).resolve())  # type: ignore[arg-type]
    assert str(Path(got["saiken"]).resolve()).startswith(inside), got["saiken"]
    for name in ("dataset", "normalize"):
        path = Path(got[name]).resolve()
        assert str(path).startswith(inside) and "saiken" not in path.parts, (name, got[name])
    assert got["year"] == 2025 and got["connect"]


def test_commands_outside_the_repo(installed: dict[str, object]) -> None:
    work: Path = installed["work"]  # type: ignore[assignment]
    env: dict[str, str] = installed["env"]  # type: ignore[assignment]
    saiken = str(_bin(installed["venv"], "saiken"))  # type: ignore[arg-type]
    shutil.copy(PDF, work / "委員会 資料.pdf")
    shutil.copy(MEETING, work / "会議 記録.yaml")
    out = work / "出力 先"

    run = _run([saiken, "extract", "委員会 資料.pdf", "-o", "出力 先", "-q"], work, env)
    assert "変換 1 件、失敗 0 件" in run.stdout + run.stderr
    doc = json.loads((out / "委員会 資料.json").read_text(encoding="utf-8"))
    assert doc["facts"] and doc["document"]["municipality"] == "静岡市"
    assert any(f.get("debt") == "国民健康保険料" for f in doc["facts"])  # the packaged dictionary was read

    _run([saiken, "export", "出力 先", "--xlsx", "出力 先/一覧 表.xlsx"], work, env)
    assert (out / "saiken.sqlite").stat().st_size > 0 and (out / "一覧 表.xlsx").is_file()
    _run([saiken, "audit", "出力 先", "-o", "出力 先/監査 結果.json", "--html", "出力 先/監査 結果.html"], work, env)
    assert isinstance(json.loads((out / "監査 結果.json").read_text(encoding="utf-8")), (list, dict))
    assert (out / "監査 結果.html").is_file()
    run = _run([saiken, "draft", "plan", "出力 先/saiken.sqlite", "-m", "静岡市", "-o", "取組 方針.docx"], work, env)
    assert "下書きを書きました" in run.stdout and zipfile.is_zipfile(work / "取組 方針.docx")
    run = _run([saiken, "draft", "minutes", "会議 記録.yaml", "-o", "議事 要旨.docx"], work, env)
    assert "要入力 0 か所" in run.stdout and zipfile.is_zipfile(work / "議事 要旨.docx")

    # the user's own dictionary and templates, named by option
    mine = work / "自分の 辞書.yaml"
    mine.write_text("debts:\n  - name: 市税\n    class: 強制徴収公債権\n", encoding="utf-8")
    _run([saiken, "extract", "委員会 資料.pdf", "-o", "辞書 別", "-q", "--debts", str(mine), "-j", "2"], work, env)
    doc = json.loads((work / "辞書 別" / "委員会 資料.json").read_text(encoding="utf-8"))
    assert not any(f.get("debt") == "国民健康保険料" for f in doc["facts"])
    assert any(w.get("code") == "unknown_debt" and "国民健康保険料" in json.dumps(w, ensure_ascii=False)
               for w in doc["warnings"])
    tpl = work / "自分の テンプレート"
    tpl.mkdir()
    shutil.copy(ROOT / "templates" / "minutes.docx", tpl / "minutes.docx")
    _run([saiken, "draft", "minutes", "会議 記録.yaml", "-o", "議事 要旨2.docx", "--templates", str(tpl)], work, env)
    assert zipfile.is_zipfile(work / "議事 要旨2.docx")
    run = _run([str(installed["py"]), "-m", "saiken", "--help"], work, env)  # type: ignore[list-item]
    assert "extract" in run.stdout
