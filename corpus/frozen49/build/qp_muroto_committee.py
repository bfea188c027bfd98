"""室戸市 債権管理対策会議 資料 (committee_material) — PyMuPDF drawing. Run from corpus/frozen49."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fitz
from qp_common import *

STEM = "qp_muroto_committee_1"
TITLE = "令和7年度 第2回 室戸市債権管理対策会議 資料"
g = Gold(STEM, "committee_material", "kobetsu", "室戸市", TITLE, "2025-11-20", "令和7年11月20日")
HEAD = (0.85, 0.88, 0.93)
SUB = (0.94, 0.95, 0.97)


def chain(arr0, cur, crate, arate, wo, years):
    """Multi-year figures in 千円: arrears assessed = previous year's outstanding."""
    out, arr = {}, arr0
    for y, ca, cr, ar, w in zip(years, cur, crate, arate, wo):
        cc = round(ca * cr)
        ac = round(arr * ar)
        o = ca + arr - cc - ac - w
        out[y] = dict(ca=ca, cc=cc, aa=arr, ac=ac, ta=ca + arr, tc=cc + ac, wo=w, out=o)
        arr = o
    return out


YRS = [2021, 2022, 2023, 2024]
zei = chain(92310, [1498320, 1510884, 1522610, 1531200], [0.99012, 0.99118, 0.99305, 0.99391],
            [0.2512, 0.2688, 0.2931, 0.3120], [6102, 5430, 4815, 4321], YRS)
kok = chain(61230, [468210, 472905, 470118, 466320], [0.93810, 0.94102, 0.94853, 0.95014],
            [0.1815, 0.1902, 0.2044, 0.2210], [7015, 6802, 6543, 6120], YRS)
jut = chain(9120, [88510, 89230, 88940, 89660], [0.9410, 0.9452, 0.9487, 0.9512],
            [0.1205, 0.1340, 0.1455, 0.1602], [1312, 1240, 1105, 980], YRS)
# 2024 one-year totals for the remaining debts (千円): assessed, collected, written off
others = {
    "保育料": (41230, 39876, 112, "こども未来課", "子ども・子育て支援法", "強"),
    "介護保険料": (402118, 396540, 890, "介護保険課", "介護保険法", "強"),
    "後期高齢者医療保険料": (168902, 167905, 75, "市民課", "高齢者の医療の確保に関する法律", "強"),
}


def header(cv, n):
    cv.text(cv.W - 40, 28, TITLE, 7.5, "G", "r", (0.3, 0.3, 0.3))
    cv.line(40, 33, cv.W - 40, 33, 0.4, (0.5, 0.5, 0.5))
    cv.text(cv.W / 2, cv.H - 25, f"- {n} -", 9, "G", "c")


doc = fitz.open()
# ---------------------------------------------------------------- p1 cover + 目次
cv = Canvas(doc)
cv.text(cv.W / 2, 190, "令和7年度 第2回", 20, "G", "c")
cv.text(cv.W / 2, 225, "室戸市債権管理対策会議 資料", 22, "G", "c")
cv.text(cv.W / 2, 290, "日時　令和7年11月20日（木）午後2時～", 11, "M", "c")
cv.text(cv.W / 2, 310, "場所　室戸市役所　3階 大会議室", 11, "M", "c")
cv.rect(150, 360, 445, 540, color=(0.3, 0.3, 0.3))
cv.text(297, 385, "目　　次", 12, "G", "c")
toc = [("1　債権全体の状況（令和6年度決算）", 2), ("2　取組個票（市税）", 3), ("3　取組個票（国民健康保険税）", 4),
       ("4　取組個票（市営住宅使用料）", 5), ("【参考資料】債権一覧", 6)]
y = 415
for t, p in toc:
    cv.text(170, y, t, 10, "M")
    cv.text(425, y, f"…… {p}", 10, "M", "r")
    y += 24
cv.text(cv.W / 2, 720, "室戸市 総務課 債権管理対策室", 11, "G", "c")
cv.text(cv.W / 2, cv.H - 25, "- 1 -", 9, "G", "c")

# ---------------------------------------------------------------- p2 全体の状況
P = 2
cv = Canvas(doc)
header(cv, P)
cv.text(40, 60, "1　債権全体の状況（令和6年度決算）", 13, "G")
rows = []  # (account, debt, dept, ca, cc, wo)
z, k, j = zei[2024], kok[2024], jut[2024]
rows.append(("一般会計", "市税", "税務課", z["ta"], z["tc"], z["wo"]))
rows.append(("一般会計", "保育料", "こども未来課", *others["保育料"][:3]))
rows.append(("一般会計", "市営住宅使用料", "建設課", j["ta"], j["tc"], j["wo"]))
rows.append(("国民健康保険事業特別会計", "国民健康保険税", "税務課", k["ta"], k["tc"], k["wo"]))
rows.append(("介護保険事業特別会計", "介護保険料", "介護保険課", *others["介護保険料"][:3]))
rows.append(("後期高齢者医療事業特別会計", "後期高齢者医療保険料", "市民課", *others["後期高齢者医療保険料"][:3]))
tot = [sum(r[i] for r in rows) for i in (3, 4, 5)]
tout = tot[0] - tot[1] - tot[2]
trate = rate(tot[1], tot[0], 1)
# previous year total rate (for the panel); R5 total from the same debts
prev_rate = round(trate - 0.4, 1)
# panels (variation 49)
px = [40, 215, 390]
panels = [("全債権の収納率", "令和6年度決算", f"{fr(trate)}％", f"前年度比＋0.4ポイント"),
          ("収入未済額", "令和6年度決算", f"約{r1(tout / 100000):.1f}億円", "（全会計）"),
          ("不納欠損額", "令和6年度決算", f"約{round(tot[2] / 10):,}万円", "（全会計）")]
for x, (lab, yr, big, sub) in zip(px, panels):
    cv.rect(x, 75, x + 165, 150, fill=(0.95, 0.97, 1.0), color=(0.2, 0.3, 0.6), width=1)
    cv.text(x + 8, 92, lab, 10, "G")
    cv.text(x + 157, 92, yr, 8, "G", "r")
    cv.text(x + 82, 125, big, 18, "G", "c")
    cv.text(x + 82, 142, sub, 8.5, "G", "c")
g.f(P, None, None, 2024, "令和6年度", "total", "collection_rate", "actual", trate, "percent", f"{fr(trate)}％")
g.f(P, None, None, 2024, "令和6年度", "total", "difference", "actual", 0.4, "points", "＋0.4ポイント")
g.f(P, None, None, 2024, "令和6年度", "total", "outstanding", "actual", round(r1(tout / 100000) * 100000000),
    "yen", f"約{r1(tout / 100000):.1f}億円", approx=True)
g.f(P, None, None, 2024, "令和6年度", "total", "written_off", "actual", round(tot[2] / 10) * 10000, "yen",
    f"約{round(tot[2] / 10):,}万円", approx=True)

cv.text(40, 180, "（1）会計・債権別の収納状況", 11, "G")
cv.text(555, 180, "令和6年度決算", 9, "G", "r")
colw = [78, 92, 62, 62, 62, 56, 56, 47]
hdr = ["会計", "債権名", "所管課", "調定額\n（千円）", "収入済額\n（千円）", "不納欠損額\n（千円）", "収入未済額\n（千円）", "収納率\n（％）"]
cells = [dict(r=0, c=i, t=t, bg=HEAD, sz=7.5) for i, t in enumerate(hdr)]
rh = [26]
r = 1


def amount_cells(r, vals, bg=None):
    ca, cc, wo = vals
    o = ca - cc - wo
    out = []
    for i, v in enumerate([ca, cc, wo, o]):
        out.append(dict(r=r, c=3 + i, t=c(v), al="r", bg=bg))
    out.append(dict(r=r, c=7, t=fr(rate(cc, ca, 2), 2), al="r", bg=bg))
    return out


def facts_row(debt, draw, vals):
    ca, cc, wo = vals
    o = ca - cc - wo
    for m, v in (("assessed", ca), ("collected", cc), ("written_off", wo), ("outstanding", o)):
        g.f(P, debt, draw, 2024, "令和6年度", "total", m, "actual", v * 1000, "yen", c(v))
    g.f(P, debt, draw, 2024, "令和6年度", "total", "collection_rate", "actual", rate(cc, ca, 2), "percent",
        fr(rate(cc, ca, 2), 2))


gen = rows[:3]
cells.append(dict(r=1, c=0, rs=4, t="一般会計", sz=8))
for (acc, debt, dept, ca, cc, wo) in gen:
    cells += [dict(r=r, c=1, t=debt, al="l"), dict(r=r, c=2, t=dept)] + amount_cells(r, (ca, cc, wo))
    facts_row(debt, debt, (ca, cc, wo))
    rh.append(20)
    r += 1
gs = [sum(x[i] for x in gen) for i in (3, 4, 5)]
cells += [dict(r=r, c=1, cs=2, t="会計計", bg=SUB)] + amount_cells(r, gs, SUB)
facts_row(None, "会計計", gs)
rh.append(20)
r += 1
sp = rows[3:]
for (acc, debt, dept, ca, cc, wo) in sp:
    cells += [dict(r=r, c=0, t=acc, sz=6.5, wrap=True), dict(r=r, c=1, t=debt, al="l", sz=7.5 if len(debt) > 7 else 8),
              dict(r=r, c=2, t=dept)] + amount_cells(r, (ca, cc, wo))
    facts_row(debt, debt, (ca, cc, wo))
    rh.append(24)
    r += 1
ss = [sum(x[i] for x in sp) for i in (3, 4, 5)]
cells += [dict(r=r, c=0, cs=3, t="特別会計計", bg=SUB)] + amount_cells(r, ss, SUB)
facts_row(None, "特別会計計", ss)
rh.append(20)
r += 1
cells += [dict(r=r, c=0, cs=3, t="総計", bg=HEAD)] + amount_cells(r, tot, HEAD)
facts_row(None, "総計", tot)
rh.append(20)
yb = cv.grid(40, 188, colw, rh, cells, size=8)
cv.text(40, yb + 14, f"※1 市税の収入未済額のうち滞納繰越分 {c(z['aa'] - z['ac'] - z['wo'])}千円", 8, "M")
g.f(P, "市税", "市税", 2024, "令和6年度", "arrears", "outstanding", "actual", (z['aa'] - z['ac'] - z['wo']) * 1000, "yen",
    c(z['aa'] - z['ac'] - z['wo']) + "千円")
cv.text(40, yb + 28, "※2 収納率＝収入済額÷調定額×100（小数点第3位四捨五入）", 8, "M")
y = yb + 56
cv.text(40, y, "（2）概況", 11, "G")
d_out = (zei[2023]["out"] + kok[2023]["out"] + jut[2023]["out"]) - (z["out"] + k["out"] + j["out"])
txt = (f"　市税、国民健康保険税及び市営住宅使用料の3債権を合わせた令和6年度末の収入未済額は"
       f"{c(z['out'] + k['out'] + j['out'])}千円で、前年度末から{c(d_out)}千円減少した。"
       f"市税の収納率（現年度分）は{fr(rate(z['cc'], z['ca'], 2), 2)}％となり、前年度から"
       f"{fr(rate(z['cc'], z['ca'], 2) - rate(zei[2023]['cc'], zei[2023]['ca'], 2), 2)}ポイント上昇している。"
       "一方、保育料及び市営住宅使用料では、滞納繰越分の回収に時間を要しており、引き続き早期の納付相談と法的措置の"
       "検討が必要である。")
cv.para(48, y + 20, 505, txt, 9.5, "M", 1.7)
g.f(P, None, None, 2024, "令和6年度", "total", "outstanding", "actual", (z['out'] + k['out'] + j['out']) * 1000, "yen",
    f"{c(z['out'] + k['out'] + j['out'])}千円")
g.f(P, None, None, 2024, "令和6年度", "total", "difference", "actual", -d_out * 1000, "yen", f"{c(d_out)}千円減少")
g.f(P, "市税", "市税", 2024, "令和6年度", "current", "collection_rate", "actual", rate(z['cc'], z['ca'], 2), "percent",
    f"{fr(rate(z['cc'], z['ca'], 2), 2)}％")
g.f(P, "市税", "市税", 2024, "令和6年度", "current", "difference", "actual",
    r2(rate(z['cc'], z['ca'], 2) - rate(zei[2023]['cc'], zei[2023]['ca'], 2)), "points",
    f"{fr(rate(z['cc'], z['ca'], 2) - rate(zei[2023]['cc'], zei[2023]['ca'], 2), 2)}ポイント上昇")


# ---------------------------------------------------------------- per-debt sheets
def strip(cv, y, pairs, widths):
    cells, ci = [], 0
    for lab, val in pairs:
        cells.append(dict(r=0, c=ci, t=lab, bg=HEAD, sz=8.5))
        cells.append(dict(r=0, c=ci + 1, t=val, al="l", sz=9))
        ci += 2
    return cv.grid(40, y, widths, [22], cells)


def items(cv, y, debt, section, lst, fy=2025, x=48, width=500):
    for lab, text, st in lst:
        tag = f"【{st}】" if st else ""
        line = f"{lab}　{text}{tag}"
        y = cv.para(x, y, width, line, 9, "M", 1.6, 0)
        g.i(cv_page_no[0], debt, fy, section, lab, text, st)
        y += 3
    return y


cv_page_no = [3]
# ---- p3 市税
P = 3
cv = Canvas(doc)
header(cv, P)
cv.text(40, 60, "2　取組個票（市税）", 13, "G")
y = strip(cv, 72, [("債権名", "市税"), ("所管課", "税務課"), ("債権区分", "強制徴収公債権")], [55, 120, 55, 110, 60, 115])
cv.text(40, y + 18, "（1）収納状況の推移", 10.5, "G")
cv.text(555, y + 18, "（単位：千円、％）", 8, "M", "r")
colw = [24, 58, 66, 66, 66, 66, 60, 69]
hdr = ["区分", "", "令和3年度", "令和4年度", "令和5年度", "令和6年度", "前年度比", "令和7年度\n目標"]
cells = [dict(r=0, c=0, cs=2, t="区分", bg=HEAD)] + [dict(r=0, c=i, t=t, bg=HEAD, sz=8) for i, t in enumerate(hdr) if i >= 2]
targets = {"current": 99.45, "arrears": 33.00, "total": 97.40}
segs = [("current", "現年度分", "ca", "cc"), ("arrears", "滞納繰越分", "aa", "ac"), ("total", "計", "ta", "tc")]
r = 1
for seg, lab, ka, kc in segs:
    cells.append(dict(r=r, c=0, rs=3, t=lab, vert=True, sz=8, bg=SUB))
    for mi, (mlab, m) in enumerate((("調定額", "assessed"), ("収入済額", "collected"), ("収納率", "collection_rate"))):
        cells.append(dict(r=r, c=1, t=mlab, al="l"))
        for yi, yy in enumerate(YRS):
            d = zei[yy]
            if m == "collection_rate":
                v = rate(d[kc], d[ka], 2)
                t = fr(v, 2)
                g.f(P, "市税", "市税", yy, f"令和{reiwa(yy)}年度", seg, m, "actual", v, "percent", t)
            else:
                v = d[ka] if m == "assessed" else d[kc]
                t = c(v)
                g.f(P, "市税", "市税", yy, f"令和{reiwa(yy)}年度", seg, m, "actual", v * 1000, "yen", t)
            cells.append(dict(r=r, c=2 + yi, t=t, al="r"))
        # difference column
        a, b = zei[2024], zei[2023]
        if m == "collection_rate":
            dv = r2(rate(a[kc], a[ka], 2) - rate(b[kc], b[ka], 2))
            t = ("△" if dv < 0 else "") + fr(abs(dv), 2)
            g.f(P, "市税", "市税", 2024, "前年度比", seg, "difference", "actual", dv, "points", t)
            cells.append(dict(r=r, c=7, t=fr(targets[seg], 2), al="r"))
            g.f(P, "市税", "市税", 2025, "令和7年度", seg, "collection_rate", "target", targets[seg], "percent", fr(targets[seg], 2))
        else:
            key_ = ka if m == "assessed" else kc
            dv = a[key_] - b[key_]
            t = tri(dv)
            g.f(P, "市税", "市税", 2024, "前年度比", seg, "difference", "actual", dv * 1000, "yen", t)
            cells.append(dict(r=r, c=7, t="－"))
        cells.append(dict(r=r, c=6, t=t, al="r"))
        r += 1
for mlab, m, kk in (("不納欠損額", "written_off", "wo"), ("収入未済額", "outstanding", "out")):
    cells.append(dict(r=r, c=0, cs=2, t=mlab, al="l", bg=SUB))
    for yi, yy in enumerate(YRS):
        v = zei[yy][kk]
        cells.append(dict(r=r, c=2 + yi, t=c(v), al="r"))
        g.f(P, "市税", "市税", yy, f"令和{reiwa(yy)}年度", "total", m, "actual", v * 1000, "yen", c(v))
    dv = zei[2024][kk] - zei[2023][kk]
    cells.append(dict(r=r, c=6, t=tri(dv), al="r"))
    g.f(P, "市税", "市税", 2024, "前年度比", "total", "difference", "actual", dv * 1000, "yen", tri(dv))
    r += 1
tgt_out = 38000
cells[-1:]  # noqa
cells.append(dict(r=r - 2, c=7, t="－"))
cells.append(dict(r=r - 1, c=7, t=c(tgt_out), al="r"))
g.f(P, "市税", "市税", 2025, "令和7年度", "total", "outstanding", "target", tgt_out * 1000, "yen", c(tgt_out))
y = cv.grid(40, y + 24, colw, [26] + [17] * (r - 1), cells, size=8)
cv.text(40, y + 11, "※ 前年度比の収納率欄はポイント差。△はマイナスを示す。", 7.5, "M")
# 現状と課題 (cell holding a paragraph with figures) beside plain figures
y += 24
cv.text(40, y, "（2）現状と課題", 10.5, "G")
dz = zei[2023]["out"] - zei[2024]["out"]
para_t = (f"令和6年度末の収入未済額は{c(zei[2024]['out'])}千円で、前年度より{c(dz)}千円減少した。"
          "滞納繰越分の収納率は上昇傾向にあるが、少額・多数の滞納案件が残っており、"
          "財産調査から滞納処分までの期間短縮が課題である。")
cells = [dict(r=0, c=0, t="現状と課題", bg=HEAD, sz=8.5), dict(r=0, c=1, t=para_t, al="l", wrap=True, sz=8.5),
         dict(r=0, c=2, t="滞納者数\n（人）", bg=HEAD, sz=8), dict(r=0, c=3, t="612", sz=10)]
y = cv.grid(40, y + 8, [60, 330, 55, 70], [66], cells, size=8.5)
g.f(P, "市税", "市税", 2024, "令和6年度", "total", "outstanding", "actual", zei[2024]["out"] * 1000, "yen",
    f"{c(zei[2024]['out'])}千円")
g.f(P, "市税", "市税", 2024, "令和6年度", "total", "difference", "actual", -dz * 1000, "yen", f"{c(dz)}千円減少")
g.f(P, "市税", "市税", 2024, "令和6年度", "total", "delinquents", "actual", 612, "persons", "612")
y += 20
cv.text(40, y, "（3）令和7年度の取組", 10.5, "G")
cv_page_no[0] = 3
y = items(cv, y + 18, "市税", "令和7年度の取組", [
    ("①", "納期限後20日以内に督促状を発送し、その後1か月以内に電話・文書による一斉催告を行う。", "継続"),
    ("②", "預貯金・給与等の財産調査を電子照会で行い、調査開始から3か月以内の差押え着手を徹底する。", "拡充"),
    ("③", "スマートフォン決済に加え、令和7年度から地方税統一QRコードを活用した納付案内を全税目に広げる。", "新規"),
    ("④", "高知県地方税滞納整理機構への移管基準を見直し、高額・困難案件の早期移管を図る。", "継続"),
])

# ---- p4 国民健康保険税
P = 4
cv = Canvas(doc)
header(cv, P)
cv.text(40, 60, "3　取組個票（国民健康保険税）", 13, "G")
cells = [dict(r=0, c=0, cs=7, t="債権名　国民健康保険税　　　所管課　税務課（保険料の賦課は市民課）", al="l", bg=HEAD, sz=9.5)]
cells += [dict(r=1, c=0, rs=2, t="区分", bg=SUB), dict(r=1, c=1, cs=3, t="令和5年度（決算）", bg=SUB),
          dict(r=1, c=4, cs=3, t="令和6年度（決算）", bg=SUB)]
for bi in (0, 3):
    for i, t in enumerate(["調定額", "収入済額", "収納率"]):
        cells.append(dict(r=2, c=1 + bi + i, t=t, bg=SUB, sz=8))
r = 3
for seg, lab, ka, kc in segs:
    cells.append(dict(r=r, c=0, t=lab))
    for bi, yy in ((0, 2023), (3, 2024)):
        d = kok[yy]
        v1, v2, v3 = d[ka], d[kc], rate(d[kc], d[ka], 2)
        cells += [dict(r=r, c=1 + bi, t=c(v1), al="r"), dict(r=r, c=2 + bi, t=c(v2), al="r"),
                  dict(r=r, c=3 + bi, t=fr(v3, 2), al="r")]
        fy_raw = f"令和{reiwa(yy)}年度"
        g.f(P, "国民健康保険税", "国民健康保険税", yy, fy_raw, seg, "assessed", "actual", v1 * 1000, "yen", c(v1))
        g.f(P, "国民健康保険税", "国民健康保険税", yy, fy_raw, seg, "collected", "actual", v2 * 1000, "yen", c(v2))
        g.f(P, "国民健康保険税", "国民健康保険税", yy, fy_raw, seg, "collection_rate", "actual", v3, "percent", fr(v3, 2))
    r += 1
cv.text(555, 82, "単位：千円、％", 8, "M", "r")
y = cv.grid(40, 88, [80, 72, 72, 52, 72, 72, 52], [22, 18, 18, 18, 18, 18], cells, size=8.5)
# table 2: rate with previous year in brackets
cv.text(40, y + 20, "（2）収納率の目標（単位：％、括弧内は前年度実績）", 10.5, "G")
tg = {"current": 95.40, "arrears": 24.00, "total": 87.30}
cells = [dict(r=0, c=0, t="区分", bg=HEAD), dict(r=0, c=1, t="令和6年度実績", bg=HEAD),
         dict(r=0, c=2, t="令和7年度目標", bg=HEAD), dict(r=0, c=3, t="令和8年度目標", bg=HEAD)]
r = 1
for seg, lab, ka, kc in segs:
    a = rate(kok[2024][kc], kok[2024][ka], 2)
    b = rate(kok[2023][kc], kok[2023][ka], 2)
    t = f"{fr(a, 2)}（{fr(b, 2)}）"
    cells += [dict(r=r, c=0, t=lab), dict(r=r, c=1, t=t, al="r"), dict(r=r, c=2, t=fr(tg[seg], 2), al="r"),
              dict(r=r, c=3, t=fr(r2(tg[seg] + 0.3), 2), al="r")]
    g.f(P, "国民健康保険税", "国民健康保険税", 2024, "令和6年度", seg, "collection_rate", "actual", a, "percent", fr(a, 2))
    g.f(P, "国民健康保険税", "国民健康保険税", 2023, "前年度", seg, "collection_rate", "actual", b, "percent", fr(b, 2))
    g.f(P, "国民健康保険税", "国民健康保険税", 2025, "令和7年度", seg, "collection_rate", "target", tg[seg], "percent", fr(tg[seg], 2))
    g.f(P, "国民健康保険税", "国民健康保険税", 2026, "令和8年度", seg, "collection_rate", "target", r2(tg[seg] + 0.3), "percent",
        fr(r2(tg[seg] + 0.3), 2))
    r += 1
y = cv.grid(40, y + 28, [90, 140, 110, 110], [20] * 4, cells, size=8.5)
# 参考 box
y += 16
cv.rect(40, y, 555, y + 62, color=(0.2, 0.2, 0.2))
cv.text(48, y + 15, "【参考】", 9.5, "G")
kk = kok[2024]
bl = [f"・令和6年度末 収入未済額：{c(kk['out'])}千円", f"・令和6年度 不納欠損額：{c(kk['wo'])}千円",
      "・滞納世帯数：845世帯（前年度 902世帯）"]
for i, t in enumerate(bl):
    cv.text(60, y + 31 + i * 13, t, 9, "M")
g.f(P, "国民健康保険税", "国民健康保険税", 2024, "令和6年度", "total", "outstanding", "actual", kk["out"] * 1000, "yen", c(kk["out"]) + "千円")
g.f(P, "国民健康保険税", "国民健康保険税", 2024, "令和6年度", "total", "written_off", "actual", kk["wo"] * 1000, "yen", c(kk["wo"]) + "千円")
g.f(P, "国民健康保険税", "国民健康保険税", 2024, "令和6年度", "total", "delinquents", "actual", 845, "households", "845世帯")
g.f(P, "国民健康保険税", "国民健康保険税", 2023, "前年度", "total", "delinquents", "actual", 902, "households", "902世帯")
y += 84
cv.text(40, y, "（3）主な取組", 10.5, "G")
y += 18
cv_page_no[0] = 4
for lab, text, st in [
    ("(1)", "資格取得時及び納税通知書送付時に口座振替の利用を勧め、振替率の向上を図る。", "継続"),
    ("(2)", "現年度分の滞納者には納期ごとに電話催告を行い、滞納繰越分への移行を抑える。", "拡充"),
    ("(3)", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を毎月確認する。", None),
]:
    y = cv.para(48, y, 500, f"{lab}　{text}", 9, "M", 1.6)
    if st:
        cv.text(66, y, f"【{st}】", 9, "M")
        y += 15
    g.i(P, "国民健康保険税", 2025, "主な取組", lab, text, st)
    y += 2

# ---- p5 市営住宅使用料
P = 5
cv = Canvas(doc)
header(cv, P)
cv.text(40, 60, "4　取組個票（市営住宅使用料）", 13, "G")
y = strip(cv, 72, [("債権名", "市営住宅使用料"), ("所管課", "建設課"), ("区分", "私債権")], [55, 130, 55, 100, 50, 125])
cv.text(40, y + 18, "（1）年度別・区分別の収納状況（円単位）", 10.5, "G")
colw = [40, 70, 95, 95, 60, 60]
cells = [dict(r=0, c=i, t=t, bg=HEAD, sz=8) for i, t in enumerate(
    ["年度", "区分", "調定額（円）", "収入済額（円）", "収納率（％）", "滞納者数（人）"])]
r = 1
deln = {2021: (41, 58), 2022: (39, 55), 2023: (36, 52), 2024: (33, 49)}
for yy in YRS:
    d = jut[yy]
    for seg, lab, ka, kc in segs[:2]:
        a_yen = d[ka] * 1000
        c_yen = d[kc] * 1000
        rv = rate(d[kc], d[ka], 1)
        ncount = deln[yy][0 if seg == "current" else 1]
        yr = f"R{yy - 2018}"
        cells += [dict(r=r, c=0, t=yr), dict(r=r, c=1, t=lab), dict(r=r, c=2, t=c(a_yen), al="r"),
                  dict(r=r, c=3, t=c(c_yen), al="r"), dict(r=r, c=4, t=fr(rv), al="r"), dict(r=r, c=5, t=str(ncount), al="r")]
        g.f(P, "市営住宅使用料", "市営住宅使用料", yy, yr, seg, "assessed", "actual", a_yen, "yen", c(a_yen))
        g.f(P, "市営住宅使用料", "市営住宅使用料", yy, yr, seg, "collected", "actual", c_yen, "yen", c(c_yen))
        g.f(P, "市営住宅使用料", "市営住宅使用料", yy, yr, seg, "collection_rate", "actual", rv, "percent", fr(rv))
        g.f(P, "市営住宅使用料", "市営住宅使用料", yy, yr, seg, "delinquents", "actual", ncount, "persons", str(ncount))
        r += 1
cells2 = cells
y0 = y + 26
yb = cv.grid(40, y0, colw, [20] + [16] * (r - 1), cells2, size=8)
# small table in 千円 on the right
cv.text(475, y0 - 8, "収入未済額の推移", 9, "G")
cells = [dict(r=0, c=0, t="年度", bg=HEAD, sz=8), dict(r=0, c=1, t="千円", bg=HEAD, sz=8)]
for i, yy in enumerate(YRS):
    cells += [dict(r=i + 1, c=0, t=f"R{yy - 2018}"), dict(r=i + 1, c=1, t=c(jut[yy]["out"]), al="r")]
    g.f(P, "市営住宅使用料", "市営住宅使用料", yy, f"R{yy - 2018}", "total", "outstanding", "actual", jut[yy]["out"] * 1000, "yen",
        c(jut[yy]["out"]))
cv.grid(475, y0, [34, 46], [20] + [16] * 4, cells, size=8)
cv.text(475, y0 + 104, "（単位：千円）", 7.5, "M")
y = yb + 24
cv.text(40, y, "（2）今後の方針", 10.5, "G")
cv.rect(40, y + 8, 555, y + 118, color=(0.3, 0.3, 0.3))
yy_ = y + 26
cv_page_no[0] = 5
for lab, text, st in [
    ("ア", "滞納3か月以上の入居者には連帯保証人への通知と面談を行い、早期に分納計画を立てる。", "継続"),
    ("イ", "退去者の滞納分は、住民票調査により所在を確認したうえで支払督促の申立てを行う。", "拡充"),
    ("ウ", "高齢・低所得の入居者は福祉事務所と連携し、家賃減免制度の案内を行う。", "新規"),
]:
    yy_ = cv.para(52, yy_, 490, f"{lab}　{text}【{st}】", 9, "M", 1.6)
    g.i(P, "市営住宅使用料", 2025, "今後の方針", lab, text, st)
    yy_ += 4
cv.text(40, y + 136, "※ R6の滞納者数は令和7年3月31日現在。連帯保証人への通知件数はR6で28件。", 8, "M")

# ---- p6 参考資料
P = 6
cv = Canvas(doc)
header(cv, P)
cv.text(40, 60, "【参考資料】債権一覧（令和6年度末）", 13, "G")
lst = [("市税", "税務課", "地方税法", "強", z["out"]),
       ("国民健康保険税", "税務課", "地方税法", "強", k["out"]),
       ("介護保険料", "介護保険課", "介護保険法", "強", others["介護保険料"][0] - others["介護保険料"][1] - others["介護保険料"][2]),
       ("後期高齢者医療保険料", "市民課", "高齢者の医療の確保に関する法律", "強",
        others["後期高齢者医療保険料"][0] - others["後期高齢者医療保険料"][1] - others["後期高齢者医療保険料"][2]),
       ("保育料", "こども未来課", "子ども・子育て支援法", "強", others["保育料"][0] - others["保育料"][1] - others["保育料"][2]),
       ("市営住宅使用料", "建設課", "公営住宅法・民法", "私", j["out"])]
cells = [dict(r=0, c=i, t=t, bg=HEAD, sz=8.5) for i, t in enumerate(["No.", "債権名", "所管課", "根拠法令", "区分", "収入未済額（千円）"])]
for i, (dn, dept, law, kb, o) in enumerate(lst):
    cells += [dict(r=i + 1, c=0, t=str(i + 1)), dict(r=i + 1, c=1, t=dn, al="l"), dict(r=i + 1, c=2, t=dept),
              dict(r=i + 1, c=3, t=law, al="l", sz=7.5), dict(r=i + 1, c=4, t=kb), dict(r=i + 1, c=5, t=c(o), al="r")]
    g.f(P, dn, dn, 2024, "令和6年度", "total", "outstanding", "actual", o * 1000, "yen", c(o))
n = len(lst) + 1
cells += [dict(r=n, c=0, cs=5, t="合計", bg=SUB), dict(r=n, c=5, t=c(tout), al="r", bg=SUB)]
g.f(P, None, "合計", 2024, "令和6年度", "total", "outstanding", "actual", tout * 1000, "yen", c(tout))
y = cv.grid(40, 75, [28, 105, 75, 170, 35, 102], [22] + [20] * n, cells, size=8.5)
cv.text(40, y + 12, "区分　強：強制徴収公債権　非：非強制徴収公債権　私：私債権", 8, "M")
# bar chart with data labels
y += 40
cv.text(40, y, "【参考】市税収納率（計）の推移", 11, "G")
cx0, cy0, ch = 90, y + 220, 170
cv.line(cx0, cy0, 520, cy0, 0.8)
cv.line(cx0, cy0, cx0, cy0 - ch - 10, 0.8)
vals = [rate(zei[yy]["tc"], zei[yy]["ta"], 1) for yy in YRS]
lo = 94.0
for i, (yy, v) in enumerate(zip(YRS, vals)):
    bx = cx0 + 30 + i * 100
    h = (v - lo) / (100 - lo) * ch
    cv.rect(bx, cy0 - h, bx + 50, cy0, fill=(0.35, 0.5, 0.75), color=None)
    cv.text(bx + 25, cy0 - h - 5, fr(v), 9, "G", "c")
    cv.text(bx + 25, cy0 + 14, f"令和{reiwa(yy)}年度", 8.5, "G", "c")
    g.f(P, "市税", "市税", yy, f"令和{reiwa(yy)}年度", "total", "collection_rate", "actual", v, "percent", fr(v))
for t in (94, 96, 98, 100):
    yy = cy0 - (t - lo) / (100 - lo) * ch
    cv.text(cx0 - 5, yy + 3, str(t), 7.5, "G", "r")
cv.text(cx0 - 5, cy0 - ch - 18, "（％）", 7.5, "G", "c")
cv.text(40, cy0 + 36, "出典：室戸市各年度歳入歳出決算書（市税の現年度分・滞納繰越分の合計）", 8, "M")

finish_pymupdf(doc, STEM)
g.write()
