"""pf_awa_committee_1: 令和5年度第3回 阿波市債権管理対策会議 資料（書面開催）— PyMuPDF drawing directly."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from pf_common import Gold, c, rate, zen, era, check, ROOT
import fitz

STEM = "pf_awa_committee_1"
G = Gold(STEM, "committee_material", "kobetsu", "阿波市", "令和5年度第3回阿波市債権管理対策会議 資料",
         "2024-03-08", "令和６年３月８日付け")
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
doc = fitz.open()
W, H = 595, 842
FY = 2023; AS = "2024-02-29"; PAS = "2023-02-28"

class Pg:
    def __init__(self, no):
        pg = doc.new_page(width=W, height=H)
        pg.insert_font(fontname="g", fontfile=GOTH); pg.insert_font(fontname="m", fontfile=MIN)
        self.no = no
        self.t(W / 2, H - 28, f"- {no} -", 9, "m", "c")
    @property
    def pg(self):
        return doc[self.no - 1]
    def t(self, x, y, s, size=10, font="m", align="l", color=(0, 0, 0)):
        fn = "g" if font == "g" else "m"
        w = fitz.get_text_length(s, fontname="japan") if False else self.width(s, size, font)
        if align == "c": x -= w / 2
        elif align == "r": x -= w
        self.pg.insert_text((x, y), s, fontsize=size, fontname=fn, color=color)
    _fonts = {}
    def width(self, s, size, font):
        f = Pg._fonts.get(font)
        if f is None:
            f = Pg._fonts[font] = fitz.Font(fontfile=GOTH if font == "g" else MIN)
        return f.text_length(s, fontsize=size)
    def para(self, x, y, s, width, size=10, font="m", lead=1.6, indent=0):
        """simple Japanese wrapping by characters; returns new y"""
        line = ""; first = True
        for ch in s:
            avail = width - (0 if first else indent)
            if self.width(line + ch, size, font) > avail and ch not in "、。）」":
                self.t(x + (0 if first else indent), y, line, size, font); y += size * lead; line = ""; first = False
            line += ch
        if line:
            self.t(x + (0 if first else indent), y, line, size, font); y += size * lead
        return y
    def rect(self, x0, y0, x1, y1, fill=None, width=0.6, stroke=True):
        self.pg.draw_rect(fitz.Rect(x0, y0, x1, y1), color=(0, 0, 0) if stroke else None, fill=fill, width=width)
    def table(self, x, y, widths, rows, rh=16, size=8.5, head=1, fill=(0.88, 0.92, 0.96), aligns=None, spans=None, vert=()):
        """rows: list of lists of str ('' allowed). spans: {(r,c):(rs,cs)}; covered cells skipped. vert: set of (r,c) drawn vertically"""
        spans = spans or {}
        covered = set()
        for (r, c_), (rs, cs) in spans.items():
            for i in range(r, r + rs):
                for j in range(c_, c_ + cs):
                    if (i, j) != (r, c_): covered.add((i, j))
        xs = [x]
        for w in widths: xs.append(xs[-1] + w)
        rhs = rh if isinstance(rh, list) else [rh] * len(rows)
        ys = [y]
        for hh in rhs: ys.append(ys[-1] + hh)
        for r, row in enumerate(rows):
            for j, val in enumerate(row):
                if (r, j) in covered: continue
                rs, cs = spans.get((r, j), (1, 1))
                x0, x1, y0, y1 = xs[j], xs[j + cs], ys[r], ys[r + rs]
                self.rect(x0, y0, x1, y1, fill=fill if r < head else None)
                lines = str(val).split("\n")
                font = "g" if r < head else "m"
                if (r, j) in vert:
                    ch_h = size * 1.15; top = (y0 + y1) / 2 - len(val) * ch_h / 2 + size
                    for k, ch in enumerate(val):
                        self.t((x0 + x1) / 2, top + k * ch_h, ch, size, "g", "c")
                    continue
                al = "c" if r < head else (aligns[j] if aligns else "l")
                n = len(lines); top = (y0 + y1) / 2 - n * size * 1.25 / 2 + size * 0.95
                for k, ln in enumerate(lines):
                    yy = top + k * size * 1.25
                    if al == "c": self.t((x0 + x1) / 2, yy, ln, size, font, "c")
                    elif al == "r": self.t(x1 - 3, yy, ln, size, font, "r")
                    else: self.t(x0 + 3, yy, ln, size, font)
        return ys[-1]

# ---------------- data ----------------
DEBTS = {
 "shizei": ("市税", "市税", "税務課", "強制徴収公債権"),
 "kokuho": ("国民健康保険料", "国民健康保険税", "税務課・国保年金課", "強制徴収公債権"),
 "kaigo": ("介護保険料", "介護保険料", "長寿介護課", "強制徴収公債権"),
 "koki": ("後期高齢者医療保険料", "後期高齢者医療保険料", "国保年金課", "強制徴収公債権"),
 "jutaku": ("市営住宅使用料", "市営住宅使用料", "住宅課", "私債権"),
}
# 2月末 amounts in 円: cur assessed, cur collected, arr assessed, arr collected; prev-year 2月末 collected (cur+arr, 円)
FEB = {
 "shizei": (2684512300, 2458803105, 168204511, 39402871, 2431668920),
 "kokuho": (702315400, 589624800, 152408310, 30115204, 604886510),
 "kaigo": (498612500, 461985230, 8412300, 1762418, 459033020),
 "koki": (212840100, 194116708, 1302400, 594870, 185215640),
 "jutaku": (84120500, 73604920, 19845200, 2285614, 77206115),
}
pages = []

# ---------------- page 1: 次第 ----------------
P = Pg(1); p = 1
P.t(W / 2, 70, "令和５年度第３回", 13, "g", "c")
P.t(W / 2, 92, "阿波市債権管理対策会議 次第", 16, "g", "c")
P.t(W / 2, 114, "（書面開催）", 11, "g", "c")
y = 150
y = P.para(70, y, "　本会議は、新型感染症対策及び年度末の業務繁忙を考慮し、書面開催とします。令和６年３月８日付けで"
              "各委員あて資料を送付しますので、内容を御確認の上、令和６年３月22日（金）までに御意見をお寄せください。", 455, 10.5)
y += 14
P.t(70, y, "１　報告事項", 11, "g"); y += 20
for s in ("（１）主要債権の収納状況について（令和６年２月末現在）　……　資料１",
          "（２）主要債権の取組個票について　……　資料２",
          "（３）前回会議における主な意見と対応　……　資料３"):
    P.t(86, y, s, 10.5); y += 18
y += 8
P.t(70, y, "２　協議事項", 11, "g"); y += 20
P.t(86, y, "（１）令和６年度の債権管理の目標について", 10.5); y += 30
P.t(70, y, "【委員名簿】", 11, "g"); y += 10
MEM = [("委員長", "副市長"), ("委員", "総務部長"), ("委員", "市民部長"), ("委員", "健康福祉部長"),
       ("委員", "こども・子育て支援部長"), ("委員", "産業経済部長"), ("委員", "建設部長"), ("委員", "教育次長")]
rows = [["区分", "職名", "備考"]] + [[r_, t_, ""] for r_, t_ in MEM]
y = P.table(90, y, [80, 200, 130], rows, rh=19, size=9.5)
y += 16
P.t(90, y, "構成員　委員８名、事務局３名（総務部税務課）", 10.5)
P.t(90, y + 18, "事務局　税務課長、同課収納対策係長、同係主任", 10.5)

# ---------------- page 2: 資料1 debts as columns (円) + 千円 table ----------------
P = Pg(2); p = 2
P.t(520, 60, "資料１", 11, "g", "r")
P.t(70, 80, "１　主要債権の収納状況（令和６年２月末現在）", 12, "g")
P.t(70, 104, "表１　債権別の調定額・収入済額（現年度分・滞納繰越分）", 10, "g")
P.t(525, 104, "（単位：円、％）", 8.5, "m", "r")
keys = list(DEBTS)
hdr = ["区分", "", "市税", "国民健康\n保険税", "介護保険料", "後期高齢者\n医療保険料", "市営住宅\n使用料"]
body = []
for seg, lab, ia, ic in (("current", "現年度分", 0, 1), ("arrears", "滞納繰越分", 2, 3)):
    for met in ("assessed", "collected", "collection_rate"):
        row = [lab, {"assessed": "調定額", "collected": "収入済額", "collection_rate": "収納率※"}[met]]
        for k in keys:
            can, pr = DEBTS[k][:2]; v = FEB[k]
            if met == "collection_rate":
                rr = rate(v[ic], v[ia]); row.append(G.f(p, can, pr, FY, "令和6年2月末", seg, met, "interim", rr, "percent", f"{rr:.2f}", as_of=AS))
            else:
                vv = v[ia] if met == "assessed" else v[ic]
                row.append(G.f(p, can, pr, FY, "令和6年2月末", seg, met, "interim", vv, "yen", c(vv), as_of=AS))
        body.append(row)
spans = {(0, 0): (1, 2), (1, 0): (3, 1), (4, 0): (3, 1)}
P.rect(66, 112, 529, 112 + 30 + 6 * 20 + 4, width=1.4)
y = P.table(70, 116, [26, 58, 79, 75, 75, 75, 71], [hdr] + body, rh=[30] + [20] * 6, size=8.2,
            aligns=["c", "c", "r", "r", "r", "r", "r"], spans=spans, vert={(1, 0), (4, 0)})
P.t(70, y + 14, "※ 収納率＝収入済額÷調定額×100（小数第３位を四捨五入）。", 8)
P.t(70, y + 26, "出典：阿波市税務課・各債権所管課「債権管理状況報告（令和６年２月末）」", 8)
y += 46
P.t(70, y, "表２　前年同月との比較（収入済額、現年度分＋滞納繰越分）", 10, "g")
P.t(525, y, "（単位：千円）", 8.5, "m", "r")
rows = [["債権名", "今期（Ａ）", "前年同期（Ｂ）", "増減（Ａ－Ｂ）"]]
for k in keys:
    can, pr = DEBTS[k][:2]; v = FEB[k]
    a_ = round((v[1] + v[3]) / 1000); b_ = round(v[4] / 1000); dlt = a_ - b_
    rows.append([pr, G.f(p, can, pr, FY, "今期", "total", "collected", "interim", a_ * 1000, "yen", c(a_), as_of=AS),
                 G.f(p, can, pr, FY - 1, "前年同期", "total", "collected", "interim", b_ * 1000, "yen", c(b_), as_of=PAS),
                 G.f(p, can, pr, FY, "今期", "total", "difference", "interim", dlt * 1000, "yen", c(dlt).replace("△", "▲"), as_of=AS)])
y = P.table(70, y + 8, [140, 100, 100, 115], rows, rh=18, size=9, aligns=["l", "r", "r", "r"])
sz = FEB["shizei"]; tot_c = sz[1] + sz[3]
oku = round(tot_c / 1e8, 1)
rc = rate(sz[1], sz[0]); y += 20
y = P.para(70, y, "　市税の２月末の収入済額は、現年度分と滞納繰越分を合わせて約" +
           G.f(p, "市税", "市税", FY, "２月末", "total", "collected", "interim", oku * 1e8, "yen", f"{oku}億円", approx=True, as_of=AS) +
           "となり、現年度分の収納率は" + G.f(p, "市税", "市税", FY, "２月末", "current", "collection_rate", "interim", rc, "percent", f"{rc:.2f}％", as_of=AS) +
           "です。市営住宅使用料は、退去者分の未納が増えたことにより収入済額が前年同期を下回っています。", 455, 10)

# ---------------- pages 3-5: 取組個票 ----------------
YRS = [2019, 2020, 2021, 2022]
SHEET = {
 "shizei": dict(cur=[98.62, 98.70, 98.81, 98.93], arr=[24.12, 25.40, 26.85, 27.60], out=[142318, 135904, 128402, 121760],
                est=(99.05, 28.50, 114200), tgt=[(98.70, 25.00), (98.80, 26.00), (98.90, 27.00), (99.00, 28.00)],
                t24=(99.10, 29.00, 108000)),
 "kokuho": dict(cur=[93.12, 93.48, 93.90, 94.22], arr=[18.40, 19.25, 19.80, 20.55], out=[168204, 162417, 157305, 152408],
                est=(94.50, 21.20, 146800), tgt=[(93.50, 19.00), (93.80, 20.00), (94.00, 20.50), (94.30, 21.00)],
                t24=(94.70, 22.00, 141000)),
 "jutaku": dict(cur=[96.85, 97.02, 97.20, 97.31], arr=[10.42, 10.95, 11.20, 11.84], out=[21402, 20815, 20322, 19845],
                est=(97.45, 12.10, 19350), tgt=[(97.00, 11.00), (97.10, 11.50), (97.30, 12.00), (97.40, 12.50)],
                t24=(97.60, 13.00, 18800)),
}
TORI = {
 "shizei": [("①", "納期限後の早期催告（文書・電話）を徹底し、滞納の初期段階で納付につなげる。", "継続"),
            ("②", "預貯金・給与等の財産調査を電子照会で行い、差押えまでの期間を短縮する。", "拡充"),
            ("③", "徳島滞納整理機構への移管案件を年間30件以上とし、高額案件の整理を進める。", "継続")],
 "kokuho": [("①", "市税と一体的に滞納整理を行い、納付資力のある滞納者には差押えを実施する。", "継続"),
            ("②", "資格喪失者の未納分について、喪失届の受付時に納付相談を行う。", "新規"),
            ("③", "口座振替の原則化を進め、納付書払いからの切替えを勧奨する。", "拡充")],
 "jutaku": [("①", "滞納２か月で連帯保証人へ通知し、納付指導への協力を求める。", "継続"),
            ("②", "長期・高額滞納者に対しては、明渡請求を含む法的措置を講ずる。", "継続"),
            ("③", "退去者の未納債権について、徴収停止や債権放棄の基準を整理する。", "新規")],
}
def strip(P, y, k):
    can, pr, ka, kb = DEBTS[k]
    return P.table(60, y, [60, 120, 50, 110, 60, 75], [["債権名", pr, "所管課", ka, "債権区分", kb]], rh=22, size=9, head=0,
                   aligns=["c", "l", "c", "l", "c", "l"])

def sheet(pno, k, y, split=False):
    P = PG[pno]; can, pr = DEBTS[k][:2]; S = SHEET[k]; v = FEB[k]
    P.t(60, y, f"取組個票　{pr}", 12, "g"); y += 8
    # label/value strip (shaded label cells)
    for xx, ww in ((60, 60), (240, 50), (400, 60)):
        P.rect(xx, y, xx + ww, y + 22, fill=(0.9, 0.9, 0.9))
    y = strip(P, y, k) + 14
    P.t(60, y, "１　収納状況の推移", 10, "g"); P.t(535, y, "（収納率：％、収入未済額：千円）", 8, "m", "r"); y += 6
    cols = [(y_, era(y_), "actual") for y_ in YRS] + [(FY, "令和5年度\n2月末", "interim"), (FY, "令和5年度\n見込", "estimate")]
    r2 = rate(v[1], v[0]); ra = rate(v[3], v[2]); out2 = round((v[0] - v[1] + v[2] - v[3]) / 1000)
    vals = {"cur": S["cur"] + [r2, S["est"][0]], "arr": S["arr"] + [ra, S["est"][1]], "out": S["out"] + [out2, S["est"][2]]}
    def build(p_, idxs, lead=True):
        hdr = (["区分"] if lead else []) + [("決算\n" + cols[i][1]) if cols[i][2] == "actual" else cols[i][1] for i in idxs]
        body = []
        for rk, lab, seg, met in (("cur", "現年度分収納率", "current", "collection_rate"), ("arr", "滞納繰越分収納率", "arrears", "collection_rate"),
                                  ("out", "収入未済額", "total", "outstanding")):
            row = [lab] if lead else []
            for i in idxs:
                fy_, fyr, b = cols[i]; val = vals[rk][i]; fyr = fyr.replace("\n", "")
                a_ = AS if b == "interim" else None
                if met == "outstanding":
                    row.append(G.f(p_, can, pr, fy_, fyr, seg, met, b, val * 1000, "yen", c(val), as_of=a_))
                else:
                    row.append(G.f(p_, can, pr, fy_, fyr, seg, met, b, val, "percent", f"{val:.2f}", as_of=a_))
            body.append(row)
        return [hdr] + body
    if not split:
        y = P.table(60, y, [100] + [62.5] * 6, build(pno, range(6)), rh=[28, 18, 18, 18], size=8.5, aligns=["l"] + ["r"] * 6) + 22
    else:
        y = P.table(60, y, [110, 75, 75, 75], build(pno, range(3)), rh=[28, 18, 18, 18], size=8.5, aligns=["l", "r", "r", "r"])
        P.t(535, y + 10, "（右側の列は次ページへ続く）", 8, "m", "r"); y += 22
        Q = PG[pno + 1]
        Q.t(60, 60, f"取組個票　{pr}（前ページからの続き）", 10, "g")
        Q.t(535, 60, "（収納率：％、収入未済額：千円）", 8, "m", "r")
        yq = Q.table(60, 68, [110, 75, 75, 75], build(pno + 1, range(3, 6)), rh=[28, 18, 18, 18], size=8.5, aligns=["l", "r", "r", "r"])
        PG[pno + 1].ycont = yq + 14
    # targets vs results with 達成率
    P.t(60, y, "２　目標と実績（現年度分収納率）", 10, "g"); y += 6
    hdr = ["年度", "目標", "実績", "達成率"]
    rows = [hdr]
    for i, y_ in enumerate(YRS):
        tg = S["tgt"][i][0]; ac = S["cur"][i]; ach = round(ac / tg * 100, 1)
        rows.append([era(y_), G.f(pno, can, pr, y_, era(y_), "current", "collection_rate", "target", tg, "percent", f"{tg:.2f}％"),
                     G.f(pno, can, pr, y_, era(y_), "current", "collection_rate", "actual", ac, "percent", f"{ac:.2f}％"),
                     G.f(pno, can, pr, y_, era(y_), "current", "achievement_rate", "actual", ach, "percent", f"{ach:.1f}％")])
    y = P.table(60, y, [90, 80, 80, 70], rows, rh=16, size=8.5, aligns=["c", "r", "r", "r"])
    # R6 targets box to the right
    t6 = S["t24"]
    bx = 400
    P.rect(bx, y - 80, 535, y, width=1)
    P.t(bx + 6, y - 66, "令和６年度の目標", 9.5, "g")
    P.t(bx + 6, y - 48, "現年度分 " + G.f(pno, can, pr, 2024, "令和６年度", "current", "collection_rate", "target", t6[0], "percent", f"{t6[0]:.2f}％"), 9)
    P.t(bx + 6, y - 32, "滞繰分 " + G.f(pno, can, pr, 2024, "令和６年度", "arrears", "collection_rate", "target", t6[1], "percent", f"{t6[1]:.2f}％"), 9)
    P.t(bx + 6, y - 16, "未済額 " + G.f(pno, can, pr, 2024, "令和６年度", "total", "outstanding", "target", t6[2] * 1000, "yen", f"{c(t6[2])}千円"), 9)
    y += 14
    P.t(60, y, "３　取組内容", 10, "g"); y += 16
    for lab, text, stt in TORI[k]:
        G.i(pno, can, 2024, "取組内容", lab, text, stt, debt_raw=pr)
        y = P.para(66, y, f"{lab}{text}", 465, 9.2, indent=10)
        if stt:
            P.t(80, y, f"【{stt}】", 9.2); y += 9.2 * 1.6
    # prose difference
    d_ = round(S["est"][0] - S["cur"][3], 2)
    y = P.para(60, y + 4, "　令和５年度の現年度分収納率は" +
               G.f(pno, can, pr, FY, "令和5年度", "current", "collection_rate", "estimate", S["est"][0], "percent", f"{S['est'][0]:.2f}％") +
               "を見込んでおり、前年度比" + G.f(pno, can, pr, FY, "令和5年度", "current", "difference", "estimate", d_, "points", f"{d_:.2f}ポイント上昇") + "の見込みです。", 470, 9.5)
    return y

PG = {}
P = Pg(3); PG[3] = P
P.t(520, 50, "資料２", 11, "g", "r")
sheet(3, "shizei", 70)
PG[4] = Pg(4); PG[5] = Pg(5)
sheet(4, "kokuho", 60, split=True)
sheet(5, "jutaku", PG[5].ycont + 6)

# ---------------- page 6: 前回会議の主な意見 (○ Q&A) ----------------
P = Pg(6)
P.t(520, 60, "資料３", 11, "g", "r")
P.t(70, 84, "前回会議（令和５年度第２回・令和５年11月14日開催）における主な意見と対応", 11.5, "g")
QA = [("○森委員（健康福祉部長）", "国民健康保険税の滞納繰越分の収納率が他市より低いが、要因をどう分析しているのか。"),
      ("○税務課長", "滞納が長期化した案件の割合が高いことが主な要因です。執行停止の要件を満たす案件は速やかに整理し、"
                   "納付資力のある案件に差押えを集中させる方針です。"),
      ("○岩佐委員（建設部長）", "市営住宅使用料について、退去者の未納分の扱いを全庁で統一してほしい。"),
      ("○税務課長", "債権管理マニュアルを改訂し、徴収停止と債権放棄の基準を年度内に示します。"),
      ("○委員長", "各所管課は、年度末に向けて目標達成に全力を挙げていただきたい。")]
y = 112
for sp, tx in QA:
    P.t(70, y, sp, 10, "g"); y += 17
    y = P.para(84, y, tx, 440, 10) + 8
y += 10
P.rect(70, y, 525, y + 60, width=0.8)
P.t(78, y + 18, "【対応状況】", 10, "g")
P.para(78, y + 36, "債権管理マニュアルの改訂案を作成し、令和６年３月に各所管課へ意見照会を行っています。", 440, 9.5)

doc.subset_fonts()
pdf = ROOT / "pdf" / f"{STEM}.pdf"
doc.save(pdf, garbage=4, deflate=True)
G.write(pdf)
check(STEM)
