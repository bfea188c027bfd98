"""Build sh_maibara_minutes_1: 書面開催 minutes of a city's 債権管理対策会議, drawn directly with PyMuPDF.
Run from corpus/dev69:  python3 build/sh_maibara_minutes.py"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
import fitz
from sh_common import Gold, FONT_G, FONT_M, cm, rate, pf, zen, ROOT

STEM = "sh_maibara_minutes_1"
CITY = "米原市"
TITLE = "令和７年度第２回米原市債権管理対策会議 議事要旨"
g = Gold(STEM, "minutes", "minutes", CITY, TITLE, "2025-11-20", "令和7年11月20日")
FG, FM = fitz.Font(fontfile=FONT_G), fitz.Font(fontfile=FONT_M)
doc = fitz.open()
W, H = 595, 842
L, R = 60, 535


def newpage():
    p = doc.new_page(width=W, height=H)
    p.insert_font(fontname="G", fontfile=FONT_G)
    p.insert_font(fontname="M", fontfile=FONT_M)
    n = doc.page_count
    s = f"- {n} -"
    p.insert_text((W / 2 - FM.text_length(s, 9) / 2, H - 30), s, fontname="M", fontsize=9)
    return p


def txt(p, x, y, s, size=10.5, font="M", color=(0, 0, 0)):
    p.insert_text((x, y), s, fontname=font, fontsize=size, color=color)


def wrap(s, width, size, font=FM):
    lines, cur = [], ""
    for ch in s:
        if ch == "\n":
            lines.append(cur); cur = ""; continue
        if font.text_length(cur + ch, size) > width and ch not in "、。）」":
            lines.append(cur); cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def para(p, x, y, s, width, size=10.5, lead=1.65, font="M", indent=0):
    fobj = FG if font == "G" else FM
    first = True
    for ln in wrap(s, width - indent, size, fobj):
        txt(p, x + (indent if first else 0) if False else x + (indent if first else 0), y, ln, size, font)
        first = False
        y += size * lead
    return y


def cell(p, x0, x1, y, s, size, align="r", font="M"):
    f = FG if font == "G" else FM
    w = f.text_length(s, size)
    x = x1 - 3 - w if align == "r" else (x0 + 3 if align == "l" else (x0 + x1) / 2 - w / 2)
    txt(p, x, y, s, size, font)


# ---------------------------------------------------------------- page 1
p = newpage()
y = 70
t = "令和７年度第２回米原市債権管理対策会議　議事要旨"
txt(p, W / 2 - FG.text_length(t, 14) / 2, y, t, 14, "G")
y += 34
txt(p, L, y, "１　開催日時等", 11, "G"); y += 20
y = para(p, L + 14, y, "令和７年11月20日付けで会議資料を各委員に送付し、同年11月28日までに意見を聴取した。", R - L - 14)
txt(p, L + 14, y, "開催方法　書面開催", 10.5); y += 26
txt(p, L, y, "２　出席者（意見照会先）　委員８名、事務局３名", 11, "G"); y += 20
att = [("議長", "副市長"), ("委員", "総務部長"), ("委員", "市民部長"), ("委員", "健康福祉部長"),
       ("委員", "子ども・若者部長"), ("委員", "土木部長"), ("委員", "上下水道部長"), ("委員", "教育部長"),
       ("事務局", "税務課長"), ("事務局", "収納対策室長"), ("事務局", "財政課長")]
rows = [("議長", "副市長"), ("委員", "総務部長、市民部長、健康福祉部長、子ども・若者部長、"),
        ("", "土木部長、上下水道部長、教育部長"), ("事務局", "税務課長、収納対策室長、財政課長")]
for a, b in rows:
    txt(p, L + 14, y, a, 10.5); txt(p, L + 80, y, b, 10.5); y += 17
y += 10
txt(p, L, y, "３　議題", 11, "G"); y += 20
agenda = ["令和６年度債権管理の実績について", "令和７年度９月末現在の収納状況について",
          "債権放棄（私債権）の処理方針について"]
for k, a in enumerate(agenda, 1):
    txt(p, L + 14, y, f"（{zen(k)}）{a}", 10.5); y += 17
y += 10
txt(p, L, y, "４　資料", 11, "G"); y += 20
mats = ["資料１　令和６年度債権別決算状況", "資料２　債権別収納状況（令和７年９月末現在）", "資料３　債権放棄予定一覧"]
for m in mats:
    txt(p, L + 14, y, m, 10.5); y += 17
y += 10
txt(p, L, y, "５　議事の概要（委員からの報告及び意見）", 11, "G"); y += 22

# statements ------------------------------------------------------------------
statements = [
    ("税務課長", agenda[0], "令和６年度決算における市税の収納率は、現年分{r1}、滞納繰越分{r2}で、全体では{r3}となり、前年度比{d1}上昇した。"
     "収入未済額は約{o1}で、前年度から約{o2}減少している。高額滞納案件については、財産調査を早期に行い、差押えを中心とした滞納処分を徹底した。"),
    ("市民部長", agenda[0], "国民健康保険税は、令和６年度決算で現年分の収納率が{r4}となり、前年度を下回った。"
     "資格喪失後の未納世帯が増えていることが主な要因であり、喪失届の受付時に納付相談を行う運用を今年度から始めている。"),
    ("健康福祉部長", agenda[1], "介護保険料は９月末時点で現年分の収納率が前年同月を上回っている。普通徴収の対象者には、口座振替の勧奨を引き続き行う。"
     "後期高齢者医療保険料は、新規加入者への納付案内を強化した結果、現年分の収納率は前年同月比{d2}改善した。"),
    ("子ども・若者部長", agenda[1], "保育料は、児童手当からの特別徴収の申出を積極的に勧めた結果、滞納繰越分の収入未済額は約{o3}まで縮減した。"
     "現年分については、２か月続けて未納となった世帯に電話連絡を行ってから催告書を送付している。"),
    ("土木部長", agenda[2], "市営住宅使用料の退去者分については、所在不明や生活困窮により回収の見込みがない債権があり、債権管理条例に基づく放棄を検討したい。"
     "放棄の対象は１２件、約{o4}を予定している。"),
    ("副市長", agenda[2], "各部とも、滞納の初期段階での接触を徹底し、現年分の収納率の確保を最優先に取り組むこと。"
     "放棄については、事務局と所管課で事案ごとに要件を確認したうえで進めるよう指示する。"),
]
# prose figures (settled year R6 = 2024)
tax24 = dict(r1="99.18％", r2="27.64％", r3="97.41％", d1="0.38ポイント", o1="1億6,840万円", o2="2,150万円")
nk24 = dict(r4="93.06％")
kk = dict(d2="0.30ポイント")
hoiku = dict(o3="690万円")
jutaku = dict(o4="380万円")
fill = {**tax24, **nk24, **kk, **hoiku, **jutaku}
texts = [s[2].format(**fill) for s in statements]
stm_pages = []
SW = R - L - 14
for (sp, sec, _), tx in zip(statements, texts):
    lines = wrap(tx, SW - 10, 10.5, FM)
    need = 17 + len(lines) * 17 + 8
    if y + need > H - 60:
        p = newpage(); y = 70
    txt(p, L + 6, y, "○" + sp, 10.5, "G"); y += 17
    for ln in lines:
        txt(p, L + 20, y, ln, 10.5); y += 17
    y += 8
    stm_pages.append(doc.page_count)
pg = dict(zip(["税", "国", "介", "保", "住", "副"], stm_pages))
P = pg["税"]
g.f(P, "市税", "市税", 2024, "令和６年度", "current", "collection_rate", "actual", 99.18, "percent", "99.18％")
g.f(P, "市税", "市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", 27.64, "percent", "27.64％")
g.f(P, "市税", "市税", 2024, "令和６年度", "total", "collection_rate", "actual", 97.41, "percent", "97.41％")
g.f(P, "市税", "市税", 2024, "令和６年度", "total", "difference", "actual", 0.38, "points", "0.38ポイント")
g.f(P, "市税", "市税", 2024, "令和６年度", "total", "outstanding", "actual", 168400000, "yen", "約1億6,840万円", approx=True)
g.f(P, "市税", "市税", 2024, "令和６年度", "total", "difference", "actual", -21500000, "yen", "約2,150万円", approx=True)
g.f(pg["国"], "国民健康保険税", "国民健康保険税", 2024, "令和６年度", "current", "collection_rate", "actual", 93.06, "percent", "93.06％")
g.f(pg["介"], "後期高齢者医療保険料", "後期高齢者医療保険料", 2025, None, "current", "difference", "interim", 0.30, "points", "0.30ポイント", as_of="2025-09-30")
g.f(pg["保"], "保育料", "保育料", 2025, None, "arrears", "outstanding", "interim", 6900000, "yen", "約690万円", approx=True, as_of="2025-09-30")
# 住: 放棄予定額 is not one of the six metrics -> metric "write_off_planned"
g.f(pg["住"], "市営住宅使用料", "市営住宅使用料", 2025, None, "arrears", "planned_waiver", "estimate", 3800000, "yen", "約380万円", approx=True)

# ---------------------------------------------------------------- 別表1 (page 3)
p = newpage(); y = 66
txt(p, L - 10, y, "別表１　債権別収納状況（令和７年９月末現在）", 12, "G")
txt(p, R + 10 - FM.text_length("（単位：千円、％）", 9), y, "（単位：千円、％）", 9); y += 12
debts = [  # short, full, (cur A this, cur rate this, arr A this, arr rate this), same for prev
    ("市税", "市税", (5812340, 55.2, 268415, 19.6), (5736915, 54.8, 291332, 18.4)),
    ("国保税", "国民健康保険税", (1024560, 41.3, 188920, 12.4), (1051230, 40.9, 201455, 11.9)),
    ("介護料", "介護保険料", (912300, 52.1, 21640, 15.2), (898410, 51.8, 23018, 14.7)),
    ("後期高齢", "後期高齢者医療保険料", (452180, 56.4, 3912, 30.8), (437905, 56.1, 4205, 29.9)),
    ("保育料", "保育料", (96540, 48.7, 8215, 16.3), (101220, 47.5, 9104, 15.1)),
    ("住宅使用料", "市営住宅使用料", (58910, 49.2, 31870, 7.8), (59340, 49.6, 33415, 8.3)),
]


def seg3(t):
    ca, cr, aa, ar = t
    cc, ac = round(ca * cr / 100), round(aa * ar / 100)
    return {"current": (ca, cc), "arrears": (aa, ac), "total": (ca + aa, cc + ac)}


xs = [L - 10, 110, 150, 210, 270, 312, 372, 432, 474, R + 10]
hy = y
p.draw_rect(fitz.Rect(xs[0], hy, xs[-1], hy + 36), color=None, fill=(0.86, 0.9, 0.95))
cell(p, xs[0], xs[2], hy + 22, "債権名・区分", 8.5, "c", "G")
cell(p, xs[2], xs[5], hy + 14, "前年同月", 8.5, "c", "G")
cell(p, xs[5], xs[8], hy + 14, "本年度", 8.5, "c", "G")
cell(p, xs[8], xs[9], hy + 14, "収納率", 8.5, "c", "G")
for k, h in enumerate(["調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率", "差"]):
    cell(p, xs[2 + k], xs[3 + k], hy + 31, h, 8.5, "c", "G")
p.draw_line((xs[2], hy + 18), (xs[9], hy + 18), width=0.5)
y = hy + 36
rh = 15
P3 = doc.page_count
SEGL = {"current": "現年", "arrears": "滞繰", "total": "計"}
tot = {"this": {s: [0, 0] for s in SEGL}, "prev": {s: [0, 0] for s in SEGL}}
allrows = [(sh, full, seg3(tt), seg3(pt)) for sh, full, tt, pt in debts]
for sh, full, tv, pv in allrows:
    for s in SEGL:
        for k in (0, 1):
            tot["this"][s][k] += tv[s][k]; tot["prev"][s][k] += pv[s][k]
allrows.append(("合計", None, {s: tuple(v) for s, v in tot["this"].items()}, {s: tuple(v) for s, v in tot["prev"].items()}))
for sh, full, tv, pv in allrows:
    top = y
    for j, s in enumerate(SEGL):
        yy = y + rh - 4
        if s == "total":
            p.draw_rect(fitz.Rect(xs[1], y, xs[-1], y + rh), color=None, fill=(0.95, 0.95, 0.95))
        cell(p, xs[1], xs[2], yy, SEGL[s], 8.5, "c")
        vals = []
        for which, (a, c), fy, asof in (("prev", pv[s], 2024, "2024-09-30"), ("this", tv[s], 2025, "2025-09-30")):
            r_ = rate(c, a)
            vals.append(r_)
            fyr = "前年同月" if which == "prev" else "本年度"
            g.f(P3, full, sh, fy, fyr, s, "assessed", "interim", a * 1000, "yen", cm(a), as_of=asof)
            g.f(P3, full, sh, fy, fyr, s, "collected", "interim", c * 1000, "yen", cm(c), as_of=asof)
            g.f(P3, full, sh, fy, fyr, s, "collection_rate", "interim", r_, "percent", f"{r_:.2f}", as_of=asof)
            off = 2 if which == "prev" else 5
            cell(p, xs[off], xs[off + 1], yy, cm(a), 8.5)
            cell(p, xs[off + 1], xs[off + 2], yy, cm(c), 8.5)
            cell(p, xs[off + 2], xs[off + 3], yy, f"{r_:.2f}", 8.5)
        d = round(vals[1] - vals[0], 2)
        cell(p, xs[8], xs[9], yy, pf(d), 8.5)
        g.f(P3, full, sh, 2025, "本年度", s, "difference", "interim", d, "points", pf(d), as_of="2025-09-30")
        p.draw_line((xs[1], y + rh), (xs[-1], y + rh), width=0.3)
        y += rh
    cell(p, xs[0], xs[1], top + rh + rh - 4, sh, 9, "c", "G")
    p.draw_line((xs[0], y), (xs[-1], y), width=0.7)
for x in xs:
    if x in (xs[3], xs[4], xs[6], xs[7]):
        p.draw_line((x, hy + 18), (x, y), width=0.3)
    else:
        p.draw_line((x, hy), (x, y), width=0.5 if x not in (xs[1],) else 0.3)
p.draw_rect(fitz.Rect(xs[0], hy, xs[-1], y), width=0.8)
p.draw_line((xs[2], hy + 36), (xs[9], hy + 36), width=0.5)
y += 16
for ln in ["注１　債権名の略称　国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、",
           "　　　住宅使用料：市営住宅使用料",
           "注２　「前年同月」は令和６年９月末、「本年度」は令和７年９月末の数値である。",
           "注３　収納率の差は本年度から前年同月を差し引いたもの（単位：ポイント）。△はマイナス。"]:
    txt(p, L - 10, y, ln, 8.5); y += 13

# ---------------------------------------------------------------- 別表2 (page 4)
p = newpage(); y = 66
P4 = doc.page_count
txt(p, L - 10, y, "別表２　市税（現年分）の地域別収納状況（令和７年９月末現在）", 12, "G"); y += 8
tax_cur = seg3(debts[0][2])["current"]
shares = [("山東地域", 0.214), ("伊吹地域", 0.128), ("米原地域", 0.331)]
areas = []
rest_a, rest_c = tax_cur
for nm, sh in shares:
    a = round(tax_cur[0] * sh); c = round(a * {"山東地域": 0.5571, "伊吹地域": 0.5408, "米原地域": 0.5497}[nm])
    areas.append((nm, a, c)); rest_a -= a; rest_c -= c
areas.append(("近江地域", rest_a, rest_c))
# a rule-less table: only horizontal rules over and under the header
xs2 = [L, 170, 270, 370, 450]
y += 14
p.draw_line((xs2[0], y), (xs2[-1], y), width=0.8)
for k, h in enumerate(["地域", "調定額（円）", "収入済額（円）", "収納率（％）"]):
    cell(p, xs2[k], xs2[k + 1], y + 13, h, 9, "c" if k == 0 else "r", "G")
y += 18
p.draw_line((xs2[0], y), (xs2[-1], y), width=0.8)
y += 4
for nm, a, c in areas + [("計", tax_cur[0], tax_cur[1])]:
    y += 16
    r_ = rate(c, a)
    cell(p, xs2[0], xs2[1], y, nm, 9.5, "c")
    cell(p, xs2[1], xs2[2], y, cm(a * 1000), 9.5)
    cell(p, xs2[2], xs2[3], y, cm(c * 1000), 9.5)
    cell(p, xs2[3], xs2[4], y, f"{r_:.2f}", 9.5)
    ar = None if nm == "計" else nm
    g.f(P4, "市税", "市税", 2025, "令和７年９月末", "current", "assessed", "interim", a * 1000, "yen", cm(a * 1000), as_of="2025-09-30", area=ar)
    g.f(P4, "市税", "市税", 2025, "令和７年９月末", "current", "collected", "interim", c * 1000, "yen", cm(c * 1000), as_of="2025-09-30", area=ar)
    g.f(P4, "市税", "市税", 2025, "令和７年９月末", "current", "collection_rate", "interim", r_, "percent", f"{r_:.2f}", as_of="2025-09-30", area=ar)
y += 14
txt(p, L, y, "※ 地域は旧町域による区分。計は別表１の市税現年分と一致する（別表１は千円単位）。", 8.5); y += 30

# 【収納率】 heading over segment-only bullets (国保税)
txt(p, L, y, "別表３　国民健康保険税の状況", 12, "G"); y += 22
txt(p, L + 6, y, "【収納率】令和７年９月末時点", 10.5, "G"); y += 18
nk_t, nk_p = seg3(debts[1][2]), seg3(debts[1][3])
for s, lab in (("current", "現年分"), ("arrears", "滞繰分")):
    r_ = rate(nk_t[s][1], nk_t[s][0]); rp = rate(nk_p[s][1], nk_p[s][0])
    s1 = f"・{lab}　{r_:.2f}％（前年同月 {rp:.2f}％）"
    txt(p, L + 16, y, s1, 10.5); y += 17
    g.f(P4, "国民健康保険税", "国民健康保険税", 2025, "令和７年９月末", s, "collection_rate", "interim", r_, "percent", f"{r_:.2f}％", as_of="2025-09-30")
    g.f(P4, "国民健康保険税", "国民健康保険税", 2024, "前年同月", s, "collection_rate", "interim", rp, "percent", f"{rp:.2f}％", as_of="2024-09-30")
y += 14
# 【参考】 box with label：value bullets
bx0 = y
lines = ["【参考】国民健康保険税の滞納状況（令和７年９月末）",
         "・滞納世帯数：１，２８４世帯（前年同月　１，３５２世帯）",
         "・収入未済額（滞繰分）：約１億６，５００万円",
         "・差押件数：８６件（前年同月　７１件）"]
y += 18
for k, ln in enumerate(lines):
    txt(p, L + 12, y, ln, 10.5, "G" if k == 0 else "M"); y += 18
p.draw_rect(fitz.Rect(L, bx0, R, y - 6), width=0.8)
g.f(P4, "国民健康保険税", "国民健康保険税", 2025, "令和７年９月末", "total", "delinquents", "interim", 1284, "households", "１，２８４世帯", as_of="2025-09-30")
g.f(P4, "国民健康保険税", "国民健康保険税", 2024, "前年同月", "total", "delinquents", "interim", 1352, "households", "１，３５２世帯", as_of="2024-09-30")
g.f(P4, "国民健康保険税", "国民健康保険税", 2025, "令和７年９月末", "arrears", "outstanding", "interim", 165000000, "yen", "約１億６，５００万円", approx=True, as_of="2025-09-30")
y += 20
txt(p, R - FM.text_length("（事務局：総務部税務課）", 10), y, "（事務局：総務部税務課）", 10)

g.minutes = {"title": TITLE, "meeting_number": 2, "date": "2025-11-20", "method": "書面開催",
             "attendees": [{"role": a, "title": b, "name": None} for a, b in att],
             "agenda": agenda, "materials": mats,
             "statements": [{"speaker": sp, "section": sec, "text": tx} for (sp, sec, _), tx in zip(statements, texts)]}
out = ROOT / "pdf" / f"{STEM}.pdf"
doc.subset_fonts()
doc.save(out, garbage=4, deflate=True)
ok = g.write(out)
sys.exit(0 if ok else 1)
