"""fr_shobara_progress_1: 庄原市 収納対策の取組状況（中間報告、令和６年２月末） (PyMuPDF drawing).

Run from corpus/frozen37:  python3 build/fr_shobara_progress.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fr_common import Gold, PDF_DIR, Canvas, comma, tri, rate, zen, pdf_pages

STEM = "fr_shobara_progress_1"
CITY = "庄原市"
TITLE = "令和５年度 収納対策の取組状況について（中間報告）"
G = Gold(STEM, "progress_report", "progress", CITY, TITLE, "2024-03-15", "令和６年３月１５日")
ASOF, ASOF_PREV = "2024-02-29", "2023-02-28"
FY, PFY = 2023, 2022


def f2(x):
    return f"{x:.2f}"


def f1(x):
    return f"{x:.1f}"


# (ca, rate_c, aa, rate_a) this year (R5, Feb end) / last year (R4, Feb end); 千円
RAW = {
    "市税": ("市税", (3912540, 97.12, 248310, 21.34), (3885210, 96.77, 262874, 19.86)),
    "国民健康保険税": ("国民健康保険税", (612480, 88.46, 142650, 16.92), (628915, 88.02, 150233, 15.47)),
    "介護保険料": ("介護保険料", (598230, 94.81, 12418, 14.20), (592114, 94.66, 13005, 13.35)),
    "後期高齢者医療保険料": ("後期高齢者医療保険料", (402118, 95.90, 2874, 28.11), (391560, 95.84, 3120, 26.02)),
    "保育所保育料": ("保育所保育料", (61204, 92.73, 4512, 12.50), (64380, 92.40, 4876, 11.36)),
    "住宅使用料": ("市営住宅使用料", (118455, 93.05, 21306, 8.42), (120112, 92.71, 22180, 7.94)),
}


def rec(t):
    ca, rc, aa, ra = t
    cc, ac = round(ca * rc / 100), round(aa * ra / 100)
    r = {"ca": ca, "cc": cc, "aa": aa, "ac": ac, "asm": ca + aa, "col": cc + ac}
    r["rate_c"], r["rate_a"], r["rate_t"] = rate(cc, ca), rate(ac, aa), rate(r["col"], r["asm"])
    r["out"] = r["asm"] - r["col"]
    return r


D = {k: {"label": v[0], "now": rec(v[1]), "prev": rec(v[2])} for k, v in RAW.items()}

cv = Canvas()
L, R = 50, 545
W = R - L

# ================================================================ page 1
p = cv.new_page()
pg = 1
cv.text(L, 60, "資料２", 9)
cv.text(L, 60, "令和６年３月１５日　総務部税務課", 9, align="r", w=W)
cv.text(L, 95, "令和５年度 収納対策の取組状況について（中間報告）", 15, align="c", w=W)
cv.text(L, 115, "（令和６年２月末現在）", 10.5, align="c", w=W)
y = 145
cv.text(L, y, "１　市税の収納状況", 11.5)
Z = D["市税"]["now"]
ZP = D["市税"]["prev"]
dc = round(Z["rate_c"] - ZP["rate_c"], 2)
da = round(Z["rate_a"] - ZP["rate_a"], 2)
out_man = round(Z["out"] / 100) * 100  # 万円 rounded to 100万円 -> in 千円*? (Z in 千円)
out_man = round(Z["out"] / 1000) * 100   # 千円 -> 万円, rounded to 100万円
oku, rest = divmod(out_man, 10000)
out_s = f"{oku}億{rest:,}万円"
txt = (f"令和６年２月末現在の市税の収納率は、現年課税分が{f2(Z['rate_c'])}％で前年同月比{f2(dc)}ポイントの上昇、"
       f"滞納繰越分が{f2(Z['rate_a'])}％で同じく{f2(da)}ポイントの上昇となっている。"
       f"現年課税分と滞納繰越分を合わせた収入未済額は約{out_s}で、出納整理期間を含めた年度末に向けて、"
       "引き続き早期の催告と財産調査に基づく滞納処分を進める。")
y = cv.para(L + 10, y + 20, W - 10, txt, 10, indent=10)
G.fact(1, "市税", "市税", FY, "令和６年２月末現在", "current", "collection_rate", "interim", Z["rate_c"], "percent", f"{f2(Z['rate_c'])}％", as_of=ASOF)
G.fact(1, "市税", "市税", FY, "令和６年２月末現在", "current", "difference", "interim", dc, "points", f"前年同月比{f2(dc)}ポイント", as_of=ASOF)
G.fact(1, "市税", "市税", FY, "令和６年２月末現在", "arrears", "collection_rate", "interim", Z["rate_a"], "percent", f"{f2(Z['rate_a'])}％", as_of=ASOF)
G.fact(1, "市税", "市税", FY, "令和６年２月末現在", "arrears", "difference", "interim", da, "points", f"同じく{f2(da)}ポイント", as_of=ASOF)
G.fact(1, "市税", "市税", FY, "令和６年２月末現在", "total", "outstanding", "interim", out_man * 10000, "yen", f"約{out_s}", approx=True, as_of=ASOF)

# 【収納率】 box with segment-only bullets
y += 4
bx0, by0 = L + 10, y
cv.rect((bx0, by0, bx0 + 250, by0 + 66), fill=(0.95, 0.97, 1.0), color=(0.2, 0.3, 0.5), width=0.9)
cv.text(bx0 + 8, by0 + 16, "【収納率】令和６年２月末時点", 10)
for i, (lab, seg, key) in enumerate((("現年分", "current", "rate_c"), ("滞繰分", "arrears", "rate_a"), ("合　計", "total", "rate_t"))):
    s = f"・{lab}　{f2(Z[key])}％（前年同月 {f2(ZP[key])}％）"
    cv.text(bx0 + 14, by0 + 31 + i * 13, s, 9.5)
    G.fact(1, "市税", None, FY, "令和６年２月末時点", seg, "collection_rate", "interim", Z[key], "percent", f"{f2(Z[key])}％（", as_of=ASOF)
    G.fact(1, "市税", None, PFY, "前年同月", seg, "collection_rate", "interim", ZP[key], "percent", f"前年同月{f2(ZP[key])}％", as_of=ASOF_PREV)
cv.text(bx0 + 262, by0 + 16, "※ 収納率は、各月末の調定額に対する", 8.5)
cv.text(bx0 + 262, by0 + 28, "　 収入済額（累計）の割合である。", 8.5)
y = by0 + 84

# ---- table: debts x (現年/滞繰/計) vs 本年度/前年同期
cv.text(L, y, "２　主要債権の収納状況（令和６年２月末現在）", 11.5)
cv.text(L, y + 14, "（単位：千円、％）", 8.5, align="r", w=W)
y += 19
colw = [62, 40, 66, 66, 44, 66, 66, 44, 41]
hdr = [{"r": 0, "c": 0, "rs": 2, "cs": 2, "text": "債権名・区分", "align": "c", "fill": (0.85, 0.89, 0.94)},
       {"r": 0, "c": 2, "cs": 3, "text": "本年度", "align": "c", "fill": (0.85, 0.89, 0.94)},
       {"r": 0, "c": 5, "cs": 3, "text": "前年同期", "align": "c", "fill": (0.85, 0.89, 0.94)},
       {"r": 0, "c": 8, "rs": 2, "text": "収納率\nの差", "align": "c", "fill": (0.85, 0.89, 0.94)}]
for i, t in enumerate(["調定額", "収入済額", "収納率"] * 2):
    hdr.append({"r": 1, "c": 2 + i, "text": t, "align": "c", "fill": (0.85, 0.89, 0.94)})
cells = list(hdr)
r_ = 2
ABBR = {"市税": "市税", "国民健康保険税": "国民健康\n保険税", "介護保険料": "介護\n保険料", "後期高齢者医療保険料": "後期高齢者\n医療保険料",
        "保育所保育料": "保育所\n保育料", "住宅使用料": "市営住宅\n使用料"}
for k, v in D.items():
    n, pv = v["now"], v["prev"]
    cells.append({"r": r_, "c": 0, "rs": 3, "text": ABBR[k], "align": "c"})
    for j, (lab, seg, a, c_, rt) in enumerate((("現年", "current", "ca", "cc", "rate_c"), ("滞繰", "arrears", "aa", "ac", "rate_a"),
                                              ("計", "total", "asm", "col", "rate_t"))):
        fill = (0.95, 0.95, 0.95) if seg == "total" else None
        d = round(n[rt] - pv[rt], 2)
        row = [comma(n[a]), comma(n[c_]), f2(n[rt]), comma(pv[a]), comma(pv[c_]), f2(pv[rt]), tri(d, "▲", f2)]
        cells.append({"r": r_ + j, "c": 1, "text": lab, "align": "c", "fill": fill})
        for i, t in enumerate(row):
            cells.append({"r": r_ + j, "c": 2 + i, "text": t, "align": "r", "fill": fill})
        lab_raw = v["label"]
        G.fact(1, k, lab_raw, FY, "本年度", seg, "assessed", "interim", n[a] * 1000, "yen", row[0], as_of=ASOF)
        G.fact(1, k, lab_raw, FY, "本年度", seg, "collected", "interim", n[c_] * 1000, "yen", row[1], as_of=ASOF)
        G.fact(1, k, lab_raw, FY, "本年度", seg, "collection_rate", "interim", n[rt], "percent", row[2], as_of=ASOF)
        G.fact(1, k, lab_raw, PFY, "前年同期", seg, "assessed", "interim", pv[a] * 1000, "yen", row[3], as_of=ASOF_PREV)
        G.fact(1, k, lab_raw, PFY, "前年同期", seg, "collected", "interim", pv[c_] * 1000, "yen", row[4], as_of=ASOF_PREV)
        G.fact(1, k, lab_raw, PFY, "前年同期", seg, "collection_rate", "interim", pv[rt], "percent", row[5], as_of=ASOF_PREV)
        G.fact(1, k, lab_raw, FY, "本年度", seg, "difference", "interim", d, "points", row[6], as_of=ASOF)
    r_ += 3
y = cv.grid(L, y, colw, [15, 15] + [14.5] * (r_ - 2), cells, size=8)
cv.text(L, y + 12, "注）本年度は令和５年度（令和６年２月末）、前年同期は令和４年度（令和５年２月末）の数値。▲は前年同期を下回ったもの。", 7.8)
cv.text(L, y + 23, "注）保育所保育料は現年度分・過年度分を、それぞれ現年・滞繰の欄に計上している。", 7.8)
cv.text(L, 815, "－１－", 9, align="c", w=W)

# ================================================================ page 2: 月別収納状況 + chart
p = cv.new_page()
pg = 2
cv.text(L, 60, "３　月別収納状況（市税　現年課税分）", 11.5)
cv.text(L, 74, "各月末の累計。単位：千円、％", 8.5, align="r", w=W)
MON = ["４月末", "５月末", "６月末", "７月末", "８月末", "９月末", "１０月末", "１１月末", "１２月末", "１月末", "２月末", "３月末"]
ENDS5 = ["2023-04-30", "2023-05-31", "2023-06-30", "2023-07-31", "2023-08-31", "2023-09-30", "2023-10-31", "2023-11-30",
         "2023-12-31", "2024-01-31", "2024-02-29", None]
ENDS4 = ["2022-04-30", "2022-05-31", "2022-06-30", "2022-07-31", "2022-08-31", "2022-09-30", "2022-10-31", "2022-11-30",
         "2022-12-31", "2023-01-31", "2023-02-28", "2023-03-31"]
A5 = [2598112, 2602440, 3871906, 3880215, 3886472, 3893120, 3898774, 3902305, 3906918, 3909660, 3912540]
R5 = [14.12, 22.46, 36.84, 44.91, 52.37, 60.02, 67.64, 74.88, 83.41, 90.07, 97.12]
A4 = [2580330, 2585912, 3846227, 3853004, 3860118, 3866540, 3872006, 3876119, 3880247, 3882914, 3885210, 3887452]
R4 = [13.85, 22.10, 36.41, 44.52, 51.98, 59.66, 67.21, 74.45, 83.02, 89.71, 96.77, 98.81]
C5 = [round(a * r / 100) for a, r in zip(A5, R5)]
C4 = [round(a * r / 100) for a, r in zip(A4, R4)]
assert C5[10] == Z["cc"] and A5[10] == Z["ca"] and C4[10] == ZP["cc"] and A4[10] == ZP["ca"]
colw = [50, 70, 70, 52, 70, 70, 52, 61]
fillh = (0.85, 0.89, 0.94)
cells = [{"r": 0, "c": 0, "rs": 2, "text": "区分", "align": "c", "fill": fillh},
         {"r": 0, "c": 1, "cs": 3, "text": "令和５年度", "align": "c", "fill": fillh},
         {"r": 0, "c": 4, "cs": 3, "text": "令和４年度", "align": "c", "fill": fillh},
         {"r": 0, "c": 7, "rs": 2, "text": "収納率の差", "align": "c", "fill": fillh}]
for i, t in enumerate(["調定額", "収入済額", "収納率"] * 2):
    cells.append({"r": 1, "c": 1 + i, "text": t, "align": "c", "fill": fillh})
for m in range(12):
    rr = 2 + m
    fill = (0.96, 0.96, 0.96) if m % 2 else None
    cells.append({"r": rr, "c": 0, "text": MON[m], "align": "c", "fill": fill})
    if m < 11:
        r5 = rate(C5[m], A5[m])
        vals5 = [comma(A5[m]), comma(C5[m]), f2(r5)]
        G.fact(2, "市税", "市税", FY, "令和５年度", "current", "assessed", "interim", A5[m] * 1000, "yen", vals5[0], as_of=ENDS5[m])
        G.fact(2, "市税", "市税", FY, "令和５年度", "current", "collected", "interim", C5[m] * 1000, "yen", vals5[1], as_of=ENDS5[m])
        G.fact(2, "市税", "市税", FY, "令和５年度", "current", "collection_rate", "interim", r5, "percent", vals5[2], as_of=ENDS5[m])
    else:
        vals5 = ["－", "－", "－"]
    r4 = rate(C4[m], A4[m])
    vals4 = [comma(A4[m]), comma(C4[m]), f2(r4)]
    G.fact(2, "市税", "市税", PFY, "令和４年度", "current", "assessed", "interim", A4[m] * 1000, "yen", vals4[0], as_of=ENDS4[m])
    G.fact(2, "市税", "市税", PFY, "令和４年度", "current", "collected", "interim", C4[m] * 1000, "yen", vals4[1], as_of=ENDS4[m])
    G.fact(2, "市税", "市税", PFY, "令和４年度", "current", "collection_rate", "interim", r4, "percent", vals4[2], as_of=ENDS4[m])
    if m < 11:
        d = round(rate(C5[m], A5[m]) - r4, 2)
        dd = tri(d, "▲", f2)
        G.fact(2, "市税", "市税", FY, "令和５年度", "current", "difference", "interim", d, "points", dd, as_of=ENDS5[m])
    else:
        dd = "－"
    for i, t in enumerate(vals5 + vals4 + [dd]):
        cells.append({"r": rr, "c": 1 + i, "text": t, "align": "r" if t != "－" else "c", "fill": fill})
y = cv.grid(L, 80, colw, [15, 15] + [14] * 12, cells, size=8.3)
cv.text(L, y + 12, "注）３月末は出納閉鎖前の数値であり、決算額とは一致しない。令和５年度の３月末は集計前のため「－」としている。", 7.8)

# bar chart: 2月末時点 現年課税分収納率 R1..R5
y0 = y + 40
cv.text(L, y0, "【参考】２月末時点の現年課税分収納率の推移（市税）", 10.5)
FEB = [(2019, "R1", "2020-02-29", 96.02), (2020, "R2", "2021-02-28", 96.41), (2021, "R3", "2022-02-28", 96.55),
       (2022, "R4", "2023-02-28", rate(C4[10], A4[10])), (2023, "R5", "2024-02-29", rate(C5[10], A5[10]))]
cx0, cy_base, ch = L + 60, y0 + 210, 170
vmin, vmax = 95.0, 97.5
cv.line((cx0, cy_base), (cx0 + 380, cy_base), width=0.8)
cv.line((cx0, cy_base), (cx0, cy_base - ch - 5), width=0.8)
for t in (95.0, 95.5, 96.0, 96.5, 97.0, 97.5):
    yy = cy_base - (t - vmin) / (vmax - vmin) * ch
    cv.line((cx0 - 3, yy), (cx0 + 380, yy), color=(0.8, 0.8, 0.8), width=0.4)
    cv.text(cx0 - 30, yy + 3, f"{t:.1f}", 7.5, color=(0.3, 0.3, 0.3))
cv.text(cx0 - 40, cy_base - ch - 12, "（％）", 7.5)
for i, (fy, lab, asof, v) in enumerate(FEB):
    bx = cx0 + 25 + i * 72
    top = cy_base - (v - vmin) / (vmax - vmin) * ch
    cv.rect((bx, top, bx + 40, cy_base), fill=(0.30, 0.50, 0.75) if fy == FY else (0.65, 0.75, 0.88), color=None)
    cv.text(bx, top - 4, f2(v), 8.5, align="c", w=40)
    cv.text(bx, cy_base + 12, lab, 8.5, align="c", w=40)
    G.fact(2, "市税", "市税", fy, lab, "current", "collection_rate", "interim", v, "percent", f2(v), as_of=asof)
cv.text(L, cy_base + 30, "※ R1は令和元年度（令和２年２月末）、R5は令和５年度（令和６年２月末）を示す。", 7.8)
cv.text(L, 815, "－２－", 9, align="c", w=W)


# ================================================================ pages 3-4: 債権ごとの取組状況
YE = {  # 前年度決算 (R4), 本年度目標, 本年度決算見込; outstanding 百万円 R4決算 / R5見込
    "市税": dict(act=(99.02, 24.12), tgt=(99.10, 25.0), est=(99.08, 24.6), out=(223.4, 214.8)),
    "国民健康保険税": dict(act=(94.85, 18.66), tgt=(95.20, 19.5), est=(95.05, 19.1), out=(158.2, 151.6)),
    "介護保険料": dict(act=(99.02, 17.10), tgt=(99.10, 18.0), est=(99.05, 17.8), out=(12.6, 11.9)),
    "保育所保育料": dict(act=(99.12, 14.05), tgt=(99.30, 15.0), est=(99.20, 15.2), out=(4.3, 4.0)),
}
ITEMS = {
    "市税": ("主な取組状況", [
        ("納期限後の未納者に対し、督促状発送の１０日後から電話催告を行い、１２月末までに延べ３，１２０件の催告を実施した。", "継続"),
        ("給与照会及び預貯金調査の電子化により財産調査の期間を短縮し、差押えまでの平均日数を前年度から２週間短縮した。", "拡充"),
        ("固定資産税の高額滞納案件について、不動産の公売に向けた鑑定評価に着手した。", "新規"),
    ]),
    "国民健康保険税": ("主な取組状況", [
        ("短期被保険者証の交付時に納付相談を行い、分納誓約の履行状況を毎月確認している。", "継続"),
        ("資格喪失後の未納者に対して、喪失届の受付時に残額を通知し、一括又は分割での納付を案内した。", "拡充"),
        ("市税と重複して滞納している世帯の情報を税務課と共有し、一体的な滞納整理を進めた。", "継続"),
    ]),
    "介護保険料": ("現年度分", [
        ("普通徴収の未納者に対し、地域包括支援センターと連携して訪問による納付勧奨を行った。", "継続"),
        ("口座振替の申込書を納入通知書に同封し、初回から口座振替となるよう勧奨した。", "新規"),
    ]),
    "保育所保育料": ("滞納繰越分", [
        ("卒園児の世帯に対し、年２回の文書催告と夜間の電話催告を実施した。", "継続"),
        ("児童手当からの徴収について、保護者の申出に基づく充当を進めた。", "拡充"),
    ]),
}
SHORTNAME = {"市税": "市税", "国民健康保険税": "国民健康保険税", "介護保険料": "介護保険料", "保育所保育料": "保育所保育料"}


def section(pg, y, idx, k):
    e = YE[k]
    cv.text(L, y, f"４－{zen(idx)}　債権ごとの取組状況（{SHORTNAME[k]}）", 11.5)
    y += 8
    colw = [120, 85, 85, 85, 120]
    fh = (0.88, 0.92, 0.88)
    cells = [{"r": 0, "c": i, "text": t, "align": "c", "fill": fh} for i, t in
             enumerate(["区分", "令和４年度決算", "令和５年度目標", "令和５年度決算見込", "見込と目標の差（ポイント）"])]
    rows = [("現年度分 収納率（％）" if k in ("介護保険料", "保育所保育料") else "現年課税分 収納率（％）", "current", 0, f2),
            ("過年度分 収納率（％）" if k in ("介護保険料", "保育所保育料") else "滞納繰越分 収納率（％）", "arrears", 1, f1)]
    for i, (lab, seg, j, fm) in enumerate(rows, 1):
        a_, t_, s_ = e["act"][j], e["tgt"][j], e["est"][j]
        d = round(s_ - t_, 2)
        vals = [f2(a_), fm(t_), fm(s_), tri(d, "▲", f2)]
        cells.append({"r": i, "c": 0, "text": lab})
        for c, t in enumerate(vals, 1):
            cells.append({"r": i, "c": c, "text": t, "align": "r"})
        G.fact(pg, k, k, PFY, "令和４年度決算", seg, "collection_rate", "actual", a_, "percent", vals[0])
        G.fact(pg, k, k, FY, "令和５年度目標", seg, "collection_rate", "target", t_, "percent", vals[1])
        G.fact(pg, k, k, FY, "令和５年度決算見込", seg, "collection_rate", "estimate", s_, "percent", vals[2])
        G.fact(pg, k, k, FY, "令和５年度決算見込", seg, "difference", "estimate", d, "points", vals[3])
    o4, o5 = e["out"]
    cells.append({"r": 3, "c": 0, "text": "収入未済額（百万円）"})
    for c, t in enumerate([f1(o4), "－", f1(o5), "－"], 1):
        cells.append({"r": 3, "c": c, "text": t, "align": "r" if t != "－" else "c"})
    G.fact(pg, k, k, PFY, "令和４年度決算", "total", "outstanding", "actual", round(o4 * 1_000_000), "yen", f1(o4))
    G.fact(pg, k, k, FY, "令和５年度決算見込", "total", "outstanding", "estimate", round(o5 * 1_000_000), "yen", f1(o5))
    y = cv.grid(L, y, colw, [16, 15, 15, 15], cells, size=8.5)
    # prose with 億円 / 万円
    if o5 >= 100:
        amt = f"約{o5 / 100:.1f}億円"
        val = round(o5 / 100, 1) * 100_000_000
    else:
        man = round(o5 * 100 / 10) * 10 if o5 >= 10 else round(o5 * 100)
        amt = f"約{man:,}万円"
        val = man * 10000
    dlt = round(o5 - o4, 1)
    txt = (f"年度末の収入未済額は{amt}と見込んでおり、前年度決算から{abs(dlt):.1f}百万円の"
           f"{'減少' if dlt < 0 else '増加'}となる見通しである。")
    y = cv.para(L + 10, y + 16, W - 10, txt, 9.5, indent=10)
    G.fact(pg, k, k, FY, "年度末", "total", "outstanding", "estimate", round(val), "yen", amt, approx=True)
    G.fact(pg, k, k, FY, "年度末", "total", "difference", "estimate", round(dlt * 1_000_000), "yen",
           f"{abs(dlt):.1f}百万円の{'減少' if dlt < 0 else '増加'}")
    sec, items = ITEMS[k]
    cv.text(L + 4, y + 4, f"〔{sec}〕", 10)
    y += 18
    for text, st in items:
        s = "・" + text + (f"【{st}】" if st else "")
        y = cv.para(L + 10, y, W - 14, s, 9.5, hang=10)
        G.init(pg, k, FY, sec, "・", text, st)
    return y + 14


p = cv.new_page()
pg = 3
cv.text(L, 60, "４　債権ごとの取組状況と年度末の見込み", 12)
cv.text(L, 76, "各債権の所管課が、令和６年２月末までの取組と年度末の決算見込みを取りまとめたものである。", 9.5)
y = 104
y = section(3, y, 1, "市税")
y = section(3, y + 6, 2, "国民健康保険税")
cv.text(L, 815, "－３－", 9, align="c", w=W)

p = cv.new_page()
pg = 4
y = 60
y = section(4, y, 3, "介護保険料")
y = section(4, y + 6, 4, "保育所保育料")
# 【参考】 box
y += 6
cv.rect((L, y, R, y + 58), color=(0.2, 0.2, 0.2), width=0.9)
cv.text(L + 8, y + 15, "【参考】後期高齢者医療保険料・市営住宅使用料（令和６年２月末）", 9.5)
KO, JU = D["後期高齢者医療保険料"]["now"], D["住宅使用料"]["now"]
cv.text(L + 14, y + 31, f"・後期高齢者医療保険料の現年度分収納率：{f2(KO['rate_c'])}％（広島県後期高齢者医療広域連合へ納付）", 9)
cv.text(L + 14, y + 45, f"・市営住宅使用料の滞納繰越分収入済額：{comma(JU['ac'])}千円（滞納繰越分調定額 {comma(JU['aa'])}千円）", 9)
G.fact(4, "後期高齢者医療保険料", "後期高齢者医療保険料", FY, "令和６年２月末", "current", "collection_rate", "interim", KO["rate_c"], "percent", f"{f2(KO['rate_c'])}％", as_of=ASOF)
G.fact(4, "住宅使用料", "市営住宅使用料", FY, "令和６年２月末", "arrears", "collected", "interim", JU["ac"] * 1000, "yen", f"{comma(JU['ac'])}千円", as_of=ASOF)
G.fact(4, "住宅使用料", "市営住宅使用料", FY, "令和６年２月末", "arrears", "assessed", "interim", JU["aa"] * 1000, "yen", f"{comma(JU['aa'])}千円", as_of=ASOF)
# 滞納者数 table (counts beside amounts)
y += 84
cv.text(L, y, "【参考】滞納者数等の状況（２月末現在）", 10.5)
DEL = [("市税", "市税", "滞納者数（人）", "persons", 1486, 1392), ("国民健康保険税", "国民健康保険税", "滞納世帯数（世帯）", "households", 688, 641),
       ("介護保険料", "介護保険料", "滞納者数（人）", "persons", 214, 203)]
fh = (0.85, 0.89, 0.94)
colw = [110, 110, 80, 80, 70, 45]
cells = [{"r": 0, "c": i, "text": t, "align": "c", "fill": fh} for i, t in
         enumerate(["債権名", "区分", "前年同期", "本年度", "増減", "差押件数"])]
SEIZ = [318, 96, 7]
for i, (k, lab, kind, unit, prev, now) in enumerate(DEL, 1):
    vals = [lab, kind, comma(prev), comma(now), tri(now - prev, "▲"), f"{SEIZ[i - 1]}件"]
    for j, t in enumerate(vals):
        cells.append({"r": i, "c": j, "text": t, "align": "l" if j < 2 else "r"})
    G.fact(4, k, lab, PFY, "前年同期", "total", "delinquents", "interim", prev, unit, comma(prev), as_of=ASOF_PREV)
    G.fact(4, k, lab, FY, "本年度", "total", "delinquents", "interim", now, unit, comma(now), as_of=ASOF)
    G.fact(4, k, lab, FY, "本年度", "total", "difference", "interim", now - prev, unit, tri(now - prev, "▲"), as_of=ASOF)
y = cv.grid(L, y + 8, colw, [16, 15, 15, 15], cells, size=8.5)
cv.text(L, y + 12, "注）差押件数は本年度４月から２月末までの累計。滞納者数は各年２月末時点の実人数（国民健康保険税は世帯数）。", 7.8)
cv.text(L, 815, "－４－", 9, align="c", w=W)

# ================================================================ page 5: 地域別 + 2段組
p = cv.new_page()
pg = 5
cv.text(L, 60, "５　地域別の収納状況（国民健康保険税　現年課税分、令和６年２月末現在）", 11.5)
cv.text(L, 74, "（単位：千円、％）", 8.5, align="r", w=W)
AREAS = [("庄原", 0.452, 88.10, 87.62), ("西城", 0.098, 90.12, 89.80), ("東城", 0.232, 88.05, 87.97),
         ("口和", 0.052, 91.40, 90.55), ("高野", 0.061, 89.33, 89.71), ("比和", 0.038, 90.86, 90.12), ("総領", 0.067, 87.20, 86.48)]
K = D["国民健康保険税"]["now"]
KP = D["国民健康保険税"]["prev"]
asm = [round(K["ca"] * s) for _, s, _, _ in AREAS]
asm[0] += K["ca"] - sum(asm)
col = [round(a * r / 100) for a, (_, _, r, _) in zip(asm, AREAS)]
col[0] += K["cc"] - sum(col)
fh = (0.85, 0.89, 0.94)
colw = [26, 60, 80, 80, 66, 74, 74]
cells = [{"r": 0, "c": 0, "rs": 2 + len(AREAS) + 1, "text": "国民健康保険税", "vertical": True, "align": "c", "fill": (0.93, 0.93, 0.93)},
         {"r": 0, "c": 1, "rs": 2, "text": "地域", "align": "c", "fill": fh},
         {"r": 0, "c": 2, "cs": 3, "text": "本年度（令和５年度）", "align": "c", "fill": fh},
         {"r": 0, "c": 5, "rs": 2, "text": "前年同期\n収納率", "align": "c", "fill": fh},
         {"r": 0, "c": 6, "rs": 2, "text": "差\n（ポイント）", "align": "c", "fill": fh}]
for i, t in enumerate(["調定額", "収入済額", "収納率"]):
    cells.append({"r": 1, "c": 2 + i, "text": t, "align": "c", "fill": fh})
for i, ((nm, _, _, prev), a, c_) in enumerate(zip(AREAS, asm, col)):
    rr = 2 + i
    rt = rate(c_, a)
    d = round(rt - prev, 2)
    vals = [comma(a), comma(c_), f2(rt), f2(prev), tri(d, "▲", f2)]
    cells.append({"r": rr, "c": 1, "text": nm, "align": "c"})
    for j, t in enumerate(vals):
        cells.append({"r": rr, "c": 2 + j, "text": t, "align": "r"})
    G.fact(5, "国民健康保険税", "国民健康保険税", FY, "本年度（令和５年度）", "current", "assessed", "interim", a * 1000, "yen", vals[0], as_of=ASOF, area=nm)
    G.fact(5, "国民健康保険税", "国民健康保険税", FY, "本年度（令和５年度）", "current", "collected", "interim", c_ * 1000, "yen", vals[1], as_of=ASOF, area=nm)
    G.fact(5, "国民健康保険税", "国民健康保険税", FY, "本年度（令和５年度）", "current", "collection_rate", "interim", rt, "percent", vals[2], as_of=ASOF, area=nm)
    G.fact(5, "国民健康保険税", "国民健康保険税", PFY, "前年同期", "current", "collection_rate", "interim", prev, "percent", vals[3], as_of=ASOF_PREV, area=nm)
    G.fact(5, "国民健康保険税", "国民健康保険税", FY, "本年度（令和５年度）", "current", "difference", "interim", d, "points", vals[4], as_of=ASOF, area=nm)
rr = 2 + len(AREAS)
d = round(K["rate_c"] - KP["rate_c"], 2)
vals = [comma(K["ca"]), comma(K["cc"]), f2(K["rate_c"]), f2(KP["rate_c"]), tri(d, "▲", f2)]
cells.append({"r": rr, "c": 1, "text": "計", "align": "c", "fill": (0.95, 0.95, 0.95)})
for j, t in enumerate(vals):
    cells.append({"r": rr, "c": 2 + j, "text": t, "align": "r", "fill": (0.95, 0.95, 0.95)})
G.fact(5, "国民健康保険税", "国民健康保険税", FY, "本年度（令和５年度）", "current", "assessed", "interim", K["ca"] * 1000, "yen", vals[0], as_of=ASOF)
G.fact(5, "国民健康保険税", "国民健康保険税", FY, "本年度（令和５年度）", "current", "collected", "interim", K["cc"] * 1000, "yen", vals[1], as_of=ASOF)
G.fact(5, "国民健康保険税", "国民健康保険税", FY, "本年度（令和５年度）", "current", "collection_rate", "interim", K["rate_c"], "percent", vals[2], as_of=ASOF)
G.fact(5, "国民健康保険税", "国民健康保険税", PFY, "前年同期", "current", "collection_rate", "interim", KP["rate_c"], "percent", vals[3], as_of=ASOF_PREV)
G.fact(5, "国民健康保険税", "国民健康保険税", FY, "本年度（令和５年度）", "current", "difference", "interim", d, "points", vals[4], as_of=ASOF)
y = cv.grid(L, 80, colw, [15, 15] + [15] * (len(AREAS) + 1), cells, size=8.5)
cv.text(L, y + 12, "注）地域は旧市町の区域による。各支所で受け付けた納付を含む。", 7.8)

# two-column text
y += 36
cv.text(L, y, "６　年度末に向けた取組方針", 11.5)
y += 10
cv.line((L, y), (R, y), width=0.5)
gap = 18
cw_ = (W - gap) / 2
KK = D["国民健康保険税"]
left = (f"市税は、２月末現在で現年課税分の収納率が{f2(Z['rate_c'])}％となり、前年同期を上回って推移している。"
        f"年度末の現年課税分の収納率は{f2(YE['市税']['est'][0])}％程度を見込んでおり、目標の{f2(YE['市税']['tgt'][0])}％には"
        "わずかに届かない見通しである。このため、３月を滞納整理の強化月間と位置付け、給与及び預貯金の差押えを集中的に"
        "実施するとともに、出納整理期間中も催告を継続する。")
right = (f"国民健康保険税は、現年課税分の収納率が{f2(K['rate_c'])}％で、前年同期比{f2(d)}ポイントの上昇となった。"
         f"地域別では口和地域が{f2(rate(col[3], asm[3]))}％と最も高く、総領地域は{f2(rate(col[6], asm[6]))}％にとどまっている。"
         "被保険者の減少により調定額は減少傾向にあるが、滞納世帯の多くが市税も滞納していることから、"
         "税務課と保険課の合同による納付相談会を３月に開催する。")
y1 = cv.para(L, y + 18, cw_, left, 9.5, indent=9.5)
y2 = cv.para(L + cw_ + gap, y + 18, cw_, right, 9.5, indent=9.5)
KA, KAP = D["介護保険料"]["now"], D["介護保険料"]["prev"]
HO = D["保育所保育料"]["now"]
left2 = (f"介護保険料は、現年度分の収納率が{f2(KA['rate_c'])}％（前年同期{f2(KAP['rate_c'])}％）で、ほぼ前年並みで推移している。"
         "未納者の多くは年金の受給開始前の普通徴収の方であることから、６５歳到達時の案内を見直し、"
         "口座振替の申込みを初回の納入通知書の送付と同時に受け付ける。")
right2 = (f"保育所保育料は、過年度分の収納率が{f2(HO['rate_a'])}％と低い水準にあるが、収入未済額の大半は卒園児の世帯に係るものである。"
          "在園児の世帯については児童手当からの徴収を引き続き勧め、新たな滞納の発生を抑制する。")
y1 = cv.para(L, y1 + 6, cw_, left2, 9.5, indent=9.5)
y2 = cv.para(L + cw_ + gap, y2 + 6, cw_, right2, 9.5, indent=9.5)
G.fact(5, "介護保険料", "介護保険料", FY, "２月末現在", "current", "collection_rate", "interim", KA["rate_c"], "percent", f"{f2(KA['rate_c'])}％（", as_of=ASOF)
G.fact(5, "介護保険料", "介護保険料", PFY, "前年同期", "current", "collection_rate", "interim", KAP["rate_c"], "percent", f"前年同期{f2(KAP['rate_c'])}％", as_of=ASOF_PREV)
G.fact(5, "保育所保育料", "保育所保育料", FY, "２月末現在", "arrears", "collection_rate", "interim", HO["rate_a"], "percent", f"{f2(HO['rate_a'])}％と", as_of=ASOF)
cv.line((L + cw_ + gap / 2, y + 6), (L + cw_ + gap / 2, max(y1, y2) - 8), color=(0.6, 0.6, 0.6), width=0.4)
G.fact(5, "市税", "市税", FY, "２月末現在", "current", "collection_rate", "interim", Z["rate_c"], "percent", f"{f2(Z['rate_c'])}％となり", as_of=ASOF)
G.fact(5, "市税", "市税", FY, "年度末", "current", "collection_rate", "estimate", YE["市税"]["est"][0], "percent", f"{f2(YE['市税']['est'][0])}％程度", approx=True)
G.fact(5, "市税", "市税", FY, "年度末", "current", "collection_rate", "target", YE["市税"]["tgt"][0], "percent", f"目標の{f2(YE['市税']['tgt'][0])}％")
G.fact(5, "国民健康保険税", "国民健康保険税", FY, "２月末現在", "current", "collection_rate", "interim", K["rate_c"], "percent", f"{f2(K['rate_c'])}％で", as_of=ASOF)
G.fact(5, "国民健康保険税", "国民健康保険税", FY, "２月末現在", "current", "difference", "interim", d, "points", f"前年同期比{f2(d)}ポイント", as_of=ASOF)
G.fact(5, "国民健康保険税", "国民健康保険税", FY, "２月末現在", "current", "collection_rate", "interim", rate(col[3], asm[3]), "percent", f"口和地域が{f2(rate(col[3], asm[3]))}％", as_of=ASOF, area="口和")
G.fact(5, "国民健康保険税", "国民健康保険税", FY, "２月末現在", "current", "collection_rate", "interim", rate(col[6], asm[6]), "percent", f"総領地域は{f2(rate(col[6], asm[6]))}％", as_of=ASOF, area="総領")
cv.text(L, 815, "－５－", 9, align="c", w=W)

dst = PDF_DIR / f"{STEM}.pdf"
cv.save(dst)
n = pdf_pages(dst)
assert n == 5
G.write(dst, n)
print(STEM, n, "pages", len(G.facts), "facts", len(G.inits), "initiatives")
