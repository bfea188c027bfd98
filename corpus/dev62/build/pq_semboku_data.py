"""Invented figures for 仙北市 令和5年度 収納状況・取組状況（中間報告） (pq_semboku_progress_1).

Unit 千円 except 市営住宅使用料 at 2月末, which is kept in 円 (JUTAKU_YEN).
DATA[k][y]: 決算 2016..2022, 2023 = 決算見込 (estimate).
FEB[k][y]: 2月末 (y = 2023 -> 令和6年2月末 = 2024-02-29, y = 2022 -> 令和5年2月末 = 2023-02-28).
MONTHLY[y][m]: 市税現年課税分 cumulative (assessed, collected) at each month-end.
"""
from __future__ import annotations

import random

YEARS = list(range(2016, 2024))
DEBTS = [
    # key, name, short, 会計, cur base, growth, cur rate, arr0, arr rate, wo, 2月末 cur rate (FY22, FY23), arr rate
    ("shizei", "市税", "市税", "一般会計", 2640000, -0.005, (97.90, 98.75), 420000, (17.0, 24.0), 0.100, None, (22.10, 24.12)),
    ("hoiku", "保育料", "保育料", "一般会計", 80000, -0.060, (97.80, 98.60), 6500, (12.0, 17.0), 0.080, (94.10, 94.80), (12.40, 13.85)),
    ("jutaku", "市営住宅使用料", "住宅使用料", "一般会計", 120000, -0.010, (96.50, 97.60), 28000, (10.0, 14.0), 0.050, (90.35, 91.20), (9.10, 10.45)),
    ("kokuho", "国民健康保険税", "国保税", "国民健康保険特別会計", 560000, -0.025, (90.50, 93.20), 300000, (13.0, 18.0), 0.120, (81.34, 82.36), (16.05, 17.45)),
    ("kaigo", "介護保険料", "介護保険料", "介護保険特別会計", 610000, 0.010, (98.50, 99.00), 18000, (17.0, 22.0), 0.250, (96.59, 96.71), (18.20, 19.65)),
    ("kouki", "後期高齢者医療保険料", "後期高齢", "後期高齢者医療特別会計", 250000, 0.025, (99.20, 99.45), 3000, (35.0, 45.0), 0.150, (96.95, 97.12), (38.40, 41.25)),
]
# 市税現年課税分: month-end share of the final 調定額 and cumulative 収納率
MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]
SHARE = [0.552, 0.581, 0.934, 0.951, 0.962, 0.970, 0.976, 0.981, 0.986, 0.991, 0.995, 1.000]
RATE = {2023: [12.46, 25.13, 30.24, 40.37, 50.18, 58.82, 66.05, 72.57, 84.27, 89.62, 93.85, None],
        2022: [12.10, 24.86, 29.91, 39.95, 49.87, 58.31, 65.64, 72.02, 83.88, 89.20, 93.41, 97.63]}


def month_end(y, i):
    """fiscal year y, month index i (0 = 4月) -> ISO date of the month end."""
    import calendar
    m = 4 + i
    yy = y
    if m > 12:
        m -= 12
        yy += 1
    return f"{yy}-{m:02d}-{calendar.monthrange(yy, m)[1]:02d}"


def build():
    rng = random.Random(20240315)
    data, feb = {}, {}
    for (key, name, short, acct, base, g, (cr0, cr1), arr0, (ar0, ar1), wo, r2, a2) in DEBTS:
        d = {}
        prev = None
        for i, y in enumerate(YEARS):
            t = i / (len(YEARS) - 1)
            ca = int(base * (1 + g) ** i * (1 + rng.uniform(-0.007, 0.007)))
            cc = int(round(ca * (cr0 + (cr1 - cr0) * t + rng.uniform(-0.06, 0.06)) / 100))
            aa = arr0 if prev is None else prev
            ac = int(round(aa * (ar0 + (ar1 - ar0) * t + rng.uniform(-0.5, 0.5)) / 100))
            aw = int(round(aa * (wo + rng.uniform(-0.01, 0.01))))
            row = {"current": dict(assessed=ca, collected=cc, written_off=0, outstanding=ca - cc),
                   "arrears": dict(assessed=aa, collected=ac, written_off=aw, outstanding=aa - ac - aw)}
            row["total"] = {m: row["current"][m] + row["arrears"][m] for m in row["current"]}
            d[y] = row
            prev = row["total"]["outstanding"]
        data[key] = d
        fe = {}
        for j, y in enumerate((2022, 2023)):
            if key == "shizei":
                ca = int(round(d[y]["current"]["assessed"] * SHARE[10]))
                cc = int(round(ca * RATE[y][10] / 100))
            else:
                ca = int(round(d[y]["current"]["assessed"] * rng.uniform(0.993, 0.998)))
                cc = int(round(ca * r2[j] / 100))
            aa = d[y - 1]["total"]["outstanding"] - int(rng.uniform(30, 300))
            ac = int(round(aa * a2[j] / 100))
            row = {"current": dict(assessed=ca, collected=cc), "arrears": dict(assessed=aa, collected=ac)}
            row["total"] = {m: row["current"][m] + row["arrears"][m] for m in row["current"]}
            fe[y] = row
        feb[key] = fe
    monthly = {}
    for y in (2022, 2023):
        A = data["shizei"][y]["current"]["assessed"]
        rows = []
        for i in range(12):
            a = int(round(A * SHARE[i]))
            if RATE[y][i] is None:
                rows.append(None)
                continue
            rows.append((a, int(round(a * RATE[y][i] / 100))))
        if y == 2022:  # 3月末 of the previous year
            pass
        monthly[y] = rows
    # 市営住宅使用料 2月末 in 円
    jy = {}
    for y in (2022, 2023):
        f = feb["jutaku"][y]
        jy[y] = {seg: dict(assessed=f[seg]["assessed"] * 1000 + (317 * y + (41 if seg == "current" else 613)) % 999,
                           collected=f[seg]["collected"] * 1000 + (523 * y + (88 if seg == "current" else 402)) % 997)
                 for seg in ("current", "arrears")}
        jy[y]["total"] = {m: jy[y]["current"][m] + jy[y]["arrears"][m] for m in ("assessed", "collected")}
    return data, feb, monthly, jy


DATA, FEB, MONTHLY, JUTAKU_YEN = build()
META = {d[0]: dict(name=d[1], short=d[2], acct=d[3]) for d in DEBTS}
ORDER = [d[0] for d in DEBTS]

if __name__ == "__main__":
    for k in ORDER:
        print(k, DATA[k][2022]["total"], DATA[k][2023]["total"])
        print("   feb", FEB[k][2022]["total"], FEB[k][2023]["total"])
    print(MONTHLY)
    print(JUTAKU_YEN)
