"""One import name, `saiken` (issue 12 item 2): the repo's folders are mapped by pyproject's package-dir, test
folders named like them (tests/audit, tests/normalize …) never shadow them, and every folder with an __init__.py
is listed in pyproject's packages (else it would be missing from the wheel)."""
from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _setuptools() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_packages_are_the_installed_ones() -> None:
    from saiken import audit, dataset, generate, normalize

    for m in (audit, normalize, dataset, generate):
        assert "/tests/" not in (m.__file__ or ""), m.__file__
        assert m.__name__.startswith("saiken."), m.__name__


def test_every_package_folder_is_in_the_wheel() -> None:
    cfg = _setuptools()
    listed = set(cfg["packages"])
    for name, folder in cfg["package-dir"].items():
        for init in sorted((ROOT / folder).rglob("__init__.py")):
            rel = init.parent.relative_to(ROOT / folder).parts
            assert ".".join((name, *rel)) in listed, f"{init.parent}: add it to [tool.setuptools] packages"


def test_package_data_is_read_from_the_package() -> None:
    from saiken.normalize.debts import DEFAULT_PATH, load_dictionary
    from saiken.templates import NAMES, template_path

    assert DEFAULT_PATH.is_file() and load_dictionary().entries
    for name in NAMES:
        assert template_path(name).is_file()
