"""The 債権 name dictionary (normalize/debts.yaml, package data) and matching printed debt names to its canonical names.

Matching, in order (the first that hits wins; `DebtMatch.method` says which):
1. ``exact``: the name or an alias after folding, NFKC, removing white space and unifying brackets to ( );
2. ``qualifier``: the same after dropping a trailing bracket whose content the dictionary lists under
   `qualifiers` (国民健康保険料(税) → 国民健康保険料, 区営住宅使用料(共益費含)), or a trailing 等;
3. ``sudachi``: the SudachiPy normalized forms of the key equal those of a name or alias (表記ゆれ: 貸し付け/貸付).
A name that matches none of these is unknown: `canonical` is None and `candidates` lists the closest names;
nothing is ever mapped by similarity alone.

The dictionary used when none is passed is the user's file named by SAIKEN_DEBTS (`saiken extract --debts FILE`
sets it through `use_dictionary`, so worker processes inherit it), else the one shipped in the package
(saiken.normalize/debts.yaml, read with importlib.resources: the same in the repo, an editable and a wheel install).
"""
from __future__ import annotations

import difflib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import NormalizeError
from .text import fold

__all__ = [
    "CLASS_CODES",
    "DEFAULT_PATH",
    "ENV_VAR",
    "DebtDictionary",
    "DebtEntry",
    "DebtMatch",
    "load_dictionary",
    "match_debt",
    "name_key",
    "use_dictionary",
]

#: The dictionary shipped in the package (a Traversable: a Path in the repo and in a wheel installed as files).
DEFAULT_PATH = resources.files(__package__).joinpath("debts.yaml")
#: The environment variable naming the user's own dictionary file (`--debts FILE`).
ENV_VAR = "SAIKEN_DEBTS"
#: Debt class → code; 市税 and its parts are A.
CLASS_CODES = {"強制徴収公債権": "B", "非強制徴収公債権": "C", "私債権": "D"}
TAX_ROOT = "市税"

_OPEN = "(（[［【〔｛{〈《"
_CLOSE = ")）]］】〕｝}〉》"
_BRACKETS = str.maketrans({**{c: "(" for c in _OPEN}, **{c: ")" for c in _CLOSE}})
_SPACE = re.compile(r"\s+")
_TRAILING_BRACKET = re.compile(r"\(([^()]*)\)$")


#: The kind of municipality in a name, read as 市 (a town's 町営住宅使用料 is the 市営住宅使用料 of a city).
_OWNER = re.compile(r"^(?:町|村|区|都|道|府|県)営")
_LOCAL = re.compile(r"(?:町|村|区)民税")


def name_key(name: str) -> str:
    """The matching key of a debt name: folded, NFKC, no white space, every bracket as ( ), 、 and , as 、."""
    key = unicodedata.normalize("NFKC", fold(name)).translate(_BRACKETS)
    key = _SPACE.sub("", key).replace(",", "、")
    return _LOCAL.sub("市民税", _OWNER.sub("市営", key))  # 町営住宅使用料, 個人町民税: as 市営…, 市民税


@dataclass(frozen=True)
class DebtEntry:
    """One dictionary entry: canonical name, classes, code A–D, aliases, parent (市税 for its parts), 所管, note."""

    name: str
    classes: tuple[str, ...]
    code: str
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    department: str | None = None
    note: str | None = None

    @property
    def debt_class(self) -> str:
        """The class as one string; a debt of mixed basis joins its classes with ・."""
        return "・".join(self.classes)


@dataclass(frozen=True)
class DebtMatch:
    """The result of matching one printed name: canonical None when unknown, with the closest candidates."""

    raw: str
    canonical: str | None
    debt_class: str | None = None
    code: str | None = None
    candidates: list[str] = field(default_factory=list)
    score: float = 0.0
    method: str | None = None
    parent: str | None = None

    @property
    def known(self) -> bool:
        """True when the name maps to a dictionary entry."""
        return self.canonical is not None


class _Sudachi:
    """One SudachiPy tokenizer per process, built on first use."""

    _tokenizer: Any = None

    @classmethod
    def normalized(cls, text: str) -> str:
        """The concatenated normalized forms of the morphemes of the text."""
        if cls._tokenizer is None:
            from sudachipy import Dictionary, SplitMode

            cls._tokenizer = Dictionary().tokenizer(mode=SplitMode.C)
        return "".join(m.normalized_form() for m in cls._tokenizer.tokenize(text))


class DebtDictionary:
    """The loaded dictionary: entries by name and a key index over names and aliases."""

    def __init__(self, entries: list[DebtEntry], qualifiers: list[str], source: str = "<memory>") -> None:
        self.entries = {e.name: e for e in entries}
        self.qualifiers = {name_key(q) for q in qualifiers}
        self.source = source
        self.index: dict[str, str] = {}
        for e in entries:
            for alias in (e.name, *e.aliases):
                key = name_key(alias)
                other = self.index.get(key)
                if other is not None and other != e.name:
                    raise NormalizeError(f"{source}: 別名 '{alias}' が '{other}' と '{e.name}' の両方にあります")
                self.index[key] = e.name
        for e in entries:
            if e.parent is not None and e.parent not in self.entries:
                raise NormalizeError(f"{source}: '{e.name}' の parent '{e.parent}' が辞書にありません")
        self._sudachi_index: dict[str, str] | None = None

    def _by_sudachi(self) -> dict[str, str]:
        if self._sudachi_index is None:
            idx: dict[str, str] = {}
            for key, name in self.index.items():
                idx.setdefault(_Sudachi.normalized(key), name)
            idx.pop("", None)
            self._sudachi_index = idx
        return self._sudachi_index

    def _stripped(self, key: str) -> str | None:
        """The key without a qualifier bracket at its end or a trailing 等; None when there is nothing to strip."""
        m = _TRAILING_BRACKET.search(key)
        if m is not None and name_key(m.group(1)) in self.qualifiers:
            return key[: m.start()]
        if key.endswith("等") and len(key) > 2:
            return key[:-1]
        return None

    def knows(self, name: str, qualified: bool = False) -> bool:
        """True when the name is a dictionary name or alias as printed (with `qualified`, also once a qualifier
        bracket or a trailing 等 is dropped); no SudachiPy, so cheap enough for the page model."""
        key = name_key(name)
        return bool(key) and (key in self.index or qualified and self._stripped(key) in self.index)

    def lookup(self, name: str) -> tuple[str, str] | None:
        """(canonical name, method) for a printed name, or None when unknown."""
        key = name_key(name)
        if not key:
            return None
        if key in self.index:
            return self.index[key], "exact"
        stripped = self._stripped(key)
        while stripped:
            if stripped in self.index:
                return self.index[stripped], "qualifier"
            stripped = self._stripped(stripped)
        inner = _TRAILING_BRACKET.search(key)
        if inner is not None and key[: inner.start()] and (own := self.index.get(name_key(inner.group(1)))) is not None:
            return own, "qualifier"  # 国保税（国民健康保険税）: the name in brackets
        norm = _Sudachi.normalized(key)
        if norm and norm in self._by_sudachi():
            return self._by_sudachi()[norm], "sudachi"
        return None

    def candidates(self, name: str, n: int = 3) -> list[tuple[str, float]]:
        """The n canonical names closest to the printed name, with similarity 0–1, best first (remembered per name:
        the same unknown name repeats across a document's facts)."""
        memo = self.__dict__.setdefault("_candidates_memo", {})
        if (name, n) not in memo:
            memo[(name, n)] = self._candidates(name, n)
        return list(memo[(name, n)])

    def _candidates(self, name: str, n: int) -> list[tuple[str, float]]:
        key = name_key(name)
        best: dict[str, float] = {}
        for alias_key, canonical in self.index.items():
            ratio = difflib.SequenceMatcher(None, key, alias_key).ratio()
            if ratio > best.get(canonical, 0.0):
                best[canonical] = ratio
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))
        return [(c, round(r, 3)) for c, r in ranked[:n] if r > 0]

    def match(self, name: str) -> DebtMatch:
        """Match one printed debt name (see the module docstring)."""
        hit = self.lookup(name)
        if hit is None:
            cands = self.candidates(name)
            return DebtMatch(raw=name, canonical=None, candidates=[c for c, _ in cands],
                             score=cands[0][1] if cands else 0.0)
        canonical, method = hit
        e = self.entries[canonical]
        score = {"exact": 1.0, "qualifier": 0.95, "sudachi": 0.9}[method]
        return DebtMatch(raw=name, canonical=canonical, debt_class=e.debt_class, code=e.code, candidates=[canonical],
                         score=score, method=method, parent=e.parent)


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _entry(raw: dict[str, Any], source: str, roots: dict[str, str | None]) -> DebtEntry:
    name = str(raw.get("name") or "").strip()
    if not name:
        raise NormalizeError(f"{source}: name のない項目があります: {raw}")
    classes = tuple(_as_list(raw.get("class")))
    bad = [c for c in classes if c not in CLASS_CODES]
    if not classes or bad:
        raise NormalizeError(f"{source}: '{name}' の class が不正です: {bad or '未記入'}")
    code = raw.get("code")
    if code is None:
        root, seen = name, set()
        while roots.get(root) and root not in seen:
            seen.add(root)
            root = roots[root] or root
        code = "A" if root == TAX_ROOT else CLASS_CODES[classes[0]]
    if code not in ("A", "B", "C", "D"):
        raise NormalizeError(f"{source}: '{name}' の code '{code}' は A〜D ではありません")
    return DebtEntry(
        name=name, classes=classes, code=str(code), aliases=tuple(_as_list(raw.get("aliases"))),
        parent=raw.get("parent"), department=raw.get("department"), note=raw.get("note"),
    )


def parse_dictionary(data: Any, source: str = "<memory>") -> DebtDictionary:
    """Build a DebtDictionary from parsed YAML ({qualifiers: [...], debts: [...]}); NormalizeError names the problem."""
    if not isinstance(data, dict) or not isinstance(data.get("debts"), list):
        raise NormalizeError(f"{source}: 'debts:' の一覧がありません")
    raws = [d for d in data["debts"] if isinstance(d, dict)]
    roots = {str(d.get("name")): d.get("parent") for d in raws}
    entries = [_entry(d, source, roots) for d in raws]
    return DebtDictionary(entries, _as_list(data.get("qualifiers")), source)


def load_dictionary(path: str | Path | None = None) -> DebtDictionary:
    """The dictionary in `path`, else the file named by $SAIKEN_DEBTS, else the packaged one; loaded once per file."""
    if path is None:
        path = os.environ.get(ENV_VAR) or None
    return _load(str(path) if path is not None else None)


def use_dictionary(path: str | Path | None) -> DebtDictionary:
    """Make `path` the default dictionary of this process and of the processes it starts (None: the packaged one).
    Loads it at once, so a bad file is reported before any work (NormalizeError naming the file)."""
    if path is None:
        os.environ.pop(ENV_VAR, None)
        return load_dictionary()
    d = load_dictionary(path)
    os.environ[ENV_VAR] = str(Path(path).resolve())
    return d


@lru_cache(maxsize=8)
def _load(path: str | None) -> DebtDictionary:
    source = DEFAULT_PATH if path is None else Path(path)
    try:
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
    except OSError as e:
        raise NormalizeError(f"{path}: 債権辞書を読めません ({e.strerror})") from e
    except yaml.YAMLError as e:
        raise NormalizeError(f"{path or 'debts.yaml'}: 債権辞書の書式が不正です ({e})") from e
    return parse_dictionary(data, str(path) if path else "debts.yaml")


def match_debt(name: str, dictionary: DebtDictionary | None = None) -> DebtMatch:
    """The dictionary entry for a printed debt name; canonical None (with candidates) when unknown."""
    return (dictionary or load_dictionary()).match(name)
