"""美川原市債権管理計画（令和７年度～令和11年度）推進シート — python-docx → LibreOffice."""
from docx.shared import Pt

from i_common import Gold, OUT, PDF_DIR, to_pdf, write_gold, comma, tri, zen
from i_docx_util import new_doc, header_footer, para, page_break, table, merge, set_borders

STEM = "i_mikawara_plan_1"
g = Gold()

YEARS = [(2019, "令和元年度"), (2020, "２年度"), (2021, "３年度"), (2022, "４年度"), (2023, "５年度")]


def series(a0, step, rates, wo_rate):
    out = []
    for k, (fy, lab) in enumerate(YEARS):
        a = a0 + step * k
        c = int(round(a * rates[k] / 100))
        w = int(round(a * wo_rate[k] / 100))
        o = a - c - w
        out.append((fy, lab, a, c, w, o, round(c / a * 100 + 1e-12, 2)))
    return out


SHEETS = [
    dict(name="市税", ka="納税課", kind="強制徴収公債権",
         cur=series(21_384_512_300, 186_204_100, [98.71, 98.84, 98.96, 99.05, 99.12], [0.02, 0.02, 0.01, 0.01, 0.01]),
         arr=series(1_402_618_455, -96_418_220, [24.62, 26.10, 27.85, 29.02, 30.41], [6.10, 5.84, 5.31, 4.96, 4.52]),
         goal=[(99.15, 31.00, 1_180_000_000), (99.18, 31.60, 1_120_000_000), (99.20, 32.20, 1_065_000_000),
               (99.22, 32.80, 1_010_000_000), (99.25, 33.40, 960_000_000)],
         items=[("①", "現年課税分の未納者に対し、納期限後20日以内に文書・電話・ＳＭＳで催告する。", "継続"),
                ("②", "滞納繰越分は財産調査を早期に行い、換価の見込める財産を差し押さえる。", "継続"),
                ("③", "個人住民税の特別徴収義務者の指定を拡大する。", "拡充"),
                ("④", "納付書へ地方税統一ＱＲコードを印字し、キャッシュレス納付を広げる。", "新規")]),
    dict(name="国民健康保険税", ka="保険年金課", kind="強制徴収公債権",
         cur=series(4_826_410_900, -61_204_800, [93.02, 93.48, 94.10, 94.52, 94.91], [0.12, 0.10, 0.09, 0.08, 0.07]),
         arr=series(1_286_305_140, -72_811_600, [18.44, 19.62, 20.95, 22.08, 23.40], [9.85, 9.12, 8.70, 8.05, 7.62]),
         goal=[(95.10, 24.20, 1_020_000_000), (95.30, 25.00, 965_000_000), (95.50, 25.80, 915_000_000),
               (95.70, 26.60, 870_000_000), (95.90, 27.40, 830_000_000)],
         items=[("①", "資格取得の届出時に口座振替の登録を原則とし、窓口で受け付ける。", "継続"),
                ("②", "分納誓約の不履行者を毎月抽出し、翌月中に催告する。", "継続"),
                ("③", "資格喪失者の滞納分は納税課へ引き継ぎ、市税と一体で滞納整理を行う。", "新規")]),
    dict(name="保育所保育料", ka="こども保育課", kind="強制徴収公債権",
         cur=series(612_408_200, -8_120_400, [98.20, 98.35, 98.61, 98.74, 98.90], [0.00, 0.00, 0.00, 0.00, 0.00]),
         arr=series(48_216_350, -2_418_900, [21.40, 23.15, 25.06, 26.72, 28.15], [4.20, 3.96, 3.48, 3.12, 2.85]),
         goal=[(99.00, 29.00, 36_500_000), (99.05, 30.00, 34_000_000), (99.10, 31.00, 31_800_000),
               (99.15, 32.00, 29_700_000), (99.20, 33.00, 27_800_000)],
         items=[("①", "保育所での手渡しによる督促状・催告書の交付を続ける。", "継続"),
                ("②", "児童手当からの特別徴収について、申出による充当を勧奨する。", "拡充"),
                ("③", "卒園児の滞納分は年２回の一斉催告と財産調査を行う。", "継続")]),
]
GOAL_YEARS = [(2025, "R7"), (2026, "R8"), (2027, "R9"), (2028, "R10"), (2029, "R11")]

d = new_doc()
header_footer(d, "美川原市債権管理計画", ("", ""))

# ------------------------------------------------------------ page 1
para(d, "美川原市債権管理計画", bold=True, size=18, align="center")
para(d, "（令和７年度～令和11年度）", size=12, align="center")
para(d, "令和７年３月　美川原市総務部債権管理課", size=10, align="right")
para(d, "")
para(d, "１　計画の趣旨", bold=True)
para(d, "　本市は、平成28年に美川原市債権管理条例を制定し、市の債権の適正な管理に取り組んできた。"
        "令和５年度決算における主要債権の収入未済額は、令和４年度から減少したものの、依然として多額であることから、"
        "令和７年度から５か年の計画を定め、債権ごとの目標と取組を「債権管理推進シート」により管理する。", first_mm=0)
para(d, "")
para(d, "２　主要債権の収入未済額", bold=True)
para(d, "（単位：千円）", size=9, align="right")
rows = [["債権名", "令和４年度", "５年度", "増減"]]
tot4 = tot5 = 0
for s in SHEETS:
    o4 = s["cur"][3][5] + s["arr"][3][5]
    o5 = s["cur"][4][5] + s["arr"][4][5]
    k4, k5 = round(o4 / 1000), round(o5 / 1000)
    tot4 += k4; tot5 += k5
    rows.append([s["name"], comma(k4), comma(k5), tri(k5 - k4)])
    g.f(s["name"], 2022, "令和４年度", "total", "outstanding", "actual", k4 * 1000, "yen", comma(k4), 1)
    g.f(s["name"], 2023, "５年度", "total", "outstanding", "actual", k5 * 1000, "yen", comma(k5), 1)
rows.append(["合計", comma(tot4), comma(tot5), tri(tot5 - tot4)])
g.f(None, 2022, "令和４年度", "total", "outstanding", "actual", tot4 * 1000, "yen", comma(tot4), 1, debt_raw="合計")
g.f(None, 2023, "５年度", "total", "outstanding", "actual", tot5 * 1000, "yen", comma(tot5), 1, debt_raw="合計")
table(d, rows, widths_mm=[50, 35, 35, 30], align_right_from=1, header_rows=1)
para(d, "※ 千円未満を四捨五入しているため、内訳と合計が一致しない場合がある。", size=8.5)
para(d, "")
para(d, "３　計画の進め方", bold=True)
para(d, "　各債権所管課は、毎年度、推進シートにより前年度の取組を検証し、目標の達成状況を債権管理推進本部へ報告する。"
        "本部は、達成が困難な債権について、取組の見直しを求める。", first_mm=0)


def hist_table(rows_data, header=True, segname=""):
    rows = []
    if header:
        rows.append(["区分", "年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収入率"])
    for fy, lab, a, c, w, o, r in rows_data:
        rows.append(["", lab, comma(a), comma(c), comma(w), comma(o), f"{r:.2f}%"])
    t = table(d, rows, widths_mm=[10, 22, 30, 30, 24, 28, 18], size=8.5, align_right_from=2,
              header_rows=1 if header else 0)
    h = 1 if header else 0
    merge(t, h, 0, h + len(rows_data) - 1, 0, "\n".join(segname), size=9)
    return t


def hist_facts(name, seg, data, page):
    for fy, lab, a, c, w, o, r in data:
        g.f(name, fy, lab, seg, "assessed", "actual", a, "yen", comma(a), page)
        g.f(name, fy, lab, seg, "collected", "actual", c, "yen", comma(c), page)
        g.f(name, fy, lab, seg, "written_off", "actual", w, "yen", comma(w), page)
        g.f(name, fy, lab, seg, "outstanding", "actual", o, "yen", comma(o), page)
        g.f(name, fy, lab, seg, "collection_rate", "actual", r, "percent", f"{r:.2f}%", page)


def goal_part(s, page):
    para(d, "（２）目標", bold=True)
    rows = [["項目"] + [lab for _, lab in GOAL_YEARS]]
    rows.append(["現年分　収入率"] + [f"{x[0]:.2f}" for x in s["goal"]])
    rows.append(["過年度分　収入率"] + [f"{x[1]:.2f}" for x in s["goal"]])
    rows.append(["収入未済額（円）"] + [comma(x[2]) for x in s["goal"]])
    table(d, rows, widths_mm=[36, 27, 27, 27, 27, 27], size=8.5, align_right_from=1, header_rows=1)
    para(d, "※ 収入率の単位は％。目標値は各年度の計画値である。", size=8)
    for (fy, lab), (gc, ga, go) in zip(GOAL_YEARS, s["goal"]):
        g.f(s["name"], fy, lab, "current", "collection_rate", "target", gc, "percent", f"{gc:.2f}", page)
        g.f(s["name"], fy, lab, "arrears", "collection_rate", "target", ga, "percent", f"{ga:.2f}", page)
        g.f(s["name"], fy, lab, "total", "outstanding", "target", go, "yen", comma(go), page)
    para(d, "")
    para(d, "（３）目標達成に向けた取組", bold=True)
    text = "\n".join(f"{lab}{t}\n【{st}】" for lab, t, st in s["items"])
    t = table(d, [[text]], widths_mm=[165], size=9)
    for lab, tx, st in s["items"]:
        g.i(s["name"], 2025, "目標達成に向けた取組", lab, tx, st, page)


def sheet_head(k, s):
    para(d, "債権管理推進シート", bold=True, size=13, align="center")
    para(d, f"４－{k}　債権ごとの取組（{s['name']}）", bold=True, size=11)
    para(d, f"所管課：{s['ka']}　　債権の種類：{s['kind']}", size=9.5)
    para(d, "")
    para(d, "（１）収納状況の推移", bold=True)
    para(d, "（単位：円）", size=8.5, align="right")


# ------------------------------------------------------------ page 2: 市税
page_break(d)
s = SHEETS[0]
sheet_head(1, s)
hist_table(s["cur"], True, "現年分")
hist_table(s["arr"], False, "過年度分")
hist_facts(s["name"], "current", s["cur"], 2)
hist_facts(s["name"], "arrears", s["arr"], 2)
para(d, "")
goal_part(s, 2)

# ------------------------------------------------------------ page 3-4: 国保 (table continues without header)
page_break(d)
s = SHEETS[1]
sheet_head(2, s)
hist_table(s["cur"], True, "現年分")
hist_facts(s["name"], "current", s["cur"], 3)
para(d, "")
para(d, "　現年分の収入率は５年連続で上昇した。被保険者の減少により調定額は縮小している。", size=9.5)
page_break(d)
hist_table(s["arr"], False, "過年度分")
hist_facts(s["name"], "arrears", s["arr"], 4)
para(d, "")
goal_part(s, 4)

# ------------------------------------------------------------ page 5: 保育料
page_break(d)
s = SHEETS[2]
sheet_head(3, s)
hist_table(s["cur"], True, "現年分")
hist_table(s["arr"], False, "過年度分")
hist_facts(s["name"], "current", s["cur"], 5)
hist_facts(s["name"], "arrears", s["arr"], 5)
para(d, "")
goal_part(s, 5)

docx = OUT / f"{STEM}.docx"
OUT.mkdir(exist_ok=True)
d.save(docx)
to_pdf(docx, PDF_DIR / f"{STEM}.pdf", "i_mikawara")
ok = write_gold(STEM, "plan", "美川原市", "美川原市債権管理計画（令和７年度～令和11年度）", "2025-03-01", "令和７年３月", g)
print("OK" if ok else "FAIL")
