"""`saiken.normalize.run`: fills debt and fiscal_year where None, warns once per unknown name, never touches raw fields."""
from __future__ import annotations

from saiken.extract.records import Document, Fact, Initiative, Source

from saiken import normalize


def _fact(debt_raw: str, year_raw: str | None, page: int = 1, **kw: object) -> Fact:
    return Fact(debt_raw=debt_raw, fiscal_year_raw=year_raw, metric="assessed", value=1, unit="yen", raw="1",
                page=page, **kw)  # type: ignore[arg-type]


def test_run_fills_and_warns() -> None:
    doc = Document(
        source=Source(file="x.pdf", sha256="0", pages=2),
        facts=[_fact("国民健康保険料(税)", "令和7年度"), _fact("謎の債権", "3年度", page=2), _fact("謎の債権", None, page=2),
               _fact("市税", "令和8年2月末", debt="市税(個人)", fiscal_year=2030)],
        initiatives=[Initiative(debt_raw="国保", text="口座振替の勧奨", page=1)],
    )
    out = normalize.run(doc)
    assert [(f.debt, f.fiscal_year) for f in out.facts] == [
        ("国民健康保険料", 2025), ("謎の債権", None), ("謎の債権", None), ("市税(個人)", 2030),
    ]
    assert [f.debt_raw for f in out.facts] == ["国民健康保険料(税)", "謎の債権", "謎の債権", "市税"]
    assert out.initiatives[0].debt == "国民健康保険料"
    codes = [(w.code, w.page) for w in out.warnings]
    assert codes == [("unknown_debt", 2), ("unparsed_year", 2)]
    assert "謎の債権" in out.warnings[0].message


def test_total_rows_are_not_debts() -> None:
    doc = Document(source=Source(file="x.pdf", sha256="0", pages=1),
                   facts=[_fact("合　計", "令和3年度"), _fact("24区合計", "令和2年度"), _fact("小計", "令和2年度")])
    out = normalize.run(doc)
    assert [f.debt for f in out.facts] == [None, None, None]
    assert [f.debt_raw for f in out.facts] == ["合　計", "24区合計", "小計"]
    assert not out.warnings
