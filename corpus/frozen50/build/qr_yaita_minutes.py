"""qr_yaita_minutes_1: 市議会 常任委員会 会議録 on the settled year's 収納状況 (HTML -> chromium, Mincho).
Run from corpus/frozen50:  python3 build/qr_yaita_minutes.py"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from qr_common import Gold, PDF_DIR, WORK, rate, c, tri, f2, chromium_pdf, zen  # noqa: E402

STEM = "qr_yaita_minutes_1"
CITY = "矢板市"
MTITLE = "矢板市議会総務常任委員会会議録"
G = Gold(STEM, "minutes", "minutes", CITY, MTITLE, "2024-09-12", "令和6年9月12日（木）")
K = 1000

# settled figures (千円)
TAX = {2022: dict(ta=6790450, tc=6592300, w=22910, cr=98.97, ar=25.31),
       2023: dict(ta=6845120, tc=6673204, w=23840, cr=99.12, ar=28.64)}
KOKU = {2022: dict(ta=1440210, tc=1168660, w=21350), 2023: dict(ta=1412880, tc=1160430, w=21350)}
for dct in (TAX, KOKU):
    for fy, x in dct.items():
        x["tr"] = rate(x["tc"], x["ta"])
        x["out"] = x["ta"] - x["tc"] - x["w"]
KOKU[2023].update(cr=93.85, ar=22.40)


def man(k):  # 千円 -> 'N億N,NNN万円' rounded to 万円, value in yen
    v = int(round(k / 10))  # 万円
    oku, m = divmod(v, 10000)
    return (f"{oku}億" if oku else "") + (f"{m:,}万円" if m else "円"), v * 10000


pages = []
CSS = """
@font-face { font-family: 'IPAexM'; src: url('file:///usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'); }
@font-face { font-family: 'IPAexG'; src: url('file:///usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'); }
@page { size: A4; margin: 0 }
body { margin: 0; font-family: 'IPAexM'; font-size: 10.5pt; color: #000; }
.page { width: 210mm; height: 296mm; padding: 18mm 22mm 0 22mm; box-sizing: border-box; position: relative;
        page-break-after: always; overflow: hidden; }
.hdr { position: absolute; top: 9mm; right: 22mm; font-size: 8pt; color: #444; }
.ftr { position: absolute; bottom: 9mm; left: 0; right: 0; text-align: center; font-size: 9.5pt; }
h1 { font-size: 15pt; text-align: center; margin: 4mm 0 5mm 0; letter-spacing: 2px; font-weight: normal; }
.item { margin: 1.6mm 0 0.6mm 0; }
.list { margin-left: 8mm; display: grid; grid-template-columns: 56mm 30mm 56mm 30mm; row-gap: 0.6mm; font-size: 10pt; }
p.s { margin: 1.8mm 0; line-height: 1.75; text-indent: -1em; padding-left: 1em; text-align: justify; }
p.n { margin: 1mm 0; line-height: 1.7; text-indent: 1em; }
.rule { border-top: 1px solid #000; margin: 3mm 0; }
table { border-collapse: collapse; font-size: 8.6pt; width: 100%; }
td, th { border: 0.6px solid #000; padding: 1.2mm 1.5mm; }
th { font-weight: normal; background: #eee; }
td.n { text-align: right; }
.cap { display: flex; justify-content: space-between; font-family: 'IPAexG'; font-size: 9.5pt; margin-top: 4mm; }
"""


def page(body, no):
    pages.append(f'<div class="page"><div class="hdr">令和6年9月定例会　総務常任委員会</div>{body}'
                 f'<div class="ftr">－{zen(str(no))}－</div></div>')


statements = []


def say(p, speaker, text, section, mark="○"):
    statements.append({"speaker": speaker, "section": section, "text": text, "page": p})
    return f'<p class="s">{mark}{speaker}　{text}</p>'


# ---------------------------------------------------------------- p1
P = 1
members = [("委員長", "石川　宏行"), ("副委員長", "関谷　由美"), ("委員", "渡辺　健一"), ("委員", "高野　純子"),
           ("委員", "大森　孝"), ("委員", "佐藤　公平")]
absent = [("委員", "小林　正人")]
officials = [("総務部長", "沼尾　浩一"), ("税務課長", "鈴木　達也"), ("税務課長補佐兼収納対策担当", "阿久津　恵"),
             ("保険年金課長", "手塚　修"), ("子ども・家庭支援課長", "藤田　明美"), ("都市整備課長", "齋藤　隆"),
             ("上下水道事務所長", "星　正樹")]
office = [("議会事務局長", "君島　誠"), ("議事係長", "荒井　優")]
agenda = ["認定第1号　令和5年度矢板市一般会計歳入歳出決算の認定について（所管部分）",
          "認定第2号　令和5年度矢板市国民健康保険特別会計歳入歳出決算の認定について（所管部分）",
          "所管事務調査　市税等の収納状況について"]


def grid(lst):
    return '<div class="list">' + "".join(f"<span>{t}</span><span>{n}</span>" for t, n in lst) + "</div>"


SEC1 = "認定第1号"
tx23, tx22 = TAX[2023], TAX[2022]
ta_s, ta_v = man(tx23["ta"])
tc_s, tc_v = man(tx23["tc"])
w_s, w_v = man(tx23["w"])
o_s, o_v = man(tx23["out"])
dpt = round(tx23["tr"] - tx22["tr"], 2)
yo = round(tx23["tc"] / tx22["tc"] * 100, 1)
s_open = ("ただいまから総務常任委員会を開会いたします。ただいまの出席委員は６名であります。小林委員から欠席の届出がありましたので御報告いたします。"
          "本日の審査日程は、お手元に配付のとおりであります。初めに、認定第１号を議題といたします。執行部の説明を求めます。")
s_bucho = (f"それでは、認定第１号のうち、総務部所管の歳入について御説明いたします。令和５年度の市税の決算額は、調定額{ta_s}に対し、"
           f"収入済額{tc_s}、収納率は{tx23['tr']:.2f}％となり、前年度比{dpt:.2f}ポイントの上昇となりました。"
           f"収入済額は前年度比{yo:.1f}％でございます。不納欠損額は{w_s}、収入未済額は{o_s}となっております。以上で説明を終わります。")
G.fact(P, "市税", "市税", 2023, "令和５年度", "total", "assessed", "actual", ta_v, "yen", ta_s)
G.fact(P, "市税", "市税", 2023, "令和５年度", "total", "collected", "actual", tc_v, "yen", tc_s)
G.fact(P, "市税", "市税", 2023, "令和５年度", "total", "collection_rate", "actual", tx23["tr"], "percent", f"{tx23['tr']:.2f}％")
G.fact(P, "市税", "市税", 2023, "令和５年度", "total", "difference", "actual", dpt, "points", f"前年度比{dpt:.2f}ポイント")
G.fact(P, "市税", "市税", 2023, "令和５年度", "total", "yoy_ratio", "actual", yo, "percent", f"前年度比{yo:.1f}％")
G.fact(P, "市税", "市税", 2023, "令和５年度", "total", "written_off", "actual", w_v, "yen", w_s)
G.fact(P, "市税", "市税", 2023, "令和５年度", "total", "outstanding", "actual", o_v, "yen", o_s)
body = f"""
<h1>総務常任委員会会議録</h1>
<div class="item">１　日　時　　令和6年9月12日（木）　午前10時00分開会　午前11時35分閉会</div>
<div class="item">２　場　所　　第1委員会室</div>
<div class="item">３　出席委員（{zen('6')}名）</div>{grid(members)}
<div class="item">４　欠席委員（{zen('1')}名）</div>{grid(absent)}
<div class="item">５　説明のため出席した者（{zen('7')}名）</div>{grid(officials)}
<div class="item">６　事務局職員（{zen('2')}名）</div>{grid(office)}
<div class="item">７　審査案件</div>
<div style="margin-left:8mm;font-size:10pt;line-height:1.6">（1）{agenda[0]}<br>（2）{agenda[1]}<br>（3）{agenda[2]}</div>
<div class="rule"></div>
<p class="s" style="text-indent:0;padding-left:0">（午前10時00分　開会）</p>
{say(P, "石川委員長", s_open, SEC1)}
{say(P, "沼尾総務部長", s_bucho, SEC1)}
"""
page(body, P)

# ---------------------------------------------------------------- p2 questions
P = 2
s_q1 = "説明が終わりました。これより質疑を行います。質疑のある方は挙手願います。"
s_wata1 = "収入未済額が減っていることは評価いたします。現年課税分と滞納繰越分それぞれの収納率をお示しください。"
s_suzu1 = (f"お答えいたします。令和５年度の現年課税分の収納率は{tx23['cr']:.2f}％、滞納繰越分は{tx23['ar']:.2f}％でございます。"
           f"滞納繰越分は前年度の{tx22['ar']:.2f}％から{tx23['ar'] - tx22['ar']:.2f}ポイント改善いたしました。"
           "栃木県地方税徴収特別対策室との共同催告や、預貯金の差押えを早期に行ったことが要因と考えております。")
G.fact(P, "市税", "市税", 2023, "令和５年度", "current", "collection_rate", "actual", tx23["cr"], "percent", f"{tx23['cr']:.2f}％")
G.fact(P, "市税", "市税", 2023, "令和５年度", "arrears", "collection_rate", "actual", tx23["ar"], "percent", f"{tx23['ar']:.2f}％")
G.fact(P, "市税", "市税", 2022, "前年度", "arrears", "collection_rate", "actual", tx22["ar"], "percent", f"{tx22['ar']:.2f}％")
G.fact(P, "市税", "市税", 2023, "令和５年度", "arrears", "difference", "actual", round(tx23["ar"] - tx22["ar"], 2), "points",
       f"{tx23['ar'] - tx22['ar']:.2f}ポイント改善")
ndel23, ndel22 = 1126, 1210
s_wata2 = "滞納者の人数と、差押えの件数はどのように推移しているのでしょうか。"
s_suzu2 = (f"令和５年度末の市税の滞納者数は{ndel23:,}人で、前年度末から{ndel22 - ndel23}人減少しております。"
           "差押件数は318件で、そのうち預貯金が約７割を占めております。")
G.fact(P, "市税", "市税", 2023, "令和５年度末", "total", "delinquents", "actual", ndel23, "persons", f"{ndel23:,}人")
G.fact(P, "市税", "市税", 2023, "令和５年度末", "total", "difference", "actual", -(ndel22 - ndel23), "persons", f"{ndel22 - ndel23}人減少")
kk23, kk22 = KOKU[2023], KOKU[2022]
ko_s, ko_v = man(kk23["out"])
kd_s, kd_v = man(kk22["out"] - kk23["out"])
s_taka = "認定第２号に関連して、国民健康保険税の収納状況についても伺います。"
s_tezu = (f"国民健康保険税の令和５年度の収納率は、現年分{kk23['cr']:.2f}％、滞納繰越分{kk23['ar']:.2f}％でございます。"
          f"収入未済額は約{ko_s}で、前年度比約{kd_s}の減少となりました。")
G.fact(P, "国民健康保険税", "国民健康保険税", 2023, "令和５年度", "current", "collection_rate", "actual", kk23["cr"], "percent", f"{kk23['cr']:.2f}％")
G.fact(P, "国民健康保険税", "国民健康保険税", 2023, "令和５年度", "arrears", "collection_rate", "actual", kk23["ar"], "percent", f"{kk23['ar']:.2f}％")
G.fact(P, "国民健康保険税", "国民健康保険税", 2023, "令和５年度", "total", "outstanding", "actual", ko_v, "yen", f"約{ko_s}", approx=True)
G.fact(P, "国民健康保険税", "国民健康保険税", 2023, "令和５年度", "total", "difference", "actual", -kd_v, "yen", f"約{kd_s}の減少", approx=True)
s_omori = "保育料など、子どもに関する債権の未収はどうなっていますか。"
hoiku_r, hoiku_o = 98.72, 4120
ho_s, ho_v = man(hoiku_o)
s_fuji = (f"保育料の令和５年度の現年度分収納率は{hoiku_r:.2f}％、収入未済額は{ho_s}でございます。"
          "卒園後の未納が大半を占めておりますので、在園中からの納付相談と口座振替の勧奨に努めてまいります。")
G.fact(P, "保育料", "保育料", 2023, "令和５年度", "current", "collection_rate", "actual", hoiku_r, "percent", f"{hoiku_r:.2f}％")
G.fact(P, "保育料", "保育料", 2023, "令和５年度", "total", "outstanding", "actual", ho_v, "yen", ho_s)
body = (say(P, "石川委員長", s_q1, SEC1) + say(P, "渡辺委員", s_wata1, SEC1) + say(P, "鈴木税務課長", s_suzu1, SEC1)
        + say(P, "渡辺委員", s_wata2, SEC1) + say(P, "鈴木税務課長", s_suzu2, SEC1) + say(P, "高野委員", s_taka, SEC1)
        + say(P, "手塚保険年金課長", s_tezu, SEC1) + say(P, "大森委員", s_omori, SEC1)
        + say(P, "藤田子ども・家庭支援課長", s_fuji, SEC1))
page(body, P)

# ---------------------------------------------------------------- p3 closing + 参考資料 (years as rows, debts as column groups)
P = 3
SEC3 = "所管事務調査　市税等の収納状況について"
s_seki = "コンビニ納付やスマートフォン決済の利用状況と、今後の収納率向上の取組を伺います。"
s_numa = ("スマートフォン決済は令和４年度から導入し、利用は年々増えております。今後は、地方税統一ＱＲコードを活用した納付の周知と、"
          "滞納整理の早期着手を柱として、収納率の一層の向上に取り組んでまいります。")
s_close = ("ほかに質疑はありませんか。〔「なし」と呼ぶ者あり〕質疑なしと認めます。以上で質疑を終結します。"
           "これより採決を行います。認定第１号は原案のとおり認定すべきものと決することに御異議ありませんか。〔「異議なし」と呼ぶ者あり〕"
           "御異議なしと認めます。よって、認定第１号は原案のとおり認定すべきものと決しました。同様に、認定第２号も原案のとおり認定すべきものと決しました。"
           "続いて、所管事務調査の参考として、執行部から提出のあった資料を会議録に添付いたします。以上で本日の委員会を閉会いたします。")
rows = []
for fy, lab in ((2022, "令和4年度"), (2023, "令和5年度")):
    tds = []
    for name, dct in (("市税", TAX), ("国民健康保険税", KOKU)):
        x = dct[fy]
        for met, key in (("assessed", "ta"), ("collected", "tc")):
            G.fact(P, name, name, fy, lab, "total", met, "actual", x[key] * K, "yen", c(x[key]))
            tds.append(f'<td class="n">{c(x[key])}</td>')
        G.fact(P, name, name, fy, lab, "total", "collection_rate", "actual", x["tr"], "percent", f2(x["tr"]))
        tds.append(f'<td class="n">{f2(x["tr"])}</td>')
    rows.append(f"<tr><th>{lab}</th>{''.join(tds)}</tr>")
tds = []
for name, dct in (("市税", TAX), ("国民健康保険税", KOKU)):
    for key in ("ta", "tc"):
        dv = dct[2023][key] - dct[2022][key]
        G.fact(P, name, name, 2023, "令和5年度", "total", "difference", "actual", dv * K, "yen", tri(dv))
        tds.append(f'<td class="n">{tri(dv)}</td>')
    dr = round(dct[2023]["tr"] - dct[2022]["tr"], 2)
    G.fact(P, name, name, 2023, "令和5年度", "total", "difference", "actual", dr, "points", tri(dr, "{:.2f}"))
    tds.append(f'<td class="n">{tri(dr, "{:.2f}")}</td>')
rows.append(f"<tr><th>増減</th>{''.join(tds)}</tr>")
body = (say(P, "関谷副委員長", s_seki, SEC3) + say(P, "沼尾総務部長", s_numa, SEC3) + say(P, "石川委員長", s_close, SEC3)
        + '<p class="s" style="text-indent:0;padding-left:0">（午前11時35分　閉会）</p>'
        + f"""
<div class="cap"><span>【参考資料】市税等の収納状況（決算）</span><span>（単位：千円、％）</span></div>
<table>
<tr><th rowspan="2">年度</th><th colspan="3">市税</th><th colspan="3">国民健康保険税</th></tr>
<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr>
{''.join(rows)}
</table>
<div style="font-size:8.5pt;margin-top:1mm">※ 収納率は現年課税分と滞納繰越分の合計。増減は令和5年度－令和4年度（収納率はポイント）。</div>
<div style="margin-top:14mm;font-size:10pt;line-height:2">
　矢板市議会委員会条例第30条第1項の規定により、ここに署名する。<br>
　　　　　　　　総務常任委員会委員長　　石川　宏行</div>
""")
page(body, P)

G.minutes = {"title": MTITLE, "meeting_number": None, "date": "2024-09-12", "method": None,
             "attendees": ([{"role": r, "title": None, "name": n.replace("　", "")} for r, n in members]
                           + [{"role": r, "title": r, "name": n.replace("　", "")} for r, n in officials]
                           + [{"role": r, "title": r, "name": n.replace("　", "")} for r, n in office]),
             "agenda": agenda, "materials": ["【参考資料】市税等の収納状況（決算）"], "statements": statements}

html = f"<!doctype html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
out = PDF_DIR / f"{STEM}.pdf"
chromium_pdf(hp, out)
G.write(out)
