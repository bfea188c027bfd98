"""東松山市議会 総務常任委員会記録（令和６年 第４回） with 別表.

Tool chain: PyMuPDF drawing directly (IPAex fonts, subset on save).
Run from corpus/dev63:  python3 build/ps_higashimatsuyama_minutes.py
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ps_common import FONT_G, FONT_M, PDF_DIR, Gold, comma, rate, tri, zd, zen  # noqa: E402

STEM = "ps_higashimatsuyama_minutes_1"
FY = 2023  # settled year quoted in the meeting
TITLE = "令和６年 東松山市議会総務常任委員会記録（第４回）"
g = Gold(STEM, "minutes", "東松山市", TITLE, "2024-09-12", "令和６年９月１２日", "minutes")

FM = pymupdf.Font(fontfile=FONT_M)
FG = pymupdf.Font(fontfile=FONT_G)
W, H = 595.28, 841.89
LM, RM, TM, BM = 62, 62, 64, 70


class Doc:
    def __init__(self):
        self.pdf = pymupdf.open()
        self.page = None
        self.y = 0
        self.new_page()

    def new_page(self):
        self.page = self.pdf.new_page(width=W, height=H)
        self.page.insert_font(fontname="M", fontfile=FONT_M)
        self.page.insert_font(fontname="G", fontfile=FONT_G)
        self.y = TM
        g.page = self.pdf.page_count
        n = self.pdf.page_count
        s = f"－ {n} －"
        self.page.insert_text((W / 2 - FM.text_length(s, 9) / 2, H - 40), s, fontname="M", fontsize=9)

    def need(self, h):
        if self.y + h > H - BM:
            self.new_page()

    def text(self, x, y, s, size=10.5, font="M", color=(0, 0, 0)):
        self.page.insert_text((x, y), s, fontname=font, fontsize=size, color=color)

    def rtext(self, xr, y, s, size=9, font="M"):
        f = FM if font == "M" else FG
        self.page.insert_text((xr - f.text_length(s, size), y), s, fontname=font, fontsize=size)

    def ctext(self, xc, y, s, size=9, font="M"):
        f = FM if font == "M" else FG
        self.page.insert_text((xc - f.text_length(s, size) / 2, y), s, fontname=font, fontsize=size)

    def wrap(self, s, width, size, font="M", first_indent=0.0, indent=0.0):
        f = FM if font == "M" else FG
        lines, cur, avail = [], "", width - first_indent
        for ch in s:
            if f.text_length(cur + ch, size) > avail:
                # keep closing punctuation on the line
                if ch in "、。）」％":
                    cur += ch
                    lines.append(cur)
                    cur, avail = "", width - indent
                    continue
                lines.append(cur)
                cur, avail = ch, width - indent
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, s, size=10.5, font="M", x=LM, width=None, first_indent=0.0, indent=0.0, lead=1.75,
             keep=True):
        width = width or (W - RM - x)
        lines = self.wrap(s, width, size, font, first_indent, indent)
        lh = size * lead
        if keep:
            self.need(lh * len(lines))
        for i, ln in enumerate(lines):
            self.need(lh)
            self.text(x + (first_indent if i == 0 else indent), self.y + size, ln, size, font)
            self.y += lh
        return lines


d = Doc()

# ---------------------------------------------------------------- data (円, 令和５年度決算)
# name printed, canonical debt, (調定額, 収入済額, 不納欠損額), previous year rate
TAXES = [("個人市民税", 5612453800, 5514268400, 9836215), ("法人市民税", 1087624500, 1083105200, 1204300),
         ("固定資産税", 5316482600, 5220615300, 8724690), ("軽自動車税", 286314200, 281842600, 652100),
         ("市たばこ税", 412365400, 412365400, 0), ("都市計画税", 569376852, 534827300, 951100)]
TAX = (sum(t[1] for t in TAXES), sum(t[2] for t in TAXES), sum(t[3] for t in TAXES))
TAX_CUR = (13041385200, 12970962700)  # 現年課税分 調定額・収入済額
TAX_ARR = (TAX[0] - TAX_CUR[0], TAX[1] - TAX_CUR[1])
OTHERS = [("国民健康保険税", "国民健康保険税", 2386452100, 2052417300, 38245600),
          ("介護保険料", "介護保険料", 1914273500, 1887106200, 4386100),
          ("後期高齢者医療保険料", "後期高齢者医療保険料", 853614800, 849207300, 612400),
          ("保育料", "保育所保育料", 218436290, 214985610, 402180),
          ("学校給食費", "学校給食費", 512364800, 509871300, 214600),
          ("放課後児童クラブ利用料", "放課後児童クラブ利用料", 98245000, 96873500, 85000),
          ("市営住宅使用料", "市営住宅使用料", 96812400, 84963700, 1245300),
          ("下水道事業受益者負担金", "下水道事業受益者負担金", 42318600, 38906200, 312000),
          ("生活保護費返還金", "生活保護費返還金", 86412900, 21537800, 5213400)]
KOK = OTHERS[0]
KOK_CUR = (2086452100, 1962706800)
KOK_ARR = (KOK[2] - KOK_CUR[0], KOK[3] - KOK_CUR[1])


def out(a, c, w):
    return a - c - w


ALL_OUT = out(*TAX) + sum(out(o[2], o[3], o[4]) for o in OTHERS)
ALL_OUT_R4 = ALL_OUT + 40612380
ALL_OUT_R1 = 723412604


def oku_man(yen, unit=1000000, floor=False):
    v = (yen // unit if floor else int(round(yen / unit))) * unit
    oku, man = divmod(v // 10000, 10000)
    s = (f"{oku}億" if oku else "") + (f"{man:,}万円" if man else "円")
    return v, s


def zf(s):
    return zen(s)


# ---------------------------------------------------------------- header block
d.ctext(W / 2, d.y + 14, "令和６年", 13, "G")
d.y += 24
d.ctext(W / 2, d.y + 16, "東松山市議会総務常任委員会記録", 16, "G")
d.y += 26
d.ctext(W / 2, d.y + 13, "第 ４ 回", 13, "G")
d.y += 30
d.page.draw_line((LM, d.y), (W - RM, d.y), width=0.8)
d.y += 10
hdr = [("１　日　　時", "令和６年９月１２日（木）　午前１０時００分開会　午前１１時４２分閉会"),
       ("２　場　　所", "第１委員会室")]
for a, b in hdr:
    d.text(LM, d.y + 10.5, a, 10.5, "G")
    d.text(LM + 92, d.y + 10.5, b)
    d.y += 19

attendees = []
d.text(LM, d.y + 10.5, "３　出席委員（８名）", 10.5, "G")
d.y += 19
MEMBERS = [("委員長", "大塚 健一"), ("副委員長", "石川 真理子"), ("委員", "小島 正義"), ("委員", "田村 由美"),
           ("委員", "関根 孝"), ("委員", "岡野 博之"), ("委員", "新井 聡"), ("委員", "吉田 和代")]
for i, (role, name) in enumerate(MEMBERS):
    col, row = i % 2, i // 2
    x = LM + 24 + col * 210
    d.text(x, d.y + row * 18 + 10.5, role)
    d.text(x + 62, d.y + row * 18 + 10.5, name)
    attendees.append({"role": role, "title": None, "name": name})
d.y += 4 * 18 + 4
d.text(LM, d.y + 10.5, "４　欠席委員　　なし", 10.5, "G")
d.y += 19
d.text(LM, d.y + 10.5, "５　説明のため出席した者（説明員７名）", 10.5, "G")
d.y += 19
OFFICIALS = [("総務部長", "根岸 達也"), ("収税課長", "関口 浩二"), ("健康推進部長", "内田 美紀"),
             ("保険年金課長", "森田 雅人"), ("子ども・若者部長", "松本 英樹"), ("都市整備部長", "長島 誠"),
             ("住宅建築課長", "岡田 昌弘")]
for i, (title, name) in enumerate(OFFICIALS):
    col, row = i % 2, i // 2
    x = LM + 24 + col * 210
    d.text(x, d.y + row * 18 + 10.5, title)
    d.text(x + 108, d.y + row * 18 + 10.5, name)
    attendees.append({"role": title, "title": title, "name": name})
d.y += 4 * 18 + 4
d.text(LM, d.y + 10.5, "６　職務のため出席した議会事務局職員（事務局２名）", 10.5, "G")
d.y += 19
for i, (title, name) in enumerate([("議事課長", "福田 直樹"), ("議事課主査", "金子 彩")]):
    x = LM + 24 + i * 210
    d.text(x, d.y + 10.5, title)
    d.text(x + 100, d.y + 10.5, name)
    attendees.append({"role": "事務局", "title": title, "name": name})
d.y += 23
d.text(LM, d.y + 10.5, "７　付議事件", 10.5, "G")
d.y += 19
AGENDA = ["所管事務調査「市税等の収納状況及び債権管理の取組について」",
          "令和５年度東松山市債権管理状況報告書について",
          "閉会中の継続調査について"]
for i, a in enumerate(AGENDA, 1):
    d.text(LM + 24, d.y + 10.5, f"（{zd(i)}）{a}")
    d.y += 18
d.y += 4
d.text(LM, d.y + 10.5, "８　配付資料", 10.5, "G")
d.y += 19
MATERIALS = ["資料１　令和５年度市税等の収納状況", "資料２　令和５年度東松山市債権管理状況報告書"]
for m in MATERIALS:
    d.text(LM + 24, d.y + 10.5, m)
    d.y += 18
d.y += 6
d.page.draw_line((LM, d.y), (W - RM, d.y), width=0.8)
d.y += 12
d.ctext(W / 2, d.y + 11, "審　査　の　経　過", 11, "G")
d.y += 26

# ---------------------------------------------------------------- statements
statements = []
section = AGENDA[0]


def say(speaker, parts):
    """parts: list of str or callables returning str (facts are recorded on the page where drawn)."""
    global section
    # measure with provisional text to decide the page first (facts must carry the right page)
    prov = "".join(p if isinstance(p, str) else p(dry=True) for p in parts)
    lines = d.wrap("○" + speaker + "　" + prov, W - RM - LM, 10.5, "M", 0, 10.5)
    d.need(10.5 * 1.75 * len(lines))
    text = "".join(p if isinstance(p, str) else p(dry=False) for p in parts)
    assert text == prov
    start_page = d.pdf.page_count
    d.para("○" + speaker + "　" + text, indent=10.5)
    assert d.pdf.page_count == start_page
    statements.append({"speaker": speaker, "section": section, "text": text, "page": start_page})
    d.y += 2


def F(raw, value, metric, **kw):
    def f(dry):
        if not dry:
            g.fact(raw, value, metric, **kw)
        return raw
    return f


def stage(s):
    d.para(s, x=LM + 40)


T = dict(debt="市税", debt_raw="市税", fy=FY, fy_raw="令和５年度", basis="actual")
tax_cur_r = rate(TAX_CUR[1], TAX_CUR[0])
tax_arr_r = rate(TAX_ARR[1], TAX_ARR[0])
tax_r = rate(TAX[1], TAX[0])
TAX_R_PREV = 97.89
tax_out = out(*TAX)
TAX_OUT_PREV = 245102916
v_out, s_out = oku_man(tax_out)
v_dif, s_dif = oku_man(tax_out - TAX_OUT_PREV) if False else oku_man(abs(tax_out - TAX_OUT_PREV))
v_wo, s_wo = oku_man(TAX[2], 10000, floor=True)

say("大塚委員長", ["ただいまから総務常任委員会を開会いたします。本日は、所管事務調査として「市税等の収納状況及び債権管理の"
                 "取組について」執行部から説明を受けます。それでは、説明をお願いします。"])
say("根岸総務部長", ["令和５年度決算における市税等の収納状況について、概要を御説明いたします。詳細につきましては、"
                   "収税課長及び保険年金課長から説明させます。"])
say("関口収税課長", ["資料１の１ページを御覧ください。令和５年度決算における市税の収納率は、現年課税分が",
                   F(zf(f"{tax_cur_r:.2f}％"), tax_cur_r, "collection_rate", segment="current", **T), "、滞納繰越分が",
                   F(zf(f"{tax_arr_r:.2f}％"), tax_arr_r, "collection_rate", segment="arrears", **T), "、合計で",
                   F(zf(f"{tax_r:.2f}％"), tax_r, "collection_rate", **T), "となり、前年度と比べて",
                   F(zf(f"{tax_r - TAX_R_PREV:.2f}") + "ポイント", round(tax_r - TAX_R_PREV, 2), "difference",
                     unit="points", **T),
                   "上昇いたしました。収入未済額は", F("約" + zf(s_out), v_out, "outstanding", approx=True, **T),
                   "で、前年度から", F("約" + zf(s_dif), -v_dif, "difference", approx=True, **T),
                   "の減少となっております。不納欠損額は", F(zf(s_wo) + "余", v_wo, "written_off", approx=True, **T),
                   "で、主に滞納処分の執行停止から３年を経過したものでございます。"])
kok_cur_r, kok_arr_r, kok_r = rate(KOK_CUR[1], KOK_CUR[0]), rate(KOK_ARR[1], KOK_ARR[0]), rate(KOK[3], KOK[2])
KOK_R_PREV = 85.12
KOK_A_PREV = 2510834600
K = dict(debt="国民健康保険税", debt_raw="国民健康保険税", fy=FY, fy_raw="令和５年度", basis="actual")
kv_out, ks_out = oku_man(out(KOK[2], KOK[3], KOK[4]))
kv_da, ks_da = oku_man(KOK_A_PREV - KOK[2])
say("森田保険年金課長", ["続きまして、国民健康保険税について御説明します。令和５年度の収納率は、現年課税分が",
                     F(zf(f"{kok_cur_r:.2f}％"), kok_cur_r, "collection_rate", segment="current", **K), "、滞納繰越分が",
                     F(zf(f"{kok_arr_r:.2f}％"), kok_arr_r, "collection_rate", segment="arrears", **K), "、合計で",
                     F(zf(f"{kok_r:.2f}％"), kok_r, "collection_rate", **K), "となり、前年度比",
                     F(zf(f"{kok_r - KOK_R_PREV:.2f}") + "ポイント", round(kok_r - KOK_R_PREV, 2), "difference",
                       unit="points", **K),
                     "の上昇となりました。収入未済額は", F("約" + zf(ks_out), kv_out, "outstanding", approx=True, **K),
                     "でございます。なお、被保険者数の減少に伴い、調定額は前年度から",
                     F("約" + zf(ks_da), -kv_da, "difference", approx=True, **K), "減少しております。"])
say("大塚委員長", ["説明が終わりました。質疑のある方は挙手をお願いします。"])
say("小島委員", ["令和５年度決算で市税の収納率は", F(zf(f"{tax_r:.2f}％"), tax_r, "collection_rate", **T),
               "とのことですが、県内の他市と比べてどの程度の水準なのか、また、滞納繰越分の収納率が３割程度にとどまっている"
               "要因をどのように分析しているのか伺います。"])
SEIZ, SEIZ_PREV = 1024, 938
say("関口収税課長", ["県内４０市の中では、合計の収納率はおおむね中位でございます。滞納繰越分につきましては、高額の事案や"
                   "納付資力の乏しい事案が残っていることが主な要因と考えております。差押えは令和５年度に",
                   F(zf(comma(SEIZ)) .replace(",", "，") + "件", SEIZ, "seizures", unit="cases", debt="市税",
                     debt_raw="市税", fy=FY, fy_raw="令和５年度", basis="actual"),
                   "実施し、前年度より", F(zf(SEIZ - SEIZ_PREV) + "件", SEIZ - SEIZ_PREV, "difference", unit="cases",
                                     debt="市税", debt_raw="市税", fy=FY, fy_raw="令和５年度", basis="actual"),
                   "増加いたしました。"])
say("小島委員", ["滞納整理を進める一方で、生活に困窮している方への配慮も必要だと思います。分納の相談には、どのように"
               "対応しているのでしょうか。"])
say("関口収税課長", ["生活状況を丁寧に聞き取った上で、分納誓約を結んでおります。生活困窮が認められる場合には、生活困窮者"
                   "自立支援の窓口におつなぎするとともに、執行停止も適正に行っております。"])
say("田村委員", ["保育料と市営住宅使用料の状況についても伺います。特に市営住宅使用料は収納率が低いと思いますが、"
               "いかがでしょうか。"])
HO = OTHERS[3]
JU = OTHERS[6]
hv, hs = oku_man(out(HO[2], HO[3], HO[4]), 10000)
jv, js = oku_man(out(JU[2], JU[3], JU[4]), 100000)
say("松本子ども・若者部長", ["保育料の令和５年度の収納率は",
                        F(zf(f"{rate(HO[3], HO[2]):.2f}％"), rate(HO[3], HO[2]), "collection_rate", debt="保育所保育料",
                          debt_raw="保育料", fy=FY, fy_raw="令和５年度", basis="actual"),
                        "で、収入未済額は", F("約" + zf(hs), hv, "outstanding", debt="保育所保育料", debt_raw="保育料",
                                        fy=FY, fy_raw="令和５年度", basis="actual", approx=True),
                        "でございます。児童手当からの徴収を引き続き活用しているほか、口座振替の勧奨を入園時に行っております。"])
say("岡田住宅建築課長", ["市営住宅使用料の収納率は",
                     F(zf(f"{rate(JU[3], JU[2]):.2f}％"), rate(JU[3], JU[2]), "collection_rate", debt="市営住宅使用料",
                       debt_raw="市営住宅使用料", fy=FY, fy_raw="令和５年度", basis="actual"),
                     "で、収入未済額は", F("約" + zf(js).replace(",", "，"), jv, "outstanding", debt="市営住宅使用料",
                                     debt_raw="市営住宅使用料", fy=FY, fy_raw="令和５年度", basis="actual", approx=True),
                     "となっております。退去された方の未納分がその約６割を占めており、所在調査に時間を要しているのが実情で"
                     "ございます。"])
say("田村委員", ["連帯保証人への請求は行っているのですか。"])
say("岡田住宅建築課長", ["３か月以上の滞納がある場合には、連帯保証人に通知をしております。令和５年度は",
                     F("４２件", 42, "guarantor_notices", unit="cases", debt="市営住宅使用料", debt_raw="市営住宅使用料",
                       fy=FY, fy_raw="令和５年度", basis="actual"),
                     "通知し、うち１８件で納付につながっております。"])
KA, KO = OTHERS[1], OTHERS[2]
kav, kas = oku_man(out(KA[2], KA[3], KA[4]), 10000)
kov, kos = oku_man(out(KO[2], KO[3], KO[4]), 100000)
say("吉田委員", ["介護保険料と後期高齢者医療保険料の状況はいかがでしょうか。"])
say("内田健康推進部長", ["介護保険料の令和５年度の収納率は",
                     F(zf(f"{rate(KA[3], KA[2]):.2f}％"), rate(KA[3], KA[2]), "collection_rate", debt="介護保険料",
                       debt_raw="介護保険料", fy=FY, fy_raw="令和５年度", basis="actual"),
                     "、後期高齢者医療保険料は",
                     F(zf(f"{rate(KO[3], KO[2]):.2f}％"), rate(KO[3], KO[2]), "collection_rate",
                       debt="後期高齢者医療保険料", debt_raw="後期高齢者医療保険料", fy=FY, fy_raw="令和５年度",
                       basis="actual"),
                     "で、いずれも前年度を上回りました。収入未済額は、介護保険料が",
                     F("約" + zf(kas), kav, "outstanding", debt="介護保険料", debt_raw="介護保険料", fy=FY,
                       fy_raw="令和５年度", basis="actual", approx=True),
                     "、後期高齢者医療保険料が",
                     F("約" + zf(kos), kov, "outstanding", debt="後期高齢者医療保険料", debt_raw="後期高齢者医療保険料",
                       fy=FY, fy_raw="令和５年度", basis="actual", approx=True),
                     "でございます。普通徴収の方には、引き続き口座振替を勧奨してまいります。"])
say("石川副委員長", ["不納欠損の判断基準について伺います。"])
say("関口収税課長", ["地方税法に基づき、滞納処分の執行停止後３年を経過したもの、又は時効が完成したものについて"
                   "不納欠損処分を行っております。令和５年度の市税の不納欠損額のうち、執行停止と同時に納付義務を"
                   "消滅させたものは",
                   F("約３８０万円", 3800000, "written_off", approx=True, **T), "でございます。"])
say("大塚委員長", ["ほかに質疑はありませんか。"])
stage("（「なし」と呼ぶ者あり）")
say("大塚委員長", ["質疑を終結します。以上で所管事務調査を終了します。"])

section = AGENDA[1]
say("大塚委員長", ["次に、令和５年度東松山市債権管理状況報告書について、執行部から報告を求めます。"])
av, as_ = oku_man(ALL_OUT)
dv, ds = oku_man(ALL_OUT_R4 - ALL_OUT)
A = dict(debt=None, debt_raw=None, fy=FY, fy_raw="令和５年度末", basis="actual")
say("根岸総務部長", ["資料２を御覧ください。報告書の対象となる市税等１０債権の令和５年度末の収入未済額は、合計で",
                   F("約" + zf(as_), av, "outstanding", approx=True, **A), "となり、前年度と比べて",
                   F("約" + zf(ds), -dv, "difference", approx=True, **A),
                   "減少しております。内訳は、巻末の別表のとおりでございます。"])
say("関根委員", ["令和５年度決算の数字で、令和元年度と比べるとどの程度縮減しているのでしょうか。"])
r1v, r1s = oku_man(ALL_OUT_R1)
say("根岸総務部長", ["令和元年度末の収入未済額は",
                   F("約" + zf(r1s), r1v, "outstanding", approx=True, debt=None, debt_raw=None, fy=2019,
                     fy_raw="令和元年度末", basis="actual"),
                   "でしたので、４年間で",
                   F("１億円余り", -100000000, "difference", approx=True, **A),
                   "縮減したことになります。"])
say("関根委員", ["生活保護費返還金の収納率が低いようですが、今後の見通しを伺います。"])
SE = OTHERS[8]
say("内田健康推進部長", ["生活保護費返還金は、保護費からの調整による納付が中心で、令和５年度の収納率は",
                     F(zf(f"{rate(SE[3], SE[2]):.2f}％"), rate(SE[3], SE[2]), "collection_rate", debt="生活保護費返還金",
                       debt_raw="生活保護費返還金", fy=FY, fy_raw="令和５年度", basis="actual"),
                     "にとどまっております。保護廃止後の債務者については、ケースワーカーと連携して定期的に納付を"
                     "働き掛けてまいります。"])
section = AGENDA[2]
say("大塚委員長", ["以上で報告を終わります。次に、閉会中の継続調査についてお諮りします。所管事務調査について、閉会中も"
                 "継続して調査したいと思いますが、これに御異議ありませんか。"])
stage("（「異議なし」と呼ぶ者あり）")
say("大塚委員長", ["御異議なしと認め、そのように決定いたしました。以上で本日の総務常任委員会を閉会いたします。"])
d.y += 6
d.rtext(W - RM, d.y + 10, "午前１１時４２分閉会", 10.5)
d.y += 24

# ---------------------------------------------------------------- 別表１ (boxed, 円, broken across pages)
COLS1 = ["債権名", "調定額（円）", "収入済額（円）", "不納欠損額（円）", "収入未済額（円）", "収納率（％）"]
CW1 = [106, 82, 82, 68, 78, 55]
rows1 = [(t[0], t[0], "   " + t[0], t[1], t[2], t[3]) for t in TAXES]
rows1.append(("市税", "市税計", "市税計", *TAX))
rows1 += [(o[1], o[0], o[0], o[2], o[3], o[4]) for o in OTHERS]
GA = TAX[0] + sum(o[2] for o in OTHERS)
GC = TAX[1] + sum(o[3] for o in OTHERS)
GW = TAX[2] + sum(o[4] for o in OTHERS)
rows1.append((None, "合計", "合計", GA, GC, GW))
assert out(GA, GC, GW) == ALL_OUT
RH = 17.5


def table_header(cols, cw, x0):
    y = d.y
    d.page.draw_rect(pymupdf.Rect(x0, y, x0 + sum(cw), y + 22), color=(0, 0, 0), fill=(0.88, 0.88, 0.88), width=0.6)
    x = x0
    for c, w in zip(cols, cw):
        d.ctext(x + w / 2, y + 14.5, c, 8.2, "G")
        x += w
        d.page.draw_line((x, y), (x, y + 22), width=0.4)
    d.y += 22


def box_caption(s):
    d.text(LM, d.y + 10.5, s, 10.5, "G")
    d.y += 18


d.need(60)
box_caption("別表１　令和５年度 市税等の収納状況（決算）")
x0 = LM
table_header(COLS1, CW1, x0)
top = d.y - 22
for r in rows1:
    if d.y + RH > H - BM - 20:
        # close the box on this page, continue on the next page with the header repeated
        d.page.draw_rect(pymupdf.Rect(x0, top, x0 + sum(CW1), d.y), width=1.0)
        d.rtext(x0 + sum(CW1), d.y + 11, "（次ページへ続く）", 8.5)
        d.new_page()
        box_caption("別表１　令和５年度 市税等の収納状況（決算）（続き）")
        table_header(COLS1, CW1, x0)
        top = d.y - 22
    debt, draw, label, a, c, w = r
    o = out(a, c, w)
    rr = rate(c, a)
    kw = dict(debt=debt, debt_raw=draw, fy=FY, fy_raw="令和５年度", basis="actual")
    bold = label in ("市税計", "合計")
    if bold:
        d.page.draw_rect(pymupdf.Rect(x0, d.y, x0 + sum(CW1), d.y + RH), fill=(0.94, 0.94, 0.94), width=0)
    d.text(x0 + 4, d.y + 12, label.replace("   ", "　"), 8.6, "G" if bold else "M")
    x = x0 + CW1[0]
    vals = [g.fact(comma(a), a, "assessed", **kw), g.fact(comma(c), c, "collected", **kw),
            g.fact(comma(w), w, "written_off", **kw), g.fact(comma(o), o, "outstanding", **kw),
            g.fact(f"{rr:.2f}", rr, "collection_rate", **kw)]
    for v, wdt in zip(vals, CW1[1:]):
        d.rtext(x + wdt - 4, d.y + 12, v, 8.6)
        x += wdt
    d.page.draw_line((x0, d.y + RH), (x0 + sum(CW1), d.y + RH), width=0.3)
    d.y += RH
d.page.draw_rect(pymupdf.Rect(x0, top, x0 + sum(CW1), d.y), width=1.0)
x = x0
for wdt in CW1[:-1]:
    x += wdt
    d.page.draw_line((x, top + 22), (x, d.y), width=0.4)
d.y += 4
d.text(LM, d.y + 9, "出典：令和５年度東松山市一般会計・特別会計歳入歳出決算書、同債権管理状況報告書", 8.5)
d.y += 13
d.text(LM, d.y + 9, "※ 市税の内訳のうち、市たばこ税は申告納付のため収入未済額は生じていません。", 8.5)
d.y += 22

# ---------------------------------------------------------------- 別表２ (千円, long format, only horizontal rules)
d.need(200)
d.text(LM, d.y + 10.5, "別表２　主な債権の収納状況の推移（令和３年度～令和５年度）", 10.5, "G")
d.rtext(W - RM, d.y + 10.5, "（単位：千円、％）", 8.5)
d.y += 18
HIST = {  # (assessed, collected) in yen for R3, R4; R5 from the tables above
    "市税": [(12984316200, 12712402500), (13155830400, 12878142300)],
    "国民健康保険税": [(2603418900, 2175842600), (KOK_A_PREV, 2137167000)],
    "介護保険料": [(1868402100, 1838265300), (1893520400, 1864298600)],
}
R5 = {"市税": TAX[:2], "国民健康保険税": KOK[2:4], "介護保険料": OTHERS[1][2:4]}
cols2 = ["債権名", "年度", "収納率", "調定額", "収入済額"]
cw2 = [150, 70, 70, 90, 90]
xs = [LM]
for wdt in cw2:
    xs.append(xs[-1] + wdt)
d.page.draw_line((LM, d.y), (xs[-1], d.y), width=0.9)
for c, a, b in zip(cols2, xs, xs[1:]):
    d.ctext((a + b) / 2, d.y + 12, c, 8.6, "G")
d.y += 18
d.page.draw_line((LM, d.y), (xs[-1], d.y), width=0.9)
for debt, hist in HIST.items():
    for i, (fy, lab) in enumerate([(2021, "R3"), (2022, "R4"), (2023, "R5")]):
        a, c = hist[i] if i < 2 else R5[debt]
        ak, ck = round(a / 1000), round(c / 1000)
        rr = rate(c, a)
        kw = dict(debt=debt, debt_raw=debt, fy=fy, fy_raw=lab, basis="actual")
        if i == 0:
            d.text(xs[0] + 4, d.y + 12, debt, 8.6)
        d.ctext((xs[1] + xs[2]) / 2, d.y + 12, lab, 8.6)
        d.rtext(xs[3] - 8, d.y + 12, g.fact(f"{rr:.2f}", rr, "collection_rate", **kw), 8.6)
        d.rtext(xs[4] - 8, d.y + 12, g.fact(comma(ak), ak * 1000, "assessed", **kw), 8.6)
        d.rtext(xs[5] - 8, d.y + 12, g.fact(comma(ck), ck * 1000, "collected", **kw), 8.6)
        d.y += 16
d.y += 4
d.text(LM, d.y + 9, "※ 調定額及び収入済額は千円未満を四捨五入しているため、別表１と一致しない場合があります。", 8.5)
d.y += 22

# ---------------------------------------------------------------- 【参考】 box
d.need(80)
bx = d.y
d.text(LM + 10, d.y + 14, "【参考】令和６年度の状況（令和６年８月末現在）", 10, "G")
d.y += 22
REF = [("市税収納率（現年課税分）", 41.86, "current", "市税", "市税"),
       ("国民健康保険税収納率（現年課税分）", 29.47, "current", "国民健康保険税", "国民健康保険税"),
       ("市税収納率（滞納繰越分）", 12.35, "arrears", "市税", "市税")]
for lab, v, seg, debt, draw in REF:
    d.text(LM + 18, d.y + 11, "・" + lab + "：" + g.fact(f"{v:.2f}％", v, "collection_rate", debt=debt,
                                                          debt_raw=draw, fy=2024, fy_raw="令和６年８月末",
                                                          segment=seg, basis="interim", as_of="2024-08-31"), 9.5)
    d.y += 16
d.y += 4
d.page.draw_rect(pymupdf.Rect(LM, bx, W - RM, d.y), width=0.8)
d.y += 16

# ---------------------------------------------------------------- 別表３ (no ruling lines, 5年平均, 増減率)
d.need(160)
d.text(LM, d.y + 10.5, "別表３　市税の収入未済額の推移", 10.5, "G")
d.y += 20
OUT5 = [(2019, "令和元年度", 318452, 97.12), (2020, "令和２年度", 301776, 97.35), (2021, "令和３年度", 274615, 97.91),
        (2022, "令和４年度", round(TAX_OUT_PREV / 1000), TAX_R_PREV), (2023, "令和５年度", round(tax_out / 1000), tax_r)]
OUT_H30 = 330757
tabs = [LM + 8, LM + 150, LM + 250, LM + 335, LM + 420]
heads = ["年度", "収入未済額（千円）", "増減額（千円）", "増減率（％）", "収納率（％）"]
for hx, hd in zip(tabs, heads):
    d.text(hx, d.y + 10, hd, 8.8, "G")
d.y += 18
prev = OUT_H30
for fy, lab, ok, rr in OUT5:
    kw = dict(debt="市税", debt_raw="市税", fy=fy, fy_raw=lab, basis="actual")
    dif = ok - prev
    chg = round(dif / prev * 100, 1)
    d.text(tabs[0], d.y + 10, lab, 9)
    d.rtext(tabs[1] + 72, d.y + 10, g.fact(comma(ok), ok * 1000, "outstanding", **kw), 9)
    d.rtext(tabs[2] + 62, d.y + 10, g.fact(tri(dif), dif * 1000, "difference", **kw), 9)
    d.rtext(tabs[3] + 52, d.y + 10, g.fact(tri(chg, 1), chg, "change_rate", unit="percent", **kw), 9)
    d.rtext(tabs[4] + 52, d.y + 10, g.fact(f"{rr:.2f}", rr, "collection_rate", **kw), 9)
    d.y += 16
    prev = ok
avg_o = round(sum(x[2] for x in OUT5) / 5)
avg_r = round(sum(x[3] for x in OUT5) / 5, 2)
kw = dict(debt="市税", debt_raw="市税", fy=2023, fy_raw="５年平均", basis="actual")
d.text(tabs[0], d.y + 10, "５年平均", 9, "G")
d.rtext(tabs[1] + 72, d.y + 10, g.fact(comma(avg_o), avg_o * 1000, "outstanding_average", **kw), 9)
d.rtext(tabs[2] + 62, d.y + 10, "－", 9)
d.rtext(tabs[3] + 52, d.y + 10, "－", 9)
d.rtext(tabs[4] + 52, d.y + 10, g.fact(f"{avg_r:.2f}", avg_r, "collection_rate_average", unit="percent", **kw), 9)
d.y += 20
d.text(LM, d.y + 9, "※ 増減額及び増減率は前年度との比較です（令和元年度は平成30年度末 330,757千円との比較）。", 8.5)
g.fact("330,757千円", OUT_H30 * 1000, "outstanding", debt="市税", debt_raw="市税", fy=2018, fy_raw="平成30年度末",
       basis="actual")

g.minutes = {"title": TITLE, "meeting_number": 4, "date": "2024-09-12", "method": None, "attendees": attendees,
             "agenda": AGENDA, "materials": MATERIALS, "statements": statements}

out_pdf = PDF_DIR / f"{STEM}.pdf"
d.pdf.subset_fonts()
d.pdf.set_metadata({"title": TITLE, "author": "東松山市議会"})
d.pdf.save(out_pdf, garbage=4, deflate=True)
n = d.pdf.page_count
g.write(out_pdf, n)
print(out_pdf, n, "pages", len(g.facts), "facts", len(statements), "statements")
