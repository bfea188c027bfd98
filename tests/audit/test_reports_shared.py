"""Outputs for a shared drive (issue 12 item 5): normal permissions, Japanese labels in the workbook, printed
figures with their unit, a mismatch inside one document titled as such, page links that resolve."""
from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from openpyxl import load_workbook

from saiken.audit.intervals import shown
from saiken.audit.labels import rule_title
from saiken.audit.reports import render_html
from saiken.extract.records import Fact, Finding
from saiken.main import main

ROOT = Path(__file__).resolve().parents[2]


def _doc(stem: str = "a_plan") -> dict[str, object]:
    facts = [{"debt": "市税", "debt_raw": "市税", "fiscal_year": 2021, "fiscal_year_raw": "令和3年度",
              "segment": seg, "metric": "collection_rate", "basis": "actual", "value": v, "unit": "percent",
              "approx": False, "raw": str(v), "page": 2} for seg, v in (("current", 99.1), ("total", 95.5))]
    facts.append({"debt": "市税", "debt_raw": "市税", "fiscal_year": 2021, "fiscal_year_raw": "令和3年度",
                  "segment": "total", "metric": "outstanding", "basis": "target", "value": 1924838000, "unit": "yen",
                  "approx": False, "raw": "1,924,838", "page": 2})
    return {"schema_version": "1.1", "source": {"file": f"{stem}.pdf", "sha256": "a" * 64, "pages": 2},
            "document": {"kind": "plan", "family": "suishin", "municipality": "北浦市"}, "facts": facts}


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_output_gets_normal_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        (tmp_path / "a_plan.json").write_text(json.dumps(_doc(), ensure_ascii=False), encoding="utf-8")
        assert main(["export", str(tmp_path), "--xlsx", str(tmp_path / "s.xlsx")]) == 0
        assert main(["audit", str(tmp_path), "-o", str(tmp_path / "findings.json"),
                     "--html", str(tmp_path / "r.html"), "--xlsx", str(tmp_path / "r.xlsx")]) == 0
        assert main(["draft", "minutes", str(ROOT / "corpus/meetings/saitama_029.yaml"),
                     "-o", str(tmp_path / "m.docx")]) == 0
    finally:
        os.umask(old)
    for name in ("saiken.sqlite", "s.xlsx", "findings.json", "r.html", "r.xlsx", "m.docx"):
        assert _mode(tmp_path / name) == 0o644, name


def test_workbook_shows_labels_and_the_document_name_first(tmp_path: Path) -> None:
    (tmp_path / "a_plan.json").write_text(json.dumps(_doc(), ensure_ascii=False), encoding="utf-8")
    assert main(["export", str(tmp_path), "--xlsx", str(tmp_path / "s.xlsx")]) == 0
    wb = load_workbook(tmp_path / "s.xlsx")
    facts = list(wb["数値"].iter_rows(values_only=True))
    assert facts[0][:2] == ("資料", "文書ID(sha256)")
    head = facts[0]
    row = dict(zip(head, facts[3], strict=True))
    assert (row["資料"], row["区分"], row["項目"], row["基準"], row["単位"]) == ("a_plan", "計", "収入未済額", "目標", "円")
    assert [dict(zip(head, r, strict=True))["区分"] for r in facts[1:3]] == ["現年", "計"]
    assert wb["数値"].cell(4, head.index("値") + 1).number_format == "#,##0"
    docs = list(wb["文書"].iter_rows(values_only=True))
    assert docs[0][0] == "ファイル" and docs[0][-1] == "文書ID(sha256)"
    assert docs[1][2:4] == ("計画", "推進シート型")


def test_printed_figures_carry_their_unit() -> None:
    def fact(value: float, unit: str, raw: str) -> Fact:
        return Fact(metric="outstanding", value=value, unit=unit, raw=raw, page=1)  # type: ignore[arg-type]

    assert shown(fact(1924838000, "yen", "1,924,838")) == "1,924,838千円"
    assert shown(fact(1924837459, "yen", "1,924,837,459")) == "1,924,837,459円"
    assert shown(fact(1924838000, "yen", "1,924,838 千円")) == "1,924,838千円"
    assert shown(fact(-1513812000, "yen", "△1,513,812")) == "△1,513,812千円"
    assert shown(fact(95.33, "percent", "95.33")) == "95.33%"
    assert shown(fact(27971, "persons", "27,971")) == "27,971人"


def test_mismatch_within_one_document_is_titled_so() -> None:
    assert rule_title("cross_doc_mismatch", "amagasaki_plan_2nd.json",
                      [{"document": "amagasaki_plan_2nd", "page": 16}]) == "資料内の数値の不一致"
    assert rule_title("cross_doc_mismatch", "a.json", [{"document": "b", "page": 3}]) == "資料間の数値の不一致"


def test_corpus_audit_reports_units_and_titles(tmp_path: Path) -> None:
    """amagasaki_plan_2nd p.7 vs p.16: 1,924,838千円 against 1,924,837,459円, a mismatch inside one document."""
    out = tmp_path / "out"
    assert main(["extract", str(ROOT / "corpus/pdf/amagasaki_plan_2nd.pdf"), "-o", str(out), "-q"]) == 0
    assert main(["audit", str(out), "-o", str(out / "findings.json"), "--html", str(out / "r.html")]) == 0
    found = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    p7 = next(f for f in found if f["rule"] == "cross_doc_mismatch" and f["page"] == 7)
    assert p7["printed"] == "1,924,838千円"
    assert p7["message"].endswith("と異なります：1,924,838千円 と 1,924,837,459円")
    page = (out / "r.html").read_text(encoding="utf-8")
    assert "資料内の数値の不一致" in page and "資料間の数値の不一致" not in page


def test_html_links_the_pdf_folder_relative_to_the_page(tmp_path: Path) -> None:
    from saiken.audit.reports import pdf_href

    prefix = pdf_href(tmp_path / "pdf フォルダ", tmp_path / "out" / "r.html")
    assert prefix == "../pdf フォルダ"
    f = Finding(rule="rate_mismatch", severity="error", document="a_plan.json", page=2, message="m")
    assert 'href="../pdf%20%E3%83%95%E3%82%A9%E3%83%AB%E3%83%80/a_plan.pdf#page=2"' in render_html([f], prefix)


def test_cli_finds_the_pdfs_beside_the_output(tmp_path: Path) -> None:
    from saiken.cmd_audit import find_pdf_dir

    (tmp_path / "pdf").mkdir()
    (tmp_path / "pdf" / "a_plan.pdf").write_bytes(b"%PDF-1.7\n")
    out = tmp_path / "out"
    assert find_pdf_dir([Path("a_plan.pdf")], [out, out, tmp_path / "pdf"]) == tmp_path / "pdf"
    assert find_pdf_dir([Path("b.pdf")], [out, tmp_path / "pdf"]) is None


def test_html_without_pdfs_has_no_dead_links() -> None:
    f = Finding(rule="rate_mismatch", severity="error", document="a.json", page=2, message="m")
    page = render_html([f], None)
    assert "href" not in page and "2ページ" in page and "--pdf-dir" in page
