"""Consistent multi-year debt series for helper fn's documents (amounts in 千円 or 円)."""
from __future__ import annotations

from fn_common import rate


def series(years, cur_assessed, cur_rate, arr0, arr_rate, wo_arr, wo_cur=None, carry_adj=None):
    """Return {year: {"cur": {...}, "arr": {...}, "tot": {...}}}.

    cur_assessed, cur_rate, arr_rate, wo_arr: lists per year. The arrears assessed of a year is the
    whole outstanding of the year before (plus carry_adj, e.g. 調定更正), the first from arr0.
    Every part holds a (調定額), c (収入済額), w (不納欠損額), o (収入未済額), r (収納率).
    """
    out = {}
    arr_a = arr0
    for i, y in enumerate(years):
        ca = cur_assessed[i]
        cc = round(ca * cur_rate[i] / 100)
        cw = (wo_cur[i] if wo_cur else 0)
        co = ca - cc - cw
        aa = arr_a
        ac = round(aa * arr_rate[i] / 100)
        aw = wo_arr[i]
        ao = aa - ac - aw
        cur = dict(a=ca, c=cc, w=cw, o=co, r=rate(cc, ca))
        arr = dict(a=aa, c=ac, w=aw, o=ao, r=rate(ac, aa))
        ta, tc, tw = ca + aa, cc + ac, cw + aw
        tot = dict(a=ta, c=tc, w=tw, o=ta - tc - tw, r=rate(tc, ta))
        out[y] = dict(cur=cur, arr=arr, tot=tot)
        arr_a = tot["o"] + (carry_adj[i] if carry_adj else 0)
    return out


def add(parts):
    """Sum several {a,c,w,o} dicts and recompute the rate."""
    a = sum(p["a"] for p in parts)
    c = sum(p["c"] for p in parts)
    w = sum(p["w"] for p in parts)
    o = sum(p["o"] for p in parts)
    return dict(a=a, c=c, w=w, o=o, r=rate(c, a))
