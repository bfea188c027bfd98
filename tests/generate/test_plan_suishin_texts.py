"""推進シート draft from converted documents (issue 12 item 6): what the sheets print beside their figures is
carried into the draft — 所管課名, 債権の概要, the scope note under its table, the 補足説明 row, "-" targets."""
from __future__ import annotations

from pathlib import Path

import pytest

from saiken.generate.plan import draft_plan
from saiken.generate.render import Draft
from support.docx_read import PLACEHOLDER, all_text, cell_texts

#: （要入力） places of the 推進シート draft before issue 12, and the places the data already held (所管課名 and
#: 債権の概要 of 9 debts, 住宅資金貸付金's five 現年 targets printed "-").
BEFORE = 158
HELD = 9 + 9 + 5
#: The debts with a 推進シート in the plan.
SHEETS = ("市税", "国民健康保険料", "介護保険料", "介護保険事業費・返納金", "生活保護費返還金等収入", "児童福祉費負担金",
          "住宅家賃", "住宅資金貸付金", "水道料金")


@pytest.fixture(scope="module")
def draft(converted: Path, tmp_path_factory: pytest.TempPathFactory) -> Draft:
    return draft_plan(converted / "saiken.sqlite", "尼崎市", tmp_path_factory.mktemp("s") / "推進シート.docx", 2024)


def _sheets(path: Path) -> dict[str, list[list[list[str]]]]:
    tables = cell_texts(path)
    return {tables[i][0][1]: tables[i:i + 4] for i in range(0, len(tables), 4)}


def test_placeholders_drop_by_what_the_data_holds(draft: Draft, converted: Path, tmp_path: Path) -> None:
    """Against the same dataset without the converted documents (the draft as it was before issue 12, plus the
    new 補足説明 row of each of the 9 debts), the places the data holds are filled."""
    without = draft_plan(converted / "saiken.sqlite", "尼崎市", tmp_path / "before.docx", 2024, documents={})
    assert len(without.gaps) - len(draft.gaps) >= HELD + 9
    labels = {g.label for g in draft.gaps}
    for debt in SHEETS:
        for what in ("所管課名", "債権の概要", "目標の補足説明"):
            assert f"{debt} {what}" not in labels


def test_office_and_overview_from_the_sheet(draft: Draft) -> None:
    sheets = _sheets(draft.path)
    assert sheets["市税"][0][0] == ["債権名", "市税", "所管課名", "納税課・特別処理担当"]
    assert sheets["住宅資金貸付金"][0][0][3] == "住宅管理担当"
    text = all_text(draft.path)
    assert ("【強制徴収公債権】時効期間5年\n個人市民税、法人市民税、固定資産税、軽自動車税、市たばこ税、特別土地保有税、"
            "入湯税、事業所税及び都市計画税") in text


def test_dash_targets_stay_dashes(draft: Draft) -> None:
    target = _sheets(draft.path)["住宅資金貸付金"][2]
    assert target[1][:2] == ["現年", "収入率(%)"] and target[1][2:] == ["-"] * 5
    assert target[2][2:] == ["1.16%", "1.17%", "1.23%", "0.94%", "0.80%"]


def test_remarks_row(draft: Draft) -> None:
    target = _sheets(draft.path)["市税"][2]
    assert target[4][0] == "補足説明"
    assert target[4][2].startswith("本計画の対象は市税全体であるが、他都市と比較して、特に個人市民税の収入率が依然低い")
    assert PLACEHOLDER not in target[4][2]


def test_scope_note_kept_under_its_table(draft: Draft) -> None:
    text = all_text(draft.path)
    note = "※(調定額、収入未済額及び収入率は個人市民税を、不納欠損額、収入未済額計、滞納者数は市税全体を記載。)"
    assert text.count(note) == 1
    assert text.index("3. 直近5か年の収納状況") < text.index(note) < text.index("4. 収納状況に関する説明")
