"""Attendee lists of minutes: 「本部員：総務局長・財政局長…」 or 「委員長 山田 太郎（副市長）」 lines.

Two printed shapes are read:
- role groups: ``ROLE：TITLE・TITLE・…`` (a group may wrap onto following lines);
- one person per line: ``ROLE NAME（TITLE）`` or ``TITLE NAME``, under a heading or table label that itself
  may be the role (事務局).
"""
from __future__ import annotations

import re
import unicodedata

from saiken.extract.families.minutes_text import Part, TextLine, despaced
from saiken.extract.layout import Grid
from saiken.extract.records import Attendee
from saiken.normalize.text import despace

ROLE_WORD = re.compile(r"^(?:副?(?:委員長|会長|本部長|部会長|議長)|本部員|委員|構成員|事務局|幹事|オブザーバー|説明員)$")
TITLE_END = re.compile(r"(?:長|監|官|員|理事|顧問|参与|参事|主幹|主査|主事|主任|書記|技師|次長|担当|補佐|管理者|責任者|議員|委員)"
                       r"(?:[(（][^()（）]*[)）])?$")
ROLE_FUSED = re.compile(r"^(副?(?:委員長|会長|本部長|部会長|議長)|本部員|構成員|事務局|幹事|説明員)(\S{2,})$")
GROUP = re.compile(r"^([^：:]{1,8})[：:]\s*(.*)$")
SEPARATORS = re.compile(r"[・、，,]")
ASIDE = re.compile(r"^[(（][^()（）]*[)）]$|^(?:以上|計|合計)\s*[0-9]+\s*名$")  # (敬称略), (順不同), 以上12名
#: Lines of an attendee list that name no one person: その他関係職員, a list 「…(氏名は下記のとおり)」 repeated below
#: with names, a count alone (12名).
NOBODY = re.compile(r"^(?:その他|ほか|外)\S{0,12}(?:職員|管理職|関係者)$|[(（]氏名は下記|^[(（]?[0-9]+\s*[名人][)）]?$|"
                    r"^[-－―‐—─━=＝・･*＊]+$|^※")
NAME_HEADER = re.compile(r"氏\s*名|名\s*前")
TITLE_HEADER = re.compile(r"職\s*名|役\s*職|所\s*属|職")
ROLE_HEADER = re.compile(r"区\s*分|役\s*割|種\s*別")


def person(text: str, role: str | None) -> Attendee | None:
    """One attendee from ``TITLE``, ``TITLE NAME``, ``NAME（TITLE）`` or ``TITLE（NAME）``; None for empty text."""
    text = re.sub(r"\s*君$", "", text.strip())  # 河村亜紀 君: the council's honorific
    if not text:
        return None
    m = re.match(r"^(.+?)\s*[(（]([^()（）]+)[)）]$", text)
    if m:
        left, inner = m.group(1).strip(), m.group(2).strip()
        if TITLE_END.search(inner):
            return Attendee(role=role, title=inner, name=left)
        return Attendee(role=role, title=left, name=inner)
    tokens = text.split()
    if len(tokens) >= 2 and TITLE_END.search(tokens[0]):
        name = " ".join(tokens[1:])
        return Attendee(role=role, title=tokens[0], name=despaced(name) if re.fullmatch(r"(?:\S\s+)+\S", name) else name)
    return Attendee(role=role, title=despace(text))


def title_name_pairs(text: str) -> list[tuple[str, str]]:
    """(title, name) of each person on a line that prints people as 「TITLE 姓 名 TITLE 姓 名」 or 「委員 木村隆 佐伯勝 …」
    (a council record's 出席委員 rows), or only titles 「財務部長 税務担当部長 …」 (name ''); empty for any other line.
    Two short tokens after a title are one name (清水 純子); names of three characters or more stand alone."""
    tokens = [re.sub(r"(?<=\S)君$", "", t) for t in despaced(text).split()]  # 清水 直樹君: the council's honorific
    spaced = bool(re.search(r"(?:^|\s)\S\s+\S(?:\s|$)", text))  # names printed one character apart

    def titled(t: str) -> bool:
        return bool(ROLE_WORD.match(t) or TITLE_END.search(t))

    if len(tokens) >= 2 and not titled(tokens[0]) and titled(tokens[-1]) and \
            not any(re.search(r"[0-9()（）、,，]", t) for t in tokens):  # 「大塚浩二 委員長 田代雅也 副委員長」,
        out_named: list[tuple[str, str]] = []  # 「仲本 辰雄 議員 国吉亮 議員」: the name before its title
        names: list[str] = []
        for tok in tokens:
            if not titled(tok):
                names.append(tok)
            elif names and len(names) <= 2:
                out_named.append((tok, " ".join(names) if len(names) == 2 and len(names[0]) <= 2 else "".join(names)))
                names = []
            else:
                return []
        return out_named
    groups: list[tuple[str, list[str]]] = []
    for tok in tokens:
        if re.search(r"[0-9、,，]", tok) or re.search(r"[()（）]", tok) and not TITLE_END.search(tok) or \
                len(_titles(tok)) > 1 and not any(names for _, names in groups):
            return []  # 「総務局長・財政局長」: a list of titles, read by _titles (after named people: one post held
            # with another, 保健福祉部参事・国民健康保険課長 樋口 恵)
        if len(_titles(tok)) > 1:
            groups.append((tok, []))
            continue
        if ROLE_WORD.match(tok) or TITLE_END.search(tok) and len(tok) >= 2:
            groups.append((tok, []))
        elif groups and len(tok) <= 6:  # 間木野多加志
            groups[-1][1].append(tok)
        else:
            return []
    if not groups or len(groups) == 1 and not groups[0][1]:
        return []
    if len(groups) == 1 and not ROLE_WORD.match(groups[0][0]):
        return []  # 「財政課長 鈴木 一郎」: one person, read by person()
    out: list[tuple[str, str]] = []
    for title, names in groups:
        paired = len(names) >= 4 and len(names) % 2 == 0 and all(len(n) <= 2 for n in names)  # 石橋 誠 中西 恵子…
        if len(names) > 2 and not paired and any(len(n) == 1 for n in names[1:]):  # 委員 牧野 隆 近藤和彦 伊藤 誠: a
            joined: list[str] = []  # one-character given name goes with the family name before it
            for n in names:
                if len(n) == 1 and joined and " " not in joined[-1] and len(joined[-1]) <= 3:
                    joined[-1] = f"{joined[-1]} {n}"
                else:
                    joined.append(n)
            out.extend((title, n) for n in joined)
            continue
        if not names:
            out.append((title, ""))
        elif len(names) == 2 and (len(names[0]) <= 2 or len(names[1]) == 1 or spaced and
                                  len(names[0]) + len(names[1]) <= 5):  # 清水 純子, 佐々木 修: one name
            out.append((title, " ".join(names)))  # (佐々木　康　弘 printed letter-spaced: one name too)
        elif len(names) >= 4 and len(names) % 2 == 0 and all(len(n) <= 2 for n in names):
            out.extend((title, f"{a} {b}") for a, b in zip(names[::2], names[1::2]))  # 委員 山田 敏夫 工藤 健一 …
        else:  # (family and given names set apart, several people under one title)
            out.extend((title, n) for n in names)
    if all(not n for _, n in out) and len(out) < 2:
        return []
    return out


def split_outside_parens(text: str) -> list[str]:
    """Pieces of a ・/、 separated list; separators inside parentheses do not split."""
    pieces, depth, cur = [], 0, ""
    for ch in text:
        depth += ch in "(（"
        depth -= ch in ")）" and depth > 0
        if depth == 0 and SEPARATORS.match(ch):
            pieces.append(cur)
            cur = ""
        else:
            cur += ch
    return [p for p in pieces + [cur] if p.strip()]


def _person_line(line: str) -> bool:
    """True for a line that is a title and a name of its own (副市長 間木野多加志): never the end of the line above."""
    tokens = despaced(line).split()
    return len(tokens) >= 2 and bool(TITLE_END.search(tokens[0]) or ROLE_WORD.match(tokens[0]))


def _groups(lines: list[TextLine], default_role: str | None) -> list[tuple[str | None, str]]:
    """(role, text) per role group or per person line. A line that does not open a group continues the group
    above when that ends with a separator (・、) or its line ran to the right edge (a word wrapped: 子ども未来局 /
    長); otherwise it is one more entry of the same role (titles listed one per line under 本部員：…)."""
    out: list[tuple[str | None, str]] = []
    grouped = False
    previous: TextLine | None = None
    for ln in lines:
        text = LIST_NUMBER.sub("", ln.text)  # 「(2)委 員　総務部長・…」: the list's own numbering
        line = despaced(text) if re.match(r"^\S\s\S(?:\s|$)", text) else text  # 「委 員 市長室長・…」
        if _count_line(line):
            continue  # 「委員長・委員8名・事務局3名」 under 出席者: how many, no one person
        fused = ROLE_FUSED.match(line)
        if fused and _titled(fused.group(2)):
            line = f"{fused.group(1)} {fused.group(2)}"  # 「副委員長総務部長」 printed with no gap: role, then title
        m = GROUP.match(line)
        first = line.split()[0] if line.split() else ""
        words = line.split()
        bracketed = re.fullmatch(r"[(（]\s*(\S{1,8}?)\s*[)）]", despace(line))
        if bracketed and ROLE_WORD.match(bracketed.group(1)):  # （事務局） on a line of its own: the role of the lines
            default_role, grouped = bracketed.group(1), False  # under it
            previous = ln
            continue
        lead = re.match(r"^[(（]\s*([^()（）]{1,14}?)\s*[)）]\s*(\S.*)$", line)
        if lead and (role := heading_role(lead.group(1)) or _role_word(lead.group(1))):  # （説明のため出席した者）
            out.append((role, lead.group(2)))  # 保険年金課長　中村 圭、…: the people after it, with its role
            grouped = True
        elif m:
            out.append((m.group(1).strip(), m.group(2)))
            grouped = True
        elif (pairs := _role_pairs(words)) is not None:  # 本部長 副市長　本部員 建設部長: pairs in two columns
            out.extend(pairs)
            grouped = True
        elif ROLE_WORD.match(first) and len(words) > 1:
            out.append((first, line[len(first):].strip()))
            grouped = True
        elif out and (out[-1][1].rstrip().endswith(("・", "、", ",")) or (previous is not None and previous.wraps
                                                                     and not _person_line(line)
                                                                     and not title_name_pairs(line))
                      or _cut_title(out[-1][1], line)  # …福祉部長・都市建設 / 部長・上下水道部長
                      or re.search(r"[・、,][一-鿿]$", out[-1][1].rstrip())  # 、収 / 納課長: a word cut by the line
                      and not re.match(r"^[・、,]", line)
                      or re.match(r"^\S[・、]", line) and re.search(r"[・、]", out[-1][1])):  # 福祉部 / 長・健康部長…
            out[-1] = (out[-1][0], out[-1][1] + line)
        else:
            out.append((out[-1][0] if out and grouped else default_role, line))
        previous = ln
    return out


def _cut_title(above: str, line: str) -> bool:
    """True when a list of titles ends in a piece that is no title (…・都市建設) and the line below opens with the
    rest of it (部長・上下水道部長): a title cut by the end of the line."""
    if not SEPARATORS.search(above):
        return False
    last = SEPARATORS.split(above.rstrip())[-1].strip()
    head = re.split(r"[・、，,\s]", line.strip())[0]
    return bool(last) and bool(head) and len(last) <= 12 and not re.search(r"\s", last) and not _titled(last) and _titled(last + head) \
        and not ROLE_WORD.match(head)


def _label(heading: str) -> str:
    """A list's heading without its bracketed count or note (出席委員（６名） → 出席委員)."""
    return re.sub(r"[(（].*$", "", despace(heading))


def _role_word(heading: str) -> str | None:
    """The role word a list's heading is (委員, 事務局), else None (出席者)."""
    label = _label(heading)
    return label if ROLE_WORD.match(label) else None


def heading_role(heading: str) -> str | None:
    """The role a list's heading gives people listed with none: 説明員 for 説明のため出席した者, 事務局 for
    委員会事務局職員; None for any other heading."""
    label = _label(heading)
    if label.startswith("説明のため") or label == "説明者":
        return "説明員"
    return "事務局" if label.endswith(("事務局", "事務局職員")) else None


LIST_NUMBER = re.compile(r"^\s*(?:[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．)）])\s*")


def _role_pairs(cells: list[str]) -> list[tuple[str, str]] | None:
    """(role, title) pairs of a row or line printing a role and a title twice or more (本部長 副市長 本部員 建設部長), a
    blank pair at its end left out; None unless every other cell, from the first, is a role word and the others are
    not."""
    if len(cells) < 4 or len(cells) % 2:
        return None
    pairs = [(cells[k], cells[k + 1]) for k in range(0, len(cells), 2) if cells[k] or cells[k + 1]]
    if not pairs or not all(ROLE_WORD.match(role) and title and not ROLE_WORD.match(title) for role, title in pairs):
        return None
    return pairs


def _count_line(line: str) -> bool:
    """True for a line that only gives the make-up of the list (委員長・委員8名・事務局3名)."""
    pieces = [p for p in re.split(r"[・、,]", re.sub(r"[(（][^()（）]*[)）]\s*$", "", despace(line))) if p]  # (（欠席委員なし）)
    return len(pieces) >= 2 and any(re.search(r"[0-9]+名$", p) for p in pieces) and all(
        ROLE_WORD.match(re.sub(r"[0-9]+名$", "", p)) for p in pieces)


def printed_count(heading: str) -> int | None:
    """The number of people a heading prints (出席委員（６名）; 本部長・副本部長・本部員９名・事務局２名 → 13), None if none."""
    inner = re.search(r"[(（]([^()（）]*[0-9]+\s*[名人][^()（）]*)[)）]", unicodedata.normalize("NFKC", heading))
    if not inner:
        return None
    total = 0
    for piece in re.split(r"[・、,]|及び|並びに", inner.group(1)):  # (会長、副会長及び委員8名: 1 + 1 + 8)
        m = re.search(r"([0-9]+)\s*[名人]", piece)
        total += int(m.group(1)) if m else 1
    return total


def attendees(part: Part) -> list[Attendee]:
    """Every person listed in an attendee part, in printed order, each with role and title (and name); a person
    listed with no role but a title takes the heading's (説明のため出席した者: 説明員)."""
    role = heading_role(part.heading)
    return [a.model_copy(update={"role": role}) if role and (not a.role or a.role == a.title and not ROLE_WORD.match(a.role))
            else a for a in _listed(part)]


def _listed(part: Part) -> list[Attendee]:
    """The people of an attendee part. Where the heading prints how many there are and the lines read to one more,
    a name cut by the end of a line (藤田 / 智子) is joined."""
    out = _attendees(part)
    count = printed_count(part.heading)
    if count is None:  # no count to check against: people set a wide gap apart are read piece by piece
        pieces = by_pieces(part.lines, _role_word(part.heading))
        if pieces:
            return pieces
    if count is not None and len(out) != count and any("  " in ln.wide for ln in part.lines):
        spaced = [TextLine(ln.page, _by_gaps(ln.wide), ln.x0, ln.size) if ln.wide else ln for ln in part.lines]
        apart = _attendees(Part(part.key, part.heading, spaced))  # 委 員 伊 藤 健 司　　長谷川　誠　　丹 羽 由紀子:
        if len(apart) == count:  # names letter-spaced, people set two characters apart (委員 阿部 健一  伊藤 真理)
            return apart
    if count is not None and len(out) == count + 1:
        for k in range(len(part.lines) - 1):
            a, b = part.lines[k], part.lines[k + 1]
            lines = part.lines[:k] + [TextLine(a.page, a.text.rstrip() + b.text.lstrip(), a.x0, a.size)] + part.lines[k + 2:]
            joined = _attendees(Part(part.key, part.heading, lines))
            if len(joined) == count:
                return joined
    if count is not None and len(out) > count:  # 委員長 佐々木 健一: a family and a given name read as two people
        joined = _join_names(out, len(out) - count)
        if joined is not None:
            return joined
    return out


def by_pieces(lines: list[TextLine], default_role: str | None) -> list[Attendee] | None:
    """The people of lines that set each person apart by a wide gap (委員長　佐々木　健一　　副委員長　昆野　由美;
    財務部長　高橋　誠　　債権管理課長　千葉　恵子): each piece a title or role and a name, or a name under the role
    before it; a family name ending a line that ran to the edge goes on with the given name opening the next (村上 /
    昌之). None when a line has no wide gap or a piece is no person."""
    if not any("  " in (ln.wide or "") for ln in lines):
        return None
    pieces: list[list[str]] = []
    for ln in lines:
        wide = ln.wide or ln.text
        here = [despaced(piece).split() for piece in wide.split("  ") if piece.strip()]
        if pieces and here and len(pieces[-1]) == 1 and len(here[0]) == 1 and len(here[0][0]) <= 3 and \
                not TITLE_END.search(here[0][0]) and not ROLE_WORD.match(here[0][0]) and \
                any(len(p) == 2 for p in pieces):
            pieces[-1] = pieces[-1] + here.pop(0)  # 村上 / 昌之: a name cut by the end of the line
        pieces.extend(here)
    out: list[Attendee] = []
    role = default_role
    pending: str | None = None  # a title alone in its piece (財務部長　　高橋　誠): the name is the next piece
    for tokens in pieces:
        tokens = [re.sub(r"(?<=\S)君$", "", tok) for tok in tokens if tok not in ("〃", "同", "君")]  # 〃: the title above
        if not tokens:
            continue
        first = tokens[0]
        titled = bool(ROLE_WORD.match(first) or TITLE_END.search(first))
        if titled and ROLE_WORD.match(first):
            role = first
        if titled and len(tokens) == 1:
            if pending is not None:
                out.append(Attendee(role=pending if ROLE_WORD.match(pending) else default_role or pending, title=pending))
            pending = first
            continue
        name_tokens = tokens[1:] if titled else tokens
        if len(name_tokens) > 2 or any(len(n) > 5 or re.search(r"[0-9()（）・、]", n) for n in name_tokens):
            return None
        title = first if titled else pending if pending is not None else role
        if title is None:
            return None
        own = titled or pending is not None  # a title of the person's own, not the role of a list of names
        out.append(Attendee(role=title if ROLE_WORD.match(title) else default_role or title if own else role,
                            title=title, name=" ".join(name_tokens)))
        pending = None
    if pending is not None:
        out.append(Attendee(role=pending if ROLE_WORD.match(pending) else default_role or pending, title=pending))
    return out


def _join_names(people: list[Attendee], extra: int) -> list[Attendee] | None:
    """The list with `extra` pairs of neighbours of one role whose names are short single words joined (佐々木 + 健一),
    the first such pairs first; None when there are not that many."""
    out = list(people)
    for _ in range(extra):
        k = next((i for i in range(len(out) - 1) if out[i].role == out[i + 1].role and out[i].name and out[i + 1].name
                  and " " not in out[i].name and " " not in out[i + 1].name
                  and len(out[i].name) <= 3 and len(out[i + 1].name) <= 3), None)
        if k is None:
            return None
        out[k:k + 2] = [out[k].model_copy(update={"name": f"{out[k].name} {out[k + 1].name}"})]
    return out


LEADING_ROLE = re.compile(r"^(副?(?:委員長|会長|議長)|委員)(?=\S{2})")


def _by_gaps(wide: str) -> str:
    """A line of letter-spaced people read by its wide gaps: each piece one person, a role word before its name."""
    return " ".join(LEADING_ROLE.sub(r"\1 ", despace(piece)) for piece in wide.split("  ") if piece.strip())


def _attendees(part: Part) -> list[Attendee]:
    default_role = _role_word(part.heading)
    out: list[Attendee] = []
    for role, text in _groups(part.lines, default_role):
        if NOBODY.search(despace(text)):
            continue
        if text.startswith("〃") and out:  # 「〃 松 田 明 美」: the title of the line above
            text = (out[-1].title or "") + " " + text[1:]
        first = text.split()[0] if text.split() else ""
        named_first = bool(first) and not ROLE_WORD.match(first) and not TITLE_END.search(first)
        pairs = title_name_pairs(text) or (title_name_pairs(f"{role} {text}") if role and named_first else [])
        if pairs:  # 「委員長 清水 純子 副委員長 中村 浩一」: several people on one line
            out.extend(Attendee(role=t if ROLE_WORD.match(t) else role or t, title=t, name=n or None) for t, n in pairs
                       if not t.startswith("その他"))  # その他担当管理職職員: no one person
            continue
        for piece in _titles(text):
            if ASIDE.match(piece.strip()):
                continue
            a = person(piece, role)
            if a is not None:
                out.append(a)
    return out


def _spans_all(row: list[str]) -> bool:
    """True for a row printed as one cell across the table (a title row: 出席者（本部長・本部員10名…）)."""
    return len(row) > 1 and len(set(row)) == 1


def _cell_people(text: str, role: str | None, name: str) -> list[Attendee]:
    """The people of one title cell: one title with its name, or, without a name, every title of a
    ・/、 separated list (本部員 | 総務局長、財政局長、…)."""
    if name:
        return [Attendee(role=role, title=despace(text), name=name)]
    return [a for piece in _titles(text) if not ASIDE.match(piece.strip())
            for a in [person(piece, role)] if a is not None]


def _titled(piece: str) -> bool:
    """A list piece that is a title (総務局長) or a name with its title in parentheses (田中 秀樹(収納課長))."""
    paren = re.search(r"[(（]([^()（）]+)[)）]\s*$", piece)
    return bool(TITLE_END.search(re.sub(r"[(（].*$", "", piece).strip()) or paren and TITLE_END.search(paren.group(1)))


def _joined(parts: list[str]) -> list[str]:
    """List pieces with each piece that is no title joined to the piece after it (子ども + 若者部長)."""
    out: list[str] = []
    carry = ""
    for part in parts:
        if _titled(part):
            out.append(carry + part)
            carry = ""
        else:
            carry += part + "・"
    return out + ([carry.rstrip("・")] if carry else [])


def _titles(text: str) -> list[str]:
    """The titles of a cell: split at 、 and commas, and at ・ only where every piece is a title (総務局長・財政局長,
    but not 市民・スポーツ文化局長)."""
    out = []
    for piece in re.split(r"[、，,](?![^(（]*[)）])", text):
        parts = split_outside_parens(piece)
        if len(parts) > 1 and not all(_titled(p) for p in parts):
            parts = _joined(parts)  # 市長室長・子ども・若者部長: 子ども goes with the title after it
        whole = len(parts) > 1 and not all(_titled(p) for p in parts)
        out.extend([piece] if whole else parts)
    return [p for p in out if p.strip()]


def _pair_rows(rows: list[list[str]]) -> list[Attendee]:
    """Attendees from a list without headers printed as title | name pairs across each row (委員長 | 中村 浩 |
    副委員長 | 石井 亮子); empty unless every filled pair is a title followed by a name."""
    if len(rows[0]) < 2 or len(rows[0]) % 2:
        return []
    out = []
    for row in rows:
        for title, name in zip(row[0::2], row[1::2]):
            title, name = despace(title), name.strip()
            if not title and not name:
                continue
            plain = despace(name)
            if not TITLE_END.search(title) and not ROLE_WORD.match(title) or not plain or len(plain) > 8 or \
                    TITLE_END.search(plain) or ROLE_WORD.match(plain) or re.search(r"[0-9]", plain + title):
                return []
            out.append(Attendee(role=title if ROLE_WORD.match(title) else None, title=title, name=name))
    return out if len(out) >= 2 else []


def _role_rows(rows: list[list[str]]) -> list[Attendee]:
    """Attendees from a list without column headers whose first column names roles (本部長 | 副市長); empty
    unless at least two rows open with a role word."""
    roles = [despace(r[0]) for r in rows]
    if len(rows[0]) < 2 or sum(bool(ROLE_WORD.match(x)) for x in roles) < 2:
        return []
    paired = [_role_pairs([despace(t) for t in row]) for row in rows]  # 本部長 | 副市長 | 本部員 | 建設部長: pairs
    if all(p is not None for p in paired):
        return [a for pairs in paired for role, title in pairs or () for a in _cell_people(title, role, "")]
    return [a for role, row in zip(roles, rows) if ROLE_WORD.match(role)
            for a in _cell_people(row[-1], role, "")]


def table_attendees(g: Grid) -> list[Attendee]:
    """Attendees from a ruled list whose header names the columns (区分 | 職名 | 氏名), under an optional title row
    spanning the table; a merged 区分 cell covers its rows, and a title cell may list several titles
    (本部員 | 総務局長、財政局長…). A list without headers whose first column names roles (本部長 | 副市長) is read
    too. Empty when the table is not such a list."""
    rows = g.filled_rows()
    while rows and _spans_all(rows[0]):
        rows = rows[1:]
    if len(rows) < 2:
        return []
    header = [despace(h) for h in rows[0]]

    def column(pattern: re.Pattern[str]) -> int | None:
        return next((i for i, h in enumerate(header) if pattern.search(h)), None)

    name_col = column(NAME_HEADER)
    title_col = next((i for i, h in enumerate(header) if TITLE_HEADER.search(h) and i != name_col), None)
    role_col = column(ROLE_HEADER)
    if title_col is None or (name_col is None and role_col is None):
        return _pair_rows(rows) or _role_rows(rows)
    out = []
    for row in rows[1:]:
        if not despace(row[title_col]):
            continue
        name = row[name_col].strip() if name_col is not None else ""
        role = despace(row[role_col]) if role_col is not None else ""
        out.extend(_cell_people(row[title_col], role or None, name))
    return out
