"""pa_shibukawa_plan_1: 渋川市債権管理計画（令和7年度～令和9年度） (PyMuPDF drawing). Run from corpus/dev55."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pymupdf as fitz
from pa_common import Gold, c, r2, rate, SET, GOTHIC, MINCHO

STEM = "pa_shibukawa_plan_1"
TITLE = "渋川市債権管理計画（令和7年度～令和9年度）"
g = Gold(STEM, "plan", "plan", "渋川市", TITLE, "2025-03-01", "令和7年3月")
FG, FM = fitz.Font(fontfile=GOTHIC), fitz.Font(fontfile=MINCHO)
doc = fitz.open()
A4 = (595, 842)
cur = {"page": None, "y": 0}


def new_page(land=False):
    p = doc.new_page(width=842 if land else 595, height=595 if land else 842)
    p.insert_font(fontname="G", fontfile=GOTHIC); p.insert_font(fontname="M", fontfile=MINCHO)
    cur["page"] = p; g.page = doc.page_count
    n = doc.page_count
    w = p.rect.width
    txt = f"- {n} -"
    p.insert_text((w / 2 - FM.text_length(txt, 8) / 2, p.rect.height - 20), txt, fontname="M", fontsize=8)
    return p


def text(x, y, s, size=9.5, font="M", color=(0, 0, 0)):
    cur["page"].insert_text((x, y), s, fontname=font, fontsize=size, color=color)


def wrap(s, width, size, font="M"):
    F = FG if font == "G" else FM
    lines, line = [], ""
    for ch in s:
        if F.text_length(line + ch, size) > width and line:
            if ch in "、。，）」％】":
                line += ch; lines.append(line); line = ""; continue
            lines.append(line); line = ch
        else:
            line += ch
    if line: lines.append(line)
    return lines


def para(x, y, s, width, size=9.5, font="M", lh=1.6, indent=0):
    ls = wrap(s, width - indent, size, font)
    for k, l in enumerate(ls):
        text(x + (indent if k else 0), y + k * size * lh, l, size, font)
    return y + len(ls) * size * lh


def cell(x0, y0, x1, y1, s, size=8, align="c", font="M", fill=None, border=True, wrapw=True):
    p = cur["page"]
    r = fitz.Rect(x0, y0, x1, y1)
    if fill: p.draw_rect(r, color=None, fill=fill)
    if border: p.draw_rect(r, color=(0.25, 0.25, 0.25), width=0.5)
    if not s: return
    F = FG if font == "G" else FM
    ls = s.split("\n")
    if wrapw:
        ls = [q for l in ls for q in wrap(l, x1 - x0 - 4, size, font)]
    h = len(ls) * size * 1.25
    ty = y0 + (y1 - y0 - h) / 2 + size * 0.95
    for l in ls:
        w = F.text_length(l, size)
        tx = {"c": (x0 + x1 - w) / 2, "r": x1 - 3 - w, "l": x0 + 3}[align]
        p.insert_text((tx, ty), l, fontname=font, fontsize=size); ty += size * 1.25


def vcell(x0, y0, x1, y1, s, size=8.5, fill=(0.9, 0.92, 0.95)):
    """vertical (縦書き) label: one character per line."""
    p = cur["page"]; r = fitz.Rect(x0, y0, x1, y1)
    p.draw_rect(r, color=(0.25, 0.25, 0.25), fill=fill, width=0.5)
    h = len(s) * size * 1.1
    ty = y0 + (y1 - y0 - h) / 2 + size
    for ch in s:
        w = FG.text_length(ch, size)
        p.insert_text(((x0 + x1 - w) / 2, ty), ch, fontname="G", fontsize=size); ty += size * 1.1


def hline(x0, x1, y, w=0.8):
    cur["page"].draw_line((x0, y), (x1, y), color=(0, 0, 0), width=w)


def okuman(yen):
    man = round(yen / 10000); o, m = divmod(man, 10000)
    return "約" + (f"{o}億" if o else "") + (f"{m:,}万円" if m else "円"), man * 10000


# ---------------- data (円) ----------------
# name, short, 会計, 所管課, ass, col, wo, cur_ass, cur_col
D = [("市税", "市税", "一般会計", "収納課", 11284512360, 10902317845, 31204118, 10826405100, 10742118600),
     ("市営住宅使用料", "住宅使用料", "一般会計", "建築住宅課", 176318240, 149826110, 2106800, 142106300, 139014220),
     ("保育所保育料", "保育料", "一般会計", "こども課", 52406300, 49918250, 418600, 48902100, 48406350),
     ("国民健康保険税", "国保税", "国民健康保険特別会計", "保険年金課", 2486903210, 2102448960, 48216300, 2014362500, 1925318400),
     ("介護保険料", "介護料", "介護保険特別会計", "介護高齢課", 1452118400, 1428315700, 6803500, 1418206000, 1411002300),
     ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療特別会計", "保険年金課", 712406900, 709912300, 612400, 704118500, 703102100),
     ("下水道使用料", "下水道使用料", "下水道事業会計", "上下水道課", 812334120, 801246980, 1612330, 798120400, 795406200)]
R = {}
for nm, sh, ac, dp, a, cc, wo, ca, ccl in D:
    R[nm] = dict(name=nm, short=sh, acct=ac, dept=dp, a=a, c=cc, wo=wo, out=a - cc - wo, r=rate(cc, a),
                 ca=ca, cc=ccl, cr=rate(ccl, ca), aa=a - ca, ac=cc - ccl, ar=rate(cc - ccl, a - ca))
TOT = {k: sum(R[d][k] for d in R) for k in ("a", "c", "wo", "out")}
TOT["r"] = rate(TOT["c"], TOT["a"])
# history 百万円 (one decimal); 2023 from data
HIST = {}
for yy, (a_, c_, w_) in {2019: (16210.4, 15265.3, 62.4), 2020: (16402.8, 15498.6, 57.1),
                         2021: (16588.1, 15716.9, 48.3), 2022: (16804.6, 15964.2, 41.7)}.items():
    HIST[yy] = (a_, c_, w_, round(a_ - c_ - w_, 1))
m = lambda y: round(y / 1e6, 1)
HIST[2023] = (m(TOT["a"]), m(TOT["c"]), m(TOT["wo"]), m(TOT["out"]))
YR = {2019: ("令和元年度", "（2019年度）"), 2020: ("令和２年度", "（2020年度）"), 2021: ("令和３年度", "（2021年度）"),
      2022: ("令和４年度", "（2022年度）"), 2023: ("令和５年度", "（2023年度）")}

# ---------------- p1 cover + 目次 ----------------
new_page()
text(297.5 - FG.text_length("渋川市債権管理計画", 26) / 2, 250, "渋川市債権管理計画", 26, "G")
text(297.5 - FG.text_length("（令和7年度～令和9年度）", 15) / 2, 290, "（令和7年度～令和9年度）", 15, "G")
text(230, 560, "令和7年3月", 12, "M")
text(245, 585, "渋　川　市", 13, "G")
y = 640
text(90, y, "目　次", 11, "G")
for k, (a, b) in enumerate([("第1章　計画の策定にあたって", 2), ("第2章　債権の現状", 2), ("第3章　債権別の状況と目標", 3),
                            ("第4章　債権ごとの推進シート", 5), ("第5章　計画の推進体制", 7)]):
    yy = y + 20 + k * 17
    text(100, yy, a, 10); text(470, yy, str(b), 10)
    cur["page"].draw_line((100 + FM.text_length(a, 10) + 6, yy - 3), (462, yy - 3), color=(0.5, 0.5, 0.5), width=0.4, dashes="[1 2] 0")

# ---------------- p2 第1章/第2章 ----------------
new_page()
X, W = 60, 475
y = 70
text(X, y, "第1章　計画の策定にあたって", 13, "G"); y += 22
text(X, y, "１　計画策定の趣旨", 10.5, "G"); y += 16
y = para(X + 10, y, "本市では、平成29年度（H29）に「渋川市債権管理条例」を制定し、全庁的な債権管理の適正化に取り組んできた。"
         "前計画（令和４年度～令和６年度）の期間中、収入未済額は着実に減少したが、国民健康保険税や市営住宅使用料などでは滞納繰越分の割合が依然として高い。"
         "このため、令和7年度から令和9年度までの3年間を計画期間とする本計画を策定し、債権ごとの数値目標と取組を明らかにする。", W - 10, indent=0) + 6
text(X, y, "２　計画の期間", 10.5, "G"); y += 16
y = para(X + 10, y, "令和7年度（2025年度）から令和9年度（2027年度）までの3年間とする。", W - 10) + 6
text(X, y, "第2章　債権の現状", 13, "G"); y += 22
text(X, y, "１　収入未済額の推移", 10.5, "G"); y += 16
o_txt, o_v = okuman(TOT["out"])
prev_out = round(HIST[2022][3] * 1e6)
d_txt, d_v = okuman(prev_out - TOT["out"])
g.f(None, None, 2023, "令和５年度末", "total", "outstanding", "actual", o_v, "yen", o_txt, approx=True)
g.f(None, None, 2023, "令和５年度末", "total", "difference", "actual", -d_v, "yen", d_txt + "減少", approx=True)
rprev = rate(HIST[2022][1], HIST[2022][0]); rcur = rate(HIST[2023][1], HIST[2023][0])
dd = round(rcur - rprev, 2)
g.f(None, None, 2023, "令和５年度", "total", "collection_rate", "actual", rcur, "percent", f"{r2(rcur)}％")
g.f(None, None, 2023, "令和５年度", "total", "difference", "actual", dd, "points", f"{r2(dd)}ポイント上昇")
y = para(X + 10, y, f"（１）市全体の状況", W - 10, font="G", size=9.5) + 2
y = para(X + 20, y, f"令和５年度末の収入未済額は{o_txt}で、前年度から{d_txt}減少した。全債権の収納率は{r2(rcur)}％で、前年度より{r2(dd)}ポイント上昇した。", W - 20) + 2
y = para(X + 10, y, "（２）債権の種類別の特徴", W - 10, font="G") + 2
y = para(X + 20, y, "ア　強制徴収公債権（市税、国民健康保険税、介護保険料等）が収入未済額の大半を占めている。", W - 20, indent=10)
y = para(X + 20, y, "イ　非強制徴収公債権及び私債権（市営住宅使用料等）は、件数は少ないが滞納の長期化が目立つ。", W - 20, indent=10)
y = para(X + 30, y, "(ｱ)　退去者分の滞納が残り、所在の把握が困難な事案がある。", W - 30, indent=10)
y = para(X + 30, y, "(ｲ)　分納誓約後の不履行が一定数生じている。", W - 30, indent=10) + 8
text(X, y, "表1　収入未済額等の推移（全債権・決算）", 9.5, "G"); text(X + W - 70, y, "（単位：百万円、％）", 8); y += 6
cols = [("年度", 120), ("調定額", 75), ("収入済額", 75), ("不納欠損額", 70), ("収入未済額", 70), ("収納率", 65)]
hline(X, X + W, y, 1.2)
xx = X
for h, w in cols:
    cell(xx, y, xx + w, y + 18, h, 8.5, font="G", border=False); xx += w
y += 18; hline(X, X + W, y, 0.6)
for yr in range(2019, 2024):
    a, cc, wo, out = HIST[yr]
    rr = rate(cc, a)
    vals = [YR[yr][0] + YR[yr][1], f"{a:,.1f}", f"{cc:,.1f}", f"{wo:,.1f}", f"{out:,.1f}", r2(rr)]
    fy_raw = YR[yr][0]
    for v, met in ((a, "assessed"), (cc, "collected"), (wo, "written_off"), (out, "outstanding")):
        g.f(None, None, yr, fy_raw, "total", met, "actual", round(v * 1e6), "yen", f"{v:,.1f}")
    g.f(None, None, yr, fy_raw, "total", "collection_rate", "actual", rr, "percent", r2(rr))
    xx = X
    for k, (h, w) in enumerate(cols):
        cell(xx, y, xx + w, y + 16, vals[k], 8.5, "l" if k == 0 else "r", border=False); xx += w
    y += 16
hline(X, X + W, y, 0.6)
y += 12
y = para(X, y, "※ 対象は第3章に掲げる7債権。百万円未満を四捨五入しているため、内訳と合計が一致しない場合がある。", W, size=8)

# ---------------- p3 債権別の状況 (会計 merged, vertical) ----------------
new_page()
y = 70
text(X, y, "第3章　債権別の状況と目標", 13, "G"); y += 22
text(X, y, "１　債権別の収納状況（令和５年度決算）", 10.5, "G"); y += 14
text(X + W - 50, y, "（単位：円、％）", 8); y += 5
cw = [22, 70, 58, 70, 68, 62, 66, 59]
hd = ["会計", "債権名", "所管課", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
xx = X
for h, w in zip(hd, cw):
    cell(xx, y, xx + w, y + 22, h, 8, font="G", fill=(0.85, 0.88, 0.93)); xx += w
y += 22
groups = [("一般会計", ["市税", "市営住宅使用料", "保育所保育料"]), ("国保特会", ["国民健康保険税"]),
          ("介護特会", ["介護保険料"]), ("後期特会", ["後期高齢者医療保険料"]), ("下水道", ["下水道使用料"])]
RH = 36
for acct, names in groups:
    vcell(X, y, X + cw[0], y + RH * len(names), acct, 7.5)
    for nm in names:
        r = R[nm]; xx = X + cw[0]
        vals = [(nm, None), (r["dept"], None), (c(r["a"]), "assessed"), (c(r["c"]), "collected"),
                (c(r["wo"]), "written_off"), (c(r["out"]), "outstanding"), (r2(r["r"]), "collection_rate")]
        for k, (v, met) in enumerate(vals):
            if met:
                g.f(nm, nm, 2023, "令和５年度", "total", met, "actual", r["r"] if met == "collection_rate" else r[{"assessed": "a", "collected": "c", "written_off": "wo", "outstanding": "out"}[met]],
                    "percent" if met == "collection_rate" else "yen", v)
            cell(xx, y, xx + cw[k + 1], y + RH, v, 8 if k < 2 else 8, "l" if k < 2 else "r"); xx += cw[k + 1]
        y += RH
xx = X
cell(xx, y, xx + cw[0] + cw[1] + cw[2], y + RH, "合　計", 8.5, font="G", fill=(0.93, 0.93, 0.93)); xx += cw[0] + cw[1] + cw[2]
for k, (key, met) in enumerate((("a", "assessed"), ("c", "collected"), ("wo", "written_off"), ("out", "outstanding"), ("r", "collection_rate"))):
    v = r2(TOT[key]) if key == "r" else c(TOT[key])
    g.f(None, "合計", 2023, "令和５年度", "total", met, "actual", TOT[key], "percent" if key == "r" else "yen", v)
    cell(xx, y, xx + cw[3 + k], y + RH, v, 8, "r", fill=(0.93, 0.93, 0.93)); xx += cw[3 + k]
y += RH + 12
tx = R["市税"]
arr_out = tx["aa"] - tx["ac"] - tx["wo"]
g.f("市税", "市税", 2023, "令和５年度", "arrears", "outstanding", "actual", round(arr_out / 1000) * 1000, "yen", f"{round(arr_out / 1000):,}千円")
y = para(X, y, f"※1 市税の収入未済額のうち滞納繰越分　{round(arr_out / 1000):,}千円", W, size=8, lh=1.5)
y = para(X, y, "※2 国保特会＝国民健康保険特別会計、介護特会＝介護保険特別会計、後期特会＝後期高齢者医療特別会計、下水道＝下水道事業会計", W, size=8, lh=1.5)
y = para(X, y, "※3 下水道使用料は公営企業会計のため、調定額・収入済額は税込の料金収入の額。", W, size=8, lh=1.5) + 14
text(X, y, "２　区分別の収納率（令和５年度決算）", 10.5, "G"); y += 14
text(X + W - 30, y, "（単位：％）", 8); y += 5
cw2 = [110, 90, 90, 90]
xx = X
for h, w in zip(["債権名", "現年度分", "滞納繰越分", "計"], cw2):
    cell(xx, y, xx + w, y + 18, h, 8.5, font="G", fill=(0.85, 0.88, 0.93)); xx += w
y += 18
for nm in R:
    r = R[nm]; xx = X
    cell(xx, y, xx + cw2[0], y + 17, nm, 8, "l"); xx += cw2[0]
    for sg, k in (("current", "cr"), ("arrears", "ar"), ("total", "r")):
        g.f(nm, nm, 2023, "令和５年度", sg, "collection_rate", "actual", r[k], "percent", r2(r[k]))
        cell(xx, y, xx + 90, y + 17, r2(r[k]), 8, "r"); xx += 90
    y += 17

# ---------------- p4 landscape: 目標収納率 ----------------
new_page(land=True)
X4 = 40
y = 55
text(X4, y, "３　債権別の目標収納率（令和７年度～令和９年度）", 12, "G"); text(700, y, "（単位：％）", 8.5); y += 10
EST = {"市税": (99.24, 36.10), "市営住宅使用料": (97.95, 33.40), "保育所保育料": (99.05, 44.10), "国民健康保険税": (95.90, 38.20),
       "介護保険料": (99.52, 52.00), "後期高齢者医療保険料": (99.86, 83.00), "下水道使用料": (99.67, 42.50)}
STEP = {"市税": (0.03, 1.0), "市営住宅使用料": (0.10, 1.5), "保育所保育料": (0.05, 1.0), "国民健康保険税": (0.20, 1.2),
        "介護保険料": (0.02, 1.0), "後期高齢者医療保険料": (0.01, 0.5), "下水道使用料": (0.02, 1.0)}
# 計 columns computed from segment rates weighted by R5 調定 shares
yrs = [(2023, "令和５年度", "実績", "actual"), (2024, "令和６年度", "見込", "estimate"), (2025, "令和７年度", "目標", "target"),
       (2026, "令和８年度", "目標", "target"), (2027, "令和９年度", "目標", "target")]
cwn, cws = 118, 45.5
xx = X4
cell(xx, y, xx + cwn, y + 54, "債権名", 9, font="G", fill=(0.85, 0.88, 0.93))
xx += cwn
for fy, fr, bl, _ in yrs:
    cell(xx, y, xx + 3 * cws, y + 18, fr, 9, font="G", fill=(0.85, 0.88, 0.93))
    cell(xx, y + 18, xx + 3 * cws, y + 36, bl, 8.5, font="G", fill=(0.92, 0.94, 0.97))
    for k, s in enumerate(["現年", "滞繰", "計"]):
        cell(xx + k * cws, y + 36, xx + (k + 1) * cws, y + 54, s, 8.5, font="G", fill=(0.96, 0.97, 0.99))
    xx += 3 * cws
y += 54
TARGET = {}
for nm in R:
    r = R[nm]; xx = X4
    cell(xx, y, xx + cwn, y + 22, nm, 8.5, "l"); xx += cwn
    shc = r["ca"] / r["a"]
    for j, (fy, fr, bl, basis) in enumerate(yrs):
        if fy == 2023:
            cr, ar, tr = r["cr"], r["ar"], r["r"]
        else:
            e = EST[nm]; st = STEP[nm]; n = fy - 2024
            cr, ar = round(e[0] + st[0] * n, 2), round(e[1] + st[1] * n, 2)
            tr = round(cr * shc + ar * (1 - shc), 2)
        TARGET[(nm, fy)] = (cr, ar, tr)
        for k, (sg, v) in enumerate((("current", cr), ("arrears", ar), ("total", tr))):
            g.f(nm, nm, fy, fr, sg, "collection_rate", basis, v, "percent", r2(v))
            cell(xx + k * cws, y, xx + (k + 1) * cws, y + 22, r2(v), 8.5, "r", fill=(0.97, 0.97, 0.97) if basis == "target" else None)
        xx += 3 * cws
    y += 22
y += 14
for s in ["※1 令和６年度は令和７年１月末までの実績を基にした見込値。",
          "※2 計欄の目標値は、令和５年度決算の現年度分・滞納繰越分の調定額の構成比により算出した参考値。",
          "※3 網掛けは本計画の目標値。目標は毎年度の決算を踏まえ、必要に応じて見直す。"]:
    text(X4, y, s, 8.5); y += 14

# ---------------- p5 地区別 + 推進シート 市税 ----------------
new_page()
y = 70
text(X, y, "４　市税の地区別収納状況（令和５年度・現年課税分）", 10.5, "G"); y += 14
text(X + W - 90, y, "（単位：千円、％、人）", 8); y += 5
AREAS = [("渋川地区", 0.462, 1204), ("伊香保地区", 0.118, 318), ("小野上地区", 0.041, 96),
         ("子持地区", 0.112, 247), ("赤城地区", 0.121, 281), ("北橘地区", 0.146, 263)]
AREA_R = [99.08, 98.72, 99.31, 99.27, 99.19, 99.35]
ta = round(tx["ca"] / 1000)
rem = ta
cw3 = [100, 95, 95, 85, 100]
xx = X
for h, w in zip(["地区", "調定額", "収入済額", "収納率", "滞納者数"], cw3):
    cell(xx, y, xx + w, y + 18, h, 8.5, font="G", fill=(0.85, 0.88, 0.93)); xx += w
y += 18
for k, ((ar_, sh, dl), rr) in enumerate(zip(AREAS, AREA_R)):
    a = round(ta * sh) if k < len(AREAS) - 1 else rem
    rem -= a
    col = round(a * rr / 100)
    rr2 = rate(col, a)
    for v, met, u, raw in ((a * 1000, "assessed", "yen", c(a)), (col * 1000, "collected", "yen", c(col)),
                           (rr2, "collection_rate", "percent", r2(rr2)), (dl, "delinquents", "persons", f"{dl:,}")):
        g.f("市税", "市税", 2023, "令和５年度", "current", met, "actual", v, u, raw, area=ar_)
    xx = X
    for j, v in enumerate([ar_, c(a), c(col), r2(rr2), f"{dl:,}"]):
        cell(xx, y, xx + cw3[j], y + 16, v, 8.5, "l" if j == 0 else "r", fill=(0.95, 0.96, 0.98) if k % 2 else None); xx += cw3[j]
    y += 16
y += 14
y = para(X, y, "※ 地区は旧市町村の区域。滞納者数は令和６年５月31日現在の実人数。", W, size=8) + 10

TG = {}


def sheet(nm, y, items, extra=None):
    r = R[nm]
    text(X, y, f"（{list(R).index(nm) + 1}）{nm}の推進シート", 10.5, "G"); y += 8
    xx = X
    for v, w, f in (("債権名", 55, (0.85, 0.88, 0.93)), (nm, 140, None), ("所管課", 55, (0.85, 0.88, 0.93)), (r["dept"], 90, None),
                    ("会計", 45, (0.85, 0.88, 0.93)), (r["acct"], 90, None)):
        cell(xx, y, xx + w, y + 18, v, 8.5, font="G" if f else "M", fill=f); xx += w
    y += 32
    o_t, o_v = okuman(r["out"])
    g.f(nm, nm, 2023, "令和５年度末", "total", "outstanding", "actual", o_v, "yen", o_t, approx=True)
    text(X, y, "ア　現状と課題", 9.5, "G"); y += 13
    y = para(X + 10, y, f"令和５年度末の収入未済額は{o_t}で、このうち滞納繰越分が大半を占める。{extra or ''}", W - 10, size=9) + 10
    text(X, y, "イ　数値目標", 9.5, "G"); text(X + W - 50, y, "（単位：％、千円）", 8); y += 5
    cwt = [115, 72, 72, 72, 72, 72]
    xx = X
    for h, w in zip(["指標", "R5実績", "R6見込", "R7目標", "R8目標", "R9目標"], cwt):
        cell(xx, y, xx + w, y + 16, h, 8.5, font="G", fill=(0.85, 0.88, 0.93)); xx += w
    y += 16
    outs = [round(r["out"] / 1000)]
    for k in range(4):
        outs.append(round(outs[-1] * 0.955))
    BB = [(2023, "R5", "actual"), (2024, "R6", "estimate"), (2025, "R7", "target"), (2026, "R8", "target"), (2027, "R9", "target")]
    for lab, idx, met, seg in (("収納率（現年度分）", 0, "collection_rate", "current"), ("収納率（滞納繰越分）", 1, "collection_rate", "arrears"),
                               ("収入未済額", None, "outstanding", "total")):
        xx = X
        cell(xx, y, xx + cwt[0], y + 16, lab, 8.5, "l"); xx += cwt[0]
        for j, (fy, fr, basis) in enumerate(BB):
            if idx is None:
                v = outs[j]; raw = c(v); val = v * 1000; u = "yen"
            else:
                v = TARGET[(nm, fy)][idx]; raw = r2(v); val = v; u = "percent"
            g.f(nm, nm, fy, fr, seg, met, basis, val, u, raw)
            cell(xx, y, xx + cwt[j + 1], y + 16, raw, 8.5, "r"); xx += cwt[j + 1]
        y += 16
    y += 20
    text(X, y, "ウ　主な取組", 9.5, "G"); y += 13
    for lab, body, stt in items:
        g.i(nm, 2025, "主な取組", lab, body, stt)
        if stt == "新規":
            y = para(X + 10, y, f"{lab}　{body}", W - 10, size=9, indent=16)
            y = para(X + 10 + 16, y, "【新規】", W - 30, size=9)
        else:
            y = para(X + 10, y, f"{lab}　{body}【{stt}】", W - 10, size=9, indent=16)
    return y + 10


text(X, y, "第4章　債権ごとの推進シート", 13, "G"); y += 24
g.f("市税", "市税", 2024, "令和6年12月末", "current", "collection_rate", "interim", 78.42, "percent", "現年分 78.42％", as_of="2024-12-31")
g.f("市税", "市税", 2024, "令和6年12月末", "arrears", "collection_rate", "interim", 21.06, "percent", "滞繰分 21.06％", as_of="2024-12-31")
y = sheet("市税", y, [("(ｱ)", "納期内納付の促進のため、スマートフォン決済とeLTAXを利用した納付の周知を強化する。", "継続"),
                     ("(ｲ)", "滞納整理は差押えを前提とした早期着手とし、給与・預貯金・生命保険等の財産調査を徹底する。", "継続"),
                     ("(ｳ)", "群馬県地方税滞納整理機構への引継ぎ案件を選定し、困難事案の解消を図る。", "拡充"),
                     ("(ｴ)", "預貯金等照会の電子化サービスを導入し、調査に要する期間を短縮する。", "新規")],
          extra="滞納繰越分の収納率は改善傾向にあるが、高額・長期の事案が残っている。")
text(X, y, "【収納率】令和6年12月末時点", 9.5, "G"); y += 13
text(X + 10, y, "・現年分 78.42％", 9); y += 13
text(X + 10, y, "・滞繰分 21.06％", 9); y += 13

# ---------------- p6 推進シート 国保税 + 住宅使用料 ----------------
new_page()
y = 70
y = sheet("国民健康保険税", y, [("(ｱ)", "国民健康保険の資格取得時に口座振替の申込みを受け付ける。", "継続"),
                              ("(ｲ)", "滞納繰越分は収納課と保険年金課の合同催告を年2回実施する。", "継続"),
                              ("(ｳ)", "所得の未申告世帯に対して申告勧奨を行い、軽減措置の適用漏れを防ぐ。", "拡充")],
          extra="被保険者の高齢化と所得の減少により、分納による長期化が課題である。")
y = sheet("市営住宅使用料", y + 4, [("(ｱ)", "家賃の滞納が3か月に達した時点で連帯保証人へ通知する。", "継続"),
                                 ("(ｲ)", "退去者の滞納分について、支払督促の申立てを計画的に行う。", "拡充"),
                                 ("(ｳ)", "入居時の説明会で口座振替を原則とする旨を説明し、申込みを受け付ける。", "新規")],
          extra="退去者分の回収が進まず、時効を迎える事案が生じている。")

# ---------------- p7 推進シート 保育料 + 第5章 ----------------
new_page()
y = 70
y = sheet("保育所保育料", y, [("(ｱ)", "児童手当からの徴収の申出を入所手続の際に勧奨する。", "継続"),
                            ("(ｲ)", "卒園後の滞納者に対しては、在園中の分納計画を引き継いで履行を管理する。", "継続")],
          extra="令和元年度の幼児教育・保育の無償化以降、調定額は減少している。")
text(X, y, "第5章　計画の推進体制", 13, "G"); y += 20
y = para(X + 10, y, "１　副市長を委員長とする渋川市債権管理対策委員会において、毎年度、本計画の進捗状況を確認し、翌年度の取組に反映させる。", W - 10, indent=10)
y = para(X + 10, y, "２　各債権の所管課は、推進シートに基づき取組を実施し、四半期ごとに収納課へ実績を報告する。", W - 10, indent=10)
y = para(X + 10, y, "３　収納課は、強制徴収公債権の滞納整理の支援及び非強制徴収公債権・私債権の法的措置に関する助言を行う。", W - 10, indent=10)

doc.subset_fonts()
pdf = os.path.join(SET, "pdf", STEM + ".pdf")
doc.save(pdf, garbage=4, deflate=True)
doc.close()
sys.exit(1 if g.write(pdf) else 0)
