"""qe_gosen_minutes_1: 五泉市議会 決算審査特別委員会 会議録（債権管理）.  HTML/CSS -> chromium."""
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, __import__("os").path.dirname(__file__))
from qe_common import *

STEM = "qe_gosen_minutes_1"
g = Gold()
FY = 2024  # 令和６年度決算
# 千円: (canonical, printed, section, cur(assessed, collected), arr(assessed, collected), written_off)
DEBTS = [
    ("市税", "市税", "一般会計", (6384215, 6326902), (398754, 96120), 21463),
    ("保育料", "保育料", "一般会計", (214308, 211652), (18932, 3417), 1208),
    ("市営住宅使用料", "市営住宅使用料", "一般会計", (96512, 91874), (27341, 4226), 2185),
    ("生活保護費返還金", "生活保護費返還金", "一般会計", (18406, 9813), (61577, 3284), 3902),
    ("国民健康保険料", "国民健康保険税", "特別会計", (1052387, 984217), (342518, 61743), 18736),
    ("介護保険料", "介護保険料", "特別会計", (1168442, 1160311), (24318, 5106), 3481),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "特別会計", (512036, 510218), (5174, 2312), 406),
]
ASOF = None


def row_vals(cur, arr, wo):
    ta, tc = cur[0] + arr[0], cur[1] + arr[1]
    return cur, arr, (ta, tc), wo, ta - tc - wo


css = """
@page { size: A4; margin: 18mm 18mm 16mm 18mm; @bottom-center { content: counter(page); font-size: 9pt; } }
@page wide { size: A4 landscape; margin: 12mm 12mm 12mm 12mm; @bottom-center { content: counter(page); font-size: 9pt; } }
body { font-family: "IPAexMincho"; font-size: 10.5pt; line-height: 1.75; }
h1 { font-size: 14pt; text-align: center; letter-spacing: 0.2em; margin: 0 0 5mm 0; }
.hd p { margin: 0.5mm 0; }
.hd .ind { margin-left: 2em; }
table.att { border-collapse: collapse; margin: 0 0 1mm 2em; }
table.att td { padding: 0 4mm 0 0; }
.sp { margin: 2.5mm 0 0 0; text-indent: 0; }
.sp p { margin: 0; text-indent: 1em; }
.time { text-align: center; margin: 3mm 0; }
.rule { border-top: 1px solid #000; margin: 3mm 0; }
.wide { page: wide; }
.wide h2 { font-family:"IPAexGothic"; font-size: 12pt; margin: 0 0 2mm 0; }
table.fig { border-collapse: collapse; font-family: "IPAexGothic"; font-size: 7.6pt; width: 100%; }
table.fig th, table.fig td { border: 0.6px solid #333; padding: 0.9mm 1.2mm; }
table.fig th { background: #e8e8e8; font-weight: normal; }
table.fig td.n { text-align: right; white-space: nowrap; }
table.fig tr.sec td { background: #f3f3f3; font-weight: bold; }
table.fig tr.sub td { background: #fafafa; }
table.fig tr.all td { border-top: 1.6px double #000; font-weight: bold; }
.note { font-family:"IPAexGothic"; font-size: 8pt; margin: 1mm 0; }
"""
H = []
P = 1
H.append('<h1>決算審査特別委員会会議録</h1><div class="hd">')
H.append('<p>１　日　時　　令和７年９月17日（水曜日）　午前10時00分開会</p>')
H.append('<p>２　場　所　　五泉市役所　第１委員会室</p>')
H.append('<p>３　会議に付した事件</p>')
AGENDA = ["議第58号　令和６年度五泉市一般会計歳入歳出決算の認定について（歳入のうち市税及び収入未済額の状況）",
          "議第59号　令和６年度五泉市国民健康保険特別会計歳入歳出決算の認定について",
          "所管事務調査　債権管理の状況について"]
for k, a in enumerate(AGENDA, 1):
    H.append(f'<p class="ind">（{k}）{a}</p>')
MEMB = [("委員長", "長谷川 直人"), ("副委員長", "小野寺 恵"), ("委員", "小林 和也"), ("委員", "渡部 孝二"), ("委員", "石川 由美子"),
        ("委員", "斎藤 正"), ("委員", "五十嵐 隆"), ("委員", "阿部 智子"), ("委員", "丸山 義明")]
H.append(f'<p>４　出席委員（{zen(len(MEMB))}人）</p><table class="att">')
for k in range(0, len(MEMB), 3):
    H.append("<tr>" + "".join(f"<td>{r}</td><td>{n}</td>" for r, n in MEMB[k:k + 3]) + "</tr>")
H.append('</table><p>５　欠席委員（１人）</p><table class="att"><tr><td>委員</td><td>樋口 敏夫</td></tr></table>')
EXPL = [("副市長", "田村 浩"), ("総務課長", "本間 崇"), ("財政課長", "佐野 明彦"), ("税務課長", "佐藤 伸一"), ("税務課収納係長", "大橋 聡"),
        ("健康福祉課長", "高橋 真理"), ("こども課長", "五十嵐 薫"), ("都市整備課長", "遠藤 修")]
H.append(f'<p>６　説明のため出席した者（{zen(len(EXPL))}人）</p><table class="att">')
for k in range(0, len(EXPL), 2):
    H.append("<tr>" + "".join(f"<td>{r}</td><td>{n}</td>" for r, n in EXPL[k:k + 2]) + "</tr>")
STAFF = [("議会事務局長", "坂井 実"), ("次長", "平田 由香"), ("議事係長", "星野 亮")]
H.append(f'<p>７　事務局職員出席者（{zen(len(STAFF))}人）</p><table class="att"><tr>' + "".join(f"<td>{r}</td><td>{n}</td>" for r, n in STAFF) + '</tr></table>')
H.append('</div><div class="rule"></div><div class="time">午前10時00分　開会</div>')

attendees = [{"role": r, "title": None, "name": n.replace(" ", "")} for r, n in MEMB] + \
            [{"role": "説明員", "title": r, "name": n.replace(" ", "")} for r, n in EXPL] + \
            [{"role": "事務局", "title": r, "name": n.replace(" ", "")} for r, n in STAFF]

tax = DEBTS[0]
cur, arr, tot, wo, out = row_vals(tax[3], tax[4], tax[5])
rc, ra, rt = rate(cur[1], cur[0]), rate(arr[1], arr[0]), rate(tot[1], tot[0])
prev_rt, prev_out = 94.41, 385062  # 令和５年度 (千円)
kok = DEBTS[4]
kcur, karr, ktot, kwo, kout = row_vals(kok[3], kok[4], kok[5])
all_out = sum(row_vals(d[3], d[4], d[5])[4] for d in DEBTS)
all_wo = sum(d[5] for d in DEBTS)
prev_all_out = 742195


def man(k, mode="余"):
    """千円 -> 'X億Y万円' truncated to 万円"""
    m = k // 10
    o, r = divmod(m, 10000)
    return (f"{o}億" if o else "") + (f"{r:,}万" if r else "") + "円"


ST = []  # (speaker, text, facts-list[(raw, kwargs)])
def say(sp, text, page):
    ST.append((sp, text, page))
    H.append(f'<div class="sp"><p>○{sp}　{text}</p></div>')


say("長谷川委員長", "ただいまから決算審査特別委員会を開会いたします。本日は樋口委員から欠席の届出がありました。"
    "会議に付した事件の（１）から（３）までを一括して議題とし、当局の説明を求めます。", P)
t1 = (f"それでは、令和６年度の市税の決算状況について御説明いたします。市税全体の収納率は{pct(rt)}パーセントで、"
      f"前年度と比べ{pct(rt - prev_rt)}ポイントの上昇となりました。内訳は、現年課税分が{pct(rc)}パーセント、"
      f"滞納繰越分が{pct(ra)}パーセントでございます。収入未済額は{man(out)}余りで、前年度から約{man(prev_out - out)}の減少となっております。"
      f"また、不納欠損額は{c(wo)}千円で、その大半は滞納処分の執行停止後３年を経過したものでございます。")
say("佐藤税務課長", t1, P)
g.f("市税", "市税", FY, "令和６年度", "total", "collection_rate", "actual", rt, "percent", f"{pct(rt)}パーセント", P)
g.f("市税", "市税", FY, "令和６年度", "total", "difference", "actual", round(rt - prev_rt, 2), "points", f"{pct(rt - prev_rt)}ポイント", P)
g.f("市税", "市税", FY, "令和６年度", "current", "collection_rate", "actual", rc, "percent", f"現年課税分が{pct(rc)}パーセント", P)
g.f("市税", "市税", FY, "令和６年度", "arrears", "collection_rate", "actual", ra, "percent", f"滞納繰越分が{pct(ra)}パーセント", P)
g.f("市税", "市税", FY, "令和６年度", "total", "outstanding", "actual", (out // 10) * 10000, "yen", f"{man(out)}余り", P, approx=True)
g.f("市税", "市税", FY, "令和６年度", "total", "difference", "actual", -((prev_out - out) // 10) * 10000, "yen", f"約{man(prev_out - out)}の減少", P, approx=True)
g.f("市税", "市税", FY, "令和６年度", "total", "written_off", "actual", wo * 1000, "yen", f"{c(wo)}千円", P)
say("小林委員", "市税の収納率が上がったことは評価いたします。一方で、国民健康保険税は依然として収入未済額が大きいと思いますが、"
    "現状と、滞納繰越分の収納率の推移を教えてください。", P)
P = 2
H.append('<div style="break-before:page"></div>')
t2 = (f"国民健康保険税の令和６年度の収納率は、現年課税分で{pct(rate(kcur[1], kcur[0]))}パーセント、滞納繰越分で"
      f"{pct(rate(karr[1], karr[0]))}パーセントとなりました。滞納繰越分はＲ５の16.94パーセントから上昇しておりますが、"
      f"収入未済額は{man(kout)}余りと、市税に次ぐ規模でございます。資格喪失後に転出された方の滞納が多く、"
      f"転出先への財産調査を強化しているところでございます。")
say("佐藤税務課長", t2, P)
g.f("国民健康保険料", "国民健康保険税", FY, "令和６年度", "current", "collection_rate", "actual", rate(kcur[1], kcur[0]), "percent", f"{pct(rate(kcur[1], kcur[0]))}パーセント、滞納", P)
g.f("国民健康保険料", "国民健康保険税", FY, "令和６年度", "arrears", "collection_rate", "actual", rate(karr[1], karr[0]), "percent", f"{pct(rate(karr[1], karr[0]))}パーセントとなりました", P)
g.f("国民健康保険料", "国民健康保険税", 2023, "Ｒ５", "arrears", "collection_rate", "actual", 16.94, "percent", "Ｒ５の16.94パーセント", P)
g.f("国民健康保険料", "国民健康保険税", FY, "令和６年度", "total", "outstanding", "actual", (kout // 10) * 10000, "yen", f"{man(kout)}余り", P, approx=True)
say("小林委員", "転出者の分については、他の自治体との連携が重要だと思います。引き続きよろしくお願いします。", P)
say("渡部委員", "不納欠損についてお聞きします。市全体でどの程度の額を欠損処理したのか、また、その判断基準を伺います。", P)
t3 = (f"資料の債権別収納状況にお示ししたとおり、主な７債権の不納欠損額の合計は{c(all_wo)}千円でございます。"
      f"判断に当たっては、五泉市債権管理条例及び債権管理マニュアルに基づき、財産調査の結果、"
      f"徴収の見込みがないと認められるものに限り処理しております。")
say("佐藤税務課長", t3, P)
g.f(None, "主な７債権", FY, "令和６年度", "total", "written_off", "actual", all_wo * 1000, "yen", f"{c(all_wo)}千円", P)
say("渡部委員", "安易な欠損処理にならないよう、引き続き慎重な判断をお願いします。", P)
say("石川委員", "保育料と市営住宅使用料の滞納について、どのような対策をとっているのか伺います。", P)
hoi = row_vals(DEBTS[1][3], DEBTS[1][4], DEBTS[1][5])
say("五十嵐こども課長", f"保育料の現年度分の収納率は{pct(rate(hoi[0][1], hoi[0][0]))}パーセントでございます。"
    "児童手当からの徴収の申出を勧めており、令和元年度に比べ申出件数は約２倍となっております。", P)
g.f("保育料", "保育料", FY, "令和６年度", "current", "collection_rate", "actual", rate(hoi[0][1], hoi[0][0]), "percent", f"{pct(rate(hoi[0][1], hoi[0][0]))}パーセント", P)
ju = row_vals(DEBTS[2][3], DEBTS[2][4], DEBTS[2][5])
say("遠藤都市整備課長", f"市営住宅使用料の収入未済額は{c(ju[4])}千円で、前年度より{c(31872 - ju[4])}千円減少いたしました。"
    "３か月以上の滞納者には連帯保証人への通知を行い、改善が見られない場合は明渡しを求める手続を進めております。", P)
g.f("市営住宅使用料", "市営住宅使用料", FY, "令和６年度", "total", "outstanding", "actual", ju[4] * 1000, "yen", f"{c(ju[4])}千円", P)
g.f("市営住宅使用料", "市営住宅使用料", FY, "令和６年度", "total", "difference", "actual", -(31872 - ju[4]) * 1000, "yen", f"{c(31872 - ju[4])}千円減少", P)
say("石川委員", "分かりました。福祉部門とも連携して対応していただきたいと思います。", P)
say("長谷川委員長", f"ほかに質疑はありませんか。――質疑なしと認めます。以上で本日の審査を終了いたします。"
    f"なお、主な債権の状況は配布資料のとおりであり、収入未済額の合計は{man(all_out)}余りで、前年度比約{man(prev_all_out - all_out)}の減少となっております。", P)
g.f(None, "主な債権", FY, "令和６年度", "total", "outstanding", "actual", (all_out // 10) * 10000, "yen", f"{man(all_out)}余り", P, approx=True)
g.f(None, "主な債権", FY, "令和６年度", "total", "difference", "actual", -((prev_all_out - all_out) // 10) * 10000, "yen", f"前年度比約{man(prev_all_out - all_out)}", P, approx=True)
H.append('<div class="time">午前11時42分　閉会</div>')

# ---------- landscape 資料 page ----------
P = 3
H.append('<div class="wide"><h2>【委員会資料】令和６年度 債権別収納状況（決算）</h2>')
H.append('<table class="fig"><thead><tr><th rowspan="2">債権名</th><th colspan="3">現年度分</th><th colspan="3">滞納繰越分</th><th colspan="5">計</th></tr><tr>'
         + '<th>調定額（千円）</th><th>収入済額（千円）</th><th>収納率（％）</th>' * 3 + '<th>不納欠損額（千円）</th><th>収入未済額（千円）</th></tr></thead><tbody>')
SEGS = ("current", "arrears", "total")


def emit(debt, label, vals, cls=""):
    cur, arr, tot, wo, out = vals
    cells = []
    for seg, (a, c_) in zip(SEGS, (cur, arr, tot)):
        r_ = rate(c_, a)
        cells += [c(a), c(c_), pct(r_)]
        g.f(debt, label, FY, "令和６年度", seg, "assessed", "actual", a * 1000, "yen", c(a), P)
        g.f(debt, label, FY, "令和６年度", seg, "collected", "actual", c_ * 1000, "yen", c(c_), P)
        g.f(debt, label, FY, "令和６年度", seg, "collection_rate", "actual", r_, "percent", pct(r_), P)
    cells += [c(wo), c(out)]
    g.f(debt, label, FY, "令和６年度", "total", "written_off", "actual", wo * 1000, "yen", c(wo), P)
    g.f(debt, label, FY, "令和６年度", "total", "outstanding", "actual", out * 1000, "yen", c(out), P)
    H.append(f'<tr class="{cls}"><td>{label}</td>' + "".join(f'<td class="n">{x}</td>' for x in cells) + '</tr>')


def add(vs):
    cur = (sum(v[0][0] for v in vs), sum(v[0][1] for v in vs))
    arr = (sum(v[1][0] for v in vs), sum(v[1][1] for v in vs))
    wo = sum(v[3] for v in vs)
    return row_vals(cur, arr, wo)


secs = []
for sec in ("一般会計", "特別会計"):
    H.append(f'<tr class="sec"><td colspan="12">【{sec}】</td></tr>')
    vs = []
    for d in DEBTS:
        if d[2] == sec:
            v = row_vals(d[3], d[4], d[5])
            vs.append(v)
            emit(d[0], d[1], v)
    sv = add(vs)
    secs.append(sv)
    emit(None, "小計", sv, "sub")
emit(None, "合計", add(secs), "all")
H.append('</tbody></table>')
H.append('<div class="note">※１ 収納率は、収入済額を調定額で除したもの（小数点以下第３位四捨五入）。収入未済額は、調定額から収入済額及び不納欠損額を差し引いたもの。</div>')
H.append(f'<div class="note">※２ 市税の不納欠損額のうち、滞納処分の執行停止期間満了によるもの 14,208千円、時効によるもの {c(wo - 14208)}千円。</div>')
g.f("市税", "市税", FY, "令和６年度", "total", "written_off", "actual", 14208000, "yen", "14,208千円", P)
g.f("市税", "市税", FY, "令和６年度", "total", "written_off", "actual", (wo - 14208) * 1000, "yen", f"{c(wo - 14208)}千円", P)
H.append('<div class="note">出典：令和６年度五泉市歳入歳出決算書及び税務課集計</div></div>')

html = f'<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>決算審査特別委員会会議録</title><style>{css}</style></head><body>{"".join(H)}</body></html>'
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
chromium_pdf(hp, PDF / f"{STEM}.pdf")
minutes = {"title": "決算審査特別委員会会議録", "meeting_number": None, "date": "2025-09-17", "method": None,
           "attendees": attendees, "agenda": AGENDA, "materials": ["令和６年度 債権別収納状況（決算）"],
           "statements": [{"speaker": sp, "section": None, "text": t} for sp, t, _ in ST]}
write_gold(STEM, "minutes", "五泉市", "五泉市議会 決算審査特別委員会会議録", "2025-09-17", "令和７年９月17日（水曜日）", g,
           minutes=minutes, family="iinkaikiroku")
