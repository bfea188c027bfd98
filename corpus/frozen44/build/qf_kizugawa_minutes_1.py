"""qf_kizugawa_minutes_1: 債権管理対策会議 議事要旨 (書面開催), HTML/CSS -> chromium.
Run from corpus/frozen44:  python3 build/qf_kizugawa_minutes_1.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qf_common import Gold, WORK, SET_DIR, zen, chromium_pdf, rate  # noqa: E402

STEM = "qf_kizugawa_minutes_1"
CITY = "木津川市"
TITLE = "令和７年度第２回木津川市債権管理対策会議 議事要旨"
g = Gold(STEM, "minutes", "gijiyoshi", CITY, TITLE, "2026-01-20", "令和８年１月２０日")
P = 1


def F(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, approx=False, as_of=None, debt_raw=None, page=None):
    return g.fact(page or P, debt, debt_raw if debt_raw is not None else debt, fy, fy_raw, seg, metric, basis,
                  value, unit, raw, approx=approx, as_of=as_of)


pages = []
statements = []


def stmt(speaker, section, text_html, text_plain):
    statements.append({"speaker": speaker, "section": section, "text": text_plain, "page": P})
    return f'<div class="st"><div class="sp">〇 {speaker}</div><p>{text_html}</p></div>'


import re


def plain(h):
    return re.sub(r"<[^>]+>", "", h)


# ------------------------------------------------------------------ page 1
attendees = [("会長", "副市長"), ("副会長", "総務部長"), ("委員", "市民部長"), ("委員", "健康福祉部長"),
             ("委員", "こども・子育て部長"), ("委員", "建設部長"), ("委員", "上下水道部長"), ("委員", "教育部長"),
             ("事務局", "税務課長"), ("事務局", "税務課収納対策係長"), ("事務局", "総務部債権管理担当主幹")]
agenda = ["令和６年度決算における市債権の状況について", "令和７年度債権管理の取組状況（１２月末）について",
          "私債権の放棄について"]
materials = ["資料１　令和６年度決算における市債権の状況", "資料２　令和７年度債権管理の取組状況（令和７年１２月末現在）",
             "資料３　私債権の放棄に係る報告（案）"]
rows = "".join(f"<tr><td>{r}</td><td>{t}</td></tr>" for r, t in attendees)
p1 = f"""
<div class="hdr">令和８年２月</div>
<h1>{TITLE}</h1>
<h2>１　開催日時等</h2>
<div class="ind">（１）会議名　　令和７年度第２回木津川市債権管理対策会議</div>
<div class="ind">（２）開催方法　書面開催</div>
<div class="ind2">令和８年１月２０日付けで会議資料を各委員へ送付し、令和８年１月３０日（金）までに書面により意見を求めた。</div>
<div class="ind">（３）事務局　　総務部税務課</div>
<h2>２　出席者（委員８名、事務局３名）</h2>
<table class="att"><tr><th>役職</th><th>職名</th></tr>{rows}</table>
<h2>３　議題</h2>
{''.join(f'<div class="ind">（{zen(i + 1)}）{a}</div>' for i, a in enumerate(agenda))}
<h2>４　資料</h2>
{''.join(f'<div class="ind">{m}</div>' for m in materials)}
"""
pages.append(p1)

# ------------------------------------------------------------------ page 2: 議題１
P = 2
S1 = agenda[0]
out6, out5 = 842_103_000, 873_455_000
wo6 = 23_108_000
box = (f'<div class="ref"><b>【参考】令和６年度決算（全債権）</b><ul>'
       f'<li>収入未済額：{F(None, 2024, "令和６年度", "total", "outstanding", "actual", out6, "yen", "842,103千円", debt_raw=None)}</li>'
       f'<li>前年度収入未済額：{F(None, 2023, "前年度", "total", "outstanding", "actual", out5, "yen", "873,455千円", debt_raw=None)}</li>'
       f'<li>不納欠損額：{F(None, 2024, "令和６年度", "total", "written_off", "actual", wo6, "yen", "23,108千円", debt_raw=None)}</li>'
       f'<li>収納率（全債権）：{F(None, 2024, "令和６年度", "total", "collection_rate", "actual", 95.84, "percent", "95.84％", debt_raw=None)}</li>'
       f'</ul></div>')
h = ("資料１により、令和６年度決算における市債権の状況を報告する。"
     f"全債権の収入未済額は約{F(None, 2024, '令和６年度', 'total', 'outstanding', 'actual', 842_000_000, 'yen', '約8億4,200万円', True, debt_raw=None)[1:]}で、"
     f"前年度から{F(None, 2024, '令和６年度', 'total', 'difference', 'actual', -31_000_000, 'yen', '約3,100万円', True, debt_raw=None)}減少した。"
     "市税は現年課税分の収納率が引き続き高い水準を維持しており、国民健康保険税は滞納繰越分の縮減が進んでいる。"
     "一方、私債権のうち市営住宅使用料及び学校給食費は、長期滞納案件の整理が課題となっている。")
# the prose above prints 約８億4,200万円 once; the F() call returned the raw with its 約 which we cut and re-add
h = h.replace("約約", "約")
sec2 = [stmt("事務局（税務課長）", S1, h, plain(h))]
h = ("市税の滞納繰越分については、京都地方税機構との連携により高額案件の引継ぎを進めた結果、"
     f"滞納繰越分の収納率は{F('市税', 2024, '令和６年度', 'arrears', 'collection_rate', 'actual', 27.35, 'percent', '27.35％')}となり、"
     f"前年度比{F('市税', 2024, '令和６年度', 'arrears', 'difference', 'actual', 1.3, 'points', '1.3ポイント')}改善した。"
     "引き続き、現年度分の早期納付勧奨を優先し、新たな滞納の発生を抑える。")
sec2.append(stmt("総務部長", S1, h, plain(h)))
h = ("国民健康保険税は、被保険者数の減少に伴い調定額が減少しているが、"
     f"令和６年度末の滞納世帯数は{F('国民健康保険税', 2024, '令和６年度', 'total', 'delinquents', 'actual', 1_032, 'households', '1,032世帯')}で、"
     f"前年度末の{F('国民健康保険税', 2023, '前年度', 'total', 'delinquents', 'actual', 1_118, 'households', '1,118世帯')}から減少した。"
     "資格喪失者への早期の納付勧奨を徹底したい。")
sec2.append(stmt("健康福祉部長", S1, h, plain(h)))
p2 = f"""
<h2>５　議事の概要</h2>
<div class="ind">（１）議題１　{S1}</div>
<div class="ind2">ア　事務局から資料１に基づき報告を行い、各委員から書面により意見が提出された。</div>
{box}
<div class="ind2">イ　提出された意見等</div>
{''.join(sec2)}
"""
pages.append(p2)

# ------------------------------------------------------------------ page 3: 議題２・３
P = 3
S2 = agenda[1]
AS, ASP = "2025-12-31", "2024-12-31"
b2 = (f'<div class="mb"><div class="mh">【収納率】令和７年１２月末時点（市税）</div><ul>'
      f'<li>現年分　{F("市税", 2025, "令和７年１２月末", "current", "collection_rate", "interim", 81.46, "percent", "81.46％", as_of=AS)}'
      f'（前年同月　{F("市税", 2024, "前年同月", "current", "collection_rate", "interim", 81.02, "percent", "81.02％", as_of=ASP)}）</li>'
      f'<li>滞納繰越分　{F("市税", 2025, "令和７年１２月末", "arrears", "collection_rate", "interim", 19.84, "percent", "19.84％", as_of=AS)}'
      f'（前年同月　{F("市税", 2024, "前年同月", "arrears", "collection_rate", "interim", 18.37, "percent", "18.37％", as_of=ASP)}）</li>'
      f'<li>合計　{F("市税", 2025, "令和７年１２月末", "total", "collection_rate", "interim", 77.95, "percent", "77.95％", as_of=AS)}'
      f'（前年同月　{F("市税", 2024, "前年同月", "total", "collection_rate", "interim", 77.31, "percent", "77.31％", as_of=ASP)}）</li>'
      '</ul></div>')
sec3 = []
h = ("国民健康保険税の１２月末の現年分収納率は"
     f"{F('国民健康保険税', 2025, '１２月末', 'current', 'collection_rate', 'interim', 71.85, 'percent', '71.85％', as_of=AS)}で、"
     f"前年同月比{F('国民健康保険税', 2025, '１２月末', 'current', 'difference', 'interim', 0.4, 'points', '0.4ポイント', as_of=AS)}上昇している。"
     "２月の催告強化月間に向けて、コールセンターからの電話催告の対象を拡大する。")
sec3.append(stmt("健康福祉部長", S2, h, plain(h)))
h = ("保育料は、現年分の１２月末収納率が"
     f"{F('保育料', 2025, '１２月末', 'current', 'collection_rate', 'interim', 96.12, 'percent', '96.12％', as_of=AS)}と前年同月並みで推移している。"
     f"滞納繰越分の収入未済額は{F('保育料', 2025, '１２月末', 'arrears', 'outstanding', 'interim', 3_456_000, 'yen', '3,456千円', as_of=AS)}で、"
     "児童手当からの特別徴収の申出を勧奨している。")
sec3.append(stmt("こども・子育て部長", S2, h, plain(h)))
h = ("市営住宅使用料の滞納者数は１２月末で"
     f"{F('市営住宅使用料', 2025, '１２月末', 'total', 'delinquents', 'interim', 23, 'persons', '23人', as_of=AS)}である。"
     "長期滞納者２名について、明渡し請求訴訟の提起に向けた手続を進めている。")
sec3.append(stmt("建設部長", S2, h, plain(h)))
S3 = agenda[2]
h = ("資料３の私債権の放棄について、異議はない。放棄に当たっては、債権管理条例に基づく要件の確認を各課で徹底し、"
     "議会への報告を適切に行うこと。")
sec3b = [stmt("上下水道部長", S3, h, plain(h))]
h = ("各委員の意見を踏まえ、１２月末の状況を年度末に向けた取組に反映させること。特に現年度分の収納を最優先とし、"
     "新たな滞納を生まない取組を全庁で徹底されたい。私債権の放棄については、資料３のとおり進めることとする。")
sec3c = [stmt("会長（副市長）", "総括", h, plain(h))]
p3 = f"""
<div class="ind">（２）議題２　{S2}</div>
<div class="ind2">ア　事務局から資料２に基づき、１２月末現在の取組状況を報告した。</div>
{b2}
<div class="ind2">イ　提出された意見等</div>
{''.join(sec3)}
<div class="ind">（３）議題３　{S3}</div>
<div class="ind2">ア　事務局から資料３に基づき、私債権の放棄（水道料金ほか）の案を報告した。</div>
<div class="ind2">イ　提出された意見等</div>
{''.join(sec3b)}
<h2>６　会長総括</h2>
{''.join(sec3c)}
<div class="end">以　上</div>
"""
pages.append(p3)

# ------------------------------------------------------------------ page 4: 別表
P = 4
# debt -> year -> seg -> (assessed, collected)  in 円
B = {
    "市税": {2023: {"current": (8_412_553_000, 8_334_108_000), "arrears": (402_118_000, 104_811_000)},
            2024: {"current": (8_598_702_000, 8_521_015_000), "arrears": (376_904_000, 103_083_000)}},
    "国民健康保険税": {2023: {"current": (1_402_318_000, 1_322_052_000), "arrears": (318_775_000, 60_117_000)},
                2024: {"current": (1_355_406_000, 1_281_934_000), "arrears": (296_110_000, 62_180_000)}},
    "介護保険料": {2023: {"current": (1_603_550_000, 1_590_220_000), "arrears": (41_206_000, 9_025_000)},
              2024: {"current": (1_648_821_000, 1_636_010_000), "arrears": (39_884_000, 9_212_000)}},
}
WO = {("市税", 2023): 9_806_000, ("市税", 2024): 8_712_000, ("国民健康保険税", 2023): 12_440_000,
      ("国民健康保険税", 2024): 11_905_000, ("介護保険料", 2023): 3_012_000, ("介護保険料", 2024): 2_877_000}
YRAW = {2023: "令和５（2023）年度", 2024: "令和６（2024）年度"}
SEGL = {"current": "現年分", "arrears": "滞納繰越分", "total": "計"}
body = ""
for debt, yd in B.items():
    for k, sg in enumerate(("current", "arrears", "total")):
        tr = "<tr>" + (f'<th rowspan="3" class="deb">{debt}</th>' if k == 0 else "") + f"<th>{SEGL[sg]}</th>"
        for fy in (2023, 2024):
            if sg == "total":
                a = sum(v[0] for v in yd[fy].values()); cc = sum(v[1] for v in yd[fy].values())
            else:
                a, cc = yd[fy][sg]
            w = WO[(debt, fy)] if sg in ("arrears", "total") else 0
            o = a - cc - w
            ka, kc, ko = a // 1000, cc // 1000, o // 1000
            r = rate(cc, a)
            fr = YRAW[fy]
            tr += (f'<td>{F(debt, fy, fr, sg, "assessed", "actual", ka * 1000, "yen", f"{ka:,}")}</td>'
                   f'<td>{F(debt, fy, fr, sg, "collected", "actual", kc * 1000, "yen", f"{kc:,}")}</td>'
                   f'<td>{F(debt, fy, fr, sg, "outstanding", "actual", ko * 1000, "yen", f"{ko:,}")}</td>'
                   f'<td>{F(debt, fy, fr, sg, "collection_rate", "actual", r, "percent", f"{r:.2f}")}</td>')
        body += tr + "</tr>"
t1 = f"""
<div class="cap">別表１　主要３債権の収納状況（決算）</div>
<table class="b1">
<tr><th rowspan="3" colspan="2">債権名・区分</th><th colspan="4">{YRAW[2023]}</th><th colspan="4">{YRAW[2024]}</th></tr>
<tr><th colspan="3">金額（千円）</th><th>率（％）</th><th colspan="3">金額（千円）</th><th>率（％）</th></tr>
<tr><th>調定額</th><th>収入済額</th><th>収入未済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収入未済額</th><th>収納率</th></tr>
{body}</table>
<div class="note">※ 収入未済額は、調定額から収入済額及び不納欠損額を差し引いた額である。千円未満切捨て。</div>
"""
hist = [(2019, "令和元（2019）年度", 1_102_874, 41_205, 94.12), (2020, "令和２（2020）年度", 1_046_330, 35_870, 94.48),
        (2021, "令和３（2021）年度", 988_412, 30_115, 94.93), (2022, "令和４（2022）年度", 921_067, 27_443, 95.31),
        (2023, "令和５（2023）年度", 873_455, 25_690, 95.52), (2024, "令和６（2024）年度", 842_103, 23_108, 95.84)]
rr = ""
for fy, fr, o, w, r in hist:
    rr += (f'<tr><th>{fr}</th><td>{F(None, fy, fr, "total", "collection_rate", "actual", r, "percent", f"{r:.2f}", debt_raw=None)}</td>'
           f'<td>{F(None, fy, fr, "total", "outstanding", "actual", o * 1000, "yen", f"{o:,}", debt_raw=None)}</td>'
           f'<td>{F(None, fy, fr, "total", "written_off", "actual", w * 1000, "yen", f"{w:,}", debt_raw=None)}</td></tr>')
t2 = f"""
<div class="cap">別表２　全債権の収納率・収入未済額の推移</div>
<table class="b2"><tr><th>年度</th><th>収納率（％）</th><th>収入未済額（千円）</th><th>不納欠損額（千円）</th></tr>{rr}</table>
<div class="note">出典：各年度決算資料（税務課集計）。全債権は一般会計及び特別会計の市債権（企業会計を除く。）の合計。</div>
"""
pages.append(t1 + t2)

CSS = """
@page { size: A4; margin: 16mm 18mm 16mm 18mm; }
@page land { size: A4 landscape; margin: 14mm 16mm 12mm 16mm; }
.page.land { page: land; height: 180mm; }
body { font-family: 'IPAexMincho'; font-size: 10.2pt; line-height: 1.55; margin: 0; }
.page { break-after: page; position: relative; height: 262mm; overflow: hidden; }
.page:last-child { break-after: auto; }
.hdr { text-align: right; }
h1 { font-family: 'IPAexGothic'; font-size: 14pt; text-align: center; margin: 6mm 0 6mm; }
h2 { font-family: 'IPAexGothic'; font-size: 11pt; margin: 4mm 0 1mm; }
.ind { margin-left: 4mm; } .ind2 { margin-left: 10mm; }
table.att { border-collapse: collapse; margin-left: 10mm; font-size: 9.8pt; }
table.att td, table.att th { border: 0.6pt solid #000; padding: 0.6mm 4mm; }
table.att th { background: #e6e6e6; font-weight: normal; }
.ref { border: 0.8pt solid #000; margin: 3mm 10mm; padding: 2mm 4mm; }
.ref ul, .mb ul { margin: 1mm 0 0 0; padding-left: 6mm; }
.mb { margin: 3mm 10mm; }
.mh { font-family: 'IPAexGothic'; }
.st { margin: 2mm 0 2mm 12mm; }
.sp { font-family: 'IPAexGothic'; }
.st p { margin: 0.5mm 0 0 4mm; text-indent: 1em; }
.end { text-align: right; margin-top: 6mm; }
.cap { font-family: 'IPAexGothic'; font-size: 10.5pt; margin: 2mm 0 1mm; }
table.b1, table.b2 { border-collapse: collapse; font-size: 9pt; width: 100%; }
table.b1 th, table.b1 td, table.b2 th, table.b2 td { border: 0.6pt solid #000; padding: 0.8mm 1.2mm; }
table.b1 th, table.b2 th { background: #eeeeee; font-weight: normal; }
table.b1 td, table.b2 td { text-align: right; }
th.deb { writing-mode: horizontal-tb; width: 16mm; }
table.b2 { width: 60%; font-size: 9pt; margin-bottom: 1mm; }
.note { font-size: 8pt; margin: 0.5mm 0 5mm; }
.pn { position: absolute; bottom: 0; width: 100%; text-align: center; font-size: 9pt; }
"""
html = "<html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>"
for i, pg in enumerate(pages, 1):
    html += f'<div class="page{" land" if i == 4 else ""}">{pg}<div class="pn">- {i} -</div></div>'
html += "</body></html>"
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
out = SET_DIR / "pdf" / f"{STEM}.pdf"
chromium_pdf(hp, out)
g.minutes = {"title": TITLE, "meeting_number": 2, "date": "2026-01-20", "method": "書面開催",
             "attendees": [{"role": r, "title": t, "name": None} for r, t in attendees],
             "agenda": agenda, "materials": materials, "statements": statements}
g.write(out)
