"""ff_aizuwakamatsu_minutes_1: council committee record (総務委員会記録) on 収納対策・債権管理.

Tool chain: PyMuPDF Story (HTML subset laid out page by page, IPAex Mincho, fonts subset).
Run from corpus/frozen31:  python3 build/ff_aizuwakamatsu_minutes_1.py
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ff_common import (GOTHIC, MINCHO, PDF_DIR, Gold, check_pdf, comma, kan_yen, rate, simulate,  # noqa: E402
                       wareki, zen)

STEM = "ff_aizuwakamatsu_minutes_1"
CITY = "会津若松市"
TITLE = "令和７年度第２回 会津若松市議会総務委員会記録"

Y = [2019, 2020, 2021, 2022, 2023, 2024, 2025]
TAX = simulate(Y, [14_620_000_000, 14_310_000_000, 14_455_000_000, 14_690_000_000, 14_790_000_000,
                   14_862_410_000, 14_950_000_000],
               [98.71, 98.80, 98.88, 98.95, 99.01, 99.06, 99.1], [24.5, 26.0, 27.4, 28.9, 30.1, 31.2, 32],
               [9, 8.5, 8, 7.6, 7.2, 6.9, 6], 820_000_000, 1000)
KOKUHO = simulate(Y, [2_950_000_000, 2_880_000_000, 2_840_000_000, 2_790_000_000, 2_745_000_000,
                      2_701_000_000, 2_660_000_000],
                  [94.1, 94.4, 94.6, 94.8, 95.0, 95.12, 95.3], [20, 21, 22, 23, 24, 24.8, 25.5],
                  [12, 11, 10.5, 10, 9.5, 9.2, 9], 620_000_000, 1000)
KAIGO = simulate(Y, [2_120_000_000] * 4 + [2_168_000_000, 2_204_500_000, 2_230_000_000],
                 [99.02, 99.08, 99.15, 99.2, 99.26, 99.31, 99.35], [14, 15, 16.5, 18, 19.9, 21.4, 22],
                 [30, 29, 28, 27, 26, 25, 24], 61_000_000, 1000)
HOIKU = simulate(Y, [402_000_000, 395_000_000, 371_000_000, 356_000_000, 341_800_000, 330_250_000, 322_000_000],
                 [99.3, 99.35, 99.4, 99.44, 99.48, 99.52, 99.55], [13, 14, 15, 16.2, 17.5, 18.6, 19],
                 [10, 9, 9, 8, 8, 8, 8], 16_500_000, 1000)
JUTAKU = simulate(Y, [288_000_000, 284_000_000, 279_000_000, 275_500_000, 270_100_000, 266_800_000, 262_000_000],
                  [97.9, 98.0, 98.1, 98.2, 98.3, 98.4, 98.5], [15, 16, 17, 18, 19, 20, 21],
                  [5, 5, 5, 6, 6, 6, 6], 58_000_000, 1000)
# 全債権 (all debts of the city) outstanding, 千円 rounded
OTHERS = {2019: 311_480_000, 2023: 92_610_000, 2024: 86_904_000}

G = Gold(STEM, "minutes", "minutes", CITY, TITLE, "2025-09-11", "令和７年９月１１日")


def man(n: int) -> int:
    """round yen to 100万円 (the precision of the spoken figures)."""
    return int(round(n / 1_000_000)) * 1_000_000


def zr(v: float, nd: int = 2) -> str:
    return zen(f"{v:.{nd}f}") + "％"


def approx_yen(n: int) -> str:
    return "約" + zen(kan_yen(n))


# ---------------------------------------------------------------- page content
def p(s: str, cls: str = "") -> str:
    return f'<p class="{cls}">{s}</p>' if cls else f"<p>{s}</p>"


statements: list[dict] = []


def say(speaker_printed: str, section: str, text: str) -> str:
    """One ○ block; the gold statement text is the printed text."""
    statements.append({"speaker": speaker_printed, "section": section, "text": text, "page": G.page})
    paras = text.split("\n")
    out = f'<p class="sp"><b>○{html.escape(speaker_printed)}</b>　{html.escape(paras[0])}</p>'
    for q in paras[1:]:
        out += f'<p class="sp2">{html.escape(q)}</p>'
    return out


SEC1 = "令和６年度市税等の収納状況について"
SEC2 = "第２次会津若松市債権管理計画の進捗状況について"
MEMBERS = [("委員長", "星　正和"), ("副委員長", "目黒　和子"), ("委員", "大竹　健一"), ("委員", "長谷川　昇"),
           ("委員", "斎藤　光弘"), ("委員", "五十嵐　由美"), ("委員", "遠藤　誠"), ("委員", "小熊　孝志")]
STAFF = [("財務部長", "渡部　英樹"), ("納税課長", "佐藤　隆之"), ("債権管理課長", "五十嵐　正"),
         ("高齢福祉課長", "鈴木　恵子"), ("こども家庭・保育課長", "小林　亮")]
OFFICE = [("議事調査課長", "荒井　明"), ("議事調査課主査", "山内　沙織")]


def page1() -> str:
    G.page = 1
    m = MEMBERS
    rows = "".join(f"<tr><td>{r}</td><td>{n}</td></tr>" for r, n in m)
    srows = "".join(f"<tr><td>{t}</td><td>{n}</td></tr>" for t, n in STAFF)
    orows = "".join(f"<tr><td>{t}</td><td>{n}</td></tr>" for t, n in OFFICE)
    return f"""
<p class="r">令和７年度第２回</p>
<h1>総　務　委　員　会　記　録</h1>
<p class="c">（所管事務調査）</p>
<p>１　開催日時　　令和７年９月１１日（木曜日）</p>
<p class="in">午前１０時００分開会　　午前１１時４８分閉会</p>
<p>２　場　　所　　本庁舎３階　第２委員会室</p>
<p>３　出席委員（８名）</p>
<table class="att">{rows}</table>
<p>４　欠席委員　　なし</p>
<p>５　説明のため出席した者（５名）</p>
<table class="att">{srows}</table>
<p>６　事務局職員（２名）</p>
<table class="att">{orows}</table>
<p>７　会議に付した事件</p>
<p class="in">（１）所管事務調査</p>
<p class="in2">ア　{SEC1}</p>
<p class="in2">イ　{SEC2}</p>
<p>８　配付資料</p>
<p class="in">資料１　令和６年度　市税等収納状況一覧</p>
<p class="in">資料２　第２次会津若松市債権管理計画　進捗状況報告（令和６年度実績）</p>
"""


def page2() -> str:
    G.page = 2
    t24, t23 = TAX[2024], TAX[2023]
    rc, ra, rt = rate(t24["cc"], t24["ca"]), rate(t24["ac"], t24["aa"]), rate(t24["tc"], t24["ta"])
    rt23 = rate(t23["tc"], t23["ta"])
    d = round(rt - rt23, 2)
    o24, o23 = man(t24["ot"]), man(t23["ot"])
    wo = man(t24["two"])
    f = G.fact
    fy, fyr, debt = 2024, "令和６年度", "市税"
    s = say("星委員長", SEC1,
            "ただいまから総務委員会を開会いたします。本日は、所管事務調査として、配付の２件を議題といたします。"
            "初めに、令和６年度市税等の収納状況について、理事者から説明を求めます。")
    txt = ("それでは、資料１により、令和６年度の市税等の収納状況について御説明申し上げます。\n"
           f"令和６年度の市税の収納率は、現年課税分が{f(zr(rc), rc, 'percent', 'collection_rate', 'actual', fy, fyr, 'current', debt, '市税')}、"
           f"滞納繰越分が{f(zr(ra), ra, 'percent', 'collection_rate', 'actual', fy, fyr, 'arrears', debt, '市税')}で、"
           f"合計では{f(zr(rt), rt, 'percent', 'collection_rate', 'actual', fy, fyr, 'total', debt, '市税')}となり、"
           f"前年度と比べ{f(zen(f'{d:.2f}') + 'ポイント', d, 'points', 'difference', 'actual', fy, fyr, 'total', debt, '市税')}上昇いたしました。"
           f"収入未済額は{f(approx_yen(o24), o24, 'yen', 'outstanding', 'actual', fy, fyr, 'total', debt, '市税', approx=True)}で、"
           f"前年度から{f(approx_yen(o23 - o24), o24 - o23, 'yen', 'difference', 'actual', fy, fyr, 'total', debt, '市税', approx=True)}減少しております。"
           f"また、不納欠損額は{f(approx_yen(wo), wo, 'yen', 'written_off', 'actual', fy, fyr, 'total', debt, '市税', approx=True)}でございます。\n"
           "現年課税分につきましては、納期限後の早期の電話催告とショートメッセージによる催告を組み合わせたことにより、"
           "新たな滞納の発生を抑えることができたものと考えております。\n"
           "滞納繰越分につきましては、高額・困難案件を納税課の特別滞納整理係に集約し、預貯金や給与の差押えを進めたほか、"
           "インターネット公売も年２回実施いたしました。引き続き、納期内納付の推進と滞納整理の強化を両輪として取り組んでまいります。")
    s += say("渡部財務部長", SEC1, txt)
    s += say("大竹委員", SEC1, "市税の収納率が上がっていることは評価いたします。滞納者の数はどのように推移しているのか伺います。")
    n24, n23 = 3412, 3655
    txt = (f"令和６年度末の市税の滞納者数は{f(zen(comma(n24)) + '人', n24, 'persons', 'delinquents', 'actual', fy, fyr, 'total', debt, '市税')}で、"
           f"前年度末の{f(zen(comma(n23)) + '人', n23, 'persons', 'delinquents', 'actual', 2023, '前年度末', 'total', debt, '市税')}から"
           f"{f(zen(str(n23 - n24)) + '人', n24 - n23, 'persons', 'difference', 'actual', fy, fyr, 'total', debt, '市税')}減少しております。"
           "滞納額が５０万円を超える案件につきましては、財産調査を徹底し、差押えを優先して進めております。")
    s += say("佐藤納税課長", SEC1, txt)
    s += say("大竹委員", SEC1, "国民健康保険税はどうか。")
    k = KOKUHO[2024]
    kc, ka, kt = rate(k["cc"], k["ca"]), rate(k["ac"], k["aa"]), rate(k["tc"], k["ta"])
    ko = man(k["ot"])
    dk = "国民健康保険税"
    txt = (f"国民健康保険税の令和６年度の収納率は、現年課税分{f(zr(kc), kc, 'percent', 'collection_rate', 'actual', fy, fyr, 'current', dk, dk)}、"
           f"滞納繰越分{f(zr(ka, 1), ka, 'percent', 'collection_rate', 'actual', fy, fyr, 'arrears', dk, dk)}、"
           f"合計{f(zr(kt), kt, 'percent', 'collection_rate', 'actual', fy, fyr, 'total', dk, dk)}でございます。"
           f"収入未済額は{f(approx_yen(ko), ko, 'yen', 'outstanding', 'actual', fy, fyr, 'total', dk, dk, approx=True)}となっております。"
           "被保険者数の減少に伴い調定額は減少しておりますが、滞納繰越分は差押えの強化により改善しております。")
    s += say("佐藤納税課長", SEC1, txt)
    s += say("目黒副委員長", SEC1, "今年度に入ってからの状況はどうか。前年と比べてどうなっているのか伺います。")
    r8, r8p = 45.2, 44.9
    d = round(r8 - r8p, 1)
    txt = (f"８月末時点の市税現年課税分の収納率は{f(zr(r8, 1), r8, 'percent', 'collection_rate', 'interim', 2025, '８月末時点', 'current', '市税', '市税', as_of='2025-08-31')}で、"
           f"前年同月の{f(zr(r8p, 1), r8p, 'percent', 'collection_rate', 'interim', 2024, '前年同月', 'current', '市税', '市税', as_of='2024-08-31')}と比べ"
           f"{f(zen(f'{d:.1f}') + 'ポイント', d, 'points', 'difference', 'interim', 2025, '８月末時点', 'current', '市税', '市税', as_of='2025-08-31')}上昇しております。"
           "口座振替の加入率も上昇しており、引き続き年度末に向けて収納率の確保に努めてまいります。")
    s += say("佐藤納税課長", SEC1, txt)
    return s


def page3() -> str:
    G.page = 3
    f = G.fact
    s = ""
    s += say("星委員長", SEC2, "次に、第２次会津若松市債権管理計画の進捗状況について、説明を求めます。")
    tot24 = sum(d[2024]["ot"] for d in (TAX, KOKUHO, KAIGO, HOIKU, JUTAKU)) + OTHERS[2024]
    tot19 = sum(d[2019]["ot"] for d in (TAX, KOKUHO, KAIGO, HOIKU, JUTAKU)) + OTHERS[2019]
    a24, a19 = man(tot24), man(tot19)
    txt = ("資料２を御覧ください。第２次計画では、令和元年度末の収入未済額を基準として、計画期間中の縮減目標を定めております。\n"
           f"全債権の収入未済額の合計は、令和６年度末で{f(approx_yen(a24), a24, 'yen', 'outstanding', 'actual', 2024, '令和６年度末', 'total', None, '全債権', approx=True)}となり、"
           f"計画の基準年度である令和元年度末の{f(approx_yen(a19), a19, 'yen', 'outstanding', 'actual', 2019, '令和元年度末', 'total', None, '全債権', approx=True)}から"
           f"{f(approx_yen(a19 - a24), a24 - a19, 'yen', 'difference', 'actual', 2024, '令和６年度末', 'total', None, '全債権', approx=True)}縮減いたしました。\n"
           f"また、令和７年度の目標収納率は、市税合計で{f(zr(98.0, 1), 98.0, 'percent', 'collection_rate', 'target', 2025, '令和７年度', 'total', '市税', '市税')}、"
           f"国民健康保険税合計で{f(zr(85.0, 1), 85.0, 'percent', 'collection_rate', 'target', 2025, '令和７年度', 'total', '国民健康保険税', '国民健康保険税')}と定めております。")
    s += say("五十嵐債権管理課長", SEC2, txt)
    s += say("斎藤委員", SEC2, "市税の目標"
             + f(zr(98.0, 1), 98.0, 'percent', 'collection_rate', 'target', 2025, '令和７年度', 'total', '市税', '市税')
             + "に対して、現状では届いていない。見通しはどうか。")
    t25 = TAX[2025]
    est = rate(t25["tc"], t25["ta"])
    txt = (f"令和７年度の市税合計の収納率は、現時点で{f(zr(est), est, 'percent', 'collection_rate', 'estimate', 2025, '令和７年度', 'total', '市税', '市税')}程度を見込んでおり、"
           "目標には届かない見通しでございますが、滞納繰越分の整理を進め、目標に近づけるよう取り組んでまいります。")
    s += say("渡部財務部長", SEC2, txt)
    s += say("長谷川委員", SEC2, "保育料と介護保険料の状況について伺います。")
    h = HOIKU[2024]
    hc, ha = rate(h["cc"], h["ca"]), rate(h["ac"], h["aa"], 1)
    ho = h["oa"] // 10_000 * 10_000
    dh = "保育所保育料"
    txt = (f"保育所保育料の令和６年度の収納率は、現年度分が{f(zr(hc), hc, 'percent', 'collection_rate', 'actual', 2024, '令和６年度', 'current', dh, dh)}、"
           f"過年度分が{f(zr(ha, 1), ha, 'percent', 'collection_rate', 'actual', 2024, '令和６年度', 'arrears', dh, dh)}でございます。"
           f"過年度分の収入未済額は{f(approx_yen(ho), ho, 'yen', 'outstanding', 'actual', 2024, '令和６年度', 'arrears', dh, dh, approx=True)}で、"
           "児童手当からの申出による徴収を活用し、卒園後の未納の解消に努めております。")
    s += say("小林こども家庭・保育課長", SEC2, txt)
    s += say("遠藤委員", SEC2, "私債権について、回収の見込みがないものを抱え続けることは事務の負担にもなる。債権放棄の考え方を伺います。")
    s += say("五十嵐債権管理課長", SEC2,
             "私債権につきましては、債権管理条例に基づき、債務者の死亡や所在不明などにより回収の見込みがないと判断したものについて、"
             "毎年度、審査会の意見を聴いたうえで放棄しております。放棄した債権は議会に報告しており、今年度も１２月定例会で御報告する予定でございます。"
             "一方で、安易な放棄とならないよう、財産調査の記録を残すことを各課に徹底しております。")
    return s


def page4() -> str:
    G.page = 4
    f = G.fact
    s = ""
    kg = KAIGO[2024]
    gc, ga = rate(kg["cc"], kg["ca"]), rate(kg["ac"], kg["aa"], 1)
    dg = "介護保険料"
    txt = (f"介護保険料の令和６年度の収納率は、現年度分が{f(zr(gc), gc, 'percent', 'collection_rate', 'actual', 2024, '令和６年度', 'current', dg, dg)}、"
           f"滞納繰越分が{f(zr(ga, 1), ga, 'percent', 'collection_rate', 'actual', 2024, '令和６年度', 'arrears', dg, dg)}でございます。"
           "普通徴収の方への口座振替の勧奨を継続し、給付制限の事前通知とあわせて納付相談を行っております。")
    s += say("鈴木高齢福祉課長", SEC2, txt)
    jt = JUTAKU[2024]
    jc, ja = rate(jt["cc"], jt["ca"]), rate(jt["ac"], jt["aa"], 1)
    dj = "市営住宅使用料"
    s += say("斎藤委員", SEC2, "市営住宅使用料の状況はどうか。")
    txt = (f"市営住宅使用料の令和６年度の収納率は、現年度分が{f(zr(jc), jc, 'percent', 'collection_rate', 'actual', 2024, '令和６年度', 'current', dj, dj)}、"
           f"滞納繰越分が{f(zr(ja, 1), ja, 'percent', 'collection_rate', 'actual', 2024, '令和６年度', 'arrears', dj, dj)}となっております。"
           "退去者の滞納分につきましては、連帯保証人への請求を徹底するとともに、令和７年度から弁護士への回収委託を始めたところでございます。")
    s += say("五十嵐債権管理課長", SEC2, txt)
    s += say("長谷川委員", SEC2, "滞納が長期化している世帯への対応を、部局を越えて連携して進めていただきたい。要望といたします。")
    s += say("星委員長", SEC2, "ほかに御発言はありませんか。――なければ、以上で所管事務調査を終了いたします。"
             "以上で本日の総務委員会を閉会いたします。")
    s += '<p class="r" style="margin-top:10pt">（午前１１時４８分閉会）</p>'
    return s


def page5() -> str:
    """配付資料（抜粋）: 【参考】 box with label：value bullets, a 【収納率】 block, a small rate table."""
    G.page = 5
    f = G.fact
    box = []
    for name, data in (("市税", TAX), ("国民健康保険税", KOKUHO), ("介護保険料", KAIGO), ("保育所保育料", HOIKU),
                       ("市営住宅使用料", JUTAKU)):
        v = data[2024]["ot"]
        box.append(f"・{name}：{f(comma(v // 1000) + '千円', v, 'yen', 'outstanding', 'actual', 2024, '令和６年度', 'total', name, name)}")
    allv = sum(d[2024]["ot"] for d in (TAX, KOKUHO, KAIGO, HOIKU, JUTAKU)) + OTHERS[2024]
    box.append(f"・その他の債権：{f(comma(OTHERS[2024] // 1000) + '千円', OTHERS[2024], 'yen', 'outstanding', 'actual', 2024, '令和６年度', 'total', None, 'その他の債権')}")
    box.append(f"・全債権合計：{f(comma(allv // 1000) + '千円', allv, 'yen', 'outstanding', 'actual', 2024, '令和６年度', 'total', None, '全債権合計')}")
    t = TAX[2024]
    rc, ra, rt = rate(t["cc"], t["ca"]), rate(t["ac"], t["aa"]), rate(t["tc"], t["ta"])
    blk = [f"現年課税分　{f(f'{rc:.2f}％', rc, 'percent', 'collection_rate', 'actual', 2024, '令和６年度', 'current', '市税', '市税')}",
           f"滞納繰越分　{f(f'{ra:.2f}％', ra, 'percent', 'collection_rate', 'actual', 2024, '令和６年度', 'arrears', '市税', '市税')}",
           f"合計　{f(f'{rt:.2f}％', rt, 'percent', 'collection_rate', 'actual', 2024, '令和６年度', 'total', '市税', '市税')}"]
    # rate table, percent without a % sign; year forms R4 / 令和５年度 / ６年度
    heads = [(2022, "R4"), (2023, "令和５年度"), (2024, "６年度")]
    trs = ""
    for name, data in (("市税", TAX), ("国民健康保険税", KOKUHO), ("介護保険料", KAIGO)):
        tds = ""
        for fy, lab in heads:
            v = rate(data[fy]["tc"], data[fy]["ta"])
            tds += f"<td class='n'>{f(f'{v:.2f}', v, 'percent', 'collection_rate', 'actual', fy, lab, 'total', name, name)}</td>"
        trs += f"<tr><td>{name}</td>{tds}</tr>"
    th = "".join(f"<th>{lab}</th>" for _, lab in heads)
    return f"""
<p class="r">資料１・２（抜粋）</p>
<h2>委員会配付資料の要旨</h2>
<div class="box">
<p class="bt">【参考】令和６年度末　主な債権の収入未済額</p>
{''.join(p(b, 'bl') for b in box)}
</div>
<p class="h3">（１）市税</p>
<p class="bt">【収納率】令和６年度決算</p>
{''.join(p('・' + b, 'bl') for b in blk)}
<p class="h3">（２）収納率（合計）の推移</p>
<p class="r">（単位：％）</p>
<table class="grid"><tr><th>債権名</th>{th}</tr>{trs}</table>
<p class="note">※　収納率は、収入済額を調定額で除したもの（滞納繰越分を含む。）</p>
"""


CSS = """
@font-face {font-family: M; src: url(ipaexm.ttf);}
@font-face {font-family: G; src: url(ipaexg.ttf);}
body {font-family: M; font-size: 10.5pt; line-height: 1.55;}
h1 {font-family: G; font-size: 17pt; text-align: center; margin: 6pt 0 2pt 0;}
h2 {font-family: G; font-size: 13pt; margin: 4pt 0 8pt 0;}
p {margin: 0 0 3pt 0;}
p.c {text-align: center; margin-bottom: 10pt;}
p.r {text-align: right;}
p.in {margin-left: 24pt;}
p.in2 {margin-left: 48pt;}
p.sp {text-indent: -10.5pt; margin-left: 10.5pt; margin-top: 5pt;}
p.sp2 {text-indent: 10.5pt; margin-left: 10.5pt;}
p.bt {font-family: G; margin-top: 6pt;}
p.bl {margin-left: 14pt;}
p.h3 {font-family: G; margin-top: 12pt;}
p.note {font-size: 9pt;}
div.box {border: 1px solid black; padding: 6pt; margin: 6pt 0 6pt 0;}
table.att {margin-left: 24pt; margin-bottom: 4pt;}
table.att td {padding: 0 16pt 0 0;}
table.grid {border-collapse: collapse; margin-left: 10pt;}
table.grid th, table.grid td {border: 1px solid black; padding: 2pt 10pt;}
table.grid th {font-family: G; font-weight: normal;}
td.n {text-align: right;}
"""


def build() -> Path:
    pages = [page1(), page2(), page3(), page4(), page5()]
    pdf = PDF_DIR / f"{STEM}.pdf"
    PDF_DIR.mkdir(exist_ok=True)
    arch = pymupdf.Archive()
    arch.add(Path(MINCHO).read_bytes(), "ipaexm.ttf")
    arch.add(Path(GOTHIC).read_bytes(), "ipaexg.ttf")
    mediabox = pymupdf.paper_rect("a4")
    where = mediabox + (62, 56, -62, -60)
    tmp = Path("/tmp/ff_work") / f"{STEM}_story.pdf"
    writer = pymupdf.DocumentWriter(str(tmp))
    for i, body in enumerate(pages, 1):
        story = pymupdf.Story(html=f"<body>{body}</body>", user_css=CSS, archive=arch)
        dev = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
        assert not more, f"page {i} overflows"
    writer.close()
    # page numbers (footer) and font subsetting
    doc = pymupdf.open(tmp)
    for i, pg in enumerate(doc, 1):
        pg.insert_font(fontname="F0", fontfile=MINCHO)
        pg.insert_text((mediabox.width / 2 - 12, mediabox.height - 30), f"－{i}－", fontname="F0", fontsize=9)
    doc.subset_fonts()
    doc.save(pdf, garbage=4, deflate=True)
    doc.close()
    return pdf


def main():
    pdf = build()
    G.minutes = {
        "title": TITLE,
        "meeting_number": 2,
        "date": "2025-09-11",
        "method": None,
        "attendees": ([{"role": r, "title": None, "name": n} for r, n in MEMBERS]
                      + [{"role": "説明員", "title": t, "name": n} for t, n in STAFF]
                      + [{"role": "事務局", "title": t, "name": n} for t, n in OFFICE]),
        "agenda": [SEC1, SEC2],
        "materials": ["令和６年度　市税等収納状況一覧", "第２次会津若松市債権管理計画　進捗状況報告（令和６年度実績）"],
        "statements": statements,
    }
    gp = G.write(pdf)
    errs = check_pdf(pdf, gp)
    print("\n".join(errs) or "raw check ok")


if __name__ == "__main__":
    main()
