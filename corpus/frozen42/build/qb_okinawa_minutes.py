"""qb_okinawa_minutes_1: 沖縄市債権管理対策会議（書面開催）議事要旨 + 別表. PyMuPDF drawing."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from qb_common import *  # noqa
import pymupdf

STEM = "qb_okinawa_minutes_1"
TITLE = "令和６年度第２回沖縄市債権管理対策会議　議事要旨"
G = Gold(STEM, "minutes", "minutes", "沖縄市", TITLE, "2024-11-15", "令和６年１１月１５日")
FY = 2023
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FG = pymupdf.Font(fontfile=GOTHIC)
FM = pymupdf.Font(fontfile=MINCHO)

doc = pymupdf.open()
W, H = 595.28, 841.89
LM, RM, TOP, BOT = 62, 62, 60, 70


class Writer:
    def __init__(self):
        self.page = None
        self.pno = 0
        self.y = TOP

    def newpage(self):
        self.page = doc.new_page(width=W, height=H)
        self.page.insert_font(fontname="g", fontfile=GOTHIC)
        self.page.insert_font(fontname="m", fontfile=MINCHO)
        self.pno += 1
        self.y = TOP
        s = f"- {self.pno} -"
        self.page.insert_text((W / 2 - FM.text_length(s, 9) / 2, H - 35), s, fontname="m", fontsize=9)

    def text(self, s, x=None, size=10.5, font="m", indent=0, hang=0, lead=1.55, align=None):
        """Write s wrapped to the text width, first line at indent, following lines at indent+hang (in chars)."""
        f = FG if font == "g" else FM
        x0 = (x if x is not None else LM) + indent * size
        width = W - RM - x0
        lines, cur = [], ""
        first = True
        for ch in s:
            wlim = width if first else width - hang * size
            if f.text_length(cur + ch, size) > wlim and ch not in "、。，．）」":
                lines.append(cur)
                cur = ""
                first = False
            cur += ch
        lines.append(cur)
        for i, ln in enumerate(lines):
            self.y += size * lead
            xx = x0 + (hang * size if i else 0)
            if align == "c":
                xx = (W - f.text_length(ln, size)) / 2
            elif align == "r":
                xx = W - RM - f.text_length(ln, size)
            self.page.insert_text((xx, self.y), ln, fontname=font, fontsize=size)

    def at(self, x, y, s, size=9.5, font="m", right=False):
        f = FG if font == "g" else FM
        if right:
            x = x - f.text_length(s, size)
        self.page.insert_text((x, y), s, fontname=font, fontsize=size)

    def gap(self, h=6):
        self.y += h


w = Writer()
w.newpage()
P = 1
w.text(TITLE, size=14, font="g", align="c")
w.gap(10)
w.text("１　開催日等", font="g")
w.text("（１）開催方法　書面開催", indent=1)
w.text("（２）資料送付　令和６年１１月１５日（金）付けで各委員あて資料を送付", indent=1)
w.text("（３）意見提出期限　令和６年１１月２９日（金）", indent=1)
w.text("　新型コロナウイルス感染症対策として開始した書面による開催を、会議の効率化の観点から今回も継続した。", indent=1)
w.gap()
MEMB = [("委員長", "副市長"), ("副委員長", "総務部長"), ("委員", "企画部長"), ("委員", "市民部長"),
        ("委員", "こども・若者みらい部長"), ("委員", "健康福祉部長"), ("委員", "建設部長"), ("委員", "教育部長")]
SEC = [("事務局", "総務部納税課長"), ("事務局", "総務部納税課債権管理係長"), ("事務局", "総務部納税課主査")]
w.text(f"２　出席者（委員{zen(len(MEMB))}名、事務局{zen(len(SEC))}名）", font="g")
w.text("（１）委員", indent=1)
labels = "アイウエオカキク"
for i, (r, t) in enumerate(MEMB):
    w.text(f"{labels[i]}　{r}　{t}", indent=2)
w.text("（２）事務局", indent=1)
for i, (r, t) in enumerate(SEC):
    w.text(f"{labels[i]}　{t}", indent=2)
w.gap()
AGENDA = ["令和５年度決算における債権の状況について", "令和６年度上半期（９月末）の収納状況について",
          "私債権の放棄に関する報告について"]
w.text("３　議題", font="g")
for i, a in enumerate(AGENDA):
    w.text(f"（{zen(i+1)}）{a}", indent=1)
w.gap()
MATS = ["資料１　令和５年度 債権別収入未済額の状況", "資料２　令和６年度９月末 収納状況", "資料３　私債権の放棄の状況（令和５年度）"]
w.text("４　配付資料", font="g")
for m in MATS:
    w.text(m, indent=1)
w.gap()
w.text("５　議事の概要", font="g")
w.text("　事務局から送付資料に基づき議題（１）から（３）までを説明し、各委員から書面により意見を得た。"
       "その概要は次のとおりである。", indent=0)

STATEMENTS = []
# data (千円)
DEBTS = [("市税", "市税", 19842360, 19231874, 58214, 98.42),
         ("国民健康保険税", "国保税", 4218930, 3512406, 141238, 82.35),
         ("介護保険料", "介護保険料", 3124580, 3062117, 21346, 97.91),
         ("保育所保育料", "保育料", 312460, 296214, 3812, 94.12),
         ("市営住宅使用料", "住宅使用料", 498210, 421036, 9124, 83.87),
         ("その他", "その他", 1182340, 1048217, 12415, 88.06)]
ROWS = [dict(name=n, short=s, asd=a, col=c_, wo=wo, out=a - c_ - wo, rate=rate(c_, a, 1), prate=pr)
        for n, s, a, c_, wo, pr in DEBTS]
TOT = {k: sum(r[k] for r in ROWS) for k in ("asd", "col", "wo", "out")}
TOT["rate"] = rate(TOT["col"], TOT["asd"], 1)
PREV_OUT = TOT["out"] + 123420   # 令和4年度末
PREV2_OUT = PREV_OUT + 98760     # 令和3年度末
WO_HIST = {2021: 301245, 2022: 268904, 2023: TOT["wo"]}
OUT_HIST = {2021: PREV2_OUT, 2022: PREV_OUT, 2023: TOT["out"]}


def okuman(v):
    man = round(v / 10)
    return zen((f"{man // 10000}億" if man >= 10000 else "") + f"{man % 10000:,}万円"), man * 10000


SEC1 = "（１）令和５年度決算における債権の状況について"


def state(speaker, section, text, lead_label=None):
    w.text(("(ｱ)　" if lead_label is None else lead_label) + text, indent=2, hang=1.5)
    STATEMENTS.append({"speaker": speaker, "section": section, "text": text})


w.gap(4)
w.text(SEC1, indent=1, font="g")
w.text("ア　事務局（総務部納税課長）説明", indent=1)
o_s, o_v = okuman(TOT["out"])
d_s, d_v = okuman(PREV_OUT - TOT["out"])
state("総務部納税課長", SEC1,
      f"令和５年度決算における市全体の収入未済額は約{o_s}で、前年度から約{d_s}減少した。"
      f"収納率は市全体で{zen(p(TOT['rate'],1))}％となり、前年度比０．６ポイント上昇した。")
G.fact(P, None, None, FY, "令和５年度", "total", "outstanding", "actual", o_v, "yen", f"約{o_s}", approx=True)
G.fact(P, None, None, FY, "令和５年度", "total", "difference", "actual", -d_v, "yen", f"約{d_s}減少", approx=True)
G.fact(P, None, None, FY, "令和５年度", "total", "collection_rate", "actual", TOT["rate"], "percent", f"{zen(p(TOT['rate'],1))}％となり")
G.fact(P, None, None, FY, "令和５年度", "total", "difference", "actual", 0.6, "points", "０．６ポイント上昇")

w.newpage()
P = 2
w.text("イ　各委員の意見", indent=1)
tax = ROWS[0]
nhi = ROWS[1]
ps = ROWS[3]
hs = ROWS[4]
state("市民部長", SEC1, f"国保税の収納率は{zen(p(nhi['rate'],1))}％と前年度を上回ったが、県内１１市の中では依然として下位にある。"
      f"収入未済額{okuman(nhi['out'])[0]}のうち約６割が滞納繰越分であり、資格喪失者への早期の納付勧奨を強化したい。",
      "(ｱ)　市民部長　")
G.fact(P, "国民健康保険税", "国保税", FY, "令和５年度", "total", "collection_rate", "actual", nhi["rate"], "percent", f"{zen(p(nhi['rate'],1))}％と")
G.fact(P, "国民健康保険税", "国保税", FY, "令和５年度", "total", "outstanding", "actual", okuman(nhi["out"])[1], "yen",
       f"収入未済額{okuman(nhi['out'])[0]}")
state("こども・若者みらい部長", SEC1, f"保育料は児童手当からの徴収を進めた結果、収納率は{zen(p(ps['rate'],1))}％（前年度{zen(p(ps['prate'],1))}％）となった。"
      "引き続き入所時の口座振替の原則化を徹底する。", "(ｲ)　こども・若者みらい部長　")
G.fact(P, "保育所保育料", "保育料", FY, "令和５年度", "total", "collection_rate", "actual", ps["rate"], "percent", f"{zen(p(ps['rate'],1))}％（")
G.fact(P, "保育所保育料", "保育料", FY - 1, "前年度", "total", "collection_rate", "actual", ps["prate"], "percent", f"前年度{zen(p(ps['prate'],1))}％）")
state("建設部長", SEC1, f"住宅使用料の収入未済額は{zen(c(hs['out']))}千円である。退去者分の回収が課題であり、"
      "支払督促の申立てを計画的に進める。", "(ｳ)　建設部長　")
G.fact(P, "市営住宅使用料", "住宅使用料", FY, "令和５年度", "total", "outstanding", "actual", hs["out"] * 1000, "yen", f"{zen(c(hs['out']))}千円")
state("健康福祉部長", SEC1, "介護保険料は年金からの特別徴収が大半を占めるため収納は安定している。普通徴収の未納者には給付制限の周知を行う。",
      "(ｴ)　健康福祉部長　")
SEC2 = "（２）令和６年度上半期（９月末）の収納状況について"
w.gap(4)
w.text(SEC2, indent=1, font="g")
w.text("ア　事務局（総務部納税課長）説明", indent=1)
# 9月末 data
HALF = [("市税", "市税", 20112480, 58.4, 57.9), ("国民健康保険税", "国保税", 4102360, 41.2, 40.1),
        ("介護保険料", "介護保険料", 3187420, 52.6, 52.8), ("保育所保育料", "保育料", 305180, 47.5, 46.3),
        ("市営住宅使用料", "住宅使用料", 492640, 44.8, 43.2)]
HROWS = []
for n, s, a, r_, pr in HALF:
    col = round(a * r_ / 100)
    HROWS.append(dict(name=n, short=s, asd=a, col=col, rate=rate(col, a, 1), prate=pr,
                      pcol=round(a * 0.985 * pr / 100)))
state("総務部納税課長", SEC2, f"９月末時点の市税の収納率は{zen(p(HROWS[0]['rate'],1))}％で、前年同期を"
      f"{zen(p(round(HROWS[0]['rate']-HROWS[0]['prate'],1),1))}ポイント上回っている。国保税は{zen(p(HROWS[1]['rate'],1))}％で、"
      f"前年同期比{zen(p(round(HROWS[1]['rate']-HROWS[1]['prate'],1),1))}ポイントの改善となった。年度末の収納率は、市税で"
      "９８．６％、国保税で８３．０％程度を見込んでいる。")
AS = "2024-09-30"
G.fact(P, "市税", "市税", 2024, "９月末", "total", "collection_rate", "interim", HROWS[0]["rate"], "percent",
       f"{zen(p(HROWS[0]['rate'],1))}％で、前年同期", as_of=AS)
G.fact(P, "市税", "市税", 2024, "９月末", "total", "difference", "interim", round(HROWS[0]['rate'] - HROWS[0]['prate'], 1), "points",
       f"{zen(p(round(HROWS[0]['rate']-HROWS[0]['prate'],1),1))}ポイント上回って", as_of=AS)
G.fact(P, "国民健康保険税", "国保税", 2024, "９月末", "total", "collection_rate", "interim", HROWS[1]["rate"], "percent",
       f"国保税は{zen(p(HROWS[1]['rate'],1))}％", as_of=AS)
G.fact(P, "国民健康保険税", "国保税", 2024, "９月末", "total", "difference", "interim", round(HROWS[1]['rate'] - HROWS[1]['prate'], 1),
       "points", f"前年同期比{zen(p(round(HROWS[1]['rate']-HROWS[1]['prate'],1),1))}ポイント", as_of=AS)
G.fact(P, "市税", "市税", 2024, "年度末", "total", "collection_rate", "estimate", 98.6, "percent", "９８．６％")
G.fact(P, "国民健康保険税", "国保税", 2024, "年度末", "total", "collection_rate", "estimate", 83.0, "percent", "８３．０％程度", approx=True)
w.text("イ　各委員の意見", indent=1)
state("企画部長", SEC2, "上半期の状況は概ね順調であるが、物価高騰の影響で分納相談が増えている。生活困窮者の相談窓口との連携を図られたい。",
      "(ｱ)　企画部長　")
state("教育部長", SEC2, "学校給食費の公会計化に伴い、令和７年度から債権管理の対象となるため、事務局の支援をお願いしたい。",
      "(ｲ)　教育部長　")
SEC3 = "（３）私債権の放棄に関する報告について"
w.gap(4)
w.text(SEC3, indent=1, font="g")
state("総務部納税課長", SEC3, "令和５年度に債権管理条例に基づき放棄した私債権は、住宅使用料など４債権、計１２６件、"
      "１４，２１８千円であり、議会に報告済みである。", "ア　事務局（総務部納税課長）説明　")
state("副市長", SEC3, "各部においては、上半期の状況を踏まえ、年末の滞納整理強化月間に向けた取組を確実に実施すること。"
      "次回会議では年度末見込みと次年度の目標を審議する。", "イ　委員長（副市長）総括　")
w.gap(8)
w.text("以上", align="r")

# ------------------------------------------------------------------ page 3: 別表
w.newpage()
P = 3
w.text("別表１　主要債権の状況（令和５年度決算）", font="g", size=11)
w.text("単位：千円、％", align="r", size=9)
cols = [(LM, "債権名", False), (200, "調定額", True), (272, "収入済額", True), (336, "不納欠損額", True),
        (410, "収入未済額", True), (462, "収納率", True), (533, "前年度", True)]
w.y += 16
for x, h, rt in cols:
    w.at(x, w.y, h, font="g", right=rt)
w.y += 4
for r in ROWS + [dict(TOT, name=None, short="合計", prate=93.9)]:
    w.y += 15
    w.at(LM, w.y, r["short"])
    vals = [(c(r["asd"]), "assessed", r["asd"] * 1000, "yen"), (c(r["col"]), "collected", r["col"] * 1000, "yen"),
            (c(r["wo"]), "written_off", r["wo"] * 1000, "yen"), (c(r["out"]), "outstanding", r["out"] * 1000, "yen"),
            (p(r["rate"], 1), "collection_rate", r["rate"], "percent")]
    debt = None if r["short"] in ("合計", "その他") else r["name"]
    for (x, _, _), (s, m, v, u) in zip(cols[1:6], vals):
        w.at(x, w.y, s, right=True)
        G.fact(P, debt, r["short"], FY, "令和５年度", "total", m, "actual", v, u, s)
    w.at(cols[6][0], w.y, p(r["prate"], 1), right=True)
    G.fact(P, debt, r["short"], FY - 1, "前年度", "total", "collection_rate", "actual", r["prate"], "percent", p(r["prate"], 1))
w.y += 6
w.text("※ 国保税は国民健康保険税、保育料は保育所保育料、住宅使用料は市営住宅使用料。その他は下水道使用料等１８債権の計。", size=8.5)
w.text("※ 前年度欄は令和４年度決算の収納率。", size=8.5)

w.gap(14)
w.text("別表２　令和６年９月末の収納状況（前年同期比較）", font="g", size=11)
w.text("収入済額の単位：千円", align="r", size=9)
c2 = [(LM, "債権名", False), (205, "収納率", True), (265, "前年同期", True), (315, "増減", True),
      (425, "収入済額", True), (533, "前年同期", True)]
w.y += 16
hy = w.y
for x, h, rt in c2:
    w.at(x, w.y, h, font="g", right=rt)
w.page.draw_line((LM, hy - 13), (W - RM, hy - 13), width=0.8)
w.page.draw_line((LM, hy + 5), (W - RM, hy + 5), width=0.6)
w.y += 4
for r in HROWS:
    w.y += 15
    dv = round(r["rate"] - r["prate"], 1)
    w.at(LM, w.y, r["short"])
    w.at(c2[1][0], w.y, p(r["rate"], 1), right=True)
    w.at(c2[2][0], w.y, p(r["prate"], 1), right=True)
    w.at(c2[3][0], w.y, tri(dv, "▲", 1), right=True)
    w.at(c2[4][0], w.y, c(r["col"]), right=True)
    w.at(c2[5][0], w.y, c(r["pcol"]), right=True)
    G.fact(P, r["name"], r["short"], 2024, "令和６年９月末", "total", "collection_rate", "interim", r["rate"], "percent", p(r["rate"], 1), as_of=AS)
    G.fact(P, r["name"], r["short"], 2023, "前年同期", "total", "collection_rate", "interim", r["prate"], "percent", p(r["prate"], 1), as_of="2023-09-30")
    G.fact(P, r["name"], r["short"], 2024, "令和６年９月末", "total", "difference", "interim", dv, "points", tri(dv, "▲", 1), as_of=AS)
    G.fact(P, r["name"], r["short"], 2024, "令和６年９月末", "total", "collected", "interim", r["col"] * 1000, "yen", c(r["col"]), as_of=AS)
    G.fact(P, r["name"], r["short"], 2023, "前年同期", "total", "collected", "interim", r["pcol"] * 1000, "yen", c(r["pcol"]), as_of="2023-09-30")
w.page.draw_line((LM, w.y + 6), (W - RM, w.y + 6), width=0.6)
w.y += 8
w.text("※ 収納率は現年度分と滞納繰越分の合計。増減はポイント（▲は低下）。", size=8.5)

w.gap(14)
w.text("別表３　市全体の収入未済額及び不納欠損額の推移", font="g", size=11)
w.text("単位：千円", align="r", size=9)
# boxed small table, metrics as rows, years as columns, cells with two stacked figures (amount over change)
x0, x1 = LM, W - RM
colx = [x0, x0 + 130, x0 + 230, x0 + 330, x1]
top = w.y + 6
rowh = [18, 30, 30]
yy = top
for hgt in rowh:
    w.page.draw_line((x0, yy), (x1, yy), width=0.6)
    yy += hgt
w.page.draw_line((x0, yy), (x1, yy), width=0.6)
for x in colx:
    w.page.draw_line((x, top), (x, yy), width=0.6)
yrs = [(2021, "令和３年度"), (2022, "令和４年度"), (2023, "令和５年度")]
w.at(x0 + 4, top + 13, "区分", font="g")
for i, (y, yl) in enumerate(yrs):
    w.at(colx[i + 2] - 4, top + 13, yl, font="g", right=True)
for j, (lab, hist, m) in enumerate((("収入未済額", OUT_HIST, "outstanding"), ("不納欠損額", WO_HIST, "written_off"))):
    ry = top + rowh[0] + sum(rowh[1:1 + j])
    w.at(x0 + 4, ry + 12, lab)
    w.at(x0 + 4, ry + 25, "（前年度比）", size=8.5)
    for i, (y, yl) in enumerate(yrs):
        v = hist[y]
        w.at(colx[i + 2] - 4, ry + 12, c(v), right=True)
        G.fact(P, None, None, y, yl, "total", m, "actual", v * 1000, "yen", c(v))
        if y - 1 in hist:
            dv = v - hist[y - 1]
            w.at(colx[i + 2] - 4, ry + 25, f"（{tri(dv, '▲')}）", size=8.5, right=True)
            G.fact(P, None, None, y, yl, "total", "difference", "actual", dv * 1000, "yen", f"（{tri(dv, '▲')}）")
        else:
            w.at(colx[i + 2] - 4, ry + 25, "（－）", size=8.5, right=True)
w.y = yy + 4
w.text("出典：各年度沖縄市歳入歳出決算書（一般会計及び特別会計）", size=8.5)

doc.subset_fonts()
pdf = PDF_DIR / f"{STEM}.pdf"
doc.save(pdf, garbage=4, deflate=True)

att = [{"role": r, "title": t, "name": None} for r, t in MEMB] + [{"role": r, "title": t, "name": None} for r, t in SEC]
G.minutes = {"title": TITLE, "meeting_number": 2, "date": "2024-11-15", "method": "書面開催",
             "attendees": att, "agenda": AGENDA, "materials": MATS, "statements": STATEMENTS}
G.save(pdf)
print(STEM, "pages", w.pno, "facts", len(G.facts), "statements", len(STATEMENTS))
for b in check(STEM):
    print("BAD", b)
