"""Invented figures for 桐生市 (helper mb, committee material). All amounts in 千円."""
from __future__ import annotations

from mb_common import rate

YEARS = list(range(2017, 2025))

# key: (full name, short name, canonical debt, section, curA by year, cur rate, arr rate,
#       write-off share of arrears, current write-off share, arrears assessed of 2017)
SPEC = {
    "shizei": dict(full="市税", short="市税", canon="市税", sec="一般",
                   curA=[13480512, 13562330, 13701845, 13498210, 13533904, 13710455, 13802167, 13756980],
                   cr=[98.55, 98.63, 98.71, 98.64, 98.88, 99.01, 99.08, 99.17],
                   ar=[21.4, 22.6, 23.1, 20.5, 25.7, 27.2, 28.1, 29.4],
                   wo=[0.085, 0.080, 0.078, 0.070, 0.082, 0.079, 0.075, 0.072], cw=0.0001, arr0=958204),
    "hoiku": dict(full="保育所保育料", short="保育料", canon="保育所保育料", sec="一般",
                  curA=[268044, 262310, 198512, 142307, 139815, 136204, 131932, 128415],
                  cr=[97.82, 97.95, 98.10, 98.35, 98.41, 98.62, 98.77, 98.86],
                  ar=[12.1, 12.8, 13.5, 14.2, 14.9, 15.6, 16.3, 17.2],
                  wo=[0.10, 0.10, 0.11, 0.09, 0.10, 0.10, 0.09, 0.09], cw=0.0, arr0=45611),
    "jutaku": dict(full="市営住宅使用料", short="住宅使用料", canon="市営住宅使用料", sec="一般",
                   curA=[512366, 509874, 505120, 503318, 498762, 494105, 490233, 486517],
                   cr=[96.81, 96.95, 97.12, 97.01, 97.30, 97.52, 97.70, 97.88],
                   ar=[10.2, 10.9, 11.4, 10.8, 12.3, 13.1, 13.8, 14.6],
                   wo=[0.060, 0.055, 0.058, 0.050, 0.062, 0.060, 0.057, 0.055], cw=0.0, arr0=168020),
    "seiho": dict(full="生活保護費返還金", short="生保返還金", canon="生活保護費返還金", sec="一般",
                  curA=[58213, 61450, 55872, 49631, 52108, 60977, 57340, 54862],
                  cr=[58.2, 60.1, 61.4, 59.8, 62.5, 63.9, 64.8, 65.7],
                  ar=[3.2, 3.5, 3.6, 3.3, 3.9, 4.2, 4.5, 4.8],
                  wo=[0.020, 0.018, 0.022, 0.015, 0.021, 0.020, 0.019, 0.024], cw=0.0, arr0=198455),
    "kokuho": dict(full="国民健康保険税", short="国保税", canon="国民健康保険料", sec="特別",
                   curA=[2981240, 2925618, 2862004, 2810775, 2768342, 2716009, 2655880, 2604126],
                   cr=[92.10, 92.62, 93.05, 93.41, 93.88, 94.20, 94.51, 94.83],
                   ar=[18.2, 19.0, 19.5, 18.8, 21.2, 22.5, 23.4, 24.1],
                   wo=[0.120, 0.118, 0.115, 0.105, 0.112, 0.108, 0.104, 0.100], cw=0.0, arr0=1420377),
    "kaigo": dict(full="介護保険料", short="介護料", canon="介護保険料", sec="特別",
                  curA=[2210455, 2246872, 2281390, 2318006, 2352914, 2391263, 2425870, 2458312],
                  cr=[98.60, 98.66, 98.72, 98.70, 98.85, 98.91, 98.97, 99.05],
                  ar=[15.0, 15.8, 16.4, 15.9, 17.6, 18.4, 18.9, 19.5],
                  wo=[0.25, 0.26, 0.24, 0.23, 0.25, 0.24, 0.24, 0.23], cw=0.0, arr0=88214),
    "kouki": dict(full="後期高齢者医療保険料", short="後期高齢", canon="後期高齢者医療保険料", sec="特別",
                  curA=[1021334, 1052478, 1083915, 1112806, 1146230, 1180667, 1219045, 1258813],
                  cr=[99.35, 99.38, 99.41, 99.40, 99.45, 99.48, 99.51, 99.55],
                  ar=[38.0, 39.2, 40.1, 38.8, 41.6, 42.9, 44.0, 45.1],
                  wo=[0.080, 0.082, 0.078, 0.070, 0.081, 0.079, 0.076, 0.074], cw=0.0, arr0=12533),
}
ORDER = ["shizei", "hoiku", "jutaku", "seiho", "kokuho", "kaigo", "kouki"]


def build():
    """D[key][year] = dict(cur=..., arr=..., tot=...) each with A, C, W, O and rate R."""
    D = {}
    for k, s in SPEC.items():
        D[k] = {}
        arrA = s["arr0"]
        for i, y in enumerate(YEARS):
            curA = s["curA"][i]
            curC = round(curA * s["cr"][i] / 100)
            curW = round(curA * s["cw"])
            arrC = round(arrA * s["ar"][i] / 100)
            arrW = round(arrA * s["wo"][i])
            cur = dict(A=curA, C=curC, W=curW, O=curA - curC - curW)
            arr = dict(A=arrA, C=arrC, W=arrW, O=arrA - arrC - arrW)
            tot = {m: cur[m] + arr[m] for m in "ACWO"}
            for seg in (cur, arr, tot):
                seg["R"] = rate(seg["C"], seg["A"])
            D[k][y] = dict(cur=cur, arr=arr, tot=tot)
            arrA = tot["O"]
    return D


def sums(D, keys, y):
    out = {}
    for seg in ("cur", "arr", "tot"):
        out[seg] = {m: sum(D[k][y][seg][m] for k in keys) for m in "ACWO"}
        out[seg]["R"] = rate(out[seg]["C"], out[seg]["A"])
    return out


if __name__ == "__main__":
    D = build()
    for k in ORDER:
        for y in (2023, 2024):
            print(k, y, D[k][y])
    for y in YEARS:
        t = sums(D, ORDER, y)
        print(y, t["tot"])
