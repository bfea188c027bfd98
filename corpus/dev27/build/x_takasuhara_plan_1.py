"""第３次鷹栖原市債権管理計画（令和７年度～令和９年度）, drawn directly with PyMuPDF.

Modelled on 廿日市市「第2次廿日市市債権管理計画」(計画策定の経緯/目的/期間/対象債権/債権管理の現状, 全未収債権の目標収納率)
and 多治見市債権管理計画 (目標: 各債権の目標収納率の達成及び滞納繰越額の削減), with the 会計・款・債権 table of the
世田谷区-style family.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).parent))
from x_common import PDF, comma, fact, initiative, pct, write_gold, zen  # noqa: E402

STEM = "x_takasuhara_plan_1"
CITY = "鷹栖原市"
TITLE = "第３次鷹栖原市債権管理計画"
FONT = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONTG = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FM, FG = pymupdf.Font(fontfile=FONT), pymupdf.Font(fontfile=FONTG)
W, H = pymupdf.paper_size("a4")
LM, RM, TOP, BOT = 62, W - 62, 70, H - 60

ACCOUNTS = [  # name, R3, R4 (千円)
    ("一般会計", 1402115, 1318640), ("国民健康保険特別会計", 702330, 655102),
    ("後期高齢者医療特別会計", 21904, 19877), ("介護保険特別会計", 74518, 70233), ("下水道事業会計", 48201, 44615)]
# R5 債権別 (円): account -> list of (款, 債権名, 額, 内訳[(name, 額)])
R5 = {
    "一般会計": [("市税", "市税", 987412356, [("個人市民税", 402118740), ("固定資産税", 498337105)]),
               ("分担金及び負担金", "保育所保育料", 6204300, []),
               ("使用料及び手数料", "市営住宅使用料", 38915400, []),
               ("諸収入", "生活保護費返還金", 152330718, []),
               ("諸収入", "児童扶養手当返還金", 8402160, []),
               ("諸収入", "災害援護資金貸付金", 21660000, [])],
    "国民健康保険特別会計": [("国民健康保険税", "国民健康保険税", 612884917, [])],
    "後期高齢者医療特別会計": [("後期高齢者医療保険料", "後期高齢者医療保険料", 18306200, [])],
    "介護保険特別会計": [("保険料", "介護保険料", 66012550, [])],
    "下水道事業会計": [("使用料及び手数料", "下水道使用料", 33418776, []),
                  ("分担金及び負担金", "下水道事業受益者負担金", 7905300, [])],
}
SHIZEI = [("令和元年度", 2019, 30215, 88, 1237), ("2年度", 2020, 30480, 71, 1133), ("3年度", 2021, 30902, 64, 1078),
          ("4年度", 2022, 31118, 57, 1041), ("5年度", 2023, 31406, 49, 987)]  # 調定, 欠損, 未済 (百万円)
TARGETS = [("市税", "現年分", 99.21, (99.30, 99.35, 99.40)), ("", "滞繰分", 30.15, (31.0, 32.0, 33.0)),
           ("国民健康保険税", "現年分", 93.80, (94.0, 94.2, 94.5)), ("", "滞繰分", 24.60, (25.5, 26.5, 27.5)),
           ("介護保険料", "全体", 97.95, (98.1, 98.2, 98.3)), ("保育所保育料", "全体", 95.10, (95.5, 96.0, 96.5)),
           ("市営住宅使用料", "全体", 88.42, (89.0, 89.5, 90.0)), ("下水道使用料", "全体", 97.36, (97.5, 97.6, 97.7))]
KOKUHO = dict(a=2814362, c=2115010, w=86467, households=1906)  # 令和5年度, 千円
GENERAL = [
    ("滞納の未然防止", ["口座振替を納付方法の原則とし、新規の賦課・入居・入園の手続の際に申込みを勧奨します。【継続】",
                  "スマートフォン決済及びコンビニ収納の対象債権を、保育所保育料及び市営住宅使用料に拡大します。【拡充】",
                  "納付書に統一ＱＲコードを印字し、金融機関以外での納付機会を増やします。【新規】"]),
    ("滞納整理の強化", ["強制徴収公債権については、督促状の発送後速やかに財産調査を行い、納付資力のある滞納者には差押えを行います。【継続】",
                  "非強制徴収公債権及び私債権については、催告に応じない債務者に対し、支払督促の申立てなど法的措置を講じます。【拡充】"]),
    ("債権管理体制の整備", ["債権管理システムにより各課の滞納情報を一元的に把握し、債権管理課が進行管理を行います。【新規】",
                    "債権を所管する職員を対象に、時効管理や債権放棄の手続に関する研修を毎年度実施します。【継続】"]),
]
PERDEBT = {
    "国民健康保険税": ["納期限後２０日以内に督促状を発送し、未納が続く世帯には文書と電話で早期に催告します。【継続】",
                "資格喪失後も未納のある世帯について、転出先の住所を調査し、文書による催告を行います。【新規】",
                "滞納処分の執行停止後３年を経過したものは、調査記録を確認の上、適正に不納欠損処理します。【継続】"],
    "市営住宅使用料": ["滞納が３か月に達した入居者には連帯保証人へ通知し、面談による納付指導を行います。【継続】",
                "高額滞納者のうち納付に応じない者には、明渡請求訴訟を提起します。【拡充】"],
}


class Doc:
    def __init__(self):
        self.doc = pymupdf.open(); self.page = None; self.y = 0; self.n = 0

    def new_page(self):
        self.page = self.doc.new_page(width=W, height=H); self.n += 1
        self.page.insert_font(fontname="M", fontfile=FONT); self.page.insert_font(fontname="G", fontfile=FONTG)
        self.text(RM - FM.text_length(TITLE, 8), 40, TITLE, 8)
        self.page.draw_line((LM, 46), (RM, 46), width=0.4)
        pn = f"― {self.n} ―"; self.text((W - FM.text_length(pn, 9)) / 2, H - 30, pn, 9)
        self.y = TOP

    def ensure(self, h):
        if self.page is None or self.y + h > BOT:
            self.new_page()

    def text(self, x, y, s, size, gothic=False):
        self.page.insert_text((x, y), s, fontname="G" if gothic else "M", fontsize=size)

    def wrap(self, s, width, size, font=FM):
        lines, cur = [], ""
        for ch in s:
            if ch == "\n":
                lines.append(cur); cur = ""; continue
            if font.text_length(cur + ch, size) > width and ch not in "、。）」":
                lines.append(cur); cur = ch
            else:
                cur += ch
        lines.append(cur)
        return lines

    def heading(self, s, size=12, gap=8):
        self.ensure(size * 3); self.y += gap
        self.text(LM, self.y + size, s, size, gothic=True); self.y += size + 6

    def para(self, s, size=10.5, indent=0, first=10.5, lh=1.7):
        lines = self.wrap(s, RM - LM - indent - first, size)
        for i, ln in enumerate(lines):
            self.ensure(size * lh)
            self.text(LM + indent + (first if i == 0 else 0), self.y + size, ln, size); self.y += size * lh
        self.y += 2

    def table(self, rows, widths, aligns, size=9, rules="grid", header=1, x0=LM, unit=None, rowh=None, bold_rows=()):
        """rows: list of lists (None = covered by a merge above). Returns the page number of each row."""
        rh = rowh or size * 2.0
        total = sum(widths)
        if unit:
            self.ensure(rh * 2)
            self.text(x0 + total - FM.text_length(unit, 9), self.y + 9, unit, 9); self.y += 14
        pages = []
        start_y = None
        for ri, row in enumerate(rows):
            if self.page is None or self.y + rh > BOT:
                if start_y is not None and rules == "grid":
                    pass
                self.new_page()
            pages.append(self.n)
            x = x0
            if rules in ("grid", "h"):
                w_ = 0.8 if ri in (0, header) or ri == len(rows) - 1 else 0.4
                if rules == "grid":
                    # top line only across cells that are not merged from above
                    xx = x0
                    for c, w in zip(row, widths):
                        if c is not None:
                            self.page.draw_line((xx, self.y), (xx + w, self.y), width=w_)
                        xx += w
                else:
                    self.page.draw_line((x0, self.y), (x0 + total, self.y), width=w_)
                if ri == len(rows) - 1 or (ri + 1 < len(rows) and self.y + 2 * rh > BOT):
                    self.page.draw_line((x0, self.y + rh), (x0 + total, self.y + rh), width=0.8)
                if rules == "grid":
                    xx = x0
                    for w in widths + [0]:
                        self.page.draw_line((xx, self.y), (xx, self.y + rh), width=0.5); xx += w
            for ci, (c, w, al) in enumerate(zip(row, widths, aligns)):
                if c:
                    g = ri < header or ri in bold_rows
                    f = FG if g else FM
                    s = c.lstrip("\t"); ind = 10 * (len(c) - len(s))
                    tw = f.text_length(s, size)
                    if al == "r":
                        tx = x + w - tw - 4
                    elif al == "c":
                        tx = x + (w - tw) / 2
                    else:
                        tx = x + 4 + ind
                    self.text(tx, self.y + rh / 2 + size * 0.38, s, size, gothic=g)
                x += w
            self.y += rh
        self.y += 6
        return pages

    def box(self, lines, size=10, pad=8, title=None, lh=1.6):
        wrapped = []
        for ln in lines:
            hang = 0
            if ln[:1] in "①②③④⑤アイウエ・":
                hang = FM.text_length(ln[:1] + "　", size)
            parts = self.wrap(ln, RM - LM - 2 * pad - hang, size)
            wrapped += [(parts[0], 0)] + [(p, hang) for p in parts[1:]]
        h = len(wrapped) * size * lh + 2 * pad + (size * lh if title else 0)
        self.ensure(min(h, BOT - TOP)); y0 = self.y
        self.y += pad
        if title:
            self.text(LM + pad, self.y + size, title, size, gothic=True); self.y += size * lh
        for s, hang in wrapped:
            self.text(LM + pad + hang, self.y + size, s, size); self.y += size * lh
        self.y += pad
        self.page.draw_rect(pymupdf.Rect(LM, y0, RM, self.y), width=0.8)
        self.y += 8
        return self.n


def build():
    D = Doc(); F = []; I = []
    fact_ = lambda *a, **k: F.append(fact(*a, **k))
    D.new_page()
    D.y = 150
    for s, size in ((TITLE, 22), ("（令和７年度～令和９年度）", 14)):
        D.text((W - FM.text_length(s, size)) / 2, D.y, s, size, gothic=True); D.y += size * 2
    s = "令和７年３月　鷹栖原市"; D.text((W - FM.text_length(s, 12)) / 2, D.y + 30, s, 12); D.y += 80
    # R5 totals
    acc_r5 = {a: sum(x[2] for x in v) for a, v in R5.items()}
    total_r5 = sum(acc_r5.values())
    shizei_r5 = R5["一般会計"][0][2]
    oku = lambda v: f"約{zen(str(v // 100000000))}億{zen(format((v % 100000000) // 1000000 * 100, ','))}万円"
    tot_round = round(total_r5, -6); shz_round = round(shizei_r5, -6)
    D.heading("第１　計画の趣旨")
    D.para("本市では、平成２８年に鷹栖原市債権管理条例を制定し、市の債権の適正な管理と収入の確保に全庁的に取り組んできました。"
           "第２次計画（令和４年度～令和６年度）の期間中には、口座振替の推進や滞納処分の強化により、収入未済額は着実に減少しています。")
    s1 = (f"しかしながら、令和５年度決算における本市の収入未済額は、全会計で{oku(tot_round)}であり、"
          f"そのうち市税が{oku(shz_round)}と全体の約５割を占めています。")
    D.para(s1)
    fact_(None, 2023, "令和５年度", "total", "outstanding", "actual", tot_round, "yen", oku(tot_round), D.n, approx=True, debt_raw=None)
    fact_("市税", 2023, "令和５年度", "total", "outstanding", "actual", shz_round, "yen", oku(shz_round), D.n, approx=True)
    D.para("市民負担の公平性を確保し、健全な財政運営を続けるため、第２次計画の成果と課題を踏まえ、第３次鷹栖原市債権管理計画を策定します。")
    D.heading("第２　計画の期間")
    D.para("本計画の期間は、令和７年度（２０２５年度）から令和９年度（２０２７年度）までの３年間とします。")
    # page 2: 現状
    D.new_page()
    D.heading("第３　債権の現状", gap=0)
    D.heading("１　会計別の収入未済額の推移", size=11)
    rows = [["会計名", "令和３年度", "令和４年度", "令和５年度", "対前年度増減"]]
    r5k = {a: v // 1000 for a, v in acc_r5.items()}
    sums = [0, 0, 0]
    for name, a3, a4 in ACCOUNTS:
        a5 = r5k[name]; sums = [sums[0] + a3, sums[1] + a4, sums[2] + a5]
        rows.append([name, comma(a3), comma(a4), comma(a5), comma(a5 - a4)])
    rows.append(["合計", comma(sums[0]), comma(sums[1]), comma(sums[2]), comma(sums[2] - sums[1])])
    pg = D.table(rows, [150, 82, 82, 82, 75], ["l", "r", "r", "r", "r"], unit="（単位：千円）", bold_rows=(len(rows) - 1,))
    for (name, a3, a4), p in zip(ACCOUNTS + [("合計", sums[0], sums[1])], pg[1:]):
        a5 = r5k[name] if name != "合計" else sums[2]
        for fy, raw_fy, v in ((2021, "令和３年度", a3), (2022, "令和４年度", a4), (2023, "令和５年度", a5)):
            fact_(None, fy, raw_fy, "total", "outstanding", "actual", v * 1000, "yen", comma(v), p, debt_raw=name)
    D.para("※△は減少を示します。各会計の令和５年度の額は、下表の債権別の額を千円未満切り捨てで表示しています。", size=9, first=0)
    D.y += 6
    D.heading("２　令和５年度 債権別の収入未済額", size=11)
    D.para("令和５年度決算において収入未済額のある債権は、次のとおりです。主な債権の内訳を併せて示します。", first=10.5)
    D.y += 150  # 図表スペース: 債権別の構成（グラフ省略）
    D.text(LM + 120, D.y - 80, "〔図〕債権別収入未済額の構成比（令和５年度）", 9)
    D.page.draw_rect(pymupdf.Rect(LM + 40, D.y - 140, RM - 40, D.y - 10), width=0.3)
    rows = [["会計", "款", "債権名", "収入未済額"]]
    meta = []  # (row index, debt, value)
    for acc, items in R5.items():
        first = True
        for kan, name, v, sub in items:
            rows.append([acc if first else None, kan, name, comma(v)]); meta.append((len(rows) - 1, name, v, name)); first = False
            for sn, sv in sub:
                rows.append([None, None, "\tうち" + sn, comma(sv)]); meta.append((len(rows) - 1, sn, sv, "うち" + sn))
        rows.append([None, None, "小計", comma(acc_r5[acc])]); meta.append((len(rows) - 1, None, acc_r5[acc], f"{acc} 小計"))
    rows.append(["合計", "", "", comma(total_r5)]); meta.append((len(rows) - 1, None, total_r5, "合計"))
    pg = D.table(rows, [120, 110, 160, 81], ["l", "l", "l", "r"], unit="（単位：円）", bold_rows=(len(rows) - 1,))
    for ri, debt, v, dr in meta:
        fact_(debt, 2023, "令和５年度", "total", "outstanding", "actual", v, "yen", comma(v), pg[ri], debt_raw=dr if debt is None else dr)
    D.heading("３　市税の収納状況の推移", size=11)
    rows = [["年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]]
    for raw_fy, fy, a, w, o in SHIZEI:
        c = a - w - o
        rows.append([raw_fy, comma(a), comma(c), comma(w), comma(o), f"{pct(c * 10**6, a * 10**6):.2f}%"])
    pg = D.table(rows, [80, 80, 80, 75, 80, 60], ["c", "r", "r", "r", "r", "r"], rules="h", unit="（単位：百万円）")
    for (raw_fy, fy, a, w, o), p in zip(SHIZEI, pg[1:]):
        c = a - w - o
        for m, v in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o)):
            fact_("市税", fy, raw_fy, "total", m, "actual", v * 10**6, "yen", comma(v), p)
        r = pct(c, a); fact_("市税", fy, raw_fy, "total", "collection_rate", "actual", r, "percent", f"{r:.2f}%", p)
    D.para("※現年課税分と滞納繰越分の合計です。百万円未満を四捨五入しているため、収入済額は調定額から不納欠損額及び収入未済額を差し引いて表示しています。", size=9, first=0)
    # 目標
    D.new_page()
    D.heading("第４　計画の目標", gap=0)
    D.para("計画期間の各年度において、次の目標収納率の達成を目指します。また、計画最終年度の令和９年度末において、"
           "全会計の収入未済額を１８億円以下とすることを目標とします。")
    fact_(None, 2027, "令和９年度末", "total", "outstanding", "target", 1800000000, "yen", "１８億円", D.n, debt_raw=None)
    D.heading("１　債権別の目標収納率", size=11)
    rows = [["債権名", "区分", "R5実績", "R7", "R8", "R9"]]
    for name, sg, act, tg in TARGETS:
        rows.append([name, sg, f"{act:.2f}", *[f"{t:.2f}" for t in tg]])
    pg = D.table(rows, [130, 60, 70, 60, 60, 60], ["l", "c", "r", "r", "r", "r"], rules="none", unit="（単位：％）", rowh=20)
    cur = None
    for (name, sg, act, tg), p in zip(TARGETS, pg[1:]):
        cur = name or cur
        s = {"現年分": "current", "滞繰分": "arrears", "全体": "total"}[sg]
        fact_(cur, 2023, "R5実績", s, "collection_rate", "actual", act, "percent", f"{act:.2f}", p)
        for fy, raw_fy, t in zip((2025, 2026, 2027), ("R7", "R8", "R9"), tg):
            fact_(cur, fy, raw_fy, s, "collection_rate", "target", t, "percent", f"{t:.2f}", p)
    D.para("※区分の「全体」は現年分と滞繰分を合わせたもの。R5実績は令和５年度決算。", size=9, first=0)
    D.heading("第５　具体的な取組")
    D.heading("１　全庁的な取組", size=11)
    maru = "①②③④⑤"
    for k, (sec, items) in enumerate(GENERAL, 1):
        lines = []
        for i, t in enumerate(items):
            body, tag = t[:-4], t[-4:]
            lines.append(f"{maru[i]}　{body}" + ("\n" + tag if k == 1 and i == 2 else tag))
        D.ensure(100)
        pgno = D.box([ln for l in lines for ln in [l]], title=f"（{zen(str(k))}）{sec}")
        for i, t in enumerate(items):
            I.append(initiative(None, None, sec, f"({k}){maru[i]}", t[:-4], t[-3:-1], pgno))
    for k, (debt, items) in enumerate(PERDEBT.items(), 2):
        D.heading(f"{zen(str(k))}　債権ごとの取組（{debt}）", size=11)
        kana = "アイウエ"
        for i, t in enumerate(items):
            D.para(f"{kana[i]}　{t}", indent=10, first=0)
            I.append(initiative(debt, None, "債権ごとの取組", kana[i], t[:-4], t[-3:-1], D.n))
        if debt == "国民健康保険税":
            K = KOKUHO; o = K["a"] - K["c"] - K["w"]; r = pct(K["c"], K["a"])
            lines = [f"・調定額：{zen(comma(K['a']))}千円", f"・収入済額：{zen(comma(K['c']))}千円",
                     f"・不納欠損額：{zen(comma(K['w']))}千円", f"・収入未済額：{zen(comma(o))}千円",
                     f"・収納率（現年分＋滞繰分）：{zen(f'{r:.2f}')}％", f"・滞納世帯数：{zen(comma(K['households']))}世帯"]
            p = D.box(lines, title="【参考】国民健康保険税の状況（令和５年度決算）", size=9.5)
            for m, v, raw in (("assessed", K["a"], lines[0]), ("collected", K["c"], lines[1]),
                              ("written_off", K["w"], lines[2]), ("outstanding", o, lines[3])):
                fact_("国民健康保険税", 2023, "令和５年度", "total", m, "actual", v * 1000, "yen", raw.split("：")[1], p)
            fact_("国民健康保険税", 2023, "令和５年度", "total", "collection_rate", "actual", r, "percent", f"{zen(f'{r:.2f}')}％", p)
            fact_("国民健康保険税", 2023, "令和５年度", "total", "delinquents", "actual", K["households"], "households", f"{zen(comma(K['households']))}世帯", p)
    D.heading("第６　計画の進行管理")
    D.para("本計画の進捗状況は、毎年度、債権管理推進会議において確認し、その結果を市ホームページで公表します。")
    D.doc.subset_fonts()
    out = PDF / f"{STEM}.pdf"
    D.doc.save(out, garbage=4, deflate=True)
    return out, F, I


def main():
    pdf, F, I = build()
    document = {"kind": "plan", "municipality": CITY, "title": TITLE + "（令和７年度～令和９年度）",
                "date": "2025-03-01", "date_raw": "令和７年３月"}
    write_gold(pdf, document, F, I)


if __name__ == "__main__":
    main()
