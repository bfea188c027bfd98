"""`saiken audit OUT_DIR -o findings.json [--xlsx F] [--html F]`: check the figures of converted documents."""
from __future__ import annotations

import argparse
from pathlib import Path



def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the `audit` subcommand."""
    p = sub.add_parser("audit", help="変換済みJSONの数値を検算し、指摘事項を書き出します",
                       description="OUT_DIR の変換済みJSONについて、収納率・合計・差額・和暦などの整合を"
                                   "印字の精度（四捨五入・切捨て）を考慮して検算します。")
    p.add_argument("out_dir", type=Path, metavar="OUT_DIR", help="saiken extract の出力フォルダ")
    p.add_argument("-o", "--output", type=Path, default=None, metavar="FINDINGS",
                   help="指摘事項のJSON（既定: OUT_DIR/findings.json）")
    p.add_argument("--xlsx", type=Path, metavar="FILE", help="指摘事項の一覧をExcelで書き出す")
    p.add_argument("--html", type=Path, metavar="FILE", help="指摘事項を資料ごとにまとめたHTMLを書き出す")
    p.add_argument("--pdf-dir", type=Path, default=None, metavar="DIR",
                   help="元のPDFのフォルダ。HTMLの各指摘からPDFのページへリンクします（既定: HTMLと同じフォルダ・OUT_DIR・"
                        "OUT_DIR/../pdf のうちPDFがある所。見つからなければリンクなし）")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Audit OUT_DIR and write the reports; exit 0 (1 when some inputs could not be read)."""
    from saiken.audit.corpus import AuditDoc
    from saiken.audit.reports import write_html, write_xlsx
    from saiken.audit.runner import audit_documents, write_json
    from saiken.dataset.store import validate
    from saiken import folder

    found = folder.scan(args.out_dir)
    docs = validate(found)
    folder.report(args.out_dir, found, len(docs))
    skipped = found.failed
    findings = audit_documents([AuditDoc(path.name, doc) for path, doc in docs])
    out = args.output or args.out_dir / "findings.json"
    write_json(findings, out)
    if args.xlsx:
        write_xlsx(findings, args.xlsx)
    if args.html:
        from saiken.audit.reports import pdf_href

        pdfs = [Path(path.stem + ".pdf") for path, _ in docs]
        pdf_dir = args.pdf_dir or find_pdf_dir(pdfs, [args.html.parent, args.out_dir, args.out_dir.parent / "pdf"])
        write_html(findings, args.html, pdf_href(pdf_dir, args.html) if pdf_dir else None)
    counts = {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "info")}
    print(f"監査 {len(findings)} 件（誤り {counts['error']}・要確認 {counts['warning']}・参考 {counts['info']}）→ {out}")
    return 1 if skipped else 0


def find_pdf_dir(pdfs: list[Path], candidates: list[Path]) -> Path | None:
    """The first candidate folder that holds one of the source PDFs."""
    for folder in candidates:
        if any((folder / p).is_file() for p in pdfs):
            return folder
    return None
