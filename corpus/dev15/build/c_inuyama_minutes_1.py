"""犬山市 令和7年9月 総務委員会会議録 (所管事務調査: 債権管理): PyMuPDF Story (HTML) with drawn header/footer."""
from __future__ import annotations

import html
import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).parent))
from c_common import OUT, ROOT, Gold, rate, write_gold  # noqa: E402

STEM = "c_inuyama_minutes_1"
MUNI = "犬山市"
TITLE = "令和7年9月　総務委員会会議録"
g = Gold()

# ---------------- data (千円) : 令和6年度決算 ----------------
COMP = {  # debt: (a_c, c_c, a_a, c_a, w)
    "市税": (12_684_300, 12_610_733, 392_400, 122_704, 38_126),
    "国民健康保険税": (1_921_500, 1_846_946, 268_300, 66_672, 14_215),
    "介護保険料": (2_087_200, 2_073_050, 31_800, 6_942, 4_388),
    "後期高齢者医療保険料": (1_113_400, 1_111_200, 4_210, 1_530, 610),
    "保育料": (188_400, 186_012, 9_840, 1_897, 1_020),
    "市営住宅使用料": (96_300, 94_215, 14_600, 1_788, 2_310),
}
D = {}
for k, (a_c, c_c, a_a, c_a, w) in COMP.items():
    a, c = a_c + a_a, c_c + c_a
    D[k] = dict(a_c=a_c, c_c=c_c, a_a=a_a, c_a=c_a, w=w, a=a, c=c, o=a - c - w,
                r_c=rate(c_c, a_c), r_a=rate(c_a, a_a), r=rate(c, a))
T = {x: sum(D[k][x] for k in D) for x in ("a", "c", "w", "o")}
T["r"] = rate(T["c"], T["a"])


def approx_man(k):  # 千円 -> "約X億Y,Z万円" rounded to 10万円
    man = round(k / 100) * 10
    oku, rest = divmod(man, 10000)
    return (f"約{oku}億{rest:,}万円" if oku else f"約{rest:,}万円"), man * 10000


AGENDA = ["令和6年度債権管理計画の実績について", "令和7年度上半期の収納状況について"]
SEC1, SEC2 = AGENDA
FY6 = dict(fy=2024, fy_raw="令和6年度", basis="actual")

s_tax = D["市税"]
o_tax_raw, o_tax_val = approx_man(s_tax["o"])
o_kok_raw, o_kok_val = approx_man(D["国民健康保険税"]["o"])
wo_tax_man = s_tax["w"] // 10  # 万円 truncated, printed with 余
wo_tax_raw = f"{wo_tax_man:,}万円余"

# statement list: (speaker, section, text) ; facts recorded in order of appearance
ST = []


def say(speaker, section, text):
    ST.append({"speaker": speaker, "section": section, "text": text})


def F(raw, **kw):
    return g.fact(raw, **kw)


say("柴田委員長", None, "ただいまから総務委員会を開会いたします。本日は、閉会中の所管事務調査として、債権管理の取組状況について調査を行います。"
    "初めに、執行部から説明を求めます。")
say("丹羽経営部長", SEC1, "おはようございます。本日は、令和6年度の債権管理計画の実績と、今年度上半期の収納状況につきまして御報告申し上げます。"
    "詳細は収納課長から説明いたしますので、よろしくお願いいたします。")
t1 = (f"それでは、お手元の資料に沿って御説明いたします。まず市税でございますが、令和6年度の収納率は、現年課税分が"
      f"{F(str(s_tax['r_c']) + '％', debt='市税', segment='current', metric='collection_rate', value=float(s_tax['r_c']), unit='percent', **FY6)}、"
      f"滞納繰越分が{F(str(s_tax['r_a']) + '％', debt='市税', segment='arrears', metric='collection_rate', value=float(s_tax['r_a']), unit='percent', **FY6)}、"
      f"合計で{F(str(s_tax['r']) + '％', debt='市税', segment='total', metric='collection_rate', value=float(s_tax['r']), unit='percent', **FY6)}となりました。"
      f"収入未済額は{F(o_tax_raw, debt='市税', segment='total', metric='outstanding', value=o_tax_val, unit='yen', approx=True, **FY6)}で、前年度と比べ縮減しております。"
      "次に、国民健康保険税でございますが、現年課税分が"
      f"{F(str(D['国民健康保険税']['r_c']) + '％', debt='国民健康保険税', segment='current', metric='collection_rate', value=float(D['国民健康保険税']['r_c']), unit='percent', **FY6)}、"
      f"滞納繰越分が{F(str(D['国民健康保険税']['r_a']) + '％', debt='国民健康保険税', segment='arrears', metric='collection_rate', value=float(D['国民健康保険税']['r_a']), unit='percent', **FY6)}でございます。"
      f"収入未済額は{F(o_kok_raw, debt='国民健康保険税', segment='total', metric='outstanding', value=o_kok_val, unit='yen', approx=True, **FY6)}となっております。"
      "その他の債権の状況につきましては、別表に取りまとめておりますので、御確認をお願いいたします。")
say("大島収納課長", SEC1, t1)
say("柴田委員長", SEC1, "説明が終わりました。質疑はありませんか。")
say("水野委員", SEC1, "市税の滞納繰越分の収納率が上がっているということですが、不納欠損の状況はどうなっていますか。"
    "安易に欠損処理をしているのではないかという声もありますので、確認させてください。")
say("大島収納課長", SEC1,
    f"令和6年度の市税の不納欠損額は{F(wo_tax_raw, debt='市税', segment='total', metric='written_off', value=wo_tax_man * 10000, unit='yen', approx=True, **FY6)}でございます。"
    "財産調査の結果、差し押さえる財産がなく、生活が困窮している方について執行停止を行い、3年を経過したものが中心でございます。"
    "財産調査を尽くした上で判断しておりますので、御理解をいただきたいと思います。")
say("水野委員", SEC1, "わかりました。保育料の滞納についても伺います。滞納されている方は何人ぐらいいるのでしょうか。")
del_n = 41
say("河村子ども・若者未来課長", SEC1,
    f"保育料の令和6年度末の滞納者数は{F(f'{del_n}人', debt='保育料', segment='total', metric='delinquents', value=del_n, unit='persons', **FY6)}で、"
    "前年度末から6人減少しております。児童手当からの特別徴収の申出を勧めるなど、在園中の納付相談を重点的に行っております。")
say("柴田委員長", SEC2, "次に、令和7年度上半期の収納状況について説明を求めます。")
IM = dict(fy=2025, fy_raw="令和7年7月末", basis="interim", as_of="2025-07-31")
PM = dict(fy=2024, fy_raw="前年同月", basis="interim", as_of="2024-07-31")
t2 = (f"令和7年7月末時点の市税の現年課税分の収納率は{F('44.18％', debt='市税', segment='current', metric='collection_rate', value=44.18, unit='percent', **IM)}で、"
      f"前年同月の{F('43.92％', debt='市税', segment='current', metric='collection_rate', value=43.92, unit='percent', **PM)}を0.26ポイント上回っております。"
      f"滞納繰越分は{F('14.07％', debt='市税', segment='arrears', metric='collection_rate', value=14.07, unit='percent', **IM)}でございます。"
      f"国民健康保険税の現年課税分は{F('27.35％', debt='国民健康保険税', segment='current', metric='collection_rate', value=27.35, unit='percent', **IM)}で、"
      f"前年同月とほぼ同水準で推移しております。"
      "今後は、11月に予定しております令和7年度第2回債権管理推進会議において各課の進捗を確認し、年末の滞納整理強化月間の取組につなげてまいります。")
say("大島収納課長", SEC2, t2)
say("柴田委員長", SEC2, "質疑はありませんか。")
say("奥田委員", SEC2, "スマートフォン決済を導入してから、納期内納付にどの程度効果が出ているのでしょうか。また、今年度の目標は達成できる見込みですか。")
t3 = ("スマートフォン決済による納付は、令和6年度に約2万1,000件ございまして、納付全体の1割を超えるまでになりました。"
      f"今年度の市税の目標収納率は、現年課税分で{F('99.45％', debt='市税', segment='current', metric='collection_rate', value=99.45, unit='percent', fy=2025, fy_raw='今年度', basis='target')}としておりますが、"
      "現時点の進捗からは達成できるものと見込んでおります。")
say("大島収納課長", SEC2, t3)
say("奥田委員", SEC2, "わかりました。引き続きお願いします。")
say("柴田委員長", SEC2, "ほかに質疑はありませんか。――ないようですので、以上で債権管理の取組状況についての調査を終わります。これをもちまして総務委員会を閉会いたします。")

# ---------------- attendees ----------------
MEMBERS = [("委員長", "柴田浩二"), ("副委員長", "長谷川由紀"), ("委員", "水野真吾"), ("委員", "奥田健一"),
           ("委員", "鈴木美千代"), ("委員", "吉田拓也")]
OFFICIALS = [("経営部長", "丹羽正之"), ("市民部長", "梅村康弘"), ("子ども・若者未来部長", "堀部直美"),
             ("税務課長", "宇野泰典"), ("収納課長", "大島秀樹"), ("保険年金課長", "日比野聡"),
             ("子ども・若者未来課長", "河村亜紀")]
STAFF = [("議事課主査", "渡辺光")]


def sp(name):
    return "　".join(name) if len(name) <= 3 else name


def esc(x):
    return html.escape(x)


# ---------------- HTML ----------------
def member_rows():
    out = []
    for i in range(0, len(MEMBERS), 2):
        cells = "".join(f"<td class='r'>{esc(r)}</td><td>{esc(sp(n))}　君</td>" for r, n in MEMBERS[i:i + 2])
        out.append(f"<tr>{cells}</tr>")
    return "".join(out)


def off_rows():
    out = []
    for i in range(0, len(OFFICIALS), 2):
        cells = "".join(f"<td class='r'>{esc(r)}</td><td>{esc(sp(n))}　君</td>" for r, n in OFFICIALS[i:i + 2])
        out.append(f"<tr>{cells}</tr>")
    return "".join(out)


parts = [f"""
<p class='t'>令和7年9月</p>
<p class='t2'>総務委員会会議録</p>
<p class='c'>令和7年9月17日（水曜日）<br/>午前10時00分から<br/>午前11時18分まで<br/>第1委員会室</p>
<hr/>
<p>〇出席委員（6名）</p><table class='m'>{member_rows()}</table>
<p class='s'>********************</p>
<p>〇欠席委員（0名）</p>
<p class='s'>********************</p>
<p>〇職務のため出席した事務局職員の職・氏名</p><table class='m'><tr><td class='r'>議事課主査</td><td>渡　辺　　光　君</td></tr></table>
<p class='s'>********************</p>
<p>〇説明のため出席した者の職・氏名</p><table class='m'>{off_rows()}</table>
<p class='s'>********************</p>
<p>〇所管事務調査事項</p>
<p class='i'>債権管理の取組状況について</p>
<p class='i'>（１）{AGENDA[0]}</p>
<p class='i'>（２）{AGENDA[1]}</p>
<p class='s'>********************</p>
<p class='c'>午前10時00分　開会</p>
"""]
cur = None
for s in ST:
    if s["section"] != cur and s["section"] is not None:
        cur = s["section"]
        n_ = AGENDA.index(cur) + 1
        parts.append(f"<p class='h'>【（{'１２'[n_-1]}）{esc(cur)}】</p>")
    parts.append(f"<p class='sp'>○{esc(s['speaker'])}　{esc(s['text'])}</p>")
parts.append("<p class='c'>午前11時18分　閉会</p>")

# 別表
rows = []
for k, v in D.items():
    kw = dict(debt=k, segment="total", **FY6)
    rows.append("<tr><td class='l'>" + esc(k) + "</td>" + "".join(
        f"<td>{F(x, **kw, **m)}</td>" for x, m in (
            (f"{v['a']:,}", dict(metric="assessed", value=v['a'] * 1000, unit="yen")),
            (f"{v['c']:,}", dict(metric="collected", value=v['c'] * 1000, unit="yen")),
            (f"{v['w']:,}", dict(metric="written_off", value=v['w'] * 1000, unit="yen")),
            (f"{v['o']:,}", dict(metric="outstanding", value=v['o'] * 1000, unit="yen")),
            (f"{v['r']}", dict(metric="collection_rate", value=float(v['r']), unit="percent")))) + "</tr>")
kwT = dict(debt=None, debt_raw="合計", segment="total", **FY6)
rows.append("<tr><td class='l'>合計</td>" + "".join(
    f"<td>{F(x, **kwT, **m)}</td>" for x, m in (
        (f"{T['a']:,}", dict(metric="assessed", value=T['a'] * 1000, unit="yen")),
        (f"{T['c']:,}", dict(metric="collected", value=T['c'] * 1000, unit="yen")),
        (f"{T['w']:,}", dict(metric="written_off", value=T['w'] * 1000, unit="yen")),
        (f"{T['o']:,}", dict(metric="outstanding", value=T['o'] * 1000, unit="yen")),
        (f"{T['r']}", dict(metric="collection_rate", value=float(T['r']), unit="percent")))) + "</tr>")
BETSU = "別表　主な債権の収納状況（令和6年度決算）"
parts2 = []
parts2.append(f"""
<p class='pb'>{BETSU}</p>
<p class='u'>（単位：千円、収納率は％）</p>
<table class='b'><tr><th>債権名</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th></tr>
{''.join(rows)}</table>
<p class='n'>※調定額及び収入済額は現年度分と滞納繰越分の合計です。収入未済額＝調定額－収入済額－不納欠損額</p>
""")
CSS = """
@font-face {font-family: M; src: url(ipaexm.ttf);}
@font-face {font-family: G; src: url(ipaexg.ttf);}
* {font-family: M; font-size: 10.5pt;}
p {margin: 0 0 5pt 0;}
.t {text-align: center; font-family: G; font-size: 13pt; margin: 0;}
.t2 {text-align: center; font-family: G; font-size: 16pt; margin-bottom: 8pt;}
.c {text-align: center;}
.s {text-align: center; color: #444;}
.i {margin-left: 18pt;}
.h {font-family: G; margin-top: 8pt;}
.sp {text-indent: -10pt; margin-left: 10pt;}
table.m {margin-left: 20pt;}
table.m td {padding: 1pt 8pt; font-size: 10pt;}
td.r {text-align: left;}
.pb {font-family: G; font-size: 12pt;}
.u {text-align: right; font-size: 9pt;}
table.b {border-collapse: collapse; width: 100%;}
table.b th, table.b td {border: 0.6pt solid black; padding: 2pt 4pt; font-size: 9.5pt; text-align: right;}
table.b th {text-align: center; background-color: #eeeeee;}
table.b td.l {text-align: left;}
.n {font-size: 8.5pt;}
"""
arch = pymupdf.Archive()
arch.add(pymupdf.Archive("/usr/share/fonts/opentype/ipaexfont-mincho"))
arch.add(pymupdf.Archive("/usr/share/fonts/opentype/ipaexfont-gothic"))
stories = [pymupdf.Story(html="".join(parts), user_css=CSS, archive=arch),
           pymupdf.Story(html="".join(parts2), user_css=CSS, archive=arch)]
OUT.mkdir(parents=True, exist_ok=True)
tmp = OUT / f"{STEM}.raw.pdf"
MB = pymupdf.paper_rect("a4")
WHERE = MB + (62, 70, -62, -64)
w = pymupdf.DocumentWriter(str(tmp))
npg = 0
for story in stories:
    more = 1
    while more:
        npg += 1
        if npg > 12:
            raise SystemExit("story does not fit")
        dev = w.begin_page(MB)
        more, _ = story.place(WHERE)
        story.draw(dev)
        w.end_page()
w.close()
doc = pymupdf.open(tmp)
N = len(doc)
for i, page in enumerate(doc):
    page.insert_font(fontname="ipm", fontfile="/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf")
    page.insert_text((MB.width - 62 - 150, 44), "犬山市議会　総務委員会会議録", fontname="ipm", fontsize=8)
    page.draw_line((62, 50), (MB.width - 62, 50), width=0.5)
    page.insert_text((MB.width / 2 - 12, MB.height - 36), f"－{i + 1}－", fontname="ipm", fontsize=9)
doc.subset_fonts()
pdf = ROOT / "pdf" / f"{STEM}.pdf"
doc.save(pdf, garbage=4, deflate=True)
doc.close()

attendees = ([{"role": r, "name": n, "title": None} for r, n in MEMBERS]
             + [{"role": r, "name": n, "title": r} for r, n in STAFF]
             + [{"role": r, "name": n, "title": r} for r, n in OFFICIALS])
minutes = {"title": TITLE, "meeting_number": None, "date": "2025-09-17", "method": None,
           "attendees": attendees, "agenda": AGENDA, "materials": [BETSU], "statements": ST}
write_gold(STEM, g, {"kind": "minutes", "municipality": MUNI, "title": TITLE, "date": "2025-09-17",
                     "date_raw": "令和7年9月17日（水曜日）"}, minutes=minutes)
