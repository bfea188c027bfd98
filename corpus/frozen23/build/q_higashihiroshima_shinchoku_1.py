"""東広島市 債権回収・整理計画 進捗状況（２月末） — PyMuPDF Story (HTML), landscape sheets."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
import pymupdf
from q_common import F, I, OUT, PDF, write_gold, comma
from q_story import render, finish

STEM = "q_higashihiroshima_shinchoku_1"
CITY = "東広島市"
TITLE = "令和５年度 債権回収・整理計画 進捗状況（２月末）"
A4P = (595, 842)
A4L = (842, 595)
ASOF, ASOF_P = "2024-02-29", "2023-02-28"

# summary (千円): R4末残高(実績), R5目標, 2月末, 前年同期
SUM = [("市税", 612480, 580000, 1104236, 1158902),
       ("国民健康保険税", 498215, 470000, 812430, 845118),
       ("保育所保育料", 18432, 17000, 24816, 26105),
       ("市営住宅使用料", 41228, 39000, 47903, 46552)]

SHEETS = [
    {"name": "市税", "no": "01", "ka": "財務部収納課",
     "rates": {"現年度分": (95.8, 95.5, 98.9, 98.8, 98.9), "過年度分": (27.4, 26.1, 30.2, 29.6, 30.0)},
     "items": [("(1)", "納期限後２０日を目途に督促状を発送し、督促後の未納者には電話催告を集中的に行う。"),
               ("(2)", "滞納繰越分は預貯金・給与の財産調査を早期に行い、差押えを速やかに執行する。"),
               ("(3)", "滞納処分の執行停止基準に基づき、徴収の見込みがない案件の整理を進める。")],
     "status": "２月末現在、現年度分の徴収率は対前年同期比０．３ポイント増、過年度分は１．３ポイント増と、いずれも前年度を上回って推移している。差押件数は１，０２４件（前年同期９６８件）で、引き続き年度末に向けて滞納整理を進める。"},
    {"name": "国民健康保険税", "no": "03", "ka": "健康福祉部保険年金課",
     "rates": {"現年度分": (88.4, 88.0, 93.4, 93.2, 93.5), "過年度分": (19.6, 18.9, 22.1, 21.7, 22.0)},
     "items": [("(1)", "口座振替の原則化を進め、新規加入世帯には加入時に口座振替の手続を案内する。"),
               ("(2)", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行を管理する。"),
               ("(3)", "高額滞納案件は収納課へ引き継ぎ、財産調査と滞納処分を一体的に行う。"),
               ("(4)", "資格喪失届が出されていない世帯を把握し、資格の適正化を図る。")],
     "status": "２月末現在の徴収率は、現年度分が前年同期比０．４ポイント増、過年度分が０．７ポイント増となっている。地域別では、黒瀬・安芸津地域で現年度分が前年同期を下回っており、支所と連携した臨戸訪問を３月に実施する。",
     "areas": [("市全体", 88.4, 19.6, 88.0, 18.9), ("西条", 88.9, 20.3, 88.5, 19.4), ("八本松", 89.2, 21.0, 88.6, 20.1),
               ("高屋", 88.1, 18.7, 87.9, 18.2), ("黒瀬", 86.5, 17.4, 86.9, 17.0), ("安芸津", 85.9, 16.8, 86.2, 16.5)]},
    {"name": "保育所保育料", "no": "12", "ka": "こども未来部保育課",
     "rates": {"現年度分": (96.1, 95.7, 99.0, 98.9, 99.0), "過年度分": (14.8, 13.2, 17.5, 16.9, 17.0)},
     "items": [("(1)", "児童手当からの特別徴収（申出徴収）を保護者に案内する。"),
               ("(2)", "退所児童の保護者には、退所時に未納額と納付方法を通知する。")],
     "status": "２月末現在、現年度分は前年同期比０．４ポイント増となった。過年度分は分納中の世帯が多く、分納額の見直しを進めている。"},
    {"name": "市営住宅使用料", "no": "15", "ka": "建設部住宅課",
     "rates": {"現年度分": (95.2, 95.6, 97.8, 98.0, 98.2), "過年度分": (11.3, 12.0, 13.9, 14.5, 15.0)},
     "items": [("(1)", "滞納３か月で連帯保証人に通知し、６か月で明渡し請求の予告を行う。"),
               ("(2)", "退去者の滞納分は、訴訟・支払督促等の法的措置を計画的に行う。")],
     "status": "２月末現在、現年度分・過年度分とも前年同期を下回っている。高額滞納者２名について３月中に明渡し請求訴訟を提起する予定である。"},
]
SUMD = {s[0]: s for s in SUM}


def td(x, cls="r", style=""):
    return f'<td class="{cls}" style="{style}">{x}</td>'


def build():
    facts, inits = [], []
    sheets = []
    # ---- page 1: summary (horizontal rules only)
    hl = "border-bottom: 0.6pt solid black;"
    rows = ""
    tot = [sum(s[i] for s in SUM) for i in range(1, 5)]
    for name, a, b, c, d in SUM + [("合　計", *tot)]:
        st = hl if name != "市営住宅使用料" else "border-bottom: 1.2pt solid black;"
        rows += "<tr>" + td(name, "", st) + "".join(td(comma(v), "r", st) for v in (a, b, c, d)) + td(f"{(c-d):+,}".replace("-", "△").replace("+", ""), "r", st) + "</tr>"
        debt = None if name == "合　計" else name
        facts += [F(debt, 2022, "令和４年度末", "total", "outstanding", "actual", a * 1000, "yen", comma(a), 1, debt_raw=name),
                  F(debt, 2023, "令和５年度目標", "total", "outstanding", "target", b * 1000, "yen", comma(b), 1, debt_raw=name),
                  F(debt, 2023, "令和６年２月末", "total", "outstanding", "interim", c * 1000, "yen", comma(c), 1, as_of=ASOF, debt_raw=name),
                  F(debt, 2022, "前年同期（令和５年２月末）", "total", "outstanding", "interim", d * 1000, "yen", comma(d), 1, as_of=ASOF_P, debt_raw=name)]
    hdr_st = "border-top: 1.2pt solid black; border-bottom: 0.6pt solid black;"
    html1 = f"""<body>
<p class="small" style="text-align:right">令和６年３月</p>
<h1>{TITLE}</h1>
<p style="text-align:right">東広島市債権管理推進会議</p>
<h2>１　計画の概要</h2>
<p>　本市では、東広島市債権管理条例に基づき、未収金残高の大きい債権について毎年度「債権回収・整理計画」を定め、回収と整理の両面から未収金の縮減に取り組んでいる。本資料は、令和５年度計画の令和６年２月末（２月２９日）時点の進捗をまとめたものである。</p>
<h2>２　未収金残高の状況</h2>
<p class="small" style="text-align:right">（単位：千円）</p>
<table style="width:100%">
<tr><th class="c" style="{hdr_st}">債権名</th><th class="c" style="{hdr_st}">令和４年度末<br>残高（実績）</th><th class="c" style="{hdr_st}">令和５年度末<br>残高（目標）</th><th class="c" style="{hdr_st}">令和６年<br>２月末残高</th><th class="c" style="{hdr_st}">前年同期<br>（R5.2月末）</th><th class="c" style="{hdr_st}">前年同期比</th></tr>
{rows}
</table>
<p class="small">注）２月末残高には、令和５年度調定分のうち納期未到来分を含まない。前年同期比の△は減少を示す。</p>
<h2>３　債権別の進捗</h2>
<p>　債権ごとの進捗は次ページ以降の個票のとおり。徴収率は２月末時点の累計で、前年同期は令和５年２月末（２月２８日）時点の値である。</p>
</body>"""
    sheets.append((html1, A4P))
    page = 2
    for sh in SHEETS:
        name = sh["name"]
        s = SUMD[name]
        R = sh["rates"]
        th2 = "border: 0.6pt solid black; background-color: #e8e8e8;"
        bd = "border: 0.6pt solid black;"
        rrows = ""
        segmap = {"現年度分": "current", "過年度分": "arrears"}
        for seg, (feb, feb_p, est, prev, tgt) in R.items():
            diff = round(feb - feb_p, 1)
            ds = (f"{diff:+.1f}").replace("-", "△").replace("+", "＋")
            rrows += f'<tr><td class="c" style="{bd}">{seg}</td>' + "".join(td(f"{v:.1f}", "r", bd) for v in (feb, est, tgt)) + td(f"{feb_p:.1f}", "r", bd) + td(f"{prev:.1f}", "r", bd) + td(ds, "r", bd) + "</tr>"
            sg = segmap[seg]
            facts += [F(name, 2023, "令和５年度２月末", sg, "collection_rate", "interim", feb, "percent", f"{feb:.1f}", page, as_of=ASOF),
                      F(name, 2023, "令和５年度決算見込", sg, "collection_rate", "estimate", est, "percent", f"{est:.1f}", page),
                      F(name, 2023, "令和５年度目標", sg, "collection_rate", "target", tgt, "percent", f"{tgt:.1f}", page),
                      F(name, 2022, "令和４年度２月末", sg, "collection_rate", "interim", feb_p, "percent", f"{feb_p:.1f}", page, as_of=ASOF_P),
                      F(name, 2022, "令和４年度決算", sg, "collection_rate", "actual", prev, "percent", f"{prev:.1f}", page)]
        items = "".join(f"<p style='margin-left:12pt'>{lab}　{t}</p>" for lab, t in sh["items"])
        for lab, t in sh["items"]:
            inits.append(I(name, 2023, "主な取組", lab, t, None, page))
        ob = f"{comma(s[3])}千円"
        op = f"{comma(s[4])}千円"
        facts += [F(name, 2023, "２月末", "total", "outstanding", "interim", s[3] * 1000, "yen", ob, page, as_of=ASOF),
                  F(name, 2022, "前年同期", "total", "outstanding", "interim", s[4] * 1000, "yen", op, page, as_of=ASOF_P)]
        area_html = ""
        if "areas" in sh:
            ar = ""
            for a, c1, p1, c0, p0 in sh["areas"]:
                ar += f'<tr><td style="{bd}">{a}</td>' + "".join(td(f"{v:.1f}%", "r", bd) for v in (c1, p1, c0, p0)) + "</tr>"
                area = None if a == "市全体" else a
                facts += [F(name, 2023, "R6.2月末", "current", "collection_rate", "interim", c1, "percent", f"{c1:.1f}%", page, as_of=ASOF, area=area),
                          F(name, 2023, "R6.2月末", "arrears", "collection_rate", "interim", p1, "percent", f"{p1:.1f}%", page, as_of=ASOF, area=area),
                          F(name, 2022, "R5.2月末", "current", "collection_rate", "interim", c0, "percent", f"{c0:.1f}%", page, as_of=ASOF_P, area=area),
                          F(name, 2022, "R5.2月末", "arrears", "collection_rate", "interim", p0, "percent", f"{p0:.1f}%", page, as_of=ASOF_P, area=area)]
            area_html = f"""<h3>【参考】地域別の徴収率（２月末）</h3>
<table><tr><th rowspan="2" style="{th2}">地域</th><th colspan="2" style="{th2}">R6.2月末</th><th colspan="2" style="{th2}">R5.2月末</th></tr>
<tr><th style="{th2}">現年度分</th><th style="{th2}">過年度分</th><th style="{th2}">現年度分</th><th style="{th2}">過年度分</th></tr>{ar}</table>"""
        html = f"""<body>
<table style="width:100%"><tr><td width="70" style="{bd} background-color:#e8e8e8" class="c">債権名</td><td width="250" style="{bd}">{name}</td>
<td width="60" style="{bd} background-color:#e8e8e8" class="c">整理番号</td><td width="40" style="{bd}" class="c">{sh['no']}</td>
<td width="50" style="{bd} background-color:#e8e8e8" class="c">所管</td><td width="280" style="{bd}">{sh['ka']}</td></tr></table>
<h3>１　徴収率の状況　<span class="small">（単位：％）</span></h3>
<table style="width:100%">
<tr><th rowspan="2" width="100" style="{th2}">区分</th><th colspan="3" style="{th2}">令和５年度</th><th colspan="2" style="{th2}">令和４年度</th><th rowspan="2" style="{th2}">増減<br>（２月末）</th></tr>
<tr><th width="95" style="{th2}">２月末</th><th width="95" style="{th2}">決算見込</th><th width="95" style="{th2}">目標</th><th width="95" style="{th2}">２月末</th><th width="95" style="{th2}">決算</th></tr>
{rrows}</table>
<p>２月末未収金残高　{ob}（前年同期　{op}）</p>
<h3>２　主な取組</h3>
{items}
<h3>３　取組状況（２月末）</h3>
<p style="margin-left:12pt">・{sh['status']}</p>
{area_html}
</body>"""
        sheets.append((html, A4L))
        page += 1
    tmp = OUT / f"{STEM}.raw.pdf"
    OUT.mkdir(exist_ok=True)
    starts, counts = render(tmp, sheets)
    assert counts == [1] * len(sheets), counts
    finish(tmp, PDF / f"{STEM}.pdf", header="令和５年度 債権回収・整理計画（２月末進捗）", footer="- {p} -")
    document = {"kind": "progress_report", "municipality": CITY, "title": TITLE, "date": "2024-03-01", "date_raw": "令和６年３月"}
    return write_gold(STEM, document, facts, inits)


if __name__ == "__main__":
    print(build())
