"""Multi-year plan with a 推進シート per debt, 金沢市 (PyMuPDF direct drawing).

Run from corpus/dev41:  python3 build/t_kanazawa_plan.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from t_common import Gold, PDF_DIR, zen, rate, tri, report  # noqa: E402

import fitz

STEM = "t_kanazawa_plan_1"
CITY = "金沢市"
TITLE = "金沢市債権管理推進計画（第２期）"
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FG = fitz.Font(fontfile=GOTH)
FM = fitz.Font(fontfile=MIN)
W, H = 595, 842
LM, RM = 62, 533
NAVY = (0.16, 0.25, 0.42)
SHADE = (0.86, 0.89, 0.93)
ZEBRA = (0.94, 0.95, 0.97)

# ---------------------------------------------------------------- data
YEARS_T1 = [(2017, "平成29年度\n(2017年度)"), (2018, "H30"), (2019, "令和元年度"), (2020, "令和二年度"),
            (2021, "R3"), (2022, "令和4年度"), (2023, "2023年度")]
SPLIT = 4   # first 4 year columns on the first page, the rest (and 増減) on the next

# sheets: unit multiplier, years R3..R5: (cur a, c), (arr a, c), written_off
SHEETS = {
    "市税": dict(unit="千円", mult=1000, dept="財政局 税務課・納税課", kind="強制徴収公債権",
               years={2021: ((71_845_210, 70_912_455), (3_512_880, 1_101_650), 198_450),
                      2022: ((72_614_380, 71_738_102), (3_102_440, 1_032_516), 176_320),
                      2023: ((73_420_115, 72_590_330), (2_764_590, 968_214), 151_208)},
               targets={2022: (98.80, 32.50), 2023: (98.85, 34.00)}),
    "国民健康保険料": dict(unit="千円", mult=1000, dept="福祉健康局 保険年金課", kind="強制徴収公債権",
                    years={2021: ((12_514_330, 11_622_187), (4_212_560, 1_011_238), 402_115),
                           2022: ((12_206_470, 11_381_214), (3_652_210, 920_402), 365_880),
                           2023: ((11_987_260, 11_212_810), (3_160_330, 835_614), 331_052)},
                    targets={2022: (93.00, 25.00), 2023: (93.30, 26.50)}),
    "市営住宅使用料": dict(unit="円", mult=1, dept="土木局 市営住宅課", kind="私債権",
                    years={2021: ((1_623_450_200, 1_571_210_400), (212_344_800, 24_118_500), 8_412_300),
                           2022: ((1_608_220_100, 1_559_812_600), (228_610_500, 27_488_200), 9_156_900),
                           2023: ((1_597_410_300, 1_551_688_900), (236_520_400, 29_970_300), 10_214_800)},
                    targets={2022: (97.20, 12.50), 2023: (97.30, 13.50)}),
}


def outstanding(y):
    (ca, cc), (aa, ac), wo = y
    return ca + aa - cc - ac - wo


T1_OTHERS = {  # 千円, H29..R5
    "介護保険料": [312_450, 298_770, 287_115, 279_880, 268_412, 255_103, 241_870],
    "後期高齢者医療保険料": [58_220, 56_410, 55_873, 57_102, 54_388, 52_915, 51_204],
    "保育所保育料": [142_330, 135_210, 128_844, 96_512, 88_420, 81_115, 76_338],
    "生活保護費返還金": [168_420, 172_115, 176_880, 181_204, 183_510, 185_002, 186_420],
}
T1_OTHERS_EARLY = {"市税": [4_312_560, 3_954_210, 3_618_770, 3_502_118],
                   "国民健康保険料": [5_121_440, 4_802_615, 4_455_320, 4_112_880],
                   "市営住宅使用料": [268_410, 259_880, 251_216, 238_745]}
T1_REST = [402_115, 388_420, 371_206, 365_874, 352_118, 340_006, 331_245]   # その他
T1_ORDER = ["市税", "国民健康保険料", "介護保険料", "後期高齢者医療保険料", "保育所保育料", "市営住宅使用料", "生活保護費返還金"]
SEWER_NOTE = 21_864   # 千円, 令和５年度, in その他


def t1_rows():
    rows = {}
    for d in T1_ORDER:
        if d in SHEETS:
            s = SHEETS[d]
            late = [round(outstanding(s["years"][y]) * s["mult"] / 1000) for y in (2021, 2022, 2023)]
            rows[d] = T1_OTHERS_EARLY[d] + late
        else:
            rows[d] = T1_OTHERS[d]
    rows["その他"] = T1_REST
    rows["合計"] = [sum(rows[d][i] for d in rows) for i in range(7)]
    return rows


TARGET_A = {  # R7..R11 : 現年, 滞繰, 収入未済額(百万円)
    "市税": ([98.95, 99.00, 99.05, 99.10, 99.15], [37.00, 38.00, 39.00, 40.00, 41.00],
           [2150.0, 2020.0, 1900.0, 1790.0, 1680.0]),
    "国民健康保険料": ([93.80, 94.00, 94.20, 94.40, 94.60], [27.00, 28.00, 29.00, 30.00, 31.00],
                [2350.0, 2180.0, 2020.0, 1870.0, 1730.0]),
    "介護保険料": ([99.30, 99.32, 99.34, 99.36, 99.38], [20.50, 21.00, 21.50, 22.00, 22.50],
              [225.5, 212.0, 199.5, 188.0, 177.5]),
    "市営住宅使用料": ([97.30, 97.40, 97.50, 97.60, 97.70], [13.00, 14.00, 15.00, 16.00, 17.00],
                [235.0, 226.5, 218.0, 210.0, 202.0]),
}
TARGET_B = {"市税": [96.90, 97.00, 97.10, 97.20, 97.30], "国民健康保険料": [79.80, 80.50, 81.20, 81.90, 82.60],
            "介護保険料": [97.80, 97.90, 98.00, 98.10, 98.20], "市営住宅使用料": [87.60, 88.00, 88.40, 88.80, 89.20]}
PLAN_YEARS = [(2025, "R7"), (2026, "R8"), (2027, "R9"), (2028, "R10"), (2029, "R11")]

ZENCHO = [("（１）", "債権管理条例に基づく督促、延滞金の徴収及び債権放棄の手続を全庁で統一して運用する。", "継続"),
          ("（２）", "納税課に債権管理支援担当を置き、私債権の支払督促や訴訟手続を所管課と共同で行う。", "新規"),
          ("（３）", "キャッシュレス決済と地方税統一ＱＲコードの対象を税外債権にも広げる。", "拡充"),
          ("（４）", "債権管理研修を年２回開催し、新任職員の基礎研修を必修とする。", "継続")]

SHEET_TEXT = {
    "市税": dict(
        issue=["現年課税分の収納率は向上しているが、中核市の平均をなお下回っている。",
               "滞納繰越分は高額・困難事案の割合が高まり、一件当たりの処理に時間を要している。"],
        acts=[("（１）滞納の未然防止", [("ア", "納税通知書に口座振替の申込み用二次元コードを掲載し、口座振替への切替えを促す。", "拡充"),
                                   ("イ", "納期限前にＳＭＳで納付を案内する対象を、前年度に滞納のあった者へ広げる。", "新規")]),
              ("（２）滞納整理の強化", [("ア", "財産調査を早期に行い、預貯金や給与の差押えを集中的に実施する。", "継続"),
                                   ("イ", "捜索・インターネット公売を計画的に実施する。", "継続"),
                                   ("ウ", "処分可能な財産がない事案は、執行停止を適正に判断する。", "継続")])]),
    "国民健康保険料": dict(
        issue=["加入者の高齢化と所得の減少により、一人当たりの滞納額が増える傾向にある。",
               "短期間で資格を喪失する加入者の滞納が多く、所在の把握が難しい。"],
        acts=[("（１）滞納の未然防止", [("ア", "加入手続の際に口座振替の申込みを窓口で受け付ける。", "継続"),
                                   ("イ", "資格確認書の交付時に未納のある世帯へ納付相談を案内する。", "新規")]),
              ("（２）滞納整理の強化", [("ア", "夜間・休日の電話催告を年１０回実施する。", "拡充"),
                                   ("イ", "滞納繰越分の事案を納税課と共同で処理し、差押えを強化する。", "継続")])]),
    "市営住宅使用料": dict(
        issue=["退去者の滞納分が全体の６割を超え、回収が困難となっている。",
               "入居者の高齢化に伴い、連帯保証人を立てられない世帯が増えている。"],
        acts=[("（１）滞納の未然防止", [("ア", "収入申告の際に家賃減免制度を案内し、減免の申請漏れを防ぐ。", "継続"),
                                   ("イ", "緊急連絡先の届出を更新時に確認する。", "新規")]),
              ("（２）滞納整理の強化", [("ア", "滞納６か月以上の入居者に明渡請求を予告し、応じない場合は訴訟を提起する。", "継続"),
                                   ("イ", "退去者分の回収を弁護士法人に委託する。", "拡充")])]),
}


# ---------------------------------------------------------------- drawing helpers
class Pg:
    def __init__(self, doc, printed=None, running=True, landscape=False):
        self.p = doc.new_page(width=W, height=H)
        self.p.insert_font(fontname="G", fontfile=GOTH)
        self.p.insert_font(fontname="M", fontfile=MIN)
        if running:
            self.text(RM, 36, "金沢市債権管理推進計画（第２期）", 7.5, align="right", color=(0.35, 0.35, 0.35))
            self.p.draw_line((LM, 40), (RM, 40), color=(0.5, 0.5, 0.5), width=0.5)
        if printed is not None:
            self.text(W / 2, 812, f"- {printed} -", 9, align="center", font="M")

    def text(self, x, y, s, size=10, font="G", align="left", bold=False, color=(0, 0, 0)):
        f = FG if font == "G" else FM
        w = f.text_length(s, fontsize=size)
        if align == "right":
            x -= w
        elif align == "center":
            x -= w / 2
        kw = dict(render_mode=2, border_width=0.035) if bold else {}
        self.p.insert_text((x, y), s, fontsize=size, fontname=font, color=color, fill=color, **kw)
        return w

    def para(self, x, y, s, width, size=10, font="M", lead=1.7, indent=0.0, hang=0.0):
        """Wrap Japanese text char by char (with simple kinsoku); returns the y after the paragraph."""
        f = FG if font == "G" else FM
        lines, cur, first = [], "", True
        for ch in s:
            avail = width - (indent if first else hang)
            if f.text_length(cur + ch, fontsize=size) > avail and cur:
                if ch in "、。）」％":
                    cur += ch
                    lines.append((cur, first)); cur, first = "", False
                    continue
                lines.append((cur, first)); cur, first = ch, False
            else:
                cur += ch
        if cur:
            lines.append((cur, first))
        for ln, fst in lines:
            self.p.insert_text((x + (indent if fst else hang), y), ln, fontsize=size, fontname=font)
            y += size * lead
        return y

    def heading(self, x, y, s, size=12, bar=True):
        if bar:
            self.p.draw_rect(fitz.Rect(x, y - size + 1, x + 4, y + 2), color=None, fill=NAVY)
            x += 9
        self.text(x, y, s, size, bold=True)
        return y + size * 1.9

    def table(self, x0, y0, widths, rows, rh=16, size=8.5, mode="grid", header_rows=1, zebra=False):
        """rows: list of lists; a cell is None (covered by a span), str, or dict(t, rs, cs, al, fill, v, bold)."""
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        rhs = [rh[i] if isinstance(rh, list) else rh for i in range(len(rows))]
        ys = [y0]
        for h in rhs:
            ys.append(ys[-1] + h)
        for i, row in enumerate(rows):
            if zebra and i >= header_rows and (i - header_rows) % 2 == 1:
                self.p.draw_rect(fitz.Rect(xs[0], ys[i], xs[-1], ys[i + 1]), color=None, fill=ZEBRA)
        for i, row in enumerate(rows):
            for j, c in enumerate(row):
                if c is None:
                    continue
                if isinstance(c, str):
                    c = {"t": c}
                rs, cs = c.get("rs", 1), c.get("cs", 1)
                r = fitz.Rect(xs[j], ys[i], xs[j + cs], ys[i + rs])
                fill = c.get("fill", SHADE if i < header_rows and mode == "grid" else None)
                if fill:
                    self.p.draw_rect(r, color=None, fill=fill)
                if mode == "grid":
                    self.p.draw_rect(r, color=(0.2, 0.2, 0.2), width=0.6)
                al = c.get("al", "center" if (i < header_rows or j == 0) else "right")
                t = c.get("t", "")
                if c.get("v"):   # vertical: one character per line
                    n = len(t)
                    step = min(size * 1.15, (r.height - 4) / max(n, 1))
                    yy = r.y0 + (r.height - step * n) / 2 + size * 0.85
                    for ch in t:
                        self.text((r.x0 + r.x1) / 2, yy, ch, size, align="center")
                        yy += step
                    continue
                lines = t.split("\n")
                lh = size * 1.25
                yy = r.y0 + (r.height - lh * len(lines)) / 2 + size * 0.95
                for ln in lines:
                    if al == "right":
                        self.text(r.x1 - 3, yy, ln, size, align="right", bold=c.get("bold", False))
                    elif al == "left":
                        self.text(r.x0 + 3, yy, ln, size, bold=c.get("bold", False))
                    else:
                        self.text((r.x0 + r.x1) / 2, yy, ln, size, align="center", bold=c.get("bold", False))
                    yy += lh
        if mode == "hrules":
            self.p.draw_line((xs[0], ys[0]), (xs[-1], ys[0]), color=(0, 0, 0), width=1.1)
            self.p.draw_line((xs[0], ys[header_rows]), (xs[-1], ys[header_rows]), color=(0, 0, 0), width=0.7)
            for k in range(header_rows + 1, len(ys) - 1):
                self.p.draw_line((xs[0], ys[k]), (xs[-1], ys[k]), color=(0.7, 0.7, 0.7), width=0.3)
            self.p.draw_line((xs[0], ys[-1]), (xs[-1], ys[-1]), color=(0, 0, 0), width=1.1)
        return fitz.Rect(xs[0], ys[0], xs[-1], ys[-1])


def oku_man(yen: int) -> str:
    """7,623,000,000 -> ７６億２，３００万円 (rounded to 百万円)."""
    m = round(yen / 1_000_000) * 100   # in 万円
    oku, man = divmod(m, 10000)
    s = f"{oku}億" + (f"{man:,}万円" if man else "円")
    return zen(s)


# ---------------------------------------------------------------- build
def build():
    g = Gold(STEM, "plan", "suishin", CITY, TITLE, "2025-03-01", "令和７年３月")
    doc = fitz.open()
    t1 = t1_rows()

    # p1 cover
    pg = Pg(doc, running=False)
    pg.p.draw_rect(fitz.Rect(0, 0, W, 18), color=None, fill=NAVY)
    pg.text(W / 2, 300, "金沢市債権管理推進計画", 26, align="center", bold=True)
    pg.text(W / 2, 340, "（第２期）", 18, align="center")
    pg.text(W / 2, 380, "令和７年度（2025年度）～令和11年度（2029年度）", 12, align="center", font="M")
    pg.p.draw_line((150, 410), (445, 410), color=NAVY, width=1.2)
    pg.text(W / 2, 640, "令和７年３月", 14, align="center", font="M")
    pg.text(W / 2, 672, "金　沢　市", 16, align="center", bold=True)

    # p2 目次
    pg = Pg(doc)
    pg.text(W / 2, 110, "目　　次", 16, align="center", bold=True)
    toc = [("第１章　計画の概要", 1, 0), ("1-1　計画策定の趣旨", 1, 1), ("1-2　計画の期間", 1, 1),
           ("1-3　第１期計画の振り返り", 1, 1), ("第２章　債権の現状", 1, 0), ("2-1　債権別収入未済額の推移", 1, 1),
           ("2-2　全会計の収入未済額の推移", 2, 1), ("第３章　計画の目標と取組", 3, 0), ("3-1　全体目標", 3, 1),
           ("3-2　債権別の数値目標", 3, 1), ("3-3　全庁的な取組", 3, 1), ("第４章　債権別推進シート", 4, 0),
           ("（１）市税", 4, 1), ("（２）国民健康保険料", 5, 1), ("（３）市営住宅使用料", 6, 1)]
    y = 160
    for t, n, lvl in toc:
        x = 90 + 18 * lvl
        size = 11 if lvl == 0 else 10
        w = pg.text(x, y, t, size, bold=(lvl == 0), font="G" if lvl == 0 else "M")
        pg.text(505, y, str(n), size, align="right", font="M")
        dots = "・" * int((505 - 14 - x - w) / (size * 1.0))
        pg.text(x + w + 4, y, dots, size * 0.9, font="M", color=(0.45, 0.45, 0.45))
        y += 26 if lvl == 0 else 21

    # p3 (printed 1): 第１章 + 2-1 表１(左)
    P = 3
    pg = Pg(doc, printed=1)
    y = pg.heading(LM, 72, "第１章　計画の概要", 14)
    y = pg.heading(LM, y + 2, "1-1　計画策定の趣旨", 11, bar=False)
    y = pg.para(LM + 10, y, "本市では、令和２年度から「金沢市債権管理推進計画」に基づき、市が保有する債権の適正な管理と収入未済額の縮減に"
                "取り組んできた。第１期計画の成果と課題を踏まえ、公平・公正な市民負担の確保と持続可能な財政運営に資するため、第２期計画を策定する。",
                RM - LM - 10, 9.5, indent=9.5)
    y = pg.heading(LM, y + 6, "1-2　計画の期間", 11, bar=False)
    y = pg.para(LM + 10, y, "令和７年度（2025年度）から令和11年度（2029年度）までの５年間とする。", RM - LM - 10, 9.5, indent=9.5)
    y = pg.heading(LM, y + 6, "1-3　第１期計画の振り返り", 11, bar=False)
    r1 = t1["合計"][2] * 1000
    r5 = t1["合計"][6] * 1000
    s1, s5 = oku_man(r1), oku_man(r5)
    txt = (f"全会計の収入未済額は、令和元年度末の約{s1}から令和５年度末には約{s5}まで縮減した。"
           "一方で、第１期計画で定めた令和６年度末の目標（６０億円以下）の達成には、なお一層の取組が必要である。")
    y = pg.para(LM + 10, y, txt, RM - LM - 10, 9.5, indent=9.5)
    g.fact(None, "全会計", 2019, "令和元年度末", "total", "outstanding", "actual", round(r1 / 1e6) * 1e6, "yen", f"約{s1}", P, approx=True)
    g.fact(None, "全会計", 2023, "令和５年度末", "total", "outstanding", "actual", round(r5 / 1e6) * 1e6, "yen", f"約{s5}", P, approx=True)
    g.fact(None, "全会計", 2024, "令和６年度末", "total", "outstanding", "target", 6_000_000_000, "yen", "６０億円以下", P)

    y = pg.heading(LM, y + 16, "第２章　債権の現状", 14)
    y = pg.heading(LM, y + 2, "2-1　債権別収入未済額の推移", 11, bar=False)
    y = pg.para(LM + 10, y, "主な債権の収入未済額の推移は表１のとおりである。市税及び国民健康保険料は着実に減少している一方、"
                "市営住宅使用料及び生活保護費返還金は増加傾向にある。", RM - LM - 10, 9.5, indent=9.5)

    def t1_table(pg, y, cols, caption, cont=False):
        pg.text(LM, y + 4, caption, 10, bold=True)
        widths = [118] + [72] * len(cols) + ([80] if cont else [])
        head = ["債権名"] + [lab for _, lab in cols] + (["増減\n(R5－H29)"] if cont else [])
        rows = [head]
        names = T1_ORDER + ["その他", "合計"]
        for d in names:
            vals = [t1[d][i] for i, _ in cols]
            row = [{"t": d, "al": "left", "bold": d == "合計"}] + [f"{v:,}" for v in vals]
            if cont:
                row.append(tri(t1[d][6] - t1[d][0]))
            rows.append(row)
        x0 = LM + (RM - LM - sum(widths)) / 2
        box = fitz.Rect(x0 - 6, y + 10, x0 + sum(widths) + 6, 0)
        rect = pg.table(x0, y + 16, widths, rows, rh=[30] + [19] * (len(rows) - 1), size=8.5)
        box.y1 = rect.y1 + 6
        pg.p.draw_rect(box, color=(0, 0, 0), width=1.0)
        pg.text(box.x1, box.y1 + 12, "資料：金沢市各会計歳入歳出決算書（各年度）", 8, align="right", font="M")
        return rows, rect.y1 + 20

    cols1 = [(i, lab) for i, (fy, lab) in enumerate(YEARS_T1[:SPLIT])]
    rows1, y = t1_table(pg, y + 8, cols1, "表１　債権別収入未済額の推移（単位：千円）")
    pg.text(LM, y + 6, "※ 表１は次ページに続く。", 8.5, font="M")

    def t1_facts(cols, page, diff=False):
        for d in T1_ORDER + ["その他", "合計"]:
            debt = None if d in ("その他", "合計") else d
            for i, lab in cols:
                fy = YEARS_T1[i][0]
                g.fact(debt, d, fy, lab.replace("\n", ""), "total", "outstanding", "actual", t1[d][i] * 1000, "yen",
                       f"{t1[d][i]:,}", page)
            if diff:
                g.fact(debt, d, 2023, "R5－H29", "total", "difference", "actual", (t1[d][6] - t1[d][0]) * 1000, "yen",
                       tri(t1[d][6] - t1[d][0]), page)

    t1_facts(cols1, P)
    g.tables.append({"page": P, "bbox": [0.0, 0.0, 0.0, 0.0], "rows": [[c if isinstance(c, str) else c["t"] for c in r] for r in rows1],
                     "raw_rows": None, "continued_from": None, "pages": [3, 4]})

    # p4 (printed 2): 表１（続き） + 図１
    P = 4
    pg = Pg(doc, printed=2)
    cols2 = [(i, lab) for i, (fy, lab) in enumerate(YEARS_T1) if i >= SPLIT]
    rows2, y = t1_table(pg, 60, cols2, "表１　債権別収入未済額の推移（続き）（単位：千円）", cont=True)
    t1_facts(cols2, P, diff=True)
    y = pg.para(LM, y + 14, f"※ その他は上記以外の４２債権の合計である。うち下水道事業受益者負担金の令和５年度末の収入未済額は"
                f" {SEWER_NOTE:,}千円である。", RM - LM, 8.5, font="M", lead=1.5, hang=12)
    g.fact("下水道事業受益者負担金", "下水道事業受益者負担金", 2023, "令和５年度末", "total", "outstanding", "actual",
           SEWER_NOTE * 1000, "yen", f"{SEWER_NOTE:,}千円", P)

    y = pg.heading(LM, y + 18, "2-2　全会計の収入未済額の推移", 11, bar=False)
    cap_y = y + 4
    pg.text(W / 2, cap_y, "図１　全会計の収入未済額の推移（単位：億円）", 10, align="center", bold=True)
    cx0, cy0, cx1, cy1 = LM + 40, cap_y + 30, RM - 10, cap_y + 250
    pg.p.draw_line((cx0, cy1), (cx1, cy1), color=(0, 0, 0), width=0.8)
    pg.p.draw_line((cx0, cy0), (cx0, cy1), color=(0, 0, 0), width=0.8)
    vmax = 120.0
    for v in range(0, 121, 30):
        yy = cy1 - (cy1 - cy0) * v / vmax
        pg.p.draw_line((cx0 - 3, yy), (cx1, yy), color=(0.8, 0.8, 0.8), width=0.3)
        pg.text(cx0 - 6, yy + 3, str(v), 7.5, align="right", font="M")
    n = len(YEARS_T1)
    slot = (cx1 - cx0) / n
    xlabels = ["H29", "H30", "R1", "R2", "R3", "R4", "R5"]
    for i in range(n):
        val = round(t1["合計"][i] / 100000, 1)     # 千円 -> 億円
        bx = cx0 + slot * i + slot * 0.22
        bh = (cy1 - cy0) * val / vmax
        pg.p.draw_rect(fitz.Rect(bx, cy1 - bh, bx + slot * 0.56, cy1), color=None, fill=NAVY if i < 6 else (0.75, 0.3, 0.2))
        lab = f"{val:.1f}"
        pg.text(bx + slot * 0.28, cy1 - bh - 4, lab, 8, align="center")
        pg.text(bx + slot * 0.28, cy1 + 12, xlabels[i], 8, align="center", font="M")
        g.fact(None, None, YEARS_T1[i][0], xlabels[i], "total", "outstanding", "actual", round(val * 1e8), "yen", lab, P)
    pg.text(cx1, cy1 + 28, "資料：表１の合計欄を億円単位で表示（小数点第２位を四捨五入）", 7.5, align="right", font="M")

    # p5 (printed 3): 第３章 目標
    P = 5
    pg = Pg(doc, printed=3)
    y = pg.heading(LM, 72, "第３章　計画の目標と取組", 14)
    y = pg.heading(LM, y + 2, "3-1　全体目標", 11, bar=False)
    pg.p.draw_rect(fitz.Rect(LM + 10, y - 12, RM, y + 14), color=NAVY, width=1.2)
    pg.text(W / 2 + 5, y + 5, "令和11年度末における全会計の収入未済額を ４５億円以下 とする。", 11, align="center", bold=True)
    g.fact(None, "全会計", 2029, "令和11年度末", "total", "outstanding", "target", 4_500_000_000, "yen", "４５億円以下", P)
    y += 36
    y = pg.heading(LM, y, "3-2　債権別の数値目標", 11, bar=False)
    pg.text(LM, y, "表２　主要債権の数値目標", 10, bold=True)
    pg.text(RM, y, "（単位：％、百万円）", 8, align="right", font="M")
    rows = [["債権名", "区分"] + [lab for _, lab in PLAN_YEARS]]
    facts_a = []
    for d, (cur, arr, out) in TARGET_A.items():
        for k, (lab, vals, metric, seg) in enumerate([("現年分収納率", cur, "collection_rate", "current"),
                                                     ("滞納繰越分収納率", arr, "collection_rate", "arrears"),
                                                     ("収入未済額", out, "outstanding", "total")]):
            cells = [f"{v:,.2f}" if metric == "collection_rate" else f"{v:,.1f}" for v in vals]
            first = {"t": d, "rs": 3, "al": "center"} if k == 0 else None
            rows.append([first, {"t": lab, "al": "left"}] + cells)
            for (fy, fyl), v, c in zip(PLAN_YEARS, vals, cells):
                unit = "percent" if metric == "collection_rate" else "yen"
                val = v if unit == "percent" else round(v * 1_000_000)
                facts_a.append((d, fy, fyl, seg, metric, val, unit, c))
    pg.table(LM, y + 6, [112, 96] + [52.6] * 5, rows, rh=16, size=8.5)
    for d, fy, fyl, seg, metric, val, unit, c in facts_a:
        g.fact(d, d, fy, fyl, seg, metric, "target", val, unit, c, P)
    y = y + 6 + 16 * len(rows) + 22
    pg.text(LM, y, "表３　合計収納率の目標", 10, bold=True)
    pg.text(LM + 230, y, "（単位：％）", 8, font="M")
    rows = [["年度"] + list(TARGET_B.keys())]
    for k, (fy, fyl) in enumerate(PLAN_YEARS):
        rows.append([fyl] + [f"{TARGET_B[d][k]:.2f}" for d in TARGET_B])
        for d in TARGET_B:
            g.fact(d, d, fy, fyl, "total", "collection_rate", "target", TARGET_B[d][k], "percent", f"{TARGET_B[d][k]:.2f}", P)
    rB = pg.table(LM, y + 6, [40, 46, 72, 50, 72], rows, rh=[26] + [16] * 5, size=8)
    # 3-3 beside table 3
    x3 = LM + 300
    pg.text(x3, y, "3-3　全庁的な取組", 11, bold=True)
    yy = y + 18
    for lab, text, tag in ZENCHO:
        yy = pg.para(x3, yy, f"{lab}{text}【{tag}】", RM - x3, 8.5, lead=1.55, hang=25)
        yy += 2
        g.init(None, 2025, "全庁的な取組", lab, text, tag, P, debt_raw=None)

    # p6-p8 推進シート
    for k, (debt, s) in enumerate(SHEETS.items(), 1):
        P = 5 + k
        pg = Pg(doc, printed=3 + k)
        pg.text(LM, 62, "第４章　債権別推進シート", 9, color=(0.3, 0.3, 0.3))
        pg.text(W / 2, 86, f"推進シート（{zen(k)}）", 14, align="center", bold=True)
        pg.table(LM, 96, [48, 112, 44, 128, 50, 89], [[
            {"t": "債権名", "fill": SHADE}, {"t": debt, "al": "center", "bold": True}, {"t": "所管課", "fill": SHADE},
            {"t": s["dept"], "al": "center"}, {"t": "債権区分", "fill": SHADE}, {"t": s["kind"], "al": "center"}]],
            rh=22, size=9, header_rows=0)
        unit = s["unit"]
        mult = s["mult"]
        ys = [2021, 2022, 2023]
        ylabs = {2021: "R3\n(2021年度)", 2022: "R4\n(2022年度)", 2023: "R5\n(2023年度)"}
        y = 140
        y = pg.heading(LM, y, f"１　収納状況の推移", 11)
        pg.text(RM, y - 14, f"（単位：{unit}、％）", 8, align="right", font="M")
        if debt != "市営住宅使用料":
            rows = [[{"t": "区分", "cs": 2}, None] + [ylabs[fy] for fy in ys]]
            lab_rows = []
            for seg, vlab, idx in (("current", "現年分", 0), ("arrears", "滞繰分", 1)):
                for j, (mlab, metric) in enumerate((("調定額", "assessed"), ("収入済額", "collected"), ("収納率", "collection_rate"))):
                    first = {"t": vlab, "rs": 3, "v": True} if j == 0 else None
                    cells = []
                    for fy in ys:
                        a, c = s["years"][fy][idx]
                        if metric == "assessed":
                            v, txt = a * mult, f"{a:,}"
                        elif metric == "collected":
                            v, txt = c * mult, f"{c:,}"
                        else:
                            v, txt = rate(c, a), f"{rate(c, a):.2f}"
                        cells.append(txt)
                        lab_rows.append((seg, metric, fy, v, txt))
                    rows.append([first, {"t": mlab, "al": "left"}] + cells)
            for mlab, metric in (("不納欠損額", "written_off"), ("収入未済額", "outstanding")):
                cells = []
                for fy in ys:
                    v = s["years"][fy][2] if metric == "written_off" else outstanding(s["years"][fy])
                    cells.append(f"{v:,}")
                    lab_rows.append(("total", metric, fy, v * mult, f"{v:,}"))
                rows.append([{"t": mlab, "cs": 2, "al": "left"}, None] + cells)
            zebra = debt == "市税"
            pg.table(LM, y - 4, [24, 90] + [119] * 3, rows, rh=[28] + [17] * (len(rows) - 1), size=8.5,
                     mode="hrules" if zebra else "grid", zebra=zebra)
            y = y - 4 + 28 + 17 * (len(rows) - 1) + 8
        else:
            rows = [["債権名", "年度", "区分", "調定額", "収入済額", "不納欠損額", "収納率"]]
            lab_rows = []
            for fy in ys:
                for seg, idx, slab in (("current", 0, "現年分"), ("arrears", 1, "滞繰分")):
                    a, c = s["years"][fy][idx]
                    wo = s["years"][fy][2] if seg == "arrears" else 0
                    r = rate(c, a)
                    rows.append([debt, ylabs[fy].replace("\n", ""), slab, f"{a:,}", f"{c:,}",
                                 f"{wo:,}" if wo else "－", f"{r:.2f}"])
                    lab_rows += [(seg, "assessed", fy, a, f"{a:,}"), (seg, "collected", fy, c, f"{c:,}"),
                                 (seg, "collection_rate", fy, r, f"{r:.2f}")]
                    if wo:
                        lab_rows.append((seg, "written_off", fy, wo, f"{wo:,}"))
            pg.table(LM, y - 4, [78, 74, 40, 80, 80, 62, 57], rows, rh=[20] + [16] * (len(rows) - 1), size=8,
                     mode="hrules")
            y = y - 4 + 20 + 16 * (len(rows) - 1) + 6
            outs = "、".join(f"{ylabs[fy].split(chr(10))[0]} {outstanding(s['years'][fy]):,}円" for fy in ys)
            y = pg.para(LM, y + 6, f"※ 収入未済額（現年分・滞繰分の計）は、{outs}である。", RM - LM, 8.5, font="M", lead=1.5, hang=12)
            for fy in ys:
                v = outstanding(s["years"][fy])
                lab_rows.append(("total", "outstanding", fy, v, f"{v:,}円"))
        for seg, metric, fy, v, txt in lab_rows:
            unit_ = "percent" if metric == "collection_rate" else "yen"
            g.fact(debt, debt, fy, ylabs[fy].split("\n")[0], seg, metric, "actual", v, unit_, txt, P)

        # ２ 目標と実績
        y = pg.heading(LM, y + 14, "２　第１期計画の目標と実績", 11)
        pg.text(RM, y - 14, "（単位：％）", 8, align="right", font="M")
        rows = [["区分", {"t": "令和４年度", "cs": 3}, None, None, {"t": "令和５年度", "cs": 3}, None, None],
                [None, "目標", "実績", "達成率", "目標", "実績", "達成率"]]
        rows[0][0] = {"t": "区分", "rs": 2}
        for seg, idx, lab in (("current", 0, "現年分収納率"), ("arrears", 1, "滞納繰越分収納率")):
            row = [{"t": lab, "al": "left"}]
            for fy, fyl in ((2022, "令和４年度"), (2023, "令和５年度")):
                tgt = s["targets"][fy][idx]
                a, c = s["years"][fy][idx]
                act = rate(c, a)
                ach = round(act / tgt * 100, 1)
                row += [f"{tgt:.2f}", f"{act:.2f}", f"{ach:.1f}"]
                g.fact(debt, debt, fy, fyl, seg, "collection_rate", "target", tgt, "percent", f"{tgt:.2f}", P)
                g.fact(debt, debt, fy, fyl, seg, "collection_rate", "actual", act, "percent", f"{act:.2f}", P)
            rows.append(row)
        pg.table(LM, y - 4, [111] + [60] * 6, rows, rh=17, size=8.5, header_rows=2)
        y = y - 4 + 17 * 4 + 8
        pg.text(LM, y + 4, "※ 達成率は、実績を目標で除したもの（小数点第２位を四捨五入）。", 8, font="M")

        # ３ 現状と課題 / ４ 具体的な取組  (memo style)
        y = pg.heading(LM, y + 26, "３　現状と課題", 11)
        for i, t in enumerate(SHEET_TEXT[debt]["issue"], 1):
            y = pg.para(LM + 8, y, f"（{zen(i)}）{t}", RM - LM - 8, 9.5, lead=1.6, hang=28)
        y = pg.heading(LM, y + 10, "４　具体的な取組", 11)
        for head, items in SHEET_TEXT[debt]["acts"]:
            pg.text(LM + 8, y, head, 10, bold=True)
            y += 16
            for lab, t, tag in items:
                y = pg.para(LM + 20, y, f"{lab}　{t}【{tag}】", RM - LM - 20, 9.5, lead=1.6, hang=19)
                g.init(debt, 2025, "具体的な取組",
                       f"{head[:3]}{lab}", t, tag, P)
            y += 4
        assert y < 800, (debt, y)

    pdf = PDF_DIR / f"{STEM}.pdf"
    doc.set_metadata({"title": TITLE, "author": "金沢市", "creator": "PyMuPDF"})
    doc.subset_fonts()
    doc.save(pdf, garbage=4, deflate=True)
    g.write(pdf)
    report(pdf, g)
    return g


if __name__ == "__main__":
    build()
