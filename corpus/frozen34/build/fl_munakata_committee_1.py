"""fl_munakata_committee_1: 宗像市債権管理対策会議 資料（取組個票） (HTML/CSS -> chromium).

Run from corpus/frozen34:  python3 build/fl_munakata_committee_1.py
"""
from __future__ import annotations

import html
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fl_common import Gold, PDF_DIR, WORK, chromium_pdf, comma, rate  # noqa: E402

STEM = "fl_munakata_committee_1"
CITY = "宗像市"
ASOF = "2025-12-31"
ASOF_PREV = "2024-12-31"
g = Gold(STEM, "committee_material", "kobetsu", CITY, "令和７年度第２回宗像市債権管理対策会議 資料",
         "2026-01-22", "令和８年１月２２日（木）")
F = g.fact
E = html.escape
YEARS = [2022, 2023, 2024]
YLBL = {2022: "令和４年度", 2023: "令和５年度", 2024: "令和６年度"}


# ------------------------------------------------------------------------------------------------
# data (千円 unless noted)
# ------------------------------------------------------------------------------------------------
def series(a_cur0, growth, r_cur, arr0, r_arr, wo_arr, wo_cur=(0, 0, 0), nd=(2, 2, 2)):
    """Three years of 決算.  arrears 調定 of a year = 収入未済額 (計) of the year before."""
    out = {}
    prev = arr0
    for i, y in enumerate(YEARS):
        a_c = round(a_cur0 * (1 + growth) ** i)
        c_c = round(a_c * r_cur[i])
        w_c = wo_cur[i]
        a_a = prev
        c_a = round(a_a * r_arr[i])
        w_a = round(a_a * wo_arr[i])
        d = {"current": dict(a=a_c, c=c_c, w=w_c), "arrears": dict(a=a_a, c=c_a, w=w_a)}
        d["total"] = {k: d["current"][k] + d["arrears"][k] for k in "acw"}
        for s in d.values():
            s["o"] = s["a"] - s["c"] - s["w"]
            s["r"] = rate(s["c"], s["a"])
        out[y] = d
        prev = d["total"]["o"]
    return out


DEBTS = {
    "zei": dict(full="市税", abbr="市税", canon="市税", dept="財務部 収納課", kind="強制徴収公債権",
                s=series(12_684_210, 0.012, (0.9902, 0.9907, 0.9912), 482_315, (0.2514, 0.2688, 0.2841),
                         (0.071, 0.064, 0.058), wo_cur=(1_204, 986, 1_032)),
                dl=(2_318, 2_201, 2_087), sz=(412, 437, 455)),
    "kok": dict(full="国民健康保険税", abbr="国保税", canon="国民健康保険料", dept="健康福祉部 国保医療課",
                kind="強制徴収公債権",
                s=series(2_146_880, -0.018, (0.9412, 0.9438, 0.9471), 512_604, (0.1966, 0.2107, 0.2235),
                         (0.108, 0.097, 0.092)),
                dl=(1_642, 1_588, 1_507), sz=(198, 211, 224)),
    "kai": dict(full="介護保険料", abbr="介護料", canon="介護保険料", dept="健康福祉部 介護保険課",
                kind="強制徴収公債権",
                s=series(1_963_420, 0.015, (0.9921, 0.9925, 0.9929), 41_860, (0.1804, 0.1872, 0.1950),
                         (0.262, 0.248, 0.236)),
                dl=(584, 566, 541), sz=(6, 9, 11)),
    "kou": dict(full="後期高齢者医療保険料", abbr="後期高齢", canon="後期高齢者医療保険料", dept="健康福祉部 国保医療課",
                kind="強制徴収公債権",
                s=series(1_158_760, 0.034, (0.9961, 0.9963, 0.9960), 8_412, (0.4012, 0.4218, 0.4307),
                         (0.081, 0.077, 0.070))),
    "hoi": dict(full="保育所保育料", abbr="保育料", canon="保育料", dept="子ども家庭部 子ども育成課",
                kind="強制徴収公債権",
                s=series(214_506, -0.041, (0.9934, 0.9941, 0.9946), 11_288, (0.2215, 0.2340, 0.2402),
                         (0.052, 0.061, 0.055))),
    "jut": dict(full="市営住宅使用料", abbr="住宅使用料", canon="市営住宅使用料", dept="都市再生部 建築課",
                kind="私債権",
                s=series(183_226, -0.006, (0.9742, 0.9755, 0.9781), 54_873, (0.1435, 0.1512, 0.1627),
                         (0.038, 0.044, 0.035)),
                dl=(96, 91, 84), sz=(1, 0, 2)),
    "ges": dict(full="下水道使用料", abbr="下水道", canon="下水道使用料", dept="上下水道局 料金課",
                kind="強制徴収公債権",
                s=series(1_684_352, 0.004, (0.9887, 0.9891, 0.9896), 23_506, (0.4721, 0.4836, 0.4902),
                         (0.044, 0.039, 0.041))),
}
SUMMARY_ORDER = ["zei", "kok", "kai", "kou", "hoi", "jut", "ges"]
SHEETS = ["zei", "kok", "kai", "jut"]


def grand(y):
    d = {}
    for seg in ("current", "arrears", "total"):
        s = {k: sum(DEBTS[x]["s"][y][seg][k] for x in SUMMARY_ORDER) for k in "acwo"}
        s["r"] = rate(s["c"], s["a"])
        d[seg] = s
    return d


G6, G5 = grand(2024), grand(2023)

# 12月末 interim rates (R7, 前年同期 R6), targets
INTERIM = {
    "zei": {"current": (78.42, 77.95), "arrears": (24.18, 22.61), "total": (76.04, 75.37)},
    "kok": {"current": (61.37, 60.84), "arrears": (17.05, 16.22), "total": (52.88, 51.69)},
    "kai": {"current": (74.96, 74.51), "arrears": (15.33, 14.87), "total": (73.82, 73.30)},
    "jut": {"current": (73.18, 72.40), "arrears": (11.92, 12.35), "total": (58.96, 57.71)},
}
TARGETS = {  # (R6 target, R7 target, R8 target) for current, arrears collection_rate; outstanding 千円 targets
    "zei": {"current": (99.10, 99.15, 99.20), "arrears": (28.00, 29.00, 30.00), "o": (520_000, 490_000, 460_000),
            "o_cur": 101_500},
    "kok": {"current": (94.60, 94.90, 95.20), "arrears": (22.00, 23.00, 24.00), "o": (470_000, 440_000, 410_000),
            "o_cur": 108_600},
    "kai": {"current": (99.25, 99.30, 99.35), "arrears": (20.00, 21.00, 22.00), "o": (46_000, 44_000, 42_000),
            "o_cur": 13_700},
    "jut": {"current": (97.60, 97.90, 98.10), "arrears": (16.00, 17.00, 18.00), "o": (56_000, 53_000, 50_000),
            "o_cur": 3_950},
}

INITS = {
    "zei": [
        ("納期限後２０日を経過した初期滞納者に対し、ＳＭＳによる催告を一斉に送信する。", "継続"),
        ("滞納額５０万円以上の高額滞納事案は、担当者ごとに処理計画を作成し、係長が月１回進捗を確認する。", "拡充"),
        ("預貯金調査の電子照会（ｐｉｔａｃｈｉ）を活用し、財産調査に要する期間を短縮する。", "継続"),
        ("差押財産のインターネット公売を年２回実施する。", "継続"),
        ("納付書に地方税統一ＱＲコードを印字し、スマートフォン決済の利用を周知する。", "新規"),
    ],
    "kok": [
        ("国保資格取得時の窓口で口座振替の申込みを受け付け、原則として口座振替による納付を案内する。", "継続"),
        ("現年度分の滞納者に対し、納期限から３か月以内に電話催告を行い、分割納付の約束につなげる。", "継続"),
        ("滞納繰越分のうち財産調査で資力が判明した事案は、収納課へ引き継ぎ、滞納処分を行う。", "拡充"),
        ("資格喪失後の未納者に対し、転出先の住所を調査した上で文書催告を行う。", "新規"),
    ],
    "kai": [
        ("普通徴収の被保険者に対し、年金からの特別徴収への切替時期を個別に通知する。", "継続"),
        ("給付制限の対象となる前に、未納期間と制限の内容を説明した通知を送付する。", "継続"),
        ("６５歳到達者への口座振替依頼書の同封を徹底する。", "拡充"),
    ],
    "jut": [
        ("家賃を２か月滞納した入居者に対し、連帯保証人へ同時に催告書を送付する。", "継続"),
        ("６か月以上の長期滞納者について、明渡し請求訴訟を提起する。", "継続"),
        ("退去者の滞納分は、債権回収業者への委託により回収を図る。", "新規"),
        ("収入の減少により納付が困難な入居者には、家賃減免制度を案内する。", "継続"),
    ],
}
PARKING = {2024: {"current": (8_436, 8_301), "arrears": (1_204, 187)}}  # 駐車場使用料 (千円): 調定, 収入済

# ------------------------------------------------------------------------------------------------
# HTML
# ------------------------------------------------------------------------------------------------
CSS = """
@page { size: A4; margin: 14mm 14mm 16mm 14mm;
        @bottom-center { content: "－ " counter(page) " －"; font-family: 'IPAexGothic'; font-size: 9pt; } }
@page cover { @bottom-center { content: none; } }
body { font-family: 'IPAexGothic', 'Noto Sans CJK JP', sans-serif; font-size: 9.5pt; color: #111; margin: 0; }
.page { page-break-after: always; break-after: page; }
.page:last-child { page-break-after: auto; break-after: auto; }
.cover { page: cover; text-align: center; }
.cover h1 { font-size: 22pt; margin: 60mm 0 6mm 0; letter-spacing: 2pt; }
.cover h2 { font-size: 30pt; margin: 6mm 0 18mm 0; letter-spacing: 18pt; }
.cover .meta { font-size: 12pt; line-height: 1.9; }
.cover .agenda { text-align: left; margin: 18mm auto 0 auto; width: 120mm; font-size: 11pt; line-height: 1.9; }
.tag { float: right; border: 1px solid #333; padding: 1mm 3mm; font-size: 10pt; }
h3 { font-size: 11.5pt; border-left: 5px solid #2f5d8a; padding-left: 3mm; margin: 3.5mm 0 2mm 0; }
h4 { font-size: 10.5pt; margin: 4mm 0 2mm 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.6pt solid #444; padding: 0.75mm 1.4mm; font-size: 8.3pt; }
th { background: #dfe7f1; font-weight: bold; text-align: center; }
td.n { text-align: right; font-family: 'IPAexGothic'; white-space: nowrap; }
td.c { text-align: center; }
.unit { text-align: right; font-size: 8pt; margin: 1mm 0; }
.note { font-size: 7.8pt; margin: 1mm 0 0 0; line-height: 1.45; }
.strip td, .strip th { font-size: 10pt; padding: 2mm; }
.strip th { width: 17mm; }
.vert { writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 2pt; width: 6mm; }
.box { border: 1.2pt solid #2f5d8a; padding: 2mm 4mm; margin: 2.5mm 0; }
.box .ttl { font-weight: bold; margin-bottom: 1.5mm; }
.box ul { margin: 0; padding-left: 5mm; list-style: none; line-height: 1.6; }
.toc td { border: none; border-bottom: 0.5pt dotted #777; font-size: 10.5pt; padding: 2mm; }
.two { display: flex; gap: 5mm; align-items: flex-start; }
.two > div { flex: 1; }
ul.kpi { list-style: none; padding-left: 3mm; margin: 1mm 0; line-height: 1.5; font-size: 9.5pt; }
ol.init { list-style: none; padding-left: 0; margin: 1mm 0; }
ol.init li { margin: 0 0 0.8mm 5mm; text-indent: -5mm; line-height: 1.4; }
p.lead { line-height: 1.7; text-indent: 1em; margin: 2mm 0; }
"""

pages: list[str] = []

# ---- p1 cover ------------------------------------------------------------------------------------
g.page = 1
pages.append(f"""<div class="page cover">
<h1>令和７年度 第２回<br>宗像市債権管理対策会議</h1>
<h2>資料</h2>
<div class="meta">日時　令和８年１月２２日（木）　午前１０時から<br>場所　宗像市役所 本館３階 第１委員会室</div>
<div class="agenda"><b>次　第</b><br>１　開会<br>２　議題<br>　（１）主要債権の令和６年度決算の状況について<br>
　（２）令和７年度取組個票（１２月末）について<br>　（３）令和８年度の目標設定について<br>３　閉会</div>
</div>""")

# ---- p2 目次 + 参考 ---------------------------------------------------------------------------------
g.page = 2
toc = [("１　主要債権の状況（令和６年度決算）", 3), ("２　取組個票", ""), ("　（１）市税", 4), ("　（２）国民健康保険税", 5),
       ("　（３）介護保険料", 6), ("　（４）市営住宅使用料", 7)]
toc_html = "".join(f"<tr><td>{E(t)}</td><td style='text-align:right'>{p}</td></tr>" for t, p in toc)
o6_oku = round(G6["total"]["o"] * 1000, -5)   # 約X億X,XXX万円
d_o = round((G6["total"]["o"] - G5["total"]["o"]) * 1000, -5)
d_r = round(G6["total"]["r"] - G5["total"]["r"], 2)
assert d_o < 0 and d_r > 0


def man(yen):
    oku, rest = divmod(abs(yen) // 10000, 10000)
    return (f"{oku}億" if oku else "") + (f"{rest:,}万" if rest else "") + "円"


lead = (f"主要７債権の令和６年度決算における収入未済額は約{man(o6_oku)}で、前年度から約{man(d_o)}減少した。"
        f"収納率（現年度分と滞納繰越分の計）は{G6['total']['r']:.2f}％となり、前年度比{d_r:.2f}ポイント上昇している。")
F(f"約{man(o6_oku)}", o6_oku, "yen", "outstanding", debt=None, debt_raw="主要７債権", fy=2024, fy_raw="令和６年度",
  approx=True)
F(f"約{man(d_o)}減少", d_o, "yen", "difference", debt=None, debt_raw="主要７債権", fy=2024, fy_raw="令和６年度",
  approx=True)
F(f"{G6['total']['r']:.2f}％", G6["total"]["r"], "percent", "collection_rate", debt=None, debt_raw="主要７債権",
  fy=2024, fy_raw="令和６年度")
F(f"{d_r:.2f}ポイント", d_r, "points", "difference", debt=None, debt_raw="主要７債権", fy=2024, fy_raw="令和６年度")
box_items = [("調定額", f"{comma(G6['total']['a'])}千円", G6["total"]["a"] * 1000, "yen", "assessed"),
             ("収入済額", f"{comma(G6['total']['c'])}千円", G6["total"]["c"] * 1000, "yen", "collected"),
             ("収納率", f"{G6['total']['r']:.2f}％", G6["total"]["r"], "percent", "collection_rate"),
             ("不納欠損額", f"{comma(G6['total']['w'])}千円", G6["total"]["w"] * 1000, "yen", "written_off"),
             ("収入未済額", f"{comma(G6['total']['o'])}千円", G6["total"]["o"] * 1000, "yen", "outstanding")]
box = "".join(f"<li>・{k}：{v}</li>" for k, v, *_ in box_items)
for k, v, val, unit, metric in box_items:
    F(v, val, unit, metric, debt=None, debt_raw="主要７債権の合計", fy=2024, fy_raw="令和６年度")
# 【収納率】 bullets: 12月末 for all four sheet debts combined is not printed; print 市税 only here
zi = INTERIM["zei"]
kpi = "".join(f"<li>{lbl}　{zi[s][0]:.2f}％</li>" for lbl, s in (("現年分", "current"), ("滞繰分", "arrears"),
                                                                   ("合計", "total")))
for s in ("current", "arrears", "total"):
    F(f"{zi[s][0]:.2f}％", zi[s][0], "percent", "collection_rate", debt="市税", debt_raw="市税", fy=2025,
      fy_raw="令和７年１２月末", segment=s, basis="interim", as_of=ASOF)
pages.append(f"""<div class="page">
<h3>目　次</h3>
<table class="toc">{toc_html}</table>
<h3 style="margin-top:10mm">主要債権の概況</h3>
<p class="lead">{E(lead)}</p>
<div class="box"><div class="ttl">【参考】主要７債権の合計（令和６年度決算）</div><ul>{box}</ul></div>
<div class="box"><div class="ttl">【収納率】令和７年１２月末時点（市税）</div><ul class="kpi">{kpi}</ul></div>
<p class="note">※主要７債権：市税、国民健康保険税、介護保険料、後期高齢者医療保険料、保育所保育料、市営住宅使用料、下水道使用料</p>
</div>""")

# ---- p3 summary (debts as rows, 区分 x metric column groups, three header levels) --------------------
g.page = 3
hdr = ("<tr><th rowspan='3'>債権名</th><th colspan='10'>令和６年度決算</th></tr>"
       "<tr><th colspan='3'>現年度分</th><th colspan='3'>滞納繰越分</th><th colspan='4'>計</th></tr>"
       "<tr>" + "<th>調定額</th><th>収入済額</th><th>収納率</th>" * 3 + "<th>収入未済額</th></tr>")
body = ""
for key in SUMMARY_ORDER + ["sum"]:
    if key == "sum":
        d, lbl, canon = G6, "合計", None
    else:
        d, lbl, canon = DEBTS[key]["s"][2024], DEBTS[key]["abbr"], DEBTS[key]["canon"]
    cells = []
    for seg in ("current", "arrears", "total"):
        s = d[seg]
        for metric, txt, val, unit in (("assessed", comma(s["a"]), s["a"] * 1000, "yen"),
                                       ("collected", comma(s["c"]), s["c"] * 1000, "yen"),
                                       ("collection_rate", f"{s['r']:.2f}", s["r"], "percent")):
            cells.append(txt)
            F(txt, val, unit, metric, debt=canon, debt_raw=lbl, fy=2024, fy_raw="令和６年度", segment=seg)
    s = d["total"]
    cells.append(comma(s["o"]))
    F(comma(s["o"]), s["o"] * 1000, "yen", "outstanding", debt=canon, debt_raw=lbl, fy=2024, fy_raw="令和６年度")
    style = " style='background:#f1f4f8;font-weight:bold'" if key == "sum" else ""
    body += f"<tr{style}><td>{E(lbl)}</td>" + "".join(f"<td class='n'>{c}</td>" for c in cells) + "</tr>"
legend = ("（注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、"
          "住宅使用料＝市営住宅使用料、下水道＝下水道使用料")
pages.append(f"""<div class="page">
<h3>１　主要債権の状況（令和６年度決算）</h3>
<div class="unit">（単位：千円、％）</div>
<table>{hdr}{body}</table>
<p class="note">{E(legend)}</p>
<p class="note">※収入未済額＝調定額－収入済額－不納欠損額。不納欠損額は各債権の取組個票に記載。</p>
<p class="note">※滞納繰越分の調定額は、前年度末の収入未済額（計）と一致する。</p>
</div>""")


# ---- p4-7 取組個票 ---------------------------------------------------------------------------------
def fmt_diff(v, nd=None):
    if nd is not None:
        return (f"△{-v:.{nd}f}" if v < 0 else f"{v:.{nd}f}")
    return (f"△{-v:,}" if v < 0 else f"{v:,}")


SEGLBL = [("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計")]
for pno, key in enumerate(SHEETS, start=4):
    g.page = pno
    D = DEBTS[key]
    canon, full = D["canon"], D["full"]
    yen_unit = key == "jut"            # 住宅 sheet prints its history in 円
    mult = 1 if yen_unit else 1000
    ulabel = "円" if yen_unit else "千円"
    DK = dict(debt=canon, debt_raw=full)

    def amt(v):
        return comma(v * 1000) if yen_unit else comma(v)

    strip = (f"<table class='strip'><tr><th>債権名</th><td><b>{E(full)}</b></td><th>所管課</th><td>{E(D['dept'])}</td>"
             f"<th>債権区分</th><td>{E(D['kind'])}</td></tr></table>")
    # history table
    rows = ""
    groups = [("調定額", "a", "assessed"), ("収入済額", "c", "collected"), ("収納率", "r", "collection_rate"),
              ("不納欠損額", "w", "written_off"), ("収入未済額", "o", "outstanding")]
    first = True
    nrows = 3 * 4 + 1 + (2 if "dl" in D else 0)
    for glbl, k, metric in groups:
        segs = [("total", "計")] if k == "w" else SEGLBL
        unit_lbl = "％" if k == "r" else ulabel
        for i, (seg, slbl) in enumerate(segs):
            tr = "<tr>"
            if first:
                tr += f"<th rowspan='{nrows}' class='vert'>収納状況の推移</th>"
                first = False
            if i == 0:
                tr += f"<th rowspan='{len(segs)}'>{glbl}<br>（{unit_lbl}）</th>"
            tr += f"<td class='c'>{slbl}</td>"
            vals = []
            for y in YEARS:
                s = D["s"][y][seg]
                if k == "r":
                    txt = f"{s['r']:.2f}"
                    if key == "zei" and y == 2024 and seg == "current":
                        txt_cell = txt + "※1"
                    else:
                        txt_cell = txt
                    F(txt, s["r"], "percent", metric, **DK, fy=y, fy_raw=YLBL[y], segment=seg)
                else:
                    txt = amt(s[k])
                    txt_cell = txt + ("※2" if key == "zei" and y == 2024 and seg == "arrears" and k == "c" else "")
                    F(txt, s[k] * 1000, "yen", metric, **DK, fy=y, fy_raw=YLBL[y], segment=seg)
                vals.append(txt_cell)
            s5, s6 = D["s"][2023][seg], D["s"][2024][seg]
            if k == "r":
                dv = round(s6["r"] - s5["r"], 2)
                dtxt = fmt_diff(dv, 2)
                F(dtxt, dv, "points", "difference", **DK, fy=2024, fy_raw="R6－R5", segment=seg)
            else:
                dv = (s6[k] - s5[k]) * (1000 if yen_unit else 1)
                dtxt = fmt_diff(dv)
                F(dtxt, dv * (1 if yen_unit else 1000), "yen", "difference", **DK, fy=2024, fy_raw="R6－R5",
                  segment=seg)
            tr += "".join(f"<td class='n'>{v}</td>" for v in vals) + f"<td class='n'>{dtxt}</td></tr>"
            rows += tr
    if "dl" in D:
        dl, sz = D["dl"], D["sz"]
        tr = "<tr><th>滞納者数<br>（人）</th><td class='c'>計</td>"
        for y, v in zip(YEARS, dl):
            F(comma(v), v, "persons", "delinquents", **DK, fy=y, fy_raw=YLBL[y])
        dd = dl[2] - dl[1]
        F(fmt_diff(dd), dd, "persons", "difference", **DK, fy=2024, fy_raw="R6－R5")
        tr += "".join(f"<td class='n'>{comma(v)}</td>" for v in dl) + f"<td class='n'>{fmt_diff(dd)}</td></tr>"
        tr += "<tr><th>差押件数<br>（件）</th><td class='c'>計</td>"
        tr += "".join(f"<td class='n'>{comma(v)}</td>" for v in sz) + f"<td class='n'>{fmt_diff(sz[2] - sz[1])}</td></tr>"
        rows += tr
    hist = (f"<table><tr><th colspan='3'>区分</th>" + "".join(f"<th>{YLBL[y]}<br>決算</th>" for y in YEARS)
            + "<th>増減<br>（R6－R5）</th></tr>" + rows + "</table>")
    notes = ""
    if key == "zei":
        extra = 18_456
        notes = ("<p class='note'>※1 令和６年度から、国税である森林環境税を個人市民税と併せて賦課徴収している（市税の調定額には含まない）。</p>"
                 f"<p class='note'>※2 うち差押財産の換価による分 {comma(extra)}千円</p>")
        F(f"{comma(extra)}千円", extra * 1000, "yen", "collected", **DK, fy=2024, fy_raw="令和６年度",
          segment="arrears")
    # 12月末 and targets
    it = INTERIM[key]
    kpi = ""
    for seg, lbl in (("current", "現年分"), ("arrears", "滞繰分"), ("total", "合計")):
        now, prev = it[seg]
        kpi += f"<li>{lbl}　{now:.2f}％（{prev:.2f}％）</li>"
        F(f"{now:.2f}％", now, "percent", "collection_rate", **DK, fy=2025, fy_raw="令和７年１２月末", segment=seg,
          basis="interim", as_of=ASOF)
        F(f"{prev:.2f}％", prev, "percent", "collection_rate", **DK, fy=2024, fy_raw="前年同期", segment=seg,
          basis="interim", as_of=ASOF_PREV)
    T = TARGETS[key]
    trows = ""
    for seg, lbl in (("current", "現年度分"), ("arrears", "滞納繰越分")):
        t6, t7, t8 = T[seg]
        act = D["s"][2024][seg]["r"]
        ach = round(act / t6 * 100, 1)
        trows += (f"<tr><td>収納率 {lbl}（％）</td><td class='n'>{t6:.2f}</td><td class='n'>{act:.2f}</td>"
                  f"<td class='n'>{ach:.1f}</td><td class='n'>{t7:.2f}</td><td class='n'>{t8:.2f}</td><td></td></tr>")
        F(f"{t6:.2f}", t6, "percent", "collection_rate", **DK, fy=2024, fy_raw="令和６年度", segment=seg, basis="target")
        F(f"{act:.2f}", act, "percent", "collection_rate", **DK, fy=2024, fy_raw="令和６年度", segment=seg)
        F(f"{ach:.1f}", ach, "percent", "achievement_rate", **DK, fy=2024, fy_raw="令和６年度", segment=seg)
        F(f"{t7:.2f}", t7, "percent", "collection_rate", **DK, fy=2025, fy_raw="令和７年度", segment=seg, basis="target")
        F(f"{t8:.2f}", t8, "percent", "collection_rate", **DK, fy=2026, fy_raw="令和８年度", segment=seg, basis="target")
    o6t, o7t, o8t = T["o"]
    o6 = D["s"][2024]["total"]["o"]
    oc = T["o_cur"]
    trows += (f"<tr><td>収入未済額（千円）</td><td class='n'>{comma(o6t)}</td><td class='n'>{comma(o6)}</td><td class='c'>－</td>"
              f"<td class='n'>{comma(o7t)}</td><td class='n'>{comma(o8t)}</td>"
              f"<td>令和８年度目標のうち現年度分 {comma(oc)}千円</td></tr>")
    F(comma(o6t), o6t * 1000, "yen", "outstanding", **DK, fy=2024, fy_raw="令和６年度", basis="target")
    F(comma(o6), o6 * 1000, "yen", "outstanding", **DK, fy=2024, fy_raw="令和６年度")
    F(comma(o7t), o7t * 1000, "yen", "outstanding", **DK, fy=2025, fy_raw="令和７年度", basis="target")
    F(comma(o8t), o8t * 1000, "yen", "outstanding", **DK, fy=2026, fy_raw="令和８年度", basis="target")
    F(f"{comma(oc)}千円", oc * 1000, "yen", "outstanding", **DK, fy=2026, fy_raw="令和８年度", segment="current",
      basis="target")
    target_tbl = ("<table><tr><th rowspan='2'>指標</th><th colspan='3'>令和６年度</th><th rowspan='2'>令和７年度<br>目標</th>"
                  "<th rowspan='2'>令和８年度<br>目標（案）</th><th rowspan='2'>備考</th></tr>"
                  "<tr><th>目標</th><th>実績</th><th>達成率</th></tr>" + trows + "</table>"
                  "<p class='note'>※達成率＝実績÷目標×100（収納率のみ）</p>")
    # side tables for the 住宅 sheet: 円 beside 千円
    side = ""
    if key == "jut":
        pk = PARKING[2024]
        prow = ""
        tot_a = sum(v[0] for v in pk.values())
        tot_c = sum(v[1] for v in pk.values())
        for seg, lbl in (("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計")):
            a_, c_ = (tot_a, tot_c) if seg == "total" else pk[seg]
            r_ = rate(c_, a_)
            prow += (f"<tr><td class='c'>{lbl}</td><td class='n'>{comma(a_)}</td><td class='n'>{comma(c_)}</td>"
                     f"<td class='n'>{r_:.2f}</td></tr>")
            PK = dict(debt="市営住宅駐車場使用料", debt_raw="駐車場使用料", fy=2024, fy_raw="令和６年度", segment=seg)
            F(comma(a_), a_ * 1000, "yen", "assessed", **PK)
            F(comma(c_), c_ * 1000, "yen", "collected", **PK)
            F(f"{r_:.2f}", r_, "percent", "collection_rate", **PK)
        side = ("<h4>【参考】市営住宅駐車場使用料（令和６年度決算）</h4>"
                "<table><tr><th>区分</th><th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）</th></tr>"
                + prow + "</table>")
    inits = ""
    for i, (txt, st) in enumerate(INITS[key]):
        lab = "①②③④⑤⑥"[i]
        brk = "<br>" if i % 2 == 1 else ""
        inits += f"<li>{lab} {E(txt)}{brk}【{st}】</li>"
        g.init(txt, debt=canon, debt_raw=full, fy=2025, section="令和７年度の取組", label=lab, status=st)
    kpi_block = (f"<div class='box'><div class='ttl'>【収納率】令和７年１２月末時点</div><ul class='kpi'>{kpi}</ul>"
                 "<p class='note'>（　）内は前年同期</p></div>")
    mid = (f"<div class='two'><div style='flex:0 0 64mm'>{kpi_block}</div><div>{side}</div></div>" if side
           else kpi_block)
    pages.append(f"""<div class="page">
<div class="tag">取組個票 {pno - 3}</div>
<h3 style="margin-top:2mm">取組個票（令和７年度）</h3>
{strip}
<h3>１　収納状況の推移</h3>
{hist}{notes}
<h3>２　令和７年度の状況と目標</h3>
{mid}
{target_tbl}
<h3>３　令和７年度の取組</h3>
<ol class="init">{inits}</ol>
</div>""")

doc = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
hp = WORK / f"{STEM}.html"
hp.write_text(doc, encoding="utf-8")
out = PDF_DIR / f"{STEM}.pdf"
chromium_pdf(hp, WORK / f"{STEM}.pdf")
shutil.copy(WORK / f"{STEM}.pdf", out)
import fitz  # noqa: E402
with fitz.open(out) as d:
    assert d.page_count == len(pages), (d.page_count, len(pages))
gp = g.write(out)
print(out, len(g.facts), "facts", len(g.inits), "initiatives")
