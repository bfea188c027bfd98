"""石巻市 債権回収・整理計画（中間報告・令和６年２月末） — PyMuPDF Story (HTML), one section per page group."""
from __future__ import annotations

import pymupdf

from e_common import OUT, PDF, Facts, finish, rate

STEM = "e_ishinomaki_progress_1"
CITY = "石巻市"
FY, FYR = 2023, "令和５年度"
ASOF, ASOF_PY = "2024-02-29", "2023-02-28"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

facts = Facts()
inits: list[dict] = []

# summary rates (単位：％, no sign): (name, 現年 R5, 現年 前年同期, 滞繰 R5, 滞繰 前年同期)
SUMMARY = [
    ("市税", 92.84, 92.51, 27.66, 25.93),
    ("国民健康保険税", 84.17, 83.62, 17.05, 16.48),
    ("介護保険料", 95.31, 95.44, 12.88, 11.70),
    ("後期高齢者医療保険料", 96.02, 95.87, 41.36, 38.95),
    ("保育所保育料", 93.65, 93.10, 22.41, 24.07),
    ("市営住宅使用料", 90.12, 89.74, 9.83, 9.12),
]

SHEETS = [
    {
        "name": "市税", "ka": "財務部 収納対策課", "no": "01",
        "rows": {  # (R5, R4) per row
            "cur_feb": (92.84, 92.51), "arr_feb": (27.66, 25.93),
            "cur_est": (98.95, 98.88), "arr_est": (30.20, 29.41),
            "cur_tgt": (98.90, 98.80), "arr_tgt": (30.00, 28.50),
        },
        "tori": [
            ("ア", "滞納初期の電話催告をコールセンターに委託し、納期限後１か月以内に全件へ架電する。"),
            ("イ", "預貯金・給与の調査を集約して実施し、財産が判明した案件は速やかに差押えを行う。"),
            ("ウ", "高額・困難案件は宮城県地方税滞納整理機構へ引き継ぎ、捜索・公売を含めた処分を進める。"),
        ],
        "status": ("２月末現在の現年度分徴収率は前年同期を0.33ポイント上回っている。滞納繰越分は、県機構への引継案件の"
                   "換価が進み1.73ポイントの上昇となった。出納閉鎖までに決算見込を上回るよう催告を継続する。"),
        "areas": [  # 千円: (area, 調定, 収入)
            ("本庁", 12_418_260, 11_535_004),
            ("河北総合支所", 1_204_815, 1_116_390),
            ("雄勝総合支所", 118_402, 108_216),
            ("河南総合支所", 1_702_338, 1_581_925),
            ("桃生総合支所", 596_120, 553_417),
            ("北上総合支所", 214_077, 196_904),
            ("牡鹿総合支所", 142_906, 130_118),
        ],
    },
    {
        "name": "国民健康保険税", "ka": "健康部 保険年金課", "no": "02",
        "rows": {
            "cur_feb": (84.17, 83.62), "arr_feb": (17.05, 16.48),
            "cur_est": (94.10, 93.96), "arr_est": (19.80, 19.22),
            "cur_tgt": (94.20, 94.00), "arr_tgt": (20.00, 19.50),
        },
        "tori": [
            ("ア", "資格喪失の届出がない世帯を年金情報等で把握し、職権による資格喪失処理と納付勧奨を併せて行う。"),
            ("イ", "納付相談時に口座振替の申込みを受け付け、ペイジー口座振替受付サービスを活用する。"),
            ("ウ", "分納誓約の不履行世帯には差押予告書を送付し、なお納付のない世帯は滞納処分を執行する。"),
            ("エ", "短期被保険者証の更新時期に合わせて納付相談を集中的に実施する。"),
        ],
        "status": ("２月末現在、現年度分は前年同期比0.55ポイント上昇、滞納繰越分は0.57ポイント上昇している。"
                   "資格喪失世帯への勧奨により、未納の発生が抑えられている。"),
        "areas": None,
    },
    {
        "name": "介護保険料", "ka": "福祉部 介護保険課", "no": "03",
        "rows": {
            "cur_feb": (95.31, 95.44), "arr_feb": (12.88, 11.70),
            "cur_est": (99.05, 99.08), "arr_est": (15.10, 14.62),
            "cur_tgt": (99.10, 99.10), "arr_tgt": (15.00, 14.50),
        },
        "tori": [
            ("ア", "普通徴収の未納者に対し、督促状発送後２週間以内に電話による納付勧奨を行う。"),
            ("イ", "滞納が続く被保険者に給付制限の内容を説明し、分納による納付を促す。"),
        ],
        "status": ("現年度分は、年度途中で普通徴収に切り替わった被保険者の増加により前年同期を0.13ポイント下回った。"
                   "３月は口座振替未登録者への個別勧奨を強化する。"),
        "areas": None,
    },
]

CSS = f"""
@font-face {{font-family: M; src: url({MINCHO.split('/')[-1]});}}
@font-face {{font-family: G; src: url({GOTHIC.split('/')[-1]});}}
body {{font-family: M; font-size: 10pt; line-height: 1.45;}}
h1 {{font-family: G; font-size: 15pt; text-align: center; margin-bottom: 4pt;}}
h2 {{font-family: G; font-size: 12pt; margin-top: 10pt; margin-bottom: 4pt;}}
h3 {{font-family: G; font-size: 10.5pt; margin-top: 8pt; margin-bottom: 3pt;}}
p {{margin-top: 2pt; margin-bottom: 2pt;}}
table {{border-collapse: collapse; width: 100%;}}
td, th {{border: 1px solid black; padding: 2pt 4pt; font-size: 9.5pt;}}
th {{font-family: G; background-color: #e8e8e8; text-align: center;}}
td.n {{text-align: right;}}
td.c {{text-align: center;}}
.unit {{text-align: right; font-size: 8.5pt;}}
.note {{font-size: 8.5pt;}}
"""


def f2(v):
    return f"{v:.2f}"


def page1() -> str:
    h = ["<h1>令和５年度　債権回収・整理計画（中間報告）</h1>",
         "<p style='text-align:right'>令和６年３月２５日<br>石巻市 財務部 収納対策課</p>",
         "<h2>１　中間報告の趣旨</h2>",
         "<p>　本市では、市税及び税外収入の主要債権について、年度当初に徴収率の目標を定めた「債権回収・整理計画」を"
         "策定している。本報告は、令和６年２月２９日現在の収納状況と、年度後半の取組の実施状況を取りまとめたものである。</p>",
         "<p>　２月末現在における主要６債権の滞納繰越分の収入未済額は約14億2千万円であり、"
         "前年同期と比べて約1億1千万円減少している。</p>"]
    facts.add(None, FY, "令和６年２月２９日", "arrears", "outstanding", "interim", 1_420_000_000, "yen", "約14億2千万円",
              1, approx=True, as_of=ASOF)
    h.append("<h2>２　主要債権の徴収率（２月末現在）</h2>")
    h.append("<p class='unit'>（単位：％）</p>")
    h.append("<table><tr><th rowspan='2'>債　権　名</th><th colspan='3'>現年度分</th><th colspan='3'>滞納繰越分</th></tr>"
             "<tr><th>令和６年２月末</th><th>前年同期</th><th>差</th><th>令和６年２月末</th><th>前年同期</th><th>差</th></tr>")
    for name, c5, c4, a5, a4 in SUMMARY:
        dc, da = round(c5 - c4, 2), round(a5 - a4, 2)
        fmt = lambda x: (f"△{abs(x):.2f}" if x < 0 else f"{x:.2f}")
        h.append(f"<tr><td>{name}</td><td class='n'>{f2(c5)}</td><td class='n'>{f2(c4)}</td><td class='n'>{fmt(dc)}</td>"
                 f"<td class='n'>{f2(a5)}</td><td class='n'>{f2(a4)}</td><td class='n'>{fmt(da)}</td></tr>")
        for seg, v5, v4 in (("current", c5, c4), ("arrears", a5, a4)):
            facts.add(name, FY, "令和６年２月末", seg, "collection_rate", "interim", v5, "percent", f2(v5), 1, as_of=ASOF)
            facts.add(name, 2022, "前年同期", seg, "collection_rate", "interim", v4, "percent", f2(v4), 1, as_of=ASOF_PY)
    h.append("</table>")
    h.append("<p class='note'>※前年同期は令和５年２月２８日現在。差は令和６年２月末から前年同期を差し引いたもの（ポイント）。</p>")
    return "".join(h)


def sheet(s: dict, page: int) -> str:
    name = s["name"]
    r = s["rows"]
    h = [f"<p style='text-align:right' class='note'>整理番号 {s['no']}</p>",
         f"<table><tr><th style='text-align:left'>債権名　{name}</th><td>所管　{s['ka']}</td></tr></table>",
         "<h3>（１）徴収率の状況</h3>",
         "<table><tr><th>区　分</th><th>令和５年度</th><th>令和４年度</th></tr>"]
    spec = [
        ("２月末徴収率（現年度分）", "cur_feb", "current", "interim"),
        ("２月末徴収率（滞納繰越分）", "arr_feb", "arrears", "interim"),
        ("決算見込徴収率（現年度分）", "cur_est", "current", "estimate"),
        ("決算見込徴収率（滞納繰越分）", "arr_est", "arrears", "estimate"),
        ("目標徴収率（現年度分）", "cur_tgt", "current", "target"),
        ("目標徴収率（滞納繰越分）", "arr_tgt", "arrears", "target"),
    ]
    for lab, key, seg, basis in spec:
        v5, v4 = r[key]
        lab4 = ""
        h.append(f"<tr><td>{lab}</td><td class='n'>{v5:.2f}%</td><td class='n'>{v4:.2f}%</td></tr>")
        if basis == "interim":
            facts.add(name, FY, "令和５年度", seg, "collection_rate", "interim", v5, "percent", f"{v5:.2f}%", page, as_of=ASOF)
            facts.add(name, 2022, "令和４年度", seg, "collection_rate", "interim", v4, "percent", f"{v4:.2f}%", page,
                      as_of=ASOF_PY)
        elif basis == "estimate":
            # 令和４年度 column holds the settled figure (決算)
            facts.add(name, FY, "令和５年度", seg, "collection_rate", "estimate", v5, "percent", f"{v5:.2f}%", page)
            facts.add(name, 2022, "令和４年度", seg, "collection_rate", "actual", v4, "percent", f"{v4:.2f}%", page)
        else:
            facts.add(name, FY, "令和５年度", seg, "collection_rate", "target", v5, "percent", f"{v5:.2f}%", page)
            facts.add(name, 2022, "令和４年度", seg, "collection_rate", "target", v4, "percent", f"{v4:.2f}%", page)
    h.append("</table>")
    h.append("<p class='note'>※令和４年度の２月末欄は令和５年２月２８日現在、決算見込欄は決算の数値。</p>")
    h.append("<h3>（２）年度後半の主な取組</h3>")
    for lab, text in s["tori"]:
        h.append(f"<p>{lab}　{text}</p>")
        inits.append({"debt": name, "fiscal_year": FY, "section": "年度後半の主な取組", "label": lab, "text": text,
                      "status": None, "page": page})
    h.append("<h3>（３）取組状況（２月末）</h3>")
    h.append(f"<p>　{s['status']}</p>")
    if s["areas"]:
        h.append("<h3>（４）総合支所管内別の収納状況（現年度分・令和６年２月末）</h3>")
        h.append("<p class='unit'>（単位：千円、％）</p>")
        h.append("<table><tr><th>地区</th><th>調定額</th><th>収入済額</th><th>徴収率</th></tr>")
        ta = tc = 0
        for area, a, c in s["areas"]:
            rt = rate(c, a)
            h.append(f"<tr><td>{area}</td><td class='n'>{a:,}</td><td class='n'>{c:,}</td><td class='n'>{rt:.2f}</td></tr>")
            for met, v, raw in (("assessed", a * 1000, f"{a:,}"), ("collected", c * 1000, f"{c:,}"),
                                ("collection_rate", rt, f"{rt:.2f}")):
                facts.add(name, FY, "令和６年２月末", "current", met, "interim", v,
                          "percent" if met == "collection_rate" else "yen", raw, page, as_of=ASOF, area=area)
            ta += a
            tc += c
        rt = rate(tc, ta)
        h.append(f"<tr><th>計</th><td class='n'>{ta:,}</td><td class='n'>{tc:,}</td><td class='n'>{rt:.2f}</td></tr>")
        for met, v, raw in (("assessed", ta * 1000, f"{ta:,}"), ("collected", tc * 1000, f"{tc:,}"),
                            ("collection_rate", rt, f"{rt:.2f}")):
            facts.add(name, FY, "令和６年２月末", "current", met, "interim", v,
                      "percent" if met == "collection_rate" else "yen", raw, page, as_of=ASOF)
        h.append("</table>")
        h.append("<p class='note'>※地区は納税義務者の住所地による。</p>")
    return "".join(h)


def render(sections: list[str], dest):
    arch = pymupdf.Archive()
    arch.add(pymupdf.Archive("/usr/share/fonts/opentype/ipaexfont-mincho"))
    arch.add(pymupdf.Archive("/usr/share/fonts/opentype/ipaexfont-gothic"))
    rect = pymupdf.paper_rect("a4")
    where = rect + (56, 64, -56, -60)
    tmp = OUT / f"{STEM}.raw.pdf"
    writer = pymupdf.DocumentWriter(str(tmp))
    for html in sections:
        story = pymupdf.Story(html=html, user_css=CSS, archive=arch)
        more = 1
        while more:
            dev = writer.begin_page(rect)
            more, _ = story.place(where)
            story.draw(dev)
            writer.end_page()
    writer.close()
    doc = pymupdf.open(tmp)
    n = len(doc)
    for i, p in enumerate(doc):
        p.insert_text((56, 40), "令和５年度　債権回収・整理計画（中間報告）", fontsize=8, fontname="g", fontfile=GOTHIC)
        p.draw_line((56, 46), (rect.width - 56, 46), width=0.5)
        p.insert_text((rect.width / 2 - 14, rect.height - 30), f"{i + 1} / {n}", fontsize=9, fontname="g",
                      fontfile=GOTHIC)
    doc.subset_fonts()
    doc.save(dest, garbage=4, deflate=True)


def main():
    OUT.mkdir(exist_ok=True)
    sections = [page1()] + [sheet(s, i + 2) for i, s in enumerate(SHEETS)]
    render(sections, PDF / f"{STEM}.pdf")
    doc = {"kind": "progress_report", "municipality": CITY, "title": "令和５年度　債権回収・整理計画（中間報告）",
           "date": "2024-03-25", "date_raw": "令和６年３月２５日"}
    return finish(STEM, doc, facts, inits)


if __name__ == "__main__":
    main()
