"""ft_sakaiminato_minutes_1: 境港市債権管理対策会議 会議録 (python-docx -> LibreOffice). Run from corpus/frozen38."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ft_common import PDF_DIR, WORK, Gold, c, check, zen  # noqa: E402
from ft_data import series, total  # noqa: E402
from ft_docx import footer_page_numbers, new_doc, page_break, para, set_cell, table, to_pdf  # noqa: E402

STEM = "ft_sakaiminato_minutes_1"
CITY = "境港市"
TITLE = "令和7年度第2回境港市債権管理対策会議 会議録"
g = Gold(STEM, "minutes", "minutes", CITY, TITLE, "2025-11-20", "令和7年11月20日")
YEARS = [2023, 2024]
DEBTS = [
    ("市税", dict(seed=51, ca0=4480000, cr=99.05, aa0=131000, ar=26.0, wr=0.05)),
    ("国民健康保険料", dict(seed=52, ca0=731000, cr=94.6, aa0=158000, ar=19.0, wr=0.08)),
    ("介護保険料", dict(seed=53, ca0=702000, cr=99.0, aa0=13100, ar=17.0, wr=0.20)),
    ("後期高齢者医療保険料", dict(seed=54, ca0=389000, cr=99.5, aa0=3100, ar=36.0, wr=0.10)),
    ("保育料", dict(seed=55, ca0=61000, cr=98.8, aa0=3900, ar=21.0, wr=0.08)),
    ("市営住宅使用料", dict(seed=56, ca0=82000, cr=97.2, aa0=17300, ar=13.0, wr=0.04)),
    ("下水道使用料", dict(seed=57, ca0=918000, cr=99.1, aa0=12800, ar=45.0, wr=0.05)),
]
S = {n: series(years=YEARS, **p) for n, p in DEBTS}
NAMES = [n for n, _ in DEBTS]
T = {y: total([S[n][y] for n in NAMES]) for y in YEARS}


def pct(v):
    return f"{v:.2f}"


def man(v):
    oku, rest = divmod(v, 10000)
    return (f"{oku}億" if oku else "") + (f"{rest:,}万円" if rest else "円")


d = new_doc(10.5)
# ---------------------------------------------------------------- page 1
para(d, "令和７年度第２回境港市債権管理対策会議　会議録", 14, True, "c", after=10)
ATT = [("委員長", "副市長")] + [("委員", t) for t in ["総務部長", "市民生活部長", "福祉保健部長", "子ども・若者部長", "産業部長",
                                                  "建設部長", "教育委員会事務局長"]] + \
      [("事務局", t) for t in ["税務課長", "税務課課長補佐", "税務課収納係長"]]
info = [("１　日　　時", "令和７年11月20日（木）　午後２時00分～午後３時10分"),
        ("２　場　　所", "境港市役所　本庁舎３階　第１会議室"),
        ("３　開催方法", "対面開催"),
        ("４　出 席 者", "委員８名、事務局３名")]
for a, b in info:
    para(d, f"{a}　　{b}", 10.5, after=2)
para(d, "委員長　副市長", 10.5, indent=10)
para(d, "委　員　総務部長、市民生活部長、福祉保健部長、子ども・若者部長、産業部長、建設部長、", 10.5, indent=10)
para(d, "教育委員会事務局長", 10.5, indent=22)
para(d, "事務局　税務課長、税務課課長補佐、税務課収納係長", 10.5, indent=10, after=4)
AGENDA = ["令和６年度債権管理状況の報告について", "令和７年度上半期（９月末）の収納状況について", "私債権の放棄に係る手続について"]
para(d, "５　議　　題", 10.5, after=2)
for i, a in enumerate(AGENDA):
    para(d, f"（{zen(i + 1)}）{a}", 10.5, indent=10)
MAT = ["資料１　令和６年度債権管理状況報告書", "資料２　令和７年度９月末収納状況一覧", "資料３　私債権の放棄に係る事務処理要領（案）"]
para(d, "６　配付資料", 10.5, before=4, after=2)
for m in MAT:
    para(d, m, 10.5, indent=10)
para(d, "７　会議の経過", 10.5, before=4, after=2)
para(d, "　副市長が委員長として議事を進行し、議題に沿って事務局及び各債権所管部長から説明があった後、"
     "質疑応答を行った。主な発言は次のとおり。", 10.5, align="j")
page_break(d)

STM = []
PG = 2


def say(speaker, section, text, pg, facts=()):
    para(d, f"○{speaker}", 10.5, True, before=4)
    para(d, text, 10.5, indent=4, first=3.5, align="j")
    STM.append({"speaker": speaker, "section": section, "text": text})
    for f in facts:
        g.fact(pg, *f)


# ---------------------------------------------------------------- page 2: agenda 1
sec = AGENDA[0]
para(d, f"（１）{sec}", 11, True, after=2)
t24, t23 = S["市税"][2024], S["市税"][2023]
cr_s, ar_s, tr_s = zen(pct(t24["cr"])) + "％", zen(pct(t24["ar"])) + "％", zen(pct(t24["tr"])) + "％"
dtr = round(t24["tr"] - t23["tr"], 2)
dtr_s = zen(f"{abs(dtr):.2f}") + "ポイント" + ("上昇" if dtr >= 0 else "低下")
o24, o23 = round(T[2024]["to"] / 10), round(T[2023]["to"] / 10)
o_s, do_s = "約" + man(o24), "約" + man(o23 - o24)
say("委員長", sec, "それでは議題（１）について、事務局から説明をお願いしたい。", PG)
say("税務課長", sec,
    f"資料１により説明する。令和６年度の市税の収納率は、現年度分{cr_s}、滞納繰越分{ar_s}、合計{tr_s}となり、"
    f"前年度に比べ合計で{dtr_s}した。対象債権全体の収入未済額は{o_s}で、前年度末から{do_s}の減少となった。"
    "滞納繰越分は財産調査の早期着手により改善したが、少額で長期化した案件がなお残っている。", PG,
    [("市税", "市税", 2024, "令和６年度", "current", "collection_rate", "actual", t24["cr"], "percent", cr_s),
     ("市税", "市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", t24["ar"], "percent", ar_s),
     ("市税", "市税", 2024, "令和６年度", "total", "collection_rate", "actual", t24["tr"], "percent", tr_s),
     ("市税", "市税", 2024, "令和６年度", "total", "difference", "actual", dtr, "points", dtr_s),
     (None, None, 2024, "令和６年度", "total", "outstanding", "actual", o24 * 10000, "yen", o_s, None, True),
     (None, None, 2024, "令和６年度", "total", "difference", "actual", -(o23 - o24) * 10000, "yen", do_s + "の減少", None, True)])
k24, k23 = S["国民健康保険料"][2024], S["国民健康保険料"][2023]
kq = f"{pct(k24['cr'])}％"
kdiff = round(k24["cr"] - k23["cr"], 2)
kd_s = f"{abs(kdiff):.2f}ポイント" + ("上昇" if kdiff >= 0 else "低下")
say("福祉保健部長", sec,
    f"国民健康保険料の現年度分収納率は{kq}で、前年度から{kd_s}した。資格喪失後の未納分が増えており、"
    "喪失手続の際に未納額を案内するなど、窓口での対応を強化している。", PG,
    [("国民健康保険料", "国民健康保険料", 2024, "令和６年度", "current", "collection_rate", "actual", k24["cr"], "percent", kq),
     ("国民健康保険料", "国民健康保険料", 2024, "令和６年度", "current", "difference", "actual", kdiff, "points", kd_s)])
say("総務部長", sec, "国民健康保険料の滞納繰越分は、税務課に移管して一体的に処分を行う案件はどの程度あるのか。", PG)
h_s = f"{S['国民健康保険料'][2024]['ao']:,}千円"
say("福祉保健部長", sec,
    f"令和６年度末の滞納繰越分の収入未済額{h_s}のうち、税務課との共同処理の対象は約３割である。"
    "高額案件を優先して移管を進めたい。", PG,
    [("国民健康保険料", "国民健康保険料", 2024, "令和６年度", "arrears", "outstanding", "actual",
      S["国民健康保険料"][2024]["ao"] * 1000, "yen", h_s)])
ju = S["市営住宅使用料"][2024]
ju_s = f"{ju['to'] * 1000:,}円"
say("建設部長", sec,
    f"市営住宅使用料の令和６年度末の収入未済額は{ju_s}である。退去者分が半分以上を占めており、"
    "連帯保証人への請求と支払督促の申立てを計画的に行っている。", PG,
    [("市営住宅使用料", "市営住宅使用料", 2024, "令和６年度", "total", "outstanding", "actual", ju["to"] * 1000, "yen", ju_s)])
page_break(d)

# ---------------------------------------------------------------- page 3: agenda 2 and 3
PG = 3
sec = AGENDA[1]
para(d, f"（２）{sec}", 11, True, after=2)
i_c, i_p = 55.84, 55.31
ia, iap = 17.92, 16.85
s1, s2, s3, s4 = f"{i_c}％", f"{i_p}％", f"{ia}％", f"{iap}％"
dd1 = round(i_c - i_p, 2)
say("税務課収納係長", sec,
    f"資料２により説明する。９月末現在の市税の収納率は、現年度分{s1}（前年同月{s2}）、滞納繰越分{s3}（前年同月{s4}）で、"
    f"いずれも前年同月を上回っている。現年度分は前年同月比{dd1:.2f}ポイントの上昇である。", PG,
    [("市税", "市税", 2025, "９月末", "current", "collection_rate", "interim", i_c, "percent", s1, "2025-09-30"),
     ("市税", "市税", 2024, "前年同月", "current", "collection_rate", "interim", i_p, "percent", s2, "2024-09-30"),
     ("市税", "市税", 2025, "９月末", "arrears", "collection_rate", "interim", ia, "percent", s3, "2025-09-30"),
     ("市税", "市税", 2024, "前年同月", "arrears", "collection_rate", "interim", iap, "percent", s4, "2024-09-30"),
     ("市税", "市税", 2025, "９月末", "current", "difference", "interim", dd1, "points", f"{dd1:.2f}ポイント", "2025-09-30")])
say("市民生活部長", sec, "下水道使用料の滞納繰越分が昨年より伸びていないように見えるが、要因は何か。", PG)
gs = "約２５０万円"
say("税務課長", sec,
    f"下水道使用料の滞納繰越分は、昨年度に高額の１件が完納となった影響で前年同月の収入済額が大きかったためである。"
    f"今年度の９月末の滞納繰越分の収入済額は{gs}で、例年並みの水準である。", PG,
    [("下水道使用料", "下水道使用料", 2025, "今年度の９月末", "arrears", "collected", "interim", 2500000, "yen", gs, "2025-09-30", True)])
say("子ども・若者部長", sec, "保育料については、児童手当からの申出徴収の利用が増え、現年度分の未納は前年同月より少ない。", PG)
sec = AGENDA[2]
para(d, f"（３）{sec}", 11, True, before=6, after=2)
say("税務課課長補佐", sec,
    "資料３により説明する。時効期間が経過し、債務者が所在不明又は無資力である私債権について、"
    "放棄の判断基準と決裁の手順を定める要領案を作成した。放棄した債権は翌年度の議会に報告する。", PG)
say("教育委員会事務局長", sec, "学校給食費の未納分についても、この要領に沿って整理を進めてよいか。", PG)
say("委員長", sec, "各所管課で対象案件を精査のうえ、次回会議で件数と金額を報告してほしい。以上で本日の会議を終了する。", PG)
page_break(d)

# ---------------------------------------------------------------- page 4: 別表
PG = 4
para(d, "別表　債権別収納状況（令和６年度決算）", 11, True, after=2)
para(d, "（資料１より抜粋）", 9, align="r")
tb = table(d, 2 + len(NAMES) + 1, 7, [38, 24, 24, 22, 24, 19, 19])
hdr = ["債権名", "調定額（千円）", "収入済額（千円）", "不納欠損額（千円）", "収入未済額（千円）", "収納率（％）", "前年度収納率（％）"]
for j, h in enumerate(hdr):
    set_cell(tb.cell(0, j), h, 8, "c", True, "DDDDDD")
rows = [(n, S[n]) for n in NAMES] + [(None, T)]
for i, (n, dd) in enumerate(rows, start=1):
    a, p_ = dd[2024], dd[2023]
    set_cell(tb.cell(i, 0), n or "合計", 8.5, "l" if n else "c", n is None)
    vals = [("assessed", a["ta"]), ("collected", a["tc"]), ("written_off", a["tw"]), ("outstanding", a["to"])]
    for j, (met, v) in enumerate(vals):
        set_cell(tb.cell(i, 1 + j), c(v), 8.5, "r")
        g.fact(PG, n, n or "合計", 2024, "令和６年度", "total", met, "actual", v * 1000, "yen", c(v))
    set_cell(tb.cell(i, 5), pct(a["tr"]), 8.5, "r")
    set_cell(tb.cell(i, 6), pct(p_["tr"]), 8.5, "r")
    g.fact(PG, n, n or "合計", 2024, "令和６年度", "total", "collection_rate", "actual", a["tr"], "percent", pct(a["tr"]))
    g.fact(PG, n, n or "合計", 2023, "前年度", "total", "collection_rate", "actual", p_["tr"], "percent", pct(p_["tr"]))
para(d, "出典：資料１　令和６年度債権管理状況報告書（境港市総務部税務課）", 8.5, before=3)
para(d, "※　調定額は現年度分と滞納繰越分の合計。下水道使用料は下水道事業会計（公営企業会計）の未収金を含む。", 8.5, before=4)
para(d, "※　端数処理の関係で合計が一致しない場合がある。", 8.5)
footer_page_numbers(d)

g.minutes = {"title": TITLE, "meeting_number": 2, "date": "2025-11-20", "method": "対面開催",
             "attendees": [{"role": r, "title": t, "name": None} for r, t in ATT],
             "agenda": AGENDA, "materials": MAT, "statements": STM}
dx = WORK / f"{STEM}.docx"
d.save(dx)
out = to_pdf(dx, PDF_DIR / f"{STEM}.pdf")
gp = g.write(out)
sys.exit(1 if check(out, gp) else 0)
