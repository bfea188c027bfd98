"""Correction of OCR'd labels against the words these documents print: debt names and table labels.

An OCR engine misreads a kanji now and then (調定額 → 調正額, 滞納繰越分 → 滞納綠越分, 固定資産税 → 固定資產税).
The printed labels come from a small vocabulary (the debt dictionary's names and aliases, the statistics
labels), so a run of kanji/kana within one or two substitutions (or one missing character) of exactly one
vocabulary word is taken to be that word. Digits and ASCII are never touched, a word already in the vocabulary
is kept, and a run two words are equally near is left as read.
"""
from __future__ import annotations

import re
from functools import lru_cache

LABELS = """
債権名 債権の名称 所管課 所管 担当課 総括課 債権区分 債権の概要 調定額 収入済額 収入額 収納額 収入率 収納率 徴収率
不納欠損額 収入未済額 収入未済額計 滞納繰越分 滞納繰越 滞繰分 滞繰 現年分 現年度分 現年課税分 過年度分 合計 小計 総計
滞納者数 滞納世帯数 目標 実績 見込 決算見込 実績見込 推計 数値目標 令和 平成 年度 千円 百万円 前年度 前年度比 増減
債権管理 推進計画 推進シート 取組 取組状況 取組方針 取組内容 主な取組 今後の取組 課題 効果 実績又は効果 債権管理委員会
対策本部会 議事要旨 出席者 会計 一般会計 特別会計 国民健康保険特別会計 介護保険特別会計 後期高齢者医療特別会計 款 項 目
強制徴収公債権 非強制徴収公債権 私債権 公債権 区役所 財政局 収納対策 納税課 滞納整理 催告 差押 執行停止 徴収 収納
前年度同期 前年同期 同期 現在 月末 実施期間 実績又は効果 取組内容 議題 議事 委員長 副委員長 委員 事務局 会議形式 開催日時 日時 場所 出席者 欠席者 開会 閉会 報告事項 協議事項 その他
返還金 奨学金 手数料 分担金 納付金 徴収金 給食費 利用料 賃貸料 弁償金 賠償金 損害賠償金 返納金 年度末 会計名 出席委員 欠席委員 出席議員 欠席議員 説明員 出席 欠席
進捗 進捗状況 四半期 口座振替 納付相談 財産調査 差押え 執行停止 債権放棄 債権管理条例
不納欠損処分 分割納付 納期限 督促状 換価 コールセンター
事業 事業会計 企業会計 保険事業 会計名称 款名称 国民健康保険 介護保険 後期高齢者医療 水道事業 下水道事業
10月末 2月末 決算 予算 整理番号 区分 内訳 金額 件数 割合 順位 政令市 全体 計 市税 保険料 保険税 使用料 貸付金 負担金 単位 種類 債権の種類
""".split()

_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff々〆ヶ・]+")


@lru_cache(maxsize=1)
def vocabulary() -> tuple[frozenset[str], dict[int, list[str]]]:
    """(every word, words by length) of the vocabulary: LABELS and the debt dictionary's names and aliases."""
    words = set(LABELS)
    try:
        from saiken.normalize.debts import load_dictionary

        d = load_dictionary()
        for e in d.entries.values():
            for name in (e.name, *e.aliases, *( [e.department] if e.department else [])):
                words.update(_RUN.findall(name))
    except Exception:  # the dictionary is an aid here, never a reason to fail
        pass
    try:  # the shared lexicon (extract/lexicon.yaml): metric, segment, basis and kind words, debt labels
        from saiken.extract.lexicon import lexicon

        lx = lexicon()
        words.update(w for w, _ in lx.metrics)
        words.update(lx.debt_labels)
        for pat in [*lx.segments.values(), *(p for _, p in lx.bases), *(p for _, p in lx.kinds), lx.difference,
                    lx.share, lx.narrowing]:
            words.update(_literals(pat.pattern))
    except Exception:
        pass
    words = {w for w in words if len(w) >= 2 and _RUN.fullmatch(w)}
    by_len: dict[int, list[str]] = {}
    for w in words:
        by_len.setdefault(len(w), []).append(w)
    return frozenset(words), by_len


def _literals(pattern: str) -> set[str]:
    """The plain words of a regular expression of alternatives (滞納繰越|滞繰|過年度 …, optional parts both ways)."""
    out: set[str] = set()
    plain = re.sub(r"\(\?[<!=][^)]*\)", "", pattern)  # look-arounds say nothing about the word itself
    opt = re.findall(r"\(\?:([^()]*)\)\?", plain)
    for alt in re.split(r"[|()?:$^\\s*+\[\]]+", re.sub(r"\(\?:[^()]*\)\?", "|", plain)):
        if _RUN.fullmatch(alt or "-"):
            out.add(alt)
    for group in opt:  # 現年(?:度)?(?:分)? → 現年度, 現年分
        for alt in group.split("|"):
            if _RUN.fullmatch(alt or "-"):
                out.add(alt)
    base = re.sub(r"\(\?:[^()]*\)\?", "", plain)
    for head in re.findall(r"\(\?:([^()]*)\)", base) or [base]:
        for h in head.split("|"):
            for group in opt:
                for alt in group.split("|"):
                    if _RUN.fullmatch(h + alt or "-"):
                        out.add(h + alt)
    return out


def _script(c: str) -> int:
    """0 kanji, 1 hiragana, 2 katakana: a correction never turns a particle into a kanji (額は → 額計)."""
    o = ord(c)
    if 0x3040 <= o <= 0x309F:
        return 1
    if 0x30A0 <= o <= 0x30FF:
        return 2
    return 0


def _subs(a: str, b: str) -> int:
    """Substitutions from a to b (same length); 99 where a substitution crosses scripts or touches hiragana (the
    recognizer reads okurigana and particles right: 及び実績 is no 及の実績), or where only hiragana is left in
    common (集める is no misread of 占める: one kanji and its okurigana are no evidence)."""
    d = 0
    anchored = False
    for x, y in zip(a, b):
        if x != y:
            if _script(x) != _script(y) or _script(x) == 1:
                return 99
            d += 1
        elif _script(x) != 1:
            anchored = True
    return d if anchored or not d else 99


def _one_missing(short: str, word: str) -> bool:
    """True when `word` is `short` with one character added somewhere."""
    for i in range(len(word)):
        if word[:i] + word[i + 1:] == short:
            return True
    return False


def _best(run: str, short: bool = False, insert: bool = True) -> str | None:
    words, by_len = vocabulary()
    if run in words or (run[-1] in "等など" and run[:-1] in words):  # 収入未済額等 stays (not 収入未済額計)
        return None
    n = len(run)
    if n < 3 and not short:
        return None
    allowed = 1 if n < 7 else 2
    found: set[str] = set()
    best = allowed + 1
    for w in by_len.get(n, ()):
        d = _subs(run, w)
        if d <= allowed and d <= best:
            if d < best:
                found, best = set(), d
            found.add(w)
    if not found and (n >= 3 or short) and insert:
        found = {w for w in by_len.get(n + 1, ()) if _one_missing(run, w)}
    return next(iter(found)) if len(found) == 1 else None


def correct_run(run: str, short: bool = False) -> str:
    """A run of kanji/kana corrected to the one vocabulary word it nearly is (else as it is); a longer run is
    corrected piece by piece where a vocabulary word nearly fits inside it. `short`: the run is a table cell's
    whole label, where a 2-character word (滞分 → 滞繰分, 実積 → 実績) is corrected too."""
    if len(run) < (2 if short else 3):
        return run
    words, by_len = vocabulary()
    if run in words or segmentable(run):  # 国民健康保険 + 事業会計 is no misread of 国民健康保険特別会計
        return run
    fixed = _best(run, short)
    if fixed is not None:
        return fixed
    fixed = in_context(run)
    if fixed is not None:
        return fixed
    if len(run) < 5:
        return run
    out = run
    i = 0
    while i < len(out):
        done = False
        for n in range(min(len(out) - i, 12), 3, -1):
            piece = out[i:i + n]
            if piece in words:
                i += n
                done = True
                break
            cand = {w for w in by_len.get(n, ()) if _subs(piece, w) == 1}
            if len(cand) == 1 and n >= 5:  # a 4-character piece is too often a word of its own (前年度同 → 前年度比)
                out = out[:i] + cand.pop() + out[i + n:]
                i += n
                done = True
                break
        if not done:
            i += 1
    return out


def in_context(run: str) -> str | None:
    """A run that is vocabulary words but for one piece, the piece corrected when it is within one substitution of
    exactly one vocabulary word (3 characters or more), or is one with a character missing (2 characters, or 4 and
    more: 滞納越分収納率 → 滞納繰越分収納率): 滞燥分収入率 → 滞繰分収入率, 滞分収入率 → 滞繰分収入率. A 2-character
    piece is not corrected by substitution (年度実精 could be 実績 or 実施; only the recognizer's probabilities could
    tell). The words around the piece are the evidence, so a run with no vocabulary word beside the piece is left
    alone (see correct_run)."""
    words, by_len = vocabulary()
    n = len(run)
    head = [True] + [False] * n  # head[i]: run[:i] is vocabulary words one after another
    for i in range(n):
        if head[i]:
            for j in range(i + 2, min(n, i + 14) + 1):
                if run[i:j] in words:
                    head[j] = True
    tail = [False] * n + [True]  # tail[j]: run[j:] is
    for j in range(n - 1, -1, -1):
        tail[j] = any(tail[k] and run[j:k] in words for k in range(j + 2, min(n, j + 14) + 1))
    fixes: set[str] = set()
    for i in range(n):
        if not head[i]:
            continue
        for j in range(i + 2, min(n, i + 8) + 1):
            if (i == 0 and j == n) or not tail[j]:
                continue
            piece = run[i:j]
            if piece in words:
                continue
            if len(piece) == 2:
                cand = {w for w in by_len.get(3, ()) if _one_missing(piece, w)}
                w = next(iter(cand)) if len(cand) == 1 else None
            else:  # substitutions only for 3 characters: a character put in next to a word would double it (主な取 + 組み)
                w = _best(piece, insert=len(piece) >= 4)
            if w is not None:
                fixes.add(run[:i] + w + run[j:])
    return next(iter(fixes)) if len(fixes) == 1 else None


def segmentable(run: str) -> bool:
    """True when the run is vocabulary words one after another (収入未済額目標 = 収入未済額 + 目標)."""
    words, _ = vocabulary()
    ok = [True] + [False] * len(run)
    for i in range(len(run)):
        if ok[i]:
            for j in range(i + 2, min(len(run), i + 14) + 1):
                if run[i:j] in words:
                    ok[j] = True
    return ok[-1]


def runs_in_word(run: str) -> bool:
    """True when the run (four characters or more) is vocabulary words one after another, or a piece of one
    vocabulary word (受益者負担金 of 下水道事業受益者負担金, a label wrapped over a cell's lines: 受益者負 / 担金)."""
    if segmentable(run):
        return True
    if len(run) < 4:
        return False
    words, _ = vocabulary()
    return any(run in w for w in words if len(w) > len(run))


def known(text: str) -> bool:
    """True when every kanji/kana run of two characters or more in `text` is made of vocabulary words."""
    runs = [r for r in _RUN.findall(text) if len(r) >= 2]
    return bool(runs) and all(segmentable(r) for r in runs)


def correct_wrapped(first: str, second: str) -> tuple[str, str]:
    """Two lines of one cell whose joint end and start make a vocabulary word within one substitution
    (後期高齢者医療保 + 資料 → 後期高齢者医療保 + 険料): the characters corrected in place, line lengths kept."""
    m1 = re.search(_RUN.pattern + "$", first)
    m2 = re.match(_RUN.pattern, second)
    if not m1 or not m2:
        return first, second
    a, b = m1.group(0), m2.group(0)
    if len(a) + len(b) < 4:
        return first, second
    joint = a + b
    fixed = _best(joint) if not segmentable(joint) else None
    if fixed is None or len(fixed) != len(joint):
        return first, second
    return first[: len(first) - len(a)] + fixed[: len(a)], fixed[len(a):] + second[len(b):]


def correct(text: str, cell: bool = False) -> str:
    """OCR text with each kanji/kana run corrected (see module docstring). `cell`: the text is one line of a
    table cell; a label that is the whole line may then be a 2-character word."""
    if cell and _RUN.fullmatch(text) and len(text) <= 3:
        return correct_run(text, short=True)
    if cell:  # a 2-character label in brackets: R5(見達) → R5(見込)
        text = re.sub(r"(?<=[(（])([\u3040-\u30ff\u3400-\u9fff]{2})(?=[)）])",
                      lambda m: correct_run(m.group(1), short=True), text)
    return _RUN.sub(lambda m: correct_run(m.group(0)), text)
