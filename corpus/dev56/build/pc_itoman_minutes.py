"""pc_itoman_minutes_1: 令和7年度第2回糸満市債権管理対策会議 議事要旨 (書面開催).
Tool chain: HTML/CSS -> chromium --headless --print-to-pdf.  Run from corpus/dev56."""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pc_common import Gold, zen, rate  # noqa: E402

STEM = "pc_itoman_minutes_1"
WORK = "/tmp/pc_work"
AS_OF, PREV = "2025-09-30", "2024-09-30"
FY = 2025
TITLE = "令和７年度第２回糸満市債権管理対策会議　議事要旨"
g = Gold(STEM, "minutes", "minutes", "糸満市", "令和７年度第２回糸満市債権管理対策会議 議事要旨",
         "2025-11-14", "令和７年１１月１４日")

# name, short, cur_a, cur_c, cur_prev_rate, arr_a, arr_c, arr_prev_rate   (千円, 令和7年9月末)
D = [
    ("市税", "市税", 4512806, 2384215, 52.52, 412538, 75331, 17.06),
    ("国民健康保険税", "国保税", 1286402, 498713, 38.95, 598214, 61027, 9.87),
    ("介護保険料", "介護料", 842115, 452806, 53.41, 38462, 4915, 13.02),
    ("後期高齢者医療保険料", "後期高齢", 498337, 270118, 54.06, 9864, 2233, 21.90),
    ("保育所保育料", "保育料", 126780, 61984, 48.12, 21455, 2871, 11.95),
    ("市営住宅使用料", "住宅使用料", 214662, 103455, 47.88, 58203, 5126, 9.12),
    ("学校給食費", "給食費", 198450, 96018, 48.51, 12384, 1452, 10.63),
    ("水道料金", "水道料金", 1824516, 1016338, 55.62, 41226, 18904, 44.10),
    ("下水道使用料", "下水道", 612384, 339521, 55.30, 14038, 6115, 42.88),
]
R = {}
for (n, s, ca, cc, cp, aa, ac, ap) in D:
    R[n] = dict(short=s, ca=ca, cc=cc, cr=rate(cc, ca), cp=cp, aa=aa, ac=ac, ar=rate(ac, aa), ap=ap,
                ta=ca + aa, tc=cc + ac, tr=rate(cc + ac, ca + aa))
TOT_CP, TOT_AP = 51.36, 14.02


def zp(v):  # 全角 percent in prose
    return zen(f"{v:.2f}") + "％"


def zpt(v):
    return zen(f"{abs(v):.2f}") + "ポイント"


# ------------------------------------------------------------------ statements (page, speaker, section, paragraphs)
# each paragraph: list of (text | fact tuple). fact tuple = (raw, value, unit, metric, basis, segment, debt, as_of, approx)
def P(*parts):
    return list(parts)


def cur(n):
    r = R[n]
    return (zp(r["cr"]), r["cr"], "percent", "collection_rate", "interim", "current", n, AS_OF, False)


def arr(n):
    r = R[n]
    return (zp(r["ar"]), r["ar"], "percent", "collection_rate", "interim", "arrears", n, AS_OF, False)


def dcur(n, word):
    d = round(R[n]["cr"] - R[n]["cp"], 2)
    return (zpt(d) + word, d, "points", "difference", "interim", "current", n, AS_OF, False)


def darr(n, word):
    d = round(R[n]["ar"] - R[n]["ap"], 2)
    return (zpt(d) + word, d, "points", "difference", "interim", "arrears", n, AS_OF, False)


ST = []
S1 = "（１）所管する債権の状況について"
S2 = "（２）質問及び回答"
S3 = "（３）委員長意見"
mt = R["市税"]
ST.append((1, "市民部長", S1, [
    P("「市税」は、９月末現在の現年度分収納率が", cur("市税"), "で、前年同月比", dcur("市税", "上昇"),
      "した。滞納繰越分の収納率は", arr("市税"), "で、前年同月から", darr("市税", "改善"),
      "している。滞納繰越分の未済額は",
      ("約３億３，７００万円", 337000000, "yen", "outstanding", "interim", "arrears", "市税", AS_OF, True),
      "となっており、高額・困難事案の早期着手を進めている。"),
    P("「国民健康保険税」は、現年度分収納率が", cur("国民健康保険税"), "で、前年同月を",
      (zpt(-0.18) + "下回った", -0.18, "points", "difference", "interim", "current", "国民健康保険税", AS_OF, False),
      "。被保険者の所得減少による分納相談の増加が要因と考えている。滞納繰越分は", arr("国民健康保険税"),
      "で前年並みである。今後は口座振替の勧奨と財産調査の前倒しにより、現年度分の収納確保に努める。"),
]))
ST.append((2, "健康・福祉部長", S1, [
    P("「介護保険料」の現年度分収納率は", cur("介護保険料"), "（前年同月比", dcur("介護保険料", "上昇"),
      "）である。普通徴収の滞納者数は９月末で",
      ("１，２０４人", 1204, "persons", "delinquents", "interim", "total", "介護保険料", AS_OF, False),
      "となり、前年同月より", ("５８人減少", -58, "persons", "difference", "interim", "total", "介護保険料", AS_OF, False),
      "した。給付制限の事前通知を活用し、納付相談につなげている。"),
    P("「後期高齢者医療保険料」は、現年度分収納率が", cur("後期高齢者医療保険料"),
      "で、新規加入者への口座振替勧奨の効果もあり前年同月を上回っている。"),
]))
ST.append((2, "こども・子育て部長", S1, [
    P("「保育所保育料」は、現年度分収納率が", cur("保育所保育料"), "、滞納繰越分収納率が", arr("保育所保育料"),
      "で、滞納繰越分は前年同月比", darr("保育所保育料", "上昇"),
      "した。児童手当からの申出徴収を丁寧に案内した結果と考えている。"),
]))
ST.append((2, "建設部長", S1, [
    P("「市営住宅使用料」は、現年度分収納率が", cur("市営住宅使用料"), "であるが、滞納繰越分は",
      arr("市営住宅使用料"), "で前年同月を", darr("市営住宅使用料", "下回った"),
      "。滞納世帯数は",
      ("１３６世帯", 136, "households", "delinquents", "interim", "total", "市営住宅使用料", AS_OF, False),
      "で、うち退去者分の回収が課題である。連帯保証人への請求と、必要に応じて明渡請求訴訟を検討する。"),
]))
ST.append((2, "上下水道部長", S1, [
    P("「水道料金」の現年度分収納率は", cur("水道料金"), "、「下水道使用料」は", cur("下水道使用料"),
      "で、いずれも前年同月並みで推移している。給水停止の予告を適切に行い、停止執行件数は",
      ("２１８件", 218, "cases", "water_stoppages", "interim", "total", "水道料金", AS_OF, False),
      "であった。"),
]))
ST.append((2, "教育部長", S1, [
    P("「学校給食費」は、現年度分収納率が", cur("学校給食費"), "で、前年同月比",
      (zpt(round(R["学校給食費"]["cr"] - R["学校給食費"]["cp"], 2)) + "低下",
       round(R["学校給食費"]["cr"] - R["学校給食費"]["cp"], 2), "points", "difference", "interim", "current",
       "学校給食費", AS_OF, False),
      "した。就学援助の申請勧奨と児童手当からの徴収を併せて進める。"),
]))
ST.append((3, "委員長", S2, [
    P("国民健康保険税の現年度分が前年同月を下回っている。年度末に向けた見通しと、具体的な対応を伺いたい。"),
]))
ST.append((3, "市民部長", S2, [
    P("例年、１０月以降に特別徴収分の収納が進むため、年度末には前年度並みの収納率を確保できる見込みである。"
      "あわせて、１２月の滞納整理強化月間に財産調査と差押えを集中して実施する。"),
]))
ST.append((3, "委員長", S2, [
    P("住宅使用料の退去者分について、私債権としての整理の考え方を事務局から示してほしい。"),
]))
ST.append((3, "事務局（納税課長）", S2, [
    P("資料３のとおり、所在不明や無資力で回収の見込みがない債権は、債権管理条例に基づき放棄の手続を進める。"
      "放棄の前には、所管課と事務局で調査結果を確認する。"),
]))
ST.append((3, "委員長", S3, [
    P("各課の状況は概ね順調であるが、滞納繰越分は依然として大きい。強化月間では各部が連携し、"
      "収入未済額の縮減に取り組んでいただきたい。"),
]))

# ------------------------------------------------------------------ HTML
pages_html = {1: [], 2: [], 3: []}


def para_html(parts, page):
    out = []
    for x in parts:
        if isinstance(x, tuple):
            raw, val, unit, metric, basis, seg, debt, as_of, approx = x
            g.f(page, raw, val, unit, metric, basis, FY if as_of == AS_OF else FY - 1,
                "令和７年" + ("９月末" if True else ""), seg, debt, debt, approx, as_of)
            out.append(raw)
        else:
            out.append(x)
    return "".join(out)


statements = []
cur_sec = {1: None, 2: None, 3: None}
for (page, spk, sec, paras) in ST:
    texts = [para_html(p, page) for p in paras]
    statements.append({"speaker": spk, "section": sec, "text": "\n".join(texts), "page": page})
    if cur_sec[page] != sec:
        pages_html[page].append(f'<p class="h3">{sec}</p>')
        cur_sec[page] = sec
    pages_html[page].append(f'<p class="spk">○{spk}</p>' + "".join(f'<p class="st">{t}</p>' for t in texts))

# fiscal_year_raw for prose: the prose says ９月末現在 under heading with 令和７年９月末; use as printed context
for f in g.facts:
    f["fiscal_year_raw"] = "令和７年９月末"

ATT = [("委員長", "副市長")] + [("委員", t) for t in
       ["総務部長", "企画部長", "市民部長", "健康・福祉部長", "こども・子育て部長", "建設部長", "上下水道部長", "教育部長"]] + \
      [("事務局", t) for t in ["納税課長", "納税課債権管理係長", "納税課徴収係長"]]
AGENDA = ["令和７年度債権管理実施計画の中間報告（９月末）について", "滞納整理強化月間（１２月）の実施について",
          "私債権の放棄に係る報告について"]
MATS = ["資料１　令和７年度債権管理実施計画　中間報告", "資料２　令和７年度滞納整理強化月間実施要領（案）",
        "資料３　私債権の放棄について（報告）"]

p1 = f"""
<p class="org">糸満市債権管理対策会議</p>
<h1>{TITLE}</h1>
<p class="h2">１　開催方法</p>
<p class="body">令和７年度第２回糸満市債権管理対策会議は、委員の日程調整が困難であったことから書面開催とし、令和７年１１月１４日付けで各委員に資料を送付のうえ、令和７年１１月２８日までに意見及び質問を事務局へ提出する方法により実施した。</p>
<p class="h2">２　出席者（委員長１名、委員８名、事務局３名）</p>
<table class="att"><tr><td>委員長</td><td>副市長</td></tr>
<tr><td>委　員</td><td>総務部長、企画部長、市民部長、健康・福祉部長、こども・子育て部長、建設部長、上下水道部長、教育部長</td></tr>
<tr><td>事務局</td><td>納税課長、納税課債権管理係長、納税課徴収係長</td></tr></table>
<p class="h2">３　議　題</p>
{''.join(f'<p class="li">（{zen(k + 1)}）{a}</p>' for k, a in enumerate(AGENDA))}
<p class="h2">４　資　料</p>
{''.join(f'<p class="li">{m}</p>' for m in MATS)}
<p class="h2">５　意見及び質問の要旨</p>
<p class="body">各委員から提出された意見及び質問並びにこれに対する回答の要旨は、次のとおりである（数値は令和７年９月末現在）。</p>
{''.join(pages_html[1])}
"""
# 参考 box on page 3
g.f(3, "２６，４１８千円", 26418000, "yen", "collected", "actual", 2024, "令和６年度", "total", None, None)
g.f(3, "４２件", 42, "cases", "seizures", "actual", 2024, "令和６年度", "total", None, None)
box = """<div class="box"><p class="boxh">【参考】令和６年度滞納整理強化月間（１２月）の実績</p>
<p class="li">・対象債権：９債権</p><p class="li">・収納額：２６，４１８千円</p><p class="li">・差押件数：４２件</p></div>"""
p3 = "".join(pages_html[3]) + box + '<p class="body" style="margin-top:14pt">６　その他</p><p class="body">次回会議は、令和８年２月に開催する予定である。</p><p class="end">以　上</p>'

# ------------------------------------------------------------------ 別表 (page 4, landscape)
PG = 4
rows = []
for n, r in R.items():
    dc = round(r["cr"] - r["cp"], 2)
    da = round(r["ar"] - r["ap"], 2)

    def sg(v):
        return ("△" if v < 0 else "") + f"{abs(v):.2f}"
    cells = [r["short"], f'{r["ca"]:,}', f'{r["cc"]:,}', f'{r["cr"]:.2f}', f'{r["cp"]:.2f}', sg(dc),
             f'{r["aa"]:,}', f'{r["ac"]:,}', f'{r["ar"]:.2f}', f'{r["ap"]:.2f}', sg(da),
             f'{r["ta"]:,}', f'{r["tc"]:,}', f'{r["tr"]:.2f}']
    rows.append(cells)
    for seg, a, c, rt, pv, d in (("current", r["ca"], r["cc"], r["cr"], r["cp"], dc),
                                 ("arrears", r["aa"], r["ac"], r["ar"], r["ap"], da)):
        g.f(PG, f"{a:,}", a * 1000, "yen", "assessed", "interim", FY, "令和７年９月末", seg, n, r["short"], as_of=AS_OF)
        g.f(PG, f"{c:,}", c * 1000, "yen", "collected", "interim", FY, "令和７年９月末", seg, n, r["short"], as_of=AS_OF)
        g.f(PG, f"{rt:.2f}", rt, "percent", "collection_rate", "interim", FY, "令和７年９月末", seg, n, r["short"], as_of=AS_OF)
        g.f(PG, f"{pv:.2f}", pv, "percent", "collection_rate", "interim", FY - 1, "前年同月", seg, n, r["short"], as_of=PREV)
        g.f(PG, sg(d), d, "points", "difference", "interim", FY, "令和７年９月末", seg, n, r["short"], as_of=AS_OF)
    g.f(PG, f'{r["ta"]:,}', r["ta"] * 1000, "yen", "assessed", "interim", FY, "令和７年９月末", "total", n, r["short"], as_of=AS_OF)
    g.f(PG, f'{r["tc"]:,}', r["tc"] * 1000, "yen", "collected", "interim", FY, "令和７年９月末", "total", n, r["short"], as_of=AS_OF)
    g.f(PG, f'{r["tr"]:.2f}', r["tr"], "percent", "collection_rate", "interim", FY, "令和７年９月末", "total", n, r["short"], as_of=AS_OF)
S = {k: sum(r[k] for r in R.values()) for k in ("ca", "cc", "aa", "ac", "ta", "tc")}
scr, sar, str_ = rate(S["cc"], S["ca"]), rate(S["ac"], S["aa"]), rate(S["tc"], S["ta"])
dtc, dta = round(scr - TOT_CP, 2), round(sar - TOT_AP, 2)
sg = lambda v: ("△" if v < 0 else "") + f"{abs(v):.2f}"  # noqa: E731
rows.append(["合計", f'{S["ca"]:,}', f'{S["cc"]:,}', f"{scr:.2f}", f"{TOT_CP:.2f}", sg(dtc), f'{S["aa"]:,}',
             f'{S["ac"]:,}', f"{sar:.2f}", f"{TOT_AP:.2f}", sg(dta), f'{S["ta"]:,}', f'{S["tc"]:,}', f"{str_:.2f}"])
for seg, a, c, rt, pv, d in (("current", S["ca"], S["cc"], scr, TOT_CP, dtc), ("arrears", S["aa"], S["ac"], sar, TOT_AP, dta)):
    g.f(PG, f"{a:,}", a * 1000, "yen", "assessed", "interim", FY, "令和７年９月末", seg, None, "合計", as_of=AS_OF)
    g.f(PG, f"{c:,}", c * 1000, "yen", "collected", "interim", FY, "令和７年９月末", seg, None, "合計", as_of=AS_OF)
    g.f(PG, f"{rt:.2f}", rt, "percent", "collection_rate", "interim", FY, "令和７年９月末", seg, None, "合計", as_of=AS_OF)
    g.f(PG, f"{pv:.2f}", pv, "percent", "collection_rate", "interim", FY - 1, "前年同月", seg, None, "合計", as_of=PREV)
    g.f(PG, sg(d), d, "points", "difference", "interim", FY, "令和７年９月末", seg, None, "合計", as_of=AS_OF)
g.f(PG, f'{S["ta"]:,}', S["ta"] * 1000, "yen", "assessed", "interim", FY, "令和７年９月末", "total", None, "合計", as_of=AS_OF)
g.f(PG, f'{S["tc"]:,}', S["tc"] * 1000, "yen", "collected", "interim", FY, "令和７年９月末", "total", None, "合計", as_of=AS_OF)
g.f(PG, f"{str_:.2f}", str_, "percent", "collection_rate", "interim", FY, "令和７年９月末", "total", None, "合計", as_of=AS_OF)

trs = "".join("<tr" + (' class="sum"' if r[0] == "合計" else "") + ">" + "".join(
    f'<td class="{"nm" if k == 0 else "n"}">{c}</td>' for k, c in enumerate(r)) + "</tr>" for r in rows)
p4 = f"""
<p class="h2">別表　債権別収納状況（令和７年９月末現在）</p>
<p class="unit">（単位：千円、％、ポイント）</p>
<table class="big">
<tr><th rowspan="2">債権名</th><th colspan="5">現年度分</th><th colspan="5">滞納繰越分</th><th colspan="3">計</th></tr>
<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>前年同月</th><th>差</th><th>調定額</th><th>収入済額</th><th>収納率</th><th>前年同月</th><th>差</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr>
{trs}
</table>
<p class="note">※１　国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、住宅使用料＝市営住宅使用料、給食費＝学校給食費、下水道＝下水道使用料</p>
<p class="note">※２　「前年同月」は令和６年９月末現在の収納率。「差」は本年度収納率から前年同月収納率を差し引いたもの（△は低下）。</p>
<p class="note">※３　水道料金及び下水道使用料は、９月検針分までの調定による。</p>
"""

CSS = """
@font-face { font-family: IPAexM; src: url('file:///usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'); }
@font-face { font-family: IPAexG; src: url('file:///usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'); }
@page { size: A4 portrait; margin: 20mm 20mm 18mm 22mm; }
@page wide { size: A4 landscape; margin: 15mm 14mm; }
body { font-family: IPAexM; font-size: 10.5pt; line-height: 1.65; color: #000; }
.page { page-break-after: always; }
.wide { page: wide; }
.org { text-align: right; font-size: 9pt; margin: 0; }
h1 { font-family: IPAexG; font-size: 14pt; text-align: center; margin: 8pt 0 14pt; font-weight: normal; }
.h2 { font-family: IPAexG; margin: 9pt 0 2pt; }
.h3 { margin: 6pt 0 0 0.5em; }
.body { margin: 0 0 0 1em; text-indent: 1em; }
.li { margin: 0 0 0 2em; }
.spk { margin: 4pt 0 0 1.5em; }
.st { margin: 0 0 0 2.5em; text-indent: 1em; }
table.att { margin-left: 2em; border-collapse: collapse; }
table.att td { vertical-align: top; padding: 0 6pt 0 0; }
table.att td:first-child { white-space: nowrap; }
.box { border: 1px solid #000; margin: 12pt 2em 0; padding: 4pt 8pt; }
.boxh { margin: 0; font-family: IPAexG; }
.end { text-align: right; margin-top: 10pt; }
.unit { text-align: right; font-size: 9pt; margin: 0 0 2pt; }
table.big { border-collapse: collapse; width: 100%; font-size: 8.6pt; line-height: 1.25; }
table.big th { background: #d9e2ef; border: 0.6pt solid #555; padding: 3pt 2pt; font-weight: normal; font-family: IPAexG; }
table.big td { border: 0.6pt solid #555; padding: 4pt 3pt; }
table.big tr:nth-child(even) td { background: #f1f4f8; }
table.big tr.sum td { background: #e6e6e6; }
td.n { text-align: right; } td.nm { white-space: nowrap; }
.note { font-size: 8.5pt; margin: 2pt 0 0; line-height: 1.4; }
"""
html = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>{TITLE}</title><style>{CSS}</style></head><body>
<div class="page">{p1}</div>
<div class="page">{''.join(pages_html[2])}</div>
<div class="page">{p3}</div>
<div class="wide">{p4}</div>
</body></html>"""
os.makedirs(WORK, exist_ok=True)
hp = os.path.join(WORK, STEM + ".html")
open(hp, "w", encoding="utf-8").write(html)
pdf = os.path.abspath(os.path.join("pdf", STEM + ".pdf"))
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", "file://" + hp], check=True, capture_output=True)

g.minutes = {"title": g.doc["title"], "meeting_number": 2, "date": "2025-11-14", "method": "書面開催",
             "attendees": [{"role": r, "title": t, "name": None} for r, t in ATT],
             "agenda": AGENDA, "materials": MATS, "statements": statements}
g.write(pdf, "gold")
print(STEM, len(g.facts), "facts")
