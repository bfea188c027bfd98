"""Build the planted-error corpus: copies of the corpus PDFs with figures changed the way a careless editor would,
and for each a gold file of the errors an audit should report.

    python corpus/planted/build.py   → corpus/planted/pdf/<stem>.pdf + corpus/planted/gold/<stem>.audit.json

Each gold file lists the planted errors (with every kind of check the change breaks) plus the real
inconsistencies of the source document: those of corpus/gold/<stem>.audit.json, and for the second set (which
has no audit gold) the ones listed in SOURCE_ERRORS below, checked by hand. Targets are named by printed text and
page (this is test data; the audit itself never sees these names). Only documents with a plant are copied.
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from corpus.planted.plant import Plant, PlantError, apply_plant  # noqa: E402

HERE = Path(__file__).resolve().parent
SOURCES = (ROOT / "corpus" / "pdf", ROOT / "corpus" / "second" / "pdf")
GOLDS = (ROOT / "corpus" / "gold", ROOT / "corpus" / "second" / "gold")

AMA, SET, SHI = "amagasaki_plan_2nd", "setagaya_plan_r4_5", "shizuoka_committee_r8_1"
KTU, MID, MIN, TOK, KTH = ("kitaura_suishin", "midori_kaikei_plan_r6", "minato_minutes_r6_2",
                           "tokaihara_kobetsu_r7_2", "kitahama_progress_r6_dec")

PLANTS: tuple[Plant, ...] = (
    # rate_mismatch: a 収納率 that its 収入済額 ÷ 調定額 no longer gives
    Plant(MID, 2, "32.35", "33.25", "rate_mismatch", "市民税(個人) 令和5年度 滞繰分 収入率 32.35→33.25（198,233÷612,845=32.35%）"),
    Plant(TOK, 2, "96.41", "96.14", "rate_mismatch", "保育所保育料 現年分 収入率 96.41％→96.14％（301,220÷312,450=96.41%）",
          near="96.41％（96.06％）"),
    Plant(KTU, 3, "22.47%", "24.27%", "rate_mismatch", "国民健康保険税 R4 滞繰分 収入率 22.47%→24.27%（229,518÷1,021,305）"),
    # sum_mismatch: a 計/合計 off by 1,000 or 10,000 printed units
    Plant(MIN, 1, "50,319,882", "50,320,882", "sum_mismatch", "市税 計 調定額 50,319,882→50,320,882（現年分+滞繰分=50,319,882）"),
    Plant(SET, 2, "10,659,598", "10,669,598", "sum_mismatch", "会計別収入未済額 令和2年度 合計 10,659,598→10,669,598（5会計の和 10,659,597）"),
    Plant(MID, 3, "53,405,747", "53,406,747", "sum_mismatch", "合計 計 調定額 53,405,747→53,406,747（現年分+滞繰分、各債権の計の和）"),
    # identity_mismatch: a 収入未済額 that 調定額 − 収入済額 − 不納欠損額 no longer gives
    Plant(KTU, 3, "1,185,854", "1,158,854", "identity_mismatch", "国民健康保険税 R3 収入未済額 1,185,854→1,158,854（6,805,749−5,507,315−112,580）"),
    Plant(AMA, 20, "242,914,142", "242,941,142", "identity_mismatch",
          "介護保険料 令和元年度 収入未済額計 242,914,142→242,941,142（9,116,674,788−8,766,571,221−107,189,425）",
          nth=0),
    # diff_mismatch: a printed difference column
    Plant(MIN, 2, "△0.80", "△0.90", "diff_mismatch", "国民健康保険税 滞繰分 増減 △0.80→△0.90（12.84−13.64）"),
    Plant(KTH, 5, "△2.1%", "△2.4%", "diff_mismatch", "南区 滞繰分 増減 △2.1%→△2.4%（19.5%−21.6%）", nth=0),
    # claim_mismatch: a figure in prose against the figures the sentence gives
    Plant(SHI, 7, "74", "47", "claim_mismatch", "管外案件 1,250件から1,176件(74件減)→(47件減)", near="1,176件(74件減)"),
    Plant(AMA, 4, "36.5", "38.5", "claim_mismatch", "過年度 約53.6億円から約36.5億円と約17.1億円→約38.5億円（差は約15.1億円）",
          near="約53.6 億円から約36.5"),
    # era_mismatch: a 和暦 year with the wrong Western year beside it
    Plant(SET, 2, "2019", "2018", "era_mismatch", "令和元年度(2019 年度)→(2018 年度)", near="令和元年度(2019"),
    Plant(SET, 3, "２０２０", "２０２１", "era_mismatch", "令和２年度（２０２０年度）→（２０２１年度）", near="令和２年度（２０２０"),
    # cross_doc_mismatch: one figure printed differently in two places
    Plant(AMA, 9, "116,827", "116,872", "cross_doc_mismatch", "水道料金 令和3年度 収入未済額：一覧 116,827千円→116,872千円（p.4 116,827、p.32 116,827,400円）",
          other=((AMA, 4), (AMA, 32))),
    Plant(AMA, 9, "261,529", "261,592", "cross_doc_mismatch", "住宅家賃 令和3年度 収入未済額：一覧 261,529千円→261,592千円（p.4 261,529、p.28 261,528,883円）",
          other=((AMA, 4), (AMA, 28)), also=(("sum_mismatch", 9),)),
    # name_inconsistency: one organisation or debt spelled two ways in one document
    Plant(AMA, 7, "高齢介護課", "高齢者介護課", "name_inconsistency", "所管課「高齢介護課」の1か所を「高齢者介護課」に", nth=1),
    Plant(MIN, 1, "国民健康保険税", "国民健保険税", "name_inconsistency", "表1の債権名「国民健康保険税」を「国民健保険税」に（本文は国民健康保険税）"),
)

# Real inconsistencies of second-set documents (no corpus audit gold exists for them), checked by hand.
SOURCE_ERRORS: dict[str, list[dict[str, object]]] = {
    KTU: [
        {"page": 1, "kind": "cross_doc_mismatch",
         "detail": "国民健康保険税 R4年度末 収入未済額: 債権一覧は603,877千円、推進シート(p.3)のR4収入未済額は1,041,807千円（元の資料の不整合）",
         "other": [{"document": KTU, "page": 3}]},
        {"page": 1, "kind": "cross_doc_mismatch",
         "detail": "保育所保育料 R4年度末 収入未済額: 債権一覧は41,302千円、推進シート(p.5)は37,302,900円（元の資料の不整合）",
         "other": [{"document": KTU, "page": 5}]},
    ],
}


def source_pdf(stem: str) -> Path:
    """The corpus PDF a stem names (first set, then second set)."""
    for d in SOURCES:
        if (d / f"{stem}.pdf").exists():
            return d / f"{stem}.pdf"
    raise FileNotFoundError(stem)


def source_errors(stem: str) -> list[dict[str, object]]:
    """The real inconsistencies already known for a source document."""
    for d in GOLDS:
        p = d / f"{stem}.audit.json"
        if p.exists():
            return list(json.loads(p.read_text(encoding="utf-8")))
    return list(SOURCE_ERRORS.get(stem, []))


def build(out: Path = HERE) -> dict[str, int]:
    """Write the planted PDFs and gold files; returns the number of plants per document."""
    by_stem: dict[str, list[Plant]] = defaultdict(list)
    for p in PLANTS:
        by_stem[p.stem].append(p)
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for stem, plants in sorted(by_stem.items()):
        doc = pymupdf.open(source_pdf(stem))
        for p in plants:
            apply_plant(doc, p)
        doc.subset_fonts()
        doc.save(out / "pdf" / f"{stem}.pdf", garbage=4, deflate=True)
        gold = [e for p in plants for e in p.gold()] + source_errors(stem)
        (out / "gold" / f"{stem}.audit.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                          encoding="utf-8")
    return {s: len(v) for s, v in by_stem.items()}


def main() -> int:
    """Command line: build the corpus and print one line per document."""
    try:
        counts = build()
    except PlantError as e:
        print(f"build.py: {e}", file=sys.stderr)
        return 1
    for stem, n in sorted(counts.items()):
        size = (HERE / "pdf" / f"{stem}.pdf").stat().st_size
        print(f"{stem}: {n} 件（{size // 1024} KB）")
    return 0


if __name__ == "__main__":
    sys.exit(main())
