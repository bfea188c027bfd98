"""一宮市 債権管理重点計画 — PyMuPDF direct drawing."""
import os
import pymupdf as fitz
from b_common import Gold, ROOT, commas, rate

STEM = "b_ichinomiya_plan_5"
g = Gold(STEM, "plan", "一宮市", "一宮市債権管理重点計画（令和７年度～令和９年度）", "2025-03-01", "令和7年3月")
FM = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"; FG = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
fm, fg = fitz.Font(fontfile=FM), fitz.Font(fontfile=FG)
doc = fitz.open()
W, H = fitz.paper_size("a4")
LM, RM = 56, W - 56


class Pg:
    def __init__(self):
        self.p = doc.new_page(width=W, height=H); self.y = 70
        n = len(doc)
        self.t(LM, 40, "一宮市債権管理重点計画", 8, "g")
        self.t(W / 2 - 10, H - 30, f"－{n}－", 9)

    def t(self, x, y, s, size=10, f="m", right=False):
        font, name, path = (fg, "ipg", FG) if f == "g" else (fm, "ipm", FM)
        if right:
            x = x - font.text_length(s, size)
        self.p.insert_text((x, y), s, fontname=name, fontfile=path, fontsize=size)

    def para(self, s, size=10, f="m", indent=0, width=None):
        width = width or (RM - LM - indent)
        line = ""
        font = fg if f == "g" else fm
        for ch in s:
            if font.text_length(line + ch, size) > width:
                self.t(LM + indent, self.y, line, size, f); self.y += size * 1.7; line = ""
            line += ch
        if line:
            self.t(LM + indent, self.y, line, size, f); self.y += size * 1.7

    def hline(self, x0, x1, y, w=0.6):
        self.p.draw_line((x0, y), (x1, y), width=w)


# ---------------- data
acc = [
    ("一般会計", [("市税", "市税", 52310455, 51402118, 98110, [("うち個人市民税", 22104336, 21660271, 51230), ("うち固定資産税", 21450880, 21147112, 30112)]),
                  ("保育所保育料", "分担金及び負担金", 1204556, 1188470, 2011, []),
                  ("市営住宅使用料", "使用料及び手数料", 1188204, 1150388, 3870, []),
                  ("生活保護費返還金", "諸収入", 412077, 201864, 15443, [])]),
    ("国民健康保険事業特別会計", [("国民健康保険税", "国民健康保険税", 8012455, 7210332, 110877, [])]),
    ("介護保険特別会計", [("介護保険料", "保険料", 7810224, 7722031, 18765, [])]),
    ("後期高齢者医療特別会計", [("後期高齢者医療保険料", "後期高齢者医療保険料", 5102338, 5081127, 3301, [])]),
    ("下水道事業会計", [("下水道使用料", "営業収益", 6305117, 6277880, 2204, [])]),
]
FY, FYR = 2023, "令和５年度"
tot = [0, 0, 0, 0]
rows = []  # (kind, label cols..., a,c,w,o, debt, debt_raw)
for an, items in acc:
    sub = [0, 0, 0, 0]
    for i, (nm, kan, a, c, w, uchi) in enumerate(items):
        o = a - c - w
        rows.append(("debt", an if i == 0 else "", kan, nm, a, c, w, o, nm, nm))
        for un, ua, uc, uw in uchi:
            rows.append(("uchi", "", "", un, ua, uc, uw, ua - uc - uw, un.replace("うち", ""), un))
        for k, v in enumerate((a, c, w, o)):
            sub[k] += v
    rows.append(("sub", "", "", "小計", *sub, None, f"{an} 小計"))
    for k in range(4):
        tot[k] += sub[k]
rows.append(("tot", "合計", "", "", *tot, None, "合計"))
tot_rate = rate(tot[1], tot[0], 1)
oku = round(tot[3] * 1000, -6)
def okuman(v):
    return f"{v // 100000000}億{(v % 100000000) // 10000:,}万円"

# ---------------- page 1
p = Pg()
p.t(W / 2 - fg.text_length("一宮市債権管理重点計画", 17) / 2, 110, "一宮市債権管理重点計画", 17, "g")
p.t(W / 2 - fm.text_length("（令和７年度～令和９年度）", 12) / 2, 134, "（令和７年度～令和９年度）", 12)
p.t(RM, 160, "令和7年3月　一宮市 財務部 納税課", 10, right=True)
p.y = 200
p.para("１　計画策定の背景", 12, "g")
p.para("本市の債権は、市税や国民健康保険税などの強制徴収公債権から、市営住宅使用料等の私債権まで多岐にわたる。"
       f"令和５年度決算において、全会計の収入未済額は{g.f('約' + okuman(oku), None, FY, FYR, 'total', 'outstanding', 'actual', oku, 'yen', True)}"
       f"、収納率は{g.f(f'{tot_rate:.1f}％', None, FY, FYR, 'total', 'collection_rate', 'actual', tot_rate, 'percent')}となった。"
       "このうち国民健康保険税の収入未済額は"
       f"{g.f('約' + okuman(round((8012455 - 7210332 - 110877) * 1000, -6)), '国民健康保険税', FY, FYR, 'total', 'outstanding', 'actual', round((8012455 - 7210332 - 110877) * 1000, -6), 'yen', True)}"
       "で、全体の約４割を占めている。", indent=10)
p.y += 6
p.para("２　会計別・債権別の収入未済額（令和５年度決算）", 12, "g")
cols = [LM, LM + 92, LM + 170, LM + 270, RM - 165, RM - 110, RM - 55, RM]   # left edges ; numbers right-aligned at next edge
heads = ["会計", "款", "債権名", "調定額", "収入済額", "不納欠損額", "収入未済額"]


def header(pg):
    pg.t(RM, pg.y, "（単位：千円）", 8.5, right=True); pg.y += 8
    pg.hline(LM, RM, pg.y, 1.0); pg.y += 13
    for i, h in enumerate(heads):
        if i < 3:
            pg.t(cols[i] + 2, pg.y, h, 8.5, "g")
        else:
            pg.t(cols[i + 1] - 2, pg.y, h, 8.5, "g", right=True)
    pg.y += 5; pg.hline(LM, RM, pg.y, 0.6); pg.y += 13


header(p)
split_at = 8  # rows printed on page 1, the rest continue on page 2 without the header
for idx, r in enumerate(rows):
    if idx == split_at:
        p.hline(LM, RM, p.y - 9, 0.6)
        p = Pg(); p.y = 80; p.hline(LM, RM, p.y - 9, 0.6)
    kind, an, kan, nm, a, c, w, o, debt, draw = r
    if an: p.t(cols[0] + 2, p.y, an, 8 if len(an) < 8 else 6.5, "g" if kind == "tot" else "m")
    if kan: p.t(cols[1] + 2, p.y, kan, 7.5)
    indent = 10 if kind == "uchi" else 0
    p.t(cols[2] + 2 + indent, p.y, nm, 8.5, "g" if kind in ("sub", "tot") else "m")
    for k, (m, v) in enumerate([("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o)]):
        s = commas(v)
        p.t(cols[k + 4] - 2, p.y, s, 8.5, right=True)
        g.f(s, debt, FY, FYR, "total", m, "actual", v * 1000, "yen", debt_raw=draw)
    p.y += 6
    if kind in ("sub", "tot"):
        p.hline(LM, RM, p.y, 0.8 if kind == "tot" else 0.4)
    p.y += 12
p.t(LM, p.y + 2, "注１ 収入未済額＝調定額－収入済額－不納欠損額（還付未済額を含まない。）", 8); p.y += 14
p.t(LM, p.y + 2, "注２ 下水道事業会計は税抜きの金額である。", 8); p.y += 30

# ---------------- rates: two halves side by side
p.para("３　債権別収納率の推移（単位：％）", 12, "g")
debt_ac = {}
for r in rows:
    if r[0] == "debt":
        debt_ac[r[3]] = (r[4], r[5])
hist = {"市税": (97.84, 98.02), "保育所保育料": (98.41, 98.55), "市営住宅使用料": (96.12, 96.48), "生活保護費返還金": (46.3, 47.9),
        "国民健康保険税": (88.12, 89.03), "介護保険料": (98.66, 98.77), "後期高齢者医療保険料": (99.41, 99.53), "下水道使用料": (99.47, 99.52)}
names = list(hist)
p.y += 4
top = p.y
for half, xs in enumerate([(LM, LM + 95, LM + 140, LM + 185, LM + 230), (W / 2 + 8, W / 2 + 103, W / 2 + 148, W / 2 + 193, W / 2 + 238)]):
    y = top
    p.p.draw_rect(fitz.Rect(xs[0], y - 12, xs[4] + 4, y + 4), width=0.5)
    p.t(xs[0] + 3, y, "債権名", 8.5, "g")
    for j, h in enumerate(["R3", "R4", "R5"]):
        p.t(xs[j + 2], y, h, 8.5, "g", right=True)
    y += 17
    for nm in names[half * 4:(half + 1) * 4]:
        a, c = debt_ac[nm]
        nd = 1 if nm == "生活保護費返還金" else 2
        vals = list(hist[nm]) + [rate(c, a, nd)]
        p.t(xs[0] + 3, y, nm, 8 if len(nm) < 9 else 7)
        for j, v in enumerate(vals):
            s = f"{v:.{nd}f}"
            p.t(xs[j + 2], y, s, 8.5, right=True)
            g.f(s, nm, 2021 + j, f"R{3 + j}", "total", "collection_rate", "actual", v, "percent")
        p.p.draw_rect(fitz.Rect(xs[0], y - 12, xs[4] + 4, y + 4), width=0.5)
        y += 16
p.y = top + 16 * 5 + 20

# ---------------- focus debts
p = Pg(); p.y = 80
p.para("４　重点債権の目標と取組", 12, "g")
focus = [
    ("国民健康保険税", (90.10, 25.4), [(90.60, 26.5), (91.00, 27.5), (91.40, 28.5)],
     [("口座振替原則化の周知を国保加入手続時に徹底する。", "継続"),
      ("滞納繰越分の高額滞納者は納税課へ移管し、滞納処分を一元的に行う。", "拡充"),
      ("コールセンターによる現年度分の早期催告を年４回に増やす。", "拡充")]),
    ("市営住宅使用料", (98.75, 22.1), [(98.90, 24.0), (99.00, 26.0), (99.10, 28.0)],
     [("滞納３か月の入居者に連帯保証人への通知を行い、分納相談を促す。", "継続"),
      ("退去滞納者の債権は弁護士への回収委託を試行する。", "新規")]),
]
for n, (nm, act, tg, tori) in enumerate(focus, 1):
    p.para(f"（{n}）{nm}", 11, "g")
    p.t(LM + 10, p.y, "【目標】", 9.5, "g"); p.y += 16
    xs = [LM + 20, LM + 150, LM + 215, LM + 280, LM + 345]
    p.t(xs[1], p.y, "決算", 9, "g", right=True); p.t(xs[3] - 30, p.y, "目標", 9, "g"); p.y += 14
    for j, h in enumerate(["R5", "R7", "R8", "R9"]):
        p.t(xs[j + 1], p.y, h, 9, "g", right=True)
    p.y += 15
    for seg, lab, nd, k in [("current", "現年分収納率", 2, 0), ("arrears", "滞納繰越分収納率", 1, 1)]:
        p.t(xs[0], p.y, lab, 9)
        s = f"{act[k]:.{nd}f}％"; p.t(xs[1], p.y, s, 9, right=True)
        g.f(s, nm, 2023, "R5", seg, "collection_rate", "actual", act[k], "percent")
        for j in range(3):
            v = tg[j][k]; s = f"{v:.{nd}f}％"; p.t(xs[j + 2], p.y, s, 9, right=True)
            g.f(s, nm, 2025 + j, f"R{7 + j}", seg, "collection_rate", "target", v, "percent")
        p.y += 15
    p.y += 4
    p.t(LM + 10, p.y, "【主な取組】", 9.5, "g"); p.y += 16
    for txt, stt in tori:
        g.it(nm, 2025, "主な取組", "・", txt, stt)
        p.para(f"・{txt}【{stt}】", 9.5, indent=20)
    p.y += 12
p.para("５　計画の進行管理", 12, "g")
p.para("各債権の所管課は、毎年度の決算確定後に目標の達成状況を債権管理推進会議へ報告し、翌年度の取組に反映させる。", indent=10)

pdfpath = ROOT / "pdf" / f"{STEM}.pdf"
doc.subset_fonts(); doc.save(str(pdfpath), garbage=4, deflate=True); doc.close()
g.finalize(pdfpath)
