"""qh_yawata_minutes_1: 令和7年度第2回八幡市債権管理対策会議 会議録（書面開催） — PyMuPDF drawing.

Run from corpus/frozen45:  python3 build/qh_yawata_minutes.py
All figures and statements are invented; the gold is written from the same data that draws the pages.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qh_common import ROOT, Doc, c, rate, tri, zen  # noqa: E402
from qh_pdfwriter import Writer  # noqa: E402

STEM = "qh_yawata_minutes_1"
TITLE = "令和7年度第2回八幡市債権管理対策会議 会議録"
D = Doc(STEM, "minutes", "minutes", "八幡市", TITLE, "2025-11-14", "令和7年11月14日")
ASOF, ASOF_P = "2025-09-30", "2024-09-30"

# 別表 data (千円): name, canonical, (current 調定, 収入済), (arrears 調定, 収入済), prev-year same-month rates (cur, arr)
TAB = [
    ("市税", "市税", (7_812_345, 4_353_118), (412_806, 74_512), (55.30, 17.21)),
    ("国民健康保険税", "国民健康保険料", (1_321_457, 528_117), (486_233, 61_754), (40.12, 12.38)),
    ("介護保険料", "介護保険料", (1_268_904, 735_112), (52_318, 5_021), (57.66, 9.12)),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", (872_615, 498_604), (8_732, 2_511), (56.94, 27.05)),
    ("水道料金", "水道料金", (1_045_228, 868_341), (31_206, 12_884), (83.21, 38.77)),
]
R = {name: (rate(cu[1], cu[0]), rate(ar[1], ar[0]), pv) for name, _, cu, ar, pv in TAB}

W = Writer(size=10.5, margin=(64, 60, 64, 58))
M = D.minutes = {"title": TITLE, "meeting_number": 2, "date": "2025-11-14", "method": "書面開催",
                 "attendees": [], "agenda": [], "materials": [], "statements": []}


def head(s, size=11):
    if W.y + 4 * size * W.leading > W.bottom:
        W.new_page()
    W.para(s, size=size, font="g", after=3)


def P(text, **kw):
    """flowing paragraph; marked figures get the page they land on."""
    D.place(W.para(text, auto=True, **kw))


def stmt(speaker, section, text, page=None):
    if W.y + 3 * W.size * W.leading > W.bottom:
        W.new_page()
    W.para(f"（{speaker}）", indent=21, after=0)
    plain = text.replace("\x01", "").replace("\x02", "")
    M["statements"].append({"speaker": speaker, "section": section, "text": plain, "page": W.n})
    P(text, indent=31.5, first=42, after=5)


# ================================================================== page 1 (the minutes flow over pages 1-3)
D.page = W.new_page()
D.mark = True
W.gap(6)
tw = W.tl(TITLE, 14, "g")
W.text(W.W / 2 - tw / 2, W.y + 14, TITLE, 14, "g")
W.gap(34)
head("１　開催方法")
W.para("令和7年度第2回八幡市債権管理対策会議は、委員の日程調整が困難であったことから書面開催とし、"
       "令和7年11月14日付けで各委員に会議資料を送付し、同月21日までに意見等を電子メールにより事務局へ提出する方法で実施した。",
       indent=10.5, first=21, after=6)
head("２　出席者（委員長１名・委員８名・事務局３名）")
ATT = [("委員長", ["副市長"]),
       ("委員", ["総務部長", "政策推進部長", "市民部長", "健康・福祉部長", "こども未来部長", "環境経済部長", "都市整備部長", "上下水道部長"]),
       ("事務局", ["税務課長", "収納対策課長", "収納対策課主幹"])]
for role, titles in ATT:
    W.para(f"{role}：" + "・".join(titles), indent=10.5, hang=10.5 + W.tl(role + "："), after=1)
    for t in titles:
        M["attendees"].append({"role": role, "title": t, "name": None})
W.gap(5)
head("３　議　題")
AGENDA = ["令和7年度上半期（9月末）の収納状況について", "令和6年度の債権放棄の報告について", "令和8年度債権管理重点取組方針（案）について"]
for i, a in enumerate(AGENDA, 1):
    W.para(f"（{i}）{a}", indent=10.5, after=1)
M["agenda"] = AGENDA
W.gap(5)
head("４　資　料")
MAT = ["資料１　主要債権の収納状況（令和7年9月末現在）", "資料２　債権放棄一覧（令和6年度分）", "資料３　令和8年度債権管理重点取組方針（案）"]
for m in MAT:
    W.para(m, indent=10.5, after=1)
M["materials"] = MAT
W.gap(5)
head("５　意見等（要旨）")
S1 = "令和7年度上半期（9月末）の収納状況について"
W.para("（１）" + S1, indent=10.5, font="g", after=3)
zc, za, zp = R["市税"]
D.set(debt="市税", debt_raw="市税", basis="interim", as_of=ASOF, fy=2025, fy_raw="令和7年度")
t1 = ("市税の9月末時点の収納率は、現年分" + D.f(f"{zc:.2f}％", zc, "collection_rate", seg="current")
      + "で、前年同月と比べ" + D.f(zen(f"{zc - zp[0]:.2f}"), round(zc - zp[0], 2), "difference", unit="points", seg="current")
      + "ポイント上昇した。滞納繰越分は" + D.f(f"{za:.2f}％", za, "collection_rate", seg="arrears")
      + "で、前年同月を" + D.f(zen(f"{za - zp[1]:.2f}"), round(za - zp[1], 2), "difference", unit="points", seg="arrears")
      + "ポイント上回っている。")
D.clear()
D.set(debt="市税", debt_raw="市税", basis="actual", fy=2024, fy_raw="令和6年度決算")
t1 += ("なお、令和6年度決算では、市税の収納率は" + D.f("98.91％", 98.91, "collection_rate", seg="total")
       + "、収入未済額は約" + D.f("２億３，４００万円", 234_000_000, "outstanding", seg="total", approx=True)
       + "で、前年度から約" + D.f("１，８００万円", -18_000_000, "difference", unit="yen", seg="total", approx=True)
       + "減少している。上半期は、納期限後の早期催告とSMSによる納付案内を組み合わせたことにより、現年分の新規滞納の抑制に一定の効果が見られた。")
D.clear()
stmt("市民部長", S1, t1)

kc, ka, kp = R["国民健康保険税"]
D.set(debt="国民健康保険料", debt_raw="国民健康保険税", basis="interim", as_of=ASOF, fy=2025, fy_raw="令和7年度")
t2 = ("国民健康保険税は、現年分の収納率が" + D.f(f"{kc:.2f}％", kc, "collection_rate", seg="current")
      + "で、前年同月を" + D.f(zen(f"{abs(kc - kp[0]):.2f}"), round(kc - kp[0], 2), "difference", unit="points", seg="current")
      + "ポイント下回っている。被保険者の後期高齢者医療制度への移行が続き、調定額は減少しているが、"
      "所得の少ない世帯の割合が高まっていることが要因と考えている。滞納繰越分は"
      + D.f(f"{ka:.2f}％", ka, "collection_rate", seg="arrears") + "と前年同月を上回った。"
      "下半期は、資格喪失世帯への文書催告と、財産調査に基づく差押えを重点的に進める。")
D.clear()
stmt("健康・福祉部長", S1, t2)
wc, wa_, wp = R["水道料金"]
wcol = TAB[4][3][1]
man = int(round(wcol / 10))
t3 = ("水道料金の滞納繰越分については、給水停止予告書の送付と開栓時の納付相談により、9月末までに約"
      + D.f(f"{man:,}万円", man * 10000, "collected", debt="水道料金", debt_raw="水道料金", seg="arrears", basis="interim",
            as_of=ASOF, fy=2025, fy_raw="9月末", approx=True)
      + "を回収した。現年分の収納率は" + D.f(f"{wc:.2f}％", wc, "collection_rate", debt="水道料金", debt_raw="水道料金", seg="current",
                                          basis="interim", as_of=ASOF, fy=2025, fy_raw="9月末")
      + "で、おおむね前年同月並みである。")
stmt("上下水道部長", S1, t3)
t4 = ("介護保険料及び後期高齢者医療保険料は、大半が年金からの特別徴収であり、普通徴収分の未納者に対しては"
      "地域包括支援センターと連携した訪問催告を継続している。")
stmt("健康・福祉部長", S1, t4)
S2 = "令和6年度の債権放棄の報告について"
head("（２）" + S2, size=10.5)
t5 = ("保育料については、令和6年度に、時効期間が経過し、かつ債務者が所在不明又は無資力である12件について債権を放棄し、"
      "不納欠損額は約" + D.f("186万円", 1_860_000, "written_off", debt="保育所保育料", debt_raw="保育料", seg="total", basis="actual",
                         fy=2024, fy_raw="令和6年度", approx=True)
      + "となった。放棄に当たっては、事前に財産調査を行い、回収の見込みがないことを確認している。")
stmt("こども未来部長", S2, t5)
t6 = "債権放棄の判断基準について、所管課ごとに運用の差が生じないよう、統一的な確認票を作成してはどうか。"
stmt("総務部長", S2, t6)
t7 = ("債権管理マニュアルの改訂に合わせて、財産調査の範囲や所在調査の方法を記載した確認票の様式を示し、"
      "令和8年度から全ての債権所管課で使用することとしたい。")
stmt("収納対策課長", S2, t7)

S3 = "令和8年度債権管理重点取組方針（案）について"
head("（３）" + S3, size=10.5)
t8 = ("方針案の「滞納の未然防止」について、口座振替の原則化を進める債権の範囲を明記すべきである。"
      "また、スマートフォン決済の導入済みの債権と未導入の債権を一覧で示してほしい。")
stmt("政策推進部長", S3, t8)
t9 = ("ご意見を踏まえ、方針案に、口座振替の原則化を進める債権として市税、国民健康保険税、保育料及び水道料金を明記する。"
      "納付方法の導入状況は、次回会議において一覧表で報告する。")
stmt("税務課長", S3, t9)
t10 = ("市営住宅使用料は、退去者の滞納分が増加している。弁護士への回収委託について、他の私債権と合わせて検討してほしい。")
stmt("都市整備部長", S3, t10)
head("６　委員長総括")
t11 = ("上半期の収納率は、国民健康保険税を除き前年同月を上回っており、各部の取組に感謝する。"
       "下半期は、年末の滞納整理強化期間に全庁で集中的に取り組み、年度末の目標達成を目指してほしい。"
       "債権放棄の確認票と納付方法の一覧については、事務局において次回までに整理すること。")
stmt("委員長", "委員長総括", t11)
W.gap(6)
# 【参考】 box
D.set(debt=None, debt_raw=None, fy=2024, fy_raw="令和6年度決算", seg="total", basis="actual")
RA, RW = 25_341_160, 28_100            # 千円
RC = int(round(RA * 0.96421))
RO = RA - RC - RW
rr_ = rate(RC, RA)


def oku(x):
    m = int(round(x / 10))
    return (f"{m // 10000}億" if m >= 10000 else "") + f"{m % 10000:,}万円", m * 10000


lines = ["【参考】令和6年度決算（全会計・全債権）",
         "・調定額：" + D.f(oku(RA)[0], oku(RA)[1], "assessed"),
         "・収納率：" + D.f(f"{rr_:.2f}％", rr_, "collection_rate"),
         "・収入未済額：" + D.f(oku(RO)[0], oku(RO)[1], "outstanding"),
         "・不納欠損額：" + D.f(oku(RW)[0], oku(RW)[1], "written_off")]
D.clear()
if W.y + 6 * 10 * W.leading + 30 > W.bottom:
    W.new_page()
y0 = W.y
pg = []
for i, ln in enumerate(lines):
    pg += W.para(ln, indent=14, size=10, font="g" if i == 0 else "m", after=0)
D.place(pg)
W.page.draw_rect((W.ml + 6, y0 + 2, W.ml + 300, W.y + 6), color=(0, 0, 0), width=0.8)
W.gap(14)
W.para("※ 各委員からの意見等は要旨を記載している。資料１の別表を末尾に掲載する。", size=9, after=0, auto=True)

# ================================================================== last page: 別表 (debts as columns, horizontal rules only)
D.mark = False
if W.y + 330 > W.bottom:
    W.new_page()
else:
    W.gap(22)
D.page = W.n
head("別表　主要債権の収納状況（令和7年9月末現在）", size=11.5)
W.para("（単位：千円、％）", size=9, indent=W.W - W.ml - W.mr - W.tl("（単位：千円、％）", 9), after=2)
x0, x1 = W.ml, W.W - W.mr
col0 = 118
cw = (x1 - x0 - col0) / len(TAB)
rowh = 17
y = W.y + 4
W.page.draw_line((x0, y), (x1, y), width=1.0)
for j, (name, *_r) in enumerate(TAB):
    lines_ = [name] if W.tl(name, 8.5, "g") < cw - 4 else [name[:5], name[5:]]
    for li, ln in enumerate(lines_):
        W.text(x0 + col0 + cw * j + cw / 2 - W.tl(ln, 8.5, "g") / 2, y + 13 + li * 11, ln, 8.5, "g")
W.text(x0 + 4, y + 18, "区　分", 9, "g")
y += 30
W.page.draw_line((x0, y), (x1, y), width=0.6)
ROWS = [("current", "現年分"), ("arrears", "滞納繰越分")]
for sg, lab in ROWS:
    y += rowh
    W.text(x0 + 2, y - 4, f"【{lab}】", 9, "g")
    items = ["調定額", "収入済額", "収納率", "前年同月収納率", "増減（ポイント）"]
    for it in items:
        y += rowh
        W.text(x0 + 14, y - 4, it, 9)
        for j, (name, can, cu, ar, pv) in enumerate(TAB):
            pair = cu if sg == "current" else ar
            si = 0 if sg == "current" else 1
            rv = rate(pair[1], pair[0])
            D.set(debt=can, debt_raw=name, seg=sg, basis="interim")
            if it == "調定額":
                s = D.f(c(pair[0]), pair[0] * 1000, "assessed", fy=2025, fy_raw="令和7年9月末", as_of=ASOF)
            elif it == "収入済額":
                s = D.f(c(pair[1]), pair[1] * 1000, "collected", fy=2025, fy_raw="令和7年9月末", as_of=ASOF)
            elif it == "収納率":
                s = D.f(f"{rv:.2f}", rv, "collection_rate", fy=2025, fy_raw="令和7年9月末", as_of=ASOF)
            elif it == "前年同月収納率":
                s = D.f(f"{pv[si]:.2f}", pv[si], "collection_rate", fy=2024, fy_raw="前年同月", as_of=ASOF_P)
            else:
                dv = round(rv - pv[si], 2)
                s = D.f(tri(dv, "▲", 2), dv, "difference", unit="points", fy=2025, fy_raw="令和7年9月末", as_of=ASOF)
            D.clear()
            W.text(x0 + col0 + cw * (j + 1) - 6 - W.tl(s, 9), y - 4, s, 9)
    y += 4
W.page.draw_line((x0, y), (x1, y), width=1.0)
W.y = y + 4
W.para("※1 収納率＝収入済額÷調定額×100（小数点以下第3位を四捨五入）。", size=8.5, after=0)
D.mark = True
P("※2 市税の滞納繰越分調定額には、徴収猶予（特例）中の " + D.f("3,412千円", 3_412_000, "assessed", debt="市税", debt_raw="市税",
       seg="arrears", basis="interim", fy=2025, fy_raw="令和7年9月末", as_of=ASOF) + " を含む。", size=8.5, after=0)
D.mark = False
W.para("※3 水道料金は上下水道事業会計（企業会計）のため、未収金の額を調定額及び収入済額に置き換えて記載している。", size=8.5, after=0)

pdf = ROOT / "pdf" / f"{STEM}.pdf"
W.save(pdf)
D.write(pdf)
