"""吉野川市債権管理対策会議 資料 (committee_material) — PyMuPDF drawing directly.

Run from corpus/frozen35:  python3 build/fn_yoshinogawa_committee_1.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fitz  # noqa: E402

from fn_common import PDF_DIR, WORK, Gold, comma, finish_pdf, fr, rate, zen  # noqa: E402
from fn_pdfkit import Page, tw  # noqa: E402
from fn_series import add, series  # noqa: E402

STEM = "fn_yoshinogawa_committee_1"
CITY = "吉野川市"
YEARS = [2020, 2021, 2022, 2023, 2024]
RY = {2020: "令和２年度", 2021: "令和３年度", 2022: "令和４年度", 2023: "令和５年度", 2024: "令和６年度",
      2025: "令和７年度"}

# ---------------------------------------------------------------- data (千円)
DEBTS = [
    # key, printed name, 所管課, 区分, arrears label
    ("市税", "市税", "税務課", "強制徴収公債権", "滞納繰越分"),
    ("国民健康保険税", "国民健康保険税", "保険年金課", "強制徴収公債権", "滞納繰越分"),
    ("介護保険料", "介護保険料", "長寿介護課", "強制徴収公債権", "滞納繰越分"),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "保険年金課", "強制徴収公債権", "滞納繰越分"),
    ("市営住宅使用料", "市営住宅使用料", "建設課", "非強制徴収公債権", "過年度分"),
    ("下水道使用料", "下水道使用料", "下水道課", "強制徴収公債権", "滞納繰越分"),
]
S = {
    "市税": series(YEARS, [4598210, 4612345, 4655120, 4701882, 4688410], [98.85, 98.97, 99.05, 99.13, 99.21],
                  268450, [20.6, 22.4, 23.9, 25.1, 26.8], [16880, 14220, 12870, 11045, 9830]),
    "国民健康保険税": series(YEARS, [1125600, 1098450, 1072330, 1041870, 1018240], [93.42, 93.80, 94.15, 94.36, 94.72],
                      312880, [16.2, 17.5, 18.1, 19.4, 20.3], [24310, 22850, 21470, 19960, 18120]),
    "介護保険料": series(YEARS, [912450, 925880, 938210, 946530, 958740], [98.62, 98.71, 98.80, 98.86, 98.95],
                    38420, [14.5, 15.2, 16.1, 16.8, 17.9], [8150, 7920, 7610, 7240, 6980]),
    "後期高齢者医療保険料": series(YEARS, [398120, 405660, 414350, 431280, 447910], [99.58, 99.61, 99.65, 99.66, 99.70],
                         4850, [38.2, 40.1, 41.5, 43.0, 44.6], [620, 580, 540, 510, 470]),
    "市営住宅使用料": series(YEARS, [162340, 160880, 158720, 157410, 155960], [96.84, 97.02, 97.15, 97.31, 97.48],
                      48760, [10.8, 11.5, 12.2, 13.1, 14.0], [3420, 3210, 5880, 2940, 4150]),
    "下水道使用料": series(YEARS, [286540, 289120, 291860, 294300, 296050], [98.95, 99.02, 99.08, 99.12, 99.18],
                     12460, [35.4, 36.8, 38.1, 39.5, 40.7], [1280, 1150, 1020, 980, 890]),
}
TARGET = {  # (現年度分, 滞納繰越分) for R4..R7
    "市税": {2022: (99.00, 23.00), 2023: (99.10, 24.50), 2024: (99.15, 26.00), 2025: (99.25, 27.50)},
    "国民健康保険税": {2022: (94.00, 18.50), 2023: (94.30, 19.00), 2024: (94.60, 20.00), 2025: (94.90, 21.00)},
    "介護保険料": {2022: (98.75, 16.00), 2023: (98.85, 16.50), 2024: (98.90, 17.50), 2025: (99.00, 18.50)},
    "後期高齢者医療保険料": {2025: (99.72, 45.00)},
    "市営住宅使用料": {2022: (97.10, 12.00), 2023: (97.20, 13.00), 2024: (97.40, 14.00), 2025: (97.60, 15.00)},
    "下水道使用料": {2025: (99.20, 41.00)},
}
TOTAL = {y: add([S[k][y]["tot"] for k, *_ in DEBTS]) for y in YEARS}
EST_R7_TOTAL_RATE = round(TOTAL[2024]["r"] + 0.14, 2)

SHEETS = ["市税", "国民健康保険税", "介護保険料", "市営住宅使用料"]
ISSUES = {
    "市税": "滞納繰越分の収入未済額は縮減が進んでいる一方、少額・多数の現年度分滞納が依然として発生しており、"
            "初期段階での納付督励と、納付資力のある滞納者への早期の滞納処分が課題である。",
    "国民健康保険税": "加入者の高齢化と所得の伸び悩みにより現年度分の収納率は県内平均を下回っている。"
                  "資格喪失後に未納のまま転出する世帯が多く、追跡調査に時間を要している。",
    "介護保険料": "特別徴収の対象とならない普通徴収の被保険者に滞納が集中している。"
              "滞納が長期化すると給付制限につながるため、早い段階での周知と納付相談が必要である。",
    "市営住宅使用料": "長期滞納者の多くは分納誓約を結んでいるが、不履行となる例が多い。"
                "退去者の滞納分は所在不明となる事案があり、回収が困難になっている。",
}
INITS = {
    "市税": [
        ("①", "納期限後20日以内の督促状発送を徹底し、督促後も未納の者には文書催告と電話催告を組み合わせて早期の納付を促す。", "継続", "same"),
        ("②", "滞納繰越分については、財産調査を早期に実施し、預貯金・給与等の差押えを中心とした滞納処分を進める。", "継続", "same"),
        ("③", "スマートフォン決済アプリによる納付に加え、地方税統一QRコードを活用した納付を広報紙とホームページで周知し、納付機会の拡大を図る。", "拡充", "wrap"),
        ("④", "徳島県滞納整理推進機構への高額・困難事案の引継ぎを行い、併任徴収による滞納整理を進める。", "継続", "alone"),
        ("⑤", "執行停止後３年を経過した事案の不納欠損処理を計画的に行い、徴収見込みのない債権の整理を進める。", "新規", "same"),
    ],
    "国民健康保険税": [
        ("①", "新規加入の届出時に口座振替の申込みを案内し、口座振替率の向上を図る。", "継続", "same"),
        ("②", "短期被保険者証の更新時など納付相談の機会を捉え、分納誓約の履行管理を徹底する。", "継続", "alone"),
        ("③", "資格喪失の届出時に未納額を通知し、転出前の完納を促す。", "新規", "same"),
        ("④", "税務課と保険年金課が滞納者情報を共有し、市税と一体的な滞納整理を行う。", "拡充", "wrap"),
    ],
    "介護保険料": [
        ("①", "普通徴収の新規該当者に対し、納入通知書の送付時に口座振替依頼書を同封する。", "継続", "same"),
        ("②", "滞納期間に応じた給付制限の内容を分かりやすく通知し、滞納の長期化を防止する。", "継続", "same"),
        ("③", "時効が近い滞納分について、年２回の一斉催告を実施する。", "拡充", "alone"),
    ],
    "市営住宅使用料": [
        ("①", "家賃を３か月以上滞納している入居者に対し、連帯保証人を含めた納付指導を行う。", "継続", "same"),
        ("②", "分納誓約の不履行が続く入居者には、住宅明渡請求を前提とした法的措置を検討する。", "継続", "wrap"),
        ("③", "退去者の滞納分については転居先の調査を行い、支払督促の申立てを進める。", "新規", "same"),
    ],
}

G = Gold(STEM, "committee_material", "kobetsu", CITY, "令和７年度 第１回吉野川市債権管理対策会議",
         "2025-07-24", "令和７年７月２４日（木）")

SHADE = (0.85, 0.89, 0.95)
ZEBRA = (0.94, 0.96, 0.98)
GRAY = (0.9, 0.9, 0.9)
M = 45
W = 595.28 - 2 * M


def oku(sen_yen: int) -> tuple[str, int]:
    """千円 → '約4億2,310万円' style (to 万円), value in yen."""
    man = round(sen_yen / 10)
    o, m = divmod(man, 10000)
    s = (f"{o}億" if o else "") + (f"{m:,}万円" if m else "円")
    return s, man * 10000


def footer(pg: Page, n: int):
    pg.text(0, 815, f"- {n} -", 8, align="center", width=pg.w)


# ---------------------------------------------------------------- page 1: 次第, 参考, chart
def page1(doc):
    pg = Page(doc)
    n = 1
    pg.text(M, 60, "資料", 9)
    pg.text(0, 92, "令和７年度 第１回 吉野川市債権管理対策会議", 16, align="center", width=pg.w)
    pg.text(330, 122, "日時：令和７年７月２４日（木）午後２時から", 9)
    pg.text(330, 137, "場所：吉野川市役所 本館３階 大会議室", 9)
    pg.text(0, 172, "次　　第", 13, align="center", width=pg.w)
    y = 200
    for s in ["１　開　会", "２　議　題",
              "　（１）令和６年度 主要債権の決算状況について ………………… 資料１",
              "　（２）令和７年度 債権別取組個票について …………………… 資料２",
              "３　その他", "４　閉　会"]:
        pg.text(M + 40, y, s, 10.5)
        y += 19
    # 【参考】 box
    t = TOTAL[2024]
    t5 = TOTAL[2023]
    diff = round(t["r"] - t5["r"], 2)
    oku_s, oku_v = oku(t["o"])
    box = (M + 20, 330, M + W - 20, 432)
    pg.rect(box, color=(0, 0, 0), width=0.8)
    pg.text(box[0] + 10, 348, "【参考】主要６債権の状況（令和６年度決算）", 10)
    lines = [
        (f"・収納率：{fr(t['r'])}％（前年度比＋{fr(diff)}ポイント）",),
        (f"・収入未済額：約{oku_s}",),
        (f"・不納欠損額：{comma(t['w'])}千円",),
        (f"・令和７年度収納率見込：{fr(EST_R7_TOTAL_RATE)}％",),
    ]
    yy = 368
    for (s,) in lines:
        pg.text(box[0] + 18, yy, s, 9.5)
        yy += 16
    G.fact(None, None, 2024, "令和６年度", "total", "collection_rate", "actual", t["r"], "percent", f"{fr(t['r'])}％", n)
    G.fact(None, None, 2024, "令和６年度", "total", "difference", "actual", diff, "points", f"＋{fr(diff)}ポイント", n)
    G.fact(None, None, 2024, "令和６年度", "total", "outstanding", "actual", oku_v, "yen", f"約{oku_s}", n, approx=True)
    G.fact(None, None, 2024, "令和６年度", "total", "written_off", "actual", t["w"] * 1000, "yen", f"{comma(t['w'])}千円", n)
    G.fact(None, None, 2025, "令和７年度", "total", "collection_rate", "estimate", EST_R7_TOTAL_RATE, "percent",
           f"{fr(EST_R7_TOTAL_RATE)}％", n)
    # bar chart
    pg.text(M, 470, "図　主要６債権の収入未済額の推移（単位：百万円）", 10)
    cx0, cy0, cx1, cy1 = M + 40, 490, M + W - 20, 740
    pg.line((cx0, cy1), (cx1, cy1), width=0.8)
    pg.line((cx0, cy0), (cx0, cy1), width=0.8)
    vals = {y: round(TOTAL[y]["o"] / 1000, 1) for y in YEARS}
    vmax = 800.0
    for k in range(0, 9):
        v = k * 100
        yv = cy1 - (cy1 - cy0) * v / vmax
        pg.line((cx0 - 3, yv), (cx0, yv), width=0.5)
        pg.text(cx0 - 6, yv + 3, str(v), 7, align="right")
        if k:
            pg.line((cx0, yv), (cx1, yv), color=(0.8, 0.8, 0.8), width=0.3)
    slot = (cx1 - cx0) / len(YEARS)
    for i, y in enumerate(YEARS):
        v = vals[y]
        h = (cy1 - cy0) * v / vmax
        x = cx0 + slot * i + slot * 0.25
        pg.rect((x, cy1 - h, x + slot * 0.5, cy1), fill=(0.36, 0.55, 0.78), color=None)
        lab = f"{v:,.1f}"
        pg.text(x, cy1 - h - 4, lab, 8.5, align="center", width=slot * 0.5)
        ry = f"R{y - 2018}"
        pg.text(x, cy1 + 13, ry, 8.5, align="center", width=slot * 0.5)
        G.fact(None, None, y, ry, "total", "outstanding", "actual", round(v * 1_000_000), "yen", lab, n)
    pg.text(M + 40, 775, "※ 各年度の決算額（出納閉鎖後）。百万円未満を四捨五入しているため、資料１の合計と一致しない場合がある。", 7.5)
    footer(pg, n)


# ---------------------------------------------------------------- page 2: 資料１
def page2(doc):
    pg = Page(doc)
    n = 2
    pg.text(M + W - 40, 55, "資料１", 10)
    pg.text(M, 78, "令和６年度 主要債権の決算状況", 13)
    pg.text(M, 104, "表１　債権別の決算額", 10)
    pg.text(M, 104, "（単位：千円、％）", 8.5, align="right", width=W)
    cols = [("債権名", 92), ("調定額", 62), ("収入済額\n収納率", 62), ("不納欠損額", 52), ("収入未済額", 60),
            ("前年度差", 52), ("備　考", W - 380)]
    x = M
    y0 = 112
    hh = 26
    xs = []
    for name, w in cols:
        pg.cell((x, y0, x + w, y0 + hh), name, 8, fill=SHADE, border=None)
        xs.append((x, x + w))
        x += w
    y = y0 + hh
    rh = 28
    notes = {"市税": "滞納繰越分", "国民健康保険税": "滞納繰越分", "市営住宅使用料": "過年度分"}
    rows = [(k, nm) for k, nm, *_ in DEBTS] + [(None, "合計")]
    for i, (k, nm) in enumerate(rows):
        d = S[k][2024]["tot"] if k else TOTAL[2024]
        prev = S[k][2023]["tot"] if k else TOTAL[2023]
        fill = ZEBRA if i % 2 else None
        if k is None:
            fill = GRAY
        pg.rect((M, y, M + W, y + rh), fill=fill, color=None)
        dif = d["o"] - prev["o"]
        difs = ("△" if dif < 0 else "") + comma(abs(dif))
        cells = [nm, comma(d["a"]), None, comma(d["w"]), comma(d["o"]), difs, ""]
        for j, (x0, x1) in enumerate(xs):
            if j == 2:
                pg.cell((x0, y, x1, y + rh / 2 + 1), comma(d["c"]), 8, align="right", border=None)
                pg.cell((x0, y + rh / 2 - 1, x1, y + rh), fr(d["r"]), 8, align="right", border=None)
            elif j == 6:
                if k in notes:
                    lab = notes[k]
                    v = S[k][2024]["arr"]["o"]
                    s = f"うち{lab} {comma(v)}千円"
                    pg.cell((x0, y, x1, y + rh), s, 7.5, align="left", border=None)
                    G.fact(k, nm, 2024, "令和６年度", "arrears", "outstanding", "actual", v * 1000, "yen",
                           f"{comma(v)}千円", n)
            else:
                pg.cell((x0, y, x1, y + rh), cells[j], 8, align="left" if j == 0 else "right", border=None)
        raw_debt = nm if k else "合計"
        for met, key in (("assessed", "a"), ("collected", "c"), ("written_off", "w"), ("outstanding", "o")):
            G.fact(k, raw_debt, 2024, "令和６年度", "total", met, "actual", d[key] * 1000, "yen", comma(d[key]), n)
        G.fact(k, raw_debt, 2024, "令和６年度", "total", "collection_rate", "actual", d["r"], "percent", fr(d["r"]), n)
        G.fact(k, raw_debt, 2024, "令和６年度", "total", "difference", "actual", dif * 1000, "yen", difs, n)
        y += rh
    pg.line((M, y), (M + W, y), width=0.8)
    pg.text(M, y + 13, "※ 調定額は現年度分と滞納繰越分（過年度分）の合計。前年度差は収入未済額の対前年度増減（△は減少）。", 7.5)
    # 表２
    y += 40
    pg.text(M, y, "表２　収納率の比較", 10)
    pg.text(M, y, "（単位：％）", 8.5, align="right", width=W)
    y += 8
    cols2 = [("債権名", 130), ("区分", 70), ("令和６年度決算\n（　）内は令和５年度", 120), ("差", 70), ("令和７年度目標", W - 390)]
    x = M
    xs2 = []
    for name, w in cols2:
        pg.cell((x, y, x + w, y + 28), name, 8, fill=SHADE, border=None)
        xs2.append((x, x + w))
        x += w
    y += 28
    rh = 17
    for i, (k, nm, _ka, _kb, arrlab) in enumerate(DEBTS):
        fill = ZEBRA if i % 2 else None
        pg.rect((M, y, M + W, y + 2 * rh), fill=fill, color=None)
        pg.cell((xs2[0][0], y, xs2[0][1], y + 2 * rh), nm, 8, align="left", border=None)
        for j, (seg, lab) in enumerate((("cur", "現年度分"), ("arr", arrlab))):
            yy = y + j * rh
            r6 = S[k][2024][seg]["r"]
            r5 = S[k][2023][seg]["r"]
            d = round(r6 - r5, 2)
            ds = ("△" if d < 0 else "") + fr(abs(d))
            tg = TARGET[k][2025][j]
            cell3 = f"{fr(r6)}（{fr(r5)}）"
            for jj, s in ((1, lab), (2, cell3), (3, ds), (4, fr(tg))):
                pg.cell((xs2[jj][0], yy, xs2[jj][1], yy + rh), s, 8, align="center" if jj == 1 else "right",
                        border=None, pad=8)
            sg = "current" if seg == "cur" else "arrears"
            G.fact(k, nm, 2024, "令和６年度", sg, "collection_rate", "actual", r6, "percent", fr(r6), n)
            G.fact(k, nm, 2023, "令和５年度", sg, "collection_rate", "actual", r5, "percent", f"（{fr(r5)}）", n)
            G.fact(k, nm, 2024, "令和６年度", sg, "difference", "actual", d, "points", ds, n)
            G.fact(k, nm, 2025, "令和７年度", sg, "collection_rate", "target", tg, "percent", fr(tg), n)
        y += 2 * rh
    pg.line((M, y), (M + W, y), width=0.8)
    pg.text(M, y + 13, "※ 差は令和６年度決算と令和５年度決算の収納率の差（ポイント、△は低下）。", 7.5)
    footer(pg, n)


# ---------------------------------------------------------------- pages 3-6: 取組個票
def sheet(doc, k, idx):
    nm, ka, kubun, arrlab = next((b, c, d, e) for a, b, c, d, e in DEBTS if a == k)
    pg = Page(doc)
    n = doc.page_count
    pg.text(M, 52, "資料２　債権別取組個票", 9)
    pg.text(M, 52, f"No.{idx}", 9, align="right", width=W)
    # label/value strip
    y = 62
    if k == "介護保険料":
        # header cells holding label and value together
        pg.cell((M, y, M + 190, y + 22), f"債権名　{nm}", 10, align="left", fill=SHADE, pad=6)
        pg.cell((M + 190, y, M + 345, y + 22), f"所管課　{ka}", 9, align="left", pad=6)
        pg.cell((M + 345, y, M + W, y + 22), f"債権区分　{kubun}", 9, align="left", pad=6)
    else:
        strip = [("債権名", 50, True), (nm, 120, False), ("所管課", 50, True), (ka, 95, False),
                 ("債権区分", 55, True), (kubun, W - 370, False)]
        x = M
        for s, w, lab in strip:
            pg.cell((x, y, x + w, y + 22), s, 9.5 if not lab else 8.5, fill=SHADE if lab else None,
                    align="center" if lab else "left", pad=5)
            x += w
    # 1 収納状況の推移
    y = 106
    pg.text(M, y, "１　収納状況の推移", 10.5)
    pg.text(M, y, "（単位：千円、％）", 8, align="right", width=W)
    y += 7
    yrs = [2021, 2022, 2023, 2024]
    wv, wl = 24, 96
    wy = (W - wv - wl) / 4
    pg.cell((M, y, M + wv + wl, y + 20), "区　分", 8.5, fill=SHADE)
    for i, yr in enumerate(yrs):
        x0 = M + wv + wl + wy * i
        head = f"{RY[yr]}決算"
        pg.cell((x0, y, x0 + wy, y + 20), head, 8.5, fill=SHADE)
    y += 20
    rh = 15.5
    groups = [("現年度分", "cur", [("調定額※1", "assessed", "a"), ("収入済額", "collected", "c"),
                                   ("収納率", "collection_rate", "r"), ("不納欠損額", "written_off", "w"),
                                   ("収入未済額", "outstanding", "o")]),
              (arrlab, "arr", [("調定額", "assessed", "a"), ("収入済額", "collected", "c"),
                               ("収納率", "collection_rate", "r"), ("不納欠損額", "written_off", "w"),
                               ("収入未済額", "outstanding", "o")]),
              ("合計", "tot", [("調定額", "assessed", "a"), ("収入済額", "collected", "c"),
                             ("収納率", "collection_rate", "r"), ("不納欠損額", "written_off", "w"),
                             ("収入未済額", "outstanding", "o")])]
    seg_of = {"cur": "current", "arr": "arrears", "tot": "total"}
    for glab, seg, rows in groups:
        pg.vcell((M, y, M + wv, y + rh * len(rows)), glab, 8, fill=(0.95, 0.95, 0.95))
        for lab, met, key in rows:
            pg.cell((M + wv, y, M + wv + wl, y + rh), lab, 8, align="left", pad=5)
            for i, yr in enumerate(yrs):
                x0 = M + wv + wl + wy * i
                v = S[k][yr][seg][key]
                if key == "r":
                    s = fr(v)
                    mark = "※2" if (seg == "cur" and yr == 2024 and k == "市税") else ""
                    pg.cell((x0, y, x0 + wy, y + rh), s + mark, 8, align="right", pad=6)
                    G.fact(k, nm, yr, RY[yr], seg_of[seg], met, "actual", v, "percent", s + mark, n)
                else:
                    s = comma(v)
                    pg.cell((x0, y, x0 + wy, y + rh), s, 8, align="right", pad=6)
                    G.fact(k, nm, yr, RY[yr], seg_of[seg], met, "actual", v * 1000, "yen", s, n)
            y += rh
    y += 4
    pg.text(M, y + 8, "※1 調定額は調定更正後の額。", 7.5)
    if k == "市税":
        pg.text(M + 130, y + 8, "※2 現年度分の収納率は過去10年間で最も高い水準。", 7.5)
    # 2 数値目標と達成状況
    y += 26
    pg.text(M, y, "２　数値目標と達成状況", 10.5)
    pg.text(M, y, "（収納率：％）", 8, align="right", width=W)
    y += 7
    c0 = 80
    cw = (W - c0) / 6
    pg.cell((M, y, M + c0, y + 34), "年　度", 8.5, fill=SHADE)
    pg.cell((M + c0, y, M + c0 + 3 * cw, y + 17), "現年度分", 8.5, fill=SHADE)
    pg.cell((M + c0 + 3 * cw, y, M + W, y + 17), arrlab, 8.5, fill=SHADE)
    for i, s in enumerate(["目標", "実績", "達成率", "目標", "実績", "達成率"]):
        pg.cell((M + c0 + cw * i, y + 17, M + c0 + cw * (i + 1), y + 34), s, 8.5, fill=SHADE)
    y += 34
    for yr in (2022, 2023, 2024, 2025):
        pg.cell((M, y, M + c0, y + 16), RY[yr], 8.5)
        for j, seg in enumerate(("cur", "arr")):
            tg = TARGET[k][yr][j]
            sg = seg_of[seg]
            base = M + c0 + 3 * cw * j
            pg.cell((base, y, base + cw, y + 16), fr(tg), 8.5, align="right", pad=8)
            G.fact(k, nm, yr, RY[yr], sg, "collection_rate", "target", tg, "percent", fr(tg), n)
            if yr <= 2024:
                act = S[k][yr][seg]["r"]
                ach = act / tg * 100
                pg.cell((base + cw, y, base + 2 * cw, y + 16), fr(act), 8.5, align="right", pad=8)
                pg.cell((base + 2 * cw, y, base + 3 * cw, y + 16), f"{ach:.1f}", 8.5, align="right", pad=8)
                G.fact(k, nm, yr, RY[yr], sg, "collection_rate", "actual", act, "percent", fr(act), n)
            else:
                pg.cell((base + cw, y, base + 2 * cw, y + 16), "－", 8.5)
                pg.cell((base + 2 * cw, y, base + 3 * cw, y + 16), "－", 8.5)
        y += 16
    pg.text(M, y + 10, "※ 達成率＝実績÷目標×100", 7.5)
    # 3 課題
    y += 28
    pg.text(M, y, "３　現状と課題", 10.5)
    y = pg.para(M + 10, y + 6, ISSUES[k], W - 10, 9)
    # 4 取組
    y += 10
    pg.text(M, y, "４　令和７年度の取組", 10.5)
    y += 6
    box_top = y
    y += 6
    for lab, text, status, mode in INITS[k]:
        tag = f"【{status}】"
        body = f"{lab}{text}"
        from fn_pdfkit import wrap
        lines = wrap(body, W - 40, 9)
        if mode == "same":
            # tag after 。 on the last line (wrap again with the tag)
            lines = wrap(body + tag, W - 40, 9)
        for i, ln in enumerate(lines):
            pg.text(M + 12 + (9 if i else 0), y + 9, ln if i == 0 else ln, 9)
            y += 14
        if mode == "wrap":
            # tag carried to the start of the next line
            pg.text(M + 21, y + 9, tag, 9)
            y += 14
        elif mode == "alone":
            pg.text(M + W - 60, y + 9, tag, 9)
            y += 14
        G.init(k, nm, 2025, "令和７年度の取組", lab, text, status, n)
    pg.rect((M, box_top, M + W, y + 6), color=(0, 0, 0), width=0.6)
    footer(pg, n)


def main():
    doc = fitz.open()
    page1(doc)
    page2(doc)
    for i, k in enumerate(SHEETS, 1):
        sheet(doc, k, i)
    tmp = WORK / f"{STEM}.raw.pdf"
    doc.set_metadata({"title": "令和７年度第１回吉野川市債権管理対策会議資料", "author": "吉野川市 税務課",
                      "creator": "", "producer": ""})
    doc.save(tmp)
    out = PDF_DIR / f"{STEM}.pdf"
    finish_pdf(tmp, out)
    G.write(out)


if __name__ == "__main__":
    main()
