"""qc_ushiku_minutes_1: 決算特別委員会記録 with appended landscape 資料. HTML/CSS -> chromium."""
import subprocess, sys, shutil
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from qc_common import Gold, c, tri, zen, rate

STEM = "qc_ushiku_minutes_1"
TITLE = "令和７年９月定例会 決算特別委員会記録"
g = Gold(STEM, "minutes", "iinkaikiroku", "牛久市", TITLE, "2025-09-17", "令和７年９月１７日（水）")
pages = []
cur = []


def add(h):
    cur.append(h)


def newpage(cls=""):
    global cur
    pages.append((cls, "\n".join(cur))); cur = []; g.page += 1


members = [("委員長", "篠塚　和彦"), ("副委員長", "岡野　美和"), ("委員", "市川　晃"), ("委員", "沼尻　智子"),
           ("委員", "松岡　良一"), ("委員", "遠藤　咲"), ("委員", "杉本　敏郎"), ("委員", "坂巻　文雄"), ("委員", "宮本　里美")]
absent = [("委員", "大和田　浩")]
staff = [("副市長", "川上　雅也"), ("総務部長", "石塚　実"), ("財政部長", "根本　浩二"), ("市民部長", "野口　直樹"),
         ("保健福祉部長", "長谷川　恵"), ("こども・若者支援部長", "塚田　誠"), ("税務課長", "小松　久美子"), ("収納課長", "飯島　健")]
office = [("議会事務局長", "大里　聡"), ("議事調査課長", "木村　綾"), ("書記", "瀬尾　拓")]
cases = ["認定第１号　令和６年度牛久市一般会計歳入歳出決算認定について",
         "認定第２号　令和６年度牛久市国民健康保険特別会計歳入歳出決算認定について",
         "認定第４号　令和６年度牛久市介護保険特別会計歳入歳出決算認定について"]


def tbl(rows, cls="lst"):
    return f'<table class="{cls}">' + "".join("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in rows) + "</table>"


add(f'<h1>{TITLE}</h1>')
add('<p class="c">（第２日）</p>')
add('<p>１　日　時　　令和７年９月１７日（水）　午前１０時００分開会</p>')
add('<p>２　場　所　　牛久市役所　議会全員協議会室</p>')
add(f'<p>３　出席委員（{zen(len(members))}名）</p>')
add(tbl([[r, n] for r, n in members]))
add(f'<p>４　欠席委員（{zen(len(absent))}名）</p>' + tbl([[r, n] for r, n in absent]))
add(f'<p>５　説明のため出席した者（{zen(len(staff))}名）</p>' + tbl([[r, n] for r, n in staff]))
add(f'<p>６　事務局職員（{zen(len(office))}名）</p>' + tbl([[r, n] for r, n in office]))
add('<p>７　審査案件</p>' + "".join(f'<p class="ind">{x}</p>' for x in cases))
add('<p class="rule">――――――――――――――――――――――――――――――――――――</p>')
st = []


def S(marker_name, text, section="認定第１号ほか"):
    add(f'<p class="sp"><b>○{marker_name}</b>　{text}</p>')
    st.append({"speaker": marker_name, "section": section, "text": text, "page": g.page})


S("篠塚委員長", "ただいまから決算特別委員会を開会いたします。本日は、昨日に引き続き、歳入のうち市税及び各特別会計の保険税・保険料の収納状況について質疑を行います。")
S("篠塚委員長", "質疑のある方は挙手をお願いします。沼尻委員。")
newpage()
d = "市税"
S("沼尻委員", "決算書の２４ページ、市税の収入未済額についてお伺いします。令和６年度の収入未済額と、前年度からの増減を教えてください。")
S("飯島収納課長",
  "お答えいたします。令和６年度の市税の収入未済額は" +
  g.f("３億１，２８４万円余", 312_840_000, "outstanding", d, d, 2024, "令和６年度", "total", "actual", approx=True) +
  "で、前年度と比べまして" + g.f("約２，６００万円", -26_000_000, "difference", d, d, 2024, "令和６年度", "total", "actual", approx=True) +
  "の減少となっております。収納率は、現年課税分が" +
  g.f("９９．２％", 99.2, "collection_rate", d, d, 2024, "令和６年度", "current") + "、滞納繰越分が" +
  g.f("３１．５％", 31.5, "collection_rate", d, d, 2024, "令和６年度", "arrears") + "、合計で" +
  g.f("９７．６％", 97.6, "collection_rate", d, d, 2024, "令和６年度", "total") + "となり、前年度比" +
  g.f("０．３ポイント", 0.3, "difference", d, d, 2024, "令和６年度", "total", unit="points") + "の改善となっております。")
S("沼尻委員", "改善の要因と、不納欠損額についてもお願いします。")
S("飯島収納課長",
  "要因としましては、滞納繰越分について財産調査を早期に行い、預貯金や給与の差押えを進めたことが大きいと考えております。"
  "不納欠損額は" + g.f("２，３１８万円余", 23_180_000, "written_off", d, d, 2024, "令和６年度", "total", "actual", approx=True) +
  "で、そのうち執行停止後３年を経過したものが大半を占めております。")
S("市川委員", "関連してお伺いします。茨城租税債権管理機構への移管の実績はどうでしたか。")
S("飯島収納課長", "令和６年度は２４件を移管し、徴収額は約１，９００万円でございました。")
S("篠塚委員長", "ほかにございますか。宮本委員。")
newpage()
d = "国民健康保険税"
S("宮本委員", "国民健康保険税についてお伺いします。現年課税分の収納率が伸び悩んでいるように見えますが、いかがでしょうか。")
S("小松税務課長",
  "国民健康保険税の令和６年度の収納率は、現年課税分が" +
  g.f("９４．１％", 94.1, "collection_rate", d, d, 2024, "令和６年度", "current") + "で、前年度の" +
  g.f("９４．４％", 94.4, "collection_rate", d, d, 2023, "前年度", "current") +
  "から若干低下いたしました。一方、滞納繰越分は" +
  g.f("２６．８％", 26.8, "collection_rate", d, d, 2024, "令和６年度", "arrears") +
  "と、前年度より１．２ポイント改善しております。収入未済額は全体で" +
  g.f("約２億４，７００万円", 247_000_000, "outstanding", d, d, 2024, "令和６年度", "total", approx=True) + "でございます。")
S("宮本委員", "滞納世帯数はどの程度でしょうか。")
S("小松税務課長", "令和６年度末の滞納世帯数は" +
  g.f("１，４０６世帯", 1406, "delinquents", d, d, 2024, "令和６年度", "total", unit="households") +
  "で、前年度末より８８世帯減少しております。")
S("遠藤委員", "介護保険料の滞納について、普通徴収の方への対応を教えてください。")
S("長谷川保健福祉部長",
  "介護保険料の普通徴収分の収納率は" +
  g.f("９０．７％", 90.7, "collection_rate", "介護保険料", "介護保険料", 2024, "令和６年度", "current") +
  "でございます。納付が滞ると給付制限がかかることを、通知の際に丁寧に説明しております。")
S("篠塚委員長", "ほかに質疑はございませんか。――質疑を終結いたします。資料につきましては、本日配付の別添資料を御参照ください。以上で本日の審査を終了し、委員会を閉会いたします。")
add('<p class="r">午前１１時４２分閉会</p>')
newpage()
# landscape page: appended material
add('<h2>（別添資料）市税等の収納状況の推移</h2>')
add('<p class="cap">表１　市税（現年課税分＋滞納繰越分）</p>')
yrs = [(2020, "令和２（2020）年度", 15_102_334, 14_552_810, 31_206), (2021, "令和３（2021）年度", 15_384_902, 14_889_140, 28_744),
       (2022, "令和４（2022）年度", 15_620_118, 15_170_025, 26_302), (2023, "令和５（2023）年度", 15_811_457, 15_384_550, 24_117),
       (2024, "令和６（2024）年度", 16_092_771, 15_706_752, 23_180)]
rows = []
prev_out = None
sums = [0, 0, 0, 0]
for fy, raw, a, b, w in yrs:
    o = a - b - w
    r = rate(b, a, 1)
    cells = [raw, g.f(c(a), a * 1000, "assessed", "市税", "市税", fy, raw), g.f(c(b), b * 1000, "collected", "市税", "市税", fy, raw),
             g.f(c(w), w * 1000, "written_off", "市税", "市税", fy, raw), g.f(c(o), o * 1000, "outstanding", "市税", "市税", fy, raw),
             g.f(f"{r:.1f}", r, "collection_rate", "市税", "市税", fy, raw)]
    if prev_out is None:
        cells += ["－", "－"]
    else:
        dd = o - prev_out
        cells += [g.f(tri(dd), dd * 1000, "difference", "市税", "市税", fy, raw), f"{tri(round(dd / prev_out * 100, 1), 1)}"]
    prev_out = o
    for k, v in enumerate((a, b, w, o)):
        sums[k] += v
    rows.append(cells)
avg = [round(s / 5) for s in sums]
rows.append(["５年平均"] + [c(v) for v in avg] + [f"{rate(avg[1], avg[0], 1):.1f}", "", ""])
hdr = ["年度", "調定額（千円）", "収入済額（千円）", "不納欠損額（千円）", "収入未済額（千円）", "収納率（％）", "収入未済額<br>増減額（千円）", "増減率（％）"]
add('<table class="hr"><thead><tr>' + "".join(f"<th>{h}</th>" for h in hdr) + "</tr></thead><tbody>" +
    "".join("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in rows) + "</tbody></table>")
add('<p class="note">※　５年平均は各年度の単純平均（千円未満四捨五入）。増減額・増減率は収入未済額の対前年度比較。</p>')
add('<p class="cap">表２　国民健康保険税　滞納繰越分（単位：円）</p>')
d = "国民健康保険税"
rows = []
for fy, raw, a, b in [(2023, "令和５年度", 512_448_310, 129_880_214), (2024, "令和６年度", 486_902_775, 130_489_943)]:
    r = rate(b, a, 1)
    rows.append([raw, g.f(f"{r:.1f}", r, "collection_rate", d, d, fy, raw, "arrears"),
                 g.f(c(a), a, "assessed", d, d, fy, raw, "arrears"), g.f(c(b), b, "collected", d, d, fy, raw, "arrears")])
add('<table class="grid"><thead><tr><th>年度</th><th>収納率（％）</th><th>調定額</th><th>収入済額</th></tr></thead><tbody>' +
    "".join("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in rows) + "</tbody></table>")
add('<p class="note">出典：牛久市各会計歳入歳出決算書及び税務課資料</p>')
newpage("land")

css = """
@page { size: A4; margin: 20mm 20mm 18mm 20mm; }
@page land { size: A4 landscape; margin: 15mm 18mm; }
body { font-family: 'IPAexMincho', 'Noto Serif CJK JP', serif; font-size: 10.5pt; line-height: 1.6; }
.pg { break-after: page; }
.pg:last-child { break-after: auto; }
.land { page: land; }
h1 { font-family: 'IPAexGothic', sans-serif; font-size: 15pt; text-align: center; margin: 0 0 4pt; }
h2 { font-family: 'IPAexGothic', sans-serif; font-size: 13pt; margin: 0 0 6pt; }
.c { text-align: center; margin: 0 0 8pt; } .r { text-align: right; }
p { margin: 2pt 0; } .ind { padding-left: 2em; }
table.lst { margin: 0 0 4pt 3em; border-collapse: collapse; } table.lst td { padding: 0 1.5em 0 0; }
.sp { text-indent: -1em; padding-left: 1em; margin: 5pt 0; }
table.hr, table.grid { border-collapse: collapse; font-size: 10pt; margin: 4pt 0; }
table.hr th { border-top: 1.2pt solid #000; border-bottom: 1pt solid #000; padding: 3pt 8pt; font-family: 'IPAexGothic'; font-weight: normal; }
table.hr td { padding: 3pt 8pt; text-align: right; } table.hr td:first-child { text-align: left; }
table.hr tr:last-child td { border-top: 0.5pt solid #000; }
table.grid th, table.grid td { border: 0.7pt solid #000; padding: 3pt 10pt; text-align: right; }
table.grid th { background: #ddd; font-family: 'IPAexGothic'; font-weight: normal; text-align: center; }
.cap { font-family: 'IPAexGothic'; margin-top: 8pt; } .note { font-size: 9pt; }
.rule { letter-spacing: -1pt; }
"""
html = f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>" + \
       "".join(f'<div class="pg {cl}">{h}</div>' for cl, h in pages) + "</body></html>"
hp = Path("/tmp/qc_work") / (STEM + ".html")
hp.write_text(html, encoding="utf-8")
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf=/tmp/qc_work/{STEM}.pdf", str(hp)], check=True, capture_output=True)
shutil.copy(f"/tmp/qc_work/{STEM}.pdf", f"pdf/{STEM}.pdf")
att = [{"role": r, "title": None, "name": n} for r, n in members] + \
      [{"role": t, "title": t, "name": n} for t, n in staff] + [{"role": "事務局", "title": t, "name": n} for t, n in office]
g.minutes = {"title": TITLE, "meeting_number": None, "date": "2025-09-17", "method": None, "attendees": att,
             "agenda": cases, "materials": ["（別添資料）市税等の収納状況の推移"], "statements": st}
g.write(f"pdf/{STEM}.pdf", f"gold/{STEM}.json")
