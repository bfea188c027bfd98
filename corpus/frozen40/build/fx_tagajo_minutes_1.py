"""多賀城市債権管理対策会議 会議録（書面開催） — HTML/CSS -> chromium. Run from corpus/frozen40."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fx_common import Gold, PDF_DIR, WORK, rate, fr, chromium_pdf  # noqa: E402

STEM = "fx_tagajo_minutes_1"
TITLE = "令和7年度第2回多賀城市債権管理対策会議 会議録"
g = Gold(STEM, "minutes", "shomen", "多賀城市", TITLE, "2026-01-20", "令和8年1月20日")
AS1, AS0 = "2025-12-31", "2024-12-31"

DEBTS = [  # printed, canonical, assessed 円, rate now, rate prev
    ("市税", "市税", 9812456300, .8245, .8209),
    ("国民健康保険税", "国民健康保険料", 1623881400, .6812, .6834),
    ("介護保険料", "介護保険料", 1288450200, .7614, .7588),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", 712330800, .7702, .7695),
    ("保育所保育料", "保育料", 142883500, .7421, .7396),
    ("市営住宅使用料", "市営住宅使用料", 98412600, .7188, .7201),
]
V = []
for pr, cn, a, r1, r0 in DEBTS:
    col = round(a * r1)
    V.append((pr, cn, a, col, rate(col, a), round(r0 * 100, 2)))
tax, kok = V[0], V[1]

attendees = [("委員長", "副市長"), ("委員", "総務部長"), ("委員", "市民経済・文化部長"), ("委員", "保健福祉部長"),
             ("委員", "建設部長"), ("委員", "上下水道部長"), ("委員", "教育部長"), ("委員", "会計管理者"),
             ("事務局", "総務部次長"), ("事務局", "収納対策課長"), ("事務局", "収納対策課長補佐")]
agenda = ["令和7年度 債権の収納状況（12月末）について", "債権放棄及び不納欠損の見込みについて",
          "令和8年度 債権管理の取組方針（案）について"]
statements = []


def st(page, speaker, section, text):
    statements.append({"speaker": speaker, "section": section, "text": text, "page": page})
    return f'<p class="sp"><span class="mk">○{speaker}</span>　{text}</p>'


# ---------------------------------------------------------------- page 1
PG = 1
d_tax = round(tax[4] - tax[5], 2)
d_kok = round(kok[4] - kok[5], 2)
p1 = f"""
<div class="page">
<div class="h1">{TITLE}</div>
<table class="hd">
<tr><th>開催方法</th><td>書面開催</td></tr>
<tr><th>資料送付</th><td>令和8年1月20日付けで各委員に資料を送付</td></tr>
<tr><th>意見等の提出期限</th><td>令和8年1月30日（金）</td></tr>
<tr><th>出席者</th><td>委員８名、事務局３名</td></tr>
</table>
<div class="h2">１　委員等</div>
<table class="mem"><tr><th>区分</th><th>職名</th><th>区分</th><th>職名</th></tr>
{''.join(f"<tr><td>{attendees[i][0]}</td><td>{attendees[i][1]}</td><td>{attendees[i + 6][0] if i + 6 < len(attendees) else ''}</td><td>{attendees[i + 6][1] if i + 6 < len(attendees) else ''}</td></tr>" for i in range(6))}
</table>
<div class="h2">２　議題</div>
<ol class="ag">{''.join(f'<li>（{i + 1}）{a}</li>' for i, a in enumerate(agenda))}</ol>
<div class="h2">３　配付資料</div>
<p>資料１　令和7年度 債権の収納状況（令和7年12月末現在）<br>資料２　債権放棄及び不納欠損の見込み<br>資料３　令和8年度 債権管理の取組方針（案）</p>
<div class="h2">４　議事の概要</div>
<div class="h3">（1）{agenda[0]}</div>
"""
s1 = (f"資料１により報告する。12月末の市税現年度分の収納率は{fr(tax[4])}％で、前年同月を{fr(d_tax)}ポイント上回っている。"
      f"国民健康保険税の現年度分は{fr(kok[4])}％で、前年同月を{fr(abs(d_kok))}ポイント下回った。"
      "国民健康保険税は納期が3月まであり、年度末には前年度並みの収納率を見込んでいる。")
g.f(PG, "市税", "市税", 2025, "12月末", "current", "collection_rate", "interim", tax[4], "percent", f"{fr(tax[4])}％", as_of=AS1)
g.f(PG, "市税", "市税", 2025, "12月末", "current", "difference", "interim", d_tax, "points", f"{fr(d_tax)}ポイント", as_of=AS1)
g.f(PG, "国民健康保険料", "国民健康保険税", 2025, "12月末", "current", "collection_rate", "interim", kok[4], "percent", f"{fr(kok[4])}％", as_of=AS1)
g.f(PG, "国民健康保険料", "国民健康保険税", 2025, "12月末", "current", "difference", "interim", d_kok, "points", f"{fr(abs(d_kok))}ポイント", as_of=AS1)
p1 += st(PG, "収納対策課長", agenda[0], s1)
p1 += "</div>"

# ---------------------------------------------------------------- page 2
PG = 2
p2 = '<div class="page"><div class="h3">【意見・質問及び回答】</div>'
p2 += st(PG, "総務部長", agenda[0], "市営住宅使用料の収納率が前年同月を下回っているが、その要因と対応を伺いたい。")
p2 += st(PG, "収納対策課長", agenda[0],
         f"市営住宅使用料は、12月末で{fr(V[5][4])}％と前年同月の{fr(V[5][5])}％を下回っている。"
         "長期滞納者の退去に伴う未収金が残っていることが要因であり、住宅担当課と連携して連帯保証人への請求を早める。")
g.f(PG, "市営住宅使用料", "市営住宅使用料", 2025, "12月末", "current", "collection_rate", "interim", V[5][4], "percent", f"{fr(V[5][4])}％", as_of=AS1)
g.f(PG, "市営住宅使用料", "市営住宅使用料", 2024, "前年同月", "current", "collection_rate", "interim", V[5][5], "percent", f"{fr(V[5][5])}％", as_of=AS0)
p2 += st(PG, "保健福祉部長", agenda[0],
         "介護保険料は普通徴収の未納が中心である。給付制限の説明を丁寧に行い、早期の納付につなげたい。意見として申し添える。")
p2 += st(PG, "市民経済・文化部長", agenda[0], "コンビニ納付やスマートフォン決済の利用状況はどうか。")
p2 += st(PG, "収納対策課長", agenda[0],
         "市税の納付のうちスマートフォン決済の利用は全体の約1割となっており、前年度より増加している。"
         "令和8年度からは国民健康保険税でも地方税統一QRコードの利用を拡大する予定である。")
p2 += f'<div class="h3">（2）{agenda[1]}</div>'
p2 += st(PG, "収納対策課長", agenda[1],
         "資料２により報告する。債権管理条例に基づき放棄した私債権は12件である。"
         "令和7年度の不納欠損額は、市税で約3,400万円、国民健康保険税で約1,850万円を見込んでいる。")
g.f(PG, "市税", "市税", 2025, "令和7年度", "total", "written_off", "estimate", 34000000, "yen", "約3,400万円", approx=True)
g.f(PG, "国民健康保険料", "国民健康保険税", 2025, "令和7年度", "total", "written_off", "estimate", 18500000, "yen", "約1,850万円", approx=True)
p2 += st(PG, "会計管理者", agenda[1], "異議なし。")
p2 += f'<div class="h3">（3）{agenda[2]}</div>'
p2 += st(PG, "収納対策課長", agenda[2],
         "資料３により説明する。令和8年度は、現年度分の早期納付の勧奨と、滞納繰越分の財産調査の早期着手を柱とする。"
         "市税の現年度分収納率の目標は99.20％とする。")
g.f(PG, "市税", "市税", 2026, "令和8年度", "current", "collection_rate", "target", 99.20, "percent", "99.20％")
p2 += st(PG, "委員長", agenda[2], "各委員から異議はなく、取組方針（案）のとおり決定する。各部においては所管債権の目標達成に向けて取り組まれたい。")
p2 += '<p class="end">以上</p></div>'

# ---------------------------------------------------------------- page 3: 別表
PG = 3
trs = ""
for pr, cn, a, col, r1, r0 in V:
    dd = round(r1 - r0, 2)
    ds = ("▲" if dd < 0 else "") + fr(abs(dd))
    trs += (f"<tr><td class=l>{pr}</td>"
            f"<td>{g.f(PG, cn, pr, 2025, '令和7年12月末', 'current', 'assessed', 'interim', a, 'yen', f'{a:,}', as_of=AS1)}</td>"
            f"<td>{g.f(PG, cn, pr, 2025, '令和7年12月末', 'current', 'collected', 'interim', col, 'yen', f'{col:,}', as_of=AS1)}</td>"
            f"<td>{g.f(PG, cn, pr, 2025, '令和7年12月末', 'current', 'collection_rate', 'interim', r1, 'percent', fr(r1), as_of=AS1)}</td>"
            f"<td>{g.f(PG, cn, pr, 2024, '前年同月', 'current', 'collection_rate', 'interim', r0, 'percent', fr(r0), as_of=AS0)}</td>"
            f"<td>{g.f(PG, cn, pr, 2025, '令和7年12月末', 'current', 'difference', 'interim', dd, 'points', ds, as_of=AS1)}</td></tr>")
ta = sum(v[2] for v in V)
tc = sum(v[3] for v in V)
tr_ = rate(tc, ta)
trs += (f"<tr class=sum><td class=l>合計</td>"
        f"<td>{g.f(PG, None, '合計', 2025, '令和7年12月末', 'current', 'assessed', 'interim', ta, 'yen', f'{ta:,}', as_of=AS1)}</td>"
        f"<td>{g.f(PG, None, '合計', 2025, '令和7年12月末', 'current', 'collected', 'interim', tc, 'yen', f'{tc:,}', as_of=AS1)}</td>"
        f"<td>{g.f(PG, None, '合計', 2025, '令和7年12月末', 'current', 'collection_rate', 'interim', tr_, 'percent', fr(tr_), as_of=AS1)}</td>"
        f"<td>－</td><td>－</td></tr>")
p3 = f"""<div class="page"><div class="h2">別表　債権別収納状況（現年度分・令和7年12月末現在）</div>
<div class="unit">（金額：円、率：％）</div>
<table class="t"><tr><th>債権名</th><th>調定額</th><th>収入済額</th><th>収納率</th><th>前年同月<br>収納率</th><th>差</th></tr>{trs}</table>
<p class="note">※ 差は前年同月（令和6年12月末）の収納率との比較。▲は低下。</p></div>"""

html = f"""<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 20mm 20mm 18mm 20mm; }}
body {{ font-family: 'IPAexMincho'; font-size: 10.5pt; line-height: 1.7; }}
.page {{ break-after: page; }} .page:last-child {{ break-after: auto; }}
.h1 {{ font-family: 'IPAexGothic'; font-size: 14pt; text-align: center; margin-bottom: 10px; }}
.h2 {{ font-family: 'IPAexGothic'; font-size: 11pt; margin: 10px 0 4px; }}
.h3 {{ font-family: 'IPAexGothic'; font-size: 10.5pt; margin: 8px 0 3px 1em; }}
table.hd {{ border-collapse: collapse; margin-left: 1em; }} table.hd th {{ text-align: left; font-weight: normal; padding: 1px 14px 1px 0; }}
table.mem {{ border-collapse: collapse; margin-left: 1em; }}
table.mem th, table.mem td {{ padding: 0 16px 0 0; text-align: left; font-weight: normal; }}
table.mem th {{ border-bottom: 0.8px solid #000; border-top: 0.8px solid #000; }}
ol.ag {{ list-style: none; margin: 0; padding-left: 1em; }}
p {{ margin: 2px 0 4px 1em; }}
p.sp {{ text-indent: -1em; padding-left: 1em; }}
.mk {{ font-family: 'IPAexGothic'; }}
.end {{ text-align: right; }}
.unit {{ text-align: right; font-size: 9pt; }}
table.t {{ border-collapse: collapse; width: 100%; font-size: 9.5pt; }}
table.t th, table.t td {{ border: 0.6px solid #333; padding: 3px 5px; }}
table.t th {{ background: #e8e8e8; font-weight: normal; font-family: 'IPAexGothic'; }}
table.t td {{ text-align: right; }} table.t td.l {{ text-align: left; }}
tr.sum td {{ background: #f3f3f3; }}
.note {{ font-size: 8.5pt; }}
</style></head><body>{p1}{p2}{p3}</body></html>"""
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
out = PDF_DIR / f"{STEM}.pdf"
chromium_pdf(hp, out)
g.minutes = {"title": TITLE, "meeting_number": 2, "date": "2026-01-20", "method": "書面開催",
             "attendees": [{"role": r, "title": t, "name": None} for r, t in attendees],
             "agenda": agenda,
             "materials": ["資料１　令和7年度 債権の収納状況（令和7年12月末現在）", "資料２　債権放棄及び不納欠損の見込み",
                           "資料３　令和8年度 債権管理の取組方針（案）"],
             "statements": statements}
g.write(out)
# statements must sit on their pages too
import fitz  # noqa: E402
import re  # noqa: E402
doc = fitz.open(out)
for s in statements:
    if re.sub(r"\s+", "", s["text"]) not in re.sub(r"\s+", "", doc[s["page"] - 1].get_text()):
        print("STATEMENT NOT ON PAGE", s["page"], s["text"][:30])
