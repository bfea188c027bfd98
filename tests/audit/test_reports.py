"""The reports: findings.json in the contract, the workbook's rows, and an HTML page with nothing missing."""
from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

from openpyxl import load_workbook

from saiken.audit.reports import XLSX_HEADERS, render_html, write_xlsx
from saiken.audit.runner import write_json
from saiken.extract.records import Fact, Finding
from saiken.main import main

FINDINGS = [
    Finding(rule="rate_mismatch", severity="error", document="a_plan.json", page=16, debt="国民健康保険料",
            fiscal_year=2021, printed="95.36%", expected="95.33%〜95.34%", message="収納率が一致しません",
            facts=[Fact(debt="国民健康保険料", metric="collection_rate", value=95.36, unit="percent", raw="95.36%", page=16)]),
    Finding(rule="cross_doc_mismatch", severity="warning", document="b<&>.json", page=3, message="目標が異なります",
            other=[{"document": "a_plan", "page": 7}]),
]


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.text: list[str] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ("meta", "br"):
            self.stack.append(tag)
        self.links += [v or "" for k, v in attrs if k == "href"]

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, f"unbalanced </{tag}>"

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_parses_with_every_finding_and_page_link() -> None:
    p = _Collect()
    p.feed(render_html(FINDINGS, pdf_dir="pdf"))
    text = "".join(p.text)
    assert p.stack == []
    assert "pdf/a_plan.pdf#page=16" in p.links and "pdf/b%3C%26%3E.pdf#page=3" in p.links and "pdf/a_plan.pdf#page=7" in p.links
    for f in FINDINGS:
        assert f.message in text and f.document in text
    assert "95.36%" in text and "95.33%〜95.34%" in text and "誤り 1 件、要確認 1 件、参考 0 件" in text


def test_xlsx_one_row_per_finding(tmp_path: Path) -> None:
    write_xlsx(FINDINGS, tmp_path / "f.xlsx")
    ws = load_workbook(tmp_path / "f.xlsx").active
    rows = list(ws.values)
    assert list(rows[0]) == XLSX_HEADERS and len(rows) == 3
    assert rows[1][:6] == ("誤り", "収納率の不一致", "a_plan.json", 16, "国民健康保険料", "令和3年度")


def test_json_contract(tmp_path: Path) -> None:
    write_json(FINDINGS, tmp_path / "f.json")
    data = json.loads((tmp_path / "f.json").read_text(encoding="utf-8"))
    assert [d["rule"] for d in data] == ["rate_mismatch", "cross_doc_mismatch"] and data[0]["page"] == 16


def test_cli_missing_folder(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["audit", str(tmp_path / "nope"), "-o", str(tmp_path / "f.json")]) == 2
    assert capsys.readouterr().err.strip() == f"saiken: エラー: {tmp_path / 'nope'}: フォルダが見つかりません"


def test_cli_audit_twice_is_identical(tmp_path: Path) -> None:
    gold = Path(__file__).resolve().parents[2] / "corpus" / "gold"
    out = [tmp_path / "1.json", tmp_path / "2.json"]
    for o in out:
        assert main(["audit", str(gold), "-o", str(o), "--html", str(tmp_path / "r.html")]) == 0
    assert out[0].read_bytes() == out[1].read_bytes()
