"""pa_kitahiroshima_committee_1: 北広島市債権管理対策会議 資料 (HTML/CSS -> chromium). Run from corpus/dev55."""
import os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pa_common import Gold, c, r2, rate, SET, GOTHIC, MINCHO

STEM = "pa_kitahiroshima_committee_1"
TITLE = "令和7年度 第1回北広島市債権管理対策会議 資料"
g = Gold(STEM, "committee_material", "kobetsu", "北広島市", TITLE, "2025-08-26", "令和7年8月26日")

# ---------------- data (千円) ----------------
# per debt/year: (cur_ass, cur_col, arr_ass, arr_col, written_off)
SEG = {
 "市税": {2023: (8748215, 8682904, 273631, 72407, 10968), 2024: (8925880, 8863419, 260622, 74156, 9805)},
 "国民健康保険税": {2023: (1158407, 1113226, 204562, 41218, 17904), 2024: (1141930, 1099312, 189744, 43875, 15627)},
 "介護保険料": {2023: (912335, 905170, 28914, 6112, 4205), 2024: (934806, 928447, 27322, 6548, 3918)},
 "後期高齢者医療保険料": {2023: (487260, 485911, 5118, 2046, 512), 2024: (503442, 502157, 4907, 2210, 488)},
 "市営住宅使用料": {2023: (96420, 93871, 31205, 4318, 1206), 2024: (98118, 95770, 30448, 4906, 1584)},
 "保育所保育料": {2023: (41250, 40812, 6118, 1390, 402), 2024: (39874, 39516, 5630, 1447, 355)},
}
TOTS = {  # earlier totals (ass, col, wo)
 "市税": {2020: (8612450, 8392118, 14302), 2021: (8734118, 8537260, 12877), 2022: (8905327, 8727104, 11540)},
 "国民健康保険税": {2020: (1412336, 1262540, 22410), 2021: (1398702, 1259113, 20815), 2022: (1375118, 1246952, 19336)},
}


def seg(d, y):
    ca, cc, aa, ac, wo = SEG[d][y]
    ta, tc = ca + aa, cc + ac
    return dict(ca=ca, cc=cc, cr=rate(cc, ca), aa=aa, ac=ac, ar=rate(ac, aa), ta=ta, tc=tc, tr=rate(tc, ta),
                wo=wo, out=ta - tc - wo)


def tot(d, y):
    if y in SEG[d]:
        s = seg(d, y); return dict(a=s["ta"], c=s["tc"], wo=s["wo"], out=s["out"], r=s["tr"])
    a, cc, wo = TOTS[d][y]
    return dict(a=a, c=cc, wo=wo, out=a - cc - wo, r=rate(cc, a))


WR = {2020: "令和2年度", 2021: "令和3年度", 2022: "令和4年度", 2023: "令和5年度", 2024: "令和6年度", 2025: "令和7年度"}
CSS = f"""
@font-face {{ font-family: G; src: url(file://{GOTHIC}); }}
@font-face {{ font-family: M; src: url(file://{MINCHO}); }}
@page {{ size: A4; margin: 14mm 15mm 12mm 15mm; }}
@page land {{ size: A4 landscape; margin: 12mm 14mm; }}
body {{ font-family: M; font-size: 9.5pt; margin: 0; color: #111; }}
.page {{ page-break-after: always; position: relative; }}
.land {{ page: land; }}
h1 {{ font-family: G; font-size: 17pt; text-align: center; margin: 50mm 0 6mm; }}
h2 {{ font-family: G; font-size: 12.5pt; border-bottom: 2px solid #1f4e79; padding-bottom: 2px; margin: 0 0 4mm; }}
h3 {{ font-family: G; font-size: 10.5pt; margin: 4mm 0 1.5mm; }}
table {{ border-collapse: collapse; width: 100%; }}
td, th {{ border: 0.6pt solid #444; padding: 1.2mm 1.5mm; font-size: 8.6pt; }}
th {{ background: #dde7f2; font-family: G; font-weight: normal; }}
td.n {{ text-align: right; white-space: nowrap; }}
tr.z td {{ background: #f1f4f8; }}
table.zebra td {{ white-space: nowrap; }}
table.zebra td, table.zebra th {{ border: none; }}
table.zebra thead th {{ background: #1f4e79; color: #fff; }}
table.zebra tr.sec td {{ background: #c9d8ea; font-family: G; }}
table.zebra tr.sub td {{ border-top: 0.6pt solid #1f4e79; font-family: G; }}
table.zebra tr.tot td {{ border-top: 1.4pt double #1f4e79; font-family: G; background:#e8eef6; }}
.unit {{ text-align: right; font-size: 8pt; margin: 0 0 1mm; }}
.note {{ font-size: 7.8pt; margin: 1mm 0 0; }}
.panels {{ display: flex; gap: 5mm; margin: 2mm 0 4mm; }}
.panel {{ flex: 1; border: 1.5pt solid #1f4e79; border-radius: 3mm; padding: 2.5mm; text-align: center; }}
.panel .lb {{ font-family: G; font-size: 9pt; color: #1f4e79; }}
.panel .v {{ font-family: G; font-size: 19pt; margin: 1mm 0; }}
.panel .s {{ font-size: 8.5pt; }}
.cols2 {{ column-count: 2; column-gap: 7mm; text-align: justify; font-size: 9.2pt; line-height: 1.55; }}
.strip td {{ font-size: 9.5pt; }}
.strip th {{ width: 15mm; }}
.box {{ border: 1pt solid #333; padding: 2mm 3mm; margin: 2mm 0; }}
.items p {{ margin: 0 0 1.2mm; padding-left: 5mm; text-indent: -5mm; }}
.foot {{ position: absolute; bottom: -4mm; width: 100%; text-align: center; font-size: 8pt; }}
.toc td {{ border: none; border-bottom: 0.5pt dotted #666; font-size: 10.5pt; padding: 1.8mm; }}
"""
pages = []


def page(html, land=False):
    n = len(pages) + 1
    pages.append(f'<div class="page{" land" if land else ""}">{html}<div class="foot">- {n} -</div></div>')


def P():
    return len(pages) + 1


# ---------------- p1 cover + 目次 ----------------
toc = [("次第", 1), ("１　債権の状況（概要）", 2), ("２　主要債権の収納状況（令和6年度決算）", 3),
       ("３　債権別・区分別の収納状況（令和5・6年度）", 4), ("４　取組個票", 5),
       ("　個票１　市税", 5), ("　個票２　国民健康保険税", 6), ("　個票３　介護保険料", 7), ("　個票４　後期高齢者医療保険料", 8)]
page(f"""<h1 style="margin-top:28mm">令和7年度 第1回<br>北広島市債権管理対策会議 資料</h1>
<p style="text-align:center;font-size:11pt">令和7年8月26日（火）午前10時～<br>北広島市役所 3階 第1会議室</p>
<h3 style="margin-top:12mm">次　第</h3>
<p>１　開会<br>２　議題<br>　（１）令和6年度決算における債権の状況について<br>　（２）令和7年度 主要債権の取組個票について<br>３　その他<br>４　閉会</p>
<h3 style="margin-top:8mm">目　次</h3>
<table class="toc">{''.join(f'<tr><td>{a}</td><td style="text-align:right;width:20mm">{b}</td></tr>' for a, b in toc)}</table>
<p style="text-align:right;margin-top:14mm">北広島市 財務部 税務課（債権管理担当）</p>""")

# ---------------- p2 概要: panels + chart + 2段組 ----------------
debts = list(SEG)
all24 = {k: sum(seg(d, 2024)[k] for d in debts) for k in ("ta", "tc", "wo", "out")}
all23 = {k: sum(seg(d, 2023)[k] for d in debts) for k in ("ta", "tc", "wo", "out")}
r24, r23 = rate(all24["tc"], all24["ta"]), rate(all23["tc"], all23["ta"])
dpt = round(r24 - r23, 2)
g.page = P()
g.f(None, "全債権", 2024, "令和6年度", "total", "collection_rate", "actual", r24, "percent", f"{r2(r24)}%")
g.f(None, "全債権", 2024, "令和6年度", "total", "difference", "actual", dpt, "points", f"＋{r2(dpt)}ポイント")
oku24 = round(all24["out"] / 10000) / 10  # 億円 one decimal
doku = round((all24["out"] - all23["out"]) / 10000) / 10
g.f(None, "全債権", 2024, "令和6年度", "total", "outstanding", "actual", round(oku24 * 1e8), "yen", f"{oku24}億円")
g.f(None, "全債権", 2024, "令和6年度", "total", "difference", "actual", round(doku * 1e8), "yen", f"▲{abs(doku)}億円")
tx24, tx23 = seg("市税", 2024), seg("市税", 2023)
g.f("市税", "市税", 2024, "令和6年度", "current", "collection_rate", "actual", tx24["cr"], "percent", f"{r2(tx24['cr'])}%")
panels = f"""<div class="panels">
<div class="panel"><div class="lb">収納率（全債権）　令和6年度</div><div class="v">{r2(r24)}%</div><div class="s">前年度比 ＋{r2(dpt)}ポイント</div></div>
<div class="panel"><div class="lb">収入未済額（全債権）　令和6年度</div><div class="v">{oku24}億円</div><div class="s">前年度比 ▲{abs(doku)}億円</div></div>
<div class="panel"><div class="lb">市税 現年課税分収納率　令和6年度</div><div class="v">{r2(tx24['cr'])}%</div><div class="s">道内市平均を上回る水準</div></div>
</div>"""
# chart: 収入未済額の推移 (百万円)
hist = {2020: all23["out"] + 92718, 2021: all23["out"] + 61204, 2022: all23["out"] + 28390, 2023: all23["out"], 2024: all24["out"]}
bars = ""
mx = max(hist.values()) / 1000
for k, (y, v) in enumerate(hist.items()):
    m = round(v / 1000, 1)
    h = 120 * (v / 1000) / mx
    x = 60 + k * 95
    bars += (f'<rect x="{x}" y="{160 - h}" width="50" height="{h}" fill="#5b8bc5"/>'
             f'<text x="{x + 25}" y="{154 - h}" font-size="11" text-anchor="middle">{m:,.1f}</text>'
             f'<text x="{x + 25}" y="177" font-size="11" text-anchor="middle">R{y - 2018}</text>')
    g.f(None, None, y, f"R{y - 2018}", "total", "outstanding", "actual", round(m * 1e6), "yen", f"{m:,.1f}")
svg = f"""<svg width="520" height="185" viewBox="0 0 520 185" style="font-family:G">
<line x1="40" y1="160" x2="520" y2="160" stroke="#333"/>{bars}</svg>"""
nk24, nk23 = seg("国民健康保険税", 2024), seg("国民健康保険税", 2023)
nk_out = round(nk24["out"] / 10)  # 万円
g.f("国民健康保険税", "国民健康保険税", 2024, "令和6年度", "total", "outstanding", "actual", nk_out * 10000, "yen", f"約{nk_out // 10000}億{nk_out % 10000:,}万円", approx=True)
nkd = round((nk23["out"] - nk24["out"]) / 10)
g.f("国民健康保険税", "国民健康保険税", 2024, "令和6年度", "total", "difference", "actual", -nkd * 10000, "yen", f"約{nkd:,}万円減少", approx=True)
g.f("市税", "市税", 2024, "令和6年度", "arrears", "collection_rate", "actual", tx24["ar"], "percent", f"{r2(tx24['ar'])}%に")
txd = round(tx24["ar"] - tx23["ar"], 2)
g.f("市税", "市税", 2024, "令和6年度", "arrears", "difference", "actual", txd, "points", f"{r2(txd)}ポイント改善")
kg24 = seg("介護保険料", 2024)
g.f("介護保険料", "介護保険料", 2024, "令和6年度", "total", "collection_rate", "actual", kg24["tr"], "percent", f"{r2(kg24['tr'])}%")
page(f"""<h2>１　債権の状況（概要）</h2>{panels}
<h3>収入未済額の推移（全債権・決算）</h3><p class="unit">（単位：百万円）</p>{svg}
<p class="note">※ 対象は本資料２に掲げる6債権（市税、国民健康保険税、介護保険料、後期高齢者医療保険料、市営住宅使用料、保育所保育料）の合計。</p>
<h3>令和6年度決算の概況</h3>
<div class="cols2"><p>令和6年度は、市税の滞納繰越分について高額事案の早期着手と預貯金・給与の差押えを重点的に進めた結果、滞納繰越分の収納率は{r2(tx24['ar'])}%に達し、前年度から{r2(txd)}ポイント改善した。現年課税分も納期内納付の定着により高い水準を維持している。</p>
<p>国民健康保険税は、被保険者数の減少に伴い調定額が減る中で、現年度分の早期催告を徹底した。この結果、収入未済額は約{nk_out // 10000}億{nk_out % 10000:,}万円となり、前年度から約{nkd:,}万円減少した。</p>
<p>介護保険料は、特別徴収の割合が高いことから全体の収納率は{r2(kg24['tr'])}%と安定している。一方、普通徴収の対象となる65歳到達直後の被保険者の未納が課題であり、年金天引き開始までの期間の口座振替勧奨を継続する。</p>
<p>市営住宅使用料及び保育所保育料は規模は小さいものの、滞納繰越分の割合が高く、分納誓約の履行管理と連帯保証人への請求を含めた対応が必要である。次頁以降で債権ごとの状況を示す。</p></div>""")

# ---------------- p3 summary table with sections ----------------
g.page = P()
SECS = [("一般会計", [("市税", "税務課"), ("市営住宅使用料", "都市整備課"), ("保育所保育料", "こども家庭課")]),
        ("特別会計", [("国民健康保険税", "保険年金課"), ("介護保険料", "高齢者支援課"), ("後期高齢者医療保険料", "保険年金課")])]
trs = ""
GT = dict(ta=0, tc=0, out=0, ta23=0, tc23=0)


def sumrow(label, a, cc, out, a23, c23, cls, debt_raw):
    rr = rate(cc, a); d = round(rr - rate(c23, a23), 2)
    for v, met, u, raw in ((a, "assessed", "yen", c(a)), (cc, "collected", "yen", c(cc)), (rr, "collection_rate", "percent", r2(rr)),
                           (out, "outstanding", "yen", c(out))):
        g.f(None, debt_raw, 2024, "令和6年度", "total", met, "actual", v * 1000 if u == "yen" else v, u, raw)
    g.f(None, debt_raw, 2024, "令和6年度", "total", "difference", "actual", d, "points", ("△" if d < 0 else "") + f"{abs(d):.2f}")
    return (f'<tr class="{cls}"><td colspan="2">{label}</td><td class="n">{c(a)}</td><td class="n">{c(cc)}</td>'
            f'<td class="n">{r2(rr)}</td><td class="n">{c(out)}</td><td class="n">{("△" if d < 0 else "") + f"{abs(d):.2f}"}</td></tr>')


for sname, items in SECS:
    trs += f'<tr class="sec"><td colspan="7">【{sname}】</td></tr>'
    st = dict(ta=0, tc=0, out=0, ta23=0, tc23=0)
    for k, (d, dept) in enumerate(items):
        s, s23 = seg(d, 2024), seg(d, 2023)
        dd = round(s["tr"] - s23["tr"], 2)
        for v, met, u, raw in ((s["ta"], "assessed", "yen", c(s["ta"])), (s["tc"], "collected", "yen", c(s["tc"])),
                               (s["tr"], "collection_rate", "percent", r2(s["tr"])), (s["out"], "outstanding", "yen", c(s["out"]))):
            g.f(d, d, 2024, "令和6年度", "total", met, "actual", v * 1000 if u == "yen" else v, u, raw)
        dtx = ("△" if dd < 0 else "") + f"{abs(dd):.2f}"
        g.f(d, d, 2024, "令和6年度", "total", "difference", "actual", dd, "points", dtx)
        trs += (f'<tr class="{"z" if k % 2 else ""}"><td>{d}</td><td>{dept}</td><td class="n">{c(s["ta"])}</td><td class="n">{c(s["tc"])}</td>'
                f'<td class="n">{r2(s["tr"])}</td><td class="n">{c(s["out"])}</td><td class="n">{dtx}</td></tr>')
        for k2, v in (("ta", s["ta"]), ("tc", s["tc"]), ("out", s["out"]), ("ta23", s23["ta"]), ("tc23", s23["tc"])):
            st[k2] += v; GT[k2] += v
    trs += sumrow(f"{sname} 小計", st["ta"], st["tc"], st["out"], st["ta23"], st["tc23"], "sub", "小計")
trs += sumrow("合　計", GT["ta"], GT["tc"], GT["out"], GT["ta23"], GT["tc23"], "tot", "合計")
assert GT["out"] == all24["out"]
small = [("児童扶養手当返還金", "こども家庭課", 3418600, 512000, 0), ("生活保護費返還金", "福祉課", 12846213, 3907445, 418000)]
srows = ""
for d, dept, a, cc, wo in small:
    out = a - cc - wo
    for v, met, raw in ((a, "assessed", c(a)), (cc, "collected", c(cc)), (wo, "written_off", c(wo)), (out, "outstanding", c(out))):
        g.f(d, d, 2024, "令和6年度", "total", met, "actual", v, "yen", raw)
    srows += f'<tr><td>{d}</td><td>{dept}</td><td class="n">{c(a)}</td><td class="n">{c(cc)}</td><td class="n">{c(wo)}</td><td class="n">{c(out)}</td></tr>'
page(f"""<h2>２　主要債権の収納状況（令和6年度決算）</h2>
<table class="zebra"><thead><tr><th>債権名</th><th>所管課</th><th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）</th><th>収入未済額（千円）</th><th>収納率 前年度比（ポイント）</th></tr></thead>
<tbody>{trs}</tbody></table>
<p class="note">※ 調定額・収入済額は現年度分と滞納繰越分の計。△は低下。</p>
<h3 style="margin-top:8mm">参考　その他の主な債権（令和6年度決算）</h3>
<table><tr><th>債権名</th><th>所管課</th><th>調定額（円）</th><th>収入済額（円）</th><th>不納欠損額（円）</th><th>収入未済額（円）</th></tr>{srows}</table>
<p class="note">※ 生活保護費返還金は、生活保護法第63条及び第78条に基づく返還金・徴収金の計。</p>""")

# ---------------- p4 landscape: 3-level headers, merged row labels ----------------
g.page = P()
L4 = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料"]
ABR = {"市税": "市税", "国民健康保険税": "国保税", "介護保険料": "介護保険料", "後期高齢者医療保険料": "後期高齢者医療保険料"}
body = ""
for d in L4:
    S = {y: seg(d, y) for y in (2023, 2024)}
    for k, (sg, lab) in enumerate((("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計"))):
        tr = "<tr>" + (f'<th rowspan="3" style="width:30mm">{d}</th>' if k == 0 else "") + f"<td>{lab}</td>"
        key = {"current": ("ca", "cc", "cr"), "arrears": ("aa", "ac", "ar"), "total": ("ta", "tc", "tr")}[sg]
        for y in (2023, 2024):
            s = S[y]; fyr = f"令和{y - 2018}（{y}）年度"
            for v, met in ((s[key[0]], "assessed"), (s[key[1]], "collected")):
                g.f(d, d, y, fyr, sg, met, "actual", v * 1000, "yen", c(v)); tr += f'<td class="n">{c(v)}</td>'
            if sg == "total":
                for v, met in ((s["wo"], "written_off"), (s["out"], "outstanding")):
                    g.f(d, d, y, fyr, sg, met, "actual", v * 1000, "yen", c(v)); tr += f'<td class="n">{c(v)}</td>'
            else:
                tr += '<td class="n">－</td><td class="n">－</td>'
            g.f(d, d, y, fyr, sg, "collection_rate", "actual", s[key[2]], "percent", r2(s[key[2]]))
            tr += f'<td class="n">{r2(s[key[2]])}</td>'
        dd = round(S[2024][key[2]] - S[2023][key[2]], 2)
        dtx = ("▲" if dd < 0 else "") + f"{abs(dd):.2f}"
        g.f(d, d, 2024, "令和6（2024）年度", sg, "difference", "actual", dd, "points", dtx)
        body += tr + f'<td class="n">{dtx}</td></tr>'
hdr = """<tr><th rowspan="3">債権名</th><th rowspan="3">区分</th><th colspan="5">令和5（2023）年度</th><th colspan="5">令和6（2024）年度</th><th rowspan="3">収納率の増減<br>（ポイント）</th></tr>
<tr><th colspan="4">金額（千円）</th><th>率（％）</th><th colspan="4">金額（千円）</th><th>率（％）</th></tr>
<tr><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th></tr>"""
page(f"""<h2>３　債権別・区分別の収納状況（令和5・6年度決算）</h2>
<table>{hdr}{body}</table>
<p class="note">※ 不納欠損額及び収入未済額は区分計のみ表示（「－」は該当なし）。▲は低下。国保税＝国民健康保険税。</p>
<p class="note">出典：北広島市 各年度 歳入歳出決算書・債権管理台帳（各所管課報告）</p>""", land=True)


# ---------------- p5 個票１ 市税 ----------------
def items_html(lst, debt, fy, section):
    out = ""
    for lab, text, stt in lst:
        g.i(debt, fy, section, lab, text, stt)
        out += f"<p>{lab}　{text}{'【' + stt + '】' if stt else ''}</p>"
    return f'<div class="items">{out}</div>'


g.page = P()
yrs = [2020, 2021, 2022, 2023, 2024]
TT = {y: tot("市税", y) for y in yrs}
rowsdef = [("調定額", "a", "assessed"), ("収入済額", "c", "collected"), ("収納率", "r", "collection_rate"),
           ("不納欠損額", "wo", "written_off"), ("収入未済額", "out", "outstanding")]
tb = ""
for lab, k, met in rowsdef:
    tr = f"<tr><th>{lab}</th>"
    for y in yrs:
        v = TT[y][k]
        if met == "collection_rate":
            g.f("市税", "市税", y, WR[y], "total", met, "actual", v, "percent", r2(v)); tr += f'<td class="n">{r2(v)}</td>'
        else:
            g.f("市税", "市税", y, WR[y], "total", met, "actual", v * 1000, "yen", c(v)); tr += f'<td class="n">{c(v)}</td>'
    vals = [TT[y][k] for y in yrs]
    if met == "collection_rate":
        av = round(sum(vals) / 5, 2); d = round(vals[-1] - vals[-2], 2)
        g.f("市税", "市税", None, "5年平均", "total", met, "actual", av, "percent", r2(av))
        g.f("市税", "市税", 2024, "増減（R6－R5）", "total", "difference", "actual", d, "points", f"{d:.2f}")
        tr += f'<td class="n">{r2(av)}</td><td class="n">{d:.2f}</td><td class="n">－</td>'
    else:
        av = round(sum(vals) / 5); d = vals[-1] - vals[-2]; pr = round(d / vals[-2] * 100, 1)
        g.f("市税", "市税", None, "5年平均", "total", met, "actual", av * 1000, "yen", c(av))
        g.f("市税", "市税", 2024, "増減（R6－R5）", "total", "difference", "actual", d * 1000, "yen", c(d))
        prt = ("△" if pr < 0 else "") + f"{abs(pr):.1f}"
        g.f("市税", "市税", 2024, "増減率", "total", "change_rate", "actual", pr, "percent", prt)
        tr += f'<td class="n">{c(av)}</td><td class="n">{c(d)}</td><td class="n">{prt}</td>'
    tb += tr + "</tr>"
# targets vs actual
TG6 = {"current": 99.25, "arrears": 27.50, "total": 97.20}
TG7 = {"current": 99.30, "arrears": 29.00, "total": 97.35}
tg = ""
for sg, lab, k in (("current", "現年課税分", "cr"), ("arrears", "滞納繰越分", "ar"), ("total", "合計", "tr")):
    ac = tx24[k]; ach = round(ac / TG6[sg] * 100, 1)
    g.f("市税", "市税", 2024, "令和6年度", sg, "collection_rate", "target", TG6[sg], "percent", r2(TG6[sg]))
    g.f("市税", "市税", 2024, "令和6年度", sg, "collection_rate", "actual", ac, "percent", r2(ac))
    g.f("市税", "市税", 2024, "令和6年度", sg, "achievement_rate", "actual", ach, "percent", f"{ach:.1f}")
    g.f("市税", "市税", 2025, "令和7年度", sg, "collection_rate", "target", TG7[sg], "percent", r2(TG7[sg]))
    tg += f'<tr><th>{lab}</th><td class="n">{r2(TG6[sg])}</td><td class="n">{r2(ac)}</td><td class="n">{ach:.1f}</td><td class="n">{r2(TG7[sg])}</td></tr>'
o24, o23 = TT[2024]["out"], TT[2023]["out"]
g.f("市税", "市税", 2024, "令和6年度末", "total", "outstanding", "actual", o24 * 1000, "yen", f"{c(o24)}千円で")
g.f("市税", "市税", 2024, "令和6年度末", "total", "difference", "actual", (o24 - o23) * 1000, "yen", f"{c(o23 - o24)}千円減少")
it1 = [("(1)", "納期内納付の推進として、口座振替の新規申込みをWeb口座振替受付サービスで受け付け、納税通知書発送時に案内を同封する。", "継続"),
       ("(2)", "督促状発付後10日以内に文書催告を行い、応答のない滞納者には電話催告とSMS催告を組み合わせて早期の接触を図る。", "継続"),
       ("(3)", "滞納繰越分のうち50万円以上の高額事案を収納係の専任班に集約し、財産調査から差押えまでを3か月以内に行う。", "拡充"),
       ("(4)", "預貯金調査を金融機関とのオンライン照会に切り替え、調査期間を短縮する。", "新規"),
       ("(5)", "北海道との個人住民税合同滞納整理に参加し、徴収技術の向上を図る。", "継続")]
page(f"""<h2>４　取組個票</h2><h3>個票１　市税</h3>
<table class="strip"><tr><th>債権名</th><td>市税</td><th>所管課</th><td>財務部 税務課</td><th>債権区分</th><td>強制徴収公債権</td></tr></table>
<h3>（１）収納状況の推移</h3><p class="unit">（単位：千円、％）</p>
<table><tr><th></th>{''.join(f'<th>{WR[y]}</th>' for y in yrs)}<th>5年平均</th><th>増減<br>（R6－R5）</th><th>増減率<br>（％）</th></tr>{tb}</table>
<h3>（２）収納率の目標と実績</h3><p class="unit">（単位：％）</p>
<table><tr><th rowspan="2">区分</th><th colspan="3">令和6年度</th><th>令和7年度</th></tr>
<tr><th>目標</th><th>実績</th><th>達成率</th><th>目標</th></tr>{tg}</table>
<h3>（３）現状と課題</h3>
<table><tr><td style="padding:2mm 3mm;line-height:1.55">令和6年度末の収入未済額は{c(o24)}千円で、前年度より{c(o23 - o24)}千円減少した。滞納繰越分の収納率は目標を上回ったが、現年課税分は普通徴収の若年層で未納が生じており、納期内納付の意識付けが課題である。</td></tr></table>
<h3>（４）令和7年度の取組</h3>{items_html(it1, "市税", 2025, "令和7年度の取組")}""")

# ---------------- p6 個票２ 国保税: years as rows ----------------
g.page = P()
hh = {2020: 1486, 2021: 1402, 2022: 1337, 2023: 1251, 2024: 1188}
yr_rows = ""
for y in yrs:
    t = tot("国民健康保険税", y); fyr = f"令和{y - 2018}（{y}）年度" if y != 2020 else "令和2（2020）年度"
    for v, met in ((t["a"], "assessed"), (t["c"], "collected"), (t["wo"], "written_off"), (t["out"], "outstanding")):
        g.f("国民健康保険税", "国民健康保険税", y, fyr, "total", met, "actual", v * 1000, "yen", c(v))
    g.f("国民健康保険税", "国民健康保険税", y, fyr, "total", "collection_rate", "actual", t["r"], "percent", r2(t["r"]))
    g.f("国民健康保険税", "国民健康保険税", y, fyr, "total", "delinquents", "actual", hh[y], "households", f"{hh[y]:,}")
    yr_rows += (f'<tr><th>{fyr}</th><td class="n">{c(t["a"])}</td><td class="n">{c(t["c"])}</td><td class="n">{c(t["wo"])}</td>'
                f'<td class="n">{c(t["out"])}</td><td class="n">{r2(t["r"])}</td><td class="n">{hh[y]:,}</td></tr>')
NT7 = {"current": 96.50, "arrears": 24.00}
for sg, v in NT7.items():
    g.f("国民健康保険税", "国民健康保険税", 2025, "令和7（2025）年度", sg, "collection_rate", "target", v, "percent", f"{r2(v)}%")
g.f("国民健康保険税", "国民健康保険税", 2024, "令和6（2024）年度", "current", "collection_rate", "actual", nk24["cr"], "percent", f"{r2(nk24['cr'])}%）")
g.f("国民健康保険税", "国民健康保険税", 2024, "令和6（2024）年度", "arrears", "collection_rate", "actual", nk24["ar"], "percent", f"{r2(nk24['ar'])}%）")
it2 = [("①", "資格取得時に窓口で口座振替の申込みを受け付け、キャッシュレス納付の案内を行う。", "継続"),
       ("②", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を確認する。", "継続"),
       ("③", "滞納繰越分のうち税務課へ移管する基準を30万円以上から20万円以上に引き下げ、移管後は合同で財産調査を行う。", "拡充"),
       ("④", "国保加入時に送付する案内文書にSMS催告の同意欄を設け、現年度分の早期催告に活用する。", "新規")]
cell = ""
for lab, text, stt in it2:
    g.i("国民健康保険税", 2025, "取組内容", lab, text, stt)
    cell += f"<p>{lab}{text}<br>【{stt}】</p>" if stt == "新規" else f"<p>{lab}{text}【{stt}】</p>"
page(f"""<h3>個票２　国民健康保険税</h3>
<table class="strip"><tr><td style="font-family:G">債権名　国民健康保険税</td><td style="font-family:G">所管課　市民環境部 保険年金課</td><td style="font-family:G">会計　国民健康保険事業特別会計</td></tr></table>
<h3>（１）収納状況の推移（決算）</h3><p class="unit">（単位：千円、％、世帯）</p>
<table><tr><th>年度</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th><th>滞納世帯数</th></tr>{yr_rows}</table>
<p class="note">※ 滞納世帯数は各年度の出納閉鎖日（5月31日）現在。</p>
<h3>（２）令和7（2025）年度の目標</h3>
<p>現年度分収納率 {r2(NT7['current'])}%（令和6（2024）年度実績 {r2(nk24['cr'])}%）、滞納繰越分収納率 {r2(NT7['arrears'])}%（同 {r2(nk24['ar'])}%）</p>
<h3>（３）取組内容</h3>
<table><tr><th style="width:28mm">滞納の未然防止<br>と早期対応</th><td class="items" style="line-height:1.5">{cell}</td></tr></table>
<p class="note">※ 国民健康保険税は地方税法に基づく税であり、滞納処分は地方税法の例による。</p>""")

# ---------------- p7 個票３（介護保険料）: columns reversed, stacked cells, 【参考】box ----------------
g.page = P()
K = {y: seg("介護保険料", y) for y in (2024, 2023)}
st_rows = ""
for sg, lab, kc, kr in (("current", "現年度分", "cc", "cr"), ("arrears", "滞納繰越分", "ac", "ar"), ("total", "計", "tc", "tr")):
    tr = f"<tr><th>{lab}</th>"
    for y in (2024, 2023):
        s = K[y]
        g.f("介護保険料", "介護保険料", y, WR[y], sg, "collected", "actual", s[kc] * 1000, "yen", c(s[kc]))
        g.f("介護保険料", "介護保険料", y, WR[y], sg, "collection_rate", "actual", s[kr], "percent", f"({r2(s[kr])})")
        tr += f'<td class="n">{c(s[kc])}<br>({r2(s[kr])})</td>'
    d = round(K[2024][kr] - K[2023][kr], 2); dtx = ("▲" if d < 0 else "") + f"{abs(d):.2f}"
    g.f("介護保険料", "介護保険料", 2024, WR[2024], sg, "difference", "actual", d, "points", dtx)
    st_rows += tr + f'<td class="n">{dtx}</td></tr>'
g.f("介護保険料", "介護保険料", 2025, "令和7年6月末", "current", "collection_rate", "interim", 18.42, "percent", "18.42%", as_of="2025-06-30")
g.f("介護保険料", "介護保険料", 2025, "令和7年6月末", "total", "delinquents", "interim", 612, "persons", "612人", as_of="2025-06-30")
g.f("介護保険料", "介護保険料", 2025, "令和7年6月末", "total", "outstanding", "interim", 26315000, "yen", "26,315千円", as_of="2025-06-30")
it3 = [("(1)", "普通徴収への移行者への早期勧奨", "65歳到達月の翌月に納付書と口座振替依頼書を同封し、年金からの特別徴収が始まるまでの未納を防ぐ。", "継続"),
       ("(2)", "給付制限の事前周知", "滞納が1年を超える被保険者に対し、給付制限の内容を記載した文書を送付し、納付相談につなげる。", "継続"),
       ("(3)", "税務課との情報連携", "市税と重複する滞納者については、税務課と財産調査の結果を共有し、一体的に滞納整理を行う。", "拡充")]
it3h = ""
for lab, ttl, text, stt in it3:
    g.i("介護保険料", 2025, "令和7年度の取組", lab, text, stt)
    it3h += f'<p style="font-family:G;margin:2mm 0 0.5mm">{lab}　{ttl}</p><p style="margin:0 0 0 6mm">{text}【{stt}】</p>'
page(f"""<h3>個票３　債権ごとの取組（介護保険料）</h3>
<table class="strip"><tr><th>債権名</th><td>介護保険料</td><th>所管課</th><td>保健福祉部 高齢者支援課</td><th>債権区分</th><td>強制徴収公債権</td></tr></table>
<h3>（１）収入済額と収納率</h3><p class="unit">（上段：収入済額 千円、下段：収納率 ％）</p>
<table><tr><th>区分</th><th>令和6年度</th><th>令和5年度</th><th>収納率の前年度比（ポイント）</th></tr>{st_rows}</table>
<div class="box"><b style="font-family:G">【参考】令和7年6月末の状況</b><br>
・現年度分収納率：18.42%<br>・滞納者数：612人<br>・滞納繰越分の収入未済額：26,315千円</div>
<p class="note">※ 6月末の数値は、4月から6月までの累計による途中集計。</p>
<h3>（２）令和7年度の取組</h3>{it3h}""")
# the 26,315 is arrears outstanding -> fix segment
g.facts[-1]["segment"] = "arrears"

# ---------------- p8 個票４ 後期高齢: 【収納率】bullets, footnote markers, items table w/o 取組 header ----------------
g.page = P()
Q = {y: seg("後期高齢者医療保険料", y) for y in (2023, 2024)}
g.f("後期高齢者医療保険料", "後期高齢者医療保険料", 2025, "令和7年6月末", "current", "collection_rate", "interim", 17.95, "percent", "現年分 17.95%", as_of="2025-06-30")
g.f("後期高齢者医療保険料", "後期高齢者医療保険料", 2025, "令和7年6月末", "arrears", "collection_rate", "interim", 31.20, "percent", "滞繰分 31.20%", as_of="2025-06-30")
g.f("後期高齢者医療保険料", "後期高齢者医療保険料", 2024, "前年同月", "current", "collection_rate", "interim", 17.61, "percent", "17.61%", as_of="2024-06-30")
q = ""
for y in (2023, 2024):
    s = Q[y]
    g.f("後期高齢者医療保険料", "後期高齢者医療保険料", y, WR[y], "total", "assessed", "actual", s["ta"] * 1000, "yen", c(s["ta"]))
    g.f("後期高齢者医療保険料", "後期高齢者医療保険料", y, WR[y], "total", "collected", "actual", s["tc"] * 1000, "yen", c(s["tc"]))
    g.f("後期高齢者医療保険料", "後期高齢者医療保険料", y, WR[y], "current", "collection_rate", "actual", s["cr"], "percent", f"{r2(s['cr'])}※1")
    g.f("後期高齢者医療保険料", "後期高齢者医療保険料", y, WR[y], "total", "collection_rate", "actual", s["tr"], "percent", r2(s["tr"]))
    g.f("後期高齢者医療保険料", "後期高齢者医療保険料", y, WR[y], "total", "outstanding", "actual", s["out"] * 1000, "yen", c(s["out"]))
    q += (f'<tr><th>{WR[y]}</th><td class="n">{c(s["ta"])}</td><td class="n">{c(s["tc"])}</td><td class="n">{r2(s["cr"])}※1</td>'
          f'<td class="n">{r2(s["tr"])}</td><td class="n">{c(s["out"])}</td></tr>')
it4 = [("①", "被保険者証の一斉更新時に、未納者へ納付相談の案内を同封する。", "継続"),
       ("②", "北海道後期高齢者医療広域連合と連携し、年金からの特別徴収への切替えを勧奨する。", "継続"),
       ("③", "滞納繰越分の少額事案について、コンビニ納付用のバーコード付き催告書を年2回送付する。", "新規")]
t4 = ""
for lab, text, stt in it4:
    g.i("後期高齢者医療保険料", 2025, None, lab, text, stt)
    t4 += f'<tr><td style="text-align:center">{lab}</td><td>{text}</td><td style="text-align:center">{stt}</td></tr>'
page(f"""<h3>個票４　後期高齢者医療保険料</h3>
<table class="strip"><tr><th>債権名</th><td>後期高齢者医療保険料</td><th>所管課</th><td>市民環境部 保険年金課</td><th>債権区分</th><td>強制徴収公債権</td></tr></table>
<h3>【収納率】令和7年6月末時点</h3>
<ul style="margin:1mm 0 2mm"><li>現年分 17.95%（前年同月 17.61%）</li><li>滞繰分 31.20%</li></ul>
<h3>（１）決算の状況</h3><p class="unit">（単位：千円、％）</p>
<table><tr><th>年度</th><th>調定額※2</th><th>収入済額</th><th>現年度分収納率</th><th>収納率（計）</th><th>収入未済額</th></tr>{q}</table>
<p class="note">※1 特別徴収分を含む。普通徴収分のみでは、令和6年度 98.12%。　※2 現年度分と滞納繰越分の計。</p>
<h3>（２）令和7年度に実施する事項</h3>
<table><tr><th style="width:10mm">No.</th><th>内容</th><th style="width:16mm">区分</th></tr>{t4}</table>
<p class="note">区分欄　継続：前年度から継続、新規：令和7年度から実施</p>""")
g.f("後期高齢者医療保険料", "後期高齢者医療保険料", 2024, "令和6年度", "current", "collection_rate", "actual", 98.12, "percent", "98.12%")

html = f"<!doctype html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
hp = f"/tmp/pa_work/{STEM}.html"
open(hp, "w", encoding="utf-8").write(html)
pdf = os.path.join(SET, "pdf", STEM + ".pdf")
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", hp], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
sys.exit(1 if g.write(pdf) else 0)
