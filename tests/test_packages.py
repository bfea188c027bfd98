"""Test folders named like the packages (tests/audit, tests/normalize …) must never shadow the real packages."""


def test_packages_are_the_installed_ones() -> None:
    import audit
    import dataset
    import generate
    import normalize

    for m in (audit, normalize, dataset, generate):
        assert "/tests/" not in (m.__file__ or ""), m.__file__
