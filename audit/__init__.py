"""Audit of converted documents: rounding-aware consistency rules over facts, tables and text.

`audit.runner.run_audit(out_dir)` reads OUT_DIR/*.json (extract.records.Document) and returns
`extract.records.Finding` records; `audit.reports` writes them as JSON, xlsx and HTML.
"""
