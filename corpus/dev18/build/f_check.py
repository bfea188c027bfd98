"""Check the f_* gold files against their PDFs (independent of the builders) and print a summary.

- every fact's raw occurs in its page's text (whitespace removed); every initiative text likewise;
- minutes statements: the first 20 characters occur on their page;
- 収納率 = 収入済額 ÷ 調定額 (to the printed decimals) wherever the three are printed together;
- 収入未済額 = 調定額 − 収入済額 − 不納欠損額 for total-segment figures in yen.
"""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pymupdf as fitz

ROOT = Path(__file__).resolve().parent.parent
WS = re.compile(r"\s+")


def nows(s):
    return WS.sub("", s or "")


def main():
    bad = 0
    tot = defaultdict(int)
    for g in sorted((ROOT / "gold").glob("f_*.json")):
        gold = json.loads(g.read_text())
        pdf = ROOT / "pdf" / gold["source"]["file"]
        with fitz.open(pdf) as d:
            texts = [nows(p.get_text()) for p in d]
            assert len(texts) == gold["source"]["pages"], g
        import hashlib
        assert hashlib.sha256(pdf.read_bytes()).hexdigest() == gold["source"]["sha256"], g
        for f in gold["facts"]:
            if not f["page"] or nows(f["raw"]) not in texts[f["page"] - 1]:
                print(g.name, "raw not on page", f["raw"], f["page"]); bad += 1
            if f["basis"] == "interim" and not f["as_of"]:
                print(g.name, "interim without as_of", f["raw"]); bad += 1
        for i in gold["initiatives"]:
            if not i["page"] or nows(i["text"]) not in texts[i["page"] - 1]:
                print(g.name, "initiative not on page", i["text"][:20]); bad += 1
        if gold["minutes"]:
            for s in gold["minutes"]["statements"]:
                if not s["page"] or nows(s["text"])[:20] not in texts[s["page"] - 1]:
                    print(g.name, "statement not on page", s["text"][:20]); bad += 1
        # arithmetic
        grp = defaultdict(dict)
        for f in gold["facts"]:
            k = (f["page"], f["debt_raw"], f["fiscal_year"], f["segment"], f["basis"])
            grp[k][f["metric"]] = f
        for k, m in grp.items():
            if {"assessed", "collected", "collection_rate"} <= m.keys():
                raw = m["collection_rate"]["raw"]
                nd = len(re.sub(r"[^0-9.]", "", raw).split(".")[1]) if "." in raw else 0
                q = Decimal(1).scaleb(-nd)
                exp = (Decimal(m["collected"]["value"]) * 100 / Decimal(m["assessed"]["value"])).quantize(q, ROUND_HALF_UP)
                if float(exp) != m["collection_rate"]["value"]:
                    print(g.name, "rate mismatch", k, exp, m["collection_rate"]["value"]); bad += 1
        by = defaultdict(dict)
        for f in gold["facts"]:
            by[(f["page"], f["debt_raw"], f["fiscal_year"], f["basis"])][(f["segment"], f["metric"])] = f["value"]
        for k, m in by.items():
            need = [("total", "assessed"), ("total", "collected"), ("total", "written_off"), ("total", "outstanding")]
            if all(n in m for n in need):
                if m[need[0]] - m[need[1]] - m[need[2]] != m[need[3]]:
                    print(g.name, "identity mismatch", k); bad += 1
        tot["documents"] += 1
        tot["pages"] += len(texts)
        tot["facts"] += len(gold["facts"])
        tot["initiatives"] += len(gold["initiatives"])
        print(f"{g.name}: kind={gold['document']['kind']} pages={len(texts)} facts={len(gold['facts'])} "
              f"initiatives={len(gold['initiatives'])} size={pdf.stat().st_size // 1024}KB")
    print(dict(tot), "problems:", bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
