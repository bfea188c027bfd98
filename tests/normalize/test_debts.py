"""The 債権 dictionary: every debt printed in the five seed documents maps to an entry; unknown names never do."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from saiken.normalize.debts import DebtDictionary, load_dictionary, match_debt, name_key, parse_dictionary
from saiken.normalize.errors import NormalizeError

#: 尼崎市「本市の収入未済額の状況」債権一覧 (76 debts), as printed.
AMAGASAKI = [
    "市税",
    "国民健康保険料",
    "一般被保険者返納金",
    "一般被保険者第三者納付金",
    "その他の雑入",
    "後期高齢者医療保険料",
    "その他の雑入(給与等過年度戻入)",
    "その他の雑入(特別定額給付金に係る返還金)",
    "更生援護資金貸付金回収金",
    "同和更生生業資金貸付金回収金",
    "災害援護資金貸付金回収金",
    "高齢者住宅整備資金貸付金回収金",
    "緊急通報装置利用者自己負担金",
    "生活援助員派遣事業利用者負担金(特別会計)",
    "在宅高齢者等あんしん通報サービス利用者自己負担金",
    "介護保険料",
    "介護保険事業費・返納金",
    "老人保健医療費収入",
    "福祉医療返還金",
    "障害者(児)自立支援事業費利用者負担金",
    "福祉施設電話料等実費弁償金",
    "ホームヘルプサービス事業負担収入",
    "障害福祉関係施設給食負担収入",
    "特障手当等返還金",
    "生活保護費返還金等収入",
    "医療・介護返還金等(前:生活保護費過年度戻入)",
    "行旅死亡人取扱事業費返還金",
    "支援給付費等返還金",
    "児童福祉費負担金(助産施設、母子生活支援施設)",
    "福祉施設入所者等自己負担金(老人)",
    "住宅手当過年度収入",
    "尼崎市臨時診療所に係る診療費",
    "公害健康補償給付返還金",
    "墓地使用料(年間使用料)",
    "動物保管実費弁償金",
    "動物返還料",
    "母子福祉資金元利収入",
    "寡婦福祉資金元利収入",
    "子ども手当返還金",
    "児童手当返還金",
    "児童扶養手当返還金",
    "児童福祉費負担金",
    "保育所使用料",
    "保育所給食費収入",
    "傷害保険加入負担金等",
    "児童ホーム使用料",
    "児童ホームおやつ提供業務利用料",
    "放課後児童健全育成事業費補助金戻入金",
    "尼崎コスモ工業団地滞納賃料",
    "尼崎コスモ工業団地滞納違約金",
    "緊急つなぎ資金貸付金",
    "しごと支援施設使用料",
    "市場使用料",
    "電気料等実費弁償金",
    "空家対策推進事業に係る債権",
    "住宅家賃",
    "市営住宅駐車場使用料",
    "住宅資金貸付金",
    "市営住宅維持管理負担収入",
    "市営住宅一時使用料",
    "道路占用料",
    "土地水面使用料",
    "簡易耐震診断推進事業負担収入",
    "高等学校授業料",
    "幼稚園保育料",
    "私立大学等入学支度金貸付金回収金",
    "修学援助金(過年度分)戻入金",
    "学校給食費",
    "水道料金",
    "修繕料",
    "下水道使用料",
    "工業用水道料金",
    "修繕工事弁償金",
    "水洗便所改造資金貸付金償還金",
    "店舗等使用料",
    "その他雑収益",
]
#: 世田谷区 債権別の収入未済額内訳 (rows naming one debt) and the plan's text.
SETAGAYA = [
    "特別区民税", "軽自動車税（種別割）", "土地貸付", "奨学資金等貸付金返還金", "女性福祉資金貸付金返還金（利子含）",
    "区民生活事業資金貸付金返還金", "応急小口資金貸付金返還金", "母子及び父子福祉応急小口資金貸付金返還金", "生活保護費",
    "児童手当等返還金", "自立支援給付利用者負担金", "心身障害者福祉手当・福祉手当過払い金", "学童クラブ間食費",
    "区立保育園（緊急・一時）保育料", "非常勤職員社会保険料", "原状回復工事費", "使用料相当額弁償金",
    "区立保育園入所者給食費収入", "保育園保育料", "養護老人ホーム入所者負担金", "入院助産入所者負担金",
    "児童福祉施設等入所者負担金", "区営住宅使用料（共益費含）", "けやきネット施設利用料", "高齢者集合住宅使用料",
    "区立幼稚園保育料", "新ＢＯＰ（学童クラブ）利用料", "公園有料施設料", "けやきネットシステム登録手数料",
    "国民健康保険料", "第三者行為損害賠償金等", "無資格受診等返還金等", "後期高齢者医療保険料", "介護保険料",
    "居宅介護サービス給付費", "居宅介護サービス給付金", "高額介護サービス費", "学校給食費", "特別区税",
]
#: 静岡市 取組個票 / 取組方針 and the DX table's short names.
SHIZUOKA = [
    "市税", "市 税", "国民健康保険料(税)", "後期高齢者医療保険料", "介護保険料", "市立清水病院診療収入等",
    "生活保護費返還金、徴収金等", "生活保護返還金、徴収金等", "母子・父子・寡婦福祉資金貸付金元金・利子、違約金",
    "母子・父子・寡婦福祉資金貸付金 元金・利子、違約金", "水道料金、下水道使用料", "水道料金", "下水道使用料",
    "国保", "後期", "介護", "生保", "清水病院", "母子父子", "水道", "下水道", "上下水", "住宅使用料", "保育料",
    "学校給食費", "下水受益者負担金", "後期高齢", "市営住宅使用料", "保育所保育料", "行政財産目的外使用料",
]
#: 大阪市 後半の取組 sheets.
OSAKA = ["国民健康保険料", "市税", "生活保護費返還金（保護費収入）", "介護保険料", "住宅使用料", "保育所保育料"]
#: さいたま市 議事要旨.
SAITAMA = [
    "市税", "国民健康保険税", "後期高齢者医療保険料", "生活保護費返還金", "入院医療費", "保育施設等利用者負担額",
    "放課後児童健全育成事業保護者負担金", "保護者給食費負担金", "下水道事業受益者負担金", "水洗便所改造資金貸付金",
    "し尿処理手数料", "入学準備金・奨学金貸付金", "放課後児童クラブの利用料",
]
SEED_NAMES = sorted({*AMAGASAKI, *SETAGAYA, *SHIZUOKA, *OSAKA, *SAITAMA})


def test_seed_lists_are_complete() -> None:
    assert len(AMAGASAKI) == 76
    assert len(SEED_NAMES) >= 140


@pytest.mark.parametrize("name", SEED_NAMES)
def test_every_seed_debt_name_maps_to_an_entry(name: str) -> None:
    m = match_debt(name)
    assert m.canonical is not None, f"{name}: 候補 {m.candidates}"
    assert m.code in ("A", "B", "C", "D") and m.debt_class


# (printed, canonical, code): the same debt across cities maps to one name
CROSS_CITY = [
    ("国民健康保険料(税)", "国民健康保険料", "B"), ("国民健康保険税", "国民健康保険料", "B"), ("国保", "国民健康保険料", "B"),
    ("特別区民税", "特別区民税", "A"), ("個人市民税", "個人市民税", "A"), ("固定資産税", "固定資産税", "A"),
    ("軽自動車税（種別割）", "軽自動車税", "A"), ("特別区税", "市税", "A"),
    ("生活保護費返還金等収入", "生活保護費返還金", "B"), ("生活保護費返還金（保護費収入）", "生活保護費返還金", "B"),
    ("生活保護費返還金、徴収金等", "生活保護費返還金", "B"),
    ("保育所保育料", "保育料", "B"), ("保育園保育料", "保育料", "B"), ("保育施設等利用者負担額", "保育料", "B"),
    ("住宅家賃", "市営住宅使用料", "D"), ("区営住宅使用料（共益費含）", "市営住宅使用料", "D"),
    ("市立清水病院診療収入等", "病院診療費", "D"), ("入院医療費", "病院診療費", "D"),
    ("一般被保険者第三者納付金", "国民健康保険第三者納付金", "D"), ("第三者行為損害賠償金等", "国民健康保険第三者納付金", "D"),
]


@pytest.mark.parametrize(("raw", "canonical", "code"), CROSS_CITY, ids=[c[0] for c in CROSS_CITY])
def test_same_debt_across_cities(raw: str, canonical: str, code: str) -> None:
    m = match_debt(raw)
    assert (m.canonical, m.code) == (canonical, code)


def test_tax_parts_have_parent_city_tax() -> None:
    d = load_dictionary()
    for name in ("特別区民税", "個人市民税", "法人市民税", "固定資産税", "軽自動車税"):
        assert d.entries[name].parent == "市税"
        assert d.entries[name].code == "A"


def test_mixed_class_debt() -> None:
    m = match_debt("生活保護費返還金")
    assert m.debt_class == "強制徴収公債権・非強制徴収公債権"


@pytest.mark.parametrize(
    ("raw", "method"),
    [("　国民健康保険料　", "exact"), ("国民健康保険料（ 税 ）", "exact"), ("女性福祉資金貸付金返還金(利子含む)", "qualifier"),
     ("ｼ尿処理手数料", None)],
)
def test_matching_normalizes_spacing_and_brackets(raw: str, method: str | None) -> None:
    assert match_debt(raw).method == method


@pytest.mark.parametrize("raw", ["市営住宅駐車場料", "その他の雑入(不明な内訳)", "謎の債権", "住宅"])
def test_unknown_names_are_not_mapped(raw: str) -> None:
    m = match_debt(raw)
    assert m.canonical is None and m.code is None
    assert m.candidates and len(m.candidates) <= 3


def test_unknown_name_has_closest_candidates() -> None:
    assert match_debt("市営住宅駐車場料").candidates[0] == "市営住宅駐車場使用料"


SMALL = {
    "qualifiers": ["税"],
    "debts": [
        {"name": "市税", "class": "強制徴収公債権", "code": "A"},
        {"name": "個人市民税", "class": "強制徴収公債権", "parent": "市税"},
        {"name": "国民健康保険料", "class": "強制徴収公債権", "aliases": ["国保"]},
        {"name": "し尿処理手数料", "class": "非強制徴収公債権"},
        {"name": "水道料金", "class": "私債権"},
    ],
}


def test_small_dictionary_codes_and_qualifiers() -> None:
    d = parse_dictionary(SMALL)
    assert d.entries["個人市民税"].code == "A"
    assert d.entries["し尿処理手数料"].code == "C"
    assert d.match("国民健康保険料（税）").method == "qualifier"
    assert d.match("国保").canonical == "国民健康保険料"


@pytest.mark.parametrize(
    ("change", "message"),
    [({"aliases": ["国保"]}, "両方"), ({"class": "公債権"}, "class"), ({"parent": "県税"}, "parent"),
     ({"code": "E"}, "A〜D")],
)
def test_dictionary_errors_name_the_problem(change: dict[str, object], message: str) -> None:
    bad = {"qualifiers": [], "debts": [*SMALL["debts"], {"name": "水道使用料", "class": "私債権", **change}]}
    with pytest.raises(NormalizeError, match=message):
        parse_dictionary(bad, "debts.yaml")


def test_name_key() -> None:
    assert name_key("国民健康保険料 （税）") == "国民健康保険料(税)"
    assert name_key("水道料金，下水道使用料") == "水道料金、下水道使用料"


def test_shipped_dictionary_loads() -> None:
    d = load_dictionary()
    assert isinstance(d, DebtDictionary) and len(d.entries) >= 90


@given(st.text(max_size=30))
def test_match_never_raises(text: str) -> None:
    m = match_debt(text)
    assert m.raw == text
