"""高森市債権管理計画（令和7年度～令和11年度）— python-docx → LibreOffice, A4 portrait.
Layout cues: 徴収計画 tables (one debt per row, 実績 | 目標 headings, 千円 in header), 債権ごとの推進シート."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from u_common import *

STEM = "u_takamori_plan_1"
YEARS = [2019, 2020, 2021, 2022, 2023]

def series(cur_ass, cur_rates, arr0, arr_rates, wo):
    rows, arr = [], arr0
    for ca, cr, ar, w in zip(cur_ass, cur_rates, arr_rates, wo):
        cc = round(ca * cr / 100); ac = round(arr * ar / 100)
        out = ca + arr - cc - ac - w
        rows.append(dict(ca=ca, cc=cc, cr=rate(cc, ca), aa=arr, ac=ac, ar=rate(ac, arr), wo=w, out=out))
        arr = out
    return rows

SHEETS = [
 dict(no="①", name="市税", ka="財務部納税課", kubun="強制徴収公債権（地方税）", yl=["令和元年度", "令和2年度", "令和3年度", "令和4年度", "令和5年度"],
      ylab="年度", s=series([24102330, 23815406, 24030118, 24388902, 24710615], [98.62, 98.41, 98.80, 98.95, 99.08],
                           1020450, [24.1, 22.6, 26.3, 27.8, 29.2], [98220, 91500, 86310, 80115, 74906]),
      tl=["令和7年度", "令和8年度", "令和9年度", "令和10年度", "令和11年度"], tcap="(2) 目標",
      tg=dict(cur=[99.12, 99.15, 99.18, 99.21, 99.24], arr=[30.50, 31.00, 31.50, 32.00, 32.50],
              out=[842000, 815000, 790000, 765000, 740000]),
      inits=[("①", "現年課税分の未納者に対して、納期限後30日以内に電話・ＳＭＳによる催告を行い、滞納繰越額の発生を抑制する。", "継続", False),
             ("②", "預貯金照会の電子化を全金融機関に広げ、財産調査から差押えまでの期間を短縮する。", "拡充", True),
             ("③", "捜索・インターネット公売を年２回実施し、納税意識の向上を図る。", "継続", False),
             ("④", "軽自動車税（種別割）の納付書にＱＲコードを印刷し、スマートフォン決済による納付を促す。", "新規", False)]),
 dict(no="②", name="国民健康保険税", ka="市民部保険年金課", kubun="強制徴収公債権", yl=["R1", "R2", "R3", "R4", "R5"],
      ylab="区分", s=series([5602118, 5480337, 5391806, 5288140, 5210552], [91.85, 92.30, 92.71, 93.02, 93.35],
                           1520660, [18.2, 19.0, 20.4, 21.1, 22.3], [160300, 148920, 139410, 120880, 110246]),
      tl=["7年度", "8年度", "9年度", "10年度", "11年度"], tcap="(2) 目標（令和7年度～令和11年度）",
      tg=dict(cur=[93.60, 93.85, 94.10, 94.35, 94.60], arr=[23.00, 23.50, 24.00, 24.50, 25.00],
              out=[1125000, 1080000, 1040000, 1000000, 960000]),
      inits=[("①", "資格取得の届出時に口座振替の申込みを受け付け、口座振替率を令和11年度までに60％へ引き上げる。", "拡充", False),
             ("②", "短期被保険者証の更新時に納付相談を行い、分納誓約の不履行者には速やかに財産調査を行う。", "継続", False),
             ("③", "所得が未申告の世帯に簡易申告書を送付し、軽減判定を適正に行うことで滞納の発生を防ぐ。", "新規", True)]),
 dict(no="③", name="市営住宅使用料", ka="建設部住宅課", kubun="私債権", yl=["元年度", "2年度", "3年度", "4年度", "5年度"],
      ylab="年度", s=series([478330, 472118, 469904, 466215, 463870], [96.10, 96.35, 96.52, 96.71, 96.88],
                           142300, [8.1, 8.9, 9.4, 10.2, 10.8], [6210, 5880, 7420, 6930, 6105]),
      tl=["令和7年度", "令和8年度", "令和9年度", "令和10年度", "令和11年度"], tcap="(2) 目標",
      tg=dict(cur=[97.00, 97.10, 97.20, 97.30, 97.40], arr=[11.50, 12.00, 12.50, 13.00, 13.50],
              out=[148000, 142000, 137000, 132000, 127000]),
      inits=None),
]
HOUSING_INITS = [("滞納の未然防止", [("・", "入居時に口座振替の利用を原則とし、家賃の減免制度を改めて周知する。", "継続"),
                                 ("・", "収入申告の未提出者を個別に訪問し、申告書の提出と納付を同時に働きかける。", "新規")]),
                 ("滞納整理の強化", [("・", "滞納６か月以上の入居者に連帯保証人への請求を行い、改善のない者には明渡し請求訴訟を提起する。", "継続"),
                                 ("・", "退去者の滞納分は弁護士法人に回収を委託し、所在不明者は調査の上で徴収停止を検討する。", "拡充")])]

sheet_out = {s["name"]: {y: r["out"] for y, r in zip(YEARS, s["s"])} for s in SHEETS}
# 10 debts: outstanding 千円 for 2021, 2022, 2023
OUT3 = {
 "市税": [sheet_out["市税"][y] for y in (2021, 2022, 2023)],
 "国民健康保険税": [sheet_out["国民健康保険税"][y] for y in (2021, 2022, 2023)],
 "介護保険料": [70412, 67308, 65110], "後期高齢者医療保険料": [13905, 12840, 12233],
 "保育所保育料": [16720, 15118, 13902],
 "市営住宅使用料": [sheet_out["市営住宅使用料"][y] for y in (2021, 2022, 2023)],
 "下水道使用料": [41225, 39874, 38051], "水道料金": [52660, 50913, 49337],
 "生活保護費返還金": [248115, 259402, 266870], "児童扶養手当返還金": [21304, 20115, 19662]}
PREV = [("市税", 99.00, None, 28.50, None), ("国民健康保険税", 93.20, None, 22.00, None),
        ("介護保険料", 98.90, 98.95, 17.00, 16.42), ("後期高齢者医療保険料", 99.30, 99.34, 30.00, 31.25),
        ("保育所保育料", 98.50, 98.21, 20.00, 18.77), ("市営住宅使用料", 97.00, None, 11.00, None),
        ("下水道使用料", 98.80, 98.86, 30.00, 33.40), ("水道料金", 99.00, 99.08, 35.00, 36.12),
        ("生活保護費返還金", 70.00, 64.38, 4.00, 3.55), ("児童扶養手当返還金", 60.00, 61.72, 8.00, 8.91)]
_act = {sh["name"]: sh["s"][-1] for sh in SHEETS}
PREV = [(n, tc, ac if ac is not None else _act[n]["cr"], ta, aa if aa is not None else _act[n]["ar"]) for n, tc, ac, ta, aa in PREV]
LEFT = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育所保育料"]
RIGHT = ["市営住宅使用料", "下水道使用料", "水道料金", "生活保護費返還金", "児童扶養手当返還金"]
GROUPS = [("一般会計", ["市税", "保育所保育料", "生活保護費返還金", "児童扶養手当返還金", "市営住宅使用料"]),
          ("特別会計", ["国民健康保険税", "介護保険料", "後期高齢者医療保険料"]),
          ("企業会計", ["下水道使用料", "水道料金"])]
SUM10 = [sum(v[i] for v in OUT3.values()) for i in range(3)]
ALL_2023 = SUM10[2] + 78450          # 千円, all accounts incl. minor debts
def oku(k):  # 千円 -> 約X億Y,Y00万円 (rounded to 百万円)
    man = round(k / 100) * 10
    o, r = divmod(man, 10000)
    return f"{o}億{r:,}万円", man * 10000

# ---------------- docx helpers ----------------
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20); sec.top_margin = Mm(22); sec.bottom_margin = Mm(20)
st = doc.styles["Normal"]; st.font.name = "IPAex明朝"; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAex明朝")
st.paragraph_format.space_after = Pt(2)

def runfont(run, size=None, gothic=False):
    f = "IPAexゴシック" if gothic else "IPAex明朝"
    run.font.name = f; run._element.rPr.rFonts.set(qn("w:eastAsia"), f)
    if size: run.font.size = Pt(size)

def P(text="", size=None, gothic=False, align=None, space=2, container=None):
    p = (container or doc).add_paragraph()
    if text:
        for i, part in enumerate(text.split("\n")):
            r = p.add_run(part); runfont(r, size, gothic)
            if i < len(text.split("\n")) - 1:
                r.add_break()
    if align: p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    p.paragraph_format.space_after = Pt(space)
    return p

def cell(c, text, size=9, align=None, gothic=False):
    c.text = ""
    p = c.paragraphs[0]
    for i, part in enumerate(text.split("\n")):
        r = p.add_run(part); runfont(r, size, gothic)
        if i < len(text.split("\n")) - 1:
            r.add_break()
    if align: p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    p.paragraph_format.space_after = Pt(0)

def table(rows, cols, style="Table Grid", w=None):
    t = doc.add_table(rows=rows, cols=cols); t.style = style; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if w:
        t.autofit = False
        for col, x in zip(t.columns, w):
            col.width = Mm(x)
        for row in t.rows:
            for c, x in zip(row.cells, w):
                c.width = Mm(x)
    return t

def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

def field(par, instr):
    r = par.add_run(); runfont(r, 9)
    for tag, txt in (("begin", None), (None, instr), ("end", None)):
        if tag:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), tag); r._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r._r.append(e)

hp = sec.header.paragraphs[0]; hr = hp.add_run("高森市債権管理計画"); runfont(hr, 8); hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r0 = fp.add_run("- "); runfont(r0, 9); field(fp, "PAGE"); r1 = fp.add_run(" -"); runfont(r1, 9)

# anchors: facts get page resolved after the build = first page >= block start containing raw
pending = []   # (anchor, fact-without-page)
inits_pending = []
def F(anchor, debt, fy, fy_raw, seg, metric, basis, value, unit, raw, **kw):
    pending.append((anchor, fact(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, 0, **kw)))

# ---------------- page 1: cover ----------------
for _ in range(8): P()
P("高森市債権管理計画", size=24, gothic=True, align="c", space=8)
P("（令和7年度～令和11年度）", size=14, align="c", space=120)
for _ in range(10): P()
P("令和7年3月", size=14, align="c", space=6)
P("高　森　市", size=16, gothic=True, align="c")
page_break()

# ---------------- page 2: 趣旨・債権の状況 ----------------
P("１　計画の趣旨", gothic=True, size=12, space=4)
P("　本市では、平成28年度に高森市債権管理条例を制定し、これまで２期にわたる債権管理計画に基づいて収入未済額の縮減に取り組んできた。第３期となる本計画では、前計画の成果と課題を踏まえ、債権ごとに令和11年度までの目標を定め、全庁で進行管理を行う。", space=8)
P("２　本市の債権の状況", gothic=True, size=12, space=4)
s_all, v_all = oku(ALL_2023)
P(f"　令和5年度決算における全会計の収入未済額は約{s_all}で、ピーク時の平成26年度（約31億円）と比べると大きく縮減している。主要10債権の状況は次表のとおりであり、生活保護費返還金を除く９債権で前年度から減少した。", space=6)
F("p2", None, 2023, "令和5年度", "total", "outstanding", "actual", v_all, "yen", "約" + s_all, approx=True)
F("p2", None, 2014, "平成26年度", "total", "outstanding", "actual", 3100000000, "yen", "約31億円", approx=True)
P("主要債権の収入未済額（決算）", gothic=True, size=10, align="c", space=0)
P("（単位：千円）", size=8.5, align="r", space=0)
t = table(7, 8, w=[28, 19, 19, 19, 28, 19, 19, 19])
for half, c0 in ((LEFT, 0), (RIGHT, 4)):
    for j, h in enumerate(["債権名", "R4", "R5", "増減"]):
        cell(t.cell(0, c0 + j), h, align="c", gothic=True)
    for i, name in enumerate(half, 1):
        v4, v5 = OUT3[name][1], OUT3[name][2]
        cell(t.cell(i, c0), name, size=8.5)
        cell(t.cell(i, c0 + 1), fmt(v4), align="r", size=8.5); cell(t.cell(i, c0 + 2), fmt(v5), align="r", size=8.5)
        cell(t.cell(i, c0 + 3), fmt(v5 - v4), align="r", size=8.5)
        F("p2", name, 2022, "R4", "total", "outstanding", "actual", v4 * 1000, "yen", fmt(v4))
        F("p2", name, 2023, "R5", "total", "outstanding", "actual", v5 * 1000, "yen", fmt(v5))
cell(t.cell(6, 4), "10債権計", gothic=True)
cell(t.cell(6, 5), fmt(SUM10[1]), align="r", size=8.5); cell(t.cell(6, 6), fmt(SUM10[2]), align="r", size=8.5)
cell(t.cell(6, 7), fmt(SUM10[2] - SUM10[1]), align="r", size=8.5)
F("p2", None, 2022, "R4", "total", "outstanding", "actual", SUM10[1] * 1000, "yen", fmt(SUM10[1]), debt_raw="10債権計")
F("p2", None, 2023, "R5", "total", "outstanding", "actual", SUM10[2] * 1000, "yen", fmt(SUM10[2]), debt_raw="10債権計")
P("※R4は令和4年度、R5は令和5年度の決算額。増減の△は減少を示す。", size=8.5, space=10)
P("３　これまでの取組と課題", gothic=True, size=12, space=4)
P("（１）成果", gothic=True, space=2)
P("　前計画期間においては、市税及び国民健康保険税の滞納整理を納税課に一元化し、財産調査から差押えまでの事務を標準化した。また、私債権については弁護士法人への回収委託を開始し、長期滞留債権の整理が進んだ。", space=4)
P("（２）課題", gothic=True, space=2)
P("　一方で、生活保護費返還金のように発生時点で債務者の資力が乏しい債権は収入未済額が増加しており、債権の発生段階からの対応が必要となっている。また、担当職員の異動により債権管理のノウハウが継承されにくいことも課題である。", space=4)
P("　さらに、少額の滞納が長期間放置されている債権も見受けられることから、徴収停止や債権放棄の基準を明確にし、回収の見込みのない債権を適切に整理する必要がある。", space=8)
P("（３）前計画の目標達成状況（令和5年度）", gothic=True, space=2)
t = table(12, 6, w=[44, 25, 25, 25, 25, 26])
cell(t.cell(0, 0), "債権名", align="c", gothic=True)
for c0, h in ((1, "現年分収納率"), (3, "滞納繰越分収納率")):
    m = t.cell(0, c0).merge(t.cell(0, c0 + 1)); cell(m, h, align="c", gothic=True)
    cell(t.cell(1, c0), "目標", align="c"); cell(t.cell(1, c0 + 1), "実績", align="c")
m = t.cell(0, 5).merge(t.cell(1, 5)); cell(m, "達成状況", align="c", gothic=True)
m = t.cell(0, 0).merge(t.cell(1, 0)); cell(m, "債権名", align="c", gothic=True)
for i, (name, tc, ac, ta, aa) in enumerate(PREV, 2):
    cell(t.cell(i, 0), name, size=8.5)
    for j, (v, seg, basis) in enumerate(((tc, "current", "target"), (ac, "current", "actual"), (ta, "arrears", "target"), (aa, "arrears", "actual"))):
        raw = f"{v:.2f}％"
        cell(t.cell(i, 1 + j), raw, align="r")
        F("prev", name, 2023, "令和5年度", seg, "collection_rate", basis, v, "percent", raw)
    ok = ("○" if ac >= tc else "×") + ("○" if aa >= ta else "×")
    cell(t.cell(i, 5), ok, align="c")
P("※達成状況は、左が現年分、右が滞納繰越分（○達成、×未達成）。", size=8.5, space=8)
P("４　会計別・債権別の収入未済額の推移", gothic=True, size=12, space=4)
P("　会計別に見ると、一般会計が全体の約６割を占めている。", space=4)
P("（単位：百万円）", size=8.5, align="r", space=0)
nrows = 1 + sum(len(g[1]) + 1 for g in GROUPS) + 1
t = table(nrows, 6, w=[24, 44, 24, 24, 24, 22])
for j, h in enumerate(["会計", "債権名", "令和3年度", "令和4年度", "令和5年度", "前年度比"]):
    cell(t.cell(0, j), h, align="c", gothic=True)
ri = 1
mil = lambda k: round(k / 1000, 1)
for gname, debts in GROUPS:
    top = ri
    for name in debts:
        vals = [mil(v) for v in OUT3[name]]
        cell(t.cell(ri, 1), name, size=8.5)
        for j, (fy, v) in enumerate(zip((2021, 2022, 2023), vals)):
            cell(t.cell(ri, 2 + j), fmt(v, 1), align="r")
            F(("acct", name + "".join(fmt(x, 1) for x in vals)), name, fy, f"令和{fy-2018}年度", "total", "outstanding", "actual", round(v * 1e6), "yen", fmt(v, 1))
        cell(t.cell(ri, 5), f"{OUT3[name][2] / OUT3[name][1] * 100:.1f}%", align="r")
        ri += 1
    sub = [mil(sum(OUT3[n][i] for n in debts)) for i in range(3)]
    cell(t.cell(ri, 1), "小計", align="c")
    for j, (fy, v) in enumerate(zip((2021, 2022, 2023), sub)):
        cell(t.cell(ri, 2 + j), fmt(v, 1), align="r")
        F(("acct", "小計" + "".join(fmt(x, 1) for x in sub)), None, fy, f"令和{fy-2018}年度", "total", "outstanding", "actual", round(v * 1e6), "yen", fmt(v, 1), debt_raw=f"{gname} 小計")
    cell(t.cell(ri, 5), f"{sub[2] / sub[1] * 100:.1f}%", align="r")
    m = t.cell(top, 0).merge(t.cell(ri, 0)); cell(m, gname, align="c")
    ri += 1
tot = [mil(v) for v in SUM10]
m = t.cell(ri, 0).merge(t.cell(ri, 1)); cell(m, "合計", align="c", gothic=True)
for j, (fy, v) in enumerate(zip((2021, 2022, 2023), tot)):
    cell(t.cell(ri, 2 + j), fmt(v, 1), align="r")
    F(("acct", "合計" + "".join(fmt(x, 1) for x in tot)), None, fy, f"令和{fy-2018}年度", "total", "outstanding", "actual", round(v * 1e6), "yen", fmt(v, 1), debt_raw="合計")
cell(t.cell(ri, 5), f"{SUM10[2] / SUM10[1] * 100:.1f}%", align="r")
P("※百万円未満を四捨五入しているため、内訳と小計・合計が一致しない場合がある。", size=8.5, space=10)
P("５　計画の推進体制", gothic=True, size=12, space=4)
P("　副市長を本部長とする高森市債権管理推進本部において、毎年度９月末及び２月末の状況を取りまとめ、目標の達成状況を確認する。目標の達成が困難と見込まれる債権については、所管課が改善策を作成し、本部に報告する。", space=4)
P("　また、債権管理課は所管課からの相談に応じるとともに、財産調査や法的措置に関する研修を年２回実施し、職員の知識の向上を図る。推進シートの数値は毎年度の決算確定後に更新し、市ホームページで公表する。", space=4)

# ---------------- 推進シート ----------------
for sh in SHEETS:
    page_break()
    anc = f"sheet{sh['no']}"
    P(f"６　債権ごとの推進シート{sh['no']}", gothic=True, size=12, space=4)
    t = table(1, 2, w=[60, 110])
    cell(t.cell(0, 0), f"債権名　{sh['name']}", size=11, gothic=True)
    cell(t.cell(0, 1), f"所管：{sh['ka']}　／　区分：{sh['kubun']}", size=9)
    P("", space=2)
    yr_span = "（令和元年度～令和5年度）" if sh["name"] == "市営住宅使用料" else ""
    P(f"(1) 収納状況の推移{yr_span}", gothic=True, space=0)
    P("（単位：千円、収納率は％）", size=8.5, align="r", space=0)
    t = table(7, 9, w=[17, 21, 21, 14, 19, 19, 14, 20, 22])
    hdr = [sh["ylab"], "現年分", "", "", "滞納繰越分", "", "", "不納欠損額", "収入未済額"]
    for j, h in enumerate(hdr):
        cell(t.cell(0, j), h, align="c", gothic=True, size=8.5)
    for j, h in enumerate(["調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"]):
        cell(t.cell(1, 1 + j), h, align="c", size=8.5)
    for c0 in (0, 7, 8):
        m = t.cell(0, c0).merge(t.cell(1, c0)); cell(m, hdr[c0], align="c", gothic=True, size=8.5)
    m = t.cell(0, 1).merge(t.cell(0, 3)); cell(m, "現年分", align="c", gothic=True, size=8.5)
    m = t.cell(0, 4).merge(t.cell(0, 6)); cell(m, "滞納繰越分", align="c", gothic=True, size=8.5)
    for i, (fy, lab, r) in enumerate(zip(YEARS, sh["yl"], sh["s"])):
        row = [lab, fmt(r["ca"]), fmt(r["cc"]), f"{r['cr']:.2f}", fmt(r["aa"]), fmt(r["ac"]), f"{r['ar']:.2f}", fmt(r["wo"]), fmt(r["out"])]
        for j, v in enumerate(row):
            cell(t.cell(2 + i, j), v, align="c" if j == 0 else "r", size=8.5)
        for seg, metric, v, raw, unit in (
                ("current", "assessed", r["ca"] * 1000, fmt(r["ca"]), "yen"), ("current", "collected", r["cc"] * 1000, fmt(r["cc"]), "yen"),
                ("current", "collection_rate", r["cr"], f"{r['cr']:.2f}", "percent"),
                ("arrears", "assessed", r["aa"] * 1000, fmt(r["aa"]), "yen"), ("arrears", "collected", r["ac"] * 1000, fmt(r["ac"]), "yen"),
                ("arrears", "collection_rate", r["ar"], f"{r['ar']:.2f}", "percent"),
                ("total", "written_off", r["wo"] * 1000, fmt(r["wo"]), "yen"), ("total", "outstanding", r["out"] * 1000, fmt(r["out"]), "yen")):
            F(anc, sh["name"], fy, lab, seg, metric, "actual", v, unit, raw)
    P("※収入未済額＝（現年分＋滞納繰越分）調定額－収入済額－不納欠損額", size=8.5, space=8)
    P(sh["tcap"], gothic=True, space=0)
    t = table(4, 7, w=[36, 20, 23, 23, 23, 23, 23])
    r5 = sh["s"][-1]
    for j, h in enumerate(["項目", "R5実績"] + sh["tl"]):
        cell(t.cell(0, j), h, align="c", gothic=True, size=8.5)
    rowsdef = [("現年分収納率（％）", "current", "collection_rate", r5["cr"], sh["tg"]["cur"], "percent"),
               ("滞納繰越分収納率（％）", "arrears", "collection_rate", r5["ar"], sh["tg"]["arr"], "percent"),
               ("収入未済額（千円）", "total", "outstanding", r5["out"], sh["tg"]["out"], "yen")]
    for i, (lab, seg, metric, base, tg, unit) in enumerate(rowsdef, 1):
        cell(t.cell(i, 0), lab, size=8.5)
        braw = f"{base:.2f}" if unit == "percent" else fmt(base)
        cell(t.cell(i, 1), braw, align="r", size=8.5)
        F(anc, sh["name"], 2023, "R5", seg, metric, "actual", base if unit == "percent" else base * 1000, unit, braw)
        for j, (v, lab_y) in enumerate(zip(tg, sh["tl"])):
            raw = f"{v:.2f}" if unit == "percent" else fmt(v)
            cell(t.cell(i, 2 + j), raw, align="r", size=8.5)
            F(anc, sh["name"], 2025 + j, lab_y, seg, metric, "target", v if unit == "percent" else v * 1000, unit, raw)
    P("", space=4)
    if sh["inits"]:
        P("(3) 目標達成に向けた取組", gothic=True, space=0)
        t = table(1, 1, w=[170])
        txt = "\n".join(f"{lab}{x}" + ("\n" if wrap else "") + f"【{stt}】" for lab, x, stt, wrap in sh["inits"])
        cell(t.cell(0, 0), txt, size=9.5)
        for lab, x, stt, wrap in sh["inits"]:
            inits_pending.append((anc, {"debt": sh["name"], "fiscal_year": 2025, "section": "目標達成に向けた取組",
                                        "label": lab, "text": x, "status": stt, "page": 0}))
    else:
        P("(3) 今後の方針", gothic=True, space=0)
        t = table(len(HOUSING_INITS), 2, w=[30, 140])
        for i, (k, items) in enumerate(HOUSING_INITS):
            cell(t.cell(i, 0), k, size=9.5, align="c")
            cell(t.cell(i, 1), "\n".join(f"{lab}{x}【{stt}】" for lab, x, stt in items), size=9.5)
            for lab, x, stt in items:
                inits_pending.append((anc, {"debt": sh["name"], "fiscal_year": 2025, "section": k,
                                            "label": lab, "text": x, "status": stt, "page": 0}))

docx_path = OUT / f"{STEM}.docx"
doc.save(docx_path)
pdf = to_pdf(docx_path, PDF / f"{STEM}.pdf", "u_plan")

texts = page_texts(pdf)
starts = {"p2": find_page(texts, "２　本市の債権の状況"), "acct": find_page(texts, "４　会計別・債権別の収入未済額の推移")}
for sh in SHEETS:
    starts[f"sheet{sh['no']}"] = find_page(texts, f"推進シート{sh['no']}")
facts = []
starts["prev"] = find_page(texts, "（３）前計画の目標達成状況")
for anc, f in pending:
    if isinstance(anc, tuple):   # a row of the accounts table: the page that holds the whole row
        f["page"] = find_page(texts, anc[1], starts[anc[0]])
    else:
        f["page"] = find_page(texts, f["raw"], starts[anc])
    facts.append(f)
inits = []
for anc, it in inits_pending:
    it["page"] = find_page(texts, it["text"], starts[anc]); inits.append(it)
print("block starts", starts)
document = {"kind": "plan", "municipality": "高森市", "title": "高森市債権管理計画（令和7年度～令和11年度）",
            "date": "2025-03-01", "date_raw": "令和7年3月"}
write_gold(STEM, pdf, document, facts, inits)
