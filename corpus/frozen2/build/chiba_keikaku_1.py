"""千葉市債権管理計画（令和7年度～令和9年度） (plan), python-docx -> LibreOffice.

Modelled on 千葉市債権管理に関する基本方針（案）の概要 (https://expydoc.com/doc/7601554/...): 表2 滞納額の推移
(単位：百万) with years as rows and 滞納額全体 | 市税 | 市税以外 columns, 現状と課題 ①②③; the per-debt pages
follow the 債権ごとの取組 pattern of municipal 債権管理計画 (label/value box, segment × period target table).
Figures invented.
"""
from __future__ import annotations

from a_common import OUT, PDF_DIR, Gold, comma, rate, to_pdf
from a_docx import Word

STEM = "chiba_keikaku_1"
g = Gold(STEM)
w = Word(font="IPAexMincho", size=10.5, header="千葉市債権管理計画")
P = w.para

P("千葉市債権管理計画", bold=True, size=18, align="c")
P("（令和7年度～令和9年度）", size=12, align="c")
P("令和7年3月", align="c")
P("千　葉　市", align="c")
P("")
P("1　計画策定の趣旨", bold=True, size=12)
P("本市は、債権管理に関する基本方針及び千葉市債権管理条例に基づき、市税をはじめとする各債権の適正な管理と"
  "収入未済額の縮減に全庁を挙げて取り組んできました。この計画は、これまでの取組の成果と課題を踏まえ、"
  "令和7年度からの3年間に各債権所管課が取り組む目標と具体的な取組を定めるものです。", first=4)
P("2　計画期間", bold=True, size=12)
P("令和7年度から令和9年度までの3年間とします。", first=4)
P("3　債権の現状", bold=True, size=12)
P("本市の債権の収入未済額（滞納額）は、令和5年度末で約218億4,000万円となり、令和元年度末の約262億円から"
  "縮減が進んでいます。このうち市税が約96億円、市税以外が約122億円であり、市税が着実に減少している一方、"
  "市税以外の債権は横ばいで推移しています。", first=4)
g.fact(None, 2023, "令和5年度末", "total", "outstanding", "actual", 21_840_000_000, "yen", "約218億4,000万円",
       approx=True, debt_raw=None)
g.fact(None, 2019, "令和元年度末", "total", "outstanding", "actual", 26_200_000_000, "yen", "約262億円",
       approx=True, debt_raw=None)
g.fact("市税", 2023, "令和5年度末", "total", "outstanding", "actual", 9_600_000_000, "yen", "約96億円", approx=True)
g.fact(None, 2023, "令和5年度末", "total", "outstanding", "actual", 12_200_000_000, "yen", "約122億円", approx=True,
       debt_raw="市税以外")
P("表2　滞納額の推移　　　　　　　　　　　　　　　　　　　　　　　　（単位：百万円）")
hist = [(2019, "R1", 26_204, 14_318), (2020, "R2", 25_117, 13_201), (2021, "R3", 23_986, 11_874),
        (2022, "R4", 22_893, 10_602), (2023, "R5", 21_840, 9_612)]
rows = [["年度", "滞納額全体", "市税", "市税以外"]]
for fy, raw, tot, tax in hist:
    other = tot - tax
    rows.append([raw, comma(tot), comma(tax), comma(other)])
    g.fact(None, fy, raw, "total", "outstanding", "actual", tot * 1_000_000, "yen", comma(tot), debt_raw="滞納額全体",
           anchor="表2")
    g.fact("市税", fy, raw, "total", "outstanding", "actual", tax * 1_000_000, "yen", comma(tax), anchor="表2")
    g.fact(None, fy, raw, "total", "outstanding", "actual", other * 1_000_000, "yen", comma(other),
           debt_raw="市税以外", anchor="表2")
w.table(rows, widths=[25, 40, 40, 40])
P("※ 各年度末（出納整理期間終了後）の収入未済額。企業会計を除く。", size=9)
P("")
P("現状の債権管理には、次のような課題があります。", first=4)
for s in ("①各所管課が独自に対策を行っているため、処理基準が統一されていない。",
          "②債権管理を担う専任職員が十分でない。",
          "③債権回収に関するノウハウが所管課間で共有されていない。"):
    P(s, indent=4)
w.pagebreak()

# ---------------------------------------------------------------- numeric targets
P("4　数値目標", bold=True, size=12)
P("主な債権について、計画期間の最終年度である令和9年度の収納率の目標を次のとおり定めます。", first=4)
P("表3　主な債権の収納率の実績及び目標　　　　　　　　　　　　　　　　（単位：％）")
T = [("市税", 99.21, 99.25, 99.35, 31.42, 32.00, 34.00),
     ("国民健康保険料", 93.86, 94.00, 94.60, 24.57, 25.00, 27.00),
     ("介護保険料", 99.02, 99.05, 99.15, 18.74, 19.00, 21.00),
     ("後期高齢者医療保険料", 99.61, 99.63, 99.70, 36.20, 37.00, 40.00),
     ("保育料", 98.94, 99.00, 99.20, 22.15, 23.00, 25.00),
     ("市営住宅使用料", 97.88, 98.00, 98.30, 14.36, 15.00, 17.00),
     ("下水道使用料", 99.40, 99.42, 99.50, 45.12, 46.00, 48.00)]
cols = [(2023, "R5実績", "actual"), (2024, "R6見込", "estimate"), (2027, "R9目標", "target")]
rows = [["債権名", "現年分", "", "", "滞納繰越分", "", ""],
        [""] + [c[1] for c in cols] * 2]
for name, *vals in T:
    rows.append([name] + [f"{v:.2f}" for v in vals])
    for k, v in enumerate(vals):
        fy, raw, basis = cols[k % 3]
        seg = "current" if k < 3 else "arrears"
        g.fact(name, fy, raw, seg, "collection_rate", basis, v, "percent", f"{v:.2f}", anchor="表3")
w.table(rows, widths=[42, 20, 20, 20, 20, 20, 20], head_rows=2, merges=[(0, 1, 0, 3), (0, 4, 0, 6), (0, 0, 1, 0)])
P("※ R6見込は令和6年12月末の実績から推計した決算見込。", size=9)
P("")
P("市税以外の債権については、収納率に加え、収入未済額の縮減を目標とし、各債権の取組の中で管理します。", first=4)
w.pagebreak()

# ---------------------------------------------------------------- 国民健康保険料
P("5　債権ごとの取組（国民健康保険料）", bold=True, size=12)
w.table([["債権名", "国民健康保険料", "所管課", "保健福祉局健康部国民健康保険課"]], widths=[22, 45, 22, 75],
        head_rows=0, right_from=9)
P("")
P("（1）収納状況（令和5年度決算）　　　　　　　　　　　　　　　　　（単位：千円）")
cur = dict(ch=24_806_512, r=93.86, ke=0)
arr = dict(ch=5_432_108, r=24.57, ke=812_344)
for d in (cur, arr):
    d["sh"] = round(d["ch"] * d["r"] / 100)
    assert rate(d["sh"], d["ch"]) == d["r"]
    d["mi"] = d["ch"] - d["sh"] - d["ke"]
tot = {k: cur[k] + arr[k] for k in ("ch", "sh", "ke", "mi")}
tot["r"] = rate(tot["sh"], tot["ch"])
rows = [["区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]]
for lab, seg, d in (("現年分", "current", cur), ("滞納繰越分", "arrears", arr), ("合計", "total", tot)):
    ke = comma(d["ke"]) if d["ke"] else "－"
    rows.append([lab, comma(d["ch"]), comma(d["sh"]), ke, comma(d["mi"]), f"{d['r']:.2f}%"])
    for key, metric in (("ch", "assessed"), ("sh", "collected"), ("ke", "written_off"), ("mi", "outstanding")):
        if d[key]:
            g.fact("国民健康保険料", 2023, "令和5年度決算", seg, metric, "actual", d[key] * 1000, "yen", comma(d[key]),
                   anchor="保健福祉局健康部国民健康保険課")
    g.fact("国民健康保険料", 2023, "令和5年度決算", seg, "collection_rate", "actual", d["r"], "percent",
           f"{d['r']:.2f}%", anchor="保健福祉局健康部国民健康保険課")
w.table(rows, widths=[25, 30, 30, 28, 30, 20])
P("")
P("（2）課題", bold=True)
P("滞納繰越分の収納率は上昇傾向にあるものの、現年分の滞納が新たに繰り越される状況が続いており、"
  "早期の納付勧奨と滞納処分の徹底が必要です。", first=4)
P("（3）具体的な取組", bold=True)
kokuho = [("①", "口座振替の原則化を進め、加入手続の際に口座振替の申込みを必ず勧奨する。", "継続", False),
          ("②", "納付折衝に応じない滞納世帯に対しては、早期に財産調査を行い、預貯金等の差押えを実施する。", "継続", False),
          ("③", "資格確認書の交付等の来庁機会を捉え、分割納付を含めた納付相談を実施する。", "拡充", True),
          ("④", "スマートフォン決済アプリによる納付を導入し、納付機会を拡大する。", "新規", False)]
lines = []
for lab, text, tag, wrap in kokuho:
    if wrap:
        lines += [f"{lab}{text}", f"　【{tag}】"]
    else:
        lines.append(f"{lab}{text}【{tag}】")
    g.init("国民健康保険料", 2025, "具体的な取組", lab, text, tag)
w.box(lines, width=165)
w.pagebreak()

# ---------------------------------------------------------------- 市営住宅使用料
P("5　債権ごとの取組（市営住宅使用料）", bold=True, size=12)
w.table([["債権名", "市営住宅使用料", "所管課", "都市局建築部住宅政策課"]], widths=[22, 45, 22, 75],
        head_rows=0, right_from=9)
P("")
P("（1）収入未済額の推移　　　　　　　　　　　　　　　　　　　　　　　（単位：千円）")
yrs = [(2021, "令和3年度"), (2022, "令和4年度"), (2023, "令和5年度"), (2027, "令和9年度目標")]
mis = {"現年分": [38_412, 36_905, 35_218, 30_000], "滞納繰越分": [214_630, 201_448, 190_377, 150_000]}
rows = [["区分"] + [y[1] for y in yrs]]
for lab, seg in (("現年分", "current"), ("滞納繰越分", "arrears")):
    rows.append([lab] + [comma(v) for v in mis[lab]])
sums = [a + b for a, b in zip(mis["現年分"], mis["滞納繰越分"])]
rows.append(["計"] + [comma(v) for v in sums])
for lab, seg, vals in (("現年分", "current", mis["現年分"]), ("滞納繰越分", "arrears", mis["滞納繰越分"]),
                       ("計", "total", sums)):
    for (fy, raw), v in zip(yrs, vals):
        basis = "target" if "目標" in raw else "actual"
        g.fact("市営住宅使用料", fy, raw, seg, "outstanding", basis, v * 1000, "yen", comma(v),
               anchor="都市局建築部住宅政策課")
w.table(rows, widths=[30, 32, 32, 32, 36])
P("")
P("（2）課題と今後の対応", bold=True)
housing = [("(1)", "滞納が3か月に達した入居者には、連帯保証人を含めて文書と電話による催告を行う。", "継続"),
           ("(2)", "退去者の滞納分は、退去時に分割納付の誓約を取り付け、履行状況を毎月確認する。", None),
           ("(3)", "納付に応じない高額滞納者には、明渡し請求と併せて支払督促の申立てを行う。", "新規")]
cell = "\n".join(f"{lab}{t}" + (f"【{tag}】" if tag else "") for lab, t, tag in housing)
w.table([["課題", "今後の対応"],
         ["退去者の滞納分が滞納繰越分の約6割を占め、所在調査に時間を要している。", cell]],
        widths=[55, 110], right_from=9)
for lab, t, tag in housing:
    g.init("市営住宅使用料", 2025, "今後の対応", lab, t, tag)
P("")
P("")
# ---------------------------------------------------------------- 保育料 (header cell names the debt)
P("（参考）保育料の状況", bold=True, size=12)
hoiku = [("現年分収納率（％）", "current", "collection_rate", "percent", [98.94, 99.00, 99.20]),
         ("滞納繰越分収納率（％）", "arrears", "collection_rate", "percent", [22.15, 23.00, 25.00]),
         ("収入未済額（千円）", "total", "outstanding", "yen", [96_318, 91_000, 80_000])]
hc = [(2023, "令和5年度実績", "actual"), (2024, "令和6年度見込", "estimate"), (2027, "令和9年度目標", "target")]
rows = [["債権名　保育料", "", "", ""], ["区分"] + [h[1] for h in hc]]
for lab, seg, metric, unit, vals in hoiku:
    txt = [f"{v:.2f}" if unit == "percent" else comma(v) for v in vals]
    rows.append([lab] + txt)
    for (fy, raw, basis), v, t in zip(hc, vals, txt):
        g.fact("保育料", fy, raw, seg, metric, basis, v * 1000 if unit == "yen" else v, unit, t,
               anchor="債権名　保育料")
w.table(rows, widths=[50, 35, 35, 35], head_rows=2, merges=[(0, 0, 0, 3)])
P("主な取組", bold=True)
hoiku_i = [("ア", "児童手当からの特別徴収（申出による充当）を積極的に勧奨する。"),
           ("イ", "卒園児の滞納分については、債権管理課と連携し、財産調査に基づく滞納処分を行う。")]
for lab, t in hoiku_i:
    P(f"{lab}　{t}", indent=4)
    g.init("保育料", 2025, "主な取組", lab, t, None)
P("")
P("6　計画の推進体制", bold=True, size=12)
P("副市長を本部長とする千葉市債権管理対策本部において、各年度の取組状況を確認し、計画の進行管理を行います。"
  "取組状況は毎年度公表します。", first=4)

OUT.mkdir(parents=True, exist_ok=True)
src = OUT / f"{STEM}.docx"
w.doc.save(src)
pdf = to_pdf(src, PDF_DIR / f"{STEM}.pdf", "frozen2a_c")
g.finish(pdf, {"kind": "plan", "municipality": "千葉市", "title": "千葉市債権管理計画（令和7年度～令和9年度）",
               "date": "2025-03-01", "date_raw": "令和7年3月"})
