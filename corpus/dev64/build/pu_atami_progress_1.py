"""熱海市 令和5年度 市税等の収納状況及び収納対策の進捗状況（令和6年2月末現在） (progress_report): PyMuPDF drawing."""
import sys
from pathlib import Path

import fitz

sys.path.insert(0, str(Path(__file__).parent))
from pu_common import ROOT, Gold, c, r2, check, rate  # noqa: E402

STEM = "pu_atami_progress_1"
CITY = "熱海市"
TITLE = "令和5年度 市税等の収納状況及び収納対策の進捗状況（令和6年2月末現在）"
g = Gold(STEM, "progress_report", "progress", CITY, TITLE, "2024-03-15", "令和6年3月15日")
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FG, FM = fitz.Font(fontfile=GOTH), fitz.Font(fontfile=MIN)
doc = fitz.open()
NOW, PREV = "2024-02-29", "2023-02-28"


def newpage(w=595, h=842):
    p = doc.new_page(width=w, height=h)
    p.insert_font(fontname="G", fontfile=GOTH)
    p.insert_font(fontname="M", fontfile=MIN)
    n = doc.page_count
    p.insert_text((w - 40 - FG.text_length("熱海市 税務課 収納対策資料", 7.5), 26), "熱海市 税務課 収納対策資料",
                  fontname="G", fontsize=7.5, color=(.4, .4, .4))
    s = f"－ {n} －"
    p.insert_text(((w - FM.text_length(s, 9)) / 2, h - 22), s, fontname="M", fontsize=9)
    return p


def text(p, x, y, s, fs=10, font="M", color=(0, 0, 0)):
    p.insert_text((x, y), s, fontname=font, fontsize=fs, color=color)


def para(p, x, y, s, width, fs=10, font="M", lh=1.7):
    """wrap Japanese text by character width; returns next y."""
    F = FM if font == "M" else FG
    line = ""
    for ch in s:
        if F.text_length(line + ch, fs) > width:
            text(p, x, y, line, fs, font)
            y += fs * lh
            line = ""
        line += ch
    if line:
        text(p, x, y, line, fs, font)
        y += fs * lh
    return y


def table(p, x, y, widths, rows, h=16, fs=8, head=1, rules="grid", shade=(.85, .89, .95), align=None, bold_rows=()):
    """rows: list of lists; a cell may be (text, colspan). Returns bottom y."""
    for ri, row in enumerate(rows):
        cx, ci = x, 0
        for cell in row:
            span = 1
            if isinstance(cell, tuple):
                cell, span = cell
            w = sum(widths[ci:ci + span])
            r = fitz.Rect(cx, y, cx + w, y + h)
            if ri < head and shade:
                p.draw_rect(r, color=None, fill=shade)
            if rules == "grid":
                p.draw_rect(r, color=(.3, .3, .3), width=.5)
            lines = str(cell).split("\n")
            for li, ln in enumerate(lines):
                tw = FG.text_length(ln, fs)
                a = "c" if ri < head else (align[ci] if align else ("l" if ci == 0 else "r"))
                tx = cx + 3 if a == "l" else (cx + w - 3 - tw if a == "r" else cx + (w - tw) / 2)
                ty = y + (h - len(lines) * fs * 1.15) / 2 + fs * (li + 1) * 1.1
                p.insert_text((tx, ty), ln, fontname="G", fontsize=fs)
            cx += w
            ci += span
        y += h
        if rules == "hrule" and (ri == 0 or ri == head - 1):
            p.draw_line((x, y), (x + sum(widths), y), color=(0, 0, 0), width=.8)
        if rules == "hrule" and ri == 0:
            p.draw_line((x, y - h), (x + sum(widths), y - h), color=(0, 0, 0), width=.8)
        if ri in bold_rows and rules == "grid":
            p.draw_line((x, y - h), (x + sum(widths), y - h), color=(0, 0, 0), width=1.4)
    return y


# ------------------------------------------------------------------ data (千円)
# name, short, segs: {seg: (prev assessed, prev collected, now assessed, now collected)}
DATA = [
    ("市税", "市税", {"current": (9052310, 8214760, 9210450, 8402130), "arrears": (1108450, 168920, 1050320, 172480)}),
    ("国民健康保険税", "国保税", {"current": (1462180, 1151330, 1420300, 1131870), "arrears": (648210, 86540, 612040, 88230)}),
    ("介護保険料", "介護保険料", {"total": (1098740, 962310, 1120500, 985640)}),
    ("後期高齢者医療保険料", "後期高齢", {"total": (528460, 485120, 540200, 497930)}),
    ("温泉使用料", "温泉使用料", {"total": (318920, 265430, 310450, 262180)}),
    ("市営住宅使用料", "住宅使用料", {"total": (101230, 83640, 98760, 82410)}),
]
SEGJ = {"current": "現年分", "arrears": "滞納繰越分", "total": "計"}

# ------------------------------------------------------------------ p1
p = newpage()
P = 1
text(p, 420, 60, "令和6年3月15日", 10)
text(p, 420, 76, "熱海市 総務部 税務課", 10)
y = para(p, 60, 112, TITLE, 470, 15, "G")
text(p, 60, y + 8, "１　概要", 12, "G")
cx = DATA[0][2]
now_a = cx["current"][2] + cx["arrears"][2]
now_c = cx["current"][3] + cx["arrears"][3]
prev_a = cx["current"][0] + cx["arrears"][0]
prev_c = cx["current"][1] + cx["arrears"][1]
rn, rp = rate(now_c, now_a), rate(prev_c, prev_a)
dpt = round(rn - rp, 2)
okun = now_c * 1000
oku, man = divmod(round(okun / 1e4), 10000)
dman = round((now_c - prev_c) / 10)
s1 = (f"令和6年2月末現在における市税全体の収納率は{r2(rn)}％で、前年同月と比べ{r2(dpt)}ポイント上昇しました。"
      f"収入済額は約{oku}億{man:,}万円で、前年同月から約{dman:,}万円増加しています。")
y = para(p, 72, y + 30, s1, 450)
g.fact(P, "市税", None, 2023, "令和6年2月末", "total", "collection_rate", "interim", rn, "percent", f"{r2(rn)}％", as_of=NOW)
g.fact(P, "市税", None, 2023, "令和6年2月末", "total", "difference", "interim", dpt, "points", f"{r2(dpt)}ポイント", as_of=NOW)
g.fact(P, "市税", None, 2023, "令和6年2月末", "total", "collected", "interim", (oku * 10000 + man) * 10000, "yen",
       f"約{oku}億{man:,}万円", approx=True, as_of=NOW)
g.fact(P, "市税", None, 2023, "令和6年2月末", "total", "difference", "interim", dman * 10000, "yen", f"約{dman:,}万円",
       approx=True, as_of=NOW)
r12 = 83.27
s2 = (f"現年分は前回報告（12月末）時点の{r12}％から順調に伸びており、滞納繰越分も前年同月を上回っています。"
      "一方、国民健康保険税の現年分は前年同月をわずかに下回っており、3月の出納整理期間に向けて催告を強化します。")
y = para(p, 72, y + 4, s2, 450)
g.fact(P, "市税", None, 2023, "12月末", "current", "collection_rate", "interim", r12, "percent", f"{r12}％", as_of="2023-12-31")
y += 10
p.draw_rect(fitz.Rect(66, y, 530, y + 96), color=(0, 0, 0), width=.8)
text(p, 76, y + 18, "【収納率】令和6年2月末時点（市税）", 11, "G")
yy = y + 38
for seg in ("current", "arrears"):
    a, cc_ = cx[seg][2], cx[seg][3]
    pa, pc = cx[seg][0], cx[seg][1]
    v, pv = rate(cc_, a), rate(pc, pa)
    lab = "現年分" if seg == "current" else "滞納繰越分"
    s = f"・{lab}　{r2(v)}％（前年同月 {r2(pv)}％）"
    text(p, 90, yy, s, 10.5, "G")
    g.fact(P, "市税", None, 2023, "令和6年2月末", seg, "collection_rate", "interim", v, "percent", f"{r2(v)}％", as_of=NOW)
    g.fact(P, "市税", None, 2022, "前年同月", seg, "collection_rate", "interim", pv, "percent", f"{r2(pv)}％", as_of=PREV)
    yy += 20
text(p, 90, yy, f"・計　　　{r2(rn)}％（前年同月 {r2(rp)}％）", 10.5, "G")
g.fact(P, "市税", None, 2023, "令和6年2月末", "total", "collection_rate", "interim", rn, "percent", f"{r2(rn)}％", as_of=NOW)
g.fact(P, "市税", None, 2022, "前年同月", "total", "collection_rate", "interim", rp, "percent", f"{r2(rp)}％", as_of=PREV)
y += 116
text(p, 60, y, "２　報告の内容", 12, "G")
for i, s in enumerate(["（１）債権別の収納状況（2月末現在・前年同月比較）……… 2",
                       "（２）市税現年分の月別収納状況 …………………………… 3",
                       "（３）年度末の決算見込 ……………………………………… 4",
                       "（４）主な取組の進捗 ………………………………………… 5"]):
    text(p, 80, y + 22 + i * 18, s, 10)

# ------------------------------------------------------------------ p2  前年度 / 本年度 columns
p = newpage()
P = 2
text(p, 50, 60, "（１）債権別の収納状況（令和6年2月末現在・前年同月比較）", 12, "G")
text(p, 50, 78, "前年度は令和5年2月末、本年度は令和6年2月末の累計額。", 8.5)
head = [[("債権名", 1), ("区分", 1), ("前年度", 3), ("本年度", 3), ("前年度比", 2)],
        ["", "", "調定額\n（千円）", "収入済額\n（千円）", "収納率\n（％）", "調定額\n（千円）", "収入済額\n（千円）",
         "収納率\n（％）", "収入済額\n（％）", "収納率\n（ポイント）"]]
rows = []
for name, short, segs in DATA:
    first = True
    for seg, (pa, pc, na, nc) in segs.items():
        pr, nr = rate(pc, pa), rate(nc, na)
        ratio = round(nc / pc * 100, 1)
        d = round(nr - pr, 2)
        ds = ("▲" if d < 0 else "") + f"{abs(d):.2f}"
        rows.append([short if first else "", SEGJ[seg], c(pa), c(pc), r2(pr), c(na), c(nc), r2(nr), f"{ratio}", ds])
        first = False
        for fy, asof, a, cl, r in ((2022, PREV, pa, pc, pr), (2023, NOW, na, nc, nr)):
            fr = "前年度" if fy == 2022 else "本年度"
            g.fact(P, name, short, fy, fr, seg, "assessed", "interim", a * 1000, "yen", c(a), as_of=asof)
            g.fact(P, name, short, fy, fr, seg, "collected", "interim", cl * 1000, "yen", c(cl), as_of=asof)
            g.fact(P, name, short, fy, fr, seg, "collection_rate", "interim", r, "percent", r2(r), as_of=asof)
        g.fact(P, name, short, 2023, "本年度", seg, "ratio_to_previous", "interim", ratio, "percent", f"{ratio}", as_of=NOW)
        g.fact(P, name, short, 2023, "本年度", seg, "difference", "interim", d, "points", ds, as_of=NOW)
W = [62, 40, 52, 52, 38, 52, 52, 38, 40, 44]
y = table(p, 40, 90, W, head + rows, h=22, fs=7.6, head=2)
text(p, 40, y + 12, "※ 前年度比の収入済額欄は、本年度収入済額÷前年度収入済額×100。▲は低下。", 7.5)
text(p, 40, y + 24, "（略称）国保税：国民健康保険税　後期高齢：後期高齢者医療保険料　住宅使用料：市営住宅使用料", 7.5)
# small table in 円 beside (below) -- 学校給食費
text(p, 50, y + 40, "（参考）学校給食費の収納状況（2月末現在）", 10.5, "G")
gk = [("前年度", 2022, PREV, 52318400, 49870150), ("本年度", 2023, NOW, 51964200, 49712630)]
rows2 = [["区分", "調定額（円）", "収入済額（円）", "収納率（％）"]]
for lab, fy, asof, a, cl in gk:
    r = rate(cl, a)
    rows2.append([lab, c(a), c(cl), r2(r)])
    g.fact(P, "学校給食費", "学校給食費", fy, lab, "total", "assessed", "interim", a, "yen", c(a), as_of=asof)
    g.fact(P, "学校給食費", "学校給食費", fy, lab, "total", "collected", "interim", cl, "yen", c(cl), as_of=asof)
    g.fact(P, "学校給食費", "学校給食費", fy, lab, "total", "collection_rate", "interim", r, "percent", r2(r), as_of=asof)
y = table(p, 50, y + 48, [70, 100, 100, 80], rows2, h=18, fs=8)
y = para(p, 50, y + 24, "学校給食費は小中学校の私会計から公会計へ移行した債権であり、児童手当からの申出徴収の活用を進めている。"
         "表中の金額は円単位、上表は千円単位で表示している。", 490, 9.5)

# ------------------------------------------------------------------ p3 monthly table + chart
p = newpage()
P = 3
text(p, 50, 60, "（２）市税現年分の月別収納状況（累計）", 12, "G")
text(p, 400, 78, "単位：千円、％", 8.5)
MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末"]
ENDS = {2023: ["2023-04-30", "2023-05-31", "2023-06-30", "2023-07-31", "2023-08-31", "2023-09-30", "2023-10-31",
               "2023-11-30", "2023-12-31", "2024-01-31", "2024-02-29"],
        2022: ["2022-04-30", "2022-05-31", "2022-06-30", "2022-07-31", "2022-08-31", "2022-09-30", "2022-10-31",
               "2022-11-30", "2022-12-31", "2023-01-31", "2023-02-28"]}
shares_now = [8.62, 24.31, 39.85, 49.12, 57.46, 63.88, 70.15, 75.02, r12, 87.44, None]
shares_prev = [8.41, 23.96, 39.20, 48.77, 56.90, 63.35, 69.71, 74.66, 82.80, 87.02, None]
an, ap = cx["current"][2], cx["current"][0]
rows = [["月", "本年度\n収入済額", "本年度\n収納率", "前年度\n収入済額", "前年度\n収納率", "収納率\n差"]]
series = []
for i, m in enumerate(MONTHS):
    if i == 10:
        cn, cp = cx["current"][3], cx["current"][1]
    else:
        cn, cp = round(an * shares_now[i] / 100), round(ap * shares_prev[i] / 100)
    rn_, rp_ = rate(cn, an), rate(cp, ap)
    d = round(rn_ - rp_, 2)
    ds = ("▲" if d < 0 else "") + f"{abs(d):.2f}"
    rows.append([m, c(cn), r2(rn_), c(cp), r2(rp_), ds])
    series.append(rn_)
    g.fact(P, "市税", "市税", 2023, m, "current", "collected", "interim", cn * 1000, "yen", c(cn), as_of=ENDS[2023][i])
    g.fact(P, "市税", "市税", 2023, m, "current", "collection_rate", "interim", rn_, "percent", r2(rn_), as_of=ENDS[2023][i])
    g.fact(P, "市税", "市税", 2022, m, "current", "collected", "interim", cp * 1000, "yen", c(cp), as_of=ENDS[2022][i])
    g.fact(P, "市税", "市税", 2022, m, "current", "collection_rate", "interim", rp_, "percent", r2(rp_), as_of=ENDS[2022][i])
    g.fact(P, "市税", "市税", 2023, m, "current", "difference", "interim", d, "points", ds, as_of=ENDS[2023][i])
y = table(p, 60, 88, [50, 85, 60, 85, 60, 55], rows, h=17, fs=8, head=1, shade=(.88, .88, .88))
text(p, 60, y + 12, f"本年度の調定額（現年分）{c(an)}千円、前年度 {c(ap)}千円（いずれも2月末現在）。", 8)
g.fact(P, "市税", "市税", 2023, "本年度", "current", "assessed", "interim", an * 1000, "yen", f"{c(an)}千円", as_of=NOW)
g.fact(P, "市税", "市税", 2022, "前年度", "current", "assessed", "interim", ap * 1000, "yen", f"{c(ap)}千円", as_of=PREV)
# line chart with data labels (本年度, every other month + last)
y0 = y + 40
text(p, 60, y0, "図　市税現年分収納率の推移（本年度、％）", 10, "G")
X0, Y0, WW, HH = 80, y0 + 20, 440, 170
p.draw_rect(fitz.Rect(X0, Y0, X0 + WW, Y0 + HH), color=(.6, .6, .6), width=.5)
pts = []
for i, v in enumerate(series):
    px = X0 + 20 + i * (WW - 40) / 10
    py = Y0 + HH - 10 - v / 100 * (HH - 30)
    pts.append((px, py))
    text(p, px - 10, Y0 + HH + 12, MONTHS[i].replace("末", ""), 7, "G")
for a, b in zip(pts, pts[1:]):
    p.draw_line(a, b, color=(.1, .3, .7), width=1.5)
for i in (0, 2, 4, 6, 8, 10):
    px, py = pts[i]
    p.draw_circle((px, py), 2.5, color=(.1, .3, .7), fill=(.1, .3, .7))
    lab = r2(series[i])
    text(p, px - 12, py - 6, lab, 7.5, "G")
    g.fact(P, "市税", "市税", 2023, MONTHS[i], "current", "collection_rate", "interim", series[i], "percent", lab,
           as_of=ENDS[2023][i])

# ------------------------------------------------------------------ p4 landscape: year-end estimates
p = newpage(842, 595)
P = 4
text(p, 50, 52, "（３）年度末の決算見込（令和5年度）", 12, "G")
text(p, 650, 70, "収納率：％　金額：百万円", 8.5)
EST = [  # section, name, short, R4 決算率, R5 目標率, 見込率, 見込未済(百万円, 1 decimal), うち滞繰(千円) or None
    ("【一般会計】", [("市税", "市税", 93.41, 93.80, 93.92, 612.4, 458230),
                     ("市営住宅使用料", "市営住宅使用料", 86.12, 87.00, 86.95, 14.8, 10120),
                     ("学校給食費", "学校給食費", 97.10, 97.50, 97.62, 1.3, None)]),
    ("【特別会計】", [("国民健康保険税", "国民健康保険税", 70.84, 72.00, 71.56, 498.6, 402310),
                     ("介護保険料", "介護保険料", 92.63, 93.00, 93.18, 71.2, None),
                     ("後期高齢者医療保険料", "後期高齢者医療保険料", 98.72, 98.90, 98.81, 6.2, None),
                     ("温泉使用料", "温泉使用料", 88.45, 89.50, 89.02, 32.7, 21840)]),
]
rows = [["会計・債権名", "令和4年度\n決算収納率", "令和5年度\n目標収納率", "決算見込\n収納率", "見込－目標\n（ポイント）",
         "決算見込\n収入未済額", "備考"]]
grand = 0
bold = []
for sec, lst in EST:
    rows.append([sec, "", "", "", "", "", ""])
    sub = 0
    for name, short, ra, tg, es, out, arr in lst:
        d = round(es - tg, 2)
        ds = ("▲" if d < 0 else "") + f"{abs(d):.2f}"
        note = f"うち滞納繰越分 {c(arr)}千円" if arr else "－"
        rows.append(["　" + short, r2(ra), r2(tg), r2(es), ds, f"{out:,.1f}", note])
        sub = round(sub + out, 1)
        g.fact(P, name, short, 2022, "令和4年度", "total", "collection_rate", "actual", ra, "percent", r2(ra))
        g.fact(P, name, short, 2023, "令和5年度", "total", "collection_rate", "target", tg, "percent", r2(tg))
        g.fact(P, name, short, 2023, "令和5年度", "total", "collection_rate", "estimate", es, "percent", r2(es))
        g.fact(P, name, short, 2023, "令和5年度", "total", "difference", "estimate", d, "points", ds)
        g.fact(P, name, short, 2023, "令和5年度", "total", "outstanding", "estimate", int(round(out * 1e6)), "yen", f"{out:,.1f}")
        if arr:
            g.fact(P, name, short, 2023, "令和5年度", "arrears", "outstanding", "estimate", arr * 1000, "yen",
                   f"{c(arr)}千円")
    lab = "小計"
    rows.append([lab, "", "", "", "", f"{sub:,.1f}", ""])
    bold.append(len(rows) - 1)
    g.fact(P, None, lab, 2023, "令和5年度", "total", "outstanding", "estimate", int(round(sub * 1e6)), "yen", f"{sub:,.1f}")
    grand = round(grand + sub, 1)
rows.append(["合計", "", "", "", "", f"{grand:,.1f}", ""])
bold.append(len(rows) - 1)
g.fact(P, None, "合計", 2023, "令和5年度", "total", "outstanding", "estimate", int(round(grand * 1e6)), "yen", f"{grand:,.1f}")
y = table(p, 50, 80, [170, 80, 80, 80, 85, 90, 160], rows, h=20, fs=8.5, head=1, bold_rows=bold)
g_oku, g_man = divmod(round(grand * 100), 10000)
s = (f"決算見込における収入未済額は全体で約{g_oku}億{g_man:,}万円となる見込みです。市税と国民健康保険税で全体の約9割を"
     "占めることから、両債権の滞納繰越分の整理を重点的に進めます。")
para(p, 60, y + 24, s, 720, 10)
g.fact(P, None, None, 2023, "令和5年度", "total", "outstanding", "estimate", (g_oku * 10000 + g_man) * 10000, "yen",
       f"約{g_oku}億{g_man:,}万円", approx=True)

# ------------------------------------------------------------------ p5 initiatives + unruled table
p = newpage()
P = 5
text(p, 50, 60, "（４）主な取組の進捗", 12, "G")
y = 84
INITS = [
    ("市税", "市税", "早期納付の働きかけ", [
        ("①", "納期限後20日以内の督促状送付と、送付後10日経過時点での電話催告を徹底した。", "継続"),
        ("②", "別荘等所有者の市外滞納者に対し、所在地の金融機関への預金調査を一斉に実施した。", "拡充"),
        ("③", "キャッシュレス決済の対象に固定資産税の随時分を加え、納付機会を拡大した。", "新規")]),
    ("国民健康保険税", "国保税", "滞納繰越分の整理", [
        ("①", "2年以上の滞納世帯について、財産調査の結果を踏まえ差押えまたは執行停止を判断した。", "継続"),
        ("②", "静岡地方税滞納整理機構へ12件を移管し、高額案件の早期解決を図った。", "継続")]),
    ("温泉使用料", "温泉使用料", "温泉使用料の未納対策", [
        ("①", "3期以上未納の引湯者に給湯停止予告を送付し、分納誓約を取り付けた。", "拡充"),
        ("②", "旅館・ホテル等の大口利用者と四半期ごとに納付計画を協議した。", None)]),
]
for name, short, title, its in INITS:
    text(p, 60, y, f"■{title}（{short}）", 10.5, "G")
    y += 18
    for lab, t, st in its:
        g.init(P, name, short, 2023, title, lab, t, st)
        y = para(p, 74, y, f"{lab}{t}{('【' + st + '】') if st else ''}", 440, 9.5)
    y += 6
text(p, 50, y + 8, "滞納処分の状況（市税・国保税合計、件）", 10.5, "G")
rows = [["年度", "差押件数", "うち預貯金", "執行停止件数"]]
hist = [("令和2年度", 2020, 318, 201, 96), ("令和3年度", 2021, 342, 225, 104), ("令和4年度", 2022, 367, 248, 111),
        ("令和5年度（2月末）", 2023, 352, 239, 88)]
for lab, fy, a, b, e in hist:
    rows.append([lab, f"{a}", f"{b}", f"{e}"])
avg = round(sum(h[2] for h in hist[:3]) / 3)
rows.append(["3年平均（R2～R4）", f"{avg}", "", ""])
y = table(p, 60, y + 18, [130, 80, 80, 90], rows, h=17, fs=8.5, head=1, rules="none", shade=None)
text(p, 60, y + 10, "（件数は各年度3月31日現在。令和5年度は2月29日現在。）", 7.5)
for lab, fy, a, b, e in hist:
    g.fact(P, None, "市税・国保税合計", fy, lab, "total", "seizures", "actual" if fy < 2023 else "interim", a, "cases", f"{a}",
           as_of=None if fy < 2023 else NOW)
y += 40
fn_arr = 128470
text(p, 50, y, "滞納繰越分の収納状況（2月末現在）", 10.5, "G")
rows = [["区分", "市税", "国保税"],
        ["調定額（千円）", c(cx["arrears"][2]), c(DATA[1][2]["arrears"][2])],
        ["収入済額（千円）\n収納率（％）",
         f"{c(cx['arrears'][3])}\n{r2(rate(cx['arrears'][3], cx['arrears'][2]))}",
         f"{c(DATA[1][2]['arrears'][3])}\n{r2(rate(DATA[1][2]['arrears'][3], DATA[1][2]['arrears'][2]))}"]]
for name, short, s3 in (("市税", "市税", cx), ("国民健康保険税", "国保税", DATA[1][2])):
    a, cl = s3["arrears"][2], s3["arrears"][3]
    g.fact(P, name, short, 2023, "2月末", "arrears", "assessed", "interim", a * 1000, "yen", c(a), as_of=NOW)
    g.fact(P, name, short, 2023, "2月末", "arrears", "collected", "interim", cl * 1000, "yen", c(cl), as_of=NOW)
    g.fact(P, name, short, 2023, "2月末", "arrears", "collection_rate", "interim", rate(cl, a), "percent",
           r2(rate(cl, a)), as_of=NOW)
y = table(p, 60, y + 10, [120, 110, 110], rows, h=20, fs=8.5, rules="hrule", shade=None)
text(p, 60, y + 30, f"※ 市税の滞納繰越分収入済額のうち、滞納整理機構移管分 {c(fn_arr)}千円を含む。", 8)
g.fact(P, "市税", "市税", 2023, "2月末", "arrears", "collected_transferred", "interim", fn_arr * 1000, "yen",
       f"{c(fn_arr)}千円", as_of=NOW)

pdf = ROOT / "pdf" / f"{STEM}.pdf"
doc.subset_fonts()
doc.save(pdf, garbage=4, deflate=True)
g.write(pdf)
sys.exit(1 if check(pdf, g) else 0)
