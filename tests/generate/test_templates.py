"""Templates: tags whole in one run, variables all given by the data, escaping, fonts, A4, valid cells."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from docx import Document as open_docx
from docx.oxml.ns import qn
from docxtpl import DocxTemplate

from saiken.generate.context import find_source, kobetsu_context, suishin_context
from saiken.generate.frames import Frames
from saiken.generate.minutes import Meeting, draft_minutes, load_meeting, minutes_context
from saiken.generate.plan import draft_plan
from saiken.generate.render import TemplateFieldError, make_env, render
from templates import build_templates
from support.docx_read import ROOT, all_text

TEMPLATES = ROOT / "templates"
EXAMPLE = ROOT / "corpus" / "meetings" / "saitama_029.yaml"
NAMES = ("plan_suishin.docx", "plan_kobetsu.docx", "minutes.docx")
TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")


def contexts(frames: Frames) -> dict[str, dict[str, Any]]:
    return {"plan_suishin.docx": suishin_context(frames, find_source(frames, "尼崎市"), 2024),
            "plan_kobetsu.docx": kobetsu_context(frames, find_source(frames, "静岡市"), 2027),
            "minutes.docx": minutes_context(load_meeting(EXAMPLE))}


def part_xml(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        return [z.read(n).decode() for n in z.namelist() if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", n)]


@pytest.mark.parametrize("name", NAMES)
def test_every_tag_sits_in_one_run(name: str) -> None:
    tags = 0
    for xml in part_xml(TEMPLATES / name):
        for run in re.findall(r"<w:r[ >].*?</w:r>", xml, flags=re.S):
            text = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", run))
            assert text.count("{{") == text.count("}}") and text.count("{%") == text.count("%}"), text
            tags += len(TAG.findall(text))
    assert tags > 10


@pytest.mark.parametrize("name", NAMES)
def test_template_variables_are_all_in_the_data(name: str, frames: Frames) -> None:
    context = contexts(frames)[name]
    tpl = DocxTemplate(str(TEMPLATES / name))
    used = tpl.get_undeclared_template_variables(make_env([]))
    assert used and used <= set(context), used - set(context)


def test_unknown_field_names_the_template(tmp_path: Path) -> None:
    doc = open_docx(str(TEMPLATES / "minutes.docx"))
    doc.add_paragraph("{{ debt_nmae }}")
    bad = tmp_path / "bad.docx"
    doc.save(str(bad))
    with pytest.raises(TemplateFieldError, match=f"{re.escape(str(bad))}: 不明な項目 'debt_nmae'"):
        render(bad, minutes_context(load_meeting(EXAMPLE)), tmp_path / "out.docx")
    assert not (tmp_path / "out.docx").exists()


def test_ampersand_and_angle_brackets_are_escaped(tmp_path: Path) -> None:
    m = Meeting(title="A&B <会議>", agenda=["X < Y & Z"], materials=["資料&1"],
                statements=[{"speaker": "局長<代理>", "text": "R&D <test> \"quoted\""}])
    text = all_text(draft_minutes(m, tmp_path / "esc.docx").path)
    for s in ("A&B <会議>", "２ 出席者\n", "X < Y & Z", "（局長<代理>）", "R&D <test> \"quoted\""):
        assert s in text


@pytest.fixture(scope="module")
def drafts(frames: Frames, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    out = tmp_path_factory.mktemp("drafts")
    return [draft_plan(frames, "尼崎市", out / "a.docx").path, draft_plan(frames, "静岡市", out / "b.docx").path,
            draft_minutes(EXAMPLE, out / "c.docx").path]


def test_east_asian_font_on_every_run(drafts: list[Path]) -> None:
    for path in drafts:
        doc = open_docx(str(path))
        runs = list(doc.element.body.iter(qn("w:r")))
        runs += list(doc.sections[0].footer._element.iter(qn("w:r")))
        assert runs
        for r in runs:
            fonts = r.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
            assert fonts is not None and fonts.get(qn("w:eastAsia")), path.name


def test_a4_page_numbers_and_valid_cells(drafts: list[Path]) -> None:
    for path in drafts:
        doc = open_docx(str(path))
        s = doc.sections[0]
        assert sorted((round(s.page_width.mm), round(s.page_height.mm))) == [210, 297]  # A4 (取組方針: landscape)
        assert "PAGE" in "".join(t.text or "" for t in s.footer._element.iter(qn("w:instrText")))
        assert all(tc.find(qn("w:p")) is not None for tc in doc.element.body.iter(qn("w:tc")))
        leftover = TAG.findall(all_text(path))
        assert leftover == [], leftover


def test_build_script_recreates_the_same_tags(tmp_path: Path) -> None:
    build_templates.main(tmp_path)
    for name in NAMES:
        built = [TAG.findall(x) for x in part_xml(tmp_path / name)]
        committed = [TAG.findall(x) for x in part_xml(TEMPLATES / name)]
        assert built == committed, name
