"""Each rule catches errors planted in copies of corpus records, and stays silent on the clean records."""
from __future__ import annotations

from saiken.audit.rules import claims, cross_doc, diffs, era, identity, names, rates, sums
from saiken.extract.records import Fact, Table

from support.audit_docs import ctx, gold, small_doc


def _pick(doc, **kw) -> Fact:  # type: ignore[no-untyped-def]
    return next(f for f in doc.doc.facts if all(getattr(f, k) == v for k, v in kw.items()))


def _errors(findings, rule: str) -> list[tuple[str, int | None]]:  # type: ignore[no-untyped-def]
    return [(f.document, f.page) for f in findings if f.rule == rule and f.severity == "error"]


def test_rate_mismatch_planted() -> None:
    d = gold("amagasaki_plan_2nd")
    assert _errors(rates.check(ctx(d)), rates.RULE) == []
    f = _pick(d, debt="国民健康保険料", fiscal_year=2021, segment="current", metric="collection_rate", basis="actual")
    f.value, f.raw = 95.36, "95.36%"
    assert _errors(rates.check(ctx(d)), rates.RULE) == [(d.name, f.page)]


def test_rate_rounding_is_not_an_error() -> None:
    d = gold("amagasaki_plan_2nd")
    f = _pick(d, debt="国民健康保険料", fiscal_year=2021, segment="current", metric="collection_rate", basis="actual")
    f.value, f.raw = 95.3, "95.3%"  # 7,703,691,882 ÷ 8,080,784,174 = 95.33…%: one decimal rounds to 95.3
    assert _errors(rates.check(ctx(d)), rates.RULE) == []


def test_sum_mismatch_planted_segment_total() -> None:
    d = gold("amagasaki_plan_2nd")
    assert _errors(sums.check(ctx(d)), sums.RULE) == []
    f = _pick(d, debt="介護保険料", fiscal_year=2020, segment="total", metric="assessed")
    f.value += 1000
    f.raw = f"{int(f.value):,}"
    assert (d.name, f.page) in _errors(sums.check(ctx(d)), sums.RULE)


def _kaikei_table(total: str) -> Table:
    rows = [["会計名称", "令和元年度(2019年度)", "令和2年度(2020年度)"],
            ["一般会計", "5,346,229", "5,129,583"], ["国民健康保険事業会計", "5,480,189", "4,849,580"],
            ["後期高齢者医療会計", "320,135", "257,223"], ["介護保険事業会計", "458,405", "383,944"],
            ["学校給食費会計", "34,386", "39,267"], ["合計", total, "10,659,598"]]
    return Table(page=2, bbox=(0, 0, 1, 1), rows=rows)


def test_sum_rows_off_by_rounding_pass_and_planted_fail() -> None:
    ok = small_doc(tables=[_kaikei_table("11,639,343")])  # parts add to …344: five rounded 千円 figures
    assert _errors(sums.check(ctx(ok)), sums.RULE) == []
    bad = small_doc(tables=[_kaikei_table("11,649,343")])
    assert _errors(sums.check(ctx(bad)), sums.RULE) == [("t.json", 2)]


def test_identity_mismatch_planted() -> None:
    d = gold("amagasaki_plan_2nd")
    assert [e for e in identity.check(ctx(d)) if e.severity == "error" and e.debt != "市税"] == []
    f = _pick(d, debt="住宅家賃", fiscal_year=2021, segment="total", metric="outstanding", basis="actual", page=28)
    f.value, f.raw = 261_628_883, "261,628,883"
    assert (d.name, 28) in _errors(identity.check(ctx(d)), identity.RULE)


def test_identity_explained_by_note_is_info() -> None:
    d = gold("amagasaki_plan_2nd")
    from saiken.extract.records import PageText
    d.doc.pages = [PageText(page=16, text="3. 直近5か年の収納状況 (調定額、収入未済額及び収入率は個人市民税を、"
                                          "不納欠損額、収入未済額計、滞納者数は市税全体を記載。)")]
    found = [f for f in identity.check(ctx(d)) if f.debt == "市税"]
    assert found and all(f.severity == "info" and f.note and "市税全体" in f.note for f in found)


def _diff_table(diff: str) -> Table:
    rows = [["債権の名称", "平成29年度 収入未済額", "令和3年度 収入未済額", "差額", "種別"],
            ["", "", "", "(R3-H29)", ""],
            ["市税", "3,438,650", "1,924,838", "△ 1,513,812", "強"],
            ["国民健康保険料", "2,622,685", "1,212,432", diff, "強"]]
    return Table(page=4, bbox=(0, 0, 1, 1), rows=rows)


def test_diff_mismatch_planted() -> None:
    assert _errors(diffs.check(ctx(small_doc(tables=[_diff_table("△ 1,410,253")]))), diffs.RULE) == []
    assert _errors(diffs.check(ctx(small_doc(tables=[_diff_table("△ 1,401,253")]))), diffs.RULE) == [("t.json", 4)]


def test_claim_mismatch_planted() -> None:
    good = "滞納案件が1,250件から1,176件(74件減)へ、強制徴収債権は約25.3億円から約12.8億円と、約12.5億円（49.4%）の減少となり、約36.1%（約93.8億円⇒約59.9億円）"
    assert _errors(claims.check(ctx(small_doc(pages=[good]))), claims.RULE) == []
    for bad in ("滞納案件が1,250件から1,176件(84件減)へ", "約25.3億円から約12.8億円と、約12.5億円（39.4%）の減少",
                "約46.1%（約93.8億円⇒約59.9億円）"):
        assert _errors(claims.check(ctx(small_doc(pages=["前文", bad]))), claims.RULE) == [("t.json", 2)]


def test_era_mismatch_planted() -> None:
    assert era.check(ctx(small_doc(pages=["令和元年度(2019年度) 平成３０～令和３年度（２０１８～２０２１年度）"]))) == []
    found = era.check(ctx(small_doc(pages=["表", "令和3年度\n(2021年度)", "令和2年度(2021年度)"])))
    assert _errors(found, era.RULE) == [("t.json", 3)]


def test_cross_doc_mismatch_thousand_yen_vs_yen() -> None:
    def doc(name: str, raw: str, value: int):  # type: ignore[no-untyped-def]
        d = small_doc(name)
        d.doc.facts = [Fact(debt="市税", fiscal_year=2021, segment="total", metric="outstanding", basis="actual",
                            value=value, unit="yen", raw=raw, page=5)]
        return d
    same = ctx(doc("a.json", "1,924,837千円", 1_924_837_000), doc("b.json", "1,924,837,459", 1_924_837_459))
    assert cross_doc.check(same) == []
    differ = ctx(doc("a.json", "1,924,838千円", 1_924_838_000), doc("b.json", "1,924,837,459", 1_924_837_459))
    found = cross_doc.check(differ)  # two documents: a restated result is to be checked, not a sure error
    assert [(f.document, f.severity) for f in found] == [("a.json", "warning")]
    assert found[0].other == [{"document": "b", "page": 5}]


def test_name_inconsistency_planted() -> None:
    pages = ["【こども青少年局保育施策部保育企画課】", "本文", "【こども青少年局保育施策部保育企画課】",
             "【こども青少年局保育所施策部保育企画課】"]
    assert _errors(names.check(ctx(small_doc(pages=pages))), names.RULE) == [("t.json", 4)]
    distinct = ["南部福祉相談支援課が担当", "北部福祉相談支援課が担当"]
    assert names.check(ctx(small_doc(pages=distinct))) == []


def _grand_total_table(grand: str) -> Table:
    rows = [["債権", "区分", "調定額"],
            ["市民税", "現年分", "1,000"], ["", "滞繰分", "200"], ["", "計", "1,200"],
            ["保育料", "現年分", "500"], ["", "滞繰分", "50"], ["", "計", "550"],
            ["合計", "現年分", "1,500"], ["", "滞繰分", "250"], ["", "計", grand]]
    return Table(page=2, bbox=(0, 0, 100, 100), rows=rows)


def test_grand_total_row_with_two_total_labels() -> None:
    assert _errors(sums.check(ctx(small_doc(tables=[_grand_total_table("1,750")]))), sums.RULE) == []
    bad = small_doc(tables=[_grand_total_table("1,760")])  # off against the 合計 rows and the 計 rows both
    assert _errors(sums.check(ctx(bad)), sums.RULE) == [("t.json", 2), ("t.json", 2)]


def test_stitched_table_rows_keep_their_page() -> None:
    table = Table(page=1, bbox=(0, 0, 100, 100), pages=[1, 2],
                  rows=[["区分", "R6", "R5", "増減"], ["現年分", "57.87", "57.62", "0.25"],
                        ["滞繰分", "12.84", "13.64", "△0.90"]])
    doc = small_doc(pages=["区分 R6 R5 増減\n現年分 57.87 57.62 0.25", "滞繰分 12.84 13.64 △0.90"], tables=[table])
    assert _errors(diffs.check(ctx(doc)), diffs.RULE) == [("t.json", 2)]


def test_org_names_read_cell_by_cell() -> None:
    pages = ["2,111 千円 私 健福 高齢介護課 説明\n8 千円 私 健福 高齢介護課 説明", "28 千円 私 健福 高齢者介護課 説明"]
    assert _errors(names.check(ctx(small_doc(pages=pages))), names.RULE) == [("t.json", 2)]
