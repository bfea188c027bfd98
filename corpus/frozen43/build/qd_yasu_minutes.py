"""qd_yasu_minutes_1: 令和７年度第２回野洲市債権管理対策会議 議事要旨 (書面開催) — HTML/CSS -> Chromium.

Run from corpus/frozen43:  python3 build/qd_yasu_minutes.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qd_common import Gold, PDF_DIR, WORK, check, chromium_pdf, comma, man_oku, rate, write_gold, zen

STEM = "qd_yasu_minutes_1"
CITY = "野洲市"
FY = 2025
ASOF, ASOF_PREV = "2025-09-30", "2024-09-30"
g = Gold()

# short, full, 今期: cur assessed, cur collected, arr assessed, arr collected (千円);
# 前年同期: same four; 年度末見込 現年/滞繰 rate; 前年度決算 現年/滞繰 rate
DEBTS = [
    ("市税", "市税", 6843215, 3981204, 312456, 58812, 6791302, 3912877, 335780, 59104, 99.21, 30.5, 99.12, 29.8),
    ("国保税", "国民健康保険税", 1184552, 452187, 398210, 71024, 1203318, 454012, 421877, 72103, 95.10, 22.0, 94.87, 21.6),
    ("介護保険料", "介護保険料", 1012774, 541009, 26418, 4710, 998541, 530116, 27114, 4512, 99.30, 20.5, 99.24, 19.9),
    ("後期高齢", "後期高齢者医療保険料", 812335, 372416, 4122, 1208, 786120, 359877, 4409, 1174, 99.60, 38.0, 99.55, 37.2),
    ("保育料", "保育料", 96412, 46880, 9877, 1402, 101554, 48012, 10412, 1387, 98.80, 20.0, 98.62, 19.4),
    ("住宅使用料", "市営住宅使用料", 62118, 29804, 31207, 3044, 63002, 29911, 32518, 2978, 97.40, 13.5, 97.21, 12.8),
]
ROWS = []
for d in DEBTS:
    s, full, ca, cc, aa, ac, pca, pcc, paa, pac, ec, ea, lc, la = d
    ROWS.append(dict(short=s, full=full, ca=ca, cc=cc, aa=aa, ac=ac, pca=pca, pcc=pcc, paa=paa, pac=pac,
                     rc=rate(cc, ca, 1), ra=rate(ac, aa, 1), prc=rate(pcc, pca, 1), pra=rate(pac, paa, 1),
                     ec=ec, ea=ea, lc=lc, la=la))
R = {r["short"]: r for r in ROWS}

CSS = """
@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'IPAexMincho', serif; font-size: 10.5pt; color: #000; }
.page { width: 210mm; height: 296mm; padding: 20mm 22mm 16mm 22mm; box-sizing: border-box;
        page-break-after: always; position: relative; }
.page:last-child { page-break-after: auto; }
h1 { font-family: 'IPAexGothic', sans-serif; font-size: 14pt; text-align: center; margin: 0 0 8mm 0; font-weight: normal; }
h2 { font-family: 'IPAexGothic', sans-serif; font-size: 11pt; margin: 5mm 0 2mm 0; font-weight: normal; }
p { margin: 0 0 1.5mm 0; line-height: 1.6; }
.ind { padding-left: 1em; }
.ind2 { padding-left: 2em; text-indent: -1em; }
.sp { font-family: 'IPAexGothic', sans-serif; padding-left: 1em; margin-top: 2mm; }
.st { padding-left: 2em; text-indent: 1em; }
.box { border: 1px solid #000; padding: 2mm 4mm; margin: 3mm 0 3mm 2em; }
.box p { margin: 0; }
.foot { position: absolute; bottom: 8mm; left: 0; right: 0; text-align: center; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
th, td { border: 0.6pt solid #000; padding: 1mm 1.2mm; }
th { background: #e6e6e6; font-weight: normal; font-family: 'IPAexGothic', sans-serif; }
td.n { text-align: right; line-height: 1.35; }
td.l { text-align: left; }
.note { font-size: 8.5pt; margin: 1mm 0 0 0; line-height: 1.45; }
.cap { font-family: 'IPAexGothic', sans-serif; font-size: 10pt; margin: 3mm 0 1mm 0; }
.unit { text-align: right; font-size: 8.5pt; margin: 0; }
"""

pages = []
STATEMENTS = []
PAGE = 1
buf = []


def out(html):
    buf.append(html)


def new_page():
    global PAGE, buf
    pages.append(buf)
    buf = []
    PAGE += 1


def say(speaker, section, paras):
    out(f'<p class="sp">（{speaker}）</p>')
    for t in paras:
        out(f'<p class="st">{t}</p>')
    STATEMENTS.append({"speaker": speaker, "section": section, "text": "".join(paras), "page": PAGE})


def pct(v, nd=1):
    return f"{v:.{nd}f}％"


def fkw(r, seg, basis="interim", prev=False):
    return dict(debt=r["full"], debt_raw=r["short"], segment=seg, basis=basis,
                fy=FY - 1 if prev else FY, as_of=(ASOF_PREV if prev else ASOF) if basis == "interim" else None)


# ---------------------------------------------------------------- page 1
TITLE = "令和７年度第２回野洲市債権管理対策会議　議事要旨"
out(f"<h1>{TITLE}</h1>")
out("<h2>１　開催方法</h2>")
out('<p class="st">令和７年度第２回野洲市債権管理対策会議は、委員の日程調整が困難であったことから書面開催とし、'
    '令和７年１１月１４日付けで各委員に会議資料を送付し、同月２８日までに意見及び質問を事務局へ電子メールで提出する方法により実施した。</p>')
out("<h2>２　出席者（会長・委員９名・事務局３名）</h2>")
MEMBERS = ["総務部長", "政策推進部長", "市民部長", "健康福祉部長", "こども・子育て部長", "環境・経済部長",
           "都市建設部長", "上下水道部長", "教育部長"]
STAFF = ["税務課長", "税務課債権管理室長", "税務課主査"]
out('<p class="ind2">会　長：副市長</p>')
out(f'<p class="ind2">委　員：{"・".join(MEMBERS)}</p>')
out(f'<p class="ind2">事務局：{"・".join(STAFF)}</p>')
out("<h2>３　議　題</h2>")
AGENDA = ["令和７年度上半期（９月末）の主要債権の収納状況について",
          "滞納整理強化月間（１２月）の実施について",
          "令和６年度における債権放棄の状況について"]
for i, a in enumerate(AGENDA, 1):
    out(f'<p class="ind2">（{zen(i)}）{a}</p>')
out("<h2>４　資　料</h2>")
MATERIALS = ["資料１　主要債権の収納状況（令和７年９月末現在）", "資料２　令和７年度滞納整理強化月間実施要領（案）",
             "資料３　令和６年度債権放棄一覧"]
for m in MATERIALS:
    out(f'<p class="ind2">{m}</p>')
out("<h2>５　意見及び質問</h2>")
out('<p class="ind">（１）事務局からの報告（資料１）</p>')
sec1 = "事務局からの報告"
z = R["市税"]
kw_c = fkw(z, "current")
kw_a = fkw(z, "arrears")
say("税務課長", sec1, [
    "主要６債権の９月末時点の収納状況を取りまとめた。市税は、納期内納付の定着により現年分・滞繰分とも前年同月を上回っている。"
    "国民健康保険税は被保険者数の減少に伴い調定額が減少しているが、収納率は前年同月並みで推移している。",
])
out('<div class="box">')
out('<p>【収納率】令和７年９月末時点（市税）</p>')
out(f'<p>・現年分　{g.fact(PAGE, pct(z["rc"]), z["rc"], "collection_rate", fy_raw="令和７年", **kw_c)}'
    f'（前年同月 {g.fact(PAGE, pct(z["prc"]), z["prc"], "collection_rate", fy_raw="前年同月", **fkw(z, "current", prev=True))}）</p>')
out(f'<p>・滞繰分　{g.fact(PAGE, pct(z["ra"]), z["ra"], "collection_rate", fy_raw="令和７年", **kw_a)}'
    f'（前年同月 {g.fact(PAGE, pct(z["pra"]), z["pra"], "collection_rate", fy_raw="前年同月", **fkw(z, "arrears", prev=True))}）</p>')
out('</div>')
# 【参考】 box: 令和６年度決算
OUT6, WO6, RATE6 = 612480000, 18340000, 96.42
out('<div class="box">')
out('<p>【参考】令和６年度決算（全債権）</p>')
out(f'<p>・収入未済額：{g.fact(PAGE, "約" + man_oku(OUT6), OUT6, "outstanding", fy=FY - 1, fy_raw="令和６年度", approx=True)}</p>')
out(f'<p>・不納欠損額：{g.fact(PAGE, man_oku(WO6), WO6, "written_off", fy=FY - 1, fy_raw="令和６年度")}</p>')
out(f'<p>・収納率（現年分・滞繰分計）：{g.fact(PAGE, pct(RATE6, 2), RATE6, "collection_rate", fy=FY - 1, fy_raw="令和６年度")}</p>')
out('</div>')
new_page()

# ---------------------------------------------------------------- page 2
out('<p class="ind">（２）各委員からの意見及び質問</p>')
sec2 = "各委員からの意見及び質問"
k = R["国保税"]
diff_k = round(k["rc"] - k["prc"], 1)
say("市民部長", sec2, [
    "国民健康保険税の現年分の収納率は、９月末で"
    + g.fact(PAGE, pct(k["rc"]), k["rc"], "collection_rate", fy_raw="９月末", **fkw(k, "current"))
    + "となり、前年同月と比べ"
    + g.fact(PAGE, f"{diff_k:.1f}ポイント", diff_k, "difference", unit="points", fy_raw="９月末", **fkw(k, "current"))
    + "の上昇となった。年度末の収納率は"
    + g.fact(PAGE, pct(k["ec"], 2), k["ec"], "collection_rate", fy_raw="年度末", **fkw(k, "current", basis="estimate"))
    + "程度を見込んでおり、目標の達成に向けて１０月から口座振替の勧奨を強化する。",
])
kk = R["介護保険料"]
say("健康福祉部長", sec2, [
    "介護保険料は大半が年金からの特別徴収であり、普通徴収分の現年分収納率は前年同月並みである。"
    "滞繰分は"
    + g.fact(PAGE, pct(kk["ra"]), kk["ra"], "collection_rate", fy_raw="９月末", **fkw(kk, "arrears"))
    + "で、前年同月の"
    + g.fact(PAGE, pct(kk["pra"]), kk["pra"], "collection_rate", fy_raw="前年同月", **fkw(kk, "arrears", prev=True))
    + "を上回った。給付制限の事前通知を送付した方からの納付相談が増えている。",
])
h = R["保育料"]
say("こども・子育て部長", sec2, [
    "保育料は、滞納が２か月続いた世帯に対して園を通じた納付案内を行っている。現年分は９月末で"
    + g.fact(PAGE, pct(h["rc"]), h["rc"], "collection_rate", fy_raw="９月末", **fkw(h, "current"))
    + "となっている。児童手当からの特別徴収について、申出書の提出を保護者に働きかけていきたい。",
])
j = R["住宅使用料"]
say("都市建設部長", sec2, [
    "市営住宅使用料の滞繰分には退去者分が多く含まれており、収納率は"
    + g.fact(PAGE, pct(j["ra"]), j["ra"], "collection_rate", fy_raw="９月末", **fkw(j, "arrears"))
    + "にとどまる。連帯保証人への請求を進めるとともに、回収の見込みがないものは債権放棄の手続を検討する。",
])
say("総務部長", sec2, [
    "滞納整理強化月間には、税務課と各所管課が合同で電話催告を行う日を設けてはどうか。"
    "所管課だけでは対応が難しい案件について、税務課のノウハウを共有する機会にもなると考える。",
])
say("税務課長", sec2, [
    "御意見を踏まえ、１２月の第２週に合同催告日を２日間設ける方向で実施要領を修正する。"
    "あわせて、所管課向けに財産調査の手順を説明する研修を１１月中に行う。",
])
new_page()

# ---------------------------------------------------------------- page 3
say("教育部長", sec2, [
    "学校給食費は今年度から公会計化したため、９月末時点では比較できる前年の数値がない。"
    "未納の保護者には学校を通じて通知しているが、教育委員会から直接連絡する体制も整えたい。",
])
say("副市長", "会長の意見", [
    "上半期の収納状況は全体として前年を上回っているが、滞納繰越分の縮減は引き続き課題である。"
    "各所管課においては、強化月間の取組を確実に実施するとともに、徴収が困難な債権については、"
    "条例に基づく放棄も含めて適切に整理を進めていただきたい。",
])
out("<h2>６　結　果</h2>")
out('<p class="st">議題（１）及び（３）については報告のとおり了承された。議題（２）については、委員からの意見を反映した実施要領により、'
    '令和７年１２月に滞納整理強化月間を実施することとなった。</p>')
out("<h2>７　その他</h2>")
out('<p class="st">次回（第３回）の会議は、令和８年２月に開催する予定である。</p>')

# 別表 (資料１ 抜粋)
out('<p class="cap">別表１　主要債権の収納状況（令和７年９月末現在）</p>')
out('<p class="unit">上段：収入済額（千円）　下段：収納率（％）</p>')
out('<table><tr><th rowspan="2">債　権</th><th colspan="3">現年分</th><th colspan="3">滞繰分</th></tr>'
    '<tr><th>今期</th><th>前年同期</th><th>差</th><th>今期</th><th>前年同期</th><th>差</th></tr>')
tot = dict(cc=0, ca=0, pcc=0, pca=0, ac=0, aa=0, pac=0, paa=0)
for r in ROWS:
    cells = [f'<td class="l">{r["short"]}</td>']
    for seg, c, a, pc, pa, rr, pr in (("current", "cc", "ca", "pcc", "pca", "rc", "prc"),
                                     ("arrears", "ac", "aa", "pac", "paa", "ra", "pra")):
        k1 = fkw(r, seg)
        k0 = fkw(r, seg, prev=True)
        cells.append(f'<td class="n">{g.fact(PAGE, comma(r[c]), r[c] * 1000, "collected", fy_raw="今期", **k1)}'
                     f'<br>{g.fact(PAGE, f"{r[rr]:.1f}", r[rr], "collection_rate", fy_raw="今期", **k1)}</td>')
        cells.append(f'<td class="n">{g.fact(PAGE, comma(r[pc]), r[pc] * 1000, "collected", fy_raw="前年同期", **k0)}'
                     f'<br>{g.fact(PAGE, f"{r[pr]:.1f}", r[pr], "collection_rate", fy_raw="前年同期", **k0)}</td>')
        dv = r[c] - r[pc]
        dr = round(r[rr] - r[pr], 1)
        dtxt = ("▲" if dr < 0 else "") + f"{abs(dr):.1f}"
        cells.append(f'<td class="n">{g.fact(PAGE, ("▲" if dv < 0 else "") + f"{abs(dv):,}", dv * 1000, "difference", fy_raw="今期", unit="yen", **k1)}'
                     f'<br>{g.fact(PAGE, dtxt, dr, "difference", fy_raw="今期", unit="points", **k1)}</td>')
        for kk_ in (c, a, pc, pa):
            tot[kk_] += r[kk_]
    out("<tr>" + "".join(cells) + "</tr>")
out("</table>")
out('<p class="note">※１　収納率は、収入済額を調定額（当初調定及び９月末までの更正後）で除したもの。▲は減少又は低下を示す。</p>')
tc_kokuho = R["国保税"]["cc"]
out(f'<p class="note">※２　国保税の現年分調定額は'
    f'{g.fact(PAGE, comma(R["国保税"]["ca"]) + "千円", R["国保税"]["ca"] * 1000, "assessed", fy_raw="今期", **fkw(R["国保税"], "current"))}'
    f'（前年同期 {g.fact(PAGE, comma(R["国保税"]["pca"]) + "千円", R["国保税"]["pca"] * 1000, "assessed", fy_raw="前年同期", **fkw(R["国保税"], "current", prev=True))}）。</p>')
new_page()

# ---------------------------------------------------------------- page 4: 別表２
out('<p class="cap">別表２　年度末の収納率見込み（令和７年度）</p>')
out('<p class="unit">単位：％</p>')
out('<table><tr><th>債　権</th><th>現年分 見込※1</th><th>滞繰分 見込※1</th><th>現年分 目標</th><th>滞繰分 目標</th></tr>')
TARGET = {"市税": (99.20, 30.0), "国保税": (95.20, 22.0), "介護保険料": (99.30, 20.0), "後期高齢": (99.60, 38.0),
          "保育料": (98.90, 20.0), "住宅使用料": (97.50, 14.0)}
for r in ROWS:
    ke = fkw(r, "current", basis="estimate")
    ka = fkw(r, "arrears", basis="estimate")
    kl = dict(debt=r["full"], debt_raw=r["short"], fy=FY - 1, basis="actual", as_of=None)
    t_c, t_a = TARGET[r["short"]]
    kt = dict(debt=r["full"], debt_raw=r["short"], fy=FY, basis="target", as_of=None)
    s_ec, s_lc, s_ea, s_la = f"{r['ec']:.2f}", f"{r['lc']:.2f}", f"{r['ea']:.1f}", f"{r['la']:.1f}"
    s_tc, s_ta = f"{t_c:.2f}", f"{t_a:.1f}"
    c1 = g.fact(PAGE, s_ec, r["ec"], "collection_rate", fy_raw="令和７年度", **ke)
    c2 = g.fact(PAGE, s_lc, r["lc"], "collection_rate", fy_raw="令和６年度決算", segment="current", **kl)
    c3 = g.fact(PAGE, s_ea, r["ea"], "collection_rate", fy_raw="令和７年度", **ka)
    c4 = g.fact(PAGE, s_la, r["la"], "collection_rate", fy_raw="令和６年度決算", segment="arrears", **kl)
    c5 = g.fact(PAGE, s_tc, t_c, "collection_rate", fy_raw="令和７年度", segment="current", **kt)
    c6 = g.fact(PAGE, s_ta, t_a, "collection_rate", fy_raw="令和７年度", segment="arrears", **kt)
    out(f'<tr><td class="l">{r["short"]}</td><td class="n">{c1}（{c2}）</td><td class="n">{c3}（{c4}）</td>'
        f'<td class="n">{c5}</td><td class="n">{c6}</td></tr>')
out("</table>")
out('<p class="note">※１　（　）内は令和６年度決算の収納率。見込みは９月末までの実績と過去３か年の下半期の収納実績から推計した。</p>')
out('<p class="note">※２　目標は「野洲市債権管理計画（令和７年度～令和９年度）」に定める令和七年度の目標収納率。</p>')
pages.append(buf)

html = ["<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>", CSS, "</style></head><body>"]
for i, pg in enumerate(pages, 1):
    html.append('<div class="page">' + "\n".join(pg) + f'<div class="foot">{i}</div></div>')
html.append("</body></html>")
hp = WORK / f"{STEM}.html"
hp.write_text("\n".join(html), encoding="utf-8")
chromium_pdf(hp, PDF_DIR / f"{STEM}.pdf")

attendees = ([{"role": "会長", "title": "副市長", "name": None}]
             + [{"role": "委員", "title": t, "name": None} for t in MEMBERS]
             + [{"role": "事務局", "title": t, "name": None} for t in STAFF])
minutes = {"title": TITLE.replace("　", " "), "meeting_number": 2, "date": "2025-11-14", "method": "書面開催",
           "attendees": attendees, "agenda": AGENDA, "materials": MATERIALS, "statements": STATEMENTS}
write_gold(STEM, g, kind="minutes", family="minutes", municipality=CITY, title=TITLE.replace("　", " "),
           date="2025-11-14", date_raw="令和７年１１月１４日", minutes=minutes)
check(STEM)
