"""Findings as a workbook (one row per finding, Japanese headers) and as an HTML page a person reads:
findings grouped by document, each with the numbers involved and a link to its page of the PDF."""
from __future__ import annotations

import html
import os
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from saiken.audit.labels import METRIC_JA, SEVERITY_JA, rule_title
from saiken.audit.runner import atomic_write_text
from saiken.extract.records import Finding

XLSX_HEADERS = ["重要度", "チェック", "資料", "ページ", "債権", "年度", "記載値", "期待値", "説明", "注記"]
_FILL = {"error": "F8CBAD", "warning": "FFE699", "info": "DDEBF7"}


def _wareki(year: int | None) -> str:
    if year is None:
        return ""
    from saiken.normalize.wareki import format_fiscal_year
    return format_fiscal_year(year)


def write_xlsx(findings: list[Finding], path: Path) -> None:
    """監査結果.xlsx: one row per finding: severity, rule, document, page, 債権, 年度, printed, expected, 説明."""
    wb = Workbook()
    ws = wb.active
    ws.title = "監査結果"
    ws.append(XLSX_HEADERS)
    for c in ws[1]:
        c.font = Font(bold=True)
    for f in findings:
        ws.append([SEVERITY_JA[f.severity], rule_title(f.rule, f.document, f.other), f.document, f.page, f.debt or "",
                   _wareki(f.fiscal_year), f.printed or "", f.expected or "", f.message, f.note or ""])
        ws.cell(ws.max_row, 1).fill = PatternFill("solid", fgColor=_FILL[f.severity])
    for col, width in zip("ABCDEFGHIJ", (8, 18, 28, 7, 22, 12, 18, 30, 80, 40)):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


_CSS = """body{font-family:'Noto Sans CJK JP','IPAexGothic',sans-serif;margin:2em;color:#222}
h1{font-size:1.4em}h2{font-size:1.15em;border-bottom:2px solid #888;margin-top:2em}
.f{border-left:6px solid #999;padding:.4em .8em;margin:.8em 0;background:#fafafa}
.error{border-color:#c0392b}.warning{border-color:#d4a017}.info{border-color:#2e86c1}
.sev{font-weight:bold;margin-right:.6em}table{border-collapse:collapse;margin:.4em 0}
td,th{border:1px solid #ccc;padding:2px 6px;font-size:.9em;text-align:left}q{font-style:italic}"""


def _pdf_link(document: str, page: int | None, pdf_dir: str | None) -> str:
    """'12ページ' linked to the page of the PDF in `pdf_dir` (a URL path relative to the HTML); plain without one."""
    label = f"{page}ページ" if page else "資料"
    if pdf_dir is None:
        return html.escape(label)
    stem = Path(document).stem
    prefix = f"{pdf_dir.rstrip('/')}/" if pdf_dir not in ("", ".") else ""
    href = quote(f"{prefix}{stem}.pdf") + (f"#page={page}" if page else "")
    return f'<a href="{html.escape(href)}">{html.escape(label)}</a>'


def _facts_table(f: Finding) -> str:
    if not f.facts:
        return ""
    rows = "".join(
        f"<tr><td>{html.escape(x.debt or x.debt_raw or '')}</td><td>{html.escape(_wareki(x.fiscal_year))}</td>"
        f"<td>{html.escape(METRIC_JA.get(x.metric, x.metric))}</td><td>{html.escape(x.raw)}</td><td>{x.page}</td></tr>"
        for x in f.facts)
    return ("<table><tr><th>債権</th><th>年度</th><th>項目</th><th>記載</th><th>ページ</th></tr>"
            f"{rows}</table>")


def render_html(findings: list[Finding], pdf_dir: str | None = None) -> str:
    """The report page: a summary line, then findings grouped by document with their numbers and page links."""
    by_doc: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        by_doc[f.document].append(f)
    counts = {s: sum(1 for f in findings if f.severity == s) for s in SEVERITY_JA}
    parts = ["<!DOCTYPE html>", '<html lang="ja"><head><meta charset="utf-8"><title>監査結果</title>',
             f"<style>{_CSS}</style></head><body>", "<h1>監査結果</h1>",
             f"<p>誤り {counts['error']} 件、要確認 {counts['warning']} 件、参考 {counts['info']} 件"
             f"（{len(by_doc)} 資料）</p>"]
    if pdf_dir is None:
        parts.append("<p>PDFのページへのリンクを付けるには、saiken audit に --pdf-dir でPDFのフォルダを指定してください。</p>")
    if not findings:
        parts.append("<p>指摘事項はありません。</p>")
    for doc, items in sorted(by_doc.items()):
        parts.append(f'<h2 id="{html.escape(Path(doc).stem)}">{html.escape(doc)}</h2>')
        for f in items:
            other = "".join(f"　関連：{html.escape(str(o.get('document')))} "
                            f"{_pdf_link(str(o.get('document')), o.get('page'), pdf_dir)}"  # type: ignore[arg-type]
                            for o in f.other)
            note = f"<p>注記：<q>{html.escape(f.note)}</q></p>" if f.note else ""
            parts.append(
                f'<div class="f {f.severity}"><p><span class="sev">{SEVERITY_JA[f.severity]}</span>'
                f"{html.escape(rule_title(f.rule, f.document, f.other))}（{_pdf_link(f.document, f.page, pdf_dir)}）{other}</p>"
                f"<p>{html.escape(f.message)}</p>"
                f"<p>記載値：{html.escape(f.printed or '—')}　期待値：{html.escape(f.expected or '—')}</p>"
                f"{note}{_facts_table(f)}</div>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def write_html(findings: list[Finding], path: Path, pdf_dir: str | None = None) -> None:
    """Write the HTML report (atomic)."""
    atomic_write_text(path, render_html(findings, pdf_dir))


def pdf_href(pdf_dir: Path, html_path: Path) -> str:
    """`pdf_dir` as a URL path relative to the folder of the HTML file (what render_html's pdf_dir takes)."""
    rel = os.path.relpath(pdf_dir.resolve(), html_path.resolve().parent)
    return Path(rel).as_posix()
