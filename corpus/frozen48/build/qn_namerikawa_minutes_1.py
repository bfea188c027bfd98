"""滑川市 債権管理対策会議 議事要旨 (minutes, 書面開催) — PyMuPDF drawing directly."""
import sys
sys.path.insert(0, "build")
from qn_common import *
import fitz

STEM = "qn_namerikawa_minutes_1"
R = Rec()
GF, MF = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf", "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
doc = fitz.open()
W, H = 595, 842
L, RM = 62, 62


class P:
    def __init__(self):
        self.pg = doc.new_page(width=W, height=H)
        self.pg.insert_font(fontname="G", fontfile=GF)
        self.pg.insert_font(fontname="M", fontfile=MF)
        self.y = 70

    def t(self, x, s, size=10, font="M", y=None, right=None):
        yy = self.y if y is None else y
        if right is not None:
            w = fitz.get_text_length(s, fontname="japan", fontsize=size) if False else len_s(s, size)
            x = right - w
        self.pg.insert_text((x, yy), s, fontsize=size, fontname=font)

    def wrap(self, s, x=L, size=10, font="M", width=None, lh=1.7, indent=0):
        width = width or (W - RM - x)
        n = int(width // size)
        first = True
        while s:
            k = n - (indent if first else 0)
            line, s = s[:k], s[k:]
            self.t(x + (indent * size if first else 0), line, size, font)
            self.y += size * lh
            first = False

    def hl(self, y, x0=L, x1=W - RM, w=0.6):
        self.pg.draw_line((x0, y), (x1, y), width=w)


def len_s(s, size):
    n = 0
    for ch in s:
        n += size * (0.5 if ord(ch) < 0x2000 else 1.0)
    return n


TITLE = "令和6年度第2回滑川市債権管理対策会議 議事要旨"
# ---------------- page 1
p = P()
R.page = 1
p.t(L + 40, TITLE, 14, "G")
p.y += 30
att = [("会長", "副市長"), ("委員", "総務部長"), ("委員", "市民・健康部長"), ("委員", "福祉・子ども部長"), ("委員", "産業建設部長"),
       ("委員", "上下水道部長"), ("委員", "教育部長"), ("委員", "会計管理者"),
       ("事務局", "財政課長"), ("事務局", "税務課長"), ("事務局", "税務課収納係長")]
items = [
    ("１　開催日", ["令和7年2月14日（金）付けで各委員へ資料を送付し、同年2月21日（金）までに意見を徴した。"]),
    ("２　開催方法", ["書面開催"]),
    ("３　出席者（委員８名、事務局３名）", [
        "会長　副市長", "委員　総務部長、市民・健康部長、福祉・子ども部長、産業建設部長、上下水道部長、教育部長、会計管理者",
        "事務局　財政課長、税務課長、税務課収納係長"]),
    ("４　議題", ["（１）令和6年度債権管理の取組状況（令和7年1月末現在）について", "（２）令和7年度債権管理実施計画（案）について",
               "（３）その他"]),
    ("５　資料", ["資料１　令和6年度債権別収納状況（令和7年1月末現在）", "資料２　令和7年度債権管理実施計画（案）",
               "別表１～４　主要債権の収納状況等"]),
]
for h, lines in items:
    p.t(L, h, 11, "G")
    p.y += 20
    for ln in lines:
        p.wrap(ln, L + 14, 10.5, indent=0)
    p.y += 8
p.t(L, "６　議事の概要", 11, "G")
p.y += 20
STM = []


def stmt(sp, section, text, marker="○", page=None):
    STM.append({"speaker": sp, "section": section, "text": text, "page": page or R.page})
    p.t(L + 6, marker + sp, 10.5, "G")
    p.y += 18
    p.wrap(text, L + 16, 10.5, indent=1)
    p.y += 6


p.wrap("書面開催のため、資料送付後に各委員から提出された意見及び事務局の回答の要旨を次に示す。", L + 6, 10.5, indent=1)
p.y += 4
stmt("税務課長（事務局）", "議題（１）令和6年度債権管理の取組状況について",
     "令和7年1月末現在の主要債権の状況は別表１及び別表２のとおりである。市税は現年分の収納が前年同期を上回って推移しており、滞納繰越分も財産調査の前倒しにより収入済額が増加している。国民健康保険税は現年分が前年並みである。")
# ---------------- page 2
p = P()
R.page = 2
p.wrap("市税の収納率の状況は次のとおりである。", L + 16, 10.5, indent=1)
p.t(L + 16, "【収納率】令和7年1月末時点", 10.5, "G")
p.y += 18
Y1 = dict(cur=(88.64, 87.91), arr=(21.37, 19.85))
for lab, key, seg in (("現年分", "cur", "current"), ("滞繰分", "arr", "arrears")):
    v = Y1[key][0]
    p.t(L + 26, "・" + lab + " " + R.f(f"{ff(v)}％", v, "collection_rate", "percent", "市税", "市税", 2024, None, seg, "interim",
                                      "2025-01-31"), 10.5)
    p.y += 17
STM[-1]["text"] += "市税の収納率の状況は次のとおりである。【収納率】令和7年1月末時点" + "".join(
    f"・{lab} {ff(Y1[k][0])}％" for lab, k in (("現年分", "cur"), ("滞繰分", "arr")))
p.y += 6
v1 = 87.91
stmt("総務部長", "議題（１）令和6年度債権管理の取組状況について",
     "市税現年分が前年同期の" + R.f(f"{ff(v1)}％", v1, "collection_rate", "percent", "市税", "市税", 2023, "前年同期", "current",
                                "interim", "2024-01-31") + "を上回っている要因は何か。")
stmt("税務課長（事務局）", "議題（１）令和6年度債権管理の取組状況について",
     "スマートフォン決済の利用件数が増えたことに加え、納期限後20日以内の文書催告を徹底したことが寄与していると考えている。")
stmt("福祉・子ども部長", "議題（１）令和6年度債権管理の取組状況について",
     "保育料の滞納繰越分の収納率が低いが、今後の対応はどうか。")
stmt("財政課長（事務局）", "議題（１）令和6年度債権管理の取組状況について",
     "所管課と税務課の合同で滞納世帯への面談を行い、児童手当からの申出徴収を案内することとしている。")
stmt("上下水道部長", "議題（２）令和7年度債権管理実施計画（案）について",
     "下水道使用料は水道料金と一体で徴収しており、給水停止予告の運用を計画に明記してほしい。")
stmt("財政課長（事務局）", "議題（２）令和7年度債権管理実施計画（案）について",
     "意見を踏まえ、実施計画（案）の下水道使用料の取組に給水停止予告との連携を追記する。その他の意見はなく、実施計画（案）は原案のとおり了承された。")
p.t(L, "以上", 10.5, right=W - RM)

# ---------------- page 3: 別表1 (two lines per debt), 別表2 (stacked)
p = P()
R.page = 3
p.t(L, "別表１　主要債権の現年分収納状況（令和7年1月末現在）", 11, "G")
p.t(0, "（単位：千円、％）", 9, right=W - RM)
p.y += 14
D = [("市税", "市税", 3412870, 88.64, 87.91, 1.012),
     ("国民健康保険税", "国民健康保険税", 598340, 79.83, 79.92, 0.985),
     ("介護保険料", "介護保険料", 512660, 86.12, 85.70, 1.021),
     ("後期高齢者医療保険料", "後期高齢者医療保険料", 301270, 88.95, 88.61, 1.034),
     ("保育料", "保育料", 61230, 82.44, 83.05, 0.962),
     ("市営住宅使用料", "市営住宅使用料", 72840, 84.31, 83.62, 0.992),
     ("下水道使用料", "下水道使用料", 498110, 81.76, 81.40, 1.008)]
cols = [L, L + 150, L + 240, L + 330, L + 400, W - RM]
top = p.y
hh = 30
p.hl(top, w=0.9)
# vertical header for 債権名
for i, ch in enumerate("債権名"):
    p.t(L + 6, ch, 9, "G", y=top + 10 + i * 9.5)
for j, h in enumerate(["調定額", "収入済額", "収納率", "前年度比"]):
    p.t(cols[j + 1] + 18, h, 9, "G", y=top + 19)
p.y = top + hh
p.hl(p.y)
rh = 14
sums = {2024: [0, 0], 2023: [0, 0]}
for k, name, ca, r24, r23, g in D:
    ca23 = round(ca / g * 0.995) if g else ca
    cc24 = round(ca * r24 / 100)
    cc23 = round(ca23 * r23 / 100)
    rr24, rr23 = rate(cc24, ca), rate(cc23, ca23)
    ratio = round(cc24 / cc23 * 100, 1)
    sums[2024][0] += ca; sums[2024][1] += cc24; sums[2023][0] += ca23; sums[2023][1] += cc23
    y0 = p.y
    p.t(L + 22, name, 9, y=y0 + 14)
    for (yy, a, b, r, asof) in ((y0 + 10, ca, cc24, rr24, "2025-01-31"), (y0 + 10 + rh, ca23, cc23, rr23, "2024-01-31")):
        fy = 2024 if asof.startswith("2025") else 2023
        p.t(0, R.f(c(a), a * 1000, "assessed", "yen", k, name, fy, None, "current", "interim", asof), 9, y=yy, right=cols[2] - 6)
        p.t(0, R.f(c(b), b * 1000, "collected", "yen", k, name, fy, None, "current", "interim", asof), 9, y=yy, right=cols[3] - 6)
        p.t(0, R.f(ff(r), r, "collection_rate", "percent", k, name, fy, None, "current", "interim", asof), 9, y=yy, right=cols[4] - 6)
    p.t(0, R.f(f"{ratio:.1f}", ratio, "ratio_to_previous", "percent", k, name, 2024, None, "current", "interim", "2025-01-31"),
        9, y=y0 + 10, right=cols[5] - 6)
    p.y = y0 + 2 * rh + 2
    p.hl(p.y, w=0.3)
y0 = p.y
p.t(L + 22, "計", 9, "G", y=y0 + 14)
for (yy, (a, b), asof, fy) in ((y0 + 10, sums[2024], "2025-01-31", 2024), (y0 + 10 + rh, sums[2023], "2024-01-31", 2023)):
    p.t(0, R.f(c(a), a * 1000, "assessed", "yen", None, "計", fy, None, "current", "interim", asof), 9, y=yy, right=cols[2] - 6)
    p.t(0, R.f(c(b), b * 1000, "collected", "yen", None, "計", fy, None, "current", "interim", asof), 9, y=yy, right=cols[3] - 6)
    rr = rate(b, a)
    p.t(0, R.f(ff(rr), rr, "collection_rate", "percent", None, "計", fy, None, "current", "interim", asof), 9, y=yy, right=cols[4] - 6)
ratio = round(sums[2024][1] / sums[2023][1] * 100, 1)
p.t(0, R.f(f"{ratio:.1f}", ratio, "ratio_to_previous", "percent", None, "計", 2024, None, "current", "interim", "2025-01-31"), 9,
    y=y0 + 10, right=cols[5] - 6)
p.y = y0 + 2 * rh + 2
p.hl(p.y, w=0.9)
for x in cols:
    p.pg.draw_line((x, top), (x, p.y), width=0.5)
p.y += 12
p.t(L, "注）上段：令和6年度（1月末現在）、下段：令和5年度（1月末現在）。前年度比は収入済額の対前年同期比。", 8.5)
p.y += 30
# 別表2 stacked
p.t(L, "別表２　滞納繰越分の収納状況（各年度1月末現在）", 11, "G")
p.y += 14
cols = [L, L + 150, L + 260, L + 370, W - RM]
top = p.y
p.hl(top, w=0.9)
for j, h in enumerate(["債権名", "令和6年度", "令和5年度", "差"]):
    p.t(cols[j] + 30, h, 9.5, "G", y=top + 15)
p.y = top + 22
p.hl(p.y)
D2 = [("市税", "市税", 176420, 21.37, 19.85), ("国民健康保険税", "国民健康保険税", 142380, 16.02, 16.88),
      ("介護保険料", "介護保険料", 15470, 14.11, 12.96), ("保育料", "保育料", 8950, 9.74, 11.20),
      ("市営住宅使用料", "市営住宅使用料", 21860, 12.48, 11.93)]
for k, name, aa, r24, r23 in D2:
    aa23 = round(aa * 1.06)
    c24, c23 = round(aa * r24 / 100), round(aa23 * r23 / 100)
    rr24, rr23 = rate(c24, aa), rate(c23, aa23)
    df = round(rr24 - rr23, 2)
    y0 = p.y
    p.t(L + 8, name, 9.5, y=y0 + 17)
    for j, (b, r, fy, asof) in enumerate(((c24, rr24, 2024, "2025-01-31"), (c23, rr23, 2023, "2024-01-31"))):
        p.t(0, R.f(c(b), b * 1000, "collected", "yen", k, name, fy, "令和6年度" if fy == 2024 else "令和5年度", "arrears", "interim", asof),
            9, y=y0 + 11, right=cols[j + 2] - 8)
        p.t(0, R.f(ff(r), r, "collection_rate", "percent", k, name, fy, "令和6年度" if fy == 2024 else "令和5年度", "arrears", "interim", asof),
            9, y=y0 + 23, right=cols[j + 2] - 8)
    p.t(0, R.f(("▲" if df < 0 else "") + ff(abs(df)), df, "difference", "points", k, name, 2024, "令和6年度", "arrears", "interim",
               "2025-01-31"), 9, y=y0 + 23, right=cols[4] - 8)
    p.y = y0 + 28
    p.hl(p.y, w=0.3)
p.hl(p.y, w=0.9)
for x in cols:
    p.pg.draw_line((x, top), (x, p.y), width=0.5)
p.y += 12
p.t(L, "注）各欄の上段は収入済額（千円）、下段は収納率（％）。差は収納率の前年度差（ポイント、▲は低下）。", 8.5)

# ---------------- page 4: 別表3 (no rules), 別表4 (horizontal rules over/under header), 【参考】
p = P()
R.page = 4
p.t(L, "別表３　不納欠損の状況（決算）", 11, "G")
p.y += 8
p.t(0, "単位：千円", 9, right=W - RM)
p.y += 18
tabs = [L + 10, L + 230, L + 320, L + 410]
for j, h in enumerate(["債権名", "令和5年度", "令和4年度", "増減"]):
    p.t(tabs[j] + (20 if j else 0), h, 9.5, "G")
p.y += 17
WO = [("市税", "市税", 9812, 11240), ("国民健康保険税", "国民健康保険税", 12406, 10988), ("介護保険料", "介護保険料", 1873, 2210),
      ("保育料", "保育料", 412, 388), ("市営住宅使用料", "市営住宅使用料", 1204, 1530)]
s5 = s4 = 0
for k, name, a, b in WO:
    s5 += a; s4 += b
    p.t(tabs[0], name, 9.5)
    p.t(0, R.f(c(a), a * 1000, "written_off", "yen", k, name, 2023, "令和5年度"), 9.5, right=tabs[1] + 70)
    p.t(0, R.f(c(b), b * 1000, "written_off", "yen", k, name, 2022, "令和4年度"), 9.5, right=tabs[2] + 70)
    p.t(0, R.f(c(a - b), (a - b) * 1000, "difference", "yen", k, name, 2023, "令和5年度"), 9.5, right=tabs[3] + 70)
    p.y += 16
p.t(tabs[0], "計", 9.5, "G")
p.t(0, R.f(c(s5), s5 * 1000, "written_off", "yen", None, "計", 2023, "令和5年度"), 9.5, right=tabs[1] + 70)
p.t(0, R.f(c(s4), s4 * 1000, "written_off", "yen", None, "計", 2022, "令和4年度"), 9.5, right=tabs[2] + 70)
p.t(0, R.f(c(s5 - s4), (s5 - s4) * 1000, "difference", "yen", None, "計", 2023, "令和5年度"), 9.5, right=tabs[3] + 70)
p.y += 16
kyo = 9812 + 12406 + 1873 + 412
p.t(L + 10, "※ 令和5年度の計のうち強制徴収公債権分 " + R.f(f"{c(kyo)}千円", kyo * 1000, "written_off", "yen", None, "強制徴収公債権",
                                                   2023, "令和5年度"), 8.5)
p.y += 34
p.t(L, "別表４　収入未済額の推移（各年度末）", 11, "G")
p.y += 8
p.t(0, "単位：千円", 9, right=W - RM)
p.y += 8
p.hl(p.y, w=0.8)
p.y += 15
for j, h in enumerate(["債権名", "令和4年度末", "令和5年度末", "増減"]):
    p.t(tabs[j] + (14 if j else 0), h, 9.5, "G")
p.y += 6
p.hl(p.y, w=0.8)
p.y += 15
OUT = [("市税", "市税", 208930, 196412), ("国民健康保険税", "国民健康保険税", 171240, 166085), ("介護保険料", "介護保険料", 18652, 17930),
       ("保育料", "保育料", 10214, 9871), ("市営住宅使用料", "市営住宅使用料", 24390, 23118), ("下水道使用料", "下水道使用料", 15620, 15877)]
for k, name, a, b in OUT:
    p.t(tabs[0], name, 9.5)
    p.t(0, R.f(c(a), a * 1000, "outstanding", "yen", k, name, 2022, "令和4年度末"), 9.5, right=tabs[1] + 70)
    p.t(0, R.f(c(b), b * 1000, "outstanding", "yen", k, name, 2023, "令和5年度末"), 9.5, right=tabs[2] + 70)
    p.t(0, R.f(c(b - a), (b - a) * 1000, "difference", "yen", k, name, 2023, "令和5年度末"), 9.5, right=tabs[3] + 70)
    p.y += 16
p.y += 20
# 【参考】 box
bx = fitz.Rect(L, p.y, W - RM, p.y + 84)
p.pg.draw_rect(bx, width=0.8)
p.y += 18
p.t(L + 10, "【参考】", 10, "G")
p.y += 17
aa_tax = 196412
p.t(L + 14, "・市税の滞納繰越額（令和6年4月1日現在）：" + R.f(f"{c(aa_tax)}千円", aa_tax * 1000, "assessed", "yen", "市税", "市税", 2024,
                                                     None, "arrears"), 9.5)
p.y += 16
p.t(L + 14, "・国民健康保険税の滞納世帯数（令和7年1月末）：" + R.f("1,126世帯", 1126, "delinquents", "households", "国民健康保険税",
                                                     "国民健康保険税", 2024, None, "total", "interim", "2025-01-31"), 9.5)
p.y += 16
p.t(L + 14, "・滞納処分による差押件数（令和7年1月末）：218件", 9.5)

# page numbers
for i, pg in enumerate(doc, 1):
    pg.insert_text((W / 2 - 8, H - 30), f"- {i} -", fontsize=9, fontname="M")
doc.subset_fonts()
out = ROOT / "pdf" / f"{STEM}.pdf"
doc.save(out, garbage=4, deflate=True)
minutes = {"title": TITLE, "meeting_number": 2, "date": "2025-02-14", "method": "書面開催",
           "attendees": [{"role": r, "title": t, "name": None} for r, t in att],
           "agenda": ["令和6年度債権管理の取組状況（令和7年1月末現在）について", "令和7年度債権管理実施計画（案）について", "その他"],
           "materials": ["資料１　令和6年度債権別収納状況（令和7年1月末現在）", "資料２　令和7年度債権管理実施計画（案）", "別表１～４　主要債権の収納状況等"],
           "statements": STM}
write_gold(STEM, "minutes", "minutes", "滑川市", TITLE, "2025-02-14", "令和7年2月14日（金）", R, minutes)
