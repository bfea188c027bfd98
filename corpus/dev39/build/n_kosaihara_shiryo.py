"""湖西原市 債権管理・徴収対策会議 資料 (slides, 16:9) — PyMuPDF absolute drawing.

Modelled on 湖南市債権管理・徴収対策会議 (副市長が議長, 年間の債権管理・徴収計画, 進捗状況の管理) and the
大阪府「債権管理の強化対策案」 PowerPoint handout (big figures with (収入率) notes, 収入未済額の推移).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf as fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from n_common import GOTHIC, PDF_DIR, c, fact, pct, write_gold, zen  # noqa: E402

STEM = "n_kosaihara_shiryo_1"
CITY = "湖西原市"
W, H = 960, 540
FONT = fitz.Font(fontfile=GOTHIC)
AS_NOW, AS_PREV = "2026-01-31", "2025-01-31"

# name, short, 所管課, R6 cur/arr/tot, R5 tot, R6 outstanding 千円, Jan cur now/prev, Jan arr now/prev,
# R7見込 cur/arr, R8目標 cur/arr
DEBTS = [
    ("市税", "市税", "納税課", (99.05, 28.74, 95.31), 95.02, 612340, (89.42, 88.95), (21.36, 20.11), (99.10, 29.50), (99.15, 30.00)),
    ("国民健康保険税", "国保税", "保険年金課", (93.86, 20.45, 76.12), 75.38, 731205, (79.64, 79.88), (15.02, 14.27), (94.00, 21.00), (94.30, 22.00)),
    ("介護保険料", "介護保険料", "介護保険課", (98.77, 16.32, 96.02), 95.87, 98614, (87.15, 86.90), (9.87, 10.45), (98.80, 17.00), (98.90, 18.00)),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "保険年金課", (99.41, 38.27, 98.65), 98.51, 21338, (90.26, 90.01), (25.64, 24.10), (99.45, 39.00), (99.50, 40.00)),
    ("保育料", "保育料", "こども保育課", (98.52, 17.05, 93.10), 92.44, 46870, (85.33, 85.80), (10.12, 9.35), (98.60, 18.00), (98.70, 19.00)),
    ("市営住宅使用料", "住宅使用料", "住宅政策課", (97.14, 11.82, 86.95), 86.20, 88412, (84.07, 83.51), (7.45, 6.88), (97.20, 12.50), (97.30, 13.00)),
]
CHART = [("R2", 2020, 2431.6), ("R3", 2021, 2252.8), ("R4", 2022, 2104.3), ("R5", 2023, 1978.5), ("R6", 2024, 1857.9)]
# 強化月間の実績: debt -> list of (取組, 実績, 前年度)
MONTH = {
    "市税": [("差押件数", "412件", "388件"), ("電話催告", "3,120件", "2,954件")],
    "国民健康保険税": [("夜間・休日催告", "1,846件", "1,702件"), ("差押件数", "96件", "81件")],
    "介護保険料": [("文書催告", "2,210通", "2,305通"), ("臨戸訪問", "64件", "52件")],
    "後期高齢者医療保険料": [("文書催告", "940通", "1,012通"), ("納付相談", "58件", "47件")],
    "保育料": [("園での手渡し催告", "188件", "203件"), ("児童手当申出徴収", "27件", "19件")],
    "市営住宅使用料": [("連帯保証人への請求", "35件", "28件"), ("支払督促申立て", "6件", "4件")],
}
ISSUE = {
    "市税": "滞納繰越分の高額案件が固定化しており、捜索・公売を含めた処分の進行管理が課題。",
    "国民健康保険税": "現年分の収納率が前年同期を下回っており、若年層の口座振替加入が進んでいない。",
    "介護保険料": "普通徴収者の滞納が増加しており、時効到来前の早期着手が課題。",
    "後期高齢者医療保険料": "年齢到達による新規被保険者の普通徴収分で初期滞納が発生している。",
    "保育料": "卒園後の滞納者と連絡が取れなくなる事案が多い。",
    "市営住宅使用料": "退去者の滞納分が収入未済額の半数近くを占めている。",
}
PLAN = {
    "市税": [("SMS催告を現年分の全期別に拡大し、初期滞納を早期に解消する。", "拡充"),
             ("高額滞納案件は特別滞納整理班に移管し、捜索・公売を計画的に実施する。", "継続"),
             ("電子預貯金照会の対象金融機関を追加し、財産調査を効率化する。", "新規")],
    "国民健康保険税": [("資格取得時に窓口でWeb口座振替の手続を案内する。", "継続"),
                   ("コールセンターによる初期滞納者への電話催告を月2回実施する。", "拡充")],
    "介護保険料": [("普通徴収の初期滞納者に対し、督促後1か月以内に文書催告を行う。", "継続"),
              ("納税課と連携し、預貯金の差押えを実施する。", "新規")],
    "後期高齢者医療保険料": [("年齢到達者に口座振替依頼書を同封し、加入を勧奨する。", "継続"),
                    ("特別徴収への切替えを広域連合と調整する。", "継続")],
    "保育料": [("在園中の滞納者には園を通じて早期に納付相談を行う。", "継続"),
            ("児童手当からの申出徴収を原則化する。", "拡充")],
    "市営住宅使用料": [("退去者の滞納分は弁護士法人への回収委託を拡大する。", "拡充"),
                ("3か月以上の滞納者には明渡請求を視野に入れた法的措置をとる。", "継続")],
}


class Deck:
    def __init__(self):
        self.doc = fitz.open()
        self.page = None
        self.n = 0

    def new(self, title=None):
        self.page = self.doc.new_page(width=W, height=H)
        self.page.insert_font(fontname="G", fontfile=GOTHIC)
        self.n += 1
        if title:
            self.page.draw_rect(fitz.Rect(0, 0, W, 58), color=None, fill=(0.12, 0.29, 0.49))
            self.text(30, 14, W - 60, 40, title, 22, color=(1, 1, 1))
        self.text(W - 120, H - 24, 100, 18, f"{self.n}", 10, align="right", color=(0.4, 0.4, 0.4))
        self.text(30, H - 24, 500, 18, "令和７年度第２回 湖西原市債権管理・徴収対策会議", 8, color=(0.4, 0.4, 0.4))

    def wrap(self, s, size, width):
        lines = []
        for para in s.split("\n"):
            cur = ""
            for ch in para:
                if FONT.text_length(cur + ch, size) > width and cur:
                    lines.append(cur)
                    cur = ch
                else:
                    cur += ch
            lines.append(cur)
        return lines

    def text(self, x, y, w, h, s, size=12, color=(0, 0, 0), align="left", lead=1.35):
        yy = y + size
        for line in self.wrap(s, size, w):
            lw = FONT.text_length(line, size)
            xx = x if align == "left" else (x + w - lw if align == "right" else x + (w - lw) / 2)
            self.page.insert_text((xx, yy), line, fontname="G", fontsize=size, color=color)
            yy += size * lead
        return yy - size

    def box(self, x, y, w, h, fill=None, color=(0, 0, 0), width=0.8, radius=None):
        self.page.draw_rect(fitz.Rect(x, y, x + w, y + h), color=color, fill=fill, width=width, radius=radius)

    def table(self, x, y, colw, rowh, rows, size=10, head=1, align=None, shade=(0.85, 0.88, 0.93)):
        yy = y
        for i, row in enumerate(rows):
            rh = rowh[i] if isinstance(rowh, list) else rowh
            xx = x
            for j, cell in enumerate(row):
                if cell is None:
                    xx += colw[j]
                    continue
                span = 1
                while j + span < len(row) and row[j + span] is None and i < head:
                    span += 1
                cw = sum(colw[j:j + span])
                self.box(xx, yy, cw, rh, fill=shade if i < head else None, width=0.6)
                al = "center" if (i < head or j == 0) else (align or "right")
                lines = self.wrap(str(cell), size, cw - 6)
                th = len(lines) * size * 1.25
                ty = yy + (rh - th) / 2 - 1
                self.text(xx + 3, ty, cw - 6, rh, str(cell), size, align=al, lead=1.25)
                xx += cw
            yy += rh
        return yy


def build():
    facts, inits = [], []
    d = Deck()
    # 1 cover ----------------------------------------------------------------------------------
    d.new()
    d.box(0, 0, W, H, fill=(0.95, 0.96, 0.98), color=None)
    d.box(0, 170, W, 6, fill=(0.12, 0.29, 0.49), color=None)
    d.text(60, 90, 840, 40, "資料２", 16)
    d.text(60, 190, 840, 50, "令和７年度第２回 湖西原市債権管理・徴収対策会議", 28)
    d.text(60, 240, 840, 40, "主要債権の収納状況及び令和８年度債権管理・徴収計画（案）", 20)
    d.text(60, 320, 840, 20, "次　第", 14)
    agenda = ["１　主要債権の収納状況（令和８年１月末時点）", "２　滞納整理強化月間（１１月・１２月）の実施結果",
              "３　令和８年度 債権管理・徴収計画（案）"]
    yy = 345
    for a in agenda:
        d.text(80, yy, 800, 20, a, 13)
        yy += 22
    d.text(560, 450, 360, 40, "令和８年２月１７日\n湖西原市 財務部 債権管理課", 13, align="right")
    # 2 overview: big numbers + chart ----------------------------------------------------------
    d.new("１　全体の状況")
    tot_now, tot_prev = 78.42, 78.04
    panels = [("主要６債権の収納率（令和８年１月末）", "78.42％", f"（前年同期比＋{tot_now - tot_prev:.2f}pt）"),
              ("全債権の収入未済額（令和６年度決算）", "約18.6億円", "（前年度比 約1.2億円の縮減）"),
              ("不納欠損額（令和６年度決算）", "1億2,345万円", "（執行停止後の時効完成分を含む）")]
    for i, (lab, big, note) in enumerate(panels):
        x = 30 + i * 305
        d.box(x, 78, 290, 120, fill=(1, 1, 1), color=(0.12, 0.29, 0.49), width=1.5, radius=0.08)
        d.text(x + 10, 88, 270, 20, lab, 12, align="center")
        d.text(x + 10, 116, 270, 40, big, 30, align="center", color=(0.75, 0.1, 0.1))
        d.text(x + 10, 166, 270, 20, note, 11, align="center")
    facts.append(fact(None, 2025, "total", "collection_rate", "interim", 78.42, "percent", "78.42％", page=2,
                      debt_raw="主要６債権", fy_raw="令和８年１月末", as_of=AS_NOW))
    facts.append(fact(None, 2024, "total", "outstanding", "actual", 1860000000, "yen", "約18.6億円", page=2,
                      debt_raw="全債権", fy_raw="令和６年度決算", approx=True))
    facts.append(fact(None, 2024, "total", "written_off", "actual", 123450000, "yen", "1億2,345万円", page=2,
                      debt_raw=None, fy_raw="令和６年度決算"))
    # chart
    cx, cy, cw, ch = 80, 250, 480, 240
    d.text(cx - 50, 215, 560, 20, "全債権の収入未済額の推移（単位：百万円）", 13)
    d.page.draw_line((cx, cy + ch), (cx + cw, cy + ch), color=(0, 0, 0), width=0.8)
    d.page.draw_line((cx, cy), (cx, cy + ch), color=(0, 0, 0), width=0.8)
    vmax = 2600
    for k, (lab, fy, v) in enumerate(CHART):
        bw = 50
        bx = cx + 30 + k * 92
        bh = ch * v / vmax
        d.box(bx, cy + ch - bh, bw, bh, fill=(0.3, 0.5, 0.75), color=None)
        d.text(bx - 20, cy + ch - bh - 18, bw + 40, 14, f"{v:,.1f}", 11, align="center")
        d.text(bx - 10, cy + ch + 4, bw + 20, 14, lab, 11, align="center")
        facts.append(fact(None, fy, "total", "outstanding", "actual", int(round(v * 10)) * 100000, "yen", f"{v:,.1f}",
                          page=2, debt_raw="全債権", fy_raw=lab))
    d.text(cx + cw - 40, cy + ch + 20, 60, 14, "（年度）", 9)
    d.box(600, 230, 330, 250, fill=(0.97, 0.97, 0.92), color=(0.5, 0.5, 0.5))
    d.text(612, 240, 306, 230,
           "【ポイント】\n・収入未済額は５年連続で縮減し、令和２年度から約5.7億円減少した。\n"
           "・主要６債権の１月末収納率は前年同期を上回って推移している。\n"
           "・国保税の現年分は前年同期を下回っており、年度末に向けた取組の強化が必要。", 12)
    # 3 table: debts as columns ------------------------------------------------------------------
    d.new("２　主要債権の収納状況（令和８年１月末時点）")
    d.text(W - 330, 66, 300, 14, "単位：％（収入未済額の行は千円）", 10, align="right")
    head = ["区分", "項目"] + [x[1] for x in DEBTS] + ["合計"]
    rows = [head]
    colw = [70, 130] + [100] * 6 + [90]
    def row(seg_lab, item, vals, tot="－"):
        rows.append([seg_lab, item] + vals + [tot])
    row("現年分", "R8.1月末", [pct(x[6][0]) for x in DEBTS])
    row("", "R7.1月末", [pct(x[6][1]) for x in DEBTS])
    row("", "差", [("▲" if x[6][0] < x[6][1] else "") + f"{abs(x[6][0] - x[6][1]):.2f}" for x in DEBTS])
    row("滞納繰越分", "R8.1月末", [pct(x[7][0]) for x in DEBTS])
    row("", "R7.1月末", [pct(x[7][1]) for x in DEBTS])
    row("", "差", [("▲" if x[7][0] < x[7][1] else "") + f"{abs(x[7][0] - x[7][1]):.2f}" for x in DEBTS])
    row("R6決算", "収納率（計）", [f"{pct(x[3][2])}\n（R5 {pct(x[4])}）" for x in DEBTS])
    out_tot = sum(x[5] for x in DEBTS)
    row("", "収入未済額", [c(x[5]) for x in DEBTS], c(out_tot))
    rh = [30, 26, 26, 26, 26, 26, 26, 40, 28]
    d.table(25, 86, colw, rh, rows, size=11)
    for x in DEBTS:
        n = x[0]
        for seg, (now, prev) in (("current", x[6]), ("arrears", x[7])):
            facts.append(fact(n, 2025, seg, "collection_rate", "interim", now, "percent", pct(now), page=3,
                              debt_raw=x[1], fy_raw="R8.1月末", as_of=AS_NOW))
            facts.append(fact(n, 2024, seg, "collection_rate", "interim", prev, "percent", pct(prev), page=3,
                              debt_raw=x[1], fy_raw="R7.1月末", as_of=AS_PREV))
        facts.append(fact(n, 2024, "total", "collection_rate", "actual", x[3][2], "percent", pct(x[3][2]), page=3,
                          debt_raw=x[1], fy_raw="R6決算"))
        facts.append(fact(n, 2023, "total", "collection_rate", "actual", x[4], "percent", f"R5 {pct(x[4])}", page=3,
                          debt_raw=x[1], fy_raw="R5"))
        facts.append(fact(n, 2024, "total", "outstanding", "actual", x[5] * 1000, "yen", c(x[5]), page=3,
                          debt_raw=x[1], fy_raw="R6決算"))
    facts.append(fact(None, 2024, "total", "outstanding", "actual", out_tot * 1000, "yen", c(out_tot), page=3,
                      debt_raw="合計", fy_raw="R6決算"))
    d.text(25, 360, 900, 60, "※　収納率は各月末時点の収入済額を調定額で除したもの（滞納繰越分の調定額は出納整理期間後の額）。\n"
           "※　R6決算の収納率（計）の下段（　）内は令和５年度決算の収納率。", 10)
    # 4-6 個票 two per slide -----------------------------------------------------------------------
    for s in range(3):
        pair = DEBTS[2 * s: 2 * s + 2]
        d.new(f"３　取組個票（{'・'.join(p[1] for p in pair)}）")
        for k, x in enumerate(pair):
            n, short, ka = x[0], x[1], x[2]
            px = 20 + k * 470
            d.table(px, 68, [70, 170, 60, 150], 24, [["債権名", n, "所管課", ka]], size=10, head=0)
            # callout: interim rates
            d.box(px, 98, 450, 52, fill=(1, 0.97, 0.9), color=(0.8, 0.5, 0.1), width=1.2, radius=0.1)
            d.text(px + 8, 103, 440, 20, "【収納率】令和８年１月末時点", 11)
            line = (f"現年分 {pct(x[6][0])}％（前年同期 {pct(x[6][1])}％）　"
                    f"滞繰分 {pct(x[7][0])}％（前年同期 {pct(x[7][1])}％）")
            d.text(px + 8, 124, 440, 20, line, 10.5)
            for seg, (now, prev) in (("current", x[6]), ("arrears", x[7])):
                lab = "現年分" if seg == "current" else "滞繰分"
                facts.append(fact(n, 2025, seg, "collection_rate", "interim", now, "percent", f"{pct(now)}％", page=d.n,
                                  fy_raw="令和８年１月末", as_of=AS_NOW, anchor=None))
                facts.append(fact(n, 2024, seg, "collection_rate", "interim", prev, "percent", f"前年同期 {pct(prev)}％",
                                  page=d.n, fy_raw="前年同期", as_of=AS_PREV))
            d.text(px, 158, 450, 16, "滞納整理強化月間（11月・12月）の実績", 11)
            mrows = [["取組", "実績", "（前年度）"]] + [list(r) for r in MONTH[n]]
            yb = d.table(px, 176, [200, 125, 125], 22, mrows, size=10)
            d.text(px, yb + 6, 450, 16, "ヒアリングにおける課題", 11)
            d.box(px, yb + 24, 450, 40, color=(0.3, 0.3, 0.3))
            d.text(px + 6, yb + 28, 438, 36, ISSUE[n], 10)
            y2 = yb + 72
            d.text(px, y2, 450, 16, "令和８年度の取組", 11)
            yy = y2 + 18
            for i, (t, st) in enumerate(PLAN[n]):
                mark = "①②③④"[i]
                yy = d.text(px + 4, yy, 446, 60, f"{mark}{t}【{st}】", 10, lead=1.3) + 5
                inits.append({"debt": n, "fiscal_year": 2026, "section": "令和８年度の取組", "label": mark,
                              "text": t, "status": st, "page": d.n})
            tg = x[9]
            d.box(px, yy + 2, 450, 24, fill=(0.9, 0.95, 0.9), color=(0.2, 0.5, 0.2))
            d.text(px + 6, yy + 7, 440, 16, f"数値目標（R8）　現年分 {pct(tg[0])}％以上　滞納繰越分 {pct(tg[1])}％以上", 10.5)
            facts.append(fact(n, 2026, "current", "collection_rate", "target", tg[0], "percent", f"{pct(tg[0])}％以上",
                              page=d.n, fy_raw="R8"))
            facts.append(fact(n, 2026, "arrears", "collection_rate", "target", tg[1], "percent", f"{pct(tg[1])}％以上",
                              page=d.n, fy_raw="R8"))
    # 7 plan table -------------------------------------------------------------------------------
    d.new("４　令和８年度 債権管理・徴収計画（案）　目標収納率")
    d.text(W - 330, 66, 300, 14, "（単位：％）", 10, align="right")
    rows = [["債権名", "現年分", None, None, "滞納繰越分", None, None],
            ["", "R6実績", "R7見込", "R8目標", "R6実績", "R7見込", "R8目標"]]
    for x in DEBTS:
        rows.append([x[0], pct(x[3][0]), pct(x[8][0]), pct(x[9][0]), pct(x[3][1]), pct(x[8][1]), pct(x[9][1])])
        for seg, i in (("current", 0), ("arrears", 1)):
            facts.append(fact(x[0], 2024, seg, "collection_rate", "actual", x[3][i], "percent", pct(x[3][i]), page=d.n,
                              fy_raw="R6実績"))
            facts.append(fact(x[0], 2025, seg, "collection_rate", "estimate", x[8][i], "percent", pct(x[8][i]), page=d.n,
                              fy_raw="R7見込"))
            facts.append(fact(x[0], 2026, seg, "collection_rate", "target", x[9][i], "percent", pct(x[9][i]), page=d.n,
                              fy_raw="R8目標"))
    d.table(60, 90, [220, 100, 100, 100, 100, 100, 100], 30, rows, size=12, head=2)
    d.text(60, 420, 840, 40, "※　R7見込は令和８年１月末時点の実績から推計した決算見込み。R8目標は令和８年度の債権管理・徴収計画の目標値（案）。", 10)
    # 8 参考 box ----------------------------------------------------------------------------------
    d.new("【参考】今後のスケジュール等")
    d.box(60, 90, 840, 300, color=(0.12, 0.29, 0.49), width=1.5)
    tax = DEBTS[0]
    ref = ["・第３回対策会議：令和８年５月（予定）　令和７年度決算見込及び取組結果の報告",
           "・債権放棄の審議：令和８年７月（予定）　非強制徴収公債権・私債権",
           f"・市税の収入未済額（令和６年度決算）：約{tax[5] / 100000:.1f}億円",
           "・電子預貯金照会の利用件数（令和７年度１月末）：8,412件",
           "・Web口座振替受付サービスの登録件数（令和７年度１月末）：2,936件"]
    yy = 105
    for r_ in ref:
        yy = d.text(80, yy, 800, 40, r_, 13) + 10
    facts.append(fact("市税", 2024, "total", "outstanding", "actual", int(round(tax[5] / 100000, 1) * 1000) * 100000,
                      "yen", f"約{tax[5] / 100000:.1f}億円", page=d.n, fy_raw="令和６年度決算", approx=True))
    pdf = PDF_DIR / f"{STEM}.pdf"
    d.doc.subset_fonts()
    d.doc.save(pdf, garbage=4, deflate=True)
    document = {"kind": "committee_material", "municipality": CITY,
                "title": "令和７年度第２回 湖西原市債権管理・徴収対策会議 資料", "date": "2026-02-17",
                "date_raw": "令和８年２月１７日"}
    write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
