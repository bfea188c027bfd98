"""取組方針 draft from converted documents (issue 12 item 6): every section heading and lead-in sentence of the
committee's 取組 lists is kept, in order; full indicator labels, 政令市順位 and the 推計 note; A4 landscape."""
from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as open_docx
from docx.enum.section import WD_ORIENT

from saiken.generate.plan import draft_plan
from saiken.generate.render import Draft
from support.docx_read import all_text

#: The headings and lead-in sentences of each debt's 取組 cell in the source (静岡市 委員会資料 p.14–16, as the
#: original document prints them: ../shared/seeds/shizuoka_committee_r8_1.txt lines 198, 206, 214).
SOURCE = {
    "市税": ["(1)滞納理事務スケジュールの徹底及び階層別会議による進捗管理", "(2)現年度滞納整理の強化",
             "①納税課・清水市税事務所",
             "年6回(5月、7月、9月、11月、1月、3月)の一斉催告毎に以下の取組みを組織的に実施する。", "②滞納対策課",
             "納税課及び清水市税事務所が担当する事案のうち、事務負担の大きい事案を滞納対策課へ移管し、"
             "現年度滞納事案に集中できる体制を整える。", "③共通(DX)の推進", "(3)納期前納付の促進"],
    "国民健康保険料(税)": ["(1)滞納の発生防止及び納付環境の充実", "①口座振替勧奨の推進", "②地方税統一QRコードの導入",
                          "(2)初期滞納者に対する取組(量的滞納整理)", "(3)累積滞納者に対する取組(質的滞納整理)",
                          "(4)外国人滞納者に対する取組",
                          "①近年増加傾向にある外国人滞納者対策として、外国人向け日本語学校と連携し、"
                          "外国人学生の滞納解消及び未然防止を図る。"],
    "後期高齢者医療保険料": ["(1)滞納の発生防止及び納付環境の充実", "①口座振替勧奨の推進", "②コンビニ納付等の実施及び周知",
                            "(2)初期滞納者への対応", "(3)長期滞納者及び高額滞納者への対応", "(4)催告強化月間の設定"],
    "介護保険料": ["(1)滞納の発生防止及び納付環境の充実", "①口座振替勧奨の推進", "②コンビニ納付等の周知",
                  "(2)初期滞納者への対応", "(3)長期滞納者及び高額滞納者への対応", "(4)催告強化月間の設定",
                  "(5)居所不明者の調査"],
    "市立清水病院診療収入等": ["(1)未収金の発生防止及び早期対応", "(2)未収金の縮減に向けた取組の強化"],
    "生活保護返還金、徴収金等": ["(1)納付指導及び分納の推進", "(2)未収債権発生の未然防止及び早期対応"],
    "母子・父子・寡婦福祉資金貸付金元金・利子、違約金": [
        "各区子育て支援課と連携し、滞納整理事務年間スケジュール表に基づいて以下のとおり実施する。"],
    "水道料金": ["(1)機能分担による滞納整理の実施", "(2)滞納整理スケジュールに基づいた滞納整理",
                "(3)口座振替等の普及による納期内納付の促進", "(4)SMS催告による初期滞納者の早期解消",
                "(5)令和8年6月使用分からの水道料金・下水道使用料の増額改定の周知", "①市のホームページ及び広報誌への掲載",
                "②検針時に新料金の案内チラシ配布", "③区役所でのデジタルサイネージ活用", "④大口利用者への個別訪問"],
}


@pytest.fixture(scope="module")
def draft(converted: Path, tmp_path_factory: pytest.TempPathFactory) -> Draft:
    return draft_plan(converted / "saiken.sqlite", "静岡市", tmp_path_factory.mktemp("k") / "取組方針.docx", 2027)


def test_every_heading_and_lead_in_of_the_source_is_kept_in_order(draft: Draft) -> None:
    lines = all_text(draft.path).split("\n")
    for debt, expected in SOURCE.items():
        start = lines.index(debt, lines.index("債権名"))  # the debt's table
        pos = start
        for text in expected:
            assert text in lines[pos:], (debt, text)
            pos = lines.index(text, pos) + 1


def test_full_indicator_label_rank_and_note(draft: Draft) -> None:
    text = all_text(draft.path)
    assert "保護費からの充当及び分納誓約による分納の実施割合 （要入力）" in text
    assert "※保護受給中のものに対する割合(件数ベース)" in text
    assert "合計収納率 （要入力）【令和6年度:3位】" in text
    assert "※令和7年度第3回債権管理委員会(令和8年1月)時点での推計値" in text


def test_landscape(draft: Draft) -> None:
    section = open_docx(str(draft.path)).sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE and section.page_width > section.page_height
