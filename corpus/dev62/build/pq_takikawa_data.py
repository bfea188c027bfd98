"""Invented figures for 滝川市債権管理計画 (pq_takikawa_plan_1). Unit: 千円.

Chains are consistent: 滞納繰越分の調定額 of a year = 収入未済額 (計) of the year before;
収入未済額 = 調定額 − 収入済額 − 不納欠損額; 収納率 = 収入済額 ÷ 調定額.
"""
from __future__ import annotations

import random

YEARS = list(range(2018, 2025))  # 2024 = 令和6年度 見込 (estimate)

# key, full name, short name, 会計, 所管課, 根拠法令, 区分,
# cur base, growth, cur rate (2018, 2024), arrears init, arr rate (2018, 2024), wo rate, cur wo share
DEBTS = [
    ("shizei", "市税", "市税", "一般会計", "税務課", "地方税法", "強",
     4120000, 0.010, (98.62, 99.12), 262000, (23.5, 27.8), 0.085),
    ("hoiku", "保育所保育料", "保育料", "一般会計", "子育て応援課", "児童福祉法", "強",
     118000, -0.075, (98.10, 98.95), 9800, (14.0, 19.5), 0.080),
    ("jutaku", "市営住宅使用料", "住宅使用料", "一般会計", "建築住宅課", "公営住宅法", "私",
     305000, -0.004, (97.40, 98.15), 47500, (12.5, 15.8), 0.055),
    ("kyushoku", "学校給食費", "給食費", "一般会計", "教育総務課", "学校給食法", "私",
     166000, -0.012, (99.05, 99.38), 5300, (20.0, 24.0), 0.050),
    ("seiho", "生活保護費返還金", "生保返還金", "一般会計", "社会福祉課", "生活保護法", "非",
     41000, 0.020, (57.0, 61.5), 95000, (5.5, 7.2), 0.038),
    ("kokuho", "国民健康保険税", "国保税", "国民健康保険事業特別会計", "税務課", "地方税法", "強",
     742000, -0.022, (92.70, 94.35), 331000, (16.5, 21.0), 0.105),
    ("kaigo", "介護保険料", "介護料", "介護保険事業特別会計", "介護福祉課", "介護保険法", "強",
     598000, 0.014, (98.75, 99.22), 23500, (19.0, 23.5), 0.240),
    ("kouki", "後期高齢者医療保険料", "後期高齢", "後期高齢者医療特別会計", "市民課",
     "高齢者の医療の確保に関する法律", "強",
     372000, 0.028, (99.30, 99.52), 6100, (38.0, 44.0), 0.150),
    ("gesui", "下水道使用料", "下水道", "下水道事業会計", "上下水道課", "地方自治法", "強",
     818000, -0.006, (98.85, 99.10), 14200, (42.0, 48.0), 0.080),
    ("suido", "水道料金", "水道料金", "水道事業会計", "上下水道課", "民法", "私",
     1148000, -0.005, (98.95, 99.20), 21400, (52.0, 57.0), 0.100),
]


def build():
    rng = random.Random(20250301)
    data = {}
    for (key, name, short, acct, dept, law, kind, base, g, (cr0, cr1), arr0, (ar0, ar1), wo) in DEBTS:
        d = {}
        prev_out = None
        for i, y in enumerate(YEARS):
            t = i / (len(YEARS) - 1)
            ca = int(base * (1 + g) ** i * (1 + rng.uniform(-0.008, 0.008)))
            crate = cr0 + (cr1 - cr0) * t + rng.uniform(-0.08, 0.08)
            cc = int(round(ca * crate / 100))
            cw = 0
            aa = arr0 if prev_out is None else prev_out
            arate = ar0 + (ar1 - ar0) * t + rng.uniform(-0.6, 0.6)
            ac = int(round(aa * arate / 100))
            aw = int(round(aa * (wo + rng.uniform(-0.01, 0.01))))
            row = {
                "current": dict(assessed=ca, collected=cc, written_off=cw, outstanding=ca - cc - cw),
                "arrears": dict(assessed=aa, collected=ac, written_off=aw, outstanding=aa - ac - aw),
            }
            row["total"] = {m: row["current"][m] + row["arrears"][m] for m in row["current"]}
            d[y] = row
            prev_out = row["total"]["outstanding"]
        data[key] = d
    return data


DATA = build()
META = {d[0]: dict(name=d[1], short=d[2], acct=d[3], dept=d[4], law=d[5], kind=d[6]) for d in DEBTS}
ORDER = [d[0] for d in DEBTS]

if __name__ == "__main__":
    for k in ORDER:
        for y in (2019, 2022, 2023, 2024):
            t = DATA[k][y]
            print(k, y, t["current"], t["arrears"]["assessed"], t["arrears"]["collected"],
                  t["arrears"]["written_off"], t["total"]["outstanding"])
    for y in YEARS:
        print(y, sum(DATA[k][y]["total"]["outstanding"] for k in ORDER))
