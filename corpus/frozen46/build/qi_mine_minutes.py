"""qi_mine_minutes_1: 令和7年度第2回美祢市債権管理委員会 議事要旨 (書面開催), HTML/CSS -> chromium."""
from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from qi_common import (Facts, Inits, PDF_DIR, WORK, c, check, fr, q, rate, trif, write_gold, zen)

STEM = "qi_mine_minutes_1"
CITY = "美祢市"
FY, PFY = 2025, 2024
ASOF, PASOF = "2025-09-30", "2024-09-30"

# 9月末: (cur_a, cur_rate, arr_a, arr_rate) 今期 / 前年同期  (千円)
RAW = {
    "市税": ((2315420, 55.62, 86230, 12.40), (2298115, 55.21, 92840, 11.85)),
    "国民健康保険税": ((482310, 38.25, 142580, 9.84), (490126, 37.90, 150215, 9.12)),
    "介護保険料": ((524880, 52.40, 18420, 8.95), (521305, 52.11, 19870, 8.40)),
    "後期高齢者医療保険料": ((276540, 48.60, 2860, 25.10), (270118, 48.32, 3015, 24.05)),
    "保育料": ((24310, 49.80, 6120, 7.85), (25118, 49.05, 6540, 7.10)),
    "市営住宅使用料": ((48620, 47.90, 31240, 6.20), (49115, 47.35, 32870, 5.85)),
    "水道料金": ((356420, 49.25, 9870, 35.40), (352880, 49.02, 10215, 33.90)),
    "下水道使用料": ((198210, 49.10, 5430, 33.20), (196445, 48.85, 5620, 32.60)),
}
ORDER = list(RAW)
D = {}
for k, pair in RAW.items():
    D[k] = {}
    for tag, (ca, cr, aa, ar) in zip(("now", "prev"), pair):
        cc, ac = round(ca * cr / 100), round(aa * ar / 100)
        D[k][tag] = dict(cur_a=ca, cur_c=cc, cur_r=rate(cc, ca), arr_a=aa, arr_c=ac, arr_r=rate(ac, aa),
                         tot_a=ca + aa, tot_c=cc + ac, tot_r=rate(cc + ac, ca + aa))

F = Facts()
I = Inits()
STATEMENTS = []


def interim(page, k, tag, seg, metric, v, raw, debt_raw=None):
    fy, ao, fyr = (FY, ASOF, "令和7年9月末") if tag == "now" else (PFY, PASOF, "前年同期")
    unit = "percent" if metric == "collection_rate" else "yen"
    F.add(page, k, debt_raw or k, fy, fyr, seg, metric, "interim", v, unit, raw, as_of=ao)


def man(x):
    """千円 -> 約N万円 text (rounded to 10万円) and value in yen."""
    v = int(q(x / 100, 0)) * 10     # 万円, rounded to 10万円
    if v >= 10000:
        s = f"約{v // 10000}億{v % 10000:,}万円" if v % 10000 else f"約{v // 10000}億円"
    else:
        s = f"約{v:,}万円"
    return s, v * 10000


# ------------------------------------------------------------------ statements (page 2: 2-column page)
def stmt(page, speaker, section, paras):
    STATEMENTS.append(dict(speaker=speaker, section=section, text="\n".join(paras), page=page))
    return speaker, paras


def build_statements():
    S2 = []
    sec1 = "主要債権の収納状況について"
    t = D["市税"]
    dcur = float(q(t["now"]["cur_r"] - t["prev"]["cur_r"]))
    a = (f"「市税」は、9月末の現年分収納率が{fr(t['now']['cur_r'])}％で、前年同期と比べ{dcur:.2f}ポイント上昇した。"
         f"滞納繰越分は{fr(t['now']['arr_r'])}％（前年同期{fr(t['prev']['arr_r'])}％）となっている。")
    interim(2, "市税", "now", "current", "collection_rate", t["now"]["cur_r"], f"{fr(t['now']['cur_r'])}％")
    F.add(2, "市税", "市税", FY, "9月末", "current", "difference", "interim", dcur, "points", f"{dcur:.2f}ポイント", as_of=ASOF)
    interim(2, "市税", "now", "arrears", "collection_rate", t["now"]["arr_r"], f"{fr(t['now']['arr_r'])}％")
    interim(2, "市税", "prev", "arrears", "collection_rate", t["prev"]["arr_r"], f"{fr(t['prev']['arr_r'])}％")
    out6, out5 = 71840, 76950          # 市税 収入未済額 R6 / R5 決算 (千円)
    s6, v6 = man(out6)
    dd = out6 - out5
    sd, vd = man(abs(dd))
    b = (f"令和6年度決算の収入未済額は{s6}で、前年度から{sd}減少した。"
         f"H29の地方税滞納整理機構への参加以降、高額事案の移管を続けており、今年度も10件を移管する予定である。")
    F.add(2, "市税", "市税", 2024, "令和6年度", "total", "outstanding", "actual", v6, "yen", s6, approx=True)
    F.add(2, "市税", "市税", 2024, "令和6年度", "total", "difference", "actual", -vd, "yen", sd, approx=True)
    S2.append(stmt(2, "総務部長", sec1, [a, b]))

    k = D["国民健康保険税"]
    kv = D["介護保険料"]
    hv = D["保育料"]
    a = (f"「国民健康保険税」は、現年分の収納率が{fr(k['now']['cur_r'])}％、滞納繰越分が{fr(k['now']['arr_r'])}％で、"
         f"いずれも前年同期を上回った。令和二年度から実施している夜間の電話催告の効果が出ていると考えている。")
    interim(2, "国民健康保険税", "now", "current", "collection_rate", k["now"]["cur_r"], f"{fr(k['now']['cur_r'])}％")
    interim(2, "国民健康保険税", "now", "arrears", "collection_rate", k["now"]["arr_r"], f"{fr(k['now']['arr_r'])}％")
    b = (f"「介護保険料」は、現年分の収納率が前年同期比{float(q(kv['now']['cur_r'] - kv['prev']['cur_r'])):.2f}ポイント上昇した。"
         f"「保育料」は現年分の収入済額が{c(hv['now']['cur_c'])}千円で、卒園児の滞納分の回収が課題である。")
    F.add(2, "介護保険料", "介護保険料", FY, "9月末", "current", "difference", "interim",
          float(q(kv["now"]["cur_r"] - kv["prev"]["cur_r"])), "points",
          f"{float(q(kv['now']['cur_r'] - kv['prev']['cur_r'])):.2f}ポイント", as_of=ASOF)
    interim(2, "保育料", "now", "current", "collected", hv["now"]["cur_c"] * 1000, f"{c(hv['now']['cur_c'])}千円")
    S2.append(stmt(2, "市民福祉部長", sec1, [a, b]))

    h = D["市営住宅使用料"]
    s_, v_ = man(h["now"]["arr_a"])
    a = (f"「市営住宅使用料」の滞納繰越分は、調定額{s_}のうち約8割が退去者の滞納分である。"
         f"本年度は支払督促を3件申し立てた。滞納繰越分の収納率は{fr(h['now']['arr_r'])}％で、前年同期の"
         f"{fr(h['prev']['arr_r'])}％を上回っている。")
    interim(2, "市営住宅使用料", "now", "arrears", "assessed", v_, s_)
    F.items[-1]["approx"] = True
    interim(2, "市営住宅使用料", "now", "arrears", "collection_rate", h["now"]["arr_r"], f"{fr(h['now']['arr_r'])}％")
    interim(2, "市営住宅使用料", "prev", "arrears", "collection_rate", h["prev"]["arr_r"], f"{fr(h['prev']['arr_r'])}％")
    S2.append(stmt(2, "建設経済部長", sec1, [a]))

    w, sw = D["水道料金"], D["下水道使用料"]
    a = (f"「水道料金」は現年分の収納率が{fr(w['now']['cur_r'])}％、「下水道使用料」は{fr(sw['now']['cur_r'])}％で、"
         f"例年並みに推移している。給水停止の予告を行った件数は前年同期より減少した。")
    interim(2, "水道料金", "now", "current", "collection_rate", w["now"]["cur_r"], f"{fr(w['now']['cur_r'])}％")
    interim(2, "下水道使用料", "now", "current", "collection_rate", sw["now"]["cur_r"], f"{fr(sw['now']['cur_r'])}％")
    S2.append(stmt(2, "上下水道局長", sec1, [a]))

    a = ("「奨学金貸付金」の収入未済額は、2023年度末の約1,480万円から令和6年度末には約1,390万円に減少した。"
         "連帯保証人への通知を早めたことによるものと考えている。")
    F.add(2, "奨学金貸付金", "奨学金貸付金", 2023, "2023年度末", "total", "outstanding", "actual", 14800000, "yen",
          "約1,480万円", approx=True)
    F.add(2, "奨学金貸付金", "奨学金貸付金", 2024, "令和6年度末", "total", "outstanding", "actual", 13900000, "yen",
          "約1,390万円", approx=True)
    S2.append(stmt(2, "教育部長", sec1, [a]))

    # page 3
    S3 = []
    sec2 = "債権放棄の予定について"
    a = ("今年度は、市営住宅使用料と奨学金貸付金について、居所不明や相続人不存在により回収の見込みがない債権の放棄を"
         "予定している。対象は合わせて12件となる見込みである。")
    S3.append(stmt(3, "税務課長", sec2, [a]))
    a = "放棄の判断に当たっては、財産調査の記録を残し、判断の経過を説明できるようにしてほしい。"
    S3.append(stmt(3, "委員長", sec2, [a]))
    a = "各所管課に調査記録の様式を示し、委員会への報告時に添付する。"
    S3.append(stmt(3, "税務課長", sec2, [a]))
    sec3 = "債権管理研修の実施結果について"
    a = ("8月に実施した研修には、14課から32名が参加した。私債権の時効の管理と支払督促の手続を中心に取り上げた。")
    S3.append(stmt(3, "収納対策室長", sec3, [a]))
    a = ("研修の内容は良かったが、異動で担当者が替わる課も多いため、来年度は年度当初にも開催してほしい。")
    S3.append(stmt(3, "観光・商工部長", sec3, [a]))
    a = "来年度は5月と8月の2回開催することとしたい。"
    S3.append(stmt(3, "収納対策室長", sec3, [a]))
    return S2, S3


def speech_html(items):
    out = []
    for speaker, paras in items:
        out.append(f'<div class="sp"><div class="who">（{html.escape(speaker)}）</div>')
        for ptxt in paras:
            out.append(f"<p>{html.escape(ptxt)}</p>")
        out.append("</div>")
    return "\n".join(out)


CSS = """
@page { size: A4; margin: 20mm 18mm 18mm 18mm; }
body { font-family: 'IPAexMincho'; font-size: 10.5pt; line-height: 1.6; margin: 0; }
h1 { font-family: 'IPAexGothic'; font-size: 14pt; text-align: center; margin: 0 0 14pt 0; font-weight: normal; }
h2 { font-family: 'IPAexGothic'; font-size: 11pt; margin: 12pt 0 4pt 0; font-weight: normal; }
h3 { font-family: 'IPAexGothic'; font-size: 10.5pt; margin: 6pt 0 2pt 0; font-weight: normal; }
p { margin: 0 0 3pt 0; text-indent: 1em; }
.ind { margin-left: 1.5em; }
.noind { text-indent: 0; }
.page { page-break-after: always; }
.last { page-break-after: auto; }
.cols { column-count: 2; column-gap: 9mm; column-rule: 0.5pt solid #999; font-size: 10.4pt; line-height: 1.75; }
.sp { break-inside: auto; margin-bottom: 6pt; }
.who { font-family: 'IPAexGothic'; }
table { border-collapse: collapse; font-size: 8.8pt; }
td, th { border: 0.6pt solid #000; padding: 2pt 4pt; }
th { background: #e6e6e6; font-weight: normal; font-family: 'IPAexGothic'; }
td.n { text-align: right; }
.box { border: 1pt solid #000; padding: 6pt 10pt; margin-top: 10pt; box-sizing: border-box; }
.box p { text-indent: 0; margin: 0 0 2pt 0; }
.cap { font-family: 'IPAexGothic'; font-size: 10pt; margin: 8pt 0 3pt 0; }
.src { font-size: 8.5pt; margin-top: 3pt; }
.r { text-align: right; }
.foot { position: fixed; bottom: -10mm; left: 0; right: 0; text-align: center; font-size: 8.5pt; }
"""


def page1():
    return f"""
<div class="page">
<h1>令和7年度第2回美祢市債権管理委員会　議事要旨</h1>
<h2>１　開催方法</h2>
<p>令和7年度第2回美祢市債権管理委員会は、書面開催とし、令和7年11月14日付けで各委員に資料を送付して、
意見等を11月21日までに事務局へ電子メールで提出する方法により実施した。</p>
<h2>２　出席者（委員長・委員８名・事務局３名）</h2>
<p class="noind ind">委員長：副市長</p>
<p class="noind ind">委　員：総務部長・総合政策部長・市民福祉部長・観光・商工部長・建設経済部長・上下水道局長・教育部長・会計管理者</p>
<p class="noind ind">事務局：税務課長・収納対策室長・税務課主査</p>
<h2>３　議　題</h2>
<p class="noind ind">（１）令和7年度上半期の主要債権の収納状況について</p>
<p class="noind ind">（２）令和7年度の債権放棄の予定について</p>
<p class="noind ind">（３）債権管理研修の実施結果について</p>
<h2>４　資　料</h2>
<p class="noind ind">令和7年度第2回美祢市債権管理委員会資料（別表を含む。）</p>
<h2>５　意見等の概要</h2>
<p>各委員から提出された意見等の概要は、次ページ以降のとおりである。所管する債権の状況の報告に数値が含まれる場合は、
令和7年9月末現在の速報値による。</p>
</div>"""


def page4():
    p = 4
    rows = []
    sums = {t: dict(a=0, c=0) for t in ("prev", "now")}
    for k in ORDER:
        d = D[k]
        pr, nr = d["prev"]["tot_r"], d["now"]["tot_r"]
        dd = float(q(nr - pr))
        cells = [c(d["prev"]["tot_a"]), c(d["prev"]["tot_c"]), fr(pr), c(d["now"]["tot_a"]), c(d["now"]["tot_c"]), fr(nr),
                 trif(dd, 2, "▲")]
        rows.append(f"<tr><td>{k}</td>" + "".join(f'<td class="n">{x}</td>' for x in cells) + "</tr>")
        for tag, fy, ao, fyr in (("prev", PFY, PASOF, "前年同期"), ("now", FY, ASOF, "今期")):
            x = d[tag]
            F.add(p, k, k, fy, fyr, "total", "assessed", "interim", x["tot_a"] * 1000, "yen", c(x["tot_a"]), as_of=ao)
            F.add(p, k, k, fy, fyr, "total", "collected", "interim", x["tot_c"] * 1000, "yen", c(x["tot_c"]), as_of=ao)
            F.add(p, k, k, fy, fyr, "total", "collection_rate", "interim", x["tot_r"], "percent", fr(x["tot_r"]), as_of=ao)
            sums[tag]["a"] += x["tot_a"]
            sums[tag]["c"] += x["tot_c"]
        F.add(p, k, k, FY, "今期", "total", "difference", "interim", dd, "points", trif(dd, 2, "▲"), as_of=ASOF)
    pr = rate(sums["prev"]["c"], sums["prev"]["a"])
    nr = rate(sums["now"]["c"], sums["now"]["a"])
    dd = float(q(nr - pr))
    cells = [c(sums["prev"]["a"]), c(sums["prev"]["c"]), fr(pr), c(sums["now"]["a"]), c(sums["now"]["c"]), fr(nr),
             trif(dd, 2, "▲")]
    rows.append('<tr style="background:#f2f2f2"><td style="text-align:center">合計</td>' +
                "".join(f'<td class="n">{x}</td>' for x in cells) + "</tr>")
    for tag, fy, ao, fyr, r_ in (("prev", PFY, PASOF, "前年同期", pr), ("now", FY, ASOF, "今期", nr)):
        F.add(p, None, "合計", fy, fyr, "total", "assessed", "interim", sums[tag]["a"] * 1000, "yen", c(sums[tag]["a"]), as_of=ao)
        F.add(p, None, "合計", fy, fyr, "total", "collected", "interim", sums[tag]["c"] * 1000, "yen", c(sums[tag]["c"]), as_of=ao)
        F.add(p, None, "合計", fy, fyr, "total", "collection_rate", "interim", r_, "percent", fr(r_), as_of=ao)
    F.add(p, None, "合計", FY, "今期", "total", "difference", "interim", dd, "points", trif(dd, 2, "▲"), as_of=ASOF)

    t = D["市税"]["now"]
    bullets = []
    for seg, sname, lab in (("cur", "current", "現年分"), ("arr", "arrears", "滞納繰越分"), ("tot", "total", "合計")):
        bullets.append(f"<p class='noind ind'>・{lab}　{zen(fr(t[seg + '_r']))}％</p>")
        F.add(p, "市税", "市税", FY, "令和7年9月末", sname, "collection_rate", "interim", t[seg + "_r"], "percent",
              f"{zen(fr(t[seg + '_r']))}％", as_of=ASOF)

    # 【参考】 box with label：value bullets (令和6年度決算)
    ref_out, ref_wo, ref_rate = 312400000, 18600000, 93.85
    F.add(p, None, "主要8債権", 2024, "令和6年度決算", "total", "outstanding", "actual", ref_out, "yen", "約3億1,240万円", approx=True)
    F.add(p, None, "主要8債権", 2024, "令和6年度決算", "total", "written_off", "actual", ref_wo, "yen", "約1,860万円", approx=True)
    F.add(p, None, "主要8債権", 2024, "令和6年度決算", "total", "collection_rate", "actual", ref_rate, "percent", "93.85％")
    return f"""
<div class="last">
<h2 style="margin-top:0">別表</h2>
<div class="cap">主要債権の収納状況（令和7年9月末現在）</div>
<div style="border:1.2pt solid #000; padding:6pt;">
<div class="r" style="font-size:8.5pt">（単位：千円、％）</div>
<table style="width:100%">
<tr><th rowspan="2">債権名</th><th colspan="3">前年同期</th><th colspan="3">今期</th><th rowspan="2">収納率<br>の差</th></tr>
<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr>
{''.join(rows)}
</table>
</div>
<div class="src">出典：各債権所管課からの報告（令和7年10月集計）。調定額・収入済額は現年分と滞納繰越分の合計。▲は低下。</div>
<h3 style="margin-top:14pt">【収納率】令和７年９月末時点（市税）</h3>
{''.join(bullets)}
<div class="box">
<p>【参考】令和6年度決算（主要8債権）</p>
<p>・収入未済額：約3億1,240万円</p>
<p>・不納欠損額：約1,860万円</p>
<p>・収納率（現年分＋滞納繰越分）：93.85％</p>
</div>
<p class="r" style="margin-top:16pt">以　上</p>
</div>"""


def build():
    S2, S3 = build_statements()
    body = page1()
    body += f"""
<div class="page">
<h3>（１）主要債権の収納状況について</h3>
<div class="cols">
{speech_html(S2)}
</div>
</div>
<div class="page">
<h3>（２）令和7年度の債権放棄の予定について</h3>
{speech_html(S3[:3])}
<h3>（３）債権管理研修の実施結果について</h3>
{speech_html(S3[3:])}
</div>
"""
    body += page4()
    doc = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{body}</body></html>"
    src = WORK / f"{STEM}.html"
    src.write_text(doc, encoding="utf-8")
    out = PDF_DIR / f"{STEM}.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", str(src)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    attendees = [{"role": "委員長", "title": "副市長", "name": None}]
    for t in ["総務部長", "総合政策部長", "市民福祉部長", "観光・商工部長", "建設経済部長", "上下水道局長", "教育部長", "会計管理者"]:
        attendees.append({"role": "委員", "title": t, "name": None})
    for t in ["税務課長", "収納対策室長", "税務課主査"]:
        attendees.append({"role": "事務局", "title": t, "name": None})
    title = "令和7年度第2回美祢市債権管理委員会　議事要旨"
    minutes = {"title": title, "meeting_number": 2, "date": "2025-11-14", "method": "書面開催",
               "attendees": attendees,
               "agenda": ["令和7年度上半期の主要債権の収納状況について", "令和7年度の債権放棄の予定について",
                          "債権管理研修の実施結果について"],
               "materials": ["令和7年度第2回美祢市債権管理委員会資料"],
               "statements": STATEMENTS}
    document = {"kind": "minutes", "family": "minutes", "municipality": CITY, "title": title,
                "date": "2025-11-14", "date_raw": "令和7年11月14日"}
    write_gold(STEM, document, F, I, minutes)
    return check(STEM)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
