"""南さつま市債権管理重点プラン — PyMuPDF direct drawing (two-column text, charts, 会計・款・債権 table,
A3 landscape 一覧表, a page turned by /Rotate)."""
import random
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import pymupdf
from o_common import Gold, PDF, c, rate
from o_draw import Pg, finish

STEM = "o_minamisatsuma_plan_1"
CITY = "南さつま市"
TITLE = "南さつま市債権管理重点プラン（令和6～7年度）"
g = Gold(STEM, "plan", CITY, TITLE, "2024-04-01", "令和6年4月")
A4 = (595.28, 841.89)
A3L = (1190.55, 841.89)
WY = {2018: "H30", 2019: "R1", 2020: "R2", 2021: "R3", 2022: "R4"}
WK = {2020: "令和2年度", 2021: "令和3年度", 2022: "令和4年度"}

# (会計, 款, 債権名, 所管課, 区分, R4 収入未済額 円)
ROWS = [
    ("一般会計", "市税", "市税", "税務課", "強制徴収公債権", None),
    ("一般会計", "分担金及び負担金", "保育所保育料", "こども福祉課", "強制徴収公債権", 8_412_350),
    ("一般会計", "分担金及び負担金", "老人ホーム入所者負担金", "長寿介護課", "非強制徴収公債権", 1_204_800),
    ("一般会計", "使用料及び手数料", "市営住宅使用料", "建設課", "私債権", 38_906_200),
    ("一般会計", "使用料及び手数料", "市営住宅駐車場使用料", "建設課", "私債権", 512_000),
    ("一般会計", "使用料及び手数料", "行政財産使用料", "財産管理課", "非強制徴収公債権", 230_400),
    ("一般会計", "使用料及び手数料", "一般廃棄物処理手数料", "市民生活課", "非強制徴収公債権", 88_560),
    ("一般会計", "使用料及び手数料", "農業集落排水施設使用料", "上下水道課", "強制徴収公債権", 1_044_300),
    ("一般会計", "諸収入", "生活保護費返還金", "福祉課", "非強制徴収公債権", 61_803_229),
    ("一般会計", "諸収入", "生活保護費徴収金", "福祉課", "強制徴収公債権", 12_770_100),
    ("一般会計", "諸収入", "住宅新築資金等貸付金元利収入", "人権啓発課", "私債権", 96_204_512),
    ("一般会計", "諸収入", "奨学資金貸付金返還金", "教育総務課", "私債権", 9_031_000),
    ("一般会計", "諸収入", "学校給食費", "学校教育課", "私債権", 3_215_640),
    ("一般会計", "諸収入", "児童扶養手当返還金", "こども福祉課", "非強制徴収公債権", 2_108_900),
    ("一般会計", "諸収入", "災害援護資金貸付金", "福祉課", "私債権", 4_500_000),
    ("国民健康保険特別会計", "国民健康保険税", "国民健康保険税", "税務課", "強制徴収公債権", 96_822_015),
    ("国民健康保険特別会計", "諸収入", "国民健康保険返納金", "保険課", "非強制徴収公債権", 1_802_330),
    ("介護保険特別会計", "保険料", "介護保険料", "長寿介護課", "強制徴収公債権", 18_406_700),
    ("介護保険特別会計", "諸収入", "介護給付費返還金", "長寿介護課", "非強制徴収公債権", 620_000),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", "保険課", "強制徴収公債権", 3_912_600),
    ("水道事業会計", "営業収益", "水道料金", "上下水道課", "私債権", 41_207_884),
    ("水道事業会計", "営業外収益", "給水装置工事負担金", "上下水道課", "私債権", 95_000),
]
ZEI = [("個人市民税", 31_203_511), ("法人市民税", 1_120_400), ("固定資産税", 44_337_862), ("軽自動車税", 2_046_300)]
ZEI_T = sum(v for _, v in ZEI)
KAIKEI = ["一般会計", "国民健康保険特別会計", "介護保険特別会計", "後期高齢者医療特別会計", "水道事業会計"]


def r4(name):
    for r in ROWS:
        if r[2] == name:
            return ZEI_T if name == "市税" else r[5]


def kaikei_total(k):
    return sum(r4(r[2]) for r in ROWS if r[0] == k)


# 会計別 (千円, 切捨て) R2, R3, R4
KT = {k: [0, 0, kaikei_total(k) // 1000] for k in KAIKEI}
GROW = {"一般会計": (1.118, 1.061), "国民健康保険特別会計": (1.092, 1.037), "介護保険特別会計": (1.071, 1.020),
        "後期高齢者医療特別会計": (1.154, 1.050), "水道事業会計": (1.046, 1.012)}
for k in KAIKEI:
    KT[k][1] = round(KT[k][2] * GROW[k][1])
    KT[k][0] = round(KT[k][2] * GROW[k][0])
TOT = [sum(KT[k][i] for k in KAIKEI) for i in range(3)]
OUT5 = [round(TOT[0] * 1.074), round(TOT[0] * 1.031)] + TOT  # H30, R1 (千円)
RATE5 = [93.1, 93.5, None, None, None]


def oku_man(v_thousand, approx=True):
    man_ = round(v_thousand / 1000) * 100  # 万円 rounded to 100万円
    o, m = divmod(man_, 10000)
    s = f"約{o}億{m:,}万円" if o else f"約{m:,}万円"
    return s, man_ * 10000


DATA = {}


def gen_data(rnd):
    years = (2020, 2021, 2022)
    data = DATA
    BASE = {"強制徴収公債権": 0.955, "非強制徴収公債権": 0.55, "私債権": 0.80}
    SPEC = {"市税": (0.969, 0.972, 0.976), "国民健康保険税": (0.878, 0.884, 0.892), "介護保険料": (0.985, 0.986, 0.988),
            "後期高齢者医療保険料": (0.994, 0.995, 0.995), "水道料金": (0.962, 0.965, 0.968)}
    for r in ROWS:
        name = r[2]
        out4 = r4(name) // 1000
        b0 = BASE[r[4]] + rnd.uniform(-0.04, 0.04)
        rs = SPEC.get(name, (b0 - 0.006, b0 - 0.003, b0))
        vals = []
        for i, y in enumerate(years):
            out = round(out4 * (1.0 + 0.05 * (2 - i)))
            wo = round(out * 0.02)
            ass = round((out + wo) / (1 - rs[i]))
            col = ass - out - wo
            vals.append((ass, col))
        data[name] = vals
    a, b = data["市税"][2]
    assert rate(b, a, 1) == 97.6, rate(b, a, 1)
    a, b = data["市税"][1]
    assert rate(b, a, 1) == 97.2, rate(b, a, 1)
    for i in range(3):
        a = sum(data[r[2]][i][0] for r in ROWS)
        b = sum(data[r[2]][i][1] for r in ROWS)
        RATE5[2 + i] = rate(b, a, 1)


def page1(doc):
    p = doc.new_page(width=A4[0], height=A4[1])
    P = Pg(p)
    P.text(420, 28, "南さつま市債権管理重点プラン", size=8, font="M")
    P.box((40, 50, 555, 110), TITLE, size=18, align=1, font="M", border=False, valign="middle")
    P.text(268, 122, "令和6年4月", size=10, font="M")
    P.line((40, 132), (555, 132), width=1.2)
    left = ("１　プラン策定の趣旨\n"
            "　本市では、市税をはじめとする各種債権の収入未済額の縮減に向け、令和元年度から債権管理の全庁的な取組を"
            "進めてきた。しかしながら、人口減少と高齢化が進む中で自主財源の確保は一層重要となっており、"
            "市民負担の公平性を確保する観点からも、適正な債権管理を継続する必要がある。\n"
            "　このため、令和6年度から令和7年度までの2か年を期間とする重点プランを定め、債権ごとの数値目標と"
            "具体的な取組を明らかにする。\n\n"
            "２　プランの期間\n"
            "　令和6年度～令和7年度（2か年）\n\n"
            "３　基本方針\n"
            "(1) 現年度分の確実な徴収\n(2) 滞納繰越分の計画的な整理\n(3) 納付しやすい環境づくり\n"
            "(4) 債権所管課の連携と職員の育成")
    P.box((40, 142, 290, 560), left, size=9.5, font="M", border=False, lh=1.5)
    s22, v22 = oku_man(TOT[2])
    dif = TOT[1] - TOT[2]
    sd, vd = oku_man(dif)
    zr, zp = 97.6, 97.2
    right = ("４　本市の債権の状況\n"
             f"　令和4年度決算における本市全体の収入未済額は{s22}で、前年度に比べ{sd}減少した。"
             "会計別では、一般会計が全体の約6割を占め、次いで国民健康保険特別会計となっている。\n"
             f"　市税の収納率は{zr}％（前年度{zp}％）と改善したが、住宅新築資金等貸付金元利収入など"
             "長期にわたり滞留している私債権の整理が課題である。")
    P.box((305, 142, 555, 360), right, size=9.5, font="M", border=False, lh=1.5)
    g.f(1, None, 2022, "令和4年度", "total", "outstanding", "actual", v22, "yen", s22, approx=True, debt_raw=None)
    g.f(1, "市税", 2022, "令和4年度", "total", "collection_rate", "actual", zr, "percent", f"{zr}％")
    g.f(1, "市税", 2021, "前年度", "total", "collection_rate", "actual", zp, "percent", f"{zp}％")
    lines = ["【参考】会計別の収入未済額（令和4年度）"]
    for k in KAIKEI:
        s, v = oku_man(KT[k][2])
        lines.append(f"・{k}：{s}")
        g.f(1, None, 2022, "令和4年度", "total", "outstanding", "actual", v, "yen", s, approx=True, debt_raw=k)
    P.box((305, 370, 555, 370 + 17 * len(lines) + 12), "\n".join(lines), size=9, font="M", bw=0.9, lh=1.45, pad=6)
    P.text(292, 815, "- 1 -", size=9, font="M")


def page2(doc):
    p = doc.new_page(width=A4[0], height=A4[1])
    P = Pg(p)
    P.text(420, 28, "南さつま市債権管理重点プラン", size=8, font="M")
    P.text(40, 62, "５　会計別の収入未済額の推移", size=12, font="M")
    P.text(480, 78, "（単位：千円）", size=8.5, font="M")
    hdr = ["会計名称", "令和2年度\n(2020年度)", "令和3年度\n(2021年度)", "令和4年度\n(2022年度)"]
    rows = [hdr]
    for k in KAIKEI:
        rows.append([k] + [c(v) for v in KT[k]])
        for i, y in enumerate((2020, 2021, 2022)):
            g.f(2, None, y, WK[y], "total", "outstanding", "actual", KT[k][i] * 1000, "yen", c(KT[k][i]), debt_raw=k)
    rows.append(["合計"] + [c(v) for v in TOT])
    for i, y in enumerate((2020, 2021, 2022)):
        g.f(2, None, y, WK[y], "total", "outstanding", "actual", TOT[i] * 1000, "yen", c(TOT[i]), debt_raw="合計")
    P.table(40, 84, [175, 110, 110, 120], rows, size=9, align="lrrr", font="M", heights=[30] + [18] * 6)
    P.text(40, 250, "※千円未満切捨て。水道事業会計は出納整理期間がないため3月31日現在の額。", size=8, font="M")
    # bar chart
    P.text(40, 290, "収入未済額の推移（単位：百万円）", size=11, font="G")
    x0, y0, hh = 80, 520, 190
    mx = max(OUT5) / 1000
    P.line((x0, y0), (x0 + 440, y0), width=0.8)
    P.line((x0, y0), (x0, y0 - hh - 10), width=0.8)
    for k, v in enumerate(OUT5):
        m = v / 1000
        bh = hh * m / (mx * 1.1)
        bx = x0 + 30 + k * 85
        P.rect((bx, y0 - bh, bx + 45, y0), fill=(0.35, 0.55, 0.8), color=None)
        lab = f"{m:,.1f}"
        P.text(bx - 2, y0 - bh - 5, lab, size=9)
        P.text(bx + 14, y0 + 14, WY[2018 + k], size=9)
        val = round(v / 100) * 100_000  # 0.1百万円 = 100千円
        g.f(2, None, 2018 + k, WY[2018 + k], "total", "outstanding", "actual", val, "yen", lab, debt_raw=None)
    # line chart
    P.text(40, 570, "収納率（全会計）の推移（％）", size=11, font="G")
    x0, y0, hh = 80, 780, 160
    P.line((x0, y0), (x0 + 440, y0), width=0.8)
    P.line((x0, y0), (x0, y0 - hh - 10), width=0.8)
    pts = []
    for k, v in enumerate(RATE5):
        px = x0 + 52 + k * 85
        py = y0 - (v - 92.0) / 4.5 * hh
        pts.append((px, py))
        P.text(px - 10, py - 8, f"{v:.1f}", size=9)
        P.text(px - 8, y0 + 14, WY[2018 + k], size=9)
        g.f(2, None, 2018 + k, WY[2018 + k], "total", "collection_rate", "actual", v, "percent", f"{v:.1f}", debt_raw=None)
    for a, b in zip(pts, pts[1:]):
        P.line(a, b, width=1.6, color=(0.8, 0.3, 0.1))
    for a in pts:
        p.draw_circle(a, 3, color=(0.8, 0.3, 0.1), fill=(0.8, 0.3, 0.1))
    P.text(292, 815, "- 2 -", size=9, font="M")


def detail_pages(doc):
    """会計・款・債権 内訳 (令和4年度, 円) over pages 3-4, header NOT repeated on page 4."""
    lines = []  # (会計, 款, 債権名, amount_str, gold(debt, value) or None, kind)
    for k in KAIKEI:
        first = True
        for r in [x for x in ROWS if x[0] == k]:
            name = r[2]
            v = r4(name)
            lines.append((k if first else "", r[1], name, c(v), (name, v), "row"))
            first = False
            if name == "市税":
                for zn, zv in ZEI:
                    lines.append(("", "", f"　うち {zn}", c(zv), (zn, zv), "sub"))
        st = kaikei_total(k)
        lines.append(("", "", f"{k}　小計", c(st), (None, st, f"{k}　小計"), "subtotal"))
    grand = sum(kaikei_total(k) for k in KAIKEI)
    lines.append(("合計", "", "", c(grand), (None, grand, "合計"), "total"))
    split = 18
    for pi, chunk in ((3, lines[:split]), (4, lines[split:])):
        p = doc.new_page(width=A4[0], height=A4[1])
        P = Pg(p)
        P.text(420, 28, "南さつま市債権管理重点プラン", size=8, font="M")
        y = 60
        rows = []
        if pi == 3:
            P.text(40, y, "６　令和4年度（2022年度）会計別・款別の収入未済額内訳", size=12, font="M")
            P.text(500, y + 16, "（単位：円）", size=8.5, font="M")
            rows.append(["会計名称", "款名称等", "債権名", "収入未済額"])
            y += 22
        for a, b, nme, amt, gd, kind in chunk:
            rows.append([a, b, nme, amt])
            if kind == "subtotal" or kind == "total":
                g.f(pi, None, 2022, "令和4年度", "total", "outstanding", "actual", gd[1], "yen", amt, debt_raw=gd[2])
            else:
                g.f(pi, gd[0], 2022, "令和4年度", "total", "outstanding", "actual", gd[1], "yen", amt)
        hdr = 1 if pi == 3 else 0
        yb = P.table(40, y, [120, 110, 175, 110], rows, rowh=22, size=9, align="lllr", font="M", header_rows=hdr)
        if pi == 4:
            wo = 23_456_120
            P.text(40, yb + 18, f"※国民健康保険税の不納欠損額（令和4年度）{c(wo)}円は含まない。", size=8.5, font="M")
            g.f(4, "国民健康保険税", 2022, "令和4年度", "total", "written_off", "actual", wo, "yen", f"{c(wo)}円")
            P.text(40, yb + 32, "※市税の「うち」欄は税目別の内訳であり、小計には市税の額のみを算入している。", size=8.5, font="M")
        P.text(292, 815, f"- {pi} -", size=9, font="M")


def a3_page(doc, rnd):
    p = doc.new_page(width=A3L[0], height=A3L[1])
    P = Pg(p)
    P.text(40, 40, "７　債権別 調定額・収入済額・収納率一覧（令和2年度～令和4年度）", size=14)
    P.text(1060, 58, "（単位：千円、％）", size=9)
    years = (2020, 2021, 2022)
    hdr1 = ["No.", "債権区分", "債権名", "所管課"] + sum([[WK[y], "", ""] for y in years], [])
    hdr2 = ["", "", "", ""] + ["調定額", "収入済額", "収納率"] * 3
    rows = [hdr1, hdr2]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3)] + [(0, 4 + 3 * k, 0, 6 + 3 * k) for k in range(3)]
    data = DATA
    no = 0
    for kb in ("強制徴収公債権", "非強制徴収公債権", "私債権"):
        grp = [r for r in ROWS if r[4] == kb]
        first_row = len(rows)
        for r in grp:
            no += 1
            row = [str(no), kb if r is grp[0] else "", r[2], r[3]]
            for i, y in enumerate(years):
                a, b = data[r[2]][i]
                rr = rate(b, a, 1)
                row += [c(a), c(b), f"{rr:.1f}"]
                g.f(5, r[2], y, WK[y], "total", "assessed", "actual", a * 1000, "yen", c(a))
                g.f(5, r[2], y, WK[y], "total", "collected", "actual", b * 1000, "yen", c(b))
                g.f(5, r[2], y, WK[y], "total", "collection_rate", "actual", rr, "percent", f"{rr:.1f}")
            rows.append(row)
        merges.append((first_row, 1, len(rows) - 1, 1))
        row = ["", f"小計（{kb}）", "", ""]
        for i, y in enumerate(years):
            a = sum(data[r[2]][i][0] for r in grp)
            b = sum(data[r[2]][i][1] for r in grp)
            rr = rate(b, a, 1)
            row += [c(a), c(b), f"{rr:.1f}"]
            lab = f"小計（{kb}）"
            g.f(5, None, y, WK[y], "total", "assessed", "actual", a * 1000, "yen", c(a), debt_raw=lab)
            g.f(5, None, y, WK[y], "total", "collected", "actual", b * 1000, "yen", c(b), debt_raw=lab)
            g.f(5, None, y, WK[y], "total", "collection_rate", "actual", rr, "percent", f"{rr:.1f}", debt_raw=lab)
        merges.append((len(rows), 1, len(rows), 3))
        rows.append(row)
    row = ["", "合計", "", ""]
    for i, y in enumerate(years):
        a = sum(data[r[2]][i][0] for r in ROWS)
        b = sum(data[r[2]][i][1] for r in ROWS)
        rr = rate(b, a, 1)
        row += [c(a), c(b), f"{rr:.1f}"]
        g.f(5, None, y, WK[y], "total", "assessed", "actual", a * 1000, "yen", c(a), debt_raw="合計")
        g.f(5, None, y, WK[y], "total", "collected", "actual", b * 1000, "yen", c(b), debt_raw="合計")
        g.f(5, None, y, WK[y], "total", "collection_rate", "actual", rr, "percent", f"{rr:.1f}", debt_raw="合計")
    merges.append((len(rows), 1, len(rows), 3))
    rows.append(row)
    colw = [28, 100, 180, 90] + [78, 78, 46] * 3
    P.table(40, 66, colw, rows, rowh=24, size=8.5, align="ccll" + "rrr" * 3, grid="none", zebra=(0.93, 0.95, 0.98),
            hfill=(0.78, 0.82, 0.88), header_rows=2, merges=merges)
    P.text(40, 820, "※収納率＝収入済額÷調定額（現年度分・滞納繰越分の合計）。各年度の決算額による。", size=8.5)
    P.text(585, 832, "- 5 -", size=9)


def rotated_page(doc):
    src = pymupdf.open()
    sp = src.new_page(width=A4[1], height=A4[0])
    P = Pg(sp)
    P.text(40, 32, "南さつま市債権管理重点プラン", size=8, font="M")
    blocks = [
        ("５－１　債権ごとの取組（市税）", "市税",
         [("（１）現年課税分の収納率を令和7年度までに99.0％以上とする。", 2025, "current", "collection_rate", 99.0, "99.0％"),
          ("（２）滞納繰越分の収入未済額を令和7年度末に2億円以下とする。", 2025, "arrears", "outstanding", 200_000_000, "2億円")],
         [("①", "納期限後の督促・催告を早期に行い、現年度分の滞納繰越を防ぐ。", "継続"),
          ("②", "預貯金・給与の差押えを優先し、不動産は公売の実施を検討する。", "拡充"),
          ("③", "鹿児島地方税滞納整理機構への引継ぎ案件を年20件以上とする。", "継続"),
          ("④", "スマートフォン決済の利用を広報紙とホームページで周知する。", "新規")]),
        ("５－２　債権ごとの取組（国民健康保険税）", "国民健康保険税",
         [("（１）現年課税分の収納率を令和7年度に95.5％以上とする。", 2025, "current", "collection_rate", 95.5, "95.5％"),
          ("（２）滞納繰越分の収納率を令和7年度に22.0％以上とする。", 2025, "arrears", "collection_rate", 22.0, "22.0％")],
         [("①", "資格取得時に口座振替を案内し、振替率の向上を図る。", "継続"),
          ("②", "短期被保険者証の交付時に納付相談を行い、分納の履行を確認する。", "継続"),
          ("③", "滞納繰越分の少額案件は一斉催告と財産調査で早期に完結させる。", "拡充")])]
    for k, (head, debt, tg, items) in enumerate(blocks):
        x0 = 40 + k * 395
        P.box((x0, 50, x0 + 375, 78), head, size=12, font="G", fill=(0.9, 0.9, 0.9), valign="middle")
        P.text(x0, 100, "【数値目標】", size=10.5, font="G")
        P.box((x0, 106, x0 + 375, 160), "\n".join(t[0] for t in tg), size=10, font="M", border=False, lh=1.5)
        for t, fy, seg, metric, val, raw in tg:
            g.f(6, debt, fy, "令和7年度", seg, metric, "target", val, "percent" if metric == "collection_rate" else "yen", raw)
        P.text(x0, 178, "【主な取組】", size=10.5, font="G")
        txt = "\n".join(f"{lab}{t}\n　　　　　　　　　　　　　　　　　　　【{st}】" for lab, t, st in items)
        P.box((x0, 186, x0 + 375, 186 + 46 * len(items) + 16), txt, size=10, font="M", bw=1.0, lh=1.5, pad=6)
        for lab, t, st in items:
            g.i(6, debt, 2024, "主な取組", lab, t, st)
    P.text(410, 575, "- 6 -", size=9, font="M")
    p = doc.new_page(width=A4[0], height=A4[1])
    p.show_pdf_page(p.rect, src, 0, rotate=90)
    p.set_rotation(90)


def build():
    rnd = random.Random(2024)
    gen_data(rnd)
    doc = pymupdf.open()
    page1(doc)
    page2(doc)
    detail_pages(doc)
    a3_page(doc, rnd)
    rotated_page(doc)
    finish(doc, PDF / f"{STEM}.pdf")


if __name__ == "__main__":
    build()
    ok = g.write()
    sys.exit(0 if ok else 1)
