"""筑後市 債権管理対策会議 資料 (committee_material) — drawn directly with PyMuPDF. Run from corpus/frozen50."""
import sys
sys.path.insert(0, "build")
from qq_lib import Canvas, Doc, c, r, zen, ROOT

STEM = "qq_chikugo_committee_1"
D = Doc(STEM, "committee_material", "committee", "筑後市", "令和7年度 第1回筑後市債権管理対策会議 資料",
        "2025-07-28", "令和7年7月28日")
K = 1000
GRAY = (0.85, 0.85, 0.85)
LIGHT = (0.94, 0.94, 0.94)

# 会計, full name, short name, 所管課, 区分, 現年調定, 現年率目安, 滞繰調定, 滞繰率目安, 不納欠損 (千円)
DEBTS = [
    ("一般会計", "市税", "市税", "税務課", "強制徴収公債権", 5123456, 99.12, 198765, 24.8, 9876),
    ("一般会計", "保育所保育料", "保育料", "こども未来課", "強制徴収公債権", 312450, 98.6, 14230, 31.2, 512),
    ("一般会計", "市営住宅使用料", "住宅使用料", "都市計画課", "私債権", 268900, 97.4, 38760, 18.5, 1240),
    ("一般会計", "学校給食費", "給食費", "学校教育課", "私債権", 245300, 99.3, 6840, 27.9, 185),
    ("特別会計", "国民健康保険税", "国保税", "保険年金課", "強制徴収公債権", 1234560, 95.7, 245670, 21.4, 15430),
    ("特別会計", "介護保険料", "介護料", "高齢支援課", "強制徴収公債権", 987650, 99.0, 24560, 19.8, 3210),
    ("特別会計", "後期高齢者医療保険料", "後期高齢", "保険年金課", "強制徴収公債権", 498760, 99.5, 5430, 35.6, 420),
]


def fig(a, rate):
    col = round(a * rate / 100)
    return a, col, round(col / a * 100, 2)


R6 = {}
for acc, full, short, ka, kb, ca, cr, aa, ar, wo in DEBTS:
    cur = fig(ca, cr)
    arr = fig(aa, ar)
    ta, tc = cur[0] + arr[0], cur[1] + arr[1]
    R6[full] = dict(cur=cur, arr=arr, tot=(ta, tc, round(tc / ta * 100, 2)), wo=wo, out=ta - tc - wo)

cv = Canvas()


def footer(p, n, land=False):
    w = 842 if land else 595
    h = 595 if land else 842
    cv.text(p, 0, h - 24, f"- {n} -", 9, align="c", w=w)
    cv.text(p, 0, 28, "令和7年度第1回 債権管理対策会議 資料", 8, color=(0.3, 0.3, 0.3), align="r", w=w - 40)


# ---------------------------------------------------------------- page 1
p = cv.page()
footer(p, 1)
cv.text(p, 0, 80, "令和７年度 第１回 筑後市債権管理対策会議", 16, align="c", w=595)
cv.text(p, 0, 104, "次　第", 14, align="c", w=595)
cv.text(p, 380, 130, "令和７年７月２８日（月）　午後２時〜", 9.5)
cv.text(p, 380, 144, "筑後市役所　第１会議室", 9.5)
y = 170
for s in ["１　開会", "２　議題", "（１）令和６年度決算における債権の状況について　………　資料１",
          "（２）主要債権の取組個票について　………………………………　資料２",
          "（３）令和７年度 債権管理の取組スケジュールについて　………　資料３", "３　その他", "４　閉会"]:
    cv.text(p, 70 if s[0] != "（" else 90, y, s, 10.5)
    y += 19
y += 8
cv.text(p, 56, y, "資料１　令和６年度決算における債権の状況", 12)
y += 12
tot_a = sum(v["tot"][0] for v in R6.values())
tot_c = sum(v["tot"][1] for v in R6.values())
tot_wo = sum(v["wo"] for v in R6.values())
tot_out = tot_a - tot_c - tot_wo
tot_rate = round(tot_c / tot_a * 100, 2)
prev_out = tot_out + 23104  # 令和5年度 収入未済額 (千円)
prev_rate = round(tot_rate - 0.42, 2)
man = lambda k: round(k * K / 10_000_00) * 10_000_00  # round yen to 百万 -> printed as 万円 with 十万 precision
out_man = round(tot_out / 10)  # 万円
diff_man = round((prev_out - tot_out) / 10)


def oku_man(m):  # 41230 万円 -> 4億1,230万円
    o, rest = divmod(m, 10000)
    return f"{o}億{rest:,}万円" if o else f"{rest:,}万円"


out_m10 = round(tot_out / 100) * 10  # 万円, rounded to 10万
diff_m10 = round((prev_out - tot_out) / 100) * 10
s1 = (f"　令和６年度決算における市全体（７債権）の収入未済額は約{oku_man(out_m10)}で、前年度から約{diff_m10:,}万円の減少"
      f"となりました。全体の収納率は{tot_rate:.2f}％で、前年度比0.42ポイント上昇しています。")
y = cv.para(p, 60, y + 4, 475, s1, 10.5)
D.f(1, f"約{oku_man(out_m10)}", out_m10 * 10000, "yen", "outstanding", "total", "actual", 2024, "令和６年度", None, None, True)
D.f(1, f"約{diff_m10:,}万円", -diff_m10 * 10000, "yen", "difference", "total", "actual", 2024, "令和６年度", None, None, True)
D.f(1, f"{tot_rate:.2f}％", tot_rate, "percent", "collection_rate", "total", "actual", 2024, "令和６年度", None)
D.f(1, "0.42ポイント", 0.42, "points", "difference", "total", "actual", 2024, "令和６年度", None)
# panels
y += 10
oku1 = round(tot_out / 100000, 1)
wo_man = round(tot_wo / 10)
panels = [("収納率（令和6年度）", f"{tot_rate:.2f}％", "前年度比＋0.42ポイント"),
          ("収入未済額（令和6年度）", f"約{oku1}億円", f"前年度 約{round(prev_out / 100000, 1)}億円"),
          ("不納欠損額（令和6年度）", f"{wo_man:,}万円", "7債権の合計")]
for k, (lab, val, sub) in enumerate(panels):
    x0 = 60 + k * 160
    cv.box(p, (x0, y, x0 + 150, y + 64), fill=LIGHT)
    cv.text(p, x0, y + 16, lab, 9, align="c", w=150)
    cv.text(p, x0, y + 40, val, 15, align="c", w=150)
    cv.text(p, x0, y + 56, sub, 8, align="c", w=150)
D.f(1, f"{tot_rate:.2f}％", tot_rate, "percent", "collection_rate", "total", "actual", 2024, "令和6年度", None)
D.f(1, "＋0.42ポイント", 0.42, "points", "difference", "total", "actual", 2024, "令和6年度", None)
D.f(1, f"約{oku1}億円", round(oku1 * 1e8), "yen", "outstanding", "total", "actual", 2024, "令和6年度", None, None, True)
D.f(1, f"約{round(prev_out / 100000, 1)}億円", round(round(prev_out / 100000, 1) * 1e8), "yen", "outstanding", "total",
    "actual", 2023, "前年度", None, None, True)
D.f(1, f"{wo_man:,}万円", wo_man * 10000, "yen", "written_off", "total", "actual", 2024, "令和6年度", None, "7債権の合計")
y += 80
# 【参考】 box
st = R6["市税"]
kk = R6["国民健康保険税"]
lines = ["【参考】令和６年度 主な債権の収納率",
         f"・市税（現年課税分）の収納率：{st['cur'][2]:.2f}％",
         f"・市税（滞納繰越分）の収納率：{st['arr'][2]:.2f}％",
         f"・国民健康保険税（滞納繰越分）の収納率：{kk['arr'][2]:.2f}％"]
cv.box(p, (60, y, 535, y + 18 * len(lines) + 8))
for k, s in enumerate(lines):
    cv.text(p, 72, y + 18 + 18 * k, s, 10)
D.f(1, f"{st['cur'][2]:.2f}％", st['cur'][2], "percent", "collection_rate", "current", "actual", 2024, "令和６年度", "市税")
D.f(1, f"{st['arr'][2]:.2f}％", st['arr'][2], "percent", "collection_rate", "arrears", "actual", 2024, "令和６年度", "市税")
D.f(1, f"{kk['arr'][2]:.2f}％", kk['arr'][2], "percent", "collection_rate", "arrears", "actual", 2024, "令和６年度",
    "国民健康保険税")

# ---------------------------------------------------------------- page 2 (landscape)
p = cv.page(landscape=True)
footer(p, 2, True)
cv.text(p, 40, 60, "資料１（続）　債権別収納状況一覧（令和６年度決算）", 13)
cv.text(p, 0, 78, "（単位：千円、％）", 9, align="r", w=802)
H = lambda t, **k: dict(t=t, fill=GRAY, al="c", **k)
rows = [[H("債権名", rs=2), H("現年度分", cs=3), H("滞納繰越分", cs=3), H("合　計", cs=3), H("不納欠損額", rs=2),
         H("収入未済額", rs=2)],
        [H("調定額"), H("収入済額"), H("収納率"), H("調定額"), H("収入済額"), H("収納率"), H("調定額"), H("収入済額"),
         H("収納率")]]


def numrow(label, cur, arr, tot, wo, out, fill=None, bold=False):
    cells = [dict(t=label, fill=fill)]
    for a, cc, rt in (cur, arr, tot):
        cells += [dict(t=c(a), al="r", fill=fill), dict(t=c(cc), al="r", fill=fill), dict(t=f"{rt:.2f}", al="r", fill=fill)]
    cells += [dict(t=c(wo), al="r", fill=fill), dict(t=c(out), al="r", fill=fill)]
    return cells


def facts_row(page, debt, raw_label, cur, arr, tot, wo, out):
    for seg, (a, cc, rt) in (("current", cur), ("arrears", arr), ("total", tot)):
        D.f(page, c(a), a * K, "yen", "assessed", seg, "actual", 2024, "令和６年度決算", debt, raw_label)
        D.f(page, c(cc), cc * K, "yen", "collected", seg, "actual", 2024, "令和６年度決算", debt, raw_label)
        D.f(page, f"{rt:.2f}", rt, "percent", "collection_rate", seg, "actual", 2024, "令和６年度決算", debt, raw_label)
    D.f(page, c(wo), wo * K, "yen", "written_off", "total", "actual", 2024, "令和６年度決算", debt, raw_label)
    D.f(page, c(out), out * K, "yen", "outstanding", "total", "actual", 2024, "令和６年度決算", debt, raw_label)


def agg(names):
    cur = [sum(R6[n]["cur"][i] for n in names) for i in (0, 1)]
    arr = [sum(R6[n]["arr"][i] for n in names) for i in (0, 1)]
    tot = [cur[0] + arr[0], cur[1] + arr[1]]
    wo = sum(R6[n]["wo"] for n in names)
    f3 = lambda v: (v[0], v[1], round(v[1] / v[0] * 100, 2))
    return f3(cur), f3(arr), f3(tot), wo, tot[0] - tot[1] - wo


for acc, lab in (("一般会計", "一般会計計"), ("特別会計", "特別会計計")):
    rows.append([dict(t=f"【{acc}】", cs=12, fill=LIGHT)])
    names = [d[1] for d in DEBTS if d[0] == acc]
    for d in DEBTS:
        if d[0] != acc:
            continue
        v = R6[d[1]]
        rows.append(numrow(d[2], v["cur"], v["arr"], v["tot"], v["wo"], v["out"]))
        facts_row(2, d[1], d[2], v["cur"], v["arr"], v["tot"], v["wo"], v["out"])
    a = agg(names)
    rows.append(numrow(lab, *a, fill=LIGHT))
    facts_row(2, None, lab, *a)
a = agg([d[1] for d in DEBTS])
assert a[4] == tot_out and a[2][2] == tot_rate
rows.append(numrow("総　計", *a, fill=GRAY))
facts_row(2, None, "総計", *a)
yb = cv.table(p, 40, 86, [84] + [64, 64, 40] * 3 + [60, 66], rows, rh=19, size=8.5)
notes = ["（注１）債権名の略称　国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、",
         "　　　　住宅使用料＝市営住宅使用料、給食費＝学校給食費",
         "（注２）収納率＝収入済額÷調定額×100（小数点以下第３位を四捨五入）",
         f"※ 市税の収入未済額のうち滞納繰越分 {c(st['arr'][0] - st['arr'][1] - st['wo'])}千円"]
for k, s in enumerate(notes):
    cv.text(p, 44, yb + 16 + 14 * k, s, 8.5)
D.f(2, f"{c(st['arr'][0] - st['arr'][1] - st['wo'])}千円", (st['arr'][0] - st['arr'][1] - st['wo']) * K, "yen",
    "outstanding", "arrears", "actual", 2024, "令和６年度決算", "市税")

# ---------------------------------------------------------------- 個票 pages
YEARS = [2021, 2022, 2023, 2024]


def history(full, factors, deltas, wos):
    v = R6[full]
    out = {}
    rates = [v["tot"][2] + d for d in deltas]
    for y, f, rt, wo in zip(YEARS[:3], factors, rates, wos):
        a = round(v["tot"][0] * f)
        cc = round(a * rt / 100)
        out[y] = (a, cc, wo, a - cc - wo, round(cc / a * 100, 2))
    out[2024] = (v["tot"][0], v["tot"][1], v["wo"], v["out"], v["tot"][2])
    return out


def strip(p, y, full, ka, kb, law):
    return cv.table(p, 50, y, [70, 150, 60, 215],
                    [[dict(t="債権名", fill=GRAY, al="c"), dict(t=full), dict(t="所管課", fill=GRAY, al="c"), dict(t=ka)],
                     [dict(t="債権区分", fill=GRAY, al="c"), dict(t=kb), dict(t="根拠法令", fill=GRAY, al="c"), dict(t=law)]],
                    rh=20, size=10)


def inits_block(p, y, debt, section, items, x=60, width=470):
    cv.text(p, 50, y + 10, section, 11.5)
    y += 18
    for lab, txt, tag in items:
        s = f"{lab}{txt}" + (f"【{tag}】" if tag and not tag.startswith("\n") else "")
        y = cv.para(p, x, y, width, s, 10, indent2=12)
        if tag and tag.startswith("\n"):
            cv.text(p, x + 12, y + 10, f"【{tag[1:]}】", 10)
            y += 16
        D.i(cv.doc.page_count, debt, 2025, section.split("　", 1)[-1], lab.strip(), txt,
            tag.strip() if tag else None)
        y += 2
    return y


def sheet_years(p, pg, y, full, hist, yraws, ylab_short, rules="grid"):
    hdr = [dict(t="区分", fill=GRAY, al="c")] + [dict(t=yr, fill=GRAY, al="c") for yr in ylab_short] + \
          [dict(t="前年度比増減", fill=GRAY, al="c")]
    rows = [hdr]
    labels = [("調定額", "assessed", 0), ("収入済額", "collected", 1), ("不納欠損額", "written_off", 2),
              ("収入未済額", "outstanding", 3)]
    for lab, met, i in labels:
        vals = [hist[yy][i] for yy in YEARS]
        d = vals[3] - vals[2]
        rows.append([lab] + [dict(t=c(v), al="r") for v in vals] + [dict(t=c(d), al="r")])
        for yy, v, yr in zip(YEARS, vals, yraws):
            D.f(pg, c(v), v * K, "yen", met, "total", "actual", yy, yr, full)
        D.f(pg, c(d), d * K, "yen", "difference", "total", "actual", 2024, yraws[3], full)
    rts = [hist[yy][4] for yy in YEARS]
    dpt = round(rts[3] - rts[2], 2)
    rows.append(["収納率（％）"] + [dict(t=f"{v:.2f}", al="r") for v in rts] + [dict(t=r(dpt, 2), al="r")])
    for yy, v, yr in zip(YEARS, rts, yraws):
        D.f(pg, f"{v:.2f}", v, "percent", "collection_rate", "total", "actual", yy, yr, full)
    D.f(pg, r(dpt, 2), dpt, "points", "difference", "total", "actual", 2024, yraws[3], full)
    return cv.table(p, 50, y, [90, 80, 80, 80, 80, 85], rows, rh=19, size=9, rules=rules)


def targets(p, pg, y, full, hist, trows, yraw_fmt):
    rows = [[dict(t="年度", fill=GRAY, al="c"), dict(t="目標収納率", fill=GRAY, al="c"), dict(t="実績収納率", fill=GRAY, al="c"),
             dict(t="達成率", fill=GRAY, al="c")]]
    for yy, tgt in trows:
        act = hist[yy][4]
        ach = round(act / tgt * 100, 1)
        yr = yraw_fmt(yy)
        rows.append([dict(t=yr, al="c"), dict(t=f"{tgt:.2f}％", al="r"), dict(t=f"{act:.2f}％", al="r"),
                     dict(t=f"{ach:.1f}％", al="r")])
        D.f(pg, f"{tgt:.2f}％", tgt, "percent", "collection_rate", "total", "target", yy, yr, full)
        D.f(pg, f"{act:.2f}％", act, "percent", "collection_rate", "total", "actual", yy, yr, full)
        D.f(pg, f"{ach:.1f}％", ach, "percent", "achievement_rate", "total", "actual", yy, yr, full)
    return cv.table(p, 50, y, [90, 100, 100, 80], rows, rh=18, size=9.5)


# --- 個票1 市税 (page 3)
p = cv.page()
footer(p, 3)
cv.text(p, 50, 62, "資料２　主要債権の取組個票", 13)
cv.text(p, 460, 62, "個票 No.１", 10)
y = strip(p, 74, "市税", "税務課", "強制徴収公債権", "地方税法")
cv.text(p, 50, y + 24, "１　収納状況の推移", 11.5)
cv.text(p, 0, y + 24, "（単位：千円）", 9, align="r", w=545)
h1 = history("市税", [0.985, 0.992, 0.996], [-0.95, -0.71, -0.38], [14210, 12650, 11020])
yr1 = ["令和３年度", "令和４年度", "令和５年度", "令和６年度"]
y = sheet_years(p, 3, y + 30, "市税", h1, yr1, ["令和３年度\n決算", "令和４年度\n決算", "令和５年度\n決算", "令和６年度\n決算"])
cv.text(p, 50, y + 24, "２　目標と実績", 11.5)
y = targets(p, 3, y + 30, "市税", h1, [(2023, 96.20), (2024, 96.50)], lambda yy: f"令和{zen(yy - 2018)}年度")
t7c, t7a = 99.20, 26.00
s = f"令和７年度目標　現年課税分 {t7c:.2f}％　滞納繰越分 {t7a:.2f}％"
cv.box(p, (50, y + 10, 545, y + 32), fill=LIGHT)
cv.text(p, 60, y + 26, s, 10.5)
D.f(3, f"{t7c:.2f}％", t7c, "percent", "collection_rate", "current", "target", 2025, "令和７年度", "市税")
D.f(3, f"{t7a:.2f}％", t7a, "percent", "collection_rate", "arrears", "target", 2025, "令和７年度", "市税")
y += 44
y = inits_block(p, y, "市税", "３　主な取組", [
    ("①", "現年度分の未納者には、納期限後20日以内に督促状を送付し、早期の自主納付を促す。", "継続"),
    ("②", "預貯金・給与等の財産調査を徹底し、納付資力がありながら納付のない滞納者には速やかに差押えを執行する。", "継続"),
    ("③", "スマートフォン決済アプリによる納付を周知し、若年層の納付機会を拡大する。", "拡充"),
    ("④", "高額・困難案件は福岡県との共同徴収の対象に選定し、滞納額の圧縮を図る。", "\n新規"),
])
out5, out6 = h1[2023][3], h1[2024][3]
assert out6 < out5
cv.text(p, 50, y + 14, "４　現状と課題", 11.5)
txt = (f"令和６年度末の収入未済額は{c(out6)}千円で、前年度より{c(out5 - out6)}千円減少した。現年度分の収納率は高水準を"
       "維持しているが、滞納繰越分は少額分割納付の案件が多く、完納まで長期化する傾向にある。")
y = cv.table(p, 50, y + 20, [495], [[dict(t=txt, sz=10)]], rh=20)
D.f(3, f"{c(out6)}千円", out6 * K, "yen", "outstanding", "total", "actual", 2024, "令和６年度", "市税")
D.f(3, f"{c(out5 - out6)}千円", -(out5 - out6) * K, "yen", "difference", "total", "actual", 2024, "令和６年度", "市税")

# --- 個票2 国民健康保険税 (page 4)
p = cv.page()
footer(p, 4)
cv.text(p, 50, 62, "資料２　主要債権の取組個票", 13)
cv.text(p, 460, 62, "個票 No.２", 10)
y = strip(p, 74, "国民健康保険税", "保険年金課", "強制徴収公債権", "地方税法")
cv.text(p, 50, y + 24, "１　現年・滞繰別の収納状況", 11.5)
cv.text(p, 0, y + 24, "（単位：千円、％）", 9, align="r", w=545)
kk5 = {"cur": (1221870, 1166890), "arr": (258930, 50210)}
kk5 = {k: (a, cc, round(cc / a * 100, 2)) for k, (a, cc) in kk5.items()}
kk5["tot"] = (kk5["cur"][0] + kk5["arr"][0], kk5["cur"][1] + kk5["arr"][1],
              round((kk5["cur"][1] + kk5["arr"][1]) / (kk5["cur"][0] + kk5["arr"][0]) * 100, 2))
rows = [[H("区分", cs=2, rs=3), H("決　算", cs=6)],
        [H("R5", cs=3), H("R6", cs=3)],
        [H("調定額"), H("収入済額"), H("収納率"), H("調定額"), H("収入済額"), H("収納率")]]
for k, (seg, lab) in enumerate((("cur", "現年"), ("arr", "滞繰"), ("tot", "計"))):
    row = [dict(t="国保税", rs=3, v=True, fill=LIGHT)] if k == 0 else []
    row.append(dict(t=lab, al="c"))
    for yy, src in ((2023, kk5), (2024, R6["国民健康保険税"])):
        a, cc, rt = src[seg]
        row += [dict(t=c(a), al="r"), dict(t=c(cc), al="r"), dict(t=f"{rt:.2f}", al="r")]
        sg = {"cur": "current", "arr": "arrears", "tot": "total"}[seg]
        yr = "R5" if yy == 2023 else "R6"
        D.f(4, c(a), a * K, "yen", "assessed", sg, "actual", yy, yr, "国民健康保険税", "国保税")
        D.f(4, c(cc), cc * K, "yen", "collected", sg, "actual", yy, yr, "国民健康保険税", "国保税")
        D.f(4, f"{rt:.2f}", rt, "percent", "collection_rate", sg, "actual", yy, yr, "国民健康保険税", "国保税")
    rows.append(row)
y = cv.table(p, 50, y + 30, [30, 45, 72, 72, 45, 72, 72, 45], rows, rh=22, size=9)
cv.text(p, 50, y + 12, "（注）国保税＝国民健康保険税。R5＝令和５年度、R6＝令和６年度。", 8.5)
y += 20
cv.text(p, 50, y + 22, "２　滞納の状況（令和６年度末）", 11.5)
hh5, hh6, sz5, sz6 = 1402, 1318, 188, 231
rows = [[H("項目"), H("前年度"), H("本年度"), H("増減")],
        ["滞納世帯数", dict(t=f"{hh5:,}世帯", al="r"), dict(t=f"{hh6:,}世帯", al="r"), dict(t=f"△{hh5 - hh6}世帯", al="r")],
        ["差押件数", dict(t=f"{sz5}件", al="r"), dict(t=f"{sz6}件", al="r"), dict(t=f"{sz6 - sz5}件", al="r")]]
y = cv.table(p, 50, y + 28, [110, 100, 100, 100], rows, rh=19, size=9.5)
D.f(4, f"{hh5:,}世帯", hh5, "households", "delinquents", "total", "actual", 2023, "前年度", "国民健康保険税")
D.f(4, f"{hh6:,}世帯", hh6, "households", "delinquents", "total", "actual", 2024, "本年度", "国民健康保険税")
D.f(4, f"{sz5}件", sz5, "cases", "seizures", "total", "actual", 2023, "前年度", "国民健康保険税")
D.f(4, f"{sz6}件", sz6, "cases", "seizures", "total", "actual", 2024, "本年度", "国民健康保険税")
t7c, t7a = 96.00, 23.00
cv.text(p, 50, y + 22, "３　令和７年度の数値目標", 11.5)
y = cv.table(p, 50, y + 28, [140, 100, 140, 100],
             [[H("現年度分 目標収納率"), dict(t=f"{t7c:.2f}％", al="r"), H("滞納繰越分 目標収納率"), dict(t=f"{t7a:.2f}％", al="r")]],
             rh=20, size=9.5)
D.f(4, f"{t7c:.2f}％", t7c, "percent", "collection_rate", "current", "target", 2025, "令和７年度", "国民健康保険税")
D.f(4, f"{t7a:.2f}％", t7a, "percent", "collection_rate", "arrears", "target", 2025, "令和７年度", "国民健康保険税")
cv.text(p, 50, y + 22, "４　令和７年度の取組", 11.5)
items = [("(1)", "口座振替の原則化を進め、新規加入世帯には加入手続時に口座振替の申込みを勧奨する。", "継続"),
         ("(2)", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を確認する。", "継続"),
         ("(3)", "資格喪失世帯の未納分について、喪失後３か月以内に文書と電話による催告を行う。", "新規"),
         ("(4)", "差押えた動産・自動車をインターネット公売により換価し、滞納額に充当する。", "拡充")]
y0 = y + 30
yy_ = y0 + 6
for lab, t, tag in items:
    yy_ = cv.para(p, 62, yy_, 465, f"{lab}{t}【{tag}】", 10, indent2=16) + 2
    D.i(4, "国民健康保険税", 2025, "令和７年度の取組", lab, t, tag)
cv.box(p, (50, y0, 545, yy_ + 4))

# --- 個票3 市営住宅使用料 (page 5)
p = cv.page()
footer(p, 5)
cv.text(p, 50, 62, "資料２　主要債権の取組個票", 13)
cv.text(p, 460, 62, "個票 No.３", 10)
y = strip(p, 74, "市営住宅使用料", "都市計画課", "私債権", "公営住宅法・市営住宅条例")
cv.text(p, 50, y + 24, "１　収納状況の推移（単位：千円）", 11.5)
h3 = history("市営住宅使用料", [1.012, 1.006, 1.003], [-1.6, -1.1, -0.7], [1810, 1530, 1390])
yr3 = ["2021年度", "2022年度", "2023年度", "2024年度"]
y = sheet_years(p, 5, y + 30, "市営住宅使用料", h3, yr3, yr3, rules="hlines")
cv.text(p, 50, y + 22, "２　滞納者の状況", 11.5)
v = R6["市営住宅使用料"]
arr_out = v["arr"][0] - v["arr"][1] - v["wo"]
cur_out = v["cur"][0] - v["cur"][1]
rows = [[H("区分"), H("滞納者数"), H("収入未済額（千円）"), H("備考")],
        ["現年度分", dict(t="86人", al="r"), dict(t=c(cur_out), al="r"), "退去者分を含む"],
        ["滞納繰越分", dict(t="112人", al="r"), dict(t=c(arr_out), al="r"), f"不納欠損額 {c(v['wo'])}千円を控除後"],
        ]
y = cv.table(p, 50, y + 28, [90, 80, 120, 205], rows, rh=19, size=9.5)
D.f(5, f"{c(v['wo'])}千円", v["wo"] * K, "yen", "written_off", "arrears", "actual", 2024, "2024年度", "市営住宅使用料")
D.f(5, "86人", 86, "persons", "delinquents", "current", "actual", 2024, "2024年度", "市営住宅使用料")
D.f(5, "112人", 112, "persons", "delinquents", "arrears", "actual", 2024, "2024年度", "市営住宅使用料")
D.f(5, c(cur_out), cur_out * K, "yen", "outstanding", "current", "actual", 2024, "2024年度", "市営住宅使用料")
D.f(5, c(arr_out), arr_out * K, "yen", "outstanding", "arrears", "actual", 2024, "2024年度", "市営住宅使用料")
cv.text(p, 50, y + 22, "３　今後の対応", 11.5)
y = inits_block(p, y + 20, "市営住宅使用料", "", [
    ("ア　", "滞納３か月以上の入居者には連帯保証人へも通知し、早期の分納誓約につなげる。", "継続"),
    ("イ　", "滞納が６か月を超え、誠意ある対応がない者には明渡し請求及び支払督促の申立てを行う。", "継続"),
    ("ウ　", "退去滞納者について所在調査を行い、回収見込みのない債権は債権放棄の手続を進める。", "新規"),
])
for it in D.inits[-3:]:
    it["section"] = "今後の対応"

# ---------------------------------------------------------------- page 6 schedule
p = cv.page()
footer(p, 6)
cv.text(p, 50, 62, "資料３　令和７年度 債権管理の取組スケジュール", 13)
sched = [("市税", "税務課", "滞納整理強化月間（11月・2月）の実施", ["実施", "実施", "実施"]),
         ("国民健康保険税", "保険年金課", "コールセンターによる現年度分の電話催告", ["○", "→", "→"]),
         ("保育所保育料", "こども未来課", "児童手当からの特別徴収（申出徴収）の勧奨", ["○", "→", "→"]),
         ("学校給食費", "学校教育課", "公会計化に伴う口座振替の一本化", ["検討", "実施", "→"]),
         ("市営住宅使用料", "都市計画課", "長期滞納者への法的措置（支払督促）", ["実施", "実施", "実施"])]
rows = [[H("No."), H("取組項目"), H("債権名"), H("担当課"), H("R7"), H("R8"), H("R9")]]
for k, (deb, ka, t, marks) in enumerate(sched):
    rows.append([dict(t=str(k + 1), al="c"), t, deb, ka] + [dict(t=m, al="c") for m in marks])
    D.i(6, deb, 2025, "取組スケジュール", str(k + 1), t, None)
y = cv.table(p, 50, 80, [28, 190, 85, 70, 40, 40, 42], rows, rh=22, size=9)
cv.text(p, 50, y + 16, "（凡例）○：着手　→：継続実施　実施：当該年度に実施", 8.5)
cv.text(p, 50, y + 46, "問合せ先　筑後市 総務部 税務課 債権管理担当", 9.5)

cv.save(ROOT / "pdf" / f"{STEM}.pdf")
ok = D.write()
sys.exit(0 if ok else 1)
