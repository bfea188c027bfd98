"""The shared layer's readers on real strings of other cities' documents (dev rounds) and of the issue's examples."""
from __future__ import annotations

import pytest

from saiken.extract.docinfo import municipality_of
from saiken.extract.items import _Line, _finish, split_items
from saiken.extract.kinds import kind_of
from saiken.extract.statkeys import Key, key_of, month_end_year_before
from saiken.extract.textfacts import _Place, named_debt, read_place


def facts(text: str, year: int = 2024, date: str | None = None) -> list[tuple]:
    """The levels read_place gives (the changes it reads are tested with `changes`)."""
    place = _Place(1, (0.0, 0.0, 1.0, 1.0), text, Key(), 0.0)
    return [(f.raw, f.debt_raw, f.fiscal_year, f.segment, f.metric, f.basis, f.as_of, f.approx)
            for f in read_place(place, None, Key(fiscal_year=year), date) if f.metric != "difference"]


def test_sentence_subject_year_and_parallel_clauses() -> None:
    """町田市 委員会記録: one sentence, three segments; the next sentence keeps the year and the subject."""
    got = facts("令和5年度の市税の収納率は、現年課税分が99.31%、滞納繰越分が38.52%、合計で97.68%となりました。"
                "収入未済額は約17億1,100万円、不納欠損額は約1億1,100万円でございます。")
    assert got == [
        ("99.31%", "市税", 2023, "current", "collection_rate", "actual", None, False),
        ("38.52%", "市税", 2023, "arrears", "collection_rate", "actual", None, False),
        ("97.68%", "市税", 2023, "total", "collection_rate", "actual", None, False),
        ("約17億1,100万円", "市税", 2023, "total", "outstanding", "actual", None, True),
        ("約1億1,100万円", "市税", 2023, "total", "written_off", "actual", None, True)]


def test_previous_year_restatement_and_meeting_date() -> None:
    """小松島市: 「2月末で86.45%、前年同期は85.90%」 in a meeting of 2024-03-12 (leap year)."""
    got = facts("国民健康保険税の現年課税分の収納率は、2月末で86.45%、前年同期は85.90%でございます。", 2024, "2024-03-12")
    assert [g[2:7] for g in got] == [(2023, "current", "collection_rate", "interim", "2024-02-29"),
                                     (2022, "current", "collection_rate", "interim", "2023-02-28")]


@pytest.mark.parametrize("text", [
    "前年度と比べ0.22%増となった。",                     # a change
    "令和3年度決算において未収金額が1億円以上のもの",     # a threshold
    "(実施件数334件、収納件数183件⇒収納率54.8%)",       # a rate of a count
    "期間中収納率は7.60%であった。",                     # the rate of an enforcement period
    "現年度の収入率は98%台後半で推移している。",           # not a figure
])
def test_no_fact_from_changes_thresholds_and_narrower_figures(text: str) -> None:
    assert facts(text) == []


def test_target_bound_in_prose() -> None:
    assert facts("令和9年度末の収入未済額を42.7億円以下とする。")[0][2:6] == (2027, "total", "outstanding", "target")


def test_items_split_by_numbering_with_tags_after_the_stop_or_wrapped() -> None:
    """多治見市型: ア/イ/ウ items, a tag after 。 and a tag alone on the next line (【継続】)."""
    lines = [_Line(t, (0, 0, 1, 1), 1) for t in (
        "ア 納期限後20日以内に督促状を発送し、未納の初期段階で電話による催告を行う。【継続】",
        "イ 資格喪失時の窓口で未納の有無を確認し、その場での納付又は分割納付の相談につなげる。",
        "【継続】",
        "ウ 預貯金・給与等の財産調査を滞納繰越となった早い段階で行い、差押えを含む滞納処分を進め",
        "る。【拡",
        "充】")]
    got = [(it.label, *_finish(it)) for it in split_items(lines)]
    assert [(label, status) for label, _, status in got] == [("ア", "継続"), ("イ", "継続"), ("ウ", "拡充")]
    assert got[2][1].endswith("滞納処分を進める。")


@pytest.mark.parametrize("title, kind", [
    ("令和6年度第2回つくば市債権管理委員会 会議録", "minutes"),
    ("総務常任委員会記録", "minutes"),
    ("債権回収・整理計画（中間報告）", "progress_report"),
    ("「令和6年度の実績と市税外滞納金回収の取組みの成果」について", "progress_report"),
    ("令和6年度 未収債権の目標及び具体処理策", "plan"),
    ("令和7年度 第1回静岡市債権管理委員会", "committee_material"),
    ("令和7年 決算特別委員会(総務分科会)記録", "minutes"),
    ("令和6年度 市税等の収納状況について(12月末現在)", "progress_report"),
])
def test_kind_from_the_title(title: str, kind: str) -> None:
    assert kind_of(title) == kind


@pytest.mark.parametrize("title, city", [
    ("第2次尼崎市債権管理推進計画", "尼崎市"), ("令和6年度第2回つくば市債権管理委員会 会議録", "つくば市"),
    ("いわき市 債権管理の取組状況", "いわき市"), ("第2 次廿日市市債権管理計画", "廿日市市"),
    ("東村山市債権管理計画", "東村山市"), ("本市の債権", None), ("総務常任委員会記録", None),
    ("田村市 市民部 税務課 収納対策係", "田村市"), ("四日市市 債権管理計画", "四日市市"),
])
def test_municipality_in_kanji_or_kana(title: str, city: str | None) -> None:
    assert municipality_of(title) == city


def test_month_end_a_year_before_is_recomputed() -> None:
    assert month_end_year_before("2025-02-28") == "2024-02-29"
    assert month_end_year_before("2024-02-29") == "2023-02-28"
    assert month_end_year_before("2024-12-31") == "2023-12-31"


def test_segment_word_inside_a_metric_word_is_no_segment() -> None:
    k = key_of("現年度滞納繰越発生額")
    assert (k.metric, k.segment, k.rest) == ("outstanding", "current", "")


def test_bracket_notes_say_what_bracketed_figures_are() -> None:
    """Notes of 取組個票 headers and 取組方針 rows (東駿市, 西遠市 rounds): the note is no part of the label's own key."""
    from saiken.extract.statkeys import bracket_notes, noted
    notes = bracket_notes("実績又は効果（　）内は前年度同期")
    assert list(notes) == ["("] and notes["("].previous
    assert key_of("令和5年度実績 ()内は数値目標").basis == "actual"
    assert bracket_notes("令和5年度実績 ()内は数値目標")["("].basis == "target"
    rank = bracket_notes("令和6年度数値目標※【】は政令市順位")["【"]
    k = Key(fiscal_year=2023, basis="interim", as_of="2024-02-29", segment="current", metric="assessed")
    assert noted(k, rank) is None
    back = noted(k, notes["("])
    assert (back.fiscal_year, back.as_of, back.basis) == (2022, "2023-02-28", "interim")


def test_text_cell_dated_by_its_own_line_with_bracketed_previous_year() -> None:
    """東駿市 取組個票 cell: 「令和6年2月末日時点」 on its own line dates the bullets; （）内は前年度同期 in the header."""
    from saiken.extract.statkeys import bracket_notes
    lead = key_of("令和6年2月末日時点")
    place = _Place(3, (0.0, 0.0, 1.0, 1.0), "・調定額：3,456,789千円（3,400,120千円）",
                   Key(fiscal_year=lead.fiscal_year, fiscal_year_raw=lead.fiscal_year_raw, basis=lead.basis,
                       as_of=lead.as_of, segment="current"), 0.0, None, bracket_notes("（　）内は前年度同期"))
    got = [(f.value, f.fiscal_year, f.segment, f.metric, f.basis, f.as_of) for f in read_place(place, "国民健康保険料", Key())]
    assert got == [(3456789000, 2023, "current", "assessed", "interim", "2024-02-29"),
                   (3400120000, 2022, "current", "assessed", "interim", "2023-02-28")]


@pytest.mark.parametrize("text,expected", [
    # 旭川-style: 市税等 is the debts together (debt_raw as printed, debt null), うち市税 names one
    ("令和４年度決算における市税等の収入未済額は約41億8,300万円であり、うち市税が約14億2,600万円、"
     "国民健康保険料が約19億5,800万円となっています。",
     [("市税等", "約41億8,300万円"), ("市税", "約14億2,600万円"), ("国民健康保険料", "約19億5,800万円")]),
    # 高崎-style 【参考】 bullet: the debt fused to the metric word
    ("・市税滞納者数（9月末現在）：8,412人", [("市税", "8,412人")]),
    # 川崎-style council answer: the debt fused to the segment word
    ("令和６年９月末現在の市税現年課税分の収納率は54.87％で", [("市税", "54.87%")]),
    # うるま-style answer: the debt named in the sentence before the figures
    ("国民健康保険税についてお答えいたします。令和５年度の収納率は、現年課税分が９５．１２％となっております。",
     [("国民健康保険税", "95.12%")]),
    # かほく-style plan: an adverb (特に) before the debt of the next sentence
    ("令和５年度決算における主要４債権の収入未済額は約２億３，１００万円であり、令和元年度から緩やかに減少している。"
     "特に市税の現年度分収入率は令和５年度に９９．５２％となり、県内でも高い水準を維持している。",
     [("主要4債権", "約2億3,100万円"), ("市税", "99.52%")]),
])
def test_debt_named_as_printed_in_running_text(text: str, expected: list) -> None:
    assert [(g[1], g[0].replace(" ", "")) for g in facts(text)] == expected


def test_estimate_and_target_words_after_a_figure() -> None:
    """熊本-style answer: 「約108億円程度まで縮減できる」 is an estimate; 「10,000人まで減少させることを目標」 a target."""
    assert facts("令和6年度決算では収入未済額を約108億円程度まで縮減できる見込みです。")[0][5] == "estimate"
    assert facts("令和９年度末までに滞納者数を10,000人まで減少させることを目標とします。")[0][5] == "target"
    assert facts("令和3年度の収納率は、99.18%と令和2年度の債権管理計画の目標収納率98.3%を上回った。")[0][5] == "actual"


def test_kind_of_council_records_and_their_titles() -> None:
    from saiken.extract.kinds import COUNCIL_SPEAKER
    for line in ("◯委員長【中村 浩君】　皆さん、おはようございます。", "○税務課長　お答えいたします。", "◎坂本由美 債権管理課長"):
        assert COUNCIL_SPEAKER.match(line), line
    for line in ("○〔継続〕高額滞納事案については、", "○長期滞納者への財産調査を行う。"):
        assert not COUNCIL_SPEAKER.match(line), line
    assert kind_of("となみ市議会　決算特別委員会会議録") == "minutes"


def test_plan_prose_of_the_seed_read_by_the_shared_reader() -> None:
    """世田谷区 plan sentences (the seed), read by the shared text reader since the family's own prose reader went."""
    got = facts("令和２年度（２０２０年度）の区の保有する全債権にかかる収入未済額は約１０７億円であった。前期プラン策定時の"
                "約１３９億円（平成２８年度（２０１６年度））と比較すると約３２億円の減となっており、"
                "区が保有する債権は多岐にわたるため、収入未済額が概ね１億円以上の債権を対象とする。", 2022)
    assert [(g[2], g[0].replace(" ", ""), g[4], g[3]) for g in got] == [
        (2020, "約107億円", "outstanding", "total"), (2016, "約139億円", "outstanding", "total")]
    got = facts("令和６年度の市税の目標収納率は、現年分９９．３０％、滞繰分３２．００％とする。", 2024)
    assert [g[1:6] for g in got] == [("市税", 2024, "current", "collection_rate", "target"),
                                     ("市税", 2024, "arrears", "collection_rate", "target")]


def test_plan_prose_under_a_debt_part() -> None:
    """The debt of a part (（１）特別区民税) given by the outline; the year nearest before the rate governs it."""
    def under(text: str, debt: str) -> list[tuple]:
        place = _Place(1, (0.0, 0.0, 1.0, 1.0), text, Key(), 0.0)
        return [(f.debt_raw, f.fiscal_year, f.segment, f.basis, f.value) for f in read_place(place, debt, Key())]
    assert under("令和４年度の現年分の収納率は９３．２２％であった。", "国民健康保険料") == [
        ("国民健康保険料", 2022, "current", "actual", 93.22)]
    assert under("平成２９年度の決算見込を基に、平成３３年度の現年分の目標収納率を９９．１％と設定した。", "特別区民税") == [
        ("特別区民税", 2021, "current", "target", 99.1)]


def test_sentence_topic_names_the_debt_of_its_rate() -> None:
    """「特別区民税は、令和３年度の目標収納率を現年分…」: the topic names the debt, not the year before の."""
    assert facts("特別区民税は、令和3年度の目標収納率を現年分99.20%とする。", 2021)[0][1:6] == (
        "特別区民税", 2021, "current", "collection_rate", "target")
    assert facts("目標収納率は、過去3か年の推移から95.00%とした。", 2021) == []  # no year to give it


def test_city_wide_outstanding_target_and_comparison_of_two_years() -> None:
    """尼崎市 第2次計画 (中間見直し) sentences: a comparison of two years (A⇒B) and a target bound."""
    got = facts("特定債権の収入未済額は、令和元年度と令和5 年度の比較では、約27.1%(約76.2億円⇒約55.5 億円)減少した。"
                "令和9 年度末の収入未済額を40.5 億円以下とする。", 2024)
    assert [(g[2], g[5], g[4], g[0].replace(" ", "")) for g in got] == [
        (2027, "target", "outstanding", "40.5億円"), (2019, "actual", "outstanding", "約76.2億円"),
        (2023, "actual", "outstanding", "約55.5億円")]
    assert facts("市税収入は、令和元年度と令和5年度の比較では、約3.1%(約250.1億円⇒約257.9億円)増加した。") == []


def test_items_of_a_table_whose_first_row_holds_items() -> None:
    """四万十-style 年度後半の重点事項: 滞納整理 | ア …【継続】イ …【継続】 with no header row."""
    import pymupdf
    from pathlib import Path
    from saiken.extract.items import items_of
    from saiken.extract.pdf import load_pages
    font = Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")
    if not font.exists():
        pytest.skip("IPAex Gothic is not installed")
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_font(fontname="ipag", fontfile=str(font))
    rows = [("滞納整理", ["ア 1月から3月を滞納整理強化期間とし、差押えを集中的に行う。【継続】",
                      "イ 高額滞納案件は共同徴収により公売まで進める。【継続】"]),
            ("納付環境", ["ウ スマートフォン決済アプリによる納付を広げる。【拡充】"])]
    y = 100
    for label, lines in rows:
        h = 16 * len(lines) + 8
        page.draw_rect(pymupdf.Rect(50, y, 130, y + h))
        page.draw_rect(pymupdf.Rect(130, y, 545, y + h))
        page.insert_text((55, y + 14), label, fontname="ipag", fontsize=9)
        for k, t in enumerate(lines):
            page.insert_text((135, y + 14 + 16 * k), t, fontname="ipag", fontsize=9)
        y += h
    path = Path(pytest.importorskip("tempfile").mkdtemp()) / "items.pdf"
    doc.save(path)
    got = [(i.label, i.status) for i in items_of(load_pages(path, "never"))]
    assert got == [("ア", "継続"), ("イ", "継続"), ("ウ", "拡充")]


def test_target_bound_under_a_target_heading() -> None:
    """【数値目標】 over 「・収入未済額 1,520,000千円以下」 (dev11, 岡山市-style 取組個票): the target, not a threshold."""
    place = _Place(1, (0.0, 0.0, 100.0, 10.0), "・収入未済額 1,520,000千円以下", Key(), 0.0)
    got = read_place(place, "市税", Key(fiscal_year=2024, basis="target"))
    assert [(f.metric, f.basis, f.value) for f in got] == [("outstanding", "target", 1520000000)]
    assert read_place(place, "市税", Key(fiscal_year=2024)) == []  # without the heading: a threshold


def test_a_level_from_which_a_rate_rose_is_a_fact_of_its_year() -> None:
    """「4年度の18.7％から5年度は21.3％に上がった」 (dev15, a council record): both years' rates, and the sentence after
    keeps the later year."""
    text = "介護保険料の滞納繰越分の収納率は、4年度の18.7%から5年度は21.3%に上がった。現年度分は99.46%を維持している。"
    got = read_place(_Place(2, (0.0, 0.0, 100.0, 10.0), text, Key(), 0.0), "介護保険料",
                     Key(fiscal_year=2023, fiscal_year_raw="令和5年度"))
    assert [(f.fiscal_year, f.segment, f.value) for f in got] == [(2022, "arrears", 18.7), (2023, "arrears", 21.3),
                                                                   (2023, "current", 99.46)]


def test_prose_of_other_cities_read_by_the_shared_reader() -> None:
    """Sentences of this round's blind documents (なるみ市, 安曇野市, 八街市, みずきの市, 水城市)."""
    got = facts("「市税」は、12月末時点の現年分収納率が７８．４５％で、前年同月の７８．２０％を上回った。"
                "収入未済額は約21億4,300万円となっている。", 2025, "2026-02-06")
    assert got[0][2:7] == (2025, "current", "collection_rate", "interim", "2025-12-31")
    assert got[-1][:7] == ("約21億4,300万円", "市税", 2025, "total", "outstanding", "interim", "2025-12-31")
    got = facts("・現年課税分　調定額：1,702,415 千円　収入済額：1,627,509 千円　収納率：95.60％", 2023)
    assert [(g[3], g[4]) for g in got] == [("current", "assessed"), ("current", "collected"),
                                           ("current", "collection_rate")]
    got = facts("令和６年２月末現在の市税の収入済額は約86億2,400万円で、調定額に対する収納率は現年課税分が89.37％"
                "（前年同期89.02％）、滞納繰越分が24.81％となっています。", 2023, "2024-03-22")
    assert [(g[0], g[2], g[3], g[4]) for g in got][1:] == [
        ("89.37%", 2023, "current", "collection_rate"), ("89.02%", 2022, "current", "collection_rate"),
        ("24.81%", 2023, "arrears", "collection_rate")]
    got = facts("全債権の収入未済額は、令和３年度の約20.4億円から、令和５年度末には約18.4億円まで縮減した。")
    assert [(g[0], g[2], g[4]) for g in got] == [("約20.4億円", 2021, "outstanding"), ("約18.4億円", 2023, "outstanding")]
    got = facts("・収入未済額：約8億4,700万円（令和5年度決算）", 2025)
    assert [(g[2], g[4], g[5]) for g in got] == [(2023, "outstanding", "actual")]


def test_a_bullets_year_governs_the_later_bullets_of_its_list(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """佐世保-style 【参考】 list: the year printed after the first bullet's figure dates the rates below it."""
    from saiken.extract.pdf import load_pages
    from saiken.extract.textfacts import text_facts
    d = drawing()
    p = d.page()
    lines = ["【参考】", "・収入未済額：約9億5,267万円（令和5年度）", "・現年分徴収率：93.86％", "・滞納繰越分徴収率：22.05％",
             "今後も口座振替の推進に取り組む。", "・現年分徴収率：94.10％"]
    for i, s in enumerate(lines):
        d.text(p, 60, 100 + 18 * i, s)
    got = [(f.raw, f.fiscal_year, f.segment) for f in text_facts(load_pages(d.save(tmp_path / "s.pdf")), 2024)]
    assert got == [("約9億5,267万円", 2023, "total"), ("93.86%", 2023, "current"), ("22.05%", 2023, "arrears"),
                   ("94.10%", 2024, "current")]  # a list ends at the line that is no bullet


def test_a_sentences_topic_segment_covers_its_figures_and_a_month_end_heading_dates_them(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """いすみ市: 「３．12月末の収納状況」 over 「現年度分は、調定額…に対し収入額…で、徴収率は…（前年同期…）」."""
    from saiken.extract.pdf import load_pages
    from saiken.extract.textfacts import text_facts
    d = drawing()
    p = d.page()
    for i, s in enumerate(["３．12月末の収納状況",
                           "現年度分は、調定額4,312,456千円に対し収入額3,398,214千円で、徴収率は78.8％（前年同期78.3％）となった。"]):
        d.text(p, 50, 100 + 30 * i, s, size=8)
    got = [(f.raw, f.fiscal_year, f.segment, f.metric, f.basis, f.as_of)
           for f in text_facts(load_pages(d.save(tmp_path / "t.pdf")), 2024)]
    assert got == [("4,312,456千円", 2024, "current", "assessed", "interim", "2024-12-31"),
                   ("3,398,214千円", 2024, "current", "collected", "interim", "2024-12-31"),
                   ("78.8%", 2024, "current", "collection_rate", "interim", "2024-12-31"),
                   ("78.3%", 2023, "current", "collection_rate", "interim", "2023-12-31")]


def test_label_cells_right_above_a_text_cell_head_it_below_a_row_of_prose() -> None:
    """青嶺市's 取組個票: 取組方針 (a sentence) over 令和6年度 決算見込 | 令和7年度 数値目標 over the bullets."""
    from saiken.extract.textfacts import _heads_above
    policy = "現年分の早期着手により新たな滞納繰越を抑制するとともに、滞納繰越分は財産調査に基づく滞納処分と執行停止の判断を徹底する。"
    rows = [["取組方針", policy, policy],
            ["数値目標", "令和6年度 決算見込 ( )内は目標", "令和7年度 数値目標"],
            ["数値目標", "現年分 99.21%(99.15%)", "現年分 99.25%"]]
    assert _heads_above(rows, 2, 2) == ["令和7年度 数値目標"]
    assert _heads_above(rows, 2, 1) == ["令和6年度 決算見込 ( )内は目標"]


def test_reference_block_of_debts_together_and_a_line_of_the_year_before(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """青嶺市's 【参考】: the heading names 重点5債権; 「令和5年度決算：92.57％」 under the bullet of 徴収率 is the rate."""
    from saiken.extract.pdf import load_pages
    from saiken.extract.textfacts import text_facts
    d = drawing()
    p = d.page()
    for i, (x, s) in enumerate([(50, "【参考】重点5債権の徴収率及び収入未済額"), (50, "・徴収率（令和6年度決算見込）：93.63％"),
                                (70, "令和5年度決算：92.57％　　前年度比 1.06ポイント上昇"),
                                (50, "・収入未済額（令和6年度決算見込）：約23.3億円")]):
        d.text(p, x, 100 + 18 * i, s)
    got = [(f.debt_raw, f.raw, f.fiscal_year, f.metric, f.basis)
           for f in text_facts(load_pages(d.save(tmp_path / "r.pdf")), 2025)]
    assert got == [("重点5債権", "93.63%", 2024, "collection_rate", "estimate"),
                   ("重点5債権", "92.57%", 2023, "collection_rate", "actual"),
                   ("重点5債権", "1.06ポイント", 2023, "difference", "actual"),
                   ("重点5債権", "約23.3億円", 2024, "outstanding", "estimate")]


def test_tags_set_right_on_the_line_under_each_item(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """宮浜市: ア/イ/ウ items, each 【継続】-style tag alone at the right margin on the line under its item."""
    from saiken.extract.items import items_of
    from saiken.extract.pdf import load_pages
    d = drawing()
    p = d.page()
    d.text(p, 72, 80, "（2）債権ごとの取組（国民健康保険税）")
    d.text(p, 72, 100, "国民健康保険税の収入未済額は前年度から減少したが、資格喪失後の未納が滞納繰越の主な要因となっている。")
    y = 130
    for item, tag in [("ア　資格喪失の届出時に未納額を案内し、納付書を交付する。", "【新規】"),
                      ("イ　口座振替を原則とし、加入手続時に申込みを受け付ける。", "【継続】"),
                      ("ウ　滞納額50万円以上の世帯は納税課と共同で滞納整理を行う。", "【拡充】")]:
        d.text(p, 72, y, item)
        d.text(p, 483, y + 18, tag)
        y += 37
    got = [(i.label, i.status, i.text) for i in items_of(load_pages(d.save(tmp_path / "t.pdf")))]
    assert [(label, status) for label, status, _ in got] == [("ア", "新規"), ("イ", "継続"), ("ウ", "拡充")]
    assert got[1][2] == "口座振替を原則とし、加入手続時に申込みを受け付ける。"


@pytest.mark.parametrize("text, junk", [
    ("調定額：348,584,150円", True), ("収納率(現年分)：97.85%", True),
    ("(3) 債権ごとの取組(市営住宅使用料)所管課：都市整備課【参考】令和5年度決算", True),
    ("滞納が3か月に達した入居者と連帯保証人に納付指導を行います。", False),
    ("滞納額50万円以上の世帯は納税課と共同で滞納整理を行う。", False),
])
def test_what_no_family_may_keep_as_an_item(text: str, junk: bool) -> None:
    from saiken.extract.pipeline import NO_MEASURE
    assert bool(NO_MEASURE.search(text)) is junk


@pytest.mark.parametrize("text, expected", [
    # よしの台-style: a level bracketed after its year, a remark in brackets earlier in the sentence
    ("令和5年度決算における本市の収入未済額は約16億700万円（一般会計及び特別会計の合計）となり、ピーク時の平成27年度"
     "（約23億4,000万円）と比べて大きく縮減した。", [("約16億700万円", 2023), ("約23億4,000万円", 2015)]),
    # 福山-style: a figure per head in brackets restates nothing
    ("市税総収入額は、2025年度当初予算額で772億4,180万円となっています（市税一人当たり換算16万6,420円）。", []),
])
def test_bracketed_figures_after_a_year_or_per_head(text: str, expected: list) -> None:
    assert [(g[0].replace(" ", ""), g[2]) for g in facts(text) if g[4] == "outstanding"] == expected


def test_a_level_a_debt_was_cut_from_and_a_paragraph_going_on_with_one_another(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """上越市: 「平成30年度の約29億8,700万円から着実に縮減」 is that year's level; 「一方、国民健康保険税の…」 opening the
    next paragraph speaks of the year the paragraph before did."""
    from saiken.extract.pdf import load_pages
    from saiken.extract.textfacts import text_facts
    d = drawing()
    p = d.page()
    d.text(p, 50, 100, "令和５年度決算における市の債権の収入未済額は約20億8,300万円で、平成30年度の約29億8,700万円から着実に縮減している。",
           size=7)
    d.text(p, 50, 130, "一方、国民健康保険税の収入未済額は約6億6,900万円と市税に次いで多い。", size=7)
    got = [(f.debt_raw, f.raw, f.fiscal_year) for f in text_facts(load_pages(d.save(tmp_path / "j.pdf")), 2024)]
    assert got == [(None, "約20億8,300万円", 2023), (None, "約29億8,700万円", 2018),
                   ("国民健康保険税", "約6億6,900万円", 2023)]


def test_a_metric_heading_with_a_month_end_and_no_year_dates_its_figure(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """千歳川市: 「２　未収金残高（９月末）」 over 「約14億2,600万円（前年同期　約15億800万円）」 in a report of 令和5年度."""
    from saiken.extract.pdf import load_pages
    from saiken.extract.textfacts import text_facts
    d = drawing()
    p = d.page()
    d.text(p, 50, 100, "２　未収金残高（９月末）")
    d.text(p, 60, 130, "約14億2,600万円（前年同期　約15億800万円）")
    got = [(f.raw, f.fiscal_year, f.metric, f.basis, f.as_of)
           for f in text_facts(load_pages(d.save(tmp_path / "m.pdf")), 2023)]
    assert got[0] == ("約14億2,600万円", 2023, "outstanding", "interim", "2023-09-30")
    assert got[1:] == [("約15億800万円", 2022, "outstanding", "interim", "2022-09-30")]


def test_council_answers_a_peak_years_level_and_this_years_estimate() -> None:
    """あけぼの市議会: 「ピーク時の平成２２年度、約２４億円から大きく縮減」; 「現時点での決算見込みとしては、現年分で93.40％」
    in a meeting of 令和6年12月 is this year's estimate."""
    got = facts("○山中財務部次長兼納税課長 収入未済額は約８億２，４３８万円となり、ピーク時の平成２２年度、約２４億円から大きく縮減しております。",
                2023)
    assert [(g[0].replace(" ", ""), g[2]) for g in got] == [("約8億2,438万円", 2023), ("約24億円", 2010)]
    got = facts("○今井保険年金課長 現時点での決算見込みとしては、現年分で93.40％、滞納繰越分で24.00％程度を見込んでおります。",
                2023, "2024-12-10")
    assert [(g[0].replace(" ", ""), g[2], g[3], g[5]) for g in got] == [("93.40%", 2024, "current", "estimate"),
                                                                       ("24.00%程度", 2024, "arrears", "estimate")]


def test_kana_marks_set_close_to_their_text_under_a_heading_of_plans() -> None:
    """箕面市: 「４　下半期に向けて」 over 「ア財産調査で…」「イ資格喪失世帯へ…」「ウコールセンターによる…」."""
    lines = [_Line(t, (0, 0, 1, 1), 1) for t in (
        "ア財産調査で預貯金が判明した世帯には差押予告書を送付し、応答のない場合は差押えを行う。",
        "イ資格喪失世帯への文書催告を１１月と２月に実施する。",
        "ウコールセンターによる現年度分の電話催告を継続する。")]
    got = [(it.label, _finish(it)[0]) for it in split_items(lines)]
    assert [label for label, _ in got] == ["ア", "イ", "ウ"]
    assert got[2][1] == "コールセンターによる現年度分の電話催告を継続する。"
    from saiken.extract.lexicon import LEXICON
    assert LEXICON.item_headings.search("４　下半期に向けて")
    assert split_items([_Line("ポイント上回りました。", (0, 0, 1, 1), 1)]) == []


def test_a_bracketed_heading_naming_debts_together_names_its_bullets(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """豊浦市: 「【収納率】令和6年2月29日時点（主要７債権の合計）」 over segment bullets."""
    from saiken.extract.pdf import load_pages
    from saiken.extract.textfacts import text_facts
    d = drawing()
    p = d.page()
    for i, s in enumerate(["【収納率】令和6年2月29日時点（主要７債権の合計）", "・現年分　90.46％（前年同期　90.12％）"]):
        d.text(p, 50, 100 + 20 * i, s)
    got = [(f.debt_raw, f.raw, f.fiscal_year, f.as_of) for f in text_facts(load_pages(d.save(tmp_path / "b.pdf")), 2023)]
    assert got == [("主要7債権", "90.46%", 2023, "2024-02-29"), ("主要7債権", "90.12%", 2022, "2023-02-28")]


def test_a_later_paragraph_of_a_speech_goes_on_with_its_debt(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """豊橋市議会: 「○小野田納税課長　市税の滞納者数は…」 then 「　今年度の収納状況でございますが、…61.35％」."""
    from saiken.extract.pdf import load_pages
    from saiken.extract.textfacts import text_facts
    d = drawing()
    p = d.page()
    for i, s in enumerate(["○小野田納税課長　市税の滞納者数は、令和5年度末で８，４１２人となりました。",
                           "　今年度の収納状況でございますが、令和6年10月末の現年課税分の収納率は61.35％でございます。"]):
        d.text(p, 50, 100 + 30 * i, s, size=8)
    got = [(f.debt_raw, f.raw) for f in text_facts(load_pages(d.save(tmp_path / "s.pdf")), 2024, "2024-12-10")]
    assert ("市税", "61.35%") in got


def test_a_sentence_ending_in_an_estimate_covers_its_figures_and_a_june_meeting_speaks_of_the_year_closed() -> None:
    """伊勢崎市議会 (令和7年6月18日): 「…全体で95.33％となる見込みでございます」 and a year-less 「…の見込みです」 are of
    令和6年度, the year just closed; 「回収の見込みがないもの」 (北潟市) is no estimate."""
    got = facts("〇石原収納課長　令和６年度の市税の収納率は、現年課税分が99.21％、滞納繰越分が31.5％、全体で95.33％となる"
                "見込みでございます。", 2025, "2025-06-18")
    assert [(g[0], g[2], g[3], g[5]) for g in got] == [("99.21%", 2024, "current", "estimate"),
                                                      ("31.5%", 2024, "arrears", "estimate"),
                                                      ("95.33%", 2024, "total", "estimate")]
    got = facts("〇石原収納課長　国民健康保険税の収納率は全体で90.18％、収入未済額は約3 億5,500 万円の見込みです。", 2025,
                "2025-06-18")
    assert [(g[1], g[2], g[4], g[5]) for g in got] == [("国民健康保険税", 2024, "collection_rate", "estimate"),
                                                      ("国民健康保険税", 2024, "outstanding", "estimate")]
    got = facts("令和６年度は４債権を放棄した。このうち市営住宅使用料の不納欠損額は３，１２６，４００円で、いずれも回収の"
                "見込みがないものである。", 2024)
    assert [(g[4], g[5]) for g in got] == [("written_off", "actual")]


def test_debts_named_with_de_each_take_their_figure() -> None:
    """藤沢市議会: 「令和５年度の不納欠損額は、市税で１億２，３４５万円余、国民健康保険税で８，９６１万円余でございます。」"""
    got = facts("○吉岡債権管理課長　令和５年度の不納欠損額は、市税で１億２，３４５万円余、国民健康保険税で８，９６１万円余"
                "でございます。", 2024)
    assert [(g[1], g[2], g[4]) for g in got] == [("市税", 2023, "written_off"), ("国民健康保険税", 2023, "written_off")]


def test_results_in_a_cell_under_a_month_end_heading_are_interim(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """岡崎市 取組個票: 「１　令和６年度上半期の取組状況（９月末現在）」 over 実績 （　）内は前年同期 | 徴収率 56.21％（55.87％）."""
    from saiken.extract.pdf import load_pages
    from saiken.extract.textfacts import text_facts
    d = drawing()
    p = d.page()
    d.text(p, 50, 90, "１　令和６年度上半期の取組状況（９月末現在）")
    xs, ys = [50, 130, 330, 530], [100, 120, 150]
    d.grid(p, xs, ys)
    d.rows(p, xs, ys, [["区分", "取組内容", "実績　（　）内は前年同期"], ["現年度分", "・ＳＭＳ催告を行った。", "徴収率　56.21％（55.87％）"]])
    got = [(f.raw, f.fiscal_year, f.segment, f.basis, f.as_of)
           for f in text_facts(load_pages(d.save(tmp_path / "o.pdf")), 2024)]
    assert got == [("56.21%", 2024, "current", "interim", "2024-09-30"), ("55.87%", 2023, "current", "interim", "2023-09-30")]


def test_two_headings_on_one_line_each_head_the_table_under_it(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """長浜市 取組個票: 「(1) 未収金残高の推移」 and 「(2) 数値目標 徴収率（単位：％）」 printed on one line over two tables side
    by side, the left one's （単位：千円） printed right of it: each table takes its own heading and unit."""
    from saiken.extract.pdf import load_pages, stitch
    from saiken.extract.statables import read_tables
    d = drawing()
    p = d.page(842, 595)
    d.text(p, 50, 90, "(1) 未収金残高の推移")
    d.text(p, 480, 90, "(2) 数値目標　徴収率（単位：％）")
    d.text(p, 415, 112, "（単位：千円）")
    left, right, ys = [50, 110, 170, 230], [480, 560, 640, 720], [115, 135, 155]
    d.grid(p, left, ys)
    d.grid(p, right, [104, 124, 144])
    d.rows(p, left, ys, [["区分", "R4", "R5"], ["現年分", "94,377", "91,064"]])
    d.rows(p, right, [104, 124, 144], [["区分", "R5決算", "R6見込"], ["現年分", "99.18", "99.21"]])
    pages = load_pages(d.save(tmp_path / "n.pdf"))
    facts_, _ = read_tables(pages, stitch(pages))
    got = {(f.metric, f.fiscal_year, f.value) for f in facts_}
    assert ("outstanding", 2023, 91_064_000) in got and ("collection_rate", 2024, 99.21) in got
    assert not any(f.metric == "collection_rate" and f.value > 100 for f in facts_)


@pytest.mark.parametrize(("heading", "debt"), [
    ("４　債権ごとの取組（1）　特別区民税", "特別区民税"),  # 板橋区: the name after the part's number
    ("債権ごとの取組①市税", "市税"),
    ("(2) 収納状況の分析", None),
    ("表(1) 収入未済額", None),
])
def test_a_heading_naming_its_debt_after_the_parts_number(tmp_path, drawing, heading: str, debt: str | None) -> None:  # type: ignore[no-untyped-def]
    from saiken.extract.pdf import load_pages
    from saiken.extract.scope import marks
    d = drawing()
    d.text(d.page(), 50, 100, heading)
    assert [m.name for m in marks(load_pages(d.save(tmp_path / "h.pdf")))] == ([debt] if debt else [])


def test_a_debt_after_tsuide_takes_the_metric_of_the_figure_before() -> None:
    """豊川市: 「債権別では、市税が約12億円と全体の過半を占め、次いで国民健康保険税が497.6百万円となっている。」"""
    got = facts("令和5年度決算における本市の収入未済額は約21億1,260万円で、着実に縮減している。債権別では、市税が約12億円と"
                "全体の過半を占め、次いで国民健康保険税が497.6百万円となっている。", 2024)
    assert [(g[0], g[1], g[2], g[4]) for g in got][1:] == [("約12億円", "市税", 2023, "outstanding"),
                                                          ("497.6百万円", "国民健康保険税", 2023, "outstanding")]


def test_a_page_set_in_two_columns_reads_each_column_with_its_own_debt(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """高知市: 「７－1 債権ごとの取組（市税）」 and 「７－4 債権ごとの取組（市営住宅使用料）」 side by side, each over its own
    numbered items; lines of the two columns at one height are not one line."""
    from saiken.extract.items import items_of
    from saiken.extract.pdf import load_pages
    d = drawing()
    p = d.page()
    left = ["７－1 債権ごとの取組（市税）", "(1) 納税コールセンターによる現年課税分の早期", "　催告を拡大し、滞納の長期化を防ぐ。【拡充】",
            "(2) 預貯金・給与の電子照会を全件で行い、財産", "　の判明した滞納者には速やかに差押えを行う。【継続】",
            "(3) 地方税共通納税システムとスマートフォン決", "　済の利用を広報し、納付機会を広げる。【継続】"]
    right = ["７－4 債権ごとの取組（市営住宅使用料）", "(1) 滞納3か月以上の入居者と連帯保証人に対", "　し、面談による納付指導を行う。【継続】",
             "(2) 長期高額滞納者には明渡請求訴訟を提起し、", "　退去者の滞納家賃は弁護士に回収を委託する。【拡充】",
             "７－5 債権ごとの取組（保育所保育料）", "(1) 児童手当からの申出徴収を保護者に案内し、", "　滞納の累積を防ぐ。【継続】"]
    for i, s in enumerate(left):
        d.text(p, 60, 100 + 16 * i, s)
    for i, s in enumerate(right):
        d.text(p, 305, 100 + 16 * i, s)
    got = [(it.debt_raw, it.label, it.text[:8]) for it in items_of(load_pages(d.save(tmp_path / "c.pdf")))]
    assert ("市税", "(3)", "地方税共通納税シ") in got and ("保育所保育料", "(1)", "児童手当からの申") in got
    assert ("市営住宅使用料", "(2)", "長期高額滞納者に") in got and len(got) == 6


def test_a_charts_data_labels_are_read_over_their_years(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """高知市: a bar chart 「(2)収入未済額(全会計)の推移」 with the axis unit (億円), value-axis ticks 0–60 at the left, data
    labels over R元…R5; 豊川市's line chart 「図2 市税収納率の推移(現年課税分+滞納繰越分、%)」."""
    from saiken.extract.charts import chart_facts
    from saiken.extract.pdf import load_pages
    d = drawing()
    p = d.page()
    d.text(p, 60, 80, "(2)収入未済額(全会計)の推移")
    d.text(p, 70, 110, "(億円)")
    for i, (tick, y) in enumerate([("50", 150), ("40", 190), ("30", 230)]):
        d.text(p, 92, y, tick)
    for i, (label, value) in enumerate([("R元", "47.3"), ("R2", "44.8"), ("R3", "42.0"), ("R4", "39.8")]):
        x = 140 + 78 * i
        d.text(p, x, 140 + 8 * i, value)
        d.text(p, x + 2, 260, label)
    d.text(p, 60, 320, "図2　市税収納率の推移（現年課税分＋滞納繰越分、％）")
    for i, (label, value) in enumerate([("R1", "94.6"), ("R2", "94.8"), ("R3", "95.1")]):
        d.text(p, 160 + 112 * i, 360 - 10 * i, value)
        d.text(p, 160 + 112 * i, 420, label)
    facts, _ = chart_facts(load_pages(d.save(tmp_path / "g.pdf")), 2024)
    got = [(f.debt_raw, f.fiscal_year, f.metric, f.segment, f.value) for f in facts]
    assert got == [("全会計", 2019, "outstanding", "total", 4_730_000_000), ("全会計", 2020, "outstanding", "total", 4_480_000_000),
                   ("全会計", 2021, "outstanding", "total", 4_200_000_000), ("全会計", 2022, "outstanding", "total", 3_980_000_000),
                   ("市税", 2019, "collection_rate", "total", 94.6), ("市税", 2020, "collection_rate", "total", 94.8),
                   ("市税", 2021, "collection_rate", "total", 95.1)]


def test_a_later_paragraph_of_a_speech_keeps_the_year_its_first_paragraph_opened_on(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """杉浦市議会 (令和7年11月18日): 「○森債権管理課長　…令和６年度決算における…収入未済額は約38億2,400万円…」 then
    「　主な債権のうち市税につきましては、現年課税分の収納率が99.12％…」: 令和6年度's rates, not this year's."""
    from saiken.extract.pdf import load_pages
    from saiken.extract.textfacts import text_facts
    d = drawing()
    p = d.page()
    for i, s in enumerate(["○森債権管理課長　令和６年度決算における市全体の収入未済額は約３８億２，４００万円となりました。",
                           "　主な債権のうち市税につきましては、現年課税分の収納率が９９．１２％、滞納繰越分が３４．８０％となり、",
                           "市税全体では９６．８２％でございます。"]):
        d.text(p, 50, 100 + 14 * i, s, size=8)
    got = [(f.raw, f.fiscal_year, f.segment) for f in text_facts(load_pages(d.save(tmp_path / "s.pdf")), 2025, "2025-11-18")]
    assert ("99.12%", 2024, "current") in got and ("34.80%", 2024, "arrears") in got


def test_a_later_paragraph_of_a_section_keeps_the_year_its_first_paragraph_gave(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """桐生台市: 「令和５年度決算における…収入未済額は約26億3,600万円…」 then 「このうち市税の収入未済額は12億3,456万円…」
    (このうち with no comma) in a plan dated 令和7年3月: 令和5年度's figures."""
    from saiken.extract.pdf import load_pages
    from saiken.extract.textfacts import text_facts
    d = drawing()
    p = d.page()
    for i, s in enumerate(["２　収入未済額の状況", "　令和５年度決算における本市の全会計の収入未済額は約26億3,600万円である。",
                           "　このうち市税の収入未済額は12億3,456万円であり、全体の約半分を占めている。"]):
        d.text(p, 50, 100 + 16 * i, s, size=9)
    got = [(f.raw, f.fiscal_year) for f in text_facts(load_pages(d.save(tmp_path / "k.pdf")), 2024)]
    assert got == [("約26億3,600万円", 2023), ("12億3,456万円", 2023)]


def test_a_total_bullet_after_segment_bullets_under_a_target_heading(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """鶴岡市: 「【目標】令和９年度」 over 「•  現年度分　99.4％」「•  過年度分　31.0％」「•  全体　97.9％」: the 全体 bullet
    is the debt's total rate of the same target year."""
    from saiken.extract.pdf import load_pages
    from saiken.extract.textfacts import text_facts
    d = drawing()
    p = d.page()
    for i, s in enumerate(["【目標】令和９年度", "•  現年度分　99.4％", "•  過年度分　31.0％", "•  全体　97.9％"]):
        d.text(p, 50, 100 + 16 * i, s, size=9)
    got = [(f.raw, f.fiscal_year, f.segment, f.basis) for f in text_facts(load_pages(d.save(tmp_path / "t.pdf")), 2024)]
    assert ("97.9%", 2027, "total", "target") in got and ("99.4%", 2027, "current", "target") in got


def test_a_year_series_after_arrows_is_read_year_by_year() -> None:
    """飯田市 (dev31): 「R4 91.02％ → R5 91.48％ → R6見込 91.80％」 under 【収納率の推移（計）】; an arrow before a figure
    with no year of its own still gives a result, not a level (…⇒収納率54.8%)."""
    got = facts("収納率の推移 R4 91.02％ → R5 91.48％ → R6見込 91.80％", 2024)
    assert [(g[0], g[2], g[5]) for g in got] == [("91.02%", 2022, "actual"), ("91.48%", 2023, "actual"),
                                                ("91.80%", 2024, "estimate")]
    assert facts("令和6年度は訪問催告を強化した（実施件数334件⇒収納率54.8%）。", 2024) == []


def test_onaji_names_the_debt_before_and_de_names_a_debt() -> None:
    """にいかわ市 (dev31): 「国民健康保険税現年課税分９３．５０％、同滞納繰越分１８．５０％」; 酒田市: 「目標収納率を市税で
    ９８．００％、国民健康保険税で９０．５０％」."""
    got = facts("令和８年度の目標徴収率は、国民健康保険税現年課税分９３．５０％、同滞納繰越分１８．５０％とする案を示した。", 2025)
    assert [(g[1], g[2], g[3], g[5]) for g in got] == [("国民健康保険税", 2026, "current", "target"),
                                                      ("国民健康保険税", 2026, "arrears", "target")]
    got = facts("○渡部債権管理室長　令和１１年度の目標収納率を市税で９８．００％、国民健康保険税で９０．５０％と設定する。", 2024)
    assert [(g[1], g[2]) for g in got] == [("市税", 2029), ("国民健康保険税", 2029)]
    assert named_debt("市税をはじめとする各債権の収納率の向上と収入未済額の縮減に全庁で取り組んできました") != "市税"


@pytest.mark.parametrize("label, basis, rest", [
    ("基準値（R5）", "actual", ""),  # 唐津市: the base year of a target table is its result
    ("現状値", "actual", ""),
    ("令和6年度 見込み", "estimate", ""),  # 飯田市: 見込み names nothing more than 見込
    ("R5年度目標値", "target", ""),
])
def test_basis_words_of_other_cities(label: str, basis: str, rest: str) -> None:
    k = key_of(label)
    assert (k.basis, k.rest) == (basis, rest)


@pytest.mark.parametrize("line, debt", [
    ("債権管理推進シート　推進シート③　市営住宅使用料（住宅課）", "市営住宅使用料"),  # 高瀬川市 (dev31): office after the name
    ("債権管理推進シート　推進シート②", None),
])
def test_a_running_header_naming_its_sheets_debt(tmp_path, drawing, line: str, debt: str | None) -> None:  # type: ignore[no-untyped-def]
    from saiken.extract.pdf import load_pages
    from saiken.extract.scope import marks
    d = drawing()
    d.text(d.page(), 50, 100, line)
    assert [m.name for m in marks(load_pages(d.save(tmp_path / "h.pdf")))] == ([debt] if debt else [])


def test_a_tables_own_caption_names_its_debt_over_the_sheets(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """飯田市 (dev31): the 市営住宅使用料 sheet's box, then on the next page 「（参考）地区別の市税収納率」 over a table of
    districts: that table is 市税's, not the sheet's debt carried over."""
    from saiken.extract.pdf import load_pages, stitch
    from saiken.extract.scope import debt_of_grids
    d = drawing()
    p1 = d.page()
    xs, ys = [50, 150, 300, 400, 500], [100, 120]
    d.grid(p1, xs, ys)
    d.rows(p1, xs, ys, [["債権名", "市営住宅使用料", "所管課", "建築課住宅係"]])
    p2 = d.page()
    d.text(p2, 50, 80, "（参考）地区別の市税収納率")
    d.text(p2, 50, 95, "市税（現年課税分）　令和６年１２月末")
    xs2, ys2 = [50, 150, 250], [110, 130, 150]
    d.grid(p2, xs2, ys2)
    d.rows(p2, xs2, ys2, [["地区", "令和６年１２月末", "前年同期"], ["橋北", "79.12", "78.80"]])
    pages = load_pages(d.save(tmp_path / "w.pdf"))
    grids = stitch(pages)
    assert debt_of_grids(pages, grids)[-1] == "市税"


def test_stage_directions_and_a_bracketed_topic_of_a_council_record() -> None:
    """酒田市 (dev31): （「異議なし」と呼ぶ者あり） is the record's note inside the chair's words; ◎所管事務調査「…について」 is a
    topic heading."""
    from saiken.extract.families.minutes_text import heading_text, speaker_label
    assert speaker_label("（「異議なし」と呼ぶ者あり）") is None
    assert speaker_label("（財政局長）") == ("財政局長", "")
    assert heading_text("◎所管事務調査「市の債権管理について」") == "所管事務調査「市の債権管理について」"


def test_a_box_beside_a_table_takes_the_heading_over_it(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """飯田市 (dev31): 「１　令和６年１２月末の状況」「（単位：千円）」 over the left table and 【収納率の推移（計）】 over a
    box on the right, a narrow gap apart on one line: the box's short cells take that heading's metric."""
    from saiken.extract.pdf import load_pages
    from saiken.extract.textfacts import text_facts
    d = drawing()
    p = d.page(842, 595)
    d.text(p, 50, 112, "１　令和６年１２月末の状況")
    d.text(p, 412, 112, "（単位：千円）")
    d.text(p, 506, 112, "【収納率の推移（計）】")
    left, ys = [50, 180, 300, 476], [118, 136, 154]
    d.grid(p, left, ys)
    d.rows(p, left, ys, [["", "現年度分", "計"], ["調定額", "198,720", "223,536"]])
    right, ys2 = [505, 835], [118, 136, 154]
    d.grid(p, right, ys2)
    d.rows(p, right, ys2, [["R4 91.02％ → R5 91.48％ → R6見込 91.80％"], ["令和６年度目標　92.00％"]])
    got = [(f.raw, f.fiscal_year, f.metric, f.basis) for f in text_facts(load_pages(d.save(tmp_path / "b.pdf")), 2024)]
    assert got == [("91.02%", 2022, "collection_rate", "actual"), ("91.48%", 2023, "collection_rate", "actual"),
                   ("91.80%", 2024, "collection_rate", "estimate"), ("92.00%", 2024, "collection_rate", "target")]


def test_a_slides_panels_title_and_item_box(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """みやま市 (dev33): 「２　債権別の状況　市税」 over two panels (2月末徴収率（現年課税分） / 92.57% / 前年同期 92.26%…)
    side by side, and a box of ① items beside a table whose last row shares a line with an item's wrap."""
    from saiken.extract.items import items_of
    from saiken.extract.pdf import load_pages
    from saiken.extract.scope import marks
    from saiken.extract.textfacts import text_facts
    d = drawing()
    p = d.page(842, 474)
    d.text(p, 24, 30, "２　債権別の状況　市税", size=14)
    for x, seg, big, before in ((38, "現年課税分", "92.57%", "92.26%"), (300, "滞納繰越分", "17.72%", "16.73%")):
        d.text(p, x, 78, f"2月末徴収率（{seg}）")
        d.text(p, x + 40, 104, big, size=20)
        d.text(p, x + 20, 142, f"前年同期 {before}（＋0.31pt）")
    xs, ys = [38, 120, 200, 300], [170, 190, 210]
    d.grid(p, xs, ys)
    d.rows(p, xs, ys, [["", "調定額", "未収額"], ["現年課税分", "4,215,380", "313,266"]])
    d.text(p, 420, 186, "①スマートフォン決済アプリによる納付を開始し、利用件数は前年同")
    d.text(p, 420, 204, "期の約１．６倍となった。【新規】")
    pages = load_pages(d.save(tmp_path / "s.pdf"))
    assert [m.name for m in marks(pages)] == ["市税"]
    got = [(f.raw, f.fiscal_year, f.segment, f.as_of) for f in text_facts(pages, 2023)]
    assert sorted(got) == sorted([("92.57%", 2023, "current", "2024-02-29"), ("17.72%", 2023, "arrears", "2024-02-29"),
                                  ("92.26%", 2022, "current", "2023-02-28"), ("16.73%", 2022, "arrears", "2023-02-28"),
                                  ("0.31pt", 2023, "current", "2024-02-29"), ("0.31pt", 2023, "arrears", "2024-02-29")])
    # (each panel is read whole: its figure, the year before's and the change in points together)
    items = items_of(pages)
    assert [(i.debt_raw, i.status, i.text) for i in items] == [  # (the title over the panels heads both columns)
        ("市税", "新規", "スマートフォン決済アプリによる納付を開始し、利用件数は前年同期の約1.6倍となった。")]  # (no 313,266)


def test_a_year_far_past_the_documents_is_dropped_with_a_warning() -> None:
    """成沢市 (dev31, scanned): R5.2月末 read by OCR as R52月末 (令和52年): no figure of the document."""
    from saiken.extract.pipeline import _drop_impossible_years
    from saiken.extract.records import Document, Fact
    doc = Document.model_validate({"schema_version": "2", "source": {"file": "x.pdf", "sha256": "0", "pages": 3},
                                   "document": {"kind": "progress_report"}})
    ok = Fact(debt_raw="市税", fiscal_year=2023, segment="current", metric="collection_rate", basis="interim",
              as_of="2024-02-29", value=89.6, unit="percent", raw="89.60", page=2)
    doc.facts = [ok, ok.model_copy(update={"fiscal_year": 2070, "fiscal_year_raw": "R52", "as_of": "2071-02-28"})]
    _drop_impossible_years(doc, 2023)
    assert doc.facts == [ok] and [(w.page, w.code) for w in doc.warnings] == [(2, "implausible_year")]


def test_two_sheets_side_by_side_each_under_its_own_box(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """豊田市 (dev34): one slide holding two 個票, 債権名 | 介護保険料 on the left and 債権名 | 後期高齢者医療保険料
    on the right, each box over its own table, 取組 list and 「令和６年度 数値目標」 panel: each half is its own debt's."""
    from saiken.extract.items import items_of
    from saiken.extract.pdf import load_pages
    from saiken.extract.scope import debt_of_grids
    from saiken.extract.statables import read_tables
    from saiken.extract.textfacts import text_facts
    d = drawing()
    p = d.page(960, 540)
    for x0, name, rate, target in ((30, "介護保険料", "99.02", "99.20"), (490, "後期高齢者医療保険料", "99.57", "99.65")):
        box = [x0, x0 + 60, x0 + 250, x0 + 310, x0 + 400]
        d.grid(p, box, [66, 84])
        d.rows(p, box, [66, 84], [["債権名", name, "総括課", "保険課"]])
        xs, ys = [x0 + 20, x0 + 100, x0 + 220, x0 + 400], [118, 138, 158]
        d.grid(p, xs, ys)
        d.rows(p, xs, ys, [["年度", "収納率（現年）", "収入未済額（千円）"], ["R5", rate, "96,312"]])
        d.text(p, x0, 200, "・口座振替の申込み勧奨を窓口で徹底する。【継続】")
        d.text(p, x0 + 100, 250, "令和６年度 数値目標", size=12)
        d.text(p, x0 + 100, 272, f"現年分 {target}％以上", size=12)
    pages = load_pages(d.save(tmp_path / "two.pdf"))
    grids = [g for g in pages[0].grids if g.nrows > 1]
    scoped = debt_of_grids(pages, grids)
    assert scoped == ["介護保険料", "後期高齢者医療保険料"]
    facts = read_tables(pages, grids, debts=scoped)[0]
    assert {(f.debt_raw, f.value) for f in facts if f.metric == "collection_rate"} == {
        ("介護保険料", 99.02), ("後期高齢者医療保険料", 99.57)}
    assert [i.debt_raw for i in items_of(pages)] == ["介護保険料", "後期高齢者医療保険料"]
    got = {(f.debt_raw, f.fiscal_year, f.segment, f.metric, f.basis, f.value) for f in text_facts(pages, 2024)}
    assert got == {("介護保険料", 2024, "current", "collection_rate", "target", 99.2),
                   ("後期高齢者医療保険料", 2024, "current", "collection_rate", "target", 99.65)}


def test_a_report_of_a_month_end_under_a_meetings_material_line(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """松戸市 (dev36) and あおい野市 (dev34): 「令和6年度 未収金対策の取組状況（11月末現在）」 over 「…推進会議資料」 is a
    progress report; 「債権管理の取組状況について」 over 「経済総務委員会資料」 (京都市, dev6) and a numbered part
    「1 市税等の収納状況について(令和6年2月末現在)」 under 「…本部会議 資料1」 (下妻市, dev14) are the meeting's material."""
    from saiken.extract.kinds import title_kind
    from saiken.extract.pdf import load_pages
    got = []
    for k, (title, head) in enumerate([("令和6年度 未収金対策の取組状況（11月末現在）", "令和7年1月20日 松戸市債権管理推進会議資料"),
                                       ("債権管理の取組状況について", "経済総務委員会資料"),
                                       ("1 市税等の収納状況について(令和6年2月末現在)", "第2回下妻市滞納対策本部会議 資料1")]):
        d = drawing()
        p = d.page()
        d.text(p, 60, 60, title, size=16)
        d.text(p, 300, 90, head)
        d.text(p, 60, 130, "１　主要債権の徴収率")
        got.append(title_kind(load_pages(d.save(tmp_path / f"k{k}.pdf"))))
    assert got == ["progress_report", "committee_material", "committee_material"]


def test_a_plans_paragraphs_and_the_year_its_list_of_targets_is_for(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """一宮市 (dev36): 「一方で、市税の収入率は97.61％と…。…令和７年度から令和９年度までの３か年を計画期間と…」 goes on
    from the paragraph before (令和５年度決算), the plan period printed after its figure; 「…令和９年度に向けて、次の目標を
    定める。」 dates the numbered targets under it."""
    from saiken.extract.pdf import load_pages
    from saiken.extract.textfacts import text_facts
    d = drawing()
    p = d.page()
    lines = ["令和５年度決算における本市の収入未済額は、全会計で約29億7,900万円となった。",
             "一方で、市税の収入率は97.61％と県内平均を下回っている。このため、令和７年度から令和９年度までを計画期間とする。",
             "５　計画の目標",
             "計画期間の最終年度である令和９年度に向けて、次の目標を定める。",
             "（１）市税の現年課税分の収入率を99.30％以上とする。",
             "（２）全会計の収入未済額を25億円以下とする。"]
    for k, s in enumerate(lines):
        d.text(p, 40, 80 + 30 * k, s)
    got = [(f.raw, f.fiscal_year, f.segment, f.metric, f.basis) for f in text_facts(load_pages(d.save(tmp_path / "p.pdf")), 2024)]
    assert got == [("約29億7,900万円", 2023, "total", "outstanding", "actual"),
                   ("97.61%", 2023, "total", "collection_rate", "actual"),
                   ("99.30%", 2027, "current", "collection_rate", "target"),
                   ("25億円", 2027, "total", "outstanding", "target")]


def test_a_table_of_items_with_section_rows_a_numbering_column_and_bare_statuses(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """一宮市 (dev36): 番号 | 対象債権 | 内容 | 区分, a section row 「１　滞納の未然防止」 across the table between the items,
    継続 / 拡充 in the 区分 column: each item takes its row's number and status."""
    from saiken.extract.items import items_of
    from saiken.extract.pdf import load_pages
    d = drawing()
    p = d.page()
    xs, ys = [40, 80, 170, 500, 540], [100, 120, 140, 160, 180]
    d.grid(p, xs, ys, skip_v=frozenset({(1, 1), (1, 2), (1, 3)}))
    d.rows(p, xs, ys, [["番号", "対象債権", "内容", "区分"], ["１　滞納の未然防止"],
                       ["1-1", "全債権", "口座振替の申込みをホームページから受け付ける。", "継続"],
                       ["1-2", "市税", "納期限前にSMSで納付案内を送信する。", "拡充"]])
    got = [(i.label, i.debt_raw, i.status) for i in items_of(load_pages(d.save(tmp_path / "i.pdf")))]
    assert got == [("1-1", None, "継続"), ("1-2", "市税", "拡充")]


def test_a_slide_of_debts_together_with_a_chart_beside_prose(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """あま市 (dev36): 「資料１　主要４債権の収納状況（全体）」 heads a slide with a bar chart of 収入未済額 in 億円 (data
    labels 24.83 … over R2 … R6) beside bullets of prose on the same lines, and a panel 約17.2億円: every figure is of
    the four debts together; the bullets are no legend of the chart, and a label 24.83 is no section number."""
    from saiken.extract.charts import chart_facts
    from saiken.extract.pdf import load_pages
    from saiken.extract.textfacts import text_facts
    d = drawing()
    p = d.page(842, 595)
    d.text(p, 28, 30, "資料１　主要４債権の収納状況（全体）", size=16)
    d.text(p, 162, 72, "収入未済額の推移（主要４債権）", size=12)
    d.text(p, 366, 92, "収入未済額（億円）")
    for k, (year, label, top) in enumerate([("R2", "24.83", 160), ("R3", "22.91", 183), ("R4", "20.64", 210),
                                            ("R5", "18.87", 232), ("R6", "17.16", 252)]):
        d.text(p, 89 + 90 * k, 482, year)
        d.text(p, 81 + 90 * k, top + 8, label)
    d.text(p, 598, 199, "収入未済額（令和６年度末）")
    d.text(p, 603, 228, "約17.2億円", size=20)
    d.text(p, 540, 259, "・収納率は R5 92.45％ → R6 92.83％と上昇した。")
    pages = load_pages(d.save(tmp_path / "c.pdf"))
    got = [(f.debt_raw, f.fiscal_year, f.metric, f.value) for f in chart_facts(pages)[0]]
    assert got[0] == ("主要4債権", 2020, "outstanding", 2_483_000_000) and len(got) == 5
    text = {(f.debt_raw, f.fiscal_year, f.metric, f.value) for f in text_facts(pages, 2025)}
    assert text == {("主要4債権", 2024, "outstanding", 1_720_000_000), ("主要4債権", 2023, "collection_rate", 92.45),
                    ("主要4債権", 2024, "collection_rate", 92.83)}


def test_bound_targets_in_a_box_under_its_heading_row(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """あま市 (dev36): a box whose top row 「４　令和７年度の取組方針」 heads a cell 「【数値目標】現年分 99.20％以上　／　
    滞納繰越分 32.00％以上」: both bounds are the year's targets."""
    from saiken.extract.pdf import load_pages
    from saiken.extract.textfacts import text_facts
    d = drawing()
    p = d.page(842, 595)
    d.text(p, 40, 40, "債権名　市税")
    xs, ys = [28, 812], [340, 360, 420]
    d.grid(p, xs, ys)
    d.text(p, 36, 354, "４　令和７年度の取組方針")
    d.text(p, 38, 376, "【数値目標】現年分 99.20％以上　／　滞納繰越分 32.00％以上")
    got = [(f.debt_raw, f.fiscal_year, f.segment, f.basis, f.value) for f in
           text_facts(load_pages(d.save(tmp_path / "b.pdf")), 2025)]
    assert got == [("市税", 2025, "current", "target", 99.2), ("市税", 2025, "arrears", "target", 32.0)]


def test_a_parenthesis_naming_its_own_year_and_metric() -> None:
    """米子市 (dev35): 「※収入未済額は不納欠損額を控除した額（5年度の不納欠損額 27,948千円）。」 is a figure of its own;
    大阪市: 「うち回収済みは138件（回収額21,460千円）」 is an amount of some cases, no figure of the debt."""
    got = facts("※収入未済額は不納欠損額を控除した額（令和5年度の不納欠損額 27,948千円）。", year=2024)
    assert [(g[0], g[2], g[4]) for g in got] == [("27,948千円", 2023, "written_off")]
    assert facts("委託先への引継ぎは412件、うち回収済みは138件（回収額21,460千円）である。") == []


def test_boxed_items_of_two_sheets_side_by_side(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """あま市 (dev36): two 個票 on one slide, each with its 債権名 box and a box of tagged items: each box's items are
    its own half's debt's."""
    from saiken.extract.items import items_of
    from saiken.extract.pdf import load_pages
    d = drawing()
    p = d.page(842, 595)
    for x0, name, item in ((28, "介護保険料", "①普通徴収の未納者に年2回の一斉催告を行う。【継続】"),
                           (428, "市営住宅使用料", "①連帯保証人あての催告を並行して送付する。【拡充】")):
        box = [x0, x0 + 60, x0 + 200]
        d.grid(p, box, [58, 76])
        d.rows(p, box, [58, 76], [["債権名", name]])
        d.grid(p, [x0, x0 + 380], [300, 320, 400])
        d.text(p, x0 + 6, 314, "令和７年度の取組方針")
        d.text(p, x0 + 6, 340, item)
    got = [(i.debt_raw, i.status) for i in items_of(load_pages(d.save(tmp_path / "b.pdf")))]
    assert got == [("介護保険料", "継続"), ("市営住宅使用料", "拡充")]


@pytest.mark.parametrize("text, want", [
    # 滝沢市 (dev36): the year before's level in the last clause of a long sentence
    ("国民健康保険税の２月末現在の収納率は、現年課税分が78.36％となっております。滞納繰越分は前年同期の19.02％を0.58 ポイント"
     "下回りましたが、現年課税分は前年同期の77.90％を上回っております。",
     [("78.36%", "国民健康保険税", 2023, "current", "collection_rate", "interim", "2024-02-29", False),
      ("19.02%", "国民健康保険税", 2022, "arrears", "collection_rate", "interim", "2023-02-28", False),
      ("77.90%", "国民健康保険税", 2022, "current", "collection_rate", "interim", "2023-02-28", False)]),
    # 滝沢市: a target named before a segment (であります is no name)
    ("令和５年度の目標であります現年課税分99.10％の達成に向け、", [("99.10%", None, 2023, "current", "collection_rate",
                                                          "target", None, False)]),
    # 小山市 (dev35): 市税全体 names 市税
    ("見直し後の目標値につきましては、令和１０年度において、市税全体の収納率を９８．９％とするものでございます。",
     [("98.9%", "市税", 2028, "total", "collection_rate", "target", None, False)]),
    # 弘前市 (dev21): the month end of the clause before is not the figure's; と見込んだ is an estimate
    ("本部会議では、各債権の１２月末の収納状況を確認し、市税全体の令和５年度の収納率を９７．０％と見込んだほか、",
     [("97.0%", "市税", 2023, "total", "collection_rate", "estimate", None, False)]),
    # 岡山市 (dev11): a contact rate compared with the year before is no collection rate
    ("督促状発送後10日以内に電話勧奨を行う体制とし、接触率が前年度の41％から53％に上がった。", []),
])
def test_restatements_targets_and_estimates_in_speech(text: str, want: list[tuple]) -> None:
    assert facts(text, 2023) == want


def test_accounts_as_the_subjects_of_prose_figures() -> None:
    """山口市 (dev36), 高嶺市 (dev34): 「このうち一般会計は1,234.5百万円、国民健康保険特別会計は約12.3億円」, 「会計別では一般会計が
    約12億3,700万円と最も大きく」: each figure is its account's."""
    got = facts("令和５年度決算における全会計の収入未済額は約31億2,400万円で、前年度から約2.9億円縮減した。このうち一般会計は"
                "1,234.5百万円、国民健康保険特別会計は約12.3億円であり、この２会計で全体の約８割を占めている。", 2024)
    assert [(g[0], g[1], g[2]) for g in got] == [("約31億2,400万円", "全会計", 2023), ("1,234.5百万円", "一般会計", 2023),
                                                ("約12.3億円", "国民健康保険特別会計", 2023)]
    got = facts("令和５年度決算における全会計の収入未済額は約21億5,300万円でした。会計別では一般会計が約12億3,700万円と最も"
                "大きくなっています。", 2024)
    assert [(g[0], g[1]) for g in got] == [("約21億5,300万円", "全会計"), ("約12億3,700万円", "一般会計")]


def test_an_items_title_cell_beside_its_content(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """八尾市 (dev37): 取組項目 | 内容 | 実施時期 | 区分 with 「(ア)普通徴収者への勧奨」 beside its 内容: one item, its text the
    内容, its label the title's numbering; 八尾市's page header 「…（中間報告）　債権名：市営住宅使用料」 names the page's debt."""
    from saiken.extract.items import items_of
    from saiken.extract.pdf import load_pages
    d = drawing()
    p = d.page(842, 595)
    d.text(p, 38, 46, "八尾市債権回収・整理計画（中間報告）")
    d.text(p, 680, 46, "債権名：市営住宅使用料")
    xs, ys = [40, 200, 600, 680, 740], [100, 120, 140, 160]
    d.grid(p, xs, ys)
    d.rows(p, xs, ys, [["取組項目", "内容", "実施時期", "区分"],
                       ["(ア)普通徴収者への勧奨", "65歳到達者に口座振替の申込書を同封する。", "通年", "継続"],
                       ["(イ)給付制限の周知", "給付制限の対象となる滞納者に通知を送付する。", "11月", "新規"]])
    got = [(i.label, i.debt_raw, i.status, i.text) for i in items_of(load_pages(d.save(tmp_path / "t.pdf")))]
    assert got == [("(ア)", "市営住宅使用料", "継続", "65歳到達者に口座振替の申込書を同封する。"),
                   ("(イ)", "市営住宅使用料", "新規", "給付制限の対象となる滞納者に通知を送付する。")]


def test_items_numbered_1_1_naming_their_debt_as_subject(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """高岡市 (dev37): 「1‒1　【継続】口座振替と…」「2‒3　市営住宅使用料の３か月以上の滞納者について、…【継続】」 under
    「基本方針２」 with no debt mark: items numbered 1‒1 (a figure dash), each naming its debt as its subject or none;
    「対象債権　一般会計、特別会計及び企業会計に属す…」 defines the plan's scope and names no debt."""
    from saiken.extract.items import items_of
    from saiken.extract.pdf import load_pages
    d = drawing()
    p = d.page()
    d.text(p, 300, 60, "対象債権　一般会計、特別会計及び企業会計に属す")
    d.text(p, 51, 100, "第５章　目標達成に向けた取組", size=12)
    d.text(p, 51, 125, "1‒1　【継続】口座振替とキャッシュレス納付の利用を広げ、納め忘れによる滞納を防ぐ。")
    d.text(p, 51, 145, "2‒3　市営住宅使用料の３か月以上の滞納者について、連帯保証人への請求を行う。【継続】")
    got = [(i.label, i.debt_raw, i.status) for i in items_of(load_pages(d.save(tmp_path / "t.pdf")))]
    assert got == [("1‒1", None, "継続"), ("2‒3", "市営住宅使用料", "継続")]


def test_a_debt_named_aside_is_no_subject() -> None:
    """しおかぜ市 (dev37): 「下水道使用料の…138.6百万円でございます。水道料金と一括で請求しており、…。なお、…現年度分の収納率は
    98.9％」 is 下水道使用料's rate (水道料金 is named aside); 保育所保護者負担金 is a name of the dictionary."""
    got = facts("○丹羽営業課長　下水道使用料の令和６年度末の収入未済額は138.6百万円でございます。水道料金と一括で請求しており、"
                "給水停止の予告により多くの方に納付いただいております。なお、令和６年度の現年度分の収納率は98.9％でございました。", 2025)
    assert [(g[0], g[1]) for g in got] == [("138.6百万円", "下水道使用料"), ("98.9%", "下水道使用料")]
    got = facts("○三宅部長　保育所保護者負担金の令和６年度末の収入未済額は、約4,380万円でございます。", 2025)
    assert [(g[0], g[1], g[2]) for g in got] == [("約4,380万円", "保育所保護者負担金", 2024)]



def test_the_big_figures_of_two_panels_on_one_line(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """緑ヶ浜市 (dev37): 「現年度分 収入率（9月末）」 over 56.8% and 「滞納繰越分 収入率（9月末）」 over 24.1%, the two big figures
    on one line three characters apart: each is its own panel's."""
    from saiken.extract.pdf import load_pages
    from saiken.extract.textfacts import text_facts
    d = drawing()
    p = d.page(842, 595)
    d.text(p, 24, 30, "2　債権別の取組状況（1）　市税", size=14)
    d.text(p, 34, 112, "現年度分 収入率（9月末）")
    d.text(p, 234, 112, "滞納繰越分 収入率（9月末）")
    d.text(p, 54, 150, "56.8%", size=24)  # (the japan font's figures are a full em wide: 54–174)
    d.text(p, 244, 150, "24.1%", size=24)  # (a gap of three em)
    got = [(f.segment, f.value) for f in text_facts(load_pages(d.save(tmp_path / "p.pdf")), 2025)]
    assert got == [("current", 56.8), ("arrears", 24.1)]


def test_a_debts_segment_as_the_topic_covers_its_figures() -> None:
    """伊賀市 (dev37): 「健康福祉部長：国民健康保険税の滞納繰越分は、調定額498,115千円に対し収納額が112,034千円にとどまっている。」
    both figures are of the arrears."""
    got = facts("健康福祉部長：国民健康保険税の滞納繰越分は、調定額498,115千円に対し収納額が112,034千円にとどまっている。", 2025)
    assert [(g[0], g[3], g[4]) for g in got] == [("498,115千円", "arrears", "assessed"),
                                                 ("112,034千円", "arrears", "collected")]


def test_text_in_two_columns_beside_short_pieces_of_the_other(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """高岡市 (dev37): a page in two columns whose right one holds short pieces beside the left's prose (「…減少し」 |
    「(歳計外現金を除く。)」): the left column's sentence goes on under the gutter, and 「一方、国民健康保険税の収納率は
    90.98%」 opening its next paragraph takes the year of the paragraph before in its own column."""
    from saiken.extract.pdf import load_pages
    from saiken.extract.textfacts import text_facts
    d = drawing()
    p = d.page()
    left = ["本市では、平成２８年度に債権管理条例を施行", "し、市税をはじめとする各種債権について、全",
            "庁的な管理と回収に取り組んできた。令和６年度", "決算における全会計の収入未済額は約10億800",
            "万円となった。このうち市税の収納率は98.42％", "となり、前年度を0.21ポイント上回った。"]
    right = ["この計画は、本市の行財政改革推進計画の個別計画と", "して、債権の適正な管理と収入未済額の縮減に向けた",
             "目標と取組を定めるものである。対象となる債権は、", "（歳計外現金を除く。）", "", ""]
    for k, (a, b) in enumerate(zip(left, right)):
        d.text(p, 51, 160 + 15 * k, a)
        if b:
            d.text(p, 306, 160 + 15 * k, b)
    d.text(p, 51, 160 + 15 * 6, "一方、国民健康保険税の収納率は90.98％にとどまり、")
    d.text(p, 306, 160 + 15 * 6, "計画の進捗は毎年度の決算後に債権管理推進会議")
    d.text(p, 51, 160 + 15 * 7, "県内市の平均を下回っている。")
    from saiken.extract.blocks import page_gutters
    pages = load_pages(d.save(tmp_path / "c.pdf"))
    cut = {pages[0].lines[i].text[:6] for i in page_gutters(pages[0])}
    assert "決算における" in cut  # (the line beside 「（歳計外現金を除く。）」)
    got = [(f.raw, f.debt_raw, f.fiscal_year) for f in text_facts(pages, 2025)]
    assert ("90.98%", "国民健康保険税", 2024) in got and ("98.42%", "市税", 2024) in got


def test_a_debt_qualified_by_its_account() -> None:
    """志賀浦市 (dev38): 「次いで国民健康保険事業特別会計の国民健康保険料が約11億823万円」 is the debt's, its account naming
    nothing more."""
    got = facts("令和5年度末の収入未済額を会計別にみると、一般会計が約25億6,234万円で全体の62.2%を占め、次いで"
                "国民健康保険事業特別会計の国民健康保険料が約11億823万円となっている。", 2024)
    assert [(g[0], g[1]) for g in got] == [("約25億6,234万円", "一般会計"), ("約11億823万円", "国民健康保険料")]


def test_a_box_in_two_under_side_by_side_headings_and_a_header_block_naming_the_debt(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """北陵市 (dev38): 「個票4　下水道使用料（料金課）」 beside the document's title in the header band names the page's
    debt; 「(3)上半期の取組実績　(4)下半期の取組」 over a one-row box of two cells heads each cell, and the untagged (ウ)
    of a list whose (ア)(イ) carry tags is a measure too."""
    from saiken.extract.items import items_of
    from saiken.extract.pdf import load_pages
    d = drawing()
    p = d.page(842, 595)
    d.text(p, 39, 46, "個票4　下水道使用料（料金課）")
    d.text(p, 660, 46, "北陵市 債権回収・整理計画（中間報告）")
    d.text(p, 37, 300, "(3)上半期の取組実績")
    d.text(p, 330, 300, "(4)下半期の取組")
    d.grid(p, [36, 330, 694], [310, 430])
    d.text(p, 40, 325, "・水道料金との一括催告により、閉栓前の納付誓約を取り付けた。")
    for k, s in enumerate(["(ア)転居者に住民票調査を行い催告書を再送付する。【継続】",
                           "(イ)少額の長期未納分について債権放棄の要件を確認する。【新規】",
                           "(ウ)納付が困難な者には分納計画を組む。"]):
        d.text(p, 334, 325 + 16 * k, s)
    got = [(i.debt_raw, i.label, i.status) for i in items_of(load_pages(d.save(tmp_path / "b.pdf")))]
    assert ("下水道使用料", "(ア)", "継続") in got and ("下水道使用料", "(ウ)", None) in got


def test_points_under_a_numbered_measure_belong_to_it(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """高岡市 (dev37): 「1‒1　【継続】…滞納を防ぐ。」 with 「・納税通知書に…印刷する。」 set in under it; 湖東市 (dev38): a 内容
    cell 「…差押えを執行する。」 then 「・預貯金等の電子照会…」: the points are part of the measure, no items of their own."""
    from saiken.extract.items import items_of
    from saiken.extract.pdf import load_pages
    d = drawing()
    p = d.page()
    d.text(p, 51, 100, "第５章　目標達成に向けた取組", size=12)
    d.text(p, 51, 125, "1‒1　【継続】口座振替の利用を広げ、納め忘れによる滞納を防ぐ。")
    d.text(p, 81, 143, "・納税通知書にスマートフォン決済用の二次元コードを印刷する。")
    d.text(p, 51, 161, "1‒2　納期限前の案内を電子化し、SMSで送信する。【拡充】")
    xs, ys = [40, 80, 440, 500], [200, 220, 260]
    d.grid(p, xs, ys)
    d.rows(p, xs, ys, [["No.", "内容", "区分"]])
    d.text(p, 44, 236, "2-1")
    d.text(p, 84, 236, "滞納発生から３か月以内に預貯金調査を行う。")
    d.text(p, 84, 250, "・預貯金等の電子照会により回答期間を短縮する。")
    d.text(p, 444, 236, "拡充")
    got = [(i.label, i.status, i.text) for i in items_of(load_pages(d.save(tmp_path / "p.pdf")))]
    assert got[0] == ("1‒1", "継続", "口座振替の利用を広げ、納め忘れによる滞納を防ぐ。・納税通知書にスマートフォン決済用の二次元"
                                    "コードを印刷する。")
    assert got[1][:2] == ("1‒2", "拡充")
    assert got[2][1:] == ("拡充", "滞納発生から3か月以内に預貯金調査を行う。・預貯金等の電子照会により回答期間を短縮する。")


def test_this_years_month_end_and_a_list_set_as_targets() -> None:
    """しおなぎ市 (dev38): in a speech of a meeting held in 令和7年12月, 「本年９月末の現年分は４１．２７％で、前年同月の４０．８９％を
    上回って」 is of 2025-09-30 and its year before; 「現年分９４．５０％、滞繰分２８．００％を目標とし」 sets both as targets."""
    from saiken.extract.statkeys import Key
    from saiken.extract.textfacts import _Place, read_place
    text = ("○井上保険年金課長　令和６年度決算の国民健康保険税の収納率は、現年分で９４．３３％でございました。本年９月末の"
            "現年分は４１．２７％で、前年同月の４０．８９％を上回っております。令和７年度は、現年分９４．５０％、滞繰分"
            "２８．００％を目標とし、口座振替の勧奨を継続してまいります。")
    got = [(f.raw, f.fiscal_year, f.segment, f.basis, f.as_of) for f in
           read_place(_Place(1, (0.0, 0.0, 1.0, 1.0), text, Key(), 0.0), None, Key(fiscal_year=2025), "2025-12-09")]
    assert got == [("94.33%", 2024, "current", "actual", None), ("41.27%", 2025, "current", "interim", "2025-09-30"),
                   ("40.89%", 2024, "current", "interim", "2024-09-30"), ("94.50%", 2025, "current", "target", None),
                   ("28.00%", 2025, "arrears", "target", None)]


def test_tags_right_under_their_items_below_a_note_at_the_right_edge(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """土岐野市 (dev39): 「（金額の行は百万円、率の行は%）」 at the right edge near the top, and 【継続】 set flush right on
    the line under each item further down: each tag is its item's, not a line of the note's column."""
    from saiken.extract.items import items_of
    from saiken.extract.pdf import load_pages
    d = drawing()
    p = d.page()
    d.text(p, 416, 110, "（金額の行は百万円、率の行は%）")
    d.text(p, 38, 315, "3　取組", size=11)
    for k, (item, tag) in enumerate([("①水道料金と一体で督促・催告を行い、納付を促す。", "【継続】"),
                                     ("②使用開始時の口座振替申込みをWebで受け付ける。", "【新規】")]):
        d.text(p, 38, 331 + 29 * k, item)
        d.text(p, 518, 345 + 29 * k, tag)
    got = [(i.label, i.status) for i in items_of(load_pages(d.save(tmp_path / "t.pdf")))]
    assert got == [("①", "継続"), ("②", "新規")]


def test_a_note_under_a_list_makes_its_bare_figures_rates_and_its_brackets_the_year_before(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """船橋市 (dev41) 取組個票: 【収納率】令和６年２月末時点 over ・現年分 96.85（96.65）…, then 「（単位：%。（ ）内は前年同月の
    数値）」 under the list; a block of text beside it in its own column is no part of the list."""
    from saiken.extract.pdf import load_pages
    from saiken.extract.textfacts import text_facts
    d = drawing()
    p = d.page(842, 595)
    for i, s in enumerate(["【収納率】令和6年2月末時点", "・現年分　96.85（96.65）", "・滞納繰越分　11.53（10.40）",
                           "（単位：%。（ ）内は前年同月の数値）"]):
        d.text(p, 50, 120 + 12 * i, s, size=8)
    d.text(p, 470, 130, "（2）滞納6か月以上の入居者に明渡請求の予告を行った。", size=8)
    got = [(f.raw, f.fiscal_year, f.segment, f.metric, f.as_of)
           for f in text_facts(load_pages(d.save(tmp_path / "s.pdf")), 2023)]
    assert got == [("96.85", 2023, "current", "collection_rate", "2024-02-29"),
                   ("96.65", 2022, "current", "collection_rate", "2023-02-28"),
                   ("11.53", 2023, "arrears", "collection_rate", "2024-02-29"),
                   ("10.40", 2022, "arrears", "collection_rate", "2023-02-28")]


def test_a_bracketed_segment_label_covers_its_line_and_a_rate_after_the_amount_collected() -> None:
    """船橋市 (dev41): 「【現年分】調定額 1,412,880千円／収入済額 1,368,402千円（96.85%）／収入未済額 44,478千円」."""
    got = facts("【現年分】調定額 1,412,880千円／収入済額 1,368,402千円（96.85%）／収入未済額 44,478千円", 2023)
    assert [(g[3], g[4], g[0]) for g in got] == [("current", "assessed", "1,412,880千円"),
                                               ("current", "collected", "1,368,402千円"),
                                               ("current", "collection_rate", "96.85%"),
                                               ("current", "outstanding", "44,478千円")]


def test_headings_side_by_side_give_each_table_below_its_own_debt(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """盛岡市 (dev40): 「(1) 市税」 and 「(2) 国民健康保険税」 printed on one line over two tables side by side: the left
    table is 市税's, the right one 国民健康保険税's."""
    from saiken.extract.pdf import load_pages, stitch
    from saiken.extract.scope import debt_of_grids
    d = drawing()
    p = d.page()
    d.text(p, 57, 285, "(1) 市税")
    d.text(p, 305, 285, "(2) 国民健康保険税")
    for xs in ([57, 150, 200, 250], [305, 360, 420, 480]):
        ys = [292, 310, 330]
        d.grid(p, xs, ys)
        d.rows(p, xs, ys, [["区分", "R7", "R8"], ["現年分", "99.30", "99.35"]])
    pages = load_pages(d.save(tmp_path / "m.pdf"))
    assert debt_of_grids(pages, stitch(pages)) == ["市税", "国民健康保険税"]


def test_measures_each_closed_by_its_tag_in_a_cell_without_numbering(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """かほく市 (dev42) 推進シート: 滞納の未然防止 | 徴収の強化 over two cells of measures printed one after another with
    their bullets drawn, each closed by its tag (…勧める。【継続】 / 納期限後20日以内に…催告する。【継続】)."""
    from saiken.extract.items import items_of
    from saiken.extract.pdf import load_pages
    d = drawing()
    p = d.page()
    xs, ys = [48, 297, 546], [590, 606, 700]
    d.grid(p, xs, ys)
    d.text(p, 52, 601, "滞納の未然防止")
    d.text(p, 301, 601, "徴収の強化")
    for k, t in enumerate(["資格取得の届出時に、口座振替の申込みを勧める。【継続】", "納期限後20日以内に督促状を送付し、未納が続く世帯に",
                           "は電話で催告する。【継続】"]):
        d.text(p, 52, 620 + 13 * k, t, size=8)
    for k, t in enumerate(["短期被保険者証の交付時に納付相談を行う。【継続】", "預貯金・給与の調査を電子照会で行う。【新規】"]):
        d.text(p, 301, 620 + 13 * k, t, size=8)
    got = [(i.status, i.text[:8]) for i in items_of(load_pages(d.save(tmp_path / "k.pdf")))]
    assert got == [("継続", "資格取得の届出時"), ("継続", "納期限後20日以"), ("継続", "短期被保険者証の"), ("新規", "預貯金・給与の調")]


def test_an_agenda_items_settlement_estimate_dates_the_speeches_under_it(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """たつの市 (dev43) 会議録 of May 2024: 「(2)議題1 令和5年度決算見込における未収債権の状況について」 over the speech
    「市税は、現年課税分の収納率が99.21%で…、滞納繰越分は31.40%と前年度の29.88%を上回った。」: 令和5年度's
    estimates, the year before settled; a later speech's 「…99.02%の見込み」 is of the year being settled too."""
    from saiken.extract.pdf import load_pages
    from saiken.extract.textfacts import text_facts
    d = drawing()
    p = d.page()
    lines = ["(2)議題1 令和5年度決算見込における未収債権の状況について", "○収納対策課長",
             "市税は、現年課税分の収納率が99.21%で、滞納繰越分は31.40%と前年度の29.88%を上回った。",
             "(3)議題2 令和6年度たつの市債権管理実施計画について", "○上下水道部長", "下水道使用料の現年度分は99.02%の見込み。"]
    for i, s in enumerate(lines):
        d.text(p, 60, 100 + 24 * i, s, size=8)
    got = [(f.raw, f.fiscal_year, f.segment, f.basis)
           for f in text_facts(load_pages(d.save(tmp_path / "t.pdf")), 2024, "2024-05-21")]
    assert got == [("99.21%", 2023, "current", "estimate"), ("31.40%", 2023, "arrears", "estimate"),
                   ("29.88%", 2022, "arrears", "actual"), ("99.02%", 2023, "current", "estimate")]


def test_bullets_under_a_rate_heading_read_bare_decimals_as_rates() -> None:
    """豊中市 (dev42): 【収納率】令和6年2月末時点 over ・現年度分 88.61(88.02), the 単位：% printed far right: rates."""
    place = _Place(1, (0.0, 0.0, 1.0, 1.0), "・現年度分 88.61(88.02)", Key(fiscal_year=2023, basis="interim",
                                                                    as_of="2024-02-29", metric="collection_rate"), 0.0)
    got = read_place(place, None, Key(fiscal_year=2023, basis="interim", as_of="2024-02-29"))
    assert [(f.raw, f.metric, f.unit, f.segment) for f in got][:1] == [("88.61", "collection_rate", "percent", "current")]


def test_a_chapter_heading_ends_the_headings_of_the_page_before(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """八王子市 (dev41): a 目次 page printing 【目標収納率】, then 「第1章 計画の策定にあたって」 and 「1-1 計画策定の趣旨」 over
    「…全会計の収納率は令和5年度に96.41%となり…」: a result, not a target."""
    from saiken.extract.pdf import load_pages
    from saiken.extract.textfacts import text_facts
    d = drawing()
    p1 = d.page()
    d.text(p1, 60, 100, "【目標収納率】")
    p2 = d.page()
    for i, s in enumerate(["第1章 計画の策定にあたって", "1-1 計画策定の趣旨", "また、全会計の収納率は令和5年度に96.41%となり、前年度から上昇しました。"]):
        d.text(p2, 60, 100 + 24 * i, s, size=8)
    got = [(f.raw, f.fiscal_year, f.basis) for f in text_facts(load_pages(d.save(tmp_path / "h.pdf")), 2024)]
    assert got == [("96.41%", 2023, "actual")]


def changes(text: str, year: int = 2024, date: str | None = None) -> list[tuple]:
    """The differences read_place gives: (raw, debt_raw, year, segment, basis, as_of, value, unit)."""
    place = _Place(1, (0.0, 0.0, 1.0, 1.0), text, Key(), 0.0)
    return [(f.raw, f.debt_raw, f.fiscal_year, f.segment, f.basis, f.as_of, f.value, f.unit)
            for f in read_place(place, None, Key(fiscal_year=year), date) if f.metric == "difference"]


def test_changes_in_prose_are_of_the_newer_level_they_follow() -> None:
    """Differences printed in prose (dev41–43 minutes and plans): keyed like the level they are a change of, the
    level itself and not a level of the year before restated between them; the sign from the word after."""
    assert changes("令和５年度決算における市全体の収入未済額は約6億2,192万円となり、前年度と比べて約4,330万円減少しました。"
                   "また、市税の収納率は98.95％で、前年度比0.21ポイント増となっています。") == [
        ("約4,330万円", "市全体", 2023, "total", "actual", None, -43300000, "yen"),
        ("0.21ポイント", "市税", 2023, "total", "actual", None, 0.21, "points")]
    assert changes("２月末現在、国民健康保険料の滞納繰越分の収納率は２０．３０％で、前年同月の２０．９５％を０．６５ポイント下回った。",
                   2024, "2024-03-12")[0][1:] == ("国民健康保険料", 2023, "arrears", "interim", "2024-02-29", -0.65, "points")
    assert changes("令和５年度決算見込における市全体の収入未済額は約１２億４，６００万円となり、前年度決算の約１３億２，７００万円"
                   "から約８，１００万円縮減する見込みである。")[0][2:] == (2023, "total", "estimate", None, -81000000, "yen")


def test_a_change_is_of_the_newer_level_compared_and_of_the_segment_restated() -> None:
    """世田谷区 seed: a level of 平成28年度 compared after the 令和2年度 one; 小松島市: 「滞納繰越分は前年同期の19.02％を0.58
    ポイント下回り」 after the 現年課税分's rate: of 滞納繰越分 at the same month end."""
    assert changes("令和２年度（２０２０年度）の区の保有する全債権にかかる収入未済額は約１０７億円であった。前期プラン策定時の"
                   "約１３９億円（平成２８年度（２０１６年度））と比較すると約３２億円の減となっており、", 2022)[0][2:] == (
        2020, "total", "actual", None, -3200000000, "yen")
    assert changes("国民健康保険税の２月末現在の収納率は、現年課税分が78.36％となっております。滞納繰越分は前年同期の19.02％を"
                   "0.58 ポイント下回りました", 2023, "2024-03-12")[0][1:] == (
        "国民健康保険税", 2023, "arrears", "interim", "2024-02-29", -0.58, "points")


def test_a_change_with_no_level_before_it_gives_nothing() -> None:
    assert changes("前年度と比べ0.5ポイント増となった。") == []


def test_a_reports_month_end_said_in_its_purpose_dates_its_figures_of_that_year(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """いわき市-style 中間報告 (dev41): 「令和６年２月末時点における収納状況…を取りまとめた」 in the 趣旨; a rate of 令和5年度 the
    page prints with no time of its own is of that month end (the year is not closed), a 前年同期 rate stays the year
    before's."""
    from saiken.extract.docinfo import document_stamp
    from saiken.extract.pdf import load_pages
    from saiken.extract.pipeline import convert
    d = drawing()
    p = d.page()
    for i, s in enumerate(["令和５年度　債権管理の取組状況（中間報告）", "令和６年３月１５日", "１　趣旨",
                           "主要７債権について、令和６年２月末時点における収納状況と、年度末に向けた取組の状況を",
                           "取りまとめたので報告する。", "２　収納率",
                           "ア　令和５年度の主要７債権合計の現年度分収納率は92.27％で、前年同期比0.8ポイント増となった。"]):
        d.text(p, 50, 80 + 20 * i, s)
    pdf = d.save(tmp_path / "r.pdf")
    assert document_stamp(load_pages(pdf)) == "2024-02-29"
    got = {(f.raw, f.fiscal_year, f.metric, f.basis, f.as_of) for f in convert(pdf).facts}
    assert ("92.27%", 2023, "collection_rate", "interim", "2024-02-29") in got
    assert ("0.8ポイント", 2023, "difference", "interim", "2024-02-29") in got


def test_two_columns_a_larger_heading_beside_memo_numbered_debts_and_a_plans_results(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """みどり市 plan (dev44), a page in two columns: the left column's larger 「(2)計画期間」 level with a line of the
    right column does not cut the right column's paragraph; 「ア　市税」 (memo numbering) names the debt of the
    paragraph under it; 「(ア) 市税 (イ) 国民健康保険税」 lists debts and heads none; a plan of 令和7年3月 states the
    results of 令和5年度 (its own year is not closed)."""
    from saiken.extract.pipeline import convert
    from saiken.extract.scope import _line_name
    assert _line_name("ア 市税", False) == "市税" and _line_name("(イ) 国民健康保険税", False) == "国民健康保険税"
    assert _line_name("(ア) 市税 (イ) 国民健康保険税 (ウ) 介護保険料", False) is None
    assert _line_name("保育所保育料　―　児童手当からの徴収", False) == "保育所保育料"  # 石岡市 (dev44)
    d = drawing()
    p = d.page()
    d.text(p, 60, 50, "みどり市債権管理計画", size=14)
    d.text(p, 60, 68, "令和７年３月")
    left = [(60, "(1)計画の目的", 10.5), (70, "債権の適正な管理と収納率の向上を図り、", 9.5),
            (70, "健全な財政運営に資することを目的とします。", 9.5), (60, "(2)計画期間", 10.5)]
    right = [(318, "ア 市税", 9.5), (328, "現年課税分の収納率は98.84%、滞納繰越分", 9.5),
             (318, "の収納率は26.45%となりました。収入未済額", 9.5), (318, "は約3億1,260万円で、前年度から約3,08", 9.5),
             (318, "0万円の減少となっています。", 9.5)]
    for i, (x, s, size) in enumerate(left):
        d.text(p, x, 100 + 17 * i, s, size=size)  # (2)計画期間 level with 「は約3億1,260万円で、…」
    for i, (x, s, size) in enumerate(right):
        d.text(p, x, 100 + 17 * i, s, size=size)
    got = {(f.raw, f.debt_raw, f.fiscal_year, f.segment, f.metric) for f in convert(d.save(tmp_path / "m.pdf")).facts}
    assert ("98.84%", "市税", 2023, "current", "collection_rate") in got
    assert ("約3億1,260万円", "市税", 2023, "total", "outstanding") in got
    assert ("約3,080万円", "市税", 2023, "total", "difference") in got


def test_debt_headings_of_a_page_in_two_columns_govern_their_own_column() -> None:
    """四日市市 (dev44) p4: 「(1)…(市税)」 and 「(3)…(介護保険料)」 head the two columns; 「(2)…(国民健康保険料)」 is level
    with the right column's 「■主な取組」: each paragraph is of the heading over its own column."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    got = {(f.raw, f.debt_raw) for f in convert(ROOT / "corpus/dev44/pdf/ga_yokkaichi_progress_1.pdf").facts
           if f.page == 4}
    assert {("97.15%", "介護保険料"), ("95.62%", "市税"), ("86.41%", "国民健康保険料"),
            ("98.88%", "後期高齢者医療保険料")} <= got


def test_no_wrapped_tail_or_reference_heading_is_an_item() -> None:
    """栃木市 (dev45) p4: a family reading 「…速やかに実施し / た。」 line by line, and the 【参考】 box's heading, as items:
    neither 「た。」 nor 「【参考】滞納の状況…」 is kept as a 取組 item."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    items = convert(ROOT / "corpus/dev45/pdf/gd_tochigi_progress_1.pdf").initiatives
    assert items and not any(len(i.text.strip("。 ")) < 3 or i.text.startswith("【参考】") for i in items)


def test_a_figure_of_the_pages_table_repeated_in_its_text_is_that_figure() -> None:
    """北秋田市 (dev44) p4: 「課題　滞納繰越分の収納率は22.86％と目標（23.00％）を下回った」 under a table printing 22.86 as
    令和6年度決算 (and 23.00 as its target): the sentence's figures take the table's year and basis."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    got = {(f.raw, f.fiscal_year, f.basis, f.segment) for f in
           convert(ROOT / "corpus/dev44/pdf/gb_kitaakita_committee_1.pdf").facts if f.page == 4 and "％" in f.raw
           or f.page == 4 and f.raw.endswith("%")}
    assert ("22.86%", 2024, "actual", "arrears") in got


def test_key_figure_panels_side_by_side_are_each_read_whole() -> None:
    """那須塩原市 (dev54) p1: four panels side by side, each stacking its label, date, big figure and change
    (市税（現年課税分） / 収納率 / 令和６年２月末 / 89.43％ / 前年同月比 ＋0.31ポイント); the big figures of three panels
    print on one line with no wide gap (78.52％ 約42.7億円 99.08％). Each panel is read alone: its own segment, date,
    basis and change."""
    from saiken.extract.panels import panels
    from saiken.extract.pdf import load_pages
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    pdf = ROOT / "corpus/dev54/pdf/nf_nasushiobara_progress_1.pdf"
    found = [p.lines for p in panels(load_pages(pdf)[0])]
    assert found[2] == ("主要6債権", "収入未済額", "令和6年2月末現在", "約42.7億円", "※不納欠損処理後")
    assert len(found) == 4
    got = {(f.raw, f.segment, f.metric, f.basis, f.as_of, f.debt) for f in convert(pdf).facts if f.page == 1}
    assert ("78.52%", "current", "collection_rate", "interim", "2024-02-29", "国民健康保険料") in got
    assert ("△0.42ポイント", "current", "difference", "interim", "2024-02-29", "国民健康保険料") in got
    assert ("約42.7億円", "total", "outstanding", "interim", "2024-02-29", None) in got
    assert ("99.08%", "current", "collection_rate", "estimate", None, "市税") in got
    assert ("99.10%", "current", "collection_rate", "target", None, "市税") in got


def test_figures_of_a_table_row_without_labels_over_them_are_no_panels(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """Figures set large side by side with no label above them in their columns are not panels."""
    from saiken.extract.panels import panels
    from saiken.extract.pdf import load_pages
    d = drawing()
    page = d.page()
    d.text(page, 60, 100, "令和6年度の収納状況について、次のとおり報告します。", 10)
    d.text(page, 60, 130, "98.12%", 16)
    d.text(page, 260, 130, "97.40%", 16)
    d.text(page, 60, 160, "市税は前年度を上回りました。", 10)
    d.text(page, 60, 180, "国保は前年度を下回りました。", 10)
    d.text(page, 60, 200, "介護保険料は前年度並みでした。", 10)
    path = d.save(tmp_path / "p.pdf")
    assert panels(load_pages(path)[0]) == []


def test_two_columns_set_at_other_heights_and_a_subtitles_month_end() -> None:
    """八千代市 (dev55) p1: prose in two columns whose lines sit at other heights (most lines print on one side of the
    gutter only), under 「（中間報告　令和６年２月末現在）」: each column's sentences are read apart, and the
    figures of the report's year take its month end."""
    from saiken.extract.blocks import page_gutters
    from saiken.extract.pdf import load_pages
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    pdf = ROOT / "corpus/dev55/pdf/pb_yachiyo_progress_1.pdf"
    assert any(298 in [round(x) for x in xs] for xs in page_gutters(load_pages(pdf)[0]).values())
    got = {(f.raw, f.segment, f.metric, f.basis, f.as_of) for f in convert(pdf).facts if f.page == 1}
    assert ("91.05%", "current", "collection_rate", "interim", "2024-02-29") in got
    assert ("27.30%", "arrears", "collection_rate", "interim", "2024-02-29") in got
    assert ("65.93%", "total", "collection_rate", "interim", "2024-02-29") in got


def test_vertical_label_with_its_short_column_centred_and_wrapped_rows_centred() -> None:
    """北杜市 (dev55): 「現状と課 / 題」 set vertically, its short column centred beside the long one, is 現状と課題;
    「国民健 / 康保険 / 税」 wrapped across with the last glyph centred is 国民健康保険税 (not read down)."""
    from saiken.extract.pdf import load_pages
    from support.cases import ROOT
    pages = load_pages(ROOT / "corpus/dev55/pdf/pb_hokuto_plan_1.pdf")
    assert [c.text for g in pages[6].grids for c in g.cells if c.col == 0 and c.row == 1] == ["現状と課題"] * 2
    assert "国民健康保険税" in [c.text for g in pages[4].grids for c in g.cells if c.col == 0]


def test_a_tables_caption_basis_holds_against_a_chapter_headings_target() -> None:
    """渋川市 (dev55) p3: 「第3章　債権別の状況と目標」 over 「１　債権別の収納状況（令和５年度決算）」: the table's figures are
    results of 令和5年度 (the plan family read them as targets; the caption's printed basis decides)."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    facts = [f for f in convert(ROOT / "corpus/dev55/pdf/pa_shibukawa_plan_1.pdf").facts
             if f.page == 3 and f.raw == "11,284,512,360"]
    assert [(f.fiscal_year, f.basis, f.metric) for f in facts] == [(2023, "actual", "assessed")]


def test_a_table_without_rules_under_a_note_of_what_its_brackets_hold() -> None:
    """真岡市 (dev55) p5: 別表２ printed with no rules under 「今期＝令和７年９月末、前年同期＝令和６年９月末。収納率の欄は
    「今期（前年同期）」、単位は％。」: the last row (保育料, counts of two digits) is the table's, the note is its caption
    (dating its figures), and each bracketed rate is the same month a year before."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    got = {(f.raw, f.fiscal_year, f.segment, f.basis, f.as_of, f.debt_raw) for f in
           convert(ROOT / "corpus/dev55/pdf/pa_moka_minutes_1.pdf").facts if f.page == 5}
    assert ("49.53", 2025, "current", "interim", "2025-09-30", "保育料") in got
    assert ("48.10", 2024, "current", "interim", "2024-09-30", "保育料") in got


def test_attendees_under_bracketed_role_lines_and_a_count_with_a_note() -> None:
    """真岡市 (dev55) p1: 「委員８名、事務局３名（欠席委員なし）」 names no one; 「（事務局）」 alone on its line gives its role to
    the lines under it; 「（説明のため出席した者）　保険年金課長　中村 圭、…」 lists people after its label."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    people = convert(ROOT / "corpus/dev55/pdf/pa_moka_minutes_1.pdf").minutes.attendees
    assert [(a.role, a.title) for a in people][7:] == [
        ("委員", "教育次長"), ("事務局", "税務課長"), ("事務局", "収税対策室長"), ("事務局", "収税対策室係長"),
        ("説明員", "保険年金課長"), ("説明員", "建築住宅課長")]


def test_a_paragraph_opening_on_its_debt_in_brackets_and_wrapped_before_its_figure() -> None:
    """新発田市 (dev56) p5: 「【市営住宅使用料】２月末の現年度分収納率は」 wrapped before 「92.35％で、…」 in a page of two
    columns: one sentence of that debt (not a heading over the line, not the page outline's 市税)."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    got = {(f.raw, f.debt_raw, f.segment, f.as_of) for f in
           convert(ROOT / "corpus/dev56/pdf/pd_shibata_progress_1.pdf").facts if f.page == 5 and f.table is None}
    assert ("92.35%", "市営住宅使用料", "current", "2024-02-29") in got
    assert ("96.14%", "介護保険料", "current", "2024-02-29") in got


def test_a_header_bracket_naming_the_year_before_and_its_basis() -> None:
    """新発田市 (dev56) p3: 「決算見込（令和４年度決算）」 over 96.23（96.02）: 96.23 is the estimate of the report's year,
    96.02 the result of 令和4年度; 四日市市 (dev45): 「令和5年度見込（前年度決算）」 the same with the year before."""
    from saiken.extract.statkeys import Key, key_of, noted
    assert noted(Key(fiscal_year=2023, basis="estimate"), key_of("前年度決算")) == Key(fiscal_year=2022, basis="actual")
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    got = {(f.raw, f.fiscal_year, f.basis) for f in
           convert(ROOT / "corpus/dev56/pdf/pd_shibata_progress_1.pdf").facts if f.page == 3}
    assert ("96.23", 2023, "estimate") in got and ("96.02", 2022, "actual") in got


def test_a_section_number_before_year_end_is_no_year(tmp_path, drawing) -> None:  # type: ignore[no-untyped-def]
    """近江八幡市 (dev61) p3: 「５　年度末の見込み」: the section's number 5 is no era-less 5年度 (令和5年度); the figures
    under it are of the report's year."""
    from saiken.extract.pdf import load_pages
    from saiken.extract.textfacts import text_facts
    d = drawing()
    p = d.page()
    d.text(p, 60, 50, "令和６年度　債権管理の取組状況（中間報告）", size=12)
    d.text(p, 60, 80, "５　年度末の見込み", size=12)
    d.text(p, 60, 110, "市税の収入未済額は約1億2,340万円となる見込みである。")
    facts = text_facts(load_pages(d.save(tmp_path / "y.pdf")), 2024)
    assert [(f.raw, f.fiscal_year, f.basis) for f in facts] == [("約1億2,340万円", 2024, "estimate")]


def test_items_numbered_with_a_plain_digit_and_closed_by_their_tag() -> None:
    """浦安市 (dev60) p7: 「取組内容」 over 「１　家賃滞納が３か月に達した入居者に対し、…行う。　【継続】」: a digit and a
    space open an item when the line is closed by its status tag (「５　年度末の見込み」 stays a heading)."""
    from saiken.extract.items import MARKER, items_of
    from saiken.extract.pdf import load_pages
    from support.cases import ROOT
    assert MARKER.match("1 家賃滞納が3か月に達した入居者に対し、納付指導を行う。 【継続】")
    assert not MARKER.match("5 年度末の見込み")
    pages = load_pages(ROOT / "corpus/dev60/pdf/pl_urayasu_committee_1.pdf")
    got = [(i.debt_raw, i.status) for i in items_of([pages[6]]) if i.label != "・"]  # (・ rows: a table's, below)
    assert got == [("市営住宅使用料", "継続"), ("市営住宅使用料", "継続"), ("市営住宅使用料", "新規")]


def test_a_note_on_a_tables_columns_does_not_date_the_text_after_it() -> None:
    """近江八幡市 (dev61): 「※3月末の前年度欄は令和5年度決算の収納率。」 under a table on p2 does not make the text of p3
    (「市税の現年分の決算見込収納率は99.28％で、…」) a text about 令和5年度: 99.28% is the report's year's estimate."""
    from saiken.extract.pdf import load_pages
    from saiken.extract.textfacts import text_facts
    from support.cases import ROOT
    pages = load_pages(ROOT / "corpus/dev61/pdf/pm_omihachiman_progress_1.pdf")
    got = {(f.raw, f.fiscal_year, f.basis) for f in text_facts(pages, 2024) if f.page == 3}
    assert ("99.28%", 2024, "estimate") in got and ("97.13%", 2024, "estimate") in got


def test_a_settled_figure_compared_with_an_estimate_stays_a_result() -> None:
    """近江八幡市 (dev61) p3: 「…決算見込収納率は99.28％で、令和５年度決算の99.03％を上回る見込みである。」: the 見込み
    is of 99.28%; 99.03% is 令和5年度's result (the figure 「を上回る」 is compared with)."""
    from saiken.extract.statkeys import Key
    from saiken.extract.textfacts import _Place, read_place
    place = _Place(3, (0, 0, 1, 1), "市税の現年分の決算見込収納率は99.28%で、令和5年度決算の99.03%を上回る見込みである。",
                   Key(), 0)
    got = [(f.raw, f.fiscal_year, f.basis) for f in read_place(place, "市税", Key(fiscal_year=2024), None)]
    assert got == [("99.28%", 2024, "estimate"), ("99.03%", 2023, "actual")]


def test_a_figure_compared_with_does_not_date_the_sentences_after_it() -> None:
    """近江八幡市 (dev61) p3: after 「令和５年度決算の99.03％を上回る見込みである。」 the paragraph is still of the
    report's year (収入未済額は約1億2,340万円: 令和6年度 見込); 「前年度末の1億3,410万円から…縮減する見込み」 is the
    settled level of the year before, not an estimate."""
    place = _Place(3, (0, 0, 1, 1), "市税の現年分の決算見込収納率は99.28%で、令和5年度決算の99.03%を上回る見込みである。"
                   "年度末の収入未済額は約1億2,340万円となり、前年度末の1億3,410万円から約1,070万円縮減する見込みである。",
                   Key(), 0)
    got = [(f.raw, f.fiscal_year, f.basis, f.metric) for f in read_place(place, "市税", Key(fiscal_year=2024), None)]
    assert ("約1億2,340万円", 2024, "estimate", "outstanding") in got
    assert ("1億3,410万円", 2023, "actual", "outstanding") in got


@pytest.mark.parametrize("label,segment", [
    ("滞納繰越分を含めた収入未済額は", "total"),   # 近江八幡市 (dev61) p3
    ("現年分も含む", "total"),
    ("4債権の現年度分を合わせた収納率は", "current"),  # 北見原 (dev32) p1: the debts together, one segment
    ("滞納繰越分", "arrears"),
])
def test_a_segment_named_as_included_is_the_whole(label: str, segment: str) -> None:
    from saiken.extract.statkeys import segment_of
    assert segment_of(label) == segment


def test_a_bracket_note_in_words_says_what_bracketed_figures_are() -> None:
    """近江八幡市 (dev61) p3: 「表　年度末収納率の見込み（現年分、括弧内は令和５年度決算）」 over 99.3（99.0）: the
    bracketed figure is 令和5年度's result; the caption's own key holds no year of it."""
    from saiken.extract.statkeys import bracket_notes
    caption = "表 年度末収納率の見込み(現年分、括弧内は令和5年度決算)"
    note = bracket_notes(caption)["("]
    assert (note.fiscal_year, note.basis) == (2023, "actual")
    assert key_of(caption).fiscal_year is None


def test_a_year_end_estimate_section_after_a_month_end_and_subtotals_of_a_table_by_debt() -> None:
    """近江八幡市 (dev61): p1 「２　主要債権の収納状況（令和７年２月末現在）」 under 「現年度分の状況は次のとおり」: the
    rows 【一般会計】 | 小計 and 合計 are of the current segment like the debts above them; p3 「５　年度末の見込み」 ends
    the month end: its figures (収納率24.6％（見込）) are the year's estimates, and the table's 99.3（99.0） under
    「括弧内は令和５年度決算」 is 令和6年度 見込 with 令和5年度 決算 in brackets."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    doc = convert(ROOT / "corpus/dev61/pdf/pm_omihachiman_progress_1.pdf")
    got = {(f.page, f.debt_raw, f.raw, f.segment, f.fiscal_year, f.basis, f.as_of) for f in doc.facts}
    assert (1, "一般会計小計", "12,208,677", "current", 2024, "interim", "2025-02-28") in got
    assert (1, "合計", "16,653,973", "current", 2024, "interim", "2025-02-28") in got
    assert (3, "市税", "24.6%", "arrears", 2024, "estimate", None) in got
    table = {(f.raw, f.fiscal_year, f.basis) for f in doc.facts if f.page == 3 and f.debt_raw == "保育料"}
    assert {("99.5", 2024, "estimate"), ("99.3", 2023, "actual"), ("99.4", 2024, "target")} <= table


def test_a_metric_defined_in_brackets_is_that_metric_alone() -> None:
    """五所川原市 (dev60) p1: 「市税の未収額（調定額から収入済額を差し引いた額）は約8億5,900万円」: the bracket defines
    未収額 by other metrics; the figure is the 収入未済額, no difference."""
    k = key_of("市税の未収額(調定額から収入済額を差し引いた額)は")
    assert (k.metric, k.metrics, k.change) == ("outstanding", 1, None)


def test_a_caption_comparing_years_is_of_its_first_year_and_remarks_take_the_column_beside() -> None:
    """五所川原市 (dev60): p5 「令和５年度の決算見込を、令和４年度決算及び令和５年度の目標と比較すると次のとおり」 over
    R4決算 | … | 計（見込） | 備考 「うち滞納繰越分 421,337千円」: 計（見込） is 令和5年度's estimate and so is the うち
    amount; p4 令和5年度 収納率 | 令和4年度 前年度収納率 | 差, the older heading spread over 差: 差 is 令和5年度's."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    doc = convert(ROOT / "corpus/dev60/pdf/pk_goshogawara_progress_1.pdf")
    got = {(f.page, f.raw, f.metric, f.segment, f.fiscal_year, f.basis) for f in doc.facts}
    assert (5, "486,215", "outstanding", "total", 2023, "estimate") in got
    assert (5, "421,337千円", "outstanding", "arrears", 2023, "estimate") in got
    assert (4, "0.24", "difference", "current", 2023, "interim") in got


def test_a_papers_notes_on_its_header_words_and_page_title_year() -> None:
    """網走市 (dev60) p2, a paper of 令和7年度 titled 「令和６年度　主要債権の収納状況」: the note 「※ 本年度は令和６年度
    決算見込（…）、前年度は令和５年度決算。」 dates 前年度 | 本年度 | 差; 「不納欠損額はすべて滞納繰越分に係るもの」 makes the
    second table's figures arrears; p3 目標 | 実績 | 差: the 差 is the result's; 「３　令和７年度の目標（単位：％）」 over
    「現年度分　98.90（98.85）…※（　）内は令和６年度決算見込」: 98.90 is 令和7年度's target, (98.85) 令和6年度's estimate."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    doc = convert(ROOT / "corpus/dev60/pdf/pk_abashiri_committee_1.pdf")
    got = {(f.page, f.raw, f.metric, f.segment, f.fiscal_year, f.basis) for f in doc.facts}
    assert (2, "95.31", "collection_rate", "total", 2024, "estimate") in got
    assert (2, "94.97", "collection_rate", "total", 2023, "actual") in got
    assert (2, "▲11,694", "difference", "total", 2024, "estimate") in got
    assert (2, "12,054,222", "written_off", "arrears", 2023, "actual") in got
    assert (3, "0.01", "difference", "current", 2023, "actual") in got
    assert (3, "98.90", "collection_rate", "current", 2025, "target") in got
    assert (3, "98.85", "collection_rate", "current", 2024, "estimate") in got


@pytest.mark.parametrize("line,year", [
    ("令和6年度 主要債権の収納状況", 2024),          # 網走市 (dev60) p2
    ("令和4 年度（令和5 年2 月末） 令和5 年度（令和6 年2 月末）", None),  # 長岡京市 (dev57) p5: headings over columns
    ("令和6年度 3,456千円", None),
])
def test_the_year_a_pages_title_opens_with(line: str, year: int | None) -> None:
    from saiken.extract.statables import _title_year
    assert _title_year(line) == year


def test_zebra_rows_left_unpainted_and_years_a_caption_gives_header_words() -> None:
    """安中市 (dev63): p2 表１ painted in shaded rows with the rows between left unpainted (保育料 between 市税 and
    住宅使用料) is one table of 13 rows, its bracketed rates 「※ 収納率欄の（　）内は、前年同月（令和５年２月末）の
    収納率です。」 the year before's; p3 「表２ 月別収納状況（累計）　前年度：令和４年度　本年度：令和５年度」 dates
    前年度 | 本年度."""
    from saiken.extract.pdf import load_pages
    from saiken.extract.pipeline import convert
    from saiken.extract.statkeys import bracket_notes
    from support.cases import ROOT
    path = ROOT / "corpus/dev63/pdf/ps_annaka_progress_1.pdf"
    assert [g.nrows for g in load_pages(path)[1].grids] == [13]
    assert bracket_notes("※ 収納率欄の( )内は、前年同月(令和5年2月末)の収納率です。")["("].previous
    got = {(f.page, f.debt_raw, f.raw, f.fiscal_year, f.as_of) for f in convert(path).facts}
    assert (2, "保育料", "93.87", 2022, "2023-02-28") in got
    assert (3, None, "971,491", 2022, "2022-04-30") in got or (3, "市税", "971,491", 2022, "2022-04-30") in got
    assert any(f[2] == "0.33" and f[3] == 2023 for f in got if f[0] == 3)


def test_a_caption_naming_only_the_year_before_dates_this_year_too() -> None:
    """香芝市 (dev48) p8: 「令和7年度（前年度：令和6年度）」 over 本年度 | 前年度 | 収納率の差: 本年度 is 令和7年度 and the
    差 is of it."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    doc = convert(ROOT / "corpus/dev48/pdf/kb_kashiba_committee_1.pdf")
    assert any(f.page == 8 and f.raw == "0.06" and f.fiscal_year == 2025 and f.metric == "difference" for f in doc.facts)


def test_a_caption_naming_metrics_by_line_and_the_debt_with_its_segment_in_one_bracket() -> None:
    """千曲市 (dev63) p5: 「７　月別収納状況（国民健康保険税 現年課税分）」 over 「表４　月末累計の収入済額（上段：千円）と
    収納率（下段：％）　※前年差はポイント」: each cell's upper figure is the amount, the lower the rate, of that debt's
    current segment; 「※前年差はポイント」 makes no column a difference."""
    from saiken.extract.pipeline import convert
    from saiken.extract.statables import DEBT_SEGMENT, caption_debt, stacked_metrics
    from support.cases import ROOT
    caption = "7 月別収納状況(国民健康保険税 現年課税分) 表4 月末累計の収入済額(上段：千円)と収納率(下段：%) ※前年差はポイント"
    assert stacked_metrics(caption) == [("collected", "千円"), ("collection_rate", "%")]
    assert caption_debt(caption) == "国民健康保険税" and DEBT_SEGMENT.search(caption)
    doc = convert(ROOT / "corpus/dev63/pdf/pt_chikuma_progress_1.pdf")
    got = {(f.raw, f.metric, f.segment, f.debt_raw, f.as_of) for f in doc.facts if f.page == 5}
    assert ("85,902", "collected", "current", "国民健康保険税", "2023-05-31") in got
    assert ("7.64", "collection_rate", "current", "国民健康保険税", "2023-05-31") in got


def test_an_account_column_beside_the_debt_and_a_settled_column_under_a_chapter_on_targets() -> None:
    """滝川市 (dev62): p5 区分 | 会計 | 令和元年度 … with rows 市税 | 一般: the debt is 市税, 一般 its account; p6 under
    「５　数値目標」 the table 決　算 | 目　標 over 令和５年度 | 令和７年度 …: 令和５年度 is a result, not a target."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    doc = convert(ROOT / "corpus/dev62/pdf/pq_takikawa_plan_1.pdf")
    got = {(f.page, f.raw, f.debt_raw, f.fiscal_year, f.basis) for f in doc.facts}
    assert (5, "216.3", "市税", 2019, "actual") in got
    assert (6, "146,680", "市税", 2023, "actual") in got and (6, "122,220", "市税", 2025, "target") in got


def test_a_bare_table_of_debts_each_named_over_its_segment_rows() -> None:
    """守谷市 (dev62) p5: a table with no rules, 「市　税」 and 「国民健康保険税」 each on a line of its own over
    現年課税分 / 滞納繰越分 / 計 rows: each name is a row of its own (not the header's, nor the 計 row's above)."""
    from saiken.extract.pdf import load_pages
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    path = ROOT / "corpus/dev62/pdf/pr_moriya_minutes_1.pdf"
    rows = load_pages(path)[4].grids[0].filled_rows()
    assert [r[0] for r in rows] == ["区 分", "市 税", "現年課税分", "滞納繰越分", "計", "国民健康保険税", "現年度分",
                                    "滞納繰越分", "計"]
    got = {(f.raw, f.debt_raw, f.segment) for f in convert(path).facts if f.page == 5}
    assert ("11,850,838", "市税", "total") in got and ("2,098,516", "国民健康保険税", "current") in got


def test_a_papers_numbered_title_dates_its_tables() -> None:
    """青梅市 (dev63) p5, a council record of 令和7年9月: 「資料１　令和６年度　債権の状況（決算）」 over the tables:
    their figures are 令和6年度's."""
    from saiken.extract.statables import _title_year
    assert _title_year("資料１　令和６年度　債権の状況（決算）") == 2024


def test_an_account_division_column_of_names_stays_the_debts() -> None:
    """廿日市市 (dev42) p4: 会計区分 | 平成30年度… with rows 一般会計 / うち市税 / 国民健康保険 …: that column names the
    rows; only a column of short accounts (一般 / 特別 / 企業, 滝川市 dev62) beside the debt is an attribute."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    doc = convert(ROOT / "corpus/dev42/pdf/x_hatsukaichi_plan_1.pdf", families=False)
    assert any(f.page == 4 and f.raw == "402,660" and f.debt_raw == "国民健康保険" for f in doc.facts)


def test_items_naming_a_debt_and_a_progress_table_without_a_header_over_its_marks() -> None:
    """三沢市 (dev62) p5: 「ウ　市税の財産調査結果を共有し、預貯金の差押えを行う。【拡充】」 on the sheet of 介護保険料 is
    that sheet's item (a tagged item is no heading of 市税); 名取市 (dev62) p5: No. | 取組項目 | ◎ | 備考 with the marks'
    column unheaded: each 取組項目 is an item."""
    from saiken.extract.pipeline import convert
    from saiken.extract.scope import _line_name
    from support.cases import ROOT
    assert _line_name("ウ 市税の財産調査結果を共有し、預貯金の差押えを行う。【拡充】", False) is None
    doc = convert(ROOT / "corpus/dev62/pdf/pq_misawa_committee_1.pdf")
    assert any(i.page == 5 and i.label == "ウ" and i.debt_raw == "介護保険料" for i in doc.initiatives)
    doc = convert(ROOT / "corpus/dev62/pdf/pr_natori_committee_1.pdf")
    assert {(i.label, i.text) for i in doc.initiatives if i.page == 5 and i.status is None} >= {
        ("1", "現年度分の早期催告(文書・電話・SMS)"), ("4", "執行停止・不納欠損処理の適正化")}


def test_zebra_blocks_joined_across_unpainted_and_section_rows() -> None:
    """寒河江市 (dev62) p3: shaded rows with unpainted rows between and a 【特別会計】 row painted across are one table
    of 14 rows; 日野市 (dev59) p1: a 合計 row ruled right under the painted blocks keeps the table whole (its 合計 read)."""
    from saiken.extract.pdf import load_pages
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    assert load_pages(ROOT / "corpus/dev62/pdf/pr_sagae_plan_1.pdf")[2].grids[0].nrows == 14
    doc = convert(ROOT / "corpus/dev59/pdf/pi_hino_committee_1.pdf")
    assert any(f.page == 1 and f.raw == "41,489,753" and f.debt_raw == "合計" for f in doc.facts)


def test_a_council_records_number_line_and_a_numbered_title_ruled_into_its_table() -> None:
    """東松山市 (dev63): 「令和６年 / 東松山市議会総務常任委員会記録 / 第 ４ 回」: the 第 ４ 回 line is the title's number;
    p4 「別表３　市税の収入未済額の推移」 caught between the rules as the table's first row is its caption (市税), and the
    【参考】…（令和６年８月末現在） above it dates nothing of it."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    doc = convert(ROOT / "corpus/dev63/pdf/ps_higashimatsuyama_minutes_1.pdf")
    assert doc.minutes is not None and doc.minutes.meeting_number == 4
    assert any(f.raw == "318,452" and f.debt_raw == "市税" and f.as_of is None and f.fiscal_year == 2019
               for f in doc.facts)


def test_a_continued_table_with_its_own_unit_note() -> None:
    """千曲市 (dev63) p4: 「表３（続き）　年度末の見込みと目標（単位：％）」 continuing 表３ （単位：千円、％）: its figures
    are rates (its own unit note), 決算見込 | 目標 by segment."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    doc = convert(ROOT / "corpus/dev63/pdf/pt_chikuma_progress_1.pdf")
    got = {(f.raw, f.metric, f.segment, f.basis, f.fiscal_year) for f in doc.facts if f.page == 4}
    assert ("99.05", "collection_rate", "current", "estimate", 2023) in got
    assert ("28.00", "collection_rate", "arrears", "target", 2023) in got


def test_a_debt_with_its_segment_and_a_month_end_in_the_captions_bracket() -> None:
    """千曲市 (dev63) p2: 「４　地区別の収納状況（市税 現年課税分、２月末現在）」 over rows of 地区: 市税's current figures."""
    from saiken.extract.statables import caption_debt
    assert caption_debt("４　地区別の収納状況（市税 現年課税分、２月末現在）") == "市税"


def test_a_plans_way_forward_heads_items() -> None:
    """日野市 (dev59) p5: 「４　今後の方針」 heads the ・ points under it (lexicon item_headings); read by the shared
    layer alone (with the committee family on, the family's reading of the sheet stands: untagged points it left
    out are not added, as on 静岡市's sheets where such points are sub-points of a measure)."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    doc = convert(ROOT / "corpus/dev59/pdf/pi_hino_committee_1.pdf", families=False)
    got = [(i.debt_raw, i.label) for i in doc.initiatives if i.page == 5]
    assert got.count(("介護保険料", "・")) == 3


def test_bullet_rows_with_their_status_in_a_bare_column() -> None:
    """浦安市 (dev60) p7: a table of rows ・ | 保育所等の入所承諾時に…縮減する。 | 継続: each row an item, its status
    the bare word in the last column."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    doc = convert(ROOT / "corpus/dev60/pdf/pl_urayasu_committee_1.pdf")
    got = {(i.debt_raw, i.status) for i in doc.initiatives if i.page == 7 and i.label == "・"}
    assert ("保育料", "継続") in got and ("保育料", "拡充") in got


def test_two_debts_with_their_figures_respectively_and_a_notes_year_over_month_ends() -> None:
    """近江八幡市 (dev61): p3 「保育料及び市営住宅使用料は、…収入未済額をそれぞれ約1,150万円、約2,080万円まで縮減」: one
    figure each, in order; p2 「本年度は令和６年度、前年度は令和５年度の実績。」 over 月 | 本年度 | 前年度: 前年度's month
    ends are 令和5年度's (the note's 実績 makes them no 決算)."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    place = _Place(3, (0, 0, 1, 1), "保育料及び市営住宅使用料は、分納誓約の履行管理を徹底し、収入未済額をそれぞれ約1,150万円、"
                   "約2,080万円まで縮減することを目指す。", Key(), 0)
    got = [(f.raw, f.debt_raw, f.metric) for f in read_place(place, "市税", Key(fiscal_year=2024), None)]
    assert got == [("約1,150万円", "保育料", "outstanding"), ("約2,080万円", "市営住宅使用料", "outstanding")]
    doc = convert(ROOT / "corpus/dev61/pdf/pm_omihachiman_progress_1.pdf")
    assert any(f.page == 2 and f.raw == "11.59" and f.fiscal_year == 2023 and f.as_of == "2023-04-30"
               for f in doc.facts)


def test_an_item_stops_at_a_line_set_out_left_of_its_mark() -> None:
    """稲沢市 (dev56) p8: 「② …納付相談を行う。」 then 「表8 介護保険料の現年度分収納率の推移」 at the heading's margin; 高島市
    (dev59) p6: 「ウ …不納欠損処理を行う。」 then the paragraph 「なお、滞納繰越分の収入未済額は…」 set out left of ウ. Neither
    runs on into the item; a wrapped line of the item itself (a first-line-indent margin) still does."""
    lines = [_Line("ウ 執行停止後3年を経過した案件は、不納欠損処理を行う。", (62, 483, 512, 493), 6),
             _Line("なお、滞納繰越分の収入未済額は、令和5年度末に277,358千円となる見込みであり、前年度末から", (60, 509, 509, 519), 6)]
    assert [_finish(i)[0] for i in split_items(lines)] == ["執行停止後3年を経過した案件は、不納欠損処理を行う。"]
    wrapped = [_Line("ア 督促状を送付する。その後1か月以内に催告書を送付", (62, 100, 512, 110), 1),
               _Line("する。", (50, 112, 80, 122), 1), _Line("また、電話催告も行う。", (50, 124, 200, 134), 1)]
    assert _finish(split_items(wrapped)[0])[0].endswith("また、電話催告も行う。")
    from saiken.extract.items import items_of
    from saiken.extract.pdf import load_pages
    from support.cases import ROOT
    got = [i.text for i in items_of(load_pages(ROOT / "corpus/dev56/pdf/pd_inazawa_plan_1.pdf", "never")) if i.page == 8]
    assert any(t.endswith("被保険者証の更新時に納付相談を行う。") for t in got) and not any("表8" in t for t in got)


def test_an_item_opening_on_its_debt_takes_that_debt_whichever_reader_read_it() -> None:
    """藤岡市 (dev60) p8, under 「(5)その他の債権」: 「ウ 後期高齢者医療保険料：被保険者証の更新時に…実施する。」 is that
    debt's item, its text after the colon, also where the plan family read the list."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    doc = convert(ROOT / "corpus/dev60/pdf/pl_fujioka_plan_1.pdf")
    got = [(i.debt_raw, i.text) for i in doc.initiatives if i.page == 8 and i.label == "ウ"]
    assert ("後期高齢者医療保険料", "被保険者証の更新時に未納者への納付相談を実施する。") in got
    assert not any(t.startswith(("市営住宅使用料：", "後期高齢者医療保険料：")) for _, t in got)


def test_sentences_under_a_numbered_heading_naming_measures_are_items_though_unmarked() -> None:
    """大府市 (dev61) p4: 「(3)目標達成に向けた全庁的な取組」 over three one-line sentences whose ア/イ/ウ are not in the
    text layer: three items, the heading no wrapped part of the first."""
    from saiken.extract.items import items_of
    from saiken.extract.pdf import load_pages
    from support.cases import ROOT
    got = [i.text for i in items_of(load_pages(ROOT / "corpus/dev61/pdf/pm_obu_plan_1.pdf", "never")) if i.page == 4]
    assert len(got) == 3 and got[0].startswith("債権管理担当者研修を") and got[2].endswith("債権管理対策会議で点検する。")


def test_items_under_bracketed_and_common_headings_and_in_a_marked_status_table() -> None:
    """Shared item reader on dev64/dev65 layouts:
    - 香美市 p5: 「【介護保険料の取組】」 over ・ points (untagged): that debt's items;
    - 奄美市 p6: 「8-4 非強制徴収公債権及び私債権に共通する取組」 is a heading, its ・ points items of their own (no debt);
    - 菊池市 p6: a table 　| 項目 | 　 with rows ア | … | ◎: the items without their marks;
    - 東海市 p7: 「6 全庁共通取組の実施状況」 over No | 取組項目 | 担当 | ◎: no debt carried from the sheet before;
    - 盛岡市 (dev40) p8: ウ at the top of the right column continues ② 国民健康保険税 of the left column."""
    from saiken.extract.items import items_of
    from saiken.extract.pdf import load_pages
    from support.cases import ROOT

    def on(path: str, page: int) -> list[tuple[str | None, str]]:
        return [(i.debt_raw, i.text) for i in items_of(load_pages(ROOT / path, "never")) if i.page == page]

    kami = on("corpus/dev65/pdf/pw_kami_committee_1.pdf", 5)
    assert ("介護保険料", "督促後も納付のない者の預貯金調査を行い、差押えを実施する。") in kami
    assert ("後期高齢者医療保険料", "納付が滞っている被保険者へ訪問による納付相談を行う。") in kami
    amami = on("corpus/dev65/pdf/px_amami_plan_1.pdf", 6)
    assert (None, "支払督促や少額訴訟の手続を税務課と連携して行い、所管課の負担を軽減する。") in amami
    assert not any(t.startswith("非強制徴収公債権及び私債権に共通") for _, t in amami)
    kikuchi = [t for _, t in on("corpus/dev65/pdf/px_kikuchi_progress_1.pdf", 6)]
    assert "短期被保険者証の更新時に納付相談を行い、分割納付の計画的な履行を確認する。" in kikuchi
    tokai = on("corpus/dev64/pdf/pu_tokai_committee_1.pdf", 7)
    assert (None, "債権管理台帳システムへの移行を全債権で完了させる") in tokai and len(tokai) == 5
    morioka = on("corpus/dev40/pdf/r_morioka_plan_1.pdf", 8)
    assert ("国民健康保険税", "スマートフォン決済による納付を導入し、若年層の納付機会を広げる。") in morioka


def test_an_untagged_item_of_a_tagged_list_and_a_table_of_measures_on_a_sheet_the_family_read_none_from() -> None:
    """東海市 (dev64), read with its family: p6 市営住宅使用料 ア【継続】 イ【拡充】 ウ (untagged) all three; p7 the 取組項目
    table's five items."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    doc = convert(ROOT / "corpus/dev64/pdf/pu_tokai_committee_1.pdf")
    p6 = [(i.debt_raw, i.label) for i in doc.initiatives if i.page == 6]
    assert ("市営住宅使用料", "ウ") in p6
    assert sum(1 for i in doc.initiatives if i.page == 7) == 5


def test_items_lettered_a_b_in_a_sheet_drawn_as_one_table_and_in_a_content_column() -> None:
    """南丹市 (dev67) p5: (ア) 介護保険料 over 「a 普通徴収の未納者に…」 「b 特別徴収への…」: two items; 郡上市 (dev67) p7: a
    推進シート drawn as one table whose first row is 債権名 | 国民健康保険税: the items of its 具体的な取組み cell are that
    debt's; 下野市 (dev66) p5: 債権名 | No. | 内容 | ◎ rows, read with the family too."""
    from saiken.extract.items import items_of
    from saiken.extract.pdf import load_pages
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    nantan = [(i.debt_raw, i.label) for i in items_of(load_pages(ROOT / "corpus/dev67/pdf/sd_nantan_progress_1.pdf",
                                                                 "never")) if i.page == 5]
    assert ("介護保険料", "a") in nantan and ("介護保険料", "b") in nantan
    gujo = [i.debt_raw for i in items_of(load_pages(ROOT / "corpus/dev67/pdf/sc_gujo_plan_1.pdf", "never"))
            if i.page == 7]
    assert len(gujo) >= 7 and set(gujo) == {"国民健康保険税"}
    doc = convert(ROOT / "corpus/dev66/pdf/sb_shimotsuke_progress_1.pdf")
    assert sum(1 for i in doc.initiatives if i.page == 5 and i.section == "内容") == 5


def test_text_set_in_two_columns_is_read_column_by_column() -> None:
    """神栖市 (dev66) p2, set in two columns: the right column's 「債権別にみると、市税の収入未済額は約6億2,200万円…」 goes on
    from the left column's 「令和５（2023）年度決算における…」, so it is of 2023, not of the cover's 令和7年3月. 福島市 (dev47)
    p2: 「【参考】令和４年度決算（…）」 dates its own block only: 「（３）その他の債権」 after it is of the 2月末 again."""
    from saiken.extract.pipeline import convert
    from support.cases import ROOT
    kamisu = {(f.raw, f.fiscal_year) for f in convert(ROOT / "corpus/dev66/pdf/sb_kamisu_plan_1.pdf").facts
              if f.page == 2}
    assert ("約6億2,200万円", 2023) in kamisu and ("90,630千円", 2023) in kamisu
    fukushima = {(f.raw, f.fiscal_year, f.as_of) for f in
                 convert(ROOT / "corpus/dev47/pdf/gh_fukushima_progress_1.pdf").facts if f.page == 2}
    assert ("93.12%", 2023, "2024-02-29") in fukushima


def test_a_change_of_a_named_rate_in_points_with_no_rate_printed() -> None:
    """泉大津市 (dev67) p5: 「現年度分の収納率は前年度比0.12 ポイント上昇している。」 prints no rate: the change is read, of
    the sentence's year, segment and debt, signed by the word after it."""
    place = _Place(5, (0, 0, 1, 1), "現年度分の収納率は前年度比0.12ポイント上昇している。税外債権の収納率は0.3ポイント低下した。",
                   Key(), 0)
    got = [(f.raw, f.fiscal_year, f.metric, f.segment, f.value, f.unit)
           for f in read_place(place, "市税", Key(fiscal_year=2023), None)]
    assert got[0] == ("0.12ポイント", 2023, "difference", "current", 0.12, "points")
    assert got[1][0] == "0.3ポイント" and got[1][4] == -0.3


def test_a_list_of_areas_led_by_a_sentence_naming_debt_segment_and_metric() -> None:
    """恵那市 (dev64) p5, two columns: 「国民健康保険税の現年度分について、令和5年度の収納率を地域別にみると、次のとおりで
    ある。」 over 「○恵那地域は95.64％（前年度95.81％）」 wrapped to 「で、0.17ポイントの低下となった。」: each item is that
    area's current-year rate of the debt the sentence names, the bracket the year before, and the wrapped line goes on."""
    from pathlib import Path
    from saiken.extract.pipeline import convert
    root = Path(__file__).resolve().parents[2]
    got = {(f.raw, f.area, f.debt_raw, f.segment, f.metric, f.fiscal_year) for f in
           convert(root / "corpus/dev64/pdf/pu_ena_plan_1.pdf", families=False).facts if f.page == 5}
    assert ("95.64%", "恵那地域", "国民健康保険税", "current", "collection_rate", 2023) in got
    assert ("95.81%", "恵那地域", "国民健康保険税", "current", "collection_rate", 2022) in got
    assert ("0.17 ポイント", "恵那地域", "国民健康保険税", "current", "difference", 2023) in got
    assert ("99.34%", "上矢作地域", "市税", "current", "collection_rate", 2023) in got
    assert all(area for _, area, *_ in got)  # every figure of the page is an area's


def test_items_of_a_schedule_table_and_of_a_numbered_table_under_a_content_heading() -> None:
    """南砺市 (dev69) p7: 取組項目 | 担当課 | 令和7年度 | 令和8年度 | 令和9年度 with 実施 / → / 検討 / ○ under the years: each
    取組項目 is an item though untagged; p6: 取組内容 across a table of (1)…(4): (4), the untagged one, is an item too."""
    from pathlib import Path
    from saiken.extract.pipeline import convert
    root = Path(__file__).resolve().parents[2]
    items = convert(root / "corpus/dev69/pdf/sg_nanto_plan_1.pdf").initiatives
    texts = {(i.page, i.text.replace(" ", "")) for i in items}
    assert (7, "債権管理システムの全庁共通化") in texts and (7, "若年層へのSMS納期案内の導入") in texts
    assert not any(p == 7 and t in ("税務課", "財政課", "実施", "→") for p, t in texts)
    assert (6, "納付困難な世帯を生活支援の相談窓口へ確実につなぐ。") in texts


def test_a_measure_is_kept_beside_a_short_title_of_it_in_a_schedule() -> None:
    """鴻巣市 (dev68) p6: 「イ 滞納が続く被保険者に対し、給付制限の事前説明を文書と面談で行う。【継続】」 in the text and
    給付制限の事前説明 in the 取組スケジュール table under it: the measure is an item, not a copy of the short title."""
    from pathlib import Path
    from saiken.extract.pipeline import convert
    root = Path(__file__).resolve().parents[2]
    items = convert(root / "corpus/dev68/pdf/sf_konosu_plan_1.pdf").initiatives
    assert any(i.page == 6 and i.text.startswith("滞納が続く被保険者に対し") and i.status == "継続" for i in items)


def test_a_report_of_the_collection_titled_without_its_month_end_stamped_under_the_title() -> None:
    """田村市 (dev70): 「令和7年度 市税等の収納状況及び年度末見込みについて」 over 「令和7年12月末現在」: a progress report."""
    from pathlib import Path
    from saiken.extract.pipeline import convert
    root = Path(__file__).resolve().parents[2]
    doc = convert(root / "corpus/dev70/pdf/si_tamura_progress_1.pdf").document
    assert (doc.kind, doc.municipality) == ("progress_report", "田村市")


def test_items_beside_a_tables_unit_note_and_an_item_on_a_debt_of_its_own() -> None:
    """根室市 (dev70) p4: 「（単位：千円、%）」 over the table on the left, on the line of 「① 文書催告に反応のない滞納者
    について…【継続】」 on the right: ① is an item. 田村市 (dev70) p4: 「(2) 国保税の滞納繰越分について、…」 in a list of the
    coming measures is 国保税's, not the debt of the page before."""
    from pathlib import Path
    from saiken.extract.items import subject_debt
    from saiken.extract.pipeline import convert
    root = Path(__file__).resolve().parents[2]
    items = convert(root / "corpus/dev70/pdf/si_nemuro_committee_1.pdf").initiatives
    assert any(i.page == 4 and i.text.startswith("文書催告に反応のない滞納者") for i in items)
    items = convert(root / "corpus/dev70/pdf/si_tamura_progress_1.pdf").initiatives
    assert any(i.page == 4 and i.debt_raw == "国保税" and i.text.startswith("国保税の滞納繰越分") for i in items)
    assert subject_debt("介護保険料の滞納と重複する滞納者について、…") is None
    assert subject_debt("水道料金の督促と連携した催告を行い、…") is None


def test_a_figure_left_outside_its_table_is_no_heading_ending_a_list_of_measures() -> None:
    """赤穂市 (dev70) p4: the figures of the table's last row (80.15, 80.51) read among the lines under 「6 今後の取組方針」:
    no numbered heading, so the untagged (1)…(3) under it stay its measures."""
    from pathlib import Path
    from saiken.extract.pipeline import convert
    root = Path(__file__).resolve().parents[2]
    items = [i for i in convert(root / "corpus/dev70/pdf/sj_ako_progress_1.pdf").initiatives if i.page == 4]
    assert [i.label for i in items] == ["(1)", "(2)", "(3)"]
