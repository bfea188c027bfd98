"""qd_otake_committee_1: 大竹市債権管理推進本部会議 資料（債権別取組個票） — PyMuPDF drawing directly.

Run from corpus/frozen43:  python3 build/qd_otake_committee.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pymupdf

from qd_common import Gold, PDF_DIR, check, comma, rate, write_gold

STEM = "qd_otake_committee_1"
CITY = "大竹市"
G_FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
M_FONT = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
g = Gold()
YEARS = [2020, 2021, 2022, 2023, 2024]


def wareki(fy, both=True):
    r = fy - 2018
    return f"令和{r}（{fy}）年度" if both else f"令和{r}年度"


# ---------------------------------------------------------------- data (千円)
# name, short, dept, class, 2020 cur assessed, growth, cur rates by year, arr rates by year, arrears 2020, wo share
SPEC = [
    ("市税", "市税", "総務部税務課", "強制徴収公債権", 4012350, 1.006,
     [98.61, 98.70, 98.79, 98.71, 98.92], [27.4, 28.9, 30.2, 31.0, 32.6], 98512, 0.08),
    ("国民健康保険税", "国保税", "市民生活部保険年金課", "強制徴収公債権", 612440, 0.985,
     [93.82, 94.10, 94.35, 94.60, 94.95], [19.8, 20.6, 21.4, 22.3, 23.1], 121033, 0.10),
    ("介護保険料", "介護保険料", "健康福祉部介護保険課", "強制徴収公債権", 585210, 1.012,
     [99.05, 99.11, 99.16, 99.20, 99.26], [18.2, 19.0, 19.6, 20.4, 21.1], 9804, 0.22),
    ("市営住宅使用料", "住宅使用料", "都市建設部都市計画課", "非強制徴収公債権", 88120, 0.992,
     [96.40, 96.62, 96.95, 97.10, 97.32], [11.2, 12.4, 13.0, 14.1, 14.8], 28455, 0.05),
]
TARGETS = {  # 2025 targets: cur rate, arr rate, outstanding (千円); 2024 targets for 達成率
    "市税": ((98.95, 33.0, 52000), (98.85, 32.0, 58000)),
    "国民健康保険税": ((95.10, 23.5, 98000), (94.80, 23.0, 104000)),
    "介護保険料": ((99.30, 21.5, 5600), (99.25, 21.0, 6400)),
    "市営住宅使用料": ((97.40, 15.0, 24500), (97.30, 15.0, 26000)),
}
DATA = {}
for name, short, dept, cls, base, gr, rc, ra, arr0, wos in SPEC:
    rows = {}
    arr = arr0
    for i, fy in enumerate(YEARS):
        ca = round(base * gr ** i)
        cc = round(ca * rc[i] / 100)
        ac = round(arr * ra[i] / 100)
        wo = round((arr - ac) * wos)
        out = ca + arr - cc - ac - wo
        rows[fy] = dict(ca=ca, cc=cc, aa=arr, ac=ac, wo=wo, out=out, rc=rate(cc, ca), ra=rate(ac, arr, 1))
        arr = out
    DATA[name] = dict(short=short, dept=dept, cls=cls, rows=rows)

# ---------------------------------------------------------------- drawing helpers
doc = pymupdf.open()
W, H = pymupdf.paper_size("a4")
PAGE = 0
page = None


def new_page():
    global PAGE, page
    page = doc.new_page(width=W, height=H)
    page.insert_font(fontname="G", fontfile=G_FONT)
    page.insert_font(fontname="M", fontfile=M_FONT)
    PAGE += 1
    if PAGE > 1:
        text(pymupdf.Rect(0, H - 34, W, H - 20), f"- {PAGE - 1} -", 9, align=1)
    return page


def text(rect, s, size=9, font="M", align=0, color=(0, 0, 0)):
    rc = page.insert_textbox(rect, s, fontname=font, fontsize=size, align=align, color=color, lineheight=1.25)
    if rc < 0:
        raise RuntimeError(f"text overflow on page {PAGE}: {s[:30]!r} ({rc})")
    return rc


def cell(x0, y0, x1, y1, s="", size=8, font="M", align=2, fill=None, border=True, valign=True):
    r = pymupdf.Rect(x0, y0, x1, y1)
    if fill:
        page.draw_rect(r, color=None, fill=fill, width=0)
    if border:
        page.draw_rect(r, color=(0, 0, 0), width=0.5)
    if s:
        lines = s.count("\n") + 1
        th = lines * size * 1.25
        pad = max(1.5, (r.height - th) / 2) if valign else 2
        text(pymupdf.Rect(x0 + 2.5, y0 + pad - 0.5, x1 - 2.5, y1 + 2), s, size, font, align)


def vcell(x0, y0, x1, y1, s, size=8, fill=None):
    """縦書き label: one character per line."""
    cell(x0, y0, x1, y1, "\n".join(s), size=size, font="G", align=1, fill=fill)


HEAD = (0.85, 0.89, 0.95)
ZEBRA = (0.95, 0.95, 0.95)

# ---------------------------------------------------------------- p1: 表紙・目次
new_page()
text(pymupdf.Rect(60, 150, W - 60, 290), "令和７年度　第１回\n大竹市債権管理推進本部会議\n\n資　　料", 22, "G", 1)
text(pymupdf.Rect(60, 330, W - 60, 360), "令和７年７月２日", 13, "M", 1)
text(pymupdf.Rect(60, 360, W - 60, 390), "総務部税務課（債権管理推進本部事務局）", 12, "M", 1)
text(pymupdf.Rect(150, 460, W - 150, 480), "目　　次", 13, "G", 1)
TOC = [("１　主要債権の状況（概要）", "2"), ("２　債権別取組個票", ""), ("　①　市税", "3"), ("　②　国民健康保険税", "4"),
       ("　③　介護保険料", "5"), ("　④　市営住宅使用料", "6")]
y = 495
for t, p in TOC:
    text(pymupdf.Rect(150, y, W - 150, y + 18), t, 11)
    if p:
        page.draw_line((340, y + 9), (W - 175, y + 9), color=(0.4, 0.4, 0.4), width=0.4, dashes="[1 2] 0")
        text(pymupdf.Rect(W - 175, y, W - 150, y + 18), p, 11, align=2)
    y += 22

# ---------------------------------------------------------------- p2: 概要
new_page()
text(pymupdf.Rect(40, 40, W - 40, 60), "１　主要債権の状況（概要）", 13, "G")
TOT = {}
for fy in YEARS:
    t = {k: sum(DATA[n]["rows"][fy][k] for n in DATA) for k in ("ca", "cc", "aa", "ac", "wo", "out")}
    t["ta"], t["tc"] = t["ca"] + t["aa"], t["cc"] + t["ac"]
    t["rt"] = rate(t["tc"], t["ta"])
    TOT[fy] = t
z24, z23 = DATA["市税"]["rows"][2024], DATA["市税"]["rows"][2023]
zd = round(z24["rc"] - z23["rc"], 2)
# panels
px = [40, 215, 390]
panels = [
    ("市税 現年課税分 収納率", "令和６年度決算", f"{z24['rc']:.2f}％", ("collection_rate", z24["rc"], "市税", "current"),
     f"前年度比 ＋{zd:.2f}ポイント"),
    ("主要４債権 収入未済額", "令和６年度末", f"{TOT[2024]['out'] / 100000:.1f}億円",
     ("outstanding", round(TOT[2024]["out"] / 10000) * 10000000, None, "total"), ""),
    ("主要４債権 不納欠損額", "令和６年度", f"{round(TOT[2024]['wo'] / 10):,}万円",
     ("written_off", round(TOT[2024]["wo"] / 10) * 10000, None, "total"), ""),
]
for x, (lab, yr, val, (metric, v, debt, seg), sub) in zip(px, panels):
    page.draw_rect(pymupdf.Rect(x, 70, x + 165, 150), color=(0.2, 0.3, 0.6), width=1.2, fill=(0.96, 0.97, 1))
    text(pymupdf.Rect(x + 6, 76, x + 160, 90), lab, 9.5, "G", 1)
    text(pymupdf.Rect(x + 6, 91, x + 160, 103), yr, 8.5, "M", 1)
    g.fact(PAGE, val, v, metric, debt=debt, debt_raw=debt or "主要４債権", fy=2024, fy_raw=yr, segment=seg,
           approx=False)
    text(pymupdf.Rect(x + 6, 105, x + 160, 130), val, 18, "G", 1, color=(0.1, 0.2, 0.5))
    if sub:
        g.fact(PAGE, f"＋{zd:.2f}ポイント", zd, "difference", debt="市税", debt_raw="市税", fy=2024,
               fy_raw="令和６年度決算", segment="current", unit="points")
        text(pymupdf.Rect(x + 6, 132, x + 160, 146), sub, 8.5, "M", 1)

# years-as-rows table (収納率 first, then amounts), 5年平均, 増減額, 増減率
text(pymupdf.Rect(40, 165, W - 40, 180), "（１）主要４債権の収納状況の推移（市税・国保税・介護保険料・住宅使用料の計）", 10, "G")
text(pymupdf.Rect(40, 180, W - 40, 192), "（単位：千円、％）", 8, align=2)
cols = [("年　度", 100), ("収納率※1", 52), ("調定額", 72), ("収入済額", 72), ("不納欠損額", 60), ("収入未済額", 68),
        ("増減額※2", 52), ("増減率", 40)]
x = 40
y = 193
for c, w in cols:
    cell(x, y, x + w, y + 18, c, 8, "G", 1, HEAD)
    x += w
y += 18
prev = None
for i, fy in enumerate(YEARS):
    t = TOT[fy]
    fill = ZEBRA if i % 2 else None
    x = 40
    kw = dict(debt=None, debt_raw="主要４債権計", fy=fy, fy_raw=wareki(fy), segment="total")
    vals = [wareki(fy),
            g.fact(PAGE, f"{t['rt']:.2f}", t["rt"], "collection_rate", **kw),
            g.fact(PAGE, comma(t["ta"]), t["ta"] * 1000, "assessed", **kw),
            g.fact(PAGE, comma(t["tc"]), t["tc"] * 1000, "collected", **kw),
            g.fact(PAGE, comma(t["wo"]), t["wo"] * 1000, "written_off", **kw),
            g.fact(PAGE, comma(t["out"]), t["out"] * 1000, "outstanding", **kw)]
    if prev is None:
        vals += ["－", "－"]
    else:
        d = t["out"] - prev
        dr = round(d / prev * 100, 1)
        vals += [g.fact(PAGE, comma(d), d * 1000, "difference", **kw),
                 g.fact(PAGE, ("△" if dr < 0 else "") + f"{abs(dr):.1f}", dr, "change_rate", unit="percent", **kw)]
    prev = t["out"]
    for (c, w), v in zip(cols, vals):
        cell(x, y, x + w, y + 16, v, 8, "M", 0 if c == "年　度" else 2, fill)
        x += w
    y += 16
avg = {k: sum(TOT[fy][k] for fy in YEARS) / 5 for k in ("rt", "ta", "tc", "wo", "out")}
x = 40
kw = dict(debt=None, debt_raw="主要４債権計", fy=None, fy_raw="５年平均", segment="total")
vals = ["５年平均",
        g.fact(PAGE, f"{avg['rt']:.2f}", round(avg["rt"], 2), "collection_rate_average", **kw),
        g.fact(PAGE, comma(round(avg["ta"])), round(avg["ta"]) * 1000, "assessed_average", **kw),
        g.fact(PAGE, comma(round(avg["tc"])), round(avg["tc"]) * 1000, "collected_average", **kw),
        g.fact(PAGE, comma(round(avg["wo"])), round(avg["wo"]) * 1000, "written_off_average", **kw),
        g.fact(PAGE, comma(round(avg["out"])), round(avg["out"]) * 1000, "outstanding_average", **kw), "", ""]
for (c, w), v in zip(cols, vals):
    cell(x, y, x + w, y + 16, v, 8, "G", 0 if c == "年　度" else 2, HEAD)
    x += w
y += 18
text(pymupdf.Rect(40, y, W - 40, y + 30),
     "※1　収納率は現年分と滞納繰越分の合計による。\n※2　増減額・増減率は収入未済額の前年度比較。△は減少を示す。", 7.5)

# bar chart: 収入未済額の推移（百万円）
text(pymupdf.Rect(40, 400, W - 40, 415), "（２）収入未済額の推移（主要４債権計）", 10, "G")
cx0, cy0, cx1, cy1 = 90, 430, W - 90, 640
page.draw_line((cx0, cy1), (cx1, cy1), color=(0, 0, 0), width=0.8)
page.draw_line((cx0, cy0), (cx0, cy1), color=(0, 0, 0), width=0.8)
vmax = max(TOT[fy]["out"] for fy in YEARS) / 1000 * 1.15
for tick in range(0, int(vmax) + 1, 50):
    yy = cy1 - (cy1 - cy0) * tick / vmax
    page.draw_line((cx0 - 3, yy), (cx0, yy), color=(0, 0, 0), width=0.5)
    text(pymupdf.Rect(cx0 - 40, yy - 5, cx0 - 5, yy + 6), str(tick), 7, align=2)
text(pymupdf.Rect(cx0 - 50, cy0 - 18, cx0 + 20, cy0 - 6), "（百万円）", 7)
bw = (cx1 - cx0) / len(YEARS)
for i, fy in enumerate(YEARS):
    v = TOT[fy]["out"] / 1000
    bh = (cy1 - cy0) * v / vmax
    bx = cx0 + i * bw + bw * 0.25
    page.draw_rect(pymupdf.Rect(bx, cy1 - bh, bx + bw * 0.5, cy1), color=None, fill=(0.35, 0.5, 0.75))
    lab = g.fact(PAGE, f"{v:.1f}", int(round(v * 10)) * 100000, "outstanding", debt=None, debt_raw=None, fy=fy,
                 fy_raw=f"R{fy - 2018}", segment="total")
    text(pymupdf.Rect(bx - 10, cy1 - bh - 13, bx + bw * 0.5 + 10, cy1 - bh - 1), lab, 8, "G", 1)
    text(pymupdf.Rect(bx - 10, cy1 + 3, bx + bw * 0.5 + 10, cy1 + 15), f"R{fy - 2018}", 8, align=1)
text(pymupdf.Rect(40, 660, W - 40, 700),
     "出典：各年度の決算書及び債権管理台帳により税務課作成。令和６年度末の収入未済額は前年度末から減少しており、"
     "３年連続の縮減となった。", 8.5)

# ---------------------------------------------------------------- p3-6: 取組個票
SHEETS = {
    "市税": dict(
        status=("令和６年度末の収入未済額は{out:,}千円で、前年度より{dec:,}千円減少した。現年課税分の収納率は{rc:.2f}％と"
                "過去５年で最も高い。一方、滞納繰越分には少額・多件数の事案が残っており、早期の財産調査による処理が課題である。"),
        note="うち個人市民税 {x:,}千円",
        items=[("①", "納期限後２０日以内に督促状を発送し、その後１か月以内に電話催告を行う。", "継続"),
               ("②", "預貯金・給与・生命保険等の財産調査を滞納発生後３か月以内に着手し、資力のある滞納者には速やかに差押えを執行する。", "継続"),
               ("③", "スマートフォン決済アプリによる納付に加え、ウェブ口座振替受付サービスを導入する。", "新規"),
               ("④", "広島県地方税徴収対策推進協議会を活用した高額事案の共同催告を実施する。", "拡充")]),
    "国民健康保険税": dict(
        status=("令和６年度末の収入未済額は{out:,}千円で、前年度より{dec:,}千円減少した。被保険者数の減少に伴い調定額は"
                "減少傾向にあるが、滞納繰越分の収納率は{ra:.1f}％にとどまっている。"),
        note="うち滞納繰越分 {x:,}千円",
        items=[("①", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を確認する。", "継続"),
               ("②", "資格喪失世帯に対し、喪失後２か月以内に未納額の通知と納付案内を送付する。", "新規"),
               ("③", "税務課との合同催告を年２回実施し、財産調査の結果に基づき滞納処分を行う。", "継続")]),
    "介護保険料": dict(
        status=("普通徴収の現年分の収納率は{rc:.2f}％で高い水準を維持している。令和６年度末の収入未済額は{out:,}千円で、"
                "前年度より{dec:,}千円減少した。"),
        note="うち時効到来見込み {x:,}千円",
        items=[("①", "給付制限の予告通知を、滞納期間が１年を超える前に送付する。", "拡充"),
               ("②", "年金からの特別徴収への切替えを早期に行うよう、年金受給開始時の確認を徹底する。", "継続"),
               ("③", "高齢介護相談窓口と連携し、生活困窮が疑われる場合は福祉的支援へつなぐ。", "継続")]),
    "市営住宅使用料": dict(
        status=("令和６年度末の収入未済額は{out:,}千円で、前年度より{dec:,}千円減少した。滞納繰越分の多くは退去者分であり、"
                "連帯保証人への請求と所在調査が課題である。"),
        note="うち退去者分 {x:,}千円",
        items=[("①", "滞納が３か月に達した入居者と面談し、分納誓約を求める。履行されない場合は明渡し請求を検討する。", "継続"),
               ("②", "退去者分について、連帯保証人への請求を行い、所在不明者は住民票等により調査する。", "継続"),
               ("③", "回収の見込みがない退去者分は、債権管理条例に基づく放棄の手続を進める。", "新規")]),
}
SEQ = "①②③④"
for si, name in enumerate(DATA):
    new_page()
    d = DATA[name]
    rows = d["rows"]
    sh = SHEETS[name]
    text(pymupdf.Rect(40, 36, W - 40, 54), f"２　債権別取組個票　{SEQ[si]}", 12, "G")
    y = 60
    if name == "介護保険料":
        cell(40, y, W - 40, y + 20, f"債権名　{name}　　（所管課：{d['dept']}　／　区分：{d['cls']}）", 10, "G", 0, HEAD)
    else:
        xs = [40, 95, 210, 265, 400, 455, W - 40]
        labels = ["債権名", name, "所管課", d["dept"], "区分", d["cls"]]
        for i in range(6):
            cell(xs[i], y, xs[i + 1], y + 20, labels[i], 9, "G" if i % 2 == 0 else "M", 1 if i % 2 == 0 else 0,
                 HEAD if i % 2 == 0 else None)
    y += 30
    text(pymupdf.Rect(40, y, W - 40, y + 14), "１　収納状況の推移及び目標", 10, "G")
    text(pymupdf.Rect(40, y, W - 40, y + 14), "（単位：千円、％）", 8, align=2)
    y += 16
    fys = [2021, 2022, 2023, 2024]
    colw = [22, 78] + [78] * 4 + [79]
    xs = [40]
    for w in colw:
        xs.append(xs[-1] + w)
    hdr = ["", "区　分"] + [wareki(fy) + "\n決算" for fy in fys] + [wareki(2025) + "\n目標"]
    for i, h in enumerate(hdr):
        if i == 0:
            continue
        cell(xs[i], y, xs[i + 1], y + 26, h, 7.5, "G", 1, HEAD)
    cell(xs[0], y, xs[1], y + 26, "", fill=HEAD)
    y += 26
    T25, T24 = TARGETS[name]
    groups = [("現年", "current", [("調定額", "ca", "assessed"), ("収入済額", "cc", "collected"),
                                   ("収納率※", "rc", "collection_rate")]),
              ("滞繰", "arrears", [("調定額", "aa", "assessed"), ("収入済額", "ac", "collected"),
                                   ("収納率※", "ra", "collection_rate")]),
              ("計", "total", [("不納欠損額", "wo", "written_off"), ("収入未済額", "out", "outstanding")])]
    rh = 15
    ri = 0
    for gname, seg, metrics in groups:
        gy0 = y
        for lab, key, metric in metrics:
            fill = ZEBRA if ri % 2 else None
            cell(xs[1], y, xs[2], y + rh, lab, 8, "M", 0, fill)
            for ci, fy in enumerate(fys):
                v = rows[fy][key]
                kw = dict(debt=name, debt_raw=name, fy=fy, fy_raw=wareki(fy), segment=seg)
                if metric == "collection_rate":
                    s = g.fact(PAGE, f"{v:.2f}" if key == "rc" else f"{v:.1f}", v, metric, **kw)
                else:
                    s = g.fact(PAGE, comma(v), v * 1000, metric, **kw)
                cell(xs[2 + ci], y, xs[3 + ci], y + rh, s, 8, "M", 2, fill)
            kw = dict(debt=name, debt_raw=name, fy=2025, fy_raw=wareki(2025), segment=seg, basis="target")
            if key == "rc":
                s = g.fact(PAGE, f"{T25[0]:.2f}", T25[0], metric, **kw)
            elif key == "ra":
                s = g.fact(PAGE, f"{T25[1]:.1f}", T25[1], metric, **kw)
            elif key == "out":
                s = g.fact(PAGE, comma(T25[2]), T25[2] * 1000, metric, **kw)
            else:
                s = "－"
            cell(xs[6], y, xs[7], y + rh, s, 8, "M", 2 if s != "－" else 1, fill)
            y += rh
            ri += 1
        vcell(xs[0], gy0, xs[1], y, gname, 8, HEAD)
    text(pymupdf.Rect(40, y + 2, W - 40, y + 14), "※　収納率＝収入済額÷調定額。滞繰の目標は令和６年度末の収入未済額に対する率。", 7.5)
    y += 20
    # targets vs results 2024 with 達成率 and 備考
    text(pymupdf.Rect(40, y, W - 40, y + 14), "２　令和６年度の目標達成状況", 10, "G")
    y += 16
    c2 = [("項　目", 95), ("目標", 70), ("実績", 70), ("達成率", 55), ("備　考", W - 80 - 290)]
    x = 40
    for c, w in c2:
        cell(x, y, x + w, y + 16, c, 8, "G", 1, HEAD)
        x += w
    y += 16
    r24 = rows[2024]
    arr_out = r24["aa"] - r24["ac"] - r24["wo"]
    note_x = {"市税": round(r24["out"] * 0.46), "国民健康保険税": arr_out, "介護保険料": round(r24["out"] * 0.12),
              "市営住宅使用料": round(r24["out"] * 0.58)}[name]
    items2 = [("現年分収納率（％）", T24[0], r24["rc"], "collection_rate", "current", 2),
              ("滞繰分収納率（％）", T24[1], r24["ra"], "collection_rate", "arrears", 1),
              ("収入未済額（千円）", T24[2], r24["out"], "outstanding", "total", 0)]
    for lab, tv, av, metric, seg, nd in items2:
        x = 40
        kt = dict(debt=name, debt_raw=name, fy=2024, fy_raw="令和６年度", segment=seg)
        if nd:
            ts = g.fact(PAGE, f"{tv:.{nd}f}", tv, metric, basis="target", **kt)
            as_ = g.fact(PAGE, f"{av:.{nd}f}", av, metric, basis="actual", **kt)
            ach = round(av / tv * 100, 1)
        else:
            ts = g.fact(PAGE, comma(tv), tv * 1000, metric, basis="target", **kt)
            as_ = g.fact(PAGE, comma(av), av * 1000, metric, basis="actual", **kt)
            ach = round(tv / av * 100, 1)  # 縮減目標: 目標÷実績
        achs = g.fact(PAGE, f"{ach:.1f}％", ach, "achievement_rate", basis="actual", unit="percent", **kt)
        note = ""
        if metric == "outstanding":
            note = sh["note"].format(x=note_x)
            g.fact(PAGE, f"{note_x:,}千円", note_x * 1000, "outstanding", basis="actual",
                   **dict(kt, segment="arrears" if "滞納繰越" in note else "total"))
        for (c, w), v in zip(c2, [lab, ts, as_, achs, note]):
            cell(x, y, x + w, y + 16, v, 8, "M", 0 if c in ("項　目", "備　考") else 2)
            x += w
        y += 16
    text(pymupdf.Rect(40, y + 2, W - 40, y + 14), "注）収入未済額の達成率は目標額÷実績額により算出した。", 7.5)
    y += 20
    # 現状と課題 (paragraph in a cell)
    text(pymupdf.Rect(40, y, W - 40, y + 14), "３　現状と課題・令和７年度の取組", 10, "G")
    y += 16
    r23 = rows[2023]
    dec = r23["out"] - r24["out"]
    st = sh["status"].format(out=r24["out"], dec=dec, rc=r24["rc"], ra=r24["ra"])
    kw = dict(debt=name, debt_raw=name, fy=2024, fy_raw="令和６年度末", segment="total")
    g.fact(PAGE, f"{r24['out']:,}千円", r24["out"] * 1000, "outstanding", **kw)
    g.fact(PAGE, f"{dec:,}千円減少", -dec * 1000, "difference", **kw)
    if "{rc" in sh["status"]:
        g.fact(PAGE, f"{r24['rc']:.2f}％", r24["rc"], "collection_rate", **dict(kw, segment="current", fy_raw="令和６年度"))
    if "{ra" in sh["status"]:
        g.fact(PAGE, f"{r24['ra']:.1f}％", r24["ra"], "collection_rate", **dict(kw, segment="arrears", fy_raw="令和６年度"))
    cell(40, y, 110, y + 62, "現状と課題", 8.5, "G", 1, HEAD)
    cell(110, y, W - 40, y + 62, st, 8.5, "M", 0)
    y += 62
    # 取組 items in one cell, tags after 。; last tag of one item alone on a line
    lines = []
    for lab, t, stt in sh["items"]:
        g.init(PAGE, t, debt=name, fy=2025, section="令和７年度の取組", label=lab, status=stt)
        lines.append(f"{lab}{t}【{stt}】")
    body = "\n".join(lines)
    hgt = 14 + 12 * sum(1 + len(l) // 46 for l in lines)
    cell(40, y, 110, y + hgt, "令和７年度\nの取組", 8.5, "G", 1, HEAD)
    cell(110, y, W - 40, y + hgt, body, 8.5, "M", 0, valign=False)
    y += hgt

doc.subset_fonts()
doc.save(PDF_DIR / f"{STEM}.pdf", garbage=4, deflate=True)
write_gold(STEM, g, kind="committee_material", family="committee", municipality=CITY,
           title="令和７年度第１回大竹市債権管理推進本部会議資料", date="2025-07-02", date_raw="令和７年７月２日")
check(STEM)
