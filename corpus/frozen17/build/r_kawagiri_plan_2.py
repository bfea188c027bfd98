"""r_kawagiri_plan_2: 未収金縮減に向けた取組方針 (会計別・款別・債権別の収入未済額, prose figures), PyMuPDF direct drawing.
Invented city 川霧市; the 会計別 収入未済額 table and the 会計/款/債権名 breakdown follow the 債権管理重点プラン family, with
wording from 小樽市 予算特別委員会 (未収金 全会計 prose, http://www.otaru.org/gijiroku/iinkai/yosan/Y1904-1214.htm) and the
大阪市 市政改革プラン 未収金対策 page (https://www.city.osaka.lg.jp/contents/wdu010/digitalbook/shiseikaikaku/2016_siseikaikaku-plan-2.0/pageindices/index34.html)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from r_common import *
import pymupdf

STEM = "r_kawagiri_plan_2"
CITY = "川霧市"
GF = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MF = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
gfont, mfont = pymupdf.Font(fontfile=GF), pymupdf.Font(fontfile=MF)
facts, inits = [], []

# ---- Table B data (円): account, 款, debt, current outstanding, arrears outstanding
B = [
    ("一般会計", "市税", "市民税（個人）", 148_226_310, 512_804_115),
    ("一般会計", "市税", "市民税（法人）", 9_412_600, 31_877_400),
    ("一般会計", "市税", "固定資産税・都市計画税", 96_584_200, 341_902_786),
    ("一般会計", "市税", "軽自動車税（種別割）", 6_120_500, 18_443_900),
    ("一般会計", "分担金及び負担金", "保育所保育料", 4_318_060, 38_912_450),
    ("一般会計", "使用料及び手数料", "市営住宅使用料", 11_206_400, 84_390_212),
    ("一般会計", "使用料及び手数料", "放課後児童クラブ利用料", 1_804_000, 6_112_300),
    ("一般会計", "諸収入", "生活保護費返還金", 38_905_223, 201_448_917),
    ("一般会計", "諸収入", "母子父子寡婦福祉資金貸付金", 2_284_100, 41_926_480),
    ("一般会計", "諸収入", "奨学金貸付金", 1_912_000, 22_875_600),
    ("一般会計", "諸収入", "児童扶養手当返還金", 806_700, 9_330_410),
    ("国民健康保険事業特別会計", "国民健康保険税", "国民健康保険税", 201_337_800, 688_451_226),
    ("介護保険事業特別会計", "保険料", "介護保険料", 28_640_100, 61_227_930),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", 9_877_400, 14_602_350),
    ("下水道事業会計", "営業収益", "下水道使用料", 18_990_412, 17_405_008),
    ("下水道事業会計", "負担金", "下水道事業受益者負担金", 1_120_300, 12_806_900),
]
ACC = []
for a, *_ in B:
    if a not in ACC:
        ACC.append(a)
acc_tot = {a: sum(r[3] + r[4] for r in B if r[0] == a) for a in ACC}
grand = sum(acc_tot.values())
# Table A: 百万円, R3, R4 given, R5 from table B
A_hist = {"一般会計": (1712, 1664), "国民健康保険事業特別会計": (1003, 951), "介護保険事業特別会計": (96, 93),
          "後期高齢者医療特別会計": (25, 24), "下水道事業会計": (49, 45)}
A = {a: (A_hist[a][0], A_hist[a][1], round(acc_tot[a] / 1e6)) for a in ACC}
A_tot = tuple(sum(A[a][i] for a in ACC) for i in range(3))

# Table C (debt per column): 徴収率 %
C_DEBTS = ["市税", "国民健康保険税", "介護保険料", "保育所保育料"]
C = {"令和５年度実績": (2023, "actual", [(98.94, 28.62), (93.11, 22.40), (98.82, 19.75), (98.90, 11.86)]),
     "令和７年度目標": (2025, "target", [(99.05, 30.00), (93.60, 24.00), (98.90, 21.00), (99.00, 13.00)]),
     "令和８年度目標": (2026, "target", [(99.10, 31.00), (93.90, 25.00), (98.95, 22.00), (99.05, 14.00)])}

TORI = [
    ("市税", [("①", "納期限から20日以内に督促状を発送し、督促後10日を経過しても納付がない者には電話とＳＭＳで催告する。", "継続"),
             ("②", "差押えた預貯金等の取立てを翌月末までに完了させ、換価の遅れをなくす。", "拡充"),
             ("③", "軽自動車税（種別割）の未納者に、車検時の納税証明の案内を併せて行う。", None)]),
    ("国民健康保険税", [("①", "加入手続の窓口で口座振替の申込みを受け付け、加入率の向上を図る。", "継続"),
                 ("②", "市税と国民健康保険税の双方を滞納する世帯は、納税課が一括して折衝する。", "新規")]),
    ("生活保護費返還金", [("①", "保護費からの調整による返還を、本人の同意を得て積極的に行う。", "継続"),
                   ("②", "保護廃止者には、廃止時に返還計画を作成する。", "新規")]),
]

doc = pymupdf.open()
W, Hh = pymupdf.paper_size("a4")
LM, RM = 56, W - 56
pages = []


def new_page():
    p = doc.new_page(width=W, height=Hh)
    pages.append(p)
    p.insert_text((RM - gfont.text_length("川霧市 未収金縮減に向けた取組方針", 8), 34), "川霧市 未収金縮減に向けた取組方針",
                  fontsize=8, fontname="g", fontfile=GF)
    return p


def text(p, x, y, s, size=10, f="m", right=None, center=None):
    font = gfont if f == "g" else mfont
    ff = GF if f == "g" else MF
    if right is not None:
        x = right - font.text_length(s, size)
    if center is not None:
        x = center - font.text_length(s, size) / 2
    p.insert_text((x, y), s, fontsize=size, fontname=f, fontfile=ff)


def wrap(p, y, s, size=10, indent=10, lh=1.7, x0=None):
    x0 = LM if x0 is None else x0
    maxw = RM - x0
    line, first = "", True
    for ch in s:
        w = mfont.text_length(line + ch, size) + (indent if first else 0)
        if w > maxw:
            text(p, x0 + (indent if first else 0), y, line, size)
            y += size * lh; line, first = "", False
        line += ch
    if line:
        text(p, x0 + (indent if first else 0), y, line, size)
        y += size * lh
    return y


def hline(p, x0, x1, y, w=0.6):
    p.draw_line((x0, y), (x1, y), width=w)


def vline(p, x, y0, y1, w=0.6):
    p.draw_line((x, y0), (x, y1), width=w)


# ================= page 1
p = new_page(); pn = 1
text(p, 0, 80, "川霧市　未収金縮減に向けた取組方針", 17, "g", center=W / 2)
text(p, 0, 102, "（令和７・８年度）", 11, center=W / 2)
text(p, 0, 122, "令和７年６月　川霧市財務部収納推進課", 10, center=W / 2)
y = 160
text(p, LM, y, "１　はじめに", 12, "g"); y += 20
r5_oku = round(grand / 1e6) * 1_000_000
r4_total = A_tot[1] * 1_000_000
d_ = r4_total - r5_oku
def okuman(v):
    o, m = divmod(v // 1_000_000 * 100, 10000)
    if o == 0:
        return f"{m:,}万円"
    return f"{o}億{m:,}万円" if m else f"{o}億円"
s1 = (f"本市は、平成29年度に「川霧市債権管理条例」を施行して以来、全庁を挙げて未収金の縮減に取り組んできた。"
      f"令和５年度決算における本市全会計の収入未済額は約{okuman(r5_oku)}で、前年度の約{okuman(r4_total)}から"
      f"約{okuman(d_)}減少した。")
y = wrap(p, y, s1)
s2 = ("しかし、市税の滞納繰越分や国民健康保険税、生活保護費返還金などには、なお多額の未収金が残っている。"
      "本方針は、令和７年度及び令和８年度の２か年に重点的に取り組む事項と、主な債権の徴収率の目標を定めるものである。")
y = wrap(p, y, s2)
facts.append(F(None, 2023, "total", "outstanding", "actual", r5_oku, "yen", f"約{okuman(r5_oku)}", pn, fy_raw="令和５年度", approx=True))
facts.append(F(None, 2022, "total", "outstanding", "actual", r4_total, "yen", f"約{okuman(r4_total)}", pn, fy_raw="前年度", approx=True))
y += 12
text(p, LM, y, "２　会計別の収入未済額の推移", 12, "g"); y += 8
text(p, 0, y + 6, "単位：百万円", 8.5, right=RM); y += 12
cols = [LM, LM + 170, LM + 228, LM + 286, LM + 344, LM + 412, RM]
hline(p, LM, RM, y, 1.0)
hd = ["会　計　名", "令和３年度", "令和４年度", "令和５年度", "増減", "前年度比"]
hd2 = ["", "", "", "", "（５年度－４年度）", "（％）"]
for i, h in enumerate(hd):
    text(p, 0, y + 13, h, 9, "g", center=(cols[i] + cols[i + 1]) / 2)
    if hd2[i]:
        text(p, 0, y + 25, hd2[i], 7.5, "g", center=(cols[i] + cols[i + 1]) / 2)
y += 31
hline(p, LM, RM, y, 0.6)
rows = [(a, *A[a]) for a in ACC] + [("合　計", *A_tot)]
for k, (a, v3, v4, v5) in enumerate(rows):
    yy = y + 15
    text(p, LM + 4, yy, a, 9.5, "g" if a == "合　計" else "m")
    dd = v5 - v4
    ratio = round(v5 / v4 * 100 + 1e-9, 1)
    strs = [f"{v3:,}", f"{v4:,}", f"{v5:,}", (f"△{-dd:,}" if dd < 0 else f"{dd:,}"), f"{ratio:.1f}"]
    for i, s in enumerate(strs):
        text(p, 0, yy, s, 9.5, right=cols[i + 2] - 6)
    dr = None if a == "合　計" else a
    for fy, fyr, v, s in ((2021, "令和３年度", v3, strs[0]), (2022, "令和４年度", v4, strs[1]), (2023, "令和５年度", v5, strs[2])):
        facts.append(F(None, fy, "total", "outstanding", "actual", v * 1_000_000, "yen", s, pn, fy_raw=fyr,
                       debt_raw=("合計" if a == "合　計" else a)))
    y += 21
    hline(p, LM, RM, y, 1.0 if k == len(rows) - 2 else 0.3)
hline(p, LM, RM, y, 1.0)
y += 14
y = wrap(p, y, "※ 下水道事業会計は、出納整理期間がないため、３月31日現在の未収金を計上している。百万円未満を四捨五入しているため、合計が一致しない場合がある。", 8.5, 0, 1.5)
y += 10
s3 = (f"会計別に見ると、一般会計が約{okuman(A['一般会計'][2] * 1_000_000)}と全体の６割強を占め、次いで国民健康保険事業特別会計が"
      f"約{okuman(A['国民健康保険事業特別会計'][2] * 1_000_000)}となっている。")
y = wrap(p, y, s3)
facts.append(F(None, 2023, "total", "outstanding", "actual", A["一般会計"][2] * 1_000_000, "yen", f"約{okuman(A['一般会計'][2] * 1_000_000)}", pn, fy_raw="令和５年度", approx=True, debt_raw="一般会計"))
facts.append(F("国民健康保険税", 2023, "total", "outstanding", "actual", A["国民健康保険事業特別会計"][2] * 1_000_000, "yen", f"約{okuman(A['国民健康保険事業特別会計'][2] * 1_000_000)}", pn, fy_raw="令和５年度", approx=True, debt_raw="国民健康保険事業特別会計"))
text(p, 0, Hh - 28, "- 1 -", 9, center=W / 2)

# ================= page 2-3: table B (continued without header)
p = new_page(); pn = 2
y = 70
text(p, LM, y, "３　債権別の収入未済額（令和５年度末）", 12, "g"); y += 8
text(p, 0, y + 6, "（単位：円）", 8.5, right=RM); y += 12
bc = [LM, LM + 66, LM + 128, LM + 250, LM + 324, LM + 398, RM]
def grid_row(p, y0, y1):
    hline(p, LM, RM, y1)
    for x in bc:
        vline(p, x, y0, y1)
hline(p, LM, RM, y)
for i, h in enumerate(["会計", "款", "債権名", "現年度分", "過年度分", "計"]):
    text(p, 0, y + 14, h, 9, "g", center=(bc[i] + bc[i + 1]) / 2)
grid_row(p, y, y + 20); y += 20
RH = 19
rowsB = []
for a in ACC:
    for r in [r for r in B if r[0] == a]:
        rowsB.append(("d", r))
    rowsB.append(("s", a))
rowsB.append(("t", None))
PAGE_SPLIT = 17  # rows on page 2; the rest continue on page 3 without the header
prev_acc = None
for k, (kind, r) in enumerate(rowsB):
    if k == PAGE_SPLIT:
        text(p, 0, Hh - 28, "- 2 -", 9, center=W / 2)
        p = new_page(); pn = 3; y = 60
        hline(p, LM, RM, y)
        prev_acc = None
    yy = y + 13
    if kind == "d":
        a, kan, debt, c, ar = r
        if a != prev_acc:
            text(p, bc[0] + 3, yy - 2 if len(a) > 6 else yy, a[:6], 8)
            if len(a) > 6:
                text(p, bc[0] + 3, yy + 7, a[6:], 8)
        prev_acc = a
        text(p, bc[1] + 3, yy - 2 if len(kan) > 6 else yy, kan[:6], 8)
        if len(kan) > 6:
            text(p, bc[1] + 3, yy + 7, kan[6:], 8)
        text(p, bc[2] + 3, yy, debt, 8.5)
        vals = (c, ar, c + ar)
        for i, v in enumerate(vals):
            text(p, 0, yy, f"{v:,}", 8.5, right=bc[4 + i] - 4)
        for seg, v in zip(("current", "arrears", "total"), vals):
            facts.append(F(debt, 2023, seg, "outstanding", "actual", v, "yen", f"{v:,}", pn, fy_raw="令和５年度末"))
        # account label cell spans rows: only draw horizontal line from 款 column unless account changes
        nxt = rowsB[k + 1]
        y1 = y + RH
        if nxt[0] == "d" and nxt[1][0] == a and k + 1 != PAGE_SPLIT:
            hline(p, bc[1], RM, y1, 0.4)
        else:
            hline(p, LM, RM, y1, 0.4)
        for x in bc:
            vline(p, x, y, y1, 0.4)
        y = y1
    elif kind == "s":
        a = r
        cs = sum(x[3] for x in B if x[0] == a); ars = sum(x[4] for x in B if x[0] == a)
        text(p, bc[2] + 3, yy, "小計", 8.5, "g")
        vals = (cs, ars, cs + ars)
        for i, v in enumerate(vals):
            text(p, 0, yy, f"{v:,}", 8.5, "g", right=bc[4 + i] - 4)
        for seg, v in zip(("current", "arrears", "total"), vals):
            facts.append(F(None, 2023, seg, "outstanding", "actual", v, "yen", f"{v:,}", pn, fy_raw="令和５年度末", debt_raw=f"{a} 小計"))
        p.draw_rect(pymupdf.Rect(bc[2], y, RM, y + RH), color=None, fill=(0.92, 0.92, 0.92), overlay=False)
        hline(p, LM, RM, y + RH, 0.6)
        for x in bc:
            vline(p, x, y, y + RH, 0.4)
        y += RH; prev_acc = None
    else:
        cs = sum(x[3] for x in B); ars = sum(x[4] for x in B)
        text(p, 0, yy, "合　　計", 9, "g", center=(bc[0] + bc[3]) / 2)
        vals = (cs, ars, cs + ars)
        for i, v in enumerate(vals):
            text(p, 0, yy, f"{v:,}", 8.5, "g", right=bc[4 + i] - 4)
        for seg, v in zip(("current", "arrears", "total"), vals):
            facts.append(F(None, 2023, seg, "outstanding", "actual", v, "yen", f"{v:,}", pn, fy_raw="令和５年度末", debt_raw="合計"))
        hline(p, LM, RM, y + RH, 1.0)
        for x in (bc[0], bc[3], bc[4], bc[5], bc[6]):
            vline(p, x, y, y + RH, 0.4)
        y += RH
y += 12
y = wrap(p, y, "※ 過年度分は滞納繰越分。下水道事業会計は３月31日現在。", 8.5, 0, 1.5)

# ---- Table C on page 3
y += 16
text(p, LM, y, "４　主な債権の徴収率の目標（単位：％）", 12, "g"); y += 10
cc = [LM, LM + 150] + [LM + 150 + (RM - LM - 150) / 4 * (i + 1) for i in range(4)]
hline(p, LM, RM, y)
text(p, 0, y + 14, "区　分", 9, "g", center=(cc[0] + cc[1]) / 2)
for i, d in enumerate(C_DEBTS):
    text(p, 0, y + 14, d, 9, "g", center=(cc[i + 1] + cc[i + 2]) / 2)
for x in cc:
    vline(p, x, y, y + 20)
y += 20; hline(p, LM, RM, y)
for lab, (fy, basis, vals) in C.items():
    for si, (segname, seg) in enumerate((("現年分", "current"), ("滞納繰越分", "arrears"))):
        yy = y + 13
        if si == 0:
            text(p, cc[0] + 4, yy + 9, lab, 9)
        text(p, cc[0] + 90, yy, segname, 8.5)
        for i, d in enumerate(C_DEBTS):
            v = vals[i][si]
            text(p, 0, yy, f"{v:.2f}", 9, right=cc[i + 2] - 6)
            facts.append(F(d, fy, seg, "collection_rate", basis, v, "percent", f"{v:.2f}", pn, fy_raw=lab))
        y1 = y + RH
        hline(p, cc[0] if si == 1 else cc[0] + 86, RM, y1, 0.4 if si == 0 else 0.6)
        for x in cc:
            vline(p, x, y, y1, 0.4)
        vline(p, cc[0] + 86, y, y1, 0.4)
        y = y1
text(p, 0, Hh - 28, "- 3 -", 9, center=W / 2)

# ================= page 4: 取組
p = new_page(); pn = 4
y = 70
text(p, LM, y, "５　重点的に取り組む事項", 12, "g"); y += 18
y = wrap(p, y, "各債権の所管課は、次の事項に重点的に取り組み、その進捗を半期ごとに収納推進課へ報告する。", 10)
y += 6
for debt, items in TORI:
    text(p, LM, y + 4, f"（{debt}）", 10.5, "g"); y += 12
    top = y
    y += 6
    for lab, t, st in items:
        s = f"{lab}　{t}" + (f"【{st}】" if st else "")
        y = wrap(p, y + 12, s, 9.5, 0, 1.6, x0=LM + 10) - 12
        inits.append(I(debt, 2025, "重点的に取り組む事項", lab, t, st, pn))
    y += 18
    p.draw_rect(pymupdf.Rect(LM, top, RM, y), width=0.8)
    y += 10
text(p, 0, Hh - 28, "- 4 -", 9, center=W / 2)

doc.subset_fonts()
final = PDF / f"{STEM}.pdf"
doc.save(str(final), garbage=4, deflate=True)
document = {"kind": "plan", "municipality": CITY, "title": "川霧市　未収金縮減に向けた取組方針（令和７・８年度）",
            "date": "2025-06-01", "date_raw": "令和７年６月"}
write_gold(STEM, final, document, facts, inits, None)
g, bad = check(STEM)
print(STEM, g["source"]["pages"], "pages", len(facts), "facts", len(inits), "inits", "BAD:", bad, grand, A_tot)
