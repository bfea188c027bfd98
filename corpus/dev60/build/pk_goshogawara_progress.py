"""pk_goshogawara_progress_1: 令和５年度 市税等の収納状況及び収納対策の取組状況（２月末現在） (progress_report)
PyMuPDF drawing directly (IPAex fonts, subset).  Run from corpus/dev60."""
import sys
from pathlib import Path

import pymupdf as fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pk_common import ROOT, Gold, fmt, fmt_f, rate, zen, check  # noqa: E402

STEM = "pk_goshogawara_progress_1"
GF = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MF = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FG, FM = fitz.Font(fontfile=GF), fitz.Font(fontfile=MF)
G = Gold()
K = 1000
NOW, LAST = "2024-02-29", "2023-02-28"
FY, FYL = 2023, 2022

# ---------------------------------------------------------------- data (円) at 2月末
# name, short, cur_a this, cur_rate this, cur_a last, cur_rate last, arr_a this, arr_r this, arr_a last, arr_r last
RAW = [
    ("市税", "市税", 5_486_213_400, 93.12, 5_402_880_100, 92.77, 612_345_800, 21.4, 655_912_300, 20.6),
    ("国民健康保険税", "国保税", 1_318_442_700, 81.46, 1_352_190_500, 80.95, 498_774_200, 17.8, 521_630_900, 17.1),
    ("介護保険料", "介護保険料", 1_102_337_600, 95.84, 1_089_512_300, 95.71, 28_415_700, 15.2, 30_118_400, 14.6),
    ("後期高齢者医療保険料", "後期高齢", 512_846_900, 96.63, 498_203_100, 96.52, 6_912_500, 28.9, 7_305_800, 27.5),
    ("保育料", "保育料", 96_518_300, 94.07, 101_224_600, 93.61, 9_845_200, 12.3, 10_772_900, 11.4),
]
D = {}
for n, s, ca, cr, cal, crl, aa, ar, aal, arl in RAW:
    d = {}
    for tag, a1, r1, a2, r2 in (("now", ca, cr, aa, ar), ("last", cal, crl, aal, arl)):
        c1, c2 = round(a1 * r1 / 100), round(a2 * r2 / 100)
        d[tag] = dict(ca=a1, cc=c1, aa=a2, ac=c2, ta=a1 + a2, tc=c1 + c2)
    D[n] = d
NAMES = [r[0] for r in RAW]
SHORT = {r[0]: r[1] for r in RAW}

# ---------------------------------------------------------------- drawing helpers
doc = fitz.open()


def new_page(landscape=False):
    w, h = (842, 595) if landscape else (595, 842)
    pg = doc.new_page(width=w, height=h)
    pg.insert_font(fontname="g", fontfile=GF)
    pg.insert_font(fontname="m", fontfile=MF)
    return pg


def tw(text, size, font="m"):
    return (FG if font == "g" else FM).text_length(text, size)


def txt(pg, x, y, text, size=10, font="m", align="l", color=(0, 0, 0)):
    w = tw(text, size, font)
    if align == "c":
        x -= w / 2
    elif align == "r":
        x -= w
    pg.insert_text((x, y), text, fontname=font, fontsize=size, color=color)
    return w


def wrap(pg, x, y, text, width, size=10, font="m", lead=1.6, indent=0):
    """simple character wrap; returns next y"""
    import re
    line, first = "", True
    for ch in re.findall(r"【..】|.", text):
        lim = width - (0 if first else indent)
        if tw(line + ch, size, font) > lim and ch not in "、。）」％":
            txt(pg, x + (0 if first else indent), y, line, size, font)
            y += size * lead
            line, first = "", False
        line += ch
    if line:
        txt(pg, x + (0 if first else indent), y, line, size, font)
        y += size * lead
    return y


def table(pg, x0, y0, colw, rowh, cells, rules="grid", size=8.5):
    """cells: (r, c, text, dict(rs, cs, al, fill, font))"""
    xs = [x0]
    for w in colw:
        xs.append(xs[-1] + w)
    ys = [y0]
    for h in rowh:
        ys.append(ys[-1] + h)
    for r, c, t, o in cells:
        rs, cs = o.get("rs", 1), o.get("cs", 1)
        rect = fitz.Rect(xs[c], ys[r], xs[c + cs], ys[r + rs])
        if o.get("fill"):
            pg.draw_rect(rect, color=None, fill=o["fill"], width=0)
        lines = str(t).split("\n")
        fs = o.get("size", size)
        font = o.get("font", "m")
        tot_h = len(lines) * fs * 1.25
        yy = rect.y0 + (rect.height - tot_h) / 2 + fs * 0.98
        for ln in lines:
            al = o.get("al", "r")
            xx = {"l": rect.x0 + 3, "c": (rect.x0 + rect.x1) / 2, "r": rect.x1 - 3}[al]
            txt(pg, xx, yy, ln, fs, font, al)
            yy += fs * 1.25
        if rules == "grid":
            pg.draw_rect(rect, color=(0, 0, 0), width=0.5)
    return xs, ys


HF = (0.85, 0.89, 0.95)  # header fill


def header_footer(pg, no):
    txt(pg, pg.rect.width / 2, pg.rect.height - 22, f"－{zen(no)}－", 9, "m", "c")


# ================================================================ p1
P = 1
pg = new_page()
txt(pg, 540, 50, "令和６年３月14日", 10, "m", "r")
txt(pg, 540, 64, "財務部　収納課", 10, "m", "r")
txt(pg, 297, 100, "令和５年度　市税等の収納状況及び収納対策の取組状況について", 13.5, "g", "c")
txt(pg, 297, 120, "（令和６年２月末現在・中間報告）", 11, "g", "c")
y = 150
txt(pg, 55, y, "１　概要", 11.5, "g")
y += 20
s3 = D["市税"]
cr_now, cr_last = rate(s3["now"]["cc"], s3["now"]["ca"]), rate(s3["last"]["cc"], s3["last"]["ca"])
dp = round(cr_now - cr_last, 2)
kk = D["国民健康保険税"]
kr_now, kr_last = rate(kk["now"]["cc"], kk["now"]["ca"]), rate(kk["last"]["cc"], kk["last"]["ca"])
kdp = round(kr_now - kr_last, 2)
uncoll = (s3["now"]["ta"] - s3["now"]["tc"])
un_last = (s3["last"]["ta"] - s3["last"]["tc"])
from pk_common import oku_man  # noqa: E402
ut, uv = oku_man(uncoll)
udt, udv = oku_man(un_last - uncoll)
r17 = 90.42
para1 = (f"　令和６年２月末現在における市税（現年課税分）の収納率は{cr_now:.2f}％で、前年同月と比べ{dp:.2f}ポイント上昇した。"
         f"平成29（2017）年度同月の{r17:.2f}％と比べると大きく改善しており、口座振替の推進と滞納初期の催告の効果が表れている。")
para2 = (f"　２月末時点の市税の未収額（調定額から収入済額を差し引いた額）は約{ut}で、前年同月から約{udt}の減少となった。"
         f"国民健康保険税（現年課税分）の収納率は{kr_now:.2f}％で、前年同月を{kdp:.2f}ポイント上回っている。")
y = wrap(pg, 55, y, para1, 485, 10.2)
y = wrap(pg, 55, y + 2, para2, 485, 10.2)
G.f(P, "市税", "市税", FY, "令和６年２月末", "current", "collection_rate", "interim", cr_now, "percent", f"{cr_now:.2f}％", as_of=NOW)
G.f(P, "市税", "市税", FY, "令和６年２月末", "current", "difference", "interim", dp, "points", f"{dp:.2f}ポイント", as_of=NOW)
G.f(P, "市税", "市税", 2017, "平成29（2017）年度同月", "current", "collection_rate", "interim", r17, "percent", f"{r17:.2f}％", as_of="2018-02-28")
G.f(P, "国民健康保険税", "国民健康保険税", FY, "令和６年２月末", "current", "collection_rate", "interim", kr_now, "percent", f"{kr_now:.2f}％", as_of=NOW)
G.f(P, "国民健康保険税", "国民健康保険税", FY, "令和６年２月末", "current", "difference", "interim", kdp, "points", f"{kdp:.2f}ポイント", as_of=NOW)
G.f(P, "市税", "市税", FY, "令和６年２月末", "total", "outstanding", "interim", uv, "yen", "約" + ut, approx=True, as_of=NOW)
G.f(P, "市税", "市税", FY, "令和６年２月末", "total", "difference", "interim", -udv, "yen", "約" + udt + "の減少", approx=True, as_of=NOW)
# 【収納率】 bracket heading with segment-only bullets
y += 8
pg.draw_rect(fitz.Rect(55, y, 540, y + 78), color=(0, 0, 0), width=0.8)
txt(pg, 65, y + 17, "【収納率】令和６年２月末時点（市税）", 10.5, "g")
ar_now = rate(s3["now"]["ac"], s3["now"]["aa"], 1)
tr_now = rate(s3["now"]["tc"], s3["now"]["ta"])
for k, (lab, seg, v, t) in enumerate([("現年分", "current", cr_now, f"{cr_now:.2f}％"), ("滞繰分", "arrears", ar_now, f"{ar_now:.1f}％"),
                                      ("合計", "total", tr_now, f"{tr_now:.2f}％")]):
    txt(pg, 80, y + 36 + k * 14, f"・{lab}　{t}", 10.2)
    G.f(P, "市税", None, FY, "令和６年２月末", seg, "collection_rate", "interim", v, "percent", t, as_of=NOW)
txt(pg, 300, y + 36, "（前年同月）", 9.5)
arl = rate(s3["last"]["ac"], s3["last"]["aa"], 1)
trl = rate(s3["last"]["tc"], s3["last"]["ta"])
for k, (lab, seg, v, t) in enumerate([("現年分", "current", cr_last, f"{cr_last:.2f}％"), ("滞繰分", "arrears", arl, f"{arl:.1f}％"),
                                      ("合計", "total", trl, f"{trl:.2f}％")]):
    txt(pg, 360, y + 36 + k * 14, f"{lab}　{t}", 9.5)
    G.f(P, "市税", None, FYL, "前年同月", seg, "collection_rate", "interim", v, "percent", t, as_of=LAST)
y += 100
# bar chart with data labels
txt(pg, 297, y, "図１　主要債権の現年度分収納率（２月末現在）", 10.5, "g", "c")
txt(pg, 540, y + 14, "単位：％", 8.5, "m", "r")
cx0, cy0, cw, ch = 95, y + 25, 430, 250
base_v, top_v = 75.0, 100.0
pg.draw_line((cx0, cy0 + ch), (cx0 + cw, cy0 + ch), color=(0, 0, 0), width=0.8)
pg.draw_line((cx0, cy0), (cx0, cy0 + ch), color=(0, 0, 0), width=0.8)
for v in range(75, 101, 5):
    yy = cy0 + ch - (v - base_v) / (top_v - base_v) * ch
    pg.draw_line((cx0, yy), (cx0 + cw, yy), color=(0.8, 0.8, 0.8), width=0.4)
    txt(pg, cx0 - 5, yy + 3, str(v), 8, "m", "r")
gw = cw / len(NAMES)
for i, n in enumerate(NAMES):
    for k, (tag, col, fyy, fyr, aso) in enumerate([("last", (0.7, 0.7, 0.7), FYL, "前年同月", LAST),
                                                    ("now", (0.18, 0.33, 0.59), FY, "本年度", NOW)]):
        r = D[n][tag]
        v = rate(r["cc"], r["ca"])
        bx = cx0 + i * gw + gw * 0.18 + k * gw * 0.32
        by = cy0 + ch - (v - base_v) / (top_v - base_v) * ch
        pg.draw_rect(fitz.Rect(bx, by, bx + gw * 0.3, cy0 + ch), color=None, fill=col)
        lab = f"{v:.2f}"
        txt(pg, bx + gw * 0.15, by - 3, lab, 7.5, "m", "c")
        G.f(P, n, SHORT[n], fyy, fyr, "current", "collection_rate", "interim", v, "percent", lab, as_of=aso)
    txt(pg, cx0 + i * gw + gw / 2, cy0 + ch + 13, SHORT[n], 8.5, "m", "c")
ly = cy0 + ch + 30
pg.draw_rect(fitz.Rect(200, ly - 7, 208, ly + 1), color=None, fill=(0.7, 0.7, 0.7))
txt(pg, 212, ly, "前年同月（令和５年２月末）", 8.5)
pg.draw_rect(fitz.Rect(330, ly - 7, 338, ly + 1), color=None, fill=(0.18, 0.33, 0.59))
txt(pg, 342, ly, "本年度（令和６年２月末）", 8.5)
txt(pg, 55, ly + 18, "※ 国保税：国民健康保険税、後期高齢：後期高齢者医療保険料", 8.5)
header_footer(pg, 1)

# ================================================================ p2-p3 債権別 table (円), broken across pages
COLW = [78, 34, 70, 70, 38, 70, 70, 38, 32]
HEAD = [(0, 0, "債権名", dict(rs=2, al="c", fill=HF, font="g")), (0, 1, "区分", dict(rs=2, al="c", fill=HF, font="g")),
        (0, 2, "本年度（令和６年２月末）", dict(cs=3, al="c", fill=HF, font="g")),
        (0, 5, "前年同月（令和５年２月末）", dict(cs=3, al="c", fill=HF, font="g")),
        (0, 8, "差", dict(rs=2, al="c", fill=HF, font="g"))]
for j, h in enumerate(["調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"]):
    HEAD.append((1, 2 + j, h, dict(al="c", fill=HF, font="g")))


def debt_rows(n, r0, page_no):
    cells = [(r0, 0, n if len(n) < 8 else n[:5] + "\n" + n[5:], dict(rs=3, al="l"))]
    d = D[n]
    for k, (lab, seg, a, c) in enumerate([("現年", "current", "ca", "cc"), ("滞繰", "arrears", "aa", "ac"), ("計", "total", "ta", "tc")]):
        rr = r0 + k
        fill = (0.95, 0.95, 0.95) if seg == "total" else None
        cells.append((rr, 1, lab, dict(al="c", fill=fill)))
        vals = []
        for tag, fy, fyr, aso in (("now", FY, "令和６年２月末", NOW), ("last", FYL, "令和５年２月末", LAST)):
            x = d[tag]
            rt = rate(x[c], x[a])
            vals += [fmt(x[a]), fmt(x[c]), f"{rt:.2f}"]
            G.f(page_no, n, n, fy, fyr, seg, "assessed", "interim", x[a], "yen", fmt(x[a]), as_of=aso)
            G.f(page_no, n, n, fy, fyr, seg, "collected", "interim", x[c], "yen", fmt(x[c]), as_of=aso)
            G.f(page_no, n, n, fy, fyr, seg, "collection_rate", "interim", rt, "percent", f"{rt:.2f}", as_of=aso)
        dd = round(float(vals[2]) - float(vals[5]), 2)
        vals.append(fmt_f(dd, 2, "▲"))
        G.f(page_no, n, n, FY, "令和６年２月末", seg, "difference", "interim", dd, "points", vals[-1], as_of=NOW)
        for j, v in enumerate(vals):
            cells.append((rr, 2 + j, v, dict(fill=fill)))
    return cells


for part, (pno, names) in enumerate([(2, NAMES[:3]), (3, NAMES[3:])]):
    pg = new_page()
    y = 60
    if part == 0:
        txt(pg, 42, y, "２　債権別の収納状況（令和６年２月末現在）", 11.5, "g")
        y += 18
        y = wrap(pg, 42, y, "　主要５債権の現年度分・滞納繰越分別の収納状況は次のとおりである。収納率はいずれの債権も前年同月を上回っているが、"
                 "国民健康保険税の滞納繰越分は依然として２割を下回っている。", 510, 10)
    else:
        txt(pg, 42, y, "表２　債権別の収納状況（続き）", 10, "g")
    txt(pg, 553, y + 6, "（単位：円、％、ポイント）", 8.5, "m", "r")
    cells = list(HEAD)
    r0 = 2
    for n in names:
        cells += debt_rows(n, r0, pno)
        r0 += 3
    table(pg, 42, y + 12, COLW, [16, 16] + [17] * (r0 - 2), cells, size=8.3)
    yb = y + 12 + 32 + 17 * (r0 - 2)
    if part == 0:
        txt(pg, 42, yb + 14, "※ 差は本年度収納率と前年同月収納率の差（ポイント）。▲はマイナス。次頁に続く。", 8.5)
        # small narrative + 【参考】 box
        yb += 40
        txt(pg, 42, yb, "【参考】滞納整理の実施状況（令和６年２月末）", 10, "g")
        pg.draw_rect(fitz.Rect(42, yb + 6, 553, yb + 66), color=(0, 0, 0), width=0.7)
        lines = ["・差押件数：市税 412件（前年同月 376件）、国民健康保険税 158件（同 149件）",
                 "・滞納者数：市税 2,184人、国民健康保険税 1,093世帯",
                 "・執行停止件数：市税 96件"]
        for k, ln in enumerate(lines):
            txt(pg, 52, yb + 24 + k * 15, ln, 9.5)
        G.f(pno, "市税", "市税", FY, "令和６年２月末", None, "seizures", "interim", 412, "cases", "412件", as_of=NOW)
        G.f(pno, "市税", "市税", FYL, "前年同月", None, "seizures", "interim", 376, "cases", "376件", as_of=LAST)
        G.f(pno, "国民健康保険税", "国民健康保険税", FY, "令和６年２月末", None, "seizures", "interim", 158, "cases", "158件", as_of=NOW)
        G.f(pno, "国民健康保険税", "国民健康保険税", FYL, "前年同月", None, "seizures", "interim", 149, "cases", "149件", as_of=LAST)
        G.f(pno, "市税", "市税", FY, "令和６年２月末", "total", "delinquents", "interim", 2184, "persons", "2,184人", as_of=NOW)
        G.f(pno, "国民健康保険税", "国民健康保険税", FY, "令和６年２月末", "total", "delinquents", "interim", 1093, "households", "1,093世帯", as_of=NOW)
        G.f(pno, "市税", "市税", FY, "令和６年２月末", None, "suspensions", "interim", 96, "cases", "96件", as_of=NOW)
        header_footer(pg, 2)
    else:
        # ---- 地区別 (千円, only horizontal rules over and under the header)
        y2 = yb + 40
        txt(pg, 42, y2, "３　地区別の収納状況（市税・現年課税分、令和６年２月末現在）", 11.5, "g")
        AREAS = [("五所川原地区", 0.842, 93.41, 93.02), ("金木地区", 0.117, 92.36, 92.11), ("市浦地区", 0.041, 90.87, 91.20)]
        ca_tot = D["市税"]["now"]["ca"] // 1000
        rows = []
        acc_a = acc_c = 0
        for k, (ar, sh, rt, rl) in enumerate(AREAS):
            a = round(ca_tot * sh) if k < 2 else ca_tot - acc_a
            c = round(a * rt / 100) if k < 2 else round(D["市税"]["now"]["cc"] / 1000) - acc_c
            acc_a += a
            acc_c += c
            rows.append((ar, a, c, rate(c, a), rl))
        cells = [(0, j, h, dict(al="c", font="g")) for j, h in enumerate(
            ["地区", "調定額（千円）", "収入済額（千円）", "収納率（％）\n本年度（前年同月）"])]
        for k, (ar, a, c, rt, rl) in enumerate(rows + [("計", acc_a, acc_c, rate(acc_c, acc_a),
                                                         rate(D["市税"]["last"]["cc"], D["市税"]["last"]["ca"]))]):
            area = None if ar == "計" else ar
            cells += [(k + 1, 0, ar, dict(al="c")), (k + 1, 1, fmt(a), {}), (k + 1, 2, fmt(c), {}),
                      (k + 1, 3, f"{rt:.2f}（{rl:.2f}）", {})]
            G.f(pno, "市税", "市税", FY, "令和６年２月末", "current", "assessed", "interim", a * K, "yen", fmt(a), as_of=NOW, area=area)
            G.f(pno, "市税", "市税", FY, "令和６年２月末", "current", "collected", "interim", c * K, "yen", fmt(c), as_of=NOW, area=area)
            G.f(pno, "市税", "市税", FY, "令和６年２月末", "current", "collection_rate", "interim", rt, "percent", f"{rt:.2f}", as_of=NOW, area=area)
            G.f(pno, "市税", "市税", FYL, "前年同月", "current", "collection_rate", "interim", rl, "percent", f"{rl:.2f}", as_of=LAST, area=area)
        ty = y2 + 14
        xs, ys = table(pg, 80, ty, [110, 100, 100, 125], [28, 18, 18, 18, 18], cells, rules="none", size=9)
        for yy, wdt in ((ys[0], 1.2), (ys[1], 0.8), (ys[-1], 1.2)):
            pg.draw_line((xs[0], yy), (xs[-1], yy), color=(0, 0, 0), width=wdt)
        pg.draw_line((xs[0], ys[-2]), (xs[-1], ys[-2]), color=(0, 0, 0), width=0.4)
        txt(pg, 80, ys[-1] + 14, "※ 金木地区は金木総合支所、市浦地区は市浦総合支所の窓口収納分を含む。（　）内は前年同月の収納率。", 8.5)
        txt(pg, 80, ys[-1] + 27, "※ 地区別の調定額は千円未満を切り捨てて集計しているため、表２の数値と一致しない場合がある。", 8.5)
        header_footer(pg, 3)

# ================================================================ p4 月別収納状況 (no ruling lines)
P = 4
pg = new_page()
txt(pg, 42, 60, "４　月別収納状況（市税・現年課税分）", 11.5, "g")
txt(pg, 42, 78, "　令和５年度と令和４年度の各月末現在の累計収納状況（単位：千円、％）", 9.5)
months = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末", "3月末"]
ends = {"4月末": "04-30", "5月末": "05-31", "6月末": "06-30", "7月末": "07-31", "8月末": "08-31", "9月末": "09-30",
        "10月末": "10-31", "11月末": "11-30", "12月末": "12-31", "1月末": "01-31", "2月末": "02-28", "3月末": "03-31"}
now_r = [7.85, 19.62, 31.04, 43.18, 52.37, 60.95, 68.41, 75.12, 82.06, 87.43, cr_now, None]
last_r = [7.61, 19.20, 30.55, 42.71, 51.88, 60.52, 67.93, 74.80, 81.62, 87.10, cr_last, 97.41]
assess_now = [3_912_400, 3_955_100, 5_402_300, 5_455_800, 5_468_200, 5_471_900, 5_476_300, 5_479_800, 5_482_600, 5_484_900,
              round(D["市税"]["now"]["ca"] / 1000), None]
cols_x = [60, 170, 265, 340, 425, 505]
ty = 110
for j, h in enumerate(["月", "調定額", "収入済額", "収納率", "前年度収納率", "差"]):
    txt(pg, cols_x[j] + (0 if j == 0 else 0), ty, h, 9.5, "g", "l" if j == 0 else "r")
txt(pg, 340, ty - 14, "令和５年度", 9, "g", "r")
txt(pg, 425, ty - 14, "令和４年度", 9, "g", "r")
for i, m in enumerate(months):
    yy = ty + 22 + i * 19
    mm = ends[m]
    y_now = 2024 if i >= 9 else 2023
    aso_now = f"{y_now}-{mm}" if m != "2月末" else NOW
    aso_last = f"{y_now - 1}-{mm}"
    txt(pg, cols_x[0], yy, m, 9.5)
    lr = last_r[i]
    G.f(P, "市税", "市税", FYL, "令和４年度", "current", "collection_rate", "interim", lr, "percent", f"{lr:.2f}", as_of=aso_last)
    if now_r[i] is None:
        for j in (1, 2, 3, 5):
            txt(pg, cols_x[j], yy, "－", 9.5, "m", "r")
    else:
        a = assess_now[i]
        c = round(a * now_r[i] / 100) if m != "2月末" else round(D["市税"]["now"]["cc"] / 1000)
        rt = now_r[i]
        dd = round(rt - lr, 2)
        for j, v in ((1, fmt(a)), (2, fmt(c)), (3, f"{rt:.2f}"), (5, fmt_f(dd, 2, "▲"))):
            txt(pg, cols_x[j], yy, v, 9.5, "m", "r")
        G.f(P, "市税", "市税", FY, "令和５年度", "current", "assessed", "interim", a * K, "yen", fmt(a), as_of=aso_now)
        G.f(P, "市税", "市税", FY, "令和５年度", "current", "collected", "interim", c * K, "yen", fmt(c), as_of=aso_now)
        G.f(P, "市税", "市税", FY, "令和５年度", "current", "collection_rate", "interim", rt, "percent", f"{rt:.2f}", as_of=aso_now)
        G.f(P, "市税", "市税", FY, "令和５年度", "current", "difference", "interim", dd, "points", fmt_f(dd, 2, "▲"), as_of=aso_now)
    txt(pg, cols_x[4], yy, f"{lr:.2f}", 9.5, "m", "r")
yy = ty + 22 + 12 * 19 + 10
txt(pg, 60, yy, "※ 令和６年２月末は閏年のため29日現在。令和４年度の３月末は出納整理期間を含まない３月31日現在の数値。", 8.5)
yy = wrap(pg, 60, yy + 28, "　月別の推移をみると、６月の当初課税（市県民税普通徴収・固定資産税）後の収納は前年度をやや上回って推移しており、"
          "特に12月から２月にかけての差押え強化期間において前年度との差が拡大した。", 470, 10)
header_footer(pg, 4)

# ================================================================ p5 年度末見込 (landscape page)
P = 5
pg = new_page(landscape=True)
txt(pg, 40, 50, "５　年度末の収納見込", 11.5, "g")
txt(pg, 40, 68, "　令和５年度の決算見込を、令和４年度決算及び令和５年度の目標と比較すると次のとおりである。", 10)
EST = {  # cur est, R4 actual, target, outstanding est (千円), total rate est, arrears part (千円)
    "市税": (98.85, 98.71, 98.80, 486_215, 93.64, 421_337),
    "国民健康保険税": (94.12, 93.90, 94.20, 402_118, 77.02, 348_905),
    "介護保険料": (99.08, 99.05, 99.10, 21_406, 97.55, 14_772),
    "後期高齢者医療保険料": (99.46, 99.44, 99.45, 4_119, 98.93, 2_388),
    "保育料": (98.12, 97.86, 98.00, 8_027, 91.47, 6_205),
}
cells = [(0, 0, "債権名", dict(rs=2, al="c", fill=HF, font="g")),
         (0, 1, "現年度分収納率（％）", dict(cs=4, al="c", fill=HF, font="g")),
         (0, 5, "計（見込）", dict(al="c", fill=HF, font="g")),
         (0, 6, "備考", dict(rs=2, al="c", fill=HF, font="g"))]
for j, h in enumerate(["令和５年度\n決算見込", "R4決算", "令和５年度\n目標", "見込－目標"]):
    cells.append((1, 1 + j, h, dict(al="c", fill=HF, font="g")))
cells.append((1, 5, "収入未済額（千円）\n収納率（％）", dict(al="c", fill=HF, font="g")))
for i, n in enumerate(NAMES):
    ce, r4, tg, out, trt, arrp = EST[n]
    dd = round(ce - tg, 2)
    cells += [(2 + i, 0, n, dict(al="l")), (2 + i, 1, f"{ce:.2f}", {}), (2 + i, 2, f"{r4:.2f}", {}),
              (2 + i, 3, f"{tg:.2f}", {}), (2 + i, 4, fmt_f(dd, 2, "▲"), {}),
              (2 + i, 5, f"{fmt(out)}\n{trt:.2f}", {}),
              (2 + i, 6, f"うち滞納繰越分 {fmt(arrp)}千円", dict(al="l", size=8.5))]
    G.f(P, n, n, FY, "令和５年度", "current", "collection_rate", "estimate", ce, "percent", f"{ce:.2f}")
    G.f(P, n, n, FYL, "R4", "current", "collection_rate", "actual", r4, "percent", f"{r4:.2f}")
    G.f(P, n, n, FY, "令和５年度", "current", "collection_rate", "target", tg, "percent", f"{tg:.2f}")
    G.f(P, n, n, FY, "令和５年度", "current", "difference", "estimate", dd, "points", fmt_f(dd, 2, "▲"))
    G.f(P, n, n, FY, "令和５年度", "total", "outstanding", "estimate", out * K, "yen", fmt(out))
    G.f(P, n, n, FY, "令和５年度", "total", "collection_rate", "estimate", trt, "percent", f"{trt:.2f}")
    G.f(P, n, n, FY, "令和５年度", "arrears", "outstanding", "estimate", arrp * K, "yen", f"{fmt(arrp)}千円")
tot_out = sum(v[3] for v in EST.values())
cells += [(7, 0, "合計", dict(al="c", fill=(0.93, 0.93, 0.93), font="g"))] + \
         [(7, j, "", dict(fill=(0.93, 0.93, 0.93))) for j in (1, 2, 3, 4, 6)] + \
         [(7, 5, fmt(tot_out), dict(fill=(0.93, 0.93, 0.93)))]
G.f(P, None, "合計", FY, "令和５年度", "total", "outstanding", "estimate", tot_out * K, "yen", fmt(tot_out))
table(pg, 40, 84, [150, 82, 70, 82, 78, 120, 180], [18, 30] + [32] * 5 + [20], cells, size=9.2)
yy = 84 + 48 + 160 + 20 + 22
ot, ov = oku_man(tot_out * K)
txt(pg, 40, yy, f"※ ５債権の収入未済額は、年度末で約{ot}となる見込みである（令和４年度末から約{oku_man(38_412_000)[0]}の減少）。", 9.5)
G.f(P, None, None, FY, "年度末", "total", "outstanding", "estimate", ov, "yen", "約" + ot, approx=True)
G.f(P, None, None, FY, "令和４年度末", "total", "difference", "estimate", -oku_man(38_412_000)[1], "yen",
    "約" + oku_man(38_412_000)[0] + "の減少", approx=True)
txt(pg, 40, yy + 16, "※ 決算見込は２月末の実績に３月の収納見込額（前年度３月の収納実績をもとに推計）を加えて算出した。", 9.5)
header_footer(pg, 5)

# ================================================================ p6 取組状況 (memo-style numbering)
P = 6
pg = new_page()
txt(pg, 42, 60, "６　主な取組状況", 11.5, "g")
TREE = [
    ("（１）市税", "市税", [
        ("ア　滞納処分の強化", [
            ("(1)ア(ｱ)", "(ｱ)", "預貯金・給与照会を毎月実施し、納付資力のある滞納者には速やかに差押えを執行した。", "継続"),
            ("(1)ア(ｲ)", "(ｲ)", "12月から２月を差押え強化期間とし、収納課全職員で集中的に滞納整理を行った。", "拡充"),
            ("(1)ア(ｳ)", "(ｳ)", "青森県との共同による不動産公売を初めて実施した。", "新規")]),
        ("イ　納付機会の拡大", [
            ("(1)イ(ｱ)", "(ｱ)", "スマートフォン決済アプリによる納付の利用を広報紙及び納税通知書同封チラシで周知した。", "継続"),
            ("(1)イ(ｲ)", "(ｲ)", "夜間・休日納付相談窓口を毎月最終週に開設した。", None)]),
    ]),
    ("（２）国民健康保険税", "国民健康保険税", [
        (None, [
            ("(2)ア", "ア", "資格取得時に窓口で口座振替の申込みを勧奨し、新規加入世帯の口座振替率が向上した。", "継続"),
            ("(2)イ", "イ", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を確認した。", "継続"),
            ("(2)ウ", "ウ", "資格喪失世帯への文書催告を喪失後２か月以内に行う運用を開始した。", "新規")]),
    ]),
    ("（３）介護保険料・後期高齢者医療保険料", None, [
        (None, [
            ("(3)ア", "ア", "普通徴収から特別徴収への切替えを漏れなく行った。", "継続", "介護保険料"),
            ("(3)イ", "イ", "後期高齢者医療保険料の未納者に対し、被保険者証更新前に電話催告を実施した。", "継続", "後期高齢者医療保険料")]),
    ]),
    ("（４）保育料", "保育料", [
        (None, [
            ("(4)ア", "ア", "児童手当からの特別徴収（申出徴収）を保護者に案内した。", "継続"),
            ("(4)イ", "イ", "退園者の滞納分について、支払督促の申立てを検討している。", None)]),
    ]),
]
y = 84
for head, debt, groups in TREE:
    txt(pg, 50, y, head, 10.5, "g")
    y += 17
    for gh, items in groups:
        if gh:
            txt(pg, 62, y, gh, 10)
            y += 15
        for it in items:
            lab, shown, text, stt = it[:4]
            dbt = it[4] if len(it) > 4 else debt
            full = text + (f"【{stt}】" if stt else "")
            x = 76 if gh else 62
            y = wrap(pg, x, y, f"{shown}　{full}", 540 - x, 9.8, indent=tw(shown + "　", 9.8))
            y += 2
            G.i(P, dbt, dbt, FY, "主な取組状況", lab, full, stt)
    y += 6
txt(pg, 540, y + 10, "以　上", 10, "m", "r")
header_footer(pg, 6)

doc.subset_fonts()
out = ROOT / "pdf" / f"{STEM}.pdf"
doc.save(out, garbage=4, deflate=True)
G.write(STEM, {"kind": "progress_report", "family": "progress", "municipality": "五所川原市",
               "title": "令和５年度 市税等の収納状況及び収納対策の取組状況について（令和６年２月末現在・中間報告）",
               "date": "2024-03-14", "date_raw": "令和６年３月14日"})
bad = check(STEM)
print(STEM, len(G.facts), "facts", len(G.inits), "initiatives", "problems:", len(bad))
for b in bad[:30]:
    print(b)
