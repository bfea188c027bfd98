"""桑名市議会 総務常任委員会記録（所管事務調査：債権管理） — PyMuPDF Story (HTML), A4 portrait."""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e_common import OUT, PDF, check, fact, write_gold  # noqa: E402

STEM = "e_kuwana_minutes_1"
CITY = "桑名市"
TITLE = "総務常任委員会記録"
FONT = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

MEMBERS = [("委員長", "水谷　剛"), ("副委員長", "伊藤　明美"), ("委員", "加藤　健司"), ("委員", "服部　由紀子"),
           ("委員", "小川　誠"), ("委員", "平野　和彦")]
OFFICIALS = [("財政経営部長", "佐藤　隆"), ("財政経営部次長兼債権管理課長", "近藤　亮"), ("税務課長", "大橋　直樹"),
             ("保険年金課長", "森　久美子"), ("こども・家庭部長", "中村　浩")]
AGENDA = ["債権管理について（令和６年度決算における債権の状況）", "令和７年度 市税等の収納状況（９月末）について"]
MATERIALS = ["資料１　令和６年度決算 債権別収入状況一覧", "資料２　令和７年度 市税等の収納状況（令和７年９月末現在）"]

# 別表 (千円): debt -> segment -> (調定額, 収入済額, 不納欠損額, 収入未済額)
TABLE = {
    "市税": {"現年課税分": (24_318_642, 24_126_543, None), "滞納繰越分": (1_052_318, 301_384, 61_207)},
    "国民健康保険税": {"現年課税分": (3_964_205, 3_766_791, None), "滞納繰越分": (1_024_776, 251_790, 88_415)},
    "介護保険料": {"現年度分": (2_731_840, 2_712_446, None), "滞納繰越分": (96_512, 17_839, 12_044)},
    "保育所保育料": {"現年度分": (318_406, 316_112, None), "滞納繰越分": (23_905, 4_611, 2_118)},
}

STATEMENTS = [
    ("水谷委員長", None,
     "ただいまから総務常任委員会を開会いたします。本日は、所管事務調査として債権管理について調査を行います。なお、小川委員からは少し遅れる旨の連絡がありました。それでは、理事者から説明をお願いいたします。"),
    ("佐藤財政経営部長", AGENDA[0],
     "財政経営部長の佐藤でございます。本市の債権管理につきましては、先月開催いたしました令和７年度第２回桑名市債権管理推進会議において各所管課の取組を確認したところでございます。詳細は債権管理課長から御説明いたします。"),
    ("近藤債権管理課長", AGENDA[0],
     "資料１を御覧ください。令和６年度決算における一般会計及び特別会計の収入未済額の合計は約25億4,300万円となり、前年度の約26億6,400万円から縮減しております。市税の収納率は、現年課税分が99.21％、滞納繰越分が28.64％、合計で96.28％でございます。国民健康保険税は現年課税分が95.02％、滞納繰越分が24.57％となっております。"),
    ("加藤委員", AGENDA[0],
     "国民健康保険税の滞納繰越分は、ほかの債権に比べて低いように見えますが、不納欠損の状況はどうなっていますか。"),
    ("近藤債権管理課長", AGENDA[0],
     "国民健康保険税の令和６年度の不納欠損額は約8,842万円で、執行停止後３年を経過したものが大半でございます。財産調査を徹底したうえで、回収の見込みがない案件は執行停止とし、整理を進めているところでございます。"),
    ("服部委員", AGENDA[0],
     "保育所保育料の滞納について、退園後の世帯への対応はどのようにされていますか。"),
    ("中村こども・家庭部長", AGENDA[0],
     "退園した世帯につきましては、退園時に未納額をお知らせし、分納の相談に応じております。保育所保育料の令和６年度の現年度分の収納率は99.28％で、前年度を上回りました。"),
    ("大橋税務課長", AGENDA[1],
     "資料２を御覧ください。令和７年９月末現在の市税の現年課税分の収納率は54.86％で、前年同期の54.12％を0.74ポイント上回っております。滞納繰越分は17.35％で、前年同期は16.92％でございました。"),
    ("平野委員", AGENDA[1],
     "年度末に向けた見込みはいかがでしょうか。"),
    ("大橋税務課長", AGENDA[1],
     "年末に向けて差押えの強化期間を設けており、現年課税分は令和７年度の目標である99.25％の達成を見込んでおります。"),
    ("水谷委員長", None,
     "ほかに御発言もないようですので、以上で所管事務調査を終わります。これをもちまして総務常任委員会を閉会いたします。"),
]


def k(v):
    return f"{v:,}"


def build():
    # ---------- page-independent figures for the 別表 ----------
    rows = []
    for debt, segs in TABLE.items():
        tot = [0, 0, 0, 0]
        for seg, (a, c, w) in segs.items():
            o = a - c - (w or 0)
            rows.append((debt, seg, a, c, w, o))
            tot = [tot[0] + a, tot[1] + c, tot[2] + (w or 0), tot[3] + o]
        rows.append((debt, "計", tot[0], tot[1], tot[2], tot[3]))

    def rt(a, c):
        return round(c / a * 100 + 1e-9, 2)

    html = [f"""
<p class="c big">桑名市議会</p>
<p class="c big">{TITLE}</p>
<p class="r">令和７年11月12日（水曜日）午前10時00分開議<br/>第２委員会室</p>
<p class="h">【所管事務調査】</p>
<p>１．{AGENDA[0]}<br/>２．{AGENDA[1]}</p>
<p class="h">〇出席委員（６名）</p>
<table class="plain">"""]
    for role, name in MEMBERS:
        html.append(f"<tr><td class='w1'>{role}</td><td>{name}　君</td></tr>")
    html.append("</table><p class='h'>〇説明のため出席した者の職氏名</p><table class='plain'>")
    for title, name in OFFICIALS:
        html.append(f"<tr><td class='w2'>{title}</td><td>{name}　君</td></tr>")
    html.append("</table><p class='h'>〇配付資料</p><p>" + "<br/>".join(MATERIALS) + "</p>")
    html.append("<p class='c'>――――――――――――――――――――――――――――</p>")
    html.append("<p class='r'>午前10時00分　開議</p>")
    last_sec = "x"
    for spk, sec, text in STATEMENTS:
        if sec != last_sec and sec is not None:
            html.append(f"<p class='h'>《{sec}》</p>")
        last_sec = sec if sec is not None else last_sec
        html.append(f"<p class='st'><b>○{spk}</b>　{text}</p>")
    html.append("<p class='r'>午前11時08分　閉会</p>")
    html2 = []
    html2.append("""<p class='h'>別表　令和６年度決算　債権別収入状況（資料１より抜粋）</p>
<p class='r'>（単位：千円、％）</p>
<table class='grid'><tr><th>債権名</th><th>区分</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th></tr>""")
    for debt, seg, a, c, w, o in rows:
        wtxt = "－" if w is None else k(w)
        html2.append(f"<tr><td>{debt}</td><td>{seg}</td><td class='n'>{k(a)}</td><td class='n'>{k(c)}</td>"
                    f"<td class='n'>{wtxt}</td><td class='n'>{k(o)}</td><td class='n'>{rt(a, c):.2f}</td></tr>")
    html2.append("</table><p class='small'>※収納率は収入済額を調定額で除したもの（小数点第３位を四捨五入）。"
                "<br/>※現年課税分（現年度分）の不納欠損額は滞納繰越分に計上している。</p>")
    css = f"""
@font-face {{font-family: M; src: url({Path(FONT).name});}}
@font-face {{font-family: G; src: url({Path(GOTH).name});}}
body {{font-family: M; font-size: 10.5pt; line-height: 1.55;}}
p {{margin: 0 0 4pt 0;}}
.c {{text-align: center;}} .r {{text-align: right;}}
.big {{font-family: G; font-size: 15pt;}}
.h {{font-family: G; margin-top: 8pt;}}
.st {{text-indent: 0; margin-bottom: 6pt;}}
b {{font-family: G; font-weight: normal;}}
.small {{font-size: 9pt;}}
table.plain td {{padding: 1pt 8pt 1pt 0;}}
td.w1 {{width: 70pt;}} td.w2 {{width: 190pt;}}
table.grid {{border-collapse: collapse; width: 100%;}}
table.grid th, table.grid td {{border: 0.6pt solid black; padding: 2pt 4pt; font-size: 9.5pt;}}
table.grid th {{font-family: G; font-weight: normal; text-align: center;}}
td.n {{text-align: right;}}
"""
    arch = pymupdf.Archive()
    arch.add(pymupdf.Archive(str(Path(FONT).parent)))
    arch.add(pymupdf.Archive(str(Path(GOTH).parent)))
    stories = [pymupdf.Story("".join(html), user_css=css, archive=arch),
               pymupdf.Story("".join(html2), user_css=css, archive=arch)]
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = OUT / f"{STEM}.raw.pdf"
    writer = pymupdf.DocumentWriter(str(tmp))
    rect = pymupdf.paper_rect("a4")
    where = rect + (62, 70, -62, -64)
    npages = 0
    for story in stories:
        more = True
        while more:
            npages += 1
            if npages > 12:
                raise RuntimeError("story does not fit")
            dev = writer.begin_page(rect)
            more, _ = story.place(where)
            story.draw(dev)
            writer.end_page()
    writer.close()
    doc = pymupdf.open(tmp)
    n = doc.page_count
    for i, page in enumerate(doc):
        page.insert_font(fontname="M", fontfile=FONT)
        page.insert_text((62, 44), "総務常任委員会記録（令和７年11月12日）", fontname="M", fontsize=8)
        page.insert_text((rect.width / 2 - 14, rect.height - 34), f"－{i + 1}－", fontname="M", fontsize=9)
    doc.subset_fonts()
    PDF.mkdir(parents=True, exist_ok=True)
    doc.save(PDF / f"{STEM}.pdf", garbage=4, deflate=True)
    doc.close()

    # ---------- gold ----------
    doc = pymupdf.open(PDF / f"{STEM}.pdf")
    texts = ["".join(p.get_text().split()) for p in doc]

    def page_of(s):
        s = "".join(s.split())
        hits = [i + 1 for i, t in enumerate(texts) if s in t]
        assert hits, s
        return hits[0]

    facts = []
    # running-text figures
    st_facts = [
        ("約25億4,300万円", None, "一般会計及び特別会計", 2024, "令和６年度", "total", "outstanding", "actual", 2_543_000_000, "yen", True),
        ("約26億6,400万円", None, "一般会計及び特別会計", 2023, "前年度", "total", "outstanding", "actual", 2_664_000_000, "yen", True),
        ("99.21％", "市税", None, 2024, "令和６年度", "current", "collection_rate", "actual", 99.21, "percent", False),
        ("28.64％", "市税", None, 2024, "令和６年度", "arrears", "collection_rate", "actual", 28.64, "percent", False),
        ("96.28％", "市税", None, 2024, "令和６年度", "total", "collection_rate", "actual", 96.28, "percent", False),
        ("95.02％", "国民健康保険税", None, 2024, "令和６年度", "current", "collection_rate", "actual", 95.02, "percent", False),
        ("24.57％", "国民健康保険税", None, 2024, "令和６年度", "arrears", "collection_rate", "actual", 24.57, "percent", False),
        ("約8,842万円", "国民健康保険税", None, 2024, "令和６年度", "total", "written_off", "actual", 88_420_000, "yen", True),
        ("99.28％", "保育所保育料", None, 2024, "令和６年度", "current", "collection_rate", "actual", 99.28, "percent", False),
        ("54.86％", "市税", None, 2025, "令和７年９月末現在", "current", "collection_rate", "interim", 54.86, "percent", False),
        ("54.12％", "市税", None, 2024, "前年同期", "current", "collection_rate", "interim", 54.12, "percent", False),
        ("17.35％", "市税", None, 2025, "令和７年９月末現在", "arrears", "collection_rate", "interim", 17.35, "percent", False),
        ("16.92％", "市税", None, 2024, "前年同期", "arrears", "collection_rate", "interim", 16.92, "percent", False),
        ("99.25％", "市税", None, 2025, "令和７年度", "current", "collection_rate", "target", 99.25, "percent", False),
    ]
    asof = {("令和７年９月末現在"): "2025-09-30", "前年同期": "2024-09-30"}
    for raw, debt, draw, fy, fyr, seg, met, basis, val, unit, approx in st_facts:
        as_of = asof.get(fyr) if basis == "interim" else None
        facts.append(fact(debt, fy, fyr, seg, met, basis, val, unit, raw, page_of(raw), debt_raw=draw if debt is None else debt,
                          as_of=as_of, approx=approx))
    # 別表
    segmap = {"現年課税分": "current", "現年度分": "current", "滞納繰越分": "arrears", "計": "total"}
    tpage = page_of("別表令和６年度決算債権別収入状況")
    for debt, seg, a, c, w, o in rows:
        sg = segmap[seg]
        for met, v in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o)):
            if v is None:
                continue
            facts.append(fact(debt, 2024, "令和６年度", sg, met, "actual", v * 1000, "yen", k(v), tpage))
        r = rt(a, c)
        facts.append(fact(debt, 2024, "令和６年度", sg, "collection_rate", "actual", r, "percent", f"{r:.2f}", tpage))
    # consistency with prose: 市税 rates
    assert rt(*TABLE["市税"]["現年課税分"][:2]) == 99.21, rt(*TABLE["市税"]["現年課税分"][:2])
    assert rt(*TABLE["市税"]["滞納繰越分"][:2]) == 28.64, rt(*TABLE["市税"]["滞納繰越分"][:2])

    attendees = [{"role": r, "name": n.replace("　", ""), "title": None} for r, n in MEMBERS]
    attendees += [{"role": t, "name": n.replace("　", ""), "title": t} for t, n in OFFICIALS]
    statements = [{"speaker": s, "section": sec, "text": t, "page": page_of(t[:15])} for s, sec, t in STATEMENTS]
    minutes = {"title": TITLE, "meeting_number": None, "date": "2025-11-12", "method": None, "attendees": attendees,
               "agenda": AGENDA, "materials": MATERIALS, "statements": statements}
    document = {"kind": "minutes", "municipality": CITY, "title": f"桑名市議会 {TITLE}", "date": "2025-11-12",
                "date_raw": "令和７年11月12日（水曜日）"}
    write_gold(STEM, document, facts, [], minutes)
    check(STEM)


if __name__ == "__main__":
    build()
