"""Build the second planted-error corpus (a blind test of `saiken audit`): copies of the third-set and blind-set PDFs,
documents the audit was never tuned on, with figures changed the way a careless editor would, and for each a gold
file of the errors an audit should report.

    python corpus/planted2/build.py   → corpus/planted2/pdf/<stem>.pdf + corpus/planted2/gold/<stem>.audit.json

Every plant was checked by arithmetic on the printed figures (the `detail` text gives the sum): the clean document
is consistent at that place and the planted one is not. Each gold file lists the plants (with every other check a
change breaks) plus the real inconsistencies of the source document found by hand (SOURCE_ERRORS). Targets are
named by printed text and page (this is test data; the audit itself never sees these names).
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
SOURCES = (ROOT / "corpus" / "third" / "pdf", ROOT / "corpus" / "blind" / "pdf")

HIB, MOK, MUR, NSH, OSK, WKB = ("hibari_kaikei_plan_r7", "minamioka_suishin_r7", "minamiura_progress_h30_oct",
                                "nishihama_suishin_h31", "osaka_progress_r3_feb", "wakaba_kaikei_plan_r6_7")
AMA, SET = "amagasaki_suishin_r7_mid", "setagaya_plan_r6_7_kaikei"

PLANTS: tuple[Plant, ...] = (
    # rate_mismatch: a 収納率 that its 収入済額 ÷ 調定額 no longer gives
    Plant(HIB, 1, "82.64", "82.46", "rate_mismatch",
          "国民健康保険特別会計 収納率 82.64→82.46（8,102,554÷9,804,337=82.64%）"),
    Plant(SET, 6, "28.10%", "28.01%", "rate_mismatch",
          "国民健康保険料 令和４年度 滞納繰越分 収納率 28.10%→28.01%（1,934,513÷6,885,120=28.10%）"),
    Plant(MOK, 2, "98.15%", "98.51%", "rate_mismatch",
          "介護保険料 令和5年度 収納率 98.15%→98.51%（6,452,601÷6,574,300=98.15%）"),
    # sum_mismatch: a 計/合計 off in its printed digits
    Plant(WKB, 2, "9,703,521", "9,713,521", "sum_mismatch",
          "会計別収入未済額 令和３年度 合計 9,703,521→9,713,521（6会計の和 9,703,521）"),
    Plant(HIB, 3, "2,877,033", "2,878,033", "sum_mismatch",
          "債権別収入未済額 令和3年度 合計 2,877,033→2,878,033（p.2〜3の14債権の和 2,877,033）", other=((HIB, 2),)),
    Plant(WKB, 3, "2,654,635,734", "2,654,645,734", "sum_mismatch",
          "収入未済額内訳 合計 現年度分 2,654,635,734→2,654,645,734（p.2〜3の各債権の和 2,654,635,734、"
          "また 現年度分+滞納繰越分=計 9,523,332,735 も崩れる）", other=((WKB, 2),)),
    # identity_mismatch: a 収入未済額 that 調定額 − 収入済額 − 不納欠損額 no longer gives
    Plant(NSH, 3, "1,846,100", "1,864,100", "identity_mismatch",
          "市税 平成27年度 収入未済額 1,846,100→1,864,100（33,675,397−31,595,015−234,282=1,846,100）"),
    Plant(MOK, 3, "189,751", "189,571", "identity_mismatch",
          "介護保険料 3年度 収入未済額 189,751→189,571（6,216,280+167,920−6,129,252−37,446−27,751=189,751）"),
    Plant(WKB, 7, "2,253,185", "2,235,185", "identity_mismatch",
          "特別区民税 令和３年度 計 収入未済額 2,253,185→2,235,185（84,114,967−81,691,327−170,455=2,253,185）"),
    # diff_mismatch: a printed difference column
    Plant(MUR, 2, "0.3", "0.8", "diff_mismatch", "東区 介護保険料 差 0.3→0.8（96.0%−95.7%、丸めを考えても0.15〜0.45）", near="95.7% 0.3"),
    Plant(OSK, 7, "0.5", "0.9", "diff_mismatch", "港区 滞納繰越 増減 0.5→0.9（22.8%−22.3%、丸めを考えても0.35〜0.65）", near="▲0.2 0.5"),
    Plant(HIB, 2, "△1,252", "△1,225", "diff_mismatch", "市民税（法人） 前年度比 △1,252→△1,225（18,552−19,804）",
          also=(("sum_mismatch", 3),)),
    # claim_mismatch: a figure in prose against the figures it describes
    Plant(AMA, 2, "27.1", "21.7", "claim_mismatch",
          "収入未済額 約27.1%減→約21.7%減（約76.2億円⇒約55.5億円、表の合計 7,618,384→5,552,584 は27.1%減）",
          near="約27.1%"),
    Plant(SET, 5, "９９.１６", "９９.６１", "claim_mismatch",
          "本文「令和４年度の現年分の収納率は９９.１６％」→９９.６１％（表の現年分 令和４年度 99.16%）",
          near="９９.１６％であった"),
    Plant(OSK, 2, "87%", "78%", "claim_mismatch", "差押件数 10,418件、目標12,000件の87%→78%（10,418÷12,000=86.8%）",
          near="目標の87%"),
    # era_mismatch: a 和暦 year with the wrong Western year beside it
    Plant(SET, 2, "2021", "2020", "era_mismatch", "会計区分別表 令和３年度(2021 年度)→(2020 年度)", near="(2021"),
    Plant(AMA, 4, "2022", "2021", "era_mismatch", "国民健康保険料 収納状況 令和４年度(2022 年度)→(2021 年度)",
          near="(2022"),
    Plant(WKB, 4, "２０２０", "２０１９", "era_mismatch", "本文 令和２年度（２０２０年度）→（２０１９年度）",
          near="（２０２０"),
    # cross_doc_mismatch: one figure printed differently in two places
    Plant(AMA, 6, "68,630", "68,360", "cross_doc_mismatch",
          "下水道使用料 令和元年度 収入未済額計 68,630→68,360千円（p.2 の一覧は 68,630）", nth=1,
          other=((AMA, 2),), also=(("identity_mismatch", 6),)),
    Plant(AMA, 8, "324,032,522", "324,023,522", "cross_doc_mismatch",
          "災害援護資金貸付金回収金 令和5年度 収入未済額計 324,032,522→324,023,522円（p.2 の一覧は 324,033千円）",
          other=((AMA, 2),), also=(("identity_mismatch", 8),)),
    Plant(SET, 3, "241,386,540", "241,368,540", "cross_doc_mismatch",
          "後期高齢者医療保険料 令和４年度 収入未済額 241,386,540→241,368,540円（p.2 の会計別表は 241,387千円）",
          other=((SET, 2),), also=(("sum_mismatch", 3),)),
    # name_inconsistency: one organisation or debt spelled two ways in one document
    Plant(NSH, 5, "保険年金課", "保健年金課", "name_inconsistency", "本文の所管課「保険年金課」を「保健年金課」に（表題欄は保険年金課）",
          near="保険年金課が賦課"),
    Plant(AMA, 3, "国保年金課", "国保・年金課", "name_inconsistency", "所管課「国保年金課」の1か所を「国保・年金課」に（p.4は国保年金課）",
          near="（国保年金課）", other=((AMA, 4),)),
    Plant(HIB, 4, "国民健康保険税", "国民健康保険料", "name_inconsistency",
          "目標収納率表の債権名「国民健康保険税」を「国民健康保険料」に（p.3の表・p.4本文は国民健康保険税）",
          other=((HIB, 3),)),
)

# Real inconsistencies of the source documents, checked by hand (none of them is a plant).
def _source(page: int, kind: str, detail: str, stem: str, *others: int) -> dict[str, object]:
    return {"page": page, "kind": kind, "detail": f"{detail}（元の資料の不整合）",
            "other": [{"document": stem, "page": o} for o in others]}


SOURCE_ERRORS: dict[str, list[dict[str, object]]] = {
    NSH: [_source(2, "cross_doc_mismatch", "市税 収入未済額: 一覧 H28 3,620,410・H29 3,310,882千円、推進シート(p.3) "
                  "H28 1,666,300・H29 1,489,616千円", NSH, 3),
          _source(2, "cross_doc_mismatch", "国民健康保険料 収入未済額: 一覧 H28 3,102,334・H29 2,876,105千円、推進シート(p.5) "
                  "H28 2,324,791・H29 2,159,660千円", NSH, 5),
          _source(2, "cross_doc_mismatch", "下水道使用料 収入未済額: 一覧 H28 92,115・H29 86,340千円、推進シート(p.7) "
                  "H28 126,440・H29 109,928千円", NSH, 7)],
    WKB: [_source(2, "cross_doc_mismatch", "特別区民税 令和４年度 収入未済額: 内訳表 2,723,563,717円、p.7 の表 2,210,982千円",
                  WKB, 7),
          _source(3, "cross_doc_mismatch", "国民健康保険料 令和４年度 収入未済額: 内訳表 4,131,974,877円、p.8 の表 4,173,852千円",
                  WKB, 8),
          _source(4, "claim_mismatch", "本文「特別区民税の収納率は令和４年度に９８．６２％」、p.7 の表は現年分 98.78・計 97.23",
                  WKB, 7),
          _source(4, "claim_mismatch", "本文「約１０７億円（令和２年度）」、p.2 の表の令和２年度合計は 10,190,201千円（約102億円）",
                  WKB, 2)],
    HIB: [_source(1, "claim_mismatch", "本文「前年度から約1億2,000万円の減」、表の合計は 2,740,594→2,636,366千円（約1億400万円の減）",
                  HIB, 3)],
}


def source_pdf(stem: str) -> Path:
    """The source PDF a stem names (third set, then blind set)."""
    for d in SOURCES:
        if (d / f"{stem}.pdf").exists():
            return d / f"{stem}.pdf"
    raise FileNotFoundError(stem)


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
        gold = [e for p in plants for e in p.gold()] + list(SOURCE_ERRORS.get(stem, []))
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
