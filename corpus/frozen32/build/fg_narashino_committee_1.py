"""fg_narashino_committee_1: committee material with one 取組個票 per debt, HTML/CSS -> chromium.

Run from corpus/frozen32:  python3 build/fg_narashino_committee_1.py
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fg_common import (PDF_DIR, WORK, Gold, chromium_pdf, comma, r2, rate, series, tri, tri_f,  # noqa: E402
                       zen_digits)

STEM = "fg_narashino_committee_1"
CITY = "習志野市"
YEARS = [2020, 2021, 2022, 2023, 2024]
FY_T = 2025
AS_OF_NOW, AS_OF_PREV = "2025-06-30", "2024-06-30"

# key: (canonical, printed, 所管課, 区分, cur assessed, cur rates, first arrears, arr rates, wo share)
SPEC = {
    "tax": ("市税", "市税", "税務部 納税課", "強制徴収公債権（地方税）",
            [28_412_335_120, 28_105_446_310, 28_822_104_550, 29_310_882_460, 29_704_118_230],
            [98.82, 98.95, 99.04, 99.12, 99.18], 1_184_220_410, [28.4, 30.1, 31.6, 32.4, 33.9], [9.8, 9.1, 8.6, 8.2, 7.9]),
    "kokuho": ("国民健康保険料", "国民健康保険税", "健康福祉部 国民健康保険課", "強制徴収公債権（地方税）",
               [3_612_448_200, 3_540_117_900, 3_408_336_510, 3_311_209_880, 3_205_774_310],
               [92.15, 92.88, 93.41, 93.86, 94.22], 1_402_336_780, [21.3, 22.8, 24.1, 25.5, 26.3], [12.5, 11.8, 11.2, 10.6, 10.1]),
    "kaigo": ("介護保険料", "介護保険料", "健康福祉部 介護保険課", "強制徴収公債権",
              [2_512_330_400, 2_548_771_200, 2_590_114_800, 2_633_907_100, 2_688_452_300],
              [98.71, 98.80, 98.86, 98.93, 98.99], 98_443_210, [17.9, 18.6, 19.4, 20.2, 21.1], [22.1, 21.4, 20.6, 20.1, 19.5]),
    "kouki": ("後期高齢者医療保険料", "後期高齢者医療保険料", "健康福祉部 高齢者支援課", "強制徴収公債権",
              [1_402_118_300, 1_455_310_200, 1_530_227_400, 1_612_904_300, 1_698_337_500],
              [99.41, 99.45, 99.48, 99.52, 99.55], 12_334_100, [45.2, 46.1, 47.3, 48.2, 49.1], [8.1, 7.8, 7.5, 7.2, 7.0]),
    "hoiku": ("保育料", "保育所保育料", "こども部 こども保育課", "強制徴収公債権",
              [412_336_800, 398_771_400, 386_118_200, 372_904_500, 365_220_100],
              [98.41, 98.55, 98.62, 98.71, 98.80], 38_114_520, [14.2, 15.1, 16.3, 17.0, 18.2], [6.2, 5.8, 5.5, 5.1, 4.9]),
    "jutaku": ("市営住宅使用料", "市営住宅使用料", "都市整備部 住宅課", "私債権",
               [318_442_100, 316_904_200, 315_227_800, 313_660_300, 312_118_900],
               [97.12, 97.30, 97.41, 97.55, 97.62], 61_224_300, [12.4, 13.1, 13.8, 14.6, 15.2], [3.1, 2.9, 3.4, 2.8, 3.0]),
    "other": (None, "その他", "", "",
              [1_200_450_300, 1_184_320_100, 1_210_884_600, 1_198_772_300, 1_221_446_900],
              [96.2, 96.4, 96.5, 96.6, 96.8], 188_400_200, [10.1, 10.8, 11.2, 11.9, 12.4], [4.2, 4.0, 3.9, 3.8, 3.6]),
}
DATA = {k: dict(zip(YEARS, series(v[4], v[5], v[6], v[7], v[8]))) for k, v in SPEC.items()}
SHEETS = ["tax", "kokuho", "kaigo", "hoiku", "jutaku"]

# 令和6年度 targets (cur, arr) and 令和7年度 targets (cur, arr, outstanding yen)
T2024 = {"tax": (99.10, 33.50), "kokuho": (94.30, 26.00), "kaigo": (99.00, 21.50), "hoiku": (98.75, 18.00),
         "jutaku": (97.70, 15.00)}
_T25_RATES = {"tax": (99.22, 34.50), "kokuho": (94.50, 27.00), "kaigo": (99.02, 22.00), "hoiku": (98.85, 19.00),
              "jutaku": (97.70, 16.00)}


def _t25(k):
    o = DATA[k][2024]["tot"]["outstanding"] * 0.95
    unit = 1_000_000 if o > 50_000_000 else 100_000
    return _T25_RATES[k] + (int(round(o / unit)) * unit,)


T2025 = {k: _t25(k) for k in _T25_RATES}
# 6月末 interim rates (cur, arr): this year / same month last year
JUNE = {"tax": ((31.25, 12.84), (30.88, 12.10)), "kokuho": ((14.62, 9.15), (14.90, 8.74)),
        "kaigo": ((24.18, 6.02), (23.95, 6.33)), "hoiku": ((24.70, 5.88), (24.52, 5.10)),
        "jutaku": ((23.85, 4.12), (23.61, 4.40))}

ITEMS = {
    "tax": [("①", "督促状の発送後10日以内に電話催告を行い、納期限を過ぎた初期の滞納に早期に着手する。", "継続"),
            ("②", "預貯金等照会の電子化を活用し、財産調査に要する期間を短縮する。", "拡充"),
            ("③", "滞納額100万円以上の高額事案を特別滞納整理担当へ移管し、捜索及び公売を実施する。", "継続"),
            ("④", "地方税統一QRコードによるスマートフォン決済を納税通知書で周知する。", "新規"),
            ("⑤", "千葉県滞納整理推進機構への引継ぎにより、困難事案の解消を図る。", "継続")],
    "kokuho": [("①", "資格喪失の手続きに来庁した未納者に対し、窓口で納付相談を行う。", "継続"),
               ("②", "加入の届出時に口座振替の申込みを案内し、口座振替の原則化を進める。", "拡充"),
               ("③", "納付誓約の不履行者に対し、財産調査のうえ差押えを行う。", "継続"),
               ("④", "所得未申告世帯に簡易申告を勧奨し、軽減判定の適正化を図る。", "新規")],
    "kaigo": [("(1)", "普通徴収となる新規の第1号被保険者に、口座振替の勧奨通知を送付する。", "継続"),
              ("(2)", "時効到来前の長期未納者に、給付制限の予告通知を送付する。", "継続"),
              ("(3)", "高額の滞納者について、国民健康保険課と合同で財産調査及び差押えを行う。", "新規")],
    "hoiku": [("ア", "児童手当からの徴収（申出徴収）を入園時の説明会で保護者に案内する。", "継続"),
              ("イ", "退園者の未納分について、電話及び文書による催告を行う。", "継続"),
              ("ウ", "催告に応じない滞納者に対し、財産調査を行い滞納処分を実施する。", "拡充")],
    "jutaku": [("①", "3か月以上の滞納者に対し、連帯保証人への通知及び面談を行う。", "継続"),
               ("②", "悪質な長期滞納者について、弁護士と連携して明渡請求訴訟を提起する。", "継続"),
               ("③", "退去者の滞納分の回収を債権回収会社へ委託する。", "新規")],
}


ISSUE = {
    "tax": "滞納繰越分の縮減は進んでいるが、現年度分の個人市民税（普通徴収）で新たな滞納が発生しており、早期の接触が課題である。",
    "kokuho": "被保険者の減少に伴い調定額は減少している。所得の低い世帯の割合が高く、分納誓約の長期化への対応が課題である。",
    "kaigo": "特別徴収の割合が高く現年度分は安定しているが、普通徴収の未納が時効により不納欠損となる事案が残っている。",
    "hoiku": "保育料の無償化以降、対象は3歳未満児に限られ調定額は減少傾向にある。退園後の未納者との接触が課題である。",
    "jutaku": "入居者の高齢化により、少額の滞納が長期化する事案が増えている。退去者分の回収を進める必要がある。",
}


def yhead(k: str, fy: int) -> str:
    n = fy - 2018
    return {"tax": f"令和{n}年度", "kokuho": f"R{n}", "kaigo": f"{fy}年度",
            "hoiku": f"令和{zen_digits(n)}年度", "jutaku": f"{n}年度"}[k]


def e(s) -> str:
    return html.escape(str(s))


CSS = """
@page { size: A4 landscape; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "IPAexGothic", sans-serif; font-synthesis: none; font-size: 9.6pt; color: #111; }
.page { width: 297mm; height: 210mm; padding: 10mm 13mm 8mm 13mm; page-break-after: always; position: relative; overflow: hidden; }
.page:last-child { page-break-after: auto; }
.tag { position: absolute; right: 13mm; top: 8mm; border: 1px solid #333; padding: 1px 8px; font-size: 9pt; }
h1 { font-size: 17pt; text-align: center; margin: 18mm 0 4mm; font-weight: normal; }
h2, h3, b, th, strong { font-weight: normal; }
h3 { color: #1d3f63; }
h2 { font-size: 12pt; margin: 0 0 2.5mm; border-left: 5px solid #2b5c8a; padding-left: 6px; }
h3 { font-size: 10pt; margin: 2mm 0 1.5mm; }
.sub { text-align: center; font-size: 11pt; }
table { border-collapse: collapse; }
td, th { padding: 2.2px 4px; }
.ml { white-space: nowrap; }
p { margin: 2.2mm 0; }
.grid td, .grid th { border: 0.6px solid #444; }
.grid th { background: #dfe7f1; font-weight: normal; }
.num { text-align: right; white-space: nowrap; }
.c { text-align: center; }
.zebra th { background: #2b5c8a; color: #fff; font-weight: normal; border: 0.5px solid #fff; }
.zebra td { border-bottom: 0.5px solid #c9d3df; }
.zebra tbody tr:nth-child(even) td { background: #eef3f8; }
.zebra tr.sum td { background: #dbe4ee; }
.unit { text-align: right; font-size: 8pt; margin-bottom: 1mm; }
.strip th { background: #2b5c8a; color: #fff; font-weight: normal; border: 0.8px solid #2b5c8a; padding: 3px 8px; }
.strip td { border: 0.8px solid #2b5c8a; padding: 3px 10px; font-size: 10pt; }
.vert { writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 1px; }
.box { border: 1.2px solid #2b5c8a; padding: 2mm 4mm; margin-top: 2mm; }
.ref { border: 1px solid #555; padding: 2mm 5mm; width: 125mm; }
.ref ul { margin: 1mm 0 0 0; padding-left: 4mm; list-style: none; }
.ref li { margin: 0.6mm 0; }
.row { display: flex; gap: 7mm; }
.twohead { display: flex; gap: 6mm; font-size: 9.5pt; margin-bottom: 1mm; }
.twohead span { display: block; border-bottom: 1.5px solid #2b5c8a; }
.items p { margin: 1.2mm 0 1.2mm 1.2em; text-indent: -1.2em; line-height: 1.5; font-size: 9.8pt; }
.note { font-size: 8pt; margin-top: 1mm; }
.foot { position: absolute; bottom: 5mm; left: 0; right: 0; text-align: center; font-size: 8pt; }
"""


def build():
    g = Gold(STEM, "committee_material", "kobetsu", CITY, "令和7年度 第1回習志野市債権管理委員会", "2025-07-24",
             "令和7年7月24日（木）")
    pages = []

    # ---------------------------------------------------------------- page 1: 次第, 名簿, 【参考】
    pg = 1
    fy = 2024
    tot = {s: {m: sum(DATA[k][fy][s][m] for k in SPEC) for m in ("assessed", "collected", "written_off", "outstanding")}
           for s in ("cur", "arr", "tot")}
    for s in tot:
        tot[s]["rate"] = rate(tot[s]["collected"], tot[s]["assessed"])
    prev_tot = {m: sum(DATA[k][fy - 1]["tot"][m] for k in SPEC) for m in ("assessed", "collected", "outstanding")}
    prev_rate = rate(prev_tot["collected"], prev_tot["assessed"])
    d_rate = r2(tot["tot"]["rate"] - prev_rate)
    out = tot["tot"]["outstanding"]
    o_oku, o_man = divmod(out // 10_000, 10_000)
    out_txt = f"{o_oku}億{o_man:,}万円"
    dif = out - prev_tot["outstanding"]
    dif_man = int(round(abs(dif) / 1_000_000)) * 100          # 百万円単位で丸め → 万円表示
    dif_txt = f"約{dif_man // 10_000}億{dif_man % 10_000:,}万円" if dif_man >= 10_000 else f"約{dif_man:,}万円"
    ref = [("調定額", f"{comma(tot['tot']['assessed'] // 1000)}千円", "assessed", tot["tot"]["assessed"] // 1000 * 1000),
           ("収入済額", f"{comma(tot['tot']['collected'] // 1000)}千円", "collected", tot["tot"]["collected"] // 1000 * 1000),
           ("不納欠損額", f"{comma(tot['tot']['written_off'] // 1000)}千円", "written_off", tot["tot"]["written_off"] // 1000 * 1000)]
    lis = "".join(f"<li>・{a}：{b}</li>" for a, b, *_ in ref)
    s_rate = f"{tot['tot']['rate']:.2f}％"
    s_d = f"{abs(d_rate):.2f}ポイント"
    lis += f"<li>・収納率：{s_rate}（前年度比 {s_d}{'上昇' if d_rate >= 0 else '低下'}）</li>"
    lis += f"<li>・収入未済額：{out_txt}（前年度比 {dif_txt}{'減' if dif < 0 else '増'}）</li>"
    for a, b, m, v in ref:
        g.fact(pg, None, None, fy, "令和6年度", "total", m, "actual", v, "yen", b)
    g.fact(pg, None, None, fy, "令和6年度", "total", "collection_rate", "actual", tot["tot"]["rate"], "percent", s_rate)
    g.fact(pg, None, None, fy, "令和6年度", "total", "difference", "actual", d_rate, "points", s_d)
    g.fact(pg, None, None, fy, "令和6年度", "total", "outstanding", "actual", o_oku * 100_000_000 + o_man * 10_000, "yen", out_txt)
    g.fact(pg, None, None, fy, "令和6年度", "total", "difference", "actual",
           dif_man * 10_000 * (-1 if dif < 0 else 1), "yen", dif_txt, approx=True)
    members = [("委員長", "副市長"), ("委員", "政策経営部長"), ("委員", "総務部長"), ("委員", "協働経済部長"),
               ("委員", "健康福祉部長"), ("委員", "こども部長"), ("委員", "都市整備部長"), ("委員", "教育次長"),
               ("事務局", "税務部長・納税課長")]
    mem = "".join(f"<tr><td class='c'>{a}</td><td>{b}</td></tr>" for a, b in members)
    pages.append(f"""
<div class="page">
 <h1>令和7年度 第1回習志野市債権管理委員会</h1>
 <div class="sub">令和7年7月24日（木）午前10時～　市庁舎3階 委員会室</div>
 <div class="row" style="margin-top:9mm">
  <div style="width:140mm">
   <h2>次　第</h2>
   <p>１　開　会</p>
   <p>２　議　題</p>
   <p style="margin-left:2em">（１）令和6年度 主要債権の収納状況について　……　資料１</p>
   <p style="margin-left:2em">（２）令和7年度 債権別取組個票について　……　資料２</p>
   <p style="margin-left:2em">（３）その他</p>
   <p>３　閉　会</p>
   <div class="ref" style="margin-top:6mm">
    <b>【参考】本市の市債権全体の状況（令和6年度決算）</b>
    <ul>{lis}</ul>
   </div>
  </div>
  <div>
   <h2>習志野市債権管理委員会 委員名簿</h2>
   <table class="grid" style="width:95mm"><tr><th style="width:25mm">区分</th><th>職名</th></tr>{mem}</table>
  </div>
 </div>
 <div class="foot">- 1 -</div>
</div>""")

    # ---------------------------------------------------------------- page 2: 資料1 summary + chart
    pg = 2
    rows_html = []
    order = ["tax", "kokuho", "kaigo", "kouki", "hoiku", "jutaku", "other"]
    segs = ("cur", "arr", "tot")
    segname = {"cur": "current", "arr": "arrears", "tot": "total"}

    def sumrow(fy_):
        d = {}
        for s in segs:
            a = sum(DATA[k][fy_][s]["assessed"] for k in order)
            c = sum(DATA[k][fy_][s]["collected"] for k in order)
            d[s] = {"assessed": a, "collected": c, "rate": rate(c, a)}
        return d

    for k in order + ["sum"]:
        if k == "sum":
            d5, d6, label, debt = sumrow(2023), sumrow(2024), "合計", None
        else:
            d5, d6, label, debt = DATA[k][2023], DATA[k][2024], SPEC[k][1], SPEC[k][0]
        tds = [f"<td>{e(label)}</td>"]
        for s in segs:
            v = f"{d5[s]['rate']:.2f}"
            tds.append(f"<td class='num'>{v}</td>")
            g.fact(pg, debt, label, 2023, "令和5年度", segname[s], "collection_rate", "actual", d5[s]["rate"], "percent", v)
        for s in segs:
            va, vc, vr = comma(d6[s]["assessed"] // 1000), comma(d6[s]["collected"] // 1000), f"{d6[s]['rate']:.2f}"
            tds += [f"<td class='num'>{va}</td>", f"<td class='num'>{vc}</td>", f"<td class='num'>{vr}</td>"]
            g.fact(pg, debt, label, 2024, "令和6年度", segname[s], "assessed", "actual", d6[s]["assessed"] // 1000 * 1000, "yen", va)
            g.fact(pg, debt, label, 2024, "令和6年度", segname[s], "collected", "actual", d6[s]["collected"] // 1000 * 1000, "yen", vc)
            g.fact(pg, debt, label, 2024, "令和6年度", segname[s], "collection_rate", "actual", d6[s]["rate"], "percent", vr)
        for s in segs:
            dd = r2(d6[s]["rate"] - d5[s]["rate"])
            v = tri_f(dd, 2, "△")
            tds.append(f"<td class='num'>{v}</td>")
            g.fact(pg, debt, label, 2024, "令和6年度", segname[s], "difference", "actual", dd, "points", v)
        rows_html.append(f"<tr{' class=sum' if k == 'sum' else ''}>{''.join(tds)}</tr>")
    # chart: total outstanding R2-R6 in 百万円
    bars = []
    vals = []
    for fy_ in YEARS:
        o = sum(DATA[k][fy_]["tot"]["outstanding"] for k in order)
        vals.append((fy_, int(round(o / 1_000_000))))
    mx = max(v for _, v in vals) * 1.15
    W, H, x0, y0 = 340, 150, 40, 170
    svg = [f'<svg width="{W + 60}" height="{y0 + 40}" xmlns="http://www.w3.org/2000/svg" font-family="IPAexGothic" font-size="10">']
    svg.append(f'<line x1="{x0}" y1="{y0}" x2="{x0 + W}" y2="{y0}" stroke="#333" stroke-width="0.8"/>')
    bw = W / len(vals)
    for i, (fy_, v) in enumerate(vals):
        h = v / mx * H
        x = x0 + i * bw + bw * 0.22
        svg.append(f'<rect x="{x:.1f}" y="{y0 - h:.1f}" width="{bw * 0.56:.1f}" height="{h:.1f}" fill="#6f94bd"/>')
        lab = comma(v)
        svg.append(f'<text x="{x + bw * 0.28:.1f}" y="{y0 - h - 4:.1f}" text-anchor="middle">{lab}</text>')
        svg.append(f'<text x="{x + bw * 0.28:.1f}" y="{y0 + 15}" text-anchor="middle">R{fy_ - 2018}</text>')
        g.fact(pg, None, "主要債権計", fy_, f"R{fy_ - 2018}", "total", "outstanding", "actual", v * 1_000_000, "yen", lab)
    svg.append("</svg>")
    hdr_years = ("<tr><th rowspan=3>債権名</th><th colspan=3>令和5年度</th><th colspan=9>令和6年度</th>"
                 "<th colspan=3>差（令和6年度－令和5年度）</th></tr>"
                 "<tr><th>現年度分</th><th>滞納繰越分</th><th>計</th>"
                 "<th colspan=3>現年度分</th><th colspan=3>滞納繰越分</th><th colspan=3>計</th>"
                 "<th>現年度分</th><th>滞納繰越分</th><th>計</th></tr>"
                 "<tr><th>収納率</th><th>収納率</th><th>収納率</th>" + "<th>調定額</th><th>収入済額</th><th>収納率</th>" * 3 +
                 "<th>収納率</th><th>収納率</th><th>収納率</th></tr>")
    pages.append(f"""
<div class="page">
 <div class="tag">資料１</div>
 <h2>令和6年度 主要債権の収納状況について</h2>
 <h3>（１）主要債権の決算状況</h3>
 <div class="unit">（単位：千円、％、ポイント）</div>
 <table class="zebra" style="width:100%; font-size:8.2pt">
  <thead>{hdr_years}</thead>
  <tbody>{''.join(rows_html)}</tbody>
 </table>
 <div class="note">※ 「その他」は、主要6債権以外の債権（下水道使用料、放課後児童会負担金、各種貸付金等）の計である。差の△は低下を示す。</div>
 <div class="row" style="margin-top:4mm">
  <div>
   <h3>（２）主要債権計の収入未済額の推移（単位：百万円）</h3>
   {''.join(svg)}
  </div>
  <div style="width:120mm; padding-top:8mm">
   <p style="line-height:1.6">令和6年度は、市税及び国民健康保険税の滞納繰越分の収納率が前年度を上回り、主要債権計の収入未済額は5年連続で減少した。
   一方、保育所保育料及び市営住宅使用料では、少額の滞納が長期化する事案がみられる。</p>
  </div>
 </div>
 <div class="foot">- 2 -</div>
</div>""")

    # ---------------------------------------------------------------- pages 3-7: 取組個票
    for idx, k in enumerate(SHEETS):
        pg = 3 + idx
        cname, pname, dept, kubun = SPEC[k][:4]
        D = DATA[k]
        # strip: label/value box for odd sheets, header cell with label+value together for even sheets
        if idx % 2 == 0:
            strip = (f"<table class='strip' style='width:100%'><tr><th>債権名</th><td>{e(pname)}</td><th>所管課</th>"
                     f"<td>{e(dept)}</td><th>債権区分</th><td>{e(kubun)}</td></tr></table>")
        else:
            strip = (f"<table class='strip' style='width:100%'><tr><td>債権名　{e(pname)}</td>"
                     f"<td>所管課　{e(dept)}</td><td>債権区分　{e(kubun)}</td></tr></table>")
        # history table
        yh = [yhead(k, fy_) for fy_ in YEARS]
        era_note = "（令和2年度～令和6年度）" if k == "jutaku" else ""
        th = "".join(f"<th>{e(y)}</th>" for y in yh)
        body = []
        metrics = [("assessed", "調定額"), ("collected", "収入済額"), ("collection_rate", "収納率")]
        seglab = {"cur": "現年度分", "arr": "滞納繰越分", "tot": "計"}
        for s in segs:
            for j, (m, ml) in enumerate(metrics):
                tr = ""
                if j == 0:
                    tr += f"<td rowspan=3 class='c vert'>{seglab[s]}</td>"
                tr += f"<td class='ml'>{ml}</td>"
                for fy_, yraw in zip(YEARS, yh):
                    v = D[fy_][s]["rate"] if m == "collection_rate" else D[fy_][s][m]
                    txt = f"{v:.2f}" if m == "collection_rate" else comma(v // 1000)
                    tr += f"<td class='num'>{txt}</td>"
                    g.fact(pg, cname, pname, fy_, yraw, segname[s], m, "actual",
                           v if m == "collection_rate" else v // 1000 * 1000, "percent" if m == "collection_rate" else "yen", txt)
                # 増減 (R6 - R5)
                if m == "collection_rate":
                    dd = r2(D[2024][s]["rate"] - D[2023][s]["rate"])
                    txt = tri_f(dd, 2, "△")
                    g.fact(pg, cname, pname, 2024, yh[-1], segname[s], "difference", "actual", dd, "points", txt)
                else:
                    dd = D[2024][s][m] // 1000 - D[2023][s][m] // 1000
                    txt = tri(dd, "△")
                    g.fact(pg, cname, pname, 2024, yh[-1], segname[s], "difference", "actual", dd * 1000, "yen", txt)
                tr += f"<td class='num'>{txt}</td>"
                body.append(f"<tr>{tr}</tr>")
        for m, ml in (("written_off", "不納欠損額"), ("outstanding", "収入未済額※")):
            tr = f"<td colspan=2 class='ml'>{ml}</td>"
            for fy_, yraw in zip(YEARS, yh):
                v = D[fy_]["tot"][m]
                txt = comma(v // 1000)
                tr += f"<td class='num'>{txt}</td>"
                g.fact(pg, cname, pname, fy_, yraw, "total", m, "actual", v // 1000 * 1000, "yen", txt)
            dd = D[2024]["tot"][m] // 1000 - D[2023]["tot"][m] // 1000
            txt = tri(dd, "△")
            g.fact(pg, cname, pname, 2024, yh[-1], "total", "difference", "actual", dd * 1000, "yen", txt)
            tr += f"<td class='num'>{txt}</td>"
            body.append(f"<tr>{tr}</tr>")
        hist = (f"<table class='grid' style='font-size:8.3pt; width:100%'><tr><th colspan=2>区分</th>{th}"
                f"<th>増減<br>（{e(yh[-1])}－{e(yh[-2])}）</th></tr>{''.join(body)}</table>")
        # right blocks: 令和6年度 決算 (target vs result, achievement) | 令和7年度 目標
        t_cur, t_arr = T2024[k]
        rows6 = []
        for s, t in (("cur", t_cur), ("arr", t_arr)):
            a = D[2024][s]["rate"]
            ach = r2(a / t * 100, 1)
            col = comma(D[2024][s]["collected"] // 1000)
            st, sa, sach = f"{t:.2f}", f"{a:.2f}％", f"{ach:.1f}"
            rows6.append(f"<tr><td>{seglab[s]}</td><td class='num'>{st}％</td>"
                         f"<td class='num'>{col}千円<br>{sa}</td><td class='num'>{sach}％</td></tr>")
            g.fact(pg, cname, pname, 2024, "令和6年度", segname[s], "collection_rate", "target", t, "percent", st)
            g.fact(pg, cname, pname, 2024, "令和6年度", segname[s], "collected", "actual",
                   D[2024][s]["collected"] // 1000 * 1000, "yen", f"{col}千円")
            g.fact(pg, cname, pname, 2024, "令和6年度", segname[s], "collection_rate", "actual", a, "percent", sa)
            g.fact(pg, cname, pname, 2024, "令和6年度", segname[s], "achievement_rate", "actual", ach, "percent", sach)
        c7, a7, o7 = T2025[k]
        s_c7, s_a7, s_o7 = f"{c7:.2f}％", f"{a7:.2f}％", f"{comma(o7 // 1000)}千円"
        g.fact(pg, cname, pname, FY_T, "令和7年度", "current", "collection_rate", "target", c7, "percent", s_c7)
        g.fact(pg, cname, pname, FY_T, "令和7年度", "arrears", "collection_rate", "target", a7, "percent", s_a7)
        g.fact(pg, cname, pname, FY_T, "令和7年度", "total", "outstanding", "target", o7, "yen", s_o7)
        (jn_c, jn_a), (jp_c, jp_a) = JUNE[k]
        june = ""
        for lab, seg, vn, vp in (("現年分", "current", jn_c, jp_c), ("滞繰分", "arrears", jn_a, jp_a)):
            sn, sp = f"{vn:.2f}", f"{vp:.2f}"
            june += f"<p style='margin:0.6mm 0 0.6mm 3mm'>・{lab}　{sn}（{sp}）</p>"
            g.fact(pg, cname, pname, FY_T, "令和7年6月末", seg, "collection_rate", "interim", vn, "percent", sn, AS_OF_NOW)
            g.fact(pg, cname, pname, FY_T - 1, "前年同月", seg, "collection_rate", "interim", vp, "percent", sp, AS_OF_PREV)
        o6, o5 = D[2024]["tot"]["outstanding"] // 10_000, D[2023]["tot"]["outstanding"] // 10_000
        s_o6 = f"{o6 // 10_000}億{o6 % 10_000:,}万円" if o6 >= 10_000 else f"{o6:,}万円"
        s_do = f"{abs(o6 - o5):,}万円"
        g.fact(pg, cname, pname, 2024, "令和6年度末", "total", "outstanding", "actual", o6 * 10_000, "yen", s_o6)
        g.fact(pg, cname, pname, 2024, "令和6年度末", "total", "difference", "actual", (o6 - o5) * 10_000, "yen", s_do)
        issue = (f"令和6年度末の収入未済額は{s_o6}で、前年度から{s_do}{'減少' if o6 < o5 else '増加'}した。"
                 + ISSUE[k])
        right = f"""
   <div class="twohead"><span style="width:84mm">令和6年度 決算</span><span style="width:50mm">令和7年度 目標</span></div>
   <div class="row" style="gap:6mm">
    <table class="grid" style="width:84mm"><tr><th>区分</th><th>目標</th><th>実績</th><th>達成率</th></tr>{''.join(rows6)}</table>
    <table class="grid" style="width:50mm"><tr><th>区分</th><th>目標</th></tr>
     <tr><td>現年度分</td><td class='num'>{s_c7}</td></tr><tr><td>滞納繰越分</td><td class='num'>{s_a7}</td></tr>
     <tr><td>収入未済額</td><td class='num'>{s_o7}</td></tr></table>
   </div>
   <div class="note">達成率＝実績÷目標。実績欄は上段が収入済額、下段が収納率。</div>
   <h3 style="margin-top:3mm">【収納率】令和7年6月末時点</h3>
   {june}
   <div class="note">（ ）内は前年同月、単位：％</div>
   <h3 style="margin-top:3mm">4　現状と課題</h3>
   <p style="line-height:1.6; margin:0">{issue}</p>"""
        # initiatives, varied presentation
        its = ITEMS[k]
        sec = "令和7年度の主な取組"
        if k == "tax":        # items in a box, tag after 。
            ps = "".join(f"<p>{lab}　{e(t)}【{st}】</p>" for lab, t, st in its)
            inits_html = f"<div class='box items'><b>3　{sec}</b>{ps}</div>"
        elif k == "kokuho":   # several numbered items in one table cell, tag wrapped to the next line
            cell = "<br>".join(f"{lab}{e(t)}<br>【{st}】" for lab, t, st in its)
            inits_html = (f"<h3>3　{sec}</h3><table class='grid' style='width:100%'><tr><th style='width:30mm'>取組内容</th>"
                          f"<td style='line-height:1.5'>{cell}</td></tr></table>")
        elif k == "kaigo":    # items under plain titles
            a_ = its[:2]
            b_ = its[2:]
            ps = "<p style='margin-left:0;text-indent:0'><b>（現年度分対策）</b></p>" + "".join(
                f"<p>{lab}　{e(t)}【{st}】</p>" for lab, t, st in a_)
            ps += "<p style='margin-left:0;text-indent:0'><b>（滞納繰越分対策）</b></p>" + "".join(
                f"<p>{lab}　{e(t)}【{st}】</p>" for lab, t, st in b_)
            inits_html = f"<h3>3　{sec}</h3><div class='items'>{ps}</div>"
        elif k == "hoiku":    # items in a table without a 取組 header
            trs = "".join(f"<tr><td class='c'>{lab}</td><td>{e(t)}</td><td class='c'>{st}</td></tr>" for lab, t, st in its)
            inits_html = (f"<h3>3　{sec}</h3><table class='grid' style='width:100%'><tr><th style='width:10mm'>No.</th>"
                          f"<th>内容</th><th style='width:18mm'>区分</th></tr>{trs}</table>")
        else:                 # tag alone on a line
            ps = "".join(f"<p>{lab}　{e(t)}<br>【{st}】</p>" for lab, t, st in its)
            inits_html = f"<div class='box items'><b>3　{sec}</b>{ps}</div>"
        for lab, t, st in its:
            g.init(pg, cname, pname, FY_T, sec, lab, t, st)
        pages.append(f"""
<div class="page">
 <div class="tag">資料２（{idx + 1}/{len(SHEETS)}）</div>
 <h2>令和7年度 債権別取組個票</h2>
 {strip}
 <div class="row" style="margin-top:3mm">
  <div style="width:132mm">
   <h3>1　収納状況の推移{era_note}</h3>
   <div class="unit">（単位：千円、％）</div>
   {hist}
   <div class="note">※ 収入未済額は、調定額から収入済額及び不納欠損額を差し引いた額。増減の△は減少（低下）を示す。</div>
  </div>
  <div style="width:140mm">
   <h3>2　目標と実績</h3>
   {right}
  </div>
 </div>
 {inits_html}
 <div class="foot">- {pg} -</div>
</div>""")

    doc = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
    src = WORK / f"{STEM}.html"
    src.write_text(doc, encoding="utf-8")
    out = PDF_DIR / f"{STEM}.pdf"
    chromium_pdf(src, out)
    g.write(out)


if __name__ == "__main__":
    build()
