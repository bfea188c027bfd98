"""Japanese labels for the English field values of the record contract (messages, Excel, HTML)."""
from __future__ import annotations

METRIC_JA = {"assessed": "調定額", "collected": "収入済額", "collection_rate": "収納率", "written_off": "不納欠損額",
             "outstanding": "収入未済額", "delinquents": "滞納者数", "refund_outstanding": "還付未済額"}
SEGMENT_JA = {"current": "現年分", "arrears": "滞納繰越分", "total": "計"}
BASIS_JA = {"actual": "実績", "target": "目標", "estimate": "見込", "interim": "途中集計"}
SEVERITY_JA = {"error": "誤り", "warning": "要確認", "info": "参考"}
RULE_JA = {"rate_mismatch": "収納率の不一致", "sum_mismatch": "合計の不一致", "identity_mismatch": "収入未済額の不一致",
           "diff_mismatch": "差額の不一致", "claim_mismatch": "本文の数値の不一致", "era_mismatch": "和暦と西暦の不一致",
           "cross_doc_mismatch": "資料間の数値の不一致", "name_inconsistency": "名称の表記ゆれ"}


def rule_title(rule: str, document: str, other: list[dict[str, object]] | None = None) -> str:
    """The Japanese title of a finding: a cross-document rule whose places are all in the finding's own document
    is 「資料内の数値の不一致」, not 「資料間…」."""
    if rule == "cross_doc_mismatch" and other is not None:
        own = document.rsplit(".", 1)[0]
        if all(str(o.get("document")) in (own, document) for o in other):
            return "資料内の数値の不一致"
    return RULE_JA.get(rule, rule)
