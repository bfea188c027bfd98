"""Text-level OCR repairs: Chinese simplified forms, thousands separators, the label lexicon, figure lines."""
from __future__ import annotations

from saiken.extract.ocr import fix_separators, to_japanese
from saiken.extract.ocr_engines import looks_figure
from saiken.extract.ocr_lexicon import correct


def test_simplified_forms_become_japanese() -> None:
    assert to_japanese("收入济额") == "収入済額"
    assert to_japanese("债权管理") == "債権管理"
    assert to_japanese("纳税课") == "納税課"
    assert to_japanese("固定资產税") == "固定資産税"


def test_thousands_separators_read_as_periods() -> None:
    assert fix_separators("5,283.990") == "5,283,990"
    assert fix_separators("1.338.331") == "1,338,331"
    assert fix_separators("△1.338.331千円") == "△1,338,331千円"
    assert fix_separators("1.338") == "1.338"  # a decimal, as printed
    assert fix_separators("17.96%") == "17.96%"
    assert to_japanese("1, 234") == "1,234"


def test_lexicon_corrects_near_labels_only() -> None:
    assert correct("調正額") == "調定額"
    assert correct("滞納綠越分") == "滞納繰越分"
    assert correct("国民健康保除特別会計") == "国民健康保険特別会計"
    assert correct("市学住宅使用料") == "市営住宅使用料"
    assert correct("収入額") == "収入額"  # a word of the vocabulary stays
    assert correct("令和3年度 5,283.990") == "令和3年度 5,283.990"  # digits are never touched
    assert correct("ある時に支払われた") == "ある時に支払われた"


def test_figure_lines() -> None:
    assert looks_figure("1,234,567")
    assert looks_figure("△12,045千円")
    assert looks_figure("93.67%")
    assert not looks_figure("令和3年度")
    assert not looks_figure("債権名")


def test_lexicon_keeps_runs_of_vocabulary_words_and_particles() -> None:
    assert correct("収入未済額目標") == "収入未済額目標"  # 収入未済額 + 目標, not 収入未済額計 + 標
    assert correct("収入未済額は次のとおり") == "収入未済額は次のとおり"  # a particle never becomes a kanji
    assert correct("議題") == "議題"


def test_short_cell_labels_and_wrapped_labels() -> None:
    from saiken.extract.ocr_lexicon import correct_wrapped, known

    assert correct("実積", cell=True) == "実績"
    assert correct("実積") == "実積"  # two characters outside a table cell are left as read
    assert correct("R5（見達）", cell=True) == "R5（見込）"
    assert correct_wrapped("後期高齢者医療保", "資料") == ("後期高齢者医療保", "険料")
    assert known("滞繰分") and not known("滞分")


def test_katakana_look_alikes() -> None:
    assert to_japanese("増減（ポイン卜）") == "増減（ポイント）"
    assert to_japanese("スマートフ才ン") == "スマートフオン"
    assert to_japanese("一般会計") == "一般会計"  # 一 between kanji stays
    assert to_japanese("個人·法人") == "個人・法人"


def test_lexicon_repairs_one_piece_between_vocabulary_words() -> None:
    assert correct("滞燥分収入率19.85%", cell=True) == "滞繰分収入率19.85%"
    assert correct("滞分収入率11.02%", cell=True) == "滞繰分収入率11.02%"
    assert correct("現年分収入率98.70%") == "現年分収入率98.70%"
    assert correct("滞分の圧縮を図る") == "滞分の圧縮を図る"  # no vocabulary word beside it: left as read


def test_open_bracket_of_a_figure_is_closed() -> None:
    from saiken.extract.ocr import clean_text

    assert clean_text("(287,010千円", True) == "(287,010千円)"
    assert clean_text("（96.06%", True) == "（96.06%）"
    assert clean_text("(96.06%)", True) == "(96.06%)"
    assert clean_text("(1)現年分の早期催告", True) == "(1)現年分の早期催告"


def test_figure_decode_keeps_a_labels_words() -> None:
    """The digit-only re-decode of a figure-like line masks every frame but those spelling a word of two kana or
    kanji (・調定額 312,450千円 kept its label; a lone kanji among digits is decoded as a digit)."""
    import numpy as np

    from saiken.extract.ocr_engines import _FigureDecode

    class Op:
        character = ["blank", "調", "定", "額", "1", "2", ",", "日", "3"]

        def __call__(self, p):
            idx = p.argmax(axis=2)[0]
            out, prev = [], 0
            for k in idx:
                if k and k != prev:
                    out.append(self.character[k])
                prev = k
            return [("".join(out), 1.0)]

    dec = _FigureDecode(Op())
    text = "調定額1,212,212,212,日3"  # 日 is a blurred 3
    seq = []
    for ch in text:
        seq += [Op.character.index(ch), 0]
    probs = np.zeros((1, len(seq), 9), np.float32)
    for t, k in enumerate(seq):
        probs[0, t, k] = 0.9
        probs[0, t, 8 if k == 7 else 0] += 0.05
    assert dec(probs)[0][0] == "調定額1,212,212,212,33"


def test_a_reading_with_characters_left_out_loses() -> None:
    from saiken.extract.ocr import _dropped

    assert _dropped("で納付計画を作り、履状況を毎確認する", "で納付計画を作り、履行状況を毎月確認する")
    assert not _dropped("履行状況を毎月確認する", "履状況を毎確認する")
    assert not _dropped("12,345", "12,845")  # a different digit is no dropped one
    assert not _dropped("収入", "収入未済額の推移")  # too much added


def test_malformed_ocr_figures_are_reported() -> None:
    from saiken.extract.ocr import malformed

    for bad in (",275", "243,", "80.", "82.004.51", "4,60,1", "2.253."):
        assert malformed(bad), bad
    for ok in ("4,601,275", "98.71", "△0.34", "約107億円", "62%", "1,234千円", "2,345.5"):
        assert not malformed(ok), ok


def test_malformed_figure_gets_a_low_confidence_warning() -> None:
    from types import SimpleNamespace

    from saiken.extract.ocr import mark_facts

    word = SimpleNamespace(confidence=0.99, bbox=(10, 10, 40, 20), raw=",275")
    page = SimpleNamespace(number=1, ocr=[word])
    fact = SimpleNamespace(page=1, bbox=(10, 10, 40, 20), raw=",275", value=275000, ocr=False, confidence=None)
    doc = SimpleNamespace(facts=[fact], warnings=[])
    mark_facts(doc, [page])
    assert fact.ocr and fact.confidence == 0.5
    assert [w.code for w in doc.warnings] == ["ocr_low_confidence"]


def test_lexicon_keeps_runs_of_vocabulary_words() -> None:
    # 国民健康保険 + 事業会計 is a word sequence, not 国民健康保険特別会計 misread in two places
    assert correct("国民健康保険事業会計") == "国民健康保険事業会計"
    assert correct("国民健康保除特別会計") == "国民健康保険特別会計"


def test_lexicon_puts_back_a_dropped_character_in_a_long_piece() -> None:
    assert correct("滞納越分収納率20.33%", cell=True) == "滞納繰越分収納率20.33%"
    assert correct("主な取組み") == "主な取組み"  # no character doubled next to a word


def test_wrapped_label_kept_as_read_when_the_pieces_run_on_into_a_word() -> None:
    from saiken.extract.ocr import wrapped_as_read

    # 国民健康 / 保険税: corrected alone, 保険税 looked like 保険料
    assert wrapped_as_read("国民健康", "保険税", "国民健康", "保険料") == ("国民健康", "保険税")
    assert wrapped_as_read("収入", "未済額", "収入", "未済額") == ("収入", "未済額")
    assert wrapped_as_read("あいう", "えお", "あいう", "えお") == ("あいう", "えお")  # no word: left as corrected


def test_ctc_scores_prefer_the_spelling_the_frames_support() -> None:
    import numpy as np

    from saiken.extract.ocr_engines import Frames

    # 5 frames over an alphabet of 4 (0 blank): A at 1, B or C at 3 (B likelier), blanks between
    probs = np.array([[0.9, 0.05, 0.03, 0.02], [0.05, 0.9, 0.03, 0.02], [0.9, 0.05, 0.03, 0.02],
                      [0.1, 0.02, 0.6, 0.28], [0.9, 0.05, 0.03, 0.02]], dtype=np.float32)
    f = Frames(np.argsort(-probs, axis=1)[:, :3].astype(np.int32), -np.sort(-probs, axis=1)[:, :3])
    ab, ac, a = f.logp([1, 2]), f.logp([1, 3]), f.logp([1])
    assert ab > ac > a
    assert -1.0 < ab < 0.0  # the best path alone is 0.9 * 0.9 * 0.9 * 0.6 * 0.9 (log −0.83); others add to it


def test_a_lone_closing_bracket_after_an_open_one_is_no_speck() -> None:
    from saiken.extract.ocr import TextBox, closes_bracket

    a = TextBox(100, 10, 200, 30, "実績又は効果（", 0.95)
    b = TextBox(210, 10, 216, 30, ")", 0.8)
    c = TextBox(600, 10, 606, 30, ")", 0.8)
    assert closes_bracket(b, [a, b, c])
    assert not closes_bracket(c, [a, b, c])


def test_prose_repairs_of_this_round() -> None:
    assert to_japanese("滞納繰越分は14。9％で") == "滞納繰越分は14.9％で"
    assert to_japanese("令和6年度。1件") == "令和6年度。1件"
    assert to_japanese("[(イ)+(口)]") == "[(イ)+(ロ)]"
    assert to_japanese("（A十B）") == "（A+B）"
    assert to_japanese("人口") == "人口"
    assert to_japanese("搜索件数") == "捜索件数"


def test_no_correction_of_hiragana_or_on_okurigana_alone() -> None:
    assert correct("(2)集める実績") == "(2)集める実績"  # not 占める
    assert correct("実行目標及び実績について") == "実行目標及び実績について"  # not 及の
    assert correct("出席委員（7名）") == "出席委員（7名）"  # not 出席者委員
    assert correct("会計名", cell=True) == "会計名"  # not 会計名称
    assert correct("滞燥分収入率", cell=True) == "滞繰分収入率"


def test_wrapped_label_that_is_a_piece_of_one_word_stays_as_read() -> None:
    from saiken.extract.ocr import wrapped_as_read

    assert wrapped_as_read("受益者負", "担金", "受益者負", "負担金") == ("受益者負", "担金")


def test_debt_name_parts_are_words_and_a_yen_figure_with_three_decimals_is_grouped() -> None:
    from saiken.extract.ocr import clean_text

    assert clean_text("奨学金貸付金返還金", True) == "奨学金貸付金返還金"  # not 奨学資金貸付金返還金
    assert clean_text("返還金", True) == "返還金"  # not 条返還金
    assert clean_text("38.500千円", True) == "38,500千円"
    assert clean_text("38.5千円", True) == "38.5千円"
