"""Data of the round-2 blind progress sheet: 大阪市 令和元年度 後半の取組 / 具体取組内容の取組状況 (10月末).

Each debt carries its rates (10月末, 決算見込, 目標, with the 前年度 value of each) per segment, the
後半の取組 items, the 取組内容 items and the 取組状況 prose. Two debts also carry a ward table.
"""
from __future__ import annotations

import random

YEAR_LABEL = "令和元年度"
PREV_LABEL = "平成30年度"
AS_OF = "10月末"

WARDS = ["北区", "都島区", "福島区", "此花区", "中央区", "西区", "港区", "大正区", "天王寺区", "浪速区",
         "西淀川区", "淀川区", "東淀川区", "東成区", "生野区", "旭区", "城東区", "鶴見区", "阿倍野区",
         "住之江区", "住吉区", "東住吉区", "平野区", "西成区"]


def ward_rates(seed: int, base: dict[str, tuple[float, float]]) -> dict[str, dict[str, tuple[float, float]]]:
    """Per ward and segment: (this year's 10月末 rate, last year's), one decimal; 24区合計 is the mean."""
    rnd = random.Random(seed)
    out: dict[str, dict[str, tuple[float, float]]] = {}
    for w in WARDS:
        out[w] = {}
        for seg, (cur, prev) in base.items():
            spread = 4.0 if seg == "current" else 3.0
            a = min(99.8, round(cur + rnd.uniform(-spread, spread), 1))
            b = min(99.8, round(prev + rnd.uniform(-spread, spread), 1))
            out[w][seg] = (a, b)
    total = {seg: (round(sum(out[w][seg][0] for w in WARDS) / len(WARDS), 1),
                   round(sum(out[w][seg][1] for w in WARDS) / len(WARDS), 1)) for seg in base}
    return {"24区合計": total, **out}


# rates: segment -> metric -> (this year, 前年度)
DEBTS = [
    {
        "name": "国民健康保険料", "number": "026", "dept": "福祉局生活福祉部保険年金課",
        "style": "text",
        "rates": {
            "arrears": {"interim": (16.8, 15.9), "estimate": (25.6, 24.9), "target": (25.6, 24.4)},
            "current": {"interim": (88.1, 87.6), "estimate": (90.3, 89.9), "target": (90.3, 89.7)},
        },
        "half": {
            "arrears": [
                ("（１）", "財産調査の結果、差押可能財産が判明した世帯について、局から送付するリストを活用し、差押予告書を速やかに発送するとともに、なお納付しない世帯については厳正に滞納処分を執行する。"),
                ("（２）", "資格喪失世帯の一覧を活用した文書による納付督励を実施し、未納保険料の解消を図る。"),
                ("（３）", "文書返戻世帯について居所確認調査を速やかに実施し、不現住処理を徹底する。"),
            ],
            "current": [
                ("（１）", "督促状発付後ただちに民間事業者から１期未納世帯に対し電話督励を行い、指定期限までに納付がない場合は財産調査を速やかに実施する。"),
                ("（２）", "口座振替の勧奨をあらゆる窓口で行い、口座振替加入率の向上を図る。"),
                ("（３）", "納付誓約不履行世帯については、差押予告の送付など滞納状況に応じた対策を徹底する。"),
            ],
        },
        "plan": [
            ("・", "ペイジー口座振替受付サービスを活用した口座振替の勧奨と、区長マネジメントによる各区の特性に応じた収納率向上の取組を継続して実施する。"),
            ("・", "市債権回収対策室と連携し、勤務先への照会及び実地調査を行い、給与差押を推進する。"),
        ],
        "status": "・10月末時点の口座振替加入率は前年同月比0.4ポイント増の47.9％となっている。\n・現年度分の10月末収納率は前年同月比0.5ポイント増と前年度を上回っており、引き続き目標収納率の達成をめざす。",
        "ward_seed": 11,
    },
    {
        "name": "介護保険料", "number": "064", "dept": "福祉局高齢者施策部介護保険課",
        "style": "table",
        "rates": {
            "current": {"interim": (97.2, 97.0), "estimate": (98.3, 98.2), "target": (98.3, 98.1)},
            "arrears": {"interim": (11.4, 10.9), "estimate": (17.2, 16.8), "target": (17.2, 16.5)},
        },
        "half": {
            "current": [
                ("①", "65歳到達による資格取得後、特別徴収が開始されるまでの早期滞納者に対し、民間委託業者による電話・訪問督励を行う。"),
                ("②", "年間を２期に分けて実施する収納対策により、各区において納付督励文書や差押予告を送付し、滞納者との接触を図る。"),
            ],
            "arrears": [
                ("①", "第１段階を除くすべての段階の滞納者について財産調査を徹底し、再三の催告に応じない滞納者には差押を執行する。"),
                ("②", "給与所得のある課税層滞納者について、市税照会等により勤務先を調査し、勤務先調査予告を実施する。"),
                ("③", "不現住と疑われる者への現地調査と住民基本台帳の職権消除依頼により、被保険者資格の適正化を図る。"),
            ],
        },
        "plan": [
            ("①", "滞納処分の実施を見据え、財産調査を徹底し、差押も視野に入れた滞納保険料の徴収強化を図る。"),
            ("②", "各区による早期滞納者・高額滞納者への徴収強化として、最終催告書を送付する。"),
        ],
        "status": "①令和元年9月末までに財産調査を実施し、差押を執行した。\n②第１次対策期間の取組を10月から実施し、各区において納付勧奨を行っている。",
        "ward_seed": 23,
    },
    {
        "name": "生活保護費返還金（保護費収入）", "number": "016", "dept": "福祉局生活福祉部保護課",
        "style": "text_fullwidth",
        "rates": {
            "arrears": {"interim": (2.1, 1.9), "estimate": (3.2, 3.1), "target": (3.2, 3.0)},
            "current": {"interim": (43.5, 40.2), "estimate": (63.8, 62.9), "target": (63.8, 62.5)},
        },
        "half": {
            "arrears": [
                ("・", "資力を回復した債務者への財産調査を実施し、財産調査終了後は差押え予告や滞納処分などの必要な措置を講じる。"),
                ("・", "時効年限を経過した債権の不納欠損処分を適切に行うとともに、破産免責決定を受けた者の債権について債権放棄を行う。"),
            ],
            "current": [
                ("・", "法第７８条徴収金については、保護費からの申出による徴収の活用を推進し、活用率が低調な実施機関には個別にヒアリングを行う。"),
                ("・", "少額滞納案件に係る徴収を徹底し、効率的な債権管理をめざす。"),
            ],
        },
        "plan": [
            ("・", "生活保護を受給していない債務者のうち資力を回復した者について、各実施機関からの報告に基づき居所調査及び財産調査を実施する。"),
            ("・", "申出による徴収の推奨にあたり、他の実施機関の事例を参考として提供する。"),
        ],
        "status": "・各実施機関からの報告に基づき、居所調査・財産調査を実施している。\n・破産決定を受けた者に係る債権放棄議案の提出に向け、関係局と調整している。",
        "ward_seed": None,
    },
    {
        "name": "市営住宅使用料", "number": "001", "dept": "都市整備局住宅部管理課",
        "style": "table_prev_first",
        "rates": {
            "arrears": {"interim": (24.7, 23.1), "estimate": (29.5, 28.4), "target": (22.9, 22.7)},
            "current": {"interim": (98.0, 97.9), "estimate": (99.5, 99.5), "target": (99.5, 99.6)},
        },
        "half": {
            "arrears": [
                ("・", "【継続】退去滞納者について、文書督促や現地訪問督促を実施し、支払いのない者は弁護士法人に回収を委託する。"),
                ("・", "【拡充】委託先で督促を行っても支払いがない者に対しては、速やかに法的措置へ移行する。"),
            ],
            "current": [
                ("・", "【継続】滞納期間３か月未満の短期滞納者に対し、住宅供給公社において電話督促や呼出しによる納付指導を集中的に行う。"),
                ("・", "【新規】納付書で納付している入居者に口座振替依頼書を送付し、口座振替を奨励する。"),
            ],
        },
        "plan": [
            ("・", "【継続】所在不明の者について、定期的な住民票の取得により早期に転居先を把握する。"),
            ("・", "【継続】時効到来のおそれのある者に対しては、支払督促の取組を実施する。"),
        ],
        "status": "・10月末時点の委託案件回収額は6,812千円となっている。\n・10月末時点の即決和解申出件数は88件である。",
        "ward_seed": None,
    },
]

WARD_TABLES = {
    d["name"]: ward_rates(d["ward_seed"], {s: (v["interim"][0], v["interim"][1]) for s, v in d["rates"].items()})
    for d in DEBTS if d["ward_seed"] is not None
}
# The 24区合計 row prints the same figures as the sheet's 10月末 rates.
for _d in DEBTS:
    if _d["name"] in WARD_TABLES:
        WARD_TABLES[_d["name"]]["24区合計"] = {s: v["interim"] for s, v in _d["rates"].items()}
