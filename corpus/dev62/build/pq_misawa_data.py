"""Invented figures for 三沢市債権管理対策会議資料 (pq_misawa_committee_1). Unit: 千円.

DATA[k][y][seg][metric] for 2019..2025 (2025 = full-year 決算見込);
INTERIM[k][y][seg][metric] for 9月末 of 2024 (前年同期) and 2025 (今期).
"""
from __future__ import annotations

import random

YEARS = list(range(2019, 2026))
DEBTS = [
    # key, name, short, dept, kind, cur base, growth, cur rate, arr0, arr rate, wo, 9月末 cur rate, 9月末 arr rate
    ("shizei", "市税", "市税", "税務課", "強制徴収公債権", 5180000, 0.008, (98.40, 98.95), 310000, (22.0, 27.0), 0.090,
     (56.22, 56.91), (14.52, 15.24)),
    ("kokuho", "国民健康保険税", "国保税", "保険年金課", "強制徴収公債権", 905000, -0.020, (91.80, 93.70), 420000,
     (15.0, 20.0), 0.110, (45.12, 45.83), (13.20, 13.92)),
    ("kaigo", "介護保険料", "介護料", "介護福祉課", "強制徴収公債権", 702000, 0.015, (98.60, 99.05), 26000,
     (18.0, 22.0), 0.230, (51.30, 51.62), (15.92, 16.85)),
    ("kouki", "後期高齢者医療保険料", "後期高齢", "保険年金課", "強制徴収公債権", 398000, 0.030, (99.25, 99.50), 7200,
     (36.0, 43.0), 0.140, (50.24, 50.61), (24.10, 25.32)),
    ("hoiku", "保育料", "保育料", "こども家庭課", "強制徴収公債権", 132000, -0.070, (98.00, 98.80), 11500,
     (13.0, 18.0), 0.080, (49.05, 49.78), (10.21, 11.40)),
    ("jutaku", "市営住宅使用料", "住宅使用料", "建築住宅課", "私債権", 268000, 0.000, (97.10, 97.95), 52000,
     (11.0, 15.0), 0.050, (48.52, 49.11), (7.85, 8.42)),
    ("gesui", "下水道使用料", "下水道", "上下水道課", "強制徴収公債権", 910000, -0.005, (98.70, 99.05), 16500,
     (40.0, 47.0), 0.080, (49.93, 50.32), (30.15, 31.08)),
]


def build():
    rng = random.Random(20251114)
    data, interim = {}, {}
    for (key, name, short, dept, kind, base, g, (cr0, cr1), arr0, (ar0, ar1), wo, r9, a9) in DEBTS:
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
        it = {}
        for j, y in enumerate((2024, 2025)):
            ca = int(d[y]["current"]["assessed"] * rng.uniform(0.985, 0.993))
            cc = int(round(ca * r9[j] / 100 + rng.uniform(-3, 3)))
            aa = d[y - 1]["total"]["outstanding"] - int(rng.uniform(50, 400))
            ac = int(round(aa * a9[j] / 100 + rng.uniform(-2, 2)))
            row = {"current": dict(assessed=ca, collected=cc, outstanding=ca - cc),
                   "arrears": dict(assessed=aa, collected=ac, outstanding=aa - ac)}
            row["total"] = {m: row["current"][m] + row["arrears"][m] for m in row["current"]}
            it[y] = row
        interim[key] = it
    return data, interim


DATA, INTERIM = build()
META = {d[0]: dict(name=d[1], short=d[2], dept=d[3], kind=d[4]) for d in DEBTS}
ORDER = [d[0] for d in DEBTS]

if __name__ == "__main__":
    for k in ORDER:
        for y in (2022, 2023, 2024, 2025):
            print(k, y, DATA[k][y]["total"])
        print("  9月末", INTERIM[k][2024]["total"], INTERIM[k][2025]["total"])
    for y in YEARS:
        print(y, sum(DATA[k][y]["total"]["outstanding"] for k in ORDER))
