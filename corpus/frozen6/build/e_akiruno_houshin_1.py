"""あきる野市 債権管理の基本方針と重点取組（令和６年度～令和８年度）— PyMuPDF Story (portrait)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e6_common import PDF_DIR, Gold, check, finish_pymupdf, zen  # noqa: E402
from e6_story import clean_stray_lines, render, running  # noqa: E402

STEM = "e_akiruno_houshin_1"
G = Gold(STEM)

# 令和４年度 内訳（円）: (会計, 款, 債権名, 不納欠損額, 収入未済額)
ROWS = [
    ("一般会計", "市税", "市民税（個人）", 9812304, 168204517),
    ("一般会計", "市税", "市民税（法人）", 1204118, 12830644),
    ("一般会計", "市税", "固定資産税・都市計画税", 6021736, 131427809),
    ("一般会計", "市税", "軽自動車税（種別割）", 512306, 8692140),
    ("一般会計", "分担金及び負担金", "保育所保育料", 842100, 14306250),
    ("一般会計", "使用料及び手数料", "市営住宅使用料", 1106400, 22185300),
    ("一般会計", "使用料及び手数料", "学童クラブ育成料", 96000, 3412500),
    ("一般会計", "諸収入", "生活保護費返還金", 3418226, 118306452),
    ("一般会計", "諸収入", "奨学資金貸付金返還金", 0, 9804000),
    ("一般会計", "諸収入", "児童手当等返還金", 120000, 2841000),
    ("一般会計", "諸収入", "その他の雑入", 35218, 4118736),
    ("国民健康保険特別会計", "国民健康保険税", "国民健康保険税", 41806218, 712418306),
    ("国民健康保険特別会計", "諸収入", "第三者納付金・返納金", 210400, 18412735),
    ("介護保険特別会計", "保険料", "介護保険料", 3902414, 52418600),
    ("介護保険特別会計", "諸収入", "介護給付費返納金", 0, 3127442),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", 612300, 21604800),
    ("下水道事業会計", "下水道使用料", "下水道使用料", 1302118, 98416205),
    ("下水道事業会計", "受益者負担金", "下水道事業受益者負担金", 406200, 24118422),
]
ACCTS = ["一般会計", "国民健康保険特別会計", "介護保険特別会計", "後期高齢者医療特別会計", "下水道事業会計"]
HIST = {  # 千円: 令和２年度, ３年度 (令和４年度 is derived from ROWS)
    2020: [561204, 806318, 61204, 24806, 131702],
    2021: [532117, 768402, 58311, 22918, 127406],
}
RATES = [  # 債権名, R4現年, R4滞繰, R8現年目標, R8滞繰目標
    ("市税", 99.12, 30.84, 99.30, 34.00),
    ("国民健康保険税", 94.06, 24.17, 94.60, 27.00),
    ("介護保険料", 98.71, 18.42, 98.90, 21.00),
    ("後期高齢者医療保険料", 99.44, 45.06, 99.50, 48.00),
    ("保育所保育料", 98.62, 21.35, 98.80, 25.00),
    ("下水道使用料", 98.95, 38.70, 99.10, 42.00),
]


def oku(yen: int) -> tuple[str, int]:
    v = int(round(yen / 1_000_000)) * 1_000_000
    o, man = divmod(v // 10000, 10000)
    s = (f"{o}億" if o else "") + (f"{man:,}万円" if man else "円")
    return "約" + zen(s), v


def build():
    r4 = [round(sum(r[4] for r in ROWS if r[0] == a) / 1000) for a in ACCTS]
    hist = dict(HIST)
    hist[2022] = r4
    tot = {y: sum(v) for y, v in hist.items()}
    all_yen = sum(r[4] for r in ROWS)
    t22, v22 = oku(all_yen)
    t17, v17 = oku(2083400000)
    zei = sum(r[4] for r in ROWS if r[1] == "市税")
    tz, vz = oku(zei)

    s1 = G.sec("１　方針策定の背景")
    G.fact(s1, None, 2022, "令和４年度", "total", "outstanding", "actual", v22, "yen", t22, approx=True, debt_raw="全会計")
    G.fact(s1, None, 2017, "平成２９年度", "total", "outstanding", "actual", v17, "yen", t17, approx=True, debt_raw="全会計")
    G.fact(s1, "市税", 2022, "令和４年度", "total", "outstanding", "actual", vz, "yen", tz, approx=True)
    p1 = f"""
<h1>あきる野市　債権管理の基本方針と重点取組</h1>
<p style="text-align:center">（令和６年度～令和８年度）</p>
<p style="text-align:right">令和６年３月　あきる野市総務部</p>
<h2>１　方針策定の背景</h2>
<p>　市税や国民健康保険税、各種使用料などの市の債権は、市民サービスを支える大切な財源である。
本市はこれまで、債権管理条例に基づく適正な管理に努めてきた結果、令和４年度決算における全会計の収入未済額は{t22}となり、
平成２９年度の{t17}から大きく縮減した。</p>
<p>　一方で、市税の収入未済額は依然として{tz}あり、国民健康保険税とともに収入未済額の大部分を占めている。
また、私債権や非強制徴収公債権では、担当職員の異動によりノウハウが継承されにくいことが課題となっている。
こうした状況を踏まえ、令和６年度から令和８年度までの３年間に取り組む基本方針と重点取組を定める。</p>
<table><tr><td style="padding:4pt 6pt"><p><b>〔参考〕市の債権の分類</b></p>
<p>・強制徴収公債権：市税、国民健康保険税、介護保険料、保育所保育料、下水道使用料など。法律の定めにより、
滞納処分（差押え等）を市が自ら行うことができる。</p>
<p>・非強制徴収公債権：生活保護費返還金（法第６３条）、学童クラブ育成料など。滞納処分はできず、
強制執行には裁判手続を要する。</p>
<p>・私債権：市営住宅使用料、奨学資金貸付金返還金など。契約等に基づき発生し、民法の規定が適用される。</p>
<p>・時効期間：公債権は原則５年（時効の援用不要）、私債権は原則５年（債務者の援用が必要）。</p></td></tr></table>
<h3>基本方針</h3>
<p>　方針Ⅰ　新たな滞納を発生させない（現年分の確実な収納）</p>
<p>　方針Ⅱ　累積した滞納を計画的に整理する（滞納処分と執行停止の適正な運用）</p>
<p>　方針Ⅲ　債権管理を担う職員の知識と体制を強化する</p>
"""
    s2 = G.sec("２　会計別の収入未済額の推移")
    head = "".join(f"<th>{a}</th>" for a in ACCTS)
    body = ""
    ylab = {2020: "令和２年度", 2021: "令和３年度", 2022: "令和４年度"}
    for y in (2020, 2021, 2022):
        cells = "".join(f"<td class='r'>{v:,}</td>" for v in hist[y])
        body += f"<tr><td class='c'>{ylab[y]}</td>{cells}<td class='r'>{tot[y]:,}</td></tr>"
        for a, v in zip(ACCTS, hist[y]):
            G.fact(s2, None, y, ylab[y], "total", "outstanding", "actual", v * 1000, "yen", f"{v:,}", row=ylab[y],
                   debt_raw=a)
        G.fact(s2, None, y, ylab[y], "total", "outstanding", "actual", tot[y] * 1000, "yen", f"{tot[y]:,}",
               row=ylab[y], debt_raw="合計")
    p1 += f"""
<h2>２　会計別の収入未済額の推移</h2>
<p class="unit">（単位：千円）</p>
<table><tr><th>年度</th>{head}<th>合計</th></tr>{body}</table>
<p class="note">※ 下水道事業会計は令和２年度から地方公営企業法を適用。各年度の出納閉鎖時点の額。</p>
"""
    s3 = G.sec("３　令和４年度　債権別の収入未済額の内訳")
    body = ""
    prev_a, prev_k = None, None
    for a, k, name, wo, out in ROWS:
        ca = a if a != prev_a else ""
        ck = k if (a, k) != (prev_a, prev_k) else ""
        body += (f"<tr><td>{ca}</td><td>{ck}</td><td>{name}</td><td class='r'>{wo:,}</td>"
                 f"<td class='r'>{out:,}</td></tr>")
        prev_a, prev_k = a, k
        G.fact(s3, name, 2022, "令和４年度", "total", "written_off", "actual", wo, "yen", f"{wo:,}", row=name)
        G.fact(s3, name, 2022, "令和４年度", "total", "outstanding", "actual", out, "yen", f"{out:,}", row=name)
    wo_all = sum(r[3] for r in ROWS)
    body += (f"<tr><td colspan='3' class='c'><b>合　計</b></td><td class='r'>{wo_all:,}</td>"
             f"<td class='r'>{all_yen:,}</td></tr>")
    G.fact(s3, None, 2022, "令和４年度", "total", "written_off", "actual", wo_all, "yen", f"{wo_all:,}", row="合計",
           debt_raw="合計")
    G.fact(s3, None, 2022, "令和４年度", "total", "outstanding", "actual", all_yen, "yen", f"{all_yen:,}", row="合計",
           debt_raw="合計")
    p1 += f"""
<h2>３　令和４年度　債権別の収入未済額の内訳</h2>
<p class="unit">（単位：円）</p>
<table><tr><th>会計</th><th>款</th><th>債権名</th><th>不納欠損額</th><th>収入未済額</th></tr>{body}</table>
<p class="note">※ 奨学資金貸付金返還金及び介護給付費返納金は、令和４年度の不納欠損処分なし。</p>
"""
    body = ""
    s4 = G.sec("４　主な債権の収納率と目標")
    for name, c4, a4, c8, a8 in RATES:
        body += (f"<tr><td>{name}</td><td class='r'>{c4:.2f}%</td><td class='r'>{c8:.2f}%</td>"
                 f"<td class='r'>{a4:.2f}%</td><td class='r'>{a8:.2f}%</td></tr>")
        G.fact(s4, name, 2022, "令和４年度実績", "current", "collection_rate", "actual", c4, "percent", f"{c4:.2f}%", row=name)
        G.fact(s4, name, 2026, "令和８年度目標", "current", "collection_rate", "target", c8, "percent", f"{c8:.2f}%", row=name)
        G.fact(s4, name, 2022, "令和４年度実績", "arrears", "collection_rate", "actual", a4, "percent", f"{a4:.2f}%", row=name)
        G.fact(s4, name, 2026, "令和８年度目標", "arrears", "collection_rate", "target", a8, "percent", f"{a8:.2f}%", row=name)
    p2 = f"""
<h2>４　主な債権の収納率と目標</h2>
<p>　計画期間の最終年度である令和８年度の目標収納率を、債権ごとに次のとおり定める。</p>
<table><tr><th rowspan="2">債権名</th><th colspan="2">現年分</th><th colspan="2">滞納繰越分</th></tr>
<tr><th>令和４年度実績</th><th>令和８年度目標</th><th>令和４年度実績</th><th>令和８年度目標</th></tr>
{body}</table>
<p class="note">※ 市税は市民税・固定資産税等の合計。後期高齢者医療保険料は東京都後期高齢者医療広域連合へ納付する分を含む。</p>
"""
    s5 = G.sec("５　重点取組")
    items = {
        "市税": [("ア", "納期限から２０日以内に督促状を発送し、その後１か月以内に電話催告を行う。", "継続"),
                ("イ", "差押えた預貯金・給与の取立てを速やかに行い、滞納繰越分の縮減を図る。", "継続"),
                ("ウ", "スマートフォン決済と地方税統一ＱＲコードによる納付の周知を強化する。", "拡充")],
        "国民健康保険税": [("ア", "資格取得時に口座振替の手続を案内し、その場で申込みを受け付ける。", "継続"),
                     ("イ", "市税と一体的に財産調査を行い、滞納処分を進める。", "新規")],
        "保育所保育料": [("ア", "滞納が２か月続いた世帯に対し、園を通じた納付案内と面談を行う。", "継続"),
                   ("イ", "児童手当からの徴収について、対象世帯に申出を勧める。", "拡充")],
        "市営住宅使用料": [("ア", "滞納３か月で連帯保証人へ通知し、６か月で明渡請求を検討する。", "継続")],
    }
    blk = ""
    for n, (debt, its) in enumerate(items.items(), 1):
        blk += f"<h3>（{zen(n)}）{debt}</h3>"
        for lab, t, stt in its:
            blk += f"<p>　{lab}　{t}【{stt}】</p>"
            G.init(s5, debt, 2024, "重点取組", lab, t, stt)
    sref = G.sec("〔参考〕私債権の管理について")
    p2 += f"""
<h2>５　重点取組</h2>
<p>　基本方針に基づき、債権ごとに次の取組を重点的に実施する。</p>
{blk}
<table><tr><td style="padding:4pt 6pt"><p><b>〔参考〕私債権の管理について</b></p>
<p>　市営住宅使用料や奨学資金貸付金返還金などの私債権は、滞納処分ができないため、催告に応じない場合は支払督促や
訴訟などの裁判手続により回収を図る。時効期間が経過した債権は、債務者の援用がなければ消滅しないため、
債権管理条例に基づく放棄の手続を適切に行う。</p></td></tr></table>
<h2>６　推進体制</h2>
<p>　副市長を委員長とする債権管理推進委員会において、毎年度の取組状況と収納率の実績を確認し、
必要に応じて取組の見直しを行う。取組状況は、年度終了後に市ホームページで公表する。</p>
"""
    doc = render([p1 + p2], body_font="m")
    print("stray lines removed:", clean_stray_lines(doc))
    running(doc, header="あきる野市 債権管理の基本方針", footer_fmt="{p}")
    pdf = PDF_DIR / f"{STEM}.pdf"
    finish_pymupdf(doc, pdf)
    document = {"kind": "plan", "municipality": "あきる野市",
                "title": "あきる野市 債権管理の基本方針と重点取組（令和６年度～令和８年度）",
                "date": "2024-03-01", "date_raw": "令和６年３月"}
    gold = G.write(pdf, document)
    print(STEM, check(pdf, gold))


if __name__ == "__main__":
    build()
