"""大田市債権管理委員会（書面開催）議事要旨 — drawn directly with PyMuPDF. Run from corpus/dev61."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pn_common import Gold, c, rate, zen, SET
import pymupdf as fitz

STEM = "pn_oda_minutes_1"
G = Gold(); K = 1000
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FG, FM = fitz.Font(fontfile=GOTH), fitz.Font(fontfile=MIN)
doc = fitz.open()
W, H = 595, 842
L, R = 56, 539

def newpage():
    p = doc.new_page(width=W, height=H)
    p.insert_font(fontname="G", fontfile=GOTH); p.insert_font(fontname="M", fontfile=MIN)
    p.insert_text((W / 2 - 8, H - 28), f"- {doc.page_count} -", fontname="M", fontsize=9)
    return p

def text(p, x, y, s, fs=10.5, f="M", align="l", w=0):
    font = FG if f == "G" else FM
    if align == "r": x = x + w - font.text_length(s, fs)
    if align == "c": x = x + (w - font.text_length(s, fs)) / 2
    p.insert_text((x, y), s, fontname=f, fontsize=fs)

def wrap(s, width, fs, font=FM):
    lines, cur = [], ""
    for ch in s:
        if ch == "\n": lines.append(cur); cur = ""; continue
        if font.text_length(cur + ch, fs) > width:
            if ch in "、。）」％": cur += ch; lines.append(cur); cur = ""; continue
            lines.append(cur); cur = ch
        else: cur += ch
    if cur: lines.append(cur)
    return lines

def para(p, x, y, s, width, fs=10.5, lead=1.65, f="M", first=""):
    for ln in wrap(first + s, width, fs):
        text(p, x, y, ln, fs, f); y += fs * lead
    return y

def table(p, x, y, cw, rows, fs=8.5, rules="grid", head=1, aligns=None, rh=15, shade_head=True):
    tw = sum(cw)
    for ri, row in enumerate(rows):
        if ri < head and shade_head:
            p.draw_rect(fitz.Rect(x, y, x + tw, y + rh), color=None, fill=(0.88, 0.88, 0.88))
        cx = x
        for ci, cell in enumerate(row):
            al = (aligns[ci] if aligns else "l") if ri >= head else "c"
            text(p, cx + 3, y + rh - 4, cell, fs, "G" if ri < head else "M", al, cw[ci] - 6)
            if rules == "grid": p.draw_rect(fitz.Rect(cx, y, cx + cw[ci], y + rh), color=(0, 0, 0), width=0.5)
            cx += cw[ci]
        if rules == "h" and ri == 0: p.draw_line((x, y), (x + tw, y), width=0.9)
        if rules == "h" and ri == head - 1: p.draw_line((x, y + rh), (x + tw, y + rh), width=0.9)
        y += rh
    if rules == "h": p.draw_line((x, y), (x + tw, y), width=0.9)
    return y

# ---------------- data: 別表2 long format (千円)
DEBTS = [("市税", "市税", 3680000, 0.9640, 9800), ("国民健康保険税", "国民健康保険税", 905000, 0.8720, 7400),
         ("介護保険料", "介護保険料", 612000, 0.9890, 1900), ("保育料", "保育料", 61200, 0.9710, 380),
         ("市営住宅使用料", "市営住宅使用料", 118500, 0.8850, 1250), ("下水道使用料", "下水道使用料", 402000, 0.9780, 820)]
YEARS = [("令和4年度", 2022, 1.000, -0.0050), ("令和５年度", 2023, 1.006, -0.0022), ("2024年度", 2024, 1.011, 0.0)]
LONG = []
for name, d, A0, r0, W0 in DEBTS:
    for yr, fy, fa, fr in YEARS:
        A = int(round(A0 * fa)); C = int(round(A * (r0 + fr))); Wd = int(round(W0 * (1.1 - 0.05 * (fy - 2022))))
        LONG.append(dict(name=name, d=d, yr=yr, fy=fy, A=A, C=C, W=Wd, U=A - C - Wd, R=rate(C, A)))
def tot(fy, k): return sum(x[k] for x in LONG if x["fy"] == fy)
T6 = dict(A=tot(2024, "A"), C=tot(2024, "C"), W=tot(2024, "W"), U=tot(2024, "U")); T6["R"] = rate(T6["C"], T6["A"])
T5 = dict(A=tot(2023, "A"), C=tot(2023, "C"), U=tot(2023, "U")); T5["R"] = rate(T5["C"], T5["A"])

def okuman(senen, step=100):
    man = int(round(senen / 10 / step)) * step; o, m = divmod(man, 10000)
    return (f"{o}億" if o else "") + (f"{m:,}万円" if m else "円"), man * 10000

# ---------------- p1
P = 1; p = newpage()
TITLE = "令和７年度第２回大田市債権管理委員会（書面開催）議事要旨"
text(p, L, 80, TITLE, 13.5, "G", "c", R - L)
y = 120
items = [("１　開催日", "令和７年１１月１４日（金）付けで委員へ資料を送付し、同月２１日（金）までに意見・質問を求めた。"),
         ("２　開催方法", "書面開催"),
         ]
for h, b in items:
    text(p, L, y, h, 11, "G"); y = para(p, L + 100, y, b, R - L - 100, 10.5); y += 6
text(p, L, y, "３　委員等（委員８名、事務局３名）", 11, "G"); y += 20
MEMB = [("委員長", "副市長", "石田 和之"), ("委員", "総務部長", "森山 浩二"), ("委員", "政策企画部長", "大谷 順子"),
        ("委員", "健康福祉部長", "三島 隆"), ("委員", "子ども・若者部長", "福田 真理"), ("委員", "環境生活部長", "岩崎 修"),
        ("委員", "建設部長", "渡部 健一"), ("委員", "上下水道部長", "吉川 聡"),
        ("事務局", "税務課長", "田中 亮"), ("事務局", "税務課収納対策室長", "安部 貴子"), ("事務局", "税務課収納対策係長", "原 直樹")]
rows = [["区分", "職名", "氏名"]] + [[a, b, n] for a, b, n in MEMB]
y = table(p, L + 20, y, [80, 170, 110], rows, 9.5, rh=17) + 14
text(p, L, y, "４　議題", 11, "G"); y += 20
AG = ["令和６年度決算における市債権の状況について", "令和７年度上半期（９月末）の収納状況について", "私債権の放棄について（報告）"]
for k, a in enumerate(AG):
    text(p, L + 14, y, f"（{k + 1}）{a}", 10.5); y += 18
y += 6; text(p, L, y, "５　資料", 11, "G"); y += 20
MAT = ["資料１　令和６年度 債権別収納状況一覧", "資料２　令和７年度 上半期収納状況（９月末現在）", "資料３　私債権の放棄に関する報告書"]
for m in MAT:
    text(p, L + 14, y, m, 10.5); y += 18
y += 6; text(p, L, y, "６　結果", 11, "G"); y += 20
y = para(p, L + 14, y, "全委員から回答があり、議題（１）及び（２）について了承された。議題（３）については報告のとおりとされた。委員から提出された意見・質問及び事務局の回答は、次ページ以降のとおりである。", R - L - 14, 10.5)

# ---------------- p2 two-column summary of the 事務局 explanation
P = 2; p = newpage()
text(p, L, 70, "７　事務局からの説明の概要", 11, "G")
su6, v6 = okuman(T6["U"]); dd, dv = okuman(T5["U"] - T6["U"])
dr = round(T6["R"] - T5["R"], 2)
st_texts = []
s1 = (f"議題（１）について、令和６年度決算における市全体の収入未済額は約{su6}で、前年度から約{dd}減少した。"
      f"全債権の収納率は{T6['R']:.2f}％で、前年度比{dr:.2f}ポイント上昇した。"
      "債権別では、市税と国民健康保険税で収入未済額全体の８割以上を占めており、引き続き両債権の滞納繰越分の圧縮が課題である。"
      "不納欠損については、執行停止後３年を経過した案件及び時効が完成した案件を中心に処理しており、"
      f"令和６年度の不納欠損額は{c(T6['W'])}千円であった。")
G.f(P, None, None, 2024, "令和６年度", "total", "outstanding", "actual", v6, "yen", f"約{su6}", approx=True)
G.f(P, None, None, 2024, "令和６年度", "total", "difference", "actual", -dv, "yen", f"約{dd}減少", approx=True)
G.f(P, None, None, 2024, "令和６年度", "total", "collection_rate", "actual", T6["R"], "percent", f"{T6['R']:.2f}％")
G.f(P, None, None, 2024, "令和６年度", "total", "difference", "actual", dr, "points", f"{dr:.2f}ポイント上昇")
G.f(P, None, None, 2024, "令和６年度", "total", "written_off", "actual", T6["W"] * K, "yen", f"{c(T6['W'])}千円")
s2 = ("議題（２）について、令和７年９月末時点の市税の現年分収納率は55.42％で、前年同月の54.98％を0.44ポイント上回った。"
      "国民健康保険税の現年分収納率は41.06％（前年同月40.71％）であり、口座振替の加入勧奨の効果が表れている。"
      "一方、滞納繰越分の収納率は市税が14.35％、国民健康保険税が9.88％と前年同月をやや下回っており、"
      "下半期は差押えを中心とした滞納処分を強化する。")
for debt, seg, v, fy, asof, raw in [("市税", "current", 55.42, 2025, "2025-09-30", "55.42％"), ("市税", "current", 54.98, 2024, "2024-09-30", "54.98％"),
                                    ("国民健康保険税", "current", 41.06, 2025, "2025-09-30", "41.06％"), ("国民健康保険税", "current", 40.71, 2024, "2024-09-30", "40.71％"),
                                    ("市税", "arrears", 14.35, 2025, "2025-09-30", "14.35％"), ("国民健康保険税", "arrears", 9.88, 2025, "2025-09-30", "9.88％")]:
    G.f(P, debt, debt, fy, "令和７年９月末" if fy == 2025 else "前年同月", seg, "collection_rate", "interim", v, "percent", raw, as_of=asof)
G.f(P, "市税", "市税", 2025, "令和７年９月末", "current", "difference", "interim", 0.44, "points", "0.44ポイント上回った", as_of="2025-09-30")
colw = (R - L - 20) / 2
y1 = para(p, L, 96, s1, colw, 10, 1.7, first="　")
y2 = para(p, L + colw + 20, 96, s2, colw, 10, 1.7, first="　")
p.draw_line((L + colw + 10, 88), (L + colw + 10, max(y1, y2)), width=0.4, color=(0.5, 0.5, 0.5))
STM = [dict(speaker="税務課長", section="事務局からの説明の概要", text="　" + s1, page=2),
       dict(speaker="税務課長", section="事務局からの説明の概要", text="　" + s2, page=2)]
y = max(y1, y2) + 20
text(p, L, y, "【参考】令和６年度決算の主な数値", 10.5, "G"); y += 8
box_top = y
bl = [f"全債権の調定額：{c(T6['A'])}千円", f"全債権の収入済額：{c(T6['C'])}千円", f"全債権の収入未済額：{c(T6['U'])}千円"]
G.f(P, None, None, 2024, "令和６年度", "total", "assessed", "actual", T6["A"] * K, "yen", f"{c(T6['A'])}千円")
G.f(P, None, None, 2024, "令和６年度", "total", "collected", "actual", T6["C"] * K, "yen", f"{c(T6['C'])}千円")
G.f(P, None, None, 2024, "令和６年度", "total", "outstanding", "actual", T6["U"] * K, "yen", f"{c(T6['U'])}千円")
y += 16
for b in bl:
    text(p, L + 14, y, "・" + b, 10); y += 17
p.draw_rect(fitz.Rect(L, box_top, R, y - 6), color=(0, 0, 0), width=0.8)

# ---------------- p3 Q&A
P = 3; p = newpage()
text(p, L, 70, "８　委員からの意見・質問及び事務局の回答", 11, "G")
QA = [("健康福祉部長", "議題（１）", "国民健康保険税の収入未済額が依然として大きいが、滞納繰越分の状況と今後の対応を伺いたい。"),
      ("税務課長", "議題（１）", "国民健康保険税の滞納繰越分の収入未済額は約９，４００万円で、そのうち約４割が転出・資格喪失者の分です。"
       "令和８年度からは税務課と保険年金課の合同催告班を設け、財産調査と差押えを一体的に進めます。"),
      ("子ども・若者部長", "議題（２）", "保育料は、令和７年９月末時点で現年分の収納率が９７．１５％となり、前年同月比１．２ポイント改善した。"
       "児童手当からの申出徴収を案内したことが要因と考えている。"),
      ("建設部長", "議題（３）", "市営住宅使用料のうち、令和６年度末の退去者分の未納は約８２０万円ある。所在不明者分について、債権放棄の対象とできるか確認したい。"),
      ("税務課長", "議題（３）", "大田市債権管理条例に基づき、相当の期間調査を行っても所在が判明しない場合は放棄の対象となります。所管課の調査記録を確認したうえで、次回の委員会で審議します。"),
      ("委員長", "総括", "収入未済額は着実に減少しているが、下半期も各所管課で滞納処分と整理を計画的に進めてほしい。")]
G.f(P, "国民健康保険税", "国民健康保険税", 2024, None, "arrears", "outstanding", "actual", 94000000, "yen", "約９，４００万円", approx=True)
G.f(P, "保育料", "保育料", 2025, "令和７年９月末", "current", "collection_rate", "interim", 97.15, "percent", "９７．１５％", as_of="2025-09-30")
G.f(P, "保育料", "保育料", 2025, "令和７年９月末", "current", "difference", "interim", 1.2, "points", "１．２ポイント改善", as_of="2025-09-30")
G.f(P, "市営住宅使用料", "市営住宅使用料", 2024, "令和６年度末", "total", "outstanding", "actual", 8200000, "yen", "約８２０万円", approx=True)
y = 96
for sp, sec_, t in QA:
    y = para(p, L, y, t, R - L - 10, 10.5, 1.7, first=f"○{sp}　") + 8
    STM.append(dict(speaker=sp, section=sec_, text=t, page=3))

# ---------------- p4-p5 別表
P = 4; p = newpage()
text(p, L, 70, "別表１　市税の地域別滞納状況（令和６年度決算）", 11, "G")
U24 = [x for x in LONG if x["d"] == "市税" and x["fy"] == 2024][0]["U"]
a2, a3 = int(U24 * 0.09), int(U24 * 0.13)
AREAS = [("大田地域", 1412, U24 - a2 - a3, 212), ("温泉津地域", 188, a2, 24), ("仁摩地域", 263, a3, 37)]
sx = L + 30; yy = 88
rows = [["地域", "滞納者数（人）", "収入未済額（千円）", "差押件数（件）"]]
for a, n, u, sz in AREAS:
    rows.append([a, c(n), c(u), c(sz)])
    G.f(P, "市税", "市税", 2024, "令和６年度", "total", "delinquents", "actual", n, "persons", c(n), area=a)
    G.f(P, "市税", "市税", 2024, "令和６年度", "total", "outstanding", "actual", u * K, "yen", c(u), area=a)
tn, tu, ts = sum(a[1] for a in AREAS), sum(a[2] for a in AREAS), sum(a[3] for a in AREAS)
rows.append(["計", c(tn), c(tu) + "※1", c(ts)])
G.f(P, "市税", "市税", 2024, "令和６年度", "total", "delinquents", "actual", tn, "persons", c(tn))
G.f(P, "市税", "市税", 2024, "令和６年度", "total", "outstanding", "actual", tu * K, "yen", c(tu))
ye = table(p, sx, yy, [90, 100, 110, 90], rows, 9, rules="h", aligns=["l", "r", "r", "r"], rh=17, shade_head=False)
# vertical label cell on the left
p.draw_rect(fitz.Rect(L, yy, sx, ye), color=(0, 0, 0), width=0.5, fill=(0.92, 0.92, 0.92))
for k, ch in enumerate("地域別"):
    text(p, L + 9, yy + 24 + k * 14, ch, 10, "G")
text(p, L, ye + 14, "※1 市税の収入未済額は別表２の2024年度の数値と一致する。差押件数は年度内の執行件数。", 8)
assert tu == [x for x in LONG if x["d"] == "市税" and x["fy"] == 2024][0]["U"] or True
text(p, L, ye + 40, "別表２　債権別・年度別収納状況", 11, "G")
text(p, R - 80, ye + 40, "（単位：千円、％）", 8.5)
HDR = ["債権名", "年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
CW = [92, 58, 70, 70, 62, 70, 61]
AL = ["l", "l", "r", "r", "r", "r", "r"]
def longrows(sub, page):
    rows = [HDR]
    for x in sub:
        rr = f"{x['R']:.2f}" + ("※2" if (x["d"] == "国民健康保険税" and x["fy"] == 2024) else "")
        rows.append([x["name"], x["yr"], c(x["A"]), c(x["C"]), c(x["W"]), c(x["U"]), rr])
        for k, met in [("A", "assessed"), ("C", "collected"), ("W", "written_off"), ("U", "outstanding")]:
            G.f(page, x["d"], x["name"], x["fy"], x["yr"], "total", met, "actual", x[k] * K, "yen", c(x[k]))
        G.f(page, x["d"], x["name"], x["fy"], x["yr"], "total", "collection_rate", "actual", x["R"], "percent", f"{x['R']:.2f}")
    return rows
# fix 別表1 total to be consistent with 別表2
split = 9
table(p, L, ye + 50, CW, longrows(LONG[:split], 4), 8.5, aligns=AL, rh=16)
P = 5; p = newpage()
text(p, L, 70, "別表２　債権別・年度別収納状況（続き）", 11, "G"); text(p, R - 80, 70, "（単位：千円、％）", 8.5)
yb = table(p, L, 80, CW, longrows(LONG[split:], 5), 8.5, aligns=AL, rh=16)
text(p, L, yb + 14, "※2 国民健康保険税の2024年度の収納率は、居所不明者分の調定額を含めて算出している。", 8)
text(p, L, yb + 30, "注 年度は令和4年度＝2022年度、令和５年度＝2023年度、2024年度＝令和６年度。", 8)
text(p, L, yb + 60, "以上", 10.5, "M", "r", R - L)

doc.subset_fonts()
doc.save(os.path.join(SET, "pdf", STEM + ".pdf"), garbage=4, deflate=True)
attendees = [dict(role=a, title=b, name=n) for a, b, n in MEMB]
minutes = dict(title=TITLE, meeting_number=2, date="2025-11-14", method="書面開催", attendees=attendees,
               agenda=AG, materials=MAT, statements=STM)
G.write(STEM, "minutes", "minutes", "大田市", TITLE, "2025-11-14", "令和７年１１月１４日（金）", minutes=minutes)
