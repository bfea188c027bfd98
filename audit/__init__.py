"""Audit of converted documents: rounding-aware consistency rules over facts, tables and text.

`saiken.audit.runner.run_audit(out_dir)` reads OUT_DIR/*.json (saiken.extract.records.Document) and returns
`saiken.extract.records.Finding` records; `saiken.audit.reports` writes them as JSON, xlsx and HTML.
"""
