"""fd_iwakuni_minutes_1: a council committee record (総務常任委員会記録) with an appended 資料 page.

Tool chain: HTML/CSS -> chromium --headless --print-to-pdf.
Run from corpus/frozen30:  python3 build/fd_iwakuni_minutes_1.py
"""
from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fd_common import Gold, PDF_DIR, WORK, check, num, rate, rdiff, tri, write_gold, zen  # noqa: E402

STEM = "fd_iwakuni_minutes_1"
CITY = "岩国市"
g = Gold()

# ---------------------------------------------------------------- data (千円)
# debt -> segment -> (調定額, 収入済額, 不納欠損額) ; 収入未済額 = A - C - W
FY = 2024
DATA = {
    "市税": {"current": (18642315, 18477902, 0), "arrears": (612480, 192611, 48210)},
    "国民健康保険税": {"current": (2315460, 2185318, 0), "arrears": (498733, 120195, 36542)},
    "保育料": {"current": (398700, 395500, 0), "arrears": (13950, 4550, 0)},
}
CANON = {"市税": "市税", "国民健康保険税": "国民健康保険料", "保育料": "保育所保育料"}
# previous year (令和5年度) rates printed in brackets
PREV_RATE = {
    ("市税", "current"): 98.97, ("市税", "arrears"): 29.86, ("市税", "total"): 96.76,
    ("国民健康保険税", "current"): 93.82, ("国民健康保険税", "arrears"): 23.41, ("国民健康保険税", "total"): 81.47,
    ("保育料", "current"): 99.31, ("保育料", "arrears"): 35.08, ("保育料", "total"): 96.88,
    ("合計", "total"): 94.83,
}
PREV_OUT = {"市税": 567480, "国民健康保険税": 505318}   # 令和5年度末 収入未済額 (千円)
PREV_WO_CITYTAX = 53640                                  # 令和5年度 市税 不納欠損額 (千円)


def seg_rows(debt):
    d = DATA[debt]
    rows = {}
    for s in ("current", "arrears"):
        a, c, w = d[s]
        rows[s] = (a, c, w, a - c - w, rate(c, a))
    a = sum(d[s][0] for s in d)
    c = sum(d[s][1] for s in d)
    w = sum(d[s][2] for s in d)
    rows["total"] = (a, c, w, a - c - w, rate(c, a))
    return rows


ROWS = {k: seg_rows(k) for k in DATA}
GA = sum(ROWS[k]["total"][0] for k in DATA)
GC = sum(ROWS[k]["total"][1] for k in DATA)
GW = sum(ROWS[k]["total"][2] for k in DATA)
GRAND = (GA, GC, GW, GA - GC - GW, rate(GC, GA))


def okuman(v_sen: int, unit=100) -> tuple[int, str]:
    """千円 figure -> (rounded yen, '５億３，６００万円') rounded to `unit` 万円."""
    man = round(v_sen / 10 / unit) * unit          # 万円
    oku, rest = divmod(man, 10000)
    s = (f"{oku}億" if oku else "") + (f"{rest:,}万円" if rest else "円")
    return man * 10000, zen(s)


# ---------------------------------------------------------------- text with facts
P = {}  # page texts are built below


def F(page, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, approx=False, as_of=None):
    return g.fact(page, CANON.get(debt) if debt else None, debt, fy, fy_raw, seg, metric, basis,
                  value, unit, raw, approx=approx, as_of=as_of)


ct = ROWS["市税"]
kk = ROWS["国民健康保険税"]
hk = ROWS["保育料"]

out24_yen, out24_txt = okuman(ct["total"][3])
dout = ct["total"][3] - PREV_OUT["市税"]
dout_yen, dout_txt = okuman(abs(dout))
wo24_yen, wo24_txt = okuman(ct["total"][2], unit=10)
wo23_yen, wo23_txt = okuman(PREV_WO_CITYTAX, unit=10)
hk_out_yen, hk_out_txt = okuman(hk["total"][3], unit=10)
hk_arr_yen, hk_arr_txt = okuman(hk["arrears"][3], unit=10)
kk_cur_diff = rdiff(kk["current"][4], PREV_RATE[("国民健康保険税", "current")])
ct_tot_diff = rdiff(ct["total"][4], PREV_RATE[("市税", "total")])

SEC1 = "議案第１１８号　令和７年度岩国市一般会計補正予算（第６号）（本委員会所管分）"
SEC2 = "所管事務調査　市税等の収納対策について"
SEC3 = "閉会中の継続審査について"

# statements: (page, name, title, section, [paragraphs])
ST = []


def S(page, name, title, section, *paras):
    ST.append((page, name, title, section, list(paras)))


S(2, "藤井", "委員長", SEC1,
  "ただいまから総務常任委員会を開会いたします。本日は、お手元に配付しております日程により審査を進めます。"
  "初めに、議案第１１８号令和７年度岩国市一般会計補正予算（第６号）のうち、本委員会の所管分を議題といたします。執行部の説明を求めます。")
S(2, "石田", "総務部長", SEC1,
  "議案第１１８号のうち、本委員会所管分についてご説明いたします。歳出の総務費では、法人市民税の予定納税に係る還付が当初の見込みを上回ったことから、"
  "市税過誤納還付金を増額するものでございます。歳入では、特定財源としての過年度分の収入を見込んでおります。よろしくご審査くださいますようお願いいたします。")
S(2, "藤井", "委員長", SEC1,
  "説明が終わりました。質疑はございませんか。")
S(2, "藤井", "委員長", SEC1,
  "質疑がないようですので、採決いたします。本案は原案のとおり可決すべきものと決することにご異議ございませんか。")
S(2, "藤井", "委員長", SEC1,
  "ご異議なしと認めます。よって、議案第１１８号は原案のとおり可決すべきものと決しました。")
S(2, "藤井", "委員長", SEC2,
  "次に、所管事務調査「市税等の収納対策について」を議題といたします。執行部の説明を求めます。")
S(2, "岡本", "収納課長", SEC2,
  "お手元の資料によりご説明いたします。令和６年度決算における市税の収納率は、現年課税分が"
  + F(2, "市税", FY, "令和６年度", "current", "collection_rate", "actual", ct["current"][4], "percent", zen(f"{ct['current'][4]:.2f}") + "％")
  + "、滞納繰越分が"
  + F(2, "市税", FY, "令和６年度", "arrears", "collection_rate", "actual", ct["arrears"][4], "percent", zen(f"{ct['arrears'][4]:.2f}") + "％")
  + "、合計で"
  + F(2, "市税", FY, "令和６年度", "total", "collection_rate", "actual", ct["total"][4], "percent", zen(f"{ct['total'][4]:.2f}") + "％")
  + "となり、前年度と比べ合計で"
  + F(2, "市税", FY, "令和６年度", "total", "difference", "actual", ct_tot_diff, "points", zen(f"{ct_tot_diff:.2f}") + "ポイント")
  + "上昇いたしました。",
  "また、収入未済額は約"
  + F(2, "市税", FY, "令和６年度", "total", "outstanding", "actual", out24_yen, "yen", out24_txt, approx=True)
  + "で、前年度から約"
  + F(2, "市税", FY, "令和６年度", "total", "difference", "actual", -dout_yen, "yen", dout_txt, approx=True)
  + "減少しております。新規の滞納を発生させないよう、納期限後の早期の文書催告と電話催告を組み合わせて実施した効果が現れたものと考えております。")

S(3, "山下", "委員", SEC2,
  "現年課税分は高い水準を維持しているようですが、滞納繰越分は依然として低い水準にとどまっているように見えます。"
  "滞納繰越分の中には回収が難しい案件も相当数あると思いますが、不納欠損の状況はどうなっているのか伺います。")
S(3, "岡本", "収納課長", SEC2,
  "令和６年度の市税の不納欠損額は約"
  + F(3, "市税", FY, "令和６年度", "total", "written_off", "actual", wo24_yen, "yen", wo24_txt, approx=True)
  + "で、前年度の約"
  + F(3, "市税", FY - 1, "前年度", "total", "written_off", "actual", wo23_yen, "yen", wo23_txt, approx=True)
  + "から減少いたしました。財産調査の結果、滞納処分をすることができる財産がない案件については、執行停止を適正に行い、"
  "その上で時効の完成したものを欠損処理しております。なお、令和６年度末の市税の滞納者数は"
  + F(3, "市税", FY, "令和６年度末", "total", "delinquents", "actual", 2106, "persons", "２，１０６人")
  + "で、財産が判明した案件については、預貯金や給与の差押えを着実に進めております。")
S(3, "山下", "委員", SEC2,
  "国民健康保険税についても状況を伺います。")
S(3, "河野", "保険年金課長", SEC2,
  "国民健康保険税の令和６年度の収納率は、現年課税分で"
  + F(3, "国民健康保険税", FY, "令和６年度", "current", "collection_rate", "actual", kk["current"][4], "percent", zen(f"{kk['current'][4]:.2f}") + "％")
  + "、前年度比"
  + F(3, "国民健康保険税", FY, "令和６年度", "current", "difference", "actual", kk_cur_diff, "points", zen(f"{kk_cur_diff:.2f}") + "ポイント")
  + "の上昇となり、滞納繰越分では"
  + F(3, "国民健康保険税", FY, "令和６年度", "arrears", "collection_rate", "actual", kk["arrears"][4], "percent", zen(f"{kk['arrears'][4]:.2f}") + "％")
  + "となりました。本年度につきましては、１１月末現在で現年課税分の収納率が"
  + F(3, "国民健康保険税", FY + 1, "本年度", "current", "collection_rate", "interim", 58.21, "percent", "５８．２１％", as_of="2025-11-30")
  + "となっており、前年同月の"
  + F(3, "国民健康保険税", FY, "前年同月", "current", "collection_rate", "interim", 57.64, "percent", "５７．６４％", as_of="2024-11-30")
  + "を上回って推移しております。")
S(3, "中川", "委員", SEC2,
  "保育料の滞納について、児童手当からの徴収なども含めて、どのような取組をしているのか伺います。")
S(3, "森", "こども・子育て支援課長", SEC2,
  "保育料の収入未済額は、令和６年度末で約"
  + F(3, "保育料", FY, "令和６年度末", "total", "outstanding", "actual", hk_out_yen, "yen", hk_out_txt, approx=True)
  + "、このうち滞納繰越分が約"
  + F(3, "保育料", FY, "令和６年度末", "arrears", "outstanding", "actual", hk_arr_yen, "yen", hk_arr_txt, approx=True)
  + "となっております。滞納世帯数は、令和６年度末で"
  + F(3, "保育料", FY, "令和６年度末", "total", "delinquents", "actual", 42, "households", "４２世帯")
  + "です。保護者の同意を得た上で児童手当から保育料を徴収する取組を継続しているほか、"
  "卒園された世帯については、収納課と連携して納付相談の機会を設けております。")
S(3, "中川", "委員", SEC2,
  "最後に、市税等の収納対策について、今後の目標と取組の方向性を伺います。")
S(3, "石田", "総務部長", SEC2,
  "来年度からの第３次の収納対策実施計画では、令和８年度の市税の合計収納率の目標を"
  + F(3, "市税", 2026, "令和８年度", "total", "collection_rate", "target", 97.20, "percent", "９７．２０％")
  + "としております。スマートフォン決済の利用拡大と口座振替の勧奨により納期内納付を促すとともに、"
  "滞納整理の進行管理を徹底し、収入未済額の縮減に取り組んでまいります。")
S(4, "藤井", "委員長", SEC2,
  "ほかに質疑はございませんか。以上で、所管事務調査を終わります。")
S(4, "藤井", "委員長", SEC3,
  "次に、閉会中の継続審査についてお諮りいたします。本委員会の所管事務調査について、閉会中も継続して審査することとし、"
  "議長に申し出ることにご異議ございませんか。")
S(4, "藤井", "委員長", SEC3,
  "ご異議なしと認め、そのように決しました。以上で本日の委員会を閉会いたします。")

# ---------------------------------------------------------------- attendees
MEMBERS = [("委員長", "藤井　健一"), ("副委員長", "松本　由香"), ("委員", "山下　哲也"), ("委員", "中川　久美子"),
           ("委員", "西村　浩"), ("委員", "大田　誠二"), ("委員", "竹本　昌子"), ("委員", "原田　正樹")]
STAFF = [("総務部長", "石田　浩二"), ("総務部次長", "中村　誠"), ("収納課長", "岡本　晃"), ("収納課主幹", "西田　恵"),
         ("健康・福祉部長", "上田　直樹"), ("保険年金課長", "河野　聡"), ("こども・子育て支援課長", "森　美紀")]
SECRET = [("議事課長", "吉村　隆"), ("議事課主任", "田村　彩")]
AGENDA = [
    "議案第１１８号　令和７年度岩国市一般会計補正予算（第６号）（本委員会所管分）",
    "所管事務調査　市税等の収納対策について",
    "閉会中の継続審査について",
]
MATERIALS = ["市税等の収納状況について（総務部収納課）"]

# ---------------------------------------------------------------- HTML
E = html.escape
CSS = """
@font-face { font-family: 'IPAexM'; src: url('file:///usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'); }
@font-face { font-family: 'IPAexG'; src: url('file:///usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'); }
@page { size: A4; margin: 20mm 20mm 18mm 22mm; }
body { font-family: 'IPAexM'; font-size: 10.5pt; line-height: 1.75; color: #000; }
.page { page-break-after: always; position: relative; height: 252mm; overflow: hidden; }
.page:last-child { page-break-after: auto; }
h1 { font-family: 'IPAexG'; font-size: 15pt; text-align: center; margin: 0 0 2mm 0; letter-spacing: 0.3em; }
.session { text-align: center; font-size: 11pt; margin: 4mm 0 1mm 0; }
.frame { border: 1.2px solid #000; padding: 3mm 5mm; margin-top: 4mm; }
table.info { border-collapse: collapse; width: 100%; }
table.info td { vertical-align: top; padding: 0.6mm 1mm; }
table.info td.h { width: 33mm; white-space: nowrap; font-family: 'IPAexG'; }
table.names td { padding: 0 3mm 0 0; }
.rule { text-align: center; margin: 3mm 0; letter-spacing: 0.1em; }
p.st { text-indent: -1em; margin: 0 0 1.6mm 1em; }
p.cont { text-indent: 1em; margin: 0 0 1.6mm 1em; }
p.aside { margin: 0 0 1.6mm 3em; }
.sec { font-family: 'IPAexG'; margin: 3mm 0 2mm 0; }
.foot { position: absolute; bottom: 0; width: 100%; text-align: center; font-size: 9pt; }
.mat { font-family: 'IPAexG'; }
.mat h2 { font-size: 13pt; text-align: center; margin: 2mm 0 1mm 0; }
.mat .right { text-align: right; font-size: 9.5pt; }
.cap { font-size: 10pt; margin: 6mm 0 1mm 0; }
table.box { border-collapse: collapse; width: 100%; border: 1.5px solid #000; font-size: 8.6pt; }
table.box th, table.box td { border: 0.6px solid #000; padding: 1.2mm 1mm; }
table.box th { background: #e6e6e6; font-weight: normal; }
table.box td.n { text-align: right; white-space: nowrap; }
table.box tr.grand td { border-top: 1.4px double #000; font-weight: bold; }
.src { font-size: 8.5pt; margin-top: 1mm; }
.note { font-size: 8.5pt; margin: 0.5mm 0 0 0; }
.ref { border: 1px solid #000; padding: 2mm 4mm; margin-top: 6mm; font-size: 9.5pt; width: 62%; }
"""


def speaker_html(name, title):
    return f"○{E(name)}{E(title)}"


def page1():
    mem = "".join(f"<tr><td>{E(r)}</td><td>{E(n)}</td></tr>" for r, n in MEMBERS)
    stf = "".join(f"<tr><td>{E(t)}</td><td>{E(n)}</td></tr>" for t, n in STAFF)
    sec = "".join(f"<tr><td>{E(t)}</td><td>{E(n)}</td></tr>" for t, n in SECRET)
    ag = "<br>".join(f"（{zen(i + 1)}）{E(a)}" for i, a in enumerate(AGENDA))
    return f"""
<div class="page">
<div class="session">令和７年１２月定例会</div>
<h1>総務常任委員会記録（第５回）</h1>
<div class="frame"><table class="info">
<tr><td class="h">１　開会日時</td><td>令和７年１２月１１日（木）　午前１０時００分開会　午前１１時４２分閉会</td></tr>
<tr><td class="h">２　開会場所</td><td>第２委員会室</td></tr>
<tr><td class="h">３　出席委員（８名）</td><td><table class="names">{mem}</table></td></tr>
<tr><td class="h">４　欠席委員</td><td>なし</td></tr>
<tr><td class="h">５　説明のため出席<br>　　した者（７名）</td><td><table class="names">{stf}</table></td></tr>
<tr><td class="h">６　事務局職員<br>　　（２名）</td><td><table class="names">{sec}</table></td></tr>
<tr><td class="h">７　付議事件</td><td>{ag}</td></tr>
<tr><td class="h">８　配付資料</td><td>{E(MATERIALS[0])}</td></tr>
</table></div>
<div class="foot">－１－</div>
</div>"""


def statements_html(page_no):
    out = []
    cur_sec = None
    for i, (pg, name, title, section, paras) in enumerate(ST):
        if pg != page_no:
            continue
        if section != cur_sec:
            # section heading printed where the section starts
            first_of_sec = all(s[3] != section for s in ST[:i])
            if first_of_sec:
                num_ = AGENDA.index(section) + 1
                out.append(f'<div class="sec">〔{zen(num_)}〕{E(section)}</div>')
            cur_sec = section
        out.append(f'<p class="st">{speaker_html(name, title)}　{E(paras[0])}</p>')
        for p in paras[1:]:
            out.append(f'<p class="cont">{E(p)}</p>')
        if i in ASIDES:
            out.append(f'<p class="aside">{E(ASIDES[i])}</p>')
    return "\n".join(out)


ASIDES = {3: "（「異議なし」と呼ぶ者あり）", 16: "（「異議なし」と呼ぶ者あり）"}


def stmt_page(page_no, head=""):
    return f"""<div class="page">{head}
{statements_html(page_no)}
<div class="foot">－{zen(page_no)}－</div></div>"""


def material_page(pg):
    caption = "表１　市税等の収納状況（令和６年度決算）　（単位：千円、％）"
    segname = {"current": "現年課税分", "arrears": "滞納繰越分", "total": "計"}
    body = []
    for debt in DATA:
        for j, s in enumerate(("current", "arrears", "total")):
            a, c, w, o, r = ROWS[debt][s]
            prev = PREV_RATE[(debt, s)]
            d = rdiff(r, prev)
            cells = []
            if j == 0:
                cells.append(f'<td rowspan="3">{E(debt)}</td>')
            cells.append(f"<td>{segname[s]}</td>")
            cells.append(f'<td class="n">{F(pg, debt, FY, "令和６年度", s, "assessed", "actual", a * 1000, "yen", num(a))}</td>')
            cells.append(f'<td class="n">{F(pg, debt, FY, "令和６年度", s, "collected", "actual", c * 1000, "yen", num(c))}</td>')
            if w:
                cells.append(f'<td class="n">{F(pg, debt, FY, "令和６年度", s, "written_off", "actual", w * 1000, "yen", num(w))}</td>')
            else:
                cells.append('<td class="n">－</td>')
            cells.append(f'<td class="n">{F(pg, debt, FY, "令和６年度", s, "outstanding", "actual", o * 1000, "yen", num(o))}</td>')
            mark = "※2" if (debt, s) == ("市税", "arrears") else ""
            r_raw = F(pg, debt, FY, "令和６年度", s, "collection_rate", "actual", r, "percent", f"{r:.2f}")
            p_raw = F(pg, debt, FY - 1, "令和５年度", s, "collection_rate", "actual", prev, "percent", f"{prev:.2f}")
            cells.append(f'<td class="n">{r_raw}{mark}（{p_raw}）</td>')
            d_raw = F(pg, debt, FY, "令和６年度", s, "difference", "actual", d, "points", tri(d, nd=2))
            cells.append(f'<td class="n">{d_raw}</td>')
            body.append("<tr>" + "".join(cells) + "</tr>")
    a, c, w, o, r = GRAND
    prev = PREV_RATE[("合計", "total")]
    d = rdiff(r, prev)

    def G(metric, v, unit, raw, fy=FY, fyr="令和６年度"):
        return g.fact(pg, None, "合計", fy, fyr, "total", metric, "actual", v, unit, raw)
    body.append('<tr class="grand"><td colspan="2">合計</td>'
                f'<td class="n">{G("assessed", a * 1000, "yen", num(a))}</td>'
                f'<td class="n">{G("collected", c * 1000, "yen", num(c))}</td>'
                f'<td class="n">{G("written_off", w * 1000, "yen", num(w))}</td>'
                f'<td class="n">{G("outstanding", o * 1000, "yen", num(o))}</td>'
                f'<td class="n">{G("collection_rate", r, "percent", f"{r:.2f}")}（{G("collection_rate", prev, "percent", f"{prev:.2f}", FY - 1, "令和５年度")}）</td>'
                f'<td class="n">{G("difference", d, "points", tri(d, nd=2))}</td></tr>')
    ref_items = []
    for debt, v in PREV_OUT.items():
        raw = F(pg, debt, FY - 1, "令和５年度末", "total", "outstanding", "actual", v * 1000, "yen", f"{num(v)}千円")
        ref_items.append(f"・{E(debt)}の収入未済額（令和５年度末）：{raw}")
    return f"""<div class="page mat">
<div class="right">総務常任委員会資料<br>令和７年１２月１１日<br>総務部収納課</div>
<h2>市税等の収納状況について</h2>
<div class="cap">{caption}</div>
<table class="box">
<thead><tr><th colspan="2">区分</th><th>調定額※1</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率（前年度）</th><th>収納率の差</th></tr></thead>
<tbody>{''.join(body)}</tbody></table>
<div class="src">出典：令和６年度岩国市歳入歳出決算書、国民健康保険特別会計決算書</div>
<div class="note">※1　調定額は、還付未済額を含まない。　※2　滞納繰越分は、執行停止中の案件を含む。</div>
<div class="note">（　）内は令和５年度決算の収納率。収納率の差は令和６年度と令和５年度の差（△は低下）。</div>
<div class="ref">【参考】<br>{'<br>'.join(ref_items)}</div>
<div class="foot">－{zen(pg)}－</div>
</div>"""


def build():
    pages = [page1(),
             stmt_page(2, '<div class="rule">――――――――――――――――――――――――――</div>'
                          '<div class="sec">審査の経過</div>'
                          '<p class="aside" style="margin-left:0">午前１０時００分　開会</p>'),
             stmt_page(3), stmt_page(4), None]
    pages[3] = pages[3].replace('<div class="foot">', '<p class="aside">午前１１時４２分　閉会</p><div class="foot">')
    pages[4] = material_page(5)
    doc = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
    src = WORK / f"{STEM}.html"
    src.write_text(doc, encoding="utf-8")
    out = PDF_DIR / f"{STEM}.pdf"
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", "--allow-file-access-from-files", src.as_uri()],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    attendees = ([{"role": r, "title": None, "name": n.replace("　", " ")} for r, n in MEMBERS]
                 + [{"role": "説明員", "title": t, "name": n.replace("　", " ")} for t, n in STAFF]
                 + [{"role": "事務局", "title": t, "name": n.replace("　", " ")} for t, n in SECRET])
    statements = [{"speaker": f"{n}{t}", "section": sec, "text": "\n".join(p), "page": pg}
                  for pg, n, t, sec, p in ST]
    title = "総務常任委員会記録（第５回）"
    minutes = {"title": title, "meeting_number": 5, "date": "2025-12-11", "method": None,
               "attendees": attendees, "agenda": AGENDA, "materials": MATERIALS, "statements": statements}
    document = {"kind": "minutes", "family": "minutes", "municipality": CITY, "title": title,
                "date": "2025-12-11", "date_raw": "令和７年１２月１１日"}
    write_gold(STEM, document, g, minutes)
    return check(STEM)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
