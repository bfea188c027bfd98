"""狛江市議会 決算特別委員会記録（債権管理・収納の質疑）: PyMuPDF, auto page flow with keep-together paragraphs."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import fitz

from qs_common import ROOT, Gold, c, check, rate, zen

STEM = "qs_komae_minutes_1"
TITLE = "令和６年９月定例会 決算特別委員会記録（第２日）"
G = Gold(STEM, "minutes", "council", "狛江市", TITLE, "2024-09-17", "令和6年9月17日")
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
W, H = fitz.paper_size("a4")
ML, MR, MT, MB = 66, 66, 70, 72

PEND = []


def F(*a, **k):
    """a fact whose page is set when its paragraph is placed"""
    PEND.append((a, k))
    return a[-1] if "raw" not in k else k["raw"]


class Writer:
    def __init__(self):
        self.doc = fitz.open()
        self.fm = fitz.Font(fontfile=MINCHO)
        self.fg = fitz.Font(fontfile=GOTHIC)
        self.page = None

    def new(self):
        self.page = self.doc.new_page(width=W, height=H)
        self.page.insert_font(fontname="mi", fontfile=MINCHO)
        self.page.insert_font(fontname="go", fontfile=GOTHIC)
        n = self.doc.page_count
        if n > 1:
            self.page.insert_text((ML, 44), TITLE, fontname="mi", fontsize=8)
            self.page.draw_line((ML, 48), (W - MR, 48), width=0.4)
        self.page.insert_text((W / 2 - 14, H - 38), f"－{zen(n)}－", fontname="mi", fontsize=9)
        self.y = MT
        return n

    @property
    def n(self):
        return self.doc.page_count

    def wrap(self, s, size, width, font):
        lines, cur = [], ""
        for ch in s:
            if ch == "\n":
                lines.append(cur)
                cur = ""
                continue
            if font.text_length(cur + ch, fontsize=size) > width and ch not in "、。）」％":
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def text(self, s, size=10.5, indent=0, gothic=False, hang=0, lead=1.75, after=2, first_indent=None):
        font = self.fg if gothic else self.fm
        fn = "go" if gothic else "mi"
        width = W - ML - MR - indent - hang
        lines = self.wrap(s, size, width, font)
        need = len(lines) * size * lead
        if self.y + need > H - MB:
            self.new()
        for i, ln in enumerate(lines):
            self.y += size * lead
            self.page.insert_text((ML + indent + (hang if i else 0), self.y), ln, fontname=fn, fontsize=size)
        self.y += after
        # assign pending facts to this page
        for a, k in PEND:
            G.f(self.n, *a, **k)
        PEND.clear()
        return self.n


wr = Writer()
M = {"title": TITLE, "meeting_number": None, "date": "2024-09-17", "method": None, "attendees": [],
     "agenda": [], "materials": [], "statements": []}

# ------------------------------------------------------------------ cover page
wr.new()
wr.y += 40
wr.text("令和６年９月定例会", 14, indent=150, gothic=True)
wr.text("狛江市議会決算特別委員会記録", 18, indent=95, gothic=True, after=10)
wr.text("（第２日）", 13, indent=185, gothic=True, after=30)
wr.text("令和６年９月１７日（火）", 12, indent=150, after=40)
wr.text("目　　次", 12, indent=175, gothic=True, after=6)
TOC = [("出席委員・欠席委員", "２"), ("説明のため出席した者・事務局職員", "２"), ("審査事項", "２"), ("質疑（歳入　市税・国民健康保険事業特別会計）", "２")]
for t, pg in TOC:
    wr.text(f"{t}{'・' * (34 - len(t))}{pg}", 10.5, indent=40)
# ------------------------------------------------------------------ record
wr.new()
wr.text("令和6年9月17日（火曜日）　午前9時30分開会　　場所　第1委員会室", 10.5)
wr.text("出席委員（７名）", 11, gothic=True)
MEM = [("委員長", "岡 村 浩 二"), ("副委員長", "須 田 真 紀"), ("委員", "石 塚 隆 夫"), ("委員", "田 辺 由 香"),
       ("委員", "北 川 伸 也"), ("委員", "森 本 典 子"), ("委員", "佐 野 健 太")]
for i in range(0, len(MEM), 2):
    line = "　".join(f"{r:<4}　{n}" for r, n in MEM[i:i + 2])
    wr.text(line.replace(" ", "　"), 10.5, indent=16, after=0)
for r, n in MEM:
    M["attendees"].append({"role": r, "title": None, "name": n.replace(" ", "")})
wr.text("欠席委員（１名）", 11, gothic=True)
wr.text("委員　　平 井 直 人", 10.5, indent=16)
wr.text("説明のため出席した者（６名）", 11, gothic=True)
OFF = [("副市長", "高 橋 正 和"), ("総務部長", "小 西 啓 介"), ("税務課長", "中 山 由 美"), ("納税課長", "佐々木 徹"),
       ("保険年金課長", "吉 田 恵 一"), ("高齢・障がい支援課長", "宮 崎 あゆみ")]
for i in range(0, len(OFF), 2):
    line = "　　".join(f"{t}　{n}" for t, n in OFF[i:i + 2])
    wr.text(line, 10.5, indent=16, after=0)
for t, n in OFF:
    M["attendees"].append({"role": t, "title": t, "name": n.replace(" ", "")})
wr.text("事務局職員（３名）", 11, gothic=True)
STAFF = [("事務局長", "井 上 美 香"), ("議事係長", "坂 本 亮"), ("主事", "藤 田 翔")]
wr.text("　　".join(f"{t}　{n}" for t, n in STAFF), 10.5, indent=16)
for t, n in STAFF:
    M["attendees"].append({"role": "事務局職員", "title": t, "name": n.replace(" ", "")})
wr.text("審査事項", 11, gothic=True)
AG = ["議案第４５号　令和５年度狛江市一般会計歳入歳出決算の認定について",
      "議案第４６号　令和５年度狛江市国民健康保険事業特別会計歳入歳出決算の認定について",
      "議案第４７号　令和５年度狛江市介護保険事業特別会計歳入歳出決算の認定について"]
for i, a in enumerate(AG, 1):
    wr.text(f"{zen(i)}　{a}", 10.5, indent=16, hang=20, after=0)
    M["agenda"].append(a)
wr.y += 4
wr.text("――――――――――――――――――――――――――――――", 10.5, indent=40)

SEC = "議案第４５号・議案第４６号　歳入の質疑"


def say(speaker, text):
    wr.text("○" + speaker + "　" + text, 10.5, hang=10.5)
    M["statements"].append({"speaker": speaker, "section": SEC, "text": text, "page": wr.n})


FY, FYR = 2023, "令和5年度"
say("岡村委員長", "ただいまから決算特別委員会を開会いたします。昨日に引き続き、歳入について質疑を行います。質疑のある方は挙手願います。")
say("田辺委員", "市税の収納状況について伺います。令和5年度決算で、市税全体の収納率と、前年度と比べた状況を教えてください。")
say("佐々木納税課長", "令和5年度決算における市税の収納率は、現年課税分が"
    + F("市税", "市税", FY, FYR, "current", "collection_rate", "actual", 99.21, "percent", "99.21％")
    + "、滞納繰越分が"
    + F("市税", "市税", FY, FYR, "arrears", "collection_rate", "actual", 35.42, "percent", "35.42％")
    + "、合計で"
    + F("市税", "市税", FY, FYR, "total", "collection_rate", "actual", 98.12, "percent", "98.12％")
    + "となり、前年度比"
    + F("市税", "市税", FY, FYR, "total", "difference", "actual", 0.3, "points", "0.3ポイント上昇")
    + "しております。なお、4年度決算の合計は"
    + F("市税", "市税", 2022, "4年度", "total", "collection_rate", "actual", 97.82, "percent", "97.82％")
    + "でございました。")
say("田辺委員", "収入未済額と不納欠損額はどのように推移していますか。")
say("佐々木納税課長", "市税の収入未済額は約"
    + F("市税", "市税", FY, "令和５年度", "total", "outstanding", "actual", 243000000, "yen", "2億4,300万円", approx=True)
    + "で、前年度から約"
    + F("市税", "市税", FY, "令和５年度", "total", "difference", "actual", -19000000, "yen", "1,900万円減少", approx=True)
    + "いたしました。不納欠損額は"
    + F("市税", "市税", FY, "令和５年度", "total", "written_off", "actual", 31240000, "yen", "3,124万円")
    + "で、執行停止後３年を経過したものが中心でございます。平成30年度には収入未済額が約"
    + F("市税", "市税", 2018, "平成30年度", "total", "outstanding", "actual", 420000000, "yen", "4.2億円", approx=True)
    + "ございましたので、この５年間でおよそ４割縮減したことになります。")
say("田辺委員", "縮減は評価しますが、欠損処理が安易にならないよう、財産調査を尽くしたうえで判断していただくよう要望します。")
say("北川委員", "国民健康保険税について伺います。収納率と滞納世帯の状況はいかがでしょうか。")
say("吉田保険年金課長", "令和5年度の国民健康保険税の収納率は、現年課税分"
    + F("国民健康保険税", "国民健康保険税", FY, FYR, "current", "collection_rate", "actual", 95.02, "percent", "95.02％")
    + "、滞納繰越分"
    + F("国民健康保険税", "国民健康保険税", FY, FYR, "arrears", "collection_rate", "actual", 28.61, "percent", "28.61％")
    + "でございます。収入未済額は約"
    + F("国民健康保険税", "国民健康保険税", FY, FYR, "total", "outstanding", "actual", 312000000, "yen", "3億1,200万円", approx=True)
    + "、滞納世帯数は"
    + F("国民健康保険税", "国民健康保険税", FY, FYR, "total", "delinquents", "actual", 1128, "households", "1,128世帯")
    + "となっております。")
say("北川委員", "差押えなどの滞納処分はどの程度行っていますか。")
say("佐々木納税課長", "令和5年度の差押件数は、市税と国保税を合わせて"
    + F(None, None, FY, FYR, "total", "seizures", "actual", 412, "cases", "412件")
    + "でございます。預貯金と給与の差押えが大半を占めております。")
say("森本委員", "介護保険料の収納率が下がっていないか心配しています。状況を教えてください。")
say("宮崎高齢・障がい支援課長", "介護保険料の令和5年度の現年度分収納率は"
    + F("介護保険料", "介護保険料", FY, FYR, "current", "collection_rate", "actual", 99.08, "percent", "99.08％")
    + "で、前年度から"
    + F("介護保険料", "介護保険料", FY, FYR, "current", "difference", "actual", -0.05, "points", "0.05ポイント低下")
    + "いたしました。普通徴収の方への口座振替の勧奨を続けてまいります。")
say("森本委員", "わかりました。生活に困窮されている方には、福祉の窓口につなぐ対応をお願いします。")
say("岡村委員長", "ほかに質疑はございませんか。――なければ、歳入の質疑を終結いたします。")

# ------------------------------------------------------------------ 委員会資料 (table)
wr.text("【委員会資料】市税等の収納状況（令和5年度決算）", 11, gothic=True, after=4)
T = [("市税", "市税", 14587230, 14312990), ("国民健康保険税", "国保税", 2204118, 1886600),
     ("介護保険料", "介護保険料", 1602335, 1574910)]
x0 = ML
widths = [100, 90, 90, 90]
hdr = ["債権名", "調定額（千円）", "収入済額（千円）", "収納率（％）"]
rows = [hdr]
tbl_facts = []
for n, sh, a, co in T:
    rr = rate(co, a, 2)
    rows.append([sh, c(a), c(co), f"{rr:.2f}"])
    tbl_facts += [(n, sh, "assessed", a * 1000, c(a)), (n, sh, "collected", co * 1000, c(co)),
                  (n, sh, "collection_rate", rr, f"{rr:.2f}")]
rh = 20
if wr.y + rh * len(rows) + 40 > H - MB:
    wr.new()
y = wr.y + 2
for i, row in enumerate(rows):
    x = x0
    wr.page.draw_line((x0, y), (x0 + sum(widths), y), width=1.0 if i in (0, 1) else 0.3)
    for j, v in enumerate(row):
        tw = wr.fg.text_length(v, fontsize=9)
        tx = x + 4 if (j == 0 or i == 0) else x + widths[j] - 4 - tw
        wr.page.insert_text((tx, y + 14), v, fontname="go", fontsize=9)
        x += widths[j]
    y += rh
wr.page.draw_line((x0, y), (x0 + sum(widths), y), width=1.0)
wr.y = y + 4
for n, sh, met, v, raw in tbl_facts:
    G.f(wr.n, n, sh, FY, "令和5年度", "total", met, "actual", v, "percent" if met == "collection_rate" else "yen", raw)
wr.text("※ 国保税：国民健康保険税。調定額・収入済額は現年課税分と滞納繰越分の合計。", 8.5)
wr.text("午前11時42分閉会", 10.5, indent=300)
M["materials"].append("市税等の収納状況（令和5年度決算）")

G.minutes = M
out = ROOT / "pdf" / f"{STEM}.pdf"
wr.doc.subset_fonts()
wr.doc.save(out, garbage=4, deflate=True)
G.write()
check(STEM)
