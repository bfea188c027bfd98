"""Reading minutes (議事要旨・会議録) as text: headings, labelled parts, speaker blocks.

The minutes are a stream of lines across pages (running headers and page numbers already removed), cut
into parts by their headings (１ 開催方法, ２ 出席者, ■会議の経過 …). Everything after the discussion heading
(意見及び質問, 会議の経過, 議事の概要 …) is read as speaker blocks: a label line （財政局長）, an inline label
○委員長 … or 【財政課長】 …, then the statement, which may run on over page breaks. Nothing here depends on
one city's wording beyond these labels.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from saiken.extract.families.minutes_speech import speech_lines
from saiken.extract.layout import Line, Page
from saiken.normalize.text import despace

#: Part keys by the words of their heading; the first match wins, so the order matters.
PART_KEYS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("discussion", re.compile(r"意見|質問|経過|議事の?(?:概要|要旨|内容|経過)|審議|発言|質疑|協議内容|"
                              r"会議の?(?:概要|要旨|内容|記録)|議事録$|^概要$|(?:説明|報告)の?(?:概要|要旨)")),  # 事務局からの説明の概要
    ("method", re.compile(r"方法|形式|形態")),
    ("date", re.compile(r"日時|開催日|開会年?月?日|年月日|期日|日付")),
    ("place", re.compile(r"場所|会場")),
    ("absent", re.compile(r"欠席")),
    ("attendees", re.compile(r"出席|委員|事務局|構成員|^説明員$|^本部員$")),
    ("agenda", re.compile(r"議題|案件|議事|次第|付議事件|付した事件|審査事件|審査事項|調査事件|調査事項|審査順序|付託議案|^所管事務調査(?:事項)?$|"
                          r"^事件$|^日程$")),
    ("materials", re.compile(r"資料")),
)
HEADING = re.compile(r"^(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}|第[0-9一二三四五六七八九十]{1,3})[\s.．、]\s*(\S.*)$")
MARKED_HEADING = re.compile(r"^[■□◆◇●]\s*(\S.*)$")
_PEOPLE = (r"(?:出席(?:委員|議員|者|説明員|者氏名)|欠席(?:委員|議員|者)|説明員|"
           r"説明のため(?:に)?出席した(?:者|職員)|説明のための出席者|(?:議会)?事務局(?:職員|出席者)|"
           r"職務のため(?:に)?出席した(?:議会)?(?:事務局)?職員)")
#: A role and a title printed with no gap (副委員長総務部長): one person of an attendee list, no heading.
ROLE_AND_TITLE = re.compile(r"副?(?:委員長|会長|本部長|部会長|議長)\S{0,12}(?:長|理事|監|参事|主査|次長)")
#: The header parts of a council committee record marked like its speakers (〇開会日時 …, 〇出席委員（7名）).
COUNCIL_HEADING = re.compile(rf"^[〇○◯◎]\s*((?:(?:開会|開催)?日\s*時|場\s*所|{_PEOPLE}(?:の職・?氏名)?|\S{{0,8}}出席者|"
                             r"(?:本日の)?会議に付した事件|付議事件|(?:本日)?審査した(?:案件|事件)|傍聴者|傍聴人|付託(?:議案|案件|事件)|"
                             r"審査(?:事件|案件)|調査事件|所管事務調査(?:事項)?|配付資料)"
                             r"(?:[(（][^)）]*[)）])?(?:\s.*)?)$")
#: The header labels of a council record's people, alone on their line (with a count or bullet) or before
#: their value: 出席委員（8人）, ・説明のために出席した者, 欠席委員 なし, 職務のため出席した事務局職員.
PEOPLE_LABEL = re.compile(rf"^[・･]?\s*{_PEOPLE}\s*(?:[(（][^()（）]*[)）])?\s*(?:$|[：:]|\s+(?:な\s*し|[^\s0-9]))")
#: The agenda labels of a council record: 議事日程第3号, 本日の会議に付した事件, 「日 程 1 所管事務の調査」.
AGENDA_LABEL = re.compile(r"^(?:配[付布]資料(?=\s+\S)|議事日程(?:第\s*[0-9]+\s*号)?|本日の会議に付した事件|会議に付した事件|"
                          r"付議事件|審査事件|審査事項|調査事項|付託事件|案\s*件(?=\s+\S)|日\s*程(?=\s+\S))\s*(?:$|\s)")
SUB_HEADING = re.compile(r"^\(([0-9]{1,2})\)\s*(\S.*)$")
#: A label alone on its line: (財政局長), or with the office's role around it: (事務局(収納対策課長)).
PAREN_SPEAKER = re.compile(r"^[(（](?!\s*(?:次[頁ペ]|前[頁ペ]|続|以下|以上|単位|注|敬称略|順不同))([^()（）\d]{1,20}(?:[(（][^()（）\d]{1,15}[)）])?)[)）]$")
ROLE_BRACKET_SPEAKER = re.compile(r"^[〔【\[［(（](?:説明|報告|答弁|回答|質疑|質問|意見)[〕】\]］)）]\s*(\S{2,20})(?:\s+(.*))?$")
BRACKET_SPEAKER = re.compile(r"^[【〈《<\[［〔≪«]([^】〉》>\]］〕≫»]{1,20})[】〉》>\]］〕≫»]\s*(.*)$")
#: A label alone on its line between dashes: －財政局長－, ― 本部長 ―.
DASH_SPEAKER = re.compile(r"^[-－―‐—]\s*([^-－―‐—\s]{1,20})\s*[-－―‐—]()$")
CIRCLE_SPEAKER = re.compile(r"^[○◯〇◎]\s*([^\s]{1,20})(?:\s+(.*))?$")
#: the first speaker of a council record: ○ or ◎ (the chair) before a name and title
CIRCLE_BRACKETED = re.compile(r"^[○◯〇◎]\s*([^\s【〔(（]{1,12}[【〔(（][^】〕)）]{1,15}[】〕)）])\s*(.*)$")
DIAMOND_SPEAKER = re.compile(r"^[◆◇]\s*([^\s、。]{1,8})\s+([^\s、。]{1,12})(?:\s+(.*))?$")
SEAT_SPEAKER = re.compile(r"^[○◯〇◎]\s*([0-9]{1,3}\s*番\s*[(（][^()（）]{1,12}[)）])\s*(.*)$")
COUNCIL_SPEAKER = re.compile(r"^[○◯〇◎]\s*([^\s]{1,20})(?:\s+(.*))?$")
#: A label after a list mark, alone or before the statement: ・財政局長：「市税」は…, ◎本部長 効果は…
MARK_SPEAKER = re.compile(r"^[・●◎◆◇■□▼▽☆★]\s*([^\s：:、。「」()（）]{1,20}?)(?:\s*[：:]\s*|\s+|$)(.*)$")
#: A label printed before the statement on the same line: （財政局長）「市税」は… or 会長：ただいまから…
INLINE_PAREN_SPEAKER = re.compile(r"^[(（]([^()（）\d、。「」]{1,15})[)）]\s*(\S.*)$")
COLON_SPEAKER = re.compile(r"^([^\s：:、。「」]{1,20}?)\s*[：:]\s*(.*)$")
#: How the name of a speaking role or person ends (財政局長, 委員, 事務局, 債権管理課長補佐 …).
SPEAKER_END = re.compile(r"(?:長|員|局|官|監|補佐|担当|主幹|主査|参事|参与|顧問|幹事|理事|事務局)(?:\([^)]*\))?$")
NOT_SPEAKER = re.compile(r"^(?:継続|新規|拡充|完了|廃止|案|仮称|注|参考|別添|別紙)$")
END_MARK = re.compile(r"^以\s*上$|^[(（]?(?:午前|午後)\s*[0-9]+\s*時(?:\s*[0-9]+\s*分)?\s*(?:閉会|散会|閉議)[)）]?$")
#: A record of the proceedings marked like a speaker: 〇再開 9時58分, ○休憩 (午前11時12分).
PROCEDURAL = re.compile(r"^[〇○◯◎]\s*(?:再開|休憩|散会|閉会|開会|開議|閉議|休会)(?:\s|[(（]|$)")
#: A council member named as a speaker (佐々木委員, ○木下誠委員長), not the 出席委員 heading.
MEMBER = re.compile(r"[○◯〇◎]?(?!出席|構成|欠席)\S{1,5}(?:副?委員長|委員)")
#: A topic line of a council record marked like a speaker: ◎市税等の収納状況（10月末）について, 〇付託議案の審査について.
COUNCIL_TOPIC = re.compile(r"^[◎○◯〇]\s*(\S[^。、]{0,38}(?:について|の件|事項)[」』)）]?)$")
#: What a record notes between speeches in parentheses: （「異議なし」と呼ぶ者あり）, （拍手）, （休憩）.
STAGE_DIRECTION = re.compile(r"「|呼ぶ者|拍手|起立|挙手|休憩|退席|着席|発言する者")
#: A speaker's label alone on its line, between statements: 「佐々木委員」 over 「市税の滞納繰越分の…」.
BARE_SPEAKER = re.compile(r"^[^\s、。：:「」()（）【】]{2,12}$")
HEADING_MAX = 40  # characters: a longer line is prose, not a heading
CAPTION = re.compile(r"単位|^【?(?:表|図)\s*[0-9]*")
NOTE_GAP = 30.0  # points between a table and its caption or note
IMPLICIT_SPEAKER = re.compile(r"^(.+?)((?:から|より)の?)?(?:コメント|発言|挨拶|あいさつ|講評|総括|まとめ|所感)")
LABEL_SPLIT = re.compile(r"^(\S+?)\s*[：:]\s*(.*)$")
LABEL_MAX = 12  # characters of a heading's label (開催日時, 出席者) when the heading prints its value too


@dataclass(slots=True)
class TextLine:
    """One line of the stream with where it was printed."""

    page: int
    text: str
    x0: float
    size: float
    x1: float = 0.0
    wraps: bool = False  # the line runs to the right edge of the text: the next line may continue a word
    wide: str = ""  # the text with a double space where the gap is two characters wide or more (between people)


@dataclass(slots=True)
class Part:
    """The lines under one top-level heading; `key` says what the heading announces (None: unknown)."""

    key: str | None
    heading: str
    lines: list[TextLine] = field(default_factory=list)


@dataclass(slots=True)
class Block:
    """One speaker block: who spoke, under which section, and the statement's lines."""

    speaker: str | None
    section: str | None
    page: int
    lines: list[TextLine] = field(default_factory=list)


SEAT = re.compile(r"(?<!\S)[0-9]{1,3}\s*番(?=\s|$)")  # 「1 番 仲本 辰 雄 議員」: a council member's seat
#: Role words that a spaced-out line (委 員 松 井 良 子) prints character by character.
SPACED_ROLE = re.compile(r"副?委員長|副?議長|委員|議員")


def despaced(text: str) -> str:
    """A people line with seat numbers dropped and words printed character by character joined: 「委 員 松 井 良 子
    委 員 大 野 健 太 郎」 → 「委員 松井良子 委員 大野健太郎」, 「1 番 仲本 辰 雄 議員」 → 「仲本 辰雄 議員」. A run of single
    characters is one word, except the role words inside it (委員, 委員長, 議員), which stand apart."""
    out: list[str] = []
    run = ""
    for tok in SEAT.sub(" ", text).split() + [""]:
        if len(tok) == 1 and not tok.isascii() and tok != "〃":
            run += tok
            continue
        if run:
            out.extend(w for w in re.split(f"({SPACED_ROLE.pattern})", run) if w and w != "君")  # 伊藤 明美 君
            run = ""
        if tok:
            out.append(tok)
    return " ".join(out)


def tidy(text: str) -> str:
    """Folded text with the spaces a PDF puts around digits in Japanese text removed (第 29 回 → 第29回)."""
    return re.sub(r"(?<=[^\x00-\x7f])\s+(?=[0-9])|(?<=[0-9])\s+(?=[^\x00-\x7f])", "", text).strip()


def table_note(line: Line, page: Page) -> bool:
    """True for a table's caption (表1 …, (単位：千円)) printed just above a table, or a ※ note just below one."""
    text = line.text.strip()
    for g in page.grids:
        above = 0 <= g.bbox[1] - line.bbox[3] <= NOTE_GAP
        below = 0 <= line.bbox[1] - g.bbox[3] <= NOTE_GAP
        if above and CAPTION.search(text) and not text.endswith("。"):
            return True
        if below and text.startswith(("※", "注")):
            return True
    return False


def stream(pages: list[Page]) -> list[TextLine]:
    """Every line outside ruled tables and their captions and notes, page after page, in reading order; a line
    that reaches the right edge of the page's text (within 1.5 characters) is marked `wraps`. The rows of a
    発言者 | 発言要旨 table come in where the table is printed, as label lines and statement lines."""
    out: list[TextLine] = []
    speech = speech_lines(pages)
    for p in pages:
        kept = [ln for ln in p.lines_outside_grids() if ln.text.strip() and not table_note(ln, p)]
        right = max((ln.bbox[2] for ln in kept), default=0.0)
        tabled = speech.get(p.number, [])
        for ln in kept:
            while tabled and tabled[0].top < ln.bbox[1]:
                t = tabled.pop(0)
                out.append(TextLine(p.number, t.text, t.x0, t.size))
            size = ln.size or 0.0
            out.append(TextLine(p.number, ln.text.strip(), ln.bbox[0], size, ln.bbox[2],
                                ln.bbox[2] >= right - 1.5 * (size or 10.0), _wide(ln)))
        out.extend(TextLine(p.number, t.text, t.x0, t.size) for t in tabled)
    return _join_label_wraps(_join_marks(out))


def _join_label_wraps(lines: list[TextLine]) -> list[TextLine]:
    """A label wrapped in its column (説明のため出席した / 者, its value wrapped beside it: 渡辺 一 / 郎) put back on
    one line: the piece under the label ends it, the rest of the line goes on the value."""
    out: list[TextLine] = []
    for ln in lines:
        prev = out[-1] if out else None
        tokens = ln.text.split(maxsplit=1)
        if prev is not None and prev.page == ln.page and tokens and abs(ln.x0 - prev.x0) <= 2 \
                and len(tokens[0]) <= 2 and not re.search(r"[0-9]", tokens[0]) and heading_text(prev.text) is None:
            label, _, rest = prev.text.partition(" ")
            joined = f"{label}{tokens[0]} {rest}{tokens[1] if len(tokens) > 1 else ''}".strip()
            if rest and heading_text(joined) is not None:
                wide = prev.wide.partition(" ")[2] + (ln.wide.split(maxsplit=1)[1] if len(tokens) > 1 else "")
                out[-1] = TextLine(prev.page, joined, prev.x0, prev.size, max(prev.x1, ln.x1), ln.wraps,
                                   f"{label}{tokens[0]} {wide}")
                continue
        out.append(ln)
    return out


def _wide(ln: Line) -> str:
    """The line's words with a double space where the gap between them is 1.6 characters or more."""
    size = ln.size or 10.0
    out = ""
    for prev, w in zip([None, *ln.words], ln.words):
        out += w.text if prev is None else ("  " if w.bbox[0] - prev.bbox[2] >= 1.6 * size else " ") + w.text
    return out


def _join_marks(lines: list[TextLine]) -> list[TextLine]:
    """A speaker mark printed alone on its line (○ above 「木下誠委員長」) joined to the line below it; the number
    a record gives each statement before its mark (「2　◯関口市民部長　…」) dropped."""
    out: list[TextLine] = []
    for ln in lines:
        numbered = re.match(r"^[0-9]{1,3}\s+(?=[○◯〇◎])", ln.text)
        if numbered:
            ln = TextLine(ln.page, ln.text[numbered.end():], ln.x0, ln.size, ln.x1, ln.wraps)
        if out and re.fullmatch(r"[○◯〇◎]", out[-1].text):
            mark = out.pop()
            ln = TextLine(ln.page, mark.text + ln.text, mark.x0, ln.size, ln.x1, ln.wraps)
        out.append(ln)
    return out


def part_key(heading: str) -> str | None:
    """What a heading announces ('discussion', 'method', 'date', 'place', 'attendees', …), None if unknown."""
    label = re.sub(r"[(（].*$", "", despace(heading)) or despace(heading)
    if re.search(r"(?:審査順序|議事日程|会議次第)$", label):
        return "agenda"  # 総務常任委員会審査順序 (委員 in it names no attendees)
    for key, pattern in PART_KEYS:
        if pattern.search(label):
            return key
    return None


def split_label(heading: str) -> tuple[str, str]:
    """(label, value) of a heading that prints its value on the same line: '日 時 令和6年7月24日(水)' →
    ('日 時', '令和6年7月24日(水)'), '開催日時：令和…' → ('開催日時', '令和…'); value '' when there is none.
    Spaced-out labels (議 題, 日 時) are read as one word."""
    m = LABEL_SPLIT.match(heading)
    if m and part_key(m.group(1)) is not None:
        return m.group(1), m.group(2).strip()
    tokens = heading.split()
    n = 1
    while n < len(tokens) and (len(tokens[n - 1]) == 1 and len(tokens[n]) == 1 and not tokens[n].isascii()
                               or _open(" ".join(tokens[:n]))):
        n += 1  # 議 題 (spaced out), 出席議員（30 名） (a count in parentheses)
    label = " ".join(tokens[:n])
    return label, " ".join(tokens[n:])


def _open(text: str) -> bool:
    """True when a parenthesis opened in `text` is not closed."""
    return text.count("(") + text.count("（") > text.count(")") + text.count("）")


def heading_text(text: str) -> str | None:
    """The text of a top-level heading line (１ 開催方法 → 開催方法), None when the line is not one. A heading
    whose label is a known part (日時, 出席者 …) may print its value after it, however long."""
    topic = COUNCIL_TOPIC.match(text)
    if topic:
        return topic.group(1)
    bracketed = re.fullmatch(r"\s*【\s*([^】]{2,12}?)\s*】\s*", text)
    if bracketed and part_key(bracketed.group(1)) in ("agenda", "materials", "attendees", "date", "place"):
        return bracketed.group(1)  # 【所管事務調査】 over 1.債権管理について …
    m = HEADING.match(text) or MARKED_HEADING.match(text) or COUNCIL_HEADING.match(text)
    if m and m.group(1).startswith("番"):
        return None  # 「1 番 仲本 辰 雄 議員」: a council member's seat number, not a numbered heading
    labelled = PEOPLE_LABEL.match(text) or AGENDA_LABEL.match(text)
    if labelled:  # 出席委員（8人）, ・説明のために出席した者, 欠席委員 なし, 日 程 1 所管事務の調査, 議事日程第3号
        return re.sub(r"^[・･]\s*", "", text).strip()
    if not m:
        labelled = re.match(r"^\s*([^\s：:(（]{2,10})(?:[：:]\s*\S|\s+[0-9]+\s*名\s*$|\s*[(（]\s*[0-9]+\s*名\s*[)）]\s*$)",
                            text)  # 出席委員：…, 出席委員 12 名, 出席委員（6名）
        if labelled and part_key(labelled.group(1)) in ("attendees", "absent", "place", "date", "agenda", "materials") \
                and not MEMBER.fullmatch(labelled.group(1)):
            return text.strip()
        bare = despace(text)  # an unnumbered heading that is a part's name alone: 議 題, 会議の経過
        if len(despaced(text).split()) > 1:
            return None  # 「委員長 山 根 孝 雄」, 「議事課長 小川 勉」: a person, not a heading
        if len(bare) <= 16 and re.search(r"(?:審査順序|議事日程|会議次第)$", bare):
            return bare  # 総務常任委員会審査順序: the agenda of a council committee
        if re.fullmatch(r"議題・協議事項|議題及び協議事項", bare):
            return bare  # the header labels of a council record printed alone on their line
        core = re.sub(r"[(（][^()（）]*[)）]$", "", bare)  # 会議内容（意見・質問及び回答の要旨）: the part's name
        if (2 <= len(core) <= 8 and not re.search(r"[0-9。、()（）]", core) and "要旨" not in core
                and not re.search(r"記録|会議録|議事録", core)  # 総務委員会記録: the title, not a part
                and not MEMBER.fullmatch(core)  # 佐々木委員: a speaker
                and not ROLE_AND_TITLE.fullmatch(core)  # 副委員長総務部長: a person of the list
                and part_key(core) in ("agenda", "materials", "discussion", "attendees")
                and (core == bare or part_key(core) == "discussion")):
            return bare
        return None
    rest = m.group(1).strip()
    base = re.sub(r"[(（].*$", "", rest)
    if part_key(base) == "attendees" and len(base) <= LABEL_MAX and re.fullmatch(r"[^(（]*[(（][^()（）]*[)）]", rest):
        return rest  # ２ 本部員（本部長・副本部長・本部員９名・事務局２名）: the list's make-up in brackets
    label, value = split_label(rest)
    if value and len(re.sub(r"[(（].*$", "", label)) <= LABEL_MAX and part_key(label) not in (None, "discussion"):
        return rest
    if len(rest) > HEADING_MAX or re.search(r"[。、「」]", rest) or re.match(r"^[0-9,.%]", rest):
        return None
    return rest


def sub_heading(text: str) -> tuple[int, str] | None:
    """Number and text of a (1) sub-heading, None when the line is not one."""
    m = SUB_HEADING.match(text)
    if not m or len(m.group(2)) > HEADING_MAX or m.group(2).endswith("。"):
        return None
    return int(m.group(1)), m.group(2).strip()


def is_speaker_name(name: str) -> bool:
    """True when a bracketed or colon-ended word names a speaker (財政局長, 委員, 事務局(収納課長)), not a tag."""
    name = despace(name)
    return bool(SPEAKER_END.search(name)) and not NOT_SPEAKER.match(name)


def speaker_label(text: str) -> tuple[str, str] | None:
    """(speaker, rest of the line) where the line opens with a speaker label (see the patterns above), the page
    reference some records print after it (田川委員［42頁］) dropped; None otherwise."""
    found = _speaker_label(text)
    if found is None:
        return None
    return re.sub(r"[［\[][0-9]{1,4}\s*頁[］\]]$", "", found[0]), found[1]


def _speaker_label(text: str) -> tuple[str, str] | None:
    """The speaker label as printed. A label alone on its line
    （財政局長） is taken as it is; a label followed by the statement (（財政局長）「市税」は…, 【会長】…,
    会長：…) must name a role or person."""
    m = ROLE_BRACKET_SPEAKER.match(text)
    if m and is_speaker_name(m.group(1)):  # 〔説明〕収納推進課債権管理係長: the kind of speech, then its speaker
        return despace(m.group(1)), (m.group(2) or "").strip()
    m = PAREN_SPEAKER.match(text)
    if m and not STAGE_DIRECTION.search(m.group(1)) and not re.match(r"\s*単\s*位\s*[:：]", m.group(1)):
        # (（「異議なし」と呼ぶ者あり）: the record's note, no speaker; （単位：億円） over a table: a unit note)
        return despace(m.group(1)), ""
    for pattern in (BRACKET_SPEAKER, DASH_SPEAKER, INLINE_PAREN_SPEAKER, MARK_SPEAKER, COLON_SPEAKER):
        m = pattern.match(text)
        if m and is_speaker_name(m.group(1)):
            return despace(m.group(1)), (m.group(2) or "").strip()
    m = DIAMOND_SPEAKER.match(text)
    if m and SPEAKER_END.search(m.group(2)) and not SPEAKER_END.search(m.group(1)):
        return m.group(1) + m.group(2), (m.group(3) or "").strip()  # ◆寺島 委員 現年課税分は…: a member's question
    m = SEAT_SPEAKER.match(text)
    if m:  # ○19 番（小野寺正） 監査委員の…: a council member by seat number and name
        return despace(m.group(1)), m.group(2).strip()
    m = CIRCLE_BRACKETED.match(text)
    if m:  # ◯委員長【中村 浩君】 皆さん…: the title and the bracketed name, spaces and all
        return despace(m.group(1)), m.group(2).strip()
    m = CIRCLE_SPEAKER.match(text)
    if m:
        name, rest = despace(m.group(1)), (m.group(2) or "").strip()
        title = re.match(r"^(\S{1,12})(?:\s+(.*))?$", rest)
        if title and SPEAKER_END.search(title.group(1)) and not SPEAKER_END.search(name):
            return name + title.group(1), (title.group(2) or "").strip()  # ○髙橋正人 委員長 …: name and title
        return name, rest
    return None


def _discussion_start(heads: list[tuple[int, str]], lines: list[TextLine]) -> int | None:
    """Index (into `heads`) of the heading that opens the discussion: the first whose words say so (意見及び質問,
    会議の経過 …), or a second agenda-like heading (議事 after 議題); failing both, the first heading of no
    meeting-data part under which speaker labels are printed."""
    agenda_seen = False
    for k, (_, h) in enumerate(heads):
        key = part_key(split_label(h)[0])
        if key == "discussion" or (key == "agenda" and agenda_seen):
            return k
        agenda_seen = agenda_seen or key == "agenda"
    bounds = [i for i, _ in heads] + [len(lines)]
    for k, (_, h) in enumerate(heads):
        if part_key(split_label(h)[0]) not in (None, "agenda"):
            continue
        labelled = sum(speaker_label(ln.text) is not None for ln in lines[bounds[k] + 1:bounds[k + 1]])
        if labelled >= 2:
            return k
    return None


def _parts_before(lines: list[TextLine], heads: list[tuple[int, str]], council: bool = False) -> list[Part]:
    """The parts of the lines before the discussion, one per heading (a heading's value on its line kept); in a
    council record a heading of no known part inside an agenda (1 財務部 over its items) stays in the agenda."""
    parts: list[Part] = []
    where = dict(heads)
    for i, ln in enumerate(lines):
        if council and i in where and parts and parts[-1].key == "agenda" and \
                part_key(split_label(where[i])[0]) is None:
            continue  # the group label of agenda items
        if i in where:
            label, value = split_label(where[i])
            parts.append(Part(part_key(label), label))
            if value:
                wide = ln.wide[len(ln.wide) - len(ln.wide.lstrip()):]  # the value's wide gaps, past the label's words
                for _ in label.split():
                    wide = wide.lstrip().partition(" ")[2]
                parts[-1].lines.append(TextLine(ln.page, value, ln.x0, ln.size, ln.x1, ln.wraps,
                                                wide.strip() if despace(wide) == despace(value) else ""))
        elif parts:
            parts[-1].lines.append(ln)
    return parts


def split_parts(lines: list[TextLine]) -> tuple[list[TextLine], list[Part]]:
    """Lines before the first heading (the title area) and the parts; after the discussion heading every line
    belongs to the discussion part, whatever headings follow. A heading that prints its value on the same
    line (１ 日 時 令和6年…) gives the value as the part's first line and the label as its heading."""
    heads = [(i, h) for i, ln in enumerate(lines) if (h := heading_text(ln.text)) is not None]
    start = _discussion_start(heads, lines)
    fallback = start is not None and part_key(split_label(heads[start][1])[0]) is None  # found by its speakers
    if start is not None and not fallback:  # parts of no meeting data right before the discussion heading whose
        bounds = [i for i, _ in heads] + [len(lines)]  # statements are labelled by speaker too (６ 所管する債権の状況に
        while start > 0 and part_key(split_label(heads[start - 1][1])[0]) is None and sum(  # ついて（回答票の要旨）
                speaker_label(ln.text) is not None for ln in lines[bounds[start - 1] + 1:bounds[start]]) >= 2:
            start -= 1  # over （税務課長） …, then ７ 意見及び質問並びに回答): the discussion from there
    stop = heads[start][0] if start is not None else len(lines)
    first_speaker = next((i for i, ln in enumerate(lines) if COUNCIL_SPEAKER.match(ln.text) and
                          not COUNCIL_HEADING.match(ln.text) and (not heads or i > heads[0][0])), None)
    if first_speaker is None and start is None:  # 「委員長(清水君)：ただいまより、…」 after the header parts
        first_speaker = next((i for i, ln in enumerate(lines) if heads and i > heads[0][0] and _colon_statement(ln.text)),
                             None)
    labelled = start is not None and (bool(split_label(heads[start][1])[1])  # 付議事件 X: a field, not a heading
                                      or part_key(split_label(heads[start][1])[0]) == "agenda")  # 審査順序
    if first_speaker is not None and (first_speaker < stop or labelled or fallback):  # a council record
        heads = [(i, h) for i, h in heads if i < first_speaker]
        if any(COUNCIL_HEADING.match(lines[i].text) for i, _ in heads):  # 〇-marked parts: 1 … under 〇付議事件 are items
            heads = [(i, h) for i, h in heads if COUNCIL_HEADING.match(lines[i].text) or not HEADING.match(lines[i].text)]
        kept: list[tuple[int, str]] = []
        for i, h in heads:  # 「日 程」 then 「1 町税等の収納状況について」: the agenda's items, not parts of their own
            listing = part_key(split_label(kept[-1][1])[0]) if kept else None
            if listing in ("agenda", "materials") and HEADING.match(lines[i].text) and \
                    part_key(split_label(h)[0]) in (None, listing) and not HEADING.match(lines[kept[-1][0]].text):
                continue  # (「案 件」 over 「1 所管事務調査 市の…について」: an item that opens with an agenda word)
            kept.append((i, h))
        heads = kept
        head = [ln for ln in lines[:heads[0][0] if heads else first_speaker]]
        parts = _parts_before(lines[:first_speaker], heads, council=True)
        parts.append(Part("discussion", "", list(lines[first_speaker:])))
        return head, parts
    head: list[TextLine] = [ln for ln in lines[:heads[0][0] if heads else len(lines)]]
    kept = []
    for i, h in heads:  # 「付議事件」 then 「1 債権管理の状況について」: items of an unnumbered agenda heading
        if i < stop and kept and HEADING.match(lines[i].text) and part_key(split_label(h)[0]) is None and \
                part_key(split_label(kept[-1][1])[0]) in ("agenda", "materials") and \
                not HEADING.match(lines[kept[-1][0]].text):
            continue
        kept.append((i, h))
    parts = _parts_before(lines[:stop], [(i, h) for i, h in kept if i < stop])
    if stop < len(lines):
        parts.append(Part("discussion", dict(heads)[stop], list(lines[stop + 1:])))
    return head, parts


def _colon_statement(text: str) -> bool:
    """True for a line that opens a statement with its speaker before a colon (納税課長：令和6年度の…。)."""
    m = COLON_SPEAKER.match(text)
    return bool(m) and is_speaker_name(m.group(1)) and bool(re.search(r"[。、]", m.group(2) or ""))


def implicit_speaker(section: str | None) -> str | None:
    """The speaker a section heading names (本部長からのコメント, 本部長総括 → 本部長), None when it names none."""
    m = IMPLICIT_SPEAKER.match(section or "")
    if not m or not (m.group(2) or is_speaker_name(m.group(1))):
        return None
    return m.group(1)


def blocks(lines: list[TextLine]) -> list[Block]:
    """Speaker blocks of the discussion; text under a heading without a label goes to the speaker the heading
    names, or to a block with speaker None (the caller warns)."""
    out: list[Block] = []
    section: str | None = None
    current: Block | None = None
    previous_ended = False
    for ln in lines:
        if END_MARK.match(ln.text):
            break
        if PROCEDURAL.match(ln.text):
            current = None  # the record of a recess or resumption: no one's words
            continue
        h = heading_text(ln.text)
        sub = sub_heading(ln.text)
        if h is not None or sub is not None:
            section = h if h is not None else sub[1] if sub else None
            current = None
            continue
        label = speaker_label(ln.text)
        if label is None and previous_ended and BARE_SPEAKER.match(ln.text) and is_speaker_name(ln.text) and out:
            label = (ln.text, "")  # 「佐々木委員」 alone after a finished statement: the next speaker
        previous_ended = ln.text.rstrip().endswith(("。", "」", ")", "）"))
        if label:
            current = Block(label[0], section, ln.page)
            out.append(current)
            if label[1]:  # inline label (○委員長 …): the text starts after it
                shift = (len(ln.text) - len(label[1])) * (ln.size or 10.0)
                current.lines.append(TextLine(ln.page, label[1], ln.x0 + shift, ln.size))
            continue
        if current is None:
            current = Block(implicit_speaker(section), section, ln.page)
            out.append(current)
        current.lines.append(ln)
    return [b for b in out if b.lines]


def _ascii_word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def join_lines(lines: list[TextLine]) -> str:
    """Statement text: lines joined without spaces (a space between ASCII words, none inside a number broken at
    the line end: 1 / 5% → 15%), a new paragraph ("\\n")
    where a line is indented further than the block's body lines (first-line indent)."""
    if not lines:
        return ""
    body_x = min(ln.x0 for ln in lines)
    out = ""
    for k, ln in enumerate(lines):
        indent = ln.x0 - body_x > 0.5 * (ln.size or 10.0)
        if k and indent:
            out += "\n"
        elif out and _ascii_word(out[-1]) and _ascii_word(ln.text[0]) and not (out[-1] + ln.text[0]).isdigit():
            out += " "
        out += ln.text
    return out


RULE_LINE = re.compile(r"[\s―ー─━－\-–—*＊]+")  # a rule printed with dashes under a part
GROUP_LABEL = re.compile(r"\s*[(（][^()（）]{1,20}[)）]\s*")  # 「（所管事務調査）」 over the items it groups
NUMBER_SPACE = re.compile(r"^[0-9]{1,2}\s+(?=\D)")  # 「１　債権管理の取組状況について」
ITEM_MARKER = re.compile(r"^(?:\([0-9]{1,2}\)|[0-9]{1,2}[.．](?![0-9])|[①-⑳]|[・●○]|(?:参考)?資料\s*[0-9]*|"
                         r"(?:別\s*[表紙添]|参\s*考)\s*[0-9]*(?=[\s:：]|$)|"
                         r"\((?:別添|参考|別紙)[^)]*\))")
KANA_MARKER = re.compile(r"^[アイウエオカキクケコ]\s+(?=\S)")  # 「ア 令和6年度市税等の収納状況について」
#: An item marker inside a line: 「所管事務調査 (1) 債権管理の状況について (2) …」.
INLINE_MARKER = re.compile(r"\s+(?=\([0-9]{1,2}\)\s*\S)")
MARKER_PREFIX = re.compile(r"^(?:[アイウエオカキクケコ]\s+|\([0-9]{1,2}\)|[0-9]{1,2}[.．](?![0-9])|[0-9]{1,2}\s+(?=\D)|[①-⑳]|[・●○]|\((?:別添|参考|別紙)[^)]*\))\s*")


OPENING = re.compile(r"^\s*[(（\[]?\s*(?:午前|午後)\s*[0-9]+\s*時.*(?:開会|開議|閉会)\s*[)）\]]?\s*$")
REFERENCE = re.compile(r"^(?:別紙|別添|次第|別記)の?とおり$")  # 「事件 別紙のとおり」: the agenda is printed elsewhere


def items(lines: list[TextLine]) -> list[str]:
    """List items of a part (議題, 資料): a line opening with a marker ((1), 1., ①, ・, 資料1, 別表, (別添)) starts an
    item, other lines continue the previous one; without markers every line is an item, except that a line
    after one that runs to the right edge continues it."""
    lines = [TextLine(ln.page, piece.strip(), ln.x0, ln.size, ln.x1, ln.wraps and k == len(pieces) - 1)
             for ln in lines for pieces in [INLINE_MARKER.split(ln.text)] for k, piece in enumerate(pieces)]
    lines = [ln for ln in lines if ln.text and not RULE_LINE.fullmatch(ln.text) and not GROUP_LABEL.fullmatch(ln.text)]
    kana = sum(bool(KANA_MARKER.match(ln.text)) for ln in lines) >= 2  # (1) 報告事項 over ア … イ …: (1) is a group
    inner = kana or any(re.match(r"^\([0-9]{1,2}\)", ln.text) for ln in lines)  # 1 財務部 over (1) …: 1 is a group

    def group(text: str) -> bool:  # a line of the level above the items: 1 財務部, (1) 報告事項 over ア …
        return bool(NUMBER_SPACE.match(text) or kana and re.match(r"^\([0-9]{1,2}\)", text))

    def item(text: str) -> bool:
        if kana:
            return bool(KANA_MARKER.match(text))
        return bool(ITEM_MARKER.match(text) or not inner and NUMBER_SPACE.match(text))

    alone = {k for k, ln in enumerate(lines) if inner and group(ln.text) and  # 「2 その他」 after (1) …: no items below
             not any(item(x.text) for x in lines[k + 1:next((j for j in range(k + 1, len(lines))
                                                             if group(lines[j].text)), len(lines))])
             and k > 0 and any(item(x.text) for x in lines[:k])}

    def marker(text: str, k: int = -1) -> bool:
        return item(text) or k in alone

    marked = any(marker(ln.text) for ln in lines)
    out: list[str] = []
    previous: TextLine | None = None
    for k, ln in enumerate(lines):
        starts = marker(ln.text, k) if marked else not (previous and previous.wraps)
        if marked and not starts and not out or OPENING.match(ln.text):
            continue  # a line before the first marked item (the date and room of a 審査順序), 「午後1時00分 開会」
        if starts or not out:
            out.append(ln.text)
        else:
            out[-1] += ln.text
        previous = ln
    return [tidy(t) for t in (MARKER_PREFIX.sub("", t) for t in out) if t.strip() and not REFERENCE.match(tidy(t))]
