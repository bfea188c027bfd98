"""qu_kumano_minutes_1: 熊野町債権管理推進委員会 議事要旨（書面開催）, drawn directly with PyMuPDF.
Run from corpus/frozen52:  python3 build/qu_kumano_minutes_1.py"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from qu_common import G, Flow, Tok, zen, cm, r2, PDF, GOTHIC, MINCHO  # noqa: E402

STEM = "qu_kumano_minutes_1"
TOWN = "熊野町"
TITLE = "令和７年度第２回熊野町債権管理推進委員会 議事要旨"
g = G(STEM, "minutes", "minutes", TOWN, "令和7年度第2回熊野町債権管理推進委員会 議事要旨", "2026-01-20",
      "令和８年１月２０日")
ASOF, ASOF_PREV = "2025-12-31", "2024-12-31"

# 12月末 figures (千円): debt -> (printed name, canonical, current A, C, prev-rate, arrears A, C, prev-rate)
DATA = [
    ("町税", "町税", 1842316, 1470167, 79.2, 96418, 17934, 16.9),
    ("国民健康保険税", "国民健康保険税", 512730, 401981, 77.8, 118562, 19474, 15.2),
    ("介護保険料", "介護保険料", 468905, 381704, 81.6, 9702, 1782, 19.8),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", 221604, 181827, 82.3, 6842, 1905, 24.6),
    ("保育所保育料", "保育料", 38215, 30534, 79.1, 4126, 536, 11.0),
    ("町営住宅使用料", "町営住宅使用料", 61880, 51307, 83.5, 12734, 1611, 13.9),
]


def rate(a, c, nd=1):
    return r2(c / a * 100, nd)


def hdr(fl: Flow):
    fl.put(fl.W - fl.mr - fl.tw("資料送付：令和８年１月２０日", 8), 40, "資料送付：令和８年１月２０日", 8)


def ftr(fl: Flow):
    s = f"－ {fl.pno} －"
    fl.put((fl.W - fl.tw(s, 9)) / 2, fl.H - 36, s, 9)


fl = Flow(g, header=hdr, footer=ftr, size=10.5)
fl.para(TITLE, first=(fl.W - fl.ml - fl.mr - fl.tw(TITLE, 14, True)) / 2, size=14, bold=True, after=14)

fl.para("１　開催方法", bold=True)
fl.para("令和７年度第２回熊野町債権管理推進委員会は、委員の日程調整が困難であったことから書面開催とし、"
        "令和８年１月２０日付けで各委員へ資料を送付し、同年１月３０日までに意見・質問票を事務局へ提出する"
        "方法により実施した。", indent=21, first=11)
fl.para("２　出席者（委員８名、事務局３名）", bold=True)
att = [("委員長", "副町長")] + [("委員", t) for t in
       ["総務部長", "民生部長", "建設部長", "教育部長", "子ども・家庭支援課長", "上下水道課長", "会計管理者"]] + \
      [("事務局", t) for t in ["税務課長", "収納対策係長", "収納対策係主任"]]
fl.para("委 員 長：副町長", indent=21)
fl.para("委　　員：総務部長・民生部長・建設部長・教育部長・子ども・家庭支援課長・上下水道課長・会計管理者",
        indent=84, first=21)
fl.para("事 務 局：税務課長・収納対策係長・収納対策係主任", indent=21, after=6)

agenda = ["令和７年度債権管理の取組状況（１２月末現在）について", "令和６年度決算における主要債権の状況について",
          "私債権の放棄に係る報告について"]
fl.para("３　議　題", bold=True)
for i, a in enumerate(agenda, 1):
    fl.para(f"（{zen(i)}）{a}", indent=42, first=21)
fl.para("４　資　料", bold=True)
mats = ["資料１　令和７年度債権管理の取組状況（令和７年１２月末現在）", "資料２　主要債権の決算状況（令和６年度）",
        "資料３　私債権の放棄に係る報告書"]
for m in mats:
    fl.para(m, indent=21)
fl.gap(4)

# ---------------------------------------------------------------- statements
statements = []


def speak(section, speaker, parts_list):
    fl.para(f"（{speaker}）", indent=21)
    texts = []
    for parts in parts_list:
        fl.para(parts, indent=32, first=42)
        texts.append("".join(str(p) for p in parts))
    statements.append({"speaker": speaker, "section": section, "text": "\n".join(texts)})


def d(name):
    return next(x for x in DATA if x[0] == name)


FY, FYR = 2025, "令和７年度"
fl.para("５　各委員からの意見及び質問（書面提出分の要旨）", bold=True)
sec1 = "所管する債権の状況について"
fl.para("（１）所管する債権の状況について", indent=11)

t = d("町税")
rc, ra = rate(t[2], t[3]), rate(t[5], t[6])
speak(sec1, "総務部長", [[
    "「町税」は、１２月末現在の現年課税分の収納率が",
    g.f(zen(f"{rc:.1f}％"), rc, "percent", "collection_rate", FY, "１２月末", "current", "interim", "町税", as_of=ASOF),
    "で、前年同月比",
    g.f(zen(f"{r2(rc - t[4], 1):.1f}ポイント"), r2(rc - t[4], 1), "points", "difference", FY, "前年同月比", "current",
        "interim", "町税", as_of=ASOF),
    "の上昇となった。滞納繰越分は、高額事案の分納が進んだことにより収納率が",
    g.f(zen(f"{ra:.1f}％"), ra, "percent", "collection_rate", FY, "１２月末", "arrears", "interim", "町税", as_of=ASOF),
    "となり、前年同月を上回っている。"],
    ["令和６年度決算では、町税全体の収入未済額は約",
     g.f("９，８７０万円", 98700000, "yen", "outstanding", 2024, "令和６年度", "total", "actual", "町税", approx=True),
     "で、前年度から約",
     g.f("１，０２０万円", -10200000, "yen", "difference", 2024, "令和６年度", "total", "actual", "町税", approx=True),
     "減少した。引き続き、納期限後の早期催告と財産調査の徹底に取り組む。"]])

t = d("国民健康保険税")
rc = rate(t[2], t[3])
speak(sec1, "民生部長", [[
    "「国民健康保険税」は、現年課税分の収納率が",
    g.f(zen(f"{rc:.1f}％"), rc, "percent", "collection_rate", FY, "１２月末", "current", "interim", "国民健康保険税",
        as_of=ASOF),
    "と、前年同月を",
    g.f(zen(f"{r2(rc - t[4], 1):.1f}ポイント"), r2(rc - t[4], 1), "points", "difference", FY, "前年同月", "current",
        "interim", "国民健康保険税", as_of=ASOF),
    "上回った。滞納繰越分の収入未済額は約",
    g.f("９，９１０万円", 99100000, "yen", "outstanding", FY, "１２月末", "arrears", "interim", "国民健康保険税",
        as_of=ASOF, approx=True),
    "で、前年同月から約",
    g.f("８６０万円", -8600000, "yen", "difference", FY, "前年同月", "arrears", "interim", "国民健康保険税",
        as_of=ASOF, approx=True),
    "減少している。"],
    ["「介護保険料」は、令和６年度決算で収納率",
     g.f("９８．９２％", 98.92, "percent", "collection_rate", 2024, "令和６年度", "total", "actual", "介護保険料"),
     "（現年分",
     g.f("９９．６１％", 99.61, "percent", "collection_rate", 2024, "令和６年度", "current", "actual", "介護保険料"),
     "）となった。普通徴収の未納者には、給付制限の説明を含めた個別の納付相談を行っている。"],
    ["「後期高齢者医療保険料」は、被保険者数の増加に伴い調定額が増えているが、現年分の収納率は前年同月と"
     "ほぼ同水準で推移している。"]])

speak(sec1, "建設部長", [[
    "「町営住宅使用料」は、連帯保証人への通知を早期に行ったことで、現年分の未納額が減少した。"
    "長期滞納者５名については、明渡し請求を視野に入れた法的措置の準備を進めている。"],
    ["「下水道事業受益者負担金」は、令和元年度以前の賦課分に時効が迫る事案があり、承認書の徴取を優先して"
     "進めている。"]])

sec2 = "意見・質問及び事務局の回答"
fl.para("（２）意見・質問及び事務局の回答", indent=11)
speak(sec2, "子ども・家庭支援課長", [[
    "保育料の滞納繰越分について、卒園児の保護者との接触が難しくなっている。児童手当からの特別徴収の"
    "申出を在園中に勧奨するなど、現年度中の対応を強めたい。"]])
speak(sec2, "会計管理者", [[
    "スマートフォン決済の利用状況はどうか。納付手段の拡大が収納率の改善にどの程度寄与しているか、"
    "次回委員会で示してほしい。"]])
t = d("町税")
speak(sec2, "税務課長", [[
    "スマートフォン決済は、令和７年１２月末までに町税・国民健康保険税合わせて約",
    g.f("２，４５０万円", 24500000, "yen", "collected", FY, "令和７年１２月末", "total", "interim", None,
        "町税・国民健康保険税", as_of=ASOF, approx=True),
    "の納付があった（件数は次回報告）。効果の分析結果は第３回委員会で報告する。"],
    ["保育料については、子ども・家庭支援課と連携し、申出による特別徴収の手続を案内する文書を作成する。"]])

fl.gap(4)
fl.para("６　結果", bold=True)
fl.para("議題（１）から（３）までについて、各委員から異議はなく、了承された。", indent=21)

# ---------------------------------------------------------------- 【収納率】 box with segment bullets
fl.gap(6)
fl.ensure(150)
top = fl.y
fl.para("【参考】町税の収納状況", indent=10, bold=True)
fl.para("【収納率】令和７年１２月末時点", indent=10, bold=True)
t = d("町税")
rc, ra = rate(t[2], t[3]), rate(t[5], t[6])
rt = rate(t[2] + t[5], t[3] + t[6])
prev_t = r2((t[4] / 100 * t[2] * 0.985 + t[7] / 100 * t[5] * 1.03) / (t[2] * 0.985 + t[5] * 1.03) * 100, 1)
for seg, lab, v, pv in [("current", "現年分", rc, t[4]), ("arrears", "滞納繰越分", ra, t[7]), ("total", "合計", rt, prev_t)]:
    fl.para(["・", lab, "　", g.f(zen(f"{v:.1f}％"), v, "percent", "collection_rate", FY, "令和７年１２月末", seg,
                                  "interim", "町税", as_of=ASOF),
             "（前年同月 ", g.f(zen(f"{pv:.1f}％"), pv, "percent", "collection_rate", 2024, "前年同月", seg,
                               "interim", "町税", as_of=ASOF_PREV), "）"], indent=24)
OUT = (t[2] + t[5] - t[3] - t[6])
fl.para(["・収入未済額（合計）　約", g.f(zen(f"{OUT // 100000}億{OUT % 100000 // 10:,}万円").replace(",", "，"), (OUT // 10) * 10000, "yen", "outstanding", FY, "令和７年１２月末",
                                   "total", "interim", "町税", as_of=ASOF, approx=True)], indent=24)
fl.page.draw_rect(fl.fitz.Rect(fl.ml, top - 4, fl.W - fl.mr, fl.y + 2), width=0.8)
fl.gap(8)

# ---------------------------------------------------------------- 別表１ (new page)
fl.new_page()
fl.para("別表１　主要債権の収納状況（令和７年１２月末現在）", bold=True, size=11)
fl.para("（単位：千円、％）", first=fl.W - fl.ml - fl.mr - fl.tw("（単位：千円、％）", 9), size=9)
rows = [["債権名", "区分", "調定額", "収入済額", "収納率", "前年同月\n収納率", "差"]]
spans = {}
sumA = sumC = 0
for i, (name, canon, ac, cc, pc, aa, ca, pa) in enumerate(DATA):
    for j, (seg, lab, a, c, p) in enumerate([("current", "現年", ac, cc, pc), ("arrears", "滞繰", aa, ca, pa)]):
        rv = rate(a, c)
        kw = dict(debt=canon, debt_raw=name, as_of=ASOF)
        row = [name if j == 0 else None, lab,
               g.f(cm(a), a * 1000, "yen", "assessed", FY, "令和７年１２月末", seg, "interim", **kw),
               g.f(cm(c), c * 1000, "yen", "collected", FY, "令和７年１２月末", seg, "interim", **kw),
               g.f(f"{rv:.1f}", rv, "percent", "collection_rate", FY, "令和７年１２月末", seg, "interim", **kw),
               g.f(f"{p:.1f}", p, "percent", "collection_rate", 2024, "前年同月", seg, "interim",
                   debt=canon, debt_raw=name, as_of=ASOF_PREV),
               g.f(("△" if rv - p < 0 else "") + f"{abs(r2(rv - p, 1)):.1f}", r2(rv - p, 1), "points", "difference",
                   FY, "令和７年１２月末", seg, "interim", **kw)]
        if j == 0:
            spans[(len(rows), 0)] = (2, 1)
        rows.append(row)
        sumA += a
        sumC += c
rt = rate(sumA, sumC)
rows.append(["合　計", "", g.f(cm(sumA), sumA * 1000, "yen", "assessed", FY, "令和７年１２月末", "total", "interim",
                             None, "合計", as_of=ASOF),
             g.f(cm(sumC), sumC * 1000, "yen", "collected", FY, "令和７年１２月末", "total", "interim", None, "合計",
                 as_of=ASOF),
             g.f(f"{rt:.1f}", rt, "percent", "collection_rate", FY, "令和７年１２月末", "total", "interim", None, "合計",
                 as_of=ASOF), "－", "－"])
spans[(len(rows) - 1, 0)] = (1, 2)
fl.table(rows, [118, 36, 78, 78, 50, 56, 55], size=9, rh=19,
         align=["l", "c", "r", "r", "r", "r", "r"], spans=spans, shade_rows=(len(rows) - 1,))
t = d("後期高齢者医療保険料")
fl.para(["※１　収納率は収入済額÷調定額（小数点第２位を四捨五入）。差は前年同月収納率との差（ポイント）。"], size=8.5,
        indent=24, first=8, after=0)
fl.para(["※２　国民健康保険税の滞納繰越分には、令和６年度分 ",
         g.f("58,214千円", 58214000, "yen", "assessed", 2024, "令和６年度分", "arrears", "interim", "国民健康保険税",
             as_of=ASOF),
         "（調定額）を含む。"], size=8.5, indent=24, first=8, after=10)

# 別表２: years as rows, debts as column groups
fl.para("別表２　主要債権の収入未済額及び収納率の推移（決算）", bold=True, size=11)
fl.para("（収入未済額：千円、収納率：％）", first=fl.W - fl.ml - fl.mr - fl.tw("（収入未済額：千円、収納率：％）", 9), size=9)
HIST = {  # fy -> debt -> (outstanding 千円, rate)
    2020: {"町税": (131204, 97.02), "国民健康保険税": (168350, 87.41), "介護保険料": (12566, 98.40)},
    2021: {"町税": (122518, 97.35), "国民健康保険税": (155902, 88.16), "介護保険料": (11930, 98.55)},
    2022: {"町税": (114077, 97.61), "国民健康保険税": (142611, 88.90), "介護保険料": (11248, 98.63)},
    2023: {"町税": (108920, 97.80), "国民健康保険税": (131477, 89.52), "介護保険料": (10615, 98.81)},
    2024: {"町税": (98736, 98.06), "国民健康保険税": (120338, 90.24), "介護保険料": (9874, 98.92)},
}
YR = {2020: "令和２年度", 2021: "３年度", 2022: "R4", 2023: "令和5年度", 2024: "令和６年度"}
rows = [["年度", "町税", None, "国民健康保険税", None, "介護保険料", None],
        ["", "収入未済額", "収納率", "収入未済額", "収納率", "収入未済額", "収納率"]]
spans = {(0, 1): (1, 2), (0, 3): (1, 2), (0, 5): (1, 2), (0, 0): (2, 1)}
rows[1][0] = None
for fy, dd in HIST.items():
    row = [YR[fy]]
    for name in ["町税", "国民健康保険税", "介護保険料"]:
        o, rv = dd[name]
        row += [g.f(cm(o), o * 1000, "yen", "outstanding", fy, YR[fy], "total", "actual", name),
                g.f(f"{rv:.2f}", rv, "percent", "collection_rate", fy, YR[fy], "total", "actual", name)]
    rows.append(row)
fl.table(rows, [72, 78, 56, 78, 56, 78, 56], size=9, rh=19, head_rows=2, spans=spans,
         align=["c", "r", "r", "r", "r", "r", "r"])
fl.para("※　収納率は現年課税分と滞納繰越分の合計。令和６年度の町税の収入未済額は、資料２の決算額（千円未満切捨て）による。",
        size=8.5, indent=16, first=8)
fl.gap(6)
fl.para("以　上", first=fl.W - fl.ml - fl.mr - fl.tw("以　上", 10.5))

g.minutes = {"title": g.doc["title"], "meeting_number": 2, "date": "2026-01-20", "method": "書面開催",
             "attendees": [{"role": r, "title": t, "name": None} for r, t in att],
             "agenda": agenda, "materials": mats, "statements": statements}
out = PDF / f"{STEM}.pdf"
fl.save(out)
g.write(out)
print(out, fl.doc.page_count if not fl.doc.is_closed else "", len(g.facts))
