"""みはま市 未収金対策の取組状況（2月末現在） -- PyMuPDF direct drawing."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h_common import F, I, OUT, finish
import pymupdf

STEM = "h_mihama_torikumi_1"
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FY, PFY = 2023, 2022
ASOF, PASOF = "2024-02-29", "2023-02-28"
# summary: name, 課, cur A, cur B, arr A, arr B
SUMMARY = [("市税", "税務課", 96.42, 96.10, 27.85, 26.02),
           ("国民健康保険税", "税務課", 88.16, 87.54, 19.73, 18.90),
           ("介護保険料", "介護福祉課", 97.35, 97.41, 14.08, 12.66),
           ("後期高齢者医療保険料", "市民保険課", 98.12, 97.96, 31.27, 29.80),
           ("保育所保育料", "こども課", 95.84, 95.02, 11.46, 13.05),
           ("市営住宅使用料", "建築住宅課", 93.67, 92.88, 9.12, 8.47),
           ("学校給食費", "学校教育課", 97.02, 96.73, 16.35, 15.11),
           ("下水道使用料", "上下水道課", 94.58, 94.31, 22.64, 21.09)]
SHEETS = [
    {"name": "市税", "ka": "税務課",
     "est": (99.05, 30.10), "tgt": (99.10, 30.00), "prev": (98.98, 28.47),
     "mishu": ("約3億1,200万円", 312000000, "約3億4,500万円", 345000000),
     "items": [("・", "2月の一斉催告に反応のない滞納者に対し、3月中に給与照会及び預金調査を実施する。", "継続"),
               ("・", "現年課税分の未納者に対し、出納整理期間中の納付を電話により勧奨する。", "継続"),
               ("・", "SMSによる催告の対象を軽自動車税の未納者に広げる。", "拡充"),
               ("・", "滞納処分の執行停止について、財産調査の結果に基づき判断を行う。", None)]},
    {"name": "国民健康保険税", "ka": "税務課",
     "est": (93.20, 21.50), "tgt": (93.50, 22.00), "prev": (93.08, 20.71),
     "mishu": ("約2億6,800万円", 268000000, "約2億8,100万円", 281000000),
     "items": [("・", "資格喪失者の未納について、喪失届の受付時に一括納付を案内する。", "新規"),
               ("・", "分納誓約の不履行者に対して催告書を送付し、応じない場合は差押えを行う。", "継続"),
               ("・", "短期被保険者証の更新時に納付相談を行う。", "継続")]},
    {"name": "市営住宅使用料", "ka": "建築住宅課",
     "est": (97.80, 10.20), "tgt": (98.00, 10.00), "prev": (97.62, 9.85),
     "mishu": ("約4,650万円", 46500000, "約4,980万円", 49800000),
     "items": [("・", "3か月以上の滞納者に連帯保証人への通知を行う。", "継続"),
               ("・", "退去者の滞納分について、弁護士への回収委託を開始する。", "新規"),
               ("・", "明渡請求訴訟の対象者を選定し、議会の議決を経て提訴する。", "継続")]},
]


class Doc:
    def __init__(self):
        self.doc = pymupdf.open()
        self.page = None
        self.n = 0

    def new(self):
        self.page = self.doc.new_page(width=595, height=842)
        self.page.insert_font(fontname="G", fontfile=GOTH)
        self.page.insert_font(fontname="M", fontfile=MIN)
        self.n += 1
        self.t(40, 30, "みはま市　未収金対策の取組状況（令和5年度・2月末現在）", 7.5, "G")
        self.t(285, 815, f"- {self.n} -", 9)

    def t(self, x, y, s, size=10, font="M", right=None):
        if right is not None:
            w = pymupdf.Font(fontfile=GOTH if font == "G" else MIN).text_length(s, fontsize=size)
            x = right - w
        self.page.insert_text((x, y), s, fontsize=size, fontname=font)

    def hline(self, y, x0=40, x1=555, w=0.6):
        self.page.draw_line((x0, y), (x1, y), width=w)

    def rect(self, r, w=0.8):
        self.page.draw_rect(pymupdf.Rect(*r), width=w)

    def wrap(self, x, y, s, width_chars, size=10, font="M", lead=15):
        while s:
            self.t(x, y, s[:width_chars], size, font)
            s = s[width_chars:]
            y += lead
        return y


COLS = [40, 190, 260, 330, 390, 460, 530]


def summary_header(d, y):
    d.hline(y - 14, w=1.2)
    d.t(200, y, "現年分", 9, "G"); d.t(410, y, "滞繰分", 9, "G")
    y += 16
    d.t(44, y, "債権名（所管課）", 9, "G")
    heads = ["R6.2.29現在", "R5.2.28現在", "差", "R6.2.29現在", "R5.2.28現在", "差"]
    xs = [192, 262, 340, 392, 462, 540]
    for x, h in zip(xs, heads):
        d.t(x, y, h, 8, "G")
    d.hline(y + 6)
    return y + 22


def summary_row(d, y, row):
    name, ka, ca, cb, aa, ab = row
    d.t(44, y, f"{name}（{ka}）", 9)
    vals = [f"{ca:.2f}", f"{cb:.2f}", f"{ca - cb:+.2f}".replace("-", "△").replace("+", ""),
            f"{aa:.2f}", f"{ab:.2f}", f"{aa - ab:+.2f}".replace("-", "△").replace("+", "")]
    rights = [245, 315, 375, 445, 515, 555]
    for v, r in zip(vals, rights):
        d.t(0, y, v, 9, right=r)
    d.hline(y + 7, w=0.3)
    return y + 22


def build():
    d = Doc()
    d.new()
    d.t(0, 80, "令和5年度　未収金対策の取組状況", 16, "G", right=440)
    d.t(0, 102, "（令和6年2月末現在）", 11, "G", right=400)
    d.t(0, 128, "令和6年3月　みはま市総務部債権管理室", 9, right=555)
    y = 160
    d.t(40, y, "１　概要", 11, "G")
    intro = ("本市では、みはま市債権管理条例に基づき、各債権の所管課において年度当初に未収金対策の取組計画を定め、"
             "上半期及び2月末の進捗を債権管理室が取りまとめている。本報告は、令和6年2月29日現在の収納状況と年度後半の取組をまとめたものである。"
             "2月末現在の収納率は、主要8債権のうち7債権の現年分で前年同期を上回った。")
    y = d.wrap(52, y + 22, intro, 38, 10)
    y += 10
    d.rect((52, y, 540, y + 84), w=0.8)
    d.t(62, y + 20, "【参考】全債権の状況（令和4年度決算）", 10, "G")
    d.t(72, y + 40, "・未収金（収入未済額）：約9億8,700万円", 10)
    d.t(72, y + 58, "・収納率（現年分・滞繰分の計）：94.87％", 10)
    d.t(72, y + 76, "・未収金のある債権数：34債権", 10)
    y += 120
    d.t(40, y, "２　主要債権の2月末収納率（前年同期比較）", 11, "G")
    d.t(0, y + 16, "（単位：％、差はポイント）", 8, right=555)
    y = summary_header(d, y + 40)
    for k, row in enumerate(SUMMARY):
        if y > 585:
            d.t(40, y + 4, "（次頁へ続く）", 8)
            d.new()
            d.t(40, 62, "２　主要債権の2月末収納率（前年同期比較）（続き）", 11, "G")
            d.t(0, 78, "（単位：％、差はポイント）", 8, right=555)
            y = summary_header(d, 100)
        y = summary_row(d, y, row)
    d.hline(y - 15, w=1.2)
    d.t(40, y + 2, "注）R6.2.29現在の欄は令和5年度分、R5.2.28現在の欄は前年同期（令和4年度分）の収納率。", 8)
    # sheets
    for k, s in enumerate(SHEETS):
        d.new()
        y = 70
        d.t(40, y, f"３－{k + 1}　債権ごとの状況", 11, "G")
        y += 14
        d.rect((40, y, 555, y + 24))
        d.t(50, y + 16, f"債権名　{s['name']}", 11, "G")
        d.t(0, y + 16, f"所管課　{s['ka']}", 10, right=545)
        y += 52
        d.t(40, y, "【収納率】令和6年2月29日時点", 10.5, "G")
        row = next(r for r in SUMMARY if r[0] == s["name"])
        d.t(56, y + 20, f"現年分　{row[2]:.2f}％（前年同期 {row[3]:.2f}％）", 10)
        d.t(56, y + 38, f"滞繰分　{row[4]:.2f}％（前年同期 {row[5]:.2f}％）", 10)
        y += 70
        d.t(40, y, "【未収額】", 10.5, "G")
        m = s["mishu"]
        d.t(56, y + 20, f"2月末時点の未収額は{m[0]}（前年同期{m[2]}）となっている。", 10)
        y += 50
        d.t(40, y, "【年度末の見通し】", 10.5, "G")
        # table without rules: columns aligned by position
        y += 22
        d.t(150, y, "決算見込み", 9, "G"); d.t(250, y, "目標", 9, "G"); d.t(330, y, "前年度決算（R4）", 9, "G")
        for i, lab in enumerate(("現年分", "滞繰分")):
            yy = y + 18 * (i + 1)
            d.t(60, yy, lab, 10)
            d.t(0, yy, f"{s['est'][i]:.2f}%", 10, right=200)
            d.t(0, yy, f"{s['tgt'][i]:.2f}%", 10, right=280)
            d.t(0, yy, f"{s['prev'][i]:.2f}%", 10, right=400)
        y += 70
        d.t(40, y, "後半の取組", 10.5, "G")
        y += 8
        top = y
        y += 20
        for lab, text, st in s["items"]:
            line = f"{lab}{text}"
            y = d.wrap(56, y, line, 40, 10)
            if st:
                d.t(450, y - 15 + 15, f"【{st}】", 9)
                y += 15
            y += 4
        d.rect((44, top, 555, y - 6), w=0.5)
    d.doc.subset_fonts()
    path = os.path.join(OUT, STEM + ".pdf")
    d.doc.save(path, garbage=4, deflate=True)
    return path


def facts_inits():
    fs, its = [], []
    fs.append(F(None, PFY, "令和4年度決算", "total", "outstanding", "actual", 987000000, "yen", "約9億8,700万円", approx=True))
    fs.append(F(None, PFY, "令和4年度決算", "total", "collection_rate", "actual", 94.87, "percent", "94.87％"))
    for name, ka, ca, cb, aa, ab in SUMMARY:
        an = ["２　主要債権の2月末収納率", f"{name}（{ka}）"]
        for seg, v, fy, asof, fyr in (("current", ca, FY, ASOF, "R6.2.29現在"), ("current", cb, PFY, PASOF, "R5.2.28現在"),
                                      ("arrears", aa, FY, ASOF, "R6.2.29現在"), ("arrears", ab, PFY, PASOF, "R5.2.28現在")):
            fs.append(F(name, fy, fyr, seg, "collection_rate", "interim", v, "percent", f"{v:.2f}", anchor=an + [f"{v:.2f}"], as_of=asof))
    for s in SHEETS:
        an = [f"債権名　{s['name']}"]
        row = next(r for r in SUMMARY if r[0] == s["name"])
        fs.append(F(s["name"], FY, "令和6年2月29日時点", "current", "collection_rate", "interim", row[2], "percent", f"現年分　{row[2]:.2f}％", anchor=an + [f"{row[2]:.2f}％"], as_of=ASOF))
        fs.append(F(s["name"], PFY, "前年同期", "current", "collection_rate", "interim", row[3], "percent", f"{row[3]:.2f}％", anchor=an, as_of=PASOF))
        fs.append(F(s["name"], FY, "令和6年2月29日時点", "arrears", "collection_rate", "interim", row[4], "percent", f"{row[4]:.2f}％", anchor=an, as_of=ASOF))
        fs.append(F(s["name"], PFY, "前年同期", "arrears", "collection_rate", "interim", row[5], "percent", f"{row[5]:.2f}％", anchor=an, as_of=PASOF))
        m = s["mishu"]
        fs.append(F(s["name"], FY, "2月末時点", "total", "outstanding", "interim", m[1], "yen", m[0], anchor=an, approx=True, as_of=ASOF))
        fs.append(F(s["name"], PFY, "前年同期", "total", "outstanding", "interim", m[3], "yen", m[2], anchor=an, approx=True, as_of=PASOF))
        for i, seg in enumerate(("current", "arrears")):
            fs.append(F(s["name"], FY, "令和5年度", seg, "collection_rate", "estimate", s["est"][i], "percent", f"{s['est'][i]:.2f}%", anchor=an))
            fs.append(F(s["name"], FY, "令和5年度", seg, "collection_rate", "target", s["tgt"][i], "percent", f"{s['tgt'][i]:.2f}%", anchor=an))
            fs.append(F(s["name"], PFY, "R4", seg, "collection_rate", "actual", s["prev"][i], "percent", f"{s['prev'][i]:.2f}%", anchor=an))
        for lab, text, st in s["items"]:
            its.append(I(s["name"], FY, "後半の取組", lab, text, st, anchor=an + [text]))
    return fs, its


def main():
    pdf = build()
    fs, its = facts_inits()
    doc = {"kind": "progress_report", "municipality": "みはま市", "title": "令和5年度　未収金対策の取組状況（令和6年2月末現在）",
           "date": "2024-03-01", "date_raw": "令和6年3月"}
    finish(STEM, pdf, doc, fs, its)


if __name__ == "__main__":
    main()
