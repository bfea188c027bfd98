"""pm_kizugawa_committee_1: 令和7年度第1回木津川市債権管理対策会議 資料 (PyMuPDF drawing). Run from corpus/dev61."""
import random, sys
from pathlib import Path
import pymupdf as fitz
sys.path.insert(0, str(Path(__file__).parent))
from pm_common import Doc, yen_sep, zen, HERE

STEM = "pm_kizugawa_committee_1"
D = Doc(STEM, "committee_material", "iinkaishiryo", "木津川市", "令和７年度第１回木津川市債権管理対策会議 資料",
        "2025-07-15", "令和７年７月15日")
GF = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MF = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONT = fitz.Font(fontfile=GF)
doc = fitz.open()
rnd = random.Random(7061)
W, H = 595, 842

def newpage(n):
    p = doc.new_page(width=W, height=H)
    p.insert_font(fontname="g", fontfile=GF); p.insert_font(fontname="m", fontfile=MF)
    D.page = n
    p.insert_text((W/2 - 10, H - 25), f"- {n} -", fontname="g", fontsize=8)
    return p

def text(p, x, y, s, size=9, font="g", color=(0, 0, 0)):
    p.insert_text((x, y), s, fontname=font, fontsize=size, color=color)

def wrap(p, x, y, s, width, size=9, font="m", lh=1.55):
    line = ""
    for ch in s:
        if FONT.text_length(line + ch, fontsize=size) > width:
            text(p, x, y, line, size, font); y += size * lh; line = ""
        line += ch
    if line:
        text(p, x, y, line, size, font); y += size * lh
    return y

def cell(p, r, s, size=8, al="c", fill=None, border=True, vertical=False, lines=None):
    if fill: p.draw_rect(r, color=None, fill=fill)
    if border: p.draw_rect(r, color=(0.2, 0.2, 0.2), width=0.5)
    if vertical:
        n = len(s); y0 = r.y0 + (r.height - n * size * 1.05) / 2 + size
        for k, ch in enumerate(s):
            text(p, r.x0 + (r.width - size) / 2, y0 + k * size * 1.05, ch, size)
        return
    ls = lines or [s]
    tot = len(ls) * size * 1.25
    for k, l in enumerate(ls):
        sz = size
        while FONT.text_length(l, fontsize=sz) > r.width - 4 and sz > 5: sz -= 0.3
        tw = FONT.text_length(l, fontsize=sz)
        x = r.x0 + 3 if al == "l" else (r.x1 - tw - 3 if al == "r" else r.x0 + (r.width - tw) / 2)
        y = r.y0 + (r.height - tot) / 2 + sz + k * size * 1.25
        text(p, x, y, l, sz)

HDR = (0.85, 0.89, 0.94)
DEBTS = [("市税", "税務課", 9512330, 99.38, 0.028, 0.30), ("国民健康保険税", "国保医療課", 1588410, 95.72, 0.16, 0.24),
         ("介護保険料", "高齢介護課", 1213055, 99.21, 0.015, 0.22), ("後期高齢者医療保険料", "国保医療課", 702118, 99.66, 0.005, 0.41)]
YRS = [2020, 2021, 2022, 2023, 2024]
data = {}
for name, ka, a24, r24, arr, ar in DEBTS:
    for fy in YRS:
        g = 1 - 0.01 * (2024 - fy)
        a = int(a24 * g * (1 + rnd.uniform(-0.003, 0.003))); c = int(a * (r24 - 0.08 * (2024 - fy) + rnd.uniform(-0.03, 0.03)) / 100)
        aa = int(a24 * arr * (1 + 0.05 * (2024 - fy))); ac = int(aa * (ar - 0.005 * (2024 - fy) + rnd.uniform(-0.012, 0.012))); aw = int(aa * rnd.uniform(0.04, 0.08))
        cur = dict(a=a, c=c, w=0, o=a - c); arr_ = dict(a=aa, c=ac, w=aw, o=aa - ac - aw)
        data[(name, fy, "current")], data[(name, fy, "arrears")] = cur, arr_
        data[(name, fy, "total")] = {m: cur[m] + arr_[m] for m in "acwo"}
def R(x): return round(x["c"] / x["a"] * 100, 2)
SEGL = {"current": "現年", "arrears": "滞繰", "total": "計"}

# ---------------- p1 資料1
p = newpage(1)
text(p, 470, 40, "資料１", 11)
text(p, 40, 62, "令和７年度第１回木津川市債権管理対策会議", 11)
text(p, 40, 86, "１　主要債権の収納状況（令和６年度決算）", 12)
y = wrap(p, 48, 106, "　令和６年度決算における主要４債権の収納状況は次のとおりである。現年度分の収納率は全ての債権で前年度を上回ったが、国民健康保険税の滞納繰越分は引き続き低い水準にある。", 500)
text(p, 470, y + 2, "（単位：千円、％）", 8)
x0, y0 = 40, y + 8
colw = [78, 28, 62, 62, 38, 62, 62, 38, 50]
xs = [x0]
for w_ in colw: xs.append(xs[-1] + w_)
rh = 15
def R_(c0, c1, r0, r1): return fitz.Rect(xs[c0], y0 + r0 * rh, xs[c1], y0 + r1 * rh)
cell(p, R_(0, 2, 0, 2), "債権名・区分", fill=HDR)
cell(p, R_(2, 5, 0, 1), "令和５年度", fill=HDR); cell(p, R_(5, 8, 0, 1), "令和６年度", fill=HDR)
cell(p, R_(8, 9, 0, 2), "", fill=HDR, lines=["収納率", "の差"])
for k, h in enumerate(["調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"]):
    cell(p, R_(2 + k, 3 + k, 1, 2), h, fill=HDR)
r = 2
tot = {(fy, seg): {m: 0 for m in "acwo"} for fy in (2023, 2024) for seg in SEGL}
for name, *_ in DEBTS + [("合計",)]:
    cell(p, R_(0, 1, r, r + 3), name if len(name) < 8 else "", lines=None if len(name) < 8 else [name[:5], name[5:]], fill=(0.96, 0.96, 0.96))
    for j, seg in enumerate(SEGL):
        cell(p, R_(1, 2, r + j, r + j + 1), SEGL[seg])
        vals = {}
        for k, fy in enumerate((2023, 2024)):
            x = data[(name, fy, seg)] if name != "合計" else tot[(fy, seg)]
            if name != "合計":
                for m in "acwo": tot[(fy, seg)][m] += x[m]
            kw = dict(debt=None if name == "合計" else name, debt_raw=name, fy=fy, fy_raw=f"令和{fy-2018}年度", seg=seg)
            vals[fy] = R(x)
            cell(p, R_(2 + 3*k, 3 + 3*k, r + j, r + j + 1), D.f(yen_sep(x["a"]), x["a"]*1000, "assessed", "yen", **kw), al="r")
            cell(p, R_(3 + 3*k, 4 + 3*k, r + j, r + j + 1), D.f(yen_sep(x["c"]), x["c"]*1000, "collected", "yen", **kw), al="r")
            cell(p, R_(4 + 3*k, 5 + 3*k, r + j, r + j + 1), D.f(f"{R(x):.2f}", R(x), "collection_rate", "percent", **kw), al="r")
        dd = round(vals[2024] - vals[2023], 2)
        cell(p, R_(8, 9, r + j, r + j + 1), D.f(("△" if dd < 0 else "") + f"{abs(dd):.2f}", dd, "difference", "points",
             debt=None if name == "合計" else name, debt_raw=name, fy=2024, fy_raw="令和６年度", seg=seg), al="r")
    r += 3
y = y0 + r * rh + 12
w1, w2 = data[("市税", 2024, "total")]["w"], data[("国民健康保険税", 2024, "total")]["w"]
text(p, 44, y, "※ 収納率の差は、令和６年度から令和５年度を差し引いたもの（ポイント）。", 8); y += 12
text(p, 44, y, f"※ 令和６年度の不納欠損額　市税 {D.f(yen_sep(w1)+'千円', w1*1000, 'written_off', 'yen', debt='市税', debt_raw='市税', fy=2024, fy_raw='令和６年度')}、国民健康保険税 {D.f(yen_sep(w2)+'千円', w2*1000, 'written_off', 'yen', debt='国民健康保険税', debt_raw='国民健康保険税', fy=2024, fy_raw='令和６年度')}", 8)
y += 26
text(p, 40, y, "２　収入未済額の状況", 12); y += 18
o24 = tot[(2024, "total")]["o"]; o23 = tot[(2023, "total")]["o"]
man = round(o24 / 10); dman = round((o23 - o24) / 10)
s = (f"　主要４債権の令和６年度末の収入未済額は{D.f(f'{man//10000}億{man%10000:,}万円', man*10000, 'outstanding', 'yen', fy=2024, fy_raw='令和６年度末', approx=True)}余で、"
     f"前年度末から{D.f(f'{dman:,}万円', -dman*10000, 'difference', 'yen', fy=2024, fy_raw='令和６年度末', approx=True)}余り縮減した。今後も滞納繰越分の整理を重点的に進める。")
D.facts[-2]["raw"] += "余"; D.facts[-1]["raw"] += "余"
y = wrap(p, 48, y, s, 500)

# ---------------- p2 地域別 (円, no rules) + 滞納者数 (千円, horizontal rules only)
p = newpage(2)
text(p, 470, 40, "資料２", 11)
text(p, 40, 66, "３　地域別の市税（現年度分）収納状況（令和６年度）", 12)
AREAS = [("木津地域", 0.62), ("加茂地域", 0.21), ("山城地域", 0.17)]
cur = data[("市税", 2024, "current")]
tota = cur["a"] * 1000; totc = cur["c"] * 1000
y = 92
cols = [60, 200, 320, 420]
for x_, h in zip(cols, ["地域", "調定額（円）", "収入済額（円）", "収納率（％）"]): text(p, x_, y, h, 9)
y += 18
acc_a = acc_c = 0
for k, (ar, sh) in enumerate(AREAS):
    if k < 2:
        a = int(tota * sh) + rnd.randint(0, 999); c = int(a * (cur["c"] / cur["a"] + rnd.uniform(-0.002, 0.001)))
    else:
        a = tota - acc_a; c = totc - acc_c
    acc_a += a; acc_c += c
    rt = round(c / a * 100, 2)
    kw = dict(debt="市税", debt_raw="市税", fy=2024, fy_raw="令和６年度", seg="current", area=ar)
    vals = [ar, D.f(f"{a:,}", a, "assessed", "yen", **kw), D.f(f"{c:,}", c, "collected", "yen", **kw), D.f(f"{rt:.2f}", rt, "collection_rate", "percent", **kw)]
    for j, v in enumerate(vals):
        xx = cols[j] if j == 0 else cols[j] + 70 - FONT.text_length(v, fontsize=9)
        text(p, xx, y, v, 9)
    y += 16
kw = dict(debt="市税", debt_raw="市税", fy=2024, fy_raw="令和６年度", seg="current")
rt = R(cur)
for j, v in enumerate(["計", D.f(f"{tota:,}", tota, "assessed", "yen", **kw), D.f(f"{totc:,}", totc, "collected", "yen", **kw), D.f(f"{rt:.2f}", rt, "collection_rate", "percent", **kw)]):
    xx = cols[j] if j == 0 else cols[j] + 70 - FONT.text_length(v, fontsize=9)
    text(p, xx, y, v, 9)
y += 14
text(p, 60, y, "※地域は旧町の区域による（木津地域＝旧木津町、加茂地域＝旧加茂町、山城地域＝旧山城町）。", 8)
y += 30
text(p, 40, y, "４　滞納者数及び滞納処分の状況", 12); y += 12
# horizontal-rules-only table
hx = [48, 170, 250, 330, 410, 490]
p.draw_line((40, y), (550, y), width=0.8)
for j, h in enumerate(["債権名", "区分", "令和５年度", "令和６年度", "増減"]): text(p, hx[j] + (0 if j < 2 else 20), y + 13, h, 9)
p.draw_line((40, y + 19), (550, y + 19), width=0.8)
y += 34
DEL = {"市税": (1884, 1712, 412, 455), "国民健康保険税": (1322, 1248, 137, 151), "介護保険料": (506, 471, None, None)}
for name, (d23, d24, s23, s24) in DEL.items():
    unit = "households" if name == "国民健康保険税" else "persons"
    lab = "滞納世帯数（世帯）" if unit == "households" else "滞納者数（人）"
    text(p, hx[0], y, name, 9); text(p, hx[1], y, lab, 8.5)
    for j, (fy, v) in enumerate(((2023, d23), (2024, d24))):
        sv = D.f(f"{v:,}", v, "delinquents", unit, debt=name, debt_raw=name, fy=fy, fy_raw=f"令和{zen(fy-2018)}年度")
        text(p, hx[2 + j] + 60 - FONT.text_length(sv, fontsize=9), y, sv, 9)
    dv = d24 - d23
    sv = D.f(("△" if dv < 0 else "") + f"{abs(dv):,}", dv, "difference_delinquents", unit, debt=name, debt_raw=name, fy=2024, fy_raw="令和６年度")
    text(p, hx[4] + 60 - FONT.text_length(sv, fontsize=9), y, sv, 9)
    y += 15
    if s23:
        text(p, hx[1], y, "差押件数（件）", 8.5)
        for j, (fy, v) in enumerate(((2023, s23), (2024, s24))):
            sv = D.f(f"{v:,}", v, "seizure_cases", "cases", debt=name, debt_raw=name, fy=fy, fy_raw=f"令和{zen(fy-2018)}年度")
            text(p, hx[2 + j] + 60 - FONT.text_length(sv, fontsize=9), y, sv, 9)
        text(p, hx[4] + 60 - FONT.text_length(f"{s24-s23:,}", fontsize=9), y, f"{s24-s23:,}", 9)
        y += 15
p.draw_line((40, y - 8), (550, y - 8), width=0.8)
y += 18
# small 千円 table beside (units in header) : 収入未済額 by debt
text(p, 40, y, "５　債権別の収入未済額（令和６年度末）", 12); y += 10
ux = [40, 200, 320, 440, 550]
for j, h in enumerate(["債権名", "現年度分（千円）", "滞納繰越分（千円）", "計（千円）"]):
    cell(p, fitz.Rect(ux[j], y, ux[j+1], y + 16), h, fill=HDR)
y += 16
for k, (name, *_ ) in enumerate(DEBTS):
    fill = (0.94, 0.96, 0.99) if k % 2 else None
    row = [name] + [D.f(yen_sep(data[(name, 2024, seg)]["o"]), data[(name, 2024, seg)]["o"]*1000, "outstanding", "yen", debt=name, debt_raw=name, fy=2024, fy_raw="令和６年度末", seg=seg) for seg in ("current", "arrears", "total")]
    for j, v in enumerate(row):
        r_ = fitz.Rect(ux[j], y, ux[j+1], y + 15)
        if fill: p.draw_rect(r_, color=None, fill=fill)
        cell(p, r_, v, al="l" if j == 0 else "r", border=False)
    y += 15
p.draw_line((40, y), (550, y), width=0.5)

# ---------------- p3-5 取組個票
SHEETS = [
    ("市税", "税務課 収納対策係", "強制徴収公債権", "desc", [
        ("ア", "督促状発送後、未納者へ文書催告とＳＭＳによる納付勧奨を行う。", "継続"),
        ("イ", "京都地方税機構と連携し、預貯金・給与の差押えを早期に実施する。", "継続"),
        ("ウ", "キャッシュレス納付の対象税目を拡大し、納付機会を増やす。", "拡充")]),
    ("国民健康保険税", "国保医療課 保険料係", "強制徴収公債権", "asc", [
        ("ア", "新規加入時に口座振替の手続を案内し、原則口座振替化を進める。", "継続"),
        ("イ", "滞納世帯の所得・資産状況を調査し、執行停止を含めた適正な整理を行う。", "継続"),
        ("ウ", "収納対策専門員による夜間・休日の訪問催告を実施する。", "新規")]),
    ("介護保険料", "高齢介護課 保険料係", "強制徴収公債権", "asc", [
        ("ア", "年金からの特別徴収への切替えを確実に行い、普通徴収の滞納発生を抑える。", "継続"),
        ("イ", "長期滞納者には給付制限の事前通知とあわせて分割納付を指導する。", "継続")]),
]
YFORM = {"市税": lambda fy: f"令和{fy-2018}年度" if fy == 2024 else f"{fy-2018}年度",
         "国民健康保険税": lambda fy: f"{fy}年度", "介護保険料": lambda fy: f"R{fy-2018}"}
for n, (name, ka, kubun, order, items) in enumerate(SHEETS, start=3):
    p = newpage(n)
    text(p, 470, 40, f"資料３－{n-2}", 11)
    text(p, 40, 62, f"取組個票　No.{n-2}", 12)
    cell(p, fitz.Rect(40, 72, 300, 92), f"債権名　{name}", size=11, al="l", fill=HDR)
    cell(p, fitz.Rect(300, 72, 360, 92), "所管課", fill=HDR); cell(p, fitz.Rect(360, 72, 555, 92), ka, al="l")
    cell(p, fitz.Rect(40, 92, 120, 108), "債権区分", fill=HDR); cell(p, fitz.Rect(120, 92, 555, 108), kubun, al="l")
    text(p, 40, 128, "１　収納実績と目標", 11)
    text(p, 470, 128, "（単位：千円）", 8)
    yrs = YRS[:] ; cols_ = [(fy, "actual") for fy in yrs] + [(2025, "target")]
    if order == "desc": cols_ = cols_[::-1]
    yf = YFORM[name]
    ty = 134; lw = [22, 90]; cw = (515 - sum(lw) - 120) / len(cols_)
    xs = [40, 62, 152] + [152 + cw * (k + 1) for k in range(len(cols_))]
    xs.append(xs[-1] + 120)
    cell(p, fitz.Rect(40, ty, 152, ty + 20), "区分", fill=HDR)
    for k, (fy, b) in enumerate(cols_):
        cell(p, fitz.Rect(xs[2+k], ty, xs[3+k], ty + 20), "", fill=HDR, lines=[yf(fy), "目標" if b == "target" else "決算"], size=7.5)
    cell(p, fitz.Rect(xs[-2], ty, xs[-1], ty + 20), "備考", fill=HDR)
    rows = [("調定額（現年）", "current", "a", 16), ("収入済額／収納率（現年）", "current", "cr", 26),
            ("調定額（滞繰）", "arrears", "a", 16), ("収入済額／収納率（滞繰）", "arrears", "cr", 26),
            ("不納欠損額", "total", "w", 16), ("収入未済額", "total", "o", 16)]
    yy = ty + 20
    cell(p, fitz.Rect(40, yy, 62, yy + sum(r[3] for r in rows)), "収納実績", fill=HDR, vertical=True)
    x24 = data[(name, 2024, "current")]
    tg = {"current": round(R(x24) + 0.06, 2), "arrears": round(R(data[(name, 2024, "arrears")]) + 1.5, 2)}
    o_tg = int(data[(name, 2024, "total")]["o"] * 0.95)
    for lab, seg, m, h in rows:
        cell(p, fitz.Rect(62, yy, 152, yy + h), lab, size=7 if len(lab) > 10 else 7.5, al="l")
        for k, (fy, b) in enumerate(cols_):
            rc = fitz.Rect(xs[2+k], yy, xs[3+k], yy + h)
            kw = dict(debt=name, debt_raw=name, fy=fy, fy_raw=yf(fy) + ("目標" if b == "target" else ""), seg=seg, basis=b)
            if b == "target":
                if m == "cr":
                    cell(p, rc, D.f(f"{tg[seg]:.2f}", tg[seg], "collection_rate", "percent", **kw), al="r", size=7.5)
                elif m == "o":
                    cell(p, rc, D.f(yen_sep(o_tg), o_tg*1000, "outstanding", "yen", **kw), al="r", size=7.5)
                else:
                    cell(p, rc, "－", size=7.5)
                continue
            x = data[(name, fy, seg)]
            if m == "cr":
                cell(p, rc, "", lines=[D.f(yen_sep(x["c"]), x["c"]*1000, "collected", "yen", **kw), D.f(f"{R(x):.2f}%", R(x), "collection_rate", "percent", **kw)], al="r", size=7.5)
            else:
                metric = {"a": "assessed", "w": "written_off", "o": "outstanding"}[m]
                cell(p, rc, D.f(yen_sep(x[m]), x[m]*1000, metric, "yen", **kw), al="r", size=7.5)
        note = ""
        if m == "o":
            v = data[(name, 2024, "arrears")]["o"]
            note = "R6うち滞納繰越分 " + D.f(f"{v:,}千円", v*1000, "outstanding", "yen", debt=name, debt_raw=name, fy=2024, fy_raw="R6", seg="arrears")
        if m == "w":
            note = "時効・執行停止によるもの"
        cell(p, fitz.Rect(xs[-2], yy, xs[-1], yy + h), note, al="l", size=6.8)
        yy += h
    text(p, 44, yy + 11, "※収納率（％）＝収入済額÷調定額×100", 7.5)
    # 【参考】 box
    yy += 24
    cur23, cur24 = R(data[(name, 2023, "current")]), R(data[(name, 2024, "current")])
    o17 = int(data[(name, 2020, "total")]["o"] * 1.21)
    box = fitz.Rect(40, yy, 555, yy + 58)
    p.draw_rect(box, color=(0.2, 0.2, 0.2), width=0.8)
    text(p, 48, yy + 14, "【参考】", 9)
    text(p, 60, yy + 28, "・現年度分収納率（令和６年度・括弧内は前年度）：" + D.f(f"{cur24:.2f}", cur24, "collection_rate", "percent", debt=name, debt_raw=name, fy=2024, fy_raw="令和６年度", seg="current")
         + "（" + D.f(f"{cur23:.2f}", cur23, "collection_rate", "percent", debt=name, debt_raw=name, fy=2023, fy_raw="前年度", seg="current") + "）", 8.5)
    text(p, 60, yy + 42, "・第１次計画策定時（H29）の収入未済額：" + D.f(f"{o17:,}千円", o17*1000, "outstanding", "yen", debt=name, debt_raw=name, fy=2017, fy_raw="H29"), 8.5)
    yy += 78
    text(p, 40, yy, "２　現状と課題", 11); yy += 16
    o24, o23 = data[(name, 2024, "total")]["o"], data[(name, 2023, "total")]["o"]
    yy = wrap(p, 50, yy, f"　令和６年度末の収入未済額は{D.f(f'{o24:,}千円', o24*1000, 'outstanding', 'yen', debt=name, debt_raw=name, fy=2024, fy_raw='令和６年度末')}となり、前年度末から"
              f"{D.f(f'{abs(o23-o24):,}千円', (o24-o23)*1000, 'difference', 'yen', debt=name, debt_raw=name, fy=2024, fy_raw='令和６年度末')}{'減少' if o24 < o23 else '増加'}した。現年度分の収納率は{D.f(f'{abs(cur24-cur23):.2f}ポイント', round(cur24-cur23, 2), 'difference', 'points', debt=name, debt_raw=name, fy=2024, fy_raw='令和６年度', seg='current')}{'上昇' if cur24 >= cur23 else '低下'}したが、滞納が長期化している案件の整理が課題となっている。", 490)
    yy += 10
    text(p, 40, yy, "３　令和７年度の取組", 11); yy += 18
    for lb, tx, st in items:
        D.i(tx + f"【{st}】", debt=name, fy=2025, section="令和７年度の取組", label=lb, status=st)
        text(p, 50, yy, lb, 9.5, "m")
        yy = wrap(p, 64, yy, tx, 470, 9.5)
        text(p, 64, yy, f"【{st}】", 9.5, "m"); yy += 20
doc.subset_fonts()
pdf = HERE / "pdf" / f"{STEM}.pdf"
doc.save(pdf, garbage=4, deflate=True)
sys.exit(1 if D.write(pdf) else 0)
