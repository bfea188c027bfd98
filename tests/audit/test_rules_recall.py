"""Rules added for the blind planted set: a 計 read from its segments, per-account totals against their debts,
「目標のN%」, whole-scope sentence figures against table totals, names broken by a line, and 税/料 spellings."""
from __future__ import annotations

from saiken.audit.rules import claims, cross_doc, identity, names
from saiken.extract.records import Fact, Table

from support.audit_docs import ctx, small_doc


def _fact(metric: str, segment: str, raw: str, *, debt: str | None = "介護保険料", table: int | None = 0,
          year: int = 2021, page: int = 3, debt_raw: str | None = None) -> Fact:
    value = int(raw.replace(",", "")) * 1000
    return Fact(debt=debt, debt_raw=debt_raw or debt, fiscal_year=year, segment=segment, metric=metric,
                basis="actual", value=value, unit="yen", raw=raw, page=page, table=table)


def _found(findings, rule: str) -> list[tuple[int | None, str]]:  # type: ignore[no-untyped-def]
    return [(f.page, f.severity) for f in findings if f.rule == rule]


def test_identity_total_from_current_and_arrears_columns() -> None:
    def doc(outstanding: str):  # type: ignore[no-untyped-def]
        d = small_doc()
        d.doc.facts = [_fact("assessed", "current", "6,216,280"), _fact("collected", "current", "6,129,252"),
                       _fact("assessed", "arrears", "167,920"), _fact("collected", "arrears", "37,446"),
                       _fact("written_off", "total", "27,751"), _fact("outstanding", "total", outstanding)]
        return d
    assert identity.check(ctx(doc("189,751"))) == []
    assert _found(identity.check(ctx(doc("189,571"))), identity.RULE) == [(3, "error")]


def test_identity_write_off_printed_only_under_arrears() -> None:
    def doc(outstanding: str):  # type: ignore[no-untyped-def]
        d = small_doc()
        d.doc.facts = [_fact("assessed", "current", "82,004,511"), _fact("written_off", "arrears", "170,455"),
                       _fact("assessed", "total", "84,114,967"), _fact("collected", "total", "81,691,327"),
                       _fact("outstanding", "total", outstanding)]
        return d
    assert identity.check(ctx(doc("2,253,185"))) == []
    assert _found(identity.check(ctx(doc("2,235,185"))), identity.RULE) == [(3, "warning")]


def _account_doc(kouki: str) -> object:
    summary = Table(page=2, bbox=(0, 0, 1, 1), rows=[["会計", "令和4年度"], ["一般会計", "5,036"],
                                                      ["後期高齢者医療会計", "241"], ["合計", "5,277"]])
    breakdown = Table(page=3, bbox=(0, 0, 1, 1), rows=[
        ["会計名称", "債権名", "収入未済額"], ["一般会計", "特別区民税", "4,000"], ["", "保育料", "1,036"],
        ["後期高齢者医療会計", "後期高齢者医療保険料", kouki], ["合計", "", "5,277"]])
    d = small_doc(tables=[summary, breakdown])
    d.doc.facts = [_fact("outstanding", "total", "5,036", debt="一般会計", page=2),
                   _fact("outstanding", "total", "241", debt="後期高齢者医療会計", page=2),
                   _fact("outstanding", "total", "5,277", debt=None, debt_raw="合計", page=2),
                   _fact("outstanding", "total", "4,000", debt="特別区民税", table=1),
                   _fact("outstanding", "total", "1,036", debt="保育料", table=1),
                   _fact("outstanding", "total", kouki, debt="後期高齢者医療保険料", table=1),
                   _fact("outstanding", "total", "5,277", debt=None, debt_raw="合計", table=1)]
    return d


def test_account_total_against_its_debts_in_the_breakdown() -> None:
    assert _found(cross_doc.check(ctx(_account_doc("241"))), cross_doc.RULE) == []
    found = cross_doc.check(ctx(_account_doc("214")))
    assert [(f.page, f.severity, f.other) for f in found if "内訳表" in f.message] == \
        [(2, "error", [{"document": "t", "page": 3}])]


def test_share_of_target_in_a_sentence() -> None:
    page = "ア 差押件数の目標を12,000件とする。\nア 差押件数は2月末で10,418件(前年同期9,877件)となり、目標の{}%に達している。"
    assert _found(claims.check(ctx(small_doc(pages=[page.format(87)]))), claims.RULE) == []
    assert _found(claims.check(ctx(small_doc(pages=[page.format(78)]))), claims.RULE) == [(1, "error")]
    assert claims.check(ctx(small_doc(pages=[page.format(78).replace("に達", "を超え")]))) == []


def _prose_doc(sentence: str, figure: str, value: int) -> object:
    d = small_doc(pages=[sentence, "会計 令和4年度 令和5年度\n計 2,740,594 2,636,366"])
    d.doc.facts = [Fact(fiscal_year=2023, segment="total", metric="outstanding", basis="actual", value=value,
                        unit="yen", raw=figure, page=1, approx=True),
                   _fact("outstanding", "total", "2,740,594", debt=None, debt_raw="合計", year=2022, page=2),
                   _fact("outstanding", "total", "2,636,366", debt=None, debt_raw="合計", year=2023, page=2)]
    return d


def test_sentence_total_and_change_against_table_totals() -> None:
    ok = "令和5年度末の収入未済額は、全会計で約26億3,600万円となり、前年度から約1億円の減となった。"
    assert claims.check(ctx(_prose_doc(ok, "約26億3,600万円", 2_636_000_000))) == []
    off = ok.replace("約1億円", "約1億2,000万円")
    assert _found(claims.check(ctx(_prose_doc(off, "約26億3,600万円", 2_636_000_000))), claims.RULE) == [(1, "warning")]
    wrong = ok.replace("約26億3,600万円", "約28億円")
    assert _found(claims.check(ctx(_prose_doc(wrong, "約28億円", 2_800_000_000))), claims.RULE) == [(1, "warning")]


def test_org_name_read_per_line_and_debt_levied_as_tax_or_charge() -> None:
    pages = ["債権名 国民健康保険料\n所管課 保険年金課\n債権の種類 強制徴収公債権",
             "国民健康保険料は、保健年金課が賦課・徴収する。"]
    assert _found(names.check(ctx(small_doc(pages=pages))), names.RULE) == [(2, "warning")]
    d = small_doc(pages=["国民健康保険税 99.0", "国民健康保険税 98.0", "国民健康保険料 97.0"])
    d.doc.facts = [Fact(debt_raw=n, metric="collection_rate", value=v, unit="percent", raw=str(v), page=p)
                   for n, v, p in (("国民健康保険税", 99.0, 1), ("国民健康保険税", 98.0, 2), ("国民健康保険料", 97.0, 3))]
    assert _found(names.check(ctx(d)), names.RULE) == [(3, "warning")]
    two = small_doc(pages=["市民税(個人) 1", "市民税(法人) 2"])  # individual and corporate: two debts
    two.doc.facts = [Fact(debt_raw=n, metric="collection_rate", value=1.0, unit="percent", raw="1.0", page=p)
                     for n, p in (("市民税(個人)", 1), ("市民税(法人)", 2))]
    assert names.check(ctx(two)) == []


def test_total_row_of_a_rate_difference_column_is_not_a_sum() -> None:
    from saiken.audit.rules import sums
    rows = [["区名", "令和4年度徴収率(A)", "令和3年度徴収率(B)", "対前年同月比(A)-(B)"],
            ["合計", "21.4%", "22.0%", "△0.6"], ["北区", "26.2%", "25.7%", "0.5"], ["南区", "17.4%", "26.6%", "△9.2"]]
    doc = small_doc(tables=[Table(page=2, bbox=(0, 0, 1, 1), rows=rows)])
    assert _found(sums.check(ctx(doc)), sums.RULE) == []
    amounts = [[c.replace("%", "") if "%" in c else c for c in r] for r in rows]
    amounts[0] = ["区名", "令和4年度調定額(A)", "令和3年度調定額(B)", "増減(A)-(B)"]
    assert _found(sums.check(ctx(small_doc(tables=[Table(page=2, bbox=(0, 0, 1, 1), rows=amounts)]))),
                  sums.RULE) != []
