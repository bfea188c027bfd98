"""岡谷市 債権管理対策委員会 資料 (committee_material) — HTML/CSS -> chromium."""
import sys
sys.path.insert(0, "build")
from qn_common import *

STEM = "qn_okaya_committee_1"
R = Rec()
Y = [2021, 2022, 2023, 2024]
# key(canonical), printed full, short, 所管課, 区分, ca, rc, aa, ra, w, rc_step, ra_step
DEBTS = [
    ("市税", "市税", "市税", "税務課", "強制徴収公債権", 7412356, 99.18, 318420, 24.6, 3.1, 0.02, 0.6),
    ("国民健康保険税", "国民健康保険税", "国保税", "税務課", "強制徴収公債権", 1265870, 93.94, 298760, 18.9, 4.2, 0.09, 0.5),
    ("介護保険料", "介護保険料", "介護料", "介護福祉課", "強制徴収公債権", 1198450, 98.96, 27330, 15.8, 9.0, 0.03, 0.4),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "後期高齢", "保険年金課", "強制徴収公債権", 812300, 99.58, 6120, 34.6, 6.0, 0.01, 0.7),
    ("保育料", "保育所保育料", "保育料", "子ども課", "強制徴収公債権", 98760, 98.61, 9870, 20.8, 5.5, 0.05, 0.9),
    ("市営住宅使用料", "市営住宅使用料", "住宅使用料", "都市計画課", "私債権", 186540, 97.72, 38760, 13.6, 3.8, 0.08, 0.5),
    ("下水道使用料", "下水道使用料", "下水道", "上下水道課", "私債権", 1062110, 99.07, 22540, 29.8, 6.5, 0.02, 0.3),
]
S = {d[0]: sim(d[5], d[6], d[7], d[8], d[9], Y, 1.004, d[10], d[11]) for d in DEBTS}
TITLE = "令和7年度第1回岡谷市債権管理対策委員会 資料"
HEAD = "令和7年度第1回 岡谷市債権管理対策委員会資料"

css = """
@font-face{font-family:G;src:url(file:///usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf)}
@font-face{font-family:M;src:url(file:///usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf)}
@page{size:A4;margin:0}
body{margin:0;font-family:G;font-size:9pt;color:#111}
.pg{width:210mm;height:296mm;position:relative;page-break-after:always;box-sizing:border-box;padding:16mm 15mm 14mm 15mm;overflow:hidden}
.rh{position:absolute;top:7mm;right:15mm;font-size:7.5pt;color:#555;border-bottom:0.5px solid #999}
.rf{position:absolute;bottom:7mm;left:0;width:100%;text-align:center;font-size:8pt}
h1{font-size:15pt;text-align:center;margin:0 0 4mm}
h2{font-size:11pt;margin:3mm 0 2mm;border-left:4px solid #2b5d8a;padding-left:2mm}
h3{font-size:9.5pt;margin:3mm 0 1.2mm}
table{border-collapse:collapse;width:100%;margin-bottom:1.5mm}
td,th{border:0.6px solid #444;padding:1.1mm 1.2mm;font-size:8pt}
th{background:#dde6ef;font-weight:normal}
td.n{text-align:right;white-space:nowrap}
.zebra td,.zebra th{border:none}.zebra tr:nth-child(even) td{background:#eef2f6}.zebra th{background:#3d6a93;color:#fff}
.note{font-size:7.3pt;margin:0.5mm 0}
.v{writing-mode:vertical-rl;text-orientation:upright;letter-spacing:1px}
.strip td{background:#fff}.strip th{width:14%}
.unit{text-align:right;font-size:7.5pt;margin:0}
.box{border:0.8px solid #333;padding:2mm 3mm;margin:1mm 0}
ol.t{margin:0;padding-left:0;list-style:none}ol.t li{margin:0.6mm 0}
"""
pages = []


def page(body, num=None, head=True):
    rh = f'<div class="rh">{HEAD}</div>' if head else ""
    rf = f'<div class="rf">- {num} -</div>' if num else ""
    pages.append(f'<div class="pg">{rh}{body}{rf}</div>')


# ---------- p1 cover + 目次
R.page = 1
page(f"""<div style="height:70mm"></div><h1 style="font-size:20pt">令和７年度第１回<br>岡谷市債権管理対策委員会</h1>
<p style="text-align:center;font-size:14pt;margin-top:6mm">資　料</p>
<p style="text-align:center;font-size:11pt;margin-top:20mm">令和7年7月24日（木）<br>岡谷市役所 ９階 ９０２会議室</p>
<div style="width:120mm;margin:22mm auto 0"><p style="font-size:11pt;text-align:center">目　次</p>
<table style="font-size:10pt" class="toc"><tr><td style="border:none">１　債権全体の収納状況（令和６年度決算）</td><td style="border:none;text-align:right">……　２</td></tr>
<tr><td style="border:none">２　債権別取組個票</td><td style="border:none;text-align:right">……　３</td></tr>
<tr><td style="border:none">３　令和６年度取組の進捗状況</td><td style="border:none;text-align:right">……　７</td></tr></table></div>
<p style="text-align:center;margin-top:30mm;font-size:10pt">岡谷市 総務部 税務課（債権管理担当）</p>""", None, head=False)

# ---------- p2 summary
R.page = 2
y = 2024
rows = ""
tot = dict(ca=0, cc=0, aa=0, ac=0, ta=0, tc=0)
for d in DEBTS:
    k, full, short = d[0], d[1], d[2]
    s = S[k][y]
    for kk in tot:
        tot[kk] += s[kk]
    cells = []
    for seg, a, b, r in (("current", "ca", "cc", "rc"), ("arrears", "aa", "ac", "ra"), ("total", "ta", "tc", "rt")):
        cells.append(R.f(c(s[a]), s[a] * 1000, "assessed", "yen", k, short, y, "令和6年度", seg))
        cells.append(R.f(c(s[b]), s[b] * 1000, "collected", "yen", k, short, y, "令和6年度", seg))
        cells.append(R.f(ff(s[r]), s[r], "collection_rate", "percent", k, short, y, "令和6年度", seg))
    rows += f'<tr><td style="white-space:nowrap">{short}</td>' + "".join(f'<td class="n">{x}</td>' for x in cells) + "</tr>"
cells = []
for seg, a, b in (("current", "ca", "cc"), ("arrears", "aa", "ac"), ("total", "ta", "tc")):
    cells.append(R.f(c(tot[a]), tot[a] * 1000, "assessed", "yen", None, "合計", y, "令和6年度", seg))
    cells.append(R.f(c(tot[b]), tot[b] * 1000, "collected", "yen", None, "合計", y, "令和6年度", seg))
    rr = rate(tot[b], tot[a])
    cells.append(R.f(ff(rr), rr, "collection_rate", "percent", None, "合計", y, "令和6年度", seg))
rows += '<tr style="background:#f3f3f3"><td>合計</td>' + "".join(f'<td class="n">{x}</td>' for x in cells) + "</tr>"
hdr_seg = "".join(f'<th colspan="3">{t}</th>' for t in ("現年度分", "滞納繰越分", "計"))
hdr_m = "".join('<th>調定額※1<br>（千円）</th><th>収入済額<br>（千円）</th><th>収納率<br>（％）</th>' for _ in range(3))
tA = f"""<table><tr><th rowspan="2" class="v" style="width:7mm">債権名</th>{hdr_seg}</tr><tr>{hdr_m}</tr>{rows}</table>
<p class="note">※1 調定額は還付未済額を含まない。　※2 略称：国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、住宅使用料＝市営住宅使用料、下水道＝下水道使用料</p>"""
# table B: 収入未済額 with previous in brackets, 増減
rowsB = ""
totn = totp = 0
for d in DEBTS:
    k, short = d[0], d[2]
    n, p = S[k][2024]["to"], S[k][2023]["to"]
    totn += n; totp += p
    a = R.f(c(n), n * 1000, "outstanding", "yen", k, short, 2024, "令和6年度")
    b = R.f(c(p), p * 1000, "outstanding", "yen", k, short, 2023, "令和5年度")
    dd = R.f(c(n - p), (n - p) * 1000, "difference", "yen", k, short, 2024, "令和6年度")
    wo = S[k][2024]["wo"]
    w = R.f(c(wo), wo * 1000, "written_off", "yen", k, short, 2024, "令和6年度")
    rowsB += f'<tr><td>{short}</td><td class="n">{a}（{b}）</td><td class="n">{dd}</td><td class="n">{w}</td></tr>'
a = R.f(c(totn), totn * 1000, "outstanding", "yen", None, "合計", 2024, "令和6年度")
b = R.f(c(totp), totp * 1000, "outstanding", "yen", None, "合計", 2023, "令和5年度")
dd = R.f(c(totn - totp), (totn - totp) * 1000, "difference", "yen", None, "合計", 2024, "令和6年度")
totw = sum(S[d[0]][2024]["wo"] for d in DEBTS)
w = R.f(c(totw), totw * 1000, "written_off", "yen", None, "合計", 2024, "令和6年度")
rowsB += f'<tr><td>合計</td><td class="n">{a}（{b}）</td><td class="n">{dd}</td><td class="n">{w}</td></tr>'
tB = f"""<h3>（２）収入未済額及び不納欠損額（単位：千円）</h3>
<table class="zebra"><tr><th>債権名</th><th>収入未済額　令和6年度（令和5年度）</th><th>増減</th><th>不納欠損額</th></tr>{rowsB}</table>"""
oku = round(totn * 1000, -5)
dm = round((totp - totn) * 1000, -6)
pr = R.f(f"約{oku // 100000000}億{(oku % 100000000) // 10000:,}万円", oku, "outstanding", "yen", None, None, 2024,
         "令和6年度", approx=True)
pd_ = R.f(f"約{dm // 10000:,}万円", -dm, "difference", "yen", None, None, 2024, "令和6年度", approx=True)
rtot = rate(tot["tc"], tot["ta"])
rtot_p = rate(sum(S[d[0]][2023]["tc"] for d in DEBTS), sum(S[d[0]][2023]["ta"] for d in DEBTS))
pt = round(rtot - rtot_p, 2)
r1 = R.f(f"{ff(rtot)}％", rtot, "collection_rate", "percent", None, None, 2024, "令和6年度")
r2 = R.f(f"{ff(pt)}ポイント", pt, "difference", "points", None, None, 2024, "令和6年度")
prose = f"""<p style="text-indent:1em;line-height:1.6">令和6年度決算における対象７債権の収入未済額は{pr}で、前年度から{pd_}減少しました。
全体の収納率は{r1}となり、前年度比{r2}上昇しています。滞納繰越分の縮減が進んだ一方、現年度分の新規滞納の抑制が引き続き課題です。</p>"""
page(f"<h2>１　債権全体の収納状況（令和６年度決算）</h2><h3>（１）債権別収納状況</h3>{tA}{prose}{tB}", 2)

# ---------- p3-6 per-debt sheets
SHEETS = [
    ("国民健康保険税", "strip", "footnote"), ("介護保険料", "hcell", "footnote"),
    ("保育料", "strip", "biko"), ("市営住宅使用料", "strip", "biko")]
INITS = {
    "国民健康保険税": [("①", "納期限後20日以内の督促状発送を徹底し、早期に納付を促す。", "継続", "same"),
                  ("②", "口座振替の勧奨を納税通知書の発送時に合わせて行い、口座振替率の向上を図る。", "継続", "wrap"),
                  ("③", "滞納者の預貯金・給与等の財産調査を電子照会で行い、差押えを迅速に実施する。", "拡充", "same"),
                  ("④", "短期被保険者証の交付時に納付相談を行い、分納誓約の履行を管理する。", "継続", "alone")],
    "介護保険料": [("①", "普通徴収の新規滞納者に対し、納期限経過後すみやかに電話催告を行う。", "継続", "same"),
              ("②", "給付制限の事前通知により納付相談の機会を設け、自主納付を促す。", "継続", "same"),
              ("③", "スマートフォン決済による納付を周知し、納付機会を拡大する。", "新規", "wrap")],
    "保育料": [("①", "入所時に口座振替の利用を原則とし、申込書を一括で受け付ける。", "継続", "same"),
            ("②", "児童手当からの特別徴収（申出徴収）を保護者に案内する。", "拡充", "alone"),
            ("③", "退所者の滞納分について税務課と連携し、滞納処分を検討する。", "継続", "same")],
    "市営住宅使用料": [("①", "滞納3か月以上の入居者に対し、連帯保証人への通知と面談を行う。", "継続", "same"),
                ("②", "長期・高額滞納者には明渡請求及び支払督促の法的措置をとる。", "継続", "wrap"),
                ("③", "退去滞納者の所在調査を外部委託し、納付交渉を進める。", "新規", "same")],
}
info = {d[0]: d for d in DEBTS}
for no, (k, style, extra) in enumerate(SHEETS, 1):
    R.page = 2 + no
    d = info[k]
    full = d[1]
    s = S[k]
    body = f"<h2>２　債権別取組個票（No.{no}）</h2>"
    if style == "strip":
        body += f"""<table class="strip"><tr><th>債権名</th><td>{full}</td><th>所管課</th><td>{d[3]}</td><th>債権区分</th><td>{d[4]}</td></tr></table>"""
    body += '<h3>１　収納状況の推移</h3><p class="unit">（単位：千円、％）</p>'
    yrs = [2022, 2023, 2024]
    top = (f'<tr><th rowspan="2" style="text-align:left">債権名　{full}</th><th colspan="3">決算</th><th>目標</th>'
           + ('<th rowspan="2">備考</th>' if extra == "biko" else "") + "</tr>")
    if style != "hcell":
        top = top.replace(f"債権名　{full}", "区分")
    top += "<tr>" + "".join(f"<th>{fyr(x)}</th>" for x in yrs) + "<th>令和7年度</th></tr>"
    # target 2025
    t25 = dict(rc=round(s[2024]["rc"] + 0.12, 2), ra=round(s[2024]["ra"] + 1.5, 2))
    t25["rt"] = round(s[2024]["rt"] + 0.35, 2)
    t25["to"] = int(round(s[2024]["to"] * 0.93, -2))
    rowdefs = [("調定額", "ta", "assessed", "total", False), ("収入済額", "tc", "collected", "total", False),
               ("現年度分収納率", "rc", "collection_rate", "current", True),
               ("滞納繰越分収納率", "ra", "collection_rate", "arrears", True),
               ("収納率（計）", "rt", "collection_rate", "total", True), ("不納欠損額", "wo", "written_off", "total", False),
               ("収入未済額", "to", "outstanding", "total", False)]
    trs = ""
    for lab, key, met, seg, isr in rowdefs:
        cells = []
        for x in yrs:
            v = s[x][key]
            if isr:
                raw = R.f(ff(v), v, met, "percent", k, full, x, fyr(x), seg)
            else:
                raw = R.f(c(v), v * 1000, met, "yen", k, full, x, fyr(x), seg)
                if key == "to" and x == 2024 and extra == "footnote":
                    raw += "※"
            cells.append(raw)
        if key in t25:
            v = t25[key]
            cells.append(R.f(ff(v), v, met, "percent", k, full, 2025, "令和7年度", seg, "target") if isr else
                         R.f(c(v), v * 1000, met, "yen", k, full, 2025, "令和7年度", seg, "target"))
        else:
            cells.append("－")
        bk = ""
        if extra == "biko":
            bk = "<td></td>"
            if key == "to":
                ao = s[2024]["ao"]
                bk = "<td>R6：うち滞納繰越分 " + R.f(f"{c(ao)}千円", ao * 1000, "outstanding", "yen", k, full, 2024,
                                               None, "arrears") + "</td>"
        trs += f"<tr><td>{lab}</td>" + "".join(f'<td class="n">{x}</td>' for x in cells) + bk + "</tr>"
    body += f"<table>{top}{trs}</table>"
    if extra == "footnote":
        ao = s[2024]["ao"]
        body += '<p class="note">※ 令和6年度収入未済額のうち滞納繰越分 ' + R.f(f"{c(ao)}千円", ao * 1000, "outstanding", "yen",
                                                                      k, full, 2024, "令和6年度", "arrears") + "</p>"
    # achievement table (targets vs results, 2024)
    t24 = dict(rc=round(s[2024]["rc"] + (0.05 if no % 2 else -0.04), 2), ra=round(s[2024]["ra"] - 0.8, 2),
               rt=round(s[2024]["rt"] + 0.03, 2))
    ach = ""
    for lab, key, seg in (("現年度分収納率", "rc", "current"), ("滞納繰越分収納率", "ra", "arrears"), ("収納率（計）", "rt", "total")):
        tg = R.f(ff(t24[key]), t24[key], "collection_rate", "percent", k, full, 2024, "令和6年度", seg, "target")
        ac = R.f(ff(s[2024][key]), s[2024][key], "collection_rate", "percent", k, full, 2024, "令和6年度", seg)
        ach += f'<tr><td>{lab}</td><td class="n">{tg}</td><td class="n">{ac}</td><td class="n">{s[2024][key] / t24[key] * 100:.1f}</td></tr>'
    body += f"""<h3>２　令和６年度目標の達成状況（単位：％）</h3><table><tr><th>区分</th><th>目標</th><th>実績</th><th>達成率</th></tr>{ach}</table>"""
    # 現状と課題 paragraph in cell
    o24, o23 = s[2024]["to"], s[2023]["to"]
    dp = round(s[2024]["rc"] - s[2023]["rc"], 2)
    para = ("令和6年度末の収入未済額は" + R.f(f"{c(o24)}千円", o24 * 1000, "outstanding", "yen", k, full, 2024, "令和6年度")
            + "で、前年度より" + R.f(f"{c(abs(o24 - o23))}千円", (o24 - o23) * 1000, "difference", "yen", k, full, 2024, "令和6年度")
            + ("減少" if o24 < o23 else "増加") + "した。現年度分収納率は"
            + R.f(f"{ff(s[2024]['rc'])}％", s[2024]["rc"], "collection_rate", "percent", k, full, 2024, "令和6年度", "current")
            + "で、前年度比" + R.f(f"{ff(abs(dp))}ポイント", dp, "difference", "points", k, full, 2024, "令和6年度", "current")
            + ("上昇" if dp >= 0 else "低下") + "した。滞納の長期化を防ぐため、初期段階での接触を強める必要がある。")
    body += f"""<h3>３　現状と課題・今後の方針</h3><table><tr><th style="width:18%">現状と課題</th><td style="line-height:1.5">{para}</td></tr>
<tr><th>今後の方針</th><td>現年度分の収納確保を最優先とし、滞納繰越分は財産調査に基づく処分と執行停止の判断を並行して進める。</td></tr></table>"""
    # 取組
    lis = ""
    for lab, txt, st, how in INITS[k]:
        R.i(txt, k, 2025, "令和7年度の主な取組", lab, st)
        tag = f"【{st}】"
        if how == "same":
            lis += f"<li>{lab}　{txt}{tag}</li>"
        elif how == "wrap":
            lis += f'<li>{lab}　{txt}<br><span style="padding-left:88%">{tag}</span></li>'
        else:
            lis += f"<li>{lab}　{txt}</li><li style=\"text-align:right\">{tag}</li>"
    body += f'<h3>４　令和７年度の主な取組</h3><div class="box"><ol class="t">{lis}</ol></div>'
    page(body, 2 + no)

# ---------- p7 status table (progress column with blank header)
R.page = 7
ST = [("国民健康保険税", "コンビニ収納データの日次取込による消込の迅速化", "◎"),
      ("国民健康保険税", "滞納整理強化月間（12月）における夜間・休日納付相談の実施", "○"),
      ("介護保険料", "65歳到達者への特別徴収切替案内の個別送付", "○"),
      ("保育料", "滞納世帯への面談による分納計画の策定", "△"),
      ("市営住宅使用料", "連帯保証人に対する納付指導の文書化", "○"),
      ("市営住宅使用料", "退去者滞納分の少額訴訟の実施", "△"),
      ("後期高齢者医療保険料", "年金特別徴収への早期移行に向けた広域連合との調整", "◎"),
      ("下水道使用料", "水道料金と一体の給水停止予告による納付勧奨", "○")]
trs = ""
for i, (k, txt, mk) in enumerate(ST, 1):
    R.i(txt, k, 2024, "令和６年度取組の進捗状況", f"{i}", None)
    trs += f'<tr><td style="text-align:center">{i}</td><td>{info[k][2]}</td><td>{txt}</td><td style="text-align:center">{mk}</td></tr>'
body = f"""<h2>３　令和６年度取組の進捗状況</h2><table><tr><th style="width:7%">No.</th><th style="width:16%">債権名</th><th>取組内容</th><th style="width:9%"></th></tr>{trs}</table>
<p class="note">◎：計画以上に実施　○：計画どおり実施　△：一部未実施</p>
<p class="note">債権名は略称で表記（2ページの※2参照）。</p>"""
page(body, 7)

html = f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{''.join(pages)}</body></html>"
hp = Path("/tmp/qn_work") / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
chromium_pdf(hp, ROOT / "pdf" / f"{STEM}.pdf")
write_gold(STEM, "committee_material", "kobetsu", "岡谷市", TITLE, "2025-07-24", "令和7年7月24日（木）", R)
