"""Build mb_sano_minutes_1: 佐野市議会 総務常任委員会記録 (HTML/CSS -> chromium --print-to-pdf).

Run from corpus/dev50:  python3 build/mb_sano_minutes.py
Every page is its own block (break-after: page), so the page of each printed figure is known here.
"""
from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mb_common import GOTHIC, MINCHO, PDF_DIR, WORK, Gold, comma, pct, rate, signed  # noqa: E402

STEM = "mb_sano_minutes_1"
G = Gold(STEM, "minutes", "iinkaikiroku", "佐野市", "令和７年９月定例会 総務常任委員会記録",
         "2025-09-16", "令和7年9月16日（火）")

# ------------------------------------------------------------------ invented figures (千円)
# key: full, short, canonical, cur A, cur rate, arr A, arr rate, arr write-off, prev total O, prev total R
RAW = {
    "shizei": ("市税", "市税", "市税", 14720310, 99.21, 482000, 27.84, 36200, 478934, 96.62),
    "kokuho": ("国民健康保険税", "国保税", "国民健康保険料", 2850400, 95.02, 716000, 26.15, 58900, 655218, 80.71),
    "kaigo": ("介護保険料", "介護料", "介護保険料", 2610200, 98.92, 61800, 18.40, 13100, 43877, 97.18),
    "kouki": ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", 1402600, 99.58, 9850, 46.20, 700, 10386, 98.96),
    "hoiku": ("保育所保育料", "保育料", "保育所保育料", 142300, 98.71, 19600, 16.80, 2010, 17655, 87.44),
    "jutaku": ("市営住宅使用料", "住宅使用料", "市営住宅使用料", 398200, 97.35, 88400, 12.90, 4900, 86012, 80.37),
}
ORDER = list(RAW)
D = {}
for k, (full, short, canon, ca, cr, aa, ar, aw, po, pr) in RAW.items():
    cc = round(ca * cr / 100)
    ac = round(aa * ar / 100)
    cur = dict(A=ca, C=cc, W=0, O=ca - cc)
    arr = dict(A=aa, C=ac, W=aw, O=aa - ac - aw)
    tot = {m: cur[m] + arr[m] for m in "ACWO"}
    for s in (cur, arr, tot):
        s["R"] = rate(s["C"], s["A"])
    D[k] = dict(cur=cur, arr=arr, tot=tot, prevO=po, prevR=pr)
TOT = {m: sum(D[k]["tot"][m] for k in ORDER) for m in "ACWO"}
TOT["R"] = rate(TOT["C"], TOT["A"])
PREV_O = sum(D[k]["prevO"] for k in ORDER)


def man(k, step=1):
    """千円 -> (text '4億2,800万円', yen) rounded to `step` 万円."""
    m = round(k / 10 / step) * step
    oku, rest = divmod(m, 10000)
    s = (f"{oku}億" if oku else "") + (f"{rest:,}万円" if rest else "円")
    return s, m * 10000


# ------------------------------------------------------------------ facts in speech
def F(page, key, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, **kw):
    debt = RAW[key][2] if key else None
    G.fact(page, debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, **kw)
    return raw


PAGES: list[list[str]] = [[] for _ in range(5)]
STATEMENTS = []


def say(page, speaker, section, text):
    """A ○ statement: printed as ○speaker + text; recorded for the minutes gold."""
    PAGES[page - 1].append(f'<p class="st"><span class="sp">○{html.escape(speaker)}</span>　{html.escape(text)}</p>')
    STATEMENTS.append({"speaker": speaker, "section": section, "text": text, "page": page})


def raw_html(page, s):
    PAGES[page - 1].append(s)


members = [("委員長", "岡田 義隆"), ("副委員長", "松本 恵子"), ("委員", "石塚 健"), ("委員", "小暮 正弘"),
           ("委員", "山口 千春"), ("委員", "福田 茂"), ("委員", "高橋 順一")]
staff = [("総務部長", "飯田 浩一"), ("納税課長", "渡辺 雅彦"), ("債権管理対策室長", "栗原 直美"),
         ("健康医療部長", "関口 修"), ("医療保険課長", "新井 孝"), ("こども・子育て支援課長", "大島 由美子")]
office = [("議事課長", "荒井 俊彦"), ("議事課副主幹", "中島 理恵")]
agenda = ["議案第63号　令和６年度佐野市一般会計歳入歳出決算認定について（所管部分）",
          "議案第64号　令和６年度佐野市国民健康保険特別会計歳入歳出決算認定について",
          "所管事務調査　市税等の収納対策について"]
materials = ["市税等の収納状況について（令和６年度決算）"]

# ------------------------------------------------------------------ page 1: header block
att = "".join(f"<tr><td class='r'>{r}</td><td>{n}</td></tr>" for r, n in members)
stf = "".join(f"<tr><td class='r2'>{r}</td><td>{n}</td></tr>" for r, n in staff)
off = "".join(f"<tr><td class='r2'>{r}</td><td>{n}</td></tr>" for r, n in office)
raw_html(1, f"""
<div class="cap">令和７年９月定例会</div>
<h1>総 務 常 任 委 員 会 記 録</h1>
<table class="hd">
<tr><th>開会年月日</th><td>令和7年9月16日（火）</td></tr>
<tr><th>開会・閉会</th><td>午前10時00分開会　　午後2時35分閉会</td></tr>
<tr><th>場　　所</th><td>佐野市役所 本庁舎５階 第１委員会室</td></tr>
<tr><th>出席委員<br>（７名）</th><td><table class="nm">{att}</table></td></tr>
<tr><th>欠席委員</th><td>なし</td></tr>
<tr><th>説明のため<br>出席した者<br>（６名）</th><td><table class="nm">{stf}</table></td></tr>
<tr><th>事務局職員<br>出席者（２名）</th><td><table class="nm">{off}</table></td></tr>
<tr><th>付議事件</th><td>{'<br>'.join(f'{i}　{html.escape(a)}' for i, a in enumerate(agenda, 1))}</td></tr>
<tr><th>配付資料</th><td>{html.escape(materials[0])}（別紙）</td></tr>
</table>
<p class="tm">午前10時00分開会</p>
""")
S1, S2, S3 = ("議案第63号の審査", "議案第64号の審査", "所管事務調査（市税等の収納対策について）")
say(1, "岡田委員長", S1, "ただいまから総務常任委員会を開会いたします。本日は、付託されました決算認定議案２件の審査及び所管事務調査を行います。"
    "初めに、議案第63号 令和６年度佐野市一般会計歳入歳出決算認定についてのうち、歳入の市税について執行部から説明をお願いします。")

# ------------------------------------------------------------------ page 2
s = D["shizei"]
o_s, o_v = man(s["tot"]["O"], 100)
d_s, d_v = man(s["prevO"] - s["tot"]["O"], 100)
w_s, w_v = man(s["tot"]["W"], 10)
dr = round(s["tot"]["R"] - s["prevR"], 2)
t = (f"それでは、お手元の資料に基づき御説明いたします。令和６年度の市税の収納率は、現年課税分が"
     f"{F(1, 'shizei', '市税', 2024, '令和６年度', 'current', 'collection_rate', 'actual', s['cur']['R'], 'percent', pct(s['cur']['R']) + '％')}、"
     f"滞納繰越分が{F(1, 'shizei', '市税', 2024, '令和６年度', 'arrears', 'collection_rate', 'actual', s['arr']['R'], 'percent', pct(s['arr']['R']) + '％')}、"
     f"合計で{F(1, 'shizei', '市税', 2024, '令和６年度', 'total', 'collection_rate', 'actual', s['tot']['R'], 'percent', pct(s['tot']['R']) + '％')}となり、"
     f"前年度と比べまして{F(1, 'shizei', '市税', 2024, '令和６年度', 'total', 'difference', 'actual', dr, 'points', f'{dr:.2f}ポイント')}上昇いたしました。"
     f"収入未済額は{F(1, 'shizei', '市税', 2024, '令和６年度', 'total', 'outstanding', 'actual', o_v, 'yen', '約' + o_s, approx=True)}で、"
     f"前年度から{F(1, 'shizei', '市税', 2024, '令和６年度', 'total', 'difference', 'actual', -d_v, 'yen', '約' + d_s + '減少', approx=True)}しております。"
     f"また、不納欠損額は{F(1, 'shizei', '市税', 2024, '令和６年度', 'total', 'written_off', 'actual', w_v, 'yen', '約' + w_s, approx=True)}でございます。")
say(1, "渡辺納税課長", S1, t)
say(1, "岡田委員長", S1, "説明が終わりました。質疑はございますか。")
say(2, "石塚委員", S1, "滞納繰越分の収納率が伸びておりますが、その要因についてお伺いします。")
ar5 = 25.96
dar = round(s["arr"]["R"] - ar5, 2)
t = (f"滞納繰越分の収納率は、５年度の"
     f"{F(2, 'shizei', '市税', 2023, '５年度', 'arrears', 'collection_rate', 'actual', ar5, 'percent', pct(ar5) + '％')}から"
     f"{F(2, 'shizei', '市税', 2024, '令和６年度', 'arrears', 'collection_rate', 'actual', s['arr']['R'], 'percent', pct(s['arr']['R']) + '％')}へと"
     f"{F(2, 'shizei', '市税', 2024, '令和６年度', 'arrears', 'difference', 'actual', dar, 'points', f'{dar:.2f}ポイント')}改善いたしました。"
     "要因といたしましては、預貯金の電子照会を導入したことにより財産調査の期間が短縮され、差押えへの着手が早まったことが大きいと考えております。"
     "差押件数は1,312件で、前年度より96件増加しております。")
say(2, "渡辺納税課長", S1, t)
say(2, "石塚委員", S1, "滞納者の人数はどのように推移しているのでしょうか。")
t = (f"令和６年度末の市税の滞納者数は"
     f"{F(2, 'shizei', '市税', 2024, '令和６年度末', 'total', 'delinquents', 'actual', 2845, 'persons', '2,845人')}で、"
     f"前年度末の{F(2, 'shizei', '市税', 2023, '前年度末', 'total', 'delinquents', 'actual', 3012, 'persons', '3,012人')}から"
     f"{F(2, 'shizei', '市税', 2024, '令和６年度末', 'total', 'difference', 'actual', -167, 'persons', '167人減少')}いたしました。"
     f"令和二年度末の{F(2, 'shizei', '市税', 2020, '令和二年度末', 'total', 'delinquents', 'actual', 3377, 'persons', '3,377人')}、"
     f"平成29年度末の{F(2, 'shizei', '市税', 2017, '平成29年度末', 'total', 'delinquents', 'actual', 4126, 'persons', '4,126人')}と比べますと、"
     "この７年間でおよそ３割の減少となっております。")
say(2, "渡辺納税課長", S1, t)
say(2, "小暮委員", S1, "コロナ禍で特例による徴収猶予を受けた方の分納は、もう終わっているのでしょうか。")
say(2, "渡辺納税課長", S1, "特例の徴収猶予を受けた方の大半は既に完納しておりまして、現在も分割納付を継続している方はごく僅かでございます。"
    "引き続き、生活状況を丁寧に伺いながら履行管理を行ってまいります。")
say(2, "松本副委員長", S1, "現年課税分の収納率を維持するため、納付の利便性の向上にはどのように取り組んでいるのでしょうか。")
say(2, "渡辺納税課長", S1, "令和５年度から全ての納付書に地方税統一ＱＲコードを印字し、スマートフォン決済やクレジットカードでの納付ができるようにいたしました。"
    "また、ウェブ口座振替受付サービスを導入し、窓口に来られなくても口座振替の申込みができるようにしております。")
say(2, "小暮委員", S1, "不納欠損の内容についてお伺いします。")
t = (f"令和６年度の不納欠損額{F(2, 'shizei', '市税', 2024, '令和６年度', 'total', 'written_off', 'actual', w_v, 'yen', '約' + w_s, approx=True)}は、"
     "滞納処分の執行停止が３年間継続したことにより納税義務が消滅したものが大半でございます。"
     "執行停止は、財産調査の結果、差し押さえる財産がないことや生活困窮の状況を確認したうえで行っております。")
say(2, "渡辺納税課長", S1, t)
say(2, "岡田委員長", S1, "ほかに質疑はございますか。")
raw_html(2, '<p class="nt">（「なし」と呼ぶ者あり）</p>')
say(2, "岡田委員長", S1, "質疑がないようですので、議案第63号の所管部分の審査を終了いたします。続いて、議案第64号の審査に入ります。執行部から説明をお願いします。")

# ------------------------------------------------------------------ page 3
k = D["kokuho"]
dk = round(k["cur"]["R"] - 94.61, 2)
ko_s, ko_v = man(k["tot"]["O"], 100)
kd_s, kd_v = man(k["prevO"] - k["tot"]["O"], 100)
t = (f"国民健康保険税について御説明いたします。令和６年度の現年課税分の収納率は"
     f"{F(3, 'kokuho', '国民健康保険税', 2024, '令和６年度', 'current', 'collection_rate', 'actual', k['cur']['R'], 'percent', pct(k['cur']['R']) + '％')}で、"
     f"前年度の{F(3, 'kokuho', '国民健康保険税', 2023, '前年度', 'current', 'collection_rate', 'actual', 94.61, 'percent', '94.61％')}を"
     f"{F(3, 'kokuho', '国民健康保険税', 2024, '令和６年度', 'current', 'difference', 'actual', dk, 'points', f'{dk:.2f}ポイント')}上回りました。"
     f"滞納繰越分の収納率は{F(3, 'kokuho', '国民健康保険税', 2024, '令和６年度', 'arrears', 'collection_rate', 'actual', k['arr']['R'], 'percent', pct(k['arr']['R']) + '％')}でございます。"
     f"収入未済額は{F(3, 'kokuho', '国民健康保険税', 2024, '令和６年度', 'total', 'outstanding', 'actual', ko_v, 'yen', '約' + ko_s, approx=True)}となり、"
     f"前年度と比較して{F(3, 'kokuho', '国民健康保険税', 2024, '令和６年度', 'total', 'difference', 'actual', -kd_v, 'yen', '約' + kd_s + 'の減少', approx=True)}となっております。")
say(3, "新井医療保険課長", S2, t)
say(3, "岡田委員長", S2, "説明が終わりました。質疑はございますか。")
say(3, "山口委員", S2, "国保税は加入者の高齢化や所得の低下で納付が難しい世帯も多いと思います。滞納世帯の状況と、その対応についてお聞かせください。")
t = (f"令和６年度末の滞納世帯数は"
     f"{F(3, 'kokuho', '国民健康保険税', 2024, '令和６年度末', 'total', 'delinquents', 'actual', 2210, 'households', '2,210世帯')}で、"
     f"令和元年度末の{F(3, 'kokuho', '国民健康保険税', 2019, '令和元年度末', 'total', 'delinquents', 'actual', 3054, 'households', '3,054世帯')}から着実に減少しております。"
     "納付が困難な世帯につきましては、納付相談の際に軽減や減免の要件を確認し、生活再建の窓口にもおつなぎしております。"
     "一方で、資力がありながら納付されない世帯には、納税課と連携して差押え等の滞納処分を行っております。")
say(3, "新井医療保険課長", S2, t)
say(3, "山口委員", S2, "短期被保険者証の交付はどのくらいあるのでしょうか。")
say(3, "新井医療保険課長", S2, "短期被保険者証は、マイナ保険証への移行に伴いまして、令和６年12月以降は新たな交付を行っておりません。"
    "これに代わり、資格確認書の交付時に納付相談の御案内を同封する取組を始めております。")
say(3, "福田委員", S2, "国保税の収納率は県内でどのくらいの位置にあるのでしょうか。")
say(3, "関口健康医療部長", S2, "2023年度の県の公表資料によりますと、本市の現年課税分の収納率は県内の市の中で中位でございます。"
    "上位の団体との差は口座振替の加入率にあると分析しており、今年度は口座振替の勧奨を重点的に行っております。")
say(3, "福田委員", S2, "国保税の不納欠損額はどのくらいでしょうか。")
kw_s, kw_v = man(k["tot"]["W"], 10)
t = (f"令和６年度の国民健康保険税の不納欠損額は"
     f"{F(3, 'kokuho', '国民健康保険税', 2024, '令和６年度', 'total', 'written_off', 'actual', kw_v, 'yen', '約' + kw_s, approx=True)}で、"
     f"前年度と比べ{F(3, 'kokuho', '国民健康保険税', 2024, '令和６年度', 'total', 'difference', 'actual', -7000000, 'yen', '約700万円減少', approx=True)}いたしました。"
     "資格喪失後に転出し所在が分からなくなった方の分が多くを占めております。")
say(3, "新井医療保険課長", S2, t)
say(3, "岡田委員長", S2, "ほかに質疑はございますか。")
raw_html(3, '<p class="nt">（「なし」と呼ぶ者あり）</p>')
say(3, "岡田委員長", S2, "質疑を終結いたします。これより議案第63号の所管部分及び議案第64号について、一括して採決いたします。"
    "両議案は、原案のとおり認定すべきものと決することに御異議ございませんか。")
raw_html(3, '<p class="nt">（「異議なし」と呼ぶ者あり）</p>')
say(3, "岡田委員長", S2, "御異議なしと認めます。よって、両議案は原案のとおり認定すべきものと決しました。"
    "次に、所管事務調査として、市税等の収納対策についてを議題といたします。執行部から説明をお願いします。")

# ------------------------------------------------------------------ page 4
to_s, to_v = man(TOT["O"], 100)
td_s, td_v = man(PREV_O - TOT["O"], 100)
t = ("市税等の収納対策について御説明いたします。本市では、令和７年度第１回佐野市債権管理対策委員会を７月に開催し、"
     "主要債権ごとの収納目標と取組を確認いたしました。別紙の資料にありますとおり、主要６債権の令和６年度末の収入未済額は合計で"
     f"{F(4, None, None, 2024, '令和６年度末', 'total', 'outstanding', 'actual', to_v, 'yen', '約' + to_s, approx=True)}となり、"
     f"前年度末から{F(4, None, None, 2024, '令和６年度末', 'total', 'difference', 'actual', -td_v, 'yen', '約' + td_s + '減少', approx=True)}いたしました。"
     "今年度は、全庁統一の滞納整理強化月間を12月に設け、各課の職員による夜間・休日の電話催告を実施する予定でございます。")
say(4, "飯田総務部長", S3, t)
say(4, "岡田委員長", S3, "説明が終わりました。質疑はございますか。")
say(4, "高橋委員", S3, "保育料の収入未済額は、無償化以降どのように推移しているのでしょうか。")
h = D["hoiku"]
h_s, h_v = man(h["tot"]["O"], 10)
t = (f"保育料の収入未済額は、令和元年度末には"
     f"{F(4, 'hoiku', '保育料', 2019, '令和元年度末', 'total', 'outstanding', 'actual', 39000000, 'yen', '約3,900万円', approx=True)}ございましたが、"
     f"令和６年度末では{F(4, 'hoiku', '保育料', 2024, '令和６年度末', 'total', 'outstanding', 'actual', h_v, 'yen', '約' + h_s, approx=True)}まで減少しております。"
     "退所後の滞納が多くを占めておりますので、入所中から口座振替を原則とし、退所時には残額の納付計画を必ず確認するようにしております。")
say(4, "大島こども・子育て支援課長", S3, t)
say(4, "高橋委員", S3, "市営住宅使用料はいかがでしょうか。連帯保証人への対応も含めてお伺いします。")
j = D["jutaku"]
t = (f"市営住宅使用料の令和６年度の収納率は、現年分が"
     f"{F(4, 'jutaku', '市営住宅使用料', 2024, '令和６年度', 'current', 'collection_rate', 'actual', j['cur']['R'], 'percent', pct(j['cur']['R']) + '％')}、"
     f"滞納繰越分が{F(4, 'jutaku', '市営住宅使用料', 2024, '令和６年度', 'arrears', 'collection_rate', 'actual', j['arr']['R'], 'percent', pct(j['arr']['R']) + '％')}でございます。"
     "３か月以上滞納した方には連帯保証人にも通知を行い、退去者のうち高額の滞納がある方につきましては、支払督促の申立てを計画的に行っております。")
say(4, "栗原債権管理対策室長", S3, t)
say(4, "山口委員", S3, "介護保険料の状況も教えてください。")
kg = D["kaigo"]
t = (f"介護保険料の令和６年度の現年分収納率は"
     f"{F(4, 'kaigo', '介護保険料', 2024, '令和６年度', 'current', 'collection_rate', 'actual', kg['cur']['R'], 'percent', pct(kg['cur']['R']) + '％')}で、"
     "年金からの特別徴収の方が大半を占めるため高い水準にございます。普通徴収の方につきましては、保険料の滞納が続くと給付が制限される旨を"
     "早い段階でお知らせし、納付相談につなげております。")
say(4, "関口健康医療部長", S3, t)
say(4, "福田委員", S3, "各課がばらばらに催告するのではなく、債権を一元的に管理する体制を検討してはどうかと思いますが、いかがでしょうか。")
say(4, "飯田総務部長", S3, "債権管理対策室では、非強制徴収公債権及び私債権のうち、所管課での回収が困難となった案件の引継ぎを受ける仕組みを"
    "試行しております。その効果を検証したうえで、一元化の範囲について検討してまいります。")
say(4, "岡田委員長", S3, "ほかに質疑はございますか。")
raw_html(4, '<p class="nt">（「なし」と呼ぶ者あり）</p>')
say(4, "岡田委員長", S3, "以上で所管事務調査を終了いたします。これをもちまして総務常任委員会を閉会いたします。")
raw_html(4, '<p class="tm">午後2時35分閉会</p>')

# ------------------------------------------------------------------ page 5: 別紙 資料 (百万円)
rows = []
for i, key in enumerate(ORDER):
    d = D[key]
    nm = RAW[key][1]
    cells = []
    for m, met in (("A", "assessed"), ("C", "collected"), ("W", "written_off"), ("O", "outstanding")):
        v = round(d["tot"][m] / 1000, 1)
        cells.append(F(5, key, nm, 2024, "令和６年度", "total", met, "actual", round(v * 1e6), "yen", f"{v:,.1f}"))
    cells.append(F(5, key, nm, 2024, "令和６年度", "total", "collection_rate", "actual", d["tot"]["R"], "percent",
                   pct(d["tot"]["R"])))
    cells.append(F(5, key, nm, 2023, "R5", "total", "collection_rate", "actual", d["prevR"], "percent", pct(d["prevR"])))
    dd = round(d["tot"]["R"] - d["prevR"], 2)
    cells.append(F(5, key, nm, 2024, "令和６年度", "total", "difference", "actual", dd, "points", signed(dd, 2, "▲")))
    rows.append(f"<tr><th class='l'>{nm}</th>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
cells = []
for m, met in (("A", "assessed"), ("C", "collected"), ("W", "written_off"), ("O", "outstanding")):
    v = round(TOT[m] / 1000, 1)
    cells.append(F(5, None, "合計", 2024, "令和６年度", "total", met, "actual", round(v * 1e6), "yen", f"{v:,.1f}"))
cells.append(F(5, None, "合計", 2024, "令和６年度", "total", "collection_rate", "actual", TOT["R"], "percent", pct(TOT["R"])))
cells += ["－", "－"]
rows.append("<tr class='tot'><th class='l'>合　計</th>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
raw_html(5, f"""
<div class="bes">別紙</div>
<h2>市税等の収納状況について（令和６年度決算）</h2>
<p class="sub">総務常任委員会資料　令和7年9月16日　総務部 債権管理対策室</p>
<div class="unit">（単位：百万円、％）</div>
<table class="dt">
<thead><tr><th rowspan="2">債　権</th><th colspan="5">令和６年度決算（現年分＋滞納繰越分）</th><th rowspan="2">R5<br>収納率</th><th rowspan="2">増減</th></tr>
<tr><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th></tr></thead>
<tbody>{''.join(rows)}</tbody></table>
<p class="fn">（注１）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、住宅使用料＝市営住宅使用料</p>
<p class="fn">（注２）金額は百万円未満を四捨五入しているため、合計と内訳が一致しない場合がある。増減欄の▲は低下を示す。</p>
<p class="fn">（注３）収入未済額＝調定額－収入済額－不納欠損額</p>
""")

# ------------------------------------------------------------------ HTML -> PDF
CSS = f"""
@font-face {{ font-family: 'M'; src: url('file://{MINCHO}'); }}
@font-face {{ font-family: 'G'; src: url('file://{GOTHIC}'); }}
@page {{ size: A4; margin: 16mm 18mm 14mm 18mm; }}
body {{ font-family: 'M'; font-size: 10.3pt; line-height: 1.72; margin: 0; color: #000; }}
.page {{ height: 262mm; position: relative; break-after: page; overflow: hidden; }}
.page:last-child {{ break-after: auto; }}
.folio {{ position: absolute; bottom: 0; width: 100%; text-align: center; font-size: 9pt; }}
.cap {{ font-size: 11pt; text-align: center; margin-top: 4mm; }}
h1 {{ font-family: 'G'; font-size: 17pt; text-align: center; letter-spacing: 2pt; margin: 2mm 0 5mm; font-weight: normal; }}
table.hd {{ width: 100%; border-collapse: collapse; font-size: 9.6pt; line-height: 1.45; }}
table.hd > tbody > tr > th {{ width: 27mm; border: 0.6pt solid #000; background: #eee; font-weight: normal; padding: 1.5mm; }}
table.hd > tbody > tr > td {{ border: 0.6pt solid #000; padding: 1.5mm 2.5mm; }}
table.nm td {{ padding: 0 3mm 0 0; border: none; }}
table.nm td.r {{ width: 20mm; }}
table.nm td.r2 {{ width: 48mm; }}
p.st {{ margin: 0 0 1.6mm; text-indent: -1em; padding-left: 1em; text-align: justify; }}
.sp {{ font-family: 'G'; }}
p.nt {{ margin: 0 0 1.6mm; text-align: center; }}
p.tm {{ margin: 3mm 0; text-align: center; }}
.bes {{ border: 0.8pt solid #000; display: inline-block; padding: 0.5mm 4mm; font-family: 'G'; float: right; }}
h2 {{ font-family: 'G'; font-size: 14pt; font-weight: normal; margin: 12mm 0 1mm; text-align: center; }}
.sub {{ text-align: center; font-size: 9pt; margin: 0 0 8mm; }}
.unit {{ text-align: right; font-size: 9pt; }}
table.dt {{ width: 100%; border-collapse: collapse; font-family: 'G'; font-size: 9pt; }}
table.dt th, table.dt td {{ border: 0.6pt solid #000; padding: 1.8mm 1.5mm; }}
table.dt thead th {{ background: #dfe6ef; font-weight: normal; }}
table.dt td {{ text-align: right; }}
table.dt th.l {{ text-align: left; font-weight: normal; }}
table.dt tbody tr:nth-child(even) {{ background: #f1f3f6; }}
table.dt tr.tot {{ background: #e2e2e2 !important; }}
p.fn {{ font-size: 8.6pt; margin: 1.5mm 0 0; text-indent: -3.3em; padding-left: 3.3em; line-height: 1.5; }}
"""
body = "".join(f'<div class="page">{"".join(b)}<div class="folio">－{i}－</div></div>'
               for i, b in enumerate(PAGES, 1))
page_html = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{body}</body></html>"
hp = WORK / f"{STEM}.html"
hp.write_text(page_html, encoding="utf-8")
out = PDF_DIR / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", hp.as_uri()], check=True, capture_output=True)

G.minutes = {
    "title": "令和７年９月定例会 総務常任委員会記録",
    "meeting_number": None,
    "date": "2025-09-16",
    "method": None,
    "attendees": [{"role": r, "title": None, "name": n} for r, n in members]
    + [{"role": r, "title": r, "name": n} for r, n in staff]
    + [{"role": "事務局", "title": r, "name": n} for r, n in office],
    "agenda": agenda,
    "materials": materials,
    "statements": STATEMENTS,
}
G.write()
