"""いわき市 令和５年度 債権管理の取組状況（中間報告） — PyMuPDF direct drawing.

Run from corpus/dev41:  python3 build/s_iwaki_progress.py
Writes pdf/s_iwaki_progress_1.pdf and gold/s_iwaki_progress_1.json.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pymupdf as fitz  # noqa: E402

from s_canvas import Page, width, wrap  # noqa: E402
from s_common import PDF_DIR, Facts, Inits, finish, rate  # noqa: E402

STEM = "s_iwaki_progress_1"
CITY = "いわき市"
HEAD = "いわき市　債権管理の取組状況（中間報告）"
FY = 2023
ASOF = "2024-02-29"        # 令和６年２月末 (leap year)
ASOF_PREV = "2023-02-28"   # 前年同月
GREY = (0.85, 0.85, 0.85)
LIGHT = (0.93, 0.93, 0.93)

# name printed, canonical, group, 調定(現), 収入済(現), 調定(滞), 収入済(滞), 不納欠損(滞), 前年同月率(現), (滞)
DEBTS = [
    ("市税", "市税", "強", 48215630, 45102844, 2184512, 512306, 48215, 93.21, 21.87),
    ("国民健康保険税", "国民健康保険料", "強", 9842117, 8012553, 3412880, 735204, 102455, 80.62, 19.98),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "強", 4015226, 3912087, 98412, 33506, 2104, 97.50, 33.12),
    ("介護保険料", "介護保険料", "強", 7102448, 6914230, 265190, 58117, 12660, 97.18, 20.45),
    ("保育所保育料", "保育料", "強", 1204335, 1150284, 84520, 17902, 3018, 95.02, 22.30),
    ("市営住宅使用料", "市営住宅使用料", "私", 1872640, 1748915, 312774, 41228, 5340, 93.85, 12.64),
    ("生活保護費返還金", "生活保護費返還金", "私", 402118, 198442, 1085301, 40225, 22107, 51.20, 3.95),
]
PREV_TOTAL = (91.47, 18.62)
# 年度末: 目標収納率(現), 年度末見込(現), 前年度決算(現)
YEAREND = {
    "市税": (99.10, 99.12, 99.05), "国民健康保険税": (94.20, 93.85, 93.60),
    "後期高齢者医療保険料": (99.40, 99.42, 99.38), "介護保険料": (99.20, 99.21, 99.15),
    "保育所保育料": (98.80, 98.55, 98.62), "市営住宅使用料": (97.50, 97.61, 97.40),
    "生活保護費返還金": (65.00, 62.30, 63.85), "合計": (98.00, 97.96, 97.88),
}

F = Facts()
I = Inits()


def canon(name):
    for d in DEBTS:
        if d[0] == name:
            return d[1]
    return None


def rows_of(d):
    name, can, grp, ac, cc, aa, ca, wa, pc, pa = d
    return {
        "current": (ac, cc, None, ac - cc, rate(cc, ac)),
        "arrears": (aa, ca, wa, aa - ca - wa, rate(ca, aa)),
        "total": (ac + aa, cc + ca, wa, ac + aa - cc - ca - wa, rate(cc + ca, ac + aa)),
    }


TOT = {"current": [0, 0, 0], "arrears": [0, 0, 0]}
for d in DEBTS:
    TOT["current"][0] += d[3]; TOT["current"][1] += d[4]
    TOT["arrears"][0] += d[5]; TOT["arrears"][1] += d[6]; TOT["arrears"][2] += d[7]
TOTAL_ROW = ("合計", None, "", TOT["current"][0], TOT["current"][1], TOT["arrears"][0], TOT["arrears"][1],
             TOT["arrears"][2], PREV_TOTAL[0], PREV_TOTAL[1])
TR = rows_of(TOTAL_ROW)
OUT_TOTAL = TR["total"][3]


def oku_man(k: int) -> tuple[str, int]:
    """千円 → 「約114億2,400万円」 rounded to 百万円."""
    man = round(k * 1000 / 1_000_000) * 100          # in 万円, rounded to 100万円
    oku, rest = divmod(man, 10000)
    s = f"約{oku}億{rest:,}万円" if rest else f"約{oku}億円"
    return s, man * 10000


doc = fitz.open()

# ---------------------------------------------------------------- page 1: memo
pg = Page(doc)
P = 1
pg.header_footer(HEAD, P)
pg.tr(539, 62, "令和６年３月１５日", 10.5)
pg.tr(539, 78, "財政部収納対策課", 10.5)
pg.tc(297, 112, "令和５年度　債権管理の取組状況（中間報告）", 14, "G")
y = 146
pg.t(56, y, "１　趣旨", 11, "G"); y += 19
y = pg.para(56, y, 483, "　いわき市債権管理条例に基づき、主要７債権（市税、国民健康保険税、後期高齢者医療保険料、介護保険料、"
            "保育所保育料、市営住宅使用料及び生活保護費返還金）について、令和６年２月末時点における収納状況と、"
            "年度末に向けた取組の状況を取りまとめたので報告する。", 10.5, hang=0, indent=10.5)
y += 6
pg.t(56, y, "２　全体の状況", 11, "G"); y += 19
pg.t(66, y, "（１）収入未済額", 10.5, "G"); y += 17
s_now, v_now = oku_man(OUT_TOTAL)
PREV_OUT_K = 11987350
s_prev, v_prev = oku_man(PREV_OUT_K)
s_diff, _ = oku_man(PREV_OUT_K - OUT_TOTAL)
t1 = (f"ア　令和６年２月末現在における主要７債権の収入未済額は{s_now}であり、前年同月（{s_prev}）と比べ"
      f"{s_diff.replace('約', '約')}減少している。")
y = pg.para(80, y, 459, t1, 10.5, hang=10.5)
F.add(debt=None, debt_raw="主要７債権", fy=FY, fy_raw="令和６年２月末", seg="total", metric="outstanding",
      basis="interim", as_of=ASOF, value=v_now, unit="yen", raw=s_now, page=P, approx=True)
F.add(debt=None, debt_raw="主要７債権", fy=FY - 1, fy_raw="前年同月", seg="total", metric="outstanding",
      basis="interim", as_of=ASOF_PREV, value=v_prev, unit="yen", raw=s_prev, page=P, approx=True)
t2 = ("イ　債権別では、市税（47億3,677万円）及び国民健康保険税（44億478万円）の２債権で全体の約８割を占めている。")
y = pg.para(80, y, 459, t2, 10.5, hang=10.5)
F.add(debt="市税", debt_raw="市税", fy=FY, fy_raw="令和６年２月末", seg="total", metric="outstanding",
      basis="interim", as_of=ASOF, value=4736770000, unit="yen", raw="47億3,677万円", page=P)
F.add(debt="国民健康保険料", debt_raw="国民健康保険税", fy=FY, fy_raw="令和６年２月末", seg="total",
      metric="outstanding", basis="interim", as_of=ASOF, value=4404780000, unit="yen", raw="44億478万円", page=P)
y += 4
pg.t(66, y, "（２）収納率", 10.5, "G"); y += 17
rc, ra = TR["current"][4], TR["arrears"][4]
t3 = (f"ア　主要７債権合計の現年度分収納率は{rc:.2f}％で、前年同期比{rc - PREV_TOTAL[0]:.1f}ポイント増となった。"
      f"滞納繰越分は{ra:.2f}％（前年同期{PREV_TOTAL[1]:.2f}％）である。")
y = pg.para(80, y, 459, t3, 10.5, hang=10.5)
for seg, v, fyr, fy, asof in (("current", rc, "令和６年２月末", FY, ASOF), ("arrears", ra, "令和６年２月末", FY, ASOF),
                              ("arrears", PREV_TOTAL[1], "前年同期", FY - 1, ASOF_PREV)):
    F.add(debt=None, debt_raw="主要７債権合計", fy=fy, fy_raw=fyr, seg=seg, metric="collection_rate",
          basis="interim", as_of=asof, value=v, unit="percent", raw=f"{v:.2f}％", page=P)
tg, es, _ = YEAREND["合計"]
t4 = (f"イ　年度末の現年度分収納率は{es:.2f}％と見込んでおり、目標（{tg:.2f}％以上）をわずかに下回る見通しである。")
y = pg.para(80, y, 459, t4, 10.5, hang=10.5)
F.add(debt=None, debt_raw="主要７債権合計", fy=FY, fy_raw="年度末", seg="current", metric="collection_rate",
      basis="estimate", value=es, unit="percent", raw=f"{es:.2f}％", page=P)
F.add(debt=None, debt_raw="主要７債権合計", fy=FY, fy_raw="年度末", seg="current", metric="collection_rate",
      basis="target", value=tg, unit="percent", raw=f"{tg:.2f}％以上", page=P)
y += 6
pg.t(56, y, "３　年度末に向けた全庁的な取組", 11, "G"); y += 19
CITY_INITS = [
    ("（１）出納整理期間に向けた集中対策", [
        ("ア", "各債権所管課は、３月から５月までを滞納整理の集中期間と位置付け、高額・長期案件の進行管理を徹底する。", "継続"),
        ("イ", "収納対策課は、移管を受けた困難案件について、捜索及びインターネット公売を計画的に実施する。", "継続"),
    ]),
    ("（２）納付環境の整備", [
        ("ア", "市税等の納付について、令和６年度からスマートフォン決済アプリの対象税目を拡大する。", "拡充"),
        ("イ", "保育所保育料及び市営住宅使用料について、口座振替のWeb受付を開始する。", "新規"),
    ]),
]
for head, items in CITY_INITS:
    pg.t(66, y, head, 10.5, "G"); y += 17
    for lab, text, st in items:
        y = pg.para(80, y, 459, f"{lab}　{text}【{st}】", 10.5, hang=10.5)
        I.add(debt=None, fy=FY, section="年度末に向けた全庁的な取組", label=f"{head[:3]}{lab}".replace("（", "(").replace("）", ")"),
              text=text, status=st, page=P)
y += 6
pg.t(56, y, "４　債権別の状況", 11, "G"); y += 19
pg.para(66, y, 473, "別表１から別表３及び次ページ以降の債権別資料のとおり。", 10.5)

# ---------------------------------------------------------------- page 2: 表１ rates (rules only, vertical group label)
pg = Page(doc)
P = 2
pg.header_footer(HEAD, P)
pg.t(56, 66, "別表１", 10.5, "G")
pg.t(56, 86, "表１　主要債権の収納率（令和６年２月末現在）", 11, "G")
pg.tr(539, 104, "（単位：％、ポイント）", 9)
x0 = 56
cols = [20, 118] + [57.5] * 6
xs = [x0]
for c in cols:
    xs.append(xs[-1] + c)
ytop = 110
h1, h2, rh = 20, 20, 22
# shaded header, horizontal rules only
pg.rect(xs[0], ytop, xs[-1], ytop + h1 + h2, fill=LIGHT, lw=0)
pg.line(xs[0], ytop, xs[-1], ytop, 1.0)
for k, lab in enumerate(["令和６年２月末（Ａ）", "前年同月（Ｂ）", "差（Ａ）－（Ｂ）"]):
    xa, xb = xs[2 + 2 * k], xs[4 + 2 * k]
    pg.tc((xa + xb) / 2, ytop + 14, lab, 9, "G")
    pg.line(xa + 3, ytop + h1, xb - 3, ytop + h1, 0.4)
pg.tc((xs[0] + xs[2]) / 2, ytop + 26, "債　権　名", 9, "G")
for k in range(6):
    pg.tc((xs[2 + k] + xs[3 + k]) / 2, ytop + h1 + 14, "現年度分" if k % 2 == 0 else "滞納繰越分", 8.5, "G")
y = ytop + h1 + h2
pg.line(xs[0], y, xs[-1], y, 0.6)
rows = DEBTS + [TOTAL_ROW]
grp_start = {}
for i, d in enumerate(rows):
    name = d[0]
    r = rows_of(d)
    cur, arr = r["current"][4], r["arrears"][4]
    pc, pa = d[8], d[9]
    debt, raw_name = (d[1], name) if name != "合計" else (None, "合計")
    yb = y + 15
    if name == "合計":
        pg.line(xs[0], y, xs[-1], y, 0.8)
        pg.tc((xs[0] + xs[2]) / 2, yb, "合　計", 9.5, "G")
    else:
        pg.t(xs[1] + 5, yb, name, 9.5, "M")
    vals = [(cur, FY, "令和６年２月末", ASOF, "current"), (arr, FY, "令和６年２月末", ASOF, "arrears"),
            (pc, FY - 1, "前年同月", ASOF_PREV, "current"), (pa, FY - 1, "前年同月", ASOF_PREV, "arrears")]
    for k, (v, fy, fyr, asof, seg) in enumerate(vals):
        s = f"{v:.2f}"
        shown = s + ("※1" if (name == "生活保護費返還金" and k == 0) else "")
        pg.tr(xs[3 + k] - 5, yb, shown, 9.5, "M")
        F.add(debt=debt, debt_raw=raw_name, fy=fy, fy_raw=fyr, seg=seg, metric="collection_rate", basis="interim",
              as_of=asof, value=v, unit="percent", raw=s, page=P)
    for k, dv in enumerate((cur - pc, arr - pa)):
        s = (f"{dv:.2f}" if dv >= 0 else f"△{-dv:.2f}")
        pg.tr(xs[7 + k] - 5, yb, s, 9.5, "M")
    y += rh
    if name != "合計":
        pg.line(xs[1], y, xs[-1], y, 0.3, (0.5, 0.5, 0.5))
pg.line(xs[0], y, xs[-1], y, 1.0)
# vertical group labels in the narrow first column
g1_top, g1_bot = ytop + h1 + h2, ytop + h1 + h2 + rh * 5
pg.vtext((xs[0] + xs[1]) / 2, g1_top + 8, "強制徴収公債権", 8, "G", gap=1.12)
pg.line(xs[0], g1_bot, xs[1], g1_bot, 0.3, (0.5, 0.5, 0.5))
pg.vtext((xs[0] + xs[1]) / 2, g1_bot + 3, "私債権等", 8, "G", gap=1.05)
y += 16
for ln in ["※1　生活保護費返還金の現年度分は、令和６年２月末までに返還決定した額に対する収納率である。",
           "※2　差欄の△は、前年同月を下回ったことを示す。",
           "※3　合計欄は、７債権の調定額及び収入済額の合計から算出した収納率である。"]:
    y = pg.para(56, y, 483, ln, 8.5, hang=18) + 1
y += 14
pg.t(56, y, "【概況】", 10.5, "G"); y += 17
for ln in ["・現年度分は７債権中４債権で前年同月を上回り、特に国民健康保険税は口座振替率の上昇により改善した。",
           "・滞納繰越分は、保育所保育料及び生活保護費返還金を除き前年同月を上回っており、移管案件の早期着手の効果がみられる。",
           "・生活保護費返還金は、高額の返還決定が年度後半に集中したことから、現年度分が前年同月を下回った。"]:
    y = pg.para(66, y, 473, ln, 10, hang=10) + 2

# ---------------------------------------------------------------- pages 3-4: 表２ amounts (grid, merged label column, split)
cols2 = [104, 54, 78, 80, 70, 80]
xs2 = [56]
for c in cols2:
    xs2.append(xs2[-1] + c)


def table2_header(pg, ytop):
    hh = 30
    pg.rect(xs2[0], ytop, xs2[-1], ytop + hh, fill=GREY, lw=0)
    labels = ["債権名", "区分", "調定額※", "収入済額\n（収納率）", "不納欠損額", "収入未済額"]
    for k, lab in enumerate(labels):
        xc = (xs2[k] + xs2[k + 1]) / 2
        parts = lab.split("\n")
        if len(parts) == 1:
            pg.tc(xc, ytop + 19, lab, 9, "G")
        else:
            pg.tc(xc, ytop + 13, parts[0], 9, "G")
            pg.tc(xc, ytop + 25, parts[1], 8, "G")
    return ytop + hh


def table2_rows(pg, P, debts, ytop):
    rh = 27
    y = ytop
    for d in debts:
        name = d[0]
        debt, raw_name = (d[1], name) if name != "合計" else (None, "合計")
        r = rows_of(d)
        pg.rect(xs2[0], y, xs2[1], y + 3 * rh, fill=(LIGHT if name == "合計" else None), lw=0.6)
        lines = wrap(name, xs2[1] - xs2[0] - 8, 9.5, "M")
        yy = y + 1.5 * rh - (len(lines) - 1) * 6 + 4
        for ln in lines:
            pg.tc((xs2[0] + xs2[1]) / 2, yy, ln, 9.5, "G" if name == "合計" else "M")
            yy += 12
        for j, (seg, lab) in enumerate((("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計"))):
            ac, cc, wa, out, rt = r[seg]
            yr = y + j * rh
            for k in range(1, 6):
                pg.rect(xs2[k], yr, xs2[k + 1], yr + rh, lw=0.6,
                        fill=(LIGHT if seg == "total" else None))
            pg.tc((xs2[1] + xs2[2]) / 2, yr + 17, lab, 8.5, "G")
            pg.tr(xs2[3] - 5, yr + 17, f"{ac:,}", 9.5)
            pg.tr(xs2[4] - 5, yr + 12, f"{cc:,}", 9.5)
            pg.tr(xs2[4] - 5, yr + 23, f"（{rt:.2f}％）", 8)
            pg.tr(xs2[5] - 5, yr + 17, "－" if wa is None else f"{wa:,}", 9.5)
            pg.tr(xs2[6] - 5, yr + 17, f"{out:,}", 9.5)
            common = dict(debt=debt, debt_raw=raw_name, fy=FY, fy_raw="令和６年２月末", seg=seg, basis="interim",
                          as_of=ASOF, page=P)
            F.add(metric="assessed", value=ac * 1000, unit="yen", raw=f"{ac:,}", **common)
            F.add(metric="collected", value=cc * 1000, unit="yen", raw=f"{cc:,}", **common)
            F.add(metric="collection_rate", value=rt, unit="percent", raw=f"{rt:.2f}％", **common)
            if wa is not None:
                F.add(metric="written_off", value=wa * 1000, unit="yen", raw=f"{wa:,}", **common)
            F.add(metric="outstanding", value=out * 1000, unit="yen", raw=f"{out:,}", **common)
        y += 3 * rh
    return y


pg = Page(doc)
P = 3
pg.header_footer(HEAD, P)
pg.t(56, 66, "別表２", 10.5, "G")
pg.t(56, 86, "表２　主要債権の調定額・収入済額等（令和６年２月末現在）", 11, "G")
pg.tr(539, 104, "（単位：千円）", 9)
y = table2_header(pg, 110)
y = table2_rows(pg, P, DEBTS[:4], y)
pg.tr(539, y + 14, "（次ページへ続く）", 8.5)

pg = Page(doc)
P = 4
pg.header_footer(HEAD, P)
pg.t(56, 66, "表２　主要債権の調定額・収入済額等（令和６年２月末現在）（続き）", 11, "G")
pg.tr(539, 84, "（単位：千円）", 9)
y = table2_header(pg, 90)
y = table2_rows(pg, P, DEBTS[4:] + [TOTAL_ROW], y)
y += 14
for ln in ["※　調定額は、令和６年２月末までに調定した額（減額調定後）である。収納率は収入済額÷調定額。",
           "※2　このほか、旧簡易水道事業に係る水道料金の収入未済額が3,412千円（令和６年２月末現在）ある。"]:
    y = pg.para(56, y, 483, ln, 8.5, hang=14) + 1
F.add(debt="水道料金", debt_raw="旧簡易水道事業に係る水道料金", fy=FY, fy_raw="令和６年２月末", seg="total",
      metric="outstanding", basis="interim", as_of=ASOF, value=3412000, unit="yen", raw="3,412千円", page=P)
y += 18
pg.t(56, y, "別表３", 10.5, "G"); y += 20
pg.t(56, y, "表３　現年度分の年度末収納率の見込みと目標", 11, "G")
pg.tr(539, y + 16, "（単位：％）", 9)
y += 22
cols3 = [150, 80, 80, 80, 70]
xs3 = [80]
for c in cols3:
    xs3.append(xs3[-1] + c)
hh = 22
pg.rect(xs3[0], y, xs3[-1], y + hh, fill=GREY, lw=0.6)
for k, lab in enumerate(["債権名", "目標収納率", "年度末見込", "前年度決算", "達成見込"]):
    pg.tc((xs3[k] + xs3[k + 1]) / 2, y + 15, lab, 9, "G")
for k in range(1, 5):
    pg.line(xs3[k], y, xs3[k], y + hh, 0.6)
y += hh
for name in [d[0] for d in DEBTS] + ["合計"]:
    tg, es, pr = YEAREND[name]
    rh3 = 19
    for k in range(5):
        pg.rect(xs3[k], y, xs3[k + 1], y + rh3, lw=0.6, fill=(LIGHT if name == "合計" else None))
    pg.t(xs3[0] + 6, y + 13.5, name if name != "合計" else "合　計", 9.5, "G" if name == "合計" else "M")
    debt, raw_name = (canon(name), name) if name != "合計" else (None, "合計")
    for k, (v, basis, fyr, fy) in enumerate(((tg, "target", "目標収納率", FY), (es, "estimate", "年度末見込", FY),
                                             (pr, "actual", "前年度決算", FY - 1))):
        pg.tr(xs3[k + 2] - 6, y + 13.5, f"{v:.2f}", 9.5)
        F.add(debt=debt, debt_raw=raw_name, fy=fy, fy_raw=fyr, seg="current", metric="collection_rate", basis=basis,
              value=v, unit="percent", raw=f"{v:.2f}", page=P)
    pg.tc((xs3[4] + xs3[5]) / 2, y + 13.5, "○" if es >= tg else "×", 10, "M")
    y += rh3
y += 12
pg.para(80, y, 459, "※　達成見込欄は、年度末見込が目標収納率以上のものを「○」、下回るものを「×」とした。", 8.5, hang=14)

# ---------------------------------------------------------------- page 5: 国民健康保険税 (debt in heading parentheses)
pg = Page(doc)
P = 5
pg.header_footer(HEAD, P)
pg.t(56, 70, "５　債権ごとの取組（国民健康保険税）", 12, "G")
pg.t(56, 92, "所管：保健福祉部保険年金課　／　徴収：財政部収納対策課", 9, "M")
d = DEBTS[1]
r = rows_of(d)
y = 120
pg.t(66, y, "【収納率】令和６年２月末時点", 10.5, "G"); y += 19
for seg, lab, prev in (("current", "現年度分", d[8]), ("arrears", "滞納繰越分", d[9])):
    v = r[seg][4]
    pg.t(80, y, f"・{lab}　{v:.2f}％（{prev:.2f}％）", 10.5); y += 17
    F.add(debt=d[1], debt_raw=d[0], fy=FY, fy_raw="令和６年２月末", seg=seg, metric="collection_rate",
          basis="interim", as_of=ASOF, value=v, unit="percent", raw=f"{v:.2f}％", page=P)
    F.add(debt=d[1], debt_raw=d[0], fy=FY - 1, fy_raw="（　）内は前年同月", seg=seg, metric="collection_rate",
          basis="interim", as_of=ASOF_PREV, value=prev, unit="percent", raw=f"{prev:.2f}％", page=P)
pg.t(92, y, "（　）内は前年同月", 8.5); y += 22
pg.t(66, y, "【滞納世帯数】令和６年２月末時点", 10.5, "G"); y += 19
pg.t(80, y, "・2,145世帯（前年同月 2,301世帯）", 10.5); y += 26
F.add(debt=d[1], debt_raw=d[0], fy=FY, fy_raw="令和６年２月末", seg="total", metric="delinquents", basis="interim",
      as_of=ASOF, value=2145, unit="households", raw="2,145世帯", page=P)
F.add(debt=d[1], debt_raw=d[0], fy=FY - 1, fy_raw="前年同月", seg="total", metric="delinquents", basis="interim",
      as_of=ASOF_PREV, value=2301, unit="households", raw="2,301世帯", page=P)
# box with items under a plain title
KOKUHO = [
    ("①", "納期限後２０日以内の早期催告を徹底し、新たな滞納繰越の発生を抑制する。", "継続", "same"),
    ("②", "財産調査の結果、差押可能な財産が判明した世帯については、差押予告を経て速やかに滞納処分を執行する。", "継続", "same"),
    ("③", "資格喪失後も未納が続く世帯に対し、文書及び電話による納付勧奨を集中的に実施する。", "拡充", "alone"),
    ("④", "納付書にスマートフォン決済用の二次元コードを印字し、期限内納付を促す。", "新規", "same"),
]
pg.t(66, y, "年度後半の主な対応", 10.5, "G"); y += 8
box_top = y
y += 20
for lab, text, st, where in KOKUHO:
    if where == "same":
        y = pg.para(80, y, 445, f"{lab}　{text}【{st}】", 10.5, hang=21)
    else:
        y = pg.para(80, y, 445, f"{lab}　{text}", 10.5, hang=21)
        pg.tr(525, y, f"【{st}】", 10.5); y += 10.5 * 1.65
    I.add(debt=d[1], debt_raw=d[0], fy=FY, section="年度後半の主な対応", label=lab, text=text, status=st, page=P)
pg.rect(66, box_top, 539, y - 6, lw=0.8)
y += 18
pg.t(66, y, "【参考】", 10.5, "G"); y += 6
ref_top = y
y += 20
refs = [("差押件数", "318件（前年同月 296件）", None),
        ("滞納繰越分調定額", f"{d[5]:,}千円", ("assessed", "arrears", d[5] * 1000)),
        ("収入未済額（計）", f"{r['total'][3]:,}千円", ("outstanding", "total", r["total"][3] * 1000)),
        ("不納欠損額（滞納繰越分）", f"{d[7]:,}千円", ("written_off", "arrears", d[7] * 1000))]
for lab, val, fact in refs:
    pg.t(80, y, f"・{lab}：{val}", 10.5); y += 17
    if fact:
        m, seg, v = fact
        F.add(debt=d[1], debt_raw=d[0], fy=FY, fy_raw="令和６年２月末", seg=seg, metric=m, basis="interim",
              as_of=ASOF, value=v, unit="yen", raw=val, page=P)
pg.rect(66, ref_top, 539, y - 6, lw=0.6)
y += 14
pg.para(66, y, 473, "　口座振替率は42.8％（前年同月40.1％）と上昇しており、現年度分の改善に寄与している。引き続き、"
        "新規加入世帯への口座振替の勧奨を徹底する。", 10.5)

# ---------------------------------------------------------------- page 6: 介護保険料 (label/value box) and 市営住宅使用料
pg = Page(doc)
P = 6
pg.header_footer(HEAD, P)
pg.t(56, 66, "５　債権ごとの取組（続き）", 12, "G")
y = 80
cw = [70, 170, 70, 173]
xx = [56]
for c in cw:
    xx.append(xx[-1] + c)
for k in range(4):
    pg.rect(xx[k], y, xx[k + 1], y + 22, fill=(GREY if k % 2 == 0 else None), lw=0.7)
for k, s in enumerate(["債権名", "介護保険料", "所管課", "介護保険課"]):
    pg.tc((xx[k] + xx[k + 1]) / 2, y + 15, s, 10, "G" if k % 2 == 0 else "M")
y += 40
d = DEBTS[3]
r = rows_of(d)
pg.t(66, y, "（１）収納率", 10.5, "G")
pg.tr(539, y, "（単位：％）", 9); y += 8
cw2 = [110, 100, 100, 100]
xq = [80]
for c in cw2:
    xq.append(xq[-1] + c)
pg.rect(xq[0], y, xq[-1], y + 20, fill=LIGHT, lw=0)
pg.line(xq[0], y, xq[-1], y, 0.8)
for k, s in enumerate(["区分", "令和６年２月末", "前年同月", "増減"]):
    pg.tc((xq[k] + xq[k + 1]) / 2, y + 14, s, 9, "G")
y += 20
pg.line(xq[0], y, xq[-1], y, 0.5)
for seg, lab, prev in (("current", "現年度分", d[8]), ("arrears", "滞納繰越分", d[9])):
    v = r[seg][4]
    pg.t(xq[0] + 6, y + 14, lab, 9.5)
    pg.tr(xq[2] - 8, y + 14, f"{v:.2f}", 9.5)
    pg.tr(xq[3] - 8, y + 14, f"{prev:.2f}", 9.5)
    dv = v - prev
    pg.tr(xq[4] - 8, y + 14, f"{dv:.2f}" if dv >= 0 else f"△{-dv:.2f}", 9.5)
    y += 20
    pg.line(xq[0], y, xq[-1], y, 0.5)
    F.add(debt=d[1], debt_raw=d[0], fy=FY, fy_raw="令和６年２月末", seg=seg, metric="collection_rate",
          basis="interim", as_of=ASOF, value=v, unit="percent", raw=f"{v:.2f}", page=P)
    F.add(debt=d[1], debt_raw=d[0], fy=FY - 1, fy_raw="前年同月", seg=seg, metric="collection_rate",
          basis="interim", as_of=ASOF_PREV, value=prev, unit="percent", raw=f"{prev:.2f}", page=P)
y += 22
pg.t(66, y, "（２）取組の状況", 10.5, "G"); y += 19
KAIGO = [
    ("(1)", "初期滞納者への対応", [
        ("ア", "督促状の送付後も納付がない者に対し、２期連続未納の時点で催告書を送付する。", "継続"),
        ("イ", "年金からの特別徴収への切替え漏れを防ぐため、資格異動データを毎月点検する。", "新規")]),
    ("(2)", "滞納繰越分への対応", [
        ("ア", "給付制限（償還払い化）の予告通知を活用し、納付相談につなげる。", "拡充")]),
]
for num, head, items in KAIGO:
    pg.t(80, y, f"{num.replace('(', '（').replace(')', '）')}{head}", 10.5); y += 17
    for lab, text, st in items:
        y = pg.para(94, y, 445, f"{lab}　{text}【{st}】", 10.5, hang=21)
        I.add(debt=d[1], debt_raw=d[0], fy=FY, section="取組の状況", label=f"{num}{lab}", text=text, status=st,
              page=P)
y += 24
# 市営住宅使用料: label and value together in one header cell
d = DEBTS[5]
r = rows_of(d)
pg.rect(56, y, 539, y + 24, fill=GREY, lw=0.7)
pg.t(64, y + 16, "債権名　市営住宅使用料", 11, "G")
pg.tr(531, y + 16, "所管：土木部住まい政策課", 9, "M")
y += 44
pg.t(66, y, "【収納率】令和６年２月末時点", 10.5, "G"); y += 19
for seg, lab, prev in (("current", "現年度分", d[8]), ("arrears", "滞納繰越分", d[9])):
    v = r[seg][4]
    pg.t(80, y, f"・{lab}　{v:.2f}％（{prev:.2f}％）", 10.5); y += 17
    F.add(debt=d[1], debt_raw=d[0], fy=FY, fy_raw="令和６年２月末", seg=seg, metric="collection_rate",
          basis="interim", as_of=ASOF, value=v, unit="percent", raw=f"{v:.2f}％", page=P)
    F.add(debt=d[1], debt_raw=d[0], fy=FY - 1, fy_raw="前年同月", seg=seg, metric="collection_rate",
          basis="interim", as_of=ASOF_PREV, value=prev, unit="percent", raw=f"{prev:.2f}％", page=P)
pg.t(92, y, "（　）内は前年同月", 8.5); y += 20
pg.t(66, y, "後半の対応", 10.5, "G"); y += 6
JUTAKU = [
    ("(1)", "長期滞納者に対し、本人への催告と同時に連帯保証人へ通知を行う。", "継続"),
    ("(2)", "明渡し請求訴訟の対象者を選定し、法的措置を進める。", "継続"),
    ("(3)", "退去者の滞納分について、債権回収会社への回収委託を開始する。", "新規"),
]
cell_top = y
y += 18
for lab, text, st in JUTAKU:
    y = pg.para(80, y, 445, f"（{lab[1]}）{text}【{st}】", 10.5, hang=31.5)
    I.add(debt=d[1], debt_raw=d[0], fy=FY, section="後半の対応", label=lab, text=text, status=st, page=P)
pg.rect(66, cell_top, 539, y - 6, lw=0.6)

# ---------------------------------------------------------------- page 7: no debt — trends, two orientations
pg = Page(doc)
P = 7
pg.header_footer(HEAD, P)
pg.t(56, 70, "６　主要７債権の推移（参考）", 12, "G")
YEARS = [("H30", 2018), ("R元", 2019), ("R2", 2020), ("R3", 2021), ("R4", 2022)]
# 百万円 with one decimal, exact identities
T5 = [("平成30年度（2018年度）", 2018, 84512.3, 71904.6, 402.8),
      ("令和元年度", 2019, 85120.7, 72655.2, 388.1),
      ("令和２年度", 2020, 86944.0, 74301.5, 415.6),
      ("３年度", 2021, 87210.4, 75212.8, 356.2),
      ("４年度", 2022, 88015.9, 76340.1, 329.5)]
CUR = [97.62, 97.70, 97.55, 97.81, 97.88]
ARR = [22.15, 23.04, 21.87, 24.36, 25.10]


def r1(x):
    return round(x + 1e-9, 1)


TOTR = [rate(round(c * 10), round(a * 10)) for (_, _, a, c, w) in T5]
y = 100
pg.t(56, y, "表４　収納率の推移（決算）", 10.5, "G")
pg.tr(539, y, "単位：％", 9); y += 8
cw4 = [123] + [72] * 5
x4 = [56]
for c in cw4:
    x4.append(x4[-1] + c)
pg.rect(x4[0], y, x4[-1], y + 20, fill=GREY, lw=0)
pg.tc((x4[0] + x4[1]) / 2, y + 14, "区分", 9, "G")
for k, (lab, _) in enumerate(YEARS):
    pg.tc((x4[k + 1] + x4[k + 2]) / 2, y + 14, lab, 9, "G")
y += 20
for j, (lab, seg, vals) in enumerate((("現年度分", "current", CUR), ("滞納繰越分", "arrears", ARR),
                                      ("合計", "total", TOTR))):
    if j % 2 == 1:
        pg.rect(x4[0], y, x4[-1], y + 20, fill=LIGHT, lw=0)
    pg.t(x4[0] + 6, y + 14, lab, 9.5)
    for k, ((yl, fy), v) in enumerate(zip(YEARS, vals)):
        pg.tr(x4[k + 2] - 8, y + 14, f"{v:.2f}", 9.5)
        F.add(debt=None, debt_raw=None, fy=fy, fy_raw=yl, seg=seg, metric="collection_rate", basis="actual",
              value=v, unit="percent", raw=f"{v:.2f}", page=P)
    y += 20
pg.line(x4[0], y, x4[-1], y, 0.8)
y += 34
pg.t(56, y, "表５　調定額・収入済額等の推移（決算）", 10.5, "G")
pg.tr(539, y, "単位：百万円", 9); y += 8
cw5 = [143, 85, 85, 85, 85]
x5 = [56]
for c in cw5:
    x5.append(x5[-1] + c)
pg.rect(x5[0], y, x5[-1], y + 20, fill=GREY, lw=0)
for k, lab in enumerate(["年度", "調定額", "収入済額", "不納欠損額", "収入未済額"]):
    pg.tc((x5[k] + x5[k + 1]) / 2, y + 14, lab, 9, "G")
y += 20
for j, (lab, fy, a, c, w) in enumerate(T5):
    o = r1(a - c - w)
    if j % 2 == 1:
        pg.rect(x5[0], y, x5[-1], y + 20, fill=LIGHT, lw=0)
    pg.t(x5[0] + 6, y + 14, lab, 9.5)
    for k, (m, v) in enumerate((("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o))):
        s = f"{v:,.1f}"
        pg.tr(x5[k + 2] - 8, y + 14, s, 9.5)
        F.add(debt=None, debt_raw=None, fy=fy, fy_raw=lab, seg="total", metric=m, basis="actual",
              value=round(v * 10) * 100000, unit="yen", raw=s, page=P)
    y += 20
pg.line(x5[0], y, x5[-1], y, 0.8)
y += 16
pg.para(56, y, 483, "※　表４の合計欄は、表５の収入済額÷調定額により算出した。百万円未満は四捨五入しているため、"
        "内訳の計と一致しない場合がある。", 8.5, hang=14)
y += 44
box_top = y
y += 22
txt = ("　令和４年度決算における主要７債権の不納欠損額は3億2,950万円で、前年度から約2,670万円減少した。"
       "時効完成前の財産調査と執行停止の判断を早期に行う運用が定着しつつあり、収入未済額は５年間で"
       "約８億5,860万円縮減している。")
y = pg.para(70, y, 455, txt, 10.5)
pg.rect(60, box_top, 535, y - 4, lw=0.8)
pg.p.draw_rect(fitz.Rect(74, box_top - 9, 74 + width("まとめ", 10, "G") + 12, box_top + 9), color=None,
               fill=(1, 1, 1))
pg.t(80, box_top + 4, "まとめ", 10, "G")
F.add(debt=None, debt_raw="主要７債権", fy=2022, fy_raw="令和４年度決算", seg="total", metric="written_off",
      basis="actual", value=329500000, unit="yen", raw="3億2,950万円", page=P)

out = PDF_DIR / f"{STEM}.pdf"
doc.set_metadata({"title": "令和５年度 債権管理の取組状況（中間報告）", "author": "いわき市財政部収納対策課"})
doc.subset_fonts()
doc.save(str(out), garbage=4, deflate=True)

document = {"kind": "progress_report", "family": "progress", "municipality": CITY,
            "title": "令和５年度　債権管理の取組状況（中間報告）", "date": "2024-03-15", "date_raw": "令和６年３月１５日"}
finish(STEM, out, document, F, I)
