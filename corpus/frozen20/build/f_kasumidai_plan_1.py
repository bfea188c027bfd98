"""霞台市未収金縮減プラン（令和６～８年度） -- PyMuPDF direct drawing (tables, vector chart, two columns)."""
import fitz
from f_common import *

STEM = "f_kasumidai_plan_1"
CITY = "霞台市"
FM = fitz.Font(fontfile=MINCHO); FG = fitz.Font(fontfile=GOTHIC)
doc = fitz.open()
facts, inits = [], []


def newpage(landscape=False):
    p = doc.new_page(width=842 if landscape else 595, height=595 if landscape else 842)
    p.insert_font(fontname="M", fontfile=MINCHO); p.insert_font(fontname="G", fontfile=GOTHIC)
    return p


def text(p, x, y, s, size=9, font="M", align="l", w=None):
    f = FM if font == "M" else FG
    tl = f.text_length(s, fontsize=size)
    if align == "r": x = x + w - tl - 3
    elif align == "c": x = x + (w - tl) / 2
    else: x = x + 3
    p.insert_text((x, y), s, fontname=font, fontsize=size)


def hline(p, x0, x1, y, wd=0.6):
    p.draw_line((x0, y), (x1, y), width=wd)


def vline(p, x, y0, y1, wd=0.6):
    p.draw_line((x, y0), (x, y1), width=wd)


def grid_row(p, x0, widths, y, h, cells, aligns, size=8.5, font="M", fill=None, skip=()):
    x = x0
    for j, (w, c, a) in enumerate(zip(widths, cells, aligns)):
        if j not in skip:
            p.draw_rect(fitz.Rect(x, y, x + w, y + h), width=0.6, fill=fill)
            if c: text(p, x, y + h / 2 + size * 0.38, c, size, font, a, w)
        x += w


def header_footer(p, n, land=False):
    W = 842 if land else 595; H = 595 if land else 842
    text(p, 0, 28, "霞台市未収金縮減プラン", 8, "G", "r", W - 40)
    text(p, 0, H - 22, f"－ {n} －", 9, "M", "c", W)


# ---------------- data
BREAK = [  # 会計, 款, 債権, 円
    ("一般会計", "市税", "個人市民税", 1102345678), ("一般会計", "市税", "法人市民税", 48765432),
    ("一般会計", "市税", "固定資産税", 612334501), ("一般会計", "市税", "軽自動車税（種別割）", 31245600),
    ("一般会計", "分担金及び負担金", "保育所保育料", 98765400),
    ("一般会計", "使用料及び手数料", "市営住宅使用料", 143220150),
    ("一般会計", "諸収入", "生活保護費返還金", 402118337), ("一般会計", "諸収入", "母子父子寡婦福祉資金貸付金", 36552120),
    ("一般会計", "諸収入", "災害援護資金貸付金", 18400000),
    ("国民健康保険事業特別会計", "国民健康保険税", "国民健康保険税", 1435672300),
    ("国民健康保険事業特別会計", "諸収入", "返納金（不当利得）", 25330118),
    ("介護保険事業特別会計", "保険料", "介護保険料", 118905400),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", 22115900),
    ("下水道事業会計", "営業収益", "下水道使用料", 61234800), ("下水道事業会計", "資本的収入", "下水道事業受益者負担金", 3120400),
]
ACC = []
for a, _, _, _ in BREAK:
    if a not in ACC: ACC.append(a)
acc_yen = {a: sum(v for aa, _, _, v in BREAK if aa == a) for a in ACC}
total_yen = sum(acc_yen.values())
acc_k = {a: round(acc_yen[a] / 1000) for a in ACC}
ACC_PREV = {"一般会計": (2861204, 2702518), "国民健康保険事業特別会計": (1712330, 1580412),
            "介護保険事業特別会計": (131880, 124506), "後期高齢者医療特別会計": (25994, 23870),
            "下水道事業会計": (74120, 69955)}
tot_k = [sum(ACC_PREV[a][0] for a in ACC), sum(ACC_PREV[a][1] for a in ACC), sum(acc_k[a] for a in ACC)]
CHART = [(2018, "H30", "平成30年度", 5812), (2019, "R1", "令和元年度", 5430), (2020, "R2", "令和２年度", round(tot_k[0] / 1000)),
         (2021, "R3", "令和３年度", round(tot_k[1] / 1000)), (2022, "R4", "令和４年度", round(tot_k[2] / 1000))]

# ---------------- page 1 : title, two-column text, chart
p = newpage(); header_footer(p, 1)
text(p, 0, 80, "霞台市未収金縮減プラン", 20, "G", "c", 595)
text(p, 0, 106, "（令和６年度～令和８年度）", 12, "G", "c", 595)
text(p, 0, 130, "令和６年３月　霞台市総務部収納管理課", 9.5, "M", "r", 555)
text(p, 40, 160, "１　プラン策定の背景", 11, "G")
man = total_yen // 10000
oku_s = f"約{man//10000}億{(man%10000)//100*100:,}万円"
ippan_man = acc_yen["一般会計"] // 10000
kokuho_man = acc_yen["国民健康保険事業特別会計"] // 10000
col1 = ("　本市の令和４年度決算における全会計の収入未済額は" + oku_s + "で、４年連続で減少した。"
        "しかしながら、その規模は依然として大きく、負担の公平性の観点からも、引き続き未収金の縮減に取り組む必要がある。"
        f"\n　会計別にみると、一般会計が{ippan_man//10000}億{ippan_man%10000:,}万円と全体の半分以上を占め、"
        f"次いで国民健康保険事業特別会計が約{kokuho_man//10000}億{(kokuho_man%10000)//100*100:,}万円となっている。")
col2 = ("　このプランでは、収入未済額の大きい債権を重点債権と位置付け、債権ごとに徴収率の目標を定める。"
        "また、市税の滞納整理で培ったノウハウを各所管課と共有し、全庁的な徴収体制の強化を図る。"
        "\n　計画期間は令和６年度から令和８年度までの３年間とし、毎年度、債権管理推進会議において進捗状況を確認する。"
        "なお、個別の取組は各所管課の実施計画に定める。")
r1 = fitz.Rect(40, 172, 290, 400); r2 = fitz.Rect(305, 172, 555, 400)
p.insert_textbox(r1, col1, fontname="M", fontsize=9.5, lineheight=1.6)
p.insert_textbox(r2, col2, fontname="M", fontsize=9.5, lineheight=1.6)
facts.append(fact(None, 2022, "令和４年度", "total", "outstanding", "actual", (man // 100 * 100) * 10000, "yen", oku_s, 1, approx=True, debt_raw="全会計"))
facts.append(fact(None, 2022, "令和４年度", "total", "outstanding", "actual", ippan_man * 10000, "yen", f"{ippan_man//10000}億{ippan_man%10000:,}万円", 1, debt_raw="一般会計"))
facts.append(fact(None, 2022, "令和４年度", "total", "outstanding", "actual", (kokuho_man // 100 * 100) * 10000, "yen", f"約{kokuho_man//10000}億{(kokuho_man%10000)//100*100:,}万円", 1, approx=True, debt_raw="国民健康保険事業特別会計"))
# chart
text(p, 40, 425, "図１　収入未済額の推移（全会計）", 10.5, "G")
cx0, cy0, cw, ch = 90, 455, 440, 250
p.draw_rect(fitz.Rect(cx0, cy0, cx0 + cw, cy0 + ch), width=0.4)
maxv = 7000
for gv in range(0, maxv + 1, 1000):
    y = cy0 + ch - ch * gv / maxv
    p.draw_line((cx0, y), (cx0 + cw, y), width=0.2, color=(0.6, 0.6, 0.6))
    text(p, cx0 - 48, y + 3, f"{gv:,}", 7.5, "M", "r", 45)
bw = 44
for i, (fy, lab, fyraw, v) in enumerate(CHART):
    xc = cx0 + cw * (i + 0.5) / len(CHART)
    y = cy0 + ch - ch * v / maxv
    p.draw_rect(fitz.Rect(xc - bw / 2, y, xc + bw / 2, cy0 + ch), width=0.4, color=(0.1, 0.2, 0.4), fill=(0.45, 0.6, 0.85))
    text(p, xc - 30, y - 4, f"{v:,}", 8.5, "G", "c", 60)
    text(p, xc - 30, cy0 + ch + 13, lab, 8.5, "G", "c", 60)
    facts.append(fact(None, fy, lab, "total", "outstanding", "actual", v * 1000000, "yen", f"{v:,}", 1, debt_raw="全会計"))
text(p, cx0 - 50, cy0 - 8, "（百万円）", 7.5, "M")
p.draw_rect(fitz.Rect(cx0 + cw - 120, cy0 + 8, cx0 + cw - 110, cy0 + 16), fill=(0.45, 0.6, 0.85), width=0.3)
text(p, cx0 + cw - 110, cy0 + 16, "収入未済額（全会計）", 7.5, "M")
text(p, 40, cy0 + ch + 35, "※各年度の決算額。H30は平成30年度、R1～R4は令和元年度～令和４年度を示す。", 8, "M")

# ---------------- page 2 : account table + breakdown start
p = newpage(); header_footer(p, 2)
text(p, 40, 70, "２　会計別の収入未済額", 11, "G")
text(p, 40, 92, "表１　会計別 収入未済額の推移", 9.5, "G")
text(p, 0, 92, "（単位：千円）", 8, "M", "r", 555)
W1 = [175, 85, 85, 85, 85]
y = 98
grid_row(p, 40, W1, y, 18, ["会計名", "令和２年度", "令和３年度", "令和４年度", "対前年度"], ["c"] * 5, 8.5, "G", (0.88, 0.9, 0.95)); y += 18
for a in ACC + ["合計"]:
    if a == "合計":
        vals = tot_k
    else:
        vals = [ACC_PREV[a][0], ACC_PREV[a][1], acc_k[a]]
    grid_row(p, 40, W1, y, 17, [a] + [yen(v) for v in vals] + [yen(vals[2] - vals[1])], ["l", "r", "r", "r", "r"]); y += 17
    for fy, v in zip((2020, 2021, 2022), vals):
        facts.append(fact(None, fy, ("令和２年度", "令和３年度", "令和４年度")[fy - 2020], "total", "outstanding", "actual", v * 1000, "yen", yen(v), 2, debt_raw=a))
y += 26
para = ("　表１のとおり、全ての会計で前年度から収入未済額が減少した。特に国民健康保険事業特別会計では、"
        "滞納繰越分の整理が進んだことにより減少幅が大きくなっている。表２は、令和４年度末の収入未済額を"
        "会計・款・債権の別に示したものである。")
p.insert_textbox(fitz.Rect(40, y - 10, 555, y + 50), para, fontname="M", fontsize=9.5, lineheight=1.6)
y += 62
text(p, 40, y, "表２　令和４年度 債権別収入未済額の内訳", 9.5, "G")
text(p, 0, y, "（単位：円）", 8, "M", "r", 555)
y += 6
W2 = [130, 115, 150, 120]
grid_row(p, 40, W2, y, 18, ["会計名称", "款名称", "債権名", "収入未済額"], ["c"] * 4, 8.5, "G", (0.88, 0.9, 0.95)); y += 18
RH = 24
# build rows with 小計 after each account
rows = []
for a in ACC:
    for aa, k, nm, v in BREAK:
        if aa == a: rows.append((a, k, nm, v))
    rows.append((a, "", "小計", acc_yen[a]))
rows.append(("合計", "", "", total_yen))
SPLIT = 16  # rows drawn on page 2; the rest continue on page 3 with no header
pg_rows = [rows[:SPLIT], rows[SPLIT:]]
for pi, chunk in enumerate(pg_rows):
    if pi == 1:
        p = newpage(); header_footer(p, 3); y = 60
    page_no = 2 + pi
    # spans for 会計 and 款 within this page chunk
    i = 0
    while i < len(chunk):
        a = chunk[i][0]
        j = i
        while j < len(chunk) and chunk[j][0] == a: j += 1
        if a == "合計":
            grid_row(p, 40, [W2[0] + W2[1] + W2[2], W2[3]], y, RH, ["合計", yen(total_yen)], ["c", "r"], 8.5, "G", (0.93, 0.93, 0.93))
            facts.append(fact(None, 2022, "令和４年度", "total", "outstanding", "actual", total_yen, "yen", yen(total_yen), page_no, debt_raw="合計"))
            y += RH; i = j; continue
        y_a = y
        kk = i
        while kk < j:
            k = chunk[kk][1]; m = kk
            while m < j and chunk[m][1] == k and chunk[m][2] != "小計": m += 1
            if chunk[kk][2] == "小計":
                grid_row(p, 40 + W2[0], [W2[1] + W2[2], W2[3]], y, RH, ["小計", yen(chunk[kk][3])], ["c", "r"], 8.5, "G", (0.95, 0.95, 0.95))
                facts.append(fact(None, 2022, "令和４年度", "total", "outstanding", "actual", chunk[kk][3], "yen", yen(chunk[kk][3]), page_no, debt_raw=f"{a} 小計"))
                y += RH; kk += 1; continue
            # 款 span
            p.draw_rect(fitz.Rect(40 + W2[0], y, 40 + W2[0] + W2[1], y + RH * (m - kk)), width=0.6)
            text(p, 40 + W2[0], y + 15, k, 8.5, "M", "l", W2[1])
            
            for q in range(kk, m):
                _, _, nm, v = chunk[q]
                grid_row(p, 40 + W2[0] + W2[1], W2[2:], y, RH, [nm, yen(v)], ["l", "r"])
                facts.append(fact(nm, 2022, "令和４年度", "total", "outstanding", "actual", v, "yen", yen(v), page_no))
                y += RH
            kk = m
        p.draw_rect(fitz.Rect(40, y_a, 40 + W2[0], y), width=0.6)
        lab = a
        text(p, 40, y_a + 15, lab, 8.5, "M", "l", W2[0])
        
        i = j
y += 14
text(p, 40, y, "※会計別の表１は千円未満を四捨五入しているため、表２の小計と一致しない場合がある。", 8, "M")
y += 40
text(p, 40, y, "３　プランの取組方針", 11, "G")
y += 8
POL = [("①", "現年度分の徴収を徹底し、滞納繰越額の発生を抑える。"),
       ("②", "財産調査を早期に行い、差押え又は執行停止を適正に判断する。"),
       ("③", "口座振替とキャッシュレス納付を広げ、納め忘れを防ぐ。"),
       ("④", "私債権は支払督促等の法的措置を計画的に活用する。")]
box = fitz.Rect(40, y, 555, y + 20 * len(POL) + 12)
p.draw_rect(box, width=0.8)
yy = y + 18
for lab, t in POL:
    text(p, 46, yy, f"{lab}　{t}", 9.5, "M"); yy += 20
    inits.append(init(None, 2024, "プランの取組方針", lab, t, None, 3))

# ---------------- page 4 : landscape, two halves side by side
p = newpage(True); header_footer(p, 4, True)
text(p, 40, 60, "４　重点債権の徴収率（令和４年度決算）", 11, "G")
text(p, 0, 60, "単位：％", 8.5, "M", "r", 802)
RATES = [("個人市民税", 99.02, 27.41), ("法人市民税", 99.61, 35.20), ("固定資産税", 98.75, 24.88),
         ("軽自動車税（種別割）", 97.90, 30.05), ("国民健康保険税", 93.12, 21.36),
         ("介護保険料", 98.70, 17.92), ("後期高齢者医療保険料", 99.38, 36.40), ("保育所保育料", 98.05, 14.66),
         ("市営住宅使用料", 97.21, 11.83), ("下水道使用料", 99.15, 40.12)]
TOT = {"個人市民税": 95.61, "法人市民税": 99.02, "固定資産税": 96.87, "軽自動車税（種別割）": 93.55, "国民健康保険税": 77.48,
       "介護保険料": 97.46, "後期高齢者医療保険料": 99.05, "保育所保育料": 90.11, "市営住宅使用料": 70.26, "下水道使用料": 98.33}
WH = [130, 72, 72, 72]
for half, (x0, chunk) in enumerate(((40, RATES[:5]), (430, RATES[5:]))):
    y = 75
    grid_row(p, x0, WH, y, 20, ["債権名", "現年分", "滞繰分", "計"], ["c"] * 4, 9, "G", (0.88, 0.9, 0.95)); y += 20
    for nm, c, a in chunk:
        t = TOT[nm]
        grid_row(p, x0, WH, y, 20, [nm, pct(c), pct(a), pct(t)], ["l", "r", "r", "r"], 9); y += 20
        for seg, v in (("current", c), ("arrears", a), ("total", t)):
            facts.append(fact(nm, 2022, "令和４年度", seg, "collection_rate", "actual", v, "percent", pct(v), 4))
text(p, 40, 205, "※徴収率＝収入済額÷調定額×100。滞繰分は滞納繰越分をいう。", 8, "M")
text(p, 40, 240, "５　目標（令和８年度）", 11, "G")
TG = [("個人市民税", 96.30, "前年度比で毎年度0.2ポイント以上の改善"), ("国民健康保険税", 79.00, "県内同規模団体の平均"),
      ("市営住宅使用料", 72.50, "滞納繰越分の整理による改善")]
y = 255
grid_row(p, 40, [170, 110, 300], y, 20, ["債権名", "目標徴収率（計）", "設定の考え方"], ["c"] * 3, 9, "G", (0.88, 0.9, 0.95)); y += 20
for nm, v, why in TG:
    grid_row(p, 40, [170, 110, 300], y, 20, [nm, pct(v), why], ["l", "r", "l"], 9); y += 20
    facts.append(fact(nm, 2026, "令和８年度", "total", "collection_rate", "target", v, "percent", pct(v), 4))

tmp = OUT / f"{STEM}_raw.pdf"
doc.save(str(tmp))
finish_pdf(tmp, STEM)
document = {"kind": "plan", "municipality": CITY, "title": "霞台市未収金縮減プラン（令和６年度～令和８年度）",
            "date": "2024-03-01", "date_raw": "令和６年３月"}
if __name__ == "__main__":
    write_gold(STEM, document, facts, inits)
