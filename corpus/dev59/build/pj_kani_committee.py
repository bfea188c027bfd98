"""可児市 令和７年度第１回債権管理対策会議 資料（債権別取組個票） — HTML/CSS -> chromium --print-to-pdf.
Run from corpus/dev59:  python3 build/pj_kani_committee.py"""
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pj_common import Gold, comma, zen, ROOT, check  # noqa: E402

STEM = "pj_kani_committee_1"
WORK = Path("/tmp/pj_work")
TITLE = "令和７年度 第１回可児市債権管理対策会議 資料"
G = Gold(STEM, "committee_material", "kobetsu", "可児市", TITLE, "2025-07-24", "令和７年７月２４日（木）")
F = G.fact


def r2(c, a):
    return round(c / a * 100, 2)


def eraw(fy, both=False):
    n = fy - 2018
    s = "令和元" if n == 1 else f"令和{n}"
    return f"{s}（{fy}）年度" if both else f"{s}年度"


CSS = """
@page { size: A4; margin: 16mm 15mm 14mm 15mm; }
body { font-family: 'IPAexGothic'; font-size: 9.5pt; color: #000; }
.page { page-break-after: always; }
.page:last-child { page-break-after: auto; }
h1 { font-size: 16pt; text-align: center; margin: 40mm 0 6mm; }
h2 { font-size: 12.5pt; margin: 0 0 3mm; border-left: 5px solid #2b4c7e; padding-left: 6px; }
h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm; }
table { border-collapse: collapse; }
td, th { border: 0.6pt solid #333; padding: 2px 4px; font-weight: normal; }
th { background: #d9e2f0; }
td.n { text-align: right; }
tr.z:nth-child(even) td { background: #f1f4f9; }
.unit { text-align: right; font-size: 8.5pt; margin: 0 0 1mm; }
.note { font-size: 8.2pt; margin-top: 1mm; }
.strip td { border: 1pt solid #000; padding: 3px 6px; }
.strip td.l { background: #e6e6e6; width: 22mm; }
.vert { writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 2px; width: 7mm; }
.hr td, .hr th { border: none; background: none; }
.hr thead tr th { border-top: 1pt solid #000; border-bottom: 1pt solid #000; }
.hr tbody tr:last-child td { border-bottom: 1pt solid #000; }
.mid { font-family: 'IPAexMincho'; }
.box { border: 1pt solid #000; padding: 3mm 4mm; }
ul.plain { list-style: none; padding-left: 2mm; margin: 1mm 0; }
"""


def main():
    H = []
    # ============================================================= page 1: 次第
    pg = 1
    H.append(f"""<div class="page"><h1>令和７年度 第１回可児市債権管理対策会議</h1>
<div class="mid" style="width:120mm;margin:0 auto;font-size:11pt;line-height:2">
日時　令和７年７月２４日（木）午後２時から<br>場所　可児市役所 ５階 全員協議会室<br><br>
<b>次　第</b><br>１　開　会<br>２　議　題<br>
（１）令和６年度の債権管理の実績について　……　資料１<br>
（２）令和７年度 債権別取組個票について　……　資料２<br>３　その他<br>４　閉　会<br><br>
<b>資料</b><br>資料１　債権全体の状況（令和６年度決算）<br>資料２　債権別取組個票（市税・国民健康保険税・保育料・市営住宅使用料）
</div></div>""")

    # ============================================================= page 2: 資料1 summary (会計 outer header)
    pg = 2
    rows = [
        ("一般会計", "市税", "市税", "税務課", 15820456, 15498307, 14215, 97.82),
        ("一般会計", "保育料", "保育料", "こども課", 186204, 181930, 610, 97.47),
        ("一般会計", "市営住宅使用料", "市営住宅使用料", "建築指導課", 96903, 85403, 980, 86.99),
        ("一般会計", "生活保護費返還金", "生活保護費返還金", "福祉支援課", 118460, 21907, 1870, 17.86),
        ("国民健康保険事業特別会計", "国民健康保険税", "国民健康保険料", "国保年金課", 1878849, 1591958, 22410, 83.75),
        ("介護保険事業特別会計", "介護保険料", "介護保険料", "高齢福祉課", 1689330, 1672512, 3140, 98.94),
        ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", "国保年金課", 1203417, 1199655, 402, 99.64),
    ]
    fyr = "令和６年度"
    body = []
    seen = {}
    for i, (kai, name, canon, ka, a, c, w, prev) in enumerate(rows):
        o = a - c - w
        rt = r2(c, a)
        d = round(rt - prev, 2)
        ds = ("▲" if d < 0 else "") + f"{abs(d):.2f}"
        cells = ""
        if kai not in seen:
            n = sum(1 for r in rows if r[0] == kai)
            seen[kai] = 1
            cells += f'<td rowspan="{n}" style="background:#eef1f6">{kai}</td>'
        cells += (f"<td>{name}</td><td>{ka}</td><td class=n>{comma(a)}</td><td class=n>{comma(c)}</td>"
                  f"<td class=n>{comma(w)}</td><td class=n>{comma(o)}</td><td class=n>{rt:.2f}</td>"
                  f"<td class=n>{prev:.2f}</td><td class=n>{ds}</td>")
        body.append(f"<tr>{cells}</tr>")
        for s, v, m, u in ((comma(a), a * 1000, "assessed", "yen"), (comma(c), c * 1000, "collected", "yen"),
                           (comma(w), w * 1000, "written_off", "yen"), (comma(o), o * 1000, "outstanding", "yen"),
                           (f"{rt:.2f}", rt, "collection_rate", "percent")):
            F(pg, s, v, u, m, 2024, fyr, "total", "actual", canon, name)
        F(pg, f"{prev:.2f}", prev, "percent", "collection_rate", 2023, "前年度", "total", "actual", canon, name)
        F(pg, ds, d, "points", "difference", 2024, fyr, "total", "actual", canon, name)
    TA = sum(r[4] for r in rows); TC = sum(r[5] for r in rows); TW = sum(r[6] for r in rows)
    TO = TA - TC - TW
    trt = r2(TC, TA)
    tprev = 95.07
    td_ = round(trt - tprev, 2)
    body.append(f'<tr style="font-weight:bold"><td colspan=3>合　計</td><td class=n>{comma(TA)}</td><td class=n>{comma(TC)}</td>'
                f'<td class=n>{comma(TW)}</td><td class=n>{comma(TO)}</td><td class=n>{trt:.2f}</td><td class=n>{tprev:.2f}</td>'
                f'<td class=n>{td_:.2f}</td></tr>')
    for s, v, m, u in ((comma(TA), TA * 1000, "assessed", "yen"), (comma(TC), TC * 1000, "collected", "yen"),
                       (comma(TW), TW * 1000, "written_off", "yen"), (comma(TO), TO * 1000, "outstanding", "yen"),
                       (f"{trt:.2f}", trt, "collection_rate", "percent")):
        F(pg, s, v, u, m, 2024, fyr, "total", "actual", None, "合計")
    F(pg, f"{tprev:.2f}", tprev, "percent", "collection_rate", 2023, "前年度", "total", "actual", None, "合計")
    F(pg, f"{td_:.2f}", td_, "points", "difference", 2024, fyr, "total", "actual", None, "合計")
    # 収入未済額の推移 (百万円, years descending, written both ways)
    hist = [(2024, TO), (2023, 741205), (2022, 786914), (2021, 821377), (2020, 867052)]
    hh = "".join(f"<th>{eraw(fy, True)}</th>" for fy, _ in hist)
    hv = ""
    for fy, v in hist:
        mv = round(v / 1000, 1)
        hv += f"<td class=n>{mv:,.1f}</td>"
        F(pg, f"{mv:,.1f}", int(round(mv * 1e6)), "yen", "outstanding", fy, eraw(fy, True), "total", "actual", None, None)
    oku = round(TO / 100000, 1)
    dec = round((hist[1][1] - TO) / 10) * 10000  # 万円単位に丸め
    dec_man = (hist[1][1] - TO + 5) // 10
    H.append(f"""<div class="page"><h2>資料１　債権全体の状況（令和６年度決算）</h2>
<div class="unit">出典：令和６年度 可児市歳入歳出決算書・各課報告</div>
<table style="width:100%;font-size:8.3pt"><colgroup><col style="width:24mm"><col style="width:27mm"><col style="width:17mm"></colgroup><thead><tr><th>会計</th><th>債権名</th><th>所管課</th><th>調定額（千円）</th><th>収入済額（千円）</th>
<th>不納欠損額（千円）</th><th>収入未済額（千円）</th><th>収納率（％）</th><th>前年度収納率（％）</th><th>増減（ポイント）</th></tr></thead>
<tbody>{''.join(body)}</tbody></table>
<div class="note">※ 増減欄の▲は前年度からの低下を示す。</div>
<h3>収入未済額の推移（全債権）</h3>
<div class="unit">（単位：百万円）</div>
<table style="width:100%"><tr><th>年度</th>{hh}</tr><tr><td>収入未済額</td>{hv}</tr></table>
<h3>概況</h3>
<p class="mid" style="line-height:1.8">　令和６年度末の全債権の収入未済額は約{oku}億円となり、前年度末から約{dec_man:,}万円の減少となりました。
全債権の収納率は{trt:.2f}％で、前年度比{td_:.2f}ポイント上昇しています。収入未済額の４割余りを市税が占めており、
国民健康保険税とあわせると全体の約８割となることから、この２債権を重点債権として引き続き取組を進めます。</p>
</div>""")
    F(pg, f"約{oku}億円", int(round(oku * 1e8)), "yen", "outstanding", 2024, "令和６年度末", "total", "actual", None, None, approx=True)
    F(pg, f"約{dec_man:,}万円の減少", -dec_man * 10000, "yen", "difference", 2024, "令和６年度末", "total", "actual",
      None, None, approx=True)
    F(pg, f"{trt:.2f}％", trt, "percent", "collection_rate", 2024, "令和６年度", "total", "actual", None, None)
    F(pg, f"{td_:.2f}ポイント", td_, "points", "difference", 2024, "令和６年度", "total", "actual", None, None)

    # ============================================================= page 3: 市税 個票
    pg = 3
    tax = [(2020, 15102334, 14689215, 21560), (2021, 15287910, 14905388, 19874), (2022, 15498705, 15139251, 17032),
           (2023, 15663118, 15321806, 15980), (2024, 15820456, 15498307, 14215)]
    trs = []
    prev_o = None
    for i, (fy, a, c, w) in enumerate(tax):
        o = a - c - w
        rt = r2(c, a)
        inc = "－" if prev_o is None else comma(o - prev_o)
        incr = "－" if prev_o is None else ("▲" if o < prev_o else "") + f"{abs((o - prev_o) / prev_o * 100):.1f}"
        vert = f'<td rowspan="5" class="vert" style="background:#eef1f6">決算</td>' if i == 0 else ""
        trs.append(f"<tr>{vert}<td>{eraw(fy)}</td><td class=n>{comma(a)}</td><td class=n>{comma(c)}</td><td class=n>{rt:.2f}</td>"
                   f"<td class=n>{comma(w)}</td><td class=n>{comma(o)}</td><td class=n>{inc}</td><td class=n>{incr}</td></tr>")
        for s, v, m, u in ((comma(a), a * 1000, "assessed", "yen"), (comma(c), c * 1000, "collected", "yen"),
                           (f"{rt:.2f}", rt, "collection_rate", "percent"), (comma(w), w * 1000, "written_off", "yen"),
                           (comma(o), o * 1000, "outstanding", "yen")):
            F(pg, s, v, u, m, fy, eraw(fy), "total", "actual", "市税", "市税")
        if prev_o is not None:
            F(pg, inc, (o - prev_o) * 1000, "yen", "difference", fy, eraw(fy), "total", "actual", "市税", "市税")
        prev_o = o
    avg = round(sum(r2(c, a) for _, a, c, _ in tax) / 5, 2)
    trs.append(f'<tr><td colspan=2>5年平均</td><td class=n>－</td><td class=n>－</td><td class=n>{avg:.2f}</td>'
               f'<td class=n>－</td><td class=n>－</td><td class=n>－</td><td class=n>－</td></tr>')
    # targets vs results
    tg = [(2022, 97.60), (2023, 97.80), (2024, 97.95)]
    act = {fy: r2(c, a) for fy, a, c, _ in tax}
    ttr = ""
    for fy, t in tg:
        ach = act[fy] / t * 100
        ttr += f"<tr><td>{eraw(fy)}</td><td class=n>{t:.2f}</td><td class=n>{act[fy]:.2f}</td><td class=n>{ach:.1f}</td></tr>"
        F(pg, f"{t:.2f}", t, "percent", "collection_rate", fy, eraw(fy), "total", "target", "市税", "市税")
        F(pg, f"{act[fy]:.2f}", act[fy], "percent", "collection_rate", fy, eraw(fy), "total", "actual", "市税", "市税")
    ttr += "<tr><td>令和７年度</td><td class=n>98.10</td><td class=n>－</td><td class=n>－</td></tr>"
    F(pg, "98.10", 98.10, "percent", "collection_rate", 2025, "令和７年度", "total", "target", "市税", "市税")
    o6 = tax[-1][1] - tax[-1][2] - tax[-1][3]
    o5 = tax[-2][1] - tax[-2][2] - tax[-2][3]
    man_arr = 3120
    inits = [
        ("(1)", "①", "納期限後の早期催告を徹底するため、督促状発付の10日後にSMSによる一斉催告を行う。", "継続"),
        ("(1)", "②", "口座振替の新規申込をWEBで受け付け、納付書払いからの切替えを進める。", "拡充"),
        ("(2)", "①", "滞納繰越分は、財産調査を滞納発生から３か月以内に行い、差押えを速やかに執行する。", "継続"),
        ("(2)", "②", "岐阜県との共同徴収（併任徴収）を活用し、高額・困難案件の処理を進める。", "継続"),
        ("(3)", "", "地方税統一QRコードを活用したスマートフォン決済の周知を強化する。", "新規"),
    ]
    cell = {"(1)": "", "(2)": "", "(3)": ""}
    for grp, lab, t, stt in inits:
        cell[grp] += f"{lab}{t}【{stt}】<br>" if lab else f"{t}<br>【{stt}】<br>"
        G.init(pg, t, "市税", 2025, "令和７年度の取組", f"{grp}{lab}", stt)
    H.append(f"""<div class="page"><h2>資料２　債権別取組個票（１）</h2>
<table class="strip" style="width:100%"><tr><td class="l">債権名</td><td>市税</td><td class="l">所管課</td><td>税務課（収納係）</td></tr>
<tr><td class="l">債権区分</td><td>強制徴収公債権</td><td class="l">根拠法令</td><td>地方税法、可児市税条例</td></tr></table>
<h3>１　収納状況の推移</h3><div class="unit">（単位：千円、％）</div>
<table style="width:100%"><tr><th colspan=2>年度</th><th>調定額</th><th>収入済額</th><th>収納率※</th><th>不納欠損額</th><th>収入未済額</th><th>増減額</th><th>増減率</th></tr>
{''.join(trs)}</table>
<div class="note">※ 収納率＝収入済額÷調定額（現年課税分と滞納繰越分の計）。増減は収入未済額の前年度との比較。</div>
<h3>２　数値目標と実績</h3>
<table style="width:60%"><tr><th>年度</th><th>目標収納率（％）</th><th>実績収納率（％）</th><th>達成率（％）</th></tr>{ttr}</table>
<h3>３　現状と課題</h3>
<table style="width:100%"><tr><td class="mid" style="line-height:1.7">令和６年度末の収入未済額は{comma(o6)}千円で、前年度より{comma(o5 - o6)}千円減少した。
一方、滞納繰越分のうち納付の見込めない少額案件が約{man_arr:,}万円残っており、執行停止の判断を早める必要がある。</td></tr></table>
<h3>４　令和７年度の主な取組</h3>
<table style="width:100%"><tr><td style="width:25mm">(1)現年度分</td><td>{cell['(1)']}</td></tr>
<tr><td>(2)滞納繰越分</td><td>{cell['(2)']}</td></tr><tr><td>(3)納付環境</td><td>{cell['(3)']}</td></tr></table>
</div>""")
    F(pg, f"{comma(o6)}千円", o6 * 1000, "yen", "outstanding", 2024, "令和６年度末", "total", "actual", "市税", "市税")
    F(pg, f"{comma(o5 - o6)}千円減少", -(o5 - o6) * 1000, "yen", "difference", 2024, "令和６年度末", "total", "actual", "市税", "市税")
    F(pg, f"約{man_arr:,}万円", man_arr * 10000, "yen", "outstanding", 2024, "令和６年度末", "arrears", "actual", "市税",
      "市税", approx=True)

    # ============================================================= page 4: 国保 個票 (3-level header, merged row label)
    pg = 4
    k = {2023: {"current": (1612450, 1528870), "arrears": (298114, 71205)},
         2024: {"current": (1598332, 1519640), "arrears": (280517, 72318)}}
    kw = {2023: 24120, 2024: 22410}
    head1 = "".join(f'<th colspan=3>{eraw(fy, True)}</th>' for fy in (2023, 2024))
    head2 = "<th colspan=3>決算</th>" * 2
    head3 = "<th>調定額</th><th>収入済額</th><th>収納率</th>" * 2
    trs = []
    for j, (seg, lab) in enumerate((("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計"))):
        lead = '<td rowspan=3 style="background:#eef1f6">国保税</td>' if j == 0 else ""
        tds = ""
        for fy in (2023, 2024):
            if seg == "total":
                a = sum(k[fy][s][0] for s in k[fy]); c = sum(k[fy][s][1] for s in k[fy])
            else:
                a, c = k[fy][seg]
            tds += f"<td class=n>{comma(a)}</td><td class=n>{comma(c)}</td><td class=n>{r2(c, a):.2f}</td>"
            F(pg, comma(a), a * 1000, "yen", "assessed", fy, eraw(fy, True), seg, "actual", "国民健康保険料", "国保税")
            F(pg, comma(c), c * 1000, "yen", "collected", fy, eraw(fy, True), seg, "actual", "国民健康保険料", "国保税")
            F(pg, f"{r2(c, a):.2f}", r2(c, a), "percent", "collection_rate", fy, eraw(fy, True), seg, "actual",
              "国民健康保険料", "国保税")
        trs.append(f"<tr>{lead}<td>{lab}</td>{tds}</tr>")
    ko = {fy: sum(k[fy][s][0] - k[fy][s][1] for s in k[fy]) - kw[fy] for fy in k}
    tg = [("現年度分", "current", 95.00, 95.20), ("滞納繰越分", "arrears", 25.00, 26.00)]
    ttr = ""
    for lab, seg, t6, t7 in tg:
        a, c = k[2024][seg]
        ac = r2(c, a)
        ttr += (f"<tr><td>{lab}</td><td class=n>{t6:.2f}</td><td class=n>{ac:.2f}</td><td class=n>{ac / t6 * 100:.1f}</td>"
                f"<td class=n>{t7:.2f}</td></tr>")
        F(pg, f"{t6:.2f}", t6, "percent", "collection_rate", 2024, "令和６年度", seg, "target", "国民健康保険料", "国民健康保険税")
        F(pg, f"{ac:.2f}", ac, "percent", "collection_rate", 2024, "令和６年度", seg, "actual", "国民健康保険料", "国民健康保険税")
        F(pg, f"{t7:.2f}", t7, "percent", "collection_rate", 2025, "令和７年度", seg, "target", "国民健康保険料", "国民健康保険税")
    inits = [("ア", "現年度分の未納者には、納期限の翌月に電話催告と文書催告を集中して行う。", "継続"),
             ("イ", "資格喪失の届出が遅れている世帯を把握し、社会保険加入者の重複賦課を防ぐ。", "新規"),
             ("ウ", "短期被保険者証の更新時に納付相談を行い、分納誓約と履行管理を徹底する。", "継続"),
             ("エ", "滞納繰越分は市税と一体で財産調査を行い、差押えを執行する。", "拡充")]
    li = ""
    for lab, t, stt in inits:
        li += f"<li>{lab}　{t}【{stt}】</li>"
        G.init(pg, t, "国民健康保険料", 2025, "令和７年度の取組", lab, stt, "国民健康保険税")
    H.append(f"""<div class="page"><h2>資料２　債権別取組個票（２）</h2>
<table class="strip" style="width:100%"><tr><td class="l">債権名</td><td>国民健康保険税</td><td class="l">所管課</td><td>国保年金課</td></tr>
<tr><td class="l">債権区分</td><td>強制徴収公債権</td><td class="l">会計</td><td>国民健康保険事業特別会計</td></tr></table>
<h3>１　区分別の収納状況</h3><div class="unit">（単位：千円、％）</div>
<table style="width:100%"><tr><th rowspan=3>債権</th><th rowspan=3>区分</th>{head1}</tr><tr>{head2}</tr><tr>{head3}</tr>
{''.join(trs)}</table>
<div class="note">国保税＝国民健康保険税</div>
<h3>２　目標と実績（収納率、％）</h3>
<table class="hr" style="width:80%"><thead><tr><th>区分</th><th>令和６年度目標</th><th>令和６年度実績</th><th>達成率</th><th>令和７年度目標</th></tr></thead>
<tbody>{ttr}</tbody></table>
<h3>３　現状と課題</h3>
<table style="width:100%"><tr><td class="mid" style="width:62%;line-height:1.7">令和６年度末の収入未済額は{comma(ko[2024])}千円で、前年度より{comma(ko[2023] - ko[2024])}千円減少した。
加入者の高齢化と低所得世帯の割合の増加により、現年度分の収納率は横ばいが続いている。</td>
<td><table style="width:100%"><tr><td>滞納世帯数</td><td class=n>812世帯</td></tr><tr><td>前年度</td><td class=n>865世帯</td></tr>
<tr><td>不納欠損額</td><td class=n>{comma(kw[2024])}千円</td></tr><tr><td>差押件数</td><td class=n>214件</td></tr></table></td></tr></table>
<h3>４　令和７年度の取組</h3>
<div class="box"><ul class="plain">{li}</ul></div>
</div>""")
    F(pg, f"{comma(ko[2024])}千円", ko[2024] * 1000, "yen", "outstanding", 2024, "令和６年度末", "total", "actual",
      "国民健康保険料", "国民健康保険税")
    F(pg, f"{comma(ko[2023] - ko[2024])}千円減少", -(ko[2023] - ko[2024]) * 1000, "yen", "difference", 2024, "令和６年度末",
      "total", "actual", "国民健康保険料", "国民健康保険税")
    F(pg, "812世帯", 812, "households", "delinquents", 2024, "令和６年度末", "total", "actual", "国民健康保険料", "国民健康保険税")
    F(pg, "865世帯", 865, "households", "delinquents", 2023, "前年度", "total", "actual", "国民健康保険料", "国民健康保険税")
    F(pg, f"{comma(kw[2024])}千円", kw[2024] * 1000, "yen", "written_off", 2024, "令和６年度末", "total", "actual",
      "国民健康保険料", "国民健康保険税")
    assert ko[2024] == rows[4][4] - rows[4][5] - rows[4][6]

    # ============================================================= page 5: 保育料 (label+value header, rate first, desc years)
    pg = 5
    hk = [(2024, 186204, 181930, 610, "うち滞納繰越分 4,812千円", 4812000),
          (2023, 191877, 187016, 742, "うち滞納繰越分 5,390千円", 5390000),
          (2022, 195330, 189851, 1014, "－", None)]
    trs = ""
    for fy, a, c, w, note, nv in hk:
        o = a - c - w
        rt = r2(c, a)
        trs += (f"<tr class=z><td>{eraw(fy)}</td><td class=n>{rt:.2f}</td><td class=n>{comma(a)}</td><td class=n>{comma(c)}</td>"
                f"<td class=n>{comma(w)}</td><td class=n>{comma(o)}</td><td>{note}</td></tr>")
        for s, v, m, u in ((f"{rt:.2f}", rt, "collection_rate", "percent"), (comma(a), a * 1000, "assessed", "yen"),
                           (comma(c), c * 1000, "collected", "yen"), (comma(w), w * 1000, "written_off", "yen"),
                           (comma(o), o * 1000, "outstanding", "yen")):
            F(pg, s, v, u, m, fy, eraw(fy), "total", "actual", "保育料", "保育料")
        if nv:
            F(pg, note.split(" ")[1], nv, "yen", "assessed", fy, eraw(fy), "arrears", "actual", "保育料", "保育料")
    inits = [("・", "入園時に口座振替の登録を必須とし、納付書による納付を原則廃止する。", "新規"),
             ("・", "滞納が２か月続いた世帯には、園長を通じて面談の機会を設け、児童手当からの申出徴収を案内する。", "継続"),
             ("・", "卒園児の滞納分は、債権管理課への移管基準（滞納額10万円以上）に基づき移管する。", "継続")]
    li = ""
    for lab, t, stt in inits:
        li += f"<li>{lab}{t}【{stt}】</li>"
        G.init(pg, t, "保育料", 2025, "取組内容", lab, stt)
    H.append(f"""<div class="page"><h2>資料２　債権別取組個票（３）</h2>
<table class="strip" style="width:100%"><tr><td style="background:#e6e6e6;width:50%">債権名　保育料</td><td style="background:#e6e6e6">所管課　こども課</td></tr></table>
<h3>１　収納状況（直近３か年）</h3><div class="unit">（単位：％、千円）</div>
<table style="width:100%"><tr><th>年度</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>備考</th></tr>{trs}</table>
<h3>２　目標</h3>
<table class="hr" style="width:70%"><thead><tr><th>項目</th><th>令和６年度実績</th><th>令和７年度目標</th></tr></thead>
<tbody><tr><td>収納率（％）</td><td class=n>{r2(181930, 186204):.2f}</td><td class=n>97.80</td></tr>
<tr><td>収入未済額（千円）</td><td class=n>{comma(186204 - 181930 - 610)}</td><td class=n>3,300</td></tr></tbody></table>
<h3>３　取組内容</h3>
<ul class="plain">{li}</ul>
</div>""")
    F(pg, f"{r2(181930, 186204):.2f}", r2(181930, 186204), "percent", "collection_rate", 2024, "令和６年度実績", "total",
      "actual", "保育料", "保育料")
    F(pg, "97.80", 97.80, "percent", "collection_rate", 2025, "令和７年度目標", "total", "target", "保育料", "保育料")
    F(pg, comma(186204 - 181930 - 610), (186204 - 181930 - 610) * 1000, "yen", "outstanding", 2024, "令和６年度実績",
      "total", "actual", "保育料", "保育料")
    F(pg, "3,300", 3300000, "yen", "outstanding", 2025, "令和７年度目標", "total", "target", "保育料", "保育料")

    # ============================================================= page 6: 市営住宅使用料 (円 table beside 千円 table)
    pg = 6
    jt = [(2022, 98412300, 84905120, 612000), (2023, 97850600, 85120450, 1104500), (2024, 96903200, 85402800, 980300)]
    trs = ""
    for fy, a, c, w in jt:
        o = a - c - w
        trs += (f"<tr><td>{eraw(fy)}</td><td class=n>{comma(a)}</td><td class=n>{comma(c)}</td>"
                f"<td class=n>{comma(w)}</td><td class=n>{comma(o)}</td></tr>")
        for s, v, m in ((comma(a), a, "assessed"), (comma(c), c, "collected"), (comma(w), w, "written_off"),
                        (comma(o), o, "outstanding")):
            F(pg, s, v, "yen", m, fy, eraw(fy), "total", "actual", "市営住宅使用料", "市営住宅使用料")
    tgt = [("収入済額", "85,600", 85600000, "collected", "yen"), ("収入未済額", "9,800", 9800000, "outstanding", "yen"),
           ("収納率（％）", "88.90", 88.90, "collection_rate", "percent")]
    t2 = ""
    for lab, s, v, m, u in tgt:
        t2 += f"<tr><td>{lab}</td><td class=n>{s}</td></tr>"
        F(pg, s, v, u, m, 2025, "令和７年度目標", "total", "target", "市営住宅使用料", "市営住宅使用料")
    inits = [("(1)", "①", "滞納３か月で連帯保証人に通知し、滞納６か月で明渡請求の予告を行う。", "継続"),
             ("(1)", "②", "収入申告の際に納付状況を確認し、分納誓約の見直しを行う。", None),
             ("(2)", "①", "退去者分の滞納は、弁護士への回収委託を行う。", "拡充"),
             ("(2)", "②", "所在不明・死亡等で回収の見込みがない案件は、債権放棄の手続を進める。", "継続")]
    c1 = c2 = ""
    for grp, lab, t, stt in inits:
        s = f"{lab}{t}" + (f"【{stt}】" if stt else "") + "<br>"
        if grp == "(1)":
            c1 += s
        else:
            c2 += s
        G.init(pg, t, "市営住宅使用料", 2025, "取組", f"{grp}{lab}", stt)
    H.append(f"""<div class="page"><h2>資料２　債権別取組個票（４）</h2>
<table class="strip" style="width:100%"><tr><td class="l">債権名</td><td>市営住宅使用料</td><td class="l">所管課</td><td>建築指導課</td></tr>
<tr><td class="l">債権区分</td><td>私債権</td><td class="l">管理戸数</td><td>７団地 ４０２戸</td></tr></table>
<h3>１　収納状況と目標</h3>
<div style="display:flex;gap:6mm;align-items:flex-start">
<div style="flex:2.6"><div class="unit">決算の推移</div>
<table style="width:100%"><tr><th>年度</th><th>調定額（円）</th><th>収入済額（円）</th><th>不納欠損額（円）</th><th>収入未済額（円）</th></tr>{trs}</table></div>
<div style="flex:1"><div class="unit">令和７年度目標</div>
<table style="width:100%"><tr><th>項目</th><th>目標（千円）</th></tr>{t2}</table></div></div>
<div class="note">※ 決算の推移は円単位、目標は千円単位で記載。</div>
<h3>２　取組</h3>
<table style="width:100%"><tr><td style="width:30mm">(1)入居者分</td><td>{c1}</td></tr><tr><td>(2)退去者分</td><td>{c2}</td></tr></table>
<p class="note" style="margin-top:6mm">問合せ先　可児市総務部税務課債権管理係（内線２１５）</p>
</div>""")

    html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(H)}</body></html>"
    hp = WORK / f"{STEM}.html"
    hp.write_text(html, encoding="utf-8")
    out = ROOT / "pdf" / f"{STEM}.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", str(hp)], check=True, capture_output=True)
    gp = G.write(out)
    print(out, len(G.facts), "facts", len(G.inits), "initiatives", "BAD:", check(out, gp))


if __name__ == "__main__":
    main()
