"""The vocabulary of debt documents, loaded once from extract/lexicon.yaml (see that file).

`LEXICON` holds the compiled words: metric words in longest-first order, segment, basis, difference, share,
a change's direction and kind patterns, money metrics and units. Extraction (statkeys, kinds) reads it; a new
city's wording is a new line in the YAML file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class Lexicon:
    """Compiled vocabulary (see module docstring)."""

    metrics: tuple[tuple[str, str], ...]
    money_metrics: frozenset[str]
    segments: dict[str, re.Pattern[str]]
    bases: tuple[tuple[str, re.Pattern[str]], ...]
    difference: re.Pattern[str]
    share: re.Pattern[str]
    change_rate: re.Pattern[str]  # a change in per cent (増減率, 伸び率)
    rises: re.Pattern[str]  # a change upwards, printed right after its figure (増, 上昇, 上回った)
    falls: re.Pattern[str]  # a change downwards (減少, 縮減, 下回った)
    units: tuple[str, ...]
    kinds: tuple[tuple[str, re.Pattern[str]], ...]
    debt_labels: tuple[str, ...]
    debt_name_end: re.Pattern[str]
    item_headings: re.Pattern[str]
    status_tag: re.Pattern[str]
    item_marker: str
    narrowing: re.Pattern[str]
    table_only: re.Pattern[str]
    all_debts: re.Pattern[str]  # the words naming debts together (全会計, 4債権計), any of them
    account: re.Pattern[str]  # the name of an account (一般会計, 国民健康保険特別会計), whole


@cache
def lexicon() -> Lexicon:
    """The lexicon of extract/lexicon.yaml, compiled."""
    data = yaml.safe_load(resources.files("saiken.extract").joinpath("lexicon.yaml").read_text(encoding="utf-8"))
    return Lexicon(
        metrics=tuple((w, m) for w, m in data["metrics"]),
        money_metrics=frozenset(data["money_metrics"]),
        segments={k: re.compile(v) for k, v in data["segments"].items()},
        bases=tuple((k, re.compile(v)) for k, v in data["bases"].items()),
        difference=re.compile(data["difference"]),
        share=re.compile(data["share"]),
        change_rate=re.compile(data["change_rate"]),
        rises=re.compile(data["rises"]),
        falls=re.compile(data["falls"]),
        units=tuple(data["units"]),
        kinds=tuple((k, re.compile(v)) for k, v in data["kinds"].items()),
        debt_labels=tuple(data["debt_labels"]),
        debt_name_end=re.compile(data["debt_name_end"]),
        item_headings=re.compile(data["item_headings"]),
        status_tag=re.compile(data["status_tag"]),
        item_marker=data["item_marker"],
        narrowing=re.compile("(?:" + data["narrowing"] + ")$"),
        table_only=re.compile("|".join(map(re.escape, data["table_only"]))),
        all_debts=re.compile("(?:" + "|".join(data["all_debts"]) + ")"),
        account=re.compile("(?:" + data["account"] + ")"),
    )


LEXICON = lexicon()
