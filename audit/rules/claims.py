"""claim_mismatch: figures stated in prose against the figures they describe, where the sentence prints both:
「1,250件から1,176件(74件減)」, 「約25.3億円から約12.8億円と、約12.5億円（49.4%）の減少」,
「約36.1%（約93.8億円⇒約59.9億円）」; and a share of a target printed on the same page:
「目標を12,000件とし」…「10,418件となり、目標の87%に達している」; and whole-scope figures of a sentence against
the tables' grand totals (`saiken.audit.prose_totals`, a `warning`: the sentence may cover other debts than the table).
"""
from __future__ import annotations

import re
from pathlib import Path

from saiken.audit.context import AuditContext
from saiken.audit.corpus import AuditDoc
from saiken.audit.intervals import Interval, Printed, fmt_interval
from saiken.audit.prose_totals import total_claims
from saiken.audit.textscan import NUM, compact, folded_pages, printed_amount
from saiken.extract.records import Fact, Finding

RULE = "claim_mismatch"
_FROM_TO = re.compile(NUM + r"から" + NUM + r"[^。0-9]{0,6}?" + NUM +
                      r"(?:[(（]" + r"(約)?([0-9]+(?:\.[0-9]+)?)%[)）])?の?(減|増)")
_TARGET = re.compile(r"目標(?:値)?(?:を|は|が)?" + NUM)
_OF_TARGET = re.compile(r"目標の(約)?([0-9]+(?:\.[0-9]+)?)%(?!を?(?:超|上回|下回|以上|以下|未満))")
_PCT_ARROW = re.compile(r"(約)?([0-9]+(?:\.[0-9]+)?)%[(（]" + NUM + r"[⇒→～〜]" + NUM + r"[)）]")


def _pct(i: Interval) -> str:
    return fmt_interval(i, 1, "%")


def _fact(page: int, raw: str, p: Printed) -> Fact:
    return Fact(metric="claim", value=float(p.value), unit="count", raw=raw, page=page, approx=p.approx)


def check(ctx: AuditContext) -> list[Finding]:
    """Change claims whose stated difference or percentage no values inside the printed precision give."""
    out: list[Finding] = []
    for doc in ctx.docs:
        for page, text in folded_pages(doc):
            flat = compact(text)
            for m in _FROM_TO.finditer(flat):
                g = m.groups()
                (a, fa), (b, fb), (z, fz) = (printed_amount(*g[0:3]), printed_amount(*g[3:6]),
                                             printed_amount(*g[6:9]))
                if not fa == fb == fz:
                    continue
                change = (a.interval() - b.interval()) if g[11] == "減" else (b.interval() - a.interval())
                problems = []
                if not change.overlaps(z.interval()):
                    problems.append(("差", fmt_interval(change, 0), g[7]))
                if g[10]:
                    pct = printed_amount(g[9], g[10], "%")[0]
                    ratio = z.interval() / a.interval()
                    if ratio is not None and not ratio.scale(100).overlaps(pct.interval()):
                        problems.append(("割合", _pct(ratio.scale(100)), g[10] + "%"))
                out.extend(_findings(ctx, doc, page, m.group(0), problems))
            for m in _PCT_ARROW.finditer(flat):
                g = m.groups()
                pct = printed_amount(g[0], g[1], "%")[0]
                (a, fa), (b, fb) = printed_amount(*g[2:5]), printed_amount(*g[5:8])
                if fa != fb:
                    continue
                ratio = (a.interval() - b.interval()) / a.interval()
                if ratio is None:
                    continue
                r = ratio.scale(100)
                if not (r.overlaps(pct.interval()) or (-r).overlaps(pct.interval())):
                    out.extend(_findings(ctx, doc, page, m.group(0), [("割合", _pct(r), g[1] + "%")]))
        out.extend(_target_share_findings(ctx, doc))
        out.extend(_total_claim_findings(ctx, doc))
    return out


def _total_claim_findings(ctx: AuditContext, doc: AuditDoc) -> list[Finding]:
    """Sentence figures (and 前年度から…の減) that the same year's table grand totals do not give."""
    out: list[Finding] = []
    for c in total_claims(doc):
        assert c.expected is not None
        totals = "、".join(f"{t.raw}（{t.page}ページ）" for t in c.totals)
        out.append(ctx.finding(
            RULE, doc, [c.fact, *c.totals],
            f"本文「{c.sentence}」の「{c.printed}」が表の合計（{totals}）から計算した値（{fmt_interval(c.expected, 0, '円')}）"
            "と一致しません（本文と表の対象範囲が異なる可能性があります）", printed=c.printed,
            expected=fmt_interval(c.expected, 0, "円"), severity="warning",
            other=[{"document": Path(doc.name).stem, "page": t.page} for t in c.totals]))
    return out


def _target_share_findings(ctx: AuditContext, doc: AuditDoc) -> list[Finding]:
    """「目標のN%」 against the figures of its sentence ÷ the one target figure of that unit on the page: a finding
    when none of the sentence's figures gives N%."""
    out: list[Finding] = []
    for page, text in folded_pages(doc):
        flat = compact(text)
        targets: dict[str, set[Printed]] = {}
        for m in _TARGET.finditer(flat):
            amount, family = printed_amount(*m.groups())
            targets.setdefault(m.group(3) + family, set()).add(amount)
        for sentence in flat.split("。"):
            m = _OF_TARGET.search(sentence)
            if not m:
                continue
            pct = printed_amount(m.group(1), m.group(2), "%")[0]
            figures = [(printed_amount(*g.groups()), g.group(3)) for g in re.finditer(NUM, sentence[:m.start()])]
            shares = []
            for (amount, family), unit in figures:
                goal = targets.get(unit + family, set())
                if family == "pct" or len(goal) != 1:
                    continue
                ratio = amount.interval() / next(iter(goal)).interval()
                if ratio is not None:
                    shares.append(ratio.scale(100))
            if shares and not any(r.overlaps(pct.interval()) for r in shares):
                out.extend(_findings(ctx, doc, page, sentence, [("目標に対する割合", _pct(shares[0]), m.group(2) + "%")]))
    return out


def _findings(ctx: AuditContext, doc: AuditDoc, page: int, claim: str,
              problems: list[tuple[str, str, str]]) -> list[Finding]:
    return [ctx.finding(RULE, doc, [_fact(page, claim, Printed(0, 1))],
                        f"本文「{claim}」の{what}（{printed}）が前後の数値から計算した値（{expected}）と一致しません",
                        printed=printed, expected=expected) for what, expected, printed in problems]
