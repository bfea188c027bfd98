"""sf_tomisato_progress_1: 令和5年度 債権管理の取組状況（中間報告）, 2月末（閏年）現在. HTML/CSS -> chromium.
Run from corpus/dev68:  python3 build/sf_tomisato_progress_1.py"""
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sf_common import Gold, c, rate, oku_man, SET  # noqa: E402

STEM = "sf_tomisato_progress_1"
WORK = "/tmp/sf_work/" + STEM
CITY = "富里市"
DOCTITLE = "令和５年度 債権管理の取組状況（中間報告）"
FY = 2023
ASOF, ASOF_P = "2024-02-29", "2023-02-28"

# 2月末現在（千円）: section, canonical, short, 現年調定, 現年収入済, 滞繰調定, 滞繰収入済
D = [
    ("一般会計", "市税", "市税", 5812430, 5649682, 412360, 129903),
    ("一般会計", "保育所保育料", "保育料", 71205, 66012, 18420, 3512),
    ("一般会計", "生活保護費返還金", "生保返還金", 21540, 9882, 86210, 4315),
    ("特別会計", "国民健康保険税", "国保税", 1520380, 1271904, 612440, 118203),
    ("特別会計", "介護保険料", "介護料", 812550, 789410, 31220, 6054),
    ("特別会計", "後期高齢者医療保険料", "後期高齢", 602110, 598310, 4812, 2106),
]
LEGEND = ("保育料：保育所保育料、生保返還金：生活保護費返還金、国保税：国民健康保険税、介護料：介護保険料、"
          "後期高齢：後期高齢者医療保険料")
PREV_TAX_CUR = 96.8   # 市税現年分 前年同月
PREV_KOK_CUR = 84.1   # 国保税現年分 前年同月

# 月別 市税現年分 累計収納率: (月, 前年度, 本年度)
MONTHS = [(4, 9.8, 10.1), (5, 21.6, 22.0), (6, 30.4, 30.9), (7, 41.2, 41.5), (8, 49.8, 50.3), (9, 57.1, 57.6),
          (10, 64.5, 64.9), (11, 71.2, 71.8), (12, 82.6, 83.1), (1, 90.3, 90.8), (2, 96.8, 97.2)]
MONTH_END = {4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31, 1: 31}

# 年度末見込（千円）: canonical, short, R4収納率, R5見込収納率, R4収入未済額, R5見込収入未済額
EST = [
    ("市税", "市税", 97.6, 97.9, 201330, 186420),
    ("保育所保育料", "保育料", 85.2, 86.0, 21905, 20110),
    ("生活保護費返還金", "生保返還金", 14.8, 15.5, 88720, 92140),
    ("国民健康保険税", "国保税", 80.1, 80.9, 432180, 415560),
    ("介護保険料", "介護料", 97.0, 97.3, 27840, 26950),
    ("後期高齢者医療保険料", "後期高齢", 99.3, 99.4, 4410, 4230),
]
TAX_ARR_EST = 128455
HIST = [(2019, "R1", "決算", 962.4), (2020, "R2", "決算", 921.8), (2021, "R3", "決算", 874.3)]

CSS = """
@page { size: A4; margin: 0 }
body { margin: 0; font-family: 'IPAexGothic'; font-size: 10pt; color: #111 }
.page { width: 210mm; height: 297mm; padding: 16mm 16mm 20mm 16mm; box-sizing: border-box; position: relative;
        page-break-after: always; overflow: hidden }
.page:last-child { page-break-after: auto }
.run { position: absolute; top: 7mm; left: 16mm; font-size: 8pt; color: #555 }
.foot { position: absolute; bottom: 9mm; left: 0; width: 100%; text-align: center; font-size: 9pt }
h1 { font-size: 20pt; text-align: center; margin-top: 70mm }
h2 { font-size: 13pt; border-left: 5px solid #2b5d8a; padding-left: 6px; margin: 4mm 0 3mm 0 }
h3 { font-size: 11pt; margin: 3mm 0 2mm 0 }
table { border-collapse: collapse; width: 100% }
td, th { padding: 2px 4px; font-size: 8.5pt }
.z td:first-child { white-space: nowrap }
.z th { background: #2b5d8a; color: #fff; font-weight: normal }
.z tr:nth-child(even) td { background: #e9f0f7 }
.z td.n { text-align: right }
.sec td { background: #fff !important; font-weight: bold }
.sub td { background: #d7dfe8 !important }
.tot td { background: #b9c8d8 !important; font-weight: bold }
.r th, .r td { border: 1px solid #555 } .r th { background: #eee }
.r td.n { text-align: right }
.stamp { position: absolute; top: 14mm; right: 16mm; border: 2px solid #a00; color: #a00; padding: 2px 8px;
         font-size: 10pt }
.panels { display: flex; gap: 5mm; margin: 3mm 0 }
.panel { flex: 1; border: 1.5px solid #2b5d8a; border-radius: 4px; padding: 3mm; text-align: center }
.panel .l { font-size: 9pt; color: #2b5d8a } .panel .v { font-size: 18pt; font-weight: bold }
.panel .s { font-size: 8.5pt }
.cols { column-count: 2; column-gap: 8mm; text-align: justify; font-family: 'IPAexMincho'; line-height: 1.6 }
.box { border: 1px solid #333; padding: 3mm; margin: 3mm 0 }
.note { font-size: 8pt }
.toc td { font-size: 11pt; padding: 4px }
"""


def build():
    g = Gold(STEM, {"kind": "progress_report", "municipality": CITY, "title": "令和5年度 債権管理の取組状況（中間報告）",
                    "date": "2024-03-01", "date_raw": "令和６年３月"})
    pages = []

    def page(body, n, stamp=None):
        run = f'<div class="run">{DOCTITLE}</div>' if n > 1 else ""
        st = f'<div class="stamp">{stamp}</div>' if stamp else ""
        foot = f'<div class="foot">- {n} -</div>' if n > 1 else ""
        pages.append(f'<div class="page">{run}{st}{body}{foot}</div>')

    # ------------------------------------------------------------- p1 cover + 目次
    toc = [("１　概況", 2), ("２　主要債権の収納状況", 3), ("３　月別収納状況と滞納者数", 4), ("４　年度末の見込み", 5),
           ("５　取組の進捗状況", 6)]
    body = (f"<h1>{DOCTITLE}</h1><p style='text-align:center;font-size:12pt'>令和６年３月</p>"
            "<p style='text-align:center;font-size:12pt'>富里市 総務部 収納課</p>"
            "<div style='margin:30mm 30mm 0 30mm'><h3 style='text-align:center'>目　次</h3><table class='toc'>"
            + "".join(f"<tr><td>{t}</td><td style='text-align:right'>{p}</td></tr>" for t, p in toc)
            + "</table></div>")
    page(body, 1)

    # ------------------------------------------------------------- p2 概況: panels, bullets, 2段組
    P = 2
    tax = D[0]
    tcr = rate(tax[4], tax[3], 1)
    tar = rate(tax[6], tax[5], 1)
    ttr = rate(tax[4] + tax[6], tax[3] + tax[5], 1)
    kok = D[3]
    kcr = rate(kok[4], kok[3], 1)
    out_all = sum(d[3] - d[4] + d[5] - d[6] for d in D)
    out_oku = round(out_all / 100000, 1)  # 千円 -> 億円
    d_tax = round(tcr - PREV_TAX_CUR, 1)
    d_kok = round(kcr - PREV_KOK_CUR, 1)
    body = "<h2>１　概況</h2>"
    body += ("<div class='panels'>"
             f"<div class='panel'><div class='l'>市税 収納率（現年分）</div><div class='v'>{tcr:.1f}％</div>"
             f"<div class='s'>前年同月比＋{d_tax:.1f}ポイント</div><div class='s'>令和6年2月末</div></div>"
             f"<div class='panel'><div class='l'>国保税 収納率（現年分）</div><div class='v'>{kcr:.1f}％</div>"
             f"<div class='s'>前年同月比▲{abs(d_kok):.1f}ポイント</div><div class='s'>令和6年2月末</div></div>"
             f"<div class='panel'><div class='l'>収入未済額（主要６債権）</div><div class='v'>約{out_oku:.1f}億円</div>"
             f"<div class='s'>令和6年2月末</div></div></div>")
    for deb, raw, v, yr in (("市税", f"{tcr:.1f}％", tcr, "current"), ("国民健康保険税", f"{kcr:.1f}％", kcr, "current")):
        g.fact(P, deb, "市税" if deb == "市税" else "国保税", FY, "令和6年2月末", yr, "collection_rate", "interim", v,
               "percent", raw, as_of=ASOF)
    g.fact(P, "市税", "市税", FY, "令和6年2月末", "current", "difference", "interim", d_tax, "points",
           f"＋{d_tax:.1f}ポイント", as_of=ASOF)
    g.fact(P, "国民健康保険税", "国保税", FY, "令和6年2月末", "current", "difference", "interim", d_kok, "points",
           f"▲{abs(d_kok):.1f}ポイント", as_of=ASOF)
    g.fact(P, None, "主要６債権", FY, "令和6年2月末", "total", "outstanding", "interim", round(out_oku * 1e8), "yen",
           f"約{out_oku:.1f}億円", approx=True, as_of=ASOF)

    body += ("<h3>【収納率】令和６年２月末時点（市税）</h3><ul>"
             f"<li>現年分　{tcr:.1f}％</li><li>滞納繰越分　{tar:.1f}％</li><li>合計　{ttr:.1f}％</li></ul>")
    for seg, v in (("current", tcr), ("arrears", tar), ("total", ttr)):
        g.fact(P, "市税", "市税", FY, "令和６年２月末", seg, "collection_rate", "interim", v, "percent", f"{v:.1f}％",
               as_of=ASOF)

    arr_col_appr = round(tax[6] * 1000, -4)
    kok_arr_col = round(kok[6] * 1000, -6)
    txt1 = (f"市税の現年分の収納率は{tcr:.1f}％で、前年同月と比べ{d_tax:.1f}ポイント上昇した。"
            f"滞納繰越分は、調定額{oku_man(tax[5] * 1000)}に対して収入済額が約{oku_man(arr_col_appr)}となり、"
            "高額滞納事案の分割納付が進んだことが寄与している。年度末に向けて、3月の一斉催告と休日納付相談窓口の開設を予定している。"
            "また、R5年度から導入したスマートフォン決済による納付は、2月末までに市税全体で約4,300件の利用があった。")
    txt2 = (f"国民健康保険税は、現年分の収納率が{kcr:.1f}％と前年同月（{PREV_KOK_CUR:.1f}％）を{abs(d_kok):.1f}ポイント下回った。"
            "所得の減少した世帯からの納付相談が増えており、減免及び軽減の案内と併せて分納計画の策定を進めている。"
            f"滞納繰越分の収入済額は約{oku_man(kok_arr_col)}で、滞納処分の早期着手により前年同月を上回っている。"
            "介護保険料及び後期高齢者医療保険料は、特別徴収の割合が高く、例年どおり安定して推移している。")
    body += f"<div class='cols'><p>{txt1}</p><p>{txt2}</p></div>"
    g.fact(P, "市税", "市税", FY, "令和６年２月末", "current", "difference", "interim", d_tax, "points",
           f"{d_tax:.1f}ポイント上昇", as_of=ASOF)
    g.fact(P, "市税", "市税", FY, "令和６年２月末", "current", "collection_rate", "interim", tcr, "percent",
           f"収納率は{tcr:.1f}％", as_of=ASOF)
    g.fact(P, "市税", "市税", FY, "令和６年２月末", "arrears", "assessed", "interim", tax[5] * 1000, "yen",
           oku_man(tax[5] * 1000), as_of=ASOF)
    g.fact(P, "市税", "市税", FY, "令和６年２月末", "arrears", "collected", "interim", arr_col_appr, "yen",
           "約" + oku_man(arr_col_appr), approx=True, as_of=ASOF)
    g.fact(P, "国民健康保険税", "国民健康保険税", FY, "令和６年２月末", "current", "collection_rate", "interim", kcr, "percent",
           f"収納率が{kcr:.1f}％", as_of=ASOF)
    g.fact(P, "国民健康保険税", "国民健康保険税", FY - 1, "前年同月", "current", "collection_rate", "interim", PREV_KOK_CUR,
           "percent", f"（{PREV_KOK_CUR:.1f}％）", as_of=ASOF_P)
    g.fact(P, "国民健康保険税", "国民健康保険税", FY, "令和６年２月末", "current", "difference", "interim", d_kok, "points",
           f"{abs(d_kok):.1f}ポイント下回った", as_of=ASOF)
    g.fact(P, "国民健康保険税", "国民健康保険税", FY, "令和６年２月末", "arrears", "collected", "interim", kok_arr_col, "yen",
           "約" + oku_man(kok_arr_col), approx=True, as_of=ASOF)
    page(body, P)

    # ------------------------------------------------------------- p3 主要債権の収納状況 (zebra, section rows)
    P = 3
    body = ("<h2>２　主要債権の収納状況</h2>"
            "<p class='note'>各債権の現年度分・滞納繰越分の調定額、収入済額及び収納率は次のとおりである。</p>")
    head = ("<tr><th rowspan=2>債権</th><th colspan=3>現年度分</th><th colspan=3>滞納繰越分</th><th colspan=3>計</th></tr>"
            "<tr>" + "<th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）</th>" * 3 + "</tr>")
    rows = ""

    def emit(deb, label, cur_a, cur_c, arr_a, arr_c, cls=""):
        nonlocal rows
        cells = []
        for seg, a, col in (("current", cur_a, cur_c), ("arrears", arr_a, arr_c), ("total", cur_a + arr_a, cur_c + arr_c)):
            r = rate(col, a, 1)
            cells += [c(a), c(col), f"{r:.1f}"]
            g.fact(P, deb, label, FY, "令和6年2月末", seg, "assessed", "interim", a * 1000, "yen", c(a), as_of=ASOF)
            g.fact(P, deb, label, FY, "令和6年2月末", seg, "collected", "interim", col * 1000, "yen", c(col), as_of=ASOF)
            g.fact(P, deb, label, FY, "令和6年2月末", seg, "collection_rate", "interim", r, "percent", f"{r:.1f}",
                   as_of=ASOF)
        rows += f"<tr class='{cls}'><td>{label}</td>" + "".join(f"<td class='n'>{x}</td>" for x in cells) + "</tr>"

    grand = [0, 0, 0, 0]
    for sec in ("一般会計", "特別会計"):
        rows += f"<tr class='sec'><td colspan=10>【{sec}】</td></tr>"
        sub = [0, 0, 0, 0]
        for s, deb, short, ca, cc, aa, ac in D:
            if s != sec:
                continue
            emit(deb, short, ca, cc, aa, ac)
            sub = [x + y for x, y in zip(sub, (ca, cc, aa, ac))]
        emit(None, sec + "計", *sub, cls="sub")
        grand = [x + y for x, y in zip(grand, sub)]
    emit(None, "合計", *grand, cls="tot")
    body += f"<table class='z'>{head}{rows}</table>"
    body += f"<p class='note'>（注）{LEGEND}</p>"
    body += "<p class='note'>（注）収納率は収入済額を調定額で除したもので、小数点第２位を四捨五入している。</p>"
    page(body, P, stamp="令和６年２月末現在")

    # ------------------------------------------------------------- p4 月別収納状況 + 滞納者数
    P = 4
    body = ("<h2>３　月別収納状況と滞納者数</h2>"
            "<h3>(1) 市税（現年分）累計収納率の月別推移（令和５年度・令和４年度）</h3>"
            "<p class='note' style='text-align:right'>単位：％</p>"
            "<table class='r'><tr><th>月末</th><th>前年度</th><th>本年度</th><th>差</th></tr>")
    for m, prev, cur in MONTHS:
        yy = 2023 if m >= 4 else 2024
        d = MONTH_END.get(m, 29)
        aso = f"{yy}-{m:02d}-{d:02d}"
        pd = MONTH_END.get(m, 28)
        aso_p = f"{yy - 1}-{m:02d}-{pd:02d}"
        diff = round(cur - prev, 1)
        sd = ("▲" if diff < 0 else "") + f"{abs(diff):.1f}"
        body += (f"<tr><td>{m}月末</td><td class='n'>{prev:.1f}</td><td class='n'>{cur:.1f}</td>"
                 f"<td class='n'>{sd}</td></tr>")
        g.fact(P, "市税", "市税", FY - 1, "前年度", "current", "collection_rate", "interim", prev, "percent",
               f"{prev:.1f}", as_of=aso_p)
        g.fact(P, "市税", "市税", FY, "本年度", "current", "collection_rate", "interim", cur, "percent", f"{cur:.1f}",
               as_of=aso)
        g.fact(P, "市税", "市税", FY, "本年度", "current", "difference", "interim", diff, "points", sd, as_of=aso)
    body += "</table><p class='note'>※ 各月末時点の累計。3月末の数値は出納整理期間を含まないため掲載していない。</p>"

    body += ("<h3>(2) 滞納者数及び差押件数（各年度２月末）</h3>"
             "<table class='r'><tr><th>区分</th><th>前年同期</th><th>今期</th><th>増減</th></tr>")
    CNT = [("市税 滞納者数（人）", "市税", "delinquents", "persons", 2015, 1826),
           ("国保税 滞納世帯数（世帯）", "国民健康保険税", "delinquents", "households", 1204, 1137),
           ("市税 差押件数（件）", "市税", "seizures", "cases", 287, 312)]
    for lab, deb, met, unit, prev, cur in CNT:
        dd = cur - prev
        sd = tri(dd) if False else (("△" if dd < 0 else "") + f"{abs(dd):,}")
        body += f"<tr><td>{lab}</td><td class='n'>{c(prev)}</td><td class='n'>{c(cur)}</td><td class='n'>{sd}</td></tr>"
        short = lab.split(" ")[0]
        g.fact(P, deb, short, FY - 1, "前年同期", "total", met, "interim", prev, unit, c(prev), as_of=ASOF_P)
        g.fact(P, deb, short, FY, "今期", "total", met, "interim", cur, unit, c(cur), as_of=ASOF)
        g.fact(P, deb, short, FY, "今期", "total", "difference", "interim", dd, unit, sd, as_of=ASOF)
    body += "</table>"
    page(body, P)

    # ------------------------------------------------------------- p5 年度末の見込み + chart
    P = 5
    body = ("<h2>４　年度末の見込み</h2>"
            "<p class='note'>令和５年度（2023年度）の決算見込みを、令和４年度決算と比較した。（収入未済額の単位：千円）</p>"
            "<table class='r'><tr><th rowspan=2>債権</th><th colspan=3>収納率（％）</th><th colspan=4>収入未済額</th></tr>"
            "<tr><th>令和４年度決算</th><th>令和５年度決算見込</th><th>差（ポイント）</th><th>令和４年度決算</th>"
            "<th>令和５年度決算見込</th><th>増減</th><th>前年度比（％）</th></tr>")
    s4 = s5 = 0
    for deb, short, r4, r5, o4, o5 in EST:
        dr = round(r5 - r4, 1)
        do = o5 - o4
        ratio = round(o5 / o4 * 100, 1)
        sdo = ("▲" if do < 0 else "") + f"{abs(do):,}"
        s4 += o4
        s5 += o5
        body += (f"<tr><td>{short}</td><td class='n'>{r4:.1f}</td><td class='n'>{r5:.1f}</td><td class='n'>{dr:.1f}</td>"
                 f"<td class='n'>{c(o4)}</td><td class='n'>{c(o5)}{'※' if deb == '市税' else ''}</td>"
                 f"<td class='n'>{sdo}</td><td class='n'>{ratio:.1f}</td></tr>")
        g.fact(P, deb, short, 2022, "令和４年度", "total", "collection_rate", "actual", r4, "percent", f"{r4:.1f}")
        g.fact(P, deb, short, 2023, "令和５年度", "total", "collection_rate", "estimate", r5, "percent", f"{r5:.1f}")
        g.fact(P, deb, short, 2023, "令和５年度", "total", "difference", "estimate", dr, "points", f"{dr:.1f}")
        g.fact(P, deb, short, 2022, "令和４年度", "total", "outstanding", "actual", o4 * 1000, "yen", c(o4))
        g.fact(P, deb, short, 2023, "令和５年度", "total", "outstanding", "estimate", o5 * 1000, "yen", c(o5))
        g.fact(P, deb, short, 2023, "令和５年度", "total", "difference", "estimate", do * 1000, "yen", sdo)
        g.fact(P, deb, short, 2023, "令和５年度", "total", "outstanding_ratio", "estimate", ratio, "percent", f"{ratio:.1f}")
    dsum = s5 - s4
    rsum = round(s5 / s4 * 100, 1)
    sds = ("▲" if dsum < 0 else "") + f"{abs(dsum):,}"
    body += (f"<tr><td>合計</td><td class='n'>－</td><td class='n'>－</td><td class='n'>－</td><td class='n'>{c(s4)}</td>"
             f"<td class='n'>{c(s5)}</td><td class='n'>{sds}</td><td class='n'>{rsum:.1f}</td></tr></table>")
    g.fact(P, None, "合計", 2022, "令和４年度", "total", "outstanding", "actual", s4 * 1000, "yen", c(s4))
    g.fact(P, None, "合計", 2023, "令和５年度", "total", "outstanding", "estimate", s5 * 1000, "yen", c(s5))
    g.fact(P, None, "合計", 2023, "令和５年度", "total", "difference", "estimate", dsum * 1000, "yen", sds)
    g.fact(P, None, "合計", 2023, "令和５年度", "total", "outstanding_ratio", "estimate", rsum, "percent", f"{rsum:.1f}")
    body += (f"<p class='note'>※ 市税の令和５年度決算見込額のうち滞納繰越分 {c(TAX_ARR_EST)}千円</p>")
    g.fact(P, "市税", "市税", 2023, "令和５年度", "arrears", "outstanding", "estimate", TAX_ARR_EST * 1000, "yen",
           f"{c(TAX_ARR_EST)}千円")
    est_oku = round(s5 / 100000, 1)
    body += (f"<p>主要６債権の収入未済額は、令和４年度決算の{s4 / 1000:.1f}百万円から、令和５年度末には約{est_oku:.1f}億円まで"
             "縮減する見込みである。生活保護費返還金は、新規発生が回収を上回り増加する見込みである。</p>")
    g.fact(P, None, None, 2022, "令和４年度", "total", "outstanding", "actual", round(s4 / 1000, 1) * 1e6, "yen",
           f"{s4 / 1000:.1f}百万円")
    g.fact(P, None, None, 2023, "令和５年度", "total", "outstanding", "estimate", round(est_oku * 1e8), "yen",
           f"約{est_oku:.1f}億円", approx=True)
    g.facts[-2]["value"] = int(round(round(s4 / 1000, 1) * 1e6))

    # bar chart (SVG) with data labels, 百万円
    bars = HIST + [(2022, "R4", "決算", round(s4 / 1000, 1)), (2023, "R5", "見込", round(s5 / 1000, 1))]
    W, H, x0, base = 520, 210, 50, 175
    svg = f"<svg width='{W}' height='{H}' xmlns='http://www.w3.org/2000/svg' font-family='IPAexGothic'>"
    svg += f"<line x1='{x0 - 10}' y1='{base}' x2='{W - 10}' y2='{base}' stroke='#333'/>"
    for i, (fy, lab, kind, v) in enumerate(bars):
        h = v / 1000 * 150
        x = x0 + i * 92
        col = "#2b5d8a" if kind == "決算" else "#9db7d1"
        svg += f"<rect x='{x}' y='{base - h}' width='46' height='{h}' fill='{col}'/>"
        svg += f"<text x='{x + 23}' y='{base - h - 4}' font-size='11' text-anchor='middle'>{v:.1f}</text>"
        svg += f"<text x='{x + 23}' y='{base + 15}' font-size='11' text-anchor='middle'>{lab}{'見込' if kind == '見込' else ''}</text>"
        g.fact(P, None, None, fy, lab + ("見込" if kind == "見込" else ""), "total", "outstanding",
               "actual" if kind == "決算" else "estimate", int(round(v * 1e6)), "yen", f"{v:.1f}")
    svg += "</svg>"
    body += ("<h3>主要６債権の収入未済額の推移（単位：百万円）</h3>" + svg
             + "<p class='note'>R1～R4は決算額、R5は決算見込額。令和元年度は保育料を含まない５債権の合計。</p>")
    page(body, P)

    # ------------------------------------------------------------- p6 取組の進捗状況
    P = 6
    SEC = "取組の進捗状況"
    ITEMS = [
        ("市税", "市税", [("納期限後20日以内の電話催告を現年分の未納者全員に実施する。", "継続", "◎"),
                        ("滞納繰越分の高額事案について、捜索及びタイヤロックを計画的に実施する。", "拡充", "○"),
                        ("スマートフォン決済アプリによる納付を導入し、納付機会を拡大する。", "新規", "◎")]),
        ("国民健康保険税", "国保税", [("資格取得の届出時に、窓口で口座振替の登録を勧奨する。", "継続", "○"),
                               ("短期被保険者証の交付時に納付相談を行い、分納計画を作成する。", "継続", "△")]),
        ("保育所保育料", "保育料", [("入園手続の際に、児童手当からの申出徴収を案内する。", "継続", "◎")]),
        ("生活保護費返還金", "生保返還金", [("保護費からの調整徴収を活用し、返還金の新規滞納を抑制する。", "拡充", "○")]),
        ("介護保険料", "介護料・後期高齢", [("普通徴収の未納者に対する文書催告を年３回実施する。", "継続", "◎")]),
    ]
    circ = "①②③④"
    body = ("<h2>５　取組の進捗状況</h2>"
            "<table class='r'><tr><th style='width:20%'>債権</th><th>取組内容</th><th style='width:8%'></th></tr>")
    for deb, short, its in ITEMS:
        t = "<br>".join(f"{circ[i]} {x}【{s}】" for i, (x, s, _) in enumerate(its))
        p = "<br>".join(m for _, _, m in its)
        body += f"<tr><td>{short}</td><td>{t}</td><td style='text-align:center'>{p}</td></tr>"
        for i, (x, s, _) in enumerate(its):
            g.init(P, deb, FY, SEC, circ[i], x, s)
    body += "</table><p class='note'>◎：実施済　○：実施中　△：未着手（令和６年２月末時点）</p>"
    ref = [("市税滞納繰越分 収入済額", f"{c(tax[6])}千円"), ("納税コールセンター架電件数", "4,812件"),
           ("市税 差押件数", "312件")]
    body += ("<div class='box'><b>【参考】令和６年２月末の実績</b><ul>"
             + "".join(f"<li>{a}：{b}</li>" for a, b in ref) + "</ul></div>")
    g.fact(P, "市税", "市税滞納繰越分", FY, "令和６年２月末", "arrears", "collected", "interim", tax[6] * 1000, "yen",
           f"{c(tax[6])}千円", as_of=ASOF)
    g.fact(P, "市税", "市税", FY, "令和６年２月末", "total", "seizures", "interim", 312, "cases", "312件", as_of=ASOF)
    body += ("<h3>今後の進め方</h3><p>3月の出納閉鎖に向けて、各所管課は滞納繰越分の執行停止の判断を進めるとともに、"
             "令和６年度の債権管理の取組方針を5月の債権管理推進会議に報告する。</p>")
    page(body, P)

    html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
    os.makedirs(WORK, exist_ok=True)
    hp = os.path.join(WORK, STEM + ".html")
    open(hp, "w", encoding="utf-8").write(html)
    out = os.path.join(SET, "pdf", STEM + ".pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", "file://" + hp], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    g.write()


def tri(n):
    return ("△" if n < 0 else "") + f"{abs(n):,}"


if __name__ == "__main__":
    build()
