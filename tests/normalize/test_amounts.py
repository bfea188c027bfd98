"""Amounts, rates and unit notes: strings taken from the five seed documents, policies, and robustness."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from saiken.normalize.amounts import find_amounts, parse_amount, parse_rate, rounding_of, table_unit
from saiken.normalize.errors import NormalizeError

# (printed text, unit hint, value, unit, approx, decimals, scale)
AMOUNTS = [
    ("1,924,838千円", None, 1924838000, "yen", False, 0, 1000),  # amagasaki 債権一覧
    ("6,072,364千円", None, 6072364000, "yen", False, 0, 1000),
    ("8千円", None, 8000, "yen", False, 0, 1000),
    ("3,438,650", "千円", 3438650000, "yen", False, 0, 1000),  # (千円) table
    ("△ 1,513,812", "千円", -1513812000, "yen", False, 0, 1000),
    ("約36.1%（約93.8億円⇒約59.9億円）", None, 36.1, "percent", True, 1, 1),
    ("約93.8億円", None, 9380000000, "yen", True, 1, 10**8),
    ("約0.1億円", None, 10000000, "yen", True, 1, 10**8),
    ("約 40.2 億円", None, 4020000000, "yen", True, 1, 10**8),  # shizuoka
    ("前年度比約 2.5 億円減", None, 250000000, "yen", True, 1, 10**8),
    ("約 131 億円減", None, 13100000000, "yen", True, 0, 10**8),
    ("令和6年度:97.81%", None, 97.81, "percent", False, 2, 1),
    ("①前年度比 0.22%増", None, 0.22, "percent", False, 2, 1),
    ("現年度分収納率 99.63%(99.63%)", None, 99.63, "percent", False, 2, 1),
    ("郵送(封書) : 110円/件", None, 110, "yen", False, 0, 1),
    ("SMS発信 : 3.6円/件", None, 3.6, "yen", False, 1, 1),
    ("※R6.7累計:92,818件", None, 92818, "cases", False, 0, 1),
    ("2,917,397,082", "(単位：円)", 2917397082, "yen", False, 0, 1),  # setagaya
    ("約１０７億", "円", 10700000000, "yen", True, 0, 10**8),
    ("11,046", "単位：世帯", 11046, "households", False, 0, 1),
    ("2,682", "単位:人", 2682, "persons", False, 0, 1),
    ("9,749", "単位:件数", 9749, "cases", False, 0, 1),
    ("全２回実施し", None, 2, "count", False, 0, 1),
    ("約１５億５，６００万円減少", None, 1556000000, "yen", True, 0, 10000),  # saitama
    ("約３億７，０００万円の納付があった", None, 370000000, "yen", True, 0, 10000),
    ("収納率は対前年同月比０．２ポイント上昇", None, 0.2, "points", False, 1, 1),
    ("対象世帯は約 2,500世帯", None, 2500, "households", True, 0, 1),
    ("年調定額約 2,600万円", None, 26000000, "yen", True, 0, 10000),
    ("全体の 15％前後で推移", None, 15.0, "percent", True, 0, 1),
    ("毎年 150世帯", None, 150, "households", False, 0, 1),
    ("10月末徴収率　15.3％", None, 15.3, "percent", False, 1, 1),  # osaka
    ("▲5,824,519円", None, -5824519, "yen", False, 0, 1),
    ("▲4件", None, -4, "cases", False, 0, 1),
    ("-1.0%", None, -1.0, "percent", False, 1, 1),
    ("8,707,613,800円", None, 8707613800, "yen", False, 0, 1),
    ("2.59ポイント", None, 2.59, "points", False, 2, 1),
    ("106名", None, 106, "persons", False, 0, 1),
    ("152人", None, 152, "persons", False, 0, 1),
    ("１２億円", None, 1200000000, "yen", False, 0, 10**8),
    ("約15億5,600万円", None, 1556000000, "yen", True, 0, 10000),
    ("1億2千万円", None, 120000000, "yen", False, 0, 10**7),
    ("10万円程度", None, 100000, "yen", True, 0, 10000),
]


@pytest.mark.parametrize(
    ("text", "hint", "value", "unit", "approx", "decimals", "scale"), AMOUNTS, ids=[a[0] for a in AMOUNTS]
)
def test_parse_amount_of_seed_strings(
    text: str, hint: str | None, value: float, unit: str, approx: bool, decimals: int, scale: int
) -> None:
    a = parse_amount(text, unit_hint=hint)
    assert (a.value, a.unit, a.approx, a.decimals, a.scale) == (value, unit, approx, decimals, scale)
    assert type(a.value) is type(value)


def test_years_are_not_amounts() -> None:
    a = parse_amount("令和3年度 1,234千円")
    assert a.value == 1234000
    with pytest.raises(NormalizeError):
        parse_amount("令和7年度")


def test_circled_numbers_are_not_digits() -> None:
    assert parse_amount("①1,234件").value == 1234


def test_find_amounts_keeps_order_and_printed_text() -> None:
    found = find_amounts("現年度が約25.3億円から約12.8億円と、約12.5億円（49.4%）の減少")
    assert [(a.raw, a.value) for a in found] == [
        ("約25.3億円", 2530000000), ("約12.8億円", 1280000000), ("約12.5億円", 1250000000), ("49.4%", 49.4),
    ]


def test_precision_follows_printed_digits() -> None:
    assert parse_amount("1,924,838千円").precision == 1000
    assert float(parse_rate("95.44%").precision) == pytest.approx(0.01)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("95.44%", 95.44, "percent"), ("95.44", 95.44, "percent"), ("98.0％", 98.0, "percent"),
     ("0.2ポイント", 0.2, "points"), ("△0.2ポイント", -0.2, "points"), ("-2.4%", -2.4, "percent")],
)
def test_parse_rate(text: str, value: float, unit: str) -> None:
    r = parse_rate(text)
    assert (r.value, r.unit) == (value, unit)


def test_parse_rate_rejects_money() -> None:
    with pytest.raises(NormalizeError, match="率ではありません"):
        parse_rate("1,234円")


@pytest.mark.parametrize("text", ["", "―", "-", "空欄", "令和7年度", "(単位：千円)"])
def test_no_number_raises(text: str) -> None:
    with pytest.raises(NormalizeError, match="数値がありません"):
        parse_amount(text)


@pytest.mark.parametrize(
    ("text", "unit", "scale", "kind", "rounding"),
    [("（単位：千円）", "千円", 1000, "yen", None), ("(単位:円)", "円", 1, "yen", None),
     ("滞納世帯数(単位：世帯)", "世帯", 1, "households", None), ("滞納者数(単位:人)", "人", 1, "persons", None),
     ("滞納者数(単位:件数)", "件数", 1, "cases", None),
     ("※ 特定債権及びその他の債権の状況（千円）", "千円", 1000, "yen", None),
     ("徴収実績（百万円）", "百万円", 10**6, "yen", None),
     ("（単位：千円、千円未満切捨て）", "千円", 1000, "yen", "down"),
     ("(単位：千円) 表示単位未満を四捨五入", "千円", 1000, "yen", "half_up")],
)
def test_table_unit(text: str, unit: str, scale: int, kind: str, rounding: str | None) -> None:
    note = table_unit(text)
    assert note is not None
    assert (note.unit, note.scale, note.kind, note.rounding) == (unit, scale, kind, rounding)


def test_table_unit_absent_and_rounding_note() -> None:
    assert table_unit("債権の名称 収入未済額") is None
    assert rounding_of("原則として表示単位未満を四捨五入しているため") == "half_up"
    assert rounding_of("収納率") is None


_NUMBERISH = st.text(alphabet="0123456789,.，．△▲-約億万千円%％件人世帯ポイント程度令和年度 ()", max_size=30)


@given(st.one_of(st.text(max_size=40), _NUMBERISH), st.sampled_from([None, "千円", "円", "%", "人", "妙"]))
def test_parsers_raise_only_normalize_error(text: str, hint: str | None) -> None:
    for parse in (lambda t: parse_amount(t, hint), parse_rate):
        try:
            parse(text)
        except NormalizeError:
            pass
    assert table_unit(text) is None or table_unit(text).scale > 0  # never raises
    assert isinstance(find_amounts(text, hint), list)
