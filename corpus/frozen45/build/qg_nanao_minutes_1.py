"""七尾市議会 決算審査特別委員会記録 (令和7年9月) — HTML/CSS -> chromium --print-to-pdf.

Run from corpus/frozen45:  python3 build/qg_nanao_minutes_1.py
"""
from __future__ import annotations

import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qg_common import (GOTHIC, MINCHO, PDF_DIR, WORK, Gold, c, check, rate, trif, zd)  # noqa: E402

STEM = "qg_nanao_minutes_1"
CITY = "七尾市"
TITLE = "決算審査特別委員会記録"
DATE = "2025-09-16"

g = Gold(STEM, "minutes", "minutes", CITY, "令和７年９月定例会 決算審査特別委員会記録", DATE, "令和７年９月１６日")


def m1(thousand: int) -> str:
    """千円 -> 百万円 with one decimal (round half up)."""
    v = (Decimal(thousand) / Decimal(1000)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{v:,.1f}"


def m1v(thousand: int) -> int:
    v = (Decimal(thousand) / Decimal(1000)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return int(v * 1000000)


def man(thousand: int) -> str:
    """千円 (multiple of 10) -> 'N億N,NNN万円'."""
    m = thousand // 10
    oku, rest = divmod(m, 10000)
    s = (f"{oku}億" if oku else "") + (f"{rest:,}万" if rest else "")
    return s + "円"


# ---------------------------------------------------------------- data (千円)
# 市税 totals by year: assessed, collected, written off
TAX_YEARS = {
    2020: (7012300, 6801450, 15820),
    2021: (7105660, 6909120, 14300),
    2022: (7160480, 6971350, 11150),
    2023: (7205310, 7026240, 9820),
    2024: (7271390, 7104010, 12840),
}
# 表2: debt -> {fy: (cur a, cur c, cur wo, arr a, arr c, arr wo)}
T2 = [
    ("市税", "市税", {2023: (7048900, 6990120, 0, 156410, 36120, 9820),
                    2024: (7102450, 7062400, 0, 168940, 41610, 12840)}),
    ("国民健康保険税", "国民健康保険税", {2023: (1321800, 1242450, 0, 372600, 71390, 31200),
                                  2024: (1298600, 1225360, 0, 349360, 70570, 28900)}),
    ("介護保険料", "介護保険料", {2023: (1086400, 1075820, 0, 24310, 4120, 3650),
                          2024: (1093720, 1083650, 0, 27120, 4510, 3020)}),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", {2023: (512340, 510210, 0, 3620, 1180, 210),
                                        2024: (528910, 526880, 0, 4360, 1240, 190)}),
    ("市営住宅使用料", "市営住宅使用料", {2023: (118430, 112640, 0, 24870, 2980, 1320),
                                2024: (116020, 110430, 0, 26360, 3110, 980)}),
    ("保育料", "保育料", {2023: (98760, 98120, 0, 5630, 1040, 420),
                      2024: (95410, 94870, 0, 4810, 1120, 380)}),
]
for debt, _, d in T2:
    for fy, v in d.items():
        assert v[0] - v[1] - v[2] >= 0 and v[3] - v[4] - v[5] >= 0
# 市税 in 表2 must agree with 表1
for fy in (2023, 2024):
    v = T2[0][2][fy]
    assert v[0] + v[3] == TAX_YEARS[fy][0] and v[1] + v[4] == TAX_YEARS[fy][1] and v[2] + v[5] == TAX_YEARS[fy][2]


def tax_out(fy):
    a, cc, wo = TAX_YEARS[fy]
    return a - cc - wo


# ---------------------------------------------------------------- html helpers
CSS = f"""
@font-face {{ font-family: 'QM'; src: url('file://{MINCHO}'); }}
@font-face {{ font-family: 'QG'; src: url('file://{GOTHIC}'); }}
@page {{ size: A4; margin: 18mm 17mm 18mm 17mm;
  @bottom-center {{ content: "－ " counter(page) " －"; font-family: 'QM'; font-size: 9pt; }} }}
body {{ font-family: 'QM'; font-size: 10.2pt; line-height: 1.62; margin: 0; }}
h1 {{ font-family: 'QG'; font-size: 15pt; text-align: center; margin: 4mm 0 1mm 0; letter-spacing: 0.2em; }}
.sess {{ text-align: center; font-size: 11pt; margin: 0; }}
.rule {{ border-top: 1px solid #000; margin: 3mm 0; }}
.lbl {{ font-family: 'QG'; margin: 2.5mm 0 0.5mm 0; }}
table.att {{ border-collapse: collapse; margin-left: 8mm; }}
table.att td {{ padding: 0 5mm 0 0; white-space: nowrap; }}
.st {{ text-indent: -1em; padding-left: 1em; margin: 0 0 1.6mm 0; text-align: justify; }}
.spk {{ font-family: 'QG'; }}
.note {{ text-align: center; margin: 1mm 0 2mm 0; }}
.pb {{ break-before: page; }}
h2 {{ font-family: 'QG'; font-size: 12pt; margin: 0 0 2mm 0; }}
.cap {{ font-family: 'QG'; font-size: 10.5pt; margin: 3mm 0 1mm 0; }}
.box {{ border: 1.4px solid #000; padding: 3mm; }}
table.d {{ border-collapse: collapse; width: 100%; font-size: 8.6pt; line-height: 1.3; }}
table.d th, table.d td {{ border: 0.8px solid #000; padding: 1mm 1.4mm; }}
table.d th {{ font-family: 'QG'; font-weight: normal; background: #e4e4e4; text-align: center; }}
table.d td.n {{ text-align: right; font-family: 'QM'; }}
table.d td.l {{ text-align: left; }}
table.d tr.avg td {{ background: #f3f3f3; }}
.src {{ font-size: 8.5pt; margin: 1mm 0 0 0; }}
.fn {{ font-size: 8.5pt; margin: 0; }}
.unit {{ text-align: right; font-size: 8.5pt; margin: 0; }}
"""

html: list[str] = []
statements: list[dict] = []


def H(s):
    html.append(s)


def say(page, speaker, text, section=None):
    H(f'<p class="st"><span class="spk">○{speaker}</span>　{text}</p>')
    statements.append({"speaker": speaker, "section": section, "text": text, "page": page})


# ================================================================= page 1
P = 1
H('<p class="sess">令和７年９月七尾市議会定例会</p>')
H(f"<h1>{TITLE}</h1>")
H('<div class="rule"></div>')
H('<p class="lbl">〇日　　時　令和７年９月１６日（火）　午前１０時００分開議</p>')
H('<p class="lbl">〇場　　所　第１委員会室</p>')
AGENDA = ["認定第１号　令和６年度七尾市一般会計歳入歳出決算認定について（歳入のうち市税、使用料及び手数料、諸収入）",
          "認定第２号　令和６年度七尾市国民健康保険特別会計歳入歳出決算認定について"]
H('<p class="lbl">〇会議に付した事件</p>')
for a in AGENDA:
    H(f'<p style="margin:0 0 0 8mm">{a}</p>')

MEMBERS = [("委員長", "石川浩二"), ("副委員長", "北村真理"), ("委員", "坂下一郎"), ("委員", "中西和子"),
           ("委員", "荒木正志"), ("委員", "宮本健太"), ("委員", "久保幸雄")]
ABSENT = [("委員", "谷口誠")]
OFFICIALS = [("副市長", "土田昌弘"), ("総務部長", "西田修"), ("税務課長", "瀬川聡"),
             ("税務課収納対策室長", "田中優子"), ("健康福祉部長", "岡本博之"), ("保険・年金課長", "前田浩"),
             ("子育て支援課長", "山岸香織"), ("建設部長", "能登谷明"), ("都市建築課長", "松田誠司")]
STAFF = [("議会事務局長", "松本隆"), ("議事調査課主幹", "中島綾")]


def spaced(name):
    return " ".join(name) if len(name) <= 3 else name[:2] + "　" + name[2:]


def att_table(rows, cols=2):
    H('<table class="att">')
    for i in range(0, len(rows), cols):
        H("<tr>" + "".join(f"<td>{r}</td><td>{spaced(n)}</td>" for r, n in rows[i:i + cols]) + "</tr>")
    H("</table>")


H(f'<p class="lbl">〇出席委員（{zd(len(MEMBERS))}名）</p>')
att_table(MEMBERS)
H(f'<p class="lbl">〇欠席委員（{zd(len(ABSENT))}名）</p>')
att_table(ABSENT)
H(f'<p class="lbl">〇説明のため出席した者（{zd(len(OFFICIALS))}名）</p>')
att_table(OFFICIALS)
H(f'<p class="lbl">〇事務局職員出席者（{zd(len(STAFF))}名）</p>')
att_table(STAFF)
H('<div class="rule"></div>')
H('<p class="note">午前１０時００分　開議</p>')
SECA = "認定第１号"
say(P, "石川委員長", "ただいまから決算審査特別委員会を開会いたします。本日は谷口委員から欠席の届出がありましたので、"
    "御報告いたします。認定第１号のうち歳入の市税等を議題とし、執行部から収納状況について説明を求めます。", SECA)

# ================================================================= page 2
H('<div class="pb"></div>')
P = 2
a24, c24, w24 = TAX_YEARS[2024]
o24 = tax_out(2024)
o23 = tax_out(2023)
v24 = T2[0][2][2024]
r_cur24 = rate(v24[1], v24[0])
r_arr24 = rate(v24[4], v24[3])
r_tot24 = rate(c24, a24)
r_tot23 = rate(TAX_YEARS[2023][1], TAX_YEARS[2023][0])
d_tot = round(r_tot24 - r_tot23, 2)
diff_o = o24 - o23  # negative
txt = (f"令和６年度決算における市税の調定額は{zd(man(a24))}、収入済額は{zd(man(c24))}でございます。"
       f"収納率は、現年課税分が{zd(f'{r_cur24:.2f}')}％、滞納繰越分が{zd(f'{r_arr24:.2f}')}％、合計で{zd(f'{r_tot24:.2f}')}％となり、"
       f"合計の収納率は前年度と比べ{zd(f'{d_tot:.2f}')}ポイント上昇いたしました。"
       f"不納欠損額は{zd(man(w24))}、収入未済額は{zd(man(o24))}で、前年度から{zd(man(-diff_o))}の減少となっております。"
       "詳細は、お手元の資料の表１及び表２のとおりでございます。")
say(P, "瀬川税務課長", txt, SECA)
F = g.fact
F(P, "市税", "市税", 2024, "令和６年度決算", "total", "assessed", "actual", a24 * 1000, "yen", zd(man(a24)))
F(P, "市税", "市税", 2024, "令和６年度決算", "total", "collected", "actual", c24 * 1000, "yen", zd(man(c24)))
F(P, "市税", "市税", 2024, "令和６年度決算", "current", "collection_rate", "actual", r_cur24, "percent", zd(f"{r_cur24:.2f}") + "％")
F(P, "市税", "市税", 2024, "令和６年度決算", "arrears", "collection_rate", "actual", r_arr24, "percent", zd(f"{r_arr24:.2f}") + "％")
F(P, "市税", "市税", 2024, "令和６年度決算", "total", "collection_rate", "actual", r_tot24, "percent", zd(f"{r_tot24:.2f}") + "％")
F(P, "市税", "市税", 2024, "令和６年度決算", "total", "difference", "actual", d_tot, "points", zd(f"{d_tot:.2f}") + "ポイント")
F(P, "市税", "市税", 2024, "令和６年度決算", "total", "written_off", "actual", w24 * 1000, "yen", zd(man(w24)))
F(P, "市税", "市税", 2024, "令和６年度決算", "total", "outstanding", "actual", o24 * 1000, "yen", zd(man(o24)))
F(P, "市税", "市税", 2024, "令和６年度決算", "total", "difference", "actual", diff_o * 1000, "yen", zd(man(-diff_o)))

v23 = T2[0][2][2023]
r_arr23 = rate(v23[4], v23[3])
txt = (f"滞納繰越分の収納率が{r_arr24:.2f}％とのことだが、令和５年度決算では{r_arr23:.2f}％であったと記憶している。"
       "改善した要因は何か。また、県内の他市と比べて本市の水準はどうか、伺いたい。")
say(P, "坂下委員", txt, SECA)
F(P, "市税", "市税", 2024, "令和６年度決算", "arrears", "collection_rate", "actual", r_arr24, "percent", f"{r_arr24:.2f}％")
F(P, "市税", "市税", 2023, "令和５年度決算", "arrears", "collection_rate", "actual", r_arr23, "percent", f"{r_arr23:.2f}％")

txt = ("改善の主な要因は、石川県地方税滞納整理機構への引継ぎ案件が完結したことに加え、預貯金の差押えを早期に行ったことでございます。"
       "県内他市との比較では、滞納繰越分の収納率は中位にございます。今後は給与照会の対象を広げ、継続して改善を図ってまいります。")
say(P, "瀬川税務課長", txt, SECA)

kv = T2[1][2]
k24, k23 = kv[2024], kv[2023]
kr_cur = rate(k24[1], k24[0])
kr_arr = rate(k24[4], k24[3])
ko24 = (k24[0] - k24[1] - k24[2]) + (k24[3] - k24[4] - k24[5])
ko23 = (k23[0] - k23[1] - k23[2]) + (k23[3] - k23[4] - k23[5])
ko24_r = round(ko24 / 10) * 10  # 万円 precision for the approximate statement
txt = ("国民健康保険税について伺う。収入未済額が依然として大きいと思うが、令和６年度の状況と、滞納世帯への対応はどうなっているのか。")
say(P, "中西委員", txt, "認定第２号")
hh = 1145
txt = (f"国民健康保険税の令和６年度決算は、現年課税分の収納率が{kr_cur:.2f}パーセント、滞納繰越分が{kr_arr:.2f}パーセントでございます。"
       f"収入未済額は約{man(ko24_r)}で、前年度と比べ約{man(round((ko23 - ko24) / 10) * 10)}の減少となりました。"
       f"年度末の滞納世帯数は{c(hh)}世帯で、短期被保険者証の更新の際には、必ず納付相談を行っております。")
say(P, "前田保険・年金課長", txt, "認定第２号")
F(P, "国民健康保険税", "国民健康保険税", 2024, "令和６年度決算", "current", "collection_rate", "actual", kr_cur, "percent", f"{kr_cur:.2f}パーセント")
F(P, "国民健康保険税", "国民健康保険税", 2024, "令和６年度決算", "arrears", "collection_rate", "actual", kr_arr, "percent", f"{kr_arr:.2f}パーセント")
F(P, "国民健康保険税", "国民健康保険税", 2024, "令和６年度決算", "total", "outstanding", "actual", ko24_r * 1000, "yen",
  f"約{man(ko24_r)}", approx=True)
F(P, "国民健康保険税", "国民健康保険税", 2024, "令和６年度決算", "total", "difference", "actual",
  -round((ko23 - ko24) / 10) * 10 * 1000, "yen", f"約{man(round((ko23 - ko24) / 10) * 10)}", approx=True)
F(P, "国民健康保険税", "国民健康保険税", 2024, "令和６年度決算", "total", "delinquents", "actual", hh, "households", f"{c(hh)}世帯")
say(P, "中西委員", "滞納世帯の中には、所得が低く納付が難しい世帯もあると思う。そうした世帯への配慮はどのようにしているのか。", "認定第２号")
say(P, "前田保険・年金課長", "納付相談の際に生活状況を丁寧に聞き取り、分割納付の相談に応じております。生活困窮者自立支援の窓口とも連携し、"
    "減免の対象となる世帯には申請の御案内も併せて行っております。", "認定第２号")
say(P, "坂下委員", "納付方法の拡大について伺う。スマートフォン決済の利用状況はどうか。", SECA)
say(P, "田中税務課収納対策室長", "令和６年度のスマートフォン決済による納付は約１万２千件で、前年度の約１．４倍となりました。"
    "若い世代の利用が多く、期限内納付の促進につながっていると考えております。", SECA)

# ================================================================= page 3
H('<div class="pb"></div>')
P = 3
jv = T2[4][2][2024]
jo = (jv[0] - jv[1] - jv[2]) + (jv[3] - jv[4] - jv[5])
jo_arr = jv[3] - jv[4] - jv[5]
txt = (f"歳入の使用料について伺う。市営住宅使用料の滞納額が約{man(round(jo / 100) * 100)}あると聞いているが、"
       "退去した方の分はどのように回収しているのか。")
say(P, "荒木委員", txt, SECA)
F(P, "市営住宅使用料", "市営住宅使用料", 2024, None, "total", "outstanding", "actual", round(jo / 100) * 100 * 1000, "yen",
  f"約{man(round(jo / 100) * 100)}", approx=True)
txt = (f"令和６年度末の市営住宅使用料の収入未済額は{c(jo)}千円で、そのうち過年度分が{c(jo_arr)}千円でございます。"
       "退去者分につきましては、連帯保証人への請求を行い、応じていただけない場合は支払督促の申立てを行っております。")
say(P, "松田都市建築課長", txt, SECA)
F(P, "市営住宅使用料", "市営住宅使用料", 2024, "令和６年度末", "total", "outstanding", "actual", jo * 1000, "yen", f"{c(jo)}千円")
F(P, "市営住宅使用料", "市営住宅使用料", 2024, "令和６年度末", "arrears", "outstanding", "actual", jo_arr * 1000, "yen", f"{c(jo_arr)}千円")

say(P, "宮本委員", "保育料の収納状況はどうか。児童手当からの徴収は活用されているのか。", SECA)
hv = T2[5][2][2024]
hr = rate(hv[1], hv[0])
txt = (f"保育料の令和６年度の現年度分収納率は{hr:.2f}％でございます。児童手当からの特別徴収につきましては、"
       "滞納のある世帯に対し、申出書の提出を個別にお願いしているところでございます。")
say(P, "山岸子育て支援課長", txt, SECA)
F(P, "保育料", "保育料", 2024, "令和６年度", "current", "collection_rate", "actual", hr, "percent", f"{hr:.2f}％")
hra = rate(hv[4], hv[3])
say(P, "宮本委員", "現年度分は高い水準だが、過年度分はどうか。卒園した世帯の滞納が残っているのではないか。", SECA)
txt = (f"保育料の滞納繰越分の収納率は、令和６年度決算で{hra:.2f}％でございます。卒園後の世帯につきましては、"
       "小学校の入学時期に合わせて文書と電話による催告を行っております。")
say(P, "山岸子育て支援課長", txt, SECA)
F(P, "保育料", "保育料", 2024, "令和６年度決算", "arrears", "collection_rate", "actual", hra, "percent", f"{hra:.2f}％")

say(P, "久保委員", "全庁的な債権管理について伺う。債権管理条例を制定してから５年が経過したが、市全体の未収金はどの程度縮減したのか。",
    SECA)
all24, all19 = 612000000, 845000000
txt = ("全庁の収入未済額は、令和６年度末で約６億１，２００万円となり、条例施行前の令和元年度末の約８億４，５００万円と比べまして、"
       "約２億３，３００万円縮減いたしました。引き続き、債権管理推進会議において各課の進捗を確認してまいります。")
say(P, "土田副市長", txt, SECA)
F(P, None, None, 2024, "令和６年度末", "total", "outstanding", "actual", all24, "yen", "約６億１，２００万円", approx=True)
F(P, None, None, 2019, "令和元年度末", "total", "outstanding", "actual", all19, "yen", "約８億４，５００万円", approx=True)
F(P, None, None, 2024, "令和６年度末", "total", "difference", "actual", all24 - all19, "yen", "約２億３，３００万円", approx=True)

w23 = TAX_YEARS[2023][2]
say(P, "北村副委員長", f"市税の不納欠損額が前年度の{c(w23)}千円から増えているが、その理由は何か。", SECA)
F(P, "市税", "市税", 2023, "前年度", "total", "written_off", "actual", w23 * 1000, "yen", f"{c(w23)}千円")
txt = (f"令和６年度の市税の不納欠損額は{c(w24)}千円でございます。滞納処分の執行停止から３年を経過した案件が、"
       "例年より多かったことによるものでございます。執行停止の判断は、財産調査を尽くした上で行っております。")
say(P, "瀬川税務課長", txt, SECA)
F(P, "市税", "市税", 2024, "令和６年度", "total", "written_off", "actual", w24 * 1000, "yen", f"{c(w24)}千円")
say(P, "石川委員長", "ほかに質疑はありませんか。（「なし」と呼ぶ者あり）質疑がないようですので、本日はこれをもって散会いたします。", SECA)
H('<p class="note">午前１１時４２分　散会</p>')

# ================================================================= page 4: 資料 表1
H('<div class="pb"></div>')
P = 4
H("<h2>決算審査特別委員会資料　市税等の収納状況（税務課）</h2>")
H('<p class="cap">表１　市税の決算額の推移（令和２年度～令和６年度）</p>')
H('<div class="box">')
H('<table class="d"><tr><th>年度</th><th>調定額<br>（百万円）</th><th>収入済額<br>（百万円）</th><th>不納欠損額<br>（百万円）</th>'
  '<th>収入未済額※1<br>（百万円）</th><th>収納率<br>（％）</th><th>収入未済額の<br>増減額（百万円）</th><th>増減率<br>（％）</th></tr>')
prev_o = None
sums = [0, 0, 0, 0]
rates_ = []
for fy, (a, cc, wo) in TAX_YEARS.items():
    o = a - cc - wo
    r = rate(cc, a)
    n = fy - 2018
    fy_raw = f"令和{n}（{fy}）年度"
    cells = [m1(a), m1(cc), m1(wo), m1(o), f"{r:.2f}" + ("※2" if fy == 2024 else "")]
    F(P, "市税", "市税", fy, fy_raw, "total", "assessed", "actual", m1v(a), "yen", m1(a))
    F(P, "市税", "市税", fy, fy_raw, "total", "collected", "actual", m1v(cc), "yen", m1(cc))
    F(P, "市税", "市税", fy, fy_raw, "total", "written_off", "actual", m1v(wo), "yen", m1(wo))
    F(P, "市税", "市税", fy, fy_raw, "total", "outstanding", "actual", m1v(o), "yen", m1(o))
    F(P, "市税", "市税", fy, fy_raw, "total", "collection_rate", "actual", r, "percent", f"{r:.2f}")
    if prev_o is None:
        cells += ["－", "－"]
    else:
        dd = m1v(o) - m1v(prev_o)
        dd_s = trif(dd / 1e6, 1)
        ch = round((o - prev_o) / prev_o * 100, 1)
        cells += [dd_s, trif(ch, 1)]
        F(P, "市税", "市税", fy, fy_raw, "total", "difference", "actual", dd, "yen", dd_s)
    prev_o = o
    for k, x in enumerate((a, cc, wo, o)):
        sums[k] += x
    rates_.append(r)
    H(f'<tr><td class="l">{fy_raw}</td>' + "".join(f'<td class="n">{x}</td>' for x in cells) + "</tr>")
avg = [s // 5 for s in sums]
avg_r = round(sum(rates_) / 5, 2)
H('<tr class="avg"><td class="l">５年平均</td>' + "".join(f'<td class="n">{m1(x)}</td>' for x in avg)
  + f'<td class="n">{avg_r:.2f}</td><td class="n">－</td><td class="n">－</td></tr>')
for metric, x in zip(("assessed", "collected", "written_off", "outstanding"), avg):
    F(P, "市税", "市税", None, "５年平均", "total", metric, "actual", m1v(x), "yen", m1(x))
F(P, "市税", "市税", None, "５年平均", "total", "collection_rate", "actual", avg_r, "percent", f"{avg_r:.2f}")
H("</table></div>")
H('<p class="src">出典：各年度七尾市歳入歳出決算書（市税は現年課税分と滞納繰越分の合計）</p>')
H('<p class="fn">※1　収入未済額＝調定額－収入済額－不納欠損額</p>')
H(f'<p class="fn">※2　令和６年度の現年課税分の収納率は{r_cur24:.2f}％、滞納繰越分は{r_arr24:.2f}％</p>')
F(P, "市税", "市税", 2024, "令和６年度", "current", "collection_rate", "actual", r_cur24, "percent", f"{r_cur24:.2f}％")
F(P, "市税", "市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", r_arr24, "percent", f"{r_arr24:.2f}％")
H('<p class="fn">※3　増減額及び増減率は前年度との比較（△は減）。５年平均は各年度の単純平均。</p>')


# ================================================================= pages 5-6: 表2 (three-level header, merged rows)
def t2_header():
    return ('<table class="d"><tr><th rowspan="3" colspan="2">債権名・区分</th><th colspan="3">令和５（2023）年度</th>'
            '<th colspan="3">令和６（2024）年度</th><th>差</th></tr>'
            '<tr><th colspan="3">決算</th><th colspan="3">決算</th><th>R6－R5</th></tr>'
            '<tr><th>調定額<br>（千円）</th><th>収入済額<br>（千円）</th><th>収納率<br>（％）</th>'
            '<th>調定額<br>（千円）</th><th>収入済額<br>（千円）</th><th>収納率<br>（％）</th><th>収納率<br>（ポイント）</th></tr>')


def t2_rows(page, items):
    for debt, raw, d, in items:
        segs = []
        for seg, lab, i0 in (("current", "現年課税分" if "税" in (debt or "") else "現年度分", 0), ("arrears", "滞納繰越分", 3)):
            segs.append((seg, lab, {fy: (d[fy][i0], d[fy][i0 + 1]) for fy in d}))
        segs.append(("total", "計", {fy: (d[fy][0] + d[fy][3], d[fy][1] + d[fy][4]) for fy in d}))
        for k, (seg, lab, vals) in enumerate(segs):
            row = "<tr>"
            if k == 0:
                row += f'<td class="l" rowspan="3">{raw}</td>'
            row += f'<td class="l">{lab}</td>'
            rr = {}
            for fy in (2023, 2024):
                a, cc = vals[fy]
                r = rate(cc, a)
                rr[fy] = r
                fy_raw = f"令和{fy - 2018}（{fy}）年度"
                row += f'<td class="n">{c(a)}</td><td class="n">{c(cc)}</td><td class="n">{r:.2f}</td>'
                F(page, debt, raw, fy, fy_raw, seg, "assessed", "actual", a * 1000, "yen", c(a))
                F(page, debt, raw, fy, fy_raw, seg, "collected", "actual", cc * 1000, "yen", c(cc))
                F(page, debt, raw, fy, fy_raw, seg, "collection_rate", "actual", r, "percent", f"{r:.2f}")
            dd = round(rr[2024] - rr[2023], 2)
            row += f'<td class="n">{trif(dd)}</td></tr>'
            F(page, debt, raw, 2024, "R6－R5", seg, "difference", "actual", dd, "points", trif(dd))
            H(row)


H('<p class="cap" style="margin-top:7mm">表２　主な債権の収納状況（令和５年度・令和６年度決算）</p>')
H(t2_header())
t2_rows(P, T2[:4])
H("</table>")
H('<p class="fn">※　税目以外の債権は「現年度分」と表示。収納率＝収入済額÷調定額×100。</p>')

H('<div class="pb"></div>')
P = 5
H('<p class="cap">表２　主な債権の収納状況（令和５年度・令和６年度決算）（続き）</p>')
H(t2_header())
t2_rows(P, T2[4:])
# 合計
tot = {fy: [0, 0, 0, 0] for fy in (2023, 2024)}
for _, _, d in T2:
    for fy in (2023, 2024):
        v = d[fy]
        tot[fy][0] += v[0]
        tot[fy][1] += v[1]
        tot[fy][2] += v[3]
        tot[fy][3] += v[4]
tot_d = {fy: (tot[fy][0], tot[fy][1], 0, tot[fy][2], tot[fy][3], 0) for fy in tot}
t2_rows(P, [(None, "合計", tot_d)])
H("</table>")
H('<p class="fn">※　合計は表２に掲げる６債権の合計。差の△は前年度からの低下を示す。</p>')

# 表3: 滞納者数・滞納世帯数と収入未済額 (令和6年度末)
DELQ = {"市税": (1482, "persons"), "国民健康保険税": (1145, "households"), "介護保険料": (436, "persons"),
        "後期高齢者医療保険料": (52, "persons"), "市営住宅使用料": (41, "persons"), "保育料": (27, "households")}
H('<p class="cap" style="margin-top:7mm">表３　債権別の滞納者数等（令和６年度末）</p>')
H('<table class="d" style="width:78%"><tr><th>債権名</th><th>滞納者数<br>（人）</th><th>滞納世帯数<br>（世帯）</th>'
  '<th>収入未済額<br>（千円）</th><th>うち滞納繰越分<br>（千円）</th></tr>')
for debt, raw, d in T2:
    v = d[2024]
    o_c, o_a = v[0] - v[1] - v[2], v[3] - v[4] - v[5]
    n, unit = DELQ[debt]
    per = c(n) if unit == "persons" else "－"
    hhs = c(n) if unit == "households" else "－"
    H(f'<tr><td class="l">{raw}</td><td class="n">{per}</td><td class="n">{hhs}</td><td class="n">{c(o_c + o_a)}</td>'
      f'<td class="n">{c(o_a)}</td></tr>')
    F(P, debt, raw, 2024, "令和６年度末", "total", "delinquents", "actual", n, unit, c(n))
    F(P, debt, raw, 2024, "令和６年度末", "total", "outstanding", "actual", (o_c + o_a) * 1000, "yen", c(o_c + o_a))
    F(P, debt, raw, 2024, "令和６年度末", "arrears", "outstanding", "actual", o_a * 1000, "yen", c(o_a))
H("</table>")
H('<p class="fn">※　国民健康保険税及び保育料は世帯単位で管理しているため滞納世帯数を掲げた。</p>')

# fix: 合計 facts carry debt None / debt_raw 合計 (already), nothing else to do

# ---------------------------------------------------------------- minutes
att = [{"role": r, "title": None, "name": n} for r, n in MEMBERS]
att += [{"role": t, "title": t, "name": n} for t, n in OFFICIALS]
att += [{"role": t, "title": t, "name": n} for t, n in STAFF]
g.minutes = {"title": "令和７年９月七尾市議会定例会 決算審査特別委員会記録", "meeting_number": None, "date": DATE,
             "method": None, "attendees": att, "agenda": AGENDA, "materials": ["決算審査特別委員会資料　市税等の収納状況"],
             "statements": statements}

# ---------------------------------------------------------------- build
doc = f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>{CSS}</style></head><body>{"".join(html)}</body></html>'
hp = WORK / f"{STEM}.html"
hp.write_text(doc, encoding="utf-8")
pdf = PDF_DIR / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", f"file://{hp}"], check=True, stdout=subprocess.DEVNULL,
               stderr=subprocess.DEVNULL)
gp = g.write(pdf)
sys.exit(1 if check(pdf, gp) else 0)
