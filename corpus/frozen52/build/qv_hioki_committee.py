"""qv_hioki_committee_1: 日置市債権管理対策会議 資料 (取組個票), drawn directly with PyMuPDF.

Run from corpus/frozen52:  python3 build/qv_hioki_committee.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qv_common import Canvas, Gold, SET, c, r2, rate, check  # noqa: E402

STEM = "qv_hioki_committee_1"
CITY = "日置市"
G = Gold(STEM, "committee_material", "kobetsu", CITY,
         "令和7年度 第1回日置市債権管理対策会議 資料", "2025-07-24", "令和7年7月24日(木)")
HEAD = "令和7年度 第1回日置市債権管理対策会議"
GREY = (0.85, 0.85, 0.85)
LIGHT = (0.94, 0.95, 0.97)
BLUE = (0.80, 0.87, 0.95)

# ------------------------------------------------------------------ data (千円)
# name, abbreviation, 所管課, {fy: (cur_assessed, cur_collected, arr_assessed, arr_collected, written_off)}
DEBTS = [
    ("市税", "市税", "税務課", {
        2020: (5698210, 5630874, 248310, 61843, 9120),
        2021: (5741066, 5678215, 225902, 58731, 8215),
        2022: (5769385, 5708946, 210544, 55618, 7432),
        2023: (5790412, 5731877, 196133, 54127, 6210),
        2024: (5812340, 5756023, 182451, 53820, 5896)}),
    ("国民健康保険税", "国保税", "税務課", {
        2020: (1182406, 1110311, 310228, 52316, 22641),
        2021: (1160552, 1091846, 295447, 51208, 20113),
        2022: (1131870, 1067293, 281905, 50377, 18840),
        2023: (1104233, 1043861, 265628, 49915, 17315),
        2024: (1086719, 1029410, 250409, 50127, 16206)}),
    ("介護保険料", "介護料", "介護保険課", {
        2020: (1023415, 1015022, 21843, 4410, 3812),
        2021: (1031280, 1023395, 21374, 4618, 3620),
        2022: (1040366, 1032870, 20736, 4702, 3315),
        2023: (1046205, 1039140, 19816, 4874, 3047),
        2024: (1052871, 1046133, 18713, 4951, 2904)}),
    ("後期高齢者医療保険料", "後期高齢", "市民生活課", {
        2020: (512604, 510118, 5106, 1932, 620),
        2021: (520331, 517992, 4934, 1877, 588),
        2022: (531206, 528841, 4713, 1846, 552),
        2023: (543118, 540776, 4442, 1810, 517),
        2024: (556902, 554511, 4271, 1826, 498)}),
    ("市営住宅使用料", "住宅使用料", "建設課", {
        2020: (301422, 294305, 52318, 6215, 2104),
        2021: (299870, 293014, 49317, 6038, 1960),
        2022: (298115, 291642, 46315, 5912, 1833),
        2023: (296604, 290531, 43006, 5876, 1702),
        2024: (295133, 289520, 39203, 5930, 1590)}),
]
D = {d[0]: d for d in DEBTS}


def seg(name, fy):
    ca, cc, aa, ac, wo = D[name][3][fy]
    cur = dict(a=ca, c=cc, w=0, o=ca - cc, r=rate(cc, ca))
    arr = dict(a=aa, c=ac, w=wo, o=aa - ac - wo, r=rate(ac, aa))
    tot = dict(a=ca + aa, c=cc + ac, w=wo, o=ca + aa - cc - ac - wo, r=rate(cc + ac, ca + aa))
    return {"current": cur, "arrears": arr, "total": tot}


def city(fy):
    t = {k: 0 for k in "acwo"}
    for n in D:
        s = seg(n, fy)["total"]
        for k in "acwo":
            t[k] += s[k]
    t["r"] = rate(t["c"], t["a"])
    return t


def city_seg(fy, sg):
    t = {k: 0 for k in "acwo"}
    for n in D:
        s = seg(n, fy)[sg]
        for k in "acwo":
            t[k] += s[k]
    t["r"] = rate(t["c"], t["a"])
    return t


K = 1000
cv = Canvas()


def fy_raw(fy):
    return f"令和{fy - 2018}年度"


# ------------------------------------------------------------------ page 1: 次第 + panels
p = cv.new_page()
P = cv.pno
cv.header_footer(None, "- 1 -")
cv.text(0, 90, "令和7年度 第1回", 15, "G", align="c", w=595)
cv.text(0, 116, "日置市債権管理対策会議", 18, "G", align="c", w=595)
cv.text(0, 150, "日時：令和7年7月24日(木)　午前10時～11時30分", 10, "M", align="c", w=595)
cv.text(0, 166, "場所：日置市役所本庁舎　第2会議室", 10, "M", align="c", w=595)
cv.text(0, 205, "次　　第", 13, "G", align="c", w=595)
y = 230
for ln in ["１　開　　会", "２　報　　告",
           "　（１）令和6年度　主要債権の収納状況について　…………　資料1（2～3ページ）",
           "　（２）主要債権の取組個票について　……………………　資料2（4～6ページ）",
           "３　協　　議", "　　令和7年度　債権管理の取組方針について", "４　閉　　会"]:
    cv.text(95, y, ln, 10.5, "M")
    y += 22
# key-figure panels (each with its own label and year)
cv.text(70, 420, "【参考】令和6年度決算の概要（全債権）", 10.5, "G")
t24, t23 = city(2024), city(2023)
pts = round(t24["r"] - t23["r"], 2)
panels = [
    ("収納率（令和6年度）", f"{r2(t24['r'])}％", f"前年度比＋{r2(pts)}ポイント"),
    ("収入未済額（令和6年度）", f"{t24['o'] / 100000:.2f}億円",
     f"前年度比△{(t23['o'] - t24['o']) / 100000:.2f}億円"),
    ("滞納者数（令和6年度末）", "2,318人", "前年度末 2,476人"),
]
x = 70
for i, (lab, big, sub) in enumerate(panels):
    cv.rect((x, 432, x + 145, 512), fill=LIGHT, stroke=(0.3, 0.4, 0.6), lw=0.8)
    cv.text(x, 450, lab, 8.5, "G", align="c", w=145)
    cv.text(x, 478, big, 16, "G", color=(0.1, 0.2, 0.5), align="c", w=145)
    cv.text(x, 500, sub, 8, "G", align="c", w=145)
    x += 160
G.fact(P, panels[0][1], t24["r"], "percent", "collection_rate", "actual", 2024, "令和6年度")
G.fact(P, f"＋{r2(pts)}ポイント", pts, "points", "difference", "actual", 2024, "令和6年度")
G.fact(P, panels[1][1], round(t24["o"] / 100000, 2) * 100000000, "yen", "outstanding", "actual",
       2024, "令和6年度")
G.fact(P, f"△{(t23['o'] - t24['o']) / 100000:.2f}億円",
       -round((t23["o"] - t24["o"]) / 100000, 2) * 100000000, "yen", "difference", "actual", 2024,
       "令和6年度")
G.fact(P, "2,318人", 2318, "persons", "delinquents", "actual", 2024, "令和6年度末")
G.fact(P, "2,476人", 2476, "persons", "delinquents", "actual", 2023, "前年度末")
# member list
cv.text(70, 548, "日置市債権管理対策会議　委員名簿", 10, "G")
mem = [("会長", "副市長"), ("副会長", "総務企画部長"), ("委員", "市民福祉部長"), ("委員", "産業建設部長"),
       ("委員", "教育次長"), ("委員", "税務課長"), ("委員", "介護保険課長"), ("委員", "建設課長"),
       ("事務局", "税務課収納係")]
y = 556
for i, (r_, t_) in enumerate(mem):
    col, row = divmod(i, 5)
    cv.cell(70 + col * 230, y + row * 20, 60, 20, r_, 8.5, fill=GREY)
    cv.cell(130 + col * 230, y + row * 20, 150, 20, t_, 8.5, align="l")

# ------------------------------------------------------------------ page 2: summary table
cv.new_page()
P = cv.pno
cv.header_footer(HEAD + "　資料1", "- 2 -")
cv.text(45, 62, "資料1", 10, "G")
cv.text(45, 84, "１　令和6年度　主要債権の収納状況（決算）", 12, "G")
cv.text(0, 104, "（単位：千円、％）", 8, "M", align="r", w=550)
x0, y0 = 45, 108
cw = [56] + [42, 42, 30] * 3 + [38, 42]
hdr_h = 16
xs = [x0]
for w in cw:
    xs.append(xs[-1] + w)
# header rows: 年度 > 区分 > 調定額/収入済額/収納率 (three levels)
cv.cell(xs[0], y0, cw[0], hdr_h * 3, "債権名", 7.5, fill=BLUE)
cv.cell(xs[1], y0, xs[-1] - xs[1], hdr_h, "令和6年度決算", 7.5, fill=BLUE)
for gi, gl in enumerate(["現年度分", "滞納繰越分", "計"]):
    a = 1 + gi * 3
    cv.cell(xs[a], y0 + hdr_h, xs[a + 3] - xs[a], hdr_h, gl, 7.5, fill=BLUE)
    for j, sl in enumerate(["調定額※1", "収入済額", "収納率"]):
        cv.cell(xs[a + j], y0 + hdr_h * 2, cw[a + j], hdr_h, sl, 6.5, fill=BLUE)
cv.cell(xs[10], y0 + hdr_h, cw[10], hdr_h * 2, "不納欠損額", 6.5, fill=BLUE)
cv.cell(xs[11], y0 + hdr_h, cw[11], hdr_h * 2, "収入未済額", 6.5, fill=BLUE)
y = y0 + hdr_h * 3
rh = 19
rows = [(n, D[n][1], seg(n, 2024)) for n in D]
tot = {sg: city_seg(2024, sg) for sg in ("current", "arrears", "total")}
rows.append((None, "合計", tot))
for i, (name, lab, s) in enumerate(rows):
    fill = LIGHT if i % 2 == 0 else None
    if name is None:
        fill = GREY
    if fill is not None:
        cv.rect((xs[0], y, xs[-1], y + rh), fill=fill, stroke=None)
    cv.cell(xs[0], y, cw[0], rh, lab, 7, fill=None, stroke=None, align="l")
    k = 1
    for sg in ("current", "arrears", "total"):
        v = s[sg]
        for txt, val, unit, met in ((c(v["a"]), v["a"] * K, "yen", "assessed"),
                                    (c(v["c"]), v["c"] * K, "yen", "collected"),
                                    (r2(v["r"]), v["r"], "percent", "collection_rate")):
            cv.cell(xs[k], y, cw[k], rh, txt, 6.6, fill=None, stroke=None, align="r")
            G.fact(P, txt, val, unit, met, "actual", 2024, "令和6年度", sg, D[name][0] if name else None,
                   lab)
            k += 1
    for txt, val, met in ((c(s["total"]["w"]), s["total"]["w"] * K, "written_off"),
                          (c(s["total"]["o"]), s["total"]["o"] * K, "outstanding")):
        cv.cell(xs[k], y, cw[k], rh, txt, 6.6, fill=None, stroke=None, align="r")
        G.fact(P, txt, val, "yen", met, "actual", 2024, "令和6年度", "total",
               D[name][0] if name else None, lab)
        k += 1
    y += rh
cv.line((xs[0], y0), (xs[-1], y0), 0.8)
cv.line((xs[0], y), (xs[-1], y), 0.8)
y += 12
notes = ["※1 調定額は還付未済額を除いた額である。",
         "※2 市税の収入未済額のうち個人市民税分　61,204千円（令和6年度末）",
         "※ 債権名の略称　国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、"
         "住宅使用料：市営住宅使用料"]
for n in notes:
    y = cv.para(45, y, n, 505, 7.5, "M", 1.45)
G.fact(P, "61,204千円", 61204 * K, "yen", "outstanding", "actual", 2024, "令和6年度末", "total",
       "個人市民税", "個人市民税")
# table 2: two lines per debt
y += 18
cv.text(45, y, "２　主要債権の滞納者数等", 12, "G")
y += 8
cols = [("債権名", 90), ("滞納者数（人）", 80), ("収入未済額（千円）", 95), ("差押件数（件）", 80)]
x = 45
for lab, w in cols:
    cv.cell(x, y, w, 18, lab, 8, fill=GREY)
    x += w
y += 18
DL = {"市税": ((1402, 1497), (311, 288)), "国民健康保険税": ((688, 734), (94, 87)),
      "市営住宅使用料": ((228, 245), (0, 0))}
for name, ((d24, d23), (s24, s23)) in DL.items():
    x = 45
    cv.cell(x, y, 90, 32, D[name][1], 8.5)
    x += 90
    o24, o23 = seg(name, 2024)["total"]["o"], seg(name, 2023)["total"]["o"]
    for (v1, v2, unit, met, wdt) in ((d24, d23, "persons", "delinquents", 80),
                                     (o24, o23, "yen", "outstanding", 95),
                                     (s24, s23, "cases", "seizures", 80)):
        cv.cell(x, y, wdt, 16, c(v1), 8, align="r")
        cv.cell(x, y + 16, wdt, 16, c(v2), 8, align="r")
        mult = K if unit == "yen" else 1
        G.fact(P, c(v1), v1 * mult, unit, met, "actual", 2024, None, "total", name, D[name][1])
        G.fact(P, c(v2), v2 * mult, unit, met, "actual", 2023, None, "total", name, D[name][1])
        x += wdt
    y += 32
cv.text(45, y + 12, "上段：令和6年度末、下段：令和5年度末", 7.5, "M")
cv.text(45, y + 26, "出典：日置市各会計歳入歳出決算書、各課滞納管理システム", 7.5, "M")

# ------------------------------------------------------------------ page 3 (landscape): trend + chart
cv.new_page(landscape=True)
P = cv.pno
cv.header_footer(HEAD + "　資料1", "- 3 -")
cv.text(40, 62, "３　主要債権の収納状況の推移（現年度分＋滞納繰越分）", 12, "G")
cv.text(40, 78, "調定額・収入済額は千円、収納率は％", 8, "M")
x0, y0 = 40, 86
trio = ["市税", "国民健康保険税", "介護保険料"]
cw = [62] + [50, 50, 34] * 3
xs = [x0]
for w in cw:
    xs.append(xs[-1] + w)
cv.cell(xs[0], y0, cw[0], 34, "年度", 8, fill=GREY)
for gi, n in enumerate(trio):
    a = 1 + gi * 3
    cv.cell(xs[a], y0, xs[a + 3] - xs[a], 17, D[n][1], 8, fill=GREY)
    for j, sl in enumerate(["調定額", "収入済額", "収納率"]):
        cv.cell(xs[a + j], y0 + 17, cw[a + j], 17, sl, 7, fill=GREY)
y = y0 + 34
for fy in range(2020, 2025):
    cv.cell(xs[0], y, cw[0], 20, fy_raw(fy), 7.5)
    k = 1
    for n in trio:
        s = seg(n, fy)["total"]
        for txt, val, unit, met in ((c(s["a"]), s["a"] * K, "yen", "assessed"),
                                    (c(s["c"]), s["c"] * K, "yen", "collected"),
                                    (r2(s["r"]), s["r"], "percent", "collection_rate")):
            cv.cell(xs[k], y, cw[k], 20, txt, 7, align="r")
            G.fact(P, txt, val, unit, met, "actual", fy, fy_raw(fy), "total", n, D[n][1])
            k += 1
    y += 20
cv.text(40, y + 14, "※ 各年度とも決算額。介護料は介護保険料（第1号被保険者分）。", 7.5, "M")
# bar chart of city-wide outstanding (百万円, one decimal)
cx, cy, cw_, ch = 590, 110, 210, 220
cv.text(cx - 10, 96, "全債権の収入未済額の推移（百万円）", 9, "G")
vals = [(fy, city(fy)["o"]) for fy in range(2020, 2025)]
mx = max(v for _, v in vals)
cv.line((cx, cy + ch), (cx + cw_, cy + ch), 0.8)
cv.line((cx, cy), (cx, cy + ch), 0.8)
bw = cw_ / len(vals)
for i, (fy, v) in enumerate(vals):
    h = ch * 0.85 * v / mx
    bx = cx + i * bw + bw * 0.2
    cv.rect((bx, cy + ch - h, bx + bw * 0.6, cy + ch), fill=(0.45, 0.6, 0.8), stroke=None)
    lab = f"{v / 1000:.1f}"
    cv.text(bx - 10, cy + ch - h - 4, lab, 7.5, "G", align="c", w=bw * 0.6 + 20)
    cv.text(bx - 10, cy + ch + 12, f"R{fy - 2018}", 7.5, "G", align="c", w=bw * 0.6 + 20)
    G.fact(P, lab, round(v / 1000, 1) * 1000000, "yen", "outstanding", "actual", fy, f"R{fy - 2018}")
cv.text(cx, cy + ch + 30, "（年度）　各年度末現在", 7.5, "M")
# prose under the table
t20 = city(2020)
y += 40
txt = (f"全債権の収入未済額は、令和2年度末の{t20['o'] / 1000:.1f}百万円から令和6年度末には"
       f"約{round(t24['o'] / 1000)}百万円まで減少した。")
cv.para(40, y, txt, 520, 9, "M")
G.fact(P, f"{t20['o'] / 1000:.1f}百万円", round(t20["o"] / 1000, 1) * 1000000, "yen", "outstanding",
       "actual", 2020, "令和2年度末")
G.fact(P, f"約{round(t24['o'] / 1000)}百万円", round(t24["o"] / 1000) * 1000000, "yen",
       "outstanding", "actual", 2024, "令和6年度末", approx=True)


# ------------------------------------------------------------------ 取組個票
def year_table(y, name, vertical_labels=True):
    """Rows: metric (vertical, merged) x 現年/滞繰/計; columns R4..R6 決算, R7 目標, 前年度比."""
    P = cv.pno
    tg = TARGETS[name]
    x0 = 45
    cw = [24, 62, 82, 82, 82, 72, 101]
    xs = [x0]
    for w in cw:
        xs.append(xs[-1] + w)
    cv.cell(xs[0], y, cw[0] + cw[1], 30, "区分", 8, fill=GREY)
    for j, (a, b) in enumerate([("令和4年度", "決算"), ("令和5年度", "決算"), ("令和6年度", "決算"),
                                ("令和7年度", "目標"), ("令和6年度", "対前年度増減")]):
        cv.cell(xs[2 + j], y, cw[2 + j], 15, a, 7.5, fill=GREY)
        cv.cell(xs[2 + j], y + 15, cw[2 + j], 15, b, 7.5, fill=GREY)
    y += 30
    blocks = [("収納率", "collection_rate"), ("収入未済額", "outstanding")]
    for lab, met in blocks:
        cv.cell(xs[0], y, cw[0], 54, lab, 7.5, fill=LIGHT, vertical=vertical_labels)
        for i, (sg, sl) in enumerate((("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計"))):
            yy = y + i * 18
            cv.cell(xs[1], yy, cw[1], 18, sl, 7.5, fill=LIGHT)
            for j, fy in enumerate((2022, 2023, 2024)):
                s = seg(name, fy)[sg]
                v = s["r"] if met == "collection_rate" else s["o"]
                txt = r2(v) if met == "collection_rate" else c(v)
                cv.cell(xs[2 + j], yy, cw[2 + j], 18, txt, 7.5, align="r")
                G.fact(P, txt, v if met == "collection_rate" else v * K,
                       "percent" if met == "collection_rate" else "yen", met, "actual", fy,
                       fy_raw(fy), sg, name, D[name][1] if name != "市税" else "市税")
            tv = tg[sg] if met == "collection_rate" else tg["o_" + sg]
            txt = r2(tv) if met == "collection_rate" else c(tv)
            cv.cell(xs[5], yy, cw[5], 18, txt, 7.5, align="r")
            G.fact(P, txt, tv if met == "collection_rate" else tv * K,
                   "percent" if met == "collection_rate" else "yen", met, "target", 2025, "令和7年度",
                   sg, name, D[name][1] if name != "市税" else "市税")
            a, b = seg(name, 2024)[sg], seg(name, 2023)[sg]
            if met == "collection_rate":
                dv = round(a["r"] - b["r"], 2)
                txt = ("＋" if dv >= 0 else "△") + r2(abs(dv))
                G.fact(P, txt, dv, "points", "difference", "actual", 2024, "令和6年度", sg, name)
            else:
                dv = a["o"] - b["o"]
                pr = round(dv / b["o"] * 100, 1)
                txt = f"{c(dv)}（{'△' if pr < 0 else '＋'}{abs(pr):.1f}％）"
                G.fact(P, c(dv), dv * K, "yen", "difference", "actual", 2024, "令和6年度", sg, name)
                G.fact(P, f"{'△' if pr < 0 else '＋'}{abs(pr):.1f}％", pr, "percent", "change_rate",
                       "actual", 2024, "令和6年度", sg, name)
            cv.cell(xs[6], yy, cw[6], 18, txt, 7.5, align="r")
        y += 54
    return y


def make_target(name, tr_cur, tr_arr):
    """令和7年度 targets derived from planned amounts, so rates and 未済額 stay consistent."""
    ca, cc, aa, ac, wo = D[name][3][2024]
    t_ca = round(ca * 1.003)
    t_aa = seg(name, 2024)["total"]["o"]
    t_cc = round(t_ca * tr_cur / 100)
    t_ac = round(t_aa * tr_arr / 100)
    t_wo = round(wo * 0.95)
    cur_o, arr_o = t_ca - t_cc, t_aa - t_ac - t_wo
    return dict(current=rate(t_cc, t_ca), arrears=rate(t_ac, t_aa), total=rate(t_cc + t_ac, t_ca + t_aa),
                o_current=cur_o, o_arrears=arr_o, o_total=cur_o + arr_o)


TARGETS = {"市税": make_target("市税", 99.10, 31.0),
           "国民健康保険税": make_target("国民健康保険税", 94.90, 21.0),
           "市営住宅使用料": make_target("市営住宅使用料", 98.20, 16.5)}


def items(y, name, title, lst, fy=2025, x=45, w=505):
    """Numbered 取組 list in a box; tags after 。 or alone on the next line."""
    P = cv.pno
    cv.text(x, y, title, 10, "G")
    y += 6
    top = y
    y += 6
    for lab, text, status, alone in lst:
        body = f"{lab}　{text}"
        if status and not alone:
            body += f"【{status}】"
        y = cv.para(x + 8, y, body, w - 16, 8.5, "M", 1.5, indent=12)
        if status and alone:
            cv.text(x + w - 60, y + 8.5, f"【{status}】", 8.5, "M")
            y += 8.5 * 1.5
        G.init(P, text, name, fy, title.strip("【】■ "), lab, status)
    cv.rect((x, top, x + w, y + 4), stroke=(0.2, 0.2, 0.2), lw=0.6)
    return y + 10


# ---- 個票1 市税
cv.new_page()
P = cv.pno
cv.header_footer(HEAD + "　資料2　取組個票", "- 4 -")
cv.text(45, 62, "資料2", 10, "G")
cv.text(45, 82, "主要債権の取組個票（1）", 12, "G")
y = 92
strip = [("債権名", 50), ("市税", 90), ("所管課", 50), ("税務課収納係", 100), ("債権区分", 55),
         ("強制徴収公債権", 160)]
x = 45
for i, (s, w) in enumerate(strip):
    cv.cell(x, y, w, 20, s, 8.5, fill=GREY if i % 2 == 0 else None)
    x += w
cv.text(0, y + 36, "収納率は％、収入未済額は千円", 7.5, "M", align="r", w=550)
y = year_table(y + 42, "市税")
y += 10
tg = TARGETS["市税"]
a24 = seg("市税", 2024)
cv.rect((45, y, 550, y + 22), fill=LIGHT, stroke=(0.3, 0.3, 0.3))
s1 = f"令和7年度目標収納率（計）　{r2(tg['total'])}（{r2(a24['total']['r'])}）"
cv.text(52, y + 14.5, s1, 9, "G")
cv.text(330, y + 14.5, "（　）内は令和6年度実績", 7.5, "M")
G.fact(P, f"{r2(tg['total'])}（{r2(a24['total']['r'])}）", tg["total"], "percent", "collection_rate",
       "target", 2025, "令和7年度", "total", "市税")
G.fact(P, f"（{r2(a24['total']['r'])}）", a24["total"]["r"], "percent", "collection_rate", "actual",
       2024, None, "total", "市税")
y += 34
# 達成率: two headings side by side (令和5年度 | 令和6年度), each over 目標 | 実績 | 達成率
cv.text(45, y, "目標の達成状況（収納率・計）", 9.5, "G")
y += 6
ach = {2023: 96.80, 2024: 97.00}
cv.cell(45, y, 70, 32, "区分", 8, fill=GREY)
x = 115
for fy in (2023, 2024):
    cv.cell(x, y, 216, 16, fy_raw(fy), 8, fill=GREY)
    for j, s in enumerate(("目標", "実績", "達成率")):
        cv.cell(x + j * 72, y + 16, 72, 16, s, 8, fill=GREY)
    x += 216
y += 32
cv.cell(45, y, 70, 18, "収納率（％）", 7.5)
x = 115
for fy in (2023, 2024):
    t, a = ach[fy], seg("市税", fy)["total"]["r"]
    ar = round(a / t * 100, 1)
    for j, (txt, val, met, basis) in enumerate(((r2(t), t, "collection_rate", "target"),
                                                (r2(a), a, "collection_rate", "actual"),
                                                (f"{ar:.1f}", ar, "achievement_rate", "actual"))):
        cv.cell(x + j * 72, y, 72, 18, txt, 8, align="r")
        G.fact(P, txt, val, "percent", met, basis, fy, fy_raw(fy), "total", "市税")
    x += 216
y += 30
# 現状と課題 (paragraph in a cell) beside cells of plain figures
o24, o23 = a24["total"]["o"], seg("市税", 2023)["total"]["o"]
para = (f"令和6年度末の収入未済額は{c(o24)}千円で、前年度より{c(o23 - o24)}千円減少した。"
        "滞納繰越分は高額・困難案件が残る傾向にあり、財産調査の早期着手と換価の推進が課題である。")
cv.cell(45, y, 80, 64, "現状と課題", 8.5, fill=GREY)
cv.cell(125, y, 270, 64, para, 8, "M", align="l")
G.fact(P, f"{c(o24)}千円", o24 * K, "yen", "outstanding", "actual", 2024, "令和6年度末", "total", "市税")
G.fact(P, f"{c(o23 - o24)}千円", -(o23 - o24) * K, "yen", "difference", "actual", 2024, "令和6年度末",
       "total", "市税")
cv.cell(395, y, 80, 32, "差押件数", 8, fill=GREY)
cv.cell(475, y, 75, 32, "311件", 8.5, align="r")
cv.cell(395, y + 32, 80, 32, "滞納者数", 8, fill=GREY)
cv.cell(475, y + 32, 75, 32, "1,402人", 8.5, align="r")
G.fact(P, "1,402人", 1402, "persons", "delinquents", "actual", 2024, None, "total", "市税")
y += 82
items(y, "市税", "令和7年度の取組", [
    ("①", "納期限後20日以内に督促状を発送し、督促後も未納のものは電話・SMSによる早期催告を行う。",
     "継続", False),
    ("②", "滞納繰越分のうち100万円以上の高額案件を滞納整理班に集約し、財産調査から差押えまでを"
          "3か月以内に完了させる。", "拡充", True),
    ("③", "地方税統一QRコードを活用したスマートフォン決済の利用を広報紙及び納付書同封チラシで周知する。",
     "新規", False),
    ("④", "鹿児島県地方税滞納整理機構への移管案件を選定し、県と共同で処分を進める。", "継続", False),
])

# ---- 個票2 国民健康保険税 (header cells holding label and value; stacked cells)
cv.new_page()
P = cv.pno
cv.header_footer(HEAD + "　資料2　取組個票", "- 5 -")
cv.text(45, 62, "主要債権の取組個票（2）", 12, "G")
cv.cell(45, 72, 250, 22, "債権名　国民健康保険税", 9.5, fill=LIGHT, align="l")
cv.cell(295, 72, 255, 22, "所管課　税務課（国保賦課係・収納係）", 9.5, fill=LIGHT, align="l")
y = 108
cv.text(45, y, "１　収納状況の推移", 10, "G")
y += 8
cols = ["区分", "令和4年度決算", "令和5年度決算", "令和6年度決算", "令和7年度目標"]
ws = [90, 104, 104, 104, 103]
x = 45
for s, w in zip(cols, ws):
    cv.cell(x, y, w, 18, s, 8, fill=GREY)
    x += w
y += 18
N = "国民健康保険税"
tg = TARGETS[N]
for sg, sl in (("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "合計")):
    x = 45
    cv.cell(x, y, ws[0], 30, sl, 8)
    x += ws[0]
    for fy in (2022, 2023, 2024):
        s = seg(N, fy)[sg]
        cv.cell(x, y, ws[1], 30, f"{c(s['c'])}\n{r2(s['r'])}", 8, align="r")
        G.fact(P, c(s["c"]), s["c"] * K, "yen", "collected", "actual", fy, fy_raw(fy), sg, N, N)
        G.fact(P, r2(s["r"]), s["r"], "percent", "collection_rate", "actual", fy, fy_raw(fy), sg, N, N)
        x += ws[1]
    cv.cell(x, y, ws[4], 30, f"－\n{r2(tg[sg])}", 8, align="r")
    G.fact(P, r2(tg[sg]), tg[sg], "percent", "collection_rate", "target", 2025, "令和7年度", sg, N, N)
    y += 30
cv.text(45, y + 11, "上段：収入済額（千円）　下段：収納率（％）", 7.5, "M")
y += 30
cv.text(45, y, "２　令和6年度取組の実施状況", 10, "G")
y += 8
cv.cell(45, y, 40, 18, "No.", 8, fill=GREY)
cv.cell(85, y, 410, 18, "取組内容", 8, fill=GREY)
cv.cell(495, y, 55, 18, "", 8, fill=GREY)
y += 18
st = [("1", "口座振替の勧奨を国保加入手続の窓口で全件実施する。", "◎"),
      ("2", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行を確認する。", "○"),
      ("3", "給与照会・預貯金照会をオンラインで一括実施し、財産調査を迅速化する。", "△"),
      ("4", "資格喪失世帯に対し、喪失後3か月以内に精算通知と催告書を送付する。", "○")]
for no, tx, mk in st:
    cv.cell(45, y, 40, 20, no, 8)
    cv.cell(85, y, 410, 20, tx, 8, "M", align="l")
    cv.cell(495, y, 55, 20, mk, 9)
    G.init(P, tx, N, 2024, "令和6年度取組の実施状況", no, None)
    y += 20
cv.text(45, y + 11, "◎：計画以上に実施　○：計画どおり実施　△：一部未実施", 7.5, "M")
y += 32
items(y, N, "令和7年度の取組", [
    ("(1)", "現年度分の新規滞納者に対し、第1期納期限後に文書及び電話による催告を行い、滞納の"
            "累積を防止する。", "継続", False),
    ("(2)", "納付相談を通じて生活困窮の状況を把握し、必要に応じて福祉部門の相談窓口につなぐ。",
     "新規", True),
    ("(3)", "滞納繰越分の少額案件について、一斉催告後に反応のないものから順次差押えを執行する。",
     "拡充", False),
])

# ---- 個票3 市営住宅使用料 (years head rows, 備考 with figures, items under a plain title)
cv.new_page()
P = cv.pno
cv.header_footer(HEAD + "　資料2　取組個票", "- 6 -")
cv.text(45, 62, "主要債権の取組個票（3）", 12, "G")
y = 72
x = 45
for i, (s, w) in enumerate([("債権名", 50), ("市営住宅使用料", 120), ("所管課", 50), ("建設課住宅係", 110),
                             ("債権区分", 55), ("私債権", 120)]):
    cv.cell(x, y, w, 20, s, 8.5, fill=GREY if i % 2 == 0 else None)
    x += w
y += 34
N = "市営住宅使用料"
cv.text(45, y, "１　収納状況（現年度分＋滞納繰越分）", 10, "G")
cv.text(0, y, "単位：千円", 7.5, "M", align="r", w=550)
y += 6
cols = [("年度", 70), ("調定額", 80), ("収入済額", 80), ("収納率（％）", 60), ("収入未済額", 80), ("備考", 135)]
x = 45
for s, w in cols:
    cv.cell(x, y, w, 18, s, 8, fill=GREY)
    x += w
y += 18
for fy in (2022, 2023, 2024):
    s = seg(N, fy)
    t = s["total"]
    vals = [(fy_raw(fy), None, None), (c(t["a"]), t["a"] * K, "assessed"),
            (c(t["c"]), t["c"] * K, "collected"), (r2(t["r"]), t["r"], "collection_rate"),
            (c(t["o"]), t["o"] * K, "outstanding"),
            (f"うち滞納繰越分 {c(s['arrears']['o'])}千円", s["arrears"]["o"] * K, "outstanding_arr")]
    x = 45
    for (txt, val, met), (_, w) in zip(vals, cols):
        cv.cell(x, y, w, 20, txt, 7.8, align="l" if met in (None, "outstanding_arr") else "r")
        if met == "outstanding_arr":
            G.fact(P, f"{c(s['arrears']['o'])}千円", val, "yen", "outstanding", "actual", fy, fy_raw(fy),
                   "arrears", N, N)
        elif met:
            G.fact(P, txt, val, "percent" if met == "collection_rate" else "yen", met, "actual", fy,
                   fy_raw(fy), "total", N, N)
        x += w
    y += 20
y += 16
tg = TARGETS[N]
cv.text(45, y, "２　令和7年度の数値目標", 10, "G")
y += 8
x = 45
for s, w in [("区分", 120), ("現年度分", 125), ("滞納繰越分", 125), ("計", 135)]:
    cv.cell(x, y, w, 18, s, 8, fill=GREY)
    x += w
y += 18
for lab, key in (("収納率（％）", ""), ("収入未済額（千円）", "o_")):
    x = 45
    cv.cell(x, y, 120, 18, lab, 8)
    x += 120
    for sg, w in (("current", 125), ("arrears", 125), ("total", 135)):
        v = tg[key + sg]
        txt = r2(v) if not key else c(v)
        cv.cell(x, y, w, 18, txt, 8, align="r")
        G.fact(P, txt, v if not key else v * K, "percent" if not key else "yen",
               "collection_rate" if not key else "outstanding", "target", 2025, "令和7年度", sg, N, N)
        x += w
    y += 18
y += 20
items(y, N, "今年度の重点取組", [
    ("ア", "家賃の滞納が2か月に達した入居者に対し、連帯保証人への通知と併せて面談を行う。", "継続", True),
    ("イ", "退去者の滞納分については、転居先調査を行ったうえで支払督促の申立てを行う。", "拡充", False),
    ("ウ", "入居時説明会で口座振替の申込みを必須とし、納付忘れによる滞納の発生を抑える。", "新規", False),
    ("エ", "長期・高額滞納者には明渡請求訴訟の提起を含め、法的措置を厳正に実施する。", None, False),
])

out = SET / "pdf" / f"{STEM}.pdf"
cv.save(out)
gp = G.write(out)
bad = check(out, gp)
print(STEM, "pages", cv.pno, "facts", len(G.facts), "inits", len(G.initiatives), "bad", len(bad))
for b in bad[:20]:
    print("  ", b)
