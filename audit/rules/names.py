"""name_inconsistency: one organisation (局・部・課・室) or debt spelled two ways in one document.

Two spellings are the same name when they differ by one character inside the name (not its first
character, not its last two, not a digit or a direction such as 南/北, which name different bodies), or
when they are one debt printed as a tax and as a charge (国民健康保険税 / 国民健康保険料: a `warning`).
One character added or dropped (保育施策部 / 保育所施策部) is an `error`; one replaced is a `warning`
(it may be a different body, or a renaming), and so is a debt spelling found only in running text. The finding is placed on the pages of the rarer spelling.

Organisation names are read per cell or word of each line (and across a line break), so the label of the next
table cell never sticks to a name. Debt names are those printed on facts and initiatives, and the spellings one
edit away from them found anywhere in the text (a debt named in prose differently from its table).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

from saiken.audit.context import AuditContext
from saiken.audit.corpus import AuditDoc
from saiken.audit.keys import norm_name
from saiken.audit.textscan import folded_pages
from saiken.extract.records import Fact, Finding, Severity

RULE = "name_inconsistency"
_RUN = re.compile(r"[一-龥々ァ-ヶーぁ-ん・、\ue000-\ue0ff]+?(?:局|部|課|室)(?![一-龥])")
_HIRAGANA = re.compile(r"[ぁ-ん、]")
_DISTINCT = set("0123456789一二三四五六七八九十第東西南北上下前後新旧甲乙丙個法")
_LEVY = {"税", "料"}


_LINE_BREAK = re.compile(r"[ \t\u3000]*\n[ \t\u3000]*")
_CELL_GAP = re.compile(r"[ \t\u3000]+")
_NAME_CHAR = "[一-龥々ァ-ヶー]"
#: Words organisation names print in kana or kanji alike; each group's spellings are one name (子ども未来局 and
#: こども未来局 are compared, not read as 未来局).
KANA_KANJI = (("子ども", "こども", "子供"), ("障害", "障がい", "障碍"), ("まちづくり", "街づくり", "まち作り"),
              ("くらし", "暮らし", "暮し"), ("すまい", "住まい"), ("いきがい", "生きがい"), ("みどり", "緑"),
              ("ふるさと", "故郷"), ("いのち", "命"), ("がん", "癌"))
_KANA_WORDS = sorted({w for g in KANA_KANJI for w in g if _HIRAGANA.search(w)}, key=len, reverse=True)
_PROTECT = {w: chr(0xE000 + i) for i, w in enumerate(_KANA_WORDS)}
_UNPROTECT = {v: k for k, v in _PROTECT.items()}
_SAME = {w: g[0] for g in KANA_KANJI for w in g}
_SAME_PAT = re.compile("|".join(sorted(map(re.escape, _SAME), key=len, reverse=True)))


def _protect(text: str) -> str:
    for w, c in _PROTECT.items():
        text = text.replace(w, c)
    return text


def _unprotect(text: str) -> str:
    return "".join(_UNPROTECT.get(ch, ch) for ch in text)


def spelling_key(name: str) -> str:
    """The name with kana/kanji spellings of one word unified (こども未来局 → 子ども未来局)."""
    return _SAME_PAT.sub(lambda m: _SAME[m.group(0)], name)


def org_names(text: str) -> Counter[str]:
    """Organisation names in a text: the kanji/katakana tail of each run ending in 局・部・課・室, read per
    space-separated cell or word of each line, plus the names broken across two lines (the last cell of one
    line joined to the first of the next; a name read whole on its own line is not glued to the next line)."""
    names: Counter[str] = Counter()
    lines = [_CELL_GAP.split(line.strip()) for line in text.split("\n")]
    for parts in lines:
        for part in parts:
            names.update(_names_in(part))
    for a, b in zip(lines, lines[1:]):
        head, tail = a[-1], b[0]
        names.update(_names_in(head + tail, across=len(head)))
    return names


def _names_in(part: str, across: int | None = None) -> list[str]:
    """Names in one cell (5 characters or more); with `across`, only those spanning that position."""
    out = []
    original = part
    part = _protect(part)
    if across is not None:  # the join position moves when protected words before it shrink
        across = len(_protect(original[:across]))
    for m in _RUN.finditer(part):
        if across is not None and not m.start() < across < m.end():
            continue
        tail = _HIRAGANA.split(m.group(0))[-1]
        if len(_unprotect(tail)) >= 5 and (across is None or len(tail) > m.end() - across):
            out.append(_unprotect(tail))
    return out


def variant_pattern(name: str) -> re.Pattern[str]:
    """Every spelling one character away from `name` inside it (replaced, added or dropped; not the first
    character, not the last two)."""
    alts = []
    for i in range(1, len(name) - 2):
        head, tail = re.escape(name[:i]), name[i + 1:]
        alts += [head + _NAME_CHAR + re.escape(tail), head + _NAME_CHAR + re.escape(name[i:]), head + re.escape(tail)]
    return re.compile("|".join(alts))


def debt_variants(names: set[str], pages: list[tuple[int, str]]) -> Counter[str]:
    """Spellings in the text one edit from a known debt name (5 characters or more) that are not known names.
    `pages` keep the printed spaces: words a space separates (各区高齢介護課 保険料担当) are never one name."""
    found: Counter[str] = Counter()
    for n in (n for n in names if len(n) >= 5):
        pat = variant_pattern(n)
        for _, text in pages:
            for m in pat.finditer(text):
                v = m.group(0)
                if v not in names and one_edit(n, v) is not None and n not in v and v not in n:
                    found[v] += 1
    return found


def one_edit(a: str, b: str) -> str | None:
    """'insert' or 'replace' when b is a with one character changed inside the name, 'first' when only the
    first character differs (健康福祉局 / 建康福祉局), else None."""
    if len(a) > len(b):
        a, b = b, a
    if a != b and spelling_key(a) == spelling_key(b):
        return "replace"  # one word in kana and in kanji (子ども/こども): a spelling variant, not a typo
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if i == 0:  # the first character differs: compared when the rest is long enough to be the same name
        if len(a) == len(b) >= 5 and a[1:] == b[1:] and not {a[0], b[0]} & _DISTINCT:
            return "first"
        return None
    if len(a) == len(b):
        if a[i + 1:] != b[i + 1:] or len(a) - i - 1 < 2 or {a[i], b[i]} & _DISTINCT:
            return None
        return "replace"
    if len(b) != len(a) + 1 or a[i:] != b[i + 1:] or len(a) - i < 2 or b[i] in _DISTINCT:
        return None
    return "insert"


def levy_variant(a: str, b: str) -> bool:
    """True for one debt printed once as a tax and once as a charge (国民健康保険税 / 国民健康保険料): a city
    levies it one way, so both in one document is a slip (or a quote of another city: a warning)."""
    return len(a) == len(b) >= 5 and a[:-1] == b[:-1] and {a[-1], b[-1]} == _LEVY


def _debt_names(doc: AuditDoc) -> set[str]:
    """Debt names as printed on the document's facts and initiatives (4 characters or more)."""
    raw = [f.debt_raw for f in doc.doc.facts] + [i.debt_raw for i in doc.doc.initiatives]
    return {norm_name(r) for r in raw if r and len(norm_name(r)) >= 4}


def check(ctx: AuditContext) -> list[Finding]:
    """Pairs of spellings one edit apart, reported on the pages of the rarer one."""
    out: list[Finding] = []
    for doc in ctx.docs:
        folded = folded_pages(doc)
        pages = [(p, norm_name(t)) for p, t in folded]
        counts: Counter[str] = Counter()
        for _, t in folded:
            counts.update(org_names(unicodedata.normalize("NFKC", t)))
        debts = _debt_names(doc)
        for n in debts:
            counts[n] += sum(t.count(n) for _, t in pages) or 1
        spaced = [(p, _LINE_BREAK.sub("", unicodedata.normalize("NFKC", t))) for p, t in folded]
        text_only = debt_variants(debts, spaced)
        counts.update(text_only)
        names = sorted(counts)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                kind = one_edit(a, b) or ("levy" if a in debts and b in debts and levy_variant(a, b) else None)
                if kind is None or a in b or b in a:
                    continue
                if kind == "first" and a[1:] in counts:  # 対滞納対策課 / 係滞納対策課: a character glued before 滞納対策課
                    continue
                sure = kind == "insert" and a not in text_only and b not in text_only
                out.extend(_report(ctx, doc, pages, counts, a, b, "error" if sure else "warning"))
    return out


def _report(ctx: AuditContext, doc: AuditDoc, pages: list[tuple[int, str]], counts: Counter[str], a: str, b: str,
            severity: Severity) -> list[Finding]:
    where = {n: [p for p, t in pages if n in t] for n in (a, b)}
    rare, common = sorted((a, b), key=lambda n: (counts[n], -min(where[n] or [0])))
    other = [{"document": Path(doc.name).stem, "page": p} for p in where[common][:3]]
    out = []
    for p in where[rare] or [None]:
        fact = Fact(metric="name", value=counts[rare], unit="count", raw=rare, page=p or 1)
        out.append(ctx.finding(RULE, doc, [fact], f"「{rare}」と「{common}」：同じ名称が2通りに表記されています",
                               printed=rare, expected=common, severity=severity, page=p, other=other,
                               explainable=False))
    return out
