"""fu_koga_committee_1: 古河市債権管理対策本部会議 資料 (HTML/CSS -> chromium). Run from corpus/frozen39."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fu_common import Gold, ROOT, WORK, c, r2, rate, chromium_pdf, check  # noqa: E402

STEM = "fu_koga_committee_1"
G = Gold(STEM, "committee_material", "kobetsu", "古河市", "令和7年度 第1回古河市債権管理対策本部会議 資料",
         "2025-08-07", "令和7年8月7日")


def seg(a, r, wo=0):
    col = round(a * r / 100)
    return {"a": a, "c": col, "w": wo, "o": a - col - wo}


def tot(*ss):
    t = {k: sum(s[k] for s in ss) for k in "acwo"}
    return t


def rt(s):
    return rate(s["c"], s["a"])


# name, short, account, division, current(a, rate), arrears(a, rate, wo) for R5 and R6
DEBTS = [
    ("市税", "市税", "一般", "収納課", {2023: ((21512840, 99.02), (1098712, 26.4, 61234)),
                                       2024: ((21845312, 99.13), (1012455, 27.5, 52113))}),
    ("保育料", "保育所保育料", "一般", "こども未来課", {2023: ((412556, 98.31), (38874, 18.7, 2101)),
                                                  2024: ((398120, 98.52), (35630, 20.2, 1875))}),
    ("市営住宅使用料", "市営住宅使用料", "一般", "建築住宅課", {2023: ((286402, 97.45), (61233, 15.8, 3320)),
                                                      2024: ((281954, 97.68), (58907, 17.1, 2986))}),
    ("国民健康保険税", "国民健康保険税", "特別", "収納課", {2023: ((3965120, 94.12), (1685540, 24.3, 148220)),
                                                  2024: ((3842075, 94.66), (1598764, 25.9, 131042))}),
    ("介護保険料", "介護保険料", "特別", "介護保険課", {2023: ((2765431, 99.01), (64120, 21.4, 12890)),
                                                2024: ((2810214, 99.12), (59874, 23.0, 11574))}),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "特別", "保険年金課",
     {2023: ((1587302, 99.45), (16512, 38.6, 1450)), 2024: ((1634580, 99.51), (15244, 41.2, 1210))}),
]
D = {}
for name, full, acc, div, yrs in DEBTS:
    D[name] = {}
    for y, ((ca, cr), (aa, ar, wo)) in yrs.items():
        cu, ar_ = seg(ca, cr), seg(aa, ar, wo)
        D[name][y] = {"current": cu, "arrears": ar_, "total": tot(cu, ar_)}


def fy_raw(y):
    return f"令和{y - 2018}年度"


CSS = """
@page { size: A4; margin: 14mm 15mm 14mm 15mm; }
@page land { size: A4 landscape; margin: 12mm 12mm; }
body { font-family: 'Noto Sans CJK JP', sans-serif; font-size: 10pt; color: #111; }
.page { page-break-after: always; position: relative; }
.page:last-child { page-break-after: auto; }
.land { page: land; }
h1 { font-size: 17pt; text-align: center; margin-top: 60mm; }
h2 { font-size: 13pt; border-left: 6px solid #2a5d8f; padding-left: 6px; margin: 6px 0 8px; }
h3 { font-size: 11pt; margin: 10px 0 4px; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 0.6px solid #444; padding: 2px 4px; }
th { background: #dde6f0; font-weight: normal; }
td.n { text-align: right; white-space: nowrap; }
.zebra tr:nth-child(even) td { background: #f1f4f7; }
.zebra td, .zebra th { border: none; }
.zebra th { background: #2a5d8f; color: #fff; }
.zebra { border-top: 1.5px solid #2a5d8f; border-bottom: 1.5px solid #2a5d8f; }
.small { font-size: 8.5pt; }
.tiny { font-size: 7.6pt; }
.vert { writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 2px; width: 16px; }
.panels { display: flex; gap: 8px; margin: 8px 0 12px; }
.panel { flex: 1; border: 1.5px solid #2a5d8f; border-radius: 6px; padding: 6px 8px; }
.panel .lbl { font-size: 9pt; color: #2a5d8f; }
.panel .big { font-size: 20pt; font-weight: bold; }
.panel .sub { font-size: 9pt; }
.box { border: 1px solid #333; padding: 6px 10px; margin-top: 10px; }
.strip td { border: 1px solid #222; }
.strip td.k { background: #e8e8e8; width: 9%; text-align: center; white-space: nowrap; }
.strip { font-size: 9pt; }
.sec td.secrow { background: #eef2e6; font-weight: bold; }
.sum td { background: #f7f2e0; }
.pn { position: absolute; bottom: -8mm; width: 100%; text-align: center; font-size: 9pt; }
.toc td { border: none; border-bottom: 1px dotted #888; padding: 4px; }
.caption { font-size: 9pt; margin: 4px 0 2px; }
ul.items { margin: 2px 0; padding-left: 0; list-style: none; }
ul.items li { margin: 2px 0 4px; padding-left: 1.3em; text-indent: -1.3em; }
"""

pages = []

# ---------------- page 1: cover, 次第, 目次 ----------------
G.page = 1
pages.append(f"""<div class="page">
<div style="text-align:right">資料</div>
<h1 style="margin-top:30mm">令和7年度 第1回<br>古河市債権管理対策本部会議</h1>
<p style="text-align:center;font-size:12pt">令和7年8月7日（木）午後2時から<br>古河市役所 古河庁舎 3階 会議室</p>
<h3 style="margin-top:18mm">次 第</h3>
<p>１ 開 会<br>２ 本部長あいさつ<br>３ 報告事項<br>　(1) 令和6年度 市の債権の収納状況について<br>
　(2) 主要債権の取組個票（令和6年度実績・令和7年度目標）について<br>４ その他<br>５ 閉 会</p>
<h3 style="margin-top:10mm">目 次</h3>
<table class="toc">
<tr><td>１ 市全体の債権の状況（令和6年度決算）</td><td style="text-align:right">2</td></tr>
<tr><td>２ 主要債権の収納状況（会計別）</td><td style="text-align:right">3</td></tr>
<tr><td>３ 市税の地区別収納状況</td><td style="text-align:right">4</td></tr>
<tr><td>４ 取組個票（市税・国民健康保険税・介護保険料・市営住宅使用料）</td><td style="text-align:right">5～8</td></tr>
</table>
</div>""")

# ---------------- page 2: panels + two-year rate table ----------------
G.page = 2
all5 = tot(*[D[n][2023]["total"] for n in D])
all6 = tot(*[D[n][2024]["total"] for n in D])
r5, r6 = rt(all5), rt(all6)
dpt = round(r6 - r5, 2)
o6 = all6["o"] * 1000
o5 = all5["o"] * 1000
o6_oku = round(o6 / 1e8, 1)
d_oku = round((o6 - o5) / 1e8, 1)
w6_oku = round(all6["w"] * 1000 / 1e8, 1)
p = []
p.append('<div class="page"><h2>１ 市全体の債権の状況（令和6年度決算）</h2>')
p.append('<p class="small">主要6債権（市税、保育所保育料、市営住宅使用料、国民健康保険税、介護保険料、後期高齢者医療保険料）の合計です。</p>')
p.append('<div class="panels">')
p.append(f'<div class="panel"><div class="lbl">収納率（令和6年度）</div><div class="big">'
         f'{G.f(r2(r6) + "％", r6, "collection_rate", debt_raw=None, fy=2024, fy_raw="令和6年度")}</div>'
         f'<div class="sub">前年度比{G.f(f"＋{dpt:.2f}ポイント", dpt, "difference", fy=2024, fy_raw="令和6年度", unit="points")}</div></div>')
p.append(f'<div class="panel"><div class="lbl">収入未済額（令和6年度末）</div><div class="big">'
         f'{G.f(f"{o6_oku}億円", int(round(o6_oku * 1e8)), "outstanding", fy=2024, fy_raw="令和6年度", approx=False)}</div>'
         f'<div class="sub">前年度比{G.f(f"△{abs(d_oku)}億円", int(round(d_oku * 1e8)), "difference", fy=2024, fy_raw="令和6年度")}</div></div>')
p.append(f'<div class="panel"><div class="lbl">不納欠損額（令和6年度）</div><div class="big">'
         f'{G.f(f"{w6_oku}億円", int(round(w6_oku * 1e8)), "written_off", fy=2024, fy_raw="令和6年度")}</div>'
         f'<div class="sub">主要6債権の合計</div></div>')
p.append('</div>')
# two-year block table, rates without %
p.append('<div class="caption">表1　債権別収納率の推移（単位：％）</div>')
p.append('<table class="zebra small"><tr><th rowspan="2">債権名</th><th colspan="3">令和5年度</th><th colspan="3">令和6年度</th>'
         '<th rowspan="2">差<br>（計）</th></tr><tr>' + '<th>現年</th><th>滞繰</th><th>計</th>' * 2 + '</tr>')
for name, full, acc, div, _ in DEBTS:
    row = f"<tr><td>{full}</td>"
    for y in (2023, 2024):
        for sg in ("current", "arrears", "total"):
            v = rt(D[name][y][sg])
            row += f'<td class="n">{G.f(r2(v), v, "collection_rate", debt=name, debt_raw=full, fy=y, fy_raw=fy_raw(y), seg=sg)}</td>'
    d = round(rt(D[name][2024]["total"]) - rt(D[name][2023]["total"]), 2)
    ds = (f"{d:.2f}" if d >= 0 else f"▲{abs(d):.2f}")
    row += f'<td class="n">{G.f(ds, d, "difference", debt=name, debt_raw=full, fy=2024, fy_raw="令和6年度", unit="points")}</td></tr>'
    p.append(row)
row = "<tr><td>合計</td>"
for y, a in ((2023, all5), (2024, all6)):
    for sg in ("current", "arrears", "total"):
        s = tot(*[D[n][y][sg] for n in D])
        v = rt(s)
        row += f'<td class="n">{G.f(r2(v), v, "collection_rate", debt_raw="合計", fy=y, fy_raw=fy_raw(y), seg=sg)}</td>'
row += f'<td class="n">{G.f(f"{dpt:.2f}", dpt, "difference", debt_raw="合計", fy=2024, fy_raw="令和6年度", unit="points")}</td></tr>'
p.append(row + "</table>")
p.append('<p class="small">※ 差は令和6年度の計から令和5年度の計を引いたもの（単位：ポイント）。▲は低下を示す。</p>')
p.append('<p>令和6年度の主要6債権の収入未済額は前年度から' + G.f(f"約{abs(d_oku)}億円縮減", int(round(d_oku * 1e8)), "difference", fy=2024, fy_raw="令和6年度", approx=True) + 'し、収納率は全ての会計で前年度を上回った。'
         '一方で、国民健康保険税の滞納繰越分は依然として収入未済額全体の約半分を占めており、引き続き重点的な対応が必要である。</p>')
p.append('<div class="pn">- 2 -</div></div>')
pages.append("".join(p))

# ---------------- page 3: landscape, 3-level header, section rows ----------------
G.page = 3
p = ['<div class="page land"><h2>２ 主要債権の収納状況（会計別・令和6年度決算）</h2>',
     '<div style="text-align:right" class="small">（単位：千円、％）</div>',
     '<table class="tiny sec"><tr><th rowspan="3" class="vert">会計</th><th rowspan="3">債権名</th>'
     '<th colspan="15">令和6年度決算</th></tr><tr><th colspan="5">現年度分</th><th colspan="5">滞納繰越分</th><th colspan="5">計</th></tr><tr>'
     + ("<th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th>" * 3) + "</tr>"]
MET = (("a", "assessed"), ("c", "collected"), ("w", "written_off"), ("o", "outstanding"))


def cells(name, raw_name, s3, area=None):
    out = ""
    for sg in ("current", "arrears", "total"):
        s = s3[sg]
        for k, m in MET:
            txt = c(s[k]) if (s[k] or k != "w") else "－"
            if s[k] == 0 and k == "w":
                out += '<td class="n">－</td>'
                continue
            out += f'<td class="n">{G.f(txt, s[k] * 1000, m, debt=name, debt_raw=raw_name, fy=2024, fy_raw="令和6年度", seg=sg, area=area)}</td>'
        v = rt(s)
        out += f'<td class="n">{G.f(r2(v), v, "collection_rate", debt=name, debt_raw=raw_name, fy=2024, fy_raw="令和6年度", seg=sg, area=area)}</td>'
    return out


for acc, label, vlabel in (("一般", "【一般会計】", "一般会計"), ("特別", "【特別会計】", "特別会計")):
    names = [d for d in DEBTS if d[2] == acc]
    p.append(f'<tr><td rowspan="{len(names) + 2}" class="vert">{vlabel}</td><td colspan="16" class="secrow">{label}</td></tr>')
    for name, full, _, _, _ in names:
        p.append(f"<tr><td>{full}</td>{cells(name, full, D[name][2024])}</tr>")
    sub = {sg: tot(*[D[n[0]][2024][sg] for n in names]) for sg in ("current", "arrears", "total")}
    p.append(f'<tr class="sum"><td>小計</td>{cells(None, "小計", sub)}</tr>')
grand = {sg: tot(*[D[n][2024][sg] for n in D]) for sg in ("current", "arrears", "total")}
p.append(f'<tr class="sum"><td colspan="2" style="text-align:center">合計</td>{cells(None, "合計", grand)}</tr></table>')
p.append('<p class="small">注1）収納率＝収入済額÷調定額×100。収入未済額＝調定額－収入済額－不納欠損額。<br>'
         '注2）国民健康保険税は一般被保険者分及び退職被保険者等分の合計。現年度分の不納欠損は「－」で表示。</p>')
p.append('<div class="pn">- 3 -</div></div>')
pages.append("".join(p))

# ---------------- page 4: district table ----------------
G.page = 4
AREAS = [("古河地区", 0.41, 99.02, 0.296, 1912), ("総和地区", 0.44, 99.21, 0.262, 1764), ("三和地区", 0.15, 99.18, 0.251, 618)]
tax = D["市税"][2024]
p = ['<div class="page"><h2>３ 市税の地区別収納状況（令和6年度決算）</h2>',
     '<table class="small"><tr><th>地区</th><th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）</th>'
     '<th>収入未済額（千円）</th><th>滞納者数（人）</th><th>備考</th></tr>']
acc_a = acc_c = acc_o = acc_p = acc_w = 0
notes = {}
for i, (ar, share, _, arr_share, persons) in enumerate(AREAS):
    last = i == len(AREAS) - 1
    a = tax["total"]["a"] - acc_a if last else round(tax["total"]["a"] * share)
    cc = tax["total"]["c"] - acc_c if last else round(tax["total"]["c"] * share * (1.0008 if i == 1 else 0.9994))
    w_i = tax["total"]["w"] - acc_w if last else round(tax["total"]["w"] * share)
    acc_w += w_i
    o = a - cc - w_i
    pr = persons
    acc_a += a; acc_c += cc; acc_o += o; acc_p += pr
    arr_part = round(o * 0.71)
    v = rate(cc, a)
    p.append(f'<tr><td style="white-space:nowrap">{ar}</td>'
             f'<td class="n">{G.f(c(a), a * 1000, "assessed", debt="市税", debt_raw="市税", fy=2024, fy_raw="令和6年度", area=ar)}</td>'
             f'<td class="n">{G.f(c(cc), cc * 1000, "collected", debt="市税", debt_raw="市税", fy=2024, fy_raw="令和6年度", area=ar)}</td>'
             f'<td class="n">{G.f(r2(v), v, "collection_rate", debt="市税", debt_raw="市税", fy=2024, fy_raw="令和6年度", area=ar)}</td>'
             f'<td class="n">{G.f(c(o), o * 1000, "outstanding", debt="市税", debt_raw="市税", fy=2024, fy_raw="令和6年度", area=ar)}</td>'
             f'<td class="n">{G.f(c(pr), pr, "delinquents", debt="市税", debt_raw="市税", fy=2024, fy_raw="令和6年度", area=ar, unit="persons")}</td>'
             f'<td class="small">うち滞納繰越分 {G.f(c(arr_part) + "千円", arr_part * 1000, "outstanding", debt="市税", debt_raw="市税", fy=2024, fy_raw="令和6年度", seg="arrears", area=ar)}</td></tr>')
# the district split must add up to the written-off consistent total: a - c - o = written off in district
v = rate(acc_c, acc_a)
p.append(f'<tr class="sum"><td>計</td>'
         f'<td class="n">{G.f(c(acc_a), acc_a * 1000, "assessed", debt="市税", debt_raw="市税", fy=2024, fy_raw="令和6年度")}</td>'
         f'<td class="n">{G.f(c(acc_c), acc_c * 1000, "collected", debt="市税", debt_raw="市税", fy=2024, fy_raw="令和6年度")}</td>'
         f'<td class="n">{G.f(r2(v), v, "collection_rate", debt="市税", debt_raw="市税", fy=2024, fy_raw="令和6年度")}</td>'
         f'<td class="n">{G.f(c(acc_o), acc_o * 1000, "outstanding", debt="市税", debt_raw="市税", fy=2024, fy_raw="令和6年度")}</td>'
         f'<td class="n">{G.f(c(acc_p), acc_p, "delinquents", debt="市税", debt_raw="市税", fy=2024, fy_raw="令和6年度", unit="persons")}</td><td></td></tr></table>')
p.append('<p class="small">※ 地区は納税義務者の住所地による。法人市民税は本店所在地で区分。滞納者数は令和7年5月31日現在の実人数。</p>')
# 参考 box
sei = D["市税"][2024]
p.append('<div class="box"><b>【参考】差押え等の実施状況（市税・令和6年度）</b><ul style="margin:4px 0">'
         '<li>差押件数：1,486件（前年度 1,352件）</li>'
         '<li>うち預貯金・給与等の債権差押：1,203件</li>'
         f'<li>滞納繰越分収入済額：{G.f(c(sei["arrears"]["c"]) + "千円", sei["arrears"]["c"] * 1000, "collected", debt="市税", debt_raw="市税", fy=2024, fy_raw="令和6年度", seg="arrears")}</li>'
         f'<li>執行停止等による不納欠損額：{G.f(c(sei["arrears"]["w"]) + "千円", sei["arrears"]["w"] * 1000, "written_off", debt="市税", debt_raw="市税", fy=2024, fy_raw="令和6年度", seg="arrears")}</li></ul></div>')
p.append('<p>地区別では、古河地区及び三和地区の収納率が総和地区をやや下回っている。古河地区は単身世帯及び転出入の多い地域を含むため、'
         '現年度分の早期催告と居所調査を組み合わせた対応を継続する。</p>')
p.append('<div class="pn">- 4 -</div></div>')
pages.append("".join(p))

# ---------------- pages 5-8: 取組個票 ----------------
SHEETS = [
    ("市税", "市税", "財政部 収納課", "強制徴収公債権",
     {2021: (22984120, 97.61, 401220), 2022: (23201455, 97.88, 356010), 2023: None, 2024: None},
     (99.20, 29.0, 97.85), (99.13, 27.5, 97.74),
     [("(1)", "現年度分の滞納者に対し、納期限後30日以内に電話催告とSMS催告を実施し、滞納繰越への移行を抑止する。", "継続"),
      ("(2)", "預貯金・給与の債権差押えを中心とした滞納処分を早期に執行し、滞納繰越分の圧縮を図る。", "継続"),
      ("(3)", "茨城租税債権管理機構への移管対象を見直し、高額・困難案件の引継ぎを年2回に拡大する。", "拡充"),
      ("(4)", "スマートフォン決済アプリによる納付の周知を強化し、口座振替の利用率向上に取り組む。", "継続"),
      ("(5)", "地区別の収納率を毎月集計し、古河地区の現年度分について重点的に臨戸調査を行う。", "新規")]),
    ("国民健康保険税", "国民健康保険税", "財政部 収納課／福祉部 保険年金課", "強制徴収公債権",
     {2021: (6012330, 80.12, 201554), 2022: (5812440, 81.05, 178230), 2023: None, 2024: None},
     (94.80, 26.5, 80.90), (94.66, 25.9, 80.62),
     [("①", "資格異動の届出時に口座振替の申込みを勧奨し、納付書払いからの切替えを進める。", "継続"),
      ("②", "短期被保険者証の更新時期に納付相談を集中させ、分納誓約の履行状況を確認する。", "継続"),
      ("③", "所得未申告世帯への申告勧奨を行い、軽減判定を適正化して現年度分の調定を確定させる。", "新規"),
      ("④", "財産調査の結果、差押可能財産がない世帯については執行停止を適正に判断する。", "継続")]),
    ("介護保険料", "介護保険料", "福祉部 介護保険課", "強制徴収公債権",
     {2021: (2788510, 97.01, 13544), 2022: (2801236, 97.23, 13012), 2023: None, 2024: None},
     (99.15, 24.0, 97.68), (99.12, 23.0, 97.61),
     [("ア", "普通徴収の新規被保険者に対し、初回納付書に口座振替依頼書を同封する。", "継続"),
      ("イ", "給付制限（償還払い化等）の事前通知を活用し、滞納者との接触機会を確保する。", "継続"),
      ("ウ", "年金からの特別徴収への切替え時期を被保険者に個別に案内する。", "新規")]),
    ("市営住宅使用料", "市営住宅使用料", "都市建設部 建築住宅課", "私債権",
     {2021: (356200, 87.11, 4120), 2022: (349875, 87.92, 3654), 2023: None, 2024: None},
     (97.80, 18.0, 85.40), (97.68, 17.1, 85.19),
     [("(1)", "滞納3か月に達した入居者について連帯保証人へ通知し、早期の納付を求める。", "継続"),
      ("(2)", "退去者の滞納分について、支払督促等の法的措置を計画的に実施する。", "拡充"),
      ("(3)", "収入申告の未提出世帯に対し、家賃減免制度の案内とあわせて納付相談を行う。", None)]),
]
for i, (name, raw, div, kubun, hist, tgt7, _unused, items) in enumerate(SHEETS):
    G.page = 5 + i
    yrs = {}
    base = D[name][2023]["total"]
    for y, fa, dr, fw in ((2021, 1.0213, -0.93, 1.18), (2022, 1.0087, -0.41, 1.07)):
        a = round(base["a"] * fa)
        s = seg(a, round(rt(base) + dr, 2), round(base["w"] * fw))
        yrs[y] = s
    yrs[2023] = D[name][2023]["total"]
    yrs[2024] = D[name][2024]["total"]
    p = [f'<div class="page"><div class="small" style="text-align:right">取組個票 {i + 1}</div>',
         f'<table class="strip"><tr><td class="k">債権名</td><td><b>{raw}</b></td><td class="k">所管課</td><td>{div}</td>'
         f'<td class="k">債権区分</td><td>{kubun}</td></tr></table>',
         '<h3>１ 収納状況の推移（現年度分＋滞納繰越分）</h3>',
         '<table class="small"><tr><th>区分</th>' + "".join(f"<th>令和{y - 2018}年度<br>決算</th>" for y in (2021, 2022, 2023, 2024)) + '<th>備考</th></tr>']
    for k, m, lbl in (("a", "assessed", "調定額（千円）"), ("c", "collected", "収入済額（千円）"), ("w", "written_off", "不納欠損額（千円）"),
                      ("o", "outstanding", "収入未済額（千円）")):
        row = f"<tr><td>{lbl}</td>"
        for y in (2021, 2022, 2023, 2024):
            row += f'<td class="n">{G.f(c(yrs[y][k]), yrs[y][k] * 1000, m, debt=name, debt_raw=raw, fy=y, fy_raw=f"令和{y - 2018}年度")}</td>'
        if k == "o":
            arr = D[name][2024]["arrears"]["o"]
            row += f'<td class="small">令和6年度のうち滞納繰越分 {G.f(c(arr) + "千円", arr * 1000, "outstanding", debt=name, debt_raw=raw, fy=2024, fy_raw="令和6年度", seg="arrears")}</td></tr>'
        else:
            row += "<td></td></tr>"
        p.append(row)
    row = "<tr><td>収納率（％）</td>"
    for y in (2021, 2022, 2023, 2024):
        v = rt(yrs[y])
        row += f'<td class="n">{G.f(r2(v), v, "collection_rate", debt=name, debt_raw=raw, fy=y, fy_raw=f"令和{y - 2018}年度")}</td>'
    p.append(row + "<td></td></tr></table>")
    # targets vs results
    p.append('<h3>２ 目標収納率と実績</h3><table class="small"><tr><th>年度</th><th>区分</th><th>目標（％）</th><th>実績（％）</th><th>達成率（％）</th></tr>')
    tg6 = {"current": round(rt(D[name][2024]["current"]) + (0.05 if i % 2 else -0.08), 2),
           "arrears": round(rt(D[name][2024]["arrears"]) + 1.0, 1)}
    for sg, lab in (("current", "現年度分"), ("arrears", "滞納繰越分")):
        act = rt(D[name][2024][sg])
        tg = tg6[sg]
        tgs = r2(tg) if sg == "current" else f"{tg:.1f}"
        ach = round(act / tg * 100, 1)
        p.append(f'<tr><td>{"令和6年度" if sg == "current" else "〃"}</td><td>{lab}</td>'
                 f'<td class="n">{G.f(tgs, tg, "collection_rate", debt=name, debt_raw=raw, fy=2024, fy_raw="令和6年度", seg=sg, basis="target")}</td>'
                 f'<td class="n">{G.f(r2(act), act, "collection_rate", debt=name, debt_raw=raw, fy=2024, fy_raw="令和6年度", seg=sg)}</td>'
                 f'<td class="n">{ach:.1f}</td></tr>')
    tgt7 = (round(rt(D[name][2024]["current"]) + 0.08, 2), round(rt(D[name][2024]["arrears"]) + 1.0, 1),
            round(rt(D[name][2024]["total"]) + 0.35, 2))
    for sg, lab, t in (("current", "現年度分", tgt7[0]), ("arrears", "滞納繰越分", tgt7[1]), ("total", "計", tgt7[2])):
        ts = r2(t) if sg != "arrears" else f"{t:.1f}"
        p.append(f'<tr><td>{"令和7年度" if sg == "current" else "〃"}</td><td>{lab}</td>'
                 f'<td class="n">{G.f(ts, t, "collection_rate", debt=name, debt_raw=raw, fy=2025, fy_raw="令和7年度", seg=sg, basis="target")}</td>'
                 '<td class="n">－</td><td class="n">－</td></tr>')
    p.append("</table>")
    # analysis cell with prose figures
    o24 = D[name][2024]["total"]["o"]
    o23 = D[name][2023]["total"]["o"]
    dd = o24 - o23
    cr24, cr23 = rt(D[name][2024]["current"]), rt(D[name][2023]["current"])
    dp = round(cr24 - cr23, 2)
    word = "減少" if dd < 0 else "増加"
    analysis = (f'令和6年度末の収入未済額は{G.f(c(o24) + "千円", o24 * 1000, "outstanding", debt=name, debt_raw=raw, fy=2024, fy_raw="令和6年度")}で、'
                f'前年度より{G.f(c(abs(dd)) + "千円" + word, dd * 1000, "difference", debt=name, debt_raw=raw, fy=2024, fy_raw="令和6年度")}した。'
                f'現年度分の収納率は{G.f(r2(cr24) + "％", cr24, "collection_rate", debt=name, debt_raw=raw, fy=2024, fy_raw="令和6年度", seg="current")}で、'
                f'前年度比{G.f(f"{abs(dp):.2f}ポイント" + ("上昇" if dp >= 0 else "低下"), dp, "difference", debt=name, debt_raw=raw, fy=2024, fy_raw="令和6年度", seg="current", unit="points")}となった。')
    issue = {"市税": "滞納繰越分の約4割が100万円以上の高額案件に集中しており、処分の早期化が課題である。",
             "国民健康保険税": "資格喪失後の滞納が残りやすく、転出者の所在把握と納付折衝に時間を要している。",
             "介護保険料": "普通徴収者の滞納は少額多件であり、給付制限の周知不足が滞納の一因となっている。",
             "市営住宅使用料": "退去滞納者の債権が長期化しており、法的措置の件数を計画的に確保する必要がある。"}[name]
    p.append('<h3>３ 現状と課題</h3><table class="small"><tr><th style="width:18%">分析</th>'
             f'<td>{analysis}{issue}</td></tr></table>')
    p.append('<h3>４ 令和7年度の取組</h3><div class="box" style="margin-top:2px"><ul class="items">')
    for lab, t, st in items:
        G.init(t, debt=name, fy=2025, section="令和7年度の取組", label=lab, status=st)
        tag = f"【{st}】" if st else ""
        p.append(f"<li>{lab}　{t}{tag}</li>")
    p.append("</ul></div>")
    p.append(f'<div class="pn">- {G.page} -</div></div>')
    pages.append("".join(p))

html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
pdf = ROOT / "pdf" / f"{STEM}.pdf"
chromium_pdf(hp, pdf)
gp = G.write(pdf)
import json  # noqa: E402
errs = check(pdf, json.loads(gp.read_text()))
print(STEM, len(G.facts), "facts", len(G.inits), "inits", "errors:", len(errs))
for e in errs[:20]:
    print(" ", e)
