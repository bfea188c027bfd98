"""富士市債権管理対策会議 資料（スライド形式の取組個票）: PyMuPDF direct drawing, 16:9 landscape."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pymupdf as fitz

from k_common import OUT, PDF, fact, init, page_texts, write_gold
from k_draw import Canvas, finish

STEM = "k_fuji_shiryo_1"
CITY = "富士市"
TITLE = "令和７年度第２回富士市債権管理対策会議 資料２ 主要債権の取組状況"
W, H = 960, 540
NAVY = (0.12, 0.22, 0.42)

# per debt: name, 所管課, outstanding R6 (千円), rates {col: (cur, arr, tot)}, items [(text, tag)]
COLS = [("R5決算", 2023, "actual", None), ("R6決算", 2024, "actual", None), ("R7目標", 2025, "target", None),
        ("R7.12月末", 2025, "interim", "2025-12-31"), ("前年同期", 2024, "interim", "2024-12-31")]
DEBTS = [
    ("市税", "収納課", 1_041_382, [(99.04, 24.18, 96.91), (99.12, 25.67, 97.24), (99.15, 26.00, 97.40),
                                 (78.42, 17.35, 75.96), (77.80, 16.92, 75.31)],
     [("現年課税分の新規滞納者に対し、SMSによる催告を納期限後20日以内に送信する。", "継続"),
      ("滞納繰越分の高額案件は、捜索・インターネット公売を含めた滞納処分を優先して行う。", "拡充"),
      ("地方税統一QRコードを活用し、スマートフォン決済の利用を広報する。", "新規")]),
    ("国民健康保険税", "国保年金課", 1_288_950, [(93.61, 21.40, 78.05), (94.02, 22.83, 79.46), (94.20, 23.50, 80.10),
                                          (69.18, 14.02, 58.77), (68.55, 13.61, 57.90)],
     [("資格喪失者に対し、喪失届の受付時に未納分の納付相談を行う。", "継続"),
      ("年金・賞与の支給月に合わせ、一斉催告と夜間電話催告を実施する。", "継続"),
      ("収納課と合同で財産調査を行い、差押可能な預貯金を早期に把握する。", "拡充")]),
    ("介護保険料", "介護保険課", 118_406, [(98.71, 14.22, 97.30), (98.79, 15.06, 97.41), (98.80, 16.00, 97.50),
                                       (80.37, 9.84, 79.12), (80.02, 9.51, 78.80)],
     [("普通徴収の新規対象者に口座振替依頼書を同封する。", "継続"),
      ("滞納期間に応じた給付制限の事前通知を送付し、納付を促す。", "継続")]),
    ("後期高齢者医療保険料", "国保年金課", 21_774, [(99.52, 30.11, 99.08), (99.55, 31.20, 99.12),
                                              (99.55, 32.00, 99.15), (82.60, 20.48, 82.03), (82.41, 19.90, 81.86)],
     [("75歳到達者への制度案内時に、普通徴収期間の納付方法を説明する。", "継続"),
      ("短期被保険者証の更新時に、分納誓約の履行状況を確認する。", "継続")]),
    ("市営住宅使用料", "住宅政策課", 96_215, [(97.85, 12.30, 90.44), (98.01, 13.85, 90.92), (98.10, 15.00, 91.30),
                                          (76.22, 8.40, 70.15), (75.90, 7.95, 69.60)],
     [("３か月以上の滞納者に連帯保証人への通知を行う。", "継続"),
      ("退去者の滞納家賃は、弁護士法人への回収委託を拡大する。", "拡充"),
      ("明渡請求訴訟の対象基準を見直し、長期滞納を抑止する。", "新規")]),
    ("保育所保育料", "こども未来課", 30_518, [(99.31, 18.44, 96.85), (99.40, 19.12, 97.02), (99.45, 20.00, 97.20),
                                         (81.05, 11.60, 78.94), (80.88, 11.03, 78.52)],
     [("児童手当からの特別徴収（申出による徴収）を勧奨する。", "継続"),
      ("卒園児の未納分は、卒園前の面談で分納計画を作成する。", "新規")]),
]
TARGET26 = {  # R8 target (cur, arr, tot), R7 見込 (cur, arr, tot)
    "市税": ((99.18, 26.50, 97.55), (99.16, 26.10, 97.43)),
    "国民健康保険税": ((94.35, 24.00, 80.60), (94.22, 23.45, 80.02)),
    "介護保険料": ((98.82, 16.50, 97.58), (98.80, 15.90, 97.49)),
    "後期高齢者医療保険料": ((99.56, 32.50, 99.17), (99.55, 31.80, 99.14)),
    "市営住宅使用料": ((98.15, 15.50, 91.60), (98.08, 14.70, 91.21)),
    "保育所保育料": ((99.48, 20.50, 97.35), (99.44, 19.80, 97.15)),
}
SEGS = [("現年分", "current"), ("滞繰分", "arrears"), ("合計", "total")]
TREND = [("R2", 2020, 3105.2), ("R3", 2021, 2893.7), ("R4", 2022, 2701.4), ("R5", 2023, 2574.9), ("R6", 2024, 2361.3)]


def frame(cv, n, total, heading):
    cv.rect((0, 0, W, 46), stroke=None, fill=NAVY)
    cv.text(24, 31, heading, 20, "G", (1, 1, 1))
    cv.text(W - 230, 530, "富士市債権管理対策会議　資料２", 9, "G", (0.3, 0.3, 0.3))
    cv.text(W - 60, 530, f"{n} / {total}", 9, "G", (0.3, 0.3, 0.3))


def half(cv, x0, debt, facts, inits, pg):
    name, ka, outst, rates, items = debt
    cv.table(x0, 62, [70, 170, 60, 140], [["債権名", name, "所管課", ka]], rh=22, size=11, header_rows=0,
             aligns=["c", "l", "c", "l"])
    for cx in (x0, x0 + 240):
        cv.rect((cx, 62, cx + 70 if cx == x0 else cx + 60, 84), stroke=(0, 0, 0), fill=None)
    raw = f"{outst:,}千円"
    cv.text(x0, 102, f"R6決算　収入未済額：{raw}", 10.5)
    facts.append(fact(name, 2024, "R6決算", "total", "outstanding", "actual", outst * 1000, "yen", raw, pg))
    cv.text(x0 + 370, 102, "（単位：％）", 9)
    rows = [["区分"] + [c[0] for c in COLS]]
    for si, (sl, seg) in enumerate(SEGS):
        row = [sl]
        for ci, (cl, fy, basis, as_of) in enumerate(COLS):
            v = rates[ci][si]
            row.append(f"{v:.2f}")
            facts.append(fact(name, fy, cl, seg, "collection_rate", basis, v, "percent", f"{v:.2f}", pg,
                              as_of=as_of))
        rows.append(row)
    cv.table(x0, 108, [70, 74, 74, 74, 74, 74], rows, rh=20, size=10, aligns=["c"] + ["r"] * 5)
    # call-out panel
    cur, prev = rates[3][0], rates[4][0]
    diff = cur - prev
    cv.rect((x0, 200, x0 + 440, 252), stroke=NAVY, fill=(0.92, 0.95, 1.0), width=1.2)
    cv.text(x0 + 12, 222, "12月末 収納率（現年分）", 11, "G", NAVY)
    cv.text(x0 + 175, 238, f"{cur:.2f}％", 26, "G", (0.75, 0.1, 0.1))
    cv.text(x0 + 310, 236, f"前年同期比 {'+' if diff >= 0 else '▲'}{abs(diff):.2f}pt", 11, "G", NAVY)
    facts.append(fact(name, 2025, "12月末", "current", "collection_rate", "interim", cur, "percent", f"{cur:.2f}％",
                      pg, as_of="2025-12-31"))
    # 取組 box
    cv.rect((x0, 262, x0 + 440, 505), width=0.8)
    cv.text(x0 + 10, 280, "■ 主な取組（令和７年度後半）", 11.5, "G", NAVY)
    y = 300
    for k, (tx, tag) in enumerate(items):
        lab = "①②③④⑤"[k]
        y = cv.para(x0 + 12, y, f"{lab}{tx}【{tag}】", 416, 10.5, indent=11) + 4
        inits.append(init(name, 2025, "主な取組（令和７年度後半）", lab, tx, tag, pg))


def build():
    doc = fitz.open()
    facts, inits = [], []
    n_pages = 2 + len(DEBTS) // 2 + 2
    # 1 cover
    pg = 1
    cv = Canvas(doc.new_page(width=W, height=H))
    cv.rect((0, 0, W, 12), stroke=None, fill=NAVY)
    cv.text(80, 150, "令和７年度　第２回", 26, "G", NAVY)
    cv.text(80, 195, "富士市債権管理対策会議", 34, "G", NAVY)
    cv.rect((80, 225, 880, 227), stroke=None, fill=NAVY)
    cv.text(80, 270, "資料２　主要債権の取組状況（取組個票）", 22)
    cv.text(80, 330, "日時：令和８年１月27日（火）午後２時～", 14)
    cv.text(80, 356, "場所：市庁舎９階　902会議室", 14)
    cv.text(80, 410, "〔構成〕　１ 全体の状況　２ 債権別取組個票（６債権）　３ 強化期間の実施状況　４ 令和８年度数値目標", 12)
    cv.text(W - 200, 500, "財政部 収納課（債権管理担当）", 11)
    # 2 overview
    pg = 2
    cv = Canvas(doc.new_page(width=W, height=H))
    frame(cv, pg, n_pages, "１　全体の状況（令和６年度決算）")
    cv.rect((40, 70, 440, 170), stroke=NAVY, fill=(0.92, 0.95, 1.0), width=1.2)
    cv.text(56, 96, "収入未済額（全債権）", 13, "G", NAVY)
    cv.text(70, 145, "約23.6億円", 36, "G", (0.75, 0.1, 0.1))
    cv.text(300, 145, "前年度比 約2.1億円減", 11, "G", NAVY)
    facts.append(fact(None, 2024, "令和６年度", "total", "outstanding", "actual", 2_360_000_000, "yen", "約23.6億円",
                      pg, approx=True, debt_raw=None))
    cv.rect((40, 185, 440, 285), stroke=NAVY, fill=(0.92, 0.95, 1.0), width=1.2)
    cv.text(56, 211, "収納率（全債権・合計）", 13, "G", NAVY)
    cv.text(70, 260, "96.12％", 36, "G", (0.75, 0.1, 0.1))
    cv.text(260, 260, "（前年比＋0.31pt）", 12, "G", NAVY)
    facts.append(fact(None, 2024, "令和６年度", "total", "collection_rate", "actual", 96.12, "percent", "96.12％", pg,
                      debt_raw=None))
    y = 320
    for s in ["・収入未済額は５年連続で減少し、令和２年度から約７億円縮減した。",
              "・国民健康保険税の収入未済額が全体の半分以上を占めており、引き続き重点的に取り組む。",
              "・税外債権は件数が多く少額のものが中心で、所管課間の情報共有が課題である。"]:
        y = cv.para(44, y, s, 400, 11.5, indent=11) + 6
    # bar chart
    cx0, cy0, cw, ch = 520, 100, 400, 330
    cv.text(cx0, 80, "収入未済額の推移（単位：百万円）", 13, "G", NAVY)
    base = cy0 + ch
    cv.line((cx0, base), (cx0 + cw, base), width=1)
    mx = 3500
    for i, (lab, fy, v) in enumerate(TREND):
        bx = cx0 + 25 + i * 78
        hgt = v / mx * (ch - 20)
        cv.rect((bx, base - hgt, bx + 46, base), stroke=None, fill=(0.35, 0.5, 0.75))
        txt = f"{v:,.1f}"
        cv.text(bx - 8, base - hgt - 6, txt, 10, "G", align="c", w=62)
        cv.text(bx, base + 16, lab, 11, "G", align="c", w=46)
        facts.append(fact(None, fy, lab, "total", "outstanding", "actual", round(v * 1_000_000), "yen", txt, pg,
                          debt_raw=None))
    cv.text(cx0, base + 40, "※各年度決算。全会計・全債権の合計。", 9)
    # 3-5 debts, two per page
    for k in range(0, len(DEBTS), 2):
        pg += 1
        cv = Canvas(doc.new_page(width=W, height=H))
        frame(cv, pg, n_pages, f"２　債権別取組個票（{k // 2 + 1}/3）")
        half(cv, 30, DEBTS[k], facts, inits, pg)
        cv.line((480, 60), (480, 505), color=(0.6, 0.6, 0.6), width=0.5)
        half(cv, 490, DEBTS[k + 1], facts, inits, pg)
    # 6 強化期間
    pg += 1
    cv = Canvas(doc.new_page(width=W, height=H))
    frame(cv, pg, n_pages, "３　滞納整理強化期間（令和７年11月～12月）の実施状況")
    rows = [["債権名", "実施内容", "実績（　）内は前年度"],
            ["市税", "夜間・休日の一斉電話催告、給与照会", "差押 412件（388件）"],
            ["国民健康保険税", "管外滞納者への文書催告、預貯金調査", "差押 167件（150件）"],
            ["介護保険料", "普通徴収滞納者への訪問催告", "訪問 236件（219件）"],
            ["後期高齢者医療保険料", "一斉文書催告", "催告 1,105件（1,172件）"],
            ["市営住宅使用料", "連帯保証人への通知、夜間訪問", "分納誓約 58件（44件）"],
            ["保育所保育料", "卒園児世帯への文書・電話催告", "完納 73件（61件）"]]
    cv.table(40, 70, [190, 430, 260], rows, rh=30, size=11, aligns=["l", "l", "l"])
    cv.text(40, 300, "※件数は各所管課の報告による（令和７年12月末現在）。", 10)
    # 7 targets transposed
    pg += 1
    cv = Canvas(doc.new_page(width=W, height=H))
    frame(cv, pg, n_pages, "４　令和８年度 数値目標（収納率）")
    cv.text(W - 130, 66, "（単位：％）", 10)
    names = [d[0] for d in DEBTS]
    x0, widths = 30, [90] + [140] * 6
    hdr_y = 72
    cv.table(x0, hdr_y, widths, [[""] + ["国保税" if n == "国民健康保険税" else
                                       ("後期高齢" if n == "後期高齢者医療保険料" else n) for n in names]], rh=26,
             size=11)
    y = hdr_y + 26
    for sl, seg in SEGS:
        cv.rect((x0, y, x0 + sum(widths), y + 52), width=0.6)
        cv.text(x0 + 4, y + 31, sl, 11, align="c", w=widths[0] - 8)
        cx = x0 + widths[0]
        for n in names:
            si = [s for _, s in SEGS].index(seg)
            t, e = TARGET26[n][0][si], TARGET26[n][1][si]
            cv.line((cx, y), (cx, y + 52))
            cv.text(cx, y + 24, f"{t:.2f}", 15, align="c", w=140)
            cv.text(cx, y + 43, f"（R7見込 {e:.2f}）", 8.5, "G", (0.35, 0.35, 0.35), align="c", w=140)
            dr = {"国民健康保険税": "国保税", "後期高齢者医療保険料": "後期高齢"}.get(n, n)
            facts.append(fact(n, 2026, "令和８年度", seg, "collection_rate", "target", t, "percent", f"{t:.2f}", pg,
                              debt_raw=dr))
            facts.append(fact(n, 2025, "R7見込", seg, "collection_rate", "estimate", e, "percent", f"{e:.2f}", pg,
                              debt_raw=dr))
            cx += 140
        y += 52
    cv.text(x0, y + 20, "※R7見込は令和７年12月末の実績を基に推計した決算見込値。国保税＝国民健康保険税、後期高齢＝後期高齢者医療保険料。", 9.5)
    out = PDF / f"{STEM}.pdf"
    finish(doc, out)
    document = {"kind": "committee_material", "municipality": CITY, "title": TITLE, "date": "2026-01-27",
                "date_raw": "令和８年１月27日"}
    write_gold(STEM, out, document, facts, inits)


if __name__ == "__main__":
    build()
