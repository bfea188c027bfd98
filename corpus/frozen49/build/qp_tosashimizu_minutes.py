"""土佐清水市債権管理委員会 議事要旨 (minutes, 書面開催) — HTML/CSS -> Chromium. Run from corpus/frozen49."""
import sys, os, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qp_common import *

STEM = "qp_tosashimizu_minutes_1"
TITLE = "令和7年度第1回土佐清水市債権管理委員会 議事要旨"
g = Gold(STEM, "minutes", "minutes", "土佐清水市", TITLE, "2025-07-10", "令和7年7月10日")

# ---------------------------------------------------------------- data (円)
# debt, R5 rate, R6 rate, R5 outstanding, R6 outstanding
T = [("市税", 97.02, 97.31, 48120330, 44905112),
     ("国民健康保険税", 86.10, 87.02, 62418900, 58730415),
     ("介護保険料", 98.95, 99.04, 4812300, 4525870),
     ("後期高齢者医療保険料", 99.52, 99.60, 912400, 861300),
     ("保育料", 90.12, 89.75, 2104560, 2230120),
     ("市営住宅使用料", 82.40, 83.95, 14560220, 13402880),
     ("水道料金", 98.10, 98.32, 9870450, 9215330)]
attendees = [("委員長", "副市長")] + [("委員", t) for t in (
    "総務課長", "企画財政課長", "税務課長", "市民課長", "健康推進課長", "子育て・福祉課長", "まちづくり対策課長")] + \
    [("事務局", t) for t in ("税務課長補佐", "税務課徴収係長", "税務課徴収係主査")]
agenda = ["令和6年度決算における債権の状況について", "令和7年度債権管理実施計画について", "私債権の放棄について（報告）"]
materials = ["資料1　令和6年度 債権別収納状況", "資料2　令和7年度 債権管理実施計画（案）", "資料3　私債権の放棄について"]

z = T[0]
k = T[1]
stm = []  # (speaker, section, text_html, facts[(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, approx)])
stm.append(("税務課長", agenda[0],
            f"市税の令和6年度決算における収納率は、現年課税分99.12％、滞納繰越分28.40％、合計{fr(z[2], 2)}％となり、"
            f"前年度から{fr(z[2] - z[1], 2)}ポイント上昇した。収入未済額は約4,490万円で、前年度から約320万円減少した。"
            f"国民健康保険税の収納率は{fr(k[2], 2)}％で、前年度の{fr(k[1], 2)}％を上回った。",
            [("市税", 2024, "令和6年度", "current", "collection_rate", "actual", 99.12, "percent", "99.12％", False),
             ("市税", 2024, "令和6年度", "arrears", "collection_rate", "actual", 28.40, "percent", "28.40％", False),
             ("市税", 2024, "令和6年度", "total", "collection_rate", "actual", z[2], "percent", f"{fr(z[2], 2)}％", False),
             ("市税", 2024, "令和6年度", "total", "difference", "actual", r2(z[2] - z[1]), "points", f"{fr(z[2] - z[1], 2)}ポイント", False),
             ("市税", 2024, "令和6年度", "total", "outstanding", "actual", 44900000, "yen", "約4,490万円", True),
             ("市税", 2024, "令和6年度", "total", "difference", "actual", -3200000, "yen", "約320万円", True),
             ("国民健康保険税", 2024, "令和6年度", "total", "collection_rate", "actual", k[2], "percent", f"{fr(k[2], 2)}％", False),
             ("国民健康保険税", 2023, "前年度", "total", "collection_rate", "actual", k[1], "percent", f"{fr(k[1], 2)}％", False)]))
stm.append(("健康推進課長", agenda[0],
            "介護保険料は特別徴収の割合が高く、収納率は99.04％と高い水準を保っている。普通徴収の未納者には、"
            "介護認定の更新時に給付制限の説明をあわせて行い、納付を促している。",
            [("介護保険料", 2024, "令和6年度", "total", "collection_rate", "actual", 99.04, "percent", "99.04％", False)]))
stm.append(("子育て・福祉課長", agenda[0],
            "保育料の収入未済額は2,230,120円で、前年度より125,560円増加した。転出した世帯の滞納分が残っており、"
            "転出先自治体への照会を進めている。",
            [("保育料", 2024, "令和6年度", "total", "outstanding", "actual", 2230120, "yen", "2,230,120円", False),
             ("保育料", 2024, "令和6年度", "total", "difference", "actual", 125560, "yen", "125,560円", False)]))
stm.append(("まちづくり対策課長", agenda[0],
            "市営住宅使用料の収納率は83.95％（前年度82.40％）に改善した。長期滞納者3名について、"
            "明渡し請求訴訟の準備を進めている。",
            [("市営住宅使用料", 2024, "令和6年度", "total", "collection_rate", "actual", 83.95, "percent", "83.95％", False),
             ("市営住宅使用料", 2023, "前年度", "total", "collection_rate", "actual", 82.40, "percent", "82.40％", False)]))
stm.append(("企画財政課長", agenda[1],
            "令和7年度の実施計画では、全債権の収入未済額を前年度末から1割削減する目標が示されている。"
            "債権ごとの目標と取組の進捗を、年度途中で確認できるようにしてほしい。",
            []))
stm.append(("事務局", agenda[1],
            "各課から10月末時点の状況を報告いただき、第2回委員会で中間報告を行う予定である。",
            []))
stm.append(("税務課長", agenda[2],
            "市営住宅使用料及び水道料金のうち、時効期間が経過し債務者の所在が不明なもの計38件、"
            "1,284,350円について、債権管理条例に基づき放棄したことを報告する。",
            []))
stm.append(("委員長", "総括",
            "各課とも収入未済額の縮減に成果が見られる。滞納の早期対応と、回収見込みのない債権の整理を、"
            "引き続き両輪で進めていただきたい。",
            []))

# ---------------------------------------------------------------- HTML
css = """
@page { size: A4; margin: 18mm 18mm 16mm 18mm; }
body { font-family: 'IPAexMincho'; font-size: 10.5pt; line-height: 1.65; color: #000; }
h1 { font-family: 'IPAexGothic'; font-size: 15pt; text-align: center; margin: 0 0 14px 0; }
h2 { font-family: 'IPAexGothic'; font-size: 11.5pt; margin: 14px 0 4px 0; border-bottom: 1px solid #444; }
.hdr { position: fixed; top: -12mm; right: 0; font-size: 7.5pt; color: #555; font-family: 'IPAexGothic'; }
.pb { page-break-before: always; }
table.info td { padding: 2px 6px; vertical-align: top; }
table.info td.k { font-family: 'IPAexGothic'; width: 24mm; }
.cols { column-count: 2; column-gap: 9mm; column-rule: 0.5px solid #999; font-size: 9.8pt; text-align: justify; }
.st { margin: 0 0 8px 0; break-inside: avoid; }
.sp { font-family: 'IPAexGothic'; }
.sec { font-family: 'IPAexGothic'; font-size: 10pt; margin: 6px 0 3px 0; }
table.z { border-collapse: collapse; width: 100%; font-size: 9pt; }
table.z th { background: #3d5a80; color: #fff; font-family: 'IPAexGothic'; font-weight: normal; padding: 3px 4px; }
table.z td { padding: 4px 5px; text-align: right; }
table.z tr:nth-child(even) td { background: #e8eef6; }
table.z td.n { text-align: left; }
.box { border: 1px solid #333; padding: 6px 12px; margin-top: 14px; width: 70%; }
.note { font-size: 8.5pt; }
"""
H = []
H.append(f"<div class='hdr'>{TITLE}</div>")
H.append(f"<h1>{TITLE}</h1>")
H.append("<table class='info'>")
H.append("<tr><td class='k'>開催方法</td><td>書面開催（令和7年7月10日付けで各委員へ資料を送付し、7月24日までに意見の提出を求めた。）</td></tr>")
H.append("<tr><td class='k'>出席者</td><td>委員８名、事務局３名</td></tr>")
H.append("</table>")
H.append("<h2>1　委員</h2><table class='info'>")
H.append("<tr><td class='k'>委員長</td><td>副市長</td></tr>")
H.append("<tr><td class='k'>委員</td><td>" + "、".join(t for r, t in attendees if r == "委員") + "</td></tr></table>")
H.append("<h2>2　事務局</h2><p>" + "、".join(t for r, t in attendees if r == "事務局") + "</p>")
H.append("<h2>3　議題</h2>")
for i, a in enumerate(agenda):
    H.append(f"<p style='margin:0 0 0 4mm'>（{i + 1}）{a}</p>")
H.append("<h2>4　資料</h2>")
for m in materials:
    H.append(f"<p style='margin:0 0 0 4mm'>{m}</p>")
H.append("<h2>5　結果</h2><p>　議題（1）及び（2）については、各委員から提出された意見を踏まえ、事務局案のとおり了承された。"
         "議題（3）については、報告のとおり確認された。</p>")
# page 2: statements in two columns
H.append("<div class='pb'></div><h2>6　議事の概要（各委員からの報告・意見）</h2><div class='cols'>")
cur = None
for sp, sec, tx, facts in stm:
    if sec != cur:
        H.append(f"<div class='sec'>■ {sec}</div>")
        cur = sec
    H.append(f"<p class='st'><span class='sp'>【{sp}】</span>{tx}</p>")
    for f in facts:
        debt, fy, fyr, seg, met, bas, val, unit, raw, apx = f
        g.f(2, debt, debt, fy, fyr, seg, met, bas, val, unit, raw, approx=apx)
H.append("</div>")
# page 3: 別表
H.append("<div class='pb'></div><h2>別表　主要債権の収納状況（本年度：令和6年度決算、前年度：令和5年度決算）</h2>")
H.append("<table class='z'><tr><th rowspan='2'>債権名</th><th colspan='3'>収納率（％）</th><th colspan='3'>収入未済額（円）</th></tr>"
         "<tr><th>前年度</th><th>本年度</th><th>増減（ポイント）</th><th>前年度</th><th>本年度</th><th>増減（増減率）</th></tr>")
P3 = 3
so5 = so6 = 0
for d, a5, a6, o5, o6 in T:
    dd = r2(a6 - a5)
    dds = ("▲" if dd < 0 else "＋") + fr(abs(dd), 2)
    do = o6 - o5
    dr = r1(do / o5 * 100)
    dos = ("▲" if do < 0 else "＋") + f"{abs(do):,}"
    drs = ("▲" if dr < 0 else "＋") + fr(abs(dr)) + "％"
    H.append(f"<tr><td class='n'>{d}</td><td>{fr(a5, 2)}</td><td>{fr(a6, 2)}</td><td>{dds}</td>"
             f"<td>{o5:,}</td><td>{o6:,}</td><td>{dos}（{drs}）</td></tr>")
    g.f(P3, d, d, 2023, "前年度", "total", "collection_rate", "actual", a5, "percent", fr(a5, 2))
    g.f(P3, d, d, 2024, "本年度", "total", "collection_rate", "actual", a6, "percent", fr(a6, 2))
    g.f(P3, d, d, 2024, "増減", "total", "difference", "actual", dd, "points", dds)
    g.f(P3, d, d, 2023, "前年度", "total", "outstanding", "actual", o5, "yen", f"{o5:,}")
    g.f(P3, d, d, 2024, "本年度", "total", "outstanding", "actual", o6, "yen", f"{o6:,}")
    g.f(P3, d, d, 2024, "増減", "total", "difference", "actual", do, "yen", dos)
    g.f(P3, d, d, 2024, "増減率", "total", "change_rate", "actual", dr, "percent", drs)
    so5 += o5
    so6 += o6
do = so6 - so5
dr = r1(do / so5 * 100)
dos = ("▲" if do < 0 else "＋") + f"{abs(do):,}"
drs = ("▲" if dr < 0 else "＋") + fr(abs(dr)) + "％"
H.append(f"<tr><td class='n'>合計</td><td>－</td><td>－</td><td>－</td><td>{so5:,}</td><td>{so6:,}</td><td>{dos}（{drs}）</td></tr>")
g.f(P3, None, "合計", 2023, "前年度", "total", "outstanding", "actual", so5, "yen", f"{so5:,}")
g.f(P3, None, "合計", 2024, "本年度", "total", "outstanding", "actual", so6, "yen", f"{so6:,}")
g.f(P3, None, "合計", 2024, "増減", "total", "difference", "actual", do, "yen", dos)
g.f(P3, None, "合計", 2024, "増減率", "total", "change_rate", "actual", dr, "percent", drs)
H.append("</table><p class='note'>※ 収納率は現年度分と滞納繰越分の計。▲は減少を示す。合計欄の収納率は債権により算定方法が異なるため記載していない。</p>")
H.append("<div class='box'><div class='sp'>【収納率】令和6年度決算（市税）</div>"
         "<div>・現年分　99.12％</div><div>・滞繰分　28.40％</div><div>・合計　97.31％</div></div>")
g.f(P3, "市税", None, 2024, "令和6年度", "current", "collection_rate", "actual", 99.12, "percent", "99.12％")
g.f(P3, "市税", None, 2024, "令和6年度", "arrears", "collection_rate", "actual", 28.40, "percent", "28.40％")
g.f(P3, "市税", None, 2024, "令和6年度", "total", "collection_rate", "actual", 97.31, "percent", "97.31％")
H.append("<p class='note' style='margin-top:14px'>問合せ先　土佐清水市 税務課 徴収係</p>")

doc = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{css}</style></head><body>{''.join(H)}</body></html>"
hp = os.path.join(WORK, STEM + ".html")
open(hp, "w", encoding="utf-8").write(doc)
chromium(hp, os.path.join(ROOT, "pdf", STEM + ".pdf"))

g.minutes = {"title": TITLE, "meeting_number": 1, "date": "2025-07-10", "method": "書面開催",
             "attendees": [{"role": r, "title": t, "name": None} for r, t in attendees],
             "agenda": agenda, "materials": materials,
             "statements": [{"speaker": sp, "section": sec, "text": tx} for sp, sec, tx, _ in stm]}
g.write()
