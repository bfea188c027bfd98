"""Second-set 取組個票/取組方針 material of a fictional city (東海原市), built with a different tool chain.

    python corpus/second/build/kobetsu.py

Made as a Word document (python-docx) converted by LibreOffice Writer, unlike the .xlsx of the corpus PDF,
with different content and wording: 収入率 for 収納率, 滞繰分 for 滞納繰越分, R7 for 令和7年度, 所管課 for
総括課, ％ and full-width digits, a 合計 line without the rate word, the 目標 row before the 見込 row, 主な取組
as the item row, and a 取組方針 table whose long last row breaks onto the next page (header row repeated).
Gold facts and items come from the data below; an item's page is the page of the built PDF where its text
starts (the build finds it there), every other page is fixed by explicit page breaks.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pymupdf
from docx import Document as Docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.run import Run

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from corpus.build.kobetsu_gold import canonical  # noqa: E402
from corpus.build.office import BUILD_OUT, to_pdf  # noqa: E402
from saiken.extract.records import Document, DocumentInfo, Fact, Initiative, Source  # noqa: E402
from saiken.normalize.text import fold  # noqa: E402

STEM = "tokaihara_kobetsu_r7_2"
PDF = ROOT / "corpus" / "second" / "pdf" / f"{STEM}.pdf"
GOLD = ROOT / "corpus" / "second" / "gold" / f"{STEM}.json"
FONT = "IPAexGothic"

TITLE = "令和7年度 第2回東海原市債権管理推進委員会"
DATE_RAW = "令和７年１１月１２日（水）"
AGENDA = ["１　令和7年度 滞納整理強化期間の実施状況について（資料1）", "２　令和8年度 債権管理の取組方針について（資料2）"]


@dataclass
class Point:
    """A 時点 figure of a 個票 実績 cell: segment heading, label, value and previous-year value as printed."""

    segment: str
    label: str
    metric: str
    now: str
    before: str


@dataclass
class Sheet:
    """One 個票: header fields, the 強化期間 row (period, effect lines, content) and its 時点 figures."""

    name: str
    dept: str
    cls: str
    period: str
    content: str
    as_of: str  # printed
    as_of_iso: tuple[str, str]  # this year's and the previous year's dates
    points: list[Point]
    extra: str


SHEETS = [
    Sheet("保育所保育料", "幼児保育課", "B(強制徴収公債権)", "R7年7月1日～9月30日",
          "・電話催告（夜間２回）\n・児童手当からの申出徴収の勧奨\n・財産調査 48件",
          "R7年9月末現在", ("2025-09-30", "2024-09-30"),
          [Point("現年分", "調定額", "assessed", "312,450千円", "298,770千円"),
           Point("現年分", "収入済額", "collected", "301,220千円", "287,010千円"),
           Point("現年分", "収入率", "collection_rate", "96.41％", "96.06％"),
           Point("滞繰分", "収入済額", "collected", "4,512千円", "3,998千円"),
           Point("滞繰分", "収入率", "collection_rate", "18.20％", "15.75％")],
          "催告件数 612件（540件）"),
    Sheet("市営住宅使用料", "住宅政策課", "D(私債権)", "R7年8月1日～10月31日",
          "・連帯保証人への文書催告\n・明渡請求訴訟の提起 3件\n・高額滞納者への臨戸訪問",
          "R7年10月末現在", ("2025-10-31", "2024-10-31"),
          [Point("滞繰分", "収入未済額", "outstanding", "45,210千円", "48,900千円"),
           Point("滞繰分", "不納欠損額", "written_off", "1,204千円", "980千円")],
          "分納誓約 88件（71件）\n前年度同期比 △3,690千円"),
]


@dataclass
class Col:
    """One debt column of the 取組方針 table."""

    debt: str
    target: list[tuple[str, str]]
    rank: str | None
    estimate: list[tuple[str, str, str]]
    items: list[tuple[str, str, str, str]]  # (label, printed label, text, status); status '' = untagged heading


SEG = {"現年分": "current", "滞繰分": "arrears", "全体": "total", "合計": "total"}
COLS = [
    Col("保育所保育料", [("現年分収入率", "98.70％"), ("滞繰分収入率", "21.00％"), ("合計", "95.10％")], "【R6:8位】",
        [("現年分収入率", "98.52％", "98.60％"), ("滞繰分収入率", "19.85％", "20.00％"), ("合計", "94.77％", "95.00％")],
        [("(1)", "(1)", "現年分の早期催告", ""),
         ("(1)①", "①", "納期限後20日以内に電話催告を行い、早期納付を促す。", "継続"),
         ("(1)②", "②", "児童手当からの申出徴収を入園説明会で案内する。", "拡充"),
         ("(2)", "(2)", "滞繰分の滞納処分を計画的に進めるため、四半期ごとに財産調査の対象者リストを更新し、"
                        "給与・預金の差押えを実施する。あわせて、執行停止の判断基準に沿って回収見込みのない案件を整理する。", "継続"),
         ("(3)", "(3)", "スマートフォン決済による納付を導入し、納付機会を拡大する。", "新規")]),
    Col("市営住宅使用料", [("現年分収入率", "99.10％"), ("滞繰分収入率", "12.50％"), ("全体収入率", "90.30％")], "【R6:－】",
        [("現年分収入率", "98.95％", "99.00％"), ("滞繰分収入率", "11.02％", "－"), ("全体収入率", "89.64％", "90.00％")],
        [("(1)", "(1)", "入居者の滞納初期対応", ""),
         ("(1)ア", "ア)", "滞納2か月で面談を行い、分納誓約を取り交わす。", "継続"),
         ("(1)イ", "イ)", "退去者の未納家賃について、連帯保証人への請求を早期に行う。", "継続"),
         ("(2)", "(2)", "悪質な長期滞納者には明渡請求訴訟を提起する。訴訟の前に弁護士名での最終催告書を送付し、"
                        "自主的な納付を促す。あわせて、訴訟後の強制執行までの手順を課内で標準化する。", "拡充"),
         ("(3)", "(3)", "口座振替の利用を入居時説明で勧奨し、口座振替率を向上させる。", "継続")]),
    Col("学校給食費", [("現年分収入率", "99.40％"), ("滞繰分収入率", "30.00％"), ("合計", "98.20％")], "【R6:3位】",
        [("現年分収入率", "99.31％", "99.35％"), ("滞繰分収入率", "28.40％", "29.00％"), ("合計", "98.02％", "98.10％")],
        [("(1)", "(1)", "公会計化後の督促・催告事務を教育委員会事務局で一元化し、学校の負担を軽減する。", "継続"),
         ("(2)", "(2)", "就学援助の対象となる世帯に制度を案内し、未納の発生を防ぐ。", "新規"),
         ("(3)", "(3)", "卒業予定者の未納分について、卒業前に集中的に納付相談を行う。", "継続")]),
]
POLICY = ["安定した現年分の収入確保と滞繰分の圧縮を図る。", "滞納の長期化を防ぎ、公平な負担を確保する。",
          "公会計化に合わせた徴収体制の整備を図る。"]
ROW_TARGET = "R8数値目標\n【】は中核市順位"
ROW_ESTIMATE = "R7決算見込\n（　）内は目標"
ROW_POLICY = "取組方針"
ROW_ITEMS = "主な取組"


def _font(run: Run, size: float | None = None) -> None:
    """Set the Japanese font (ascii, hAnsi and eastAsia slots) and size of a run."""
    rpr = run._r.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        fonts.set(qn(k), FONT)
    if size:
        run.font.size = Pt(size)


def _field(paragraph: object, code: str) -> None:
    """Insert a Word field (PAGE) into a paragraph."""
    run = paragraph.add_run()  # type: ignore[attr-defined]
    for tag, text in (("begin", None), (None, code), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def _cell(cell: object, text: str, size: float = 8, bold: bool = False) -> None:
    cell.text = ""  # type: ignore[attr-defined]
    lines = text.split("\n")
    p = cell.paragraphs[0]  # type: ignore[attr-defined]
    for k, line in enumerate(lines):
        if k:
            p = cell.add_paragraph()  # type: ignore[attr-defined]
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(line)
        r.bold = bold
        _font(r, size)


def _repeat_header(row: object) -> None:
    trpr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _para(doc: object, text: str, size: float = 10, bold: bool = False, page_break: bool = False) -> None:
    p = doc.add_paragraph()  # type: ignore[attr-defined]
    if page_break:
        p.add_run().add_break(WD_BREAK.PAGE)
    r = p.add_run(text)
    r.bold = bold
    _font(r, size)


def rate_line(label: str, value: str, paren: str | None = None) -> str:
    """A printed rate line: 現年分収入率 98.52％（98.60％）."""
    return f"{label} {value}" + (f"（{paren}）" if paren is not None else "")


def items_text(items: list[tuple[str, str, str, str]]) -> str:
    """The 主な取組 cell: each item's printed label and text, tagged items followed by 【status】."""
    return "\n".join(f"{printed}{text}" + (f"【{status}】" if status else "") for _, printed, text, status in items)


def build_docx(path: Path) -> None:
    """Write the Word document: cover, two 個票 pages, the 取組方針 table."""
    doc = Docx()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Mm(15))
    hp = sec.header.paragraphs[0]
    _font(hp.add_run("東海原市債権管理推進委員会"), 8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = 1
    _field(fp, "PAGE")
    _para(doc, TITLE, 18, True)
    _para(doc, DATE_RAW, 12)
    _para(doc, "次　第", 14, True)
    for a in AGENDA:
        _para(doc, a, 12)
    for s in SHEETS:
        _para(doc, "資料1　取組個票", 10, True, page_break=True)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for k, text in enumerate(("債権名", s.name, "所管課", s.dept, "債権区分", s.cls)):
            _cell(t.rows[0].cells[k], text, 9, bold=k % 2 == 0)
        _para(doc, "１．令和7年度 滞納整理強化期間の実施状況", 10, True)
        t = doc.add_table(rows=2, cols=3)
        t.style = "Table Grid"
        for k, text in enumerate(("実施期間", "実績又は効果（ ）内は前年度同期", "取組内容")):
            _cell(t.rows[0].cells[k], text, 9, bold=True)
        lines = [s.as_of]
        seg = None
        for p in s.points:
            if p.segment != seg:
                lines.append(p.segment)
                seg = p.segment
            lines.append(f"・{p.label} {p.now}（{p.before}）")
        lines.append(s.extra)
        for k, text in enumerate((s.period, "\n".join(lines), s.content)):
            _cell(t.rows[1].cells[k], text)
    _para(doc, "資料2　令和8年度 債権管理の取組方針", 10, True, page_break=True)
    t = doc.add_table(rows=5, cols=1 + len(COLS))
    t.style = "Table Grid"
    _cell(t.rows[0].cells[0], "債権名", 9, True)
    _repeat_header(t.rows[0])
    for label, r in ((ROW_TARGET, 1), (ROW_ESTIMATE, 2), (ROW_POLICY, 3), (ROW_ITEMS, 4)):
        _cell(t.rows[r].cells[0], label, 8, True)
    for k, c in enumerate(COLS, start=1):
        _cell(t.rows[0].cells[k], c.debt, 9, True)
        tl = [rate_line(a, b) for a, b in c.target]
        tl[-1] += c.rank or ""
        _cell(t.rows[1].cells[k], "\n".join(tl))
        _cell(t.rows[2].cells[k], "\n".join(rate_line(*e) for e in c.estimate))
        cut = len(c.items) - 2  # notes before the last two items push them onto the next page
        _cell(t.rows[4].cells[k], "\n".join((items_text(c.items[:cut]), *FILLER, items_text(c.items[cut:]))))
    _cell(t.rows[3].cells[1], POLICY[0])
    merged = t.rows[3].cells[2].merge(t.rows[3].cells[3])
    _cell(merged, POLICY[1] + "\n" + POLICY[2])
    doc.save(str(path))


# explanatory notes between the items: long enough that the 主な取組 row breaks onto the next page
FILLER = ["（参考）" + "各取組の進捗は四半期ごとに委員会へ報告し、必要に応じて見直す。" * 3] * 14


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", fold(text))


def gold(pdf: Path) -> Document:
    """The gold record; item pages are looked up in the built PDF (the row breaks where Writer breaks it)."""
    with pymupdf.open(pdf) as d:
        texts = [_squash(p.get_text()) for p in d]
    policy_page = next(i + 1 for i, t in enumerate(texts) if "主な取組" in t)
    facts: list[Fact] = []
    for n, s in enumerate(SHEETS):
        page = 2 + n
        for p in s.points:
            for text, fy, as_of in ((p.now, 2025, s.as_of_iso[0]), (p.before, 2024, s.as_of_iso[1])):
                unit = "percent" if text.endswith("％") else "yen"
                num = fold(text).rstrip("%千円").replace(",", "")
                value: float | int = float(num) if unit == "percent" else int(num) * 1000
                facts.append(Fact(debt=canonical(s.name), debt_raw=s.name, fiscal_year=fy, segment=SEG[p.segment], metric=p.metric,  # type: ignore[arg-type]
                                  basis="interim", as_of=as_of, value=value, unit=unit, raw=fold(text), page=page))  # type: ignore[arg-type]
    for c in COLS:
        def seg_of(label: str) -> str:
            return next(v for k, v in SEG.items() if label.startswith(k))
        for label, value in c.target:
            facts.append(Fact(debt=canonical(c.debt), debt_raw=c.debt, fiscal_year=2026, segment=seg_of(label), metric="collection_rate",  # type: ignore[arg-type]
                              basis="target", value=float(fold(value).rstrip("%")), unit="percent", raw=fold(value),
                              page=policy_page))
        for label, value, paren in c.estimate:
            for basis, text in (("estimate", value), ("target", paren)):
                if text == "－":
                    continue
                facts.append(Fact(debt=canonical(c.debt), debt_raw=c.debt, fiscal_year=2025, segment=seg_of(label), metric="collection_rate",  # type: ignore[arg-type]
                                  basis=basis, value=float(fold(text).rstrip("%")), unit="percent", raw=fold(text),  # type: ignore[arg-type]
                                  page=policy_page))
        m = re.search(r"(\d+)位", c.rank or "")
        if m:
            facts.append(Fact(debt=canonical(c.debt), debt_raw=c.debt, fiscal_year=2024, segment="total", metric="rank", basis="actual",
                              value=int(m.group(1)), unit="count", raw=m.group(0), page=policy_page))
    inits: list[Initiative] = []
    for c in COLS:
        for label, _printed, text, status in c.items:
            if not status:
                continue
            page = next(i + 1 for i, t in enumerate(texts) if i + 1 >= policy_page and _squash(text)[:15] in t)
            inits.append(Initiative(debt=canonical(c.debt), debt_raw=c.debt, fiscal_year=2026, section=ROW_ITEMS, label=label,
                                    text=fold(text), status=status, page=page))  # type: ignore[arg-type]
    return Document(source=Source(file=pdf.name, sha256=hashlib.sha256(pdf.read_bytes()).hexdigest(), pages=len(texts)),
                    document=DocumentInfo(kind="committee_material", family="kobetsu", municipality="東海原市",
                                          title=TITLE, date="2025-11-12", date_raw=DATE_RAW),
                    facts=facts, initiatives=inits)


def check(doc: Document, pdf: Path) -> list[str]:
    """Gold facts whose printed text is missing from their page, and whether the item row really spans two pages."""
    with pymupdf.open(pdf) as d:
        texts = [_squash(p.get_text()) for p in d]
    bad = [f"p.{f.page}: {f.debt_raw} {f.metric} {f.raw}" for f in doc.facts if _squash(f.raw) not in texts[f.page - 1]]
    if len({i.page for i in doc.initiatives}) < 2:
        bad.append("the 主な取組 row does not break onto a second page")
    return bad


def main() -> int:
    """Build the .docx, convert it with LibreOffice Writer, write and check the gold."""
    BUILD_OUT.mkdir(parents=True, exist_ok=True)
    src = BUILD_OUT / f"{STEM}.docx"
    build_docx(src)
    to_pdf(src, PDF, profile="kobetsu")
    doc = gold(PDF)
    problems = check(doc, PDF)
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        return 1
    GOLD.write_text(json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{PDF.relative_to(ROOT)}: {doc.source.pages} pages; {len(doc.facts)} facts, {len(doc.initiatives)} initiatives")
    return 0


if __name__ == "__main__":
    sys.exit(main())
