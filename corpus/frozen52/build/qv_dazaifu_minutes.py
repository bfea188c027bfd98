"""qv_dazaifu_minutes_1: 太宰府市議会 総務文教常任委員会 会議録 (債権管理), HTML/CSS -> chromium.

Run from corpus/frozen52:  python3 build/qv_dazaifu_minutes.py
"""
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qv_common import Gold, SET, c, r2, rate, zen, check  # noqa: E402

STEM = "qv_dazaifu_minutes_1"
TITLE = "総務文教常任委員会会議録"
G = Gold(STEM, "minutes", "council", "太宰府市", "太宰府市議会 総務文教常任委員会会議録", "2024-12-10",
         "令和6年12月10日")
K = 1000
WORK = Path("/tmp/qv_work")

# 令和5年度決算 (千円): debt -> (調定, 収入, 不納欠損); 令和4年度 for comparison
R5 = {"市税": (10815204, 10664398, 12418), "国民健康保険税": (1912308, 1612705, 21390),
      "介護保険料": (1702114, 1683519, 4107), "市営住宅使用料": (141822, 124315, 1806),
      "保育所保育料": (58304, 56102, 388)}
R4 = {"市税": (10766310, 10592188, 13240), "国民健康保険税": (1958440, 1642911, 24318)}


def fig(t):
    a, cc, w = t
    return dict(a=a, c=cc, w=w, o=a - cc - w, r=rate(cc, a))


def man(v_thousand, approx=False):
    m = round(v_thousand / 10)
    oku, rest = divmod(m, 10000)
    s = (f"{oku}億{rest:,}万円" if oku else f"{rest:,}万円")
    if oku and rest == 0:
        s = f"{oku}億円"
    return ("約" if approx else "") + s, m * 10000


pages = []
STAT = []


def page(html):
    n = len(pages) + 1
    pages.append(f'<div class="page"><div class="run">令和6年12月10日　総務文教常任委員会</div>{html}'
                 f'<div class="foot">－{zen(str(n))}－</div></div>')
    return n


def turn(P, marker_name, text, section):
    """One ○ statement; marker_name is printed after ○ (spec: speaker without the marker)."""
    STAT.append({"speaker": marker_name, "section": section, "text": text, "page": P})
    parts = text.split("\n")
    paras = f'<p class="first"><span class="sp">○{marker_name}</span>　{parts[0]}</p>'
    paras += "".join(f"<p>{t}</p>" for t in parts[1:])
    return f'<div class="turn">{paras}</div>'


MEMB = [("委員長", "陶山　浩二"), ("副委員長", "小畠　真由美"), ("委員", "森永　善文"), ("委員", "河原　由紀"),
        ("委員", "藤井　健太郎"), ("委員", "上野　和彦")]
ABS = [("委員", "長谷川　敏")]
EXPL = [("副市長", "宮原　慎一"), ("総務部長", "濱本　雅之"), ("税務課長", "安武　直樹"), ("納税課長", "古賀　晴美"),
        ("市民福祉部長", "木村　剛"), ("国保年金課長", "井上　由香"), ("子育て・若者支援課長", "松尾　大輔"),
        ("都市整備部長", "中島　崇")]
STAFF = [("議会事務局長", "白石　美和"), ("議事課長", "原田　亮"), ("書記", "大庭　彩")]

# ------------------------------------------------------------------ page 1: front matter
P = 1
def lst(items, cls="att"):
    return "<table class='%s'>" % cls + "".join(
        f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in items) + "</table>"


page(f"""
<div class="h0">令和6年第4回太宰府市議会定例会</div>
<div class="h1">{TITLE}</div>
<table class="meta">
<tr><th>１　日　時</th><td>令和6年12月10日（火）　午前10時00分開議　午前11時42分閉会</td></tr>
<tr><th>２　場　所</th><td>議会第一委員会室</td></tr>
<tr><th>３　出席委員（６名）</th><td>{lst(MEMB)}</td></tr>
<tr><th>４　欠席委員（１名）</th><td>{lst(ABS)}</td></tr>
<tr><th>５　説明のため出席した者（８名）</th><td>{lst(EXPL)}</td></tr>
<tr><th>６　事務局職員（３名）</th><td>{lst(STAFF)}</td></tr>
<tr><th>７　審査事件</th><td>（１）所管事務調査「市の債権管理の状況について」<br>（２）所管事務の継続調査について</td></tr>
</table>
""")
AGENDA = ["所管事務調査「市の債権管理の状況について」", "所管事務の継続調査について"]

# ------------------------------------------------------------------ page 2
P = 2
SEC = "所管事務調査「市の債権管理の状況について」"
t5, t4 = fig(R5["市税"]), fig(R4["市税"])
dt = round(t5["r"] - t4["r"], 2)
so, vo = man(t5["o"])
sd, vd = man(t4["o"] - t5["o"], approx=True)
G.fact(P, f"{r2(t5['r'])}％", t5["r"], "percent", "collection_rate", "actual", 2023, "令和5年度", "total", "市税")
G.fact(P, so, vo, "yen", "outstanding", "actual", 2023, "令和5年度", "total", "市税")
G.fact(P, f"{r2(dt)}ポイント", dt, "points", "difference", "actual", 2023, "令和5年度", "total", "市税")
G.fact(P, sd, -vd, "yen", "difference", "actual", 2023, "令和5年度", "total", "市税", approx=True)
k5, k4 = fig(R5["国民健康保険税"]), fig(R4["国民健康保険税"])
ko, kv = man(k5["o"], approx=True)
G.fact(P, f"{r2(k5['r'])}％", k5["r"], "percent", "collection_rate", "actual", 2023, "令和5年度", "total",
       "国民健康保険税")
G.fact(P, ko, kv, "yen", "outstanding", "actual", 2023, "令和5年度", "total", "国民健康保険税", approx=True)
G.fact(P, f"{r2(k4['r'])}％", k4["r"], "percent", "collection_rate", "actual", 2022, "令和4年度", "total",
       "国民健康保険税")
h = [
    turn(P, "陶山委員長", "ただいまから総務文教常任委員会を開会いたします。\n本日は、所管事務調査「市の債権管理の状況について」を議題とします。"
         "執行部から説明を求めます。", SEC),
    turn(P, "濱本総務部長", "おはようございます。本日は、市の債権管理の状況について、令和5年度決算の数値を中心に担当課長から御説明申し上げます。", SEC),
    turn(P, "安武税務課長", f"それでは、お手元の資料1により御説明いたします。令和5年度決算で、市税の収納率は{r2(t5['r'])}％、"
         f"収入未済額は{so}でございます。前年度と比較しますと、収納率は{r2(dt)}ポイント上昇し、収入未済額は{sd}減少しております。\n"
         f"また、国民健康保険税の収納率は{r2(k5['r'])}％で、令和4年度の{r2(k4['r'])}％を上回りましたが、"
         f"収入未済額は{ko}と依然として大きな額となっております。", SEC),
    turn(P, "陶山委員長", "説明が終わりました。これから質疑を行います。", SEC),
]
w5 = fig(R5["市税"])["w"]
ws_, wv = man(w5)
G.fact(P, ws_, wv, "yen", "written_off", "actual", 2023, "令和5年度", "total", "市税")
h += [
    turn(P, "森永委員", "市税の収入未済額が減ったことは評価しますが、不納欠損の額はどうなっていますか。", SEC),
    turn(P, "古賀納税課長", f"令和5年度の市税の不納欠損額は{ws_}で、このうち大部分は滞納処分の執行停止後3年を経過したものでございます。", SEC),
]
page("<div class='h2'>午前10時00分開議</div>" + "".join(h))

# ------------------------------------------------------------------ page 3
P = 3
j = fig(R5["市営住宅使用料"])
jo, jv = man(j["o"])
hoi = fig(R5["保育所保育料"])
ho, hv = man(hoi["o"], approx=True)
G.fact(P, jo, jv, "yen", "outstanding", "actual", 2023, "令和5年度末", "total", "市営住宅使用料")
G.fact(P, f"{r2(j['r'])}％", j["r"], "percent", "collection_rate", "actual", 2023, "令和5年度", "total", "市営住宅使用料")
G.fact(P, ho, hv, "yen", "outstanding", "actual", 2023, "令和5年度末", "total", "保育所保育料", approx=True)
G.fact(P, "312人", 312, "persons", "delinquents", "actual", 2023, "令和5年度末", "total", "国民健康保険税")
G.fact(P, "348人", 348, "persons", "delinquents", "actual", 2022, "前年度末", "total", "国民健康保険税")
h = [
    turn(P, "河原委員", "市営住宅使用料について伺います。退去した方の滞納分はどのように回収しているのですか。", SEC),
    turn(P, "中島都市整備部長", f"市営住宅使用料の令和5年度末の収入未済額は{jo}、収納率は{r2(j['r'])}％でございます。"
         "退去者分については、連帯保証人への請求と、必要に応じて支払督促の申立てを行っております。", SEC),
    turn(P, "河原委員", "保育料についてはいかがでしょうか。", SEC),
    turn(P, "松尾子育て・若者支援課長", f"保育所保育料の令和5年度末の収入未済額は{ho}でございます。"
         "児童手当からの特別徴収を活用し、卒園までに完納していただくよう保護者と面談を重ねております。", SEC),
    turn(P, "藤井委員", "国民健康保険税の滞納者数の推移を教えてください。", SEC),
    turn(P, "井上国保年金課長", "令和5年度末の滞納者数は312人で、前年度末の348人から36人減少しております。", SEC),
    turn(P, "上野委員", "債権管理条例の制定については、どのように考えておられますか。", SEC),
    turn(P, "宮原副市長", "私債権の放棄の手続を明確にするためにも、条例の制定は必要と考えております。"
         "令和7年度中に素案をお示しできるよう準備を進めてまいります。", SEC),
]
page("".join(h))

# ------------------------------------------------------------------ page 4: closing + 資料
P = 4
h = [
    turn(P, "陶山委員長", "ほかに質疑はありませんか。\n（「なし」と呼ぶ者あり）\nないようですので、以上で本件の調査を終わります。", SEC),
    turn(P, "陶山委員長", "次に、所管事務の継続調査についてお諮りします。債権管理については、引き続き閉会中の継続調査とすることに"
         "御異議ありませんか。\n（「異議なし」と呼ぶ者あり）\n御異議なしと認めます。以上で本日の委員会を閉会いたします。",
         "所管事務の継続調査について"),
]
rows = []
tot = dict(a=0, c=0, w=0, o=0)
for n, t in R5.items():
    f = fig(t)
    for k in tot:
        tot[k] += f[k]
    rows.append(f"<tr><td class='l'>{n}</td><td>{f['o'] / 1000:,.1f}</td><td>{r2(f['r'])}</td></tr>")
    G.fact(P, f"{f['o'] / 1000:,.1f}", round(f["o"] / 1000, 1) * 1e6, "yen", "outstanding", "actual", 2023, "令和5年度",
           "total", n)
    G.fact(P, r2(f["r"]), f["r"], "percent", "collection_rate", "actual", 2023, "令和5年度", "total", n)
tr_ = rate(tot["c"], tot["a"])
rows.append(f"<tr class='tot'><td class='l'>合計</td><td>{tot['o'] / 1000:,.1f}</td><td>{r2(tr_)}</td></tr>")
G.fact(P, f"{tot['o'] / 1000:,.1f}", round(tot["o"] / 1000, 1) * 1e6, "yen", "outstanding", "actual", 2023, "令和5年度",
       "total", None, "合計")
G.fact(P, r2(tr_), tr_, "percent", "collection_rate", "actual", 2023, "令和5年度", "total", None, "合計")
oku = f"{tot['o'] / 100000:.2f}億円"
G.fact(P, f"約{oku}", round(tot["o"] / 100000, 2) * 1e8, "yen", "outstanding", "actual", 2023, "令和5年度",
       approx=True)
page("".join(h) + f"""
<div class='h2'>午前11時42分閉会</div>
<div class="shiryo">
<div class="cap">資料1　主要債権の収入未済額及び収納率（令和5年度決算）</div>
<table class="tb"><tr><th>債権名</th><th>収入未済額（百万円）</th><th>収納率（％）</th></tr>{''.join(rows)}</table>
<div class="note">※ 5債権の収入未済額の合計は約{oku}。各債権とも現年度分と滞納繰越分の合計。</div>
</div>
<div class="sign">太宰府市議会委員会条例第30条の規定により、ここに署名する。<br><br>総務文教常任委員会　委員長　陶山　浩二</div>
""")

ATTEND = ([{"role": r, "title": None, "name": n} for r, n in MEMB] +
          [{"role": "説明員", "title": t, "name": n} for t, n in EXPL] +
          [{"role": "事務局", "title": t, "name": n} for t, n in STAFF])
G.minutes = {"title": "太宰府市議会 総務文教常任委員会会議録", "meeting_number": None, "date": "2024-12-10",
             "method": None, "attendees": ATTEND, "agenda": AGENDA, "materials": ["資料1　主要債権の収入未済額及び収納率（令和5年度決算）"],
             "statements": STAT}

CSS = """
@page { size: A4; margin: 0 }
body { margin: 0; font-family: 'IPAexMincho', serif; font-size: 10.5pt; }
.page { width: 210mm; height: 297mm; padding: 20mm 22mm 18mm; box-sizing: border-box; position: relative;
        page-break-after: always; overflow: hidden; }
.run { position: absolute; top: 9mm; left: 22mm; font-size: 8pt; color: #444; }
.foot { position: absolute; bottom: 9mm; left: 0; right: 0; text-align: center; font-size: 9pt; }
.h0 { text-align: center; font-size: 11pt; }
.h1 { text-align: center; font-size: 17pt; letter-spacing: 3pt; margin: 3mm 0 6mm; font-family: 'IPAexGothic'; }
.h2 { text-align: center; margin: 3mm 0; }
table.meta { width: 100%; border-collapse: collapse; }
table.meta th { text-align: left; vertical-align: top; font-weight: normal; width: 62mm; padding: 1.6mm 0; }
table.meta td { padding: 1.6mm 0; }
table.att td { padding: 0.3mm 4mm 0.3mm 0; }
table.att td:first-child { width: 40mm; }
.turn { margin: 0 0 2.6mm; line-height: 1.75; }
.turn p { margin: 0; text-indent: 1em; }
.turn p.first { text-indent: 0; }
.turn .sp { font-family: 'IPAexGothic'; }
.shiryo { border: 0.8pt solid #000; padding: 3mm 4mm; margin-top: 6mm; }
.cap { font-family: 'IPAexGothic'; margin-bottom: 2mm; }
table.tb { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
table.tb th, table.tb td { border: 0.6pt solid #000; padding: 1.2mm 2mm; text-align: right; }
table.tb th { background: #e6e6e6; text-align: center; font-weight: normal; }
table.tb td.l { text-align: left; }
tr.tot td { background: #f0f0f0; }
.note { font-size: 8.5pt; margin-top: 2mm; }
.sign { margin-top: 14mm; text-align: right; line-height: 1.8; }
"""
html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
WORK.mkdir(exist_ok=True)
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
out = SET / "pdf" / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", hp.as_uri()], check=True, capture_output=True)
gp = G.write(out)
bad = check(out, gp)
import pymupdf  # noqa: E402
print(STEM, "pages", pymupdf.open(out).page_count, "facts", len(G.facts), "inits", len(G.initiatives), "bad", len(bad))
for b in bad[:30]:
    print("  ", b)
