"""守谷市議会 総務常任委員会記録 (minutes): python-docx -> LibreOffice (soffice --headless --convert-to pdf).

python3 build/pr_moriya_minutes_1.py   (from corpus/dev62)
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docx import Document  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt  # noqa: E402

from pr_common import PDF_DIR, WORK, Gold, check, comma, fnum, rate, tri, zen  # noqa: E402

STEM = "pr_moriya_minutes_1"
TITLE = "令和７年９月守谷市議会定例会　総務常任委員会記録"
G = Gold(STEM, "minutes", "minutes", "守谷市", TITLE, "2025-09-11", "令和７年９月１１日")

# ----------------------------------------------------------------------------- data (千円)
HIST = {}   # 市税 2020-2024
cA, aA = 11028406, 560112
for i, (y, cr, ar, wr, g) in enumerate(((2020, 98.95, .2637, .071, 1.012), (2021, 98.55, .2152, .068, 1.009),
                                         (2022, 99.10, .2813, .066, 1.011), (2023, 99.15, .2891, .064, 1.008),
                                         (2024, 99.21, .3245, .068, 1.0))):
    cC = round(cA * cr / 100)
    aC = round(aA * ar)
    W = round(aA * wr * (1 + i / 37))
    HIST[y] = dict(cA=cA, cC=cC, aA=aA, aC=aC, W=W)
    aA = (cA - cC) + (aA - aC - W)
    cA = round(cA * g)


def tot(d):
    return d["cA"] + d["aA"], d["cC"] + d["aC"]


def zr(y, seg):
    d = HIST[y]
    if seg == "current":
        return rate(d["cC"], d["cA"])
    if seg == "arrears":
        return rate(d["aC"], d["aA"])
    a, c = tot(d)
    return rate(c, a)


def zout(y):
    d = HIST[y]
    return d["cA"] - d["cC"] + d["aA"] - d["aC"] - d["W"]


KOKU = {2023: dict(cA=2131408, cC=2019021, aA=521334, aC=113604, W=44918),
        2024: dict(cA=2098516, cC=1995269, aA=0, aC=0, W=0)}
k23 = KOKU[2023]
KOKU[2024]["aA"] = k23["cA"] - k23["cC"] + k23["aA"] - k23["aC"] - k23["W"]
KOKU[2024]["aC"] = round(KOKU[2024]["aA"] * 0.2463)
KOKU[2024]["W"] = 39877
OTHERS = {"介護保険料": (24510, 23106), "後期高齢者医療保険料": (3207, 3115), "保育所保育料": (13080, 12312),
          "学校給食費": (4411, 3804), "下水道使用料": (19244, 18437), "その他": (22876, 21390)}


def kout(y):
    d = KOKU[y]
    return d["cA"] - d["cC"] + d["aA"] - d["aC"] - d["W"]


ALL = {y: zout(y) + kout(y) + sum(v[y - 2023] for v in OTHERS.values()) for y in (2023, 2024)}


def man(v_sen):
    """千円 -> 全角 x億y万円 (rounded to 万円)."""
    m = round(v_sen / 10)
    s = f"{m // 10000}億{m % 10000:,}万円" if m >= 10000 else f"{m:,}万円"
    return zen(s), m * 10000


def man_approx(v_sen, unit=100):
    """千円 -> 約x億y,z00万円 rounded to `unit` 万円."""
    m = round(v_sen / 10 / unit) * unit
    s = f"{m // 10000}億{m % 10000:,}万円" if m >= 10000 and m % 10000 else (f"{m // 10000}億円" if m >= 10000 else f"{m:,}万円")
    return "約" + zen(s), m * 10000


# ----------------------------------------------------------------------------- docx scaffolding
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(25)
sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = 1.5

# page-number footer
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("－ ")
for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
    if tag:
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), tag)
        r._r.append(e)
    else:
        e = OxmlElement("w:instrText")
        e.set(qn("xml:space"), "preserve")
        e.text = text
        r._r.append(e)
fp.add_run(" －")

PAGE = [1]


def para(text="", size=11, gothic=False, align=None, left=0, first=0, before=0, after=0, bold=False):
    p = doc.add_paragraph()
    if text:
        run = p.add_run(text)
        run.font.size = Pt(size)
        run.bold = bold
        if gothic:
            run.font.name = "IPAexGothic"
            run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "IPAexGothic")
    pf = p.paragraph_format
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf.left_indent = Mm(left)
    pf.first_line_indent = Mm(first)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def page_break():
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    PAGE[0] += 1


# ----------------------------------------------------------------------------- minutes data
MEMBERS = [("委員長", "中村　明彦"), ("副委員長", "小林　真理子"), ("委員", "山本　健一"), ("委員", "鈴木　孝之"),
           ("委員", "渡辺　由美"), ("委員", "伊藤　誠")]
ABSENT = [("委員", "高橋　修")]
OFFICIALS = [("総務部長", "松本　浩二"), ("総務部次長兼財政課長", "井上　聡"), ("納税課長", "石川　隆"),
             ("課税課長", "森　康弘"), ("保健福祉部長", "佐々木　典子"), ("国保年金課長", "大野　勝"),
             ("こども・若者部長", "坂本　恵美"), ("教育部次長", "藤田　和也")]
STAFF = [("議会事務局長", "岡田　正人"), ("議事課長", "長谷川　亮"), ("議事課主査", "村上　彩")]
AGENDA = ["議案第４５号　令和６年度守谷市一般会計歳入歳出決算の認定について（所管部分）",
          "所管事務調査　市税等の収納対策及び債権管理について"]
MATERIALS = ["資料１　令和６年度　市税等の収納状況", "資料２　市税の収納率の推移"]

G.minutes = {"title": TITLE, "meeting_number": None, "date": "2025-09-11", "method": None,
             "attendees": ([{"role": r_, "title": None, "name": n_} for r_, n_ in MEMBERS] +
                           [{"role": t_, "title": t_, "name": n_} for t_, n_ in OFFICIALS] +
                           [{"role": "事務局職員", "title": t_, "name": n_} for t_, n_ in STAFF]),
             "agenda": AGENDA, "materials": MATERIALS, "statements": []}


def say(speaker, section, parts):
    """parts: list of str or (raw, value, metric, kwargs) ; prints ○speaker　text."""
    text = ""
    for x in parts:
        if isinstance(x, str):
            text += x
        else:
            raw, value, metric, kw = x
            G.fact(PAGE[0], raw, value, metric, **kw)
            text += raw
    p = para("", left=0, first=0, after=3)
    run = p.add_run("○" + speaker + "　")
    run.font.name = "IPAexGothic"
    run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "IPAexGothic")
    p.add_run(text)
    p.paragraph_format.left_indent = Mm(0)
    G.minutes["statements"].append({"speaker": speaker, "section": section, "text": text, "page": PAGE[0]})


# ============================================================================= page 1
para("令和７年９月守谷市議会定例会", 12, True, "c", after=2)
para("総務常任委員会記録", 16, True, "c", after=10)
para("１　開会日時　　令和７年９月１１日（木）", after=0)
para("午前１０時００分開会　　午前１１時５２分閉会", left=31, after=3)
para("２　開会場所　　守谷市役所　議会棟　第１委員会室", after=3)
para("３　出席委員（６名）", after=1)
def tabrow(cells, stops=(30, 75, 97)):
    p = para("", left=8)
    for x in stops:
        p.paragraph_format.tab_stops.add_tab_stop(Mm(x))
    p.add_run("\t".join(cells))
    return p


for i in range(0, len(MEMBERS), 2):
    a, b = MEMBERS[i], MEMBERS[i + 1]
    tabrow([a[0], a[1], b[0], b[1]])
para("４　欠席委員（１名）", before=3, after=1)
tabrow([ABSENT[0][0], ABSENT[0][1]])
para("５　説明のため出席した者（８名）", before=3, after=1)
for i in range(0, len(OFFICIALS), 2):
    a, b = OFFICIALS[i], OFFICIALS[i + 1]
    tabrow([a[0], a[1], b[0], b[1]], (46, 75, 121))
para("６　事務局職員（３名）", before=3, after=1)
tabrow([STAFF[0][0], STAFF[0][1], STAFF[1][0], STAFF[1][1]], (46, 75, 121))
tabrow([STAFF[2][0], STAFF[2][1]], (46,))
para("７　審査案件等", before=3, after=1)
for i, a in enumerate(AGENDA):
    para(f"（{zen(i + 1)}）{a}", left=15, first=-7)
para("８　配付資料", before=3, after=1)
for m in MATERIALS:
    para(m, left=8)
para("―――――――――――――――――――――――――――――――――――――――", align="c", before=6, after=4)
para("午前１０時００分開会", align="r", after=4)
S1, S2 = AGENDA
say("中村委員長", S1, ["ただいまから総務常任委員会を開会いたします。本日は、高橋委員から欠席する旨の届出がありましたので、"
                       "御報告いたします。議案第４５号令和６年度守谷市一般会計歳入歳出決算の認定についてのうち、本委員会の"
                       "所管部分を議題といたします。執行部から補足説明があればお願いします。"])

# ============================================================================= page 2
page_break()
d24 = HIST[2024]
a24, c24 = tot(d24)
kw = dict(debt="市税", debt_raw="市税", fy=2024, fy_raw="令和６年度")
ra, va = man(a24)
rc, vc = man(c24)
rw, vw = man(d24["W"])
ro, vo = man_approx(zout(2024))
rd, vd = man_approx(zout(2023) - zout(2024))
rt, rt0 = zr(2024, "total"), zr(2023, "total")
say("石川納税課長", S1, [
    "それでは、市税の決算について補足して御説明いたします。令和６年度の市税の調定額は",
    (ra, va, "assessed", kw), "、収入済額は", (rc, vc, "collected", kw), "でございます。収納率は、現年課税分が",
    (zen(fnum(zr(2024, "current"))) + "％", zr(2024, "current"), "collection_rate", dict(kw, segment="current")),
    "、滞納繰越分が", (zen(fnum(zr(2024, "arrears"))) + "％", zr(2024, "arrears"), "collection_rate", dict(kw, segment="arrears")),
    "、合計で", (zen(fnum(rt)) + "％", rt, "collection_rate", kw), "となり、前年度と比較して",
    (zen(fnum(rt - rt0)) + "ポイント", round(rt - rt0, 2), "difference", dict(kw, unit="points")),
    "上昇いたしました。また、不納欠損額は", (rw, vw, "written_off", kw), "、収入未済額は", (ro, vo, "outstanding", dict(kw, approx=True)),
    "で、前年度から", (rd, -vd, "difference", dict(kw, approx=True)), "減少しております。"])
r23a = zr(2023, "arrears")
say("山本委員", S1, [
    "滞納繰越分の収納率が大きく伸びたということですが、令和５年度決算では滞納繰越分の収納率は",
    (zen(fnum(r23a)) + "％", r23a, "collection_rate", dict(debt="市税", debt_raw="市税", fy=2023, fy_raw="令和５年度決算",
                                                       segment="arrears")),
    "だったと記憶しております。改善の要因と、差押えなど滞納処分の状況について伺います。"])
SEIZ, SEIZ0, DELQ = 412, 374, 1845
kws = dict(debt="市税", debt_raw="市税", fy=2024, fy_raw="令和６年度")
say("石川納税課長", S1, [
    "改善の要因といたしましては、滞納繰越分のうち高額な案件を係長級の職員が担当する体制に改め、早い段階で財産調査を行ったことが"
    "挙げられます。令和６年度の差押件数は", (zen(SEIZ) + "件", SEIZ, "seizures", dict(kws, unit="cases")), "で、前年度より",
    (zen(SEIZ - SEIZ0) + "件", SEIZ - SEIZ0, "difference", dict(kws, unit="cases")),
    "増加しております。このほか、茨城租税債権管理機構への引継ぎを行い、困難案件の整理を進めました。なお、令和６年度末の滞納者数は",
    (zen(f"{DELQ:,}") + "人", DELQ, "delinquents", dict(kws, unit="persons")), "でございます。"])
KIKO_N, KIKO_C = 27, 18640
say("山本委員", S1, ["茨城租税債権管理機構への引継ぎについて、件数と、引き継いだ案件からの徴収の実績を伺います。"])
say("石川納税課長", S1, [
    "令和６年度に機構へ引き継いだ案件は", (zen(KIKO_N) + "件", KIKO_N, "transferred_cases", dict(kws, unit="cases")),
    "で、引き継いだ案件からの徴収額は", (zen(f"{KIKO_C // 10:,}") + "万円", KIKO_C * 10000 // 10, "collected_by_agency", kws),
    "でございます。機構では捜索やインターネット公売も実施しており、職員を派遣して実務を学ぶ機会としても活用しております。"])
say("山本委員", S1, ["納付の利便性の面では、どのような取組を行っているのか伺います。"])
say("石川納税課長", S1, ["令和５年度から地方税統一ＱＲコードを納付書に印字し、スマートフォン決済アプリや金融機関の窓口で全国どこでも"
                         "納付できるようにしております。令和６年度のスマートフォン決済による納付は",
                         (zen("18,214") + "件", 18214, "payments", dict(kws, unit="cases")),
                         "で、前年度の約１．４倍となりました。口座振替の勧奨と併せて、期限内納付の定着を図ってまいります。"])
say("鈴木委員", S1, ["市税と同じく納税課で徴収している国民健康保険税についても、収納率と収入未済額の状況を伺います。"])

# ============================================================================= page 3
page_break()
K = KOKU[2024]
kr_c, kr_a = rate(K["cC"], K["cA"]), rate(K["aC"], K["aA"])
kr_t = rate(K["cC"] + K["aC"], K["cA"] + K["aA"])
k0 = KOKU[2023]
kr_t0 = rate(k0["cC"] + k0["aC"], k0["cA"] + k0["aA"])
kk = dict(debt="国民健康保険料", debt_raw="国民健康保険税", fy=2024, fy_raw="令和６年度")
rko, vko = man_approx(kout(2024))
dko = round(kr_t - kr_t0, 1)
say("石川納税課長", S1, [
    "令和６年度の国民健康保険税の収納率は、現年度分が", (zen(fnum(kr_c)) + "％", kr_c, "collection_rate", dict(kk, segment="current")),
    "、滞納繰越分が", (zen(fnum(kr_a)) + "％", kr_a, "collection_rate", dict(kk, segment="arrears")), "で、全体では",
    (zen(fnum(kr_t)) + "％", kr_t, "collection_rate", kk), "となり、前年度と比べ",
    (zen(f"{dko:.1f}") + "ポイント", dko, "difference", dict(kk, unit="points")), "改善いたしました。収入未済額は",
    (rko, vko, "outstanding", dict(kk, approx=True)), "でございます。"])
say("大野国保年金課長", S1, ["国民健康保険の資格確認書の交付の際には、納税課と連携して納付相談の機会を設けており、分納誓約の履行状況を"
                            "毎月確認しております。"])
say("中村委員長", S1, ["ほかに質疑はありませんか。――質疑なしと認めます。これで質疑を終結いたします。討論はありませんか。"
                       "――討論なしと認めます。これより採決いたします。議案第４５号のうち本委員会の所管部分は、原案のとおり"
                       "認定すべきものと決することに御異議ありませんか。――御異議なしと認めます。よって、原案のとおり認定すべき"
                       "ものと決定いたしました。"])
say("中村委員長", S2, ["次に、所管事務調査「市税等の収納対策及び債権管理について」を議題といたします。執行部から説明を求めます。"])
rall, vall = man_approx(ALL[2024])
rdall, vdall = man_approx(ALL[2023] - ALL[2024])
say("松本総務部長", S2, [
    "本市では、令和元年度に守谷市債権管理条例を施行し、債権の適正な管理に全庁で取り組んでまいりました。令和６年度末の"
    "市全体の収入未済額は", (rall, vall, "outstanding", dict(fy=2024, fy_raw="令和６年度末", approx=True)),
    "で、前年度から", (rdall, -vdall, "difference", dict(fy=2024, fy_raw="令和６年度末", approx=True)),
    "減少いたしました。このうち、非強制徴収公債権及び私債権の収入未済額は", (zen("4,680") + "万円", 46800000, "outstanding",
    dict(fy=2024, fy_raw="令和６年度末", debt=None, debt_raw="非強制徴収公債権及び私債権")),
    "となっており、督促後の催告や支払督促の申立てなど、債権の性質に応じた手続を確実に行うよう所管課に求めております。"
    "引き続き、催告の早期化と滞納処分の徹底を図ってまいります。"])

# ============================================================================= page 4
page_break()
say("小林副委員長", S2, ["保育所保育料と学校給食費の状況について伺います。"])
HO = dict(cA=198402, cC=196458, aA=15312, aC=2817)
hr_c, hr_a = rate(HO["cC"], HO["cA"]), rate(HO["aC"], HO["aA"])
ho_out = OTHERS["保育所保育料"][1]
kh = dict(debt="保育所保育料", debt_raw="保育所保育料", fy=2024, fy_raw="令和６年度")
rho, vho = man_approx(ho_out, 10)
say("坂本こども・若者部長", S2, [
    "保育所保育料の令和６年度の収納率は、現年度分が", (zen(fnum(hr_c)) + "％", hr_c, "collection_rate", dict(kh, segment="current")),
    "、滞納繰越分が", (zen(fnum(hr_a)) + "％", hr_a, "collection_rate", dict(kh, segment="arrears")),
    "でございます。収入未済額は", (rho, vho, "outstanding", dict(kh, approx=True)),
    "となっており、児童手当からの徴収の申出を勧めるなど、滞納の発生防止に努めております。"])
GK = OTHERS["学校給食費"]
kg = dict(debt="学校給食費", debt_raw="学校給食費", fy=2024, fy_raw="令和６年度")
rg, vg = man_approx(GK[1], 10)
rgd, vgd = man_approx(GK[0] - GK[1], 10)
GR = 99.45
say("藤田教育部次長", S2, [
    "学校給食費の令和６年度の収入未済額は", (rg, vg, "outstanding", dict(kg, approx=True)), "で、前年度比",
    (rgd, -vgd, "difference", dict(kg, approx=True)), "の減少となりました。収納率は",
    (zen(fnum(GR)) + "％", GR, "collection_rate", kg), "でございます。"])
WAIVE_N, WAIVE = 42, 3120
say("渡辺委員", S2, ["債権管理条例に基づく債権の放棄について、令和６年度の実績を伺います。"])
say("松本総務部長", S2, [
    "令和６年度に条例に基づき放棄した債権は、非強制徴収公債権及び私債権を合わせて",
    (zen(WAIVE_N) + "件", WAIVE_N, "waived_cases", dict(fy=2024, fy_raw="令和６年度", unit="cases")), "、金額で",
    (zen(f"{WAIVE // 10:,}") + "万円", WAIVE * 1000, "waived", dict(fy=2024, fy_raw="令和６年度")),
    "でございます。いずれも債務者の死亡や所在不明により回収の見込みがないと判断したもので、放棄の状況は毎年度議会に報告しております。"])
say("伊藤委員", S2, ["滞納処分の執行停止について、令和６年度の状況と、その後の管理の方法を伺います。"])
STOP_N, STOP_V = 186, 41230
say("石川納税課長", S2, [
    "令和６年度に滞納処分の執行停止を行ったのは", (zen(STOP_N) + "件", STOP_N, "suspension_cases",
                                          dict(debt="市税", debt_raw="市税", fy=2024, fy_raw="令和６年度", unit="cases")),
    "、金額で", (zen(f"{STOP_V // 10:,}") + "万円", STOP_V * 1000, "suspended",
               dict(debt="市税", debt_raw="市税", fy=2024, fy_raw="令和６年度")),
    "でございます。停止後も３年間は毎年度財産の状況を確認し、資力が回復した場合には停止を取り消して徴収を再開しております。"])
say("伊藤委員", S2, ["所管課によって債権管理の水準に差があるのではないかと考えますが、全庁的な指導はどのように行っているのか伺います。"])
say("井上総務部次長兼財政課長", S2, ["毎年度、収入未済額のある全ての所管課から債権管理の状況を聴き取り、督促や催告の時期、時効の管理について"
                                   "助言を行っております。今年度は新たに債権管理の手引を改訂し、私債権の支払督促の手続を具体的に示したところでございます。"])
say("中村委員長", S2, ["ほかに質疑はありませんか。――なければ、以上で所管事務調査を終了いたします。これをもちまして総務常任委員会を閉会いたします。"])
para("午前１１時５２分閉会", align="r", before=6)

# ============================================================================= page 5: materials
page_break()
para("（委員会配付資料）", 10.5, True, after=6)
para("資料１　令和６年度　市税等の収納状況", 11, True, after=1)
para("（単位：千円、％）", 9, align="r", after=2)
TABS = [(Mm(38), WD_TAB_ALIGNMENT.RIGHT), (Mm(64), WD_TAB_ALIGNMENT.RIGHT), (Mm(88), WD_TAB_ALIGNMENT.RIGHT),
        (Mm(114), WD_TAB_ALIGNMENT.RIGHT), (Mm(136), WD_TAB_ALIGNMENT.RIGHT), (Mm(158), WD_TAB_ALIGNMENT.RIGHT)]


def tabline(cells, size=9.5, gothic=False, before=0):
    p = para("", before=before)
    for pos, al in TABS:
        p.paragraph_format.tab_stops.add_tab_stop(pos, al)
    run = p.add_run("\t".join(cells))
    run.font.size = Pt(size)
    if gothic:
        run.font.name = "IPAexGothic"
        run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "IPAexGothic")
    return p


tabline(["区　分", "", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"], gothic=True)
PAGE5 = PAGE[0]
for name, canon, dd, segs in (("市　税", "市税", HIST[2024], ("現年課税分", "滞納繰越分", "計")),
                              ("国民健康保険税", "国民健康保険料", KOKU[2024], ("現年度分", "滞納繰越分", "計"))):
    tabline([name], gothic=True, before=3)
    for lab, seg in zip(segs, ("current", "arrears", "total")):
        A_ = {"current": dd["cA"], "arrears": dd["aA"], "total": dd["cA"] + dd["aA"]}[seg]
        C_ = {"current": dd["cC"], "arrears": dd["aC"], "total": dd["cC"] + dd["aC"]}[seg]
        W_ = {"current": 0, "arrears": dd["W"], "total": dd["W"]}[seg]
        O_ = A_ - C_ - W_
        kwt = dict(debt=canon, debt_raw=name.replace("　", ""), fy=2024, fy_raw="令和６年度", segment=seg)
        cells = ["　" + lab, "",
                 G.fact(PAGE5, comma(A_), A_ * 1000, "assessed", **kwt),
                 G.fact(PAGE5, comma(C_), C_ * 1000, "collected", **kwt),
                 G.fact(PAGE5, comma(W_), W_ * 1000, "written_off", **kwt) if W_ else "－",
                 G.fact(PAGE5, comma(O_), O_ * 1000, "outstanding", **kwt),
                 G.fact(PAGE5, fnum(rate(C_, A_)), rate(C_, A_), "collection_rate", **kwt)]
        tabline(cells)
para("（注）収納率＝収入済額÷調定額×100。出納整理期間経過後の決算額による。", 9, before=4, after=14)

para("資料２　市税の収納率の推移", 11, True, after=1)
para("（単位：％、ポイント）", 9, align="r", after=2)
tbl = doc.add_table(rows=1, cols=5)
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER


def borders(cell, **edges):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{edge}")
        if edge in edges:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(edges[edge]))
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tcPr.append(b)


def set_cell(cell, text, align="r", gothic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.font.size = Pt(9.5)
    if gothic:
        run.font.name = "IPAexGothic"
        run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "IPAexGothic")
    p.alignment = {"r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]


for j, h in enumerate(("年　度", "現年課税分", "滞納繰越分", "合　計", "合計の前年度比")):
    c = tbl.rows[0].cells[j]
    set_cell(c, h, "c", True)
    borders(c, top=12, bottom=8)
prev = None
for y in (2020, 2021, 2022, 2023, 2024):
    row = tbl.add_row().cells
    lab = f"令和{zen(y - 2018)}年度"
    set_cell(row[0], lab, "c")
    kwy = dict(debt="市税", debt_raw="市税", fy=y, fy_raw=lab)
    for j, seg in enumerate(("current", "arrears", "total")):
        v = zr(y, seg)
        set_cell(row[1 + j], G.fact(PAGE5, fnum(v), v, "collection_rate", segment=seg, **kwy))
    v = zr(y, "total")
    if prev is None:
        set_cell(row[4], "－", "c")
    else:
        dv = round(v - prev, 2)
        set_cell(row[4], G.fact(PAGE5, tri(dv, "{:.2f}", "▲"), dv, "difference", unit="points", **kwy))
    prev = v
    for c in row:
        borders(c)
for c in tbl.rows[-1].cells:
    borders(c, bottom=12)
para("（注）▲は低下を示す。令和２年度は新型コロナウイルス感染症に係る徴収猶予の特例の影響を含む。", 9, before=4)

# ----------------------------------------------------------------------------- convert
docx_path = WORK / f"{STEM}.docx"
doc.save(docx_path)
outdir = WORK / "lo_out"
outdir.mkdir(exist_ok=True)
subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{WORK}/lo_profile", "--convert-to", "pdf",
                "--outdir", str(outdir), str(docx_path)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
PDF_DIR.mkdir(parents=True, exist_ok=True)
out = PDF_DIR / f"{STEM}.pdf"
shutil.copy(outdir / f"{STEM}.pdf", out)
G.write(out, PAGE[0])
sys.exit(1 if check(STEM) else 0)
