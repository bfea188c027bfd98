"""志賀浦市債権管理計画（令和７年度～令和９年度） — PyMuPDF direct drawing (text, rules, vector chart).
Family: plan (世田谷区-style: 会計・款・債権 tables, 収入未済額 by account, figures in prose)."""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from i_common import PDF, Facts, assign_pages, comma, rate, tri, write_gold, zen  # noqa: E402

STEM = "i_shigaura_keikaku_1"
CITY = "志賀浦市"
TITLE = "志賀浦市債権管理計画（令和７年度～令和９年度）"
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FG, FM = pymupdf.Font(fontfile=GOTH), pymupdf.Font(fontfile=MIN)
W, H = 595.28, 841.89
LM, RM, TOP, BOT = 56, 56, 64, 780

# ---------------- data ----------------
# 令和５年度 / 令和４年度 収入未済額 (円) by 会計 / 款 / 債権
ACCTS = [
    ("一般会計", [
        ("市税", "市税", 1824615302, 1903447218, [("個人市民税", 1012448105, 1065210944), ("固定資産税", 655902117, 671830502)]),
        ("分担金及び負担金", "保育所保育料", 48215660, 51382240, []),
        ("使用料及び手数料", "市営住宅使用料", 96440218, 101127906, []),
        ("諸収入", "生活保護費返還金", 512304771, 498115630, []),
        ("諸収入", "母子父子寡婦福祉資金貸付金", 62118400, 66902150, []),
        ("諸収入", "学校給食費", 18642035, 20117460, []),
    ]),
    ("国民健康保険事業特別会計", [("国民健康保険料", "国民健康保険料", 1108227450, 1187650312, [])]),
    ("介護保険事業特別会計", [("保険料", "介護保険料", 152663820, 160228415, [])]),
    ("後期高齢者医療事業特別会計", [("後期高齢者医療保険料", "後期高齢者医療保険料", 30412905, 32870114, [])]),
    ("下水道事業会計", [("営業収益", "下水道使用料", 265917078, 279311046, [])]),
]
ACCT_SUM5 = {a: sum(d[2] for d in ds) for a, ds in ACCTS}
ACCT_SUM4 = {a: sum(d[3] for d in ds) for a, ds in ACCTS}
TOT5 = sum(ACCT_SUM5.values())
TOT4 = sum(ACCT_SUM4.values())
# 会計別推移 (千円): R1..R3 invented, R4/R5 from the detail
HIST = {
    "一般会計": [3105224, 2958310, 2811446],
    "国民健康保険事業特別会計": [1512306, 1398745, 1276503],
    "介護保険事業特別会計": [188412, 179330, 168905],
    "後期高齢者医療事業特別会計": [41276, 38812, 35540],
    "下水道事業会計": [331560, 312044, 296318],
}
for a in HIST:
    HIST[a] += [round(ACCT_SUM4[a] / 1000), round(ACCT_SUM5[a] / 1000)]
HIST_TOT = [sum(HIST[a][i] for a in HIST) for i in range(5)]
YEARS = [(2019, "令和元年度"), (2020, "２年度"), (2021, "３年度"), (2022, "４年度"), (2023, "５年度")]

# 【参考】 boxes: R5 (千円) 調定額, 不納欠損額; 収入未済額 from the detail table; 収入済額 derived
REF = {
    "市税": (58412335, 141208),
    "国民健康保険料": (10215460, 212044),
    "介護保険料": (6120318, 20415),
    "市営住宅使用料": (1103425, 8120),
}
OUT5 = {d[1]: d[2] for _, ds in ACCTS for d in ds}


def ref_vals(name):
    a, w = REF[name]
    o = round(OUT5[name] / 1000)
    c = a - w - o
    return a, c, w, o, rate(c, a)


# 債権別収納率 R5 (現年, 滞繰, 計); 計 of the four REF debts comes from REF
RATES = [
    ("市税", 99.08, 28.35, None), ("国民健康保険料", 94.62, 24.10, None), ("介護保険料", 99.21, 19.84, None),
    ("後期高齢者医療保険料", 99.55, 38.12, 99.07), ("保育所保育料", 98.90, 21.30, 95.47), ("市営住宅使用料", 97.12, 15.26, None),
    ("生活保護費返還金", 46.20, 3.18, 12.05), ("母子父子寡婦福祉資金貸付金", 72.41, 6.85, 31.66), ("下水道使用料", 99.12, 41.07, 98.30),
    ("学校給食費", 99.30, 18.44, 96.81), ("奨学金貸付金返還金", 88.15, 9.72, 52.40), ("放課後児童クラブ利用料", 99.41, None, 99.41),
]
RATES = [(n, c, a, t if t is not None else ref_vals(n)[4]) for n, c, a, t in RATES]
RATE_OF = {n: (c, a, t) for n, c, a, t in RATES}

TARGETS = [  # debt, label, seg, R5 actual, R7, R8, R9 (rates %)
    ("市税", "収納率（現年）", "current", RATE_OF["市税"][0], 99.15, 99.20, 99.30),
    ("市税", "収納率（滞繰）", "arrears", RATE_OF["市税"][1], 29.00, 29.50, 30.00),
    ("国民健康保険料", "収納率（現年）", "current", RATE_OF["国民健康保険料"][0], 94.80, 94.90, 95.00),
    ("国民健康保険料", "収納率（滞繰）", "arrears", RATE_OF["国民健康保険料"][1], 25.00, 25.50, 26.00),
    ("介護保険料", "収納率（現年）", "current", RATE_OF["介護保険料"][0], 99.25, 99.25, 99.30),
]
OUT_TGT = [3900.0, 3700.0, 3500.0]  # 百万円

INITS = {
    "市税": [
        ("ア", "納期限後２０日以内の督促状発送を徹底し、未納者への早期の電話催告を行う。", "継続", []),
        ("イ", "滞納額５０万円以上の事案について財産調査を早期に行い、差押え等の滞納処分を確実に執行する。", "拡充",
         ["預貯金・給与の照会を電子化し、調査期間を短縮する。", "不動産の公売はインターネット公売を活用する。"]),
        ("ウ", "スマートフォン決済及び地方税統一QRコードによる納付の利用を広報する。", "新規", []),
    ],
    "国民健康保険料": [
        ("ア", "口座振替の原則化を進め、加入時の口座振替申込みを勧奨する。", "継続", []),
        ("イ", "短期被保険者証の交付時に納付相談を行い、分納誓約の履行を管理する。", "継続", []),
        ("ウ", "資格喪失後の未納者に対し、喪失後３か月以内に催告書を送付する。", "新規", []),
    ],
    "介護保険料": [
        ("ア", "普通徴収の未納者に対し、会計年度任用職員による電話催告を行う。", "継続", []),
        ("イ", "滞納期間に応じた給付制限の予告通知を送付し、納付相談につなげる。", "継続", []),
    ],
    "市営住宅使用料": [
        ("ア", "３か月以上の滞納者に対し、連帯保証人への通知と面談による納付指導を行う。", "継続", []),
        ("イ", "６か月以上の滞納者で納付の意思が見られない者には、明渡し請求訴訟を提起する。", "拡充", []),
    ],
}


class Pager:
    def __init__(self):
        self.doc = pymupdf.open()
        self.page = None
        self.y = 0
        self.n = 0

    def new_page(self):
        self.page = self.doc.new_page(width=W, height=H)
        self.page.insert_font(fontname="G", fontfile=GOTH)
        self.page.insert_font(fontname="M", fontfile=MIN)
        self.n += 1
        self.text(W - RM - FG.text_length("志賀浦市債権管理計画", 8), 30, "志賀浦市債権管理計画", 8, "G", (0.3, 0.3, 0.3))
        self.page.draw_line((LM, 44), (W - RM, 44), color=(0.5, 0.5, 0.5), width=0.5)
        s = f"- {self.n} -"
        self.text(W / 2 - FM.text_length(s, 9) / 2, 805, s, 9, "M")
        self.y = TOP

    def text(self, x, y, s, size=10, font="M", color=(0, 0, 0)):
        self.page.insert_text((x, y + size * 0.88), s, fontname=font, fontsize=size, color=color)

    def width(self, s, size, font):
        return (FG if font == "G" else FM).text_length(s, size)

    def ensure(self, h):
        if self.y + h > BOT:
            self.new_page()

    def para(self, s, size=10.5, font="M", indent=0, first=0, x1=None, gap=4, lead=1.6):
        x0 = LM + indent
        x1 = x1 or (W - RM)
        lines, cur, first_line = [], "", True
        for ch in s:
            lim = x1 - x0 - (first if first_line else 0)
            if self.width(cur + ch, size, font) > lim and ch not in "、。，．）」％":
                lines.append((cur, first_line))
                cur, first_line = "", False
            cur += ch
        lines.append((cur, first_line))
        for ln, fl in lines:
            self.ensure(size * lead)
            self.text(x0 + (first if fl else 0), self.y, ln, size, font)
            self.y += size * lead
        self.y += gap

    def heading(self, s, size=12, gap=6):
        self.ensure(size * 3)
        self.y += 4
        self.text(LM, self.y, s, size, "G")
        self.y += size * 1.7 + gap / 2

    def table(self, x0, widths, rows, rh=17, size=8.5, rules="grid", header=1, repeat_header=False, fill=(0.85, 0.85, 0.85)):
        """rows: list of lists; a cell is str or dict(t, rs, al, b, fill, ind); None = covered by a rowspan."""
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        hdr = rows[:header]

        def draw_row(r, row, y):
            for j, c in enumerate(row):
                if c is None:
                    continue
                if isinstance(c, str):
                    c = dict(t=c)
                rs = c.get("rs", 1)
                cs = c.get("cs", 1)
                rect = pymupdf.Rect(xs[j], y, xs[j + cs], y + rh * rs)
                f = c.get("fill", fill if r < header else None)
                if f:
                    self.page.draw_rect(rect, color=None, fill=f, width=0)
                if rules == "grid":
                    self.page.draw_rect(rect, color=(0, 0, 0), width=0.5)
                font = "G" if (r < header or c.get("b")) else "M"
                t = c.get("t", "")
                tw = self.width(t, size, font)
                al = c.get("al", "c" if r < header else "l")
                if al == "r":
                    tx = rect.x1 - 3 - tw
                elif al == "c":
                    tx = rect.x0 + (rect.width - tw) / 2
                else:
                    tx = rect.x0 + 3 + c.get("ind", 0)
                self.text(tx, rect.y0 + (rect.height - size) / 2 - 0.5, t, size, font)

        def hline(y, wd=0.5):
            self.page.draw_line((xs[0], y), (xs[-1], y), color=(0, 0, 0), width=wd)

        # groups: rows that must stay together because of rowspans
        groups, i = [], header
        while i < len(rows):
            span = 1
            for j, c in enumerate(rows[i]):
                if isinstance(c, dict):
                    span = max(span, c.get("rs", 1))
            k = i + 1
            while k < i + span:
                for c in rows[k]:
                    if isinstance(c, dict):
                        span = max(span, k - i + c.get("rs", 1))
                k += 1
            groups.append(rows[i:i + span])
            i += span

        def start(first):
            self.ensure(rh * (header + 1))
            if rules == "h":
                hline(self.y, 1.0)
            if first or repeat_header:
                for r, row in enumerate(hdr):
                    draw_row(r, row, self.y)
                    self.y += rh
                if rules == "h":
                    hline(self.y, 0.6)

        start(True)
        for g in groups:
            if self.y + rh * len(g) > BOT:
                if rules == "h":
                    hline(self.y, 1.0)
                self.new_page()
                start(False)
            for row in g:
                draw_row(header, row, self.y)
                self.y += rh
            if rules == "h":
                hline(self.y, 0.3)
        if rules == "h":
            hline(self.y, 1.0)
        self.y += 6


def build():
    F = Facts()
    inits = []
    P = Pager()
    P.new_page()

    # title block
    P.y += 10
    P.text(W / 2 - P.width(TITLE, 16, "G") / 2, P.y, TITLE, 16, "G")
    P.y += 30
    s = "令和７年３月　志賀浦市総務部債権管理課"
    P.text(W - RM - P.width(s, 10, "M"), P.y, s, 10)
    P.y += 26

    P.heading("１　計画の趣旨")
    P.para("　本市は、志賀浦市債権管理条例に基づき、市税をはじめとする各種債権の適正な管理と収入未済額の縮減に取り組んできた。"
           "前計画（令和４年度～令和６年度）の期間中、収納率は全体として改善したが、新型コロナウイルス感染症の影響を受けた債務者への対応や、"
           "私債権の回収など、なお課題が残っている。本計画は、令和７年度から令和９年度までの３年間を計画期間とし、債権ごとの数値目標と取組を定めるものである。", first=0)

    P.heading("２　債権の現状")
    o_s = "約41億2,000万円"
    P.para(f"　令和５年度決算における本市の収入未済額は、全会計で{o_s}となり、平成30年度の約52.3億円から着実に縮減している。"
           f"一方、令和５年度の不納欠損額は全会計で2億3,418万円であり、時効の完成による欠損が依然として一定程度生じている。", first=0)
    a = "令和５年度決算における本市の収入未済額は"
    F.add(a, None, 2023, "令和５年度", "total", "outstanding", "actual", 4120000000, "yen", o_s, approx=True, debt_raw="全会計")
    F.add(a, None, 2018, "平成30年度", "total", "outstanding", "actual", 5230000000, "yen", "約52.3億円", approx=True, debt_raw="全会計")
    F.add(a, None, 2023, "令和５年度", "total", "written_off", "actual", 234180000, "yen", "2億3,418万円", debt_raw="全会計")

    P.heading("（１）会計別収入未済額の推移", 11)
    unit = "（単位：千円）"
    P.text(W - RM - P.width(unit, 8.5, "M"), P.y - 12, unit, 8.5)
    rows = [["会計"] + [y[1] for y in YEARS]]
    rows.append([dict(t="合計", b=True)] + [dict(t=comma(v), al="r", b=True) for v in HIST_TOT])
    for acc, vals in HIST.items():
        rows.append([acc] + [dict(t=comma(v), al="r") for v in vals])
    a = "（１）会計別収入未済額の推移"
    for fy, raw in YEARS:
        pass
    for i, (fy, yraw) in enumerate(YEARS):
        F.add(a, None, fy, yraw, "total", "outstanding", "actual", HIST_TOT[i] * 1000, "yen", comma(HIST_TOT[i]), debt_raw="合計")
    facts_acc = []
    for acc, vals in HIST.items():
        for i, (fy, yraw) in enumerate(YEARS):
            debt = {"国民健康保険事業特別会計": "国民健康保険料", "介護保険事業特別会計": "介護保険料",
                    "後期高齢者医療事業特別会計": "後期高齢者医療保険料", "下水道事業会計": "下水道使用料"}.get(acc)
            F.add(a, debt, fy, yraw, "total", "outstanding", "actual", vals[i] * 1000, "yen", comma(vals[i]), debt_raw=acc)
    P.table(LM, [150, 66.6, 66.6, 66.6, 66.6, 66.6], rows, rh=19, size=8.5, rules="h")
    P.para("※　下水道事業会計は、地方公営企業法の適用により未収金の額を計上している。", 8, indent=0, gap=10)

    # vector bar chart
    P.heading("（２）収入未済額（全会計）の推移", 11)
    cx0, cy0, cw, ch = LM + 40, P.y + 24, 380, 150
    pg = P.page
    ct = "収入未済額（全会計）　単位：百万円"
    P.text(cx0 + cw / 2 - P.width(ct, 9, "G") / 2, P.y, ct, 9, "G")
    vmax = 5000
    pg.draw_line((cx0, cy0 + ch), (cx0 + cw, cy0 + ch), color=(0, 0, 0), width=0.8)
    pg.draw_line((cx0, cy0), (cx0, cy0 + ch), color=(0, 0, 0), width=0.8)
    for k in range(0, 6):
        yv = cy0 + ch - ch * k * 1000 / vmax
        pg.draw_line((cx0 - 3, yv), (cx0, yv), color=(0, 0, 0), width=0.5)
        lab = f"{k * 1000:,}"
        P.text(cx0 - 6 - P.width(lab, 7, "M"), yv - 4, lab, 7)
    bw = cw / len(YEARS)
    a = "収入未済額（全会計）　単位：百万円"
    for i, (fy, yraw) in enumerate(YEARS):
        v = round(HIST_TOT[i] / 1000, 1)
        hgt = ch * v / vmax
        x = cx0 + bw * i + bw * 0.25
        pg.draw_rect(pymupdf.Rect(x, cy0 + ch - hgt, x + bw * 0.5, cy0 + ch), color=None, fill=(0.35, 0.5, 0.75))
        lab = f"{v:,.1f}"
        P.text(x + bw * 0.25 - P.width(lab, 8, "M") / 2, cy0 + ch - hgt - 11, lab, 8)
        xl = ["R1", "R2", "R3", "R4", "R5"][i]
        P.text(x + bw * 0.25 - P.width(xl, 8, "M") / 2, cy0 + ch + 4, xl, 8)
        F.add(a, None, fy, xl, "total", "outstanding", "actual", round(v * 1000000), "yen", lab, debt_raw="全会計")
    P.y = cy0 + ch + 26

    # 債権別収納率: two halves side by side
    P.new_page()
    P.heading("（３）債権別収納率（令和５年度決算）", 11)
    unit = "（単位：％）"
    P.text(W - RM - P.width(unit, 8.5, "M"), P.y - 12, unit, 8.5)
    half = 6
    hdr = ["債権名", "現年", "滞繰", "計"]
    wds = [118, 40, 40, 40]
    y0 = P.y
    a = "（３）債権別収納率（令和５年度決算）"
    for h in range(2):
        P.y = y0
        rows = [hdr]
        for n, c, ar, t in RATES[h * half:(h + 1) * half]:
            rows.append([dict(t=n if len(n) < 12 else n[:11] + "…" if False else n)] +
                        [dict(t=f"{v:.2f}" if v is not None else "－", al="r") for v in (c, ar, t)])
        P.table(LM + h * 248, wds, rows, rh=18, size=7.5 if True else 8, rules="grid")
    # facts in print order: row by row, left half then right half
    for h in range(2):
        for n, c, ar, t in RATES[h * half:(h + 1) * half]:
            for seg, v in (("current", c), ("arrears", ar), ("total", t)):
                if v is not None:
                    F.add(a, n, 2023, "令和５年度", seg, "collection_rate", "actual", v, "percent", f"{v:.2f}")
    P.para("※　「－」は、当該区分の調定がないもの。計は現年分と滞納繰越分の合計による。", 8, gap=12)

    # 会計・款・債権 table (円), continued on the next page without the header
    P.heading("（４）会計別・債権別収入未済額の内訳", 11)
    g_man = round(ACCT_SUM5["一般会計"] / 10000)
    k_man = round(OUT5["国民健康保険料"] / 10000)
    g_s = f"約{g_man // 10000}億{g_man % 10000:,}万円"
    k_s = f"約{k_man // 10000}億{k_man % 10000:,}万円"
    share = round(ACCT_SUM5["一般会計"] * 100 / TOT5, 1)
    P.para(f"　令和５年度末の収入未済額を会計別にみると、一般会計が{g_s}で全体の{share}％を占め、次いで国民健康保険事業特別会計の"
           f"国民健康保険料が{k_s}となっている。一般会計では市税が最も多く、生活保護費返還金がこれに続く。"
           "生活保護費返還金は、保護費の過払いや資力発生に伴う返還金であり、債務者の多くが生活困窮の状態にあることから、"
           "分割納付による回収が中心となっている。なお、下水道事業会計の未収金は、令和２年度の地方公営企業法の適用以降、同会計に計上している。", 10)
    a0 = "令和５年度末の収入未済額を会計別にみると"
    F.add(a0, None, 2023, "令和５年度末", "total", "outstanding", "actual", g_man * 10000, "yen", g_s, approx=True, debt_raw="一般会計")
    F.add(a0, "国民健康保険料", 2023, "令和５年度末", "total", "outstanding", "actual", k_man * 10000, "yen", k_s, approx=True)
    unit = "（単位：円）"
    P.text(W - RM - P.width(unit, 8.5, "M"), P.y - 12, unit, 8.5)
    rows = [["会計名称", "款名称", "債権名", "令和４年度", "令和５年度", "増減"]]
    a = "（４）会計別・債権別収入未済額の内訳"
    for acc, ds in ACCTS:
        n_rows = sum(1 + len(d[4]) for d in ds) + (1 if len(ds) > 1 else 0)
        first = True
        kan_prev = None
        for k, (kan, debt, v5, v4, subs) in enumerate(ds):
            row = [dict(t=acc, rs=n_rows) if first else None]
            first = False
            # 款 merged over consecutive equal entries
            if kan != kan_prev:
                span = sum(1 + len(x[4]) for x in ds[k:] if x[0] == kan) if True else 1
                # only consecutive
                span = 0
                for x in ds[k:]:
                    if x[0] != kan:
                        break
                    span += 1 + len(x[4])
                row.append(dict(t=kan, rs=span))
            else:
                row.append(None)
            kan_prev = kan
            row += [debt, dict(t=comma(v4), al="r"), dict(t=comma(v5), al="r"), dict(t=tri(v5 - v4), al="r")]
            rows.append(row)
            F.add(a, debt, 2022, "令和４年度", "total", "outstanding", "actual", v4, "yen", comma(v4))
            F.add(a, debt, 2023, "令和５年度", "total", "outstanding", "actual", v5, "yen", comma(v5))
            for sn, s5, s4 in subs:
                rows.append([None, None, dict(t="うち " + sn, ind=10), dict(t=comma(s4), al="r"), dict(t=comma(s5), al="r"),
                             dict(t=tri(s5 - s4), al="r")])
                F.add(a, sn, 2022, "令和４年度", "total", "outstanding", "actual", s4, "yen", comma(s4))
                F.add(a, sn, 2023, "令和５年度", "total", "outstanding", "actual", s5, "yen", comma(s5))
        if len(ds) > 1:
            rows.append([None, dict(t="小計", cs=2, b=True), None, dict(t=comma(ACCT_SUM4[acc]), al="r", b=True),
                         dict(t=comma(ACCT_SUM5[acc]), al="r", b=True), dict(t=tri(ACCT_SUM5[acc] - ACCT_SUM4[acc]), al="r", b=True)])
            F.add(a, None, 2022, "令和４年度", "total", "outstanding", "actual", ACCT_SUM4[acc], "yen", comma(ACCT_SUM4[acc]), debt_raw=acc + "小計")
            F.add(a, None, 2023, "令和５年度", "total", "outstanding", "actual", ACCT_SUM5[acc], "yen", comma(ACCT_SUM5[acc]), debt_raw=acc + "小計")
    rows.append([dict(t="合計", cs=3, b=True), None, None, dict(t=comma(TOT4), al="r", b=True), dict(t=comma(TOT5), al="r", b=True),
                 dict(t=tri(TOT5 - TOT4), al="r", b=True)])
    F.add(a, None, 2022, "令和４年度", "total", "outstanding", "actual", TOT4, "yen", comma(TOT4), debt_raw="合計")
    F.add(a, None, 2023, "令和５年度", "total", "outstanding", "actual", TOT5, "yen", comma(TOT5), debt_raw="合計")
    P.table(LM, [100, 80, 110, 64, 64, 65], rows, rh=33, size=7.5, rules="grid", repeat_header=False)

    # ３ 目標
    P.heading("３　計画期間の目標")
    P.para("（１）市税の収納率（現年課税分）を、令和９年度に99.30％以上とする。", 10.5, indent=0)
    P.para("（２）国民健康保険料の収納率（現年度分）を、令和９年度に95.00％以上とする。", 10.5)
    P.para("（３）全会計の収入未済額を、令和９年度末までに35億円以下に縮減する。", 10.5, gap=8)
    a = "３　計画期間の目標"
    F.add(a, "市税", 2027, "令和９年度", "current", "collection_rate", "target", 99.30, "percent", "99.30％")
    F.add(a, "国民健康保険料", 2027, "令和９年度", "current", "collection_rate", "target", 95.00, "percent", "95.00％")
    F.add(a, None, 2027, "令和９年度末", "total", "outstanding", "target", 3500000000, "yen", "35億円", debt_raw="全会計")
    P.ensure(19 * 8 + 30)
    P.para("計画期間：令和７年度～令和９年度", 9.5, font="G", gap=2)
    note = "単位：％（収入未済額は百万円）"
    P.text(W - RM - P.width(note, 8, "M"), P.y - 12, note, 8)
    rows = [["債権名", "指標", "R5実績", "R7", "R8", "R9"]]
    a2 = "計画期間：令和７年度～令和９年度"
    for debt, lab, seg, act, t7, t8, t9 in TARGETS:
        rows.append([debt, lab, dict(t=f"{act:.2f}", al="r")] + [dict(t=f"{v:.2f}以上", al="r") for v in (t7, t8, t9)])
        F.add(a2, debt, 2023, "R5実績", seg, "collection_rate", "actual", act, "percent", f"{act:.2f}")
        for fy, v in ((2025, t7), (2026, t8), (2027, t9)):
            F.add(a2, debt, fy, f"R{fy - 2018}", seg, "collection_rate", "target", v, "percent", f"{v:.2f}")
    r5 = round(HIST_TOT[4] / 1000, 1)
    rows.append(["全会計", "収入未済額", dict(t=f"{r5:,.1f}", al="r")] + [dict(t=f"{v:,.1f}以下", al="r") for v in OUT_TGT])
    F.add(a2, None, 2023, "R5実績", "total", "outstanding", "actual", round(r5 * 1e6), "yen", f"{r5:,.1f}", debt_raw="全会計")
    for fy, v in zip((2025, 2026, 2027), OUT_TGT):
        F.add(a2, None, fy, f"R{fy - 2018}", "total", "outstanding", "target", round(v * 1e6), "yen", f"{v:,.1f}", debt_raw="全会計")
    P.table(LM, [120, 90, 66, 68, 68, 68], rows, rh=19, size=8.5, rules="none", fill=(0.82, 0.86, 0.92))

    # ４ 債権ごとの取組
    P.heading("４　債権ごとの取組")
    for name, items in INITS.items():
        P.ensure(130)
        P.heading(f"（{['１', '２', '３', '４'][list(INITS).index(name)]}）債権ごとの取組（{name}）", 10.5)
        asec = f"債権ごとの取組（{name}）"
        av, cv, wv, ov, rv = ref_vals(name)
        # 【参考】 box
        lines = [f"【参考】令和５年度決算", f"・調定額：{comma(av)}千円", f"・収入済額：{comma(cv)}千円",
                 f"・不納欠損額：{comma(wv)}千円", f"・収入未済額：{comma(ov)}千円", f"・収納率：{rv:.2f}％"]
        P.ensure(14 * 3 + 40)
        bx = pymupdf.Rect(LM + 10, P.y, W - RM - 10, P.y + 14 * 3 + 16)
        P.page.draw_rect(bx, color=(0, 0, 0), width=0.7)
        P.text(bx.x0 + 6, bx.y0 + 5, lines[0], 9, "G")
        for k, ln in enumerate(lines[1:]):
            col, row_ = divmod(k, 3)
            P.text(bx.x0 + 14 + col * 230, bx.y0 + 19 + row_ * 12, ln, 8.5)
        P.y = bx.y1 + 8
        for seg, metric, v, raw in (("total", "assessed", av, f"{comma(av)}千円"), ("total", "collected", cv, f"{comma(cv)}千円"),
                                    ("total", "written_off", wv, f"{comma(wv)}千円"), ("total", "outstanding", ov, f"{comma(ov)}千円")):
            F.add(asec, name, 2023, "令和５年度", seg, metric, "actual", v * 1000, "yen", raw)
        F.add(asec, name, 2023, "令和５年度", "total", "collection_rate", "actual", rv, "percent", f"{rv:.2f}％")
        for lab, body, st, subs in items:
            P.para(f"{lab}　{body}" + ("" if subs else f"【{st}】"), 10, indent=10, first=0, gap=1)
            for k, sb in enumerate(subs):
                P.para(f"・{sb}" + (f"【{st}】" if k == len(subs) - 1 else ""), 9.5, indent=30, gap=1)
            text = body + ("" if not subs else "".join("・" + sb for sb in subs))
            inits.append(dict(_anchor=asec, debt=name, debt_raw=name, fiscal_year=2025, section=f"債権ごとの取組（{name}）",
                              label=lab, text=text, status=st, page=None))
        P.y += 6

    pdf = PDF / f"{STEM}.pdf"
    P.doc.subset_fonts()
    P.doc.set_metadata({"title": TITLE, "author": "志賀浦市"})
    P.doc.save(pdf, garbage=4, deflate=True)
    facts = F.items
    errs = assign_pages(pdf, facts, inits, mode="page")
    document = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2025-03-01", "date_raw": "令和７年３月"}
    gold, e2 = write_gold(STEM, pdf, document, facts, inits, None)
    return gold, errs + e2


if __name__ == "__main__":
    g, errs = build()
    print(STEM, "pages", g["source"]["pages"], "facts", len(g["facts"]), "inits", len(g["initiatives"]))
    for e in errs:
        print("  ERR", e)
