"""fy_niimi_minutes_1: 市議会 総務常任委員会記録（所管事務調査・債権管理）(HTML/CSS -> chromium)."""
import html
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fy_common import Gold, WORK, PDF_DIR, comma, rate, tri, zd  # noqa: E402

STEM = "fy_niimi_minutes_1"
CITY = "新見市"
TITLE = "新見市議会総務常任委員会記録"
g = Gold(STEM, "minutes", CITY, TITLE, "2025-09-16", "令和７年９月１６日")

# ---- data (千円): 本年度 = 令和6年度決算, 前年度 = 令和5年度決算 ----
D = [  # name, short, (a,c,w) R6, (a,c,w) R5
    ("市税", "市税", (3612480, 3527610, 3250), (3585210, 3490150, 4120)),
    ("国民健康保険税", "国民健康保険税", (612350, 538920, 5210), (628900, 547310, 6020)),
    ("介護保険料", "介護保険料", (498760, 490110, 1130), (495120, 485990, 1410)),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", (201440, 200380, 120), (196850, 195640, 90)),
    ("市営住宅使用料", "市営住宅使用料", (98620, 91840, 640), (101250, 93420, 1880)),
    ("保育料", "保育料", (41380, 40720, 80), (44960, 44050, 150)),
]
R = []
for n, s, t6, t5 in D:
    a6, c6, w6 = t6
    a5, c5, w5 = t5
    R.append(dict(n=n, s=s, a6=a6, c6=c6, w6=w6, o6=a6 - c6 - w6, r6=rate(c6, a6), a5=a5, c5=c5, w5=w5,
                  o5=a5 - c5 - w5, r5=rate(c5, a5)))
TOT = {"n": None, "s": "合計"}
for k in ("a6", "c6", "w6", "o6", "a5", "c5", "w5", "o5"):
    TOT[k] = sum(r[k] for r in R)
TOT["r6"], TOT["r5"] = rate(TOT["c6"], TOT["a6"]), rate(TOT["c5"], TOT["a5"])
BY = {r["n"]: r for r in R}


def mil(v_sen):  # 千円 -> 百万円 one decimal string and yen value
    m = round(v_sen / 1000, 1)
    return f"{m:,.1f}", int(round(m * 1_000_000))


# ---------------- pages ----------------
pages = []  # list of html strings
cur = []
PG = [1]


def out(s):
    cur.append(s)


def newpage():
    pages.append("".join(cur))
    cur.clear()
    PG[0] += 1


STATEMENTS = []
SECTION = ["開会"]


def say(name_title, text, section=None):
    """○speaker text"""
    sec = section or SECTION[0]
    paras = text.split("\n")
    out(f'<p class="sp"><span class="mk">○{html.escape(name_title)}</span>　{html.escape(paras[0])}</p>')
    for p in paras[1:]:
        out(f'<p class="sp2">{html.escape(p)}</p>')
    STATEMENTS.append({"speaker": name_title, "section": sec, "text": text, "page": PG[0]})


def F(**kw):
    kw.setdefault("page", PG[0])
    return g.fact(**kw)


# ---- page 1 ----
COMMITTEE = [("委員長", "山本 和彦"), ("副委員長", "片山 美紀"), ("委員", "岡田 浩二"), ("委員", "石井 隆"),
             ("委員", "三宅 正人"), ("委員", "杉本 恵子")]
ABSENT = [("委員", "横山 哲也")]
EXEC = [("総務部長", "藤井 誠一"), ("税務課長", "小川 直樹"), ("税務課収納対策室長", "高橋 良子"),
        ("健康・福祉部長", "佐々木 宏"), ("建設部長", "中村 敏行"), ("こども・子育て支援課長", "森 由香")]
STAFF = [("議会事務局長", "西村 剛"), ("議事調査係長", "前田 彩")]
AGENDA = ["令和６年度決算における市の債権の状況について", "新見市債権管理計画の進捗状況について"]

out(f'<h1>{TITLE}</h1>')
out('<table class="hd">')
out('<tr><th>開会日時</th><td>令和７年９月１６日（火）　午前１０時００分開会　午前１１時４２分閉会</td></tr>')
out('<tr><th>場　　所</th><td>第１委員会室</td></tr>')
out('<tr><th>出席委員（６名）</th><td>' + "<br>".join(
    "　".join(f"{r}　{n}" for r, n in COMMITTEE[i:i + 2]) for i in range(0, 6, 2)) + '</td></tr>')
out('<tr><th>欠席委員（１名）</th><td>委員　横山 哲也</td></tr>')
out('<tr><th>説明のため出席した者（６名）</th><td>' + "<br>".join(f"{r}　{n}" for r, n in EXEC) + '</td></tr>')
out('<tr><th>事務局職員（２名）</th><td>' + "<br>".join(f"{r}　{n}" for r, n in STAFF) + '</td></tr>')
out('<tr><th>所管事務調査事項</th><td>' + "<br>".join(f"（{zd(i)}）{a}" for i, a in enumerate(AGENDA, 1)) + '</td></tr>')
out('<tr><th>配付資料</th><td>委員会資料「市の主な債権の状況」（参考資料として末尾に掲載）</td></tr>')
out('</table>')
out('<p class="time">午前１０時００分　開会</p>')
say("山本委員長", "ただいまから総務常任委員会を開会いたします。本日の出席委員は６名で、横山委員から欠席の届出がありました。"
    "本日は、所管事務調査として、市の債権管理について執行部から説明を受けます。それでは、説明をお願いします。")
SECTION[0] = AGENDA[0]
say("藤井総務部長", "おはようございます。令和６年度決算における市の主な債権の状況につきまして、お手元の資料に基づき、"
    "税務課長から説明をさせていただきます。よろしくお願いいたします。")
newpage()

# ---- page 2 ----
tax = BY["市税"]
a_oku = round(tax["a6"] / 100000, 1)  # 億円 one decimal
oku_raw = f"約{a_oku}億円"
o_man = tax["o6"] // 10
d_man = round((tax["o5"] - tax["o6"]) / 10)
t = (f"それでは、資料の表１を御覧ください。令和６年度の市税の調定額は{oku_raw}で、収納率は現年課税分99.12％、"
     f"滞納繰越分28.40％、合計で{tax['r6']:.2f}％となり、前年度比{tax['r6']-tax['r5']:.2f}ポイント上昇いたしました。"
     f"\n収入未済額は{o_man:,}万円で、前年度から約{d_man:,}万円の減少となっております。"
     "納期限後の早期の電話催告と、預貯金を中心とした財産調査の徹底が成果につながったものと考えております。")
say("小川税務課長", t)
F(debt="市税", debt_raw="市税", fy=2024, fy_raw="令和６年度", seg="total", metric="assessed", basis="actual",
  value=int(a_oku * 100_000_000), unit="yen", raw=oku_raw, approx=True)
F(debt="市税", debt_raw="市税", fy=2024, fy_raw="令和６年度", seg="current", metric="collection_rate", basis="actual",
  value=99.12, unit="percent", raw="99.12％")
F(debt="市税", debt_raw="市税", fy=2024, fy_raw="令和６年度", seg="arrears", metric="collection_rate", basis="actual",
  value=28.40, unit="percent", raw="28.40％")
F(debt="市税", debt_raw="市税", fy=2024, fy_raw="令和６年度", seg="total", metric="collection_rate", basis="actual",
  value=tax["r6"], unit="percent", raw=f"{tax['r6']:.2f}％")
F(debt="市税", debt_raw="市税", fy=2024, fy_raw="令和６年度", seg="total", metric="difference", basis="actual",
  value=round(tax["r6"] - tax["r5"], 2), unit="points", raw=f"{tax['r6']-tax['r5']:.2f}ポイント")
F(debt="市税", debt_raw="市税", fy=2024, fy_raw="令和６年度", seg="total", metric="outstanding", basis="actual",
  value=o_man * 10000, unit="yen", raw=f"{o_man:,}万円")
F(debt="市税", debt_raw="市税", fy=2024, fy_raw="令和６年度", seg="total", metric="difference", basis="actual",
  value=-d_man * 10000, unit="yen", raw=f"約{d_man:,}万円", approx=True)
kk = BY["国民健康保険税"]
t = (f"次に、国民健康保険税でございますが、調定額{mil(kk['a6'])[0]}百万円に対し、収納率は{kk['r6']:.2f}％で、"
     f"前年度の{kk['r5']:.2f}％を{kk['r6']-kk['r5']:.2f}ポイント上回りました。被保険者数の減少により調定額は"
     "減少傾向にございます。")
say("小川税務課長", t)
F(debt="国民健康保険税", debt_raw="国民健康保険税", fy=2024, fy_raw="令和６年度", seg="total", metric="assessed",
  basis="actual", value=mil(kk["a6"])[1], unit="yen", raw=mil(kk["a6"])[0] + "百万円")
F(debt="国民健康保険税", debt_raw="国民健康保険税", fy=2024, fy_raw="令和６年度", seg="total",
  metric="collection_rate", basis="actual", value=kk["r6"], unit="percent", raw=f"{kk['r6']:.2f}％")
F(debt="国民健康保険税", debt_raw="国民健康保険税", fy=2023, fy_raw="前年度", seg="total",
  metric="collection_rate", basis="actual", value=kk["r5"], unit="percent", raw=f"{kk['r5']:.2f}％")
F(debt="国民健康保険税", debt_raw="国民健康保険税", fy=2024, fy_raw="令和６年度", seg="total",
  metric="difference", basis="actual", value=round(kk["r6"] - kk["r5"], 2), unit="points",
  raw=f"{kk['r6']-kk['r5']:.2f}ポイント")
say("山本委員長", "説明が終わりました。質疑のある方は挙手をお願いします。")
say("岡田委員", "国民健康保険税の滞納繰越分の状況と、差押えの実績について伺います。")
t = ("国民健康保険税の滞納繰越分の収納率は20.15％でございます。差押えにつきましては、令和６年度は市税と合わせて"
     "312件を執行し、前年度より41件増加しております。滞納者数は２年度末の1,512人から令和６年度末には1,284人まで"
     "減少いたしました。")
say("小川税務課長", t)
F(debt="国民健康保険税", debt_raw="国民健康保険税", fy=2024, fy_raw="令和６年度", seg="arrears",
  metric="collection_rate", basis="actual", value=20.15, unit="percent", raw="20.15％")
F(debt=None, debt_raw=None, fy=2020, fy_raw="２年度末", seg="total", metric="delinquents", basis="actual",
  value=1512, unit="persons", raw="1,512人")
F(debt=None, debt_raw=None, fy=2024, fy_raw="令和６年度末", seg="total", metric="delinquents", basis="actual",
  value=1284, unit="persons", raw="1,284人")
say("岡田委員", "滞納者数が減っていることは評価します。一方で、２０２３年度に比べて不納欠損額はどうなっていますか。")
w_tax = tax["w6"]
t = (f"市税の不納欠損額は、令和６年度が{w_tax*1000:,}円、２０２３年度が{tax['w5']*1000:,}円でございます。"
     "執行停止後３年を経過したものなど、法に基づき適正に処理しております。")
say("小川税務課長", t)
F(debt="市税", debt_raw="市税", fy=2024, fy_raw="令和６年度", seg="total", metric="written_off", basis="actual",
  value=w_tax * 1000, unit="yen", raw=f"{w_tax*1000:,}円")
F(debt="市税", debt_raw="市税", fy=2023, fy_raw="２０２３年度", seg="total", metric="written_off", basis="actual",
  value=tax["w5"] * 1000, unit="yen", raw=f"{tax['w5']*1000:,}円")
newpage()

# ---- page 3 ----
jt = BY["市営住宅使用料"]
say("石井委員", "市営住宅使用料と保育料の状況はいかがでしょうか。特に住宅使用料は、過去に長期滞納が問題となっていました。")
t = (f"市営住宅使用料の令和６年度の収納率は{jt['r6']:.2f}％で、収入未済額は{jt['o6']:,}千円でございます。"
     "H29に策定した滞納対策要領に基づき、６か月以上の滞納者には明渡しを前提とした納付指導を行っております。"
     f"収入未済額は令和二年度末の約1億円から着実に減少しております。")
say("中村建設部長", t)
F(debt="市営住宅使用料", debt_raw="市営住宅使用料", fy=2024, fy_raw="令和６年度", seg="total",
  metric="collection_rate", basis="actual", value=jt["r6"], unit="percent", raw=f"{jt['r6']:.2f}％")
F(debt="市営住宅使用料", debt_raw="市営住宅使用料", fy=2024, fy_raw="令和６年度", seg="total",
  metric="outstanding", basis="actual", value=jt["o6"] * 1000, unit="yen", raw=f"{jt['o6']:,}千円")
F(debt="市営住宅使用料", debt_raw="市営住宅使用料", fy=2020, fy_raw="令和二年度末", seg="total",
  metric="outstanding", basis="actual", value=100_000_000, unit="yen", raw="約1億円", approx=True)
hp = BY["保育料"]
t = (f"保育料は、無償化の影響で調定額が減少しており、令和６年度の収納率は{hp['r6']:.2f}％となっております。"
     "児童手当からの特別徴収を引き続き活用してまいります。")
say("森こども・子育て支援課長", t)
F(debt="保育料", debt_raw="保育料", fy=2024, fy_raw="令和６年度", seg="total", metric="collection_rate",
  basis="actual", value=hp["r6"], unit="percent", raw=f"{hp['r6']:.2f}％")
SECTION[0] = AGENDA[1]
say("石井委員", "債権管理計画で定めた目標との関係はどうなっていますか。")
t = (f"債権管理計画では、令和６年度の市税の目標収納率を97.50％としておりましたが、実績は{tax['r6']:.2f}％で、目標を"
     f"達成いたしました。国民健康保険税は目標89.00％に対し実績{kk['r6']:.2f}％で、目標には届いておりません。"
     "令和７年度は、国民健康保険税の現年課税分に重点を置き、口座振替の勧奨を強化してまいります。")
say("藤井総務部長", t)
F(debt="市税", debt_raw="市税", fy=2024, fy_raw="令和６年度", seg="total", metric="collection_rate", basis="target",
  value=97.50, unit="percent", raw="97.50％")
F(debt="市税", debt_raw="市税", fy=2024, fy_raw="令和６年度", seg="total", metric="collection_rate", basis="actual",
  value=tax["r6"], unit="percent", raw=f"{tax['r6']:.2f}％")
F(debt="国民健康保険税", debt_raw="国民健康保険税", fy=2024, fy_raw="令和６年度", seg="total",
  metric="collection_rate", basis="target", value=89.00, unit="percent", raw="89.00％")
F(debt="国民健康保険税", debt_raw="国民健康保険税", fy=2024, fy_raw="令和６年度", seg="total",
  metric="collection_rate", basis="actual", value=kk["r6"], unit="percent", raw=f"{kk['r6']:.2f}％")
say("三宅委員", "滞納者の中には生活に困窮している方もいると思います。福祉部門との連携はどのようになっていますか。")
say("佐々木健康・福祉部長", "納付相談の中で生活困窮が疑われる場合は、生活困窮者自立相談支援窓口へおつなぎしております。"
    "令和６年度は税務課から２３件の引継ぎがございました。")
say("三宅委員", "徴収の強化と生活再建の支援が両立するよう、引き続き連携をお願いします。")
say("山本委員長", "ほかに質疑はございませんか。\n（「なし」と呼ぶ者あり）\n"
    "以上で所管事務調査を終わります。これをもちまして総務常任委員会を閉会いたします。", section="閉会")
out('<p class="time">午前１１時４２分　閉会</p>')
newpage()

# ---- page 4 : 参考資料 ----
out('<h2>参考資料　市の主な債権の状況（令和６年度決算）</h2>')
out('<div class="cap">表１　主な債権の調定額・収入済額・収納率</div>')
out('<div class="box"><table class="z">')
out('<thead><tr><th rowspan="2">債権名</th><th colspan="2">調定額（百万円）※2</th><th colspan="2">収入済額（百万円）</th>'
    '<th rowspan="2">収納率（％）<br>本年度（前年度）</th><th rowspan="2">増減<br>（ポイント）</th></tr>'
    '<tr><th>前年度</th><th>本年度</th><th>前年度</th><th>本年度</th></tr></thead><tbody>')
for r in R + [TOT]:
    a5, a5v = mil(r["a5"])
    a6, a6v = mil(r["a6"])
    c5, c5v = mil(r["c5"])
    c6, c6v = mil(r["c6"])
    d = round(r["r6"] - r["r5"], 2)
    mark = "※1" if r["n"] == "市税" else ""
    cls = ' class="tot"' if r["n"] is None else ""
    out(f'<tr{cls}><td class="l">{r["s"]}</td><td>{a5}</td><td>{a6}</td><td>{c5}</td><td>{c6}</td>'
        f'<td>{r["r6"]:.2f}{mark}（{r["r5"]:.2f}）</td><td>{tri(d, "{:.2f}")}</td></tr>')
    for fy, fyr, m, v, raw in ((2023, "前年度", "assessed", a5v, a5), (2024, "本年度", "assessed", a6v, a6),
                               (2023, "前年度", "collected", c5v, c5), (2024, "本年度", "collected", c6v, c6)):
        F(debt=r["n"], debt_raw=r["s"], fy=fy, fy_raw=fyr, seg="total", metric=m, basis="actual", value=v,
          unit="yen", raw=raw)
    F(debt=r["n"], debt_raw=r["s"], fy=2024, fy_raw="本年度", seg="total", metric="collection_rate", basis="actual",
      value=r["r6"], unit="percent", raw=f"{r['r6']:.2f}{mark}")
    F(debt=r["n"], debt_raw=r["s"], fy=2023, fy_raw="前年度", seg="total", metric="collection_rate", basis="actual",
      value=r["r5"], unit="percent", raw=f"（{r['r5']:.2f}）")
    F(debt=r["n"], debt_raw=r["s"], fy=2024, fy_raw="本年度", seg="total", metric="difference", basis="actual",
      value=d, unit="points", raw=tri(d, "{:.2f}"))
out('</tbody></table>')
out('<div class="note">※1 市税には入湯税及び軽自動車税を含む。　※2 調定額は還付未済額を控除した額。</div></div>')
out('<div class="src">出典：新見市 令和６年度各会計決算資料（税務課ほか債権所管課作成）</div>')

out('<div class="two">')
out('<div><div class="cap">表２　不納欠損額</div><table class="z"><thead><tr><th>債権名</th><th>前年度（円）</th>'
    '<th>本年度（円）</th></tr></thead><tbody>')
for r in R:
    out(f'<tr><td class="l">{r["s"]}</td><td>{r["w5"]*1000:,}</td><td>{r["w6"]*1000:,}</td></tr>')
    F(debt=r["n"], debt_raw=r["s"], fy=2023, fy_raw="前年度", seg="total", metric="written_off", basis="actual",
      value=r["w5"] * 1000, unit="yen", raw=f"{r['w5']*1000:,}")
    F(debt=r["n"], debt_raw=r["s"], fy=2024, fy_raw="本年度", seg="total", metric="written_off", basis="actual",
      value=r["w6"] * 1000, unit="yen", raw=f"{r['w6']*1000:,}")
out('</tbody></table></div>')
out('<div><div class="cap">表３　収入未済額</div><table class="z"><thead><tr><th>債権名</th><th>前年度（千円）</th>'
    '<th>本年度（千円）</th><th>増減（千円）</th></tr></thead><tbody>')
for r in R + [TOT]:
    d = r["o6"] - r["o5"]
    cls = ' class="tot"' if r["n"] is None else ""
    out(f'<tr{cls}><td class="l">{r["s"]}</td><td>{r["o5"]:,}</td><td>{r["o6"]:,}</td><td>{tri(d)}</td></tr>')
    F(debt=r["n"], debt_raw=r["s"], fy=2023, fy_raw="前年度", seg="total", metric="outstanding", basis="actual",
      value=r["o5"] * 1000, unit="yen", raw=f"{r['o5']:,}")
    F(debt=r["n"], debt_raw=r["s"], fy=2024, fy_raw="本年度", seg="total", metric="outstanding", basis="actual",
      value=r["o6"] * 1000, unit="yen", raw=f"{r['o6']:,}")
    F(debt=r["n"], debt_raw=r["s"], fy=2024, fy_raw="本年度", seg="total", metric="difference", basis="actual",
      value=d * 1000, unit="yen", raw=tri(d))
out('</tbody></table></div></div>')

out('<div class="cap">表４　滞納者数及び差押件数（市税・国民健康保険税）</div>')
out('<table class="z narrow"><thead><tr><th>区分</th><th>前年度</th><th>本年度</th><th>増減</th></tr></thead><tbody>')
DL = [("滞納者数（人）", "delinquents", "persons", 1346, 1284), ("差押件数（件）", "seizures", "cases", 271, 312)]
for lab, m, u, v5, v6 in DL:
    out(f'<tr><td class="l">{lab}</td><td>{v5:,}</td><td>{v6:,}</td><td>{tri(v6 - v5)}</td></tr>')
    for fy, fyr, v in ((2023, "前年度", v5), (2024, "本年度", v6)):
        F(debt=None, debt_raw="市税・国民健康保険税", fy=fy, fy_raw=fyr, seg="total", metric=m, basis="actual",
          value=v, unit=u, raw=f"{v:,}")
out('</tbody></table>')
newpage()

CSS = """
@page { size: A4; margin: 0; }
body { margin:0; font-family: 'IPAexMincho'; font-size: 10.5pt; }
.page { width:210mm; height:296mm; box-sizing:border-box; padding:18mm 20mm 14mm 20mm; position:relative;
        page-break-after: always; overflow:hidden; }
.page:last-child { page-break-after: auto; }
.pno { position:absolute; bottom:8mm; left:0; right:0; text-align:center; font-size:9pt; }
h1 { font-family:'IPAexGothic'; font-size:15pt; text-align:center; margin:0 0 5mm 0; letter-spacing:0.2em; }
h2 { font-family:'IPAexGothic'; font-size:12pt; margin:0 0 3mm 0; }
table.hd { border-collapse:collapse; width:100%; margin-bottom:4mm; font-size:10pt; }
table.hd th { text-align:left; vertical-align:top; width:48mm; font-weight:normal; padding:1mm 2mm;
              border-bottom:0.3pt solid #999; }
table.hd td { padding:1mm 2mm; border-bottom:0.3pt solid #999; line-height:1.5; }
p.sp { margin:0 0 1.6mm 0; text-indent:-1em; padding-left:1em; line-height:1.65; }
p.sp2 { margin:0 0 1.6mm 0; text-indent:1em; line-height:1.65; }
.mk { font-family:'IPAexGothic'; }
p.time { text-align:center; margin:2mm 0; }
.cap { font-family:'IPAexGothic'; font-size:10pt; margin:3mm 0 1mm 0; }
.box { border:0.8pt solid #333; padding:2mm; }
table.z { border-collapse:collapse; width:100%; font-size:8.6pt; }
table.z th { background:#3d5a80; color:#fff; font-weight:normal; padding:1mm; border:0.3pt solid #fff; }
table.z td { padding:0.9mm 1.5mm; text-align:right; }
table.z tbody tr:nth-child(even) td { background:#e6edf5; }
table.z td.l { text-align:left; }
table.z tr.tot td { font-family:'IPAexGothic'; border-top:0.8pt solid #333; }
.note { font-size:8pt; margin-top:1mm; }
.src { font-size:8pt; text-align:right; margin-top:0.5mm; }
.two { display:flex; gap:5mm; }
.two > div { flex:1; }
.two table.z { font-size:7.8pt; }
.two table.z th, .two table.z td.l { white-space:nowrap; }
.two > div:first-child { flex:0.85; }
table.narrow { width:60%; }
"""
body = "".join(f'<div class="page">{p}<div class="pno">－ {i} －</div></div>' for i, p in enumerate(pages, 1))
htmlp = WORK / f"{STEM}.html"
htmlp.write_text(f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head>"
                 f"<body>{body}</body></html>", encoding="utf-8")
pdf = PDF_DIR / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", htmlp.as_uri()], check=True, capture_output=True)

att = [{"role": r, "title": None, "name": n} for r, n in COMMITTEE]
att += [{"role": r, "title": r, "name": n} for r, n in EXEC]
att += [{"role": "事務局", "title": r, "name": n} for r, n in STAFF]
g.minutes = {"title": TITLE, "meeting_number": None, "date": "2025-09-16", "method": None, "attendees": att,
             "agenda": AGENDA, "materials": ["委員会資料「市の主な債権の状況」"],
             "statements": [{"speaker": s["speaker"], "section": s["section"], "text": s["text"], "page": s["page"]}
                            for s in STATEMENTS]}
g.write(pdf)
