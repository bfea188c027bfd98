"""Third-set progress sheets: two more editions of the 大阪市-type series, built by other tool chains, with gold.

    python corpus/third/build/progress.py        # needs LibreOffice + fonts-ipaexfont

Writes corpus/third/pdf/{osaka_progress_r3_feb,minamiura_progress_h30_oct}.pdf and their gold JSON. Edition A is an
.xlsx (progress_sheets.py), edition B a .docx (progress_word.py); both are converted by LibreOffice. The gold is
written from progress_content.py by the rules of records.md (segment 合計 → total, a sheet without segment labels
→ total, 前年度… → the previous fiscal year, 前年度決算 → actual, 前年同月 / 前年度同期 → interim with its as_of, item
text without its label and tag, status from the tag) and each entry is checked on its page of the built PDF.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from corpus.build import progress_gold as G  # noqa: E402
from corpus.build.office import BUILD_OUT, to_pdf  # noqa: E402
from corpus.third.build import progress_content as C  # noqa: E402
from corpus.third.build.progress_sheets import build_workbook  # noqa: E402
from corpus.third.build.progress_word import build_docx  # noqa: E402
from saiken.extract.records import Document, DocumentInfo, Fact, Initiative, Source  # noqa: E402
from saiken.normalize.debts import match_debt  # noqa: E402
from saiken.normalize.text import fold  # noqa: E402

OUT = ROOT / "corpus" / "third"
SEGMENT = {"現年度分": "current", "現年課税分": "current", "現年度": "current", "滞納繰越分": "arrears",
           "滞納繰越": "arrears", "合計": "total", "": "total"}
PREV_BASIS = {"interim": "interim", "estimate": "actual", "target": "target"}

TOTAL_ROW = re.compile(r"(合計|計|全市|全体)$")  # a ward table's total row is city-wide: area null


def squash(text: str) -> str:
    """Folded text without white space (how the page texts are compared)."""
    return re.sub(r"\s", "", fold(text))


def canonical(name: str) -> str:
    """The dictionary's name for a printed debt, else the printed name without bracketed notes."""
    return match_debt(name).canonical or re.sub(r"[（(].*?[)）]", "", name)


def page_texts(pdf: Path) -> list[str]:
    with pymupdf.open(pdf) as d:
        return [squash(p.get_text()) for p in d]


def locate(texts: list[str], probe: str, start: int = 1) -> int:
    """The first page (1-based, from `start`) whose text holds `probe`; raises when none does."""
    p = squash(probe)
    for k in range(start - 1, len(texts)):
        if p in texts[k]:
            return k + 1
    raise LookupError(f"{probe!r} is on no page from {start}")


def rate_facts(d: C.Debt, fy: int, fy_raw: str, month: int, page: int) -> list[Fact]:
    """Two facts per printed rate: this year's and the bracketed previous year's."""
    out = []
    for b in d.blocks:
        for r in b.rates:
            basis = {"interim": "interim", "estimate": "estimate", "target": "target"}[r.kind]
            common = dict(debt=canonical(d.name), debt_raw=d.name, segment=SEGMENT[b.segment],
                          metric="collection_rate", unit="percent", page=page)
            out.append(Fact(**common, fiscal_year=fy, fiscal_year_raw=fy_raw, basis=basis,
                            as_of=G.month_end(fy, month) if basis == "interim" else None,
                            value=G.number(r.value), raw=r.value))
            prev = PREV_BASIS[r.kind]
            out.append(Fact(**common, fiscal_year=fy - 1, fiscal_year_raw="前年度", basis=prev,
                            as_of=G.month_end(fy - 1, month) if prev == "interim" else None,
                            value=G.number(r.prev), raw=r.prev))
    return out


def initiatives(d: C.Debt, section: str, items: list[C.Item], fy: int, pages: list[int]) -> list[Initiative]:
    """Gold items: label as printed (folded), text folded without label and tag, status from the tag."""
    return [Initiative(debt=canonical(d.name), debt_raw=d.name, fiscal_year=fy, section=fold(section),
                       label=squash(it.label) or None, text="".join(fold(x) for x in it.text.split("\n")),
                       status=it.status, page=p)  # type: ignore[arg-type]
            for it, p in zip(items, pages)]


def ward_facts(rows: list[tuple[str, list[str]]], cols: list[tuple[str, str, int, str | None]], fy: int,
               month: int, pages: list[int]) -> list[Fact]:
    """One fact per ward and column; `cols` gives (debt, segment, fiscal year, printed year or None for a
    difference column) per value column."""
    out = []
    for (ward, vals), page in zip(rows, pages):
        for raw, (debt, seg, y, y_raw) in zip(vals, cols):
            diff = y_raw is None
            out.append(Fact(debt=canonical(debt), debt_raw=debt, fiscal_year=y, fiscal_year_raw=y_raw,
                            segment=seg, metric="difference" if diff else "collection_rate",  # type: ignore[arg-type]
                            basis="interim", as_of=G.month_end(y, month), value=G.number(raw),
                            unit="points" if diff else "percent", raw=raw, page=page,
                            area=None if TOTAL_ROW.search(ward) else ward))
    return out


def info(stem: str, city: str, title: str, fy: int, month: int, date_raw: str) -> Document:
    return Document(source=Source(file=f"{stem}.pdf", sha256="", pages=1),
                    document=DocumentInfo(kind="progress_report", family="progress", municipality=city,
                                          title=fold(title), date=G.month_end(fy, month), date_raw=date_raw))


def gold_a(pdf: Path, keys: list[str]) -> Document:
    """Gold of edition A from the page keys of the workbook."""
    fy, m = C.A_FY, C.A_MONTH
    page = {k: i + 1 for i, k in enumerate(keys)}
    doc = info(C.A_STEM, C.A_CITY, C.A_TITLE, fy, m, "2月末現在")
    for d in (C.A_SHIZEI, C.A_SHOGAKU, C.A_KOKUHO):
        p = page[f"{d.name}:plan"]
        doc.facts += rate_facts(d, fy, "令和3年度", m, p)
        split = C.A_SHOGAKU_SPLIT if f"{d.name}:plan2" in page else len(d.items)
        doc.initiatives += initiatives(d, C.A_SECTION, d.items, fy,
                                       [p if k < split else p + 1 for k in range(len(d.items))])
        if d.content or d.status:
            s = page[f"{d.name}:status"]
            doc.initiatives += initiatives(d, C.A_CONTENT, d.content, fy, [s] * len(d.content))
            doc.initiatives += initiatives(d, C.A_STATUS, d.status, fy, [s] * len(d.status))
    rows = C.a_ward_rows()
    name = C.A_KOKUHO.name
    cols = [(name, "current", fy, "令和3年度"), (name, "arrears", fy, "令和3年度"), (name, "current", fy - 1, "前年度"),
            (name, "arrears", fy - 1, "前年度"), (name, "current", fy, None), (name, "arrears", fy, None)]
    doc.facts += ward_facts(rows, cols, fy, m, [page[f"{name}:ward"]] * len(rows))
    return G.finish(doc, pdf)


def gold_b(pdf: Path) -> Document:
    """Gold of edition B; pages found by locating each debt line, item and ward row in the built PDF."""
    fy, m = C.B_FY, C.B_MONTH
    texts = page_texts(pdf)
    doc = info(C.B_STEM, C.B_CITY, C.B_TITLE, fy, m, "10月末現在")
    for d in (C.B_KOKUHO, C.B_KAIGO):
        p = locate(texts, f"債権名：{d.name}")
        doc.facts += rate_facts(d, fy, "平成30年度", m, p)
        doc.initiatives += initiatives(d, C.B_SECTION, d.items, fy,
                                       [locate(texts, it.text[:15], p) for it in d.items])
    start = locate(texts, C.B_WARD_TITLE)
    rows = C.b_ward_rows()
    pages = [locate(texts, ward + vals[0], start) for ward, vals in rows]
    k, a = C.B_KOKUHO, C.B_KAIGO
    seg_k, seg_a = SEGMENT[k.blocks[0].segment], SEGMENT[a.blocks[0].segment]
    cols = [(k.name, seg_k, fy, "H30年度"), (k.name, seg_k, fy - 1, "H29年度"), (k.name, seg_k, fy, None),
            (a.name, seg_a, fy, "H30年度"), (a.name, seg_a, fy - 1, "H29年度"), (a.name, seg_a, fy, None)]
    doc.facts += ward_facts(rows, cols, fy, m, pages)
    return G.finish(doc, pdf)


def check(pdf: Path, doc: Document) -> list[str]:
    """Gold entries not printed on their page (an item may end on the next page)."""
    texts = page_texts(pdf)
    problems = []
    for f in doc.facts:
        probes = [squash(f.raw)] + ([squash(f.area)] if f.area else [])
        if not all(p in texts[f.page - 1] for p in probes):
            problems.append(f"fact p.{f.page} {f.debt_raw} {f.area or ''} {f.raw!r} not on the page")
    for i in doc.initiatives:
        t = squash(i.text)
        both = "".join(texts[i.page - 1:i.page + 1])
        if t[:15] not in texts[i.page - 1] or t[-10:] not in both:
            problems.append(f"initiative p.{i.page} {i.debt_raw} {t[:30]!r} not on the page")
    return problems


def main() -> int:
    """Build both editions, write their gold, check every gold entry against its page."""
    wb, keys = build_workbook()
    xlsx = BUILD_OUT / f"{C.A_STEM}.xlsx"
    xlsx.parent.mkdir(parents=True, exist_ok=True)
    wb.save(xlsx)
    pdf_a = to_pdf(xlsx, OUT / "pdf" / f"{C.A_STEM}.pdf", profile="progress3")
    docx = build_docx(BUILD_OUT / f"{C.B_STEM}.docx")
    pdf_b = to_pdf(docx, OUT / "pdf" / f"{C.B_STEM}.pdf", profile="progress3")
    status = 0
    for pdf, gold in ((pdf_a, gold_a(pdf_a, keys)), (pdf_b, gold_b(pdf_b))):
        problems = check(pdf, gold)
        if gold.source.pages < max(f.page for f in gold.facts):
            problems.append("page count lower than the gold's pages")
        if problems:
            print("\n".join(problems[:30]), file=sys.stderr)
            status = 1
            continue
        G.write(gold, OUT / "gold" / f"{pdf.stem}.json")
        print(f"{pdf}: {gold.source.pages} pages, {len(gold.facts)} facts, {len(gold.initiatives)} initiatives")
    return status


if __name__ == "__main__":
    sys.exit(main())
