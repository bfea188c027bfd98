"""宇部市債権管理対策会議 資料（16:9 スライド、取組個票） — HTML → chromium --print-to-pdf.

Run from corpus/dev43:  python3 build/y_ube_committee.py
Writes pdf/y_ube_committee_1.pdf and gold/y_ube_committee_1.json.
"""
from __future__ import annotations

import html
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from y_common import WORK, PDF_DIR, comma, rate, rate_str, diff_str, fact, initiative, write_gold, check  # noqa: E402

STEM = "y_ube_committee_1"
CITY = "宇部市"
TITLE = "令和７年度 第１回宇部市債権管理対策会議 資料"

facts: list = []
inits: list = []
tables: list = []


def F(page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, approx=False):
    facts.append(fact(debt=debt, debt_raw=debt_raw, fy=fy, fy_raw=fy_raw, segment=seg, metric=metric,
                      basis=basis, value=value, unit=unit, raw=raw, page=page, approx=approx))


# ------------------------------------------------------------------ data (千円)
# R6 (2024) 決算見込: 調定, 収納率(構成用), 不納欠損 ; R5 (2023) 収入未済額 ; R6 現年度分の目標収納率
SUMMARY = [
    ("市税", "市税", 21_845_600, 98.80, 31_200, 262_410, 99.20),
    ("国民健康保険料", "国民健康保険料", 4_312_500, 90.15, 46_800, 401_225, 94.60),
    ("介護保険料", "介護保険料", 2_465_300, 98.62, 9_850, 26_930, 99.30),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", 1_298_400, 99.51, 1_120, 5_870, 99.70),
    ("住宅使用料", "市営住宅使用料", 498_700, 91.20, 3_400, 43_615, 97.00),
    ("保育所保育料", "保育所保育料", 287_600, 97.85, 620, 6_012, 98.50),
    (None, "その他", 1_214_800, 61.20, 12_600, 471_338, None),
]
CUR_RATE_R6 = {"市税": 99.21, "国民健康保険料": 94.38, "介護保険料": 99.34, "後期高齢者医療保険料": 99.72,
               "住宅使用料": 97.45, "保育所保育料": 98.31}
ROWS = []
for debt, raw, a, r_, w, u_prev, tgt in SUMMARY:
    c = round(a * r_ / 100)
    u = a - c - w
    ROWS.append(dict(debt=debt, raw=raw, a=a, c=c, w=w, u=u, u_prev=u_prev, rate=rate(c, a), tgt=tgt))
TOT = {k: sum(r[k] for r in ROWS) for k in ("a", "c", "w", "u", "u_prev")}
TOT["rate"] = rate(TOT["c"], TOT["a"])
PREV_TOTAL_RATE = round(TOT["rate"] - 0.25, 2)

# 取組個票: debt → (所管課, 債権区分, rates R4/R5/R6 (cur), (arr), outstanding R4/R5, targets R7 (cur amount, cur rate, arr amount, arr rate), initiatives)
KOHYO = {
    "市税": ("市民環境部 収納課", "強制徴収公債権",
           (99.02, 99.12, CUR_RATE_R6["市税"]), (28.40, 30.15, 31.60), (298_540, 262_410),
           (21_932_100, 99.25, 76_800, 32.00),
           [("現年課税分の未納者に対し、納期限後の早期催告（文書・電話・ＳＭＳ）を徹底する。", "継続"),
            ("預貯金・給与の差押えを中心に、滞納処分を計画的に執行する。", "継続"),
            ("高額・困難事案を専任班に移管し、捜索・公売を実施する。", "拡充"),
            ("地方税統一ＱＲコードによるキャッシュレス納付を周知する。", "新規")]),
    "国民健康保険料": ("健康福祉部 保険年金課", "強制徴収公債権",
                (93.85, 94.02, CUR_RATE_R6["国民健康保険料"]), (21.30, 22.85, 24.10), (428_760, 401_225),
                (3_981_600, 94.80, 98_300, 25.00),
                [("資格取得の届出時に、口座振替の申込みを勧奨する。", "継続"),
                 ("短期被保険者証の交付時に納付相談を行い、分納計画を見直す。", "継続"),
                 ("滞納繰越分について財産調査を強化し、差押えを実施する。", "拡充")]),
    "介護保険料": ("健康福祉部 高齢者総合支援課", "強制徴収公債権",
              (99.20, 99.27, CUR_RATE_R6["介護保険料"]), (18.40, 19.75, 20.60), (29_410, 26_930),
              (2_437_900, 99.40, 5_300, 21.00),
              [("普通徴収の未納者へ、年金支給月に合わせた催告を行う。", "継続"),
               ("長期滞納者へ給付制限の事前通知を送付する。", "継続"),
               ("口座振替の勧奨チラシを納入通知書に同封する。", "新規")]),
    "住宅使用料": ("都市政策部 住宅政策課", "私債権",
              (96.80, 97.02, CUR_RATE_R6["住宅使用料"]), (14.20, 15.60, 16.35), (47_902, 43_615),
              (463_800, 97.60, 7_100, 17.00),
              [("滞納３か月以上の入居者に対し、連帯保証人と連携した納付指導を行う。", "継続"),
               ("長期滞納者へ明渡し請求訴訟を提起する。", "継続"),
               ("退去者滞納分の回収を債権回収業者へ委託する。", "拡充")]),
}
ORDER = ["市税", "国民健康保険料", "介護保険料", "住宅使用料"]
RAW = {r["debt"]: r["raw"] for r in ROWS}
R6U = {r["debt"]: r["u"] for r in ROWS}

E = html.escape

CSS = """
@page { size: 338.67mm 190.5mm; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'IPAexGothic', 'Noto Sans CJK JP', sans-serif; color: #222; }
.slide { width: 1280px; height: 720px; position: relative; overflow: hidden; page-break-after: always;
         background: #fff; }
.slide:last-child { page-break-after: auto; }
.bar { position: absolute; left: 0; top: 0; width: 1280px; height: 86px; background: #1f4e79; color: #fff; }
.bar h1 { margin: 0; position: absolute; left: 48px; top: 20px; font-size: 34px; font-weight: bold; letter-spacing: 1px; }
.bar .tag { position: absolute; right: 48px; top: 28px; font-size: 20px; border: 2px solid #fff; padding: 2px 14px; }
.foot { position: absolute; left: 48px; right: 48px; bottom: 16px; font-size: 15px; color: #666;
        border-top: 1px solid #bbb; padding-top: 6px; }
.foot .pn { position: absolute; right: 0; top: 6px; }
.box { position: absolute; border: 2px solid #1f4e79; border-radius: 6px; padding: 10px 16px; }
.h2 { font-size: 22px; font-weight: bold; color: #1f4e79; margin: 0 0 8px 0; }
table { border-collapse: collapse; }
td, th { border: 1px solid #555; padding: 5px 10px; font-size: 19px; }
th { background: #dde6f2; font-weight: bold; }
td.num { text-align: right; }
.lv td { font-size: 19px; padding: 6px 14px; }
.lv td.l { background: #1f4e79; color: #fff; font-weight: bold; text-align: center; }
.note { font-size: 14px; color: #333; }
.panel { position: absolute; background: #eef3f9; border-left: 10px solid #1f4e79; padding: 14px 20px; }
.panel .t { font-size: 20px; font-weight: bold; color: #1f4e79; }
.panel .big { font-size: 54px; font-weight: bold; color: #c0392b; margin-top: 6px; }
.panel .s { font-size: 18px; margin-top: 4px; }
ol.items { margin: 0; padding-left: 0; list-style: none; }
ol.items li { font-size: 18.5px; line-height: 1.5; margin-bottom: 3px; }
.sum td, .sum th { font-size: 17px; padding: 5px 9px; }
.sum tr.tot td { background: #f2f2f2; font-weight: bold; }
"""


def foot(n):
    return f'<div class="foot">宇部市債権管理対策会議　資料１<span class="pn">{n}</span></div>'


slides = []

# ================================================================== slide 1 (cover)
slides.append(f"""
<div class="slide">
 <div style="position:absolute;left:0;top:250px;width:1280px;height:8px;background:#1f4e79"></div>
 <div style="position:absolute;left:0;top:290px;width:1280px;text-align:center;font-size:44px;font-weight:bold">令和７年度 第１回 宇部市債権管理対策会議</div>
 <div style="position:absolute;left:0;top:370px;width:1280px;text-align:center;font-size:30px">主要債権の取組状況と令和７年度の取組方針</div>
 <div style="position:absolute;left:0;top:440px;width:1280px;height:3px;background:#1f4e79"></div>
 <div style="position:absolute;right:120px;top:110px;font-size:24px;border:2px solid #222;padding:4px 22px">資料１</div>
 <div style="position:absolute;left:0;top:540px;width:1280px;text-align:center;font-size:24px">令和７年７月２日（水）</div>
 <div style="position:absolute;left:0;top:590px;width:1280px;text-align:center;font-size:24px">総務財政部 債権管理課</div>
</div>""")

# ================================================================== slide 2 (overview panels)
P = 2
u_man = round(TOT["u"] / 10)                         # 万円
oku, man = divmod(u_man, 10000)
u_txt = f"約{oku}億{man:,}万円"
d_man = round((TOT["u_prev"] - TOT["u"]) / 10)
d_txt = f"約{d_man:,}万円減"
rdiff = round(TOT["rate"] - PREV_TOTAL_RATE, 2)
slides.append(f"""
<div class="slide">
 <div class="bar"><h1>１　債権全体の状況（令和６年度決算見込）</h1><span class="tag">概要</span></div>
 <div class="panel" style="left:60px;top:130px;width:560px;height:200px">
   <div class="t">収入未済額（市の債権全体）</div>
   <div class="big">{u_txt}</div>
   <div class="s">前年度比 {d_txt}</div>
 </div>
 <div class="panel" style="left:660px;top:130px;width:560px;height:200px">
   <div class="t">収納率（全債権・現年度分＋滞納繰越分）　単位：％</div>
   <div class="big">{rate_str(TOT['rate'])}<span style="font-size:30px;color:#222">（{rate_str(PREV_TOTAL_RATE)}）</span></div>
   <div class="s">前年度比 {rate_str(rdiff)}ポイント増　※（　）内は前年度</div>
 </div>
 <div class="box" style="left:60px;top:370px;width:700px;height:270px">
   <div class="h2">本日の内容</div>
   <ol class="items">
    <li>１　債権全体の状況（令和６年度決算見込）</li>
    <li>２　主要債権の取組個票（市税・国民健康保険料・介護保険料・市営住宅使用料）</li>
    <li>３　【参考】債権別収入未済額一覧</li>
   </ol>
 </div>
 <div class="box" style="left:800px;top:370px;width:420px;height:270px;border-style:dashed">
   <div class="h2">【参考】</div>
   <ol class="items">
    <li>・対象債権：７区分（その他を含む）</li>
    <li>・取組個票の作成：主要４債権</li>
    <li>・数値：令和７年５月31日現在</li>
    <li>・所管：総務財政部 債権管理課</li>
   </ol>
 </div>
 {foot(P)}
</div>""")
F(P, None, None, 2024, "令和６年度決算見込", "total", "outstanding", "estimate", u_man * 10_000, "yen", u_txt, approx=True)
F(P, None, None, 2024, "令和６年度決算見込", "total", "difference", "estimate", -d_man * 10_000, "yen", d_txt, approx=True)
F(P, None, None, 2024, "令和６年度決算見込", "total", "collection_rate", "estimate", TOT["rate"], "percent", rate_str(TOT["rate"]))
F(P, None, None, 2023, "前年度", "total", "collection_rate", "actual", PREV_TOTAL_RATE, "percent", rate_str(PREV_TOTAL_RATE))
F(P, None, None, 2024, "令和６年度決算見込", "total", "difference", "estimate", rdiff, "points", f"{rate_str(rdiff)}ポイント")

# ================================================================== slides 3-6 (取組個票)
YEARS = [(2022, "R4", "actual"), (2023, "R5", "actual"), (2024, "R6※", "estimate")]
for k, debt in enumerate(ORDER):
    P = 3 + k
    ka, kubun, cur, arr, u45, tgt, items = KOHYO[debt]
    raw = RAW[debt]
    outs = [u45[0], u45[1], R6U[debt]]
    u6raw = comma(outs[2]) + ("※2" if debt == "市税" else "")
    head = "".join(f"<th>{y}</th>" for _, y, _ in YEARS)
    trs = (f"<tr><th>現年度分収納率（％）</th>" + "".join(f'<td class="num">{rate_str(v)}</td>' for v in cur) + "</tr>"
           f"<tr><th>滞納繰越分収納率（％）</th>" + "".join(f'<td class="num">{rate_str(v)}</td>' for v in arr) + "</tr>"
           f"<tr><th>収入未済額（千円）</th>" + "".join(f'<td class="num">{v}</td>' for v in
                                                     [comma(outs[0]), comma(outs[1]), u6raw]) + "</tr>")
    rows_tbl = [["区分", "R4", "R5", "R6※"], ["現年度分収納率（％）"] + [rate_str(v) for v in cur],
                ["滞納繰越分収納率（％）"] + [rate_str(v) for v in arr],
                ["収入未済額（千円）", comma(outs[0]), comma(outs[1]), u6raw]]
    tables.append({"page": P, "bbox": None, "rows": rows_tbl})
    for (fy, yl, basis), v in zip(YEARS, cur):
        F(P, debt, raw, fy, yl, "current", "collection_rate", basis, v, "percent", rate_str(v))
    for (fy, yl, basis), v in zip(YEARS, arr):
        F(P, debt, raw, fy, yl, "arrears", "collection_rate", basis, v, "percent", rate_str(v))
    for (fy, yl, basis), v, rr in zip(YEARS, outs, [comma(outs[0]), comma(outs[1]), u6raw]):
        F(P, debt, raw, fy, yl, "total", "outstanding", basis, v * 1000, "yen", rr)
    ca, cr, aa, ar = tgt
    tgt_html = (f'<tr><th>現年度分</th><td class="num">{comma(ca)}千円<br>（{rate_str(cr)}％）</td></tr>'
                f'<tr><th>滞納繰越分</th><td class="num">{comma(aa)}千円<br>（{rate_str(ar)}％）</td></tr>')
    F(P, debt, raw, 2025, "令和７年度", "current", "collected", "target", ca * 1000, "yen", f"{comma(ca)}千円")
    F(P, debt, raw, 2025, "令和７年度", "current", "collection_rate", "target", cr, "percent", f"{rate_str(cr)}％")
    F(P, debt, raw, 2025, "令和７年度", "arrears", "collected", "target", aa * 1000, "yen", f"{comma(aa)}千円")
    F(P, debt, raw, 2025, "令和７年度", "arrears", "collection_rate", "target", ar, "percent", f"{rate_str(ar)}％")
    circ = "①②③④⑤"
    lis = "".join(f"<li>{circ[i]}{E(t)}【{tag}】</li>" for i, (t, tag) in enumerate(items))
    for i, (t, tag) in enumerate(items):
        inits.append(initiative(debt=debt, debt_raw=raw, fy=2025, section="令和７年度の主な取組", label=circ[i],
                                text=t, status=tag, page=P))
    note2 = "<br>※2 徴収猶予の特例により猶予した額を含む。" if debt == "市税" else ""
    slides.append(f"""
<div class="slide">
 <div class="bar"><h1>２　取組個票</h1><span class="tag">個票 {k + 1}／４</span></div>
 <table class="lv" style="position:absolute;left:48px;top:104px;width:1184px">
  <tr><td class="l">債権名</td><td style="width:300px">{E(raw)}</td><td class="l">所管課</td><td>{E(ka)}</td>
      <td class="l">債権区分</td><td>{E(kubun)}</td></tr>
 </table>
 <div style="position:absolute;left:48px;top:172px;width:640px">
  <div class="h2">(1) 収納状況の推移</div>
  <table style="width:640px"><tr><th>区分</th>{head}</tr>{trs}</table>
  <div class="note" style="margin-top:4px">※ R6は決算見込（令和７年５月31日現在）。R4・R5は決算額。{note2}</div>
 </div>
 <div class="box" style="left:720px;top:172px;width:512px;height:238px">
  <div class="h2">(2) 令和７年度の目標</div>
  <table style="width:476px"><tr><th>区分</th><th>目標収入額<br>（目標収納率）</th></tr>{tgt_html}</table>
 </div>
 <div class="box" style="left:48px;top:430px;width:{700 if k % 2 else 860}px;height:234px">
  <div class="h2">(3) 令和７年度の主な取組</div>
  <ol class="items">{lis}</ol>
 </div>
 {foot(P)}
</div>""")

# ================================================================== slide 7 (table for no debt)
P = 7
trs = []
rows_tbl = [["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収入未済額の前年度比", "収納率",
             "現年度分目標", "現年度分実績", "達成"]]
for r in ROWS + [dict(TOT, debt=None, raw="合計", tgt=None)]:
    is_tot = r["raw"] == "合計"
    d = r["u"] - r["u_prev"]
    if r["tgt"] is not None:
        act = CUR_RATE_R6[r["debt"]]
        ok = "○" if act >= r["tgt"] else "×"
        tcells = [rate_str(r["tgt"]), rate_str(act), ok]
    else:
        tcells = ["－", "－", "－"]
    cells = [comma(r["a"]), comma(r["c"]), comma(r["w"]), comma(r["u"]), comma(d), rate_str(r["rate"])] + tcells
    rows_tbl.append([r["raw"]] + cells)
    tds = "".join(f'<td class="num">{c}</td>' if i < 8 else f'<td style="text-align:center">{c}</td>'
                  for i, c in enumerate(cells))
    trs.append(f'<tr class="{"tot" if is_tot else ""}"><td>{E(r["raw"])}</td>{tds}</tr>')
    for met, v in (("assessed", r["a"]), ("collected", r["c"]), ("written_off", r["w"]), ("outstanding", r["u"])):
        F(P, r["debt"], r["raw"], 2024, "令和６年度決算見込", "total", met, "estimate", v * 1000, "yen", comma(v))
    F(P, r["debt"], r["raw"], 2024, "令和６年度決算見込", "total", "difference", "estimate", d * 1000, "yen", comma(d))
    F(P, r["debt"], r["raw"], 2024, "令和６年度決算見込", "total", "collection_rate", "estimate", r["rate"], "percent",
      rate_str(r["rate"]))
    if r["tgt"] is not None:
        F(P, r["debt"], r["raw"], 2024, "令和６年度", "current", "collection_rate", "target", r["tgt"], "percent",
          rate_str(r["tgt"]))
        F(P, r["debt"], r["raw"], 2024, "令和６年度決算見込", "current", "collection_rate", "estimate",
          CUR_RATE_R6[r["debt"]], "percent", rate_str(CUR_RATE_R6[r["debt"]]))
tables.append({"page": P, "bbox": None, "rows": rows_tbl})
slides.append(f"""
<div class="slide">
 <div class="bar"><h1>３　【参考】債権別収入未済額一覧（令和６年度決算見込）</h1><span class="tag">参考</span></div>
 <div style="position:absolute;left:48px;top:110px;width:1184px;text-align:right;font-size:16px">（単位：千円、％）</div>
 <table class="sum" style="position:absolute;left:48px;top:136px;width:1184px">
  <tr><th rowspan="2">債権名</th><th rowspan="2">調定額</th><th rowspan="2">収入済額</th><th rowspan="2">不納欠損額</th>
      <th rowspan="2">収入未済額</th><th rowspan="2">前年度比</th><th rowspan="2">収納率</th>
      <th colspan="3">令和６年度 目標収納率（現年度分）</th></tr>
  <tr><th>目標</th><th>見込</th><th>達成</th></tr>
  {''.join(trs)}
 </table>
 <div class="note" style="position:absolute;left:48px;top:560px;width:1184px;font-size:15px">
  ※ 前年度比は令和５年度決算の収入未済額との差。△は減少。<br>
  ※ 「その他」は生活保護費返還金、児童扶養手当返還金、奨学金貸付金等の計。目標は設定していない。<br>
  ※ 達成欄：現年度分収納率の見込が目標以上のものを「○」、未満のものを「×」とした。
 </div>
 {foot(P)}
</div>""")

html_doc = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>{TITLE}</title>
<style>{CSS}</style></head><body>{''.join(slides)}</body></html>"""
src = WORK / f"{STEM}.html"
src.write_text(html_doc, encoding="utf-8")
out_tmp = WORK / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--print-to-pdf-no-header", f"--print-to-pdf={out_tmp}", src.as_uri()],
               check=True, capture_output=True)
PDF_DIR.mkdir(parents=True, exist_ok=True)
shutil.copy(out_tmp, PDF_DIR / f"{STEM}.pdf")

document = {"kind": "committee_material", "family": "kobetsu", "municipality": CITY, "title": TITLE,
            "date": "2025-07-02", "date_raw": "令和７年７月２日（水）"}
write_gold(STEM, document, facts, inits, tables)
sys.exit(1 if check(STEM) else 0)
