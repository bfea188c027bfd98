"""m_fujisawa_plan_1: 債権管理プラン with 会計・款・債権 tables (小計 per 会計, 合計), prose figures,
a rule-less table and a table continued onto the next page without its header. PyMuPDF direct drawing."""
import sys
import fitz
from m_common import F, I, write_gold, ROOT, rate

STEM = "m_fujisawa_plan_1"
CITY = "藤沢市"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
GOT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FM, FG = fitz.Font(fontfile=MIN), fitz.Font(fontfile=GOT)
facts, inits = [], []

ACC = [
    ("一般会計", [("市税", "市民税（個人）", 1402335120, 1288410562), ("市税", "市民税（法人）", 98220400, 91554300),
                 ("市税", "固定資産税", 1010442815, 955201777), ("市税", "軽自動車税", 41552100, 39871400),
                 ("市税", "都市計画税", 188204551, 176402118),
                 ("市税", "入湯税", 2310400, 2108900),
                 ("分担金及び負担金", "保育所保育料", 62110250, 55872940),
                 ("分担金及び負担金", "放課後児童クラブ負担金", 7204300, 6512800),
                 ("分担金及び負担金", "老人ホーム入所者負担金", 3511200, 3320400),
                 ("使用料及び手数料", "市営住宅使用料", 58441900, 54210600),
                 ("使用料及び手数料", "道路占用料", 1854000, 1620300),
                 ("使用料及び手数料", "行政財産使用料", 2231600, 2304100),
                 ("諸収入", "生活保護費返還金", 512330214, 530118405), ("諸収入", "母子父子寡婦福祉資金貸付金", 40221000, 37905500),
                 ("諸収入", "学校給食費", 12505200, 11890130), ("諸収入", "児童手当返還金", 3120000, 2845000),
                 ("諸収入", "児童扶養手当返還金", 18442150, 17305880), ("諸収入", "災害援護資金貸付金", 9800000, 9150000),
                 ("諸収入", "奨学金貸付金", 22140600, 20995300), ("諸収入", "住居確保給付金返還金", 1452000, 1380000),
                 ("諸収入", "損害賠償金", 4205510, 3987200), ("諸収入", "違約金", 880000, 640000)]),
    ("国民健康保険事業特別会計", [("国民健康保険税", "国民健康保険税", 1642905300, 1498330210), ("諸収入", "返納金", 25410220, 22108400)]),
    ("後期高齢者医療事業特別会計", [("後期高齢者医療保険料", "後期高齢者医療保険料", 68220100, 63540900)]),
    ("介護保険事業特別会計", [("保険料", "介護保険料", 205330420, 190228600)]),
    ("下水道事業会計", [("営業収益", "下水道使用料", 84502330, 80112540), ("資本的収入", "受益者負担金", 12004000, 10880200)]),
]
acc_tot = {a: (sum(r[2] for r in rows), sum(r[3] for r in rows)) for a, rows in ACC}
G1 = sum(v[0] for v in acc_tot.values())
G2 = sum(v[1] for v in acc_tot.values())


class Pg:
    def __init__(self, doc, n):
        self.p = doc.new_page(width=595, height=842)
        self.p.insert_font(fontname="m", fontfile=MIN)
        self.p.insert_font(fontname="g", fontfile=GOT)
        self.p.insert_text((420, 30), "藤沢市債権管理適正化プラン", fontname="m", fontsize=8)
        self.p.insert_text((290, 815), f"- {n} -", fontname="m", fontsize=9)

    def t(self, x, y, s, size=10, font="m", right=False, center=False):
        f = FM if font == "m" else FG
        w = f.text_length(s, fontsize=size)
        if right: x -= w
        if center: x -= w / 2
        self.p.insert_text((x, y), s, fontname=font, fontsize=size)

    def line(self, x0, y, x1, w=0.6):
        self.p.draw_line((x0, y), (x1, y), width=w)

    def para(self, x, y, s, width=490, size=10.5, indent=True):
        """wrap Japanese text by character width; returns next y"""
        line, lines = ("　" if indent else ""), []
        for ch in s:
            if FM.text_length(line + ch, fontsize=size) > width:
                lines.append(line); line = ch
            else:
                line += ch
        lines.append(line)
        for ln in lines:
            self.t(x, y, ln, size)
            y += size * 1.7
        return y


doc = fitz.open()
# ---------------- page 1 ----------------
P = Pg(doc, 1)
P.t(297, 80, "藤沢市債権管理適正化プラン", 18, "g", center=True)
P.t(297, 104, "（令和６年度～令和７年度）", 12, "g", center=True)
P.t(540, 130, "令和６年４月　藤沢市 財務部", 10, right=True)
y = 165
P.t(50, y, "１　プラン策定の目的", 12, "g"); y += 22
y = P.para(52, y, "市では、これまで「債権管理適正化プラン」に基づき、収納率の向上と収入未済額の縮減に取り組んできた。厳しい財政見通しの中、負担の公平性を確保するため、令和６年度から令和７年度までの２か年を期間とする新たなプランを定め、各債権の適正な管理を一層進める。")
y += 10
P.t(50, y, "２　市の債権の状況", 12, "g"); y += 22
man = round(G2 / 1e6)  # 百万円 -> 約52億3,100万円 style
txt_total = f"約{man // 100}億{(man % 100) * 100:,}万円" if man % 100 else f"約{man // 100}億円"
y = P.para(52, y, f"令和４年度（2022年度）決算における市の保有する全債権の収入未済額は{txt_total}であり、前期プラン策定時の約68億円（平成30年度（2018年度））と比べると約15億円の減となった。特に国民健康保険税は、前年度から約１億4,500万円減少している。")
facts.append(F(None, 2022, "令和４年度（2022年度）", "total", "outstanding", "actual", man * 10**6, "yen", txt_total, approx=True, page=1))
facts.append(F(None, 2018, "平成30年度（2018年度）", "total", "outstanding", "actual", 6800000000, "yen", "約68億円", approx=True, page=1))
y += 12
P.t(50, y, "表１　会計別の収入未済額", 10.5, "g"); P.t(545, y, "（単位：百万円）", 9, right=True); y += 20
cols = [(60, "会計名称", False), (380, "令和３年度", True), (460, "令和４年度", True), (540, "対前年度", True)]
for x, h, r in cols:
    P.t(x, y, h, 9.5, right=r)
P.t(380, y + 12, "(2021年度)", 8, right=True); P.t(460, y + 12, "(2022年度)", 8, right=True)
y += 30
for a, (v1, v2) in list(acc_tot.items()) + [("合計", (G1, G2))]:
    m1, m2 = round(v1 / 1e6), round(v2 / 1e6)
    d = m2 - m1
    P.t(60, y, a, 10)
    P.t(380, y, f"{m1:,}", 10, right=True); P.t(460, y, f"{m2:,}", 10, right=True)
    P.t(540, y, (f"△{-d:,}" if d < 0 else f"{d:,}"), 10, right=True)
    for fy, fr, m in ((2021, "令和３年度", m1), (2022, "令和４年度", m2)):
        facts.append(F(None, fy, fr, "total", "outstanding", "actual", m * 10**6, "yen", f"{m:,}", debt_raw=a, page=1))
    y += 19
P.t(60, y + 4, "※百万円未満を四捨五入しているため、合計が一致しない場合がある。", 8.5)
y += 30
P.t(50, y, "３　これまでの取組の成果", 12, "g"); y += 22
tax = [r for r in ACC[0][1] if r[0] == "市税"]
y = P.para(52, y, "市税の令和４年度の収納率は98.92％（現年課税分99.61％、滞納繰越分36.24％）となり、前期プラン策定時と比べて1.2ポイント上昇した。国民健康保険税の収納率は、現年課税分が94.30％、滞納繰越分が27.15％であった。")
facts += [F("市税", 2022, "令和４年度", "total", "collection_rate", "actual", 98.92, "percent", "98.92％", page=1),
          F("市税", 2022, "令和４年度", "current", "collection_rate", "actual", 99.61, "percent", "99.61％", page=1),
          F("市税", 2022, "令和４年度", "arrears", "collection_rate", "actual", 36.24, "percent", "36.24％", page=1),
          F("国民健康保険税", 2022, "令和４年度", "current", "collection_rate", "actual", 94.30, "percent", "94.30％", page=1),
          F("国民健康保険税", 2022, "令和４年度", "arrears", "collection_rate", "actual", 27.15, "percent", "27.15％", page=1)]

# ---------------- page 2-3: account / 款 / debt table, continued without header ----------------
pn = 2
P = Pg(doc, pn)
y = 70
P.t(50, y, "表２　令和４年度（2022年度）　市の保有する全債権にかかる収入未済額内訳", 10.5, "g")
P.t(545, y + 16, "（単位：円）", 9, right=True)
y += 32
X = dict(acc=50, kan=150, name=245, v1=430, v2=510, d=560)
P.line(45, y - 12, 565, 1.0)
P.t(X["acc"], y, "会計名称", 9); P.t(X["kan"], y, "款名称", 9); P.t(X["name"], y, "債権名", 9)
P.t(X["v1"], y, "令和３年度", 9, right=True); P.t(X["v2"], y, "令和４年度", 9, right=True); P.t(X["d"], y, "対前年度", 9, right=True)
P.line(45, y + 6, 565, 0.6)
y += 22
ROWH = 19


def row(cells, yy, bold=False):
    f = "g" if bold else "m"
    acc, kan, name, v1, v2 = cells
    if acc:
        parts = [acc[i:i + 6] for i in range(0, len(acc), 6)] if len(acc) > 6 and "計" != acc[-1:] or len(acc) > 7 else [acc]
        for k, part in enumerate(parts):
            P.t(X["acc"], yy + k * 11, part, 9, f)
    if kan: P.t(X["kan"], yy, kan, 9, f)
    if name: P.t(X["name"], yy, name, 9, f)
    d = v2 - v1
    P.t(X["v1"], yy, f"{v1:,}", 9, f, right=True); P.t(X["v2"], yy, f"{v2:,}", 9, f, right=True)
    P.t(X["d"] + 0, yy, ("△" if d < 0 else "") + f"{abs(d) / v1 * 100:.1f}%", 8.5, f, right=True)


BREAK_AT = "国民健康保険事業特別会計"
for a, rows in ACC:
    first = True
    prev_kan = None
    for kan, name, v1, v2 in rows:
        if y > 640:
            # continue on the next page WITHOUT repeating the header
            pn += 1
            P = Pg(doc, pn)
            y = 70
            prev_kan = None
        row((a if first else "", kan if kan != prev_kan else "", name, v1, v2), y)
        for fy, fr, v in ((2021, "令和３年度", v1), (2022, "令和４年度", v2)):
            facts.append(F(name, fy, fr, "total", "outstanding", "actual", v, "yen", f"{v:,}", page=pn))
        first = False; prev_kan = kan; y += ROWH
    P.line(245, y - 12, 565, 0.4)
    s1, s2 = acc_tot[a]
    row(("", "", "小　計", s1, s2), y, bold=True)
    for fy, fr, v in ((2021, "令和３年度", s1), (2022, "令和４年度", s2)):
        facts.append(F(None, fy, fr, "total", "outstanding", "actual", v, "yen", f"{v:,}", debt_raw=f"{a} 小計", page=pn))
    y += 8
    P.line(45, y, 565, 0.6)
    y += ROWH
row(("合　　計", "", "", G1, G2), y, bold=True)
for fy, fr, v in ((2021, "令和３年度", G1), (2022, "令和４年度", G2)):
    facts.append(F(None, fy, fr, "total", "outstanding", "actual", v, "yen", f"{v:,}", debt_raw="合計", page=pn))
y += 8
P.line(45, y, 565, 1.0)
y += 16
P.t(50, y, "※対前年度は令和３年度に対する増減率。△は減少を示す。", 8.5)
y += 34

# ---------------- targets table (full grid) and 取組 ----------------
if y > 480:
    pn += 1
    P = Pg(doc, pn)
    y = 80
P.t(50, y, "４　主な債権の目標収納率", 12, "g"); y += 10
TG = [("市税", [("現年課税分", 99.61, 99.65, 99.70), ("滞納繰越分", 36.24, 37.00, 38.00)]),
      ("国民健康保険税", [("現年課税分", 94.30, 94.60, 94.90), ("滞納繰越分", 27.15, 28.00, 29.00)]),
      ("介護保険料", [("現年度分", 99.12, 99.15, 99.20), ("滞納繰越分", 18.40, 19.00, 20.00)])]
hdr = ["債権名", "区分", "令和４年度実績", "令和６年度目標", "令和７年度目標"]
xs = [50, 170, 260, 355, 450, 545]
y0 = y + 8
rh = 20
nrows = 1 + sum(len(r) for _, r in TG)
for i in range(nrows + 1):
    yy = y0 + i * rh
    P.p.draw_line((xs[0] if i in (0, 1, nrows) or (i - 1) % 2 == 0 else xs[1], yy), (xs[-1], yy), width=0.6)
for j, x in enumerate(xs):
    P.p.draw_line((x, y0), (x, y0 + nrows * rh), width=0.6)
for j, h in enumerate(hdr):
    P.t((xs[j] + xs[j + 1]) / 2, y0 + 14, h, 9, center=True)
r = 1
for name, segs in TG:
    P.t(xs[0] + 4, y0 + r * rh + rh + 4, name, 9.5)
    for lab, a, b, c in segs:
        yy = y0 + r * rh + 14
        P.t(xs[1] + 4, yy, lab, 9.5)
        seg = "current" if lab.startswith("現年") else "arrears"
        for j, (v, fy, basis) in enumerate([(a, 2022, "actual"), (b, 2024, "target"), (c, 2025, "target")], start=2):
            P.t(xs[j + 1] - 6, yy, f"{v:.2f}%", 9.5, right=True)
            facts.append(F(name, fy, hdr[j][:5], seg, "collection_rate", basis, v, "percent", f"{v:.2f}%", page=pn))
        r += 1
y = y0 + nrows * rh + 26
P.t(50, y, "５　目標達成に向けた取組（市税・国民健康保険税）", 12, "g"); y += 22
TORI = [("市税", "・", "納期限後の早期催告を徹底し、現年課税分の滞納の発生を抑える。", None),
        ("市税", "・", "滞納繰越分は財産調査を優先し、換価可能な財産の差押えを進める。", None),
        ("国民健康保険税", "・", "口座振替の原則化を進め、加入時の申込みを徹底する。", None),
        ("国民健康保険税", "・", "市税と連携し、高額滞納世帯の一体的な滞納整理を行う。", None)]
cur = None
for debt, lab, txt, stt in TORI:
    if debt != cur:
        P.t(55, y, f"（{debt}）", 10.5); y += 18; cur = debt
    P.t(62, y, f"{lab}{txt}", 10.5); y += 18
    inits.append(I(debt, 2024, "目標達成に向けた取組", lab, txt, stt, page=pn))
assert y < 800, y

doc.subset_fonts()
doc.save(str(ROOT / "pdf" / f"{STEM}.pdf"), garbage=4, deflate=True)
docm = {"kind": "plan", "municipality": CITY, "title": "藤沢市債権管理適正化プラン（令和６年度～令和７年度）",
        "date": "2024-04-01", "date_raw": "令和６年４月"}
sys.exit(0 if write_gold(STEM, docm, facts, inits) else 1)
