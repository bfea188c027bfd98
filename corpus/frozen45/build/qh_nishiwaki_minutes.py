"""qh_nishiwaki_minutes_1: 西脇市議会 総務産業常任委員会 会議録（所管事務調査：市税等の収納状況・債権管理）
— HTML/CSS → chromium, one <div> per page.

Run from corpus/frozen45:  python3 build/qh_nishiwaki_minutes.py
All figures, names and statements are invented; the gold is written from the same data that draws the pages.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qh_common import Doc, c, chromium_pdf, rate, simulate, tri, zen  # noqa: E402

STEM = "qh_nishiwaki_minutes_1"
TITLE = "総務産業常任委員会会議録"
D = Doc(STEM, "minutes", "minutes", "西脇市", TITLE, "2025-10-14", "令和7年10月14日")

P = {  # 千円
    "zei": (5_655_000, 0.01, (99.31, 99.52), (27.4, 31.46), 0.065, 298_000),
    "kokuho": (1_148_000, -0.02, (94.46, 95.12), (21.2, 24.3), 0.10, 214_000),
    "kaigo": (842_000, 0.015, (98.71, 98.93), (15.0, 18.4), 0.2, 24_600),
    "kouki": (538_000, 0.03, (99.44, 99.58), (33.0, 36.5), 0.08, 4_900),
    "jutaku": (71_800, -0.01, (95.60, 96.42), (10.5, 13.1), 0.03, 29_400),
}
NAMES = {"zei": ("市税", "市税"), "kokuho": ("国民健康保険税", "国民健康保険料"), "kaigo": ("介護保険料", "介護保険料"),
         "kouki": ("後期高齢者医療保険料", "後期高齢者医療保険料"), "jutaku": ("市営住宅使用料", "住宅使用料")}
S = simulate(P, [2022, 2023, 2024])


def rt(d):
    return rate(d["c"], d["a"])


def okuman(x_thousand):
    man = int(round(x_thousand / 10))
    oku, rest = divmod(man, 10000)
    return (f"{oku}億" if oku else "") + (f"{rest:,}万" if rest else "") + "円", man * 10000


CSS = """
@page { size: A4; margin: 20mm 20mm 16mm 20mm; }
body { font-family: "IPAexMincho"; font-size: 10.5pt; line-height: 1.8; margin: 0; }
.pg { break-after: page; }
.pg:last-child { break-after: auto; }
.g { font-family: "IPAexGothic"; }
h1 { font-family: "IPAexGothic"; font-size: 15pt; text-align: center; letter-spacing: 4px; margin: 4px 0 14px; }
table.l td { border: none; padding: 0 10px 0 0; vertical-align: top; }
.blk { margin: 4px 0 6px; }
.lab { font-family: "IPAexGothic"; }
.sp { margin: 0 0 6px; text-indent: -1em; padding-left: 1em; }
.rule { border-top: 0.8pt solid #000; margin: 10px 0; }
.foot { text-align: center; font-size: 9pt; margin-top: 8px; }
table.t { border-collapse: collapse; font-size: 8.8pt; width: 100%; }
table.t td, table.t th { border: 0.6pt solid #222; padding: 2px 5px; }
table.t th { font-family: "IPAexGothic"; font-weight: normal; background: #e8e8e8; }
td.n { text-align: right; }
"""
pages = []


def page(html):
    pages.append(f'<div class="pg">{html}<div class="foot">－{len(pages) + 1}－</div></div>')
    D.page = len(pages) + 1


M = D.minutes = {"title": TITLE, "meeting_number": None, "date": "2025-10-14", "method": None,
                 "attendees": [], "agenda": [], "materials": [], "statements": []}

MEMBERS = [("委員長", "藤原　浩二"), ("副委員長", "高見　真理"), ("委員", "岡田　修"), ("委員", "坂本　佳子"),
           ("委員", "東　隆之"), ("委員", "林　健一")]
ABSENT = [("委員", "中川　誠")]
OFFICIALS = [("副市長", "山本　哲也"), ("総務部長", "西田　弘"), ("税務課長", "小林　敦"), ("税務課収納対策室長", "大西　恵"),
             ("国保医療年金課長", "北村　剛"), ("長寿福祉課長", "井上　由美"), ("都市住宅課長", "松本　聡")]
STAFF = [("議会事務局長", "前田　直樹"), ("議事調査係長", "藤本　彩")]
for role, name in MEMBERS + OFFICIALS + STAFF:
    M["attendees"].append({"role": role, "title": None, "name": name})
AGENDA = ["市税等の収納状況について", "債権管理計画の進捗状況について", "その他"]
M["agenda"] = AGENDA
M["materials"] = ["委員会資料　市税等の収納状況（令和6年度決算）"]


def who(role, name):
    return name.split("　")[0] + role


CHAIR = who("委員長", MEMBERS[0][1])


def say(speaker, section, text):
    """speaker as printed after ○; text may hold figures registered with D.f."""
    M["statements"].append({"speaker": speaker, "section": section, "text": text, "page": D.page})
    return f'<p class="sp">○<span class="g">{speaker}</span>　{text}</p>'


def lst(rows, n_label):
    cells = ""
    for i in range(0, len(rows), 2):
        pair = rows[i:i + 2]
        cells += "<tr>" + "".join(f"<td style='width:36mm'>{r}</td><td style='width:36mm'>{n}</td>" for r, n in pair) + "</tr>"
    return f"<table class='l' style='margin-left:8mm; line-height:1.55'>{cells}</table>"


# ================================================================== page 1: header, attendees, agenda
D.page = 1
h = [f"<h1>{TITLE}</h1>",
     "<table class='l'>"
     "<tr><td class='lab'>１　日　時</td><td>令和７年１０月１４日（火）　午前１０時００分 開会　午前１１時４６分 閉会</td></tr>"
     "<tr><td class='lab'>２　場　所</td><td>西脇市役所　第１委員会室</td></tr></table>",
     f"<div class='blk'><span class='lab'>３　出席委員（{zen(len(MEMBERS))}名）</span>" + lst(MEMBERS, 0) + "</div>",
     f"<div class='blk'><span class='lab'>４　欠席委員（{zen(len(ABSENT))}名）</span>" + lst(ABSENT, 0) + "</div>",
     f"<div class='blk'><span class='lab'>５　説明のため出席した者（{zen(len(OFFICIALS))}名）</span>" + lst(OFFICIALS, 0) + "</div>",
     f"<div class='blk'><span class='lab'>６　事務局職員（{zen(len(STAFF))}名）</span>" + lst(STAFF, 0) + "</div>",
     "<div class='blk'><span class='lab'>７　審査事件</span><div style='margin-left:8mm'>１　所管事務調査<br>"
     f"　（１）{AGENDA[0]}<br>　（２）{AGENDA[1]}<br>２　{AGENDA[2]}</div></div>",
     "<div class='rule'></div>"]
SEC0 = "開会"
h.append(say(CHAIR, SEC0, "ただいまから総務産業常任委員会を開会いたします。本日は、中川委員から欠席の届出がありましたので、御報告いたします。"
             "本日は、閉会中の所管事務調査として、市税等の収納状況及び債権管理計画の進捗状況について、当局から説明を受けます。"))
h.append(say(CHAIR, AGENDA[0], "それでは、所管事務調査（１）市税等の収納状況についてを議題といたします。当局の説明を求めます。"))
page("".join(h))

# ================================================================== page 2: 説明・質疑
z6, z5 = S["zei"][2024], S["zei"][2023]
D.set(debt="市税", debt_raw="市税", fy=2024, fy_raw="令和６年度決算", basis="actual")
dpt = round(rt(z6["total"]) - rt(z5["total"]), 2)
o_t, o_v = okuman(z6["total"]["o"])
do = z6["total"]["o"] - z5["total"]["o"]
do_t, do_v = okuman(abs(do))
w_t, w_v = okuman(z6["total"]["w"])
t = ("それでは、お手元の委員会資料により御説明いたします。令和６年度決算における市税の収納率は、現年課税分が"
     + D.f(f"{rt(z6['current']):.2f}％", rt(z6["current"]), "collection_rate", seg="current")
     + "、滞納繰越分が" + D.f(f"{rt(z6['arrears']):.2f}％", rt(z6["arrears"]), "collection_rate", seg="arrears")
     + "、合計で" + D.f(f"{rt(z6['total']):.2f}％", rt(z6["total"]), "collection_rate", seg="total")
     + "となり、前年度と比べて" + D.f(f"{abs(dpt):.2f}", dpt, "difference", unit="points", seg="total")
     + "ポイント" + ("上昇" if dpt >= 0 else "低下") + "いたしました。収入未済額は約"
     + D.f(o_t, o_v, "outstanding", seg="total", approx=True) + "で、前年度から約"
     + D.f(do_t, -do_v if do < 0 else do_v, "difference", unit="yen", seg="total", approx=True)
     + ("の減少" if do < 0 else "の増加") + "となっております。また、不納欠損額は約"
     + D.f(w_t, w_v, "written_off", seg="total", approx=True)
     + "で、そのほとんどが滞納処分の執行停止から３年を経過したことによるものでございます。")
D.clear()
h = [say("小林税務課長", AGENDA[0], t)]
k6, k5 = S["kokuho"][2024], S["kokuho"][2023]
D.set(debt="国民健康保険料", debt_raw="国民健康保険税", fy=2024, fy_raw="令和６年度", basis="actual")
ko_t, ko_v = okuman(k6["total"]["o"])
t = ("続きまして、国民健康保険税でございます。令和６年度の収納率は、現年課税分が"
     + D.f(f"{rt(k6['current']):.2f}％", rt(k6["current"]), "collection_rate", seg="current")
     + "、滞納繰越分が" + D.f(f"{rt(k6['arrears']):.2f}％", rt(k6["arrears"]), "collection_rate", seg="arrears")
     + "で、収入未済額は約" + D.f(ko_t, ko_v, "outstanding", seg="total", approx=True)
     + "となっております。詳細は資料のとおりでございます。以上で説明を終わります。")
D.clear()
h.append(say("北村国保医療年金課長", AGENDA[0], t))
h.append(say(CHAIR, AGENDA[0], "説明が終わりました。これより質疑に入ります。質疑はありませんか。"))
h.append(say("岡田委員", AGENDA[0], "滞納繰越分の収納率が上がっているということですが、高額の滞納案件について、どのような対応をされているのか、"
              "お伺いします。"))
h.append(say("大西税務課収納対策室長", AGENDA[0], "滞納額が１００万円を超える案件につきましては、収納対策室で一元的に管理し、"
              "預貯金や給与の差押えを中心に滞納処分を進めております。令和６年度は、不動産の公売を２件実施いたしました。"
              "また、納付資力がないと判断した案件は、生活状況を確認したうえで執行停止とし、滞納額の整理を図っております。"))
h.append(say("岡田委員", AGENDA[0], "差押えの件数は、前年度と比べてどうなっていますか。"))
h.append(say("大西税務課収納対策室長", AGENDA[0], "令和６年度の差押件数は４１２件で、前年度より３８件増加しております。"))

# ================================================================== page 3: 質疑（国保税・住宅）
D.set(debt="国民健康保険料", debt_raw="国保税", basis="actual")
rk6, rk5 = rt(k6["current"]), rt(k5["current"])
t = ("国保税について伺います。現年課税分の収納率は"
     + D.f(f"{rk6:.2f}％", rk6, "collection_rate", fy=2024, fy_raw="令和６年度", seg="current")
     + "ということですが、令和５年度は" + D.f(f"{rk5:.2f}％", rk5, "collection_rate", fy=2023, fy_raw="令和５年度", seg="current")
     + "でした。改善の要因をどのように分析されていますか。")
D.clear()
h.append(say("坂本委員", AGENDA[0], t))
h.append(say("北村国保医療年金課長", AGENDA[0], "加入時の口座振替の勧奨と、納期限後の早期の電話催告が主な要因と考えております。"
              "また、資格喪失の手続の際に窓口で未納分の納付相談を行うようにしたことも効果があったと考えております。"))
j6, j5 = S["jutaku"][2024], S["jutaku"][2023]
D.set(debt="住宅使用料", debt_raw="市営住宅使用料", basis="actual")
jo_t, jo_v = okuman(j6["total"]["o"])
t = ("市営住宅使用料について伺います。資料では収入未済額が約" + D.f(jo_t, jo_v, "outstanding", fy=2024, fy_raw="令和６年度", seg="total", approx=True)
     + "となっていますが、退去者の分はどのくらいありますか。")
D.clear()
h.append(say("東委員", AGENDA[0], t))
h.append(say("松本都市住宅課長", AGENDA[0], "収入未済額のうち、約６割が退去者の分でございます。退去者の所在調査を行い、"
              "連帯保証人への請求も含めて回収に努めておりますが、所在不明や死亡により回収が困難な案件も多く、"
              "今後、支払督促などの法的措置も検討してまいります。"))
h.append(say("東委員", AGENDA[0], "法的措置については、債権管理計画にも位置付けて、計画的に進めていただくよう要望いたします。"))
h.append(say(CHAIR, AGENDA[0], "ほかに質疑はありませんか。（「なし」と呼ぶ者あり）ないようですので、本件の調査を終わります。"))
h.append(say(CHAIR, AGENDA[1], "次に、所管事務調査（２）債権管理計画の進捗状況についてを議題といたします。当局の説明を求めます。"))
page("".join(h))

# ================================================================== page 4: 債権管理計画の進捗
ALLK = list(P)
tot6 = {m: sum(S[k][2024]["total"][m] for k in ALLK) for m in "acwo"}
r_all = rt(tot6)
tg_all = round(r_all - 0.12, 2)
D.set(debt=None, debt_raw=None, fy=2024, fy_raw="令和６年度")
t = ("第２次西脇市債権管理計画では、主要５債権の合計収納率について、令和６年度の目標を"
     + D.f(f"{tg_all:.2f}％", tg_all, "collection_rate", seg="total", basis="target")
     + "と定めております。令和６年度の実績は" + D.f(f"{r_all:.2f}％", r_all, "collection_rate", seg="total", basis="actual")
     + "となり、目標を上回りました。計画最終年度である令和７年度に向けては、市営住宅使用料など私債権の管理の適正化が課題と考えております。")
D.clear()
h = [say("西田総務部長", AGENDA[1], t)]
h.append(say(CHAIR, AGENDA[1], "説明が終わりました。質疑はありませんか。"))
wsum = sum(S[k][2024]["total"]["w"] for k in ALLK)
h.append(say("林委員", AGENDA[1], "債権放棄や不納欠損の処理が、所管課ごとにばらつきがないよう、統一した基準で行われているのか、伺います。"))
t = ("債権管理条例及び債権管理マニュアルに基づき、全庁統一の基準で処理しております。令和６年度に主要５債権で不納欠損処理を行った額は約"
     + D.f(okuman(wsum)[0], okuman(wsum)[1], "written_off", debt=None, debt_raw="主要５債権", fy=2024, fy_raw="令和６年度", seg="total", basis="actual", approx=True)
     + "で、いずれも債権管理推進会議で処理の妥当性を確認しております。")
h.append(say("西田総務部長", AGENDA[1], t))
h.append(say("高見副委員長", AGENDA[1], "市民の公平感を損なわないよう、引き続き、適正な債権管理をお願いいたします。"))
h.append(say(CHAIR, AGENDA[1], "ほかにありませんか。（「なし」と呼ぶ者あり）ないようですので、本件の調査を終わります。"))
h.append(say(CHAIR, AGENDA[2], "次に、その他ですが、委員の皆様から何かありませんか。（「なし」と呼ぶ者あり）"
             "以上で本日の日程は全て終了いたしました。これをもちまして総務産業常任委員会を閉会いたします。"))
h.append("<p style='margin-top:10px'>（午前１１時４６分 閉会）</p>")
h.append("<div style='margin-top:18px; font-size:9.5pt'>西脇市議会委員会条例第２９条の規定により、ここに署名する。<br>"
         "<span style='margin-left:40mm'>総務産業常任委員会委員長　　藤原　浩二</span></div>")
page("".join(h))

# ================================================================== page 5: 委員会資料 (two blocks side by side, △ 差)
h = ["<div class='g' style='text-align:right; font-size:9pt'>委員会資料</div>",
     "<div class='g' style='font-size:12.5pt; text-align:center; margin:6px 0 10px'>市税等の収納状況（令和６年度決算）</div>",
     "<div style='text-align:right; font-size:8.5pt'>（単位：千円、％）</div>",
     "<table class='t'><tr><th rowspan=2>債権名</th><th colspan=3>令和５年度</th><th colspan=3>令和６年度</th><th rowspan=2>収納率の差</th></tr>"
     "<tr><th>調定額</th><th>収入済額</th><th>収納率</th><th>調定額</th><th>収入済額</th><th>収納率</th></tr>"]
for k in ALLK + ["all"]:
    if k == "all":
        name, can = "合計", None
        d5 = {m: sum(S[x][2023]["total"][m] for x in ALLK) for m in "acwo"}
        d6 = tot6
    else:
        name, can = NAMES[k]
        d5, d6 = S[k][2023]["total"], S[k][2024]["total"]
    D.set(debt=can, debt_raw=name, seg="total", basis="actual")
    cells = []
    for y, d in ((2023, d5), (2024, d6)):
        D.set(fy=y, fy_raw="令和５年度" if y == 2023 else "令和６年度")
        cells += [D.f(c(d["a"]), d["a"] * 1000, "assessed"), D.f(c(d["c"]), d["c"] * 1000, "collected"),
                  D.f(f"{rt(d):.2f}", rt(d), "collection_rate")]
    df = round(rt(d6) - rt(d5), 2)
    cells.append(D.f(tri(df, "△", 2), df, "difference", unit="points", fy=2024, fy_raw="令和６年度"))
    D.clear()
    style = " style='background:#f2f2f2'" if k == "all" else ""
    h.append(f"<tr{style}><td>{name}</td>" + "".join(f"<td class='n'>{x}</td>" for x in cells) + "</tr>")
h.append("</table>")
h.append("<div style='font-size:8.5pt; margin-top:4px'>※ 調定額及び収入済額は、現年課税分と滞納繰越分の合計。収納率の差は令和６年度－令和５年度（ポイント）。</div>")
# 現年・滞繰 detail for 市税 and 国保税
h.append("<div class='g' style='font-size:10.5pt; margin:14px 0 4px'>（参考）市税及び国民健康保険税の区分別収納率</div>")
h.append("<div style='text-align:right; font-size:8.5pt'>（単位：％）</div>")
h.append("<table class='t'><tr><th rowspan=2>債権名</th><th colspan=2>令和５年度</th><th colspan=2>令和６年度</th></tr>"
         "<tr><th>現年課税分</th><th>滞納繰越分</th><th>現年課税分</th><th>滞納繰越分</th></tr>")
for k in ("zei", "kokuho"):
    name, can = NAMES[k]
    D.set(debt=can, debt_raw=name, basis="actual")
    cells = []
    for y in (2023, 2024):
        for sg in ("current", "arrears"):
            v = rt(S[k][y][sg])
            cells.append(D.f(f"{v:.2f}", v, "collection_rate", fy=y, fy_raw="令和５年度" if y == 2023 else "令和６年度", seg=sg))
    D.clear()
    h.append(f"<tr><td>{name}</td>" + "".join(f"<td class='n'>{x}</td>" for x in cells) + "</tr>")
h.append("</table>")
page("".join(h))

html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
pdf = chromium_pdf(html, STEM)
D.write(pdf)
