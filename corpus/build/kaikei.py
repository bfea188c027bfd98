"""Build corpus/pdf/setagaya_plan_r4_5.pdf and corpus/gold/setagaya_plan_r4_5.json from one data source.

    python corpus/build/kaikei.py

The 世田谷区債権管理重点プラン（令和４～５年度） is rebuilt from the seed text
(../shared/seeds/setagaya_plan_r4_5.txt) the way a ward office makes it: a Word file (python-docx) with a cover
page, a running header, page numbers from 1 after the cover, headings and prose with full-width digits, the
会計別 収入未済額 table (千円) and the 債権別 内訳 table (円) with vertically merged 会計/款 cells, split over two
pages with its header and (単位：円) note printed again; LibreOffice headless converts it to PDF.

The figures below are transcribed from the seed and are the single source of both the PDF and the gold file.
After the build, every gold fact and 取組 item is looked up on its gold page of the built PDF (PyMuPDF text
search); a mismatch stops the build.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf
from docx import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from corpus.build.office import BUILD_OUT, to_pdf  # noqa: E402
from saiken.extract.records import Document, DocumentInfo, Fact, Initiative, Source, Table  # noqa: E402
from saiken.normalize.text import fold  # noqa: E402

STEM = "setagaya_plan_r4_5"
MINCHO, GOTHIC = "IPAexMincho", "IPAexGothic"
TITLE = "世田谷区債権管理重点プラン（令和４～５年度）"
DATE_RAW, DATE_ISO = "令和４年３月", "2022-03-01"
MUNICIPALITY = "世田谷区"

# ---------------------------------------------------------------------------------------------------------------
# Data: the two 収入未済額 tables
# ---------------------------------------------------------------------------------------------------------------

KAIKEI_UNIT = "（単位：千円）"
KAIKEI_CAPTION = "区の保有する全債権（会計区分ごと）にかかる収入未済額"
KAIKEI_HEADER = ("会計名称", "令和元年度(2019年度)", "令和２年度(2020年度)")
KAIKEI_YEARS = (2019, 2020)
KAIKEI_YEARS_RAW = ("令和元年度(2019年度)", "令和２年度(2020年度)")
#: 会計名称 → 収入未済額 (千円) for 令和元年度, 令和２年度; the last row is the printed 合計.
KAIKEI_ROWS: list[tuple[str, tuple[int, int]]] = [
    ("一般会計", (5_346_229, 5_129_583)),
    ("国民健康保険事業会計", (5_480_189, 4_849_580)),
    ("後期高齢者医療会計", (320_135, 257_223)),
    ("介護保険事業会計", (458_405, 383_944)),
    ("学校給食費会計", (34_386, 39_267)),
    ("合計", (11_639_343, 10_659_598)),
]

SAIKEN_CAPTION = "令和２年度（２０２０年度） 区の保有する全債権にかかる収入未済額内訳"
SAIKEN_YEAR, SAIKEN_YEAR_RAW = 2020, "令和２年度（２０２０年度）"
SAIKEN_UNIT = "（単位：円）"
SAIKEN_HEADER = ("会計名称", "款名称等", "", "債権名", "収入未済額")  # 款名称等 spans two columns
SAIKEN_TOTAL_LABEL = "合  計"
SAIKEN_TOTAL = 10_659_597_824


@dataclass
class Group:
    """A 款 (or a 項/節 under it) whose cell is merged over the rows of its children."""

    name: str
    children: list[Group | Leaf]


@dataclass
class Leaf:
    """One 債権 row: its 債権名 and 収入未済額 in yen."""

    name: str
    yen: int


def G(name: str, *children: Group | Leaf) -> Group:
    """A merged group cell over its children."""
    return Group(name, list(children))


def L(name: str, yen: int) -> Leaf:
    """One 債権 row."""
    return Leaf(name, yen)


def same(name: str, yen: int) -> Group:
    """A 項 whose only 債権 has the same name (特別区民税 | 特別区民税)."""
    return G(name, L(name, yen))


#: 会計 → 款 → 項・節 → 債権, as the seed's 内訳 table prints it. Each part is one printed page of the table.
SAIKEN_PARTS: list[list[Group]] = [
    [G("一般会計",
       G("特別区税", same("特別区民税", 2_917_397_082), G("軽自動車税", L("軽自動車税（種別割）", 38_126_963))),
       G("財産収入", G("財産運用収入", L("土地貸付", 409_992))),
       G("諸収入",
         G("貸付金返還金",
           L("奨学資金等貸付金返還金", 60_601_956),
           L("女性福祉資金貸付金返還金（利子含）", 48_271_522),
           L("区民生活事業資金貸付金返還金", 14_646_335),
           L("応急小口資金貸付金返還金", 30_024_074),
           L("母子及び父子福祉応急小口資金貸付金返還金", 8_834_300),
           L("中小企業振興事業資金貸付金返還金、福祉奨学資金等貸付金返還金、災害応急援護資金貸付金返還金（利子含）",
             5_012_674)),
         same("生活保護費", 1_622_670_441),
         same("児童手当等返還金", 20_043_810),
         G("違約金・賠償金", L("奨学資金等貸付違約金、契約違約金、前払金返還利息、賠償金、区広報板破損に伴う損害賠償金",
                            4_335_692)),
         G("利用者負担金", L("自立支援給付利用者負担金", 4_039_790)),
         G("参加料・利用料", L("福祉緊急対応、ひとり親・養育困難家庭、成年後見制度、高齢者トワイライトステイモデル事業"
                            "（緊急雇用創出事業）、次大夫堀公園自然体験農園事業、中学校土曜講習会", 8_161_688)),
         G("その他 返還金・戻入金等",
           L("心身障害者福祉手当・福祉手当過払い金", 3_123_780),
           L("学童クラブ間食費", 545_000),
           L("行旅病人死亡人、移動支援サービス返還金 等", 4_673_192)),
         G("緊急・一時保育料", L("区立保育園（緊急・一時）保育料", 839_225)),
         G("住宅共益費、住宅利用料", L("子育てファミリー住宅共益費、特定公共賃貸住宅共益費、区立地域優良賃貸住宅共益費",
                                 1_191_000)),
         G("納付金", L("非常勤職員社会保険料", 866_057))))],
    [G("一般会計",
       G("諸収入",
         G("光熱水費等負担金", L("桜丘区民センター、在宅復帰施設（烏山）、上北沢ホーム、特養老人ホーム", 1_441_567)),
         same("原状回復工事費", 3_340_440),
         same("使用料相当額弁償金", 6_784_480),
         G("保育園給食費", L("区立保育園入所者給食費収入", 6_426_360))),
       G("分担金及負担金",
         G("保育所費", L("保育園保育料", 209_613_202)),
         G("老人福祉施設費", L("養護老人ホーム入所者負担金", 1_217_372)),
         G("児童保護費", L("入院助産入所者負担金", 296_200)),
         G("児童福祉施設等費", L("児童福祉施設等入所者負担金", 3_821_600))),
       G("使用料及手数料",
         G("公的住宅",
           L("区営住宅使用料（共益費含）", 62_812_622),
           L("特定公共賃貸住宅（基金）使用料、子育てファミリー住宅使用料、区立地域優良賃貸住宅使用料", 19_695_427)),
         G("区民センター、地区会館等", L("けやきネット施設利用料", 5_983_780)),
         G("高齢者住宅", L("高齢者集合住宅使用料", 1_550_940)),
         G("幼稚園", L("区立幼稚園保育料", 2_138_350)),
         G("民生施設", L("高齢者在宅サービスセンター（開放分）、奥沢福祉園使用料、在宅復帰施設（烏山）使用料、"
                      "障害者緊急一時保護（なかまっち）使用料、身体障害者自立体験ホーム使用料、児童館、"
                      "池之上青少年交流センター使用料", 254_746)),
         G("教育施設", L("新ＢＯＰ（学童クラブ）利用料", 8_842_450)),
         G("公園施設", L("公園有料施設料", 664_520)),
         G("けやきネット手数料", L("けやきネットシステム登録手数料", 884_500)))),
     G("国民健康保険事業会計",
       G("国民健康保険料", same("国民健康保険料", 4_753_477_097)),
       G("諸収入",
         G("第三者納付金", L("第三者行為損害賠償金等", 10_270_460)),
         G("返納金", L("無資格受診等返還金等", 85_832_836)))),
     G("後期高齢者医療会計",
       G("後期高齢者医療保険料", same("後期高齢者医療保険料", 257_222_681))),
     G("介護保険事業会計",
       G("保険料", G("介護保険料", L("介護保険料", 351_990_524))),
       G("諸収入",
         G("返納金", L("居宅介護サービス給付費", 14_144_544)),
         G("加算金", L("居宅介護サービス給付金", 6_637_817)),
         G("雑入", L("居宅介護サービス給付費", 10_982_689), L("高額介護サービス費", 188_629)))),
     G("学校給食費会計",
       G("給食費", G("給食費収入", L("学校給食費", 39_267_418))))],
]

# ---------------------------------------------------------------------------------------------------------------
# Data: prose, page by page (the seed's page breaks). Blocks: ("h1"|"h2"|"h3"|"p"|"ref"|"refh", text),
# ("item", label, text) for numbered 取組 paragraphs, ("table", name) for the tables above.
# ---------------------------------------------------------------------------------------------------------------

Block = tuple[str, ...]

P1: list[Block] = [
    ("h1", "１　区民負担の公平性・公正性の確保のために"),
    ("p", "世田谷区では、新型コロナウイルス感染症による影響を鑑みて策定した「世田谷区政策方針（令和２年９月～令和３年度）」"
          "に基づき、コロナ禍により大きく変化する社会状況を踏まえ、次期基本計画につながる計画として、「世田谷区未来つながる"
          "プラン２０２２－２０２３（実施計画）」を策定し、様々な施策を推進していく方針である。"),
    ("p", "令和４年度の財政見通しは、歳入の根幹である特別区民税において、新型コロナウイルス感染症の影響が長引くとともに、"
          "ふるさと納税による税収減が年々拡大するなど、様々な課題があるなかで、一層厳しい状況が続くものと見込まれる。"),
    ("p", "区は、これまで特別区民税や国民健康保険料をはじめとした各種債権に多額の収入未済がある状況を踏まえ、「世田谷区債権"
          "管理重点プラン」を策定して、平成３０～令和３年度（２０１８～２０２１年度）の４か年にわたり、収納率の向上と収入"
          "未済額の縮減に取組み、一定の成果を上げてきたところである。しかしながら、予断を許さない財政状況を鑑み、引き続き、"
          "持続可能で、強固な財政基盤の確立に加え、区民に信頼される行政経営改革の推進のために、区民負担の公平性、公正性の"
          "確保に向けて収納率の向上を目指し、適正な債権管理に努めていく必要がある。"),
    ("p", "そこで、上述の「世田谷区未来つながるプラン２０２２－２０２３（実施計画）」と整合を図り、新たに令和４～５年度"
          "（２０２２～２０２３年度）における債権管理重点プランを策定する。本プランでは、目標収納率に関しての根拠を明確に"
          "示し、区の適切な債権管理について、区民への説明責任を果たしていくとともに、ＤＸの推進によるＩＣＴを活用した債権"
          "管理事務の実施など、各種債権のより一層の適切な管理に努め、プランに沿った滞納の予防や、債権回収に向けた取組みを"
          "着実に進めていく。"),
    ("h3", "＜区の債権の状況＞"),
    ("caption", KAIKEI_CAPTION),
    ("unit", KAIKEI_UNIT),
    ("table", "kaikei"),
]

P2: list[Block] = [("caption", SAIKEN_CAPTION), ("unit", SAIKEN_UNIT), ("table", "saiken0")]
P3: list[Block] = [("unit", SAIKEN_UNIT), ("table", "saiken1")]

#: The two approximate figures the prose of page 4 prints: (text, fiscal year, year raw, yen).
PROSE_FIGURES = [("約１０７億円", 2020, "令和２年度（２０２０年度）", 10_700_000_000),
                 ("約１３９億円", 2016, "平成２８年度（２０１６年度）", 13_900_000_000)]

P4: list[Block] = [
    ("h1", "２　これまでの取組みにおける実績評価と課題"),
    ("p", "令和２年度（２０２０年度）の区の保有する全債権にかかる収入未済額は約１０７億円であった。前期プラン策定時の"
          "約１３９億円（平成２８年度（２０１６年度））と比較すると約３２億円の減となっており、前期プランの取組みが一定の"
          "成果を上げたものと評価できる。"),
    ("p", "また、令和２年度においては、新型コロナウイルス感染症の影響により収納率の低下が見込まれるなか、収入が減少した"
          "世帯に対し、減免や徴収猶予等を活用するなど、個々の状況に応じた丁寧な対応を行い、収納率の向上、収入未済額の縮減に"
          "努めた。"),
    ("p", "本プランの策定にあたり、前期プランの実績及び課題を踏まえて、今後の取組みを進めていく。"),
    ("h2", "（１）実績"),
    ("h3", "① 現年分徴収の徹底"),
    ("p", "滞納の累積化を未然に防ぐためには、滞納整理の早期着手が必要であることから、口座振替の利用促進、文書、電話及び"
          "訪問による催告の実施など、様々な取組みを確実に行い、現年分徴収の徹底を図った。"),
    ("h3", "② 公法上の債権（強制徴収公債権）における滞納処分の強化"),
    ("p", "強制徴収が行える公債権においては、預貯金や生命保険等の財産調査を積極的に行い、差押え等の滞納処分の強化を"
          "図った。また、特別区民税においては、滞納が累積した債務者に対し、捜索や不動産公売を行うなど、徹底した滞納処分を"
          "実施した。"),
    ("refh", "〔参考〕公法上の債権と私法上の債権の違いについて"),
    ("ref", "公法上の債権には、特別区民税をはじめとして、国民健康保険料、介護保険料、後期高齢者医療保険料、保育園保育料等が"
            "ある。特別区民税においては、地方税法に滞納処分に関する規定があり、また、それ以外の債権についても、それぞれの根拠"
            "とする法律に「国税又は地方税の滞納処分の例を準用する」旨の規定があり、区が自ら強制徴収をする手段が認められて"
            "いる（強制徴収公債権）。それに対して、私法上の債権である区営住宅使用料、学校給食費、各種の貸付金等は、私法に"
            "基づく契約であるため、区が独力で強制徴収することはできない。"),
    ("h3", "③ 私法上の債権における履行確保の強化"),
    ("p", "再三の催告にもかかわらず、正当な理由もなく支払いに応じない債務者に対し、弁護士に委任し、訴訟等による司法的"
          "手段を用いて、整理・回収を図った。"),
    ("p", "また、多重債務等の問題を抱える債務者に対しては、弁護士の専門的なノウハウに基づく納付相談を行い、適宜、法テラス"
          "等による債務整理につなぐなど、債務者の生活再建を考慮した対応を行った。"),
]

P5: list[Block] = [
    ("h3", "④ 電話催告センター等の活用"),
    ("p", "滞納整理の早期着手の観点から、特別区民税、国民健康保険料、介護保険料（令和元年度より開始）、保育園保育料、"
          "区営住宅使用料、学校給食費において、民間事業者に運営を委託した電話催告センター等を活用した。主に滞納初期の段階"
          "において、スピーディーに未納のお知らせと納付勧奨を行い、徴収困難者の発生を未然に防ぐことを狙いとし、一定の効果を"
          "上げている。"),
    ("refh", "〔参考〕電話催告センターについて"),
    ("ref", "電話催告センターの運営は民間事業者に委託しており、土曜、日曜、祝日も納付勧奨を実施している。架電時間は、納税課"
            "事務室内からは午前 9 時から午後 5 時の間、保育課別館事務室からは午後 6 時から午後 8 時の間である。1 日あたり、"
            "平均 5 名体制で行っている。"),
    ("h3", "⑤ 徴収体制の強化"),
    ("p", "特別区民税等を担当する納税課では、東京都主税局の職員派遣（随時）を受け、滞納整理の進行管理の助言を参考に徴収"
          "担当や滞納整理の見直しを行うなど体制の強化を図った。"),
    ("p", "また、専管組織を持たない私法上の債権を管理する所管課では、債権管理事務のマニュアルの整備や人員体制の工夫を"
          "するなどの仕組みづくりを進めた。"),
    ("h3", "⑥ 職員の専門性の向上"),
    ("p", "弁護士を講師とした債権管理研修を全２回実施し、債権の意義から私法上の債権における司法手続きに至るまで、債権"
          "管理における基礎知識を学び、業務改善の視点を持った職員の育成に取り組んだ。"),
    ("h3", "⑦ 口座振替利用促進と納付機会の拡大"),
    ("p", "期限内納付による収納率の向上に向け、安定した納付につながる口座振替利用を促進した。ＤＸの推進によるＩＣＴを活用"
          "しインターネット上から口座振替の手続きができるＷｅｂ口座振替受付サービスの導入準備を進めた。"),
    ("p", "また、国民健康保険料及び介護保険料においては令和３年９月からスマートフォンアプリを利用した電子マネー決済を"
          "導入した（特別区民税普通徴収、軽自動車税（種別割）は令和４年４月開始予定）。"),
]

P6: list[Block] = [
    ("h2", "（２）課題"),
    ("h3", "① 適正な債権管理について"),
    ("p", "債権管理を行う上で、債務者との交渉記録や督促・催告の記録などを台帳に記載し、管理していくことが基本となる。"
          "人事異動等により、これらの認識が薄れていくことが懸念されるため、改めて、適正な管理方法について、債権を管理する"
          "全所管課へ周知していく。"),
    ("h3", "② 公法上の債権（強制徴収公債権）における滞納整理の強化"),
    ("p", "財産調査を徹底し、差押え等の処分を着実に執行するとともに、各所管課が持つ滞納処分等のノウハウの共有化を図り、"
          "より効率的で効果的な徴収・収納事務を進めていく。"),
    ("h3", "③ 私法上の債権における履行確保の強化"),
    ("p", "弁護士に委任するまでの手順等を明確化し、滞納発生初期からスムーズに委任できる体制を確立し、看過することができない"
          "案件については、司法的手段による取組みを一層強化していく。"),
    ("h3", "④ 納付機会の拡大について"),
    ("p", "口座振替やコンビニ収納等の利用促進と併せ、インターネット上でのクレジット納付やスマートフォンアプリを利用した"
          "電子マネー決済を導入した。これら納付方法について納付義務者あてに積極的に案内をしていく。"),
    ("p", "また、マルチペイメントによる収納については、標準準拠システムへの移行と併せて導入の検討及び準備を進めていく。"),
]

P7: list[Block] = [
    ("refh", "〔参考〕マルチペイメントについて"),
    ("ref", "マルチペイメント（マルチペイメントネットワーク MPN）とは、各種の料金・税金などの収納を行う収納企業・公共団体と"
            "各種金融機関をつなぐネットワークをいう。利用者は、ATMやパソコン、携帯電話等から税金、国民健康保険料などの支払い"
            "を行うことができる。"),
    ("refh", "〔参考〕自治体情報システムの標準準拠システムについて"),
    ("ref", "「地方公共団体情報システムの標準化に関する法律（令和３年９月１日施行）」に基づき、自治体情報システムを移行させる"
            "こととなった。移行対象業務は、税、国民健康保険、介護保険などの１７業務（当区においては１５業務）とし、各自治体が"
            "標準準拠システムを令和７年度までに利用することを目指す。"),
    ("h3", "⑤ 自治体情報システムの標準準拠システムへの移行"),
    ("p", "標準準拠システムへの移行準備を進めるとともに、収納率の向上及び収入未済額の縮減に向けた取組みについて、遅滞なく"
          "確実に行っていく。"),
]

P8: list[Block] = [
    ("h1", "３　プランの目的と考え方"),
    ("h2", "（１）プランの目的"),
    ("p", "持続可能で強固な財政基盤を構築していくため、これまでのプランにおける課題と実績を踏まえ、収納率の向上及び収入"
          "未済額の縮減を図ることを目的とし、債権管理重点プラン（令和４～５年度）を策定する。"),
    ("p", "プランの策定にあたっては、各債権において目標収納率を掲げ、目標設定に関する根拠を明確に示すとともに、目標達成に"
          "向けた具体的な取組み内容を示すことにより、区の適切な債権管理について区民への説明責任を果たしていくものとする。"),
    ("h2", "（２）基本的な考え方"),
    ("p", "債権管理重点プランの取組みの基本的な考え方は、以下の５項目である。"),
    ("h3", "① 現年分徴収の徹底"),
    ("p", "現年分の徴収の成果が、その後の滞納繰越額の増減に直結することから、現年分収納率の向上を目指し、目標数値の達成に"
          "全力をあげる。"),
    ("h3", "② 滞納整理の強化"),
    ("p", "公法上の債権については、効果的な督促・催告の実施、ＩＣＴを活用したより効率的な財産調査、差押え等の処分の滞納整理"
          "の強化を図る。私法上の債権については、司法的手段を講じることも含めてその履行確保に努める。"),
    ("h3", "③ 収納事務の改善"),
    ("p", "口座振替の利用促進やキャッシュレス決済等、区民の利便性を向上させ、期限内納付による収納率向上に努める。"),
    ("h3", "④ 職員の専門性の向上と債権管理体制の強化"),
    ("p", "専門研修の充実、ノウハウの庁内共有化などにより、職員の専門性を向上させる。また、民間事業者の活用を含めた債権管理"
          "体制の強化を図る。"),
    ("h3", "⑤ 制度運用の適正化"),
    ("p", "法令等に基づく滞納処分の執行停止等の納付緩和措置を適切に行う。保険料賦課、貸付金の貸付等の制度運用について、"
          "引き続き、その適正化を進める。"),
]

#: Section ４ 今後の取組み: (subsection heading, [(item label or "", [paragraphs])]). Each entry is one 取組 item.
TORIKUMI_HEADING = "４　今後の取組み"
TORIKUMI_P9: list[tuple[str, list[tuple[str, list[str]]]]] = [
    ("（１）適正な債権管理の推進", [
        ("①", ["債権を担当する全所管課に対し、適切な債権管理事務の向上を図るため、債権管理台帳、ファイルの整備や債務者との"
               "交渉記録、督促・催告の記録の必要性等、債権を管理するうえでの基本的な事項などについて周知徹底する。"]),
        ("②", ["債権管理研修等で得た知識を職場全体で活用できる仕組みづくりや、法令等に基づく適切な納付緩和措置の実施に"
               "ついて、債権管理連絡会等を通じ推進していく。"]),
    ]),
    ("（２）滞納の未然防止", [
        ("①", ["滞納債権を発生させないため、口座振替の勧奨を積極的に行う。また、ＤＸの推進によるＩＣＴを活用したＷｅｂ口座"
               "振替受付サービスを令和４年４月から運用を開始する。"]),
        ("②", ["口座振替、コンビニ収納を始めとする様々な納付方法について、区のおしらせやホームページ等で積極的に周知を行い"
               "期限内納付の推進を行う。"]),
        ("③", ["増加傾向にある生活保護費に係る返還金等については、生活保護受給者への収入申告等のきめ細かな指導、迅速な返還金"
               "の請求処理などに向け事務改善等を行う。"]),
    ]),
    ("（３）徴収体制の強化", [
        ("①", ["滞納整理の早期着手の観点から、特別区民税、国民健康保険料、介護保険料、保育園保育料、学校給食費については、"
               "引き続き電話催告センターを活用する。",
               "また、特別区民税では、令和４年度からＳＭＳ（ショートメッセージサービス）催告を導入し、その他の債権についても、"
               "その効果を見極めながら導入の検討を行う。"]),
        ("②", ["特別区民税及び国民健康保険料等では、効率的な財産調査や差押え等の行政処分を行うため、預貯金照会電子化"
               "サービスを導入する。"]),
        ("③", ["債権管理連絡会等を通じて、所管を超えた連携により、収入未済額を縮減する取組みについて検討し、全庁的な徴収体制"
               "を強化していく。",
               "また、公債権と私債権を一元化して徴収している自治体や民間事業者の活用について調査研究を行う。"]),
    ]),
]
TORIKUMI_P9_REF = ("〔参考〕世田谷区債権管理連絡会について",
                   "世田谷区が有する債権について、全庁的な取組みによって、適正な債権管理とより一層の徴収強化を図っていくための"
                   "連絡、調整等を行うことを目的として設置されている。")
TORIKUMI_P10: list[tuple[str, list[tuple[str, list[str]]]]] = [
    ("（４）私法上の債権における履行確保の強化", [
        ("", ["再三の催告にも関わらず正当な理由もなく納付がない場合は、弁護士に債権の整理・回収を委任する。看過することが"
              "できない案件については、議会への手続きを経た上で司法的手段による対応を図る。",
              "また、催告から弁護士による債権の整理・回収までの一連の滞納整理事務を定型化する仕組みを構築していく。"]),
    ]),
    ("（５）滞納整理におけるノウハウの共有化", [
        ("", ["強制徴収を行うことができる公法上の債権を担当する所管課においては、課単位で行っていた研修を、各課連携して"
              "行うなど、引き続きノウハウの共有化を図る。",
              "また、私法上の債権においても、債権管理研修などを通じて、職員の専門知識やノウハウの蓄積に努める。"]),
    ]),
    ("（６）自治体情報システムの標準準拠システムへの移行", [
        ("", ["令和７年度の標準準拠システムへの移行準備を進めるとともに、収納率の向上及び収入未済額縮減に向けた取組みに"
              "ついて、遅滞なく確実に実施していく。移行を契機とし、収納・滞納整理に係る事務の整理及び見直しを行う。"]),
    ]),
]

P11: list[Block] = [
    ("h1", "５　債権ごとの取組み"),
    ("p", "債権ごとの取組みの個票は、１２ページ以降のとおりである。"),
    ("h2", "（１）対象の債権"),
    ("p", "区が保有する債権は多岐にわたるため、収入未済額が概ね１億円以上の債権及び、１億円に満たないが、前期プランの"
          "対象債権のうち引き続き重点的に取り組むべき債権を対象とする。"),
    ("h2", "（２）取組み状況一覧の見方"),
    ("p", "① 対象とする債権ごとに、収納の現況（推移）、収納状況に関する説明（現年分、滞繰分）、滞納整理に関する取組みの"
          "検証、目標、目標設定に関する説明、目標実現に向けた取組みで構成した。目標とした収納率について、その根拠を明確に"
          "示すこととする。"),
    ("p", "② 用語の説明"),
    ("p", "・現年分とは、当該年度に新たに調定を立てて収入すべき金額を表し、滞繰（滞納繰越）分とは、前年度以前に収入すべき"
          "金額が収入されず、年度を越えて滞納されている金額を表す。"),
    ("p", "・収納率（％表示）＝収入済額÷調定額"),
    ("p", "・収入未済額＝調定額－（収入済額＋不納欠損額）＋還付未済額"),
    ("h3", "＜注意＞"),
    ("p", "・収納状況の推移における表中の数値は、各年度の決算時点での数値を使用している。原則として表示単位未満を四捨五入して"
          "いるため、表示の数値を用いた計算結果と、結果欄に表示の数値が一致しない場合がある。"),
    ("p", "・目標における収入額及び収入未済額については、策定時点での推計のため、対象数の増減等により変動することがある。"),
]


def torikumi_blocks(subs: list[tuple[str, list[tuple[str, list[str]]]]]) -> list[Block]:
    """The blocks of subsections of ４ 今後の取組み: heading, then each item's paragraphs (label on the first)."""
    out: list[Block] = []
    for heading, items in subs:
        out.append(("h2", heading))
        for label, paras in items:
            for k, para in enumerate(paras):
                out.append(("item", label if k == 0 else "", para))
    return out


P9: list[Block] = [("h1", TORIKUMI_HEADING), *torikumi_blocks(TORIKUMI_P9[:1]),
                   ("refh", TORIKUMI_P9_REF[0]), ("ref", TORIKUMI_P9_REF[1]), *torikumi_blocks(TORIKUMI_P9[1:])]
P10: list[Block] = torikumi_blocks(TORIKUMI_P10)

#: PDF pages after the cover (page 1): page 2 = printed page 1.
BODY_PAGES: list[list[Block]] = [P1, P2, P3, P4, P5, P6, P7, P8, P9, P10, P11]
FIRST_BODY_PAGE = 2

# ---------------------------------------------------------------------------------------------------------------
# Table rows derived from the data
# ---------------------------------------------------------------------------------------------------------------


@dataclass
class Span:
    """A merged cell to draw: top-left slot, height in rows, width in columns, text."""

    row: int
    col: int
    rowspan: int
    colspan: int
    text: str


@dataclass
class SaikenRow:
    """One 債権 row of the 内訳 table: its 債権名, yen and the table part (0 or 1) it is printed in."""

    name: str
    yen: int
    part: int


@dataclass
class Layout:
    """A table part: its number of body rows and the merged cells that cover its slots (header excluded)."""

    nrows: int = 0
    spans: list[Span] = field(default_factory=list)


def leaves(node: Group | Leaf) -> Iterator[Leaf]:
    """Every 債権 row under a node, in print order."""
    if isinstance(node, Leaf):
        yield node
        return
    for ch in node.children:
        yield from leaves(ch)


def depth(node: Group | Leaf) -> int:
    """Levels below a node down to its 債権 rows (a Leaf is 0)."""
    return 0 if isinstance(node, Leaf) else 1 + max(depth(c) for c in node.children)


def saiken_layout(part: list[Group]) -> Layout:
    """Place one part's 会計 (col 0), 款 (col 1), 項 (col 2), 債権名 (col 3) and 金額 (col 4) cells.

    A 款 whose child is directly a 債権 row spans columns 1–2 (款名称等 is one heading over both)."""
    lay = Layout()

    def place(node: Group | Leaf, col: int) -> None:
        if isinstance(node, Leaf):
            lay.spans.append(Span(lay.nrows, 3, 1, 1, node.name))
            lay.spans.append(Span(lay.nrows, 4, 1, 1, f"{node.yen:,}"))
            lay.nrows += 1
            return
        top = lay.nrows
        width = 2 if col == 1 and depth(node) == 1 else 1
        for ch in node.children:
            place(ch, col + width)
        lay.spans.append(Span(top, col, lay.nrows - top, width, node.name))

    for kaikei in part:
        place(kaikei, 0)
    return lay


def saiken_rows() -> list[SaikenRow]:
    """Every 債権 row of both parts with its part index."""
    return [SaikenRow(lf.name, lf.yen, k) for k, part in enumerate(SAIKEN_PARTS) for g in part for lf in leaves(g)]


def check_sums() -> None:
    """The transcription checks: 債権 rows add up to the printed 合計, 会計 rows to theirs, and per 会計 to 千円."""
    rows = saiken_rows()
    assert sum(r.yen for r in rows) == SAIKEN_TOTAL, sum(r.yen for r in rows)
    body = KAIKEI_ROWS[:-1]
    for k in range(2):  # rows rounded to 千円 each: the printed 合計 may differ by the rounding
        assert abs(sum(v[k] for _, v in body) - KAIKEI_ROWS[-1][1][k]) <= len(body) // 2
    per: dict[str, int] = {}
    for part in SAIKEN_PARTS:
        for g in part:
            per[g.name] = per.get(g.name, 0) + sum(lf.yen for lf in leaves(g))
    for name, (_, sen) in body:
        assert round(per[name] / 1000) == sen, (name, per[name], sen)


# ---------------------------------------------------------------------------------------------------------------
# Word file
# ---------------------------------------------------------------------------------------------------------------


def set_font(run_or_style: object, name: str, size: float | None = None, bold: bool | None = None) -> None:
    """Set the Latin and East Asian font (and size/bold) of a run or style."""
    font = run_or_style.font  # type: ignore[attr-defined]
    font.name = name
    if size:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    rpr = run_or_style.element.get_or_add_rPr()  # type: ignore[attr-defined]
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rfonts.set(qn(attr), name)


def add_field(paragraph: object, instr: str) -> None:
    """Append a Word field (PAGE) to a paragraph."""
    run = paragraph.add_run()  # type: ignore[attr-defined]
    for tag, attrs in (("w:fldChar", {"w:fldCharType": "begin"}), ("w:instrText", {}),
                       ("w:fldChar", {"w:fldCharType": "end"})):
        el = OxmlElement(tag)
        for k, v in attrs.items():
            el.set(qn(k), v)
        if tag == "w:instrText":
            el.set(qn("xml:space"), "preserve")
            el.text = instr
        run._r.append(el)


def para(doc: object, text: str, font: str = MINCHO, size: float = 10.5, bold: bool = False,
         indent_mm: float = 0, first_mm: float = 0, align: int | None = None, space_after: float = 2) -> None:
    """Add one paragraph of text."""
    p = doc.add_paragraph()  # type: ignore[attr-defined]
    fmt = p.paragraph_format
    fmt.left_indent = Mm(indent_mm)
    fmt.first_line_indent = Mm(first_mm)
    fmt.space_after = Pt(space_after)
    fmt.space_before = Pt(0)
    fmt.line_spacing = 1.15
    if align is not None:
        p.alignment = align
    set_font(p.add_run(text), font, size, bold)


def cell_text(cell: object, text: str, right: bool = False, center: bool = False, size: float = 9) -> None:
    """Write a table cell's text (one paragraph, font size 9)."""
    p = cell.paragraphs[0]  # type: ignore[attr-defined]
    p.paragraph_format.space_after = Pt(0)
    if right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run(text), MINCHO, size)


def set_widths(table: object, widths_mm: list[float]) -> None:
    """Fix the column widths of a table."""
    table.autofit = False  # type: ignore[attr-defined]
    for col, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):  # type: ignore[attr-defined]
        col.set(qn("w:w"), str(int(w * 1440 / 25.4)))
    for row in table.rows:  # type: ignore[attr-defined]
        for cell, w in zip(row.cells, widths_mm):
            cell.width = Mm(w)


def kaikei_table(doc: object) -> None:
    """The 会計別 収入未済額 table (千円)."""
    t = doc.add_table(rows=len(KAIKEI_ROWS) + 1, cols=3)  # type: ignore[attr-defined]
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in enumerate(KAIKEI_HEADER):
        cell_text(t.cell(0, c), h, center=True, size=10)
    for r, (name, values) in enumerate(KAIKEI_ROWS, start=1):
        cell_text(t.cell(r, 0), name, center=name == "合計", size=10)
        for c, v in enumerate(values, start=1):
            cell_text(t.cell(r, c), f"{v:,}", right=True, size=10)
    set_widths(t, [55, 50, 50])


def saiken_table(doc: object, part: int, total: bool) -> None:
    """One page of the 内訳 table: header row, merged 会計/款/項 cells, and the 合計 row when `total`."""
    lay = saiken_layout(SAIKEN_PARTS[part])
    t = doc.add_table(rows=lay.nrows + 1 + int(total), cols=5)  # type: ignore[attr-defined]
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.cell(0, 1).merge(t.cell(0, 2))
    for c, h in enumerate(SAIKEN_HEADER):
        if h:
            cell_text(t.cell(0, c), h, center=True)
    for s in lay.spans:
        top = t.cell(s.row + 1, s.col)
        if s.rowspan > 1 or s.colspan > 1:
            top = top.merge(t.cell(s.row + s.rowspan, s.col + s.colspan - 1))
        cell_text(top, s.text, right=s.col == 4)
    if total:
        last = lay.nrows + 1
        merged = t.cell(last, 0).merge(t.cell(last, 3))
        cell_text(merged, SAIKEN_TOTAL_LABEL, center=True)
        cell_text(t.cell(last, 4), f"{SAIKEN_TOTAL:,}", right=True)
    set_widths(t, [17, 20, 26, 72, 31])


def page_number_setup(section: object, first: bool) -> None:
    """The cover gets no header/footer; the body restarts numbering at 1 with a running header and page number."""
    section.header.is_linked_to_previous = False  # type: ignore[attr-defined]
    section.footer.is_linked_to_previous = False  # type: ignore[attr-defined]
    if first:
        return
    sect_pr = section._sectPr  # type: ignore[attr-defined]
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), "1")
    cols = sect_pr.find(qn("w:cols"))
    if cols is not None:
        cols.addprevious(pg)
    else:
        sect_pr.append(pg)
    hp = section.header.paragraphs[0]  # type: ignore[attr-defined]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run(TITLE), MINCHO, 8)
    fp = section.footer.paragraphs[0]  # type: ignore[attr-defined]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(fp, "PAGE")


def write_block(doc: object, block: Block) -> None:
    """Render one prose block."""
    kind = block[0]
    if kind == "h1":
        para(doc, block[1], GOTHIC, 13, True, space_after=8)
    elif kind == "h2":
        para(doc, block[1], GOTHIC, 11, True, space_after=3)
    elif kind == "h3":
        para(doc, block[1], GOTHIC, 10.5, False, indent_mm=2)
    elif kind == "p":
        para(doc, block[1], indent_mm=4, first_mm=3.7)
    elif kind == "item":
        label, text = block[1], block[2]
        para(doc, f"{label} {text}" if label else text, indent_mm=4, first_mm=0 if label else 3.7)
    elif kind == "refh":
        para(doc, block[1], GOTHIC, 9.5, indent_mm=4)
    elif kind == "ref":
        para(doc, block[1], MINCHO, 9, indent_mm=6, first_mm=3.2, space_after=6)
    elif kind == "caption":
        para(doc, block[1], GOTHIC, 10.5, align=WD_ALIGN_PARAGRAPH.LEFT)
    elif kind == "unit":
        para(doc, block[1], MINCHO, 9, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    elif kind == "table":
        name = block[1]
        if name == "kaikei":
            kaikei_table(doc)
        else:
            part = int(name[-1])
            saiken_table(doc, part, total=part == len(SAIKEN_PARTS) - 1)
    else:
        raise ValueError(f"unknown block {kind}")


def page_break(doc: object) -> None:
    """A hard page break (an empty paragraph holding the break)."""
    p = doc.add_paragraph()  # type: ignore[attr-defined]
    p.paragraph_format.space_after = Pt(0)
    p.add_run().add_break(WD_BREAK.PAGE)


def build_docx(dest: Path) -> Path:
    """Write the Word file: cover section, then the body pages with their breaks."""
    doc = DocxDocument()
    normal = doc.styles["Normal"]
    set_font(normal, MINCHO, 10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    page_number_setup(sec, first=True)
    for _ in range(8):
        para(doc, "")
    para(doc, "世田谷区債権管理重点プラン", GOTHIC, 24, True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=12)
    para(doc, "（令和４～５年度）", GOTHIC, 18, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=160)
    para(doc, DATE_RAW, MINCHO, 14, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    para(doc, MUNICIPALITY, MINCHO, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    body = doc.add_section(WD_SECTION.NEW_PAGE)
    page_number_setup(body, first=False)
    for k, page in enumerate(BODY_PAGES):
        if k:
            page_break(doc)
        for block in page:
            write_block(doc, block)
    dest.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(dest))
    return dest


# ---------------------------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------------------------


def page_of(blocks_page: list[Block]) -> int:
    """The PDF page number of one of BODY_PAGES."""
    return FIRST_BODY_PAGE + next(k for k, p in enumerate(BODY_PAGES) if p is blocks_page)


def outstanding(debt_raw: str, year: int, year_raw: str, yen: int, raw: str, page: int,
                approx: bool = False) -> Fact:
    """A 収入未済額 fact (実績, whole-year total)."""
    return Fact(debt_raw=debt_raw, fiscal_year=year, fiscal_year_raw=year_raw, segment="total",
                metric="outstanding", basis="actual", value=yen, unit="yen", approx=approx, raw=raw, page=page)


def gold_facts() -> list[Fact]:
    """Every fact of both 収入未済額 tables and the two approximate totals in the prose."""
    facts: list[Fact] = []
    p1 = page_of(P1)
    for name, values in KAIKEI_ROWS:
        for year, year_raw, v in zip(KAIKEI_YEARS, KAIKEI_YEARS_RAW, values):
            facts.append(outstanding(name, year, year_raw, v * 1000, f"{v:,}", p1))
    pages = (page_of(P2), page_of(P3))
    for r in saiken_rows():
        facts.append(outstanding(r.name, SAIKEN_YEAR, SAIKEN_YEAR_RAW, r.yen, f"{r.yen:,}", pages[r.part]))
    facts.append(outstanding("合計", SAIKEN_YEAR, SAIKEN_YEAR_RAW, SAIKEN_TOTAL, f"{SAIKEN_TOTAL:,}", pages[-1]))
    p4 = page_of(P4)
    for raw, year, year_raw, yen in PROSE_FIGURES:
        facts.append(outstanding(None, year, year_raw, yen, raw, p4, approx=True))  # type: ignore[arg-type]
    return facts


def gold_initiatives() -> list[Initiative]:
    """Every item of ４ 今後の取組み (no 【継続】-type tags in this plan: status null)."""
    out: list[Initiative] = []
    for subs, page in ((TORIKUMI_P9, page_of(P9)), (TORIKUMI_P10, page_of(P10))):
        for heading, items in subs:
            num = fold(heading)[: fold(heading).index(")") + 1]
            title = heading[len(num):].strip()
            for label, paras in items:
                out.append(Initiative(section=title, label=num + label, text="".join(paras), status=None,
                                      page=page))
    return out


def gold_tables() -> list[Table]:
    """The 会計別 table cell by cell (folded text), bbox to be filled from the PDF."""
    rows = [[fold(h) for h in KAIKEI_HEADER]] + [[fold(n), f"{a:,}", f"{b:,}"] for n, (a, b) in KAIKEI_ROWS]
    return [Table(page=page_of(P1), bbox=(0, 0, 0, 0), rows=rows)]


def table_bbox(pdf: pymupdf.Document, table: Table) -> tuple[float, float, float, float]:
    """The bbox of a gold table on the built PDF: its header line down to the word of the last row's first cell."""
    words = [(w[0], w[1], w[2], w[3], "".join(fold(w[4]).split())) for w in pdf[table.page - 1].get_text("words")]
    first, last = ("".join(table.rows[k][0].split()) for k in (0, -1))
    heads = [w for w in words if w[4] == first]
    if not heads:
        raise SystemExit(f"table header {first} not found on page {table.page}")
    top = heads[-1]
    right = max(w[2] for w in words if abs(w[1] - top[1]) < 3)
    bottom = [w for w in words if w[4] == last and w[1] > top[1]]
    if not bottom:
        raise SystemExit(f"last row {last} not found on page {table.page}")
    return (round(top[0] - 4, 1), round(top[1] - 4, 1), round(right + 4, 1), round(bottom[-1][3] + 4, 1))


def verify(pdf_path: Path, doc: Document, pages: int) -> None:
    """Every gold fact's raw text and each 取組 item's opening appear on its gold page of the built PDF.

    Also fills each gold table's bbox from the PDF and checks the page count; a mismatch stops the build."""
    pdf = pymupdf.open(pdf_path)
    texts = ["".join(fold(p.get_text()).split()) for p in pdf]
    errors = []
    for f in doc.facts:
        if "".join(fold(f.raw).split()) not in texts[f.page - 1]:
            errors.append(f"p.{f.page} {f.debt_raw} {f.raw}")
    for i in doc.initiatives:
        head = "".join(fold(i.text).split())[:25]
        if head not in texts[i.page - 1]:
            errors.append(f"p.{i.page} {i.label} {head}")
    for t in doc.tables:
        t.bbox = table_bbox(pdf, t)
    if pdf.page_count != pages:
        errors.append(f"page count {pdf.page_count}, expected {pages}")
    pdf.close()
    if errors:
        raise SystemExit("gold does not match the built PDF:\n" + "\n".join(errors))


def gold_document(pdf_path: Path) -> Document:
    """The gold record of the built PDF."""
    import hashlib

    return Document(
        source=Source(file=pdf_path.name, sha256=hashlib.sha256(pdf_path.read_bytes()).hexdigest(),
                      pages=FIRST_BODY_PAGE + len(BODY_PAGES) - 1),
        document=DocumentInfo(kind="plan", family="kaikei", municipality=MUNICIPALITY, title=TITLE,
                              date=DATE_ISO, date_raw=DATE_RAW),
        facts=gold_facts(), initiatives=gold_initiatives(), tables=gold_tables())


def write_json(doc: Document, dest: Path) -> None:
    """Write a record as indented UTF-8 JSON."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(json.dumps(doc.model_dump(mode="json", exclude_none=False), ensure_ascii=False, indent=1) + "\n",
                    encoding="utf-8")


def main() -> None:
    """Build the PDF and the gold, then check the gold against the PDF."""
    check_sums()
    docx_path = build_docx(BUILD_OUT / f"{STEM}.docx")
    pdf_path = to_pdf(docx_path, ROOT / "corpus" / "pdf" / f"{STEM}.pdf", "kaikei")
    doc = gold_document(pdf_path)
    verify(pdf_path, doc, FIRST_BODY_PAGE + len(BODY_PAGES) - 1)
    write_json(doc, ROOT / "corpus" / "gold" / f"{STEM}.json")
    print(f"{pdf_path.relative_to(ROOT)}: {doc.source.pages} pages, {len(doc.facts)} facts, "
          f"{len(doc.initiatives)} initiatives")


if __name__ == "__main__":
    main()
