"""fw_chino_plan_1: 債権管理計画（令和7年度～令和9年度） drawn directly with PyMuPDF."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fw_common import Gold, WORK, PDF_DIR, c, p1, sgn, rate, series  # noqa: E402

import fitz

STEM = "fw_chino_plan_1"
CITY = "茅野市"
TITLE = "茅野市債権管理計画（令和7年度～令和9年度）"
g = Gold(STEM, "plan", "plan", CITY, TITLE, "2025-03-01", "令和7年3月")

GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FG, FM = fitz.Font(fontfile=GOTH), fitz.Font(fontfile=MIN)
W, H = fitz.paper_size("a4")
LM, RM = 56, W - 56


class Pg:
    def __init__(self, doc, num=True):
        self.p = doc.new_page(width=W, height=H)
        self.p.insert_font(fontname="G", fontfile=GOTH)
        self.p.insert_font(fontname="M", fontfile=MIN)
        self.y = 60
        self.no = doc.page_count
        if num:
            self.text(f"－ {self.no} －", W / 2 - 14, H - 30, 9, "M")

    def text(self, s, x, y, size=10.5, f="M", color=(0, 0, 0)):
        self.p.insert_text((x, y), s, fontname=f, fontsize=size, color=color)

    def width(self, s, size, f="M"):
        return (FG if f == "G" else FM).text_length(s, fontsize=size)

    def wrap(self, s, maxw, size, f="M"):
        lines, cur = [], ""
        i = 0
        toks = []
        buf = ""
        for ch in s:  # keep digit runs together
            if ch.isdigit() or ch in ",.％%":
                buf += ch
            else:
                if buf:
                    toks.append(buf)
                    buf = ""
                toks.append(ch)
        if buf:
            toks.append(buf)
        for t in toks:
            if t == "\n":
                lines.append(cur)
                cur = ""
                continue
            if self.width(cur + t, size, f) > maxw and cur:
                if t in "、。）」％":
                    cur += t
                    lines.append(cur)
                    cur = ""
                    continue
                lines.append(cur)
                cur = t
            else:
                cur += t
        if cur:
            lines.append(cur)
        return lines

    def para(self, s, size=10.5, f="M", x=None, indent=1, lead=1.7, maxw=None):
        x = LM if x is None else x
        maxw = maxw or (RM - x)
        first = "　" * indent + s
        for ln in self.wrap(first, maxw, size, f):
            self.text(ln, x, self.y + size, size, f)
            self.y += size * lead
        return self

    def head(self, s, size=12.5, gap=8):
        self.y += gap
        self.p.draw_rect(fitz.Rect(LM, self.y, LM + 5, self.y + size + 4), color=None, fill=(0.2, 0.4, 0.3))
        self.text(s, LM + 10, self.y + size, size, "G")
        self.y += size + 10

    def table(self, rows, widths, size=8.5, x=None, rh=16, head=1, rules="grid", zebra=False, align=None,
              merges=(), fills=None, vcenter=True):
        """rows: list of lists (None = covered by merge); merges: (r, c, rowspan, colspan)"""
        x = LM if x is None else x
        xs = [x]
        for w_ in widths:
            xs.append(xs[-1] + w_)
        y0 = self.y
        heights = []
        for r in rows:
            n = 1
            for j, v in enumerate(r):
                if v is None:
                    continue
                n = max(n, sum(len(self.wrap(part, widths[j] - 6, size, "G")) for part in str(v).split("\n")))
            heights.append(rh + (n - 1) * size * 1.25)
        ys = [y0]
        for hh in heights:
            ys.append(ys[-1] + hh)
        span = {}
        for (r, cc, rs, cs) in merges:
            span[(r, cc)] = (rs, cs)
        covered = set()
        for (r, cc), (rs, cs) in span.items():
            for i in range(r, r + rs):
                for j in range(cc, cc + cs):
                    if (i, j) != (r, cc):
                        covered.add((i, j))
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                if (i, j) in covered:
                    continue
                rs, cs = span.get((i, j), (1, 1))
                rect = fitz.Rect(xs[j], ys[i], xs[j + cs], ys[i + rs])
                fill = None
                if i < head and (rules != "none" or zebra):
                    fill = (0.85, 0.9, 0.87)
                elif zebra and (i - head) % 2 == 1:
                    fill = (0.94, 0.96, 0.95)
                if fills and (i, j) in fills:
                    fill = fills[(i, j)]
                if fill:
                    self.p.draw_rect(rect, color=None, fill=fill)
                if rules == "grid":
                    self.p.draw_rect(rect, color=(0.3, 0.3, 0.3), width=0.5)
                if v in (None, ""):
                    continue
                f = "G"
                parts = []
                for part in str(v).split("\n"):
                    parts += self.wrap(part, rect.width - 6, size, f)
                th = len(parts) * size * 1.25
                ty = rect.y0 + (rect.height - th) / 2 + size * 0.95 if vcenter else rect.y0 + size + 3
                a = (align[j] if align else ("r" if j > 0 else "l")) if i >= head else "c"
                for ln in parts:
                    wdt = self.width(ln, size, f)
                    tx = rect.x0 + 3 if a == "l" else (rect.x1 - 3 - wdt if a == "r" else (rect.x0 + rect.x1 - wdt) / 2)
                    self.text(ln, tx, ty, size, f)
                    ty += size * 1.25
        if rules == "hrules":
            self.p.draw_line((xs[0], ys[0]), (xs[-1], ys[0]), width=1)
            self.p.draw_line((xs[0], ys[head]), (xs[-1], ys[head]), width=0.7)
            self.p.draw_line((xs[0], ys[-1]), (xs[-1], ys[-1]), width=1)
        self.y = ys[-1] + 4
        return self


# ------------------------------------------------------------------ data (千円)
YEARS = [2019, 2020, 2021, 2022, 2023]
OUT = [  # 会計, debt, printed, 所管課, outstanding R1..R5 (千円)
    ("一般会計", "市税", "市税", "税務課", [402318, 381746, 356290, 331075, 312845]),
    ("一般会計", "保育所保育料", "保育料", "こども課", [9842, 9105, 8631, 7940, 7312]),
    ("一般会計", "市営住宅使用料", "住宅使用料", "都市計画課", [21460, 20874, 19935, 19210, 18402]),
    ("国民健康保険事業特別会計", "国民健康保険税", "国民健康保険税", "税務課", [204516, 196842, 184210, 175306, 168420]),
    ("介護保険事業特別会計", "介護保険料", "介護保険料", "高齢者福祉課", [18426, 17902, 17130, 16842, 16105]),
    ("後期高齢者医療事業特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", "市民課", [4210, 3984, 3760, 3615, 3482]),
    ("水道事業会計", "水道料金", "水道料金", "水道課", [28642, 27410, 26185, 25342, 24108]),
    ("下水道事業会計", "下水道使用料", "下水道使用料", "下水道課", [13002, 13056, 25059, 27890, 32516]),
]
TOT = [sum(r[4][i] for r in OUT) for i in range(5)]

# 推進シート series (千円)
SHEETS = [
    dict(no="①", name="市税", dept="税務課 収納係",
         act={2021: (98.92, 22.14), 2022: (99.01, 23.40), 2023: (99.12, 24.85)},
         est=(99.15, 26.00), tgt={2025: (99.20, 27.00), 2026: (99.25, 28.00), 2027: (99.30, 29.00)}),
    dict(no="②", name="国民健康保険税", dept="税務課 収納係",
         act={2021: (93.85, 20.21), 2022: (94.12, 21.03), 2023: (94.40, 21.96)},
         est=(94.60, 22.50), tgt={2025: (94.80, 23.00), 2026: (95.00, 23.50), 2027: (95.20, 24.00)}),
    dict(no="③", name="介護保険料", dept="高齢者福祉課 介護保険係",
         act={2021: (99.08, 15.42), 2022: (99.14, 16.25), 2023: (99.19, 17.08)},
         est=(99.22, 17.50), tgt={2025: (99.25, 18.00), 2026: (99.28, 18.50), 2027: (99.30, 19.00)}),
]
OUTD = {o[1]: dict(zip(YEARS, o[4])) for o in OUT}

INITS = {
    "市税": [("（１）現年分の徴収強化", [
        ("ア", "口座振替とスマートフォン決済の利用を、納税通知書の同封チラシと市ホームページで案内する。", "継続"),
        ("イ", "納期限後の未納者に、督促状発送の前に文書による早期の納付勧奨を行う。", "新規")]),
        ("（２）滞納整理の推進", [
        ("ア", "財産調査を早期に行い、預貯金・給与等の差押えを優先して執行する。", "継続"),
        ("イ", "長野県地方税滞納整理機構への移管を活用し、高額・困難案件の整理を進める。", "継続"),
        ("ウ", "執行停止の判断基準を明確にし、徴収の見込みのない案件を整理する。", "拡充")])],
    "国民健康保険税": [("（１）現年分の徴収強化", [
        ("ア", "加入手続の窓口で口座振替の申込みを受け付ける。", "拡充"),
        ("イ", "短期被保険者証の更新時に納付相談を行い、分納の履行を確認する。", "継続")]),
        ("（２）滞納整理の推進", [
        ("ア", "資格喪失者の未納分について、喪失後3か月以内に催告書を送付する。", "新規"),
        ("イ", "市税と一体で財産調査と滞納処分を行う。", "継続")])],
    "介護保険料": [("（１）現年分の徴収強化", [
        ("ア", "普通徴収の新規対象者に口座振替の勧奨通知を送付する。", "継続"),
        ("イ", "年金からの特別徴収への切替えを早期に行う。", "継続")]),
        ("（２）滞納整理の推進", [
        ("ア", "給付制限の事前通知により納付相談の機会を設ける。", "継続"),
        ("イ", "時効の到来前に財産調査を行い、処分の可否を判断する。", "拡充")])],
}


def cover(doc):
    pg = Pg(doc, num=False)
    pg.p.draw_rect(fitz.Rect(50, 200, W - 50, 420), color=(0.2, 0.4, 0.3), width=2)
    for s, y, size in (("茅野市債権管理計画", 290, 28), ("令和7年度～令和9年度", 340, 16),
                       ("（2025年度～2027年度）", 370, 13)):
        pg.text(s, (W - pg.width(s, size, "G")) / 2, y, size, "G")
    for s, y, size in (("令和7年3月", 640, 14), ("茅　野　市", 680, 16)):
        pg.text(s, (W - pg.width(s, size, "G")) / 2, y, size, "G")


def p2(doc):
    pg = Pg(doc)
    P = pg.no
    pg.text("目　　次", W / 2 - 30, 80, 15, "G")
    pg.y = 100
    toc = [("１　計画の趣旨", 2), ("２　債権の状況", 3), ("３　計画期間と目標", 4), ("４　債権ごとの推進シート", 5),
           ("　（１）市税", 5), ("　（２）国民健康保険税", 6), ("　（３）介護保険料", 7)]
    for s, n in toc:
        pg.text(s, LM + 30, pg.y + 11, 11, "M")
        dots = "・" * 18
        pg.text(dots, LM + 200, pg.y + 11, 11, "M")
        pg.text(str(n), RM - 50, pg.y + 11, 11, "M")
        pg.y += 21
    pg.y += 10
    pg.head("１　計画の趣旨")
    pg.para("市の債権は、市民サービスを支える貴重な財源であり、負担の公平性の観点からも適正な管理が求められる。"
            "本市はこれまで、平成29年度（2017年度）に策定した債権管理方針に基づき、全庁的な収納対策に取り組んできた。")
    pg.para("令和5年度決算における市の債権全体の収入未済額は約5億8,300万円で、前年度から約2,400万円減少した。"
            "また、市税の収納率（現年分と滞納繰越分の合計）は、H29の95.8％から令和5年度には97.6％まで上昇している。")
    pg.para("一方で、令和二年度以降は下水道使用料の収入未済額が増加しており、債権ごとの状況に応じた対応が必要である。"
            "このため、令和7年度から令和9年度までの3年間を計画期間とする本計画を定め、債権ごとの目標と取組を明らかにする。")
    F = g.fact
    F(P, None, None, 2023, "令和5年度", "total", "outstanding", "actual", 583000000, "yen", "約5億8,300万円", approx=True)
    F(P, None, None, 2023, "令和5年度", "total", "difference", "actual", -24000000, "yen", "約2,400万円", approx=True)
    F(P, "市税", "市税", 2017, "H29", "total", "collection_rate", "actual", 95.8, "percent", "95.8％")
    F(P, "市税", "市税", 2023, "令和5年度", "total", "collection_rate", "actual", 97.6, "percent", "97.6％")
    pg.y += 6
    pg.text("主要債権の収入未済額（令和5年度末）", LM, pg.y + 11, 10.5, "G")
    pg.text("単位：千円", RM - 60, pg.y + 11, 9, "M")
    pg.y += 20
    # table without any ruling lines (tab-aligned)
    rows = [["債権名", "収入未済額", "前年度末", "増減"]]
    for acct, name, short, dept, v in OUT[:5]:
        rows.append([short, c(v[4]), c(v[3]), c(v[4] - v[3])])
        F(P, name, short, 2023, "令和5年度末", "total", "outstanding", "actual", v[4] * 1000, "yen", c(v[4]))
        F(P, name, short, 2022, "前年度末", "total", "outstanding", "actual", v[3] * 1000, "yen", c(v[3]))
        F(P, name, short, 2023, "令和5年度末", "total", "difference", "actual", (v[4] - v[3]) * 1000, "yen", c(v[4] - v[3]))
    pg.table(rows, [130, 90, 90, 80], size=10, rules="none", rh=18, x=LM + 20)
    for i in range(len(rows)):
        pass
    return pg


def p3(doc):
    pg = Pg(doc)
    P = pg.no
    F = g.fact
    pg.head("２　債権の状況")
    pg.para("主な債権の収入未済額の推移は次のとおりである。令和5年度の合計は前年度より減少したが、下水道使用料は増加が続いている。")
    pg.text("表1　会計別・債権別の収入未済額の推移", LM, pg.y + 12, 10.5, "G")
    pg.text("（単位：千円、％）", RM - 80, pg.y + 12, 9, "M")
    pg.y += 18
    hdr = ["会計", "債権名", "所管課", "R1", "R2", "R3", "R4", "R5", "5年平均", "増減額\n(R5-R4)", "増減率"]
    rows = [hdr]
    merges = []
    start = 1
    prev = None
    for i, (acct, name, short, dept, v) in enumerate(OUT):
        avg = round(sum(v) / 5)
        dv = v[4] - v[3]
        pct = round(dv / v[3] * 100, 1)
        rows.append([acct if acct != prev else None, short, dept] + [c(x) for x in v] + [c(avg), c(dv), sgn(pct)])
        if acct != prev:
            n = sum(1 for o in OUT if o[0] == acct)
            if n > 1:
                merges.append((len(rows) - 1, 0, n, 1))
        prev = acct
        for k, y in enumerate(YEARS):
            F(P, name, short, y, f"R{y - 2018}", "total", "outstanding", "actual", v[k] * 1000, "yen", c(v[k]))
        F(P, name, short, None, "5年平均", "total", "outstanding", "actual", avg * 1000, "yen", c(avg))
        F(P, name, short, 2023, "R5-R4", "total", "difference", "actual", dv * 1000, "yen", c(dv))
    avg = round(sum(TOT) / 5)
    dv = TOT[4] - TOT[3]
    pct = round(dv / TOT[3] * 100, 1)
    rows.append(["合計", None, None] + [c(x) for x in TOT] + [c(avg), c(dv), sgn(pct)])
    merges.append((len(rows) - 1, 0, 1, 3))
    for k, y in enumerate(YEARS):
        F(P, None, "合計", y, f"R{y - 2018}", "total", "outstanding", "actual", TOT[k] * 1000, "yen", c(TOT[k]))
    F(P, None, "合計", None, "5年平均", "total", "outstanding", "actual", avg * 1000, "yen", c(avg))
    F(P, None, "合計", 2023, "R5-R4", "total", "difference", "actual", dv * 1000, "yen", c(dv))
    widths = [62, 62, 46, 40, 40, 40, 40, 40, 40, 42, 32]
    fills = {(len(rows) - 1, j): (0.93, 0.93, 0.93) for j in range(11)}
    pg.table(rows, widths, size=7.4, x=LM - 14, rh=18, merges=merges,
             align=["l", "l", "l"] + ["r"] * 8, rules="grid", fills=fills)
    pg.text("※5年平均は令和元年度から令和5年度までの単純平均。増減率は令和4年度に対する令和5年度の増減の割合。△は減少。",
            LM - 14, pg.y + 9, 7.5, "M")
    pg.y += 22
    # bar chart (百万円, one decimal)
    pg.text("図1　収入未済額（合計）の推移", LM, pg.y + 12, 10.5, "G")
    pg.text("（百万円）", LM, pg.y + 28, 8.5, "M")
    base = pg.y + 210
    x0 = LM + 40
    pg.p.draw_line((x0 - 10, base), (RM - 20, base), width=0.8)
    labs = ["令和元年度", "令和2年度", "令和3年度", "令和4年度", "令和5年度"]
    for k, v in enumerate(TOT):
        m = round(v / 1000, 1)
        hgt = m / 800 * 160
        x = x0 + k * 82
        pg.p.draw_rect(fitz.Rect(x, base - hgt, x + 44, base), color=None, fill=(0.35, 0.55, 0.45))
        s = f"{m:,.1f}"
        pg.text(s, x + 22 - pg.width(s, 9.5, "G") / 2, base - hgt - 5, 9.5, "G")
        pg.text(labs[k], x + 22 - pg.width(labs[k], 8.5) / 2, base + 13, 8.5)
        F(P, None, None, YEARS[k], labs[k], "total", "outstanding", "actual", round(m * 1_000_000), "yen", s)
    pg.y = base + 22
    pg.text("出典：茅野市歳入歳出決算書、水道事業会計決算書及び下水道事業会計決算書", LM, pg.y + 9, 8, "M")
    return pg


def p4(doc):
    pg = Pg(doc)
    P = pg.no
    F = g.fact
    pg.head("３　計画期間と目標")
    pg.para("計画期間は、令和7（2025）年度から令和9（2027）年度までの3年間とする。計画期間中は、毎年度の決算に基づき"
            "目標の達成状況を確認し、庁内の債権管理推進会議に報告する。")
    pg.para("目標は、主要3債権について現年分と滞納繰越分の収納率を定めるとともに、市の債権全体の収入未済額の目標額を定める。"
            "最終年度の令和9（2027）年度には、収入未済額を5億円以下とすることを目指す。")
    F(P, None, None, 2027, "令和9（2027）年度", "total", "outstanding", "target", 500000000, "yen", "5億円")
    pg.y += 4
    pg.text("表2　年度別の目標収納率及び収入未済額", LM, pg.y + 12, 10.5, "G")
    pg.text("（収納率：％、収入未済額：百万円）", RM - 160, pg.y + 12, 9, "M")
    pg.y += 18
    rows = [["年度", "区分", "市税", None, "国民健康保険税", None, "介護保険料", None, "収入未済額"],
            [None, None, "現年分", "滞納繰越分", "現年分", "滞納繰越分", "現年分", "滞納繰越分", "（全債権）"]]
    merges = [(0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 1, 2), (0, 4, 1, 2), (0, 6, 1, 2)]
    tot_out = {2023: round(TOT[4] / 1000, 1), 2024: 561.5, 2025: 545.0, 2026: 522.0, 2027: 500.0}
    yrows = [(2023, "令和5（2023）年度", "実績", "actual"), (2024, "令和6（2024）年度", "見込", "estimate"),
             (2025, "令和7（2025）年度", "目標", "target"), (2026, "令和8（2026）年度", "目標", "target"),
             (2027, "令和9（2027）年度", "目標", "target")]
    for y, lab, kb, basis in yrows:
        r = [lab, kb]
        for sh in SHEETS:
            if y == 2023:
                cur, arr = sh["act"][2023]
            elif y == 2024:
                cur, arr = sh["est"]
            else:
                cur, arr = sh["tgt"][y]
            r += [f"{cur:.2f}", f"{arr:.2f}"]
            F(P, sh["name"], sh["name"], y, lab, "current", "collection_rate", basis, cur, "percent", f"{cur:.2f}")
            F(P, sh["name"], sh["name"], y, lab, "arrears", "collection_rate", basis, arr, "percent", f"{arr:.2f}")
        r.append(f"{tot_out[y]:.1f}")
        F(P, None, "収入未済額（全債権）", y, lab, "total", "outstanding", basis, round(tot_out[y] * 1_000_000), "yen",
          f"{tot_out[y]:.1f}")
        rows.append(r)
    pg.table(rows, [92, 30, 48, 52, 48, 52, 48, 52, 58], size=8.2, x=LM - 8, rh=20, head=2, merges=merges,
             zebra=True, rules="none", align=["l", "c"] + ["r"] * 7)
    pg.text("※令和5（2023）年度は決算額、令和6（2024）年度は令和7年1月末時点の見込み。", LM - 8, pg.y + 9, 8, "M")
    pg.y += 24
    pg.para("目標の設定に当たっては、過去5年間の収納率の伸びと、県内19市の平均収納率を参考とした。"
            "市税の現年分は令和9年度に99.30％を目指す。")
    F(P, "市税", "市税", 2027, "令和9年度", "current", "collection_rate", "target", 99.30, "percent", "99.30％")
    return pg


def sheet(doc, sh):
    pg = Pg(doc)
    P = pg.no
    F = g.fact
    name = sh["name"]
    if sh["no"] == "①":
        pg.head("４　債権ごとの推進シート")
    pg.y += 4
    pg.text(f"推進シート{sh['no']}", LM, pg.y + 12, 12, "G")
    pg.y += 20
    pg.table([[f"債権名　{name}", f"所管課　{sh['dept']}"]], [240, RM - LM - 240], size=10.5, rh=22, head=0,
             align=["l", "l"], fills={(0, 0): (0.85, 0.9, 0.87)})
    o = OUTD[name]
    a = sh["act"]
    v3 = dict(out=o[2023], ar=a[2023][1])
    dv = o[2023] - o[2022]
    dr = round(a[2023][1] - a[2022][1], 2)
    pg.y += 6
    pg.text("■ 現状と課題", LM, pg.y + 11, 11, "G")
    pg.y += 16
    txt = (f"令和5年度末の収入未済額は{c(v3['out'])}千円で、前年度より{c(abs(dv))}千円{'減少' if dv < 0 else '増加'}した。"
           f"滞納繰越分の収納率は{v3['ar']:.2f}％で、前年度比{abs(dr):.2f}ポイント改善している。"
           "一方、分納中の案件が滞納繰越分の多くを占めており、履行管理の徹底と処分の見極めが課題である。")
    box_top = pg.y
    pg.y += 4
    pg.para(txt, size=10, x=LM + 6, maxw=RM - LM - 12, indent=1, lead=1.6)
    pg.p.draw_rect(fitz.Rect(LM, box_top, RM, pg.y + 4), color=(0.3, 0.3, 0.3), width=0.6)
    pg.y += 10
    F(P, name, name, 2023, "令和5年度", "total", "outstanding", "actual", v3["out"] * 1000, "yen", f"{c(v3['out'])}千円")
    F(P, name, name, 2023, "令和5年度", "total", "difference", "actual", dv * 1000, "yen", f"{c(abs(dv))}千円")
    F(P, name, name, 2023, "令和5年度", "arrears", "collection_rate", "actual", v3["ar"], "percent", f"{v3['ar']:.2f}％")
    F(P, name, name, 2023, "令和5年度", "arrears", "difference", "actual", dr, "points", f"{abs(dr):.2f}ポイント")
    pg.text("■ 実績と目標", LM, pg.y + 11, 11, "G")
    pg.text("（単位：千円、％）", RM - 80, pg.y + 11, 9, "M")
    pg.y += 16
    hdr = ["区分", "R3実績", "R4実績", "R5実績", "R6見込", "R7目標", "R8目標", "R9目標"]
    rows = [hdr]
    cols = [(2021, "actual", "R3実績"), (2022, "actual", "R4実績"), (2023, "actual", "R5実績"),
            (2024, "estimate", "R6見込"), (2025, "target", "R7目標"), (2026, "target", "R8目標"), (2027, "target", "R9目標")]
    rc, ra, ro = ["現年分 収納率"], ["滞納繰越分 収納率"], ["収入未済額"]
    for y, basis, lab in cols:
        if basis == "actual":
            (cur, arr), out = a[y], o[y]
        elif basis == "estimate":
            cur, arr = sh["est"]
            out = round(v3["out"] * 0.96)
        else:
            cur, arr = sh["tgt"][y]
            out = round(v3["out"] * (0.96 - 0.03 * (y - 2024)))
        cur_s = f"{cur:.2f}" + ("※" if y == 2023 else "")
        rc.append(cur_s)
        ra.append(f"{arr:.2f}")
        ro.append(c(out))
        F(P, name, name, y, lab, "current", "collection_rate", basis, cur, "percent", f"{cur:.2f}")
        F(P, name, name, y, lab, "arrears", "collection_rate", basis, arr, "percent", f"{arr:.2f}")
        F(P, name, name, y, lab, "total", "outstanding", basis, out * 1000, "yen", c(out))
    rows += [rc, ra, ro]
    pg.table(rows, [100] + [(RM - LM - 100) / 7] * 7, size=8.6, rh=20, align=["l"] + ["r"] * 7)
    pg.text("※令和5年度の現年分収納率は、過誤納還付後の調定額による。", LM, pg.y + 9, 8, "M")
    pg.y += 20
    pg.text("■ 取組方針と具体的な取組", LM, pg.y + 11, 11, "G")
    pg.y += 18
    for title, items in INITS[name]:
        pg.text(title, LM + 8, pg.y + 10.5, 10.5, "G")
        pg.y += 18
        for k, (lab, t, st) in enumerate(items):
            line = f"{lab}　{t}"
            if k % 2 == 0:
                pg.para(line + f"【{st}】", size=10, x=LM + 22, indent=0, lead=1.6)
            else:  # tag alone on the next line
                pg.para(line, size=10, x=LM + 22, indent=0, lead=1.6)
                pg.para(f"【{st}】", size=10, x=RM - 50, indent=0, lead=1.6)
            g.init(P, name, 2025, "取組方針と具体的な取組" + title, f"{title[:3]}{lab}", t, st)
            if lab == "ア" and title.startswith("（２）") and name == "市税":
                pg.para("(ｱ)　預貯金調査は金融機関への電子照会を原則とする。", size=9.5, x=LM + 36, indent=0, lead=1.6)
                pg.para("(ｲ)　給与差押えは勤務先調査の完了後速やかに行う。", size=9.5, x=LM + 36, indent=0, lead=1.6)
        pg.y += 4
    return pg


def main():
    doc = fitz.open()
    cover(doc)
    p2(doc)
    p3(doc)
    p4(doc)
    for sh in SHEETS:
        sheet(doc, sh)
    doc.subset_fonts()
    out = PDF_DIR / f"{STEM}.pdf"
    doc.save(out, garbage=4, deflate=True)
    doc.close()
    g.write(out)


if __name__ == "__main__":
    main()
