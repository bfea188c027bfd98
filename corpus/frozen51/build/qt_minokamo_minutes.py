"""美濃加茂市債権管理委員会 会議録（要旨）書面開催 — PyMuPDF direct drawing. Run from corpus/frozen51."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qt_common import *
from qt_pdfdraw import Canvas

random.seed(5103)
STEM = "qt_minokamo_minutes_1"
TITLE = "令和7年度第2回美濃加茂市債権管理委員会 会議録（要旨）"
g = Gold(STEM, "minutes", "minutes", "美濃加茂市", TITLE, "2025-11-14", "令和7年11月14日")
AS, ASP = "2025-09-30", "2024-09-30"
DEBTS = [("市税", "市税", 5320000, 58.4, 248000, 21.1), ("国民健康保険税", "国保税", 1210000, 52.6, 286000, 14.2),
         ("介護保険料", "介護保険料", 1030000, 55.9, 24800, 16.5), ("後期高齢者医療保険料", "後期高齢者医療保険料", 590000, 56.8, 3600, 30.4),
         ("保育料", "保育料", 118000, 54.7, 9400, 12.8), ("市営住宅使用料", "市営住宅使用料", 64000, 51.2, 15200, 9.6),
         ("下水道使用料", "下水道使用料", 702000, 49.8, 21300, 33.5)]
DATA = {}
for n, pr, a, rr, aa, ar in DEBTS:
    cur = rec(a, int(a * rr / 100)); arr = rec(aa, int(aa * ar / 100))
    pcur = r(cur["r"] - random.uniform(-0.5, 0.6)); parr = r(arr["r"] - random.uniform(-1.5, 2.0))
    if n == "市税": pcur = r(cur["r"] - 0.35)
    if n == "国民健康保険税": pcur = r(cur["r"] + 0.22)
    DATA[n] = dict(cur=cur, arr=arr, pcur=pcur, parr=parr)
ALLc = add(*[DATA[n]["cur"] for n in DATA]); ALLa = add(*[DATA[n]["arr"] for n in DATA])
ALL = add(ALLc, ALLa)
prev_out = ALL["o"] + 41230  # 千円: same month last year, outstanding larger

cv = Canvas(footer="－{n}－")
# ------------------------------------------------ p1
cv.new(); g.page = 1
cv.y = 70
cv.center("令和7年度第2回", cv.y, 13, "g"); cv.y += 20
cv.center("美濃加茂市債権管理委員会 会議録（要旨）", cv.y, 14, "g"); cv.y += 26
cv.para("１　開催日", size=11, font="g")
cv.para("令和7年11月14日（金）付けで委員に資料を送付し、令和7年11月21日（金）までに意見を聴取した。", indent=14, hang=14)
cv.para("２　開催方法", size=11, font="g")
cv.para("書面開催（新型感染症の拡大防止のためではなく、議題が報告中心であることから書面により開催した。）", indent=14, hang=14)
cv.para("３　出席者　委員８名、事務局３名", size=11, font="g")
ATT = [("委員長", "副市長"), ("委員", "企画部長"), ("委員", "総務部長"), ("委員", "市民協働部長"), ("委員", "健康福祉部長"),
       ("委員", "こども・子育て部長"), ("委員", "経済部長"), ("委員", "都市建設部長"),
       ("事務局", "税務課長"), ("事務局", "税務課収納係長"), ("事務局", "税務課収納係主査")]
rows = [["区分", "職名", "区分", "職名"]]
half = 6
for k in range(half):
    a = ATT[k]; b = ATT[k + half] if k + half < len(ATT) else ("", "")
    rows.append([a[0], a[1], b[0], b[1]])
cv.y += 2
cv.table(70, [60, 150, 60, 150], rows, size=9.5, aligns="clcl")
cv.para("４　議題", size=11, font="g")
AG = ["令和7年度上半期の債権の状況について", "令和6年度決算における不納欠損処理の状況について", "債権放棄の実施について"]
for k, a in enumerate(AG, 1):
    cv.para(f"（{k}）{a}", indent=14, hang=42, after=0)
cv.y += 4
cv.para("５　配布資料", size=11, font="g")
MAT = ["資料１　令和7年度上半期債権別収納状況（令和7年9月末現在）", "資料２　令和6年度不納欠損処理一覧", "資料３　債権放棄対象一覧"]
for m in MAT:
    cv.para(m, indent=14, hang=56, after=0)
cv.y += 4
cv.para("６　意見等の概要", size=11, font="g")
cv.para("各委員から提出された意見及び事務局の説明の要旨は、次ページ以降のとおりである。", indent=14, hang=14)

# ------------------------------------------------ p2 statements
cv.new(); g.page = 2
statements = []
def stmt(speaker, section, parts):
    """parts: list of str or (raw, fact-kwargs)"""
    text = ""
    for p_ in parts:
        if isinstance(p_, tuple):
            raw, kw = p_
            g.f(raw, **kw); text += raw
        else:
            text += p_
    statements.append(dict(speaker=speaker, section=section, text=text))
    cv.para(f"〔{speaker}〕", size=10.5, font="g", after=0)
    cv.para(text, indent=10.5, hang=10.5, size=10.2, after=6)

sec1 = "議題（1）令和7年度上半期の債権の状況について"
cv.para(sec1, size=11, font="g", after=4)
man = round(ALL["o"] / 100)  # 万円 rounded to 10万 -> use 100万 rounding below
o_man = round(ALL["o"] / 1000) * 100
d_man = round((prev_out - ALL["o"]) / 1000) * 100
zc = DATA["市税"]
stmt("税務課長", sec1, [
    "資料１により報告する。9月末現在の対象債権全体の収入未済額は",
    (f"約{o_man//10000}億{o_man%10000:,}万円", dict(value=o_man * 10000, metric="outstanding", fy=2025, fy_raw="令和7年度", basis="interim", as_of=AS, approx=True)),
    "で、前年同期から",
    (f"約{d_man:,}万円減少", dict(value=-d_man * 10000, metric="difference", fy=2025, fy_raw="令和7年度", basis="interim", as_of=AS, approx=True)),
    "した。市税の現年分収納率は",
    (f"{pf(zc['cur']['r'])}％", dict(value=zc["cur"]["r"], metric="collection_rate", fy=2025, fy_raw="令和7年度", seg="current", basis="interim", as_of=AS, debt="市税", debt_raw="市税")),
    "で、前年同期を",
    (f"{pf(r(zc['cur']['r']-zc['pcur']))}ポイント", dict(value=r(zc['cur']['r'] - zc['pcur']), metric="difference", fy=2025, fy_raw="令和7年度", seg="current", basis="interim", as_of=AS, unit="points", debt="市税", debt_raw="市税")),
    "上回っている。個人住民税の特別徴収の一斉指定を徹底したことが寄与している。"])
zk = DATA["国民健康保険税"]
stmt("健康福祉部長", sec1, [
    "令和6年度決算で国保税の収納率は現年分",
    ("94.61％", dict(value=94.61, metric="collection_rate", fy=2024, fy_raw="令和6年度", seg="current", debt="国民健康保険税", debt_raw="国保税")),
    "、滞納繰越分",
    ("21.37％", dict(value=21.37, metric="collection_rate", fy=2024, fy_raw="令和6年度", seg="arrears", debt="国民健康保険税", debt_raw="国保税")),
    "であった。今年度は9月末の現年分が",
    (f"{pf(zk['cur']['r'])}％", dict(value=zk["cur"]["r"], metric="collection_rate", fy=2025, fy_raw="令和7年度", seg="current", basis="interim", as_of=AS, debt="国民健康保険税", debt_raw="国保税")),
    "と前年同期をやや下回っており、口座振替の勧奨を強める必要がある。"])
zh = DATA["保育料"]
stmt("こども・子育て部長", sec1, [
    "保育料の滞納繰越分は調定額",
    (f"{c(zh['arr']['a'])}千円", dict(value=zh["arr"]["a"] * 1000, metric="assessed", fy=2025, fy_raw="令和7年度", seg="arrears", basis="interim", as_of=AS, debt="保育料", debt_raw="保育料")),
    "に対し、収入済額は",
    (f"{c(zh['arr']['c'])}千円", dict(value=zh["arr"]["c"] * 1000, metric="collected", fy=2025, fy_raw="令和7年度", seg="arrears", basis="interim", as_of=AS, debt="保育料", debt_raw="保育料")),
    "である。退園者分について、児童手当からの申出徴収を引き続き案内していく。"])
zj = DATA["市営住宅使用料"]
stmt("都市建設部長", sec1, [
    "市営住宅使用料は、長期滞納者2名について明渡し請求の準備を進めている。現年分の収入未済額は",
    (f"{c(zj['cur']['o'])}千円", dict(value=zj["cur"]["o"] * 1000, metric="outstanding", fy=2025, fy_raw="令和7年度", seg="current", basis="interim", as_of=AS, debt="市営住宅使用料", debt_raw="市営住宅使用料")),
    "（9月末）である。"])
sec2 = "議題（2）令和6年度決算における不納欠損処理の状況について"
cv.y += 4; cv.para(sec2, size=11, font="g", after=4)
stmt("総務部長", sec2, [
    "令和6年度の不納欠損額は全体で",
    ("約2,870万円", dict(value=28700000, metric="written_off", fy=2024, fy_raw="令和6年度", approx=True)),
    "であり、うち市税が",
    ("17,416千円", dict(value=17416000, metric="written_off", fy=2024, fy_raw="令和6年度", debt="市税", debt_raw="市税")),
    "を占める。執行停止から3年を経過したものが大半であり、処理は適正と考える。"])
sec3 = "議題（3）債権放棄の実施について"
cv.y += 4; cv.para(sec3, size=11, font="g", after=4)
stmt("税務課長", sec3, ["学校給食費及び奨学金貸付金の一部について、債務者の所在不明及び相続放棄により回収の見込みがないため、債権管理条例第12条に基づき放棄する。委員から異議はなかった。"])
stmt("副市長", sec3, ["下半期も各課で滞納の初期対応を徹底し、年度末の収納率の向上につなげてほしい。"])

# ------------------------------------------------ p3 two-column summary
cv.new(); g.page = 3
cv.para("（参考）資料１の概要　令和7年9月末現在", size=12, font="g", after=8)
# 【収納率】 box
top = cv.y
cv.para("【収納率】令和7年9月末時点（市税）", size=10.5, font="g", x=70, after=0)
cv.para("・現年分　" + g.f(f"{pf(zc['cur']['r'])}％", zc["cur"]["r"], "collection_rate", 2025, "令和7年", "current", "interim", debt="市税", debt_raw="市税", as_of=AS), x=80, after=0)
cv.para("・滞納繰越分　" + g.f(f"{pf(zc['arr']['r'])}％", zc["arr"]["r"], "collection_rate", 2025, "令和7年", "arrears", "interim", debt="市税", debt_raw="市税", as_of=AS), x=80, after=0)
cv.para("・合計　" + g.f(f"{pf(zc_t := add(zc['cur'], zc['arr'])['r'])}％", zc_t, "collection_rate", 2025, "令和7年", "total", "interim", debt="市税", debt_raw="市税", as_of=AS), x=80, after=4)
import pymupdf
cv.page.draw_rect(pymupdf.Rect(62, top + 2, 533, cv.y + 2), color=(0, 0, 0), width=0.8)
cv.y += 12
colw = 228; gap = 15; x1, x2 = 56, 56 + colw + gap
ystart = cv.y
zka = DATA["介護保険料"]; zko = DATA["後期高齢者医療保険料"]; zg = DATA["下水道使用料"]
left = ("（１）全体の状況\n対象７債権の9月末現在の調定額は、現年分と滞納繰越分を合わせて"
        + g.f(f"約{round(ALL['a']/100000)}億円", round(ALL['a'] / 100000) * 100000000, "assessed", 2025, None, basis="interim", as_of=AS, approx=True)
        + "、収入済額は"
        + g.f(f"約{round(ALL['c']/100000)}億円", round(ALL['c'] / 100000) * 100000000, "collected", 2025, None, basis="interim", as_of=AS, approx=True)
        + "で、全体の収納率は"
        + g.f(f"{pf(ALL['r'])}％", ALL["r"], "collection_rate", 2025, None, basis="interim", as_of=AS)
        + "となっている。\n（２）市税\n市税の滞納繰越分は、収入済額が"
        + g.f(f"{c(zc['arr']['c'])}千円", zc["arr"]["c"] * 1000, "collected", 2025, None, "arrears", "interim", debt="市税", debt_raw="市税", as_of=AS)
        + "で、前年同期の収納率"
        + g.f(f"{pf(zc['parr'])}％", zc["parr"], "collection_rate", 2024, "前年同期", "arrears", "interim", debt="市税", debt_raw="市税", as_of=ASP)
        + "と比べ"
        + g.f(f"{pf(abs(r(zc['arr']['r']-zc['parr'])))}ポイント{'上昇' if zc['arr']['r']>=zc['parr'] else '低下'}", r(zc['arr']['r'] - zc['parr']), "difference", 2025, None, "arrears", "interim", unit="points", debt="市税", debt_raw="市税", as_of=AS)
        + "した。高額案件の差押えを先行させた効果が表れている。")
right = ("（３）介護保険料・後期高齢者医療保険料\n介護保険料の現年分収納率は"
         + g.f(f"{pf(zka['cur']['r'])}％", zka["cur"]["r"], "collection_rate", 2025, None, "current", "interim", debt="介護保険料", debt_raw="介護保険料", as_of=AS)
         + "、後期高齢者医療保険料は"
         + g.f(f"{pf(zko['cur']['r'])}％", zko["cur"]["r"], "collection_rate", 2025, None, "current", "interim", debt="後期高齢者医療保険料", debt_raw="後期高齢者医療保険料", as_of=AS)
         + "である。いずれも特別徴収の割合が高く、普通徴収分の納付勧奨が中心となる。\n（４）下水道使用料\n下水道使用料は上下水道料金の一括請求により、滞納繰越分の収納率が"
         + g.f(f"{pf(zg['arr']['r'])}％", zg["arr"]["r"], "collection_rate", 2025, None, "arrears", "interim", debt="下水道使用料", debt_raw="下水道使用料", as_of=AS)
         + "と比較的高い。給水停止予告と連動した催告を継続する。")
cv.y = ystart
for part in left.split("\n"):
    cv.para(part, x=x1, w=colw, size=9.8, font="g" if part.startswith("（") else "m", indent=0 if part.startswith("（") else 9.8, after=2)
yl = cv.y
cv.y = ystart
for part in right.split("\n"):
    cv.para(part, x=x2, w=colw, size=9.8, font="g" if part.startswith("（") else "m", indent=0 if part.startswith("（") else 9.8, after=2)
cv.page.draw_line((x1 + colw + gap / 2, ystart + 4), (x1 + colw + gap / 2, max(yl, cv.y)), color=(0.5, 0.5, 0.5), width=0.5)

# ------------------------------------------------ p4 別表
cv.new(); g.page = 4
cv.para("別表　債権別収納状況（令和7年9月末現在）", size=12, font="g", after=2)
cv.para("単位：千円、％　収納率欄の（　）内は前年同期の収納率", size=8.5, x=300, after=4)
rows = [["債権名", "現年分", None, None, "滞納繰越分", None, None],
        [None, "調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"]]
spans = {(0, 0): (2, 1), (0, 1): (1, 3), (0, 4): (1, 3)}
for n, pr, *_ in DEBTS:
    x = DATA[n]
    kw = dict(debt=n, debt_raw=pr, basis="interim", as_of=AS, fy=2025, fy_raw="令和7年")
    def F(raw, v, m, seg, **o):
        d = dict(kw); d.update(o)
        return g.f(raw, v, m, seg=seg, **d)
    rows.append([pr,
                 F(c(x["cur"]["a"]), x["cur"]["a"] * 1000, "assessed", "current"),
                 F(c(x["cur"]["c"]), x["cur"]["c"] * 1000, "collected", "current"),
                 F(pf(x["cur"]["r"]), x["cur"]["r"], "collection_rate", "current") + "（" + F(pf(x["pcur"]), x["pcur"], "collection_rate", "current", fy=2024, fy_raw="前年同期", as_of=ASP) + "）",
                 F(c(x["arr"]["a"]), x["arr"]["a"] * 1000, "assessed", "arrears"),
                 F(c(x["arr"]["c"]), x["arr"]["c"] * 1000, "collected", "arrears"),
                 F(pf(x["arr"]["r"]), x["arr"]["r"], "collection_rate", "arrears") + "（" + F(pf(x["parr"]), x["parr"], "collection_rate", "arrears", fy=2024, fy_raw="前年同期", as_of=ASP) + "）"])
kw = dict(debt=None, debt_raw="合計", basis="interim", as_of=AS, fy=2025, fy_raw="令和7年")
rows.append(["合計", g.f(c(ALLc["a"]), ALLc["a"] * 1000, "assessed", seg="current", **kw), g.f(c(ALLc["c"]), ALLc["c"] * 1000, "collected", seg="current", **kw),
             g.f(pf(ALLc["r"]), ALLc["r"], "collection_rate", seg="current", **kw), g.f(c(ALLa["a"]), ALLa["a"] * 1000, "assessed", seg="arrears", **kw),
             g.f(c(ALLa["c"]), ALLa["c"] * 1000, "collected", seg="arrears", **kw), g.f(pf(ALLa["r"]), ALLa["r"], "collection_rate", seg="arrears", **kw)])
cv.table(46, [92, 62, 62, 76, 58, 58, 76], rows, size=8.3, aligns="lrrrrrr", head=2, spans=spans)
cv.para("※ 市税は個人市民税、法人市民税、固定資産税、軽自動車税及び市たばこ税の合計。", size=8.5, after=0)
cv.para("※ 国保税は国民健康保険税の略。前年同期は令和6年9月末現在。", size=8.5)

cv.save(os.path.join(SET, "pdf", STEM + ".pdf"))
g.minutes = {"title": TITLE, "meeting_number": 2, "date": "2025-11-14", "method": "書面開催",
             "attendees": [{"role": a, "title": b, "name": None} for a, b in ATT], "agenda": AG, "materials": MAT,
             "statements": statements}
g.save()
