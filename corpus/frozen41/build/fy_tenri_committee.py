"""fy_tenri_committee_1: 債権管理対策本部会議 資料（取組個票）(PyMuPDF drawing directly)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fitz  # noqa: E402
from fy_common import Gold, PDF_DIR, comma, rate, tri  # noqa: E402
from fy_draw import setup, text, para, grid, tlen, wrap  # noqa: E402

STEM = "fy_tenri_committee_1"
CITY = "天理市"
TITLE = "令和７年度第１回天理市債権管理対策本部会議資料"
g = Gold(STEM, "committee_material", CITY, TITLE, "2025-07-24", "令和７年７月２４日")

# ---------------- data (千円) ----------------
# name, short(表記), 会計, 所管課, 区分, R6: cur(a,c) arr(a,c,w)
DEBTS = [
    ("市税", "市税", "一般会計", "税務課", "強制徴収公債権", (15842300, 15661250), (512480, 148260, 32150)),
    ("保育所保育料", "保育料", "一般会計", "こども未来課", "強制徴収公債権", (98450, 97120), (12380, 3460, 1210)),
    ("市営住宅使用料", "住宅使用料", "一般会計", "住宅課", "私債権", (186240, 180050), (58910, 9870, 2340)),
    ("生活保護費返還金", "生保返還金", "一般会計", "社会福祉課", "非強制徴収公債権", (38420, 21560), (142380, 9840, 3120)),
    ("国民健康保険税", "国保税", "国民健康保険事業特別会計", "保険医療課", "強制徴収公債権", (2981560, 2805310), (702340, 168920, 48760)),
    ("介護保険料", "介護保険料", "介護保険事業特別会計", "介護福祉課", "強制徴収公債権", (1612870, 1598440), (48520, 12310, 9860)),
    ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療事業特別会計", "保険医療課", "強制徴収公債権", (903210, 900120), (6840, 3120, 410)),
]


def mk(cur, arr):
    ca, cc = cur
    aa, ac, aw = arr
    d = {"cur": dict(a=ca, c=cc, w=0), "arr": dict(a=aa, c=ac, w=aw)}
    d["tot"] = dict(a=ca + aa, c=cc + ac, w=aw)
    for k in d:
        d[k]["o"] = d[k]["a"] - d[k]["c"] - d[k]["w"]
        d[k]["r"] = rate(d[k]["c"], d[k]["a"])
    return d


Y6, Y5 = {}, {}
for n, s, kai, ka, ku, cur, arr in DEBTS:
    Y6[n] = mk(cur, arr)
    ca5 = round(cur[0] * 0.994)
    cc5 = round(ca5 * (cur[1] / cur[0] - 0.0021))
    aa5 = round(arr[0] * 1.071)
    ac5 = round(aa5 * (arr[1] / arr[0] - 0.011))
    aw5 = round(arr[2] * 1.13)
    Y5[n] = mk((ca5, cc5), (aa5, ac5, aw5))


def total(Y, names=None):
    names = names or [d[0] for d in DEBTS]
    t = {}
    for k in ("cur", "arr", "tot"):
        t[k] = {m: sum(Y[n][k][m] for n in names) for m in ("a", "c", "w", "o")}
        t[k]["r"] = rate(t[k]["c"], t[k]["a"])
    return t


T6, T5 = total(Y6), total(Y5)

doc = fitz.open()
PAGE = [0]


def newpage(land=False):
    p = doc.new_page(width=842 if land else 595, height=595 if land else 842)
    setup(p)
    PAGE[0] += 1
    pn = PAGE[0]
    w = p.rect.width
    text(p, w / 2 - 10, p.rect.height - 28, f"- {pn} -", 9)
    return p


def F(**kw):
    kw.setdefault("page", PAGE[0])
    return g.fact(**kw)


# ================= page 1 : 概要 (panels + chart) =================
p = newpage()
text(p, 470, 40, "資料１", 12, "G")
p.draw_rect(fitz.Rect(465, 36, 530, 58), color=(0, 0, 0), width=0.8)
text(p, 60, 70, "令和７年度第１回天理市債権管理対策本部会議", 15, "G")
text(p, 60, 94, "市の債権の状況（令和６年度決算）", 13, "G")
text(p, 400, 120, "令和７年７月２４日　総務部収納対策課", 9)

# panels
PAN_Y = 150
diff_r = round(T6["tot"]["r"] - T5["tot"]["r"], 2)
o_oku = round(T6["tot"]["o"] / 100000, 1)
o_diff_oku = round((T6["tot"]["o"] - T5["tot"]["o"]) / 100000, 1)
w_man = round(T6["tot"]["w"] / 10)
panels = [("収納率（全債権）", "令和６年度", f"{T6['tot']['r']:.2f}％", f"前年度比＋{diff_r:.2f}ポイント"),
          ("収入未済額", "令和６年度末", f"{o_oku}億円", f"前年度比 {tri(o_diff_oku, '{:.1f}')}億円"),
          ("不納欠損額", "令和６年度", f"{w_man:,}万円", "執行停止後の時効完成分等")]
for i, (lab, yr, val, sub) in enumerate(panels):
    x0 = 60 + i * 162
    r = fitz.Rect(x0, PAN_Y, x0 + 150, PAN_Y + 92)
    p.draw_rect(r, color=(0.2, 0.3, 0.5), fill=(0.93, 0.95, 0.99), width=1)
    p.draw_rect(fitz.Rect(x0, PAN_Y, x0 + 150, PAN_Y + 20), color=None, fill=(0.2, 0.3, 0.5))
    text(p, x0 + 6, PAN_Y + 5, lab, 10, "G", color=(1, 1, 1))
    text(p, x0 + 6, PAN_Y + 26, yr, 8.5)
    text(p, x0 + 75 - tlen(val, 17, "G") / 2, PAN_Y + 42, val, 17, "G")
    text(p, x0 + 6, PAN_Y + 72, sub, 8.5)
F(debt=None, debt_raw="全債権", fy=2024, fy_raw="令和６年度", seg="total", metric="collection_rate", basis="actual",
  value=T6["tot"]["r"], unit="percent", raw=f"{T6['tot']['r']:.2f}％")
F(debt=None, debt_raw="全債権", fy=2024, fy_raw="令和６年度", seg="total", metric="difference", basis="actual",
  value=diff_r, unit="points", raw=f"＋{diff_r:.2f}ポイント")
F(debt=None, debt_raw=None, fy=2024, fy_raw="令和６年度末", seg="total", metric="outstanding", basis="actual",
  value=int(round(o_oku * 1e8)), unit="yen", raw=f"{o_oku}億円")
F(debt=None, debt_raw=None, fy=2024, fy_raw="令和６年度末", seg="total", metric="difference", basis="actual",
  value=int(round(o_diff_oku * 1e8)), unit="yen", raw=f"{tri(o_diff_oku, '{:.1f}')}億円")
F(debt=None, debt_raw=None, fy=2024, fy_raw="令和６年度", seg="total", metric="written_off", basis="actual",
  value=w_man * 10000, unit="yen", raw=f"{w_man:,}万円")

# bar chart: 収入未済額の推移（百万円）
CH = [(2020, "R2", 1987.4), (2021, "R3", 1843.9), (2022, "R4", 1702.6),
      (2023, "R5", round(T5["tot"]["o"] / 1000, 1)), (2024, "R6", round(T6["tot"]["o"] / 1000, 1))]
text(p, 60, 270, "■ 収入未済額の推移（全債権、単位：百万円）", 11, "G")
cx0, cy0, cw, chh = 90, 300, 420, 190
base = cy0 + chh
p.draw_line((cx0, base), (cx0 + cw, base), color=(0, 0, 0), width=0.8)
p.draw_line((cx0, cy0), (cx0, base), color=(0, 0, 0), width=0.8)
vmax = 2200
for k in range(0, 2201, 500):
    yy = base - chh * k / vmax
    p.draw_line((cx0 - 3, yy), (cx0, yy), color=(0, 0, 0), width=0.5)
    text(p, cx0 - 8 - tlen(f"{k:,}", 7), yy - 4, f"{k:,}", 7)
bw = 46
for i, (fy, lab, v) in enumerate(CH):
    bx = cx0 + 25 + i * 80
    bh = chh * v / vmax
    p.draw_rect(fitz.Rect(bx, base - bh, bx + bw, base), color=None, fill=(0.35, 0.5, 0.72) if fy < 2024 else (0.85, 0.45, 0.2))
    s = f"{v:,.1f}"
    text(p, bx + bw / 2 - tlen(s, 8.5) / 2, base - bh - 13, s, 8.5)
    text(p, bx + bw / 2 - tlen(lab, 9) / 2, base + 5, lab, 9)
    F(debt=None, debt_raw=None, fy=fy, fy_raw=lab, seg="total", metric="outstanding", basis="actual",
      value=int(round(v * 1e6)), unit="yen", raw=s)
text(p, cx0, base + 22, "※ 各年度末（出納整理期間後）の額。H29以降の推移は参考資料を参照。", 7.5)

y = 540
text(p, 60, y, "■ 概況", 11, "G")
d_oku = round((CH[0][2] - CH[-1][2]) / 100, 1)
body = (f"令和６年度決算における全債権の収納率は{T6['tot']['r']:.2f}％で、前年度から{diff_r:.2f}ポイント上昇した。"
        f"収入未済額は{CH[-1][2]:,.1f}百万円となり、令和２年度から４年間で約{d_oku}億円縮減した。"
        f"国民健康保険税の収入未済額が全体の約{round(Y6['国民健康保険税']['tot']['o']/T6['tot']['o']*100)}％を占めており、"
        "引き続き重点的な対策が必要である。")
para(p, 70, y + 20, 460, body, 10)
F(debt=None, debt_raw=None, fy=2024, fy_raw="令和６年度", seg="total", metric="collection_rate", basis="actual",
  value=T6["tot"]["r"], unit="percent", raw=f"{T6['tot']['r']:.2f}％")
F(debt=None, debt_raw=None, fy=2024, fy_raw="令和６年度", seg="total", metric="difference", basis="actual",
  value=diff_r, unit="points", raw=f"{diff_r:.2f}ポイント")
F(debt=None, debt_raw=None, fy=2024, fy_raw="令和６年度", seg="total", metric="outstanding", basis="actual",
  value=int(round(CH[-1][2] * 1e6)), unit="yen", raw=f"{CH[-1][2]:,.1f}百万円")
F(debt=None, debt_raw=None, fy=2024, fy_raw="令和６年度", seg="total", metric="difference", basis="actual",
  value=-int(round(d_oku * 1e8)), unit="yen", raw=f"約{d_oku}億円", approx=True)

# ================= page 2 : landscape summary (3-level header) =================
p = newpage(land=True)
text(p, 40, 34, "１　債権別の収納状況（令和５年度・令和６年度決算）", 12, "G")
text(p, 700, 40, "（単位：千円、％）", 8.5)
W = [16, 92] + [39, 39, 27] * 6
hdr1 = [{"t": "会計", "rs": 3}, {"t": "債権名", "rs": 3}]
hdr2 = [None, None]
hdr3 = [None, None]
for yl in ("令和５年度", "令和６年度"):
    hdr1 += [{"t": yl, "cs": 9}] + [None] * 8
    for seg in ("現年度分", "滞納繰越分", "計"):
        hdr2 += [{"t": seg, "cs": 3}, None, None]
        hdr3 += ["調定額", "収入済額", "収納率"]
rows = [hdr1, hdr2, hdr3]
SEGS = (("cur", "current"), ("arr", "arrears"), ("tot", "total"))
groups = [("一般会計", [d for d in DEBTS if d[2] == "一般会計"]), ("特別会計", [d for d in DEBTS if d[2] != "一般会計"])]
facts_rows = []
for gname, ds in groups:
    for k, d in enumerate(ds):
        row = [{"t": gname, "rs": len(ds), "v": True, "al": "c", "fill": (0.95, 0.95, 0.95)} if k == 0 else None,
               {"t": d[1], "al": "l"}]
        for fy, Y in ((2023, Y5), (2024, Y6)):
            for sk, seg in SEGS:
                v = Y[d[0]][sk]
                row += [comma(v["a"]), comma(v["c"]), f"{v['r']:.2f}"]
                fyr = "令和５年度" if fy == 2023 else "令和６年度"
                F(debt=d[0], debt_raw=d[1], fy=fy, fy_raw=fyr, seg=seg, metric="assessed", basis="actual",
                  value=v["a"] * 1000, unit="yen", raw=comma(v["a"]))
                F(debt=d[0], debt_raw=d[1], fy=fy, fy_raw=fyr, seg=seg, metric="collected", basis="actual",
                  value=v["c"] * 1000, unit="yen", raw=comma(v["c"]))
                F(debt=d[0], debt_raw=d[1], fy=fy, fy_raw=fyr, seg=seg, metric="collection_rate", basis="actual",
                  value=v["r"], unit="percent", raw=f"{v['r']:.2f}")
        rows.append(row)
row = [{"t": "合計", "cs": 2, "al": "c", "fill": (0.9, 0.9, 0.9)}, None]
for fy, T in ((2023, T5), (2024, T6)):
    for sk, seg in SEGS:
        v = T[sk]
        row += [{"t": comma(v["a"]), "fill": (0.9, 0.9, 0.9)}, {"t": comma(v["c"]), "fill": (0.9, 0.9, 0.9)},
                {"t": f"{v['r']:.2f}", "fill": (0.9, 0.9, 0.9)}]
        fyr = "令和５年度" if fy == 2023 else "令和６年度"
        for m, key, val, raw in (("assessed", "a", v["a"] * 1000, comma(v["a"])),
                                 ("collected", "c", v["c"] * 1000, comma(v["c"])),
                                 ("collection_rate", "r", v["r"], f"{v['r']:.2f}")):
            F(debt=None, debt_raw="合計", fy=fy, fy_raw=fyr, seg=seg, metric=m, basis="actual", value=val,
              unit="percent" if m == "collection_rate" else "yen", raw=raw)
rows.append(row)
yb = grid(p, 30, 56, W, rows, rh=[16, 15, 15] + [26] * 7 + [20], fs=6.6, header_rows=3)
text(p, 30, yb + 6, "注）国保税＝国民健康保険税、後期高齢＝後期高齢者医療保険料、生保返還金＝生活保護費返還金、住宅使用料＝市営住宅使用料、"
     "保育料＝保育所保育料", 7.5)
text(p, 30, yb + 18, "注）収納率＝収入済額÷調定額×100。調定額には不納欠損額を含む。", 7.5)

# ================= pages 3-6 : 取組個票 =================
HIST = {  # R2..R4 total (a, c, w) in 千円; R5/R6 from Y5/Y6
    "市税": [(15688420, 14990110, 51830), (15903240, 15217760, 48560), (15951180, 15320720, 45120)],
    "国民健康保険税": [(3912350, 3012810, 71240), (3805120, 2958710, 63310), (3741290, 2933570, 59480)],
    "保育所保育料": [(132560, 116980, 2310), (118240, 104640, 1980), (114570, 101710, 1450)],
    "市営住宅使用料": [(251320, 186120, 3410), (249870, 187520, 3050), (247130, 185240, 2760)],
}
TARGET7 = {"市税": (99.00, 30.50, 96.90, 480000), "国民健康保険税": (94.60, 25.00, 81.50, 620000),
           "保育所保育料": (98.80, 29.00, 91.20, 8200), "市営住宅使用料": (97.00, 18.00, 78.20, 49500)}
TARGET_HIST = {"市税": [(2022, 95.80), (2023, 96.20), (2024, 96.50)],
               "国民健康保険税": [(2022, 78.00), (2023, 79.00), (2024, 80.50)],
               "保育所保育料": [(2022, 88.50), (2023, 89.00), (2024, 89.50)],
               "市営住宅使用料": [(2022, 76.00), (2023, 76.50), (2024, 77.00)]}
ISSUES = {
    "市税": "令和６年度末の収入未済額は{o6}千円で、前年度より{dif}千円減少した。滞納繰越分の収納率は{ar}％にとどまり、"
            "徴収困難案件の整理が課題である。",
    "国民健康保険税": "令和６年度末の収入未済額は{o6}千円で、前年度より{dif}千円減少したが、全債権の収入未済額の"
                      "約半分を占めている。資格喪失後の未納が多い。",
    "保育所保育料": "令和６年度末の収入未済額は{o6}千円で、前年度より{dif}千円減少した。無償化により新規滞納は減少している。",
    "市営住宅使用料": "令和６年度末の収入未済額は{o6}千円で、前年度より{dif}千円減少した。退去者の滞納分の回収が課題である。",
}
ACTIONS = {
    "市税": [("①", "納期限後20日以内に督促状を発送し、その後の電話催告を集中的に行う。", "継続"),
            ("②", "滞納繰越分は財産調査を全件実施し、預貯金・給与・生命保険の差押えを徹底する。", "継続"),
            ("③", "奈良県地方税収入確保支援センターと連携し、高額・困難案件を引き継ぐ。", "拡充"),
            ("④", "スマートフォン決済アプリによる納付を周知し、納付機会を拡大する。", "新規")],
    "国民健康保険税": [("①", "資格喪失世帯に対し、喪失後２か月以内に納付勧奨通知を送付する。", "継続"),
                  ("②", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行を管理する。", "継続"),
                  ("③", "高額滞納世帯（50万円以上）は税務課と合同で滞納処分を行う。", "拡充")],
    "保育所保育料": [("①", "児童手当からの特別徴収（申出徴収）を入所時に案内する。", "継続"),
                ("②", "退所者の滞納分について、退所時に分納計画を作成する。", "新規")],
    "市営住宅使用料": [("①", "滞納３か月で連帯保証人へ通知し、６か月で明渡請求の手続に入る。", "継続"),
                 ("②", "退去者の滞納分は債権回収会社への委託を検討する。", "新規"),
                 ("③", "家賃減免制度の周知を強化し、滞納の発生を予防する。", "継続")],
}
SHEETS = ["市税", "国民健康保険税", "保育所保育料", "市営住宅使用料"]
INFO = {d[0]: d for d in DEBTS}
YEARS = [(2020, "R2"), (2021, "R3"), (2022, "R4"), (2023, "R5"), (2024, "R6")]

for no, name in enumerate(SHEETS, 1):
    p = newpage()
    d = INFO[name]
    text(p, 40, 36, f"２　債権ごとの取組（{name}）", 12, "G")
    text(p, 470, 36, f"取組個票 No.{no}", 10, "G")
    y = 58
    if no == 2:  # header cell holding label and value together
        y = grid(p, 40, y, [260, 255], [[{"t": f"債権名　{name}", "al": "l"}, {"t": f"所管課　{d[3]}", "al": "l"}]],
                 rh=20, fs=9.5, header_rows=1)
    else:
        y = grid(p, 40, y, [55, 115, 50, 90, 55, 150],
                 [[{"t": "債権名"}, {"t": name, "al": "l", "fill": None, "f": "M"}, {"t": "所管課"},
                   {"t": d[3], "al": "l", "fill": None, "f": "M"}, {"t": "債権区分"},
                   {"t": d[4], "al": "l", "fill": None, "f": "M"}]], rh=20, fs=9, header_rows=1)
    # --- multi-year table (years as columns) ---
    y += 10
    text(p, 40, y, "（１）収納状況の推移（各年度決算、単位：千円、％）", 10, "G")
    y += 16
    hist = HIST[name] + [None, None]
    vals = []
    for i, (fy, lab) in enumerate(YEARS):
        if i < 3:
            a, c, w = hist[i]
            vals.append(dict(a=a, c=c, w=w, o=a - c - w, r=rate(c, a)))
        else:
            vals.append((Y5 if fy == 2023 else Y6)[name]["tot"])
    t7 = TARGET7[name]
    head = [{"t": "区分"}] + [{"t": f"{lab}決算"} for _, lab in YEARS] + [{"t": "R7目標"}]
    rows = [head]
    stacked = (no == 3)
    metrics = [("調定額", "a", "assessed"), ("収入済額", "c", "collected"), ("不納欠損額", "w", "written_off")]
    for lab, k, m in metrics:
        row = [{"t": lab}] + [comma(v[k]) for v in vals] + ["－"]
        rows.append(row)
        for (fy, yl), v in zip(YEARS, vals):
            F(debt=name, debt_raw=name, fy=fy, fy_raw=f"{yl}決算", seg="total", metric=m, basis="actual",
              value=v[k] * 1000, unit="yen", raw=comma(v[k]))
    if stacked:  # amount over rate in one cell
        row = [{"t": "収入未済額\n（収納率）"}] + [f"{comma(v['o'])}\n{v['r']:.2f}" for v in vals] + \
              [f"{comma(t7[3])}\n{t7[2]:.2f}"]
        rows.append(row)
    else:
        rows.append([{"t": "収入未済額"}] + [comma(v["o"]) for v in vals] + [comma(t7[3])])
        rows.append([{"t": "収納率"}] + [f"{v['r']:.2f}" for v in vals] + [f"{t7[2]:.2f}"])
    for (fy, yl), v in zip(YEARS, vals):
        F(debt=name, debt_raw=name, fy=fy, fy_raw=f"{yl}決算", seg="total", metric="outstanding", basis="actual",
          value=v["o"] * 1000, unit="yen", raw=comma(v["o"]))
        F(debt=name, debt_raw=name, fy=fy, fy_raw=f"{yl}決算", seg="total", metric="collection_rate", basis="actual",
          value=v["r"], unit="percent", raw=f"{v['r']:.2f}")
    F(debt=name, debt_raw=name, fy=2025, fy_raw="R7目標", seg="total", metric="outstanding", basis="target",
      value=t7[3] * 1000, unit="yen", raw=comma(t7[3]))
    F(debt=name, debt_raw=name, fy=2025, fy_raw="R7目標", seg="total", metric="collection_rate", basis="target",
      value=t7[2], unit="percent", raw=f"{t7[2]:.2f}")
    rhs = [18] + [17] * 3 + ([28] if stacked else [17, 17])
    y = grid(p, 40, y, [70] + [74] * 6, rows, rh=rhs, fs=8.2)
    # --- two headings side by side: 令和６年度（実績） | 令和７年度（目標） ---
    y += 12
    text(p, 40, y, "（２）区分別の収納率（単位：％）", 10, "G")
    y += 16
    v6 = Y6[name]
    rows = [[{"t": "区分", "rs": 2}, {"t": "令和６年度（実績）", "cs": 2}, None, {"t": "令和７年度（目標）", "cs": 2}, None],
            [None, "現年度分", "滞納繰越分", "現年度分", "滞納繰越分"],
            [{"t": "収納率"}, f"{v6['cur']['r']:.2f}", f"{v6['arr']['r']:.2f}", f"{t7[0]:.2f}", f"{t7[1]:.2f}"]]
    y = grid(p, 40, y, [95, 105, 105, 105, 105], rows, rh=[17, 16, 18], fs=8.5, header_rows=2)
    for seg, k, tv in (("current", "cur", t7[0]), ("arrears", "arr", t7[1])):
        F(debt=name, debt_raw=name, fy=2024, fy_raw="令和６年度（実績）", seg=seg, metric="collection_rate",
          basis="actual", value=v6[k]["r"], unit="percent", raw=f"{v6[k]['r']:.2f}")
        F(debt=name, debt_raw=name, fy=2025, fy_raw="令和７年度（目標）", seg=seg, metric="collection_rate",
          basis="target", value=tv, unit="percent", raw=f"{tv:.2f}")
    # --- targets and results with 達成率 (rows = years) ---
    y += 12
    text(p, 40, y, "（３）目標収納率の達成状況（合計）", 10, "G")
    y += 16
    rows = [["年度", "目標（％）", "実績（％）", "差（ポイント）", "達成率（％）"]]
    for fy, tv in TARGET_HIST[name]:
        av = vals[[x[0] for x in YEARS].index(fy)]["r"]
        dd = round(av - tv, 2)
        ach = round(av / tv * 100, 1)
        yl = f"令和{fy-2018}年度"
        rows.append([yl, f"{tv:.2f}", f"{av:.2f}", tri(dd, "{:.2f}"), f"{ach:.1f}"])
        F(debt=name, debt_raw=name, fy=fy, fy_raw=yl, seg="total", metric="collection_rate", basis="target",
          value=tv, unit="percent", raw=f"{tv:.2f}")
        F(debt=name, debt_raw=name, fy=fy, fy_raw=yl, seg="total", metric="collection_rate", basis="actual",
          value=av, unit="percent", raw=f"{av:.2f}")
        F(debt=name, debt_raw=name, fy=fy, fy_raw=yl, seg="total", metric="difference", basis="actual",
          value=dd, unit="points", raw=tri(dd, "{:.2f}"))
        F(debt=name, debt_raw=name, fy=fy, fy_raw=yl, seg="total", metric="achievement_rate", basis="actual",
          value=ach, unit="percent", raw=f"{ach:.1f}")
    y = grid(p, 40, y, [103] * 5, rows, rh=16, fs=8.5)
    # --- 現状と課題 (paragraph with figures in a cell) beside plain figures ---
    y += 12
    text(p, 40, y, "（４）現状と課題", 10, "G")
    y += 16
    o6, o5 = v6["tot"]["o"], Y5[name]["tot"]["o"]
    issue = ISSUES[name].format(o6=comma(o6), dif=comma(o5 - o6), ar=f"{v6['arr']['r']:.2f}")
    arr_o = v6["arr"]["o"]
    rows = [["現状と課題", "滞納繰越分の収入未済額", "不納欠損額"],
            [{"t": issue, "al": "l", "top": True}, {"t": comma(arr_o) + "千円", "al": "c"},
             {"t": comma(v6["tot"]["w"]) + "千円", "al": "c"}]]
    y = grid(p, 40, y, [305, 110, 100], rows, rh=[16, 62], fs=8.5)
    F(debt=name, debt_raw=name, fy=2024, fy_raw="令和６年度末", seg="total", metric="outstanding", basis="actual",
      value=o6 * 1000, unit="yen", raw=comma(o6) + "千円")
    F(debt=name, debt_raw=name, fy=2024, fy_raw="令和６年度末", seg="total", metric="difference", basis="actual",
      value=-(o5 - o6) * 1000, unit="yen", raw=comma(o5 - o6) + "千円")
    if "{ar}" in ISSUES[name]:
        F(debt=name, debt_raw=name, fy=2024, fy_raw="令和６年度末", seg="arrears", metric="collection_rate",
          basis="actual", value=v6["arr"]["r"], unit="percent", raw=f"{v6['arr']['r']:.2f}％")
    F(debt=name, debt_raw=name, fy=2024, fy_raw="令和６年度", seg="arrears", metric="outstanding", basis="actual",
      value=arr_o * 1000, unit="yen", raw=comma(arr_o) + "千円")
    F(debt=name, debt_raw=name, fy=2024, fy_raw="令和６年度", seg="total", metric="written_off", basis="actual",
      value=v6["tot"]["w"] * 1000, unit="yen", raw=comma(v6["tot"]["w"]) + "千円")
    # --- 取組 (box) ---
    y += 12
    text(p, 40, y, "（５）令和７年度の取組", 10, "G")
    y += 16
    box_top = y
    yy = y + 6
    for k, (lab, t, stt) in enumerate(ACTIONS[name]):
        tag = f"【{stt}】"
        lines = wrap(lab + t, 470, 9)
        # variation: the tag is printed after 。 on the same line, wrapped, or alone on the next line
        if k % 3 == 2:
            lines.append(tag)
        else:
            lines[-1] += tag
        for j, ln in enumerate(lines):
            text(p, 52 + (9 if j else 0), yy, ln, 9)
            yy += 14
        g.init(debt=name, fy=2025, section="令和７年度の取組", label=lab, text=t, status=stt, page=PAGE[0])
    p.draw_rect(fitz.Rect(40, box_top, 555, yy + 4), color=(0, 0, 0), width=0.7)

pdf = PDF_DIR / f"{STEM}.pdf"
doc.subset_fonts()
doc.save(pdf, garbage=4, deflate=True)
g.write(pdf)
