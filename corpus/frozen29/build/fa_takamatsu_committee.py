"""Committee material as a 16:9 slide deck with one 取組個票 per debt (PyMuPDF direct drawing)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fitz

from fa_common import PDF_DIR, Gold, Pg, comma, finish, rate, zen

STEM = "fa_takamatsu_committee_1"
CITY = "高松市"
TITLE = "令和６年度第１回高松市債権管理推進委員会 資料"
W, H = 960, 540
NAVY = (0.12, 0.23, 0.42)
PALE = (0.88, 0.92, 0.97)
GREY = (0.93, 0.93, 0.93)

# 千円: cur A, cur rate, arr A, arr rate, arr W ; prev rates (R4 actual) ; targets R5 ; targets R6
DEBTS = [
    dict(key="市税", label="市　税", dept="財政局 納税課", kind="強制徴収公債権",
         ca=54812360, cr=0.99212, aa=1284550, ar=0.28704, aw=52310,
         prev=(99.08, 27.35, 97.86), t5=(99.10, 28.00, 98.00), t6=(99.20, 29.00, 98.10),
         inits=[("①", "督促状発送後１０日以内にコールセンターから電話催告を行い、現年課税分の早期納付を促す。", "継続", "same"),
                ("②", "給与照会・預貯金調査を電子化し、財産調査から差押えまでの期間を短縮する。", "拡充", "wrap"),
                ("③", "スマートフォン決済アプリによる納付に加え、クレジットカード納付を導入する。", "新規", "alone"),
                ("④", "高額・困難事案は特別滞納整理担当へ引き継ぎ、捜索・公売を計画的に実施する。", "継続", "same")]),
    dict(key="国民健康保険料", label="国民健康保険料", dept="健康福祉局 保険年金課", kind="強制徴収公債権",
         ca=9104720, cr=0.95118, aa=2365480, ar=0.24183, aw=184220,
         prev=(94.88, 23.61, 80.42), t5=(95.00, 24.00, 81.00), t6=(95.30, 24.50, 81.50),
         inits=[("①", "資格取得時に窓口で口座振替の申込みを受け付け、振替率を向上させる。", "継続", "same"),
                ("②", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を確認する。", "継続", "alone"),
                ("③", "滞納繰越分のうち時効が迫る事案を四半期ごとに抽出し、滞納処分の執行停止を含め整理する。", "拡充", "wrap")]),
    dict(key="介護保険料", label="介護保険料", dept="健康福祉局 介護保険課", kind="強制徴収公債権",
         ca=7412300, cr=0.99351, aa=152880, ar=0.21042, aw=21560,
         prev=(99.30, 20.15, 97.52), t5=(99.35, 21.00, 97.60), t6=(99.40, 21.50, 97.70),
         inits=[("①", "普通徴収の新規対象者へ納付案内を送付し、口座振替の登録を勧める。", "継続", "same"),
                ("②", "滞納による給付制限の内容を分かりやすく示したチラシを作成し、督促状に同封する。", "新規", "wrap"),
                ("③", "税務部門と連携して財産調査を行い、資力のある滞納者には差押えを実施する。", "継続", "same")]),
    dict(key="市営住宅使用料", label="市営住宅使用料", dept="都市整備局 住宅課", kind="私債権",
         ca=1386420, cr=0.98044, aa=214660, ar=0.13881, aw=6210,
         prev=(97.91, 12.64, 86.31), t5=(98.00, 13.00, 86.50), t6=(98.10, 14.00, 86.80),
         inits=[("①", "滞納３か月で連帯保証人へ通知し、６か月で明渡し請求を検討する段階的な対応を徹底する。", "継続", "same"),
                ("②", "退去者滞納分について、弁護士への回収委託の対象を拡大する。", "拡充", "alone"),
                ("③", "入居時説明会で家賃減免制度と納付方法を説明し、新たな滞納の発生を防ぐ。", "継続", "wrap")]),
]
for d in DEBTS:
    cc = round(d["ca"] * d["cr"]); ac = round(d["aa"] * d["ar"])
    d["seg"] = {"current": (d["ca"], cc, 0, d["ca"] - cc), "arrears": (d["aa"], ac, d["aw"], d["aa"] - ac - d["aw"])}
    d["seg"]["total"] = tuple(d["seg"]["current"][i] + d["seg"]["arrears"][i] for i in range(4))
    d["r"] = {s: rate(v[1], v[0], 2) for s, v in d["seg"].items()}

CHART = [("Ｒ１", 2019, 62.3, "actual"), ("Ｒ２", 2020, 59.8, "actual"), ("Ｒ３", 2021, 56.1, "actual"),
         ("Ｒ４", 2022, 52.4, "actual"), ("Ｒ５見込", 2023, 48.6, "estimate")]
ALL_OUT = 4862 * 1_000_000  # 約48億6,200万円
ALL_RATE, ALL_PREV = 96.8, 96.3
MARCH = [("現年分", "current", 98.12), ("滞納繰越分", "arrears", 22.47), ("合計", "total", 95.03)]
SEGL = {"current": "現年分", "arrears": "滞納繰越分", "total": "合計"}


def frame(pg: Pg, n: int, title: str, sub: str | None = None):
    pg.rect((0, 0, W, 46), fill=NAVY)
    pg.text(28, 31, title, 19, color=(1, 1, 1))
    pg.box((W - 150, 10, W - 20, 36), "資料１", 12, align=1, color=NAVY, fill=(1, 1, 1), border=(1, 1, 1))
    if sub:
        pg.text(30, 70, sub, 11, color=NAVY)
    pg.line((20, H - 28), (W - 20, H - 28), 0.5, (0.5, 0.5, 0.5))
    pg.text(24, H - 12, "高松市　財政局　債権管理課", 8, color=(0.35, 0.35, 0.35))
    pg.text(W - 44, H - 12, zen(str(n)), 10)


def cover(doc):
    pg = Pg(doc, W, H)
    pg.rect((0, 0, W, 14), fill=NAVY)
    pg.rect((0, H - 14, W, H), fill=NAVY)
    pg.box((80, 140, W - 80, 190), "令和６年度　第１回", 20, align=1)
    pg.box((80, 190, W - 80, 250), "高松市債権管理推進委員会　資料", 30, align=1, color=NAVY)
    pg.line((200, 262), (W - 200, 262), 1.2, NAVY)
    pg.box((80, 275, W - 80, 310), "資料１　主要債権の取組個票（令和５年度実績見込・令和６年度取組）", 14, align=1)
    pg.box((80, 390, W - 80, 420), "令和６年５月２８日（火）", 14, align=1)
    pg.box((80, 420, W - 80, 450), "財政局　債権管理課", 14, align=1)


def toc(doc):
    pg = Pg(doc, W, H)
    frame(pg, 2, "目　次")
    items = [("１", "債権全体の状況", 3), ("２", "取組個票", None), ("", "（１）市税", 4), ("", "（２）国民健康保険料", 5),
             ("", "（３）介護保険料", 6), ("", "（４）市営住宅使用料", 7), ("３", "令和６年度 債権管理事務スケジュール", 8)]
    y = 110
    for num, t, p in items:
        x = 160 if num else 200
        pg.text(x, y, (num + "　" if num else "") + t, 15)
        if p:
            pg.text(x + 340 - (x - 160), y, "・" * 14, 12, color=(0.5, 0.5, 0.5))
            pg.text(720, y, f"{zen(str(p))}ページ", 15)
        y += 44


def overview(doc, g: Gold):
    P = 3
    pg = Pg(doc, W, H)
    frame(pg, P, "１　債権全体の状況（全会計）", "令和５年度決算見込（令和６年５月１日現在の集計）")
    # big-number panels
    oku, man = divmod(ALL_OUT // 10000, 10000)
    raw_out = f"約{oku}億{man:,}万円"
    pg.box((30, 90, 330, 118), "収入未済額（全会計）", 12, align=1, color=(1, 1, 1), fill=NAVY)
    pg.box((30, 118, 330, 190), "", 10, border=NAVY, lw=1.2)
    pg.box((40, 132, 320, 180), raw_out, 26, align=1, color=NAVY)
    g.fact(P, None, None, 2023, "令和５年度", "total", "outstanding", "estimate", ALL_OUT, "yen", raw_out, approx=True)
    pg.box((30, 205, 330, 233), "収納率（全会計）　単位：％", 12, align=1, color=(1, 1, 1), fill=NAVY)
    pg.box((30, 233, 330, 305), "", 10, border=NAVY, lw=1.2)
    pg.box((40, 245, 320, 285), f"{ALL_RATE}（{ALL_PREV}）", 26, align=1, color=NAVY)
    pg.box((40, 286, 320, 302), "（　）内は令和４年度決算", 8, align=2)
    g.fact(P, None, None, 2023, "令和５年度", "total", "collection_rate", "estimate", ALL_RATE, "percent", str(ALL_RATE))
    g.fact(P, None, None, 2022, "令和４年度決算", "total", "collection_rate", "actual", ALL_PREV, "percent", str(ALL_PREV))
    # bracketed metric heading over segment bullets
    pg.text(30, 335, "【収納率】令和６年３月末時点", 13, color=NAVY)
    pg.text(250, 335, "（出納整理期間前・単位：％）", 9)
    y = 360
    for lab, seg, v in MARCH:
        pg.text(48, y, f"・{lab}", 12)
        pg.text(200, y, f"{v:.2f}", 12)
        g.fact(P, None, None, 2023, "令和６年３月末", seg, "collection_rate", "interim", v, "percent", f"{v:.2f}",
               as_of="2024-03-31")
        y += 24
    pg.box((30, 440, 330, 500), "※　全会計は一般会計、国民健康保険事業特別会計、介護保険事業特別会計、後期高齢者医療事業特別会計及び"
           "住宅事業の合計。企業会計を除く。", 8)
    # bar chart
    cx0, cy0, cx1, cy1 = 380, 80, 930, 500
    pg.rect((cx0, cy0, cx1, cy1), color=(0.6, 0.6, 0.6), w=0.5)
    pg.box((cx0, cy0 + 8, cx1, cy0 + 32), "全会計の収入未済額の推移（単位：億円）", 13, align=1)
    base = cy1 - 40
    top = cy0 + 70
    vmax = 70.0
    bw = 56
    gap = (cx1 - cx0 - 60 - bw * len(CHART)) / len(CHART)
    pg.line((cx0 + 40, base), (cx1 - 20, base), 0.8)
    for k in range(0, 71, 10):
        yy = base - (base - top) * k / vmax
        pg.line((cx0 + 40, yy), (cx1 - 20, yy), 0.3, (0.8, 0.8, 0.8))
        pg.box((cx0 + 2, yy - 6, cx0 + 36, yy + 6), str(k), 7, align=2, pad=0)
    for i, (lab, fy, v, basis) in enumerate(CHART):
        x = cx0 + 50 + gap / 2 + i * (bw + gap)
        yy = base - (base - top) * v / vmax
        pg.rect((x, yy, x + bw, base), fill=(0.55, 0.66, 0.85) if basis == "actual" else (0.95, 0.6, 0.3), color=None)
        pg.box((x - 10, yy - 18, x + bw + 10, yy - 2), f"{v:.1f}", 10, align=1, pad=0)
        pg.box((x - 14, base + 5, x + bw + 14, base + 22), lab, 10, align=1, pad=0)
        g.fact(P, None, None, fy, lab, "total", "outstanding", basis, v * 100_000_000, "yen", f"{v:.1f}")
    pg.box((cx0 + 20, cy1 - 16, cx1 - 10, cy1 - 2), "Ｒ＝令和（年度）。Ｒ５は決算見込。", 7, align=2, pad=0)


def sheet(doc, g: Gold, n: int, idx: int, d: dict):
    P = n
    pg = Pg(doc, W, H)
    frame(pg, P, f"２　取組個票（{zen(str(idx))}）")
    # label/value box as a one-row table
    y = pg.grid(30, 58, [70, 170, 70, 200, 80, 150], 26,
                [[{"t": "債権名", "fill": PALE}, {"t": d["label"], "size": 13}, {"t": "所管課", "fill": PALE},
                  d["dept"], {"t": "債権区分", "fill": PALE}, d["kind"]]], size=10, aligns=[1] * 6)
    # 1 rates table
    pg.text(30, 110, "１　収納率の目標と実績見込", 12, color=NAVY)
    pg.text(300, 110, "単位：％　（　）内は令和４年度決算", 8)
    rows = [[{"t": "区分", "fill": GREY}, {"t": "令和５年度\n目標", "fill": GREY}, {"t": "令和５年度\n実績見込", "fill": GREY},
             {"t": "達成\n見込", "fill": GREY}, {"t": "令和６年度\n目標", "fill": GREY}]]
    for k, seg in enumerate(("current", "arrears", "total")):
        est, prev, t5, t6 = d["r"][seg], d["prev"][k], d["t5"][k], d["t6"][k]
        mark = "○" if est >= t5 else "×"
        t5s = f"{t5:.2f}" + ("※1" if seg == "total" else "")
        rows.append([SEGL[seg], t5s, f"{est:.2f}（{prev:.2f}）", mark, f"{t6:.2f}"])
        g.fact(P, d["key"], d["label"], 2023, "令和５年度目標", seg, "collection_rate", "target", t5, "percent", t5s)
        g.fact(P, d["key"], d["label"], 2023, "令和５年度実績見込", seg, "collection_rate", "estimate", est, "percent", f"{est:.2f}")
        g.fact(P, d["key"], d["label"], 2022, "令和４年度決算", seg, "collection_rate", "actual", prev, "percent", f"{prev:.2f}")
        g.fact(P, d["key"], d["label"], 2024, "令和６年度目標", seg, "collection_rate", "target", t6, "percent", f"{t6:.2f}")
    pg.grid(30, 118, [80, 85, 125, 45, 85], [34, 26, 26, 26], rows, size=10, aligns=[1, 2, 2, 1, 2])
    # 2 amounts table with stacked cells
    pg.text(30, 262, "２　調定額・収入済額・収入未済額（令和５年度実績見込）", 12, color=NAVY)
    pg.text(380, 276, "単位：千円", 8)
    rows = [[{"t": "区分", "fill": GREY}, {"t": "調定額", "fill": GREY}, {"t": "収入済額\n（収納率）", "fill": GREY},
             {"t": "不納欠損額", "fill": GREY}, {"t": "収入未済額", "fill": GREY}]]
    for seg in ("current", "arrears", "total"):
        a, c, w, o = d["seg"][seg]
        r1 = rate(c, a, 1)
        rows.append([SEGL[seg], comma(a), f"{comma(c)}\n（{r1:.1f}％）", comma(w) if w else "－", comma(o)])
        fy_raw = "令和５年度"
        g.fact(P, d["key"], d["label"], 2023, fy_raw, seg, "assessed", "estimate", a * 1000, "yen", comma(a))
        g.fact(P, d["key"], d["label"], 2023, fy_raw, seg, "collected", "estimate", c * 1000, "yen", comma(c))
        g.fact(P, d["key"], d["label"], 2023, fy_raw, seg, "collection_rate", "estimate", r1, "percent", f"{r1:.1f}％")
        if w:
            g.fact(P, d["key"], d["label"], 2023, fy_raw, seg, "written_off", "estimate", w * 1000, "yen", comma(w))
        g.fact(P, d["key"], d["label"], 2023, fy_raw, seg, "outstanding", "estimate", o * 1000, "yen", comma(o))
    pg.grid(30, 282, [80, 95, 105, 75, 85], [30, 34, 34, 34], rows, size=9.5, aligns=[1, 2, 2, 2, 2])
    pg.box((30, 452, 470, 500), "※1　第３次高松市行財政改革計画に掲げる目標値。\n※　実績見込は令和６年５月１日現在の集計値であり、決算額と異なる場合がある。", 8)
    # 3 initiatives box
    pg.text(500, 110, "３　令和６年度の主な取組", 12, color=NAVY)
    bx = (500, 118, 930, 500)
    pg.rect(bx, color=NAVY, w=1.0)
    y = 128
    for lab, text, st, mode in d["inits"]:
        tag = f"【{st}】"
        if mode == "same":
            s = f"{lab}{text}{tag}"
        elif mode == "alone":
            s = f"{lab}{text}\n{tag}"
        else:  # wrap: tag pushed onto the next line by the text length
            s = f"{lab}{text}{tag}"
        lines = 4 if len(s) > 60 else 3
        hgt = lines * 11.5 * 1.3 + 6
        pg.box((510, y, 920, y + hgt), s, 11)
        g.init(P, d["key"], 2024, "令和６年度の主な取組", lab, text, st, debt_raw=d["label"])
        y += hgt + 8


def schedule(doc, g: Gold):
    P = 8
    pg = Pg(doc, W, H)
    frame(pg, P, "３　令和６年度 債権管理事務スケジュール")
    months = ["4", "5", "6", "7", "8", "9", "10", "11", "12", "1", "2", "3"]
    hdr = [{"t": "項目", "fill": GREY}, {"t": "対象", "fill": GREY}] + [{"t": m + "月", "fill": GREY} for m in months]
    rows = [hdr,
            ["債権管理推進委員会", "全債権", "", "①", "", "", "", "", "②", "", "", "", "③", ""],
            ["取組個票の作成・進捗報告", "主要債権", "作成", "", "", "", "", "", "中間報告", "", "", "", "", "実績報告"],
            ["滞納整理強化月間", "強制徴収公債権", "", "", "", "", "", "", "", "実施", "実施", "", "", ""],
            ["債権管理研修", "全所管課", "", "", "基礎", "", "", "", "", "", "実務", "", "", ""],
            ["債権放棄の審査", "私債権・非強制徴収公債権", "", "", "", "", "", "", "", "", "", "", "審査", ""]]
    pg.grid(30, 60, [200, 170] + [45] * 12, [26, 30, 30, 30, 30, 30], rows, size=9, aligns=[0, 0] + [1] * 12)
    # 【参考】 box
    bx = (30, 290, 620, 500)
    pg.rect(bx, color=(0, 0, 0), w=0.8)
    pg.box((40, 298, 610, 318), "【参考】令和５年度の滞納整理の状況", 12, color=NAVY)
    oku, man = 2, 1300
    items = [("不納欠損額（全会計・見込）", f"約{oku}億{man:,}万円"),
             ("差押件数（市税）", "１，８４２件"),
             ("市税の滞納者数（令和６年３月末）", "８，２１４人"),
             ("回収委託件数（市営住宅使用料）", "４６件")]
    y = 330
    for k, v in items:
        pg.text(50, y, f"・{k}：{v}", 11)
        y += 26
    g.fact(P, None, None, 2023, "令和５年度", "total", "written_off", "estimate", 213_000_000, "yen", f"約{oku}億{man:,}万円",
           approx=True)
    g.fact(P, "市税", "市税", 2023, "令和６年３月末", "total", "delinquents", "interim", 8214, "persons", "８，２１４人",
           as_of="2024-03-31")
    pg.box((650, 290, 930, 500), "【今後の予定】\n・第２回委員会（１０月）で上半期の進捗を報告\n・第３回委員会（２月）で令和７年度の目標収納率を審議\n"
           "・取組個票の様式は前年度と同一", 10, border=(0.5, 0.5, 0.5))


def build():
    g = Gold(STEM, "committee_material", "kobetsu", CITY, TITLE, "2024-05-28", "令和６年５月２８日（火）")
    doc = fitz.open()
    cover(doc)
    toc(doc)
    overview(doc, g)
    for i, d in enumerate(DEBTS, 1):
        sheet(doc, g, 3 + i, i, d)
    schedule(doc, g)
    doc.subset_fonts()
    out = PDF_DIR / (STEM + ".pdf")
    doc.save(out, garbage=4, deflate=True)
    finish(g, out)


if __name__ == "__main__":
    build()
