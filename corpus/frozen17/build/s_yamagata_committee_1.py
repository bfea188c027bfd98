"""山形市 債権管理対策委員会 資料（取組個票） (PyMuPDF Story, landscape) and its gold."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from s_common import PDF, Gold, story_pdf, zen  # noqa: E402

STEM = "s_yamagata_committee_1"
MUNI = "山形市"
TITLE = "令和７年度 第１回山形市債権管理対策委員会 資料"

CSS = """
h1 {font-family: G; font-size: 15pt; text-align: center; margin: 0 0 6px 0;}
h2 {font-family: G; font-size: 10pt; margin: 5px 0 2px 0;}
h3 {font-family: G; font-size: 10pt; margin: 6px 0 2px 0;}
p {margin: 1px 0;}
table.g td, table.g th {border: 0.8px solid #000;}
th {background-color: #e6e6e6; font-family: G; font-weight: normal; white-space: nowrap;}
.box {border: 1px solid #000; padding: 5px 8px; margin: 6px 0;}
.r {text-align: right;}
.c {text-align: center;}
.small {font-size: 8pt;}
"""

SEGS = [("現年分", "current"), ("滞納繰越分", "arrears"), ("全体", "total")]

# rates: (R5 actual, R6 estimate, R7 target) per segment; interim 3月末 (R6, R5)
RATES = {
    "市税": {"current": ("98.94", "99.05", "99.10"), "arrears": ("29.85", "31.20", "32.00"),
             "total": ("96.71", "97.02", "97.20")},
    "国民健康保険税": {"current": ("93.88", "94.21", "94.50"), "arrears": ("22.14", "23.05", "24.00"),
                "total": ("79.30", "80.12", "81.00")},
    "介護保険料": {"current": ("99.12", "99.18", "99.20"), "arrears": ("24.60", "25.30", "26.00"),
              "total": ("98.45", "98.55", "98.60")},
    "後期高齢者医療保険料": {"current": ("99.58", "99.60", "99.62"), "arrears": ("51.20", "52.00", "53.00"),
                   "total": ("99.31", "99.33", "99.35")},
    "保育所保育料": {"current": ("98.75", "98.80", "98.90"), "arrears": ("18.40", "19.10", "20.00"),
               "total": ("95.10", "95.30", "95.50")},
}
INTERIM = {
    "市税": {"current": ("98.12", "97.98"), "arrears": ("27.46", "26.10"), "total": ("95.38", "95.01")},
    "国民健康保険税": {"current": ("91.74", "91.20"), "arrears": ("20.85", "19.97"), "total": ("76.93", "76.04")},
    "介護保険料": {"current": ("97.88", "97.81"), "arrears": ("22.40", "21.95"), "total": ("97.10", "96.98")},
}

SHEETS = [
    {"debt": "市税", "ka": "納税課", "kubun": "強制徴収公債権", "no": 1,
     "kyoka": [("令和６年５月・６月", "現年度滞納者への一斉電話催告及びＳＭＳ催告", "催告件数 8,412件（7,905件）<br>完納件数 3,118件（2,870件）"),
               ("令和６年１０月～１２月", "滞納繰越事案の財産調査・差押えの集中実施", "差押件数 1,026件（948件）<br>捜索 5件（3件）")],
     "kadai": "初期滞納者への接触が遅れ、滞納繰越へ移行する事案が残っている。",
     "taio": "督促状発送後２週間以内のＳＭＳ催告を標準化し、未反応者を翌月の財産調査対象とした。",
     "hoshin": "現年課税分の早期着手と、高額・困難事案の集中処理を図る。",
     "items": [("ア", "督促状発送後の未納者に対し、ＳＭＳと電話による早期催告を行う。", "継続", False),
               ("イ", "滞納額１００万円以上の事案は特別整理係へ移管し、捜索を含めた滞納処分を実施する。", "拡充", True),
               ("ウ", "地方税統一ＱＲコードを活用したスマートフォン決済の周知を強化する。", "新規", False)]},
    {"debt": "国民健康保険税", "ka": "国保年金課", "kubun": "強制徴収公債権", "no": 2,
     "kyoka": [("令和６年７月～９月", "短期証更新に合わせた納付相談の実施", "相談件数 1,245件（1,190件）<br>分納誓約 402件（377件）"),
               ("令和６年１１月～令和７年１月", "資格喪失世帯への文書・電話催告", "催告件数 2,306件（2,118件）")],
     "kadai": "資格喪失後の未納が長期化し、居所不明となる世帯がある。",
     "taio": "喪失届受付時に未納額を通知し、その場での口座振替又は分納相談を案内した。",
     "hoshin": "納期内納付の促進と、資格喪失世帯の未納解消を図る。",
     "items": [("ア", "口座振替の原則化を進め、新規加入世帯には加入手続時に振替依頼書の提出を求める。", "継続", False),
               ("イ", "資格喪失世帯の一覧を毎月作成し、喪失後３か月以内に納付勧奨を行う。", "新規", True),
               ("ウ", "給与照会を拡大し、納付資力のある滞納者には差押えを実施する。", "継続", False)]},
    {"debt": "介護保険料", "ka": "長寿支援課", "kubun": "強制徴収公債権", "no": 3,
     "kyoka": [("令和６年１０月～１２月", "普通徴収未納者への文書催告と訪問", "訪問件数 612件（580件）<br>完納件数 205件（188件）")],
     "kadai": "給付制限の対象となる長期滞納者への説明が不十分である。",
     "taio": "給付制限の仕組みを記載したチラシを作成し、催告書に同封した。",
     "hoshin": "普通徴収の初期滞納の解消と、給付制限を見据えた納付指導を行う。",
     "items": [("ア", "６５歳到達者に対し、年金天引き開始までの口座振替を勧奨する。", "継続", False),
               ("イ", "ケアマネジャーと連携し、要介護認定申請時に未納がある者へ納付相談を行う。", "拡充", False)]},
]


def build():
    g = Gold(STEM, "committee_material", MUNI, TITLE, "2025-06-10", "令和７年６月１０日")
    pages = []
    # ---- page 1
    p1 = f"""
<p class="r small">令和７年６月１０日（火）午前１０時<br>本庁舎　講堂</p>
<h1>令和７年度　第１回山形市債権管理対策委員会</h1>
<p class="c">次　　第</p>
<table style="margin: 8px 60px;">
<tr><td>１　報　告</td><td>令和６年度　主要債権の滞納整理強化月間の実施結果</td><td>…… 資料１</td></tr>
<tr><td>２　協　議</td><td>令和７年度　主要債権の取組方針</td><td>…… 資料２</td></tr>
<tr><td>３　その他</td><td>債権放棄の状況について（口頭報告）</td><td></td></tr>
</table>
<div class="box">
<p style="font-family: G;">【参考】　市全体の徴収状況（一般会計・特別会計の市税及び税外債権）</p>
<p>・徴収率（令和６年度決算見込）：９６．５２％</p>
<p>・前年度比：０．４１ポイント増</p>
<p>・収入未済額（令和６年度決算見込）：約２７．４億円</p>
<p>・前年度比：約２．１億円減</p>
</div>
<p class="small">※取組個票は、収入未済額が１億円以上の債権及び委員会が指定した債権について作成している。</p>
<p class="small">※個票の「（　）内」は前年度の実績を示す。</p>
"""
    g.f(1, None, 2024, "令和６年度決算見込", "total", "collection_rate", "estimate", 96.52, "percent",
        "９６．５２％", debt_raw=None)
    g.f(1, None, 2024, "令和６年度決算見込", "total", "outstanding", "estimate", 2740000000, "yen",
        "約２７．４億円", approx=True, debt_raw=None)
    pages.append(p1)

    # ---- pages 2..4
    for sh in SHEETS:
        n = len(pages) + 1
        d = sh["debt"]
        rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c_}</td></tr>" for a, b, c_ in sh["kyoka"])
        im = INTERIM[d]
        bullets = "".join(
            f"<p>　{lab}　{zen(im[seg][0])}％（前年同期 {zen(im[seg][1])}％）</p>" for lab, seg in SEGS)
        for lab, seg in SEGS:
            g.f(n, d, 2024, "令和７年３月末", seg, "collection_rate", "interim", float(im[seg][0]), "percent",
                f"{zen(im[seg][0])}％", as_of="2025-03-31")
            g.f(n, d, 2023, "前年同期", seg, "collection_rate", "interim", float(im[seg][1]), "percent",
                f"{zen(im[seg][1])}％", as_of="2024-03-31")
        rt = RATES[d]
        trs = ""
        for lab, seg in SEGS:
            trs += f"<tr><td>{lab}</td><td class='r'>{rt[seg][1]}%</td><td class='r'>{rt[seg][2]}%</td></tr>"
            g.f(n, d, 2024, "令和６年度", seg, "collection_rate", "estimate", float(rt[seg][1]), "percent",
                f"{rt[seg][1]}%")
            g.f(n, d, 2025, "令和７年度", seg, "collection_rate", "target", float(rt[seg][2]), "percent",
                f"{rt[seg][2]}%")
        items = ""
        for lab, text, status, wrap in sh["items"]:
            tag = f"【{status}】"
            items += f"<p>{lab}　{text}{'<br>' if wrap else ''}{tag}</p>"
            g.i(n, d, 2025, "数値目標の達成に向けた取組", lab, text, status)
        html = f"""
<p class="r small">資料１・資料２　取組個票 {zen(sh['no'])}</p>
<table class="g" style="margin-bottom: 6px;">
<tr><th>債権名</th><td style="font-family: G; white-space: nowrap;">{d}</td>
<th>所管課</th><td>{sh['ka']}</td>
<th>債権区分</th><td>{sh['kubun']}</td></tr>
</table>
<h2>１　令和６年度　滞納整理強化月間の実施結果</h2>
<table class="g">
<tr><th>実施時期</th><th>取組内容</th><th>実績（　）内は前年度</th></tr>
{rows}
</table>
<h3>【徴収率】令和７年３月末時点</h3>
{bullets}
<h2>２　債権管理ヒアリングにおける課題と対応</h2>
<table class="g">
<tr><th>課題</th><th>対応状況</th></tr>
<tr><td>{sh['kadai']}</td><td>{sh['taio']}</td></tr>
</table>
<h2>３　令和７年度　取組方針</h2>
<table class="g">
<tr><th>取組方針</th><td colspan="3">{sh['hoshin']}</td></tr>
<tr><th rowspan="4">数値目標<br>（徴収率）</th><th>区分</th><th>令和６年度　実績見込</th><th>令和７年度　数値目標</th></tr>
{trs}
</table>
<table class="g">
<tr><th>数値目標の達成<br>に向けた取組</th><td>{items}</td></tr>
</table>
"""
        pages.append(html)

    # ---- page 5: one debt per column, no % signs
    n = len(pages) + 1
    debts = list(RATES)
    head = "".join(f"<th>{d}</th>" for d in debts)
    body = ""
    for k, (ylab, fy, basis, fyraw) in enumerate([("令和５年度<br>決算", 2023, "actual", "令和５年度"),
                                                  ("令和６年度<br>決算見込", 2024, "estimate", "令和６年度"),
                                                  ("令和７年度<br>目標", 2025, "target", "令和７年度")]):
        for j, (lab, seg) in enumerate(SEGS):
            first = f"<td rowspan='3' class='c'>{ylab}</td>" if j == 0 else ""
            cells = ""
            for d in debts:
                v = RATES[d][seg][k]
                cells += f"<td class='r'>{v}</td>"
                g.f(n, d, fy, fyraw, seg, "collection_rate", basis, float(v), "percent", v)
            body += f"<tr>{first}<td>{lab}</td>{cells}</tr>"
    diff = "".join(
        f"<td class='r'>{'△' if float(RATES[d]['total'][1]) < float(RATES[d]['total'][0]) else ''}"
        f"{abs(float(RATES[d]['total'][1]) - float(RATES[d]['total'][0])):.2f}</td>" for d in debts)
    p5 = f"""
<p class="r small">資料２（別紙）</p>
<h2>主要債権の徴収率の推移と目標</h2>
<p class="r small">（単位：％）</p>
<table class="g">
<tr><th colspan="2">区分</th>{head}</tr>
{body}
<tr><td colspan="2">増減（全体：令和６年度見込－令和５年度）</td>{diff}</tr>
</table>
<p class="small">※令和６年度は出納整理期間終了後の見込値。令和７年度目標は第３次山形市行財政改革推進計画の指標と整合させている。</p>
"""
    pages.append(p5)
    pdf = story_pdf(pages, PDF / f"{STEM}.pdf", landscape=True, family="M", size=8.5, css_extra=CSS, margin=30,
                    header="山形市債権管理対策委員会", footer_fmt="{n}")
    return g.write(pdf, 5)


if __name__ == "__main__":
    sys.exit(0 if build() else 1)
